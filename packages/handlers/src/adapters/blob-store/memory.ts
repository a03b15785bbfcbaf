import type { BlobPutOptions, BlobStore, DirectUploadOptions } from '../../ports/blob-store';
import { assertBlobKey, toBytes } from './blob-key';

/**
 * Blobs in a Map, for tests. Its direct uploads hand out `memory:` URLs that nothing can reach: a test
 * stores the bytes itself with `put`, as the browser would have.
 */
export function createMemoryBlobStore(): BlobStore {
  const blobs = new Map<string, { bytes: Uint8Array; contentType?: string; writtenAt: number }>();
  const found = (key: string) => {
    assertBlobKey(key);
    return blobs.get(key) ?? null;
  };
  return {
    name: 'memory',
    async put(key: string, body: Uint8Array | ReadableStream<Uint8Array>, options: BlobPutOptions = {}) {
      assertBlobKey(key);
      const bytes = (await toBytes(body)).slice();
      blobs.set(key, { bytes, writtenAt: Date.now(), ...(options.contentType ? { contentType: options.contentType } : {}) });
      return { key, size: bytes.byteLength, ...(options.contentType ? { contentType: options.contentType } : {}) };
    },
    async get(key: string) {
      return found(key)?.bytes.slice() ?? null;
    },
    async head(key: string) {
      const blob = found(key);
      return blob ? { key, size: blob.bytes.byteLength, ...(blob.contentType ? { contentType: blob.contentType } : {}) } : null;
    },
    async readRange(key: string, offset: number, length: number) {
      return found(key)?.bytes.slice(offset, offset + length) ?? null;
    },
    async move(from: string, to: string) {
      const blob = found(from);
      assertBlobKey(to);
      if (!blob) throw new Error(`move: no blob ${from}`);
      blobs.set(to, blob);
      blobs.delete(from);
    },
    async createDirectUpload(key: string, options: DirectUploadOptions) {
      assertBlobKey(key);
      return { url: `memory:${key}`, method: 'PUT' as const, headers: { 'content-type': options.contentType }, expiresAt: Date.now() + options.expiresInSeconds * 1000 };
    },
    async delete(key: string) {
      assertBlobKey(key);
      blobs.delete(key);
    },
    async sweepExpired(before: number, options: { prefix?: string } = {}) {
      let count = 0;
      for (const [key, blob] of blobs) {
        if (options.prefix && !key.startsWith(options.prefix)) continue;
        if (blob.writtenAt < before && blobs.delete(key)) count += 1;
      }
      return count;
    },
  };
}
