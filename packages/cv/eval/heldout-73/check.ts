/**
 * heldout-73 checks, no analyser involved:
 *  - every PDF's page-1 text (pdfjs-dist legacy) contains the person's name (case and whitespace ignored);
 *  - LibreOffice PDFs have at most 3 pages, Chromium PDFs 1–2;
 *  - every DOCX passes `unzip -t`; every .txt is valid UTF-8 and contains the name;
 *  - every file in truth.json exists and its sha256 matches manifest.json.
 * One line per document; exit 1 on any failure.   cd packages/cv && npx tsx eval/heldout-73/check.ts
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(here, 'documents');
const truth = JSON.parse(readFileSync(path.join(here, 'truth.json'), 'utf8'));
const manifest: Record<string, string> = JSON.parse(readFileSync(path.join(here, 'manifest.json'), 'utf8'));
const norm = (s: string) => s.replace(/\s+/g, '').toLowerCase();
const names: Record<string, string> = Object.fromEntries(truth.people.map((p: { id: string; name: string }) => [p.id, p.name]));
let failed = 0;
for (const d of truth.documents as { file: string; person: string; producer: string }[]) {
  const file = path.join(docs, d.file);
  const problems: string[] = [];
  let info = '';
  if (!existsSync(file)) problems.push('missing');
  else {
    const buf = readFileSync(file);
    const sha = createHash('sha256').update(buf).digest('hex');
    if (manifest[d.file] !== sha) problems.push('sha256 mismatch');
    const name = norm(names[d.person]);
    if (d.file.endsWith('.pdf')) {
      const pdf = await getDocument({ data: new Uint8Array(buf), verbosity: 0 }).promise;
      const page = await pdf.getPage(1);
      const text = (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('');
      if (!norm(text).includes(name)) problems.push('name not on page 1');
      info = `${pdf.numPages}p`;
      if (d.producer === 'libreoffice' && pdf.numPages > 3) problems.push(`${pdf.numPages} pages > 3`);
      if (d.producer === 'chromium' && pdf.numPages > 2) problems.push(`${pdf.numPages} pages > 2`);
      await pdf.destroy();
    } else if (d.file.endsWith('.docx')) {
      try { execFileSync('unzip', ['-tq', file], { stdio: 'pipe' }); info = 'zip ok'; } catch { problems.push('unzip -t failed'); }
    } else if (d.file.endsWith('.txt')) {
      try { const t = new TextDecoder('utf-8', { fatal: true }).decode(buf); if (!norm(t).includes(name)) problems.push('name missing'); info = 'utf-8'; } catch { problems.push('not UTF-8'); }
    }
  }
  if (problems.length) failed++;
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${d.file.padEnd(44)} ${info}${problems.length ? '  ' + problems.join('; ') : ''}`);
}
const extra = Object.keys(manifest).filter((f) => !truth.documents.some((d: { file: string }) => d.file === f));
if (extra.length) { failed++; console.log(`FAIL manifest lists files not in truth.json: ${extra.join(', ')}`); }
console.log(`${truth.documents.length} documents, ${failed} failed`);
process.exit(failed ? 1 : 0);
