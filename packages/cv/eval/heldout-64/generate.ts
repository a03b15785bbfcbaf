/**
 * heldout-64 — writes every document into documents/, then truth.json and manifest.json.
 *
 *   cd packages/cv && npx tsx eval/heldout-64/generate.ts [--force]
 *
 * Refuses to run when manifest.json exists unless given --force (the committed set is the one scored).
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people, byId, type Lang } from './people.ts';
import { htmlTemplates } from './html.ts';
import { docxTemplates } from './docx.ts';
import { txtTemplates } from './txt.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(here, 'documents');
const REF = '2026-12';
const ADOBE = new Set(['Ps', 'Ai', 'Id', 'Ae', 'Pr']);

type Layout = 'single' | 'two-column' | 'table';
type Kind = 'html' | 'docx' | 'txt';
const SHORT: Record<Layout, string> = { single: 'single', 'two-column': 'twocol', table: 'table' };

/** person, template, layout, how it is produced (docx = the .docx and LibreOffice's PDF of it). */
export const plan: [string, string, Layout, Kind][] = [
  ['p01', 'metro-map', 'two-column', 'html'],
  ['p01', 'periodic', 'table', 'html'],
  ['p01', 'ascii-bars', 'single', 'txt'],
  ['p01', 'letterspaced', 'single', 'html'],
  ['p02', 'swiss-3col', 'two-column', 'html'],
  ['p02', 'pie-levels', 'two-column', 'html'],
  ['p02', 'figlet-banner', 'single', 'txt'],
  ['p02', 'letterspaced', 'single', 'html'],
  ['p03', 'darkmode', 'two-column', 'html'],
  ['p03', 'skills-first', 'single', 'html'],
  ['p03', 'ascii-bars', 'single', 'txt'],
  ['p03', 'bubbles', 'two-column', 'html'],
  ['p04', 'level-chart', 'two-column', 'html'],
  ['p04', 'app-icons', 'two-column', 'html'],
  ['p04', 'word-htimeline', 'table', 'docx'],
  ['p05', 'toolbox-donut', 'two-column', 'html'],
  ['p05', 'word-icon-rows', 'table', 'docx'],
  ['p05', 'figlet-banner', 'single', 'txt'],
  ['p06', 'star-rail', 'two-column', 'html'],
  ['p06', 'word-3col', 'two-column', 'docx'],
  ['p06', 'ascii-bars', 'single', 'txt'],
  ['p07', 'honeycomb', 'two-column', 'html'],
  ['p07', 'word-shade-bars', 'two-column', 'docx'],
  ['p07', 'label-facts', 'table', 'html'],
  ['p08', 'toolbox-donut', 'two-column', 'html'],
  ['p08', 'zh-word-axis', 'two-column', 'docx'],
  ['p08', 'zh-block-bars', 'single', 'txt'],
  ['p09', 'metro-map', 'two-column', 'html'],
  ['p09', 'bubbles', 'two-column', 'html'],
  ['p09', 'word-htimeline', 'table', 'docx'],
  ['p10', 'swiss-3col', 'two-column', 'html'],
  ['p10', 'level-chart', 'two-column', 'html'],
  ['p10', 'zh-word-axis', 'two-column', 'docx'],
  ['p11', 'darkmode', 'two-column', 'html'],
  ['p11', 'honeycomb', 'two-column', 'html'],
  ['p11', 'zh-icon-table', 'table', 'html'],
  ['p11', 'zh-block-bars', 'single', 'txt'],
  ['p12', 'star-rail', 'two-column', 'html'],
  ['p12', 'zh-icon-table', 'table', 'html'],
  ['p12', 'zh-word-skillsfirst', 'single', 'docx'],
  ['p13', 'swiss-3col', 'two-column', 'html'],
  ['p13', 'word-3col', 'two-column', 'docx'],
  ['p13', 'pie-levels', 'two-column', 'html'],
  ['p14', 'metro-map', 'two-column', 'html'],
  ['p14', 'honeycomb', 'two-column', 'html'],
  ['p14', 'skills-first', 'single', 'html'],
  ['p14', 'playlist', 'single', 'html'],
  ['p15', 'darkmode', 'two-column', 'html'],
  ['p15', 'app-icons', 'two-column', 'html'],
  ['p15', 'periodic', 'table', 'html'],
  ['p15', 'figlet-banner', 'single', 'txt'],
  ['p16', 'toolbox-donut', 'two-column', 'html'],
  ['p16', 'bubbles', 'two-column', 'html'],
  ['p16', 'word-shade-bars', 'two-column', 'docx'],
];

interface DocEntry {
  file: string;
  person: string;
  template: string;
  layout: Layout;
  producer: 'chromium' | 'docx' | 'libreoffice' | 'txt';
  language: Lang;
}

async function main() {
  const force = process.argv.includes('--force');
  if (existsSync(path.join(here, 'manifest.json')) && !force) {
    console.error('manifest.json exists: this set is already generated. Re-run with --force to overwrite it.');
    process.exit(1);
  }
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });

  const entries: DocEntry[] = [];
  const html: [string, string][] = [];
  for (const [id, template, layout, kind] of plan) {
    const p = byId[id];
    const base = `${id}-${SHORT[layout]}-${template}`;
    const language = p.lang;
    if (kind === 'html') {
      html.push([`${base}.pdf`, htmlTemplates[template](p)]);
      entries.push({ file: `${base}.pdf`, person: id, template, layout, producer: 'chromium', language });
    } else if (kind === 'docx') {
      writeFileSync(path.join(docs, `${base}.docx`), await docxTemplates[template](p));
      entries.push({ file: `${base}.docx`, person: id, template, layout, producer: 'docx', language });
      entries.push({ file: `${base}.pdf`, person: id, template, layout, producer: 'libreoffice', language });
    } else {
      writeFileSync(path.join(docs, `${base}.txt`), txtTemplates[template](p), 'utf8');
      entries.push({ file: `${base}.txt`, person: id, template, layout, producer: 'txt', language });
    }
  }
  exportDocxToPdf(docs);
  await printHtml(docs, html);

  const truth = {
    referenceDate: REF,
    people: people.map((p) => {
      const work = p.work.map((j) => ({ company: j.company, start: j.start, end: j.end }));
      return {
        id: p.id,
        language: p.lang,
        name: p.name,
        email: p.email,
        phone: p.phone,
        skills: p.skills.flatMap((g) =>
          g.items.map((s) => {
            // the Adobe two-letter names are real abbreviations; the other tile labels (Bl, Dv, Fg…) are decoration
            const alts = [...(s.syn ?? []), ...(s.abbr && ADOBE.has(s.abbr) && !(s.syn ?? []).includes(s.abbr) ? [s.abbr] : [])];
            return [s.name, ...alts].join(' | ');
          }),
        ),
        work,
        yearsOfExperience: yearsWorked(work, REF),
      };
    }),
    documents: entries,
  };
  writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifestOf(docs, entries.map((e) => e.file)), null, 2) + '\n');
  console.log(`heldout-64: ${entries.length} documents from ${new Set(entries.map((e) => e.person)).size} people and ${new Set(entries.map((e) => e.template)).size} templates`);
}

await main();
