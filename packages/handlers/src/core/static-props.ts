import { isTerminal, toPublicJob, type PublicJob } from './job';
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
 * Terminal pages are cached until revalidated on demand; running ones briefly.
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
    if (!record) return { notFound: true, revalidate: notFound };
    const job = toPublicJob(record, { includeResult: true }) as PublicJob<Result>;
    return { props: { job }, revalidate: isTerminal(record.status) ? false : pending };
  };
}

/** getStaticPaths for the result page: nothing prebuilt, every id rendered on first visit. */
export function createGetStaticPaths() {
  return async () => ({ paths: [] as string[], fallback: 'blocking' as const });
}
