import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HostContext, KilnHandler } from '../core/runtime';

/**
 * The parts of Next's `NextApiRequest` / `NextApiResponse` the binding uses. `body` is there when the
 * route kept Next's default `bodyParser`, which has already read the request stream.
 */
type PagesRequest = IncomingMessage & { query?: Record<string, string | string[] | undefined>; body?: unknown };
type PagesResponse = ServerResponse & { revalidate?: (path: string) => Promise<void> };

/**
 * Mounts a Kiln handler as a Pages API route (Node runtime). Also export
 * `config = { api: { bodyParser: false } }` from the route, so uploads reach Kiln unread.
 *
 * @example
 * // pages/api/cv/submit.ts
 * export const config = { api: { bodyParser: false } };
 * export default toPagesApiHandler(createSubmitHandler(kiln));
 */
export function toPagesApiHandler(handler: KilnHandler) {
  return async (req: PagesRequest, res: PagesResponse): Promise<void> => {
    const receivedAt = Date.now();
    const bodyParsed = req.body !== undefined || req.readableEnded;
    const host: HostContext = {
      receivedAt,
      ...(bodyParsed ? { bodyParsed: true } : {}),
      ...(res.revalidate ? { revalidate: (path: string) => res.revalidate!(path), router: 'pages' as const } : {}),
      waitUntil: backgroundTask,
      ...(req.query ? { params: req.query } : {}),
    };
    const response = await handler(toWebRequest(req), host);
    await sendWebResponse(response, res);
  };
}

/**
 * Mounts a Kiln handler as an edge Pages API route: the request is already Web-standard, and work
 * after the response (none by default: the kick is off on the Edge runtime) is kept alive with the
 * route's `waitUntil`.
 *
 * @example
 * // pages/api/cv/submit.ts
 * export const config = { runtime: 'edge' };
 * export default toPagesEdgeHandler(createSubmitHandler(kiln));
 */
export function toPagesEdgeHandler(handler: KilnHandler) {
  return (req: Request, event?: { waitUntil?(promise: Promise<unknown>): void }): Promise<Response> =>
    handler(req, { receivedAt: Date.now(), waitUntil: event?.waitUntil ? (promise) => event.waitUntil!(promise) : backgroundTask });
}

function toWebRequest(req: PagesRequest): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) value.forEach((v) => headers.append(name, v));
    else headers.set(name, value);
  }
  const url = requestUrl(req);
  const method = req.method ?? 'GET';
  const body = method === 'GET' || method === 'HEAD' ? undefined : requestBody(req, headers);
  return new Request(url, { method, headers, ...(body === undefined ? {} : { body, duplex: 'half' }) } as RequestInit);
}

/**
 * The request's URL. The Host header is the client's to write: an empty or malformed one (`Host: `,
 * `Host: [`) must not make the route throw, so it falls back to localhost, as does a target that is
 * no URL at all (`//`); credentials in it (`Host: user@host`) are dropped, since `new Request` refuses
 * a URL that carries them. The handlers read only the path and query from it.
 */
function requestUrl(req: PagesRequest): URL {
  const target = req.url ?? '/';
  for (const base of [`http://${req.headers.host ?? 'localhost'}`, 'http://localhost']) {
    try {
      const url = new URL(target, base);
      url.username = '';
      url.password = '';
      return url;
    } catch {
      // try the next base
    }
  }
  return new URL('http://localhost/');
}

/**
 * The request body as a Web body. Unread, it is the stream itself. With Next's `bodyParser` on, the
 * stream is spent and `req.body` holds what Next made of it: JSON and forms are serialised again;
 * text comes back as text. (An upload cannot be rebuilt from Next's string: the submit handler refuses
 * such a route with a message naming the fix.)
 */
function requestBody(req: PagesRequest, headers: Headers): BodyInit | undefined {
  if (req.body === undefined) return req.readableEnded ? undefined : streamOf(req);
  headers.delete('content-length'); // the serialised body may differ in length from the original
  const parsed = req.body;
  if (typeof parsed === 'string') return parsed;
  if (parsed instanceof Uint8Array) return new Uint8Array(parsed);
  if (parsed === null || typeof parsed !== 'object') return undefined;
  const type = headers.get('content-type') ?? '';
  if (type.includes('application/x-www-form-urlencoded')) {
    const form = new URLSearchParams();
    for (const [key, value] of Object.entries(parsed)) (Array.isArray(value) ? value : [value]).forEach((v) => form.append(key, String(v)));
    return form.toString();
  }
  return JSON.stringify(parsed);
}

/** The request stream as a Web stream, pulled as the reader asks (no Node import: this file also serves edge routes). */
function streamOf(req: AsyncIterable<Uint8Array>): ReadableStream<Uint8Array> {
  const chunks = req[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await chunks.next();
      if (done) controller.close();
      else controller.enqueue(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
    },
    async cancel() {
      await chunks.return?.();
    },
  });
}

async function sendWebResponse(response: Response, res: ServerResponse): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value);
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
  res.end(response.body ? new Uint8Array(await response.arrayBuffer()) : undefined);
}

/**
 * Keeps background work alive after the response. On Vercel this is the platform's `waitUntil`
 * (what `@vercel/functions` wraps); under `next start` the process lives on, so a handled promise is enough.
 * `after()` from next/server cannot be used here: it throws in Pages API routes.
 */
export function backgroundTask(promise: Promise<unknown>): void {
  const context = (globalThis as Record<symbol, { get?: () => { waitUntil?: (p: Promise<unknown>) => void } } | undefined>)[
    Symbol.for('@vercel/request-context')
  ];
  const waitUntil = context?.get?.()?.waitUntil;
  if (waitUntil) waitUntil(promise);
  else promise.catch(() => {});
}
