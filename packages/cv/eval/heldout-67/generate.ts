/**
 * heldout-67 generator: writes every document into documents/, then truth.json and manifest.json.
 * Run from packages/cv:  npx tsx eval/heldout-67/generate.ts [--force]
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Packer, type Document } from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people, type Person } from './people.ts';
import * as H from './html.ts';
import * as D from './docx.ts';
import * as T from './txt.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(here, 'documents');
const REF = '2026-12';
type Layout = 'single' | 'two-column' | 'table';
type Kind = 'html' | 'docx' | 'txt';
interface Spec { person: string; template: string; layout: Layout; kind: Kind; make: (p: Person) => string | Document }

const S = (person: string, template: string, layout: Layout, kind: Kind, make: Spec['make']): Spec => ({ person, template, layout, kind, make });
const specs: Spec[] = [
  S('p01', 'portfolio-career', 'single', 'html', H.portfolioCareer), S('p01', 'parallel-track', 'table', 'html', H.parallelTrack), S('p01', 'prose-gutter', 'two-column', 'docx', D.proseGutter),
  S('p02', 'guide-seasons', 'single', 'html', H.guideSeasons), S('p02', 'season-grid', 'table', 'docx', D.seasonGrid), S('p02', 'txt-seasons', 'single', 'txt', T.txtSeasons),
  S('p03', 'consultant-bio', 'single', 'html', H.consultantBio), S('p03', 'contract-run', 'single', 'docx', D.contractRun), S('p03', 'engagement-table', 'table', 'html', H.engagementTable),
  S('p04', 'roles-held', 'single', 'docx', D.rolesHeld), S('p04', 'bluesky-thread', 'single', 'txt', T.blueskyThread), S('p04', 'parallel-track', 'table', 'html', H.parallelTrack),
  S('p05', 'newsletter-post', 'single', 'html', H.newsletterPost), S('p05', 'roles-held', 'single', 'docx', D.rolesHeld), S('p05', 'parallel-track', 'table', 'html', H.parallelTrack),
  S('p06', 'orchestra-seasons', 'single', 'html', H.orchestraSeasons), S('p06', 'programme-bio', 'two-column', 'html', H.programmeBio), S('p06', 'txt-narrative', 'single', 'txt', T.txtNarrative),
  S('p07', 'za-seasonal', 'single', 'docx', D.zaSeasonal), S('p07', 'txt-narrative', 'single', 'txt', T.txtNarrative), S('p07', 'market-profile', 'two-column', 'html', H.marketProfile),
  S('p08', 'zh-daoyou', 'single', 'html', H.zhDaoyou), S('p08', 'season-grid', 'table', 'docx', D.seasonGrid), S('p08', 'txt-zh-ziliao', 'single', 'txt', T.txtZhZiliao),
  S('p09', 'zh-jiaolian', 'single', 'html', H.zhJiaolian), S('p09', 'zh-2cell', 'two-column', 'docx', D.zh2cell), S('p09', 'parallel-track', 'table', 'html', H.parallelTrack),
  S('p10', 'zh-xiangmu', 'single', 'docx', D.zhXiangmu), S('p10', 'zh-status-table', 'table', 'html', H.zhStatusTable), S('p10', 'txt-zh-ziliao', 'single', 'txt', T.txtZhZiliao),
  S('p11', 'zbj-shop', 'two-column', 'html', H.zbjShop), S('p11', 'xianyu-listing', 'single', 'txt', T.xianyuListing), S('p11', 'zh-2cell', 'two-column', 'docx', D.zh2cell),
  S('p12', 'doumi-profile', 'single', 'html', H.doumiProfile), S('p12', 'gap-table', 'table', 'docx', D.gapTable), S('p12', 'qq-group-post', 'single', 'txt', T.qqGroupPost),
  S('p13', 'contract-run', 'single', 'docx', D.contractRun), S('p13', 'market-profile', 'two-column', 'html', H.marketProfile), S('p13', 'engagement-table', 'table', 'html', H.engagementTable),
  S('p14', 'jasoseo', 'single', 'html', H.jasoseo), S('p14', 'gap-table', 'table', 'docx', D.gapTable), S('p14', 'txt-zh-ziliao', 'single', 'txt', T.txtZhZiliao),
  S('p15', 'newsletter-post', 'single', 'html', H.newsletterPost), S('p15', 'market-profile', 'two-column', 'html', H.marketProfile), S('p15', 'txt-narrative', 'single', 'txt', T.txtNarrative),
  S('p16', 'behance-profile', 'two-column', 'html', H.behanceProfile), S('p16', 'prose-gutter', 'two-column', 'docx', D.proseGutter),
];

const short = (l: Layout) => (l === 'two-column' ? 'twocol' : l);

async function main() {
  if (existsSync(path.join(here, 'manifest.json')) && !process.argv.includes('--force')) {
    console.error('manifest.json exists — refusing to overwrite (use --force).');
    process.exit(1);
  }
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  const byId = new Map(people.map((p) => [p.id, p]));
  const html: [string, string][] = [];
  const entries: { file: string; person: string; template: string; layout: Layout; producer: string; language: string }[] = [];
  for (const s of specs) {
    const p = byId.get(s.person)!;
    const base = `${p.id}-${short(s.layout)}-${s.template}`;
    const e = { person: p.id, template: s.template, layout: s.layout, language: p.lang };
    if (s.kind === 'html') { html.push([`${base}.pdf`, s.make(p) as string]); entries.push({ file: `${base}.pdf`, ...e, producer: 'chromium' }); }
    else if (s.kind === 'txt') { writeFileSync(path.join(docs, `${base}.txt`), s.make(p) as string, 'utf8'); entries.push({ file: `${base}.txt`, ...e, producer: 'txt' }); }
    else {
      writeFileSync(path.join(docs, `${base}.docx`), await Packer.toBuffer(s.make(p) as Document));
      entries.push({ file: `${base}.docx`, ...e, producer: 'docx' }, { file: `${base}.pdf`, ...e, producer: 'libreoffice' });
    }
  }
  await printHtml(docs, html);
  exportDocxToPdf(docs);
  const files = entries.map((e) => e.file);
  const missing = files.filter((f) => !readdirSync(docs).includes(f));
  if (missing.length) throw new Error(`missing: ${missing.join(', ')}`);
  const truth = {
    referenceDate: REF,
    people: people.map((p) => ({
      id: p.id, language: p.lang, name: p.name, email: p.email, phone: p.phone,
      skills: p.skills.map((s) => [s, ...(p.skillSyn?.[s] ?? [])].join(' | ')),
      work: [...p.jobs].sort((a, b) => a.start.localeCompare(b.start) || (a.end ?? '9999').localeCompare(b.end ?? '9999')).map((j) => ({ company: j.company, start: j.start, end: j.end })),
      yearsOfExperience: yearsWorked(p.jobs, REF),
    })),
    documents: entries,
  };
  writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifestOf(docs, files), null, 2) + '\n');
  console.log(`${entries.length} documents, ${people.length} people, ${new Set(specs.map((s) => s.template)).size} templates`);
}
main().catch((e) => { console.error(e); process.exit(1); });
