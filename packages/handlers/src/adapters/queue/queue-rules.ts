import type { ReceiveOptions } from '../../ports/queue';

/** SQS FIFO deduplicates sends with the same id within five minutes. */
export const DEDUPE_WINDOW_MS = 5 * 60 * 1000;

/** SQS limits, checked the same way by every embedded queue so they fail where SQS would. */
export function validateReceive({ maxMessages, waitSeconds = 0, visibilityTimeoutSeconds }: ReceiveOptions): void {
  if (!Number.isInteger(maxMessages) || maxMessages < 1 || maxMessages > 10) {
    throw new RangeError(`receive: maxMessages must be an integer from 1 to 10 (got ${maxMessages}).`);
  }
  if (!(waitSeconds >= 0 && waitSeconds <= 20)) throw new RangeError(`receive: waitSeconds must be 0–20 (got ${waitSeconds}).`);
  if (!(visibilityTimeoutSeconds >= 0 && visibilityTimeoutSeconds <= 43_200)) {
    throw new RangeError(`receive: visibilityTimeoutSeconds must be 0–43200 (got ${visibilityTimeoutSeconds}).`);
  }
}

export function newReceiptHandle(messageId: string): string {
  return `${messageId}.${globalThis.crypto.randomUUID()}`;
}

const POLL_INTERVAL_MS = 25;

/** Long poll: try now, then every few milliseconds until something arrives or the wait is over. */
export async function longPoll<T>(waitSeconds: number, tryReceive: () => T[] | Promise<T[]>): Promise<T[]> {
  const until = Date.now() + waitSeconds * 1000;
  for (;;) {
    const got = await tryReceive();
    if (got.length > 0 || Date.now() >= until) return got;
    await new Promise((resolve) => setTimeout(resolve, Math.min(POLL_INTERVAL_MS, Math.max(1, until - Date.now()))));
  }
}
