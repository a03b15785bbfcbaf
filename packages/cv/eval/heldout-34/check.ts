/**
 * heldout-34 self-check, without the analyser:
 *   npx tsx eval/heldout-34/check.ts
 * - every PDF: page-1 text (pdfjs-dist legacy build) contains the person's name (case and spaces ignored)
 * - LibreOffice PDFs: at most 3 pages
 * - DOCX: `unzip -t` passes
 * - TXT: valid UTF-8 and contains the name
 * - every file in truth.json exists and matches manifest.json
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const docsDir = path.join(here, 'documents');
const truth = JSON.parse(readFileSync(path.join(here, 'truth.json'), 'utf8'));
const manifest: Record<string, string> = JSON.parse(readFileSync(path.join(here, 'manifest.json'), 'utf8'));
const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, '').toLowerCase();
const names = new Map<string, string>(truth.people.map((p: { id: string; name: string }) => [p.id, p.name]));

async function pdfInfo(file: string): Promise<{ pages: number; text: string }> {
  const data = new Uint8Array(readFileSync(file));
  const doc = await getDocument({ data, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const page = await doc.getPage(1);
  const content = await page.getTextContent();
  const text = content.items.map((i) => ('str' in i ? i.str : '')).join('');
  const pages = doc.numPages;
  await doc.destroy();
  return { pages, text };
}

let failed = 0;
for (const d of truth.documents as { file: string; person: string; producer: string }[]) {
  const file = path.join(docsDir, d.file);
  const problems: string[] = [];
  let info = '';
  const name = norm(names.get(d.person)!);
  if (!existsSync(file)) problems.push('missing');
  else {
    const buf = readFileSync(file);
    if (manifest[d.file] !== createHash('sha256').update(buf).digest('hex')) problems.push('sha256 differs from manifest');
    if (d.file.endsWith('.pdf')) {
      const { pages, text } = await pdfInfo(file);
      info = `${pages}p`;
      if (!norm(text).includes(name)) problems.push('name not on page 1');
      if (d.producer === 'libreoffice' && pages > 3) problems.push(`${pages} pages > 3`);
    } else if (d.file.endsWith('.docx')) {
      try { execFileSync('unzip', ['-tq', file], { stdio: 'pipe' }); info = 'zip ok'; } catch { problems.push('unzip -t failed'); }
    } else if (d.file.endsWith('.txt')) {
      try {
        const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
        info = `${text.length} chars`;
        if (!norm(text).includes(name)) problems.push('name missing');
      } catch { problems.push('not UTF-8'); }
    }
  }
  if (problems.length) failed++;
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${d.file.padEnd(34)} ${d.producer.padEnd(11)} ${info}${problems.length ? '  ' + problems.join('; ') : ''}`);
}
const extra = Object.keys(manifest).filter((f) => !truth.documents.some((d: { file: string }) => d.file === f));
if (extra.length) { failed++; console.log(`FAIL manifest lists files not in truth: ${extra.join(', ')}`); }
console.log(`${truth.documents.length} documents, ${failed} failing`);
process.exit(failed ? 1 : 0);
