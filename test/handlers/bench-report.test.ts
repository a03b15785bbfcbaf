// `npm run bench` (bench/run-all.ts): a table script that fails, hangs or is missing becomes a section that
// says so, never a table; the sections a script reports are read back in order.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderBenchmarks, type BenchmarksMeta, type ScriptResult } from '../../bench/lib/assemble';
import type { BenchSection } from '../../bench/lib/report';
import { runScript } from '../../bench/lib/run-script';

const dir = mkdtempSync(path.join(os.tmpdir(), 'kiln-bench-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A fake table script in plain Node (no tsx start-up), run the way the orchestrator runs one. */
function script(name: string, body: string) {
  const file = path.join(dir, name);
  writeFileSync(file, body);
  return (timeoutMs = 10_000) => runScript({ command: [process.execPath, file], file, cwd: dir, timeoutMs, onOutput: () => {} });
}

const section = (id: string): BenchSection => ({ id, title: `Table ${id}`, setup: 'setup', table: '| a |\n|---|\n| 1 |', ratios: [`${id}: 1.00× (target ≤ 2×: met)`], rerun: `run ${id}`, quick: false });

const meta: BenchmarksMeta = { date: new Date(0), commit: 'abc', dirty: false, machine: 'm', versions: [['Node', 'v20']], totalMs: 1000, quick: false, only: null, steps: [] };

describe('bench orchestrator', () => {
  it('reads every section a script wrote, in order', async () => {
    const run = await script('two.mjs', `import { writeFileSync } from 'node:fs';\nwriteFileSync(process.env.KILN_BENCH_OUT, JSON.stringify(${JSON.stringify([section('1-submit'), section('1-submit-b')])}));`)();
    expect(run.failure).toBeNull();
    expect(run.sections.map((s) => s.id)).toEqual(['1-submit', '1-submit-b']);
  });

  it('a failing script is a failure with its last output, even when it wrote nothing', async () => {
    const run = await script('fails.mjs', `console.error('the bench app did not start'); process.exit(3);`)();
    expect(run.failure).toMatch(/exited with code 3[\s\S]*the bench app did not start/);
    expect(run.sections).toEqual([]);
  });

  it('a script past its time limit is stopped, with its children', async () => {
    const run = await script('hangs.mjs', `import { spawn } from 'node:child_process';\nspawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'inherit' });\nsetInterval(() => {}, 1000);`)(500);
    expect(run.failure).toMatch(/stopped at its time limit/);
    // close waits for every holder of the output pipe: the grandchild was stopped too, or this would hang.
    expect(run.durationMs).toBeLessThan(5000);
  });

  it('exit code 0 without a section, and a missing script, are failures too', async () => {
    expect((await script('silent.mjs', '')()).failure).toMatch(/wrote no section/);
    const missing = path.join(dir, 'nope.ts');
    expect((await runScript({ command: ['node', missing], file: missing, cwd: dir, timeoutMs: 1000 })).failure).toMatch(/does not exist/);
  });

  it('BENCHMARKS.md lists the ratios first and turns a failure into a section without figures', () => {
    const results: ScriptResult[] = [
      { id: '5-processor', name: 'Processor', script: 'bench/queue.ts', sections: [section('5-processor')], failure: null, durationMs: 2000, timeoutMs: 60_000 },
      { id: '6-client', name: 'Client size', script: 'bench/client-size.ts', sections: [], failure: 'exited with code 1', durationMs: 500, timeoutMs: 60_000 },
    ];
    const md = renderBenchmarks(results, meta);
    expect(md).toContain('**Incomplete**: Client size (`bench/client-size.ts`) not measured');
    expect(md.indexOf('5-processor: 1.00×')).toBeLessThan(md.indexOf('## Table 5-processor'));
    expect(md).toContain('## Client size: not measured in this run\n\n`bench/client-size.ts` exited with code 1\n\nRe-run this table alone: `npm run bench -- --only 6`');
  });
});
