import type { ReactNode } from 'react';
import { JobStatus } from './job-status';
import type { PublicJob } from './types';

export interface JobResultProps<Result> {
  job: PublicJob<Result> | undefined;
  /** Renders the result of a completed job (the render prop). */
  children: (result: Result, job: PublicJob<Result>) => ReactNode;
  /**
   * Shown while the job is queued or processing, or before it is known.
   * @default <JobStatus job={job} />
   */
  pending?: ReactNode | ((job: PublicJob<Result> | undefined) => ReactNode);
  /**
   * Shown when the job failed.
   * @default <JobStatus job={job} />
   */
  failed?: ReactNode | ((job: PublicJob<Result>) => ReactNode);
  /**
   * Shown when the job completed but the record carries no result (the status endpoint leaves it
   * out unless `includeResultInStatus` is set: the static page's props carry it).
   * @default null
   */
  missing?: ReactNode;
}

/**
 * Picks what to show for a job: the result through the render prop, or a slot for the other states.
 * Holds no state and no hooks, so a server component can render it.
 */
export function JobResult<Result>({ job, children, pending, failed, missing = null }: JobResultProps<Result>) {
  if (job?.status === 'completed') return <>{job.result === undefined ? missing : children(job.result, job)}</>;
  if (job?.status === 'failed') return <>{failed === undefined ? <JobStatus job={job} /> : typeof failed === 'function' ? failed(job) : failed}</>;
  return <>{pending === undefined ? <JobStatus job={job} /> : typeof pending === 'function' ? pending(job) : pending}</>;
}
