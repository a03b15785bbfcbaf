import type { RateLimitDecision, RateLimiter } from '../../ports/rate-limiter';

export interface TokenBucketOptions {
  /** Submits a client may make at once, before it has to wait for a refill. @default 5 */
  burst?: number;
  /** One token comes back every this many seconds. @default 10 */
  refillSeconds?: number;
  /**
   * Most clients tracked at once. Buckets that have refilled are dropped on the way; past the cap the
   * least recently seen client is forgotten (it starts again with a full bucket), so a flood of new
   * addresses costs bounded memory instead of the process. @default 10000
   */
  maxKeys?: number;
  /** The clock (ms since epoch), for tests. @default Date.now */
  now?: () => number;
}

/** The in-memory limiter; `size` says how many clients it tracks. */
export interface TokenBucketRateLimiter extends RateLimiter {
  readonly size: number;
}

interface Bucket {
  tokens: number;
  /** When `tokens` was last brought up to date. */
  at: number;
}

/**
 * The default limiter: a token bucket per client, in this process's memory. Fetch-free and Node-free,
 * so it runs on the Edge runtime too. Each process (each serverless instance) keeps its own buckets:
 * on Vercel, where instances share nothing, use `createUpstashRateLimiter` from
 * `@kiln/handlers/upstash` for one limit across all of them.
 *
 * @example
 * defineKiln({ job, rateLimit: { limiter: createTokenBucketRateLimiter({ burst: 10, refillSeconds: 6 }) } });
 */
export function createTokenBucketRateLimiter(options: TokenBucketOptions = {}): TokenBucketRateLimiter {
  const burst = options.burst ?? 5;
  const refillMs = (options.refillSeconds ?? 10) * 1000;
  const maxKeys = options.maxKeys ?? 10_000;
  const now = options.now ?? Date.now;
  if (!(burst >= 1) || !(refillMs > 0) || !(maxKeys >= 1)) throw new RangeError('createTokenBucketRateLimiter: burst and maxKeys must be at least 1, refillSeconds more than 0.');
  // Map order is recency order: a bucket is re-inserted each time it is used.
  const buckets = new Map<string, Bucket>();
  // A bucket idle this long is full again, so forgetting it changes nothing.
  const idleMs = burst * refillMs;

  const dropRefilled = (at: number) => {
    for (const [key, bucket] of buckets) {
      if (at - bucket.at < idleMs) break; // the rest were used more recently
      buckets.delete(key);
    }
  };

  return {
    name: 'token-bucket',
    async limit(key: string): Promise<RateLimitDecision> {
      const at = now();
      const known = buckets.get(key);
      const bucket = known ? { tokens: Math.min(burst, known.tokens + (at - known.at) / refillMs), at } : { tokens: burst, at };
      buckets.delete(key);
      buckets.set(key, bucket);
      dropRefilled(at);
      if (buckets.size > maxKeys) buckets.delete(buckets.keys().next().value!);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { allowed: true, retryAfterSeconds: 0, remaining: Math.floor(bucket.tokens) };
      }
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(((1 - bucket.tokens) * refillMs) / 1000)), remaining: 0 };
    },
    get size() {
      return buckets.size;
    },
  };
}
