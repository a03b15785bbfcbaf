/**
 * heldout-76 self-check (no analyser): cd packages/cv && npx tsx eval/heldout-76/check.ts
 * PDF page-1 text contains the name; LibreOffice PDFs ≤ 3 pages (Chromium ≤ 2); DOCX passes `unzip -t`;
 * TXT is valid UTF-8 and contains the name; every truth file exists and matches manifest.json's sha256.
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
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, '');
let bad = 0;
for (const d of truth.documents) {
  const f = path.join(docs, d.file);
  const errs: string[] = [];
  let info = '';
  if (!existsSync(f)) errs.push('missing');
  else {
    const buf = readFileSync(f);
    if (createHash('sha256').update(buf).digest('hex') !== manifest[d.file]) errs.push('sha256 mismatch');
    const name = norm(names.get(d.person)!);
    if (d.file.endsWith('.pdf')) {
      const pdf = await getDocument({ data: new Uint8Array(buf), verbosity: 0 }).promise;
      const page = await pdf.getPage(1);
      const text = (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('');
      if (!norm(text).includes(name)) errs.push('name not on page 1');
      if (d.producer === 'libreoffice' && pdf.numPages > 3) errs.push(`${pdf.numPages} pages > 3`);
      if (d.producer === 'chromium' && pdf.numPages > 2) errs.push(`${pdf.numPages} pages > 2`);
      info = `${pdf.numPages}p`;
    } else if (d.file.endsWith('.docx')) {
      try { execFileSync('unzip', ['-tq', f], { stdio: 'pipe' }); } catch { errs.push('unzip -t failed'); }
    } else if (d.file.endsWith('.txt')) {
      let text = '';
      try { text = new TextDecoder('utf-8', { fatal: true }).decode(buf); } catch { errs.push('not UTF-8'); }
      if (!norm(text).includes(name)) errs.push('name missing');
    }
  }
  if (errs.length) bad++;
  console.log(`${errs.length ? 'FAIL' : 'ok  '} ${d.file} ${info} ${errs.join('; ')}`);
}
console.log(`${truth.documents.length - bad}/${truth.documents.length} ok`);
process.exit(bad ? 1 : 0);
