/**
 * heldout-77 checks (no analyser): PDF page-1 text has the name; LibreOffice PDFs ≤ 3 pages; DOCX passes unzip -t;
 * .txt is UTF-8 and has the name; every truth file exists and matches manifest.json.
 *   cd packages/cv && npx tsx eval/heldout-77/check.ts
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
const names = Object.fromEntries(truth.people.map((p: { id: string; name: string }) => [p.id, p.name]));
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, '');

let failed = 0;
for (const doc of truth.documents as { file: string; person: string; producer: string }[]) {
  const f = path.join(docs, doc.file);
  const problems: string[] = [];
  let info = '';
  if (!existsSync(f)) problems.push('missing');
  else {
    const buf = readFileSync(f);
    const sha = createHash('sha256').update(buf).digest('hex');
    if (manifest[doc.file] !== sha) problems.push('sha256 mismatch');
    const name = norm(names[doc.person]);
    if (doc.file.endsWith('.pdf')) {
      const pdf = await getDocument({ data: new Uint8Array(buf), verbosity: 0 }).promise;
      const page = await pdf.getPage(1);
      const text = (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('');
      if (!norm(text).includes(name)) problems.push('name not on page 1');
      if (doc.producer === 'libreoffice' && pdf.numPages > 3) problems.push(`${pdf.numPages} pages (> 3)`);
      if (doc.producer === 'chromium' && pdf.numPages > 2) problems.push(`${pdf.numPages} pages (> 2)`);
      info = `${pdf.numPages}p`;
      await pdf.destroy();
    } else if (doc.file.endsWith('.docx')) {
      try { execFileSync('unzip', ['-tq', f], { stdio: 'pipe' }); info = 'zip ok'; } catch { problems.push('unzip -t failed'); }
    } else if (doc.file.endsWith('.txt')) {
      let text = '';
      try { text = new TextDecoder('utf-8', { fatal: true }).decode(buf); info = 'utf-8'; } catch { problems.push('not UTF-8'); }
      if (!norm(text).includes(name)) problems.push('name missing');
    }
  }
  if (problems.length) failed++;
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${doc.file}${info ? ` (${info})` : ''}${problems.length ? ` — ${problems.join('; ')}` : ''}`);
}
for (const f of Object.keys(manifest)) if (!truth.documents.some((d: { file: string }) => d.file === f)) { failed++; console.log(`FAIL ${f} — in manifest, not in truth`); }
console.log(`${truth.documents.length} documents, ${failed} failed`);
process.exit(failed ? 1 : 0);
