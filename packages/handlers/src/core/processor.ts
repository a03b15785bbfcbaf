import type { BlobStore } from '../ports/blob-store';
import type { JobStore } from '../ports/job-store';
import type { Queue, QueueMessage } from '../ports/queue';
import { deliver, type DeliveryContext, type DeliveryOutcome } from './delivery';
import { KilnConfigError } from './errors';
import { createHeartbeat } from './heartbeat';
import type { JobDefinition } from './job-definition';
import type { Logger } from './logger';
import { withRetries } from './retrying';

/** How a processor run behaves. Every field has a default in `defineKiln`. */
export interface ProcessorSettings {
  /** Jobs run at the same time by one processor. */
  concurrency: number;
  /** The most messages asked for in one receive (1–10); a receive never asks for more than the free slots. */
  batchSize: number;
  /** The host function's max duration; a run started by a request ends before it. */
  maxDurationSeconds: number;
  /** Kept free at the end of the run for writing results and acknowledging messages. */
  safetyMarginSeconds: number;
  /** How long a received message stays hidden; heartbeats extend it while its job runs. */
  visibilityTimeoutSeconds: number;
  /** How often running jobs' messages are extended. The visibility timeout must be at least three of these. */
  heartbeatSeconds: number;
  /** Long-poll wait per receive (0–20). */
  waitSeconds: number;
  /** Retry backoff: `min(maxSeconds, baseSeconds * 2^(receiveCount-1))`. */
  backoff: { baseSeconds: number; maxSeconds: number };
  /**
   * Deliveries that run the job; the queue's `maxReceiveCount` must be one more (the guard delivery).
   * @default the queue's maxReceiveCount − 1
   */
  maxAttempts?: number;
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
  /**
   * `'drain'` (cron, the kick, Lambda): runs until the queue is empty or the next job would not fit
   * before the deadline. `'forever'` (the worker): no deadline of its own; each job is bounded by its
   * own timeout and a freed slot is refilled at once, until `signal` aborts.
   */
  mode: 'drain' | 'forever';
  signal?: AbortSignal;
  /**
   * When the invocation started (ms since epoch): the request's arrival, not the moment the processor
   * got going. A drain run's deadline is this plus `maxDurationSeconds − safetyMarginSeconds`.
   * @default now
   */
  startedAt?: number;
  /**
   * When the host stops the function (ms since epoch), e.g. now + Lambda's remaining time. The run ends
   * `safetyMarginSeconds` before it, or before its own deadline if that comes first.
   */
  deadline?: number;
}

export interface ProcessReport {
  received: number;
  completed: number;
  /** Failed attempts sent back for another try. */
  retried: number;
  /** Jobs recorded as failed (non-retryable error, last attempt, or the guard delivery after a crash). */
  failed: number;
  /** Poison messages moved to the dead-letter queue. */
  deadLettered: number;
  /** Redelivered messages whose job was already terminal: acknowledged without running. */
  duplicates: number;
  /** Received but not started (the run was aborted meanwhile): made visible again at once. */
  released: number;
  /** Deliveries cut short by a store or queue outage: their messages come back later. */
  errors: number;
  stoppedBecause: 'empty' | 'deadline' | 'aborted';
  durationMs: number;
}

/** A job's own time limit: its `timeoutSeconds`, or by default what a run leaves after starting it. */
export function jobTimeoutSeconds(job: Pick<JobDefinition<unknown>, 'timeoutSeconds'>, settings: Pick<ProcessorSettings, 'maxDurationSeconds' | 'safetyMarginSeconds'>): number {
  // The default leaves one margin for the work before a job starts (reading the request, the
  // retention sweep, the first receive) and one after it ends (writing the result, acknowledging).
  return job.timeoutSeconds ?? Math.max(1, settings.maxDurationSeconds - 2 * settings.safetyMarginSeconds);
}

/** Refuses settings that break the processor's rules, naming the numbers involved. */
export function checkProcessorSettings(settings: ProcessorSettings, queue: Pick<Queue, 'maxReceiveCount' | 'name'>, timeoutSeconds: number): number {
  const maxAttempts = settings.maxAttempts ?? queue.maxReceiveCount - 1;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
    throw new KilnConfigError(`maxAttempts must be a whole number of at least 1 (got ${maxAttempts}); the queue's maxReceiveCount is ${queue.maxReceiveCount}.`, 'maxAttempts', 'KILN_MAX_ATTEMPTS');
  }
  if (queue.maxReceiveCount !== maxAttempts + 1) {
    throw new KilnConfigError(
      `The ${queue.name} queue's maxReceiveCount is ${queue.maxReceiveCount}, but maxAttempts is ${maxAttempts}: maxReceiveCount must be maxAttempts + 1 = ${maxAttempts + 1}, ` +
        'so a delivery after a crashed last attempt still reaches Kiln (which records the job as failed) before the redrive policy moves the message.',
      'maxAttempts',
      'KILN_MAX_ATTEMPTS',
    );
  }
  if (!(settings.heartbeatSeconds > 0) || settings.visibilityTimeoutSeconds < 3 * settings.heartbeatSeconds - 1e-9) {
    throw new KilnConfigError(
      `visibilityTimeoutSeconds (${settings.visibilityTimeoutSeconds}) must be at least 3 × heartbeatSeconds (${settings.heartbeatSeconds}), so two heartbeats can fail before a running job's message reappears.`,
      'processor.visibilityTimeoutSeconds',
    );
  }
  const { batchSize, waitSeconds, safetyMarginSeconds, maxDurationSeconds, visibilityTimeoutSeconds, backoff } = settings;
  const refuse = (option: string, rule: string, value: unknown, envVar?: string) => {
    throw new KilnConfigError(`${option} ${rule} (got ${JSON.stringify(value)}).`, option, envVar);
  };
  if (!Number.isInteger(settings.concurrency) || settings.concurrency < 1) refuse('concurrency', 'must be a whole number of at least 1', settings.concurrency, 'KILN_CONCURRENCY');
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10) refuse('processor.batchSize', 'must be a whole number from 1 to 10, as an SQS receive', batchSize);
  if (!(waitSeconds >= 0 && waitSeconds <= 20)) refuse('processor.waitSeconds', 'must be 0–20 seconds, as an SQS long poll', waitSeconds);
  if (!(maxDurationSeconds > 0)) refuse('maxDurationSeconds', 'must be a positive number of seconds', maxDurationSeconds, 'KILN_MAX_DURATION_SECONDS');
  if (!(safetyMarginSeconds >= 0 && safetyMarginSeconds < maxDurationSeconds)) refuse('processor.safetyMarginSeconds', `must be at least 0 and less than maxDurationSeconds (${maxDurationSeconds})`, safetyMarginSeconds);
  if (!(visibilityTimeoutSeconds > 0 && visibilityTimeoutSeconds <= 43_200)) refuse('processor.visibilityTimeoutSeconds', 'must be more than 0 and at most 43200 seconds (12 h, as SQS)', visibilityTimeoutSeconds);
  if (!(backoff.baseSeconds >= 0 && backoff.maxSeconds >= backoff.baseSeconds && backoff.maxSeconds <= 43_200)) {
    refuse('processor.backoff', 'needs 0 ≤ baseSeconds ≤ maxSeconds ≤ 43200 (a visibility timeout)', backoff);
  }
  if (!(timeoutSeconds > 0)) refuse('timeoutSeconds', "of a job must be positive", timeoutSeconds);
  return maxAttempts;
}

const IDLE_POLL_MS = 250;

/**
 * Receives messages and runs their jobs. It receives only what it can start — at most the free slots,
 * and only while a whole job still fits before the run's deadline — so no message spends a receive
 * waiting. A job keeps its slot until its promise settles, even past its timeout. Messages whose jobs
 * run are heartbeaten; each delivery ends in one settle step (record, page, then acknowledge).
 */
export async function runProcessor(deps: ProcessorDeps, settings: ProcessorSettings, options: RunOptions): Promise<ProcessReport> {
  const now = deps.now ?? Date.now;
  const startedAt = options.startedAt ?? now();
  const timeoutSeconds = jobTimeoutSeconds(deps.job, settings);
  await deps.queue.ready?.();
  const maxAttempts = checkProcessorSettings(settings, deps.queue, timeoutSeconds);
  const timeoutMs = timeoutSeconds * 1000;
  const ownDeadline = options.mode === 'drain' ? startedAt + (settings.maxDurationSeconds - settings.safetyMarginSeconds) * 1000 : Infinity;
  // A host's deadline is when it stops the function: keep the same margin before it.
  const runDeadline = Math.min(ownDeadline, (options.deadline ?? Infinity) - settings.safetyMarginSeconds * 1000);
  const report: ProcessReport = { received: 0, completed: 0, retried: 0, failed: 0, deadLettered: 0, duplicates: 0, released: 0, errors: 0, stoppedBecause: 'empty', durationMs: 0 };
  const heartbeat = createHeartbeat(deps.queue, { intervalSeconds: settings.heartbeatSeconds, visibilityTimeoutSeconds: settings.visibilityTimeoutSeconds }, deps.logger);
  const context: DeliveryContext = { deps, settings, maxAttempts, timeoutMs, runDeadline, heartbeat, now };
  const slots = new Set<Promise<void>>();
  // One promise per freed slot, shared by every waiter: racing the slots themselves again and again
  // would pile reactions onto a long-running job's promise.
  let freed = signal();

  const fits = () => runDeadline - now() >= timeoutMs;
  const start = (message: QueueMessage) => {
    heartbeat.add(message);
    const slot = deliver(context, message)
      .then(async ({ outcome, stillRunning }) => {
        report[outcome satisfies DeliveryOutcome] += 1;
        await stillRunning; // a job that ignored its timeout keeps its slot until it returns
      })
      .catch((error: unknown) => {
        report.errors += 1;
        deps.logger.error('a delivery failed unexpectedly; its message comes back after its visibility timeout', { messageId: message.id, error });
      })
      .finally(() => {
        slots.delete(slot);
        freed.resolve();
        freed = signal();
      });
    slots.add(slot);
  };
  const slotFreed = () => freed.promise;
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        options.signal?.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      options.signal?.addEventListener('abort', done, { once: true });
    });
  let receiveFailures = 0;

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
      const free = settings.concurrency - slots.size;
      if (free <= 0) {
        await slotFreed();
        continue;
      }
      // Long-poll only as long as a job received at the end of the wait would still fit.
      const spareSeconds = Math.floor((runDeadline - now() - timeoutMs) / 1000);
      const waitSeconds = Math.max(0, Math.min(settings.waitSeconds, spareSeconds, 20));
      let messages: QueueMessage[];
      try {
        // A blip is retried at once; only an outage stops a cron run or pauses a worker.
        messages = await withRetries(() => deps.queue.receive({ maxMessages: Math.min(free, settings.batchSize, 10), waitSeconds, visibilityTimeoutSeconds: settings.visibilityTimeoutSeconds }), { tries: 3 });
        receiveFailures = 0;
      } catch (error) {
        if (options.mode === 'drain') throw error;
        // A worker outlives a queue outage: wait (longer each time, up to 30 s) and try again.
        const waitMs = Math.min(30_000, 500 * 2 ** receiveFailures++);
        deps.logger.error('receiving from the queue failed; trying again', { error, retryInMs: waitMs });
        await pause(waitMs);
        continue;
      }
      report.received += messages.length;
      if (options.signal?.aborted) {
        // Received by mistake: the run was stopped during the long poll. Give them back at once.
        for (const message of messages) await release(deps, message, report);
        continue;
      }
      messages.forEach(start);
      if (messages.length > 0) continue;
      if (slots.size === 0) {
        if (options.mode === 'drain') break; // empty and idle: done
        if (waitSeconds === 0) await pause(IDLE_POLL_MS); // never spin on an empty queue
      } else if (waitSeconds === 0) {
        await Promise.race([slotFreed(), pause(IDLE_POLL_MS)]);
      }
    }
  } finally {
    await Promise.allSettled(slots);
    await heartbeat.stop();
  }
  report.durationMs = now() - startedAt;
  return report;
}

/** A promise and its resolve (Promise.withResolvers is Node 22+). */
function signal(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

async function release(deps: ProcessorDeps, message: QueueMessage, report: ProcessReport): Promise<void> {
  report.released += 1;
  await deps.queue.changeVisibility(message.receiptHandle, 0).catch((error: unknown) => {
    deps.logger.warn('could not release a message; it returns after its visibility timeout', { messageId: message.id, error });
  });
}
