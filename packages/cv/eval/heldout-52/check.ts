/**
 * heldout-52 checks, no analyser involved:
 *   cd packages/cv && npx tsx eval/heldout-52/check.ts
 * PDF page 1 contains the name (case and spaces ignored); LibreOffice PDFs ≤ 3 pages, Chromium PDFs 1–2 pages;
 * DOCX passes `unzip -t`; .txt is valid UTF-8 and contains the name; every truth file exists with the manifest's sha256.
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
const names: Record<string, string> = Object.fromEntries(truth.people.map((p: { id: string; name: string }) => [p.id, p.name]));
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, '');
let failed = 0;
for (const doc of truth.documents as { file: string; person: string; producer: string }[]) {
  const file = path.join(docs, doc.file);
  const problems: string[] = [];
  let info = '';
  if (!existsSync(file)) problems.push('missing');
  else {
    const buf = readFileSync(file);
    const sha = createHash('sha256').update(buf).digest('hex');
    if (manifest[doc.file] !== sha) problems.push('sha256 differs from manifest');
    const name = norm(names[doc.person]);
    if (doc.file.endsWith('.pdf')) {
      const pdf = await getDocument({ data: new Uint8Array(buf), useSystemFonts: true, verbosity: 0 }).promise;
      const tc = await (await pdf.getPage(1)).getTextContent();
      const text = tc.items.map((i) => ('str' in i ? i.str : '')).join('');
      if (!norm(text).includes(name)) problems.push('name not on page 1');
      if (doc.producer === 'libreoffice' && pdf.numPages > 3) problems.push(`${pdf.numPages} pages > 3`);
      if (doc.producer === 'chromium' && pdf.numPages > 2) problems.push(`${pdf.numPages} pages > 2`);
      info = `${pdf.numPages}p`;
      await pdf.destroy();
    } else if (doc.file.endsWith('.docx')) {
      try { execFileSync('unzip', ['-tq', file], { stdio: 'pipe' }); info = 'zip ok'; } catch { problems.push('unzip -t failed'); }
    } else if (doc.file.endsWith('.txt')) {
      try { const s = new TextDecoder('utf-8', { fatal: true }).decode(buf); if (!norm(s).includes(name)) problems.push('name not in text'); info = 'utf-8 ok'; } catch { problems.push('not valid UTF-8'); }
    }
  }
  if (problems.length) failed++;
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${doc.file.padEnd(44)} ${doc.producer.padEnd(11)} ${info}${problems.length ? '  ' + problems.join('; ') : ''}`);
}
const listed = new Set((truth.documents as { file: string }[]).map((d) => d.file));
for (const f of Object.keys(manifest)) if (!listed.has(f)) { failed++; console.log(`FAIL ${f} in manifest but not in truth.json`); }
console.log(`${truth.documents.length - failed} of ${truth.documents.length} documents pass`);
process.exit(failed ? 1 : 0);
