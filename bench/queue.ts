/**
 * Table 5 of BENCHMARKS.md (`npm run bench`): the processor on each queue adapter, in one run on one
 * machine — no-op job throughput and per-job overhead at concurrency 1, 4 and 16, and the adapter's own
 * send → receive → delete round trip (p50 / p99), on the memory queue, the embedded SQLite queue, and the
 * SQS adapter against local-aws-sqs and fauxqs (both on 127.0.0.1 in this process). The job store and the
 * files are in memory in every row, so the queue is what differs.
 *
 *   npm run bench -- --only 5                 # this table alone, after kiln-dev's install
 *   pnpm exec tsx bench/queue.ts [--quick]    # the same, directly
 *   BENCH_ROUND_TRIPS=200 BENCH_JOBS=100 pnpm exec tsx bench/queue.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSqliteQueue } from '@kiln/handlers/local';
import { createMemoryBlobStore, createMemoryJobStore, createMemoryQueue } from '@kiln/handlers/memory';
import { createSqsQueue } from '@kiln/handlers/sqs';
import { closeSqlite } from '../packages/handlers/src/adapters/sqlite/database';
import { silentLogger } from '../packages/handlers/src/core/logger';
import { defineJob, runProcessor, type Queue } from '../test/support/handlers';
import { enqueue, settings } from '../test/support/kiln-fixtures';
import { startSqs, type RunningSqs } from '../test/support/sqs-servers';
import { onCleanup } from './lib/cleanup';
import { ascending, emitSection, machine, percentile, quick, ratio } from './lib/report';

const ROUND_TRIPS = Number(process.env.BENCH_ROUND_TRIPS ?? (quick ? 30 : 300));
const JOBS = Number(process.env.BENCH_JOBS ?? (quick ? 60 : 300));
const CONCURRENCIES = [1, 4, 16] as const;
const BATCH_SIZE = 10;
const WARM_UP_TRIPS = Math.min(50, ROUND_TRIPS);

const ms = (value: number) => value.toFixed(2);

interface Backend {
  name: string;
  create(): Promise<Queue>;
}

async function roundTrips(queue: Queue, count: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await queue.send(`bench-${i}`);
    let received: Awaited<ReturnType<Queue['receive']>> = [];
    while (received.length === 0) received = await queue.receive({ maxMessages: 1, visibilityTimeoutSeconds: 30, waitSeconds: 0 });
    await queue.delete(received[0]!.receiptHandle);
    times.push(performance.now() - started);
  }
  return ascending(times);
}

async function throughput(queue: Queue, concurrency: number, jobs: number): Promise<number> {
  const ports = { queue, store: createMemoryJobStore(), blobs: createMemoryBlobStore() };
  for (let i = 0; i < jobs; i++) await enqueue(ports, 'x');
  const job = defineJob({ name: 'no-op', timeoutSeconds: 10, run: async () => null });
  const started = performance.now();
  // A drain ends at the first empty receive, and a short-polling SQS server may answer one empty while
  // messages remain (SQS samples its hosts): drain again until every job ran, all in the timed span.
  let completed = 0;
  for (let round = 0; completed < jobs && round < 20; round++) {
    const report = await runProcessor({ ...ports, job, logger: silentLogger, pagePath: (id) => `/cv/${id}` }, settings({ concurrency, batchSize: BATCH_SIZE, maxDurationSeconds: 600, waitSeconds: 0 }), { mode: 'drain' });
    completed += report.completed;
  }
  const seconds = (performance.now() - started) / 1000;
  if (completed !== jobs) throw new Error(`${queue.name}: completed ${completed} of ${jobs}`);
  return jobs / seconds;
}

const sqsServers: RunningSqs[] = [];
const dirs: string[] = [];
const backends: Backend[] = [
  { name: 'memory', create: async () => createMemoryQueue() },
  {
    name: 'embedded (SQLite)',
    async create() {
      const dir = mkdtempSync(path.join(tmpdir(), 'kiln-bench-'));
      dirs.push(dir);
      onCleanup(() => rmSync(dir, { recursive: true, force: true }));
      return createSqliteQueue({ file: path.join(dir, 'kiln.db') });
    },
  },
  ...(['local-aws-sqs', 'fauxqs'] as const).map((kind) => ({
    name: `sqs on ${kind}`,
    async create() {
      let server = sqsServers.find((s) => s.kind === kind);
      if (!server) sqsServers.push((server = await startSqs(kind)));
      const { queueUrl } = await server.createQueue({ maxReceiveCount: 4 });
      const queue = createSqsQueue({ queueUrl, client: server.client });
      await queue.ready!();
      return queue;
    },
  })),
];

const started = performance.now();
console.error(`[bench] ${machine()}; round trips per adapter: ${ROUND_TRIPS}; no-op jobs per throughput run: ${JOBS}`);
interface Row {
  name: string;
  p50: number;
  p99: number;
  /** Jobs per second at each of CONCURRENCIES. */
  rates: number[];
}
const rows: Row[] = [];
try {
  // Warm-up: the first adapter measured would otherwise also pay for JIT-compiling the processor.
  await throughput(createMemoryQueue(), 4, JOBS);
  for (const backend of backends) {
    const latencyQueue = await backend.create();
    await roundTrips(latencyQueue, WARM_UP_TRIPS);
    const times = await roundTrips(latencyQueue, ROUND_TRIPS);
    const rates: number[] = [];
    for (const concurrency of CONCURRENCIES) rates.push(await throughput(await backend.create(), concurrency, JOBS));
    rows.push({ name: backend.name, p50: percentile(times, 50), p99: percentile(times, 99), rates });
    console.error(`[bench] ${backend.name} done`);
  }
} finally {
  await Promise.all(sqsServers.map((server) => server.stop()));
  for (const dir of dirs) {
    closeSqlite(path.join(dir, 'kiln.db'));
    rmSync(dir, { recursive: true, force: true });
  }
}

// Per-job overhead: the wall-clock time the processor spends per no-op job, 1000 / (jobs per second).
const perJob = (rate: number) => 1000 / rate;
const table = [
  `| queue | round trip p50 (ms) | p99 (ms) | ${CONCURRENCIES.map((c) => `c=${c}: jobs/s | ms/job`).join(' | ')} |`,
  `|---|---:|---:|${CONCURRENCIES.map(() => '---:|---:').join('|')}|`,
  ...rows.map((r) => `| ${r.name} | ${ms(r.p50)} | ${ms(r.p99)} | ${r.rates.map((rate) => `${rate.toFixed(0)} | ${ms(perJob(rate))}`).join(' | ')} |`),
].join('\n');
const memory = rows.find((r) => r.name === 'memory')!;
const embedded = rows.find((r) => r.name === 'embedded (SQLite)')!;
const ratios = [
  `embedded SQLite queue, per-job overhead at concurrency 1: ${ratio(perJob(embedded.rates[0]!), perJob(memory.rates[0]!))} the memory queue's (${ms(perJob(embedded.rates[0]!))} ms against ${ms(perJob(memory.rates[0]!))} ms)`,
  ...rows.map((r) => `${r.name}: throughput at concurrency 16 is ${ratio(r.rates[2]!, r.rates[0]!)} that at concurrency 1`),
];
emitSection({
  id: '5-processor',
  title: 'Processor: no-op jobs by queue adapter and concurrency',
  setup: [
    `Kiln's processor (\`runProcessor\`, drain mode, receive batches of up to ${BATCH_SIZE}, no long poll) runs ${JOBS} queued no-op jobs per cell, once per cell (after one untimed warm-up run on the memory queue), on each queue adapter at concurrency 1, 4 and 16; jobs/s is ${JOBS} divided by the wall-clock time from the first receive to the last delete (a drain that ends early because a short-polling SQS server answered one empty receive is started again, inside the timed span), and ms/job is 1000 / jobs/s (the processor's own cost per job — receive, two compare-and-set transitions, delete — amortised over the jobs running at once).`,
    `The job store and the uploaded files are the memory adapters in every row, so the queue is what differs. The SQS rows use Kiln's SQS adapter (AWS SDK v3) against local-aws-sqs and fauxqs on 127.0.0.1, in the same process as the processor: no network latency, but each call is a real HTTP request with SQS's JSON protocol.`,
    `Round trip: one message sent, received (no wait) and deleted, ${ROUND_TRIPS} times in a row after ${WARM_UP_TRIPS} warm-up trips, on a fresh queue; p50 / p99 by nearest rank.`,
  ].join('\n\n'),
  table,
  ratios,
  notes: ['Each cell is one run on a machine shared with nothing else during `npm run bench`, but still small and noisy: compare cells of this run, not figures from different runs.'],
  rerun: 'npm run bench -- --only 5',
});
console.error(`[bench] table 5 took ${((performance.now() - started) / 1000).toFixed(1)} s`);
