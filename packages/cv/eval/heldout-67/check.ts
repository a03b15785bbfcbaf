/**
 * heldout-67 checks without any analyser. Run from packages/cv:  npx tsx eval/heldout-67/check.ts
 * - every PDF's page-1 text (pdfjs-dist legacy build) contains the person's name (case and spaces ignored)
 * - LibreOffice PDFs have at most 3 pages, Chromium PDFs 1–2 pages
 * - every DOCX passes `unzip -t`; every .txt is valid UTF-8 and contains the name
 * - every file in truth.json exists and its sha256 matches manifest.json
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
const norm = (s: string) => s.replace(/\s+/g, '').toLowerCase();
const names = new Map<string, string>(truth.people.map((p: { id: string; name: string }) => [p.id, p.name]));

let failed = 0;
for (const d of truth.documents as { file: string; person: string; producer: string }[]) {
  const f = path.join(docs, d.file);
  const problems: string[] = [];
  let info = '';
  if (!existsSync(f)) problems.push('missing');
  else {
    const buf = readFileSync(f);
    if (createHash('sha256').update(buf).digest('hex') !== manifest[d.file]) problems.push('sha256 mismatch');
    const name = names.get(d.person)!;
    if (d.file.endsWith('.pdf')) {
      const pdf = await getDocument({ data: new Uint8Array(buf), verbosity: 0 }).promise;
      const page = await pdf.getPage(1);
      const text = (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('');
      info = `${pdf.numPages}p`;
      if (!norm(text).includes(norm(name))) problems.push(`name "${name}" not on page 1`);
      if (d.producer === 'libreoffice' && pdf.numPages > 3) problems.push(`${pdf.numPages} pages (>3)`);
      if (d.producer === 'chromium' && pdf.numPages > 2) problems.push(`${pdf.numPages} pages (>2)`);
      await pdf.destroy();
    } else if (d.file.endsWith('.docx')) {
      try { execFileSync('unzip', ['-tq', f], { stdio: 'pipe' }); info = 'zip ok'; } catch { problems.push('unzip -t failed'); }
    } else if (d.file.endsWith('.txt')) {
      let text = '';
      try { text = new TextDecoder('utf-8', { fatal: true }).decode(buf); info = 'utf-8'; } catch { problems.push('not valid UTF-8'); }
      if (!norm(text).includes(norm(name))) problems.push(`name "${name}" missing`);
    }
  }
  if (problems.length) failed++;
  console.log(`${problems.length ? 'FAIL' : 'ok  '}  ${d.file}  ${info}${problems.length ? '  — ' + problems.join('; ') : ''}`);
}
const listed = new Set((truth.documents as { file: string }[]).map((d) => d.file));
for (const f of Object.keys(manifest)) if (!listed.has(f)) { failed++; console.log(`FAIL  ${f}  — in manifest but not in truth.json`); }
console.log(failed ? `${failed} failure(s)` : `all ${listed.size} documents pass`);
process.exit(failed ? 1 : 0);
