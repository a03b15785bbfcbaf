/** DOCX templates of heldout-70 (built with `docx`); LibreOffice later prints each to PDF. */
import { AlignmentType, BorderStyle, ColumnBreak, Document, Footer, Header, PageBreak, PageNumber, Paragraph, ShadingType, Table, TableCell, TableRow, TabStopType, TextRun, Textbox, VerticalMergeType, WidthType, FrameAnchorType, HorizontalPositionAlign, VerticalPositionAlign } from 'docx';
import type { Job, Person } from './people.ts';
import { L, acad, dot, durEn, durZh, groups, mmyyyy, mon3, monF, months, quarter, slash, tops, zhYM } from './fmt.ts';

const EN = 'Calibri', ZH = 'SimSun';
const font = (p: Person) => p.language === 'en' ? EN : { ascii: 'Arial', hAnsi: 'Arial', eastAsia: 'SimSun' };
const run = (text: string, o: Record<string, unknown> = {}) => new TextRun({ text, ...o });
const para = (children: (TextRun | ColumnBreak | PageBreak)[] | string, o: Record<string, unknown> = {}) => new Paragraph({ children: typeof children === 'string' ? [run(children)] : children, spacing: { after: 60 }, ...o });
const bullets = (b: string[], indent = 360) => b.map((x) => new Paragraph({ children: [run(x)], bullet: { level: 0 }, indent: { left: indent + 240, hanging: 240 }, spacing: { after: 30 } }));
const heading = (t: string, color = '1F3864') => new Paragraph({ children: [run(t, { bold: true, color, size: 24 })], spacing: { before: 200, after: 80 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color, space: 1 } } });
const pageFooter = (label: (cur: string) => (TextRun)[]) => new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: label('') })] });
const nb = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: nb, bottom: nb, left: nb, right: nb, insideHorizontal: nb, insideVertical: nb };
const cell = (children: Paragraph[] | string, o: Record<string, unknown> = {}) => new TableCell({ children: typeof children === 'string' ? [para(children)] : children, margins: { top: 40, bottom: 40, left: 80, right: 80 }, ...o });
const shade = (fill: string) => ({ shading: { type: ShadingType.CLEAR, fill, color: 'auto' } });
const mkDoc = (p: Person, sections: ConstructorParameters<typeof Document>[0]['sections'], size = 20) => new Document({ creator: p.alias ?? p.name, styles: { default: { document: { run: { font: font(p), size } } } }, sections });
const margins = { page: { margin: { top: 1000, bottom: 1000, left: 1100, right: 1100 } } };

/** UK teacher CV: academic-year ranges "2016/17 – 2019/20", two roles at one school under one range, header name + "Page X of Y", a job broken over the page. */
export function acyearWord(p: Person): Document {
  const ay = (j: Job) => `${acad(j.start)} – ${j.end ? acad(j.end) : 'present'}`;
  const body: Paragraph[] = [para([run(p.name, { size: 40, bold: true })], { spacing: { after: 40 } }), para(`${p.address}  ·  Mobile ${p.phonePrinted}  ·  ${p.email}`), para(`${p.otherPhone?.label}: ${p.otherPhone?.printed} (messages only)`),
    heading('Personal Statement'), para(p.summary + ' Committed to every pupil making progress, whatever their starting point.'), heading('Teaching Career (academic years)')];
  const ts = tops(p);
  ts.forEach((t, n) => {
    const inner = t.inner.filter((k) => k.kind === 'concurrent');
    const title = [t.job.title, ...inner.map((k) => k.title)].join(' and ');
    body.push(new Paragraph({ children: [run(title, { bold: true }), run('\t' + ay(t.job), { bold: true })], tabStops: [{ type: TabStopType.RIGHT, position: 9700 }], spacing: { before: 120, after: 20 } }));
    body.push(para([run(t.job.company, { italics: true }), run(`   (${t.job.end ? `${monF(t.job.start)} to ${monF(t.job.end)}` : `from ${monF(t.job.start)}`})`, { size: 17, color: '666666' })]));
    const b = [...t.job.bullets, ...inner.flatMap((k) => k.bullets), 'Planned and taught lessons to department schemes of work', 'Tracked progress and reported to parents each term', 'Led departmental moderation of internal assessments'];
    b.forEach((x, i) => body.push(new Paragraph({ children: [run(x)], bullet: { level: 0 }, pageBreakBefore: n === 1 && i === 3, spacing: { after: 30 } })));
  });
  body.push(heading('Education and Qualifications'), ...p.education.map((e) => para(`${e.degree}, ${e.school} (${e.start.slice(0, 4)}–${e.end.slice(0, 4)})`)), para(`Professional: ${p.certs?.join('; ')}`),
    heading('Key Skills'), ...p.skills.map((k) => new Paragraph({ children: [run(k)], bullet: { level: 0 } })), heading('Languages'), para(p.languages.join(', ')),
    heading('Referees'), para('Mrs K. Adeyemi, Headteacher, Linmoor High School — 01632 960 245'), para('Mr P. Hollins, Head of Mathematics — 01632 960 311'));
  return mkDoc(p, [{ properties: margins, headers: { default: new Header({ children: [new Paragraph({ children: [run(`${p.name} — Curriculum Vitae`, { color: '666666', size: 16 }), run('\tPage ', { color: '666666', size: 16 }), new TextRun({ children: [PageNumber.CURRENT], color: '666666', size: 16 }), run(' of ', { color: '666666', size: 16 }), new TextRun({ children: [PageNumber.TOTAL_PAGES], color: '666666', size: 16 })], tabStops: [{ type: TabStopType.RIGHT, position: 9700 }] })] }) }, children: body }], 22);
}

/** Internal expression of interest on the council's Word template: the employer's name in the header, "OFFICIAL" footer; secondment and acting post inside the current job. */
export function internalEoi(p: Person): Document {
  const cur = p.work.find((j) => j.end === null)!;
  const body: Paragraph[] = [para([run('Expression of Interest — Team Leader, Development Management (internal vacancy ref. DM/114)', { bold: true, size: 24 })]),
    para([run('Applicant: ', { bold: true }), run(p.name), run('    Service: ', { bold: true }), run('Planning & Regeneration')]),
    para([run('Personal mobile: ', { bold: true }), run(p.phonePrinted), run('    Work: ', { bold: true }), run(p.otherPhone!.printed)]), para([run('Personal e-mail: ', { bold: true }), run(p.email)]),
    heading('Current post', '7B1F2E'), para([run(`${cur.title}, ${cur.company}`, { bold: true }), run(`  —  since ${mon3(cur.start)}`)]), ...bullets(cur.bullets, 0)];
  for (const k of p.work.filter((j) => j.parent === p.work.indexOf(cur))) {
    body.push(new Paragraph({ children: [run(k.kind === 'secondment' ? 'Secondment: ' : 'Acting up: ', { bold: true, color: '7B1F2E' }), run(`${k.title.replace(' (secondment)', '')}, ${k.company}`), run(`  (${mon3(k.start)} – ${k.end ? mon3(k.end) : 'present'}; ${durEn(months(k))})`, { italics: true })], indent: { left: 567 }, spacing: { before: 80, after: 20 } }), ...bullets(k.bullets, 567));
  }
  body.push(heading('Previous employment', '7B1F2E'));
  for (const j of p.work.filter((x) => x.parent === undefined && x !== cur).reverse()) body.push(para([run(`${mon3(j.start)} – ${mon3(j.end!)}`, { bold: true }), run(`\t${j.title}, ${j.company}`)], { tabStops: [{ type: TabStopType.LEFT, position: 2300 }] }), ...bullets(j.bullets, 2300));
  body.push(heading('Skills relevant to the post', '7B1F2E'), ...bullets(p.skills, 0), heading('Qualifications and memberships', '7B1F2E'), ...p.education.map((e) => para(`${e.degree}, ${e.school} (${e.end.slice(0, 4)})`)), para(p.certs!.join(' · ')),
    heading('Welsh language', '7B1F2E'), para(p.languages.join('; ')), para([run('Line manager informed: ', { bold: true }), run('Yes')]));
  const hdr = new Header({ children: [new Paragraph({ children: [run('MAWDDACH BOROUGH COUNCIL', { bold: true, color: '7B1F2E', size: 22 }), run('\tCYNGOR BWRDEISTREF MAWDDACH', { color: '7B1F2E', size: 16 })], tabStops: [{ type: TabStopType.RIGHT, position: 9700 }], border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: '7B1F2E', space: 2 } } }), para([run('Human Resources — Internal Expression of Interest form HR/EOI/3', { size: 16, color: '555555' })])] });
  const ftr = new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run('OFFICIAL – SENSITIVE (when completed)   ·   Page ', { size: 16 }), new TextRun({ children: [PageNumber.CURRENT], size: 16 })] })] });
  return mkDoc(p, [{ properties: margins, headers: { default: hdr }, footers: { default: ftr }, children: body }]);
}

/** 中文 Word 简历（无表格）: 页眉"陈思琪 个人简历"、页脚"第 X 页 共 Y 页"; "2017年7月至2021年5月" and an "其间代理" line; history runs over the page. */
export function zhDailiWord(p: Person): Document {
  const body: Paragraph[] = [para([run(p.name, { bold: true, size: 44 })], { alignment: AlignmentType.CENTER }), para(`求职意向：${p.headline}`, { alignment: AlignmentType.CENTER }),
    para(`手机：${p.phonePrinted}　　${p.otherPhone?.label}：${p.otherPhone?.printed}　　邮箱：${p.email}`, { alignment: AlignmentType.CENTER }), heading('一、个人概况', '000000'), para(p.summary + '具备制造业与医疗器械行业财务管理经验，熟悉上市公司信息披露要求。'), heading('二、工作经历', '000000')];
  for (const t of tops(p)) {
    body.push(para([run(`${zhYM(t.job.start)}至${t.job.end ? zhYM(t.job.end) : '今'}`, { bold: true }), run(`　　${t.job.company}　　${t.job.title}`, { bold: true })], { spacing: { before: 120, after: 40 } }));
    t.job.bullets.concat(['参与年度审计对接与税务稽查应对', '定期向管理层汇报经营分析']).forEach((b, i) => body.push(para(`（${'一二三四五'[i]}）${b}`, { indent: { left: 420 } })));
    for (const k of t.inner) body.push(para([run(`其间：${zhYM(k.start)}起${k.kind === 'acting' ? '代理' : '兼任'}${k.title.replace('（代理）', '')}，至${k.end ? zhYM(k.end) : '今'}。`, { italics: true }), run(k.bullets.join('；'))], { indent: { left: 420 } }));
  }
  body.push(heading('三、教育背景', '000000'), ...p.education.map((e) => para(`${zhYM(e.start)}至${zhYM(e.end)}　　${e.school}　　${e.degree}`)), heading('四、专业技能', '000000'), ...p.skills.map((k) => para(`● ${k}`, { indent: { left: 420 } })),
    heading('五、资格证书', '000000'), para(p.certs!.join('、')), heading('六、语言能力', '000000'), para(p.languages.join('、')));
  return mkDoc(p, [{ properties: margins, headers: { default: new Header({ children: [para([run(`${p.name}　个人简历`, { size: 16, color: '808080' })], { alignment: AlignmentType.RIGHT })] }) },
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run('第 '), new TextRun({ children: [PageNumber.CURRENT] }), run(' 页　共 '), new TextRun({ children: [PageNumber.TOTAL_PAGES] }), run(' 页')] })] }) }, children: body }], 22);
}

/** HK bilingual Word CV: header with the name left and "Currently with <employer>" right; ranges with "(2 yrs 3 mos)"; secondment and interim roles as indented sub-entries. */
export function hkSecondmentWord(p: Person): Document {
  const cur = p.work.find((j) => j.end === null)!;
  const body: Paragraph[] = [para([run(p.name + '  ', { bold: true, size: 36 }), run(p.alias!, { size: 28, color: '444444' })]), para(p.headline, { spacing: { after: 20 } }),
    para(`Mobile 手提: ${p.phonePrinted}   ·   ${p.otherPhone!.label}: ${p.otherPhone!.printed}   ·   Email 電郵: ${p.email}`), heading('Profile 個人簡介', '0E6655'), para(p.summary), heading('Career History 工作經驗', '0E6655')];
  for (const g of groups(p)) {
    body.push(para([run(g.company.toUpperCase(), { bold: true })], { spacing: { before: 140, after: 20 } }));
    for (const t of g.items) {
      body.push(para([run(t.job.title, { bold: true }), run(`\t${mmyyyy(t.job.start)} – ${t.job.end ? mmyyyy(t.job.end) : 'Present 至今'}  (${durEn(months(t.job))})`)], { tabStops: [{ type: TabStopType.RIGHT, position: 9700 }] }), ...bullets(t.job.bullets, 0));
      for (const k of t.inner) body.push(para([run(`${k.kind === 'secondment' ? 'Seconded ▸ ' : 'Interim ▸ '}${k.title}`, { italics: true, bold: true }), run(`\t${mmyyyy(k.start)} – ${k.end ? mmyyyy(k.end) : 'Present'}  (${durEn(months(k))})`, { italics: true })], { indent: { left: 567 }, tabStops: [{ type: TabStopType.RIGHT, position: 9700 }] }), ...bullets(k.bullets, 567));
    }
  }
  body.push(heading('Skills 專業技能', '0E6655'), para(p.skills.join('  |  ')), heading('Education 學歷', '0E6655'), ...p.education.map((e) => para(`${e.school} — ${e.degree} (${e.start.slice(0, 4)}–${e.end.slice(0, 4)})`)),
    heading('Licences 牌照', '0E6655'), ...bullets(p.certs!, 0), heading('Languages 語言', '0E6655'), para(p.languages.join(' / ')), para('Availability 可上班日期: one month’s notice 一個月通知'));
  const hdr = new Header({ children: [new Paragraph({ children: [run(`${p.alias} ${p.name}`, { size: 16, color: '0E6655' }), run(`\tCurrently with ${cur.company}`, { size: 16, color: '0E6655' })], tabStops: [{ type: TabStopType.RIGHT, position: 9700 }] })] });
  return mkDoc(p, [{ properties: margins, headers: { default: hdr }, footers: { default: new Footer({ children: [para([run('Page '), new TextRun({ children: [PageNumber.CURRENT] })], { alignment: AlignmentType.RIGHT })] }) }, children: body }]);
}

// ---------------------------------------------------------------- tables
/** Bordered employment table: the employer cell merged down its roles; From / To each a cell with month over year; concurrent roles share one row and range; agency assignments name the client. */
export function mergedRoles(p: Person): Document {
  const head = new TableRow({ tableHeader: true, children: ['Employer', 'Role', 'From', 'To'].map((h) => cell([para([run(h, { bold: true, color: 'FFFFFF' })])], shade('404040'))) });
  const rows: TableRow[] = [head];
  const my = (s: string | null) => s ? [para(mon3(s).split(' ')[0], { alignment: AlignmentType.CENTER, spacing: { after: 0 } }), para(s.slice(0, 4), { alignment: AlignmentType.CENTER })] : [para('to date', { alignment: AlignmentType.CENTER })];
  for (const g of groups(p)) {
    g.items.forEach((t, i) => {
      const con = t.inner.filter((k) => k.kind === 'concurrent');
      const role = [para([run([t.job.title, ...con.map((k) => k.title)].join(' / '), { bold: true })]), ...(t.job.via ? [para([run(`Client: ${t.job.via}`, { italics: true })])] : []), ...bullets([...t.job.bullets, ...con.flatMap((k) => k.bullets)], 0)];
      rows.push(new TableRow({ children: [
        cell(i === 0 ? [para([run(g.company, { bold: true })]), ...(g.items.some((x) => x.job.via) ? [para([run('(recruitment agency — contract assignments)', { size: 16 })])] : [])] : [para('')], { verticalMerge: i === 0 ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE, ...shade('F2F2F2') }),
        cell(role), cell(my(t.job.start)), cell(my(t.job.end))] }));
    });
  }
  const w = [2600, 4900, 1100, 1100];
  const table = new Table({ rows, width: { size: 9700, type: WidthType.DXA }, columnWidths: w });
  return mkDoc(p, [{ properties: margins, children: [para([run(p.name, { bold: true, size: 36 })]), para(`${p.headline}`), para(`Mobile: ${p.phonePrinted}    ${p.otherPhone ? `${p.otherPhone.label}: ${p.otherPhone.printed}    ` : ''}E-mail: ${p.email}    ${p.address}`),
    heading('Profile', '404040'), para(p.summary), heading('Employment', '404040'), table, heading('Skills', '404040'),
    new Table({ width: { size: 9700, type: WidthType.DXA }, columnWidths: [4850, 4850], rows: Array.from({ length: Math.ceil(p.skills.length / 2) }, (_, r) => new TableRow({ children: [0, 1].map((c) => cell(p.skills[r * 2 + c] ?? '')) })) }),
    heading('Education', '404040'), ...p.education.map((e) => para(`${e.degree} — ${e.school}, ${e.start.slice(0, 4)}–${e.end.slice(0, 4)}`)), heading('Professional Qualifications', '404040'), para(p.certs!.join(', ')), heading('Languages', '404040'), para(p.languages.join(', '))] }]);
}

/** US product CV as a table with quarters in their own cells: Start (Q) | End (Q) | Role | Company | Qtrs. */
export function quarterTable(p: Person): Document {
  const hd = ['Start', 'End', 'Role', 'Company', 'Qtrs'];
  const rows = [new TableRow({ tableHeader: true, children: hd.map((h) => cell([para([run(h, { bold: true })])], shade('D9E2F3'))) }),
    ...p.work.slice().reverse().map((j) => new TableRow({ children: [cell(quarter(j.start)), cell(j.end ? quarter(j.end) : 'Current'), cell([para([run(j.title, { bold: true })]), ...(j.kind === 'acting' ? [para([run('(interim, held alongside Senior PM)', { italics: true, size: 16 })])] : []), ...bullets(j.bullets, 0)]), cell(j.company), cell(String(Math.round(months(j) / 3)))] }))];
  return mkDoc(p, [{ properties: margins, children: [para([run(p.name, { bold: true, size: 36 }), run(`   ${p.headline}`, { size: 22, color: '555555' })]), para(`${p.address} | cell ${p.phonePrinted} | office ${p.otherPhone!.printed} | ${p.email}`),
    heading('Summary'), para(p.summary), heading('Experience by quarter'), new Table({ rows, width: { size: 9700, type: WidthType.DXA }, columnWidths: [1050, 1050, 4300, 2600, 700] }),
    heading('Skills'), new Table({ width: { size: 9700, type: WidthType.DXA }, columnWidths: [2425, 2425, 2425, 2425], rows: [0, 1].map((r) => new TableRow({ children: [0, 1, 2, 3].map((c) => cell(p.skills[r * 4 + c] ?? '')) })) }),
    heading('Education'), ...p.education.map((e) => para(`${e.school} — ${e.degree} (${e.end.slice(0, 4)})`)), heading('Certifications'), para(p.certs!.join(', ')), heading('Languages'), para(p.languages.join(', '))] }]);
}

/** 工作履历表 (Word): 起始年月 / 终止年月 / 单位 / 职务 / 时长; 借调、挂职 as indented "其中" rows; header with the name, footer with page numbers. */
export function zhJiediaoTable(p: Person): Document {
  const h = ['起始年月', '终止年月', '工作单位', '职务', '时长'];
  const rows = [new TableRow({ tableHeader: true, children: h.map((x) => cell([para([run(x, { bold: true })], { alignment: AlignmentType.CENTER })], shade('E7E6E6'))) })];
  for (const t of tops(p).reverse()) {
    rows.push(new TableRow({ children: [cell(dot(t.job.start)), cell(t.job.end ? dot(t.job.end) : '至今'), cell(t.job.company), cell(t.job.title), cell(durZh(months(t.job)))] }));
    for (const k of t.inner) rows.push(new TableRow({ children: [cell(dot(k.start)), cell(k.end ? dot(k.end) : '至今'), cell([para([run('其中：', { italics: true }), run(k.company)])]), cell(k.title), cell(durZh(months(k)))] }));
    rows.push(new TableRow({ children: [cell([para([run('主要工作：', { bold: true }), run([...t.job.bullets, ...t.inner.flatMap((k) => k.bullets)].join('；'))])], { columnSpan: 5 })] }));
  }
  return mkDoc(p, [{ properties: margins, headers: { default: new Header({ children: [para([run(`${p.name}　工作履历`, { size: 16, color: '7F7F7F' })])] }) }, footers: { default: new Footer({ children: [para([run('— '), new TextRun({ children: [PageNumber.CURRENT] }), run(' —')], { alignment: AlignmentType.CENTER })] }) },
    children: [para([run('个 人 简 历', { bold: true, size: 36 })], { alignment: AlignmentType.CENTER }),
      new Table({ width: { size: 9700, type: WidthType.DXA }, columnWidths: [1500, 3350, 1500, 3350], rows: [
        new TableRow({ children: [cell('姓　　名', shade('E7E6E6')), cell(p.name), cell('手　　机', shade('E7E6E6')), cell(p.phonePrinted)] }),
        new TableRow({ children: [cell('电子邮箱', shade('E7E6E6')), cell(p.email), cell(p.otherPhone!.label, shade('E7E6E6')), cell(p.otherPhone!.printed)] }),
        new TableRow({ children: [cell('应聘岗位', shade('E7E6E6')), cell(p.headline), cell('职业资格', shade('E7E6E6')), cell(p.certs!.join('、'))] })] }),
      heading('工作经历', '000000'), new Table({ rows, width: { size: 9700, type: WidthType.DXA }, columnWidths: [1250, 1250, 3300, 2600, 1300] }),
      heading('教育经历', '000000'), ...p.education.map((e) => para(`${dot(e.start)}—${dot(e.end)}　${e.school}　${e.degree}`)), heading('专业技能', '000000'), para(p.skills.join('；')), heading('语言', '000000'), para(p.languages.join('；')), heading('自我评价', '000000'), para(p.summary)] }]);
}

/** Bilingual application-style table with the year and the month of each end in their own cells (From 年 | 月 | To 年 | 月). */
export function ymCells(p: Person): Document {
  const c = (s: string) => cell([para(s, { alignment: AlignmentType.CENTER })]);
  const hdr1 = new TableRow({ tableHeader: true, children: [cell('自 From', { columnSpan: 2, ...shade('DEEAF6') }), cell('至 To', { columnSpan: 2, ...shade('DEEAF6') }), cell('公司 Company', { rowSpan: 2, ...shade('DEEAF6') }), cell('职位 Position', { rowSpan: 2, ...shade('DEEAF6') })] });
  const hdr2 = new TableRow({ tableHeader: true, children: ['年 Yr', '月 Mo', '年 Yr', '月 Mo'].map((x) => cell(x, shade('DEEAF6'))) });
  const rows = [hdr1, hdr2];
  for (const t of tops(p)) {
    rows.push(new TableRow({ children: [c(t.job.start.slice(0, 4)), c(String(+t.job.start.slice(5))), t.job.end ? c(t.job.end.slice(0, 4)) : cell('至今 Present', { columnSpan: 2 }), ...(t.job.end ? [c(String(+t.job.end.slice(5)))] : []), cell(t.job.company), cell(t.job.title)] }));
    rows.push(new TableRow({ children: [cell([para([run('职责 Duties: ', { bold: true }), run(t.job.bullets.join('; '))])], { columnSpan: 6 })] }));
  }
  return mkDoc(p, [{ properties: margins, children: [para([run(`${p.name}  ${p.alias}`, { bold: true, size: 34 })]), para(p.headline),
    new Table({ width: { size: 9700, type: WidthType.DXA }, columnWidths: [2000, 2850, 2000, 2850], rows: [
      new TableRow({ children: [cell('手机 Mobile', shade('DEEAF6')), cell(p.phonePrinted), cell('邮箱 Email', shade('DEEAF6')), cell(p.email)] }),
      new TableRow({ children: [cell('地址 Address', shade('DEEAF6')), cell(p.address, { columnSpan: 3 })] })] }),
    heading('工作经历 Employment Record'), new Table({ rows, width: { size: 9700, type: WidthType.DXA }, columnWidths: [800, 700, 800, 700, 3700, 3000] }),
    heading('技能 Skills'), para(p.skills.join(' / ')), heading('教育 Education'), ...p.education.map((e) => para(`${e.start.slice(0, 4)}.${e.start.slice(5)} – ${e.end.slice(0, 4)}.${e.end.slice(5)}  ${e.school}  ${e.degree}`)),
    heading('证书 Certificates'), para(p.certs!.join(', ')), heading('语言 Languages'), para(p.languages.join(', ')), heading('简介 Summary'), para(p.summary)] }]);
}

// ---------------------------------------------------------------- two-column
/** Word résumé with a VML text box on the right holding contact, skills and a "Currently" call-out; the body is indented away from it. */
export function textboxCallout(p: Person): Document {
  const cur = p.work.find((j) => j.end === null)!;
  const box = new Textbox({ style: { width: '170pt', height: '560pt', position: 'absolute', positionHorizontal: 'absolute', positionHorizontalRelative: 'margin', positionVertical: 'absolute', positionVerticalRelative: 'margin', left: '320pt', top: '70pt', wrapStyle: 'square' },
    children: [para([run('CONTACT', { bold: true, color: '2E5E4E' })]), para(`Mobile ${p.phonePrinted}`), ...(p.otherPhone ? [para(`${p.otherPhone.label} ${p.otherPhone.printed}`)] : []), para(p.email), para(p.address),
      para([run('CURRENTLY', { bold: true, color: '2E5E4E' })], { spacing: { before: 160, after: 40 } }), para([run(cur.title, { bold: true })]), para(cur.company), para(`since ${mon3(cur.start)}`),
      para([run('SKILLS', { bold: true, color: '2E5E4E' })], { spacing: { before: 160, after: 40 } }), ...p.skills.map((k) => para(`▪ ${k}`, { spacing: { after: 20 } })),
      para([run('LANGUAGES', { bold: true, color: '2E5E4E' })], { spacing: { before: 160, after: 40 } }), ...p.languages.map((k) => para(k)),
      para([run('LICENCES', { bold: true, color: '2E5E4E' })], { spacing: { before: 160, after: 40 } }), ...(p.certs ?? []).map((k) => para(k))] });
  const R = { right: 3700 };
  const body: (Paragraph | Textbox)[] = [para([run(p.name, { bold: true, size: 40, color: '2E5E4E' })]), para(p.headline, { indent: R }), box, heading('Profile', '2E5E4E'), para(p.summary, { indent: R }), heading('Work History', '2E5E4E')];
  for (const t of tops(p)) {
    body.push(para([run(t.job.title, { bold: true })], { indent: R, spacing: { before: 100, after: 10 } }), para([run(t.job.company, { italics: true }), run(` · ${mmyyyy(t.job.start)}–${t.job.end ? mmyyyy(t.job.end) : 'current'}`)], { indent: R }));
    body.push(...t.job.bullets.map((b) => new Paragraph({ children: [run(b)], bullet: { level: 0 }, indent: { left: 480, hanging: 240, right: 3700 } })));
    for (const k of t.inner) body.push(para([run(`↳ ${k.title}${k.company !== t.job.company ? ', ' + k.company : ''}`, { italics: true }), run(` · ${mmyyyy(k.start)}–${k.end ? mmyyyy(k.end) : 'current'}`)], { indent: { left: 360, right: 3700 } }));
  }
  body.push(heading('Education', '2E5E4E'), ...p.education.map((e) => para(`${e.degree}, ${e.school} (${e.end.slice(0, 4)})`, { indent: R })));
  return mkDoc(p, [{ properties: margins, children: body as Paragraph[] }]);
}

/** 外包/驻场 Word 简历: a framed side panel on the right (w:framePr) with contact and skills; the outsourcing employer's heading lists each 驻场 client with its range split over two lines. */
export function zhWaibaoFrame(p: Person): Document {
  const fr = (text: string, o: Record<string, unknown> = {}, first = false) => new Paragraph({ children: [run(text, o)], frame: { type: 'alignment', width: 2900, height: 9000, anchor: { horizontal: FrameAnchorType.MARGIN, vertical: FrameAnchorType.MARGIN }, alignment: { x: HorizontalPositionAlign.RIGHT, y: VerticalPositionAlign.TOP }, wrap: 'around' as never }, shading: { type: ShadingType.CLEAR, fill: 'EDF2F8', color: 'auto' }, spacing: { after: first ? 80 : 40 } });
  const panel = [fr('联系方式', { bold: true, color: '1F4E79' }, true), fr(`手机 ${p.phonePrinted}`), fr(p.email), fr(p.address), fr('专业技能', { bold: true, color: '1F4E79' }), ...p.skills.map((k) => fr(`· ${k}`)), fr('证书', { bold: true, color: '1F4E79' }), ...p.certs!.map((k) => fr(k)), fr('语言', { bold: true, color: '1F4E79' }), ...p.languages.map((k) => fr(k)), fr('教育', { bold: true, color: '1F4E79' }), ...p.education.map((e) => fr(`${e.school}｜${e.degree}｜${e.start.slice(0, 4)}-${e.end.slice(0, 4)}`))];
  const R = { right: 3200 };
  const body: Paragraph[] = [...panel, para([run(p.name, { bold: true, size: 40 })], { indent: R }), para(p.headline, { indent: R }), heading('个人简介', '1F4E79'), para(p.summary, { indent: R }), heading('工作经历', '1F4E79')];
  for (const g of groups(p)) {
    body.push(para([run(g.company, { bold: true, size: 22 }), run(g.items.some((t) => t.job.via) ? '（外包，驻场客户项目）' : '')], { indent: R, spacing: { before: 120, after: 40 } }));
    for (const t of g.items) {
      body.push(para([run(`${dot(t.job.start)} —`, { color: '1F4E79' }), run(`\t${t.job.via ? `驻场：${t.job.via}　` : ''}${t.job.title}`, { bold: true })], { indent: { left: 1300, hanging: 1300, right: 3200 }, tabStops: [{ type: TabStopType.LEFT, position: 1300 }], spacing: { after: 0 } }),
        para([run(t.job.end ? dot(t.job.end) : '至今', { color: '1F4E79' })], { indent: R }), ...t.job.bullets.map((b) => para(`- ${b}`, { indent: { left: 1300, right: 3200 } })));
    }
  }
  return mkDoc(p, [{ properties: margins, children: body }], 21);
}

/** Word document: a one-column name section, then a continuous two-column (newspaper) section where the history flows from the left column into the right one in the middle of a job. */
export function newspaperFlow(p: Person): Document {
  const top = [para([run(p.name, { bold: true, size: 40 }), run(`   ${p.alias}`, { size: 28 })], { alignment: AlignmentType.CENTER }), para(p.headline, { alignment: AlignmentType.CENTER }),
    para(`${p.phonePrinted}  ·  ${p.email}  ·  ${p.address}${p.otherPhone ? `  ·  ${p.otherPhone.label}: ${p.otherPhone.printed}` : ''}`, { alignment: AlignmentType.CENTER, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '333333', space: 4 } } })];
  const cols: Paragraph[] = [heading('简介 Profile', '333333'), para(p.summary), heading('工作经历 Experience', '333333')];
  for (const g of groups(p)) {
    cols.push(para([run(g.company, { bold: true })], { spacing: { before: 120, after: 20 } }));
    if (g.items.some((t) => t.job.via)) cols.push(para([run('Staffing agency 派遣机构 — placed with clients:', { italics: true, size: 17 })]));
    for (const t of g.items) {
      cols.push(para([run(t.job.title, { bold: true, italics: true })], { spacing: { after: 0 } }), para([run(`${dot(t.job.start)} — ${t.job.end ? dot(t.job.end) : '至今 present'}`, { size: 17, color: '555555' }), run(t.job.via ? `  ·  Client 客户: ${t.job.via}` : '', { size: 17 })]),
        ...bullets([...t.job.bullets, 'Weekly reporting to the line manager 每周向直属上级汇报', 'Process documentation and handover notes 流程文档与交接'], 0));
    }
  }
  cols.push(heading('技能 Skills', '333333'), ...bullets(p.skills, 0), heading('教育 Education', '333333'), ...p.education.map((e) => para(`${e.school}, ${e.degree}, ${e.start.slice(0, 4)}–${e.end.slice(0, 4)}`)), heading('证书 Certificates', '333333'), ...bullets(p.certs!, 0), heading('语言 Languages', '333333'), para(p.languages.join(', ')));
  const ftr = new Footer({ children: [para([run(`${p.name} ${p.alias} · `, { size: 16 }), new TextRun({ children: [PageNumber.CURRENT], size: 16 })], { alignment: AlignmentType.RIGHT })] });
  return mkDoc(p, [{ properties: margins, footers: { default: ftr }, children: top }, { properties: { ...margins, type: 'continuous' as never, column: { count: 2, space: 500, separate: true } }, footers: { default: ftr }, children: cols },
    { properties: { ...margins, type: 'continuous' as never }, footers: { default: ftr }, children: [para([run('References available on request 如需推荐人信息请联系本人', { size: 16, color: '777777' })], { alignment: AlignmentType.CENTER, border: { top: { style: BorderStyle.SINGLE, size: 4, color: '999999', space: 4 } } })] }], 19);
}
export { slash, L };
