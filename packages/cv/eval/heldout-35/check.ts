/**
 * heldout-35 checks, without the analyser: names on page 1 of every PDF, LibreOffice PDFs ≤ 3 pages,
 * DOCX files pass `unzip -t`, TXT files are valid UTF-8 and contain the name. Exits non-zero on any failure.
 *   npx tsx eval/heldout-35/check.ts
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DOCS = path.join(HERE, 'documents');
type Truth = { people: { id: string; name: string }[]; documents: { file: string; person: string; producer: string }[] };
const truth = JSON.parse(readFileSync(path.join(HERE, 'truth.json'), 'utf8')) as Truth;
const manifest = JSON.parse(readFileSync(path.join(HERE, 'manifest.json'), 'utf8')) as Record<string, string>;
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, '');
let failures = 0;

for (const doc of truth.documents) {
  const name = truth.people.find((p) => p.id === doc.person)!.name;
  const file = path.join(DOCS, doc.file);
  const problems: string[] = [];
  let info = '';
  try {
    if (!(doc.file in manifest)) problems.push('not in manifest');
    if (doc.file.endsWith('.pdf')) {
      const pdf = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
      const page = await pdf.getPage(1);
      const text = (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('');
      info = `${pdf.numPages} page(s)`;
      if (!norm(text).includes(norm(name))) problems.push(`name "${name}" not on page 1`);
      if (doc.producer === 'libreoffice' && pdf.numPages > 3) problems.push(`LibreOffice PDF has ${pdf.numPages} pages (> 3)`);
      await pdf.destroy();
    } else if (doc.file.endsWith('.docx')) {
      execFileSync('unzip', ['-tq', file], { stdio: 'pipe' });
      info = 'zip ok';
    } else if (doc.file.endsWith('.txt')) {
      const buf = readFileSync(file);
      const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
      info = `${buf.length} bytes utf-8`;
      if (!norm(text).includes(norm(name))) problems.push(`name "${name}" not in text`);
    } else problems.push('unknown extension');
  } catch (e) {
    problems.push(String((e as Error).message ?? e).split('\n')[0]);
  }
  if (problems.length) failures++;
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${doc.file.padEnd(36)} ${info}${problems.length ? ' — ' + problems.join('; ') : ''}`);
}
console.log(`\n${truth.documents.length - failures}/${truth.documents.length} documents pass`);
process.exit(failures ? 1 : 0);
