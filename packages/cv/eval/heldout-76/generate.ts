/**
 * heldout-76 generator: writes documents/, truth.json and manifest.json.
 *   cd packages/cv && npx tsx eval/heldout-76/generate.ts [--force]
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Packer, type Document } from 'docx';
import { printHtml, exportDocxToPdf, yearsWorked, manifestOf } from '../dev-layouts/render.ts';
import { people, type Person } from './people.ts';
import * as H from './html.ts';
import * as D from './docxtpl.ts';
import * as X from './txttpl.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(here, 'documents');
if (existsSync(path.join(here, 'manifest.json')) && !process.argv.includes('--force')) {
  console.error('manifest.json exists — refusing to overwrite (use --force)');
  process.exit(1);
}
type Layout = 'single' | 'two-column' | 'table';
type Producer = 'chromium' | 'docx' | 'txt';
interface Tpl { name: string; layout: Layout; producer: Producer; people: string[]; make: (p: Person) => string | Document }
const tpls: Tpl[] = [
  { name: 'dates-at-end', layout: 'single', producer: 'chromium', people: ['p01', 'p06'], make: H.datesAtEnd },
  { name: 'title-dash-dates', layout: 'single', producer: 'chromium', people: ['p03', 'p14'], make: H.titleDashDates },
  { name: 'chrono-margin', layout: 'single', producer: 'chromium', people: ['p04', 'p11'], make: H.chronoMargin },
  { name: 'zh-duration-right', layout: 'single', producer: 'chromium', people: ['p08', 'p12'], make: H.zhDurationRight },
  { name: 'label-first', layout: 'single', producer: 'chromium', people: ['p16', 'p05'], make: H.labelFirst },
  { name: 'period-duration-table', layout: 'table', producer: 'chromium', people: ['p02', 'p10'], make: H.periodDurationTable },
  { name: 'employer-span-table', layout: 'table', producer: 'chromium', people: ['p15', 'p09'], make: H.employerSpanTable },
  { name: 'from-to-cells', layout: 'table', producer: 'chromium', people: ['p07', 'p13'], make: H.fromToCells },
  { name: 'grid-date-gutter', layout: 'two-column', producer: 'chromium', people: ['p02', 'p05'], make: H.gridDateGutter },
  { name: 'rail-right-tenure', layout: 'two-column', producer: 'chromium', people: ['p08', 'p16'], make: H.railRightTenure },
  { name: 'table-cell-aside', layout: 'two-column', producer: 'chromium', people: ['p03', 'p12'], make: H.tableCellAside },
  { name: 'css-columns-flow', layout: 'two-column', producer: 'chromium', people: ['p10', 'p04'], make: H.cssColumnsFlow },
  { name: 'de-seit-tabs', layout: 'single', producer: 'docx', people: ['p02'], make: D.deSeitTabs },
  { name: 'title-paren', layout: 'single', producer: 'docx', people: ['p07', 'p13'], make: D.titleParen },
  { name: 'zh-employer-span', layout: 'single', producer: 'docx', people: ['p10'], make: D.zhEmployerSpan },
  { name: 'it-right-tab', layout: 'single', producer: 'docx', people: ['p06'], make: D.itRightTab },
  { name: 'es-dates-table', layout: 'table', producer: 'docx', people: ['p01'], make: D.esDatesTable },
  { name: 'tokyo-table', layout: 'table', producer: 'docx', people: ['p14'], make: D.tokyoTable },
  { name: 'tw-nianzi-table', layout: 'table', producer: 'docx', people: ['p09'], make: D.twNianziTable },
  { name: 'hk-chrono-table', layout: 'table', producer: 'docx', people: ['p11'], make: D.hkChronoTable },
  { name: 'sg-sectcols', layout: 'two-column', producer: 'docx', people: ['p15'], make: D.sgSectCols },
  { name: 'rail-right-br', layout: 'two-column', producer: 'docx', people: ['p05'], make: D.railRightBr },
  { name: 'left-years', layout: 'two-column', producer: 'docx', people: ['p04'], make: D.leftYears },
  { name: 'txt-profile-localized', layout: 'single', producer: 'txt', people: ['p01', 'p03', 'p07'], make: X.profileLocalized },
  { name: 'txt-zh-duration', layout: 'single', producer: 'txt', people: ['p08', 'p12'], make: X.zhDurationTxt },
  { name: 'txt-tenure-grid', layout: 'table', producer: 'txt', people: ['p08', 'p13', 'p14', 'p15'], make: X.tenureGrid },
  { name: 'txt-oldest-first', layout: 'single', producer: 'txt', people: ['p03', 'p06', 'p11', 'p12', 'p16'], make: X.oldestFirst },
];
const short = { single: 'single', 'two-column': 'twocol', table: 'table' } as const;

async function main() {
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  const byId = new Map(people.map((p) => [p.id, p]));
  const html: [string, string][] = [];
  const documents: Record<string, string>[] = [];
  for (const t of tpls) for (const id of t.people) {
    const p = byId.get(id)!;
    const base = `${id}-${short[t.layout]}-${t.name}`;
    const row = (file: string, producer: string) => documents.push({ file, person: id, template: t.name, layout: t.layout, producer, language: p.lang });
    if (t.producer === 'chromium') { html.push([`${base}.pdf`, t.make(p) as string]); row(`${base}.pdf`, 'chromium'); }
    else if (t.producer === 'txt') { writeFileSync(path.join(docs, `${base}.txt`), t.make(p) as string, 'utf8'); row(`${base}.txt`, 'txt'); }
    else { writeFileSync(path.join(docs, `${base}.docx`), await Packer.toBuffer(t.make(p) as Document)); row(`${base}.docx`, 'docx'); row(`${base}.pdf`, 'libreoffice'); }
  }
  await printHtml(docs, html);
  exportDocxToPdf(docs);
  documents.sort((a, b) => a.file.localeCompare(b.file));
  const truth = {
    referenceDate: '2026-12',
    people: people.map((p) => {
      const work = [...p.work].sort((a, b) => a.start.localeCompare(b.start)).map((j) => ({ company: j.company, start: j.start, end: j.end }));
      return { id: p.id, language: p.lang, name: p.name, email: p.email, phone: p.phone, skills: p.skills.map((s) => p.skillSyn?.[s] ?? s), work, yearsOfExperience: yearsWorked(work, '2026-12') };
    }),
    documents,
  };
  writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifestOf(docs, documents.map((d) => d.file)), null, 2) + '\n');
  console.log(`${documents.length} documents`);
}
await main();
