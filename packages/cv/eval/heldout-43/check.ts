/**
 * heldout-43 — checks the generated set without any analyser. One line per document; exit 1 on any failure.
 *
 *   cd packages/cv && npx tsx eval/heldout-43/check.ts [--deep]
 *
 * Required checks (the brief's):
 *  - every PDF's page-1 text (pdfjs-dist legacy build) contains the person's name (case and spaces ignored);
 *  - LibreOffice PDFs have at most 3 pages (and, as this set promises, Chromium PDFs 1–2 pages);
 *  - every DOCX passes `unzip -t`;
 *  - every .txt is valid UTF-8 and contains the name;
 *  - every file in truth.json exists and its sha256 matches manifest.json.
 * Also: truth.yearsOfExperience equals yearsWorked(work, referenceDate).
 * With --deep, each document's full text is also searched for the e-mail, the phone's digits, every printed skill and
 * every employer (whitespace ignored); misses are printed as notes, not failures — a wrapped cell or an interleaved
 * text export can legitimately split them.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { yearsWorked } from '../dev-layouts/render.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(here, 'documents');
const deep = process.argv.includes('--deep');

interface TruthPerson { id: string; name: string; email: string; phone: string; skills: string[]; work: { company: string; start: string; end: string | null }[]; yearsOfExperience: number }
interface TruthDoc { file: string; person: string; template: string; layout: string; producer: string; language: string }
const truth = JSON.parse(readFileSync(path.join(here, 'truth.json'), 'utf8')) as { referenceDate: string; people: TruthPerson[]; documents: TruthDoc[] };
const manifest = JSON.parse(readFileSync(path.join(here, 'manifest.json'), 'utf8')) as Record<string, string>;
const people = new Map(truth.people.map((p) => [p.id, p]));

const squash = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, '');

async function pdfPages(file: string): Promise<string[]> {
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0, useSystemFonts: true }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const tc = await page.getTextContent();
    pages.push(tc.items.map((it) => ('str' in it ? it.str + (it.hasEOL ? '\n' : ' ') : '')).join(''));
  }
  await doc.destroy();
  return pages;
}

function docxText(file: string): string {
  const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { maxBuffer: 64 << 20 }).toString('utf8');
  return xml.replace(/<w:tab\/>/g, ' ').replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
}

function deepNotes(text: string, p: TruthPerson): string[] {
  const t = squash(text);
  const digits = text.replace(/\D/g, '');
  const notes: string[] = [];
  if (!t.includes(squash(p.email))) notes.push('email');
  const cc = ['886', '353', '351', '86', '92', '65', '61', '57', '49', '44'].find((c) => p.phone.startsWith('+' + c)) ?? '';
  const national = p.phone.slice(1 + cc.length);
  if (!digits.includes(national.replace(/\D/g, ''))) notes.push('phone');
  for (const s of p.skills) if (!t.includes(squash(s.split(' | ')[0]))) notes.push(`skill "${s.split(' | ')[0]}"`);
  for (const c of new Set(p.work.map((w) => w.company))) if (!t.includes(squash(c))) notes.push(`employer "${c}"`);
  return notes;
}

let failures = 0;
let noted = 0;
for (const p of truth.people) {
  const y = yearsWorked(p.work, truth.referenceDate);
  if (y !== p.yearsOfExperience) {
    console.log(`FAIL  truth ${p.id}: yearsOfExperience ${p.yearsOfExperience} ≠ yearsWorked ${y}`);
    failures++;
  }
}
const listed = new Set(truth.documents.map((d) => d.file));
for (const f of Object.keys(manifest)) if (!listed.has(f)) { console.log(`FAIL  ${f}: in manifest.json but not in truth.json`); failures++; }

for (const d of truth.documents) {
  const file = path.join(docs, d.file);
  const p = people.get(d.person);
  const problems: string[] = [];
  let info = '';
  let full = '';
  if (!p) problems.push('unknown person');
  if (!existsSync(file)) problems.push('missing');
  else {
    const sha = createHash('sha256').update(readFileSync(file)).digest('hex');
    if (manifest[d.file] !== sha) problems.push('sha256 differs from manifest.json');
    const name = squash(p?.name ?? '');
    if (d.file.endsWith('.pdf')) {
      const pages = await pdfPages(file);
      info = `${pages.length}p`;
      if (!squash(pages[0] ?? '').includes(name)) problems.push('name not in page-1 text');
      if (d.producer === 'libreoffice' && pages.length > 3) problems.push(`${pages.length} pages > 3`);
      if (d.producer === 'chromium' && (pages.length < 1 || pages.length > 2)) problems.push(`${pages.length} pages, not 1–2`);
      full = pages.join('\n');
    } else if (d.file.endsWith('.docx')) {
      try {
        execFileSync('unzip', ['-tq', file], { stdio: 'pipe' });
        info = 'unzip -t ok';
      } catch {
        problems.push('unzip -t failed');
      }
      if (deep) full = docxText(file);
    } else if (d.file.endsWith('.txt')) {
      const buf = readFileSync(file);
      let text = '';
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
        info = 'utf-8';
      } catch {
        problems.push('not valid UTF-8');
      }
      if (!squash(text).includes(name)) problems.push('name not in text');
      full = text;
    } else problems.push('unexpected extension');
  }
  if (problems.length) failures++;
  console.log(`${problems.length ? 'FAIL' : 'ok  '}  ${d.file.padEnd(42)} ${d.producer.padEnd(11)} ${info}${problems.length ? '  — ' + problems.join('; ') : ''}`);
  if (deep && p && full) {
    const notes = deepNotes(full, p);
    if (notes.length) {
      noted++;
      console.log(`        note: not found as one run — ${notes.join(', ')}`);
    }
  }
}
console.log(`\n${truth.documents.length} documents, ${failures} failure(s)${deep ? `, ${noted} with deep notes` : ''}`);
process.exit(failures ? 1 : 0);
