/**
 * heldout-61 checks, without any analyser:
 *  - every PDF's page-1 text (pdfjs-dist legacy build) contains the person's name (case and spaces ignored);
 *  - LibreOffice PDFs have at most 3 pages, Chromium PDFs 1–2;
 *  - every DOCX passes `unzip -t`;
 *  - every .txt is valid UTF-8 and contains the name;
 *  - every file in truth.json exists and its sha256 matches manifest.json (and nothing extra is in documents/).
 * One line per document; exit 1 on any failure.
 *
 *   cd packages/cv && npx tsx eval/heldout-61/check.ts
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DOCS = path.join(HERE, 'documents');
const truth = JSON.parse(readFileSync(path.join(HERE, 'truth.json'), 'utf8')) as {
  people: { id: string; name: string }[];
  documents: { file: string; person: string; producer: string }[];
};
const manifest = JSON.parse(readFileSync(path.join(HERE, 'manifest.json'), 'utf8')) as Record<string, string>;
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, '');

async function pdfInfo(file: string): Promise<{ pages: number; page1: string }> {
  const data = new Uint8Array(readFileSync(file));
  const pdf = await getDocument({ data, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const page = await pdf.getPage(1);
  const content = await page.getTextContent();
  const page1 = content.items.map((it) => ('str' in it ? it.str : '')).join(' ');
  const pages = pdf.numPages;
  await pdf.destroy();
  return { pages, page1 };
}

let failures = 0;
for (const d of truth.documents) {
  const problems: string[] = [];
  const file = path.join(DOCS, d.file);
  const name = truth.people.find((p) => p.id === d.person)!.name;
  let detail = '';
  if (!existsSync(file)) problems.push('missing');
  else {
    const buf = readFileSync(file);
    const sha = createHash('sha256').update(buf).digest('hex');
    if (manifest[d.file] !== sha) problems.push('sha256 differs from manifest.json');
    if (d.file.endsWith('.pdf')) {
      const { pages, page1 } = await pdfInfo(file);
      detail = `${pages} page${pages > 1 ? 's' : ''}`;
      if (!norm(page1).includes(norm(name))) problems.push(`name "${name}" not in page-1 text`);
      if (d.producer === 'libreoffice' && pages > 3) problems.push(`LibreOffice PDF has ${pages} pages (max 3)`);
      if (d.producer === 'chromium' && (pages < 1 || pages > 2)) problems.push(`Chromium PDF has ${pages} pages (1–2)`);
    } else if (d.file.endsWith('.docx')) {
      try { execFileSync('unzip', ['-tq', file], { stdio: 'pipe' }); detail = 'unzip -t ok'; } catch { problems.push('unzip -t failed'); }
    } else if (d.file.endsWith('.txt')) {
      let text = '';
      try { text = new TextDecoder('utf-8', { fatal: true }).decode(buf); detail = `UTF-8, ${text.split('\n').length} lines`; } catch { problems.push('not valid UTF-8'); }
      if (text && !norm(text).includes(norm(name))) problems.push(`name "${name}" not in text`);
    } else problems.push('unknown extension');
  }
  if (problems.length) failures++;
  console.log(`${problems.length ? 'FAIL' : 'ok  '}  ${d.file.padEnd(44)} ${d.producer.padEnd(11)} ${problems.length ? problems.join('; ') : detail}`);
}
const listed = new Set(truth.documents.map((d) => d.file));
for (const f of readdirSync(DOCS)) if (!listed.has(f)) { failures++; console.log(`FAIL  ${f.padEnd(44)} not listed in truth.json`); }
for (const f of Object.keys(manifest)) if (!listed.has(f)) { failures++; console.log(`FAIL  ${f.padEnd(44)} in manifest.json but not in truth.json`); }
console.log(`\n${truth.documents.length} documents, ${failures} failure${failures === 1 ? '' : 's'}`);
process.exit(failures ? 1 : 0);
