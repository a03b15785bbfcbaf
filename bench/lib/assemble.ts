/**
 * Writes BENCHMARKS.md from what the table scripts reported: a header (machine, versions, commit, how long
 * each part took), the ratios of every table near the top, then each table. A script that did not run to
 * the end gets a section that says what happened and nothing else: no figure here is made up.
 */
import type { BenchSection } from './report';

/** One table script of `npm run bench`, as it ran. */
export interface ScriptResult {
  /** The section id the orchestrator expects, e.g. `"5-processor"`. */
  id: string;
  /** The table's short name, used when the script wrote nothing, e.g. `"Processor"`. */
  name: string;
  /** The script, relative to the repository, e.g. `"bench/queue.ts"`. */
  script: string;
  sections: BenchSection[];
  /** Why it failed, or null. */
  failure: string | null;
  durationMs: number;
  timeoutMs: number;
}

export interface BenchmarksMeta {
  date: Date;
  commit: string;
  /** Uncommitted changes when the run started. */
  dirty: boolean;
  machine: string;
  /** Name and version of each thing whose version matters to the figures. */
  versions: Array<[string, string]>;
  totalMs: number;
  quick: boolean;
  /** The `--only` selection, or null for every table. */
  only: string[] | null;
  /** Steps before the tables (the bench app's build), with their outcome. */
  steps: Array<{ name: string; durationMs: number; failure: string | null }>;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The sections a result contributes: the script's own, and one saying why when it failed. */
function sectionsOf(result: ScriptResult): BenchSection[] {
  if (!result.failure) return result.sections;
  const failed: BenchSection = {
    id: result.sections.length ? `${result.id}-failure` : result.id,
    title: result.sections.length ? `${result.name}: the script failed after the tables above` : `${result.name}: not measured in this run`,
    setup: `\`${result.script}\` ${result.failure}`,
    table: '',
    ratios: [],
    rerun: `npm run bench -- --only ${result.id.split('-')[0]}`,
    quick: false,
  };
  return [...result.sections, failed];
}

export function renderBenchmarks(results: readonly ScriptResult[], meta: BenchmarksMeta): string {
  const lines: string[] = [];
  const push = (...more: string[]) => lines.push(...more);
  push(`# Kiln benchmarks${meta.quick ? ' (quick smoke run: figures not for quoting)' : ''}`, '');
  const args = [...(meta.quick ? ['--quick'] : []), ...(meta.only ? ['--only', meta.only.join(',')] : [])];
  push(`Written by \`npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}\` (bench/run-all.ts); do not edit by hand. Every figure below was measured in this one run, and every ratio is of two figures from it.`, '');
  push(`- **Date**: ${meta.date.toISOString()}`);
  push(`- **Commit**: \`${meta.commit}\`${meta.dirty ? ' (with uncommitted changes)' : ''}`);
  push(`- **Machine**: ${meta.machine}`);
  push(`- **Versions**: ${meta.versions.map(([name, version]) => `${name} ${version}`).join(', ')}`);
  push(`- **Total time**: ${seconds(meta.totalMs)}`);
  const failed = results.filter((r) => r.failure);
  const stepFailures = meta.steps.filter((s) => s.failure);
  if (failed.length || stepFailures.length) {
    push(`- **Incomplete**: ${[...stepFailures.map((s) => `${s.name} failed`), ...failed.map((r) => `${r.name} (\`${r.script}\`) ${r.sections.length ? 'failed part-way' : 'not measured'}`)].join('; ')}; see below.`);
  }
  push('', '## Summary: the ratios', '');
  const all = results.flatMap(sectionsOf);
  for (const section of all) {
    // A table without ratios has nothing to summarise; a failure (no table) is listed so it is not missed.
    if (section.ratios.length === 0 && section.table) continue;
    push(`- **${section.title}**`, ...section.ratios.map((ratio) => `  - ${ratio}`));
  }
  push('', '## Time taken', '', '| part | script | time | limit | outcome |', '|---|---|---:|---:|---|');
  for (const step of meta.steps) push(`| ${step.name} | | ${seconds(step.durationMs)} | | ${step.failure ? 'failed' : 'ok'} |`);
  for (const r of results) push(`| ${r.name} | \`${r.script}\` | ${seconds(r.durationMs)} | ${seconds(r.timeoutMs)} | ${r.failure ? (r.sections.length ? 'failed part-way' : 'not measured') : 'ok'} |`);
  for (const step of stepFailures) push('', `**${step.name}** ${step.failure}`);
  for (const section of all) {
    push('', `## ${section.title}${section.quick ? ' (quick run)' : ''}`, '', section.setup.trim());
    if (section.table.trim()) push('', section.table.trim());
    if (section.ratios.length) push('', ...section.ratios.map((r) => `- ${r}`));
    if (section.notes?.length) push('', '**Notes**', '', ...section.notes.map((n) => `- ${n}`));
    push('', `Re-run this table alone: \`${section.rerun}\``);
  }
  return `${lines.join('\n')}\n`;
}
