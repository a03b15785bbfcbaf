/** heldout-41: DOCX templates built with the `docx` package (LibreOffice later exports each to PDF). */
import {
  AlignmentType, BorderStyle, Column, ColumnBreak, Document, Footer, Header, LeaderType, LevelFormat, PageBreak, PageNumber,
  Paragraph, SectionType, ShadingType, Tab, Table, TableCell, TableRow, TabStopType, TextRun, VerticalAlign, WidthType,
} from 'docx';
import type { Person, Job } from './people.ts';
import { MON, MONTH, y, m, mm, lastDay, skills, rev, months, full } from './gen-helpers.ts';

const EN = { ascii: 'Liberation Sans', hAnsi: 'Liberation Sans', eastAsia: 'WenQuanYi Zen Hei', cs: 'DejaVu Sans' };
const SERIF = { ascii: 'Liberation Serif', hAnsi: 'Liberation Serif', eastAsia: 'WenQuanYi Zen Hei' };
const ZH = { ascii: 'WenQuanYi Zen Hei', hAnsi: 'WenQuanYi Zen Hei', eastAsia: 'WenQuanYi Zen Hei' };
const styles = (font: typeof EN, size = 20) => ({ default: { document: { run: { font, size }, paragraph: { spacing: { after: 40 } } } } });
const A4 = { page: { size: { width: 11906, height: 16838 }, margin: { top: 1000, bottom: 1000, left: 1100, right: 1100 } } };
const T = (text: string, o: Record<string, unknown> = {}) => new TextRun({ text, ...o });
const P = (c: (TextRun | string)[] | string, o: Record<string, unknown> = {}) => new Paragraph({ children: (typeof c === 'string' ? [c] : c).map((x) => (typeof x === 'string' ? T(x) : x)), ...o });
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NOB = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const GRID = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };
const cell = (c: (Paragraph | string)[] | string, o: Record<string, unknown> = {}) => new TableCell({ children: (typeof c === 'string' ? [c] : c).map((x) => (typeof x === 'string' ? P(x) : x)), verticalAlign: VerticalAlign.CENTER, margins: { top: 40, bottom: 40, left: 80, right: 80 }, ...o });
const shade = (fill: string) => ({ shading: { fill, type: ShadingType.CLEAR, color: 'auto' } });
const table = (rows: TableRow[], widths: number[], borders = GRID) => new Table({ rows, columnWidths: widths, width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, borders });
const heading = (text: string, color = '1F3864') => P([T(text, { bold: true, color, size: 23 })], { spacing: { before: 200, after: 80 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color, space: 1 } } });

/** Austrian CV in English: "Mag." before the name, dot-leader tab stops to the period, running header, place/date/signature. */
export function atDotleader(p: Person): Document {
  const d = (j: Job) => (j.end ? `${mm(j.start)}/${y(j.start)} – ${mm(j.end)}/${y(j.end)}` : `since ${mm(j.start)}/${y(j.start)}`);
  const lead = [{ type: TabStopType.RIGHT, position: 9700, leader: LeaderType.DOT }];
  const kv = (k: string, v: string) => P([T(k, { color: '555555' }), new TextRun({ children: [new Tab(), v] })], { tabStops: [{ type: TabStopType.LEFT, position: 2800 }] });
  const body = [
    P([T('CURRICULUM VITAE', { size: 18, color: '777777' })]),
    P([T(`Mag. ${p.name}`, { bold: true, size: 36 })], { spacing: { after: 60 } }),
    P([T(p.headline, { italics: true })], { spacing: { after: 200 } }),
    heading('Personal data'),
    kv('Date and place of birth', p.extra.born), kv('Citizenship', p.extra.citizenship), kv('Family status', p.extra.marital),
    kv('Address', p.address), kv('Mobile', p.phoneShown), kv('Office', p.otherPhone!.replace(' (office)', '')), kv('E-mail', p.email),
    kv('Civilian service', p.extra.service.replace('Civilian service (Zivildienst), ', 'Zivildienst, ')),
    heading('Professional experience'),
    ...rev(p).flatMap((j) => [
      P([T(`${j.title}, `, { bold: true }), T(`${j.company}, ${j.town}`), new TextRun({ children: [new Tab(), d(j)] })], { tabStops: lead, spacing: { before: 100 } }),
      ...j.duties.map((x) => P(`– ${x}`, { indent: { left: 300 } })),
    ]),
    P([T('08/2022: sabbatical month between positions', { italics: true, color: '666666' })], { spacing: { before: 80 } }),
    heading('Education'),
    ...p.edu.map((e) => P([T(`${e.degree}, ${e.school}`), new TextRun({ children: [new Tab(), `${mm(e.start)}/${y(e.start)} – ${mm(e.end)}/${y(e.end)}`] })], { tabStops: lead })),
    P([T('Matura (school-leaving exam), BG/BRG Linz-Auhof'), new TextRun({ children: [new Tab(), '06/2004'] })], { tabStops: lead }),
    heading('Further training and certificates'), ...p.certs.map((c) => P(c)),
    heading('Skills'), P(skills(p).join(' · ')),
    heading('Languages'), ...p.languages.map((l) => P(l)),
    P([T('Vienna, November 2026')], { spacing: { before: 400 } }), P([T('Lukas Hofbauer', { italics: true })]),
  ];
  return new Document({
    styles: styles(EN, 20),
    sections: [{
      properties: A4,
      headers: { default: new Header({ children: [P([T(`Mag. ${p.name} – Curriculum Vitae`, { size: 16, color: '888888' })], { alignment: AlignmentType.RIGHT })] }) },
      footers: { default: new Footer({ children: [P([new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 16 })], { alignment: AlignmentType.CENTER })] }) },
      children: body,
    }],
  });
}

/** Chinese Word 简历 on Word's own multi-level list numbering (1 / 1.1), dates "2016年7月—2018年12月" / "2022年7月至今". */
export function zhMultilevel(p: Person): Document {
  const d = (j: Job) => (j.end ? `${y(j.start)}年${m(j.start)}月—${y(j.end)}年${m(j.end)}月` : `${y(j.start)}年${m(j.start)}月至今`);
  const h1 = (t: string) => P([T(t, { bold: true, size: 26 })], { numbering: { reference: 'ml', level: 0 }, keepNext: true, spacing: { before: 240, after: 100 } });
  const h2 = (t: string) => P([T(t, { bold: true })], { numbering: { reference: 'ml', level: 1 }, spacing: { before: 120 } });
  const gap = p.id === 'p09';
  const jobs = rev(p).flatMap((j, i) => [
    ...(gap && i === 1 ? [h2('待业'), P('时间：2023年6月—2023年10月（照顾家中老人）', { indent: { left: 600 } })] : []),
    h2(`${j.company}　${j.title}`), P(`时间：${d(j)}　　地点：${j.town}`, { indent: { left: 600 } }), P(`工作内容：${j.duties.join('')}`, { indent: { left: 600 } }),
  ]);
  return new Document({
    styles: styles(ZH, 21),
    numbering: { config: [{ reference: 'ml', levels: [
      { level: 0, format: LevelFormat.DECIMAL, text: '%1', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 420, hanging: 420 } } } },
      { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 600, hanging: 600 } } } },
    ] }] },
    sections: [{
      properties: A4,
      footers: { default: new Footer({ children: [P([new TextRun({ children: ['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'], size: 16 })], { alignment: AlignmentType.CENTER })] }) },
      children: [
        P([T('个 人 简 历', { bold: true, size: 36 })], { alignment: AlignmentType.CENTER, spacing: { after: 200 } }),
        h1('个人信息'),
        h2(`姓名：${p.name}`), h2(`性别：${p.extra.gender}　　出生年月：${p.extra.born}`), h2(`手机：${p.phoneShown}`), h2(`邮箱：${p.email}`), h2(`住址：${p.address}`),
        ...(p.extra.service ? [h2(`服役情况：${p.extra.service}`)] : []),
        h1('求职意向'), P(p.headline, { indent: { left: 420 } }),
        h1('工作经历'), ...jobs,
        h1('专业技能'), ...skills(p).map((s) => h2(s)),
        h1('教育背景'), ...p.edu.map((e) => h2(`${y(e.start)}年${m(e.start)}月—${y(e.end)}年${m(e.end)}月　${e.school}　${e.degree}`)),
        h1('证书与语言'), P([...p.certs, ...p.languages].join('；') || '—', { indent: { left: 420 } }),
        h1('自我评价'), P(p.summary, { indent: { left: 420 } }),
      ],
    }],
  });
}

/** Cover letter to a Hong Kong employer (page 1), then the CV (page 2), one Word file; Chinese name with the English name. */
export function coverThenCv(p: Person): Document {
  const d = (j: Job) => `${MON[m(j.start) - 1]} ${y(j.start)} – ${j.end ? `${MON[m(j.end) - 1]} ${y(j.end)}` : 'Present'}`;
  const rt = [{ type: TabStopType.RIGHT, position: 9700 }];
  return new Document({
    styles: styles(SERIF as typeof EN, 22),
    sections: [{
      properties: A4,
      children: [
        P([T(`${p.name}  ${p.alias}`, { bold: true, size: 28 })], { alignment: AlignmentType.RIGHT }),
        P(p.address, { alignment: AlignmentType.RIGHT }), P(`Mobile: ${p.phoneShown}`, { alignment: AlignmentType.RIGHT }), P(p.email, { alignment: AlignmentType.RIGHT }),
        P('24 November 2026', { spacing: { before: 300, after: 200 } }),
        P('Ms Joanne Tse'), P('Head of Talent Acquisition'), P('Harbourline Brands Limited'), P('18/F, Kingsway Commercial Centre, 979 King’s Road, Quarry Bay, Hong Kong'), P('Tel: +852 2811 4400'),
        P([T('Re: Regional Marketing Director, Consumer Audio (Ref. HB-MKT-2611)', { bold: true })], { spacing: { before: 240, after: 200 } }),
        P('Dear Ms Tse,'),
        P('I am writing to apply for the Regional Marketing Director role advertised on your careers page. Over twelve years I have built consumer-electronics and outdoor brands across Greater China and South-East Asia, most recently leading an eleven-person APAC team at Polestone Audio.', { spacing: { before: 120, after: 120 } }),
        P('At Northwind Outdoor Gear I relaunched the brand in six markets and tripled our social following; at Brightleaf I ran marketplace growth on Amazon and Tmall. I would welcome the chance to bring the same discipline to Harbourline’s audio portfolio. My CV follows on the next page.', { spacing: { after: 120 } }),
        P('Thank you for your time and consideration.', { spacing: { after: 240 } }),
        P('Yours sincerely,'), P([T(`${p.name} (${p.alias})`, { italics: true })], { spacing: { before: 300 } }),
        P([new PageBreak()]),
        P([T(`${p.alias?.toUpperCase()}  ${p.name}`, { bold: true, size: 34 })], { alignment: AlignmentType.CENTER }),
        P(`${p.phoneShown}  |  ${p.email}  |  ${p.address.split(' / ')[1]}`, { alignment: AlignmentType.CENTER, spacing: { after: 200 } }),
        heading('PROFILE', '7B2D26'), P(p.summary),
        heading('PROFESSIONAL EXPERIENCE', '7B2D26'),
        ...rev(p).flatMap((j) => [
          P([T(j.company, { bold: true }), new TextRun({ children: [new Tab(), d(j)] })], { tabStops: rt, spacing: { before: 120 } }),
          P([T(`${j.title}, ${j.town}`, { italics: true })]), ...j.duties.map((x) => P(`• ${x}`, { indent: { left: 300 } })),
          ...(j.company === 'Northwind Outdoor Gear' ? [P([T('Career break', { bold: true }), new TextRun({ children: [new Tab(), 'Jul 2019 – Feb 2020'] })], { tabStops: rt, spacing: { before: 120 } }), P([T('Travel in South America; CIM Certificate in Marketing (part-time, online).', { italics: true })])] : []),
        ]),
        heading('SKILLS', '7B2D26'), P(skills(p).join('  •  ')),
        heading('EDUCATION', '7B2D26'), ...p.edu.map((e) => P([T(`${e.degree}, ${e.school}`), new TextRun({ children: [new Tab(), `${y(e.start)} – ${y(e.end)}`] })], { tabStops: rt })),
        heading('LANGUAGES', '7B2D26'), P(p.languages.join('; ')),
        P('Availability: one month’s notice. Expected salary: negotiable.', { spacing: { before: 200 } }),
      ],
    }],
  });
}

/** Word 分栏 "偏左": one-column title section, then a continuous section in two unequal columns with a column break. */
export function zhColsPianzuo(p: Person): Document {
  const bi = p.lang === 'mixed';
  const H = (zh: string, en: string) => heading(bi ? `${zh} ${en}` : zh, '2E5E4E');
  const d = (s: string) => `${y(s)}年${mm(s)}月`;
  const left = [
    H('基本信息', 'Profile'), P(`电话：${p.phoneShown}`), P(`邮箱：${p.email}`), P(`地址：${p.address}`), ...(p.otherPhone ? [P(`${bi ? '单位总机' : '座机'}：${p.otherPhone.replace(/[（(].*$/, '').trim()}`)] : []),
    H('专业技能', 'Skills'), ...skills(p).map((s) => P(`▪ ${s}`)),
    H('证书', 'Certificates'), ...(p.certs.length ? p.certs : ['—']).map((c) => P(c)),
    H('语言', 'Languages'), ...p.languages.map((c) => P(c)),
  ];
  const right = [
    H('工作经历', 'Experience'),
    ...rev(p).flatMap((j) => [
      P([T(`${d(j.start)} - ${j.end ? d(j.end) : '至今'}`, { color: '2E5E4E', bold: true })], { spacing: { before: 100 } }),
      P([T(j.company, { bold: true }), T(`　${j.title}`)]), ...j.duties.map((x) => P(`· ${x}`)),
    ]),
    H('教育经历', 'Education'), ...p.edu.map((e) => P(`${d(e.start)} - ${d(e.end)}　${e.school}　${e.degree}`)),
    H('自我评价', 'Summary'), P(p.summary),
  ];
  return new Document({
    styles: styles(ZH, 19),
    sections: [
      { properties: { ...A4 }, children: [
        P([T(bi ? `${p.name}  ${p.alias}` : p.name, { bold: true, size: 40, color: '2E5E4E' })]),
        P([T(`${bi ? 'Objective 求职意向' : '求职意向'}：${p.headline}`, { size: 22 })], { border: { bottom: { style: BorderStyle.THICK, size: 12, color: '2E5E4E', space: 4 } }, spacing: { after: 120 } }),
      ] },
      { properties: { ...A4, type: SectionType.CONTINUOUS, column: { equalWidth: false, separate: true, space: 360, children: [new Column({ width: 3100, space: 360 }), new Column({ width: 6246 })] } },
        footers: { default: new Footer({ children: [P([T(`${p.name} 简历`, { size: 16, color: '888888' })], { alignment: AlignmentType.RIGHT })] }) },
        children: [...left, P([new ColumnBreak()]), ...right] },
    ],
  });
}

/** English Word CV: one-column name block, then a continuous section in two columns, narrow one on the right (Word "Right" preset). */
export function colsNarrowRight(p: Person): Document {
  const d = (j: Job) => `${MON[m(j.start) - 1]} ${y(j.start)} – ${j.end ? `${MON[m(j.end) - 1]} ${y(j.end)}` : 'present'}`;
  const main = [
    heading('Experience', '6A1B9A'),
    ...rev(p).flatMap((j) => [P([T(j.title, { bold: true, size: 22 })], { spacing: { before: 120 } }), P([T(`${j.company} · ${j.town}`, { color: '444444' })]), P([T(d(j), { italics: true, size: 18, color: '6A1B9A' })]), ...j.duties.map((x) => P(`• ${x}`, { indent: { left: 240 } }))]),
    heading('Education', '6A1B9A'), ...p.edu.map((e) => P([T(e.degree, { bold: true }), T(`, ${e.school}, ${MON[m(e.start) - 1]} ${y(e.start)} – ${MON[m(e.end) - 1]} ${y(e.end)}`)])),
  ];
  const side = [
    heading('Contact', '6A1B9A'), P(p.phoneShown), P(p.email), P(p.address),
    heading('Skills', '6A1B9A'), ...skills(p).map((s) => P(s)),
    heading('Languages', '6A1B9A'), ...p.languages.map((s) => P(s)),
    heading('Interests', '6A1B9A'), P('Cross-country skiing, sauna society volunteer'),
  ];
  return new Document({
    styles: styles(EN, 19),
    sections: [
      { properties: A4, children: [P([T(p.name, { size: 44, color: '6A1B9A' })]), P([T(p.headline.toUpperCase(), { size: 20, color: '555555' })]), P(p.summary, { spacing: { before: 120, after: 120 } })] },
      { properties: { ...A4, type: SectionType.CONTINUOUS, column: { equalWidth: false, separate: true, space: 400, children: [new Column({ width: 6600, space: 400 }), new Column({ width: 2706 })] } }, children: [...main, P([new ColumnBreak()]), ...side] },
    ],
  });
}

/** Botswana public-service application for employment: surname/forenames cells, Omang no., employment table dd/mm/yyyy, referees. */
export function bwDpsm(p: Person): Document {
  const W = [2200, 2500, 2200, 2800];
  const dmy = (s: string, end = false) => `${String(end ? lastDay(s) : 1).padStart(2, '0')}/${mm(s)}/${y(s)}`;
  const lab = (t: string, o: Record<string, unknown> = {}) => cell([P([T(t, { bold: true, size: 17 })])], { ...shade('E7E6E6'), ...o });
  const sec = (t: string) => new TableRow({ children: [cell([P([T(t, { bold: true, color: 'FFFFFF' })])], { columnSpan: 4, ...shade('1F4E79') })] });
  const kv2 = (a: string, b: string, c: string, d2: string) => new TableRow({ children: [lab(a), cell(b), lab(c), cell(d2)] });
  const EW = [1300, 1300, 2500, 2300, 1100, 1200];
  const emp = table([
    new TableRow({ tableHeader: true, children: ['From (dd/mm/yyyy)', 'To (dd/mm/yyyy)', 'Name of employer', 'Position held', 'Salary scale', 'Reason for leaving'].map((t) => lab(t)) }),
    ...rev(p).map((j) => new TableRow({ children: [cell(dmy(j.start)), cell(j.end ? dmy(j.end, true) : 'To date'), cell(j.company), cell(j.title), cell(j.company.startsWith('Okavango') ? 'N/A (private)' : j.company.startsWith('Department') ? 'Unpaid' : 'D3'), cell(j.end ? (j.company === 'Kgalagadi Water Utilities' && j.end === '2014-12' ? 'Promoted' : j.company.startsWith('Department') ? 'End of attachment' : 'Career growth') : '—')] })),
  ], EW);
  return new Document({
    styles: styles(EN, 18),
    sections: [{
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 800, bottom: 800, left: 900, right: 900 } } },
      headers: { default: new Header({ children: [P([T('PSM/F/01 (Rev. 2019)', { size: 14, color: '777777' })], { alignment: AlignmentType.RIGHT })] }) },
      footers: { default: new Footer({ children: [P([new TextRun({ children: ['Applicant’s initials: K.M.      Page ', PageNumber.CURRENT], size: 14 })], { alignment: AlignmentType.RIGHT })] }) },
      children: [
        P([T('REPUBLIC OF BOTSWANA', { bold: true, size: 26 })], { alignment: AlignmentType.CENTER }),
        P([T('MINISTRY OF PUBLIC SERVICE', { bold: true })], { alignment: AlignmentType.CENTER }),
        P([T('APPLICATION FOR EMPLOYMENT IN THE PUBLIC SERVICE', { bold: true, underline: {} })], { alignment: AlignmentType.CENTER, spacing: { after: 120 } }),
        P([T('Complete in BLOCK LETTERS. Attach certified copies of Omang and certificates. Incomplete forms will not be considered.', { italics: true, size: 16 })], { alignment: AlignmentType.CENTER, spacing: { after: 120 } }),
        table([
          sec('A. POST APPLIED FOR'), kv2('Post title', 'Principal Water Engineer I', 'Vacancy ref.', 'DWS/ENG/14/2026'),
          sec('B. PERSONAL PARTICULARS'),
          kv2('Surname', p.name.split(' ')[1].toUpperCase(), 'Forenames', p.name.split(' ')[0].toUpperCase()),
          new TableRow({ children: [lab('Full name (as in Omang)'), cell(p.name.toUpperCase(), { columnSpan: 3 })] }),
          kv2('Omang No.', p.extra.omang, 'Date of birth', p.extra.born),
          kv2('Gender', p.extra.gender, 'Marital status', p.extra.marital),
          kv2('Citizenship', p.extra.nationality, 'Postal address', 'P O Box 2071, Gaborone'),
          new TableRow({ children: [lab('Residential address'), cell(p.address, { columnSpan: 3 })] }),
          kv2('Mobile no.', p.phoneShown, 'Office tel.', p.otherPhone!.replace(' (office)', '')),
          new TableRow({ children: [lab('E-mail'), cell(p.email, { columnSpan: 3 })] }),
          sec('C. EDUCATIONAL AND PROFESSIONAL QUALIFICATIONS'),
          ...p.edu.map((e) => kv2('Qualification', e.degree, 'Institution / years', `${e.school}, ${y(e.start)}–${y(e.end)}`)),
          kv2('Professional registration', p.certs[0], 'BGCSE', 'Maun Senior Secondary School, 2007'),
        ], W),
        P([T('D. EMPLOYMENT HISTORY (start with the present or most recent employment)', { bold: true })], { spacing: { before: 160, after: 60 } }),
        emp,
        P([T('E. SPECIAL SKILLS / COMPETENCIES', { bold: true })], { spacing: { before: 160, after: 60 } }),
        table([new TableRow({ children: [cell(skills(p).map((s) => P(`• ${s}`)))] })], [9700]),
        P([T('F. LANGUAGES: ', { bold: true }), T(p.languages.join('; '))], { spacing: { before: 120 } }),
        P([T('G. REFEREES (not relatives)', { bold: true })], { spacing: { before: 160, after: 60 } }),
        table([
          new TableRow({ children: ['Name', 'Position / organisation', 'Telephone'].map((t) => lab(t)) }),
          new TableRow({ children: [cell('Eng. Thato Seretse'), cell('Director, Okavango Consulting Engineers'), cell('+267 391 7720')] }),
          new TableRow({ children: [cell('Ms Boitumelo Kgosi'), cell('Operations Manager, Kgalagadi Water Utilities'), cell('+267 71 904 332')] }),
        ], [3000, 4500, 2200]),
        P([T('H. DECLARATION', { bold: true })], { spacing: { before: 160 } }),
        P(`I, ${p.name.toUpperCase()}, declare that the information given in this form is true and complete. I understand that any false statement may lead to disqualification or dismissal.`),
        P('Signature: ....................................          Date: 26/11/2026', { spacing: { before: 200 } }),
      ],
    }],
  });
}

/** 药品经营企业质量负责人简历表 (GSP filing), a Word grid: 工作简历 with 起止时间/工作单位/部门/岗位/证明人, 本人签字 and 企业盖章. */
export function gspFuzeren(p: Person): Document {
  const W = [1500, 2100, 1300, 1600, 1300, 1700];
  const d = (s: string) => `${y(s)}.${mm(s)}`;
  const lab = (t: string, o: Record<string, unknown> = {}) => cell([P([T(t, { bold: true })], { alignment: AlignmentType.CENTER })], o);
  const v = (t: string, o: Record<string, unknown> = {}) => cell([P(t, { alignment: AlignmentType.CENTER })], o);
  const refs = ['李秀兰', '张建华', '高志强'];
  return new Document({
    styles: styles(ZH, 20),
    sections: [{
      properties: A4,
      headers: { default: new Header({ children: [P([T('郑州康和医药有限公司 GSP 认证申报资料', { size: 16, color: '777777' })], { alignment: AlignmentType.CENTER })] }) },
      children: [
        P([T('附件3', { size: 20 })]),
        P([T('质量负责人简历表', { bold: true, size: 36 })], { alignment: AlignmentType.CENTER, spacing: { after: 200 } }),
        table([
          new TableRow({ children: [lab('姓　名'), v(p.name), lab('性　别'), v(p.extra.gender), lab('出生年月'), v(p.extra.born)] }),
          new TableRow({ children: [lab('政治面貌'), v(p.extra.politics), lab('学　历'), v('本科'), lab('专　业'), v('药学')] }),
          new TableRow({ children: [lab('身份证号'), v(p.extra.id, { columnSpan: 3 }), lab('职　称'), v('主管药师')] }),
          new TableRow({ children: [lab('毕业院校'), v(p.edu[0].school, { columnSpan: 3 }), lab('毕业时间'), v(`${y(p.edu[0].end)}年${m(p.edu[0].end)}月`)] }),
          new TableRow({ children: [lab('执业药师注册证编号'), v('ZY41012017081562', { columnSpan: 3 }), lab('注册单位'), v('郑州康和医药有限公司')] }),
          new TableRow({ children: [lab('手　机'), v(p.phoneShown, { columnSpan: 2 }), lab('电子邮箱'), v(p.email, { columnSpan: 2 })] }),
          new TableRow({ children: [lab('单位电话'), v(p.otherPhone!.replace('（公司质管部座机）', ''), { columnSpan: 2 }), lab('现住址'), v(p.address, { columnSpan: 2 })] }),
          new TableRow({ children: [lab('工 作 简 历', { columnSpan: 6, ...shade('D9E2F3') })] }),
          new TableRow({ children: [lab('起止时间'), lab('工作单位', { columnSpan: 2 }), lab('部门'), lab('岗位/职务'), lab('证明人')] }),
          ...p.work.map((j, i) => new TableRow({ children: [v(`${d(j.start)}-${j.end ? d(j.end) : '今'}`), v(j.company, { columnSpan: 2 }), v(j.title === '驻店药师' ? '门店' : '质量管理部'), v(j.title), v(refs[i])] })),
          new TableRow({ children: [lab('专业技能'), cell(skills(p).join('；'), { columnSpan: 5 })] }),
          new TableRow({ children: [lab('资格证书'), cell(p.certs.join('；'), { columnSpan: 5 })] }),
          new TableRow({ children: [lab('本人声明'), cell([P('本人承诺以上所填内容真实、准确，在岗执业，不在其他单位兼职。'), P(' '), P(`本人签字：${p.name}　　　　　　2026年11月16日`, { alignment: AlignmentType.RIGHT })], { columnSpan: 5 })] }),
          new TableRow({ children: [lab('企业意见'), cell([P('情况属实，同意任命为本企业质量负责人。'), P(' '), P('（企业盖章）　　法定代表人签字：　　　　　　年　月　日', { alignment: AlignmentType.RIGHT })], { columnSpan: 5 })] }),
        ], W),
        P([T('注：工作简历从参加工作时填起，须连续；证明人须为原单位负责人。', { size: 16 })], { spacing: { before: 100 } }),
      ],
    }],
  });
}

/** Engineers Australia CDR curriculum vitae (migration skills assessment) for a Chinese engineer: name as in passport, duration column, CPD table. */
export function eaCdr(p: Person): Document {
  const d = (j: Job) => `${MON[m(j.start) - 1]} ${y(j.start)} – ${j.end ? `${MON[m(j.end) - 1]} ${y(j.end)}` : 'Present'}`;
  const lab = (t: string, o: Record<string, unknown> = {}) => cell([P([T(t, { bold: true, size: 18 })])], { ...shade('DCE6F1'), ...o });
  const kv = (a: string, b: string) => new TableRow({ children: [lab(a), cell(b)] });
  const [gn, fam] = (p.alias ?? '').split(' ');
  return new Document({
    styles: styles(EN, 19),
    sections: [{
      properties: A4,
      headers: { default: new Header({ children: [P([T(`CDR – Curriculum Vitae – ${fam.toUpperCase()} ${gn} (${p.name}) – EA ID 7781264`, { size: 15, color: '666666' })])] }) },
      footers: { default: new Footer({ children: [P([new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 15 })], { alignment: AlignmentType.RIGHT })] }) },
      children: [
        P([T('CURRICULUM VITAE', { bold: true, size: 30 })], { alignment: AlignmentType.CENTER }),
        P([T('Competency Demonstration Report – Migration Skills Assessment (Professional Engineer)', { size: 18 })], { alignment: AlignmentType.CENTER, spacing: { after: 160 } }),
        table([
          kv('Name (as in passport)', `${fam.toUpperCase()} ${gn.toUpperCase()}`), kv('Name in Chinese', p.name), kv('Nominated occupation', 'Structural Engineer (ANZSCO 233214)'),
          kv('Date of birth', '17 March 1991'), kv('Nationality / passport', 'Chinese / EK3841207'), kv('Mobile', `+86 ${p.phoneShown}`), kv('E-mail', p.email),
          kv('Postal address', p.address), kv('Employer switchboard', p.otherPhone!.replace(/ \(.*\)$/, '')),
        ], [3000, 6700]),
        P([T('1. Education', { bold: true, size: 22 })], { spacing: { before: 200, after: 60 } }),
        table([
          new TableRow({ children: ['Period', 'Institution', 'Qualification'].map((t) => lab(t)) }),
          ...p.edu.map((e) => new TableRow({ children: [cell(`${MON[m(e.start) - 1]} ${y(e.start)} – ${MON[m(e.end) - 1]} ${y(e.end)}`), cell(e.school), cell(e.degree)] })),
        ], [2200, 4300, 3200]),
        P([T('2. Employment history (most recent first)', { bold: true, size: 22 })], { spacing: { before: 200, after: 60 } }),
        table([
          new TableRow({ tableHeader: true, children: ['Period', 'Months', 'Employer', 'Position', 'Type', 'Key duties'].map((t) => lab(t)) }),
          ...rev(p).map((j) => new TableRow({ children: [cell(d(j)), cell(String(months(j, '2026-11'))), cell(j.company), cell(j.title), cell('Full-time'), cell(j.duties.join(' '))] })),
        ], [1700, 800, 2000, 1700, 900, 2600]),
        P([T('3. Engineering skills and software', { bold: true, size: 22 })], { spacing: { before: 200, after: 60 } }),
        table([new TableRow({ children: [cell(skills(p).slice(0, 3).map((s) => P(`• ${s}`))), cell(skills(p).slice(3).map((s) => P(`• ${s}`)))] })], [4850, 4850]),
        P([T('4. Continuing Professional Development (last 3 years)', { bold: true, size: 22 })], { spacing: { before: 200, after: 60 } }),
        table([
          new TableRow({ children: ['Date', 'Title', 'Type / provider', 'Hours'].map((t) => lab(t)) }),
          new TableRow({ children: [cell('Mar 2024'), cell('Seismic design of steel structures (GB 50011 update)'), cell('Seminar, Tianjin Society of Civil Engineering'), cell('16')] }),
          new TableRow({ children: [cell('Oct 2024'), cell('AS 4100 steel design for overseas engineers'), cell('Online course'), cell('24')] }),
          new TableRow({ children: [cell('2023–2025'), cell('Self-study: AS/NZS 1170 loading standards'), cell('Self-study'), cell('40')] }),
        ], [1400, 4300, 3000, 1000]),
        P([T('5. Licences and registration: ', { bold: true }), T(p.certs.join('; '))], { spacing: { before: 200 } }),
        P([T('6. Languages: ', { bold: true }), T(p.languages.join('; '))]),
        P('I declare that this CV is a true and accurate account of my education and employment.', { spacing: { before: 200 } }),
        P(`Signed: ${p.alias} (${p.name})        Date: 20 November 2026`),
      ],
    }],
  });
}
