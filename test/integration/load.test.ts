import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqliteJobStore, createSqliteQueue } from '@kiln/handlers/local';
import { closeSqlite } from '../../packages/handlers/src/adapters/sqlite/database';
import { recordScenario } from '../support/job-ledger';
import { startDemo, waitFor, type RunningDemo } from '../support/demo-server';

const SUBMITS = 1000;
const CONCURRENCY = 50;
const CV = ['Jane Doe', 'jane.doe@example.com', 'Senior software engineer, 2016–2024', 'Skills: TypeScript, Kubernetes, PostgreSQL, React'].join('\n');

describe(`load: ${SUBMITS} submits at concurrency ${CONCURRENCY} through next start on the embedded default, with the worker`, () => {
  let demo: RunningDemo;
  beforeAll(async () => {
    demo = await startDemo();
    await demo.startWorker();
  });
  afterAll(async () => {
    closeSqlite(path.join(demo.dataDir, 'kiln.db'));
    await demo?.stop();
  });

  it('every accepted job completes exactly once; no message is left in flight or dead', async () => {
    const accepted: string[] = [];
    const refused: number[] = [];
    let next = 0;
    const started = Date.now();
    const client = async () => {
      while (next < SUBMITS) {
        next += 1;
        const form = new FormData();
        form.set('cv', new File([CV], 'cv.txt', { type: 'text/plain' }));
        const response = await fetch(`${demo.url}/api/cv/submit`, { method: 'POST', body: form });
        if (response.status === 202) accepted.push(((await response.json()) as { jobId: string }).jobId);
        else refused.push(response.status);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, client));
    const submitSeconds = (Date.now() - started) / 1000;

    const file = path.join(demo.dataDir, 'kiln.db');
    const store = createSqliteJobStore({ file });
    const queue = createSqliteQueue({ file });
    const statusOf = async () => {
      const records = await Promise.all(accepted.map((id) => store.get(id)));
      return { records, done: records.every((r) => r?.status === 'completed' || r?.status === 'failed') };
    };
    await waitFor(async () => (await statusOf()).done && (await queue.stats!()).inFlight === 0, 120_000, () => `jobs did not finish:\n${demo.logs().slice(-3000)}`);
    const seconds = (Date.now() - started) / 1000;
    const { records } = await statusOf();
    const counts = {
      submitted: SUBMITS,
      completed: records.filter((r) => r?.status === 'completed').length,
      failed: records.filter((r) => r?.status === 'failed').length,
      lost: SUBMITS - refused.length - records.filter((r) => r?.status === 'completed' || r?.status === 'failed').length,
      runTwice: records.filter((r) => (r?.attempts ?? 0) > 1).length,
    };
    recordScenario(`load: ${SUBMITS} submits at concurrency ${CONCURRENCY}, next start + worker`, 'embedded', counts, { refused: refused.length, submitSeconds, secondsToAllDone: seconds });

    expect(refused).toEqual([]);
    expect(counts).toEqual({ submitted: SUBMITS, completed: SUBMITS, failed: 0, lost: 0, runTwice: 0 });
    expect(records.every((r) => r?.attempts === 1 && typeof r.revalidatedAt === 'number')).toBe(true);
    expect(await queue.stats!()).toEqual({ visible: 0, inFlight: 0, delayed: 0, dead: 0 });
  }, 240_000);
});
