/** HTML/CSS templates printed to PDF by Chromium (printHtml). Each returns a full HTML document. */
import type { Person, Job } from './people.ts';
import { fd, range, recent, skill, esc as e, dob, y, m, MON } from './util.ts';

const page = (css: string, body: string, lang = 'en') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>
*{box-sizing:border-box} body{margin:0;color:#222} table{border-collapse:collapse} ${css}</style></head><body>${body}</body></html>`;
const CJK = `'WenQuanYi Zen Hei','Droid Sans Fallback'`;

/** Oracle Recruiting Cloud "Application details" print: grey section bars, experience grid one row per job. */
export function oracleOrc(p: Person): string {
  const css = `body{font:9.5pt 'Liberation Sans',Arial,sans-serif} h1{font-size:15pt;margin:0 0 2px} .req{color:#555;font-size:9pt;margin-bottom:10px}
  .bar{background:#e8e8e8;border-left:4px solid #c74634;padding:4px 8px;font-weight:bold;margin:14px 0 6px}
  table{width:100%} th{background:#f4f4f4;text-align:left;font-size:8.5pt;color:#444;border-bottom:1px solid #bbb;padding:4px} td{padding:4px;border-bottom:1px solid #ddd;vertical-align:top}
  .kv td:first-child{width:32%;color:#555} .top{text-align:right;font-size:7.5pt;color:#888;margin-bottom:4px}`;
  return page(css, `<div class="top">Printed 19-Nov-2026 10:42 · Oracle Recruiting Cloud</div>
  <h1>${e(p.latin)}</h1><div class="req">Job application · Requisition 24001871 – Head of Compliance (Dublin) · Submitted 17-Nov-2026 · Phase: Screening / State: To be reviewed</div>
  <div class="bar">Contact Information</div>
  <table class="kv"><tr><td>Email</td><td>${e(p.email)}</td></tr><tr><td>Mobile phone</td><td>${e(p.phoneShown[1])}</td></tr><tr><td>Address</td><td>${e(p.address.join(', '))}, Ireland</td></tr><tr><td>Preferred contact method</td><td>Email</td></tr></table>
  <div class="bar">Experience</div>
  <table><tr><th>Employer</th><th>Job Title</th><th>Start Date</th><th>End Date</th><th>Current Job</th></tr>
  ${recent(p.work).map((j) => `<tr><td>${e(j.company)}</td><td>${e(j.title)}</td><td>${fd(j.start, 'MM/YYYY')}</td><td>${j.end ? fd(j.end, 'MM/YYYY') : ''}</td><td>${j.end ? 'No' : 'Yes'}</td></tr>`).join('')}</table>
  <div class="bar">Education</div>
  <table><tr><th>School</th><th>Degree</th><th>Start Date</th><th>End Date</th></tr>${p.education.map((d) => `<tr><td>${e(d.school)}</td><td>${e(d.award)}</td><td>${fd(d.start, 'MM/YYYY')}</td><td>${fd(d.end, 'MM/YYYY')}</td></tr>`).join('')}</table>
  <div class="bar">Licenses and Certificates</div><table>${p.certificates.map((c) => `<tr><td>${e(c)}</td></tr>`).join('')}</table>
  <div class="bar">Skills</div><table><tr><th>Skill</th></tr>${skill(p).map((s) => `<tr><td>${e(s)}</td></tr>`).join('')}</table>
  <div class="bar">Questions</div>
  <table class="kv"><tr><td>Do you require sponsorship to work in Ireland?</td><td>No</td></tr><tr><td>Notice period</td><td>3 months</td></tr><tr><td>Have you previously been approved for a PCF role?</td><td>Yes</td></tr></table>
  <div class="bar">Attachments</div><table><tr><td>Cover_letter_NGallagher.pdf</td></tr></table>`);
}

/** Chevening application print: each work experience a bordered label–value block; hours per week; most recent first. */
export function chevening(p: Person): string {
  const css = `body{font:10pt 'DejaVu Sans',sans-serif} .hdr{border-bottom:3px solid #0b2a4a;padding-bottom:6px;margin-bottom:10px} .hdr b{font-size:16pt;color:#0b2a4a}
  h2{font-size:11.5pt;color:#0b2a4a;margin:16px 0 6px} table.blk{width:100%;border:1px solid #9aa;margin-bottom:8px;page-break-inside:avoid} .blk td{border:1px solid #ccd;padding:4px 6px;vertical-align:top} .blk td.l{width:30%;background:#eef2f6;font-weight:bold;font-size:9pt}
  .n{font-size:9pt;color:#555}`;
  const blk = (j: Job, i: number) => `<table class="blk"><tr><td colspan="2" style="background:#0b2a4a;color:#fff;font-weight:bold">Work experience ${i + 1}</td></tr>
   <tr><td class="l">Employer</td><td>${e(j.company)}</td></tr><tr><td class="l">Job title</td><td>${e(j.title)}</td></tr>
   <tr><td class="l">Start date</td><td>${fd(j.start, 'MM/YYYY')}</td></tr><tr><td class="l">End date</td><td>${j.end ? fd(j.end, 'MM/YYYY') : 'I currently work here'}</td></tr>
   <tr><td class="l">Hours per week</td><td>40</td></tr><tr><td class="l">Role description</td><td>${e(j.duties.join('. '))}.</td></tr></table>`;
  return page(css, `<div class="hdr"><b>Chevening Scholarships</b><br><span class="n">Application reference CHV-2027-MWI-04418 · Submitted 04 November 2026 · Page printed from the online application system</span></div>
  <h2>Personal details</h2><table class="blk"><tr><td class="l">Full name</td><td>${e(p.latin)}</td></tr><tr><td class="l">Date of birth</td><td>${dob(p, 'DD/MM/YYYY')}</td></tr><tr><td class="l">Country of citizenship</td><td>Malawi</td></tr>
  <tr><td class="l">Email</td><td>${e(p.email)}</td></tr><tr><td class="l">Mobile number</td><td>${e(p.phoneShown[1])}</td></tr><tr><td class="l">Postal address</td><td>${e(p.address.join(', '))}, Malawi</td></tr></table>
  <h2>Work experience</h2><p class="n">Total eligible work experience: 249 months (minimum required 2,800 hours). Listed most recent first.</p>
  ${recent(p.work).map(blk).join('')}
  <h2>Skills</h2><table class="blk"><tr><td class="l">Key professional skills</td><td>${skill(p, true).map(e).join('<br>')}</td></tr><tr><td class="l">English language</td><td>Requirement met (IELTS Academic 7.0, 2026)</td></tr></table>
  <h2>Course choices</h2><table class="blk"><tr><td class="l">1st choice</td><td>MSc Monitoring and Evaluation for Development – University of Eastmoor</td></tr><tr><td class="l">2nd choice</td><td>MSc Development Economics – Northgate University</td></tr><tr><td class="l">3rd choice</td><td>MA Applied Research Methods – Ravensworth College</td></tr></table>
  <h2>References</h2><table class="blk">${p.referees.map((r) => `<tr><td class="l">${e(r.name)}</td><td>${e(r.role)}, ${e(r.org)} · ${e(r.email)}</td></tr>`).join('')}</table>`);
}

/** FCA Connect Form A (long form) print: employment history table with MM/YY columns, nature of business, reason for leaving. */
export function fcaFormA(p: Person): string {
  const css = `body{font:9.5pt 'Liberation Sans',Arial,sans-serif} .logo{font-weight:bold;font-size:14pt;color:#701b45} h1{font-size:13pt;margin:4px 0 10px}
  h2{font-size:10.5pt;background:#701b45;color:#fff;padding:3px 6px;margin:14px 0 6px} table{width:100%} td,th{border:1px solid #999;padding:3px 5px;vertical-align:top} th{background:#f1e6ec;font-size:8.5pt;text-align:left}
  .q td:first-child{width:8%;text-align:center} .q td:nth-child(2){width:52%} .foot{font-size:7.5pt;color:#666;display:flex;justify-content:space-between;border-bottom:1px solid #ccc;margin-bottom:6px}`;
  const nature = (j: Job) => (/Payments/.test(j.company) ? 'E-money / payment services' : 'Remote gambling operator');
  return page(css, `<div class="foot"><span>Form A: Application to perform senior management and controlled functions (long form)</span><span>Application ref. CON-4418820</span></div>
  <div class="logo">Financial Conduct Authority</div><h1>Form A – Long form: Application to perform controlled functions<br><span style="font-weight:normal;font-size:10pt">Candidate: ${e(p.latin.toUpperCase())} · Firm: Westmoor Payments (UK) Ltd (FRN 900417) · Function: SMF24 Chief Operations</span></h1>
  <h2>Section 2 – Personal identification details</h2>
  <table class="q"><tr><td>2.01</td><td>Title</td><td>Mr</td></tr><tr><td>2.02</td><td>Surname</td><td>${e(p.family!)}</td></tr><tr><td>2.03</td><td>All forenames</td><td>${e(p.given!)} Joseph</td></tr><tr><td>2.07</td><td>Date of birth</td><td>${dob(p, 'DD/MM/YYYY')}</td></tr><tr><td>2.09</td><td>Nationality</td><td>British</td></tr>
  <tr><td>2.12</td><td>Private address</td><td>${e(p.address.join(', '))}</td></tr><tr><td>2.13</td><td>Contact telephone</td><td>${e(p.phoneShown[1])}</td></tr><tr><td>2.14</td><td>Contact email</td><td>${e(p.email)}</td></tr></table>
  <h2>Section 5 – Employment history</h2>
  <p>5.01 Please give a full employment history covering at least the last 10 years, starting with the most recent. Any gaps of more than 3 months must be explained.</p>
  <table><tr><th style="width:8%">From (mm/yy)</th><th style="width:8%">To (mm/yy)</th><th>Name of employer</th><th>Nature of business</th><th>Position held</th><th>Reason for leaving</th></tr>
  ${recent(p.work).map((j) => `<tr><td>${fd(j.start, 'MM/YY')}</td><td>${j.end ? fd(j.end, 'MM/YY') : 'Current'}</td><td>${e(j.company)}</td><td>${nature(j)}</td><td>${e(j.title)}</td><td>${e(j.leaving ?? '–')}</td></tr>`).join('')}</table>
  <p>5.02 Was the candidate's employer regulated at the time? <b>Yes</b> – Gibraltar Financial Services Commission / Gambling Commissioner.</p>
  <h2>Section 5A – Competence: qualifications, training and skills</h2>
  <table><tr><th>Qualification / training</th><th>Date</th></tr>${p.education.map((d) => `<tr><td>${e(d.award)}, ${e(d.school)}</td><td>${fd(d.end, 'MM/YY')}</td></tr>`).join('')}${p.certificates.map((c) => `<tr><td>${e(c)}</td><td>—</td></tr>`).join('')}</table>
  <p style="margin-top:8px"><b>Relevant skills:</b></p><ul>${skill(p).map((s) => `<li>${e(s)}</li>`).join('')}</ul>
  <h2>Section 6 – Fitness and propriety</h2><table class="q"><tr><td>6.01</td><td>Has the candidate ever been convicted of any criminal offence?</td><td>No</td></tr><tr><td>6.05</td><td>Has the candidate ever been dismissed or asked to resign from any employment?</td><td>No</td></tr><tr><td>6.09</td><td>Has the candidate ever been the subject of a regulatory investigation?</td><td>No</td></tr></table>
  <h2>Section 7 – Candidate declaration</h2><p>I confirm that the information in this form is accurate and complete to the best of my knowledge. I understand that knowingly or recklessly giving false information is a criminal offence under section 398 FSMA.</p>
  <p>Signed electronically: <b>${e(p.latin)}</b> &nbsp; Date: 16/11/2026</p>`);
}

/** IEEE Senior Member grade application print: professional experience table with month/year columns and years. */
export function ieeeSenior(p: Person): string {
  const css = `body{font:9.5pt 'Liberation Sans',Arial,sans-serif} .top{border-bottom:2px solid #00629b;padding-bottom:4px;display:flex;justify-content:space-between;align-items:end} .top b{font-size:16pt;color:#00629b}
  h2{font-size:10.5pt;color:#00629b;border-bottom:1px solid #00629b;margin:14px 0 6px} table{width:100%} td,th{border:1px solid #bbb;padding:3px 5px;vertical-align:top} th{background:#e6f0f6;font-size:8.5pt}`;
  const yrs = (j: Job) => { const a = Number(y(j.start)) * 12 + Number(m(j.start)); const b = j.end ? Number(y(j.end)) * 12 + Number(m(j.end)) : 2026 * 12 + 11; return ((b - a + 1) / 12).toFixed(1); };
  return page(css, `<div class="top"><b>IEEE Senior Member Grade Application</b><span>Member no. 92418833 · Region 10 · Nepal Section</span></div>
  <h2>Applicant</h2><table><tr><th>Name</th><td>${e(p.latin)}</td><th>Grade</th><td>Member</td></tr><tr><th>Email</th><td>${e(p.email)}</td><th>Phone</th><td>${e(p.phoneShown[1])}</td></tr><tr><th>Address</th><td colspan="3">${e(p.address.join(', '))}</td></tr></table>
  <h2>Education</h2><table><tr><th>Degree</th><th>Institution</th><th>Year</th></tr>${p.education.map((d) => `<tr><td>${e(d.award)}</td><td>${e(d.school)}</td><td>${y(d.end)}</td></tr>`).join('')}</table>
  <h2>Professional Experience (begin with present position)</h2>
  <table><tr><th colspan="2">From</th><th colspan="2">To</th><th rowspan="2">Organization</th><th rowspan="2">Title</th><th rowspan="2">Years</th><th rowspan="2">Level of responsibility</th></tr><tr><th>Month</th><th>Year</th><th>Month</th><th>Year</th></tr>
  ${recent(p.work).map((j) => `<tr><td>${MON[Number(m(j.start)) - 1]}</td><td>${y(j.start)}</td><td>${j.end ? MON[Number(m(j.end)) - 1] : 'Present'}</td><td>${j.end ? y(j.end) : ''}</td><td>${e(j.company)}</td><td>${e(j.title)}</td><td>${yrs(j)}</td><td>${e(j.duties[0])}</td></tr>`).join('')}</table>
  <p>Total years of professional practice: 16.5 (minimum 10 required; 5 years of significant performance).</p>
  <h2>Technical Skills and Areas of Expertise</h2><p>${skill(p).map(e).join(' · ')}</p>
  <h2>Significant Performance</h2><p>Led grid impact assessment for 480 MW of solar and run-of-river hydro; principal author of the draft national grid connection code (2023); 9 journal and conference papers.</p>
  <h2>References (three IEEE Senior Members or Fellows)</h2><table><tr><th>Name</th><th>Member no.</th><th>Affiliation</th></tr><tr><td>${e(p.referees[0].name)}</td><td>40187722</td><td>${e(p.referees[0].org)}</td></tr><tr><td>${e(p.referees[1].name)}</td><td>41022965</td><td>${e(p.referees[1].org)}</td></tr><tr><td>Prof. Deepak Adhikari</td><td>08833410</td><td>Kathmandu Institute of Engineering</td></tr></table>`);
}

/** UKG Pro Recruiting "Application summary" print: card header, work history table, questionnaire. */
export function ukgApply(p: Person): string {
  const css = `body{font:9.5pt 'Liberation Sans',Arial,sans-serif} .card{border:1px solid #ccc;border-radius:6px;padding:10px 12px;margin-bottom:10px} .nm{font-size:16pt;font-weight:bold;color:#30205f}
  h3{font-size:10.5pt;margin:12px 0 5px;color:#30205f} table{width:100%} th{background:#f0eef7;text-align:left;padding:4px;font-size:8.5pt} td{padding:4px;border-bottom:1px solid #e2e2e2;vertical-align:top}`;
  return page(css, `<div class="card"><div class="nm">${e(p.latin)}</div><div>Applied for: Secondary Science Curriculum Coordinator (Req #2611-044) · Harbor Pointe Charter Academy · Application date 11/09/2026</div>
  <div>${e(p.email)} · ${e(p.phoneShown[0])} · ${e(p.address.join(', '))}</div></div>
  <h3>Work History</h3><table><tr><th>Company</th><th>Title</th><th>Location</th><th>Start</th><th>End</th></tr>
  ${recent(p.work).map((j) => `<tr><td>${e(j.company)}</td><td>${e(j.title)}</td><td>${e(j.town)}</td><td>${fd(j.start, 'MM/YYYY')}</td><td>${j.end ? fd(j.end, 'MM/YYYY') : 'Current'}</td></tr>`).join('')}</table>
  <h3>Education</h3><table><tr><th>School</th><th>Degree</th><th>Graduated</th></tr>${p.education.map((d) => `<tr><td>${e(d.school)}</td><td>${e(d.award)}</td><td>${fd(d.end, 'MM/YYYY')}</td></tr>`).join('')}</table>
  <h3>Licenses &amp; Certifications</h3><table>${p.certificates.map((c) => `<tr><td>${e(c)}</td></tr>`).join('')}</table>
  <h3>Skills</h3><table><tr><th>Skill</th><th>Years</th></tr>${skill(p).map((s, i) => `<tr><td>${e(s)}</td><td>${[8, 10, 7, 7, 10, 7, 5, 4][i]}</td></tr>`).join('')}</table>
  <h3>Questionnaire</h3><table><tr><td>Are you legally authorized to work in the United States?</td><td>Yes</td></tr><tr><td>Do you hold a current state teaching license?</td><td>Yes – Oregon</td></tr><tr><td>Earliest start date</td><td>07/01/2027</td></tr></table>
  <h3>Voluntary Self-Identification</h3><p>Declined to answer.</p>`);
}

/** 大易 (Dayee) 应聘登记表 print: candidate grid with photo, 工作经历 with split 开始/结束 columns, 证明人 with phones, repeating thead. */
export function dayee(p: Person): string {
  const x = p.extra!;
  const css = `body{font:9.5pt 'Liberation Sans',${CJK},sans-serif} h1{text-align:center;font-size:17pt;margin:0 0 4px;letter-spacing:4px} .sub{text-align:center;color:#666;font-size:8.5pt;margin-bottom:8px}
  table{width:100%;margin-bottom:8px} td,th{border:1px solid #555;padding:4px 5px} th{background:#e9eef5;font-weight:normal} .s{background:#1f4e79;color:#fff;font-weight:bold;text-align:left} .ph{width:26mm;height:34mm;text-align:center;color:#888}`;
  const refs = [['林国栋', '139 2218 4406'], ['马晓东', '136 0281 7750'], ['陈伟', '020-8712 3390'], ['陈伟', '020-8712 3390']];
  return page(css, `<h1>应聘登记表</h1><div class="sub">应聘职位：供应链发展研究院 执行院长 ｜ 投递时间：2026-11-03 ｜ 简历编号：DY20261103-00871</div>
  <table><tr><th colspan="7" class="s">基本信息</th></tr>
  <tr><th>姓名</th><td>${p.name}</td><th>性别</th><td>男</td><th>出生日期</th><td>${dob(p, 'YYYY年M月D日')}</td><td rowspan="4" class="ph">照片</td></tr>
  <tr><th>民族</th><td>${x.民族}</td><th>政治面貌</th><td>${x.政治面貌}</td><th>籍贯</th><td>${x.籍贯}</td></tr>
  <tr><th>手机</th><td>${p.phoneShown[2]}</td><th>邮箱</th><td colspan="3">${p.email}</td></tr>
  <tr><th>现居住地</th><td colspan="5">${p.address.join('')}</td></tr>
  <tr><th>期望薪资</th><td>面议</td><th>到岗时间</th><td>1个月内</td><th>婚姻状况</th><td colspan="2">已婚</td></tr></table>
  <table><thead><tr><th colspan="7" class="s">工作经历（请从最近一份工作填起）</th></tr><tr><th>开始时间</th><th>结束时间</th><th>公司名称</th><th>部门</th><th>职位</th><th>离职原因</th><th>证明人及电话</th></tr></thead>
  ${recent(p.work).map((j, i) => `<tr><td>${fd(j.start, 'YYYY/MM')}</td><td>${j.end ? fd(j.end, 'YYYY/MM') : '至今'}</td><td>${j.company}</td><td>${j.dept ?? ''}</td><td>${j.title}</td><td>${j.leaving ?? '—'}</td><td>${refs[i][0]}<br>${refs[i][1]}</td></tr><tr><td colspan="7" style="color:#333">工作描述：${j.duties.join('；')}</td></tr>`).join('')}</table>
  <table><tr><th colspan="5" class="s">教育经历</th></tr><tr><th>开始时间</th><th>结束时间</th><th>学校</th><th>专业/学历</th><th>是否统招</th></tr>${p.education.map((d, i) => `<tr><td>${fd(d.start, 'YYYY/MM')}</td><td>${fd(d.end, 'YYYY/MM')}</td><td>${d.school}</td><td>${d.award}</td><td>${i === 0 ? '是' : '否'}</td></tr>`).join('')}</table>
  <table><tr><th colspan="2" class="s">专业技能</th></tr><tr><th style="width:40%">技能名称</th><th>熟练程度</th></tr>${skill(p).map((s, i) => `<tr><td>${s}</td><td>${['精通', '精通', '精通', '熟练', '熟练', '熟练', '一般'][i]}</td></tr>`).join('')}</table>
  <table><tr><th colspan="2" class="s">证书与语言</th></tr><tr><td>证书</td><td>${p.certificates.join('；')}</td></tr><tr><td>语言</td><td>${p.languages.join('；')}</td></tr></table>
  <p>本人承诺以上信息真实有效，如有虚假，愿承担相应责任。&nbsp;&nbsp;&nbsp; 签名：__________ &nbsp; 日期：2026年11月3日</p>`, 'zh');
}

/** 国家大学生就业服务平台 (24365) 简历 print: 实习经历 table, oldest first; skills as tags. */
export function ncss(p: Person): string {
  const x = p.extra!;
  const css = `body{font:10pt ${CJK},sans-serif} .top{display:flex;justify-content:space-between;border-bottom:3px solid #c5161d;padding-bottom:6px} .top b{font-size:18pt}
  h2{font-size:11.5pt;color:#c5161d;border-left:4px solid #c5161d;padding-left:6px;margin:14px 0 6px} table{width:100%} td,th{border:1px solid #c9c9c9;padding:5px} th{background:#fbeeee;font-weight:normal}
  .tag{display:inline-block;border:1px solid #c5161d;color:#c5161d;border-radius:10px;padding:1px 8px;margin:2px 4px 2px 0;font-size:9pt}`;
  return page(css, `<div class="top"><div><b>${p.name}</b><br>男 ｜ ${x.民族} ｜ ${x.政治面貌} ｜ ${p.education[0].school} · 环境工程 · 本科 · 2026届</div><div style="text-align:right">国家大学生就业服务平台<br><span style="font-size:8.5pt;color:#777">简历更新于 2026-04-10</span></div></div>
  <h2>基本信息</h2><table><tr><th>手机号码</th><td>${p.phoneShown[0]}</td><th>电子邮箱</th><td>${p.email}</td></tr><tr><th>出生年月</th><td>${fd(p.born.slice(0, 7), 'YYYY年MM月')}</td><th>生源地</th><td>甘肃省临夏回族自治州</td></tr><tr><th>求职意向</th><td colspan="3">环境监测 / 水务 / 环评技术员 ｜ 意向城市：兰州、张掖、西宁</td></tr></table>
  <h2>教育经历</h2><table><tr><th>时间</th><th>学校</th><th>专业</th><th>学历</th></tr>${p.education.map((d) => `<tr><td>${fd(d.start, 'YYYY.MM')}-${fd(d.end, 'YYYY.MM')}</td><td>${d.school}</td><td>环境工程</td><td>本科</td></tr>`).join('')}</table>
  <h2>实习经历</h2><table><tr><th>实习单位</th><th>实习岗位</th><th>开始时间</th><th>结束时间</th><th>实习内容</th></tr>${p.work.map((j) => `<tr><td>${j.company}</td><td>${j.title}</td><td>${fd(j.start, 'YYYY-MM')}</td><td>${j.end ? fd(j.end, 'YYYY-MM') : '至今'}</td><td>${j.duties[0]}</td></tr>`).join('')}</table>
  <h2>校园经历</h2><p>2023.09-2025.06 资源环境学院学生会 实践部 干事、副部长：组织“保护母亲河”志愿活动 6 次。</p>
  <h2>技能特长</h2><div>${skill(p).map((s) => `<span class="tag">${s}</span>`).join('')}</div>
  <h2>证书</h2><p>${p.certificates.join('；')}；${p.languages.join('；')}</p>
  <h2>自我评价</h2><p>踏实肯干，能吃苦，熟悉水质采样和实验室检测流程，愿意到基层一线工作。</p>`, 'zh');
}

/** FESCO-style bilingual 应聘人员信息表 / Candidate Information Form: employer and position in one cell, period joined. */
export function fesco(p: Person): string {
  const css = `body{font:9.5pt 'Liberation Sans',${CJK},sans-serif} .h{text-align:center} .h b{font-size:15pt} table{width:100%;margin:6px 0 10px} td,th{border:1px solid #333;padding:4px 6px;vertical-align:top} th{background:#dde7f0;font-weight:normal;text-align:left}
  .sec{background:#2f5597;color:#fff;font-weight:bold} .ph{width:25mm;height:32mm;text-align:center;vertical-align:middle;color:#888}`;
  return page(css, `<div class="h"><b>应聘人员信息表</b><br><b style="font-size:12pt">Candidate Information Form</b><br><span style="font-size:8.5pt">北京外企人力资源服务有限公司 · 派遣岗位 Dispatch position：外国驻华机构 活动协调 Events Coordinator</span></div>
  <table><tr><td colspan="5" class="sec">个人信息 Personal Information</td></tr>
  <tr><th>中文姓名 Chinese name</th><td>${p.name}</td><th>英文名 English name</th><td>${p.latin}</td><td rowspan="4" class="ph">照片<br>Photo</td></tr>
  <tr><th>出生日期 Date of birth</th><td>${dob(p, 'YYYY年M月D日')}</td><th>性别 Gender</th><td>女 Female</td></tr>
  <tr><th>手机 Mobile</th><td>${p.phoneShown[2]}</td><th>邮箱 E-mail</th><td>${p.email}</td></tr>
  <tr><th>户口 Hukou</th><td>福建厦门 Xiamen</td><th>婚姻 Marital status</th><td>未婚 Single</td></tr>
  <tr><th>现住址 Address</th><td colspan="4">${p.address.join('')}</td></tr></table>
  <table><tr><td colspan="3" class="sec">工作经历 Work Experience（最近的工作在前 Most recent first）</td></tr>
  <tr><th style="width:24%">时间 Period</th><th style="width:38%">单位 / 职位 Employer / Position</th><th>工作内容 Responsibilities</th></tr>
  ${recent(p.work).map((j) => `<tr><td>${fd(j.start, 'YYYY.MM')} – ${j.end ? fd(j.end, 'YYYY.MM') : '至今 Present'}</td><td><b>${j.company}</b><br>${j.title} ${j.titleEn}</td><td>${j.duties.join('; ')}</td></tr>`).join('')}</table>
  <table><tr><td colspan="3" class="sec">教育背景 Education</td></tr>${p.education.map((d) => `<tr><td style="width:24%">${fd(d.start, 'YYYY.MM')} – ${fd(d.end, 'YYYY.MM')}</td><td style="width:38%">${d.school}</td><td>${d.award}</td></tr>`).join('')}</table>
  <table><tr><td colspan="2" class="sec">技能 Skills</td></tr><tr><td colspan="2">${skill(p, true).join('；')}</td></tr><tr><th style="width:24%">语言 Languages</th><td>${p.languages.join('; ')}</td></tr></table>
  <table><tr><td class="sec">声明 Declaration</td></tr><tr><td>本人保证以上信息真实。I confirm the information above is true.<br><br>签名 Signature: ____________ &nbsp;&nbsp;&nbsp; 日期 Date: 2026-11-06</td></tr></table>`, 'zh');
}

/** Dayforce candidate "Application review" print: each job a three-column label grid block; current flag. */
export function dayforce(p: Person): string {
  const css = `body{font:9.5pt 'Liberation Sans',${CJK},Arial,sans-serif} .brand{color:#0d5fa6;font-weight:bold;font-size:13pt} h1{font-size:15pt;margin:4px 0} h3{margin:12px 0 5px;font-size:10.5pt;border-bottom:1px solid #0d5fa6;color:#0d5fa6}
  table{width:100%} .job{border:1px solid #ccd;margin-bottom:6px;page-break-inside:avoid} .job td{padding:3px 6px;vertical-align:top;width:33%} .lab{color:#667;font-size:8pt;display:block} .kv td{padding:3px 6px;border-bottom:1px solid #eee}`;
  return page(css, `<div class="brand">Dayforce · Recruiting</div><h1>Application Review – ${p.latin} (${p.name})</h1>
  <div>Job posting: Regional Quality Director, APAC (JP-00731) · Candidate ID 5582014 · Status: Applied · 2026-11-12</div>
  <h3>Contact</h3><table class="kv"><tr><td>Email</td><td>${p.email}</td><td>Mobile</td><td>${p.phoneShown[1]}</td></tr><tr><td>Address</td><td colspan="3">${p.address.join('')}, China</td></tr></table>
  <h3>Work Experience</h3>${recent(p.work).map((j) => `<table class="job"><tr><td><span class="lab">Employer</span>${e(j.company)}</td><td><span class="lab">Job title</span>${e(j.titleEn!)}</td><td><span class="lab">Location</span>Suzhou, Jiangsu</td></tr>
   <tr><td><span class="lab">From</span>${fd(j.start, 'MM/YYYY')}</td><td><span class="lab">To</span>${j.end ? fd(j.end, 'MM/YYYY') : '—'}</td><td><span class="lab">Currently employed here</span>${j.end ? 'No' : 'Yes'}</td></tr>
   <tr><td colspan="3"><span class="lab">Description</span>${e(j.duties.join('. '))}.</td></tr></table>`).join('')}
  <h3>Education</h3><table class="kv">${p.education.map((d) => `<tr><td>${d.school}</td><td>${d.award}</td><td>${fd(d.start, 'MM/YYYY')} – ${fd(d.end, 'MM/YYYY')}</td></tr>`).join('')}</table>
  <h3>Skills</h3><table class="kv">${skill(p).map((s) => `<tr><td>${e(s)}</td></tr>`).join('')}</table>
  <h3>Certifications</h3><table class="kv">${p.certificates.map((c) => `<tr><td>${e(c)}</td></tr>`).join('')}</table>`);
}

// ---------------- single / two-column ----------------

/** Hugo/Wowchemy "Academic" résumé page print: centred header with icons-as-text, experience cards. */
export function wowchemy(p: Person): string {
  const css = `body{font:10.5pt 'DejaVu Sans',sans-serif;color:#333} .hd{text-align:center;margin-bottom:10px} .hd h1{font-size:22pt;margin:0;font-weight:600} .hd .r{color:#1565c0}
  h2{font-size:13pt;margin:18px 0 8px;font-weight:600} .exp{border-left:2px solid #1565c0;padding:2px 0 6px 12px;margin-bottom:8px} .exp .t{font-weight:600} .exp .d{color:#777;font-size:9.5pt} .exp p{margin:3px 0}
  .sk span{display:inline-block;background:#e3f2fd;border-radius:3px;padding:2px 7px;margin:2px;font-size:9.5pt}`;
  return page(css, `<div class="hd"><h1>${e(p.latin)}</h1><div class="r">Head of Compliance &amp; MLRO · Harbourline Capital</div><div>✉ ${e(p.email)} · ☎ ${e(p.phoneShown[1])} · Dublin, Ireland</div></div>
  <p>${e(p.summary)} I write about fund regulation and AML at my blog.</p>
  <h2>Experience</h2>${recent(p.work).map((j) => `<div class="exp"><div class="t">${e(j.title)}</div><div>${e(j.company)}</div><div class="d">${range(j, 'Mon YYYY', ' – ', 'Present')} · ${e(j.town)}</div><p>${e(j.duties.join('. '))}.</p></div>`).join('')}
  <h2>Education</h2>${p.education.map((d) => `<div class="exp"><div class="t">${e(d.award)}</div><div>${e(d.school)}</div><div class="d">${y(d.start)} – ${y(d.end)}</div></div>`).join('')}
  <h2>Skills</h2><div class="sk">${skill(p).map((s) => `<span>${e(s)}</span>`).join('')}</div>
  <h2>Accomplishments</h2><p>${p.certificates.map(e).join(' · ')}</p><h2>Languages</h2><p>${p.languages.map(e).join(' · ')}</p>`);
}

/** classicthesis-cv (LaTeX) look: dates in a narrow left margin column in small caps, serif body. */
export function classicthesis(p: Person): string {
  const css = `body{font:10.5pt 'Liberation Serif',serif} h1{font-variant:small-caps;letter-spacing:2px;font-weight:normal;font-size:20pt;margin:0 0 4px} .c{color:#555;margin-bottom:8px}
  h2{font-variant:small-caps;letter-spacing:1.5px;font-weight:normal;font-size:12.5pt;color:#8b1a1a;margin:16px 0 6px} .row{display:grid;grid-template-columns:30mm 1fr;gap:4mm;margin-bottom:6px} .row .dt{text-align:right;font-variant:small-caps;color:#444}
  .row i{color:#333} .row p{margin:2px 0}`;
  const row = (dt: string, body: string) => `<div class="row"><div class="dt">${dt}</div><div>${body}</div></div>`;
  return page(css, `<h1>${e(p.latin)}</h1><div class="c">Curriculum Vitæ · ${e(p.address.join(', '))} · ${e(p.phoneShown[0])} · ${e(p.email)}</div>
  <h2>Personal Information</h2>${row('Born', `${dob(p, 'D Month YYYY')}, Kathmandu`)}${row('Nationality', 'Nepali')}
  <h2>Work Experience</h2>${recent(p.work).map((j) => row(`${fd(j.start, 'Mon YYYY')} – ${fd(j.end, 'Mon YYYY', 'present')}`, `<b>${e(j.title)}</b>, <i>${e(j.company)}</i>, ${e(j.town)}.<p>${e(j.duties.join('; '))}.</p>`)).join('')}
  <h2>Education</h2>${p.education.map((d) => row(`${y(d.start)} – ${y(d.end)}`, `<b>${e(d.award)}</b>, <i>${e(d.school)}</i>, ${e(d.town)}.`)).join('')}
  <h2>Computer and Technical Skills</h2>${row('Skills', skill(p, true).map(e).join(', '))}
  <h2>Languages</h2>${row('', p.languages.map(e).join(' · '))}
  <h2>Memberships</h2>${row('', p.certificates.map(e).join('<br>'))}`);
}

/** Microsoft Create "teacher résumé" two-column: coloured left column with contact and skills, main right column. */
export function msCreateTeacher(p: Person): string {
  const css = `body{font:10pt 'Liberation Sans',Arial,sans-serif} .g{display:grid;grid-template-columns:60mm 1fr;gap:7mm} .l{background:#f3ead8;padding:8mm 5mm;min-height:255mm}
  .l h1{font-size:20pt;line-height:1.1;margin:0 0 6mm;color:#7a4e1d} .l h3,.r h3{font-size:10.5pt;text-transform:uppercase;letter-spacing:1px;color:#7a4e1d;margin:14px 0 5px} .l ul{padding-left:14px;margin:0} .r{padding-top:8mm}
  .r .j{margin-bottom:10px} .r .j b{display:block} .r .d{color:#666;font-size:9pt}`;
  return page(css, `<div class="g"><div class="l"><h1>${e(p.given!)}<br>${e(p.family!)}</h1><div>Science Educator</div>
  <h3>Contact</h3><div>${e(p.phoneShown[0])}<br>${e(p.email)}<br>${e(p.address.slice(1).join(', '))}</div>
  <h3>Skills</h3><ul>${skill(p).map((s) => `<li>${e(s)}</li>`).join('')}</ul>
  <h3>Languages</h3><div>${p.languages.map(e).join('<br>')}</div></div>
  <div class="r"><h3>Profile</h3><p>${e(p.summary)} Passionate about hands-on, inquiry-led science for every learner.</p>
  <h3>Experience</h3>${recent(p.work).map((j) => `<div class="j"><b>${e(j.title)}</b>${e(j.company)} · ${e(j.town)}<div class="d">${range(j, 'Month YYYY', ' – ', 'Present')}</div><ul>${j.duties.map((d) => `<li>${e(d)}</li>`).join('')}</ul></div>`).join('')}
  <h3>Education</h3>${p.education.map((d) => `<div class="j"><b>${e(d.award)}</b>${e(d.school)}, ${e(d.town)}<div class="d">${y(d.end)}</div></div>`).join('')}
  <h3>Certification</h3><div>${p.certificates.map(e).join('<br>')}</div></div></div>`);
}

/** 简历本-style single-column Chinese résumé: header band with info grid, 工作经历 entries with 时间 on the right. */
export function jianliben(p: Person): string {
  const x = p.extra!;
  const css = `body{font:10.5pt ${CJK},sans-serif;color:#333} .hd{background:#34495e;color:#fff;padding:10px 14px;display:flex;justify-content:space-between} .hd b{font-size:20pt}
  h2{font-size:12pt;color:#34495e;border-bottom:2px solid #34495e;margin:14px 0 6px;padding-bottom:2px} .it{display:flex;justify-content:space-between;font-weight:bold;margin-top:6px} .it span:last-child{font-weight:normal;color:#666}
  .grid{display:grid;grid-template-columns:1fr 1fr;gap:2px 20px;margin-top:6px}`;
  return page(css, `<div class="hd"><div><b>${p.name}</b><br>求职意向：乡村振兴 / 农业农村管理</div><div style="text-align:right">${p.phoneShown[2]}<br>${p.email}</div></div>
  <div class="grid"><div>出生年月：${fd(p.born.slice(0, 7), 'YYYY.MM')}</div><div>籍　　贯：${x.籍贯}</div><div>政治面貌：中共党员</div><div>现居住地：${p.address.join('')}</div></div>
  <h2>教育背景</h2>${p.education.map((d) => `<div class="it"><span>${d.school}　${d.award}</span><span>${fd(d.start, 'YYYY.MM')}-${fd(d.end, 'YYYY.MM')}</span></div>`).join('')}
  <h2>工作经历</h2>${recent(p.work).map((j) => `<div class="it"><span>${j.company}　${j.title}</span><span>${fd(j.start, 'YYYY.MM')}-${j.end ? fd(j.end, 'YYYY.MM') : '至今'}</span></div><div>${j.duties.join('；')}。</div>`).join('')}
  <h2>专业技能</h2><div>${skill(p).map((s) => `● ${s}`).join('　　')}</div>
  <h2>荣誉奖励</h2><div>全市脱贫攻坚先进个人（2016）；全省乡村振兴工作先进工作者（2021）</div>
  <h2>自我评价</h2><div>${p.summary}熟悉基层治理，组织协调能力强。</div>`, 'zh');
}

/** 高校教师个人主页 print: breadcrumb, 基本信息, 教育经历 / 工作经历 lists, 研究方向. */
export function facultyPage(p: Person): string {
  const css = `body{font:10.5pt ${CJK},sans-serif} .bc{font-size:8.5pt;color:#777;border-bottom:1px solid #ddd;padding-bottom:4px} .top{display:flex;gap:16px;margin:10px 0} .ph{width:28mm;height:36mm;border:1px solid #bbb;display:flex;align-items:center;justify-content:center;color:#999}
  .top h1{margin:0 0 6px;font-size:18pt;color:#0a4f8f} h2{font-size:12pt;background:#0a4f8f;color:#fff;padding:3px 8px;margin:14px 0 6px} ul{margin:0;padding-left:18px} li{margin:2px 0}`;
  return page(css, `<div class="bc">江淮理工大学 教师个人主页 &gt; 材料科学与工程学院 &gt; ${p.name}</div>
  <div class="top"><div class="ph">照片</div><div><h1>${p.name}</h1><div>副教授　硕士生导师</div><div>所在单位：材料科学与工程学院</div><div>学科：材料科学与工程</div><div>电子邮箱：${p.email}</div><div>联系电话：${p.phoneShown[0]}</div><div>办公地点：材料楼 B-417</div></div></div>
  <h2>个人简介</h2><p>${p.name}，女，1984年生，工学博士，${p.summary}主持国家自然科学基金面上项目 1 项、省部级项目 2 项。</p>
  <h2>教育经历</h2><ul>${p.education.map((d) => `<li>${fd(d.start, 'YYYY.MM')}-${fd(d.end, 'YYYY.MM')}　${d.school}　${d.award}</li>`).join('')}</ul>
  <h2>工作经历</h2><ul>${recent(p.work).map((j) => `<li>${fd(j.start, 'YYYY.MM')}-${j.end ? fd(j.end, 'YYYY.MM') : '至今'}　${j.company}　${j.dept ?? ''}　${j.title}</li>`).join('')}</ul>
  <h2>研究方向</h2><ul><li>锂离子电池与固态电池电极材料</li><li>能源材料的第一性原理计算</li></ul>
  <h2>研究方法与技能</h2><p>${skill(p, true).join('、')}</p>
  <h2>招生信息</h2><p>每年招收硕士研究生 2–3 名，欢迎材料、物理、化学背景的同学报考。</p>`, 'zh');
}

/** 图怪兽-style two-column Chinese résumé: dark left column (照片, 联系方式, 技能), right column 经历. */
export function tuguaishou(p: Person): string {
  const css = `body{font:10pt ${CJK},sans-serif} .g{display:grid;grid-template-columns:62mm 1fr;min-height:262mm} .l{background:#23395d;color:#fff;padding:8mm 6mm} .r{padding:8mm 0 0 8mm}
  .ph{width:30mm;height:38mm;border:2px solid #fff;margin:0 auto 6mm;display:flex;align-items:center;justify-content:center} .l h1{text-align:center;font-size:20pt;margin:0 0 2mm} .l h3{border-bottom:1px solid #9fb3d1;font-size:11pt;margin:7mm 0 3mm;padding-bottom:2px}
  .r h3{font-size:12pt;color:#23395d;border-bottom:2px solid #23395d;margin:0 0 4mm;padding-bottom:2px} .j{margin-bottom:4mm} .j .a{display:flex;justify-content:space-between;font-weight:bold} .bar{height:5px;background:#9fb3d1;margin:2px 0 6px}`;
  return page(css, `<div class="g"><div class="l"><div class="ph">照片</div><h1>${p.name}</h1><div style="text-align:center">行业协会秘书长 / 供应链管理</div>
  <h3>个人信息</h3><div>年龄：45岁<br>籍贯：${p.extra!.籍贯}<br>电话：${p.phoneShown[0]}<br>邮箱：${p.email}<br>地址：广州市天河区</div>
  <h3>专业技能</h3>${skill(p).map((s) => `<div>${s}</div><div class="bar"></div>`).join('')}
  <h3>语言能力</h3><div>${p.languages.join('<br>')}</div></div>
  <div class="r"><h3>工作经历</h3>${recent(p.work).map((j) => `<div class="j"><div class="a"><span>${j.company}</span><span>${fd(j.start, 'YYYY.MM')} - ${j.end ? fd(j.end, 'YYYY.MM') : '至今'}</span></div><div>${j.title}</div><div>${j.duties.join('；')}。</div></div>`).join('')}
  <h3 style="margin-top:6mm">教育背景</h3>${p.education.map((d) => `<div class="j"><div class="a"><span>${d.school}</span><span>${fd(d.start, 'YYYY.MM')} - ${fd(d.end, 'YYYY.MM')}</span></div><div>${d.award}</div></div>`).join('')}
  <h3 style="margin-top:6mm">证书</h3><div>${p.certificates.join('；')}</div>
  <h3 style="margin-top:6mm">自我评价</h3><div>${p.summary}资源整合和沟通能力强。</div></div></div>`, 'zh');
}

/** Microsoft Office 中文简历模板 ("简洁通用") single column with 个人信息 table-free header. */
export function officeZh(p: Person): string {
  const x = p.extra!;
  const css = `body{font:10.5pt ${CJK},sans-serif;line-height:1.55} h1{font-size:22pt;margin:0;color:#2e74b5} .i{color:#444;margin-bottom:6px}
  h2{font-size:12pt;color:#2e74b5;margin:14px 0 4px} h2::after{content:'';display:block;border-bottom:1px solid #2e74b5;margin-top:2px} .r{display:flex;justify-content:space-between} .r b{font-weight:bold}`;
  return page(css, `<h1>${p.name}</h1><div class="i">女 ｜ ${fd(p.born.slice(0, 7), 'YYYY年MM月')}生 ｜ ${x.政治面貌} ｜ ${p.phoneShown[0]} ｜ ${p.email}</div><div class="i">${p.address.join('')}</div>
  <h2>求职意向</h2><div>社区治理 / 行政财务类岗位</div>
  <h2>工作经历</h2>${recent(p.work).map((j) => `<div class="r"><b>${j.company} · ${j.title}</b><span>${fd(j.start, 'YYYY年M月')}—${j.end ? fd(j.end, 'YYYY年M月') : '至今'}</span></div><div>${j.duties.join('；')}。</div>`).join('')}
  <div style="color:#666">（2016年7月—2017年8月：${p.gaps![0].note}）</div>
  <h2>教育背景</h2>${p.education.map((d) => `<div class="r"><b>${d.school} · ${d.award}</b><span>${fd(d.start, 'YYYY年M月')}—${fd(d.end, 'YYYY年M月')}</span></div>`).join('')}
  <h2>技能</h2><ul>${skill(p).map((s) => `<li>${s}</li>`).join('')}</ul>
  <h2>证书</h2><div>${p.certificates.join('；')}</div>`, 'zh');
}

/** Resumonk-style two-column English résumé with Chinese name; right-hand column of skills/languages. */
export function resumonk(p: Person): string {
  const css = `body{font:10pt 'Liberation Sans',${CJK},sans-serif} .hd{border-bottom:4px solid #e8543d;padding-bottom:6px;margin-bottom:10px} .hd h1{margin:0;font-size:22pt} .hd h1 small{font-size:14pt;color:#666;margin-left:8px}
  .g{display:grid;grid-template-columns:1fr 58mm;gap:8mm} h2{font-size:11pt;text-transform:uppercase;color:#e8543d;letter-spacing:1px;margin:10px 0 5px} .j{margin-bottom:9px} .j .t{font-weight:bold} .j .m{color:#666;font-size:9pt} .side div{margin-bottom:3px}`;
  return page(css, `<div class="hd"><h1>${e(p.latin)}<small>${p.name}</small></h1><div>Chinese–English Interpreter &amp; Translator · ${e(p.phoneShown[1])} · ${e(p.email)} · Shenzhen, China</div></div>
  <div class="g"><div><h2>Summary</h2><p>${e(p.summary)} 14 years of experience across manufacturing, trade fairs and international conferences.</p>
  <h2>Experience</h2>${recent(p.work).map((j) => `<div class="j"><div class="t">${e(j.titleEn!)} — ${e(j.company)}</div><div class="m">${range(j, 'Mon YYYY', ' – ', 'Present')} · ${e(j.town)}</div><div>${e(j.duties.join('. '))}.</div></div>`).join('')}
  <h2>Education</h2>${p.education.map((d) => `<div class="j"><div class="t">${e(d.award)}</div><div class="m">${e(d.school)} · ${y(d.start)} – ${y(d.end)}</div></div>`).join('')}</div>
  <div class="side"><h2>Skills</h2>${skill(p).map((s) => `<div>▪ ${e(s)}</div>`).join('')}<h2>Languages</h2>${p.languages.map((l) => `<div>${e(l)}</div>`).join('')}<h2>Certifications</h2>${p.certificates.map((c) => `<div>${e(c)}</div>`).join('')}</div></div>`);
}

/** ProZ.com-style freelancer profile print: rates/pairs sidebar folded into single flow, "Experience" entries. */
export function proz(p: Person): string {
  const css = `body{font:9.5pt 'DejaVu Sans',${CJK},sans-serif} .top{background:#f5f5f5;border:1px solid #ddd;padding:8px 10px} .top b{font-size:15pt;color:#224488} h2{font-size:10.5pt;background:#224488;color:#fff;padding:3px 6px;margin:12px 0 5px}
  .kv{display:grid;grid-template-columns:42mm 1fr;gap:2px 6px} .kv div:nth-child(odd){color:#666}`;
  return page(css, `<div class="top"><b>${e(p.latin)} (${p.name})</b><br>Chinese to English · English to Chinese interpreter and translator · Shenzhen, Guangdong, China · Local time: GMT+8<br>ProZ.com member since 2013 · Native in Chinese</div>
  <h2>Contact</h2><div class="kv"><div>Email</div><div>${e(p.email)}</div><div>Mobile / WhatsApp</div><div>${e(p.phoneShown[0])}</div></div>
  <h2>Language pairs</h2><div>English to Chinese · Chinese to English · Cantonese (interpreting only)</div>
  <h2>Specializes in</h2><div>Electronics / Elect Eng · Trade fairs and exhibitions · Business / Commerce · Engineering (general)</div>
  <h2>Software</h2><div>SDL TRADOS, memoQ, Microsoft Office, Aegisub</div>
  <h2>Experience</h2><div>Years of experience: 14. Registered at ProZ.com: Mar 2013. Certified: CATTI Level 2 (interpreting, translation).</div>
  <h2>Professional history</h2>${recent(p.work).map((j) => `<div class="kv" style="margin-bottom:5px"><div>${fd(j.start, 'Mon YYYY')} – ${fd(j.end, 'Mon YYYY', 'present')}</div><div><b>${e(j.company)}</b>, ${e(j.titleEn!)}. ${e(j.duties[0])}.</div></div>`).join('')}
  <h2>Skills</h2><div>${skill(p).map(e).join(' · ')}</div>
  <h2>Education</h2><div>${p.education.map((d) => `${e(d.school)}, ${e(d.award)} (${y(d.end)})`).join('')}</div>
  <h2>Bio</h2><div>I am a conference and trade interpreter based in Shenzhen, working mainly in electronics, machinery and exhibitions. Glossaries available on request.</div>`);
}

/** Jekyll "online-cv"-style two-column page: left profile card, right timeline-free sections. */
export function jekyllCv(p: Person): string {
  const css = `body{font:10pt 'DejaVu Sans',${CJK},sans-serif;color:#333} .g{display:grid;grid-template-columns:58mm 1fr;gap:6mm} .l{background:#2c3e50;color:#eee;padding:6mm 5mm;border-radius:4px;min-height:255mm}
  .l h1{font-size:17pt;color:#fff;margin:0} .l h4{margin:10px 0 3px;color:#f39c12;font-size:10pt} .r h2{font-size:12pt;border-bottom:2px solid #f39c12;margin:4px 0 6px;padding-bottom:2px} .e{margin-bottom:8px} .e .t{font-weight:bold} .e .s{color:#888;font-size:9pt}`;
  return page(css, `<div class="g"><div class="l"><h1>${e(p.latin)}</h1><div>${p.name}</div><div style="margin-top:4px">Quality &amp; Regulatory Manager</div>
  <h4>Contact</h4><div>${e(p.email)}<br>${e(p.phoneShown[2])}<br>Suzhou, China</div><h4>Languages</h4><div>${p.languages.map(e).join('<br>')}</div><h4>Certifications</h4><div>${p.certificates.map(e).join('<br>')}</div></div>
  <div class="r"><h2>About</h2><p>${e(p.summary)} Fifteen years in quality engineering and QMS ownership.</p>
  <h2>Experience</h2>${recent(p.work).map((j) => `<div class="e"><div class="t">${e(j.titleEn!)}</div><div>${e(j.company)}</div><div class="s">${range(j, 'Mon YYYY', ' - ', 'Present')}</div><div>${e(j.duties.join('. '))}.</div></div>`).join('')}
  <h2>Education</h2>${p.education.map((d) => `<div class="e"><div class="t">${e(d.award)}</div><div class="s">${e(d.school)}, ${y(d.start)} - ${y(d.end)}</div></div>`).join('')}
  <h2>Skills</h2><p>${skill(p, true).map(e).join(', ')}</p></div></div>`);
}

/** 石墨文档 (Shimo Docs) print: document title, plain headings, bilingual résumé with bullet lists, page footer. */
export function shimo(p: Person): string {
  const css = `body{font:10.5pt ${CJK},'Liberation Sans',sans-serif;line-height:1.6} .meta{font-size:8pt;color:#999;border-bottom:1px solid #eee;margin-bottom:10px} h1{font-size:20pt;margin:0} h2{font-size:13pt;margin:14px 0 4px} ul{margin:2px 0;padding-left:20px}`;
  return page(css, `<div class="meta">黄美玲_简历_2026 · 最近修改于 2026年11月12日</div>
  <h1>${p.name} Meiling Huang</h1><div>手机 Mobile：${p.phoneShown[1]}　邮箱 Email：${p.email}　现居 Based in：天津滨海新区 Tianjin</div>
  <h2>工作经历 Work Experience</h2>${recent(p.work).map((j) => `<p style="margin:6px 0 0"><b>${j.company}</b>　${j.title} ${j.titleEn}　<span style="color:#666">${fd(j.start, 'YYYY.MM')} – ${j.end ? fd(j.end, 'YYYY.MM') : '至今'}</span></p><ul>${j.duties.map((d) => `<li>${e(d)}</li>`).join('')}</ul>`).join('')}
  <h2>教育背景 Education</h2>${p.education.map((d) => `<p style="margin:4px 0"><b>${d.school}</b>　${d.award}　<span style="color:#666">${fd(d.start, 'YYYY.MM')} – ${fd(d.end, 'YYYY.MM')}</span></p>`).join('')}
  <h2>技能 Skills</h2><ul>${skill(p).map((s) => `<li>${e(s)}</li>`).join('')}</ul>
  <h2>语言与证书 Languages &amp; Certificates</h2><p>${p.languages.join('；')}；${p.certificates.join('；')}</p>`, 'zh');
}
