/**
 * heldout-17 checks that need no analyser: page-1 text of every PDF holds the person's name (case and spaces ignored),
 * LibreOffice PDFs are at most 3 pages, every DOCX passes `unzip -t`, every .txt is valid UTF-8 and holds the name,
 * every document in truth.json exists and matches manifest.json.
 * Run from packages/cv: `npx tsx eval/heldout-17/check.ts`.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(here, 'documents');
const truth = JSON.parse(readFileSync(path.join(here, 'truth.json'), 'utf8'));
const manifest: Record<string, string> = JSON.parse(readFileSync(path.join(here, 'manifest.json'), 'utf8'));
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, '');
const names = new Map<string, string>(truth.people.map((p: { id: string; name: string }) => [p.id, p.name]));
let pass = 0, fail = 0;
const ok = (cond: boolean, what: string) => { if (cond) pass++; else { fail++; console.log(`FAIL ${what}`); } };

for (const d of truth.documents) {
  const file = path.join(docs, d.file);
  const buf = readFileSync(file);
  ok(createHash('sha256').update(buf).digest('hex') === manifest[d.file], `${d.file}: sha256 matches manifest`);
  const name = norm(names.get(d.person)!);
  if (d.file.endsWith('.pdf')) {
    const pdf = await getDocument({ data: new Uint8Array(buf), verbosity: 0 }).promise;
    const page = await pdf.getPage(1);
    const text = (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ');
    ok(norm(text).includes(name), `${d.file}: page 1 contains name`);
    if (d.producer === 'libreoffice') ok(pdf.numPages <= 3, `${d.file}: ${pdf.numPages} pages <= 3`);
    await pdf.destroy();
  } else if (d.file.endsWith('.docx')) {
    let good = true;
    try { execFileSync('unzip', ['-tq', file], { stdio: 'pipe' }); } catch { good = false; }
    ok(good, `${d.file}: unzip -t`);
  } else if (d.file.endsWith('.txt')) {
    let text = '';
    try { text = new TextDecoder('utf-8', { fatal: true }).decode(buf); } catch { /* invalid */ }
    ok(text.length > 0, `${d.file}: valid UTF-8`);
    ok(norm(text).includes(name), `${d.file}: contains name`);
  }
}
ok(Object.keys(manifest).length === truth.documents.length, `manifest has ${Object.keys(manifest).length} files, truth ${truth.documents.length}`);
console.log(`${pass} passed, ${fail} failed`);
process.exit(fail ? 1 : 0);
