/**
 * heldout-38 generator: writes documents/, truth.json and manifest.json. Refuses to run again once manifest.json
 * exists unless --force is given. Run from packages/cv:  npx tsx eval/heldout-38/generate.ts [--force]
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType, BorderStyle, Document, Footer, Header, Packer, PageNumber, Paragraph, ShadingType, Table, TableCell,
  Tab, TableLayoutType, TableRow, TabStopType, TextRun, VerticalAlign, VerticalMergeType, WidthType,
} from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people, type Job, type Person } from './people.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(here, 'documents');
const REF = '2026-11';

if (existsSync(path.join(here, 'manifest.json')) && !process.argv.includes('--force')) {
  console.error('manifest.json exists: this set is frozen. Re-run with --force to regenerate.');
  process.exit(1);
}

// ------------------------------------------------------------------ shared helpers
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
type DS = 'Mon YYYY' | 'Month YYYY' | 'MM/YYYY' | 'YYYY.MM' | 'YYYY年M月' | 'YYYY-MM' | 'MM.YYYY' | 'YYYY/MM' | 'MM/YY' | 'MONTH YYYY' | 'YYYY.M';
function d(ym: string, s: DS): string {
  const y = ym.slice(0, 4), m = Number(ym.slice(5, 7));
  switch (s) {
    case 'Mon YYYY': return `${MON[m - 1]} ${y}`;
    case 'Month YYYY': return `${MONTH[m - 1]} ${y}`;
    case 'MONTH YYYY': return `${MONTH[m - 1].toUpperCase()} ${y}`;
    case 'MM/YYYY': return `${String(m).padStart(2, '0')}/${y}`;
    case 'MM/YY': return `${String(m).padStart(2, '0')}/${y.slice(2)}`;
    case 'YYYY.MM': return `${y}.${String(m).padStart(2, '0')}`;
    case 'YYYY.M': return `${y}.${m}`;
    case 'YYYY年M月': return `${y}年${m}月`;
    case 'YYYY-MM': return ym;
    case 'MM.YYYY': return `${String(m).padStart(2, '0')}.${y}`;
    case 'YYYY/MM': return `${y}/${String(m).padStart(2, '0')}`;
  }
}
const e = (j: { end: string | null }, s: DS, now: string) => (j.end ? d(j.end, s) : now);
const sk = (p: Person) => p.skills.map((s) => s.split(' | ')[0]);
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const recent = (p: Person) => [...p.work].reverse();
const P = (id: string) => people.find((x) => x.id === id)!;
const age = (p: Person) => 2026 - Number(p.dob.slice(0, 4)) - (Number(p.dob.slice(5, 7)) > 11 ? 1 : 0);
const dobUK = (p: Person) => `${p.dob.slice(8)}/${p.dob.slice(5, 7)}/${p.dob.slice(0, 4)}`;
const dobZh = (p: Person) => `${p.dob.slice(0, 4)}.${p.dob.slice(5, 7)}`;
const surname = (p: Person) => p.name.split(' ').slice(-1)[0];
const forenames = (p: Person) => p.name.split(' ').slice(0, -1).join(' ');
const enName = (p: Person) => p.alt ? `${p.alt} ${p.name}` : p.name;

// ------------------------------------------------------------------ DOCX helpers
type Run = { t: string; b?: boolean; i?: boolean; size?: number; color?: string; u?: boolean; font?: string };
function para(runs: (Run | string)[] | string, o: { align?: 'c' | 'r' | 'j'; after?: number; before?: number; shade?: string; indent?: number; bullet?: boolean; tabs?: number[]; keep?: boolean; border?: 'bottom' | 'top'; size?: number } = {}): Paragraph {
  const rs = (typeof runs === 'string' ? [runs] : runs).map((r) => (typeof r === 'string' ? { t: r } : r));
  const children: TextRun[] = [];
  for (const r of rs) {
    const parts = r.t.split('\t');
    parts.forEach((part, k) => {
      if (k > 0) children.push(new TextRun({ children: [new Tab()], bold: r.b, size: r.size ?? o.size }));
      if (part) children.push(new TextRun({ text: part, bold: r.b, italics: r.i, size: r.size ?? o.size, color: r.color, underline: r.u ? {} : undefined, font: r.font }));
    });
  }
  return new Paragraph({
    children,
    alignment: o.align === 'c' ? AlignmentType.CENTER : o.align === 'r' ? AlignmentType.RIGHT : o.align === 'j' ? AlignmentType.JUSTIFIED : AlignmentType.LEFT,
    spacing: { after: o.after ?? 40, before: o.before ?? 0 },
    shading: o.shade ? { type: ShadingType.CLEAR, fill: o.shade, color: 'auto' } : undefined,
    indent: o.indent ? { left: o.indent } : undefined,
    bullet: o.bullet ? { level: 0 } : undefined,
    tabStops: o.tabs?.map((pos) => ({ type: pos < 0 ? TabStopType.RIGHT : TabStopType.LEFT, position: Math.abs(pos) })),
    keepNext: o.keep,
    border: o.border === 'bottom' ? { bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 1 } } : o.border === 'top' ? { top: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 1 } } : undefined,
  });
}
type CellIn = string | Paragraph | Paragraph[];
interface CO { w?: number; shade?: string; b?: boolean; span?: number; vm?: 'restart' | 'continue'; size?: number; align?: 'c' | 'r'; vc?: boolean; noBorder?: boolean }
function cell(c: CellIn, o: CO = {}): TableCell {
  const children = typeof c === 'string'
    ? c.split('\n').map((line) => para([{ t: line, b: o.b, size: o.size }], { align: o.align, after: 0 }))
    : Array.isArray(c) ? c : [c];
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  return new TableCell({
    children: children.length ? children : [para('')],
    width: o.w ? { size: o.w, type: WidthType.DXA } : undefined,
    shading: o.shade ? { type: ShadingType.CLEAR, fill: o.shade, color: 'auto' } : undefined,
    columnSpan: o.span,
    verticalMerge: o.vm === 'restart' ? VerticalMergeType.RESTART : o.vm === 'continue' ? VerticalMergeType.CONTINUE : undefined,
    verticalAlign: o.vc ? VerticalAlign.CENTER : undefined,
    margins: { top: 50, bottom: 50, left: 90, right: 90 },
    borders: o.noBorder ? { top: none, bottom: none, left: none, right: none } : undefined,
  });
}
function table(rows: TableCell[][], widths: number[], o: { noBorder?: boolean; header?: number } = {}): Table {
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const b = o.noBorder ? none : line;
  return new Table({
    rows: rows.map((cells, k) => new TableRow({ children: cells, tableHeader: o.header ? k < o.header : undefined, cantSplit: true })),
    columnWidths: widths,
    width: { size: widths.reduce((a, x) => a + x, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: { top: b, bottom: b, left: b, right: b, insideHorizontal: b, insideVertical: b },
  });
}
interface DocO { font: string; eastAsia?: string; size?: number; margin?: number; header?: Paragraph[]; footer?: Paragraph[]; title: string; author: string }
async function docx(file: string, children: (Paragraph | Table)[], o: DocO): Promise<void> {
  const m = o.margin ?? 1000;
  const doc = new Document({
    creator: o.author, title: o.title, lastModifiedBy: o.author,
    styles: { default: { document: { run: { font: { ascii: o.font, hAnsi: o.font, eastAsia: o.eastAsia ?? o.font, cs: o.font }, size: o.size ?? 20 } } } },
    sections: [{
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: m, bottom: m, left: m, right: m, header: 500, footer: 500 } } },
      headers: o.header ? { default: new Header({ children: o.header }) } : undefined,
      footers: o.footer ? { default: new Footer({ children: o.footer }) } : undefined,
      children,
    }],
  });
  writeFileSync(path.join(docs, file), await Packer.toBuffer(doc));
}
const pageXofY = (pre = 'Page ', mid = ' of ', post = '', size = 16) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ size, children: [pre, PageNumber.CURRENT, mid, PageNumber.TOTAL_PAGES, post] })] });
const H = (t: string, o: { shade?: string; size?: number; color?: string; before?: number } = {}) => para([{ t, b: true, size: o.size ?? 21, color: o.color }], { shade: o.shade, before: o.before ?? 160, after: 60, keep: true });
const gap = (n = 80) => para('', { after: n });

// ------------------------------------------------------------------ HTML helpers
const EN_SANS = `'Liberation Sans', Arial, 'WenQuanYi Zen Hei', sans-serif`;
const EN_SERIF = `'Liberation Serif', 'Times New Roman', 'WenQuanYi Zen Hei', serif`;
const ZH = `'WenQuanYi Zen Hei', 'Microsoft YaHei', 'PingFang SC', sans-serif`;
const html = (lang: string, css: string, body: string) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>
*{box-sizing:border-box} body{margin:0;-webkit-print-color-adjust:exact} ${css}</style></head><body>${body}</body></html>`;
const ul = (xs: string[], cls = '') => `<ul${cls ? ` class="${cls}"` : ''}>${xs.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>`;

// ================================================================== DOCX TEMPLATES
type DocxT = (p: Person) => Promise<(Paragraph | Table)[] | [ (Paragraph | Table)[], Partial<DocO> ]>;

/** St Helena Government application for employment (HR form, tables). */
const sthelena = async (p: Person) => {
  const W = [1300, 1300, 2000, 1800, 3500];
  const kv = (rows: [string, string, string?, string?][]) => table(rows.map(([a, b, c, dd]) => c !== undefined
    ? [cell(a, { w: 2000, shade: 'E7EEF6', b: true }), cell(b, { w: 2950 }), cell(c, { w: 2000, shade: 'E7EEF6', b: true }), cell(dd ?? '', { w: 2950 })]
    : [cell(a, { w: 2000, shade: 'E7EEF6', b: true }), cell(b, { w: 7900, span: 3 })]), [2000, 2950, 2000, 2950]);
  const sec = (n: string, t: string) => para([{ t: `${n}.  ${t.toUpperCase()}`, b: true, color: 'FFFFFF' }], { shade: '1F3864', before: 200, after: 80, keep: true });
  const out: (Paragraph | Table)[] = [
    para([{ t: 'ST HELENA GOVERNMENT', b: true, size: 30, color: '1F3864' }], { align: 'c', after: 0 }),
    para([{ t: 'APPLICATION FOR EMPLOYMENT', b: true, size: 24 }], { align: 'c', after: 40 }),
    para([{ t: 'Please complete in black ink or electronically. CVs will not be accepted in place of this form. Return to Human Resources, The Castle, Jamestown, STHL 1ZZ.', i: true, size: 16 }], { align: 'c', after: 120 }),
    kv([['Post applied for', 'Senior Customs Officer', 'Vacancy Ref. No.', 'SHG/CUS/26/014'], ['Directorate', 'Corporate Services \u2013 Customs & Immigration', 'Closing date', '14 November 2026']]),
    sec('1', 'Personal details'),
    kv([['Title', 'Dr / Mr / Mrs / Ms / Miss  \u2612 Ms', 'Date of birth', dobUK(p)], ['Surname', surname(p), 'Forename(s)', forenames(p)], ['Address', p.address.join(', ')], ['Telephone (home)', '\u2014', 'Mobile', p.phoneLocal], ['E-mail', p.email], ['St Helenian status?', 'Yes \u2612   No \u2610', 'Vetting certificate held?', 'Yes \u2612 (Royal St Helena Police)']]),
    sec('2', 'Proficiency in English language'),
    para('Please indicate your level of fluency: 1 = Fluent, 2 = Moderate, 3 = Basic', { size: 17 }),
    table([[cell('Spoken', { w: 2475, shade: 'E7EEF6', b: true }), cell('1', { w: 2475, align: 'c' }), cell('Written', { w: 2475, shade: 'E7EEF6', b: true }), cell('1', { w: 2475, align: 'c' })]], [2475, 2475, 2475, 2475]),
    sec('3', 'Employment history / experience'),
    para('List jobs held, starting with your present or most recent employment. Include temporary jobs if relevant.', { size: 17 }),
    table([
      ['Date from', 'Date to', 'Name of employer', 'Position held', 'Nature of duties (including reason for leaving)'].map((h, k) => cell(h, { w: W[k], shade: 'D9D9D9', b: true, size: 17 })),
      ...recent(p).map((j, k) => [cell(d(j.start, 'MM/YYYY'), { w: W[0] }), cell(j.end ? d(j.end, 'MM/YYYY') : 'Present', { w: W[1] }), cell(j.company, { w: W[2] }), cell(j.title, { w: W[3] }),
        cell([...j.bullets.map((b) => para(b, { after: 20, size: 18 })), para([{ t: `Reason for leaving: ${k === 0 ? 'n/a (current post)' : j.company === recent(p)[k - 1].company ? 'promoted' : k === 2 ? 'returned to St Helena' : 'better prospects'}`, i: true, size: 17 }], { after: 0 })], { w: W[4] })]),
    ], W, { header: 1 }),
    para([{ t: 'Gaps in employment: ', b: true, size: 18 }, { t: (p.gaps ?? []).map((g) => `${d(g.start, 'MM/YYYY')}\u2013${d(g.end, 'MM/YYYY')} ${g.note}`).join('; ') || 'None', size: 18 }], { before: 60 }),
    sec('4', 'Education and professional qualifications obtained'),
    table([
      ['Institution', 'Qualification', 'Grade', 'Date obtained'].map((h, k) => cell(h, { w: [3200, 3700, 1200, 1800][k], shade: 'D9D9D9', b: true, size: 17 })),
      ...p.education.map((x) => [cell(x.school, { w: 3200 }), cell(x.degree, { w: 3700 }), cell('Pass', { w: 1200 }), cell(d(x.end, 'MM/YYYY'), { w: 1800 })]),
    ], [3200, 3700, 1200, 1800]),
    sec('5', 'Training courses'),
    table([
      ['Course title', 'Training provider', 'Duration', 'Year completed'].map((h, k) => cell(h, { w: [3800, 3100, 1200, 1800][k], shade: 'D9D9D9', b: true, size: 17 })),
      ...p.certs.map((c) => [cell(c.replace(/ \(.*\)$/, ''), { w: 3800 }), cell(c.startsWith('WCO') ? 'World Customs Organization (online)' : 'Solomons Training Centre', { w: 3100 }), cell(c.startsWith('WCO') ? '30 hours' : '2 days', { w: 1200 }), cell(c.match(/\((\d{4})\)/)?.[1] ?? '', { w: 1800 })]),
    ], [3800, 3100, 1200, 1800]),
    sec('6', 'Skills and abilities'),
    para('Please list the skills you would bring to the post.', { size: 17 }),
    ...sk(p).map((s) => para(s, { bullet: true, after: 0 })),
    sec('7', 'Supporting statement'),
    para(p.summary, { align: 'j' }),
    sec('8', 'References'),
    para('Please give two referees, one of whom must be your present or most recent employer.', { size: 17 }),
    table([
      ['', 'Referee 1', 'Referee 2'].map((h) => cell(h, { w: h ? 3950 : 2000, shade: 'D9D9D9', b: true })),
      ...(['Name', 'Position', 'Organisation', 'Telephone'] as const).map((lab, k) => [cell(lab, { w: 2000, shade: 'E7EEF6', b: true }), ...p.referees.map((r) => cell([r.name, r.role, r.org, r.phone][k], { w: 3950 }))]),
    ], [2000, 3950, 3950]),
    sec('9', 'Declaration'),
    para('I declare that the information given on this form is correct and complete. I understand that any false statement may lead to my application being rejected or, if appointed, to dismissal.', { align: 'j', size: 18 }),
    para([{ t: 'Signature of applicant: ' }, { t: 'C. M. Duncombe', i: true }, { t: '\tDate: 02/11/2026' }], { before: 160, tabs: [6200] }),
  ];
  return [out, { font: 'Arial', size: 19, header: [para([{ t: `Applicant: ${p.name}`, size: 15, color: '666666' }, { t: '\tVacancy Ref. SHG/CUS/26/014', size: 15, color: '666666' }], { tabs: [-9900], after: 0 })], footer: [para([{ t: 'SHG HR Form 1 (Application for Employment) \u2013 Rev. 03/2023', size: 14, color: '666666' }], { after: 0 }), pageXofY('Page ', ' of ', '', 14)] }] as [(Paragraph | Table)[], Partial<DocO>];
};

/** Cook Islands Office of the Public Service Commissioner application form. */
const cookislands = async (p: Person) => {
  const box = (t: string) => para([{ t, b: true, size: 20 }], { shade: 'BDD7C6', before: 200, after: 60, keep: true });
  const W = [900, 900, 2300, 1500, 1900, 2400];
  return [[
    table([[cell([para([{ t: 'GOVERNMENT OF THE COOK ISLANDS', b: true, size: 26 }], { align: 'c', after: 0 }), para([{ t: 'Te Tango Akatereinga Ropi Akatere \u2013 Office of the Public Service Commissioner', size: 17 }], { align: 'c', after: 0 }), para([{ t: 'EMPLOYMENT APPLICATION FORM', b: true, size: 22 }], { align: 'c', after: 0 })], { w: 9900, shade: 'F2F2F2' })]], [9900]),
    para([{ t: 'Complete all sections. Attach copies of qualifications. Incomplete applications may not be considered.', i: true, size: 16 }], { align: 'c', before: 60 }),
    table([[cell('Position applied for:', { w: 2300, b: true }), cell('Hospitality Tutor (Cookery)', { w: 3400 }), cell('Agency / Ministry:', { w: 1800, b: true }), cell('Cook Islands Tertiary Training Institute', { w: 2400 })]], [2300, 3400, 1800, 2400]),
    box('SECTION A \u2013 PERSONAL DETAILS'),
    table([
      [cell('Surname', { w: 2300, b: true }), cell(surname(p), { w: 2650 }), cell('First name(s)', { w: 2300, b: true }), cell(forenames(p), { w: 2650 })],
      [cell('Full name (as shown on passport)', { w: 2300, b: true }), cell(p.name, { w: 7600, span: 3 })],
      [cell('Date of birth', { w: 2300, b: true }), cell(dobUK(p), { w: 2650 }), cell('Island of origin', { w: 2300, b: true }), cell('Rarotonga / Mangaia', { w: 2650 })],
      [cell('Postal address', { w: 2300, b: true }), cell(p.address.join(', '), { w: 7600, span: 3 })],
      [cell('Phone / Mobile', { w: 2300, b: true }), cell(p.phoneLocal, { w: 2650 }), cell('Email', { w: 2300, b: true }), cell(p.email, { w: 2650 })],
      [cell('Citizenship', { w: 2300, b: true }), cell(p.nationality, { w: 7600, span: 3 })],
    ], [2300, 2650, 2300, 2650]),
    box('SECTION B \u2013 EDUCATION AND QUALIFICATIONS'),
    table([
      ['Year(s)', 'School / Institution', 'Qualification attained'].map((h, k) => cell(h, { w: [1600, 3900, 4400][k], b: true, shade: 'E2EFDA' })),
      ...p.education.map((x) => [cell(`${x.start.slice(0, 4)}\u2013${x.end.slice(0, 4)}`, { w: 1600 }), cell(x.school, { w: 3900 }), cell(x.degree, { w: 4400 })]),
    ], [1600, 3900, 4400]),
    box('SECTION C \u2013 EMPLOYMENT RECORD (most recent first)'),
    table([
      ['From (mm/yy)', 'To (mm/yy)', 'Employer', 'Location', 'Position title', 'Main duties'].map((h, k) => cell(h, { w: W[k], b: true, shade: 'E2EFDA', size: 16 })),
      ...recent(p).map((j) => [cell(d(j.start, 'MM/YY'), { w: W[0] }), cell(j.end ? d(j.end, 'MM/YY') : 'current', { w: W[1] }), cell(j.company, { w: W[2] }), cell(j.place, { w: W[3] }), cell(j.title, { w: W[4] }), cell(j.bullets.join(' '), { w: W[5], size: 16 })]),
    ], W, { header: 1 }),
    box('SECTION D \u2013 SKILLS AND COMPETENCIES'),
    table([[cell(sk(p).map((s) => para(`\u2022  ${s}`, { after: 0 })), { w: 9900 })]], [9900]),
    box('SECTION E \u2013 LANGUAGES'),
    para(p.languages.join('; ')),
    box('SECTION F \u2013 REFEREES (not related to you)'),
    table([
      ['Name', 'Position / Organisation', 'Contact number'].map((h, k) => cell(h, { w: [2800, 4600, 2500][k], b: true, shade: 'E2EFDA' })),
      ...p.referees.map((r) => [cell(r.name, { w: 2800 }), cell(`${r.role}, ${r.org}`, { w: 4600 }), cell(r.phone, { w: 2500 })]),
    ], [2800, 4600, 2500]),
    box('SECTION G \u2013 DECLARATION'),
    para('I certify that the information I have given is true and correct. I understand that providing false information may result in the withdrawal of any offer of employment.', { align: 'j' }),
    para('Signed: ______________________________\t\tDate: 28 / 10 / 2026', { before: 240, tabs: [5200] }),
    para([{ t: 'OFFICE USE ONLY:  Received ____/____/______    Shortlisted  Y / N    Initials ______', size: 15, color: '7F7F7F' }], { before: 200, border: 'top' }),
  ], { font: 'Calibri', size: 20, footer: [pageXofY('OPSC Application Form  |  Page ', ' of ', '', 14)] }] as [(Paragraph | Table)[], Partial<DocO>];
};

/** Lesotho Public Service Commission application for employment. */
const lesotho = async (p: Person) => {
  const part = (t: string) => para([{ t, b: true, u: true }], { before: 220, after: 60, keep: true });
  const kv = (a: string, b: string) => [cell(a, { w: 3300 }), cell(b, { w: 6600, b: true })];
  const W = [2500, 2100, 1200, 1200, 2900];
  return [[
    para([{ t: 'KINGDOM OF LESOTHO', b: true, size: 24 }], { align: 'c', after: 0 }),
    para([{ t: 'PUBLIC SERVICE COMMISSION', b: true, size: 22 }], { align: 'c', after: 0 }),
    para([{ t: 'APPLICATION FOR EMPLOYMENT IN THE PUBLIC SERVICE', b: true, size: 22 }], { align: 'c', after: 40 }),
    para([{ t: '(Form PSC 1 \u2013 to be completed in full by the applicant; attach certified copies of certificates and ID)', i: true, size: 16 }], { align: 'c', after: 100 }),
    part('PART A: POST APPLIED FOR'),
    table([kv('Title of post', 'Principal Epidemiologist'), kv('Ministry / Department', 'Ministry of Health \u2013 Disease Control Directorate'), kv('Grade', 'I'), kv('Advertisement reference', 'PSC/MOH/41/2026')], [3300, 6600]),
    part('PART B: PERSONAL PARTICULARS'),
    table([kv('Full names (BLOCK LETTERS)', p.name.toUpperCase()), kv('Surname', surname(p).toUpperCase()), kv('First names', forenames(p)), kv('Maiden name (if applicable)', 'N/A'), kv('Date of birth (dd/mm/yyyy)', dobUK(p)), kv('Sex', 'Female'), kv('Marital status', 'Single'), kv('Citizenship', 'Mosotho'), kv('National ID number', '0318 8811 2204'), kv('District of origin', 'Leribe'), kv('Postal address', 'P.O. Box 11842, Maseru 100'), kv('Physical address', p.address.join(', ')), kv('Cell number', `+266 ${p.phoneLocal}`), kv('E-mail address', p.email)], [3300, 6600]),
    part('PART C: ACADEMIC AND PROFESSIONAL QUALIFICATIONS'),
    table([
      ['Institution', 'From', 'To', 'Qualification obtained', 'Class / Division'].map((h, k) => cell(h, { w: [2800, 1000, 1000, 3400, 1700][k], b: true, shade: 'DDDDDD' })),
      ...p.education.map((x) => [cell(x.school, { w: 2800 }), cell(d(x.start, 'MM/YYYY'), { w: 1000 }), cell(d(x.end, 'MM/YYYY'), { w: 1000 }), cell(x.degree, { w: 3400 }), cell(x.degree.includes('distinction') ? 'Distinction' : 'Second Class (Upper)', { w: 1700 })]),
    ], [2800, 1000, 1000, 3400, 1700]),
    part('PART D: EMPLOYMENT HISTORY (start with the current or most recent)'),
    table([
      ['Employer', 'Post held', 'From', 'To', 'Reasons for leaving'].map((h, k) => cell(h, { w: W[k], b: true, shade: 'DDDDDD' })),
      ...recent(p).map((j, k) => [cell(j.company, { w: W[0] }), cell(j.title, { w: W[1] }), cell(d(j.start, 'MM/YYYY'), { w: W[2] }), cell(j.end ? d(j.end, 'MM/YYYY') : 'To date', { w: W[3] }), cell(k === 0 ? 'Currently employed' : k === 1 ? 'Promoted' : k === 2 ? 'Study leave (MSc), contract ended' : 'End of internship', { w: W[4] })]),
    ], W, { header: 1 }),
    part('PART E: SPECIAL SKILLS (including computer skills)'),
    table([[cell(sk(p).join(', '), { w: 9900 })]], [9900]),
    part('PART F: LANGUAGES'),
    table([['Language', 'Speak', 'Read', 'Write'].map((h, k) => cell(h, { w: [3600, 2100, 2100, 2100][k], b: true, shade: 'DDDDDD' })),
      ...p.languages.map((l) => [cell(l.replace(/ \(.*/, ''), { w: 3600 }), ...[0, 1, 2].map(() => cell(l.includes('basic') ? 'Fair' : 'Good', { w: 2100 }))])], [3600, 2100, 2100, 2100]),
    part('PART G: REFEREES'),
    table([['Name', 'Designation', 'Organisation', 'Telephone'].map((h, k) => cell(h, { w: [2600, 2000, 3100, 2200][k], b: true, shade: 'DDDDDD' })),
      ...p.referees.map((r) => [cell(r.name, { w: 2600 }), cell(r.role, { w: 2000 }), cell(r.org, { w: 3100 }), cell(r.phone, { w: 2200 })])], [2600, 2000, 3100, 2200]),
    part('PART H: DECLARATION'),
    para('I hereby declare that the particulars given in this form are true and correct to the best of my knowledge. I understand that any false information may lead to disqualification or dismissal from the Public Service.', { align: 'j' }),
    para('Signature of applicant: .........................................\tDate: 30/10/2026', { before: 260, tabs: [6300] }),
  ], { font: 'Times New Roman', size: 21, footer: [pageXofY('', '', '', 16)] }] as [(Paragraph | Table)[], Partial<DocO>];
};

/** Google Docs "Modern Writer" template, downloaded as .docx. */
const modernwriter = async (p: Person) => {
  const ORANGE = 'FF5E0E';
  const head = (t: string) => para([{ t: t.toUpperCase(), b: true, color: ORANGE, size: 22, font: 'Source Code Pro' }], { before: 320, after: 80, keep: true });
  return [[
    para([{ t: p.name, b: true, size: 52, font: 'Source Code Pro' }], { after: 60 }),
    para([{ t: p.address.join(', '), size: 18, font: 'Source Code Pro' }], { after: 0 }),
    para([{ t: p.phoneLocal, size: 18, font: 'Source Code Pro' }], { after: 0 }),
    para([{ t: p.email, size: 18, font: 'Source Code Pro', color: '1155CC', u: true }], { after: 120 }),
    para(p.summary, { after: 60 }),
    head('Skills'),
    para(sk(p).join(' \u2022 ')),
    head('Experience'),
    ...recent(p).flatMap((j) => [
      para([{ t: j.company, b: true }, { t: `, ${j.place} \u2014 ` }, { t: j.title, i: true }], { before: 140, after: 20, keep: true }),
      para([{ t: `${d(j.start, 'MONTH YYYY')} - ${j.end ? d(j.end, 'MONTH YYYY') : 'PRESENT'}`, size: 16, color: '666666', font: 'Source Code Pro' }], { after: 40, keep: true }),
      ...j.bullets.map((b) => para(b, { after: 20 })),
    ]),
    head('Education'),
    ...p.education.map((x) => para([{ t: x.school, b: true }, { t: x.place ? `, ${x.place} \u2014 ` : ' \u2014 ' }, { t: x.degree, i: true }, { t: `   ${d(x.start, 'MONTH YYYY')} - ${d(x.end, 'MONTH YYYY')}`, size: 16, color: '666666' }], { after: 60 })),
    head('Awards'),
    ...p.certs.map((c) => para(c, { after: 20 })),
    head('Languages'),
    para(p.languages.join(', ')),
  ], { font: 'Arial', size: 20, margin: 1100 }] as [(Paragraph | Table)[], Partial<DocO>];
};

/** RICS APC final assessment: candidate details, employment summary and key skills (Word form). */
const rics = async (p: Person) => {
  const x = p.extra!;
  const tt = (t: string) => para([{ t, b: true, color: '00205B', size: 24 }], { before: 240, after: 80, border: 'bottom', keep: true });
  const kv = (rows: [string, string][]) => table(rows.map(([a, b]) => [cell(a, { w: 3400, shade: 'E6EBF2', b: true }), cell(b, { w: 6500 })]), [3400, 6500]);
  const W = [1350, 1350, 2700, 2500, 2000];
  const lev = [['Ethics, Rules of Conduct and professionalism', '3'], ['Client care', '2'], ['Communication and negotiation', '2'], ['Health and safety', '2'], ['Quantification and costing of construction works', '3'], ['Procurement and tendering', '3'], ['Contract practice', '3'], ['Commercial management of construction', '2'], ['Design economics and cost planning', '2']];
  return [[
    para([{ t: 'rics', b: true, size: 40, color: '00205B' }, { t: '   Assessment of Professional Competence', size: 24, color: '00205B' }], { after: 0 }),
    para([{ t: 'Final assessment submission \u2013 Candidate details, CV and experience record', size: 20 }], { after: 160 }),
    tt('1. Candidate details'),
    kv([['Candidate name', p.name], ['RICS membership number', x.rics], ['Pathway', x.pathway], ['Route', 'Graduate route 2 (12 months structured training)'], ['Address', p.address.join(', ')], ['Telephone', p.phoneLocal], ['Email', p.email], ['Current employer', p.work.at(-1)!.company], ['Counsellor', x.counsellor], ['Supervisor', x.supervisor]]),
    tt('2. Employment history'),
    table([
      ['Start date', 'End date', 'Employer', 'Position', 'Structured training?'].map((h, k) => cell(h, { w: W[k], shade: 'C9D3E3', b: true, size: 17 })).map((c) => c),
      ...recent(p).map((j) => [cell(d(j.start, 'MM/YYYY'), { w: W[0] }), cell(j.end ? d(j.end, 'MM/YYYY') : 'Present', { w: W[1] }), cell(j.company, { w: W[2] }), cell(j.title, { w: W[3] }), cell(j.company === 'Carreg Infrastructure Ltd' ? 'Yes' : j.company.startsWith('Gwent') ? 'No (placement)' : 'Yes', { w: W[4] })]),
    ], W, { header: 1 }),
    para([{ t: 'Note: ', b: true, size: 17 }, { t: '09/2016 \u2013 08/2018 final years of full-time degree study.', size: 17 }], { before: 40 }),
    tt('3. Academic and professional qualifications'),
    table([['Institution', 'Qualification', 'Date awarded'].map((h, k) => cell(h, { w: [3500, 4600, 1800][k], shade: 'E6EBF2', b: true })),
      ...p.education.map((e2) => [cell(e2.school, { w: 3500 }), cell(e2.degree, { w: 4600 }), cell(d(e2.end, 'MM/YYYY'), { w: 1800 })])], [3500, 4600, 1800]),
    tt('4. Key skills and software'),
    ...sk(p).map((s) => para(s, { bullet: true, after: 0 })),
    tt('5. Competencies and levels declared'),
    table([['Competency', 'Level'].map((h, k) => cell(h, { w: [8100, 1800][k], shade: 'E6EBF2', b: true })), ...lev.map(([a, b]) => [cell(a, { w: 8100 }), cell(b, { w: 1800, align: 'c' })])], [8100, 1800]),
    tt('6. Declaration'),
    para('I confirm that the information in this submission is my own work and that I have complied with the RICS Rules of Conduct. I confirm my CPD record is up to date (48 hours over the last 2 years).', { align: 'j' }),
    para(`Candidate signature: Owen P. Bellamy\tDate: 19/10/2026`, { before: 200, tabs: [6000] }),
    para(`Counsellor signature: ______________________\tDate: ____/____/______`, { before: 200, tabs: [6000] }),
  ], { font: 'Arial', size: 20, footer: [pageXofY('APC final assessment submission  \u2013  Page ', ' of ', '', 15)] }] as [(Paragraph | Table)[], Partial<DocO>];
};

/** 个人简历网 (gerenjianli.com) style Word 简历: two-column table, shaded left column with photo box. */
const gerenjianli = async (p: Person) => {
  const L = 3300, R = 6600, BLUE = '2E5C8A';
  const lh = (t: string) => para([{ t, b: true, color: 'FFFFFF', size: 21 }], { shade: BLUE, before: 120, after: 60 });
  const rh = (t: string) => para([{ t, b: true, color: BLUE, size: 24 }], { before: 160, after: 60, border: 'bottom' });
  const left = [
    para([{ t: '（照片）', color: '999999', size: 18 }], { align: 'c', before: 500, after: 500 }),
    lh('基本信息'),
    ...[['姓名', p.name], ['性别', p.sex === 'M' ? '男' : '女'], ['出生年月', dobZh(p)], ['籍贯', p.id === 'p10' ? '海南文昌' : '广东肇庆'], ['学历', '本科'], ['现居', p.address[0].slice(0, 6)]].map(([a, b]) => para([{ t: `${a}：`, b: true }, { t: b }], { after: 20 })),
    lh('联系方式'),
    para(`电话：${p.phoneLocal}`, { after: 20 }), para(`邮箱：${p.email}`, { after: 20 }),
    lh('专业技能'),
    ...sk(p).map((s) => para(`■ ${s}`, { after: 20 })),
    lh('证书'),
    ...p.certs.map((c) => para(c, { after: 20 })),
    lh('语言'),
    ...p.languages.map((c) => para(c, { after: 20 })),
  ];
  const right = [
    para([{ t: p.name, b: true, size: 44, color: BLUE }], { after: 0 }),
    para([{ t: `求职意向：${p.headline}`, size: 22 }], { after: 60 }),
    rh('工作经历'),
    ...recent(p).flatMap((j) => [
      para([{ t: `${d(j.start, 'YYYY.MM')} - ${e(j, 'YYYY.MM', '至今')}`, b: true }, { t: `\t${j.company}` , b: true }], { tabs: [1900], before: 80, after: 20, keep: true }),
      para([{ t: `\t${j.title}`, i: true, color: '555555' }], { tabs: [1900], after: 20, keep: true }),
      ...j.bullets.map((b) => para(`• ${b}`, { indent: 200, after: 10 })),
    ]),
    rh('教育背景'),
    ...p.education.map((x) => para([{ t: `${d(x.start, 'YYYY.MM')} - ${d(x.end, 'YYYY.MM')}`, b: true }, { t: `\t${x.school}　${x.degree}` }], { tabs: [1900], after: 40 })),
    rh('自我评价'),
    para(p.summary, { align: 'j' }),
  ];
  return [[
    table([[cell(left, { w: L, shade: 'EAF0F6', noBorder: true }), cell(right, { w: R, noBorder: true })]], [L, R], { noBorder: true }),
  ], { font: '微软雅黑', eastAsia: '微软雅黑', size: 19, margin: 700 }] as [(Paragraph | Table)[], Partial<DocO>];
};

/** 国际中文教育志愿者报名申请表（中文）. */
const hanban = async (p: Person) => {
  const x = p.extra!;
  const L = (t: string, w: number, o: CO = {}) => cell(t, { w, shade: 'F2F2F2', b: true, align: 'c', vc: true, ...o });
  const V = (t: string, w: number, o: CO = {}) => cell(t, { w, vc: true, ...o });
  const W6 = [1350, 1850, 1350, 1850, 1350, 2150];
  const sec = (t: string) => [cell(t, { w: 9900, span: 6, b: true, shade: 'D9E2F3' })];
  return [[
    para([{ t: '国际中文教育志愿者报名申请表', b: true, size: 36 }], { align: 'c', after: 40 }),
    para([{ t: `报名编号：VOL2026-0371842　　　　申报岗位：${x.post}`, size: 18 }], { after: 80 }),
    table([
      [L('姓名', W6[0]), V(p.name, W6[1]), L('性别', W6[2]), V('男', W6[3]), V(`出生日期：${dobZh(p)}`, W6[4]), cell('照\n片', { w: W6[5], vm: 'restart', align: 'c', vc: true })],
      [L('民族', W6[0]), V('汉族', W6[1]), L('政治面貌', W6[2]), V(x.politics, W6[3]), V(`身高：${x.height}`, W6[4]), cell('', { w: W6[5], vm: 'continue' })],
      [L('婚姻状况', W6[0]), V('未婚', W6[1]), L('健康状况', W6[2]), V('良好', W6[3]), V('普通话：二甲', W6[4]), cell('', { w: W6[5], vm: 'continue' })],
      [L('派出单位', W6[0]), V(x.dispatch, 7650, { span: 4 }), cell('', { w: W6[5], vm: 'continue' })],
      [L('手机', W6[0]), V(p.phoneLocal, W6[1]), L('电子邮箱', W6[2]), V(p.email, 5350, { span: 3 })],
      [L('通讯地址', W6[0]), V(p.address[0], 8550, { span: 5 })],
      sec('学习经历（从高中起填写）'),
      [L('起止时间', 2550, { span: 2 }), L('学校', 2550, { span: 2 }), L('专业 / 学历学位', 4800, { span: 2 })].map((c) => c),
      [V('2013.09 - 2016.06', 2550, { span: 2 }), V('济南第十一中学', 2550, { span: 2 }), V('高中', 4800, { span: 2 })],
      ...p.education.map((e2) => [V(`${d(e2.start, 'YYYY.MM')} - ${d(e2.end, 'YYYY.MM')}`, 2550, { span: 2 }), V(e2.school, 2550, { span: 2 }), V(e2.degree, 4800, { span: 2 })]),
      sec('工作经历（含实习、兼职及海外任教经历）'),
      [L('起止时间', 2000), L('工作单位', 2650, { span: 2 }), L('职务', 1350), L('主要工作内容', 3900, { span: 2 })],
      ...p.work.map((j) => [V(`${d(j.start, 'YYYY.MM')} - ${e(j, 'YYYY.MM', '至今')}`, 2000), V(j.company, 2650, { span: 2 }), V(j.title, 1350), V(j.bullets.join(''), 3900, { span: 2, size: 17 })]),
      sec('语言能力及证书'),
      [L('外语水平', W6[0]), V(p.languages.join('；'), 8550, { span: 5 })],
      [L('证书', W6[0]), V(p.certs.join('；'), 8550, { span: 5 })],
      [L('中华才艺', W6[0]), V(x.talent, 8550, { span: 5 })],
      [L('专业技能', W6[0]), V(sk(p).join('、'), 8550, { span: 5 })],
      sec('个人陈述'),
      [V(p.summary + '本人自愿报名参加国际中文教育志愿者项目，服从语合中心派遣安排。', 9900, { span: 6 })],
      [cell([para('本人承诺：以上所填信息真实准确，如有虚假，愿承担一切后果。', { after: 200 }), para('申请人签字：　　　　　　　　　　　　　　　　日期：2026 年 10 月 20 日', { align: 'r' })], { w: 9900, span: 6 })],
    ], W6),
  ], { font: 'SimSun', eastAsia: '宋体', size: 20, margin: 900, footer: [pageXofY('第 ', ' 页 共 ', ' 页', 16)] }] as [(Paragraph | Table)[], Partial<DocO>];
};

/** 湖北青年五四奖章推荐人选登记表 (Word table, 简历 as dated lines). */
const wusi = async (p: Person) => {
  const x = p.extra!;
  const L = (t: string, w: number, o: CO = {}) => cell(t, { w, b: true, align: 'c', vc: true, ...o });
  const V = (t: string, w: number, o: CO = {}) => cell(t, { w, vc: true, align: 'c', ...o });
  const W = [1300, 1500, 1200, 1500, 1300, 1300, 1800];
  const cv = [...p.education.map((e2) => `${d(e2.start, 'YYYY.MM')}—${d(e2.end, 'YYYY.MM')}　${e2.school} ${e2.degree.split(' ')[0]}专业学习`),
    ...p.work.map((j) => `${d(j.start, 'YYYY.MM')}—${j.end ? d(j.end, 'YYYY.MM') : '　　　'}　${j.company}${j.title}`)];
  return [[
    para([{ t: '附件2', size: 20 }], { after: 60 }),
    para([{ t: '第二十八届湖北青年五四奖章推荐人选登记表', b: true, size: 32 }], { align: 'c', after: 160 }),
    table([
      [L('姓　名', W[0]), V(p.name, W[1]), L('性　别', W[2]), V('女', W[3]), L('出生年月', W[4]), V(dobZh(p), W[5]), cell('（一寸免冠\n彩色照片）', { w: W[6], vm: 'restart', align: 'c', vc: true, size: 16 })],
      [L('民　族', W[0]), V(x.nation, W[1]), L('籍　贯', W[2]), V(x.native, W[3]), L('政治面貌', W[4]), V(x.politics, W[5]), cell('', { w: W[6], vm: 'continue' })],
      [L('学　历', W[0]), V('研究生', W[1]), L('职　称', W[2]), V('高级工程师', W[3]), L('参加工作时间', W[4]), V('2012.07', W[5]), cell('', { w: W[6], vm: 'continue' })],
      [L('工作单位及职务', 2800, { span: 2 }), V(`${p.work.at(-1)!.company}${p.work.at(-1)!.title}`, 7100, { span: 5 })],
      [L('手　机', W[0]), V(p.phoneLocal, 2700, { span: 2 }), L('电子邮箱', W[3]), V(p.email, 4400, { span: 3 })],
      [L('专业特长', W[0]), cell(sk(p).join('；'), { w: 8600, span: 6 })],
      [L('主\n要\n简\n历', W[0]), cell(cv.map((l) => para(l, { after: 20 })), { w: 8600, span: 6 })],
      [L('曾\n获\n奖\n励', W[0]), cell(x.honours.split('；').map((l) => para(l, { after: 20 })), { w: 8600, span: 6 })],
      [L('主\n要\n事\n迹', W[0]), cell([para(`${p.name}同志${p.summary}扎根一线十余年，带领团队攻克深水基础与大体积混凝土温控难题，培养青年技术骨干 20 余名。`, { align: 'j' }), para('（详细事迹材料另附，不超过 1500 字）', { size: 17 })], { w: 8600, span: 6 })],
      [L('所在单位\n党组织意见', W[0]), cell([para('同意推荐。', { after: 300 }), para('（盖章）　　　　　年　　月　　日', { align: 'r' })], { w: 4300, span: 3 }), L('推荐单位\n意见', W[4]), cell([para('', { after: 300 }), para('（盖章）　　年　　月　　日', { align: 'r' })], { w: 3100, span: 2 })],
    ], W),
    para([{ t: '注：本表一式三份，A4 纸正反面打印，"主要事迹"栏限 300 字以内。', size: 17 }], { before: 60 }),
  ], { font: 'FangSong', eastAsia: '仿宋_GB2312', size: 22, margin: 1100 }] as [(Paragraph | Table)[], Partial<DocO>];
};

/** 科技特派员备案登记表. */
const kjtpy = async (p: Person) => {
  const x = p.extra!;
  const L = (t: string, w: number, o: CO = {}) => cell(t, { w, b: true, align: 'c', vc: true, ...o });
  const V = (t: string, w: number, o: CO = {}) => cell(t, { w, vc: true, ...o });
  const W = [1500, 1700, 1300, 1700, 1500, 2200];
  return [[
    para([{ t: '四川省科技特派员备案登记表', b: true, size: 34 }], { align: 'c', after: 60 }),
    para([{ t: '填报单位（盖章）：四川川中丘陵农业科学研究所　　　　　　　填报日期：2026 年 9 月 8 日', size: 18 }], { after: 80 }),
    table([
      [L('姓名', W[0]), V(p.name, W[1]), L('性别', W[2]), V('男', W[3]), L('出生年月', W[4]), V(dobZh(p), W[5])],
      [L('民族', W[0]), V(x.nation, W[1]), L('政治面貌', W[2]), V(x.politics, W[3]), L('学历/学位', W[4]), V('大学本科', W[5])],
      [L('所学专业', W[0]), V('果树 / 农学', W[1]), L('职称', W[2]), V('副研究员', W[3]), L('身份证号', W[4]), V('510921********2318', W[5])],
      [L('派出单位', W[0]), V(p.work.at(-1)!.company, 4700, { span: 3 }), L('单位电话', W[4]), V(x.unitPhone, W[5])],
      [L('手机', W[0]), V(p.phoneLocal, W[1]), L('固定电话', W[2]), V(x.landline, W[3]), L('邮政编码', W[4]), V('629100', W[5])],
      [L('电子邮箱', W[0]), V(p.email, 8400, { span: 5 })],
      [L('通讯地址', W[0]), V(p.address[0], 8400, { span: 5 })],
      [L('专业特长', W[0]), V(sk(p).join('，'), 8400, { span: 5 })],
      [L('工作简历', W[0], { vm: 'restart' }), L('起止年月', W[1]), L('工作单位', 3000, { span: 2 }), L('职务/职称', 3700, { span: 2 })],
      ...recent(p).map((j) => [cell('', { w: W[0], vm: 'continue' }), V(`${d(j.start, 'YYYY.MM')}-${e(j, 'YYYY.MM', '至今')}`, W[1]), V(j.company, 3000, { span: 2 }), V(j.title, 3700, { span: 2 })]),
      [L('服务类型', W[0]), V('☑ 法人科技特派员　□ 个人科技特派员　□ 团队科技特派员', 8400, { span: 5 })],
      [L('服务对象\n及地点', W[0]), V(x.service, 8400, { span: 5 })],
      [L('服务内容', W[0]), V('柑橘品种改良与提质增效技术指导；水肥一体化设施建设指导；病虫害绿色防控示范；每年开展现场培训不少于 6 次。', 8400, { span: 5 })],
      [L('派出单位\n意见', W[0]), cell([para('同意派出。', { after: 400 }), para('（盖章）　　年　　月　　日', { align: 'r' })], { w: 3000, span: 2 }), L('县(市、区)\n科技部门意见', W[2] + 400 - 400), cell([para('', { after: 400 }), para('（盖章）　　年　　月　　日', { align: 'r' })], { w: 5400 - 1300, span: 3 })],
    ], W),
    para([{ t: '说明：1. 本表一式两份；2. "工作简历"从参加工作时填起，按时间先后倒序填写。', size: 17 }], { before: 60 }),
  ], { font: 'SimSun', eastAsia: '宋体', size: 21, margin: 1000 }] as [(Paragraph | Table)[], Partial<DocO>];
};

/** Bilingual Word résumé from the Microsoft Office 中文模板 "简约双栏" (left column table cell). */
const officecn = async (p: Person) => {
  const L = 3100, R = 6800, C = '7A1F2B';
  const lh = (zh: string, en: string) => para([{ t: `${en} ${zh}`, b: true, color: C, size: 20 }], { before: 200, after: 60, border: 'bottom' });
  const rh = (zh: string, en: string) => para([{ t: en.toUpperCase(), b: true, color: C, size: 22 }, { t: `  ${zh}`, b: true, color: C, size: 20 }], { before: 200, after: 80, border: 'bottom' });
  const left = [
    para([{ t: p.alt!, b: true, size: 34, color: C }], { after: 0 }),
    para([{ t: p.name, b: true, size: 28 }], { after: 100 }),
    para([{ t: p.headline, size: 18, color: '555555' }], { after: 120 }),
    lh('联系方式', 'Contact'),
    para(`Mobile 手机: ${p.phoneLocal}`, { after: 20 }), para(`Email 邮箱: ${p.email}`, { after: 20 }), ...p.address.map((a) => para(a, { after: 20, size: 17 })),
    lh('个人信息', 'Personal'),
    para(`DOB 出生: ${p.dob.slice(0, 7).replace('-', '.')}`, { after: 20 }), para(`Nationality 国籍: ${p.nationality}`, { after: 20 }),
    lh('技能', 'Skills'),
    ...sk(p).map((s) => para(s, { bullet: true, after: 10 })),
    lh('语言', 'Languages'),
    ...p.languages.map((s) => para(s, { after: 10 })),
    lh('证书', 'Certificates'),
    ...p.certs.map((s) => para(s, { after: 10 })),
  ];
  const right = [
    rh('个人简介', 'Profile'),
    para(p.summary, { align: 'j' }),
    rh('工作经历', 'Work Experience'),
    ...recent(p).flatMap((j) => [
      para([{ t: j.company, b: true }, { t: `\t${d(j.start, 'Mon YYYY')} \u2013 ${j.end ? d(j.end, 'Mon YYYY') : 'Present 至今'}`, size: 18 }], { tabs: [-6500], before: 100, after: 10, keep: true }),
      para([{ t: `${j.titleEn} | ${j.title}`, i: true, color: '444444' }, { t: `\t${j.place}`, size: 18, color: '777777' }], { tabs: [-6500], after: 30, keep: true }),
      ...j.bullets.map((b) => para(b, { bullet: true, after: 10 })),
    ]),
    rh('教育背景', 'Education'),
    ...p.education.map((x) => para([{ t: x.school, b: true }, { t: `\t${d(x.start, 'Mon YYYY')} \u2013 ${d(x.end, 'Mon YYYY')}`, size: 18 }, { t: `\n` }], { tabs: [-6500], after: 0 })),
    ...p.education.map((x) => para([{ t: x.degree, i: true, size: 18 }], { after: 40 })),
  ];
  return [[table([[cell(left, { w: L, shade: 'F6F1EE', noBorder: true }), cell(right, { w: R, noBorder: true })]], [L, R], { noBorder: true })],
    { font: 'Calibri', eastAsia: '等线', size: 19, margin: 700 }] as [(Paragraph | Table)[], Partial<DocO>];
};

/** 国际组织实习项目申请表 Application Form (bilingual labels). */
const gjzz = async (p: Person) => {
  const x = p.extra!;
  const L = (t: string, w: number, o: CO = {}) => cell(t, { w, shade: 'EDEDED', b: true, size: 17, vc: true, ...o });
  const V = (t: string, w: number, o: CO = {}) => cell(t, { w, vc: true, ...o });
  const sec = (t: string) => [cell(t, { w: 9900, span: 4, b: true, shade: 'BDD7EE' })];
  const W = [2200, 2750, 2200, 2750];
  return [[
    para([{ t: '国际组织实习选派项目申请表', b: true, size: 32 }], { align: 'c', after: 0 }),
    para([{ t: 'Application Form for the International Organization Internship Programme', b: true, size: 22 }], { align: 'c', after: 120 }),
    table([
      sec('一、基本信息 Personal Information'),
      [L('中文姓名 Name (Chinese)', W[0]), V(p.name, W[1]), L('英文姓名 Name (English)', W[2]), V(p.alt!, W[3])],
      [L('性别 Gender', W[0]), V('女 Female', W[1]), L('出生日期 Date of Birth', W[2]), V(p.dob, W[3])],
      [L('政治面貌 Political status', W[0]), V(x.politics, W[1]), L('国籍 Nationality', W[2]), V('中国 China', W[3])],
      [L('手机 Mobile', W[0]), V(p.phoneLocal, W[1]), L('电子邮箱 Email', W[2]), V(p.email, W[3])],
      [L('通讯地址 Address', W[0]), V(p.address.join(' / '), 7700, { span: 3 })],
      [L('推荐单位 Nominating institution', W[0]), V(x.dispatch, 7700, { span: 3 })],
      [L('申请岗位 Position applied for', W[0]), V(x.post, 7700, { span: 3 })],
      sec('二、教育经历 Education'),
      [L('起止时间 Period', W[0]), L('学校 Institution', W[1]), L('专业及学位 Major & Degree', 4950, { span: 2 })],
      ...p.education.map((e2) => [V(`${d(e2.start, 'YYYY.MM')}\u2013${d(e2.end, 'YYYY.MM')}`, W[0]), V(e2.school, W[1]), V(e2.degree, 4950, { span: 2 })]),
      sec('三、工作及实习经历 Work and Internship Experience'),
      [L('起止时间 Period', W[0]), L('单位 Organization', W[1]), L('职务 Position', W[2]), L('主要职责 Main duties', W[3])],
      ...recent(p).map((j) => [V(`${d(j.start, 'YYYY.MM')}\u2013${j.end ? d(j.end, 'YYYY.MM') : '至今 present'}`, W[0]), V(`${j.company}`, W[1]), V(`${j.title} ${j.titleEn}`, W[2]), V(j.bullets.join(' '), W[3], { size: 17 })]),
      sec('四、外语及技能 Languages and Skills'),
      [L('外语 Languages', W[0]), V(p.languages.join('; '), 7700, { span: 3 })],
      [L('证书 Certificates', W[0]), V(p.certs.join('; '), 7700, { span: 3 })],
      [L('专业技能 Skills', W[0]), V(sk(p).join('; '), 7700, { span: 3 })],
      sec('五、推荐人 Referee'),
      ...p.referees.map((r) => [L('姓名 Name', W[0]), V(r.name, W[1]), L('联系电话 Tel.', W[2]), V(r.phone, W[3])]),
      sec('六、个人陈述 Statement of Purpose (不超过 300 字 / max. 200 words)'),
      [V(p.summary, 9900, { span: 4 })],
      [cell([para('本人保证所填信息真实有效。I certify that the above information is true and complete.', { after: 240 }), para('申请人签名 Signature: ____________________    日期 Date: 2026-10-15', { align: 'r' })], { w: 9900, span: 4 })],
    ], W),
  ], { font: 'Times New Roman', eastAsia: '宋体', size: 19, margin: 900, footer: [pageXofY('', ' / ', '', 16)] }] as [(Paragraph | Table)[], Partial<DocO>];
};

/** 中国计算机学会 (CCF) 高级会员申请表. */
const ccf = async (p: Person) => {
  const x = p.extra!;
  const L = (t: string, w: number, o: CO = {}) => cell(t, { w, b: true, align: 'c', vc: true, shade: 'F3F3F3', ...o });
  const V = (t: string, w: number, o: CO = {}) => cell(t, { w, vc: true, ...o });
  const W = [1600, 2300, 1600, 2300, 2100];
  return [[
    para([{ t: '中国计算机学会', b: true, size: 26, color: '1A4B8C' }, { t: '  China Computer Federation', size: 18, color: '1A4B8C' }], { align: 'c', after: 20 }),
    para([{ t: 'CCF 高级会员申请表', b: true, size: 34 }], { align: 'c', after: 140 }),
    table([
      [L('姓名', W[0]), V(p.name, W[1]), L('英文名', W[2]), V(p.alt!, W[3]), cell('照片', { w: W[4], vm: 'restart', align: 'c', vc: true })],
      [L('性别', W[0]), V('女', W[1]), L('出生年月', W[2]), V(dobZh(p), W[3]), cell('', { w: W[4], vm: 'continue' })],
      [L('会员号', W[0]), V(x.ccf.replace('CCF 会员号 ', ''), W[1]), L('所属专委', W[2]), V('人工智能与模式识别', W[3]), cell('', { w: W[4], vm: 'continue' })],
      [L('工作单位', W[0]), V(p.work.at(-1)!.company, 4200 + 2100, { span: 3 }), cell('', { w: W[4], vm: 'continue' })],
      [L('职务/职称', W[0]), V(`${p.work.at(-1)!.title} ${p.work.at(-1)!.titleEn}`, W[1]), L('手机', W[2]), V(p.phoneLocal, 4400, { span: 2 })],
      [L('电子邮箱', W[0]), V(p.email, 8300, { span: 4 })],
      [L('通信地址', W[0]), V(p.address[0], 8300, { span: 4 })],
      [L('教育经历', W[0]), V(p.education.map((e2) => `${d(e2.start, 'YYYY.MM')}-${d(e2.end, 'YYYY.MM')}  ${e2.school}  ${e2.degree}`).join('\n'), 8300, { span: 4 })],
      [L('工作经历', W[0], { vm: 'restart' }), L('起止年月', W[1]), L('工作单位', 3900, { span: 2 }), L('职务', W[4])],
      ...recent(p).map((j) => [cell('', { w: W[0], vm: 'continue' }), V(`${d(j.start, 'YYYY.MM')}-${e(j, 'YYYY.MM', '至今')}`, W[1]), V(j.company, 3900, { span: 2 }), V(`${j.title}\n${j.titleEn}`, W[4])]),
      [L('研究方向\n与专业技能', W[0]), V(sk(p).join('、'), 8300, { span: 4 })],
      [L('代表性成果', W[0]), V(`${x.papers}\n开源项目：${x.github}（Stars 1.2k）`, 8300, { span: 4 })],
      [L('参与学会\n活动情况', W[0]), V('2023、2024 年 CNCC 论坛志愿者；YOCSEF 杭州 委员（2025-）', 8300, { span: 4 })],
      [L('推荐人', W[0]), V('周凯（CCF 杰出会员，会员号 E200009812S）', 8300, { span: 4 })],
      [cell([para('本人自愿申请成为中国计算机学会高级会员，遵守学会章程，履行会员义务。', { after: 240 }), para('申请人签名：　　　　　　　　　　日期：2026 年 10 月 9 日', { align: 'r' })], { w: 9900, span: 5 })],
    ], W),
  ], { font: 'SimSun', eastAsia: '宋体', size: 20, margin: 900 }] as [(Paragraph | Table)[], Partial<DocO>];
};

// ================================================================== HTML TEMPLATES
type HtmlT = (p: Person) => string;

/** Trey Hunner's LaTeX résumé look (centred small-caps name, ruled sections, right-aligned dates). */
const treyhunner: HtmlT = (p) => html('en', `
body{font-family:${EN_SERIF};font-size:10.5pt;color:#000;line-height:1.25}
.name{text-align:center;font-size:22pt;font-variant:small-caps;letter-spacing:1px;margin:0}
.addr{text-align:center;margin:2px 0 10px}
h2{font-variant:small-caps;font-size:12pt;font-weight:normal;border-bottom:0.6px solid #000;margin:12px 0 4px;letter-spacing:.5px}
.row{display:flex;justify-content:space-between}
.sub{margin-left:14px}
ul{margin:1px 0 6px 30px;padding:0} li{margin:0}
p{margin:0 0 4px 14px}`, `
<p class="name" style="margin-left:0">${esc(p.name)}</p>
<div class="addr">${esc(p.address.join(' \u2022 '))}<br>${esc(p.phoneLocal)} \u2022 ${esc(p.email)}</div>
<h2>Objective</h2><p>${esc(p.summary)}</p>
<h2>Experience</h2>
${recent(p).map((j) => `<div class="sub"><div class="row"><b>${esc(j.company)}</b><span>${esc(j.place)}</span></div>
<div class="row"><i>${esc(j.title)}</i><i>${d(j.start, 'Month YYYY')} \u2013 ${j.end ? d(j.end, 'Month YYYY') : 'Present'}</i></div></div>${ul(j.bullets)}`).join('\n')}
<h2>Education</h2>
${p.education.map((x) => `<div class="sub"><div class="row"><b>${esc(x.school)}</b><span>${esc(x.place ?? '')}</span></div><div class="row"><i>${esc(x.degree)}</i><i>${d(x.end, 'Month YYYY')}</i></div></div>`).join('')}
<h2>Skills</h2><p>${sk(p).map(esc).join(', ')}</p>
<h2>Certifications &amp; Languages</h2><p>${esc(p.certs.join('; '))}<br>${esc(p.languages.join(', '))}</p>
<h2>References</h2><p>${p.referees.map((r) => `${esc(r.name)}, ${esc(r.role)}, ${esc(r.org)} \u2014 ${esc(r.phone)}`).join('<br>')}</p>`);

/** Resumonk "Elegant"-style two-column export: coloured header band, left sidebar with skills. */
const resumonk: HtmlT = (p) => html(p.language === 'en' ? 'en' : 'zh', `
body{font-family:${EN_SANS};font-size:9.6pt;color:#333}
header{background:#2b4c6f;color:#fff;padding:14px 18px;margin-bottom:12px}
header h1{margin:0;font-size:20pt;font-weight:600;letter-spacing:.5px} header .t{font-size:11pt;opacity:.9}
.wrap{display:flex;gap:18px} aside{width:31%;border-right:1px solid #d5dde6;padding-right:12px} main{flex:1}
h3{font-size:10pt;text-transform:uppercase;color:#2b4c6f;letter-spacing:1px;margin:12px 0 5px;border-bottom:2px solid #e1e8ef;padding-bottom:2px}
aside p{margin:2px 0} .chip{display:block;margin:2px 0;padding:2px 6px;background:#eef3f8;border-radius:3px}
.job{margin-bottom:8px;break-inside:avoid} .jt{font-weight:bold;color:#222;font-size:10.5pt} .jc{color:#2b4c6f}
.jd{color:#777;font-size:8.8pt} ul{margin:3px 0 0 16px;padding:0}`, `
<header><h1>${esc(p.alt ? `${p.alt}  ${p.name}` : p.name)}</h1><div class="t">${esc(p.headline)}</div></header>
<div class="wrap"><aside>
<h3>Contact</h3><p>${esc(p.phoneLocal)}</p><p>${esc(p.email)}</p>${p.address.map((a) => `<p>${esc(a)}</p>`).join('')}
<h3>Skills</h3>${sk(p).map((s) => `<span class="chip">${esc(s)}</span>`).join('')}
<h3>Languages</h3>${p.languages.map((s) => `<p>${esc(s)}</p>`).join('')}
${p.certs.length ? `<h3>Certifications</h3>${p.certs.map((s) => `<p>${esc(s)}</p>`).join('')}` : ''}
</aside><main>
<h3>Summary</h3><p>${esc(p.summary)}</p>
<h3>Work Experience</h3>
${recent(p).map((j) => `<div class="job"><div class="jt">${esc(j.titleEn ?? j.title)}</div><div class="jc">${esc(j.company)} \u00b7 ${esc(j.place)}</div>
<div class="jd">${d(j.start, 'Mon YYYY')} - ${j.end ? d(j.end, 'Mon YYYY') : 'Present'}</div>${ul(j.bullets)}</div>`).join('')}
<h3>Education</h3>${p.education.map((x) => `<div class="job"><div class="jt">${esc(x.degree)}</div><div class="jc">${esc(x.school)}</div><div class="jd">${d(x.start, 'Mon YYYY')} - ${d(x.end, 'Mon YYYY')}</div></div>`).join('')}
${p.referees.length ? `<h3>References</h3>${p.referees.map((r) => `<p>${esc(r.name)} \u2013 ${esc(r.role)}, ${esc(r.org)}, ${esc(r.phone)}</p>`).join('')}` : ''}
</main></div>`);

/** Culinary CV: kitchen experience and stages listed apart, culinary skills, food-safety line. */
const chef: HtmlT = (p) => {
  const stage = p.work.filter((j) => /stage/i.test(j.title));
  const kit = recent(p).filter((j) => !/stage/i.test(j.title));
  return html('en', `
body{font-family:'DejaVu Serif',${EN_SERIF};font-size:10pt;color:#222}
.top{text-align:center;border-bottom:3px double #7a5c2e;padding-bottom:8px;margin-bottom:8px}
h1{margin:0;font-size:24pt;font-weight:normal;letter-spacing:3px;text-transform:uppercase}
.role{font-style:italic;color:#7a5c2e;font-size:12pt} .ct{font-size:9pt;margin-top:4px}
h2{font-size:11pt;text-transform:uppercase;letter-spacing:2px;color:#7a5c2e;margin:12px 0 4px}
.e{display:grid;grid-template-columns:120px 1fr;gap:8px;margin-bottom:6px;break-inside:avoid} .dt{font-size:9pt;color:#555}
ul{margin:2px 0 0 16px;padding:0} .cols{columns:2}`, `
<div class="top"><h1>${esc(p.name)}</h1><div class="role">${esc(p.headline)}</div>
<div class="ct">${esc(p.address.join(', '))} \u00b7 Mobile ${esc(p.phoneLocal)} (+682) \u00b7 ${esc(p.email)}</div></div>
<h2>Profile</h2><p>${esc(p.summary)}</p>
<h2>Kitchen Experience</h2>
${kit.map((j) => `<div class="e"><div class="dt">${d(j.start, 'Mon YYYY')} \u2013 ${j.end ? d(j.end, 'Mon YYYY') : 'present'}</div><div><b>${esc(j.title)}</b>, ${esc(j.company)}, ${esc(j.place)}${ul(j.bullets)}</div></div>`).join('')}
<h2>Stages</h2>
${stage.map((j) => `<div class="e"><div class="dt">${d(j.start, 'Mon YYYY')}</div><div><b>${esc(j.company)}</b>, ${esc(j.place)} \u2014 ${esc(j.title)}. ${esc(j.bullets.join(' '))}</div></div>`).join('')}
<h2>Culinary Skills</h2><ul class="cols">${sk(p).map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
<h2>Training</h2>${p.education.map((x) => `<div class="e"><div class="dt">${x.start.slice(0, 4)}\u2013${x.end.slice(0, 4)}</div><div>${esc(x.degree)}, ${esc(x.school)}</div></div>`).join('')}
<h2>Food Safety &amp; Licences</h2><p>${esc(p.certs.join(' \u00b7 '))}</p>
<h2>Languages</h2><p>${esc(p.languages.join(' \u00b7 '))}</p>
<p style="margin-top:12px;font-style:italic">References available on request.</p>`);
};

/** Hugo "Academic"/Wowchemy personal site, printed from the browser. */
const wowchemy: HtmlT = (p) => {
  const short = p.alt ? `${p.alt} (${p.name})` : p.name;
  return html(p.language === 'en' ? 'en' : 'zh', `
body{font-family:${EN_SANS};font-size:10pt;color:#333}
nav{display:flex;justify-content:space-between;border-bottom:1px solid #ddd;padding:4px 0 8px;margin-bottom:16px;font-size:9.5pt}
nav b{font-size:11pt} nav span{margin-left:14px;color:#555}
.about{display:flex;gap:24px} .side{width:34%;text-align:center}
.av{width:120px;height:120px;border-radius:50%;background:#cfd8dc;margin:0 auto 10px;display:flex;align-items:center;justify-content:center;color:#607d8b;font-size:28pt}
.side h2{margin:4px 0;font-size:15pt} .side .r{color:#555} .side .o{color:#1565c0}
.main{flex:1} h1{font-size:17pt;margin:0 0 6px} .cols{display:flex;gap:16px} .cols div{flex:1}
h3{font-size:11pt;margin:10px 0 4px} ul{margin:0;padding-left:16px}
.sec{margin-top:18px;display:flex;gap:20px} .sec>h1{width:25%;font-size:16pt} .sec>div{flex:1}
.exp{border-left:2px solid #1565c0;padding-left:12px;margin-bottom:10px;break-inside:avoid} .exp .w{font-weight:bold;font-size:10.5pt} .exp .m{color:#666;font-size:9pt}
.sk{display:grid;grid-template-columns:1fr 1fr;gap:6px 16px} .sk div{border-bottom:1px dashed #ccc;padding:2px 0}`, `
<nav><b>${esc(short)}</b><div><span>Home</span><span>Experience</span><span>Skills</span><span>Publications</span><span>Contact</span></div></nav>
<div class="about"><div class="side"><div class="av">${esc((p.alt ?? p.name).split(' ').map((w) => w[0]).join('').slice(0, 2))}</div>
<h2>${esc(p.alt ?? p.name)}</h2>${p.alt ? `<div>${esc(p.name)}</div>` : ''}<div class="r">${esc(p.headline)}</div><div class="o">${esc(p.work.at(-1)!.company)}</div>
<div style="margin-top:8px;font-size:9pt">\u2709 ${esc(p.email)}<br>\u260e ${esc(p.phoneLocal)}${p.extra?.github ? `<br>${esc(p.extra.github)}` : ''}</div></div>
<div class="main"><h1>Biography</h1><p>${esc(p.summary)}</p>
<div class="cols"><div><h3>Interests</h3>${ul(sk(p).slice(3, 6))}</div><div><h3>Education</h3>${ul(p.education.map((x) => `${x.degree}, ${d(x.end, 'YYYY-MM').slice(0, 4)} \u2014 ${x.school}`))}</div></div></div></div>
<div class="sec"><h1>Experience</h1><div>
${recent(p).map((j) => `<div class="exp"><div class="w">${esc(j.titleEn ?? j.title)}</div><div>${esc(j.company)}</div><div class="m">${d(j.start, 'Mon YYYY')} \u2013 ${j.end ? d(j.end, 'Mon YYYY') : 'Present'} \u00b7 ${esc(j.place)}</div>${ul(j.bullets)}</div>`).join('')}
</div></div>
<div class="sec"><h1>Skills</h1><div class="sk">${sk(p).map((s) => `<div>${esc(s)}</div>`).join('')}</div></div>
<div class="sec"><h1>Contact</h1><div>${esc(p.email)}<br>${esc(p.address.join(', '))}</div></div>
<p style="margin-top:20px;font-size:8pt;color:#999;text-align:center">\u00a9 2026 ${esc(p.alt ?? p.name)} \u00b7 Published with Hugo Blox Builder \u2014 the free, open source website builder that empowers creators.</p>`);
};

/** Resume.com "Professional" look: right-hand grey sidebar. */
const resumecom: HtmlT = (p) => html('en', `
body{font-family:${EN_SANS};font-size:9.8pt;color:#2d2d2d}
.g{display:grid;grid-template-columns:1fr 30%;gap:0} main{padding-right:16px} aside{background:#f0f0f0;padding:12px}
h1{font-size:24pt;margin:0;color:#1d3b53;font-weight:700} .hl{font-size:12pt;color:#c2452d;margin-bottom:8px}
h2{font-size:10.5pt;letter-spacing:1.5px;text-transform:uppercase;color:#1d3b53;margin:12px 0 5px;border-bottom:1px solid #1d3b53}
.j{margin-bottom:7px;break-inside:avoid} .j .a{display:flex;justify-content:space-between} .j .d{font-size:8.8pt;color:#555}
ul{margin:2px 0 0 16px;padding:0} aside p{margin:2px 0} aside h2{font-size:9.5pt}`, `
<div class="g"><main><h1>${esc(p.name)}</h1><div class="hl">${esc(p.headline)}</div>
<h2>Professional Summary</h2><p>${esc(p.summary)}</p>
<h2>Work History</h2>
${recent(p).map((j) => `<div class="j"><div class="a"><b>${esc(j.title)}</b><span class="d">${d(j.start, 'MM/YYYY')} to ${j.end ? d(j.end, 'MM/YYYY') : 'Current'}</span></div><div>${esc(j.company)} \u2013 ${esc(j.place)}</div>${ul(j.bullets)}</div>`).join('')}
<h2>Education</h2>${p.education.map((x) => `<div class="j"><b>${esc(x.degree)}</b><div>${esc(x.school)}${x.place ? ` \u2013 ${esc(x.place)}` : ''}</div><div class="d">${d(x.end, 'MM/YYYY')}</div></div>`).join('')}
</main><aside><h2>Contact</h2>${p.address.map((a) => `<p>${esc(a)}</p>`).join('')}<p>${esc(p.phoneLocal)}</p><p>${esc(p.email)}</p>
<h2>Skills</h2>${ul(sk(p))}<h2>Certifications</h2>${ul(p.certs)}<h2>Languages</h2>${ul(p.languages)}</aside></div>`);

const formCss = `body{font-family:${EN_SANS};font-size:9.4pt;color:#000}
table{border-collapse:collapse;width:100%;margin-bottom:8px} td,th{border:1px solid #000;padding:3px 5px;vertical-align:top;text-align:left}
th{background:#e6e6e6;font-weight:bold} .lab{background:#f2f2f2;font-weight:bold;width:26%}
.sec{background:#000;color:#fff;font-weight:bold;padding:3px 6px;margin:10px 0 4px} tr{break-inside:avoid}`;

/** The Gambia Public Service Commission: application for appointment (PSC Form 1). */
const gambia: HtmlT = (p) => html('en', formCss + `h1,h2{text-align:center;margin:0} h1{font-size:13pt} h2{font-size:11pt}`, `
<h1>REPUBLIC OF THE GAMBIA</h1><h2>PUBLIC SERVICE COMMISSION</h2>
<h2 style="margin:4px 0 2px">APPLICATION FOR APPOINTMENT TO THE PUBLIC SERVICE</h2>
<p style="text-align:center;font-size:8.5pt;margin:0 0 8px">PSC Form 1 \u2014 Applicants must complete all parts in BLOCK LETTERS. Attach copies of certificates and ID card.</p>
<table><tr><td class="lab">Post applied for</td><td>Principal Network Engineer, Ministry of Communications and Digital Economy</td></tr><tr><td class="lab">Advert No.</td><td>PSC/ADV/112/2026</td></tr></table>
<div class="sec">PART I \u2014 PERSONAL DATA</div>
<table><tr><td class="lab">Full name (BLOCK LETTERS)</td><td colspan="3">${esc(p.name.toUpperCase())}</td></tr><tr><td class="lab">1. Surname</td><td>${esc(surname(p).toUpperCase())}</td><td class="lab">2. Other names</td><td>${esc(forenames(p).toUpperCase())}</td></tr>
<tr><td class="lab">3. Date of birth</td><td>${dobUK(p)}</td><td class="lab">4. Place of birth</td><td>BAKAU</td></tr>
<tr><td class="lab">5. Nationality</td><td>GAMBIAN</td><td class="lab">6. Sex</td><td>MALE</td></tr>
<tr><td class="lab">7. Residential address</td><td colspan="3">${esc(p.address.join(', ').toUpperCase())}</td></tr>
<tr><td class="lab">8. Telephone No.</td><td>${esc(p.phoneLocal)}</td><td class="lab">9. E-mail</td><td>${esc(p.email)}</td></tr>
<tr><td class="lab">10. National ID No.</td><td>BG 4471902</td><td class="lab">11. Marital status</td><td>MARRIED</td></tr></table>
<div class="sec">PART II \u2014 EDUCATION AND QUALIFICATIONS</div>
<table><tr><th>School / College / University</th><th>From</th><th>To</th><th>Certificate / Degree obtained</th></tr>
${p.education.map((x) => `<tr><td>${esc(x.school)}</td><td>${d(x.start, 'MM/YYYY')}</td><td>${d(x.end, 'MM/YYYY')}</td><td>${esc(x.degree)}</td></tr>`).join('')}</table>
<table><tr><th>Professional certificates</th><th>Year</th></tr>${p.certs.map((c) => `<tr><td>${esc(c.replace(/ \(.*/, ''))}</td><td>${c.match(/\d{4}/)?.[0] ?? ''}</td></tr>`).join('')}</table>
<div class="sec">PART III \u2014 EMPLOYMENT RECORD (present or last employment first)</div>
<table><tr><th style="width:11%">From</th><th style="width:11%">To</th><th>Name and address of employer</th><th>Post held</th><th style="width:28%">Duties</th></tr>
${recent(p).map((j) => `<tr><td>${d(j.start, 'MM/YYYY')}</td><td>${j.end ? d(j.end, 'MM/YYYY') : 'Date'}</td><td>${esc(j.company)}<br><span style="font-size:8pt">${esc(j.place)}</span></td><td>${esc(j.title)}</td><td>${esc(j.bullets.join(' '))}</td></tr>`).join('')}</table>
<div class="sec">PART IV \u2014 OTHER SKILLS</div>
<table><tr><td class="lab">Technical / computer skills</td><td>${sk(p).map(esc).join('<br>')}</td></tr>
<tr><td class="lab">Languages spoken</td><td>${esc(p.languages.join(', '))}</td></tr></table>
<div class="sec">PART V \u2014 REFEREES</div>
<table><tr><th>Name</th><th>Position</th><th>Organisation</th><th>Telephone</th></tr>${p.referees.map((r) => `<tr><td>${esc(r.name)}</td><td>${esc(r.role)}</td><td>${esc(r.org)}</td><td>${esc(r.phone)}</td></tr>`).join('')}</table>
<div class="sec">PART VI \u2014 DECLARATION</div>
<p>I declare that the information given above is true to the best of my knowledge and belief. I understand that false information renders me liable to disqualification or dismissal.</p>
<p style="margin-top:18px">Signature: ................................................ &nbsp;&nbsp;&nbsp; Date: 24/10/2026</p>
<p style="font-size:8pt;margin-top:14px;border-top:1px solid #000;padding-top:3px">FOR OFFICIAL USE: Received by ............ Date ............ File No. ............</p>`);

/** VSO volunteer application form, printed from the online form (review page). */
const vso: HtmlT = (p) => html('en', formCss.replace('#e6e6e6', '#fde8e3') + `
.brand{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:4px solid #e8412c;padding-bottom:6px;margin-bottom:8px}
.brand b{font-size:26pt;color:#e8412c;letter-spacing:1px} .brand span{font-size:12pt} .sec{background:#e8412c} .q{font-weight:bold;margin:6px 0 2px}`, `
<div class="brand"><b>VSO</b><span>Volunteer application form \u2014 Professional volunteer</span></div>
<p style="font-size:8.5pt">Application ID: VA-2026-118407 \u00b7 Submitted 21 Oct 2026 \u00b7 Role applied for: <b>Climate-Smart Agriculture Adviser (12 months), Malawi</b></p>
<div class="sec">1. About you</div>
<table><tr><td class="lab">Title</td><td>Mr</td><td class="lab">Full name</td><td>${esc(p.name)}</td></tr>
<tr><td class="lab">Date of birth</td><td>${dobUK(p)}</td><td class="lab">Nationality</td><td>${esc(p.nationality)}</td></tr>
<tr><td class="lab">Address</td><td colspan="3">${esc(p.address.join(', '))}, Ireland</td></tr>
<tr><td class="lab">Mobile</td><td>${esc(p.phoneLocal)}</td><td class="lab">Email</td><td>${esc(p.email)}</td></tr></table>
<div class="sec">2. Employment history</div>
<p style="font-size:8.5pt;margin:2px 0">Please list your employment, including volunteering and internships, most recent first. Explain any gaps.</p>
<table><tr><th style="width:17%">Dates (month/year)</th><th>Employer</th><th>Job title</th><th style="width:38%">Main responsibilities</th></tr>
${recent(p).map((j) => `<tr><td>${d(j.start, 'MM/YYYY')} \u2013 ${j.end ? d(j.end, 'MM/YYYY') : 'present'}</td><td>${esc(j.company)}</td><td>${esc(j.title)}</td><td>${esc(j.bullets.join(' '))}</td></tr>`).join('')}</table>
<p class="q">Gaps in employment</p><p>${(p.gaps ?? []).map((g) => `${d(g.start, 'MM/YYYY')}\u2013${d(g.end, 'MM/YYYY')}: ${esc(g.note)}`).join('; ')}.</p>
<div class="sec">3. Qualifications</div>
<table><tr><th>Institution</th><th>Qualification</th><th>Completed</th></tr>${p.education.map((x) => `<tr><td>${esc(x.school)}</td><td>${esc(x.degree)}</td><td>${d(x.end, 'MM/YYYY')}</td></tr>`).join('')}</table>
<div class="sec">4. Skills</div>
<p class="q">List the professional skills you would bring to a placement</p>${ul(sk(p))}
<p class="q">Languages</p><p>${esc(p.languages.join('; '))}</p>
<div class="sec">5. Motivation</div><p>${esc(p.summary)} Working with farmer groups in Gulu showed me how much local extension capacity matters, and I would like to build it in another setting.</p>
<div class="sec">6. References</div>
<table><tr><th>Name</th><th>Relationship</th><th>Organisation</th><th>Phone</th></tr>${p.referees.map((r) => `<tr><td>${esc(r.name)}</td><td>${esc(r.role)} (line manager)</td><td>${esc(r.org)}</td><td>${esc(r.phone)}</td></tr>`).join('')}</table>
<div class="sec">7. Declaration</div>
<p>\u2611 I confirm that the information I have provided is accurate and complete, and I consent to VSO processing it for recruitment purposes.</p>`);

// ---------- Chinese HTML
const zhBase = `body{font-family:${ZH};font-size:9.8pt;color:#222;line-height:1.55}`;

/** 中国国家人才网 个人简历 打印页 (job-board print, tables). */
const newjobs: HtmlT = (p) => html('zh', zhBase + `
.hd{display:flex;justify-content:space-between;border-bottom:2px solid #c8161d;padding-bottom:4px;margin-bottom:8px} .hd b{color:#c8161d;font-size:14pt}
table{border-collapse:collapse;width:100%;margin-bottom:6px} td,th{border:1px solid #bbb;padding:4px 6px;vertical-align:top;text-align:left}
.l{background:#f5f5f5;width:14%;color:#555} .t{background:#c8161d;color:#fff;font-weight:bold;padding:3px 8px;margin:10px 0 0} tr{break-inside:avoid}
.ph{width:100px;text-align:center;color:#999;vertical-align:middle}`, `
<div class="hd"><b>中国国家人才网</b><span>简历编号：RC20260047215　更新时间：2026-10-27</span></div>
<h2 style="text-align:center;margin:4px 0 8px">${esc(p.name)}的个人简历</h2>
<div class="t">基本信息</div>
<table><tr><td class="l">姓　　名</td><td>${esc(p.name)}</td><td class="l">性　　别</td><td>女</td><td class="ph" rowspan="5">照片</td></tr>
<tr><td class="l">出生日期</td><td>${p.dob}</td><td class="l">年　　龄</td><td>${age(p)} 岁</td></tr>
<tr><td class="l">最高学历</td><td>本科</td><td class="l">工作年限</td><td>10 年以上</td></tr>
<tr><td class="l">手　　机</td><td>${esc(p.phoneLocal)}</td><td class="l">电子邮箱</td><td>${esc(p.email)}</td></tr>
<tr><td class="l">现居住地</td><td colspan="3">${esc(p.address[0])}</td></tr></table>
<div class="t">求职意向</div>
<table><tr><td class="l">期望职位</td><td>财务经理 / 财务总监</td><td class="l">期望地点</td><td>广州、佛山</td></tr>
<tr><td class="l">期望月薪</td><td>25000-35000 元</td><td class="l">到岗时间</td><td>一个月内</td></tr></table>
<div class="t">工作经历</div>
<table><tr><th style="width:20%">起止时间</th><th style="width:30%">公司名称</th><th style="width:15%">职位</th><th>工作描述</th></tr>
${recent(p).map((j) => `<tr><td>${d(j.start, 'YYYY-MM')} 至 ${j.end ? d(j.end, 'YYYY-MM') : '今'}</td><td>${esc(j.company)}</td><td>${esc(j.title)}</td><td>${esc(j.bullets.join(''))}</td></tr>`).join('')}</table>
<div class="t">教育经历</div>
<table>${p.education.map((x) => `<tr><td style="width:20%">${d(x.start, 'YYYY-MM')} 至 ${d(x.end, 'YYYY-MM')}</td><td>${esc(x.school)}</td><td>${esc(x.degree)}</td></tr>`).join('')}</table>
<div class="t">专业技能</div>
<table><tr><th>技能名称</th><th>熟练程度</th><th>使用时间</th></tr>${sk(p).map((s, k) => `<tr><td>${esc(s)}</td><td>${k < 3 ? '精通' : '熟练'}</td><td>${k < 3 ? '8 年' : '5 年'}</td></tr>`).join('')}</table>
<div class="t">证书与语言</div>
<table><tr><td class="l">证书</td><td>${esc(p.certs.join('；'))}</td></tr><tr><td class="l">语言能力</td><td>${esc(p.languages.join('；'))}</td></tr></table>
<div class="t">自我评价</div><p>${esc(p.summary)}</p>`);

/** 简历本-style two-column 简历 (coloured left sidebar). */
const jianliben: HtmlT = (p) => html('zh', zhBase + `
.g{display:grid;grid-template-columns:32% 1fr;min-height:260mm} aside{background:#24405c;color:#eef;padding:14px 12px} main{padding:6px 0 0 16px}
aside h1{font-size:20pt;margin:6px 0 2px;color:#fff} aside .hl{color:#9fc3e6;margin-bottom:10px}
aside h3{font-size:10.5pt;border-bottom:1px solid #6f8db0;margin:12px 0 5px;padding-bottom:2px;color:#fff} aside p{margin:2px 0;font-size:9pt}
.ph{width:90px;height:112px;background:#dfe7ef;color:#789;margin:0 auto;display:flex;align-items:center;justify-content:center}
main h2{font-size:12pt;color:#24405c;border-left:4px solid #24405c;padding-left:6px;margin:12px 0 6px}
.it{margin-bottom:8px;break-inside:avoid} .it .a{display:flex;justify-content:space-between;font-weight:bold} .it .b{color:#555}
ul{margin:2px 0 0 18px;padding:0}`, `
<div class="g"><aside><div class="ph">照片</div><h1>${esc(p.name)}</h1><div class="hl">${esc(p.headline)}</div>
<h3>个人信息</h3><p>出生年月：${dobZh(p)}</p><p>电话：${esc(p.phoneLocal)}</p><p>邮箱：${esc(p.email)}</p><p>地址：${esc(p.address[0])}</p>
${p.extra?.politics ? `<p>政治面貌：${esc(p.extra.politics)}</p>` : ''}
<h3>技能特长</h3>${sk(p).map((s) => `<p>● ${esc(s)}</p>`).join('')}
<h3>证书</h3>${p.certs.map((s) => `<p>${esc(s)}</p>`).join('')}
${p.languages.length ? `<h3>语言</h3>${p.languages.map((s) => `<p>${esc(s)}</p>`).join('')}` : ''}
</aside><main>
<h2>自我评价</h2><p>${esc(p.summary)}</p>
<h2>工作经历</h2>${recent(p).map((j) => `<div class="it"><div class="a"><span>${esc(j.company)}</span><span>${d(j.start, 'YYYY.MM')} - ${e(j, 'YYYY.MM', '至今')}</span></div><div class="b">${esc(j.title)}</div>${ul(j.bullets)}</div>`).join('')}
<h2>教育背景</h2>${p.education.map((x) => `<div class="it"><div class="a"><span>${esc(x.school)}</span><span>${d(x.start, 'YYYY.MM')} - ${d(x.end, 'YYYY.MM')}</span></div><div class="b">${esc(x.degree)}</div></div>`).join('')}
</main></div>`);

/** 齐鲁人才网 个人简历 (single column, grey section bars). */
const qilu: HtmlT = (p) => html('zh', zhBase + `
.top{display:flex;justify-content:space-between;border-bottom:1px solid #ddd;padding-bottom:8px} .top h1{margin:0;font-size:18pt}
.top .ph{width:84px;height:104px;border:1px solid #ccc;color:#aaa;display:flex;align-items:center;justify-content:center}
.bar{background:#eef1f5;border-left:4px solid #1b6fb5;font-weight:bold;padding:3px 8px;margin:12px 0 6px}
.row{display:flex;gap:10px;margin-bottom:2px} .row span{min-width:46%} .it{margin-bottom:7px;break-inside:avoid} .it b{margin-right:12px}
.foot{margin-top:16px;color:#999;font-size:8pt;text-align:center;border-top:1px solid #eee;padding-top:4px}`, `
<div style="font-size:8.5pt;color:#1b6fb5;margin-bottom:6px">齐鲁人才网 www.qlrc.com　|　简历 ID：10832476</div>
<div class="top"><div><h1>${esc(p.name)}</h1><div>${p.sex === 'M' ? '男' : '女'}　|　${age(p)}岁　|　${esc(p.address[0].slice(0, 6))}　|　${p.extra?.politics ? esc(p.extra.politics) : '群众'}</div>
<div>手机：${esc(p.phoneLocal)}　　邮箱：${esc(p.email)}</div></div><div class="ph">照片</div></div>
<div class="bar">求职意向</div><div class="row"><span>期望职位：${esc(p.headline)}</span><span>工作性质：全职</span></div><div class="row"><span>期望地区：济南、青岛</span><span>目前状况：在职，考虑换工作</span></div>
<div class="bar">工作经历</div>
${recent(p).map((j) => `<div class="it"><div><b>${d(j.start, 'YYYY年M月')}—${j.end ? d(j.end, 'YYYY年M月') : '至今'}</b><b>${esc(j.company)}</b>${esc(j.title)}</div><div>工作内容：${esc(j.bullets.join(''))}</div></div>`).join('')}
<div class="bar">教育经历</div>
${p.education.map((x) => `<div class="it"><b>${d(x.start, 'YYYY年M月')}—${d(x.end, 'YYYY年M月')}</b><b>${esc(x.school)}</b>${esc(x.degree)}</div>`).join('')}
<div class="bar">专业技能</div><div>${sk(p).map(esc).join('　/　')}</div>
<div class="bar">证书</div><div>${esc(p.certs.join('；'))}</div>
<div class="bar">语言能力</div><div>${esc(p.languages.join('；'))}</div>
<div class="bar">自我评价</div><div>${esc(p.summary)}</div>
<div class="foot">本简历来自齐鲁人才网，请勿用于招聘以外的用途</div>`);

/** 锤子简历-style single column (name centred, bar-separated contact line). */
const chuizi: HtmlT = (p) => html('zh', zhBase + `
h1{text-align:center;font-size:21pt;margin:0 0 2px;letter-spacing:4px} .c{text-align:center;color:#555;margin-bottom:6px}
h2{font-size:12pt;border-bottom:1.5px solid #333;margin:12px 0 5px;padding-bottom:1px}
.a{display:flex;justify-content:space-between;font-weight:bold;margin-top:6px} ul{margin:2px 0 0 18px;padding:0} .it{break-inside:avoid}`, `
<h1>${esc(p.name)}</h1><div class="c">${esc(p.phoneLocal)} ｜ ${esc(p.email)} ｜ ${esc(p.address[0].slice(0, 6))} ｜ 求职意向：${esc(p.headline)}</div>
<h2>专业技能</h2>${ul(sk(p))}
<h2>工作经历</h2>${recent(p).map((j) => `<div class="it"><div class="a"><span>${esc(j.company)}　·　${esc(j.title)}</span><span>${d(j.start, 'YYYY.MM')} ~ ${e(j, 'YYYY.MM', '至今')}</span></div>${ul(j.bullets)}</div>`).join('')}
${p.gaps ? `<p style="color:#666;font-size:9pt">注：${esc(p.gaps.map((g) => `${d(g.start, 'YYYY.MM')} ~ ${d(g.end, 'YYYY.MM')} ${g.note}`).join('；'))}</p>` : ''}
<h2>教育经历</h2>${p.education.map((x) => `<div class="a"><span>${esc(x.school)}　·　${esc(x.degree)}</span><span>${d(x.start, 'YYYY.MM')} ~ ${d(x.end, 'YYYY.MM')}</span></div>`).join('')}
${p.extra?.honours ? `<h2>荣誉奖项</h2><p>${esc(p.extra.honours)}</p>` : ''}
<h2>证书</h2><p>${esc(p.certs.join('；'))}</p>
<h2>自我评价</h2><p>${esc(p.summary)}</p>`);

/** 国际中文教育志愿者报名申请表（英文版） International Chinese Education Volunteer Application Form. */
const hanbanen: HtmlT = (p) => html('en', formCss + `body{font-family:${EN_SANS},${ZH}} h1{text-align:center;font-size:13pt;margin:0} .s{text-align:center;margin:0 0 6px}`, `
<h1>International Chinese Education Volunteer Application Form</h1><p class="s">国际中文教育志愿者报名申请表（英文） \u00b7 No. VOL2026-0552190</p>
<div class="sec">Personal Information</div>
<table><tr><td class="lab">Name (Chinese)</td><td>${esc(p.name)}</td><td class="lab">Name (Pinyin)</td><td>${esc(p.alt!)}</td><td rowspan="4" style="width:90px;text-align:center;vertical-align:middle;color:#888">Photo</td></tr>
<tr><td class="lab">Gender</td><td>Female</td><td class="lab">Date of Birth</td><td>${p.dob}</td></tr>
<tr><td class="lab">Nationality</td><td>Chinese</td><td class="lab">Political status</td><td>${esc(p.extra!.politics)}</td></tr>
<tr><td class="lab">Mobile</td><td>${esc(p.phoneLocal)}</td><td class="lab">E-mail</td><td>${esc(p.email)}</td></tr>
<tr><td class="lab">Address</td><td colspan="4">${esc(p.address.join(', '))}</td></tr>
<tr><td class="lab">Nominating institution</td><td colspan="4">${esc(p.extra!.dispatch)}</td></tr>
<tr><td class="lab">Post applied for</td><td colspan="4">2027 Laos \u2013 university Chinese teaching post</td></tr></table>
<div class="sec">Education (from senior high school)</div>
<table><tr><th>From \u2013 To</th><th>Institution</th><th>Major / Degree</th></tr>
${p.education.map((x) => `<tr><td>${d(x.start, 'YYYY.MM')} \u2013 ${d(x.end, 'YYYY.MM')}</td><td>${esc(x.school)}</td><td>${esc(x.degree)}</td></tr>`).join('')}</table>
<div class="sec">Work Experience (incl. internships)</div>
<table><tr><th style="width:19%">From \u2013 To</th><th>Employer</th><th>Position</th><th style="width:36%">Responsibilities</th></tr>
${recent(p).map((j) => `<tr><td>${d(j.start, 'YYYY.MM')} \u2013 ${j.end ? d(j.end, 'YYYY.MM') : 'present'}</td><td>${esc(j.company)}</td><td>${esc(j.titleEn!)}</td><td>${esc(j.bullets.join(' '))}</td></tr>`).join('')}</table>
<div class="sec">Language Proficiency and Certificates</div>
<table><tr><td class="lab">Foreign languages</td><td>${esc(p.languages.join('; '))}</td></tr><tr><td class="lab">Certificates</td><td>${esc(p.certs.join('; '))}</td></tr>
<tr><td class="lab">Professional skills</td><td>${sk(p).map(esc).join('; ')}</td></tr><tr><td class="lab">Chinese cultural talents</td><td>Paper-cutting; Guangxi folk songs</td></tr></table>
<div class="sec">Personal Statement</div><p>${esc(p.summary)}</p>
<p style="margin-top:14px">I promise that all the information above is true and accurate. &nbsp; Signature: ______________ &nbsp; Date: 2026-10-18</p>`);

/** CIPS MCIPS membership application: experience record with line-manager verification. */
const cips: HtmlT = (p) => html('en', formCss.replace('#000;color:#fff', '#5b2a86;color:#fff') + `body{font-family:${EN_SANS},${ZH}} .hd{display:flex;justify-content:space-between;align-items:center;margin-bottom:8px} .hd b{font-size:22pt;color:#5b2a86}`, `
<div class="hd"><b>CIPS</b><div style="text-align:right">Chartered Institute of Procurement &amp; Supply<br><b style="font-size:12pt;color:#000">MCIPS membership application \u2013 Experience route</b></div></div>
<div class="sec">Section 1: Applicant details</div>
<table><tr><td class="lab">Full name</td><td>${esc(surname2(p))}</td><td class="lab">Name in Chinese</td><td>${esc(p.name)}</td></tr>
<tr><td class="lab">CIPS membership no.</td><td>2087 6613</td><td class="lab">Date of birth</td><td>${dobUK(p)}</td></tr>
<tr><td class="lab">Email</td><td>${esc(p.email)}</td><td class="lab">Telephone</td><td>${esc(p.phoneLocal)}</td></tr>
<tr><td class="lab">Address</td><td colspan="3">${esc(p.address.join(' / '))}</td></tr>
<tr><td class="lab">Qualification held</td><td colspan="3">${esc(p.certs.join('; '))}</td></tr></table>
<div class="sec">Section 2: Employment history (last 3+ years in a procurement role required)</div>
<table><tr><th style="width:10%">From (mm/yyyy)</th><th style="width:10%">To (mm/yyyy)</th><th>Employer</th><th>Job title</th><th style="width:32%">Procurement responsibilities</th><th style="width:8%">% proc.</th></tr>
${recent(p).map((j) => `<tr><td>${d(j.start, 'MM/YYYY')}</td><td>${j.end ? d(j.end, 'MM/YYYY') : 'current'}</td><td>${esc(j.company)}</td><td>${esc(j.titleEn!)}<br>${esc(j.title)}</td><td>${esc(j.bullets.join(' '))}</td><td>100</td></tr>`).join('')}</table>
<div class="sec">Section 3: Key procurement skills</div>${ul(sk(p))}
<div class="sec">Section 4: Education</div>
<table>${p.education.map((x) => `<tr><td class="lab">${d(x.start, 'MM/YYYY')} \u2013 ${d(x.end, 'MM/YYYY')}</td><td>${esc(x.school)} \u2013 ${esc(x.degree)}</td></tr>`).join('')}
<tr><td class="lab">Languages</td><td>${esc(p.languages.join('; '))}</td></tr></table>
<div class="sec">Section 5: Line manager verification</div>
<table><tr><td class="lab">Name</td><td>Dr. Matthias Vogel</td><td class="lab">Position</td><td>Managing Director, Jiangsu Bavaro Fluid Technology Co., Ltd.</td></tr>
<tr><td class="lab">Email</td><td>m.vogel@bavaro-fluid.cn</td><td class="lab">Signature / date</td><td>M. Vogel &nbsp; 12/10/2026</td></tr></table>
<div class="sec">Section 6: Declaration</div>
<p>I declare that the information in this application is true and complete and I agree to abide by the CIPS Code of Conduct.</p><p>Signature: Gu Lifeng &nbsp;&nbsp;&nbsp; Date: 12/10/2026</p>`);
const surname2 = (p: Person) => { const [g, ...rest] = p.alt!.split(' '); return `${rest.join(' ').toUpperCase()} ${g === 'Leo' ? 'Lifeng (Leo)' : g}`; };

// ================================================================== TXT TEMPLATES
/** Google Docs  File > Download > Plain text (.txt): BOM, CRLF, "* " bullets, tab-separated table cells. */
function gdocstxt(p: Person): string {
  const L: string[] = [];
  L.push(p.name, p.headline, `${p.address.join(', ')}`, `${p.phoneLocal} | ${p.email}`, '', '', 'SUMMARY', p.summary, '', '', 'EXPERIENCE');
  for (const j of recent(p)) {
    L.push(`${j.company}, ${j.place} \u2014 ${j.title}`, `${d(j.start, 'MONTH YYYY')} - ${j.end ? d(j.end, 'MONTH YYYY') : 'PRESENT'}`, ...j.bullets.map((b) => `* ${b}`), '');
  }
  L.push('', 'EDUCATION');
  for (const x of p.education) L.push(`${x.school}\t${x.degree}\t${d(x.start, 'Mon YYYY')} - ${d(x.end, 'Mon YYYY')}`);
  L.push('', '', 'SKILLS', ...sk(p).map((s) => `* ${s}`), '', '', 'CERTIFICATIONS & LANGUAGES', ...p.certs.map((c) => `* ${c}`), ...p.languages.map((c) => `* ${c}`));
  if (p.referees.length) L.push('', '', 'REFERENCES', ...p.referees.map((r) => `${r.name}\t${r.role}, ${r.org}\t${r.phone}`));
  return '\uFEFF' + L.join('\r\n') + '\r\n';
}
/** 幕布 (Mubu) outline exported as plain text: tab-indented nodes. */
function mubu(p: Person): string {
  const L: string[] = [`${p.name}的简历`];
  const n = (lv: number, t: string) => L.push('\t'.repeat(lv) + t);
  n(1, '基本信息');
  n(2, `${p.name}，${p.sex === 'M' ? '男' : '女'}，${dobZh(p)} 生`);
  n(2, `手机：${p.phoneLocal}`); n(2, `邮箱：${p.email}`); n(2, `地址：${p.address[0]}`);
  n(2, `求职方向：${p.headline}`);
  n(1, '工作经历');
  for (const j of recent(p)) {
    n(2, `${d(j.start, 'YYYY.MM')}-${e(j, 'YYYY.MM', '至今')} ${j.company}`);
    n(3, `职位：${j.title}`);
    for (const b of j.bullets) n(3, b);
  }
  if (p.gaps) n(2, `（${p.gaps.map((g) => `${d(g.start, 'YYYY.MM')}-${d(g.end, 'YYYY.MM')} ${g.note}`).join('；')}）`);
  n(1, '教育经历');
  for (const x of p.education) n(2, `${d(x.start, 'YYYY.MM')}-${d(x.end, 'YYYY.MM')} ${x.school} ${x.degree}`);
  n(1, '专业技能');
  for (const s of sk(p)) n(2, s);
  n(1, '证书');
  for (const c of p.certs) n(2, c);
  n(1, '自我评价'); n(2, p.summary);
  return L.join('\n') + '\n';
}
/** Chinese plain-text résumé with 【】 section brackets (as pasted into 内推 / e-mail), bilingual for mixed people. */
function bracket(p: Person): string {
  const L: string[] = [];
  L.push(`${p.name}（${p.alt}）｜${p.headline}`, `电话 Tel：${p.phoneLocal}　邮箱 Email：${p.email}`, `${p.extra?.github ?? ''}　${p.extra?.gitee ?? ''}`.trim(), '');
  L.push('【个人简介 Summary】', p.summary, '');
  L.push('【工作经历 Experience】');
  for (const j of recent(p)) {
    L.push(`${d(j.start, 'YYYY/MM')} - ${j.end ? d(j.end, 'YYYY/MM') : '至今'}　${j.company}　${j.title} / ${j.titleEn}`);
    for (const b of j.bullets) L.push(`  - ${b}`);
  }
  L.push('', '【教育背景 Education】');
  for (const x of p.education) L.push(`${d(x.start, 'YYYY/MM')} - ${d(x.end, 'YYYY/MM')}　${x.school}　${x.degree}`);
  L.push('', '【专业技能 Skills】', sk(p).join('；'), '');
  if (p.extra?.papers) L.push('【论文 Publications】', p.extra.papers, '');
  L.push('【语言 Languages】', p.languages.join('；'), '');
  return L.join('\n');
}

// ================================================================== PLAN
type Layout = 'single' | 'twocol' | 'table';
const DOCX: Record<string, [Layout, DocxT]> = { sthelena: ['table', sthelena], cookislands: ['table', cookislands], lesotho: ['table', lesotho], modernwriter: ['single', modernwriter], rics: ['table', rics], gerenjianli: ['twocol', gerenjianli], hanban: ['table', hanban], wusi: ['table', wusi], kjtpy: ['table', kjtpy], officecn: ['twocol', officecn], gjzz: ['table', gjzz], ccf: ['table', ccf] };
const HTML: Record<string, [Layout, HtmlT]> = { treyhunner: ['single', treyhunner], resumonk: ['twocol', resumonk], chef: ['single', chef], wowchemy: ['twocol', wowchemy], resumecom: ['twocol', resumecom], gambia: ['table', gambia], vso: ['table', vso], newjobs: ['table', newjobs], jianliben: ['twocol', jianliben], qilu: ['single', qilu], chuizi: ['single', chuizi], hanbanen: ['table', hanbanen], cips: ['table', cips] };
const TXT: Record<string, [Layout, (p: Person) => string]> = { gdocstxt: ['single', gdocstxt], mubu: ['single', mubu], bracket: ['single', bracket] };
const plan: Record<string, string[]> = {
  p01: ['sthelena', 'treyhunner', 'gdocstxt'], p02: ['cookislands', 'resumonk', 'chef'], p03: ['lesotho', 'wowchemy', 'gdocstxt'],
  p04: ['modernwriter', 'resumecom', 'gdocstxt'], p05: ['rics', 'resumonk', 'gdocstxt'], p06: ['gambia', 'modernwriter', 'resumonk'],
  p07: ['vso', 'treyhunner', 'resumecom', 'gdocstxt'], p08: ['gerenjianli', 'newjobs', 'mubu'], p09: ['hanban', 'jianliben', 'qilu'],
  p10: ['gerenjianli', 'chuizi', 'mubu'], p11: ['wusi', 'jianliben', 'chuizi'], p12: ['kjtpy', 'jianliben', 'mubu'],
  p13: ['officecn', 'resumonk'], p14: ['gjzz', 'resumonk', 'hanbanen'], p15: ['officecn', 'cips'], p16: ['ccf', 'wowchemy', 'bracket'],
};

async function main(): Promise<void> {
  if (existsSync(docs)) for (const f of readdirSync(docs)) rmSync(path.join(docs, f));
  mkdirSync(docs, { recursive: true });
  const entries: { file: string; person: string; template: string; layout: string; producer: string; language: string }[] = [];
  const htmlJobs: [string, string][] = [];
  const add = (p: Person, t: string, layout: Layout, producer: string, ext: string) => {
    const file = `${p.id}-${layout}-${t}.${ext}`;
    entries.push({ file, person: p.id, template: t, layout: layout === 'twocol' ? 'two-column' : layout, producer, language: p.language });
    return file;
  };
  for (const [id, ts] of Object.entries(plan)) {
    const p = P(id);
    for (const t of ts) {
      if (DOCX[t]) {
        const [layout, fn] = DOCX[t];
        const r = await fn(p);
        const [children, o] = Array.isArray(r[0]) ? (r as [(Paragraph | Table)[], Partial<DocO>]) : [r as (Paragraph | Table)[], {}];
        const f = add(p, t, layout, 'docx', 'docx');
        add(p, t, layout, 'libreoffice', 'pdf');
        await docx(f, children, { font: 'Calibri', title: `CV \u2013 ${p.alt ?? p.name}`, author: p.alt ?? p.name, ...o });
      } else if (HTML[t]) {
        const [layout, fn] = HTML[t];
        htmlJobs.push([add(p, t, layout, 'chromium', 'pdf'), fn(p)]);
      } else if (TXT[t]) {
        const [layout, fn] = TXT[t];
        writeFileSync(path.join(docs, add(p, t, layout, 'txt', 'txt')), fn(p), 'utf8');
      } else throw new Error(`unknown template ${t}`);
    }
  }
  await printHtml(docs, htmlJobs);
  exportDocxToPdf(docs);
  const files = entries.map((x) => x.file);
  for (const f of files) if (!existsSync(path.join(docs, f))) throw new Error(`missing ${f}`);
  const truth = {
    referenceDate: REF,
    people: people.map((p) => ({
      id: p.id, language: p.language, name: p.name, email: p.email, phone: p.phone, skills: p.skills,
      work: p.work.map((j) => ({ company: j.company, start: j.start, end: j.end })),
      yearsOfExperience: yearsWorked(p.work, REF),
    })),
    documents: entries,
  };
  writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifestOf(docs, files.sort()), null, 2) + '\n');
  console.log(`heldout-38: ${files.length} documents`);
}
await main();
