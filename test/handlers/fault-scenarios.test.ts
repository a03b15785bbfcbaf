import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqsQueue } from '@kiln/handlers/sqs';
import { SQS_SERVERS, startSqs, type RunningSqs } from '../support/sqs-servers';
import { createLedger, messagesLeft, recordScenario } from '../support/job-ledger';
import { kilnOnQueue, QUEUE_KINDS, type KilnOnQueue, type QueueKind } from '../support/kiln-on-queue';
import { freePort } from '../support/demo-server';
import { defineJob, transition, type KilnOptions } from '../support/handlers';
import { sleep } from '../support/kiln-fixtures';

/**
 * The processor issue's scenarios, tried as a new user would (defineKiln, the submit handler, cron
 * invocations of the process handler), on the memory queue and on the embedded SQLite default. Each
 * writes its row of the scenario × queue table to test-results/fault-scenarios.jsonl.
 */
describe.each(QUEUE_KINDS)('fault scenarios on the %s queue', (kind) => {
  it('burst: 10 jobs of 3 s in 5 s functions at concurrency 2, cron only — all run and complete, nothing dead-lettered', () =>
    burst(kind, kind, {}, async (app, invocations, peak) => {
      // Two jobs per invocation: exactly what fits (a sixth only if a starved machine started one late).
      expect(invocations).toBeGreaterThanOrEqual(5);
      expect(invocations).toBeLessThanOrEqual(6);
      expect(peak).toBe(2);
      expect(await messagesLeft(app.ports.queue)).toBe(0);
    }), 60_000);

  it('a job ignoring its AbortSignal keeps its slot until it returns: never more than concurrency at once; its late result is never stored', async () => {
    const ledger = createLedger();
    const job = defineJob({ name: 'stubborn', timeoutSeconds: 1, run: ledger.track(() => sleep(2500).then(() => 'late')) });
    const app = await kilnOnQueue(kind, { job, concurrency: 1, maxDurationSeconds: 30, processor: { waitSeconds: 0, backoff: { baseSeconds: 0, maxSeconds: 0 } } });
    try {
      const [id] = await app.submit(1);
      expect((await app.cron()).status).toBe(200);
      const counts = await ledger.summary(app.ports.store, [id!]);
      recordScenario('job ignores its AbortSignal (1 s timeout, runs 2.5 s), concurrency 1', kind, counts, { peak: ledger.peak });
      expect(ledger.peak).toBe(1);
      expect(ledger.runsOf(id!)).toBe(3); // three attempts, one after another
      const record = await app.ports.store.get(id!);
      expect(record).toMatchObject({ status: 'failed', attempts: 3, error: { code: 'timeout', retryable: false } });
      expect(record?.result).toBeUndefined();
      expect(counts).toEqual({ submitted: 1, completed: 0, failed: 1, lost: 0, runTwice: 0 });
    } finally {
      await app.cleanup();
    }
  }, 30_000);

  it('the revalidate endpoint is unreachable: the job stays completed, its message is deleted on the last delivery, nothing is dead-lettered', async () => {
    const ledger = createLedger();
    const job = defineJob({ name: 'fine', timeoutSeconds: 2, run: ledger.track(async () => 'done') });
    const closedPort = await freePort(); // nothing listens here: connection refused, as with a bad KILN_APP_URL
    const app = await kilnOnQueue(kind, { job, appUrl: `http://127.0.0.1:${closedPort}`, processor: { backoff: { baseSeconds: 0, maxSeconds: 0 } } });
    try {
      const [id] = await app.submit(1);
      for (let i = 0; i < 6 && (await messagesLeftOrNull(app.ports.queue)) !== 0; i++) expect((await app.cron()).status).toBe(200);
      const counts = await ledger.summary(app.ports.store, [id!]);
      recordScenario('revalidate endpoint unreachable', kind, counts);
      expect(await app.ports.queue.deadLetters.list()).toEqual([]);
      const record = await app.ports.store.get(id!);
      expect(record).toMatchObject({ status: 'completed', result: 'done', attempts: 1 });
      expect(record?.revalidatedAt).toBeUndefined(); // the page heals by its time-based fallback
      expect(await messagesLeft(app.ports.queue)).toBe(0);
      expect(counts).toEqual({ submitted: 1, completed: 1, failed: 0, lost: 0, runTwice: 0 });
    } finally {
      await app.cleanup();
    }
  }, 30_000);
});

describe('crash on the last attempt', () => {
  it('memory queue (crash simulated: the last delivery is received and started, then abandoned): the guard delivery records failed, attempts_exhausted, with the last error', async () => {
    const ledger = createLedger();
    const job = defineJob({
      name: 'flaky-upstream',
      timeoutSeconds: 2,
      run: ledger.track(async () => {
        throw new Error('upstream timeout');
      }),
    });
    const app = await kilnOnQueue('memory', { job, processor: { waitSeconds: 0, visibilityTimeoutSeconds: 1, heartbeatSeconds: 0.3, backoff: { baseSeconds: 1, maxSeconds: 1 } } });
    try {
      const [id] = await app.submit(1);
      const { maxAttempts } = app.kiln.processor;
      // Attempts 1 … maxAttempts−1 fail with a retryable error, one per cron invocation.
      for (let attempt = 1; attempt < maxAttempts!; attempt++) {
        expect(await app.cron().then((r) => r.json())).toMatchObject({ retried: 1 });
        await sleep(1100);
      }
      // The last attempt's process dies mid-job: what it leaves is a started record and a message in flight.
      const [message] = await app.ports.queue.receive({ maxMessages: 1, visibilityTimeoutSeconds: 1 });
      expect(message?.receiveCount).toBe(maxAttempts);
      const record = (await app.ports.store.get(id!))!;
      expect(await app.ports.store.compareAndSet(transition(record, { type: 'start', at: Date.now(), attemptId: 'the-attempt-that-died' }), record.version)).toBe(true);
      await sleep(1100); // its visibility lapses

      const report = await app.cron().then((r) => r.json());
      expect(report).toMatchObject({ failed: 1 });
      const failed = await app.ports.store.get(id!);
      expect(failed).toMatchObject({ status: 'failed', attempts: maxAttempts, error: { code: 'attempts_exhausted', retryable: false } });
      expect(failed?.error?.message).toContain('The last error was: The job failed because of an unexpected error'); // public form; the raw cause is logged
      const dead = await app.ports.queue.deadLetters.list();
      expect(dead).toHaveLength(1);
      expect(dead[0]?.reason).toContain('attempts_exhausted');
      const counts = await ledger.summary(app.ports.store, [id!]);
      recordScenario('process dies on the last attempt', 'memory (simulated)', counts);
      expect(counts).toEqual({ submitted: 1, completed: 0, failed: 1, lost: 0, runTwice: 0 });
    } finally {
      await app.cleanup();
    }
  }, 30_000);

  it('embedded queue (a real SIGKILL of the process running the last attempt): the next invocation records failed, attempts_exhausted', async () => {
    const job = defineJob({ name: 'dies-on-last-attempt', run: async () => 'never' });
    const app = await kilnOnQueue('embedded', { job, maxDurationSeconds: 10 });
    try {
      const [id] = await app.submit(1);
      const exits: (string | number | null)[] = [];
      for (let i = 0; i < 8 && !(await app.allTerminal([id!])); i++) {
        exits.push(await runChild(app.dataDir!));
        await sleep(1100); // a killed delivery's visibility (1 s) lapses
      }
      expect(exits).toContain('SIGKILL'); // the last attempt really did die
      const record = await app.ports.store.get(id!);
      expect(record).toMatchObject({ status: 'failed', attempts: app.kiln.processor.maxAttempts, error: { code: 'attempts_exhausted', retryable: false } });
      expect(record?.error?.message).toContain('The last error was: The job failed because of an unexpected error'); // public form; the raw cause is logged
      expect((await app.ports.queue.deadLetters.list())[0]?.reason).toContain('attempts_exhausted');
      expect(await messagesLeft(app.ports.queue)).toBe(0);
      recordScenario('process dies on the last attempt', 'embedded (SIGKILL)', { submitted: 1, completed: 0, failed: 1, lost: 0, runTwice: 0 }, { exits });
    } finally {
      await app.cleanup();
    }
  }, 60_000);
});

async function messagesLeftOrNull(queue: Parameters<typeof messagesLeft>[0]): Promise<number | null> {
  return queue.stats ? messagesLeft(queue) : null;
}

function runChild(dataDir: string): Promise<string | number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, '../support/crash-last-attempt-child.ts')], {
      env: { ...process.env, KILN_DATA_DIR: dataDir },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(signal ?? code));
  });
}

describe.each(SQS_SERVERS)('burst on SQS (%s)', (serverKind) => {
  let server: RunningSqs;
  beforeAll(async () => {
    server = await startSqs(serverKind);
  });
  afterAll(() => server?.stop());

  it('10 jobs of 3 s in 5 s functions at concurrency 2, cron only — all run and complete, nothing dead-lettered', async () => {
    const { queueUrl } = await server.createQueue({ maxReceiveCount: 4 });
    await burst('memory', `sqs on ${serverKind}`, { queue: createSqsQueue({ queueUrl, client: server.client }) }, async (app, invocations) => {
      expect(invocations).toBeLessThanOrEqual(6);
      expect(await app.ports.queue.receive({ maxMessages: 10, visibilityTimeoutSeconds: 1 })).toEqual([]);
    });
  }, 90_000);
});

/**
 * The burst, the article's situation in small (30 s jobs, 60 s functions, a cron tick per function):
 * 10 jobs of 3 s, 5 s functions, concurrency 2, cron ticks until every job has ended. Records its row,
 * checks what must hold on every queue, then hands the app to `more` for the queue's own checks.
 */
async function burst(kind: QueueKind, label: string, queue: Pick<KilnOptions, 'queue'>, more: (app: KilnOnQueue, invocations: number, peak: number) => Promise<void>) {
  const ledger = createLedger();
  const job = defineJob({ name: 'burst', timeoutSeconds: 3, run: ledger.track(() => sleep(2100).then(() => 'done')) });
  const app = await kilnOnQueue(kind, { job, ...queue, maxDurationSeconds: 5, concurrency: 2 });
  try {
    const ids = await app.submit(10);
    let invocations = 0;
    while (!(await app.allTerminal(ids)) && invocations < 12) {
      expect((await app.cron()).status).toBe(200);
      invocations += 1;
    }
    const counts = await ledger.summary(app.ports.store, ids);
    recordScenario('burst of 10 × 3 s jobs, 5 s functions, cron only', label, counts, { invocations, peak: ledger.peak });
    expect(await app.ports.queue.deadLetters.list()).toEqual([]);
    expect(counts).toEqual({ submitted: 10, completed: 10, failed: 0, lost: 0, runTwice: 0 });
    expect(ids.map(ledger.runsOf)).toEqual(Array(10).fill(1));
    await more(app, invocations, ledger.peak);
  } finally {
    await app.cleanup();
  }
}
