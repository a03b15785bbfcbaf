/**
 * Writes the dev-layouts set once: each person of people.ts in its templates, as DOCX (the `docx` package)
 * exported to PDF by LibreOffice (`soffice --headless --convert-to pdf`), and as HTML tables printed to PDF by
 * Chromium; then truth.json and manifest.json (sha256 of every document). CI has neither soffice nor a need for
 * them: only the committed bytes are read. Refuses to run once manifest.json exists (rebuilding changes every
 * figure the regression test holds); `--force` rebuilds anyway.
 *
 *   pnpm --filter @kiln/cv exec tsx eval/dev-layouts/generate.ts
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType, BorderStyle, Document, Packer, Paragraph, Tab, Table, TableCell, TableRow, TabStopType, TextRun, WidthType,
} from 'docx';
import { formatRange } from '../fixtures/document-model';
import { PEOPLE, type DevJob, type DevPerson, type DevTemplate } from './people';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from './render';

const dir = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(dir, 'documents');
const REFERENCE = '2026-11';

if (existsSync(path.join(dir, 'manifest.json')) && !process.argv.includes('--force')) {
  console.error('eval/dev-layouts/manifest.json exists: the set is committed. Pass --force to rebuild it (the regression levels in test/cv/eval-dev-layouts.test.ts must then be re-measured).');
  process.exit(1);
}

const cjk = (s: string) => /[\u4e00-\u9fff]/.test(s);
/** Chinese dates for a Chinese employer (or a Chinese CV), English ones otherwise. */
const range = (p: DevPerson, j: { company: string; start: string; end: string | null }) =>
  formatRange(j.start, j.end, p.language === 'zh' || (p.language === 'mixed' && cjk(j.company)), p.dateStyle);

const L = (p: DevPerson) => {
  const zh = p.language !== 'en';
  return {
    contact: zh ? '联系方式' : 'Contact', skills: zh ? '专业技能' : 'Skills', languages: zh ? '语言能力' : 'Languages',
    profile: zh ? '个人简介' : 'Profile', experience: zh ? '工作经历' : 'Experience', education: zh ? '教育背景' : 'Education',
    name: zh ? '姓名' : 'Name', email: zh ? '邮箱' : 'Email', phone: zh ? '电话' : 'Phone', location: zh ? '现居' : 'Location',
    dates: zh ? '时间' : 'Dates', company: zh ? '公司' : 'Company', title: zh ? '职位' : 'Title', target: zh ? '求职意向' : 'Headline',
  };
};
// Mixed CVs label in both languages, as bilingual CVs do.
const label = (p: DevPerson, zh: string, en: string) => (p.language === 'mixed' ? `${zh} ${en}` : p.language === 'zh' ? zh : en);
const written = (skill: string) => skill.split(' | ')[0]!;

// ---- DOCX ------------------------------------------------------------------------------------------------------
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const font = (p: DevPerson) => (p.language === 'en' ? 'Liberation Sans' : 'WenQuanYi Zen Hei');
const run = (p: DevPerson, text: string, o: { bold?: boolean; size?: number; color?: string } = {}) => new TextRun({ text, font: font(p), ...o });
const para = (p: DevPerson, text: string, o: { bold?: boolean; size?: number; color?: string } = {}) => new Paragraph({ children: [run(p, text, o)], spacing: { after: 60 } });
const heading = (p: DevPerson, text: string) => new Paragraph({ children: [run(p, text.toUpperCase(), { bold: true, size: 24, color: '1F4E79' })], spacing: { before: 200, after: 80 } });
const bullet = (p: DevPerson, text: string) => new Paragraph({ children: [run(p, text)], bullet: { level: 0 } });

function jobBlock(p: DevPerson, j: DevJob, tabs: boolean): Paragraph[] {
  // Word users put the dates flush right with a right tab stop; LibreOffice keeps it as a tab in the PDF's line.
  const head = tabs
    ? new Paragraph({ tabStops: [{ type: TabStopType.RIGHT, position: 9000 }], children: [run(p, j.company, { bold: true }), new TextRun({ children: [new Tab(), range(p, j)], font: font(p) })] })
    : new Paragraph({ children: [run(p, j.title, { bold: true })] });
  const sub = tabs ? para(p, j.title, { color: '444444' }) : para(p, `${j.company} | ${range(p, j)}`, { color: '444444' });
  return [head, sub, ...j.bullets.map((b) => bullet(p, b))];
}

function mainColumn(p: DevPerson, withName: boolean, tabs: boolean): Paragraph[] {
  const l = L(p);
  return [
    ...(withName ? [para(p, p.name, { bold: true, size: 44 }), para(p, p.headline, { size: 26, color: '555555' })] : []),
    heading(p, label(p, l.profile, 'Profile')), para(p, p.summary),
    heading(p, label(p, l.experience, 'Experience')), ...p.work.flatMap((j) => jobBlock(p, j, tabs)),
    heading(p, label(p, l.education, 'Education')),
    ...p.education.flatMap((e) => [para(p, e.school, { bold: true }), para(p, `${e.degree}, ${formatRange(e.start, e.end, p.language === 'zh', p.dateStyle)}`)]),
  ];
}

function sidebar(p: DevPerson): Paragraph[] {
  const l = L(p);
  return [
    heading(p, label(p, l.contact, 'Contact')), para(p, p.email), para(p, p.phone), para(p, p.location), ...(p.link ? [para(p, p.link)] : []),
    heading(p, label(p, l.skills, 'Skills')), ...p.skills.map((s) => para(p, written(s))),
    heading(p, label(p, l.languages, 'Languages')), ...p.languages.map((s) => para(p, s)),
  ];
}

function docxSidebar(p: DevPerson, right: boolean): Document {
  const side = new TableCell({ width: { size: 32, type: WidthType.PERCENTAGE }, shading: { fill: 'EEF2F6' }, children: sidebar(p) });
  const main = new TableCell({ width: { size: 68, type: WidthType.PERCENTAGE }, children: mainColumn(p, true, false) });
  const table = new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: NO_BORDERS, rows: [new TableRow({ children: right ? [main, side] : [side, main] })] });
  return new Document({ creator: 'kiln-dev-layouts', sections: [{ children: [table] }] });
}

function cell(p: DevPerson, text: string, o: { bold?: boolean; width?: number; span?: number } = {}): TableCell {
  return new TableCell({
    ...(o.width ? { width: { size: o.width, type: WidthType.PERCENTAGE } } : {}),
    ...(o.span ? { columnSpan: o.span } : {}),
    children: [para(p, text, { bold: o.bold })],
  });
}

function docxTable(p: DevPerson): Document {
  const l = L(p);
  // A label–value header table (Name | …), two pairs per row.
  const pairs: [string, string][] = [[l.name, p.name], [l.target, p.headline], [l.phone, p.phone], [l.email, p.email], [l.location, p.location], [l.languages, p.languages.join(', ')]];
  const header = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [0, 2, 4].map((i) => new TableRow({ children: [cell(p, pairs[i]![0], { bold: true, width: 14 }), cell(p, pairs[i]![1], { width: 36 }), cell(p, pairs[i + 1]![0], { bold: true, width: 14 }), cell(p, pairs[i + 1]![1], { width: 36 })] })),
  });
  // Work history as rows: Dates | Company | Title, each followed by a row of what was done, across all columns.
  const work = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: [cell(p, l.dates, { bold: true, width: 26 }), cell(p, l.company, { bold: true, width: 40 }), cell(p, l.title, { bold: true, width: 34 })] }),
      ...p.work.flatMap((j) => [
        new TableRow({ children: [cell(p, range(p, j)), cell(p, j.company), cell(p, j.title)] }),
        new TableRow({ children: [new TableCell({ columnSpan: 3, children: j.bullets.map((b) => bullet(p, b)) })] }),
      ]),
    ],
  });
  const education = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: p.education.map((e) => new TableRow({ children: [cell(p, formatRange(e.start, e.end, p.language === 'zh', p.dateStyle), { width: 26 }), cell(p, e.school, { width: 40 }), cell(p, e.degree, { width: 34 })] })),
  });
  const children = [
    para(p, label(p, '个人简历', 'Résumé'), { bold: true, size: 36 }), header,
    heading(p, label(p, l.profile, 'Profile')), para(p, p.summary),
    heading(p, label(p, l.experience, 'Work Experience')), work,
    heading(p, label(p, l.education, 'Education')), education,
    heading(p, label(p, l.skills, 'Skills')), para(p, p.skills.map(written).join(p.language === 'en' ? ', ' : '、')),
  ];
  return new Document({ creator: 'kiln-dev-layouts', sections: [{ children }] });
}

function docxTabs(p: DevPerson): Document {
  const l = L(p);
  const contact = new Paragraph({
    tabStops: [{ type: TabStopType.CENTER, position: 4500 }, { type: TabStopType.RIGHT, position: 9000 }],
    children: [run(p, p.email), new TextRun({ children: [new Tab(), p.phone], font: font(p) }), new TextRun({ children: [new Tab(), p.location], font: font(p) })],
  });
  const children = [
    new Paragraph({ alignment: AlignmentType.LEFT, children: [run(p, p.name, { bold: true, size: 44 })] }),
    para(p, p.headline, { size: 26, color: '555555' }), contact,
    ...mainColumn(p, false, true),
    heading(p, label(p, l.skills, 'Skills')), para(p, p.skills.map(written).join(p.language === 'en' ? ' · ' : '、')),
    heading(p, label(p, l.languages, 'Languages')), para(p, p.languages.join(p.language === 'en' ? ', ' : '、')),
  ];
  return new Document({ creator: 'kiln-dev-layouts', sections: [{ children }] });
}

// ---- HTML tables (Chromium) -------------------------------------------------------------------------------------
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function htmlTable(p: DevPerson): string {
  const l = L(p);
  const rows = p.work.map((j) => `<tr><td class="d">${esc(range(p, j))}</td><td>${esc(j.company)}</td><td>${esc(j.title)}</td></tr>
    <tr class="desc"><td colspan="3"><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></td></tr>`).join('\n');
  const edu = p.education.map((e) => `<tr><td class="d">${esc(formatRange(e.start, e.end, true, p.dateStyle))}</td><td>${esc(e.school)}</td><td>${esc(e.degree)}</td></tr>`).join('');
  return `<!doctype html><html lang="${p.language === 'en' ? 'en' : 'zh-CN'}"><head><meta charset="utf-8"><style>
  body { font-family: 'WenQuanYi Zen Hei', 'Droid Sans Fallback', sans-serif; font-size: 10.5pt; margin: 0; color: #222; }
  h1 { text-align: center; font-size: 20pt; margin: 0 0 10px; letter-spacing: 4px; }
  h2 { font-size: 12pt; background: #dde6f0; padding: 3px 8px; margin: 14px 0 6px; }
  table { width: 100%; border-collapse: collapse; }
  td, th { border: 1px solid #9aa8b8; padding: 4px 8px; text-align: left; vertical-align: top; }
  th { background: #f2f5f9; } td.k { background: #f2f5f9; font-weight: bold; width: 12%; } td.d { white-space: nowrap; width: 24%; }
  tr.desc td { border-top: none; } ul { margin: 2px 0; padding-left: 18px; }
  </style></head><body>
  <h1>${esc(label(p, '个人简历', 'Résumé'))}</h1>
  <table>
    <tr><td class="k">${l.name}</td><td>${esc(p.name)}</td><td class="k">${l.target}</td><td>${esc(p.headline)}</td></tr>
    <tr><td class="k">${l.phone}</td><td>${esc(p.phone)}</td><td class="k">${l.email}</td><td>${esc(p.email)}</td></tr>
    <tr><td class="k">${l.location}</td><td>${esc(p.location)}</td><td class="k">${l.languages}</td><td>${esc(p.languages.join('、'))}</td></tr>
  </table>
  <h2>${esc(label(p, l.profile, 'Profile'))}</h2><p>${esc(p.summary)}</p>
  <h2>${esc(label(p, l.experience, 'Work Experience'))}</h2>
  <table><tr><th>${l.dates}</th><th>${l.company}</th><th>${l.title}</th></tr>
  ${rows}</table>
  <h2>${esc(label(p, l.education, 'Education'))}</h2><table>${edu}</table>
  <h2>${esc(label(p, l.skills, 'Skills'))}</h2><p>${esc(p.skills.map(written).join('、'))}</p>
  </body></html>`;
}

// ---- truth ------------------------------------------------------------------------------------------------------
const years = (work: DevJob[]) => yearsWorked(work, REFERENCE);

const LAYOUT: Record<DevTemplate, string> = { 'sidebar-left': 'two-column', 'sidebar-right': 'two-column', table: 'table', tabs: 'single', 'html-table': 'table' };

async function main() {
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  const documents: { file: string; person: string; template: DevTemplate; layout: string; producer: string; language: string }[] = [];
  const html: [string, string][] = [];
  for (const p of PEOPLE) {
    for (const t of p.templates) {
      const base = `${p.id}.${t}`;
      const entry = { person: p.id, template: t, layout: LAYOUT[t], language: p.language };
      if (t === 'html-table') {
        html.push([`${base}.pdf`, htmlTable(p)]);
        documents.push({ file: `${base}.pdf`, ...entry, producer: 'chromium-pdf' });
        continue;
      }
      const doc = t === 'table' ? docxTable(p) : t === 'tabs' ? docxTabs(p) : docxSidebar(p, t === 'sidebar-right');
      writeFileSync(path.join(docs, `${base}.docx`), await Packer.toBuffer(doc));
      documents.push({ file: `${base}.docx`, ...entry, producer: 'docx' }, { file: `${base}.pdf`, ...entry, producer: 'libreoffice-pdf' });
    }
  }
  exportDocxToPdf(docs);
  await printHtml(docs, html);
  const truth = {
    about: 'The dev-layouts set (issue 11): hand-typed people in LibreOffice-exported DOCX sidebars and tables, Word tab stops and Chromium-printed HTML tables. TUNED ON: it is the development set, not a held-out measure. Skills as written; " | " adds accepted alternatives. Reference date 2026-11.',
    referenceDate: REFERENCE,
    people: PEOPLE.map((p) => ({
      id: p.id, language: p.language, name: p.name, email: p.email, phone: p.phoneE164, skills: p.skills,
      work: p.work.map((j) => ({ company: j.company, start: j.start, end: j.end })), yearsOfExperience: years(p.work),
    })),
    documents,
  };
  writeFileSync(path.join(dir, 'truth.json'), `${JSON.stringify(truth, null, 1)}\n`);
  const manifest = manifestOf(docs, documents.map((d) => d.file));
  writeFileSync(path.join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
  console.log(`wrote ${documents.length} documents for ${PEOPLE.length} people`);
}

await main();
