import { KilnConfigError } from '../../core/errors';
import type { JobStore } from '../../ports/job-store';
import { missingSdk } from '../optional-sdk';
import { createKeyValueJobStore, type KeyValueCommands } from './key-value';

/** An `@upstash/redis` client, or `@vercel/kv`'s `kv` / `createClient()` (which wraps it). */
interface UpstashClient {
  eval(script: string, keys: string[], args: string[]): Promise<unknown>;
  hget(key: string, field: string): Promise<unknown>;
  del(...keys: string[]): Promise<unknown>;
}

export interface UpstashJobStoreOptions {
  /** A client from `@upstash/redis` (`new Redis(...)`, `Redis.fromEnv()`) or `@vercel/kv` (`kv`, `createClient(...)`). */
  client?: UpstashClient;
  /** REST URL when no client is given. Env: `KV_REST_API_URL`, else `UPSTASH_REDIS_REST_URL`. */
  url?: string;
  /** REST token when no client is given. Env: `KV_REST_API_TOKEN`, else `UPSTASH_REDIS_REST_TOKEN`. */
  token?: string;
  /** Prefix of every key. @default "kiln:" */
  prefix?: string;
}

/**
 * The read model on Vercel KV or Upstash Redis over their REST protocol. Fetch only — no Node API — so
 * it runs on the Edge runtime. `@upstash/redis` (or `@vercel/kv`) is an optional peer dependency,
 * imported on first use when no client is given.
 *
 * @example
 * import { kv } from '@vercel/kv';
 * import { createUpstashJobStore } from '@kiln/handlers/upstash';
 * const store = createUpstashJobStore({ client: kv });
 */
export function createUpstashJobStore(options: UpstashJobStoreOptions): JobStore {
  if (!options.client && !(options.url && options.token)) {
    throw new KilnConfigError('createUpstashJobStore needs a `client`, or a `url` and a `token` (KV_REST_API_URL and KV_REST_API_TOKEN).', 'store', 'KV_REST_API_URL');
  }
  let client: Promise<UpstashClient> | null = null;
  const connect = () => (client ??= options.client ? Promise.resolve(options.client) : openClient(options.url!, options.token!));
  const commands: KeyValueCommands = {
    eval: async (script, keys, args) => (await connect()).eval(script, keys, args),
    hget: async (key, field) => (await connect()).hget(key, field),
    del: async (key) => (await connect()).del(key),
  };
  return createKeyValueJobStore(commands, { name: 'upstash', ...(options.prefix ? { prefix: options.prefix } : {}) });
}

async function openClient(url: string, token: string): Promise<UpstashClient> {
  try {
    const { Redis } = await import('@upstash/redis');
    return new Redis({ url, token, automaticDeserialization: false }) as unknown as UpstashClient;
  } catch {
    // not installed: @vercel/kv (which wraps it) may be
  }
  try {
    const { createClient } = await import('@vercel/kv');
    return createClient({ url, token, automaticDeserialization: false }) as unknown as UpstashClient;
  } catch (cause) {
    throw missingSdk(cause, { packages: '@upstash/redis', option: 'store', variable: 'KV_REST_API_URL' });
  }
}
