/** heldout-77: Word documents built with `docx` (each also exported to PDF by LibreOffice). */
import {
  AlignmentType, BorderStyle, ColumnBreak, Document, VerticalAlignTable, Footer, Header, LeaderType, PageNumber, Paragraph, SectionType, ShadingType, Table, TableCell,
  TableRow, TabStopType, TextRun, VerticalMergeType, WidthType, type ISectionOptions,
} from 'docx';
import type { Person } from './people.ts';
import { d, newest, range } from './lib.ts';

const A4 = { page: { size: { width: 11906, height: 16838 }, margin: { top: 1000, bottom: 1000, left: 1100, right: 1100 } } };
const CONTENT = 11906 - 2200;
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
const line = { style: BorderStyle.SINGLE, size: 4, color: '666666' };
const allBorders = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };
const P = (text: string, o: { b?: boolean; i?: boolean; size?: number; color?: string; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; after?: number; before?: number; font?: string } = {}) =>
  new Paragraph({ alignment: o.align, spacing: { after: o.after ?? 40, before: o.before ?? 0 }, children: [new TextRun({ text, bold: o.b, italics: o.i, size: o.size, color: o.color, font: o.font })] });
const bullet = (text: string, font?: string) => new Paragraph({ spacing: { after: 20 }, indent: { left: 360, hanging: 220 }, children: [new TextRun({ text: `•\t${text}`, font })], tabStops: [{ type: TabStopType.LEFT, position: 360 }] });
const cell = (children: Paragraph[] | Paragraph | string, o: { w?: number; fill?: string; span?: number; vm?: (typeof VerticalMergeType)[keyof typeof VerticalMergeType]; b?: boolean } = {}) =>
  new TableCell({
    children: typeof children === 'string' ? [P(children, { b: o.b })] : Array.isArray(children) ? children : [children],
    width: o.w ? { size: o.w, type: WidthType.DXA } : undefined,
    shading: o.fill ? { type: ShadingType.CLEAR, fill: o.fill, color: 'auto' } : undefined,
    columnSpan: o.span, verticalMerge: o.vm, margins: { top: 50, bottom: 50, left: 90, right: 90 },
  });
const doc = (sections: ISectionOptions[], font: string, size = 19) => new Document({ creator: 'Microsoft Office User', styles: { default: { document: { run: { font, size } } } }, sections });

/* D1 docx-runhead-dotleader — Irish/Canadian Word CV: name + contact only in the page header/footer, title ⇥(dot leader) dates, employer in italics. */
export function runheadDotleader(p: Person): Document {
  const right = { type: TabStopType.RIGHT, position: CONTENT, leader: LeaderType.DOT };
  const h = (t: string) => new Paragraph({ spacing: { before: 200, after: 60 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '1F4E79', space: 1 } }, children: [new TextRun({ text: t.toUpperCase(), bold: true, color: '1F4E79' })] });
  const body: Paragraph[] = [h('Profile'), P(p.summary), h('Core skills')];
  body.push(...p.skills.map((s) => bullet(s)));
  body.push(h('Career history'));
  for (const j of newest(p)) {
    body.push(new Paragraph({ tabStops: [right], spacing: { before: 100, after: 0 }, children: [new TextRun({ text: j.title, bold: true }), new TextRun({ text: j.kind ? ` (${j.kind})` : '' }), new TextRun({ text: `\t${range(j, 'UK', ' – ', 'Present')}` })] }));
    body.push(P(`${j.company}, ${j.city}`, { i: true }));
    body.push(...j.duties.map((x) => bullet(x)));
  }
  for (const b of p.breaks ?? []) body.push(new Paragraph({ tabStops: [right], children: [new TextRun({ text: b.note, italics: true }), new TextRun(`\t${range(b, 'UK', ' – ', '')}`)] }));
  body.push(h('Education'));
  for (const e of p.edu) body.push(new Paragraph({ tabStops: [right], children: [new TextRun({ text: e.degree, bold: true }), new TextRun(`\t${range(e, 'UK', ' – ', '')}`)] }), P(e.school, { i: true }));
  body.push(h('Certifications'), ...p.certs.map((c) => bullet(c)), h('Languages'), P(p.languages.join(' | ')));
  if (p.referees) { body.push(h('References')); for (const r of p.referees) body.push(P(`${r.name}, ${r.role}. Tel: ${r.phone}`)); }
  const header = new Header({ children: [
    new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun({ text: p.name, bold: true, size: 34, color: '1F4E79' }), new TextRun({ text: `   ${p.headline}`, size: 20, color: '666666' })] }),
  ] });
  const footer = new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: `${p.address}  ·  M: ${p.phoneLocal}  ·  ${p.email}  ·  Page `, size: 15, color: '555555' }), new TextRun({ children: [PageNumber.CURRENT], size: 15, color: '555555' })] })] });
  return doc([{ properties: { ...A4 }, headers: { default: header }, footers: { default: footer }, children: body }], 'Calibri', 20);
}

/* D2 docx-zh-prose-jobs — 手写 Word 简历：工作经历写成句子「2017年7月至2019年12月，就职于……，任……」；技能编号列表。 */
export function zhProseJobs(p: Person): Document {
  const F = 'SimSun';
  const h = (t: string) => new Paragraph({ spacing: { before: 200, after: 80 }, shading: { type: ShadingType.CLEAR, fill: 'D9E2F3', color: 'auto' }, children: [new TextRun({ text: t, bold: true, size: 24, font: F })] });
  const body: Paragraph[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [new TextRun({ text: '个 人 简 历', bold: true, size: 36, font: F })] }),
    P(`姓　　名：${p.name}　　　　求职岗位：${p.headline}`, { font: F }),
    P(`联系电话：${p.phoneLocal}　　　　电子邮箱：${p.email}`, { font: F }),
    P(`现 住 址：${p.address}`, { font: F }),
    ...p.otherPhones.map((o) => P(`${o.label}：${o.value}`, { font: F })),
    h('一、教育背景'),
    ...p.edu.map((e) => P(`${d(e.start, 'zh')}至${d(e.end, 'zh')}，就读于${e.school}，${e.degree}。`, { font: F })),
    h('二、工作经历'),
  ];
  newest(p).forEach((j, i) => {
    body.push(new Paragraph({ spacing: { after: 30, before: 60 }, children: [new TextRun({ text: `${i + 1}．${d(j.start, 'zh')}至${j.end ? d(j.end, 'zh') : '今'}，就职于`, font: F }), new TextRun({ text: j.company, bold: true, font: F }), new TextRun({ text: `，任${j.title}${j.kind ? `（${j.kind}）` : ''}。`, font: F })] }));
    body.push(P(`主要工作：${j.duties.join('；')}。`, { font: F }));
  });
  body.push(h('三、专业技能'));
  p.skills.forEach((s, i) => body.push(P(`（${i + 1}）${s}`, { font: F })));
  body.push(h('四、语言及证书'), P(`语言：${p.languages.join('；')}`, { font: F }), P(`证书：${p.certs.join('；')}`, { font: F }), h('五、自我评价'), P(p.summary, { font: F }));
  return doc([{ properties: { ...A4 }, children: body }], F, 21);
}

/* D3 docx-twocell-footer-contact — SG/CN returnee Word résumé: borderless 2-cell table, shaded NARROW RIGHT rail; contact only in the page footer. */
export function twocellFooterContact(p: Person): Document {
  const wideW = 6500, railW = CONTENT - 6500;
  const h = (t: string) => new Paragraph({ spacing: { before: 140, after: 50 }, children: [new TextRun({ text: t, bold: true, color: '9C2F2F', size: 22 })] });
  const main: Paragraph[] = [
    new Paragraph({ children: [new TextRun({ text: p.name, bold: true, size: 44, font: 'Noto Sans CJK SC' }), new TextRun({ text: `  ${p.alt ?? ''}`, size: 26, color: '555555' })] }),
    P(p.headline, { color: '555555', after: 100 }), h('Summary 简介'), P(p.summary), h('Experience 工作经历'),
  ];
  for (const j of newest(p)) {
    main.push(new Paragraph({ spacing: { before: 100, after: 0 }, children: [new TextRun({ text: range(j, 'YYYY.MM', ' – ', 'Present'), color: '777777', size: 17 })] }));
    main.push(new Paragraph({ children: [new TextRun({ text: j.company, bold: true }), new TextRun({ text: `, ${j.title}${j.kind ? ` (${j.kind})` : ''}` })] }));
    main.push(...j.duties.map((x) => bullet(x)));
  }
  for (const b of p.breaks ?? []) main.push(P(`${range(b, 'YYYY.MM', ' – ', '')}  ${b.note}`, { i: true, color: '777777' }));
  main.push(h('Education 教育背景'));
  for (const e of p.edu) main.push(P(`${range(e, 'YYYY.MM', ' – ', '')}  ${e.school}`, { b: true }), P(e.degree));
  const rail: Paragraph[] = [h('Skills 技能'), ...p.skills.map((s) => P(s)), h('Languages 语言'), ...p.languages.map((s) => P(s))];
  if (p.certs.length) rail.push(h('Certificates 证书'), ...p.certs.map((s) => P(s)));
  rail.push(h('Location'), P(p.city));
  const t = new Table({ width: { size: CONTENT, type: WidthType.DXA }, columnWidths: [wideW, railW], borders: noBorders, rows: [new TableRow({ children: [cell(main, { w: wideW }), cell(rail, { w: railW, fill: 'F3ECE4' })] })] });
  const footer = new Footer({ children: [new Paragraph({ border: { top: { style: BorderStyle.SINGLE, size: 4, color: '9C2F2F', space: 2 } }, alignment: AlignmentType.CENTER, children: [new TextRun({ text: `${p.phoneLocal} (M)  |  ${p.email}  |  ${p.address}${p.otherPhones[0] ? `  |  ${p.otherPhones[0].value} (${p.otherPhones[0].label})` : ''}`, size: 16 })] })] });
  return doc([{ properties: { ...A4 }, footers: { default: footer }, children: [t] }], 'Arial', 19);
}

/* D4 docx-sectcols-zh — WPS/Word 分栏：一栏页眉区（姓名、联系方式），连续分节后两栏带分隔线；左栏 技能/教育/证书，分栏符后右栏 工作经历。 */
export function zhSectCols(p: Person): Document {
  const F = 'Microsoft YaHei';
  const h = (t: string) => new Paragraph({ spacing: { before: 160, after: 60 }, border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: '2E75B6', space: 1 } }, children: [new TextRun({ text: t, bold: true, size: 23, color: '2E75B6', font: F })] });
  const head: Paragraph[] = [
    new Paragraph({ children: [new TextRun({ text: p.name, bold: true, size: 44, font: F }), new TextRun({ text: `　${p.headline}`, size: 24, color: '666666', font: F })] }),
    P(`电话：${p.phoneLocal}　｜　邮箱：${p.email}　｜　${p.address}`, { font: F, after: 120 }),
  ];
  const left: Paragraph[] = [h('专业技能'), ...p.skills.map((s) => P(`▪ ${s}`, { font: F })), h('教育背景')];
  for (const e of p.edu) left.push(P(range(e, 'YYYY.MM', ' — ', ''), { font: F, color: '666666' }), P(e.school, { b: true, font: F }), P(e.degree, { font: F }));
  left.push(h('证书'), ...p.certs.map((c) => P(c, { font: F })), h('语言'), ...p.languages.map((c) => P(c, { font: F })), h('自我评价'), P(p.summary, { font: F }));
  const right: Paragraph[] = [new Paragraph({ children: [new ColumnBreak()] }), h('工作经历')];
  for (const j of newest(p)) {
    right.push(P(range(j, 'YYYY.MM', ' — ', '至今'), { font: F, color: '666666', before: 80 }));
    right.push(P(`${j.title}${j.kind ? `（${j.kind}）` : ''}｜${j.company}`, { b: true, font: F }));
    right.push(...j.duties.map((x) => P(`· ${x}`, { font: F })));
  }
  return doc([
    { properties: { ...A4 }, children: head },
    { properties: { ...A4, type: SectionType.CONTINUOUS, column: { count: 2, space: 500, separate: true, equalWidth: true } }, children: [...left, ...right] },
  ], F, 19);
}

/* D5 docx-vmerge-sections — whole CV in one ruled table; the first column holds section labels vertically merged down the section. */
export function vmergeSections(p: Person): Document {
  const tw = p.id === 'p10';
  const mixed = p.lang === 'mixed';
  const F = tw || mixed ? 'Noto Sans CJK TC' : 'Noto Sans CJK SC';
  const L = mixed
    ? { basic: '個人資料\nPersonal', work: '工作經驗\nCareer', edu: '學歷\nEducation', sk: '技能\nSkills', lang: '語言\nLanguages', cert: '資格\nQualifications', name: 'Name 姓名', mob: 'Mobile 手提', mail: 'E-mail', addr: 'Address 地址', per: 'Period 期間', co: 'Company 公司', ti: 'Position 職位', now: 'Present' }
    : { basic: '基本資料', work: '工作經歷', edu: '學歷', sk: '專長', lang: '語言', cert: '證照', name: '姓名', mob: '行動電話', mail: 'E-mail', addr: '地址', per: '期間', co: '服務單位', ti: '職稱', now: '仍在職' };
  const W = [1600, 2200, 3400, CONTENT - 1600 - 2200 - 3400];
  const lab = (text: string, first: boolean) => new TableCell({ children: first ? text.split('\n').map((t) => P(t, { b: true, align: AlignmentType.CENTER, font: F })) : [P('')], verticalMerge: first ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE, shading: { type: ShadingType.CLEAR, fill: 'DDEBF7', color: 'auto' }, width: { size: W[0], type: WidthType.DXA }, verticalAlign: VerticalAlignTable.CENTER });
  const c = (t: string, o: { b?: boolean; span?: number; fill?: string } = {}) => cell([P(t, { b: o.b, font: F })], { span: o.span, fill: o.fill });
  const rows: TableRow[] = [];
  const block = (label: string, rs: TableCell[][]) => rs.forEach((r, i) => rows.push(new TableRow({ children: [lab(label, i === 0), ...r] })));
  const fmt = (s: string) => (mixed ? d(s, 'Mon YYYY') : d(s, 'YYYY/M'));
  block(L.basic, [
    [c(L.name, { fill: 'F2F2F2' }), c(mixed ? `${p.name}  ${p.alt}` : p.name, { b: true, span: 2 })],
    [c(L.mob, { fill: 'F2F2F2' }), c(p.phoneLocal, { span: 2 })],
    [c(L.mail, { fill: 'F2F2F2' }), c(p.email, { span: 2 })],
    [c(L.addr, { fill: 'F2F2F2' }), c(p.address, { span: 2 })],
    ...p.otherPhones.map((o) => [c(o.label, { fill: 'F2F2F2' }), c(o.value, { span: 2 })]),
  ]);
  const work: TableCell[][] = [[c(L.per, { b: true, fill: 'F2F2F2' }), c(L.co, { b: true, fill: 'F2F2F2' }), c(L.ti, { b: true, fill: 'F2F2F2' })]];
  for (const j of newest(p)) {
    work.push([c(`${fmt(j.start)}～${j.end ? fmt(j.end) : L.now}`), c(j.company), c(j.title + (j.kind ? ` (${j.kind})` : ''))]);
    work.push([cell(j.duties.map((x) => P(`・${x}`, { font: F })), { span: 3 })]);
  }
  for (const b of p.breaks ?? []) work.push([c(`${fmt(b.start)}～${fmt(b.end)}`), c(b.note, { span: 2 })]);
  block(L.work, work);
  block(L.edu, p.edu.map((e) => [c(`${fmt(e.start)}～${fmt(e.end)}`), c(e.school), c(e.degree)]));
  const sk: TableCell[][] = [];
  for (let i = 0; i < p.skills.length; i += 3) sk.push([0, 1, 2].map((k) => c(p.skills[i + k] ?? '')));
  block(L.sk, sk);
  block(L.lang, [[c(p.languages.join('、'), { span: 3 })]]);
  block(L.cert, [[c(p.certs.join('、') || '—', { span: 3 })]]);
  const t = new Table({ width: { size: CONTENT, type: WidthType.DXA }, columnWidths: W, borders: allBorders, rows });
  const title = new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 160 }, children: [new TextRun({ text: mixed ? '履歷  RÉSUMÉ' : '個 人 履 歷', bold: true, size: 34, font: F })] });
  return doc([{ properties: { ...A4 }, children: [title, t] }], F, 18);
}

/* D6 docx-en-employment-table — UK/Irish Word CV: employment in a ruled table (From | To | Employer | Position held | Reason for leaving), referees table. */
export function employmentTable(p: Person): Document {
  const W = [1050, 1050, 2500, 2600, CONTENT - 7200];
  const h = (t: string) => new Paragraph({ spacing: { before: 200, after: 80 }, children: [new TextRun({ text: t, bold: true, size: 24, underline: {} })] });
  const fmt = (s: string) => d(s, 'MM/YYYY');
  const reason = (i: number, last: boolean, kind?: string) => (last ? 'Current post' : kind ? `End of ${kind}` : ['Career progression', 'Relocation', 'Better opportunity'][i % 3]);
  const jobs = newest(p);
  const rows = [new TableRow({ tableHeader: true, children: ['From', 'To', 'Employer', 'Position held', 'Reason for leaving'].map((t, i) => cell(t, { b: true, fill: 'D9D9D9', w: W[i] })) })];
  jobs.forEach((j, i) => {
    const promoted = jobs[i - 1]?.company === j.company;
    rows.push(new TableRow({ children: [cell(fmt(j.start), { w: W[0] }), cell(j.end ? fmt(j.end) : 'to date', { w: W[1] }), cell([P(j.company, { b: true }), P(j.city, { i: true })], { w: W[2] }),
      cell([P(j.title + (j.kind ? ` (${j.kind})` : '')), ...j.duties.map((x) => bullet(x))], { w: W[3] }), cell(promoted ? 'Promoted internally' : reason(i, !j.end, j.kind), { w: W[4] })] }));
  });
  const body: (Paragraph | Table)[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'CURRICULUM VITAE', size: 20, color: '666666' })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 60 }, children: [new TextRun({ text: p.name, bold: true, size: 36 })] }),
    new Table({ width: { size: CONTENT, type: WidthType.DXA }, columnWidths: [2000, CONTENT - 2000], borders: noBorders, rows: [
      ['Address', p.address], ['Mobile', p.phoneLocal], ...p.otherPhones.map((o) => [o.label, o.value]), ['E-mail', p.email],
    ].map(([a, b]) => new TableRow({ children: [cell(a, { b: true, w: 2000 }), cell(b, { w: CONTENT - 2000 })] })) }),
    h('Personal Profile'), P(p.summary), h('Key Skills'),
    new Table({ width: { size: CONTENT, type: WidthType.DXA }, columnWidths: [CONTENT / 2, CONTENT / 2], borders: noBorders, rows: Array.from({ length: Math.ceil(p.skills.length / 2) }, (_, i) => new TableRow({ children: [cell(bullet(p.skills[2 * i]), { w: CONTENT / 2 }), cell(p.skills[2 * i + 1] ? bullet(p.skills[2 * i + 1]) : P(''), { w: CONTENT / 2 })] })) }),
    h('Employment History'), new Table({ width: { size: CONTENT, type: WidthType.DXA }, columnWidths: W, borders: allBorders, rows }),
    h('Education & Training'),
    new Table({ width: { size: CONTENT, type: WidthType.DXA }, columnWidths: [1050, 1050, CONTENT - 2100], borders: allBorders, rows: p.edu.map((e) => new TableRow({ children: [cell(fmt(e.start), { w: 1050 }), cell(fmt(e.end), { w: 1050 }), cell(`${e.degree} — ${e.school}`, { w: CONTENT - 2100 })] })) }),
    h('Certificates'), ...p.certs.map((c) => bullet(c)), h('Languages'), P(p.languages.join(', ')),
  ];
  if (p.referees) {
    body.push(h('Referees'), new Table({ width: { size: CONTENT, type: WidthType.DXA }, columnWidths: [2600, 4400, CONTENT - 7000], borders: allBorders, rows: [
      new TableRow({ children: ['Name', 'Position / organisation', 'Telephone'].map((t) => cell(t, { b: true, fill: 'D9D9D9' })) }),
      ...p.referees.map((r) => new TableRow({ children: [cell(r.name), cell(r.role), cell(r.phone)] })),
    ] }));
  }
  return doc([{ properties: { ...A4 }, children: body }], 'Arial', 19);
}
