/**
 * heldout-47 generator: writes every document into documents/, then truth.json and manifest.json.
 * Refuses to run when manifest.json exists unless given --force.
 *
 *   cd packages/cv && npx tsx eval/heldout-47/generate.ts [--force]
 */
import { existsSync, mkdirSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Packer, type Document } from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people, type Person } from './people.ts';
import * as H from './tpl-html.ts';
import * as X from './tpl-docx.ts';
import * as TX from './tpl-txt.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docsDir = path.join(here, 'documents');
const REF = '2026-12';

if (existsSync(path.join(here, 'manifest.json')) && !process.argv.includes('--force')) {
  console.error('manifest.json exists — the set is already generated. Re-run with --force to overwrite it.');
  process.exit(1);
}

type Layout = 'single' | 'two-column' | 'table';
type Kind = 'html' | 'docx' | 'txt';
interface Template { layout: Layout; kind: Kind; html?: (p: Person) => string; docx?: (p: Person) => Document; txt?: (p: Person) => string }

const T: Record<string, Template> = {
  // single
  redline: { layout: 'single', kind: 'docx', docx: X.redline },
  'keyword-stuffed': { layout: 'single', kind: 'docx', docx: X.keywordStuffed },
  fengmian: { layout: 'single', kind: 'docx', docx: X.fengmian },
  interlinear: { layout: 'single', kind: 'html', html: H.interlinear },
  'code-editor': { layout: 'single', kind: 'html', html: H.codeEditor },
  'ai-chat': { layout: 'single', kind: 'txt', txt: TX.aiChat },
  'qq-log': { layout: 'single', kind: 'txt', txt: TX.qqLog },
  'fedi-thread': { layout: 'single', kind: 'txt', txt: TX.fediThread },
  'mutt-reply': { layout: 'single', kind: 'txt', txt: TX.muttReply },
  'npx-card': { layout: 'single', kind: 'txt', txt: TX.npxCard },
  // table
  'cl-antecedentes': { layout: 'table', kind: 'docx', docx: X.clAntecedentes },
  'side-tabs': { layout: 'table', kind: 'docx', docx: X.sideTabs },
  'parallel-cells': { layout: 'table', kind: 'docx', docx: X.parallelCells },
  'cell-bars': { layout: 'table', kind: 'docx', docx: X.cellBars },
  'yacht-crew': { layout: 'table', kind: 'html', html: H.yacht },
  'notion-db': { layout: 'table', kind: 'html', html: H.notionDb },
  'wjx-answer': { layout: 'table', kind: 'html', html: H.wjx },
  'webmail-print': { layout: 'table', kind: 'html', html: H.webmail },
  'coach-cv': { layout: 'table', kind: 'html', html: H.coach },
  // two-column
  'sb-resume': { layout: 'two-column', kind: 'html', html: H.sbResume },
  proginn: { layout: 'two-column', kind: 'html', html: H.proginn },
  researchmap: { layout: 'two-column', kind: 'html', html: H.researchmap },
  tufte: { layout: 'two-column', kind: 'html', html: H.tufte },
  spine: { layout: 'two-column', kind: 'html', html: H.spine },
  'float-table': { layout: 'two-column', kind: 'docx', docx: X.floatTable },
  pdf2word: { layout: 'two-column', kind: 'docx', docx: X.pdf2word },
  'tab-columns': { layout: 'two-column', kind: 'docx', docx: X.tabColumns },
};

/** Which person gets which templates. */
const PLAN: Record<string, string[]> = {
  p01: ['cl-antecedentes', 'webmail-print', 'mutt-reply'],
  p02: ['redline', 'tufte', 'mutt-reply'],
  p03: ['yacht-crew', 'tab-columns'],
  p04: ['fedi-thread', 'code-editor', 'side-tabs'],
  p05: ['notion-db', 'float-table', 'ai-chat'],
  p06: ['keyword-stuffed', 'sb-resume', 'spine'],
  p07: ['coach-cv', 'side-tabs', 'sb-resume'],
  p08: ['qq-log', 'parallel-cells', 'wjx-answer'],
  p09: ['proginn', 'wjx-answer', 'parallel-cells'],
  p10: ['ai-chat', 'pdf2word', 'webmail-print'],
  p11: ['pdf2word', 'webmail-print', 'spine'],
  p12: ['fengmian', 'tab-columns'],
  p13: ['keyword-stuffed', 'cell-bars'],
  p14: ['notion-db', 'npx-card', 'interlinear', 'qq-log'],
  p15: ['researchmap', 'float-table', 'interlinear'],
  p16: ['redline', 'ai-chat', 'tufte'],
};

const short = (l: Layout) => (l === 'two-column' ? 'twocol' : l);

async function main() {
  rmSync(docsDir, { recursive: true, force: true });
  mkdirSync(docsDir, { recursive: true });
  const documents: { file: string; person: string; template: string; layout: Layout; producer: string; language: string }[] = [];
  const html: [string, string][] = [];
  for (const p of people) {
    for (const name of PLAN[p.id]) {
      const t = T[name];
      if (!t) throw new Error(`unknown template ${name}`);
      const base = `${p.id}-${short(t.layout)}-${name}`;
      const rec = (file: string, producer: string) => documents.push({ file, person: p.id, template: name, layout: t.layout, producer, language: p.language });
      if (t.kind === 'txt') {
        writeFileSync(path.join(docsDir, `${base}.txt`), t.txt!(p), 'utf8');
        rec(`${base}.txt`, 'txt');
      } else if (t.kind === 'docx') {
        writeFileSync(path.join(docsDir, `${base}.docx`), await Packer.toBuffer(t.docx!(p)));
        rec(`${base}.docx`, 'docx');
        rec(`${base}.pdf`, 'libreoffice');
      } else {
        html.push([`${base}.pdf`, t.html!(p)]);
        rec(`${base}.pdf`, 'chromium');
      }
    }
  }
  if (process.env.H47_KEEP_HTML) {
    mkdirSync(process.env.H47_KEEP_HTML, { recursive: true });
    for (const [f, h] of html) writeFileSync(path.join(process.env.H47_KEEP_HTML, f.replace(/\.pdf$/, '.html')), h);
  }
  await printHtml(docsDir, html);
  exportDocxToPdf(docsDir);

  const missing = documents.filter((d) => !readdirSync(docsDir).includes(d.file));
  if (missing.length) throw new Error(`not produced: ${missing.map((d) => d.file).join(', ')}`);

  documents.sort((a, b) => a.file.localeCompare(b.file));
  const truth = {
    referenceDate: REF,
    people: people.map((p) => ({
      id: p.id,
      language: p.language,
      name: p.name,
      email: p.email,
      phone: p.phone,
      skills: p.skills,
      work: p.work.map((j) => ({ company: j.company, start: j.start, end: j.end })),
      yearsOfExperience: yearsWorked(p.work, REF),
    })),
    documents,
  };
  writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifestOf(docsDir, documents.map((d) => d.file)), null, 2) + '\n');
  console.log(`heldout-47: ${documents.length} documents from ${people.length} people and ${new Set(documents.map((d) => d.template)).size} templates`);
}

await main();
