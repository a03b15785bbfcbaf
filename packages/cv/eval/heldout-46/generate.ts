/**
 * heldout-46 generator: writes every document into documents/, then truth.json and manifest.json.
 *   cd packages/cv && npx tsx eval/heldout-46/generate.ts [--force]
 * Refuses to run when manifest.json exists unless --force (which also clears documents/).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Packer, type Document } from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people, byId, type Person } from './people.ts';
import * as HA from './html-a.ts';
import * as HB from './html-b.ts';
import * as DA from './docx-a.ts';
import * as DB from './docx-b.ts';
import * as TX from './txt.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(here, 'documents');
const REF = '2026-12';

type Layout = 'single' | 'two-column' | 'table';
type Spec =
  | { person: string; template: string; layout: Layout; kind: 'html'; make: (p: Person) => string }
  | { person: string; template: string; layout: Layout; kind: 'docx'; make: (p: Person) => Document }
  | { person: string; template: string; layout: Layout; kind: 'txt'; make: (p: Person) => string }
  | { person: string; template: string; layout: Layout; kind: 'pdftotext'; make: (p: Person) => string };

const S: Spec[] = [
  { person: 'p01', template: 'pa-request', layout: 'table', kind: 'docx', make: DA.paRequest },
  { person: 'p01', template: 'glance-sidebar', layout: 'two-column', kind: 'html', make: HA.glanceSidebar },
  { person: 'p01', template: 'hrxml', layout: 'single', kind: 'txt', make: TX.hrxml },

  { person: 'p02', template: 'portfolio-split', layout: 'two-column', kind: 'html', make: HA.portfolioSplit },
  { person: 'p02', template: 'split-sections', layout: 'single', kind: 'docx', make: DB.splitSections },
  { person: 'p02', template: 'gdocs-md', layout: 'single', kind: 'txt', make: TX.gdocsMd },

  { person: 'p03', template: 'mn-expat', layout: 'table', kind: 'docx', make: DA.mnExpat },
  { person: 'p03', template: 'pdftotext', layout: 'two-column', kind: 'pdftotext', make: HB.twoColSource },
  { person: 'p03', template: 'oldest-first', layout: 'single', kind: 'html', make: HB.oldestFirst },

  { person: 'p04', template: 'gulp', layout: 'table', kind: 'html', make: HB.gulp },
  { person: 'p04', template: 'contract-cols', layout: 'two-column', kind: 'docx', make: DB.contractCols },
  { person: 'p04', template: 'jsonresume', layout: 'single', kind: 'txt', make: TX.jsonResume },

  { person: 'p05', template: 'base-record', layout: 'table', kind: 'html', make: HB.baseRecord },
  { person: 'p05', template: 'frame-right', layout: 'two-column', kind: 'docx', make: DB.frameRight },
  { person: 'p05', template: 'html2text', layout: 'single', kind: 'txt', make: TX.html2text },

  { person: 'p06', template: 'cl-postulacion', layout: 'table', kind: 'html', make: HB.clPostulacion },
  { person: 'p06', template: 'locale-portal', layout: 'two-column', kind: 'html', make: (p) => HA.localePortal(p, 'es') },
  { person: 'p06', template: 'oldest-first', layout: 'single', kind: 'html', make: HB.oldestFirst },
  { person: 'p06', template: 'hrxml', layout: 'single', kind: 'txt', make: TX.hrxml },

  { person: 'p07', template: 'lu-kfh', layout: 'table', kind: 'docx', make: DA.luKfh },
  { person: 'p07', template: 'sap-alv', layout: 'table', kind: 'txt', make: TX.sapAlv },
  { person: 'p07', template: 'locale-portal', layout: 'two-column', kind: 'html', make: (p) => HA.localePortal(p, 'fr') },

  { person: 'p08', template: 'wjx', layout: 'table', kind: 'html', make: HB.wjx },
  { person: 'p08', template: 'xiumi', layout: 'two-column', kind: 'html', make: HA.xiumi },
  { person: 'p08', template: 'qqmail-preview', layout: 'single', kind: 'html', make: HB.qqmailPreview },
  { person: 'p08', template: 'pdftotext', layout: 'two-column', kind: 'pdftotext', make: HB.twoColSource },

  { person: 'p09', template: 'zh-endfirst', layout: 'two-column', kind: 'html', make: HA.zhEndFirst },
  { person: 'p09', template: 'gongwen', layout: 'single', kind: 'docx', make: DB.gongwen },
  { person: 'p09', template: 'pdftotext', layout: 'two-column', kind: 'pdftotext', make: HB.twoColSource },

  { person: 'p10', template: 'base-record', layout: 'table', kind: 'html', make: HB.baseRecord },
  { person: 'p10', template: 'split-sections', layout: 'single', kind: 'docx', make: DB.splitSections },

  { person: 'p11', template: 'kh-dengji', layout: 'table', kind: 'docx', make: DA.khDengji },
  { person: 'p11', template: 'right-date-strip', layout: 'two-column', kind: 'html', make: HA.rightDateStrip },

  { person: 'p12', template: 'linghuo', layout: 'table', kind: 'docx', make: DA.linghuo },
  { person: 'p12', template: 'portfolio-split', layout: 'two-column', kind: 'html', make: HA.portfolioSplit },
  { person: 'p12', template: 'html2text', layout: 'single', kind: 'txt', make: TX.html2text },

  { person: 'p13', template: 'jp-card', layout: 'table', kind: 'docx', make: DA.jpCard },
  { person: 'p13', template: 'jp-scout', layout: 'two-column', kind: 'html', make: HA.jpScout },
  { person: 'p13', template: 'jsonresume', layout: 'single', kind: 'txt', make: TX.jsonResume },

  { person: 'p14', template: 'right-date-strip', layout: 'two-column', kind: 'html', make: HA.rightDateStrip },
  { person: 'p14', template: 'split-sections', layout: 'single', kind: 'docx', make: DB.splitSections },
  { person: 'p14', template: 'hrxml', layout: 'single', kind: 'txt', make: TX.hrxml },

  { person: 'p15', template: 'deckblatt', layout: 'two-column', kind: 'html', make: HA.deckblatt },
  { person: 'p15', template: 'sap-alv', layout: 'table', kind: 'txt', make: TX.sapAlv },
  { person: 'p15', template: 'float-table', layout: 'two-column', kind: 'docx', make: DB.floatTable },

  { person: 'p16', template: 'pe-ficha', layout: 'table', kind: 'docx', make: DA.peFicha },
  { person: 'p16', template: 'float-table', layout: 'two-column', kind: 'docx', make: DB.floatTable },
];

const short: Record<Layout, string> = { single: 'single', 'two-column': 'twocol', table: 'table' };

async function main() {
  const force = process.argv.includes('--force');
  if (existsSync(path.join(here, 'manifest.json')) && !force) {
    console.error('manifest.json exists — the set is already generated. Re-run with --force to regenerate it.');
    process.exit(1);
  }
  if (force) rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });

  const documents: { file: string; person: string; template: string; layout: Layout; producer: string; language: string }[] = [];
  const html: [string, string][] = [];
  const tmp = mkdtempSync(path.join(tmpdir(), 'h46-src-'));
  const pdftotextJobs: { src: string; file: string }[] = [];

  for (const s of S) {
    const p = byId(s.person);
    const stem = `${s.person}-${short[s.layout]}-${s.template}`;
    const entry = { person: s.person, template: s.template, layout: s.layout, language: p.language };
    if (s.kind === 'html') {
      html.push([`${stem}.pdf`, s.make(p)]);
      documents.push({ file: `${stem}.pdf`, producer: 'chromium', ...entry });
    } else if (s.kind === 'docx') {
      writeFileSync(path.join(docs, `${stem}.docx`), await Packer.toBuffer(s.make(p)));
      documents.push({ file: `${stem}.docx`, producer: 'docx', ...entry });
      documents.push({ file: `${stem}.pdf`, producer: 'libreoffice', ...entry });
    } else if (s.kind === 'txt') {
      writeFileSync(path.join(docs, `${stem}.txt`), s.make(p), 'utf8');
      documents.push({ file: `${stem}.txt`, producer: 'txt', ...entry });
    } else {
      // pdftotext: print the source page with Chromium to a scratch folder, then take poppler's default-mode text.
      await printHtml(tmp, [[`${stem}.pdf`, s.make(p)]]);
      pdftotextJobs.push({ src: path.join(tmp, `${stem}.pdf`), file: `${stem}.txt` });
      documents.push({ file: `${stem}.txt`, producer: 'txt', ...entry });
    }
  }
  for (const j of pdftotextJobs) {
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', j.src, '-']).toString('utf8');
    writeFileSync(path.join(docs, j.file), text, 'utf8');
  }
  rmSync(tmp, { recursive: true, force: true });

  await printHtml(docs, html);
  exportDocxToPdf(docs);

  const truth = {
    referenceDate: REF,
    people: people.map((p) => {
      const work = [...p.work].sort((a, b) => (a.start + (a.end ?? '9999') < b.start + (b.end ?? '9999') ? -1 : 1))
        .map((j) => ({ company: j.company, start: j.start, end: j.end }));
      return { id: p.id, language: p.language, name: p.name, email: p.email, phone: p.phone, skills: p.skills, work, yearsOfExperience: yearsWorked(work, REF) };
    }),
    documents,
  };
  for (const d of documents) if (!existsSync(path.join(docs, d.file))) throw new Error(`missing ${d.file}`);
  writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifestOf(docs, documents.map((d) => d.file)), null, 2) + '\n');
  console.log(`heldout-46: ${documents.length} documents from ${people.length} people and ${new Set(S.map((s) => s.template)).size} templates`);
  void readFileSync;
}

await main();
