/**
 * `npm run bench`: every table of BENCHMARKS.md in one run on one machine. Builds the bench Next app once,
 * then runs each table script as its own child process (`pnpm exec tsx bench/<name>.ts`, with
 * `KILN_BENCH_OUT`, `BENCH_SKIP_BUILD=1`), each under a time limit, streaming its output, and writes
 * BENCHMARKS.md from the sections they report. A script that is missing, fails or runs past its limit
 * becomes a section that says so, and the exit code is 1.
 *
 *   npm run bench                    # everything (≤ 15 min on 2 cores), writes BENCHMARKS.md
 *   npm run bench -- --quick         # smoke-sized, writes BENCHMARKS.quick.md (gitignored)
 *   npm run bench -- --only 5,6      # chosen tables only, writes BENCHMARKS.partial.md (gitignored)
 *   pnpm exec tsx bench/run-all.ts --quick --only 6   # without kiln-dev's install and package build
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { renderBenchmarks, type ScriptResult } from './lib/assemble';
import { machine } from './lib/report';
import { runScript } from './lib/run-script';
import { gitState, versions } from './lib/versions';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The tables in the order of the issue, each with its share of the 15 minutes and whether it starts the bench Next app. */
const TABLES = [
  { n: '1', id: '1-submit', name: 'Submit', script: 'bench/submit.ts', shareMin: 3, usesApp: true },
  { n: '2', id: '2-time-to-result', name: 'Time to result', script: 'bench/time-to-result.ts', shareMin: 4, usesApp: true },
  { n: '3', id: '3-burst', name: 'Burst', script: 'bench/burst.ts', shareMin: 1.5, usesApp: false },
  { n: '4', id: '4-read-path', name: 'Read path', script: 'bench/read-path.ts', shareMin: 1, usesApp: true },
  { n: '5', id: '5-processor', name: 'Processor', script: 'bench/queue.ts', shareMin: 1.5, usesApp: false },
  { n: '6', id: '6-client', name: 'Client size', script: 'bench/client-size.ts', shareMin: 0.5, usesApp: false },
  { n: '7', id: '7-memory', name: 'Memory', script: 'bench/memory.ts', shareMin: 1, usesApp: false },
  { n: '8', id: '8-cv', name: 'CV analyser', script: 'bench/cv-bench.ts', shareMin: 1.5, usesApp: false },
] as const;

// A table may run past its share (a slow machine) but not forever: twice its share plus a minute for
// start-up. A quick run is smoke-sized, so each script gets three minutes at most.
const limitMs = (shareMin: number, quick: boolean) => (quick ? 3 : shareMin * 2 + 1) * 60_000;
const APP_BUILD_LIMIT_MS = 8 * 60_000;

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, only: { type: 'string' } }, strict: true });
const quick = values.quick || process.env.KILN_BENCH_QUICK === '1';
const only = values.only ? values.only.split(',').map((s) => s.trim()).filter(Boolean) : null;
const unknown = only?.filter((n) => !TABLES.some((t) => t.n === n || t.id === n)) ?? [];
if (unknown.length) {
  console.error(`--only: no table ${unknown.join(', ')}; the tables are ${TABLES.map((t) => `${t.n} (${t.name})`).join(', ')}`);
  process.exit(2);
}
const chosen = TABLES.filter((t) => !only || only.includes(t.n) || only.includes(t.id));

const aborted = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => aborted.abort());

const started = performance.now();
const date = new Date();
const git = gitState(root);
const log = (message: string) => process.stderr.write(`\x1b[36m[bench]\x1b[0m ${message}\n`);
const env = { BENCH_SKIP_BUILD: '1', ...(quick ? { KILN_BENCH_QUICK: '1' } : {}) };

const steps: Array<{ name: string; durationMs: number; failure: string | null }> = [];
const appScript = path.join(root, 'bench/lib/bench-app.ts');
if (chosen.some((t) => t.usesApp) && existsSync(appScript)) {
  log('building the bench Next app (bench/lib/bench-app.ts --build)');
  const build = await runScript({ command: ['pnpm', 'exec', 'tsx', 'bench/lib/bench-app.ts', '--build'], file: appScript, cwd: root, timeoutMs: APP_BUILD_LIMIT_MS, signal: aborted.signal, expectSection: false });
  steps.push({ name: 'bench app build', durationMs: build.durationMs, failure: build.failure });
}

const results: ScriptResult[] = [];
for (const table of chosen) {
  const timeoutMs = limitMs(table.shareMin, quick);
  if (aborted.signal.aborted) break;
  log(`${table.id}: ${table.script} (limit ${timeoutMs / 1000} s)`);
  const command = ['pnpm', 'exec', 'tsx', table.script, ...(quick ? ['--quick'] : [])];
  const run = await runScript({ command, file: path.join(root, table.script), cwd: root, env, timeoutMs, signal: aborted.signal });
  results.push({ id: table.id, name: table.name, script: table.script, timeoutMs, ...run });
  log(`${table.id}: ${run.failure ? 'FAILED' : 'done'} in ${(run.durationMs / 1000).toFixed(1)} s`);
}

const totalMs = performance.now() - started;
if (aborted.signal.aborted) {
  // An interrupted run must not replace the figures of the last complete one.
  log('interrupted: no BENCHMARKS file written');
  process.exit(130);
}
// BENCHMARKS.md holds one complete run only: a smoke run or a run of some tables writes a file of its own
// (both gitignored), so neither can replace the complete figures with partial ones.
const file = path.join(root, quick ? 'BENCHMARKS.quick.md' : only ? 'BENCHMARKS.partial.md' : 'BENCHMARKS.md');
writeFileSync(file, renderBenchmarks(results, { date, ...git, machine: machine(), versions: versions(root), totalMs, quick, only, steps }));
const failures = [...steps.filter((s) => s.failure).map((s) => s.name), ...results.filter((r) => r.failure).map((r) => r.script)];
log(`wrote ${path.relative(root, file)} in ${(totalMs / 1000).toFixed(1)} s${failures.length ? `; failed: ${failures.join(', ')}` : ''}`);
process.exitCode = failures.length ? 1 : 0;
