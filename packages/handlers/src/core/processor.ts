import type { BlobStore } from '../ports/blob-store';
import type { JobStore } from '../ports/job-store';
import type { Queue, QueueMessage } from '../ports/queue';
import { deliver, type Delivered, type DeliveryContext, type DeliveryOutcome } from './delivery';
import { createHeartbeat } from './heartbeat';
import type { JobDefinition } from './job-definition';
import type { Logger } from './logger';
import { checkProcessorSettings, jobTimeoutSeconds, type ProcessorSettings } from './processor-settings';
import { withRetries } from './retrying';

export { checkProcessorSettings, jobTimeoutSeconds, type ProcessorSettings } from './processor-settings';

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

const IDLE_POLL_MS = 250;

/**
 * Receives messages and runs their jobs. It receives only what it can start — at most the free slots,
 * and only while a whole job still fits before the run's deadline — so no message spends a receive
 * waiting. A job keeps its slot until its promise settles, even past its timeout. Messages whose jobs
 * run are heartbeaten; each delivery ends in one settle step (record, page, then acknowledge).
 */
export async function runProcessor(deps: ProcessorDeps, settings: ProcessorSettings, options: RunOptions): Promise<ProcessReport> {
  const run = await openRun(deps, settings, options);
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
        run.report.stoppedBecause = 'aborted';
        break;
      }
      if (!run.fits()) {
        run.report.stoppedBecause = 'deadline';
        break;
      }
      const free = run.freeSlots();
      if (free <= 0) {
        await run.slotFreed();
        continue;
      }
      // Long-poll only as long as a job received at the end of the wait would still fit.
      const waitSeconds = Math.max(0, Math.min(settings.waitSeconds, run.spareSeconds(), 20));
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
      run.report.received += messages.length;
      if (options.signal?.aborted) {
        // Received by mistake: the run was stopped during the long poll. Give them back at once.
        for (const message of messages) await run.release(message);
        continue;
      }
      messages.forEach((message) => run.start(message));
      if (messages.length > 0) continue;
      if (run.busy() === 0) {
        if (options.mode === 'drain') break; // empty and idle: done
        if (waitSeconds === 0) await pause(IDLE_POLL_MS); // never spin on an empty queue
      } else if (waitSeconds === 0) {
        await Promise.race([run.slotFreed(), pause(IDLE_POLL_MS)]);
      }
    }
  } finally {
    await run.finish();
  }
  return run.report;
}

/** How one handed-in message ended, for hosts that report per message (a Lambda's batchItemFailures). */
export interface ReceivedResult {
  message: QueueMessage;
  /** `null`: never started, because no job could fit before the deadline; it was released at once. */
  delivered: Delivered | null;
}

/**
 * Runs messages a host received itself — an SQS event source mapping hands a Lambda a batch — under
 * the same rules as `runProcessor`: the concurrency, one deadline (the host's), heartbeats, the guard
 * delivery, one settle step per message. A message whose job would no longer fit is not started and
 * is released (visibility 0), so it comes back at once instead of after its visibility timeout.
 */
export async function processReceived(
  deps: ProcessorDeps,
  settings: ProcessorSettings,
  messages: readonly QueueMessage[],
  options: Omit<RunOptions, 'mode' | 'signal'> = {},
): Promise<{ report: ProcessReport; results: ReceivedResult[] }> {
  const run = await openRun(deps, settings, { mode: 'drain', ...options });
  const results: ReceivedResult[] = messages.map((message) => ({ message, delivered: null }));
  run.report.received = messages.length;
  try {
    for (const result of results) {
      while (run.freeSlots() <= 0) await run.slotFreed();
      if (!run.fits()) {
        run.report.stoppedBecause = 'deadline';
        await run.release(result.message);
        continue;
      }
      run.start(result.message, (delivered) => (result.delivered = delivered));
    }
  } finally {
    await run.finish();
  }
  return { report: run.report, results };
}

/** One processor run's shared state: its deadline, slots, heartbeat and report. */
interface Run {
  report: ProcessReport;
  fits(): boolean;
  /** Whole seconds a receive may wait and a job received at its end still fit. */
  spareSeconds(): number;
  freeSlots(): number;
  busy(): number;
  slotFreed(): Promise<void>;
  start(message: QueueMessage, done?: (delivered: Delivered | null) => void): void;
  release(message: QueueMessage): Promise<void>;
  /** Waits for every slot — jobs that ignored their timeout included — then stops the heartbeat. */
  finish(): Promise<void>;
}

async function openRun(deps: ProcessorDeps, settings: ProcessorSettings, options: Pick<RunOptions, 'mode' | 'startedAt' | 'deadline'>): Promise<Run> {
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

  return {
    report,
    fits: () => runDeadline - now() >= timeoutMs,
    spareSeconds: () => Math.floor((runDeadline - now() - timeoutMs) / 1000),
    freeSlots: () => settings.concurrency - slots.size,
    busy: () => slots.size,
    slotFreed: () => freed.promise,
    start(message, done) {
      heartbeat.add(message);
      const slot = deliver(context, message)
        .then(async (delivered) => {
          report[delivered.outcome satisfies DeliveryOutcome] += 1;
          done?.(delivered);
          await delivered.stillRunning; // a job that ignored its timeout keeps its slot until it returns
        })
        .catch((error: unknown) => {
          report.errors += 1;
          done?.({ outcome: 'errors', acknowledged: null });
          deps.logger.error('a delivery failed unexpectedly; its message comes back after its visibility timeout', { messageId: message.id, error });
        })
        .finally(() => {
          slots.delete(slot);
          freed.resolve();
          freed = signal();
        });
      slots.add(slot);
    },
    async release(message) {
      report.released += 1;
      await deps.queue.changeVisibility(message.receiptHandle, 0).catch((error: unknown) => {
        deps.logger.warn('could not release a message; it returns after its visibility timeout', { messageId: message.id, error });
      });
    },
    async finish() {
      await Promise.allSettled(slots);
      await heartbeat.stop();
      report.durationMs = now() - startedAt;
    },
  };
}

/** A promise and its resolve (Promise.withResolvers is Node 22+). */
function signal(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}
