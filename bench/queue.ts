/**
 * Queue adapters side by side, in one run on one machine: send → receive → delete latency (p50 / p99)
 * and the processor's throughput on no-op jobs at concurrency 1, 4 and 16 — on the memory queue, the
 * embedded SQLite queue, and the SQS adapter against local-aws-sqs and fauxqs (both on 127.0.0.1 in
 * this process). The job store and the files are in memory, so the queue is what differs.
 *
 *   npm run bench:queue                 # defaults
 *   BENCH_ROUND_TRIPS=200 BENCH_JOBS=100 npm run bench:queue
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { createSqliteQueue } from '@kiln/handlers/local';
import { createMemoryBlobStore, createMemoryJobStore, createMemoryQueue } from '@kiln/handlers/memory';
import { createSqsQueue } from '@kiln/handlers/sqs';
import { closeSqlite } from '../packages/handlers/src/adapters/sqlite/database';
import { silentLogger } from '../packages/handlers/src/core/logger';
import { defineJob, runProcessor, type Queue } from '../test/support/handlers';
import { enqueue, settings } from '../test/support/kiln-fixtures';
import { startSqs, type RunningSqs } from '../test/support/sqs-servers';

const ROUND_TRIPS = Number(process.env.BENCH_ROUND_TRIPS ?? 500);
const JOBS = Number(process.env.BENCH_JOBS ?? 400);
const CONCURRENCIES = [1, 4, 16];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const ms = (value: number) => value.toFixed(2);

interface Backend {
  name: string;
  create(): Promise<Queue>;
  cleanup?(queue: Queue): Promise<void>;
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
  return times.sort((a, b) => a - b);
}

async function throughput(queue: Queue, concurrency: number, jobs: number): Promise<number> {
  const ports = { queue, store: createMemoryJobStore(), blobs: createMemoryBlobStore() };
  for (let i = 0; i < jobs; i++) await enqueue(ports as never, 'x');
  const job = defineJob({ name: 'no-op', timeoutSeconds: 10, run: async () => null });
  const started = performance.now();
  const report = await runProcessor({ ...ports, job, logger: silentLogger, pagePath: (id) => `/cv/${id}` }, settings({ concurrency, maxDurationSeconds: 600, waitSeconds: 0 }), { mode: 'drain' });
  const seconds = (performance.now() - started) / 1000;
  if (report.completed !== jobs) throw new Error(`${queue.name}: completed ${report.completed} of ${jobs}`);
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

console.log(`Kiln queue benchmark — ${new Date().toISOString()}`);
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`);
console.log(`round trips per adapter: ${ROUND_TRIPS}; no-op jobs per throughput run: ${JOBS}\n`);
const rows: string[] = [];
for (const backend of backends) {
  const latencyQueue = await backend.create();
  await roundTrips(latencyQueue, Math.min(50, ROUND_TRIPS)); // warm-up
  const times = await roundTrips(latencyQueue, ROUND_TRIPS);
  const rates: number[] = [];
  for (const concurrency of CONCURRENCIES) rates.push(await throughput(await backend.create(), concurrency, JOBS));
  rows.push(`| ${backend.name} | ${ms(percentile(times, 50))} | ${ms(percentile(times, 99))} | ${rates.map((r) => r.toFixed(0)).join(' | ')} |`);
  console.error(`[bench] ${backend.name} done`);
}
console.log('| queue | send→receive→delete p50 (ms) | p99 (ms) | no-op jobs/s, concurrency 1 | 4 | 16 |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const row of rows) console.log(row);

await Promise.all(sqsServers.map((server) => server.stop()));
for (const dir of dirs) {
  closeSqlite(path.join(dir, 'kiln.db'));
  rmSync(dir, { recursive: true, force: true });
}
