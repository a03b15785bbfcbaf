import { Redis as UpstashRedis } from '@upstash/redis';
import { createClient as createVercelKv } from '@vercel/kv';
import IoRedis from 'ioredis';
import { createClient } from 'redis';
import { afterAll, describe, expect, it } from 'vitest';
import { createRedisJobStore } from '@kiln/handlers/redis';
import { createUpstashJobStore } from '@kiln/handlers/upstash';
import { runJobStoreSuite } from '@kiln/handlers/testing';
import { startRedis } from '../support/redis-server';
import { startUpstashBridge } from '../support/upstash-bridge';

/**
 * The JobStore conformance suite, unchanged, on a real redis-server (127.0.0.1): over TCP with both
 * `redis` and `ioredis`, and over the Upstash REST protocol — through the test bridge, since no
 * Upstash server can run here — with both `@upstash/redis` and `@vercel/kv`.
 */
const redis = await startRedis();
const bridge = await startUpstashBridge(redis.url);
const nodeRedis = createClient({ url: redis.url });
await nodeRedis.connect();
const ioredis = new IoRedis(redis.url);
afterAll(async () => {
  await nodeRedis.quit();
  ioredis.disconnect();
  await bridge.stop();
  await redis.stop();
});

const prefix = () => `kiln-test-${Math.random().toString(36).slice(2)}:`;
runJobStoreSuite('redis over TCP, a `redis` client', { create: () => createRedisJobStore({ client: nodeRedis, prefix: prefix() }) });
runJobStoreSuite('redis over TCP, an `ioredis` client', { create: () => createRedisJobStore({ client: ioredis, prefix: prefix() }) });
runJobStoreSuite('redis over TCP, connecting from REDIS_URL', { create: () => createRedisJobStore({ url: redis.url, prefix: prefix() }), cleanup: (store) => store.dispose?.() });
runJobStoreSuite('upstash REST (tested against a bridge to redis-server), an `@upstash/redis` client', {
  create: () => createUpstashJobStore({ client: new UpstashRedis({ url: bridge.url, token: bridge.token }), prefix: prefix() }),
});
runJobStoreSuite('vercel kv REST (tested against a bridge to redis-server), a `@vercel/kv` client', {
  create: () => createUpstashJobStore({ client: createVercelKv({ url: bridge.url, token: bridge.token }), prefix: prefix() }),
});
runJobStoreSuite('upstash REST (tested against a bridge to redis-server), from KV_REST_API_URL and _TOKEN', {
  create: () => createUpstashJobStore({ url: bridge.url, token: bridge.token, prefix: prefix() }),
});

describe('key-value job store details, on redis-server', () => {
  it('keeps the key only as long as the record: PEXPIREAT follows expiresAt on every write', async () => {
    const store = createRedisJobStore({ client: nodeRedis, prefix: 'ttl-test:' });
    const expiresAt = Date.now() + 60_000;
    const record = { id: 'ttl-job-abcdefghijklmnopqrst', status: 'queued' as const, attempts: 0, version: 1, submittedAt: 1, updatedAt: 1, input: { blobKey: 'uploads/x', size: 1, contentType: 'text/plain' }, expiresAt };
    await store.create(record);
    expect(Math.abs((await nodeRedis.pExpireTime('ttl-test:job:ttl-job-abcdefghijklmnopqrst')) - expiresAt)).toBeLessThan(2);
    await store.compareAndSet({ ...record, version: 2, expiresAt: expiresAt + 5000 }, 1);
    expect(Math.abs((await nodeRedis.pExpireTime('ttl-test:job:ttl-job-abcdefghijklmnopqrst')) - expiresAt - 5000)).toBeLessThan(2);
  });

  it('the REST bridge speaks the protocol both clients use: single commands, /pipeline and /multi-exec, base64 results, the token', async () => {
    const client = new UpstashRedis({ url: bridge.url, token: bridge.token });
    expect(await client.set('bridge-check', 'värde')).toBe('OK');
    const pipeline = client.pipeline();
    pipeline.get('bridge-check');
    pipeline.incr('bridge-counter');
    expect(await pipeline.exec()).toEqual(['värde', 1]);
    const multi = client.multi();
    multi.incr('bridge-counter');
    multi.hset('bridge-hash', { a: '1' });
    expect(await multi.exec()).toEqual([2, 1]);
    // The clients batch even single commands into /pipeline (auto-pipelining); the plain endpoint, by hand:
    const single = await fetch(bridge.url, { method: 'POST', headers: { authorization: `Bearer ${bridge.token}`, 'upstash-encoding': 'base64' }, body: JSON.stringify(['GET', 'bridge-check']) });
    expect(await single.json()).toEqual({ result: Buffer.from('värde').toString('base64') });
    expect(bridge.served).toMatchObject({ '/': 1, '/pipeline': expect.any(Number), '/multi-exec': 1 });
    const wrongToken = new UpstashRedis({ url: bridge.url, token: 'wrong', retry: false });
    await expect(wrongToken.get('bridge-check')).rejects.toThrow(/Unauthorized/);
  });
});

describe('redis over TCP when Redis is down', () => {
  it('a store whose Redis does not answer fails within seconds with a message naming REDIS_URL, instead of hanging', async () => {
    const store = createRedisJobStore({ url: 'redis://127.0.0.1:1' }); // nothing listens on port 1
    const started = Date.now();
    await expect(store.get('any-job-abcdefghijklmnopqrstu')).rejects.toThrow(/Could not connect to Redis at redis:\/\/127\.0\.0\.1:1.*Check REDIS_URL/);
    expect(Date.now() - started).toBeLessThan(8000);
    await store.dispose?.();
  });
});
