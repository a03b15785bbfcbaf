/**
 * The article's processor, reproduced faithfully over Kiln's own ports so that the benchmarks compare
 * designs, not adapters: a cron calls the process route once a minute; the route receives up to five
 * messages, runs them one after another (download, analyse, write the result to KV, revalidate the
 * page, delete the message), and the platform kills the function at its max duration (60 s). What was in
 * flight at the kill is abandoned: its result is never written and its message never deleted, so it comes
 * back once its visibility timeout lapses. The article sets no visibility timeout, so the queue's default
 * applies (SQS: 30 s). A failed job is not deleted either: it comes back and, after the queue's
 * `maxReceiveCount` receives, the redrive policy moves it to the dead-letter queue.
 *
 * What the article's loop does not do, and this reproduction does not add: no heartbeat (a job longer
 * than the visibility timeout reappears while it runs), no check that a job fits before the deadline, no
 * check that a redelivered job already completed (it runs again and overwrites), no concurrency.
 *
 * Time is whatever the caller's clock says: the benchmarks scale it by passing scaled seconds.
 */
// The public API only: the bench Next app imports this module too (bench/app/lib/article.ts).
import { ReceiptExpiredError, type BlobStore, type JobContext, type JobDefinition, type JobRecord, type JobStore, type Queue, type QueueMessage, type ReceiveOptions } from '@kiln/handlers';

const quiet = { info() {}, warn() {}, error() {} };

/** The job id in a Kiln queue message (`{"v":1,"jobId":…}`): both designs read the same queue. */
function jobIdOf(body: string): string {
  const parsed = JSON.parse(body) as { jobId?: unknown };
  if (typeof parsed.jobId !== 'string') throw new Error('not a job message');
  return parsed.jobId;
}

export interface ArticleDesignOptions {
  /** The job queue (SQS in the article); wrapped by `withSqsStandardDeletes`, since the article's queue is an SQS standard queue. */
  queue: Queue;
  /** The read model ("KV" in the article). */
  store: JobStore;
  /** Where the uploads are (the article downloads the CV from Blob). */
  blobs: BlobStore;
  /** The work; the same definition Kiln runs, so both designs run the same job. Its `timeoutSeconds` is ignored: the article has none. */
  job: Pick<JobDefinition<unknown>, 'run'>;
  /** Regenerates the result page (the article calls `res.revalidate` after writing KV). */
  revalidate?: (path: string) => Promise<void>;
  /** The result page of a job. @default `/cv/<id>` */
  pagePath?: (jobId: string) => string;
  /** Messages per receive. @default 5, as the article */
  maxMessages?: number;
  /** The queue's visibility timeout. @default 30, SQS's default: the article sets none */
  visibilityTimeoutSeconds?: number;
  /** The function's max duration: the platform kills it then. @default 60 */
  maxDurationSeconds?: number;
}

/** What one invocation did, as seen from outside the function. */
export interface ArticleInvocation {
  received: number;
  /** Jobs whose result was written and whose message was deleted. */
  completed: number;
  /** Jobs that threw: their message is left for the redrive policy. */
  failed: number;
  /** Jobs in flight when the platform killed the function: result not written, message not deleted. */
  abandoned: number;
  /** Received but never started (the loop did not reach them before the kill): they reappear after the visibility timeout. */
  notStarted: number;
  /** True when the platform killed the function at its max duration. */
  killed: boolean;
  durationMs: number;
}

class Killed extends Error {}

/** Queues already answering late deletes as SQS does. */
const standardDeletes = new WeakSet<Queue>();

/**
 * An SQS standard queue's answer to a late delete, over a Kiln queue that refuses it. Kiln's port (and its
 * embedded queue) rejects a delete whose receipt no longer holds the message; SQS does not: a delete with
 * the most recent receipt deletes the message even after its visibility lapsed, and one with an older
 * receipt "succeeds, but the message will not be deleted" (DeleteMessage's documentation). The article's
 * loop deletes a 30 s job's message just after its 30 s visibility lapsed, so without this the reproduction
 * would lose jobs the article does not. A message deleted late is remembered and dropped (deleted with
 * its new receipt) whenever a later receive returns it, so the loop never sees it again.
 */
export function withSqsStandardDeletes(queue: Queue): Queue {
  // Wrapping twice would start a second, empty memory of late deletes in front of the first.
  if (standardDeletes.has(queue)) return queue;
  const latestReceipt = new Map<string, string>(); // message id → the receipt of its latest receive
  const messageOf = new Map<string, string>(); // receipt → message id
  const deleted = new Set<string>();
  const wrapped: Queue = Object.assign(Object.create(queue) as Queue, {
    async receive(options: ReceiveOptions): Promise<QueueMessage[]> {
      const kept: QueueMessage[] = [];
      for (;;) {
        const batch = await queue.receive({ ...options, maxMessages: options.maxMessages - kept.length });
        let dropped = 0;
        for (const message of batch) {
          if (deleted.has(message.id)) {
            dropped += 1;
            await queue.delete(message.receiptHandle).catch(() => {});
            continue;
          }
          latestReceipt.set(message.id, message.receiptHandle);
          messageOf.set(message.receiptHandle, message.id);
          kept.push(message);
        }
        // Top up what late-deleted messages took, as SQS would have returned others in their place.
        if (dropped === 0 || kept.length >= options.maxMessages) return kept;
      }
    },
    async delete(receiptHandle: string): Promise<void> {
      try {
        await queue.delete(receiptHandle);
      } catch (error) {
        if (!(error instanceof ReceiptExpiredError)) throw error;
        const id = messageOf.get(receiptHandle);
        if (id !== undefined && latestReceipt.get(id) === receiptHandle) deleted.add(id);
      }
    },
  });
  standardDeletes.add(wrapped);
  return wrapped;
}

/** The article's process route as a function: call `invoke()` once per cron tick. */
export function createArticleDesign(options: ArticleDesignOptions) {
  const queue = withSqsStandardDeletes(options.queue);
  const maxMessages = options.maxMessages ?? 5;
  const visibilityTimeoutSeconds = options.visibilityTimeoutSeconds ?? 30;
  const maxDurationSeconds = options.maxDurationSeconds ?? 60;
  const pagePath = options.pagePath ?? ((id: string) => `/cv/${id}`);

  /**
   * One invocation of the process route. Resolves when the loop ends or when the platform kills the
   * function, whichever comes first; a killed function's remaining steps never run.
   */
  async function invoke(startedAt = Date.now()): Promise<ArticleInvocation> {
    const report: ArticleInvocation = { received: 0, completed: 0, failed: 0, abandoned: 0, notStarted: 0, killed: false, durationMs: 0 };
    const kill = new AbortController();
    let onKill: () => void = () => {};
    const killedAt = new Promise<never>((_, reject) => {
      onKill = () => reject(new Killed());
    });
    killedAt.catch(() => {}); // observed through `step`
    const timer = setTimeout(() => {
      report.killed = true;
      kill.abort(new Error('the function reached its max duration'));
      onKill();
    }, Math.max(0, startedAt + maxDurationSeconds * 1000 - Date.now()));
    // Every await in the function goes through here: once the platform has killed it, nothing after runs.
    const step = <T>(work: Promise<T>): Promise<T> => Promise.race([work, killedAt]);

    let messages: QueueMessage[] = [];
    let current = 0;
    let inFlight = false;
    try {
      messages = await step(queue.receive({ maxMessages, visibilityTimeoutSeconds, waitSeconds: 0 }));
      report.received = messages.length;
      for (current = 0; current < messages.length; current++) {
        const message = messages[current]!;
        inFlight = true;
        try {
          await runOne(message, step, kill.signal, startedAt + maxDurationSeconds * 1000);
          report.completed += 1;
        } catch (error) {
          if (error instanceof Killed) throw error;
          report.failed += 1; // left on the queue: it comes back, and the redrive policy ends it
        }
        inFlight = false;
      }
    } catch (error) {
      if (!(error instanceof Killed)) throw error;
      if (inFlight) report.abandoned += 1;
      report.notStarted = Math.max(0, messages.length - current - (inFlight ? 1 : 0));
    } finally {
      clearTimeout(timer);
      report.durationMs = Date.now() - startedAt;
    }
    return report;
  }

  /**
   * Download, analyse, write KV, revalidate, delete: one after another, as the article's loop. Each
   * await goes through `step`, so after the kill the job's own promise may still settle in this process,
   * but nothing the dead function would have done next (write, revalidate, delete) happens.
   */
  async function runOne(message: QueueMessage, step: <T>(work: Promise<T>) => Promise<T>, signal: AbortSignal, deadline: number): Promise<void> {
    const jobId = jobIdOf(message.body);
    const record = await step(options.store.get(jobId));
    if (!record) throw new Error(`job ${jobId} not found`);
    await step(put(jobId, (current) => ({ status: 'processing', attempts: current.attempts + 1, startedAt: current.startedAt ?? Date.now() })));
    const ctx: JobContext = {
      jobId,
      attempt: message.receiveCount,
      maxAttempts: queue.maxReceiveCount,
      signal,
      deadline,
      progress: async () => {},
      log: quiet,
    };
    const result = await step(options.job.run(
      {
        file: {
          size: record.input.size,
          contentType: record.input.contentType,
          async bytes() {
            const bytes = await options.blobs.get(record.input.blobKey);
            if (!bytes) throw new Error('upload missing');
            return bytes;
          },
        },
      },
      ctx,
    ));
    const now = Date.now();
    await step(put(jobId, () => ({ status: 'completed', result, completedAt: now, progress: { fraction: 1, stage: 'completed', updatedAt: now } })));
    if (options.revalidate) await step(options.revalidate(pagePath(jobId)));
    await step(queue.delete(message.receiptHandle));
  }

  /**
   * The article writes KV with a plain SET: the last writer wins, whatever happened in between. Kiln's
   * store only offers compare-and-set, so this reads and writes until its write lands, and builds the
   * record itself: Kiln's guarded transitions would refuse to run a completed job again, and the
   * article does not check.
   */
  async function put(jobId: string, changes: (current: JobRecord) => Partial<JobRecord>): Promise<void> {
    for (;;) {
      const current = await options.store.get(jobId);
      if (!current) throw new Error(`job ${jobId} is gone`);
      const next: JobRecord = { ...current, ...changes(current), version: current.version + 1, updatedAt: Date.now() };
      if (await options.store.compareAndSet(next, current.version)) return;
    }
  }

  return { invoke, maxMessages, visibilityTimeoutSeconds, maxDurationSeconds };
}

