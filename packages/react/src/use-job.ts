'use client';
import { useEffect, useMemo, useRef } from 'react';
import useSWR from 'swr';
import { defaultRefreshInterval, errorRetryDelay, isTerminalStatus, type PollState } from './polling';
import { useKilnConfig } from './provider';
import type { JobStatusName, KilnErrorBody, PublicJob } from './types';

export interface UseJobOptions<Result = unknown> {
  /**
   * The job as the page already has it (e.g. from `getStaticProps`): shown at once, and if it is
   * already final, no request is made.
   * @default undefined
   */
  initialJob?: PublicJob<Result>;
  /**
   * The status endpoint for a job id.
   * @default the `KilnProvider`'s `statusApiUrl`, else (id) => `/api/cv/${id}`
   */
  url?: (jobId: string) => string;
  /**
   * Milliseconds until the next poll, given the latest job; `0` stops polling. Keep polling a terminal
   * job until `revalidatedAt` is set if you want `refresh` to run. Polls closer than 250 ms are merged.
   * @default defaultRefreshInterval (1 s growing ×1.5 to 5 s; 0 once terminal and revalidated)
   */
  refreshInterval?: (job: PublicJob<Result> | undefined, state: PollState) => number;
  /**
   * How long a `404` counts as "not visible yet" rather than an error (a read model that lags the
   * submit, or a replica).
   * @default 10000
   */
  notFoundGraceMs?: number;
  /**
   * Called once when a job this hook saw running is terminal and `revalidatedAt` is set: refresh the
   * route so the final static page shows. `@kiln/react/next` passes the Next router's.
   * @default the `KilnProvider`'s `refresh`, else none
   */
  refresh?: () => void | Promise<void>;
  /**
   * Called once when the job is first seen terminal.
   * @default undefined
   */
  onTerminal?: (job: PublicJob<Result>) => void;
}

export interface UseJobResult<Result = unknown> {
  /** The latest record, or `undefined` before the first answer. */
  job: PublicJob<Result> | undefined;
  status: JobStatusName | undefined;
  isTerminal: boolean;
  /** The last failed poll (network, 5xx, or 404 after the grace period); cleared by the next success. */
  error: JobPollError | undefined;
}

/** A poll that did not return a job. `status` 0 is a network failure. */
export class JobPollError extends Error {
  override readonly name = 'JobPollError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function fetchJob<Result>(url: string): Promise<PublicJob<Result>> {
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-store', headers: { accept: 'application/json' } });
  } catch (cause) {
    throw new JobPollError(0, 'network', String(cause));
  }
  const body = (await response.json().catch(() => null)) as (PublicJob<Result> & Partial<KilnErrorBody>) | null;
  if (!response.ok || !body) throw new JobPollError(response.status, body?.error?.code ?? 'http_error', body?.error?.message ?? `HTTP ${response.status}`);
  return body;
}

/**
 * Follows one job through the status endpoint with SWR: polls on a backing-off schedule, pauses while
 * the tab is hidden, retries failed polls with backoff, tolerates a 404 right after submit, and once the
 * job is terminal and its page regenerated, calls `refresh` so the static result shows.
 */
export function useJob<Result = unknown>(jobId: string | null | undefined, options: UseJobOptions<Result> = {}): UseJobResult<Result> {
  const config = useKilnConfig();
  const { initialJob, notFoundGraceMs = 10_000, onTerminal } = options;
  const refresh = options.refresh ?? config.refresh;
  const url = jobId ? (options.url ?? config.statusApiUrl)(jobId) : null;
  const schedule = options.refreshInterval ?? defaultRefreshInterval;
  // Per job id: when we started, polls so far, when it became terminal, whether it ran in front of us.
  const track = useMemo(() => ({ since: Date.now(), polls: 0, terminalAt: null as number | null, sawRunning: false, notified: false, done: false }), [jobId]);
  const initialFinal = initialJob?.id === jobId && isTerminalStatus(initialJob?.status) && initialJob?.revalidatedAt != null;

  const swr = useSWR<PublicJob<Result>, JobPollError>(url && ['kiln-job', url], () => fetchJob<Result>(url!), {
    fallbackData: initialJob?.id === jobId ? initialJob : undefined,
    revalidateOnMount: !initialFinal,
    refreshWhenHidden: false,
    // SWR's 2 s default would swallow the first polls of the schedule; this still merges the
    // requests of components that mount together.
    dedupingInterval: 250,
    refreshInterval: (job) => {
      if (job && isTerminalStatus(job.status)) track.terminalAt ??= Date.now();
      return schedule(job, { polls: track.polls, terminalFor: track.terminalAt === null ? null : Date.now() - track.terminalAt });
    },
    isPaused: () => track.done,
    onSuccess: () => {
      track.polls++;
    },
    onErrorRetry: (error, _key, _config, revalidate, { retryCount }) => {
      const inGrace = error.status === 404 && Date.now() - track.since < notFoundGraceMs;
      if (!inGrace && error.status >= 400 && error.status < 500 && error.status !== 408 && error.status !== 429) return;
      if (typeof document !== 'undefined' && document.visibilityState === 'hidden') return; // SWR revalidates on focus
      setTimeout(() => void revalidate({ retryCount }), inGrace ? 1000 : errorRetryDelay(retryCount));
    },
  });

  const job = swr.data;
  const terminal = isTerminalStatus(job?.status);
  const error = swr.error && !(swr.error.status === 404 && Date.now() - track.since < notFoundGraceMs) ? swr.error : undefined;

  // Hold the callbacks in a ref so a new function each render does not re-run the effect.
  const callbacks = useRef({ refresh, onTerminal });
  callbacks.current = { refresh, onTerminal };
  useEffect(() => {
    if (!job || job.id !== jobId) return;
    if (!isTerminalStatus(job.status)) {
      track.sawRunning = true;
      return;
    }
    track.terminalAt ??= Date.now();
    if (!track.notified) {
      track.notified = true;
      callbacks.current.onTerminal?.(job);
    }
    if (!track.done && job.revalidatedAt != null) {
      track.done = true;
      // A page first rendered with the final state needs no refresh; one that showed the job running does.
      if (track.sawRunning) void callbacks.current.refresh?.();
    }
  });

  return { job, status: job?.status, isTerminal: terminal, error };
}
