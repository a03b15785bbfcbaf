/** heldout-23: Word documents written with the `docx` package (each is also exported to PDF by LibreOffice). */
import {
  AlignmentType, BorderStyle, Document, Footer, Header, PageNumber, Paragraph, Table, TableBorders, TableCell, TableRow,
  TextRun, VerticalAlign, WidthType, TabStopType, ShadingType,
} from 'docx';
import type { Person, Job } from './people.ts';
import { d, range, skillsOf, jobsDesc, eduDesc, age, sexZh } from './common.ts';

type RunOpts = { bold?: boolean; italics?: boolean; size?: number; font?: string; color?: string; caps?: boolean };
const run = (text: string, o: RunOpts = {}) => new TextRun({ text, bold: o.bold, italics: o.italics, size: o.size, color: o.color, allCaps: o.caps, font: o.font });
type POpts = RunOpts & { align?: 'left' | 'center' | 'right'; after?: number; before?: number; bullet?: boolean; rule?: string; shade?: string; tabRight?: number };
function P(text: string | TextRun[], o: POpts = {}): Paragraph {
  return new Paragraph({
    children: typeof text === 'string' ? [run(text, o)] : text,
    alignment: o.align === 'center' ? AlignmentType.CENTER : o.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
    spacing: { after: o.after ?? 40, before: o.before ?? 0 },
    bullet: o.bullet ? { level: 0 } : undefined,
    border: o.rule ? { bottom: { style: BorderStyle.SINGLE, size: 8, color: o.rule, space: 1 } } : undefined,
    shading: o.shade ? { type: ShadingType.CLEAR, color: 'auto', fill: o.shade } : undefined,
    tabStops: o.tabRight ? [{ type: TabStopType.RIGHT, position: o.tabRight }] : undefined,
  });
}
type CellOpts = { span?: number; rows?: number; w?: number; shade?: string; bold?: boolean; center?: boolean; size?: number; vmid?: boolean; font?: string };
function C(content: string | Paragraph[], o: CellOpts = {}): TableCell {
  const paras = typeof content === 'string'
    ? content.split('\n').map((line) => P(line, { bold: o.bold, size: o.size, align: o.center ? 'center' : 'left', after: 0, font: o.font }))
    : content;
  return new TableCell({
    children: paras, columnSpan: o.span, rowSpan: o.rows,
    width: o.w ? { size: o.w, type: WidthType.DXA } : undefined,
    shading: o.shade ? { type: ShadingType.CLEAR, color: 'auto', fill: o.shade } : undefined,
    verticalAlign: o.vmid ? VerticalAlign.CENTER : VerticalAlign.TOP,
    margins: { top: 50, bottom: 50, left: 90, right: 90 },
  });
}
const R = (...cells: TableCell[]) => new TableRow({ children: cells, cantSplit: true });
const T = (rows: TableRow[], widths: number[], borders = true) => new Table({ rows, columnWidths: widths, width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, borders: borders ? undefined : TableBorders.NONE });
const pageNo = (prefix = 'Page ', mid = ' of ', sz = 16) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [prefix, PageNumber.CURRENT, mid, PageNumber.TOTAL_PAGES], size: sz })] });
const A4 = { width: 11906, height: 16838 };
function doc(children: (Paragraph | Table)[], o: { font: string; size: number; margin?: number; header?: (Paragraph | Table)[]; footer?: (Paragraph | Table)[]; eastAsia?: string }) {
  const m = o.margin ?? 1000;
  return new Document({
    creator: 'Microsoft Office User',
    styles: { default: { document: { run: { font: o.eastAsia ? { ascii: o.font, hAnsi: o.font, eastAsia: o.eastAsia } : o.font, size: o.size } } } },
    sections: [{
      properties: { page: { size: A4, margin: { top: m, bottom: m, left: m, right: m } } },
      headers: o.header ? { default: new Header({ children: o.header }) } : undefined,
      footers: o.footer ? { default: new Footer({ children: o.footer }) } : undefined,
      children,
    }],
  });
}
const W = 11906 - 2000; // usable width at 1000 twip margins
const box = (label: string) => '☐ ' + label;
const tick = (label: string) => '☒ ' + label;

// ====================================================================== tables / forms (8)

/** US DOT driver employment application (49 CFR 391.21) as carriers hand it out in Word. */
export function dotApplication(p: Person): Document {
  const w = [2200, 2600, 2000, 3106];
  const emp = (j: Job, i: number) => [
    R(C(`${i === 0 ? 'PRESENT OR LAST EMPLOYER' : 'PREVIOUS EMPLOYER'}`, { span: 4, shade: 'D9D9D9', bold: true, size: 16 })),
    R(C('Employer name', { bold: true, size: 16 }), C(j.company), C('Phone', { bold: true, size: 16 }), C(i === 1 ? '(806) 744-9182' : i === 0 ? '(806) 350-4471' : '(806) 376-0902')),
    R(C('City, State', { bold: true, size: 16 }), C(j.city), C('Position held', { bold: true, size: 16 }), C(j.title)),
    R(C('From (Mo/Yr)', { bold: true, size: 16 }), C(d(j.start, 'MM/YYYY')), C('To (Mo/Yr)', { bold: true, size: 16 }), C(j.end ? d(j.end, 'MM/YYYY') : 'Present')),
    R(C('Reason for leaving', { bold: true, size: 16 }), C(j.reason ?? 'Currently employed'), C('Subject to FMCSRs?', { bold: true, size: 16 }), C(`${tick('Yes')}  ${box('No')}`)),
    R(C('Was job designated as safety-sensitive (DOT drug & alcohol testing)?', { span: 3, size: 16 }), C(`${tick('Yes')}  ${box('No')}`)),
  ];
  const children = [
    P('LONE STAR STATE MOTOR CARRIERS, INC.', { bold: true, size: 22, align: 'center', after: 0 }),
    P('DRIVER’S APPLICATION FOR EMPLOYMENT', { bold: true, size: 28, align: 'center', after: 0 }),
    P('In compliance with Federal and State equal employment opportunity laws. 49 CFR 391.21', { italics: true, size: 16, align: 'center', after: 160 }),
    T([
      R(C('APPLICANT INFORMATION', { span: 4, shade: 'BFBFBF', bold: true })),
      R(C('Last name', { bold: true, size: 16 }), C(p.family!), C('First / Middle', { bold: true, size: 16 }), C(p.given!)),
      R(C('Address', { bold: true, size: 16 }), C(p.address, { span: 3 })),
      R(C('Phone', { bold: true, size: 16 }), C(p.phoneLocal), C('Email', { bold: true, size: 16 }), C(p.email)),
      R(C('Date of birth', { bold: true, size: 16 }), C('07/09/1983'), C('Position applied for', { bold: true, size: 16 }), C('Company Driver – Flatbed (Regional)')),
      R(C('Addresses during past 3 years', { bold: true, size: 16 }), C('Same as above since 2014', { span: 3 })),
    ], w),
    P('EMPLOYMENT HISTORY — all employment for the past 3 years, and commercial driving for the past 10 years. Explain any gaps.', { bold: true, size: 18, before: 160 }),
    T(jobsDesc(p).flatMap(emp), w),
    P('Gap explanation: 02/2020 – 03/2020 seasonal layoff, not employed.', { size: 16, before: 60 }),
    P('DRIVING EXPERIENCE', { bold: true, size: 18, before: 160 }),
    T([
      R(C('Class of equipment', { shade: 'D9D9D9', bold: true, size: 16 }), C('Type', { shade: 'D9D9D9', bold: true, size: 16 }), C('Dates from – to', { shade: 'D9D9D9', bold: true, size: 16 }), C('Approx. no. of miles (total)', { shade: 'D9D9D9', bold: true, size: 16 })),
      R(C('Tractor and semi-trailer'), C('Dry van'), C('04/2012 – 08/2016'), C('610,000')),
      R(C('Tractor and semi-trailer'), C('End dump'), C('09/2016 – 01/2020'), C('260,000')),
      R(C('Tractor and semi-trailer'), C('Flatbed / step deck'), C('04/2020 – Present'), C('270,000')),
    ], w),
    P('ACCIDENT RECORD (past 3 years): None.     TRAFFIC CONVICTIONS (past 3 years): None.', { size: 18, before: 120 }),
    T([
      R(C('LICENSES', { span: 4, shade: 'D9D9D9', bold: true })),
      R(C('State', { bold: true, size: 16 }), C('TX'), C('License / Class / Endorsements', { bold: true, size: 16 }), C('Class A – H, N, T   Exp. 07/2029')),
    ], w),
    P('OTHER SKILLS AND QUALIFICATIONS', { bold: true, size: 18, before: 160 }),
    ...skillsOf(p).map((s) => P(s, { bullet: true, size: 19, after: 0 })),
    P('EDUCATION: ' + p.edu.map((e) => `${e.degree}, ${e.school} (${e.end.slice(0, 4)})`).join('; '), { size: 18, before: 120 }),
    P('REFERENCE: ' + p.referees!.map((r) => `${r.name}, ${r.role}, ${r.phone}`).join('; '), { size: 18 }),
    P('APPLICANT CERTIFICATION', { bold: true, size: 18, before: 200 }),
    P('This certifies that this application was completed by me, and that all entries on it and information in it are true and complete to the best of my knowledge.', { size: 17 }),
    P('Applicant’s signature: ______________________________      Date: 11/04/2026', { size: 18, before: 240 }),
  ];
  return doc(children, { font: 'Arial', size: 19, margin: 850, header: [P(`Applicant name: ${p.name}`, { size: 16, align: 'right' })], footer: [P('Form DQ-1  Rev. 03/2024', { size: 14 }), pageNo()] });
}

/** California STD. 678 Examination/Employment Application (state civil service), Word version. */
export function std678(p: Person): Document {
  const w = [1900, 2500, 1900, 3606];
  const emp = (j: Job) => [
    R(C(`From: ${d(j.start, 'MM/YY')}`, { bold: true }), C(`To: ${j.end ? d(j.end, 'MM/YY') : 'Present'}`, { bold: true }), C('Hours per week', { size: 16 }), C('40')),
    R(C('Employer', { size: 16, shade: 'F2F2F2' }), C(j.company, { span: 3 })),
    R(C('Address', { size: 16, shade: 'F2F2F2' }), C(j.city), C('Supervisor', { size: 16, shade: 'F2F2F2' }), C(j === p.jobs[2] ? 'Gordon Tsai, (916) 445-2087' : 'May contact')),
    R(C('Job title', { size: 16, shade: 'F2F2F2' }), C(j.title), C('Reason for leaving', { size: 16, shade: 'F2F2F2' }), C(j.reason ?? 'N/A – current')),
    R(C('Duties', { size: 16, shade: 'F2F2F2' }), C(j.duties.join('. ') + '.', { span: 3 })),
  ];
  const children = [
    P('STATE OF CALIFORNIA', { size: 16, after: 0 }),
    P('EXAMINATION / EMPLOYMENT APPLICATION', { bold: true, size: 26, after: 0 }),
    P('STD. 678 (Rev. 04/2024)', { size: 16, after: 140 }),
    T([
      R(C('1. EXAMINATION OR JOB INFORMATION', { span: 4, shade: '1F3864', bold: true })),
      R(C('Classification title', { size: 16 }), C('Associate Governmental Program Analyst'), C('Job control no.', { size: 16 }), C('JC-482217')),
      R(C('2. PERSONAL INFORMATION', { span: 4, shade: 'D9E2F3', bold: true })),
      R(C('Last name', { size: 16 }), C(p.family!), C('First name', { size: 16 }), C(p.given!)),
      R(C('Mailing address', { size: 16 }), C(p.address, { span: 3 })),
      R(C('Primary phone', { size: 16 }), C(p.phoneLocal), C('Email', { size: 16 }), C(p.email)),
      R(C('3. EDUCATION', { span: 4, shade: 'D9E2F3', bold: true })),
      ...p.edu.map((e) => R(C('College', { size: 16 }), C(`${e.school}, ${e.city}`), C('Degree / Major', { size: 16 }), C(`${e.degree} ${e.major}, ${d(e.end, 'MM/YYYY')}`))),
      R(C('4. LICENSES AND CERTIFICATES', { span: 4, shade: 'D9E2F3', bold: true })),
      R(C('None required for this classification.', { span: 4 })),
      R(C('5. EMPLOYMENT HISTORY — begin with your current or most recent job. Periods of unemployment may be explained.', { span: 4, shade: 'D9E2F3', bold: true })),
      ...jobsDesc(p).flatMap(emp),
      R(C('Explanation of gaps: 12/13 – 01/17 full-time caregiver for a family member (not employment).', { span: 4 })),
      R(C('6. SPECIAL SKILLS', { span: 4, shade: 'D9E2F3', bold: true })),
      R(C(skillsOf(p).join(', '), { span: 4 })),
      R(C('Language(s) other than English: Spanish — speak (conversational)', { span: 4 })),
    ], w),
    P('7. CERTIFICATION: I certify under penalty of perjury that the information entered on this application is true and complete.', { size: 16, before: 160 }),
    P('Signature: ___________________________________      Date: 10/27/2026', { before: 200 }),
  ];
  return doc(children, { font: 'Arial', size: 18, margin: 900, header: [P(`Applicant: ${p.name}`, { size: 15, align: 'right' })], footer: [P('STD. 678 — Do not submit this page to the Examination Office if using online application', { size: 13, align: 'center' }), pageNo()] });
}

/** Australian Form 80 "Personal particulars for assessment", employment part, completed in Word. */
export function form80(p: Person): Document {
  const w = [1500, 1500, 3500, 3406];
  const rows = [
    R(C('From\n(month/year)', { shade: 'D9D9D9', bold: true, size: 16 }), C('To\n(month/year)', { shade: 'D9D9D9', bold: true, size: 16 }), C('Employer name and address / Unemployed / Other', { shade: 'D9D9D9', bold: true, size: 16 }), C('Occupation, duties', { shade: 'D9D9D9', bold: true, size: 16 })),
  ];
  const all: { start: string; end: string | null; what: string; occ: string }[] = [
    ...p.jobs.map((j) => ({ start: j.start, end: j.end, what: `${j.company}\n${j.city}, United Kingdom`, occ: `${j.title} — ${j.duties[0]}` })),
    { start: p.gap!.start, end: p.gap!.end, what: 'Travelling — not employed', occ: p.gap!.what },
  ].sort((a, b) => (a.start < b.start ? -1 : 1));
  for (const e of all) rows.push(R(C(d(e.start, 'MM/YYYY')), C(e.end ? d(e.end, 'MM/YYYY') : 'Current'), C(e.what), C(e.occ)));
  const children = [
    P('Australian Government  ·  Department of Home Affairs', { size: 16, after: 0 }),
    P('Personal particulars for assessment including character assessment', { bold: true, size: 26, after: 0 }),
    P('Form 80', { bold: true, size: 22, after: 160 }),
    T([
      R(C('Part A – Your details', { span: 4, shade: 'BFBFBF', bold: true })),
      R(C('1. Family name', { size: 16 }), C(p.family!), C('Given names', { size: 16 }), C(p.given!)),
      R(C('Other names you are known by', { size: 16 }), C(p.name, { span: 3 })),
      R(C('2. Sex', { size: 16 }), C(tick('Male') + '  ' + box('Female')), C('3. Date of birth', { size: 16 }), C('23 NOV 1990')),
      R(C('4. Country of citizenship', { size: 16 }), C('United Kingdom'), C('Passport number', { size: 16 }), C('5348-xxxx (see copy)')),
      R(C('5. Residential address', { size: 16 }), C(p.address + ', United Kingdom', { span: 3 })),
      R(C('6. Mobile', { size: 16 }), C(p.phoneLocal + ' (+44 7834 261905)'), C('Email', { size: 16 }), C(p.email)),
    ], [2200, 2800, 1900, 3006]),
    P('Part K – Employment details', { bold: true, size: 22, before: 200 }),
    P('Q53. Give details of all employment and activities since you left school, including periods of unemployment. Do not leave gaps. (Attach a separate page if needed.)', { size: 17 }),
    T(rows, w),
    P('Q54. Skills and trade competencies relevant to your nominated occupation (ANZSCO 341111 Electrician (General))', { size: 17, before: 200 }),
    T([R(C(skillsOf(p).map((s) => '• ' + s).join('\n')), C('Licences / cards:\n' + p.certs.join('\n')))], [4950, 4956]),
    P('Part L – Education', { bold: true, size: 22, before: 200 }),
    T(p.edu.map((e) => R(C(range(e, 'MM/YYYY')), C(e.school), C(`${e.degree} ${e.major}`))), [2500, 3700, 3706]),
    P('Declaration: I declare that the information I have given in this form is complete, correct and up-to-date in every detail.', { size: 17, before: 240 }),
    P('Signature of applicant: ____________________________        Date: 02 / 11 / 2026', { before: 240 }),
  ];
  return doc(children, { font: 'Arial', size: 19, margin: 900, header: [P('Form 80 (Design date 07/24)', { size: 14, align: 'right' })], footer: [pageNo('', ' / ')] });
}

/** Canada IMM 5669 Schedule A – Background/Declaration (personal history section), Word version. */
export function imm5669(p: Person): Document {
  const w = [1300, 1300, 3300, 2300, 1706];
  const hist: { start: string; end: string | null; act: string; where: string; status: string }[] = [
    { start: '2010-09', end: '2014-07', act: 'Student – B.Eng. Software Engineering, 同济大学 Tongji University', where: 'Shanghai, China', status: 'Citizen' },
    ...p.jobs.map((j) => ({ start: j.start, end: j.end, act: `${j.title}, ${j.company}`, where: `${j.city}, China`, status: 'Citizen' })),
    { start: '2022-07', end: '2022-07', act: 'Unemployed – between jobs 待业', where: 'Shanghai, China', status: 'Citizen' },
  ].sort((a, b) => (a.start < b.start ? 1 : -1));
  const children = [
    P('Immigration, Refugees and Citizenship Canada / Immigration, Réfugiés et Citoyenneté Canada', { size: 15, after: 0 }),
    P('SCHEDULE A – BACKGROUND / DECLARATION', { bold: true, size: 26, after: 0 }),
    P('IMM 5669 (09-2023) E  —  Principal applicant', { size: 16, after: 160 }),
    T([
      R(C('1. Full name', { span: 2, shade: 'D9D9D9', bold: true }), C('', { span: 3, shade: 'D9D9D9' })),
      R(C('Family name', { size: 16 }), C(p.family!), C('Given name(s)', { size: 16 }), C(p.given!, { span: 2 })),
      R(C('2. Full name in your native language', { span: 2, size: 16 }), C(p.name, { span: 3, size: 26 })),
      R(C('3. Date of birth', { size: 16 }), C('1992-02-29'), C('Telephone / Email', { size: 16 }), C(`${p.phoneLocal}\n${p.email}`, { span: 2 })),
      R(C('Current address', { size: 16 }), C(p.address, { span: 4 })),
    ], w),
    P('6. Education', { bold: true, size: 20, before: 160 }),
    T([R(C('From', { bold: true }), C('To', { bold: true }), C('Name of institution', { bold: true }), C('City and country', { bold: true }), C('Field of study', { bold: true })),
      ...p.edu.map((e) => R(C(d(e.start, 'YYYY-MM')), C(d(e.end, 'YYYY-MM')), C(e.school), C('Shanghai, China'), C(e.major)))], w),
    P('7. Personal history — provide details of your personal history since your 18th birthday or the past 10 years, whichever is most recent. Do not leave any gaps. If unemployed, state what you were doing.', { bold: true, size: 18, before: 160 }),
    T([R(C('From\nYYYY-MM', { bold: true, shade: 'EDEDED' }), C('To\nYYYY-MM', { bold: true, shade: 'EDEDED' }), C('Activity (job title + employer / studying / unemployed)', { bold: true, shade: 'EDEDED' }), C('City/town and country', { bold: true, shade: 'EDEDED' }), C('Status in country', { bold: true, shade: 'EDEDED' })),
      ...hist.map((h) => R(C(d(h.start, 'YYYY-MM')), C(h.end ? d(h.end, 'YYYY-MM') : 'Present'), C(h.act), C(h.where), C(h.status)))], w),
    P('8. Membership in organizations: 中国计算机学会 CCF (member, 2019 – Present)', { size: 18, before: 160 }),
    P('Skills (attachment, as in Express Entry profile): ' + skillsOf(p).join('; '), { size: 18, before: 60 }),
    P('Declaration: I declare that the information I have given in this application is truthful, complete and correct.', { size: 17, before: 200 }),
    P('Signature ____________________________     Date 2026-10-30', { before: 220 }),
  ];
  return doc(children, { font: 'Arial', eastAsia: 'SimSun', size: 18, margin: 850, footer: [pageNo('Page ', ' of ')] });
}

/** 中外合资企业 应聘申请表 / Employment Application Form — bilingual HR form in Word. */
export function jvForm(p: Person): Document {
  const F = '宋体';
  const w = [1700, 2300, 1700, 2300, 1906];
  const L = (zh: string, en: string) => C(`${zh}\n${en}`, { size: 15, shade: 'F2F2F2', bold: true });
  const children = [
    P('深圳澜盛机电（中外合资）有限公司', { bold: true, size: 24, align: 'center', after: 0 }),
    P('应聘申请表  EMPLOYMENT APPLICATION FORM', { bold: true, size: 28, align: 'center', after: 40 }),
    P('应聘职位 Position applied: 供应链经理 Supply Chain Manager            填表日期 Date: 2026-10-21', { size: 17, after: 100 }),
    T([
      R(C('一、个人资料 PERSONAL PARTICULARS', { span: 5, shade: 'BFBFBF', bold: true })),
      R(L('姓名', 'Name'), C(`${p.name}\n${p.nameEn}`), L('性别', 'Sex'), C('女 F'), C('照片\nPhoto', { rows: 4, center: true, vmid: true })),
      R(L('出生日期', 'Date of birth'), C('1989-09-02'), L('婚姻状况', 'Marital status'), C('已婚 Married')),
      R(L('手机', 'Mobile'), C(p.phoneLocal), L('电子邮箱', 'Email'), C(p.email)),
      R(L('现住址', 'Address'), C(p.address, { span: 3 })),
      R(C('二、教育背景 EDUCATION', { span: 5, shade: 'BFBFBF', bold: true })),
      R(L('起止年月', 'From – To'), L('学校', 'School'), L('专业', 'Major'), L('学历', 'Degree'), L('证明人', 'Witness')),
      ...p.edu.map((e) => R(C(range(e, 'YYYY.MM', '', ' – ')), C(e.school), C(e.major), C(e.degree), C('—'))),
      R(C('三、工作经历（由近至远）WORK EXPERIENCE (most recent first)', { span: 5, shade: 'BFBFBF', bold: true })),
      R(L('起止年月', 'From – To'), L('公司名称', 'Company'), L('职位', 'Position'), L('离职原因', 'Reason for leaving'), L('证明人及电话', 'Referee & tel.')),
      ...jobsDesc(p).map((j, i) => R(C(range(j, 'YYYY.MM', '至今 Present', ' – ')), C(j.company), C(j.title), C(j.end ? (i === 1 ? '内部晋升 Promoted' : '职业发展 Career growth') : '—'), C(['—', '陈经理 0755-2671 3390', '陈经理 0755-2671 3390', '李主管 0769-2238 5126'][i] ?? '—'))),
      R(C('四、技能 SKILLS', { span: 5, shade: 'BFBFBF', bold: true })),
      R(L('专业技能', 'Professional skills'), C(skillsOf(p).join('；'), { span: 4 })),
      R(L('语言能力', 'Languages'), C(p.languages.join('；'), { span: 2 }), L('证书', 'Certificates'), C(p.certs.join('；'))),
      R(C('五、其他 OTHERS', { span: 5, shade: 'BFBFBF', bold: true })),
      R(L('目前薪资', 'Current salary'), C('税前月薪 RMB 32,000 × 14'), L('期望薪资', 'Expected'), C('RMB 38,000 / month', { span: 2 })),
      R(L('最快到岗', 'Available from'), C('一个月 1 month'), L('是否同意背景调查', 'Background check'), C('是 Yes', { span: 2 })),
    ], w),
    P('本人声明：以上所填资料均真实无误，如有虚假，公司可随时解除劳动合同。', { size: 17, before: 160, after: 0 }),
    P('I declare that the information above is true and complete. False information may lead to dismissal.', { size: 16 }),
    P('申请人签名 Signature：________________        日期 Date：____年__月__日', { before: 200 }),
  ];
  return doc(children, { font: 'Arial', eastAsia: F, size: 18, margin: 800, footer: [P('HR-F-003 A/1', { size: 14, align: 'right' })] });
}

/** 普通高等学校毕业生就业推荐表（硕士）— 学校就业指导中心 Word 表。 */
export function biyeTuijian(p: Person): Document {
  const F = '宋体';
  const w = [1500, 1900, 1400, 1900, 1400, 1806];
  const lab = (t: string) => C(t, { center: true, vmid: true, bold: true, size: 20 });
  const children = [
    P('浙江大学', { bold: true, size: 32, align: 'center', after: 0 }),
    P('2027届毕业研究生就业推荐表', { bold: true, size: 36, align: 'center', after: 60 }),
    P('编号：ZJU-2027-S-0318476', { size: 18, align: 'right', after: 60 }),
    T([
      R(lab('姓  名'), C(p.name, { center: true }), lab('性  别'), C(sexZh(p), { center: true }), lab('出生年月'), C('2001.04', { center: true })),
      R(lab('民  族'), C('汉', { center: true }), lab('政治面貌'), C('中共党员', { center: true }), lab('生源地'), C('浙江宁波', { center: true })),
      R(lab('学  院'), C('数据科学与统计学院', { span: 3 }), lab('专  业'), C('应用统计')),
      R(lab('学  历'), C('硕士研究生', { center: true }), lab('培养方式'), C('非定向', { center: true }), lab('外语水平'), C('CET-6 568')),
      R(lab('联系电话'), C(p.phoneLocal, { span: 2 }), lab('E-mail'), C(p.email, { span: 2 })),
      R(lab('通讯地址'), C(p.address, { span: 5 })),
      R(lab('学习经历'), C(p.edu.map((e) => `${range(e, 'YYYY.MM', '', '—')}　${e.school}　${e.major}　${e.degree}`).join('\n'), { span: 5 })),
      R(lab('实习（工作）经历'), C(p.jobs.map((j) => `${range(j, 'YYYY.MM', '至今', '—')}　${j.company}　${j.title}`).join('\n'), { span: 5 })),
      R(lab('专业技能'), C(skillsOf(p).join('；'), { span: 5 })),
      R(lab('获奖情况'), C('2025年 研究生一等学业奖学金\n2022年 浙江省优秀毕业生\n2021年 全国大学生统计建模大赛 省级二等奖', { span: 5 })),
      R(lab('自我评价'), C(p.summary + '做事认真细致，具有良好的沟通能力和团队意识。', { span: 5 })),
      R(lab('学院意见'), C('该生在校期间思想上进，学习刻苦，成绩优良，同意推荐。\n\n\n　　　　　　　　　　　　　　　　　　　　学院（盖章）\n　　　　　　　　　　　　　　　　　　　　2026年10月15日', { span: 5 })),
      R(lab('学校就业部门意见'), C('\n同意推荐。\n\n　　　　　　　　　　　　　　　　　　　　就业指导中心（盖章）\n　　　　　　　　　　　　　　　　　　　　2026年10月20日', { span: 5 })),
    ], w),
    P('注：1. 本表一式一份，复印无效；2. 用人单位可凭此表与毕业生签订就业协议。', { size: 16, before: 80 }),
  ];
  return doc(children, { font: F, eastAsia: F, size: 21, margin: 1000 });
}

/** 护士执业注册申请审核表（变更注册）— 卫健委格式，医院人事科 Word 填写。 */
export function hushiZhuce(p: Person): Document {
  const F = '仿宋';
  const w = [1500, 1700, 1300, 1700, 1600, 2106];
  const lab = (t: string) => C(t, { center: true, vmid: true, bold: true, size: 20 });
  const children = [
    P('护士执业注册申请审核表', { bold: true, size: 36, align: 'center', after: 40, font: '黑体' }),
    P(`${tick('变更注册')}　${box('首次注册')}　${box('延续注册')}　${box('重新注册')}`, { size: 20, align: 'center', after: 100 }),
    T([
      R(lab('姓名'), C(p.name, { center: true }), lab('性别'), C(sexZh(p), { center: true }), lab('出生日期'), C('1990年10月3日', { center: true })),
      R(lab('身份证号'), C('5101071990100342XX', { span: 3 }), lab('民族'), C('汉族', { center: true })),
      R(lab('联系电话'), C(p.phoneLocal, { span: 2 }), lab('电子邮箱'), C(p.email, { span: 2 })),
      R(lab('通讯地址'), C(p.address, { span: 5 })),
      R(lab('最高学历'), C('本科', { center: true }), lab('专业'), C('护理学', { center: true }), lab('毕业时间'), C('2017年1月', { center: true })),
      R(lab('执业证书编号'), C('201251001873', { span: 2 }), lab('专业技术职务'), C('主管护师', { span: 2 })),
      R(lab('拟执业地点'), C(p.jobs.at(-1)!.company + '（产科）', { span: 5 })),
      R(lab('学习及工作经历'), C([...p.edu.map((e) => ({ s: e.start, t: `${range(e, 'YYYY年MM月', '', '至')}　${e.school}　${e.major}　学习` })), ...p.jobs.map((j) => ({ s: j.start, t: `${range(j, 'YYYY年MM月', '至今', '至')}　${j.company}　${j.title}` }))].sort((a, b) => (a.s < b.s ? -1 : 1)).map((x) => x.t).join('\n'), { span: 5 })),
      R(lab('专业技能特长'), C(skillsOf(p).join('、'), { span: 5 })),
      R(lab('健康状况'), C('健康（附县级以上医疗机构体检证明）', { span: 5 })),
      R(lab('申请人承诺'), C('本人承诺所填内容真实准确，如有虚假，愿承担相应法律责任。\n\n申请人签名：　　　　　　　2026年10月12日', { span: 5 })),
      R(lab('拟执业机构意见'), C('\n同意。\n\n（公章）　　　　　　　2026年10月13日', { span: 2 }), lab('注册部门审核意见'), C('\n\n（公章）　　　年　月　日', { span: 2 })),
    ], w),
  ];
  return doc(children, { font: F, eastAsia: F, size: 22, margin: 1100, footer: [P('国家卫生健康委员会制', { size: 16, align: 'right' })] });
}

/** 教师资格认定申请表（社会人员）— 含“个人学习（工作）简历”栏。 */
export function jiaoshiZige(p: Person): Document {
  const F = '宋体';
  const w = [1600, 1700, 1300, 1700, 1500, 2106];
  const lab = (t: string) => C(t, { center: true, vmid: true, bold: true, size: 20 });
  const hist = [...p.edu.map((e) => ({ s: e.start, e: e.end as string | null, u: e.school, r: `${e.major}专业学生`, w: '张老师' })), ...p.jobs.map((j) => ({ s: j.start, e: j.end, u: j.company, r: j.title, w: j.end ? '人事部' : '王校长' }))].sort((a, b) => (a.s < b.s ? -1 : 1));
  const children = [
    P('教师资格认定申请表', { bold: true, size: 36, align: 'center', after: 0, font: '黑体' }),
    P('（适用于非师范教育类及社会人员）', { size: 20, align: 'center', after: 80 }),
    P('申请认定资格种类：初级中学教师资格　　任教学科：数学　　认定机构：西安市雁塔区教育局', { size: 19, after: 80 }),
    T([
      R(lab('姓　名'), C(p.name, { center: true }), lab('性　别'), C(sexZh(p), { center: true }), C('照\n片', { rows: 4, center: true, vmid: true, span: 2 })),
      R(lab('出生日期'), C('1987-06-21', { center: true }), lab('民　族'), C('汉', { center: true })),
      R(lab('联系电话'), C(p.phoneLocal, { center: true }), lab('最高学历'), C('本科', { center: true })),
      R(lab('毕业学校'), C('西安石油大学', { span: 3 })),
      R(lab('通讯地址'), C(p.address, { span: 5 })),
      R(lab('电子邮箱'), C(p.email, { span: 5 })),
      R(lab('普通话水平'), C('二级甲等', { center: true }), lab('现工作单位'), C(p.jobs.at(-1)!.company, { span: 3 })),
      R(C('个人学习（工作）简历', { span: 6, center: true, bold: true, shade: 'E7E6E6' })),
      R(lab('起止年月'), C('学习或工作单位', { span: 3, center: true, bold: true }), lab('任何职务'), lab('证明人')),
      ...hist.map((h) => R(C(range({ start: h.s, end: h.e }, 'YYYY.MM', '至今', '—'), { size: 19 }), C(h.u, { span: 3 }), C(h.r, { size: 19 }), C(h.w, { center: true }))),
      R(lab('教育教学技能'), C(skillsOf(p).join('；'), { span: 5 })),
      R(lab('申请人承诺'), C('本人承诺所填写内容及所交材料真实有效，如有虚假，自愿承担相应责任。\n\n申请人签名：　　　　　　　　　　2026年10月　日', { span: 5 })),
      R(lab('认定机构审查意见'), C('\n\n负责人签字：　　　　（公章）　　　年　月　日', { span: 5 })),
    ], w),
    P('注：本表由申请人如实填写，一式一份，装入本人档案。', { size: 17, before: 80 }),
  ];
  return doc(children, { font: F, eastAsia: F, size: 21, margin: 1000 });
}

// ====================================================================== two-column (4): Word layout tables

/** Microsoft Word "Modern initials résumé": initials block and side column in a layout table. */
export function modernInitials(p: Person): Document {
  const left = [
    new Paragraph({ alignment: AlignmentType.CENTER, shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'C0504D' }, spacing: { before: 0, after: 200 }, children: [run('RC', { bold: true, size: 72, color: 'FFFFFF' })] }),
    P('OBJECTIVE', { bold: true, size: 22, color: 'C0504D', after: 60 }),
    P('Senior logistics coordinator or supervisor role in a cross-border importer.', { size: 19, after: 200 }),
    P('SKILLS', { bold: true, size: 22, color: 'C0504D', after: 60 }),
    ...skillsOf(p).map((s) => P(s, { bullet: true, size: 19, after: 20 })),
    P('LANGUAGES', { bold: true, size: 22, color: 'C0504D', before: 200, after: 60 }),
    ...p.languages.map((s) => P(s, { size: 19, after: 20 })),
  ];
  const right = [
    P(p.name, { bold: true, size: 44, color: 'C0504D', after: 0, caps: true }),
    P([run(p.title, { size: 17, caps: true }), run(`  |  ${p.email}`, { size: 17 })], { after: 0 }),
    P(`${p.phoneLocal}  |  ${p.address}`, { size: 17, after: 240, rule: 'C0504D' }),
    P('EXPERIENCE', { bold: true, size: 24, color: 'C0504D', after: 80 }),
    ...jobsDesc(p).flatMap((j) => [
      P([run(`${j.title} • `, { bold: true, size: 20, caps: true }), run(j.company, { size: 20, caps: true })], { after: 0 }),
      P(`${range(j, 'Mon YYYY', 'Present', ' – ')} • ${j.city}`, { size: 17, color: '595959', after: 40 }),
      ...j.duties.map((x) => P(x, { size: 19, after: 20 })),
      P('', { after: 80 }),
    ]),
    P('EDUCATION', { bold: true, size: 24, color: 'C0504D', after: 80 }),
    ...p.edu.flatMap((e) => [P([run(`${e.degree} • `, { bold: true, size: 20, caps: true }), run(e.school, { size: 20, caps: true })], { after: 0 }), P(`${range(e, 'Mon YYYY', '', ' – ')} • ${e.major}`, { size: 18 })]),
    P('CERTIFICATION', { bold: true, size: 24, color: 'C0504D', before: 160, after: 60 }),
    ...p.certs.map((c) => P(c, { size: 19 })),
  ];
  return doc([T([R(C(left, { w: 3000 }), C([P('')], { w: 300 }), C(right, { w: W - 3300 }))], [3000, 300, W - 3300], false)], { font: 'Calibri', size: 20, margin: 900 });
}

/** Microsoft Word "Blue grey résumé": shaded left column, name block at top of main column. */
export function blueGrey(p: Person): Document {
  const S = (t: string) => P(t.toUpperCase(), { bold: true, size: 20, color: '44546A', after: 60, before: 200, rule: '8EA9DB' });
  const left = [
    P('CONTACT', { bold: true, size: 20, color: '44546A', after: 60, rule: '8EA9DB' }),
    P(p.phoneLocal, { size: 18 }), P(p.email, { size: 18 }), P(p.address, { size: 18 }), P('linkedin.com/in/kadrilepik', { size: 18 }),
    S('Skills'), ...skillsOf(p).map((s) => P(s, { size: 18, after: 30 })),
    S('Languages'), ...p.languages.map((s) => P(s, { size: 18, after: 30 })),
    S('Education'), ...eduDesc(p).flatMap((e) => [P(e.school, { bold: true, size: 18, after: 0 }), P(`${e.degree}, ${e.major}`, { size: 18, after: 0 }), P(range(e, 'YYYY-MM', '', ' – '), { size: 17, color: '595959', after: 80 })]),
  ];
  const right = [
    P(p.name, { bold: true, size: 48, color: '44546A', after: 0 }),
    P(p.title, { size: 24, color: '8496B0', after: 160 }),
    P('PROFILE', { bold: true, size: 20, color: '44546A', after: 60, rule: '8EA9DB' }),
    P(p.summary, { size: 19, after: 160 }),
    P('WORK EXPERIENCE', { bold: true, size: 20, color: '44546A', after: 60, rule: '8EA9DB' }),
    ...jobsDesc(p).flatMap((j) => [
      P(`${range(j, 'MM/YYYY', 'present', ' – ')}`, { size: 17, color: '595959', after: 0 }),
      P([run(j.title, { bold: true, size: 20 }), run(`, ${j.company}, ${j.city}`, { size: 20 })], { after: 20 }),
      ...j.duties.map((x) => P(x, { bullet: true, size: 19, after: 10 })),
      P('', { after: 60 }),
    ]),
  ];
  return doc([T([R(C(left, { w: 3100, shade: 'DEEAF6' }), C(right, { w: W - 3100 }))], [3100, W - 3100], false)], { font: 'Calibri', size: 20, margin: 900 });
}

/** 职徒简历 (zhitu) Word 模板：左侧深色信息栏 + 右侧经历。 */
export function zhitu(p: Person): Document {
  const F = '微软雅黑';
  const S = (t: string, c = 'FFFFFF') => P(t, { bold: true, size: 22, color: c, before: 180, after: 60, rule: c === 'FFFFFF' ? 'FFFFFF' : '2E75B6' });
  const left = [
    P('照片', { align: 'center', size: 18, color: 'BFBFBF', after: 120 }),
    P(p.name, { bold: true, size: 40, color: 'FFFFFF', align: 'center', after: 0 }),
    P('求职意向：电商运营经理', { size: 18, color: 'FFFFFF', align: 'center', after: 100 }),
    S('基本信息'),
    ...[`年龄：${age(p)}岁`, `电话：${p.phoneLocal}`, `邮箱：${p.email}`, `现居：杭州市滨江区`, '学历：大专'].map((t) => P(t, { size: 18, color: 'FFFFFF', after: 30 })),
    S('技能特长'),
    ...skillsOf(p).map((t) => P(t, { size: 18, color: 'FFFFFF', bullet: true, after: 20 })),
    S('教育背景'),
    ...p.edu.flatMap((e) => [P(range(e, 'YYYY.MM', '', '-'), { size: 18, color: 'FFFFFF', after: 0 }), P(`${e.school}`, { size: 18, color: 'FFFFFF', after: 0 }), P(`${e.major}（${e.degree}）`, { size: 18, color: 'FFFFFF' })]),
  ];
  const right = [
    S('自我评价', '2E75B6'), P(p.summary, { size: 19 }),
    S('工作经历', '2E75B6'),
    ...jobsDesc(p).flatMap((j) => [
      P([run(range(j, 'YYYY.MM', '至今', '-'), { bold: true, size: 19 }), run('\t'), run(j.company, { bold: true, size: 19 }), run('\t'), run(j.title, { size: 19 })], { after: 20 }),
      ...j.duties.map((x) => P(x, { size: 18, bullet: true, after: 10 })),
      P('', { after: 40 }),
    ]),
    S('荣誉奖项', '2E75B6'), P('2020年 杭州织梦服饰 年度优秀员工；2023年 抖音电商 家居类目 新锐商家', { size: 19 }),
  ];
  return doc([T([R(C(left, { w: 3100, shade: '2E4A62' }), C(right, { w: W - 3100 }))], [3100, W - 3100], false)], { font: F, eastAsia: F, size: 20, margin: 700 });
}

/** Apple Pages "Modern" résumé exported to Word (.docx), bilingual. Two text columns via a layout table. */
export function pagesModern(p: Person): Document {
  const S = (t: string) => P(t, { bold: true, size: 22, color: '1F6F8B', before: 160, after: 60 });
  const left = [
    S('Experience 工作经历'),
    ...jobsDesc(p).flatMap((j) => [
      P([run(j.company, { bold: true, size: 20 })], { after: 0 }),
      P(`${j.title}  ·  ${range(j, 'Mon YYYY', 'Present', ' – ')}`, { size: 18, italics: true, after: 20 }),
      ...j.duties.map((x) => P(x, { bullet: true, size: 19, after: 10 })),
      P('', { after: 40 }),
    ]),
    P(`Career break 职业间隔: ${d(p.gap!.start, 'Mon YYYY')} – ${d(p.gap!.end, 'Mon YYYY')} — full-time MBA and maternity leave.`, { size: 18, italics: true }),
  ];
  const right = [
    S('Profile 简介'), P(p.summary, { size: 19 }),
    S('Skills 技能'), ...skillsOf(p).map((s) => P(s, { size: 19, after: 20 })),
    S('Education 教育'), ...eduDesc(p).flatMap((e) => [P(e.school, { bold: true, size: 19, after: 0 }), P(`${e.degree}${e.major ? ', ' + e.major : ''}, ${e.end.slice(0, 4)}`, { size: 18 })]),
    S('Languages 语言'), P(p.languages.join(' · '), { size: 19 }),
  ];
  const children = [
    P(`${p.nameEn}  ${p.name}`, { bold: true, size: 52, color: '1F6F8B', after: 0 }),
    P(p.title, { size: 24, after: 40 }),
    P(`${p.address}  |  ${p.phoneLocal}  |  ${p.email}`, { size: 17, after: 120, rule: '1F6F8B' }),
    T([R(C(left, { w: 5900 }), C([P('')], { w: 250 }), C(right, { w: W - 6150 }))], [5900, 250, W - 6150], false),
  ];
  return doc(children, { font: 'Helvetica Neue', eastAsia: 'PingFang SC', size: 20, margin: 900 });
}

// ====================================================================== single column (4)

/** Microsoft Word "Bold modern résumé" (single column, heavy name, section rules). */
export function boldModern(p: Person): Document {
  const S = (t: string) => P(t, { bold: true, size: 24, caps: true, before: 200, after: 80, rule: '000000' });
  const children = [
    P(p.name, { bold: true, size: 56, after: 0 }),
    P(`${p.address} · ${p.phoneLocal} · ${p.email}`, { size: 18, color: '404040', after: 160 }),
    P(p.summary, { size: 20 }),
    S('Experience'),
    ...jobsDesc(p).flatMap((j) => [
      P([run(range(j, 'Mon YYYY', 'Present', ' – ').toUpperCase(), { size: 17, color: '404040' })], { after: 0 }),
      P([run(j.title, { bold: true, size: 21 }), run(', ', { size: 21 }), run(j.company, { size: 21, italics: true })], { after: 20 }),
      ...j.duties.map((x) => P(x, { size: 20, after: 20 })),
      P('', { after: 60 }),
    ]),
    S('Education'),
    ...eduDesc(p).flatMap((e) => [P(range(e, 'Mon YYYY').toUpperCase(), { size: 17, color: '404040', after: 0 }), P([run(e.degree + ', ' + e.major, { bold: true, size: 21 }), run(', ' + e.school, { size: 21, italics: true })])]),
    S('Skills'),
    T([R(C(skillsOf(p).slice(0, 4).map((s) => P(s, { bullet: true, size: 20, after: 0 }))), C(skillsOf(p).slice(4).map((s) => P(s, { bullet: true, size: 20, after: 0 }))))], [W / 2, W / 2], false),
    S('Activities'),
    P('Certification: ' + p.certs.join('; ') + '. Speaker at a Bengaluru data engineering meetup (2024). Languages: ' + p.languages.join(', ') + '.', { size: 20 }),
  ];
  return doc(children, { font: 'Calibri', size: 20, margin: 1000, footer: [pageNo('', ' | ', 16)] });
}

/** Microsoft Word "Swiss design résumé" single column, Helvetica-like headings, dates aligned by tab. */
export function swiss(p: Person): Document {
  const S = (t: string) => P(t, { bold: true, size: 22, color: 'C00000', before: 220, after: 80 });
  const tab = W - 100;
  const children = [
    P(p.name, { bold: true, size: 48, after: 0 }),
    P(p.title, { size: 24, color: '595959', after: 60 }),
    P(`${p.address}   ${p.phoneLocal}   ${p.email}`, { size: 18, after: 100, rule: 'C00000' }),
    S('Profile'), P(p.summary, { size: 20 }),
    S('Professional Experience'),
    ...jobsDesc(p).flatMap((j) => [
      P([run(`${j.company}, ${j.city}`, { bold: true, size: 20 }), run('\t' + range(j, 'MM/YYYY', 'present', ' – '), { size: 20 })], { tabRight: tab, after: 0 }),
      P(j.title, { italics: true, size: 20, after: 20 }),
      ...j.duties.map((x) => P(x, { bullet: true, size: 20, after: 10 })),
      P('', { after: 40 }),
    ]),
    S('Education'),
    ...eduDesc(p).flatMap((e) => [P([run(`${e.school}, ${e.city}`, { bold: true, size: 20 }), run('\t' + range(e, 'MM/YYYY'), { size: 20 })], { tabRight: tab, after: 0 }), P(`${e.degree} ${e.major}`, { size: 20 })]),
    S('Technical Skills'), P(skillsOf(p).join(' • '), { size: 20 }),
    S('Languages'), P(p.languages.join(' • '), { size: 20 }),
    P('Stuttgart, November 2026', { size: 20, before: 300 }),
  ];
  return doc(children, { font: 'Arial', size: 20, margin: 1100, header: [P(`${p.name} — Curriculum Vitae`, { size: 16, color: '808080', align: 'right' })], footer: [pageNo('', ' / ')] });
}

/** 台灣常見「履歷表＋自傳」Word 檔：基本資料、學經歷、專長、自傳。 */
export function zizhuan(p: Person): Document {
  const F = '新細明體';
  const S = (t: string) => P(t, { bold: true, size: 26, before: 240, after: 80, rule: '000000', font: '標楷體' });
  const children = [
    P('個 人 履 歷', { bold: true, size: 40, align: 'center', after: 120, font: '標楷體' }),
    S('基本資料'),
    P(`姓　　名：${p.name}　　　性別：女　　　出生：民國84年8月16日`, { size: 22 }),
    P(`行動電話：${p.phoneLocal}　　　E-mail：${p.email}`, { size: 22 }),
    P(`通訊地址：${p.address}`, { size: 22 }),
    P('希望職務：財務主管／資深會計　　　可上班日：錄取後一個月', { size: 22 }),
    S('學歷'),
    ...p.edu.map((e) => P(`${range(e, 'YYYY/MM', '', '～')}　${e.school}　${e.major}　${e.degree}`, { size: 22 })),
    S('工作經歷'),
    ...jobsDesc(p).flatMap((j) => [P(`${range(j, 'YYYY/MM', '迄今', '～')}　${j.company}　${j.title}`, { bold: true, size: 22, after: 0 }), ...j.duties.map((x) => P('　．' + x, { size: 21, after: 0 })), P('', { after: 40 })]),
    S('專長技能'),
    P(skillsOf(p).join('、'), { size: 22 }),
    P('證照：' + p.certs.join('、') + '　　語言：' + p.languages.join('、'), { size: 22 }),
    S('自傳'),
    P('　　我出生於台南，家中有父母與一位弟弟，父母從小教導我做事要踏實、負責。大學就讀國立臺北大學會計學系，在校期間擔任系學會財務，並於大四暑假通過記帳士考試。', { size: 22 }),
    P(`　　畢業後進入${p.jobs[0].company}擔任審計員，三年間參與多家上市櫃公司財報查核，培養了細心與抗壓性。之後轉職至${p.jobs[1].company}，負責月結、年結與營業稅申報，也協助公司建置IPO前的內控制度。`, { size: 22 }),
    P(`　　目前任職於${p.jobs[2].company}，負責合併報表與預算編列，並主導導入 NetSuite。希望未來能在貴公司發揮財會專長，與團隊一同成長。`, { size: 22 }),
  ];
  return doc(children, { font: F, eastAsia: F, size: 22, margin: 1200, footer: [pageNo('第 ', ' 頁，共 ', 18)] });
}

/** 程序员/互联网“一页纸”简历（GitHub 上流行的中文简历模板风格），中英混排，Word 版。 */
export function techOnePage(p: Person): Document {
  const F = '微软雅黑';
  const S = (t: string) => P(t, { bold: true, size: 24, color: '1F4E79', before: 160, after: 60, rule: '1F4E79' });
  const tab = W - 100;
  const children = [
    P(`${p.name} ${p.nameEn}`, { bold: true, size: 40, align: 'center', after: 20 }),
    P(`Tel: ${p.phoneLocal}  |  ✉ ${p.email}  |  求职意向：${p.title}  |  北京`, { size: 18, align: 'center', after: 80 }),
    S('教育经历 Education'),
    ...p.edu.map((e) => P([run(`${e.school}　${e.major}　${e.degree}`, { bold: true, size: 20 }), run('\t' + range(e, 'YYYY.MM', '', ' - '), { size: 20 })], { tabRight: tab })),
    S('工作经历 Experience'),
    ...jobsDesc(p).flatMap((j) => [
      P([run(`${j.company}　|　${j.title}`, { bold: true, size: 20 }), run('\t' + range(j, 'YYYY.MM', '至今', ' - '), { size: 20 })], { tabRight: tab, after: 20 }),
      ...j.duties.map((x) => P(x, { bullet: true, size: 19, after: 10 })),
    ]),
    S('项目经历 Projects'),
    P([run('AI 客服助手（GPT-4o + RAG）', { bold: true, size: 20 }), run('\t2024.03 - 2024.09', { size: 20 })], { tabRight: tab, after: 20 }),
    P('从需求调研到上线全流程负责；知识库召回准确率从 72% 提升到 91%；付费转化 +12%。', { bullet: true, size: 19 }),
    S('专业技能 Skills'),
    ...skillsOf(p).map((s) => P(s, { bullet: true, size: 19, after: 10 })),
    S('其他 Others'),
    P(`证书：${p.certs.join('；')}　　语言：${p.languages.join('；')}`, { size: 19 }),
  ];
  return doc(children, { font: F, eastAsia: F, size: 20, margin: 800 });
}

