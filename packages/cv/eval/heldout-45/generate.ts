/**
 * heldout-45 generator: writes every document into documents/, then truth.json and manifest.json.
 * Refuses to run when manifest.json exists unless given --force.
 *
 *   cd packages/cv && npx tsx eval/heldout-45/generate.ts [--force]
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Packer, type Document } from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import * as X from './docx.ts';
import * as H from './html.ts';
import { REFERENCE, byId, people, type Person } from './people.ts';
import * as T from './txt.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(here, 'documents');
const manifestPath = path.join(here, 'manifest.json');

type Layout = 'single' | 'two-column' | 'table';
type Spec =
  | { kind: 'html'; template: string; layout: Layout; persons: string[]; render: (p: Person) => string }
  | { kind: 'docx'; template: string; layout: Layout; persons: string[]; render: (p: Person) => Document }
  | { kind: 'txt'; template: string; layout: Layout; persons: string[]; render: (p: Person) => string };

/** Every template and the people written with it. A DOCX template yields the .docx and LibreOffice's PDF of it. */
export const SPECS: Spec[] = [
  // single
  { kind: 'html', template: 'awesomecv', layout: 'single', persons: ['p03', 'p15'], render: H.awesomecv },
  { kind: 'html', template: 'deckblatt', layout: 'single', persons: ['p16'], render: H.deckblatt },
  { kind: 'html', template: 'zh-fengmian', layout: 'single', persons: ['p08', 'p10'], render: H.zhFengmian },
  { kind: 'html', template: 'jp-agency', layout: 'single', persons: ['p01'], render: H.jpAgency },
  { kind: 'html', template: 'vos-jobbank', layout: 'single', persons: ['p07'], render: H.vosJobbank },
  { kind: 'html', template: 'zh-mingpian', layout: 'single', persons: ['p13', 'p15'], render: H.zhMingpian },
  { kind: 'html', template: 'vn-portal', layout: 'single', persons: ['p06'], render: H.vietnamworks },
  { kind: 'html', template: 'zh-yingpin-first', layout: 'single', persons: ['p11', 'p09'], render: H.zhYingpinFirst },
  { kind: 'docx', template: 'footer-contact', layout: 'single', persons: ['p02'], render: X.footerContact },
  { kind: 'docx', template: 'nl-kop', layout: 'single', persons: ['p03'], render: X.nlKop },
  { kind: 'docx', template: 'zh-yemei', layout: 'single', persons: ['p09'], render: X.zhYemei },
  { kind: 'docx', template: 'us-cpa', layout: 'single', persons: ['p07'], render: X.usCpa },
  { kind: 'txt', template: 'fax-ocr', layout: 'single', persons: ['p01', 'p16'], render: T.faxOcr },
  { kind: 'txt', template: 'wjx', layout: 'single', persons: ['p12', 'p09'], render: T.wjx },
  { kind: 'txt', template: 'cf7-mail', layout: 'single', persons: ['p07', 'p05', 'p04'], render: T.cf7Mail },
  { kind: 'txt', template: 'resume-json', layout: 'single', persons: ['p03', 'p14'], render: T.resumeJson },
  { kind: 'txt', template: 'baixing', layout: 'single', persons: ['p08'], render: T.baixing },
  // table
  { kind: 'html', template: 'cvn', layout: 'table', persons: ['p04'], render: H.cvn },
  { kind: 'html', template: 'jobroom', layout: 'table', persons: ['p02'], render: H.jobroom },
  { kind: 'html', template: 'zh-biaoge', layout: 'table', persons: ['p08', 'p11'], render: H.zhBiaoge },
  { kind: 'html', template: 'bilingual-grid', layout: 'table', persons: ['p13', 'p14', 'p15', 'p16'], render: H.bilingualGrid },
  { kind: 'docx', template: 'vn-soyeu', layout: 'table', persons: ['p06'], render: X.vnSoyeu },
  { kind: 'docx', template: 'zh-gezi', layout: 'table', persons: ['p12', 'p10'], render: X.zhGezi },
  { kind: 'docx', template: 'bem-cv', layout: 'table', persons: ['p05'], render: X.bemCv },
  // two-column
  { kind: 'docx', template: 'modelocv-es', layout: 'two-column', persons: ['p04'], render: X.modelocvEs },
  { kind: 'docx', template: 'twocell-namephoto', layout: 'two-column', persons: ['p01', 'p14'], render: X.twocellNamephoto },
  { kind: 'docx', template: 'hk-photo-right', layout: 'two-column', persons: ['p13'], render: X.hkPhotoRight },
  { kind: 'html', template: 'resumeio-dublin', layout: 'two-column', persons: ['p06'], render: H.resumeioDublin },
  { kind: 'html', template: 'myfuturejobs', layout: 'two-column', persons: ['p05'], render: H.myfuturejobs },
  { kind: 'html', template: 'notion-cols', layout: 'two-column', persons: ['p11', 'p02'], render: H.notionCols },
  { kind: 'html', template: 'zh-zhaopian', layout: 'two-column', persons: ['p10', 'p12'], render: H.zhZhaopian },
  { kind: 'html', template: 'header-split-name', layout: 'two-column', persons: ['p15', 'p16'], render: H.headerSplitName },
];

const short: Record<Layout, string> = { single: 'single', 'two-column': 'twocol', table: 'table' };

interface DocEntry { file: string; person: string; template: string; layout: Layout; producer: 'chromium' | 'docx' | 'libreoffice' | 'txt'; language: string }

async function main(): Promise<void> {
  const force = process.argv.includes('--force');
  if (existsSync(manifestPath) && !force) {
    console.error(`${manifestPath} exists; the set is already generated. Re-run with --force to regenerate it.`);
    process.exit(1);
  }
  if (existsSync(docs)) rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });

  const entries: DocEntry[] = [];
  const html: [string, string][] = [];
  for (const spec of SPECS) {
    for (const id of spec.persons) {
      const p = byId(id);
      const base = `${id}-${short[spec.layout]}-${spec.template}`;
      const entry = (file: string, producer: DocEntry['producer']): DocEntry => ({ file, person: id, template: spec.template, layout: spec.layout, producer, language: p.language });
      if (spec.kind === 'html') {
        html.push([`${base}.pdf`, spec.render(p)]);
        entries.push(entry(`${base}.pdf`, 'chromium'));
      } else if (spec.kind === 'docx') {
        writeFileSync(path.join(docs, `${base}.docx`), await Packer.toBuffer(spec.render(p)));
        entries.push(entry(`${base}.docx`, 'docx'));
        entries.push(entry(`${base}.pdf`, 'libreoffice'));
      } else {
        writeFileSync(path.join(docs, `${base}.txt`), spec.render(p), 'utf8');
        entries.push(entry(`${base}.txt`, 'txt'));
      }
    }
  }
  await printHtml(docs, html);
  exportDocxToPdf(docs);

  const files = entries.map((e) => e.file).sort();
  const extra = readdirSync(docs).filter((f) => !files.includes(f));
  if (extra.length) throw new Error(`unexpected files in documents/: ${extra.join(', ')}`);

  entries.sort((a, b) => a.file.localeCompare(b.file));
  const truth = {
    referenceDate: REFERENCE,
    people: people.map((p) => ({
      id: p.id, language: p.language, name: p.name, email: p.email, phone: p.phone, skills: p.skills,
      work: p.work.map((j) => ({ company: j.company, start: j.start, end: j.end })),
      yearsOfExperience: yearsWorked(p.work, REFERENCE),
    })),
    documents: entries,
  };
  writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  writeFileSync(manifestPath, JSON.stringify(manifestOf(docs, files), null, 2) + '\n');
  console.log(`heldout-45: ${entries.length} documents from ${people.length} people and ${SPECS.length} templates`);
}

await main();
