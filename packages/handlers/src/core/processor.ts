import type { BlobStore } from '../ports/blob-store';
import type { JobStore } from '../ports/job-store';
import type { Queue, QueueMessage } from '../ports/queue';
import { applyEvent } from './apply-event';
import { JobFailure } from './errors';
import { isTerminal, IllegalTransitionError, type JobError, type JobRecord } from './job';
import { decodeJobMessage, type JobContext, type JobDefinition } from './job-definition';
import { withFields, type Logger } from './logger';

/** How a processor run behaves. Every field has a default in `defineKiln`. */
export interface ProcessorSettings {
  /** Jobs run at the same time by one processor. */
  concurrency: number;
  /** Messages asked for per receive (1–10). */
  batchSize: number;
  /** The host function's max duration; the run ends before it. */
  maxDurationSeconds: number;
  /** Kept free at the end of the run for writing results and releasing messages. */
  safetyMarginSeconds: number;
  /** How long a received message stays hidden; heartbeats extend it while its job runs. */
  visibilityTimeoutSeconds: number;
  /** Long-poll wait per receive. */
  waitSeconds: number;
  /** Retry backoff: `min(maxSeconds, baseSeconds * 2^(receiveCount-1))`. */
  backoff: { baseSeconds: number; maxSeconds: number };
}

export interface ProcessorDeps {
  queue: Queue;
  store: JobStore;
  blobs: BlobStore;
  job: JobDefinition<unknown>;
  logger: Logger;
  /** Path of a job's result page, regenerated when the job ends. */
  pagePath(jobId: string): string;
  /** Regenerates a page; absent where no host can (then pages rely on their time-based fallback). */
  revalidate?: ((path: string) => Promise<void>) | undefined;
  now?: () => number;
}

export interface RunOptions {
  /** `'drain'` stops when the queue is empty (cron, kick); `'forever'` long-polls until `signal` aborts (worker). */
  mode: 'drain' | 'forever';
  signal?: AbortSignal;
}

export interface ProcessReport {
  received: number;
  completed: number;
  /** Failed attempts sent back for another try. */
  retried: number;
  /** Jobs recorded as failed (non-retryable error or last attempt). */
  failed: number;
  /** Poison messages moved to the dead-letter queue. */
  deadLettered: number;
  /** Redelivered messages whose job was already terminal: acknowledged without running. */
  duplicates: number;
  /** Received but not started because the deadline was too close: made visible again at once. */
  released: number;
  stoppedBecause: 'empty' | 'deadline' | 'aborted';
  durationMs: number;
}

type Outcome = 'completed' | 'retried' | 'failed' | 'deadLettered' | 'duplicates';

/**
 * Receives messages and runs their jobs until the queue is empty, the deadline is near, or `signal`
 * aborts. Deadline-aware: a job is only started if its whole `timeoutSeconds` fits before the run's
 * deadline; messages it will not start are released (visibility 0); messages it holds are heartbeaten.
 */
export async function runProcessor(deps: ProcessorDeps, settings: ProcessorSettings, options: RunOptions): Promise<ProcessReport> {
  const now = deps.now ?? Date.now;
  const startedAt = now();
  const deadline = startedAt + (settings.maxDurationSeconds - settings.safetyMarginSeconds) * 1000;
  const jobBudgetMs = (deps.job.timeoutSeconds ?? 60) * 1000;
  const report: ProcessReport = { received: 0, completed: 0, retried: 0, failed: 0, deadLettered: 0, duplicates: 0, released: 0, stoppedBecause: 'empty', durationMs: 0 };
  const held = new Map<string, QueueMessage>(); // receiptHandle → message: everything we must heartbeat or release
  const buffered: QueueMessage[] = [];
  const inFlight = new Set<Promise<void>>();

  const heartbeat = setInterval(() => {
    for (const message of held.values()) {
      deps.queue.changeVisibility(message.receiptHandle, settings.visibilityTimeoutSeconds).catch((error: unknown) => {
        deps.logger.warn('heartbeat failed', { messageId: message.id, error });
      });
    }
  }, Math.max(1000, (settings.visibilityTimeoutSeconds * 1000) / 2));
  heartbeat.unref?.();

  const fits = () => deadline - now() >= jobBudgetMs;

  const start = (message: QueueMessage) => {
    const task = handleMessage(deps, settings, message, deadline)
      .then((outcome) => {
        report[outcome] += 1;
      })
      .catch((error: unknown) => {
        // Only store/queue outages reach here; the message stays held until its visibility lapses.
        deps.logger.error('processing a message failed unexpectedly; it will be redelivered', { messageId: message.id, error });
      })
      .finally(() => {
        held.delete(message.receiptHandle);
        inFlight.delete(task);
      });
    inFlight.add(task);
  };

  try {
    for (;;) {
      if (options.signal?.aborted) {
        report.stoppedBecause = 'aborted';
        break;
      }
      if (!fits()) {
        report.stoppedBecause = 'deadline';
        break;
      }
      while (buffered.length > 0 && inFlight.size < settings.concurrency && fits()) start(buffered.shift()!);
      if (inFlight.size >= settings.concurrency) {
        await Promise.race(inFlight);
        continue;
      }
      if (buffered.length > 0) continue; // the deadline check above decides
      // Wait for new messages only when idle, and never past the point where a job would still fit.
      const spareSeconds = Math.floor((deadline - now() - jobBudgetMs) / 1000);
      const waitSeconds = inFlight.size > 0 ? 0 : Math.max(0, Math.min(settings.waitSeconds, spareSeconds));
      const messages = await deps.queue.receive({
        maxMessages: Math.min(10, settings.batchSize),
        waitSeconds,
        visibilityTimeoutSeconds: settings.visibilityTimeoutSeconds,
      });
      report.received += messages.length;
      for (const message of messages) {
        held.set(message.receiptHandle, message);
        buffered.push(message);
      }
      if (messages.length === 0) {
        if (inFlight.size > 0) await Promise.race(inFlight);
        else if (options.mode === 'drain') break;
      }
    }
  } finally {
    // Whatever we hold but did not start goes back at once, so another processor can take it now
    // rather than after its visibility timeout.
    for (const message of buffered.splice(0)) {
      held.delete(message.receiptHandle);
      report.released += 1;
      await deps.queue.changeVisibility(message.receiptHandle, 0).catch((error: unknown) => {
        deps.logger.warn('could not release a message; it returns after its visibility timeout', { messageId: message.id, error });
      });
    }
    await Promise.allSettled(inFlight);
    clearInterval(heartbeat);
  }
  report.durationMs = now() - startedAt;
  return report;
}

async function handleMessage(deps: ProcessorDeps, settings: ProcessorSettings, message: QueueMessage, runDeadline: number): Promise<Outcome> {
  const { queue, store, logger } = deps;
  const now = deps.now ?? Date.now;
  const decoded = decodeJobMessage(message.body);
  if (!decoded) {
    await queue.deadLetter(message.receiptHandle, 'poison message: the body is not a Kiln job message');
    logger.warn('poison message moved to the dead-letter queue', { messageId: message.id });
    return 'deadLettered';
  }
  const log = withFields(logger, { jobId: decoded.jobId, messageId: message.id, receiveCount: message.receiveCount });
  const record = await store.get(decoded.jobId);
  if (!record) {
    await queue.deadLetter(message.receiptHandle, `poison message: no job ${decoded.jobId} in the job store`);
    log.warn('message for an unknown job moved to the dead-letter queue');
    return 'deadLettered';
  }
  if (isTerminal(record.status)) {
    // A duplicate delivery. If the earlier run ended before revalidating, finish that part now.
    if (record.revalidatedAt === undefined && !(await revalidatePage(deps, record, log))) {
      await queue.changeVisibility(message.receiptHandle, backoffSeconds(settings, message.receiveCount));
      return 'retried';
    }
    await queue.delete(message.receiptHandle);
    log.info('job already terminal; duplicate delivery acknowledged', { status: record.status });
    return 'duplicates';
  }

  let started: JobRecord | null;
  try {
    started = await applyEvent(store, record.id, { type: 'start', at: now() }, record);
  } catch (error) {
    if (!(error instanceof IllegalTransitionError)) throw error;
    await queue.delete(message.receiptHandle); // it became terminal between our read and write
    return 'duplicates';
  }
  if (!started) {
    await queue.deadLetter(message.receiptHandle, `poison message: job ${record.id} disappeared`);
    return 'deadLettered';
  }

  const isLastAttempt = message.receiveCount >= queue.maxReceiveCount;
  const jobDeadline = Math.min(now() + (deps.job.timeoutSeconds ?? 60) * 1000, runDeadline);
  const result = await runJob(deps, started, message, jobDeadline, log);

  if (result.ok) {
    const completed = await applyEvent(store, record.id, { type: 'complete', at: now(), result: result.value });
    log.info('job completed', { ms: now() - (started.updatedAt ?? now()) });
    if (completed && !(await revalidatePage(deps, completed, log))) {
      // Keep the message: its next delivery sees a terminal job without revalidatedAt and retries only that.
      await queue.changeVisibility(message.receiptHandle, backoffSeconds(settings, message.receiveCount));
      return 'completed';
    }
    await queue.delete(message.receiptHandle);
    return 'completed';
  }

  const { error } = result;
  if (error.retryable && !isLastAttempt) {
    await applyEvent(store, record.id, { type: 'retry', at: now(), error });
    const delay = backoffSeconds(settings, message.receiveCount);
    await queue.changeVisibility(message.receiptHandle, delay);
    log.warn('attempt failed; will retry', { code: error.code, message: error.message, retryInSeconds: delay });
    return 'retried';
  }

  const reason: JobError = error.retryable
    ? { ...error, retryable: false, message: `${error.message} (gave up after ${message.receiveCount} attempts)` }
    : error;
  const failed = await applyEvent(store, record.id, { type: 'fail', at: now(), error: reason });
  log.error('job failed', { code: reason.code, message: reason.message });
  if (failed) await revalidatePage(deps, failed, log);
  if (error.retryable) {
    // Last allowed receive: make it visible now; the queue's redrive policy moves it to the
    // dead-letter queue on its next receive, where an operator can replay it.
    await queue.changeVisibility(message.receiptHandle, 0);
  } else {
    await queue.deadLetter(message.receiptHandle, `job failed: ${reason.code}: ${reason.message}`);
  }
  return 'failed';
}

type RunResult = { ok: true; value: unknown } | { ok: false; error: JobError };

async function runJob(deps: ProcessorDeps, record: JobRecord, message: QueueMessage, deadline: number, log: Logger): Promise<RunResult> {
  const now = deps.now ?? Date.now;
  const controller = new AbortController();
  const timeoutError = new JobFailure('timeout', `The job did not finish within its time limit of ${Math.round((deadline - record.updatedAt) / 1000)} s.`, { retryable: true });
  const timer = setTimeout(() => controller.abort(timeoutError), Math.max(0, deadline - now()));
  const progress = createProgressWriter(deps.store, record, now, log);
  const ctx: JobContext = {
    jobId: record.id,
    attempt: message.receiveCount,
    maxAttempts: deps.queue.maxReceiveCount,
    signal: controller.signal,
    deadline,
    progress: progress.report,
    log,
  };
  const input = {
    file: {
      size: record.input.size,
      contentType: record.input.contentType,
      async bytes() {
        const bytes = await deps.blobs.get(record.input.blobKey);
        if (!bytes) throw new JobFailure('file_missing', 'The uploaded file is no longer in storage (it may have expired). Upload it again.');
        return bytes;
      },
    },
  };
  // A job that ignores its signal cannot be stopped from here; racing the abort lets the processor
  // move on and record the timeout instead of hanging until the host kills the function.
  const aborted = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true });
  });
  try {
    const value = await Promise.race([deps.job.run(input, ctx), aborted]);
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error: toJobError(error) };
  } finally {
    clearTimeout(timer);
    controller.abort(); // releases anything still listening
    await progress.flush();
  }
}

export function toJobError(error: unknown): JobError {
  if (error instanceof JobFailure) return { code: error.code, message: error.message, retryable: error.retryable };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'job_error', message: message || 'The job threw an error without a message.', retryable: true };
}

/** Progress writes are coalesced: at most one in flight and one pending, never blocking the job. */
function createProgressWriter(store: JobStore, record: JobRecord, now: () => number, log: Logger) {
  let chain: Promise<unknown> = Promise.resolve();
  let pending: { fraction: number; stage?: string } | null = null;
  const write = async () => {
    const next = pending;
    pending = null;
    if (!next) return;
    try {
      await applyEvent(store, record.id, { type: 'progress', at: now(), fraction: next.fraction, ...(next.stage ? { stage: next.stage } : {}) });
    } catch (error) {
      log.warn('could not store progress', { error });
    }
  };
  return {
    report(fraction: number, stage?: string): Promise<void> {
      const queued = pending !== null;
      pending = { fraction, ...(stage ? { stage } : {}) };
      if (!queued) chain = chain.then(write);
      return chain.then(() => undefined);
    },
    flush: () => chain.then(() => undefined),
  };
}

async function revalidatePage(deps: ProcessorDeps, record: JobRecord, log: Logger): Promise<boolean> {
  if (!deps.revalidate) return true;
  const now = deps.now ?? Date.now;
  try {
    await deps.revalidate(deps.pagePath(record.id));
  } catch (error) {
    log.warn('revalidating the result page failed; will try again on the next delivery', { error });
    return false;
  }
  try {
    await applyEvent(deps.store, record.id, { type: 'revalidated', at: now() });
  } catch (error) {
    log.warn('could not record revalidatedAt', { error });
  }
  return true;
}

export function backoffSeconds(settings: Pick<ProcessorSettings, 'backoff'>, receiveCount: number): number {
  const { baseSeconds, maxSeconds } = settings.backoff;
  return Math.min(maxSeconds, Math.round(baseSeconds * 2 ** Math.max(0, receiveCount - 1)));
}
