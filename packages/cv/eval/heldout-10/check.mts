// heldout-10 self-check (no analyser): page-1 text has the name, e-mail present, LibreOffice PDFs <= 3 pages, DOCX unzip -t, txt UTF-8 with name.
// Run: cd packages/cv && npx tsx eval/heldout-10/check.mts
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const dir = path.dirname(fileURLToPath(import.meta.url)) + '/';
const truth = JSON.parse(readFileSync(dir + 'truth.json', 'utf8'));
const names = Object.fromEntries(truth.people.map((p: any) => [p.id, p]));
for (const d of truth.documents) {
  const f = dir + 'documents/' + d.file; const p = names[d.person];
  if (d.file.endsWith('.pdf')) {
    const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(f)), verbosity: 0 }).promise;
    const pg = await doc.getPage(1); const tc = await pg.getTextContent();
    const txt = tc.items.map((i: any) => i.str).join(' ');
    let all = '';
    for (let i = 1; i <= doc.numPages; i++) all += (await (await doc.getPage(i)).getTextContent()).items.map((x: any) => x.str).join(' ') + ' ';
    const norm = (s: string) => s.replace(/\s+/g, '').toLowerCase(); const hasName = norm(txt).includes(norm(p.name));
    const hasEmail = all.replace(/\s/g, '').includes(p.email);
    const badLo = d.producer === 'libreoffice' && doc.numPages > 3;
    console.log(`${hasName && hasEmail && !badLo ? 'OK ' : 'BAD'} ${d.file} pages=${doc.numPages} name=${hasName} email=${hasEmail}`);
  } else if (d.file.endsWith('.docx')) {
    try { execFileSync('unzip', ['-tq', f]); console.log('OK  ' + d.file); } catch { console.log('BAD ' + d.file); }
  } else {
    const b = readFileSync(f); const s = new TextDecoder('utf-8', { fatal: true }).decode(b);
    console.log(`${s.includes(p.name) ? 'OK ' : 'BAD'} ${d.file}`);
  }
}
