import { KilnConfigError } from '../../core/errors';
import type { RateLimitDecision, RateLimiter } from '../../ports/rate-limiter';
import { missingSdk } from '../optional-sdk';

/** What Kiln uses of an `@upstash/ratelimit` `Ratelimit`. */
interface UpstashRatelimit {
  limit(identifier: string): Promise<{ success: boolean; remaining: number; reset: number }>;
}

export interface UpstashRateLimiterOptions {
  /** A ready `Ratelimit` from `@upstash/ratelimit` (its own algorithm and limits); the options below are then unused. */
  ratelimit?: UpstashRatelimit;
  /** A client from `@upstash/redis` (`Redis.fromEnv()`) or `@vercel/kv` (`kv`). */
  client?: unknown;
  /** REST URL when no client is given: Vercel KV's `KV_REST_API_URL` or `UPSTASH_REDIS_REST_URL`. */
  url?: string;
  /** REST token when no client is given: `KV_REST_API_TOKEN` or `UPSTASH_REDIS_REST_TOKEN`. */
  token?: string;
  /** Submits a client may make at once. @default 5 */
  burst?: number;
  /** One token comes back every this many seconds. @default 10 */
  refillSeconds?: number;
  /** Prefix of the limiter's keys. @default "kiln:ratelimit" */
  prefix?: string;
  /**
   * How long to wait for Redis, in ms; past it `@upstash/ratelimit` lets the submit through rather
   * than hold it. @default 5000
   */
  timeoutMs?: number;
}

/**
 * The rate limit shared by every instance, in Upstash Redis / Vercel KV, through `@upstash/ratelimit`
 * (a token bucket per client, kept by a Lua script in Redis). Use it on Vercel, where each function
 * instance would otherwise count on its own. Fetch only: it runs on the Edge runtime.
 * `@upstash/ratelimit` (and `@upstash/redis`, unless you pass a client) are optional peer
 * dependencies, imported on first use.
 *
 * @example
 * import { createUpstashRateLimiter } from '@kiln/handlers/upstash';
 * export const kiln = defineKiln({
 *   job,
 *   rateLimit: { limiter: createUpstashRateLimiter({ url: process.env.KV_REST_API_URL, token: process.env.KV_REST_API_TOKEN, burst: 5, refillSeconds: 10 }) },
 * });
 */
export function createUpstashRateLimiter(options: UpstashRateLimiterOptions): RateLimiter {
  if (!options.ratelimit && !options.client && !(options.url && options.token)) {
    throw new KilnConfigError('createUpstashRateLimiter needs a `ratelimit`, a `client`, or a `url` and a `token` (KV_REST_API_URL and KV_REST_API_TOKEN).', 'rateLimit', 'KV_REST_API_URL');
  }
  const burst = options.burst ?? 5;
  const refillSeconds = options.refillSeconds ?? 10;
  if (!Number.isInteger(burst) || burst < 1 || !Number.isInteger(refillSeconds) || refillSeconds < 1) {
    throw new KilnConfigError(`createUpstashRateLimiter: burst and refillSeconds must be whole numbers of at least 1 (got ${burst} and ${refillSeconds}).`, 'rateLimit');
  }
  let ratelimit: Promise<UpstashRatelimit> | null = null;
  const open = () =>
    (ratelimit ??= options.ratelimit ? Promise.resolve(options.ratelimit) : openRatelimit(options, burst, refillSeconds).catch((error: unknown) => {
      ratelimit = null;
      throw error;
    }));
  return {
    name: 'upstash-ratelimit',
    async limit(key: string): Promise<RateLimitDecision> {
      const { success, remaining, reset } = await (await open()).limit(key);
      return { allowed: success, remaining, retryAfterSeconds: success ? 0 : Math.max(1, Math.ceil((reset - Date.now()) / 1000)) };
    },
  };
}

async function openRatelimit(options: UpstashRateLimiterOptions, burst: number, refillSeconds: number): Promise<UpstashRatelimit> {
  let Ratelimit;
  try {
    ({ Ratelimit } = await import('@upstash/ratelimit'));
  } catch (cause) {
    throw missingSdk(cause, { packages: '@upstash/ratelimit', option: 'rateLimit', variable: 'KV_REST_API_URL' });
  }
  let redis = options.client;
  if (!redis) {
    try {
      const { Redis } = await import('@upstash/redis');
      redis = new Redis({ url: options.url!, token: options.token! });
    } catch (cause) {
      throw missingSdk(cause, { packages: '@upstash/redis', option: 'rateLimit', variable: 'KV_REST_API_URL' });
    }
  }
  return new Ratelimit({
    redis: redis as ConstructorParameters<typeof Ratelimit>[0]['redis'],
    limiter: Ratelimit.tokenBucket(1, `${refillSeconds} s`, burst),
    prefix: options.prefix ?? 'kiln:ratelimit',
    timeout: options.timeoutMs ?? 5000,
  });
}
