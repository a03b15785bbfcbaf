/**
 * Generates the heldout-2 evaluation set for @kiln/cv: documents/, truth.json and manifest.json.
 *
 * Written by a blind writer on 2026-12-02, without reading the analyser, its taxonomy, its tests, its README or
 * the other evaluation sets, and without running the analyser on these documents. The set is frozen: the
 * documents were generated once and committed, and are never tuned on. This script refuses to run while
 * manifest.json exists; `--force` regenerates (LibreOffice and Chromium versions change the bytes, so a
 * regenerated set is a different set — see NOTES.md).
 *
 *   cd packages/cv && npx tsx eval/heldout-2/generate.ts [--force]
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Packer } from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render';
import { people, type Person } from './people';
import { classic, formTable, jianliBasic, periodFirst, sidebarLeftGrid, sidebarRightFlex } from './templates-html';
import { combinedCell, leftDates, roleFirst, twoCell } from './templates-docx';
import { plain } from './templates-txt';

const REFERENCE = '2026-11';
const dir = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(dir, 'documents');

type Layout = 'single' | 'two-column' | 'table';
type Template =
  | { name: string; layout: Layout; kind: 'html'; render: (p: Person) => string }
  | { name: string; layout: Layout; kind: 'docx'; render: (p: Person) => ReturnType<typeof leftDates> }
  | { name: string; layout: Layout; kind: 'txt'; render: (p: Person) => string };

/** Each template and the people printed with it (every language appears in every layout class). */
const plan: [Template, string[]][] = [
  [{ name: 'classic', layout: 'single', kind: 'html', render: classic }, ['p01', 'p04', 'p07', 'p12']],
  [{ name: 'jianli-basic', layout: 'single', kind: 'html', render: jianliBasic }, ['p03', 'p08', 'p11']],
  [{ name: 'left-dates', layout: 'single', kind: 'docx', render: leftDates }, ['p02', 'p06', 'p10']],
  [{ name: 'plain', layout: 'single', kind: 'txt', render: plain }, ['p05', 'p09', 'p10', 'p11']],
  [{ name: 'sidebar-left-grid', layout: 'two-column', kind: 'html', render: sidebarLeftGrid }, ['p01', 'p05', 'p06', 'p11']],
  [{ name: 'sidebar-right-flex', layout: 'two-column', kind: 'html', render: sidebarRightFlex }, ['p03', 'p08', 'p09', 'p12']],
  [{ name: 'two-cell', layout: 'two-column', kind: 'docx', render: twoCell }, ['p02', 'p04', 'p07', 'p10']],
  [{ name: 'period-first', layout: 'table', kind: 'html', render: periodFirst }, ['p02', 'p05', 'p09', 'p10']],
  [{ name: 'form-table', layout: 'table', kind: 'html', render: formTable }, ['p04', 'p06', 'p11']],
  [{ name: 'role-first', layout: 'table', kind: 'docx', render: roleFirst }, ['p01', 'p08', 'p12']],
  [{ name: 'combined-cell', layout: 'table', kind: 'docx', render: combinedCell }, ['p03', 'p07', 'p11']],
];

interface DocEntry { file: string; person: string; template: string; layout: Layout; producer: 'chromium' | 'libreoffice' | 'docx' | 'txt'; language: string }

async function main(): Promise<void> {
  if (existsSync(path.join(dir, 'manifest.json')) && !process.argv.includes('--force')) {
    console.error('heldout-2 is frozen (manifest.json exists). It is never regenerated for tuning; pass --force only to rebuild a lost copy, and say so.');
    process.exit(1);
  }
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  const byId = new Map(people.map((p) => [p.id, p]));
  const entries: DocEntry[] = [];
  const html: [string, string][] = [];
  for (const [t, ids] of plan) {
    for (const id of ids) {
      const p = byId.get(id);
      if (!p) throw new Error(`unknown person ${id}`);
      const base = `${id}-${t.layout}-${t.name}`;
      const entry = { person: id, template: t.name, layout: t.layout, language: p.language };
      if (t.kind === 'html') {
        html.push([`${base}.pdf`, t.render(p)]);
        entries.push({ file: `${base}.pdf`, producer: 'chromium', ...entry });
      } else if (t.kind === 'txt') {
        writeFileSync(path.join(docs, `${base}.txt`), t.render(p), 'utf8');
        entries.push({ file: `${base}.txt`, producer: 'txt', ...entry });
      } else {
        writeFileSync(path.join(docs, `${base}.docx`), await Packer.toBuffer(t.render(p)));
        entries.push({ file: `${base}.docx`, producer: 'docx', ...entry }, { file: `${base}.pdf`, producer: 'libreoffice', ...entry });
      }
    }
  }
  await printHtml(docs, html);
  exportDocxToPdf(docs);

  const files = readdirSync(docs).sort();
  const expected = entries.map((e) => e.file).sort();
  if (JSON.stringify(files) !== JSON.stringify(expected)) throw new Error(`documents/ holds ${files.length} files, the plan ${expected.length}`);
  const truth = {
    referenceDate: REFERENCE,
    people: people.map((p) => {
      const work = p.jobs.map((j) => ({ company: j.company, start: j.start, end: j.end }));
      return { id: p.id, language: p.language, name: p.name, email: p.email, phone: p.phone, skills: p.skills, work, yearsOfExperience: yearsWorked(work, REFERENCE) };
    }),
    documents: entries.sort((a, b) => a.file.localeCompare(b.file)),
  };
  writeFileSync(path.join(dir, 'truth.json'), `${JSON.stringify(truth, null, 2)}\n`);
  writeFileSync(path.join(dir, 'manifest.json'), `${JSON.stringify(manifestOf(docs, files), null, 2)}\n`);
  console.log(`heldout-2: ${files.length} documents, ${people.length} people`);
}

await main();
