import { ReceiptExpiredError, type QueueMessage } from '../ports/queue';
import { applyEvent } from './apply-event';
import { runAttempt } from './attempt';
import type { Heartbeat } from './heartbeat';
import { IllegalTransitionError, isTerminal, StaleAttemptError, type JobError, type JobEvent, type JobRecord } from './job';
import { decodeJobMessage } from './job-definition';
import { withFields, type Logger } from './logger';
import type { ProcessorDeps, ProcessorSettings } from './processor';
import { withRetries } from './retrying';

/** What the processor counts for one delivery. */
export type DeliveryOutcome = 'completed' | 'retried' | 'failed' | 'deadLettered' | 'duplicates' | 'errors';

/** What becomes of the message. */
export type Ack = { kind: 'delete' } | { kind: 'visibility'; seconds: number } | { kind: 'deadLetter'; reason: string };

/** How a delivery ends: the record change it writes (if any), then what becomes of its message. */
interface Decision {
  outcome: DeliveryOutcome;
  jobId?: string;
  event?: Extract<JobEvent, { type: 'complete' | 'retry' | 'fail' }>;
  /** The record as the decision found it (a duplicate's terminal record may still need its page regenerated). */
  record?: JobRecord | null;
  ack: Ack;
  stillRunning?: Promise<void>;
}

/** What every delivery of one processor run shares. */
export interface DeliveryContext {
  deps: ProcessorDeps;
  settings: ProcessorSettings;
  maxAttempts: number;
  /** A job's own time limit. */
  timeoutMs: number;
  /** The run's absolute deadline (ms since epoch; `Infinity` for a worker). */
  runDeadline: number;
  heartbeat: Heartbeat;
  now: () => number;
}

export interface Delivered {
  outcome: DeliveryOutcome;
  /**
   * What became of the message: deleted, hidden for a retry or a later revalidation, dead-lettered —
   * or `null` when an outage cut the delivery short and it comes back by itself.
   */
  acknowledged: Ack['kind'] | null;
  /** A job that ignored its timeout and still runs: the slot stays taken until this settles. */
  stillRunning?: Promise<void>;
}

/**
 * One delivery of one message, in two steps: `decide` (which may run the job) says how it ends, then
 * `settle` — the one place that writes the outcome to the record, regenerates the page, and only then
 * acknowledges the message.
 */
export async function deliver(context: DeliveryContext, message: QueueMessage): Promise<Delivered> {
  const log = withFields(context.deps.logger, { messageId: message.id, receiveCount: message.receiveCount });
  let decision: Decision;
  try {
    decision = await decide(context, message, log);
  } catch (error) {
    await context.heartbeat.remove(message);
    const seconds = backoffSeconds(context.settings, message.receiveCount);
    log.error('a delivery failed before its job could end (store or queue unavailable); the message comes back after a backoff', { error, retryInSeconds: seconds });
    await context.deps.queue.changeVisibility(message.receiptHandle, seconds).catch(() => {});
    return { outcome: 'errors', acknowledged: null };
  }
  const stillRunning = decision.stillRunning ? { stillRunning: decision.stillRunning } : {};
  try {
    return { ...(await settle(context, message, decision, decision.jobId ? withFields(log, { jobId: decision.jobId }) : log)), ...stillRunning };
  } catch (error) {
    await context.heartbeat.remove(message);
    log.error('could not record how a delivery ended (store or queue unavailable); the message comes back after its visibility timeout', { error, jobId: decision.jobId });
    return { outcome: 'errors', acknowledged: null, ...stillRunning };
  }
}

async function decide(context: DeliveryContext, message: QueueMessage, log: Logger): Promise<Decision> {
  const { deps, maxAttempts, now } = context;
  const decoded = decodeJobMessage(message.body);
  if (!decoded) return { outcome: 'deadLettered', ack: { kind: 'deadLetter', reason: 'poison message: the body is not a Kiln job message' } };
  const jobId = decoded.jobId;
  const record = await withRetries(() => deps.store.get(jobId));
  if (!record) return { outcome: 'deadLettered', jobId, ack: { kind: 'deadLetter', reason: `poison message: no job ${jobId} in the job store` } };
  if (isTerminal(record.status)) {
    // A job that failed with its attempts used up belongs in the dead-letter queue even when the
    // delivery that recorded it could not move its message there.
    const exhausted = record.status === 'failed' && message.receiveCount > maxAttempts;
    return { outcome: 'duplicates', jobId, record, ack: exhausted ? { kind: 'deadLetter', reason: `attempts_exhausted: ${record.error?.message ?? 'recorded by an earlier delivery'}` } : { kind: 'delete' } };
  }
  if (message.receiveCount > maxAttempts) return guardDelivery(record, maxAttempts, now());

  const attemptId = globalThis.crypto.randomUUID();
  let started: JobRecord | null;
  try {
    started = await startAttempt(context, record, attemptId);
  } catch (error) {
    if (!(error instanceof IllegalTransitionError)) throw error;
    // It ended between our read and our write: another delivery finished it.
    return { outcome: 'duplicates', jobId, record: await withRetries(() => deps.store.get(jobId)), ack: { kind: 'delete' } };
  }
  if (!started) return { outcome: 'deadLettered', jobId, ack: { kind: 'deadLetter', reason: `poison message: job ${jobId} was deleted` } };

  const jobLog = withFields(log, { jobId });
  const { result, stillRunning } = await runAttempt({
    store: deps.store,
    blobs: deps.blobs,
    job: deps.job,
    record: started,
    attempt: message.receiveCount,
    maxAttempts,
    // Its whole timeout from now. Reading and starting it took a moment after the fit check; that may
    // borrow up to half of the margin kept before the host's limit, never more.
    deadline: Math.min(now() + context.timeoutMs, context.runDeadline + context.settings.safetyMarginSeconds * 500),
    log: jobLog,
    now,
  });
  const running = stillRunning ? { stillRunning } : {};
  const at = now();
  if (result.ok) return { outcome: 'completed', jobId, event: { type: 'complete', at, result: result.value, attemptId }, ack: { kind: 'delete' }, ...running };
  const { error } = result;
  if (error.retryable && message.receiveCount < maxAttempts) {
    return { outcome: 'retried', jobId, event: { type: 'retry', at, error, attemptId }, ack: { kind: 'visibility', seconds: backoffSeconds(context.settings, message.receiveCount) }, ...running };
  }
  if (error.retryable) {
    // The last attempt failed too: an operator should look, so the message goes to the dead-letter queue,
    // with the raw cause (the record keeps the public message).
    const gaveUp: JobError = { ...error, retryable: false, message: `${error.message} (gave up after ${message.receiveCount} attempts)` };
    return { outcome: 'failed', jobId, event: { type: 'fail', at, error: gaveUp, attemptId }, ack: { kind: 'deadLetter', reason: `attempts exhausted: ${error.code}: ${result.cause ?? error.message}` }, ...running };
  }
  // Non-retryable (a JobFailure, an unreadable file): the record says why; nothing for an operator to replay.
  return { outcome: 'failed', jobId, event: { type: 'fail', at, error, attemptId }, ack: { kind: 'delete' }, ...running };
}

/**
 * A delivery past `maxAttempts` runs nothing: the previous attempt ended without an outcome (its
 * process crashed, ran out of memory or was stopped at its max duration), so the job is recorded as
 * failed and the message dead-lettered here, not left for the redrive policy with the record stuck.
 */
function guardDelivery(record: JobRecord, maxAttempts: number, at: number): Decision {
  const started = record.status === 'processing';
  const last = record.error ? ` The last error was: ${record.error.message}` : '';
  const error: JobError = {
    code: 'attempts_exhausted',
    message: started
      ? `The job did not finish in ${maxAttempts} attempt${maxAttempts === 1 ? '' : 's'}: the last one stopped without a result (its process may have crashed, run out of memory or hit its time limit).${last}`
      : `The job could not be started in ${maxAttempts} deliver${maxAttempts === 1 ? 'y' : 'ies'}.${last}`,
    retryable: false,
  };
  // Fenced by the dead attempt's id: if a newer attempt has started meanwhile, the guard must not end it;
  // and a retry after a lost answer recognises its own write by it.
  const fence = record.attemptId ? { attemptId: record.attemptId } : {};
  return { outcome: 'failed', jobId: record.id, event: { type: 'fail', at, error, ...fence }, ack: { kind: 'deadLetter', reason: `attempts_exhausted: ${error.message}` } };
}

/** `start`, retried through outages; a retry that finds our own start already written takes it. */
async function startAttempt({ deps, now }: DeliveryContext, record: JobRecord, attemptId: string): Promise<JobRecord | null> {
  return withRetries(async (tryNumber) => {
    const current = tryNumber === 1 ? record : await deps.store.get(record.id);
    if (current?.attemptId === attemptId) return current;
    return current ? applyEvent(deps.store, record.id, { type: 'start', at: now(), attemptId }, current) : null;
  });
}

async function settle(context: DeliveryContext, message: QueueMessage, decision: Decision, log: Logger): Promise<Pick<Delivered, 'outcome' | 'acknowledged'>> {
  const { deps, maxAttempts } = context;
  let { outcome, ack } = decision;
  let record = decision.record ?? null;

  // 1. Write the outcome to the record.
  const { event, jobId } = decision;
  if (event && jobId) {
    try {
      // A finished attempt's outcome is worth waiting for: while the heartbeat holds the message, keep
      // trying through a store outage (up to a visibility timeout, within the run's settling margin)
      // rather than give up and have the next delivery run the whole job again.
      // (A span on the run's clock, `now`, made a moment on the wall clock that withRetries reads.)
      const spanMs = Math.min(context.settings.visibilityTimeoutSeconds * 1000, context.runDeadline + context.settings.safetyMarginSeconds * 500 - context.now());
      const untilMs = Date.now() + spanMs;
      record = await withRetries(() => applyEvent(deps.store, jobId, event), { untilMs });
      if (!record) {
        log.warn('the job was deleted while it ran; its message is acknowledged');
        ack = { kind: 'delete' };
      }
    } catch (error) {
      if (!(error instanceof IllegalTransitionError || error instanceof StaleAttemptError)) throw error;
      const current = await withRetries(() => deps.store.get(jobId));
      if (event.attemptId !== undefined && current?.attemptId === event.attemptId && current.status === settledStatus(event)) {
        record = current; // our own write landed before a transient error hid it
      } else {
        // Another delivery of this job got there first (or a newer attempt started): this one is a duplicate.
        // Its message is deleted — or dead-lettered, if it was to be and the job did fail.
        log.info('another delivery of this job settled it first; this delivery is dropped', { status: current?.status });
        outcome = 'duplicates';
        if (!(ack.kind === 'deadLetter' && current?.status === 'failed')) ack = { kind: 'delete' };
        record = current;
      }
    }
  }
  logOutcome(log, outcome, decision, ack);

  // 2. Regenerate the page of a job that has ended; a failure keeps the message for a later delivery.
  if (record && isTerminal(record.status) && record.revalidatedAt === undefined && deps.revalidate) {
    if (!(await revalidatePage(context, record, log))) {
      if (ack.kind === 'delete' && message.receiveCount < maxAttempts) {
        ack = { kind: 'visibility', seconds: backoffSeconds(context.settings, message.receiveCount) };
        log.warn('revalidating the result page failed; the message is kept so a later delivery regenerates it', { retryInSeconds: ack.seconds });
      } else {
        log.warn('revalidating the result page failed on its last delivery; the page refreshes by its time-based fallback');
      }
    }
  }

  // 3. Acknowledge: out of the heartbeat first, so no heartbeat lands after this call and undoes it.
  await context.heartbeat.remove(message);
  try {
    await withRetries(() => acknowledge(context, message, ack));
  } catch (error) {
    if (!(error instanceof ReceiptExpiredError)) throw error;
    log.warn('the message was no longer held when it was settled (its visibility lapsed); its next delivery sees the job as it is now', { ack: ack.kind });
  }
  return { outcome, acknowledged: ack.kind };
}

function settledStatus(event: NonNullable<Decision['event']>): JobRecord['status'] {
  return event.type === 'complete' ? 'completed' : event.type === 'fail' ? 'failed' : 'processing';
}

function acknowledge({ deps }: DeliveryContext, message: QueueMessage, ack: Ack): Promise<void> {
  switch (ack.kind) {
    case 'delete':
      return deps.queue.delete(message.receiptHandle);
    case 'visibility':
      return deps.queue.changeVisibility(message.receiptHandle, ack.seconds);
    case 'deadLetter':
      return deps.queue.deadLetter(message, ack.reason);
  }
}

function logOutcome(log: Logger, outcome: DeliveryOutcome, decision: Decision, ack: Ack): void {
  const error = decision.event && 'error' in decision.event ? decision.event.error : undefined;
  switch (outcome) {
    case 'completed':
      return log.info('job completed');
    case 'retried':
      return log.warn('attempt failed; will retry', { code: error?.code, message: error?.message, retryInSeconds: ack.kind === 'visibility' ? ack.seconds : undefined });
    case 'failed':
      return log.error('job failed', { code: error?.code, message: error?.message, deadLettered: ack.kind === 'deadLetter' });
    case 'deadLettered':
      return log.warn('poison message moved to the dead-letter queue', { reason: ack.kind === 'deadLetter' ? ack.reason : undefined });
    case 'duplicates':
      return log.info('job already ended; duplicate delivery acknowledged', { status: decision.record?.status });
    case 'errors':
      return;
  }
}

/**
 * Regenerates the page and records `revalidatedAt`, which clients wait for before they reload it. False when
 * either fails: the caller keeps the message, and a later delivery does both again (regenerating twice is
 * harmless; a page regenerated but never recorded would leave clients waiting for their fallback).
 */
async function revalidatePage({ deps, now }: DeliveryContext, record: JobRecord, log: Logger): Promise<boolean> {
  try {
    await deps.revalidate!(deps.pagePath(record.id));
  } catch (error) {
    log.warn('revalidating the result page failed', { error });
    return false;
  }
  try {
    await withRetries(() => applyEvent(deps.store, record.id, { type: 'revalidated', at: now() }));
    return true;
  } catch (error) {
    log.warn('the result page was regenerated, but revalidatedAt could not be recorded', { error });
    return false;
  }
}

export function backoffSeconds(settings: Pick<ProcessorSettings, 'backoff'>, receiveCount: number): number {
  const { baseSeconds, maxSeconds } = settings.backoff;
  return Math.min(maxSeconds, Math.round(baseSeconds * 2 ** Math.max(0, receiveCount - 1)));
}
