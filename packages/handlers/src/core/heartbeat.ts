import { ReceiptExpiredError, type Queue, type QueueMessage } from '../ports/queue';
import type { Logger } from './logger';

export interface Heartbeat {
  /** Keep this message hidden while its job runs. */
  add(message: QueueMessage): void;
  /**
   * Take a message out before its final queue call (delete, release, backoff), and wait for a
   * heartbeat already on its way, so that no heartbeat lands after that call and overrides it.
   */
  remove(message: QueueMessage): Promise<void>;
  /** Stop beating; resolves when the last beat has landed. */
  stop(): Promise<void>;
}

/**
 * Extends the visibility of every message whose job is running, every `intervalSeconds`, in batches
 * of ten where the queue has `changeVisibilityBatch` (SQS does). A beat that fails is tried again at
 * the next tick; the visibility timeout is at least three intervals, so two beats in a row may fail
 * before the message can reappear.
 */
export function createHeartbeat(queue: Queue, options: { intervalSeconds: number; visibilityTimeoutSeconds: number }, logger: Logger): Heartbeat {
  const held = new Map<string, QueueMessage>();
  let beating: Promise<void> | null = null;

  const failed = (message: QueueMessage, error: unknown) => {
    if (!held.has(message.receiptHandle)) return; // settled meanwhile: its final call decides
    if (error instanceof ReceiptExpiredError) {
      // Its visibility lapsed: another delivery may run the job now. This attempt's writes are fenced.
      held.delete(message.receiptHandle);
      logger.warn('lost a running job’s message: its visibility lapsed before the heartbeat; another delivery may take the job over', { messageId: message.id });
    } else {
      logger.warn('heartbeat failed; trying again at the next beat', { messageId: message.id, error });
    }
  };

  const beat = async () => {
    const messages = [...held.values()];
    const seconds = options.visibilityTimeoutSeconds;
    if (queue.changeVisibilityBatch) {
      for (let i = 0; i < messages.length; i += 10) {
        const chunk = messages.slice(i, i + 10);
        try {
          const { failed: failures } = await queue.changeVisibilityBatch(chunk.map((m) => ({ receiptHandle: m.receiptHandle, seconds })));
          for (const failure of failures) {
            const message = chunk.find((m) => m.receiptHandle === failure.receiptHandle);
            if (message) failed(message, failure.error);
          }
        } catch (error) {
          chunk.forEach((message) => failed(message, error));
        }
      }
    } else {
      await Promise.all(messages.map((message) => queue.changeVisibility(message.receiptHandle, seconds).catch((error: unknown) => failed(message, error))));
    }
  };

  // A beat that never answers (a half-open connection) must not hold up everything waiting for it
  // forever: after a visibility timeout — by when its extension would be moot anyway — it counts as
  // done, and its call is left to finish or fail on its own.
  const intervalMs = options.intervalSeconds * 1000;
  const bounded = (work: Promise<void>) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        logger.warn('a heartbeat did not answer within a visibility timeout; going on without it');
        resolve();
      }, options.visibilityTimeoutSeconds * 1000);
      void work.finally(() => {
        clearTimeout(timer);
        resolve();
      });
    });

  const timer = setInterval(() => {
    if (beating || held.size === 0) return; // one beat at a time: a slow queue must not pile them up
    beating = bounded(beat()).finally(() => {
      beating = null;
    });
  }, intervalMs);
  timer.unref?.();

  return {
    add(message) {
      held.set(message.receiptHandle, message);
    },
    async remove(message) {
      held.delete(message.receiptHandle);
      await beating;
    },
    async stop() {
      clearInterval(timer);
      await beating;
    },
  };
}
