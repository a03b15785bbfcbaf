/**
 * heldout-62 self-check, no analyser involved:
 *   cd packages/cv && npx tsx eval/heldout-62/check.ts
 * - every file named in truth.json exists and its sha256 matches manifest.json;
 * - every PDF's page-1 text (pdfjs-dist legacy build) contains the person's name (case and whitespace ignored);
 *   LibreOffice PDFs have at most 3 pages, Chromium PDFs 1–2;
 * - every DOCX passes `unzip -t`;
 * - every .txt is valid UTF-8 and contains the name.
 * One line per document; exit code 1 on any failure.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(here, 'documents');
const truth = JSON.parse(readFileSync(path.join(here, 'truth.json'), 'utf8'));
const manifest: Record<string, string> = JSON.parse(readFileSync(path.join(here, 'manifest.json'), 'utf8'));
const names = new Map<string, string>(truth.people.map((p: { id: string; name: string }) => [p.id, p.name]));
const norm = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, '');

const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');

async function pdfInfo(file: string): Promise<{ pages: number; text: string }> {
  const data = new Uint8Array(readFileSync(file));
  const doc = await pdfjs.getDocument({ data, verbosity: 0, disableFontFace: true, isEvalSupported: false }).promise;
  const page = await doc.getPage(1);
  const tc = await page.getTextContent();
  const text = tc.items.map((i: any) => ('str' in i ? i.str : '')).join('');
  const pages = doc.numPages;
  await doc.destroy();
  return { pages, text };
}

let failures = 0;
const seen = new Set<string>();
for (const d of truth.documents as { file: string; person: string; producer: string }[]) {
  const file = path.join(docs, d.file);
  const problems: string[] = [];
  const notes: string[] = [];
  seen.add(d.file);
  if (!existsSync(file)) problems.push('missing');
  else {
    const sha = createHash('sha256').update(readFileSync(file)).digest('hex');
    if (manifest[d.file] !== sha) problems.push('sha256 differs from manifest.json');
    const name = names.get(d.person)!;
    if (d.file.endsWith('.pdf')) {
      const { pages, text } = await pdfInfo(file);
      notes.push(`${pages}p`);
      if (!norm(text).includes(norm(name))) problems.push(`page 1 lacks name "${name}"`);
      if (d.producer === 'libreoffice' && pages > 3) problems.push(`LibreOffice PDF has ${pages} pages (> 3)`);
      if (d.producer === 'chromium' && (pages < 1 || pages > 2)) problems.push(`Chromium PDF has ${pages} pages (not 1–2)`);
    } else if (d.file.endsWith('.docx')) {
      try {
        execFileSync('unzip', ['-t', '-q', file], { stdio: 'pipe' });
        notes.push('zip ok');
      } catch {
        problems.push('unzip -t failed');
      }
    } else if (d.file.endsWith('.txt')) {
      try {
        const text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
        notes.push('utf-8 ok');
        if (!norm(text).includes(norm(name))) problems.push(`text lacks name "${name}"`);
      } catch {
        problems.push('not valid UTF-8');
      }
    } else problems.push('unknown extension');
  }
  if (problems.length) failures++;
  console.log(`${problems.length ? 'FAIL' : 'ok  '}  ${d.file.padEnd(40)} ${d.producer.padEnd(11)} ${[...notes, ...problems].join('; ')}`);
}
for (const f of Object.keys(manifest)) if (!seen.has(f)) { failures++; console.log(`FAIL  ${f.padEnd(40)} in manifest.json but not in truth.json`); }
console.log(`\n${truth.documents.length} documents, ${failures} failure(s).`);
process.exit(failures ? 1 : 0);
