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
import { createInterface } from 'node:readline';
import { startRedis } from '../../test/support/redis-server';
import { startS3 } from '../../test/support/s3-server';
import { startSqs } from '../../test/support/sqs-servers';

export interface LocalCloud {
  /** SQS_QUEUE_URL, AWS_ENDPOINT_URL_SQS, REDIS_URL, KILN_S3_BUCKET, AWS_ENDPOINT_URL_S3 and credentials. */
  env: Record<string, string>;
  /** Stops the three servers and the child that holds them. */
  stop(): Promise<void>;
}

/** What the rows' setup text says the stack is. */
export const LOCAL_CLOUD_DESCRIPTION =
  'SQS on fauxqs 1.9.2 (the faster of the two local SQS servers the tests use: 4.2 ms against 16.2 ms p50 per send→receive→delete in bench:queue), ' +
  'the job store on a local redis-server through Kiln\'s Redis adapter (REDIS_URL), uploads on s3rver 3.7.1 (KILN_S3_BUCKET); ' +
  'all three on 127.0.0.1, fauxqs and s3rver in one child process of their own';

export async function startLocalCloud(): Promise<LocalCloud> {
  const child = spawn(process.execPath, ['--import', 'tsx', import.meta.filename, '--serve'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
  };
  try {
    const line = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`local cloud servers did not start in 30 s:\n${errors}`)), 30_000);
      createInterface({ input: child.stdout! }).once('line', (first) => (clearTimeout(timer), resolve(first)));
      child.once('exit', (code) => (clearTimeout(timer), reject(new Error(`local cloud servers exited with ${code}:\n${errors}`))));
    });
    return { env: JSON.parse(line) as Record<string, string>, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function serve(): Promise<void> {
  const stops: (() => Promise<void>)[] = [];
  let stopping: Promise<void> | null = null;
  const stopAll = () => (stopping ??= Promise.allSettled(stops.map((stop) => stop())).then(() => process.exit(0)));
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => void stopAll());
  try {
    const sqs = await startSqs('fauxqs');
    stops.push(() => sqs.stop());
    const redis = await startRedis();
    stops.push(() => redis.stop());
    const s3 = await startS3();
    stops.push(() => s3.stop());
    // Kiln's guard delivery needs maxReceiveCount = maxAttempts + 1 (3 + 1).
    const { queueUrl } = await sqs.createQueue({ maxReceiveCount: 4 });
    // One set of AWS credentials serves both: s3rver checks them (S3RVER), fauxqs takes any.
    process.stdout.write(`${JSON.stringify({ ...s3.env, AWS_ENDPOINT_URL_SQS: sqs.endpoint, SQS_QUEUE_URL: queueUrl, REDIS_URL: redis.url })}\n`);
  } catch (error) {
    console.error(error);
    await stopAll();
  }
}

if (process.argv.includes('--serve')) await serve();
