/**
 * Generates held-out set 3 (documents/, truth.json, manifest.json) from people.ts and the templates.
 *
 * Written by a blind writer on 2026-12-02, without reading the analyser, its taxonomy, its tests, its README or the
 * other evaluation sets. Frozen: generated once and committed; never tuned on. It refuses to run when manifest.json
 * exists, because a regenerated set (new PDF bytes, or a template "fixed" after seeing a score) is no longer held out;
 * `--force` is only for repairing a document that does not open: Chromium and LibreOffice stamp dates into PDFs, so
 * a rebuild changes the bytes (and the manifest) even when nothing else changed; the committed documents are the set.
 *
 *   npx tsx packages/cv/eval/heldout-3/generate.ts [--force]
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render';
import { form, frameSidebar, leftDates, roleFirst, tableSidebar, toBuffer } from './docx-templates';
import { classic, cnExport, combinedCell, headerTimeline, linkedinExport, marginDates, sidebarGrid, tablePeriodFirst } from './html-templates';
import { people, type Person } from './people';
import { plain } from './text-template';

const REFERENCE = '2026-11';
const dir = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(dir, 'documents');

type Layout = 'single' | 'two-column' | 'table';
type Kind = 'html' | 'docx' | 'txt';
interface Template {
  name: string;
  layout: Layout;
  kind: Kind;
  html?: (p: Person) => string;
  docx?: typeof leftDates;
  txt?: (p: Person) => string;
}

const templates: Template[] = [
  { name: 'classic', layout: 'single', kind: 'html', html: classic },
  { name: 'cn-export', layout: 'single', kind: 'html', html: cnExport },
  { name: 'margin-dates', layout: 'single', kind: 'html', html: marginDates },
  { name: 'left-dates', layout: 'single', kind: 'docx', docx: leftDates },
  { name: 'plain', layout: 'single', kind: 'txt', txt: plain },
  { name: 'sidebar-grid', layout: 'two-column', kind: 'html', html: sidebarGrid },
  { name: 'header-timeline', layout: 'two-column', kind: 'html', html: headerTimeline },
  { name: 'linkedin-export', layout: 'two-column', kind: 'html', html: linkedinExport },
  { name: 'table-sidebar', layout: 'two-column', kind: 'docx', docx: tableSidebar },
  { name: 'frame-sidebar', layout: 'two-column', kind: 'docx', docx: frameSidebar },
  { name: 'period-first', layout: 'table', kind: 'html', html: tablePeriodFirst },
  { name: 'combined-cell', layout: 'table', kind: 'html', html: combinedCell },
  { name: 'role-first', layout: 'table', kind: 'docx', docx: roleFirst },
  { name: 'form', layout: 'table', kind: 'docx', docx: form },
];

/** Which person is printed with which templates: every person in every layout class, languages spread over producers. */
const plan: Record<string, string[]> = {
  p01: ['classic', 'plain', 'sidebar-grid', 'frame-sidebar', 'role-first'],
  p02: ['left-dates', 'margin-dates', 'header-timeline', 'period-first'],
  p03: ['plain', 'classic', 'table-sidebar', 'combined-cell'],
  p04: ['classic', 'linkedin-export', 'sidebar-grid', 'form'],
  p05: ['left-dates', 'linkedin-export', 'header-timeline', 'period-first'],
  p06: ['cn-export', 'plain', 'sidebar-grid', 'frame-sidebar', 'form'],
  p07: ['left-dates', 'margin-dates', 'header-timeline', 'period-first'],
  p08: ['plain', 'table-sidebar', 'combined-cell'],
  p09: ['classic', 'sidebar-grid', 'role-first'],
  p10: ['cn-export', 'plain', 'header-timeline', 'frame-sidebar', 'combined-cell'],
  p11: ['left-dates', 'margin-dates', 'table-sidebar', 'period-first'],
  p12: ['classic', 'sidebar-grid', 'header-timeline', 'form', 'combined-cell'],
};

async function main(): Promise<void> {
  if (existsSync(path.join(dir, 'manifest.json')) && !process.argv.includes('--force')) {
    console.error('heldout-3 is frozen (manifest.json exists). Regenerating spends its independence; pass --force only to repair a document that does not open (see NOTES.md).');
    process.exit(1);
  }
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  const html: [string, string][] = [];
  const documents: { file: string; person: string; template: string; layout: Layout; producer: string; language: string }[] = [];
  for (const p of people) {
    for (const name of plan[p.id] ?? []) {
      const t = templates.find((x) => x.name === name);
      if (!t) throw new Error(`unknown template ${name}`);
      const base = `${p.id}-${t.layout}-${t.name}`;
      const entry = { person: p.id, template: t.name, layout: t.layout, language: p.language };
      if (t.kind === 'html') {
        html.push([`${base}.pdf`, t.html!(p)]);
        documents.push({ file: `${base}.pdf`, ...entry, producer: 'chromium' });
      } else if (t.kind === 'docx') {
        writeFileSync(path.join(docs, `${base}.docx`), await toBuffer(t.docx!(p)));
        documents.push({ file: `${base}.docx`, ...entry, producer: 'docx' }, { file: `${base}.pdf`, ...entry, producer: 'libreoffice' });
      } else {
        writeFileSync(path.join(docs, `${base}.txt`), t.txt!(p), 'utf8');
        documents.push({ file: `${base}.txt`, ...entry, producer: 'txt' });
      }
    }
  }
  await printHtml(docs, html);
  exportDocxToPdf(docs);
  const missing = documents.filter((d) => !existsSync(path.join(docs, d.file)));
  if (missing.length) throw new Error(`not produced: ${missing.map((d) => d.file).join(', ')}`);
  const extra = readdirSync(docs).filter((f) => !documents.some((d) => d.file === f));
  if (extra.length) throw new Error(`unexpected files: ${extra.join(', ')}`);

  const truth = {
    referenceDate: REFERENCE,
    people: people.map((p) => {
      const work = p.jobs.map((j) => ({ company: j.company, start: j.start, end: j.end }));
      return { id: p.id, language: p.language, name: p.name, email: p.email, phone: p.phone, skills: p.skills, work, yearsOfExperience: yearsWorked(work, REFERENCE) };
    }),
    documents,
  };
  writeFileSync(path.join(dir, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifestOf(docs, documents.map((d) => d.file).sort()), null, 2) + '\n');
  console.log(`${documents.length} documents written to ${path.relative(process.cwd(), docs)}`);
}

await main();
