import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/**
 * The floor's storage, what a plain app would write: files under `<data>/floor/` and one row each in a
 * SQLite table (better-sqlite3, WAL, as Kiln's embedded store uses), in the same data folder as Kiln's.
 */
export interface FloorStore {
  dir: string;
  insert: (id: string, size: number, at: number) => void;
}

let store: FloorStore | null = null;

export function floorStore(): FloorStore {
  if (store) return store;
  // A run-time folder, not part of the app: kept out of Turbopack's file tracing, as Kiln's own adapters do.
  const data = path.resolve(/*turbopackIgnore: true*/ process.env.KILN_DATA_DIR ?? '.kiln');
  const dir = path.join(data, 'floor');
  mkdirSync(dir, { recursive: true });
  const db = new Database(path.join(data, 'floor.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec('CREATE TABLE IF NOT EXISTS uploads (id TEXT PRIMARY KEY, size INTEGER NOT NULL, created_at INTEGER NOT NULL)');
  const insert = db.prepare('INSERT INTO uploads (id, size, created_at) VALUES (?, ?, ?)');
  store = { dir, insert: (id, size, at) => void insert.run(id, size, at) };
  return store;
}
