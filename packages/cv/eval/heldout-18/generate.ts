/**
 * heldout-18 generator: writes documents/, truth.json and manifest.json.
 *   npx tsx eval/heldout-18/generate.ts [--force]      (from packages/cv)
 * Refuses to run once manifest.json exists unless --force is given.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Packer, type Document } from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people, type Person } from './people.ts';
import * as H from './html-en.ts';
import * as Z from './html-zh.ts';
import * as X from './txt.ts';
import * as W from './docx-templates.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(here, 'documents');
const REF = '2026-11';

if (existsSync(path.join(here, 'manifest.json')) && !process.argv.includes('--force')) {
  console.error('heldout-18: manifest.json exists; the set is frozen. Re-run with --force to regenerate.');
  process.exit(1);
}

type Layout = 'single' | 'twocol' | 'table';
type Kind = 'html' | 'docx' | 'txt';
interface Plan { person: string; template: string; layout: Layout; kind: Kind; make: (p: Person) => string | Document }

const plan: Plan[] = [];
const add = (person: string, template: string, layout: Layout, kind: Kind, make: Plan['make']) => plan.push({ person, template, layout, kind, make });

// English
add('p01', 'tradeq', 'table', 'html', H.tradeq);
add('p01', 'screening', 'table', 'docx', W.screening);
add('p01', 'functional', 'single', 'html', H.functional);
add('p02', 'eras', 'table', 'html', H.eras);
add('p02', 'taleo', 'table', 'txt', X.taleo);
add('p02', 'wordcols', 'twocol', 'docx', W.wordcols);
add('p03', 'euaid', 'table', 'docx', W.euaid);
add('p03', 'kick', 'twocol', 'html', H.kick);
add('p03', 'rendercv', 'single', 'html', H.rendercv);
add('p04', 'ccv', 'table', 'html', H.ccv);
add('p04', 'promotion', 'table', 'docx', W.internal);
add('p04', 'academic', 'single', 'html', H.academic);
add('p05', 'workday', 'table', 'html', H.workday);
add('p05', 'sfsf', 'table', 'html', H.sfsf);
add('p05', 'orgmode', 'single', 'txt', X.orgmode);
add('p05', 'flowcv', 'twocol', 'html', H.flowcv);
add('p05', 'rezi', 'single', 'html', H.rezi);
add('p06', 'euaid', 'table', 'docx', W.euaid);
add('p06', 'sfsf', 'table', 'html', H.sfsf);
add('p06', 'visualcv', 'twocol', 'html', H.visualcv);
add('p07', 'screening', 'table', 'docx', W.screening);
add('p07', 'workday', 'table', 'html', H.workday);
add('p07', 'chronoword', 'single', 'docx', W.chronoword);
// Chinese
add('p08', 'beidiao', 'table', 'docx', W.beidiao);
add('p08', 'lietou', 'table', 'html', Z.lietou);
add('p08', 'zhiye', 'twocol', 'html', Z.zhiye);
add('p09', 'postdoc', 'table', 'docx', W.postdoc);
add('p09', 'nsfc', 'single', 'html', Z.nsfc);
add('p09', 'xueshu', 'single', 'txt', X.xueshu);
add('p10', 'tender', 'table', 'docx', W.tender);
add('p10', 'jianli', 'single', 'txt', X.jianli);
add('p10', 'zhiye', 'twocol', 'html', Z.zhiye);
add('p11', 'gongwu', 'table', 'html', Z.twgongwu);
add('p11', 'tw1111', 'table', 'html', Z.t1111);
add('p11', 'cake', 'twocol', 'html', Z.cake);
add('p12', 'lvshi', 'table', 'html', Z.lvshi);
add('p12', 'beidiao', 'table', 'docx', W.beidiao);
add('p12', 'lvsuo', 'single', 'html', Z.lvsuo);
// mixed
add('p13', 'ds160', 'table', 'docx', W.ds160);
add('p13', 'moka', 'table', 'html', Z.moka);
add('p13', 'chronoword', 'single', 'docx', W.chronoword);
add('p14', 'mba', 'table', 'html', Z.mba);
add('p14', 'wordcols', 'twocol', 'docx', W.wordcols);
add('p14', 'ibank', 'single', 'html', Z.ibank);
add('p15', 'ds160', 'table', 'docx', W.ds160);
add('p15', 'zhiye', 'twocol', 'html', Z.zhiye);
add('p15', 'muji', 'single', 'html', Z.muji);
add('p16', 'moka', 'table', 'html', Z.moka);
add('p16', 'beisen', 'table', 'html', Z.beisen);
add('p16', 'visualcv', 'twocol', 'html', H.visualcv);
add('p16', 'muji', 'single', 'html', Z.muji);

const byId = new Map(people.map((p) => [p.id, p]));

async function main() {
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  const html: [string, string][] = [];
  const truthDocs: { file: string; person: string; template: string; layout: string; producer: string; language: string }[] = [];
  for (const it of plan) {
    const p = byId.get(it.person)!;
    const base = `${it.person}-${it.layout}-${it.template}`;
    const entry = (file: string, producer: string) => truthDocs.push({ file, person: it.person, template: it.template, layout: it.layout === 'twocol' ? 'two-column' : it.layout, producer, language: p.language });
    const out = it.make(p);
    if (it.kind === 'html') { html.push([`${base}.pdf`, out as string]); entry(`${base}.pdf`, 'chromium'); }
    if (it.kind === 'txt') { writeFileSync(path.join(docs, `${base}.txt`), out as string, 'utf8'); entry(`${base}.txt`, 'txt'); }
    if (it.kind === 'docx') {
      writeFileSync(path.join(docs, `${base}.docx`), await Packer.toBuffer(out as Document));
      entry(`${base}.docx`, 'docx'); entry(`${base}.pdf`, 'libreoffice');
    }
  }
  exportDocxToPdf(docs);
  await printHtml(docs, html);

  truthDocs.sort((a, b) => a.file.localeCompare(b.file));
  const files = readdirSync(docs).sort();
  const listed = new Set(truthDocs.map((t) => t.file));
  const stray = files.filter((f) => !listed.has(f));
  const missing = [...listed].filter((f) => !files.includes(f));
  if (stray.length || missing.length) throw new Error(`documents/ mismatch: stray ${stray.join(', ')} missing ${missing.join(', ')}`);

  const truth = {
    referenceDate: REF,
    people: people.map((p) => ({
      id: p.id, language: p.language, name: p.name, email: p.email, phone: p.phone, skills: p.skills,
      work: p.work.map((j) => ({ company: j.company, start: j.start, end: j.end })),
      yearsOfExperience: yearsWorked(p.work, REF),
    })),
    documents: truthDocs,
  };
  writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifestOf(docs, truthDocs.map((t) => t.file)), null, 2) + '\n');
  const count = (k: (t: typeof truthDocs[number]) => string) => truthDocs.reduce<Record<string, number>>((m, t) => ((m[k(t)] = (m[k(t)] ?? 0) + 1), m), {});
  console.log(`heldout-18: ${truthDocs.length} documents`, count((t) => t.layout), count((t) => t.producer), count((t) => t.language));
}

main().catch((err) => { console.error(err); process.exit(1); });
