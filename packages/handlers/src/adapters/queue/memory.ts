import { ReceiptExpiredError, type DeadLetter, type DeliveredMessage, type Queue, type QueueMessage, type ReceiveOptions, type SendOptions, type VisibilityChange } from '../../ports/queue';
import { DEDUPE_WINDOW_MS, DEFAULT_MAX_RECEIVE_COUNT, longPoll, newReceiptHandle, validateReceive, validateVisibility, validateVisibilityBatch } from './queue-rules';

export interface MemoryQueueOptions {
  /**
   * Receives allowed before a message moves to the dead-letter queue (SQS redrive policy): the
   * processor's `maxAttempts` plus its guard delivery.
   * @default 4
   */
  maxReceiveCount?: number;
  /** Clock, for tests. @default Date.now */
  now?: () => number;
}

interface StoredMessage {
  id: string;
  body: string;
  sentAt: number;
  visibleAt: number;
  receiveCount: number;
  /** The latest receipt handle; `null` until the first receive. */
  receipt: string | null;
  seq: number;
}

/** An in-process queue with SQS semantics, for tests. Not shared between processes. */
export function createMemoryQueue(options: MemoryQueueOptions = {}): Queue {
  const maxReceiveCount = options.maxReceiveCount ?? DEFAULT_MAX_RECEIVE_COUNT;
  const now = options.now ?? Date.now;
  const live = new Map<string, StoredMessage>();
  const byReceipt = new Map<string, string>(); // receipt → message id, latest receipts only
  const dead = new Map<string, DeadLetter>();
  const dedupe = new Map<string, { id: string; expiresAt: number }>();
  let seq = 0;

  const forget = (message: StoredMessage) => {
    if (message.receipt) byReceipt.delete(message.receipt);
    live.delete(message.id);
  };
  const kill = (message: StoredMessage, reason: string) => {
    forget(message);
    dead.set(message.id, { id: message.id, body: message.body, receiveCount: message.receiveCount, sentAt: message.sentAt, deadAt: now(), reason });
  };
  const revive = (letter: DeadLetter) => {
    dead.delete(letter.id);
    live.set(letter.id, { id: letter.id, body: letter.body, sentAt: letter.sentAt, visibleAt: now(), receiveCount: 0, receipt: null, seq: seq++ });
  };
  /** The message this receipt holds right now, or a `ReceiptExpiredError`. */
  const held = (receiptHandle: string, operation: string): StoredMessage => {
    const id = byReceipt.get(receiptHandle);
    const message = id === undefined ? undefined : live.get(id);
    if (!message || message.receipt !== receiptHandle || message.visibleAt <= now()) throw new ReceiptExpiredError(operation);
    return message;
  };

  const receiveNow = (max: number, visibilityTimeoutSeconds: number): QueueMessage[] => {
    const at = now();
    const visible = [...live.values()].filter((m) => m.visibleAt <= at).sort((a, b) => a.visibleAt - b.visibleAt || a.seq - b.seq);
    const out: QueueMessage[] = [];
    for (const message of visible) {
      // Redrive: a visible message that has used up its receives goes to the dead-letter queue.
      if (message.receiveCount >= maxReceiveCount) {
        kill(message, `received ${message.receiveCount} times (maxReceiveCount ${maxReceiveCount})`);
        continue;
      }
      if (out.length >= max) continue;
      if (message.receipt) byReceipt.delete(message.receipt);
      message.receiveCount += 1;
      message.receipt = newReceiptHandle(message.id);
      byReceipt.set(message.receipt, message.id);
      message.visibleAt = at + visibilityTimeoutSeconds * 1000;
      out.push({ id: message.id, receiptHandle: message.receipt, body: message.body, receiveCount: message.receiveCount, sentAt: message.sentAt });
    }
    return out;
  };

  const changeVisibility = async (receiptHandle: string, seconds: number) => {
    validateVisibility('changeVisibility', seconds);
    held(receiptHandle, 'changeVisibility').visibleAt = now() + seconds * 1000;
  };

  return {
    name: 'memory',
    maxReceiveCount,
    async send(body: string, sendOptions: SendOptions = {}) {
      const at = now();
      if (sendOptions.dedupeId) {
        const seen = dedupe.get(sendOptions.dedupeId);
        if (seen && seen.expiresAt > at) return { id: seen.id };
      }
      const id = globalThis.crypto.randomUUID();
      live.set(id, { id, body, sentAt: at, visibleAt: at + (sendOptions.delaySeconds ?? 0) * 1000, receiveCount: 0, receipt: null, seq: seq++ });
      if (sendOptions.dedupeId) dedupe.set(sendOptions.dedupeId, { id, expiresAt: at + DEDUPE_WINDOW_MS });
      return { id };
    },
    async receive(receiveOptions: ReceiveOptions) {
      validateReceive(receiveOptions);
      return longPoll(receiveOptions.waitSeconds ?? 0, () => receiveNow(receiveOptions.maxMessages, receiveOptions.visibilityTimeoutSeconds));
    },
    async delete(receiptHandle: string) {
      forget(held(receiptHandle, 'delete'));
    },
    changeVisibility,
    async changeVisibilityBatch(changes: VisibilityChange[]) {
      validateVisibilityBatch(changes);
      const failed: { receiptHandle: string; error: Error }[] = [];
      for (const change of changes) {
        await changeVisibility(change.receiptHandle, change.seconds).catch((error: Error) => failed.push({ receiptHandle: change.receiptHandle, error }));
      }
      return { failed };
    },
    async deadLetter(message: DeliveredMessage, reason: string) {
      kill(held(message.receiptHandle, 'deadLetter'), reason);
    },
    async stats() {
      const at = now();
      const stats = { visible: 0, inFlight: 0, delayed: 0, dead: dead.size };
      for (const message of live.values()) {
        if (message.visibleAt <= at) stats.visible += 1;
        else if (message.receipt) stats.inFlight += 1;
        else stats.delayed += 1;
      }
      return stats;
    },
    deadLetters: {
      async list({ limit = 100, since = -Infinity } = {}) {
        return [...dead.values()]
          .filter((letter) => letter.deadAt >= since)
          .sort((a, b) => a.deadAt - b.deadAt)
          .slice(0, Math.max(0, Math.floor(limit)));
      },
      async replay(id: string) {
        const letter = dead.get(id);
        if (!letter) return false;
        revive(letter);
        return true;
      },
      async redriveAll() {
        const letters = [...dead.values()];
        letters.forEach(revive);
        return letters.length;
      },
      async purge() {
        const count = dead.size;
        dead.clear();
        return count;
      },
    },
  };
}
