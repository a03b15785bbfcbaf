/**
 * heldout-33 generator: writes documents/, truth.json and manifest.json.
 *   npx tsx eval/heldout-33/generate.ts [--force]      (from packages/cv)
 * Refuses to run once manifest.json exists unless --force is given.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Packer } from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { cvs, txts } from './cvs.ts';
import { forms } from './forms.ts';
import { formDocx, formHtml } from './lib.ts';
import { people, type Person } from './people.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(here, 'documents');
const REF = '2026-11';

if (existsSync(path.join(here, 'manifest.json')) && !process.argv.includes('--force')) {
  console.error('manifest.json exists: this set is frozen. Pass --force to regenerate.');
  process.exit(1);
}
rmSync(docs, { recursive: true, force: true });
mkdirSync(docs, { recursive: true });

const byId = new Map(people.map((p) => [p.id, p]));
const person = (id: string): Person => byId.get(id) ?? (() => { throw new Error(id); })();
type Doc = { file: string; person: string; template: string; layout: string; producer: string; language: string };
const out: Doc[] = [];
const add = (file: string, p: Person, template: string, layout: string, producer: string) =>
  out.push({ file, person: p.id, template, layout: layout === 'twocol' ? 'two-column' : layout, producer, language: p.language });

const html: [string, string][] = [];
for (const f of forms) {
  const p = person(f.person);
  const base = `${p.id}-table-${f.id}`;
  if (f.producer === 'docx') {
    writeFileSync(path.join(docs, `${base}.docx`), await Packer.toBuffer(formDocx(f.blocks(p), f.theme)));
    add(`${base}.docx`, p, f.id, 'table', 'docx');
    add(`${base}.pdf`, p, f.id, 'table', 'libreoffice');
  } else {
    html.push([`${base}.pdf`, formHtml(f.blocks(p), f.theme, p.language === 'en' ? 'en' : 'zh-CN')]);
    add(`${base}.pdf`, p, f.id, 'table', 'chromium');
  }
}
for (const c of cvs) {
  const p = person(c.person);
  const file = `${p.id}-${c.layout}-${c.id}.pdf`;
  html.push([file, c.html(p)]);
  add(file, p, c.id, c.layout, 'chromium');
}
for (const t of txts) {
  const p = person(t.person);
  const file = `${p.id}-${t.layout}-${t.id}.txt`;
  writeFileSync(path.join(docs, file), t.text(p), 'utf8');
  add(file, p, t.id, t.layout, 'txt');
}

exportDocxToPdf(docs);
await printHtml(docs, html);

out.sort((a, b) => a.file.localeCompare(b.file));
const onDisk = readdirSync(docs).sort();
const listed = out.map((x) => x.file).sort();
if (JSON.stringify(onDisk) !== JSON.stringify(listed)) throw new Error(`documents/ and truth differ:\n${onDisk.join(' ')}\n${listed.join(' ')}`);

const truth = {
  referenceDate: REF,
  people: people.map((p) => ({
    id: p.id, language: p.language, name: p.name, email: p.email, phone: p.phone,
    skills: p.skills.map((s) => p.skillTruth?.[s] ?? s),
    work: p.work.map((j) => ({ company: j.company, start: j.start, end: j.end })),
    yearsOfExperience: yearsWorked(p.work, REF),
  })),
  documents: out,
};
writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifestOf(docs, listed), null, 2) + '\n');

const count = new Map<string, number>();
for (const x of out) count.set(`${x.layout}\t${x.producer}\t${x.language}`, (count.get(`${x.layout}\t${x.producer}\t${x.language}`) ?? 0) + 1);
console.log(`${out.length} documents`);
for (const [k, n] of [...count].sort()) console.log(`${k}\t${n}`);
