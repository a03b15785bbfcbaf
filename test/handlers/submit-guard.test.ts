import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createSubmitHandler, createTokenBucketRateLimiter, defineKiln, KilnError, type KilnOptions, type Ports } from '../support/handlers';
import { kilnUnderTest, multipart, PDF, SECRETS } from '../support/kiln-under-test';
import { echoJob } from '../support/kiln-fixtures';
import { silentLogger } from '../../packages/handlers/src/core/logger';
import { createUpstashRateLimiter } from '../../packages/handlers/src/upstash';
import { startRedis, type RunningRedis } from '../support/redis-server';
import { startUpstashBridge, type UpstashBridge } from '../support/upstash-bridge';
import { runReadmeExample } from '../support/readme-examples';
import { bundleForEdge } from '../support/edge/bundle';
import type * as GuardEntry from '../support/edge/guard-entry';
import { EdgeVM } from '@edge-runtime/vm';

const errorOf = async (response: Response) => ((await response.json()) as { error: { code: string; message: string } }).error;

/** Counts what a submit leaves behind: files stored, records created, messages sent. */
function watch(ports: Ports) {
  const left = { puts: 0, creates: 0, sends: 0 };
  const put = ports.blobs.put.bind(ports.blobs);
  const create = ports.store.create.bind(ports.store);
  const send = ports.queue.send.bind(ports.queue);
  ports.blobs.put = (...args) => ((left.puts += 1), put(...args));
  ports.store.create = (...args) => ((left.creates += 1), create(...args));
  ports.queue.send = (...args) => ((left.sends += 1), send(...args));
  return left;
}

/** A multipart upload whose body records whether anyone read it, and can be held open until `finish()`. */
/** `unsized`: no Content-Length, so the upload counts as a full-size one against the memory budget. */
function trackedUpload(from = '203.0.113.7', options: { hold?: boolean; unsized?: boolean } = {}) {
  const encoder = new TextEncoder();
  const head = encoder.encode('--kiln-test\r\nContent-Disposition: form-data; name="cv"; filename="cv.pdf"\r\nContent-Type: application/pdf\r\n\r\n');
  const tail = encoder.encode('\r\n--kiln-test--\r\n');
  const parts = [head, PDF, tail];
  let read = false;
  let finish: () => void = () => {};
  const finished = new Promise<void>((resolve) => (finish = resolve));
  const body = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        read = true;
        const next = parts.shift();
        if (next) return controller.enqueue(next);
        if (options.hold) await finished;
        controller.close();
      },
    },
    { highWaterMark: 0 }, // pulled only when someone reads it
  );
  const request = new Request('http://localhost/api/cv/submit', {
    method: 'POST',
    headers: {
      'content-type': 'multipart/form-data; boundary=kiln-test',
      ...(options.unsized ? {} : { 'content-length': String(head.byteLength + PDF.byteLength + tail.byteLength) }),
      // What a proxy that appends makes of a client's own header: the client wrote the first hop, the proxy the last.
      'x-forwarded-for': `198.51.100.${Math.floor(Math.random() * 250)}, ${from}`,
    },
    body,
    duplex: 'half',
  } as RequestInit);
  return { request, wasRead: () => read, finish };
}

describe('authorize', () => {
  it('401 when it answers false, 403 when it throws forbidden, its own Response as is; nothing read, stored or queued', async () => {
    let seen: Request | null = null;
    const answers: Array<() => boolean | Response> = [
      () => false,
      () => {
        throw new KilnError('forbidden', 'Your plan does not include CV analysis.');
      },
      () => Response.redirect('http://localhost/login', 303),
    ];
    let answer = answers[0]!;
    const { kiln, ports } = kilnUnderTest({
      authorize: (req) => {
        seen = req;
        return answer();
      },
    } as Partial<KilnOptions>);
    const left = watch(ports);
    const submit = createSubmitHandler(kiln);

    const unsigned = trackedUpload();
    const refused = await submit(unsigned.request);
    expect(refused.status).toBe(401);
    expect((await errorOf(refused)).message).toBe('Sign in to upload a file.');
    expect(seen!.headers.get('x-forwarded-for')).toContain('203.0.113.7');
    expect(seen!.body).toBeNull(); // the check gets no body it could spend

    answer = answers[1]!;
    const forbidden = trackedUpload();
    const denied = await submit(forbidden.request);
    expect(denied.status).toBe(403);
    expect(await errorOf(denied)).toEqual({ code: 'forbidden', message: 'Your plan does not include CV analysis.' });

    answer = answers[2]!;
    const own = trackedUpload();
    const redirected = await submit(own.request);
    expect(redirected.status).toBe(303);
    expect(redirected.headers.get('location')).toBe('http://localhost/login');

    expect([unsigned.wasRead(), forbidden.wasRead(), own.wasRead()]).toEqual([false, false, false]);
    expect(left).toEqual({ puts: 0, creates: 0, sends: 0 });
    expect((await ports.queue.stats!()).visible).toBe(0);
  });

  it('lets the submit through when it answers true, and guards direct-upload offers too', async () => {
    const { kiln } = kilnUnderTest({ authorize: (req: Request) => req.headers.get('cookie') === 'session=ok' } as Partial<KilnOptions>);
    const submit = createSubmitHandler(kiln);
    const signedIn = multipart('cv', PDF);
    signedIn.headers.set('cookie', 'session=ok');
    expect((await submit(signedIn)).status).toBe(202);
    expect((await submit(new Request('http://localhost/api/cv/submit?direct=1&size=1000&type=application/pdf'))).status).toBe(401);
  });
});

describe('rate limit', () => {
  it('429 with Retry-After after a burst of 5 from one address, nothing read or stored; one more after 10 s; other addresses unaffected', async () => {
    let now = Date.parse('2026-01-01T00:00:00Z');
    const { kiln, ports } = kilnUnderTest({ rateLimit: { limiter: createTokenBucketRateLimiter({ burst: 5, refillSeconds: 10, now: () => now }) } } as Partial<KilnOptions>);
    const submit = createSubmitHandler(kiln);
    for (let i = 0; i < 5; i++) expect((await submit(trackedUpload('203.0.113.7').request)).status).toBe(202);
    const left = watch(ports);

    const sixth = trackedUpload('203.0.113.7');
    const refused = await submit(sixth.request);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('10');
    expect((await errorOf(refused)).message).toBe('Too many uploads from your address. Try again in 10 seconds.');
    expect(sixth.wasRead()).toBe(false);
    expect(left).toEqual({ puts: 0, creates: 0, sends: 0 });

    expect((await submit(trackedUpload('198.51.100.2').request)).status).toBe(202); // another client
    now += 4_000;
    const early = await submit(trackedUpload('203.0.113.7').request);
    expect(early.status).toBe(429);
    expect(early.headers.get('retry-after')).toBe('6');
    now += 6_000; // one token back
    expect((await submit(trackedUpload('203.0.113.7').request)).status).toBe(202);
    expect((await submit(trackedUpload('203.0.113.7').request)).status).toBe(429);
  });

  it('a first hop the client wrote itself does not choose the bucket: the last hop (added by the nearest proxy) does', async () => {
    // With the first hop as the key, a new made-up address on each request was a new bucket: never limited.
    const submit = createSubmitHandler(kilnUnderTest().kiln);
    const out: number[] = [];
    for (let i = 0; i < 6; i++) {
      const upload = trackedUpload('203.0.113.50');
      upload.request.headers.set('x-forwarded-for', `10.9.${i}.1, 203.0.113.50`);
      out.push((await submit(upload.request)).status);
    }
    expect(out).toEqual([202, 202, 202, 202, 202, 429]);
  });

  it('is on by default (5 per address), keyed by the last hop of x-forwarded-for; `false` and KILN_RATE_LIMIT=off turn it off', async () => {
    const statuses = async (overrides: Partial<KilnOptions>) => {
      const submit = createSubmitHandler(kilnUnderTest(overrides).kiln);
      const out: number[] = [];
      for (let i = 0; i < 6; i++) out.push((await submit(trackedUpload('203.0.113.9').request)).status);
      return out;
    };
    expect(await statuses({})).toEqual([202, 202, 202, 202, 202, 429]);
    expect(await statuses({ env: { KILN_RATE_LIMIT: '2/60' } })).toEqual([202, 202, 429, 429, 429, 429]);
    expect(await statuses({ rateLimit: false } as Partial<KilnOptions>)).toEqual([202, 202, 202, 202, 202, 202]);
    expect(await statuses({ env: { KILN_RATE_LIMIT: 'off' } })).toEqual([202, 202, 202, 202, 202, 202]);
    expect(() => kilnUnderTest({ env: { KILN_RATE_LIMIT: 'lots' } })).toThrow(/KILN_RATE_LIMIT="lots" is not understood/);
  });

  it('does not limit requests with no client address or from the loopback (one shared bucket would lock everyone out)', async () => {
    const submit = createSubmitHandler(kilnUnderTest().kiln);
    for (let i = 0; i < 7; i++) expect((await submit(multipart('cv', PDF))).status).toBe(202);
    for (let i = 0; i < 7; i++) expect((await submit(trackedUpload('127.0.0.1').request)).status).toBe(202);
  });

  it('keeps a bounded number of buckets: refilled ones are dropped, and past maxKeys the least recently seen', async () => {
    let now = 0;
    const limiter = createTokenBucketRateLimiter({ burst: 2, refillSeconds: 1, maxKeys: 100, now: () => now });
    for (let i = 0; i < 1000; i++) await limiter.limit(`client-${i}`);
    expect(limiter.size).toBe(100);
    now += 2_000; // every bucket is full again
    await limiter.limit('late');
    expect(limiter.size).toBe(1);
    // A client seen recently keeps its bucket while others come and go.
    await limiter.limit('busy');
    await limiter.limit('busy');
    for (let i = 0; i < 98; i++) await limiter.limit(`other-${i}`);
    expect((await limiter.limit('busy')).allowed).toBe(false);
  });
});

describe('the Upstash rate limiter (@upstash/ratelimit against the Upstash REST bridge over a real redis-server)', () => {
  let redis: RunningRedis;
  let bridge: UpstashBridge;
  beforeAll(async () => {
    redis = await startRedis();
    bridge = await startUpstashBridge(redis.url);
  });
  afterAll(async () => {
    await bridge?.stop();
    await redis?.stop();
  });
  afterEach(() => vi.useRealTimers());

  it('refuses past the burst with 429 and Retry-After, shares the count between instances, and refills with time', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.parse('2026-01-01T00:00:00Z'));
    // Each call is one "function instance": its own Kiln, its own Ratelimit, nothing shared in memory.
    const instance = () =>
      createSubmitHandler(kilnUnderTest({ rateLimit: { limiter: createUpstashRateLimiter({ url: bridge.url, token: bridge.token, burst: 3, refillSeconds: 10, prefix: 'kiln-test' }) } } as Partial<KilnOptions>).kiln);
    const a = instance();
    const b = instance();
    // The bucket lives in Redis: both instances count against it.
    expect((await a(trackedUpload('203.0.113.7').request)).status).toBe(202);
    expect((await b(trackedUpload('203.0.113.7').request)).status).toBe(202);
    expect((await a(trackedUpload('203.0.113.7').request)).status).toBe(202);
    const upload = trackedUpload('203.0.113.7');
    const refused = await b(upload.request);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(10);
    expect(upload.wasRead()).toBe(false);
    expect((await a(trackedUpload('198.51.100.2').request)).status).toBe(202); // another client
    expect(Object.values(bridge.served).reduce((sum, n) => sum + n, 0)).toBeGreaterThan(0); // the script ran on Redis through the bridge

    vi.setSystemTime(Date.parse('2026-01-01T00:00:11Z')); // one token back
    const c = instance();
    expect((await c(trackedUpload('203.0.113.7').request)).status).toBe(202);
    expect((await c(trackedUpload('203.0.113.7').request)).status).toBe(429);
  });

  it('on the Edge runtime too: bundled with no Node.js built-in, authorize and the Upstash limit answer 401, 202, 202, 429', async () => {
    // esbuild fails the bundle on any node:* import on the path (platform "browser", edge-light condition).
    const bundle = await bundleForEdge(path.resolve(import.meta.dirname, '../support/edge/guard-entry.ts'), 'kilnGuard');
    expect(bundle.inputs.some((input) => input.includes('@upstash+ratelimit'))).toBe(true);
    const vm = new EdgeVM();
    vm.evaluate(bundle.code);
    const api = vm.context.kilnGuard as typeof GuardEntry;
    const submit = api.createSubmit({ url: bridge.url, token: bridge.token });
    const answers = [];
    for (const cookie of ['', 'session=ok', 'session=ok', 'session=ok']) answers.push(await api.submitFrom(submit, '198.51.100.77', cookie));
    expect(answers.map((answer) => answer.status)).toEqual([401, 202, 202, 429]);
    expect(answers.every((answer) => answer.edgeRuntime)).toBe(true);
    expect(Number(answers[3]!.retryAfter)).toBeGreaterThanOrEqual(1);
  });
});

describe('disk quota of the embedded default', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const embedded = (overrides: Partial<KilnOptions>) => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'kiln-quota-'));
    dirs.push(dataDir);
    const kiln = defineKiln({ job: echoJob, dataDir, ...SECRETS, kickAfterSubmit: false, logger: silentLogger, env: {}, rateLimit: false, ...overrides } as KilnOptions);
    const uploads = () => readdirSync(path.join(dataDir, 'blobs', 'uploads'), { recursive: true }).length;
    return { kiln, submit: createSubmitHandler(kiln), uploads };
  };

  it('a quota check that fails (statfs refused, a folder it cannot measure) lets the upload through and is logged, instead of a 500 on every submit', async () => {
    const warnings: string[] = [];
    const { kiln, submit, uploads } = embedded({ logger: { ...silentLogger, warn: (message: string) => warnings.push(message) } } as Partial<KilnOptions>);
    try {
      const { blobs } = await kiln.ports();
      blobs.roomFor = async () => {
        throw new Error('EACCES: permission denied, statfs');
      };
      expect((await submit(multipart('cv', 'Jane Doe, TypeScript engineer', 'cv.txt', 'text/plain'))).status).toBe(202);
      expect(uploads()).toBe(1);
      expect(warnings.some((message) => message.includes('could not check the room left'))).toBe(true);
    } finally {
      await kiln.dispose();
    }
  });

  it('507 with a clear message once the blobs folder reaches maxDataDirBytes; nothing read or stored; room again after a delete', async () => {
    const errors: unknown[] = [];
    const file = new Uint8Array(3000).fill(65);
    const { kiln, submit, uploads } = embedded({ maxDataDirBytes: 6100, logger: { ...silentLogger, error: (message: string, data?: unknown) => errors.push({ message, data }) } } as Partial<KilnOptions>);
    try {
      const first = (await (await submit(multipart('cv', file, 'cv.txt', 'text/plain'))).json()) as { jobId: string };
      expect((await submit(multipart('cv', file, 'cv.txt', 'text/plain'))).status).toBe(202);
      expect(uploads()).toBe(2);
      const upload = trackedUpload();
      const full = await submit(upload.request);
      expect(full.status).toBe(507);
      expect(await errorOf(full)).toEqual({
        code: 'insufficient_storage',
        message: "The server's storage for uploads is full, so your file was not accepted and nothing was kept. Try again later. (For the operator: the server's log says what is full; raise maxDataDirBytes, free disk space, or delete old jobs.)",
      });
      expect(upload.wasRead()).toBe(false);
      expect(uploads()).toBe(2);
      expect((await (await kiln.ports()).queue.stats!()).visible).toBe(2);
      // The operator's log says what is full and what to do.
      expect(JSON.stringify(errors)).toMatch(/quota is 0 MB \(maxDataDirBytes, KILN_MAX_DATA_DIR_BYTES\): raise the quota/);

      const { blobs, store } = await kiln.ports();
      await blobs.delete((await store.get(first.jobId))!.input.blobKey); // the running total follows deletes
      expect((await submit(multipart('cv', file, 'cv.txt', 'text/plain'))).status).toBe(202);
    } finally {
      await kiln.dispose();
    }
  });

  it('507 when the disk has less free space than minFreeDiskBytes (KILN_MIN_FREE_DISK_BYTES)', async () => {
    const { kiln, submit, uploads } = embedded({ env: { KILN_MIN_FREE_DISK_BYTES: String(2 ** 52) } });
    try {
      const response = await submit(multipart('cv', PDF));
      expect(response.status).toBe(507);
      expect(() => uploads()).toThrow(/ENOENT/); // not a single upload was written
    } finally {
      await kiln.dispose();
    }
  });
});

describe('uploads read at the same time', () => {
  it('at most maxConcurrentUploads full-size bodies are read at once; one more gets 503 with Retry-After, unread, once the wait is over', async () => {
    const { kiln, ports } = kilnUnderTest({ maxConcurrentUploads: 2, uploadWaitMs: 0, rateLimit: false } as Partial<KilnOptions>);
    const submit = createSubmitHandler(kiln);
    // Without a Content-Length an upload may be as large as maxUploadBytes: it counts as full size.
    const held = [trackedUpload('203.0.113.1', { hold: true, unsized: true }), trackedUpload('203.0.113.2', { hold: true, unsized: true })];
    const pending = held.map((upload) => submit(upload.request));
    await vi.waitFor(() => expect(held.every((upload) => upload.wasRead())).toBe(true));
    const left = watch(ports);

    const third = trackedUpload('203.0.113.3', { unsized: true });
    const busy = await submit(third.request);
    expect(busy.status).toBe(503);
    expect(busy.headers.get('retry-after')).toBe('2');
    expect((await errorOf(busy)).message).toMatch(/reading other uploads just now; nothing of yours was read or kept/);
    expect(third.wasRead()).toBe(false);
    expect(left.puts).toBe(0);

    held.forEach((upload) => upload.finish());
    expect((await Promise.all(pending)).map((r) => r.status)).toEqual([202, 202]);
    expect((await submit(trackedUpload('203.0.113.3').request)).status).toBe(202); // the slots came back
  });

  it('an upload over the cap waits its turn (up to uploadWaitMs) instead of failing', async () => {
    const { kiln } = kilnUnderTest({ maxConcurrentUploads: 1, uploadWaitMs: 30_000, rateLimit: false } as Partial<KilnOptions>);
    const submit = createSubmitHandler(kiln);
    const first = trackedUpload('203.0.113.1', { hold: true, unsized: true });
    const firstDone = submit(first.request);
    await vi.waitFor(() => expect(first.wasRead()).toBe(true));
    const second = trackedUpload('203.0.113.2', { unsized: true });
    const secondDone = submit(second.request);
    await new Promise((resolve) => setImmediate(resolve));
    expect(second.wasRead()).toBe(false); // waiting, its body unread
    first.finish();
    expect([(await firstDone).status, (await secondDone).status]).toEqual([202, 202]);
  });

  it('counts an upload by its declared size: 50 small CVs at once are all read together under the default budget, and all accepted', async () => {
    // The load test's shape (50 clients at once): a cap by count answered most of them 503.
    const { kiln } = kilnUnderTest({ rateLimit: false } as Partial<KilnOptions>);
    const submit = createSubmitHandler(kiln);
    const uploads = Array.from({ length: 50 }, (_, i) => trackedUpload(`203.0.113.${i + 1}`, { hold: true }));
    const pending = uploads.map((upload) => submit(upload.request));
    await vi.waitFor(() => expect(uploads.filter((upload) => upload.wasRead()).length).toBe(50));
    uploads.forEach((upload) => upload.finish());
    expect(new Set((await Promise.all(pending)).map((r) => r.status))).toEqual(new Set([202]));
  });

  it('holds a 4 MB upload once: the stored file is a view of the one body buffer, not a copy', async () => {
    const { kiln, ports } = kilnUnderTest({ rateLimit: false } as Partial<KilnOptions>);
    let stored: Uint8Array | null = null;
    const put = ports.blobs.put.bind(ports.blobs);
    ports.blobs.put = (key, body, options) => ((stored = body as Uint8Array), put(key, body, options));
    const file = new Uint8Array(4 * 1024 * 1024 - 1024).fill(65);
    const form = new FormData();
    form.set('cv', new File([file], 'cv.txt', { type: 'text/plain' }));
    const framed = new Response(form);
    const contentType = framed.headers.get('content-type')!;
    const encoded = new Uint8Array(await framed.arrayBuffer());
    const request = new Request('http://localhost/api/cv/submit', { method: 'POST', headers: { 'content-type': contentType, 'content-length': String(encoded.byteLength) }, body: encoded });
    expect((await createSubmitHandler(kiln)(request)).status).toBe(202);
    expect(stored!.byteLength).toBe(file.byteLength);
    expect(stored!.buffer.byteLength).toBe(encoded.byteLength); // the body's buffer, sized by Content-Length
    expect(stored!.every((byte) => byte === 65)).toBe(true);
  });
});

describe('the multipart reader', () => {
  const submitRaw = async (body: string, contentType: string) => {
    const { kiln, ports } = kilnUnderTest({ rateLimit: false } as Partial<KilnOptions>);
    const response = await createSubmitHandler(kiln)(new Request('http://localhost/api/cv/submit', { method: 'POST', headers: { 'content-type': contentType }, body }));
    return { response, ports };
  };

  it('finds the file after other fields and a preamble, with a quoted boundary', async () => {
    const body = [
      'preamble to ignore',
      '--b"1',
      'Content-Disposition: form-data; name="note"',
      '',
      'hello',
      '--b"1',
      'Content-Disposition: form-data; name="cv"; filename="my \\"cv\\".txt"',
      'Content-Type: text/plain',
      '',
      'Jane Doe, engineer',
      '--b"1--',
      '',
    ].join('\r\n');
    const { response, ports } = await submitRaw(body.replaceAll('b"1', 'b1'), 'multipart/form-data; boundary="b1"');
    expect(response.status).toBe(202);
    // A boundary longer than RFC 2046's 70 characters, as some clients make them.
    const long = 'x'.repeat(100);
    expect((await submitRaw(body.replaceAll('b"1', long), `multipart/form-data; boundary=${long}; charset=utf-8`)).response.status).toBe(202);
    const { jobId } = (await response.json()) as { jobId: string };
    const record = await ports.store.get(jobId);
    expect(new TextDecoder().decode((await ports.blobs.get(record!.input.blobKey))!)).toBe('Jane Doe, engineer');
  });

  it('400 for a body without its closing boundary, a Content-Type without a boundary, or a part with more than 8 KB of headers', async () => {
    const cut = await submitRaw('--b1\r\nContent-Disposition: form-data; name="cv"; filename="a.txt"\r\n\r\nJane', 'multipart/form-data; boundary=b1');
    expect(cut.response.status).toBe(400);
    expect((await errorOf(cut.response)).message).toMatch(/ends before its closing boundary/);
    const none = await submitRaw('--b1--', 'multipart/form-data');
    expect(none.response.status).toBe(400);
    const bloated = await submitRaw(`--b1\r\nContent-Disposition: form-data; name="cv"; filename="a.txt"\r\nX-Pad: ${'a'.repeat(9000)}\r\n\r\nJane\r\n--b1--`, 'multipart/form-data; boundary=b1');
    expect(bloated.response.status).toBe(400);
    expect((await errorOf(bloated.response)).message).toMatch(/more than 8 KB of headers/);
  });
});

it("packages/handlers/README.md's submit guard example answers 401, 403, 202, 202, 429 as it says", () => {
  const lines = runReadmeExample('packages/handlers/README.md', 'javascript').trim().split('\n').filter((line) => !line.startsWith('[kiln]')); // Kiln's own log lines
  expect(lines).toEqual([
    '401 - Sign in to upload a file.',
    '403 - Guests cannot upload CVs.',
    '202 - accepted',
    '202 - accepted',
    '429 30 Too many uploads from your address. Try again in 30 seconds.',
  ]);
});
