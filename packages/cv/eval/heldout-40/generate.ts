/**
 * heldout-40 generator: writes documents/, truth.json and manifest.json.
 * Refuses to run when manifest.json exists unless given --force.
 *   cd packages/cv && npx tsx eval/heldout-40/generate.ts [--force]
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
interface Plan { person: string; template: string; layout: Layout; kind: Kind; make: (p: Person) => string | Document }

const plan: Plan[] = [];
const add = (template: string, layout: Layout, kind: Kind, make: Plan['make'], ids: string[]) => { for (const person of ids) plan.push({ person, template, layout, kind, make }); };

// two-column
add('awesomesource', 'two-column', 'html', H.awesomesource, ['p02', 'p07', 'p14']);
add('wantedly', 'two-column', 'html', H.wantedly, ['p13', 'p16']);
add('carrd', 'two-column', 'html', H.carrd, ['p01', 'p07']);
add('figma', 'two-column', 'html', H.figma, ['p04', 'p05']);
add('zhiyewa', 'two-column', 'html', H.zhiyewa, ['p09', 'p11']);
add('kehua', 'two-column', 'html', H.kehua, ['p12']);
add('wttj', 'two-column', 'html', H.wttj, ['p03', 'p07']);
add('jobindex-textbox', 'two-column', 'docx', D.jobindexTextbox, ['p02', 'p15']);
add('word-leftcols', 'two-column', 'docx', D.leftColumns, ['p10', 'p14']);
add('wps-axis', 'two-column', 'docx', D.wpsAxis, ['p08', 'p12']);
add('au-sidebar2p', 'two-column', 'docx', D.auSidebar2p, ['p06']);
add('w3m', 'two-column', 'txt', T.w3m, ['p05', 'p13']);
// single
add('infojobs', 'single', 'html', H.infojobs, ['p01', 'p04']);
add('bosspdf', 'single', 'html', H.bosspdf, ['p09', 'p11', 'p12']);
add('hackmd', 'single', 'html', H.hackmd, ['p16']);
add('cdr', 'single', 'docx', D.cdr, ['p04', 'p06']);
add('titlefirst', 'single', 'docx', D.titleFirst, ['p03', 'p15']);
add('zh-displayname', 'single', 'docx', D.zhDisplayName, ['p08', 'p16']);
add('reddit', 'single', 'txt', T.reddit, ['p01', 'p02']);
add('slack', 'single', 'txt', T.slack, ['p03']);
add('beiwanglu', 'single', 'txt', T.beiwanglu, ['p09', 'p10', 'p11']);
// table
add('publicjobs', 'table', 'html', H.publicjobs, ['p01', 'p05']);
add('jifen', 'table', 'html', H.jifen, ['p10', 'p14']);
add('hkqf-rpl', 'table', 'docx', D.hkqfRpl, ['p13']);
add('mdtable', 'table', 'txt', T.mdtable, ['p07', 'p11']);

const short = { single: 'single', 'two-column': 'twocol', table: 'table' } as const;

async function main() {
  if (existsSync(path.join(here, 'manifest.json')) && !process.argv.includes('--force')) {
    console.error('manifest.json exists; run with --force to regenerate.');
    process.exit(1);
  }
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  const byId = new Map(people.map((p) => [p.id, p]));
  const html: [string, string][] = [];
  const entries: { file: string; person: string; template: string; layout: Layout; producer: string; language: string }[] = [];
  for (const it of [...plan].sort((a, b) => a.person.localeCompare(b.person) || a.template.localeCompare(b.template))) {
    const p = byId.get(it.person)!;
    const base = `${p.id}-${short[it.layout]}-${it.template}`;
    const e = { person: p.id, template: it.template, layout: it.layout, language: p.lang };
    if (it.kind === 'html') { html.push([`${base}.pdf`, it.make(p) as string]); entries.push({ file: `${base}.pdf`, ...e, producer: 'chromium' }); }
    if (it.kind === 'txt') { writeFileSync(path.join(docs, `${base}.txt`), it.make(p) as string, 'utf8'); entries.push({ file: `${base}.txt`, ...e, producer: 'txt' }); }
    if (it.kind === 'docx') {
      writeFileSync(path.join(docs, `${base}.docx`), await Packer.toBuffer(it.make(p) as Document));
      entries.push({ file: `${base}.docx`, ...e, producer: 'docx' }, { file: `${base}.pdf`, ...e, producer: 'libreoffice' });
    }
  }
  await printHtml(docs, html);
  exportDocxToPdf(docs);
  const truth = {
    referenceDate: REF,
    people: people.map((p) => ({
      id: p.id, language: p.lang, name: p.name, email: p.email, phone: p.phone,
      skills: p.skills.map((s) => s.join(' | ')),
      work: p.work.map((j) => ({ company: j.company, start: j.start, end: j.end })),
      yearsOfExperience: yearsWorked(p.work, REF),
    })),
    documents: entries,
  };
  const files = entries.map((x) => x.file);
  const extra = readdirSync(docs).filter((f) => !files.includes(f));
  if (extra.length) throw new Error(`unexpected files in documents/: ${extra.join(', ')}`);
  writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifestOf(docs, files), null, 2) + '\n');
  console.log(`${entries.length} documents, ${people.length} people, ${new Set(plan.map((x) => x.template)).size} templates`);
}

main().catch((e) => { console.error(e); process.exit(1); });
