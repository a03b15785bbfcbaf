/**
 * heldout-68 checks without any analyser:
 *   cd packages/cv && npx tsx eval/heldout-68/check.ts
 * PDF page 1 contains the name (case and whitespace ignored); LibreOffice PDFs ≤ 3 pages, Chromium PDFs 1–2 pages;
 * DOCX passes `unzip -t`; .txt is valid UTF-8 and contains the name; every file exists and matches manifest.json.
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
  const f = path.join(docs, d.file);
  const problems: string[] = [];
  let info = '';
  if (!existsSync(f)) problems.push('missing');
  else {
    const buf = readFileSync(f);
    const sha = createHash('sha256').update(buf).digest('hex');
    if (manifest[d.file] !== sha) problems.push('sha256 differs from manifest');
    const name = norm(names.get(d.person)!);
    if (d.file.endsWith('.pdf')) {
      const pdf = await getDocument({ data: new Uint8Array(buf), verbosity: 0 }).promise;
      const page = await pdf.getPage(1);
      const text = (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('');
      info = `${pdf.numPages} page(s)`;
      if (!norm(text).includes(name)) problems.push('name not on page 1');
      if (d.producer === 'libreoffice' && pdf.numPages > 3) problems.push('more than 3 pages');
      if (d.producer === 'chromium' && (pdf.numPages < 1 || pdf.numPages > 2)) problems.push('not 1–2 pages');
      await pdf.destroy();
    } else if (d.file.endsWith('.docx')) {
      try { execFileSync('unzip', ['-tq', f], { stdio: 'pipe' }); info = 'zip ok'; } catch { problems.push('unzip -t failed'); }
    } else if (d.file.endsWith('.txt')) {
      try {
        const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
        info = 'utf-8 ok';
        if (!norm(text).includes(name)) problems.push('name missing');
      } catch { problems.push('not valid UTF-8'); }
    }
  }
  if (problems.length) failed++;
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${d.file.padEnd(46)} ${info}${problems.length ? ' — ' + problems.join('; ') : ''}`);
}
console.log(`${truth.documents.length - failed}/${truth.documents.length} documents pass`);
process.exit(failed ? 1 : 0);
