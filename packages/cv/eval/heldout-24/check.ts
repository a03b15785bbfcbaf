/**
 * heldout-24 checks (no analyser): page-1 text of every PDF contains the person's name (case and spaces ignored);
 * LibreOffice PDFs have at most 3 pages; DOCX files pass `unzip -t`; txt files are valid UTF-8 and contain the name.
 *   npx tsx eval/heldout-24/check.ts      (from packages/cv)
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
const names = new Map(truth.people.map((p) => [p.id, p.name]));
const norm = (s: string) => s.replace(/\s+/g, '').toLowerCase();

let failures = 0;
for (const doc of truth.documents) {
  const file = path.join(docs, doc.file);
  const name = names.get(doc.person)!;
  const problems: string[] = [];
  let info = '';
  try {
    if (doc.file.endsWith('.pdf')) {
      const pdf = await getDocument({ data: new Uint8Array(readFileSync(file)), useSystemFonts: false, isEvalSupported: false }).promise;
      const page = await pdf.getPage(1);
      const text = (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('');
      info = `${pdf.numPages} page(s)`;
      if (!norm(text).includes(norm(name))) problems.push(`page 1 lacks name "${name}"`);
      if (doc.producer === 'libreoffice' && pdf.numPages > 3) problems.push(`LibreOffice PDF has ${pdf.numPages} pages (> 3)`);
      await pdf.destroy();
    } else if (doc.file.endsWith('.docx')) {
      execFileSync('unzip', ['-tq', file], { stdio: 'pipe' });
      info = 'zip ok';
    } else if (doc.file.endsWith('.txt')) {
      const buf = readFileSync(file);
      const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
      info = `${text.split('\n').length} lines`;
      if (!norm(text).includes(norm(name))) problems.push(`text lacks name "${name}"`);
    } else problems.push('unknown extension');
  } catch (err) {
    problems.push(`error: ${(err as Error).message.split('\n')[0]}`);
  }
  if (problems.length) failures++;
  console.log(`${problems.length ? 'FAIL' : 'ok  '}  ${doc.file.padEnd(34)} ${info}${problems.length ? '  — ' + problems.join('; ') : ''}`);
}
console.log(`${truth.documents.length - failures}/${truth.documents.length} documents pass`);
process.exit(failures ? 1 : 0);
