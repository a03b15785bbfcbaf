/**
 * heldout-65 generator: writes every document into documents/, then truth.json and manifest.json.
 *   cd packages/cv && npx tsx eval/heldout-65/generate.ts [--force]
 * Refuses to run when manifest.json exists unless --force is given.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people } from './people.ts';
import * as D from './docx.ts';
import * as H from './html.ts';
import * as X from './txt.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(here, 'documents');
const REF = '2026-12';

type Layout = 'single' | 'two-column' | 'table';
type Kind = 'docx' | 'chromium' | 'txt';
interface Item { person: string; template: string; layout: Layout; kind: Kind; make: () => Promise<Buffer> | Buffer | string }

const short: Record<Layout, string> = { single: 'single', 'two-column': 'twocol', table: 'table' };
const plan: Item[] = [
  // p01 — Callum McInnes (en, UK)
  { person: 'p01', template: 'bs7858', layout: 'table', kind: 'docx', make: () => D.bs7858() },
  { person: 'p01', template: 'ptab-word', layout: 'single', kind: 'docx', make: () => D.ptabCv('p01') },
  // p02 — Eilidh Grant (en, UK offshore)
  { person: 'p02', template: 'rotation-cv', layout: 'table', kind: 'docx', make: () => D.rotationCv('p02') },
  { person: 'p02', template: 'vmerge-rail', layout: 'two-column', kind: 'docx', make: () => D.vmergeRail('p02') },
  // p03 — Mwila Chanda (en, Zambia)
  { person: 'p03', template: 'eiz-record', layout: 'table', kind: 'docx', make: () => D.eizRecord() },
  { person: 'p03', template: 'zamcareers', layout: 'two-column', kind: 'chromium', make: () => H.goZambia() },
  { person: 'p03', template: 'textutil', layout: 'single', kind: 'txt', make: () => X.textutilTxt('p03') },
  // p04 — Litia Naivalu (en, Fiji)
  { person: 'p04', template: 'fiji-cv', layout: 'single', kind: 'docx', make: () => D.fijiCv() },
  { person: 'p04', template: 'vista-twocol', layout: 'two-column', kind: 'chromium', make: () => H.vistaCreate() },
  { person: 'p04', template: 'viva-engage', layout: 'single', kind: 'txt', make: () => X.vivaEngage('p04') },
  // p05 — Dustin Kowalczyk (en, US)
  { person: 'p05', template: 'zip-profile', layout: 'single', kind: 'chromium', make: () => H.zipRecruiter() },
  { person: 'p05', template: 'nextdoor', layout: 'single', kind: 'txt', make: () => X.nextdoorPost() },
  { person: 'p05', template: 'vmerge-rail', layout: 'two-column', kind: 'docx', make: () => D.vmergeRail('p05') },
  // p06 — Émilie Tremblay-Roy (en, Canada)
  { person: 'p06', template: 'arthangar', layout: 'two-column', kind: 'chromium', make: () => H.artStation() },
  { person: 'p06', template: 'polycount', layout: 'single', kind: 'txt', make: () => X.polycountPost() },
  { person: 'p06', template: 'vmerge-rail', layout: 'two-column', kind: 'docx', make: () => D.vmergeRail('p06') },
  // p07 — Daniel Vella (en, Malta)
  { person: 'p07', template: 'mga-pdf', layout: 'table', kind: 'chromium', make: () => H.mgaPdf() },
  { person: 'p07', template: 'ptab-word', layout: 'single', kind: 'docx', make: () => D.ptabCv('p07') },
  { person: 'p07', template: 'viva-engage', layout: 'single', kind: 'txt', make: () => X.vivaEngage('p07') },
  // p08 — 周子航 (zh)
  { person: 'p08', template: 'sac-zhuce', layout: 'table', kind: 'chromium', make: () => H.sacZhuce() },
  { person: 'p08', template: 'hexo-md', layout: 'table', kind: 'txt', make: () => X.hexoAbout() },
  { person: 'p08', template: 'dml-panel', layout: 'two-column', kind: 'docx', make: () => D.dmlPanel('p08') },
  // p09 — 覃海龙 (zh)
  { person: 'p09', template: 'form-data', layout: 'table', kind: 'chromium', make: () => H.jinshuju('p09') },
  { person: 'p09', template: 'douyin', layout: 'single', kind: 'txt', make: () => X.douyinPost() },
  { person: 'p09', template: 'reason-lines', layout: 'single', kind: 'docx', make: () => D.reasonLines('p09') },
  // p10 — 欧阳慧敏 (zh)
  { person: 'p10', template: 'form-data', layout: 'table', kind: 'chromium', make: () => H.jinshuju('p10') },
  { person: 'p10', template: 'vmerge-rail', layout: 'two-column', kind: 'docx', make: () => D.vmergeRail('p10') },
  { person: 'p10', template: 'wps-txt', layout: 'two-column', kind: 'txt', make: () => X.wpsTxt() },
  // p11 — 林佩蓁 (zh, Taiwan)
  { person: 'p11', template: 'zhenxuan', layout: 'table', kind: 'docx', make: () => D.zhenXuan() },
  { person: 'p11', template: 'threads', layout: 'single', kind: 'txt', make: () => X.threadsTw() },
  { person: 'p11', template: 'beishen', layout: 'two-column', kind: 'chromium', make: () => H.jiaoZhen() },
  // p12 — 黄振邦 (zh)
  { person: 'p12', template: 'anquan-zhuce', layout: 'table', kind: 'docx', make: () => D.anquanZhuce() },
  { person: 'p12', template: 'dml-panel', layout: 'two-column', kind: 'docx', make: () => D.dmlPanel('p12') },
  // p13 — 郭建伟 (mixed, Uganda)
  { person: 'p13', template: 'rotation-cv', layout: 'table', kind: 'docx', make: () => D.rotationCv('p13') },
  { person: 'p13', template: 'rigcareers', layout: 'two-column', kind: 'chromium', make: () => H.rigCareers() },
  { person: 'p13', template: 'textutil', layout: 'single', kind: 'txt', make: () => X.textutilTxt('p13') },
  // p14 — 陈思颖 (mixed, Canada)
  { person: 'p14', template: 'ircc-ee', layout: 'table', kind: 'chromium', make: () => H.irccEe() },
  { person: 'p14', template: 'dml-panel', layout: 'two-column', kind: 'docx', make: () => D.dmlPanel('p14') },
  // p15 — 王博文 (mixed, Thailand)
  { person: 'p15', template: 'boi-expert', layout: 'table', kind: 'docx', make: () => D.boiExpert() },
  { person: 'p15', template: 'thaijobs', layout: 'two-column', kind: 'chromium', make: () => H.thaiJobs() },
  // p16 — 李雪晴 (mixed, UAE)
  { person: 'p16', template: 'khaleej-jobs', layout: 'two-column', kind: 'chromium', make: () => H.dubaiJobs() },
  { person: 'p16', template: 'reason-lines', layout: 'single', kind: 'docx', make: () => D.reasonLines('p16') },
  { person: 'p16', template: 'textutil', layout: 'single', kind: 'txt', make: () => X.textutilTxt('p16') },
];

async function main() {
  const force = process.argv.includes('--force');
  const manifestPath = path.join(here, 'manifest.json');
  if (existsSync(manifestPath) && !force) {
    console.error('manifest.json exists — refusing to regenerate (use --force).');
    process.exit(1);
  }
  if (existsSync(docs)) rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });

  const documents: { file: string; person: string; template: string; layout: Layout; producer: string; language: string }[] = [];
  const html: [string, string][] = [];
  const lang = (id: string) => people.find((p) => p.id === id)!.lang;
  for (const it of plan) {
    const base = `${it.person}-${short[it.layout]}-${it.template}`;
    const entry = { person: it.person, template: it.template, layout: it.layout, language: lang(it.person) };
    if (it.kind === 'docx') {
      writeFileSync(path.join(docs, `${base}.docx`), (await it.make()) as Buffer);
      documents.push({ file: `${base}.docx`, ...entry, producer: 'docx' });
      documents.push({ file: `${base}.pdf`, ...entry, producer: 'libreoffice' });
    } else if (it.kind === 'chromium') {
      html.push([`${base}.pdf`, (await it.make()) as string]);
      documents.push({ file: `${base}.pdf`, ...entry, producer: 'chromium' });
    } else {
      writeFileSync(path.join(docs, `${base}.txt`), (await it.make()) as string, 'utf8');
      documents.push({ file: `${base}.txt`, ...entry, producer: 'txt' });
    }
  }
  exportDocxToPdf(docs);
  await printHtml(docs, html);

  const files = documents.map((d) => d.file);
  const names = new Set(files);
  if (names.size !== files.length) throw new Error('duplicate file names');
  const extra = readdirSync(docs).filter((f) => !names.has(f));
  if (extra.length) throw new Error(`unexpected files in documents/: ${extra.join(', ')}`);

  const order = (d: (typeof documents)[number]) => `${d.person}-${d.file}`;
  documents.sort((a, b) => (order(a) < order(b) ? -1 : 1));
  const truth = {
    referenceDate: REF,
    people: people.map((p) => ({
      id: p.id, language: p.lang, name: p.name, email: p.email, phone: p.phone, skills: p.skills,
      work: p.work.map((j) => ({ company: j.company, start: j.start, end: j.end })),
      yearsOfExperience: yearsWorked(p.work, REF),
    })),
    documents: documents.map((d) => ({ file: d.file, person: d.person, template: d.template, layout: d.layout, producer: d.producer, language: d.language })),
  };
  writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  writeFileSync(manifestPath, JSON.stringify(manifestOf(docs, documents.map((d) => d.file)), null, 2) + '\n');
  console.log(`wrote ${documents.length} documents, truth.json and manifest.json`);
}

await main();
