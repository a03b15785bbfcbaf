import type { ReactNode } from 'react';
import { DeletableResult } from './delete-job';
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
  /**
   * Offer "Delete my data" under a completed or failed job, where this browser holds the job's
   * delete token (the `UploadWidget` keeps it); a confirm step comes first, and once deleted the
   * result is replaced by a confirmation. `false` never offers it.
   * @default true
   */
  deletable?: boolean;
  /** Called once the job is deleted (with `deletable`). @default undefined */
  onDeleted?: (jobId: string) => void;
}

/**
 * Picks what to show for a job: the result through the render prop, or a slot for the other states.
 * Holds no state and no hooks, so a server component can render it (the delete control under a
 * terminal job is a client component of its own).
 */
export function JobResult<Result>({ job, children, pending, failed, missing = null, deletable = true, onDeleted }: JobResultProps<Result>) {
  const withDelete = (content: ReactNode) =>
    deletable && job ? (
      <DeletableResult jobId={job.id} {...(onDeleted ? { onDeleted } : {})}>
        {content}
      </DeletableResult>
    ) : (
      <>{content}</>
    );
  if (job?.status === 'completed') return withDelete(job.result === undefined ? missing : children(job.result, job));
  if (job?.status === 'failed') return withDelete(failed === undefined ? <JobStatus job={job} /> : typeof failed === 'function' ? failed(job) : failed);
  return <>{pending === undefined ? <JobStatus job={job} /> : typeof pending === 'function' ? pending(job) : pending}</>;
}
