import { isExpired, isTerminal, toPublicJob, type PublicJob, type JobRecord } from './job';
import { isJobId } from './job-id';
import type { KilnRuntime } from './runtime';

/** Props of the result page. */
export interface JobPageProps<Result = unknown> {
  job: PublicJob<Result>;
}

// Structural copies of Next's types, so core does not import Next.
type StaticPropsContext = { params?: Record<string, string | string[] | undefined> };
type StaticPropsResult<P> = { props: P; revalidate?: number | false } | { notFound: true; revalidate?: number };

export interface GetStaticPropsOptions {
  /** The dynamic segment's name. @default "jobId" */
  param?: string;
  /**
   * Seconds a page for a job still running stays cached before a visit regenerates it. On-demand
   * revalidation replaces it as soon as the job ends; this is only the safety net.
   * @default 5
   */
  pendingRevalidateSeconds?: number;
  /** Seconds an unknown id's 404 stays cached, so a typo does not stay a 404 forever. @default 10 */
  notFoundRevalidateSeconds?: number;
}

/**
 * getStaticProps for the result page (`fallback: 'blocking'`): reads the read model, never the queue.
 * Running jobs' pages are cached briefly. A terminal page is cached until it is regenerated on demand
 * (by the processor when the job ends, by `DELETE` and by the retention sweep when it is removed), and
 * at most until the job expires: its `revalidate` is the seconds left until `expiresAt`, so a cached
 * page cannot outlive its record even where no sweep runs (a store with native TTL). Next serves the
 * first visit after that from the cache while it regenerates the page (stale-while-revalidate); that
 * regeneration finds no record and the page is a 404 from then on. An expired record reads as gone.
 */
export function createGetStaticProps<Result = unknown>(kiln: KilnRuntime<Result>, options: GetStaticPropsOptions = {}) {
  const param = options.param ?? 'jobId';
  const pending = options.pendingRevalidateSeconds ?? 5;
  const notFound = options.notFoundRevalidateSeconds ?? 10;
  return async (context: StaticPropsContext): Promise<StaticPropsResult<JobPageProps<Result>>> => {
    const id = context.params?.[param];
    if (!isJobId(id)) return { notFound: true, revalidate: notFound };
    const { store } = await kiln.ports();
    const record = await store.get(id);
    if (!record || isExpired(record)) return { notFound: true, revalidate: notFound };
    const job = toPublicJob(record, { includeResult: true }) as PublicJob<Result>;
    return { props: { job }, revalidate: isTerminal(record.status) ? untilExpiry(record) : pending };
  };
}

/** Whole seconds until the record expires (at least 1, as Next requires), or `false` if it never does. */
function untilExpiry(record: JobRecord): number | false {
  if (record.expiresAt === undefined) return false;
  return Math.max(1, Math.ceil((record.expiresAt - Date.now()) / 1000));
}

/** getStaticPaths for the result page: nothing prebuilt, every id rendered on first visit. */
export function createGetStaticPaths() {
  return async () => ({ paths: [] as string[], fallback: 'blocking' as const });
}
