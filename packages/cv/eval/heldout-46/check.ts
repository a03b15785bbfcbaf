/**
 * heldout-46 checks, without any analyser:
 *  - every file in truth.json exists and its sha256 matches manifest.json
 *  - every PDF's page-1 text (pdfjs-dist legacy build) contains the person's name (case and spaces ignored)
 *  - LibreOffice PDFs have at most 3 pages, Chromium PDFs 1–2
 *  - every DOCX passes `unzip -t`
 *  - every .txt is valid UTF-8 and contains the name
 * One line per document; exit code 1 on any failure.
 *   cd packages/cv && npx tsx eval/heldout-46/check.ts
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(here, 'documents');
const truth = JSON.parse(readFileSync(path.join(here, 'truth.json'), 'utf8'));
const manifest: Record<string, string> = JSON.parse(readFileSync(path.join(here, 'manifest.json'), 'utf8'));
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, '');
const names: Record<string, string> = Object.fromEntries(truth.people.map((p: { id: string; name: string }) => [p.id, p.name]));

let failed = 0;
for (const d of truth.documents as { file: string; person: string; producer: string }[]) {
  const problems: string[] = [];
  const notes: string[] = [];
  const file = path.join(docs, d.file);
  if (!existsSync(file)) { console.log(`FAIL ${d.file}: missing`); failed++; continue; }
  const buf = readFileSync(file);
  const sha = createHash('sha256').update(buf).digest('hex');
  if (manifest[d.file] !== sha) problems.push('sha256 differs from manifest.json');
  const name = norm(names[d.person]);
  if (d.file.endsWith('.pdf')) {
    const pdf = await getDocument({ data: new Uint8Array(buf), verbosity: 0 }).promise;
    const page = await pdf.getPage(1);
    const text = (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('');
    if (!norm(text).includes(name)) problems.push(`page 1 lacks the name ${names[d.person]}`);
    notes.push(`${pdf.numPages} page(s)`);
    if (d.producer === 'libreoffice' && pdf.numPages > 3) problems.push(`LibreOffice PDF has ${pdf.numPages} pages (> 3)`);
    if (d.producer === 'chromium' && (pdf.numPages < 1 || pdf.numPages > 2)) problems.push(`Chromium PDF has ${pdf.numPages} pages (not 1–2)`);
    await pdf.destroy();
  } else if (d.file.endsWith('.docx')) {
    try { execFileSync('unzip', ['-tq', file], { stdio: 'pipe' }); notes.push('unzip -t ok'); } catch { problems.push('unzip -t failed'); }
  } else if (d.file.endsWith('.txt')) {
    try {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
      if (!norm(text).includes(name)) problems.push(`text lacks the name ${names[d.person]}`);
      notes.push(`${text.split('\n').length} lines, UTF-8`);
    } catch { problems.push('not valid UTF-8'); }
  } else problems.push('unknown extension');
  if (problems.length) { failed++; console.log(`FAIL ${d.file}: ${problems.join('; ')}`); } else console.log(`ok   ${d.file} (${notes.join(', ')})`);
}
const listed = new Set((truth.documents as { file: string }[]).map((d) => d.file));
for (const f of readdirSync(docs)) if (!listed.has(f)) { failed++; console.log(`FAIL ${f}: in documents/ but not in truth.json`); }
console.log(failed ? `${failed} failure(s)` : `all ${listed.size} documents pass`);
process.exit(failed ? 1 : 0);
