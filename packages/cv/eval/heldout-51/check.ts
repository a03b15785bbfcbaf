/**
 * heldout-51 checks, no analyser involved:
 *   cd packages/cv && npx tsx eval/heldout-51/check.ts
 * PDF page-1 text (pdfjs legacy build) contains the name; LibreOffice PDFs <= 3 pages (Chromium <= 2);
 * DOCX passes `unzip -t`; .txt is valid UTF-8 and contains the name; every truth file exists and matches manifest sha256.
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
const names = new Map<string, string>(truth.people.map((p: any) => [p.id, p.name]));

let failed = 0;
for (const d of truth.documents) {
  const file = path.join(docs, d.file);
  const problems: string[] = [];
  let info = '';
  if (!existsSync(file)) problems.push('missing');
  else {
    const buf = readFileSync(file);
    const sha = createHash('sha256').update(buf).digest('hex');
    if (manifest[d.file] !== sha) problems.push('sha256 differs from manifest');
    const name = names.get(d.person)!;
    if (d.file.endsWith('.pdf')) {
      const pdf = await getDocument({ data: new Uint8Array(buf), useSystemFonts: true, verbosity: 0 }).promise;
      const page = await pdf.getPage(1);
      const text = (await page.getTextContent()).items.map((i: any) => ('str' in i ? i.str : '')).join('');
      info = `${pdf.numPages} page(s)`;
      if (!norm(text).includes(norm(name))) problems.push('name not on page 1');
      if (d.producer === 'libreoffice' && pdf.numPages > 3) problems.push('LibreOffice PDF over 3 pages');
      if (d.producer === 'chromium' && pdf.numPages > 2) problems.push('Chromium PDF over 2 pages');
      await pdf.destroy();
    } else if (d.file.endsWith('.docx')) {
      try { execFileSync('unzip', ['-tq', file], { stdio: 'pipe' }); info = 'unzip -t ok'; } catch { problems.push('unzip -t failed'); }
    } else if (d.file.endsWith('.txt')) {
      try {
        const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
        info = `${text.split('\n').length} lines utf-8`;
        if (!norm(text).includes(norm(name))) problems.push('name missing');
      } catch { problems.push('not valid UTF-8'); }
    }
  }
  if (problems.length) failed++;
  console.log(`${problems.length ? 'FAIL' : 'ok  '}  ${d.file.padEnd(44)} ${d.producer.padEnd(11)} ${info}${problems.length ? '  — ' + problems.join('; ') : ''}`);
}
const listed = new Set(truth.documents.map((d: any) => d.file));
for (const f of Object.keys(manifest)) if (!listed.has(f)) { failed++; console.log(`FAIL  ${f} in manifest but not in truth.json`); }
console.log(`${truth.documents.length} documents, ${failed} failure(s)`);
process.exit(failed ? 1 : 0);
