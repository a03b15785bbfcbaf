/**
 * heldout-24 generator: writes documents/, truth.json and manifest.json.
 *   npx tsx eval/heldout-24/generate.ts [--force]      (from packages/cv)
 * Refuses to run once manifest.json exists unless --force is given.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Packer } from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people, byId } from './people.ts';
import { docxForms } from './docx-forms.ts';
import { htmlTemplates } from './html-forms.ts';
import { txtTemplates } from './txt-forms.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(here, 'documents');
const REFERENCE = '2026-11';

type Layout = 'single' | 'twocol' | 'table';
type Producer = 'docx' | 'chromium' | 'txt';
/** [person, layout, template, producer] — every docx entry also yields the LibreOffice PDF of the same file. */
export const plan: [string, Layout, string, Producer][] = [
  ['p01', 'table', 'psc7', 'docx'], ['p01', 'table', 'cscgrid', 'chromium'], ['p01', 'single', 'trey', 'chromium'],
  ['p02', 'table', 'minehr', 'docx'], ['p02', 'table', 'bamboohr', 'chromium'], ['p02', 'twocol', 'livecareer', 'chromium'],
  ['p03', 'table', 'u4prep', 'docx'], ['p03', 'table', 'bamboohr', 'chromium'], ['p03', 'single', 'advisor', 'chromium'],
  ['p04', 'table', 'psc7', 'docx'], ['p04', 'table', 'cscgrid', 'chromium'], ['p04', 'twocol', 'livecareer', 'chromium'],
  ['p05', 'table', 'pesreg', 'docx'], ['p05', 'single', 'manpage', 'txt'], ['p05', 'twocol', 'upwork', 'chromium'],
  ['p06', 'table', 'minehr', 'docx'], ['p06', 'single', 'trey', 'chromium'], ['p06', 'twocol', 'upwork', 'chromium'],
  ['p07', 'table', 'adbcv', 'docx'], ['p07', 'table', 'pmireview', 'chromium'], ['p07', 'single', 'trey', 'chromium'],
  ['p08', 'table', 'jineng', 'docx'], ['p08', 'table', 'zhitong', 'chromium'], ['p08', 'twocol', 'chuangketie', 'chromium'],
  ['p09', 'table', 'renzhi', 'docx'], ['p09', 'table', 'shenkao', 'chromium'], ['p09', 'twocol', 'chuangketie', 'chromium'],
  ['p10', 'table', 'waipai', 'docx'], ['p10', 'table', 'zhitong', 'chromium'], ['p10', 'single', 'tieba', 'txt'],
  ['p11', 'table', 'jiazheng', 'docx'], ['p11', 'table', 'zhitong', 'chromium'], ['p11', 'single', 'xhs', 'txt'],
  ['p12', 'table', 'jingpin', 'docx'], ['p12', 'table', 'yanzhao', 'chromium'], ['p12', 'single', 'yuque', 'chromium'],
  ['p13', 'table', 'visa2013', 'docx'], ['p13', 'table', 'dayee', 'chromium'], ['p13', 'single', 'rst', 'txt'],
  ['p14', 'table', 'jvuniv', 'docx'], ['p14', 'table', 'ihr', 'chromium'], ['p14', 'single', 'yuque', 'chromium'],
  ['p15', 'table', 'ccaa', 'docx'], ['p15', 'table', 'dayee', 'chromium'], ['p15', 'twocol', 'chuangketie', 'chromium'],
  ['p16', 'table', 'jvuniv', 'docx'], ['p16', 'table', 'ihr', 'chromium'], ['p16', 'twocol', 'proz', 'chromium'],
];

async function main(): Promise<void> {
  if (existsSync(path.join(here, 'manifest.json')) && !process.argv.includes('--force')) {
    console.error('heldout-24: manifest.json exists; the set is frozen. Re-run with --force to regenerate.');
    process.exit(1);
  }
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });

  const documents: { file: string; person: string; template: string; layout: string; producer: string; language: string }[] = [];
  const html: [string, string][] = [];
  const truthLayout = (l: Layout) => (l === 'twocol' ? 'two-column' : l);
  for (const [id, layout, template, producer] of plan) {
    const p = byId[id];
    const base = `${id}-${layout}-${template}`;
    const entry = (file: string, prod: string) => documents.push({ file, person: id, template, layout: truthLayout(layout), producer: prod, language: p.language });
    if (producer === 'docx') {
      writeFileSync(path.join(docs, `${base}.docx`), await Packer.toBuffer(docxForms[template](p)));
      entry(`${base}.docx`, 'docx');
      entry(`${base}.pdf`, 'libreoffice');
    } else if (producer === 'chromium') {
      html.push([`${base}.pdf`, htmlTemplates[template](p)]);
      entry(`${base}.pdf`, 'chromium');
    } else {
      writeFileSync(path.join(docs, `${base}.txt`), txtTemplates[template](p), 'utf8');
      entry(`${base}.txt`, 'txt');
    }
  }
  exportDocxToPdf(docs);
  await printHtml(docs, html);

  const onDisk = new Set(readdirSync(docs));
  for (const doc of documents) if (!onDisk.has(doc.file)) throw new Error(`missing ${doc.file}`);

  const truth = {
    referenceDate: REFERENCE,
    people: people.map((p) => ({
      id: p.id,
      language: p.language,
      name: p.name,
      email: p.email,
      phone: p.phone,
      skills: p.skills.map((s) => [s, ...(p.skillAlt?.[s] ?? [])].join(' | ')),
      work: p.jobs.map((j) => ({ company: j.company, start: j.start, end: j.end })),
      yearsOfExperience: yearsWorked(p.jobs, REFERENCE),
    })),
    documents,
  };
  writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  const files = documents.map((x) => x.file).sort();
  writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifestOf(docs, files), null, 2) + '\n');
  console.log(`heldout-24: ${documents.length} documents, ${people.length} people`);
}

await main();
