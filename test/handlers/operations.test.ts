import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../packages/handlers/src/core/logger';
import { deleteJob, reconcileDeadLetters, redriveDeadLetters, replayDeadLetter, runProcessor, defineJob, JobFailure, transition } from '../support/handlers';
import { deps, seed, settings, sleep } from '../support/kiln-fixtures';

describe('operator actions', () => {
  it('replaying a dead letter puts its failed job back to queued, and the job then runs', async () => {
    const { ports, ids } = await seed(1, { maxReceiveCount: 2 }); // one attempt, then the guard delivery
    let fail = true;
    const job = defineJob({
      name: 'fails-until-fixed',
      run: async () => {
        if (fail) throw new Error('the upstream API is down');
        return 'fixed';
      },
    });
    await runProcessor(deps(ports, job), settings({ maxAttempts: 1 }), { mode: 'drain' });
    expect((await ports.store.get(ids[0]!))?.status).toBe('failed');
    const [dead] = await ports.queue.deadLetters.list();

    fail = false;
    expect(await replayDeadLetter(ports, dead!.id)).toEqual({ replayed: true, jobId: ids[0] });
    expect(await ports.store.get(ids[0]!)).toMatchObject({ status: 'queued', attempts: 0 });
    await runProcessor(deps(ports, job), settings({ maxAttempts: 1 }), { mode: 'drain' });
    expect(await ports.store.get(ids[0]!)).toMatchObject({ status: 'completed', result: 'fixed', attempts: 1 });
    expect(await replayDeadLetter(ports, 'no-such-message')).toEqual({ replayed: false, jobId: null });
  });

  it('a duplicate of a failed job is not run again without a replay', async () => {
    const { ports, ids } = await seed(1);
    let runs = 0;
    const job = defineJob({ name: 'always-bad', run: async () => { runs++; throw new JobFailure('bad', 'Bad.'); } });
    await runProcessor(deps(ports, job), settings(), { mode: 'drain' });
    await ports.queue.send(JSON.stringify({ v: 1, jobId: ids[0] }));
    const report = await runProcessor(deps(ports, job), settings(), { mode: 'drain' });
    expect(runs).toBe(1);
    expect(report.duplicates).toBe(1);
  });

  it('deletes a job by id: record and upload', async () => {
    const { ports, ids } = await seed(1);
    const record = await ports.store.get(ids[0]!);
    expect(await deleteJob(ports, ids[0]!)).toBe(true);
    expect(await ports.store.get(ids[0]!)).toBeNull();
    expect(await ports.blobs.get(record!.input.blobKey)).toBeNull();
    expect(await deleteJob(ports, ids[0]!)).toBe(false);
  });
});

describe('dead-letter replay and redrive', () => {
  async function failedJobs(count: number) {
    const { ports, ids } = await seed(count, { maxReceiveCount: 2 });
    const job = defineJob({ name: 'down', run: () => Promise.reject(new Error('the upstream API is down')) });
    await runProcessor(deps(ports, job), settings({ concurrency: 10 }), { mode: 'drain' });
    return { ports, ids };
  }

  it('never leaves a job queued without a message: when the move fails, the job is failed again as it was', async () => {
    const { ports, ids } = await failedJobs(1);
    const [letter] = await ports.queue.deadLetters.list();
    const before = await ports.store.get(ids[0]!);
    ports.queue.deadLetters.replay = async () => {
      throw new Error('the queue is unreachable');
    };
    await expect(replayDeadLetter(ports, letter!.id)).rejects.toThrow('the queue is unreachable');
    expect(await ports.store.get(ids[0]!)).toMatchObject({ status: 'failed', error: before!.error, failedAt: before!.failedAt });
    expect(await ports.queue.deadLetters.list()).toHaveLength(1);
  });

  it('redrives every dead letter with one listing and one move, requeueing their jobs', async () => {
    const { ports, ids } = await failedJobs(25);
    const calls = { list: 0, redriveAll: 0, replay: 0 };
    const letters = ports.queue.deadLetters;
    const count = <K extends keyof typeof calls>(name: K) => {
      const original = (letters[name] as (...args: never[]) => unknown).bind(letters);
      (letters as unknown as Record<string, unknown>)[name] = (...args: never[]) => (calls[name]++, original(...args));
    };
    (['list', 'redriveAll', 'replay'] as const).forEach(count);
    expect(await redriveDeadLetters(ports)).toBe(25);
    expect(calls).toEqual({ list: 1, redriveAll: 1, replay: 0 });
    for (const id of ids) expect((await ports.store.get(id))?.status).toBe('queued');
    expect(await ports.queue.stats!()).toMatchObject({ visible: 25, dead: 0 });
  });

  it('a redrive whose move fails puts every job back to failed as it was', async () => {
    const { ports, ids } = await failedJobs(3);
    const before = await Promise.all(ids.map((id) => ports.store.get(id)));
    ports.queue.deadLetters.redriveAll = async () => {
      throw new Error('the message move task could not start');
    };
    await expect(redriveDeadLetters(ports)).rejects.toThrow('could not start');
    for (const [i, id] of ids.entries()) expect(await ports.store.get(id)).toMatchObject({ status: 'failed', error: before[i]!.error });
  });
});

describe('dead-letter reconciliation', () => {
  it('a job whose guard delivery died before recording an outcome (the redrive policy moved its message) is recorded failed and its page regenerated', async () => {
    const { ports, ids } = await seed(1, { maxReceiveCount: 2 });
    // Attempt 1 and the guard delivery both die mid-way: received, the record started, nothing settled.
    for (let delivery = 1; delivery <= 2; delivery++) {
      const [message] = await ports.queue.receive({ maxMessages: 1, visibilityTimeoutSeconds: 0.05 });
      expect(message?.receiveCount).toBe(delivery);
      const record = (await ports.store.get(ids[0]!))!;
      if (delivery === 1) await ports.store.compareAndSet(transition(record, { type: 'start', at: Date.now(), attemptId: 'a1' }), record.version);
      await sleep(60);
    }
    expect(await ports.queue.receive({ maxMessages: 1, visibilityTimeoutSeconds: 30 })).toEqual([]); // the backstop moved it
    expect((await ports.store.get(ids[0]!))?.status).toBe('processing');

    const revalidated: string[] = [];
    const outcome = await reconcileDeadLetters({ ...ports, logger: silentLogger, pagePath: (id) => `/cv/${id}`, revalidate: async (path) => void revalidated.push(path) });
    expect(outcome).toEqual({ failed: 1, revalidated: 1, replayed: 0 });
    expect(await ports.store.get(ids[0]!)).toMatchObject({ status: 'failed', error: { code: 'attempts_exhausted' }, revalidatedAt: expect.any(Number) });
    expect(revalidated).toEqual([`/cv/${ids[0]}`]);
    expect(await reconcileDeadLetters({ ...ports, logger: silentLogger, pagePath: (id) => `/cv/${id}` })).toEqual({ failed: 0, revalidated: 0, replayed: 0 });
  });

  it('counts a dead-lettered job’s page as revalidated only once that is recorded; a store that refuses the record gets it regenerated and recorded at the next pass', async () => {
    const { ports, ids } = await seed(1, { maxReceiveCount: 2 });
    const job = defineJob({ name: 'down', run: () => Promise.reject(new Error('the upstream API is down')) });
    await runProcessor(deps(ports, job), settings(), { mode: 'drain' });
    // Its last delivery could not regenerate the page (the app was down): revalidatedAt is unset.
    const failed = (await ports.store.get(ids[0]!))!;
    expect(await ports.store.compareAndSet({ ...failed, revalidatedAt: undefined, version: failed.version + 1 }, failed.version)).toBe(true);
    const compareAndSet = ports.store.compareAndSet.bind(ports.store);
    let refuse = true;
    ports.store.compareAndSet = async (next, expected) => {
      if (refuse && next.revalidatedAt !== undefined) throw new Error('the store is read-only for a moment');
      return compareAndSet(next, expected);
    };
    const revalidated: string[] = [];
    const reconcile = () => reconcileDeadLetters({ ...ports, logger: silentLogger, pagePath: (id) => `/cv/${id}`, revalidate: async (path) => void revalidated.push(path) });
    expect(await reconcile()).toEqual({ failed: 0, revalidated: 0, replayed: 0 });
    expect((await ports.store.get(ids[0]!))?.revalidatedAt).toBeUndefined();
    refuse = false;
    expect(await reconcile()).toEqual({ failed: 0, revalidated: 1, replayed: 0 });
    expect((await ports.store.get(ids[0]!))?.revalidatedAt).toEqual(expect.any(Number));
    expect(revalidated).toEqual([`/cv/${ids[0]}`, `/cv/${ids[0]}`]);
  });

  it('finishes an operator’s replay that stopped between its two steps (job queued again, message still dead)', async () => {
    const { ports, ids } = await seed(1, { maxReceiveCount: 2 });
    const job = defineJob({ name: 'down', run: () => Promise.reject(new Error('the upstream API is down')) });
    await runProcessor(deps(ports, job), settings(), { mode: 'drain' });
    const failed = (await ports.store.get(ids[0]!))!;
    await sleep(5);
    // The replay's first step; its process dies before moving the message.
    await ports.store.compareAndSet(transition(failed, { type: 'replay', at: Date.now() }), failed.version);
    const reconcile = (minutesLater: number) => reconcileDeadLetters({ ...ports, logger: silentLogger, pagePath: (id) => `/cv/${id}` }, { now: () => Date.now() + minutesLater * 60_000 });
    expect(await reconcile(1)).toEqual({ failed: 0, revalidated: 0, replayed: 0 }); // it may still be finishing
    expect(await reconcile(6)).toEqual({ failed: 0, revalidated: 0, replayed: 1 });
    expect(await ports.queue.stats!()).toMatchObject({ visible: 1, dead: 0 });
    expect((await ports.store.get(ids[0]!))?.status).toBe('queued');
  });
});
