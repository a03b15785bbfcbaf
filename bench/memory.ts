/**
 * Table 7 of BENCHMARKS.md (`npm run bench`): does Kiln's worker hold on to memory job after job? A child
 * process (bench/memory-worker.mjs, the package source under tsx) runs `runWorker` — the loop `kiln worker`
 * runs — on the embedded default; this process queues no-op jobs into the same data folder and asks the
 * child for its RSS and heap (after a forced GC) once 100, 5,000 and 10,000 jobs are done
 * (`BENCH_MEMORY_POINTS=100,5000,10000,40000` for a longer run; the verdict reads the first and the last two).
 * `pnpm exec tsx` is needed: the worker runs the package's source under tsx's loader.
 *
 *   npm run bench -- --only 7                 # this table alone, after kiln-dev's install
 *   pnpm exec tsx bench/memory.ts [--quick]   # the same, directly
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLocalAdapters } from '@kiln/handlers/local';
import { closeSqlite } from '../packages/handlers/src/adapters/sqlite/database';
import { enqueue } from '../test/support/kiln-fixtures';
import { onCleanup } from './lib/cleanup';
import { ascending, emitSection, percentile, quick } from './lib/report';

const started = performance.now();
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The source under tsx's loader: the built package resolves its own lazy `@kiln/handlers/local` import
// through the workspace's exports map, which points at src, so plain Node cannot run it inside the repo.
const entry = path.join(root, 'packages/handlers/src/index.ts');
// The points the table reports. 10,000 is the figure and is not shrunk in a full run; the middle
// point separates warm-up (caches, JIT code, SQLite's page cache) from growth that goes on with every job.
const POINTS = process.env.BENCH_MEMORY_POINTS ? process.env.BENCH_MEMORY_POINTS.split(',').map(Number) : quick ? [100, 500, 1000] : [100, 5000, 10_000];
const SAMPLES = 5;
const SAMPLE_GAP_MS = 200;

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kiln-bench-memory-'));
const ports = createLocalAdapters({ dataDir });

/** Queues `count` no-op jobs the way submit leaves them: an upload, a `queued` record, a message. */
async function enqueueJobs(count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push(await enqueue(ports, 'no-op'));
  return ids;
}

interface Sample {
  ran: number;
  rss: number;
  heapUsed: number;
}

/** Sends `request` (if any) to the worker and waits for its message of type `reply`. */
function ask<T>(child: ChildProcess, request: string | null, type: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: { type: string }) => {
      if (message.type !== type) return;
      child.off('message', onMessage);
      child.off('exit', onChildExit);
      resolve(message as T);
    };
    const onChildExit = (code: number | null) => reject(new Error(`the worker exited (${code}) while asked for ${type}`));
    if (child.exitCode !== null || child.signalCode !== null) return onChildExit(child.exitCode);
    child.on('message', onMessage);
    child.once('exit', onChildExit);
    if (request) child.send({ type: request });
  });
}

/** Waits until every one of `ids` is completed in the store (the worker has also deleted its message by then or is about to). */
async function allCompleted(ids: string[]) {
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the worker exited (${child.exitCode ?? child.signalCode}) with jobs still queued`);
    let pending = 0;
    for (const id of ids) if ((await ports.store.get(id))?.status !== 'completed') pending++;
    if (pending === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const child = fork(path.join(root, 'bench/memory-worker.mjs'), [entry], { execArgv: ['--expose-gc', '--import', 'tsx'], env: { ...process.env, KILN_DATA_DIR: dataDir }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
// Stopped from outside (a time limit, Ctrl-C): the worker goes first, so it no longer writes into the
// folder being removed (a file it creates meanwhile would make the removal fail).
onCleanup(() => {
  child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true, maxRetries: 20, retryDelay: 50 });
});
const points: Array<{ jobs: number; samples: Sample[]; seconds: number }> = [];
let idle: Sample[] = [];
let idleSeconds = 0;

/** A few samples, each after a full GC in the child: how much the figures move with nothing happening. */
async function sampleSet(): Promise<Sample[]> {
  const samples: Sample[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    samples.push(await ask<Sample>(child, 'sample', 'sample'));
    await new Promise((resolve) => setTimeout(resolve, SAMPLE_GAP_MS));
  }
  return samples;
}
try {
  await ask(child, null, 'ready');
  let done = 0;
  for (const target of POINTS) {
    const t = performance.now();
    const ids = await enqueueJobs(target - done);
    await allCompleted(ids);
    done = target;
    const seconds = (performance.now() - t) / 1000;
    // The worker is idle now (long-polling an empty queue).
    points.push({ jobs: target, samples: await sampleSet(), seconds });
    console.error(`[bench] ${target} jobs done (${seconds.toFixed(1)} s for the last ${ids.length})`);
  }
  // The control: as long again as the last jobs took (3–10 s), with no job at all. What moves now is
  // time (long polls, timers), not jobs: it is part of the noise a per-job growth must rise above.
  idleSeconds = Math.min(10, Math.max(3, points.at(-1)!.seconds));
  await new Promise((resolve) => setTimeout(resolve, idleSeconds * 1000));
  idle = await sampleSet();
  await ask(child, 'stop', 'stopped');
} finally {
  if (child.exitCode === null) child.kill();
  closeSqlite(path.join(dataDir, 'kiln.db'));
  rmSync(dataDir, { recursive: true, force: true, maxRetries: 20 }); // the killed worker may still be closing its files
}

const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(2);
const median = (values: number[]) => percentile(ascending(values), 50);
const spread = (values: number[]) => Math.max(...values) - Math.min(...values);
const of = (samples: Sample[], key: 'rss' | 'heapUsed') => median(samples.map((s) => s[key]));
const stat = (p: (typeof points)[number], key: 'rss' | 'heapUsed') => of(p.samples, key);
// With BENCH_MEMORY_POINTS (e.g. 100,5000,10000,20000) the verdict reads the first, the one before last and the last.
const [first, middle, last] = [points[0]!, points.at(-2)!, points.at(-1)!];
// The smallest leak that matters: one small object (64 bytes) kept per job. Below it, growth is V8's own
// bookkeeping (code, feedback, string table), which a few samples cannot tell from noise.
const LEAK_BYTES_PER_JOB = 64;
// Noise: the largest spread of one set of samples, or the drift over the idle control, whichever is larger.
const noise = (key: 'rss' | 'heapUsed') => Math.max(...[...points.map((p) => p.samples), idle].map((set) => spread(set.map((s) => s[key]))), Math.abs(of(idle, key) - stat(last, key)));
const row = (label: string, samples: Sample[], seconds: string) => `| ${label} | ${mb(of(samples, 'rss'))} | ${mb(of(samples, 'heapUsed'))} | ${mb(spread(samples.map((s) => s.rss)))} | ${mb(spread(samples.map((s) => s.heapUsed)))} | ${seconds} |`;
const table = [
  '| no-op jobs done | RSS (MB) | heap used after GC (MB) | RSS spread of the samples (MB) | heap spread (MB) | time for these jobs (s) |',
  '|---|---:|---:|---:|---:|---:|',
  ...points.map((p) => row(p.jobs.toLocaleString('en'), p.samples, p.seconds.toFixed(1))),
  row(`${last.jobs.toLocaleString('en')}, then ${idleSeconds.toFixed(1)} s idle (control)`, idle, '–'),
].join('\n');
const kbPerThousand = (bytes: number, jobs: number) => `${(bytes / 1024 / (jobs / 1000)).toFixed(1)} KB per 1,000 jobs`;
const verdict = (key: 'rss' | 'heapUsed', label: string) => {
  const total = stat(last, key) - stat(first, key);
  const early = stat(middle, key) - stat(first, key);
  const late = stat(last, key) - stat(middle, key);
  const n = noise(key);
  const sign = (v: number) => `${v >= 0 ? '+' : ''}${mb(v)} MB`;
  const lateJobs = last.jobs - middle.jobs;
  const perJob = late / lateJobs;
  const floor = LEAK_BYTES_PER_JOB * lateJobs;
  const outcome = Math.abs(late) <= n ? 'no growth beyond noise' : perJob < LEAK_BYTES_PER_JOB ? `above the noise but under ${LEAK_BYTES_PER_JOB} bytes per job (a leak of one ${LEAK_BYTES_PER_JOB}-byte object per job would add ${mb(floor)} MB): no per-job leak` : 'GROWS beyond noise over the last jobs';
  return `${label}: ${sign(total)} from ${first.jobs.toLocaleString('en')} to ${last.jobs.toLocaleString('en')} jobs — ${sign(early)} over the first ${(middle.jobs - first.jobs).toLocaleString('en')} (${kbPerThousand(early, middle.jobs - first.jobs)}), ${sign(late)} over the last ${lateJobs.toLocaleString('en')} (${kbPerThousand(late, lateJobs)}, ${perJob.toFixed(1)} bytes per job); noise ${mb(n)} MB: ${outcome}`;
};
emitSection({
  id: '7-memory',
  title: `Memory: the worker after ${first.jobs.toLocaleString('en')} and after ${last.jobs.toLocaleString('en')} no-op jobs`,
  setup: [
    `A child process (\`bench/memory-worker.mjs\`, \`node --expose-gc --import tsx\`: the \`@kiln/handlers\` source, since inside the repo the package's lazy \`@kiln/handlers/local\` import resolves to source) runs \`runWorker\` — the loop \`kiln worker\` runs — with its defaults (concurrency 2, 2 s long poll, housekeeping every 30 s) on the embedded default (SQLite queue and read model, files) in a temporary data folder, a no-op job, no revalidation and a silent logger. The benchmark process queues the jobs into the same folder as submit leaves them (an upload file, a \`queued\` record, a message) and waits until the store shows all of them completed.`,
    `At ${POINTS.map((n) => n.toLocaleString('en')).join(', ')} jobs done, with the worker idle, the child takes ${SAMPLES} samples ${SAMPLE_GAP_MS} ms apart (and once more after an idle stretch, the control), each after two forced full GCs (\`process.memoryUsage()\`: RSS and heap used); the table shows their median.`,
  ].join('\n\n'),
  table,
  ratios: [verdict('heapUsed', 'heap used after GC'), verdict('rss', 'RSS')],
  notes: [
    `Noise is the larger of the largest spread (max − min) of the ${SAMPLES} samples at any one point and the drift over the idle control (the last row: the same worker, as long again with no job). The verdict compares the growth over the last ${(last.jobs - middle.jobs).toLocaleString('en')} jobs with it: a leak adds about the same per job all along, while warm-up (JIT code, caches) adds early and stops, so the growth from ${first.jobs} jobs is shown but does not decide. Growth above the noise but under ${LEAK_BYTES_PER_JOB} bytes per job is reported as such, not as a leak: one object kept per job would be more.`,
    'RSS moves by megabytes with no job running (compare the control row with the one above it: the allocator gives pages back, or keeps them, on its own schedule), so heap used after GC is the figure that shows a leak in JavaScript; RSS is shown for native memory (SQLite), with that much noise.',
  ],
  rerun: 'npm run bench -- --only 7',
});
console.error(`[bench] table 7 took ${((performance.now() - started) / 1000).toFixed(1)} s`);
