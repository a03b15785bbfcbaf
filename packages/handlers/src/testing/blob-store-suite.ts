import { describe, expect, it } from 'vitest';
import type { BlobStore } from '../ports/blob-store';

export interface BlobStoreSuiteOptions {
  create(): BlobStore | Promise<BlobStore>;
  cleanup?(blobs: BlobStore): void | Promise<void>;
}

/** The BlobStore port's one conformance suite. */
export function runBlobStoreSuite(name: string, options: BlobStoreSuiteOptions): void {
  const withBlobs = async (body: (blobs: BlobStore) => Promise<void>) => {
    const blobs = await options.create();
    try {
      await body(blobs);
    } finally {
      await options.cleanup?.(blobs);
    }
  };

  describe(`BlobStore conformance: ${name}`, () => {
    it('puts bytes and gets the same bytes back', () =>
      withBlobs(async (blobs) => {
        const bytes = new Uint8Array(64 * 1024).map((_, i) => (i * 31) & 255);
        const stored = await blobs.put('uploads/bytes-test', bytes, { contentType: 'application/pdf' });
        expect(stored).toMatchObject({ key: 'uploads/bytes-test', size: bytes.byteLength });
        expect(await blobs.get('uploads/bytes-test')).toEqual(bytes);
      }));

    it('puts a stream', () =>
      withBlobs(async (blobs) => {
        const stream = new Blob(['hello ', 'world']).stream();
        await blobs.put('uploads/stream-test', stream);
        expect(new TextDecoder().decode((await blobs.get('uploads/stream-test'))!)).toBe('hello world');
      }));

    it('returns null for a missing key and deletes idempotently', () =>
      withBlobs(async (blobs) => {
        expect(await blobs.get('uploads/never-written')).toBeNull();
        await blobs.put('uploads/to-delete', new Uint8Array([1]));
        await blobs.delete('uploads/to-delete');
        await blobs.delete('uploads/to-delete');
        expect(await blobs.get('uploads/to-delete')).toBeNull();
      }));

    it('sweeps blobs written before a time, and keeps newer ones', () =>
      withBlobs(async (blobs) => {
        if (!blobs.sweepExpired) return; // native expiry (lifecycle rules): nothing to check here
        await blobs.put('uploads/old-one', new Uint8Array([1]));
        const cut = Date.now() + 50;
        await new Promise((resolve) => setTimeout(resolve, 100));
        await blobs.put('uploads/new-one', new Uint8Array([2]));
        expect(await blobs.sweepExpired(cut)).toBe(1);
        expect(await blobs.get('uploads/old-one')).toBeNull();
        expect(await blobs.get('uploads/new-one')).toEqual(new Uint8Array([2]));
      }));

    it('refuses keys Kiln would never make (path traversal, client names)', () =>
      withBlobs(async (blobs) => {
        for (const key of ['../escape', 'uploads/../../etc/passwd', '/abs', 'my cv.pdf', 'a//b', '']) {
          await expect(blobs.put(key, new Uint8Array([1]))).rejects.toThrow(/Invalid blob key/);
        }
      }));
  });
}
