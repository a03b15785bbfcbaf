import { clientAddress } from './client-address';
import { KilnError } from './errors';
import type { RateLimiter } from '../ports/rate-limiter';
import type { KilnRuntime } from './runtime';

/**
 * What `authorize` answers: `true` lets the submit through; `false` refuses it with `401` ("sign in");
 * a `Response` is sent as it is (a redirect, your own JSON). Throw `new KilnError('forbidden', '…')`
 * for a `403` with your message (or `'unauthorized'` for a `401`).
 */
export type AuthorizeResult = boolean | Response;

/** The app's own check of who may submit; it sees the request's method, URL and headers, never its body. */
export type Authorize = (req: Request) => AuthorizeResult | Promise<AuthorizeResult>;

/** The rate limit as resolved by `defineKiln`. */
export interface SubmitRateLimit {
  limiter: RateLimiter;
  /** The client a submit counts against; `null`: this submit is not limited. */
  key(req: Request): string | null | Promise<string | null>;
}

/**
 * The checks a submit passes before its body is read: the app's `authorize`, then the rate limit,
 * then (for a multipart body) room in the file store. A refusal throws a `KilnError` (401, 403, 429,
 * 507) or returns the app's own `Response`; either way nothing was read, stored or queued.
 */
export async function guardSubmit(kiln: KilnRuntime, req: Request, what: { counts: boolean; expectedBytes?: number }): Promise<Response | null> {
  if (kiln.authorize) {
    // A bodiless copy: the check cannot read (and so spend) the upload.
    const answer = await kiln.authorize(new Request(req.url, { method: req.method, headers: req.headers }));
    if (answer instanceof Response) return answer;
    if (answer !== true) throw new KilnError('unauthorized', 'Sign in to upload a file.');
  }
  if (kiln.rateLimit && what.counts) await takeToken(kiln, kiln.rateLimit, req);
  if (what.expectedBytes !== undefined) {
    const { blobs } = await kiln.ports();
    // The quota is a safety net: when it cannot be checked, the upload goes through and the log says why.
    const full = await Promise.resolve(blobs.roomFor?.(what.expectedBytes)).catch((error: unknown) => {
      kiln.logger.warn('submit could not check the room left in the file store; the upload was let through', { store: blobs.name, error });
      return null;
    });
    if (full) {
      // What is full and what to do about it is for the operator's log, not for the sender.
      kiln.logger.error('submit refused with 507: the file store is full', { store: blobs.name, reason: full });
      throw new KilnError('insufficient_storage', "The server's storage for uploads is full, so your file was not accepted and nothing was kept. Try again later. (For the operator: the server's log says what is full; raise maxDataDirBytes, free disk space, or delete old jobs.)");
    }
  }
  return null;
}

async function takeToken(kiln: KilnRuntime, rateLimit: SubmitRateLimit, req: Request): Promise<void> {
  const key = await rateLimit.key(req);
  if (key === null) return;
  let decision;
  try {
    decision = await rateLimit.limiter.limit(key);
  } catch (error) {
    // A limiter that cannot be reached (Redis down) lets submits through rather than stopping them all.
    kiln.logger.error('the rate limiter failed; this submit was let through', { limiter: rateLimit.limiter.name, error });
    return;
  }
  if (decision.allowed) return;
  const seconds = Math.max(1, Math.ceil(decision.retryAfterSeconds));
  throw new KilnError('too_many_requests', `Too many uploads from your address. Try again in ${seconds} second${seconds === 1 ? '' : 's'}.`, { headers: { 'retry-after': String(seconds) } });
}

export { clientAddress };
