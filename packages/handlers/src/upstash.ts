/**
 * `@kiln/handlers/upstash`: the read model on Vercel KV / Upstash Redis over REST (fetch only: Edge
 * runtime safe), and a rate limit shared by every instance. `defineKiln` creates the store from
 * `KV_REST_API_URL` / `UPSTASH_REDIS_REST_URL`; the rate limiter is passed as `rateLimit.limiter`.
 */
export { createUpstashJobStore, type UpstashJobStoreOptions } from './adapters/job-store/upstash';
export { createUpstashRateLimiter, type UpstashRateLimiterOptions } from './adapters/rate-limiter/upstash';
