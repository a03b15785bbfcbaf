/**
 * heldout-44 generator: writes every document into documents/, then truth.json and manifest.json.
 * Run from packages/cv:  npx tsx eval/heldout-44/generate.ts [--force]
 * Refuses to run when manifest.json exists unless --force is given (then documents/ is rebuilt from scratch).
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Packer, type Document } from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people, type Person } from './people.ts';
import { REF } from './lib.ts';
import { finereport, neogov, qywx, tearsheet, ttcsec } from './tpl-html-a.ts';
import { bento, docsSite, gantt, hiredly, magazine, pracuj, radar, tereo, zhH5 } from './tpl-html-b.ts';
import { competency, footnotes, headerSidebar, landscape, of612, zhFensan, zhNested } from './tpl-docx.ts';
import { bbcode, excelPrn, lineChat, linkedinCopy, outlookFwd, pandocPlain, pdfCopy, readmeTable, rendercv } from './tpl-txt.ts';

type Layout = 'single' | 'two-column' | 'table';
type Kind = 'html' | 'docx' | 'txt';
interface Tpl { name: string; layout: Layout; kind: Kind; fn: (p: Person) => string | Document }

const TEMPLATES: Tpl[] = [
  // Chromium (HTML → PDF)
  { name: 'neogov', layout: 'table', kind: 'html', fn: neogov },
  { name: 'ttcsec', layout: 'table', kind: 'html', fn: ttcsec },
  { name: 'tearsheet', layout: 'table', kind: 'html', fn: tearsheet },
  { name: 'finereport', layout: 'table', kind: 'html', fn: finereport },
  { name: 'qywx', layout: 'table', kind: 'html', fn: qywx },
  { name: 'gantt', layout: 'single', kind: 'html', fn: gantt },
  { name: 'pracuj', layout: 'single', kind: 'html', fn: pracuj },
  { name: 'zh-h5', layout: 'single', kind: 'html', fn: zhH5 },
  { name: 'tereo', layout: 'two-column', kind: 'html', fn: tereo },
  { name: 'bento', layout: 'two-column', kind: 'html', fn: bento },
  { name: 'hiredly', layout: 'two-column', kind: 'html', fn: hiredly },
  { name: 'docs-site', layout: 'two-column', kind: 'html', fn: docsSite },
  { name: 'radar', layout: 'two-column', kind: 'html', fn: radar },
  { name: 'magazine', layout: 'two-column', kind: 'html', fn: magazine },
  // Word (DOCX, plus LibreOffice's PDF of it)
  { name: 'of612', layout: 'table', kind: 'docx', fn: of612 },
  { name: 'zh-nested', layout: 'table', kind: 'docx', fn: zhNested },
  { name: 'competency', layout: 'table', kind: 'docx', fn: competency },
  { name: 'footnotes', layout: 'single', kind: 'docx', fn: footnotes },
  { name: 'zh-fitwidth', layout: 'single', kind: 'docx', fn: zhFensan },
  { name: 'header-sidebar', layout: 'two-column', kind: 'docx', fn: headerSidebar },
  { name: 'landscape', layout: 'two-column', kind: 'docx', fn: landscape },
  // plain text
  { name: 'linkedin-copy', layout: 'single', kind: 'txt', fn: linkedinCopy },
  { name: 'outlook-fwd', layout: 'single', kind: 'txt', fn: outlookFwd },
  { name: 'rendercv-yaml', layout: 'single', kind: 'txt', fn: rendercv },
  { name: 'bbcode', layout: 'single', kind: 'txt', fn: bbcode },
  { name: 'line-chat', layout: 'single', kind: 'txt', fn: lineChat },
  { name: 'readme-table', layout: 'two-column', kind: 'txt', fn: readmeTable },
  { name: 'pdf-copy', layout: 'two-column', kind: 'txt', fn: pdfCopy },
  { name: 'pandoc-plain', layout: 'table', kind: 'txt', fn: pandocPlain },
  { name: 'excel-prn', layout: 'table', kind: 'txt', fn: excelPrn },
];

/** Which templates each person appears in. */
const PLAN: Record<string, string[]> = {
  p01: ['header-sidebar', 'pracuj', 'linkedin-copy'],
  p02: ['footnotes', 'outlook-fwd', 'pandoc-plain'],
  p03: ['of612', 'neogov', 'linkedin-copy'],
  p04: ['ttcsec', 'excel-prn', 'magazine'],
  p05: ['gantt', 'tereo', 'pdf-copy'],
  p06: ['competency', 'outlook-fwd', 'hiredly'],
  p07: ['footnotes', 'rendercv-yaml', 'bento'],
  p08: ['zh-h5', 'docs-site', 'readme-table'],
  p09: ['zh-fitwidth', 'excel-prn', 'radar'],
  p10: ['zh-nested', 'bbcode', 'finereport'],
  p11: ['zh-fitwidth', 'line-chat', 'magazine'],
  p12: ['landscape', 'zh-h5', 'qywx'],
  p13: ['competency', 'pandoc-plain', 'tearsheet'],
  p14: ['zh-nested', 'qywx', 'docs-site'],
  p15: ['header-sidebar', 'rendercv-yaml', 'hiredly'],
  p16: ['landscape', 'gantt', 'pdf-copy'],
};

const SHORT: Record<Layout, string> = { single: 'single', 'two-column': 'twocol', table: 'table' };

async function main() {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const docs = path.join(here, 'documents');
  const force = process.argv.includes('--force');
  if (existsSync(path.join(here, 'manifest.json')) && !force) {
    console.error('manifest.json exists — refusing to overwrite the set. Re-run with --force to rebuild it.');
    process.exit(1);
  }
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });

  const html: [string, string][] = [];
  const entries: { file: string; person: string; template: string; layout: Layout; producer: string; language: string }[] = [];
  for (const p of people) {
    for (const tname of PLAN[p.id]) {
      const t = TEMPLATES.find((x) => x.name === tname);
      if (!t) throw new Error(`unknown template ${tname}`);
      const base = `${p.id}-${SHORT[t.layout]}-${t.name}`;
      const out = t.fn(p);
      if (t.kind === 'html') {
        html.push([`${base}.pdf`, out as string]);
        entries.push({ file: `${base}.pdf`, person: p.id, template: t.name, layout: t.layout, producer: 'chromium', language: p.language });
      } else if (t.kind === 'docx') {
        writeFileSync(path.join(docs, `${base}.docx`), await Packer.toBuffer(out as Document));
        entries.push({ file: `${base}.docx`, person: p.id, template: t.name, layout: t.layout, producer: 'docx', language: p.language });
        entries.push({ file: `${base}.pdf`, person: p.id, template: t.name, layout: t.layout, producer: 'libreoffice', language: p.language });
      } else {
        writeFileSync(path.join(docs, `${base}.txt`), out as string, 'utf8');
        entries.push({ file: `${base}.txt`, person: p.id, template: t.name, layout: t.layout, producer: 'txt', language: p.language });
      }
    }
  }
  exportDocxToPdf(docs);
  await printHtml(docs, html);

  const truth = {
    referenceDate: REF,
    people: people.map((p) => {
      const work = [...p.work].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0)).map((j) => ({ company: j.company, start: j.start, end: j.end }));
      return { id: p.id, language: p.language, name: p.name, email: p.email, phone: p.phone, skills: p.skills, work, yearsOfExperience: yearsWorked(work, REF) };
    }),
    documents: entries,
  };
  writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifestOf(docs, entries.map((e) => e.file)), null, 2) + '\n');
  console.log(`wrote ${entries.length} documents for ${people.length} people`);
}

await main();
