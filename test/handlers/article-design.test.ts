import { describe, expect, it } from 'vitest';
import { createMemoryAdapters } from '@kiln/handlers/memory';
import { createArticleDesign } from '../../bench/lib/article-design';
import { createLedger } from '../support/job-ledger';
import { enqueue, sleep } from '../support/kiln-fixtures';

/**
 * The article's design as the benchmarks reproduce it (bench/lib/article-design.ts), in milliseconds
 * instead of minutes: what each table's comparison rests on.
 */
describe("the article's design (bench/lib/article-design.ts)", () => {
  const setup = async (jobs: number, runMs: number) => {
    const ports = createMemoryAdapters({ maxReceiveCount: 4 });
    const ids: string[] = [];
    for (let i = 0; i < jobs; i++) ids.push(await enqueue(ports, `cv ${i}`));
    const ledger = createLedger();
    const revalidated: string[] = [];
    const job = { run: ledger.track(() => sleep(runMs).then(() => 'done')) };
    return { ports, ids, ledger, revalidated, job, revalidate: async (path: string) => void revalidated.push(path) };
  };

  it('receives at most 5 per invocation and runs them one after another, each written, revalidated and deleted', async () => {
    const { ports, ids, ledger, revalidated, job, revalidate } = await setup(7, 50);
    const article = createArticleDesign({ ...ports, job, revalidate, maxDurationSeconds: 5 });
    const started = Date.now();
    const report = await article.invoke();
    expect(report).toMatchObject({ received: 5, completed: 5, abandoned: 0, notStarted: 0, killed: false });
    expect(Date.now() - started).toBeGreaterThanOrEqual(5 * 50 - 5); // sequential, not side by side
    expect(ledger.peak).toBe(1);
    expect(revalidated).toEqual(ids.slice(0, 5).map((id) => `/cv/${id}`));
    expect(await ports.store.get(ids[0]!)).toMatchObject({ status: 'completed', result: 'done' });
    expect(await ports.queue.stats!()).toMatchObject({ visible: 2, inFlight: 0 });
  });

  it('is killed at its max duration: the job in flight is abandoned (not written, message kept), the rest never start and reappear after the visibility timeout', async () => {
    const { ports, ids, ledger, job, revalidate } = await setup(5, 300);
    // Two 300 ms jobs fit in a 700 ms function; the third is in flight at the kill.
    const article = createArticleDesign({ ...ports, job, revalidate, maxDurationSeconds: 0.7, visibilityTimeoutSeconds: 1 });
    const report = await article.invoke();
    expect(report).toMatchObject({ received: 5, completed: 2, abandoned: 1, notStarted: 2, killed: true });
    expect(report.durationMs).toBeLessThan(800);
    await sleep(400); // the abandoned job's body would have ended by now: nothing of it lands
    expect(await ports.store.get(ids[2]!)).toMatchObject({ status: 'processing' });
    expect(ledger.runsOf(ids[2]!)).toBe(1);
    expect(ledger.runsOf(ids[3]!)).toBe(0);
    expect(await ports.queue.stats!()).toMatchObject({ visible: 3, inFlight: 0 }); // visibility (1 s) lapsed: all three are back
  });

  it('a visibility timeout shorter than the job lets a second invocation run it again', async () => {
    const { ports, ids, ledger, job, revalidate } = await setup(1, 400);
    const article = createArticleDesign({ ...ports, job, revalidate, maxDurationSeconds: 5, visibilityTimeoutSeconds: 0.2 });
    const first = article.invoke();
    await sleep(250); // the next tick, after the message reappeared while its job still runs
    const second = article.invoke();
    // Both write the result and delete, as SQS answers: the first delete's receipt was replaced by the
    // second receive, so it "succeeds" without deleting; the second one's deletes.
    expect(await first).toMatchObject({ received: 1, completed: 1, failed: 0 });
    expect(await second).toMatchObject({ received: 1, completed: 1, failed: 0 });
    expect(ledger.runsOf(ids[0]!)).toBe(2);
    expect(await ports.store.get(ids[0]!)).toMatchObject({ status: 'completed', attempts: 2 });
  });

  it('a delete after the visibility lapsed, with no receive in between, deletes the message, as on an SQS standard queue (the embedded queues refuse it)', async () => {
    const { ports, ids, ledger, job, revalidate } = await setup(1, 200);
    const article = createArticleDesign({ ...ports, job, revalidate, maxDurationSeconds: 5, visibilityTimeoutSeconds: 0.1 });
    expect(await article.invoke()).toMatchObject({ received: 1, completed: 1 });
    expect(await article.invoke()).toMatchObject({ received: 0 });
    expect(ledger.runsOf(ids[0]!)).toBe(1);
    expect(await ports.queue.stats!()).toMatchObject({ visible: 0, inFlight: 0 });
  });
});
