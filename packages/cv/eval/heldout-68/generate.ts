/**
 * heldout-68 generator: writes documents/, truth.json and manifest.json.
 *   cd packages/cv && npx tsx eval/heldout-68/generate.ts [--force]
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Packer, type Document } from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { type Person, people } from './people.ts';
import { fixedRunhead, shineProfile, ukCareerHistory, usCapsCredential, vuepressPage, xjPortal, zhTimelineNumbers } from './html1.ts';
import { absoluteCards, gridAreasShuffled, hkFromToSalary, nameInRail, skillYearsTable, surveycakeResponse, svgIconRail, zaJobBlocks, zhHalfSplit, zhTwoRowJobs } from './html2.ts';
import { docxFrameLeft, docxHeaderContact, docxRotatedLabels, docxUnequalCols, docxZebraHistory } from './docx-templates.ts';
import { txtBoxdraw, txtFullwidthZh, txtLayoutRightrail, txtRightpadDates, txtYamlZh } from './txt-templates.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(here, 'documents');
const REF = '2026-12';
type Layout = 'single' | 'two-column' | 'table';
const short = { single: 'single', 'two-column': 'twocol', table: 'table' } as const;

const html: Record<string, [Layout, (p: Person) => string, string[]]> = {
  'shine-profile': ['single', shineProfile, ['p03']],
  'uk-career-history': ['single', ukCareerHistory, ['p01', 'p05']],
  'us-caps-credential': ['single', usCapsCredential, ['p06', 'p02']],
  'vuepress-page': ['single', vuepressPage, ['p09']],
  'fixed-runhead': ['single', fixedRunhead, ['p07', 'p16']],
  'regional-portal': ['single', xjPortal, ['p12']],
  'zh-numbered-oldest': ['single', zhTimelineNumbers, ['p10']],
  'form-response': ['table', surveycakeResponse, ['p11']],
  'hk-from-to-salary': ['table', hkFromToSalary, ['p13', 'p01']],
  'za-job-blocks': ['table', zaJobBlocks, ['p05']],
  'zh-two-row-jobs': ['table', zhTwoRowJobs, ['p08', 'p12']],
  'skill-years-table': ['table', skillYearsTable, ['p04', 'p06']],
  'name-in-rail': ['two-column', nameInRail, ['p15', 'p09']],
  'svg-icon-rail': ['two-column', svgIconRail, ['p10', 'p14']],
  'grid-areas-shuffled': ['two-column', gridAreasShuffled, ['p02', 'p07']],
  'zh-half-split': ['two-column', zhHalfSplit, ['p11', 'p16']],
  'absolute-cards': ['two-column', absoluteCards, ['p01', 'p04']],
};
const docx: Record<string, [Layout, (p: Person) => Document, string[]]> = {
  'docx-header-contact': ['single', docxHeaderContact, ['p02', 'p15', 'p12']],
  'docx-rotated-labels': ['table', docxRotatedLabels, ['p08', 'p10', 'p11']],
  'docx-zebra-history': ['table', docxZebraHistory, ['p03', 'p05']],
  'docx-unequal-cols': ['two-column', docxUnequalCols, ['p07', 'p13']],
  'docx-frame-left': ['two-column', docxFrameLeft, ['p14', 'p16']],
};
const txt: Record<string, [Layout, (p: Person) => string, string[]]> = {
  'txt-fullwidth-zh': ['single', txtFullwidthZh, ['p08', 'p09']],
  'txt-rightpad-dates': ['single', txtRightpadDates, ['p06', 'p04']],
  'txt-yaml-zh': ['single', txtYamlZh, ['p09']],
  'txt-boxdraw': ['table', txtBoxdraw, ['p13', 'p14', 'p01']],
  'txt-layout-rightrail': ['two-column', txtLayoutRightrail, ['p15', 'p03']],
};

async function main() {
  if (existsSync(path.join(here, 'manifest.json')) && !process.argv.includes('--force')) {
    console.error('manifest.json exists — refusing to overwrite the set (pass --force to regenerate).');
    process.exit(1);
  }
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  const byId = new Map(people.map((p) => [p.id, p]));
  const documents: { file: string; person: string; template: string; layout: Layout; producer: string; language: string }[] = [];
  const name = (p: Person, layout: Layout, t: string, ext: string) => `${p.id}-${short[layout]}-${t}.${ext}`;

  const pages: [string, string][] = [];
  for (const [t, [layout, fn, ids]] of Object.entries(html)) for (const id of ids) {
    const p = byId.get(id)!; const file = name(p, layout, t, 'pdf');
    pages.push([file, fn(p)]); documents.push({ file, person: id, template: t, layout, producer: 'chromium', language: p.language });
  }
  for (const [t, [layout, fn, ids]] of Object.entries(docx)) for (const id of ids) {
    const p = byId.get(id)!; const file = name(p, layout, t, 'docx');
    writeFileSync(path.join(docs, file), await Packer.toBuffer(fn(p)));
    documents.push({ file, person: id, template: t, layout, producer: 'docx', language: p.language });
    documents.push({ file: file.replace(/\.docx$/, '.pdf'), person: id, template: t, layout, producer: 'libreoffice', language: p.language });
  }
  for (const [t, [layout, fn, ids]] of Object.entries(txt)) for (const id of ids) {
    const p = byId.get(id)!; const file = name(p, layout, t, 'txt');
    writeFileSync(path.join(docs, file), fn(p), 'utf8');
    documents.push({ file, person: id, template: t, layout, producer: 'txt', language: p.language });
  }
  await printHtml(docs, pages);
  exportDocxToPdf(docs);

  documents.sort((a, b) => a.file.localeCompare(b.file));
  const missing = documents.filter((d) => !readdirSync(docs).includes(d.file));
  if (missing.length) throw new Error(`missing: ${missing.map((d) => d.file).join(', ')}`);
  const truth = {
    referenceDate: REF,
    people: people.map((p) => ({
      id: p.id, language: p.language, name: p.name, email: p.email, phone: p.phone, skills: p.skills,
      work: p.work.map((j) => ({ company: j.company, start: j.start, end: j.end })),
      yearsOfExperience: yearsWorked(p.work, REF),
    })),
    documents,
  };
  writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifestOf(docs, documents.map((d) => d.file)), null, 2) + '\n');
  console.log(`${documents.length} documents written.`);
}
main().catch((e) => { console.error(e); process.exit(1); });
