/**
 * heldout-30 checks, without the analyser: page-1 text of every PDF holds the person's name, LibreOffice PDFs are at
 * most 3 pages, DOCX files pass `unzip -t`, txt files are valid UTF-8 and hold the name. Exits 1 on any failure.
 *   npx tsx eval/heldout-30/check.ts      (from packages/cv)
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
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, '');
let failures = 0;

for (const d of truth.documents) {
  const name = truth.people.find((p) => p.id === d.person)!.name;
  const file = path.join(docs, d.file);
  const problems: string[] = [];
  let info = '';
  try {
    if (d.file.endsWith('.pdf')) {
      const pdf = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
      const content = await (await pdf.getPage(1)).getTextContent();
      const text = content.items.map((i) => ('str' in i ? i.str : '')).join('');
      info = `${pdf.numPages} page(s), ${text.length} chars on page 1`;
      if (!norm(text).includes(norm(name))) problems.push('name not on page 1');
      if (d.producer === 'libreoffice' && pdf.numPages > 3) problems.push('LibreOffice PDF longer than 3 pages');
      await pdf.destroy();
    } else if (d.file.endsWith('.docx')) {
      execFileSync('unzip', ['-tq', file], { stdio: 'pipe' });
      info = 'unzip -t ok';
    } else {
      const bytes = readFileSync(file);
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      info = `${bytes.length} bytes UTF-8`;
      if (!norm(text).includes(norm(name))) problems.push('name not in text');
    }
  } catch (e) {
    problems.push(`error: ${(e as Error).message.split('\n')[0]}`);
  }
  if (problems.length) failures++;
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${d.file.padEnd(36)} ${info}${problems.length ? ` — ${problems.join('; ')}` : ''}`);
}
console.log(`${truth.documents.length - failures}/${truth.documents.length} documents pass`);
process.exit(failures ? 1 : 0);
