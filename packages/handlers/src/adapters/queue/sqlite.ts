import path from 'node:path';
import type { DeadLetter, Queue, QueueMessage, ReceiveOptions, SendOptions } from '../../ports/queue';
import { immediate, openSqlite, sql, type SqliteDatabase } from '../sqlite/database';
import { DEDUPE_WINDOW_MS, longPoll, newReceiptHandle, validateReceive } from './queue-rules';

export interface SqliteQueueOptions {
  /** The SQLite file. Shared with the job store when both point at it. @default ".kiln/kiln.db" */
  file?: string;
  /** Queue name inside the file; several queues can share one file. @default "jobs" */
  queueName?: string;
  /** Receives allowed before a message moves to the dead-letter queue (SQS redrive policy). @default 3 */
  maxReceiveCount?: number;
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
 * redrive to a dead-letter table after `maxReceiveCount`, deduplication ids. Safe across processes.
 */
export function createSqliteQueue(options: SqliteQueueOptions = {}): Queue {
  const file = options.file ?? path.join(process.cwd(), '.kiln', 'kiln.db');
  const queue = options.queueName ?? 'jobs';
  const maxReceiveCount = options.maxReceiveCount ?? 3;
  let db: SqliteDatabase | null = null;
  let seq = 0;
  const database = async () => (db ??= await openSqlite(file));

  const receiveNow = (d: SqliteDatabase, max: number, visibilityTimeoutSeconds: number): QueueMessage[] =>
    immediate(d, () => {
      const at = Date.now();
      const out: QueueMessage[] = [];
      const candidates = sql(d, 'SELECT id, body, sent_at, receive_count FROM kiln_messages WHERE queue = ? AND dead_at IS NULL AND visible_at <= ? ORDER BY visible_at, seq LIMIT ?')
        .all(queue, at, max + 10) as Row[];
      for (const row of candidates) {
        if (out.length >= max) break;
        if (row.receive_count >= maxReceiveCount) {
          sql(d, 'UPDATE kiln_messages SET dead_at = ?, dead_reason = ?, receipt = NULL WHERE id = ?').run(
            at,
            `received ${row.receive_count} times (maxReceiveCount ${maxReceiveCount})`,
            row.id,
          );
          continue;
        }
        const receipt = newReceiptHandle(row.id);
        sql(d, 'UPDATE kiln_messages SET receive_count = receive_count + 1, receipt = ?, visible_at = ? WHERE id = ?').run(
          receipt,
          at + visibilityTimeoutSeconds * 1000,
          row.id,
        );
        out.push({ id: row.id, receiptHandle: receipt, body: row.body, receiveCount: row.receive_count + 1, sentAt: row.sent_at });
      }
      return out;
    });

  const revive = (d: SqliteDatabase, ids: string[]) =>
    immediate(d, () => {
      const update = sql(d, 
        'UPDATE kiln_messages SET dead_at = NULL, dead_reason = NULL, receive_count = 0, receipt = NULL, visible_at = ? WHERE id = ? AND queue = ? AND dead_at IS NOT NULL',
      );
      let moved = 0;
      for (const id of ids) moved += update.run(Date.now(), id, queue).changes;
      return moved;
    });

  return {
    name: 'sqlite',
    maxReceiveCount,
    async send(body: string, sendOptions: SendOptions = {}) {
      const d = await database();
      return immediate(d, () => {
        const at = Date.now();
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
          // seq orders messages sent in the same millisecond; per process is enough for FIFO-ish order
          at * 1000 + (seq++ % 1000),
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
      sql(await database(), 'DELETE FROM kiln_messages WHERE receipt = ? AND dead_at IS NULL').run(receiptHandle);
    },
    async changeVisibility(receiptHandle: string, seconds: number) {
      sql(await database(), 'UPDATE kiln_messages SET visible_at = ? WHERE receipt = ? AND dead_at IS NULL').run(Date.now() + seconds * 1000, receiptHandle);
    },
    async deadLetter(receiptHandle: string, reason: string) {
      sql(await database(), 'UPDATE kiln_messages SET dead_at = ?, dead_reason = ?, receipt = NULL WHERE receipt = ? AND dead_at IS NULL').run(Date.now(), reason, receiptHandle);
    },
    deadLetters: {
      async list({ limit = 100 } = {}) {
        const rows = sql(await database(), 'SELECT id, body, sent_at, receive_count, dead_at, dead_reason FROM kiln_messages WHERE queue = ? AND dead_at IS NOT NULL ORDER BY dead_at LIMIT ?')
          .all(queue, limit) as Row[];
        return rows.map(
          (row): DeadLetter => ({
            id: row.id,
            body: row.body,
            receiveCount: row.receive_count,
            sentAt: row.sent_at,
            deadAt: row.dead_at ?? 0,
            ...(row.dead_reason ? { reason: row.dead_reason } : {}),
          }),
        );
      },
      async replay(id: string) {
        return revive(await database(), [id]) === 1;
      },
      async redriveAll() {
        const d = await database();
        const ids = (sql(d, 'SELECT id FROM kiln_messages WHERE queue = ? AND dead_at IS NOT NULL').all(queue) as { id: string }[]).map((r) => r.id);
        return revive(d, ids);
      },
      async purge() {
        return sql(await database(), 'DELETE FROM kiln_messages WHERE queue = ? AND dead_at IS NOT NULL').run(queue).changes;
      },
    },
  };
}
