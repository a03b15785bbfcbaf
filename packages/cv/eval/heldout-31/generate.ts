/**
 * heldout-31 generator: writes documents/, truth.json and manifest.json.
 *   npx tsx eval/heldout-31/generate.ts [--force]      (from packages/cv)
 * Refuses to run once manifest.json exists unless --force is given.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people, type Person } from './people.ts';
import * as en from './forms-en.ts';
import * as zh from './forms-zh.ts';
import * as H from './html.ts';
import * as X from './txt.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(here, 'documents');
const REF = '2026-11';

type Layout = 'single' | 'twocol' | 'table';
type Spec =
  | { kind: 'docx'; id: string; layout: Layout; template: string; make: (p: Person) => Promise<Buffer> }
  | { kind: 'html'; id: string; layout: Layout; template: string; make: (p: Person) => string }
  | { kind: 'txt'; id: string; layout: Layout; template: string; make: (p: Person) => string };

const specs: Spec[] = [
  { kind: 'docx', id: 'p01', layout: 'table', template: 'cbi-iq', make: en.cbiIq },
  { kind: 'html', id: 'p01', layout: 'table', template: 'oracle-orc', make: H.oracleOrc },
  { kind: 'html', id: 'p01', layout: 'single', template: 'wowchemy', make: H.wowchemy },
  { kind: 'docx', id: 'p02', layout: 'table', template: 'malawi-gov', make: en.malawiForm },
  { kind: 'html', id: 'p02', layout: 'table', template: 'chevening', make: H.chevening },
  { kind: 'txt', id: 'p02', layout: 'table', template: 'excel-tab', make: X.excelPaste },
  { kind: 'docx', id: 'p03', layout: 'table', template: 'fig-application', make: en.falklandsForm },
  { kind: 'docx', id: 'p03', layout: 'table', template: 'ciob-review', make: en.ciobRecord },
  { kind: 'docx', id: 'p04', layout: 'table', template: 'samoa-psc', make: en.samoaForm },
  { kind: 'docx', id: 'p04', layout: 'single', template: 'word-ion', make: en.wordIon },
  { kind: 'docx', id: 'p05', layout: 'table', template: 'gibraltar-gov', make: en.gibraltarForm },
  { kind: 'html', id: 'p05', layout: 'table', template: 'fca-form-a', make: H.fcaFormA },
  { kind: 'txt', id: 'p05', layout: 'single', template: 'acrobat-text', make: X.acrobatAccessible },
  { kind: 'docx', id: 'p06', layout: 'table', template: 'saarc-staff', make: en.saarcForm },
  { kind: 'html', id: 'p06', layout: 'table', template: 'ieee-senior', make: H.ieeeSenior },
  { kind: 'html', id: 'p06', layout: 'single', template: 'classicthesis', make: H.classicthesis },
  { kind: 'docx', id: 'p07', layout: 'table', template: 'intl-school', make: en.intlSchool },
  { kind: 'html', id: 'p07', layout: 'table', template: 'ukg-apply', make: H.ukgApply },
  { kind: 'html', id: 'p07', layout: 'twocol', template: 'mscreate-teacher', make: H.msCreateTeacher },
  { kind: 'docx', id: 'p08', layout: 'table', template: 'renmian', make: zh.renmian },
  { kind: 'html', id: 'p08', layout: 'single', template: 'jianliben', make: H.jianliben },
  { kind: 'txt', id: 'p08', layout: 'table', template: 'wps-tsv', make: X.wpsTsv },
  { kind: 'docx', id: 'p09', layout: 'table', template: 'daoshi', make: zh.daoshi },
  { kind: 'html', id: 'p09', layout: 'single', template: 'faculty-page', make: H.facultyPage },
  { kind: 'txt', id: 'p09', layout: 'single', template: 'notepad', make: X.zhNotepad },
  { kind: 'docx', id: 'p10', layout: 'table', template: 'shetuan-beian', make: zh.shetuan },
  { kind: 'html', id: 'p10', layout: 'table', template: 'dayee', make: H.dayee },
  { kind: 'html', id: 'p10', layout: 'twocol', template: 'tuguaishou', make: H.tuguaishou },
  { kind: 'docx', id: 'p11', layout: 'table', template: 'peishenyuan', make: zh.peishenyuan },
  { kind: 'html', id: 'p11', layout: 'single', template: 'office-zh', make: H.officeZh },
  { kind: 'docx', id: 'p12', layout: 'table', template: 'xibu-jihua', make: zh.xibu },
  { kind: 'html', id: 'p12', layout: 'table', template: 'ncss-24365', make: H.ncss },
  { kind: 'docx', id: 'p13', layout: 'table', template: 'cantonfair', make: zh.cantonFair },
  { kind: 'html', id: 'p13', layout: 'twocol', template: 'resumonk', make: H.resumonk },
  { kind: 'html', id: 'p13', layout: 'single', template: 'proz', make: H.proz },
  { kind: 'docx', id: 'p14', layout: 'table', template: 'embassy-les', make: zh.embassyLes },
  { kind: 'html', id: 'p14', layout: 'table', template: 'fesco', make: H.fesco },
  { kind: 'txt', id: 'p14', layout: 'single', template: 'bilingual-plain', make: X.bilingualPlain },
  { kind: 'docx', id: 'p15', layout: 'table', template: 'irca-auditor', make: zh.ircaForm },
  { kind: 'html', id: 'p15', layout: 'table', template: 'dayforce', make: H.dayforce },
  { kind: 'html', id: 'p15', layout: 'twocol', template: 'jekyll-cv', make: H.jekyllCv },
  { kind: 'docx', id: 'p16', layout: 'table', template: 'jv-record', make: zh.jvRecord },
  { kind: 'html', id: 'p16', layout: 'single', template: 'shimo', make: H.shimo },
];

async function main() {
  const force = process.argv.includes('--force');
  if (existsSync(path.join(here, 'manifest.json')) && !force) {
    console.error('manifest.json exists: refusing to regenerate (use --force).');
    process.exit(1);
  }
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  const byId = new Map(people.map((p) => [p.id, p]));
  const documents: { file: string; person: string; template: string; layout: string; producer: string; language: string }[] = [];
  const html: [string, string][] = [];
  const add = (file: string, s: Spec, producer: string) =>
    documents.push({ file, person: s.id, template: s.template, layout: s.layout === 'twocol' ? 'two-column' : s.layout, producer, language: byId.get(s.id)!.language });
  for (const s of specs) {
    const p = byId.get(s.id)!;
    const base = `${s.id}-${s.layout}-${s.template}`;
    if (s.kind === 'docx') {
      writeFileSync(path.join(docs, base + '.docx'), await s.make(p));
      add(base + '.docx', s, 'docx');
      add(base + '.pdf', s, 'libreoffice');
    } else if (s.kind === 'html') {
      html.push([base + '.pdf', s.make(p)]);
      add(base + '.pdf', s, 'chromium');
    } else {
      writeFileSync(path.join(docs, base + '.txt'), s.make(p), 'utf8');
      add(base + '.txt', s, 'txt');
    }
  }
  exportDocxToPdf(docs);
  await printHtml(docs, html);
  documents.sort((a, b) => a.file.localeCompare(b.file));
  const missing = documents.filter((d) => !readdirSync(docs).includes(d.file));
  if (missing.length) throw new Error('missing: ' + missing.map((d) => d.file).join(', '));
  const truth = {
    referenceDate: REF,
    people: people.map((p) => ({
      id: p.id, language: p.language, name: p.name, email: p.email, phone: p.phone,
      skills: p.skills.map((s) => s.join(' | ')),
      work: p.work.map((j) => ({ company: j.company, start: j.start, end: j.end })),
      yearsOfExperience: yearsWorked(p.work, REF),
    })),
    documents,
  };
  writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifestOf(docs, documents.map((d) => d.file)), null, 2) + '\n');
  console.log(`${documents.length} documents written to ${docs}`);
}
main().catch((err) => { console.error(err); process.exit(1); });
