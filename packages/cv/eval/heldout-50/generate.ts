/**
 * heldout-50 generator: writes documents/, truth.json and manifest.json.
 *   cd packages/cv && npx tsx eval/heldout-50/generate.ts [--force]
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Packer } from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people, type Person } from './people.ts';
import * as H from './html.ts';
import * as X from './txt.ts';
import * as W from './docx.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(here, 'documents');
const REF = '2026-12';
if (existsSync(path.join(here, 'manifest.json')) && !process.argv.includes('--force')) {
  console.error('manifest.json exists — refusing to overwrite the set (use --force).');
  process.exit(1);
}

type Layout = 'single' | 'two-column' | 'table';
const SHORT: Record<Layout, string> = { single: 'single', 'two-column': 'twocol', table: 'table' };
type Spec = { template: string; layout: Layout; kind: 'html' | 'txt' | 'docx'; people: string[]; fn: (p: Person) => unknown };
const specs: Spec[] = [
  // single
  { template: 'gulftalent', layout: 'single', kind: 'html', people: ['p02', 'p06'], fn: H.gulftalent },
  { template: 'moderntimeline', layout: 'single', kind: 'html', people: ['p05', 'p16'], fn: H.moderntimeline },
  { template: 'outline-roman', layout: 'single', kind: 'html', people: ['p04', 'p06'], fn: H.outlineRoman },
  { template: 'pinyin-ruby', layout: 'single', kind: 'html', people: ['p08', 'p15'], fn: H.pinyinRuby },
  { template: 'zhishu', layout: 'single', kind: 'html', people: ['p11', 'p14'], fn: H.zhishu },
  { template: 'jupyter', layout: 'single', kind: 'html', people: ['p13'], fn: H.jupyter },
  { template: 'dates-last', layout: 'single', kind: 'docx', people: ['p04', 'p09', 'p12'], fn: W.datesLast },
  { template: 'video-captions', layout: 'single', kind: 'txt', people: ['p01', 'p13'], fn: X.videoCaptions },
  { template: 'git-log', layout: 'single', kind: 'txt', people: ['p01'], fn: X.gitLog },
  { template: 'call-notes', layout: 'single', kind: 'txt', people: ['p03', 'p10'], fn: X.callNotes },
  // table
  { template: 'datatables', layout: 'table', kind: 'html', people: ['p01', 'p13', 'p12'], fn: H.datatables },
  { template: 'gsheets', layout: 'table', kind: 'html', people: ['p04', 'p11'], fn: H.gsheets },
  { template: 'my-spa', layout: 'table', kind: 'html', people: ['p06'], fn: H.spa8 },
  { template: 'zh-nengli-pingjia', layout: 'table', kind: 'html', people: ['p09'], fn: H.anguan },
  { template: 'skill-matrix', layout: 'table', kind: 'docx', people: ['p05', 'p15'], fn: W.skillMatrix },
  { template: 'in-epfo', layout: 'table', kind: 'docx', people: ['p03'], fn: W.inUan },
  { template: 'content-controls', layout: 'table', kind: 'docx', people: ['p02', 'p14', 'p16'], fn: W.ctrlForm },
  { template: 'antiword', layout: 'table', kind: 'txt', people: ['p07', 'p10'], fn: X.antiword },
  // two-column
  { template: 'rx-gengar', layout: 'two-column', kind: 'html', people: ['p01', 'p05', 'p15'], fn: H.gengar },
  { template: 'kanban', layout: 'two-column', kind: 'html', people: ['p02', 'p07'], fn: H.trello },
  { template: 'wiki-infobox', layout: 'two-column', kind: 'html', people: ['p06', 'p14', 'p09'], fn: H.wiki },
  { template: 'poster', layout: 'two-column', kind: 'html', people: ['p16', 'p12'], fn: H.poster },
  { template: 'three-cols', layout: 'two-column', kind: 'docx', people: ['p07', 'p10'], fn: W.threeCols },
  { template: 'cell-bars-right', layout: 'two-column', kind: 'docx', people: ['p11', 'p08'], fn: W.cellBar },
  { template: 'neofetch', layout: 'two-column', kind: 'txt', people: ['p13', 'p03'], fn: X.neofetch },
];

async function main() {
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  const byId = new Map(people.map((p) => [p.id, p]));
  const entries: { file: string; person: string; template: string; layout: Layout; producer: string; language: string }[] = [];
  const html: [string, string][] = [];
  for (const s of specs) for (const id of s.people) {
    const p = byId.get(id)!;
    const base = `${id}-${SHORT[s.layout]}-${s.template}`;
    const add = (file: string, producer: string) => entries.push({ file, person: id, template: s.template, layout: s.layout, producer, language: p.lang });
    if (s.kind === 'html') { html.push([`${base}.pdf`, s.fn(p) as string]); add(`${base}.pdf`, 'chromium'); }
    if (s.kind === 'txt') { writeFileSync(path.join(docs, `${base}.txt`), s.fn(p) as string, 'utf8'); add(`${base}.txt`, 'txt'); }
    if (s.kind === 'docx') {
      writeFileSync(path.join(docs, `${base}.docx`), await Packer.toBuffer(s.fn(p) as never));
      add(`${base}.docx`, 'docx'); add(`${base}.pdf`, 'libreoffice');
    }
  }
  await printHtml(docs, html);
  exportDocxToPdf(docs);
  entries.sort((a, b) => a.file.localeCompare(b.file));
  const truth = {
    referenceDate: REF,
    people: people.map((p) => ({
      id: p.id, language: p.lang, name: p.name, email: p.email, phone: p.phone, skills: p.skills,
      work: p.work.map((j) => ({ company: j.company, start: j.start, end: j.end })), yearsOfExperience: yearsWorked(p.work, REF),
    })),
    documents: entries,
  };
  const stray = readdirSync(docs).filter((f) => !entries.some((e) => e.file === f));
  if (stray.length) throw new Error(`unexpected files in documents/: ${stray.join(', ')}`);
  writeFileSync(path.join(here, 'truth.json'), `${JSON.stringify(truth, null, 2)}\n`);
  writeFileSync(path.join(here, 'manifest.json'), `${JSON.stringify(manifestOf(docs, entries.map((e) => e.file)), null, 2)}\n`);
  console.log(`${entries.length} documents, ${people.length} people, ${new Set(entries.map((e) => e.template)).size} templates`);
}
main().catch((e) => { console.error(e); process.exit(1); });
