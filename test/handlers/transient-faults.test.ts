import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createLocalAdapters } from '@kiln/handlers/local';
import { createMemoryAdapters } from '@kiln/handlers/memory';
import { closeSqlite } from '../../packages/handlers/src/adapters/sqlite/database';
import { silentLogger } from '../../packages/handlers/src/core/logger';
import { defineJob, isTerminal, reconcileDeadLetters, runProcessor, type JobStore, type Ports } from '../support/handlers';
import { withFaults } from '../support/faults';
import { createLedger, messagesLeft, recordScenario } from '../support/job-ledger';
import { enqueue, seededRandom, settings, sleep } from '../support/kiln-fixtures';

const JOBS = 150;
const RATE = 0.1;
const seed = Number(process.env.KILN_FAULT_SEED ?? Date.now() % 1_000_000);

/** Counts the terminal writes the store really took (below the fault injection). */
function countingTerminalWrites(store: JobStore) {
  const writes = new Map<string, number>();
  const counted: JobStore = Object.create(store) as JobStore;
  counted.compareAndSet = async (record, expectedVersion) => {
    const before = await store.get(record.id);
    const stored = await store.compareAndSet(record, expectedVersion);
    if (stored && isTerminal(record.status) && before && !isTerminal(before.status)) writes.set(record.id, (writes.get(record.id) ?? 0) + 1);
    return stored;
  };
  return { store: counted, writes };
}

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) {
    closeSqlite(path.join(dir, 'kiln.db'));
    rmSync(dir, { recursive: true, force: true });
  }
});

describe.each(['memory', 'embedded'] as const)('transient faults on the %s queue', (kind) => {
  it(`${RATE * 100} % injected errors and latency on queue, store, blob and revalidation calls: every job ends exactly once, none lost`, async () => {
    const rand = seededRandom(seed + (kind === 'memory' ? 0 : 1));
    console.log(`[faults] ${kind}: seed ${seed} (KILN_FAULT_SEED replays it)`);
    let ports: Ports;
    if (kind === 'memory') ports = createMemoryAdapters();
    else {
      const dir = mkdtempSync(path.join(tmpdir(), 'kiln-faults-'));
      dirs.push(dir);
      ports = createLocalAdapters({ dataDir: dir });
    }
    const ids: string[] = [];
    for (let i = 0; i < JOBS; i++) ids.push(await enqueue(ports as never, `${20 + Math.floor(rand() * 60)}`));

    const { store, writes } = countingTerminalWrites(ports.store);
    const faults = withFaults({ ...ports, store }, { rate: RATE, maxLatencyMs: 10, random: rand });
    const ledger = createLedger();
    const job = defineJob({
      name: 'faulty-world',
      timeoutSeconds: 5,
      run: ledger.track(async (input) => {
        const ms = Number(new TextDecoder().decode(await input.file.bytes()));
        await sleep(ms);
        return { ms };
      }),
    });
    const pages = new Set<string>();
    // Jobs whose page could not be regenerated on their last delivery: by design they rely on the
    // page's time-based fallback, and the processor says so in its log.
    const healedByFallback = new Set<string>();
    const logger = {
      ...silentLogger,
      warn(message: string, fields?: Record<string, unknown>) {
        if (message.includes('page refreshes by its time-based fallback')) healedByFallback.add(String(fields?.jobId));
      },
    };
    const deps = { ...faults.ports, job, logger, pagePath: (id: string) => `/cv/${id}`, revalidate: faults.revalidate(async (p: string) => void pages.add(p)) };
    // Two workers, as two processes would run, sharing the ports.
    const controller = new AbortController();
    const workerSettings = settings({ concurrency: 4, waitSeconds: 0.2, visibilityTimeoutSeconds: 3, heartbeatSeconds: 1, backoff: { baseSeconds: 0, maxSeconds: 0 } });
    const workers = [1, 2].map(() => runProcessor(deps, workerSettings, { mode: 'forever', signal: controller.signal }));
    // And what the worker does every `housekeepingSeconds`: reconcile the dead-letter queue.
    const reconciling = setInterval(() => void reconcileDeadLetters(deps).catch(() => {}), 1000);
    const until = Date.now() + 90_000;
    const done = async () => {
      for (const id of ids) if (!isTerminal((await ports.store.get(id))?.status ?? 'queued')) return false;
      return (await messagesLeft(ports.queue)) === 0;
    };
    const t0 = Date.now();
    while (!(await done()) && Date.now() < until) {
      await sleep(200);
      if (process.env.KILN_FAULT_DEBUG) {
        let terminal = 0;
        for (const id of ids) if (isTerminal((await ports.store.get(id))?.status ?? 'queued')) terminal++;
        console.log(Date.now() - t0, terminal, JSON.stringify(await ports.queue.stats!()));
      }
    }
    console.log(`[faults] ${kind}: settled in ${Date.now() - t0} ms`);
    controller.abort();
    clearInterval(reconciling);
    const reports = await Promise.all(workers);

    const counts = await ledger.summary(ports.store, ids);
    const failedRecords = (await Promise.all(ids.map((id) => ports.store.get(id)))).filter((r) => r?.status === 'failed');
    recordScenario(`${RATE * 100} % transient faults + latency on every port call, 2 workers`, kind, counts, {
      seed,
      injected: faults.counts,
      attemptsRun: ids.reduce((sum, id) => sum + ledger.runsOf(id), 0),
      deliveriesCutShort: reports.reduce((sum, r) => sum + r.errors, 0),
      failedBecause: failedRecords.map((r) => r!.error!.code),
      pagesLeftToTheirFallback: healedByFallback.size,
    });
    if (counts.lost > 0) {
      const lost = (await Promise.all(ids.map((id) => ports.store.get(id)))).filter((r) => !r || !isTerminal(r.status));
      console.log('[faults] lost:', JSON.stringify(lost), JSON.stringify(await ports.queue.stats!()), JSON.stringify(await ports.queue.deadLetters.list()), `after ${Date.now() - t0} ms`);
    }
    expect(Object.values(faults.counts).every((n) => n > 0)).toBe(true);
    expect(counts.lost).toBe(0);
    expect(counts.completed + counts.failed).toBe(JOBS);
    expect(counts.runTwice).toBe(0);
    expect(await messagesLeft(ports.queue)).toBe(0);
    for (const id of ids) expect(writes.get(id), `terminal writes of ${id}`).toBe(1);
    // A job fails here only when transient faults used up all its attempts.
    for (const record of failedRecords) expect(['job_error', 'attempts_exhausted']).toContain(record!.error!.code);
    for (const id of ids) {
      if (healedByFallback.has(id)) continue;
      expect(pages.has(`/cv/${id}`), `page of ${id} regenerated`).toBe(true);
      expect((await ports.store.get(id))?.revalidatedAt, `revalidatedAt of ${id}`).toBeTypeOf('number');
    }
    expect(healedByFallback.size).toBeLessThan(JOBS / 20);
  }, 120_000);
});
