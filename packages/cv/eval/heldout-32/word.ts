/** Word (DOCX) templates written with the `docx` package; LibreOffice later exports each to PDF. */
import {
  AlignmentType, BorderStyle, Document, Footer, Header, HeightRule, Packer, PageNumber, Paragraph, ShadingType, Table, TableCell, TableRow,
  TabStopType, TextRun, VerticalAlign, WidthType,
} from 'docx';
import type { Person } from './people.ts';
import { bornDmy, bornZh, d, fullName, intl, recent, skills } from './common.ts';

type Kids = (Paragraph | Table)[];
interface RunOpts { bold?: boolean; italics?: boolean; size?: number; color?: string; font?: string; caps?: boolean }
const W = 9638; // A4 text width with 2 cm margins, in twips
const r = (text: string, o: RunOpts = {}) => new TextRun({ text, bold: o.bold, italics: o.italics, size: o.size, color: o.color, allCaps: o.caps, font: o.font });
const P = (text: string | TextRun[], o: RunOpts & { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; after?: number; before?: number; bullet?: boolean; shade?: string; rule?: boolean; tab?: number } = {}) =>
  new Paragraph({
    children: typeof text === 'string' ? text.split('\t').flatMap((t, i) => (i ? [new TextRun({ text: '\t' }), r(t, o)] : [r(t, o)])) : text,
    keepNext: o.rule || undefined, alignment: o.align, spacing: { after: o.after ?? 60, before: o.before ?? 0 }, bullet: o.bullet ? { level: 0 } : undefined,
    shading: o.shade ? { type: ShadingType.CLEAR, fill: o.shade, color: 'auto' } : undefined,
    border: o.rule ? { bottom: { style: BorderStyle.SINGLE, size: 8, color: '404040', space: 1 } } : undefined,
    tabStops: o.tab ? [{ type: TabStopType.RIGHT, position: o.tab }] : undefined,
  });
const thin = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const cellBorders = { top: thin, bottom: thin, left: thin, right: thin };
const noBorders = { top: none, bottom: none, left: none, right: none };
interface CellOpts { span?: number; rows?: number; shade?: string; w?: number; bold?: boolean; size?: number; center?: boolean; borders?: boolean }
const C = (content: string | Kids, o: CellOpts = {}) => new TableCell({
  children: typeof content === 'string' ? content.split('\n').map((t) => P(t, { bold: o.bold, size: o.size, after: 0, align: o.center ? AlignmentType.CENTER : undefined })) : content,
  columnSpan: o.span, rowSpan: o.rows, shading: o.shade ? { type: ShadingType.CLEAR, fill: o.shade, color: 'auto' } : undefined,
  width: o.w ? { size: o.w, type: WidthType.DXA } : undefined, verticalAlign: o.center ? VerticalAlign.CENTER : VerticalAlign.TOP,
  borders: o.borders === false ? noBorders : cellBorders, margins: { top: 40, bottom: 40, left: 80, right: 80 },
});
const T = (widths: number[], rows: TableCell[][], minH?: number[]) => new Table({
  width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: widths,
  rows: rows.map((cells, i) => new TableRow({ children: cells, height: minH?.[i] ? { value: minH[i], rule: HeightRule.ATLEAST } : undefined })),
});
const pageNo = (prefix: string, mid = ' of ', suffix = '') => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ size: 16, children: [prefix, PageNumber.CURRENT, mid, PageNumber.TOTAL_PAGES, suffix] })] });
function doc(children: Kids, o: { font: string; eastAsia?: string; size: number; header?: Paragraph[]; footer?: Paragraph[]; margin?: number; title: string }): Document {
  const m = o.margin ?? 1134;
  return new Document({
    creator: o.title, title: o.title,
    styles: { default: { document: { run: { font: { ascii: o.font, hAnsi: o.font, eastAsia: o.eastAsia ?? o.font, cs: o.font }, size: o.size } } } },
    sections: [{
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: m, bottom: m, left: m, right: m, header: 560, footer: 560 } } },
      headers: o.header ? { default: new Header({ children: o.header }) } : undefined,
      footers: o.footer ? { default: new Footer({ children: o.footer }) } : undefined,
      children,
    }],
  });
}
export const pack = (d: Document) => Packer.toBuffer(d);

/* D1. Word "Timeless" résumé (serif, ruled headings) — single. Bilingual headings for mixed people. */
export function timeless(p: Person): Document {
  const zh = p.language === 'mixed';
  const H = (en: string, c: string) => P(zh ? `${en.toUpperCase()}  ${c}` : en.toUpperCase(), { bold: true, size: 22, color: '7B3F00', rule: true, before: 200, after: 80 });
  const kids: Kids = [
    P(zh ? fullName(p, 'latin-first') : p.name, { size: 44, font: 'Cambria', align: AlignmentType.LEFT, after: 20 }),
    P(p.headline, { italics: true, size: 22, color: '595959', after: 60 }),
    P(`${p.address}  |  ${p.phoneLocal}  |  ${p.email}`, { size: 18, after: 120 }),
    H('Objective', '求职目标'), P(p.summary),
    H('Experience', '工作经历'),
    ...recent(p).flatMap((j) => [
      P([r(`${j.title}${zh && j.titleAlt ? ` / ${j.titleAlt}` : ''}`, { bold: true }), r('\t'), r(`${d(j.start, 'Mon YYYY')} – ${d(j.end, 'Mon YYYY', 'Present')}`, { italics: true })], { tab: W, before: 80, after: 0 }),
      P([r(j.company, { color: '7B3F00' }), ...(j.town ? [r(`, ${j.town}`, { color: '595959' })] : [])], { after: 20 }),
      ...j.bullets.map((b) => P(b, { bullet: true, after: 20 })),
    ]),
    H('Education', '教育背景'),
    ...p.education.map((s) => P([r(`${s.degree}, `, { bold: true }), r(s.school), r('\t'), r(`${d(s.start, 'Mon YYYY')} – ${d(s.end, 'Mon YYYY')}`, { italics: true })], { tab: W, after: 40 })),
    H('Skills', '技能'),
    T([W / 2, W / 2], (() => { const s = skills(p); const half = Math.ceil(s.length / 2); return Array.from({ length: half }, (_, i) => [C([P(s[i], { bullet: true, after: 0 })], { borders: false, w: W / 2 }), C(s[i + half] ? [P(s[i + half], { bullet: true, after: 0 })] : [P('')], { borders: false, w: W / 2 })]); })()),
    H('Certifications', '证书'), ...p.certificates.map((c) => P(c, { after: 20 })),
    H('Languages', '语言'), P(p.languages.join(' · ')),
  ];
  if (p.referees.length) kids.push(H('References', '推荐人'), ...p.referees.map((x) => P(`${x.name}, ${x.role}, ${x.org} — ${x.phone}${x.email ? `, ${x.email}` : ''}`, { after: 20 })));
  return doc(kids, { font: 'Calibri', eastAsia: 'Microsoft YaHei', size: 20, title: `${p.name} Resume`, footer: [pageNo(`${zh ? p.latin : p.name} · Page `, ' of ')] });
}

/* D2. Word "Polished résumé" (designed-by-MOO style): name band, then a shaded left column and a main column — two-column. */
export function polished(p: Person): Document {
  const L = 3200, R = W - L;
  const side = (t: string) => P(t.toUpperCase(), { bold: true, size: 19, color: '1F3864', before: 200, after: 60 });
  const main = (t: string) => P(t.toUpperCase(), { bold: true, size: 22, color: '1F3864', rule: true, before: 160, after: 80 });
  const left: Kids = [
    side('Contact'), P(p.phoneLocal, { size: 18 }), P(p.email, { size: 18 }), P(p.address, { size: 18 }),
    side('Skills'), ...skills(p).map((s) => P(s, { size: 18, bullet: true, after: 20 })),
    side('Languages'), ...p.languages.map((s) => P(s, { size: 18, after: 20 })),
    side('Certifications'), ...p.certificates.map((s) => P(s, { size: 18, after: 40 })),
  ];
  const right: Kids = [
    main('Profile'), P(p.summary),
    main('Experience'),
    ...recent(p).flatMap((j) => [
      P([r(j.company, { bold: true, size: 21 })], { before: 80, after: 0 }),
      P([r(`${j.title}${j.titleAlt ? ` (${j.titleAlt})` : ''}`, { italics: true }), r(`  |  ${d(j.start, 'Month YYYY')} – ${d(j.end, 'Month YYYY', 'Present')}`, { color: '595959', size: 18 })], { after: 20 }),
      ...j.bullets.map((b) => P(b, { bullet: true, after: 20, size: 19 })),
    ]),
    main('Education'), ...p.education.map((s) => P([r(s.school, { bold: true }), r(` — ${s.degree}, ${d(s.end, 'Month YYYY')}`)], { after: 40 })),
  ];
  if (p.referees.length) right.push(main('References'), ...p.referees.map((x) => P(`${x.name}, ${x.role}, ${x.org}. Phone ${x.phone}`, { size: 19, after: 20 })));
  const kids: Kids = [
    P(p.latin ? `${p.latin}  ${p.name}` : p.name, { size: 48, bold: true, color: '1F3864', after: 0 }),
    P(p.headline, { size: 24, color: '2E75B6', after: 120, rule: true }),
    T([L, R], [[C(left, { shade: 'EAF0F8', borders: false, w: L }), C(right, { borders: false, w: R })]]),
  ];
  return doc(kids, { font: 'Garamond', eastAsia: 'PMingLiU', size: 20, title: 'Resume', footer: [pageNo('', ' / ')] });
}

/* D3. Seychelles — Application for Employment in the Public Service (Department of Public Administration style) — table */
export function seychellesForm(p: Person): Document {
  const sh = 'D9E2F3';
  const sec = (t: string) => P(t, { bold: true, size: 20, shade: '1F3864', color: 'FFFFFF', before: 160, after: 0 });
  const kv = (rows: [string, string, string?, string?][]) => T([2600, 2219, 2400, 2419], rows.map(([a, b, c, dd]) => c === undefined ? [C(a, { shade: sh, bold: true, size: 18 }), C(b, { span: 3 })] : [C(a, { shade: sh, bold: true, size: 18 }), C(b), C(c, { shade: sh, bold: true, size: 18 }), C(dd ?? '')]));
  const kids: Kids = [
    P('REPUBLIC OF SEYCHELLES', { bold: true, align: AlignmentType.CENTER, after: 0, size: 22 }),
    P('APPLICATION FOR EMPLOYMENT IN THE PUBLIC SERVICE', { bold: true, align: AlignmentType.CENTER, size: 26, after: 40 }),
    P('Post applied for: Principal Fisheries Officer (Ministry of Fisheries and the Blue Economy)      Ref: DPA/REC/2026/0871', { align: AlignmentType.CENTER, size: 18, after: 120 }),
    sec('PART A — PERSONAL DETAILS'),
    kv([['Full name (surname in capitals)', `${p.name.split(' ').slice(0, -1).join(' ')} ${p.name.split(' ').slice(-1)[0].toUpperCase()}`], ['Date of birth', bornDmy(p), 'Sex', p.gender === 'M' ? 'Male' : 'Female'],
      ['Nationality', p.nationality, 'NIN', p.extra.NIN], ['Residential address', p.address], ['District', p.extra.District, 'Marital status', p.extra['Marital status']],
      ['Mobile', p.phoneLocal, 'Email', p.email]]),
    sec('PART B — EDUCATION AND QUALIFICATIONS'),
    T([3300, 3200, 1569, 1569], [[C('Institution', { shade: sh, bold: true, size: 18 }), C('Qualification', { shade: sh, bold: true, size: 18 }), C('From (month/year)', { shade: sh, bold: true, size: 18 }), C('To (month/year)', { shade: sh, bold: true, size: 18 })],
      ...p.education.map((s) => [C(s.school), C(s.degree), C(d(s.start, 'MM/YYYY')), C(d(s.end, 'MM/YYYY'))])]),
    sec('PART C — EMPLOYMENT RECORD (present or most recent first)'),
    T([2700, 2200, 1150, 1150, 2438], [[C('Employer', { shade: sh, bold: true, size: 18 }), C('Post held', { shade: sh, bold: true, size: 18 }), C('From', { shade: sh, bold: true, size: 18 }), C('To', { shade: sh, bold: true, size: 18 }), C('Main duties', { shade: sh, bold: true, size: 18 })],
      ...recent(p).map((j) => [C(j.company), C(j.title), C(d(j.start, 'MM/YYYY')), C(d(j.end, 'MM/YYYY', 'to date')), C(j.bullets[0], { size: 17 })])]),
    sec('PART D — SKILLS, TRAINING AND LANGUAGES'),
    T([2600, 7038], [[C('Skills', { shade: sh, bold: true, size: 18 }), C(skills(p).join(', '))], [C('Other training / certificates', { shade: sh, bold: true, size: 18 }), C(p.certificates.join('\n'))], [C('Languages', { shade: sh, bold: true, size: 18 }), C(p.languages.join(', '))]]),
    sec('PART E — REFEREES'),
    T([3200, 3638, 2800], [[C('Name', { shade: sh, bold: true, size: 18 }), C('Position / Organisation', { shade: sh, bold: true, size: 18 }), C('Telephone', { shade: sh, bold: true, size: 18 })], ...p.referees.map((x) => [C(x.name), C(`${x.role}, ${x.org}`), C(x.phone)])]),
    sec('PART F — DECLARATION'),
    T([6000, 3638], [[C('I certify that the information given above is true and complete. I understand that any false statement may lead to disqualification or termination of appointment.', { span: 2 })], [C('Signature of applicant:'), C('Date: 06/11/2026')]], [0, 700]),
    P('Please attach certified copies of certificates and NIN. Incomplete forms will not be considered.', { italics: true, size: 16, before: 80 }),
  ];
  return doc(kids, { font: 'Arial', size: 19, margin: 1000, title: 'DPA Application Form', footer: [pageNo('DPA Form PS-1 (2023)        Page ', ' of ')] });
}

/* D4. Tonga Public Service Commission application form — numbered questions, table */
export function tongaPsc(p: Person): Document {
  const sh = 'EDEDED';
  const q = (n: string, label: string, val: string) => [C(n, { w: 500, size: 18 }), C(label, { w: 3400, shade: sh, size: 18 }), C(val, { w: 5738 })];
  const kids: Kids = [
    P('PUBLIC SERVICE COMMISSION', { bold: true, align: AlignmentType.CENTER, size: 24, after: 0 }),
    P("Kingdom of Tonga · Pule'anga Fakatu'i 'o Tonga", { align: AlignmentType.CENTER, size: 18, after: 0 }),
    P('APPLICATION FOR APPOINTMENT / PROMOTION', { bold: true, align: AlignmentType.CENTER, size: 26, before: 80, after: 120 }),
    P('SECTION 1: POSITION', { bold: true, size: 20, after: 40 }),
    T([500, 3400, 5738], [q('1.1', 'Position applied for', 'Chief Finance Officer, Ministry of Health (Level 3)'), q('1.2', 'Vacancy reference', 'PSC/VAC/2026-219')]),
    P('SECTION 2: PERSONAL PARTICULARS', { bold: true, size: 20, before: 160, after: 40 }),
    T([500, 3400, 5738], [q('2.1', 'Full name (Surname last)', p.name), q('2.2', 'Date of birth', bornDmy(p)), q('2.3', 'Sex', p.gender === 'M' ? 'Male' : 'Female'), q('2.4', 'Village / Postal address', p.address),
      q('2.5', 'Telephone / Mobile', p.phoneLocal), q('2.6', 'Email address', p.email), q('2.7', 'Citizenship', p.nationality), q('2.8', 'Marital status', p.extra['Marital status'])]),
    P('SECTION 3: EDUCATIONAL QUALIFICATIONS', { bold: true, size: 20, before: 160, after: 40 }),
    T([3800, 3838, 2000], [[C('School / Institution', { shade: sh, bold: true, size: 18 }), C('Qualification', { shade: sh, bold: true, size: 18 }), C('Year completed', { shade: sh, bold: true, size: 18 })], ...p.education.map((s) => [C(s.school), C(s.degree), C(s.end.slice(0, 4))])]),
    P('SECTION 4: EMPLOYMENT HISTORY (commence with present employment)', { bold: true, size: 20, before: 160, after: 40 }),
    T([2800, 2300, 1300, 1300, 1938], [[C('Name of employer', { shade: sh, bold: true, size: 18 }), C('Position held', { shade: sh, bold: true, size: 18 }), C('Date from (mm/yyyy)', { shade: sh, bold: true, size: 18 }), C('Date to (mm/yyyy)', { shade: sh, bold: true, size: 18 }), C('Reason for leaving', { shade: sh, bold: true, size: 18 })],
      ...recent(p).map((j) => [C(j.company), C(j.title), C(d(j.start, 'MM/YYYY')), C(d(j.end, 'MM/YYYY', 'Current')), C(j.end ? 'Better opportunity' : 'N/A – currently employed', { size: 17 })])]),
    P('SECTION 5: KEY SKILLS AND COMPETENCIES', { bold: true, size: 20, before: 160, after: 40 }),
    T([9638], [[C(skills(p).map((s, i) => `${String.fromCharCode(97 + i)}) ${s}`).join('\n'))]]),
    P('SECTION 6: PROFESSIONAL MEMBERSHIP', { bold: true, size: 20, before: 160, after: 40 }),
    T([9638], [[C(p.certificates.join('\n'))]]),
    P('SECTION 7: REFEREES', { bold: true, size: 20, before: 160, after: 40 }),
    T([3200, 4038, 2400], [[C('Name', { shade: sh, bold: true, size: 18 }), C('Position', { shade: sh, bold: true, size: 18 }), C('Contact', { shade: sh, bold: true, size: 18 })], ...p.referees.map((x) => [C(x.name), C(`${x.role}, ${x.org}`), C(x.phone)])]),
    P('SECTION 8: DECLARATION', { bold: true, size: 20, before: 160, after: 40 }),
    P('I declare that the information provided in this application is true and correct. I understand that if any information is found to be false, my application may be rejected or my appointment terminated.', { size: 18 }),
    P('Signature: ______________________________          Date: 04 / 11 / 2026', { before: 240 }),
  ];
  return doc(kids, { font: 'Times New Roman', size: 21, margin: 1134, title: 'PSC Application', header: [P('PSC Form 2 (Revised 2022)', { size: 16, align: AlignmentType.RIGHT })], footer: [pageNo('Page ', ' of ')] });
}

/* D5. Falkland Islands Government application form — shaded section bars, table */
export function falklandsForm(p: Person): Document {
  const bar = (t: string) => P(t, { bold: true, size: 20, shade: 'BDD7EE', before: 160, after: 60 });
  const lab = (t: string) => C(t, { shade: 'F2F2F2', size: 18, w: 3000 });
  const kids: Kids = [
    P('FALKLAND ISLANDS GOVERNMENT', { bold: true, size: 28, align: AlignmentType.CENTER, color: '1F3864', after: 0 }),
    P('Human Resources · Secretariat, Stanley', { size: 18, align: AlignmentType.CENTER, after: 0 }),
    P('APPLICATION FOR EMPLOYMENT — CONFIDENTIAL', { bold: true, size: 24, align: AlignmentType.CENTER, before: 100, after: 100 }),
    T([3000, 6638], [[lab('Post applied for'), C('Senior Veterinary Officer, Department of Agriculture')], [lab('Reference'), C('FIG/AG/26/031')]]),
    bar('1. PERSONAL DETAILS'),
    T([3000, 6638], [[lab('Title'), C(p.gender === 'F' ? 'Mrs' : 'Mr')], [lab('Full name'), C(p.name)], [lab('Address'), C(p.address)], [lab('Telephone (mobile)'), C(p.phoneLocal)], [lab('Email'), C(p.email)],
      [lab('Nationality'), C(p.nationality)], [lab('Do you hold Falkland Islands Status or a work permit?'), C('No — I would require a work permit')], [lab('Driving licence'), C(p.extra['Driving licence'])]]),
    bar('2. EMPLOYMENT HISTORY'),
    P('Please give details of all employment, starting with your present or most recent employer. Account for any gaps.', { italics: true, size: 17 }),
    ...recent(p).map((j) => T([3000, 6638], [[lab('Employer'), C(j.company)], [lab('Job title'), C(j.title)], [lab('Dates (from – to)'), C(`${d(j.start, 'MM/YYYY')} – ${d(j.end, 'MM/YYYY', 'present')}`)], [lab('Main duties'), C(j.bullets.join(' '))], [lab('Reason for leaving / notice'), C(j.end ? 'Career progression' : 'Three months’ notice')]])).flatMap((t) => [t, P('', { after: 60 })]),
    T([3000, 6638], [[lab('Gaps in employment'), C(p.extra['Career break'])]]),
    bar('3. EDUCATION, QUALIFICATIONS AND PROFESSIONAL REGISTRATION'),
    T([4000, 3638, 2000], [[C('Establishment', { shade: 'F2F2F2', bold: true, size: 18 }), C('Qualification', { shade: 'F2F2F2', bold: true, size: 18 }), C('Dates', { shade: 'F2F2F2', bold: true, size: 18 })],
      ...p.education.map((s) => [C(`${s.school}, ${s.town}`), C(s.degree), C(`${d(s.start, 'MM/YYYY')} – ${d(s.end, 'MM/YYYY')}`)]), ...p.certificates.map((c) => [C(c, { span: 3 })])]),
    bar('4. SKILLS'),
    P('List skills relevant to the person specification.', { italics: true, size: 17 }),
    ...skills(p).map((s) => P(s, { bullet: true, after: 20 })),
    P(`Languages: ${p.languages.join(', ')}`, { before: 80 }),
    bar('5. REFERENCES'),
    T([3200, 3638, 2800], [[C('Name', { shade: 'F2F2F2', bold: true, size: 18 }), C('Position and organisation', { shade: 'F2F2F2', bold: true, size: 18 }), C('Telephone / email', { shade: 'F2F2F2', bold: true, size: 18 })], ...p.referees.map((x) => [C(x.name), C(`${x.role}, ${x.org}`), C(`${x.phone}${x.email ? `\n${x.email}` : ''}`)])]),
    bar('6. DECLARATION'),
    P('I confirm that the information given on this form is correct and complete. I understand that any false statement or omission may lead to the withdrawal of an offer or dismissal.', { size: 18 }),
    T([5000, 4638], [[C('Signed:'), C('Date: 02 November 2026')]], [700]),
  ];
  return doc(kids, { font: 'Arial', size: 19, title: 'FIG Application Form', footer: [pageNo('FIG HR Form 1 — Page ', ' of ')] });
}

/* D6. 熊猫办公 Word 表格个人简历 (photo cell, merged rows) — table */
export function xiongmao(p: Person): Document {
  const sh = 'DEEAF6';
  const L = (t: string, w = 1300) => C(t, { shade: sh, bold: true, center: true, w, size: 20 });
  const sec = (t: string) => [C(t, { span: 7, shade: '5B9BD5', bold: true, size: 22 })];
  const ws = [1250, 1500, 1250, 1500, 1250, 1300, 1588];
  const [major, level] = p.education[0].degree.split(' ');
  const rows: TableCell[][] = [
    [L('姓  名'), C(p.name, { center: true }), L('性  别'), C(p.gender === 'M' ? '男' : '女', { center: true }), L('出生年月'), C(bornZh(p), { center: true, size: 19 }), C('照\n\n片', { rows: 4, center: true })],
    [L('籍  贯'), C(p.extra['籍贯'] ?? p.extra['户籍'] ?? '', { center: true }), L('政治面貌'), C(p.extra['政治面貌'] ?? '', { center: true }), L('民  族'), C(p.extra['民族'] ?? '汉族', { center: true })],
    [L('婚姻状况'), C(p.extra['婚姻状况'] ?? '', { center: true }), L('学  历'), C(level ?? '', { center: true }), L('专  业'), C(major, { center: true, size: 19 })],
    [L('联系电话'), C(p.phoneLocal, { span: 2, center: true }), L('电子邮箱'), C(p.email, { span: 2, center: true, size: 19 })],
    [L('现居地址'), C(p.address, { span: 6 })],
    [L('求职意向'), C(p.headline, { span: 3 }), L('期望薪资'), C(p.extra['期望薪资'] ?? '面议', { span: 2 })],
    sec('教育背景'),
    [L('时  间'), C('学校名称', { span: 3, shade: sh, bold: true, center: true }), C('专业', { span: 2, shade: sh, bold: true, center: true }), L('学历')],
    ...p.education.map((s) => [C(`${d(s.start, 'YYYY.MM')}-${d(s.end, 'YYYY.MM')}`, { size: 18 }), C(s.school, { span: 3 }), C(s.degree.split(' ')[0], { span: 2 }), C(s.degree.split(' ')[1] ?? '')]),
    sec('工作经历'),
    ...recent(p).flatMap((j) => [
      [L('时  间'), C(`${d(j.start, 'YYYY年M月')}—${d(j.end, 'YYYY年M月', '至今')}`, { span: 2 }), L('单位名称'), C(j.company, { span: 3 })],
      [L('职  位'), C(j.title, { span: 2 }), L('工作内容'), C(j.bullets.join('\n'), { span: 3, size: 18 })],
    ]),
    sec('专业技能'),
    [C(skills(p).map((s, i) => `${i + 1}. ${s}`).join('\n'), { span: 7 })],
    sec('证书及语言'),
    [C([...p.certificates, ...p.languages].join('；'), { span: 7 })],
    sec('自我评价'),
    [C(p.summary, { span: 7 })],
  ];
  const kids: Kids = [P('个 人 简 历', { bold: true, size: 40, align: AlignmentType.CENTER, after: 160 }), T(ws, rows)];
  return doc(kids, { font: 'Times New Roman', eastAsia: '宋体', size: 21, margin: 1000, title: '个人简历' });
}

/* D7. Microsoft 365 中文“简约商务”简历模板 (banner + two columns) — two-column */
export function msZhTwoCol(p: Person): Document {
  const L = 3300, R = W - L;
  const zhMixed = p.language === 'mixed';
  const h = (t: string) => P(t, { bold: true, size: 24, color: '2F5496', rule: true, before: 160, after: 80 });
  const left: Kids = [
    h(zhMixed ? '联系方式 Contact' : '联系方式'), P(`电话：${zhMixed ? intl(p) : p.phoneLocal}`, { size: 19 }), P(`邮箱：${p.email}`, { size: 19 }), P(`地址：${p.address}`, { size: 19 }),
    h(zhMixed ? '专业技能 Skills' : '专业技能'), ...skills(p).map((s) => P(s, { bullet: true, size: 19, after: 20 })),
    h(zhMixed ? '证书 Certificates' : '资格证书'), ...p.certificates.map((s) => P(s, { size: 19, after: 40 })),
    ...(p.languages.length ? [h(zhMixed ? '语言 Languages' : '语言能力'), ...p.languages.map((s) => P(s, { size: 19, after: 20 }))] : []),
    h(zhMixed ? '个人信息' : '个人信息'), ...Object.entries(p.extra).slice(0, 4).map(([k, v]) => P(`${k}：${v}`, { size: 19, after: 20 })),
  ];
  const right: Kids = [
    h(zhMixed ? '个人简介 Profile' : '个人简介'), P(p.summary, { size: 20 }),
    h(zhMixed ? '工作经历 Experience' : '工作经历'),
    ...recent(p).flatMap((j) => [
      P([r(j.company, { bold: true }), r('\t'), r(`${d(j.start, 'YYYY.MM')} – ${d(j.end, 'YYYY.MM', zhMixed ? '至今 Present' : '至今')}`, { color: '595959' })], { tab: R - 200, before: 80, after: 0 }),
      P(zhMixed ? `${j.titleAlt} / ${j.title}` : j.title, { italics: true, color: '2F5496', after: 20 }),
      ...j.bullets.map((b) => P(b, { bullet: true, size: 19, after: 20 })),
    ]),
    h(zhMixed ? '教育背景 Education' : '教育背景'),
    ...p.education.flatMap((s) => [P([r(s.school, { bold: true }), r('\t'), r(`${d(s.start, 'YYYY.MM')} – ${d(s.end, 'YYYY.MM')}`, { color: '595959' })], { tab: R - 200, after: 0 }), P(s.degree, { after: 60 })]),
  ];
  const kids: Kids = [
    T([W], [[C([P(zhMixed ? `${p.name}  ${p.latin}` : p.name, { size: 44, bold: true, color: 'FFFFFF', after: 0 }), P(p.headline, { size: 22, color: 'DDEBF7', after: 0 })], { shade: '2F5496', borders: false })]]),
    P('', { after: 60 }),
    T([L, R], [[C(left, { shade: 'F2F2F2', borders: false, w: L }), C(right, { borders: false, w: R })]]),
  ];
  return doc(kids, { font: 'Calibri', eastAsia: '微软雅黑', size: 20, margin: 900, title: '简历', footer: [pageNo('第 ', ' 页 / 共 ', ' 页')] });
}

/* D8. 中国创新创业大赛 参赛项目 团队核心成员简历表 — table */
export function chuangye(p: Person): Document {
  const sh = 'F2F2F2';
  const L = (t: string) => C(t, { shade: sh, bold: true, center: true, size: 20 });
  const ws = [1500, 1800, 1300, 1700, 1300, 2038];
  const kids: Kids = [
    P('附件3', { size: 20, after: 60 }),
    P('团队核心成员简历表', { bold: true, size: 32, align: AlignmentType.CENTER, font: '黑体', after: 60 }),
    P('项目名称：仓储自主移动机器人（AMR）及调度系统产业化        填表日期：2026年11月5日', { size: 19, align: AlignmentType.CENTER, after: 120 }),
    T(ws, [
      [L('姓名'), C(p.name, { center: true }), L('性别'), C(p.gender === 'M' ? '男' : '女', { center: true }), L('出生年月'), C(bornZh(p), { center: true })],
      [L('在团队中职务'), C('负责人（创始人兼CEO）', { span: 3 }), L('政治面貌'), C(p.extra['政治面貌'])],
      [L('最高学历'), C('本科', { center: true }), L('毕业院校'), C(p.education[0].school, { span: 3 })],
      [L('手机'), C(p.phoneLocal, { span: 2 }), L('电子邮箱'), C(p.email, { span: 2 })],
      [L('身份证号'), C(p.extra['身份证号'], { span: 2 }), L('通讯地址'), C(p.address, { span: 2 })],
      [C('教育经历', { span: 6, shade: 'D9D9D9', bold: true })],
      [L('起止时间'), C('学校', { span: 2, shade: sh, bold: true, center: true }), C('专业', { span: 2, shade: sh, bold: true, center: true }), L('学历学位')],
      ...p.education.map((s) => [C(`${d(s.start, 'YYYY.MM')}-${d(s.end, 'YYYY.MM')}`, { size: 19 }), C(s.school, { span: 2 }), C(s.degree.split(' ')[0], { span: 2 }), C(`${s.degree.split(' ')[1]}／工学学士`)]),
      [C('工作经历（含实习）', { span: 6, shade: 'D9D9D9', bold: true })],
      [L('起止时间'), C('工作单位', { span: 2, shade: sh, bold: true, center: true }), L('职务'), C('主要工作及成果', { span: 2, shade: sh, bold: true, center: true })],
      ...recent(p).map((j) => [C(`${d(j.start, 'YYYY.MM')}-${d(j.end, 'YYYY.MM', '至今')}`, { size: 19 }), C(j.company, { span: 2 }), C(j.title), C(j.bullets.join(''), { span: 2, size: 19 })]),
      [C('专业技能', { span: 6, shade: 'D9D9D9', bold: true })],
      [C(skills(p).join('；'), { span: 6 })],
      [C('主要成果（专利、论文、获奖等）', { span: 6, shade: 'D9D9D9', bold: true })],
      [C('1. 一种基于激光与视觉融合的移动机器人重定位方法（发明专利，已授权）\n2. 多机器人仓储调度系统V2.0（软件著作权）\n3. 2024年北京市海淀区“中关村创业之星”', { span: 6 })],
      [C('本人承诺以上信息真实、准确。\n\n本人签字：                          2026年11月5日', { span: 6 })],
    ]),
  ];
  return doc(kids, { font: 'Times New Roman', eastAsia: '仿宋', size: 21, margin: 1134, title: '团队核心成员简历表', footer: [pageNo('— ', ' / ', ' —')] });
}
