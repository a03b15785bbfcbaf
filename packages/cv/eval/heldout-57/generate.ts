/**
 * heldout-57 generator: writes documents/, truth.json and manifest.json.
 * Run from packages/cv: npx tsx eval/heldout-57/generate.ts [--force]
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Packer, type Document } from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people, type Person } from './people.ts';
import * as H from './tpl-html.ts';
import * as D from './tpl-docx.ts';
import * as T from './tpl-txt.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(here, 'documents');
if (existsSync(path.join(here, 'manifest.json')) && !process.argv.includes('--force')) {
  console.error('manifest.json exists: refusing to overwrite the set (use --force).');
  process.exit(1);
}
type Layout = 'single' | 'two-column' | 'table';
type Kind = 'html' | 'docx' | 'txt';
interface Tpl { name: string; layout: Layout; kind: Kind; fn: (p: Person) => string | Document; who: string[] }
const tpls: Tpl[] = [
  { name: 'sf330e', layout: 'table', kind: 'html', fn: H.sf330e, who: ['p01', 'p02'] },
  { name: 'ces-teacher', layout: 'table', kind: 'docx', fn: D.cesTeacher, who: ['p03'] },
  { name: 'de-personalbogen', layout: 'table', kind: 'docx', fn: D.dePersonalbogen, who: ['p04'] },
  { name: 'eta9089', layout: 'table', kind: 'html', fn: H.eta9089, who: ['p05'] },
  { name: 'union-dispatch', layout: 'table', kind: 'html', fn: H.unionDispatch, who: ['p06'] },
  { name: 'uk-police', layout: 'table', kind: 'docx', fn: D.ukPolice, who: ['p07'] },
  { name: 'nested-layout', layout: 'table', kind: 'html', fn: H.nestedLayout, who: ['p03', 'p11', 'p12'] },
  { name: 'zh-jingliren', layout: 'table', kind: 'docx', fn: D.zhJingliren, who: ['p08', 'p09', 'p11'] },
  { name: 'tw-songshen', layout: 'table', kind: 'html', fn: H.twSongshen, who: ['p10'] },
  { name: 'jp-skillsheet', layout: 'table', kind: 'docx', fn: D.jpSkillsheet, who: ['p13', 'p14'] },
  { name: 'kr-saramin', layout: 'table', kind: 'html', fn: H.krSaramin, who: ['p15', 'p16'] },
  { name: 'tabula-csv', layout: 'table', kind: 'txt', fn: T.tabula, who: ['p10', 'p13', 'p16'] },
  { name: 'usenet', layout: 'single', kind: 'txt', fn: T.usenet, who: ['p01', 'p07'] },
  { name: 'us-concurrent', layout: 'single', kind: 'docx', fn: D.usContract, who: ['p02'] },
  { name: 'otter', layout: 'single', kind: 'txt', fn: T.otter, who: ['p02', 'p04', 'p06', 'p14'] },
  { name: 'dfg-cv', layout: 'single', kind: 'html', fn: H.dfgCv, who: ['p04'] },
  { name: 'travel-nurse', layout: 'single', kind: 'html', fn: H.travelNurse, who: ['p05'] },
  { name: 'zh-tenure', layout: 'single', kind: 'html', fn: H.zhTenure, who: ['p08', 'p10', 'p12'] },
  { name: 'iflytek', layout: 'single', kind: 'txt', fn: T.iflytek, who: ['p09', 'p11'] },
  { name: 'kakao', layout: 'single', kind: 'txt', fn: T.kakao, who: ['p15'] },
  { name: 'jp-gaishi', layout: 'single', kind: 'html', fn: H.jpGaishi, who: ['p13', 'p14'] },
  { name: 'career-glance', layout: 'two-column', kind: 'html', fn: H.careerGlance, who: ['p01', 'p03'] },
  { name: 'tickets-rail', layout: 'two-column', kind: 'html', fn: H.ticketsRail, who: ['p06', 'p07'] },
  { name: 'section-cols', layout: 'two-column', kind: 'docx', fn: D.sectionCols, who: ['p05'] },
  { name: 'zh-2col-years', layout: 'two-column', kind: 'html', fn: H.zh2colYears, who: ['p08', 'p09', 'p10', 'p12'] },
  { name: 'nested-2col', layout: 'two-column', kind: 'docx', fn: D.nested2col, who: ['p15', 'p16'] },
];
const short = { single: 'single', 'two-column': 'twocol', table: 'table' } as const;

rmSync(docs, { recursive: true, force: true });
mkdirSync(docs, { recursive: true });
const entries: { file: string; person: string; template: string; layout: Layout; producer: string; language: string }[] = [];
const html: [string, string][] = [];
for (const t of tpls) for (const id of t.who) {
  const p = people.find((x) => x.id === id)!;
  const base = `${id}-${short[t.layout]}-${t.name}`;
  const add = (file: string, producer: string) => entries.push({ file, person: id, template: t.name, layout: t.layout, producer, language: p.lang });
  const out = t.fn(p);
  if (t.kind === 'html') { html.push([`${base}.pdf`, out as string]); add(`${base}.pdf`, 'chromium'); }
  else if (t.kind === 'txt') { writeFileSync(path.join(docs, `${base}.txt`), out as string, 'utf8'); add(`${base}.txt`, 'txt'); }
  else { writeFileSync(path.join(docs, `${base}.docx`), await Packer.toBuffer(out as Document)); add(`${base}.docx`, 'docx'); add(`${base}.pdf`, 'libreoffice'); }
}
await printHtml(docs, html);
exportDocxToPdf(docs);
entries.sort((a, b) => a.file.localeCompare(b.file));
const missing = entries.filter((e) => !readdirSync(docs).includes(e.file));
if (missing.length) throw new Error(`not produced: ${missing.map((m) => m.file).join(', ')}`);
const truth = {
  referenceDate: '2026-12',
  people: people.map((p) => ({
    id: p.id, language: p.lang, name: p.name, email: p.email, phone: p.phone, skills: p.skills,
    work: [...p.jobs].sort((a, b) => a.start.localeCompare(b.start)).map((j) => ({ company: j.company, start: j.start, end: j.end })),
    yearsOfExperience: yearsWorked(p.jobs, '2026-12'),
  })),
  documents: entries,
};
writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifestOf(docs, entries.map((e) => e.file)), null, 2) + '\n');
console.log(`${entries.length} documents written.`);
