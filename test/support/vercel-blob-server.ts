import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A contract server of the Vercel Blob HTTP API, as `@vercel/blob` 2.8 speaks it — no Blob server can
 * run locally, so the tests that use this say so in their names. It serves:
 * - `PUT /api/blob/?pathname=` (a put; with `&fromUrl=` a copy), with a read-write token or a client
 *   token whose HMAC, expiry, pathname, size and content type it checks, as the real service does;
 * - `GET /api/blob?url=` (head) and `GET /api/blob?prefix=&limit=&cursor=` (list);
 * - `POST /api/blob/delete`;
 * - the blobs themselves at `/blobs/<store>/<pathname>` (private ones only with the read-write token;
 *   Range supported), and CORS for browser uploads.
 * Listens on 127.0.0.1.
 */
export interface VercelBlobServer {
  apiUrl: string;
  token: string;
  /** Stored pathnames → bytes, for assertions. */
  blobs: Map<string, { bytes: Buffer; contentType: string; access: string; uploadedAt: Date }>;
  stop(): Promise<void>;
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, PUT, POST, OPTIONS',
  'access-control-allow-headers': 'authorization, content-type, x-api-version, x-vercel-blob-access, x-content-type, x-add-random-suffix, x-allow-overwrite, x-api-blob-request-id, x-api-blob-request-attempt, x-vercel-blob-store-id, x-content-length, x-cache-control-max-age',
};

export async function startVercelBlobServer(storeId = 'kilnteststore'): Promise<VercelBlobServer> {
  const token = `vercel_blob_rw_${storeId}_${'s'.repeat(30)}`;
  const blobs: VercelBlobServer['blobs'] = new Map();
  let origin = '';
  const urlOf = (pathname: string) => `${origin}/blobs/${storeId}/${pathname.split('/').map(encodeURIComponent).join('/')}`;
  const describe = (pathname: string) => {
    const blob = blobs.get(pathname)!;
    return { url: urlOf(pathname), downloadUrl: `${urlOf(pathname)}?download=1`, pathname, size: blob.bytes.length, contentType: blob.contentType, contentDisposition: 'inline', cacheControl: 'public, max-age=2592000', uploadedAt: blob.uploadedAt.toISOString(), etag: `"${blob.bytes.length}"` };
  };
  const pathnameOf = (urlOrPathname: string) => (urlOrPathname.startsWith(origin) ? decodeURIComponent(urlOrPathname.slice(`${origin}/blobs/${storeId}/`.length).split('?')[0]!) : urlOrPathname);
  const send = (res: ServerResponse, status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/json', ...CORS }).end(JSON.stringify(body));
  const fail = (res: ServerResponse, status: number, code: string, message: string) => send(res, status, { error: { code, message } });

  /** The caller's rights: the read-write token, or a client token's checked payload. */
  const authorize = (req: IncomingMessage): { kind: 'rw' } | { kind: 'client'; payload: Record<string, unknown> } | null => {
    const bearer = (req.headers.authorization ?? '').replace(/^Bearer /, '');
    if (bearer === token) return { kind: 'rw' };
    const prefix = `vercel_blob_client_${storeId}_`;
    if (!bearer.startsWith(prefix)) return null;
    const [signature, payloadBase64] = Buffer.from(bearer.slice(prefix.length), 'base64').toString().split('.');
    if (!signature || !payloadBase64 || createHmac('sha256', token).update(payloadBase64).digest('hex') !== signature) return null;
    return { kind: 'client', payload: JSON.parse(Buffer.from(payloadBase64, 'base64').toString()) as Record<string, unknown> };
  };

  const server = createServer(async (req, res) => {
    if (req.method === 'OPTIONS') return res.writeHead(204, CORS).end();
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', origin);

    if (url.pathname.startsWith(`/blobs/${storeId}/`)) {
      const pathname = pathnameOf(`${origin}${url.pathname}`);
      const blob = blobs.get(pathname);
      if (!blob) return res.writeHead(404, CORS).end('not found');
      if (blob.access === 'private' && req.headers.authorization !== `Bearer ${token}`) return res.writeHead(403, CORS).end('forbidden');
      const range = /^bytes=(\d+)-(\d+)$/.exec(req.headers.range ?? '');
      if (range) {
        const start = Number(range[1]);
        if (start >= blob.bytes.length) return res.writeHead(416, CORS).end();
        const part = blob.bytes.subarray(start, Number(range[2]) + 1);
        return res.writeHead(206, { 'content-type': blob.contentType, 'content-length': part.length, ...CORS }).end(part);
      }
      return res.writeHead(200, { 'content-type': blob.contentType, 'content-length': blob.bytes.length, ...CORS }).end(blob.bytes);
    }
    if (!url.pathname.startsWith('/api/blob')) return fail(res, 404, 'not_found', 'no such endpoint');
    const rights = authorize(req);
    if (!rights) return fail(res, 403, 'forbidden', 'Access denied, please provide a valid token for this resource.');
    const route = url.pathname.replace(/^\/api\/blob\/?/, '');

    if (req.method === 'PUT' && route === '') {
      let pathname = url.searchParams.get('pathname') ?? '';
      const access = String(req.headers['x-vercel-blob-access'] ?? 'public');
      const fromUrl = url.searchParams.get('fromUrl');
      if (rights.kind === 'client') {
        if (fromUrl) return fail(res, 403, 'forbidden', 'client tokens cannot copy');
        const { validUntil, pathname: allowed, maximumSizeInBytes, allowedContentTypes } = rights.payload as { validUntil: number; pathname: string; maximumSizeInBytes?: number; allowedContentTypes?: string[] };
        if (Date.now() > validUntil) return fail(res, 400, 'client_token_expired', 'Token expired');
        if (allowed !== pathname) return fail(res, 400, 'bad_request', `"pathname" ${pathname} does not match the token payload`);
        if (maximumSizeInBytes !== undefined && body.length > maximumSizeInBytes) return fail(res, 400, 'file_too_large', `File is too large: the file length cannot be greater than ${maximumSizeInBytes} bytes`);
        const type = String(req.headers['x-content-type'] ?? req.headers['content-type'] ?? '');
        if (allowedContentTypes && !allowedContentTypes.includes(type)) return fail(res, 400, 'content_type_not_allowed', `contentType ${type} is not allowed`);
      }
      const randomSuffix = rights.kind === 'client' ? (rights.payload as { addRandomSuffix?: boolean }).addRandomSuffix : req.headers['x-add-random-suffix'] === '1';
      if (randomSuffix) pathname = `${pathname}-${Math.random().toString(36).slice(2, 10)}`;
      const overwrite = rights.kind === 'client' ? Boolean((rights.payload as { allowOverwrite?: boolean }).allowOverwrite) : req.headers['x-allow-overwrite'] === '1';
      if (blobs.has(pathname) && !overwrite) return fail(res, 400, 'bad_request', 'This blob already exists');
      if (fromUrl) {
        const source = blobs.get(pathnameOf(fromUrl));
        if (!source) return fail(res, 404, 'not_found', 'The requested blob does not exist');
        blobs.set(pathname, { ...source, access, uploadedAt: new Date() });
      } else {
        blobs.set(pathname, { bytes: body, contentType: String(req.headers['x-content-type'] ?? 'application/octet-stream'), access, uploadedAt: new Date() });
      }
      const { size: _size, uploadedAt: _at, cacheControl: _cc, ...put } = describe(pathname);
      return send(res, 200, put);
    }
    if (req.method === 'GET' && url.searchParams.has('url')) {
      const pathname = pathnameOf(url.searchParams.get('url')!);
      return blobs.has(pathname) ? send(res, 200, describe(pathname)) : fail(res, 404, 'not_found', 'The requested blob does not exist');
    }
    if (req.method === 'GET') {
      const prefix = url.searchParams.get('prefix') ?? '';
      const limit = Number(url.searchParams.get('limit') ?? 1000);
      const all = [...blobs.keys()].filter((pathname) => pathname.startsWith(prefix)).sort();
      const start = Number(url.searchParams.get('cursor') ?? 0);
      const page = all.slice(start, start + limit);
      const hasMore = start + limit < all.length;
      return send(res, 200, { blobs: page.map((pathname) => { const { url: u, downloadUrl, size, uploadedAt, etag } = describe(pathname); return { url: u, downloadUrl, pathname, size, uploadedAt, etag }; }), hasMore, ...(hasMore ? { cursor: String(start + limit) } : {}) });
    }
    if (req.method === 'POST' && route === 'delete') {
      for (const target of (JSON.parse(body.toString()) as { urls: string[] }).urls) blobs.delete(pathnameOf(target));
      return send(res, 200, {});
    }
    return fail(res, 400, 'bad_request', `unsupported ${req.method} ${url.pathname}`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    apiUrl: `${origin}/api/blob`,
    token,
    blobs,
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
