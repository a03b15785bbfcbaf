/**
 * heldout-64 — checks the generated set without any analyser:
 *  - every PDF's page-1 text (pdfjs-dist legacy build) contains the person's name (case and whitespace ignored);
 *  - LibreOffice PDFs have at most 3 pages, Chromium PDFs 1–2;
 *  - every DOCX passes `unzip -t`;
 *  - every .txt is valid UTF-8 and contains the name;
 *  - every file in truth.json exists and its sha256 matches manifest.json.
 * One line per document; exit 1 on any failure.
 *
 *   cd packages/cv && npx tsx eval/heldout-64/check.ts
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(here, 'documents');
const truth = JSON.parse(readFileSync(path.join(here, 'truth.json'), 'utf8')) as {
  people: { id: string; name: string }[];
  documents: { file: string; person: string; producer: string }[];
};
const manifest = JSON.parse(readFileSync(path.join(here, 'manifest.json'), 'utf8')) as Record<string, string>;
const names = Object.fromEntries(truth.people.map((p) => [p.id, p.name]));
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, '');

async function pdfInfo(buf: Buffer): Promise<{ pages: number; text: string }> {
  const doc = await pdfjs.getDocument({ data: new Uint8Array(buf), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  const page = await doc.getPage(1);
  const tc = await page.getTextContent();
  const text = tc.items.map((i) => ('str' in i ? i.str : '')).join(' ');
  const pages = doc.numPages;
  await doc.destroy();
  return { pages, text };
}

let failures = 0;
for (const d of truth.documents) {
  const file = path.join(docs, d.file);
  const problems: string[] = [];
  let info = '';
  if (!existsSync(file)) problems.push('missing');
  else {
    const buf = readFileSync(file);
    const sha = createHash('sha256').update(buf).digest('hex');
    if (manifest[d.file] !== sha) problems.push('sha256 differs from manifest');
    const name = names[d.person];
    if (d.file.endsWith('.pdf')) {
      const { pages, text } = await pdfInfo(buf);
      info = `${pages}p`;
      if (!norm(text).includes(norm(name))) problems.push(`page 1 lacks the name "${name}"`);
      if (d.producer === 'libreoffice' && pages > 3) problems.push(`${pages} pages (LibreOffice max 3)`);
      if (d.producer === 'chromium' && (pages < 1 || pages > 2)) problems.push(`${pages} pages (Chromium 1–2)`);
    } else if (d.file.endsWith('.docx')) {
      try {
        execFileSync('unzip', ['-tq', file], { stdio: 'pipe' });
        info = 'zip ok';
      } catch {
        problems.push('unzip -t failed');
      }
    } else if (d.file.endsWith('.txt')) {
      try {
        const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
        info = `${text.split('\n').length} lines`;
        if (!norm(text).includes(norm(name))) problems.push(`lacks the name "${name}"`);
      } catch {
        problems.push('not valid UTF-8');
      }
    }
  }
  if (problems.length) failures++;
  console.log(`${problems.length ? 'FAIL' : 'ok  '}  ${d.file.padEnd(44)} ${d.producer.padEnd(11)} ${info.padEnd(9)} ${problems.join('; ')}`.trimEnd());
}
const extra = Object.keys(manifest).filter((f) => !truth.documents.some((d) => d.file === f));
for (const f of extra) {
  failures++;
  console.log(`FAIL  ${f.padEnd(44)} in manifest.json but not in truth.json`);
}
console.log(`${truth.documents.length - failures} of ${truth.documents.length} documents pass`);
process.exit(failures ? 1 : 0);
