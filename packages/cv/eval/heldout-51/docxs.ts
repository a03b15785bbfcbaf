/** Word (docx package) templates of heldout-51; LibreOffice exports each to PDF. */
import {
  AlignmentType, BorderStyle, ColumnBreak, Document, Footer, Header, PageNumber, Paragraph, SectionType, ShadingType,
  Table, TableCell, TableRow, TabStopPosition, TabStopType, TextRun, VerticalMergeType, WidthType,
} from 'docx';
import type { Person, Job } from './people.ts';
import { d, per, own, skillList, newestFirst, oldestFirst, obf, type Fmt } from './lib.ts';

type R = { t: string; b?: boolean; i?: boolean; s?: number; c?: string; u?: boolean; caps?: boolean };
const FONT = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: 'SimSun', cs: 'Arial' };
const ZHFONT = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: 'Microsoft YaHei', cs: 'Arial' };
let font = FONT;
const run = (r: R | string) => {
  const o = typeof r === 'string' ? { t: r } : r;
  return new TextRun({ text: o.t, bold: o.b, italics: o.i, size: o.s ?? 20, color: o.c, underline: o.u ? {} : undefined, allCaps: o.caps, font });
};
const tabRun = (s = 20) => new TextRun({ text: '\t', size: s, font });
function P(parts: (R | string | 'TAB' | TextRun)[], o: { align?: any; tabs?: any[]; after?: number; before?: number; bullet?: boolean; indent?: any; shade?: string; border?: boolean; keep?: boolean } = {}) {
  return new Paragraph({
    children: parts.map((x) => (x instanceof TextRun ? x : x === 'TAB' ? tabRun() : run(x))),
    alignment: o.align, tabStops: o.tabs, spacing: { after: o.after ?? 60, before: o.before ?? 0 },
    bullet: o.bullet ? { level: 0 } : undefined, indent: o.indent, keepNext: o.keep,
    shading: o.shade ? { type: ShadingType.CLEAR, color: 'auto', fill: o.shade } : undefined,
    border: o.border ? { bottom: { style: BorderStyle.SINGLE, size: 8, color: '444444', space: 1 } } : undefined,
  });
}
const A4 = (m = 1000) => ({ page: { size: { width: 11906, height: 16838 }, margin: { top: m, bottom: m, left: m, right: m, header: 500, footer: 500 } } });
const RIGHT = [{ type: TabStopType.RIGHT, position: 9900 }];
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
const line = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
const grid = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };
function cell(children: Paragraph[] | string, o: { w?: number; fill?: string; span?: number; vm?: 'restart' | 'continue'; } = {}) {
  return new TableCell({
    children: typeof children === 'string' ? [P([children], { after: 0 })] : children,
    width: o.w ? { size: o.w, type: WidthType.DXA } : undefined, columnSpan: o.span,
    shading: o.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: o.fill } : undefined,
    verticalMerge: o.vm === 'restart' ? VerticalMergeType.RESTART : o.vm === 'continue' ? VerticalMergeType.CONTINUE : undefined,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
  });
}
const lbl = (s: string, w?: number) => cell([P([{ t: s, b: true, s: 18 }], { after: 0 })], { w, fill: 'E7E6E6' });
const val = (s: string, w?: number, span?: number) => cell(s.split('\n').map((x) => P([{ t: x, s: 18 }], { after: 0 })), { w, span });
const doc = (sections: any[], creator: string) => new Document({ creator, title: 'CV', styles: { default: { document: { run: { font: font as any, size: 20 } } } }, sections });

// ------------------------------------------------------------------ docx-quarters (en single): project CV, contact in the page footer, quarter dates on a right tab
export function docxQuarters(p: Person): Document {
  font = FONT;
  const f = own(p, 'Mon YYYY');
  const body: Paragraph[] = [
    P([{ t: p.name, b: true, s: 36 }], { after: 0 }),
    P([{ t: `${p.headline} · ${p.certs[0]}`, s: 22, c: '1F5C99' }], { after: 160, border: true }),
    P([{ t: 'PROFILE', b: true, c: '1F5C99' }], { before: 120 }), P([p.summary]),
    P([{ t: 'EMPLOYMENT', b: true, c: '1F5C99' }], { before: 160 }),
  ];
  for (const j of newestFirst(p)) {
    body.push(P([{ t: j.company, b: true }, `, ${j.city}`, 'TAB', { t: per(j, f, ' – ', 'present'), b: true }], { tabs: RIGHT, before: 100, after: 0, keep: true }));
    body.push(P([{ t: j.title, i: true }], { after: 20, keep: true }));
    for (const b of j.bullets) body.push(P([b], { bullet: true, after: 20 }));
  }
  body.push(P([{ t: 'KEY SKILLS', b: true, c: '1F5C99' }], { before: 160 }), P([skillList(p).join('; ')]));
  body.push(P([{ t: 'EDUCATION', b: true, c: '1F5C99' }], { before: 160 }), ...p.education.map((e) => P([{ t: e.school, b: true }, ` — ${e.degree}`, 'TAB', `${d(e.start, 'YYYY')} – ${d(e.end, 'YYYY')}`], { tabs: RIGHT })));
  body.push(P([{ t: 'LICENCES & TICKETS', b: true, c: '1F5C99' }], { before: 160 }), P([p.certs.join(' · ')]));
  body.push(P([{ t: 'LANGUAGES', b: true, c: '1F5C99' }], { before: 160 }), P([p.languages.join(', ')]));
  return doc([{
    properties: A4(),
    headers: { default: new Header({ children: [P([{ t: 'CONFIDENTIAL — Project CV', s: 16, c: '888888' }, 'TAB', { t: p.name, s: 16, c: '888888' }], { tabs: RIGHT })] }) },
    footers: { default: new Footer({ children: [P([{ t: `M ${p.phoneNat}  |  E ${p.email}  |  Office ${p.office}`, s: 16 }, 'TAB', { t: 'Page ', s: 16 }, new TextRun({ children: [PageNumber.CURRENT], size: 16, font })], { tabs: RIGHT })] }) },
    children: body,
  }], p.name);
}

// ------------------------------------------------------------------ docx-hdr-ext (en single): contact block in the page header; "Employer, Town (Month YYYY – present)"
export function docxHdrExt(p: Person): Document {
  font = FONT;
  const f: Fmt = 'Month YYYY';
  const hdr = [
    P([{ t: p.address, s: 16 }], { align: AlignmentType.RIGHT, after: 0 }),
    P([{ t: `Mobile: ${p.phoneNat}   |   Work: ${p.office}`, s: 16 }], { align: AlignmentType.RIGHT, after: 0 }),
    P([{ t: p.email2 ? `E-mail: ${p.email}  /  ${p.email2}` : `E-mail: ${p.email}`, s: 16 }], { align: AlignmentType.RIGHT, after: 0, border: true }),
  ];
  const body: Paragraph[] = [
    P([{ t: p.name, b: true, s: 40, c: '2F5496' }], { after: 0 }), P([{ t: p.headline, s: 24 }], { after: 200 }),
    P([{ t: 'Personal Profile', b: true, s: 24, c: '2F5496' }], { border: true }), P([p.summary], { after: 160 }),
    P([{ t: 'Employment History', b: true, s: 24, c: '2F5496' }], { border: true }),
  ];
  for (const j of newestFirst(p)) {
    body.push(P([{ t: `${j.company}, ${j.city}`, b: true }, ` (${per(j, f, ' – ', 'present')})`], { before: 80, after: 0, keep: true }));
    body.push(P([{ t: j.title, i: true }], { after: 20, keep: true }));
    for (const b of j.bullets) body.push(P([b], { bullet: true, after: 0 }));
  }
  body.push(P([{ t: 'Education', b: true, s: 24, c: '2F5496' }], { border: true, before: 200 }));
  for (const e of p.education) body.push(P([{ t: `${e.school}`, b: true }, ` (${d(e.start, 'Month YYYY')} – ${e.end > '2026-12' ? 'expected May 2027' : d(e.end, 'Month YYYY')})`], { after: 0 }), P([e.degree]));
  body.push(P([{ t: 'Key Skills', b: true, s: 24, c: '2F5496' }], { border: true, before: 200 }));
  body.push(...skillList(p).map((s) => P([s], { bullet: true, after: 0 })));
  body.push(P([{ t: 'Languages', b: true, s: 24, c: '2F5496' }], { border: true, before: 200 }), P([p.languages.join('; ')]));
  if (p.certs.length) body.push(P([{ t: 'Certification', b: true, s: 24, c: '2F5496' }], { border: true, before: 200 }), P([p.certs.join('; ')]));
  body.push(P([{ t: 'References', b: true, s: 24, c: '2F5496' }], { border: true, before: 200 }), P(['Available on request.']));
  return doc([{ properties: A4(), headers: { default: new Header({ children: hdr }) }, children: body }], p.name);
}

// ------------------------------------------------------------------ docx-zh-brackets (zh single): 个人履历, numbered career "1．单位（起止）　职务", contact last
export function docxZhBrackets(p: Person): Document {
  font = ZHFONT;
  const jobs = oldestFirst(p);
  const f = (s: string) => d(s, 'YYYY年M月');
  const H = (s: string) => P([{ t: s, b: true, s: 26 }], { before: 200, after: 80, border: true });
  const lines: Paragraph[] = [
    P([{ t: '个 人 履 历', b: true, s: 40 }], { align: AlignmentType.CENTER, after: 100 }),
    P([{ t: `${p.name}　｜　${p.headline}　｜　${p.city}`, s: 22 }], { align: AlignmentType.CENTER, after: 200 }),
    H('一、个人概况'), P([p.summary], { indent: { firstLine: 420 } }),
    H('二、工作经历'),
  ];
  let n = 0;
  for (const j of jobs) {
    n++;
    lines.push(P([{ t: `${n}．${j.company}`, b: true }, `（${f(j.start)}—${j.end ? f(j.end) : '至今'}）　${j.title}`], { after: 20 }));
    lines.push(P([j.bullets.join('；') + '。'], { indent: { left: 420 }, after: 80 }));
    if (p.id === 'p12' && j.end === '2012-12') lines.push(P([{ t: '　（2013年1月—2013年8月　待业，照顾家人）', c: '666666' }], { after: 80 }));
    if (p.id === 'p12' && j.end === '2021-06') lines.push(P([{ t: '　（2021年7月—2021年8月　休整）', c: '666666' }], { after: 80 }));
  }
  lines.push(H('三、专业技能'), ...skillList(p).map((s, i) => P([`（${'一二三四五六七八九'[i]}）${s}`], { after: 20 })));
  lines.push(H('四、教育背景'), ...p.education.map((e) => P([`${e.school}　${e.degree}（${f(e.start)}—${f(e.end)}）`])));
  lines.push(H('五、资格证书及语言'), P([`证书：${p.certs.join('、')}`]), P([`语言：${p.languages.join('、')}`]));
  lines.push(H('六、联系方式'), P([`手机：${p.phoneNat}`]), P([`办公电话：${p.office}`]), P([`电子邮箱：${p.email}`]), P([`通讯地址：${p.address}`]));
  return doc([{
    properties: A4(1200),
    headers: { default: new Header({ children: [P([{ t: `${p.name} · 个人履历`, s: 16, c: '777777' }], { align: AlignmentType.RIGHT })] }) },
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: '第 ', size: 16, font }), new TextRun({ children: [PageNumber.CURRENT], size: 16, font }), new TextRun({ text: ' 页', size: 16, font })] })] }) },
    children: lines,
  }], p.name);
}

// ------------------------------------------------------------------ docx-hk-bilingual (mixed single): HK/SH bilingual CV, "Personal Particulars", dates right with 至今
export function docxHkBilingual(p: Person): Document {
  font = ZHFONT;
  const hk = p.id === 'p14';
  const f: Fmt = hk ? 'Mon YYYY' : 'YYYY.MM';
  const present = hk ? 'Present 至今' : '至今 Present';
  const H = (en: string, zh: string) => P([{ t: `${en}  ${zh}`, b: true, s: 22, c: 'FFFFFF' }], { shade: '404040', before: 160, after: 80 });
  const b: Paragraph[] = [
    P([{ t: p.name, b: true, s: 40 }, { t: `   ${p.latin}`, s: 26 }], { after: 40 }),
    P([{ t: p.headline, s: 22, c: '404040' }], { after: 120 }),
    H('Personal Particulars', hk ? '個人資料' : '个人资料'),
    P([{ t: 'Mobile 手提電話:', b: true }, `\t${p.phoneIntl}`], { tabs: [{ type: TabStopType.LEFT, position: 3000 }], after: 0 }),
    P([{ t: 'Office 辦公室:', b: true }, `\t${p.office}`], { tabs: [{ type: TabStopType.LEFT, position: 3000 }], after: 0 }),
    P([{ t: 'Email 電郵:', b: true }, `\t${p.email}`], { tabs: [{ type: TabStopType.LEFT, position: 3000 }], after: 0 }),
    P([{ t: 'Address 地址:', b: true }, `\t${p.address}`], { tabs: [{ type: TabStopType.LEFT, position: 3000 }], after: 0 }),
    P([{ t: 'Availability 可上班日期:', b: true }, `\t${hk ? 'One month’s notice 一個月通知' : '30 days 提前30天通知'}`], { tabs: [{ type: TabStopType.LEFT, position: 3000 }], after: 0 }),
    P([{ t: 'Expected Salary 期望薪酬:', b: true }, '\tNegotiable 面議'], { tabs: [{ type: TabStopType.LEFT, position: 3000 }] }),
    H('Working Experience', hk ? '工作經驗' : '工作经历'),
  ];
  for (const j of newestFirst(p)) {
    b.push(P([{ t: j.company, b: true }, 'TAB', { t: per(j, f, ' – ', present), b: true }], { tabs: RIGHT, before: 80, after: 0, keep: true }));
    b.push(P([{ t: j.title, i: true }], { after: 20, keep: true }));
    for (const x of j.bullets) b.push(P([x], { bullet: true, after: 0 }));
  }
  b.push(H('Education', hk ? '學歷' : '教育背景'), ...p.education.map((e) => P([{ t: e.school, b: true }, 'TAB', `${d(e.start, f)} – ${d(e.end, f)}`], { tabs: RIGHT, after: 0 })), ...p.education.map((e) => P([e.degree])));
  b.push(H('Professional Qualifications', hk ? '專業資格' : '专业资格'), ...p.certs.map((c) => P([c], { bullet: true, after: 0 })));
  b.push(H('Technical Skills', hk ? '技能' : '技能'), P([skillList(p).join(', ')]));
  b.push(H('Languages', hk ? '語言' : '语言'), P([p.languages.join(' | ')]));
  return doc([{ properties: A4(900), children: b }], p.name);
}

// ------------------------------------------------------------------ ke-univ-form (en table): Kenyan public-university application for employment, employment table with Terms column
export function keUnivForm(p: Person): Document {
  font = FONT;
  const W = 9900;
  const sec = (s: string) => P([{ t: s, b: true, s: 20 }], { shade: 'D9D9D9', before: 160, after: 60 });
  const kv = (rows: [string, string][]) => new Table({ width: { size: W, type: WidthType.DXA }, borders: grid, rows: rows.map(([a, b]) => new TableRow({ children: [lbl(a, 3300), val(b, 6600)] })) });
  const emp = newestFirst(p);
  const empT = new Table({
    width: { size: W, type: WidthType.DXA }, borders: grid,
    rows: [
      new TableRow({ tableHeader: true, children: ['Employer', 'Post held', 'From (mm/yyyy)', 'To (mm/yyyy)', 'Terms of service'].map((h, i) => lbl(h, [2700, 2500, 1500, 1500, 1700][i])) }),
      ...emp.map((j) => new TableRow({ children: [val(j.company, 2700), val(j.title, 2500), val(d(j.start, 'MM/YYYY'), 1500), val(j.end ? d(j.end, 'MM/YYYY') : 'To date', 1500), val(j.partTime ? 'Part-time' : j.end ? 'Contract' : 'Permanent & pensionable', 1700)] })),
    ],
  });
  const eduT = new Table({
    width: { size: W, type: WidthType.DXA }, borders: grid,
    rows: [new TableRow({ children: ['Institution', 'From', 'To', 'Qualification attained'].map((h, i) => lbl(h, [3300, 1300, 1300, 4000][i])) }),
      ...p.education.map((e) => new TableRow({ children: [val(e.school, 3300), val(d(e.start, 'MM/YYYY'), 1300), val(d(e.end, 'MM/YYYY'), 1300), val(e.degree, 4000)] }))],
  });
  const body = [
    P([{ t: 'KILIMANJARO HIGHLANDS UNIVERSITY', b: true, s: 28 }], { align: AlignmentType.CENTER, after: 0 }),
    P([{ t: 'Office of the Registrar (Administration) · P.O. Box 2290-20115 Egerton · Tel. 051 221 7700', s: 16 }], { align: AlignmentType.CENTER, after: 0 }),
    P([{ t: 'APPLICATION FOR EMPLOYMENT — TEACHING AND SENIOR ADMINISTRATIVE STAFF (Form KHU/HR/01)', b: true, s: 20 }], { align: AlignmentType.CENTER, after: 120, border: true }),
    P([{ t: 'Post applied for: ', b: true }, 'Lecturer, Department of Epidemiology and Biostatistics (Ref. KHU/ADV/17/2026)']),
    sec('1. PERSONAL PARTICULARS'),
    kv([['Name in full', p.name], ['Surname', p.name.split(' ').slice(-1)[0].toUpperCase()], ['Other names', p.name.split(' ')[0]], ['National ID No.', '24871536'], ['Nationality', 'Kenyan'], ['Postal address', p.address], ['Mobile telephone', p.phoneNat], ['Office telephone', p.office!], ['E-mail address', p.email]]),
    sec('2. ACADEMIC QUALIFICATIONS (start with the highest)'), eduT,
    sec('3. EMPLOYMENT HISTORY (start with the current / most recent; include part-time appointments)'), empT,
    P([{ t: 'Explain any break in service: ', b: true }, 'September 2015 – January 2016, full-time study (MSc, first term).'], { before: 80 }),
    sec('4. OTHER RELEVANT SKILLS / COMPETENCIES'), ...skillList(p).map((s) => P([s], { bullet: true, after: 0 })),
    sec('5. LANGUAGES'), P([p.languages.join(', ')]),
    sec('6. REFEREES'),
    kv([['1. Prof. Jane Mwikali Kioko', 'School of Public Health, University of Nairobi · 0733 560 218 · jmkioko@uonbi-mail.example'], ['2. Dr. Otieno Ogutu', 'Programme Director, Maji Safi East Africa · 0721 664 903']]),
    sec('7. DECLARATION'),
    P([`I, ${p.name}, certify that the information given in this form is correct to the best of my knowledge.`]),
    P(['Signature: ……………………………        Date: 04/12/2026'], { before: 200 }),
  ];
  return doc([{ properties: A4(900), footers: { default: new Footer({ children: [P([{ t: 'KHU/HR/01 (Rev. 2024)', s: 14, c: '666666' }, 'TAB', { t: 'Page ', s: 14 }, new TextRun({ children: [PageNumber.CURRENT], size: 14, font })], { tabs: RIGHT })] }) }, children: body }], p.name);
}

// ------------------------------------------------------------------ bilingual-record (mixed table): 应聘登记表 / Application for Employment, employment record with salary + reporting line
export function bilingualRecord(p: Person): Document {
  font = ZHFONT;
  const my = p.id === 'p16';
  const W = 10200;
  const company = my ? 'NUSANTARA LOGISTICS TECH SDN. BHD. — 人事部' : 'Pacific Crest Consumer Goods (China) Ltd. — HR';
  const cur = my ? 'RM' : 'RMB';
  const salary = (i: number) => `${cur} ${(my ? [2200, 4800, 8900, 12500] : [2500, 9000, 16000, 32000])[i] ?? ''}`;
  const head = new Table({
    width: { size: W, type: WidthType.DXA }, borders: grid,
    rows: [
      new TableRow({ children: [lbl('Name 姓名', 1700), val(p.name, 3400), lbl('English name 英文名', 1700), val(p.latin!, 3400)] }),
      new TableRow({ children: [lbl('Mobile 手机', 1700), val(p.phoneIntl, 3400), lbl('Email 电邮', 1700), val(p.email, 3400)] }),
      new TableRow({ children: [lbl(my ? 'NRIC No. 身份证号' : 'ID No. 身份证号', 1700), val(my ? '920314-10-5528' : '3101**********0419', 3400), lbl('Position applied 应聘职位', 1700), val(my ? 'QA Manager' : 'Senior S&OP Manager', 3400)] }),
      new TableRow({ children: [lbl('Address 地址', 1700), val(p.address, 8500, 3)] }),
    ],
  });
  const jobs = newestFirst(p);
  const ws = [1300, 1300, 2700, 2000, 1300, 1600];
  const emp = new Table({
    width: { size: W, type: WidthType.DXA }, borders: grid,
    rows: [
      new TableRow({ tableHeader: true, children: ['From 自\n(yyyy/mm)', 'To 至\n(yyyy/mm)', 'Company 公司名称', 'Position 职位', `Last salary 月薪`, 'Reason for leaving 离职原因'].map((h, i) => cell(h.split('\n').map((x) => P([{ t: x, b: true, s: 16 }], { after: 0 })), { w: ws[i], fill: 'DDEBF7' })) }),
      ...jobs.map((j, i) => new TableRow({ children: [val(d(j.start, 'YYYY/MM'), ws[0]), val(j.end ? d(j.end, 'YYYY/MM') : 'Present 至今', ws[1]), val(j.company, ws[2]), val(j.title, ws[3]), val(salary(jobs.length - 1 - i), ws[4]), val(!j.end ? '—' : jobs[i - 1]?.company === j.company ? 'Promoted 晋升' : i === jobs.length - 1 ? 'Internship ended 实习结束' : 'Career growth 职业发展', ws[5])] })),
    ],
  });
  const other = new Table({
    width: { size: W, type: WidthType.DXA }, borders: grid,
    rows: [
      new TableRow({ children: [lbl('Education 教育', 1700), val(p.education.map((e) => `${d(e.start, 'YYYY/MM')}–${d(e.end, 'YYYY/MM')} ${e.school}, ${e.degree}`).join('\n'), 8500)] }),
      new TableRow({ children: [lbl('Skills 技能', 1700), val(skillList(p).join(', '), 8500)] }),
      new TableRow({ children: [lbl('Certificates 证书', 1700), val(p.certs.join('; '), 8500)] }),
      new TableRow({ children: [lbl('Languages 语言', 1700), val(p.languages.join(', '), 8500)] }),
      new TableRow({ children: [lbl('Emergency contact 紧急联系人', 1700), val(my ? 'Ng Kok Wai (father 父亲) 016-339 2087' : '赵建国（父亲）139 1702 6631', 8500)] }),
      new TableRow({ children: [lbl('Notice period 离职通知期', 1700), val(my ? '1 month 一个月' : '30 days 30天', 8500)] }),
    ],
  });
  const body = [
    P([{ t: company, s: 16, c: '666666' }], { after: 0 }),
    P([{ t: 'APPLICATION FOR EMPLOYMENT  应聘登记表', b: true, s: 30 }], { align: AlignmentType.CENTER, after: 160 }),
    P([{ t: 'A. Personal information 个人资料', b: true }]), head,
    P([{ t: 'B. Employment record (latest first) 工作经历（由近至远）', b: true }], { before: 200 }), emp,
    P([{ t: 'C. Other information 其他资料', b: true }], { before: 200 }), other,
    P([`I declare that the above information is true. 本人声明以上资料属实。   Signature 签名: ${p.name}   Date 日期: 2026-12-03`], { before: 240 }),
  ];
  return doc([{ properties: A4(850), children: body }], p.name);
}

// ------------------------------------------------------------------ docx-sectcols (en / mixed two-column): one-column banner, then a continuous 2-column section with a line between
export function docxSectCols(p: Person): Document {
  font = p.lang === 'mixed' ? ZHFONT : FONT;
  const f: Fmt = p.id === 'p02' ? 'MM/YYYY' : 'Mon YYYY';
  const head = [
    P([{ t: p.id === 'p13' ? `${p.name}  ${p.latin}` : p.name, b: true, s: 44, c: 'FFFFFF' }], { shade: '1E4D5C', after: 0 }),
    P([{ t: p.headline, s: 22, c: 'FFFFFF' }], { shade: '1E4D5C', after: 0 }),
    P([{ t: `${p.phoneIntl}   ·   ${p.email}   ·   ${p.city}`, s: 18, c: 'FFFFFF' }], { shade: '1E4D5C', after: 200 }),
  ];
  const H = (s: string) => P([{ t: s.toUpperCase(), b: true, s: 20, c: '1E4D5C' }], { before: 120, after: 60, border: true });
  const c1: Paragraph[] = [H('Experience')];
  for (const j of newestFirst(p)) {
    c1.push(P([{ t: j.title, b: true }], { after: 0, keep: true }), P([{ t: j.company, i: true }], { after: 0, keep: true }), P([{ t: `${per(j, f, ' – ', 'Present')} | ${j.city}`, s: 17, c: '666666' }], { after: 20, keep: true }));
    for (const b of j.bullets) c1.push(P([{ t: b, s: 18 }], { bullet: true, after: 0 }));
  }
  const c2: Paragraph[] = [
    new Paragraph({ children: [new ColumnBreak()] }),
    H('Profile'), P([p.summary]),
    H('Skills'), ...skillList(p).map((s) => P([s], { bullet: true, after: 0 })),
    H('Certification'), ...p.certs.map((c) => P([c], { after: 40 })),
    H('Education'), ...p.education.flatMap((e) => [P([{ t: e.school, b: true }], { after: 0 }), P([`${e.degree}, ${d(e.start, 'YYYY')}–${d(e.end, 'YYYY')}`])]),
    H('Languages'), P([p.languages.join(', ')]),
    H('Address'), P([p.address]),
  ];
  return doc([
    { properties: { ...A4(800) }, children: head },
    { properties: { ...A4(800), type: SectionType.CONTINUOUS, column: { count: 2, space: 500, separate: true, equalWidth: true } }, children: [...c1, ...c2] },
  ], p.name);
}

// ------------------------------------------------------------------ docx-zh-twocol (zh two-column): borderless 2-cell table, narrow shaded LEFT info cell, title + right-aligned period line
export function docxZhTwocol(p: Person): Document {
  font = ZHFONT;
  const tw = p.id === 'p11';
  const f: Fmt = tw ? 'YYYY/MM' : 'YYYY.MM';
  const present = tw ? '現在' : '至今';
  const L = tw ? { info: '聯絡方式', sk: '專業技能', cert: '證照', lang: '語言能力', exp: '工作經歷', edu: '學歷', about: '自我介紹', mob: '手機', mail: 'E-mail', tel: '公司電話', want: '應徵職務' }
    : { info: '联系方式', sk: '专业技能', cert: '证书', lang: '语言', exp: '工作经历', edu: '教育经历', about: '自我评价', mob: '手机', mail: '邮箱', tel: '座机', want: '求职意向' };
  const HL = (s: string) => P([{ t: s, b: true, s: 22, c: '1F3864' }], { before: 160, after: 60, border: true });
  const left: Paragraph[] = [
    P([{ t: p.name, b: true, s: 40, c: '1F3864' }], { after: 0 }), P([{ t: p.latin!, s: 18, c: '555555' }], { after: 160 }),
    HL(L.info), P([`${L.mob}：${p.phoneNat}`], { after: 20 }), P([`${L.mail}：`], { after: 0 }), P([{ t: tw ? p.email : obf.hash(p.email), s: 18 }], { after: 0 }), ...(tw ? [] : [P([{ t: '（请把 # 换成 @）', s: 16, c: '666666' }], { after: 20 })]), P([`${L.tel}：${p.office}`], { after: 20 }), P([p.city]),
    HL(L.sk), ...skillList(p).map((s) => P([`● ${s}`], { after: 20 })),
    HL(L.cert), ...p.certs.map((s) => P([s], { after: 20 })),
    HL(L.lang), ...p.languages.map((s) => P([s], { after: 20 })),
  ];
  const RT = [{ type: TabStopType.RIGHT, position: 6500 }];
  const right: Paragraph[] = [HL(L.about), P([p.summary]), HL(L.exp)];
  for (const j of newestFirst(p)) {
    right.push(P([{ t: j.company, b: true }, 'TAB', { t: `${d(j.start, f)} – ${j.end ? d(j.end, f) : present}`, c: '555555' }], { tabs: RT, before: 80, after: 0 }));
    right.push(P([{ t: j.title, i: true }], { after: 20 }));
    for (const b of j.bullets) right.push(P([b], { bullet: true, after: 0 }));
  }
  right.push(HL(L.edu), ...p.education.map((e) => P([{ t: e.school, b: true }, 'TAB', `${d(e.start, f)} – ${d(e.end, f)}`], { tabs: RT, after: 0 })), ...p.education.map((e) => P([e.degree])));
  const t = new Table({
    width: { size: 9900, type: WidthType.DXA }, borders: noBorders, columnWidths: [3000, 6900],
    rows: [new TableRow({ children: [cell(left, { w: 3000, fill: 'EAF0F8' }), cell(right, { w: 6900 })] })],
  });
  return doc([{
    properties: A4(1000),
    headers: { default: new Header({ children: [P([{ t: `${L.want}：${p.headline}　｜　${tw ? '希望地點' : '期望城市'}：${p.city}`, s: 16, c: '777777' }], { align: AlignmentType.RIGHT })] }) },
    children: [t],
  }], p.name);
}
