import type { DeadLetter } from '../ports/queue';
import { applyEvent } from './apply-event';
import { IllegalTransitionError, isTerminal, type JobRecord } from './job';
import { decodeJobMessage } from './job-definition';
import type { ProcessorDeps } from './processor';
import type { Ports } from './runtime';

type QueueAndStore = Pick<Ports, 'queue' | 'store'>;

/**
 * Replays one dead letter: the job goes back to `queued` (the one exit from `failed`, and only by an
 * operator's hand) and its message back to the queue with a fresh receive count. If the message
 * cannot be moved, the job is put back to `failed` as it was: never `queued` without a message.
 */
export async function replayDeadLetter(ports: QueueAndStore, messageId: string): Promise<{ replayed: boolean; jobId: string | null }> {
  const letter = (await ports.queue.deadLetters.list({ limit: 10_000 })).find((l) => l.id === messageId);
  if (!letter) return { replayed: false, jobId: null };
  return replay(ports, letter);
}

/**
 * Replays every dead letter: each failed job back to `queued`, then every letter back on the queue in
 * one move (`redriveAll`: one statement on the embedded queue, an SQS message move task). If the move
 * fails, the jobs are put back to `failed` as they were. Returns how many letters moved.
 */
export async function redriveDeadLetters({ queue, store }: QueueAndStore): Promise<number> {
  const letters = await queue.deadLetters.list({ limit: 100_000 });
  const requeued: { before: JobRecord; after: JobRecord }[] = [];
  for (const letter of letters) {
    const jobId = decodeJobMessage(letter.body)?.jobId;
    const before = jobId ? await store.get(jobId) : null;
    if (before?.status !== 'failed') continue;
    const after = await applyEvent(store, before.id, { type: 'replay', at: Date.now() }, before);
    if (after) requeued.push({ before, after });
  }
  try {
    return await queue.deadLetters.redriveAll();
  } catch (error) {
    for (const { before, after } of requeued) await restoreFailed(store, after, before).catch(() => undefined);
    throw error;
  }
}

async function replay({ queue, store }: QueueAndStore, letter: DeadLetter): Promise<{ replayed: boolean; jobId: string | null }> {
  const jobId = decodeJobMessage(letter.body)?.jobId ?? null;
  const failed = jobId ? await store.get(jobId) : null;
  const requeued = failed?.status === 'failed' ? await applyEvent(store, failed.id, { type: 'replay', at: Date.now() }, failed) : null;
  let replayed = false;
  try {
    replayed = await queue.deadLetters.replay(letter.id);
  } finally {
    if (!replayed && requeued) await restoreFailed(store, requeued, failed!);
  }
  return { replayed, jobId };
}

/** Undo a replay whose message did not move: the job is failed again, with the error it had. */
async function restoreFailed(store: QueueAndStore['store'], requeued: JobRecord, before: JobRecord): Promise<void> {
  await applyEvent(store, requeued.id, { type: 'fail', at: before.failedAt ?? Date.now(), error: before.error ?? { code: 'failed', message: 'The job failed.', retryable: false } }, requeued);
}

/**
 * The redrive policy's backstop, reconciled. A message reaches the dead-letter queue past Kiln's guard
 * delivery only when that delivery itself was lost (its process died, or the queue's answer never
 * arrived); its job may then be left `queued` or `processing`, or `failed` with its page not yet
 * regenerated. This finds such jobs among the dead letters, records them as failed
 * (`attempts_exhausted`) and regenerates their pages; and it finishes an operator's replay that
 * stopped between its two steps. The worker and the process endpoint run it every few minutes.
 */
export async function reconcileDeadLetters(
  deps: Pick<ProcessorDeps, 'queue' | 'store' | 'revalidate' | 'pagePath' | 'logger'>,
  options: { since?: number; now?: () => number } = {},
): Promise<{ failed: number; revalidated: number; replayed: number }> {
  const now = options.now ?? Date.now;
  const outcome = { failed: 0, revalidated: 0, replayed: 0 };
  // Page through by time: `since` keeps a frequent pass to the letters new since the last one.
  const seen = new Set<string>();
  let since = options.since ?? 0;
  for (;;) {
    const page = (await deps.queue.deadLetters.list({ limit: RECONCILE_PAGE, since })).filter((letter) => !seen.has(letter.id));
    if (page.length === 0) return outcome;
    for (const letter of page) {
      seen.add(letter.id);
      since = Math.max(since, letter.deadAt);
      await reconcileLetter(deps, letter, now, outcome);
    }
  }
}

const RECONCILE_PAGE = 500;
/** How long a replay may sit between its two steps before reconciliation finishes it. */
const REPLAY_GRACE_MS = 5 * 60_000;

async function reconcileLetter(
  deps: Pick<ProcessorDeps, 'queue' | 'store' | 'revalidate' | 'pagePath' | 'logger'>,
  letter: DeadLetter,
  now: () => number,
  outcome: { failed: number; revalidated: number; replayed: number },
): Promise<void> {
  const jobId = decodeJobMessage(letter.body)?.jobId;
  let record = jobId ? await deps.store.get(jobId) : null;
  if (!record) return;
  // Decided from the record, not from when the letter died (SQS keeps a moved message's original
  // timestamp): no delivery can be running a job whose message is dead.
  if (record.status === 'queued' && record.version > 1) {
    // Written since it was created, and queued again: an operator's replay that stopped between its
    // two steps (the record queued, the message still dead). Given a while to finish on its own, it is
    // finished here.
    if (now() - record.updatedAt >= REPLAY_GRACE_MS && (await deps.queue.deadLetters.replay(letter.id))) {
      outcome.replayed += 1;
      deps.logger.warn('finished a replay that had stopped halfway: the job was queued again but its message was still dead', { jobId: record.id, messageId: letter.id });
    }
    return;
  }
  if (!isTerminal(record.status)) {
    // `processing`: its last delivery died before it recorded an outcome. `queued` and never written:
    // none of its deliveries could start it.
    const last = record.error ? ` The last error was: ${record.error.message}` : '';
    const error = {
      code: 'attempts_exhausted',
      message:
        record.status === 'processing'
          ? `The job did not finish: its last delivery was interrupted before an outcome was recorded, and its message went to the dead-letter queue (${letter.reason ?? 'receive count exceeded'}).${last}`
          : `The job could not be started: its message went to the dead-letter queue (${letter.reason ?? 'receive count exceeded'}).${last}`,
      retryable: false,
    };
    const id = record.id;
    try {
      record = await applyEvent(deps.store, id, { type: 'fail', at: now(), error }, record);
    } catch (cause) {
      if (!(cause instanceof IllegalTransitionError)) throw cause;
      record = await deps.store.get(id); // it ended meanwhile
    }
    if (record?.status === 'failed' && record.error?.code === 'attempts_exhausted') {
      outcome.failed += 1;
      deps.logger.warn('a job whose message reached the dead-letter queue without an outcome is recorded as failed', { jobId: record.id, messageId: letter.id });
    }
  }
  if (record && isTerminal(record.status) && record.revalidatedAt === undefined && deps.revalidate) {
    try {
      await deps.revalidate(deps.pagePath(record.id));
    } catch (error) {
      deps.logger.warn('revalidating a dead-lettered job’s page failed; trying again at the next reconciliation', { jobId: record.id, error });
      return;
    }
    // Counted only once recorded: until revalidatedAt is written, clients waiting for it are not told, and the
    // next reconciliation regenerates the page again and records it.
    try {
      // Null when the record is gone (deleted meanwhile): nothing was recorded, nothing is counted.
      if (await applyEvent(deps.store, record.id, { type: 'revalidated', at: now() })) outcome.revalidated += 1;
    } catch (error) {
      deps.logger.warn('a dead-lettered job’s page was regenerated but revalidatedAt could not be recorded; trying again at the next reconciliation', { jobId: record.id, error });
    }
  }
}
