/**
 * heldout-50 checks, without any analyser:
 *   cd packages/cv && npx tsx eval/heldout-50/check.ts
 * PDF page 1 contains the name (case and spaces ignored); LibreOffice PDFs ≤ 3 pages; DOCX passes `unzip -t`;
 * .txt is valid UTF-8 and contains the name; every file exists and its sha256 matches manifest.json.
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
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, '');
const names = new Map<string, string>(truth.people.map((p: { id: string; name: string }) => [p.id, p.name]));

let failed = 0;
for (const d of truth.documents as { file: string; person: string; producer: string }[]) {
  const file = path.join(docs, d.file);
  const problems: string[] = [];
  let info = '';
  if (!existsSync(file)) problems.push('missing');
  else {
    const buf = readFileSync(file);
    const sha = createHash('sha256').update(buf).digest('hex');
    if (manifest[d.file] !== sha) problems.push('sha256 differs from manifest');
    const name = names.get(d.person)!;
    if (d.file.endsWith('.pdf')) {
      const pdf = await getDocument({ data: new Uint8Array(buf), verbosity: 0 }).promise;
      const page = await pdf.getPage(1);
      const text = (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('');
      if (!norm(text).includes(norm(name))) problems.push('name not on page 1');
      if (d.producer === 'libreoffice' && pdf.numPages > 3) problems.push(`${pdf.numPages} pages (> 3)`);
      if (d.producer === 'chromium' && pdf.numPages > 2) problems.push(`${pdf.numPages} pages (> 2)`);
      info = `${pdf.numPages}p`;
      await pdf.destroy();
    } else if (d.file.endsWith('.docx')) {
      try { execFileSync('unzip', ['-tq', file], { stdio: 'pipe' }); info = 'zip ok'; } catch { problems.push('unzip -t failed'); }
    } else if (d.file.endsWith('.txt')) {
      try { const t = new TextDecoder('utf-8', { fatal: true }).decode(buf); if (!norm(t).includes(norm(name))) problems.push('name not in text'); info = `${t.split('\n').length} lines`; } catch { problems.push('not valid UTF-8'); }
    }
  }
  if (manifest[d.file] === undefined) problems.push('not in manifest');
  if (problems.length) failed++;
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${d.file.padEnd(44)} ${info}${problems.length ? `  ${problems.join('; ')}` : ''}`);
}
const extra = Object.keys(manifest).filter((f) => !truth.documents.some((d: { file: string }) => d.file === f));
if (extra.length) { failed++; console.log(`FAIL manifest lists files not in truth.json: ${extra.join(', ')}`); }
console.log(`${truth.documents.length - failed} of ${truth.documents.length} documents pass`);
process.exit(failed ? 1 : 0);
