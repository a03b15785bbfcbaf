import { KilnError } from './errors';

/**
 * Checks `Authorization: Bearer <secret>` in constant time. A secret in the query string is refused
 * (it ends up in logs and browser history) unless the app allows it explicitly.
 */
export async function requireBearer(req: Request, secret: string | null, options: { allowInQuery: boolean; what: string; envVar: string }): Promise<void> {
  if (!secret) {
    throw new KilnError('unauthorized', `${options.what} is disabled: no secret is configured. Set ${options.envVar}.`);
  }
  const header = req.headers.get('authorization');
  let given: string | null = header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : null;
  if (given === null) {
    const fromQuery = new URL(req.url).searchParams.get('secret');
    if (fromQuery !== null) {
      if (!options.allowInQuery) {
        throw new KilnError('secret_in_query', `Send the secret as "Authorization: Bearer <${options.envVar}>"; a secret in the query string is refused.`);
      }
      given = fromQuery;
    }
  }
  if (given === null) throw new KilnError('unauthorized', `${options.what} needs "Authorization: Bearer <${options.envVar}>".`);
  if (!(await constantTimeEqual(given, secret))) throw new KilnError('unauthorized', `${options.what}: the secret does not match ${options.envVar}.`);
}

/** Compares SHA-256 digests, so neither the length nor a matching prefix of the secret leaks through timing. */
export async function constantTimeEqual(a: string, b: string): Promise<boolean> {
  const encoder = new TextEncoder();
  const [da, db] = await Promise.all([
    globalThis.crypto.subtle.digest('SHA-256', encoder.encode(a)),
    globalThis.crypto.subtle.digest('SHA-256', encoder.encode(b)),
  ]);
  const x = new Uint8Array(da);
  const y = new Uint8Array(db);
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= x[i]! ^ y[i]!;
  return diff === 0;
}
