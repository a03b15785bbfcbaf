import type { PublicJob } from '@kiln/react';

export const JOB_ID = 'job_abcdefghijklmnopqrstu';
const T0 = 1_700_000_000_000;

/** A job record as the status endpoint returns it, in a given state. */
export function job(overrides: Partial<PublicJob> = {}): PublicJob {
  return {
    id: JOB_ID,
    status: 'queued',
    attempts: 0,
    submittedAt: T0,
    startedAt: null,
    completedAt: null,
    failedAt: null,
    updatedAt: T0,
    progress: null,
    error: null,
    revalidatedAt: null,
    ...overrides,
  };
}

export const queued = () => job();
export const processing = (overrides: Partial<PublicJob> = {}) =>
  job({ status: 'processing', attempts: 1, startedAt: T0 + 1000, updatedAt: T0 + 1000, progress: { fraction: 0.4, stage: 'parsing', updatedAt: T0 + 5000 }, ...overrides });
export const retrying = () => processing({ attempts: 2, error: { code: 'timeout', message: 'The parser timed out.', retryable: true } });
export const failed = () => job({ status: 'failed', attempts: 3, failedAt: T0 + 90_000, error: { code: 'unsupported_file', message: 'The PDF has no text layer.', retryable: false } });
export const completed = (revalidatedAt: number | null = null, result?: unknown) =>
  job({ status: 'completed', attempts: 1, startedAt: T0 + 1000, completedAt: T0 + 30_000, progress: { fraction: 1, stage: 'completed', updatedAt: T0 + 30_000 }, revalidatedAt, ...(result === undefined ? {} : { result }) });
export { T0 };
