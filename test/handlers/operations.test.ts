import { describe, expect, it } from 'vitest';
import { deleteJob, replayDeadLetter, runProcessor, defineJob, JobFailure } from '../support/handlers';
import { deps, seed, settings } from '../support/kiln-fixtures';

describe('operator actions', () => {
  it('replaying a dead letter puts its failed job back to queued, and the job then runs', async () => {
    const { ports, ids } = await seed(1);
    let fail = true;
    const job = defineJob({
      name: 'fails-until-fixed',
      run: async () => {
        if (fail) throw new JobFailure('bad_config', 'Misconfigured.');
        return 'fixed';
      },
    });
    await runProcessor(deps(ports, job), settings(), { mode: 'drain' });
    expect((await ports.store.get(ids[0]!))?.status).toBe('failed');
    const [dead] = await ports.queue.deadLetters.list();

    fail = false;
    expect(await replayDeadLetter(ports, dead!.id)).toEqual({ replayed: true, jobId: ids[0] });
    expect(await ports.store.get(ids[0]!)).toMatchObject({ status: 'queued', attempts: 0 });
    await runProcessor(deps(ports, job), settings(), { mode: 'drain' });
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
