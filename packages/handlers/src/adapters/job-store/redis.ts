import { KilnConfigError } from '../../core/errors';
import type { JobStore } from '../../ports/job-store';
import { createKeyValueJobStore, type KeyValueCommands } from './key-value';

/** A `redis` (node-redis 4+) client: the methods Kiln calls. */
interface NodeRedisClient {
  hGet(key: string, field: string): Promise<unknown>;
  del(key: string): Promise<unknown>;
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
  isOpen?: boolean;
  connect?(): Promise<unknown>;
}

/** An `ioredis` client: the methods Kiln calls. */
interface IoRedisClient {
  hget(key: string, field: string): Promise<unknown>;
  del(key: string): Promise<unknown>;
  eval(script: string, numberOfKeys: number, ...keysAndArgs: string[]): Promise<unknown>;
}

export interface RedisJobStoreOptions {
  /**
   * A connected client from `redis` (node-redis 4 or later) or `ioredis`, whichever the app has.
   * Without one, Kiln connects to `url` with whichever of the two is installed.
   */
  client?: NodeRedisClient | IoRedisClient;
  /** Where to connect when no client is given. Env: `REDIS_URL`. @example "redis://127.0.0.1:6379" */
  url?: string;
  /** Prefix of every key. @default "kiln:" */
  prefix?: string;
}

/**
 * The read model on Redis over TCP: one hash per job, compare-and-set in one Lua script, the key
 * expiring with the record. `redis` or `ioredis` is an optional peer dependency, imported on first use.
 *
 * @example
 * import { createRedisJobStore } from '@kiln/handlers/redis';
 * const store = createRedisJobStore({ url: process.env.REDIS_URL });
 */
export function createRedisJobStore(options: RedisJobStoreOptions): JobStore {
  if (!options.client && !options.url) throw new KilnConfigError('createRedisJobStore needs a `client` or a `url` (REDIS_URL).', 'store', 'REDIS_URL');
  let commands: Promise<KeyValueCommands> | null = null;
  const connect = () =>
    (commands ??= (options.client ? Promise.resolve(fromClient(options.client, false)) : openClient(options.url!)).catch((error: unknown) => {
      commands = null;
      throw error;
    }));
  return createKeyValueJobStore(
    {
      eval: async (script, keys, args) => (await connect()).eval(script, keys, args),
      hget: async (key, field) => (await connect()).hget(key, field),
      del: async (key) => (await connect()).del(key),
      close: async () => {
        if (commands) await (await commands).close?.();
      },
    },
    { name: 'redis', ...(options.prefix ? { prefix: options.prefix } : {}) },
  );
}

function fromClient(client: NodeRedisClient | IoRedisClient, owned: boolean): KeyValueCommands {
  if ('hGet' in client) {
    return {
      eval: (script, keys, args) => client.eval(script, { keys, arguments: args }),
      hget: (key, field) => client.hGet(key, field),
      del: (key) => client.del(key),
      ...(owned ? { close: async () => void (await (client as unknown as { quit(): Promise<unknown> }).quit()) } : {}),
    };
  }
  return {
    eval: (script, keys, args) => client.eval(script, keys.length, ...keys, ...args),
    hget: (key, field) => client.hget(key, field),
    del: (key) => client.del(key),
    ...(owned ? { close: async () => void (await (client as unknown as { quit(): Promise<unknown> }).quit()) } : {}),
  };
}

const CONNECT_TIMEOUT_MS = 5000;

/** The URL without its password, for an error message. */
function redact(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');
}

async function openClient(url: string): Promise<KeyValueCommands> {
  let nodeRedis: typeof import('redis') | null = null;
  try {
    nodeRedis = await import('redis');
  } catch {
    // not installed: ioredis may be
  }
  if (nodeRedis) {
    // Commands fail at once while the connection is down (no offline queue), so a request answers 503
    // instead of hanging; the client reconnects on its own in the background.
    const client = nodeRedis.createClient({ url, disableOfflineQueue: true, socket: { connectTimeout: CONNECT_TIMEOUT_MS } });
    let firstError: unknown = null;
    client.on('error', (error: unknown) => (firstError ??= error));
    try {
      await Promise.race([
        client.connect(),
        new Promise((_, reject) => setTimeout(() => reject(firstError ?? new Error('timed out')), CONNECT_TIMEOUT_MS).unref?.()),
      ]);
    } catch (cause) {
      client.destroy();
      throw new Error(`Could not connect to Redis at ${redact(url)}: ${(cause as Error)?.message ?? cause}. Check REDIS_URL.`, { cause });
    }
    return fromClient(client as unknown as NodeRedisClient, true);
  }
  let ioredis: unknown = null;
  try {
    ioredis = await import('ioredis');
  } catch {
    // not installed either: said below
  }
  if (ioredis) {
    const Redis = (ioredis as unknown as { default: new (url: string, options: object) => IoRedisClient }).default;
    const client = new Redis(url, { maxRetriesPerRequest: 2, enableOfflineQueue: false, connectTimeout: CONNECT_TIMEOUT_MS });
    const events = client as unknown as { once(event: string, listener: (error?: Error) => void): void; on(event: string, listener: () => void): void; disconnect(): void };
    events.on('error', () => {}); // reconnects on its own; a failed command reports the outage
    try {
      await new Promise<void>((resolve, reject) => {
        events.once('ready', () => resolve());
        setTimeout(() => reject(new Error('timed out')), CONNECT_TIMEOUT_MS).unref?.();
      });
    } catch (cause) {
      events.disconnect();
      throw new Error(`Could not connect to Redis at ${redact(url)}: ${(cause as Error).message}. Check REDIS_URL.`, { cause });
    }
    return fromClient(client, true);
  }
  throw new KilnConfigError('REDIS_URL is set, but neither `redis` nor `ioredis` is installed. Install one: `npm install redis`.', 'store', 'REDIS_URL');
}
