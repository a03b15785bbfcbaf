/** heldout-71 checks, no analyser: page-1 text has the name, LO PDFs ≤ 3 pages, DOCX zips test OK, TXT is UTF-8 with the name, sha256 as manifest. */
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
let failed = 0;
for (const d of truth.documents) {
  const p = truth.people.find((x: { id: string }) => x.id === d.person);
  const file = path.join(docs, d.file);
  const notes: string[] = [];
  if (!existsSync(file)) notes.push('missing');
  else {
    const buf = readFileSync(file);
    if (createHash('sha256').update(buf).digest('hex') !== manifest[d.file]) notes.push('sha256 mismatch');
    if (d.file.endsWith('.pdf')) {
      const pdf = await getDocument({ data: new Uint8Array(buf), useSystemFonts: true, verbosity: 0 }).promise;
      const page = await pdf.getPage(1);
      const text = (await page.getTextContent()).items.map((i: { str?: string }) => i.str ?? '').join('');
      if (!norm(text).includes(norm(p.name))) notes.push('name not on page 1');
      if (d.producer === 'libreoffice' && pdf.numPages > 3) notes.push(`${pdf.numPages} pages`);
      if (d.producer === 'chromium' && pdf.numPages > 2) notes.push(`${pdf.numPages} pages`);
      notes.push(`pages=${pdf.numPages}`);
      await pdf.destroy();
    } else if (d.file.endsWith('.docx')) {
      try { execFileSync('unzip', ['-tq', file], { stdio: 'pipe' }); } catch { notes.push('unzip -t failed'); }
    } else if (d.file.endsWith('.txt')) {
      let t = '';
      try { t = new TextDecoder('utf-8', { fatal: true }).decode(buf); } catch { notes.push('not UTF-8'); }
      if (!norm(t).includes(norm(p.name))) notes.push('name missing');
    }
  }
  const bad = notes.filter((n) => !n.startsWith('pages='));
  if (bad.length) failed++;
  console.log(`${bad.length ? 'FAIL' : 'ok  '} ${d.file} ${notes.join(' ')}`);
}
for (const f of Object.keys(manifest)) if (!truth.documents.some((d: { file: string }) => d.file === f)) { failed++; console.log(`FAIL manifest lists ${f} not in truth.json`); }
console.log(`${truth.documents.length} documents, ${failed} failed`);
process.exit(failed ? 1 : 0);
