/**
 * The article's cloud stack on this machine, for the benchmark rows that run on it: SQS (fauxqs), Redis
 * (redis-server, through Kiln's Redis adapter) and S3 (s3rver), all on 127.0.0.1 and free ports.
 *
 * fauxqs and s3rver are Node servers; they run in a child process of their own, as separate services
 * would, so they do not share an event loop with the load generator (autocannon) in the benchmark's process.
 * `startLocalCloud()` starts that child and returns the environment that points the bench app at it.
 *
 *   pnpm exec tsx bench/lib/local-cloud.ts --serve   # the child itself: prints the env as one JSON line
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { createClient } from 'redis';
import { onCleanup } from './cleanup';
import { ascending, percentile } from './report';
import { startRedis } from '../../test/support/redis-server';
import { startS3 } from '../../test/support/s3-server';
import { startSqs } from '../../test/support/sqs-servers';

export interface LocalCloud {
  /** SQS_QUEUE_URL, AWS_ENDPOINT_URL_SQS, REDIS_URL, KILN_S3_BUCKET, AWS_ENDPOINT_URL_S3 and credentials. */
  env: Record<string, string>;
  /** A second queue on the same server, for timeServiceRoundTrips: nothing the app reads. */
  roundTripQueueUrl: string;
  /** Stops the three servers and the child that holds them. */
  stop(): Promise<void>;
}

/** What the rows' setup text says the stack is. */
export const LOCAL_CLOUD_DESCRIPTION =
  'SQS on fauxqs 1.9.2 (of the two local SQS servers the tests use, the faster per call in bench/queue.ts, and the more faithful on this path: ' +
  'its one gap, no StartMessageMoveTask, touches neither submit nor processing, while local-aws-sqs 2.0.2 counts each visibility change as a receive), ' +
  'the job store on a local redis-server through Kiln\'s Redis adapter (REDIS_URL), uploads on s3rver 3.7.1 (KILN_S3_BUCKET); ' +
  'all three on 127.0.0.1, fauxqs and s3rver in one child process of their own';

export async function startLocalCloud(): Promise<LocalCloud> {
  // The child's temporary files (s3rver's objects) go into a folder of this process's, removed after the
  // child has exited however it ended, even if s3rver's own clean-up did not get to run.
  const folder = mkdtempSync(path.join(tmpdir(), 'kiln-bench-cloud-'));
  const child = spawn(process.execPath, ['--import', 'tsx', import.meta.filename, '--serve'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, TMPDIR: folder, KILN_BENCH_CLOUD_DIR: folder } });
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // On Ctrl-C the child stops its servers itself (it handles SIGTERM); it must only be told.
  const forget = onCleanup(() => void child.kill('SIGTERM'));
  const stop = async () => {
    forget();
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(folder, { recursive: true, force: true });
  };
  try {
    const line = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`local cloud servers did not start in 30 s:\n${errors}`)), 30_000);
      createInterface({ input: child.stdout! }).once('line', (first) => (clearTimeout(timer), resolve(first)));
      child.once('exit', (code) => (clearTimeout(timer), reject(new Error(`local cloud servers exited with ${code}:\n${errors}`))));
    });
    const { env, roundTripQueueUrl } = JSON.parse(line) as { env: Record<string, string>; roundTripQueueUrl: string };
    return { env, roundTripQueueUrl, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** p50 in ms of the three calls a submit makes on this stack, each alone from this process (one at a time). */
export interface ServiceRoundTrips {
  s3Put: number;
  redisSet: number;
  sqsSend: number;
}

/**
 * Times the calls Kiln's submit makes one after another on this stack — a PutObject of `body` to s3rver,
 * a SET NX of a job-sized value in Redis, a SendMessage to fauxqs — `times` each, sequentially, from this
 * process. Their p50s added up are what a cloud submit cannot go below here: they say how much of its
 * latency is the local servers' own.
 */
export async function timeServiceRoundTrips({ env, roundTripQueueUrl }: LocalCloud, body: Uint8Array, times: number): Promise<ServiceRoundTrips> {
  const credentials = { accessKeyId: env.AWS_ACCESS_KEY_ID!, secretAccessKey: env.AWS_SECRET_ACCESS_KEY! };
  const s3 = new S3Client({ region: env.AWS_REGION!, endpoint: env.AWS_ENDPOINT_URL_S3!, forcePathStyle: true, credentials, requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' });
  const sqs = new SQSClient({ region: env.AWS_REGION!, endpoint: env.AWS_ENDPOINT_URL_SQS!, credentials });
  const redis = createClient({ url: env.REDIS_URL! });
  await redis.connect();
  const p50 = async (call: (i: number) => Promise<unknown>) => {
    const ms: number[] = [];
    for (let i = 0; i < times + 5; i++) {
      const started = performance.now();
      await call(i);
      if (i >= 5) ms.push(performance.now() - started); // the first few open connections
    }
    return percentile(ascending(ms), 50);
  };
  const record = JSON.stringify({ id: 'x'.repeat(24), status: 'queued', attempts: 0, version: 1, input: { blobKey: `uploads/${'x'.repeat(24)}`, size: body.byteLength } });
  try {
    return {
      s3Put: await p50((i) => s3.send(new PutObjectCommand({ Bucket: env.KILN_S3_BUCKET!, Key: `bench-round-trip/${i}`, Body: body, ContentType: 'application/pdf' }))),
      redisSet: await p50((i) => redis.set(`bench-round-trip:${i}`, record, { NX: true })),
      sqsSend: await p50((i) => sqs.send(new SendMessageCommand({ QueueUrl: roundTripQueueUrl, MessageBody: JSON.stringify({ v: 1, jobId: `bench-round-trip-${i}` }) }))),
    };
  } finally {
    s3.destroy();
    sqs.destroy();
    await redis.quit();
  }
}

async function serve(): Promise<void> {
  const stops: (() => Promise<void>)[] = [];
  let stopping: Promise<void> | null = null;
  const stopAll = () =>
    (stopping ??= Promise.allSettled(stops.map((stop) => stop())).then(() => {
      // On Ctrl-C the parent has exited already: the folder it made for this child is this child's to remove.
      if (process.env.KILN_BENCH_CLOUD_DIR) rmSync(process.env.KILN_BENCH_CLOUD_DIR, { recursive: true, force: true });
      process.exit(0);
    }));
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => void stopAll());
  // A parent killed outright (SIGKILL) cannot tell this child: it notices being orphaned instead.
  const parent = process.ppid;
  setInterval(() => process.ppid !== parent && void stopAll(), 1000).unref();
  try {
    const sqs = await startSqs('fauxqs');
    stops.push(() => sqs.stop());
    const redis = await startRedis();
    stops.push(() => redis.stop());
    const s3 = await startS3();
    stops.push(() => s3.stop());
    // Kiln's guard delivery needs maxReceiveCount = maxAttempts + 1 (3 + 1).
    const { queueUrl } = await sqs.createQueue({ maxReceiveCount: 4 });
    const roundTrips = await sqs.createQueue({ maxReceiveCount: 4 });
    // One set of AWS credentials serves both: s3rver checks them (S3RVER), fauxqs takes any.
    const env = { ...s3.env, AWS_ENDPOINT_URL_SQS: sqs.endpoint, SQS_QUEUE_URL: queueUrl, REDIS_URL: redis.url };
    process.stdout.write(`${JSON.stringify({ env, roundTripQueueUrl: roundTrips.queueUrl })}\n`);
  } catch (error) {
    console.error(error);
    await stopAll();
  }
}

if (process.argv.includes('--serve')) await serve();
