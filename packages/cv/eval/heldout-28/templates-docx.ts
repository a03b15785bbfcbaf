/** heldout-28 DOCX templates (written with the `docx` package; LibreOffice also exports each one to PDF). */
import {
  AlignmentType, BorderStyle, Document, Footer, Header, PageNumber, Paragraph, SectionType, ShadingType, Table, TableBorders, TableCell, TableRow,
  TabStopType, TextRun, VerticalAlign, HeightRule, WidthType, type IRunOptions,
} from 'docx';
import { type Person } from './people.ts';
import { L, fd, range, present, skillsOf, ageAt } from './templates-html.ts';

const FONT = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: 'SimSun', cs: 'Arial' };
const r = (text: string, o: Partial<IRunOptions> = {}) => new TextRun({ text, font: FONT, ...o } as IRunOptions);
const P = (runs: (TextRun | string)[], o: Record<string, unknown> = {}) => new Paragraph({ children: runs.map((x) => (typeof x === 'string' ? r(x) : x)), spacing: { after: 40 }, ...o });
const bullet = (t: string, size = 19) => new Paragraph({ children: [r(t, { size })], bullet: { level: 0 }, spacing: { after: 20 } });
const MARGIN = { top: 1000, bottom: 1000, left: 1000, right: 1000 };
const PAGE = { size: { width: 11906, height: 16838 }, margin: MARGIN };
const W = 11906 - 2000;
const heading = (t: string, color = '1F3864', size = 24) => new Paragraph({ children: [r(t, { bold: true, color, size })], spacing: { before: 200, after: 80 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color, space: 1 } } });
const cell = (children: (Paragraph | Table)[], width: number, o: Record<string, unknown> = {}) => new TableCell({ children, width: { size: width, type: WidthType.DXA }, ...o });
const shade = (fill: string) => ({ shading: { fill, type: ShadingType.CLEAR, color: 'auto' } });
const doc = (sections: any[], size = 20) => new Document({ creator: 'Microsoft Office User', styles: { default: { document: { run: { font: FONT, size } } } }, sections });
const pageFooter = (prefix = 'Page ') => new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [prefix, PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES], size: 16, font: FONT })] })] });
const fullName = (p: Person) => (p.language === 'mixed' ? `${p.name} ${p.otherName}` : p.name);
const jobsDesc = (p: Person) => [...p.work].reverse();

/** Word "Swiss design" style résumé: name in red across the top, then a borderless table with a narrow date column. */
export function wordSwiss(p: Person): Document {
  const LW = 2300;
  const row = (left: string, right: Paragraph[]) => new TableRow({ children: [cell([P([r(left, { color: 'C00000', size: 18, bold: true })])], LW), cell(right, W - LW)] });
  const sec = (t: string) => new TableRow({ children: [cell([P([])], LW), cell([new Paragraph({ children: [r(t.toUpperCase(), { bold: true, size: 22, color: '404040' })], spacing: { before: 220, after: 60 }, border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: 'C00000', space: 1 } } })], W - LW)] });
  const rows: TableRow[] = [sec(L(p, 'Profile', '简介')), row('', [P([r(p.summary, { size: 19 })])]), sec(L(p, 'Experience', '工作经历'))];
  for (const j of jobsDesc(p)) rows.push(row(range(j, 'MM/YYYY', ' – ', present(p)), [P([r(j.title, { bold: true })]), P([r(`${j.company}${j.town ? ` · ${j.town}` : ''}`, { italics: true, color: '595959' })]), ...j.bullets.map((b) => bullet(b))]));
  rows.push(sec(L(p, 'Education', '教育背景')));
  for (const e of p.education) rows.push(row(`${e.start.slice(0, 4)} – ${e.end.slice(0, 4)}`, [P([r(e.degree, { bold: true })]), P([r(e.school, { italics: true })])]));
  rows.push(sec(L(p, 'Skills', '技能')), row(L(p, 'Technical', '专业'), skillsOf(p).map((s) => bullet(s))), row(L(p, 'Languages', '语言'), [P([r(p.languages.join(' · '), { size: 19 })])]));
  if (p.certs) rows.push(row(L(p, 'Registration', '证书'), p.certs.map((c) => bullet(c))));
  return doc([{ properties: { page: PAGE }, footers: { default: pageFooter() }, children: [
    P([r(fullName(p), { size: 44, color: 'C00000', bold: true })], { spacing: { after: 0 } }),
    P([r(p.title + (p.credentials ? ` · ${p.credentials}` : ''), { size: 24, color: '404040' })]),
    P([r(`${p.address}  |  ${p.phone}  |  ${p.email}${p.web ? `  |  ${p.web}` : ''}`, { size: 17, color: '595959' })], { spacing: { after: 120 } }),
    new Table({ rows, width: { size: W, type: WidthType.DXA }, columnWidths: [LW, W - LW], borders: TableBorders.NONE }),
  ] }]);
}

/** Word "Bold modern" style résumé with photo: one two-cell table, shaded left sidebar (photo box, contact, skills). */
export function wordBoldModern(p: Person): Document {
  const SW = 3300;
  const sh = (t: string) => new Paragraph({ children: [r(t.toUpperCase(), { bold: true, color: 'FFFFFF', size: 20 })], spacing: { before: 200, after: 60 } });
  const sp = (t: string, o: Partial<IRunOptions> = {}) => P([r(t, { color: 'FFFFFF', size: 18, ...o })]);
  const photo = new Table({ rows: [new TableRow({ height: { value: 1900, rule: HeightRule.EXACT }, children: [new TableCell({ children: [P([r(L(p, 'Photo', '照片'), { color: 'BFBFBF', size: 16 })], { alignment: AlignmentType.CENTER })], verticalAlign: VerticalAlign.CENTER, width: { size: 1600, type: WidthType.DXA }, ...shade('FFFFFF') })] })], width: { size: 1600, type: WidthType.DXA }, columnWidths: [1600] });
  const side: (Paragraph | Table)[] = [photo, sh(L(p, 'Contact', '联系方式')), sp(L(p, 'Phone', '电话'), { bold: true }), sp(p.phone), sp(L(p, 'Email', '邮箱'), { bold: true }), sp(p.email), sp(L(p, 'Address', '地址'), { bold: true }), sp(p.address)];
  if (p.nationality) side.push(sp(L(p, 'Nationality', '国籍'), { bold: true }), sp(p.nationality));
  side.push(sh(L(p, 'Skills', '技能')), ...skillsOf(p).map((s) => sp(`▪ ${s}`)), sh(L(p, 'Languages', '语言')), ...p.languages.map((s) => sp(s)));
  if (p.certs) side.push(sh(L(p, 'Certifications', '证书')), ...p.certs.map((s) => sp(s)));
  const main: Paragraph[] = [P([r(p.name.toUpperCase(), { bold: true, size: 48, color: '1B3A4B' })], { spacing: { after: 0 } })];
  if (p.otherName) main.push(P([r(p.language === 'mixed' ? p.otherName : `“${p.otherName}”`, { size: 26, color: '1B3A4B' })]));
  main.push(P([r(p.title, { size: 24, color: '3E7C8C' })], { spacing: { after: 160 } }), heading(L(p, 'Profile', '简介'), '1B3A4B', 22), P([r(p.summary, { size: 19 })]), heading(L(p, 'Experience', '工作经历'), '1B3A4B', 22));
  for (const j of jobsDesc(p)) main.push(P([r(j.title, { bold: true, size: 21 })], { spacing: { before: 100, after: 0 } }), P([r(`${j.company}${j.town ? `, ${j.town}` : ''}  |  ${range(j, 'Mon YYYY', ' – ', present(p))}`, { color: '3E7C8C', size: 18 })]), ...j.bullets.map((b) => bullet(b, 18)));
  main.push(heading(L(p, 'Education', '教育背景'), '1B3A4B', 22));
  for (const e of p.education) main.push(P([r(e.degree, { bold: true, size: 19 })], { spacing: { after: 0 } }), P([r(`${e.school}  |  ${e.start.slice(0, 4)} – ${e.end.slice(0, 4)}`, { size: 18, color: '595959' })]));
  if (p.referees) { main.push(heading(L(p, 'References', '推荐人'), '1B3A4B', 22)); for (const x of p.referees) main.push(P([r(x.name, { bold: true, size: 18 }), r(` — ${x.role}, ${x.phone}`, { size: 18 })])); }
  const table = new Table({ width: { size: W, type: WidthType.DXA }, columnWidths: [SW, W - SW], borders: TableBorders.NONE, rows: [new TableRow({ children: [
    cell(side, SW, { ...shade('1B3A4B'), margins: { left: 180, right: 180, top: 180, bottom: 180 } }), cell(main, W - SW, { margins: { left: 300, right: 60, top: 60 } })] })] });
  return doc([{ properties: { page: { size: PAGE.size, margin: { top: 700, bottom: 700, left: 1000, right: 1000 } } }, children: [table, P([])] }]);
}

/** Zoho Writer résumé template: centred header, then a continuous section flowing in two text columns with a rule. */
export function zohoWriter(p: Person): Document {
  const head = [
    P([r(fullName(p), { bold: true, size: 40, color: '0B5394' })], { alignment: AlignmentType.CENTER, spacing: { after: 0 } }),
    P([r(p.title, { size: 22, italics: true })], { alignment: AlignmentType.CENTER }),
    P([r(`${p.phone}   •   ${p.email}   •   ${p.address}${p.web ? `   •   ${p.web}` : ''}`, { size: 17 })], { alignment: AlignmentType.CENTER, border: { bottom: { style: BorderStyle.DOUBLE, size: 6, color: '0B5394', space: 4 } }, spacing: { after: 160 } }),
  ];
  const body: Paragraph[] = [heading(L(p, 'Summary', '简介'), '0B5394', 21), P([r(p.summary, { size: 18 })]), heading(L(p, 'Work Experience', '工作经历'), '0B5394', 21)];
  for (const j of jobsDesc(p)) body.push(P([r(range(j, 'Month YYYY', ' – ', present(p)), { size: 17, color: '0B5394', bold: true })], { spacing: { before: 80, after: 0 } }), P([r(j.company, { bold: true, size: 19 }), r(j.town ? `, ${j.town}` : '', { size: 19 })], { spacing: { after: 0 } }), P([r(j.title, { italics: true, size: 19 })]), ...j.bullets.map((b) => bullet(b, 18)));
  body.push(heading(L(p, 'Education', '教育背景'), '0B5394', 21));
  for (const e of p.education) body.push(P([r(e.degree, { bold: true, size: 18 })], { spacing: { after: 0 } }), P([r(`${e.school}, ${e.start.slice(0, 4)}–${e.end.slice(0, 4)}`, { size: 18 })]));
  body.push(heading(L(p, 'Skills', '技能'), '0B5394', 21), ...skillsOf(p).map((s) => bullet(s, 18)), heading(L(p, 'Languages', '语言'), '0B5394', 21), ...p.languages.map((s) => bullet(s, 18)));
  if (p.interests) body.push(heading(L(p, 'Interests', '兴趣'), '0B5394', 21), P([r(p.interests, { size: 18 })]));
  return doc([
    { properties: { page: PAGE }, children: head },
    { properties: { type: SectionType.CONTINUOUS, page: PAGE, column: { count: 2, space: 500, separate: true, equalWidth: true } }, footers: { default: pageFooter() }, children: body },
    { properties: { type: SectionType.CONTINUOUS, page: PAGE }, footers: { default: pageFooter() }, children: [P([r(`${L(p, 'References available on request.', '推荐人信息可应要求提供。')}`, { size: 16, italics: true, color: '7F7F7F' })], { alignment: AlignmentType.CENTER, spacing: { before: 200 } })] },
  ]);
}

/** ONLYOFFICE "Classic" résumé: single column, right-aligned dates on a tab stop, running header on every page. */
export function onlyoffice(p: Person): Document {
  const tab = [{ type: TabStopType.RIGHT, position: W }];
  const body: Paragraph[] = [
    P([r(fullName(p), { bold: true, size: 36 })], { spacing: { after: 0 } }), P([r(p.title, { size: 22, color: '7F7F7F' })]),
    P([r(`${L(p, 'Phone', '电话')}: ${p.phone}    ${L(p, 'E-mail', '邮箱')}: ${p.email}`, { size: 18 })], { spacing: { after: 0 } }), P([r(`${L(p, 'Address', '地址')}: ${p.address}`, { size: 18 })]),
    heading(L(p, 'Objective', '求职意向'), '000000', 22), P([r(p.summary, { size: 19 })]), heading(L(p, 'Professional Experience', '工作经历'), '000000', 22),
  ];
  const items = [...p.work.map((j) => ({ ...j, kind: 'job' as const })), ...(p.breaks ?? []).map((b) => ({ ...b, kind: 'break' as const }))].sort((a, b) => b.start.localeCompare(a.start));
  for (const it of items) {
    if (it.kind === 'break') { body.push(P([r(it.label, { italics: true, size: 19 }), r(`\t${range(it, 'MM.YYYY', ' – ', '')}`, { size: 19 })], { tabStops: tab, spacing: { before: 120 } })); continue; }
    body.push(P([r(`${it.title} — ${it.company}`, { bold: true, size: 20 }), r(`\t${range(it, 'MM.YYYY', ' – ', present(p))}`, { size: 19 })], { tabStops: tab, spacing: { before: 120, after: 0 } }));
    if (it.town) body.push(P([r(it.town, { italics: true, size: 18, color: '7F7F7F' })], { spacing: { after: 20 } }));
    body.push(...it.bullets.map((b) => bullet(b)));
  }
  body.push(heading(L(p, 'Education', '教育背景'), '000000', 22));
  for (const e of p.education) body.push(P([r(`${e.degree}, ${e.school}`, { size: 19 }), r(`\t${fd(e.start, 'MM.YYYY', '')} – ${fd(e.end, 'MM.YYYY', '')}`, { size: 19 })], { tabStops: tab }));
  body.push(heading(L(p, 'Skills', '技能'), '000000', 22), P([r(skillsOf(p).join(' • '), { size: 19 })]), heading(L(p, 'Languages', '语言'), '000000', 22), P([r(p.languages.join(' • '), { size: 19 })]));
  if (p.certs) body.push(heading(L(p, 'Certificates', '证书'), '000000', 22), ...p.certs.map((c) => bullet(c)));
  const header = new Header({ children: [P([r(`${fullName(p)} — ${L(p, 'Curriculum Vitae', '简历')}`, { size: 16, color: '7F7F7F' })], { alignment: AlignmentType.RIGHT })] });
  return doc([{ properties: { page: PAGE }, headers: { default: header }, footers: { default: pageFooter(L(p, 'Page ', '第 ')) }, children: body }]);
}

/** 永中Office (Yozo) 简历模板: two-cell table, main column left, shaded right sidebar with photo box and details. */
export function yozo(p: Person): Document {
  const SW = 3200, MW = W - SW;
  const zh = (t: string, o: Partial<IRunOptions> = {}) => r(t, { size: 19, ...o });
  const sh = (t: string) => new Paragraph({ children: [zh(t, { bold: true, color: '2F5496', size: 22 })], spacing: { before: 200, after: 60 }, border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: '2F5496', space: 1 } } });
  const photo = new Table({ rows: [new TableRow({ height: { value: 2000, rule: HeightRule.EXACT }, children: [new TableCell({ children: [P([zh(L(p, 'Photo', '照片'), { color: 'A6A6A6' })], { alignment: AlignmentType.CENTER })], verticalAlign: VerticalAlign.CENTER, width: { size: 1500, type: WidthType.DXA }, ...shade('FFFFFF') })] })], width: { size: 1500, type: WidthType.DXA }, columnWidths: [1500], alignment: AlignmentType.CENTER });
  const side: (Paragraph | Table)[] = [photo, sh(L(p, 'Personal Info', '个人信息'))];
  const kv: [string, string | undefined][] = [[L(p, 'Gender', '性别'), p.gender], [L(p, 'Born', '出生'), p.birth ? fd(p.birth, 'YYYY年M月', '') : undefined], [L(p, 'Mobile', '电话'), p.phone], [L(p, 'Email', '邮箱'), p.email], [L(p, 'Address', '住址'), p.address]];
  for (const [k, v] of kv) if (v) side.push(P([zh(`${k}：`, { bold: true, size: 18 }), zh(v, { size: 18 })]));
  side.push(sh(L(p, 'Skills', '技能特长')), ...skillsOf(p).map((s) => P([zh(`● ${s}`, { size: 18 })])));
  if (p.certs) side.push(sh(L(p, 'Certificates', '证书')), ...p.certs.map((s) => P([zh(s, { size: 18 })])));
  side.push(sh(L(p, 'Languages', '语言')), ...p.languages.map((s) => P([zh(s, { size: 18 })])));
  const main: Paragraph[] = [P([zh(fullName(p), { bold: true, size: 44, color: '2F5496' })], { spacing: { after: 60 } }), P([zh(`${L(p, 'Objective', '求职意向')}：${p.target ?? p.title}`, { size: 21 })], { spacing: { after: 120 } }), sh(L(p, 'Work Experience', '工作经历'))];
  for (const j of jobsDesc(p)) main.push(P([zh(range(j, 'YYYY.MM', '—', present(p)), { bold: true })], { spacing: { before: 100, after: 0 } }), P([zh(`${j.company}　|　${j.title}`, { bold: true })]), ...j.bullets.map((b) => P([zh(`· ${b}`, { size: 18 })])));
  main.push(sh(L(p, 'Education', '教育背景')));
  for (const e of p.education) main.push(P([zh(`${fd(e.start, 'YYYY.MM', '')}—${fd(e.end, 'YYYY.MM', '')}　${e.school}`, { bold: true })], { spacing: { after: 0 } }), P([zh(e.degree, { size: 18 })]));
  main.push(sh(L(p, 'About Me', '自我评价')), P([zh(p.summary, { size: 18 })]));
  const table = new Table({ width: { size: W, type: WidthType.DXA }, columnWidths: [MW, SW], borders: TableBorders.NONE, rows: [new TableRow({ children: [cell(main, MW, { margins: { right: 240 } }), cell(side, SW, { ...shade('EDF2F9'), margins: { left: 160, right: 160, top: 160, bottom: 160 } })] })] });
  return doc([{ properties: { page: { size: PAGE.size, margin: { top: 800, bottom: 800, left: 1000, right: 1000 } } }, children: [table, P([])] }]);
}

const grid = (rows: TableRow[], widths: number[]) => new Table({ rows, width: { size: W, type: WidthType.DXA }, columnWidths: widths });
const tc = (t: string, width: number, o: Record<string, unknown> = {}, ro: Partial<IRunOptions> = {}) => new TableCell({ children: t.split('\n').map((line) => P([r(line, { size: 19, ...ro })], { spacing: { after: 0 } })), width: { size: width, type: WidthType.DXA }, verticalAlign: VerticalAlign.CENTER, margins: { left: 80, right: 80, top: 40, bottom: 40 }, ...o });
const th = (t: string, width: number, o: Record<string, unknown> = {}) => tc(t, width, { ...shade('F2F2F2'), ...o }, { bold: true });

/** 大街网 Word 简历 download: a grid of 基本信息 with photo cell and one small table per job. */
export function dajie(p: Person): Document {
  const c = [1500, 2550, 1500, 2406, 1950];
  const base = grid([
    new TableRow({ children: [th('姓　名', c[0]), tc(fullName(p), c[1]), th('性　别', c[2]), tc(p.gender ?? '', c[3]), tc(L(p, 'Photo', '照片'), c[4], { rowSpan: 4 }, { color: 'A6A6A6' })] }),
    new TableRow({ children: [th('出生年月', c[0]), tc(p.birth ? fd(p.birth, 'YYYY年MM月', '') : '', c[1]), th('工作年限', c[2]), tc(`${2026 - Number(p.work[0].start.slice(0, 4))} 年`, c[3])] }),
    new TableRow({ children: [th('手　机', c[0]), tc(p.phone, c[1]), th('邮　箱', c[2]), tc(p.email, c[3])] }),
    new TableRow({ children: [th('现居住地', c[0]), tc(p.address, c[1] + c[2] + c[3], { columnSpan: 3 })] }),
    new TableRow({ children: [th('求职意向', c[0]), tc(p.target ?? p.title, W - c[0], { columnSpan: 4 })] }),
  ], c);
  const out: (Paragraph | Table)[] = [P([r('个 人 简 历', { bold: true, size: 36 })], { alignment: AlignmentType.CENTER, spacing: { after: 160 } }), base, heading('工作经历', '000000', 24)];
  const jc = [1900, 4000, 4006];
  for (const j of jobsDesc(p)) {
    out.push(grid([
      new TableRow({ children: [th(range(j, 'YYYY.MM', ' - ', '至今'), jc[0]), th(j.company, jc[1]), th(j.title, jc[2])] }),
      new TableRow({ children: [tc('工作内容', jc[0]), tc(j.bullets.join('\n'), jc[1] + jc[2], { columnSpan: 2 })] }),
    ], jc), P([], { spacing: { after: 60 } }));
  }
  out.push(heading('教育经历', '000000', 24), grid(p.education.map((e) => new TableRow({ children: [tc(`${fd(e.start, 'YYYY.MM', '')} - ${fd(e.end, 'YYYY.MM', '')}`, jc[0]), tc(e.school, jc[1]), tc(e.degree, jc[2])] })), jc));
  out.push(heading('技能与证书', '000000', 24), grid([
    new TableRow({ children: [th('专业技能', jc[0]), tc(skillsOf(p).join('；'), jc[1] + jc[2], { columnSpan: 2 })] }),
    new TableRow({ children: [th('语言能力', jc[0]), tc(p.languages.join('；'), jc[1] + jc[2], { columnSpan: 2 })] }),
    new TableRow({ children: [th('自我评价', jc[0]), tc(p.summary, jc[1] + jc[2], { columnSpan: 2 })] }),
  ], jc));
  return doc([{ properties: { page: PAGE }, children: out }], 19);
}

/** Hloom "Table Resume" Word template: every section a row, shaded heading cell on the left, gridlines shown. */
export function hloomTable(p: Person): Document {
  const c = [2300, W - 2300];
  const ps = (lines: (TextRun[] | string)[]) => lines.map((l) => P(typeof l === 'string' ? [r(l, { size: 19 })] : l, { spacing: { after: 30 } }));
  const row = (h: string, content: Paragraph[]) => new TableRow({ cantSplit: false, children: [cell([P([r(h.toUpperCase(), { bold: true, size: 19, color: '1F3864' })])], c[0], { ...shade('DEEAF6'), margins: { left: 100, right: 100, top: 80 } }), cell(content, c[1], { margins: { left: 120, right: 100, top: 80, bottom: 80 } })] });
  const exp: Paragraph[] = [];
  for (const j of jobsDesc(p)) exp.push(P([r(`${j.title}, `, { bold: true, size: 19 }), r(j.company, { size: 19 }), r(`${j.town ? ` — ${j.town}` : ''}`, { size: 19 })], { spacing: { before: 60, after: 0 } }), P([r(range(j, 'Mon. YYYY', ' – ', present(p)), { italics: true, size: 18, color: '595959' })], { spacing: { after: 20 } }), ...j.bullets.map((b) => bullet(b, 18)));
  const rows = [
    row(L(p, 'Contact', '联系方式'), ps([`${p.address}`, `${L(p, 'Tel', '电话')}: ${p.phone}`, `${L(p, 'Email', '邮箱')}: ${p.email}`])),
    row(L(p, 'Profile', '简介'), ps([p.summary])),
    row(L(p, 'Experience', '工作经历'), exp),
    row(L(p, 'Education', '教育背景'), p.education.map((e) => P([r(e.degree, { bold: true, size: 19 }), r(`, ${e.school} (${e.start.slice(0, 4)}–${e.end.slice(0, 4)})`, { size: 19 })]))),
    row(L(p, 'Skills', '技能'), skillsOf(p).map((s) => bullet(s, 19))),
    row(L(p, 'Languages', '语言'), ps([p.languages.join('; ')])),
  ];
  if (p.certs) rows.push(row(L(p, 'Licences', '证书'), p.certs.map((s) => bullet(s, 19))));
  if (p.referees) rows.push(row(L(p, 'Referees', '推荐人'), p.referees.flatMap((x) => ps([[r(x.name, { bold: true, size: 19 })], `${x.role}`, `${L(p, 'Tel', '电话')}: ${x.phone}${x.email ? ` | ${x.email}` : ''}`]))));
  const top = [P([r(fullName(p) + (p.credentials ? `, ${p.credentials}` : ''), { bold: true, size: 40, color: '1F3864' })], { spacing: { after: 0 } }), P([r(p.title, { size: 22 })], { spacing: { after: 160 } })];
  return doc([{ properties: { page: PAGE }, footers: { default: pageFooter() }, children: [...top, new Table({ rows, width: { size: W, type: WidthType.DXA }, columnWidths: c, borders: { top: { style: BorderStyle.SINGLE, size: 4, color: '9CC2E5' }, bottom: { style: BorderStyle.SINGLE, size: 4, color: '9CC2E5' }, left: { style: BorderStyle.SINGLE, size: 4, color: '9CC2E5' }, right: { style: BorderStyle.SINGLE, size: 4, color: '9CC2E5' }, insideHorizontal: { style: BorderStyle.SINGLE, size: 4, color: '9CC2E5' }, insideVertical: { style: BorderStyle.SINGLE, size: 4, color: '9CC2E5' } } })] }]);
}

/** 高校就业指导中心 简历模板 (university careers-centre Word template): single column, ■ headings, labelled basic info. */
export function jiuye(p: Person): Document {
  const h = (t: string) => new Paragraph({ children: [r(`■ ${t}`, { bold: true, size: 24, color: '833C0B' })], spacing: { before: 240, after: 80 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '833C0B', space: 2 } } });
  const tab = [{ type: TabStopType.LEFT, position: 4800 }];
  const out: Paragraph[] = [
    P([r('个人简历', { bold: true, size: 40 })], { alignment: AlignmentType.CENTER, spacing: { after: 200 } }), h('基本信息'),
    P([r(`姓　　名：${p.name}`), r(`\t性　　别：${p.gender ?? ''}`)], { tabStops: tab }),
    P([r(`出生年月：${p.birth ? fd(p.birth, 'YYYY年M月', '') : ''}（${p.birth ? ageAt(p.birth) : ''}岁）`), r(`\t民　　族：${p.nationality ?? ''}`)], { tabStops: tab }),
    P([r(`联系电话：${p.phone}`), r(`\t电子邮箱：${p.email}`)], { tabStops: tab }), P([r(`通讯地址：${p.address}`)]), P([r(`求职意向：${p.target ?? p.title}`)]), h('教育背景'),
  ];
  for (const e of p.education) out.push(P([r(`${fd(e.start, 'YYYY.MM', '')}—${fd(e.end, 'YYYY.MM', '')}　　${e.school}　　${e.degree}`)]));
  out.push(h('工作经历'));
  for (const j of jobsDesc(p)) out.push(P([r(`${range(j, 'YYYY.MM', '—', '至今')}　　${j.company}　　${j.title}`, { bold: true })], { spacing: { before: 100, after: 20 } }), ...j.bullets.map((b) => P([r(`　　${b}`, { size: 19 })])));
  out.push(h('专业技能'), ...skillsOf(p).map((s) => P([r(`◆ ${s}`, { size: 20 })])), h('证书与语言'), P([r([...(p.certs ?? []), ...p.languages].join('；'))]));
  if (p.referees) out.push(h('证明人'), ...p.referees.map((x) => P([r(`${x.name}　${x.role}　电话：${x.phone}`)])));
  out.push(h('自我评价'), P([r(p.summary)]));
  return doc([{ properties: { page: PAGE }, children: out }], 21);
}
