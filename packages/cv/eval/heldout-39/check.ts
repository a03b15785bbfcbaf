/**
 * heldout-39 checks without any analyser. One line per document; exit 1 on any failure.
 * Usage (from packages/cv): npx tsx eval/heldout-39/check.ts
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
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, '');
const nameOf = new Map<string, string>(truth.people.map((p: { id: string; name: string }) => [p.id, p.name]));

let failures = 0;
for (const doc of truth.documents as { file: string; person: string; producer: string }[]) {
  const problems: string[] = [];
  const file = path.join(docs, doc.file);
  const name = nameOf.get(doc.person)!;
  let info = '';
  if (!existsSync(file)) problems.push('missing');
  else {
    const buf = readFileSync(file);
    const sha = createHash('sha256').update(buf).digest('hex');
    if (manifest[doc.file] !== sha) problems.push('sha256 differs from manifest');
    if (doc.file.endsWith('.pdf')) {
      const pdf = await getDocument({ data: new Uint8Array(buf), useSystemFonts: true, verbosity: 0 }).promise;
      const page = await pdf.getPage(1);
      const text = (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('');
      info = `${pdf.numPages}p`;
      if (!norm(text).includes(norm(name))) problems.push(`name "${name}" not on page 1`);
      if (doc.producer === 'libreoffice' && pdf.numPages > 3) problems.push(`${pdf.numPages} pages (> 3)`);
      if (doc.producer === 'chromium' && pdf.numPages > 2) problems.push(`${pdf.numPages} pages (> 2)`);
      await pdf.destroy();
    } else if (doc.file.endsWith('.docx')) {
      try { execFileSync('unzip', ['-tq', file], { stdio: 'pipe' }); info = 'zip ok'; } catch { problems.push('unzip -t failed'); }
    } else if (doc.file.endsWith('.txt')) {
      try {
        const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
        info = 'utf-8';
        if (!norm(text).includes(norm(name))) problems.push(`name "${name}" not in text`);
      } catch { problems.push('not valid UTF-8'); }
    }
  }
  for (const f of Object.keys(manifest)) void f;
  if (problems.length) failures++;
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${doc.file.padEnd(40)} ${info}${problems.length ? ' — ' + problems.join('; ') : ''}`);
}
const listed = new Set((truth.documents as { file: string }[]).map((d) => d.file));
for (const f of Object.keys(manifest)) if (!listed.has(f)) { failures++; console.log(`FAIL ${f} in manifest but not in truth.json`); }
console.log(failures ? `${failures} failure(s)` : `all ${listed.size} documents pass`);
process.exit(failures ? 1 : 0);
