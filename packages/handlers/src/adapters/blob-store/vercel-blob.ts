import { KilnConfigError } from '../../core/errors';
import type { BlobPutOptions, BlobStore, DirectUploadOptions, StoredBlob } from '../../ports/blob-store';
import { assertBlobKey, toBytes } from './blob-key';

export interface VercelBlobStoreOptions {
  /** A read-write token of the store. Env: `BLOB_READ_WRITE_TOKEN`. */
  token: string;
  /**
   * `"private"` (the default: CVs are personal data): reading a blob needs the token. `"public"`: anyone
   * with a blob's URL can read it, so Kiln then gives every blob a random suffix and never hands a
   * blob URL to a browser.
   * @default "private"
   */
  access?: 'private' | 'public';
  /** The Blob API. Env: `VERCEL_BLOB_API_URL` (as `@vercel/blob` reads it). @default "https://vercel.com/api/blob" */
  apiUrl?: string;
}

interface BlobInfo {
  url: string;
  pathname: string;
  size?: number;
  contentType?: string;
  uploadedAt?: string;
}

const API_VERSION = '12';

/**
 * Uploaded files on Vercel Blob, private by default, with client-upload tokens for direct browser
 * uploads. It speaks the Blob HTTP API with `fetch` — the protocol `@vercel/blob` 2.x speaks (pinned by
 * its `x-api-version`), and its client-token format — rather than through the SDK, so it needs no
 * dependency and runs unchanged on Node and on the Edge runtime. The tests run `@vercel/blob` against
 * the same contract server first, so a drift between the two shows there.
 *
 * @example
 * import { createVercelBlobStore } from '@kiln/handlers/vercel-blob';
 * const blobs = createVercelBlobStore({ token: process.env.BLOB_READ_WRITE_TOKEN! });
 */
export function createVercelBlobStore(options: VercelBlobStoreOptions): BlobStore {
  const token = options.token;
  const storeId = token?.split('_')[3];
  if (!token || !token.startsWith('vercel_blob_rw_') || !storeId) {
    throw new KilnConfigError('BLOB_READ_WRITE_TOKEN must be a Vercel Blob read-write token (vercel_blob_rw_<store>_<secret>), from the store\'s settings.', 'blobs', 'BLOB_READ_WRITE_TOKEN');
  }
  const access = options.access ?? 'private';
  const base = () => (options.apiUrl ?? globalThis.process?.env?.VERCEL_BLOB_API_URL ?? 'https://vercel.com/api/blob').replace(/\/$/, '');
  const headers = (extra: Record<string, string> = {}) => ({ authorization: `Bearer ${token}`, 'x-api-version': API_VERSION, 'x-vercel-blob-store-id': storeId, ...extra });

  /** One API call, tried again on a network error or a 5xx; a 404 `not_found` is `null`. */
  const api = async <T>(path: string, init: RequestInit & { headers?: Record<string, string> } = {}): Promise<T | null> => {
    for (let attempt = 1; ; attempt++) {
      let response: Response;
      try {
        response = await fetch(`${base()}${path}`, { ...init, headers: headers(init.headers) });
      } catch (error) {
        if (attempt >= 3) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
        continue;
      }
      if (response.ok) return (await response.json()) as T;
      const body = (await response.json().catch(() => ({}))) as { error?: { code?: string; message?: string } };
      if (body.error?.code === 'not_found') return null;
      if (response.status >= 500 && attempt < 3) {
        await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
        continue;
      }
      throw new Error(`Vercel Blob answered ${response.status}: ${body.error?.code ?? 'error'}: ${body.error?.message ?? response.statusText}`);
    }
  };

  /** The stored pathname of a key: the key itself, or on a public store the key with its random suffix. */
  const locate = async (key: string): Promise<BlobInfo | null> => {
    assertBlobKey(key);
    if (access === 'private') return api<BlobInfo>(`?url=${encodeURIComponent(key)}`, { method: 'GET' });
    const listed = await api<{ blobs: BlobInfo[] }>(`?limit=1&prefix=${encodeURIComponent(`${key}-`)}`, { method: 'GET' });
    return listed?.blobs[0] ?? null;
  };

  const download = async (info: BlobInfo, range?: string): Promise<Uint8Array> => {
    const response = await fetch(info.url, { headers: { ...(access === 'private' ? { authorization: `Bearer ${token}` } : {}), ...(range ? { range } : {}) } });
    if (response.status === 416) return new Uint8Array();
    if (!response.ok) throw new Error(`Reading ${info.pathname} from Vercel Blob answered ${response.status}.`);
    return new Uint8Array(await response.arrayBuffer());
  };

  const putHeaders = (contentType?: string): Record<string, string> => ({
    'x-vercel-blob-access': access,
    'x-add-random-suffix': access === 'public' ? '1' : '0',
    'x-allow-overwrite': access === 'public' ? '0' : '1',
    ...(contentType ? { 'x-content-type': contentType } : {}),
  });

  return {
    name: 'vercel-blob',
    async put(key: string, body: Uint8Array | ReadableStream<Uint8Array>, putOptions: BlobPutOptions = {}): Promise<StoredBlob> {
      assertBlobKey(key);
      const bytes = await toBytes(body);
      await api(`/?pathname=${encodeURIComponent(key)}`, { method: 'PUT', headers: putHeaders(putOptions.contentType), body: bytes as BodyInit });
      return { key, size: bytes.byteLength, ...(putOptions.contentType ? { contentType: putOptions.contentType } : {}) };
    },
    async get(key: string) {
      const info = await locate(key);
      return info ? download(info) : null;
    },
    async head(key: string) {
      let info = await locate(key);
      if (info && info.size === undefined) info = await api<BlobInfo>(`?url=${encodeURIComponent(info.url)}`, { method: 'GET' });
      return info ? { key, size: info.size ?? 0, ...(info.contentType ? { contentType: info.contentType } : {}) } : null;
    },
    async readRange(key: string, offset: number, length: number) {
      const info = await locate(key);
      if (!info) return null;
      return length <= 0 ? new Uint8Array() : download(info, `bytes=${offset}-${offset + length - 1}`);
    },
    async move(from: string, to: string) {
      assertBlobKey(to);
      const info = await locate(from);
      if (!info) throw new Error(`move: no blob ${from}`);
      await api(`/?${new URLSearchParams({ pathname: to, fromUrl: info.url })}`, { method: 'PUT', headers: putHeaders(info.contentType) });
      await api('/delete', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ urls: [info.url] }) });
    },
    async delete(key: string) {
      const info = await locate(key);
      if (info) await api('/delete', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ urls: [info.url] }) });
    },
    async createDirectUpload(key: string, upload: DirectUploadOptions) {
      assertBlobKey(key);
      const validUntil = Date.now() + upload.expiresInSeconds * 1000;
      const clientToken = await createClientToken(token, storeId, {
        pathname: key,
        maximumSizeInBytes: upload.maxBytes,
        allowedContentTypes: [upload.contentType],
        validUntil,
        addRandomSuffix: access === 'public',
        allowOverwrite: false,
      });
      // The browser talks to the Blob API itself, with a token good for this one pathname, up to the
      // declared size, this type, and a quarter of an hour; no blob URL leaves the server.
      return {
        url: `${base()}/?pathname=${encodeURIComponent(key)}`,
        method: 'PUT' as const,
        headers: { authorization: `Bearer ${clientToken}`, 'x-api-version': API_VERSION, 'x-vercel-blob-access': access, 'x-content-type': upload.contentType },
        expiresAt: validUntil,
      };
    },
    async sweepExpired(before: number, sweep: { prefix?: string } = {}) {
      // List everything first, then delete: deleting while paging could shift the pages under the cursor.
      const old: string[] = [];
      let cursor: string | undefined;
      do {
        const query = new URLSearchParams({ limit: '1000', prefix: sweep.prefix ?? '', ...(cursor ? { cursor } : {}) });
        const page = await api<{ blobs: BlobInfo[]; cursor?: string; hasMore: boolean }>(`?${query}`, { method: 'GET' });
        for (const blob of page?.blobs ?? []) if (blob.uploadedAt && Date.parse(blob.uploadedAt) < before) old.push(blob.url);
        cursor = page?.hasMore ? page.cursor : undefined;
      } while (cursor);
      for (let i = 0; i < old.length; i += 1000) {
        await api('/delete', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ urls: old.slice(i, i + 1000) }) });
      }
      return old.length;
    },
  };
}

/**
 * A client-upload token in `@vercel/blob`'s format (`generateClientTokenFromReadWriteToken`): the
 * payload in base64, signed with HMAC-SHA256 keyed by the read-write token — made with Web Crypto.
 */
export async function createClientToken(readWriteToken: string, storeId: string, payload: Record<string, unknown>): Promise<string> {
  const encoder = new TextEncoder();
  const payloadBase64 = btoa(String.fromCharCode(...encoder.encode(JSON.stringify(payload))));
  const key = await crypto.subtle.importKey('raw', encoder.encode(readWriteToken), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const signature = [...new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(payloadBase64)))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `vercel_blob_client_${storeId}_${btoa(`${signature}.${payloadBase64}`)}`;
}
