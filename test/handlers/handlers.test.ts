import { describe, expect, it } from 'vitest';
import {
  createGetStaticProps,
  createProcessHandler,
  createRevalidateHandler,
  createStatusHandler,
  createSubmitHandler,
} from '../support/handlers';
import { kilnUnderTest, multipart, PDF, SECRETS } from '../support/kiln-under-test';

const errorOf = async (response: Response) => ((await response.json()) as { error: { code: string; message: string } }).error;

describe('submit handler', () => {
  it('accepts a PDF with 202 {message, jobId, statusUrl} and stores file, record and message', async () => {
    const { kiln, ports } = kilnUnderTest();
    const response = await createSubmitHandler(kiln)(multipart('cv', PDF));
    expect(response.status).toBe(202);
    const body = (await response.json()) as { jobId: string; statusUrl: string; message: string };
    expect(body.jobId).toMatch(/^[A-Za-z0-9_-]{21,}$/);
    expect(body.statusUrl).toBe(`/cv/${body.jobId}`);
    expect(body.message).toMatch(/received/);
    expect(response.headers.get('location')).toBe(new URL(body.statusUrl, 'http://localhost').href);
    const record = await ports.store.get(body.jobId);
    expect(record).toMatchObject({ status: 'queued', input: { size: PDF.byteLength, contentType: 'application/pdf' } });
    expect(await ports.blobs.get(record!.input.blobKey)).toEqual(PDF);
    expect(record!.input.blobKey).not.toContain('cv.pdf'); // the client's name never becomes a key
    const [message] = await ports.queue.receive({ maxMessages: 10, visibilityTimeoutSeconds: 0 });
    expect(JSON.parse(message!.body)).toEqual({ v: 1, jobId: body.jobId });
  });

  it('detects DOCX and text by content, whatever the client claims', async () => {
    const { kiln, ports } = kilnUnderTest();
    const submit = createSubmitHandler(kiln);
    const docx = new Uint8Array([...new TextEncoder().encode('PK\u0003\u0004\u0014\u0000'), ...new TextEncoder().encode('word/document.xml')]);
    const a = (await (await submit(multipart('cv', docx, 'cv.pdf', 'application/pdf'))).json()) as { jobId: string };
    const b = (await (await submit(multipart('cv', 'Jane Doe\nEngineer, 简历\n', 'x.bin', 'application/octet-stream'))).json()) as { jobId: string };
    expect((await ports.store.get(a.jobId))?.input.contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect((await ports.store.get(b.jobId))?.input.contentType).toBe('text/plain');
  });

  it.each([
    ['GET', 405, 'method_not_allowed'],
    ['PUT', 405, 'method_not_allowed'],
  ])('refuses %s with %i and an Allow header', async (method, status, code) => {
    const { kiln } = kilnUnderTest();
    const response = await createSubmitHandler(kiln)(new Request('http://localhost/api/cv/submit', { method }));
    expect(response.status).toBe(status);
    expect(response.headers.get('allow')).toBe('GET, POST');
    expect((await errorOf(response)).code).toBe(code);
  });

  it('400 when the file is missing, in another field, text instead of a file, or empty', async () => {
    const { kiln, ports } = kilnUnderTest();
    const submit = createSubmitHandler(kiln);
    const textField = new FormData();
    textField.set('cv', 'just a string');
    const cases: [Request, string][] = [
      [multipart('resume', PDF), 'missing_file'],
      [new Request('http://localhost/api/cv/submit', { method: 'POST', body: textField }), 'missing_file'],
      [multipart('cv', new Uint8Array()), 'empty_file'],
    ];
    for (const [request, code] of cases) {
      const response = await submit(request);
      expect(response.status).toBe(400);
      const error = await errorOf(response);
      expect(error.code).toBe(code);
      expect(error.message).toMatch(/"cv"|empty/);
    }
    expect(await ports.queue.receive({ maxMessages: 10, visibilityTimeoutSeconds: 0 })).toEqual([]);
  });

  it('413 above the size limit, by Content-Length and by counting an unsized stream', async () => {
    const { kiln } = kilnUnderTest({ maxUploadBytes: 1000 });
    const submit = createSubmitHandler(kiln);
    const big = new Uint8Array(50_000).fill(65);
    const declared = await submit(multipart('cv', big));
    expect(declared.status).toBe(413);
    expect((await errorOf(declared)).message).toContain('1000 bytes');
    const form = multipart('cv', big);
    const streamed = new Request(form.url, { method: 'POST', headers: { 'content-type': form.headers.get('content-type')! }, body: form.body, duplex: 'half' } as RequestInit);
    expect(streamed.headers.get('content-length')).toBeNull();
    expect((await submit(streamed)).status).toBe(413);
    const justOver = await submit(multipart('cv', new Uint8Array(1001).fill(65)));
    expect(justOver.status).toBe(413);
    expect((await submit(multipart('cv', new Uint8Array(1000).fill(65)))).status).toBe(202);
  });

  it('415 for content that is not PDF, DOCX or text, and for a body that is not multipart', async () => {
    const { kiln } = kilnUnderTest();
    const submit = createSubmitHandler(kiln);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
    const xlsx = new TextEncoder().encode('PK\u0003\u0004\u0014\u0000xl/workbook.xml');
    for (const bytes of [png, xlsx]) {
      const response = await submit(multipart('cv', bytes, 'cv.pdf', 'application/pdf'));
      expect(response.status).toBe(415);
      expect((await errorOf(response)).message).toMatch(/PDF, DOCX, TXT/);
    }
    const text = await submit(new Request('http://localhost/api/cv/submit', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'my cv' }));
    expect(text.status).toBe(415);
    expect((await errorOf(text)).message).toMatch(/multipart\/form-data/);
    // JSON is a direct-upload commit: without its token it is a 400 that says what to send.
    const json = await submit(new Request('http://localhost/api/cv/submit', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }));
    expect(json.status).toBe(400);
    expect((await errorOf(json)).message).toMatch(/directUpload.*multipart\/form-data/);
  });

  it.each(['queue', 'blobs'] as const)('503 and nothing kept when the %s adapter fails at submit', async (failing) => {
    const { kiln, ports } = kilnUnderTest();
    const outage = async () => {
      throw new Error(`${failing} unavailable`);
    };
    if (failing === 'queue') ports.queue.send = outage;
    else ports.blobs.put = outage;
    const response = await createSubmitHandler(kiln)(multipart('cv', PDF));
    expect(response.status).toBe(503);
    expect((await errorOf(response)).message).toMatch(/nothing was kept/);
    expect(await ports.queue.receive({ maxMessages: 10, visibilityTimeoutSeconds: 0 })).toEqual([]);
  });

  it('kicks a processor after answering, so the job runs without cron', async () => {
    const { kiln, ports } = kilnUnderTest({ kickAfterSubmit: true });
    const background: Promise<unknown>[] = [];
    const revalidated: string[] = [];
    const response = await createSubmitHandler(kiln)(multipart('cv', 'plain text cv'), {
      waitUntil: (p) => void background.push(p),
      revalidate: async (p) => void revalidated.push(p),
    });
    const { jobId } = (await response.json()) as { jobId: string };
    expect(background).toHaveLength(1);
    await Promise.all(background);
    expect(await ports.store.get(jobId)).toMatchObject({ status: 'completed', result: { text: 'plain text cv' } });
    expect(revalidated).toEqual([`/cv/${jobId}`]);
  });
});

describe('status handler', () => {
  it('200 with the public view (no storage details, no result by default)', async () => {
    const { kiln } = kilnUnderTest();
    const { jobId } = (await (await createSubmitHandler(kiln)(multipart('cv', PDF))).json()) as { jobId: string };
    const response = await createStatusHandler(kiln)(new Request(`http://localhost/api/cv/${jobId}`));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const job = (await response.json()) as Record<string, unknown>;
    expect(job).toMatchObject({ id: jobId, status: 'queued', attempts: 0, error: null, revalidatedAt: null });
    expect(job).not.toHaveProperty('input');
    expect(job).not.toHaveProperty('result');
  });

  it('400 for a malformed id, 404 for an unknown one, 405 for POST', async () => {
    const { kiln } = kilnUnderTest();
    const status = createStatusHandler(kiln);
    expect((await status(new Request('http://localhost/api/cv/..%2F..%2Fetc'))).status).toBe(400);
    const unknown = await status(new Request('http://localhost/api/cv/x'), { params: { jobId: 'unknownunknownunknownunk' } });
    expect(unknown.status).toBe(404);
    expect((await errorOf(unknown)).message).toMatch(/expired/);
    const post = await status(new Request('http://localhost/api/cv/x', { method: 'POST' }));
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD, DELETE');
  });
});

describe('process handler', () => {
  const call = (init: RequestInit & { url?: string } = {}) => new Request(init.url ?? 'http://localhost/api/cv/process', { method: 'POST', ...init });

  it('401 without the bearer secret, with a wrong one, and with ?secret= (refused unless allowed)', async () => {
    const { kiln } = kilnUnderTest();
    const process = createProcessHandler(kiln);
    expect((await process(call())).status).toBe(401);
    expect((await process(call({ headers: { authorization: 'Bearer wrong' } }))).status).toBe(401);
    const query = await process(call({ url: `http://localhost/api/cv/process?secret=${SECRETS.cronSecret}` }));
    expect(query.status).toBe(401);
    expect((await errorOf(query)).code).toBe('secret_in_query');
    const allowed = kilnUnderTest({ allowSecretInQuery: true }).kiln;
    expect((await createProcessHandler(allowed)(call({ url: `http://localhost/api/cv/process?secret=${SECRETS.cronSecret}` }))).status).toBe(200);
  });

  it('runs the queue for Vercel Cron (GET) and for POST, reporting what it did', async () => {
    const { kiln } = kilnUnderTest();
    await createSubmitHandler(kiln)(multipart('cv', 'text'));
    const process = createProcessHandler(kiln);
    const auth = { authorization: `Bearer ${SECRETS.cronSecret}` };
    const first = await process(call({ method: 'GET', headers: auth }));
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ received: 1, completed: 1, stoppedBecause: 'empty' });
    expect(await (await process(call({ headers: auth }))).json()).toMatchObject({ received: 0 });
    const put = await process(call({ method: 'PUT', headers: auth }));
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET, POST');
  });
});

describe('revalidate handler', () => {
  const auth = { authorization: `Bearer ${SECRETS.revalidateSecret}`, 'content-type': 'application/json' };
  const post = (body: unknown, headers: Record<string, string> = auth) =>
    new Request('http://localhost/api/revalidate', { method: 'POST', headers, body: JSON.stringify(body) });

  it('regenerates a declared job page through the host', async () => {
    const { kiln } = kilnUnderTest();
    const seen: string[] = [];
    const path = '/cv/abcdefghijklmnopqrstuvwx';
    const response = await createRevalidateHandler(kiln)(post({ path }), { revalidate: async (p) => void seen.push(p) });
    expect(response.status).toBe(200);
    expect(seen).toEqual([path]);
  });

  it('refuses other paths (403), bad bodies (400), missing or query secrets (401), GET (405)', async () => {
    const { kiln } = kilnUnderTest();
    const revalidate = createRevalidateHandler(kiln);
    const host = { revalidate: async () => {} };
    for (const path of ['/', '/api/cv/submit', '/cv/short', '/cv/abcdefghijklmnopqrstuvwx/../../admin']) {
      const response = await revalidate(post({ path }), host);
      expect(response.status).toBe(403);
      expect((await errorOf(response)).message).toContain('/cv/<jobId>');
    }
    expect((await revalidate(post({ nope: 1 }), host)).status).toBe(400);
    expect((await revalidate(post({ path: '/cv/abcdefghijklmnopqrstuvwx' }, {}), host)).status).toBe(401);
    const query = new Request(`http://localhost/api/revalidate?secret=${SECRETS.revalidateSecret}&path=/cv/abcdefghijklmnopqrstuvwx`, { method: 'POST' });
    expect((await errorOf(await revalidate(query, host))).code).toBe('secret_in_query');
    expect((await revalidate(new Request('http://localhost/api/revalidate'), host)).status).toBe(405);
  });
});

describe('getStaticProps', () => {
  it('404s an unknown or malformed id for a short time only, and caches terminal pages until revalidated or expired', async () => {
    const { kiln } = kilnUnderTest();
    const getStaticProps = createGetStaticProps(kiln);
    expect(await getStaticProps({ params: { jobId: 'unknownunknownunknownunk' } })).toEqual({ notFound: true, revalidate: 10 });
    expect(await getStaticProps({ params: { jobId: '../x' } })).toEqual({ notFound: true, revalidate: 10 });
    const { jobId } = (await (await createSubmitHandler(kiln)(multipart('cv', 'text'))).json()) as { jobId: string };
    expect(await getStaticProps({ params: { jobId } })).toMatchObject({ props: { job: { id: jobId, status: 'queued' } }, revalidate: 5 });
    await createProcessHandler(kiln)(new Request('http://localhost/p', { method: 'POST', headers: { authorization: `Bearer ${SECRETS.cronSecret}` } }));
    const done = await getStaticProps({ params: { jobId } });
    // Until regenerated on demand, or at the latest when the record expires (7 days by default).
    expect(done).toMatchObject({ props: { job: { status: 'completed', result: { text: 'text' } } } });
    expect((done as { revalidate: number }).revalidate).toBeGreaterThan(7 * 24 * 3600 - 60);
    expect(JSON.stringify(done)).not.toContain('undefined');
  });
});

describe('choosing how to regenerate the result page', () => {
  it('an App Router host with a Pages result page goes over HTTP to the revalidate endpoint, not revalidatePath', async () => {
    const calls: { url: string; auth: string | null; body: string }[] = [];
    const { createServer } = await import('node:http');
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c));
      req.on('end', () => {
        calls.push({ url: req.url ?? '', auth: req.headers.authorization ?? null, body });
        res.end('{}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as { port: number };
      const { kiln, ports } = kilnUnderTest({ kickAfterSubmit: true, appUrl: `http://127.0.0.1:${port}` });
      const inProcess: string[] = [];
      const background: Promise<unknown>[] = [];
      const response = await createSubmitHandler(kiln)(multipart('cv', 'text'), {
        router: 'app',
        revalidate: async (p) => void inProcess.push(p),
        waitUntil: (p) => void background.push(p),
      });
      const { jobId } = (await response.json()) as { jobId: string };
      await Promise.all(background);
      expect(inProcess).toEqual([]);
      expect(calls).toEqual([{ url: '/api/revalidate', auth: `Bearer ${SECRETS.revalidateSecret}`, body: JSON.stringify({ path: `/cv/${jobId}` }) }]);
      expect((await ports.store.get(jobId))?.revalidatedAt).toBeTypeOf('number');
    } finally {
      server.close();
    }
  });

  it('a Pages host regenerates a Pages result page in-process; an App Router host never does (revalidatePath is deferred)', async () => {
    const pages = kilnUnderTest({ kickAfterSubmit: true, appUrl: false });
    const app = kilnUnderTest({ kickAfterSubmit: true, resultPage: 'app', appUrl: false });
    for (const [{ kiln }, router, expected] of [
      [pages, 'pages', 1],
      [app, 'app', 0],
    ] as const) {
      const inProcess: string[] = [];
      const background: Promise<unknown>[] = [];
      await createSubmitHandler(kiln)(multipart('cv', 'text'), { router, revalidate: async (p) => void inProcess.push(p), waitUntil: (p) => void background.push(p) });
      await Promise.all(background);
      expect(inProcess, router).toHaveLength(expected);
    }
  });

  it('the revalidate endpoint mounted in the wrong router says where to mount it', async () => {
    const { kiln } = kilnUnderTest();
    const response = await createRevalidateHandler(kiln)(
      new Request('http://localhost/api/revalidate', { method: 'POST', headers: { authorization: `Bearer ${SECRETS.revalidateSecret}` }, body: JSON.stringify({ path: '/cv/abcdefghijklmnopqrstuvwx' }) }),
      { router: 'app', revalidate: async () => {} },
    );
    expect(response.status).toBe(500);
    expect((await errorOf(response)).message).toMatch(/Pages API route \(pages\/api\/revalidate\.ts\)/);
  });
});

describe('bad input that must not become a 500', () => {
  it('a malformed %-escape in the status path is a 400', async () => {
    const { kiln } = kilnUnderTest();
    expect((await createStatusHandler(kiln)(new Request('http://localhost/api/cv/%E0%A4%A'))).status).toBe(400);
  });
});
