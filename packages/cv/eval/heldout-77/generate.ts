/**
 * heldout-77 generator: writes documents/, truth.json and manifest.json.
 *   cd packages/cv && npx tsx eval/heldout-77/generate.ts [--force]
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Packer, type Document } from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { byId, people, type Person } from './people.ts';
import * as H from './html.ts';
import * as D from './docx.ts';
import * as T from './txt.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(here, 'documents');
const REF = '2026-12';

type Layout = 'single' | 'two-column' | 'table';
const short: Record<Layout, string> = { single: 'single', 'two-column': 'twocol', table: 'table' };
interface Tpl { name: string; layout: Layout; kind: 'html' | 'docx' | 'txt'; people: string[]; html?: (p: Person) => string; docx?: (p: Person) => Document; txt?: (p: Person) => string }

export const templates: Tpl[] = [
  { name: 'leader-dots', layout: 'single', kind: 'html', people: ['p01', 'p05'], html: H.leaderDots },
  { name: 'zh-kv-inline-jobs', layout: 'single', kind: 'html', people: ['p08', 'p11'], html: H.zhKvInline },
  { name: 'mixed-pinyin-headline', layout: 'single', kind: 'html', people: ['p13', 'p15'], html: H.mixedPinyin },
  { name: 'numbered-roles-2p', layout: 'single', kind: 'html', people: ['p03', 'p06'], html: H.numberedRoles },
  { name: 'css-columns-flow', layout: 'two-column', kind: 'html', people: ['p02', 'p07'], html: H.cssColumns },
  { name: 'zh-rail-right-svg', layout: 'two-column', kind: 'html', people: ['p09', 'p12'], html: H.zhRailRight },
  { name: 'flex-rail-bottomcontact', layout: 'two-column', kind: 'html', people: ['p14', 'p16'], html: H.flexRailBottom },
  { name: 'absolute-rail', layout: 'two-column', kind: 'html', people: ['p04', 'p06'], html: H.absoluteRail },
  { name: 'table-tenure', layout: 'table', kind: 'html', people: ['p02', 'p04'], html: H.tableTenure },
  { name: 'zh-rowspan-company', layout: 'table', kind: 'html', people: ['p10', 'p12'], html: H.zhRowspan },
  { name: 'twoline-jobs', layout: 'table', kind: 'html', people: ['p13', 'p15'], html: H.twoLineJobs },
  { name: 'ats-grid-print', layout: 'table', kind: 'html', people: ['p05', 'p07'], html: H.atsGrid },
  { name: 'docx-runhead-dotleader', layout: 'single', kind: 'docx', people: ['p03', 'p06'], docx: D.runheadDotleader },
  { name: 'docx-zh-prose-jobs', layout: 'single', kind: 'docx', people: ['p08', 'p11'], docx: D.zhProseJobs },
  { name: 'docx-twocell-footer-contact', layout: 'two-column', kind: 'docx', people: ['p14', 'p16'], docx: D.twocellFooterContact },
  { name: 'docx-zh-sectcols', layout: 'two-column', kind: 'docx', people: ['p09', 'p12'], docx: D.zhSectCols },
  { name: 'docx-vmerge-sections', layout: 'table', kind: 'docx', people: ['p10', 'p13'], docx: D.vmergeSections },
  { name: 'docx-employment-table', layout: 'table', kind: 'docx', people: ['p01', 'p02'], docx: D.employmentTable },
  { name: 'txt-hardwrap-brackets', layout: 'single', kind: 'txt', people: ['p04', 'p07'], txt: T.hardwrapBrackets },
  { name: 'txt-zh-at-lines', layout: 'single', kind: 'txt', people: ['p08', 'p11'], txt: T.zhAtLines },
  { name: 'txt-zh-outline', layout: 'single', kind: 'txt', people: ['p09'], txt: T.zhOutline },
  { name: 'txt-rst-table', layout: 'table', kind: 'txt', people: ['p01', 'p03'], txt: T.rstTable },
  { name: 'txt-plusgrid', layout: 'table', kind: 'txt', people: ['p05'], txt: T.plusGrid },
  { name: 'txt-box-table', layout: 'table', kind: 'txt', people: ['p10', 'p15'], txt: T.boxTable },
  { name: 'txt-rail-right', layout: 'two-column', kind: 'txt', people: ['p05', 'p14', 'p15', 'p16'], txt: T.railRight },
];

async function main() {
  const force = process.argv.includes('--force');
  if (existsSync(path.join(here, 'manifest.json')) && !force) {
    console.error('manifest.json exists — refusing to overwrite (use --force)');
    process.exit(1);
  }
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  const entries: { file: string; person: string; template: string; layout: Layout; producer: string; language: string }[] = [];
  const html: [string, string][] = [];
  for (const t of templates) {
    for (const id of t.people) {
      const p = byId[id];
      const base = `${id}-${short[t.layout]}-${t.name}`;
      const e = { person: id, template: t.name, layout: t.layout, language: p.lang };
      if (t.kind === 'html') { html.push([`${base}.pdf`, t.html!(p)]); entries.push({ file: `${base}.pdf`, producer: 'chromium', ...e }); }
      if (t.kind === 'txt') { writeFileSync(path.join(docs, `${base}.txt`), t.txt!(p), 'utf8'); entries.push({ file: `${base}.txt`, producer: 'txt', ...e }); }
      if (t.kind === 'docx') {
        writeFileSync(path.join(docs, `${base}.docx`), await Packer.toBuffer(t.docx!(p)));
        entries.push({ file: `${base}.docx`, producer: 'docx', ...e }, { file: `${base}.pdf`, producer: 'libreoffice', ...e });
      }
    }
  }
  exportDocxToPdf(docs);
  await printHtml(docs, html);
  entries.sort((a, b) => a.file.localeCompare(b.file));
  const truth = {
    referenceDate: REF,
    people: people.map((p) => ({
      id: p.id, language: p.lang, name: p.name, email: p.email, phone: p.phone,
      skills: p.skills.map((s) => [s, ...(p.syn[s] ?? [])].join(' | ')),
      work: p.work.map((j) => ({ company: j.company, start: j.start, end: j.end })),
      yearsOfExperience: yearsWorked(p.work, REF),
    })),
    documents: entries,
  };
  writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifestOf(docs, entries.map((e) => e.file)), null, 2) + '\n');
  console.log(`${entries.length} documents`);
}
main();
