/**
 * What every benchmark script shares: the machine line, percentiles, and the section it hands to
 * `npm run bench` (bench/run-all.ts), which runs each script as a child process and assembles BENCHMARKS.md.
 *
 * A script prints its figures for a person either way; when `KILN_BENCH_OUT` names a file it also writes its
 * section there as JSON, and `--quick` (or `KILN_BENCH_QUICK=1`) asks it for a smoke-sized run.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';

/** One table of BENCHMARKS.md, as a benchmark script reports it. */
export interface BenchSection {
  /** Stable id, also the order key in BENCHMARKS.md, e.g. `"1-submit"`. */
  id: string;
  /** The table's heading, e.g. `"Submit: Kiln against a bare route"`. */
  title: string;
  /** What was measured and how (setup, sizes, load tool, scale of time), as Markdown prose. */
  setup: string;
  /** Markdown table(s): the figures of this run. */
  table: string;
  /** One line each: the comparisons that matter, as ratios measured in this run, e.g. `"kick off: 1.12× the floor (target ≤ 1.3×)"`. */
  ratios: string[];
  /** Anything a reader must know to trust the figures (noise, skipped rows and why). */
  notes?: string[];
  /** The command that re-runs only this table. */
  rerun: string;
  /** True when the run was `--quick` (figures are a smoke run, not for quoting). */
  quick: boolean;
}

/** True when this run is a smoke run (`--quick` or `KILN_BENCH_QUICK=1`). */
export const quick = process.argv.includes('--quick') || process.env.KILN_BENCH_QUICK === '1';

/** `2 × Intel(R) Xeon(R) CPU @ 2.20GHz, 23.5 GB RAM, Node v20.20.2, linux x64` */
export function machine(): string {
  const cpu = os.cpus();
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB RAM, Node ${process.version}, ${os.platform()} ${os.arch()}`;
}

/** The p-th percentile (nearest rank) of ascending values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Ascending copy. */
export const ascending = (values: readonly number[]) => [...values].sort((a, b) => a - b);

/** `a / b` as `"1.23×"`. */
export const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

// Every section this process emitted: a script with two tables (ids `1-submit`, `1-submit-b`) writes both.
const emitted: BenchSection[] = [];

/**
 * Prints the section for a person and, under `npm run bench`, writes it where `KILN_BENCH_OUT` says
 * (a JSON array of every section this process has emitted so far, so a second call does not overwrite the first).
 */
export function emitSection(section: Omit<BenchSection, 'quick'>): void {
  const full: BenchSection = { ...section, quick };
  emitted.push(full);
  console.log(`\n## ${full.title}${quick ? ' (quick run)' : ''}\n\n${full.setup}\n\n${full.table}\n`);
  for (const line of full.ratios) console.log(`- ${line}`);
  for (const line of full.notes ?? []) console.log(`- note: ${line}`);
  const out = process.env.KILN_BENCH_OUT;
  if (out) writeFileSync(out, JSON.stringify(emitted, null, 2));
}
