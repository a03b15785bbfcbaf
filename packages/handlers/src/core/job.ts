/**
 * The job record and its state machine. `completed` and `failed` are terminal: no event moves a job
 * out of them, except an explicit dead-letter replay (`replay`), which is an operator's decision.
 */
export type JobStatus = 'queued' | 'processing' | 'completed' | 'failed';

export const TERMINAL_STATUSES: readonly JobStatus[] = ['completed', 'failed'];

export function isTerminal(status: JobStatus): boolean {
  return status === 'completed' || status === 'failed';
}

export interface JobError {
  /** Machine-readable, e.g. `"timeout"`, `"unsupported_file"`. */
  code: string;
  /** A sentence a person understands. */
  message: string;
  /** Whether another attempt could succeed. */
  retryable: boolean;
}

export interface JobProgress {
  /** 0 to 1. */
  fraction: number;
  stage?: string;
  updatedAt: number;
}

/** What was uploaded. The client's file name is deliberately not kept: it often holds a person's name. */
export interface JobInputRef {
  blobKey: string;
  size: number;
  /** The type Kiln detected from the file's signature, not the one the client claimed. */
  contentType: string;
}

export interface JobRecord<Result = unknown> {
  id: string;
  status: JobStatus;
  /** Attempts started so far. */
  attempts: number;
  /**
   * Identifies the attempt now running (set by `start`). An attempt's writes carry it, so writes from
   * an attempt that timed out or lost its message never land on a later attempt's record.
   */
  attemptId?: string;
  /** Bumped by every write; compare-and-set uses it. */
  version: number;
  submittedAt: number;
  startedAt?: number;
  completedAt?: number;
  failedAt?: number;
  updatedAt: number;
  error?: JobError;
  result?: Result;
  progress?: JobProgress;
  /** When the result page was last regenerated after the job became terminal. */
  revalidatedAt?: number;
  input: JobInputRef;
  /** When the record may be deleted (ms since epoch). From then on it reads as gone, swept or not. */
  expiresAt?: number;
  /**
   * SHA-256 (hex) of the `deleteToken` the 202 gave the submitter; `DELETE <status route>` with that
   * token as Bearer removes the job. Never the token itself, and never shown (not in `PublicJob`).
   */
  deleteTokenHash?: string;
}

/** Whether a record is past its `expiresAt`: it reads as gone even if no sweep has removed it yet. */
export function isExpired(record: Pick<JobRecord, 'expiresAt'>, now = Date.now()): boolean {
  return record.expiresAt !== undefined && record.expiresAt <= now;
}

/**
 * What can happen to a job. Events written by a running attempt carry its `attemptId`; they are
 * refused with `StaleAttemptError` once another attempt has started.
 */
export type JobEvent<Result = unknown> =
  | { type: 'start'; at: number; attemptId: string }
  | { type: 'progress'; at: number; fraction: number; stage?: string; attemptId?: string }
  | { type: 'retry'; at: number; error: JobError; attemptId?: string }
  | { type: 'complete'; at: number; result: Result; attemptId?: string }
  | { type: 'fail'; at: number; error: JobError; attemptId?: string }
  | { type: 'revalidated'; at: number }
  | { type: 'replay'; at: number };

export class IllegalTransitionError extends Error {
  override readonly name = 'IllegalTransitionError';
  constructor(
    readonly from: JobStatus,
    readonly event: JobEvent['type'],
  ) {
    super(`A job that is ${from} cannot take the event "${event}".`);
  }
}

/** A write from an attempt that is no longer the job's current one (it timed out, or lost its message). */
export class StaleAttemptError extends Error {
  override readonly name = 'StaleAttemptError';
  constructor(
    readonly event: JobEvent['type'],
    readonly attemptId: string,
  ) {
    super(`The attempt ${attemptId} is no longer the job's current attempt; its "${event}" is dropped.`);
  }
}

const ALLOWED: Record<JobEvent['type'], readonly JobStatus[]> = {
  start: ['queued', 'processing'], // processing → processing is a redelivery after a crash or retry
  progress: ['processing'],
  retry: ['processing'],
  complete: ['processing'],
  fail: ['queued', 'processing'], // queued → failed: the last delivery could not even start it
  revalidated: ['completed', 'failed'],
  replay: ['failed'],
};

/** The pure transition function: returns the next record or throws `IllegalTransitionError`. */
export function transition<Result>(record: JobRecord<Result>, event: JobEvent<Result>): JobRecord<Result> {
  if (!ALLOWED[event.type].includes(record.status)) throw new IllegalTransitionError(record.status, event.type);
  if (event.type !== 'start' && 'attemptId' in event && event.attemptId !== undefined && event.attemptId !== record.attemptId) {
    throw new StaleAttemptError(event.type, event.attemptId);
  }
  const base = { ...record, version: record.version + 1, updatedAt: event.at };
  switch (event.type) {
    case 'start':
      return {
        ...base,
        status: 'processing',
        attempts: record.attempts + 1,
        attemptId: event.attemptId,
        startedAt: record.startedAt ?? event.at,
        progress: { fraction: 0, stage: 'started', updatedAt: event.at },
      };
    case 'progress':
      return {
        ...base,
        progress: { fraction: clampFraction(event.fraction), ...(event.stage ? { stage: event.stage } : {}), updatedAt: event.at },
      };
    case 'retry':
      return { ...base, error: event.error };
    case 'complete': {
      const { error: _cleared, ...rest } = base;
      return { ...rest, status: 'completed', completedAt: event.at, result: event.result, progress: { fraction: 1, stage: 'completed', updatedAt: event.at } };
    }
    case 'fail':
      return { ...base, status: 'failed', failedAt: event.at, error: event.error };
    case 'revalidated':
      return { ...base, revalidatedAt: event.at };
    case 'replay': {
      const { failedAt: _f, revalidatedAt: _r, progress: _p, attemptId: _a, ...rest } = base;
      return { ...rest, status: 'queued', attempts: 0 };
    }
  }
}

function clampFraction(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(1, Math.max(0, value));
}

/** The part of a record that is safe to show the browser (status JSON, page props). */
export interface PublicJob<Result = unknown> {
  id: string;
  status: JobStatus;
  attempts: number;
  submittedAt: number;
  startedAt: number | null;
  completedAt: number | null;
  failedAt: number | null;
  updatedAt: number;
  progress: JobProgress | null;
  error: Pick<JobError, 'code' | 'message' | 'retryable'> | null;
  revalidatedAt: number | null;
  result?: Result;
}

/** JSON-safe (no `undefined`, which getStaticProps refuses) and free of storage details. */
export function toPublicJob<Result>(record: JobRecord<Result>, options: { includeResult: boolean }): PublicJob<Result> {
  const view: PublicJob<Result> = {
    id: record.id,
    status: record.status,
    attempts: record.attempts,
    submittedAt: record.submittedAt,
    startedAt: record.startedAt ?? null,
    completedAt: record.completedAt ?? null,
    failedAt: record.failedAt ?? null,
    updatedAt: record.updatedAt,
    progress: record.progress ?? null,
    error: record.error ? { code: record.error.code, message: record.error.message, retryable: record.error.retryable } : null,
    revalidatedAt: record.revalidatedAt ?? null,
  };
  if (options.includeResult && record.result !== undefined) view.result = record.result;
  return view;
}
