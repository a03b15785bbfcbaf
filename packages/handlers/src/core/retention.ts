import { DIRECT_PREFIX } from './direct-upload';
import type { Logger } from './logger';
import type { Ports } from './runtime';

/** Where accepted uploads live: `uploads/<jobId>`. */
const UPLOADS_PREFIX = 'uploads/';

/** What removing a job needs: the stores, and a way to regenerate its page (none outside a host). */
export interface JobRemoval extends Pick<Ports, 'store' | 'blobs'> {
  logger: Logger;
  pagePath(jobId: string): string;
  revalidate?: ((path: string) => Promise<void>) | undefined;
}

/**
 * Removes one job: its file, its record, then its result page (regenerated once the record is gone,
 * so it renders the 404). The queue message, if one is still in flight, finds no record and is
 * dead-lettered as an unknown job; it never re-creates the record. A page that cannot be regenerated
 * is logged, not thrown: the data is gone either way, and the page's ISR lifetime ends at the job's
 * expiry.
 */
export async function removeJob(removal: JobRemoval, jobId: string, blobKey = `${UPLOADS_PREFIX}${jobId}`): Promise<{ pageRegenerated: boolean }> {
  await removal.blobs.delete(blobKey);
  await removal.store.delete(jobId);
  if (!removal.revalidate) return { pageRegenerated: false }; // the caller says why, once
  try {
    await removal.revalidate(removal.pagePath(jobId));
    return { pageRegenerated: true };
  } catch (error) {
    removal.logger.error('the deleted job\'s page could not be regenerated; it stays cached until the job\'s expiry', { jobId, error });
    return { pageRegenerated: false };
  }
}

/**
 * Deletes one job's record and upload (no page regeneration: see `removeJob`). `false` when no job
 * has this id.
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

/** Expired jobs removed one by one per sweep, each with its page; the rest wait for the next sweep. */
const EXPIRED_PER_SWEEP = 500;

/** What a sweep is given: the ports, and (from the processor) how to regenerate a page. */
export type RetentionDeps = Ports & Partial<Pick<JobRemoval, 'pagePath' | 'revalidate'>>;

/**
 * Removes expired jobs and uploads older than the TTL, at most once an hour per process. The
 * processor entry points (cron, worker) call it. A store that lists its expired jobs (`listExpired`)
 * has each one removed with its file and its result page regenerated, so the page answers 404 as soon
 * as the sweep passed; the rest are bulk-deleted (`sweepExpired`). Stores with native expiry (Redis
 * TTL, S3 lifecycle rules) make it a no-op: there, a page ends with its ISR `revalidate`, which is the
 * seconds until the job's expiry.
 */
export function createRetentionSweep(ttlSeconds: number, logger: Logger): (deps: RetentionDeps) => Promise<void> {
  let last = 0;
  return async (deps) => {
    const { store, blobs } = deps;
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
    let expired = 0;
    const pages = await sweep('expired jobs and their pages', async () => {
      const ids = (await store.listExpired?.(now, EXPIRED_PER_SWEEP)) ?? [];
      const removal: JobRemoval = { store, blobs, logger, pagePath: deps.pagePath ?? (() => ''), revalidate: deps.pagePath ? deps.revalidate : undefined };
      let regenerated = 0;
      for (const id of ids) {
        const { pageRegenerated } = await removeJob(removal, id);
        expired += 1;
        if (pageRegenerated) regenerated += 1;
        // One failure means the app is unreachable (each try may wait out a timeout): remove the rest
        // without regenerating; their pages end with their ISR lifetime, the job's expiry.
        else removal.revalidate = undefined;
      }
      return regenerated;
    });
    const records = await sweep('job records', () => store.sweepExpired?.(now) ?? Promise.resolve(0));
    // Only Kiln's own prefixes: the bucket or Blob store may hold the app's other files.
    const files = await sweep('uploads', () => blobs.sweepExpired?.(now - ttlSeconds * 1000, { prefix: UPLOADS_PREFIX }) ?? Promise.resolve(0));
    // Direct uploads never committed: their tokens expired long ago.
    const abandoned = await sweep('unclaimed direct uploads', () => blobs.sweepExpired?.(now - ABANDONED_AFTER_MS, { prefix: DIRECT_PREFIX }) ?? Promise.resolve(0));
    if (expired + records + files + abandoned > 0) logger.info('retention sweep', { expiredJobs: expired, pagesRegenerated: pages, records, files, abandonedUploads: abandoned });
  };
}
