/**
 * heldout-42 checks, without any analyser:
 *  - every file in truth.json exists and its sha256 matches manifest.json;
 *  - every PDF's page-1 text (pdfjs-dist legacy build) contains the person's name (case and spaces ignored);
 *    LibreOffice PDFs have at most 3 pages, Chromium PDFs 1–2;
 *  - every DOCX passes `unzip -t`;
 *  - every .txt is valid UTF-8 and contains the name.
 * One line per document; exit 1 on any failure.
 *
 *   cd packages/cv && npx tsx eval/heldout-42/check.ts
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DOCS = path.join(HERE, 'documents');

interface Truth {
  people: { id: string; name: string }[];
  documents: { file: string; person: string; producer: string; layout: string; language: string; template: string }[];
}
const truth: Truth = JSON.parse(readFileSync(path.join(HERE, 'truth.json'), 'utf8'));
const manifest: Record<string, string> = JSON.parse(readFileSync(path.join(HERE, 'manifest.json'), 'utf8'));
const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
const nameOf = new Map(truth.people.map((p) => [p.id, p.name]));

async function pdfInfo(file: string): Promise<{ pages: number; page1: string }> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  try {
    const page = await doc.getPage(1);
    const content = await page.getTextContent();
    const page1 = content.items.map((it) => ('str' in it ? it.str : '')).join('');
    return { pages: doc.numPages, page1 };
  } finally {
    await doc.destroy();
  }
}

let failures = 0;
const seen = new Set<string>();
for (const d of truth.documents) {
  seen.add(d.file);
  const file = path.join(DOCS, d.file);
  const problems: string[] = [];
  let detail = '';
  const name = nameOf.get(d.person);
  if (!name) problems.push(`unknown person ${d.person}`);
  if (!existsSync(file)) {
    problems.push('missing');
  } else {
    const sha = createHash('sha256').update(readFileSync(file)).digest('hex');
    if (manifest[d.file] !== sha) problems.push('sha256 does not match manifest.json');
    if (d.file.endsWith('.pdf')) {
      try {
        const { pages, page1 } = await pdfInfo(file);
        detail = `${pages} page${pages === 1 ? '' : 's'}`;
        if (name && !norm(page1).includes(norm(name))) problems.push('name not found in page-1 text');
        if (d.producer === 'libreoffice' && pages > 3) problems.push(`LibreOffice PDF has ${pages} pages (max 3)`);
        if (d.producer === 'chromium' && (pages < 1 || pages > 2)) problems.push(`Chromium PDF has ${pages} pages (1–2 expected)`);
      } catch (e) {
        problems.push(`pdf.js could not read it: ${(e as Error).message}`);
      }
    } else if (d.file.endsWith('.docx')) {
      try {
        execFileSync('unzip', ['-tq', file], { stdio: 'pipe' });
        detail = 'unzip -t ok';
      } catch {
        problems.push('unzip -t failed');
      }
    } else if (d.file.endsWith('.txt')) {
      try {
        const text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
        detail = `${text.split('\n').length} lines`;
        if (name && !norm(text).includes(norm(name))) problems.push('name not found');
      } catch {
        problems.push('not valid UTF-8');
      }
    } else {
      problems.push('unexpected extension');
    }
  }
  if (problems.length) failures++;
  console.log(`${problems.length ? 'FAIL' : 'ok  '}  ${d.file.padEnd(40)} ${d.producer.padEnd(11)} ${detail}${problems.length ? '  — ' + problems.join('; ') : ''}`);
}
for (const f of readdirSync(DOCS)) if (!seen.has(f)) { failures++; console.log(`FAIL  ${f.padEnd(40)} not listed in truth.json`); }
for (const f of Object.keys(manifest)) if (!seen.has(f)) { failures++; console.log(`FAIL  ${f.padEnd(40)} in manifest.json but not in truth.json`); }
console.log(`\n${truth.documents.length} documents, ${failures} failure${failures === 1 ? '' : 's'}`);
process.exit(failures ? 1 : 0);
