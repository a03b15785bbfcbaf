/** Chromium templates, part A: neogov, ttcsec, tearsheet, finereport, qywx (all table layouts). */
import type { Person } from './people.ts';
import { bulletsOf, esc, fmt, lastDay, range, recent, skills, titleOf } from './lib.ts';

const page = (lang: string, css: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>${css}</style></head><body>${body}</body></html>`;

// ─────────────────────────────────────────────────────────────────────────────
// neogov — US county/city application printed from a NEOGOV-style portal (GovernmentJobs.com):
// job kicker, "Personal Information" field grid (home / mobile / work phones), education blocks,
// one labelled block per job (M/YYYY dates, monthly salary, supervisor, may we contact, reason for leaving),
// a Skills grid with proficiency and years, agency-wide questions.
// ─────────────────────────────────────────────────────────────────────────────
export function neogov(p: Person): string {
  const css = `
  body{font-family:"Liberation Sans",Arial,sans-serif;font-size:9.2pt;color:#222;margin:0}
  .top{display:flex;justify-content:space-between;border-bottom:3px solid #1b5e8c;padding-bottom:4px;margin-bottom:8px}
  .agency{font-size:13pt;font-weight:bold;color:#1b5e8c}.job{font-size:9pt;text-align:right;color:#444}
  h1{font-size:15pt;margin:6px 0 2px}h2{font-size:10.5pt;background:#e8eef4;border-left:4px solid #1b5e8c;padding:3px 6px;margin:10px 0 4px}
  table.f{width:100%;border-collapse:collapse;margin-bottom:4px}
  table.f td{border:1px solid #c9d3dc;padding:3px 5px;vertical-align:top}
  table.f td.l{background:#f4f6f8;color:#555;width:19%;font-size:8.4pt}
  .emp{border:1px solid #c9d3dc;margin-bottom:7px;page-break-inside:avoid}
  .emp .h{background:#f4f6f8;padding:3px 6px;font-weight:bold;display:flex;justify-content:space-between}
  .emp table{width:100%;border-collapse:collapse}.emp td{padding:2px 6px;vertical-align:top;border-top:1px solid #eef1f4}
  .emp td.l{color:#555;width:19%;font-size:8.4pt}
  ul{margin:2px 0 2px 16px;padding:0}li{margin:0}
  .q td.l{width:70%}
  .small{font-size:8pt;color:#666}`;
  const w = recent(p);
  const phones = p.otherPhones;
  const jobs = w.map((j, i) => `
  <div class="emp"><div class="h"><span>${esc(j.company)}</span><span>Work Experience ${i + 1}</span></div><table>
  <tr><td class="l">Dates</td><td>${fmt(j.start, 'M/YYYY')} - ${j.end ? fmt(j.end, 'M/YYYY') : 'Present'}</td><td class="l">Hours per week</td><td>${j.hours ?? 40}</td></tr>
  <tr><td class="l">Title</td><td>${esc(j.title)}</td><td class="l">Salary</td><td>${esc(j.salary ?? '')}</td></tr>
  <tr><td class="l">Address</td><td>${esc(j.employerAddress ?? '')}</td><td class="l">Phone</td><td>${esc(j.employerPhone ?? '')}</td></tr>
  <tr><td class="l">Supervisor</td><td>${esc(j.supervisor ?? '')}${j.supervisorPhone ? ` — ${esc(j.supervisorPhone)}` : ''}</td><td class="l">Number of employees supervised</td><td>${j.title.includes('II') ? 1 : 0}</td></tr>
  <tr><td class="l">May we contact this employer?</td><td>${j.end ? 'Yes' : 'Yes, after an offer is made'}</td><td class="l">Reason for leaving</td><td>${esc(j.reason ?? '')}</td></tr>
  <tr><td class="l">Duties</td><td colspan="3"><ul>${bulletsOf(j).map((b) => `<li>${esc(b)}</li>`).join('')}</ul></td></tr>
  </table></div>`).join('');
  const levels = ['Expert', 'Advanced', 'Advanced', 'Advanced', 'Intermediate', 'Intermediate', 'Advanced', 'Intermediate', 'Advanced', 'Advanced'];
  const years = [6, 9, 8, 7, 9, 4, 5, 6, 10, 11];
  const sk = skills(p).map((s, i) => `<tr><td>${esc(s)}</td><td>${levels[i % levels.length]}</td><td>${years[i % years.length]}</td></tr>`).join('');
  const edu = p.education.map((e) => `<table class="f"><tr><td class="l">School</td><td>${esc(e.school)}${e.city ? `, ${esc(e.city)}` : ''}</td><td class="l">Dates</td><td>${fmt(e.start, 'M/YYYY')} - ${fmt(e.end, 'M/YYYY')}</td></tr>
  <tr><td class="l">Major</td><td>${esc(e.field || 'N/A')}</td><td class="l">Degree</td><td>${esc(e.degree)}</td></tr>
  <tr><td class="l">Did you graduate</td><td>Yes</td><td class="l">Units completed</td><td>${e.degree === 'B.S.' ? '128 Semester' : 'N/A'}</td></tr></table>`).join('');
  const body = `
  <div class="top"><div class="agency">City of Westbrook Falls · Human Resources</div><div class="job">Application for <b>GIS Coordinator</b><br>Job Number 26-0117-GIS · Submitted 11/18/2026 9:52 PM</div></div>
  <h1>${esc(p.name)}</h1><div class="small">Application status: Received · Source: GovernmentJobs.com</div>
  <h2>Personal Information</h2>
  <table class="f">
  <tr><td class="l">First Name</td><td>${esc(p.given!.split(' ')[0])}</td><td class="l">Last Name</td><td>${esc(p.family!)}</td></tr>
  <tr><td class="l">Email</td><td>${esc(p.email)}</td><td class="l">Address</td><td>${esc(p.address)}</td></tr>
  <tr><td class="l">Home Phone</td><td>${esc(phones[0].number)}</td><td class="l">Mobile Phone</td><td>${esc(p.phoneLocal)}</td></tr>
  <tr><td class="l">Work Phone</td><td>${esc(phones[1].number)}</td><td class="l">Driver's License</td><td>Yes — Class D, Ohio</td></tr>
  <tr><td class="l">Preferred Method of Contact</td><td>Email</td><td class="l">Are you legally authorized to work in the U.S.?</td><td>Yes</td></tr>
  </table>
  <h2>Education</h2>${edu}
  <h2>Work Experience</h2>${jobs}
  <h2>Certificates and Licenses</h2>
  <table class="f">${p.certs.map((c) => `<tr><td>${esc(c)}</td></tr>`).join('')}</table>
  <h2>Skills</h2>
  <table class="f"><tr><td class="l">Skill</td><td class="l">Proficiency</td><td class="l">Years of Experience</td></tr>${sk}</table>
  <h2>Languages</h2>
  <table class="f">${p.languages.map((l) => `<tr><td>${esc(l)}</td></tr>`).join('')}</table>
  <h2>Agency-Wide Questions</h2>
  <table class="f q">
  <tr><td class="l">1. Are you currently employed by the City of Westbrook Falls?</td><td>No</td></tr>
  <tr><td class="l">2. How did you hear about this position?</td><td>GovernmentJobs.com</td></tr>
  <tr><td class="l">3. Do you have at least four years of professional GIS experience in local government or utilities?</td><td>Yes</td></tr>
  </table>
  <p class="small">I certify that the information on this application is true and complete to the best of my knowledge. Signed electronically: ${esc(p.name)}, 11/18/2026.</p>`;
  return page('en', css, body);
}

// ─────────────────────────────────────────────────────────────────────────────
// ttcsec — Trinidad & Tobago CV laid out in ruled tables: PERSONAL INFORMATION label grid with the light-pole
// (LP) address, "Cell" and "Home" numbers, CSEC subjects with grades I/II/III, a WORK EXPERIENCE table
// Period | Organisation | Position | Key responsibilities with "Feb. 2019 – Present", a career-break row,
// skills in a two-column table, two referees with their numbers.
// ─────────────────────────────────────────────────────────────────────────────
export function ttcsec(p: Person): string {
  const css = `
  body{font-family:"Liberation Serif","Times New Roman",serif;font-size:10.2pt;color:#111;margin:0}
  .name{text-align:center;font-size:19pt;font-weight:bold;letter-spacing:1px;margin:0}
  .sub{text-align:center;font-style:italic;margin:2px 0 8px}
  table{width:100%;border-collapse:collapse;margin-bottom:8px}
  td,th{border:1px solid #555;padding:3px 6px;vertical-align:top}
  th.sec{background:#7a1f2b;color:#fff;text-align:left;font-size:10.5pt;letter-spacing:1px}
  th{background:#eadfd6;font-weight:bold;text-align:left}
  td.l{width:24%;font-weight:bold;background:#faf6f2}
  ul{margin:0 0 0 14px;padding:0}
  .gap td{font-style:italic;background:#f7f7f7}`;
  const rows: string[] = [];
  const items = [...p.work.map((j) => ({ t: 'job' as const, j, s: j.start })), ...p.gaps.map((g) => ({ t: 'gap' as const, g, s: g.start }))].sort((a, b) => (a.s < b.s ? 1 : -1));
  for (const it of items) {
    if (it.t === 'gap') rows.push(`<tr class="gap"><td>${fmt(it.g.start, 'Mon. YYYY')} – ${fmt(it.g.end, 'Mon. YYYY')}</td><td colspan="3">${esc(it.g.text)}</td></tr>`);
    else rows.push(`<tr><td style="width:17%">${range(it.j, 'Mon. YYYY', ' – ', 'Present')}</td><td style="width:23%">${esc(it.j.company)}<br><i>${esc(it.j.city)}</i></td><td style="width:17%">${esc(it.j.title)}</td><td><ul>${it.j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></td></tr>`);
  }
  const sk = skills(p);
  const half = Math.ceil(sk.length / 2);
  const skRows = Array.from({ length: half }, (_, i) => `<tr><td>• ${esc(sk[i])}</td><td>${sk[i + half] ? `• ${esc(sk[i + half])}` : ''}</td></tr>`).join('');
  const csec = [['English A', 'I'], ['Mathematics', 'II'], ['Principles of Accounts', 'I'], ['Principles of Business', 'I'], ['Office Administration', 'I'], ['Social Studies', 'II'], ['Spanish', 'II'], ['Human & Social Biology', 'III']];
  const body = `
  <p class="name">${esc(p.name.toUpperCase())}</p>
  <p class="sub">Curriculum Vitae</p>
  <table><tr><th class="sec" colspan="2">PERSONAL INFORMATION</th></tr>
  <tr><td class="l">Name</td><td>${esc(p.name)}</td></tr>
  <tr><td class="l">Address</td><td>${esc(p.address)}</td></tr>
  <tr><td class="l">Contact</td><td>Cell: ${esc(p.phoneIntl)}<br>Home: ${esc(p.otherPhones[0].number)}</td></tr>
  <tr><td class="l">Email</td><td>${esc(p.email)}</td></tr>
  <tr><td class="l">Date of Birth</td><td>14th April, 1989</td></tr>
  <tr><td class="l">Nationality</td><td>Trinidadian</td></tr>
  <tr><td class="l">Marital Status</td><td>Married</td></tr></table>
  <table><tr><th class="sec" colspan="3">CAREER OBJECTIVE</th></tr><tr><td colspan="3">${esc(p.summary)}</td></tr></table>
  <table><tr><th class="sec" colspan="4">WORK EXPERIENCE</th></tr>
  <tr><th>Period</th><th>Organisation</th><th>Position</th><th>Key Responsibilities</th></tr>${rows.join('')}</table>
  <table><tr><th class="sec" colspan="3">EDUCATION</th></tr><tr><th>Institution</th><th>Years</th><th>Qualification</th></tr>
  ${p.education.map((e) => `<tr><td>${esc(e.school)}, ${esc(e.city ?? '')}</td><td>${e.start.slice(0, 4)} – ${e.end.slice(0, 4)}</td><td>${esc(e.degree)}${e.field ? ` ${esc(e.field)}` : ''}</td></tr>`).join('')}</table>
  <table><tr><th class="sec" colspan="6">CSEC SUBJECTS (CXC, June 2005)</th></tr>
  ${Array.from({ length: 4 }, (_, i) => `<tr><td>${csec[i][0]}</td><td style="width:8%">${csec[i][1]}</td><td>${csec[i + 4][0]}</td><td style="width:8%">${csec[i + 4][1]}</td></tr>`).join('')}</table>
  <table><tr><th class="sec" colspan="2">SKILLS</th></tr>${skRows}</table>
  <table><tr><th class="sec" colspan="2">CERTIFICATIONS</th></tr>${p.certs.map((c) => `<tr><td colspan="2">${esc(c)}</td></tr>`).join('')}</table>
  <table><tr><th class="sec" colspan="3">REFEREES</th></tr><tr><th>Name</th><th>Position / Organisation</th><th>Telephone</th></tr>
  ${(p.referees ?? []).map((r) => `<tr><td>${esc(r.name)}</td><td>${esc(r.role)}, ${esc(r.org)}</td><td>${esc(r.phone)}</td></tr>`).join('')}</table>`;
  return page('en', css, body);
}

// ─────────────────────────────────────────────────────────────────────────────
// tearsheet — a finance job-seeker's one-pager dressed as a fund factsheet: dark title band with "As at" date,
// "Key facts" table, "Track record" table (Period | Firm | Role | Mandate), skills as a 4×2 "holdings" grid,
// qualifications and languages tables, a compliance-style footnote with the office number.
// ─────────────────────────────────────────────────────────────────────────────
export function tearsheet(p: Person): string {
  const css = `
  body{font-family:"DejaVu Sans","Liberation Sans",sans-serif;font-size:8.6pt;color:#1d2733;margin:0}
  .band{background:#0f2a44;color:#fff;padding:10px 12px;display:grid;grid-template-columns:1fr auto;align-items:end}
  .band .t{font-size:17pt;font-weight:bold}.band .zh{font-size:15pt;font-family:"WenQuanYi Zen Hei";margin-left:8px}
  .band .r{text-align:right;font-size:8pt;line-height:1.5}
  .kick{color:#c8a24a;font-size:8pt;letter-spacing:2px;text-transform:uppercase}
  h2{font-size:9.5pt;color:#0f2a44;border-bottom:2px solid #c8a24a;margin:10px 0 4px;padding-bottom:2px;text-transform:uppercase;letter-spacing:1px}
  table{width:100%;border-collapse:collapse}
  td,th{padding:3px 5px;border-bottom:1px solid #d5dbe2;vertical-align:top;text-align:left}
  th{background:#eef2f6;font-size:8pt;color:#42536a}
  .kf td:first-child{color:#55657a;width:34%}
  .grid{display:grid;grid-template-columns:1fr 1fr;gap:0 14px}
  .hold td{width:50%}.num{color:#55657a;width:18px}
  .foot{margin-top:10px;font-size:7pt;color:#6b7788;border-top:1px solid #d5dbe2;padding-top:4px}`;
  const w = recent(p);
  const sk = skills(p);
  const body = `
  <div class="band"><div><div class="kick">Candidate factsheet · Investment risk</div><span class="t">${esc(p.nameEn!)}</span><span class="zh">${esc(p.name)}</span></div>
  <div class="r">As at 30 November 2026<br>Mobile ${esc(p.phoneIntl)}<br>${esc(p.email)}</div></div>
  <div class="grid"><div>
  <h2>Key facts</h2>
  <table class="kf"><tr><td>Current role</td><td>${esc(w[0].title)}</td></tr>
  <tr><td>Based in</td><td>${esc(p.city)}</td></tr>
  <tr><td>Industry experience</td><td>Since ${fmt(p.work[1].start, 'Month YYYY')} (internship 2014)</td></tr>
  <tr><td>Availability</td><td>One month's notice</td></tr>
  <tr><td>Licences</td><td>SFC Type 4 &amp; Type 9 (RE)</td></tr></table>
  </div><div>
  <h2>Objective</h2><p style="margin:2px 0">${esc(p.summary)}</p>
  </div></div>
  <h2>Track record</h2>
  <table><tr><th style="width:19%">Period</th><th style="width:30%">Firm</th><th style="width:22%">Role</th><th>Mandate &amp; highlights</th></tr>
  ${w.map((j) => `<tr><td>${range(j, 'Mon YYYY', ' – ', 'Present')}</td><td><b>${esc(j.company)}</b></td><td>${esc(j.title)}</td><td>${j.bullets.map(esc).join('<br>')}</td></tr>`).join('')}</table>
  <div class="grid"><div>
  <h2>Skills (top holdings)</h2>
  <table class="hold">${Array.from({ length: Math.ceil(sk.length / 2) }, (_, i) => `<tr><td><span class="num">${i + 1}.</span> ${esc(sk[i])}</td><td>${sk[i + Math.ceil(sk.length / 2)] ? `<span class="num">${i + 1 + Math.ceil(sk.length / 2)}.</span> ${esc(sk[i + Math.ceil(sk.length / 2)])}` : ''}</td></tr>`).join('')}</table>
  </div><div>
  <h2>Qualifications</h2>
  <table>${p.certs.map((c) => `<tr><td>${esc(c)}</td></tr>`).join('')}
  ${p.education.map((e) => `<tr><td>${esc(e.degree)} ${esc(e.field)}, ${esc(e.school)} (${e.end.slice(0, 4)}), ${esc(e.note ?? '')}</td></tr>`).join('')}</table>
  <h2>Languages</h2><table><tr><td>${p.languages.map(esc).join(' · ')}</td></tr></table>
  </div></div>
  <div class="foot">This factsheet is provided for recruitment purposes only and is not an offer of any investment product. References available on request. Office line (${esc(p.otherPhones[0].number)}) is not for recruitment calls.</div>`;
  return page('en', css, body);
}

// ─────────────────────────────────────────────────────────────────────────────
// finereport — 员工履历信息表 printed from a FineReport-style web report inside the employer's HR system:
// report parameter line, bordered grid, day-level 开始日期 / 结束日期 (the current record's 结束日期 left empty),
// 部门 and 证明人 columns, 技能特长 as its own grid, "第1页 共1页" footer.
// ─────────────────────────────────────────────────────────────────────────────
export function finereport(p: Person): string {
  const css = `
  body{font-family:"WenQuanYi Zen Hei",sans-serif;font-size:9pt;color:#000;margin:0}
  .title{text-align:center;font-size:16pt;font-weight:bold;margin:4px 0 6px}
  .param{display:flex;justify-content:space-between;font-size:8.5pt;margin-bottom:4px;color:#333}
  table{width:100%;border-collapse:collapse;margin-bottom:6px;table-layout:fixed}
  td{border:1px solid #000;padding:3px 4px;vertical-align:middle;word-break:break-all}
  td.h{background:#dce6f1;text-align:center;font-weight:bold}
  td.sec{background:#9bbbd9;font-weight:bold;text-align:left;padding-left:6px}
  td.c{text-align:center}
  .foot{display:flex;justify-content:space-between;font-size:8pt;color:#444;margin-top:6px}`;
  const rows = p.work.map((j, i) => `<tr><td class="c">${i + 1}</td><td class="c">${fmt(j.start, 'YYYY-MM-01')}</td><td class="c">${j.end ? lastDay(j.end) : ''}</td><td>${esc(j.company)}</td><td class="c">${esc(j.dept ?? (j.title.includes('设备') || j.title.includes('机修') ? '设备部' : '生产部'))}</td><td class="c">${esc(j.title)}</td><td class="c">${esc(j.referee ?? '')}</td><td class="c">${esc(j.refereePhone ?? '')}</td></tr>`).join('');
  const sk = skills(p);
  const lv = ['精通', '熟练', '精通', '精通', '熟练', '熟练', '熟练', '一般'];
  const body = `
  <div class="title">员工履历信息表</div>
  <div class="param"><span>组织：东莞市松湖新材料科技有限公司 / 设备部</span><span>员工编号：SH0215</span><span>打印人：HR-李敏</span><span>打印时间：2026-11-20 14:32:08</span></div>
  <table><colgroup><col style="width:12%"><col style="width:21%"><col style="width:12%"><col style="width:21%"><col style="width:12%"><col style="width:22%"></colgroup>
  <tr><td class="sec" colspan="6">一、基本信息</td></tr>
  <tr><td class="h">姓名</td><td>${esc(p.name)}</td><td class="h">性别</td><td>男</td><td class="h">出生日期</td><td>1979-03-12</td></tr>
  <tr><td class="h">籍贯</td><td>${esc(p.hometown!)}</td><td class="h">最高学历</td><td>大专</td><td class="h">入职日期</td><td>2020-01-06</td></tr>
  <tr><td class="h">手机号码</td><td>${esc(p.phoneLocal.replace(/-/g, ''))}</td><td class="h">办公电话</td><td>${esc(p.otherPhones[0].number)}</td><td class="h">电子邮箱</td><td>${esc(p.email)}</td></tr>
  <tr><td class="h">紧急联系人</td><td>周秀兰（配偶）</td><td class="h">联系人电话</td><td>13829105536</td><td class="h">现任职务</td><td>设备部经理</td></tr>
  </table>
  <table><colgroup><col style="width:5%"><col style="width:11%"><col style="width:11%"><col style="width:27%"><col style="width:9%"><col style="width:12%"><col style="width:9%"><col style="width:16%"></colgroup>
  <tr><td class="sec" colspan="8">二、工作履历</td></tr>
  <tr><td class="h">序号</td><td class="h">开始日期</td><td class="h">结束日期</td><td class="h">单位名称</td><td class="h">部门</td><td class="h">职务</td><td class="h">证明人</td><td class="h">证明人电话</td></tr>
  ${rows}</table>
  <table><colgroup><col style="width:5%"><col style="width:14%"><col style="width:14%"><col style="width:30%"><col style="width:20%"><col style="width:17%"></colgroup>
  <tr><td class="sec" colspan="6">三、教育经历</td></tr>
  <tr><td class="h">序号</td><td class="h">开始日期</td><td class="h">结束日期</td><td class="h">学校</td><td class="h">专业</td><td class="h">学历</td></tr>
  ${p.education.slice().reverse().map((e, i) => `<tr><td class="c">${i + 1}</td><td class="c">${fmt(e.start, 'YYYY-MM-01')}</td><td class="c">${lastDay(e.end)}</td><td>${esc(e.school)}</td><td class="c">${esc(e.field)}</td><td class="c">${esc(e.degree)}</td></tr>`).join('')}</table>
  <table><colgroup><col style="width:5%"><col style="width:45%"><col style="width:20%"><col style="width:30%"></colgroup>
  <tr><td class="sec" colspan="4">四、技能特长</td></tr>
  <tr><td class="h">序号</td><td class="h">技能名称</td><td class="h">掌握程度</td><td class="h">备注</td></tr>
  ${sk.map((s, i) => `<tr><td class="c">${i + 1}</td><td>${esc(s)}</td><td class="c">${lv[i % lv.length]}</td><td></td></tr>`).join('')}</table>
  <table><colgroup><col style="width:5%"><col style="width:45%"><col style="width:50%"></colgroup>
  <tr><td class="sec" colspan="3">五、资格证书</td></tr>
  ${p.certsZh!.map((c, i) => `<tr><td class="c">${i + 1}</td><td colspan="2">${esc(c)}</td></tr>`).join('')}</table>
  <div class="foot"><span>数据来源：人力资源管理系统 · 员工档案</span><span>第1页 共1页</span></div>`;
  return page('zh-CN', css, body);
}

// ─────────────────────────────────────────────────────────────────────────────
// qywx — 企业微信 审批 "录用审批" (offer approval) printed from the approval detail page: 审批编号 / 提交人 header,
// 表单 label–value grid, 工作经历 as 明细1/明细2… sub-grids with 开始时间 / 结束时间 (YYYY-MM, current = 至今),
// 拟录用岗位 / 拟入职日期 (an offer, not a job), 审批流程 with approvers and timestamps.
// ─────────────────────────────────────────────────────────────────────────────
export function qywx(p: Person): string {
  const zh = p.language === 'zh';
  const css = `
  body{font-family:"WenQuanYi Zen Hei","Liberation Sans",sans-serif;font-size:9pt;color:#1f2329;margin:0}
  .hd{border-bottom:1px solid #dee0e3;padding-bottom:6px;margin-bottom:8px}
  .hd .t{font-size:14pt;font-weight:bold}.hd .m{color:#646a73;font-size:8.4pt;margin-top:3px}
  .st{display:inline-block;background:#e8f7ee;color:#1f9d55;border-radius:3px;padding:1px 6px;font-size:8pt;margin-left:8px;vertical-align:middle}
  table{width:100%;border-collapse:collapse;margin-bottom:6px}
  td{border:1px solid #dee0e3;padding:4px 6px;vertical-align:top}
  td.l{background:#f5f6f7;color:#646a73;width:17%}
  .dt{font-weight:bold;margin:8px 0 3px;color:#3370ff}
  .flow{margin-top:8px}.node{display:grid;grid-template-columns:14px 1fr auto;gap:6px;padding:4px 0;border-left:2px solid #dee0e3;margin-left:6px;padding-left:10px;position:relative}
  .node:before{content:"";position:absolute;left:-6px;top:8px;width:10px;height:10px;border-radius:50%;background:#3370ff}
  .node .tm{color:#8f959e;font-size:8pt}
  .sec{font-size:10pt;font-weight:bold;margin:10px 0 4px}`;
  const w = recent(p);
  const jobs = w.map((j, i) => `<div class="dt">工作经历 明细${i + 1}</div><table>
  <tr><td class="l">开始时间</td><td>${fmt(j.start, 'YYYY-MM')}</td><td class="l">结束时间</td><td>${j.end ? fmt(j.end, 'YYYY-MM') : '至今'}</td></tr>
  <tr><td class="l">公司名称</td><td>${esc(j.company)}</td><td class="l">职位</td><td>${esc(titleOf(j, true))}</td></tr>
  <tr><td class="l">离职原因</td><td colspan="3">${esc(j.reasonZh ?? (j.end ? (j.kind === 'trainee' ? '管培期结束转正' : '个人发展') : '（在职）'))}</td></tr></table>`).join('');
  const role = zh ? { pos: 'HRBP经理（研发中心）', dept: '人力资源部', sal: '月薪 21,000 元 × 14 薪', date: '2027-01-04', who: '周晓峰', mgr: '赵立军', hrd: '孙婧', co: '西安云栈信息科技有限公司' }
    : { pos: 'Head of Brand Marketing 品牌市场总监', dept: '市场部', sal: '年薪 68 万元（含绩效）', date: '2027-01-11', who: '李欣然', mgr: 'Oliver Grant', hrd: '王蕙', co: '北京岚山生活方式品牌管理有限公司' };
  const edu = p.education.map((e) => `<tr><td class="l">学校</td><td>${esc(e.school)}</td><td class="l">学历 / 专业</td><td>${esc(e.degreeZh ?? e.degree)} / ${esc(e.fieldZh ?? e.field)}</td></tr><tr><td class="l">起止时间</td><td colspan="3">${fmt(e.start, 'YYYY-MM')} ~ ${fmt(e.end, 'YYYY-MM')}</td></tr>`).join('');
  const body = `
  <div class="hd"><div class="t">录用审批 · ${esc(p.name)}<span class="st">已通过</span></div>
  <div class="m">审批编号：202611180023 ｜ 提交人：${role.who}（${role.dept}） ｜ 提交时间：2026-11-18 10:42 ｜ 所属企业：${role.co}</div></div>
  <div class="sec">候选人信息</div>
  <table>
  <tr><td class="l">候选人姓名</td><td>${esc(p.name)}${p.nameEn ? `（${esc(p.nameEn)}）` : ''}</td><td class="l">性别</td><td>女</td></tr>
  <tr><td class="l">手机号</td><td>${esc(p.phoneLocal.replace(/ /g, ''))}</td><td class="l">邮箱</td><td>${esc(p.email)}</td></tr>
  <tr><td class="l">现居住地</td><td>${esc(p.address)}</td><td class="l">简历来源</td><td>${zh ? '猎头推荐' : '内部推荐'}</td></tr>
  <tr><td class="l">拟录用岗位</td><td>${esc(role.pos)}</td><td class="l">拟入职日期</td><td>${role.date}</td></tr>
  <tr><td class="l">拟定薪资</td><td>${esc(role.sal)}</td><td class="l">试用期</td><td>6 个月</td></tr>
  </table>
  <div class="sec">工作经历</div>${jobs}
  <div class="sec">教育经历</div><table>${edu}</table>
  <div class="sec">专业技能</div>
  <table><tr><td>${skills(p).map(esc).join('<br>')}</td></tr></table>
  <table><tr><td class="l">附件</td><td>${esc(p.name)}_简历.pdf（312 KB）、面试评价表.xlsx</td></tr></table>
  <div class="sec">审批流程</div>
  <div class="flow">
  <div class="node"><span></span><span>${role.who} 发起申请</span><span class="tm">2026-11-18 10:42</span></div>
  <div class="node"><span></span><span>用人部门负责人 ${role.mgr} · 已同意「综合面试表现优秀，同意录用」</span><span class="tm">2026-11-18 15:07</span></div>
  <div class="node"><span></span><span>HRD ${role.hrd} · 已同意</span><span class="tm">2026-11-19 09:31</span></div>
  <div class="node"><span></span><span>抄送：招聘组、薪酬组</span><span class="tm">2026-11-19 09:31</span></div>
  </div>`;
  return page('zh-CN', css, body);
}

