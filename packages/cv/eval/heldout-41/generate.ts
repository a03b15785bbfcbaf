/**
 * heldout-41 generator: writes every document into documents/, then truth.json and manifest.json.
 * Run from packages/cv: `npx tsx eval/heldout-41/generate.ts [--force]`.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Packer, type Document } from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people, type Person } from './people.ts';
import * as H from './tpl-html.ts';
import * as X from './tpl-text.ts';
import * as D from './tpl-docx.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(here, 'documents');
const REF = '2026-12';
type Layout = 'single' | 'two-column' | 'table';
type Kind = 'html' | 'docx' | 'txt';
interface Tpl { layout: Layout; kind: Kind; make: (p: Person) => string | Document }

export const templates: Record<string, Tpl> = {
  'be-cv': { layout: 'single', kind: 'html', make: H.beCv },
  'ar-cv': { layout: 'single', kind: 'html', make: H.arCv },
  'fi-cv': { layout: 'single', kind: 'html', make: H.fiCv },
  zhihu: { layout: 'single', kind: 'html', make: H.zhihu },
  'zh-then-en': { layout: 'single', kind: 'html', make: H.zhThenEn },
  'site-info': { layout: 'single', kind: 'html', make: H.siteInfo },
  'at-dotleader': { layout: 'single', kind: 'docx', make: D.atDotleader },
  'zh-multilevel': { layout: 'single', kind: 'docx', make: D.zhMultilevel },
  'cover-then-cv': { layout: 'single', kind: 'docx', make: D.coverThenCv },
  'latex-src': { layout: 'single', kind: 'txt', make: X.latexSrc },
  'reddit-forhire': { layout: 'single', kind: 'txt', make: X.redditForhire },
  csdn: { layout: 'single', kind: 'txt', make: X.csdn },
  'fb-group-post': { layout: 'single', kind: 'txt', make: X.fbGroupPost },
  'center-timeline': { layout: 'two-column', kind: 'html', make: H.centerTimeline },
  'vertical-name': { layout: 'two-column', kind: 'html', make: H.verticalName },
  'zh-vertical-labels': { layout: 'two-column', kind: 'html', make: H.zhVerticalLabels },
  'github-profile': { layout: 'two-column', kind: 'html', make: H.githubProfile },
  'zh-cols-pianzuo': { layout: 'two-column', kind: 'docx', make: D.zhColsPianzuo },
  'cols-narrow-right': { layout: 'two-column', kind: 'docx', make: D.colsNarrowRight },
  'ascii-grid': { layout: 'table', kind: 'txt', make: X.asciiGrid },
  vdab: { layout: 'table', kind: 'html', make: H.vdab },
  'ph-pds': { layout: 'table', kind: 'html', make: H.phPds },
  'oman-form': { layout: 'table', kind: 'html', make: H.omanForm },
  fujing: { layout: 'table', kind: 'html', make: H.fujing },
  'bw-dpsm': { layout: 'table', kind: 'docx', make: D.bwDpsm },
  'gsp-fuzeren': { layout: 'table', kind: 'docx', make: D.gspFuzeren },
  'ea-cdr': { layout: 'table', kind: 'docx', make: D.eaCdr },
  'md-pipe-table': { layout: 'table', kind: 'txt', make: X.mdPipeTable },
  'linkedin-csv': { layout: 'table', kind: 'txt', make: X.linkedinCsv },
};

/** person → templates */
export const plan: Record<string, string[]> = {
  p01: ['be-cv', 'center-timeline', 'ascii-grid', 'vdab'],
  p02: ['ar-cv', 'latex-src', 'ascii-grid'],
  p03: ['at-dotleader', 'vertical-name', 'center-timeline'],
  p04: ['ph-pds', 'center-timeline', 'oman-form', 'fb-group-post'],
  p05: ['bw-dpsm', 'latex-src', 'center-timeline'],
  p06: ['reddit-forhire', 'vertical-name', 'ascii-grid', 'site-info'],
  p07: ['fi-cv', 'cols-narrow-right', 'center-timeline'],
  p08: ['gsp-fuzeren', 'zh-vertical-labels', 'md-pipe-table'],
  p09: ['fujing', 'zh-vertical-labels', 'zh-multilevel'],
  p10: ['zh-multilevel', 'csdn', 'md-pipe-table'],
  p11: ['zhihu', 'zh-cols-pianzuo', 'md-pipe-table'],
  p12: ['zh-cols-pianzuo', 'zh-vertical-labels', 'zhihu'],
  p13: ['github-profile', 'zh-then-en', 'linkedin-csv', 'md-pipe-table'],
  p14: ['cover-then-cv', 'linkedin-csv', 'zh-then-en'],
  p15: ['ea-cdr', 'zh-cols-pianzuo'],
  p16: ['github-profile', 'linkedin-csv', 'md-pipe-table'],
};
const short: Record<Layout, string> = { single: 'single', 'two-column': 'twocol', table: 'table' };

async function main() {
  const force = process.argv.includes('--force');
  if (existsSync(path.join(here, 'manifest.json')) && !force) {
    console.error('manifest.json exists — refusing to overwrite the set; pass --force to regenerate.');
    process.exit(1);
  }
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  const html: [string, string][] = [];
  const documents: { file: string; person: string; template: string; layout: Layout; producer: string; language: string }[] = [];
  for (const p of people) {
    for (const t of plan[p.id]) {
      const tpl = templates[t];
      const base = `${p.id}-${short[tpl.layout]}-${t}`;
      const entry = (file: string, producer: string) => documents.push({ file, person: p.id, template: t, layout: tpl.layout, producer, language: p.lang });
      if (tpl.kind === 'html') { html.push([`${base}.pdf`, tpl.make(p) as string]); entry(`${base}.pdf`, 'chromium'); }
      else if (tpl.kind === 'txt') { writeFileSync(path.join(docs, `${base}.txt`), tpl.make(p) as string, 'utf8'); entry(`${base}.txt`, 'txt'); }
      else {
        writeFileSync(path.join(docs, `${base}.docx`), await Packer.toBuffer(tpl.make(p) as Document));
        entry(`${base}.docx`, 'docx'); entry(`${base}.pdf`, 'libreoffice');
      }
    }
  }
  exportDocxToPdf(docs);
  await printHtml(docs, html);
  const files = documents.map((d) => d.file);
  const extra = readdirSync(docs).filter((f) => !files.includes(f));
  if (extra.length) throw new Error(`unexpected files: ${extra.join(', ')}`);
  const truth = {
    referenceDate: REF,
    people: people.map((p) => ({
      id: p.id, language: p.lang, name: p.name, email: p.email, phone: p.phone, skills: p.skills,
      work: p.work.map((j) => ({ company: j.company, start: j.start, end: j.end })),
      yearsOfExperience: yearsWorked(p.work, REF),
    })),
    documents,
  };
  writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifestOf(docs, files), null, 2) + '\n');
  console.log(`wrote ${files.length} documents`);
}

main().catch((e) => { console.error(e); process.exit(1); });
