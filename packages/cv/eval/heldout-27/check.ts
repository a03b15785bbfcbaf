/**
 * heldout-27 checks, without the analyser:
 *   every PDF's page-1 text contains the person's name (case and spaces ignored); LibreOffice PDFs have ≤ 3 pages;
 *   DOCX files pass `unzip -t`; TXT files are valid UTF-8 and contain the name; manifest hashes match.
 *   npx tsx eval/heldout-27/check.ts
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
const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
const names = new Map(truth.people.map((p) => [p.id, p.name]));

let failures = 0;
for (const d of truth.documents) {
  const file = path.join(docs, d.file);
  const name = names.get(d.person)!;
  const problems: string[] = [];
  let info = '';
  try {
    const bytes = readFileSync(file);
    if (createHash('sha256').update(bytes).digest('hex') !== manifest[d.file]) problems.push('manifest hash differs');
    if (d.file.endsWith('.pdf')) {
      const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, verbosity: 0 }).promise;
      const page = await pdf.getPage(1);
      const text = (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('');
      info = `${pdf.numPages} page(s)`;
      if (!norm(text).includes(norm(name))) problems.push(`name "${name}" not on page 1`);
      if (d.producer === 'libreoffice' && pdf.numPages > 3) problems.push(`${pdf.numPages} pages > 3`);
      await pdf.destroy();
    } else if (d.file.endsWith('.docx')) {
      execFileSync('unzip', ['-tq', file], { stdio: 'pipe' });
      info = 'zip ok';
    } else if (d.file.endsWith('.txt')) {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      info = `${text.split('\n').length} lines`;
      if (!norm(text).includes(norm(name))) problems.push(`name "${name}" missing`);
    } else problems.push('unknown extension');
  } catch (err) {
    problems.push(String((err as Error).message ?? err).split('\n')[0]);
  }
  if (problems.length) failures++;
  console.log(`${problems.length ? 'FAIL' : 'ok  '}  ${d.file.padEnd(34)} ${d.producer.padEnd(11)} ${info}${problems.length ? '  — ' + problems.join('; ') : ''}`);
}
console.log(`\n${truth.documents.length - failures}/${truth.documents.length} documents pass`);
process.exit(failures ? 1 : 0);
