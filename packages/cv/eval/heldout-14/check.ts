/** heldout-14 checks without the analyser. Run: cd packages/cv && npx tsx eval/heldout-14/check.ts */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(here, 'documents');
const truth = JSON.parse(readFileSync(path.join(here, 'truth.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(path.join(here, 'manifest.json'), 'utf8'));
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, '');
const names = new Map<string, string>(truth.people.map((p: { id: string; name: string }) => [p.id, p.name]));
let fail = 0;
const bad = (f: string, why: string) => { fail++; console.log(`FAIL ${f}: ${why}`); };
for (const d of truth.documents) {
  const file = path.join(docs, d.file);
  const buf = readFileSync(file);
  if (manifest[d.file] !== createHash('sha256').update(buf).digest('hex')) bad(d.file, 'sha256 differs from manifest');
  const name = norm(names.get(d.person)!);
  if (d.file.endsWith('.pdf')) {
    const pdf = await getDocument({ data: new Uint8Array(buf), verbosity: 0 }).promise;
    const page = await pdf.getPage(1);
    const text = (await page.getTextContent()).items.map((i: any) => i.str ?? '').join(' ');
    if (!norm(text).includes(name)) bad(d.file, 'name not on page 1');
    if (d.producer === 'libreoffice' && pdf.numPages > 3) bad(d.file, `${pdf.numPages} pages`);
    console.log(`ok ${d.file} (${pdf.numPages}p)`);
  } else if (d.file.endsWith('.docx')) {
    try { execFileSync('unzip', ['-tq', file], { stdio: 'pipe' }); console.log(`ok ${d.file}`); } catch { bad(d.file, 'unzip -t failed'); }
  } else if (d.file.endsWith('.txt')) {
    let s = '';
    try { s = new TextDecoder('utf-8', { fatal: true }).decode(buf); } catch { bad(d.file, 'not UTF-8'); }
    if (!norm(s).includes(name)) bad(d.file, 'name missing'); else console.log(`ok ${d.file}`);
  }
}
if (Object.keys(manifest).length !== truth.documents.length) bad('manifest', 'count differs from truth');
console.log(fail ? `${fail} failure(s)` : `all ${truth.documents.length} documents pass`);
process.exit(fail ? 1 : 0);
