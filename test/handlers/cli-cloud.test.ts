import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../packages/handlers/src/cli/main';
import { createSqsQueue } from '@kiln/handlers/sqs';
import { createRedisJobStore } from '@kiln/handlers/redis';
import { createMemoryBlobStore } from '@kiln/handlers/memory';
import { defineJob, runProcessor } from '../support/handlers';
import { deps, enqueue, settings } from '../support/kiln-fixtures';
import { startRedis } from '../support/redis-server';
import { startUpstashBridge } from '../support/upstash-bridge';
import { startS3 } from '../support/s3-server';
import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { SQS_CREDENTIALS, startSqs } from '../support/sqs-servers';

/** The `kiln` CLI on the backends the app's variables name: SQS (fauxqs) with Redis, and with Vercel KV (REST bridge). */
const sqs = await startSqs('fauxqs');
const redis = await startRedis();
const bridge = await startUpstashBridge(redis.url);
afterAll(async () => {
  await bridge.stop();
  await redis.stop();
  await sqs.stop();
});

async function kiln(env: Record<string, string>, ...args: string[]) {
  const lines: string[] = [];
  const code = await main(args, (line) => lines.push(line), env);
  return { code, text: lines.join('\n') };
}

describe('the kiln CLI against SQS and a key-value store, chosen by the app’s variables', () => {
  it('lists a dead letter, replays it (the failed job is queued again and then completes), redrives, purges, shows and deletes a job', async () => {
    const { queueUrl } = await sqs.createQueue({ maxReceiveCount: 2 });
    const env = { ...SQS_CREDENTIALS, AWS_ENDPOINT_URL_SQS: sqs.endpoint, SQS_QUEUE_URL: queueUrl, REDIS_URL: redis.url, KILN_MAX_ATTEMPTS: '1', CRON_SECRET: 'c'.repeat(32), REVALIDATE_SECRET: 'r'.repeat(32) };
    const ports = { queue: createSqsQueue({ queueUrl, client: sqs.client }), store: createRedisJobStore({ url: redis.url }), blobs: createMemoryBlobStore() };
    const jobId = await enqueue(ports as never, 'cv');
    let down = true;
    const job = defineJob({ name: 'upstream', run: async () => (down ? Promise.reject(new Error('the upstream API is down')) : 'ok') });
    await runProcessor(deps(ports as never, job), settings({ maxAttempts: 1 }), { mode: 'drain' });

    const listed = await kiln(env, 'dead-letters');
    expect(listed.code).toBe(0);
    expect(listed.text).toContain(`job ${jobId}`);
    expect(listed.text).toContain('attempts exhausted: job_error: the upstream API is down');
    expect((await kiln(env, 'job', jobId)).text).toContain('"status": "failed"');

    const messageId = listed.text.split(/\s+/)[0]!;
    expect(await kiln(env, 'replay', messageId)).toEqual({ code: 0, text: `Replayed; job ${jobId} is queued again.` });
    expect((await kiln(env, 'job', jobId)).text).toContain('"status": "queued"');
    down = false;
    await runProcessor(deps(ports as never, job), settings({ maxAttempts: 1 }), { mode: 'drain' });
    expect((await kiln(env, 'job', jobId)).text).toContain('"status": "completed"');

    expect(await kiln(env, 'redrive')).toEqual({ code: 0, text: 'Replayed 0 dead letter(s).' });
    expect(await kiln(env, 'purge-dead-letters')).toEqual({ code: 0, text: 'Deleted 0 dead letter(s).' });
    // No app runs here, so the page cannot be regenerated: the data is gone all the same, and it says so.
    const deleted = await kiln({ ...env, KILN_APP_URL: 'http://127.0.0.1:9' }, 'delete', jobId); // port 9: nothing listens
    expect(deleted.code).toBe(0);
    expect(deleted.text).toContain(`Deleted job ${jobId}: its record and its upload (uploads/${jobId}).`);
    expect(deleted.text).toMatch(/Could not regenerate \/cv\/\S+ through http:\/\/127\.0\.0\.1:9\/api\/revalidate/);
    expect((await kiln(env, 'job', jobId)).code).toBe(1);
    await Promise.all([ports.queue.dispose?.(), ports.store.dispose?.()]);
  });

  it('doctor: all checks pass on a well set-up stack, in words and in JSON', async () => {
    const { queueUrl } = await sqs.createQueue({ maxReceiveCount: 4 });
    const env = { ...SQS_CREDENTIALS, AWS_ENDPOINT_URL_SQS: sqs.endpoint, SQS_QUEUE_URL: queueUrl, KV_REST_API_URL: bridge.url, KV_REST_API_TOKEN: bridge.token, CRON_SECRET: 'c'.repeat(32), REVALIDATE_SECRET: 'r'.repeat(32) };
    const human = await kiln(env, 'doctor');
    expect(human.code).toBe(0);
    expect(human.text).toMatch(/✓ queue reachable: SQS \(SQS_QUEUE_URL\)/);
    expect(human.text).toMatch(/✓ redrive policy: maxReceiveCount 4 = maxAttempts \(3\) \+ 1/);
    expect(human.text).toMatch(/✓ store reachable: upstash \(KV_REST_API_URL\)/);
    expect(human.text).toContain('All checks passed.');
    const json = JSON.parse((await kiln(env, 'doctor', '--json')).text) as { ok: boolean; checks: { name: string; ok: boolean }[] };
    expect(json.ok).toBe(true);
    expect(json.checks.map((check) => check.name)).toEqual(expect.arrayContaining(['queue reachable', 'redrive policy', 'store reachable', 'file store', 'direct uploads', 'CRON_SECRET', 'REVALIDATE_SECRET']));
  });

  it('doctor: names what is wrong — a redrive policy that does not leave the guard delivery, a store that does not answer, a missing secret', async () => {
    const { queueUrl } = await sqs.createQueue({ maxReceiveCount: 3 });
    const env = { ...SQS_CREDENTIALS, AWS_ENDPOINT_URL_SQS: sqs.endpoint, SQS_QUEUE_URL: queueUrl, KV_REST_API_URL: bridge.url, KV_REST_API_TOKEN: 'wrong-token', CRON_SECRET: 'c'.repeat(32) };
    const { code, text } = await kiln(env, 'doctor');
    expect(code).toBe(1);
    expect(text).toMatch(/✗ redrive policy: maxReceiveCount is 3, but maxAttempts is 3: it must be 4/);
    expect(text).toMatch(/✗ store reachable: upstash \(KV_REST_API_URL\): .*Unauthorized/);
    expect(text).toMatch(/✗ REVALIDATE_SECRET: not set/);
    expect(text).toContain('3 check(s) failed.');
  });

  it('doctor on S3 (s3rver): the file store answers, direct uploads are offered, and the bucket’s CORS rule lets the app’s origin PUT — or, without one, a warning naming the fix', async () => {
    const s3 = await startS3();
    try {
      const { queueUrl } = await sqs.createQueue({ maxReceiveCount: 4 });
      const env = { ...SQS_CREDENTIALS, AWS_ENDPOINT_URL_SQS: sqs.endpoint, SQS_QUEUE_URL: queueUrl, KV_REST_API_URL: bridge.url, KV_REST_API_TOKEN: bridge.token, CRON_SECRET: 'c'.repeat(32), REVALIDATE_SECRET: 'r'.repeat(32), ...s3.env, KILN_APP_URL: 'https://cv.example.com' };
      const good = await kiln(env, 'doctor');
      expect(good.code).toBe(0);
      expect(good.text).toMatch(/✓ file store: s3 \(KILN_S3_BUCKET\): a probe was written, read back and deleted/);
      expect(good.text).toMatch(/✓ direct uploads: offered: the browser sends PUT to http:\/\/127\.0\.0\.1:\d+/);
      expect(good.text).toMatch(/✓ CORS for direct uploads: .* lets https:\/\/cv\.example\.com send PUT/);

      const { REVALIDATE_SECRET: _unset, ...unsigned } = env;
      const noSecret = await kiln(unsigned, 'doctor');
      expect(noSecret.code).toBe(1);
      expect(noSecret.text).toMatch(/✗ direct uploads: s3 \(KILN_S3_BUCKET\) takes them, but neither KILN_UPLOAD_SECRET nor REVALIDATE_SECRET is set/);

      await s3.client.send(new CreateBucketCommand({ Bucket: 'no-cors' }));
      const bare = await kiln({ ...env, KILN_S3_BUCKET: 'no-cors' }, 'doctor');
      expect(bare.code).toBe(0); // a warning, not a failure
      expect(bare.text).toMatch(/! CORS for direct uploads: .* does not let https:\/\/cv\.example\.com send PUT .*Add the CORS rule from the README\./);
    } finally {
      await s3.stop();
    }
  });

  it('doctor: a setting it cannot build adapters from is reported as a failed check, not a crash', async () => {
    const { code, text } = await kiln({ BLOB_READ_WRITE_TOKEN: 'vercel_blob_rw_x', KILN_S3_BUCKET: 'b', CRON_SECRET: 'c'.repeat(32), REVALIDATE_SECRET: 'r'.repeat(32) }, 'doctor');
    expect(code).toBe(1);
    expect(text).toMatch(/✗ adapters: Both BLOB_READ_WRITE_TOKEN/);
  });
});
