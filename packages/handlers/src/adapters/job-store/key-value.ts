import type { JobRecord } from '../../core/job';
import type { JobStore } from '../../ports/job-store';

/**
 * The JobStore on a Redis-protocol key-value store (Redis over TCP, Upstash / Vercel KV over REST).
 * Each job is one hash — `v` (the version) and `d` (the record as JSON) — so compare-and-set compares
 * a small field in one Lua script, atomically, in one round trip. The key expires with the record
 * (PEXPIREAT at `expiresAt`, set on every write), so no sweep is needed.
 */
export interface KeyValueCommands {
  /** EVAL: a Lua script with its keys and arguments. */
  eval(script: string, keys: string[], args: string[]): Promise<unknown>;
  /** HGET; clients that decode JSON themselves may return the parsed value. */
  hget(key: string, field: string): Promise<unknown>;
  del(key: string): Promise<unknown>;
  /** Close what the adapter opened itself. */
  close?(): Promise<void>;
}

// KEYS[1] job key · ARGV: version, data, expireAtMs ('' = none)
const CREATE = `
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], 'v', ARGV[1], 'd', ARGV[2])
if ARGV[3] ~= '' then redis.call('PEXPIREAT', KEYS[1], ARGV[3]) end
return 1`;

// KEYS[1] job key · ARGV: expected version, new version, data, expireAtMs ('' = none)
const COMPARE_AND_SET = `
local current = redis.call('HGET', KEYS[1], 'v')
if current == false or current ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'v', ARGV[2], 'd', ARGV[3])
if ARGV[4] ~= '' then redis.call('PEXPIREAT', KEYS[1], ARGV[4]) else redis.call('PERSIST', KEYS[1]) end
return 1`;

export interface KeyValueJobStoreOptions {
  /** Adapter name for logs, e.g. `"redis"`. */
  name: string;
  /** Prefix of every key, so several apps can share one database. @default "kiln:" */
  prefix?: string;
}

export function createKeyValueJobStore(commands: KeyValueCommands, options: KeyValueJobStoreOptions): JobStore {
  const prefix = options.prefix ?? 'kiln:';
  const key = (id: string) => `${prefix}job:${id}`;
  const expiry = (record: JobRecord) => (record.expiresAt === undefined ? '' : String(Math.floor(record.expiresAt)));
  return {
    name: options.name,
    async get(id: string) {
      const data = await commands.hget(key(id), 'd');
      if (data === null || data === undefined) return null;
      const record = (typeof data === 'string' ? JSON.parse(data) : data) as JobRecord;
      // The key expires with the record; between its expiry and the server's eviction, hide it anyway.
      return record.expiresAt !== undefined && record.expiresAt <= Date.now() ? null : record;
    },
    async create(record: JobRecord) {
      return Number(await commands.eval(CREATE, [key(record.id)], [String(record.version), JSON.stringify(record), expiry(record)])) === 1;
    },
    async compareAndSet(record: JobRecord, expectedVersion: number) {
      if (record.version !== expectedVersion + 1) throw new RangeError(`compareAndSet: the new version must be ${expectedVersion + 1}, got ${record.version}.`);
      const stored = await commands.eval(COMPARE_AND_SET, [key(record.id)], [String(expectedVersion), String(record.version), JSON.stringify(record), expiry(record)]);
      return Number(stored) === 1;
    },
    async delete(id: string) {
      await commands.del(key(id));
    },
    async dispose() {
      await commands.close?.();
    },
  };
}
