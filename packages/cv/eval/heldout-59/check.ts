/** heldout-59 checks without any analyser. Run from packages/cv: npx tsx eval/heldout-59/check.ts */
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
let failed = 0;
for (const d of truth.documents) {
  const name: string = truth.people.find((p: { id: string }) => p.id === d.person).name;
  const file = path.join(docs, d.file);
  const problems: string[] = [];
  let info = '';
  if (!existsSync(file)) problems.push('missing');
  else {
    const buf = readFileSync(file);
    if (createHash('sha256').update(buf).digest('hex') !== manifest[d.file]) problems.push('sha256 mismatch');
    if (d.file.endsWith('.pdf')) {
      const pdf = await pdfjs.getDocument({ data: new Uint8Array(buf), verbosity: 0 }).promise;
      const page = await pdf.getPage(1);
      const text = (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('');
      info = `${pdf.numPages} page(s)`;
      if (!norm(text).includes(norm(name))) problems.push('name not on page 1');
      if (d.producer === 'libreoffice' && pdf.numPages > 3) problems.push('more than 3 pages');
      if (d.producer === 'chromium' && pdf.numPages > 2) problems.push('more than 2 pages');
      await pdf.destroy();
    } else if (d.file.endsWith('.docx')) {
      try { execFileSync('unzip', ['-tq', file], { stdio: 'pipe' }); info = 'zip ok'; } catch { problems.push('unzip -t failed'); }
    } else if (d.file.endsWith('.txt')) {
      try { const t = new TextDecoder('utf-8', { fatal: true }).decode(buf); info = 'utf-8'; if (!norm(t).includes(norm(name))) problems.push('name missing'); } catch { problems.push('invalid UTF-8'); }
    }
  }
  if (!(d.file in manifest)) problems.push('not in manifest');
  if (problems.length) failed++;
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${d.file} ${info}${problems.length ? ' — ' + problems.join('; ') : ''}`);
}
console.log(`${truth.documents.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
