/**
 * heldout-31 self-check (does not use the analyser):
 *   npx tsx eval/heldout-31/check.ts          (from packages/cv)
 * - every PDF's page-1 text (pdfjs-dist legacy build) contains the person's name, ignoring case and spaces;
 * - LibreOffice PDFs have at most 3 pages; - DOCX files pass `unzip -t`; - TXT files are valid UTF-8 and contain the name;
 * - every truth document exists and matches manifest.json.
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
const names = new Map<string, string>(truth.people.map((p: { id: string; name: string }) => [p.id, p.name]));
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, '');

let failures = 0;
for (const d of truth.documents as { file: string; person: string; producer: string }[]) {
  const file = path.join(docs, d.file);
  const name = names.get(d.person)!;
  const problems: string[] = [];
  let info = '';
  if (!existsSync(file)) problems.push('missing');
  else {
    const buf = readFileSync(file);
    if (createHash('sha256').update(buf).digest('hex') !== manifest[d.file]) problems.push('sha256 differs from manifest');
    if (d.file.endsWith('.pdf')) {
      const pdf = await getDocument({ data: new Uint8Array(buf), useSystemFonts: false, verbosity: 0 }).promise;
      const page = await pdf.getPage(1);
      const tc = await page.getTextContent();
      const text = tc.items.map((i) => ('str' in i ? i.str : '')).join('');
      info = `${pdf.numPages} page(s), ${text.length} chars on p1`;
      if (!norm(text).includes(norm(name))) problems.push(`name "${name}" not on page 1`);
      if (d.producer === 'libreoffice' && pdf.numPages > 3) problems.push(`${pdf.numPages} pages > 3`);
      await pdf.destroy();
    } else if (d.file.endsWith('.docx')) {
      try { execFileSync('unzip', ['-tq', file], { stdio: 'pipe' }); info = 'unzip -t ok'; } catch { problems.push('unzip -t failed'); }
    } else if (d.file.endsWith('.txt')) {
      try {
        const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
        info = `${text.length} chars UTF-8`;
        if (!norm(text).includes(norm(name))) problems.push(`name "${name}" missing`);
      } catch { problems.push('not valid UTF-8'); }
    }
  }
  if (problems.length) failures++;
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${d.file.padEnd(40)} ${d.producer.padEnd(11)} ${problems.length ? problems.join('; ') : info}`);
}
const extra = Object.keys(manifest).filter((f) => !truth.documents.some((d: { file: string }) => d.file === f));
if (extra.length) { failures++; console.log(`FAIL manifest lists files not in truth: ${extra.join(', ')}`); }
console.log(`${truth.documents.length} documents, ${failures} failure(s)`);
process.exit(failures ? 1 : 0);
