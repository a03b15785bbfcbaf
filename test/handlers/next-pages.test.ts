import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toPagesApiHandler } from '@kiln/handlers/next';
import { createRevalidateHandler, createStatusHandler, createSubmitHandler } from '../support/handlers';
import { kilnUnderTest, multipart, PDF, SECRETS } from '../support/kiln-under-test';

/**
 * The Pages API binding behind a real HTTP server, with and without what Next's default `bodyParser`
 * does before a route runs: read the whole stream and leave `req.body` (JSON parsed, forms parsed,
 * anything else as a string). The demo's integration test covers the same through `next start`.
 */
type Route = (req: IncomingMessage & { body?: unknown }, res: ServerResponse & { revalidate?: (path: string) => Promise<void> }) => Promise<void>;

async function nextLikeBodyParser(req: IncomingMessage & { body?: unknown }): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  const type = req.headers['content-type'] ?? '';
  if (type.includes('application/json')) req.body = text ? JSON.parse(text) : {};
  else if (type.includes('application/x-www-form-urlencoded')) req.body = Object.fromEntries(new URLSearchParams(text));
  else req.body = text;
}

describe.each([
  ['bodyParser: false', false],
  ['Next’s default bodyParser', true],
] as const)('toPagesApiHandler with %s', (_label, bodyParser) => {
  const { kiln } = kilnUnderTest();
  const routes: Record<string, Route> = {
    '/api/cv/submit': toPagesApiHandler(createSubmitHandler(kiln)),
    '/api/revalidate': toPagesApiHandler(createRevalidateHandler(kiln)),
  };
  const status = toPagesApiHandler(createStatusHandler(kiln));
  const revalidated: string[] = [];
  const server = createServer(async (req, res) => {
    if (bodyParser) await nextLikeBodyParser(req);
    const route = routes[req.url!.split('?')[0]!] ?? status;
    await route(req, Object.assign(res, { revalidate: async (path: string) => void revalidated.push(path) }));
  });
  let base = '';
  beforeAll(() => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve(void (base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`)))));
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it.each(['PUT', 'POST', 'PATCH'])('%s on the status route answers 405 with Allow, with or without a body', async (method) => {
    for (const init of [{}, { body: '{"status":"completed"}', headers: { 'content-type': 'application/json' } }, { body: 'a=1&b=2', headers: { 'content-type': 'application/x-www-form-urlencoded' } }]) {
      const response = await fetch(`${base}/api/cv/abcdefghijklmnopqrstuvwx`, { method, ...init });
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('GET, HEAD, DELETE');
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('method_not_allowed');
    }
  });

  it('DELETE on the status route reaches the handler, with or without a body: an unknown job is a 404', async () => {
    for (const init of [{}, { body: '{"x":1}', headers: { 'content-type': 'application/json' } }]) {
      const response = await fetch(`${base}/api/cv/abcdefghijklmnopqrstuvwx`, { method: 'DELETE', ...init });
      expect(response.status).toBe(404);
      expect(response.headers.get('x-robots-tag')).toBe('noindex');
    }
  });

  it('the revalidate route reads its JSON body either way', async () => {
    const path = '/cv/abcdefghijklmnopqrstuvwx';
    const response = await fetch(`${base}/api/revalidate`, { method: 'POST', headers: { authorization: `Bearer ${SECRETS.revalidateSecret}`, 'content-type': 'application/json' }, body: JSON.stringify({ path }) });
    expect(response.status).toBe(200);
    expect(revalidated.at(-1)).toBe(path);
  });

  it(bodyParser ? 'an upload route that kept the bodyParser is refused with a message naming the fix' : 'an upload is accepted', async () => {
    const request = multipart('cv', PDF);
    const response = await fetch(`${base}/api/cv/submit`, { method: 'POST', body: await request.arrayBuffer(), headers: { 'content-type': request.headers.get('content-type')! } });
    if (!bodyParser) return expect(response.status).toBe(202);
    expect(response.status).toBe(500);
    expect(((await response.json()) as { error: { message: string } }).error.message).toContain('export const config = { api: { bodyParser: false } }');
  });
});
