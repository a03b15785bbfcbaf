/** DOCX templates of heldout-74 (built with the `docx` package; LibreOffice makes their PDFs). */
import {
  AlignmentType, BorderStyle, Column, ColumnBreak, Document, Footer, Header, LeaderType, Packer, PageNumber, Paragraph, SectionType,
  ShadingType, Table, TableCell, TableRow, TabStopType, TextRun, WidthType, type IRunOptions,
} from 'docx';
import type { Person } from './people.ts';
import { d, dur, range, rev, sk } from './fmt.ts';

const A4 = { width: 11906, height: 16838 };
const M = (t = 1000, s = 1050) => ({ top: t, bottom: t, left: s, right: s });
type R = string | IRunOptions;
const run = (r: R, base: IRunOptions = {}) => new TextRun(typeof r === 'string' ? { ...base, text: r } : { ...base, ...r });
const P = (rs: R[] | R, o: Record<string, unknown> = {}, base: IRunOptions = {}) =>
  new Paragraph({ ...o, children: (Array.isArray(rs) ? rs : [rs]).map((r) => run(r, base)) });
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noB = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
const line = { style: BorderStyle.SINGLE, size: 4, color: '666666' };
const allB = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };
const cell = (children: (Paragraph | Table)[], w: number, o: Record<string, unknown> = {}) => new TableCell({ children, width: { size: w, type: WidthType.DXA }, margins: { top: 50, bottom: 50, left: 90, right: 90 }, ...o });
const shade = (fill: string) => ({ shading: { type: ShadingType.CLEAR, color: 'auto', fill } });
const pack = (doc: Document) => Packer.toBuffer(doc);
const font = (f: string, size = 20) => ({ styles: { default: { document: { run: { font: f, size } } } } });
const bullet = (t: string, indent = 360, base: IRunOptions = {}) => P(`•\t${t}`, { indent: { left: indent, hanging: 220 }, tabStops: [{ type: TabStopType.LEFT, position: indent }], spacing: { after: 20 } }, base);

/** D1 ie-accts-word — Irish accountancy CV: running header "Curriculum Vitae – Name", contact lines with tab, "Employer, Town ⇥ May 2021 – Date" on a right tab, bold-italic title; Key Skills in two tab columns; footer "Page X of Y". */
export function ieAccts(p: Person) {
  const R = 9800;
  const ks = sk(p); const pairs: Paragraph[] = [];
  for (let i = 0; i < ks.length; i += 2) pairs.push(P([`•\t${ks[i]}`, ks[i + 1] ? `\t•\t${ks[i + 1]}` : ''], { tabStops: [{ type: TabStopType.LEFT, position: 300 }, { type: TabStopType.LEFT, position: 4900 }, { type: TabStopType.LEFT, position: 5200 }] }));
  const H = (t: string) => P({ text: t.toUpperCase(), bold: true, color: '1F3864' }, { spacing: { before: 220, after: 80 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '1F3864', space: 1 } } });
  const jobs = rev(p).flatMap((j) => [
    P([{ text: `${j.company}, ${j.city}`, bold: true }, `\t${range(j, 'Mon YYYY', ' – ', 'Date')}`], { tabStops: [{ type: TabStopType.RIGHT, position: R }], spacing: { before: 140 } }),
    P({ text: j.title, bold: true, italics: true }), ...j.duties.map((t) => bullet(t))]);
  return pack(new Document({ ...font('Calibri', 21), sections: [{
    properties: { page: { size: A4, margin: { ...M(1100, 1100), header: 500, footer: 500 } } },
    headers: { default: new Header({ children: [P({ text: `Curriculum Vitae – ${p.name}`, size: 16, color: '808080' }, { alignment: AlignmentType.RIGHT })] }) },
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'Page ', size: 16 }), new TextRun({ children: [PageNumber.CURRENT], size: 16 }), new TextRun({ text: ' of ', size: 16 }), new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16 })] })] }) },
    children: [P({ text: p.name, bold: true, size: 36 }), P({ text: p.headline, size: 22, color: '444444' }, { spacing: { after: 100 } }),
      P(p.address), P([`Mobile: ${p.phoneLocal}`, `\t${p.otherPhones[0][0]}: ${p.otherPhones[0][1]}`], { tabStops: [{ type: TabStopType.LEFT, position: 4900 }] }), P(`Email: ${p.email}`),
      H('Profile'), P(p.summary), H('Key Skills'), ...pairs, H('Career History'), ...jobs,
      H('Education'), ...p.education.map((e) => P([{ text: e.school, bold: true }, `\t${d(e.start, 'YYYY-MM').slice(0, 4)} – ${d(e.end, 'YYYY-MM').slice(0, 4)}`], { tabStops: [{ type: TabStopType.RIGHT, position: R }] })), ...p.education.map((e) => P(e.degree)),
      H('Professional Qualifications'), ...p.certs.map((c) => P(c)), H('Languages'), P(p.languages.join(', ')),
      H('Interests'), P('Sean-nós singing, sea swimming, treasurer of the local GAA club.'), H('References'), P('Available on request.')] }] }));
}

/** D2 us-trades-word — US trades résumé: centred caps name, licenses first, "EMPLOYER — City, ST ⇥ 6/2014 – 3/2018" with a dot leader, italic title, technical skills bullets, footer. */
export function usTrades(p: Person) {
  const R = 9700;
  const H = (t: string) => P({ text: t, bold: true, size: 22 }, { spacing: { before: 200, after: 60 }, border: { bottom: { style: BorderStyle.DOUBLE, size: 4, color: '000000', space: 1 } } });
  return pack(new Document({ ...font('Arial', 20), sections: [{
    properties: { page: { size: A4, margin: M(900, 1000) } },
    footers: { default: new Footer({ children: [P({ text: 'References and copies of licenses furnished upon request', size: 15, italics: true }, { alignment: AlignmentType.CENTER })] }) },
    children: [P({ text: p.name.toUpperCase(), bold: true, size: 34 }, { alignment: AlignmentType.CENTER }),
      P(`${p.address}  ◆  Cell ${p.phoneLocal}  ◆  ${p.otherPhones[0][0]} ${p.otherPhones[0][1]}  ◆  ${p.email}`, { alignment: AlignmentType.CENTER }, { size: 18 }),
      P({ text: p.headline, bold: true, size: 24, color: '1F4E79' }, { alignment: AlignmentType.CENTER, spacing: { before: 120 } }),
      H('LICENSES & CERTIFICATIONS'), ...p.certs.map((c) => bullet(c)),
      H('SUMMARY OF QUALIFICATIONS'), P(p.summary),
      H('PROFESSIONAL EXPERIENCE'), ...rev(p).flatMap((j) => [
        P([{ text: j.company.toUpperCase(), bold: true }, ` — ${j.city}`, `\t${range(j, 'M/YYYY', ' – ')}`], { tabStops: [{ type: TabStopType.RIGHT, position: R, leader: LeaderType.DOT }], spacing: { before: 120 } }),
        P({ text: j.title, italics: true }), ...j.duties.map((t) => bullet(t))]),
      H('TECHNICAL SKILLS'), ...sk(p).map((s) => bullet(s)),
      H('EDUCATION & TRAINING'), ...p.education.map((e) => P([`${e.degree}, ${e.school}`, `\t${range(e, 'M/YYYY')}`], { tabStops: [{ type: TabStopType.RIGHT, position: R }] })),
      H('LANGUAGES'), P(p.languages.join(' · '))] }] }));
}

/** D3 au-facility-table — Australian nursing CV with bordered tables: particulars, registration, Employment History (Dates ｜ Facility ｜ Position / Unit ｜ Key duties, "Mar 2022 – Current"), referees with phones. */
export function auFacility(p: Person) {
  const W = [2000, 2500, 2200, 3100];
  const hdr = (ts: string[]) => new TableRow({ tableHeader: true, children: ts.map((t, i) => cell([P({ text: t, bold: true })], W[i], shade('D9E2F3'))) });
  const H = (t: string) => P({ text: t, bold: true, size: 24, color: '2F5496' }, { spacing: { before: 200, after: 80 } });
  const kv = (rows: [string, string][]) => new Table({ width: { size: 9800, type: WidthType.DXA }, columnWidths: [2600, 7200], borders: allB,
    rows: rows.map(([k, v]) => new TableRow({ children: [cell([P({ text: k, bold: true })], 2600, shade('F2F2F2')), cell([P(v)], 7200)] })) });
  return pack(new Document({ ...font('Calibri', 20), sections: [{
    properties: { page: { size: A4, margin: M(900, 1000) } },
    children: [P({ text: p.name, bold: true, size: 40, color: '2F5496' }), P({ text: `${p.headline} · AHPRA registered`, size: 22 }, { spacing: { after: 120 } }),
      kv([['Mobile', p.phoneLocal], ['Email', p.email], ['Address', p.address], ['Working rights', 'Australian citizen'], ['Registration', p.certs[0]]]),
      H('Career Objective'), P(p.summary),
      H('Employment History'),
      new Table({ width: { size: 9800, type: WidthType.DXA }, columnWidths: W, borders: allB, rows: [hdr(['Dates', 'Facility', 'Position / Unit', 'Key duties']),
        ...rev(p).map((j) => new TableRow({ cantSplit: true, children: [cell([P(range(j, 'Mon YYYY', ' – ', 'Current'))], W[0]), cell([P({ text: j.company, bold: true }), P({ text: j.city, color: '666666' })], W[1]), cell([P(j.title)], W[2]), cell(j.duties.map((t) => P(`– ${t}`)), W[3])] }))] }),
      H('Clinical Skills'), new Table({ width: { size: 9800, type: WidthType.DXA }, columnWidths: [4900, 4900], borders: allB,
        rows: Array.from({ length: Math.ceil(p.skills.length / 2) }, (_, i) => new TableRow({ children: [cell([P(sk(p)[2 * i])], 4900), cell([P(sk(p)[2 * i + 1] ?? '')], 4900)] })) }),
      H('Education'), ...p.education.map((e) => P(`${e.degree} – ${e.school} (${d(e.start, 'Mon YYYY')} – ${d(e.end, 'Mon YYYY')})`)),
      H('Certificates'), ...p.certs.slice(1).map((c) => bullet(c)), H('Languages'), P(p.languages.join(', ')),
      H('Referees'), new Table({ width: { size: 9800, type: WidthType.DXA }, columnWidths: [3300, 3300, 3200], borders: allB, rows: [
        new TableRow({ children: ['Name', 'Position', 'Phone'].map((t, i) => cell([P({ text: t, bold: true })], [3300, 3300, 3200][i], shade('D9E2F3'))) }),
        new TableRow({ children: [cell([P('Margaret Doolan')], 3300), cell([P('Nurse Unit Manager, Cardiac Ward, Moreton Coast Health Service')], 3300), cell([P(p.otherPhones[0][1])], 3200)] }),
        new TableRow({ children: [cell([P('Dr Tomasz Wierzbicki')], 3300), cell([P('Cath Lab Manager, Redlands Heart Institute')], 3300), cell([P(p.otherPhones[1][1])], 3200)] })] })] }] }));
}

/** D4 word-cols-mainfirst — Word: one-column name section, then a continuous section of two unequal columns with a line between — the WIDE experience column first, a column break, then the narrow details column (contact comes after the history in reading order). */
export function colsMainFirst(p: Person) {
  const zh = p.language === 'zh';
  const L = zh ? { w: '工作经历', c: '联系方式', s: '技能', l: '语言', e: '教育经历', z: '证书', m: '手机', now: '至今' } : { w: 'EXPERIENCE', c: 'CONTACT', s: 'SKILLS', l: 'LANGUAGES', e: 'EDUCATION', z: 'CERTIFICATES', m: 'Mobile', now: 'Present' };
  const st = zh ? 'YYYY.MM' : 'Mon YYYY';
  const H = (t: string) => P({ text: t, bold: true, color: '0E5A8A', size: 22 }, { spacing: { before: 160, after: 60 }, border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '0E5A8A', space: 1 } } });
  const main = [H(L.w), ...rev(p).flatMap((j) => [P({ text: j.title, bold: true }, { spacing: { before: 100 } }), P([{ text: j.company, color: '0E5A8A' }, ` | ${range(j, st, ' – ', L.now)}`]), ...j.duties.map((t) => bullet(t, 300))]),
    H(L.e), ...p.education.flatMap((e) => [P({ text: e.degree, bold: true }), P(`${e.school} | ${d(e.start, st)} – ${d(e.end, st)}`)])];
  const side = [H(L.c), P(`${L.m}: ${p.phoneLocal}`), ...p.otherPhones.map(([k, v]) => P(`${k}: ${v}`)), P(p.email), P(p.address),
    H(L.s), ...sk(p).map((s) => P(`▸ ${s}`)), H(L.l), ...p.languages.map((x) => P(x)), H(L.z), ...p.certs.map((x) => P(x))];
  return pack(new Document({ ...font(zh ? '等线' : 'Cambria', 20), sections: [
    { properties: { page: { size: A4, margin: M(900, 1000) } }, children: [P({ text: p.name, bold: true, size: 44, color: '0E5A8A' }), P({ text: p.headline, size: 24 }), P(p.summary, { spacing: { before: 80, after: 120 } })] },
    { properties: { type: SectionType.CONTINUOUS, page: { size: A4, margin: M(900, 1000) }, column: { count: 2, separate: true, equalWidth: false, space: 400, children: [new Column({ width: 6400 }), new Column({ width: 3106 })] } },
      children: [...main, new Paragraph({ children: [new ColumnBreak()] }), ...side] }] }));
}

/** D5 zh-cert-table-word — 财务类 Word 表格简历: 应聘岗位 line, 基本信息 grid, 职业资格证书 table (证书名称 ｜ 取得时间), 工作经历 table 起止时间 "2014.07-2017.02" ｜ 单位 ｜ 岗位 ｜ 工作内容. */
export function zhCertTable(p: Person) {
  const W = 9800;
  const sec = (t: string, span: number) => new TableRow({ children: [cell([P({ text: t, bold: true, color: 'FFFFFF' })], W, { columnSpan: span, ...shade('7B2C2C') })] });
  const lab = (t: string, w: number, o = {}) => cell([P({ text: t, bold: true }, { alignment: AlignmentType.CENTER })], w, { ...shade('F2E6E6'), ...o });
  const v = (t: string, w: number, span = 1) => cell([P(t)], w, { columnSpan: span });
  const certYears = ['2019年5月', '2016年10月'];
  return pack(new Document({ ...font('宋体', 21), sections: [{
    properties: { page: { size: A4, margin: M(900, 1000) } },
    headers: { default: new Header({ children: [P({ text: `${p.name}｜应聘岗位：${p.headline}`, size: 16, color: '888888' }, { alignment: AlignmentType.RIGHT })] }) },
    children: [P({ text: '个 人 简 历', bold: true, size: 36 }, { alignment: AlignmentType.CENTER, spacing: { after: 160 } }),
      new Table({ width: { size: W, type: WidthType.DXA }, columnWidths: [1500, 3400, 1500, 3400], borders: allB, rows: [
        sec('基本信息', 4),
        new TableRow({ children: [lab('姓名', 1500), v(p.name, 3400), lab('应聘岗位', 1500), v(p.headline, 3400)] }),
        new TableRow({ children: [lab('手机', 1500), v(p.phoneLocal, 3400), lab('邮箱', 1500), v(p.email, 3400)] }),
        new TableRow({ children: [lab(p.otherPhones[0][0], 1500), v(p.otherPhones[0][1], 3400), lab('现居住地', 1500), v(p.address, 3400)] }),
        new TableRow({ children: [lab('工作年限', 1500), v('12年', 3400), lab('期望薪资', 1500), v('面议', 3400)] }),
        sec('职业资格证书', 4),
        new TableRow({ children: [lab('证书名称', 4900, { columnSpan: 2 }), lab('取得时间', 4900, { columnSpan: 2 })] }),
        ...p.certs.map((c, i) => new TableRow({ children: [v(c, 4900, 2), v(certYears[i] ?? '', 4900, 2)] })),
        sec('专业技能', 4), new TableRow({ children: [v(sk(p).join('；'), W, 4)] }),
        sec('教育经历', 4), ...p.education.map((e) => new TableRow({ children: [v(`${d(e.start, 'YYYY.MM')}-${d(e.end, 'YYYY.MM')}`, 1500), v(e.school, 3400), v(e.degree, 4900, 2)] })),
      ] }),
      P('', { spacing: { after: 80 } }),
      new Table({ width: { size: W, type: WidthType.DXA }, columnWidths: [1800, 2800, 1500, 3700], borders: allB, rows: [
        sec('工作经历', 4),
        new TableRow({ tableHeader: true, children: [lab('起止时间', 1800), lab('单位', 2800), lab('岗位', 1500), lab('工作内容', 3700)] }),
        ...rev(p).map((j) => new TableRow({ cantSplit: true, children: [v(range(j, 'YYYY.MM', '-', '至今'), 1800), v(j.company, 2800), v(j.title, 1500), cell(j.duties.map((t, i) => P(`${i + 1}. ${t}`)), 3700)] })),
        sec('语言能力', 4), new TableRow({ children: [v(p.languages.join('；'), W, 4)] }),
        sec('自我评价', 4), new TableRow({ children: [v(p.summary, W, 4)] })] })] }] }));
}

/** D6 tw-minguo-word — Taiwanese Word 履歷 without tables: page header with the name, 民國 dates "民國112年10月～迄今" on their own line, then 公司　職稱, 工作內容 paragraph; 專長 with 、. */
export function twMinguo(p: Person) {
  const H = (t: string) => P({ text: `■ ${t}`, bold: true, size: 26, color: '7A5C2E' }, { spacing: { before: 240, after: 80 } });
  return pack(new Document({ ...font('新細明體', 22), sections: [{
    properties: { page: { size: A4, margin: M(1100, 1200) } },
    headers: { default: new Header({ children: [P({ text: `${p.name}　履歷`, size: 16, color: '999999' }, { alignment: AlignmentType.LEFT })] }) },
    children: [P({ text: p.name, bold: true, size: 44 }, { alignment: AlignmentType.CENTER }), P(`${p.headline}｜行動電話 ${p.phoneLocal}｜${p.otherPhones[0][0]} ${p.otherPhones[0][1]}`, { alignment: AlignmentType.CENTER }), P(`${p.email}｜${p.address}`, { alignment: AlignmentType.CENTER }),
      H('自我介紹'), P(`　　${p.summary}近年專注於品牌電商，擅長以數據調整內容與廣告策略。`),
      H('工作經歷'), ...rev(p).flatMap((j) => [P({ text: `${d(j.start, 'ROC')}～${j.end ? d(j.end, 'ROC') : '迄今'}`, color: '666666' }, { spacing: { before: 140 } }),
        P([{ text: j.company, bold: true }, `　　${j.title}`]), P(`工作內容：${j.duties.join('；')}。`, { indent: { left: 480 } })]),
      H('專長'), P(sk(p).join('、')), H('學歷'), ...p.education.map((e) => P(`${d(e.start, 'ROC')}～${d(e.end, 'ROC')}　${e.school}　${e.degree}`)),
      H('證照與語言'), P(`證照：${p.certs.join('、')}`), P(`語言：${p.languages.join('、')}`)] }] }));
}

/** D7 zh-lvli-word — 履历表 Word table: 学习及工作经历 rows 起止年月 "2001.07—2005.06" ｜ 单位 ｜ 职务 ｜ 证明人 (with the referee's phone), 联系电话 and 座机 cells. */
export function zhLvli(p: Person) {
  const W = [2000, 3300, 1700, 2800];
  const refs = ['王德明 139 8302 4417', '刘志强 138 8376 0925', '张　平 023-6789 5102', '李海涛 136 2837 4480', '（现单位，暂不便联系）'];
  const lab = (t: string, w: number, o = {}) => cell([P({ text: t, bold: true }, { alignment: AlignmentType.CENTER })], w, { ...shade('EDEDED'), ...o });
  const v = (t: string, w: number, span = 1) => cell([P(t)], w, { columnSpan: span });
  return pack(new Document({ ...font('宋体', 21), sections: [{
    properties: { page: { size: A4, margin: M(1000, 1000) } },
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun('第 '), new TextRun({ children: [PageNumber.CURRENT] }), new TextRun(' 页')] })] }) },
    children: [P({ text: '个人履历表', bold: true, size: 36 }, { alignment: AlignmentType.CENTER, spacing: { after: 200 } }),
      new Table({ width: { size: 9800, type: WidthType.DXA }, columnWidths: W, borders: allB, rows: [
        new TableRow({ children: [lab('姓　　名', W[0]), v(p.name, W[1]), lab('应聘职位', W[2]), v(p.headline, W[3])] }),
        new TableRow({ children: [lab('手　　机', W[0]), v(p.phoneLocal, W[1]), lab(p.otherPhones[0][0], W[2]), v(p.otherPhones[0][1], W[3])] }),
        new TableRow({ children: [lab('电子邮箱', W[0]), v(p.email, W[1]), lab('工作年限', W[2]), v('25年', W[3])] }),
        new TableRow({ children: [lab('通讯地址', W[0]), v(p.address, W[1] + W[2] + W[3], 3)] }),
        new TableRow({ children: [cell([P({ text: '学习及工作经历', bold: true }, { alignment: AlignmentType.CENTER })], 9800, { columnSpan: 4, ...shade('D0D0D0') })] }),
        new TableRow({ children: [lab('起止年月', W[0]), lab('单位', W[1]), lab('职务', W[2]), lab('证明人', W[3])] }),
        ...[...p.education.map((e, i) => ({ s: e.start, r: new TableRow({ children: [v(`${d(e.start, 'YYYY.MM')}—${d(e.end, 'YYYY.MM')}`, W[0]), v(i ? `${e.school}（业余）` : e.school, W[1]), v(i ? '学员' : '学生', W[2]), v('', W[3])] }) })),
          ...p.work.map((j, i) => ({ s: j.start, r: new TableRow({ children: [v(range(j, 'YYYY.MM', '—', '至今'), W[0]), v(j.company, W[1]), v(j.title, W[2]), v(refs[i], W[3])] }) }))].sort((a, b) => a.s.localeCompare(b.s)).map((x) => x.r),
        new TableRow({ children: [lab('专业技能', W[0]), v(sk(p).join('、'), W[1] + W[2] + W[3], 3)] }),
        new TableRow({ children: [lab('职称证书', W[0]), v(p.certs.join('；'), W[1] + W[2] + W[3], 3)] }),
        new TableRow({ children: [lab('主要业绩', W[0]), cell(rev(p).map((j) => P(`${j.company}：${j.duties.join('；')}`)), W[1] + W[2] + W[3], { columnSpan: 3 })] }),
        new TableRow({ children: [lab('自我评价', W[0]), v(p.summary, W[1] + W[2] + W[3], 3)] })] })] }] }));
}

/** D8 hk-my-appform — bilingual candidate "Application for Employment 求職申請表" filled in Word: particulars grid, Employment History with From 由 / To 至 (mm/yy), last salary, reason for leaving. */
export function appForm(p: Person) {
  const hk = p.id === 'p13';
  const W = [2600, 2300, 1200, 1200, 1300, 1200];
  const lab = (t: string, w: number, o = {}) => cell([P({ text: t, bold: true, size: 17 })], w, { ...shade('E7EEF6'), ...o });
  const v = (t: string, w: number, span = 1) => cell([P(t)], w, { columnSpan: span });
  const sal = hk ? ['HK$16,500', 'HK$24,000', 'HK$33,000', 'HK$45,000'] : ['RM 2,800', 'RM 5,200', 'RM 8,400', 'RM 10,800'];
  const why = hk ? ['Career advancement', 'Internal promotion', 'Broader exposure', '—'] : ['Career advancement', 'Relocation to Penang', 'Career advancement', '—'];
  return pack(new Document({ ...font('Arial', 19), sections: [{
    properties: { page: { size: A4, margin: M(900, 900) } },
    headers: { default: new Header({ children: [P({ text: hk ? 'APPLICATION FOR EMPLOYMENT 求職申請表 — Private & Confidential' : 'APPLICATION FOR EMPLOYMENT 求职申请表 — Private & Confidential', size: 16, color: '666666' }, { alignment: AlignmentType.RIGHT })] }) },
    children: [P({ text: hk ? 'APPLICATION FOR EMPLOYMENT 求職申請表' : 'APPLICATION FOR EMPLOYMENT 求职申请表', bold: true, size: 30 }, { alignment: AlignmentType.CENTER }),
      P(`Position applied for 應徵職位: ${p.headline}      Expected salary 期望薪金: ${hk ? 'HK$52,000 x 13' : 'RM 11,500'}      Available 可上班日期: ${hk ? '1 month notice' : '1 month'}`, { spacing: { before: 100, after: 140 } }, { size: 18 }),
      new Table({ width: { size: 9800, type: WidthType.DXA }, columnWidths: [2000, 2900, 2000, 2900], borders: allB, rows: [
        new TableRow({ children: [cell([P({ text: 'A. PERSONAL PARTICULARS 個人資料', bold: true, color: 'FFFFFF' })], 9800, { columnSpan: 4, ...shade('1F3864') })] }),
        new TableRow({ children: [lab('Name in Chinese 中文姓名', 2000), v(p.name, 2900), lab('Name in English 英文姓名', 2000), v(p.alt!, 2900)] }),
        new TableRow({ children: [lab('Mobile 手提電話', 2000), v(p.phoneLocal, 2900), lab(`${p.otherPhones[0][0]} 辦公電話`, 2000), v(p.otherPhones[0][1], 2900)] }),
        new TableRow({ children: [lab('E-mail 電郵', 2000), v(p.email, 7800, 3)] }),
        new TableRow({ children: [lab('Address 地址', 2000), v(p.address, 7800, 3)] })] }),
      P('', { spacing: { after: 100 } }),
      new Table({ width: { size: 9800, type: WidthType.DXA }, columnWidths: W, borders: allB, rows: [
        new TableRow({ children: [cell([P({ text: 'B. EMPLOYMENT HISTORY 工作經驗 (latest first 由最近開始)', bold: true, color: 'FFFFFF' })], 9800, { columnSpan: 6, ...shade('1F3864') })] }),
        new TableRow({ tableHeader: true, children: [lab('Employer 僱主', W[0]), lab('Position 職位', W[1]), lab('From 由 (mm/yy)', W[2]), lab('To 至 (mm/yy)', W[3]), lab('Last salary 最後薪金', W[4]), lab('Reason for leaving 離職原因', W[5])] }),
        ...rev(p).map((j, i) => new TableRow({ cantSplit: true, children: [v(j.company, W[0]), v(j.title, W[1]), v(d(j.start, 'MM/YY'), W[2]), v(j.end ? d(j.end, 'MM/YY') : 'Present 至今', W[3]), v(sal[3 - i], W[4]), v(why[3 - i], W[5])] })),
        new TableRow({ children: [lab('Main duties of present job 現職主要職責', W[0]), v(p.work.at(-1)!.duties.join(' '), 9800 - W[0], 5)] })] }),
      P('', { spacing: { after: 100 } }),
      new Table({ width: { size: 9800, type: WidthType.DXA }, columnWidths: [2600, 7200], borders: allB, rows: [
        new TableRow({ children: [cell([P({ text: 'C. EDUCATION / SKILLS 學歷及技能', bold: true, color: 'FFFFFF' })], 9800, { columnSpan: 2, ...shade('1F3864') })] }),
        ...p.education.map((e) => new TableRow({ children: [lab(`${d(e.start, 'MM/YY')} – ${d(e.end, 'MM/YY')}`, 2600), v(`${e.degree}, ${e.school}`, 7200)] })),
        new TableRow({ children: [lab('Skills 技能', 2600), v(sk(p).join(', '), 7200)] }),
        new TableRow({ children: [lab('Professional qualifications 專業資格', 2600), v(p.certs.join(', '), 7200)] }),
        new TableRow({ children: [lab('Languages 語言', 2600), v(p.languages.join(', '), 7200)] })] }),
      P('I declare that the information given is true and complete. 本人聲明以上資料真確無訛。', { spacing: { before: 200 } }, { size: 17 }),
      P(`Signature 簽署: ${p.alt}          Date 日期: 2026-12-01`, { spacing: { before: 120 } })] }] }));
}

/** D9 twocell-nested-word — bilingual Word résumé on a borderless two-cell table; the narrow left cell holds a NESTED label/value table (手机 Mobile …); the wide right cell the history with "2019.08 – 至今 Present" lines. */
export function twocellNested(p: Person) {
  const inner = new Table({ width: { size: 2900, type: WidthType.DXA }, columnWidths: [900, 2000], borders: { ...noB, insideHorizontal: { style: BorderStyle.DOTTED, size: 4, color: '999999' } },
    rows: [['手机 Mobile', p.phoneLocal], ['邮箱 Email', p.email], ['现居 City', p.address], ['语言 Lang.', p.languages.join('; ')]].map(([k, v]) =>
      new TableRow({ children: [cell([P({ text: k, size: 15, color: '666666' })], 900), cell([P({ text: v, size: 17 })], 2000)] })) });
  const left = [P({ text: p.name, bold: true, size: 40 }), P({ text: p.alt!, size: 24 }, { spacing: { after: 160 } }), inner,
    P({ text: '技能 SKILLS', bold: true, color: '8B0000' }, { spacing: { before: 200, after: 60 } }), ...sk(p).map((s) => P({ text: `· ${s}`, size: 18 })),
    P({ text: '证书 CERTIFICATE', bold: true, color: '8B0000' }, { spacing: { before: 200, after: 60 } }), ...p.certs.map((s) => P({ text: s, size: 18 }))];
  const H = (t: string) => P({ text: t, bold: true, color: '8B0000', size: 24 }, { spacing: { before: 160, after: 60 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '8B0000', space: 1 } } });
  const right = [P({ text: p.headline, bold: true, size: 26 }), P(p.summary), H('工作经历 EXPERIENCE'),
    ...rev(p).flatMap((j) => [P({ text: range(j, 'YYYY.MM', ' – ', '至今 Present'), color: '666666', size: 18 }, { spacing: { before: 120 } }), P([{ text: j.company, bold: true }, `  ·  ${j.title}  ·  ${j.city}`]), ...j.duties.map((t) => bullet(t, 300))]),
    H('教育背景 EDUCATION'), ...p.education.flatMap((e) => [P({ text: `${d(e.start, 'YYYY.MM')} – ${d(e.end, 'YYYY.MM')}`, color: '666666', size: 18 }), P(`${e.school} · ${e.degree}`)])];
  return pack(new Document({ ...font('微软雅黑', 19), sections: [{
    properties: { page: { size: A4, margin: M(800, 800) } },
    children: [new Table({ width: { size: 10300, type: WidthType.DXA }, columnWidths: [3200, 7100], borders: noB,
      rows: [new TableRow({ children: [cell(left, 3200, { ...shade('F6EEEE'), margins: { top: 200, bottom: 200, left: 150, right: 150 } }), cell(right, 7100, { margins: { top: 100, bottom: 100, left: 300, right: 100 } })] })] })] }] }));
}
