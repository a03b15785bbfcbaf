/**
 * heldout-26 self-check (no analyser): page-1 text of every PDF contains the person's name; LibreOffice PDFs are at
 * most 3 pages; DOCX files pass `unzip -t`; text files are valid UTF-8 and contain the name; files match the manifest.
 *   npx tsx eval/heldout-26/check.ts      (from packages/cv)
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { manifestOf } from '../dev-layouts/render.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const DOCS = path.join(here, 'documents');
const truth = JSON.parse(readFileSync(path.join(here, 'truth.json'), 'utf8')) as {
  people: { id: string; name: string }[];
  documents: { file: string; person: string; producer: string }[];
};
const manifest = JSON.parse(readFileSync(path.join(here, 'manifest.json'), 'utf8')) as Record<string, string>;
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, '');
const nameOf = new Map(truth.people.map((p) => [p.id, p.name]));

let failures = 0;
const now = manifestOf(DOCS, Object.keys(manifest));
for (const doc of truth.documents) {
  const file = path.join(DOCS, doc.file);
  const name = nameOf.get(doc.person)!;
  const problems: string[] = [];
  let info = '';
  try {
    if (now[doc.file] !== manifest[doc.file]) problems.push('sha256 differs from manifest');
    if (doc.file.endsWith('.pdf')) {
      const pdf = await getDocument({ data: new Uint8Array(readFileSync(file)), useSystemFonts: false, verbosity: 0 }).promise;
      const page1 = await pdf.getPage(1);
      const text = (await page1.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('');
      info = `${pdf.numPages} page(s)`;
      if (!norm(text).includes(norm(name))) problems.push(`name "${name}" not on page 1`);
      if (doc.producer === 'libreoffice' && pdf.numPages > 3) problems.push(`LibreOffice PDF has ${pdf.numPages} pages (> 3)`);
      await pdf.destroy();
    } else if (doc.file.endsWith('.docx')) {
      execFileSync('unzip', ['-tq', file], { stdio: 'pipe' });
      info = 'zip ok';
    } else if (doc.file.endsWith('.txt')) {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
      info = `${text.split('\n').length} lines`;
      if (!norm(text).includes(norm(name))) problems.push(`name "${name}" not in text`);
    } else problems.push('unknown extension');
  } catch (e) {
    problems.push(String((e as Error).message ?? e).split('\n')[0]);
  }
  if (problems.length) failures++;
  console.log(`${problems.length ? 'FAIL' : 'ok  '}  ${doc.file.padEnd(36)} ${doc.producer.padEnd(11)} ${info}${problems.length ? `  — ${problems.join('; ')}` : ''}`);
}
console.log(`\n${truth.documents.length - failures}/${truth.documents.length} documents pass`);
process.exit(failures ? 1 : 0);
