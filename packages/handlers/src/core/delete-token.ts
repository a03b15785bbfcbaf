import { constantTimeEqual } from './bearer-auth';

/** 32 bytes: 256 bits from a CSPRNG, twice the 128 a token that guards a deletion needs. */
const TOKEN_BYTES = 32;

/**
 * A new delete token and the hash to store. The token goes to the submitter once, in the 202; the
 * record keeps only its SHA-256, so a leaked store (or a backup) cannot delete anything. Web Crypto
 * only: submit runs on the Edge runtime too.
 */
export async function newDeleteToken(): Promise<{ token: string; hash: string }> {
  const token = base64url(globalThis.crypto.getRandomValues(new Uint8Array(TOKEN_BYTES)));
  return { token, hash: await hashDeleteToken(token) };
}

/** The SHA-256 of a delete token, as lowercase hex: what a job record keeps. */
export async function hashDeleteToken(token: string): Promise<string> {
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(token)));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** Whether `given` is the token whose hash is `storedHash`; compared in constant time. */
export async function deleteTokenMatches(given: string, storedHash: string): Promise<boolean> {
  return constantTimeEqual(await hashDeleteToken(given), storedHash);
}

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
