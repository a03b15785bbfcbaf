/**
 * heldout-18 self-check (does not use the analyser):
 *  - every PDF's page-1 text contains the person's name (case and whitespace ignored);
 *  - every document's full text contains each of the person's employers (same normalisation) — a guard that all
 *    documents of a person print the same jobs;
 *  - LibreOffice PDFs have at most 3 pages; DOCX files pass `unzip -t`; TXT files are valid UTF-8 and contain the name;
 *  - manifest.json matches the files.
 *   npx tsx eval/heldout-18/check.ts      (from packages/cv)
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(here, 'documents');
const truth = JSON.parse(readFileSync(path.join(here, 'truth.json'), 'utf8'));
const manifest: Record<string, string> = JSON.parse(readFileSync(path.join(here, 'manifest.json'), 'utf8'));
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, '');

async function pdfPages(file: string): Promise<string[]> {
  const pdf = await getDocument({ data: new Uint8Array(readFileSync(file)), useSystemFonts: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const tc = await (await pdf.getPage(i)).getTextContent();
    pages.push(tc.items.map((it) => ('str' in it ? it.str : '')).join(' '));
  }
  await pdf.destroy();
  return pages;
}

async function main() {
  let failures = 0;
  const people = new Map<string, { name: string; work: { company: string }[] }>(truth.people.map((p: { id: string }) => [p.id, p]));
  for (const doc of truth.documents as { file: string; person: string; producer: string }[]) {
    const file = path.join(docs, doc.file);
    const person = people.get(doc.person)!;
    const problems: string[] = [];
    let info = '';
    const buf = readFileSync(file);
    if (createHash('sha256').update(buf).digest('hex') !== manifest[doc.file]) problems.push('sha256 differs from manifest');
    let full = '';
    if (doc.file.endsWith('.pdf')) {
      const pages = await pdfPages(file);
      info = `${pages.length}p`;
      if (!norm(pages[0] ?? '').includes(norm(person.name))) problems.push('name not on page 1');
      if (doc.producer === 'libreoffice' && pages.length > 3) problems.push(`${pages.length} pages > 3`);
      full = pages.join(' ');
    } else if (doc.file.endsWith('.docx')) {
      try { execFileSync('unzip', ['-tqq', file], { stdio: 'pipe' }); info = 'zip ok'; } catch { problems.push('unzip -t failed'); }
      const xml = execFileSync('unzip', ['-p', file, 'word/document.xml']).toString('utf8');
      full = xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&apos;/g, "'").replace(/&quot;/g, '"');
      if (!norm(full).includes(norm(person.name))) problems.push('name not in document.xml');
    } else if (doc.file.endsWith('.txt')) {
      try { full = new TextDecoder('utf-8', { fatal: true }).decode(buf); info = 'utf-8'; } catch { problems.push('not valid UTF-8'); }
      if (!norm(full).includes(norm(person.name))) problems.push('name missing');
    }
    for (const j of person.work) if (!norm(full).includes(norm(j.company))) problems.push(`employer missing: ${j.company}`);
    if (problems.length) failures++;
    console.log(`${problems.length ? 'FAIL' : 'ok  '} ${doc.file.padEnd(34)} ${info.padEnd(7)} ${problems.join('; ')}`);
  }
  console.log(failures ? `\n${failures} document(s) failed` : `\nall ${truth.documents.length} documents pass`);
  process.exit(failures ? 1 : 0);
}

main().catch((err) => { console.error(err); process.exit(1); });
