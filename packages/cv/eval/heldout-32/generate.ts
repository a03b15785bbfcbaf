/**
 * heldout-32 generator: writes documents/, truth.json and manifest.json.
 *   npx tsx eval/heldout-32/generate.ts [--force]      (from packages/cv)
 * Refuses to run once manifest.json exists unless --force is given.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people, type Person } from './people.ts';
import * as html from './html.ts';
import * as word from './word.ts';
import * as text from './text.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(here, 'documents');
const REF = '2026-11';
type Layout = 'single' | 'twocol' | 'table';
type Kind = 'html' | 'docx' | 'txt';

const H: Record<string, (p: Person) => string> = {
  'mv-jobform': html.mvJobform, orcid: html.orcid, brightermonday: html.brighterMonday, toptal: html.toptal, teamtailor: html.teamtailor,
  jazzhr: html.jazzhr, culinary: html.culinary, proz: html.proz, id990a: html.id990a, 'sfc-supp4': html.sfcSupplement, 'excel-zh': html.excelZh,
  dayee: html.dayee, billryan: html.billryan, zhitu: html.zhitu, wangshen: html.wangshen,
};
const D: Record<string, (p: Person) => import('docx').Document> = {
  timeless: word.timeless, polished: word.polished, 'sey-psform': word.seychellesForm, 'tonga-psc': word.tongaPsc, 'fig-form': word.falklandsForm,
  xiongmao: word.xiongmao, 'ms-jianyue': word.msZhTwoCol, chuangye: word.chuangye,
};
const X: Record<string, (p: Person) => string> = { notepad: text.notepad, 'hn-hired': text.hnHired, dianya: text.dianya };

/** [person, layout, template] — the producer follows from the template. */
const plan: [string, Layout, string][] = [
  ['p01', 'table', 'mv-jobform'], ['p01', 'single', 'timeless'], ['p01', 'single', 'notepad'],
  ['p02', 'single', 'orcid'], ['p02', 'table', 'sey-psform'],
  ['p03', 'table', 'tonga-psc'], ['p03', 'twocol', 'polished'], ['p03', 'twocol', 'jazzhr'],
  ['p04', 'twocol', 'brightermonday'], ['p04', 'single', 'timeless'],
  ['p05', 'twocol', 'toptal'], ['p05', 'single', 'teamtailor'], ['p05', 'twocol', 'polished'], ['p05', 'single', 'hn-hired'],
  ['p06', 'single', 'culinary'], ['p06', 'twocol', 'jazzhr'], ['p06', 'single', 'timeless'],
  ['p07', 'table', 'fig-form'], ['p07', 'single', 'orcid'], ['p07', 'single', 'notepad'],
  ['p08', 'table', 'excel-zh'], ['p08', 'twocol', 'zhitu'], ['p08', 'table', 'xiongmao'],
  ['p09', 'single', 'billryan'], ['p09', 'single', 'dianya'], ['p09', 'twocol', 'zhitu'],
  ['p10', 'table', 'dayee'], ['p10', 'table', 'xiongmao'], ['p10', 'single', 'wangshen'], ['p10', 'table', 'excel-zh'],
  ['p11', 'table', 'excel-zh'], ['p11', 'table', 'dayee'], ['p11', 'twocol', 'ms-jianyue'],
  ['p12', 'table', 'chuangye'], ['p12', 'single', 'billryan'], ['p12', 'twocol', 'zhitu'], ['p12', 'table', 'dayee'],
  ['p13', 'table', 'sfc-supp4'], ['p13', 'twocol', 'polished'], ['p13', 'twocol', 'jazzhr'],
  ['p14', 'twocol', 'proz'], ['p14', 'table', 'id990a'], ['p14', 'single', 'timeless'],
  ['p15', 'single', 'orcid'], ['p15', 'twocol', 'toptal'], ['p15', 'single', 'hn-hired'],
  ['p16', 'twocol', 'toptal'], ['p16', 'single', 'teamtailor'], ['p16', 'twocol', 'ms-jianyue'],
];

async function main() {
  if (existsSync(path.join(here, 'manifest.json')) && !process.argv.includes('--force')) {
    console.error('manifest.json exists: this set is frozen. Re-run with --force to regenerate.');
    process.exit(1);
  }
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  const byId = new Map(people.map((p) => [p.id, p]));
  const documents: { file: string; person: string; template: string; layout: string; producer: string; language: string }[] = [];
  const pages: [string, string][] = [];
  for (const [id, layout, template] of plan) {
    const p = byId.get(id)!;
    const base = `${id}-${layout}-${template}`;
    const entry = (file: string, producer: string) => documents.push({ file, person: id, template, layout: layout === 'twocol' ? 'two-column' : layout, producer, language: p.language });
    const kind: Kind = H[template] ? 'html' : D[template] ? 'docx' : X[template] ? 'txt' : (() => { throw new Error(`unknown template ${template}`); })();
    if (kind === 'html') { pages.push([`${base}.pdf`, H[template](p)]); entry(`${base}.pdf`, 'chromium'); }
    if (kind === 'docx') { writeFileSync(path.join(docs, `${base}.docx`), await word.pack(D[template](p))); entry(`${base}.docx`, 'docx'); entry(`${base}.pdf`, 'libreoffice'); }
    if (kind === 'txt') { writeFileSync(path.join(docs, `${base}.txt`), X[template](p), 'utf8'); entry(`${base}.txt`, 'txt'); }
  }
  await printHtml(docs, pages);
  exportDocxToPdf(docs);
  const files = documents.map((x) => x.file);
  const stray = readdirSync(docs).filter((f) => !files.includes(f));
  if (stray.length) throw new Error(`unexpected files in documents/: ${stray.join(', ')}`);
  const truth = {
    referenceDate: REF,
    people: people.map((p) => {
      const work = p.jobs.map((j) => ({ company: j.company, start: j.start, end: j.end }));
      return { id: p.id, language: p.language, name: p.name, email: p.email, phone: p.phone, skills: p.skills, work, yearsOfExperience: yearsWorked(work, REF) };
    }),
    documents,
  };
  writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifestOf(docs, files), null, 2) + '\n');
  console.log(`heldout-32: ${documents.length} documents for ${people.length} people`);
}
main().catch((e) => { console.error(e); process.exit(1); });
