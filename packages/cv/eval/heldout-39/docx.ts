/** DOCX templates built with `docx` (heldout-39). Each returns a Document; LibreOffice prints each to PDF. */
import {
  AlignmentType, BorderStyle, Document, Footer, Header, PageNumber, Paragraph, ShadingType, Table, TableCell, TableRow,
  TabStopType, TextRun, VerticalAlign, WidthType, SectionType,
} from 'docx';
import type { Person } from './people.ts';
import { d, newest, range } from './fmt.ts';

type RunOpts = { bold?: boolean; size?: number; color?: string; italics?: boolean; font?: string };
const run = (text: string, o: RunOpts = {}) => new TextRun({ text, bold: o.bold, size: o.size, color: o.color, italics: o.italics, font: o.font });
const para = (text: string | TextRun[], o: RunOpts & { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; after?: number; before?: number } = {}) =>
  new Paragraph({ children: typeof text === 'string' ? [run(text, o)] : text, alignment: o.align, spacing: { after: o.after ?? 40, before: o.before ?? 0 } });
const cell = (content: string | Paragraph[], o: { w?: number; shade?: string; span?: number; rowSpan?: number; bold?: boolean; size?: number } = {}) =>
  new TableCell({
    children: typeof content === 'string' ? content.split('\n').map((l) => para(l, { bold: o.bold, size: o.size ?? 19, after: 0 })) : content,
    width: o.w ? { size: o.w, type: WidthType.DXA } : undefined,
    shading: o.shade ? { type: ShadingType.CLEAR, color: 'auto', fill: o.shade } : undefined,
    columnSpan: o.span, rowSpan: o.rowSpan, verticalAlign: VerticalAlign.CENTER,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
  });
const table = (rows: TableCell[][], widths: number[]) => new Table({ rows: rows.map((r) => new TableRow({ children: r })), columnWidths: widths, width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA } });
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const A4 = { page: { size: { width: 11906, height: 16838 }, margin: { top: 1000, bottom: 1000, left: 1100, right: 1100 } } };
const heading = (t: string, color = '1F3864', zh = false) => new Paragraph({
  children: [run(t, { bold: true, size: 24, color, font: zh ? 'SimHei' : undefined })], spacing: { before: 200, after: 80 },
  border: { bottom: { style: BorderStyle.SINGLE, size: 6, color, space: 2 } },
});
const doc = (sections: ConstructorParameters<typeof Document>[0]['sections'], font = 'Calibri') =>
  new Document({ creator: 'heldout-39', styles: { default: { document: { run: { font, size: 20 } } } }, sections });

/** Australian Word résumé: "Mobile | Office" line, Key Skills in a two-column continuous section, right-tab dates, page footer. */
export function skillcols(p: Person): Document {
  const rt = [{ type: TabStopType.RIGHT, position: 9700 }];
  const footer = new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(`${p.name} – Résumé – Page `, { size: 16, color: '777777' }), new TextRun({ children: [PageNumber.CURRENT], size: 16, color: '777777' })] })] });
  const head = [
    para(p.name, { bold: true, size: 40, color: '2E4A1F', after: 0 }),
    para(p.headline, { size: 24, color: '5A7D3A', after: 60 }),
    para(`Mobile: ${p.mobNat}  |  Office: ${p.other!.number}  |  ${p.email}`, { size: 19 }),
    para(`${p.address}  |  Full Australian working rights (NZ citizen)`, { size: 19, after: 120 }),
    heading('CAREER OBJECTIVE', '2E4A1F'), para(p.summary),
    heading('KEY SKILLS', '2E4A1F'),
  ];
  const skills = p.skills.map((s) => new Paragraph({ children: [run(s.name)], bullet: { level: 0 }, spacing: { after: 20 } }));
  const body = [
    heading('EMPLOYMENT HISTORY', '2E4A1F'),
    ...newest(p).flatMap((j) => [
      new Paragraph({ tabStops: rt, spacing: { before: 100, after: 0 }, children: [run(j.title, { bold: true }), run(`\t${range(j, 'Mon YYYY', 'Present')}`)] }),
      para(`${j.company}, ${j.town}`, { italics: true, after: 20 }),
      ...j.duties.map((x) => new Paragraph({ children: [run(x)], bullet: { level: 0 }, spacing: { after: 10 } })),
    ]),
    heading('EDUCATION & TRAINING', '2E4A1F'),
    ...p.education.map((e) => new Paragraph({ tabStops: rt, children: [run(`${e.degree}, ${e.school}`), run(`\t${e.start.slice(0, 4)} – ${e.end.slice(0, 4)}`)] })),
    heading('TICKETS & LICENCES', '2E4A1F'), ...p.extra!.map((x) => para(x)),
    heading('REFEREES', '2E4A1F'),
    para('Darren Colquhoun, Maintenance Superintendent, Redgum Minerals — 0491 570 110'),
    para('Priya Nair, Shutdown Manager, Kalgara Iron Ore — (08) 9266 0190'),
  ];
  return doc([
    { properties: { ...A4 }, footers: { default: footer }, children: head },
    { properties: { type: SectionType.CONTINUOUS, column: { count: 2, space: 500 } }, children: skills },
    { properties: { type: SectionType.CONTINUOUS }, footers: { default: footer }, children: body },
  ]);
}

/** WPS 文字 个人简历 (no tables): 电话（微信同号）+ 座机 line, 专业技能 as "技能 —— 熟练程度" lines, "2017年9月至今" dates. */
export function wps(p: Person): Document {
  const rt = [{ type: TabStopType.LEFT, position: 3900 }, { type: TabStopType.RIGHT, position: 9700 }];
  const H = (t: string) => new Paragraph({ children: [run(`■ ${t}`, { bold: true, size: 24, color: 'FFFFFF', font: 'SimHei' })], shading: { type: ShadingType.CLEAR, color: 'auto', fill: '2F5597' }, spacing: { before: 180, after: 80 } });
  const phone = p.id === 'p09' ? `电话：${p.mobNat}（微信同号）　　座机：${p.other!.number}` : `手机：${p.mobNat}　　办公电话：${p.other!.number}`;
  return doc([{
    properties: { ...A4 },
    children: [
      para('个 人 简 历', { bold: true, size: 36, align: AlignmentType.CENTER, after: 120, font: 'SimHei' }),
      para([run('姓　　名：', { bold: true }), run(p.name, { size: 28, bold: true })]),
      para(`性　　别：${p.gender === 'F' ? '女' : '男'}　　　出生年月：${d(p.born, 'YYYY年M月')}　　　现居住地：${p.city}`),
      para(phone),
      para(`邮　　箱：${p.email}`),
      para(`求职意向：${p.headline}`, { after: 60 }),
      H('教育背景'),
      ...p.education.map((e) => new Paragraph({ tabStops: rt, children: [run(`${d(e.start, 'YYYY年M月')}—${d(e.end, 'YYYY年M月')}`), run(`\t${e.school}　${e.degree}`)] })),
      H('工作经历'),
      ...newest(p).flatMap((j) => [
        new Paragraph({ tabStops: rt, spacing: { before: 80 }, children: [run(j.end ? `${d(j.start, 'YYYY年M月')}—${d(j.end, 'YYYY年M月')}` : `${d(j.start, 'YYYY年M月')}至今`, { bold: true }), run(`\t${j.company}`, { bold: true }), run(`\t${j.title}`)] }),
        para(`工作内容：${j.duties.join('；')}。`, { after: 40 }),
      ]),
      H('专业技能'),
      ...p.skills.map((s) => new Paragraph({ tabStops: [{ type: TabStopType.LEFT, position: 3200 }], children: [run(`◆ ${s.name}`), run(`\t—— ${s.level}`)], spacing: { after: 20 } })),
      H('证书与语言'),
      para([...(p.extra ?? []), ...p.languages].join('；')),
      H('自我评价'), para(p.summary),
    ],
  }], 'SimSun');
}

/** 员工内推推荐表: referrer block (with the referrer's own phone), candidate block, 开始/结束 in two cells, 技能/掌握程度 table. */
export function neitui(p: Person): Document {
  const W = [1700, 1500, 1400, 1500, 1500, 2100];
  const S = 'D9E2F3';
  const rows: TableCell[][] = [
    [cell('推荐人信息', { span: 6, shade: '8EAADB', bold: true })],
    [cell('推荐人', { shade: S }), cell(p.id === 'p08' ? '吴佳琳' : '冯建林'), cell('工号', { shade: S }), cell(p.id === 'p08' ? 'YS02317' : 'TW10452'), cell('推荐人手机', { shade: S }), cell(p.id === 'p08' ? '139-1628-7054' : '135-3082-6617')],
    [cell('所在部门', { shade: S }), cell(p.id === 'p08' ? '技术中心-前端组' : '研发部-硬件组', { span: 3 }), cell('与候选人关系', { shade: S }), cell('前同事')],
    [cell('被推荐人信息', { span: 6, shade: '8EAADB', bold: true })],
    [cell('姓名', { shade: S }), cell(p.name, { bold: true }), cell('性别', { shade: S }), cell(p.gender === 'F' ? '女' : '男'), cell('出生年月', { shade: S }), cell(d(p.born, 'YYYY.MM'))],
    [cell('手机号码', { shade: S }), cell(p.id === 'p08' ? p.mobNat : `+86 ${p.mobNat}`, { span: 3 }), cell('邮箱', { shade: S }), cell(p.email)],
    [cell('应聘岗位', { shade: S }), cell(p.headline, { span: 3 }), cell('期望城市', { shade: S }), cell(p.city)],
    [cell('工作经历（由近及远）', { span: 6, shade: '8EAADB', bold: true })],
    [cell('开始时间', { shade: S }), cell('结束时间', { shade: S }), cell('公司名称', { shade: S, span: 2 }), cell('职位', { shade: S }), cell('主要工作', { shade: S })],
    ...newest(p).map((j) => [cell(d(j.start, 'YYYY/MM')), cell(j.end ? d(j.end, 'YYYY/MM') : '至今'), cell(j.company, { span: 2 }), cell(j.title), cell(j.duties[0], { size: 17 })]),
    [cell('专业技能', { span: 6, shade: '8EAADB', bold: true })],
    [cell('技能', { shade: S, span: 2 }), cell('掌握程度（精通/熟练/熟悉）', { shade: S, span: 2 }), cell('使用年限', { shade: S, span: 2 })],
    ...p.skills.map((s) => [cell(s.name, { span: 2 }), cell(s.level!, { span: 2 }), cell(`${s.years}年`, { span: 2 })]),
    [cell('教育经历', { shade: S }), cell(p.education.map((e) => `${d(e.start, 'YYYY.MM')}-${d(e.end, 'YYYY.MM')} ${e.school} ${e.degree}`).join('\n'), { span: 5 })],
    [cell('推荐理由', { shade: S }), cell(p.summary, { span: 5 })],
    [cell('HR意见', { shade: S }), cell('□ 安排面试　□ 暂不考虑　　　签字：　　　日期：', { span: 5 })],
  ];
  const header = new Header({ children: [para(p.id === 'p08' ? '上海云杉数智科技有限公司 · 人力资源部' : '深圳拓维工控技术股份有限公司 · 人力资源部', { size: 16, color: '888888', align: AlignmentType.RIGHT })] });
  return doc([{ properties: { ...A4 }, headers: { default: header }, children: [para('员工内部推荐表', { bold: true, size: 34, align: AlignmentType.CENTER, after: 160, font: 'SimHei' }), table(rows, W), para('表格编号：HR-F-027　版本：B/1', { size: 16, color: '888888', before: 80 })] }], 'SimSun');
}

/** 海外派遣人员信息登记表 / Overseas Assignment Employee Information Form: 驻外手机 vs 国内联系电话, 起始年月 / 截止年月 cells. */
export function haiwai(p: Person): Document {
  const W = [1900, 1700, 1500, 1700, 1600, 1300];
  const S = 'E2EFD9';
  const mx = p.id === 'p16';
  const L = (zh: string, en: string) => cell(`${zh}\n${en}`, { shade: S, size: 16 });
  const rows: TableCell[][] = [
    [L('姓名', 'Name'), cell(mx ? `${p.name}（${p.latin}）` : p.name, { span: 2, bold: true }), L('性别', 'Gender'), cell(p.gender === 'F' ? '女 F' : '男 M', { span: 2 })],
    [L('派驻国家/地区', 'Host country'), cell(mx ? '墨西哥 Mexico' : '印度尼西亚 Indonesia', { span: 2 }), L('派驻单位', 'Host entity'), cell(mx ? 'Huaxin Automotive de México' : '楚天汽车零部件（印尼）工厂', { span: 2 })],
    [L('驻外手机', 'Mobile (host country)'), cell(mx ? '+52 81 1907 3342' : '到岗后办理 / TBA', { span: 2 }), L('国内手机', 'Mobile (China)'), cell(mx ? '—（已注销）' : p.mobNat, { span: 2 })],
    [L('电子邮箱', 'E-mail'), cell(p.email, { span: 2 }), L('办公电话', 'Office tel.'), cell(mx ? '+52 81 8336 4100 ext. 2215' : p.other!.number, { span: 2 })],
    [L('紧急联系人及电话', 'Emergency contact'), cell(mx ? `妻子 王丽　${p.other!.number}` : '妻子 程慧　139-0718-2265', { span: 5 })],
    [cell('工作经历 Employment history', { span: 6, shade: 'A8D08D', bold: true })],
    [L('起始年月', 'From'), L('截止年月', 'To'), L('单位名称', 'Employer'), cell('', { shade: S }), L('职务', 'Position'), L('地点', 'City')],
    ...newest(p).map((j) => [cell(d(j.start, 'YYYY.MM')), cell(j.end ? d(j.end, 'YYYY.MM') : '至今 present'), cell(j.company, { span: 2 }), cell(j.title), cell(j.town)]),
    [L('技能特长', 'Skills'), cell(p.skills.map((s) => `${s.name}（${s.level}）`).join('；'), { span: 5 })],
    [L('外语', 'Languages'), cell(p.languages.join('；'), { span: 5 })],
    [L('教育', 'Education'), cell(p.education.map((e) => `${d(e.start, 'YYYY.MM')}–${d(e.end, 'YYYY.MM')} ${e.school} ${e.degree}`).join('\n'), { span: 5 })],
    [L('本人签字', 'Signature'), cell('', { span: 2 }), L('日期', 'Date'), cell('2026-11-20', { span: 2 })],
  ];
  // the "单位名称" header spans two cells: drop the empty cell by merging
  rows[6] = [L('起始年月', 'From'), L('截止年月', 'To'), cell('单位名称\nEmployer', { shade: S, size: 16, span: 2 }), L('职务', 'Position'), L('地点', 'City')];
  return doc([{ properties: { ...A4 }, children: [
    para('海外派遣人员信息登记表', { bold: true, size: 32, align: AlignmentType.CENTER, after: 0, font: 'SimHei' }),
    para('Overseas Assignment Employee Information Form', { size: 20, align: AlignmentType.CENTER, after: 160 }),
    table(rows, W),
    para('注：驻外手机请在到岗后一周内报国际业务部备案。Please register your host-country mobile with the International Business Dept. within one week of arrival.', { size: 15, color: '666666', before: 80 }),
  ] }], 'SimSun');
}

/** US travel-nurse "Nurse Profile" in Word: contact table, license table, work table with unit/beds/charting, clinical skills two-column table. */
export function rnprofile(p: Person): Document {
  const S = 'DEEAF6';
  const half = Math.ceil(p.skills.length / 2);
  return doc([{ properties: { ...A4 }, children: [
    para(`${p.name}, BSN, RN`, { bold: true, size: 36, align: AlignmentType.CENTER, after: 0 }),
    para('Progressive Care / Telemetry RN', { size: 22, align: AlignmentType.CENTER, color: '2E75B6', after: 120 }),
    table([
      [cell('Cell', { shade: S, bold: true }), cell(`${p.mobIntl.replace('+1 ', '')}`), cell('Home', { shade: S, bold: true }), cell(p.other!.number)],
      [cell('Email', { shade: S, bold: true }), cell(p.email), cell('Address', { shade: S, bold: true }), cell(p.address)],
    ], [1300, 3500, 1300, 3600]),
    heading('LICENSES & CERTIFICATIONS', '2E75B6'),
    table([
      [cell('Type', { shade: S, bold: true }), cell('State / Issuer', { shade: S, bold: true }), cell('Number', { shade: S, bold: true }), cell('Expires', { shade: S, bold: true })],
      [cell('RN (multistate: No)'), cell('Oregon'), cell('202111874'), cell('03/2027')],
      [cell('BLS'), cell('AHA'), cell('—'), cell('08/2027')],
      [cell('ACLS'), cell('AHA'), cell('—'), cell('08/2027')],
    ], [2800, 2400, 2300, 2200]),
    heading('WORK HISTORY', '2E75B6'),
    table([
      [cell('Start', { shade: S, bold: true }), cell('End', { shade: S, bold: true }), cell('Facility', { shade: S, bold: true }), cell('Unit / Title', { shade: S, bold: true }), cell('Beds', { shade: S, bold: true }), cell('Charting', { shade: S, bold: true })],
      ...newest(p).map((j, i) => [cell(d(j.start, 'MM/YYYY')), cell(j.end ? d(j.end, 'MM/YYYY') : 'Present'), cell(`${j.company}\n${j.town}`), cell(j.title), cell(['28', '24–36', '32'][i]), cell(['Epic', 'Epic / Cerner', 'Cerner'][i])]),
    ], [1100, 1100, 3000, 2300, 900, 1300]),
    heading('CLINICAL SKILLS', '2E75B6'),
    table(Array.from({ length: half }, (_, i) => [cell(`• ${p.skills[i].name}`), cell(p.skills[i + half] ? `• ${p.skills[i + half].name}` : '')]).map((r) => r), [4850, 4850]),
    heading('EDUCATION', '2E75B6'),
    ...p.education.map((e) => para(`${e.degree} — ${e.school}, ${e.end.slice(0, 4)}`)),
    para('Languages: English; Spanish (conversational)', { before: 60 }),
  ] }]);
}

/** Nigerian bank "Application for Employment" (experienced hire) typed in Word: GSM number cells, NYSC row, employment table, skills cell. */
export function ngbank(p: Person): Document {
  const S = 'E2EFD9';
  const W = [2600, 2300, 2400, 2400];
  const rows: TableCell[][] = [
    [cell('SECTION A: PERSONAL DATA', { span: 4, shade: '375623', bold: true })],
    [cell('Full Name', { shade: S }), cell(p.name, { span: 3, bold: true })],
    [cell('Date of Birth', { shade: S }), cell('14/03/1992'), cell('State of Origin / LGA', { shade: S }), cell('Anambra / Njikoka')],
    [cell('GSM No.', { shade: S }), cell(p.mobNat), cell('Alternative Phone No.', { shade: S }), cell(`${p.other!.number} (office)`)],
    [cell('E-mail Address', { shade: S }), cell(p.email), cell('Marital Status', { shade: S }), cell('Married')],
    [cell('Residential Address', { shade: S }), cell(p.address, { span: 3 })],
    [cell('NYSC', { shade: S }), cell('Completed 2013 (Discharge Cert. No. NYSC/ENU/2013/08841)', { span: 3 })],
    [cell('SECTION B: EMPLOYMENT HISTORY (start with the most recent)', { span: 4, shade: '375623', bold: true })],
    [cell('Employer', { shade: S }), cell('Position Held', { shade: S }), cell('Date Joined', { shade: S }), cell('Date Left', { shade: S })],
    ...newest(p).map((j) => [cell(`${j.company}\n${j.town}`), cell(j.title), cell(d(j.start, 'Month YYYY')), cell(j.end ? d(j.end, 'Month YYYY') : 'Till Date')]),
    [cell('SECTION C: EDUCATION & PROFESSIONAL QUALIFICATIONS', { span: 4, shade: '375623', bold: true })],
    ...p.education.map((e) => [cell(e.school, { span: 2 }), cell(e.degree), cell(`${e.start.slice(0, 4)} – ${e.end.slice(0, 4)}`)]),
    [cell('Institute of Chartered Accountants of Nigeria', { span: 2 }), cell('ACA'), cell('2016')],
    [cell('SECTION D: SKILLS', { span: 4, shade: '375623', bold: true })],
    [cell('Skills / Competencies', { shade: S }), cell(p.skills.map((s) => s.name).join(', '), { span: 3 })],
    [cell('Languages Spoken', { shade: S }), cell(p.languages.join(', '), { span: 3 })],
    [cell('SECTION E: REFEREES', { span: 4, shade: '375623', bold: true })],
    [cell('Mr. Tunde Bakare, FCA\nFinance Director, Crestfield Foods Plc\n0802 311 6690', { span: 2 }), cell('Mrs. Ngozi Eze\nHead, Internal Control, Unity Crown MFB\n0706 118 2473', { span: 2 })],
  ];
  rows.forEach((r) => r.forEach(() => undefined));
  const header = new Header({ children: [para('TRUSTLINE BANK PLC — HUMAN RESOURCES', { size: 16, color: '375623', align: AlignmentType.RIGHT })] });
  return doc([{ properties: { ...A4 }, headers: { default: header }, children: [
    para('APPLICATION FOR EMPLOYMENT (EXPERIENCED HIRE)', { bold: true, size: 28, align: AlignmentType.CENTER, after: 40 }),
    para('Position applied for: Senior Officer, Financial Control', { align: AlignmentType.CENTER, after: 160 }),
    table(rows, W),
    para('I certify that the information given above is true and complete.    Signature: ____________    Date: 26/11/2026', { before: 160, size: 18 }),
  ] }], 'Arial');
}

/** Indian IT staffing consultancy "Candidate Profile" sent to a client: Total/Relevant Exp, CTC/ECTC, notice, skill matrix (out of 10). */
export function consult(p: Person): Document {
  const S = 'FCE4D6';
  return doc([{ properties: { ...A4 }, headers: { default: new Header({ children: [para('Zenith Talent Consultants Pvt. Ltd. · Koramangala, Bengaluru · +91 80 4092 7710', { size: 16, color: '888888' })] }) }, children: [
    para('CANDIDATE PROFILE', { bold: true, size: 30, align: AlignmentType.CENTER, after: 40, color: 'C55A11' }),
    para('Requirement: Lead Java Developer (Req. ID ZT/ACM/0912) · Submitted by: Sneha Kulkarni, Recruiter, +91 99001 42236', { size: 17, align: AlignmentType.CENTER, after: 140 }),
    table([
      [cell('Candidate Name', { shade: S, bold: true }), cell(p.name, { bold: true }), cell('Contact No.', { shade: S, bold: true }), cell(p.mobIntl)],
      [cell('Email ID', { shade: S, bold: true }), cell(p.email), cell('Alternate No.', { shade: S, bold: true }), cell(p.other!.number)],
      [cell('Total Exp.', { shade: S, bold: true }), cell('11.4 Yrs'), cell('Relevant Exp.', { shade: S, bold: true }), cell('9 Yrs (Java)')],
      [cell('Current CTC', { shade: S, bold: true }), cell('₹ 38 LPA'), cell('Expected CTC', { shade: S, bold: true }), cell('₹ 46 LPA')],
      [cell('Notice Period', { shade: S, bold: true }), cell('60 days (negotiable)'), cell('Current Location', { shade: S, bold: true }), cell('Bengaluru')],
    ], [2200, 2700, 2100, 2700]),
    heading('SKILL MATRIX', 'C55A11'),
    table([
      [cell('Skill', { shade: S, bold: true }), cell('Years of Exp.', { shade: S, bold: true }), cell('Self Rating (out of 10)', { shade: S, bold: true })],
      ...p.skills.map((s) => [cell(s.name), cell(String(s.years)), cell(String(s.rating * 2 - (s.rating === 5 ? 1 : 0)))]),
    ], [4300, 2500, 2900]),
    heading('EMPLOYMENT DETAILS', 'C55A11'),
    table([
      [cell('Company', { shade: S, bold: true }), cell('Designation', { shade: S, bold: true }), cell('From', { shade: S, bold: true }), cell('To', { shade: S, bold: true })],
      ...newest(p).map((j) => [cell(j.company), cell(j.title), cell(d(j.start, 'Mon-YY')), cell(j.end ? d(j.end, 'Mon-YY') : 'Till date')]),
    ], [3300, 3200, 1600, 1600]),
    heading('EDUCATION', 'C55A11'),
    ...p.education.map((e) => para(`${e.degree} — ${e.school} (${e.end.slice(0, 4)})`)),
    para(`Certification: ${p.extra!.join(', ')}`),
    heading('RECRUITER NOTES', 'C55A11'),
    para('Strong on Kafka and Spring Boot; led the payments migration at Payvista. Available for F2F on weekdays.'),
  ] }]);
}

/** UK Jobcentre-style CV template typed into a visible Word grid: Tel (home) and Mobile rows, 3-column key-skills table, Dates | Employer | Job title & duties. */
export function jcp(p: Person): Document {
  const S = 'F2F2F2';
  const skills = p.skills.map((s) => s.name);
  const rows3: string[][] = [];
  for (let i = 0; i < skills.length; i += 3) rows3.push([skills[i], skills[i + 1] ?? '', skills[i + 2] ?? '']);
  const hdr = (t: string) => [cell(t, { span: 3, shade: 'BDD7EE', bold: true })];
  return doc([{ properties: { ...A4 }, children: [
    para('Curriculum Vitae', { bold: true, size: 32, align: AlignmentType.CENTER, after: 120 }),
    table([
      [cell('Name', { shade: S, bold: true, w: 2200 }), cell(p.name, { span: 2, bold: true })],
      [cell('Address', { shade: S, bold: true }), cell(p.address, { span: 2 })],
      [cell('Tel (home)', { shade: S, bold: true }), cell(p.other!.number, { span: 2 })],
      [cell('Mobile', { shade: S, bold: true }), cell(p.mobNat, { span: 2 })],
      [cell('Email', { shade: S, bold: true }), cell(p.email, { span: 2 })],
      hdr('Personal Profile'),
      [cell(p.summary, { span: 3 })],
      hdr('Key Skills'),
      ...rows3.map((r) => r.map((x) => cell(x))),
      hdr('Employment History'),
      [cell('Dates', { shade: S, bold: true }), cell('Employer', { shade: S, bold: true }), cell('Job title and main duties', { shade: S, bold: true })],
      ...newest(p).map((j) => [cell(range(j, 'MM/YYYY', 'present', ' – ')), cell(`${j.company}\n${j.town}`), cell([para(j.title, { bold: true, size: 19, after: 0 }), ...j.duties.map((x) => para(`- ${x}`, { size: 18, after: 0 }))])]),
      hdr('Education and Qualifications'),
      ...p.education.map((e) => [cell(`${e.start.slice(0, 4)} – ${e.end.slice(0, 4)}`), cell(e.school), cell(e.degree)]),
      [cell('2022'), cell('Google'), cell(p.extra![0])],
      hdr('Other Information'),
      [cell(`Languages: ${p.languages.join(', ')}. ${p.extra![1]}.`, { span: 3 })],
      hdr('References'),
      [cell('Available on request.', { span: 3 })],
    ], [2200, 3300, 4200]),
  ] }], 'Arial');
}

export { NONE };
