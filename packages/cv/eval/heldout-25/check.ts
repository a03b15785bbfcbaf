/**
 * heldout-25 checks that need no analyser:
 *  - every PDF's page-1 text (pdfjs-dist legacy build) contains the person's name (case and spaces ignored);
 *  - LibreOffice PDFs are at most 3 pages;
 *  - every DOCX passes `unzip -t`;
 *  - every TXT is valid UTF-8 and contains the name;
 *  - every document in truth.json exists and matches manifest.json.
 *   npx tsx eval/heldout-25/check.ts      (from packages/cv)
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
const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

let failures = 0;
for (const d of truth.documents) {
  const file = path.join(docs, d.file);
  const name = truth.people.find((p) => p.id === d.person)!.name;
  const problems: string[] = [];
  let info = '';
  if (!existsSync(file)) problems.push('missing');
  else {
    const bytes = readFileSync(file);
    if (manifest[d.file] !== createHash('sha256').update(bytes).digest('hex')) problems.push('sha256 differs from manifest');
    if (d.file.endsWith('.pdf')) {
      const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, verbosity: 0 }).promise;
      const page = await pdf.getPage(1);
      const text = (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ');
      info = `${pdf.numPages}p`;
      if (!norm(text).includes(norm(name))) problems.push(`page 1 lacks name "${name}"`);
      if (d.producer === 'libreoffice' && pdf.numPages > 3) problems.push(`${pdf.numPages} pages (> 3)`);
      await pdf.destroy();
    } else if (d.file.endsWith('.docx')) {
      try {
        execFileSync('unzip', ['-tq', file], { stdio: 'pipe' });
        info = 'zip ok';
      } catch {
        problems.push('unzip -t failed');
      }
    } else if (d.file.endsWith('.txt')) {
      let text = '';
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        info = 'utf-8';
      } catch {
        problems.push('not valid UTF-8');
      }
      if (text && !norm(text).includes(norm(name))) problems.push(`lacks name "${name}"`);
    } else problems.push('unknown extension');
  }
  if (problems.length) failures++;
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${d.file.padEnd(34)} ${d.producer.padEnd(11)} ${info}${problems.length ? '  ' + problems.join('; ') : ''}`);
}
console.log(`\n${truth.documents.length - failures}/${truth.documents.length} documents pass`);
process.exit(failures ? 1 : 0);
