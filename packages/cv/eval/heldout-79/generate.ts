/** heldout-79 generator: writes documents/, truth.json and manifest.json. Refuses to overwrite without --force. */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people, type Person } from './people.ts';
import * as H from './html.ts';
import * as D from './docx.ts';
import * as T from './txt.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(here, 'documents');
if (existsSync(path.join(here, 'manifest.json')) && !process.argv.includes('--force')) {
  console.error('manifest.json exists — pass --force to regenerate');
  process.exit(1);
}
rmSync(docs, { recursive: true, force: true });
mkdirSync(docs, { recursive: true });

type Layout = 'single' | 'two-column' | 'table';
type Kind = { kind: 'html'; fn: (p: Person) => string } | { kind: 'docx'; fn: (p: Person) => import('docx').Document } | { kind: 'txt'; fn: (p: Person) => string };
const templates: { name: string; layout: Layout; make: Kind; people: string[] }[] = [
  { name: 'band-dots', layout: 'two-column', make: { kind: 'html', fn: H.bandDots }, people: ['p01', 'p05'] },
  { name: 'wide-right', layout: 'two-column', make: { kind: 'html', fn: H.wideRight }, people: ['p03', 'p16'] },
  { name: 'inline-cols', layout: 'two-column', make: { kind: 'html', fn: H.inlineCols }, people: ['p06', 'p04'] },
  { name: 'zh-left-bars', layout: 'two-column', make: { kind: 'html', fn: H.zhLeftBars }, people: ['p08', 'p12'] },
  { name: 'zh-band-tags', layout: 'two-column', make: { kind: 'html', fn: H.zhBandTags }, people: ['p09', 'p10'] },
  { name: 'bilingual-areas', layout: 'two-column', make: { kind: 'html', fn: H.bilingualAreas }, people: ['p13', 'p14', 'p15'] },
  { name: 'sectcols-above', layout: 'two-column', make: { kind: 'docx', fn: D.sectCols }, people: ['p02', 'p11'] },
  { name: 'twocell-right', layout: 'two-column', make: { kind: 'docx', fn: D.twocellRight }, people: ['p04', 'p13'] },
  { name: 'textbox-left', layout: 'two-column', make: { kind: 'docx', fn: D.textboxLeft }, people: ['p07', 'p10'] },
  { name: 'band-row', layout: 'two-column', make: { kind: 'docx', fn: D.bandRow }, people: ['p09', 'p16'] },
  { name: 'de-slash', layout: 'single', make: { kind: 'html', fn: H.deSlash }, people: ['p02'] },
  { name: 'us-three-phones', layout: 'single', make: { kind: 'html', fn: H.usThreePhones }, people: ['p05'] },
  { name: 'ch-trunk', layout: 'single', make: { kind: 'html', fn: H.chTrunk }, people: ['p07'] },
  { name: 'hk-nocode', layout: 'single', make: { kind: 'html', fn: H.hkNocode }, people: ['p12'] },
  { name: 'header-phone', layout: 'single', make: { kind: 'docx', fn: D.headerPhone }, people: ['p01', 'p06'] },
  { name: 'footer-phone', layout: 'single', make: { kind: 'docx', fn: D.footerPhone }, people: ['p11', 'p03'] },
  { name: 'zh-labels', layout: 'single', make: { kind: 'txt', fn: T.zhLabels }, people: ['p08'] },
  { name: 'tw-mail', layout: 'single', make: { kind: 'txt', fn: T.twMail }, people: ['p10'] },
  { name: 'en-labelled', layout: 'single', make: { kind: 'txt', fn: T.enLabelled }, people: ['p04', 'p16', 'p06'] },
  { name: 'bilingual-code', layout: 'single', make: { kind: 'txt', fn: T.bilingualCode }, people: ['p13', 'p14', 'p15'] },
  { name: 'gdocs-table', layout: 'table', make: { kind: 'html', fn: H.gdocsTable }, people: ['p01', 'p05'] },
  { name: 'parcours-table', layout: 'table', make: { kind: 'html', fn: H.parcoursTable }, people: ['p03', 'p15'] },
  { name: 'zh-html-table', layout: 'table', make: { kind: 'html', fn: H.zhHtmlTable }, people: ['p09'] },
  { name: 'table-form', layout: 'table', make: { kind: 'docx', fn: D.tableForm }, people: ['p08', 'p14'] },
  { name: 'adoc-table', layout: 'table', make: { kind: 'txt', fn: T.adocTable }, people: ['p02', 'p07'] },
  { name: 'zh-dblbox', layout: 'table', make: { kind: 'txt', fn: T.zhDblBox }, people: ['p12'] },
];
const short = { single: 'single', 'two-column': 'twocol', table: 'table' } as const;
const byId = new Map(people.map((p) => [p.id, p]));
for (const p of people) {
  const u = new Set(p.skillGroups.flatMap(([, s]) => s));
  if (u.size !== p.skills.length || !p.skills.every((s) => u.has(s))) throw new Error(`${p.id}: skill groups differ from skills`);
}

type Doc = { file: string; person: string; template: string; layout: Layout; producer: 'chromium' | 'docx' | 'libreoffice' | 'txt'; language: string };
const out: Doc[] = [];
const html: [string, string][] = [];
for (const t of templates) {
  for (const id of t.people) {
    const p = byId.get(id)!;
    const base = `${id}-${short[t.layout]}-${t.name}`;
    const d = { person: id, template: t.name, layout: t.layout, language: p.lang };
    if (t.make.kind === 'html') { html.push([`${base}.pdf`, t.make.fn(p)]); out.push({ file: `${base}.pdf`, producer: 'chromium', ...d }); }
    else if (t.make.kind === 'txt') { writeFileSync(path.join(docs, `${base}.txt`), t.make.fn(p), 'utf8'); out.push({ file: `${base}.txt`, producer: 'txt', ...d }); }
    else { writeFileSync(path.join(docs, `${base}.docx`), await D.pack(t.make.fn(p))); out.push({ file: `${base}.docx`, producer: 'docx', ...d }, { file: `${base}.pdf`, producer: 'libreoffice', ...d }); }
  }
}
await printHtml(docs, html);
exportDocxToPdf(docs);
out.sort((a, b) => a.file.localeCompare(b.file));
const missing = out.filter((d) => !readdirSync(docs).includes(d.file));
if (missing.length) throw new Error(`missing: ${missing.map((d) => d.file).join(', ')}`);

const truth = {
  referenceDate: '2026-12',
  people: people.map((p) => ({
    id: p.id, language: p.lang, name: p.name, email: p.email, phone: p.phone,
    skills: p.skills.map((s) => (p.syn?.[s] ? `${s} | ${p.syn[s]}` : s)),
    work: [...p.work].sort((a, b) => (a.start < b.start ? -1 : 1)).map((j) => ({ company: j.company, start: j.start, end: j.end })),
    yearsOfExperience: yearsWorked(p.work, '2026-12'),
  })),
  documents: out,
};
writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifestOf(docs, out.map((d) => d.file)), null, 2) + '\n');
console.log(`${out.length} documents`);
