import { ReceiptExpiredError } from '../ports/queue';
import { IllegalTransitionError, StaleAttemptError } from './job';

/** Errors that say something about the state, not the connection: trying again cannot help. */
export function isPermanent(error: unknown): boolean {
  return error instanceof IllegalTransitionError || error instanceof StaleAttemptError || error instanceof ReceiptExpiredError || error instanceof RangeError;
}

/** The longest pause between two tries once they go on past `tries` (see `withRetries`'s `untilMs`). */
const MAX_PAUSE_MS = 1000;

/**
 * Calls `operation` again after a transient failure (a store or queue that blinked), up to `tries`
 * times with a short, growing pause. Permanent errors are thrown at once. With `untilMs` (ms since
 * epoch, by `Date.now()`) it goes on past `tries`, pausing at most a second between calls, while a
 * pause still ends before `untilMs`: for a write whose loss costs more than waiting (a finished job's result).
 */
export async function withRetries<T>(operation: (attempt: number) => Promise<T>, options: { tries?: number; baseMs?: number; untilMs?: number } = {}): Promise<T> {
  const tries = options.tries ?? 5;
  const baseMs = options.baseMs ?? 50;
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation(attempt);
    } catch (error) {
      if (isPermanent(error)) throw error;
      const pause = Math.min(MAX_PAUSE_MS, baseMs * 2 ** Math.min(attempt - 1, 20)) * (0.5 + Math.random());
      if (attempt >= tries && !(options.untilMs !== undefined && Date.now() + pause < options.untilMs)) throw error;
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}
