import { describe, expect, it } from 'vitest';
import type { BlobStore, DirectUpload } from '../ports/blob-store';

export interface BlobStoreSuiteOptions {
  create(): BlobStore | Promise<BlobStore>;
  cleanup?(blobs: BlobStore): void | Promise<void>;
  /**
   * Sends bytes to a direct-upload target as the browser would (a `fetch` of `target.url`); needed to
   * test `createDirectUpload`. Stores whose URLs nothing can reach (memory) store the bytes themselves.
   */
  uploadDirect?(target: DirectUpload, bytes: Uint8Array, blobs: BlobStore, key: string): Promise<void>;
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

    it('sweeps blobs written before a time, and keeps newer ones', (ctx) =>
      withBlobs(async (blobs) => {
        if (!blobs.sweepExpired) return ctx.skip('this store expires files natively (lifecycle rules): no sweep to check');
        // A second apart on each side: S3 keeps modification times to the second.
        await blobs.put('uploads/old-one', new Uint8Array([1]));
        await new Promise((resolve) => setTimeout(resolve, 1100));
        const cut = Date.now();
        await new Promise((resolve) => setTimeout(resolve, 1100));
        await blobs.put('uploads/new-one', new Uint8Array([2]));
        expect(await blobs.sweepExpired(cut)).toBe(1);
        expect(await blobs.get('uploads/old-one')).toBeNull();
        expect(await blobs.get('uploads/new-one')).toEqual(new Uint8Array([2]));
      }));

    it('tells a blob’s size without reading it, reads a range of it, and moves it', (ctx) =>
      withBlobs(async (blobs) => {
        if (!blobs.head || !blobs.readRange || !blobs.move) return ctx.skip('no head/readRange/move: optional, only direct uploads need them');
        const bytes = new Uint8Array(10_000).map((_, i) => i & 255);
        await blobs.put('direct/range-test', bytes, { contentType: 'application/pdf' });
        expect(await blobs.head('direct/range-test')).toMatchObject({ key: 'direct/range-test', size: 10_000 });
        expect(await blobs.head('direct/never-written')).toBeNull();
        expect(await blobs.readRange('direct/range-test', 0, 5)).toEqual(bytes.slice(0, 5));
        expect(await blobs.readRange('direct/range-test', 9_990, 100)).toEqual(bytes.slice(9_990)); // fewer at the end
        expect(await blobs.readRange('direct/never-written', 0, 5)).toBeNull();
        await blobs.move('direct/range-test', 'uploads/range-test');
        expect(await blobs.get('direct/range-test')).toBeNull();
        expect(await blobs.get('uploads/range-test')).toEqual(bytes);
      }));

    it('sweeps only under a prefix when asked', (ctx) =>
      withBlobs(async (blobs) => {
        if (!blobs.sweepExpired) return ctx.skip('this store expires files natively: no sweep to check');
        await blobs.put('direct/abandoned', new Uint8Array([1]));
        await blobs.put('uploads/kept', new Uint8Array([2]));
        expect(await blobs.sweepExpired(Date.now() + 2000, { prefix: 'direct/' })).toBe(1);
        expect(await blobs.get('direct/abandoned')).toBeNull();
        expect(await blobs.get('uploads/kept')).toEqual(new Uint8Array([2]));
      }));

    it('hands out a direct upload that stores what the browser sends', (ctx) =>
      withBlobs(async (blobs) => {
        if (!blobs.createDirectUpload || !options.uploadDirect) return ctx.skip('this store takes no direct uploads (optional)');
        const bytes = new TextEncoder().encode('%PDF-1.7 direct upload test');
        const target = await blobs.createDirectUpload('direct/upload-test', { contentType: 'application/pdf', size: bytes.byteLength, maxBytes: 1024, expiresInSeconds: 60 });
        expect(target.method === 'PUT' || target.method === 'POST').toBe(true);
        expect(target.expiresAt).toBeGreaterThan(Date.now());
        await options.uploadDirect(target, bytes, blobs, 'direct/upload-test');
        expect(await blobs.head!('direct/upload-test')).toMatchObject({ size: bytes.byteLength });
        expect(await blobs.get('direct/upload-test')).toEqual(bytes);
      }));

    it('refuses keys Kiln would never make (path traversal, client names)', () =>
      withBlobs(async (blobs) => {
        for (const key of ['../escape', 'uploads/../../etc/passwd', '/abs', 'my cv.pdf', 'a//b', '']) {
          await expect(blobs.put(key, new Uint8Array([1]))).rejects.toThrow(/Invalid blob key/);
        }
      }));
  });
}
