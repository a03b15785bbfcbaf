/**
 * heldout-28 generator: writes documents/, truth.json and manifest.json.
 *   npx tsx eval/heldout-28/generate.ts [--force]     (from packages/cv)
 * Refuses to run once manifest.json exists unless --force is given.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Packer, type Document } from 'docx';
import { exportDocxToPdf, printHtml, yearsWorked, manifestOf } from '../dev-layouts/render.ts';
import { people, type Person } from './people.ts';
import * as H from './templates-html.ts';
import * as D from './templates-docx.ts';
import * as T from './templates-txt.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(here, 'documents');
const REF = '2026-11';
if (existsSync(path.join(here, 'manifest.json')) && !process.argv.includes('--force')) {
  console.error('heldout-28: manifest.json exists; refusing to regenerate (pass --force to overwrite).');
  process.exit(1);
}

type Layout = 'single' | 'twocol' | 'table';
type Plan = { id: string; kind: 'html' | 'docx' | 'txt'; layout: Layout; template: string };
const html: Record<string, (p: Person) => string> = {
  simplehipster: H.simplehipster, myperfect: H.myperfect, livecareer: H.livecareer, cvmaker: H.cvmaker, adobeexpress: H.adobeexpress, plasmati: H.plasmati,
  developercv: H.developercv, chuangkit: H.chuangkit, gaoding: H.gaoding, lengxiong: H.lengxiong, overleafmlp: H.overleafmlp, standardresume: H.standardresume,
  jobbank: H.jobbank, yilan: H.yilan, huibo: H.huibo, guopin: H.guopin, cvkeskus: H.cvkeskus, gaoxiao: H.gaoxiao,
};
const docx: Record<string, (p: Person) => Document> = {
  wordswiss: D.wordSwiss, wordboldmodern: D.wordBoldModern, zohowriter: D.zohoWriter, onlyoffice: D.onlyoffice, yozo: D.yozo, dajie: D.dajie, hloomtable: D.hloomTable, jiuye: D.jiuye,
};
const txt: Record<string, (p: Person) => string> = { onenote: T.onenote, rfc: T.rfc, gemtext: T.gemtext, youdao: T.youdao, yinxiang: T.yinxiang };

const plan: Plan[] = [];
const add = (id: string, kind: Plan['kind'], layout: Layout, template: string) => plan.push({ id, kind, layout, template });
add('p01', 'docx', 'twocol', 'wordswiss'); add('p01', 'html', 'twocol', 'simplehipster'); add('p01', 'html', 'single', 'overleafmlp');
add('p02', 'docx', 'twocol', 'wordboldmodern'); add('p02', 'html', 'twocol', 'myperfect'); add('p02', 'txt', 'single', 'onenote');
add('p03', 'docx', 'twocol', 'zohowriter'); add('p03', 'html', 'twocol', 'livecareer'); add('p03', 'html', 'single', 'jobbank');
add('p04', 'docx', 'table', 'hloomtable'); add('p04', 'html', 'twocol', 'cvmaker'); add('p04', 'html', 'single', 'standardresume');
add('p05', 'docx', 'single', 'onlyoffice'); add('p05', 'html', 'twocol', 'adobeexpress'); add('p05', 'html', 'twocol', 'plasmati');
add('p06', 'docx', 'twocol', 'zohowriter'); add('p06', 'html', 'twocol', 'developercv'); add('p06', 'txt', 'single', 'rfc');
add('p07', 'docx', 'twocol', 'wordswiss'); add('p07', 'html', 'table', 'cvkeskus'); add('p07', 'txt', 'single', 'gemtext');
add('p08', 'docx', 'twocol', 'yozo'); add('p08', 'html', 'twocol', 'chuangkit'); add('p08', 'txt', 'single', 'youdao');
add('p09', 'docx', 'table', 'dajie'); add('p09', 'html', 'twocol', 'gaoding'); add('p09', 'html', 'twocol', 'lengxiong');
add('p10', 'docx', 'single', 'jiuye'); add('p10', 'html', 'table', 'guopin'); add('p10', 'html', 'twocol', 'chuangkit');
add('p11', 'docx', 'twocol', 'yozo'); add('p11', 'html', 'single', 'yilan'); add('p11', 'txt', 'single', 'yinxiang');
add('p12', 'docx', 'single', 'jiuye'); add('p12', 'html', 'twocol', 'lengxiong'); add('p12', 'html', 'single', 'huibo'); add('p12', 'html', 'table', 'gaoxiao');
add('p13', 'docx', 'twocol', 'wordboldmodern'); add('p13', 'html', 'twocol', 'simplehipster'); add('p13', 'html', 'single', 'standardresume');
add('p14', 'docx', 'twocol', 'yozo'); add('p14', 'html', 'twocol', 'developercv'); add('p14', 'txt', 'single', 'youdao');
add('p15', 'docx', 'single', 'onlyoffice'); add('p15', 'html', 'twocol', 'cvmaker'); add('p15', 'html', 'table', 'gaoxiao');
add('p16', 'docx', 'table', 'hloomtable'); add('p16', 'html', 'twocol', 'myperfect'); add('p16', 'html', 'twocol', 'adobeexpress'); add('p16', 'txt', 'single', 'yinxiang');

const byId = new Map(people.map((p) => [p.id, p]));
rmSync(docs, { recursive: true, force: true });
mkdirSync(docs, { recursive: true });

type DocTruth = { file: string; person: string; template: string; layout: string; producer: string; language: string };
const truthDocs: DocTruth[] = [];
const htmlJobs: [string, string][] = [];
const truthLayout = (l: Layout) => (l === 'twocol' ? 'two-column' : l);
for (const d of plan) {
  const p = byId.get(d.id)!;
  const base = `${d.id}-${d.layout}-${d.template}`;
  const rec = (file: string, producer: string) => truthDocs.push({ file, person: d.id, template: d.template, layout: truthLayout(d.layout), producer, language: p.language });
  if (d.kind === 'html') { htmlJobs.push([`${base}.pdf`, html[d.template](p)]); rec(`${base}.pdf`, 'chromium'); }
  else if (d.kind === 'txt') { writeFileSync(path.join(docs, `${base}.txt`), txt[d.template](p), 'utf8'); rec(`${base}.txt`, 'txt'); }
  else { writeFileSync(path.join(docs, `${base}.docx`), await Packer.toBuffer(docx[d.template](p))); rec(`${base}.docx`, 'docx'); rec(`${base}.pdf`, 'libreoffice'); }
}
await printHtml(docs, htmlJobs);
exportDocxToPdf(docs);

const files = truthDocs.map((d) => d.file).sort();
const present = new Set(readdirSync(docs));
for (const f of files) if (!present.has(f)) throw new Error(`missing ${f}`);
truthDocs.sort((a, b) => a.file.localeCompare(b.file));
const truth = {
  referenceDate: REF,
  people: people.map((p) => ({
    id: p.id, language: p.language, name: p.name, email: p.email, phone: p.e164, skills: p.skills,
    work: p.work.map((j) => ({ company: j.company, start: j.start, end: j.end })),
    yearsOfExperience: yearsWorked(p.work, REF),
  })),
  documents: truthDocs,
};
writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifestOf(docs, files), null, 2) + '\n');
const count = (k: (d: DocTruth) => string) => truthDocs.reduce<Record<string, number>>((a, d) => ((a[k(d)] = (a[k(d)] ?? 0) + 1), a), {});
console.log(`heldout-28: ${truthDocs.length} documents`, count((d) => d.layout), count((d) => d.producer), count((d) => d.language));
