/**
 * heldout-48 checks, without any analyser. Run from packages/cv:  npx tsx eval/heldout-48/check.ts
 * - every PDF's page-1 text (pdfjs-dist legacy build) contains the person's name (case and spaces ignored);
 * - LibreOffice PDFs have at most 3 pages, Chromium PDFs 1–2;
 * - every DOCX passes `unzip -t`; every .txt is valid UTF-8 and contains the name;
 * - every file in truth.json exists and its sha256 matches manifest.json.
 * One line per document; exit code 1 on any failure.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DOCS = path.join(HERE, 'documents');
type Doc = { file: string; person: string; template: string; layout: string; producer: string; language: string };
const truth = JSON.parse(readFileSync(path.join(HERE, 'truth.json'), 'utf8')) as { people: { id: string; name: string }[]; documents: Doc[] };
const manifest = JSON.parse(readFileSync(path.join(HERE, 'manifest.json'), 'utf8')) as Record<string, string>;
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, '');
const names = new Map(truth.people.map((p) => [p.id, p.name]));

let failures = 0;
for (const d of truth.documents) {
  const problems: string[] = [];
  const info: string[] = [];
  const file = path.join(DOCS, d.file);
  const name = names.get(d.person) ?? '';
  if (!existsSync(file)) problems.push('missing');
  else {
    const buf = readFileSync(file);
    const sha = createHash('sha256').update(buf).digest('hex');
    if (manifest[d.file] !== sha) problems.push('sha256 differs from manifest');
    if (d.file.endsWith('.pdf')) {
      const pdf = await pdfjs.getDocument({ data: new Uint8Array(buf), verbosity: 0 }).promise;
      const page = await pdf.getPage(1);
      const text = (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ');
      info.push(`${pdf.numPages} page(s)`);
      if (!norm(text).includes(norm(name))) problems.push(`name "${name}" not on page 1`);
      if (d.producer === 'libreoffice' && pdf.numPages > 3) problems.push('LibreOffice PDF longer than 3 pages');
      if (d.producer === 'chromium' && pdf.numPages > 2) problems.push('Chromium PDF longer than 2 pages');
      await pdf.destroy();
    } else if (d.file.endsWith('.docx')) {
      try { execFileSync('unzip', ['-tq', file], { stdio: 'pipe' }); info.push('zip ok'); } catch { problems.push('unzip -t failed'); }
    } else if (d.file.endsWith('.txt')) {
      try {
        const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
        info.push('utf-8 ok');
        if (!norm(text).includes(norm(name))) problems.push(`name "${name}" not in text`);
      } catch { problems.push('not valid UTF-8'); }
    } else problems.push('unknown extension');
  }
  if (problems.length) failures++;
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${d.file.padEnd(42)} ${d.producer.padEnd(11)} ${[...info, ...problems].join('; ')}`);
}
for (const f of Object.keys(manifest)) if (!truth.documents.some((d) => d.file === f)) { failures++; console.log(`FAIL ${f} in manifest but not in truth.json`); }
console.log(`${truth.documents.length} documents, ${failures} failure(s)`);
process.exit(failures ? 1 : 0);
