import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createLocalAdapters } from '@kiln/handlers/local';
import { main } from '../../packages/handlers/src/cli/main';
import { closeSqlite } from '../../packages/handlers/src/adapters/sqlite/database';
import { createMemoryAdapters, createMemoryJobStore } from '@kiln/handlers/memory';
import { createGetStaticProps, createProcessHandler, createStatusHandler, createSubmitHandler, defineJob, type JobRecord } from '../support/handlers';
import { createRetentionSweep } from '../../packages/handlers/src/core/retention';
import { silentLogger } from '../../packages/handlers/src/core/logger';
import { kilnUnderTest, multipart, PDF, SECRETS } from '../support/kiln-under-test';

type Accepted = { jobId: string; deleteToken?: string; statusUrl: string };
const errorOf = async (response: Response) => ((await response.json()) as { error: { code: string; message: string } }).error;

/** A host that records the pages it is asked to regenerate, as `res.revalidate` would be called. */
function recordingHost() {
  const revalidated: string[] = [];
  return { revalidated, host: { revalidate: async (path: string) => void revalidated.push(path), router: 'pages' as const } };
}

const del = (jobId: string, token?: string) =>
  new Request(`http://localhost/api/cv/${jobId}`, { method: 'DELETE', headers: token === undefined ? {} : { authorization: `Bearer ${token}` } });

async function submitted(overrides: Parameters<typeof kilnUnderTest>[0] = {}) {
  const under = kilnUnderTest(overrides);
  const body = (await (await createSubmitHandler(under.kiln)(multipart('cv', PDF))).json()) as Accepted;
  return { ...under, ...body };
}

describe('deleteToken in the 202', () => {
  it('is 256 random bits, base64url, different per job, and stored only as its SHA-256', async () => {
    const { ports, jobId, deleteToken, kiln } = await submitted();
    expect(deleteToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const other = (await (await createSubmitHandler(kiln)(multipart('cv', PDF))).json()) as Accepted;
    expect(other.deleteToken).not.toBe(deleteToken);
    const record = await ports.store.get(jobId);
    const stored = JSON.stringify(record);
    expect(stored).not.toContain(deleteToken!);
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(deleteToken)));
    expect(record!.deleteTokenHash).toBe(Buffer.from(digest).toString('hex'));
  });

  it('is never part of the status JSON or the page props', async () => {
    const { kiln, jobId } = await submitted();
    const status = await (await createStatusHandler(kiln)(new Request(`http://localhost/api/cv/${jobId}`))).json();
    const props = await createGetStaticProps(kiln)({ params: { jobId } });
    expect(JSON.stringify(status)).not.toMatch(/deleteToken/);
    expect(JSON.stringify(props)).not.toMatch(/deleteToken/);
  });
});

describe('DELETE <status route>', () => {
  it('with the token: record and file gone, the page regenerated, then status and page answer 404', async () => {
    const { kiln, ports, jobId, deleteToken } = await submitted();
    const blobKey = (await ports.store.get(jobId))!.input.blobKey;
    const { host, revalidated } = recordingHost();
    const status = createStatusHandler(kiln);
    const response = await status(del(jobId, deleteToken), host);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ deleted: true, jobId, pageRegenerated: true });
    expect(response.headers.get('x-robots-tag')).toBe('noindex');
    expect(await ports.store.get(jobId)).toBeNull();
    expect(await ports.blobs.get(blobKey)).toBeNull();
    expect(revalidated).toEqual([`/cv/${jobId}`]);
    expect((await status(new Request(`http://localhost/api/cv/${jobId}`))).status).toBe(404);
    expect(await createGetStaticProps(kiln)({ params: { jobId } })).toMatchObject({ notFound: true });
    // A second DELETE: nothing left to delete.
    expect((await status(del(jobId, deleteToken), host)).status).toBe(404);
  });

  it('a wrong, missing or malformed token: 401, nothing deleted, nothing regenerated', async () => {
    const { kiln, ports, jobId, deleteToken } = await submitted();
    const { host, revalidated } = recordingHost();
    const status = createStatusHandler(kiln);
    const wrong = `${deleteToken!.slice(0, -1)}${deleteToken!.endsWith('A') ? 'B' : 'A'}`;
    for (const request of [del(jobId), del(jobId, wrong), del(jobId, ''), new Request(`http://localhost/api/cv/${jobId}`, { method: 'DELETE', headers: { authorization: deleteToken! } })]) {
      const response = await status(request, host);
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect((await errorOf(response)).message).toMatch(/deleteToken/);
    }
    const record = await ports.store.get(jobId);
    expect(record).not.toBeNull();
    expect(await ports.blobs.get(record!.input.blobKey)).toEqual(PDF);
    expect(revalidated).toEqual([]);
  });

  it('another job\'s token does not delete this job', async () => {
    const { kiln, ports, jobId } = await submitted();
    const other = (await (await createSubmitHandler(kiln)(multipart('cv', PDF))).json()) as Accepted;
    expect((await createStatusHandler(kiln)(del(jobId, other.deleteToken))).status).toBe(401);
    expect(await ports.store.get(jobId)).not.toBeNull();
  });

  it('a job recorded without a token hash (submitted before tokens existed) cannot be deleted over HTTP', async () => {
    const { kiln, ports, jobId } = await submitted();
    const record = (await ports.store.get(jobId))!;
    const { deleteTokenHash: _h, ...rest } = record;
    await ports.store.compareAndSet({ ...rest, version: record.version + 1 }, record.version);
    const response = await createStatusHandler(kiln)(del(jobId, 'anything-at-all'));
    expect(response.status).toBe(401);
    expect((await errorOf(response)).message).toMatch(/kiln delete/);
    expect(await ports.store.get(jobId)).not.toBeNull();
  });

  it('without a host that regenerates pages, it uses the HTTP revalidator; if that fails the data is still gone and the answer says the page was not regenerated', async () => {
    const { kiln, ports, jobId, deleteToken } = await submitted({ appUrl: 'http://127.0.0.1:9' });
    const response = await createStatusHandler(kiln)(del(jobId, deleteToken));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ deleted: true, pageRegenerated: false });
    expect(await ports.store.get(jobId)).toBeNull();
  });

  it('a job still queued is deleted; the processor then finds no record, dead-letters its message and does not re-create it', async () => {
    const { kiln, ports, jobId, deleteToken } = await submitted({ processor: { waitSeconds: 0 } });
    expect((await createStatusHandler(kiln)(del(jobId, deleteToken), recordingHost().host)).status).toBe(200);
    const run = await createProcessHandler(kiln)(new Request('http://localhost/api/cv/process', { method: 'POST', headers: { authorization: `Bearer ${SECRETS.cronSecret}` } }));
    expect(run.status).toBe(200);
    expect(await run.json()).toMatchObject({ received: 1, completed: 0 });
    expect(await ports.store.get(jobId)).toBeNull();
    expect(await ports.blobs.get(`uploads/${jobId}`)).toBeNull();
    const [letter] = await ports.queue.deadLetters.list({ limit: 10 });
    expect(letter?.reason).toMatch(/no job/);
  });

  it('a job deleted while it runs: its result is not written, the record is not re-created, its message is acknowledged (not dead-lettered)', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const job = defineJob({ name: 'gated', timeoutSeconds: 10, run: async () => (started(), await gate, { secret: 'the result' }) });
    const { kiln, ports, jobId, deleteToken } = await submitted({ job, processor: { waitSeconds: 0 } });
    const { host, revalidated } = recordingHost();
    const run = createProcessHandler(kiln)(new Request('http://localhost/api/cv/process', { method: 'POST', headers: { authorization: `Bearer ${SECRETS.cronSecret}` } }), host);
    await running;
    expect((await ports.store.get(jobId))?.status).toBe('processing');
    expect((await createStatusHandler(kiln)(del(jobId, deleteToken), host)).status).toBe(200);
    release();
    expect((await run).status).toBe(200);
    expect(await ports.store.get(jobId)).toBeNull();
    expect(await ports.blobs.get(`uploads/${jobId}`)).toBeNull();
    expect(await ports.queue.deadLetters.list({ limit: 10 })).toEqual([]);
    expect(await ports.queue.receive({ maxMessages: 10, visibilityTimeoutSeconds: 0 })).toEqual([]);
    expect(revalidated).toEqual([`/cv/${jobId}`]); // by the DELETE only
  });

  it('every status answer is noindex: 200, 400, 401, 404, 405', async () => {
    const { kiln, jobId } = await submitted();
    const status = createStatusHandler(kiln);
    const answers = await Promise.all([
      status(new Request(`http://localhost/api/cv/${jobId}`)),
      status(new Request('http://localhost/api/cv/..%2Fetc')),
      status(del(jobId, 'wrong')),
      status(new Request('http://localhost/api/cv/unknownunknownunknownunk')),
      status(new Request(`http://localhost/api/cv/${jobId}`, { method: 'POST' })),
    ]);
    expect(answers.map((r) => r.status)).toEqual([200, 400, 401, 404, 405]);
    for (const answer of answers) expect(answer.headers.get('x-robots-tag')).toBe('noindex');
    expect(answers[4]!.headers.get('allow')).toBe('GET, HEAD, DELETE');
  });
});

describe('expiry', () => {
  /** A store whose records outlive `expiresAt` until a sweep, as a store with lazy eviction may. */
  function lazyEvictionKiln() {
    const ports = { ...createMemoryAdapters(), store: createMemoryJobStore({ now: () => 0 }) };
    return { ...kilnUnderTest(ports), ports };
  }

  it('a record past its expiresAt reads as gone before any sweep: status 404, getStaticProps notFound', async () => {
    const { kiln, ports } = lazyEvictionKiln();
    const { jobId } = (await (await createSubmitHandler(kiln)(multipart('cv', PDF))).json()) as Accepted;
    const record = (await ports.store.get(jobId))!;
    await ports.store.compareAndSet({ ...record, status: 'completed', result: { ok: true }, version: record.version + 1, expiresAt: Date.now() - 1 }, record.version);
    expect(await ports.store.get(jobId)).not.toBeNull(); // the store still has it
    const status = await createStatusHandler(kiln)(new Request(`http://localhost/api/cv/${jobId}`));
    expect(status.status).toBe(404);
    expect(await createGetStaticProps(kiln)({ params: { jobId } })).toMatchObject({ notFound: true });
  });

  it('the App Router page helper renders the 404 for an expired record too (loadJobForPage)', async () => {
    const { loadJobForPage } = await import('../../packages/handlers/src/next/app-page');
    const { kiln, ports } = lazyEvictionKiln();
    const { jobId } = (await (await createSubmitHandler(kiln)(multipart('cv', PDF))).json()) as Accepted;
    await expect(loadJobForPage(kiln, jobId)).resolves.toMatchObject({ id: jobId });
    const record = (await ports.store.get(jobId))!;
    await ports.store.compareAndSet({ ...record, version: record.version + 1, expiresAt: Date.now() - 1 }, record.version);
    const error = await loadJobForPage(kiln, jobId).then(() => null, (thrown: unknown) => thrown as { digest?: string });
    expect(error?.digest).toMatch(/404/); // next/navigation's notFound()
  });

  it("a terminal page's ISR revalidate is the seconds until the record expires, so the cache cannot outlive it", async () => {
    const { kiln, ports, jobId } = await submitted({ ttlSeconds: 3600 });
    const record = (await ports.store.get(jobId))!;
    await ports.store.compareAndSet({ ...record, status: 'completed', result: { ok: true }, version: record.version + 1 }, record.version);
    const props = (await createGetStaticProps(kiln)({ params: { jobId } })) as { revalidate: number };
    expect(props.revalidate).toBeGreaterThan(3590);
    expect(props.revalidate).toBeLessThanOrEqual(3600);
    expect(Number.isInteger(props.revalidate)).toBe(true);
  });

  it('the retention sweep removes expired records and files and regenerates their pages, and only theirs', async () => {
    const ports = createMemoryAdapters();
    const now = Date.now();
    const make = async (id: string, expiresAt: number) => {
      const record: JobRecord = { id, status: 'completed', attempts: 1, version: 1, submittedAt: now, updatedAt: now, input: { blobKey: `uploads/${id}`, size: 3, contentType: 'text/plain' }, expiresAt };
      await ports.store.create(record);
      await ports.blobs.put(`uploads/${id}`, new Uint8Array([1, 2, 3]), { contentType: 'text/plain' });
    };
    await make('expiredexpiredexpired0001', now - 1000);
    await make('expiredexpiredexpired0002', now - 10);
    await make('livelivelivelivelive00001', now + 60_000);
    const revalidated: string[] = [];
    await createRetentionSweep(3600, silentLogger)({ ...ports, pagePath: (id) => `/cv/${id}`, revalidate: async (path) => void revalidated.push(path) });
    expect(revalidated.sort()).toEqual(['/cv/expiredexpiredexpired0001', '/cv/expiredexpiredexpired0002']);
    expect(await ports.blobs.get('uploads/expiredexpiredexpired0001')).toBeNull();
    expect(await ports.blobs.get('uploads/livelivelivelivelive00001')).not.toBeNull();
    expect(await ports.store.get('livelivelivelivelive00001')).not.toBeNull();
    expect(await ports.store.listExpired!(Date.now())).toEqual([]);
  });

  it('the sweep stops regenerating after the first failure (the app is unreachable) and still removes every expired job', async () => {
    const ports = createMemoryAdapters();
    const now = Date.now();
    for (const n of [1, 2, 3]) {
      await ports.store.create({ id: `expiredexpiredexpired000${n}`, status: 'completed', attempts: 1, version: 1, submittedAt: now, updatedAt: now, input: { blobKey: `uploads/expiredexpiredexpired000${n}`, size: 1, contentType: 'text/plain' }, expiresAt: now - n });
    }
    let calls = 0;
    const revalidate = async () => {
      calls += 1;
      throw new Error('connect ECONNREFUSED 127.0.0.1:3000');
    };
    await createRetentionSweep(3600, silentLogger)({ ...ports, pagePath: (id) => `/cv/${id}`, revalidate });
    expect(calls).toBe(1);
    expect(await ports.store.listExpired!(Date.now())).toEqual([]);
  });
});

describe('kiln delete <jobId>', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kiln-delete-'));
  afterAll(() => {
    closeSqlite(path.join(dataDir, 'kiln.db'));
    rmSync(dataDir, { recursive: true, force: true });
  });
  const env = { REVALIDATE_SECRET: 'a-revalidate-secret-for-the-cli-test-0123456789' };
  const cli = async (...args: string[]) => {
    const lines: string[] = [];
    const code = await main([...args, '--data-dir', dataDir], (line) => lines.push(line), env);
    return { code, text: lines.join('\n') };
  };

  it("deletes the record and the upload, and regenerates the page through the app's revalidate endpoint", async () => {
    const calls: { url: string; auth: string | undefined; body: string }[] = [];
    const app = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk));
      req.on('end', () => {
        calls.push({ url: req.url ?? '', auth: req.headers.authorization, body });
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"revalidated":true}');
      });
    });
    await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
    const appUrl = `http://127.0.0.1:${(app.address() as AddressInfo).port}`;
    try {
      const { kiln } = kilnUnderTest({ ...createLocalAdapters({ dataDir }) });
      const { jobId } = (await (await createSubmitHandler(kiln)(multipart('cv', PDF))).json()) as Accepted;
      const result = await cli('delete', jobId, '--app-url', appUrl);
      expect(result.code).toBe(0);
      expect(result.text).toContain(`Deleted job ${jobId}`);
      expect(result.text).toContain(`Regenerated /cv/${jobId}`);
      expect(calls).toEqual([{ url: '/api/revalidate', auth: `Bearer ${env.REVALIDATE_SECRET}`, body: JSON.stringify({ path: `/cv/${jobId}` }) }]);
      const ports = createLocalAdapters({ dataDir });
      expect(await ports.store.get(jobId)).toBeNull();
      expect(await ports.blobs.get(`uploads/${jobId}`)).toBeNull();
      // Again: nothing to delete (exit 1), and the page is regenerated once more.
      const again = await cli('delete', jobId, '--app-url', appUrl);
      expect(again.code).toBe(1);
      expect(again.text).toMatch(/No job has this id[\s\S]*Regenerated/);
      expect(calls).toHaveLength(2);
    } finally {
      await new Promise<void>((resolve) => app.close(() => resolve()));
    }
  });

  it('a record past its expiry that no sweep has removed yet is removed too (it reads as gone, so exit 1 and says so)', async () => {
    const ports = createLocalAdapters({ dataDir });
    const { kiln } = kilnUnderTest({ ...ports });
    const { jobId } = (await (await createSubmitHandler(kiln)(multipart('cv', PDF))).json()) as Accepted;
    const record = (await ports.store.get(jobId))!;
    await ports.store.compareAndSet({ ...record, version: record.version + 1, expiresAt: Date.now() - 1 }, record.version);
    const result = await cli('delete', jobId, '--app-url', 'http://127.0.0.1:9');
    expect(result.code).toBe(1);
    expect(result.text).toMatch(/expired leftovers were removed/);
    expect(await ports.store.listExpired!(Date.now())).not.toContain(jobId);
    expect(await ports.blobs.get(`uploads/${jobId}`)).toBeNull();
  });

  it('with the app unreachable, the data is deleted and the output says the page was not regenerated and what to do', async () => {
    const { kiln } = kilnUnderTest({ ...createLocalAdapters({ dataDir }) });
    const { jobId } = (await (await createSubmitHandler(kiln)(multipart('cv', PDF))).json()) as Accepted;
    const result = await cli('delete', jobId, '--app-url', 'http://127.0.0.1:9');
    expect(result.code).toBe(0);
    expect(result.text).toMatch(/Could not regenerate \/cv\/\S+ through http:\/\/127\.0\.0\.1:9\/api\/revalidate[\s\S]*run this command again/);
    expect(await createLocalAdapters({ dataDir }).store.get(jobId)).toBeNull();
  });
});
