import path from 'node:path';
import type { JobRecord } from '../../core/job';
import type { JobStore } from '../../ports/job-store';
import { openSqlite, sql, type SqliteDatabase } from '../sqlite/database';

export interface SqliteJobStoreOptions {
  /** The SQLite file. Shared with the queue when both point at it. @default ".kiln/kiln.db" */
  file?: string;
}

/** The embedded read model: one row per job, the record as JSON, compare-and-set on `version`. */
export function createSqliteJobStore(options: SqliteJobStoreOptions = {}): JobStore {
  const file = options.file ?? path.join(process.cwd(), '.kiln', 'kiln.db');
  let db: SqliteDatabase | null = null;
  const database = async () => (db ??= await openSqlite(file));
  const parse = (data: string) => JSON.parse(data) as JobRecord;

  return {
    name: 'sqlite',
    async get(id: string) {
      const row = sql(await database(), 'SELECT data, expires_at FROM kiln_jobs WHERE id = ?').get(id) as { data: string; expires_at: number | null } | undefined;
      if (!row || (row.expires_at !== null && row.expires_at <= Date.now())) return null;
      return parse(row.data);
    },
    async create(record: JobRecord) {
      const result = sql(await database(), 'INSERT OR IGNORE INTO kiln_jobs (id, version, data, expires_at) VALUES (?, ?, ?, ?)')
        .run(record.id, record.version, JSON.stringify(record), record.expiresAt ?? null);
      return result.changes === 1;
    },
    async compareAndSet(record: JobRecord, expectedVersion: number) {
      if (record.version !== expectedVersion + 1) throw new RangeError(`compareAndSet: the new version must be ${expectedVersion + 1}, got ${record.version}.`);
      const result = sql(await database(), 'UPDATE kiln_jobs SET version = ?, data = ?, expires_at = ? WHERE id = ? AND version = ?')
        .run(record.version, JSON.stringify(record), record.expiresAt ?? null, record.id, expectedVersion);
      return result.changes === 1;
    },
    async delete(id: string) {
      sql(await database(), 'DELETE FROM kiln_jobs WHERE id = ?').run(id);
    },
    async listExpired(now: number, limit = 1000) {
      const rows = sql(await database(), 'SELECT id FROM kiln_jobs WHERE expires_at IS NOT NULL AND expires_at <= ? ORDER BY expires_at LIMIT ?').all(now, limit) as { id: string }[];
      return rows.map((row) => row.id);
    },
    async sweepExpired(now = Date.now()) {
      return sql(await database(), 'DELETE FROM kiln_jobs WHERE expires_at IS NOT NULL AND expires_at <= ?').run(now).changes;
    },
  };
}
