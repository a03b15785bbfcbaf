import { closeSync, mkdirSync, openSync } from 'node:fs';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { KilnConfigError } from '../../core/errors';

export type SqliteDatabase = BetterSqlite3.Database;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS kiln_messages (
  id TEXT PRIMARY KEY,
  queue TEXT NOT NULL,
  body TEXT NOT NULL,
  seq INTEGER NOT NULL,
  sent_at INTEGER NOT NULL,
  visible_at INTEGER NOT NULL,
  receive_count INTEGER NOT NULL DEFAULT 0,
  receipt TEXT,
  dead_at INTEGER,
  dead_reason TEXT
);
CREATE INDEX IF NOT EXISTS kiln_messages_visible ON kiln_messages (queue, dead_at, visible_at, seq);
CREATE UNIQUE INDEX IF NOT EXISTS kiln_messages_receipt ON kiln_messages (receipt);
CREATE TABLE IF NOT EXISTS kiln_dedupe (
  queue TEXT NOT NULL,
  dedupe_id TEXT NOT NULL,
  message_id TEXT NOT NULL,
  expires_at INTEGER NOT NULL,
  PRIMARY KEY (queue, dedupe_id)
);
-- Every send with a dedupe id first deletes the expired ids: without this index that DELETE read the
-- whole table, every id of the last five minutes, so a submit got slower the more came before it.
CREATE INDEX IF NOT EXISTS kiln_dedupe_expiry ON kiln_dedupe (expires_at);
CREATE TABLE IF NOT EXISTS kiln_jobs (
  id TEXT PRIMARY KEY,
  version INTEGER NOT NULL,
  data TEXT NOT NULL,
  expires_at INTEGER
);
CREATE INDEX IF NOT EXISTS kiln_jobs_expiry ON kiln_jobs (expires_at);
`;

const open = new Map<string, SqliteDatabase>();

/**
 * One connection per database file per process, shared by the queue and the job store. WAL and a busy
 * timeout make it safe for several processes at once (Next's workers and the worker process): writers
 * take turns, readers never wait.
 */
export async function openSqlite(file: string): Promise<SqliteDatabase> {
  const resolved = path.resolve(file);
  const existing = open.get(resolved);
  if (existing?.open) return existing;
  const Database = await loadDriver();
  const again = open.get(resolved); // another caller may have opened it while we awaited the driver
  if (again?.open) return again;
  // The database holds every job's record (results included): the folder is the owner's only, and the
  // file is created 0600 before SQLite opens it (SQLite gives its -wal and -shm files the same mode).
  mkdirSync(path.dirname(resolved), { recursive: true, mode: 0o700 });
  closeSync(openSync(resolved, 'a', 0o600));
  const db = new Database(resolved);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = NORMAL');
  db.exec(SCHEMA);
  open.set(resolved, db);
  return db;
}

export function closeSqlite(file: string): void {
  const resolved = path.resolve(file);
  open.get(resolved)?.close();
  open.delete(resolved);
}

async function loadDriver(): Promise<typeof BetterSqlite3> {
  // Loaded on first use, so apps on cloud adapters never need the native module.
  try {
    const mod = (await import('better-sqlite3')) as { default?: typeof BetterSqlite3 } & typeof BetterSqlite3;
    return mod.default ?? mod;
  } catch (cause) {
    throw new KilnConfigError(
      'The embedded store needs better-sqlite3, which could not be loaded. Install it with `npm install better-sqlite3@12` ' +
        '(version 12 for Node 20), or configure cloud adapters (SQS_QUEUE_URL, KV_REST_API_URL, BLOB_READ_WRITE_TOKEN).',
      'queue',
      'SQS_QUEUE_URL',
      { cause },
    );
  }
}

/** `BEGIN IMMEDIATE`: takes the write lock up front, so two processes never both read-then-write the same rows. */
export function immediate<T>(db: SqliteDatabase, work: () => T): T {
  return db.transaction(work).immediate();
}

const statements = new WeakMap<SqliteDatabase, Map<string, BetterSqlite3.Statement>>();

/** A prepared statement, prepared once per connection: preparing costs more than running. */
export function sql(db: SqliteDatabase, text: string): BetterSqlite3.Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let statement = cache.get(text);
  if (!statement) cache.set(text, (statement = db.prepare(text)));
  return statement;
}
