/**
 * heldout-23 self-check (no analyser involved):
 *   npx tsx eval/heldout-23/check.ts      (from packages/cv)
 * Every PDF's page-1 text holds the person's name (case and spaces ignored); LibreOffice PDFs have ≤ 3 pages;
 * DOCX files pass `unzip -t`; TXT files are valid UTF-8 and hold the name; manifest hashes match.
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
const names: Record<string, string> = Object.fromEntries(truth.people.map((p: { id: string; name: string }) => [p.id, p.name]));
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, '');

let failures = 0;
for (const doc of truth.documents as { file: string; person: string; producer: string }[]) {
  const file = path.join(docs, doc.file);
  const problems: string[] = [];
  let info = '';
  try {
    const bytes = readFileSync(file);
    if (createHash('sha256').update(bytes).digest('hex') !== manifest[doc.file]) problems.push('sha256 differs from manifest');
    const name = norm(names[doc.person]);
    if (doc.file.endsWith('.pdf')) {
      const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
      const page = await pdf.getPage(1);
      const text = (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('');
      info = `${pdf.numPages} page(s)`;
      if (!norm(text).includes(name)) problems.push('name not on page 1');
      if (doc.producer === 'libreoffice' && pdf.numPages > 3) problems.push(`${pdf.numPages} pages > 3`);
      await pdf.destroy();
    } else if (doc.file.endsWith('.docx')) {
      execFileSync('unzip', ['-tq', file], { stdio: 'pipe' });
      info = 'zip ok';
    } else {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      info = `${text.split('\n').length} lines`;
      if (!norm(text).includes(name)) problems.push('name missing');
    }
  } catch (e) {
    problems.push(String((e as Error).message ?? e).split('\n')[0]);
  }
  if (problems.length) failures++;
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${doc.file} (${doc.producer}, ${info})${problems.length ? ' — ' + problems.join('; ') : ''}`);
}
const listed = new Set((truth.documents as { file: string }[]).map((d) => d.file));
for (const f of Object.keys(manifest)) if (!listed.has(f)) { failures++; console.log(`FAIL ${f} — in manifest, not in truth`); }
console.log(`${truth.documents.length} documents, ${failures} failure(s)`);
process.exit(failures ? 1 : 0);
