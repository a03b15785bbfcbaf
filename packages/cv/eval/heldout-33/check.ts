/**
 * heldout-33 checks, without the analyser:   npx tsx eval/heldout-33/check.ts   (from packages/cv)
 * PDF page 1 contains the person's name (case and spaces ignored); LibreOffice PDFs have at most 3 pages;
 * DOCX files pass `unzip -t`; text files are valid UTF-8 and contain the name. Exits 1 on any failure.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const truth = JSON.parse(readFileSync(path.join(here, 'truth.json'), 'utf8')) as {
  people: { id: string; name: string }[]; documents: { file: string; person: string; producer: string }[];
};
const names = new Map(truth.people.map((p) => [p.id, p.name]));
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, '');
let failures = 0;

for (const doc of truth.documents) {
  const file = path.join(here, 'documents', doc.file);
  const name = norm(names.get(doc.person)!);
  const problems: string[] = [];
  let info = '';
  try {
    const bytes = readFileSync(file);
    if (doc.file.endsWith('.pdf')) {
      const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
      const page = await pdf.getPage(1);
      const text = (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('');
      info = `${pdf.numPages} page(s)`;
      if (!norm(text).includes(name)) problems.push('name not on page 1');
      if (doc.producer === 'libreoffice' && pdf.numPages > 3) problems.push(`LibreOffice PDF has ${pdf.numPages} pages`);
      await pdf.destroy();
    } else if (doc.file.endsWith('.docx')) {
      execFileSync('unzip', ['-tq', file], { stdio: 'pipe' });
      info = 'zip ok';
    } else {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      info = `${text.split('\n').length} lines`;
      if (!norm(text).includes(name)) problems.push('name not in text');
    }
  } catch (err) {
    problems.push(String((err as Error).message ?? err).split('\n')[0]);
  }
  if (problems.length) failures++;
  console.log(`${problems.length ? 'FAIL' : 'ok  '}  ${doc.file.padEnd(40)} ${doc.producer.padEnd(11)} ${info}${problems.length ? '  — ' + problems.join('; ') : ''}`);
}
console.log(`${truth.documents.length - failures}/${truth.documents.length} documents pass`);
process.exit(failures ? 1 : 0);
