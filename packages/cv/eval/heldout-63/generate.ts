/**
 * heldout-63 generator: writes every document into documents/, then truth.json and manifest.json.
 *   cd packages/cv && npx tsx eval/heldout-63/generate.ts [--force]
 * Refuses to run when manifest.json exists unless --force is given.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Packer, type Document } from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import * as D from './docx.ts';
import * as H from './html.ts';
import { people, type Person } from './people.ts';
import * as T from './txt.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DOCS = path.join(HERE, 'documents');
const REF = '2026-12';

if (existsSync(path.join(HERE, 'manifest.json')) && !process.argv.includes('--force')) {
  console.error('heldout-63: manifest.json exists – refusing to overwrite the set (run with --force to regenerate).');
  process.exit(1);
}

type Layout = 'single' | 'two-column' | 'table';
type Producer = 'chromium' | 'docx' | 'libreoffice' | 'txt';
const SHORT: Record<Layout, string> = { single: 'single', 'two-column': 'twocol', table: 'table' };

type Plan =
  | { template: string; layout: Layout; kind: 'html'; who: string[]; make: (p: Person) => string }
  | { template: string; layout: Layout; kind: 'docx'; who: string[]; make: (p: Person) => Document }
  | { template: string; layout: Layout; kind: 'txt'; who: string[]; make: (p: Person) => string };

export const PLAN: Plan[] = [
  // single – Chromium
  { template: 'photo-caption', layout: 'single', kind: 'html', who: ['p01', 'p16'], make: H.photoCaption },
  { template: 'capability-stmt', layout: 'single', kind: 'html', who: ['p06'], make: H.capabilityStatement },
  { template: 'spaced-name-footer', layout: 'single', kind: 'html', who: ['p04', 'p13', 'p15'], make: H.spacedNameFooter },
  { template: 'clinical-grades', layout: 'single', kind: 'html', who: ['p02', 'p08'], make: H.clinicalGrades },
  { template: 'returner-profile', layout: 'single', kind: 'html', who: ['p05'], make: H.returnerProfile },
  { template: 'redseal-hours', layout: 'single', kind: 'html', who: ['p03'], make: H.redsealHours },
  { template: 'zh-chushi', layout: 'single', kind: 'html', who: ['p09'], make: H.zhChushi },
  { template: 'ke-cv-of', layout: 'single', kind: 'html', who: ['p07'], make: H.keCvOf },
  { template: 'tw-yingzheng', layout: 'single', kind: 'html', who: ['p11'], make: H.twYingzheng },
  { template: 'zh-wangke-profile', layout: 'single', kind: 'html', who: ['p10'], make: H.zhWangke },
  // single – Word (+ LibreOffice PDF)
  { template: 'surname-lines', layout: 'single', kind: 'docx', who: ['p07', 'p14'], make: D.surnameLines },
  { template: 'headline-word', layout: 'single', kind: 'docx', who: ['p06', 'p11'], make: D.headlineWord },
  { template: 'refs-at-end', layout: 'single', kind: 'docx', who: ['p12'], make: D.refsAtEnd },
  // single – text
  { template: 'txt-avail', layout: 'single', kind: 'txt', who: ['p03', 'p04', 'p09', 'p16'], make: T.txtAvail },
  { template: 'txt-contracts', layout: 'single', kind: 'txt', who: ['p06', 'p10', 'p15'], make: T.txtContracts },
  { template: 'txt-zh-ziwo', layout: 'single', kind: 'txt', who: ['p08', 'p12'], make: T.txtZhZiwo },
  { template: 'txt-short-cv', layout: 'single', kind: 'txt', who: ['p02', 'p05', 'p07'], make: T.txtShortCv },
  // table
  { template: 'wte-record', layout: 'table', kind: 'docx', who: ['p02', 'p05'], make: D.wteRecord },
  { template: 'trades-site-table', layout: 'table', kind: 'docx', who: ['p03'], make: D.tradesSiteTable },
  { template: 'expertenprofil', layout: 'table', kind: 'docx', who: ['p01'], make: D.expertenprofil },
  { template: 'registration-table', layout: 'table', kind: 'html', who: ['p08', 'p13'], make: H.registrationTable },
  { template: 'contract-ledger', layout: 'table', kind: 'html', who: ['p10', 'p15'], make: H.contractLedger },
  { template: 'keyfacts-table', layout: 'table', kind: 'html', who: ['p04', 'p14'], make: H.keyfactsTable },
  // two-column
  { template: 'chef-2col', layout: 'two-column', kind: 'docx', who: ['p09'], make: D.chef2col },
  { template: 'rsw-cols', layout: 'two-column', kind: 'docx', who: ['p13'], make: D.rswCols },
  { template: 'hotel-textbox', layout: 'two-column', kind: 'docx', who: ['p16'], make: D.hotelTextbox },
  { template: 'float-aside', layout: 'two-column', kind: 'html', who: ['p01', 'p14'], make: H.floatAside },
  { template: 'zh-rail-right', layout: 'two-column', kind: 'html', who: ['p08', 'p10'], make: H.zhRailRight },
  { template: 'flex-bottom-contact', layout: 'two-column', kind: 'html', who: ['p04', 'p15'], make: H.flexBottomContact },
];

interface DocEntry { file: string; person: string; template: string; layout: Layout; producer: Producer; language: string }

async function main() {
  rmSync(DOCS, { recursive: true, force: true });
  mkdirSync(DOCS, { recursive: true });
  const byId = new Map(people.map((p) => [p.id, p]));
  const documents: DocEntry[] = [];
  const html: [string, string][] = [];
  for (const plan of PLAN) {
    for (const id of plan.who) {
      const p = byId.get(id);
      if (!p) throw new Error(`unknown person ${id}`);
      const base = `${p.id}-${SHORT[plan.layout]}-${plan.template}`;
      const entry = (file: string, producer: Producer): DocEntry => ({ file, person: p.id, template: plan.template, layout: plan.layout, producer, language: p.language });
      if (plan.kind === 'html') {
        html.push([`${base}.pdf`, plan.make(p)]);
        documents.push(entry(`${base}.pdf`, 'chromium'));
      } else if (plan.kind === 'docx') {
        writeFileSync(path.join(DOCS, `${base}.docx`), await Packer.toBuffer(plan.make(p)));
        documents.push(entry(`${base}.docx`, 'docx'));
        documents.push(entry(`${base}.pdf`, 'libreoffice'));
      } else {
        writeFileSync(path.join(DOCS, `${base}.txt`), plan.make(p), 'utf8');
        documents.push(entry(`${base}.txt`, 'txt'));
      }
    }
  }
  exportDocxToPdf(DOCS);
  await printHtml(DOCS, html);
  for (const d of documents) if (!existsSync(path.join(DOCS, d.file))) throw new Error(`missing ${d.file}`);
  documents.sort((a, b) => (a.file < b.file ? -1 : 1));

  const truthPeople = people.map((p) => {
    const work = [...p.jobs].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0)).map((j) => ({ company: j.company, start: j.start, end: j.end }));
    return {
      id: p.id,
      language: p.language,
      name: p.name,
      email: p.email,
      phone: p.phone.e164,
      skills: p.skills.map((s) => [s.printed, ...(s.syn ?? [])].join(' | ')),
      work,
      yearsOfExperience: yearsWorked(work, REF),
    };
  });
  const truth = { referenceDate: REF, people: truthPeople, documents };
  writeFileSync(path.join(HERE, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  writeFileSync(path.join(HERE, 'manifest.json'), JSON.stringify(manifestOf(DOCS, documents.map((d) => d.file)), null, 2) + '\n');
  const count = (f: (d: DocEntry) => boolean) => documents.filter(f).length;
  console.log(`heldout-63: ${documents.length} documents (${count((d) => d.producer === 'chromium')} chromium, ${count((d) => d.producer === 'docx')} docx, ${count((d) => d.producer === 'libreoffice')} libreoffice, ${count((d) => d.producer === 'txt')} txt)`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
