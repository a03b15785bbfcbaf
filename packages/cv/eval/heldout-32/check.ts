/**
 * heldout-32 checks, without the analyser:
 *   npx tsx eval/heldout-32/check.ts      (from packages/cv)
 * PDFs: page-1 text (pdfjs-dist legacy build) contains the person's name, ignoring case and spaces; LibreOffice PDFs ≤ 3 pages.
 * DOCX: `unzip -t` passes. TXT: valid UTF-8 and contains the name. Every file matches its sha256 in manifest.json.
 * Prints one line per document; exits non-zero on any failure.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(here, 'documents');
const truth = JSON.parse(readFileSync(path.join(here, 'truth.json'), 'utf8')) as {
  people: { id: string; name: string }[];
  documents: { file: string; person: string; producer: string; layout: string; language: string }[];
};
const manifest = JSON.parse(readFileSync(path.join(here, 'manifest.json'), 'utf8')) as Record<string, string>;
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, '');
const names = new Map(truth.people.map((p) => [p.id, p.name]));

async function pdfInfo(file: string): Promise<{ pages: number; text1: string }> {
  const pdf = await getDocument({ data: new Uint8Array(readFileSync(file)), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  const page = await pdf.getPage(1);
  const tc = await page.getTextContent();
  const text1 = tc.items.map((i) => ('str' in i ? i.str : '')).join(' ');
  const pages = pdf.numPages;
  await pdf.destroy();
  return { pages, text1 };
}

let failed = 0;
for (const doc of truth.documents) {
  const file = path.join(docs, doc.file);
  const name = names.get(doc.person)!;
  const problems: string[] = [];
  let info = '';
  if (!existsSync(file)) problems.push('missing');
  else {
    const buf = readFileSync(file);
    if (createHash('sha256').update(buf).digest('hex') !== manifest[doc.file]) problems.push('sha256 differs from manifest');
    if (doc.file.endsWith('.pdf')) {
      const { pages, text1 } = await pdfInfo(file);
      info = `${pages}p`;
      if (!norm(text1).includes(norm(name))) problems.push(`page 1 lacks name "${name}"`);
      if (doc.producer === 'libreoffice' && pages > 3) problems.push(`${pages} pages > 3`);
    } else if (doc.file.endsWith('.docx')) {
      try { execFileSync('unzip', ['-tq', file], { stdio: 'pipe' }); info = 'zip ok'; } catch { problems.push('unzip -t failed'); }
    } else if (doc.file.endsWith('.txt')) {
      try {
        const s = new TextDecoder('utf-8', { fatal: true }).decode(buf);
        info = `${s.split('\n').length} lines`;
        if (!norm(s).includes(norm(name))) problems.push(`lacks name "${name}"`);
      } catch { problems.push('not valid UTF-8'); }
    } else problems.push('unknown extension');
  }
  if (problems.length) failed++;
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${doc.file.padEnd(34)} ${doc.producer.padEnd(11)} ${doc.layout.padEnd(10)} ${doc.language.padEnd(5)} ${info}${problems.length ? '  ' + problems.join('; ') : ''}`);
}
console.log(`${truth.documents.length - failed}/${truth.documents.length} documents pass`);
process.exit(failed ? 1 : 0);
