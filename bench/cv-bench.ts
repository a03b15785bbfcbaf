/**
 * Table 8 of BENCHMARKS.md (`npm run bench`): the CV analyser's time per format — median / p95 with a warm
 * worker (and in-process), and cold start (a fresh process's first `analyze()`: new worker thread, pdfjs
 * loaded) — for a 2-page English PDF, a DOCX, a 2-page Chinese PDF and plain text. The package is built
 * first (the project's Rollup config, cv only; skipped under `npm run bench`, which built it) and measured
 * in plain `node` child processes (bench/cv-bench-child.mjs), so the figures are those of the published
 * code, not of tsx.
 *
 *   npm run bench -- --only 8                  # this table alone, after kiln-dev's install and build
 *   npm run bench:cv                           # the same, building @kiln/cv itself
 *   pnpm exec tsx bench/cv-bench.ts [--quick]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDocument, type Block, type DocumentModel } from '../packages/cv/eval/fixtures/document-model';
import { loadTruths } from '../packages/cv/eval/fixtures/generate';
import { renderDocx } from '../packages/cv/eval/fixtures/render-docx';
import { renderPdfkit } from '../packages/cv/eval/fixtures/render-pdfkit';
import { renderTxt } from '../packages/cv/eval/fixtures/render-txt';
import { ascending, emitSection, percentile, quick, ratio } from './lib/report';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'packages/cv/eval/.generated/bench');

/** A CV of the given language, long enough for two pages: bullets with a second sentence, then projects. */
async function twoPageModel(language: 'en' | 'zh'): Promise<DocumentModel> {
  const truth = [...loadTruths()].filter((t) => t.language === language).sort((a, b) => b.work.length - a.work.length)[0]!;
  const model = buildDocument(truth, 'single');
  const more = language === 'en' ? ", measured weekly against the team's service-level objectives." : '，并按周跟踪服务等级目标。';
  model.main = model.main.flatMap((b): Block[] => (b.t === 'bullet' ? [b, { ...b, text: `${b.text.replace(/[.。]$/, '')}${more}` }] : [b]));
  // Add project bullets until the PDF runs onto a second page (and not a third).
  const pageCount = (pdf: Uint8Array) => (Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
  let extra = 0;
  while (pageCount(await renderPdfkit(model)) < 2 && extra < 60) {
    if (extra === 0) model.main.push({ t: 'heading', text: language === 'en' ? 'Projects' : '项目经历' });
    const text = language === 'en' ? `Side project ${extra + 1}: a small open-source log search tool in TypeScript, tested with Vitest.` : `个人项目${extra + 1}：用TypeScript编写的日志检索工具，使用Vitest测试。`;
    model.main.push({ t: 'bullet', text });
    extra++;
  }
  return model;
}

const started = performance.now();
const RUNS = Number(process.env.BENCH_RUNS ?? (quick ? 10 : 40));
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? (quick ? 2 : 5));
// Issue #11's target, which the CV analyser's own work is held to.
const TARGET_MS = 50;
const entry = path.join(root, 'packages/cv/dist/esm/index.js');

if (process.env.BENCH_SKIP_BUILD !== '1' || !existsSync(entry)) {
  const build = spawnSync('pnpm', ['exec', 'rollup', '-c', 'rollup.config.mjs'], { cwd: root, env: { ...process.env, KILN_PACKAGES: 'packages/cv' }, encoding: 'utf8' });
  if (build.status !== 0) {
    console.error(build.stdout, build.stderr);
    process.exit(1);
  }
}
mkdirSync(out, { recursive: true });
const en = await twoPageModel('en');
const zh = await twoPageModel('zh');
const inputs = [
  { label: '2-page PDF, English (pdfkit)', file: path.join(out, 'cv-en.pdf'), bytes: await renderPdfkit(en), targeted: true },
  { label: 'DOCX, English (docx)', file: path.join(out, 'cv-en.docx'), bytes: await renderDocx(en), targeted: false },
  { label: '2-page PDF, Chinese (pdfkit, embedded CJK font)', file: path.join(out, 'cv-zh.pdf'), bytes: await renderPdfkit(zh), targeted: true },
  { label: 'plain text, English (UTF-8)', file: path.join(out, 'cv-en.txt'), bytes: renderTxt(en, 0), targeted: false },
];

/** Runs the child in `mode` and returns its JSON line, or throws with its output. */
function child<T>(file: string, mode: 'warm' | 'cold'): T {
  const run = spawnSync(process.execPath, [path.join(root, 'bench/cv-bench-child.mjs'), entry, file, mode], { encoding: 'utf8', env: { ...process.env, BENCH_RUNS: String(RUNS) } });
  if (run.status !== 0) throw new Error(`cv-bench-child ${mode} ${file} exited with ${run.status}:\n${run.stdout}\n${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!) as T;
}

interface Warm {
  inProcess: number[];
  worker: number[];
  pages: number;
  format: string;
  skills: number;
  peakRssMb: number;
}
const f = (n: number) => n.toFixed(1);
const rows: string[] = [];
const ratios: string[] = [];
for (const input of inputs) {
  writeFileSync(input.file, input.bytes);
  const warm = child<Warm>(input.file, 'warm');
  const cold = ascending(Array.from({ length: COLD_RUNS }, () => child<{ cold: number }>(input.file, 'cold').cold));
  const worker = ascending(warm.worker);
  const inProcess = ascending(warm.inProcess);
  const medianWorker = percentile(worker, 50);
  rows.push(`| ${input.label} | ${(input.bytes.length / 1024).toFixed(1)} KB, ${warm.pages} page(s), ${warm.skills} skills | ${f(medianWorker)} | ${f(percentile(worker, 95))} | ${f(percentile(inProcess, 50))} | ${f(percentile(inProcess, 95))} | ${f(percentile(cold, 50))} | ${f(percentile(cold, 95))} | ${warm.peakRssMb.toFixed(0)} |`);
  ratios.push(`${input.label}: cold start median ${ratio(percentile(cold, 50), medianWorker)} the warm-worker median${input.targeted ? `; warm-worker median ${f(medianWorker)} ms against the target ≤ ${TARGET_MS} ms (issue #11): ${medianWorker <= TARGET_MS ? 'met' : 'not met'}` : ''}`);
  console.error(`[bench] ${input.label} done`);
}

emitSection({
  id: '8-cv',
  title: 'CV analyser: time per format, warm and cold',
  setup: [
    `The built \`@kiln/cv\` (\`dist/esm\`) in plain \`node\` child processes, on CVs generated from the evaluation set's models (\`packages/cv/eval/fixtures\`): the longest English and Chinese CVs lengthened to two pages and rendered with pdfkit (the Chinese one with an embedded CJK font), the English one as DOCX and as UTF-8 plain text.`,
    `Warm: one process per format, 5 warm-up calls, then ${RUNS} timed calls of \`analyze()\` (a pooled worker thread, what the demo's job calls) and ${RUNS} of \`analyzeInProcess()\` (no worker). Cold start: ${COLD_RUNS} fresh processes per format, each timing its first \`analyze()\` (a new worker thread, pdfjs and the taxonomy loaded), not counting Node's own start or the import of \`@kiln/cv\`. Median / p95 by nearest rank; peak RSS is the warm process's maximum resident set.`,
  ].join('\n\n'),
  table: [
    '| input | size | warm worker median (ms) | p95 (ms) | in-process median (ms) | p95 (ms) | cold start median (ms) | p95 (ms) | peak RSS (MB) |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
  ].join('\n'),
  ratios,
  notes: [`With ${COLD_RUNS} cold starts per format, their p95 is the slowest of the ${COLD_RUNS}.`],
  rerun: 'npm run bench -- --only 8',
});
console.error(`[bench] table 8 took ${((performance.now() - started) / 1000).toFixed(1)} s`);
