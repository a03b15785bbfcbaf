import type { Ports } from './runtime';
import { DIRECT_PREFIX } from './direct-upload';

/** Where accepted uploads live: `uploads/<jobId>`. */
const UPLOADS_PREFIX = 'uploads/';
import type { Logger } from './logger';

/**
 * Deletes one job's record and upload: the delete-by-id that privacy rules ask for. The queue message,
 * if one is still in flight, finds no record and is dead-lettered as an unknown job.
 */
export async function deleteJob({ store, blobs }: Pick<Ports, 'store' | 'blobs'>, jobId: string): Promise<boolean> {
  const record = await store.get(jobId);
  if (!record) return false;
  await blobs.delete(record.input.blobKey);
  await store.delete(jobId);
  return true;
}

const SWEEP_EVERY_MS = 60 * 60 * 1000;
/** An uncommitted direct upload is swept an hour after it was written (its token lives 15 minutes). */
const ABANDONED_AFTER_MS = 60 * 60 * 1000;

/**
 * Removes expired records and uploads older than the TTL, at most once an hour per process. The
 * processor entry points (cron, worker) call it; stores with native expiry (Redis TTL, S3 lifecycle
 * rules) make it a no-op.
 */
export function createRetentionSweep(ttlSeconds: number, logger: Logger): (ports: Ports) => Promise<void> {
  let last = 0;
  return async ({ store, blobs }) => {
    const now = Date.now();
    if (now - last < SWEEP_EVERY_MS) return;
    last = now;
    // Each sweep on its own: one refused (a bucket policy, an outage) does not stop the others.
    const sweep = async (what: string, run: () => Promise<number | undefined>) => {
      try {
        return (await run()) ?? 0;
      } catch (error) {
        logger.warn(`retention sweep of ${what} failed; it runs again within the hour`, { error });
        return 0;
      }
    };
    const records = await sweep('job records', () => store.sweepExpired?.(now) ?? Promise.resolve(0));
    // Only Kiln's own prefixes: the bucket or Blob store may hold the app's other files.
    const files = await sweep('uploads', () => blobs.sweepExpired?.(now - ttlSeconds * 1000, { prefix: UPLOADS_PREFIX }) ?? Promise.resolve(0));
    // Direct uploads never committed: their tokens expired long ago.
    const abandoned = await sweep('unclaimed direct uploads', () => blobs.sweepExpired?.(now - ABANDONED_AFTER_MS, { prefix: DIRECT_PREFIX }) ?? Promise.resolve(0));
    if (records + files + abandoned > 0) logger.info('retention sweep', { records, files, abandonedUploads: abandoned });
  };
}
