/** heldout-74 checks without any analyser. Usage (from packages/cv): npx tsx eval/heldout-74/check.ts */
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
const norm = (s: string) => s.toLowerCase().replace(/[\s\u3000]+/g, '');
const names = new Map<string, string>(truth.people.map((p: { id: string; name: string }) => [p.id, p.name]));
let bad = 0;
for (const d of truth.documents) {
  const f = path.join(docs, d.file); const errs: string[] = []; let info = '';
  if (!existsSync(f)) errs.push('missing');
  else {
    const buf = readFileSync(f);
    if (createHash('sha256').update(buf).digest('hex') !== manifest[d.file]) errs.push('sha256 mismatch');
    const name = norm(names.get(d.person)!);
    if (d.file.endsWith('.pdf')) {
      const pdf = await getDocument({ data: new Uint8Array(buf), useSystemFonts: true, verbosity: 0 }).promise;
      const page = await pdf.getPage(1);
      const text = (await page.getTextContent()).items.map((i: { str?: string }) => i.str ?? '').join('');
      info = `${pdf.numPages}p`;
      if (!norm(text).includes(name)) errs.push('name not on page 1');
      if (d.producer === 'libreoffice' && pdf.numPages > 3) errs.push('LibreOffice PDF > 3 pages');
      if (d.producer === 'chromium' && pdf.numPages > 2) errs.push('Chromium PDF > 2 pages');
      await pdf.destroy();
    } else if (d.file.endsWith('.docx')) {
      try { execFileSync('unzip', ['-tq', f], { stdio: 'pipe' }); } catch { errs.push('unzip -t failed'); }
    } else if (d.file.endsWith('.txt')) {
      let text = '';
      try { text = new TextDecoder('utf-8', { fatal: true }).decode(buf); } catch { errs.push('not valid UTF-8'); }
      if (!norm(text).includes(name)) errs.push('name missing');
    }
  }
  if (errs.length) bad++;
  console.log(`${errs.length ? 'FAIL' : 'ok  '} ${d.file}${info ? ` (${info})` : ''}${errs.length ? ' — ' + errs.join('; ') : ''}`);
}
for (const f of Object.keys(manifest)) if (!truth.documents.some((d: { file: string }) => d.file === f)) { bad++; console.log(`FAIL ${f} — in manifest, not in truth`); }
console.log(`${truth.documents.length} documents, ${bad} failing`);
process.exit(bad ? 1 : 0);
