/**
 * heldout-72 checks, no analyser involved: page-1 text of every PDF contains the person's name (case and spaces
 * ignored), LibreOffice PDFs have at most 3 pages (Chromium 1–2), every DOCX passes `unzip -t`, every .txt is valid
 * UTF-8 and contains the name, every file in truth.json exists and matches manifest.json. Exit 1 on any failure.
 *   cd packages/cv && npx tsx eval/heldout-72/check.ts
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
  const problems: string[] = []; const info: string[] = [];
  const name = names.get(d.person)!;
  if (!existsSync(file)) problems.push('missing');
  else {
    const buf = readFileSync(file);
    const sha = createHash('sha256').update(buf).digest('hex');
    if (manifest[d.file] !== sha) problems.push('sha256 differs from manifest.json');
    if (d.file.endsWith('.pdf')) {
      const pdf = await getDocument({ data: new Uint8Array(buf), verbosity: 0 }).promise;
      info.push(`${pdf.numPages} page(s)`);
      const pg = await pdf.getPage(1);
      const text = (await pg.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('');
      if (!norm(text).includes(norm(name))) problems.push(`page 1 lacks "${name}"`);
      if (d.producer === 'libreoffice' && pdf.numPages > 3) problems.push('LibreOffice PDF over 3 pages');
      if (d.producer === 'chromium' && pdf.numPages > 2) problems.push('Chromium PDF over 2 pages');
      await pdf.destroy();
    } else if (d.file.endsWith('.docx')) {
      try { execFileSync('unzip', ['-tq', file], { stdio: 'pipe' }); info.push('unzip -t ok'); } catch { problems.push('unzip -t failed'); }
    } else if (d.file.endsWith('.txt')) {
      let text = '';
      try { text = new TextDecoder('utf-8', { fatal: true }).decode(buf); info.push('utf-8 ok'); } catch { problems.push('not valid UTF-8'); }
      if (!norm(text).includes(norm(name))) problems.push(`lacks "${name}"`);
    } else problems.push('unknown extension');
  }
  if (problems.length) failures++;
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${d.file}  ${[...info, ...problems].join('; ')}`);
}
for (const f of Object.keys(manifest)) if (!truth.documents.some((d: { file: string }) => d.file === f)) { failures++; console.log(`FAIL ${f}  in manifest.json but not in truth.json`); }
console.log(`${truth.documents.length} documents, ${failures} failure(s)`);
process.exit(failures ? 1 : 0);
