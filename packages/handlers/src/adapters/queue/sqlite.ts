import path from 'node:path';
import { ReceiptExpiredError, type DeadLetter, type DeliveredMessage, type Queue, type QueueMessage, type ReceiveOptions, type SendOptions, type VisibilityChange } from '../../ports/queue';
import { immediate, openSqlite, sql, type SqliteDatabase } from '../sqlite/database';
import { DEDUPE_WINDOW_MS, DEFAULT_MAX_RECEIVE_COUNT, longPoll, newReceiptHandle, validateReceive, validateVisibility, validateVisibilityBatch } from './queue-rules';

export interface SqliteQueueOptions {
  /** The SQLite file. Shared with the job store when both point at it. @default ".kiln/kiln.db" */
  file?: string;
  /** Queue name inside the file; several queues can share one file. @default "jobs" */
  queueName?: string;
  /**
   * Receives allowed before a message moves to the dead-letter queue (SQS redrive policy): the
   * processor's `maxAttempts` plus its guard delivery.
   * @default 4
   */
  maxReceiveCount?: number;
  /** Clock, for tests. Every process sharing the file must agree on it. @default Date.now */
  now?: () => number;
}

interface Row {
  id: string;
  body: string;
  sent_at: number;
  receive_count: number;
  dead_at: number | null;
  dead_reason: string | null;
}

/**
 * The embedded queue: SQS semantics on SQLite — visibility timeout, receive count, long poll,
 * redrive to a dead-letter table after `maxReceiveCount`, deduplication ids, receipts that expire
 * with their visibility. Safe across processes.
 */
export function createSqliteQueue(options: SqliteQueueOptions = {}): Queue {
  const file = options.file ?? path.join(process.cwd(), '.kiln', 'kiln.db');
  const queue = options.queueName ?? 'jobs';
  const maxReceiveCount = options.maxReceiveCount ?? DEFAULT_MAX_RECEIVE_COUNT;
  const now = options.now ?? Date.now;
  let db: SqliteDatabase | null = null;
  // Send order: the millisecond, then a per-process counter within it (ties only past 1,000 a millisecond).
  let lastAt = 0;
  let counter = 0;
  const nextSeq = (at: number) => {
    if (at !== lastAt) [lastAt, counter] = [at, 0];
    return at * 1000 + Math.min(999, counter++);
  };
  const database = async () => (db ??= await openSqlite(file));

  const receiveNow = (d: SqliteDatabase, max: number, visibilityTimeoutSeconds: number): QueueMessage[] => {
    // Look first, without the write lock: most long-poll steps find nothing, and other processes
    // should not wait behind them.
    if (!sql(d, 'SELECT 1 FROM kiln_messages WHERE queue = ? AND dead_at IS NULL AND visible_at <= ? LIMIT 1').get(queue, now())) return [];
    return immediate(d, () => {
      const at = now();
      // Redrive: visible messages that have used up their receives go to the dead-letter queue.
      sql(d, "UPDATE kiln_messages SET dead_at = ?, dead_reason = 'received ' || receive_count || ' times (maxReceiveCount ' || ? || ')', receipt = NULL WHERE queue = ? AND dead_at IS NULL AND visible_at <= ? AND receive_count >= ?")
        .run(at, maxReceiveCount, queue, at, maxReceiveCount);
      const rows = sql(d, 'SELECT id, body, sent_at, receive_count FROM kiln_messages WHERE queue = ? AND dead_at IS NULL AND visible_at <= ? ORDER BY visible_at, seq LIMIT ?')
        .all(queue, at, max) as Row[];
      const take = sql(d, 'UPDATE kiln_messages SET receive_count = receive_count + 1, receipt = ?, visible_at = ? WHERE id = ?');
      return rows.map((row) => {
        const receipt = newReceiptHandle(row.id);
        take.run(receipt, at + visibilityTimeoutSeconds * 1000, row.id);
        return { id: row.id, receiptHandle: receipt, body: row.body, receiveCount: row.receive_count + 1, sentAt: row.sent_at };
      });
    });
  };

  // Every statement that needs a held receipt ends with this condition; its last parameter is "now".
  const HELD = 'receipt = ? AND queue = ? AND dead_at IS NULL AND visible_at > ?';
  /** Runs a write on the message this receipt holds now; `ReceiptExpiredError` if it holds none. */
  const onHeld = (d: SqliteDatabase, operation: string, statement: string, ...params: unknown[]) => {
    if (sql(d, statement).run(...params, now()).changes !== 1) throw new ReceiptExpiredError(operation);
  };
  const setVisibility = (d: SqliteDatabase, receiptHandle: string, seconds: number) => {
    validateVisibility('changeVisibility', seconds);
    onHeld(d, 'changeVisibility', `UPDATE kiln_messages SET visible_at = ? WHERE ${HELD}`, now() + seconds * 1000, receiptHandle, queue);
  };

  const revive = (d: SqliteDatabase, ids: string[]) =>
    immediate(d, () => {
      // Back on the queue as if sent now: a fresh receive count and a place after what is waiting.
      const update = sql(d, 'UPDATE kiln_messages SET dead_at = NULL, dead_reason = NULL, receive_count = 0, receipt = NULL, visible_at = ?, seq = ? WHERE id = ? AND queue = ? AND dead_at IS NOT NULL');
      let moved = 0;
      for (const id of ids) {
        const at = now();
        moved += update.run(at, nextSeq(at), id, queue).changes;
      }
      return moved;
    });

  return {
    name: 'sqlite',
    maxReceiveCount,
    async send(body: string, sendOptions: SendOptions = {}) {
      const d = await database();
      return immediate(d, () => {
        const at = now();
        if (sendOptions.dedupeId) {
          const seen = sql(d, 'SELECT message_id FROM kiln_dedupe WHERE queue = ? AND dedupe_id = ? AND expires_at > ?').get(queue, sendOptions.dedupeId, at) as
            | { message_id: string }
            | undefined;
          if (seen) return { id: seen.message_id };
        }
        const id = globalThis.crypto.randomUUID();
        sql(d, 'INSERT INTO kiln_messages (id, queue, body, seq, sent_at, visible_at) VALUES (?, ?, ?, ?, ?, ?)').run(
          id,
          queue,
          body,
          nextSeq(at),
          at,
          at + (sendOptions.delaySeconds ?? 0) * 1000,
        );
        if (sendOptions.dedupeId) {
          sql(d, 'DELETE FROM kiln_dedupe WHERE expires_at <= ?').run(at);
          sql(d, 'INSERT OR REPLACE INTO kiln_dedupe (queue, dedupe_id, message_id, expires_at) VALUES (?, ?, ?, ?)').run(queue, sendOptions.dedupeId, id, at + DEDUPE_WINDOW_MS);
        }
        return { id };
      });
    },
    async receive(receiveOptions: ReceiveOptions) {
      validateReceive(receiveOptions);
      const d = await database();
      return longPoll(receiveOptions.waitSeconds ?? 0, () => receiveNow(d, receiveOptions.maxMessages, receiveOptions.visibilityTimeoutSeconds));
    },
    async delete(receiptHandle: string) {
      onHeld(await database(), 'delete', `DELETE FROM kiln_messages WHERE ${HELD}`, receiptHandle, queue);
    },
    async changeVisibility(receiptHandle: string, seconds: number) {
      setVisibility(await database(), receiptHandle, seconds);
    },
    async changeVisibilityBatch(changes: VisibilityChange[]) {
      validateVisibilityBatch(changes);
      const d = await database();
      const failed: { receiptHandle: string; error: Error }[] = [];
      immediate(d, () => {
        for (const { receiptHandle, seconds } of changes) {
          try {
            setVisibility(d, receiptHandle, seconds);
          } catch (error) {
            failed.push({ receiptHandle, error: error as Error });
          }
        }
      });
      return { failed };
    },
    async deadLetter(message: DeliveredMessage, reason: string) {
      onHeld(await database(), 'deadLetter', `UPDATE kiln_messages SET dead_at = ?, dead_reason = ?, receipt = NULL WHERE ${HELD}`, now(), reason, message.receiptHandle, queue);
    },
    async describe() {
      return { location: `${file} (queue "${queue}")`, deadLetterQueue: `dead letters kept in ${path.basename(file)}` };
    },
    async stats() {
      const at = now();
      const row = sql(
        await database(),
        `SELECT
           COALESCE(SUM(dead_at IS NULL AND visible_at <= ?), 0) AS visible,
           COALESCE(SUM(dead_at IS NULL AND visible_at > ? AND receipt IS NOT NULL), 0) AS inFlight,
           COALESCE(SUM(dead_at IS NULL AND visible_at > ? AND receipt IS NULL), 0) AS delayed,
           COALESCE(SUM(dead_at IS NOT NULL), 0) AS dead
         FROM kiln_messages WHERE queue = ?`,
      ).get(at, at, at, queue) as { visible: number; inFlight: number; delayed: number; dead: number };
      return { visible: row.visible, inFlight: row.inFlight, delayed: row.delayed, dead: row.dead };
    },
    deadLetters: {
      async list({ limit = 100, since = 0 } = {}) {
        limit = Math.max(0, Math.floor(limit));
        const rows = sql(await database(), 'SELECT id, body, sent_at, receive_count, dead_at, dead_reason FROM kiln_messages WHERE queue = ? AND dead_at >= ? ORDER BY dead_at, seq LIMIT ?')
          .all(queue, since, limit) as Row[];
        return rows.map(
          (row): DeadLetter => ({
            id: row.id,
            body: row.body,
            receiveCount: row.receive_count,
            sentAt: row.sent_at,
            deadAt: row.dead_at ?? 0,
            ...(row.dead_reason !== null ? { reason: row.dead_reason } : {}),
          }),
        );
      },
      async replay(id: string) {
        return revive(await database(), [id]) === 1;
      },
      async redriveAll() {
        const d = await database();
        const at = now();
        return immediate(d, () => sql(d, 'UPDATE kiln_messages SET dead_at = NULL, dead_reason = NULL, receive_count = 0, receipt = NULL, visible_at = ?, seq = ? WHERE queue = ? AND dead_at IS NOT NULL').run(at, nextSeq(at), queue).changes);
      },
      async purge() {
        return sql(await database(), 'DELETE FROM kiln_messages WHERE queue = ? AND dead_at IS NOT NULL').run(queue).changes;
      },
    },
  };
}
