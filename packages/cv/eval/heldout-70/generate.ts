/**
 * heldout-70 generator: writes documents/, truth.json and manifest.json. Refuses to overwrite without --force.
 * Run from packages/cv: npx tsx eval/heldout-70/generate.ts [--force]
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Packer, type Document } from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people, type Person } from './people.ts';
import { REF } from './fmt.ts';
import * as H from './html.ts';
import * as W from './word.ts';
import * as T from './text.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(here, 'documents');
if (existsSync(path.join(here, 'manifest.json')) && !process.argv.includes('--force')) {
  console.error('manifest.json exists — refusing to regenerate without --force');
  process.exit(1);
}
type Layout = 'single' | 'two-column' | 'table';
type Kind = { t: 'html'; f: (p: Person) => string } | { t: 'docx'; f: (p: Person) => Document } | { t: 'txt'; f: (p: Person) => string };
const templates: Record<string, { layout: Layout; kind: Kind; people: string[] }> = {
  'cont-pagehead': { layout: 'single', kind: { t: 'html', f: H.contPagehead }, people: ['p01', 'p03'] },
  'quarter-line': { layout: 'single', kind: { t: 'html', f: H.quarterLine }, people: ['p02'] },
  'apostrophe': { layout: 'single', kind: { t: 'html', f: H.apostrophe }, people: ['p04'] },
  'start-duration': { layout: 'single', kind: { t: 'html', f: H.startDuration }, people: ['p03'] },
  'zh-bannian': { layout: 'single', kind: { t: 'html', f: H.zhBannian }, people: ['p08'] },
  'at-line': { layout: 'single', kind: { t: 'html', f: H.atLine }, people: ['p13', 'p16'] },
  'acyear-word': { layout: 'single', kind: { t: 'docx', f: W.acyearWord }, people: ['p05'] },
  'internal-eoi': { layout: 'single', kind: { t: 'docx', f: W.internalEoi }, people: ['p06'] },
  'zh-daili-word': { layout: 'single', kind: { t: 'docx', f: W.zhDailiWord }, people: ['p10'] },
  'hk-secondment-word': { layout: 'single', kind: { t: 'docx', f: W.hkSecondmentWord }, people: ['p14'] },
  'txt-agency': { layout: 'single', kind: { t: 'txt', f: T.txtAgency }, people: ['p01'] },
  'txt-postings': { layout: 'single', kind: { t: 'txt', f: T.txtPostings }, people: ['p07'] },
  'txt-zh-duration': { layout: 'single', kind: { t: 'txt', f: T.txtZhDuration }, people: ['p09', 'p12'] },
  'txt-mixed-for': { layout: 'single', kind: { t: 'txt', f: T.txtMixedFor }, people: ['p15'] },
  'txt-summer': { layout: 'single', kind: { t: 'txt', f: T.txtSummer }, people: ['p04'] },
  'service-record': { layout: 'table', kind: { t: 'html', f: H.serviceRecord }, people: ['p07'] },
  'zh-qizhi-rows': { layout: 'table', kind: { t: 'html', f: H.zhQizhi }, people: ['p08', 'p11'] },
  'zh-thead-repeat': { layout: 'table', kind: { t: 'html', f: H.zhThead }, people: ['p08', 'p10', 'p12'] },
  'split-line-table': { layout: 'table', kind: { t: 'html', f: H.splitLineTable }, people: ['p04', 'p14', 'p15'] },
  'agency-grouped': { layout: 'table', kind: { t: 'html', f: H.agencyGrouped }, people: ['p16'] },
  'merged-roles': { layout: 'table', kind: { t: 'docx', f: W.mergedRoles }, people: ['p01', 'p05'] },
  'quarter-table': { layout: 'table', kind: { t: 'docx', f: W.quarterTable }, people: ['p02'] },
  'zh-jiediao-table': { layout: 'table', kind: { t: 'docx', f: W.zhJiediaoTable }, people: ['p09'] },
  'ym-cells': { layout: 'table', kind: { t: 'docx', f: W.ymCells }, people: ['p13'] },
  'right-dates-rail': { layout: 'two-column', kind: { t: 'html', f: H.rightDatesRail }, people: ['p04', 'p07'] },
  'page2-rail': { layout: 'two-column', kind: { t: 'html', f: H.page2Rail }, people: ['p02', 'p07'] },
  'zh-acting-rail': { layout: 'two-column', kind: { t: 'html', f: H.zhActingRail }, people: ['p08', 'p09'] },
  'vertical-date-pill': { layout: 'two-column', kind: { t: 'html', f: H.verticalDatePill }, people: ['p10', 'p12', 'p13', 'p14'] },
  'textbox-callout': { layout: 'two-column', kind: { t: 'docx', f: W.textboxCallout }, people: ['p03', 'p06'] },
  'zh-waibao-frame': { layout: 'two-column', kind: { t: 'docx', f: W.zhWaibaoFrame }, people: ['p11'] },
  'newspaper-flow': { layout: 'two-column', kind: { t: 'docx', f: W.newspaperFlow }, people: ['p15', 'p16'] },
};
const short = { single: 'single', 'two-column': 'twocol', table: 'table' } as const;

async function main() {
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  const byId = new Map(people.map((p) => [p.id, p]));
  const html: [string, string][] = [];
  const entries: { file: string; person: string; template: string; layout: Layout; producer: string; language: string }[] = [];
  for (const [name, t] of Object.entries(templates)) {
    for (const id of t.people) {
      const p = byId.get(id)!;
      const base = `${id}-${short[t.layout]}-${name}`;
      const e = { person: id, template: name, layout: t.layout, language: p.language };
      if (t.kind.t === 'html') { html.push([`${base}.pdf`, t.kind.f(p)]); entries.push({ file: `${base}.pdf`, producer: 'chromium', ...e }); }
      else if (t.kind.t === 'txt') { writeFileSync(path.join(docs, `${base}.txt`), t.kind.f(p), 'utf8'); entries.push({ file: `${base}.txt`, producer: 'txt', ...e }); }
      else {
        writeFileSync(path.join(docs, `${base}.docx`), await Packer.toBuffer(t.kind.f(p)));
        entries.push({ file: `${base}.docx`, producer: 'docx', ...e }, { file: `${base}.pdf`, producer: 'libreoffice', ...e });
      }
    }
  }
  await printHtml(docs, html);
  exportDocxToPdf(docs);
  entries.sort((a, b) => a.file.localeCompare(b.file));
  const truth = {
    referenceDate: REF,
    people: people.map((p) => {
      const work = p.work.map((j) => ({ company: j.company, start: j.start, end: j.end })).sort((a, b) => a.start.localeCompare(b.start) || (a.end ?? '9').localeCompare(b.end ?? '9'));
      return { id: p.id, language: p.language, name: p.name, email: p.email, phone: p.phone,
        skills: p.skills.map((s) => (p.syn?.[s] ? `${s} | ${p.syn[s]}` : s)), work, yearsOfExperience: yearsWorked(work, REF) };
    }),
    documents: entries,
  };
  writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifestOf(docs, entries.map((e) => e.file)), null, 2) + '\n');
  console.log(`${entries.length} documents`);
}
await main();
