/**
 * heldout-44 self-check, without any analyser. Run from packages/cv:  npx tsx eval/heldout-44/check.ts
 * - every PDF: page-1 text (pdfjs-dist legacy build) contains the person's name, case and whitespace ignored;
 *   LibreOffice PDFs have at most 3 pages, Chromium PDFs 1–2 pages
 * - every DOCX passes `unzip -t`
 * - every .txt is valid UTF-8 and contains the name
 * - every file in truth.json exists and its sha256 matches manifest.json
 * One line per document; exit 1 on any failure.
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
const norm = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, '');

async function pdfInfo(file: string): Promise<{ pages: number; page1: string }> {
  const data = new Uint8Array(readFileSync(file));
  const pdf = await getDocument({ data, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const page = await pdf.getPage(1);
  const tc = await page.getTextContent();
  const page1 = tc.items.map((i) => ('str' in i ? i.str : '')).join(' ');
  const pages = pdf.numPages;
  await pdf.destroy();
  return { pages, page1 };
}

let failures = 0;
const fileSet = new Set<string>();
for (const d of truth.documents) {
  fileSet.add(d.file);
  const full = path.join(docs, d.file);
  const name = truth.people.find((p) => p.id === d.person)!.name;
  const problems: string[] = [];
  let detail = '';
  if (!existsSync(full)) {
    problems.push('missing');
  } else {
    const buf = readFileSync(full);
    const sha = createHash('sha256').update(buf).digest('hex');
    if (manifest[d.file] !== sha) problems.push('sha256 does not match manifest');
    if (d.file.endsWith('.pdf')) {
      const { pages, page1 } = await pdfInfo(full);
      detail = `${pages} page(s)`;
      if (!norm(page1).includes(norm(name))) problems.push(`page 1 lacks the name "${name}"`);
      if (d.producer === 'libreoffice' && pages > 3) problems.push(`LibreOffice PDF has ${pages} pages (> 3)`);
      if (d.producer === 'chromium' && (pages < 1 || pages > 2)) problems.push(`Chromium PDF has ${pages} pages (not 1–2)`);
    } else if (d.file.endsWith('.docx')) {
      try {
        execFileSync('unzip', ['-tq', full], { stdio: 'pipe' });
        detail = 'zip ok';
      } catch {
        problems.push('unzip -t failed');
      }
    } else if (d.file.endsWith('.txt')) {
      let text = '';
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
        detail = `${buf.length} bytes utf-8`;
      } catch {
        problems.push('not valid UTF-8');
      }
      if (text && !norm(text).includes(norm(name))) problems.push(`text lacks the name "${name}"`);
    } else {
      problems.push('unexpected extension');
    }
  }
  if (problems.length) failures++;
  console.log(`${problems.length ? 'FAIL' : 'ok  '}  ${d.file.padEnd(40)} ${problems.length ? problems.join('; ') : detail}`);
}
for (const f of Object.keys(manifest)) if (!fileSet.has(f)) { failures++; console.log(`FAIL  ${f.padEnd(40)} in manifest.json but not in truth.json`); }
console.log(failures ? `\n${failures} problem(s)` : `\nall ${truth.documents.length} documents ok`);
process.exit(failures ? 1 : 0);
