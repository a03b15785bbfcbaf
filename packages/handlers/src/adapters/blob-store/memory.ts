import type { BlobPutOptions, BlobStore } from '../../ports/blob-store';
import { assertBlobKey, toBytes } from './blob-key';

/** Blobs in a Map, for tests. */
export function createMemoryBlobStore(): BlobStore {
  const blobs = new Map<string, { bytes: Uint8Array; contentType?: string; writtenAt: number }>();
  return {
    name: 'memory',
    async put(key: string, body: Uint8Array | ReadableStream<Uint8Array>, options: BlobPutOptions = {}) {
      assertBlobKey(key);
      const bytes = (await toBytes(body)).slice();
      blobs.set(key, { bytes, writtenAt: Date.now(), ...(options.contentType ? { contentType: options.contentType } : {}) });
      return { key, size: bytes.byteLength, ...(options.contentType ? { contentType: options.contentType } : {}) };
    },
    async get(key: string) {
      assertBlobKey(key);
      return blobs.get(key)?.bytes.slice() ?? null;
    },
    async delete(key: string) {
      assertBlobKey(key);
      blobs.delete(key);
    },
    async sweepExpired(before: number) {
      let count = 0;
      for (const [key, blob] of blobs) if (blob.writtenAt < before && blobs.delete(key)) count += 1;
      return count;
    },
  };
}
