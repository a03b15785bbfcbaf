/**
 * heldout-19 self-check, without the analyser: every listed document exists and matches manifest.json; every PDF's
 * page-1 text contains the person's name (case and spaces ignored); LibreOffice PDFs have at most 3 pages; DOCX files
 * pass `unzip -t`; TXT files are valid UTF-8 and contain the name. One line per document; exit 1 on any failure.
 * Run from packages/cv:  npx tsx eval/heldout-19/check.ts
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(here, 'documents');
const truth = JSON.parse(readFileSync(path.join(here, 'truth.json'), 'utf8')) as {
  people: { id: string; name: string }[];
  documents: { file: string; person: string; producer: string; layout: string; language: string }[];
};
const manifest = JSON.parse(readFileSync(path.join(here, 'manifest.json'), 'utf8')) as Record<string, string>;
const norm = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, '');
const nameOf = new Map(truth.people.map((p) => [p.id, p.name]));

let failures = 0;
function report(file: string, ok: boolean, detail: string) {
  if (!ok) failures++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${file.padEnd(34)} ${detail}`);
}

async function pdfInfo(buf: Buffer): Promise<{ pages: number; page1: string }> {
  const pdf = await getDocument({ data: new Uint8Array(buf), verbosity: VerbosityLevel.ERRORS, useSystemFonts: false }).promise;
  const page = await pdf.getPage(1);
  const content = await page.getTextContent();
  const page1 = content.items.map((i) => ('str' in i ? i.str : '')).join('');
  const pages = pdf.numPages;
  await pdf.destroy();
  return { pages, page1 };
}

for (const doc of truth.documents) {
  const file = path.join(docs, doc.file);
  const name = nameOf.get(doc.person);
  if (!name) { report(doc.file, false, `unknown person ${doc.person}`); continue; }
  if (!existsSync(file)) { report(doc.file, false, 'missing'); continue; }
  const buf = readFileSync(file);
  const problems: string[] = [];
  const notes: string[] = [];
  if (createHash('sha256').update(buf).digest('hex') !== manifest[doc.file]) problems.push('sha256 differs from manifest');
  try {
    if (doc.file.endsWith('.pdf')) {
      const { pages, page1 } = await pdfInfo(buf);
      notes.push(`${pages} page(s)`);
      if (!norm(page1).includes(norm(name))) problems.push(`page 1 lacks the name "${name}"`);
      if (doc.producer === 'libreoffice' && pages > 3) problems.push(`LibreOffice PDF has ${pages} pages (> 3)`);
    } else if (doc.file.endsWith('.docx')) {
      execFileSync('unzip', ['-t', '-qq', file], { stdio: 'pipe' });
      notes.push('unzip -t ok');
    } else if (doc.file.endsWith('.txt')) {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
      notes.push(`${text.length} chars utf-8`);
      if (!norm(text).includes(norm(name))) problems.push(`text lacks the name "${name}"`);
    } else problems.push('unknown extension');
  } catch (e) {
    problems.push(`error: ${(e as Error).message.split('\n')[0]}`);
  }
  report(doc.file, problems.length === 0, [...notes, ...problems].join('; '));
}

// The folder holds exactly the listed documents, and each person has 3–5 of them.
const listed = new Set(truth.documents.map((d) => d.file));
for (const f of readdirSync(docs)) if (!listed.has(f)) report(f, false, 'in documents/ but not in truth.json');
for (const p of truth.people) {
  const n = truth.documents.filter((d) => d.person === p.id).length;
  if (n < 3 || n > 5) report(p.id, false, `${n} documents (want 3–5)`);
}
console.log(`\n${truth.documents.length} documents, ${failures} failure(s)`);
process.exit(failures ? 1 : 0);
