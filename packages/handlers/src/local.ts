/**
 * `@kiln/handlers/local`: the embedded default — SQLite (queue + read model) and the filesystem
 * (blobs) under one data folder. No cloud account, no service to start; safe for several processes.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createFilesystemBlobStore } from './adapters/blob-store/filesystem';
import { createSqliteJobStore } from './adapters/job-store/sqlite';
import { createSqliteQueue } from './adapters/queue/sqlite';
import type { Ports } from './core/runtime';

export { createFilesystemBlobStore, type FilesystemBlobStoreOptions } from './adapters/blob-store/filesystem';
export { createSqliteJobStore, type SqliteJobStoreOptions } from './adapters/job-store/sqlite';
export { createSqliteQueue, type SqliteQueueOptions } from './adapters/queue/sqlite';

export interface LocalAdaptersOptions {
  /** The data folder: `kiln.db` and `blobs/` go inside. @default ".kiln" */
  dataDir?: string;
  /** Receives before a message is dead-lettered. @default 3 */
  maxReceiveCount?: number;
  /** Quota of `blobs/`: past it the file store has no room and submit answers `507`. @default no quota */
  maxBlobBytes?: number;
  /** Free disk space below which the file store has no room. @default 0 */
  minFreeDiskBytes?: number;
}

export function createLocalAdapters(options: LocalAdaptersOptions = {}): Ports {
  const dataDir = path.resolve(/*turbopackIgnore: true*/ options.dataDir ?? '.kiln');
  const file = path.join(dataDir, 'kiln.db');
  return {
    queue: createSqliteQueue({ file, ...(options.maxReceiveCount ? { maxReceiveCount: options.maxReceiveCount } : {}) }),
    store: createSqliteJobStore({ file }),
    blobs: createFilesystemBlobStore({
      dir: path.join(dataDir, 'blobs'),
      ...(options.maxBlobBytes !== undefined ? { maxBytes: options.maxBlobBytes } : {}),
      ...(options.minFreeDiskBytes !== undefined ? { minFreeDiskBytes: options.minFreeDiskBytes } : {}),
    }),
  };
}

/**
 * Secrets for the embedded default when none are set: made once, kept in the data folder (mode 0600),
 * and shared by every process that uses the folder — Next's workers and the worker process alike.
 */
export function localSecrets(dataDir: string): { revalidate: string; cron: string } {
  const folder = path.resolve(/*turbopackIgnore: true*/ dataDir);
  const file = path.join(folder, 'secrets.json');
  if (!existsSync(file)) {
    mkdirSync(folder, { recursive: true });
    const make = () => Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(32))).toString('base64url');
    try {
      writeFileSync(file, JSON.stringify({ revalidate: make(), cron: make() }), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error; // another process won the race
    }
  }
  return JSON.parse(readFileSync(file, 'utf8')) as { revalidate: string; cron: string };
}
