/**
 * heldout-36: the ten HTML/CSS forms printed by Chromium (table layout).
 */
import { byId, type Person } from './people.ts';
import { type Block, type Cell, type FormDoc, d, kv, monthsOf } from './lib.ts';

const recent = (p: Person) => [...p.jobs].reverse();
const skillList = (p: Person, sep = ', ') => p.skills.map((s) => s.s).join(sep);
const H = (t: string, sh = '#D9D9D9'): Cell => ({ t, b: true, sh, al: 'c' });

export interface HtmlForm { person: string; template: string; build: () => FormDoc }

/* p01 — Commonwealth Secretariat online application, printed: block per employment */
function comsec(): FormDoc {
  const p = byId('p01');
  const blue = '#1B4F8A';
  const b: Block[] = [
    { k: 'p', t: 'Commonwealth Secretariat', b: true, sz: 15, color: blue },
    { k: 'p', t: 'Marlborough House, Pall Mall, London SW1Y 5HX', sz: 8.5, color: '#555' },
    { k: 'p', t: 'Application Form — Finance Officer (Grants and Budgets), Ref. CS/26/041', b: true, sz: 12 },
    { k: 'p', t: `Candidate: ${p.name}    Candidate number: 40213    Status: Submitted`, sz: 9 },
    { k: 'h', t: '1. Personal details', sh: blue, color: '#fff' },
    { k: 'table', cols: [18, 32, 18, 32], rows: kv([
      ['Title', 'Mrs'], ['Family name', p.family], ['First name(s)', p.given], ['Date of birth', '14 March 1989'],
      ['Nationality', 'Lesotho'], ['Country of residence', 'Lesotho'], ['Mobile telephone', p.phoneIntl], ['Email', p.email],
      ['Postal address', p.address.join(', ')],
    ], 2, '#E8EEF6') },
    { k: 'h', t: '2. Education and professional qualifications', sh: blue, color: '#fff' },
    { k: 'table', cols: [40, 35, 25], head: 1, rows: [[H('Institution', '#E8EEF6'), H('Qualification', '#E8EEF6'), H('Dates', '#E8EEF6')], ...p.education.map((e) => [{ t: `${e.school}, ${e.town}` }, { t: e.award }, { t: `${d.month(e.start)} – ${d.month(e.end)}` }] as Cell[]), [{ t: 'Lesotho Institute of Accountants' }, { t: 'Registered Accountant' }, { t: '2018' }]] },
    { k: 'h', t: '3. Employment record (current or most recent first)', sh: blue, color: '#fff' },
    ...recent(p).map((j, i): Block => ({ k: 'table', cols: [22, 28, 22, 28], rows: [
      [{ t: `Employment ${i + 1}`, b: true, cs: 4, sh: '#E8EEF6' }],
      [{ t: 'Employer', b: true }, { t: j.company }, { t: 'Location', b: true }, { t: `${j.town}, Lesotho` }],
      [{ t: 'Job title', b: true }, { t: j.title }, { t: 'Type of organisation', b: true }, { t: i === 1 ? 'Cooperative / financial' : 'Private sector' }],
      [{ t: 'Start date', b: true }, { t: d.month(j.start) }, { t: 'End date', b: true }, { t: j.end ? d.month(j.end) : 'Current employment' }],
      [{ t: 'Main duties', b: true }, { t: j.duties.map((x) => `• ${x}`), cs: 3 }],
    ] })),
    { k: 'h', t: '4. Skills', sh: blue, color: '#fff' },
    { k: 'table', cols: [25, 75], rows: [[{ t: 'Technical and IT skills', b: true, sh: '#E8EEF6' }, { t: skillList(p) }], [{ t: 'Languages', b: true, sh: '#E8EEF6' }, { t: p.languages.join(', ') }]] },
    { k: 'h', t: '5. Referees', sh: blue, color: '#fff' },
    { k: 'table', cols: [28, 47, 25], rows: p.referees.map((r) => [{ t: r.name }, { t: `${r.role}, ${r.org}` }, { t: r.phone }] as Cell[]) },
    { k: 'h', t: '6. Declaration', sh: blue, color: '#fff' },
    { k: 'p', t: '☑ I certify that the statements made in this application are true, complete and correct to the best of my knowledge and belief.' },
    { k: 'p', t: `Submitted electronically by ${p.name} on 03/11/2026 09:41 GMT`, sz: 8.5, color: '#555' },
  ];
  return { font: 'Arial', cjk: 'WenQuanYi Zen Hei', size: 9.5, footer: 'Commonwealth Secretariat — Application CS/26/041 — Page {p} of {n}', blocks: b };
}

/* p04 — African Union Commission application: one row per job, duties inline, From/To Month/Year */
function auc(): FormDoc {
  const p = byId('p04');
  const g = '#0B6E3A';
  const b: Block[] = [
    { k: 'title', t: 'AFRICAN UNION COMMISSION', sz: 14, color: g },
    { k: 'title', t: 'APPLICATION FOR EMPLOYMENT', sz: 11 },
    { k: 'p', t: 'Vacancy: Senior Surveillance Officer (P3), Africa CDC — Western Regional Coordinating Centre, Abuja', al: 'c', sz: 9 },
    { k: 'p', t: `Candidate: ${p.name}    Application ID: AUC-2026-118734`, al: 'c', sz: 9 },
    { k: 'h', t: 'A. PERSONAL INFORMATION', sh: '#DCEFE3' },
    { k: 'table', cols: [22, 28, 22, 28], rows: kv([
      ['Surname', p.family.toUpperCase()], ['Other names', p.given], ['Date of birth', '08-12-1983'], ['Gender', 'Female'],
      ['Nationality', 'Liberia'], ['AU Member State', 'Republic of Liberia'], ['Telephone', p.phoneIntl], ['E-mail', p.email],
      ['Address', p.address.join(', ')], ['Languages (AU official)', 'English (excellent), French (basic)'],
    ], 2, '#F1F8F4') },
    { k: 'h', t: 'B. ACADEMIC QUALIFICATIONS', sh: '#DCEFE3' },
    { k: 'table', cols: [35, 35, 15, 15], head: 1, rows: [[H('Institution', '#F1F8F4'), H('Degree / Diploma', '#F1F8F4'), H('From', '#F1F8F4'), H('To', '#F1F8F4')], ...p.education.map((e) => [{ t: e.school }, { t: e.award }, { t: d.mon(e.start) }, { t: d.mon(e.end) }] as Cell[])] },
    { k: 'h', t: 'C. EMPLOYMENT HISTORY (starting with the most recent)', sh: '#DCEFE3' },
    { k: 'table', cols: [11, 11, 22, 18, 38], head: 1, sz: 9, rows: [[H('From (MM/YYYY)', '#F1F8F4'), H('To (MM/YYYY)', '#F1F8F4'), H('Organisation', '#F1F8F4'), H('Position', '#F1F8F4'), H('Main duties and achievements', '#F1F8F4')],
      ...recent(p).map((j) => [{ t: d.mmyyyy(j.start), al: 'c' }, { t: d.mmyyyy(j.end, 'to date'), al: 'c' }, { t: j.company }, { t: j.title }, { t: j.duties.map((x) => `– ${x}`) }] as Cell[])] },
    { k: 'h', t: 'D. SKILLS AND COMPETENCIES', sh: '#DCEFE3' },
    { k: 'table', cols: [100], rows: [[{ t: skillList(p, '; ') }]] },
    { k: 'h', t: 'E. REFERENCES', sh: '#DCEFE3' },
    { k: 'table', cols: [28, 47, 25], rows: p.referees.map((r) => [{ t: r.name }, { t: `${r.role}, ${r.org}` }, { t: r.phone }] as Cell[]) },
    { k: 'p', t: 'I certify that the information provided is correct. I understand that false statements may lead to rejection or termination of appointment.', sz: 9 },
    { k: 'p', t: 'Date: 2 November 2026                                           Signature: ______________________', sz: 9 },
  ];
  return { font: 'Liberation Serif', cjk: 'WenQuanYi Zen Hei', size: 10, footer: 'AUC/HRM/AF-1 — {p}/{n}', blocks: b };
}

/* p05 — SAARC Secretariat application: oldest first, 'Period' merged header over From/To */
function saarc(): FormDoc {
  const p = byId('p05');
  const b: Block[] = [
    { k: 'title', t: 'SAARC SECRETARIAT\nKathmandu, Nepal', sz: 12.5 },
    { k: 'title', t: 'APPLICATION FOR THE POST OF SYSTEMS ANALYST (PROFESSIONAL CATEGORY)', sz: 10.5 },
    { k: 'table', cols: [6, 30, 64], rows: [
      [{ t: '1.', al: 'c' }, { t: 'Name in full (in block letters)' }, { t: p.name.toUpperCase() }],
      [{ t: '2.', al: 'c' }, { t: 'Nationality' }, { t: 'Bhutanese' }],
      [{ t: '3.', al: 'c' }, { t: 'Date of birth / age' }, { t: '30 April 1995 (31 years)' }],
      [{ t: '4.', al: 'c' }, { t: 'Permanent address' }, { t: 'Samdingkha, Toedwang Gewog, Punakha' }],
      [{ t: '5.', al: 'c' }, { t: 'Present address' }, { t: p.address.join(', ') }],
      [{ t: '6.', al: 'c' }, { t: 'Telephone / mobile' }, { t: p.phoneIntl }],
      [{ t: '7.', al: 'c' }, { t: 'E-mail' }, { t: p.email }],
      [{ t: '8.', al: 'c' }, { t: 'Educational qualifications' }, { t: `${p.education[0].award}, ${p.education[0].school} (2016)` }],
    ] },
    { k: 'p', t: '9. Details of employment (in chronological order)', b: true },
    { k: 'table', cols: [6, 27, 20, 11, 11, 25], head: 2, sz: 9, rows: [
      [{ ...H('S. No.'), rs: 2 }, { ...H('Name of the organisation'), rs: 2 }, { ...H('Post held'), rs: 2 }, { ...H('Period'), cs: 2 }, { ...H('Nature of duties'), rs: 2 }],
      [H('From'), H('To')],
      ...p.jobs.map((j, i) => [{ t: String(i + 1), al: 'c' }, { t: j.company }, { t: j.title }, { t: d.mon(j.start), al: 'c' }, { t: d.mon(j.end, 'Till date'), al: 'c' }, { t: j.duties.join('; ') }] as Cell[]),
    ] },
    { k: 'table', cols: [6, 30, 64], rows: [
      [{ t: '10.', al: 'c' }, { t: 'Computer / technical skills' }, { t: skillList(p) }],
      [{ t: '11.', al: 'c' }, { t: 'Languages known' }, { t: p.languages.join(', ') }],
      [{ t: '12.', al: 'c' }, { t: 'Certification' }, { t: p.certificates.join(', ') }],
      [{ t: '13.', al: 'c' }, { t: 'Present salary (Nu. per month)' }, { t: '68,400' }],
      [{ t: '14.', al: 'c' }, { t: 'Nominated through' }, { t: 'Royal Civil Service Commission, Thimphu' }],
    ] },
    { k: 'p', t: 'I hereby certify that the particulars given above are correct to the best of my knowledge and belief.' },
    { k: 'table', cols: [50, 50], border: 'none', rows: [[{ t: 'Place: Thimphu\nDate: 05.11.2026'.split('\n') }, { t: ['', '(Signature of the applicant)'], al: 'r' }]] },
  ];
  return { font: 'Liberation Serif', cjk: 'WenQuanYi Zen Hei', size: 10.5, blocks: b };
}

/* p08 — 全国会计人员统一服务管理平台 信息采集表 printout */
function caiji(): FormDoc {
  const p = byId('p08');
  const credit = ['91450103MA5K8XQ27L', '91450100708695312B', '91450100708695312B', '914501037889430N6E'];
  const b: Block[] = [
    { k: 'title', t: '会计人员信息采集表', sz: 16 },
    { k: 'p', t: '采集地区:广西壮族自治区南宁市青秀区        审核状态:已审核        打印时间:2026-11-04 15:22', sz: 9 },
    { k: 'h', t: '基本信息', sh: '#DDEBF7' },
    { k: 'table', cols: [15, 20, 15, 20, 15, 15], rows: [
      [{ t: '姓名', sh: '#F2F2F2' }, { t: p.name }, { t: '性别', sh: '#F2F2F2' }, { t: '女' }, { t: '民族', sh: '#F2F2F2' }, { t: '壮族' }],
      [{ t: '证件类型', sh: '#F2F2F2' }, { t: '居民身份证' }, { t: '证件号码', sh: '#F2F2F2' }, { t: '450122********2846', cs: 3 }],
      [{ t: '出生日期', sh: '#F2F2F2' }, { t: '1988-05-12' }, { t: '手机号码', sh: '#F2F2F2' }, { t: p.phoneNat.replace(/ /g, '') }, { t: '政治面貌', sh: '#F2F2F2' }, { t: '中共党员' }],
      [{ t: '电子邮箱', sh: '#F2F2F2' }, { t: p.email, cs: 2 }, { t: '通讯地址', sh: '#F2F2F2' }, { t: p.address[0], cs: 2, sz: 9 }],
    ] },
    { k: 'h', t: '学历信息', sh: '#DDEBF7' },
    { k: 'table', cols: [25, 25, 15, 15, 20], head: 1, rows: [[H('毕业院校', '#F2F2F2'), H('所学专业', '#F2F2F2'), H('学历', '#F2F2F2'), H('学位', '#F2F2F2'), H('毕业日期', '#F2F2F2')], [{ t: '广西财经学院' }, { t: '会计学' }, { t: '本科' }, { t: '学士' }, { t: '2010-06-30' }]] },
    { k: 'h', t: '专业技术资格', sh: '#DDEBF7' },
    { k: 'table', cols: [30, 30, 40], head: 1, rows: [[H('资格名称', '#F2F2F2'), H('取得时间', '#F2F2F2'), H('管理号', '#F2F2F2')], [{ t: '中级会计师' }, { t: '2016-05-15' }, { t: '16450100****' }], [{ t: '初级会计师' }, { t: '2011-05-15' }, { t: '11450100****' }]] },
    { k: 'h', t: '工作经历', sh: '#DDEBF7' },
    { k: 'table', cols: [6, 28, 20, 12, 12, 10, 12], head: 1, sz: 9, rows: [[H('序号', '#F2F2F2'), H('单位名称', '#F2F2F2'), H('统一社会信用代码', '#F2F2F2'), H('开始时间', '#F2F2F2'), H('结束时间', '#F2F2F2'), H('是否在岗', '#F2F2F2'), H('会计岗位', '#F2F2F2')],
      ...recent(p).map((j, i) => [{ t: String(i + 1), al: 'c' }, { t: j.company }, { t: credit[p.jobs.length - 1 - i], sz: 8 }, { t: d.iso(j.start), al: 'c' }, { t: d.iso(j.end, '至今'), al: 'c' }, { t: j.end ? '否' : '是', al: 'c' }, { t: j.title, al: 'c' }] as Cell[])] },
    { k: 'h', t: '个人专长', sh: '#DDEBF7' },
    { k: 'table', cols: [100], rows: [[{ t: skillList(p, ',') }]] },
    { k: 'p', t: '本人承诺:以上信息真实、准确、完整,如有虚假,本人承担由此产生的一切后果。', sz: 9 },
    { k: 'p', t: '本人签字:                    单位盖章:                    日期:', sz: 9 },
  ];
  return { font: 'Liberation Sans', cjk: 'WenQuanYi Zen Hei', size: 10, lang: 'zh', footer: '第 {p} 页 / 共 {n} 页', blocks: b };
}

/* p09 — 中国机械工程学会 机械工程师资格认证申请表: split 起始/截止, 由近及远 */
function cmes(): FormDoc {
  const p = byId('p09');
  const b: Block[] = [
    { k: 'title', t: '中国机械工程学会\n机械工程师资格认证申请表', sz: 15 },
    { k: 'p', t: '申请级别:☑ 机械工程师   ☐ 高级机械工程师        专业方向:机械设计        申请编号:', sz: 9.5 },
    { k: 'table', cols: [13, 20, 13, 20, 14, 20], rows: [
      [{ t: '姓名', al: 'c' }, { t: p.name, al: 'c' }, { t: '性别', al: 'c' }, { t: '男', al: 'c' }, { t: '出生日期', al: 'c' }, { t: '1989年10月', al: 'c' }],
      [{ t: '工作单位', al: 'c' }, { t: p.jobs[3].company, cs: 3 }, { t: '职务/职称', al: 'c' }, { t: '研发部副经理/工程师', al: 'c' }],
      [{ t: '通讯地址', al: 'c' }, { t: p.address.join(''), cs: 3 }, { t: '邮编', al: 'c' }, { t: '410205', al: 'c' }],
      [{ t: '手机', al: 'c' }, { t: p.phoneNat, cs: 1, al: 'c' }, { t: 'E-mail', al: 'c' }, { t: p.email, cs: 3 }],
      [{ t: '最高学历', al: 'c' }, { t: '本科', al: 'c' }, { t: '毕业院校', al: 'c' }, { t: '湖南工业大学', al: 'c' }, { t: '毕业时间', al: 'c' }, { t: '2011.06', al: 'c' }],
    ] },
    { k: 'p', t: '工作经历(由近及远填写)', b: true },
    { k: 'table', cols: [12, 12, 30, 16, 30], head: 2, sz: 9.5, rows: [
      [{ ...H('起止年月', '#F2F2F2'), cs: 2 }, { ...H('工作单位', '#F2F2F2'), rs: 2 }, { ...H('职务/岗位', '#F2F2F2'), rs: 2 }, { ...H('主要工作内容', '#F2F2F2'), rs: 2 }],
      [H('起始', '#F2F2F2'), H('截止', '#F2F2F2')],
      ...recent(p).map((j) => [{ t: d.dot(j.start), al: 'c' }, { t: d.dot(j.end), al: 'c' }, { t: j.company }, { t: j.title, al: 'c' }, { t: j.duties.join(';') }] as Cell[]),
    ] },
    { k: 'table', cols: [16, 84], rows: [
      [{ t: '专业技能', al: 'c' }, { t: skillList(p, '、'), h: 28 }],
      [{ t: '主要业绩', al: 'c' }, { t: ['1. 主持设计62m泵车臂架结构,整机减重6%;', '2. 开发AGV标准化钣金机架平台,设计周期缩短30%;', '3. 获实用新型专利4项。'], h: 60 }],
      [{ t: '外语水平', al: 'c' }, { t: p.languages.join(';') }],
      [{ t: '申请人声明', al: 'c' }, { t: ['本人承诺所填内容真实,愿遵守《机械工程师职业道德规范》。', '申请人签字:                       年    月    日'], h: 46 }],
      [{ t: '单位推荐意见', al: 'c' }, { t: ['', '(单位公章)                       年    月    日'], h: 46 }],
    ] },
  ];
  return { font: 'Liberation Serif', cjk: 'WenQuanYi Zen Hei', size: 10.5, lang: 'zh', blocks: b };
}

/* p11 — 退役军人就业创业登记表 */
function tuiyi(): FormDoc {
  const p = byId('p11');
  const b: Block[] = [
    { k: 'title', t: '退役军人就业创业登记表', sz: 16 },
    { k: 'p', t: '登记单位:喀什市退役军人服务中心                         登记日期:2026年9月6日', sz: 9.5 },
    { k: 'table', cols: [14, 20, 12, 18, 14, 22], rows: [
      [{ t: '姓名', al: 'c' }, { t: p.name, al: 'c' }, { t: '性别', al: 'c' }, { t: '男', al: 'c' }, { t: '民族', al: 'c' }, { t: '维吾尔族', al: 'c' }],
      [{ t: '出生年月', al: 'c' }, { t: '1990年7月', al: 'c' }, { t: '政治面貌', al: 'c' }, { t: '中共党员', al: 'c' }, { t: '文化程度', al: 'c' }, { t: '大专', al: 'c' }],
      [{ t: '入伍时间', al: 'c' }, { t: '2008年12月', al: 'c' }, { t: '退役时间', al: 'c' }, { t: '2010年12月', al: 'c' }, { t: '退役类别', al: 'c' }, { t: '退役士兵', al: 'c' }],
      [{ t: '服役部队', al: 'c' }, { t: '新疆军区某部', cs: 3 }, { t: '军衔', al: 'c' }, { t: '上等兵', al: 'c' }],
      [{ t: '联系电话', al: 'c' }, { t: p.phoneNat, cs: 2 }, { t: '电子邮箱', al: 'c' }, { t: p.email, cs: 2 }],
      [{ t: '现居住地', al: 'c' }, { t: p.address.join(''), cs: 5 }],
    ] },
    { k: 'p', t: '个人履历(含服役经历)', b: true },
    { k: 'table', cols: [30, 44, 26], head: 1, rows: [[H('起止时间', '#FFFFFF'), H('单位', '#FFFFFF'), H('岗位/职务', '#FFFFFF')],
      ...p.jobs.map((j) => [{ t: `${d.zh(j.start)}—${d.zh(j.end)}`, al: 'c' }, { t: j.company }, { t: j.title, al: 'c' }] as Cell[])] },
    { k: 'table', cols: [18, 82], rows: [
      [{ t: '职业技能', al: 'c' }, { t: skillList(p, '、') }],
      [{ t: '职业资格证书', al: 'c' }, { t: p.certificates.join('、') }],
      [{ t: '就业意向', al: 'c' }, { t: '☑ 企业就业  ☐ 自主创业  ☐ 灵活就业    意向岗位:新能源电站安全管理' }],
      [{ t: '培训需求', al: 'c' }, { t: '☐ 技能培训  ☑ 学历提升  ☐ 创业培训' }],
      [{ t: '本人签字', al: 'c' }, { t: ['以上信息由本人填写,真实有效。', '签字:                      年    月    日'], h: 40 }],
    ] },
  ];
  return { font: 'Liberation Serif', cjk: 'WenQuanYi Zen Hei', size: 10.5, lang: 'zh', blocks: b };
}

/* p12 — 研究機構 應徵人員資料表 (Traditional, western YYYY/MM, most recent first) */
function itri(): FormDoc {
  const p = byId('p12');
  const b: Block[] = [
    { k: 'p', t: '財團法人新竹先進製程研究院', b: true, sz: 13 },
    { k: 'title', t: '應徵人員資料表', sz: 15, al: 'l' },
    { k: 'p', t: '應徵職缺:製程整合研究員(職缺編號 2026-PI-118)        列印日期:2026/11/06', sz: 9 },
    { k: 'h', t: '一、基本資料', sh: '#EFEFEF' },
    { k: 'table', cols: [16, 34, 16, 34], rows: kv([
      ['中文姓名', p.name], ['英文姓名', 'Yi-Chen Tsai'], ['出生日期', '1993/08/09'], ['性別', '女'],
      ['行動電話', p.phoneNat], ['電子郵件', p.email], ['通訊地址', p.address[0]], ['兵役狀況', '免役'],
    ], 2, '#F7F7F7') },
    { k: 'h', t: '二、學歷', sh: '#EFEFEF' },
    { k: 'table', cols: [30, 34, 18, 18], head: 1, rows: [[H('學校', '#F7F7F7'), H('系所/學位', '#F7F7F7'), H('入學年月', '#F7F7F7'), H('畢業年月', '#F7F7F7')], ...p.education.map((e) => [{ t: e.school }, { t: e.award }, { t: d.slash(e.start), al: 'c' }, { t: d.slash(e.end), al: 'c' }] as Cell[])] },
    { k: 'h', t: '三、工作經歷(由最近填起)', sh: '#EFEFEF' },
    { k: 'table', cols: [30, 20, 13, 13, 24], head: 1, rows: [[H('公司名稱', '#F7F7F7'), H('職稱', '#F7F7F7'), H('到職年月', '#F7F7F7'), H('離職年月', '#F7F7F7'), H('離職原因', '#F7F7F7')],
      ...recent(p).map((j) => [{ t: j.company }, { t: j.title }, { t: d.slash(j.start), al: 'c' }, { t: d.slash(j.end, '迄今'), al: 'c' }, { t: j.reason ?? '—' }] as Cell[])] },
    { k: 'h', t: '四、專業技能', sh: '#EFEFEF' },
    { k: 'table', cols: [100], rows: [[{ t: skillList(p, '、') }]] },
    { k: 'h', t: '五、語文能力', sh: '#EFEFEF' },
    { k: 'table', cols: [100], rows: [[{ t: p.languages.join(';') }]] },
    { k: 'h', t: '六、推薦人', sh: '#EFEFEF' },
    { k: 'table', cols: [25, 50, 25], rows: p.referees.map((r) => [{ t: r.name }, { t: `${r.org} ${r.role}` }, { t: r.phone }] as Cell[]) },
    { k: 'p', t: '☑ 本人同意本院依個人資料保護法蒐集、處理及利用上述個人資料。', sz: 9 },
  ];
  return { font: 'Liberation Sans', cjk: 'WenQuanYi Zen Hei', size: 10, lang: 'zh-TW', footer: '第 {p} 頁,共 {n} 頁', blocks: b };
}

/* p13 — IRCC IMM 5669 Schedule A personal history, with study and unemployment rows */
function imm5669(): FormDoc {
  const p = byId('p13');
  type Row = [string, string, string, string, string, string];
  const rows: Row[] = [
    ['2016-07', '2016-12', 'Employed — Data Analyst Intern', 'Hangzhou, China', 'Citizen', 'Hangzhou Xiling Network Technology Co., Ltd.'],
    ['2016-07', '2017-06', 'Student (B.Sc. Statistics)', 'Hangzhou, China', 'Citizen', 'Zhejiang University of Technology'],
    ['2017-07', '2019-08', 'Employed — Data Analyst', 'Hangzhou, China', 'Citizen', 'Hangzhou Xiling Network Technology Co., Ltd.'],
    ['2019-09', '2020-12', 'Student (M.Sc. Applied Computing)', 'Toronto, Canada', 'Study permit', 'University of Toronto'],
    ['2021-01', '2023-05', 'Employed — Business Intelligence Analyst', 'Toronto, Canada', 'Post-graduation work permit', 'Lakeshore Mutual Insurance'],
    ['2023-06', 'Present', 'Employed — Senior Data Scientist', 'Toronto, Canada', 'Work permit', 'Northbridge Retail Analytics Inc.'],
  ];
  const b: Block[] = [
    { k: 'table', cols: [60, 40], border: 'none', rows: [[{ t: ['Immigration, Refugees and Citizenship Canada', 'Immigration, Réfugiés et Citoyenneté Canada'], sz: 8.5, b: true }, { t: ['PROTECTED B', 'when completed'], al: 'r', sz: 8.5, b: true }]] },
    { k: 'title', t: 'SCHEDULE A — BACKGROUND / DECLARATION', sz: 13, al: 'l' },
    { k: 'p', t: 'Principal applicant', sz: 9 },
    { k: 'table', cols: [25, 25, 25, 25], rows: [
      [{ t: '1. Family name', sh: '#EAEAEA', sz: 8.5 }, { t: 'CHEN' }, { t: 'Given name(s)', sh: '#EAEAEA', sz: 8.5 }, { t: 'SIYUAN' }],
      [{ t: 'Full name in native language', sh: '#EAEAEA', sz: 8.5 }, { t: p.name }, { t: 'Date of birth (YYYY-MM-DD)', sh: '#EAEAEA', sz: 8.5 }, { t: '1994-02-11' }],
      [{ t: 'UCI', sh: '#EAEAEA', sz: 8.5 }, { t: '1108-4471' }, { t: 'Telephone / email', sh: '#EAEAEA', sz: 8.5 }, { t: [p.phoneNat, p.email], sz: 8.5 }],
    ] },
    { k: 'p', t: '5. Personal history — provide details of your personal history since your 18th birthday or for the past 10 years, whichever is most recent. Do not leave any gaps in time. Also list periods of study and unemployment. Start with the earliest.', sz: 8.5 },
    { k: 'table', cols: [10, 10, 24, 15, 15, 26], head: 1, sz: 8.5, rows: [[H('From (YYYY-MM)', '#EAEAEA'), H('To (YYYY-MM)', '#EAEAEA'), H('Activity', '#EAEAEA'), H('City/town and country', '#EAEAEA'), H('Status in country', '#EAEAEA'), H('Name of company, employer, school or facility', '#EAEAEA')],
      ...rows.map((r) => r.map((t, i) => ({ t, al: i < 2 ? 'c' : 'l' } as Cell)))] },
    { k: 'p', t: '6. Membership in organizations: none.    7. Government positions: none.    8. Military and paramilitary service: none.', sz: 8.5 },
    { k: 'p', t: 'Supplementary information provided by applicant — skills used in current occupation (NOC 21211): ' + skillList(p) + '.', sz: 8.5 },
    { k: 'p', t: 'Declaration: I declare that the information I have given in this form is truthful, complete and correct. I understand that misrepresentation is an offence under section 127 of the Immigration and Refugee Protection Act.', sz: 8.5 },
    { k: 'table', cols: [25, 40, 15, 20], rows: [[{ t: 'Signature', sh: '#EAEAEA' }, { t: '', h: 22 }, { t: 'Date', sh: '#EAEAEA' }, { t: '2026-11-05' }]] },
  ];
  return { font: 'Liberation Sans', cjk: 'WenQuanYi Zen Hei', size: 9.5, footer: 'IMM 5669 (10-2025) E           Page {p} of {n}', blocks: b };
}

/* p14 — Australia Form 80: employment since leaving school, address column, type of business */
function form80(): FormDoc {
  const p = byId('p14');
  const b: Block[] = [
    { k: 'table', cols: [70, 30], border: 'none', rows: [[{ t: ['Australian Government', 'Department of Home Affairs'], b: true, sz: 10 }, { t: 'Form 80', b: true, sz: 16, al: 'r' }]] },
    { k: 'title', t: 'Personal particulars for assessment including character assessment', sz: 12, al: 'l' },
    { k: 'h', t: 'Part A — Your details', sh: '#E7E6E6' },
    { k: 'table', cols: [30, 70], rows: [
      [{ t: '1  Family name', sz: 8.5 }, { t: 'WONG' }],
      [{ t: '   Given names', sz: 8.5 }, { t: 'JUN JIE' }],
      [{ t: '2  Name in your own language or script', sz: 8.5 }, { t: p.name }],
      [{ t: '3  Other names (including aliases)', sz: 8.5 }, { t: 'JEFFREY WONG' }],
      [{ t: '4  Date of birth', sz: 8.5 }, { t: '29 DEC 1986' }],
      [{ t: '8  Residential address', sz: 8.5 }, { t: p.address.join(', ') }],
      [{ t: '10 Mobile / cell phone', sz: 8.5 }, { t: p.phoneIntl }],
      [{ t: '11 Email address', sz: 8.5 }, { t: p.email }],
    ] },
    { k: 'h', t: 'Part L — Employment', sh: '#E7E6E6' },
    { k: 'p', t: '44  Give details of all employment (including unemployment) since leaving school. Start with your current or most recent employment. If you need more space, attach a separate sheet.', sz: 8.5 },
    { k: 'table', cols: [11, 11, 25, 21, 16, 16], head: 2, sz: 8.5, rows: [
      [{ ...H('Date', '#E7E6E6'), cs: 2 }, { ...H('Name of employer / business', '#E7E6E6'), rs: 2 }, { ...H('Address', '#E7E6E6'), rs: 2 }, { ...H('Occupation / position', '#E7E6E6'), rs: 2 }, { ...H('Type of business', '#E7E6E6'), rs: 2 }],
      [H('From (MM/YYYY)', '#E7E6E6'), H('To (MM/YYYY)', '#E7E6E6')],
      ...recent(p).map((j) => [{ t: d.mmyyyy(j.start), al: 'c' }, { t: d.mmyyyy(j.end, 'Current'), al: 'c' }, { t: j.company }, { t: `${j.town}, ${j.town === 'Kulim' ? 'Kedah' : 'Pulau Pinang'}, Malaysia` }, { t: j.title }, { t: 'Electronics manufacturing' }] as Cell[]),
      [{ t: '01/2004', al: 'c' }, { t: '12/2008', al: 'c' }, { t: 'Not employed — STPM, then full-time student at Institut Teknologi Pulau Pinang', i: true, cs: 4 }],
    ] },
    { k: 'h', t: 'Part Q — Additional information', sh: '#E7E6E6' },
    { k: 'table', cols: [100], rows: [[{ t: ['Skills relevant to nominated occupation (ANZSCO 233511 Industrial Engineer / quality): ' + skillList(p) + '.', 'Languages: ' + p.languages.join(', ') + '.'], sz: 9 }]] },
    { k: 'h', t: 'Part R — Declaration', sh: '#E7E6E6' },
    { k: 'p', t: 'I declare that the information I have given in this form is complete, correct and up-to-date in every detail. I understand that giving false or misleading information is a serious offence.', sz: 9 },
    { k: 'table', cols: [25, 45, 10, 20], rows: [[{ t: 'Signature of applicant', sz: 9 }, { t: '', h: 22 }, { t: 'Date', sz: 9 }, { t: '05/11/2026' }]] },
  ];
  return { font: 'Liberation Sans', cjk: 'WenQuanYi Zen Hei', size: 9.5, footer: '80 (Design date 07/25) — Page {p}', blocks: b };
}

/* p16 — Qualified Person eligibility application (joint professional bodies): joined date ranges */
function qp(): FormDoc {
  const p = byId('p16');
  const b: Block[] = [
    { k: 'p', t: 'QUALIFIED PERSON ELIGIBILITY ASSESSMENT', b: true, sz: 13 },
    { k: 'p', t: 'Joint Professional Bodies (RSC • RSB • RPS) — Application for Assessment under Directive 2001/83/EC, Art. 49 (as retained)', sz: 8.5 },
    { k: 'h', t: 'Part 1. Applicant', sh: '#D9D2E9' },
    { k: 'table', cols: [25, 75], rows: kv([['Name', `Dr Xiaotong FENG  ${p.name}`], ['Professional body / number', 'RSC 665210 (MRSC)'], ['Address', p.address.join(', ')], ['Telephone', p.phoneNat], ['Email', p.email]], 1, '#EFEBF7') },
    { k: 'h', t: 'Part 2. Academic qualifications', sh: '#D9D2E9' },
    { k: 'table', cols: [40, 40, 20], rows: p.education.map((e) => [{ t: e.school }, { t: e.award }, { t: `${d.year(e.start)}–${d.year(e.end)}` }] as Cell[]) },
    { k: 'h', t: 'Part 3. Employment and practical experience (chronological)', sh: '#D9D2E9' },
    { k: 'table', cols: [20, 30, 22, 28], head: 1, sz: 9, rows: [[H('Dates', '#EFEBF7'), H('Company and site', '#EFEBF7'), H('Position', '#EFEBF7'), H('GMP / analytical activities', '#EFEBF7')],
      ...p.jobs.map((j) => [{ t: `${d.mon(j.start)} – ${d.mon(j.end, 'date')}` }, { t: `${j.company} (${j.town})` }, { t: j.title }, { t: j.duties.join('; ') }] as Cell[])] },
    { k: 'p', t: 'Total practical experience in pharmaceutical manufacturing / QC: 7 years 2 months (Oct 2019 – date).', sz: 9 },
    { k: 'h', t: 'Part 4. Technical skills', sh: '#D9D2E9' },
    { k: 'table', cols: [100], rows: [[{ t: skillList(p) }]] },
    { k: 'h', t: 'Part 5. Sponsor', sh: '#D9D2E9' },
    { k: 'table', cols: [30, 45, 25], rows: [p.referees[0]].map((r) => [{ t: r.name }, { t: `${r.role}, ${r.org}` }, { t: r.phone }] as Cell[]) },
    { k: 'p', t: 'I confirm that the statements in this application are true and that I will abide by the Code of Practice for Qualified Persons.', sz: 9 },
    { k: 'p', t: 'Signature ______________________        Date ____/____/2026', sz: 9 },
  ];
  return { font: 'Liberation Sans', cjk: 'WenQuanYi Zen Hei', size: 10, footer: 'QP Eligibility Application v7 — Page {p} of {n}', blocks: b };
}

export const htmlForms: HtmlForm[] = [
  { person: 'p01', template: 'comsec-application', build: comsec },
  { person: 'p04', template: 'auc-application', build: auc },
  { person: 'p05', template: 'saarc-application', build: saarc },
  { person: 'p08', template: 'kuaiji-caiji', build: caiji },
  { person: 'p09', template: 'cmes-renzheng', build: cmes },
  { person: 'p11', template: 'tuiyi-dengji', build: tuiyi },
  { person: 'p12', template: 'yingzheng-ziliao', build: itri },
  { person: 'p13', template: 'imm5669', build: imm5669 },
  { person: 'p14', template: 'au-form80', build: form80 },
  { person: 'p16', template: 'qp-eligibility', build: qp },
];
export { monthsOf };
