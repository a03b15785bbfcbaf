/** heldout-69 checks without any analyser. Run from packages/cv: npx tsx eval/heldout-69/check.ts */
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
const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
let failed = 0;
for (const doc of truth.documents) {
  const person = truth.people.find((p: { id: string }) => p.id === doc.person);
  const file = path.join(docs, doc.file);
  const problems: string[] = [];
  let info = '';
  if (!existsSync(file)) problems.push('missing');
  else {
    const buf = readFileSync(file);
    const sha = createHash('sha256').update(buf).digest('hex');
    if (manifest[doc.file] !== sha) problems.push('sha256 differs from manifest');
    if (doc.file.endsWith('.pdf')) {
      const pdf = await getDocument({ data: new Uint8Array(buf), verbosity: 0 }).promise;
      const pg = await pdf.getPage(1);
      const text = (await pg.getTextContent()).items.map((i: { str?: string }) => i.str ?? '').join('');
      if (!norm(text).includes(norm(person.name))) problems.push('name not on page 1');
      if (doc.producer === 'libreoffice' && pdf.numPages > 3) problems.push(`${pdf.numPages} pages (>3)`);
      if (doc.producer === 'chromium' && pdf.numPages > 2) problems.push(`${pdf.numPages} pages (>2)`);
      info = `${pdf.numPages}p`;
      await pdf.destroy();
    } else if (doc.file.endsWith('.docx')) {
      try { execFileSync('unzip', ['-tq', file], { stdio: 'pipe' }); } catch { problems.push('unzip -t failed'); }
    } else if (doc.file.endsWith('.txt')) {
      let text = '';
      try { text = new TextDecoder('utf-8', { fatal: true }).decode(buf); } catch { problems.push('not valid UTF-8'); }
      if (!norm(text).includes(norm(person.name))) problems.push('name missing');
    }
  }
  if (problems.length) failed++;
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${doc.file} ${info}${problems.length ? ' — ' + problems.join('; ') : ''}`);
}
for (const f of Object.keys(manifest)) if (!truth.documents.some((d: { file: string }) => d.file === f)) { failed++; console.log(`FAIL ${f} — in manifest, not in truth`); }
console.log(failed ? `${failed} failure(s)` : `all ${truth.documents.length} documents pass`);
process.exit(failed ? 1 : 0);
