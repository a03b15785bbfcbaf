/**
 * heldout-62 generator: writes every document into documents/, then truth.json and manifest.json.
 *   cd packages/cv && npx tsx eval/heldout-62/generate.ts [--force]
 * Refuses to run when manifest.json exists unless --force is given.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Packer, type Document } from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people, type Person } from './people.ts';
import { REF } from './fmt.ts';
import * as H from './tpl-html.ts';
import * as D from './tpl-docx.ts';
import * as X from './tpl-txt.ts';

type Layout = 'single' | 'two-column' | 'table';
type Spec =
  | { kind: 'html'; template: string; layout: Layout; fn: (p: Person) => string; people: string[] }
  | { kind: 'docx'; template: string; layout: Layout; fn: (p: Person) => Document; people: string[] }
  | { kind: 'txt'; template: string; layout: Layout; fn: (p: Person) => string; people: string[] };

export const SPECS: Spec[] = [
  // single
  { kind: 'html', template: 'pleading-exhibit', layout: 'single', fn: H.pleadingExhibit, people: ['p04'] },
  { kind: 'html', template: 'zhengming-seal', layout: 'single', fn: H.zhengmingSeal, people: ['p09', 'p12'] },
  { kind: 'html', template: 'gaozhi', layout: 'single', fn: H.gaozhi, people: ['p10'] },
  { kind: 'txt', template: 'unicode-bold', layout: 'single', fn: X.unicodeBold, people: ['p02', 'p06', 'p14'] },
  { kind: 'docx', template: 'gaeilge', layout: 'single', fn: D.gaeilge, people: ['p01'] },
  { kind: 'docx', template: 'underscore-form', layout: 'single', fn: D.underscoreForm, people: ['p07'] },
  { kind: 'html', template: 'antispam-site', layout: 'single', fn: H.antispamSite, people: ['p05', 'p15'] },
  { kind: 'txt', template: 'fw-digits', layout: 'single', fn: X.fwDigitsTxt, people: ['p08', 'p16'] },
  { kind: 'docx', template: 'cis-resume', layout: 'single', fn: D.cisResume, people: ['p03'] },
  { kind: 'docx', template: 'reference-page', layout: 'single', fn: D.referencePage, people: ['p04'] },
  { kind: 'html', template: 'ld-ies', layout: 'single', fn: H.ldIes, people: ['p11'] },
  { kind: 'txt', template: 'mbox-sent', layout: 'single', fn: X.mboxSent, people: ['p07'] },
  // table
  { kind: 'html', template: 'nianbiao', layout: 'table', fn: H.nianbiao, people: ['p08'] },
  { kind: 'docx', template: 'whv-farm', layout: 'table', fn: D.whvFarm, people: ['p06'] },
  { kind: 'html', template: 'numbers-sheet', layout: 'table', fn: H.numbersSheet, people: ['p02', 'p04', 'p05', 'p13'] },
  { kind: 'docx', template: 'ke-workpermit', layout: 'table', fn: D.keWorkpermit, people: ['p16'] },
  { kind: 'html', template: 'tw-laobao', layout: 'table', fn: H.twLaobao, people: ['p10'] },
  { kind: 'docx', template: 'cqa-heidai', layout: 'table', fn: D.cqaHeidai, people: ['p09'] },
  { kind: 'html', template: 'enbek-kz', layout: 'table', fn: H.enbekKz, people: ['p03'] },
  { kind: 'docx', template: 'hk-employee-data', layout: 'table', fn: D.hkEmployeeData, people: ['p11'] },
  { kind: 'docx', template: 'anerkennung', layout: 'table', fn: D.anerkennung, people: ['p15'] },
  { kind: 'docx', template: 'waimao-table', layout: 'table', fn: D.waimaoTable, people: ['p12'] },
  { kind: 'html', template: 'hk-ttps', layout: 'table', fn: H.hkTtps, people: ['p14'] },
  { kind: 'html', template: 'ie-prof-body', layout: 'table', fn: H.ieProfBody, people: ['p01'] },
  // two-column
  { kind: 'html', template: 'gis-map', layout: 'two-column', fn: H.gisMap, people: ['p01', 'p07'] },
  { kind: 'html', template: 'maobu', layout: 'two-column', fn: H.maobu, people: ['p08', 'p09', 'p12'] },
  { kind: 'docx', template: 'word-gutter', layout: 'two-column', fn: D.wordGutter, people: ['p02', 'p13', 'p14'] },
  { kind: 'html', template: 'trademe', layout: 'two-column', fn: H.trademe, people: ['p05'] },
  { kind: 'html', template: 'canva-hospo', layout: 'two-column', fn: H.canvaHospo, people: ['p06'] },
  { kind: 'docx', template: 'tw-2col', layout: 'two-column', fn: D.tw2col, people: ['p10'] },
  { kind: 'html', template: 'locale-labels', layout: 'two-column', fn: H.localeLabels, people: ['p03', 'p11', 'p13', 'p15', 'p16'] },
];

const short = (l: Layout) => (l === 'two-column' ? 'twocol' : l);
const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(here, 'documents');

async function main() {
  const force = process.argv.includes('--force');
  if (existsSync(path.join(here, 'manifest.json')) && !force) {
    console.error('manifest.json exists; refusing to overwrite the set (use --force).');
    process.exit(1);
  }
  if (existsSync(docs)) for (const f of readdirSync(docs)) rmSync(path.join(docs, f));
  mkdirSync(docs, { recursive: true });
  const byId = new Map(people.map((p) => [p.id, p]));
  const entries: { file: string; person: string; template: string; layout: Layout; producer: string; language: string }[] = [];
  const html: [string, string][] = [];
  for (const s of SPECS) {
    for (const id of s.people) {
      const p = byId.get(id)!;
      const base = `${id}-${short(s.layout)}-${s.template}`;
      const common = { person: id, template: s.template, layout: s.layout, language: p.language };
      if (s.kind === 'html') {
        html.push([`${base}.pdf`, s.fn(p)]);
        entries.push({ file: `${base}.pdf`, producer: 'chromium', ...common });
      } else if (s.kind === 'docx') {
        writeFileSync(path.join(docs, `${base}.docx`), await Packer.toBuffer(s.fn(p)));
        entries.push({ file: `${base}.docx`, producer: 'docx', ...common });
        entries.push({ file: `${base}.pdf`, producer: 'libreoffice', ...common });
      } else {
        writeFileSync(path.join(docs, `${base}.txt`), s.fn(p), 'utf8');
        entries.push({ file: `${base}.txt`, producer: 'txt', ...common });
      }
    }
  }
  exportDocxToPdf(docs);
  await printHtml(docs, html);
  entries.sort((a, b) => a.file.localeCompare(b.file));
  const truth = {
    referenceDate: REF,
    people: people.map((p) => {
      const work = p.jobs.map((j) => ({ company: j.company, start: j.start, end: j.end }));
      return {
        id: p.id, language: p.language, name: p.name, email: p.email, phone: p.phone,
        skills: p.skills.map((s) => [s.text, ...(s.syn ?? [])].join(' | ')),
        work,
        yearsOfExperience: yearsWorked(work, REF),
      };
    }),
    documents: entries,
  };
  writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifestOf(docs, entries.map((e) => e.file)), null, 2) + '\n');
  console.log(`${entries.length} documents written.`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => { console.error(e); process.exit(1); });
}
