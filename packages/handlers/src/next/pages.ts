import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { HostContext, KilnHandler } from '../core/runtime';

/** The parts of Next's `NextApiRequest` / `NextApiResponse` the binding uses. */
type PagesRequest = IncomingMessage & { query?: Record<string, string | string[] | undefined> };
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
    const host: HostContext = {
      ...(res.revalidate ? { revalidate: (path: string) => res.revalidate!(path), router: 'pages' as const } : {}),
      waitUntil: backgroundTask,
      ...(req.query ? { params: req.query } : {}),
    };
    const response = await handler(toWebRequest(req), host);
    await sendWebResponse(response, res);
  };
}

/** Mounts a Kiln handler as an edge Pages API route: the request is already Web-standard. */
export function toPagesEdgeHandler(handler: KilnHandler) {
  return (req: Request): Promise<Response> => handler(req, { waitUntil: backgroundTask });
}

function toWebRequest(req: PagesRequest): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) value.forEach((v) => headers.append(name, v));
    else headers.set(name, value);
  }
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return new Request(url, {
    method,
    headers,
    ...(hasBody ? { body: Readable.toWeb(req) as ReadableStream<Uint8Array>, duplex: 'half' } : {}),
  } as RequestInit);
}

async function sendWebResponse(response: Response, res: ServerResponse): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value);
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
  res.end(response.body ? Buffer.from(await response.arrayBuffer()) : undefined);
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
