// Measures one input against the built @kiln/cv in a plain Node process (spawned by bench/cv-bench.ts) and
// prints one JSON line. `cold`: one analyze() call in this fresh process (a new worker thread, pdfjs loaded
// from disk), then exit. `warm`: RUNS calls with a warm pooled worker, and RUNS of analyzeInProcess.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const [entry, file, mode] = process.argv.slice(2);
const { analyze, analyzeInProcess, closeIdleWorkers } = await import(entry);
const bytes = readFileSync(file);
const RUNS = Number(process.env.BENCH_RUNS ?? 50);
const referenceDate = new Date('2025-06-15T00:00:00Z');

async function time(fn, runs) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return samples;
}

if (mode === 'cold') {
  const [cold] = await time(() => analyze(bytes, { referenceDate }), 1);
  await closeIdleWorkers();
  console.log(JSON.stringify({ cold }));
} else {
  const first = await analyzeInProcess(bytes, { referenceDate });
  await time(() => analyzeInProcess(bytes, { referenceDate }), 5); // warm-up
  const inProcess = await time(() => analyzeInProcess(bytes, { referenceDate }), RUNS);
  await time(() => analyze(bytes, { referenceDate }), 5); // starts the worker and warms it
  const worker = await time(() => analyze(bytes, { referenceDate }), RUNS);
  await closeIdleWorkers();
  const d = first.analysis.diagnostics;
  console.log(JSON.stringify({ inProcess, worker, pages: d.pages, format: d.format, skills: first.analysis.skills.length, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
}
