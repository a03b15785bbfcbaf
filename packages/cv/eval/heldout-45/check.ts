/**
 * heldout-45 check, without any analyser: every PDF's page-1 text holds the person's name (case and spaces ignored),
 * LibreOffice PDFs have at most 3 pages and Chromium PDFs 1–2, every DOCX passes `unzip -t`, every .txt is valid UTF-8
 * and holds the name, every file in truth.json exists and its sha256 matches manifest.json.
 * One line per document; exit 1 on any failure.
 *
 *   cd packages/cv && npx tsx eval/heldout-45/check.ts
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
const names: Record<string, string> = Object.fromEntries(truth.people.map((p: { id: string; name: string }) => [p.id, p.name]));

const norm = (s: string) => s.normalize('NFKC').replace(/\s+/gu, '').toLowerCase();

async function pdfInfo(file: string): Promise<{ pages: number; page1: string }> {
  const data = new Uint8Array(readFileSync(file));
  const pdf = await getDocument({ data, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const page = await pdf.getPage(1);
  const content = await page.getTextContent();
  const text = content.items.map((it) => ('str' in it ? it.str + (it.hasEOL ? '\n' : '') : '')).join('');
  const pages = pdf.numPages;
  await pdf.destroy();
  return { pages, page1: text };
}

let failures = 0;
const listed = new Set<string>();
for (const doc of truth.documents as { file: string; person: string; producer: string }[]) {
  listed.add(doc.file);
  const file = path.join(docs, doc.file);
  const problems: string[] = [];
  const notes: string[] = [];
  if (!existsSync(file)) problems.push('missing');
  else {
    const buf = readFileSync(file);
    const sha = createHash('sha256').update(buf).digest('hex');
    if (manifest[doc.file] !== sha) problems.push('sha256 differs from manifest');
    const name = norm(names[doc.person]);
    if (doc.file.endsWith('.pdf')) {
      const { pages, page1 } = await pdfInfo(file);
      notes.push(`${pages} p.`);
      if (!norm(page1).includes(name)) problems.push(`name "${names[doc.person]}" not on page 1`);
      if (doc.producer === 'libreoffice' && pages > 3) problems.push(`${pages} pages (> 3)`);
      if (doc.producer === 'chromium' && (pages < 1 || pages > 2)) problems.push(`${pages} pages (not 1–2)`);
    } else if (doc.file.endsWith('.docx')) {
      try { execFileSync('unzip', ['-tq', file], { stdio: 'pipe' }); notes.push('unzip ok'); } catch { problems.push('unzip -t failed'); }
    } else if (doc.file.endsWith('.txt')) {
      try {
        const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
        notes.push(`${text.split('\n').length} lines`);
        if (!norm(text).includes(name)) problems.push(`name "${names[doc.person]}" not in text`);
      } catch { problems.push('not valid UTF-8'); }
    } else problems.push('unknown extension');
  }
  if (problems.length) failures++;
  console.log(`${problems.length ? 'FAIL' : 'ok  '}  ${doc.file.padEnd(44)} ${doc.producer.padEnd(11)} ${[...notes, ...problems].join('; ')}`);
}
for (const f of Object.keys(manifest)) if (!listed.has(f)) { failures++; console.log(`FAIL  ${f.padEnd(44)} in manifest.json but not in truth.json`); }
console.log(failures ? `${failures} failure(s)` : `all ${truth.documents.length} documents pass`);
process.exit(failures ? 1 : 0);
