import { reportedAddress } from './client-address';
import { KilnError } from './errors';
import type { Logger } from './logger';

/** Why a request was refused with 401; logged, so an operator can tell a misconfigured cron from a probe. */
export type UnauthorizedReason = 'not_configured' | 'missing' | 'mismatch' | 'query';

/**
 * Checks `Authorization: Bearer <secret>` in constant time. A secret in the query string is refused
 * (it ends up in logs and browser history) unless the app allows it explicitly. Each refusal is logged
 * as a warning with the endpoint, the reason and the client's IP when a proxy reports it, never with
 * the secret or the value the caller sent.
 */
export async function requireBearer(req: Request, secret: string | null, options: { allowInQuery: boolean; what: string; envVar: string; log?: Logger }): Promise<void> {
  try {
    await check(req, secret, options);
  } catch (error) {
    if (error instanceof RefusedError) {
      options.log?.warn('401: refused a request without the right secret', { endpoint: new URL(req.url).pathname, reason: error.reason, ...clientIp(req) });
      throw error.publicError;
    }
    throw error;
  }
}

class RefusedError extends Error {
  constructor(
    readonly reason: UnauthorizedReason,
    readonly publicError: KilnError,
  ) {
    super(publicError.message);
  }
}

const refuse = (reason: UnauthorizedReason, error: KilnError) => new RefusedError(reason, error);

/**
 * The client's address as the platform's proxy reports it (Vercel and most proxies set
 * `x-forwarded-for`, last entry = the client as the nearest proxy saw it). Without a proxy in front it can be forged, so it is a
 * hint for the log, never used to decide anything.
 */
function clientIp(req: Request): { ip?: string } {
  const ip = reportedAddress(req);
  return ip ? { ip: ip.slice(0, 64) } : {};
}

async function check(req: Request, secret: string | null, options: { allowInQuery: boolean; what: string; envVar: string }): Promise<void> {
  if (!secret) {
    throw refuse('not_configured', new KilnError('unauthorized', `${options.what} is disabled: no secret is configured. Set ${options.envVar}.`));
  }
  const header = req.headers.get('authorization');
  let given: string | null = header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : null;
  if (given === null) {
    const fromQuery = new URL(req.url).searchParams.get('secret');
    if (fromQuery !== null) {
      if (!options.allowInQuery) {
        throw refuse('query', new KilnError('secret_in_query', `Send the secret as "Authorization: Bearer <${options.envVar}>"; a secret in the query string is refused.`));
      }
      given = fromQuery;
    }
  }
  if (given === null) throw refuse('missing', new KilnError('unauthorized', `${options.what} needs "Authorization: Bearer <${options.envVar}>".`));
  if (!(await constantTimeEqual(given, secret))) throw refuse('mismatch', new KilnError('unauthorized', `${options.what}: the secret does not match ${options.envVar}.`));
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
