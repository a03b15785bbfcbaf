/**
 * heldout-40 checks, without any analyser:
 *  - every PDF's page-1 text (pdfjs-dist legacy build) contains the person's name (case and whitespace ignored);
 *  - LibreOffice PDFs have at most 3 pages, Chromium PDFs at most 2;
 *  - every DOCX passes `unzip -t`;
 *  - every .txt is valid UTF-8 and contains the name;
 *  - every file in truth.json exists and its sha256 matches manifest.json.
 * One line per document; exit 1 on any failure.   cd packages/cv && npx tsx eval/heldout-40/check.ts
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
const names = new Map<string, string>(truth.people.map((p: { id: string; name: string }) => [p.id, p.name]));
const norm = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, '');

let failed = 0;
for (const doc of truth.documents as { file: string; person: string; producer: string }[]) {
  const problems: string[] = [];
  const file = path.join(docs, doc.file);
  const name = names.get(doc.person)!;
  let info = '';
  if (!existsSync(file)) problems.push('missing');
  else {
    const buf = readFileSync(file);
    const sha = createHash('sha256').update(buf).digest('hex');
    if (manifest[doc.file] !== sha) problems.push('sha256 differs from manifest');
    if (doc.file.endsWith('.pdf')) {
      const pdf = await getDocument({ data: new Uint8Array(buf), verbosity: 0 }).promise;
      const page = await pdf.getPage(1);
      const text = (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('');
      info = `${pdf.numPages} page(s)`;
      if (!norm(text).includes(norm(name))) problems.push(`name "${name}" not on page 1`);
      if (doc.producer === 'libreoffice' && pdf.numPages > 3) problems.push('LibreOffice PDF over 3 pages');
      if (doc.producer === 'chromium' && pdf.numPages > 2) problems.push('Chromium PDF over 2 pages');
      await pdf.destroy();
    } else if (doc.file.endsWith('.docx')) {
      try { execFileSync('unzip', ['-tq', file], { stdio: 'pipe' }); info = 'zip ok'; } catch { problems.push('unzip -t failed'); }
    } else if (doc.file.endsWith('.txt')) {
      let text = '';
      try { text = new TextDecoder('utf-8', { fatal: true }).decode(buf); info = `${text.split('\n').length} lines`; } catch { problems.push('not valid UTF-8'); }
      if (text && !norm(text).includes(norm(name))) problems.push(`name "${name}" not in text`);
    }
  }
  if (problems.length) failed++;
  console.log(`${problems.length ? 'FAIL' : 'ok  '}  ${doc.file.padEnd(44)} ${info}${problems.length ? '  — ' + problems.join('; ') : ''}`);
}
const missingFromTruth = Object.keys(manifest).filter((f) => !truth.documents.some((d: { file: string }) => d.file === f));
if (missingFromTruth.length) { failed++; console.log(`FAIL  manifest lists files not in truth.json: ${missingFromTruth.join(', ')}`); }
console.log(`${truth.documents.length - failed} of ${truth.documents.length} documents pass`);
process.exit(failed ? 1 : 0);
