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
  /** Where the browser sends the file's bytes, as the body of `method`. */
  url: string;
  method: 'PUT' | 'POST';
  /** Headers the browser must send with it (e.g. the signed Content-Type). */
  headers: Record<string, string>;
  /** When `url` stops working (ms since epoch). */
  expiresAt: number;
}

export interface DirectUploadOptions {
  /** The MIME type the browser declared; stores that sign it require the upload to carry it. */
  contentType: string;
  /** The size the browser declared; stores that can sign it refuse any other length. */
  size: number;
  /** The most the store may accept, where it can enforce it (Kiln passes the declared size). */
  maxBytes: number;
  /** How long the URL works. */
  expiresInSeconds: number;
}

export interface BlobStore {
  readonly name: string;
  put(key: string, body: Uint8Array | ReadableStream<Uint8Array>, options?: BlobPutOptions): Promise<StoredBlob>;
  /** The bytes, or `null` if no blob has this key. */
  get(key: string): Promise<Uint8Array | null>;
  delete(key: string): Promise<void>;
  /** Size and type of a stored blob without reading it, or `null` if none has this key. */
  head?(key: string): Promise<StoredBlob | null>;
  /** `length` bytes from `offset` (fewer at the end), or `null` if no blob has this key. */
  readRange?(key: string, offset: number, length: number): Promise<Uint8Array | null>;
  /** Move a blob to another key (copy, then delete the original). */
  move?(from: string, to: string): Promise<void>;
  /**
   * A URL the browser can upload `key` to directly (S3 presigned PUT, Vercel Blob client upload), so a
   * file larger than a function's body limit never passes through one. Stores with it also implement
   * `head`, `readRange` and `move`, which committing a direct upload needs.
   */
  createDirectUpload?(key: string, options: DirectUploadOptions): Promise<DirectUpload>;
  /**
   * Delete blobs written before `before` (ms since epoch), only under `prefix` when given; returns how
   * many. Stores with native expiry (S3 lifecycle rules) may no-op.
   */
  sweepExpired?(before: number, options?: { prefix?: string }): Promise<number>;
  /**
   * `null` when a new blob of about `bytes` fits, else what is full and what an operator can do about
   * it (for the log). Stores with a quota have it (the filesystem store); submit asks before it reads
   * an upload and answers `507` when it is full.
   */
  roomFor?(bytes: number): Promise<string | null>;
  dispose?(): Promise<void>;
}

/** Keys are Kiln-made: letters, digits, `-`, `_`, and `/` between segments. */
export const BLOB_KEY_PATTERN = /^[A-Za-z0-9_-]+(?:\/[A-Za-z0-9_-]+)*$/;
