/**
 * `@kiln/handlers/redis` on the Edge runtime (the `edge-light` export condition): Redis over TCP needs
 * Node.js sockets, which an edge function does not have. Vercel KV / Upstash over REST works there.
 */
import { KilnConfigError } from './core/errors';
import type { JobStore } from './ports/job-store';

export type { RedisJobStoreOptions } from './adapters/job-store/redis';

export function createRedisJobStore(): JobStore {
  throw new KilnConfigError(
    'Redis over TCP (REDIS_URL) needs Node.js, and this code runs on the Edge runtime. Use the REST store there (KV_REST_API_URL and KV_REST_API_TOKEN), or run this route on the Node.js runtime.',
    'store',
    'REDIS_URL',
  );
}
