/**
 * heldout-51 generator: writes documents/, truth.json and manifest.json.
 *   cd packages/cv && npx tsx eval/heldout-51/generate.ts [--force]
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Packer, type Document } from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people, type Person } from './people.ts';
import * as H from './html.ts';
import * as T from './txt.ts';
import * as D from './docxs.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(here, 'documents');
const REF = '2026-12';

type Layout = 'single' | 'two-column' | 'table';
type Kind = 'html' | 'txt' | 'docx';
/** [template, layout, kind, renderer, people] */
const plan: [string, Layout, Kind, (p: Person) => any, string[]][] = [
  ['letter-prose', 'single', 'html', H.letterProse, ['p01', 'p05']],
  ['zh-jiangshi', 'single', 'html', H.zhJiangshi, ['p09', 'p11', 'p12']],
  ['semester', 'single', 'html', H.semester, ['p04']],
  ['board-cv', 'single', 'html', H.boardCv, ['p07']],
  ['wp-about', 'single', 'html', H.wpAbout, ['p13', 'p16']],
  ['footer-brackets', 'single', 'html', H.footerBrackets, ['p02', 'p06']],
  ['zh-arrow', 'single', 'html', H.zhArrow, ['p10', 'p14']],
  ['eml-raw', 'single', 'txt', T.emlRaw, ['p02', 'p07']],
  ['joplin-md', 'single', 'txt', T.joplinMd, ['p06', 'p13']],
  ['host-readme', 'single', 'txt', T.hostReadme, ['p08', 'p16']],
  ['bili-zhuanlan', 'single', 'txt', T.biliZhuanlan, ['p10']],
  ['textile-redmine', 'single', 'txt', T.textileRedmine, ['p03']],
  ['discord-post', 'single', 'txt', T.discordPost, ['p05']],
  ['docx-quarters', 'single', 'docx', D.docxQuarters, ['p03']],
  ['hdr-ext', 'single', 'docx', D.docxHdrExt, ['p01', 'p04']],
  ['zh-brackets-list', 'single', 'docx', D.docxZhBrackets, ['p09', 'p12']],
  ['hk-particulars', 'single', 'docx', D.docxHkBilingual, ['p14', 'p15']],
  ['stacked-dates', 'table', 'html', H.stackedDates, ['p01', 'p03', 'p06', 'p07']],
  ['ke-univ-form', 'table', 'docx', D.keUnivForm, ['p05']],
  ['dengjika', 'table', 'html', H.dengjika, ['p08', 'p09', 'p10', 'p12']],
  ['bilingual-record', 'table', 'docx', D.bilingualRecord, ['p15', 'p16']],
  ['floats-en', 'two-column', 'html', H.floatsEn, ['p04', 'p06', 'p07']],
  ['zh-shuangse', 'two-column', 'html', H.zhShuangse, ['p10', 'p11', 'p14']],
  ['sect-cols', 'two-column', 'docx', D.docxSectCols, ['p02', 'p13']],
  ['zh-twocell-left', 'two-column', 'docx', D.docxZhTwocol, ['p08', 'p11']],
];
const short = { single: 'single', 'two-column': 'twocol', table: 'table' } as const;

async function main() {
  const force = process.argv.includes('--force');
  if (existsSync(path.join(here, 'manifest.json')) && !force) {
    console.error('manifest.json exists: refusing to overwrite the committed set (use --force).');
    process.exit(1);
  }
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  const byId = new Map(people.map((p) => [p.id, p]));
  const entries: any[] = [];
  const html: [string, string][] = [];
  for (const [template, layout, kind, render, ids] of plan) {
    for (const id of ids) {
      const p = byId.get(id)!;
      const base = `${id}-${short[layout]}-${template}`;
      const e = (file: string, producer: string) => entries.push({ file, person: id, template, layout, producer, language: p.lang });
      if (kind === 'html') { html.push([`${base}.pdf`, render(p)]); e(`${base}.pdf`, 'chromium'); }
      if (kind === 'txt') { writeFileSync(path.join(docs, `${base}.txt`), render(p), 'utf8'); e(`${base}.txt`, 'txt'); }
      if (kind === 'docx') {
        writeFileSync(path.join(docs, `${base}.docx`), await Packer.toBuffer(render(p) as Document));
        e(`${base}.docx`, 'docx'); e(`${base}.pdf`, 'libreoffice');
      }
    }
  }
  await printHtml(docs, html);
  exportDocxToPdf(docs);
  entries.sort((a, b) => a.file.localeCompare(b.file));
  const truth = {
    referenceDate: REF,
    people: people.map((p) => ({
      id: p.id, language: p.lang, name: p.name, email: p.email, phone: p.phone,
      skills: p.skills.map((s) => [s.p, ...(s.syn ?? [])].join(' | ')),
      work: [...p.work].sort((a, b) => a.start.localeCompare(b.start) || a.company.localeCompare(b.company)).map((j) => ({ company: j.company, start: j.start, end: j.end })),
      yearsOfExperience: yearsWorked(p.work, REF),
    })),
    documents: entries,
  };
  const files = entries.map((x) => x.file);
  const stray = readdirSync(docs).filter((f) => !files.includes(f));
  if (stray.length) throw new Error(`unlisted files: ${stray.join(', ')}`);
  writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifestOf(docs, files), null, 2) + '\n');
  console.log(`${entries.length} documents, ${people.length} people, ${plan.length} templates`);
}
main().catch((e) => { console.error(e); process.exit(1); });
