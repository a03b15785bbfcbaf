/**
 * Checks that every document of held-out set 3 opens — PDFs have text on page 1 with the person's name in it and
 * LibreOffice's exports are at most 3 pages; DOCX files unzip with the name in word/document.xml; text files are
 * UTF-8 — and that the manifest still matches the bytes. It never runs the analyser. Written by a blind writer on
 * 2026-12-02; frozen; never tuned on.
 *
 *   npx tsx packages/cv/eval/heldout-3/check.ts
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { manifestOf } from '../dev-layouts/render';

const dir = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(dir, 'documents');
const truth = JSON.parse(readFileSync(path.join(dir, 'truth.json'), 'utf8')) as {
  people: { id: string; name: string }[];
  documents: { file: string; person: string; producer: string }[];
};
const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Record<string, string>;
const squash = (s: string) => s.replace(/\s+/g, '');

const failures: string[] = [];
for (const d of truth.documents) {
  const name = truth.people.find((p) => p.id === d.person)!.name;
  const bytes = readFileSync(path.join(docs, d.file));
  try {
    if (d.file.endsWith('.pdf')) {
      const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
      const page = await pdf.getPage(1);
      const text = (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('');
      if (!text.trim()) failures.push(`${d.file}: no text on page 1`);
      else if (!squash(text).includes(squash(name))) failures.push(`${d.file}: name not on page 1`);
      if (d.producer === 'libreoffice' && pdf.numPages > 3) failures.push(`${d.file}: ${pdf.numPages} pages`);
      await pdf.destroy();
    } else if (d.file.endsWith('.docx')) {
      const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string');
      if (!xml) failures.push(`${d.file}: no word/document.xml`);
      else if (!xml.includes(name)) failures.push(`${d.file}: name not in document.xml`);
    } else {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      if (!text.includes(name)) failures.push(`${d.file}: name not in text`);
    }
  } catch (e) {
    failures.push(`${d.file}: ${(e as Error).message}`);
  }
}
const now = manifestOf(docs, Object.keys(manifest));
for (const [f, h] of Object.entries(manifest)) if (now[f] !== h) failures.push(`${f}: bytes differ from manifest.json`);
if (Object.keys(manifest).length !== truth.documents.length) failures.push('manifest.json and truth.json list different documents');

console.log(failures.length ? failures.join('\n') : `all ${truth.documents.length} documents open; manifest matches`);
process.exit(failures.length ? 1 : 0);
