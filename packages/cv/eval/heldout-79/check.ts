/** heldout-79 checks (no analyser): names on PDF page 1, LibreOffice ≤ 3 pages, DOCX zip integrity, TXT UTF-8 + name,
 *  files exist and match manifest.json. One line per document; exit 1 on any failure. */
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
const names = new Map<string, string>(truth.people.map((p: { id: string; name: string }) => [p.id, p.name]));
const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
let bad = 0;
for (const d of truth.documents as { file: string; person: string; producer: string }[]) {
  const f = path.join(docs, d.file);
  const errs: string[] = [];
  let info = '';
  if (!existsSync(f)) errs.push('missing');
  else {
    const buf = readFileSync(f);
    if (createHash('sha256').update(buf).digest('hex') !== manifest[d.file]) errs.push('sha256 mismatch');
    const name = names.get(d.person)!;
    if (d.file.endsWith('.pdf')) {
      const pdf = await getDocument({ data: new Uint8Array(buf), useSystemFonts: true, verbosity: 0 }).promise;
      const page = await pdf.getPage(1);
      const text = (await page.getTextContent()).items.map((i: any) => i.str ?? '').join('');
      info = `${pdf.numPages}p`;
      if (!norm(text).includes(norm(name))) errs.push('name not on page 1');
      if (d.producer === 'libreoffice' && pdf.numPages > 3) errs.push('more than 3 pages');
      if (d.producer === 'chromium' && pdf.numPages > 2) errs.push('more than 2 pages');
    } else if (d.file.endsWith('.docx')) {
      try { execFileSync('unzip', ['-tq', f], { stdio: 'pipe' }); info = 'zip ok'; } catch { errs.push('unzip -t failed'); }
    } else if (d.file.endsWith('.txt')) {
      try { const t = new TextDecoder('utf-8', { fatal: true }).decode(buf); if (!norm(t).includes(norm(name))) errs.push('name missing'); info = 'utf-8'; } catch { errs.push('not UTF-8'); }
    }
  }
  if (errs.length) bad++;
  console.log(`${errs.length ? 'FAIL' : 'ok  '} ${d.file} ${info}${errs.length ? ' — ' + errs.join('; ') : ''}`);
}
console.log(`${truth.documents.length - bad}/${truth.documents.length} passed`);
process.exit(bad ? 1 : 0);
