/**
 * Table 2 of BENCHMARKS.md, time to result: (the result page shows the result) − (submit) − (the job's own
 * 2 s), p50 / p95 over 30 jobs arriving spread out (seeded Poisson) — for Kiln with the kick, Kiln with the
 * worker, Kiln on cron only (a tick a minute), and the article's design (its process route in the bench app,
 * bench/lib/article-design.ts, called by the same tick).
 *
 * Each row has its own bench app (`next start`, own data folder); the four rows run at the same time, on the
 * same arrival schedule, so the cron rows' minutes are paid once. No time is scaled.
 *
 *   pnpm exec tsx bench/lib/bench-app.ts --build   # once (npm run bench does it)
 *   BENCH_SKIP_BUILD=1 pnpm exec tsx bench/time-to-result.ts            # the table (about 3.5 minutes)
 *   BENCH_SKIP_BUILD=1 pnpm exec tsx bench/time-to-result.ts --quick    # smoke run: 8 jobs, one tick
 */
import path from 'node:path';
import { createSqliteJobStore } from '@kiln/handlers/local';
import { defineKiln, runWorker, type JobStore } from '@kiln/handlers';
import { silentLogger } from '../packages/handlers/src/core/logger';
import { seededRandom, sleep } from '../test/support/kiln-fixtures';
import { buildBenchApp, startBenchApp, submitFile, type BenchApp } from './lib/bench-app';
import { emitSection, machine, percentile, quick, ratio } from './lib/report';

const scriptStarted = Date.now();
const JOBS = quick ? 8 : 30;
const JOB_MS = 2000;
/** Arrivals: a Poisson process of JOBS / WINDOW_S per second (seeded), starting at 0. */
const WINDOW_S = quick ? 20 : 90;
const SEED = Number(process.env.BENCH_SEED ?? 12);
const TICK_S = 60;
/** The first tick after the first arrival (the arrivals start at a random point of the minute; here, its start). */
const FIRST_TICK_S = quick ? 30 : 60;
/** A row stops waiting this long after the first arrival; jobs without a result by then are counted as "more than". */
const ROW_LIMIT_S = quick ? 50 : 200;
const POLL_MS = 100;
/** Text only the finished result renders (bench/app/components/result-view.tsx). */
const RESULT_MARK = 'Senior software engineer';
/**
 * Kiln's jobs at once per process (KILN_CONCURRENCY). The default, 2, would make a job that arrives while
 * two run wait for a slot: queueing behind a setting, not Kiln's overhead, which is what the kick's
 * target is about. On Vercel each submit's kick is its own function; one `next start` is one process.
 */
const CONCURRENCY = 8;

process.env.BENCH_JOB_MS = String(JOB_MS); // the worker row runs the bench job in this process

type RowKind = 'kick' | 'worker' | 'cron' | 'article';
const ROWS: { kind: RowKind; label: string }[] = [
  { kind: 'kick', label: 'Kiln with the kick' },
  { kind: 'worker', label: 'Kiln with the worker (`kiln worker` loop)' },
  { kind: 'cron', label: 'Kiln on cron only (tick a minute)' },
  { kind: 'article', label: "The article's design (tick a minute)" },
];

interface Sample {
  /** Time to result minus the job's 2 s, ms; for a job without a result, the time it had waited so far. */
  ms: number;
  censored: boolean;
}

const sleepUntil = (at: number) => sleep(Math.max(0, at - Date.now()));

/** Seeded Poisson arrivals, ms after the start. */
function arrivals(): number[] {
  const random = seededRandom(SEED);
  const meanGapMs = (WINDOW_S * 1000) / JOBS;
  const at: number[] = [];
  let t = 0;
  for (let i = 0; i < JOBS; i++) {
    at.push(Math.round(t));
    t += -Math.log(1 - random()) * meanGapMs;
  }
  return at;
}

const submit = (app: BenchApp, i: number) => submitFile(app, new File([`Jane Doe ${i}\nSenior engineer\n`], 'cv.txt', { type: 'text/plain' }));

/**
 * One job, as a person sees it: submit, land on the result page, and watch it until it shows the result.
 * The page is fetched every 100 ms once the job's record says completed (read from the app's data folder):
 * before that the page cannot show a result, and fetching it for every waiting job would load the server.
 */
async function followJob(app: BenchApp, store: JobStore, i: number, sendAt: number, deadline: number): Promise<Sample> {
  await sleepUntil(sendAt);
  const sentAt = Date.now();
  const jobId = await submit(app, i);
  const page = `${app.url}/cv/${jobId}`;
  await fetch(page).then((r) => r.text()); // the browser lands on statusUrl: the page is generated, still pending
  while (Date.now() < deadline) {
    const record = await store.get(jobId);
    if (record?.status === 'completed') {
      const html = await fetch(page).then((r) => r.text());
      if (html.includes(RESULT_MARK)) return { ms: Date.now() - sentAt - JOB_MS, censored: false };
    } else if (record?.status === 'failed') {
      throw new Error(`job ${jobId} failed: ${JSON.stringify(record.error)}`);
    }
    await sleep(POLL_MS);
  }
  return { ms: deadline - sentAt - JOB_MS, censored: true };
}

/** Plays Vercel Cron: a GET with the cron secret every minute, on time whether or not the last one ended. */
function startTicks(app: BenchApp, route: string, start: number, until: () => boolean) {
  const calls: Promise<unknown>[] = [];
  let ticks = 0;
  const loop = (async () => {
    for (let at = start + FIRST_TICK_S * 1000; ; at += TICK_S * 1000) {
      while (Date.now() < at && !until()) await sleep(Math.min(100, at - Date.now()));
      if (until()) return;
      ticks += 1;
      calls.push(fetch(`${app.url}${route}`, { headers: { authorization: `Bearer ${app.env.CRON_SECRET}` } }).then((r) => r.text()));
    }
  })();
  return { done: () => loop.then(() => Promise.allSettled(calls)), ticks: () => ticks };
}

async function runRow(kind: RowKind, app: BenchApp, start: number, schedule: number[]) {
  const store = createSqliteJobStore({ file: path.join(app.dataDir, 'kiln.db') });
  const deadline = start + ROW_LIMIT_S * 1000;
  let finished = false;
  const worker = new AbortController();
  let workerRun: Promise<unknown> = Promise.resolve();
  if (kind === 'worker') {
    // The loop `kiln worker` runs (runWorker), against the app's data folder, revalidating over HTTP.
    const kiln = defineKiln({ job: (await import('./app/lib/bench-job')).benchJob, dataDir: app.dataDir, revalidateSecret: app.env.REVALIDATE_SECRET, cronSecret: app.env.CRON_SECRET, appUrl: app.url, concurrency: CONCURRENCY, logger: silentLogger, env: {} });
    workerRun = runWorker(kiln, { signal: worker.signal }).finally(() => kiln.dispose());
  }
  const ticks = kind === 'cron' || kind === 'article' ? startTicks(app, kind === 'cron' ? '/api/cv/process' : '/api/article/process', start, () => finished || Date.now() >= deadline) : null;
  try {
    const samples = await Promise.all(schedule.map((at, i) => followJob(app, store, i, start + at, deadline)));
    return { samples, ticks: ticks?.ticks() ?? 0 };
  } finally {
    finished = true;
    worker.abort();
    await workerRun;
    await ticks?.done();
    await store.dispose?.();
  }
}

/**
 * p-th percentile as text. A job without a result counts with what it had waited, a lower bound: when
 * the rank falls on such a job, or one of them waited less than the value (it may end up either side),
 * the percentile is only known to be more than that value.
 */
function describePercentile(samples: Sample[], p: number): { text: string; ms: number; atLeast: boolean } {
  const ranked = [...samples].sort((a, b) => a.ms - b.ms);
  const index = Math.min(ranked.length - 1, Math.max(0, Math.ceil((p / 100) * ranked.length) - 1));
  const value = percentile(ranked.map((s) => s.ms), p);
  const atLeast = ranked[index]!.censored || samples.some((s) => s.censored && s.ms < value);
  return { text: `${atLeast ? '> ' : ''}${seconds(value)}`, ms: value, atLeast };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;

async function main() {
  buildBenchApp();
  const apps: BenchApp[] = [];
  const stopAll = () => Promise.allSettled(apps.map((app) => app.stop()));
  try {
    for (const row of ROWS) {
      apps.push(await startBenchApp({ BENCH_JOB_MS: String(JOB_MS), KILN_KICK_AFTER_SUBMIT: row.kind === 'kick' ? '1' : '0', KILN_CONCURRENCY: String(CONCURRENCY) }));
    }
    // Warm each server's routes before the clock starts (production build: nothing compiles, but the
    // first request to a route loads its module).
    for (const app of apps) {
      await fetch(`${app.url}/`).then((r) => r.text());
      await fetch(`${app.url}/cv/warm-up-000000000000000000`).then((r) => r.text());
      await fetch(`${app.url}/api/cv/warm-up-000000000000000000`).then((r) => r.text());
    }
    const schedule = arrivals();
    const start = Date.now() + 500;
    const results = await Promise.all(ROWS.map((row, i) => runRow(row.kind, apps[i]!, start, schedule)));

    const rows = ROWS.map((row, i) => {
      const { samples, ticks } = results[i]!;
      console.error(`${row.label}: ${samples.map((s) => `${s.censored ? '>' : ''}${(s.ms / 1000).toFixed(2)}`).join(' ')} (s, in arrival order)`);
      const p50 = describePercentile(samples, 50);
      const p95 = describePercentile(samples, 95);
      const done = samples.filter((s) => !s.censored).length;
      const worst = Math.max(...samples.map((s) => s.ms));
      return { ...row, samples, ticks, p50, p95, done, worst };
    });
    const [kick, worker, cron, article] = rows as [(typeof rows)[0], (typeof rows)[0], (typeof rows)[0], (typeof rows)[0]];
    const table = [
      '| design | p50 | p95 | worst | results shown | cron ticks |',
      '|---|--:|--:|--:|--:|--:|',
      ...rows.map((r) => `| ${r.label} | ${r.p50.text} | ${r.p95.text} | ${r.samples.some((s) => s.censored) ? `> ${seconds(r.worst)}` : seconds(r.worst)} | ${r.done} of ${JOBS} | ${r.kind === 'cron' || r.kind === 'article' ? r.ticks : '–'} |`),
    ].join('\n');
    const kickTarget = kick.p95.ms <= 1000 && !kick.p95.atLeast;
    const tookSeconds = (Date.now() - scriptStarted) / 1000;
    emitSection({
      id: '2-time-to-result',
      title: 'Time to result: Kiln (kick, worker, cron) against the article’s design',
      setup: [
        `Time to result = (a GET of the result page \`/cv/<id>\` returns HTML with the result) − (the submit was sent) − ${JOB_MS / 1000} s (the job's own run: the bench job sleeps ${JOB_MS} ms). ${JOBS} jobs per row, arriving as a Poisson process of ${JOBS} per ${WINDOW_S} s (seed ${SEED}); each is a real multipart submit to the bench app's submit route, then a GET of its result page (as the browser lands on it), then the page every ${POLL_MS} ms once the job's record says completed (read from the app's data folder; before that the page cannot show a result): **polling resolution ${POLL_MS} ms** plus one page GET.`,
        `Each row has its own bench app (\`next start\`, embedded SQLite + files, its own data folder) and the four rows run at the same time on the same arrival schedule, so they share the machine's 2 cores. **Kick**: the submit route's kick after submit (KILN_KICK_AFTER_SUBMIT=1), no cron. **Worker**: kick off; \`runWorker\`, the loop \`kiln worker\` runs, in the harness process against the app's data folder, revalidating through the app's revalidate route. **Cron only**: kick off; the harness calls the app's process route with the cron secret every ${TICK_S} s, the first ${FIRST_TICK_S} s after the first arrival, as Vercel Cron would. **Article**: kick off; the same ticks call the bench app's \`/api/article/process\`, which runs \`bench/lib/article-design.ts\` on the app's own queue, store and files with the same job: up to 5 messages, one after another, SQS's default 30 s visibility (the article sets none), killed at 60 s, \`res.revalidate\` after writing the record.`,
        `Kiln's settings are the bench app's defaults (60 s functions) but for concurrency: ${CONCURRENCY} (KILN_CONCURRENCY) in every Kiln row; at the default 2, a job that arrives while two run waits for a slot, which is queueing behind a setting rather than Kiln's overhead (on Vercel each submit's kick is its own function; one \`next start\` is one process). No time is scaled. A row stops waiting ${ROW_LIMIT_S} s after the first arrival; a job without a result by then counts as "more than" what it had waited.`,
        machine(),
      ].join('\n\n'),
      table,
      ratios: [
        `p95: the article's design ${article.p95.atLeast ? '≥ ' : ''}${ratio(article.p95.ms, kick.p95.ms)} Kiln with the kick; Kiln on cron only ${cron.p95.atLeast ? '≥ ' : ''}${ratio(cron.p95.ms, kick.p95.ms)}; Kiln with the worker ${ratio(worker.p95.ms, kick.p95.ms)}`,
        `Kiln with the kick, p95 overhead ${kick.p95.text} (target ≤ 1 s) — ${kickTarget ? 'met' : 'NOT met'}`,
      ],
      notes: [
        "The cron rows' time is mostly the wait for the next tick (up to a minute).",
        `The article's loop takes at most 5 jobs a tick, 5 a minute; this schedule brings ${JOBS} in about ${WINDOW_S} s (${((JOBS / WINDOW_S) * 60).toFixed(0)} a minute), so its queue grows and jobs still waiting at the row's limit make its figures lower bounds (marked >). Its ${JOB_MS / 1000} s jobs fit well inside its 30 s visibility and 60 s function, so it loses none here: its cost in this table is waiting, not loss (table 3 has the loss).`,
        `This script took ${tookSeconds.toFixed(0)} s (apps started and warmed, ${ROW_LIMIT_S} s at most per row, all rows at once).`,
      ],
      rerun: 'BENCH_SKIP_BUILD=1 pnpm exec tsx bench/time-to-result.ts',
    });
    console.log(`\nbench/time-to-result.ts took ${tookSeconds.toFixed(1)} s`);
  } finally {
    await stopAll(); // on a signal, startBenchApp's clean-up (bench/lib/cleanup.ts) stops each app
  }
}

await main();
