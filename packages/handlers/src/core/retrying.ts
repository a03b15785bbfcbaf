import { ReceiptExpiredError } from '../ports/queue';
import { IllegalTransitionError, StaleAttemptError } from './job';

/** Errors that say something about the state, not the connection: trying again cannot help. */
export function isPermanent(error: unknown): boolean {
  return error instanceof IllegalTransitionError || error instanceof StaleAttemptError || error instanceof ReceiptExpiredError || error instanceof RangeError;
}

/**
 * Calls `operation` again after a transient failure (a store or queue that blinked), up to `tries`
 * times with a short, growing pause. Permanent errors are thrown at once.
 */
export async function withRetries<T>(operation: (attempt: number) => Promise<T>, options: { tries?: number; baseMs?: number } = {}): Promise<T> {
  const tries = options.tries ?? 5;
  const baseMs = options.baseMs ?? 50;
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation(attempt);
    } catch (error) {
      if (attempt >= tries || isPermanent(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, baseMs * 2 ** (attempt - 1) * (0.5 + Math.random())));
    }
  }
}
