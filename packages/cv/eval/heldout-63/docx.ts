/** heldout-63: the Word templates, built with the `docx` package. Each returns a Document for one person. */
import {
  AlignmentType, BorderStyle, ColumnBreak, Document, Footer, Header, ImageRun, PageNumber, Paragraph, SectionType, ShadingType,
  Table, TableBorders, TableCell, TableLayoutType, TableRow, TabStopType, TextRun, Textbox, VerticalAlign, WidthType,
  type IParagraphOptions, type IRunOptions,
} from 'docx';
import { byEmployer, desc, fd, fullName, jr, latinParts, rng, silhouettePng, type DS } from './lib.ts';
import type { Job, Person } from './people.ts';

// ------------------------------------------------------------------ helpers
const A4 = { width: 11906, height: 16838 };
type RunLike = string | TextRun | ImageRun;
const r = (text: string, o: Omit<IRunOptions, 'text'> = {}) => new TextRun({ text, ...o });
function para(children: RunLike | RunLike[], o: Omit<IParagraphOptions, 'children'> = {}): Paragraph {
  const list = (Array.isArray(children) ? children : [children]).map((c) => (typeof c === 'string' ? r(c) : c));
  return new Paragraph({ ...o, children: list });
}
const bullet = (text: string, indent = 360) => para([r('•\t' + text)], { indent: { left: indent, hanging: 240 }, tabStops: [{ type: TabStopType.LEFT, position: indent }], spacing: { after: 20 } });
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NOB = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const line = (color = '888888', size = 4) => ({ style: BorderStyle.SINGLE, size, color });
function cell(content: string | Paragraph | (Paragraph | Table)[], o: { w?: number; fill?: string; span?: number; bold?: boolean; vmerge?: boolean; size?: number; align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {}): TableCell {
  const children = typeof content === 'string'
    ? content.split('\n').map((t) => para(r(t, { bold: o.bold, size: o.size }), { alignment: o.align }))
    : Array.isArray(content) ? content : [content];
  return new TableCell({
    children,
    width: o.w ? { size: o.w, type: WidthType.DXA } : undefined,
    shading: o.fill ? { type: ShadingType.CLEAR, fill: o.fill, color: 'auto' } : undefined,
    columnSpan: o.span,
    margins: { top: 50, bottom: 50, left: 90, right: 90 },
    verticalAlign: VerticalAlign.TOP,
  });
}
function table(rows: TableCell[][], widths: number[], borders: 'grid' | 'none' | 'rows' = 'grid', color = '7F8C99', header = borders === 'grid'): Table {
  const b = borders === 'none' ? NOB
    : borders === 'rows' ? { top: line(color), bottom: line(color), left: NONE, right: NONE, insideHorizontal: line(color), insideVertical: NONE }
      : { top: line(color), bottom: line(color), left: line(color), right: line(color), insideHorizontal: line(color), insideVertical: line(color) };
  return new Table({
    rows: rows.map((cells, i) => new TableRow({ children: cells, cantSplit: borders !== 'none', tableHeader: header && i === 0 && rows.length > 1 })),
    columnWidths: widths,
    width: { size: widths.reduce((a, x) => a + x, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: b,
  });
}
const gap = (after = 80) => para('', { spacing: { after } });
function docOf(sections: ConstructorParameters<typeof Document>[0]['sections'], font: { ascii: string; eastAsia: string }, size = 20): Document {
  return new Document({
    creator: 'Microsoft Office User',
    styles: { default: { document: { run: { font: { ascii: font.ascii, hAnsi: font.ascii, eastAsia: font.eastAsia, cs: font.ascii }, size } } } },
    sections,
  });
}
const page = (m = 1000) => ({ page: { size: A4, margin: { top: m, bottom: m, left: m, right: m, header: 500, footer: 500 } } });
const pageFooter = (text: string, size = 16) => new Footer({ children: [para([r(text, { size }), new TextRun({ children: [PageNumber.CURRENT], size }), r(' / ', { size }), new TextRun({ children: [PageNumber.TOTAL_PAGES], size })], { alignment: AlignmentType.RIGHT })] });
const fontOf = (p: Person) => (p.id === 'p11' ? { ascii: 'Arial', eastAsia: '新細明體' } : p.id === 'p13' ? { ascii: 'Arial', eastAsia: 'MingLiU_HKSCS' } : { ascii: 'Arial', eastAsia: '微软雅黑' });
const heading = (text: string, color = '1F3864') => para(r(text, { bold: true, color, size: 22 }), { spacing: { before: 200, after: 80 }, keepNext: true, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color, space: 1 } } });
const TEXT_W = A4.width - 2000; // with 1000 margins

// ================================================================== SINGLE
// surname-lines (single): East-African / Singaporean Word CV: "CURRICULUM VITAE", particulars as "SURNAME: ⇥ KAMAU",
// "OTHER NAMES: ⇥ Wanjiru" tab-stop lines (+ NAME IN CHINESE), skills in prose, dates on a right tab, name in the page header.
export function surnameLines(p: Person): Document {
  const mixed = p.language === 'mixed';
  const st: DS = mixed ? 'Mon YYYY' : 'MM/YYYY';
  const tab = [{ type: TabStopType.LEFT, position: 3000 }];
  const kv = (k: string, v: string) => para([r(k, { bold: true }), r('\t' + v)], { tabStops: tab, spacing: { after: 30 } });
  const lp = mixed ? latinParts(p) : { family: p.family.toUpperCase(), given: p.given };
  const parts = mixed
    ? [kv('SURNAME:', lp.family), kv('GIVEN NAMES:', lp.given), kv('NAME IN CHINESE:', p.name), ...p.particulars!.map(([k, v]) => kv(k.toUpperCase() + ':', v)), kv('ADDRESS:', p.address), kv('HANDPHONE:', p.phone.local), kv('EMAIL:', p.email), kv('OFFICE:', p.others[0].number)]
    : [kv('SURNAME:', lp.family), kv('OTHER NAMES:', lp.given), kv('TITLE:', `${p.prefix} (${p.postNominals})`), kv('DATE OF BIRTH:', '3rd March 1983'), kv('NATIONALITY:', 'Kenyan'), kv('POSTAL ADDRESS:', p.address), kv('MOBILE:', p.phone.local), kv('E-MAIL:', p.email), kv('OFFICE TEL.:', p.others[0].number)];
  const right = [{ type: TabStopType.RIGHT, position: TEXT_W }];
  const jobs = desc(p.jobs).flatMap((j) => [
    para([r(j.title, { bold: true }), r('\t' + jr(j, st, 'pres.'))], { tabStops: right, spacing: { before: 100 }, keepNext: true }),
    para(r(`${j.company}, ${j.town ?? ''}`, { italics: true }), { keepNext: true }),
    ...j.bullets.map((b) => bullet(b)),
  ]);
  const H = (en: string, zh: string) => heading(mixed ? `${en}  ${zh}` : en, '000000');
  const children = [
    para(r(mixed ? 'CURRICULUM VITAE  个人简历' : 'CURRICULUM VITAE', { bold: true, size: 30, underline: {} }), { alignment: AlignmentType.CENTER, spacing: { after: 200 } }),
    H('PERSONAL PARTICULARS', '个人资料'), ...parts,
    H('CAREER OBJECTIVE', '求职目标'), para(p.summary),
    H('EMPLOYMENT HISTORY', '工作经历'), ...jobs,
    H('SKILLS', '技能'), para(p.skillsProse),
    H('EDUCATION', '教育'), ...p.education.map((x) => para([r(`${x.degree}, ${x.school}`), r('\t' + rng(x.start, x.end, 'YYYY', ''))], { tabStops: right })),
    H(mixed ? 'LICENCES & CERTIFICATES' : 'PROFESSIONAL REGISTRATION', '证书'), ...p.certificates.map((c) => bullet(c)),
    H('LANGUAGES', '语言'), para(p.languages.join(', ')),
    H('REFEREES', '推荐人'), ...p.referees.map((x) => para(`${x.name}, ${x.role}. Tel: ${x.phone}${x.email ? `; Email: ${x.email}` : ''}`, { spacing: { after: 60 } })),
  ];
  const hdr = mixed ? `Résumé – ${p.name} ${p.latin}` : `Curriculum Vitae – ${p.prefix} ${p.name}`;
  return docOf([{ properties: page(), headers: { default: new Header({ children: [para(r(hdr, { size: 16, color: '666666' }), { alignment: AlignmentType.RIGHT })] }) }, footers: { default: pageFooter('Page ') }, children }], { ascii: 'Times New Roman', eastAsia: '宋体' }, 22);
}

// headline-word (single): Word résumé whose first and biggest line is a headline/tagline; the name comes second with
// post-nominals and pronouns; contact sits inside the profile paragraph; core competencies in three tab columns; roles
// grouped under the employer with right-tab dates; clients listed under the self-employment line.
export function headlineWord(p: Person): Document {
  const tw = p.id === 'p11';
  const st: DS = tw ? '年月' : 'Mon YYYY';
  const present = tw ? '現在' : 'Present';
  const sep = tw ? '～' : ' – ';
  const right = [{ type: TabStopType.RIGHT, position: TEXT_W }];
  const cols = [{ type: TabStopType.LEFT, position: Math.round(TEXT_W / 3) }, { type: TabStopType.LEFT, position: Math.round((2 * TEXT_W) / 3) }];
  const comp: Paragraph[] = [];
  for (let i = 0; i < p.skills.length; i += 3) comp.push(para(r(p.skills.slice(i, i + 3).map((s) => `▪ ${s.printed}`).join('\t')), { tabStops: cols, spacing: { after: 40 } }));
  const exp = byEmployer(p.jobs).flatMap((g) => [
    para([r(g.company, { bold: true, size: 22 }), r('\t' + (g.town ?? ''))], { tabStops: right, spacing: { before: 140 }, keepNext: true }),
    ...g.roles.flatMap((j) => [
      para([r(j.title, { italics: true }), r('\t' + (j.season && !tw ? j.season : jr(j, st, present, sep)))], { tabStops: right, keepNext: true, spacing: { before: 40 } }),
      ...j.bullets.map((b) => bullet(b)),
      ...(j.clients ? [para(r(tw ? '主要客戶：' : 'Selected clients:', { bold: true, size: 19 }), { indent: { left: 360 } }), ...j.clients.map((c) => bullet(`${c.name} (${c.period}) – ${c.what}`, 720))] : []),
    ]),
  ]);
  const contact = tw
    ? `聯絡方式：手機 ${p.phone.local}，Email ${p.email}；公司電話 ${p.others[0].number} 僅限上班時間。`
    : `Reach me on ${p.phone.local} or at ${p.email}; ${p.others[0].label.replace('Office manager, ', '')}, my office manager, keeps my calendar at ${p.others[0].number}.`;
  const nameLine = tw
    ? [r(p.name, { bold: true, size: 28 }), r(`  ${p.latin}，中華民國會計師`, { size: 22, color: '555555' })]
    : [r(p.name, { bold: true, size: 28 }), r(`, ${p.postNominals}`, { size: 24 }), r(`   (${p.pronouns})`, { size: 20, color: '666666' })];
  const H = (en: string, zh: string) => heading(tw ? zh : en, '2E4A62');
  const children = [
    para(r(p.headline, { size: 40, bold: true, color: '2E4A62' }), { spacing: { after: 120 } }),
    para(nameLine, { spacing: { after: 120 }, border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: 'C9A227', space: 4 } } }),
    para(`${p.summary} ${contact}`, { spacing: { after: 80 } }),
    H('CORE COMPETENCIES', '核心專長'), ...comp,
    H('PROFESSIONAL EXPERIENCE', '工作經歷'), ...exp,
    H('EDUCATION', '學歷'), ...p.education.map((x) => para([r(`${x.degree}, ${x.school}`), r('\t' + (tw ? rng(x.start, x.end, '年月', '', '～') : fd(x.end, 'Month YYYY')))], { tabStops: right })),
    H('LICENSES & CERTIFICATIONS', '證照'), ...p.certificates.map((c) => bullet(c)),
    H('LANGUAGES', '語言'), para(p.languages.join(tw ? '、' : ', ')),
    H('REFERENCES', '推薦人'), ...p.referees.map((x) => para(`${x.name}, ${x.role} – ${x.phone}`)),
  ];
  return docOf([{ properties: page(1000), footers: { default: pageFooter(tw ? `${p.name} 履歷　第 ` : `${p.family} – Résumé – Page `) }, children }], fontOf(p), tw ? 21 : 20);
}

// refs-at-end (single): Chinese student Word 简历: 求职意向 line first, letter-spaced name "赵　一　鸣" under it, school line,
// 实习与兼职 with "2024年暑假", own phone and e-mail only at the end in 证明人及联系方式 beside the referees' numbers.
export function refsAtEnd(p: Person): Document {
  const right = [{ type: TabStopType.RIGHT, position: TEXT_W }];
  const H = (t: string) => para(r(`■ ${t}`, { bold: true, size: 23, color: '1B4F8A' }), { spacing: { before: 180, after: 60 }, border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '1B4F8A', space: 1 } } });
  const jobs = desc(p.jobs).flatMap((j) => [
    para([r(`${j.company}　　${j.title}`, { bold: true }), r('\t' + (j.season ? `${j.season}（${jr(j, 'YYYY.MM', '至今', '—')}）` : jr(j, 'YYYY.MM', '至今', '—')))], { tabStops: right, spacing: { before: 80 } }),
    ...j.bullets.map((b) => bullet(b)),
  ]);
  const children = [
    para(r('求职意向：产品运营 ｜ 数据分析　　　期望城市：上海 / 南京　　　到岗时间：随时', { size: 19, color: '555555' }), { spacing: { after: 160 } }),
    para(r([...p.name].join('　'), { bold: true, size: 44 }), { alignment: AlignmentType.CENTER, spacing: { after: 60 } }),
    para(r('金陵理工大学 · 信息管理与信息系统 · 2026届本科毕业生', { size: 20 }), { alignment: AlignmentType.CENTER, spacing: { after: 120 } }),
    H('教育背景'), ...p.education.flatMap((x) => [para([r(`${x.school}　${x.degree}`, { bold: true }), r('\t' + rng(x.start, x.end, 'YYYY.MM', '', '—'))], { tabStops: right }), para(`${x.note}；主修课程：数据库原理、统计学、管理信息系统、用户体验设计`)]),
    H('实习与兼职经历'), ...jobs,
    H('专业技能'), para(p.skills.map((s) => s.printed).join('　/　')),
    H('证书与奖励'), ...p.certificates.map((c) => bullet(c)), bullet(`语言：${p.languages.join('、')}`),
    H('自我评价'), para('做事细致，数据敏感，喜欢和用户聊天；实习期间独立完成过两次会员活动的 A/B 实验复盘。'),
    H('证明人及联系方式'),
    ...p.referees.map((x) => para(`证明人：${x.name}　${x.role}　电话：${x.phone}`, { spacing: { after: 40 } })),
    para(`本人：${p.phone.local}　／　${p.email}　（${p.address}）`, { spacing: { before: 80 } }),
  ];
  return docOf([{ properties: page(1100), children }], fontOf(p), 21);
}

// ================================================================== TABLE
// wte-record (table): Irish HSE / NZ schools style table CV: header grid with name + post-nominals, contact cells,
// professional registration grid, employment record From | To | Employer | Post / grade | WTE or FTE with leave rows,
// competencies grid, referees grid.
export function wteRecord(p: Person): Document {
  const nz = p.id === 'p05';
  const W = TEXT_W;
  const fill = 'DCE6F1';
  const lab = (t: string, w: number) => cell(t, { w, fill, bold: true, size: 18 });
  const hdr = table([
    [cell(para([r(p.name, { bold: true, size: 32 }), r(p.postNominals ? `  ${p.postNominals}` : '', { size: 20 })]), { w: W, span: 4 })],
    [lab('Mobile', 1500), cell(p.phone.local, { w: 3000 }), lab('Email', 1300), cell(p.email, { w: W - 5800 })],
    [lab('Address', 1500), cell(p.address, { w: W - 1500, span: 3 })],
    [lab(nz ? 'School office' : 'Work (ward)', 1500), cell(`${p.others[0].number} – messages only`, { w: W - 1500, span: 3 })],
  ], [1500, 3000, 1300, W - 5800]);
  const regRows = nz
    ? [['Teaching Council of Aotearoa New Zealand', 'Reg. no. 348812', 'Full (Tūturu) practising certificate, expires 01/2028']]
    : [['Nursing and Midwifery Board of Ireland (NMBI)', 'PIN 146822', 'General (RGN), active – renewed 01/2026']];
  const reg = table([[lab('Register', 3600), lab('Number', 1800), lab('Status', W - 5400)], ...regRows.map((x) => [cell(x[0], { w: 3600 }), cell(x[1], { w: 1800 }), cell(x[2], { w: W - 5400 })])], [3600, 1800, W - 5400]);
  const wcol = [1050, 1050, 2700, W - 5850 - 1200, 1200];
  type Row = { s: string; cells: TableCell[] };
  const rows: Row[] = desc(p.jobs).map((j) => ({ s: j.start, cells: [cell(fd(j.start, 'MM/YYYY'), { w: wcol[0] }), cell(j.end ? fd(j.end, 'MM/YYYY') : 'Present', { w: wcol[1] }), cell(`${j.company}\n${j.town ?? ''}`, { w: wcol[2] }), cell(j.title + (j.bullets[0] ? `\n${j.bullets[0]}` : ''), { w: wcol[3] }), cell(j.load ?? '', { w: wcol[4] })] }));
  for (const b of p.breaks) rows.push({ s: b.start, cells: [cell(fd(b.start, 'MM/YYYY'), { w: wcol[0], fill: 'F2F2F2' }), cell(fd(b.end, 'MM/YYYY'), { w: wcol[1], fill: 'F2F2F2' }), cell(b.label, { w: W - wcol[0] - wcol[1], span: 3, fill: 'F2F2F2' })] });
  rows.sort((a, b) => (a.s < b.s ? 1 : -1));
  const emp = table([[lab('From', wcol[0]), lab('To', wcol[1]), lab('Employer', wcol[2]), lab(nz ? 'Position' : 'Post / grade', wcol[3]), lab(nz ? 'FTE' : 'WTE', wcol[4])], ...rows.map((x) => x.cells)], wcol);
  const cw = Math.floor(W / 3);
  const compRows: TableCell[][] = [];
  for (let i = 0; i < p.skills.length; i += 3) compRows.push([0, 1, 2].map((k) => cell(p.skills[i + k]?.printed ?? '', { w: cw })));
  const comp = table(compRows, [cw, cw, cw]);
  const edu = table([[lab('Dates', 1900), lab('Institution', 3600), lab('Qualification', W - 5500)], ...p.education.map((x) => [cell(rng(x.start, x.end, 'MM/YYYY', ''), { w: 1900 }), cell(x.school, { w: 3600 }), cell(x.degree, { w: W - 5500 })])], [1900, 3600, W - 5500]);
  const other = table([[lab('Certificates', 1900), cell(p.certificates.join('\n'), { w: W - 1900 })], [lab('Languages', 1900), cell(p.languages.join(', '), { w: W - 1900 })]], [1900, W - 1900]);
  const refs = table([[lab('Referee', 2200), lab('Position', 3600), lab('Phone', 1900), lab('Email', W - 7700)], ...p.referees.map((x) => [cell(x.name, { w: 2200 }), cell(x.role, { w: 3600 }), cell(x.phone, { w: 1900 }), cell(x.email ?? '', { w: W - 7700 })])], [2200, 3600, 1900, W - 7700]);
  const H = (t: string) => para(r(t.toUpperCase(), { bold: true, color: '17365D', size: 21 }), { spacing: { before: 180, after: 60 }, keepNext: true });
  const children = [
    para(r('CURRICULUM VITAE', { bold: true, smallCaps: true, size: 24, color: '17365D', characterSpacing: 40 }), { alignment: AlignmentType.CENTER, spacing: { after: 120 } }),
    hdr, H('Personal statement'), para(p.summary),
    H('Professional registration'), reg,
    H(nz ? 'Teaching record' : 'Employment record'), emp,
    H('Core competencies'), comp,
    H('Education & training'), edu,
    H('Certificates & languages'), other,
    H('Referees'), refs,
  ];
  return docOf([{ properties: page(1000), children }], fontOf(p), 19);
}

// trades-site-table (table): Canadian trades résumé in Word tables: name/contact header grid, tickets grid, an
// Employment & Apprenticeship grid Start | Finish | Employer | Site / project | Position | Hours (yyyy/mm), skills grid.
export function tradesSiteTable(p: Person): Document {
  const W = TEXT_W;
  const fill = 'FFE699';
  const lab = (t: string, w: number) => cell(t, { w, fill, bold: true, size: 18 });
  const hdr = table([[
    cell([para(r(p.name.toUpperCase(), { bold: true, size: 34 })), para(r('Construction Electrician 309A · Red Seal · Alberta Journeyperson', { size: 19 }))], { w: 5600 }),
    cell([para(`Cell: ${p.phone.local}`), para(`Home: ${p.others[0].number}`), para(p.email), para(p.town)], { w: W - 5600 }),
  ]], [5600, W - 5600], 'rows', '000000');
  const tickets = table([[lab('Ticket / certificate', 5600), lab('Expiry / notes', W - 5600)], ...p.certificates.map((c) => [cell(c.replace(/ \(exp\. \d+\)/, ''), { w: 5600 }), cell(/exp\. (\d+)/.exec(c)?.[1] ?? 'no expiry', { w: W - 5600 })])], [5600, W - 5600]);
  const wc = [1000, 1000, 1900, 2300, W - 6200 - 1300, 1300];
  const site = (j: Job) => j.bullets[0];
  const emp = table([[lab('Start', wc[0]), lab('Finish', wc[1]), lab('Employer', wc[2]), lab('Site / project', wc[3]), lab('Position', wc[4]), lab('Hours', wc[5])],
    ...desc(p.jobs).map((j) => [cell(fd(j.start, 'YYYY/MM'), { w: wc[0], size: 18 }), cell(j.end ? fd(j.end, 'YYYY/MM') : 'Present', { w: wc[1], size: 18 }), cell(`${j.company}\n${j.town ?? ''}`, { w: wc[2], size: 18 }), cell(site(j), { w: wc[3], size: 18 }), cell(j.title, { w: wc[4], size: 18 }), cell(j.load ?? '', { w: wc[5], size: 18 })]),
  ], wc);
  const q = Math.floor(W / 4);
  const sk = table([0, 4].map((i) => [0, 1, 2, 3].map((k) => cell(p.skills[i + k]?.printed ?? '', { w: q }))), [q, q, q, q]);
  const train = table([[lab('Dates', 2200), lab('School', 3000), lab('Program', W - 5200)], ...p.education.map((x) => [cell(rng(x.start, x.end, 'YYYY/MM', ''), { w: 2200 }), cell(x.school, { w: 3000 }), cell(x.degree, { w: W - 5200 })])], [2200, 3000, W - 5200]);
  const refs = table([[lab('Reference', 2600), lab('Company / position', W - 4600), lab('Phone', 2000)], ...p.referees.map((x) => [cell(x.name, { w: 2600 }), cell(x.role, { w: W - 4600 }), cell(x.phone, { w: 2000 })])], [2600, W - 4600, 2000]);
  const H = (t: string) => para(r(t, { bold: true, size: 22 }), { spacing: { before: 140, after: 50 }, keepNext: true });
  const children = [hdr, gap(60), para(p.summary), H('TICKETS & CERTIFICATIONS'), tickets, H('EMPLOYMENT & APPRENTICESHIP'), emp, para(r('Apprenticeship hours total: 7,330 (periods 1–4). Languages: ' + p.languages.join(', '), { size: 18 })), H('SKILLS'), sk, H('TRAINING'), train, H('REFERENCES'), refs];
  return docOf([{ properties: page(900), children }], fontOf(p), 20);
}

// expertenprofil (table): DACH consultant profile ("Beraterprofil / Consultant profile") for a tender: bilingual
// label/value grid, professional experience grid Zeitraum / Period | Arbeitgeber / Employer | Funktion / Position,
// a separate project-reference grid of clients (not jobs), competences with level words.
export function expertenprofil(p: Person): Document {
  const W = TEXT_W;
  const fill = 'E7E6E6';
  const lab = (t: string, w: number) => cell(t, { w, fill, bold: true, size: 18 });
  const self = p.jobs.find((j) => j.kind === 'self')!;
  const per = (j: { start: string; end: string | null }) => (j.end ? rng(j.start, j.end, 'MM/YYYY', '') : `since ${fd(j.start, 'MM/YYYY')}`);
  const info = table([
    [lab('Name / Name', 2600), cell(para(r(fullName(p), { bold: true, size: 24 })), { w: W - 2600 })],
    [lab('Geburtsjahr / Year of birth', 2600), cell('1986', { w: W - 2600 })],
    [lab('Rolle im Projekt / Role', 2600), cell('Lead procurement expert (Lot 2)', { w: W - 2600 })],
    [lab('Ausbildung / Education', 2600), cell(p.education.map((x) => `${x.degree}, ${x.school} (${fd(x.end, 'YYYY')})`).join('\n'), { w: W - 2600 })],
    [lab('Sprachen / Languages', 2600), cell(p.languages.join(', '), { w: W - 2600 })],
    [lab('Zertifikate / Certificates', 2600), cell(p.certificates.join('\n'), { w: W - 2600 })],
    [lab('Kontakt / Contact', 2600), cell(`${p.phone.intl}\n${p.email}\n${p.address}`, { w: W - 2600 })],
    [lab('Lehrauftrag / Teaching post', 2600), cell(`FH Campus Donaustadt (office ${p.others[0].number})`, { w: W - 2600 })],
  ], [2600, W - 2600]);
  const wc = [2000, 3300, W - 5300];
  const rows: { s: string; c: TableCell[] }[] = desc(p.jobs).map((j) => ({ s: j.start, c: [cell(per(j), { w: wc[0] }), cell(`${j.company}, ${j.town ?? ''}`, { w: wc[1] }), cell([para(r(j.title, { bold: true })), ...j.bullets.map((b) => para(r(b, { size: 18 })))], { w: wc[2] })] }));
  for (const b of p.breaks) rows.push({ s: b.start, c: [cell(rng(b.start, b.end, 'MM/YYYY', ''), { w: wc[0], fill: 'F7F7F7' }), cell(b.label, { w: wc[1] + wc[2], span: 2, fill: 'F7F7F7' })] });
  rows.sort((a, b) => (a.s < b.s ? 1 : -1));
  const exp = table([[lab('Zeitraum / Period', wc[0]), lab('Arbeitgeber / Employer', wc[1]), lab('Funktion / Position', wc[2])], ...rows.map((x) => x.c)], wc);
  const refc = [2000, 3300, W - 5300];
  const refs = table([[lab('Zeitraum / Period', refc[0]), lab('Auftraggeber / Client', refc[1]), lab('Leistung / Scope', refc[2])], ...self.clients!.map((c) => [cell(c.period, { w: refc[0] }), cell(c.name, { w: refc[1] }), cell(c.what, { w: refc[2] })])], refc);
  const half = Math.floor(W / 2);
  const kc = [half - 1300, 1300, half - 1300, 1300];
  const krows: TableCell[][] = [];
  for (let i = 0; i < p.skills.length; i += 2) krows.push([p.skills[i], p.skills[i + 1]].flatMap((s, k) => [cell(s?.printed ?? '', { w: kc[2 * k] }), cell(s?.level ?? '', { w: kc[2 * k + 1] })]));
  const comp = table([[lab('Kompetenz / Competence', kc[0]), lab('Niveau / Level', kc[1]), lab('Kompetenz / Competence', kc[2]), lab('Niveau / Level', kc[3])], ...krows], kc);
  const H = (t: string) => para(r(t, { bold: true, size: 22, color: '404040' }), { spacing: { before: 180, after: 60 } });
  const children = [
    para(r('Beraterprofil / Consultant profile', { bold: true, size: 34 }), { spacing: { after: 40 } }),
    para(r('Angebot / Tender: Verkehrsverbund Alpenost – Ref. VAO-2026-114, Lot 2 · Bieter / Bidder: Hollenstein Public Advisory e.U.', { size: 17, color: '666666' }), { spacing: { after: 160 } }),
    info, H('Berufserfahrung / Professional experience'), exp, H('Referenzprojekte / Project references (clients, not employers)'), refs, H('Kompetenzen / Competences'), comp,
  ];
  return docOf([{ properties: page(1000), footers: { default: pageFooter('Beraterprofil Hollenstein – Seite ') }, children }], fontOf(p), 19);
}

// ================================================================== TWO-COLUMN
// chef-2col (two-column): Chinese Word 简历 on a borderless two-cell table: shaded left cell with the photo and the name
// as its caption, 基本信息, 擅长菜系与技能, 证书, 联系方式; right cell 个人简历 title, 求职意向, 工作经历, 教育, 证明人.
export function chef2col(p: Person): Document {
  const L = 3300, R = TEXT_W - 3300;
  const img = new ImageRun({ type: 'png', data: silhouettePng(), transformation: { width: 96, height: 117 } });
  const lh = (t: string) => para(r(t, { bold: true, color: '8B3A0F', size: 21 }), { spacing: { before: 160, after: 40 }, border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '8B3A0F', space: 1 } } });
  const left = [
    para(img, { alignment: AlignmentType.CENTER, spacing: { before: 60 } }),
    para(r(p.name, { bold: true, size: 28 }), { alignment: AlignmentType.CENTER }),
    para(r('中式烹调师 高级技师', { size: 17, color: '666666' }), { alignment: AlignmentType.CENTER }),
    lh('基本信息'), para('性别：男'), para('年龄：36岁'), para('籍贯：湖南湘潭'), para('厨龄：18年'), para(`现居：${p.town}`),
    lh('擅长菜系与技能'), ...p.skills.map((s) => para(`· ${s.printed}`)),
    lh('证书'), ...p.certificates.map((c) => para(`· ${c}`)),
    lh('语言'), para(p.languages.join('、')),
    lh('联系方式'), para(`手机：${p.phone.local}`), para('（微信同号）'), para(`邮箱：${p.email}`),
  ];
  const rh = (t: string) => para(r(t, { bold: true, size: 23, color: 'FFFFFF' }), { shading: { type: ShadingType.CLEAR, fill: '8B3A0F', color: 'auto' }, spacing: { before: 160, after: 60 } });
  const right = [
    para(r('个 人 简 历', { bold: true, size: 36 }), { spacing: { after: 60 } }),
    para(r('求职意向：厨师长 / 行政总厨　　工作地点：长沙、广州', { size: 19 })),
    rh('自我评价'), para(p.summary),
    rh('工作经历'),
    ...desc(p.jobs).flatMap((j) => [
      para([r(jr(j, 'YYYY.MM', '至今', ' — ') + (j.season ? `（${j.season}）` : ''), { bold: true, color: '8B3A0F' })], { spacing: { before: 100 } }),
      para(r(`${j.company}　｜　${j.title}`, { bold: true })),
      para(j.bullets.join('；') + '。'),
    ]),
    para(r('2023.07　待业一个月（搬家回长沙）', { color: '777777' }), { spacing: { before: 80 } }),
    rh('教育背景'), ...p.education.map((x) => para(`${rng(x.start, x.end, 'YYYY.MM', '', ' — ')}　${x.school}　${x.degree}`)),
    rh('证明人'), ...p.referees.map((x) => para(`${x.name}，${x.role}，电话 ${x.phone}`)),
  ];
  const t = table([[cell(left, { w: L, fill: 'F6EBDD' }), cell(right, { w: R })]], [L, R], 'none');
  return docOf([{ properties: page(800), children: [t] }], fontOf(p), 20);
}

// rsw-cols (two-column): HK bilingual Word CV: a one-column header section (kicker, 陳嘉怡 + romanised name + RSW),
// then a continuous section in two newspaper columns with a line between: experience left, column break, then skills,
// education, registration, languages, referee and contact on the right.
export function rswCols(p: Person): Document {
  const H = (t: string) => para(r(t, { bold: true, size: 21, color: '7B2C5B' }), { spacing: { before: 160, after: 50 }, border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '7B2C5B', space: 1 } } });
  const head = [
    para(r('CURRICULUM VITAE 個人履歷', { size: 17, color: '7B2C5B', characterSpacing: 30 })),
    para([r(p.name, { bold: true, size: 40 }), r(`   ${p.latin}, ${p.postNominals}`, { size: 24 })], { spacing: { after: 40 } }),
    para(r(p.headline, { italics: true })),
    para(p.summary, { spacing: { after: 120 }, border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: '7B2C5B', space: 4 } } }),
  ];
  const left = [H('Work Experience 工作經驗'), ...desc(p.jobs).flatMap((j) => [
    para(r(j.title, { bold: true }), { spacing: { before: 80 }, keepNext: true }),
    para(`${j.company}, ${j.town ?? ''}`, { keepNext: true }),
    para(r(jr(j, 'Mon YYYY', 'present 至今'), { italics: true, color: '555555' }), { keepNext: true }),
    ...j.bullets.map((b) => bullet(b, 300)),
  ])];
  const right = [
    H('Skills 技能'), ...p.skills.map((s) => bullet(s.printed, 300)),
    H('Education 學歷'), ...p.education.flatMap((x) => [para(r(x.degree, { bold: true })), para(`${x.school}, ${rng(x.start, x.end, 'YYYY', '')}`)]),
    H('Registration 註冊'), ...p.certificates.map((c) => para(c)),
    H('Languages 語言'), ...p.languages.map((l) => para(l)),
    H('Referee 推薦人'), ...p.referees.flatMap((x) => [para(r(x.name, { bold: true })), para(x.role), para(`Tel. ${x.phone}`)]),
    H('Contact 聯絡'), para(`Mobile 手提: ${p.phone.local}`), para(`Email 電郵: ${p.email}`), para(`${p.others[0].label}: ${p.others[0].number}`), para(p.address),
  ];
  return docOf([
    { properties: page(950), children: head },
    { properties: { ...page(950), type: SectionType.CONTINUOUS, column: { count: 2, space: 500, separate: true, equalWidth: true } }, children: [...left, para(new ColumnBreak() as never), ...right] },
  ], fontOf(p), 19);
}

// hotel-textbox (two-column): Malaysian hotel résumé whose left column is a floating VML text box (personal
// particulars, contact, languages, skills) with the body indented beside it; "RESUME 简历", caps name + 黄美玲.
export function hotelTextbox(p: Person): Document {
  const boxW = 2880; // twips ≈ 50.8 mm
  const B = (t: string) => para(r(t, { bold: true, size: 19, color: '0E5E6F' }), { spacing: { before: 140, after: 30 } });
  const box = new Textbox({
    style: { position: 'absolute', positionHorizontal: 'absolute', positionHorizontalRelative: 'page', positionVertical: 'absolute', positionVerticalRelative: 'page', left: '14mm', top: '16mm', width: '52mm', height: '262mm', wrapStyle: 'square' } as never,
    children: [
      B('PERSONAL PARTICULARS'), ...p.particulars!.map(([k, v]) => para(r(`${k}: ${v}`, { size: 17 }))), para(r('Race: Chinese', { size: 17 })),
      B('CONTACT'), para(r(`H/P: ${p.phone.local}`, { size: 17 })), para(r(`Email: ${p.email}`, { size: 17 })), para(r(p.address, { size: 17 })),
      B('LANGUAGES 语言'), ...p.languages.map((l) => para(r(l, { size: 17 }))),
      B('SKILLS 技能'), ...p.skills.map((s) => para(r(`• ${s.printed}`, { size: 17 }))),
      B('CERTIFICATES'), ...p.certificates.map((c) => para(r(c, { size: 17 }))),
    ],
  });
  const ind = { left: boxW + 500 };
  const H = (t: string) => para(r(t, { bold: true, size: 21, color: '0E5E6F' }), { indent: ind, spacing: { before: 160, after: 50 }, border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '0E5E6F', space: 1 } } });
  const P = (t: string | TextRun[], o: Omit<IParagraphOptions, 'children'> = {}) => para(typeof t === 'string' ? r(t) : t, { indent: ind, ...o });
  const body = [
    P([r('RESUME  简历', { size: 18, color: '0E5E6F', characterSpacing: 40 })]),
    P([r(`${p.latin!.toUpperCase()}  `, { bold: true, size: 32 }), r(p.name, { bold: true, size: 32 })]),
    P([r(p.headline, { italics: true })], { spacing: { after: 80 } }),
    H('CAREER OBJECTIVE'), P(p.summary),
    H('WORKING EXPERIENCE 工作经验'),
    ...desc(p.jobs).flatMap((j) => [
      P([r(`${j.company}, ${j.town ?? ''}`, { bold: true }), r(`  (${jr(j, 'Mon YYYY', 'Present')})`)], { spacing: { before: 80 }, keepNext: true }),
      P([r(j.title, { italics: true })], { keepNext: true }),
      ...j.bullets.map((b) => para(r('–  ' + b), { indent: { left: boxW + 800, hanging: 260 } })),
    ]),
    ...p.breaks.map((b) => P([r(`${b.label} (${rng(b.start, b.end, 'Mon YYYY', '')})`, { color: '666666' })], { spacing: { before: 80 } })),
    H('EDUCATION 教育'), ...p.education.map((x) => P(`${x.degree}, ${x.school} (${rng(x.start, x.end, 'Mon YYYY', '')})`)),
    H('REFEREE'), ...p.referees.map((x) => P(`${x.name}, ${x.role}. Tel: ${x.phone}`)),
  ];
  return docOf([{ properties: page(900), children: [box as never, ...body] }], fontOf(p), 19);
}
