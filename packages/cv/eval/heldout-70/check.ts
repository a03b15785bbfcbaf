/**
 * heldout-70 checks, no analyser: PDF page-1 text contains the name; LibreOffice PDFs ≤ 3 pages; DOCX pass `unzip -t`;
 * .txt valid UTF-8 containing the name; every file exists and matches manifest.json. One line per document; exit 1 on failure.
 * Run from packages/cv: npx tsx eval/heldout-70/check.ts
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(here, 'documents');
const truth = JSON.parse(readFileSync(path.join(here, 'truth.json'), 'utf8'));
const manifest: Record<string, string> = JSON.parse(readFileSync(path.join(here, 'manifest.json'), 'utf8'));
const names = new Map<string, string>(truth.people.map((p: { id: string; name: string }) => [p.id, p.name]));
const norm = (s: string) => s.replace(/\s+/g, '').toLowerCase();
let bad = 0;
for (const d of truth.documents) {
  const file = path.join(docs, d.file);
  const problems: string[] = [];
  let info = '';
  if (!existsSync(file)) problems.push('missing');
  else {
    const buf = readFileSync(file);
    if (createHash('sha256').update(buf).digest('hex') !== manifest[d.file]) problems.push('sha256 differs from manifest');
    const name = norm(names.get(d.person)!);
    if (d.file.endsWith('.pdf')) {
      const pdf = await pdfjs.getDocument({ data: new Uint8Array(buf), useSystemFonts: true, verbosity: 0 }).promise;
      const page = await pdf.getPage(1);
      const text = (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('');
      info = `${pdf.numPages}p`;
      if (!norm(text).includes(name)) problems.push('name not on page 1');
      if (d.producer === 'libreoffice' && pdf.numPages > 3) problems.push(`${pdf.numPages} pages > 3`);
      if (d.producer === 'chromium' && pdf.numPages > 2) problems.push(`${pdf.numPages} pages > 2`);
      await pdf.destroy();
    } else if (d.file.endsWith('.docx')) {
      try { execFileSync('unzip', ['-tq', file], { stdio: 'pipe' }); info = 'zip ok'; } catch { problems.push('unzip -t failed'); }
    } else if (d.file.endsWith('.txt')) {
      try { const s = new TextDecoder('utf-8', { fatal: true }).decode(buf); info = 'utf-8'; if (!norm(s).includes(name)) problems.push('name missing'); } catch { problems.push('not valid UTF-8'); }
    }
  }
  if (problems.length) bad++;
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${d.file} ${info}${problems.length ? ' — ' + problems.join('; ') : ''}`);
}
const extra = Object.keys(manifest).filter((f) => !truth.documents.some((d: { file: string }) => d.file === f));
if (extra.length) { bad++; console.log(`FAIL manifest lists files not in truth: ${extra.join(', ')}`); }
console.log(bad ? `${bad} failure(s)` : `all ${truth.documents.length} documents pass`);
process.exit(bad ? 1 : 0);
