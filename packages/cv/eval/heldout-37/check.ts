/**
 * heldout-37 checks, without the analyser:
 *   - every PDF's page-1 text (pdfjs-dist legacy build) contains the person's name (case and spaces ignored);
 *   - LibreOffice PDFs have at most 3 pages;
 *   - every DOCX passes `unzip -t`;
 *   - every .txt is valid UTF-8 and contains the name.
 * Also: every file in truth.json exists and matches manifest.json. Prints one line per document; exits 1 on any failure.
 *   npx tsx eval/heldout-37/check.ts      (from packages/cv)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { manifestOf } from '../dev-layouts/render.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docsDir = path.join(here, 'documents');
const truth = JSON.parse(readFileSync(path.join(here, 'truth.json'), 'utf8')) as {
  people: { id: string; name: string }[];
  documents: { file: string; person: string; producer: string }[];
};
const manifest = JSON.parse(readFileSync(path.join(here, 'manifest.json'), 'utf8')) as Record<string, string>;
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, '');

async function pdfInfo(file: string): Promise<{ pages: number; text1: string }> {
  const data = new Uint8Array(readFileSync(file));
  const pdf = await getDocument({ data, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const page = await pdf.getPage(1);
  const content = await page.getTextContent();
  const text1 = content.items.map((i) => ('str' in i ? i.str : '')).join(' ');
  const pages = pdf.numPages;
  await pdf.destroy();
  return { pages, text1 };
}

let failures = 0;
for (const d of truth.documents) {
  const person = truth.people.find((p) => p.id === d.person)!;
  const file = path.join(docsDir, d.file);
  const problems: string[] = [];
  let info = '';
  if (!existsSync(file)) problems.push('missing');
  else {
    if (manifestOf(docsDir, [d.file])[d.file] !== manifest[d.file]) problems.push('sha256 differs from manifest');
    if (d.file.endsWith('.pdf')) {
      const { pages, text1 } = await pdfInfo(file);
      info = `${pages} page(s)`;
      if (!norm(text1).includes(norm(person.name))) problems.push(`name "${person.name}" not on page 1`);
      if (d.producer === 'libreoffice' && pages > 3) problems.push(`${pages} pages > 3`);
    } else if (d.file.endsWith('.docx')) {
      try { execFileSync('unzip', ['-tq', file], { stdio: 'pipe' }); info = 'zip ok'; } catch { problems.push('unzip -t failed'); }
    } else if (d.file.endsWith('.txt')) {
      const buf = readFileSync(file);
      let text = '';
      try { text = new TextDecoder('utf-8', { fatal: true }).decode(buf); info = `${buf.length} bytes utf-8`; } catch { problems.push('not UTF-8'); }
      if (text && !norm(text).includes(norm(person.name))) problems.push(`name "${person.name}" missing`);
    } else problems.push('unknown extension');
  }
  if (problems.length) failures++;
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${d.file.padEnd(34)} ${d.producer.padEnd(11)} ${info}${problems.length ? ` — ${problems.join('; ')}` : ''}`);
}
const extra = Object.keys(manifest).filter((f) => !truth.documents.some((d) => d.file === f));
if (extra.length) { failures++; console.log(`FAIL manifest lists files not in truth: ${extra.join(', ')}`); }
console.log(`\n${truth.documents.length} documents, ${failures} failure(s)`);
process.exit(failures ? 1 : 0);
