/**
 * heldout-60 checks, without any analyser:
 *  - every file in truth.json exists and its sha256 matches manifest.json (and documents/ holds nothing else);
 *  - every PDF's page-1 text (pdfjs-dist legacy build) contains the person's name, case and spaces ignored;
 *  - LibreOffice PDFs have at most 3 pages, Chromium PDFs at most 2;
 *  - every DOCX passes `unzip -t`;
 *  - every .txt is valid UTF-8 and contains the name;
 *  - no PDF text layer holds Kangxi / CJK-supplement radicals or U+FFFD (ideographs mapped to radicals, lost glyphs).
 * One line per document; exit code 1 on any failure.
 *
 *   npx tsx eval/heldout-60/check.ts
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const docsDir = path.join(here, 'documents');
const truth = JSON.parse(readFileSync(path.join(here, 'truth.json'), 'utf8')) as {
  people: { id: string; name: string }[];
  documents: { file: string; person: string; producer: string }[];
};
const manifest = JSON.parse(readFileSync(path.join(here, 'manifest.json'), 'utf8')) as Record<string, string>;
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, '');

async function pdfInfo(buf: Buffer): Promise<{ pages: number; page1: string; all: string }> {
  const pdf = await getDocument({ data: new Uint8Array(buf), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const texts: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    texts.push(content.items.map((it) => ('str' in it ? it.str : '')).join(''));
  }
  const pages = pdf.numPages;
  await pdf.destroy();
  return { pages, page1: texts[0] ?? '', all: texts.join('\n') };
}
/** Kangxi radicals / CJK radicals supplement, U+FFFD: a text layer that maps ideographs to radicals, or lost glyphs. */
const GARBLED = /[\u2e80-\u2fdf\ufffd]/u;

let failures = 0;
const listed = new Set(truth.documents.map((d) => d.file));
for (const f of readdirSync(docsDir)) if (!listed.has(f)) { console.log(`FAIL ${f}: in documents/ but not in truth.json`); failures++; }
for (const f of Object.keys(manifest)) if (!listed.has(f)) { console.log(`FAIL ${f}: in manifest.json but not in truth.json`); failures++; }

for (const d of truth.documents) {
  const name = truth.people.find((p) => p.id === d.person)?.name ?? '';
  const file = path.join(docsDir, d.file);
  const problems: string[] = [];
  let notes = '';
  let buf: Buffer | null = null;
  try { buf = readFileSync(file); } catch { problems.push('missing'); }
  if (buf) {
    const sha = createHash('sha256').update(buf).digest('hex');
    if (manifest[d.file] !== sha) problems.push('sha256 differs from manifest.json');
    if (d.file.endsWith('.pdf')) {
      try {
        const { pages, page1, all } = await pdfInfo(buf);
        notes = `${pages} page${pages === 1 ? '' : 's'}`;
        if (GARBLED.test(all)) problems.push(`text layer has radicals or U+FFFD: ${[...new Set(all.match(new RegExp(GARBLED, 'gu')))].join('')}`);
        if (!norm(page1).includes(norm(name))) problems.push(`page 1 lacks the name ${name}`);
        if (d.producer === 'libreoffice' && pages > 3) problems.push(`${pages} pages (LibreOffice PDFs at most 3)`);
        if (d.producer === 'chromium' && pages > 2) problems.push(`${pages} pages (Chromium PDFs at most 2)`);
      } catch (e) { problems.push(`pdf unreadable: ${(e as Error).message}`); }
    } else if (d.file.endsWith('.docx')) {
      try { execFileSync('unzip', ['-tq', file], { stdio: 'pipe' }); notes = 'unzip -t ok'; } catch { problems.push('unzip -t failed'); }
    } else if (d.file.endsWith('.txt')) {
      try {
        const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
        notes = `${text.split('\n').length} lines`;
        if (!norm(text).includes(norm(name))) problems.push(`text lacks the name ${name}`);
      } catch { problems.push('not valid UTF-8'); }
    } else problems.push('unexpected extension');
  }
  if (problems.length) failures++;
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${d.file.padEnd(40)} ${d.producer.padEnd(11)} ${problems.length ? problems.join('; ') : notes}`);
}
console.log(failures ? `\n${failures} failure(s)` : `\nall ${truth.documents.length} documents pass`);
process.exit(failures ? 1 : 0);
