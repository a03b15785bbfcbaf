import { awsClientConfig } from './adapters/aws-config';
import { KilnConfigError } from './core/errors';
import type { Ports } from './core/runtime';
import type { BlobStore } from './ports/blob-store';
import type { JobStore } from './ports/job-store';
import type { Queue } from './ports/queue';

type Env = Record<string, string | undefined>;

/** Which adapter each port runs on, and the variable that chose it. */
export interface AdapterChoice {
  queue: { kind: 'given' | 'sqs' | 'embedded'; variable?: string };
  store: { kind: 'given' | 'upstash' | 'redis' | 'embedded'; variable?: string };
  blobs: { kind: 'given' | 's3' | 'vercel-blob' | 'embedded'; variable?: string };
}

/**
 * The article's variables alone choose the adapters: `SQS_QUEUE_URL` → SQS; `KV_REST_API_URL` (Vercel
 * KV) or `UPSTASH_REDIS_REST_URL` → the REST store; else `REDIS_URL` → Redis over TCP;
 * `BLOB_READ_WRITE_TOKEN` → Vercel Blob, `KILN_S3_BUCKET` → S3; nothing → the embedded default. An
 * adapter passed in code wins over any variable.
 */
export function chooseAdapters(given: { queue?: Queue; store?: JobStore; blobs?: BlobStore }, env: Env): AdapterChoice {
  const restUrl = env.KV_REST_API_URL ? 'KV_REST_API_URL' : env.UPSTASH_REDIS_REST_URL ? 'UPSTASH_REDIS_REST_URL' : undefined;
  if (env.BLOB_READ_WRITE_TOKEN && env.KILN_S3_BUCKET && !given.blobs) {
    throw new KilnConfigError('Both BLOB_READ_WRITE_TOKEN (Vercel Blob) and KILN_S3_BUCKET (S3) are set: files can live in one store. Unset one of them.', 'blobs', 'KILN_S3_BUCKET');
  }
  return {
    queue: given.queue ? { kind: 'given' } : env.SQS_QUEUE_URL ? { kind: 'sqs', variable: 'SQS_QUEUE_URL' } : { kind: 'embedded' },
    store: given.store ? { kind: 'given' } : restUrl ? { kind: 'upstash', variable: restUrl } : env.REDIS_URL ? { kind: 'redis', variable: 'REDIS_URL' } : { kind: 'embedded' },
    blobs: given.blobs
      ? { kind: 'given' }
      : env.BLOB_READ_WRITE_TOKEN
        ? { kind: 'vercel-blob', variable: 'BLOB_READ_WRITE_TOKEN' }
        : env.KILN_S3_BUCKET
          ? { kind: 's3', variable: 'KILN_S3_BUCKET' }
          : { kind: 'embedded' },
  };
}

/** Creates the adapters a choice names, each SDK imported only now. */
export async function createAdapters(
  choice: AdapterChoice,
  given: { queue?: Queue; store?: JobStore; blobs?: BlobStore },
  env: Env,
  local: { dataDir: string; maxReceiveCount: number; maxBlobBytes?: number; minFreeDiskBytes?: number },
): Promise<Ports> {
  const embedded = [choice.queue, choice.store, choice.blobs].some((port) => port.kind === 'embedded')
    ? (await import('@kiln/handlers/local')).createLocalAdapters(local)
    : null;
  const queue = given.queue ?? (choice.queue.kind === 'sqs' ? await sqsFromEnv(env) : embedded!.queue);
  const store = given.store ?? (choice.store.kind === 'upstash' ? await upstashFromEnv(env) : choice.store.kind === 'redis' ? await redisFromEnv(env) : embedded!.store);
  const blobs = given.blobs ?? (choice.blobs.kind === 's3' ? await s3FromEnv(env) : choice.blobs.kind === 'vercel-blob' ? await vercelBlobFromEnv(env) : embedded!.blobs);
  return { queue, store, blobs };
}

async function sqsFromEnv(env: Env): Promise<Queue> {
  const { createSqsQueue } = await import('./adapters/queue/sqs');
  // The SDK reads process.env itself; passing what `env` says keeps an explicit `env` option honest.
  return createSqsQueue({ queueUrl: env.SQS_QUEUE_URL!, clientConfig: awsClientConfig(env, 'SQS') });
}

async function upstashFromEnv(env: Env): Promise<JobStore> {
  const [url, token, tokenVariable] = env.KV_REST_API_URL
    ? [env.KV_REST_API_URL, env.KV_REST_API_TOKEN, 'KV_REST_API_TOKEN']
    : [env.UPSTASH_REDIS_REST_URL, env.UPSTASH_REDIS_REST_TOKEN, 'UPSTASH_REDIS_REST_TOKEN'];
  if (!token) throw new KilnConfigError(`${tokenVariable} is not set: the REST store needs its token next to its URL.`, 'store', tokenVariable);
  const { createUpstashJobStore } = await import('./adapters/job-store/upstash');
  return createUpstashJobStore({ url: url!, token });
}

async function redisFromEnv(env: Env): Promise<JobStore> {
  // By the package's name: on the Edge runtime this is a stub that says why Redis over TCP cannot run there.
  const { createRedisJobStore } = await import('@kiln/handlers/redis');
  return createRedisJobStore({ url: env.REDIS_URL! });
}


async function s3FromEnv(env: Env): Promise<BlobStore> {
  const { createS3BlobStore } = await import('./adapters/blob-store/s3');
  return createS3BlobStore({ bucket: env.KILN_S3_BUCKET!, clientConfig: awsClientConfig(env, 'S3') });
}

async function vercelBlobFromEnv(env: Env): Promise<BlobStore> {
  const { createVercelBlobStore } = await import('./adapters/blob-store/vercel-blob');
  return createVercelBlobStore({ token: env.BLOB_READ_WRITE_TOKEN!, ...(env.VERCEL_BLOB_API_URL ? { apiUrl: env.VERCEL_BLOB_API_URL } : {}) });
}
