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
  blobs: { kind: 'given' | 'embedded'; variable?: string };
}

/**
 * The article's variables alone choose the adapters: `SQS_QUEUE_URL` → SQS; `KV_REST_API_URL` (Vercel
 * KV) or `UPSTASH_REDIS_REST_URL` → the REST store; else `REDIS_URL` → Redis over TCP; nothing → the
 * embedded default. An adapter passed in code wins over any variable.
 */
export function chooseAdapters(given: { queue?: Queue; store?: JobStore; blobs?: BlobStore }, env: Env): AdapterChoice {
  const restUrl = env.KV_REST_API_URL ? 'KV_REST_API_URL' : env.UPSTASH_REDIS_REST_URL ? 'UPSTASH_REDIS_REST_URL' : undefined;
  if (env.BLOB_READ_WRITE_TOKEN && !given.blobs) {
    throw new KilnConfigError(
      'BLOB_READ_WRITE_TOKEN is set, but this version of @kiln/handlers cannot store files on Vercel Blob yet. Pass `blobs` to defineKiln, or unset BLOB_READ_WRITE_TOKEN to keep files on the local disk.',
      'blobs',
      'BLOB_READ_WRITE_TOKEN',
    );
  }
  return {
    queue: given.queue ? { kind: 'given' } : env.SQS_QUEUE_URL ? { kind: 'sqs', variable: 'SQS_QUEUE_URL' } : { kind: 'embedded' },
    store: given.store ? { kind: 'given' } : restUrl ? { kind: 'upstash', variable: restUrl } : env.REDIS_URL ? { kind: 'redis', variable: 'REDIS_URL' } : { kind: 'embedded' },
    blobs: given.blobs ? { kind: 'given' } : { kind: 'embedded' },
  };
}

/** Creates the adapters a choice names, each SDK imported only now. */
export async function createAdapters(
  choice: AdapterChoice,
  given: { queue?: Queue; store?: JobStore; blobs?: BlobStore },
  env: Env,
  local: { dataDir: string; maxReceiveCount: number },
): Promise<Ports> {
  const embedded = [choice.queue, choice.store, choice.blobs].some((port) => port.kind === 'embedded')
    ? (await import('@kiln/handlers/local')).createLocalAdapters({ dataDir: local.dataDir, maxReceiveCount: local.maxReceiveCount })
    : null;
  const queue = given.queue ?? (choice.queue.kind === 'sqs' ? await sqsFromEnv(env) : embedded!.queue);
  const store = given.store ?? (choice.store.kind === 'upstash' ? await upstashFromEnv(env) : choice.store.kind === 'redis' ? await redisFromEnv(env) : embedded!.store);
  const blobs = given.blobs ?? embedded!.blobs;
  return { queue, store, blobs };
}

async function sqsFromEnv(env: Env): Promise<Queue> {
  const { createSqsQueue } = await import('./adapters/queue/sqs');
  // The SDK reads process.env itself; passing what `env` says keeps an explicit `env` option honest.
  const endpoint = env.AWS_ENDPOINT_URL_SQS ?? env.AWS_ENDPOINT_URL;
  const credentials = env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY
    ? { accessKeyId: env.AWS_ACCESS_KEY_ID, secretAccessKey: env.AWS_SECRET_ACCESS_KEY, ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}) }
    : undefined;
  const region = env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
  return createSqsQueue({
    queueUrl: env.SQS_QUEUE_URL!,
    clientConfig: { ...(region ? { region } : {}), ...(endpoint ? { endpoint } : {}), ...(credentials ? { credentials } : {}) },
  });
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
  const { createRedisJobStore } = await import('./adapters/job-store/redis');
  return createRedisJobStore({ url: env.REDIS_URL! });
}
