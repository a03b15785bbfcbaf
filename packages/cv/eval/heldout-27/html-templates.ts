/** heldout-27 HTML templates printed by Chromium, and the plain-text documents. */
import type { Person } from './people.ts';
import { esc as e, fd, monthsOf, newestFirst, range, skillItems } from './lib.ts';

const ZH = `'SimSun','WenQuanYi Zen Hei','Droid Sans Fallback',sans-serif`;
const page = (css: string, body: string, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>*{box-sizing:border-box}body{margin:0}table{border-collapse:collapse}${css}</style></head><body>${body}</body></html>`;

// ---------- tables (ATS / job-board printouts) ----------

/** p01 – SmartRecruiters-style application print: labels above values, one block per position. */
function smartrecruiters(p: Person): string {
  const css = `body{font:10pt Arial,sans-serif;color:#222}.top{font-size:8pt;color:#777;display:flex;justify-content:space-between;border-bottom:1px solid #ccc;padding-bottom:4px}
  h1{font-size:18pt;margin:10px 0 2px}h2{font-size:11pt;background:#f0f3f7;padding:5px 8px;margin:14px 0 6px;border-left:4px solid #2d6cdf}
  table{width:100%}td{vertical-align:top;padding:4px 8px;border-bottom:1px solid #e3e3e3}.l{font-size:7.5pt;color:#6b7280;text-transform:uppercase;letter-spacing:.3px}.v{font-size:10pt}`;
  const f = (l: string, v: string, span = 1) => `<td colspan="${span}"><div class="l">${l}</div><div class="v">${e(v)}</div></td>`;
  const jobs = newestFirst(p).map((j) => `<table style="margin-bottom:8px;border:1px solid #ddd"><tr>${f('Title', j.title)}${f('Company', j.company)}</tr>
    <tr>${f('Office location', j.town + ', Rwanda')}${f('From – To', range(j, 'mm/yyyy', ' – ', 'Current'))}</tr><tr>${f('Description', j.duties.join('. ') + '.', 2)}</tr></table>`).join('');
  return page(css, `<div class="top"><span>Application | Agronomy Lead – Western Province</span><span>Printed 04/11/2026 09:12</span></div>
  <h1>${e(p.name)}</h1><div style="color:#555">Applied 29/10/2026 · Source: Company career site · Status: Screening</div>
  <h2>Personal information</h2><table><tr>${f('First name', p.given)}${f('Last name', 'Mukamana')}${f('Email', p.email)}</tr>
  <tr>${f('Phone', p.phoneLocal)}${f('Location', 'Kigali, Rwanda')}${f('Willing to relocate', 'Yes')}</tr></table>
  <h2>Experience</h2>${jobs}
  <h2>Education</h2><table>${p.education.map((ed) => `<tr>${f('Institution', ed.school)}${f('Degree', ed.award)}${f('Dates', range(ed, 'mm/yyyy'))}</tr>`).join('')}</table>
  <h2>Skills</h2><div style="padding:4px 8px">${skillItems(p).map((s) => `<span style="display:inline-block;border:1px solid #c7d2fe;background:#eef2ff;border-radius:10px;padding:2px 9px;margin:2px">${e(s)}</span>`).join(' ')}</div>
  <h2>Screening questions</h2><table><tr>${f('Do you hold a valid driving licence (category B)?', 'Yes')}</tr><tr>${f('Notice period', 'One month')}</tr></table>`);
}

/** p02 – UK public-body ATS (Jobtrain-style) application form print: label column beside values, one table per job. */
function jobtrain(p: Person): string {
  const css = `body{font:9.5pt Verdana,sans-serif}h1{font-size:14pt;margin:0}h2{font-size:10.5pt;margin:14px 0 4px;color:#004b87}
  table{width:100%;margin-bottom:8px}th,td{border:1px solid #9aa5b1;padding:4px 6px;text-align:left;vertical-align:top}th{width:32%;background:#eef2f6;font-weight:bold}`;
  const jobs = newestFirst(p).map((j, i) => `<table><tr><th>Employer</th><td>${e(j.company)}</td></tr><tr><th>Job title</th><td>${e(j.title)}</td></tr>
    <tr><th>Start date</th><td>${fd(j.start, 'mm/yyyy')}</td></tr><tr><th>End date</th><td>${j.end ? fd(j.end, 'mm/yyyy') : 'Current employer'}</td></tr>
    <tr><th>Brief description of duties</th><td>${e(j.duties.join('. '))}.</td></tr><tr><th>Reason for leaving</th><td>${i === 0 ? 'N/A' : i === 2 ? 'Returned to full-time study' : 'Career progression'}</td></tr></table>`).join('');
  return page(css, `<div style="font-size:8pt;color:#666;border-bottom:2px solid #004b87;padding-bottom:4px;margin-bottom:8px">Marine Scotland Science — Application form · Ref: MSS/2026/0318 · Senior Fish Health Inspector · Candidate: ${e(p.name)}</div>
  <h1>Application Form</h1><h2>Personal details</h2><table><tr><th>Title</th><td>Mr</td></tr><tr><th>First name</th><td>${e(p.given)}</td></tr><tr><th>Surname</th><td>${e(p.surname)}</td></tr>
  <tr><th>Address</th><td>${e(p.address)}</td></tr><tr><th>Mobile number</th><td>${e(p.phoneLocal)}</td></tr><tr><th>Email address</th><td>${e(p.email)}</td></tr>
  <tr><th>Do you have the right to work in the UK?</th><td>Yes</td></tr></table>
  <h2>Employment history</h2><p style="margin:0 0 6px;font-size:8.5pt">Please start with your current or most recent employer.</p>${jobs}
  <h2>Gaps in employment</h2><table><tr><th>${fd(p.gap!.start, 'mm/yyyy')} – ${fd(p.gap!.end, 'mm/yyyy')}</th><td>${e(p.gap!.label)} (University of the Western Isles)</td></tr></table>
  <h2>Qualifications</h2><table>${p.education.map((ed) => `<tr><th>${e(ed.award)}</th><td>${e(ed.school)}, ${ed.end.slice(0, 4)}</td></tr>`).join('')}</table>
  <h2>Skills</h2><table><tr><th>Key technical skills</th><td>${skillItems(p).map(e).join('<br>')}</td></tr></table>
  <h2>Declaration</h2><p>I confirm that the information provided is accurate. <b>Electronic signature:</b> ${e(p.name)} · 27/10/2026</p>`);
}

/** p06 – Estonian job-board CV print (English interface): one row per job with a period column. */
function cvkeskus(p: Person): string {
  const css = `body{font:10pt 'Liberation Sans',Arial}header{display:flex;justify-content:space-between;align-items:center;border-bottom:3px solid #00a2e8;padding-bottom:6px}
  h1{font-size:20pt;margin:0}h2{font-size:11pt;color:#00a2e8;margin:16px 0 4px;text-transform:uppercase}table{width:100%}td,th{padding:5px;border-bottom:1px solid #ddd;vertical-align:top;text-align:left}th{font-size:8.5pt;color:#666}`;
  return page(css, `<header><div><h1>${e(p.name)}</h1><div>${e(p.headline)}</div></div><div style="text-align:right;font-size:9pt">CV no. 4471823<br>Updated 18.10.2026</div></header>
  <h2>Contact</h2><table><tr><th style="width:25%">Phone</th><td>${e(p.phoneLocal)}</td></tr><tr><th>E-mail</th><td>${e(p.email)}</td></tr><tr><th>Location</th><td>Tallinn, Harjumaa</td></tr></table>
  <h2>Work experience</h2><table><tr><th style="width:20%">Period</th><th>Company</th><th>Position</th><th style="width:14%">Duration</th></tr>
  ${newestFirst(p).map((j) => `<tr><td>${range(j, 'mm.yyyy', ' – ', 'now')}</td><td>${e(j.company)}<br><span style="color:#777;font-size:8.5pt">${e(j.town)}</span></td><td><b>${e(j.title)}</b><br><span style="font-size:8.5pt">${e(j.duties.join('; '))}</span></td><td>${Math.floor(monthsOf(j) / 12)} y ${monthsOf(j) % 12} m</td></tr>`).join('')}</table>
  <h2>Education</h2><table>${p.education.map((ed) => `<tr><td style="width:20%">${ed.start.slice(0, 4)} – ${ed.end.slice(0, 4)}</td><td>${e(ed.school)}</td><td>${e(ed.award)}</td></tr>`).join('')}</table>
  <h2>Skills</h2><table><tr><th style="width:20%">Computer skills</th><td>${skillItems(p).map(e).join(', ')}</td></tr></table>
  <h2>Languages</h2><table><tr><td>${p.languages.map(e).join(' · ')}</td></tr></table>`);
}

/** p07 – recruiter ATS (Bullhorn-style) candidate summary with a work-history grid. */
function bullhorn(p: Person): string {
  const css = `body{font:9.5pt Arial}.bar{background:#2c3e50;color:#fff;padding:8px 10px;font-size:14pt}.meta td{padding:3px 10px 3px 0}
  h3{font-size:10pt;border-bottom:2px solid #e67e22;margin:14px 0 4px;padding-bottom:2px}table.g{width:100%}.g th{background:#ecf0f1;font-size:8.5pt;text-align:left;padding:4px;border:1px solid #ccc}.g td{padding:4px;border:1px solid #ccc;vertical-align:top}`;
  return page(css, `<div style="font-size:8pt;color:#888">Atlantic Search Partners Ltd. — Candidate Summary — Confidential</div>
  <div class="bar">${e(p.name)} <span style="font-size:10pt;opacity:.8">· Candidate ID 88214 · Status: Active</span></div>
  <table class="meta" style="margin-top:6px"><tr><td><b>Mobile:</b> ${e(p.phoneLocal)}</td><td><b>Email:</b> ${e(p.email)}</td></tr><tr><td><b>Address:</b> ${e(p.address)}</td><td><b>Owner:</b> J. Pereira</td></tr>
  <tr><td><b>Current title:</b> ${e(p.work[3].title)}</td><td><b>Desired salary:</b> BMD 190,000</td></tr></table>
  <h3>Work History</h3><table class="g"><tr><th>Company</th><th>Title</th><th>Start Date</th><th>End Date</th><th>Comments</th></tr>
  ${newestFirst(p).map((j) => `<tr><td>${e(j.company)}</td><td>${e(j.title)}</td><td>${fd(j.start, 'mm/yyyy')}</td><td>${j.end ? fd(j.end, 'mm/yyyy') : ''}</td><td>${e(j.duties[0])}</td></tr>`).join('')}</table>
  <h3>Education</h3><table class="g"><tr><th>School</th><th>Degree</th><th>Graduation</th></tr>${p.education.map((ed) => `<tr><td>${e(ed.school)}</td><td>${e(ed.award)}</td><td>${fd(ed.end, 'mm/yyyy')}</td></tr>`).join('')}</table>
  <h3>Skills</h3><table class="g"><tr><th>Skill</th><th>Years</th></tr>${skillItems(p).map((s, i) => `<tr><td>${e(s)}</td><td>${[8, 5, 6, 4, 7, 4, 9][i]}</td></tr>`).join('')}</table>
  <h3>Certifications</h3><p>${p.certs.map(e).join('; ')}</p>
  <h3>Notes</h3><p>Met in person 15/10. Open to senior pricing roles on island only. References on file.</p>`);
}

/** p08 – 汇博人才网 简历打印: labelled grid for basics, one block per job. */
function huibo(p: Person): string {
  const css = `body{font:10pt ${ZH};color:#333}.hd{border-bottom:3px solid #e4393c;display:flex;justify-content:space-between;padding-bottom:5px}
  h2{font-size:11.5pt;color:#e4393c;margin:14px 0 6px}table{width:100%}td{border:1px solid #ddd;padding:5px 7px;vertical-align:top}.k{background:#f7f7f7;width:15%;color:#666}.job{border:1px solid #ddd;margin-bottom:8px}.job div{padding:4px 8px}`;
  return page(css, `<div class="hd"><b style="font-size:13pt">汇博人才网 · 个人简历</b><span style="font-size:8.5pt;color:#888">简历编号：HB20260917331 · 更新于 2026-10-28</span></div>
  <h2>基本信息</h2><table><tr><td class="k">姓名</td><td>${e(p.name)}</td><td class="k">性别</td><td>男</td><td rowspan="4" style="width:16%;text-align:center;color:#aaa">照片</td></tr>
  <tr><td class="k">年龄</td><td>40岁</td><td class="k">工作年限</td><td>18年</td></tr><tr><td class="k">手机</td><td>${e(p.phoneLocal)}</td><td class="k">邮箱</td><td>${e(p.email)}</td></tr>
  <tr><td class="k">现居地</td><td colspan="3">${e(p.address)}</td></tr></table>
  <h2>求职意向</h2><table><tr><td class="k">期望职位</td><td>运营总监 / 区域总经理</td><td class="k">期望地点</td><td>重庆、成都</td></tr><tr><td class="k">期望月薪</td><td>30000-40000元</td><td class="k">到岗时间</td><td>1个月内</td></tr></table>
  <h2>工作经历</h2>${newestFirst(p).map((j) => `<div class="job"><div style="background:#f7f7f7"><b>${e(j.company)}</b><span style="float:right">${range(j, 'yyyy.mm', ' - ', '至今')}</span></div><div>职位：${e(j.title)}　|　地点：${e(j.town)}</div><div>工作描述：${e(j.duties.join('；'))}</div></div>`).join('')}
  <h2>教育经历</h2><table>${p.education.map((ed) => `<tr><td>${range(ed, 'yyyy.mm', ' - ')}</td><td>${e(ed.school)}</td><td>${e(ed.award)}</td></tr>`).join('')}</table>
  <h2>专业技能</h2><table><tr><td>${skillItems(p).map(e).join('<br>')}</td></tr></table>
  <h2>证书</h2><table><tr><td>${p.certs.map(e).join('；')}</td></tr></table>`, 'zh');
}

/** p09 – 智通人才网 简历: one row per job. */
function zhitong(p: Person): string {
  const css = `body{font:10pt ${ZH}}h1{font-size:17pt;margin:0}.t{color:#0a5fb4;font-weight:bold;font-size:11pt;border-bottom:1px solid #0a5fb4;margin:14px 0 6px;padding-bottom:2px}
  table{width:100%}td,th{border:1px solid #bcd;padding:5px;text-align:left;vertical-align:top}th{background:#eaf2fb;font-weight:normal;color:#345}`;
  return page(css, `<div style="font-size:8.5pt;color:#888;text-align:right">智通人才网 www.job5156.com　打印时间：2026-11-02</div>
  <h1>${e(p.name)}</h1><div>模具设计主管 · 17年经验 · 中专 · 东莞长安</div>
  <div class="t">个人信息</div><table><tr><th>手机</th><td>${e(p.phoneLocal)}</td><th>邮箱</th><td>${e(p.email)}</td></tr><tr><th>出生年月</th><td>1990年3月</td><th>户口所在地</th><td>广东汕尾</td></tr><tr><th>现居住地</th><td colspan="3">${e(p.address)}</td></tr></table>
  <div class="t">工作经验</div><table><tr><th style="width:22%">起止时间</th><th>公司名称</th><th style="width:20%">职位</th><th style="width:30%">工作内容</th></tr>
  ${newestFirst(p).map((j) => `<tr><td>${range(j, 'yyyy/mm', ' - ', '至今')}</td><td>${e(j.company)}</td><td>${e(j.title)}</td><td>${e(j.duties.join('；'))}</td></tr>`).join('')}</table>
  <div class="t">教育背景</div><table>${p.education.map((ed) => `<tr><td style="width:22%">${range(ed, 'yyyy/mm', ' - ')}</td><td>${e(ed.school)}</td><td>${e(ed.award)}</td></tr>`).join('')}</table>
  <div class="t">专业技能</div><table><tr><td>${skillItems(p).map(e).join('　|　')}</td></tr></table>
  <div class="t">证书</div><table><tr><td>${p.certs.map(e).join('；')}</td></tr></table>`, 'zh');
}

/** p10 – 齐鲁人才网 简历: labelled rows per job. */
function qilu(p: Person): string {
  const css = `body{font:10pt ${ZH}}.h{background:#1d6f42;color:#fff;padding:8px 10px;font-size:15pt}.s{font-weight:bold;margin:14px 0 5px;border-left:4px solid #1d6f42;padding-left:6px}
  table{width:100%}td{border:1px solid #cfd8d3;padding:4px 7px;vertical-align:top}.k{width:16%;background:#f1f6f3}`;
  const jobs = newestFirst(p).map((j) => `<table style="margin-bottom:6px"><tr><td class="k">时间</td><td>${fd(j.start, 'yyyy年m月')} 至 ${fd(j.end, 'yyyy年m月', '今')}</td></tr><tr><td class="k">单位名称</td><td>${e(j.company)}</td></tr><tr><td class="k">担任职位</td><td>${e(j.title)}</td></tr><tr><td class="k">工作职责</td><td>${e(j.duties.join('；'))}</td></tr></table>`).join('');
  return page(css, `<div class="h">${e(p.name)} 的简历 <span style="font-size:9pt">（齐鲁人才网 ID: QL-5528104）</span></div>
  <div class="s">基本资料</div><table><tr><td class="k">性别</td><td>女</td><td class="k">出生日期</td><td>1988-06</td></tr><tr><td class="k">学历</td><td>本科</td><td class="k">职称</td><td>执业兽医师</td></tr>
  <tr><td class="k">手机号码</td><td>${e(p.phoneLocal)}</td><td class="k">电子邮件</td><td>${e(p.email)}</td></tr><tr><td class="k">联系地址</td><td colspan="3">${e(p.address)}</td></tr></table>
  <div class="s">工作经历</div>${jobs}
  <div class="s">教育经历</div><table>${p.education.map((ed) => `<tr><td class="k">${ed.start.slice(0, 4)}-${ed.end.slice(0, 4)}</td><td>${e(ed.school)}　${e(ed.award)}</td></tr>`).join('')}</table>
  <div class="s">专业技能</div><table><tr><td>${skillItems(p).map(e).join('；')}</td></tr></table>
  <div class="s">自我评价</div><table><tr><td>${e(p.summary)}</td></tr></table>`, 'zh');
}

/** p11 – 518熊班 履歷: 工作經歷 table with a 年資 column. */
function xiongban(p: Person): string {
  const css = `body{font:10pt ${ZH}}.t{background:#ff8a00;color:#fff;padding:4px 8px;margin:14px 0 5px;font-weight:bold}table{width:100%}td,th{border:1px solid #e5c9a8;padding:5px;text-align:left;vertical-align:top}th{background:#fff4e6;font-weight:normal}`;
  return page(css, `<div style="display:flex;justify-content:space-between"><b style="font-size:16pt">${e(p.name)}</b><span style="font-size:8.5pt;color:#888">518熊班 履歷編號 A0093317 ｜ 列印日期 2026/11/03</span></div>
  <div>${e(p.headline)} ｜ 男 ｜ 37歲 ｜ 高雄市楠梓區</div>
  <div class="t">聯絡方式</div><table><tr><th>手機</th><td>${e(p.phoneLocal)}</td><th>E-mail</th><td>${e(p.email)}</td></tr><tr><th>兵役狀況</th><td>役畢</td><th>駕照</th><td>普通小型車</td></tr></table>
  <div class="t">工作經歷（總年資 14年）</div><table><tr><th>公司名稱</th><th>職務名稱</th><th>任職期間</th><th>年資</th></tr>
  ${newestFirst(p).map((j) => `<tr><td>${e(j.company)}</td><td>${e(j.title)}</td><td>${range(j, 'yyyy/mm', ' ~ ', '仍在職')}</td><td>${Math.floor(monthsOf(j) / 12)}年${monthsOf(j) % 12}個月</td></tr>`).join('')}</table>
  <div class="t">學歷</div><table>${p.education.map((ed) => `<tr><td>${e(ed.school)}</td><td>${e(ed.award)}</td><td>${range(ed, 'yyyy/mm', ' ~ ')}</td></tr>`).join('')}</table>
  <div class="t">專長技能</div><table><tr><td>${skillItems(p).map(e).join('、')}</td></tr></table>
  <div class="t">語言能力</div><table><tr><td>${p.languages.map(e).join('、')}</td></tr></table>`, 'zh-TW');
}

/** p12 – CTgoodjobs-style profile print (English interface, Chinese content). */
function ctgoodjobs(p: Person): string {
  const css = `body{font:10pt Arial,${ZH}}h1{font-size:18pt;margin:4px 0}.sec{font-weight:bold;color:#c8102e;font-size:11pt;margin:14px 0 5px;border-bottom:1px solid #c8102e}
  table{width:100%}td,th{padding:5px;border-bottom:1px solid #e2e2e2;text-align:left;vertical-align:top}th{color:#666;font-weight:normal;width:22%}`;
  return page(css, `<div style="font-size:8pt;color:#777">CTgoodjobs · My Profile · Printed on 02 Nov 2026</div><h1>${e(p.name)} <span style="font-size:12pt;color:#555">${e(p.latin!)}</span></h1>
  <table><tr><th>Mobile</th><td>+852 ${e(p.phoneLocal)}</td></tr><tr><th>Email</th><td>${e(p.email)}</td></tr><tr><th>Location</th><td>Sha Tin, New Territories</td></tr><tr><th>Expected salary</th><td>HK$55,000 / month</td></tr></table>
  <div class="sec">Work Experience</div><table><tr><th style="width:24%">Period</th><th>Company</th><th>Position</th></tr>
  ${newestFirst(p).map((j) => `<tr><td>${range(j, 'Mon yyyy', ' - ', 'Present')}</td><td>${e(j.company)}</td><td>${e(j.title)}<br><span style="font-size:8.5pt;color:#555">${e(j.duties.join('；'))}</span></td></tr>`).join('')}</table>
  <div class="sec">Education</div><table>${p.education.map((ed) => `<tr><td style="width:24%">${ed.start.slice(0, 4)} - ${ed.end.slice(0, 4)}</td><td>${e(ed.school)}</td><td>${e(ed.award)}</td></tr>`).join('')}</table>
  <div class="sec">Skills</div><table><tr><td>${skillItems(p).map(e).join(' · ')}</td></tr></table>
  <div class="sec">Languages</div><table><tr><td>${p.languages.map(e).join(' · ')}</td></tr></table>`, 'zh-HK');
}

/** p13 – Personio-style application print (English, German employer). */
function personio(p: Person): string {
  const css = `body{font:10pt Arial,${ZH};color:#1f2937}h1{font-size:17pt;margin:0}.muted{color:#6b7280;font-size:8.5pt}h2{font-size:11pt;margin:16px 0 6px}
  table{width:100%}td{padding:6px;border:1px solid #e5e7eb;vertical-align:top}.k{width:28%;background:#f9fafb;color:#4b5563}`;
  return page(css, `<div class="muted">Hessler Antriebstechnik GmbH · Recruiting · Application #58213</div><h1>${e(p.name)} (${e(p.latin!)})</h1>
  <div class="muted">Position: Commissioning Team Lead (m/w/d) – Shanghai · Applied on 21.10.2026 · Stage: Interview</div>
  <h2>Application form</h2><table><tr><td class="k">First name</td><td>Wenbin</td></tr><tr><td class="k">Last name</td><td>Gu</td></tr><tr><td class="k">Email</td><td>${e(p.email)}</td></tr><tr><td class="k">Phone</td><td>${e(p.phoneLocal)}</td></tr>
  <tr><td class="k">Earliest start date</td><td>01.01.2027</td></tr><tr><td class="k">Salary expectation</td><td>RMB 480,000 p.a.</td></tr></table>
  <h2>Work experience</h2><table><tr><td class="k"><b>Period</b></td><td><b>Employer / Position</b></td></tr>
  ${newestFirst(p).map((j) => `<tr><td class="k">${range(j, 'mm/yyyy', ' – ', 'today')}</td><td>${e(j.company)}<br><b>${e(j.title)}</b><br><span class="muted">${e(j.duties.join('; '))}</span></td></tr>`).join('')}</table>
  <h2>Education</h2><table>${p.education.map((ed) => `<tr><td class="k">${range(ed, 'mm/yyyy')}</td><td>${e(ed.school)}<br>${e(ed.award)}</td></tr>`).join('')}</table>
  <h2>Skills</h2><table><tr><td>${skillItems(p).map(e).join(', ')}</td></tr></table>
  <h2>Languages</h2><table><tr><td>${p.languages.map(e).join(', ')}</td></tr></table>
  <h2>Attachments</h2><table><tr><td>Lebenslauf_GuWenbin.pdf · Zeugnisse.pdf</td></tr></table>`, 'zh');
}

/** p14 – Greenhouse-style application print: one row per role. */
function greenhouse(p: Person): string {
  const css = `body{font:10pt Helvetica,Arial,${ZH};color:#222}h1{font-size:18pt;margin:6px 0 0}h2{font-size:10.5pt;text-transform:uppercase;letter-spacing:.5px;color:#24a47f;margin:16px 0 6px}
  table{width:100%}th,td{text-align:left;padding:5px 6px;border-bottom:1px solid #ddd;vertical-align:top}th{font-size:8.5pt;color:#666;font-weight:normal}`;
  return page(css, `<div style="font-size:8pt;color:#888">Northpeak Home — Greenhouse · Application for Head of Marketplace Operations, APAC</div>
  <h1>${e(p.name)} (${e(p.latin!)})</h1><div>${e(p.email)} · ${e(p.phoneLocal)} · Shenzhen, Guangdong, China</div>
  <h2>Employment</h2><table><tr><th>Company</th><th>Title</th><th>Start</th><th>End</th></tr>
  ${newestFirst(p).map((j) => `<tr><td>${e(j.company)}</td><td>${e(j.title)}</td><td>${fd(j.start, 'Mon yyyy')}</td><td>${j.end ? fd(j.end, 'Mon yyyy') : 'Current'}</td></tr>`).join('')}</table>
  <h2>Education</h2><table><tr><th>School</th><th>Degree</th><th>Dates</th></tr>${p.education.map((ed) => `<tr><td>${e(ed.school)}</td><td>${e(ed.award)}</td><td>${ed.start.slice(0, 4)} – ${ed.end.slice(0, 4)}</td></tr>`).join('')}</table>
  <h2>Skills</h2><table><tr><td>${skillItems(p).map(e).join(', ')}</td></tr></table>
  <h2>Application questions</h2><table><tr><th style="width:45%">Are you legally authorised to work in China?</th><td>Yes</td></tr><tr><th>How did you hear about this job?</th><td>Internal referral</td></tr><tr><th>Languages</th><td>${p.languages.map(e).join('; ')}</td></tr></table>`, 'zh');
}

/** p16 – Chinese ATS (大易-style) 应聘登记表 print with bilingual labels. */
function dayee(p: Person): string {
  const css = `body{font:9.5pt ${ZH}}h1{text-align:center;font-size:15pt;margin:4px 0 10px}table{width:100%;margin-bottom:8px}td{border:1px solid #555;padding:4px 6px;vertical-align:top}
  .k{background:#eee;width:14%;font-weight:bold}.sec{background:#d9e1f2;font-weight:bold;text-align:center}`;
  return page(css, `<div style="font-size:8pt;text-align:right">应聘编号 Application No.: KL2026-1098 　打印 2026-11-04</div><h1>应聘登记表 Application Form</h1>
  <table><tr><td class="k">姓名 Name</td><td>${e(p.name)}</td><td class="k">英文名 English name</td><td>${e(p.latin!)}</td><td rowspan="3" style="width:14%;text-align:center;color:#999">照片<br>Photo</td></tr>
  <tr><td class="k">手机 Mobile</td><td>${e(p.phoneLocal)}</td><td class="k">邮箱 Email</td><td>${e(p.email)}</td></tr>
  <tr><td class="k">应聘职位 Position</td><td>高级临床项目经理 Senior CPM</td><td class="k">期望薪资 Expected salary</td><td>面议 Negotiable</td></tr>
  <tr><td class="k">现住址 Address</td><td colspan="4">${e(p.address)}</td></tr></table>
  <table><tr><td class="sec" colspan="4">工作经历 Work Experience</td></tr><tr><td class="k">起止时间 Period</td><td class="k" style="width:auto">单位名称 Company</td><td class="k">职位 Position</td><td class="k">离职原因 Reason for leaving</td></tr>
  ${newestFirst(p).map((j, i) => `<tr><td>${range(j, 'yyyy.mm', ' – ', '至今')}</td><td>${e(j.company)}</td><td>${e(j.title)}</td><td>${i === 0 ? '—' : i === 1 ? '内部晋升 Promotion' : '职业发展 Career development'}</td></tr>`).join('')}</table>
  <table><tr><td class="sec" colspan="3">教育经历 Education</td></tr>${p.education.map((ed) => `<tr><td>${range(ed, 'yyyy.mm', ' – ')}</td><td>${e(ed.school)}</td><td>${e(ed.award)}</td></tr>`).join('')}</table>
  <table><tr><td class="sec" colspan="2">专业技能 Professional Skills</td></tr><tr><td colspan="2">${skillItems(p).map(e).join('；')}</td></tr>
  <tr><td class="k">证书 Certificates</td><td>${p.certs.map(e).join('；')}</td></tr><tr><td class="k">语言 Languages</td><td>${p.languages.map(e).join('；')}</td></tr></table>
  <p style="font-size:8.5pt">本人承诺以上信息真实。I certify the above information is true. 　签名 Signature：____________　日期 Date：________</p>`, 'zh');
}

// ---------- single-column ----------

/** p01 – East African CV: CURRICULUM VITAE heading, "From … to …" lines, a career-break line and REFEREES. */
function rwCv(p: Person): string {
  const css = `body{font:11pt 'Times New Roman',serif}h1{text-align:center;font-size:15pt;text-decoration:underline;margin:0 0 10px}h2{font-size:11.5pt;text-transform:uppercase;margin:14px 0 4px;border-bottom:1px solid #000}
  td{padding:1px 6px 1px 0;vertical-align:top}p{margin:3px 0}ul{margin:2px 0 6px 18px;padding:0}`;
  const items: string[] = [];
  for (const j of newestFirst(p)) {
    if (j.start === '2020-09') items.push(`<p><b>From ${fd(j.start, 'Month yyyy')} to date:</b> ${e(j.title)}, <b>${e(j.company)}</b>, ${e(j.town)}</p><ul>${j.duties.map((d) => `<li>${e(d)}</li>`).join('')}</ul>
      <p><b>From ${fd(p.gap!.start, 'Month yyyy')} to ${fd(p.gap!.end, 'Month yyyy')}:</b> ${e(p.gap!.label)}</p>`);
    else items.push(`<p><b>From ${fd(j.start, 'Month yyyy')} to ${fd(j.end, 'Month yyyy')}:</b> ${e(j.title)}, <b>${e(j.company)}</b>, ${e(j.town)}</p><ul>${j.duties.map((d) => `<li>${e(d)}</li>`).join('')}</ul>`);
  }
  return page(css, `<h1>CURRICULUM VITAE</h1>
  <h2>Personal information</h2><table><tr><td>Names:</td><td><b>${e(p.name.toUpperCase())}</b></td></tr><tr><td>Date of birth:</td><td>14<sup>th</sup> May 1990</td></tr><tr><td>Nationality:</td><td>${p.nationality}</td></tr><tr><td>Marital status:</td><td>Married</td></tr>
  <tr><td>Telephone:</td><td>${e(p.phoneLocal)}</td></tr><tr><td>E-mail:</td><td>${e(p.email)}</td></tr><tr><td>Address:</td><td>${e(p.address)}</td></tr></table>
  <h2>Profile</h2><p>${e(p.summary)}</p>
  <h2>Professional experience</h2>${items.join('')}
  <h2>Education</h2>${p.education.map((ed) => `<p><b>${fd(ed.start, 'Month yyyy')} – ${fd(ed.end, 'Month yyyy')}:</b> ${e(ed.award)}, ${e(ed.school)}</p>`).join('')}
  <h2>Skills</h2><ul>${skillItems(p).map((s) => `<li>${e(s)}</li>`).join('')}</ul>
  <h2>Languages</h2><table><tr><td><b>Language</b></td><td><b>Speaking</b></td><td><b>Writing</b></td></tr><tr><td>Kinyarwanda</td><td>Excellent</td><td>Excellent</td></tr><tr><td>English</td><td>Very good</td><td>Very good</td></tr><tr><td>French</td><td>Good</td><td>Fair</td></tr></table>
  <h2>Referees</h2>${(p.referees ?? []).map((r) => `<p>${e(r.name)}, ${e(r.role)}. Tel: ${e(r.phone)}${r.email ? `, E-mail: ${e(r.email)}` : ''}</p>`).join('')}
  <p style="margin-top:14px">I, the undersigned, certify that the information given above is true to the best of my knowledge.</p><p style="text-align:right;margin-top:12px">${e(p.name)}</p>`);
}

/** p03 – Cypriot English CV with photo box and personal-details block. */
function cyCv(p: Person): string {
  const css = `body{font:10.5pt Calibri,'Liberation Sans',Arial}.hd{display:flex;justify-content:space-between;border-bottom:2px solid #1a4c7c;padding-bottom:6px}.ph{width:30mm;height:38mm;border:1px solid #999;display:flex;align-items:center;justify-content:center;color:#999;font-size:8pt}
  h1{margin:0;font-size:22pt;color:#1a4c7c}h2{font-size:11pt;color:#1a4c7c;text-transform:uppercase;margin:14px 0 4px;border-bottom:1px solid #c7d3e0}.r{display:flex;justify-content:space-between;font-weight:bold;margin-top:6px}ul{margin:2px 0;padding-left:18px}`;
  return page(css, `<div class="hd"><div><h1>${e(p.name)}</h1><div style="font-size:12pt">${e(p.headline)}</div><div style="margin-top:6px">${e(p.address)}<br>Mobile: ${e(p.phoneLocal)} · Email: ${e(p.email)}<br>Date of birth: 21/09/1987 · Nationality: Cypriot · Driving licence: Yes</div></div><div class="ph">PHOTO</div></div>
  <h2>Profile</h2><div>${e(p.summary)}</div>
  <h2>Work experience</h2>${newestFirst(p).map((j) => `<div class="r"><span>${e(j.title)} — ${e(j.company)}, ${e(j.town)}</span><span>${range(j, 'mm/yyyy', ' – ')}</span></div><ul>${j.duties.map((d) => `<li>${e(d)}</li>`).join('')}</ul>`).join('')}
  <h2>Education</h2>${p.education.map((ed) => `<div class="r"><span>${e(ed.award)}, ${e(ed.school)}, ${e(ed.town)}</span><span>${ed.start.slice(0, 4)} – ${ed.end.slice(0, 4)}</span></div>`).join('')}
  <h2>Skills</h2><ul>${skillItems(p).map((s) => `<li>${e(s)}</li>`).join('')}</ul>
  <h2>Languages</h2><div>${p.languages.map(e).join(' · ')}</div>
  <h2>Certifications</h2><div>${p.certs.map(e).join('; ')}</div>
  <h2>References</h2><div>Available upon request.</div>`);
}

/** p07 – Bermuda résumé: centred name, Bermudian status line, dates right. */
function bmCv(p: Person): string {
  const css = `body{font:10.5pt Georgia,'Liberation Serif',serif}h1{text-align:center;font-size:20pt;margin:0;letter-spacing:1px}.c{text-align:center;font-size:9.5pt}h2{font-size:11pt;border-bottom:1px solid #333;margin:14px 0 4px;font-variant:small-caps}
  .r{display:flex;justify-content:space-between}.co{font-weight:bold}ul{margin:2px 0 6px;padding-left:18px}`;
  return page(css, `<h1>${e(p.name)}, ACAS</h1><div class="c">${e(p.address)} &nbsp;|&nbsp; ${e(p.phoneLocal)} &nbsp;|&nbsp; ${e(p.email)}</div><div class="c"><i>Bermudian</i></div>
  <h2>Summary</h2><div>${e(p.summary)}</div>
  <h2>Professional Experience</h2>${newestFirst(p).map((j) => `<div class="r"><span class="co">${e(j.company)}</span><span>${e(j.town)}, Bermuda</span></div><div class="r"><i>${e(j.title)}</i><span>${range(j, 'Month yyyy', ' – ')}</span></div><ul>${j.duties.map((d) => `<li>${e(d)}</li>`).join('')}</ul>`).join('')}
  <h2>Education</h2>${p.education.map((ed) => `<div class="r"><span class="co">${e(ed.school)}, ${e(ed.town)}</span><span>${fd(ed.end, 'Month yyyy')}</span></div><div>${e(ed.award)}</div>`).join('')}
  <h2>Credentials</h2><div>${p.certs.map(e).join('; ')}</div>
  <h2>Technical Skills</h2><div>${skillItems(p).map(e).join(' • ')}</div>`);
}

/** p11 – Taiwanese manufacturing 簡歷 (single column, western dates). */
function twSingle(p: Person): string {
  const css = `body{font:10.5pt ${ZH}}h1{font-size:20pt;margin:0}.sub{color:#555}h2{font-size:12pt;margin:14px 0 4px;padding:2px 0;border-bottom:2px solid #333}.r{display:flex;justify-content:space-between;margin-top:6px;font-weight:bold}ul{margin:2px 0;padding-left:20px}`;
  return page(css, `<h1>${e(p.name)}</h1><div class="sub">${e(p.latin!)}　｜　${e(p.headline)}</div><div>手機：${e(p.phoneLocal)}　Email：${e(p.email)}</div><div>地址：${e(p.address)}</div>
  <h2>自我介紹</h2><div>${e(p.summary)}</div>
  <h2>工作經歷</h2>${newestFirst(p).map((j) => `<div class="r"><span>${e(j.company)}｜${e(j.title)}</span><span>${range(j, 'yyyy/mm', ' – ', '至今')}</span></div><ul>${j.duties.map((d) => `<li>${e(d)}</li>`).join('')}</ul>`).join('')}
  <h2>學歷</h2>${p.education.map((ed) => `<div class="r"><span>${e(ed.school)} ${e(ed.award)}</span><span>${range(ed, 'yyyy/mm', ' – ')}</span></div>`).join('')}
  <h2>專業技能</h2><ul>${skillItems(p).map((s) => `<li>${e(s)}</li>`).join('')}</ul>
  <h2>語言與證照</h2><div>${[...p.languages, ...p.certs].map(e).join('、')}</div>`, 'zh-TW');
}

/** p15 – bilingual one-column résumé (Chinese headings with English). */
function biSingle(p: Person): string {
  const css = `body{font:10.5pt Arial,${ZH}}h1{font-size:21pt;margin:0}h2{font-size:11.5pt;color:#7b2d8b;margin:14px 0 4px;border-bottom:1px solid #d7b8de}.r{display:flex;justify-content:space-between;margin-top:6px}.co{font-weight:bold}ul{margin:2px 0;padding-left:18px}`;
  return page(css, `<h1>${e(p.name)} <span style="font-size:14pt;font-weight:normal">${e(p.latin!)}</span></h1><div>${e(p.headline)}</div><div>📱 ${e(p.phoneLocal)}　✉ ${e(p.email)}　📍 北京 Beijing</div>
  <h2>个人简介 Summary</h2><div>${e(p.summary)}</div>
  <h2>工作经历 Experience</h2>${newestFirst(p).map((j) => `<div class="r"><span class="co">${e(j.company)}</span><span>${range(j, 'yyyy.mm', ' – ', '至今 Present')}</span></div><div><i>${e(j.title)}</i></div><ul>${j.duties.map((d) => `<li>${e(d)}</li>`).join('')}</ul>`).join('')}
  <div style="margin-top:4px;color:#666">${fd(p.gap!.start, 'yyyy.mm')} – ${fd(p.gap!.end, 'yyyy.mm')}　${e(p.gap!.label)}</div>
  <h2>教育背景 Education</h2>${p.education.map((ed) => `<div class="r"><span class="co">${e(ed.school)}</span><span>${range(ed, 'yyyy.mm', ' – ')}</span></div><div>${e(ed.award)}</div>`).join('')}
  <h2>专业技能 Skills</h2><ul>${skillItems(p).map((s) => `<li>${e(s)}</li>`).join('')}</ul>
  <h2>语言 Languages</h2><div>${p.languages.map(e).join('　|　')}</div>`, 'zh');
}

/** p16 – English-first CV for sponsor/CRO roles with Chinese company names. */
function sponsorSingle(p: Person): string {
  const css = `body{font:10.5pt 'Liberation Sans',Arial,${ZH}}h1{font-size:19pt;margin:0;color:#0b5394}h2{font-size:11pt;margin:13px 0 4px;color:#0b5394;text-transform:uppercase}.r{display:flex;justify-content:space-between;margin-top:6px}ul{margin:2px 0;padding-left:18px}`;
  return page(css, `<h1>${e(p.latin!)} ${e(p.name)}</h1><div>${e(p.headline)}</div><div>Suzhou, China · ${e(p.phoneLocal)} · ${e(p.email)}</div><hr>
  <h2>Professional Summary</h2><div>${e(p.summary)}</div>
  <h2>Professional Experience</h2>${newestFirst(p).map((j) => `<div class="r"><b>${e(j.title)}</b><span>${range(j, 'Mon yyyy', ' – ')}</span></div><div>${e(j.company)} · ${e(j.town)}</div><ul>${j.duties.map((d) => `<li>${e(d)}</li>`).join('')}</ul>`).join('')}
  <h2>Education</h2>${p.education.map((ed) => `<div class="r"><span>${e(ed.award)}, ${e(ed.school)}</span><span>${ed.start.slice(0, 4)} – ${ed.end.slice(0, 4)}</span></div>`).join('')}
  <h2>Skills</h2><div>${skillItems(p).map(e).join(' | ')}</div>
  <h2>Certificates &amp; Languages</h2><div>${[...p.certs, ...p.languages].map(e).join('; ')}</div>`, 'zh');
}

// ---------- two-column ----------

/** p02 – "Simple Hipster CV"-style (Overleaf): dark left column with contact and skills. */
function hipster(p: Person): string {
  const css = `body{font:10pt 'Liberation Sans',Arial}.w{display:flex}.l{width:33%;background:#3b4252;color:#eceff4;padding:12px;min-height:262mm}.r{width:67%;padding:4px 0 0 16px}
  .l h3{font-size:10pt;border-bottom:1px solid #88c0d0;color:#88c0d0;margin:14px 0 4px}.l div{margin:2px 0;word-break:break-word}h1{font-size:20pt;margin:0 0 2px;color:#fff}h2{font-size:12pt;color:#3b4252;margin:10px 0 4px;border-bottom:2px solid #88c0d0}
  .j{margin-bottom:8px}.d{font-size:8.5pt;color:#5e81ac}ul{margin:2px 0;padding-left:16px}`;
  return page(css, `<div class="w"><div class="l"><h1>${e(p.given)}<br>${e(p.surname)}</h1><div>${e(p.headline)}</div>
  <h3>Contact</h3><div>${e(p.address)}</div><div>${e(p.phoneLocal)}</div><div>${e(p.email)}</div>
  <h3>Skills</h3>${skillItems(p).map((s) => `<div>› ${e(s)}</div>`).join('')}
  <h3>Languages</h3>${p.languages.map((s) => `<div>${e(s)}</div>`).join('')}
  <h3>Tickets</h3>${p.certs.map((s) => `<div>${e(s)}</div>`).join('')}</div>
  <div class="r"><h2>About me</h2><div>${e(p.summary)}</div><h2>Experience</h2>
  ${newestFirst(p).map((j) => `<div class="j"><div class="d">${range(j, 'Mon yyyy', ' – ', 'now')} · ${e(j.town)}</div><b>${e(j.title)}</b> at ${e(j.company)}<ul>${j.duties.map((d) => `<li>${e(d)}</li>`).join('')}</ul></div>`).join('')}
  <h2>Education</h2>${p.education.map((ed) => `<div class="j"><div class="d">${fd(ed.start, 'Mon yyyy')} – ${fd(ed.end, 'Mon yyyy')}</div><b>${e(ed.award)}</b><br>${e(ed.school)}</div>`).join('')}</div></div>`);
}

/** p05 – LiveCareer-style two-column résumé: right rail with skills and contact. */
function livecareer(p: Person): string {
  const css = `body{font:10pt Cambria,'Liberation Serif',serif}.top{background:#2e5e4e;color:#fff;padding:12px}.top h1{margin:0;font-size:22pt}.w{display:flex;gap:14px;margin-top:10px}.m{width:66%}.s{width:34%;border-left:2px solid #2e5e4e;padding-left:10px}
  h2{font-size:11pt;color:#2e5e4e;text-transform:uppercase;margin:8px 0 4px}.j{margin-bottom:8px}ul{margin:2px 0;padding-left:16px}`;
  return page(css, `<div class="top"><h1>${e(p.name)}</h1><div>${e(p.headline)}</div></div><div class="w"><div class="m">
  <h2>Professional Summary</h2><div>${e(p.summary)}</div><h2>Work History</h2>
  ${newestFirst(p).map((j) => `<div class="j"><b>${e(j.title)}</b>, ${fd(j.start, 'mm/yyyy')} to ${j.end ? fd(j.end, 'mm/yyyy') : 'Current'}<br><i>${e(j.company)} – ${e(j.town)}</i><ul>${j.duties.map((d) => `<li>${e(d)}</li>`).join('')}</ul></div>`).join('')}
  <h2>Education</h2>${p.education.map((ed) => `<div><b>${e(ed.award)}</b>: ${fd(ed.end, 'mm/yyyy')}<br><i>${e(ed.school)} – ${e(ed.town)}</i></div>`).join('')}</div>
  <div class="s"><h2>Contact</h2><div>${e(p.address)}</div><div>${e(p.phoneLocal)}</div><div style="word-break:break-all">${e(p.email)}</div>
  <h2>Skills</h2><ul>${skillItems(p).map((s) => `<li>${e(s)}</li>`).join('')}</ul><h2>Certifications</h2><div>${p.certs.map(e).join('; ')}</div><h2>Languages</h2><div>${p.languages.map(e).join(', ')}</div></div></div>`);
}

/** p09 – 熊猫办公-style downloaded Word/PPT 简历模板 printed: left info column, right timeline-free body. */
function xiongmao(p: Person): string {
  const css = `body{font:10pt ${ZH}}.w{display:flex}.l{width:32%;background:#f2f6fa;padding:10px;min-height:262mm}.r{width:68%;padding:0 0 0 14px}.ph{width:28mm;height:36mm;border:1px solid #aac;margin:0 auto 8px;color:#99a;display:flex;align-items:center;justify-content:center}
  .l h3,.r h3{background:#2b5797;color:#fff;padding:3px 8px;font-size:10.5pt;margin:12px 0 5px}h1{text-align:center;font-size:19pt;margin:4px 0}.j{margin-bottom:8px}.t{display:flex;justify-content:space-between;font-weight:bold}`;
  return page(css, `<div class="w"><div class="l"><div class="ph">照片</div><h1>${e(p.name)}</h1><div style="text-align:center">求职意向：模具设计主管/经理</div>
  <h3>基本信息</h3><div>出生年月：1990.03</div><div>籍贯：广东汕尾</div><div>电话：${e(p.phoneLocal)}</div><div>邮箱：${e(p.email)}</div><div>地址：${e(p.address)}</div>
  <h3>专业技能</h3>${skillItems(p).map((s) => `<div>◆ ${e(s)}</div>`).join('')}<h3>证书</h3>${p.certs.map((s) => `<div>${e(s)}</div>`).join('')}</div>
  <div class="r"><h3>工作经历</h3>${newestFirst(p).map((j) => `<div class="j"><div class="t"><span>${e(j.company)}</span><span>${range(j, 'yyyy.mm', '-', '至今')}</span></div><div>${e(j.title)}</div><div>${e(j.duties.join('；'))}</div></div>`).join('')}
  <h3>教育背景</h3>${p.education.map((ed) => `<div class="t"><span>${e(ed.school)}</span><span>${range(ed, 'yyyy.mm', '-')}</span></div><div>${e(ed.award)}</div>`).join('')}
  <h3>自我评价</h3><div>${e(p.summary)}工作踏实，能吃苦耐劳，服从安排。</div></div></div>`, 'zh');
}

/** p12 – HK bilingual résumé from a Word "Resume" theme, narrow left headings column. */
function hkTwocol(p: Person): string {
  const css = `body{font:10pt Arial,${ZH}}.hd{border-bottom:3px double #555;padding-bottom:6px;margin-bottom:8px}h1{margin:0;font-size:20pt}.g{display:grid;grid-template-columns:28% 72%;row-gap:10px}.k{font-weight:bold;color:#7a4d00;font-size:10.5pt}.j{margin-bottom:6px}`;
  return page(css, `<div class="hd"><h1>${e(p.name)}　${e(p.latin!)}</h1><div>${e(p.headline)}　|　手提：${e(p.phoneLocal)}　|　電郵：${e(p.email)}</div></div>
  <div class="g"><div class="k">個人簡介<br>Profile</div><div>${e(p.summary)}</div>
  <div class="k">工作經驗<br>Experience</div><div>${newestFirst(p).map((j) => `<div class="j"><b>${e(j.title)}</b>　${range(j, 'mm/yyyy', ' – ', '現在')}<br>${e(j.company)}<br><span style="font-size:9pt">${e(j.duties.join('；'))}</span></div>`).join('')}</div>
  <div class="k">學歷<br>Education</div><div>${p.education.map((ed) => `${e(ed.award)}，${e(ed.school)}（${ed.start.slice(0, 4)}–${ed.end.slice(0, 4)}）`).join('<br>')}</div>
  <div class="k">技能<br>Skills</div><div>${skillItems(p).map(e).join('<br>')}</div>
  <div class="k">專業資格<br>Qualifications</div><div>${p.certs.map(e).join('<br>')}</div>
  <div class="k">語言<br>Languages</div><div>${p.languages.map(e).join('、')}</div>
  <div class="k">期望薪酬<br>Expected salary</div><div>HK$55,000 / 月，一個月通知期</div></div>`, 'zh-HK');
}

/** p14 – 千图网-style decorative two-column template (header band, left info column). */
function qiantu(p: Person): string {
  const css = `body{font:10pt ${ZH}}.band{background:linear-gradient(90deg,#ff7e5f,#feb47b);color:#fff;padding:12px 16px;display:flex;justify-content:space-between;align-items:center}.band h1{margin:0;font-size:22pt}
  .w{display:flex;margin-top:10px}.l{width:34%;padding-right:12px;border-right:2px dashed #feb47b}.r{width:66%;padding-left:14px}h3{color:#ff7e5f;font-size:11pt;margin:10px 0 4px;border-bottom:1px solid #ffd2bf}.j{margin-bottom:8px}`;
  return page(css, `<div class="band"><div><h1>${e(p.name)}</h1><div>${e(p.latin!)} · ${e(p.headline)}</div></div><div style="font-size:9pt;text-align:right">RESUME<br>个人简历</div></div>
  <div class="w"><div class="l"><h3>联系方式 Contact</h3><div>☎ ${e(p.phoneLocal)}</div><div>✉ ${e(p.email)}</div><div>⌂ 深圳南山</div>
  <h3>专业技能 Skills</h3>${skillItems(p).map((s) => `<div>● ${e(s)}</div>`).join('')}<h3>语言 Languages</h3>${p.languages.map((s) => `<div>${e(s)}</div>`).join('')}
  <h3>教育背景 Education</h3>${p.education.map((ed) => `<div><b>${e(ed.school)}</b><br>${e(ed.award)}<br>${range(ed, 'yyyy.mm', '-')}</div>`).join('')}</div>
  <div class="r"><h3>自我评价 About</h3><div>${e(p.summary)}</div><h3>工作经历 Experience</h3>
  ${newestFirst(p).map((j) => `<div class="j"><b>${range(j, 'yyyy.mm', ' - ', '至今')}　${e(j.company)}</b><br>${e(j.title)}<br>${e(j.duties.join('；'))}</div>`).join('')}</div></div>`, 'zh');
}

export interface HtmlSpec { person: string; layout: 'table' | 'single' | 'twocol'; template: string; build: (p: Person) => string }
export const htmlSpecs: HtmlSpec[] = [
  { person: 'p01', layout: 'table', template: 'smartrec', build: smartrecruiters },
  { person: 'p02', layout: 'table', template: 'jobtrain', build: jobtrain },
  { person: 'p06', layout: 'table', template: 'cvkeskus', build: cvkeskus },
  { person: 'p07', layout: 'table', template: 'bullhorn', build: bullhorn },
  { person: 'p08', layout: 'table', template: 'huibo', build: huibo },
  { person: 'p09', layout: 'table', template: 'zhitong', build: zhitong },
  { person: 'p10', layout: 'table', template: 'qilu', build: qilu },
  { person: 'p11', layout: 'table', template: 'xiongban', build: xiongban },
  { person: 'p12', layout: 'table', template: 'ctgoodjobs', build: ctgoodjobs },
  { person: 'p13', layout: 'table', template: 'personio', build: personio },
  { person: 'p14', layout: 'table', template: 'greenhouse', build: greenhouse },
  { person: 'p16', layout: 'table', template: 'dayee', build: dayee },
  { person: 'p01', layout: 'single', template: 'eacv', build: rwCv },
  { person: 'p03', layout: 'single', template: 'photocv', build: cyCv },
  { person: 'p07', layout: 'single', template: 'bmresume', build: bmCv },
  { person: 'p11', layout: 'single', template: 'twjianli', build: twSingle },
  { person: 'p15', layout: 'single', template: 'bilingual', build: biSingle },
  { person: 'p16', layout: 'single', template: 'sponsorcv', build: sponsorSingle },
  { person: 'p02', layout: 'twocol', template: 'hipster', build: hipster },
  { person: 'p05', layout: 'twocol', template: 'livecareer', build: livecareer },
  { person: 'p09', layout: 'twocol', template: 'xiongmao', build: xiongmao },
  { person: 'p12', layout: 'twocol', template: 'hkresume', build: hkTwocol },
  { person: 'p14', layout: 'twocol', template: 'qiantu', build: qiantu },
];

// ---------- plain text ----------

/** p04 – job-portal submission receipt (what the portal e-mails back as text). */
function portalReceipt(p: Person): string {
  const L = [
    'VACANCY APPLICATION RECEIPT', '===========================', '',
    'Reference:     ZW-2026-118-0473', 'Vacancy:       Provincial Pharmacist (Supply Chain), Manicaland', 'Submitted:     31 October 2026 14:07 CAT', '',
    'APPLICANT', '---------', `Full name:     ${p.name}`, `Other names:   Rufaro`, `Mobile:        ${p.phoneLocal}`, `Email:         ${p.email}`, `Address:       ${p.address}`, '',
    'EMPLOYMENT HISTORY (as entered)', '-------------------------------',
  ];
  newestFirst(p).forEach((j, i) => {
    L.push(`${i + 1}) Employer:   ${j.company}`, `   Position:   ${j.title}`, `   From:       ${fd(j.start, 'Mon yyyy')}`, `   To:         ${j.end ? fd(j.end, 'Mon yyyy') : 'Currently employed'}`, `   Town:       ${j.town}`, '');
  });
  L.push('QUALIFICATIONS', '--------------', ...p.education.map((ed) => `${ed.award}, ${ed.school} (${ed.end.slice(0, 4)})`), '',
    'SKILLS', '------', ...skillItems(p).map((s) => `* ${s}`), '',
    'REFEREES', '--------', ...(p.referees ?? []).map((r) => `${r.name}, ${r.role}, ${r.phone}`), '',
    'Please keep this receipt. Only shortlisted candidates will be contacted.', 'Do not reply to this message.');
  return L.join('\n') + '\n';
}

/** p08 – box-drawn 人事信息卡 printed as text from an old HR system (a table in plain text). */
function renshiCard(p: Person): string {
  const pad = (s: string, n: number) => { let w = 0; for (const ch of s) w += /[\u2E80-\uFFEF]/.test(ch) ? 2 : 1; return s + ' '.repeat(Math.max(0, n - w)); };
  const line = (cols: [string, number][]) => '│' + cols.map(([s, n]) => ' ' + pad(s, n - 1)).join('│') + '│';
  const hr = (l: string, m: string, r: string, ws: number[]) => l + ws.map((n) => '─'.repeat(n)).join(m) + r;
  const ws = [22, 34, 20];
  const out = ['                         人 事 信 息 卡', '', `单位：成都蜀锦源餐饮集团有限公司 人力资源部          打印日期：2026-10-30`, hr('┌', '┬', '┐', ws),
    line([[`姓名：${p.name}`, 22], [`性别：男    出生：1986-10-02`, 34], ['民族：土家族', 20]]), hr('├', '┼', '┤', ws),
    line([[`手机：${p.phoneLocal}`, 22], [`邮箱：${p.email}`, 34], ['学历：大专', 20]]), hr('├', '┴', '┤', ws),
    line([[`住址：${p.address}`, 77]]), hr('├', '┬', '┤', ws),
    line([['起止年月', 22], ['工作单位', 34], ['职务', 20]]), hr('├', '┼', '┤', ws),
    ...p.work.map((j) => line([[range(j, 'yyyy.mm', '-', '至今'), 22], [j.company, 34], [j.title, 20]])), hr('├', '┴', '┤', ws),
    line([['专业特长：', 77]]), ...skillItems(p).map((s) => line([[`  ${s}`, 77]])), hr('├', '─', '┤', [77]),
    line([[`证书：${p.certs.join('；')}`, 77]]), hr('└', '─', '┘', [77]), '', '备注：本卡信息由员工本人核对确认。   员工签字：__________'];
  return out.join('\n') + '\n';
}

/** p10 – résumé copied from a job-board web page into a .txt (section titles and "|" separated facts). */
function boardPaste(p: Person): string {
  return [
    `${p.name}`, '女 | 38岁 | 本科 | 13年工作经验 | 现居临沂', `${p.phoneLocal} | ${p.email}`, '',
    '求职意向', '畜牧兽医 / 猪场场长 | 山东 | 薪资面议', '',
    '工作经历',
    ...newestFirst(p).flatMap((j) => [`${j.company}`, `${j.title} | ${fd(j.start, 'yyyy.mm')}-${fd(j.end, 'yyyy.mm', '至今')}`, ...j.duties.map((d) => `· ${d}`), '']),
    '教育经历', ...p.education.map((ed) => `${ed.school} | ${ed.award} | ${fd(ed.start, 'yyyy.mm')}-${fd(ed.end, 'yyyy.mm')}`), '',
    '专业技能', ...skillItems(p), '',
    '证书', ...p.certs, '',
    '自我评价', p.summary, '',
  ].join('\n');
}

/** p13 – plain-text CV with setext-style underlined headings, sent to a German headhunter. */
function setextCv(p: Person): string {
  const h = (t: string) => `${t}\n${'-'.repeat(Math.max(8, [...t].length + 4))}`;
  return [
    `${p.latin} (${p.name})`, '='.repeat(30), `${p.headline}`, `Phone: ${p.phoneLocal} | E-mail: ${p.email}`, `Address: ${p.address}`, '',
    h('Profile 简介'), p.summary, '',
    h('Work Experience 工作经历'),
    ...newestFirst(p).flatMap((j) => [`${range(j, 'mm/yyyy', ' - ', 'present')}  ${j.company}`, `                   ${j.title}`, ...j.duties.map((d) => `                   - ${d}`), '']),
    h('Education 教育'), ...p.education.map((ed) => `${range(ed, 'mm/yyyy', ' - ')}  ${ed.school}, ${ed.award}`), '',
    h('Skills 技能'), ...skillItems(p).map((s) => `* ${s}`), '',
    h('Languages 语言'), p.languages.join(', '), '',
    h('Certificates 证书'), p.certs.join(', '), '',
  ].join('\n');
}

export interface TxtSpec { person: string; layout: 'table' | 'single'; template: string; build: (p: Person) => string }
export const txtSpecs: TxtSpec[] = [
  { person: 'p04', layout: 'single', template: 'receipt', build: portalReceipt },
  { person: 'p08', layout: 'table', template: 'renshika', build: renshiCard },
  { person: 'p10', layout: 'single', template: 'boardpaste', build: boardPaste },
  { person: 'p13', layout: 'single', template: 'setext', build: setextCv },
];
