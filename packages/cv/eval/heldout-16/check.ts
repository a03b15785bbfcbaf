/** heldout-16 checks without the analyser: names on page 1, LibreOffice PDFs ≤ 3 pages, DOCX zips test clean, txt is UTF-8. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const truth = JSON.parse(readFileSync(path.join(here, 'truth.json'), 'utf8'));
const names: Record<string, string> = Object.fromEntries(truth.people.map((p: { id: string; name: string }) => [p.id, p.name]));
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, '');
let bad = 0;
const fail = (f: string, why: string) => { bad++; console.log(`FAIL ${f}: ${why}`); };
for (const d of truth.documents) {
  const file = path.join(here, 'documents', d.file);
  const name = norm(names[d.person]);
  if (d.file.endsWith('.pdf')) {
    const pdf = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
    const pg = await pdf.getPage(1);
    const text = (await pg.getTextContent()).items.map((i: any) => i.str ?? '').join(' ');
    if (!norm(text).includes(name)) fail(d.file, 'name not on page 1');
    if (d.producer === 'libreoffice' && pdf.numPages > 3) fail(d.file, `${pdf.numPages} pages`);
    console.log(`${d.file}: ${pdf.numPages} page(s)`);
  } else if (d.file.endsWith('.docx')) {
    try { execFileSync('unzip', ['-tq', file], { stdio: 'pipe' }); } catch { fail(d.file, 'unzip -t failed'); }
  } else {
    const buf = readFileSync(file);
    const s = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    if (!norm(s).includes(name)) fail(d.file, 'name missing');
  }
}
console.log(bad ? `${bad} failure(s)` : `all ${truth.documents.length} documents pass`);
process.exit(bad ? 1 : 0);
