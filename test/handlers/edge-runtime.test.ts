import path from 'node:path';
import { ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { EdgeVM } from '@edge-runtime/vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProcessHandler, defineJob, defineKiln } from '@kiln/handlers';
import { bundleForEdge } from '../support/edge/bundle';
import type * as EdgeEntry from '../support/edge/entry';
import { minimalPdf } from '../support/minimal-pdf';
import { startRedis, type RunningRedis } from '../support/redis-server';
import { startS3, type RunningS3 } from '../support/s3-server';
import { SQS_CREDENTIALS, startSqs, type RunningSqs } from '../support/sqs-servers';
import { startUpstashBridge, type UpstashBridge } from '../support/upstash-bridge';
import { startVercelBlobServer, type VercelBlobServer } from '../support/vercel-blob-server';

/**
 * The submit handler (multipart and direct) and the status handler on the Edge runtime
 * (`@edge-runtime/vm`, the runtime Next's local edge sandbox and Vercel's edge functions implement),
 * bundled as Next bundles an edge route (`edge-light` condition, no Node built-ins), with the `sqs`,
 * `upstash`, `s3` and `vercel-blob` adapters, against local servers: SQS (fauxqs), Vercel KV (the REST
 * protocol through the test bridge to redis-server), S3 (s3rver), and Vercel Blob (tested against a
 * contract server of its HTTP API). The jobs are then run on Node, as on Vercel.
 */
type Routes = ReturnType<typeof EdgeEntry.createRoutes>;
type Api = typeof EdgeEntry;
type Answer = Awaited<ReturnType<Api['call']>>;

let sqs: RunningSqs;
let redis: RunningRedis;
let bridge: UpstashBridge;
let s3: RunningS3;
let blob: VercelBlobServer;
let bundle: Awaited<ReturnType<typeof bundleForEdge>>;
let vm: EdgeVM;
let api: Api;

beforeAll(async () => {
  [sqs, redis, s3, blob, bundle] = await Promise.all([
    startSqs('fauxqs'),
    startRedis(),
    startS3(),
    startVercelBlobServer(),
    bundleForEdge(path.resolve(import.meta.dirname, '../support/edge/entry.ts'), 'kilnEdge'),
  ]);
  bridge = await startUpstashBridge(redis.url);
  vm = new EdgeVM();
  vm.evaluate(bundle.code);
  api = vm.context.kilnEdge as Api;
}, 60_000);
afterAll(async () => {
  await bridge?.stop();
  await Promise.all([sqs?.stop(), redis?.stop(), s3?.stop(), blob?.stop()]);
});

const CV = minimalPdf(['Jane Doe', 'Senior engineer 2016-2024', 'Skills: TypeScript, Kubernetes']);
const SUBMIT = 'https://app.example/api/cv/submit';
const json = (answer: Answer) => JSON.parse(answer.text) as Record<string, unknown>;

describe('the edge bundle', () => {
  it('builds with the edge-light condition and no Node.js built-in on the path, with the SDKs the variables may choose, and without the Node-only adapters', () => {
    // esbuild fails the bundle on any node:* import (platform "browser"), so reaching here proves it.
    const ours = bundle.inputs.filter((input) => input.includes('packages/handlers/src/')).map((input) => input.replace(/^.*packages\/handlers\/src\//, ''));
    expect(ours).toEqual(expect.arrayContaining(['adapters/queue/sqs.ts', 'adapters/blob-store/s3.ts', 'adapters/job-store/upstash.ts', 'adapters/blob-store/vercel-blob.ts', 'local-edge.ts', 'redis-edge.ts', 'next/pages.ts', 'core/submit.ts', 'core/status.ts']));
    // The embedded default (SQLite, files) and Redis over TCP stay out: their edge-light builds are stubs.
    expect(ours.filter((file) => file === 'local.ts' || file.startsWith('adapters/sqlite') || file.includes('filesystem') || file === 'adapters/job-store/redis.ts')).toEqual([]);
    const packages = new Set(bundle.inputs.filter((input) => input.includes('node_modules/.pnpm/')).map((input) => input.split('node_modules/.pnpm/')[1]!.split('@')[input.split('node_modules/.pnpm/')[1]!.startsWith('@') ? 1 : 0]!.replace(/\+/g, '/')));
    expect([...packages]).toEqual(expect.arrayContaining(['aws-sdk/client-s3', 'aws-sdk/client-sqs', 'aws-sdk/s3-request-presigner', 'upstash/redis']));
    expect([...packages].filter((name) => /^(redis|ioredis|better-sqlite3)$|^redis\/client/.test(name))).toEqual([]);
    expect(bundle.inputs.some((input) => input.includes('@aws-sdk+client-s3') && input.includes('dist-es'))).toBe(true); // the SDK's browser build
  });
});

describe('an S3 error at the edge', () => {
  it('says what S3 answered (the SDK cannot parse its XML error body there: no DOMParser), and the submit is a 503 that keeps nothing', async () => {
    const { queueUrl } = await sqs.createQueue({ maxReceiveCount: 4 });
    const env = { ...SQS_CREDENTIALS, AWS_ENDPOINT_URL_SQS: sqs.endpoint, SQS_QUEUE_URL: queueUrl, KV_REST_API_URL: bridge.url, KV_REST_API_TOKEN: bridge.token, REVALIDATE_SECRET: 'r'.repeat(32), CRON_SECRET: 'c'.repeat(32), ...s3.env, KILN_S3_BUCKET: 'no-such-bucket' };
    const routes = api.createRoutes(env, false);
    const answer = await api.call(routes, 'submit', 'POST', SUBMIT, { bytes: CV, type: 'application/pdf' });
    expect(answer.status).toBe(503);
    expect(routes.errors.join('\n')).toContain('S3 answered HTTP 404 (no such bucket or key; its XML error body cannot be parsed on the Edge runtime)');
  });
});

const S3_FILES = () => s3.env;
const BLOB_FILES = () => ({ BLOB_READ_WRITE_TOKEN: blob.token, VERCEL_BLOB_API_URL: blob.apiUrl });
const stacks = [
  { name: 'SQS + Vercel KV + S3 (s3rver), chosen by the environment alone', files: S3_FILES, inCode: false },
  { name: 'SQS + Vercel KV + Vercel Blob (tested against a contract server), chosen by the environment alone', files: BLOB_FILES, inCode: false },
  { name: 'SQS + Vercel KV + S3 (s3rver), adapters made in code', files: S3_FILES, inCode: true },
  { name: 'SQS + Vercel KV + Vercel Blob (tested against a contract server), adapters made in code', files: BLOB_FILES, inCode: true },
];

describe.each(stacks)('submit and status on the Edge runtime: $name', (stack) => {
  let env: Record<string, string>;
  let queueUrl: string;
  let routes: Routes;
  beforeAll(async () => {
    ({ queueUrl } = await sqs.createQueue({ maxReceiveCount: 4 }));
    env = {
      ...SQS_CREDENTIALS,
      AWS_ENDPOINT_URL_SQS: sqs.endpoint,
      SQS_QUEUE_URL: queueUrl,
      KV_REST_API_URL: bridge.url,
      KV_REST_API_TOKEN: bridge.token,
      REVALIDATE_SECRET: 'edge-revalidate-secret-0123456789abcdef',
      CRON_SECRET: 'edge-cron-secret-0123456789abcdef0123',
      KILN_APP_URL: 'false',
      ...stack.files(),
    };
    routes = api.createRoutes(env, stack.inCode);
  });

  it('multipart: 202 with the job, stored and queued; the kick is off, so nothing runs at the edge', async () => {
    expect(routes.kickAfterSubmit).toBe(false);
    const answer = await api.call(routes, 'submit', 'POST', SUBMIT, { bytes: CV, type: 'application/pdf' });
    expect(answer.edgeRuntime).toBe('edge-runtime');
    expect(answer.status).toBe(202);
    expect(answer.background).toBe(0);
    const { jobId } = json(answer) as { jobId: string };
    const status = await api.call(routes, 'status', 'GET', `https://app.example/api/cv/${jobId}`);
    expect(status.status).toBe(200);
    expect(json(status)).toMatchObject({ id: jobId, status: 'queued' });
  });

  it('delete at the edge: the 202 carries a deleteToken (Web Crypto), DELETE with it removes the job, the status answers 404, noindex', async () => {
    const answer = await api.call(routes, 'submit', 'POST', SUBMIT, { bytes: CV, type: 'application/pdf' });
    const { jobId, deleteToken } = json(answer) as { jobId: string; deleteToken: string };
    expect(deleteToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const url = `https://app.example/api/cv/${jobId}`;
    expect((await api.call(routes, 'status', 'DELETE', url, undefined, { authorization: 'Bearer wrong' })).status).toBe(401);
    const deleted = await api.call(routes, 'status', 'DELETE', url, undefined, { authorization: `Bearer ${deleteToken}` });
    expect(deleted.status, routes.errors.join('\n')).toBe(200);
    expect(json(deleted)).toMatchObject({ deleted: true, jobId });
    const status = await api.call(routes, 'status', 'GET', url);
    expect(status.status).toBe(404);
    expect(status.headers['x-robots-tag']).toBe('noindex');
  });

  it('direct: the offer, the upload to the store, the commit once; a forged token is refused', async () => {
    const offer = await api.call(routes, 'submit', 'GET', `${SUBMIT}?direct=1&size=${CV.byteLength}&type=application/pdf`);
    expect(offer.status).toBe(200);
    const target = json(offer) as { url: string; method: string; headers: Record<string, string>; token: string };
    const put = await fetch(target.url, { method: target.method, headers: target.headers, body: CV });
    expect(put.ok).toBe(true);
    const commit = await api.call(routes, 'submit', 'POST', SUBMIT, { json: { directUpload: target.token } });
    expect(commit.status, routes.errors.join('\n')).toBe(202);
    const { jobId } = json(commit) as { jobId: string };
    const again = await api.call(routes, 'submit', 'POST', SUBMIT, { json: { directUpload: target.token } });
    expect((json(again) as { jobId: string }).jobId).toBe(jobId);
    const forged = await api.call(routes, 'submit', 'POST', SUBMIT, { json: { directUpload: `${target.token.slice(0, -2)}xx` } });
    expect(forged.status).toBe(400);
    expect(json(await api.call(routes, 'status', 'GET', `https://app.example/api/cv/${jobId}`))).toMatchObject({ status: 'queued' });
  });

  it('bad input at the edge: 413 naming the limit, 415 for a file that is not a CV, 405 with Allow', async () => {
    const big = await api.call(routes, 'submit', 'GET', `${SUBMIT}?direct=1&size=${30 * 1024 * 1024}&type=application/pdf`);
    expect(big.status).toBe(413);
    expect(big.text).toMatch(/25 MB|26214400/);
    const png = await api.call(routes, 'submit', 'POST', SUBMIT, { bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]), type: 'image/png' });
    expect(png.status).toBe(415);
    const put = await api.call(routes, 'submit', 'PUT', SUBMIT);
    expect(put.status).toBe(405);
    expect(put.headers.allow).toBe('GET, POST');
  });

  it('the jobs submitted at the edge run on Node and the edge status route shows them completed', async () => {
    const kiln = defineKiln({
      job: defineJob({ name: 'edge-test', timeoutSeconds: 10, run: async (input) => ({ bytes: (await input.file.bytes()).byteLength }) }),
      env: { ...env },
      appUrl: false,
      logger: { info() {}, warn() {}, error() {} },
    });
    try {
      const processed = await createProcessHandler(kiln)(new Request('http://127.0.0.1/api/cv/process', { method: 'POST', headers: { authorization: `Bearer ${env.CRON_SECRET}` } }));
      expect(processed.status).toBe(200);
      expect(await processed.json()).toMatchObject({ completed: 2 });
      const left = await sqs.client.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }));
      expect(left.Messages ?? []).toEqual([]);
    } finally {
      await kiln.dispose();
    }
  });
});
