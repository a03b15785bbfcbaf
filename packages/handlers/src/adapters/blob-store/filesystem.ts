import { mkdir, open, readdir, readFile, rename, rm, stat, statfs, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BlobPutOptions, BlobStore } from '../../ports/blob-store';
import { assertBlobKey, toBytes } from './blob-key';

/** Uploads are people's CVs: folders and files are the owner's only (modes before the umask). */
const PRIVATE_DIR = 0o700;
const PRIVATE_FILE = 0o600;

export interface FilesystemBlobStoreOptions {
  /** Folder the blobs live in. @default ".kiln/blobs" */
  dir?: string;
  /** Most bytes the folder's files may hold; past it `roomFor` says the store is full. @default no quota */
  maxBytes?: number;
  /** Free space to leave on the disk holding the folder; below it `roomFor` says the store is full. @default 0 */
  minFreeDiskBytes?: number;
  /**
   * How long a measured total of the folder is trusted. Between measurements it is kept up to date by
   * this store's own puts and deletes; measuring again picks up what other processes (the worker's
   * retention sweep) added or removed. @default 60000 (1 minute)
   */
  usageTtlMs?: number;
}

/**
 * Blobs as files under one folder. Writes go to a temporary name and are renamed into place, so a
 * reader in another process never sees half a file.
 */
export function createFilesystemBlobStore(options: FilesystemBlobStoreOptions = {}): BlobStore {
  // The folder is chosen at run time; tell Turbopack not to trace the whole project from here.
  const root = path.resolve(/*turbopackIgnore: true*/ options.dir ?? path.join(process.cwd(), '.kiln', 'blobs'));
  const made = new Set<string>();
  const usage = createUsage(root, options);
  const fileFor = (key: string) => {
    assertBlobKey(key);
    return path.join(/*turbopackIgnore: true*/ root, key);
  };
  return {
    name: 'filesystem',
    async put(key: string, body: Uint8Array | ReadableStream<Uint8Array>, options: BlobPutOptions = {}) {
      const file = fileFor(key);
      const dir = path.dirname(file);
      if (!made.has(dir)) {
        await mkdir(dir, { recursive: true, mode: PRIVATE_DIR });
        made.add(dir);
      }
      const bytes = await toBytes(body);
      const temp = `${file}.${process.pid}.${globalThis.crypto.randomUUID()}.tmp`;
      await writeFile(temp, bytes, { mode: PRIVATE_FILE });
      await rename(temp, file);
      usage.add(bytes.byteLength);
      return { key, size: bytes.byteLength, ...(options.contentType ? { contentType: options.contentType } : {}) };
    },
    async get(key: string) {
      try {
        return new Uint8Array(await readFile(/*turbopackIgnore: true*/ fileFor(key)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async head(key: string) {
      try {
        return { key, size: (await stat(/*turbopackIgnore: true*/ fileFor(key))).size };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async readRange(key: string, offset: number, length: number) {
      let handle;
      try {
        handle = await open(/*turbopackIgnore: true*/ fileFor(key), 'r');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
      try {
        const buffer = new Uint8Array(length);
        const { bytesRead } = await handle.read(buffer, 0, length, offset);
        return buffer.subarray(0, bytesRead);
      } finally {
        await handle.close();
      }
    },
    async move(from: string, to: string) {
      const target = fileFor(to);
      await mkdir(path.dirname(target), { recursive: true, mode: PRIVATE_DIR });
      await rename(fileFor(from), target);
    },
    async delete(key: string) {
      const file = fileFor(key);
      const size = usage.tracking() ? await stat(file).then((s) => s.size, () => 0) : 0;
      await rm(file, { force: true });
      usage.add(-size);
    },
    async sweepExpired(before: number, options: { prefix?: string } = {}) {
      let count = 0;
      const folder = options.prefix ? path.join(/*turbopackIgnore: true*/ root, options.prefix) : root;
      for (const file of await filesUnder(folder)) {
        const { mtimeMs, size } = await stat(file).catch(() => ({ mtimeMs: Infinity, size: 0 }));
        if (mtimeMs < before) {
          await rm(file, { force: true });
          usage.add(-size);
          count += 1;
        }
      }
      return count;
    },
    ...(options.maxBytes !== undefined || options.minFreeDiskBytes ? { roomFor: usage.roomFor } : {}),
  };
}

/** Every file below `folder` (none when it does not exist), as full paths. */
async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  // Node 20.9–20.11 name an entry's folder `path`; `parentPath` came in 20.12.
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(/*turbopackIgnore: true*/ entry.parentPath ?? (entry as { path?: string }).path ?? folder, entry.name));
}

/**
 * The folder's total size, measured by walking it at most once per `usageTtlMs` (so a submit does not
 * walk thousands of files), and the disk's free space, asked at most once a second.
 */
function createUsage(root: string, options: FilesystemBlobStoreOptions) {
  const ttlMs = options.usageTtlMs ?? 60_000;
  let total: { bytes: number; at: number } | null = null;
  let measuring: Promise<number> | null = null;
  let free: { bytes: number; at: number } | null = null;

  const measure = () =>
    (measuring ??= (async () => {
      let bytes = 0;
      for (const file of await filesUnder(root)) bytes += await stat(file).then((s) => s.size, () => 0);
      total = { bytes, at: Date.now() };
      return bytes;
    })().finally(() => {
      measuring = null;
    }));

  const freeBytes = async () => {
    if (!free || Date.now() - free.at > 1000) {
      await mkdir(root, { recursive: true, mode: 0o700 }); // the data folder is private, whoever creates it first
      const fs = await statfs(root);
      free = { bytes: fs.bavail * fs.bsize, at: Date.now() };
    }
    return free.bytes;
  };

  return {
    tracking: () => total !== null,
    add(bytes: number) {
      if (total) total.bytes = Math.max(0, total.bytes + bytes);
    },
    async roomFor(bytes: number): Promise<string | null> {
      if (options.minFreeDiskBytes) {
        const left = await freeBytes();
        if (left - bytes < options.minFreeDiskBytes) {
          return `the disk holding ${root} has ${megabytes(left)} free, less than the ${megabytes(options.minFreeDiskBytes)} kept free (minFreeDiskBytes, KILN_MIN_FREE_DISK_BYTES): free some space, or lower the setting`;
        }
      }
      if (options.maxBytes !== undefined) {
        const held = total && Date.now() - total.at < ttlMs ? total.bytes : await measure();
        if (held >= options.maxBytes || held + bytes > options.maxBytes) {
          return `${root} holds ${megabytes(held)} of uploads, and its quota is ${megabytes(options.maxBytes)} (maxDataDirBytes, KILN_MAX_DATA_DIR_BYTES): raise the quota, shorten ttlSeconds, or delete old jobs (\`kiln delete <jobId>\`)`;
        }
      }
      return null;
    },
  };
}

function megabytes(bytes: number): string {
  return `${+(bytes / 1024 ** 2).toFixed(1)} MB`;
}
