/**
 * heldout-63 checks, without any analyser:
 *  - every PDF's page-1 text (pdfjs-dist legacy build) contains the person's name (case and whitespace ignored),
 *    and no page's text comes out as CJK radicals (a broken ToUnicode map);
 *  - LibreOffice PDFs have at most 3 pages, Chromium PDFs 1–2;
 *  - every DOCX passes `unzip -t`;
 *  - every .txt is valid UTF-8 and contains the name;
 *  - every file in truth.json exists and its sha256 matches manifest.json (and nothing extra is listed);
 *  - (consistency) every document prints the person's e-mail, own mobile (last 8 digits), every skill in its truth
 *    spelling and every employer in truth.json (whitespace and case ignored).
 * One line per document; exit 1 on any failure.
 *   cd packages/cv && npx tsx eval/heldout-63/check.ts
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
  referenceDate: string;
  people: { id: string; name: string; email: string; phone: string; skills: string[]; work: { company: string }[] }[];
  documents: { file: string; person: string; template: string; layout: string; producer: string; language: string }[];
}
const truth: Truth = JSON.parse(readFileSync(path.join(HERE, 'truth.json'), 'utf8'));
const manifest: Record<string, string> = JSON.parse(readFileSync(path.join(HERE, 'manifest.json'), 'utf8'));
const names = new Map(truth.people.map((p) => [p.id, p.name]));
const byId = new Map(truth.people.map((p) => [p.id, p]));

/** the whole text of a .docx: w:t runs, paragraphs and cells as line breaks */
function docxText(file: string): string {
  const parts = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).split('\n').filter((f) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(f));
  const xml = parts.map((f) => execFileSync('unzip', ['-p', file, f], { encoding: 'utf8', maxBuffer: 64 << 20 })).join('\n');
  return xml.replace(/<w:tab\/>/g, '\t').replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
}

/** the facts every document of a person must carry: e-mail, own mobile, each skill as printed, each employer */
function missingFacts(person: string, text: string): string[] {
  const p = byId.get(person);
  if (!p) return [];
  const t = norm(text);
  const digits = text.replace(/\D/g, '');
  const miss: string[] = [];
  if (!t.includes(norm(p.email))) miss.push('e-mail');
  if (!digits.includes(p.phone.replace(/\D/g, '').slice(-8))) miss.push('phone');
  for (const s of p.skills) if (!t.includes(norm(s.split(' | ')[0]))) miss.push(`skill "${s.split(' | ')[0]}"`);
  for (const w of new Set(p.work.map((x) => x.company))) if (!t.includes(norm(w))) miss.push(`employer "${w}"`);
  return miss;
}
const norm = (s: string) => s.normalize('NFC').replace(/\s+/gu, '').toLowerCase();

/** CJK radicals / compatibility ideographs in extracted text mean a broken ToUnicode map (文 read back as ⽂). */
const RADICALS = /[\u2E80-\u2FDF\uF900-\uFAFF]/u;

async function pdfInfo(file: string): Promise<{ pages: number; page1: string; all: string }> {
  const data = new Uint8Array(readFileSync(file));
  const doc = await getDocument({ data, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const texts: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const tc = await (await doc.getPage(n)).getTextContent();
    texts.push(tc.items.map((i) => ('str' in i ? i.str + (i.hasEOL ? '\n' : '') : '')).join(''));
  }
  const pages = doc.numPages;
  await doc.destroy();
  return { pages, page1: texts[0] ?? '', all: texts.join('\n') };
}

async function main() {
  let failures = 0;
  const seen = new Set<string>();
  for (const d of truth.documents) {
    const problems: string[] = [];
    const file = path.join(DOCS, d.file);
    seen.add(d.file);
    const name = names.get(d.person);
    if (!name) problems.push(`unknown person ${d.person}`);
    if (!existsSync(file)) problems.push('missing');
    else {
      const buf = readFileSync(file);
      const sha = createHash('sha256').update(buf).digest('hex');
      if (manifest[d.file] !== sha) problems.push('sha256 differs from manifest');
      let detail = '';
      if (d.file.endsWith('.pdf')) {
        const { pages, page1, all } = await pdfInfo(file);
        detail = `${pages} p.`;
        const miss = missingFacts(d.person, all);
        if (miss.length) problems.push(`not printed: ${miss.join(', ')}`);
        const bad = [...all].filter((c) => RADICALS.test(c));
        if (bad.length) problems.push(`text extracts as CJK radicals (${[...new Set(bad)].join('')})`);
        if (name && !norm(page1).includes(norm(name))) problems.push('name not on page 1');
        if (d.producer === 'libreoffice' && pages > 3) problems.push(`${pages} pages (> 3)`);
        if (d.producer === 'chromium' && (pages < 1 || pages > 2)) problems.push(`${pages} pages (not 1–2)`);
      } else if (d.file.endsWith('.docx')) {
        try {
          execFileSync('unzip', ['-tq', file], { stdio: 'pipe' });
          detail = 'zip ok';
        } catch {
          problems.push('unzip -t failed');
        }
        if (!problems.length) {
          const miss = missingFacts(d.person, docxText(file));
          if (miss.length) problems.push(`not printed: ${miss.join(', ')}`);
        }
      } else if (d.file.endsWith('.txt')) {
        let text = '';
        try {
          text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
          detail = `${text.split('\n').length} lines`;
        } catch {
          problems.push('not valid UTF-8');
        }
        if (name && !norm(text).includes(norm(name))) problems.push('name not in text');
        const miss = missingFacts(d.person, text);
        if (miss.length) problems.push(`not printed: ${miss.join(', ')}`);
      } else problems.push('unknown extension');
      if (problems.length === 0) console.log(`ok    ${d.file}  (${d.producer}, ${detail})`);
    }
    if (problems.length) {
      failures++;
      console.log(`FAIL  ${d.file}  ${problems.join('; ')}`);
    }
  }
  for (const f of Object.keys(manifest)) if (!seen.has(f)) { failures++; console.log(`FAIL  ${f}  in manifest.json but not in truth.json`); }
  for (const f of readdirSync(DOCS)) if (!seen.has(f)) { failures++; console.log(`FAIL  ${f}  in documents/ but not in truth.json`); }
  console.log(failures ? `\n${failures} failure(s)` : `\nall ${truth.documents.length} documents pass`);
  process.exit(failures ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
