/**
 * What the dev sets' generators share (eval/dev-layouts/, eval/dev-tables/): LibreOffice's PDF export of every
 * DOCX in a folder, Chromium's print of HTML, years worked as the truth counts them, and the sha256 manifest.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

/** One LibreOffice run for every DOCX in `docs`, with a throwaway profile so it never meets another user's instance. */
export function exportDocxToPdf(docs: string): void {
  const profile = mkdtempSync(path.join(tmpdir(), 'kiln-lo-'));
  try {
    const files = readdirSync(docs).filter((f) => f.endsWith('.docx')).map((f) => path.join(docs, f));
    if (files.length === 0) return;
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', docs, ...files], { stdio: 'inherit', timeout: 600_000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Prints each `[file, html]` to `docs/file` as A4 with Chromium. */
export async function printHtml(docs: string, html: [string, string][]): Promise<void> {
  if (html.length === 0) return;
  const browser = await chromium.launch({ executablePath: process.env.KILN_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    for (const [file, source] of html) {
      await page.setContent(source, { waitUntil: 'load' });
      await page.pdf({ path: path.join(docs, file), format: 'A4', margin: { top: '16mm', bottom: '16mm', left: '14mm', right: '14mm' }, printBackground: true });
    }
  } finally {
    await browser.close();
  }
}

const idx = (s: string) => Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7)) - 1;
/** Months worked (inclusive, overlaps counted once) up to the reference month, in years to 0.1 — as the package's truth. */
export function yearsWorked(work: { start: string; end: string | null }[], reference: string): number {
  const months = new Set<number>();
  for (const j of work) for (let i = idx(j.start); i <= idx(j.end ?? reference); i++) months.add(i);
  return Math.round((months.size / 12) * 10) / 10;
}

/** `{ file: sha256 }` of every listed document. */
export function manifestOf(docs: string, files: string[]): Record<string, string> {
  return Object.fromEntries(files.map((f) => [f, createHash('sha256').update(readFileSync(path.join(docs, f))).digest('hex')]));
}
