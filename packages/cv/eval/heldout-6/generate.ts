/**
 * heldout-6: writes the documents, truth.json and manifest.json of this held-out set from people.ts.
 *
 * Written by a blind writer on 2026-12-02 (heldout-6), without reading the analyser, its taxonomy, tests, README or
 * the other sets; frozen; never tuned on. It refuses to run once manifest.json exists (pass --force to rewrite, which
 * spends the set: a regenerated set is no longer the one that was measured).
 *
 *   npx tsx packages/cv/eval/heldout-6/generate.ts
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Packer, type Document } from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people, type Person } from './people.ts';
import { truthSkill, allSkills } from './format.ts';
import * as html from './templates-html.ts';
import * as word from './templates-docx.ts';
import * as txt from './templates-txt.ts';

const dir = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(dir, 'documents');
const REFERENCE = '2026-11';

type Layout = 'single' | 'two-column' | 'table';
type Producer = 'chromium' | 'libreoffice' | 'docx' | 'txt';
interface Template {
  layout: Layout;
  kind: 'html' | 'docx' | 'txt';
  render: (p: Person) => string | Document;
}

const years = (p: Person) => Math.floor(yearsWorked(p.jobs, REFERENCE));
const templates: Record<string, Template> = {
  'single-au-referees': { layout: 'single', kind: 'html', render: html.auReferees },
  'single-sg-particulars': { layout: 'single', kind: 'html', render: html.sgParticulars },
  'single-cn-jianli': { layout: 'single', kind: 'html', render: html.cnJianli },
  'single-dates-below': { layout: 'single', kind: 'docx', render: word.datesBelow },
  'single-agency': { layout: 'single', kind: 'docx', render: word.agency },
  'single-markdown-export': { layout: 'single', kind: 'txt', render: txt.markdownExport },
  'single-plain-cn': { layout: 'single', kind: 'txt', render: txt.plainCn },
  'two-grid-right': { layout: 'two-column', kind: 'html', render: html.gridRight },
  'two-sidebar-edu': { layout: 'two-column', kind: 'html', render: html.sidebarEdu },
  'two-cn-float': { layout: 'two-column', kind: 'html', render: html.cnFloat },
  'two-ca-bilingual': { layout: 'two-column', kind: 'html', render: html.caBilingual },
  'two-word-band': { layout: 'two-column', kind: 'docx', render: word.wordBand },
  'two-docx-cells': { layout: 'two-column', kind: 'docx', render: word.docxCells },
  'table-merged-employer': { layout: 'table', kind: 'html', render: html.mergedEmployer },
  'table-skills-matrix': { layout: 'table', kind: 'html', render: html.skillsMatrix },
  'table-lagou-export': { layout: 'table', kind: 'html', render: (p) => html.lagouExport(p, years(p)) },
  'table-timeline-years': { layout: 'table', kind: 'html', render: html.timelineYears },
  'table-period-first': { layout: 'table', kind: 'docx', render: word.periodFirst },
  'table-cn-baomingbiao': { layout: 'table', kind: 'docx', render: word.baomingbiao },
  'table-company-title-cell': { layout: 'table', kind: 'docx', render: word.companyTitleCell },
};

/** [person, template, producer]; a docx-kind template is committed as .docx ('docx') or as LibreOffice's PDF. */
const plan: [string, string, Producer][] = [
  ['p01', 'single-au-referees', 'chromium'], ['p02', 'single-au-referees', 'chromium'], ['p05', 'single-au-referees', 'chromium'],
  ['p04', 'single-sg-particulars', 'chromium'], ['p13', 'single-sg-particulars', 'chromium'], ['p03', 'single-sg-particulars', 'chromium'],
  ['p07', 'single-cn-jianli', 'chromium'], ['p12', 'single-cn-jianli', 'chromium'],
  ['p03', 'single-dates-below', 'docx'], ['p11', 'single-dates-below', 'libreoffice'], ['p14', 'single-dates-below', 'docx'], ['p08', 'single-dates-below', 'libreoffice'],
  ['p02', 'single-agency', 'libreoffice'], ['p13', 'single-agency', 'docx'], ['p04', 'single-agency', 'libreoffice'],
  ['p04', 'single-markdown-export', 'txt'], ['p12', 'single-markdown-export', 'txt'], ['p09', 'single-markdown-export', 'txt'],
  ['p06', 'single-plain-cn', 'txt'], ['p10', 'single-plain-cn', 'txt'], ['p11', 'single-plain-cn', 'txt'],

  ['p01', 'two-word-band', 'libreoffice'], ['p07', 'two-word-band', 'docx'], ['p14', 'two-word-band', 'libreoffice'], ['p09', 'two-word-band', 'libreoffice'],
  ['p02', 'two-grid-right', 'chromium'], ['p10', 'two-grid-right', 'chromium'], ['p12', 'two-grid-right', 'chromium'],
  ['p05', 'two-sidebar-edu', 'chromium'], ['p06', 'two-sidebar-edu', 'chromium'], ['p13', 'two-sidebar-edu', 'chromium'],
  ['p08', 'two-cn-float', 'chromium'], ['p11', 'two-cn-float', 'chromium'],
  ['p03', 'two-docx-cells', 'libreoffice'], ['p10', 'two-docx-cells', 'docx'], ['p04', 'two-docx-cells', 'docx'],
  ['p03', 'two-ca-bilingual', 'chromium'], ['p01', 'two-ca-bilingual', 'chromium'], ['p14', 'two-ca-bilingual', 'chromium'],

  ['p05', 'table-period-first', 'docx'], ['p06', 'table-period-first', 'libreoffice'], ['p12', 'table-period-first', 'libreoffice'],
  ['p01', 'table-merged-employer', 'chromium'], ['p09', 'table-merged-employer', 'chromium'], ['p13', 'table-merged-employer', 'chromium'],
  ['p07', 'table-cn-baomingbiao', 'libreoffice'], ['p10', 'table-cn-baomingbiao', 'libreoffice'], ['p11', 'table-cn-baomingbiao', 'docx'],
  ['p02', 'table-skills-matrix', 'chromium'], ['p08', 'table-skills-matrix', 'chromium'], ['p14', 'table-skills-matrix', 'chromium'],
  ['p03', 'table-company-title-cell', 'docx'], ['p04', 'table-company-title-cell', 'libreoffice'], ['p09', 'table-company-title-cell', 'docx'],
  ['p06', 'table-lagou-export', 'chromium'], ['p12', 'table-lagou-export', 'chromium'],
  ['p05', 'table-timeline-years', 'chromium'], ['p10', 'table-timeline-years', 'chromium'], ['p11', 'table-timeline-years', 'chromium'],
];

const ext: Record<Producer, string> = { chromium: 'pdf', libreoffice: 'pdf', docx: 'docx', txt: 'txt' };

async function main(): Promise<void> {
  if (existsSync(path.join(dir, 'manifest.json')) && !process.argv.includes('--force')) {
    console.error('heldout-6 is frozen (manifest.json exists): regenerating it spends the set. Pass --force only if you mean that.');
    process.exit(1);
  }
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  const byId = new Map(people.map((p) => [p.id, p]));
  const printed: [string, string][] = [];
  const scratch = mkdtempSync(path.join(tmpdir(), 'heldout6-'));
  const viaLibreOffice: string[] = [];
  const documents = [];
  try {
    for (const [id, tid, producer] of plan) {
      const p = byId.get(id)!;
      const t = templates[tid]!;
      const file = `${id}-${tid}.${ext[producer]}`;
      const out = t.render(p);
      if (t.kind === 'html') printed.push([file, out as string]);
      else if (t.kind === 'txt') writeFileSync(path.join(docs, file), out as string, 'utf8');
      else {
        const buf = await Packer.toBuffer(out as Document);
        if (producer === 'docx') writeFileSync(path.join(docs, file), buf);
        else {
          writeFileSync(path.join(scratch, `${id}-${tid}.docx`), buf);
          viaLibreOffice.push(file);
        }
      }
      documents.push({ file, person: id, template: tid, layout: t.layout, producer, language: p.language });
    }
    await printHtml(docs, printed);
    exportDocxToPdf(scratch);
    for (const f of viaLibreOffice) copyFileSync(path.join(scratch, f), path.join(docs, f));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const truth = {
    referenceDate: REFERENCE,
    people: people.map((p) => ({
      id: p.id, language: p.language, name: p.name, email: p.email, phone: p.phone,
      skills: allSkills(p).map(truthSkill),
      work: p.jobs.map((j) => ({ company: j.company, start: j.start, end: j.end })),
      yearsOfExperience: yearsWorked(p.jobs, REFERENCE),
    })),
    documents,
  };
  writeFileSync(path.join(dir, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  const files = readdirSync(docs).sort();
  if (files.length !== documents.length) throw new Error(`expected ${documents.length} documents, found ${files.length}`);
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifestOf(docs, files), null, 2) + '\n');
  console.log(`heldout-6: ${documents.length} documents`);
}

await main();
