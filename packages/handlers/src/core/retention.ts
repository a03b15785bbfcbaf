import type { Ports } from './runtime';
import { DIRECT_PREFIX } from './direct-upload';
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
    try {
      const records = (await store.sweepExpired?.(now)) ?? 0;
      const files = (await blobs.sweepExpired?.(now - ttlSeconds * 1000)) ?? 0;
      // Direct uploads never committed: their tokens expired long ago.
      const abandoned = (await blobs.sweepExpired?.(now - ABANDONED_AFTER_MS, { prefix: DIRECT_PREFIX })) ?? 0;
      if (records + files + abandoned > 0) logger.info('retention sweep', { records, files, abandonedUploads: abandoned });
    } catch (error) {
      logger.warn('retention sweep failed; it runs again within the hour', { error });
    }
  };
}
