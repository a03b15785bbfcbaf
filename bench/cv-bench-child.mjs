// Measures one input against the built @kiln/cv in a plain Node process (spawned by bench/cv-bench.ts).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const [entry, file, label] = process.argv.slice(2);
const { analyze, analyzeInProcess, closeIdleWorkers } = await import(entry);
const bytes = readFileSync(file);
const RUNS = Number(process.env.BENCH_RUNS ?? 50);
const referenceDate = new Date('2025-06-15T00:00:00Z');
const TARGET_MS = 300;

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { median: at(0.5), p95: at(0.95) };
}

async function time(fn, runs) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return samples;
}

const [cold] = await time(() => analyze(bytes, { referenceDate }), 1);
const first = await analyzeInProcess(bytes, { referenceDate });
await time(() => analyzeInProcess(bytes, { referenceDate }), 5);
const inProcess = stats(await time(() => analyzeInProcess(bytes, { referenceDate }), RUNS));
const worker = stats(await time(() => analyze(bytes, { referenceDate }), RUNS));
await closeIdleWorkers();
const rss = process.resourceUsage().maxRSS / 1024;
const d = first.analysis.diagnostics;
const f = (n) => `${n.toFixed(1)} ms`;
console.log(`\n${label}: ${(bytes.length / 1024).toFixed(1)} KB, ${d.pages} page(s), ${d.format}, ${first.analysis.skills.length} skills, ${RUNS} runs each`);
console.log(`  in-process  median ${f(inProcess.median)}  p95 ${f(inProcess.p95)}`);
console.log(`  worker      median ${f(worker.median)}  p95 ${f(worker.p95)}  first (cold) ${f(cold)}`);
console.log(`  peak RSS    ${rss.toFixed(0)} MB`);
console.log(`  target median ≤ ${TARGET_MS} ms: ${inProcess.median <= TARGET_MS && worker.median <= TARGET_MS ? 'met' : 'MISSED'}`);
