/** heldout-21: the Word (DOCX) templates. Each returns a docx Document for one person. */
import {
  AlignmentType, Document, Footer, Header, PageNumber, Paragraph, TabStopType, TextRun, BorderStyle,
  type ISectionOptions,
} from 'docx';
import type { Person, Job } from './people.ts';
import { C, L, P, d, dual, months, newestFirst, oldestFirst, skillsOf, table, type Cell } from './lib.ts';

const W = 9638; // A4 text width with 2 cm margins, in twips
const margin = { top: 1134, bottom: 1134, left: 1134, right: 1134 };

function doc(sections: ISectionOptions[], zh = false): Document {
  return new Document({
    creator: 'Microsoft Office User',
    styles: { default: { document: { run: { font: zh ? { ascii: 'Arial', hAnsi: 'Arial', eastAsia: 'SimSun' } : 'Arial', size: zh ? 20 : 19 } } } },
    sections,
  });
}
const pageFooter = (left: string) => new Footer({
  children: [new Paragraph({
    tabStops: [{ type: TabStopType.RIGHT, position: W }],
    children: [new TextRun({ text: left, size: 14 }), new TextRun({ children: ['\tPage ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 14 })],
  })],
});
const zhFooter = () => new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'], size: 16 })] })] });
const split = (n: string) => { const parts = n.split(' '); return { last: parts[parts.length - 1], first: parts[0], middle: parts.slice(1, -1).join(' ') }; };

// ---------------- A: US state licensing-board application, employment-history section ----------------
const BOARDS: Record<string, { board: string; form: string; title: string; section: string; skills: string; notary: boolean }> = {
  p01: { board: 'OREGON BOARD OF BAR EXAMINERS', form: 'Form BX-1 (Rev. 02/2026)', title: 'APPLICATION FOR ADMISSION BY EXAMINATION — CHARACTER AND FITNESS QUESTIONNAIRE', section: 'PART 6 — EMPLOYMENT HISTORY', skills: 'Legal research tools and practice skills', notary: true },
  p03: { board: 'STATE BOARD OF REGISTRATION FOR PROFESSIONAL ENGINEERS AND SURVEYORS', form: 'PE-COM 4 (07/2025)', title: 'APPLICATION FOR REGISTRATION BY COMITY — PROFESSIONAL ENGINEER', section: 'SECTION C — CHRONOLOGICAL EMPLOYMENT RECORD', skills: 'Technical software and engineering skills', notary: true },
  p04: { board: 'GEORGIA BOARD OF NURSING', form: 'RN-END (Rev. 10/2025)', title: 'APPLICATION FOR LICENSURE BY ENDORSEMENT — REGISTERED NURSE', section: 'SECTION 4 — NURSING EMPLOYMENT HISTORY (last 10 years)', skills: 'Clinical skills and systems', notary: false },
};
export function licensingHistory(p: Person): Document {
  const b = BOARDS[p.id], n = split(p.name);
  const s = (t: string) => P(t, { b: true, sz: 19, before: 200, after: 60 });
  const rows: Cell[][] = [[L('FROM\n(mm/yyyy)', { b: true, al: 'c', sz: 15 }), L('TO\n(mm/yyyy)', { b: true, al: 'c', sz: 15 }), L('EMPLOYER NAME AND ADDRESS', { b: true, sz: 15 }), L('POSITION / TITLE', { b: true, sz: 15 }), L('SUPERVISOR NAME AND TELEPHONE', { b: true, sz: 15 }), L('REASON FOR LEAVING', { b: true, sz: 15 })]];
  const events: { start: string; end: string | null; row: Cell[] }[] = newestFirst(p.work).map((j) => ({
    start: j.start, end: j.end,
    row: [C(d(j.start, 'MM/YYYY'), { al: 'c' }), C(d(j.end, 'MM/YYYY', 'Present'), { al: 'c' }), C(`${j.company}\n${j.city}`), C(j.title), C(`${j.supervisor ?? ''}\n${j.supPhone ?? ''}`), C(j.reason ?? (j.end ? '' : 'Currently employed'))],
  }));
  for (const g of p.gaps) events.push({ start: g.start, end: g.end, row: [C(d(g.start, 'MM/YYYY'), { al: 'c' }), C(d(g.end, 'MM/YYYY'), { al: 'c' }), C(`Unemployed — ${g.what}`, { italic: true, span: 2 }), C('N/A'), C('N/A')] });
  events.sort((a, b2) => b2.start.localeCompare(a.start));
  rows.push(...events.map((e) => e.row));
  for (let k = 0; k < 2; k++) rows.push([C(''), C(''), C(''), C(''), C(''), C('')]);
  const children = [
    P(b.board, { b: true, al: 'c', sz: 22 }), P(b.title, { b: true, al: 'c', sz: 18, after: 160 }),
    s('PART 1 — APPLICANT IDENTIFICATION'),
    table([2300, 2300, 2000, 3038], [
      [L('Last name', { sz: 15 }), L('First name', { sz: 15 }), L('Middle name', { sz: 15 }), L('Date of birth (mm/dd/yyyy)', { sz: 15 })],
      [C(n.last), C(n.first), C(n.middle || '—'), C(`${p.born.slice(5, 7)}/${p.born.slice(8, 10)}/${p.born.slice(0, 4)}`)],
      [L('Home address (street, city, state, ZIP)', { sz: 15, span: 2 }), L('Telephone', { sz: 15 }), L('E-mail', { sz: 15 })],
      [C(p.address, { span: 2 }), C(p.phone), C(p.email)],
    ]),
    s('PART 2 — EDUCATION'),
    table([3600, 2200, 2000, 1838], [
      [L('Institution', { sz: 15 }), L('City, State', { sz: 15 }), L('Dates attended', { sz: 15 }), L('Degree / date', { sz: 15 })],
      ...p.education.map((e) => [C(e.school), C(e.city), C(`${d(e.start, 'MM/YYYY')} – ${d(e.end, 'MM/YYYY')}`), C(`${e.degree}, ${d(e.end, 'MM/YYYY')}`)]),
    ]),
    s(b.section),
    P('List ALL employment, including part-time, summer, clerkships, internships, military service and self-employment, beginning with the most recent. Account for every period of unemployment longer than 30 days. Attach additional pages if necessary.', { sz: 16, italic: true }),
    table([900, 900, 2550, 1800, 2000, 1488], rows, { sz: 17 }),
    s(`PART 7 — ${b.skills.toUpperCase()}`),
    P('List any specialised skills, software or techniques relevant to the practice of the profession:', { sz: 16, italic: true }),
    table([W], [[C(skillsOf(p).join('; '))]]),
    s('LICENSES AND CERTIFICATIONS HELD'),
    table([W], [[C(p.certs.join('\n'))]]),
    s('CERTIFICATION'),
    P(`I, ${p.name}, certify under penalty of perjury that the information in this application is true, correct and complete. I understand that any omission or misstatement may be grounds for denial.`, { sz: 17 }),
    P('Signature of applicant: ____________________________________        Date: ____________________', { before: 360 }),
  ];
  if (b.notary) children.push(P('Subscribed and sworn before me this ____ day of ______________, 20___.', { before: 240, sz: 17 }), P('Notary Public: _____________________________   My commission expires: ______________   (SEAL)', { sz: 17, before: 200 }));
  return doc([{ properties: { page: { margin } }, footers: { default: pageFooter(`${b.form} — ${p.name}`) }, children }]);
}

// ---------------- B: Tanzanian public-body application-for-employment form ----------------
export function tzApplication(p: Person): Document {
  const h = (t: string) => P(t, { b: true, sz: 19, before: 200, after: 60 });
  const jobs = newestFirst(p.work).flatMap((j, i): Cell[][] => [
    [L(`${i + 1}.  Name of Employer`, { b: true }), C(j.company, { span: 3, b: true })],
    [L('Position held'), C(j.title, { span: 3 })],
    [L('From (month/year)'), C(d(j.start, 'MM/YYYY')), L('To (month/year)'), C(d(j.end, 'MM/YYYY', 'To date'))],
    [L('Duty station'), C(j.city, { span: 3 })],
    [L('Duties and responsibilities'), C(j.duties.map((x) => `• ${x}`).join('\n'), { span: 3 })],
  ]);
  const children = [
    P('THE UNITED REPUBLIC OF TANZANIA', { b: true, al: 'c', sz: 20 }),
    P('TANZANIA HORTICULTURE DEVELOPMENT AGENCY (TAHODA)', { b: true, al: 'c', sz: 22 }),
    P('APPLICATION FOR EMPLOYMENT', { b: true, al: 'c', sz: 22, underline: true }),
    P('Post applied for: PRINCIPAL PROCUREMENT OFFICER — REF. NO. TAHODA/HR/07/2026', { b: true, al: 'c', sz: 18, after: 160 }),
    h('PART A: PERSONAL PARTICULARS'),
    table([2100, 3300, 1100, 3138], [
      [L('Full name (Surname last)'), C(p.name, { b: true, span: 2 }), C('Affix recent\npassport size\nphoto here', { rows: 4, al: 'c', sz: 15, italic: true })],
      [L('Sex'), C(p.gender, { span: 2 })],
      [L('Date of birth'), C(`${p.born.slice(8, 10)}/${p.born.slice(5, 7)}/${p.born.slice(0, 4)}`, { span: 2 })],
      [L('Nationality'), C(p.nationality, { span: 2 })],
      [L('Postal address'), C(p.address, { span: 3 })],
      [L('Mobile phone'), C(p.phone), L('E-mail'), C(p.email)],
      [L('Marital status'), C('Married'), L('NIDA No.'), C('19900518-11101-00002-24')],
    ]),
    h('PART B: ACADEMIC QUALIFICATIONS'),
    table([3700, 1300, 1300, 3338], [
      [L('Name of institution', { b: true }), L('From', { b: true }), L('To', { b: true }), L('Award / Certificate', { b: true })],
      ...p.education.map((e) => [C(e.school), C(d(e.start, 'MM/YYYY')), C(d(e.end, 'MM/YYYY')), C(e.degree)]),
    ]),
    h('PART C: PROFESSIONAL QUALIFICATIONS AND REGISTRATION'),
    table([W], [[C(p.certs.join('\n'))]]),
    h('PART D: WORKING EXPERIENCE (start with the current employer)'),
    table([2300, 2600, 1900, 2838], jobs),
    h('PART E: COMPUTER AND OTHER SKILLS'),
    table([W], [[C(skillsOf(p).map((x) => `• ${x}`).join('\n'))]]),
    h('PART F: LANGUAGE PROFICIENCY'),
    table([2800, 2279, 2279, 2280], [[L('Language', { b: true }), L('Speak', { b: true }), L('Read', { b: true }), L('Write', { b: true })], ...p.languages.map((l) => [C(l), C('Excellent'), C('Excellent'), C(l === 'English' ? 'Very good' : 'Excellent')])]),
    h('PART G: REFEREES (not relatives)'),
    table([3000, 4000, 2638], [[L('Name', { b: true }), L('Title / Organisation', { b: true }), L('Telephone', { b: true })], ...p.referees.map((r) => [C(r.name), C(r.role), C(r.phone)])]),
    h('PART H: DECLARATION'),
    P('I declare that the information given above is true and correct to the best of my knowledge. I understand that any false information may lead to disqualification or termination of employment.', { sz: 17 }),
    P('Signature: ____________________________            Date: ______/______/__________', { before: 360 }),
  ];
  return doc([{ properties: { page: { margin } }, footers: { default: pageFooter('TAHODA Form HR-01') }, children }]);
}

// ---------------- C: engineering-registration experience record (labels above values, one block per job) ----------------
const RECORDS: Record<string, { org: string; title: string; intro: string; fmt: string; present: string; order: 'old' | 'new' }> = {
  p02: { org: 'NCEES Record — Experience (for licensure by comity)', title: 'ENGINEERING EXPERIENCE RECORD', intro: 'Enter each period of employment separately, in chronological order, including co-op terms. Each entry must be verified by a licensed professional engineer.', fmt: 'MM/YYYY', present: 'Present', order: 'old' },
  p06: { org: 'NEPAL ENGINEERING COUNCIL — Application for Professional Engineer Registration', title: 'ANNEX 3: DETAILS OF WORK EXPERIENCE AFTER GRADUATION', intro: 'Give details of work experience in reverse chronological order. Attach experience letters issued by the employer.', fmt: 'YYYY-MM', present: 'Till date', order: 'new' },
  p07: { org: 'Engineering Technician (EngTech) registration — Professional Review application', title: 'CAREER HISTORY AND EXPERIENCE RECORD', intro: 'List your employment from the start of your career, including military service. For each role give dates, responsibilities and the name of someone who can verify it.', fmt: 'Mon YYYY', present: 'Present', order: 'old' },
};
export function experienceRecord(p: Person): Document {
  const r = RECORDS[p.id];
  const list = r.order === 'old' ? oldestFirst(p.work) : newestFirst(p.work);
  const blocks: Cell[][] = [];
  list.forEach((j, i) => {
    blocks.push([C(`Entry ${i + 1}`, { span: 5, b: true, shade: 'BFBFBF' })]);
    blocks.push([L('Employer', { sz: 15 }), L('Position title', { sz: 15 }), L('From', { sz: 15 }), L('To', { sz: 15 }), L('Months', { sz: 15 })]);
    blocks.push([C(j.company), C(j.title), C(d(j.start, r.fmt)), C(d(j.end, r.fmt, r.present)), C(String(months(j)), { al: 'c' })]);
    blocks.push([L('Location', { sz: 15 }), C(j.city, { span: 4 })]);
    blocks.push([L('Description of duties and engineering experience', { sz: 15, span: 5 })]);
    blocks.push([C(j.duties.join('. ') + '.', { span: 5, h: 700 })]);
    blocks.push([L('Verifier / supervisor', { sz: 15 }), C(`${j.supervisor ?? ''}   Tel. ${j.supPhone ?? ''}`, { span: 4 })]);
  });
  const children = [
    P(r.org, { b: true, al: 'c', sz: 20 }), P(r.title, { b: true, al: 'c', sz: 24, after: 200 }),
    table([2400, 2838, 2200, 2200], [
      [L('Applicant name'), C(p.name, { b: true }), L('Date of birth'), C(p.born)],
      [L('Address'), C(p.address, { span: 3 })],
      [L('Telephone'), C(p.phone), L('E-mail'), C(p.email)],
      [L('Highest qualification'), C(`${p.education[p.education.length - 1].degree}, ${p.education[p.education.length - 1].school} (${p.education[p.education.length - 1].end.slice(0, 4)})`, { span: 3 })],
    ]),
    P(r.intro, { italic: true, sz: 16, before: 200 }),
    table([2400, 2838, 1500, 1500, 1400], blocks),
    P('Technical skills and tools used in the above experience', { b: true, before: 240 }),
    table([W], [[C(skillsOf(p).join(', '))]]),
    P('Professional memberships / certificates', { b: true, before: 200 }),
    table([W], [[C(p.certs.join('; '))]]),
    P('I confirm that the above record is a true account of my experience.', { before: 240 }),
    P(`Applicant signature: ______________________        Name: ${p.name}        Date: ___________`, { before: 300 }),
  ];
  return doc([{ properties: { page: { margin } }, footers: { default: pageFooter(`${p.name} — Experience record`) }, children }]);
}

// ---------------- D: 拟聘用人员政治审查表 (个人简历 rows incl. schooling) ----------------
export function zhengshen(p: Person): Document {
  const rowsJ = [
    ...p.education.map((e) => ({ s: e.start, t: `${d(e.start, 'YYYY.MM')}—${d(e.end, 'YYYY.MM')}`, u: `${e.school}${e.degree.split(' ')[0]}专业学习`, r: '学生', w: '' })),
    ...p.work.map((j) => ({ s: j.start, t: `${d(j.start, 'YYYY.MM')}—${d(j.end, 'YYYY.MM', '至今')}`, u: j.company, r: j.title, w: j.supervisor ?? '' })),
    ...p.gaps.map((g) => ({ s: g.start, t: `${d(g.start, 'YYYY.MM')}—${d(g.end, 'YYYY.MM')}`, u: g.what, r: '无', w: '' })),
  ].sort((a, b) => a.s.localeCompare(b.s));
  const fam: Cell[][] = [[L('称谓', { al: 'c' }), L('姓名', { al: 'c' }), L('出生年月', { al: 'c' }), L('政治面貌', { al: 'c' }), L('工作单位及职务', { al: 'c', span: 3 })],
    [C('父亲', { al: 'c' }), C(p.id === 'p08' ? '何永康' : '刘建明', { al: 'c' }), C(p.id === 'p08' ? '1962.03' : '1963.11', { al: 'c' }), C('中共党员', { al: 'c' }), C(p.id === 'p08' ? '四川省眉山市农业农村局（已退休）' : '上海市闵行区第三中学 教师（已退休）', { span: 3 })],
    [C('母亲', { al: 'c' }), C(p.id === 'p08' ? '周淑芬' : '陈桂英', { al: 'c' }), C(p.id === 'p08' ? '1964.09' : '1965.02', { al: 'c' }), C('群众', { al: 'c' }), C(p.id === 'p08' ? '眉山市东坡区人民医院 护士（已退休）' : '无', { span: 3 })]];
  const children = [
    P('附件3', { sz: 20 }),
    P(p.id === 'p08' ? '成都市温江区2026年公开招聘卫生专业技术人员' : '上海市属国有金融企业2026年社会招聘', { al: 'c', b: true, sz: 24 }),
    P('拟聘用人员政治审查表', { al: 'c', b: true, sz: 32, after: 200 }),
    table([1300, 1500, 1200, 1500, 1200, 1400, 1538], [
      [L('姓  名', { al: 'c' }), C(p.name, { al: 'c' }), L('性  别', { al: 'c' }), C(p.gender, { al: 'c' }), L('出生年月', { al: 'c' }), C(d(p.born.slice(0, 7), 'YYYY.MM'), { al: 'c' }), C('（照片）', { rows: 4, al: 'c' })],
      [L('民  族', { al: 'c' }), C('汉族', { al: 'c' }), L('籍  贯', { al: 'c' }), C(p.id === 'p08' ? '四川眉山' : '上海', { al: 'c' }), L('政治面貌', { al: 'c' }), C(p.id === 'p08' ? '中共党员' : '群众', { al: 'c' })],
      [L('身份证号', { al: 'c' }), C(p.id === 'p08' ? '511402199004061126' : '310112199110213419', { span: 2 }), L('联系电话', { al: 'c' }), C(p.phone, { al: 'c', span: 2 })],
      [L('电子邮箱', { al: 'c' }), C(p.email, { span: 5 })],
      [L('家庭住址', { al: 'c' }), C(p.address, { span: 6 })],
      [L('现工作单位\n及职务', { al: 'c' }), C(`${newestFirst(p.work)[0].company}  ${newestFirst(p.work)[0].title}`, { span: 6 })],
      [L('个\n人\n简\n历', { al: 'c', rows: rowsJ.length + 1 }), L('起止年月', { al: 'c', span: 2 }), L('在何地何单位学习或工作', { al: 'c', span: 2 }), L('任何职', { al: 'c' }), L('证明人', { al: 'c' })],
      ...rowsJ.map((x) => [C(x.t, { span: 2, al: 'c' }), C(x.u, { span: 2 }), C(x.r, { al: 'c' }), C(x.w, { al: 'c' })]),
      [L('专业特长', { al: 'c' }), C(skillsOf(p).join('、'), { span: 6 })],
      [L('资格证书', { al: 'c' }), C(p.certs.join('；'), { span: 6 })],
      [L('奖惩情况', { al: 'c' }), C(p.id === 'p08' ? '2021年度院级“优秀医师”；无处分记录。' : '2019年度公司“优秀研究员”；无处分记录。', { span: 6 })],
    ], { sz: 19 }),
    P('家庭主要成员及重要社会关系', { b: true, before: 160 }),
    table([1100, 1300, 1300, 1300, 1546, 1546, 1546], fam, { sz: 19 }),
    table([1300, 8338], [
      [L('本人承诺', { al: 'c' }), C('本人对以上所填内容的真实性负责，如有隐瞒或虚假，愿承担一切后果。\n\n                                        本人签名：                  年    月    日', { h: 1200 })],
      [L('所在单位\n（或社区）\n党组织意见', { al: 'c' }), C('\n\n\n                                        （盖  章）\n                                        年    月    日', { h: 1600 })],
      [L('考察组意见', { al: 'c' }), C('\n\n\n                                        考察人签名：          年    月    日', { h: 1400 })],
    ], { sz: 19 }),
    P('注：本表一式两份，须用A4纸双面打印，“个人简历”从高中填起，时间须连贯。', { sz: 16, before: 100 }),
  ];
  return doc([{ properties: { page: { margin } }, footers: { default: zhFooter() }, children }], true);
}

// ---------------- E: 执业注册申请表 (all jobs in one merged cell) ----------------
const ZHUCE: Record<string, { org: string; title: string; certLabel: string; certNo: string; unit: string; exp: string; skill: string; opinion: string }> = {
  p10: { org: '河南省注册会计师协会', title: '注册会计师注册申请表', certLabel: '全科合格证书编号', certNo: '豫CPA0500211', unit: '拟执业会计师事务所', exp: '工作经历（从参加工作起填写，含单位、部门及职务）', skill: '业务专长', opinion: '会计师事务所意见' },
  p11: { org: '浙江省住房和城乡建设厅', title: '一级建造师初始注册申请表', certLabel: '资格证书管理号', certNo: '33011090330091', unit: '聘用企业名称', exp: '个人工作简历', skill: '专业技能', opinion: '聘用企业意见' },
  p12: { org: '中国证券投资基金业协会', title: '基金从业人员执业注册申请表', certLabel: '从业资格成绩合格证编号', certNo: 'F2019440301238', unit: '任职机构', exp: '从业经历', skill: '专业技能', opinion: '任职机构合规负责人意见' },
};
export function zhuceShenqing(p: Person): Document {
  const z = ZHUCE[p.id], cur = newestFirst(p.work)[0];
  const exp = oldestFirst(p.work).map((j) => `${d(j.start, 'YYYY年MM月')}—${d(j.end, 'YYYY年MM月', '至今')}    ${j.company}    ${j.title}`).join('\n');
  const children = [
    P(z.org, { al: 'c', sz: 22 }), P(z.title, { al: 'c', b: true, sz: 34, after: 100 }),
    P(`申请编号：__________________                                      填表日期：2026年11月____日`, { sz: 17, after: 100 }),
    table([1500, 2100, 1300, 1500, 1500, 1738], [
      [L('姓名', { al: 'c' }), C(p.name, { al: 'c' }), L('性别', { al: 'c' }), C(p.gender, { al: 'c', span: 2 }), C('照片\n（近期免冠\n二寸彩照）', { rows: 4, al: 'c' })],
      [L('出生日期', { al: 'c' }), C(p.born, { al: 'c' }), L('学历', { al: 'c' }), C(p.education[p.education.length - 1].degree.split(' ').pop()!, { al: 'c', span: 2 })],
      [L('身份证号码', { al: 'c' }), C(p.id === 'p10' ? '410105197912030029' : p.id === 'p11' ? '330104198606153016' : '440305199708270042', { span: 4 })],
      [L('毕业院校\n及专业', { al: 'c' }), C(`${p.education[p.education.length - 1].school}  ${p.education[p.education.length - 1].degree.split(' ')[0]}`, { span: 4 })],
      [L(z.certLabel, { al: 'c' }), C(z.certNo, { span: 2 }), L('移动电话', { al: 'c' }), C(p.phone, { span: 2 })],
      [L('电子邮箱', { al: 'c' }), C(p.email, { span: 2 }), L('通讯地址', { al: 'c' }), C(p.address, { span: 2 })],
      [L(z.unit, { al: 'c' }), C(cur.company, { span: 5 })],
      [L(z.exp, { al: 'c' }), C(exp, { span: 5, h: 1800 })],
      [L(z.skill, { al: 'c' }), C(skillsOf(p).join('；'), { span: 5 })],
      [L('已取得证书', { al: 'c' }), C(p.certs.join('；'), { span: 5 })],
      [L('申请人承诺', { al: 'c' }), C('本人承诺以上所填内容及所附材料真实、准确，如有不实，愿承担相应法律责任。\n\n申请人（签字）：                                   年     月     日', { span: 5, h: 1000 })],
      [L(z.opinion, { al: 'c' }), C('\n\n负责人（签字）：                  （单位盖章）          年     月     日', { span: 5, h: 1200 })],
      [L('审核意见', { al: 'c' }), C('\n\n经办人：              审核人：              年     月     日', { span: 5, h: 1200 })],
    ], { sz: 19 }),
    P('说明：1. 本表用钢笔或签字笔填写，或打印后签字；2. 工作经历须连续，按时间顺序填写；3. 本表一式二份。', { sz: 16, before: 100 }),
  ];
  return doc([{ properties: { page: { margin } }, footers: { default: zhFooter() }, children }], true);
}

// ---------------- F: 外国人来华工作许可申请表 (bilingual labels, dates in two cells) ----------------
export function workPermit(p: Person): Document {
  const cur = newestFirst(p.work)[0];
  const edu = p.education[p.education.length - 1];
  const children = [
    P('外国人来华工作许可申请表', { b: true, al: 'c', sz: 30 }),
    P('Application Form for Foreigner\'s Work Permit in China', { b: true, al: 'c', sz: 22, after: 120 }),
    P('申请类别 Category：☑ 外国专业人才（B类） Foreign Professionals (Category B)        ☐ A类        ☐ C类', { sz: 17, after: 100 }),
    P('一、申请人信息  Applicant Information', { b: true, before: 120 }),
    table([2300, 2600, 2300, 2438], [
      [L('中文姓名\nName in Chinese'), C(p.name, { b: true }), C('照片\nPhoto\n(48mm×33mm)', { rows: 4, al: 'c', span: 2 })],
      [L('护照姓名\nName in Passport'), C(p.nameLatin!)],
      [L('性别 Gender'), C(p.gender)],
      [L('出生日期\nDate of Birth'), C(p.born)],
      [L('国籍 Nationality'), C(p.nationality), L('护照号码\nPassport No.'), C(p.id === 'p13' ? 'AB482917' : 'A57219034')],
      [L('手机 Mobile'), C(p.phone), L('电子邮箱 E-mail'), C(p.email)],
      [L('境内住址\nAddress in China'), C(p.address, { span: 3 })],
      [L('最高学位\nHighest Degree'), C(`${edu.degree}, ${edu.school}`, { span: 3 })],
    ], { sz: 17 }),
    P('二、工作经历  Work Experience（由近及远 starting with the most recent）', { b: true, before: 160 }),
    table([1250, 1250, 2700, 2100, 1250, 1088], [
      [L('起始时间\nFrom', { al: 'c', sz: 15 }), L('截止时间\nTo', { al: 'c', sz: 15 }), L('工作单位\nEmployer', { al: 'c', sz: 15 }), L('职位\nPosition', { al: 'c', sz: 15 }), L('证明人\nReferee', { al: 'c', sz: 15 }), L('证明人电话\nTel.', { al: 'c', sz: 15 })],
      ...newestFirst(p.work).map((j) => [C(d(j.start, 'YYYY-MM'), { al: 'c' }), C(d(j.end, 'YYYY-MM', '至今 Present'), { al: 'c' }), C(j.company), C(j.title), C(j.supervisor ?? ''), C(j.supPhone ?? '', { sz: 15 })]),
    ], { sz: 17 }),
    P('三、专业技能  Professional Skills', { b: true, before: 160 }),
    table([W], [[C(skillsOf(p).join('; '))]], { sz: 17 }),
    P('四、用人单位信息  Employer Information', { b: true, before: 160 }),
    table([2300, 2600, 2300, 2438], [
      [L('用人单位名称\nName of Employer'), C(cur.company, { span: 3 })],
      [L('拟聘职位\nPosition Offered'), C(cur.title), L('合同期限\nContract Term'), C('2026-12 至 2028-11')],
    ], { sz: 17 }),
    P('五、申请人声明  Declaration of Applicant', { b: true, before: 160 }),
    P('本人保证所填信息及提交材料真实有效。I hereby declare that the information given above is true and correct.', { sz: 17 }),
    P('申请人签名 Signature of Applicant：____________________      日期 Date：______________', { before: 300 }),
  ];
  return doc([{ properties: { page: { margin } }, footers: { default: zhFooter() }, children }], true);
}

// ---------------- M: 员工人事档案卡 Personnel Record Card (employer cell merged over its roles) ----------------
export function personnelCard(p: Person): Document {
  const cur = newestFirst(p.work)[0];
  const groups: Job[][] = [];
  for (const j of newestFirst(p.work)) { const g = groups.find((x) => x[0].company === j.company); if (g) g.push(j); else groups.push([j]); }
  const rows: Cell[][] = [[L('工作单位 Employer', { al: 'c', b: true }), L('职位 Position', { al: 'c', b: true }), L('起止时间 Period', { al: 'c', b: true }), L('离职原因 Reason for leaving', { al: 'c', b: true })]];
  for (const g of groups) g.forEach((j, i) => {
    const cells: Cell[] = [];
    if (i === 0) cells.push(C(j.company, { rows: g.length }));
    cells.push(C(j.title), C(`${d(j.start, 'YYYY/MM')} – ${d(j.end, 'YYYY/MM', '至今 Present')}`, { al: 'c' }), C(!j.end ? '—' : j.kind === 'intern' ? 'Internship ended 实习结束' : i === 0 ? 'Career development 职业发展' : 'Promotion 晋升'));
    rows.push(cells);
  });
  const children = [
    P(cur.company, { al: 'c', b: true, sz: 22 }),
    P('员工人事档案卡  EMPLOYEE PERSONNEL RECORD CARD', { al: 'c', b: true, sz: 26, after: 60 }),
    P('Confidential 机密 — HR use only', { al: 'r', sz: 15, italic: true, after: 120 }),
    table([1700, 2300, 1500, 2600, 1538], [
      [L('中文姓名\nChinese Name'), C(p.name, { b: true }), L('英文名\nEnglish Name'), C(p.english!), C('照片\nPhoto', { rows: 4, al: 'c' })],
      [L('拼音\nPinyin'), C(p.nameLatin!), L('性别 Gender'), C(p.gender)],
      [L('出生日期 DOB'), C(p.born), L('国籍 Nationality'), C(p.nationality)],
      [L('手机 Mobile'), C(p.phone), L('邮箱 E-mail'), C(p.email)],
      [L('现住址\nCurrent Address'), C(p.address, { span: 4 })],
      [L('紧急联系人\nEmergency Contact'), C(p.id === 'p15' ? '黄建华（父亲 Father）' : '吴振国（父亲 Father）', { span: 2 }), L('电话 Tel.'), C(p.id === 'p15' ? '139 1820 6642' : '138 2216 7095')],
    ], { sz: 17 }),
    P('教育背景  Education', { b: true, before: 160 }),
    table([3300, 3500, 2838], [
      [L('学校 School', { b: true }), L('学位/专业 Degree / Major', { b: true }), L('起止时间 Period', { b: true })],
      ...p.education.map((e) => [C(e.school), C(e.degree), C(`${d(e.start, 'YYYY/MM')} – ${d(e.end, 'YYYY/MM')}`)]),
    ], { sz: 17 }),
    P('工作经历  Employment History', { b: true, before: 160 }),
    table([3100, 2700, 2000, 1838], rows, { sz: 17 }),
    P('专业技能  Professional Skills', { b: true, before: 160 }),
    table([W], [[C(skillsOf(p).join('  |  '))]], { sz: 17 }),
    P('证书  Certificates        语言 Languages', { b: true, before: 160 }),
    table([4819, 4819], [[C(p.certs.join('\n')), C(p.languages.join('\n'))]], { sz: 17 }),
    P('人事部填写  For HR Department Use', { b: true, before: 160 }),
    table([1900, 2300, 1700, 3738], [
      [L('员工编号 Emp. No.'), C(p.id === 'p15' ? 'LT-2021-0917' : 'HV-CN-00412'), L('入职日期 Join Date'), C(`${cur.start}-01`)],
      [L('部门 Dept.'), C(p.id === 'p15' ? 'Finance 财务部' : 'Supply Chain 供应链'), L('职级 Grade'), C(p.id === 'p15' ? 'M2' : 'M3')],
      [L('HR签字 HR Sign'), C(''), L('员工签字\nEmployee Sign'), C('')],
    ], { sz: 17 }),
  ];
  return doc([{ properties: { page: { margin } }, footers: { default: zhFooter() }, children }], true);
}

// ---------------- G: Word résumé (Canadian engineering résumé / UK forces-leaver CV) ----------------
export function wordResume(p: Person): Document {
  const uk = p.id === 'p07';
  const head = (t: string) => new Paragraph({ spacing: { before: 220, after: 80 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '1F3864', space: 1 } }, children: [new TextRun({ text: t, bold: true, size: 22, color: '1F3864' })] });
  const bullet = (t: string) => new Paragraph({ bullet: { level: 0 }, spacing: { before: 0, after: 30 }, children: [new TextRun({ text: t, size: 20 })] });
  const groups: Job[][] = [];
  for (const j of newestFirst(p.work)) { const g = groups.find((x) => x[0].company === j.company); if (g) g.push(j); else groups.push([j]); }
  const exp: Paragraph[] = [];
  for (const g of groups) {
    const first = g[g.length - 1], last = g[0];
    exp.push(new Paragraph({ tabStops: [{ type: TabStopType.RIGHT, position: W }], spacing: { before: 140, after: 20 }, children: [new TextRun({ text: g[0].company, bold: true, size: 21 }), new TextRun({ text: `, ${g[0].city}`, size: 21 }), new TextRun({ text: `\t${d(first.start, uk ? 'Month YYYY' : 'Mon YYYY')} – ${d(last.end, uk ? 'Month YYYY' : 'Mon YYYY', 'Present')}`, size: 20 })] }));
    for (const j of g) {
      exp.push(new Paragraph({ spacing: { before: 40, after: 20 }, children: [new TextRun({ text: j.title, italics: true, bold: true, size: 20 }), new TextRun({ text: g.length > 1 ? `  (${d(j.start, uk ? 'Month YYYY' : 'Mon YYYY')} – ${d(j.end, uk ? 'Month YYYY' : 'Mon YYYY', 'Present')})` : '', size: 19 })] }));
      exp.push(...j.duties.map(bullet));
    }
  }
  const children = [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: uk ? p.name : p.name.toUpperCase(), bold: true, size: 36, color: '1F3864' })] }),
    P(`${p.address}  •  ${p.phone}  •  ${p.email}`, { al: 'c', sz: 18 }),
    P(p.headline, { al: 'c', sz: 20, italic: true }),
    head(uk ? 'PERSONAL PROFILE' : 'PROFILE'), P(p.summary, { sz: 20 }),
    head(uk ? 'KEY SKILLS' : 'TECHNICAL SKILLS'), ...skillsOf(p).map(bullet),
    head(uk ? 'EMPLOYMENT HISTORY' : 'PROFESSIONAL EXPERIENCE'), ...exp,
    head(uk ? 'EDUCATION & TRAINING' : 'EDUCATION'),
    ...p.education.map((e) => new Paragraph({ tabStops: [{ type: TabStopType.RIGHT, position: W }], children: [new TextRun({ text: `${e.degree} — ${e.school}, ${e.city}`, size: 20 }), new TextRun({ text: `\t${d(e.end, 'Mon YYYY')}`, size: 20 })] })),
    head(uk ? 'TICKETS & CERTIFICATES' : 'PROFESSIONAL REGISTRATION'), ...p.certs.map(bullet),
    head('LANGUAGES'), P(p.languages.join(', '), { sz: 20 }),
    P(uk ? 'Full UK driving licence (C1).  References available on request.' : 'References available upon request.', { sz: 19, italic: true, before: 200 }),
  ];
  const header = new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: `${p.name} — Page `, size: 16, color: '808080' }), new TextRun({ children: [PageNumber.CURRENT], size: 16, color: '808080' })] })] });
  return doc([{ properties: { page: { margin }, titlePage: true }, headers: { default: header, first: new Header({ children: [] }) }, children }]);
}

// ---------------- H: 中文 Word 个人简历 (single column, tab-aligned lines) ----------------
export function jianliWord(p: Person): Document {
  const mixed = p.language === 'mixed';
  const head = (zh: string, en: string) => new Paragraph({ spacing: { before: 240, after: 80 }, border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: '2E75B6', space: 1 } }, children: [new TextRun({ text: mixed ? `${zh}  ${en}` : zh, bold: true, size: 24, color: '2E75B6' })] });
  const line = (t: string, b = false) => new Paragraph({ spacing: { before: 30, after: 30 }, children: [new TextRun({ text: t, bold: b, size: 20 })] });
  const tabbed = (a: string, b: string, c: string) => new Paragraph({ tabStops: [{ type: TabStopType.LEFT, position: 2100 }, { type: TabStopType.LEFT, position: 6300 }], spacing: { before: 100, after: 30 }, children: [new TextRun({ text: `${a}\t`, size: 19 }), new TextRun({ text: `${b}\t`, bold: true, size: 19 }), new TextRun({ text: c, size: 19 })] });
  const cur = newestFirst(p.work)[0];
  const children = [
    P(mixed ? '个人简历  RESUME' : '个 人 简 历', { al: 'c', b: true, sz: 36, after: 160 }),
    head('基本信息', 'Personal Information'),
    line(`姓${mixed ? '名 Name' : '　　名'}：${dual(p)}          性别：${p.gender}          出生年月：${d(p.born.slice(0, 7), 'YYYY.MM')}`),
    line(`${mixed ? '国籍 Nationality' : '籍　　贯'}：${mixed ? p.nationality : '河南郑州'}          ${mixed ? '' : '政治面貌：中共党员'}`),
    line(`手机：${p.phone}          邮箱：${p.email}`),
    line(`现居住地：${p.address}`),
    head('求职意向', 'Career Objective'),
    line(mixed ? `${cur.title}（国际学校 International School）` : '会计师事务所合伙人 / 大型企业财务总监'),
    head('工作经历', 'Work Experience'),
    ...newestFirst(p.work).flatMap((j) => [tabbed(`${d(j.start, 'YYYY.MM')} - ${d(j.end, 'YYYY.MM', mixed ? '至今 Present' : '至今')}`, j.company, j.title), ...j.duties.map((x) => line(`· ${x}`))]),
    head('教育背景', 'Education'),
    ...p.education.map((e) => tabbed(`${d(e.start, 'YYYY.MM')} - ${d(e.end, 'YYYY.MM')}`, e.school, e.degree)),
    head('专业技能', 'Skills'),
    ...skillsOf(p).map((s) => line(`● ${s}`)),
    head('证书', 'Certificates'), line(p.certs.join('；')),
    head('语言能力', 'Languages'), line(p.languages.join('；')),
    head('自我评价', 'Self-assessment'), line(p.summary),
  ];
  return doc([{ properties: { page: { margin } }, children }], true);
}
