/**
 * heldout-28 checks, without the analyser:
 *   npx tsx eval/heldout-28/check.ts     (from packages/cv)
 * - every PDF's page-1 text (pdfjs-dist legacy build) contains the person's name, ignoring case and spaces;
 * - LibreOffice PDFs have at most 3 pages; DOCX files pass `unzip -t`; TXT files are valid UTF-8 and contain the name;
 * - every truth document exists and matches manifest.json.
 * Prints one line per document; exits non-zero on any failure.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(here, 'documents');
const truth = JSON.parse(readFileSync(path.join(here, 'truth.json'), 'utf8'));
const manifest: Record<string, string> = JSON.parse(readFileSync(path.join(here, 'manifest.json'), 'utf8'));
const pdfjsRoot = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const norm = (s: string) => s.replace(/\s+/g, '').toLowerCase();
const names = new Map<string, string>(truth.people.map((p: { id: string; name: string }) => [p.id, p.name]));

let failures = 0;
for (const d of truth.documents) {
  const file = path.join(docs, d.file);
  const problems: string[] = [];
  let info = '';
  let buf: Buffer;
  try { buf = readFileSync(file); } catch { console.log(`FAIL ${d.file}: missing`); failures++; continue; }
  if (manifest[d.file] !== createHash('sha256').update(buf).digest('hex')) problems.push('sha256 differs from manifest');
  const name = names.get(d.person)!;
  if (d.file.endsWith('.pdf')) {
    const pdf = await getDocument({ data: new Uint8Array(buf), cMapUrl: pathToFileURL(path.join(pdfjsRoot, 'cmaps') + '/').href, cMapPacked: true, standardFontDataUrl: pathToFileURL(path.join(pdfjsRoot, 'standard_fonts') + '/').href, verbosity: 0 }).promise;
    const page = await pdf.getPage(1);
    const text = (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('');
    info = `${pdf.numPages} page(s)`;
    if (!norm(text).includes(norm(name))) problems.push(`page 1 lacks name "${name}"`);
    if (d.producer === 'libreoffice' && pdf.numPages > 3) problems.push(`${pdf.numPages} pages > 3`);
    await pdf.destroy();
  } else if (d.file.endsWith('.docx')) {
    try { execFileSync('unzip', ['-tq', file], { stdio: 'pipe' }); info = 'zip ok'; } catch (e) { problems.push(`unzip -t failed: ${(e as Error).message.split('\n')[0]}`); }
  } else if (d.file.endsWith('.txt')) {
    try { const t = new TextDecoder('utf-8', { fatal: true }).decode(buf); info = `${t.split('\n').length} lines`; if (!norm(t).includes(norm(name))) problems.push(`lacks name "${name}"`); } catch { problems.push('not valid UTF-8'); }
  } else problems.push('unknown extension');
  if (problems.length) failures++;
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${d.file} (${d.producer}, ${d.layout}; ${info})${problems.length ? ': ' + problems.join('; ') : ''}`);
}
console.log(`${truth.documents.length} documents, ${failures} failure(s)`);
process.exit(failures ? 1 : 0);
