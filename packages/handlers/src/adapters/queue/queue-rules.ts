import type { ReceiveOptions, VisibilityChange } from '../../ports/queue';

/** SQS FIFO deduplicates sends with the same id within five minutes. */
export const DEDUPE_WINDOW_MS = 5 * 60 * 1000;

/** The processor's default `maxAttempts` (3) plus its guard delivery. */
export const DEFAULT_MAX_RECEIVE_COUNT = 4;

/** SQS limits, checked the same way by every embedded queue so they fail where SQS would. */
export function validateReceive({ maxMessages, waitSeconds = 0, visibilityTimeoutSeconds }: ReceiveOptions): void {
  if (!Number.isInteger(maxMessages) || maxMessages < 1 || maxMessages > 10) {
    throw new RangeError(`receive: maxMessages must be an integer from 1 to 10 (got ${maxMessages}).`);
  }
  if (!(waitSeconds >= 0 && waitSeconds <= 20)) throw new RangeError(`receive: waitSeconds must be 0–20 (got ${waitSeconds}).`);
  validateVisibility('receive', visibilityTimeoutSeconds);
}

export function validateVisibility(operation: string, seconds: number): void {
  if (!(seconds >= 0 && seconds <= 43_200)) throw new RangeError(`${operation}: the visibility timeout must be 0–43200 seconds (got ${seconds}).`);
}

export function validateVisibilityBatch(changes: readonly VisibilityChange[]): void {
  if (changes.length < 1 || changes.length > 10) throw new RangeError(`changeVisibilityBatch: 1 to 10 entries per call, as SQS (got ${changes.length}).`);
}

export function newReceiptHandle(messageId: string): string {
  return `${messageId}.${globalThis.crypto.randomUUID()}`;
}

const POLL_INTERVAL_MS = 25;

/**
 * Long poll: try now, then every few milliseconds until something arrives or the wait is over.
 * `tryReceive` should look before it locks anything, since most tries find nothing.
 */
export async function longPoll<T>(waitSeconds: number, tryReceive: () => T[] | Promise<T[]>): Promise<T[]> {
  const until = Date.now() + waitSeconds * 1000;
  for (;;) {
    const got = await tryReceive();
    const left = until - Date.now();
    if (got.length > 0 || left <= 0) return got;
    await new Promise((resolve) => setTimeout(resolve, Math.min(POLL_INTERVAL_MS, left)));
  }
}
