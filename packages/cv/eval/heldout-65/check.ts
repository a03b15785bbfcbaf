/**
 * heldout-65 checks, without any analyser:
 *   cd packages/cv && npx tsx eval/heldout-65/check.ts
 * - every file in truth.json exists and its sha256 matches manifest.json (and the manifest lists nothing else);
 * - every PDF's page-1 text (pdfjs-dist legacy build) contains the person's name (case and spaces ignored);
 *   LibreOffice PDFs have at most 3 pages, Chromium PDFs at most 2;
 * - every DOCX passes `unzip -t`;
 * - every .txt is valid UTF-8 and contains the name.
 * One line per document; exit code 1 on any failure.
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
const norm = (s: string) => s.normalize('NFC').toLowerCase().replace(/[\s\u00a0\u2028\u2029\u200b\ufeff]+/g, '');
const nameOf = (id: string): string => truth.people.find((p: { id: string }) => p.id === id).name;

let failures = 0;
const listed = new Set<string>();
for (const d of truth.documents as { file: string; person: string; producer: string }[]) {
  listed.add(d.file);
  const problems: string[] = [];
  const notes: string[] = [];
  const f = path.join(docs, d.file);
  if (!existsSync(f)) {
    console.log(`FAIL ${d.file}: missing`);
    failures++;
    continue;
  }
  const buf = readFileSync(f);
  const sha = createHash('sha256').update(buf).digest('hex');
  if (manifest[d.file] !== sha) problems.push('sha256 differs from manifest');
  const name = norm(nameOf(d.person));
  if (d.file.endsWith('.pdf')) {
    const pdf = await pdfjs.getDocument({ data: new Uint8Array(buf), verbosity: 0 }).promise;
    const page = await pdf.getPage(1);
    const tc = await page.getTextContent();
    const text = tc.items.map((i) => ('str' in i ? i.str : '')).join('');
    if (!norm(text).includes(name)) problems.push(`page 1 lacks the name "${nameOf(d.person)}"`);
    const max = d.producer === 'libreoffice' ? 3 : 2;
    if (pdf.numPages > max) problems.push(`${pdf.numPages} pages (max ${max})`);
    notes.push(`${pdf.numPages} p`);
    await pdf.destroy();
  } else if (d.file.endsWith('.docx')) {
    try {
      execFileSync('unzip', ['-t', '-q', f], { stdio: 'pipe' });
      notes.push('unzip -t ok');
    } catch {
      problems.push('unzip -t failed');
    }
  } else if (d.file.endsWith('.txt')) {
    try {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
      if (!norm(text).includes(name)) problems.push(`text lacks the name "${nameOf(d.person)}"`);
      notes.push('utf-8 ok');
    } catch {
      problems.push('not valid UTF-8');
    }
  } else problems.push('unknown extension');
  if (problems.length) failures++;
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${d.file}${problems.length ? ': ' + problems.join('; ') : ` (${notes.join(', ')})`}`);
}
for (const f of Object.keys(manifest)) if (!listed.has(f)) { console.log(`FAIL ${f}: in manifest.json but not in truth.json`); failures++; }
console.log(`${truth.documents.length} documents, ${failures} failure(s)`);
process.exit(failures ? 1 : 0);
