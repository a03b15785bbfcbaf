/**
 * heldout-36 checks, without the analyser:
 *   - every PDF's page-1 text (pdfjs-dist legacy build) contains the person's name (case and spaces ignored)
 *   - LibreOffice PDFs have at most 3 pages
 *   - every DOCX passes `unzip -t`
 *   - every txt is valid UTF-8 and contains the name
 *   - the manifest's sha256 matches every listed document
 * One line per document; exit code 1 on any failure.
 *   npx tsx eval/heldout-36/check.ts      (from packages/cv)
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { manifestOf } from '../dev-layouts/render.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(here, 'documents');
const truth = JSON.parse(readFileSync(path.join(here, 'truth.json'), 'utf8')) as {
  people: { id: string; name: string }[];
  documents: { file: string; person: string; producer: string }[];
};
const manifest = JSON.parse(readFileSync(path.join(here, 'manifest.json'), 'utf8')) as Record<string, string>;
const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

async function pdfPage1(file: string): Promise<{ text: string; pages: number }> {
  const data = new Uint8Array(readFileSync(file));
  const doc = await getDocument({ data, useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  const page = await doc.getPage(1);
  const content = await page.getTextContent();
  const text = content.items.map((i) => ('str' in i ? i.str : '')).join(' ');
  const pages = doc.numPages;
  await doc.destroy();
  return { text, pages };
}

let failures = 0;
const actual = manifestOf(docs, Object.keys(manifest));
for (const doc of truth.documents) {
  const person = truth.people.find((p) => p.id === doc.person)!;
  const file = path.join(docs, doc.file);
  const problems: string[] = [];
  let info = '';
  try {
    if (manifest[doc.file] !== actual[doc.file]) problems.push('sha256 differs from manifest');
    if (doc.file.endsWith('.pdf')) {
      const { text, pages } = await pdfPage1(file);
      info = `${pages} page(s)`;
      if (!norm(text).includes(norm(person.name))) problems.push(`page 1 lacks name "${person.name}"`);
      if (doc.producer === 'libreoffice' && pages > 3) problems.push(`LibreOffice PDF has ${pages} pages (> 3)`);
    } else if (doc.file.endsWith('.docx')) {
      execFileSync('unzip', ['-tq', file], { stdio: 'pipe' });
      info = 'zip ok';
    } else if (doc.file.endsWith('.txt')) {
      const buf = readFileSync(file);
      const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
      info = `${buf.length} bytes utf-8`;
      if (!norm(text).includes(norm(person.name))) problems.push(`text lacks name "${person.name}"`);
    } else problems.push('unknown extension');
  } catch (err) {
    problems.push(`error: ${(err as Error).message.split('\n')[0]}`);
  }
  if (problems.length) failures++;
  console.log(`${problems.length ? 'FAIL' : 'ok  '}  ${doc.file.padEnd(44)} ${doc.producer.padEnd(11)} ${info}${problems.length ? '  — ' + problems.join('; ') : ''}`);
}
const listed = new Set(truth.documents.map((x) => x.file));
for (const f of Object.keys(manifest)) if (!listed.has(f)) { failures++; console.log(`FAIL  ${f} in manifest but not in truth`); }
console.log(`\n${truth.documents.length} documents, ${failures} failure(s)`);
process.exit(failures ? 1 : 0);
