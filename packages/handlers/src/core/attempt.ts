import type { BlobStore } from '../ports/blob-store';
import type { JobStore } from '../ports/job-store';
import { applyEvent } from './apply-event';
import { JobFailure } from './errors';
import { IllegalTransitionError, StaleAttemptError, type JobError, type JobRecord } from './job';
import type { JobContext, JobDefinition, JobInput } from './job-definition';
import type { Logger } from './logger';

/**
 * `error` is public (it goes into the record); `cause` is the raw message of an unexpected error, for
 * the operator only: the log and a dead letter's reason.
 */
export type AttemptResult = { ok: true; value: unknown } | { ok: false; error: JobError; cause?: string };

export interface Attempt {
  result: AttemptResult;
  /**
   * Set when the job was still running at its timeout because it ignored its signal: settles when
   * its promise does. Its slot stays taken until then.
   */
  stillRunning?: Promise<void>;
}

export interface AttemptOptions {
  store: JobStore;
  blobs: BlobStore;
  job: JobDefinition<unknown>;
  /** The record as `start` left it: its `attemptId` fences this attempt's writes. */
  record: JobRecord;
  attempt: number;
  maxAttempts: number;
  /** When the job's signal aborts (ms since epoch). */
  deadline: number;
  log: Logger;
  now: () => number;
}

/**
 * Runs one attempt of a job under its time limit. At the deadline the signal aborts and the attempt
 * ends as a `timeout` at once; a job that ignores the signal keeps running (JavaScript cannot stop
 * it), so `stillRunning` tells the processor to keep its slot, and its late progress is dropped.
 */
export async function runAttempt(options: AttemptOptions): Promise<Attempt> {
  const { record, log, now } = options;
  const controller = new AbortController();
  const limitSeconds = Math.max(1, Math.round((options.deadline - now()) / 1000));
  const timeout = new JobFailure('timeout', `The job did not finish within its time limit of ${limitSeconds} s.`, { retryable: true });
  const timer = setTimeout(() => controller.abort(timeout), Math.max(0, options.deadline - now()));
  const progress = createProgressWriter(options.store, record, now, log);
  const ctx: JobContext = {
    jobId: record.id,
    attempt: options.attempt,
    maxAttempts: options.maxAttempts,
    signal: controller.signal,
    deadline: options.deadline,
    progress: progress.report,
    log,
  };
  const input: JobInput = {
    file: {
      size: record.input.size,
      contentType: record.input.contentType,
      async bytes() {
        const bytes = await options.blobs.get(record.input.blobKey);
        if (!bytes) throw new JobFailure('file_missing', 'The uploaded file is no longer in storage (it may have expired). Upload it again.');
        return bytes;
      },
    },
  };

  const startedAt = now();
  const running = Promise.resolve().then(() => options.job.run(input, ctx));
  const aborted = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true });
  });
  let result: AttemptResult;
  try {
    result = { ok: true, value: await Promise.race([running, aborted]) };
  } catch (error) {
    result = { ok: false, error: toJobError(error) };
    // The public error is a written message; what actually went wrong (paths, SDK messages, a stack)
    // is for the operator, in the log, under the job's id.
    if (!(error instanceof JobFailure)) {
      result.cause = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      log.error('the job threw an unexpected error', { jobId: record.id, error: describeCause(error) });
    }
  }
  clearTimeout(timer);
  const timedOut = controller.signal.aborted;
  controller.abort(); // releases anything still listening
  progress.close(); // what the attempt reports from now on is late
  await progress.flush();
  if (!timedOut) return { result };

  let settled = false;
  const stillRunning = running.then(
    () => undefined,
    () => undefined,
  );
  void stillRunning.then(() => {
    settled = true;
    log.warn('a job that ignored its abort signal has returned; its slot is free again', { secondsPastTimeout: Math.round((now() - options.deadline) / 1000) });
  });
  await Promise.resolve(); // a job that stopped on the signal has settled by now
  if (settled) return { result };
  log.warn(
    'the job is still running after its time limit: it ignores ctx.signal. It keeps its slot until it returns, and what it returns is dropped. ' +
      'Pass ctx.signal to the work, or run CPU-bound work in a worker thread that can be terminated.',
    { runningForSeconds: Math.round((now() - startedAt) / 1000) },
  );
  return { result, stillRunning };
}

/** What the record, the status JSON and the page say about an error a job threw without choosing its words. */
export const UNEXPECTED_JOB_ERROR = 'The job failed because of an unexpected error on our side (the details are in the server log). Try again later.';

/**
 * The public form of what a job threw. A `JobFailure` is the job's own account, written for people, and
 * kept as it is; anything else (a file path in an `ENOENT`, an SDK's message, a stack) may say more about
 * the server than a user should see, so it becomes `job_error` with a written message, and the raw cause
 * goes to the log only.
 */
export function toJobError(error: unknown): JobError {
  if (error instanceof JobFailure) return { code: error.code, message: error.message, retryable: error.retryable };
  return { code: 'job_error', message: UNEXPECTED_JOB_ERROR, retryable: true };
}

/** The raw cause, for the log: an Error's name, message, code and stack; anything else as a string. */
function describeCause(error: unknown): Record<string, unknown> | string {
  if (!(error instanceof Error)) return String(error);
  return { name: error.name, message: error.message, ...((error as { code?: unknown }).code !== undefined ? { code: (error as { code?: unknown }).code } : {}), ...(error.stack ? { stack: error.stack } : {}) };
}

/**
 * Progress writes are coalesced: at most one in flight and one pending, never blocking the job.
 * Each carries the attempt's id, so once another attempt has started they are refused by the record
 * itself; after `close()` they are not even sent.
 */
function createProgressWriter(store: JobStore, record: JobRecord, now: () => number, log: Logger) {
  let chain: Promise<unknown> = Promise.resolve();
  let pending: { fraction: number; stage?: string } | null = null;
  let closed = false;
  const attemptId = record.attemptId;
  // While an attempt runs it is the record's only writer, so the record it last wrote is almost always
  // current: a progress update is then one compare-and-set, with no read first (one round trip on a
  // remote store). If another writer got there, applyEvent reads and tries again.
  let known: JobRecord | undefined = record;
  const write = async () => {
    const next = pending;
    pending = null;
    if (!next || closed) return;
    try {
      const event = { type: 'progress' as const, at: now(), fraction: next.fraction, ...(next.stage ? { stage: next.stage } : {}), ...(attemptId ? { attemptId } : {}) };
      known = (await applyEvent(store, record.id, event, known)) ?? undefined;
    } catch (error) {
      known = undefined;
      // Refused because another attempt started, or the job ended meanwhile: this progress is stale.
      if (!(error instanceof StaleAttemptError || error instanceof IllegalTransitionError)) log.warn('could not store progress', { error });
    }
  };
  return {
    report(fraction: number, stage?: string): Promise<void> {
      if (closed) return Promise.resolve();
      const queued = pending !== null;
      pending = { fraction, ...(stage ? { stage } : {}) };
      if (!queued) chain = chain.then(write);
      return chain.then(() => undefined);
    },
    close() {
      closed = true;
      pending = null;
    },
    flush: () => chain.then(() => undefined),
  };
}
