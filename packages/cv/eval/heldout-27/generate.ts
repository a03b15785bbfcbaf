/**
 * heldout-27 generator: writes documents/, truth.json and manifest.json.
 *   npx tsx eval/heldout-27/generate.ts [--force]
 * Refuses to run once manifest.json exists unless --force is given.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Packer } from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { docxSpecs } from './docx-templates.ts';
import { htmlSpecs, txtSpecs } from './html-templates.ts';
import { people, type Person } from './people.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(here, 'documents');
const REF = '2026-11';

if (existsSync(path.join(here, 'manifest.json')) && !process.argv.includes('--force')) {
  console.error('heldout-27: manifest.json exists; refusing to regenerate (pass --force to overwrite).');
  process.exit(1);
}
rmSync(docs, { recursive: true, force: true });
mkdirSync(docs, { recursive: true });

const byId = new Map(people.map((p) => [p.id, p] as [string, Person]));
const person = (id: string) => { const p = byId.get(id); if (!p) throw new Error(`no person ${id}`); return p; };
const truthLayout = (l: string) => (l === 'twocol' ? 'two-column' : l);
interface DocTruth { file: string; person: string; template: string; layout: string; producer: string; language: string }
const documents: DocTruth[] = [];
const add = (file: string, id: string, template: string, layout: string, producer: string) =>
  documents.push({ file, person: id, template, layout: truthLayout(layout), producer, language: person(id).language });

// DOCX (and the LibreOffice PDF of each)
for (const s of docxSpecs) {
  const base = `${s.person}-${s.layout}-${s.template}`;
  writeFileSync(path.join(docs, `${base}.docx`), await Packer.toBuffer(s.build(person(s.person))));
  add(`${base}.docx`, s.person, s.template, s.layout, 'docx');
  add(`${base}.pdf`, s.person, s.template, s.layout, 'libreoffice');
}
exportDocxToPdf(docs);

// Chromium prints
const html: [string, string][] = htmlSpecs.map((s) => {
  const file = `${s.person}-${s.layout}-${s.template}.pdf`;
  add(file, s.person, s.template, s.layout, 'chromium');
  return [file, s.build(person(s.person))];
});
await printHtml(docs, html);

// Plain text
for (const s of txtSpecs) {
  const file = `${s.person}-${s.layout}-${s.template}.txt`;
  writeFileSync(path.join(docs, file), s.build(person(s.person)), 'utf8');
  add(file, s.person, s.template, s.layout, 'txt');
}

documents.sort((a, b) => a.file.localeCompare(b.file));
const onDisk = new Set(readdirSync(docs));
for (const d of documents) if (!onDisk.has(d.file)) throw new Error(`missing ${d.file}`);
for (const f of onDisk) if (!documents.some((d) => d.file === f)) throw new Error(`unexpected ${f}`);

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
console.log(`heldout-27: ${documents.length} documents for ${people.length} people`);
