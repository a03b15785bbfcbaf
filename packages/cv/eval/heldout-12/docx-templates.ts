/** heldout-12 — Word documents built with the `docx` package (also exported to PDF by LibreOffice). */
import { AlignmentType, BorderStyle, Document, HeightRule, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType, TabStopType } from 'docx';
import type { Person } from './people.ts';
import { birthFmt, fmt, fmtEnd, newestFirst, range, skills, skillWithLevel } from './util.ts';

type Font = { ascii: string; hAnsi: string; eastAsia: string; cs?: string };
const EN: Font = { ascii: 'Calibri', hAnsi: 'Calibri', eastAsia: 'SimSun' };
const ZH: Font = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' };
const TW: Font = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '標楷體' };
const W = 9638; // A4 text width in twips with 2 cm margins

interface RunOpt { b?: boolean; i?: boolean; sz?: number; color?: string; u?: boolean; caps?: boolean }
interface ParaOpt extends RunOpt { align?: 'left' | 'center' | 'right'; after?: number; before?: number; bullet?: boolean; tabRight?: boolean; indent?: number }

function mk(font: Font, baseSz: number) {
  const run = (text: string, o: RunOpt = {}) => new TextRun({ text, bold: o.b, italics: o.i, size: (o.sz ?? baseSz) * 2, color: o.color, underline: o.u ? {} : undefined, allCaps: o.caps, font });
  const para = (content: string | TextRun[], o: ParaOpt = {}) => {
    const lines = typeof content === 'string' ? content.split('\n') : null;
    const children = lines ? lines.flatMap((l, i) => [new TextRun({ text: l, break: i > 0 ? 1 : undefined, bold: o.b, italics: o.i, size: (o.sz ?? baseSz) * 2, color: o.color, underline: o.u ? {} : undefined, allCaps: o.caps, font })]) : (content as TextRun[]);
    return new Paragraph({
      children,
      alignment: o.align === 'center' ? AlignmentType.CENTER : o.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
      spacing: { after: o.after ?? 40, before: o.before ?? 0 },
      bullet: o.bullet ? { level: 0 } : undefined,
      tabStops: o.tabRight ? [{ type: TabStopType.RIGHT, position: W }] : undefined,
      indent: o.indent ? { left: o.indent } : undefined,
    });
  };
  interface CellOpt extends ParaOpt { w?: number; span?: number; rows?: number; shade?: string; vc?: boolean; noBorder?: boolean; h?: number }
  const cell = (content: string | Paragraph[], o: CellOpt = {}) => new TableCell({
    children: typeof content === 'string' ? [para(content, { ...o, after: o.after ?? 0 })] : content,
    width: o.w ? { size: o.w, type: WidthType.DXA } : undefined,
    columnSpan: o.span, rowSpan: o.rows,
    shading: o.shade ? { type: ShadingType.CLEAR, color: 'auto', fill: o.shade } : undefined,
    verticalAlign: o.vc ? VerticalAlign.CENTER : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    borders: o.noBorder ? NOB : undefined,
  });
  const row = (cells: TableCell[], h?: number) => new TableRow({ children: cells, height: h ? { value: h, rule: HeightRule.ATLEAST } : undefined, cantSplit: true });
  const table = (rows: TableRow[], widths: number[], borderless = false) => new Table({ rows, columnWidths: widths, width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, borders: borderless ? NOTB : undefined });
  return { run, para, cell, row, table };
}
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NOB = { top: NONE, bottom: NONE, left: NONE, right: NONE };
const NOTB = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

const doc = (children: (Paragraph | Table)[], font: Font, sz: number, margin = 1134) => new Document({
  creator: 'Microsoft Office User',
  styles: { default: { document: { run: { font, size: sz * 2 } } } },
  sections: [{ properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: margin, bottom: margin, left: 1134, right: 1134 } } }, children }],
});
const spacer = (h = 80) => new Paragraph({ children: [], spacing: { after: h } });

/* ================= tables / forms ================= */

/* Mexico: stationery "Solicitud de Empleo" (English version) — employment history laid out in columns, one per job */
export function mxSolicitud(p: Person): Document {
  const { para, cell, row, table, run } = mk(EN, 9);
  const x = p.extra;
  const G = 'E7E6E6';
  const sec = (t: string, span: number) => row([cell(t, { span, shade: 'BFBFBF', b: true, align: 'center' })]);
  const jobs = newestFirst(p.jobs);
  const lw = 2038, jw = Math.floor((W - lw) / 4);
  const jr = (label: string, f: (j: (typeof jobs)[number]) => string) => row([cell(label, { w: lw, shade: G, sz: 8 }), ...jobs.map((j) => cell(f(j), { w: jw, sz: 8 }))]);
  const c4 = [2400, 2419, 2400, 2419];
  return doc([
    table([row([cell([para('EMPLOYMENT APPLICATION', { b: true, sz: 16, after: 0 }), para('SOLICITUD DE EMPLEO', { sz: 10, color: '555555', after: 60 }), para('Note: all information will be treated as confidential. Fill in by hand or typed.', { i: true, sz: 7.5 })], { w: 7238, noBorder: true }), cell('PHOTO', { w: 2400, rows: 1, align: 'center', vc: true, sz: 8 })], 1700)], [7238, 2400]),
    spacer(),
    table([
      row([cell('Position applied for', { w: 2400, shade: G }), cell(x.position!, { w: 2419 }), cell('Desired salary', { w: 2400, shade: G }), cell(x.salaryExpect!, { w: 2419 })]),
      row([cell('Date', { shade: G }), cell('02/11/2026'), cell('Available from', { shade: G }), cell('15 days after offer')]),
      sec('PERSONAL DATA', 4),
      row([cell('Full name', { shade: G }), cell(p.name, { span: 3, b: true })]),
      row([cell('Address (street, no., colonia)', { shade: G }), cell(p.address, { span: 3 })]),
      row([cell('Cell phone', { shade: G }), cell(p.phonePrinted), cell('Home phone', { shade: G }), cell('—')]),
      row([cell('E-mail', { shade: G }), cell(p.email, { span: 3 })]),
      row([cell('Date of birth', { shade: G }), cell(birthFmt(p, 'dd/mm/yyyy')), cell('Age', { shade: G }), cell(x.age!)]),
      row([cell('Place of birth', { shade: G }), cell(x.birthplace!), cell('Nationality', { shade: G }), cell(p.nationality)]),
      row([cell('Sex', { shade: G }), cell(p.gender), cell('Marital status', { shade: G }), cell(p.marital)]),
      row([cell('Lives with', { shade: G }), cell('Spouse and children'), cell('Dependents', { shade: G }), cell(x.dependents!)]),
      sec('DOCUMENTATION', 4),
      row([cell('CURP', { shade: G }), cell(x.curp!), cell('RFC', { shade: G }), cell(x.rfc!)]),
      row([cell('IMSS no.', { shade: G }), cell(x.imss!), cell('Driver licence', { shade: G }), cell('Yes, type A (Nuevo León)')]),
      sec('HEALTH AND HABITS', 4),
      row([cell('Health status', { shade: G }), cell(x.health!), cell('Chronic illness', { shade: G }), cell('None')]),
      sec('FAMILY DATA', 4),
      row([cell('Father', { shade: G }), cell(x.father!), cell('Mother', { shade: G }), cell(x.mother!)]),
      row([cell('Spouse', { shade: G }), cell(x.spouse!, { span: 3 })]),
      sec('SCHOOLING', 4),
      row([cell('Level', { shade: G, b: true }), cell('School name', { shade: G, b: true }), cell('From – To', { shade: G, b: true }), cell('Certificate obtained', { shade: G, b: true })]),
      ...p.education.map((d) => row([cell(d.level!), cell(d.school), cell(`${d.start.slice(0, 4)} – ${d.end.slice(0, 4)}`), cell(d.qual)])),
      sec('GENERAL KNOWLEDGE', 4),
      row([cell('Languages (%)', { shade: G }), cell(p.languages.join(', '), { span: 3 })]),
      row([cell('Skills / functions you master', { shade: G }), cell(skills(p).join(', '), { span: 3 })]),
    ], c4),
    spacer(),
    table([
      row([cell('EMPLOYMENT HISTORY (current or last job first)', { span: 5, shade: 'BFBFBF', b: true, align: 'center' })]),
      row([cell('', { w: lw, shade: G }), ...['Current or last job', 'Previous job', 'Previous job', 'Previous job'].map((t) => cell(t, { w: jw, shade: G, b: true, sz: 8, align: 'center' }))]),
      jr('Time worked – from', (j) => fmt(j.start, 'month yyyy')),
      jr('Time worked – to', (j) => fmtEnd(j.end, 'month yyyy', 'Currently')),
      jr('Company name', (j) => j.company),
      jr('Address (city)', (j) => j.city),
      jr('Position held', (j) => j.title),
      jr('Final monthly salary', (j) => j.salary ?? ''),
      jr('Reason for leaving', (j) => j.reason ?? ''),
      jr('Immediate supervisor', (j) => j.supervisor ?? ''),
      jr('May we request references?', (j) => (j.end ? 'Yes' : 'Not yet')),
    ], [lw, jw, jw, jw, jw]),
    spacer(),
    table([
      sec('PERSONAL REFERENCES (not relatives)', 4),
      row([cell('Name', { shade: G, b: true }), cell('Relationship', { shade: G, b: true }), cell('Phone', { shade: G, b: true }), cell('Years known', { shade: G, b: true })]),
      ...(p.referees ?? []).map((r) => row([cell(r.name), cell(r.relation), cell(r.phone), cell('8')])),
      sec('GENERAL DATA', 4),
      row([cell('How did you learn about this vacancy?', { shade: G }), cell('OCC job board'), cell('Relatives working here?', { shade: G }), cell('No')]),
      row([cell('Willing to travel?', { shade: G }), cell('Yes'), cell('Willing to relocate?', { shade: G }), cell('Within Nuevo León')]),
      row([cell('Courses and certifications', { shade: G }), cell(p.certs.join('; '), { span: 3 })]),
    ], c4),
    spacer(200),
    para('I declare under oath that the data in this application is true.', { sz: 8, i: true }),
    spacer(300),
    para([run('____________________________________', {})], { align: 'center', after: 0 }),
    para('Applicant signature', { align: 'center', sz: 8 }),
  ], EN, 9, 851);
}

/* China: bank 社会招聘应聘人员信息登记表 */
export function cnBank(p: Person): Document {
  const { para, cell, row, table } = mk(ZH, 10.5);
  const x = p.extra;
  const w7 = [1300, 1500, 1100, 1400, 1100, 1638, 1600];
  const L = (t: string, o: object = {}) => cell(t, { align: 'center', vc: true, ...o });
  const jobs = newestFirst(p.jobs);
  return doc([
    para('广东华南农村商业银行股份有限公司', { align: 'center', b: true, sz: 14, after: 40 }),
    para('社会招聘应聘人员信息登记表', { align: 'center', b: true, sz: 18, after: 120 }),
    para(`应聘岗位：${x.position}　　　　　　　　　　是否服从调剂：是　　　　　填表日期：2026年11月2日`, { sz: 10, after: 80 }),
    table([
      row([L('姓　名'), L(p.name), L('性　别'), L(p.gender), L('出生年月'), L(fmt(p.birth.slice(0, 7), 'yyyy.mm')), L('照片', { rows: 4 })], 520),
      row([L('民　族'), L(x.minzu!), L('籍　贯'), L(x.jiguan!), L('政治面貌'), L(x.zhengzhi!)], 520),
      row([L('身份证号'), L(x.idno!, { span: 3 }), L('婚育状况'), L(p.marital)], 520),
      row([L('参加工作时间'), L(x.firstwork!), L('健康状况'), L(x.health!), L('身　高'), L(x.height!)], 520),
      row([L('专业技术职称'), L(x.title!, { span: 3 }), L('期望年薪'), L(x.salaryExpect!, { span: 2 })], 520),
      row([L('手机号码'), L(p.phonePrinted, { span: 2 }), L('电子邮箱'), L(p.email, { span: 3 })], 520),
      row([L('现居住地址'), cell(p.address, { span: 6, vc: true })], 520),
      row([L('从业资格证书'), cell(p.certs.join('、'), { span: 6 })], 520),
      row([L('学习经历\n（从高中填起）', { rows: p.education.length + 1 }), L('起止时间', { span: 2, b: true }), L('毕业院校', { span: 2, b: true }), L('专业', { b: true }), L('学历/学位', { b: true })]),
      ...p.education.map((d) => row([L(`${fmt(d.start, 'yyyy.mm')}-${fmt(d.end, 'yyyy.mm')}`, { span: 2 }), L(d.school, { span: 2 }), L(d.major ?? ''), L(d.qual)])),
      row([L('工作经历', { rows: jobs.length + 1 }), L('起止时间', { span: 2, b: true }), L('工作单位', { span: 2, b: true }), L('部门', { b: true }), L('岗位/职务', { b: true })]),
      ...jobs.map((j) => row([L(`${fmt(j.start, 'yyyy.mm')}-${fmtEnd(j.end, 'yyyy.mm', '至今')}`, { span: 2 }), L(j.company, { span: 2 }), L(j.dept ?? ''), L(j.title)])),
      row([L('专业技能'), cell(skills(p).join('；'), { span: 6 })], 600),
      row([L('近三年主要\n工作业绩'), cell([para('1. 2024 年个人管理客户资产规模由 5.1 亿元增长至 6.8 亿元，新增私行客户 27 户；', { after: 20 }), para('2. 2025 年代销基金及保险中收 386 万元，分行财富顾问序列排名第 2；', { after: 20 }), para('3. 协助分行完成家族信托业务首单落地。', { after: 0 })], { span: 6 })], 1200),
      row([L('奖惩情况'), cell('2017 年获广州珠江城市商业银行“优秀客户经理”；2025 年获南粤银行广州分行“财富管理标兵”。无违规违纪记录。', { span: 6 })], 600),
      row([L('家庭成员'), cell(x.family!, { span: 6 })], 520),
      row([cell([para('本人承诺：以上信息及提供的材料均真实有效，如有虚假，愿承担取消应聘或录用资格的后果。', { after: 200 }), para('本人签名：　　　　　　　　　　　　　　　　　　　年　　月　　日', { align: 'right', after: 0 })], { span: 7 })], 900),
    ], w7),
  ], ZH, 10.5, 1000);
}

/* China: factory 入职登记表 */
export function cnRuzhi(p: Person): Document {
  const { para, cell, row, table } = mk(ZH, 10);
  const x = p.extra;
  const w = [1250, 1400, 1100, 1400, 1100, 1788, 1600];
  const L = (t: string, o: object = {}) => cell(t, { align: 'center', vc: true, ...o });
  return doc([
    para('中山市宏图五金电器有限公司', { align: 'center', sz: 12, after: 20 }),
    para('入 职 登 记 表', { align: 'center', b: true, sz: 20, after: 100 }),
    para('部门：__________　职位：__________　工号：__________　入职日期：______年____月____日', { sz: 9.5, after: 80 }),
    table([
      row([L('姓名'), L(p.name), L('性别'), L(p.gender), L('出生日期'), L(birthFmt(p, 'yyyy.mm')), L('近期\n免冠\n照片', { rows: 5 })], 500),
      row([L('民族'), L(x.minzu!), L('籍贯'), L(x.jiguan!), L('婚否'), L(p.marital)], 500),
      row([L('身份证号码'), L(x.idno!, { span: 3 }), L('文化程度'), L(p.education[0]!.qual)], 500),
      row([L('手机号码'), L(p.phonePrinted, { span: 3 }), L('血型'), L(x.blood!)], 500),
      row([L('QQ/邮箱'), L(p.email, { span: 3 }), L('身高'), L(x.height!)], 500),
      row([L('户籍地址'), cell(p.extra.hukou!, { span: 6, vc: true })], 500),
      row([L('现住地址'), cell(p.address, { span: 6, vc: true })], 500),
      row([L('紧急联系人'), cell(x.emergency!, { span: 6, vc: true })], 500),
      row([L('工作经历', { rows: p.jobs.length + 1 }), L('起止时间', { b: true }), L('单位名称', { span: 2, b: true }), L('职务', { b: true }), L('薪资', { b: true }), L('离职原因', { b: true })]),
      ...newestFirst(p.jobs).map((j) => row([L(`${fmt(j.start, 'yyyy.mm')}-${fmtEnd(j.end, 'yyyy.mm', '至今')}`), L(j.company, { span: 2 }), L(j.title), L(j.salary ?? ''), L(j.reason || '在职')], 480)),
      row([L('教育经历', { rows: p.education.length + 1 }), L('起止时间', { b: true }), L('学校名称', { span: 2, b: true }), L('专业', { b: true }), L('学历', { span: 2, b: true })]),
      ...p.education.map((d) => row([L(`${fmt(d.start, 'yyyy.mm')}-${fmt(d.end, 'yyyy.mm')}`), L(d.school, { span: 2 }), L(d.major ?? ''), L(d.qual, { span: 2 })])),
      row([L('技能特长'), cell(skills(p).join('、'), { span: 6, vc: true })], 560),
      row([L('所获证书'), cell(p.certs.join('、'), { span: 6, vc: true })], 500),
      row([L('是否住宿'), L(x.dorm!), L('工衣尺码'), L(x.size!), L('鞋码'), L(x.shoe!, { span: 2 })], 500),
      row([L('工资卡开户行'), L('', { span: 3 }), L('卡号'), L('', { span: 2 })], 500),
      row([cell([para('入职须知：', { b: true, after: 20 }), para('1. 本人保证所填资料及提供的证件真实，如有虚假，公司有权立即解除劳动合同且不予任何补偿。', { sz: 9, after: 10 }), para('2. 试用期为 2 个月，试用期内双方可提前 3 天通知解除。', { sz: 9, after: 10 }), para('3. 本人已阅读并同意遵守公司《员工手册》各项规定。', { sz: 9, after: 160 }), para('员工签名：　　　　　　　　　　　人事审核：　　　　　　　　　　日期：', { after: 0 })], { span: 7 })], 1200),
    ], w),
  ], ZH, 10, 900);
}

/* Taiwan: stationery 履歷表 with Minguo (ROC) dates */
export function twForm(p: Person): Document {
  const { para, cell, row, table } = mk(TW, 11);
  const x = p.extra;
  const L = (t: string, o: object = {}) => cell(t, { align: 'center', vc: true, ...o });
  const roc = (ym: string) => fmt(ym, 'roc');
  const w = [1400, 1700, 1000, 1500, 1000, 1438, 1600];
  return doc([
    para('履　　歷　　表', { align: 'center', b: true, sz: 22, after: 160 }),
    table([
      row([L('姓　名'), L(p.name, { sz: 13 }), L('性　別'), L('女'), L('出生日期'), L(`民國${Number(p.birth.slice(0, 4)) - 1911}年${Number(p.birth.slice(5, 7))}月${Number(p.birth.slice(8))}日`), L('（貼相片處）', { rows: 4, sz: 9 })], 560),
      row([L('身分證字號'), L(x.idno!), L('出生地'), L(x.birthplace!), L('血　型'), L(x.blood!)], 560),
      row([L('婚　姻'), L(p.marital), L('兵　役'), L(x.military!), L('身　高'), L(`${x.height} 公分`)], 560),
      row([L('行動電話'), L(p.phonePrinted, { span: 2 }), L('E-mail'), L(p.email, { span: 2 })], 560),
      row([L('通訊地址'), cell(p.address, { span: 6, vc: true })], 560),
      row([L('緊急聯絡人'), cell(x.emergency!, { span: 6, vc: true })], 560),
      row([L('學　歷', { rows: p.education.length + 1 }), L('學校名稱', { span: 2, b: true }), L('科　系', { span: 2, b: true }), L('起訖年月', { b: true }), L('畢／肄業', { b: true })]),
      ...p.education.map((d) => row([L(d.school, { span: 2 }), L(d.major ?? '普通科', { span: 2 }), L(`${roc(d.start)}至${roc(d.end)}`, { sz: 9.5 }), L('畢業')], 520)),
      row([L('經　歷', { rows: p.jobs.length + 1 }), L('服務機關', { span: 2, b: true }), L('職　稱', { b: true }), L('起訖年月', { span: 2, b: true }), L('離職原因', { b: true })]),
      ...p.jobs.map((j) => row([L(j.company, { span: 2 }), L(j.title), L(`自${roc(j.start)}至${j.end ? roc(j.end) : '今'}`, { span: 2 }), L(j.reason || '現職')], 560)),
      row([L('專　長'), cell(skills(p).join('、'), { span: 6, vc: true })], 600),
      row([L('證　照'), cell(p.certs.join('、'), { span: 6, vc: true })], 560),
      row([L('語　文'), cell(p.languages.join('、'), { span: 6, vc: true })], 560),
      row([L('自　傳'), cell([para('我出生於新北市，家中排行老大，從小喜歡閱讀英文故事書，也因此選擇就讀英語教學系。', { after: 40 }), para('畢業後先在國小擔任代理教師，之後在補習班教授會考及多益課程，民國一〇八年起進入私立雙語中學任教，並於一一一年兼任教學組長，負責排課、命題與教學評鑑。', { after: 40 }), para('我相信教學要讓學生願意開口，也持續學習數位工具。期望能在貴校貢獻所長。', { after: 0 })], { span: 6 })], 2400),
    ], w),
    para('中華民國一一五年十一月二日　　　　　　　填表人：' + p.name, { align: 'right', before: 160, sz: 10.5 }),
  ], TW, 11, 1000);
}

/* Singapore: SME Employment Application Form (NRIC, race, NS status, last drawn salary, PDPA consent) */
export function sgForm(p: Person): Document {
  const { para, cell, row, table } = mk(EN, 9.5);
  const x = p.extra;
  const G = 'DEEAF6';
  const c4 = [2300, 2519, 2300, 2519];
  const sec = (t: string, span: number) => row([cell(t, { span, shade: '1F4E79', b: true, color: 'FFFFFF' })]);
  const e6 = [1100, 1100, 2400, 2038, 1300, 1700];
  return doc([
    para('LUMEN PAYMENTS PTE. LTD.', { b: true, sz: 13, color: '1F4E79', after: 0 }),
    para('UEN 201912345K · 8 Cross Street #22-01 Singapore 048424', { sz: 8, after: 100 }),
    para('EMPLOYMENT APPLICATION FORM', { b: true, sz: 15, align: 'center', after: 40 }),
    para('Please complete all sections in BLOCK LETTERS. Incomplete forms may not be processed.', { i: true, sz: 8, align: 'center', after: 100 }),
    table([
      row([cell('Position applied for', { w: 2300, shade: G }), cell(x.position!, { w: 2519 }), cell('Expected salary (monthly)', { w: 2300, shade: G }), cell(x.salaryExpect!, { w: 2519 })]),
      row([cell('Notice period', { shade: G }), cell(x.notice!), cell('Date available', { shade: G }), cell('1 February 2027')]),
      sec('SECTION A: PERSONAL PARTICULARS', 4),
      row([cell('Name (as in NRIC)', { shade: G }), cell(p.name.toUpperCase(), { b: true }), cell('Chinese name (if any)', { shade: G }), cell(p.nameOther ?? '')]),
      row([cell('NRIC / FIN no.', { shade: G }), cell(x.nric!), cell('Date of birth', { shade: G }), cell(birthFmt(p, 'dd/mm/yyyy'))]),
      row([cell('Age', { shade: G }), cell(x.age!), cell('Sex', { shade: G }), cell(p.gender)]),
      row([cell('Race', { shade: G }), cell(x.race!), cell('Religion', { shade: G }), cell(x.religion!)]),
      row([cell('Citizenship', { shade: G }), cell(p.nationality), cell('Marital status', { shade: G }), cell(p.marital)]),
      row([cell('National Service status', { shade: G }), cell(x.ns!, { span: 3 })]),
      row([cell('Residential address', { shade: G }), cell(p.address, { span: 3 })]),
      row([cell('Mobile no.', { shade: G }), cell(p.phonePrinted), cell('Home no.', { shade: G }), cell('—')]),
      row([cell('Email', { shade: G }), cell(p.email, { span: 3 })]),
      sec('SECTION B: EDUCATION (highest first)', 4),
      row([cell('Institution', { shade: G, b: true }), cell('Qualification', { shade: G, b: true, span: 2 }), cell('From – To', { shade: G, b: true })]),
      ...p.education.map((d) => row([cell(d.school), cell(d.qual, { span: 2 }), cell(`${fmt(d.start, 'mm/yyyy')} – ${fmt(d.end, 'mm/yyyy')}`)])),
    ], c4),
    spacer(60),
    table([
      row([cell('SECTION C: EMPLOYMENT HISTORY (most recent first; include internships)', { span: 6, shade: '1F4E79', b: true, color: 'FFFFFF' })]),
      row(['From (mm/yy)', 'To (mm/yy)', 'Name of employer', 'Position held', 'Last drawn salary', 'Reason for leaving'].map((t, i) => cell(t, { w: e6[i], shade: G, b: true, sz: 8.5 }))),
      ...newestFirst(p.jobs).map((j) => row([cell(fmt(j.start, 'mm/yy')), cell(fmtEnd(j.end, 'mm/yy', 'Present')), cell(j.company), cell(j.title), cell(j.salary ?? ''), cell(j.reason || '—')])),
    ], e6),
    spacer(60),
    table([
      sec('SECTION D: SKILLS (technical / computer)', 4),
      row([cell(skills(p).join(', '), { span: 4 })]),
      sec('SECTION E: LANGUAGES', 4),
      row([cell('Language', { shade: G, b: true }), cell('Spoken', { shade: G, b: true }), cell('Written', { shade: G, b: true }), cell('Remarks', { shade: G, b: true })]),
      row([cell('English'), cell('Excellent'), cell('Excellent'), cell('')]), row([cell('Mandarin'), cell('Excellent'), cell('Good'), cell('')]), row([cell('Hokkien'), cell('Fair'), cell('—'), cell('Spoken only')]),
      sec('SECTION F: PROFESSIONAL CERTIFICATIONS', 4),
      ...p.certs.map((c) => row([cell(c, { span: 4 })])),
      sec('SECTION G: OTHER INFORMATION', 4),
      row([cell('Have you ever been dismissed or asked to resign?', { span: 3 }), cell('No')]),
      row([cell('Have you ever been convicted in a court of law in any country?', { span: 3 }), cell('No')]),
      row([cell('Referee', { shade: G }), cell((p.referees ?? []).map((r) => `${r.name}, ${r.relation}, ${r.phone}`).join('; '), { span: 3 })]),
      sec('DECLARATION AND CONSENT (PDPA)', 4),
      row([cell([para('I declare that the information given in this form is true and complete. I understand that any false information may render me liable to dismissal without notice.', { sz: 8.5, after: 40 }), para('I consent to the company collecting, using and disclosing my personal data for the purposes of recruitment and employment in accordance with the Personal Data Protection Act 2012.', { sz: 8.5, after: 200 }), para('Signature: ______________________            Date: 02/11/2026', { after: 0 })], { span: 4 })]),
    ], c4),
  ], EN, 9.5, 900);
}

/* China: bilingual 外企 "应聘申请表 / Employment Application Form" */
export function waiqi(p: Person): Document {
  const { para, cell, row, table } = mk(ZH, 9);
  const x = p.extra;
  const co = p.id === 'p14' ? ['哈特曼工业（上海）有限公司', 'Hartmann Industrial (Shanghai) Co., Ltd.'] : ['北风物流（宁波）有限公司', 'Nordwind Logistics (Ningbo) Co., Ltd.'];
  const G = 'F2F2F2';
  const sec = (t: string, span: number) => row([cell(t, { span, shade: 'D9D9D9', b: true })]);
  const c4 = [2200, 2619, 2200, 2619];
  const e5 = [1750, 2700, 2100, 1300, 1788];
  return doc([
    para(co[0]!, { align: 'center', b: true, sz: 12, after: 0 }), para(co[1]!, { align: 'center', sz: 10, after: 40 }),
    para('应聘申请表  EMPLOYMENT APPLICATION FORM', { align: 'center', b: true, sz: 15, after: 60 }),
    table([
      row([cell('应聘职位\nPosition applied', { w: 2200, shade: G }), cell(x.position!, { w: 2619 }), cell('期望月薪\nExpected salary', { w: 2200, shade: G }), cell(x.salaryExpect!, { w: 2619 })]),
      sec('个人信息  PERSONAL INFORMATION', 4),
      row([cell('中文姓名\nChinese name', { shade: G }), cell(p.name, { b: true, sz: 11 }), cell('英文名\nEnglish name', { shade: G }), cell(p.nameOther ?? '')]),
      row([cell('性别\nGender', { shade: G }), cell(p.gender), cell('出生日期\nDate of birth', { shade: G }), cell(birthFmt(p, 'yyyy.mm'))]),
      row([cell('民族\nEthnicity', { shade: G }), cell(x.minzu!), cell('籍贯\nNative place', { shade: G }), cell(x.jiguan!)]),
      row([cell('身份证号码\nID no.', { shade: G }), cell(x.idno!), cell('婚姻状况\nMarital status', { shade: G }), cell(p.marital)]),
      row([cell('户口所在地\nHukou', { shade: G }), cell(x.hukou!), cell('健康状况\nHealth', { shade: G }), cell(x.health!)]),
      row([cell('手机\nMobile', { shade: G }), cell(p.phonePrinted), cell('电子邮件\nE-mail', { shade: G }), cell(p.email)]),
      row([cell('现住址\nAddress', { shade: G }), cell(p.address, { span: 3 })]),
      sec('教育背景  EDUCATION (从最高学历填起 / highest first)', 4),
      row([cell('起止年月 From–To', { shade: G, b: true }), cell('学校 School', { shade: G, b: true }), cell('专业 Major', { shade: G, b: true }), cell('学历 Degree', { shade: G, b: true })]),
      ...[...p.education].reverse().map((d) => row([cell(`${fmt(d.start, 'yyyy.mm')} – ${fmt(d.end, 'yyyy.mm')}`), cell(d.school), cell(d.major ?? ''), cell(d.qual)])),
    ], c4),
    spacer(20),
    table([
      row([cell('工作经历  EMPLOYMENT HISTORY（最近的工作经历写在最前面 / most recent first）', { span: 5, shade: 'D9D9D9', b: true })]),
      row(['起止年月\nFrom – To', '公司名称\nCompany', '职位\nPosition', '月薪\nMonthly salary', '离职原因\nReason for leaving'].map((t, i) => cell(t, { w: e5[i], shade: G, b: true, sz: 8.5 }))),
      ...newestFirst(p.jobs).map((j) => row([cell(`${fmt(j.start, 'yyyy.mm')} – ${fmtEnd(j.end, 'yyyy.mm', '至今 Present')}`), cell(j.company), cell(j.title), cell(j.salary ?? ''), cell(j.reason || '在职 Employed')])),
    ], e5),
    spacer(20),
    table([
      sec('技能  SKILLS', 4),
      row([cell(skills(p).join('；'), { span: 4 })]),
      sec('语言能力  LANGUAGES', 4),
      row([cell(p.languages.join('；'), { span: 4 })]),
      sec('证书  CERTIFICATES', 4),
      row([cell(p.certs.join('；'), { span: 4 })]),
      sec('其他  OTHERS', 4),
      row([cell('到岗时间\nNotice period', { shade: G }), cell(x.notice!), cell('紧急联系人\nEmergency contact', { shade: G }), cell(x.emergency!)]),
      row([cell('竞业限制协议？\nNon-compete agreement?', { shade: G }), cell('否 No'), cell('亲属在本公司工作？\nRelatives in this company?', { shade: G }), cell('否 No')]),
      row([cell([para('本人声明以上所填资料真实无误，并同意公司进行背景调查。如有虚假，公司有权取消录用或解除劳动合同。', { sz: 8.5, after: 20 }), para('I declare that the information above is true and complete and I authorise the company to verify it.', { sz: 8.5, after: 120 }), para('签名 Signature: ____________________　　　日期 Date: 2026-11-02', { after: 0 })], { span: 4 })]),
    ], c4),
  ], ZH, 9, 720);
}

/* ================= single column ================= */

/* Brazil: Word "currículo" — centred header with personal line, "Company / Position / Period / Activities" blocks */
export function brCurriculo(p: Person): Document {
  const { para, run } = mk({ ascii: 'Arial', hAnsi: 'Arial', eastAsia: 'SimSun' }, 10.5);
  const h = (t: string) => para(t, { b: true, sz: 11, before: 200, after: 80, color: '1F3864' });
  return doc([
    para(p.name.toUpperCase(), { align: 'center', b: true, sz: 18, after: 40 }),
    para(`${p.nationality}, ${p.marital.toLowerCase()}, ${p.extra.age} years old`, { align: 'center', after: 20 }),
    para(p.address, { align: 'center', after: 20 }),
    para(`Mobile/WhatsApp: ${p.phonePrinted}  |  E-mail: ${p.email}`, { align: 'center', after: 20 }),
    para(`Driving licence: ${p.extra.driving}  |  ${p.extra.availability}`, { align: 'center', after: 120 }),
    h('OBJECTIVE'), para(p.objective),
    h('PROFESSIONAL SUMMARY'), para(p.summary),
    h('ACADEMIC BACKGROUND'),
    ...p.education.map((d) => para([run(`${d.qual}`, { b: true }), run(` – ${d.school}, ${d.city}. ${d.start.slice(0, 4)} to ${d.end.slice(0, 4)}.`)], { bullet: true })),
    h('PROFESSIONAL EXPERIENCE'),
    ...newestFirst(p.jobs).flatMap((j) => [
      para([run('Company: ', { b: true }), run(j.company)], { after: 0, before: 80 }),
      para([run('Position: ', { b: true }), run(j.title)], { after: 0 }),
      para([run('Period: ', { b: true }), run(`${fmt(j.start, 'mm/yyyy')} to ${fmtEnd(j.end, 'mm/yyyy', 'current')}`)], { after: 0 }),
      para([run('Main activities: ', { b: true }), run(j.duties.join('; ') + '.')], { after: 60 }),
    ]),
    h('TECHNICAL SKILLS'),
    ...skills(p).map((s) => para(skillWithLevel(p, s, (l) => ` – ${l.toLowerCase()}`), { bullet: true, after: 0 })),
    h('COMPLEMENTARY COURSES AND REGISTRATION'),
    ...p.certs.map((c) => para(c, { bullet: true, after: 0 })),
    h('LANGUAGES'),
    ...p.languages.map((l) => para(l, { bullet: true, after: 0 })),
  ], { ascii: 'Arial', hAnsi: 'Arial', eastAsia: 'SimSun' }, 10.5, 1134);
}

/* New Zealand: CV — personal statement, key skills, employment history with responsibilities, licences, volunteer work, referees on request */
export function nzCv(p: Person): Document {
  const { para, run } = mk(EN, 11);
  const h = (t: string) => para(t, { b: true, sz: 13, before: 220, after: 80, color: '00594F' });
  return doc([
    para(p.name, { b: true, sz: 24, after: 0 }),
    para('Registered Electrician', { sz: 13, color: '555555', after: 60 }),
    para(`${p.phonePrinted}  ·  ${p.email}  ·  Hamilton, Waikato`, { after: 60 }),
    h('Personal Statement'), para(p.summary),
    h('Key Skills'), ...skills(p).map((s) => para(s, { bullet: true, after: 0 })),
    h('Employment History'),
    ...newestFirst(p.jobs).flatMap((j) => [
      para([run(j.title, { b: true }), run(`\t${fmt(j.start, 'month yyyy')} – ${fmtEnd(j.end, 'month yyyy', 'Present')}`)], { tabRight: true, after: 0, before: 100 }),
      para([run(`${j.company}, ${j.city}`, { i: true })], { after: 40 }),
      ...j.duties.map((d) => para(d, { bullet: true, after: 0 })),
    ]),
    h('Licences & Certifications'), ...p.certs.map((c) => para(c, { bullet: true, after: 0 })),
    h('Qualifications'), ...p.education.map((d) => para([run(d.qual, { b: true }), run(` – ${d.school} (${d.end.slice(0, 4)})`)], { after: 40 })),
    h('Volunteer Work'), ...(p.volunteering ?? []).map((v) => para(`${v.role}, ${v.org} – ${fmt(v.start, 'month yyyy')} to ${v.end ? fmt(v.end, 'month yyyy') : 'present'}. Callouts to medical events, MVAs and rural fires; crew leader since 2020.`)),
    h('Interests'), para('Waka ama, fishing, coaching under-12 rugby league.'),
    h('Referees'), para('Available on request.'),
  ], EN, 11, 1134);
}

/* China: self-made Word 简历 with 【】 bracket headings */
export function cnBracket(p: Person): Document {
  const { para, run } = mk(ZH, 10.5);
  const x = p.extra;
  const h = (t: string) => para(`【${t}】`, { b: true, sz: 12, before: 180, after: 60 });
  return doc([
    para('个 人 简 历', { align: 'center', b: true, sz: 18, after: 160 }),
    h('基本信息'),
    para(`姓　　名：${p.name}　　　　性　　别：${p.gender}　　　　出生年月：${fmt(p.birth.slice(0, 7), 'zh')}`, { after: 20 }),
    para(`籍　　贯：${x.jiguan}　　　　婚姻状况：${p.marital}　　　　政治面貌：${x.zhengzhi}`, { after: 20 }),
    para(`联系电话：${p.phonePrinted}　　　　电子邮箱：${p.email}`, { after: 20 }),
    para(`现居住地：${p.address}`, { after: 20 }),
    h('求职意向'), para(`${p.objective}　　期望薪资：${x.salaryExpect}　　到岗时间：一个月内`),
    h('工作经历'),
    ...newestFirst(p.jobs).flatMap((j) => [
      para([run(`${fmt(j.start, 'zh')} — ${fmtEnd(j.end, 'zh', '至今')}　　`, { b: true }), run(`${j.company}　　`, { b: true }), run(j.title)], { after: 20, before: 60 }),
      ...j.duties.map((d, i) => para(`${i + 1}、${d}`, { indent: 420, after: 0 })),
    ]),
    h('教育经历'),
    ...p.education.map((d) => para(`${fmt(d.start, 'yyyy.mm')}—${fmt(d.end, 'yyyy.mm')}　　${d.school}　　${d.major}　　${d.qual}`, { after: 20 })),
    h('专业技能'),
    ...skills(p).map((s) => para(s, { bullet: true, after: 0 })),
    h('资格证书'), para(p.certs.join('；')),
    h('自我评价'), para('性格开朗，抗压能力强，善于与客户沟通；从一线销售做起，熟悉寿险及经纪业务全流程，重视团队培训和长期客户服务。'),
  ], ZH, 10.5, 1134);
}

/* ================= two column (borderless layout table) ================= */

/* Word résumé on a borderless two-column layout table: shaded left rail (contact, skills, languages), right main */
export function wordTwocol(p: Person): Document {
  const { para, cell, row, table, run } = mk({ ascii: 'Calibri', hAnsi: 'Calibri', eastAsia: 'SimSun' }, 10);
  const lw = 3200, rw = W - lw;
  const lh = (t: string) => para(t.toUpperCase(), { b: true, sz: 10.5, color: '2E5597', before: 200, after: 60 });
  const rh = (t: string) => para(t.toUpperCase(), { b: true, sz: 12, color: '2E5597', before: 200, after: 80 });
  const left = [
    para('CONTACT', { b: true, sz: 10.5, color: '2E5597', after: 60 }),
    para(p.phonePrinted, { after: 20 }), para(p.email, { after: 20, sz: 9 }), para(p.address, { after: 20, sz: 9 }),
    lh('Skills'), ...skills(p).map((s) => para(s, { bullet: true, after: 0 })),
    lh('Languages'), ...p.languages.map((l) => para(l, { after: 20 })),
    lh('Certificates'), ...p.certs.map((c) => para(c, { after: 40, sz: 9 })),
    lh('Personal'), para(`Date of birth: ${birthFmt(p, 'dd/mm/yyyy')}`, { after: 20, sz: 9 }), para(`Nationality: ${p.nationality}`, { after: 20, sz: 9 }), para(`Marital status: ${p.marital}`, { after: 20, sz: 9 }),
  ];
  const right = [
    para(p.name, { b: true, sz: 22, after: 0 }),
    para(p.occupation, { sz: 12, color: '666666', after: 120 }),
    rh('Profile'), para(p.summary),
    rh('Work Experience'),
    ...newestFirst(p.jobs).flatMap((j) => [
      para([run(j.title, { b: true }), run(`  |  ${j.company}`)], { after: 0, before: 80 }),
      para(`${range(j, 'mon yyyy', 'Present')}  ·  ${j.city}`, { i: true, color: '666666', after: 20 }),
      ...j.duties.map((d) => para(d, { bullet: true, after: 0 })),
    ]),
    rh('Education'),
    ...p.education.flatMap((d) => [para([run(d.qual, { b: true })], { after: 0 }), para(`${d.school} · ${d.start.slice(0, 4)} – ${d.end.slice(0, 4)}`, { after: 60 })]),
  ];
  const t = table([row([cell(left, { w: lw, shade: 'EAF0F8', noBorder: true }), cell(right, { w: rw, noBorder: true })])], [lw, rw], true);
  return doc([t], { ascii: 'Calibri', hAnsi: 'Calibri', eastAsia: 'SimSun' }, 10, 850);
}
