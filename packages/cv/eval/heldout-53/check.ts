/** heldout-53 checks without any analyser. Run from packages/cv: npx tsx eval/heldout-53/check.ts */
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
let bad = 0;
for (const doc of truth.documents) {
  const f = path.join(docs, doc.file);
  const person = truth.people.find((p: { id: string }) => p.id === doc.person);
  const errs: string[] = [];
  if (!existsSync(f)) errs.push('missing');
  else {
    const buf = readFileSync(f);
    if (createHash('sha256').update(buf).digest('hex') !== manifest[doc.file]) errs.push('sha256 mismatch');
    if (doc.file.endsWith('.pdf')) {
      const pdf = await getDocument({ data: new Uint8Array(buf), verbosity: 0 }).promise;
      const pg = await pdf.getPage(1);
      const text = (await pg.getTextContent()).items.map((i: { str?: string }) => i.str ?? '').join('');
      if (!norm(text).includes(norm(person.name))) errs.push('name not on page 1');
      if (doc.producer === 'libreoffice' && pdf.numPages > 3) errs.push(`${pdf.numPages} pages`);
      if (doc.producer === 'chromium' && pdf.numPages > 2) errs.push(`${pdf.numPages} pages`);
      errs.push(`(${pdf.numPages}p)`);
    } else if (doc.file.endsWith('.docx')) {
      try { execFileSync('unzip', ['-tq', f], { stdio: 'pipe' }); } catch { errs.push('unzip -t failed'); }
    } else if (doc.file.endsWith('.txt')) {
      let s = '';
      try { s = new TextDecoder('utf-8', { fatal: true }).decode(buf); } catch { errs.push('not UTF-8'); }
      if (!norm(s).includes(norm(person.name))) errs.push('name missing');
    }
  }
  const fail = errs.filter((e) => !e.startsWith('('));
  if (fail.length) bad++;
  console.log(`${fail.length ? 'FAIL' : 'ok  '} ${doc.file} ${errs.join(' ')}`);
}
console.log(`${truth.documents.length - bad}/${truth.documents.length} ok`);
process.exit(bad ? 1 : 0);
