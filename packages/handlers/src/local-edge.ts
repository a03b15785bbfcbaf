/**
 * `@kiln/handlers/local` on the Edge runtime (the `edge-light` export condition): the embedded default
 * keeps a SQLite file and a folder of uploads, which need Node.js. What an edge route reaches here is a
 * configuration mistake, and says so.
 */
import { KilnConfigError } from './core/errors';
import type { Ports } from './core/runtime';

const NEEDS_NODE =
  'The embedded default (SQLite + files) needs Node.js, and this code runs on the Edge runtime. Set SQS_QUEUE_URL, KV_REST_API_URL (+ KV_REST_API_TOKEN) and KILN_S3_BUCKET or BLOB_READ_WRITE_TOKEN, or run this route on the Node.js runtime.';

export function createLocalAdapters(): Ports {
  throw new KilnConfigError(NEEDS_NODE, 'queue', 'SQS_QUEUE_URL');
}

export function localSecrets(): { revalidate: string; cron: string } {
  throw new KilnConfigError(NEEDS_NODE, 'revalidateSecret', 'REVALIDATE_SECRET');
}
