import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { SendMessageCommand } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFilesystemBlobStore } from '@kiln/handlers/local';
import { createRedisJobStore } from '@kiln/handlers/redis';
import { createUpstashJobStore } from '@kiln/handlers/upstash';
import { main as kilnCli } from '../../packages/handlers/src/cli/main';
import { DEMO_DIR, startDemo, waitFor, type RunningDemo } from '../support/demo-server';
import { startRedis, type RunningRedis } from '../support/redis-server';
import { SQS_CREDENTIALS, startSqs, type RunningSqs } from '../support/sqs-servers';
import { startUpstashBridge, type UpstashBridge } from '../support/upstash-bridge';
import { minimalPdf } from '../support/minimal-pdf';
import { startS3, type RunningS3 } from '../support/s3-server';
import { startVercelBlobServer, type VercelBlobServer } from '../support/vercel-blob-server';
import type { JobStore } from '../support/handlers';

/**
 * The demo, unchanged, on the article's stack — chosen by environment variables alone: SQS (fauxqs on
 * 127.0.0.1) with Vercel KV (the REST protocol through the test bridge to a real redis-server, since no
 * Upstash server can run here), and SQS with Redis over TCP. Files stay on the local disk.
 */
const CV = ['Jane Doe', 'Senior software engineer, 2016–2024', 'Skills: TypeScript, Kubernetes, PostgreSQL'].join('\n');
let sqs: RunningSqs;
let redis: RunningRedis;
let bridge: UpstashBridge;
beforeAll(async () => {
  [sqs, redis] = await Promise.all([startSqs('fauxqs'), startRedis()]);
  bridge = await startUpstashBridge(redis.url);
});
afterAll(async () => {
  await bridge?.stop();
  await Promise.all([sqs?.stop(), redis?.stop()]);
});

describe('the demo built for Vercel', () => {
  it('traces every SDK its variables may choose into the Node routes’ functions (.nft.json: what Vercel packs), so a deployment picks them up by environment alone', () => {
    for (const route of ['submit', 'process', '[jobId]']) {
      const trace = JSON.parse(readFileSync(path.join(DEMO_DIR, '.next/server/pages/api/cv', `${route}.js.nft.json`), 'utf8')) as { files: string[] };
      for (const name of ['@aws-sdk/client-sqs', '@aws-sdk/client-s3', '@aws-sdk/s3-request-presigner', '@upstash/redis', 'redis', 'better-sqlite3']) {
        expect(trace.files.some((file) => file.includes(`node_modules/${name}/`)), `${route} carries ${name}`).toBe(true);
      }
    }
  });
});

const stacks = [
  { name: 'SQS + Vercel KV (REST, tested against a bridge to redis-server)', store: () => ({ KV_REST_API_URL: bridge.url, KV_REST_API_TOKEN: bridge.token }), open: () => createUpstashJobStore({ url: bridge.url, token: bridge.token }) },
  { name: 'SQS + Redis over TCP', store: () => ({ REDIS_URL: redis.url }), open: () => createRedisJobStore({ url: redis.url }) },
];

describe.each(stacks)('demo under next start on $name', (stack) => {
  let demo: RunningDemo;
  let queueUrl: string;
  let store: JobStore;
  let env: Record<string, string>;
  beforeAll(async () => {
    ({ queueUrl } = await sqs.createQueue({ maxReceiveCount: 4 }));
    env = { ...SQS_CREDENTIALS, AWS_ENDPOINT_URL_SQS: sqs.endpoint, SQS_QUEUE_URL: queueUrl, ...stack.store() };
    demo = await startDemo(env);
    store = stack.open();
  });
  afterAll(async () => {
    await store?.dispose?.();
    await demo?.stop();
  });

  const statusOf = async (jobId: string) => (await (await fetch(`${demo.url}/api/cv/${jobId}`)).json()) as Record<string, unknown>;
  const cron = () => fetch(`${demo.url}/api/cv/process`, { method: 'POST', headers: { authorization: `Bearer ${demo.env.CRON_SECRET}` } }).then((r) => r.json() as Promise<Record<string, unknown>>);
  const cli = async (...args: string[]) => {
    const lines: string[] = [];
    const code = await kilnCli([...args, '--data-dir', demo.dataDir], (line) => lines.push(line), { ...env });
    return { code, text: lines.join('\n') };
  };

  it('submit → 202 → the kick completes it through SQS → the regenerated page is served from the ISR cache', async () => {
    const form = new FormData();
    form.set('cv', new File([CV], 'cv.txt'));
    const response = await fetch(`${demo.url}/api/cv/submit`, { method: 'POST', body: form });
    expect(response.status).toBe(202);
    const { jobId } = (await response.json()) as { jobId: string };
    await waitFor(async () => (await statusOf(jobId)).revalidatedAt !== null, 20_000, () => `job never finished:\n${demo.logs()}`);
    expect(await statusOf(jobId)).toMatchObject({ status: 'completed', attempts: 1 });
    expect(await store.get(jobId)).toMatchObject({ status: 'completed' }); // the record really is in the key-value store
    const page = await fetch(`${demo.url}/cv/${jobId}`);
    expect(await page.text()).toContain('completed');
    expect((await fetch(`${demo.url}/cv/${jobId}`)).headers.get('x-nextjs-cache')).toBe('HIT');
  });

  it('a message that arrives before its job: dead-lettered, listed by kiln, replayed once the job exists, and run', async () => {
    const jobId = `arrived-early-${Date.now().toString(36)}-abcdefghij`;
    await sqs.client.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: JSON.stringify({ v: 1, jobId }) }));
    await cron(); // (or a kick still polling takes it first)
    let listed = await cli('dead-letters');
    await waitFor(async () => (listed = await cli('dead-letters')).text.includes(jobId), 10_000, () => `never dead-lettered:\n${listed.text}\n${demo.logs()}`);
    expect(listed.text).toContain(`job ${jobId}`);
    expect(listed.text).toContain(`poison message: no job ${jobId} in the job store`);

    // The job turns up (its record and its upload), then an operator replays the letter.
    const bytes = new TextEncoder().encode(CV);
    await createFilesystemBlobStore({ dir: path.join(demo.dataDir, 'blobs') }).put(`uploads/${jobId}`, bytes);
    const now = Date.now();
    await store.create({ id: jobId, status: 'queued', attempts: 0, version: 1, submittedAt: now, updatedAt: now, input: { blobKey: `uploads/${jobId}`, size: bytes.byteLength, contentType: 'text/plain' }, expiresAt: now + 3_600_000 });
    const messageId = listed.text.split('\n').find((line) => line.includes(jobId))!.split(/\s+/)[0]!;
    expect(await cli('replay', messageId)).toEqual({ code: 0, text: `Replayed; job ${jobId} is queued again.` });
    await cron();
    await waitFor(async () => (await statusOf(jobId)).status === 'completed', 15_000, () => `the replayed job never ran:\n${demo.logs()}`);
    expect((await cli('dead-letters')).text).toBe('The dead-letter queue is empty.');
  });
});

/**
 * The whole article stack, by environment alone: SQS (fauxqs) + Vercel KV (the bridge) + S3 (s3rver)
 * or Vercel Blob (tested against a contract server of its HTTP API). Multipart and direct uploads,
 * through the Node submit route and the demo's Edge-runtime submit route.
 */
describe.each([
  { name: 'S3 (s3rver)', start: async () => { const s3 = await startS3(); return { env: s3.env, stop: () => s3.stop(), has: async (key: string) => (await s3.client.send(new HeadObjectCommand({ Bucket: s3.bucket, Key: key })).catch(() => null)) !== null }; } },
  {
    name: 'Vercel Blob (tested against a contract server of its HTTP API)',
    start: async () => { const blob: VercelBlobServer = await startVercelBlobServer(); return { env: { BLOB_READ_WRITE_TOKEN: blob.token, VERCEL_BLOB_API_URL: blob.apiUrl }, stop: () => blob.stop(), has: async (key: string) => blob.blobs.has(key) }; },
  },
])('demo under next start on SQS + Vercel KV + $name, by environment alone', (files) => {
  let demo: RunningDemo;
  let storage: Awaited<ReturnType<typeof files.start>>;
  beforeAll(async () => {
    storage = await files.start();
    const { queueUrl } = await sqs.createQueue({ maxReceiveCount: 4 });
    demo = await startDemo({ ...SQS_CREDENTIALS, AWS_ENDPOINT_URL_SQS: sqs.endpoint, SQS_QUEUE_URL: queueUrl, KV_REST_API_URL: bridge.url, KV_REST_API_TOKEN: bridge.token, ...storage.env });
  });
  afterAll(async () => {
    await demo?.stop();
    await storage?.stop();
  });

  const statusOf = async (jobId: string) => (await (await fetch(`${demo.url}/api/cv/${jobId}`)).json()) as Record<string, unknown>;
  const cron = () => fetch(`${demo.url}/api/cv/process`, { method: 'POST', headers: { authorization: `Bearer ${demo.env.CRON_SECRET}` } }).then((r) => r.json() as Promise<Record<string, unknown>>);
  const pdf = minimalPdf(['Jane Doe', 'Senior software engineer, 2016-2024', 'Skills: TypeScript, Kubernetes, PostgreSQL'], 64 * 1024);
  const multipart = (route: string) => {
    const form = new FormData();
    form.set('cv', new File([pdf], 'cv.pdf', { type: 'application/pdf' }));
    return fetch(`${demo.url}${route}`, { method: 'POST', body: form });
  };
  const direct = async (route: string) => {
    const offer = await fetch(`${demo.url}${route}?direct=1&size=${pdf.byteLength}&type=application/pdf`);
    expect(offer.status, await offer.clone().text()).toBe(200);
    const target = (await offer.json()) as { url: string; method: string; headers: Record<string, string>; token: string };
    expect(target.url.startsWith(demo.url)).toBe(false); // the bytes go to storage, not through the app
    const put = await fetch(target.url, { method: target.method, headers: target.headers, body: pdf });
    expect(put.ok, await put.clone().text()).toBe(true);
    return fetch(`${demo.url}${route}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ directUpload: target.token }) });
  };
  const completes = async (response: Response, runBy: 'kick' | 'cron') => {
    expect(response.status, `${(await response.clone().text()).slice(0, 300)}\n${demo.logs().slice(-3000)}`).toBe(202);
    const { jobId } = (await response.json()) as { jobId: string };
    expect(await storage.has(`uploads/${jobId}`)).toBe(true); // the file is in the cloud store, not on disk
    // The edge route does not kick; cron runs it (or a kick still draining after an earlier Node submit).
    if (runBy === 'cron') await cron();
    await waitFor(async () => (await statusOf(jobId)).revalidatedAt !== null, 30_000, () => `job never finished:\n${demo.logs()}`);
    expect(await statusOf(jobId)).toMatchObject({ status: 'completed', attempts: 1 });
    const page = await fetch(`${demo.url}/cv/${jobId}`);
    expect(await page.text()).toContain('TypeScript');
    expect((await fetch(`${demo.url}/cv/${jobId}`)).headers.get('x-nextjs-cache')).toBe('HIT');
  };

  it('Node submit route, multipart: stored in the cloud store, run by the kick, page HIT', async () => {
    await completes(await multipart('/api/cv/submit'), 'kick');
  });
  it('Node submit route, direct upload: the browser\'s PUT goes straight to storage, the commit creates the job', async () => {
    await completes(await direct('/api/cv/submit'), 'kick');
  });
  it('Edge-runtime submit route (config.runtime = "edge"), multipart: accepted at the edge, run by cron on Node', async () => {
    await completes(await multipart('/api/cv/submit-edge'), 'cron');
  });
  it('Edge-runtime submit route, direct upload', async () => {
    await completes(await direct('/api/cv/submit-edge'), 'cron');
  });
});
