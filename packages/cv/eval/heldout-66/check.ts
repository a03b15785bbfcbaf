/**
 * heldout-66 checks without any analyser: page-1 text of every PDF contains the person's name (case and spaces
 * ignored); LibreOffice PDFs have at most 3 pages (Chromium PDFs 1–2); every DOCX passes `unzip -t`; every .txt is
 * valid UTF-8 and contains the name; every file in truth.json exists and its sha256 matches manifest.json.
 *   cd packages/cv && npx tsx eval/heldout-66/check.ts
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
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, '');
const names = new Map<string, string>(truth.people.map((p: { id: string; name: string }) => [p.id, p.name]));
let failed = 0;
for (const d of truth.documents) {
  const f = path.join(docs, d.file);
  const problems: string[] = [];
  let info = '';
  if (!existsSync(f)) problems.push('missing');
  else {
    const buf = readFileSync(f);
    if (createHash('sha256').update(buf).digest('hex') !== manifest[d.file]) problems.push('sha256 differs from manifest');
    const name = norm(names.get(d.person)!);
    if (d.file.endsWith('.pdf')) {
      const pdf = await pdfjs.getDocument({ data: new Uint8Array(buf), verbosity: 0 }).promise;
      const tc = await (await pdf.getPage(1)).getTextContent();
      const text = tc.items.map((i) => ('str' in i ? i.str : '')).join('');
      if (!norm(text).includes(name)) problems.push('name not on page 1');
      if (d.producer === 'libreoffice' && pdf.numPages > 3) problems.push(`${pdf.numPages} pages (> 3)`);
      if (d.producer === 'chromium' && pdf.numPages > 2) problems.push(`${pdf.numPages} pages (> 2)`);
      info = `${pdf.numPages} p.`;
    } else if (d.file.endsWith('.docx')) {
      try { execFileSync('unzip', ['-tq', f], { stdio: 'pipe' }); } catch { problems.push('unzip -t failed'); }
    } else if (d.file.endsWith('.txt')) {
      let text = '';
      try { text = new TextDecoder('utf-8', { fatal: true }).decode(buf); } catch { problems.push('not valid UTF-8'); }
      if (!norm(text).includes(name)) problems.push('name missing');
    }
  }
  if (problems.length) failed++;
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${d.file}${info ? ` (${info})` : ''}${problems.length ? ' — ' + problems.join('; ') : ''}`);
}
console.log(`${truth.documents.length - failed}/${truth.documents.length} documents pass`);
process.exit(failed ? 1 : 0);
