/**
 * heldout-57 checks without any analyser. Run from packages/cv: npx tsx eval/heldout-57/check.ts
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
// NFKC: Chromium's CJK PDFs map some ideographs to Kangxi radicals (⽂ U+2F42 for 文) in ToUnicode; NFKC folds them back.
// CJK Radicals Supplement forms (⻩ for 黄) have no NFKC mapping, so fold the common simplified ones by hand.
const RAD: Record<string, string> = { '⻩': '黄', '⻰': '龙', '⻄': '西', '⻅': '见', '⻓': '长', '⻔': '门', '⻋': '车', '⻛': '风', '⻜': '飞', '⻢': '马', '⻥': '鱼', '⻦': '鸟', '⻬': '齐', '⻘': '青', '⻝': '食' };
const norm = (s: string) => s.replace(/[\u2e80-\u2eff]/g, (c) => RAD[c] ?? c).normalize('NFKC').toLowerCase().replace(/\s+/g, '');
let bad = 0;
for (const d of truth.documents) {
  const p = truth.people.find((x: { id: string }) => x.id === d.person);
  const file = path.join(docs, d.file);
  const problems: string[] = [];
  let info = '';
  if (!existsSync(file)) problems.push('missing');
  else {
    const buf = readFileSync(file);
    if (createHash('sha256').update(buf).digest('hex') !== manifest[d.file]) problems.push('sha256 differs from manifest');
    if (d.file.endsWith('.pdf')) {
      const pdf = await getDocument({ data: new Uint8Array(buf), useSystemFonts: true, verbosity: 0 }).promise;
      const page = await pdf.getPage(1);
      const text = (await page.getTextContent()).items.map((i: { str?: string }) => i.str ?? '').join('');
      if (!norm(text).includes(norm(p.name))) problems.push('name not on page 1');
      if (d.producer === 'libreoffice' && pdf.numPages > 3) problems.push(`${pdf.numPages} pages`);
      if (d.producer === 'chromium' && pdf.numPages > 2) problems.push(`${pdf.numPages} pages`);
      info = `${pdf.numPages}p`;
    } else if (d.file.endsWith('.docx')) {
      try { execFileSync('unzip', ['-tq', file], { stdio: 'pipe' }); } catch { problems.push('unzip -t failed'); }
    } else if (d.file.endsWith('.txt')) {
      let s = '';
      try { s = new TextDecoder('utf-8', { fatal: true }).decode(buf); } catch { problems.push('not UTF-8'); }
      if (!norm(s).includes(norm(p.name))) problems.push('name missing');
    }
  }
  if (!(d.file in manifest)) problems.push('not in manifest');
  if (problems.length) bad++;
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${d.file} ${info}${problems.length ? ' — ' + problems.join('; ') : ''}`);
}
console.log(`${truth.documents.length - bad}/${truth.documents.length} passed`);
process.exit(bad ? 1 : 0);
