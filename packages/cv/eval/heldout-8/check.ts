/** heldout-8 self-checks (no analyser): page-1 text has the name, page counts, DOCX zip test, TXT UTF-8 + name, contact strings present. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { people } from './people.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const truth = JSON.parse(readFileSync(path.join(here, 'truth.json'), 'utf8'));
const squash = (s: string) => s.replace(/\s+/g, '').toLowerCase();
let bad = 0;
for (const d of truth.documents) {
  const p = people.find((x) => x.id === d.person)!;
  const f = path.join(here, 'documents', d.file);
  let info = '';
  if (d.file.endsWith('.pdf')) {
    const doc = await getDocument({ data: new Uint8Array(readFileSync(f)), verbosity: 0 }).promise;
    const texts: string[] = [];
    for (let i = 1; i <= doc.numPages; i++) texts.push(((await (await doc.getPage(i)).getTextContent()).items as { str: string }[]).map((t) => t.str).join(' '));
    const all = squash(texts.join(' '));
    const ok1 = squash(texts[0]).includes(squash(p.name));
    const okC = all.includes(squash(p.email)) && all.includes(squash(p.phoneShown));
    const okJ = p.jobs.every((j) => all.includes(squash(j.company)));
    info = `pages=${doc.numPages} name1=${ok1} contact=${okC} companies=${okJ}`;
    if (!ok1 || !okC || !okJ || (d.producer === 'libreoffice' && doc.numPages > 3)) { bad++; info += '  <-- FAIL'; }
  } else if (d.file.endsWith('.docx')) {
    const out = execFileSync('unzip', ['-t', f]).toString();
    const ok = /No errors detected/.test(out);
    info = `unzip ${ok ? 'OK' : 'FAIL'}`; if (!ok) bad++;
  } else {
    const buf = readFileSync(f);
    const s = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    const ok = s.includes(p.name) && s.includes(p.email);
    info = `utf8 OK name=${ok}`; if (!ok) bad++;
  }
  console.log(d.file.padEnd(44), info);
}
console.log(bad ? `${bad} FAILED` : 'all checks passed');
