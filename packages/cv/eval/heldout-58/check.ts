/**
 * heldout-58 checks, without any analyser: page-1 text of every PDF contains the name (case and spaces ignored);
 * LibreOffice PDFs have at most 3 pages (Chromium PDFs 1–2); every DOCX passes `unzip -t`; every .txt is valid UTF-8
 * and contains the name; every file in truth.json exists and its sha256 matches manifest.json. Exit 1 on any failure.
 *   cd packages/cv && npx tsx eval/heldout-58/check.ts
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
      const pdf = await getDocument({ data: new Uint8Array(buf), verbosity: 0 }).promise;
      const page = await pdf.getPage(1);
      const text = (await page.getTextContent()).items.map((i: any) => i.str ?? '').join(' ');
      info = `${pdf.numPages} page(s)`;
      if (!norm(text).includes(norm(name))) problems.push(`name "${name}" not on page 1`);
      if (d.producer === 'libreoffice' && pdf.numPages > 3) problems.push('LibreOffice PDF over 3 pages');
      if (d.producer === 'chromium' && pdf.numPages > 2) problems.push('Chromium PDF over 2 pages');
      await pdf.destroy();
    } else if (d.file.endsWith('.docx')) {
      try { execFileSync('unzip', ['-tq', file], { stdio: 'pipe' }); info = 'unzip -t ok'; } catch { problems.push('unzip -t failed'); }
    } else if (d.file.endsWith('.txt')) {
      try { const t = new TextDecoder('utf-8', { fatal: true }).decode(buf); info = `${t.split('\n').length} lines`; if (!norm(t).includes(norm(name))) problems.push(`name "${name}" missing`); }
      catch { problems.push('not valid UTF-8'); }
    }
  }
  if (problems.length) failed++;
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${d.file.padEnd(42)} ${d.producer.padEnd(11)} ${info}${problems.length ? ' — ' + problems.join('; ') : ''}`);
}
const listed = new Set(truth.documents.map((d: any) => d.file));
for (const f of Object.keys(manifest)) if (!listed.has(f)) { failed++; console.log(`FAIL ${f} in manifest but not in truth.json`); }
console.log(`${truth.documents.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
