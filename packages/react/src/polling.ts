import type { PublicJob } from './types';

/** What a `refreshInterval` function is told besides the latest job. */
export interface PollState {
  /** Successful polls so far for this job id. */
  polls: number;
  /** Milliseconds since the job was first seen terminal, or `null` while it runs. */
  terminalFor: number | null;
}

export const isTerminalStatus = (status: PublicJob['status'] | undefined): boolean => status === 'completed' || status === 'failed';

/**
 * The default schedule: 1 s, then ×1.5 per poll up to 5 s while the job runs; 1 s while a terminal
 * job waits for its page to be regenerated; 0 (stop) once `revalidatedAt` is set or after 30 s of
 * waiting for it.
 */
export function defaultRefreshInterval(job: PublicJob | undefined, { polls, terminalFor }: PollState): number {
  if (terminalFor !== null) return job?.revalidatedAt != null || terminalFor > 30_000 ? 0 : 1000;
  return Math.min(5000, Math.round(1000 * 1.5 ** polls));
}

/** Error-retry backoff: 1 s doubling to 30 s, jittered so many tabs do not poll in step. */
export function errorRetryDelay(retryCount: number, random = Math.random()): number {
  return Math.round(Math.min(30_000, 1000 * 2 ** retryCount) * (0.75 + random * 0.5));
}
