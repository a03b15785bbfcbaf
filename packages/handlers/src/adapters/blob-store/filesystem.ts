import { mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BlobPutOptions, BlobStore } from '../../ports/blob-store';
import { assertBlobKey, toBytes } from './blob-key';

/** Uploads are people's CVs: folders and files are the owner's only (modes before the umask). */
const PRIVATE_DIR = 0o700;
const PRIVATE_FILE = 0o600;

export interface FilesystemBlobStoreOptions {
  /** Folder the blobs live in. @default ".kiln/blobs" */
  dir?: string;
}

/**
 * Blobs as files under one folder. Writes go to a temporary name and are renamed into place, so a
 * reader in another process never sees half a file.
 */
export function createFilesystemBlobStore(options: FilesystemBlobStoreOptions = {}): BlobStore {
  // The folder is chosen at run time; tell Turbopack not to trace the whole project from here.
  const root = path.resolve(/*turbopackIgnore: true*/ options.dir ?? path.join(process.cwd(), '.kiln', 'blobs'));
  const made = new Set<string>();
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
      await rm(fileFor(key), { force: true });
    },
    async sweepExpired(before: number, options: { prefix?: string } = {}) {
      let count = 0;
      const folder = options.prefix ? path.join(/*turbopackIgnore: true*/ root, options.prefix) : root;
      const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
      for (const entry of entries) {
        if (!entry.isFile()) continue;
        const file = path.join(/*turbopackIgnore: true*/ entry.parentPath, entry.name);
        const { mtimeMs } = await stat(file).catch(() => ({ mtimeMs: Infinity }));
        if (mtimeMs < before) {
          await rm(file, { force: true });
          count += 1;
        }
      }
      return count;
    },
  };
}
