/**
 * `pnpm --filter @kiln/cv bench` (root: `npm run bench:cv`): median and p95 analysis time and peak memory for
 * a 2-page PDF and a DOCX. The package is built first (the project's Rollup config, cv only) and measured in
 * a plain `node` child process per input, so the figures are those of the published code, not of tsx.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDocument, type Block, type DocumentModel } from '../packages/cv/eval/fixtures/document-model';
import { loadTruths } from '../packages/cv/eval/fixtures/generate';
import { renderDocx } from '../packages/cv/eval/fixtures/render-docx';
import { renderPdfkit } from '../packages/cv/eval/fixtures/render-pdfkit';

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

const build = spawnSync('pnpm', ['exec', 'rollup', '-c', 'rollup.config.mjs'], { cwd: root, env: { ...process.env, KILN_PACKAGES: 'packages/cv' }, encoding: 'utf8' });
if (build.status !== 0) {
  console.error(build.stdout, build.stderr);
  process.exit(1);
}
mkdirSync(out, { recursive: true });
const en = await twoPageModel('en');
const zh = await twoPageModel('zh');
const inputs = [
  ['2-page PDF, English (pdfkit)', path.join(out, 'cv-en.pdf'), await renderPdfkit(en)],
  ['DOCX, English (docx)', path.join(out, 'cv-en.docx'), await renderDocx(en)],
  ['2-page PDF, Chinese (pdfkit, embedded CJK font)', path.join(out, 'cv-zh.pdf'), await renderPdfkit(zh)],
] as const;
const cpu = os.cpus();
console.log(`machine: ${cpu.length} cores, ${cpu[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}, ${os.platform()} ${os.arch()}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB RAM`);
let missed = false;
for (const [label, file, bytes] of inputs) {
  writeFileSync(file, bytes);
  const child = spawnSync(process.execPath, [path.join(root, 'bench/cv-bench-child.mjs'), path.join(root, 'packages/cv/dist/esm/index.js'), file, label], { encoding: 'utf8', env: process.env });
  process.stdout.write(child.stdout);
  if (child.status !== 0) {
    console.error(child.stderr);
    process.exit(1);
  }
  if (/MISSED/.test(child.stdout)) missed = true;
}
console.log('\nin-process: analyzeInProcess in a warm process (what a long-lived job runner pays per CV).');
console.log('worker: analyze() with a warm pooled worker thread; "first" is one cold call (new worker, pdfjs load).');
console.log('peak RSS: the child process\'s maximum resident set over all its runs.');
process.exitCode = missed ? 1 : 0;
