import { KilnError } from './errors';

/** Lets multipart bodies be read at once up to a memory budget; the others wait briefly, then get a `503`. */
export interface UploadReads {
  /**
   * Resolves with a release function once a body of `bytes` may be read; rejects with a `503` after the
   * wait. `bytes` is what the body may take in memory: its Content-Length, else the largest upload.
   */
  acquire(bytes: number): Promise<() => void>;
}

/** Requests waiting for room at most; past it a request is refused at once (each waiter holds a socket). */
const MAX_WAITING = 1024;

/**
 * A budget for upload bodies held in memory at once by this process (by default 8 full-size uploads:
 * 8 × 4 MB). Each read counts what its body may take — its Content-Length, or the largest upload when it
 * has none — so a few hundred small CVs are read together while eight 4 MB ones fill it. A request that
 * does not fit waits up to `waitMs` in turn (its body stays unread in the socket meanwhile, costing
 * nothing), so a burst of honest users is served; past the wait it gets `503` with `Retry-After`, and
 * nothing was read.
 */
export function createUploadReads(budgetBytes: number, waitMs: number): UploadReads {
  let used = 0;
  const waiting: Array<{ bytes: number; turn: () => void }> = [];
  const wake = () => {
    // In arrival order: a large upload at the head is not starved by small ones behind it.
    while (waiting.length > 0 && used + waiting[0]!.bytes <= budgetBytes) {
      const next = waiting.shift()!;
      used += next.bytes;
      next.turn();
    }
  };
  const busy = () =>
    new KilnError('service_unavailable', 'The server is reading other uploads just now; nothing of yours was read or kept. Try again in a few seconds.', { headers: { 'retry-after': '2' } });
  return {
    async acquire(requested) {
      const bytes = Math.min(Math.max(1, requested), budgetBytes); // one body larger than the budget still gets it whole
      const release = once(() => {
        used -= bytes;
        wake();
      });
      if (waiting.length === 0 && used + bytes <= budgetBytes) {
        used += bytes;
        return release;
      }
      if (waitMs <= 0 || waiting.length >= MAX_WAITING) throw busy();
      return new Promise<() => void>((resolve, reject) => {
        const entry = {
          bytes,
          turn: () => {
            clearTimeout(timer);
            resolve(release);
          },
        };
        const timer = setTimeout(() => {
          waiting.splice(waiting.indexOf(entry), 1);
          reject(busy());
          wake(); // the head may have been what held the others back
        }, waitMs);
        waiting.push(entry);
      });
    },
  };
}

function once(release: () => void): () => void {
  let done = false;
  return () => {
    if (!done) {
      done = true;
      release();
    }
  };
}
