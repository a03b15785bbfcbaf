/**
 * Generates the independent held-out set ONCE: `pnpm --filter @kiln/cv exec tsx eval/independent/generate.ts`.
 * Renders each planned (person, template, producer) document, writes it to documents/ and records its sha256 in
 * manifest.json. The documents are committed: CI and the evaluation only read them, so they need neither
 * Chromium nor LibreOffice, and the set cannot drift. It refuses to run when a manifest exists (the set is
 * frozen); `--force` regenerates, which makes every earlier figure incomparable, so say so in the commit.
 *
 * Needs /usr/bin/chromium (KILN_CHROMIUM overrides) and, for the `libreoffice` producer, `soffice` on PATH.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import mammoth from 'mammoth';
import { chromium } from 'playwright-core';
import { INDEPENDENT_DIR, loadPeople, printedSkills, REFERENCE_MONTH, yearsFromWork, type Person } from './person';
import { renderDocx, type DocxTemplate } from './render-docx';
import { renderHtml, type HtmlTemplate } from './render-html';
import { renderTxt } from './render-txt';
import { LAYOUT_OF, type ManifestEntry, type Producer, type Template } from './manifest';

/** Which renderings each person gets: every layout and producer in each language, no person in all of them. */
const PLAN: [person: string, template: Template, producer: Producer][] = [
  ['en-okafor', 'html-grid-left', 'chromium'], ['en-okafor', 'docx-tabs', 'docx'], ['en-okafor', 'txt', 'txt'],
  ['en-lindqvist', 'html-flex-right', 'chromium'], ['en-lindqvist', 'docx-table', 'libreoffice'], ['en-lindqvist', 'html-labels', 'chromium'],
  ['en-ramirez', 'html-single', 'chromium'], ['en-ramirez', 'html-flex-left', 'chromium'], ['en-ramirez', 'docx-sidebar', 'docx'],
  ['en-mensah', 'html-table', 'chromium'], ['en-mensah', 'html-grid-right', 'chromium'], ['en-mensah', 'docx-tabs', 'libreoffice'],
  ['en-novak', 'html-labels', 'chromium'], ['en-novak', 'docx-table', 'docx'],
  ['en-oduya', 'html-grid-right', 'chromium'], ['en-oduya', 'txt', 'txt'], ['en-oduya', 'docx-sidebar', 'libreoffice'],
  ['en-walsh', 'html-flex-left', 'chromium'], ['en-walsh', 'html-table', 'chromium'], ['en-walsh', 'docx-tabs', 'docx'],
  ['en-tanaka', 'html-single', 'chromium'], ['en-tanaka', 'html-grid-left', 'chromium'],
  ['zh-lin', 'html-grid-left', 'chromium'], ['zh-lin', 'docx-table', 'docx'], ['zh-lin', 'txt', 'txt'],
  ['zh-zhou', 'html-table', 'chromium'], ['zh-zhou', 'html-flex-right', 'chromium'], ['zh-zhou', 'docx-tabs', 'libreoffice'],
  ['zh-he', 'html-labels', 'chromium'], ['zh-he', 'html-flex-left', 'chromium'], ['zh-he', 'docx-sidebar', 'docx'],
  ['zh-guo', 'html-table', 'chromium'], ['zh-guo', 'docx-tabs', 'docx'],
  ['zh-xu', 'html-grid-right', 'chromium'], ['zh-xu', 'docx-table', 'libreoffice'],
  ['zh-song', 'html-single', 'chromium'], ['zh-song', 'docx-sidebar', 'libreoffice'],
  ['mx-chen', 'html-grid-left', 'chromium'], ['mx-chen', 'html-table', 'chromium'], ['mx-chen', 'docx-tabs', 'docx'],
  ['mx-wang', 'html-flex-right', 'chromium'], ['mx-wang', 'docx-table', 'docx'], ['mx-wang', 'txt', 'txt'],
  ['mx-li', 'html-labels', 'chromium'], ['mx-li', 'html-grid-right', 'chromium'], ['mx-li', 'docx-sidebar', 'libreoffice'],
  ['mx-zhang', 'html-flex-left', 'chromium'], ['mx-zhang', 'docx-table', 'libreoffice'],
];

/** The truth must hold together before a single document is printed from it. */
function check(p: Person): void {
  const { truth, content } = p;
  const computed = yearsFromWork(truth.work);
  if (computed !== truth.yearsOfExperience) throw new Error(`${truth.person}: yearsOfExperience ${truth.yearsOfExperience}, but the work dates give ${computed}`);
  if (content.bullets.length !== truth.work.length) throw new Error(`${truth.person}: ${content.bullets.length} bullet lists for ${truth.work.length} jobs`);
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** All the text a document carries, whitespace removed: pdfjs for PDFs, mammoth for DOCX (independent of the analyser's reading order). */
async function plainText(file: string, bytes: Uint8Array): Promise<string> {
  let text: string;
  if (file.endsWith('.pdf')) {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const root = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), cMapUrl: path.join(root, 'cmaps') + path.sep, cMapPacked: true, isEvalSupported: false }).promise;
    const parts: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      for (const item of (await (await doc.getPage(n)).getTextContent()).items) if ('str' in item) parts.push(item.str);
    }
    await doc.destroy();
    text = parts.join('');
  } else if (file.endsWith('.docx')) {
    text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
  } else {
    text = new TextDecoder().decode(bytes);
  }
  return text.replace(/\s+/g, '').toLowerCase();
}

/** A document whose text layer lacks the truth is a broken document, not an analyser miss: refuse it. */
async function checkReadable(entry: ManifestEntry, bytes: Uint8Array, p: Person): Promise<void> {
  const text = await plainText(entry.file, bytes);
  const strip = (s: string) => s.replace(/\s+/g, '').toLowerCase();
  const needed = [p.truth.name, p.truth.email, ...p.truth.work.map((w) => w.company), ...printedSkills(p)];
  const absent = needed.filter((s) => !text.includes(strip(s)));
  if (absent.length > 0) {
    const kept = path.join(tmpdir(), `unreadable-${entry.file}`);
    writeFileSync(kept, bytes);
    throw new Error(`${entry.file}: its text layer lacks ${absent.join(', ')} (kept at ${kept} for a look)`);
  }
}

async function main(): Promise<void> {
  const manifestPath = path.join(INDEPENDENT_DIR, 'manifest.json');
  if (existsSync(manifestPath) && !process.argv.includes('--force')) {
    throw new Error('manifest.json exists: the independent set is frozen. Pass --force only to rebuild it on purpose (earlier figures become incomparable).');
  }
  const people = loadPeople();
  for (const p of people.values()) check(p);
  const out = path.join(INDEPENDENT_DIR, 'documents');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const scratch = mkdtempSync(path.join(tmpdir(), 'kiln-independent-'));
  const profile = path.join(scratch, 'chromium-profile');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.KILN_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const entries: ManifestEntry[] = [];
  const forLibreOffice: { docx: string; entry: ManifestEntry }[] = [];
  try {
    const page = await context.newPage();
    for (const [personId, template, producer] of PLAN) {
      const p = people.get(personId);
      if (!p) throw new Error(`no person ${personId}`);
      const ext = producer === 'txt' ? 'txt' : producer === 'docx' ? 'docx' : 'pdf';
      const id = `${personId}.${template}.${producer}`;
      const entry: ManifestEntry = { id, file: `${id}.${ext}`, person: personId, template, layout: LAYOUT_OF[template], producer, language: p.truth.language, sha256: '' };
      let bytes: Uint8Array;
      if (producer === 'chromium') {
        await page.setContent(renderHtml(template as HtmlTemplate, p), { waitUntil: 'load' });
        bytes = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      } else if (producer === 'txt') {
        bytes = renderTxt(p);
      } else {
        bytes = await renderDocx(template as DocxTemplate, p);
        if (producer === 'libreoffice') {
          const docx = path.join(scratch, `${id}.docx`);
          writeFileSync(docx, bytes);
          forLibreOffice.push({ docx, entry });
          continue;
        }
      }
      await checkReadable(entry, bytes, p);
      writeFileSync(path.join(out, entry.file), bytes);
      entries.push({ ...entry, sha256: sha256(bytes) });
    }
  } finally {
    await context.close();
  }
  if (forLibreOffice.length > 0) {
    // One soffice run converts them all; a throwaway profile keeps it from touching ~/.config.
    execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(path.join(scratch, 'lo-profile')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', scratch, ...forLibreOffice.map((f) => f.docx)], { stdio: 'inherit', timeout: 300_000 });
    for (const { docx, entry } of forLibreOffice) {
      const bytes = readFileSync(docx.replace(/\.docx$/, '.pdf'));
      await checkReadable(entry, bytes, people.get(entry.person)!);
      writeFileSync(path.join(out, entry.file), bytes);
      entries.push({ ...entry, sha256: sha256(bytes) });
    }
  }
  rmSync(scratch, { recursive: true, force: true });
  entries.sort((a, b) => PLAN.findIndex(([p, t, r]) => `${p}.${t}.${r}` === a.id) - PLAN.findIndex(([p, t, r]) => `${p}.${t}.${r}` === b.id));
  const total = entries.reduce((n, e) => n + readFileSync(path.join(out, e.file)).length, 0);
  writeFileSync(manifestPath, `${JSON.stringify({ generated: new Date().toISOString().slice(0, 10), referenceMonth: REFERENCE_MONTH, documents: entries }, null, 1)}\n`);
  console.log(`${entries.length} documents, ${(total / 1024).toFixed(0)} KB, manifest at ${path.relative(process.cwd(), manifestPath)}`);
}

await main();
