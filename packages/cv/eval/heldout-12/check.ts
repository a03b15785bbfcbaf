/**
 * heldout-12 self-checks, without the analyser:
 *  - every listed document exists and matches manifest.json (sha256); no unlisted files
 *  - every PDF's page-1 text (pdfjs-dist) contains the person's name, ignoring case and spaces
 *  - LibreOffice PDFs have at most 3 pages; every PDF has at least 1
 *  - every DOCX passes `unzip -t`
 *  - every .txt is valid UTF-8 and contains the name
 *  - consistency: every document's full text contains the person's email, phone digits, every company and every skill
 *    (first form before " | "), ignoring case and whitespace
 *  - truth sanity: E.164 phones, yearsOfExperience = yearsWorked(work), dates YYYY-MM, file names pNN-<layout>-<template>.<ext>
 * Run: cd packages/cv && npx tsx eval/heldout-12/check.ts
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { manifestOf, yearsWorked } from '../dev-layouts/render.ts';
import { people } from './people.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(here, 'documents');
const truth = JSON.parse(readFileSync(path.join(here, 'truth.json'), 'utf8'));
const manifest: Record<string, string> = JSON.parse(readFileSync(path.join(here, 'manifest.json'), 'utf8'));
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, '');
const failures: string[] = [];
const fail = (m: string) => { failures.push(m); console.log(`FAIL ${m}`); };

// manifest
const files = readdirSync(docs).sort();
const now = manifestOf(docs, files);
for (const f of files) if (!(f in manifest)) fail(`${f}: not in manifest`);
for (const [f, h] of Object.entries(manifest)) if (now[f] !== h) fail(`${f}: sha256 differs from manifest`);
const listed = new Set<string>(truth.documents.map((d: { file: string }) => d.file));
for (const f of files) if (!listed.has(f)) fail(`${f}: not listed in truth.json`);

// truth sanity
const ym = /^\d{4}-(0[1-9]|1[0-2])$/;
for (const p of truth.people) {
  if (!/^\+[1-9]\d{7,14}$/.test(p.phone)) fail(`${p.id}: phone ${p.phone} not E.164`);
  if (p.yearsOfExperience !== yearsWorked(p.work, truth.referenceDate)) fail(`${p.id}: yearsOfExperience mismatch`);
  for (const w of p.work) if (!ym.test(w.start) || (w.end !== null && !ym.test(w.end)) || (w.end && w.end < w.start)) fail(`${p.id}: bad dates ${JSON.stringify(w)}`);
  if (p.work.length < 2 || p.work.length > 5) fail(`${p.id}: ${p.work.length} jobs`);
}
const LAY: Record<string, string> = { single: 'single', 'two-column': 'twocol', table: 'table' };

let pdfs = 0, docxs = 0, txts = 0;
for (const d of truth.documents) {
  const p = truth.people.find((x: { id: string }) => x.id === d.person);
  const file = path.join(docs, d.file);
  const m = d.file.match(/^p(\d\d)-(single|twocol|table)-([a-z0-9-]+)\.(pdf|docx|txt)$/);
  if (!m || `p${m[1]}` !== d.person || m[2] !== LAY[d.layout] || m[3] !== d.template) { fail(`${d.file}: name does not match record`); continue; }
  if (d.language !== p.language) fail(`${d.file}: language differs from person`);
  const name = norm(p.name);
  let full = '';
  if (d.file.endsWith('.pdf')) {
    pdfs++;
    const pdf = await getDocument({ data: new Uint8Array(readFileSync(file)), useSystemFonts: true, verbosity: 0 }).promise;
    if (pdf.numPages < 1) fail(`${d.file}: no pages`);
    if (d.producer === 'libreoffice' && pdf.numPages > 3) fail(`${d.file}: ${pdf.numPages} pages (> 3)`);
    const page = await pdf.getPage(1);
    const text = (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ');
    if (!norm(text).includes(name)) fail(`${d.file}: page 1 lacks the name "${p.name}"`);
    for (let i = 1; i <= pdf.numPages; i++) full += (await (await pdf.getPage(i)).getTextContent()).items.map((it) => ('str' in it ? it.str : '')).join('') + '\n';
    await pdf.destroy();
  } else if (d.file.endsWith('.docx')) {
    docxs++;
    try { execFileSync('unzip', ['-tq', file], { stdio: 'pipe' }); } catch { fail(`${d.file}: unzip -t failed`); }
    full = execFileSync('unzip', ['-p', file, 'word/document.xml']).toString('utf8').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&');
  } else {
    txts++;
    let text = '';
    try { text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file)); } catch { fail(`${d.file}: not valid UTF-8`); }
    if (!norm(text).includes(name)) fail(`${d.file}: lacks the name`);
    full = text;
  }
  const src = people.find((x) => x.id === d.person)!;
  const hay = norm(full);
  const need = [p.email, src.phonePrinted, ...p.work.map((w: { company: string }) => w.company), ...p.skills.map((s: string) => s.split(' | ')[0])];
  for (const n of need) if (!hay.includes(norm(n))) fail(`${d.file}: text lacks "${n}"`);
}
console.log(`checked ${truth.documents.length} documents (${pdfs} PDF, ${docxs} DOCX, ${txts} TXT) for ${truth.people.length} people`);
if (failures.length) { console.log(`${failures.length} failure(s)`); process.exit(1); }
console.log('all checks passed');
