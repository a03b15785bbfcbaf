/**
 * heldout-22 checks, without the analyser:
 *  - every PDF's page-1 text (pdfjs-dist legacy build) contains the person's name (case and spaces ignored);
 *  - LibreOffice PDFs have at most 3 pages;
 *  - DOCX files pass `unzip -t`;
 *  - TXT files are valid UTF-8 and contain the name;
 *  - manifest hashes match.
 *   npx tsx eval/heldout-22/check.ts
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
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
const manifest = JSON.parse(readFileSync(path.join(here, 'manifest.json'), 'utf8')) as Record<string, string>;
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, '');
const names = new Map(truth.people.map((p) => [p.id, p.name]));

let failures = 0;
for (const d of truth.documents) {
  const file = path.join(docs, d.file);
  const name = names.get(d.person)!;
  const problems: string[] = [];
  let info = '';
  const buf = readFileSync(file);
  if (createHash('sha256').update(buf).digest('hex') !== manifest[d.file]) problems.push('sha256 differs from manifest');
  if (d.file.endsWith('.pdf')) {
    const pdf = await getDocument({ data: new Uint8Array(buf), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
    const page = await pdf.getPage(1);
    const text = (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('');
    info = `${pdf.numPages} page(s), ${text.length} chars on p1`;
    if (!norm(text).includes(norm(name))) problems.push(`name "${name}" not on page 1`);
    if (d.producer === 'libreoffice' && pdf.numPages > 3) problems.push(`${pdf.numPages} pages > 3`);
    await pdf.destroy();
  } else if (d.file.endsWith('.docx')) {
    try { execFileSync('unzip', ['-t', '-q', file], { stdio: 'pipe' }); info = 'zip ok'; } catch { problems.push('unzip -t failed'); }
  } else if (d.file.endsWith('.txt')) {
    let text = '';
    try { text = new TextDecoder('utf-8', { fatal: true }).decode(buf); info = `utf-8, ${text.split('\n').length} lines`; } catch { problems.push('not valid UTF-8'); }
    if (!norm(text).includes(norm(name))) problems.push(`name "${name}" missing`);
  } else problems.push('unknown extension');
  if (problems.length) failures++;
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${d.file}  ${info}${problems.length ? '  — ' + problems.join('; ') : ''}`);
}
console.log(`\n${truth.documents.length} documents, ${failures} failure(s)`);
process.exit(failures ? 1 : 0);
