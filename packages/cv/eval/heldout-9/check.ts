/** Checks for heldout-9 without the analyser: page-1 text has the name, LibreOffice PDFs ≤ 3 pages, DOCX zip OK, txt UTF-8 with name. `--png` renders page 1 of each PDF to /tmp/h9png. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const truth = JSON.parse(readFileSync(path.join(here, 'truth.json'), 'utf8'));
const png = process.argv.includes('--png');
let canvasMod: any = null;
if (png) { canvasMod = await import(process.env.NAPI_CANVAS!); mkdirSync('/tmp/h9png', { recursive: true }); }
let bad = 0;
const squash = (s: string) => s.replace(/\s+/g, '').toLowerCase();
for (const d of truth.documents) {
  const p = truth.people.find((x: any) => x.id === d.person);
  const f = path.join(here, 'documents', d.file);
  const msg: string[] = [];
  if (d.file.endsWith('.pdf')) {
    const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(f)), useSystemFonts: true }).promise;
    const page = await doc.getPage(1);
    const text = (await page.getTextContent()).items.map((i: any) => i.str).join(' ');
    if (!squash(text).includes(squash(p.name))) msg.push('name missing on page 1');
    if (d.producer === 'libreoffice' && doc.numPages > 3) msg.push(`${doc.numPages} pages`);
    msg.push(`pages=${doc.numPages}`);
    if (png) for (let n = 1; n <= Math.min(doc.numPages, 2); n++) {
      const pg = await doc.getPage(n); const vp = pg.getViewport({ scale: 1.3 });
      const canvas = canvasMod.createCanvas(vp.width, vp.height); const ctx = canvas.getContext('2d');
      ctx.fillStyle = '#fff'; ctx.fillRect(0, 0, vp.width, vp.height);
      await pg.render({ canvasContext: ctx, viewport: vp, canvas }).promise;
      writeFileSync(`/tmp/h9png/${d.file.replace('.pdf', '')}-${n}.png`, canvas.toBuffer('image/png'));
    }
  } else if (d.file.endsWith('.docx')) {
    try { execFileSync('unzip', ['-tq', f]); } catch { msg.push('unzip -t failed'); }
  } else {
    const buf = readFileSync(f); const s = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    if (!squash(s).includes(squash(p.name))) msg.push('name missing');
  }
  const isBad = msg.some((m) => !m.startsWith('pages='));
  if (isBad) bad++;
  console.log(isBad ? 'BAD ' : 'ok  ', d.file, msg.join('; '));
}
console.log(bad ? `${bad} problems` : 'all checks passed');
