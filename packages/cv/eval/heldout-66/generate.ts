/**
 * heldout-66 generator: writes every document into documents/, then truth.json and manifest.json.
 * Refuses to run when manifest.json exists unless given --force.
 *   cd packages/cv && npx tsx eval/heldout-66/generate.ts [--force]
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people, type Person } from './people.ts';
import * as H from './html.ts';
import * as D from './docx.ts';
import * as X from './txt.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(here, 'documents');
const REF = '2026-12';
type Layout = 'single' | 'two-column' | 'table';
type Kind = 'html' | 'docx' | 'txt';
interface Tpl { name: string; layout: Layout; kind: Kind; people: string[]; html?: (p: Person) => string; docx?: (p: Person) => ReturnType<typeof D.frFiche>; txt?: (p: Person) => string }

export const templates: Tpl[] = [
  // table
  { name: 'nl-sollicitatie', layout: 'table', kind: 'html', people: ['p06'], html: H.nlSollicitatie },
  { name: 'in-ctc-tracker', layout: 'table', kind: 'html', people: ['p05'], html: H.inCtcTracker },
  { name: 'zh-shehui-baoming', layout: 'table', kind: 'html', people: ['p08', 'p12'], html: H.zhShehui },
  { name: 'hk-ccc-grid', layout: 'table', kind: 'html', people: ['p11', 'p14'], html: H.hkCccGrid },
  { name: 'fr-fiche', layout: 'table', kind: 'docx', people: ['p16'], docx: D.frFiche },
  { name: 'de-stammdaten', layout: 'table', kind: 'docx', people: ['p07'], docx: D.deStammdaten },
  { name: 'sg-hp-table', layout: 'table', kind: 'docx', people: ['p13'], docx: D.sgHpTable },
  { name: 'in-project-tables', layout: 'table', kind: 'docx', people: ['p05'], docx: D.inProjectDocx },
  { name: 'cn-word-grid', layout: 'table', kind: 'docx', people: ['p09', 'p12'], docx: D.cnWordGrid },
  { name: 'tw-word-grid', layout: 'table', kind: 'docx', people: ['p10', 'p15'], docx: D.twWordGrid },
  // two-column
  { name: 'uk-letter-labels', layout: 'two-column', kind: 'html', people: ['p01'], html: H.ukSidebarLetters },
  { name: 'ie-float-aside', layout: 'two-column', kind: 'html', people: ['p02'], html: H.ieFloatRight },
  { name: 'au-referee-rail', layout: 'two-column', kind: 'html', people: ['p03'], html: H.auRefereeRail },
  { name: 'us-cwf-column', layout: 'two-column', kind: 'html', people: ['p04'], html: H.usNarrowWrap },
  { name: 'in-photo-flex', layout: 'two-column', kind: 'html', people: ['p05'], html: H.inSidebarFlex },
  { name: 'tw-right-aside', layout: 'two-column', kind: 'html', people: ['p10', 'p15'], html: H.twSidebar },
  { name: 'cn-table-cell-css', layout: 'two-column', kind: 'html', people: ['p08', 'p09', 'p12'], html: H.cnPhotoSidebar },
  { name: 'hk-band-aside', layout: 'two-column', kind: 'html', people: ['p11', 'p14'], html: H.hkSidebar },
  { name: 'sect-cols-unequal', layout: 'two-column', kind: 'docx', people: ['p13', 'p06'], docx: D.sectCols },
  { name: 'gutter-3cell', layout: 'two-column', kind: 'docx', people: ['p01', 'p07'], docx: D.gutterSidebar },
  { name: 'right-contact-cell', layout: 'two-column', kind: 'docx', people: ['p16'], docx: D.zhRightCell },
  // single
  { name: 'uk-address-block', layout: 'single', kind: 'html', people: ['p01'], html: H.ukAddressBlock },
  { name: 'au-agency-band', layout: 'single', kind: 'html', people: ['p03'], html: H.auAgencySingle },
  { name: 'us-phone-block', layout: 'single', kind: 'html', people: ['p04'], html: H.usSingle },
  { name: 'zh-bottom-strip', layout: 'single', kind: 'html', people: ['p08'], html: H.zhSingle },
  { name: 'hk-centred-tc', layout: 'single', kind: 'html', people: ['p11'], html: H.hkSingle },
  { name: 'hk-contact-dl', layout: 'single', kind: 'html', people: ['p14'], html: H.mixedSingle },
  { name: 'ie-header-tabs', layout: 'single', kind: 'docx', people: ['p02'], docx: D.ieSingleDocx },
  { name: 'form-mail', layout: 'single', kind: 'txt', people: ['p02', 'p03', 'p04', 'p06', 'p14'], txt: X.txtFormDump },
  { name: 'zh-layout-txt', layout: 'single', kind: 'txt', people: ['p08', 'p09', 'p10', 'p11', 'p15'], txt: X.zhLayoutTxt },
];

const short = (l: Layout) => (l === 'two-column' ? 'twocol' : l);

async function main() {
  const force = process.argv.includes('--force');
  if (existsSync(path.join(here, 'manifest.json')) && !force) {
    console.error('manifest.json exists: refusing to overwrite the set (use --force).');
    process.exit(1);
  }
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  const byId = new Map(people.map((p) => [p.id, p]));
  const html: [string, string][] = [];
  const documents: { file: string; person: string; template: string; layout: Layout; producer: string; language: string }[] = [];
  for (const t of templates) {
    for (const id of t.people) {
      const p = byId.get(id)!;
      const base = `${id}-${short(t.layout)}-${t.name}`;
      const meta = { person: id, template: t.name, layout: t.layout, language: p.lang };
      if (t.kind === 'html') { html.push([`${base}.pdf`, t.html!(p)]); documents.push({ file: `${base}.pdf`, ...meta, producer: 'chromium' }); }
      if (t.kind === 'txt') { writeFileSync(path.join(docs, `${base}.txt`), t.txt!(p), 'utf8'); documents.push({ file: `${base}.txt`, ...meta, producer: 'txt' }); }
      if (t.kind === 'docx') {
        writeFileSync(path.join(docs, `${base}.docx`), await D.toBuffer(t.docx!(p)));
        documents.push({ file: `${base}.docx`, ...meta, producer: 'docx' }, { file: `${base}.pdf`, ...meta, producer: 'libreoffice' });
      }
    }
  }
  await printHtml(docs, html);
  exportDocxToPdf(docs);
  documents.sort((a, b) => a.file.localeCompare(b.file));
  const truth = {
    referenceDate: REF,
    people: people.map((p) => ({
      id: p.id, language: p.lang, name: p.name, email: p.email, phone: p.phone, skills: p.skills,
      work: p.work.map((j) => ({ company: j.company, start: j.start, end: j.end })), yearsOfExperience: yearsWorked(p.work, REF),
    })),
    documents: documents.map((d) => ({ file: d.file, person: d.person, template: d.template, layout: d.layout, producer: d.producer, language: d.language })),
  };
  writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifestOf(docs, documents.map((d) => d.file)), null, 2) + '\n');
  console.log(`${documents.length} documents written`);
}
main().catch((e) => { console.error(e); process.exit(1); });
