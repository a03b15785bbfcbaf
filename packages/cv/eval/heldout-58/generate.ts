/**
 * heldout-58 generator: writes every document into documents/, then truth.json and manifest.json.
 * Refuses to run when manifest.json exists unless given --force.
 *   cd packages/cv && npx tsx eval/heldout-58/generate.ts [--force]
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Packer } from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people, type Person } from './people.ts';
import * as T from './tpl-txt.ts';
import * as H from './tpl-html.ts';
import * as D from './tpl-docx.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(here, 'documents');
const REF = '2026-12';
if (existsSync(path.join(here, 'manifest.json')) && !process.argv.includes('--force')) {
  console.error('manifest.json exists: refusing to overwrite the set (use --force).');
  process.exit(1);
}

type Layout = 'single' | 'two-column' | 'table';
type Kind = 'txt' | 'html' | 'docx';
const short: Record<Layout, string> = { single: 'single', 'two-column': 'twocol', table: 'table' };
const templates: Record<string, { layout: Layout; kind: Kind; fn: (p: Person) => any; who: string[] }> = {
  // plain text
  'recruiter-reply': { layout: 'single', kind: 'txt', fn: T.recruiterReply, who: ['p01', 'p08', 'p10', 'p15'] },
  'it-privacy': { layout: 'single', kind: 'txt', fn: T.itPrivacy, who: ['p02'] },
  'md-roles': { layout: 'single', kind: 'txt', fn: T.mdRoles, who: ['p03', 'p07'] },
  'apec-copy': { layout: 'single', kind: 'txt', fn: T.apecCopy, who: ['p04'] },
  'rst-fieldlist': { layout: 'single', kind: 'txt', fn: T.rstFieldlist, who: ['p05', 'p09', 'p14'] },
  'catho-copy': { layout: 'single', kind: 'txt', fn: T.cathoCopy, who: ['p06'] },
  'zh-gailan': { layout: 'single', kind: 'txt', fn: T.zhGailan, who: ['p11'] },
  'line-note': { layout: 'single', kind: 'txt', fn: T.lineNote, who: ['p12'] },
  'zh-shokumu-txt': { layout: 'single', kind: 'txt', fn: T.zhShokumuTxt, who: ['p13'] },
  // Word (each gives the .docx and LibreOffice's PDF)
  'duty-tail': { layout: 'single', kind: 'docx', fn: D.dutyTail, who: ['p01', 'p16'] },
  'employer-line': { layout: 'single', kind: 'docx', fn: D.employerLine, who: ['p09', 'p15'] },
  'career-ledger': { layout: 'table', kind: 'docx', fn: D.careerLedger, who: ['p02', 'p11'] },
  'client-matrix': { layout: 'table', kind: 'docx', fn: D.clientMatrix, who: ['p07'] },
  'shokumu-table': { layout: 'table', kind: 'docx', fn: D.shokumuTable, who: ['p13'] },
  'fr-2cell': { layout: 'two-column', kind: 'docx', fn: D.fr2cell, who: ['p04'] },
  'pl-cols': { layout: 'two-column', kind: 'docx', fn: D.plCols, who: ['p05'] },
  'eg-2cell': { layout: 'two-column', kind: 'docx', fn: D.eg2cell, who: ['p08'] },
  // HTML printed by Chromium
  'right-margin-notes': { layout: 'single', kind: 'html', fn: H.rightMarginNotes, who: ['p02', 'p05', 'p08'] },
  'title-bracket': { layout: 'single', kind: 'html', fn: H.titleBracket, who: ['p03', 'p04', 'p06'] },
  'prose-list': { layout: 'single', kind: 'html', fn: H.proseList, who: ['p03', 'p07', 'p10'] },
  'zh-inline': { layout: 'single', kind: 'html', fn: H.zhInline, who: ['p12', 'p14'] },
  'year-tenure': { layout: 'table', kind: 'html', fn: H.yearTenure, who: ['p06', 'p09'] },
  'kr-gyeongryeok': { layout: 'table', kind: 'html', fn: H.krGyeongryeok, who: ['p10'] },
  'fax-first-grid': { layout: 'table', kind: 'html', fn: H.faxFirstGrid, who: ['p12', 'p16'] },
  'my-borang': { layout: 'table', kind: 'html', fn: H.myBorang, who: ['p14'] },
  'flex-rail-right': { layout: 'two-column', kind: 'html', fn: H.flexRailRight, who: ['p01', 'p03', 'p10'] },
  'initials-band': { layout: 'two-column', kind: 'html', fn: H.initialsBand, who: ['p06'] },
  'zh-rail': { layout: 'two-column', kind: 'html', fn: H.zhRail, who: ['p11', 'p12', 'p14', 'p15'] },
};

async function main() {
  if (existsSync(docs)) rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  const byId = new Map(people.map((p) => [p.id, p]));
  const documents: Record<string, string>[] = [];
  const html: [string, string][] = [];
  for (const [name, t] of Object.entries(templates)) {
    for (const id of t.who) {
      const p = byId.get(id)!;
      const base = `${id}-${short[t.layout]}-${name}`;
      const row = (file: string, producer: string) => documents.push({ file, person: id, template: name, layout: t.layout, producer, language: p.language });
      if (t.kind === 'txt') { writeFileSync(path.join(docs, `${base}.txt`), t.fn(p), 'utf8'); row(`${base}.txt`, 'txt'); }
      else if (t.kind === 'html') { html.push([`${base}.pdf`, t.fn(p)]); row(`${base}.pdf`, 'chromium'); }
      else { writeFileSync(path.join(docs, `${base}.docx`), await Packer.toBuffer(t.fn(p))); row(`${base}.docx`, 'docx'); row(`${base}.pdf`, 'libreoffice'); }
    }
  }
  await printHtml(docs, html);
  exportDocxToPdf(docs);
  documents.sort((a, b) => a.file.localeCompare(b.file));
  const missing = documents.filter((x) => !existsSync(path.join(docs, x.file)));
  if (missing.length) throw new Error(`not produced: ${missing.map((x) => x.file).join(', ')}`);
  const extra = readdirSync(docs).filter((f) => !documents.some((x) => x.file === f));
  if (extra.length) throw new Error(`unexpected files: ${extra.join(', ')}`);
  const truth = {
    referenceDate: REF,
    people: people.map((p) => ({
      id: p.id, language: p.language, name: p.name, email: p.email, phone: p.phone, skills: p.skills,
      work: p.work.map((j) => ({ company: j.company, start: j.start, end: j.end })),
      yearsOfExperience: yearsWorked(p.work, REF),
    })),
    documents,
  };
  writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifestOf(docs, documents.map((x) => x.file)), null, 2) + '\n');
  console.log(`${documents.length} documents written`);
}
main().catch((err) => { console.error(err); process.exit(1); });
