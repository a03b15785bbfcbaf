/**
 * Direct-upload tokens: what the browser carries from "give me an upload URL" to "I uploaded it,
 * create the job". Signed with HMAC-SHA256 (Web Crypto, so it runs on the Edge runtime too) and
 * expiring; the payload names the job id and storage key the server chose, so a client cannot point a
 * commit at any other object.
 */
export interface UploadClaim {
  /** The job id this upload becomes. */
  jobId: string;
  /** Where the browser uploads it. */
  key: string;
  /** The size and type the browser declared. */
  size: number;
  type: string;
  /** ms since epoch. */
  expiresAt: number;
}

const encoder = new TextEncoder();
// Domain separation: a token made with the app's secret can never pass for anything else signed with it.
const PURPOSE = 'kiln-direct-upload-v1:';

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

const keyFor = (secret: string) => crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);

export async function signUploadClaim(claim: UploadClaim, secret: string): Promise<string> {
  const payload = toBase64Url(encoder.encode(JSON.stringify({ j: claim.jobId, k: claim.key, s: claim.size, t: claim.type, e: claim.expiresAt })));
  const signature = new Uint8Array(await crypto.subtle.sign('HMAC', await keyFor(secret), encoder.encode(PURPOSE + payload)));
  return `${payload}.${toBase64Url(signature)}`;
}

/** The claim, if the token is well formed and its signature holds (expiry is the caller's check); else `null`. */
export async function verifyUploadToken(token: string, secret: string): Promise<UploadClaim | null> {
  const [payload, signature, extra] = typeof token === 'string' ? token.split('.') : [];
  if (!payload || !signature || extra !== undefined) return null;
  const signatureBytes = fromBase64Url(signature);
  // One spelling per signature: base64 leaves the last character's low bits unused, and atob ignores them, so
  // "…xw" and "…xx" would decode alike. Only the canonical spelling (what signing writes) is accepted.
  if (!signatureBytes || toBase64Url(signatureBytes) !== signature) return null;
  if (!(await crypto.subtle.verify('HMAC', await keyFor(secret), signatureBytes, encoder.encode(PURPOSE + payload)))) return null;
  const json = fromBase64Url(payload);
  if (!json) return null;
  try {
    const { j, k, s, t, e } = JSON.parse(new TextDecoder().decode(json)) as Record<string, unknown>;
    if (typeof j !== 'string' || typeof k !== 'string' || typeof s !== 'number' || typeof t !== 'string' || typeof e !== 'number') return null;
    return { jobId: j, key: k, size: s, type: t, expiresAt: e };
  } catch {
    return null;
  }
}
