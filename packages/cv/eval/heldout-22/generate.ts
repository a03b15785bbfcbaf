/**
 * heldout-22 generator: writes documents/, truth.json and manifest.json.
 *   npx tsx eval/heldout-22/generate.ts [--force]
 * Refuses to run once manifest.json exists unless --force is given.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people, type Person } from './people.ts';
import * as H from './html.ts';
import * as D from './docx.ts';
import * as T from './txt.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(here, 'documents');
const REF = '2026-11';

type Layout = 'single' | 'twocol' | 'table';
type Kind = 'html' | 'docx' | 'txt';
interface Spec { person: string; template: string; layout: Layout; kind: Kind }

const htmlT: Record<string, (p: Person) => string> = {
  mcdowell: H.mcdowell, rescls: H.rescls, jsonresume: H.jsonresume, typst: H.typst, military: H.military, nursing: H.nursing, legal: H.legal,
  lever: H.lever, twentysecond: H.twentysecond, friggeri: H.friggeri, jobsdb: H.jobsdb, glints: H.glints, nowcoder: H.nowcoder, chinahr: H.chinahr,
  veryeast: H.veryeast, dxy: H.dxy, feishu: H.feishu, yourator: H.yourator, quanmin: H.quanmin,
};
const docxT: Record<string, (p: Person) => Promise<Buffer>> = {
  officebasic: D.officebasic, atsplain: D.atsplain, letterhead: D.letterhead, eastafrica: D.eastafrica, emptable: D.emptable, initials: D.initials,
  hkcv: D.hkcv, zhnumbered: D.zhnumbered, zhtable: D.zhtable, twautobio: D.twautobio,
};
const txtT: Record<string, (p: Person) => string> = { ascii: T.ascii, tc58: T.tc58, yupao: T.yupao, wechat: T.wechat, ptt: T.ptt };

const kindOf = (t: string): Kind => (t in htmlT ? 'html' : t in docxT ? 'docx' : 'txt');
const layoutOf: Record<string, Layout> = { twentysecond: 'twocol', friggeri: 'twocol', quanmin: 'twocol', initials: 'twocol', emptable: 'table', zhtable: 'table', twautobio: 'table' };

export const plan: Record<string, string[]> = {
  p01: ['military', 'ascii', 'officebasic'],
  p02: ['nursing', 'atsplain', 'twentysecond'],
  p03: ['mcdowell', 'letterhead', 'typst'],
  p04: ['rescls', 'initials', 'jsonresume'],
  p05: ['eastafrica', 'emptable', 'typst'],
  p06: ['legal', 'lever', 'officebasic'],
  p07: ['eastafrica', 'friggeri', 'ascii'],
  p08: ['nowcoder', 'zhnumbered', 'quanmin'],
  p09: ['yupao', 'tc58', 'zhtable'],
  p10: ['veryeast', 'wechat', 'zhnumbered'],
  p11: ['dxy', 'chinahr', 'zhtable'],
  p12: ['twautobio', 'yourator', 'ptt'],
  p13: ['jobsdb', 'hkcv', 'twentysecond'],
  p14: ['feishu', 'lever', 'initials'],
  p15: ['glints', 'typst', 'atsplain'],
  p16: ['mcdowell', 'friggeri', 'officebasic'],
};

export function specs(): Spec[] {
  return Object.entries(plan).flatMap(([person, ts]) => ts.map((template) => ({ person, template, layout: layoutOf[template] ?? 'single', kind: kindOf(template) })));
}

async function main() {
  const force = process.argv.includes('--force');
  if (existsSync(path.join(here, 'manifest.json')) && !force) {
    console.error('heldout-22: manifest.json exists; refusing to regenerate (pass --force).');
    process.exit(1);
  }
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  const byId = new Map(people.map((p) => [p.id, p]));
  const html: [string, string][] = [];
  const documents: { file: string; person: string; template: string; layout: string; producer: string; language: string }[] = [];
  const add = (file: string, s: Spec, producer: string) =>
    documents.push({ file, person: s.person, template: s.template, layout: s.layout === 'twocol' ? 'two-column' : s.layout, producer, language: byId.get(s.person)!.language });
  for (const s of specs()) {
    const p = byId.get(s.person)!;
    const base = `${s.person}-${s.layout}-${s.template}`;
    if (s.kind === 'html') { html.push([`${base}.pdf`, htmlT[s.template]!(p)]); add(`${base}.pdf`, s, 'chromium'); }
    else if (s.kind === 'txt') { writeFileSync(path.join(docs, `${base}.txt`), txtT[s.template]!(p), 'utf8'); add(`${base}.txt`, s, 'txt'); }
    else {
      writeFileSync(path.join(docs, `${base}.docx`), await docxT[s.template]!(p));
      add(`${base}.docx`, s, 'docx');
      add(`${base}.pdf`, s, 'libreoffice');
    }
  }
  await printHtml(docs, html);
  exportDocxToPdf(docs);
  const files = documents.map((d) => d.file).sort();
  const missing = files.filter((f) => !existsSync(path.join(docs, f)));
  if (missing.length) throw new Error(`missing: ${missing.join(', ')}`);
  const extra = readdirSync(docs).filter((f) => !files.includes(f));
  if (extra.length) throw new Error(`unexpected: ${extra.join(', ')}`);
  const truth = {
    referenceDate: REF,
    people: people.map((p) => ({
      id: p.id, language: p.language, name: p.name, email: p.email, phone: p.phone,
      skills: p.skills.map((k) => [k.text, ...(k.alts ?? [])].join(' | ')),
      work: p.work.map((j) => ({ company: j.company, start: j.start, end: j.end })),
      yearsOfExperience: yearsWorked(p.work, REF),
    })),
    documents: documents.sort((a, b) => a.file.localeCompare(b.file)),
  };
  writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifestOf(docs, files), null, 2) + '\n');
  console.log(`heldout-22: ${files.length} documents`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
