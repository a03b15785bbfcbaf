import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defineJob, defineKiln, jobTimeoutSeconds, KilnConfigError } from '../support/handlers';
import { createMemoryQueue } from '@kiln/handlers/memory';
import { echoJob } from '../support/kiln-fixtures';
import { chooseAdapters } from '../../packages/handlers/src/environment';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const dataDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kiln-config-'));
  dirs.push(dir);
  return dir;
};

const fails = (options: Parameters<typeof defineKiln>[0], pattern: RegExp, fields: { option?: string; envVar?: string } = {}) => {
  let error: unknown;
  try {
    defineKiln(options);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(KilnConfigError);
  expect((error as Error).message).toMatch(pattern);
  expect(error).toMatchObject(fields);
};

describe('defineKiln', () => {
  it('options win over environment, environment over defaults', () => {
    const env = { KILN_CONCURRENCY: '4', KILN_MAX_UPLOAD_BYTES: '2048', KILN_DATA_DIR: dataDir(), KILN_MAX_DURATION_SECONDS: '300' };
    const fromEnv = defineKiln({ job: echoJob, env });
    expect(fromEnv.processor.concurrency).toBe(4);
    expect(fromEnv.processor.maxDurationSeconds).toBe(300);
    expect(fromEnv.upload.maxBytes).toBe(2048);
    expect(fromEnv.dataDir).toBe(env.KILN_DATA_DIR);
    expect(fromEnv.mode).toBe('embedded');
    const fromOptions = defineKiln({ job: echoJob, env, concurrency: 8, maxUploadBytes: 10 });
    expect(fromOptions.processor.concurrency).toBe(8);
    expect(fromOptions.upload.maxBytes).toBe(10);
    const defaults = defineKiln({ job: echoJob, env: { KILN_DATA_DIR: dataDir() } });
    expect(defaults.processor).toMatchObject({ concurrency: 2, maxDurationSeconds: 60 });
    expect(defaults.upload).toEqual({ fieldName: 'cv', maxBytes: 4 * 1024 * 1024, directMaxBytes: 25 * 1024 * 1024, accept: ['pdf', 'docx', 'txt'] });
  });

  it('names the option and the variable of a bad number', () => {
    fails({ job: echoJob, env: { KILN_CONCURRENCY: 'lots' } }, /KILN_CONCURRENCY="lots".*option `concurrency`/, { option: 'concurrency', envVar: 'KILN_CONCURRENCY' });
    fails({ job: echoJob, env: {}, maxUploadBytes: -1 }, /option `maxUploadBytes`/, { option: 'maxUploadBytes' });
  });

  it('the article’s variables alone choose the adapters; an adapter in code wins', () => {
    const sqs = { SQS_QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/123456789012/kiln-jobs' };
    expect(chooseAdapters({}, {})).toEqual({ queue: { kind: 'embedded' }, store: { kind: 'embedded' }, blobs: { kind: 'embedded' } });
    expect(chooseAdapters({}, { ...sqs, KV_REST_API_URL: 'https://kv.example', KV_REST_API_TOKEN: 't', REDIS_URL: 'redis://x' })).toMatchObject({
      queue: { kind: 'sqs', variable: 'SQS_QUEUE_URL' },
      store: { kind: 'upstash', variable: 'KV_REST_API_URL' }, // REST first: it runs on the Edge runtime too
    });
    expect(chooseAdapters({}, { UPSTASH_REDIS_REST_URL: 'https://u.example' }).store).toEqual({ kind: 'upstash', variable: 'UPSTASH_REDIS_REST_URL' });
    expect(chooseAdapters({}, { REDIS_URL: 'redis://127.0.0.1:6379' }).store).toEqual({ kind: 'redis', variable: 'REDIS_URL' });
    expect(chooseAdapters({}, { BLOB_READ_WRITE_TOKEN: 'vercel_blob_rw_s_x' }).blobs).toEqual({ kind: 'vercel-blob', variable: 'BLOB_READ_WRITE_TOKEN' });
    expect(chooseAdapters({}, { KILN_S3_BUCKET: 'kiln-uploads' }).blobs).toEqual({ kind: 's3', variable: 'KILN_S3_BUCKET' });
    expect(chooseAdapters({ queue: createMemoryQueue() }, sqs).queue).toEqual({ kind: 'given' });
    expect(defineKiln({ job: echoJob, env: { ...sqs, KILN_DATA_DIR: dataDir() } }).processor.maxAttempts).toBe(3);
  });

  it('names the variable to set when one is missing, the SDK to install when it is absent, and refuses the embedded default on Vercel', async () => {
    const kiln = defineKiln({ job: echoJob, env: { KV_REST_API_URL: 'https://kv.example', KILN_DATA_DIR: dataDir() } });
    await expect(kiln.ports()).rejects.toMatchObject({ name: 'KilnConfigError', envVar: 'KV_REST_API_TOKEN', message: expect.stringMatching(/KV_REST_API_TOKEN is not set/) });
    fails({ job: echoJob, env: { BLOB_READ_WRITE_TOKEN: 'vercel_blob_rw_x', KILN_S3_BUCKET: 'b' } }, /Both BLOB_READ_WRITE_TOKEN .* and KILN_S3_BUCKET .* are set/, { option: 'blobs' });
    await expect(defineKiln({ job: echoJob, env: { BLOB_READ_WRITE_TOKEN: 'not-a-token', KILN_DATA_DIR: dataDir() } }).ports()).rejects.toMatchObject({ envVar: 'BLOB_READ_WRITE_TOKEN' });
    fails({ job: echoJob, env: { VERCEL: '1' } }, /Vercel functions do not share: set SQS_QUEUE_URL; set KV_REST_API_URL/, { envVar: 'SQS_QUEUE_URL' });
    fails({ job: echoJob, env: { VERCEL: '1', SQS_QUEUE_URL: 'https://sqs.x/1/q', KV_REST_API_URL: 'https://kv.example', KV_REST_API_TOKEN: 't' } }, /keeps blobs on the local disk/, { envVar: 'BLOB_READ_WRITE_TOKEN' });
  });

  it('fails when maxAttempts contradicts the queue, or the job can never fit the function', () => {
    fails({ job: echoJob, env: {}, queue: createMemoryQueue({ maxReceiveCount: 5 }), maxAttempts: 3 }, /maxReceiveCount is 5, but maxAttempts is 3: maxReceiveCount must be maxAttempts \+ 1 = 4/, { option: 'maxAttempts' });
    fails({ job: echoJob, env: { KILN_MAX_ATTEMPTS: '4' }, queue: createMemoryQueue({ maxReceiveCount: 4 }) }, /maxReceiveCount is 4, but maxAttempts is 4/, { envVar: 'KILN_MAX_ATTEMPTS' });
    fails({ job: echoJob, env: {}, queue: createMemoryQueue({ maxReceiveCount: 1 }) }, /maxAttempts must be a whole number of at least 1 \(got 0\)/);
    // With a queue and no maxAttempts, the queue's redrive policy decides: one guard delivery after the attempts.
    expect(defineKiln({ job: echoJob, env: {}, queue: createMemoryQueue({ maxReceiveCount: 6 }) }).processor.maxAttempts).toBe(5);
    const long = defineJob({ name: 'long', timeoutSeconds: 120, run: async () => 1 });
    fails({ job: long, env: {} }, /may take 120 s, but a 60 s function can only start jobs of up to 50 s/, { option: 'maxDurationSeconds', envVar: 'KILN_MAX_DURATION_SECONDS' });
    // The whole budget is not enough: once the request has arrived, such a job could never start.
    fails({ job: defineJob({ name: 'whole-budget', timeoutSeconds: 55, run: async () => 1 }), env: {} }, /may take 55 s/, { option: 'maxDurationSeconds' });
    expect(defineKiln({ job: defineJob({ name: 'fits', timeoutSeconds: 50, run: async () => 1 }), env: { KILN_DATA_DIR: dataDir() } }).processor.maxDurationSeconds).toBe(60);
  });

  it('a job without timeoutSeconds fits the default processor, and runs for what a run leaves it', () => {
    const plain = defineJob({ name: 'plain', run: async () => 1 });
    const kiln = defineKiln({ job: plain, env: { KILN_DATA_DIR: dataDir() } });
    expect(kiln.processor).toMatchObject({ maxDurationSeconds: 60, safetyMarginSeconds: 5, maxAttempts: 3, visibilityTimeoutSeconds: 30, heartbeatSeconds: 10 });
    expect(jobTimeoutSeconds(plain, kiln.processor)).toBe(50); // 60 s minus a margin before and after the job
  });

  it('on AWS Lambda, asks for KILN_APP_URL: no app runs next to the function to regenerate pages', () => {
    fails({ job: echoJob, env: { AWS_LAMBDA_FUNCTION_NAME: 'kiln-processor', KILN_DATA_DIR: dataDir() } }, /On AWS Lambda .* set KILN_APP_URL/, { option: 'appUrl', envVar: 'KILN_APP_URL' });
    expect(defineKiln({ job: echoJob, env: { AWS_LAMBDA_FUNCTION_NAME: 'kiln-processor', KILN_APP_URL: 'https://app.example', KILN_DATA_DIR: dataDir() } }).httpRevalidate()).toBeTypeOf('function');
    expect(defineKiln({ job: echoJob, appUrl: false, env: { AWS_LAMBDA_FUNCTION_NAME: 'kiln-processor', KILN_DATA_DIR: dataDir() } }).httpRevalidate()).toBeNull();
  });

  it('refuses processor settings outside what the queue and the host allow, naming the setting', () => {
    fails({ job: echoJob, env: {}, processor: { batchSize: 0 } }, /processor.batchSize must be a whole number from 1 to 10/, { option: 'processor.batchSize' });
    fails({ job: echoJob, env: {}, processor: { waitSeconds: 30 } }, /processor.waitSeconds must be 0–20/);
    fails({ job: echoJob, env: {}, processor: { safetyMarginSeconds: -30 } }, /processor.safetyMarginSeconds must be at least 0/);
    fails({ job: echoJob, env: {}, processor: { backoff: { baseSeconds: 5, maxSeconds: 86_400 } } }, /processor.backoff needs 0 ≤ baseSeconds ≤ maxSeconds ≤ 43200/);
    fails({ job: echoJob, env: {}, processor: { visibilityTimeoutSeconds: 50_000 } }, /processor.visibilityTimeoutSeconds must be more than 0 and at most 43200/);
  });

  it('refuses a visibility timeout shorter than three heartbeats, naming both', () => {
    fails({ job: echoJob, env: {}, processor: { visibilityTimeoutSeconds: 20, heartbeatSeconds: 10 } }, /visibilityTimeoutSeconds \(20\) must be at least 3 × heartbeatSeconds \(10\)/, { option: 'processor.visibilityTimeoutSeconds' });
    expect(defineKiln({ job: echoJob, env: { KILN_DATA_DIR: dataDir() }, processor: { heartbeatSeconds: 20 } }).processor.visibilityTimeoutSeconds).toBe(60);
  });

  it('refuses route patterns without one [jobId] and matches only job page paths', () => {
    fails({ job: echoJob, env: {}, pagePath: '/cv/:id' }, /one "\[jobId\]" segment/);
    const kiln = defineKiln({ job: echoJob, env: { KILN_DATA_DIR: dataDir() }, pagePath: '/results/[jobId]/view' });
    expect(kiln.routes.matchPagePath('/results/abcdefghijklmnopqrstuvwx/view')).toBe('abcdefghijklmnopqrstuvwx');
    expect(kiln.routes.matchPagePath('/results/abc/view')).toBeNull();
    expect(kiln.routes.matchPagePath('/results/abcdefghijklmnopqrstuvwx/view/../x')).toBeNull();
  });

  it('generates shared secrets in the data folder for the embedded default (mode 0600), env wins', async () => {
    const dir = dataDir();
    const a = await defineKiln({ job: echoJob, env: { KILN_DATA_DIR: dir } }).secrets();
    const b = await defineKiln({ job: echoJob, env: { KILN_DATA_DIR: dir } }).secrets();
    expect(a.revalidate).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(b).toEqual(a); // a second process reads the same file
    expect(statSync(path.join(dir, 'secrets.json')).mode & 0o777).toBe(0o600);
    const { revalidate, cron } = a;
    expect(JSON.parse(readFileSync(path.join(dir, 'secrets.json'), 'utf8'))).toEqual({ revalidate, cron });
    expect(a.upload).toBe(a.revalidate); // direct-upload tokens are signed with it unless KILN_UPLOAD_SECRET is set
    expect((await defineKiln({ job: echoJob, env: { KILN_DATA_DIR: dir, CRON_SECRET: 'mine'.repeat(8) } }).secrets()).cron).toBe('mine'.repeat(8));
  });

  it('requires a job', () => {
    fails({ env: {} } as never, /`job` is required/, { option: 'job' });
  });
});
