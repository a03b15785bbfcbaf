/**
 * `@kiln/handlers/local`: the embedded default — SQLite (queue + read model) and the filesystem
 * (blobs) under one data folder. No cloud account, no service to start; safe for several processes.
 */
import { existsSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createFilesystemBlobStore } from './adapters/blob-store/filesystem';
import { createSqliteJobStore } from './adapters/job-store/sqlite';
import { createSqliteQueue } from './adapters/queue/sqlite';
import { KilnConfigError } from './core/errors';
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
 * Secrets for the embedded default when none are set: made once, kept in the data folder (mode 0600,
 * the folder 0700), and shared by every process that uses the folder — Next's workers and the worker
 * process alike.
 *
 * Written to a temporary file in the same folder and then hard-linked into place: the name
 * `secrets.json` appears only with its whole content (a second process never reads it half-written),
 * and a link, unlike a rename, never replaces a file another process put there first, so every process
 * ends up with the same secrets.
 *
 * A `secrets.json` that other users can read is refused rather than fixed: its secrets may already have
 * been read, and narrowing the mode would not make them secret again.
 */
export function localSecrets(dataDir: string): { revalidate: string; cron: string } {
  const folder = path.resolve(/*turbopackIgnore: true*/ dataDir);
  const file = path.join(folder, 'secrets.json');
  if (!existsSync(file)) {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    const make = () => Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(32))).toString('base64url');
    const temp = path.join(folder, `.secrets.json.${process.pid}.${globalThis.crypto.randomUUID()}.tmp`);
    writeFileSync(temp, JSON.stringify({ revalidate: make(), cron: make() }), { mode: 0o600, flag: 'wx' });
    try {
      linkSync(temp, file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EPERM' || code === 'ENOTSUP' || code === 'ENOSYS') {
        // A file system without hard links: a rename is still atomic, and only loses to a racing
        // process in the first milliseconds of a fresh folder.
        if (!existsSync(file)) renameSync(temp, file);
      } else if (code !== 'EEXIST') {
        throw error; // EEXIST: another process won the race; its secrets are read below
      }
    } finally {
      rmSync(temp, { force: true });
    }
  }
  checkPrivate(file);
  return JSON.parse(readFileSync(file, 'utf8')) as { revalidate: string; cron: string };
}

function checkPrivate(file: string): void {
  if (process.platform === 'win32') return; // POSIX modes mean nothing there; NTFS ACLs decide
  const mode = statSync(file).mode & 0o777;
  if ((mode & 0o077) !== 0) {
    throw new KilnConfigError(
      `${file} is readable by other users (mode ${mode.toString(8).padStart(4, '0')}), so the secrets it holds may have been read. ` +
        'Delete it: Kiln makes new secrets on the next start (restart every process that uses this data folder). ' +
        'Or set REVALIDATE_SECRET and CRON_SECRET yourself.',
      'dataDir',
      'KILN_DATA_DIR',
    );
  }
}
