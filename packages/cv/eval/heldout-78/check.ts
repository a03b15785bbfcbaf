/**
 * heldout-78 checks, no analyser: page-1 text of every PDF holds the name (case and spaces ignored), LibreOffice PDFs
 * have at most 3 pages (Chromium at most 2), every DOCX passes `unzip -t`, every .txt is UTF-8 and holds the name, no PDF page 1 extracts CJK radicals (U+2E80–U+2FDF) instead of ideographs,
 * every document exists and matches its sha256 in manifest.json. One line per document; exit 1 on any failure.
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
const names = new Map<string, string>(truth.people.map((p: { id: string; name: string }) => [p.id, p.name]));
let failed = 0;
for (const d of truth.documents as { file: string; person: string; producer: string }[]) {
  const file = path.join(docs, d.file);
  const problems: string[] = [];
  let info = '';
  if (!existsSync(file)) problems.push('missing');
  else {
    const buf = readFileSync(file);
    const sha = createHash('sha256').update(buf).digest('hex');
    if (manifest[d.file] !== sha) problems.push('sha256 differs from manifest');
    const name = norm(names.get(d.person)!);
    if (d.file.endsWith('.pdf')) {
      const pdf = await getDocument({ data: new Uint8Array(buf), useSystemFonts: true, verbosity: 0 }).promise;
      const page1 = await pdf.getPage(1);
      const text = (await page1.getTextContent()).items.map((i: any) => ('str' in i ? i.str : '')).join('');
      if (!norm(text).includes(name)) problems.push('name not on page 1');
      if (/[\u2E80-\u2FDF]/.test(text)) problems.push('CJK radical code points in page-1 text (font ToUnicode problem)');
      const max = d.producer === 'libreoffice' ? 3 : 2;
      if (pdf.numPages > max) problems.push(`${pdf.numPages} pages > ${max}`);
      info = `${pdf.numPages}p`;
      await pdf.destroy();
    } else if (d.file.endsWith('.docx')) {
      try { execFileSync('unzip', ['-tq', file], { stdio: 'pipe' }); info = 'zip ok'; } catch { problems.push('unzip -t failed'); }
    } else if (d.file.endsWith('.txt')) {
      let text = '';
      try { text = new TextDecoder('utf-8', { fatal: true }).decode(buf); info = 'utf-8'; } catch { problems.push('not valid UTF-8'); }
      if (text && !norm(text).includes(name)) problems.push('name missing');
    }
  }
  if (problems.length) failed++;
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${d.file} ${info}${problems.length ? ' — ' + problems.join('; ') : ''}`);
}
console.log(`${truth.documents.length - failed}/${truth.documents.length} passed`);
process.exit(failed ? 1 : 0);
