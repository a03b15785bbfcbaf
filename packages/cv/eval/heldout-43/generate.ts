/**
 * heldout-43 — writes every document into documents/, then truth.json and manifest.json.
 * Refuses to run when manifest.json exists unless given --force.
 *
 *   cd packages/cv && npx tsx eval/heldout-43/generate.ts [--force]
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Packer, type Document } from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { byId, people, type Person } from './people.ts';
import * as H from './tpl-html.ts';
import * as D from './tpl-docx.ts';
import * as T from './tpl-text.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(here, 'documents');
const manifestPath = path.join(here, 'manifest.json');
const REFERENCE = '2026-12';

if (existsSync(manifestPath) && !process.argv.includes('--force')) {
  console.error('manifest.json exists — this set is already generated. Re-run with --force to overwrite it.');
  process.exit(1);
}

type Layout = 'single' | 'two-column' | 'table';
type Spec =
  | { id: string; template: string; layout: Layout; kind: 'html'; make: (p: Person) => string }
  | { id: string; template: string; layout: Layout; kind: 'docx'; make: (p: Person) => Document }
  | { id: string; template: string; layout: Layout; kind: 'txt'; make: (p: Person) => string };

const short: Record<Layout, string> = { single: 'single', 'two-column': 'twocol', table: 'table' };
const html = (id: string, template: string, layout: Layout, make: (p: Person) => string): Spec => ({ id, template, layout, kind: 'html', make });
const docx = (id: string, template: string, layout: Layout, make: (p: Person) => Document): Spec => ({ id, template, layout, kind: 'docx', make });
const txt = (id: string, template: string, layout: Layout, make: (p: Person) => string): Spec => ({ id, template, layout, kind: 'txt', make });

const AIREDALE = { name: 'Airedale Infrastructure Group', bid: 'Calder Valley Flood Alleviation Framework — Lot 2 tender', tel: '0113 496 0000' };
const TEJO = { name: 'Tejo Mobility, S.A.', bid: 'Lisbon Metropolitan Area — MaaS app concession proposal', tel: '+351 21 340 8800' };

const plan: Spec[] = [
  // p01 Tomasz Wróblewski (en)
  html('p01', 'pagedown', 'two-column', H.pagedown),
  html('p01', 'moderncv-casual', 'single', H.moderncvCasual),
  html('p01', 'gantt', 'table', H.gantt),
  html('p01', 'obsidian', 'single', H.obsidian),
  // p02 Fergus McAllister (en)
  html('p02', 'zeitstrahl', 'two-column', H.zeitstrahl),
  docx('p02', 'frame-sideheads', 'two-column', D.frameSideheads),
  txt('p02', 'pandoc-plain', 'single', T.pandocPlain),
  // p03 Kwabena Asante-Mensah (en)
  html('p03', 'abs-profile', 'two-column', (p) => H.absProfile(p, AIREDALE)),
  docx('p03', 'vetassess', 'table', D.vetassess),
  txt('p03', 'pdfcopy', 'two-column', T.pdfcopy),
  // p04 Hamza Siddiqui (en)
  html('p04', 'rozee', 'two-column', H.rozee),
  html('p04', 'gantt', 'table', H.gantt),
  txt('p04', 'pandoc-plain', 'single', T.pandocPlain),
  // p05 Mateus Carvalho (en)
  html('p05', 'gsites', 'two-column', H.gsites),
  html('p05', 'abs-profile', 'two-column', (p) => H.absProfile(p, TEJO)),
  txt('p05', 'elinks', 'two-column', T.elinks),
  html('p05', 'obsidian', 'single', H.obsidian),
  // p06 Bronwyn Castellano (en)
  docx('p06', 'frame-sideheads', 'two-column', D.frameSideheads),
  html('p06', 'moderncv-casual', 'single', H.moderncvCasual),
  txt('p06', 'prn', 'table', T.prn),
  // p07 Camilo Restrepo Vélez (en)
  html('p07', 'employer-band', 'two-column', H.employerBand),
  docx('p07', 'co-hojadevida', 'single', D.coHojadevida),
  // p08 蔡雨桐 (zh)
  html('p08', 'wbd-axis', 'two-column', H.wbdAxis),
  html('p08', 'zcool', 'two-column', H.zcool),
  html('p08', 'chicv', 'single', H.chicv),
  txt('p08', 'ocr-zh', 'single', T.ocrZh),
  // p09 欧阳俊杰 (zh)
  docx('p09', 'wps-fenlan', 'two-column', D.wpsFenlan),
  html('p09', 'wbd-axis', 'two-column', H.wbdAxis),
  html('p09', 'miniprogram', 'single', H.miniprogram),
  // p10 韦晓丽 (zh)
  docx('p10', 'textbox-namecard', 'two-column', D.textboxNamecard),
  html('p10', 'gantt', 'table', H.gantt),
  txt('p10', 'ocr-zh', 'single', T.ocrZh),
  // p11 邝志强 (zh)
  html('p11', 'polebrief', 'two-column', H.polebrief),
  docx('p11', 'ditie', 'table', D.ditie),
  txt('p11', 'pdfcopy', 'two-column', T.pdfcopy),
  // p12 覃思远 (zh)
  html('p12', 'polebrief', 'two-column', H.polebrief),
  html('p12', 'miniprogram', 'single', H.miniprogram),
  docx('p12', 'pandoc-docx', 'single', D.pandocDocx),
  // p13 許家瑜 (mixed)
  html('p13', 'gsites', 'two-column', H.gsites),
  docx('p13', 'nested-cell', 'two-column', D.nestedCell),
  txt('p13', 'elinks', 'two-column', T.elinks),
  // p14 宋卓然 (mixed)
  html('p14', 'pagedown', 'two-column', H.pagedown),
  txt('p14', 'layout-axis', 'two-column', T.layoutAxis),
  html('p14', 'gantt', 'table', H.gantt),
  html('p14', 'chicv', 'single', H.chicv),
  // p15 冯晓彤 (mixed)
  html('p15', 'employer-band', 'two-column', H.employerBand),
  docx('p15', 'nested-cell', 'two-column', D.nestedCell),
  txt('p15', 'prn', 'table', T.prn),
  // p16 马骁 (mixed)
  html('p16', 'wbd-axis', 'two-column', H.wbdAxis),
  docx('p16', 'textbox-namecard', 'two-column', D.textboxNamecard),
  txt('p16', 'layout-axis', 'two-column', T.layoutAxis),
];

type DocEntry = { file: string; person: string; template: string; layout: Layout; producer: 'chromium' | 'docx' | 'libreoffice' | 'txt'; language: string };

async function main(): Promise<void> {
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  const entries: DocEntry[] = [];
  const htmlJobs: [string, string][] = [];
  for (const s of plan) {
    const p = byId(s.id);
    const base = `${s.id}-${short[s.layout]}-${s.template}`;
    const common = { person: s.id, template: s.template, layout: s.layout, language: p.language };
    if (s.kind === 'html') {
      htmlJobs.push([base + '.pdf', s.make(p)]);
      entries.push({ file: base + '.pdf', producer: 'chromium', ...common });
    } else if (s.kind === 'docx') {
      writeFileSync(path.join(docs, base + '.docx'), await Packer.toBuffer(s.make(p)));
      entries.push({ file: base + '.docx', producer: 'docx', ...common });
      entries.push({ file: base + '.pdf', producer: 'libreoffice', ...common });
    } else {
      writeFileSync(path.join(docs, base + '.txt'), s.make(p), 'utf8');
      entries.push({ file: base + '.txt', producer: 'txt', ...common });
    }
  }
  exportDocxToPdf(docs);
  await printHtml(docs, htmlJobs);

  const truth = {
    referenceDate: REFERENCE,
    people: people.map((p) => ({
      id: p.id,
      language: p.language,
      name: p.name,
      email: p.email,
      phone: p.phone,
      skills: p.skills,
      work: p.work.map((j) => ({ company: j.company, start: j.start, end: j.end })),
      yearsOfExperience: yearsWorked(p.work, REFERENCE),
    })),
    documents: entries.sort((a, b) => a.file.localeCompare(b.file)),
  };
  writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  writeFileSync(manifestPath, JSON.stringify(manifestOf(docs, truth.documents.map((d) => d.file)), null, 2) + '\n');
  console.log(`heldout-43: ${entries.length} documents from ${new Set(entries.map((e) => e.person)).size} people, ${new Set(entries.map((e) => e.template)).size} templates`);
}

await main();
