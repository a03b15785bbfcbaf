/**
 * heldout-39 generator: writes documents/, truth.json and manifest.json.
 * Usage (from packages/cv): npx tsx eval/heldout-39/generate.ts [--force]
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Packer } from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { byId, people, type Person } from './people.ts';
import * as H from './html.ts';
import * as D from './docx.ts';
import * as T from './txt.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(here, 'documents');
const REF = '2026-12';

type Layout = 'single' | 'two-column' | 'table';
const short: Record<Layout, string> = { single: 'single', 'two-column': 'twocol', table: 'table' };

/** template → [layout, kind, people] */
const plan: [string, Layout, 'html' | 'docx' | 'txt', string[]][] = [
  ['cvlibrary', 'single', 'html', ['p01', 'p02']],
  ['naukrigulf', 'single', 'html', ['p05', 'p07']],
  ['jobberman', 'single', 'html', ['p06']],
  ['typora', 'single', 'html', ['p08', 'p14', 'p15']],
  ['maukerja', 'single', 'html', ['p13']],
  ['occ', 'single', 'html', ['p16']],
  ['kdocs', 'two-column', 'html', ['p10', 'p11', 'p13']],
  ['resumeworded', 'two-column', 'html', ['p04', 'p07', 'p15']],
  ['resumelab', 'two-column', 'html', ['p01', 'p02', 'p14', 'p16']],
  ['skilltable', 'table', 'html', ['p08', 'p09', 'p11', 'p13']],
  ['uitzend', 'table', 'html', ['p14']],
  ['pds', 'table', 'html', ['p07']],
  ['checklist', 'table', 'html', ['p03']],
  ['publicjobs', 'table', 'html', ['p02']],
  ['skillcols', 'single', 'docx', ['p04']],
  ['wps', 'single', 'docx', ['p09', 'p12']],
  ['neitui', 'table', 'docx', ['p08', 'p10']],
  ['haiwai', 'table', 'docx', ['p12', 'p16']],
  ['rnprofile', 'table', 'docx', ['p03']],
  ['ngbank', 'table', 'docx', ['p06']],
  ['consult', 'table', 'docx', ['p05']],
  ['jcp', 'table', 'docx', ['p01']],
  ['whatsapp', 'single', 'txt', ['p05', 'p06', 'p07']],
  ['sig', 'single', 'txt', ['p02', 'p04']],
  ['tex', 'single', 'txt', ['p03', 'p14', 'p15']],
  ['txtzh', 'single', 'txt', ['p09', 'p10', 'p11', 'p13']],
];

async function main() {
  if (existsSync(path.join(here, 'manifest.json')) && !process.argv.includes('--force')) {
    console.error('manifest.json exists; pass --force to regenerate');
    process.exit(1);
  }
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  const documents: Record<string, string>[] = [];
  const html: [string, string][] = [];
  const add = (file: string, p: Person, template: string, layout: Layout, producer: string) =>
    documents.push({ file, person: p.id, template, layout, producer, language: p.language });

  for (const [template, layout, kind, ids] of plan) {
    for (const id of ids) {
      const p = byId(id);
      const base = `${id}-${short[layout]}-${template}`;
      if (kind === 'html') {
        html.push([`${base}.pdf`, (H as unknown as Record<string, (p: Person) => string>)[template](p)]);
        add(`${base}.pdf`, p, template, layout, 'chromium');
      } else if (kind === 'docx') {
        const d = (D as unknown as Record<string, (p: Person) => Parameters<typeof Packer.toBuffer>[0]>)[template](p);
        writeFileSync(path.join(docs, `${base}.docx`), await Packer.toBuffer(d));
        add(`${base}.docx`, p, template, layout, 'docx');
        add(`${base}.pdf`, p, template, layout, 'libreoffice');
      } else {
        writeFileSync(path.join(docs, `${base}.txt`), (T as unknown as Record<string, (p: Person) => string>)[template](p), 'utf8');
        add(`${base}.txt`, p, template, layout, 'txt');
      }
    }
  }
  exportDocxToPdf(docs);
  await printHtml(docs, html);

  documents.sort((a, b) => a.file.localeCompare(b.file));
  const truth = {
    referenceDate: REF,
    people: people.map((p) => ({
      id: p.id, language: p.language, name: p.name, email: p.email, phone: p.phone,
      skills: p.skills.map((s) => [s.name, ...(s.syn ?? [])].join(' | ')),
      work: p.work.map((j) => ({ company: j.company, start: j.start, end: j.end })),
      yearsOfExperience: yearsWorked(p.work, REF),
    })),
    documents,
  };
  writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifestOf(docs, documents.map((x) => x.file)), null, 2) + '\n');
  console.log(`${documents.length} documents`);
}

main().catch((e) => { console.error(e); process.exit(1); });
