/**
 * heldout-21 checks, without the analyser:  npx tsx eval/heldout-21/check.ts   (from packages/cv)
 * - every PDF's page-1 text (pdfjs-dist legacy build) contains the person's name (case and spaces ignored);
 * - LibreOffice PDFs have at most 3 pages; DOCX files pass `unzip -t`; txt files are valid UTF-8 and contain the name;
 * - every truth document exists and matches manifest.json.
 * Prints one line per document; exits non-zero on any failure.
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
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, '');
const names = new Map<string, string>(truth.people.map((p: { id: string; name: string }) => [p.id, p.name]));

async function pdfInfo(file: string): Promise<{ pages: number; text1: string }> {
  const data = new Uint8Array(readFileSync(file));
  const pdf = await getDocument({ data, verbosity: 0 }).promise;
  const page = await pdf.getPage(1);
  const tc = await page.getTextContent();
  const text1 = tc.items.map((i) => ('str' in i ? i.str : '')).join(' ');
  const pages = pdf.numPages;
  await pdf.destroy();
  return { pages, text1 };
}

let failures = 0;
for (const doc of truth.documents as { file: string; person: string; producer: string }[]) {
  const file = path.join(docs, doc.file);
  const name = names.get(doc.person)!;
  const problems: string[] = [];
  let info = '';
  if (!existsSync(file)) problems.push('missing');
  else {
    const sha = createHash('sha256').update(readFileSync(file)).digest('hex');
    if (manifest[doc.file] !== sha) problems.push('sha256 differs from manifest');
    if (doc.file.endsWith('.pdf')) {
      const { pages, text1 } = await pdfInfo(file);
      info = `${pages}p`;
      if (!norm(text1).includes(norm(name))) problems.push(`name "${name}" not on page 1`);
      if (doc.producer === 'libreoffice' && pages > 3) problems.push(`${pages} pages > 3`);
    } else if (doc.file.endsWith('.docx')) {
      try { execFileSync('unzip', ['-tq', file], { stdio: 'pipe' }); info = 'zip ok'; } catch { problems.push('unzip -t failed'); }
    } else if (doc.file.endsWith('.txt')) {
      const buf = readFileSync(file);
      try { const text = new TextDecoder('utf-8', { fatal: true }).decode(buf); info = 'utf-8'; if (!norm(text).includes(norm(name))) problems.push('name missing'); } catch { problems.push('not UTF-8'); }
    }
  }
  if (problems.length) failures++;
  console.log(`${problems.length ? 'FAIL' : 'ok  '}  ${doc.file.padEnd(44)} ${doc.producer.padEnd(11)} ${info}${problems.length ? '  ' + problems.join('; ') : ''}`);
}
const listed = new Set((truth.documents as { file: string }[]).map((d) => d.file));
for (const f of Object.keys(manifest)) if (!listed.has(f)) { failures++; console.log(`FAIL  ${f} in manifest but not in truth`); }
console.log(`${truth.documents.length} documents, ${failures} failure(s)`);
process.exit(failures ? 1 : 0);
