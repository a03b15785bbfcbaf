/**
 * The BlobStore port: where uploaded files live between submit and processing. Keys are always made
 * by Kiln (never from a client's file name).
 */
export interface BlobPutOptions {
  contentType?: string;
}

export interface StoredBlob {
  key: string;
  size: number;
  contentType?: string;
}

/** A way for the browser to upload straight to storage, where the backend has one. */
export interface DirectUpload {
  url: string;
  method: 'PUT' | 'POST';
  headers: Record<string, string>;
  expiresAt: number;
}

export interface BlobStore {
  readonly name: string;
  put(key: string, body: Uint8Array | ReadableStream<Uint8Array>, options?: BlobPutOptions): Promise<StoredBlob>;
  /** The bytes, or `null` if no blob has this key. */
  get(key: string): Promise<Uint8Array | null>;
  delete(key: string): Promise<void>;
  /** Backends with direct browser uploads (S3 presigned PUT, Vercel Blob client upload) implement this. */
  createDirectUpload?(key: string, options: { contentType?: string; maxBytes: number }): Promise<DirectUpload>;
  /** Delete blobs written before `before` (ms since epoch); returns how many. Stores with native expiry may no-op. */
  sweepExpired?(before: number): Promise<number>;
  dispose?(): Promise<void>;
}

/** Keys are Kiln-made: letters, digits, `-`, `_`, and `/` between segments. */
export const BLOB_KEY_PATTERN = /^[A-Za-z0-9_-]+(?:\/[A-Za-z0-9_-]+)*$/;
