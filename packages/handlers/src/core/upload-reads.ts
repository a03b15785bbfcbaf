import { KilnError } from './errors';

/** Lets a few multipart bodies be read at once; the others wait briefly, then get a `503`. */
export interface UploadReads {
  /** Resolves with a release function once a read may start; rejects with a `503` after the wait. */
  acquire(): Promise<() => void>;
}

/**
 * A cap on uploads read at the same time in this process: each read holds up to one body (4 MB) in
 * memory, so `max` bounds that memory (8 × 4 MB by default). A request over the cap waits up to
 * `waitMs` for a slot — its body stays unread in the socket meanwhile, costing nothing — so a short
 * burst of honest users is served in turn; past the wait, or with more than `4 × max` already waiting,
 * it gets `503` with `Retry-After`, and nothing was read.
 */
export function createUploadReads(max: number, waitMs: number): UploadReads {
  let active = 0;
  const waiting: Array<() => void> = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next(); // the slot passes straight to the next reader
    else active -= 1;
  };
  const busy = () =>
    new KilnError('service_unavailable', `The server is reading ${max} other uploads just now; nothing of yours was read or kept. Try again in a few seconds.`, { headers: { 'retry-after': '2' } });
  return {
    async acquire() {
      if (active < max) {
        active += 1;
        return once(release);
      }
      if (waitMs <= 0 || waiting.length >= 4 * max) throw busy();
      return new Promise<() => void>((resolve, reject) => {
        const turn = () => {
          clearTimeout(timer);
          resolve(once(release));
        };
        const timer = setTimeout(() => {
          waiting.splice(waiting.indexOf(turn), 1);
          reject(busy());
        }, waitMs);
        waiting.push(turn);
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
