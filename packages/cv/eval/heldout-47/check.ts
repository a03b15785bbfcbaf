/**
 * heldout-47 checks, without any analyser:
 *  - every file in truth.json exists and its sha256 matches manifest.json;
 *  - every PDF's page-1 text (pdfjs-dist legacy build) contains the person's name (case and spaces ignored);
 *  - LibreOffice PDFs have at most 3 pages, Chromium PDFs 1–2;
 *  - every DOCX passes `unzip -t`;
 *  - every .txt is valid UTF-8 and contains the name.
 * One line per document; exit 1 on any failure.
 *
 *   cd packages/cv && npx tsx eval/heldout-47/check.ts
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(here, 'documents');
const truth = JSON.parse(readFileSync(path.join(here, 'truth.json'), 'utf8')) as {
  people: { id: string; name: string }[];
  documents: { file: string; person: string; producer: string }[];
};
const manifest = JSON.parse(readFileSync(path.join(here, 'manifest.json'), 'utf8')) as Record<string, string>;
const norm = (s: string) => s.replace(/\s+/g, '').toLowerCase();

async function pdfInfo(buf: Buffer): Promise<{ pages: number; page1: string }> {
  const doc = await getDocument({ data: new Uint8Array(buf), verbosity: VerbosityLevel.ERRORS, useSystemFonts: false }).promise;
  const page = await doc.getPage(1);
  const tc = await page.getTextContent();
  const page1 = tc.items.map((i) => ('str' in i ? i.str : '')).join('');
  const pages = doc.numPages;
  await doc.destroy();
  return { pages, page1 };
}

let failures = 0;
for (const d of truth.documents) {
  const problems: string[] = [];
  const file = path.join(docs, d.file);
  const name = truth.people.find((p) => p.id === d.person)!.name;
  let detail = '';
  if (!existsSync(file)) problems.push('missing');
  else {
    const buf = readFileSync(file);
    const sha = createHash('sha256').update(buf).digest('hex');
    if (manifest[d.file] !== sha) problems.push('sha256 differs from manifest');
    if (d.file.endsWith('.pdf')) {
      const { pages, page1 } = await pdfInfo(buf);
      detail = `${pages} page${pages > 1 ? 's' : ''}`;
      if (!norm(page1).includes(norm(name))) problems.push('name not on page 1');
      if (d.producer === 'libreoffice' && pages > 3) problems.push('LibreOffice PDF over 3 pages');
      if (d.producer === 'chromium' && pages > 2) problems.push('Chromium PDF over 2 pages');
    } else if (d.file.endsWith('.docx')) {
      const r = spawnSync('unzip', ['-tq', file], { encoding: 'utf8' });
      detail = r.status === 0 ? 'unzip -t ok' : r.stdout.trim();
      if (r.status !== 0) problems.push('unzip -t failed');
    } else if (d.file.endsWith('.txt')) {
      try {
        const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
        detail = `${text.split('\n').length} lines`;
        if (!norm(text).includes(norm(name))) problems.push('name not in text');
      } catch {
        problems.push('not valid UTF-8');
      }
    } else problems.push('unknown extension');
  }
  if (problems.length) failures++;
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${d.file.padEnd(42)} ${d.producer.padEnd(11)} ${problems.length ? problems.join('; ') : detail}`);
}
console.log(`\n${truth.documents.length - failures}/${truth.documents.length} documents pass`);
process.exit(failures ? 1 : 0);
