/**
 * `@kiln/handlers/upstash` on the Edge runtime (the `edge-light` export condition). An edge function
 * has no `node_modules` to load a package from when it runs, so this entry imports `@upstash/redis`
 * statically and the app's bundler puts it in the function (or pass a `client`).
 */
import { Redis } from '@upstash/redis';
import { createUpstashJobStore as create, type UpstashJobStoreOptions } from './adapters/job-store/upstash';
import type { JobStore } from './ports/job-store';

export type { UpstashJobStoreOptions };

/** @see the Node entry's `createUpstashJobStore`: the same store, with `@upstash/redis` bundled. */
export function createUpstashJobStore(options: UpstashJobStoreOptions): JobStore {
  return create(options, Redis);
}
