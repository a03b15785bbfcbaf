import { describe, expect, it } from 'vitest';
import { defineJob, JobFailure, runProcessor } from '../support/handlers';
import { deps, echoJob, enqueue, seed, settings, sleep } from '../support/kiln-fixtures';

describe('processor', () => {
  it('runs a job, stores the result, revalidates its page, then deletes the message', async () => {
    const { ports, ids } = await seed(1, { text: 'hello' });
    const revalidated: string[] = [];
    const report = await runProcessor(deps(ports, echoJob, async (p) => void revalidated.push(p)), settings(), { mode: 'drain' });
    expect(report).toMatchObject({ received: 1, completed: 1, failed: 0, stoppedBecause: 'empty' });
    const record = await ports.store.get(ids[0]!);
    expect(record).toMatchObject({ status: 'completed', attempts: 1, result: { text: 'hello' }, progress: { fraction: 1 } });
    expect(record?.revalidatedAt).toBeGreaterThanOrEqual(record!.completedAt!);
    expect(revalidated).toEqual([`/cv/${ids[0]}`]);
    expect(await ports.queue.receive({ maxMessages: 10, visibilityTimeoutSeconds: 0 })).toEqual([]);
  });

  it('never runs more jobs at once than its concurrency, and runs them in parallel up to it', async () => {
    const { ports } = await seed(7);
    let running = 0;
    let peak = 0;
    const job = defineJob({
      name: 'slow',
      timeoutSeconds: 5,
      async run() {
        peak = Math.max(peak, ++running);
        await sleep(100);
        running--;
        return 'ok';
      },
    });
    const report = await runProcessor(deps(ports, job), settings({ concurrency: 3, batchSize: 10 }), { mode: 'drain' });
    expect(report.completed).toBe(7);
    expect(peak).toBe(3);
  });

  it('receives only what it can start: never more than the free slots, and nothing once a job would not fit', async () => {
    const { ports } = await seed(6);
    const asked: number[] = [];
    const receive = ports.queue.receive.bind(ports.queue);
    ports.queue.receive = (options) => (asked.push(options.maxMessages), receive(options));
    const job = defineJob({ name: 'second-long', timeoutSeconds: 1, run: () => sleep(700).then(() => 'ok') });
    // 3 s budget minus 1 s margin leaves 2 s: a 1 s job fits at t≈0 and t≈0.7 s, not at t≈1.4 s.
    const report = await runProcessor(deps(ports, job), settings({ concurrency: 1, maxDurationSeconds: 3, safetyMarginSeconds: 1 }), { mode: 'drain' });
    expect(report).toMatchObject({ stoppedBecause: 'deadline', received: 2, completed: 2, released: 0 });
    expect(asked).toEqual([1, 1]);
    // The four it did not start were never received: their first delivery is still to come.
    const left = await ports.queue.receive({ maxMessages: 10, visibilityTimeoutSeconds: 30 });
    expect(left.map((m) => m.receiveCount)).toEqual([1, 1, 1, 1]);
  });

  it('counts the deadline from the invocation start it is given, not from when it got going', async () => {
    const { ports } = await seed(1);
    const job = defineJob({ name: 'three-seconds', timeoutSeconds: 3, run: async () => 'ok' });
    // A 5 s function (4 s budget) that spent 2 s before the processor started: a 3 s job no longer fits.
    const report = await runProcessor(deps(ports, job), settings({ maxDurationSeconds: 5, safetyMarginSeconds: 1 }), { mode: 'drain', startedAt: Date.now() - 2000 });
    expect(report).toMatchObject({ stoppedBecause: 'deadline', received: 0 });
    expect(await runProcessor(deps(ports, job), settings({ maxDurationSeconds: 5, safetyMarginSeconds: 1 }), { mode: 'drain' })).toMatchObject({ completed: 1 });
  });

  it('heartbeats in-flight messages so a job longer than the visibility timeout is not redelivered', async () => {
    const { ports } = await seed(1);
    const job = defineJob({ name: 'longer-than-visibility', timeoutSeconds: 10, run: () => sleep(2600).then(() => 'ok') });
    const running = runProcessor(deps(ports, job), settings({ visibilityTimeoutSeconds: 2, heartbeatSeconds: 0.5 }), { mode: 'drain' });
    await sleep(2300); // past the first 2 s visibility window
    expect(await ports.queue.receive({ maxMessages: 10, visibilityTimeoutSeconds: 0 })).toEqual([]);
    expect((await running).completed).toBe(1);
  });

  it('acknowledges a duplicate delivery of a finished job without running it again', async () => {
    const { ports, ids } = await seed(1);
    await enqueue(ports, 'ignored', ids[0]); // a second message for the same job (SQS at-least-once)
    let runs = 0;
    const job = defineJob({ name: 'count', run: async () => ++runs });
    const report = await runProcessor(deps(ports, job), settings({ concurrency: 1 }), { mode: 'drain' });
    expect(runs).toBe(1);
    expect(report).toMatchObject({ completed: 1, duplicates: 1 });
  });

  it('retries a retryable error with backoff, then records failed on the last attempt and dead-letters the message itself', async () => {
    const { ports, ids } = await seed(1, { maxReceiveCount: 4 });
    let attempts = 0;
    const job = defineJob({
      name: 'flaky',
      async run(_input, ctx) {
        attempts++;
        expect(ctx.attempt).toBe(attempts);
        expect(ctx.maxAttempts).toBe(3);
        throw new Error('upstream is down');
      },
    });
    const report = await runProcessor(deps(ports, job), settings(), { mode: 'drain' });
    expect(attempts).toBe(3);
    expect(report).toMatchObject({ retried: 2, failed: 1 });
    const record = await ports.store.get(ids[0]!);
    expect(record).toMatchObject({ status: 'failed', attempts: 3, error: { code: 'job_error', retryable: false } });
    // The record is public: a written message, not the raw one (that goes to the log and the dead letter).
    expect(record?.error?.message).toBe('The job failed because of an unexpected error on our side (the details are in the server log). Try again later. (gave up after 3 attempts)');
    const dead = await ports.queue.deadLetters.list();
    expect(dead).toHaveLength(1);
    expect(dead[0]).toMatchObject({ receiveCount: 3, reason: 'attempts exhausted: job_error: upstream is down' });
  });

  it('keeps a retried message hidden for the backoff', async () => {
    const { ports } = await seed(1);
    const job = defineJob({ name: 'fails-once', run: async () => Promise.reject(new Error('nope')) });
    await runProcessor(deps(ports, job), settings({ backoff: { baseSeconds: 30, maxSeconds: 300 } }), { mode: 'drain' });
    expect(await ports.queue.receive({ maxMessages: 1, visibilityTimeoutSeconds: 0 })).toEqual([]);
  });

  it('fails at once on a non-retryable JobFailure, regenerates the page and deletes the message: nothing for an operator to replay', async () => {
    const { ports, ids } = await seed(1);
    const revalidated: string[] = [];
    const job = defineJob({
      name: 'bad-input',
      run: async () => {
        throw new JobFailure('encrypted_pdf', 'The PDF is password-protected. Remove the password and upload it again.');
      },
    });
    const report = await runProcessor(deps(ports, job, async (p) => void revalidated.push(p)), settings(), { mode: 'drain' });
    expect(report).toMatchObject({ failed: 1, retried: 0 });
    expect(await ports.store.get(ids[0]!)).toMatchObject({ status: 'failed', attempts: 1, error: { code: 'encrypted_pdf', retryable: false } });
    expect(revalidated).toEqual([`/cv/${ids[0]}`]);
    expect(await ports.queue.deadLetters.list()).toEqual([]);
    expect(await ports.queue.stats!()).toEqual({ visible: 0, inFlight: 0, delayed: 0, dead: 0 });
  });

  it('dead-letters poison messages (bad JSON, unknown job) without failing the batch', async () => {
    const { ports, ids } = await seed(1, { text: 'good' });
    await ports.queue.send('{this is not json');
    await ports.queue.send(JSON.stringify({ v: 1, jobId: 'no-such-job-abcdefghijklmnop' }));
    const report = await runProcessor(deps(ports, echoJob), settings({ concurrency: 3 }), { mode: 'drain' });
    expect(report).toMatchObject({ received: 3, completed: 1, deadLettered: 2 });
    expect(await ports.store.get(ids[0]!)).toMatchObject({ status: 'completed', result: { text: 'good' } });
    const reasons = (await ports.queue.deadLetters.list()).map((d) => d.reason);
    expect(reasons).toEqual(expect.arrayContaining([expect.stringContaining('not a Kiln job message'), expect.stringContaining('no job no-such-job')]));
  });

  it('aborts a job at its timeout and records a timeout, even when the job ignores its signal', async () => {
    const { ports, ids } = await seed(1, { maxReceiveCount: 2 });
    let sawAbort = false;
    const job = defineJob({
      name: 'stuck',
      timeoutSeconds: 1,
      async run(_input, ctx) {
        ctx.signal.addEventListener('abort', () => (sawAbort = true));
        await sleep(3000);
        return 'too late';
      },
    });
    const report = await runProcessor(deps(ports, job), settings(), { mode: 'drain' });
    expect(sawAbort).toBe(true);
    expect(report.failed).toBe(1);
    expect(await ports.store.get(ids[0]!)).toMatchObject({ status: 'failed', error: { code: 'timeout' } });
  });

  it('stores progress on the record while the job runs', async () => {
    const { ports, ids } = await seed(1);
    const seen: unknown[] = [];
    const job = defineJob({
      name: 'steps',
      async run(_input, ctx) {
        await ctx.progress(0.5, 'halfway');
        seen.push((await ports.store.get(ctx.jobId))?.progress);
        return 'done';
      },
    });
    await runProcessor(deps(ports, job), settings(), { mode: 'drain' });
    expect(seen[0]).toMatchObject({ fraction: 0.5, stage: 'halfway' });
    expect((await ports.store.get(ids[0]!))?.status).toBe('completed');
  });

  it('keeps the message when revalidation fails, and the next delivery only revalidates', async () => {
    const { ports, ids } = await seed(1);
    let runs = 0;
    let failRevalidate = true;
    const job = defineJob({ name: 'once', run: async () => ++runs });
    const revalidate = async () => {
      if (failRevalidate) throw new Error('revalidate endpoint down');
    };
    const backoff = settings({ backoff: { baseSeconds: 1, maxSeconds: 1 } });
    await runProcessor(deps(ports, job, revalidate), backoff, { mode: 'drain' });
    expect((await ports.store.get(ids[0]!))?.revalidatedAt).toBeUndefined();
    failRevalidate = false;
    await sleep(1100);
    const second = await runProcessor(deps(ports, job, revalidate), backoff, { mode: 'drain' });
    expect(runs).toBe(1);
    expect(second.duplicates).toBe(1);
    expect((await ports.store.get(ids[0]!))?.revalidatedAt).toBeTypeOf('number');
  });

  it('keeps the message when revalidatedAt cannot be recorded, and the next delivery records it', async () => {
    // Seen as a CI flake of the transient-faults run: the page was regenerated, but every try to store
    // revalidatedAt met a fault, the message was deleted, and clients waiting for revalidatedAt never saw it.
    const { ports, ids } = await seed(1);
    let runs = 0;
    let storeDown = true;
    const job = defineJob({ name: 'once', run: async () => ++runs });
    const store = Object.create(ports.store) as typeof ports.store;
    store.compareAndSet = async (record, version) => {
      if (storeDown && record.revalidatedAt !== undefined) throw new Error('store unavailable');
      return ports.store.compareAndSet(record, version);
    };
    const revalidated: string[] = [];
    const backoff = settings({ backoff: { baseSeconds: 1, maxSeconds: 1 } });
    await runProcessor(deps({ ...ports, store }, job, async (p) => void revalidated.push(p)), backoff, { mode: 'drain' });
    expect((await ports.store.get(ids[0]!))?.revalidatedAt).toBeUndefined();
    storeDown = false;
    await sleep(1100);
    const second = await runProcessor(deps({ ...ports, store }, job, async (p) => void revalidated.push(p)), backoff, { mode: 'drain' });
    expect(runs).toBe(1);
    expect(second.duplicates).toBe(1);
    expect(revalidated).toHaveLength(2);
    expect((await ports.store.get(ids[0]!))?.revalidatedAt).toBeTypeOf('number');
  }, 20_000);

  it('stops a forever-running worker when its signal aborts', async () => {
    const { ports } = await seed(0);
    const controller = new AbortController();
    const running = runProcessor(deps(ports, echoJob), settings({ waitSeconds: 1 }), { mode: 'forever', signal: controller.signal });
    await sleep(300);
    await enqueue(ports, 'late arrival');
    await sleep(1200);
    controller.abort();
    const report = await running;
    expect(report).toMatchObject({ stoppedBecause: 'aborted', completed: 1 });
  });
});
