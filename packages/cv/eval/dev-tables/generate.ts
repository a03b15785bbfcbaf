/**
 * Writes the dev-tables set once: the people of people.ts printed in the table shapes of variants.ts (SET below
 * says which person in which shape), DOCX (the `docx` package) read directly and exported to PDF by LibreOffice,
 * HTML printed by Chromium; then truth.json and manifest.json (sha256 of every document). Refuses to run once
 * manifest.json exists; `--force` rebuilds anyway. `--explore DIR` writes every person in every shape to DIR
 * instead (with its own truth.json), to look for failures: `tsx eval/dev-layouts/evaluate.ts` reads it with
 * `--set DIR`.
 *
 * `--round3` writes the committed eval/dev-round3/ set (ROUND3 below) the same way; `--round4` eval/dev-round4/ (ROUND4).
 *
 *   pnpm --filter @kiln/cv exec tsx eval/dev-tables/generate.ts [--explore /tmp/tables | --round3 | --round4]
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType, BorderStyle, Document, VerticalAlign, Packer, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType,
} from 'docx';
import type { DevJob, DevPerson } from '../dev-layouts/people';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render';
import { PEOPLE } from './people';
import { VARIANTS, type Col, type DateFormat, type TableVariant } from './variants';

const here = path.dirname(fileURLToPath(import.meta.url));
const REFERENCE = '2026-11';
const explore = process.argv.includes('--explore') ? process.argv[process.argv.indexOf('--explore') + 1]! : null;
/** `--round3` writes the committed eval/dev-round3/ set instead: ROUND3's shapes, every person in each. */
const round3 = process.argv.includes('--round3');
/** `--round4` writes eval/dev-round4/: ROUND4's whole-page template families, every person in each. */
const round4 = process.argv.includes('--round4');
const dir = explore ?? (round3 ? path.resolve(here, '../dev-round3') : round4 ? path.resolve(here, '../dev-round4') : here);
const docs = path.join(dir, 'documents');

/** The committed set: [person, variant] pairs kept after exploring (failures found, plus passing samples). */
export const SET: [string, string][] = [
  ['en-oduya', 'desc-col'], ['en-oduya', 'stacked-narrow'], ['en-oduya', 'two-dash'], ['en-oduya', 'html-rowspan'], ['en-oduya', 'html-tcd'],
  ['en-varga', 'in-sidebar'], ['en-varga', 'pepl'], ['en-varga', 'noborders-paras'], ['en-varga', 'html-br'],
  ['zh-qiu', 'start-end'], ['zh-qiu', 'stacked-narrow'], ['zh-qiu', 'ctd-zh'], ['zh-qiu', 'html-br'],
  ['zh-tang', 'desc-col'], ['zh-tang', 'in-sidebar'], ['zh-tang', 'whole-cv'], ['zh-tang', 'html-ctd-right'],
  ['mixed-shen', 'start-end'], ['mixed-shen', 'desc-col'], ['mixed-shen', 'tcd-noheader'], ['mixed-shen', 'html-tcd'],
  ['mixed-fang', 'stacked-narrow'], ['mixed-fang', 'two-comma'], ['mixed-fang', 'dct-bold'], ['mixed-fang', 'html-br'], ['mixed-fang', 'html-grid'],
  // Second round: company over title in one cell (failed in English and mixed LibreOffice PDFs), and samples.
  ['en-oduya', 'cot-3col'], ['mixed-shen', 'cot-3col'], ['en-varga', 'html-cot'], ['mixed-shen', 'html-cot'],
  ['zh-tang', 'rowspan-docx'], ['en-varga', 'group-row'], ['zh-qiu', 'per-job-lv'], ['mixed-fang', 'right-dates'],
];

/** The dev-round3 set (issue 11, round 3): how cells are set, not what they hold; every person in each shape. */
export const ROUND3 = ['valign-center', 'valign-bottom-desc', 'styled-cols', 'spaced-cells', 'styled-centred-nb'];
/** The dev-round4 set (issue 11, round 4): template families of real galleries and dates with a day; every person in each. */
export const ROUND4 = ['form', 'form-html', 'section-column', 'europass', 'europass-old', 'title-over', 'html-title-over', 'html-title-at', 'title-comma', 'dept', 'html-dept', 'jobboard', 'tight-location', 'tcd-noheader', 'html-tcd', 'html-mid-desc', 'html-mid-bullets', 'mid-bullets'];

if (!explore && existsSync(path.join(dir, 'manifest.json')) && !process.argv.includes('--force')) {
  const set = round3 ? 'dev-round3' : round4 ? 'dev-round4' : 'dev-tables';
  if (set !== 'dev-tables') console.error(`eval/${set}/manifest.json exists: the set is committed. Pass --force to rebuild it (the levels in test/cv/eval-${set}.test.ts must then be re-measured).`);
  else console.error(round3 ? 'eval/dev-round3/manifest.json exists: the set is committed. Pass --force to rebuild it (the levels in test/cv/eval-dev-round3.test.ts must then be re-measured).' : 'eval/dev-tables/manifest.json exists: the set is committed. Pass --force to rebuild it (the levels in test/cv/eval-dev-tables.test.ts must then be re-measured).');
  process.exit(1);
}

const cjk = (s: string) => /[\u4e00-\u9fff]/.test(s);
const MONTHS_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const SEP: Record<DateFormat, string> = {
  mon: ' – ', slash: ' - ', dot: '-', 'iso-tilde': ' ~ ', zh: '—', 'dot-short': ' - ', 'month-long': ' – ', 'mon-dot': ' – ',
  'ymd-dot': '-', 'dmy-slash': ' - ', 'ymd-zh': ' - ', 'mon-apos': ' – ', 'dmy-long': ' – ', year: ' – ', 'ym-slash': ' - ',
};
const LAST_DAY = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** One date; `edge` picks the day of formats that print one (a start early in its month, an end on its last day). */
function date(ym: string | null, f: DateFormat, zhEnd: boolean, openEnd = 'Present', edge: 'start' | 'end' = 'start'): string {
  if (ym === null) return zhEnd || f === 'zh' || f === 'ymd-zh' ? '至今' : openEnd;
  const [y, m] = [ym.slice(0, 4), Number(ym.slice(5, 7))];
  const mm = String(m).padStart(2, '0');
  const d = edge === 'start' ? ((m * 7) % 27) + 1 : LAST_DAY[m - 1]!;
  const dd = String(d).padStart(2, '0');
  return {
    mon: `${MONTHS[m - 1]} ${y}`, slash: `${mm}/${y}`, dot: `${y}.${mm}`, 'iso-tilde': `${y}-${mm}`, zh: `${y}年${m}月`, 'dot-short': `${y}.${m}`, 'month-long': `${MONTHS_LONG[m - 1]} ${y}`, 'mon-dot': `${MONTHS[m - 1]}${m === 5 ? '' : '.'} ${y}`,
    'ymd-dot': `${y}.${mm}.${dd}`, 'dmy-slash': `${dd}/${mm}/${y}`, 'ymd-zh': `${y}年${m}月${d}日`, 'mon-apos': `${MONTHS[m - 1]} '${y.slice(2)}`, 'dmy-long': `${d} ${MONTHS_LONG[m - 1]} ${y}`, year: y, 'ym-slash': `${y}/${mm}`,
  }[f];
}
/** The variant's date format for this person: `datesZh` on Chinese and mixed CVs when set. */
const formatFor = (p: DevPerson, v: TableVariant): DateFormat => (p.language !== 'en' && v.datesZh ? v.datesZh : v.dates);
/** A job's dates as one range in the variant's format. */
const rangeText = (p: DevPerson, j: DevJob, v: TableVariant): string => {
  const f = formatFor(p, v);
  return `${date(j.start, f, zhEnd(p, j))}${SEP[f]}${date(j.end, f, zhEnd(p, j), v.openEnd, 'end')}`;
};

/** A department column's value, one a person (round 4's `dept` tables: 公司 | 部门 | 职位 | 时间). */
const DEPARTMENT: Record<string, string> = { 'en-oduya': 'Operations', 'en-varga': 'Engineering', 'zh-qiu': '研发部', 'zh-tang': '人力资源部', 'mixed-shen': '数据部 Data', 'mixed-fang': 'Marketing 市场部', 'en-penhale': 'Marine', 'zh-lu': '后厨' };

/** Chinese open ends for a Chinese CV or a Chinese employer. */
const zhEnd = (p: DevPerson, j: DevJob) => p.language === 'zh' || (p.language === 'mixed' && cjk(j.company));

/** The cell texts of one job, by column; lines inside a cell are separated by "\n". */
function cells(p: DevPerson, j: DevJob, v: TableVariant): string[] {
  const f = formatFor(p, v);
  const [s, e] = [date(j.start, f, zhEnd(p, j)), date(j.end, f, zhEnd(p, j), v.openEnd, 'end')];
  const dash = cjk(j.company) ? ' — ' : ' — ';
  const text: Record<Col, string> = {
    dates: v.stacked ? `${s}${SEP[f].trim() === '—' ? '' : ' -'}\n${e}` : `${s}${SEP[f]}${e}`,
    start: s, end: e,
    company: v.html === 'br-cells' ? `${j.company}\n${j.title}` : j.company,
    title: v.description === 'title-cell' ? [j.title, ...j.bullets.map((b) => `• ${b}`)].join('\n') : j.title,
    location: p.location.split(' ')[0]!,
    desc: j.bullets.join('\n'),
    companyTitle: `${j.company}${dash}${j.title}`,
    companyOverTitle: `${j.company}\n${j.title}`,
    companyCommaTitle: v.description === 'title-cell' ? [`${j.company}, ${j.title}`, ...j.bullets.map((b) => `• ${b}`)].join('\n') : `${j.company}, ${j.title}`,
    titleOverCompany: `${j.title}\n${j.company}`,
    titleAtCompany: cjk(j.company) ? `${j.company} · ${j.title}` : `${j.title} at ${j.company}`,
    titleCommaCompany: cjk(j.company) ? `${j.title}，${j.company}` : `${j.title}, ${j.company}`,
    department: DEPARTMENT[p.id] ?? '',
  };
  return v.columns.map((c) => text[c]);
}

const LABELS: Record<'en' | 'zh', Record<Col, string>[]> = {
  en: [
    { dates: 'Dates', start: 'From', end: 'To', company: 'Company', title: 'Title', location: 'Location', desc: 'Description', companyTitle: 'Role', companyCommaTitle: 'Role', companyOverTitle: 'Company', titleOverCompany: 'Position', titleAtCompany: 'Role', titleCommaCompany: 'Role', department: 'Department' },
    { dates: 'Period', start: 'Start', end: 'End', company: 'Employer', title: 'Position', location: 'Location', desc: 'Responsibilities', companyTitle: 'Position', companyCommaTitle: 'Employer', companyOverTitle: 'Employer', titleOverCompany: 'Role', titleAtCompany: 'Position', titleCommaCompany: 'Position', department: 'Team' },
  ],
  zh: [
    { dates: '时间', start: '开始时间', end: '结束时间', company: '公司', title: '职位', location: '地点', desc: '工作内容', companyTitle: '职位', companyCommaTitle: '单位', companyOverTitle: '公司名称', titleOverCompany: '职位 / 公司', titleAtCompany: '经历', titleCommaCompany: '职位', department: '部门' },
    { dates: '起止时间', start: '起始', end: '截止', company: '单位', title: '岗位', location: '工作地点', desc: '工作内容', companyTitle: '岗位', companyCommaTitle: '公司名称', companyOverTitle: '公司名称', titleOverCompany: '职位 / 公司', titleAtCompany: '经历', titleCommaCompany: '职位', department: '部门' },
    { dates: '时间', start: '开始', end: '结束', company: '公司名称', title: '职务', location: '地点', desc: '工作描述', companyTitle: '职务', companyCommaTitle: '公司名称', companyOverTitle: '公司名称', titleOverCompany: '职位 / 公司', titleAtCompany: '经历', titleCommaCompany: '职位', department: '部门' },
  ],
};
function headerLabels(p: DevPerson, v: TableVariant): string[] {
  const n = VARIANTS.findIndex((x) => x.id === v.id);
  const en = LABELS.en[n % 2]!;
  const zh = LABELS.zh[n % 3]!;
  const both = v.header === 'bilingual' || p.language === 'mixed';
  return v.columns.map((c) => (both ? `${zh[c]} ${en[c]}` : p.language === 'zh' ? zh[c] : en[c]));
}
const T = (p: DevPerson, zh: string, en: string) => (p.language === 'mixed' ? `${zh} ${en}` : p.language === 'zh' ? zh : en);
const skillList = (p: DevPerson) => p.skills.map((s) => s.split(' | ')[0]!).join(p.language === 'zh' ? '、' : ', ');
const eduLine = (p: DevPerson) => p.education.map((e) => `${e.school}  ${e.degree}  ${date(e.start, 'dot', false)}-${date(e.end, 'dot', false)}`);

// ---- DOCX ------------------------------------------------------------------------------------------------------
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const font = (p: DevPerson) => (p.language === 'en' ? 'Liberation Sans' : 'WenQuanYi Zen Hei');
const para = (p: DevPerson, text: string, o: { bold?: boolean; size?: number } = {}) => new Paragraph({ children: [new TextRun({ text, font: font(p), ...o })], spacing: { after: 40 } });
const heading = (p: DevPerson, text: string) => para(p, text, { bold: true, size: 24 });

/** Round-3 cell setting of a variant: vertical alignment, a style a column, paragraph spacing inside cells. */
interface CellSet {
  valign?: 'center' | 'bottom' | undefined;
  italic?: boolean;
  small?: boolean;
  spacing?: boolean;
}

function docCell(p: DevPerson, text: string, o: { bold?: boolean; shaded?: boolean; span?: number; rows?: number; width?: number; right?: boolean } & CellSet = {}): TableCell {
  return new TableCell({
    ...(o.span ? { columnSpan: o.span } : {}),
    ...(o.rows ? { rowSpan: o.rows } : {}),
    ...(o.width ? { width: { size: o.width, type: WidthType.PERCENTAGE } } : {}),
    ...(o.shaded ? { shading: { type: ShadingType.CLEAR, fill: 'D9E2F3', color: 'auto' } } : {}),
    ...(o.valign ? { verticalAlign: o.valign === 'center' ? VerticalAlign.CENTER : VerticalAlign.BOTTOM } : {}),
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    children: text.split('\n').map((l, k) => new Paragraph({
      // A two-line company-over-title cell: the company bold, the title italic.
      children: [new TextRun({ text: l, font: font(p), bold: o.bold && !(o.italic && k > 0), italics: o.italic && (k > 0 || !o.bold), ...(o.small ? { size: 16, color: '777777' } : {}) })],
      spacing: o.spacing ? { before: 120, after: 120 } : { after: 40 },
      ...(o.right ? { alignment: AlignmentType.RIGHT } : {}),
    })),
  });
}

function workRows(p: DevPerson, v: TableVariant): TableRow[] {
  const n = v.columns.length;
  const rows: TableRow[] = [];
  if (v.sectionRow) rows.push(new TableRow({ children: [docCell(p, T(p, '工作经历', 'Work Experience'), { bold: true, shaded: true, span: n })] }));
  if (v.header !== 'none') {
    rows.push(new TableRow({ tableHeader: true, children: headerLabels(p, v).map((h, i) => docCell(p, h, { bold: true, shaded: v.header === 'shaded', width: v.widths?.[i] })) }));
  }
  const isDate = (c: Col) => c === 'dates' || c === 'start' || c === 'end';
  for (const j of p.work) {
    if (v.groupRow) rows.push(new TableRow({ children: [docCell(p, j.company, { bold: true, span: n })] }));
    const bullets = j.bullets.map((b) => `• ${b}`).join('\n');
    const set = (c: Col): CellSet => ({
      valign: v.valign, spacing: v.cellSpacing,
      ...(v.styledColumns ? { small: isDate(c), italic: c === 'title' || c === 'companyOverTitle', ...(c === 'company' || c === 'companyOverTitle' ? { bold: true } : {}) } : {}),
    });
    const row = cells(p, j, v).map((c, i) => docCell(p, v.groupRow && v.columns[i] === 'title' ? j.title : c, { width: v.widths?.[i], right: v.rightDates && isDate(v.columns[i]!), rows: v.rowspanDates && i === 0 ? 2 : undefined, ...set(v.columns[i]!) }));
    rows.push(new TableRow({ children: row }));
    if (v.description === 'row') rows.push(new TableRow({ children: [docCell(p, bullets, { span: v.rowspanDates ? n - 1 : n })] }));
    if (v.description === 'paragraphs-row') rows.push(new TableRow({ children: [docCell(p, `${j.bullets.join(' ')}\n${T(p, '主要成果：按期交付。', 'Delivered on schedule.')}`, { span: n })] }));
  }
  return rows;
}

const table = (v: TableVariant, rows: TableRow[]) => new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, ...(v.borders === false ? { borders: NO_BORDERS } : {}), rows });

function descTable(p: DevPerson, v: TableVariant): Table {
  return table(v, p.work.map((j) => new TableRow({ children: [docCell(p, j.company, { bold: true, width: 30 }), docCell(p, j.bullets.join('\n'), { width: 70 })] })));
}

/** One paragraph of a round-4 cell, with its own style. */
interface Run { text: string; bold?: boolean; italic?: boolean; size?: number; color?: string }

/** A cell of styled paragraphs (a title bold over its company, a heading in capitals). */
function richCell(p: DevPerson, paras: Run[], o: { span?: number; rows?: number; width?: number; right?: boolean; shaded?: boolean; valign?: 'center' } = {}): TableCell {
  return new TableCell({
    ...(o.span ? { columnSpan: o.span } : {}),
    ...(o.rows ? { rowSpan: o.rows } : {}),
    ...(o.width ? { width: { size: o.width, type: WidthType.PERCENTAGE } } : {}),
    ...(o.shaded ? { shading: { type: ShadingType.CLEAR, fill: 'E7ECF3', color: 'auto' } } : {}),
    ...(o.valign ? { verticalAlign: VerticalAlign.CENTER } : {}),
    margins: { top: 50, bottom: 50, left: 100, right: 100 },
    children: (paras.length ? paras : [{ text: '' }]).map((r) => new Paragraph({
      children: [new TextRun({ text: r.text, font: font(p), bold: r.bold, italics: r.italic, ...(r.size ? { size: r.size } : {}), ...(r.color ? { color: r.color } : {}) })],
      spacing: { after: 30 },
      ...(o.right ? { alignment: AlignmentType.RIGHT } : {}),
    })),
  });
}
const plain = (lines: string[]): Run[] => lines.map((text) => ({ text }));
const city = (p: DevPerson) => p.location.split(/[ ,]/)[0]!;
/** Where a job was: `company, city` (`公司，城市` in Chinese). */
const employerAt = (p: DevPerson, j: DevJob) => (cjk(j.company) ? `${j.company}，${city(p)}` : `${j.company}, ${city(p)}`);
const eduRange = (p: DevPerson, v: TableVariant, e: DevPerson['education'][number]) => {
  const f = formatFor(p, v);
  return `${date(e.start, f, false)}${SEP[f]}${date(e.end, f, false, 'Present', 'end')}`;
};

/** Round 4: the whole page in one of the template families of `TableVariant.template`. */
function templateDocx(p: DevPerson, v: TableVariant): Document {
  const doc = (rows: TableRow[], columnWidths?: number[]) => new Document({ creator: 'kiln-dev-tables', sections: [{ children: [new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, ...(columnWidths ? { columnWidths } : {}), ...(v.borders === false ? { borders: NO_BORDERS } : {}), rows })] }] });
  const row = (...c: TableCell[]) => new TableRow({ children: c });
  const small = (text: string): Run => ({ text, size: 18, color: '3F5F8F' });
  if (v.template === 'form') {
    // Grid: a narrow first column (a Chinese section label wraps to one character a line), a second label
    // column, value, label, value, photo.
    const zh = p.language !== 'en';
    const F = (z: string, e: string) => (zh ? z : e);
    const lab = (t: string, span = 2) => docCell(p, t, { bold: true, shaded: true, span });
    const sec = (z: string, e: string, lines: Run[]) => row(zh ? docCell(p, z, { bold: true, shaded: true, valign: 'center' }) : lab(e), richCell(p, lines, { span: zh ? 5 : 4 }));
    const jobs: Run[] = p.work.flatMap((j) => [
      { text: [rangeText(p, j, v), j.company, j.title].join(zh ? '\u3000\u3000' : '    '), bold: true },
      ...j.bullets.map((b, k) => ({ text: `${k + 1}. ${b}` })),
    ]);
    return doc([
      row(docCell(p, F('个人简历', 'Curriculum Vitae'), { bold: true, span: 6 })),
      row(lab(F('姓名', 'Name')), docCell(p, p.name), lab(F('求职意向', 'Objective'), 1), docCell(p, p.headline), docCell(p, F('照片', 'Photo'), { rows: 3 })),
      row(lab(F('电话', 'Phone')), docCell(p, p.phone), lab(F('邮箱', 'Email'), 1), docCell(p, p.email)),
      row(lab(F('所在城市', 'Location')), docCell(p, p.location), lab(F('到岗时间', 'Available'), 1), docCell(p, F('一个月内', 'One month'))),
      sec('工作经历', 'Work Experience', jobs),
      sec('教育背景', 'Education', plain(eduLine(p))),
      sec('专业技能', 'Skills', plain([skillList(p)])),
      sec('自我评价', 'Profile', plain([p.summary])),
    ], [560, 1100, 2500, 1500, 2400, 1600]);
  }
  if (v.template === 'section-column') {
    const H = (z: string, e: string) => richCell(p, [{ text: T(p, z, e), bold: true, color: '1F3864' }], { width: 24 });
    const jobs: Run[] = p.work.flatMap((j) => [
      { text: j.title, bold: true }, { text: employerAt(p, j) }, { text: rangeText(p, j, v), italic: true, color: '595959' },
      ...j.bullets.map((b) => ({ text: `• ${b}` })), { text: '' },
    ]);
    return doc([
      row(richCell(p, [], { width: 24 }), richCell(p, [{ text: p.name, bold: true, size: 40 }, { text: p.headline, size: 24 }, { text: `${p.email} · ${p.phone} · ${p.location}` }], { width: 76 })),
      row(H('个人简介', 'PROFILE'), richCell(p, plain([p.summary]))),
      row(H('工作经历', 'EXPERIENCE'), richCell(p, jobs)),
      row(H('教育背景', 'EDUCATION'), richCell(p, plain(eduLine(p)))),
      row(H('专业技能', 'SKILLS'), richCell(p, plain([skillList(p)]))),
    ]);
  }
  const E = (z: string, e: string) => (p.language === 'en' ? e : p.language === 'zh' ? z : `${z} ${e}`);
  const left = (t: string, caps = false) => richCell(p, [caps ? { text: t.toUpperCase(), size: 18, color: '3F5F8F', bold: true } : small(t)], { width: 30, right: true });
  if (v.template === 'europass') {
    return doc([
      row(left(E('个人信息', 'Personal information'), true), richCell(p, [{ text: p.name, size: 32 }], { width: 70 })),
      row(left(''), richCell(p, plain([p.location, p.phone, p.email]))),
      row(left(E('求职意向', 'Job applied for'), true), richCell(p, [{ text: p.headline, bold: true }])),
      row(left(E('工作经历', 'Work experience'), true), richCell(p, [])),
      ...p.work.map((j) => row(left(rangeText(p, j, v)), richCell(p, [{ text: j.title, bold: true }, { text: employerAt(p, j) }, ...j.bullets.map((b) => ({ text: `▪ ${b}` }))]))),
      row(left(E('教育和培训', 'Education and training'), true), richCell(p, [])),
      ...p.education.map((e) => row(left(eduRange(p, v, e)), richCell(p, [{ text: e.degree, bold: true }, { text: e.school }]))),
      row(left(E('个人技能', 'Personal skills'), true), richCell(p, [])),
      row(left(E('职业技能', 'Job-related skills')), richCell(p, plain([skillList(p)]))),
    ]);
  }
  // The 2004 Europass: label–value rows, a job at a time.
  const lv = (k: string, val: string) => row(left(k), richCell(p, plain(val.split('\n'))));
  return doc([
    row(left(E('个人信息', 'Personal information'), true), richCell(p, [])),
    lv(E('姓名', 'Name'), p.name), lv(E('地址', 'Address'), p.location), lv(E('电话', 'Telephone'), p.phone), lv(E('电子邮件', 'E-mail'), p.email),
    lv(E('求职意向', 'Desired employment / Occupational field'), p.headline),
    row(left(E('工作经历', 'Work experience'), true), richCell(p, [])),
    ...p.work.flatMap((j) => [
      lv(E('起止日期', 'Dates'), rangeText(p, j, v)), lv(E('职位', 'Occupation or position held'), j.title),
      lv(E('主要工作及职责', 'Main activities and responsibilities'), j.bullets.join('\n')), lv(E('雇主名称及地址', 'Name and address of employer'), employerAt(p, j)),
      row(left(''), richCell(p, [])),
    ]),
    row(left(E('教育和培训', 'Education and training'), true), richCell(p, [])),
    ...p.education.flatMap((e) => [lv(E('起止日期', 'Dates'), eduRange(p, v, e)), lv(E('所获学位', 'Title of qualification awarded'), e.degree), lv(E('院校名称', 'Name of organisation providing education'), e.school)]),
    row(left(E('个人技能', 'Personal skills and competences'), true), richCell(p, [])),
    lv(E('专业技能', 'Technical skills and competences'), skillList(p)),
  ]);
}

function docxFor(p: DevPerson, v: TableVariant): Document {
  if (v.template) return templateDocx(p, v);
  if (v.wholeCv) {
    const n = v.columns.length;
    const lv = (k: string, val: string) => new TableRow({ children: [docCell(p, k, { bold: true, shaded: true }), docCell(p, val, { span: n - 1 })] });
    const rows = [
      new TableRow({ children: [docCell(p, T(p, '个人简历', 'Curriculum Vitae'), { bold: true, span: n })] }),
      lv(T(p, '姓名', 'Name'), p.name), lv(T(p, '电话', 'Phone'), p.phone), lv(T(p, '邮箱', 'Email'), p.email), lv(T(p, '求职意向', 'Objective'), p.headline),
      new TableRow({ children: [docCell(p, T(p, '工作经历', 'Work Experience'), { bold: true, shaded: true, span: n })] }),
      ...workRows(p, { ...v, sectionRow: false }),
      new TableRow({ children: [docCell(p, T(p, '教育背景', 'Education'), { bold: true, shaded: true, span: n })] }),
      new TableRow({ children: [docCell(p, eduLine(p).join('\n'), { span: n })] }),
      new TableRow({ children: [docCell(p, T(p, '专业技能', 'Skills'), { bold: true, shaded: true, span: n })] }),
      new TableRow({ children: [docCell(p, skillList(p), { span: n })] }),
    ];
    return new Document({ creator: 'kiln-dev-tables', sections: [{ children: [table(v, rows)] }] });
  }
  const perJob = (): (Table | Paragraph)[] => p.work.flatMap((j) => {
    const one = { ...p, work: [j] };
    if (v.perJob === 'table-with-header') return [table(v, workRows(one, v)), para(p, '')];
    const labels = headerLabels(p, v);
    const values = cells(p, j, v);
    const rows = v.columns.map((_, i) => new TableRow({ children: [docCell(p, labels[i]!, { bold: true, shaded: true, width: 20 }), docCell(p, values[i]!, { width: 80 })] }));
    rows.push(new TableRow({ children: [docCell(p, T(p, '工作内容', 'Responsibilities'), { bold: true, shaded: true, width: 20 }), docCell(p, j.bullets.join('\n'), { width: 80 })] }));
    return [table(v, rows), para(p, '')];
  });
  const work = [
    ...(v.sectionRow ? [] : [heading(p, T(p, '工作经历', 'Work Experience'))]),
    ...(v.perJob ? perJob() : [table(v, workRows(p, v))]),
    ...(v.description === 'separate-table' ? [heading(p, T(p, '工作内容', 'Responsibilities')), descTable(p, v)] : []),
  ];
  const rest = [heading(p, T(p, '教育背景', 'Education')), ...eduLine(p).map((l) => para(p, l))];
  const top = [para(p, p.name, { bold: true, size: 40 }), para(p, p.headline, { size: 24 })];
  const contact = [p.email, p.phone, p.location].map((l) => para(p, l));
  const skills = [heading(p, T(p, '专业技能', 'Skills')), para(p, skillList(p))];
  const profile = [heading(p, T(p, '个人简介', 'Profile')), para(p, p.summary)];
  if (v.inSidebarLayout) {
    const side = new TableCell({ width: { size: 30, type: WidthType.PERCENTAGE }, shading: { type: ShadingType.CLEAR, fill: 'EEF2F6', color: 'auto' }, children: [heading(p, T(p, '联系方式', 'Contact')), ...contact, ...skills] });
    const main = new TableCell({ width: { size: 70, type: WidthType.PERCENTAGE }, children: [...top, ...profile, ...work, para(p, ''), ...rest] });
    return new Document({ creator: 'kiln-dev-tables', sections: [{ children: [new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: NO_BORDERS, rows: [new TableRow({ children: [side, main] })] })] }] });
  }
  return new Document({ creator: 'kiln-dev-tables', sections: [{ children: [...top, para(p, `${p.email} | ${p.phone} | ${p.location}`), ...profile, ...work, ...rest, ...skills] }] });
}

// ---- HTML (Chromium) --------------------------------------------------------------------------------------------
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '<br>');

function htmlWork(p: DevPerson, v: TableVariant): string {
  const n = v.columns.length;
  const head = headerLabels(p, v);
  const di = v.columns.findIndex((c) => c === 'dates' || c === 'end');
  // A group row carries the company; the job's own row has the title and dates.
  const td = (c: string, i: number, extra = '') => `<td${i === di && v.rightDates ? ' class="r"' : ''}${extra}>${esc(c)}</td>`;
  if (v.html === 'grid') {
    const cols = `grid-template-columns: ${v.columns.map(() => `${Math.round(100 / n)}%`).join(' ')}`;
    const items = p.work.map((j) => [
      ...cells(p, j, v).map((c) => `<div class="g">${esc(c)}</div>`),
      v.description === 'row' ? `<div class="g" style="grid-column: 1 / -1"><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>` : '',
    ].join('')).join('');
    return `<div style="display: grid; ${cols}; border-top: 1px solid #999">${items}</div>`;
  }
  const headRow = v.header === 'none' ? '' : `<tr>${head.map((h) => `<th${v.header === 'shaded' ? ' class="s"' : ''}>${esc(h)}</th>`).join('')}</tr>`;
  const section = v.sectionRow ? `<tr><th colspan="${n}" class="s">${esc(T(p, '工作经历', 'Work Experience'))}</th></tr>` : '';
  const body = p.work.map((j) => {
    const c = cells(p, j, v);
    if (v.html === 'rowspan') {
      return `<tr>${td(c[0]!, 0, ' rowspan="2"')}${c.slice(1).map((x, i) => td(x, i + 1)).join('')}</tr>
        <tr><td colspan="${n - 1}"><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></td></tr>`;
    }
    const group = v.groupRow ? `<tr><td colspan="${n}"><b>${esc(j.company)}</b></td></tr>` : '';
    return `${group}<tr>${c.map((x, i) => td(x, i)).join('')}</tr>${v.description === 'row' ? `<tr><td colspan="${n}"><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></td></tr>` : ''}`;
  }).join('\n');
  return v.html === 'thead' ? `<table><thead>${section}${headRow}</thead><tbody>${body}</tbody></table>` : `<table>${section}${headRow}${body}</table>`;
}

/** Round 4: the Chinese form CV as an HTML table, its section labels set vertically (`writing-mode`). */
function htmlForm(p: DevPerson, v: TableVariant): string {
  const zh = p.language !== 'en';
  const F = (z: string, e: string) => (zh ? z : e);
  const sec = (z: string, e: string, body: string) => `<tr><th class="${zh ? 'v' : 'l'}">${esc(F(z, e))}</th><td colspan="4">${body}</td></tr>`;
  const jobs = p.work.map((j) => `<p><b>${esc(rangeText(p, j, v))}</b>&emsp;${esc(j.company)}&emsp;${esc(j.title)}</p><ol>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ol>`).join('');
  return `<table class="form">
  <tr><th colspan="5" class="t">${esc(F('个 人 简 历', 'Curriculum Vitae'))}</th></tr>
  <tr><th class="l">${esc(F('姓名', 'Name'))}</th><td>${esc(p.name)}</td><th class="l">${esc(F('求职意向', 'Objective'))}</th><td>${esc(p.headline)}</td><td rowspan="3" class="ph">${esc(F('照片', 'Photo'))}</td></tr>
  <tr><th class="l">${esc(F('电话', 'Phone'))}</th><td>${esc(p.phone)}</td><th class="l">${esc(F('邮箱', 'Email'))}</th><td>${esc(p.email)}</td></tr>
  <tr><th class="l">${esc(F('所在城市', 'Location'))}</th><td>${esc(p.location)}</td><th class="l">${esc(F('到岗时间', 'Available'))}</th><td>${esc(F('一个月内', 'One month'))}</td></tr>
  ${sec('工作经历', 'Work Experience', jobs)}
  ${sec('教育背景', 'Education', eduLine(p).map((l) => `<p>${esc(l)}</p>`).join(''))}
  ${sec('专业技能', 'Skills', `<p>${esc(skillList(p))}</p>`)}
  ${sec('自我评价', 'Profile', `<p>${esc(p.summary)}</p>`)}
  </table>`;
}

/** Months of a job, as job boards print its length: to the reference month when it is open. */
function tenure(j: DevJob): [number, number] {
  const idx = (ym: string) => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;
  const months = idx(j.end ?? REFERENCE) - idx(j.start) + 1;
  return [Math.floor(months / 12), months % 12];
}
const COMPANY_SIZES = ['150-500人', '500-1000人', '1000-5000人', '50-150人'];
const INDUSTRIES: Record<string, string> = { zh: '计算机软件', mixed: '互联网/电子商务' };

/**
 * Round 4: a CV as a job board exports it, printed by Chromium. English: LinkedIn's "Save to PDF" (a grey sidebar
 * with contact and top skills; each job as company, title, dates with the tenure in brackets, place). Chinese and
 * mixed: 51job's export (each job a block of lines in a table cell, the range and company on one line).
 */
function htmlJobBoard(p: DevPerson, v: TableVariant): string {
  if (p.language === 'en') {
    const jobs = p.work.map((j) => {
      const [y, m] = tenure(j);
      const length = [y ? `${y} year${y > 1 ? 's' : ''}` : '', m ? `${m} month${m > 1 ? 's' : ''}` : ''].filter(Boolean).join(' ');
      return `<p class="co">${esc(j.company)}</p><p class="ti">${esc(j.title)}</p><p class="mu">${esc(rangeText(p, j, v))} (${length})</p><p class="mu">${esc(p.location)}</p><p>${esc(j.bullets.join(' '))}</p>`;
    }).join('');
    return `<table class="li"><tr><td class="side"><h3>Contact</h3><p>${esc(p.phone)} (Mobile)</p><p>${esc(p.email)}</p><h3>Top Skills</h3>${p.skills.map((s) => `<p>${esc(s.split(' | ')[0]!)}</p>`).join('')}<h3>Languages</h3>${p.languages.map((l) => `<p>${esc(l)}</p>`).join('')}</td>
    <td class="main"><h1>${esc(p.name)}</h1><p class="hl">${esc(p.headline)}</p><p class="mu">${esc(p.location)}</p><h2>Summary</h2><p>${esc(p.summary)}</p><h2>Experience</h2>${jobs}
    <h2>Education</h2>${p.education.map((e) => `<p class="co">${esc(e.school)}</p><p>${esc(e.degree)} · (${e.start.slice(0, 4)} - ${e.end.slice(0, 4)})</p>`).join('')}</td></tr></table>`;
  }
  const jobs = p.work.map((j, k) => {
    const [y, m] = tenure(j);
    return `<tr><td colspan="2"><b>${esc(rangeText(p, j, v).replace(' - ', '--'))}：${esc(j.company)}（${COMPANY_SIZES[k % 4]}） [ ${y ? `${y}年` : ''}${m ? `${m}个月` : ''}]</b></td></tr>
    <tr><td class="k">所属行业：</td><td>${esc(INDUSTRIES[p.language]!)}</td></tr>
    <tr><td colspan="2"><b>${esc(DEPARTMENT[p.id]!)}</b>&nbsp;&nbsp;&nbsp;&nbsp;<b>${esc(j.title)}</b></td></tr>
    <tr><td class="k">工作描述：</td><td>${esc(j.bullets.join(''))}</td></tr>`;
  }).join('');
  return `<h1>${esc(p.name)}</h1><p>${esc(p.location)} | ${esc(p.phone)} | E-mail：${esc(p.email)}</p>
  <table class="jb"><tr><td colspan="2" class="bar">自我评价</td></tr><tr><td colspan="2">${esc(p.summary)}</td></tr>
  <tr><td colspan="2" class="bar">工作经验</td></tr>${jobs}
  <tr><td colspan="2" class="bar">教育经历</td></tr>${p.education.map((e) => `<tr><td colspan="2">${esc(`${e.start.replace('-', '/')}--${e.end.replace('-', '/')}：${e.school}　${e.degree}`)}</td></tr>`).join('')}
  <tr><td colspan="2" class="bar">技能特长</td></tr><tr><td colspan="2">${esc(skillList(p))}</td></tr></table>`;
}

function htmlFor(p: DevPerson, v: TableVariant): string {
  const fontFamily = p.language === 'en' ? "'Liberation Sans', Arial, sans-serif" : "'WenQuanYi Zen Hei', 'Droid Sans Fallback', sans-serif";
  return `<!doctype html><html lang="${p.language === 'en' ? 'en' : 'zh-CN'}"><head><meta charset="utf-8"><style>
  body { font-family: ${fontFamily}; font-size: 10.5pt; margin: 0; color: #222; }
  h1 { font-size: 22pt; margin: 0; } h2 { font-size: 12pt; border-bottom: 2px solid #2b4a6f; margin: 14px 0 6px; }
  table { width: 100%; border-collapse: collapse; } td, th { border: 1px solid #aab; padding: 4px 8px; text-align: left; vertical-align: top; }
  th { font-weight: bold; } th.s { background: #dde6f0; } td.r { text-align: right; white-space: nowrap; }
  ${v.htmlMiddle ? 'td, th { vertical-align: middle; }' : ''}
  .g { padding: 4px 6px; border-bottom: 1px solid #ddd; } ul { margin: 2px 0; padding-left: 18px; }
  .form th { background: #eef2f7; width: 14%; } .form th.v { writing-mode: vertical-rl; letter-spacing: 6px; width: 6%; text-align: center; vertical-align: middle; }
  .form th.t { font-size: 18pt; text-align: center; background: none; } .form td.ph { width: 16%; text-align: center; vertical-align: middle; color: #999; }
  .form p { margin: 2px 0; } .form ol { margin: 2px 0 6px; padding-left: 20px; }
  .li td { border: none; } .li td.side { width: 28%; background: #e9edf1; } .li td.main { padding-left: 18px; } .li p { margin: 2px 0; }
  .li .co { font-weight: bold; margin-top: 10px; } .li .mu { color: #777; } .li h2 { border: none; font-size: 14pt; } .li h3 { font-size: 11pt; }
  .jb td { border: none; padding: 2px 4px; } .jb td.bar { background: #dbe6f3; font-weight: bold; padding: 4px; } .jb td.k { width: 14%; color: #666; }
  </style></head><body>
  ${v.template === 'form' ? htmlForm(p, v) : v.template === 'jobboard' ? htmlJobBoard(p, v) : `<h1>${esc(p.name)}</h1><p>${esc(p.headline)}</p><p>${esc(p.email)} · ${esc(p.phone)} · ${esc(p.location)}</p>
  ${v.sectionRow ? '' : `<h2>${esc(T(p, '工作经历', 'Work Experience'))}</h2>`}
  ${v.sectionRow ? `<h2>${esc(T(p, '个人简介', 'Profile'))}</h2><p>${esc(p.summary)}</p>` : ''}
  ${htmlWork(p, v)}
  <h2>${esc(T(p, '教育背景', 'Education'))}</h2>${eduLine(p).map((l) => `<p>${esc(l)}</p>`).join('')}
  <h2>${esc(T(p, '专业技能', 'Skills'))}</h2><p>${esc(skillList(p))}</p>`}
  </body></html>`;
}

// ---- set --------------------------------------------------------------------------------------------------------
async function main() {
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  // --variants a,b limits an exploration to some shapes.
  const only = process.argv.includes('--variants') ? process.argv[process.argv.indexOf('--variants') + 1]!.split(',') : null;
  const ids = round3 ? ROUND3 : round4 ? ROUND4 : only;
  const pairs = explore || round3 || round4 ? PEOPLE.flatMap((p) => VARIANTS.filter((v) => !ids || ids.includes(v.id)).map((v) => [p.id, v.id] as [string, string])) : SET;
  const documents: { file: string; person: string; template: string; layout: string; producer: string; language: string }[] = [];
  const html: [string, string][] = [];
  for (const [pid, vid] of pairs) {
    const p = PEOPLE.find((x) => x.id === pid)!;
    const v = VARIANTS.find((x) => x.id === vid)!;
    const base = `${p.id}.${v.id}`;
    const entry = { person: p.id, template: v.id, layout: 'table', language: p.language };
    if (v.producer === 'html') {
      html.push([`${base}.pdf`, htmlFor(p, v)]);
      documents.push({ file: `${base}.pdf`, ...entry, producer: 'chromium-pdf' });
      continue;
    }
    writeFileSync(path.join(docs, `${base}.docx`), await Packer.toBuffer(docxFor(p, v)));
    documents.push({ file: `${base}.docx`, ...entry, producer: 'docx' }, { file: `${base}.pdf`, ...entry, producer: 'libreoffice-pdf' });
  }
  exportDocxToPdf(docs);
  await printHtml(docs, html);
  const truth = {
    about: round4
      ? 'The dev-round4 set (issue 11, round 4): the dev-tables people in whole-page template families of Word/WPS/Europass galleries (the Chinese form CV with vertical section labels, as DOCX, LibreOffice PDF and a Chromium-printed HTML table; the Word section-column resume; Europass 2013 and 2004) and in work tables with the title over the company, "Title at Company", and dates written with a day or as Mar \'15 (eval/dev-tables/generate.ts ROUND4). TUNED ON: a development set, not a held-out measure. Reference date 2026-11.'
      : round3
      ? 'The dev-round3 set (issue 11, round 3): the dev-tables people in work-history tables set in new ways (eval/dev-tables/generate.ts ROUND3: vertical alignment, a style a column, spacing inside cells, open ends written Current/Now/to date), as DOCX and LibreOffice PDF. TUNED ON: a development set, not a held-out measure. Reference date 2026-11.'
      : 'The dev-tables set (issue 11, round 2): hand-typed people in work-history tables of many shapes (eval/dev-tables/variants.ts), as DOCX, LibreOffice PDF and Chromium PDF. TUNED ON: a development set, not a held-out measure. Skills as written; " | " adds accepted alternatives. Reference date 2026-11.',
    referenceDate: REFERENCE,
    people: PEOPLE.map((p) => ({
      // A name printed in both scripts ('Yiting Fang 方怡婷') is read as its Chinese form, as the analyser documents.
      id: p.id, language: p.language, name: /[\u4e00-\u9fff]/.test(p.name) ? p.name.replace(/[^\u4e00-\u9fff·]/g, '') : p.name, email: p.email, phone: p.phoneE164, skills: p.skills,
      work: p.work.map((j) => ({ company: j.company, start: j.start, end: j.end })), yearsOfExperience: yearsWorked(p.work, REFERENCE),
    })),
    documents,
  };
  writeFileSync(path.join(dir, 'truth.json'), `${JSON.stringify(truth, null, 1)}\n`);
  if (!explore) writeFileSync(path.join(dir, 'manifest.json'), `${JSON.stringify(manifestOf(docs, documents.map((d) => d.file)), null, 1)}\n`);
  console.log(`wrote ${documents.length} documents for ${new Set(pairs.map(([p]) => p)).size} people`);
}

await main();
