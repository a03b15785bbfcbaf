/**
 * heldout-38 self-check, without the analyser. Run from packages/cv:  npx tsx eval/heldout-38/check.ts
 * PDFs: page-1 text (pdfjs-dist legacy build) contains the person's name, ignoring case and spaces; LibreOffice PDFs
 * have at most 3 pages. DOCX: `unzip -t` passes. TXT: valid UTF-8 and contains the name. Exits 1 on any failure.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(here, 'documents');
const truth = JSON.parse(readFileSync(path.join(here, 'truth.json'), 'utf8')) as {
  people: { id: string; name: string }[];
  documents: { file: string; person: string; producer: string }[];
};
const norm = (s: string) => s.replace(/\s+/g, '').toLowerCase();
let failures = 0;
for (const doc of truth.documents) {
  const name = truth.people.find((p) => p.id === doc.person)!.name;
  const file = path.join(docs, doc.file);
  const problems: string[] = [];
  let info = '';
  try {
    if (doc.file.endsWith('.pdf')) {
      const pdf = await getDocument({ data: new Uint8Array(readFileSync(file)), useSystemFonts: false, verbosity: 0 }).promise;
      const page = await pdf.getPage(1);
      const text = (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('');
      info = `${pdf.numPages} page(s)`;
      if (!norm(text).includes(norm(name))) problems.push('name not on page 1');
      if (doc.producer === 'libreoffice' && pdf.numPages > 3) problems.push(`${pdf.numPages} pages > 3`);
      await pdf.destroy();
    } else if (doc.file.endsWith('.docx')) {
      execFileSync('unzip', ['-tq', file], { stdio: 'pipe' });
      info = 'zip ok';
    } else {
      const buf = readFileSync(file);
      const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
      info = `${buf.length} bytes`;
      if (!norm(text).includes(norm(name))) problems.push('name not in text');
    }
  } catch (err) {
    problems.push(String((err as Error).message ?? err).split('\n')[0]);
  }
  if (problems.length) failures++;
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${doc.file.padEnd(34)} ${doc.producer.padEnd(11)} ${info}${problems.length ? '  ' + problems.join('; ') : ''}`);
}
console.log(`${truth.documents.length} documents, ${failures} failure(s)`);
process.exit(failures ? 1 : 0);
