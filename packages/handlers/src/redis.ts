/**
 * `@kiln/handlers/redis`: the read model on Redis over TCP (`redis` or `ioredis`, loaded on first use).
 * `defineKiln` creates it from `REDIS_URL`.
 */
export { createRedisJobStore, type RedisJobStoreOptions } from './adapters/job-store/redis';
