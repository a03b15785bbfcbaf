/**
 * heldout-29 checks, without the analyser: page-1 text of every PDF contains the person's name (case and spaces
 * ignored); LibreOffice PDFs have at most 3 pages; DOCX files pass `unzip -t`; txt files are valid UTF-8 and contain the name.
 * Run from packages/cv: npx tsx eval/heldout-29/check.ts
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DOCS = path.join(HERE, 'documents');
const truth = JSON.parse(readFileSync(path.join(HERE, 'truth.json'), 'utf8')) as {
  people: { id: string; name: string }[];
  documents: { file: string; person: string; producer: string }[];
};
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, '');
let failures = 0;
for (const d of truth.documents) {
  const name = truth.people.find((p) => p.id === d.person)!.name;
  const file = path.join(DOCS, d.file);
  const problems: string[] = [];
  let info = '';
  try {
    if (d.file.endsWith('.pdf')) {
      const pdf = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
      const page = await pdf.getPage(1);
      const text = (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ');
      info = `${pdf.numPages} page(s)`;
      if (!norm(text).includes(norm(name))) problems.push(`name "${name}" not on page 1`);
      if (d.producer === 'libreoffice' && pdf.numPages > 3) problems.push(`${pdf.numPages} pages (> 3)`);
      await pdf.destroy();
    } else if (d.file.endsWith('.docx')) {
      execFileSync('unzip', ['-tq', file], { stdio: 'pipe' });
      info = 'zip ok';
    } else if (d.file.endsWith('.txt')) {
      const buf = readFileSync(file);
      const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
      info = `${buf.length} bytes utf-8`;
      if (!norm(text).includes(norm(name))) problems.push(`name "${name}" not in text`);
    } else problems.push('unknown extension');
  } catch (e) {
    problems.push(String((e as Error).message ?? e).split('\n')[0]!);
  }
  if (problems.length) failures++;
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${d.file.padEnd(34)} ${d.producer.padEnd(11)} ${info}${problems.length ? ' — ' + problems.join('; ') : ''}`);
}
console.log(`${truth.documents.length} documents, ${failures} failure(s)`);
process.exit(failures ? 1 : 0);
