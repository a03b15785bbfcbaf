/**
 * heldout-80 checks (no analyser): PDF page-1 text contains the name; LibreOffice PDFs ≤ 3 pages (Chromium ≤ 2);
 * DOCX passes `unzip -t`; TXT is valid UTF-8 and contains the name; every file exists and matches manifest.json.
 * Run from packages/cv:  npx tsx eval/heldout-80/check.ts
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
let failed = 0;
for (const d of truth.documents) {
  const person = truth.people.find((p: { id: string }) => p.id === d.person);
  const file = path.join(docs, d.file);
  const problems: string[] = [];
  let info = '';
  if (!existsSync(file)) problems.push('missing');
  else {
    const buf = readFileSync(file);
    if (createHash('sha256').update(buf).digest('hex') !== manifest[d.file]) problems.push('sha256 mismatch');
    if (d.file.endsWith('.pdf')) {
      const pdf = await getDocument({ data: new Uint8Array(buf), useSystemFonts: true, verbosity: 0 }).promise;
      const pg = await pdf.getPage(1);
      const text = (await pg.getTextContent()).items.map((i: any) => i.str ?? '').join('');
      if (!norm(text).includes(norm(person.name))) problems.push('name not on page 1');
      const max = d.producer === 'libreoffice' ? 3 : 2;
      if (pdf.numPages > max) problems.push(`${pdf.numPages} pages > ${max}`);
      info = `${pdf.numPages}p`;
      await pdf.destroy();
    } else if (d.file.endsWith('.docx')) {
      try { execFileSync('unzip', ['-tq', file], { stdio: 'pipe' }); info = 'zip ok'; } catch { problems.push('unzip -t failed'); }
    } else if (d.file.endsWith('.txt')) {
      let t = '';
      try { t = new TextDecoder('utf-8', { fatal: true }).decode(buf); info = 'utf-8'; } catch { problems.push('not UTF-8'); }
      if (!norm(t).includes(norm(person.name))) problems.push('name missing');
    }
  }
  if (!manifest[d.file]) problems.push('not in manifest');
  if (problems.length) failed++;
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${d.file.padEnd(44)} ${d.producer.padEnd(12)} ${info}${problems.length ? '  ' + problems.join('; ') : ''}`);
}
console.log(`${truth.documents.length - failed}/${truth.documents.length} passed`);
process.exit(failed ? 1 : 0);
