import type { DeadLetter, Queue, QueueMessage, ReceiveOptions, SendOptions } from '../../ports/queue';
import { DEDUPE_WINDOW_MS, longPoll, newReceiptHandle, validateReceive } from './queue-rules';

export interface MemoryQueueOptions {
  /** Receives allowed before a message moves to the dead-letter queue (SQS redrive policy). @default 3 */
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
  receipt: string | null;
  seq: number;
}

/** An in-process queue with SQS semantics, for tests. Not shared between processes. */
export function createMemoryQueue(options: MemoryQueueOptions = {}): Queue {
  const maxReceiveCount = options.maxReceiveCount ?? 3;
  const now = options.now ?? Date.now;
  const live = new Map<string, StoredMessage>();
  const dead = new Map<string, DeadLetter>();
  const dedupe = new Map<string, { id: string; expiresAt: number }>();
  let seq = 0;

  const byReceipt = (receipt: string) => [...live.values()].find((m) => m.receipt === receipt);
  const kill = (message: StoredMessage, reason: string) => {
    live.delete(message.id);
    dead.set(message.id, { id: message.id, body: message.body, receiveCount: message.receiveCount, sentAt: message.sentAt, deadAt: now(), reason });
  };
  const revive = (letter: DeadLetter) => {
    dead.delete(letter.id);
    live.set(letter.id, { id: letter.id, body: letter.body, sentAt: letter.sentAt, visibleAt: now(), receiveCount: 0, receipt: null, seq: seq++ });
  };

  const receiveNow = (max: number, visibilityTimeoutSeconds: number): QueueMessage[] => {
    const at = now();
    const visible = [...live.values()].filter((m) => m.visibleAt <= at).sort((a, b) => a.visibleAt - b.visibleAt || a.seq - b.seq);
    const out: QueueMessage[] = [];
    for (const message of visible) {
      if (out.length >= max) break;
      if (message.receiveCount >= maxReceiveCount) {
        kill(message, `received ${message.receiveCount} times (maxReceiveCount ${maxReceiveCount})`);
        continue;
      }
      message.receiveCount += 1;
      message.receipt = newReceiptHandle(message.id);
      message.visibleAt = at + visibilityTimeoutSeconds * 1000;
      out.push({ id: message.id, receiptHandle: message.receipt, body: message.body, receiveCount: message.receiveCount, sentAt: message.sentAt });
    }
    return out;
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
      const message = byReceipt(receiptHandle);
      if (message) live.delete(message.id);
    },
    async changeVisibility(receiptHandle: string, seconds: number) {
      const message = byReceipt(receiptHandle);
      if (message) message.visibleAt = now() + seconds * 1000;
    },
    async deadLetter(receiptHandle: string, reason: string) {
      const message = byReceipt(receiptHandle);
      if (message) kill(message, reason);
    },
    deadLetters: {
      async list({ limit = 100 } = {}) {
        return [...dead.values()].sort((a, b) => a.deadAt - b.deadAt).slice(0, limit);
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
