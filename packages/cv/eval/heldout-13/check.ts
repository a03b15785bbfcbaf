/**
 * heldout-13 checks that do not touch the analyser:
 *  - every PDF's page-1 text (pdfjs-dist) contains the person's name, ignoring case and spaces;
 *  - LibreOffice PDFs have at most 3 pages; every DOCX passes `unzip -t`; every .txt is valid UTF-8 and holds the name;
 *  - manifest.json matches the files on disk; truth.json lists every document and yearsOfExperience = yearsWorked(work).
 *   cd packages/cv && npx tsx eval/heldout-13/check.ts
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { manifestOf, yearsWorked } from '../dev-layouts/render.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(here, 'documents');
const truth = JSON.parse(readFileSync(path.join(here, 'truth.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(path.join(here, 'manifest.json'), 'utf8'));
const names = new Map<string, string>(truth.people.map((p: { id: string; name: string }) => [p.id, p.name]));
// Turkish capitals (AYDIN, ŞAHİN) need the Turkish lower-casing; accept either.
const norms = (s: string) => [s.toLowerCase(), s.toLocaleLowerCase('tr')].map((x) => x.normalize('NFC').replace(/\s+/g, ''));
const hasName = (text: string, name: string) => norms(text).some((t) => norms(name).some((n) => t.includes(n)));

let fail = 0;
const bad = (msg: string) => { fail++; console.log(`FAIL ${msg}`); };
const files = readdirSync(docs).sort();
if (JSON.stringify(Object.keys(manifest).sort()) !== JSON.stringify(files)) bad('manifest keys differ from documents/');
const now = manifestOf(docs, files);
for (const f of files) if (now[f] !== manifest[f]) bad(`${f}: sha256 differs from manifest`);
const listed = truth.documents.map((d: { file: string }) => d.file).sort();
if (JSON.stringify(listed) !== JSON.stringify(files)) bad('truth.documents differs from documents/');
for (const p of truth.people) if (yearsWorked(p.work, truth.referenceDate) !== p.yearsOfExperience) bad(`${p.id}: yearsOfExperience`);
for (const p of truth.people) if (!/^\+[1-9]\d{6,14}$/.test(p.phone)) bad(`${p.id}: phone not E.164`);

for (const d of truth.documents) {
  const file = path.join(docs, d.file);
  const name = names.get(d.person)!;
  if (d.file.endsWith('.pdf')) {
    const pdf = await getDocument({ data: new Uint8Array(readFileSync(file)), useSystemFonts: true, verbosity: 0 }).promise;
    const page = await pdf.getPage(1);
    const text = (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ');
    if (!hasName(text, name)) bad(`${d.file}: page 1 lacks "${name}"`);
    if (d.producer === 'libreoffice' && pdf.numPages > 3) bad(`${d.file}: ${pdf.numPages} pages`);
    await pdf.destroy();
  } else if (d.file.endsWith('.docx')) {
    try { execFileSync('unzip', ['-tq', file], { stdio: 'pipe' }); } catch { bad(`${d.file}: unzip -t`); }
  } else if (d.file.endsWith('.txt')) {
    const buf = readFileSync(file);
    let text = '';
    try { text = new TextDecoder('utf-8', { fatal: true }).decode(buf); } catch { bad(`${d.file}: not UTF-8`); }
    if (!hasName(text, name)) bad(`${d.file}: lacks "${name}"`);
  }
}
const by: Record<string, number> = {};
for (const d of truth.documents) by[d.layout] = (by[d.layout] ?? 0) + 1;
console.log(`${truth.documents.length} documents (${Object.entries(by).map(([k, v]) => `${k} ${v}`).join(', ')}); ${fail ? `${fail} FAILED` : 'all checks passed'}`);
process.exit(fail ? 1 : 0);
