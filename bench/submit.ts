/**
 * Table 1 of BENCHMARKS.md — submit: Kiln's submit route against the floor, a bare Pages route of the same
 * app that reads the same multipart body (busboy), writes one file and one SQLite row and answers 202.
 * autocannon sends the same prebuilt 100 KB PDF upload for a fixed time at 1 and 16 connections to the
 * bench app under `next start`: p50 / p99 of the 2xx answers, 2xx per second, and every other answer counted.
 * Rows: the floor; Kiln on the embedded default with the kick after submit off and on; Kiln on SQS + Redis +
 * S3 local servers (bench/lib/local-cloud.ts), kick off and on. The job is the bench app's no-op job.
 *
 *   pnpm exec tsx bench/submit.ts             # full: 8 s per row (about 3 minutes on 2 busy cores, builds the app first)
 *   pnpm exec tsx bench/submit.ts --quick     # smoke run: 2 s per row
 *   npm run bench:submit                      # installs and builds what it needs first
 *
 * Knobs: BENCH_DURATION (seconds per row), BENCH_WARMUP (requests per route and server before measuring,
 * default 1000; the kick-on and cloud rows take at most 200), BENCH_KICK=0 / =1 (only the kick-off or kick-on rows), BENCH_CLOUD=0 (skip the SQS + Redis +
 * S3 rows), BENCH_CPU_PROF=<dir> (write a V8 CPU profile of each server to <dir>, to see what costs the time),
 * BENCH_SKIP_BUILD=1 (the bench app is built already).
 */
import path from 'node:path';
import { createSqliteQueue } from '@kiln/handlers/local';
import { createSqsQueue } from '@kiln/handlers/sqs';
import { awsClientConfig } from '../packages/handlers/src/adapters/aws-config';
import { closeSqlite } from '../packages/handlers/src/adapters/sqlite/database';
import { waitFor } from '../test/support/demo-server';
import { messagesLeft } from '../test/support/job-ledger';
import { minimalPdf } from '../test/support/minimal-pdf';
import { buildBenchApp, startBenchApp, submitFile, type BenchApp } from './lib/bench-app';
import { combine, failures, load, type LoadResult } from './lib/load';
import { LOCAL_CLOUD_DESCRIPTION, startLocalCloud, timeServiceRoundTrips, type LocalCloud } from './lib/local-cloud';
import { ascending, emitSection, machine, percentile, quick, ratio } from './lib/report';

const started = Date.now();
const seconds = Number(process.env.BENCH_DURATION ?? (quick ? 2 : 8));
// The floor and the embedded kick-off row get the full warm-up. A row whose warm-up leaves jobs to run first
// (kick on) or whose calls go to the emulators (cloud, where they dominate) gets a short one, to keep the
// script within its share of npm run bench.
const fullWarmup = Number(process.env.BENCH_WARMUP ?? (quick ? 200 : 1000));
const shortWarmup = Math.min(fullWarmup, quick ? 50 : 200);
const kicks = process.env.BENCH_KICK === '0' ? [false] : process.env.BENCH_KICK === '1' ? [true] : [false, true];
const withCloud = process.env.BENCH_CLOUD !== '0';
const CONNECTIONS = [1, 16] as const;
/** Slices the floor and the kick-off row alternate in, per connection count. */
const SLICES = quick ? 2 : 4;
const FLOOR = 'floor (bare Pages route: busboy, 1 file, 1 SQLite row)';
const TARGET = { kickOff: 1.3, kickOn: 2 } as const;
const ms = (value: number) => `${value.toFixed(2)} ms`;

/** The one upload every row sends: a 100 KB PDF in the field "cv", as a browser's form would carry it. */
function multipartBody(bytes: Uint8Array): { body: Buffer; contentType: string } {
  const boundary = '----kilnbench7MA4YWxkTrZu0gW';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="cv"; filename="cv.pdf"\r\nContent-Type: application/pdf\r\n\r\n`;
  return { body: Buffer.concat([Buffer.from(head), bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]), contentType: `multipart/form-data; boundary=${boundary}` };
}
const pdf = minimalPdf(['Jane Doe', 'jane.doe@example.com', 'Senior software engineer, 2016-2024', 'Skills: TypeScript, Kubernetes, PostgreSQL'], 100 * 1024);
const { body, contentType } = multipartBody(pdf);

interface Row {
  name: string;
  kick?: boolean;
  cloud?: boolean;
  results: (LoadResult & { backlog?: number })[];
}

/**
 * Jobs still on the app's queue (waiting or running), read from the queue itself: with the kick on, the
 * jobs the processor has not caught up with when a row's time is up. Its work on them is not in that row.
 */
async function backlog(app: BenchApp): Promise<number> {
  const sqs = app.env.SQS_QUEUE_URL;
  const file = path.join(app.dataDir, 'kiln.db');
  const queue = sqs
    ? createSqsQueue({ queueUrl: sqs, clientConfig: awsClientConfig(app.env, 'SQS') })
    : createSqliteQueue({ file });
  try {
    return await messagesLeft(queue);
  } finally {
    await queue.dispose?.();
    if (!sqs) closeSqlite(file);
  }
}

/** What Vercel Cron does: one call of the process route, which drains the queue until it is empty or its deadline. */
async function cron(app: BenchApp): Promise<void> {
  const response = await fetch(`${app.url}/api/cv/process`, { method: 'POST', headers: { authorization: `Bearer ${app.env.CRON_SECRET}` } });
  if (!response.ok) throw new Error(`the process route answered ${response.status}: ${await response.text()}`);
}

/**
 * p50 of regenerating one job's result page on demand, as the processor does at the end of every job:
 * one job is submitted and run by the process route, then the authenticated revalidate endpoint is called
 * for its page, one call at a time. Run on a server with no other work, before its rows.
 */
async function timeRegeneration(app: BenchApp, times: number): Promise<number> {
  const jobId = await submitFile(app, new File([pdf], 'cv.pdf', { type: 'application/pdf' }));
  await cron(app);
  const revalidate = async () => {
    const response = await fetch(`${app.url}/api/revalidate`, { method: 'POST', headers: { authorization: `Bearer ${app.env.REVALIDATE_SECRET}`, 'content-type': 'application/json' }, body: JSON.stringify({ path: `/cv/${jobId}` }) });
    if (!response.ok) throw new Error(`the revalidate endpoint answered ${response.status}: ${await response.text()}`);
  };
  for (let i = 0; i < 20; i++) await revalidate();
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await revalidate();
    ms.push(performance.now() - started);
  }
  return percentile(ascending(ms), 50);
}

/**
 * The floor and Kiln's submit on the same server (kick off), measured in alternating slices at each
 * connection count and each route's slices pooled: whatever else the machine does meanwhile, both routes
 * get the same share of it, so their ratio is the fairest this machine can give.
 */
async function measureAgainstFloor(app: BenchApp, slices: number): Promise<{ floor: Row['results']; kiln: Row['results'] }> {
  const requestTo = (route: string) => ({ url: `${app.url}${route}`, method: 'POST' as const, headers: { 'content-type': contentType }, body });
  const floorRequest = requestTo('/api/floor');
  const kilnRequest = requestTo('/api/cv/submit');
  for (const request of [floorRequest, kilnRequest]) {
    const warm = await load(request, { connections: 16, amount: fullWarmup });
    if (warm.ok === 0) throw new Error(`${request.url} answered no 2xx while warming up (${failures(warm)}):\n${app.logs().slice(-3000)}`);
  }
  const floor: Row['results'] = [];
  const kiln: Row['results'] = [];
  for (const connections of CONNECTIONS) {
    const floorRuns: LoadResult[] = [];
    const kilnRuns: LoadResult[] = [];
    const before = await backlog(app);
    for (let slice = 0; slice < slices; slice++) {
      floorRuns.push(await load(floorRequest, { connections, seconds: seconds / slices, serverPid: app.pid }));
      kilnRuns.push(await load(kilnRequest, { connections, seconds: seconds / slices, serverPid: app.pid }));
    }
    floor.push(combine(floorRuns));
    kiln.push({ ...combine(kilnRuns), backlog: (await backlog(app)) - before });
  }
  return { floor, kiln };
}

/** Warms the route (JIT, caches, connections), then measures it at each connection count. */
async function measure(app: BenchApp, route: string, { queued = false, drain = false, warmup = fullWarmup } = {}): Promise<Row['results']> {
  const request = { url: `${app.url}${route}`, method: 'POST' as const, headers: { 'content-type': contentType }, body };
  const warm = await load(request, { connections: 16, amount: warmup });
  if (warm.ok === 0) throw new Error(`${route} answered no 2xx while warming up (${failures(warm)}):\n${app.logs().slice(-3000)}`);
  const results: Row['results'] = [];
  for (const connections of CONNECTIONS) {
    // With the kick on, the jobs of the warm-up or of the row before run first, so no row pays for another's.
    // A kick drains only until its submit's invocation would end, so the rest is run as a cron would: the process route.
    if (drain) await waitFor(async () => (await backlog(app)) === 0 || (await cron(app), false), 120_000, () => `the queue was not drained in 120 s:\n${app.logs().slice(-3000)}`);
    const before = queued ? await backlog(app) : 0;
    const result = await load(request, { connections, seconds, serverPid: app.pid });
    // Growth of the queue during the row: with the kick off every job stays; with it on, those not yet run.
    results.push(queued ? { ...result, backlog: (await backlog(app)) - before } : result);
  }
  return results;
}

async function withApp<T>(env: Record<string, string>, use: (app: BenchApp) => Promise<T>): Promise<T> {
  const profile = process.env.BENCH_CPU_PROF;
  const app = await startBenchApp({ BENCH_JOB_MS: '0', ...env }, profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : []);
  try {
    return await use(app);
  } finally {
    await app.stop();
  }
}

buildBenchApp();
const rows: Row[] = [];
const notes: string[] = [];
let cloud: LocalCloud | null = null;
let regeneration = Number.NaN;
try {
  for (const kick of kicks) {
    await withApp({ KILN_KICK_AFTER_SUBMIT: kick ? '1' : '0' }, async (app) => {
      const name = `Kiln, embedded default, kick ${kick ? 'on' : 'off'}`;
      // The floor once, on the first server: it is the same route whatever Kiln's settings. On the kick-off
      // server (no jobs run there) it is measured in slices alternating with Kiln's submit.
      if (rows.length === 0) regeneration = await timeRegeneration(app, quick ? 20 : 100);
      if (rows.length === 0 && !kick) {
        const { floor, kiln } = await measureAgainstFloor(app, SLICES);
        rows.push({ name: FLOOR, results: floor }, { name, kick, results: kiln });
        return;
      }
      if (rows.length === 0) rows.push({ name: FLOOR, results: await measure(app, '/api/floor') });
      rows.push({ name, kick, results: await measure(app, '/api/cv/submit', { queued: true, drain: kick, warmup: kick ? shortWarmup : fullWarmup }) });
    });
  }
  if (withCloud) {
    try {
      cloud = await startLocalCloud();
    } catch (error) {
      notes.push(`The SQS + Redis + S3 rows did not run: ${(error as Error).message.split('\n')[0]} (redis-server comes from Debian's package; npm test installs it).`);
    }
    if (cloud) {
      // What the local servers cost on their own, in this run: the cloud rows cannot go below their sum.
      const trips = await timeServiceRoundTrips(cloud, pdf, quick ? 20 : 100);
      const sum = trips.s3Put + trips.redisSet + trips.sqsSend;
      notes.push(
        `The cloud rows measure Kiln on local emulators sharing the same two cores, not Amazon's services: one submit makes three calls one after another, ` +
          `and alone, one at a time from the benchmark's process, a ${Math.round(pdf.byteLength / 1024)} KB PutObject to s3rver took ${ms(trips.s3Put)} at p50, a job-sized SET NX in Redis ${ms(trips.redisSet)}, a SendMessage to fauxqs ${ms(trips.sqsSend)}: ` +
          `${ms(sum)} together, ${ratio(sum, rows[0]!.results[0]!.p50)} the floor's p50 at 1 connection before Kiln does anything.`,
      );
    }
    for (const kick of cloud ? kicks : []) {
      await withApp({ ...cloud!.env, KILN_KICK_AFTER_SUBMIT: kick ? '1' : '0' }, async (app) => {
        rows.push({ name: `Kiln, SQS + Redis + S3 (local servers), kick ${kick ? 'on' : 'off'}`, kick, cloud: true, results: await measure(app, '/api/cv/submit', { queued: true, drain: kick, warmup: shortWarmup }) });
      });
    }
  } else {
    notes.push('The SQS + Redis + S3 rows were skipped (BENCH_CLOUD=0).');
  }
} finally {
  await cloud?.stop();
}

const table = [
  '| route | connections | p50 | p99 | 2xx/s | 2xx answers | not 2xx / errors | queue grew by | server CPU per 2xx |',
  '|---|---:|---:|---:|---:|---:|---|---:|---:|',
  ...rows.flatMap((row) =>
    row.results.map(
      (r) =>
        `| ${row.name} | ${r.connections} | ${ms(r.p50)} | ${ms(r.p99)} | ${r.requestsPerSecond.toFixed(0)} | ${r.ok} | ${failures(r) ? `**${failures(r)}** ⚠` : 'none'} | ${r.backlog ?? '–'} | ${Number.isNaN(r.serverCpuMsPerOk) ? 'n/a (no /proc)' : ms(r.serverCpuMsPerOk)} |`,
    ),
  ),
].join('\n');

// Each Kiln row against the floor at the same connection count: latency as Kiln ÷ floor, throughput as
// floor ÷ Kiln, so both read "how many times the floor's cost" and the same target applies to both.
const floor = rows[0]!;
const ratios: string[] = [];
for (const row of rows.slice(1)) {
  const target = row.kick ? TARGET.kickOn : TARGET.kickOff;
  row.results.forEach((r, i) => {
    const f = floor.results[i]!;
    const flagged =
      (failures(r) || failures(f) ? ' (a row has non-2xx answers or errors: see the table)' : '') +
      (row.kick && (r.backlog ?? 0) > 0 ? ` (${r.backlog} of its jobs were still queued when the row ended)` : '');
    const p50 = r.p50 / f.p50;
    const rps = f.requestsPerSecond / r.requestsPerSecond;
    const verdict = (x: number) => (x <= target ? 'met' : 'not met');
    ratios.push(
      `${row.name}, ${r.connections} connection${r.connections === 1 ? '' : 's'}: p50 ${ratio(r.p50, f.p50)} the floor's (target ≤ ${target}×: ${verdict(p50)}); ` +
        `2xx/s: the floor's ÷ Kiln's = ${ratio(f.requestsPerSecond, r.requestsPerSecond)} (target ≤ ${target}×: ${verdict(rps)})${flagged}`,
    );
  });
}
if (rows.some((row) => row.results.some((r) => failures(r)))) notes.push('Rows marked ⚠ had answers other than 2xx or connection errors; their latency and 2xx/s count only the 2xx answers.');
notes.push(
  'The kick-on rows run each job in the same Node process right after its 202 (the bench app\'s no-op job: it reads the upload and returns), so they include the processor\'s share of the two cores: ' +
    'receiving the message, reading the upload, recording the job processing and then completed, deleting the message, and regenerating the job\'s result page on demand (Next renders it and writes it to its cache). ' +
    '"queue grew by" is the change in the queue\'s waiting and running messages over the row: with the kick off every submit stays queued; with it on, each row starts once the jobs before it have run, and a number above 0 is jobs the processor had not caught up with when the row ended, work that row did not pay for.',
  `What a job costs the process besides the no-op job itself, measured in this run: regenerating one result page on demand (the processor's last step for every job; here through the revalidate endpoint, one call at a time, on an idle server) took ${ms(regeneration)} at p50, ${ratio(regeneration, floor.results[0]!.p50)} the floor's p50 at 1 connection. With the kick on, that and the job's queue and store writes run between the submits on the same event loop.`,
  'Where the kick-off rows\' extra time goes (CPU profiles of the server, BENCH_CPU_PROF=<dir>; no single step dominates): the two SQLite transactions (the job record; the queue message with its dedupe id) against the floor\'s one insert, ' +
    'the conversion of the Pages request and response to and from Web-standard Request / Response (Kiln\'s handlers are Web-standard), writing the upload to a temporary file and renaming it into place, the "job submitted" log line, and hashing the delete token.',
  'The load generator (autocannon) shares the same two cores with the server. "server CPU per 2xx" is the CPU time (user + system, from /proc) the next start process used during the row divided by its 2xx answers: the work one submit cost the server whatever share of the cores it got; with the kick on it includes the jobs run during the row.',
  `This script took ${((Date.now() - started) / 1000).toFixed(0)} s.`,
);

emitSection({
  id: '1-submit',
  title: 'Submit: Kiln against a bare route',
  setup:
    `${machine()}. The bench app (bench/app, Next.js 16 Pages router) under \`next start\`, one server per Kiln setting, ` +
    `the submit rate limit off (a load test comes from one address). Every request uploads the same ${Math.round(pdf.byteLength / 1024)} KB PDF as multipart/form-data, prebuilt once. ` +
    `autocannon 8: warm-up at 16 connections (${fullWarmup} requests for the floor and the embedded kick-off row, ${shortWarmup} for the kick-on and cloud rows, whose warm-up jobs must run before measuring or whose time goes to the emulators), then ${seconds} s at 1 and at 16 connections per row; latency and 2xx/s count 2xx answers only, every other answer is listed. ` +
    `The floor and the embedded kick-off row run on the same server in ${SLICES} alternating slices of ${seconds / SLICES} s per connection count, each route's slices pooled, so both see the same background load; the other rows run on servers of their own, one after another. ` +
    `The floor is a Pages API route of the same app that parses the body with busboy, writes the file and one row in a SQLite table (better-sqlite3, WAL) in the same data folder, and answers 202 with an id: no validation, no queue, no job record. ` +
    `Kiln rows: the embedded default (SQLite queue and job store, files) and ${withCloud ? LOCAL_CLOUD_DESCRIPTION : 'no cloud rows (BENCH_CLOUD=0)'}. Kick off: the submit only stores and queues; kick on: each submit also starts the processor in the same process for the no-op job.`,
  table,
  ratios,
  notes,
  rerun: 'pnpm exec tsx bench/submit.ts (add --quick for a smoke run)',
});
