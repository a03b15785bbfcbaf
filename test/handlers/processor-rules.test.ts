import { describe, expect, it } from 'vitest';
import { createProcessHandler, createSubmitHandler, defineJob, JobFailure, KilnConfigError, runProcessor, transition } from '../support/handlers';
import { kilnUnderTest, multipart, SECRETS } from '../support/kiln-under-test';
import { deps, echoJob, enqueue, seed, settings, sleep } from '../support/kiln-fixtures';

/** The processor's rules one by one, on the memory adapters (the fault scenarios run them end to end). */
describe('processor rules', () => {
  it('writes from an attempt that timed out never land on the next attempt: its late progress and result are dropped', async () => {
    const { ports, ids } = await seed(1);
    const seen: string[] = [];
    const job = defineJob({
      name: 'first-attempt-ignores-its-signal',
      timeoutSeconds: 1,
      async run(_input, ctx) {
        if (ctx.attempt === 1) {
          await sleep(1400); // past its 1 s timeout, while attempt 2 runs in another processor
          await ctx.progress(0.99, 'late progress from attempt 1');
          return 'late result from attempt 1';
        }
        await ctx.progress(0.5, 'attempt 2 working');
        await sleep(600);
        seen.push((await ports.store.get(ctx.jobId))!.progress!.stage!);
        return 'result from attempt 2';
      },
    });
    const fast = settings({ concurrency: 1, waitSeconds: 0 });
    const first = runProcessor(deps(ports, job), fast, { mode: 'drain' });
    await sleep(1100); // attempt 1 timed out; its message is visible again at once (no backoff)
    const second = await runProcessor(deps(ports, job), fast, { mode: 'drain' }); // another process takes attempt 2
    expect(await first).toMatchObject({ retried: 1 });
    expect(second).toMatchObject({ completed: 1 });
    expect(seen).toEqual(['attempt 2 working']);
    expect(await ports.store.get(ids[0]!)).toMatchObject({ status: 'completed', attempts: 2, result: 'result from attempt 2' });
  });

  it('a delivery that lost the job to another is a duplicate: its message is deleted, the job ends once', async () => {
    const { ports, ids } = await seed(1);
    await enqueue(ports, 'same job again', ids[0]); // SQS at-least-once: a second message for the same job
    let runs = 0;
    const job = defineJob({ name: 'slowish', timeoutSeconds: 5, run: () => sleep(300).then(() => ++runs) });
    const one = settings({ concurrency: 1 });
    // Two processors take one message each at the same moment; the later start wins the record.
    const reports = await Promise.all([runProcessor(deps(ports, job), one, { mode: 'drain' }), runProcessor(deps(ports, job), one, { mode: 'drain' })]);
    const total = (key: 'completed' | 'duplicates' | 'errors') => reports.reduce((sum, r) => sum + r[key], 0);
    expect({ completed: total('completed'), duplicates: total('duplicates'), errors: total('errors') }).toEqual({ completed: 1, duplicates: 1, errors: 0 });
    expect(await ports.store.get(ids[0]!)).toMatchObject({ status: 'completed', attempts: 2 });
    expect(await ports.queue.stats!()).toEqual({ visible: 0, inFlight: 0, delayed: 0, dead: 0 });
    expect(runs).toBe(2);
  });

  it('a job ended elsewhere while it ran (IllegalTransitionError at settle) is a duplicate, not an unexpected failure', async () => {
    const { ports, ids } = await seed(1);
    const job = defineJob({
      name: 'ended-under-it',
      async run(_input, ctx) {
        const record = (await ports.store.get(ctx.jobId))!;
        const error = { code: 'attempts_exhausted', message: 'recorded by another delivery', retryable: false };
        await ports.store.compareAndSet(transition(record, { type: 'fail', at: Date.now(), error }), record.version);
        return 'too late';
      },
    });
    const report = await runProcessor(deps(ports, job), settings(), { mode: 'drain' });
    expect(report).toMatchObject({ duplicates: 1, completed: 0, errors: 0 });
    expect(await ports.store.get(ids[0]!)).toMatchObject({ status: 'failed', error: { message: 'recorded by another delivery' } });
    expect(await ports.queue.stats!()).toMatchObject({ inFlight: 0, visible: 0 });
  });

  it('a guard delivery of a job that never started records failed with attempts_exhausted and dead-letters it', async () => {
    const { ports, ids } = await seed(1, { maxReceiveCount: 2 });
    await ports.queue.receive({ maxMessages: 1, visibilityTimeoutSeconds: 0 }); // a receive lost in transit
    let runs = 0;
    const report = await runProcessor(deps(ports, defineJob({ name: 'never', run: async () => ++runs })), settings(), { mode: 'drain' });
    expect(runs).toBe(0);
    expect(report).toMatchObject({ failed: 1 });
    expect(await ports.store.get(ids[0]!)).toMatchObject({ status: 'failed', attempts: 0, error: { code: 'attempts_exhausted', message: 'The job could not be started in 1 delivery.' } });
    expect((await ports.queue.deadLetters.list())[0]?.reason).toMatch(/^attempts_exhausted/);
  });

  it('a failed job’s page is regenerated too; when that fails, a later delivery tries again', async () => {
    const { ports, ids } = await seed(1);
    let down = true;
    const revalidated: string[] = [];
    const revalidate = async (path: string) => {
      if (down) throw new Error('revalidate endpoint down');
      revalidated.push(path);
    };
    const job = defineJob({ name: 'unreadable', run: () => Promise.reject(new JobFailure('corrupt_file', 'This PDF is damaged.')) });
    const quick = settings({ backoff: { baseSeconds: 1, maxSeconds: 1 } });
    await runProcessor(deps(ports, job, revalidate), quick, { mode: 'drain' });
    expect((await ports.store.get(ids[0]!))?.revalidatedAt).toBeUndefined();
    down = false;
    await sleep(1100);
    expect(await runProcessor(deps(ports, job, revalidate), quick, { mode: 'drain' })).toMatchObject({ duplicates: 1 });
    expect(revalidated).toEqual([`/cv/${ids[0]}`]);
    expect(await ports.store.get(ids[0]!)).toMatchObject({ status: 'failed', revalidatedAt: expect.any(Number) });
  });

  it('takes a message out of the heartbeat before its final call: a retry’s backoff is not overridden by a late heartbeat', async () => {
    const { ports } = await seed(1);
    // Heartbeats that take 300 ms to land, as over a slow network: one is nearly always on its way.
    const slow = <A extends unknown[], R>(call: (...args: A) => Promise<R>) => async (...args: A): Promise<R> => {
      await sleep(300);
      return call(...args);
    };
    const change = ports.queue.changeVisibility.bind(ports.queue);
    ports.queue.changeVisibility = async (receipt, seconds) => (seconds === 0.6 ? slow(change)(receipt, seconds) : change(receipt, seconds));
    ports.queue.changeVisibilityBatch = slow(ports.queue.changeVisibilityBatch!.bind(ports.queue));
    const job = defineJob({ name: 'fails-after-a-while', timeoutSeconds: 5, run: () => sleep(1100).then(() => Promise.reject(new Error('flaky'))) });
    // A heartbeat sets visibility to now + 0.6 s; the retry's backoff hides the message for 3 s.
    await runProcessor(deps(ports, job), settings({ visibilityTimeoutSeconds: 0.6, heartbeatSeconds: 0.1, backoff: { baseSeconds: 3, maxSeconds: 3 } }), { mode: 'drain' });
    await sleep(1500);
    expect(await ports.queue.receive({ maxMessages: 1, visibilityTimeoutSeconds: 30 })).toEqual([]);
    expect(await ports.queue.stats!()).toMatchObject({ inFlight: 1 });
  });

  it('heartbeats in batches where the queue can', async () => {
    const { ports } = await seed(3);
    const batches: number[] = [];
    const batch = ports.queue.changeVisibilityBatch!.bind(ports.queue);
    ports.queue.changeVisibilityBatch = (changes) => (batches.push(changes.length), batch(changes));
    let single = 0;
    const change = ports.queue.changeVisibility.bind(ports.queue);
    ports.queue.changeVisibility = (...args) => (single++, change(...args));
    const job = defineJob({ name: 'beats', timeoutSeconds: 5, run: () => sleep(700).then(() => 'ok') });
    await runProcessor(deps(ports, job), settings({ concurrency: 3, visibilityTimeoutSeconds: 0.9, heartbeatSeconds: 0.3 }), { mode: 'drain' });
    expect(batches.length).toBeGreaterThanOrEqual(1);
    expect(batches.every((n) => n === 3)).toBe(true);
    expect(single).toBe(0);
  });

  it('refuses a visibility timeout below 3 × the heartbeat, and a queue whose maxReceiveCount is not maxAttempts + 1', async () => {
    const { ports } = await seed(0, { maxReceiveCount: 3 });
    await expect(runProcessor(deps(ports, echoJob), settings({ visibilityTimeoutSeconds: 20, heartbeatSeconds: 10 }), { mode: 'drain' })).rejects.toThrow(/at least 3 × heartbeatSeconds \(10\)/);
    const error = await runProcessor(deps(ports, echoJob), settings({ maxAttempts: 3 }), { mode: 'drain' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KilnConfigError);
    expect((error as Error).message).toContain("maxReceiveCount is 3, but maxAttempts is 3: maxReceiveCount must be maxAttempts + 1 = 4");
  });

  it('a worker (forever) refills a freed slot at once and gives a job started at any time its whole timeout', async () => {
    const { ports } = await seed(0);
    const started: Record<string, number> = {};
    const job = defineJob({
      name: 'mixed',
      timeoutSeconds: 2,
      async run(input, ctx) {
        const text = new TextDecoder().decode(await input.file.bytes());
        started[text] = Date.now();
        await sleep(text === 'long' ? 1500 : 100);
        return ctx.deadline - started[text]!;
      },
    });
    const controller = new AbortController();
    // maxDurationSeconds 3 would end a cron-shaped round after 1 s; a worker has no rounds.
    const running = runProcessor(deps(ports, job), settings({ concurrency: 2, waitSeconds: 1, maxDurationSeconds: 3, safetyMarginSeconds: 1 }), { mode: 'forever', signal: controller.signal });
    const t0 = Date.now();
    await enqueue(ports, 'long');
    await sleep(300);
    const late = await enqueue(ports, 'short'); // the second slot is free: it must start now, not after "long"
    await sleep(1900);
    const laterStill = await enqueue(ports, 'after the first round would have ended');
    await sleep(600);
    controller.abort();
    const report = await running;
    expect(report).toMatchObject({ completed: 3, stoppedBecause: 'aborted' });
    expect(started.short! - t0).toBeLessThan(1000);
    expect(await ports.store.get(late)).toMatchObject({ status: 'completed', result: expect.any(Number) });
    expect((await ports.store.get(laterStill))?.result).toBeGreaterThanOrEqual(1900); // its own 2 s, not what a round had left
  });

  it('an outage when a job starts ends the delivery cleanly: the message comes back after a backoff and the job runs then', async () => {
    const { ports, ids } = await seed(1);
    const store = ports.store;
    let failures = 6; // more than the in-delivery retries
    const get = store.get.bind(store);
    store.get = async (id) => {
      if (failures-- > 0) throw new Error('store unavailable');
      return get(id);
    };
    const quick = settings({ backoff: { baseSeconds: 1, maxSeconds: 1 } });
    expect(await runProcessor(deps(ports, echoJob), quick, { mode: 'drain' })).toMatchObject({ errors: 1, completed: 0 });
    await sleep(1100);
    expect(await runProcessor(deps(ports, echoJob), quick, { mode: 'drain' })).toMatchObject({ completed: 1 });
    expect(await get(ids[0]!)).toMatchObject({ status: 'completed', attempts: 1 });
  });
});


describe('processor rules under a misbehaving queue or store', () => {
  it('a finished result outlasts a store outage longer than the in-delivery retries: the job runs once and ends completed', async () => {
    const { ports, ids } = await seed(1);
    const compareAndSet = ports.store.compareAndSet.bind(ports.store);
    let failures = 7; // more than withRetries' 5 tries: about 2.5 s of outage with its pauses
    ports.store.compareAndSet = async (next, version) => {
      if (next.status === 'completed' && failures-- > 0) throw new Error('store unavailable');
      return compareAndSet(next, version);
    };
    let runs = 0;
    const job = defineJob({ name: 'once', timeoutSeconds: 5, run: async () => ++runs });
    const report = await runProcessor(deps(ports, job), settings({ visibilityTimeoutSeconds: 6, heartbeatSeconds: 1 }), { mode: 'drain' });
    expect(report).toMatchObject({ completed: 1, errors: 0 });
    expect(runs).toBe(1);
    expect(failures).toBeLessThan(0);
    expect(await ports.store.get(ids[0]!)).toMatchObject({ status: 'completed', result: 1 });
    expect(await ports.queue.stats!()).toMatchObject({ visible: 0, inFlight: 0, delayed: 0 });
  });

  it('a heartbeat that never answers does not stop the processor', async () => {
    const { ports, ids } = await seed(3);
    ports.queue.changeVisibilityBatch = () => new Promise(() => {}); // a half-open connection
    const job = defineJob({ name: 'beats', timeoutSeconds: 5, run: () => sleep(300).then(() => 'ok') });
    const report = await runProcessor(deps(ports, job), settings({ concurrency: 1, visibilityTimeoutSeconds: 0.6, heartbeatSeconds: 0.2 }), { mode: 'drain' });
    expect(report).toMatchObject({ completed: 3 });
    for (const id of ids) expect((await ports.store.get(id))?.status).toBe('completed');
  });

  it('a guard delivery whose answer from the store was lost still dead-letters the exhausted job', async () => {
    const { ports, ids } = await seed(1, { maxReceiveCount: 2 });
    const [message] = await ports.queue.receive({ maxMessages: 1, visibilityTimeoutSeconds: 0.05 }); // attempt 1 dies
    const record = (await ports.store.get(ids[0]!))!;
    await ports.store.compareAndSet(transition(record, { type: 'start', at: Date.now(), attemptId: 'died' }), record.version);
    expect(message?.receiveCount).toBe(1);
    await sleep(60);
    const compareAndSet = ports.store.compareAndSet.bind(ports.store);
    let lose = true;
    ports.store.compareAndSet = async (next, version) => {
      const stored = await compareAndSet(next, version);
      if (lose && next.status === 'failed') {
        lose = false;
        throw new Error('connection reset after the write'); // the write landed; its answer did not
      }
      return stored;
    };
    const report = await runProcessor(deps(ports, defineJob({ name: 'never', run: async () => 1 })), settings(), { mode: 'drain' });
    expect(report).toMatchObject({ failed: 1, duplicates: 0 });
    expect((await ports.store.get(ids[0]!))?.error?.code).toBe('attempts_exhausted');
    expect(await ports.queue.stats!()).toMatchObject({ dead: 1, visible: 0, inFlight: 0 });
  });

  it('a job that only just fit gets its whole timeout though reading and starting it was slow', async () => {
    const { ports, ids } = await seed(1);
    const get = ports.store.get.bind(ports.store);
    ports.store.get = async (id) => (await sleep(300), get(id));
    const job = defineJob({ name: 'needs-its-3-s', timeoutSeconds: 3, run: () => sleep(2800).then(() => 'in time') });
    // A 5 s function (4 s budget) whose request arrived 0.9 s ago: the job fits, then spends 0.6 s on reads.
    const report = await runProcessor(deps(ports, job), settings({ maxDurationSeconds: 5, safetyMarginSeconds: 1 }), { mode: 'drain', startedAt: Date.now() - 900 });
    expect(report).toMatchObject({ completed: 1, retried: 0 });
    expect((await get(ids[0]!))?.result).toBe('in time');
  });
});

describe('one deadline per invocation, counted from the request’s arrival', () => {
  const twoSecondJob = (ran: string[]) =>
    defineJob({
      name: 'timed',
      timeoutSeconds: 2,
      async run(input) {
        ran.push(new TextDecoder().decode(await input.file.bytes()));
        await sleep(1200);
        return 'ok';
      },
    });

  it('the process endpoint counts from receivedAt: time spent before the processor started is the function’s time too', async () => {
    const ran: string[] = [];
    const { kiln, ports } = kilnUnderTest({ job: twoSecondJob(ran), maxDurationSeconds: 5, appUrl: false });
    await createSubmitHandler(kiln)(multipart('cv', 'late', 'cv.txt', 'text/plain'));
    const cron = (receivedAt?: number) => createProcessHandler(kiln)(new Request('http://x/api/cv/process', { headers: { authorization: `Bearer ${SECRETS.cronSecret}` } }), receivedAt ? { receivedAt } : {});
    // A 5 s function whose request arrived 2.5 s ago has 1.5 s left before its margin: a 2 s job does not fit.
    expect(await (await cron(Date.now() - 2500)).json()).toMatchObject({ stoppedBecause: 'deadline', received: 0 });
    expect(await (await cron()).json()).toMatchObject({ completed: 1 });
    expect(ran).toEqual(['late']);
    expect(await ports.queue.stats!()).toMatchObject({ visible: 0, inFlight: 0 });
  });

  it('the kick’s extra round runs under the deadline of the submit that asked for it, not a fresh one', async () => {
    const ran: string[] = [];
    const { kiln, ports } = kilnUnderTest({ job: twoSecondJob(ran), maxDurationSeconds: 5, concurrency: 1, kickAfterSubmit: true, appUrl: false });
    const submit = createSubmitHandler(kiln);
    const background: Promise<unknown>[] = [];
    const host = { waitUntil: (promise: Promise<unknown>) => void background.push(promise) };
    // Three submits at t ≈ 0, 0.1 and 0.2 s into 5 s functions (4 s budget). The first kick runs A
    // (0–1.2 s) and B (1.2–2.4 s); C's round would start at 2.4 s with 1.8 s left of C's own
    // invocation: a 2 s job does not fit, so C waits for cron or the worker instead of outliving it.
    const ids: string[] = [];
    for (const name of ['A', 'B', 'C']) {
      const response = await submit(multipart('cv', name, 'cv.txt', 'text/plain'), host);
      ids.push(((await response.json()) as { jobId: string }).jobId);
      await sleep(100);
    }
    await Promise.all(background);
    expect(ran).toEqual(['A', 'B']);
    expect((await ports.store.get(ids[2]!))?.status).toBe('queued');
    expect(await ports.queue.stats!()).toMatchObject({ visible: 1, inFlight: 0 });
  });
});

describe('progress writes', () => {
  it('cost one compare-and-set each while the attempt is the record’s only writer: no read first', async () => {
    const { ports, ids } = await seed(1);
    let reads = 0;
    const get = ports.store.get.bind(ports.store);
    ports.store.get = (id) => (reads++, get(id));
    let readsDuringProgress = -1;
    const job = defineJob({
      name: 'reports-a-lot',
      async run(_input, ctx) {
        const before = reads;
        for (let step = 1; step <= 10; step++) await ctx.progress(step / 10, `step ${step}`);
        readsDuringProgress = reads - before;
        return 'done';
      },
    });
    await runProcessor(deps(ports, job), settings(), { mode: 'drain' });
    expect(readsDuringProgress).toBe(0);
    expect((await get(ids[0]!))?.status).toBe('completed');
  });
});
