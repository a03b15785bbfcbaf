/**
 * heldout-20 self-check, without the analyser. Run from packages/cv:  npx tsx eval/heldout-20/check.ts
 * - every PDF: page-1 text (pdfjs-dist legacy build) contains the person's name, ignoring case and spaces
 * - LibreOffice PDFs: at most 3 pages
 * - DOCX: `unzip -t` passes
 * - TXT: valid UTF-8 and contains the name
 * - manifest hashes match, and every truth document exists
 * One line per document; exit code 1 on any failure.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(here, 'documents');
const truth = JSON.parse(readFileSync(path.join(here, 'truth.json'), 'utf8')) as {
  people: { id: string; name: string }[];
  documents: { file: string; person: string; producer: string }[];
};
const manifest = JSON.parse(readFileSync(path.join(here, 'manifest.json'), 'utf8')) as Record<string, string>;
const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

async function pdfInfo(file: string): Promise<{ pages: number; text1: string }> {
  const data = new Uint8Array(readFileSync(file));
  const pdf = await getDocument({ data, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const page = await pdf.getPage(1);
  const tc = await page.getTextContent();
  const text1 = tc.items.map((i) => ('str' in i ? i.str : '')).join(' ');
  const pages = pdf.numPages;
  await pdf.destroy();
  return { pages, text1 };
}

let failures = 0;
const names = Object.fromEntries(truth.people.map((p) => [p.id, p.name]));
for (const d of truth.documents) {
  const file = path.join(docs, d.file);
  const problems: string[] = [];
  let info = '';
  if (!existsSync(file)) problems.push('missing');
  else {
    const buf = readFileSync(file);
    if (manifest[d.file] !== createHash('sha256').update(buf).digest('hex')) problems.push('sha256 differs from manifest');
    const name = norm(names[d.person]);
    if (d.file.endsWith('.pdf')) {
      const { pages, text1 } = await pdfInfo(file);
      info = `${pages}p`;
      if (!norm(text1).includes(name)) problems.push(`name "${names[d.person]}" not on page 1`);
      if (d.producer === 'libreoffice' && pages > 3) problems.push(`${pages} pages > 3`);
    } else if (d.file.endsWith('.docx')) {
      try { execFileSync('unzip', ['-tq', file], { stdio: 'pipe' }); info = 'zip ok'; } catch (e) { problems.push(`unzip -t failed: ${(e as Error).message.split('\n')[0]}`); }
    } else if (d.file.endsWith('.txt')) {
      let text = '';
      try { text = new TextDecoder('utf-8', { fatal: true }).decode(buf); info = `${text.split('\n').length} lines`; } catch { problems.push('not valid UTF-8'); }
      if (!norm(text).includes(name)) problems.push(`name "${names[d.person]}" not in text`);
    } else problems.push('unknown extension');
  }
  if (problems.length) failures++;
  console.log(`${problems.length ? 'FAIL' : 'ok  '}  ${d.file.padEnd(34)} ${d.producer.padEnd(11)} ${info}${problems.length ? '  ' + problems.join('; ') : ''}`);
}
const listed = new Set(truth.documents.map((d) => d.file));
for (const f of Object.keys(manifest)) if (!listed.has(f)) { failures++; console.log(`FAIL  ${f} in manifest but not in truth`); }
console.log(failures ? `${failures} failure(s)` : `all ${truth.documents.length} documents pass`);
process.exit(failures ? 1 : 0);
