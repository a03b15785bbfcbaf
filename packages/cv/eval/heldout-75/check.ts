/** heldout-75 checks without any analyser: names on page 1, page limits, DOCX zips, UTF-8 text, sha256 manifest. */
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
const nameOf = (id: string) => truth.people.find((p: { id: string }) => p.id === id).name as string;
let bad = 0;
for (const d of truth.documents) {
  const file = path.join(docs, d.file);
  const problems: string[] = [];
  let info = '';
  if (!existsSync(file)) problems.push('missing');
  else {
    const buf = readFileSync(file);
    if (createHash('sha256').update(buf).digest('hex') !== manifest[d.file]) problems.push('sha256 mismatch');
    const name = norm(nameOf(d.person));
    if (d.file.endsWith('.pdf')) {
      const pdf = await getDocument({ data: new Uint8Array(buf), verbosity: 0 }).promise;
      const pg = await pdf.getPage(1);
      const text = (await pg.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('');
      if (!norm(text).includes(name)) problems.push('name not on page 1');
      if (d.producer === 'libreoffice' && pdf.numPages > 3) problems.push(`${pdf.numPages} pages`);
      if (d.producer === 'chromium' && pdf.numPages > 2) problems.push(`${pdf.numPages} pages`);
      info = `${pdf.numPages}p`;
      await pdf.destroy();
    } else if (d.file.endsWith('.docx')) {
      try { execFileSync('unzip', ['-tq', file], { stdio: 'pipe' }); } catch { problems.push('unzip -t failed'); }
    } else if (d.file.endsWith('.txt')) {
      try { const t = new TextDecoder('utf-8', { fatal: true }).decode(buf); if (!norm(t).includes(name)) problems.push('name missing'); } catch { problems.push('not UTF-8'); }
    }
  }
  if (problems.length) bad++;
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${d.file} ${info} ${problems.join('; ')}`);
}
console.log(`${truth.documents.length - bad}/${truth.documents.length} ok`);
process.exit(bad ? 1 : 0);
