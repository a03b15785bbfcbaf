import { Readable } from 'node:stream';

/**
 * What a Pages API route receives, without a server: a Node request (a readable stream with method,
 * url and headers, plus what Next adds: `query`, and `body` when its bodyParser is on) and a response
 * that records what the route did. Cheap enough to send thousands of generated requests through
 * `toPagesApiHandler`; test/handlers/next-pages.test.ts runs the same binding over real HTTP.
 */
export interface FakePagesRequest {
  method: string;
  url: string;
  headers: Record<string, string | string[]>;
  body: Uint8Array | null;
  /** What Next's bodyParser left in `req.body` (`undefined`: the route turned it off). */
  parsed: unknown;
  query: Record<string, string | string[]> | undefined;
}

export function fakePagesRequest(c: FakePagesRequest): never {
  const req = Readable.from(c.body ? [Buffer.from(c.body)] : []) as unknown as Record<string, unknown>;
  Object.assign(req, { method: c.method, url: c.url, headers: c.headers, ...(c.query ? { query: c.query } : {}), ...(c.parsed !== undefined ? { body: c.parsed } : {}) });
  return req as never;
}

/** The ServerResponse calls the binding makes, recorded; `revalidate` (Next's `res.revalidate`) records its paths. */
export function fakePagesResponse(revalidations: string[]) {
  const headers = new Map<string, unknown>();
  const res = {
    statusCode: 200,
    ended: false,
    body: Buffer.alloc(0),
    setHeader(name: string, value: unknown) {
      headers.set(name.toLowerCase(), value);
      return res;
    },
    end(chunk?: Uint8Array) {
      res.ended = true;
      if (chunk) res.body = Buffer.from(chunk);
      return res;
    },
    revalidate: async (path: string) => void revalidations.push(path),
    /** What was sent, as a Web Response. */
    toResponse: () => new Response(res.body.byteLength ? res.body : null, { status: res.statusCode, headers: new Headers([...headers].map(([k, v]): [string, string] => [k, String(v)])) }),
  };
  return res;
}
