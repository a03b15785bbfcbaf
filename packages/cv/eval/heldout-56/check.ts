/**
 * heldout-56 checks (no analyser involved):
 *   - every PDF's page-1 text (pdfjs-dist legacy build) contains the person's name, case and spaces ignored;
 *   - LibreOffice PDFs have at most 3 pages, Chromium PDFs 1–2;
 *   - every DOCX passes `unzip -t`;
 *   - every .txt is valid UTF-8 and contains the name;
 *   - every file in truth.json exists and its sha256 matches manifest.json.
 * One line per document; exit code 1 on any failure.
 *   cd packages/cv && npx tsx eval/heldout-56/check.ts
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
  documents: { file: string; person: string; producer: string; template: string }[];
};
const manifest = JSON.parse(readFileSync(path.join(here, 'manifest.json'), 'utf8')) as Record<string, string>;
const norm = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, '');

async function pdfInfo(buf: Buffer): Promise<{ pages: number; page1: string }> {
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(buf), verbosity: 0, isEvalSupported: false, disableFontFace: true }).promise;
  const page = await pdf.getPage(1);
  const tc = await page.getTextContent();
  const page1 = tc.items.map((i) => ('str' in i ? i.str : '')).join('');
  const pages = pdf.numPages;
  await pdf.destroy();
  return { pages, page1 };
}

let failures = 0;
for (const d of truth.documents) {
  const problems: string[] = [];
  const notes: string[] = [];
  const file = path.join(docs, d.file);
  const name = truth.people.find((p) => p.id === d.person)!.name;
  if (!existsSync(file)) {
    problems.push('missing');
  } else {
    const buf = readFileSync(file);
    const sha = createHash('sha256').update(buf).digest('hex');
    if (manifest[d.file] !== sha) problems.push('sha256 differs from manifest.json');
    if (d.file.endsWith('.pdf')) {
      const { pages, page1 } = await pdfInfo(buf);
      notes.push(`${pages} p.`);
      if (!norm(page1).includes(norm(name))) problems.push(`name "${name}" not in page-1 text`);
      if (d.producer === 'libreoffice' && pages > 3) problems.push(`LibreOffice PDF has ${pages} pages (max 3)`);
      if (d.producer === 'chromium' && (pages < 1 || pages > 2)) problems.push(`Chromium PDF has ${pages} pages (1–2)`);
    } else if (d.file.endsWith('.docx')) {
      try { execFileSync('unzip', ['-tq', file], { stdio: 'pipe' }); notes.push('unzip -t ok'); } catch { problems.push('unzip -t failed'); }
    } else if (d.file.endsWith('.txt')) {
      try {
        const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
        notes.push(`${text.split('\n').length} lines`);
        if (!norm(text).includes(norm(name))) problems.push(`name "${name}" not in text`);
      } catch { problems.push('not valid UTF-8'); }
    } else problems.push('unexpected extension');
  }
  if (!(d.file in manifest)) problems.push('not in manifest.json');
  failures += problems.length ? 1 : 0;
  console.log(`${problems.length ? 'FAIL' : 'ok  '}  ${d.file.padEnd(42)} ${d.producer.padEnd(11)} ${problems.length ? problems.join('; ') : notes.join(', ')}`);
}
const extra = Object.keys(manifest).filter((f) => !truth.documents.some((d) => d.file === f));
if (extra.length) { failures++; console.log(`FAIL  manifest.json lists files not in truth.json: ${extra.join(', ')}`); }
console.log(`\n${truth.documents.length} documents, ${failures} failing`);
process.exit(failures ? 1 : 0);
