/**
 * heldout-15 checks, without the analyser: every PDF's page-1 text contains the person's name (ignoring case and
 * spaces), LibreOffice PDFs have at most 3 pages, every DOCX passes `unzip -t`, every txt is UTF-8 and has the name,
 * and the manifest matches the files. Run from packages/cv: `npx tsx eval/heldout-15/check.ts`.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { manifestOf } from '../dev-layouts/render.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(here, 'documents');
const truth = JSON.parse(readFileSync(path.join(here, 'truth.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(path.join(here, 'manifest.json'), 'utf8'));
const squash = (s: string) => s.toLowerCase().replace(/\s+/g, '');
const failures: string[] = [];
for (const d of truth.documents) {
  const person = truth.people.find((p: { id: string }) => p.id === d.person);
  const file = path.join(docs, d.file);
  const name = squash(person.name);
  if (d.file.endsWith('.pdf')) {
    const pdf = await getDocument({ data: new Uint8Array(readFileSync(file)), useSystemFonts: true }).promise;
    const page = await pdf.getPage(1);
    const text = (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ');
    if (!squash(text).includes(name)) failures.push(`${d.file}: name not on page 1`);
    if (d.producer === 'libreoffice' && pdf.numPages > 3) failures.push(`${d.file}: ${pdf.numPages} pages`);
    await pdf.destroy();
  } else if (d.file.endsWith('.docx')) {
    try { execFileSync('unzip', ['-tq', file], { stdio: 'pipe' }); } catch { failures.push(`${d.file}: unzip -t failed`); }
  } else if (d.file.endsWith('.txt')) {
    const buf = readFileSync(file);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    if (!squash(text).includes(name)) failures.push(`${d.file}: name missing`);
  }
}
const now = manifestOf(docs, Object.keys(manifest));
for (const [f, h] of Object.entries(manifest)) if (now[f] !== h) failures.push(`${f}: sha256 differs from manifest`);
if (Object.keys(manifest).length !== truth.documents.length) failures.push('manifest and truth list different numbers of documents');
console.log(`${truth.documents.length} documents checked, ${failures.length} failures`);
for (const f of failures) console.log('  ' + f);
process.exit(failures.length ? 1 : 0);
