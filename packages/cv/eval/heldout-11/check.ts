/**
 * heldout-11 checks, without the analyser:
 *  - every PDF's page-1 text (pdfjs-dist) contains the person's name, ignoring case and spaces;
 *  - LibreOffice PDFs have at most 3 pages;
 *  - every DOCX passes `unzip -t`;
 *  - every .txt is valid UTF-8 and contains the name;
 *  - the manifest matches the documents, truth lists every document, yearsOfExperience = yearsWorked(work, referenceDate);
 *  - (consistency) every document's full text contains the person's email, phone digits, every employer and every skill as printed.
 *
 *   cd packages/cv && npx tsx eval/heldout-11/check.ts
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { manifestOf, yearsWorked } from '../dev-layouts/render.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(here, 'documents');
const truth = JSON.parse(readFileSync(path.join(here, 'truth.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(path.join(here, 'manifest.json'), 'utf8'));
const squash = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, '');
const failures: string[] = [];
const fail = (m: string) => failures.push(m);

async function pdfPages(file: string): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const c = await (await doc.getPage(i)).getTextContent();
    pages.push(c.items.map((it) => ('str' in it ? it.str : '')).join(' '));
  }
  await doc.destroy();
  return pages;
}

const files = readdirSync(docs).sort();
const listed = truth.documents.map((d: { file: string }) => d.file).sort();
if (JSON.stringify(files) !== JSON.stringify(listed)) fail('documents/ and truth.documents differ');
if (JSON.stringify(manifestOf(docs, files)) !== JSON.stringify(manifest)) fail('manifest.json does not match documents/');
const people = new Map<string, any>(truth.people.map((p: any) => [p.id, p]));
for (const p of people.values()) if (yearsWorked(p.work, truth.referenceDate) !== p.yearsOfExperience) fail(`${p.id}: yearsOfExperience`);

const counts: Record<string, number> = {};
for (const d of truth.documents) {
  const p = people.get(d.person)!;
  const file = path.join(docs, d.file);
  counts[`${d.layout} × ${d.producer} × ${d.language}`] = (counts[`${d.layout} × ${d.producer} × ${d.language}`] ?? 0) + 1;
  let full = '';
  if (d.file.endsWith('.pdf')) {
    const pages = await pdfPages(file);
    if (!squash(pages[0]).includes(squash(p.name))) fail(`${d.file}: page 1 lacks the name ${p.name}`);
    if (d.producer === 'libreoffice' && pages.length > 3) fail(`${d.file}: ${pages.length} pages`);
    full = pages.join(' ');
  } else if (d.file.endsWith('.docx')) {
    try { execFileSync('unzip', ['-tq', file], { stdio: 'pipe' }); } catch { fail(`${d.file}: unzip -t failed`); }
    full = (await (await JSZip.loadAsync(readFileSync(file))).file('word/document.xml')!.async('string')).replace(/<w:tab\/>/g, ' ').replace(/<[^>]+>/g, '');
    full = full.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
  } else if (d.file.endsWith('.txt')) {
    const buf = readFileSync(file);
    try { full = new TextDecoder('utf-8', { fatal: true }).decode(buf); } catch { fail(`${d.file}: not UTF-8`); }
    if (!squash(full).includes(squash(p.name))) fail(`${d.file}: lacks the name`);
  }
  const text = squash(full);
  if (!text.includes(squash(p.email))) fail(`${d.file}: lacks email`);
  const digits = full.replace(/\D/g, '');
  const national = p.phone.replace(/^\+(234|254|86|49|48|47|34|31|971)/, '');
  if (!digits.includes(national)) fail(`${d.file}: lacks phone digits ${national}`);
  for (const j of p.work) if (!text.includes(squash(j.company))) fail(`${d.file}: lacks employer ${j.company}`);
  for (const s of p.skills) if (!text.includes(squash(s.split(' | ')[0]))) fail(`${d.file}: lacks skill ${s.split(' | ')[0]}`);
}

console.log(`${truth.documents.length} documents checked`);
console.log(Object.entries(counts).sort().map(([k, v]) => `  ${k}: ${v}`).join('\n'));
if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}
console.log('all checks passed');
