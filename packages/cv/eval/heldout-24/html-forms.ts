/**
 * heldout-24 HTML templates printed by Chromium: ATS / job-board / online-application printouts (tables) and
 * single- and two-column résumés from builders and profile sites.
 */
import type { Person } from './people.ts';
import { d, de, dob, durEn, durZh, esc as e, range, recent } from './util.ts';

const ZH = `"Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Zen Hei", sans-serif`;
const page = (css: string, body: string, lang = 'en') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>
*{box-sizing:border-box} body{margin:0;color:#222} table{border-collapse:collapse;width:100%} td,th{vertical-align:top}
${css}</style></head><body>${body}</body></html>`;

// ---------------------------------------------------------------------------------------------------------------
/** Civil-service e-recruitment "application summary" printout (Maldives CSC style): employment grid with a Duration column, skills with proficiency. */
export function cscgrid(p: Person): string {
  const css = `body{font:9.5pt/1.35 Arial,"Liberation Sans",sans-serif}
  .top{display:flex;justify-content:space-between;border-bottom:2px solid #1f4e79;padding-bottom:4px;margin-bottom:8px}
  .top h1{font-size:14pt;margin:0;color:#1f4e79} .top .r{text-align:right;font-size:8.5pt;color:#444}
  h2{font-size:10pt;background:#1f4e79;color:#fff;margin:12px 0 0;padding:3px 6px}
  td,th{border:1px solid #9db3c8;padding:3px 5px;text-align:left} th{background:#dde7f0;font-weight:bold;font-size:8.5pt}
  .kv td:nth-child(odd){background:#f1f5f9;width:20%;font-weight:bold;font-size:8.5pt}
  .foot{font-size:7.5pt;color:#777;border-top:1px solid #ccc;padding-top:2px;margin-top:10px}`;
  const mu = p.id === 'p01';
  const body = `
  <div class="top"><div><h1>${mu ? 'Public Service Commission — e-Recruitment' : 'Civil Service Commission — Online Recruitment System'}</h1><div>Application Summary</div></div>
  <div class="r">Vacancy: ${mu ? 'Quantity Surveyor (MNICD)' : 'Principal Agricultural Officer'}<br>Submitted: 02-Nov-2026<br>Status: <b>Submitted</b></div></div>
  <h2>Applicant Details</h2>
  <table class="kv"><tr><td>Full Name</td><td>${e(p.name)}</td><td>Date of Birth</td><td>${dob(p, 'DD/MM/YYYY')}</td></tr>
  <tr><td>${mu ? 'NIC Number' : 'Voter ID / Birth Reg. No.'}</td><td>${mu ? p.idNo : 'BR-1986-N-044172'}</td><td>Gender</td><td>${p.gender}</td></tr>
  <tr><td>Mobile Number</td><td>${e(p.phoneDisplay)}</td><td>Email</td><td>${e(p.email)}</td></tr>
  <tr><td>Permanent Address</td><td colspan="3">${e(p.address)}</td></tr></table>
  <h2>Educational Qualifications</h2>
  <table><tr><th>#</th><th>Qualification</th><th>Field of Study</th><th>Institution</th><th>Completed</th></tr>
  ${p.edu.map((x, i) => `<tr><td>${i + 1}</td><td>${e(x.qual)}</td><td>${e(x.field || '—')}</td><td>${e(x.school)}</td><td>${d(x.end, 'DD-Mon-YYYY').slice(3)}</td></tr>`).join('')}</table>
  <h2>Employment History</h2>
  <table><tr><th>#</th><th>Organisation</th><th>Designation</th><th>Start Date</th><th>End Date</th><th>Duration</th><th>Type</th></tr>
  ${recent(p.jobs).map((j, i) => `<tr><td>${i + 1}</td><td>${e(j.company)}</td><td>${e(j.title)}</td><td>${d(j.start, 'DD-Mon-YYYY')}</td><td>${j.end ? d(j.end, 'DD-Mon-YYYY') : 'Currently working'}</td><td>${durEn(j)}</td><td>${j.intern ? 'Internship' : 'Permanent'}</td></tr>`).join('')}
  </table>
  <p style="font-size:8.5pt;margin:3px 0">Total experience counted by system: ${Math.floor(p.jobs.reduce((a, j) => a + (Number((j.end ?? '2026-11').slice(0, 4)) * 12 + Number((j.end ?? '2026-11').slice(5)) - Number(j.start.slice(0, 4)) * 12 - Number(j.start.slice(5)) + 1), 0) / 12)} years (subject to verification)</p>
  <h2>Skills &amp; Competencies</h2>
  <table><tr><th style="width:60%">Skill</th><th>Proficiency</th></tr>
  ${p.skills.map((s, i) => `<tr><td>${e(s)}</td><td>${['Expert', 'Advanced', 'Advanced', 'Intermediate'][i % 4]}</td></tr>`).join('')}</table>
  <h2>Languages</h2>
  <table><tr><th>Language</th><th>Spoken</th><th>Written</th></tr>${p.languages.map((l, i) => `<tr><td>${e(l)}</td><td>${i < 2 ? 'Fluent' : 'Fair'}</td><td>${i < 2 ? 'Fluent' : 'Basic'}</td></tr>`).join('')}</table>
  <h2>Referees</h2>
  <table><tr><th>Name</th><th>Position / Organisation</th><th>Contact</th></tr>${p.referees.map((r) => `<tr><td>${e(r.name)}</td><td>${e(r.role)}, ${e(r.org)}</td><td>${e(r.phone)}</td></tr>`).join('')}</table>
  <h2>Declaration</h2>
  <p style="font-size:8.5pt">☑ I declare that the information given is true and correct. I understand that providing false information will lead to disqualification.</p>
  <div class="foot">Printed from the e-Recruitment portal on 06-Nov-2026 10:42 · Application ${mu ? 'PSC/EXT/2026/04471' : 'PSC/V/2026/1186'} · This printout is not an acknowledgement of eligibility.</div>`;
  return page(css, body);
}

// ---------------------------------------------------------------------------------------------------------------
/** BambooHR-style ATS "Candidate Info" print: grey label column beside values, a block of labelled rows per job. */
export function bamboohr(p: Person): string {
  const job = p.id === 'p02' ? 'Maintenance Planning Lead — Jwaneng' : 'Senior Wealth Advisor — Cincinnati Office';
  const co = p.id === 'p02' ? 'Serowe Mining Services (Pty) Ltd' : 'Queen City Private Wealth';
  const css = `body{font:9.5pt/1.4 "Liberation Sans",Arial,sans-serif}
  .hdr{display:flex;align-items:center;gap:12px;border-bottom:1px solid #ccc;padding-bottom:8px}
  .av{width:54px;height:54px;border-radius:50%;background:#73c41d;color:#fff;font:bold 20pt/54px Arial;text-align:center}
  h1{font-size:16pt;margin:0} .sub{color:#666;font-size:9pt}
  h2{font-size:11pt;color:#555;border-bottom:2px solid #73c41d;padding-bottom:2px;margin:14px 0 4px}
  table.kv td{padding:4px 6px;border-bottom:1px solid #e5e5e5} table.kv td.l{width:28%;color:#666;background:#f6f6f6}
  .job{margin-bottom:6px;border:1px solid #e0e0e0} .job td{padding:3px 6px;border-bottom:1px solid #eee} .job td.l{width:22%;color:#666;background:#f6f6f6}
  .pill{display:inline-block;border:1px solid #bbb;border-radius:10px;padding:0 7px;margin:1px 3px 1px 0;font-size:8.5pt}`;
  const initials = p.name.split(' ').map((x) => x[0]).join('');
  const body = `<div style="font-size:8pt;color:#888;display:flex;justify-content:space-between"><span>${co} · Hiring</span><span>Printed 11/06/2026</span></div>
  <div class="hdr"><div class="av">${initials}</div><div><h1>${e(p.name)}</h1><div class="sub">Applied for <b>${job}</b> · 10/28/2026 · Source: LinkedIn · Status: Phone Screen</div></div></div>
  <h2>Candidate Info</h2>
  <table class="kv"><tr><td class="l">Email</td><td>${e(p.email)}</td></tr><tr><td class="l">Phone</td><td>${e(p.phoneDisplay)}</td></tr>
  <tr><td class="l">Address</td><td>${e(p.address)}</td></tr><tr><td class="l">Available Start Date</td><td>${p.id === 'p02' ? '01/02/2027' : '01/04/2027'}</td></tr>
  <tr><td class="l">Desired Pay</td><td>${p.id === 'p02' ? 'BWP 42,000 / month' : '$165,000 base + bonus'}</td></tr>
  <tr><td class="l">Referred By</td><td>—</td></tr></table>
  <h2>Work Experience</h2>
  ${recent(p.jobs).map((j) => `<table class="job"><tr><td class="l">Company</td><td><b>${e(j.company)}</b></td></tr><tr><td class="l">Title</td><td>${e(j.title)}</td></tr>
  <tr><td class="l">Dates</td><td>${range(j, 'Mon YYYY', ' – ', 'Current')}</td></tr><tr><td class="l">Location</td><td>${e(j.town)}</td></tr><tr><td class="l">Description</td><td>${e(j.duties)}</td></tr></table>`).join('')}
  <h2>Education</h2>
  <table class="kv">${p.edu.map((x) => `<tr><td class="l">${e(x.school)}</td><td>${e(x.qual)}${x.field ? `, ${e(x.field)}` : ''} · ${d(x.start, 'Mon YYYY')} – ${d(x.end, 'Mon YYYY')}</td></tr>`).join('')}</table>
  <h2>Skills</h2><div>${p.skills.map((s) => `<span class="pill">${e(s)}</span>`).join('')}</div>
  <h2>Application Questions</h2>
  <table class="kv"><tr><td class="l">Are you legally authorized to work in ${p.id === 'p02' ? 'Botswana' : 'the United States'}?</td><td>Yes</td></tr>
  <tr><td class="l">Licenses / certifications held</td><td>${e(p.certs.join('; '))}</td></tr>
  <tr><td class="l">Languages</td><td>${e(p.languages.join(', '))}</td></tr>
  <tr><td class="l">References</td><td>${p.referees.map((r) => `${e(r.name)} (${e(r.role)}, ${e(r.org)}) ${e(r.phone)}`).join('<br>')}</td></tr></table>`;
  return page(css, body);
}

// ---------------------------------------------------------------------------------------------------------------
/** PMP certification application — experience summary review page: a grid per experience with labels above values. */
export function pmireview(p: Person): string {
  const css = `body{font:9pt/1.35 "Liberation Sans",Arial,sans-serif}
  .bar{background:#05bfe0;height:6px;margin-bottom:6px} h1{font-size:15pt;margin:0 0 2px} .muted{color:#666}
  h2{font-size:11pt;margin:12px 0 4px;color:#1d2b5c}
  table.g td{border:1px solid #c9ced6;padding:3px 6px} .lab{display:block;font-size:7.5pt;color:#687083;text-transform:uppercase;letter-spacing:.3px}
  .exp{margin-bottom:8px;page-break-inside:avoid} .exp caption{text-align:left;font-weight:bold;background:#eef2f7;padding:3px 6px;border:1px solid #c9ced6;border-bottom:0}`;
  const projects = ['Harbourfront Condominium Phase 2 — estimating support', 'Eastern Passage Water Treatment Plant upgrade', 'Mill Cove Pumping Station & Forcemain', 'Fairview Wharf Reconstruction', 'Ocean Terminal Berth 3 Expansion'];
  const hours = ['480', '4,200', '6,900', '8,800', '3,300'];
  const body = `<div class="bar"></div><h1>Certification Application — Review</h1>
  <div class="muted">Project Management Professional (PMP)® · Application ID 5-118-20447 · Status: In progress — Review &amp; submit</div>
  <h2>Contact Information</h2>
  <table class="g"><tr><td><span class="lab">Name as it appears on ID</span>${e(p.name)}</td><td><span class="lab">Primary email</span>${e(p.email)}</td><td><span class="lab">Phone</span>${e(p.phoneDisplay)}</td></tr>
  <tr><td colspan="2"><span class="lab">Mailing address</span>${e(p.address)}</td><td><span class="lab">PMI member ID</span>3361072</td></tr></table>
  <h2>Education</h2>
  <table class="g">${p.edu.map((x) => `<tr><td><span class="lab">Institution</span>${e(x.school)}</td><td><span class="lab">Degree</span>${e(x.qual)} — ${e(x.field)}</td><td><span class="lab">Dates</span>${d(x.start, 'Mon/YYYY')} – ${d(x.end, 'Mon/YYYY')}</td></tr>`).join('')}</table>
  <h2>Tools &amp; Techniques</h2>
  <table class="g"><tr><td><span class="lab">Tools, methods and software used on projects</span>${p.skills.map(e).join(', ')}</td></tr></table>
  <h2>Experience</h2>
  ${recent(p.jobs).map((j) => { const i = p.jobs.indexOf(j); return `<table class="g exp"><caption>${e(projects[i])}</caption>
   <tr><td><span class="lab">Organization</span>${e(j.company)}</td><td><span class="lab">Job title</span>${e(j.title)}</td><td><span class="lab">Experience dates</span>${range(j, 'Mon/YYYY', ' – ', 'Present')}</td></tr>
   <tr><td><span class="lab">Functional reporting area</span>${i === 0 ? 'Estimating' : 'Project Management'}</td><td><span class="lab">Organization primary focus</span>Construction / Engineering</td><td><span class="lab">Approach / methodology</span>Predictive (waterfall)</td></tr>
   <tr><td colspan="3"><span class="lab">Project description (${hours[i]} hours)</span>${e(j.duties)}</td></tr></table>`; }).join('')}
  <p class="muted" style="font-size:8pt">By submitting you agree to the PMI Certification Program Policies and that your application may be selected for audit.</p>`;
  return page(css, body);
}

// ---------------------------------------------------------------------------------------------------------------
/** 研招网 网上报名信息 打印（考生信息确认）：学习与工作经历混在一张表里（含学习经历）。 */
export function yanzhao(p: Person): string {
  const css = `body{font:9.5pt/1.5 ${ZH}} h1{text-align:center;font-size:15pt;margin:0 0 4px} .c{text-align:center}
  td,th{border:1px solid #555;padding:3px 5px} th{background:#eee;font-weight:normal} td{word-break:break-all} .sec{background:#dfe8f4;font-weight:bold}
  .foot{margin-top:8px;font-size:8.5pt}`;
  const rows: { s: string; t: string | null; where: string; role: string; ref: string }[] = [
    { s: '2010-09', t: '2013-06', where: '南京市第十四中学', role: '学生', ref: '许老师' },
    { s: '2013-09', t: '2017-06', where: '江宁理工大学 化学工程与工艺专业', role: '学生（班长）', ref: '韩建国' },
    ...p.jobs.map((j) => ({ s: j.start, t: j.end, where: `${j.company}`, role: `${j.title}（${j.dept}）`, ref: j.intern ? '周工' : '钱立新' })),
  ];
  const body = `<h1>2027年全国硕士研究生招生考试 网上报名信息</h1><div class="c" style="font-size:9pt">报名号：320526${'1'}0417 · 报考点：江苏南京 · 报名时间：2026-10-14 09:31</div>
  <table style="margin-top:6px;table-layout:fixed"><colgroup><col style="width:15%"><col style="width:17%"><col style="width:17%"><col style="width:16%"><col style="width:13%"><col style="width:22%"></colgroup>
  <tr><td class="sec" colspan="6">考生基本信息</td></tr>
  <tr><th>考生姓名</th><td>${e(p.name)}</td><th>证件类型</th><td>居民身份证</td><th>证件号码</th><td>${p.idNo}</td></tr>
  <tr><th>性别</th><td>${p.gender}</td><th>民族</th><td>汉族</td><th>出生日期</th><td>${dob(p, 'YYYY-MM-DD').replace(/-/g, '')}</td></tr>
  <tr><th>政治面貌</th><td>中共党员</td><th>婚姻状况</th><td>已婚</td><th>现役军人</th><td>非军人</td></tr>
  <tr><th>考生档案所在单位</th><td colspan="3">宁扬石化股份有限公司人力资源部</td><th>档案所在地邮编</th><td>210048</td></tr>
  <tr><th>考生通讯地址</th><td colspan="3">${e(p.address)}</td><th>邮政编码</th><td>210044</td></tr>
  <tr><th>移动电话</th><td>${e(p.phoneDisplay)}</td><th>固定电话</th><td>025-5709 3318（单位）</td><th>电子信箱</th><td>${e(p.email)}</td></tr>
  <tr><th>考生来源</th><td>其他在职人员</td><th>取得最后学历的学习形式</th><td>普通全日制</td><th>最后学历</th><td>本科毕业</td></tr>
  <tr><th>毕业学校</th><td>江宁理工大学</td><th>毕业专业</th><td>化学工程与工艺</td><th>毕业年月</th><td>201706</td></tr>
  <tr><td class="sec" colspan="6">报考信息</td></tr>
  <tr><th>报考单位</th><td colspan="2">(10286) 金陵科技大学</td><th>报考专业</th><td colspan="2">(085600) 材料与化工（非全日制）</td></tr>
  <tr><th>考试方式</th><td>全国统考</td><th>专项计划</th><td>无</td><th>报考类别</th><td>非定向就业</td></tr>
  <tr><th>个人专长</th><td colspan="5">${p.skills.map(e).join('，')}</td></tr>
  <tr><td class="sec" colspan="6">考生学习与工作经历（从高中起填写，不得间断）</td></tr>
  <tr><th>起始年月</th><th>终止年月</th><th colspan="2">学习与工作单位</th><th>任何职务</th><th>证明人</th></tr>
  ${rows.map((r) => `<tr><td>${d(r.s, 'YYYY-MM').replace('-', '')}</td><td>${r.t ? d(r.t, 'YYYY-MM').replace('-', '') : '至今'}</td><td colspan="2">${e(r.where)}</td><td>${e(r.role)}</td><td>${e(r.ref)}</td></tr>`).join('')}
  <tr><td class="sec" colspan="6">家庭主要成员</td></tr>
  <tr><th>姓名</th><th>关系</th><th colspan="2">工作单位</th><th>职务</th><th>联系电话</th></tr>
  <tr><td>廖建明</td><td>父亲</td><td colspan="2">南京市浦口区供电所（已退休）</td><td>—</td><td>139 1595 0372</td></tr>
  <tr><td>吴婷</td><td>妻子</td><td colspan="2">南京市江北新区实验小学</td><td>教师</td><td>158 5182 6674</td></tr>
  <tr><td class="sec" colspan="6">奖惩情况</td></tr><tr><td colspan="6">2022年度公司先进工作者；无处分</td></tr>
  </table>
  <div class="foot">考生本人确认以上报名信息真实准确。考生签字：＿＿＿＿＿＿　　确认日期：2026年11月　　（中国研究生招生信息网 打印）</div>`;
  return page(css, body, 'zh');
}

// ---------------------------------------------------------------------------------------------------------------
/** 博士研究生“申请—考核”制 报名登记表（网报系统打印）：工作经历与学习经历分两张表，日期“YYYY年MM月”。 */
export function shenkao(p: Person): string {
  const css = `body{font:10pt/1.5 ${ZH}} h1{text-align:center;font-size:15pt;margin:0} .c{text-align:center}
  td,th{border:1px solid #333;padding:4px 5px} th{font-weight:normal;background:#f3f3f3;white-space:nowrap} h2{font-size:11pt;margin:10px 0 3px}`;
  const body = `<div style="font-size:9pt">申请编号：BS2027-1124-0086</div>
  <h1>2027年博士研究生“申请—考核”制报名登记表</h1><div class="c" style="margin-bottom:6px">（申城大学 经济管理学院）</div>
  <table><tr><th>姓名</th><td>${e(p.name)}</td><th>性别</th><td>${p.gender}</td><th>出生年月</th><td>${dob(p, 'YYYY.MM')}</td><td rowspan="4" style="width:26mm;text-align:center;vertical-align:middle;color:#888">照片</td></tr>
  <tr><th>身份证号</th><td colspan="3">${p.idNo}</td><th>政治面貌</th><td>中共党员</td></tr>
  <tr><th>手机</th><td colspan="3">${e(p.phoneDisplay)}</td><th>外语水平</th><td>CET-6 / FRM</td></tr>
  <tr><th>E-mail</th><td colspan="3">${e(p.email)}</td><th>报考类别</th><td>非全日制 定向</td></tr>
  <tr><th>报考专业</th><td colspan="3">金融学（金融风险管理方向）</td><th>拟报导师</th><td colspan="2">顾明远 教授</td></tr>
  <tr><th>工作单位</th><td colspan="3">${e(p.jobs.at(-1)!.company)}</td><th>职务/职称</th><td colspan="2">${e(p.jobs.at(-1)!.title)} / 高级经济师</td></tr>
  <tr><th>通讯地址</th><td colspan="6">${e(p.address)}</td></tr></table>
  <h2>一、学习经历（自本科起）</h2>
  <table><tr><th>起止年月</th><th>学校</th><th>专业</th><th>学历/学位</th></tr>
  ${p.edu.map((x) => `<tr><td>${range(x, 'YYYY年MM月', '—', '')}</td><td>${e(x.school)}</td><td>${e(x.field)}</td><td>${e(x.qual)}</td></tr>`).join('')}</table>
  <h2>二、工作经历</h2>
  <table><tr><th>起止年月</th><th>工作单位</th><th>部门</th><th>职务</th></tr>
  ${p.jobs.map((j) => `<tr><td>${range(j, 'YYYY年MM月', '—', '至今')}</td><td>${e(j.company)}</td><td>${e(j.dept!)}</td><td>${e(j.title)}</td></tr>`).join('')}</table>
  <h2>三、专业技能</h2>
  <table><tr><td>${p.skills.map(e).join('；')}</td></tr></table>
  <h2>四、科研及业务成果</h2>
  <table><tr><th>时间</th><th>成果名称</th><th>类别</th><th>本人排名</th></tr>
  <tr><td>2023.06</td><td>《消费信贷压力测试框架与实践》</td><td>论文（《金融监管研究》）</td><td>1/2</td></tr>
  <tr><td>2019.11</td><td>零售信贷反欺诈平台建设</td><td>行业金融科技奖 二等奖</td><td>1/8</td></tr></table>
  <h2>五、申请人承诺</h2>
  <table><tr><td style="height:22mm">本人保证所填写及提交的材料真实、准确，如有不实，愿承担一切后果。<br><br>申请人签名：＿＿＿＿＿＿　　　　2026年　　月　　日</td></tr></table>`;
  return page(css, body, 'zh');
}

// ---------------------------------------------------------------------------------------------------------------
/** 智通人才网 个人简历 打印页：标签在左的表格，工作经验按段，技能带熟练程度。 */
export function zhitong(p: Person): string {
  const want: Record<string, string> = { p08: '电气工程师/设备主管', p10: '焊工/焊接班长（可外派）', p11: '月嫂/育儿嫂' };
  const css = `body{font:9.5pt/1.55 ${ZH}} .logo{color:#e4393c;font-weight:bold;font-size:13pt} .id{float:right;font-size:8.5pt;color:#777}
  h1{font-size:16pt;margin:6px 0 2px} h2{font-size:10.5pt;color:#fff;background:#e4393c;padding:2px 8px;margin:10px 0 0}
  td{border:1px solid #ddd;padding:3px 6px} td.l{background:#fafafa;color:#666;width:16%;white-space:nowrap}
  .job td{border-top:0}`;
  const body = `<div><span class="logo">智通人才网 · 个人简历</span><span class="id">简历编号：ZT${p.id === 'p08' ? '2318840' : p.id === 'p10' ? '5510273' : '6634019'}　更新时间：2026-10-30</span></div>
  <h1>${e(p.name)}</h1><div style="color:#555">${p.gender} | ${2026 - Number(p.dob.slice(0, 4))}岁 | ${p.id === 'p11' ? '高中' : p.id === 'p08' ? '大专' : '技校'} | ${p.id === 'p11' ? '工作20年以上' : '工作20年'} | 现居 ${p.id === 'p08' ? '东莞长安' : p.id === 'p10' ? '青岛黄岛' : '成都武侯'}</div>
  <h2>基本信息</h2>
  <table><tr><td class="l">手　　机</td><td>${e(p.phoneDisplay)}</td><td class="l">邮　　箱</td><td>${e(p.email)}</td></tr>
  <tr><td class="l">出生日期</td><td>${dob(p, 'YYYY-MM-DD')}</td><td class="l">户　　口</td><td>${p.id === 'p08' ? '河南郑州' : p.id === 'p10' ? '山东菏泽' : '四川绵阳'}</td></tr>
  <tr><td class="l">联系地址</td><td colspan="3">${e(p.address)}</td></tr></table>
  <h2>求职意向</h2>
  <table><tr><td class="l">期望职位</td><td>${want[p.id]}</td><td class="l">期望月薪</td><td>${p.id === 'p08' ? '12000-15000元' : p.id === 'p10' ? '面议' : '15000元以上'}</td></tr>
  <tr><td class="l">工作性质</td><td>全职</td><td class="l">到岗时间</td><td>一个月内</td></tr></table>
  <h2>工作经验</h2>
  ${recent(p.jobs).map((j) => `<table class="job"><tr><td class="l">时　　间</td><td>${range(j, 'YYYY年M月', ' - ', '至今')}（${durZh(j)}）</td></tr>
  <tr><td class="l">公司名称</td><td><b>${e(j.company)}</b></td></tr><tr><td class="l">职位名称</td><td>${e(j.title)}</td></tr>
  <tr><td class="l">工作描述</td><td>${e(j.duties)}</td></tr></table>`).join('<div style="height:4px"></div>')}
  <h2>教育经历</h2>
  <table>${p.edu.map((x) => `<tr><td class="l">${range(x, 'YYYY.MM', '-', '')}</td><td>${e(x.school)}　${e(x.field)}　${e(x.qual)}</td></tr>`).join('')}</table>
  <h2>技能专长</h2>
  <table><tr><td class="l">技能名称</td><td class="l">熟练程度</td><td class="l">使用时间</td></tr>${p.skills.map((s, i) => `<tr><td>${e(s)}</td><td>${i % 3 === 2 ? '熟练' : '精通'}</td><td>${[10, 8, 12, 6, 15, 9][i % 6]}年以上</td></tr>`).join('')}</table>
  <h2>证书</h2><table><tr><td>${p.certs.map(e).join('；')}</td></tr></table>
  <h2>自我评价</h2><table><tr><td>${e(p.summary)}</td></tr></table>`;
  return page(css, body, 'zh');
}

// ---------------------------------------------------------------------------------------------------------------
/** 大易 Dayee 网申系统 申请表打印（外企，中英双语标签）：工作经历一行一段，开始/结束两列。 */
export function dayee(p: Person): string {
  const co = p.id === 'p13' ? 'Meridian Freight Technologies (Shanghai)' : 'Voltaic Storage Systems China';
  const pos = p.id === 'p13' ? 'Head of Platform Architecture 平台架构负责人' : 'Senior Supplier Quality Manager 高级供应商质量经理';
  const css = `body{font:9pt/1.45 Arial,${ZH}} .top{display:flex;justify-content:space-between;border-bottom:3px solid #00539b;padding-bottom:4px}
  .top b{font-size:13pt;color:#00539b} h2{font-size:10pt;background:#00539b;color:#fff;padding:2px 6px;margin:10px 0 0}
  td,th{border:1px solid #b7c4d3;padding:3px 5px;text-align:left} th{background:#eaf0f6;font-weight:normal;color:#333;font-size:8.5pt}`;
  const body = `<div class="top"><div><b>${co}</b><br>应聘申请表 Application Form</div><div style="text-align:right;font-size:8.5pt">职位 Position: ${pos}<br>申请编号 Application No.: DY-${p.id === 'p13' ? '88120457' : '88139920'}<br>投递时间 Applied on: 2026-10-${p.id === 'p13' ? '21' : '09'}</div></div>
  <h2>个人信息 Personal Information</h2>
  <table><tr><th>中文姓名 Chinese Name</th><td>${e(p.name)}</td><th>英文名 English Name</th><td>${e(p.nameEn!)}</td></tr>
  <tr><th>性别 Gender</th><td>${p.gender}</td><th>出生日期 Date of Birth</th><td>${dob(p, 'YYYY-MM-DD')}</td></tr>
  <tr><th>国籍 Nationality</th><td>${e(p.nationality)}</td><th>现居住地 Current Location</th><td>${p.id === 'p13' ? 'Vancouver, Canada / 杭州' : '深圳 Shenzhen'}</td></tr>
  <tr><th>手机 Mobile</th><td>${e(p.phoneDisplay)}</td><th>邮箱 Email</th><td>${e(p.email)}</td></tr>
  <tr><th>通讯地址 Address</th><td colspan="3">${e(p.address)}</td></tr></table>
  <h2>教育经历 Education</h2>
  <table><tr><th>开始时间 Start</th><th>结束时间 End</th><th>学校 School</th><th>专业 Major</th><th>学历 Degree</th></tr>
  ${p.edu.map((x) => `<tr><td>${d(x.start, 'YYYY/MM')}</td><td>${d(x.end, 'YYYY/MM')}</td><td>${e(x.school)}</td><td>${e(x.field)}</td><td>${e(x.qual)}</td></tr>`).join('')}</table>
  <h2>工作经历 Work Experience</h2>
  <table><tr><th style="width:12%">开始时间<br>Start Date</th><th style="width:12%">结束时间<br>End Date</th><th style="width:22%">公司名称<br>Company</th><th style="width:18%">职位<br>Position</th><th>工作描述<br>Description</th></tr>
  ${recent(p.jobs).map((j) => `<tr><td>${d(j.start, 'YYYY/MM')}</td><td>${de(j.end, 'YYYY/MM', '至今 Now')}</td><td>${e(j.company)}</td><td>${e(j.title)}<br>${e(j.titleAlt!)}</td><td>${e(j.duties)}<br>${e(j.dutiesAlt!)}</td></tr>`).join('')}</table>
  <h2>专业技能 Skills</h2>
  <table><tr><th>技能 Skill</th><th>掌握程度 Level</th><th>技能 Skill</th><th>掌握程度 Level</th></tr>
  ${Array.from({ length: Math.ceil(p.skills.length / 2) }, (_, i) => `<tr><td>${e(p.skills[2 * i])}</td><td>精通 Expert</td><td>${e(p.skills[2 * i + 1] ?? '')}</td><td>${p.skills[2 * i + 1] ? '熟练 Proficient' : ''}</td></tr>`).join('')}</table>
  <h2>语言能力 Languages</h2><table><tr><td>${p.languages.map(e).join('； ')}</td></tr></table>
  <h2>证书 Certificates</h2><table><tr><td>${p.certs.map(e).join('； ')}</td></tr></table>
  <h2>附加问题 Additional Questions</h2>
  <table><tr><th>期望年薪 Expected annual salary</th><td>${p.id === 'p13' ? 'RMB 1,300,000' : 'RMB 600,000'}</td></tr><tr><th>最快到岗时间 Earliest start date</th><td>2027-01-04</td></tr>
  <tr><th>是否接受背景调查 Background check consent</th><td>是 Yes</td></tr></table>`;
  return page(css, body, 'zh');
}

// ---------------------------------------------------------------------------------------------------------------
/** i人事 员工档案 打印（双语字段名）：每段工作三列格子，标签在值上方。 */
export function ihr(p: Person): string {
  const co = p.id === 'p14' ? 'Jiangnan-Aldridge University' : 'Emberlight Studios Shanghai';
  const css = `body{font:9pt/1.45 ${ZH}} .hd{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:1px solid #999;padding-bottom:4px}
  h1{font-size:14pt;margin:0} h2{font-size:10pt;margin:10px 0 3px;border-left:4px solid #3d7eff;padding-left:6px}
  td{border:1px solid #ccd3dd;padding:3px 6px;width:33%} .k{display:block;color:#8a93a3;font-size:7.5pt}`;
  const cell = (k: string, v: string, span = 1) => `<td${span > 1 ? ` colspan="${span}"` : ''}><span class="k">${k}</span>${v}</td>`;
  const body = `<div class="hd"><div><h1>员工档案 Employee Profile</h1><div style="color:#666">${e(co)} · 人事管理 HR</div></div><div style="font-size:8pt;color:#777">工号 ID: ${p.id === 'p14' ? 'JAU-20220613' : 'ELS-0451'}　打印时间 2026-11-05 14:20</div></div>
  <h2>基本信息 Basic info</h2>
  <table><tr>${cell('姓名 Name', e(p.name))}${cell('英文名 English name', e(p.nameEn!))}${cell('性别 Gender', p.gender)}</tr>
  <tr>${cell('出生日期 Birth date', dob(p, 'YYYY-MM-DD'))}${cell('证件号码 ID number', p.idNo!)}${cell('国籍 Nationality', e(p.nationality))}</tr>
  <tr>${cell('手机号 Mobile', e(p.phoneDisplay))}${cell('个人邮箱 Personal email', e(p.email))}${cell('入职日期 Hire date', d(p.jobs.at(-1)!.start, 'YYYY-MM') + '-01')}</tr>
  <tr>${cell('现住址 Address', e(p.address), 3)}</tr></table>
  <h2>在职信息 Current position</h2>
  <table><tr>${cell('部门 Department', p.id === 'p14' ? 'Admissions Office 招生办' : 'Localisation 本地化组')}${cell('职位 Position', e(p.jobs.at(-1)!.title))}${cell('汇报对象 Reports to', e(p.referees[0].name))}</tr></table>
  <h2>工作经历 Work history</h2>
  ${recent(p.jobs).map((j) => `<table style="margin-bottom:4px"><tr>${cell('公司 Company', `<b>${e(j.company)}</b>`)}${cell('职位 Title', `${e(j.title)} / ${e(j.titleAlt!)}`)}${cell('起止时间 Period', range(j, 'YYYY-MM', ' ~ ', '至今'))}</tr>
   <tr>${cell('工作内容 Responsibilities', `${e(j.dutiesAlt!)}<br>${e(j.duties)}`, 3)}</tr></table>`).join('')}
  <h2>教育经历 Education</h2>
  <table>${p.edu.map((x) => `<tr>${cell('学校 School', e(x.school))}${cell('学历/专业 Degree/Major', `${e(x.qual)} ${e(x.field)}`)}${cell('起止时间 Period', `${d(x.start, 'YYYY-MM')} ~ ${d(x.end, 'YYYY-MM')}`)}</tr>`).join('')}</table>
  <h2>技能与证书 Skills &amp; certificates</h2>
  <table><tr>${cell('技能 Skills', p.skills.map(e).join('、'), 2)}${cell('语言 Languages', p.languages.map(e).join('<br>'))}</tr><tr>${cell('证书 Certificates', p.certs.map(e).join('；'), 3)}</tr></table>
  <h2>紧急联系人 Emergency contact</h2>
  <table><tr>${cell('姓名 Name', p.id === 'p14' ? '沈国平（父亲）' : '陆文涛（父亲）')}${cell('电话 Phone', p.id === 'p14' ? '138 6210 4473' : '139 0196 2258')}${cell('关系 Relation', '父女 Father')}</tr></table>`;
  return page(css, body, 'zh');
}

// =============================================================================================================
// Non-table résumés
// =============================================================================================================

/** Overleaf "Medium Length Professional CV" (Trey Hunner): spaced capital name, sections with a ruled heading, dates right in italics. */
export function trey(p: Person): string {
  const css = `body{font:10.5pt/1.35 "Liberation Serif","Times New Roman",serif;padding:0 4mm}
  .name{text-align:center;font-size:20pt;letter-spacing:3px;font-variant:small-caps;margin:0}
  .addr{text-align:center;font-size:10pt;margin:2px 0}
  h2{font-variant:small-caps;font-size:12pt;font-weight:normal;letter-spacing:1px;border-bottom:1px solid #000;margin:14px 0 5px;padding-bottom:1px}
  .row{display:flex;justify-content:space-between} .row i{white-space:nowrap;padding-left:10px}
  .ent{margin:0 0 7px 10px} ul{margin:2px 0 0 0;padding-left:18px} li{margin:1px 0}
  table.sk td{padding:1px 10px 1px 0}`;
  const sk = p.skills;
  const body = `<div class="name">${e(p.name)}</div>
  <div class="addr">${e(p.address)}</div><div class="addr">${e(p.phoneDisplay)} &nbsp;&middot;&nbsp; ${e(p.email)}</div>
  <h2>Objective</h2><div class="ent">${e(p.summary)}</div>
  <h2>Education</h2>
  ${p.edu.map((x) => `<div class="ent"><div class="row"><span><b>${e(x.school)}</b></span><i>${d(x.start, 'Month YYYY')} - ${d(x.end, 'Month YYYY')}</i></div><div>${e(x.qual)}${x.field ? ` in ${e(x.field)}` : ''}</div></div>`).join('')}
  <h2>Work Experience</h2>
  ${recent(p.jobs).map((j) => `<div class="ent"><div class="row"><span><b>${e(j.title)}</b></span><i>${d(j.start, 'Month YYYY')} - ${de(j.end, 'Month YYYY', 'Present')}</i></div>
    <div class="row"><span>${e(j.company)}</span><i>${e(j.town)}</i></div><ul><li>${e(j.duties)}</li></ul></div>`).join('')}
  ${p.breakNote ? `<div class="ent"><div class="row"><span><i>${e(p.breakNote.text)}</i></span><i>${d(p.breakNote.start, 'Month YYYY')} - ${d(p.breakNote.end, 'Month YYYY')}</i></div></div>` : ''}
  <h2>Computer Skills</h2>
  <table class="sk"><tr><td><b>Tools &amp; methods:</b></td><td>${sk.map(e).join(', ')}</td></tr></table>
  <h2>Languages &amp; Certifications</h2>
  <div class="ent">${e(p.languages.join(', '))}<br>${e(p.certs.join('; '))}</div>
  <h2>References</h2><div class="ent">Available on request.</div>`;
  return page(css, body);
}

/** US financial-services résumé: centred header, Licenses & Designations line, core competencies in three columns. */
export function advisor(p: Person): string {
  const css = `body{font:10pt/1.38 Georgia,"DejaVu Serif",serif} h1{text-align:center;font-size:19pt;margin:0;letter-spacing:1px}
  .c{text-align:center;font-size:9.5pt} h2{font-size:10.5pt;text-transform:uppercase;letter-spacing:1.5px;color:#1b3a5c;border-bottom:1.5px solid #1b3a5c;margin:12px 0 5px}
  .row{display:flex;justify-content:space-between;font-weight:bold} ul{margin:2px 0 6px;padding-left:18px}
  .cols{columns:3;font-size:9.5pt} .cols div:before{content:"▪ ";color:#1b3a5c}`;
  const body = `<h1>${e(p.name.toUpperCase())}, CFP®</h1>
  <div class="c">${e(p.address)} | ${e(p.phoneDisplay)} | ${e(p.email)} | linkedin.com/in/dcastellanos-cfp</div>
  <h2>Professional Summary</h2><p style="margin:0">${e(p.summary)} Fiduciary mindset; 99% client retention since 2021.</p>
  <h2>Licenses &amp; Designations</h2><p style="margin:0">${e(p.certs.join(' · '))}</p>
  <h2>Core Competencies</h2><div class="cols">${p.skills.map((s) => `<div>${e(s)}</div>`).join('')}</div>
  <h2>Professional Experience</h2>
  ${recent(p.jobs).map((j) => `<div class="row"><span>${e(j.company)} — ${e(j.town)}</span><span>${range(j, 'Mon YYYY', ' – ', 'Present')}</span></div>
   <div><i>${e(j.title)}</i></div><ul><li>${e(j.duties)}</li>${j.end === null ? '<li>Grew AUM from $190M to $310M through referrals and COI partnerships with two CPA firms.</li>' : ''}</ul>`).join('')}
  <h2>Education</h2>${p.edu.map((x) => `<div class="row"><span>${e(x.school)} — ${e(x.qual)}, ${e(x.field)}</span><span>${x.end.slice(0, 4)}</span></div>`).join('')}
  <h2>Community</h2><p style="margin:0">Treasurer, Worthington Youth Soccer League · Volunteer, VITA free tax preparation (2016–2019)</p>`;
  return page(css, body);
}

/** LiveCareer-style two-column builder résumé: coloured left column (contact, skills, education), right column experience. */
export function livecareer(p: Person): string {
  const css = `@page{margin:0} body{font:9.5pt/1.4 "Liberation Sans",Arial,sans-serif}
  .wrap{display:grid;grid-template-columns:62mm 1fr;min-height:100%}
  .left{background:#243b53;color:#f0f4f8;padding:0 6mm 6mm} .right{padding:0 2mm 6mm 7mm}
  h1{font-size:21pt;margin:0;line-height:1.1} .ttl{color:#486581;font-size:11pt;margin:3px 0 10px}
  .left h3{font-size:9.5pt;text-transform:uppercase;letter-spacing:1px;border-bottom:1px solid #829ab1;padding-bottom:2px;margin:12px 0 5px}
  .left ul{padding-left:14px;margin:0} h2{font-size:11pt;text-transform:uppercase;color:#243b53;letter-spacing:1px;border-bottom:2px solid #243b53;margin:12px 0 5px}
  .job{margin-bottom:8px} .job .t{font-weight:bold} .job .m{color:#486581;font-size:9pt}`;
  const body = `<div class="wrap"><div class="left">
  <h3>Contact</h3><div>${e(p.address)}</div><div style="margin-top:4px">${e(p.phoneDisplay)}</div><div>${e(p.email)}</div>
  <h3>Skills</h3><ul>${p.skills.map((s) => `<li>${e(s)}</li>`).join('')}</ul>
  <h3>Education</h3>${p.edu.map((x) => `<div style="margin-bottom:5px"><b>${e(x.qual)}</b>${x.field ? `: ${e(x.field)}` : ''}<br>${e(x.school)}<br>${x.end.slice(0, 4)}</div>`).join('')}
  <h3>Languages</h3><div>${e(p.languages.join(', '))}</div>
  <h3>Certifications</h3><ul>${p.certs.map((c) => `<li>${e(c)}</li>`).join('')}</ul>
  </div><div class="right">
  <h1>${e(p.name)}</h1><div class="ttl">${e(p.headline)}</div>
  <h2>Professional Summary</h2><div>${e(p.summary)}</div>
  <h2>Work History</h2>
  ${recent(p.jobs).map((j) => `<div class="job"><div class="t">${e(j.title)}</div><div class="m">${e(j.company)} - ${e(j.town)} &nbsp;|&nbsp; ${range(j, 'MM/YYYY', ' - ', 'Current')}</div><ul style="margin:2px 0;padding-left:16px"><li>${e(j.duties)}</li></ul></div>`).join('')}
  ${p.breakNote ? `<div class="job"><div class="t">${e(p.breakNote.text)}</div><div class="m">${range(p.breakNote, 'MM/YYYY', ' - ', '')}</div></div>` : ''}
  <h2>References</h2>${p.referees.map((r) => `<div>${e(r.name)}, ${e(r.role)}, ${e(r.org)} — ${e(r.phone)}</div>`).join('')}
  </div></div>`;
  return page(css.replace('@page{margin:0}', ''), body);
}

/** Upwork freelancer profile printout: left stats/skills column, right title, overview, work history. */
export function upwork(p: Person): string {
  const rate = p.id === 'p05' ? '$55.00/hr' : '$70.00/hr';
  const css = `body{font:9.5pt/1.45 "Liberation Sans",Arial,sans-serif;color:#001e00}
  .hdr{display:flex;gap:12px;align-items:center;border:1px solid #d5e0d5;border-radius:8px;padding:8px 12px}
  .ph{width:60px;height:60px;border-radius:50%;background:#cfe3cf} h1{font-size:17pt;margin:0} .loc{color:#5e6d55}
  .grid{display:grid;grid-template-columns:55mm 1fr;border:1px solid #d5e0d5;border-top:0;border-radius:0 0 8px 8px}
  .side{border-right:1px solid #d5e0d5;padding:8px 10px} .main{padding:8px 12px}
  .side h3{font-size:10pt;margin:10px 0 3px} .chip{display:inline-block;background:#e4ebe4;border-radius:10px;padding:1px 8px;margin:2px 2px 0 0;font-size:8.5pt}
  h2{font-size:12.5pt;margin:4px 0} h3{font-size:11pt;margin:12px 0 4px} .emp{border-top:1px solid #e4ebe4;padding:5px 0}
  .emp b{display:block}`;
  const body = `<div style="font-size:8pt;color:#777;text-align:right">upwork.com/freelancers/~01${p.id === 'p05' ? '7c3be20a1f44d91e' : 'a92e71c0d3b5f608'}</div>
  <div class="hdr"><div class="ph"></div><div><h1>${e(p.name)}</h1><div class="loc">⌂ ${e(p.address.split(',').slice(-2).join(',').trim())} · ${p.id === 'p05' ? '10:42 am local time' : '11:42 am local time'}</div><div>✉ ${e(p.email)} · ☎ ${e(p.phoneDisplay)}</div></div></div>
  <div class="grid"><div class="side">
  <h3>View profile</h3><div>${p.id === 'p05' ? 'QA Automation' : 'Hydrogeology'}<br>All work</div>
  <h3>Hours per week</h3><div>Less than 30 hrs/week</div>
  <h3>Languages</h3><div>${p.languages.map(e).join('<br>')}</div>
  <h3>Verifications</h3><div>ID: Verified ✓</div>
  <h3>Licenses</h3><div style="font-size:8.5pt">${p.certs.map(e).join('<br>')}</div>
  <h3>Education</h3>${p.edu.map((x) => `<div style="margin-bottom:4px"><b>${e(x.school)}</b><br>${e(x.qual)}, ${e(x.field)}<br>${x.start.slice(0, 4)}–${x.end.slice(0, 4)}</div>`).join('')}
  </div><div class="main">
  <div style="display:flex;justify-content:space-between"><h2>${e(p.headline)}</h2><b>${rate}</b></div>
  <div>${e(p.summary)}</div>
  <h3>Skills</h3><div>${p.skills.map((s) => `<span class="chip">${e(s)}</span>`).join('')}</div>
  <h3>Employment history</h3>
  ${recent(p.jobs).map((j) => `<div class="emp"><b>${e(j.title)} | ${e(j.company)}</b><span style="color:#5e6d55">${range(j, 'Month YYYY', ' - ', 'Present')}</span><div>${e(j.duties)}</div></div>`).join('')}
  <h3>Work history (Upwork)</h3><div style="color:#5e6d55">${p.id === 'p05' ? '★ 5.00 · “Playwright regression suite for a booking site” · Sep 2025 – Nov 2025' : '★ 4.9 · “Groundwater desk study for a lodge borehole” · Mar 2025 – Apr 2025'}</div>
  </div></div>`;
  return page(css, body);
}

/** 创客贴 图文简历模板：左栏照片/联系方式/技能，右栏求职意向与工作经历（时间轴式小圆点）。 */
export function chuangketie(p: Person): string {
  const mixed = p.language === 'mixed';
  const css = `body{font:9.5pt/1.6 ${ZH}} .wrap{display:grid;grid-template-columns:60mm 1fr;gap:0}
  .l{background:#f3efe6;padding:8mm 6mm} .r{padding:4mm 2mm 4mm 8mm}
  .ph{width:30mm;height:38mm;background:#d9d2c3;margin:0 auto 6mm} .l h3{font-size:10.5pt;color:#b5893b;margin:10px 0 4px;border-bottom:1px solid #b5893b}
  h1{font-size:22pt;margin:0;color:#3b3b3b} .sub{color:#b5893b;font-size:11pt;margin-bottom:6px}
  h2{font-size:11.5pt;color:#fff;background:#b5893b;display:inline-block;padding:1px 14px;border-radius:0 12px 12px 0;margin:10px 0 5px}
  .it{position:relative;padding-left:12px;margin-bottom:7px} .it:before{content:"";position:absolute;left:0;top:6px;width:6px;height:6px;border-radius:50%;background:#b5893b}
  .it .h{display:flex;justify-content:space-between;font-weight:bold} .tag{display:block}`;
  const title = mixed ? `${p.name} ${p.nameEn}` : p.name;
  const body = `<div class="wrap"><div class="l"><div class="ph"></div>
  <h3>${mixed ? '联系方式 Contact' : '联系方式'}</h3><div>☎ ${e(p.phoneDisplay)}</div><div>✉ ${e(p.email)}</div><div>⌂ ${e(p.address)}</div>
  <h3>${mixed ? '个人信息 Profile' : '个人信息'}</h3><div>${mixed ? 'Born' : '出生'}：${dob(p, 'YYYY.MM')}</div><div>${p.gender}</div>
  <h3>${mixed ? '专业技能 Skills' : '专业技能'}</h3>${p.skills.map((s) => `<span class="tag">· ${e(s)}</span>`).join('')}
  <h3>${mixed ? '证书 Certificates' : '证书'}</h3>${p.certs.map((c) => `<span class="tag">${e(c)}</span>`).join('')}
  <h3>${mixed ? '语言 Languages' : '语言'}</h3><div>${p.languages.map(e).join(' / ')}</div>
  </div><div class="r">
  <h1>${e(title)}</h1><div class="sub">${mixed ? '求职意向 Objective：' : '求职意向：'}${e(p.headline)}</div>
  <h2>${mixed ? '自我评价 About me' : '自我评价'}</h2><div>${e(p.summary)}</div>
  <h2>${mixed ? '工作经历 Experience' : '工作经历'}</h2>
  ${recent(p.jobs).map((j) => `<div class="it"><div class="h"><span>${e(j.company)}</span><span>${range(j, 'YYYY.MM', ' - ', mixed ? '至今 Present' : '至今')}</span></div><div style="color:#b5893b">${e(j.title)}${j.titleAlt ? ` / ${e(j.titleAlt)}` : ''}</div><div>${e(j.dutiesAlt ?? j.duties)}</div></div>`).join('')}
  <h2>${mixed ? '教育背景 Education' : '教育背景'}</h2>
  ${p.edu.map((x) => `<div class="it"><div class="h"><span>${e(x.school)}</span><span>${range(x, 'YYYY.MM', ' - ', '')}</span></div><div>${e(x.field)} ${e(x.qual)}</div></div>`).join('')}
  </div></div>`;
  return page(css, body, 'zh');
}

/** ProZ.com translator profile printout (two-column): left rates/CAT tools, right working languages, experience. */
export function proz(p: Person): string {
  const css = `body{font:9.5pt/1.45 Arial,${ZH}} .top{background:#1d3c6e;color:#fff;padding:6px 10px;display:flex;justify-content:space-between;align-items:center}
  .top h1{margin:0;font-size:16pt} .grid{display:grid;grid-template-columns:56mm 1fr;gap:8px;margin-top:8px}
  .box{border:1px solid #c9d3e2;margin-bottom:8px} .box h3{margin:0;background:#e8eef7;font-size:9.5pt;padding:3px 6px} .box div.c{padding:4px 6px}
  .emp{margin-bottom:6px;border-bottom:1px dotted #bbb;padding-bottom:4px}`;
  const body = `<div class="top"><div><h1>${e(p.name)} ${e(p.nameEn!)}</h1><div>${e(p.headline)} · 上海 Shanghai, China</div></div><div style="font-size:8.5pt;text-align:right">ProZ.com member since 2015<br>Blue Board rating: 5/5</div></div>
  <div class="grid"><div>
  <div class="box"><h3>Contact</h3><div class="c">${e(p.email)}<br>${e(p.phoneDisplay)}<br>${e(p.address)}</div></div>
  <div class="box"><h3>Language pairs</h3><div class="c">English → Chinese<br>Japanese → Chinese<br>Chinese → English</div></div>
  <div class="box"><h3>Software / CAT tools</h3><div class="c">${p.skills.map(e).join('<br>')}</div></div>
  <div class="box"><h3>Credentials</h3><div class="c">${p.certs.map(e).join('<br>')}</div></div>
  <div class="box"><h3>Rates</h3><div class="c">EN→ZH 0.09 USD/word<br>LQA 35 USD/hour</div></div>
  </div><div>
  <div class="box"><h3>About me 关于我</h3><div class="c">${e(p.summary)}</div></div>
  <div class="box"><h3>Specializes in</h3><div class="c">Games / Video Games / Gaming / Casino · Software · Media / Multimedia</div></div>
  <div class="box"><h3>Work experience 工作经历</h3><div class="c">
  ${recent(p.jobs).map((j) => `<div class="emp"><b>${e(j.company)}</b> — ${e(j.title)} ${e(j.titleAlt!)}<br><span style="color:#555">${range(j, 'Mon YYYY', ' – ', 'Present')}</span><br>${e(j.duties)}</div>`).join('')}
  </div></div>
  <div class="box"><h3>Education</h3><div class="c">${p.edu.map((x) => `${e(x.school)} — ${e(x.qual)} ${e(x.field)} (${x.start.slice(0, 4)}–${x.end.slice(0, 4)})`).join('<br>')}</div></div>
  </div></div>`;
  return page(css, body, 'zh');
}

/** 语雀 文档导出 PDF：知识库页眉、标题、引用块、二级标题、列表。 */
export function yuque(p: Person): string {
  const mixed = p.language === 'mixed';
  const css = `body{font:10pt/1.75 ${ZH};color:#262626} .crumb{font-size:8.5pt;color:#8c8c8c;border-bottom:1px solid #eee;padding-bottom:4px}
  h1{font-size:20pt;margin:10px 0 4px} .meta{color:#8c8c8c;font-size:8.5pt;margin-bottom:8px}
  blockquote{margin:6px 0;padding:2px 10px;border-left:3px solid #d9d9d9;color:#595959}
  h2{font-size:13.5pt;margin:14px 0 4px} h3{font-size:11pt;margin:8px 0 2px} ul{margin:2px 0;padding-left:20px} code{background:#f5f5f5;padding:0 3px;border-radius:3px;font-size:9pt}`;
  const title = mixed ? `${p.name}（${p.nameEn}）的简历` : `${p.name}的个人简历`;
  const body = `<div class="crumb">${mixed ? 'Rosie 的知识库' : '廖文博的知识库'} / 个人 / ${e(title)}</div>
  <h1>${e(title)}</h1><div class="meta">最后编辑于 2026-10-27 21:14 · 字数 ${mixed ? 1024 : 866}</div>
  <blockquote>☎ ${e(p.phoneDisplay)}　✉ ${e(p.email)}　⌂ ${e(p.address)}</blockquote>
  <h2>${mixed ? '关于我 About' : '个人概况'}</h2><p>${e(p.summary)}</p>
  <h2>${mixed ? '工作经历 Work Experience' : '工作经历'}</h2>
  ${recent(p.jobs).map((j) => `<h3>${e(j.company)}｜${e(j.titleAlt ?? j.title)}${j.titleAlt ? ` ${e(j.title)}` : ''}</h3><div style="color:#8c8c8c">${range(j, 'YYYY.MM', ' ~ ', '至今')}${j.dept ? ` · ${e(j.dept)}` : ''}</div><ul><li>${e(j.dutiesAlt ?? j.duties)}</li>${j.dutiesAlt ? `<li>${e(j.duties)}</li>` : ''}</ul>`).join('')}
  ${p.breakNote ? `<p style="color:#8c8c8c">${range(p.breakNote, 'YYYY.MM', ' ~ ', '')}：${e(p.breakNote.text)}</p>` : ''}
  <h2>${mixed ? '教育经历 Education' : '教育经历'}</h2>
  <ul>${p.edu.map((x) => `<li>${range(x, 'YYYY.MM', ' ~ ', '')}　${e(x.school)}　${e(x.field)}　${e(x.qual)}</li>`).join('')}</ul>
  <h2>${mixed ? '技能 Skills' : '专业技能'}</h2>
  <ul>${p.skills.map((s) => `<li>${e(s)}</li>`).join('')}</ul>
  <h2>${mixed ? '证书与语言 Certificates & Languages' : '证书'}</h2>
  <p>${p.certs.map(e).join('；')}${mixed ? `<br>${p.languages.map(e).join('；')}` : ''}</p>`;
  return page(css, body, 'zh');
}

export const htmlTemplates: Record<string, (p: Person) => string> = { cscgrid, bamboohr, pmireview, yanzhao, shenkao, zhitong, dayee, ihr, trey, advisor, livecareer, upwork, chuangketie, proz, yuque };
