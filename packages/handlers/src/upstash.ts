/**
 * `@kiln/handlers/upstash`: the read model on Vercel KV / Upstash Redis over REST (fetch only: Edge
 * runtime safe). `defineKiln` creates it from `KV_REST_API_URL` / `UPSTASH_REDIS_REST_URL`.
 */
export { createUpstashJobStore, type UpstashJobStoreOptions } from './adapters/job-store/upstash';
