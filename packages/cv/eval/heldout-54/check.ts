/**
 * heldout-54 self-check (no analyser involved):
 *   cd packages/cv && npx tsx eval/heldout-54/check.ts
 * - every PDF: page-1 text (pdfjs-dist legacy build) contains the person's name (case and whitespace ignored);
 *   LibreOffice PDFs have at most 3 pages, Chromium PDFs 1–2 pages;
 * - every DOCX passes `unzip -t`;
 * - every .txt is valid UTF-8 and contains the name;
 * - every file in truth.json exists and its sha256 matches manifest.json.
 * One line per document; exit 1 on any failure.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DOCS = path.join(HERE, 'documents');
const truth = JSON.parse(readFileSync(path.join(HERE, 'truth.json'), 'utf8'));
const manifest: Record<string, string> = JSON.parse(readFileSync(path.join(HERE, 'manifest.json'), 'utf8'));
const names = new Map<string, string>(truth.people.map((p: { id: string; name: string }) => [p.id, p.name]));
const norm = (s: string) => s.normalize('NFC').replace(/\s+/gu, '').toLowerCase();

let failures = 0;
for (const doc of truth.documents as { file: string; person: string; producer: string }[]) {
  const file = path.join(DOCS, doc.file);
  const problems: string[] = [];
  let info = '';
  if (!existsSync(file)) problems.push('missing');
  else {
    const buf = readFileSync(file);
    const sha = createHash('sha256').update(buf).digest('hex');
    if (manifest[doc.file] !== sha) problems.push('sha256 differs from manifest');
    const name = norm(names.get(doc.person) ?? '???');
    if (doc.file.endsWith('.pdf')) {
      const pdf = await getDocument({ data: new Uint8Array(buf), useSystemFonts: false, verbosity: 0 }).promise;
      const page = await pdf.getPage(1);
      const tc = await page.getTextContent();
      const text = tc.items.map((i) => ('str' in i ? i.str : '')).join(' ');
      info = `${pdf.numPages}p`;
      if (!norm(text).includes(name)) problems.push('name not on page 1');
      if (doc.producer === 'libreoffice' && pdf.numPages > 3) problems.push(`${pdf.numPages} pages (> 3)`);
      if (doc.producer === 'chromium' && (pdf.numPages < 1 || pdf.numPages > 2)) problems.push(`${pdf.numPages} pages (not 1–2)`);
      await pdf.destroy();
    } else if (doc.file.endsWith('.docx')) {
      try { execFileSync('unzip', ['-tq', file], { stdio: 'pipe' }); info = 'zip ok'; } catch { problems.push('unzip -t failed'); }
    } else if (doc.file.endsWith('.txt')) {
      try {
        const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
        info = `${text.split('\n').length} lines`;
        if (!norm(text).includes(name)) problems.push('name not in text');
      } catch { problems.push('not valid UTF-8'); }
    } else problems.push('unknown extension');
  }
  if (problems.length) failures++;
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${doc.file.padEnd(40)} ${info}${problems.length ? ' — ' + problems.join('; ') : ''}`);
}
for (const f of Object.keys(manifest)) if (!truth.documents.some((d: { file: string }) => d.file === f)) { failures++; console.log(`FAIL ${f} in manifest but not in truth.json`); }
console.log(failures ? `${failures} failure(s)` : `all ${truth.documents.length} documents pass`);
process.exit(failures ? 1 : 0);
