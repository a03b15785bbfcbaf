/**
 * heldout-55 — checks the generated set without any analyser:
 *  - every file listed in truth.json exists and its sha256 matches manifest.json;
 *  - every PDF's page-1 text (pdfjs-dist legacy build) contains the person's name (case and spaces ignored);
 *    LibreOffice PDFs have at most 3 pages, Chromium PDFs 1–2 pages;
 *  - every DOCX passes `unzip -t`;
 *  - every .txt is valid UTF-8 and contains the person's name;
 *  - (extra) every document prints each of the person's skills (printed spelling) and employers somewhere
 *    (PDF: all pages; DOCX: word/document.xml text; case and spaces ignored).
 * One line per document; exit code 1 on any failure.
 *
 *   cd packages/cv && npx tsx eval/heldout-55/check.ts
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
  people: { id: string; name: string; skills: string[]; work: { company: string }[] }[];
  documents: { file: string; person: string; producer: string }[];
};
const manifest = JSON.parse(readFileSync(path.join(here, 'manifest.json'), 'utf8')) as Record<string, string>;
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, '');
const names = new Map(truth.people.map((p) => [p.id, p.name]));
const byId = new Map(truth.people.map((p) => [p.id, p]));
/** Skills (printed spelling) and employers that the text does not contain. */
function missingFacts(person: string, text: string): string[] {
  const p = byId.get(person)!;
  const t = norm(text);
  const want = [...p.skills.map((s) => s.split(' | ')[0]), ...new Set(p.work.map((w) => w.company))];
  return want.filter((w) => !t.includes(norm(w)));
}
const xmlText = (xml: string) =>
  xml
    .replace(/<w:tab\/>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");

async function pdfInfo(buf: Buffer): Promise<{ pages: number; page1: string; all: string }> {
  const pdf = await getDocument({ data: new Uint8Array(buf), useSystemFonts: false, verbosity: 0 }).promise;
  const texts: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const tc = await (await pdf.getPage(n)).getTextContent();
    texts.push(tc.items.map((i) => ('str' in i ? i.str : '')).join(''));
  }
  const pages = pdf.numPages;
  await pdf.destroy();
  return { pages, page1: texts[0], all: texts.join('') };
}

let failed = 0;
const listed = new Set<string>();
for (const d of truth.documents) {
  listed.add(d.file);
  const file = path.join(docs, d.file);
  const problems: string[] = [];
  let note = '';
  if (!existsSync(file)) {
    problems.push('missing');
  } else {
    const buf = readFileSync(file);
    const sha = createHash('sha256').update(buf).digest('hex');
    if (manifest[d.file] !== sha) problems.push('sha256 differs from manifest');
    const name = norm(names.get(d.person) ?? '???');
    if (d.file.endsWith('.pdf')) {
      const { pages, page1, all } = await pdfInfo(buf);
      note = `${pages} page${pages > 1 ? 's' : ''}`;
      if (!norm(page1).includes(name)) problems.push('name not on page 1');
      const miss = missingFacts(d.person, all);
      if (miss.length) problems.push(`not printed: ${miss.join(', ')}`);
      if (d.producer === 'libreoffice' && pages > 3) problems.push(`LibreOffice PDF has ${pages} pages (> 3)`);
      if (d.producer === 'chromium' && pages > 2) problems.push(`Chromium PDF has ${pages} pages (> 2)`);
    } else if (d.file.endsWith('.docx')) {
      try {
        execFileSync('unzip', ['-t', '-q', file], { stdio: 'pipe' });
        note = 'unzip -t ok';
        const miss = missingFacts(d.person, xmlText(execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 << 20 })));
        if (miss.length) problems.push(`not printed: ${miss.join(', ')}`);
      } catch {
        problems.push('unzip -t failed');
      }
    } else if (d.file.endsWith('.txt')) {
      try {
        const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
        note = `${text.split('\n').length} lines`;
        if (!norm(text).includes(name)) problems.push('name not in text');
        const miss = missingFacts(d.person, text.replace(/&amp;/g, '&').replace(/\\_/g, '_'));
        if (miss.length) problems.push(`not printed: ${miss.join(', ')}`);
      } catch {
        problems.push('not valid UTF-8');
      }
    } else problems.push('unknown extension');
  }
  if (problems.length) failed++;
  console.log(`${problems.length ? 'FAIL' : 'ok  '}  ${d.file.padEnd(44)} ${d.producer.padEnd(11)} ${problems.length ? problems.join('; ') : note}`);
}
for (const f of Object.keys(manifest)) if (!listed.has(f)) {
  failed++;
  console.log(`FAIL  ${f.padEnd(44)} in manifest.json but not in truth.json`);
}
console.log(`${truth.documents.length - failed}/${truth.documents.length} documents pass`);
process.exit(failed ? 1 : 0);
