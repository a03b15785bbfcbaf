/**
 * heldout-36 generator: writes documents/, truth.json and manifest.json.
 *   npx tsx eval/heldout-36/generate.ts [--force]      (from packages/cv)
 * Refuses to run once manifest.json exists unless --force is given.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people } from './people.ts';
import { formDocx, formHtml } from './lib.ts';
import { docxForms } from './forms-docx.ts';
import { htmlForms } from './forms-html.ts';
import { htmlCvs } from './cv-html.ts';
import { txtDocs } from './txt.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(here, 'documents');
const REF = '2026-11';

if (existsSync(path.join(here, 'manifest.json')) && !process.argv.includes('--force')) {
  console.error('heldout-36: manifest.json exists — refusing to regenerate (pass --force to overwrite).');
  process.exit(1);
}
if (existsSync(docs)) rmSync(docs, { recursive: true, force: true });
mkdirSync(docs, { recursive: true });

type Producer = 'chromium' | 'docx' | 'libreoffice' | 'txt';
type Layout = 'single' | 'twocol' | 'table';
const layoutTruth = (l: Layout) => (l === 'twocol' ? 'two-column' : l);
const entries: { file: string; person: string; template: string; layout: Layout; producer: Producer }[] = [];

// DOCX (+ LibreOffice PDF of the same file)
for (const f of docxForms) {
  const stem = `${f.person}-${f.layout}-${f.template}`;
  const buf = await formDocx(f.build(), { title: f.title, creator: people.find((p) => p.id === f.person)!.name });
  writeFileSync(path.join(docs, `${stem}.docx`), buf);
  entries.push({ file: `${stem}.docx`, person: f.person, template: f.template, layout: f.layout, producer: 'docx' });
  entries.push({ file: `${stem}.pdf`, person: f.person, template: f.template, layout: f.layout, producer: 'libreoffice' });
}
exportDocxToPdf(docs);

// Chromium
const html: [string, string][] = [];
for (const f of htmlForms) {
  const file = `${f.person}-table-${f.template}.pdf`;
  html.push([file, formHtml(f.build())]);
  entries.push({ file, person: f.person, template: f.template, layout: 'table', producer: 'chromium' });
}
for (const c of htmlCvs) {
  const file = `${c.person}-${c.layout}-${c.template}.pdf`;
  html.push([file, c.build()]);
  entries.push({ file, person: c.person, template: c.template, layout: c.layout, producer: 'chromium' });
}
await printHtml(docs, html);

// Text
for (const t of txtDocs) {
  const file = `${t.person}-${t.layout}-${t.template}.txt`;
  writeFileSync(path.join(docs, file), t.build(), 'utf8');
  entries.push({ file, person: t.person, template: t.template, layout: t.layout, producer: 'txt' });
}

entries.sort((a, b) => a.file.localeCompare(b.file));
const missing = entries.filter((x) => !existsSync(path.join(docs, x.file)));
if (missing.length) throw new Error(`missing documents: ${missing.map((x) => x.file).join(', ')}`);
const extra = readdirSync(docs).filter((f) => !entries.some((x) => x.file === f));
for (const f of extra) rmSync(path.join(docs, f));

const truth = {
  referenceDate: REF,
  people: people.map((p) => ({
    id: p.id,
    language: p.language,
    name: p.name,
    email: p.email,
    phone: p.e164,
    skills: p.skills.map((s) => [s.s, ...(s.alt ?? [])].join(' | ')),
    work: p.jobs.map((j) => ({ company: j.company, start: j.start, end: j.end })),
    yearsOfExperience: yearsWorked(p.jobs, REF),
  })),
  documents: entries.map((x) => ({
    file: x.file, person: x.person, template: x.template, layout: layoutTruth(x.layout), producer: x.producer,
    language: people.find((p) => p.id === x.person)!.language,
  })),
};
writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifestOf(docs, entries.map((x) => x.file)), null, 2) + '\n');
console.log(`heldout-36: ${entries.length} documents for ${people.length} people`);
