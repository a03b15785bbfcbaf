/** heldout-21: the HTML templates that Chromium prints, and the plain-text ones. */
import type { Job, Person } from './people.ts';
import { d, dual, esc as e, months, newestFirst, oldestFirst, skillsOf } from './lib.ts';

const SANS = `'Liberation Sans', Arial, 'WenQuanYi Zen Hei', 'Droid Sans Fallback', sans-serif`;
const ZH = `'WenQuanYi Zen Hei', 'Droid Sans Fallback', 'Liberation Sans', sans-serif`;
const SERIF = `'Liberation Serif', 'Times New Roman', 'WenQuanYi Zen Hei', serif`;
const page = (css: string, body: string, lang = 'en') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>
* { box-sizing: border-box; } body { margin: 0; } table { border-collapse: collapse; width: 100%; } td, th { vertical-align: top; }
tr { break-inside: avoid; } ${css}</style></head><body>${body}</body></html>`;
const groupByEmployer = (w: Job[]) => { const gs: Job[][] = []; for (const j of newestFirst(w)) { const g = gs.find((x) => x[0].company === j.company); if (g) g.push(j); else gs.push([j]); } return gs; };

// ---------------- I: iCIMS-style candidate application, printable view ----------------
const REQS: Record<string, { co: string; req: string }> = {
  p01: { co: 'Northwest Justice Alliance', req: '2026-4471 — Supervising Attorney, Housing Unit' },
  p03: { co: 'Great Lakes Regional Sewer District', req: '2026-1182 — Principal Engineer, Capital Programs' },
  p05: { co: 'AgriTrade East Africa Facility', req: 'EA-2026-309 — Procurement & Grants Manager (Dar es Salaam)' },
  p06: { co: 'WaterBridge International', req: '2026-0714 — Country WASH Lead, Nepal' },
  p13: { co: 'Auralis Audio Inc.', req: '2026-2205 — Hardware Engineering Manager (Shenzhen)' },
};
export function icims(p: Person): string {
  const r = REQS[p.id];
  const kv = (rows: [string, string][]) => `<table class="kv">${rows.map(([k, v]) => `<tr><th>${e(k)}</th><td>${e(v)}</td></tr>`).join('')}</table>`;
  const jobs = newestFirst(p.work).map((j, i) => `<div class="blk"><div class="bh">Work Experience ${i + 1}</div>${kv([
    ['Employer', j.company], ['Job Title', j.title], ['Location', j.city], ['Start Date', d(j.start, 'MM/YYYY')], ['End Date', j.end ? d(j.end, 'MM/YYYY') : ''],
    ['I currently work here', j.end ? 'No' : 'Yes'], ['Responsibilities', j.duties.join('; ')],
  ])}</div>`).join('');
  const edu = p.education.map((x, i) => `<div class="blk"><div class="bh">Education ${i + 1}</div>${kv([['School', x.school], ['Degree', x.degree], ['Graduation Date', d(x.end, 'MM/YYYY')]])}</div>`).join('');
  const n = p.language === 'mixed' ? p.english!.split(' ') : p.name.split(' ');
  const first = n[0], last = n.slice(1).join(' ');
  const css = `body { font: 9.5pt ${SANS}; color: #222; } .top { display: flex; justify-content: space-between; border-bottom: 3px solid #0a5c8a; padding-bottom: 4px; }
  .top b { font-size: 13pt; color: #0a5c8a; } h2 { font-size: 11pt; background: #0a5c8a; color: #fff; padding: 3px 6px; margin: 12px 0 6px; }
  .kv th { width: 30%; text-align: left; font-weight: normal; color: #555; background: #f2f5f7; padding: 3px 6px; border: 1px solid #d5dde3; }
  .kv td { padding: 3px 6px; border: 1px solid #d5dde3; } .blk { margin-bottom: 8px; break-inside: avoid; } .bh { font-weight: bold; margin: 4px 0 2px; }
  .foot { margin-top: 14px; font-size: 8pt; color: #777; border-top: 1px solid #ccc; padding-top: 4px; }`;
  const body = `<div class="top"><div><b>${e(r.co)}</b><br>Careers — Candidate Profile (Printable View)<br>Candidate: <b style="font-size:10pt;color:#222">${e(p.language === 'mixed' ? p.english! : p.name)}</b> (ID ${7700412 + Number(p.id.slice(1))})</div><div style="text-align:right">Job: ${e(r.req)}<br>Status: Applied — 11/24/2026</div></div>
  <h2>Candidate Information</h2>${kv([['First Name', first], ['Last Name', last], ...(p.language === 'mixed' ? [['Name in native script (if different)', p.name] as [string, string]] : []), ['Email', p.email], ['Phone (Mobile)', p.phone], ['Address', p.address]])}
  <h2>Work Experience</h2>${jobs}<h2>Education</h2>${edu}
  <h2>Skills</h2>${kv(skillsOf(p).map((s, i) => [`Skill ${i + 1}`, s]))}
  <h2>Licenses &amp; Certifications</h2>${kv(p.certs.map((c, i) => [`Certification ${i + 1}`, c]))}
  <h2>Application Questions</h2>${kv([['Are you legally authorized to work in the country of this position?', 'Yes'], ['Will you now or in the future require sponsorship?', p.id === 'p13' || p.id === 'p05' ? 'Yes' : 'No'], ['How did you hear about this position?', 'Organization website']])}
  <div class="foot">Printed from the applicant tracking system on 11/28/2026. Confidential candidate information.</div>`;
  return page(css, body);
}

// ---------------- J: healthcare credentialing application — work history with gap explanations ----------------
export function credentialing(p: Person): string {
  const rows: { s: string; html: string }[] = newestFirst(p.work).map((j) => ({ s: j.start, html: `<tr><td>${e(j.company)}<br><span class="sm">${e(j.city)}</span></td><td>${e(j.title)}</td><td class="c">${d(j.start, 'MM/YYYY')}</td><td class="c">${d(j.end, 'MM/YYYY', 'Current')}</td><td>${e(j.supervisor ?? '')}<br><span class="sm">${e(j.supPhone ?? '')}</span></td></tr>` }));
  for (const g of p.gaps) rows.push({ s: g.start, html: `<tr class="gap"><td colspan="2"><b>GAP IN WORK HISTORY</b> — Explanation: ${e(g.what)}</td><td class="c">${d(g.start, 'MM/YYYY')}</td><td class="c">${d(g.end, 'MM/YYYY')}</td><td></td></tr>` });
  rows.sort((a, b) => b.s.localeCompare(a.s));
  const css = `body { font: 9pt ${SANS}; } h1 { font-size: 13pt; margin: 0; } .bar { background: #23395d; color: #fff; padding: 3px 6px; font-weight: bold; margin: 12px 0 4px; }
  td, th { border: 1px solid #8a8a8a; padding: 3px 5px; } th { background: #e4e8ee; text-align: left; font-size: 8pt; } .c { text-align: center; } .sm { font-size: 8pt; color: #444; }
  .gap td { background: #fff7e0; } .note { font-size: 8pt; font-style: italic; }`;
  const body = `<table style="border:none"><tr><td style="border:none"><h1>Practitioner Credentialing Application</h1><div>Decatur Heart &amp; Vascular Institute — Medical Staff Services / Nursing Credentials Verification</div></td><td style="border:none;text-align:right;font-size:8pt">Section 9 of 14<br>Attestation ID: 7740-2931</td></tr></table>
  <div class="bar">1. Practitioner Identification</div>
  <table><tr><th>Legal name</th><td>${e(p.name)}</td><th>Credentials</th><td>BSN, RN, CCRN</td></tr><tr><th>Home address</th><td colspan="3">${e(p.address)}</td></tr>
  <tr><th>Cell phone</th><td>${e(p.phone)}</td><th>E-mail</th><td>${e(p.email)}</td></tr><tr><th>Date of birth</th><td>${d(p.born.slice(0, 7), 'MM/YYYY').replace('/', '/' + p.born.slice(8, 10) + '/')}</td><th>NPI</th><td>1730452289</td></tr></table>
  <div class="bar">9. Work History</div><p class="note">List all professional work history for the past ten years, most recent first. Explain any gap of six months or longer in the row provided.</p>
  <table><tr><th style="width:27%">Employer / location</th><th style="width:23%">Position</th><th style="width:11%">From (mm/yyyy)</th><th style="width:11%">To (mm/yyyy)</th><th>Supervisor / phone</th></tr>${rows.map((r) => r.html).join('')}</table>
  <div class="bar">10. Education and Training</div><table><tr><th>Institution</th><th>Degree</th><th>Completed</th></tr>${p.education.map((x) => `<tr><td>${e(x.school)}, ${e(x.city)}</td><td>${e(x.degree)}</td><td>${d(x.end, 'MM/YYYY')}</td></tr>`).join('')}</table>
  <div class="bar">11. Licensure and Certifications</div><table>${p.certs.map((c) => `<tr><td>${e(c)}</td></tr>`).join('')}</table>
  <div class="bar">12. Clinical Competencies (self-reported)</div><table>${skillsOf(p).map((s) => `<tr><td style="width:70%">${e(s)}</td><td>☑ Competent, current</td></tr>`).join('')}</table>
  <div class="bar">14. Attestation</div><p>I attest that the information provided is complete and accurate. I authorize verification of all information with primary sources.</p>
  <p>Signature: ______________________________ &nbsp;&nbsp; Date: ______________</p>`;
  return page(css, body);
}

// ---------------- J2: PageUp-style application form printout (one row per job, dd/mm/yyyy) ----------------
export function pageup(p: Person): string {
  const css = `body { font: 9pt ${SANS}; color:#1b1b1b } h1 { font-size: 14pt; color: #6b2c91; margin: 0 0 2px; } h2 { font-size: 10.5pt; color: #6b2c91; border-bottom: 1px solid #6b2c91; margin: 14px 0 5px; }
  td, th { border: 1px solid #bbb; padding: 3px 5px; } th { background: #f1eaf6; text-align: left; } .r td { border-top: none; color: #333; font-size: 8.5pt; }`;
  const jobs = newestFirst(p.work).map((j) => `<tr><td>${e(j.company)}</td><td>${e(j.title)}</td><td>${d(j.start, 'DD/MM/YYYY')}</td><td>${j.end ? d(j.end, 'DD/MM/YYYY', '', true) : 'Current'}</td><td>${e(j.reason ?? (j.end ? '—' : 'Still employed'))}</td></tr><tr class="r"><td colspan="5"><i>Key responsibilities:</i> ${e(j.duties.join('; '))}</td></tr>`).join('');
  const body = `<h1>Application form — ${e(p.name)}</h1><div>${p.id === 'p05' ? 'Regional Agricultural Trade Programme — Procurement Specialist (Job no. 612044)' : 'Himalayan Climate Resilience Fund — Senior WASH Engineer (Job no. 498113)'}</div><div style="font-size:8pt;color:#666">Submitted 21/11/2026 09:42 · Printed from the recruitment system</div>
  <h2>Personal details</h2><table><tr><th style="width:22%">Title</th><td>${p.gender === 'Female' ? 'Ms' : 'Mr'}</td><th style="width:22%">First name(s)</th><td>${e(p.name.split(' ').slice(0, -1).join(' '))}</td></tr><tr><th>Surname</th><td>${e(p.name.split(' ').slice(-1)[0])}</td><th>Nationality</th><td>${e(p.nationality)}</td></tr>
  <tr><th>Email</th><td>${e(p.email)}</td><th>Mobile</th><td>${e(p.phone)}</td></tr><tr><th>Address</th><td colspan="3">${e(p.address)}</td></tr></table>
  <h2>Employment history</h2><table><tr><th>Employer</th><th>Position title</th><th style="width:12%">Start date</th><th style="width:12%">End date</th><th style="width:20%">Reason for leaving</th></tr>${jobs}</table>
  <h2>Qualifications</h2><table><tr><th>Institution</th><th>Qualification</th><th>Year completed</th></tr>${p.education.map((x) => `<tr><td>${e(x.school)}</td><td>${e(x.degree)}</td><td>${x.end.slice(0, 4)}</td></tr>`).join('')}${p.certs.map((c) => `<tr><td colspan="2">${e(c)}</td><td></td></tr>`).join('')}</table>
  <h2>Skills</h2><table><tr><th style="width:30%">Skills and software</th><td>${skillsOf(p).map(e).join('<br>')}</td></tr><tr><th>Languages</th><td>${p.languages.map(e).join(', ')}</td></tr></table>
  <h2>Referees</h2><table><tr><th>Name</th><th>Position</th><th>Phone</th></tr>${p.referees.map((r) => `<tr><td>${e(r.name)}</td><td>${e(r.role)}</td><td>${e(r.phone)}</td></tr>`).join('')}</table>
  <h2>Declaration</h2><p>☑ I declare that the information in this application is true and complete.</p>`;
  return page(css, body);
}

// ---------------- K: 执业注册申请信息确认表（系统打印预览） ----------------
const REG: Record<string, { org: string; sys: string; cert: string; certNo: string; expLabel: string }> = {
  p09: { org: '中国证券业协会', sys: '从业人员管理信息系统', cert: '执业岗位', certNo: '证券投资咨询业务（分析师）', expLabel: '执业经历' },
  p11: { org: '全国建筑市场监管公共服务平台', sys: '注册建造师管理系统', cert: '注册专业', certNo: '建筑工程', expLabel: '工作经历' },
  p12: { org: '中国证券投资基金业协会', sys: '从业人员管理平台', cert: '从业资格类别', certNo: '基金销售', expLabel: '从业经历' },
};
export function registryPrint(p: Person): string {
  const r = REG[p.id];
  const css = `body { font: 9.5pt ${ZH}; } .hd { text-align: center; border-bottom: 2px solid #b22; padding-bottom: 6px; } .hd b { font-size: 15pt; color: #b22; }
  h3 { font-size: 10.5pt; margin: 14px 0 4px; padding-left: 6px; border-left: 4px solid #b22; } td, th { border: 1px solid #999; padding: 4px 6px; } th { background: #f3f3f3; font-weight: normal; width: 16%; text-align: right; }
  .list th { text-align: center; width: auto; } .list td { text-align: center; } .wm { color: #999; font-size: 8pt; text-align: right; }`;
  const rows = newestFirst(p.work).map((j, i) => `<tr><td>${i + 1}</td><td>${d(j.start, 'YYYY-MM-DD')}</td><td>${j.end ? d(j.end, 'YYYY-MM-DD', '', true) : '—'}</td><td style="text-align:left">${e(j.company)}</td><td>${e(j.title)}</td><td>${j.end ? '已离职' : '在职'}</td></tr>`).join('');
  const body = `<div class="hd"><b>${r.org}</b><br>${r.sys} · 执业注册申请信息确认表（打印预览）</div><p class="wm">申请流水号：ZC20261127${p.id.slice(1)}0418　打印时间：2026-11-27 15:06</p>
  <h3>一、基本信息</h3><table><tr><th>姓名</th><td>${e(p.name)}</td><th>性别</th><td>${e(p.gender)}</td><td rowspan="4" style="width:17%;text-align:center;vertical-align:middle;color:#888">照片</td></tr>
  <tr><th>出生日期</th><td>${p.born}</td><th>学历</th><td>${e(p.education[p.education.length - 1].degree.split(' ').pop()!)}</td></tr>
  <tr><th>手机号码</th><td>${e(p.phone)}</td><th>电子邮箱</th><td>${e(p.email)}</td></tr><tr><th>${r.cert}</th><td>${r.certNo}</td><th>当前机构</th><td>${e(newestFirst(p.work)[0].company)}</td></tr>
  <tr><th>通讯地址</th><td colspan="4">${e(p.address)}</td></tr></table>
  <h3>二、${r.expLabel}</h3><table class="list"><tr><th>序号</th><th>起始日期</th><th>终止日期</th><th>机构名称</th><th>职务/岗位</th><th>状态</th></tr>${rows}</table>
  <h3>三、学历信息</h3><table class="list"><tr><th>毕业院校</th><th>专业及学历</th><th>入学时间</th><th>毕业时间</th></tr>${p.education.map((x) => `<tr><td>${e(x.school)}</td><td>${e(x.degree)}</td><td>${d(x.start, 'YYYY-MM')}</td><td>${d(x.end, 'YYYY-MM')}</td></tr>`).join('')}</table>
  <h3>四、专业技能（本人填报）</h3><table><tr><td>${skillsOf(p).map(e).join('；')}</td></tr></table>
  <h3>五、资格证书</h3><table><tr><td>${p.certs.map(e).join('；')}</td></tr></table>
  <p style="margin-top:18px">本人确认以上信息真实、准确、完整。　　本人签字：__________　　机构盖章：__________　　日期：____年__月__日</p>`;
  return page(css, body, 'zh');
}

// ---------------- L: 医师执业注册申请审核表 (vertical label, study+work rows) ----------------
export function yishiZhuce(p: Person): string {
  const rows = [...p.education.map((x) => ({ s: x.start, t: `${d(x.start, 'YYYY年MM月')}至${d(x.end, 'YYYY年MM月')}`, u: x.school, r: `${x.degree.split(' ')[0]}（学习）` })),
    ...p.work.map((j) => ({ s: j.start, t: `${d(j.start, 'YYYY年MM月')}至${d(j.end, 'YYYY年MM月', '今')}`, u: j.company, r: j.title }))].sort((a, b) => a.s.localeCompare(b.s));
  const css = `body { font: 10.5pt ${ZH}; } h1 { text-align: center; font-size: 17pt; letter-spacing: 2px; margin: 4px 0 10px; } td { border: 1px solid #000; padding: 5px 6px; }
  .l { background: #fafafa; text-align: center; width: 14%; } .v { writing-mode: vertical-rl; letter-spacing: 6px; text-align: center; width: 5%; } .s { font-size: 9pt; }`;
  const body = `<div style="font-size:9pt">卫健委监制　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　编号：川卫医注〔2026〕0913</div><h1>医师执业注册申请审核表</h1>
  <table><tr><td class="l">姓名</td><td>${e(p.name)}</td><td class="l">性别</td><td>${e(p.gender)}</td><td class="l">出生日期</td><td>${p.born}</td><td rowspan="4" style="width:15%;text-align:center;vertical-align:middle">二寸<br>免冠<br>照片</td></tr>
  <tr><td class="l">身份证号</td><td colspan="3">511402199004061126</td><td class="l">学历</td><td>硕士研究生</td></tr>
  <tr><td class="l">医师资格<br>证书编码</td><td colspan="3">201651110511402199004061126</td><td class="l">执业类别</td><td>临床</td></tr>
  <tr><td class="l">联系电话</td><td colspan="2">${e(p.phone)}</td><td class="l">电子邮箱</td><td colspan="2">${e(p.email)}</td></tr>
  <tr><td class="l">执业范围</td><td colspan="3">儿科专业</td><td class="l">拟执业地点</td><td colspan="2">${e(newestFirst(p.work)[0].company)}</td></tr>
  <tr><td class="l">通讯地址</td><td colspan="6">${e(p.address)}</td></tr></table>
  <table style="margin-top:-1px"><tr><td class="v" rowspan="${rows.length + 1}">学习及工作经历</td><td class="l" style="width:30%">起止时间</td><td class="l" style="width:38%">学习或工作单位</td><td class="l">职务/职称</td></tr>
  ${rows.map((x) => `<tr><td>${x.t}</td><td>${e(x.u)}</td><td>${e(x.r)}</td></tr>`).join('')}</table>
  <table style="margin-top:-1px"><tr><td class="l">专业特长</td><td>${skillsOf(p).map(e).join('、')}</td></tr><tr><td class="l">培训考核<br>情况</td><td>住院医师规范化培训合格（2019）；近两年定期考核合格。</td></tr>
  <tr><td class="l">申请人<br>声明</td><td style="height:60px">本人承诺所填内容真实有效。<br>申请人签名：　　　　　　　　　　　　　　　年　　月　　日</td></tr>
  <tr><td class="l">拟执业机构<br>意见</td><td style="height:70px"><br>（盖章）　　　　　　　　　　　　　　　　　　年　　月　　日</td></tr>
  <tr><td class="l">卫生健康<br>行政部门<br>审核意见</td><td style="height:70px"><br>（盖章）　　　　　　　　　　　　　　　　　　年　　月　　日</td></tr></table>`;
  return page(css, body, 'zh');
}

// ---------------- T: ACCA-style practical experience record printout ----------------
export function accaPer(p: Person): string {
  const css = `body { font: 9.5pt ${SANS}; } .brand { font-size: 18pt; font-weight: bold; color: #c8102e; } h2 { font-size: 11pt; margin: 14px 0 4px; color: #c8102e; }
  td, th { border: 1px solid #c9c9c9; padding: 4px 6px; } th { background: #f4f4f4; text-align: left; font-weight: bold; } .ok { color: #1d7a34; }`;
  const rows = oldestFirst(p.work).map((j) => `<tr><td>${e(j.company)}</td><td>${e(j.title)}</td><td>${d(j.start, 'DD/MM/YYYY')}</td><td>${j.end ? d(j.end, 'DD/MM/YYYY', '', true) : '—'}</td><td style="text-align:center">${j.kind === 'intern' ? 0 : Math.min(months(j), 36)}</td><td>${e(j.supervisor ?? '')}</td><td class="ok">${j.kind === 'intern' ? 'Not claimed' : 'Signed off'}</td></tr>`).join('');
  const body = `<div class="brand">ACCA</div><div>MyACCA · Practical Experience Requirement (PER) — Experience record summary</div>
  <h2>Your details</h2><table><tr><th style="width:25%">Name</th><td>${e(p.nameLatin!)} (${e(p.english!)})</td><th style="width:22%">Chinese name 中文姓名</th><td>${e(p.name)}</td></tr>
  <tr><th>ACCA registration no.</th><td>2871604</td><th>Status</th><td>Member — admitted 2022</td></tr><tr><th>Email</th><td>${e(p.email)}</td><th>Mobile</th><td>${e(p.phone)}</td></tr>
  <tr><th>Postal address</th><td colspan="3">${e(p.address)}</td></tr></table>
  <h2>Experience positions</h2><table><tr><th>Employer</th><th>Position</th><th>Start date</th><th>End date</th><th>Months claimed</th><th>Practical experience supervisor</th><th>Status</th></tr>${rows}</table>
  <p>Total relevant experience recorded: 36 months (requirement met).</p>
  <h2>Performance objectives achieved (9)</h2><table><tr><td>PO1 Ethics and professionalism · PO2 Stakeholder relationship management · PO3 Strategy and innovation · PO4 Governance, risk and control · PO5 Leadership and management · PO6 Record and process transactions and events · PO7 Prepare external financial reports · PO19 Audit and assurance: evaluate and report · PO20 Plan and monitor assurance engagements</td></tr></table>
  <h2>Professional skills (self-assessed for CPD record)</h2><table><tr><td>${skillsOf(p).map(e).join(' · ')}</td></tr></table>
  <h2>Education</h2><table>${p.education.map((x) => `<tr><td>${e(x.school)}</td><td>${e(x.degree)}</td><td>${d(x.start, 'MM/YYYY')} – ${d(x.end, 'MM/YYYY')}</td></tr>`).join('')}</table>
  <p style="font-size:8pt;color:#777;margin-top:16px">This summary was generated on 26/11/2026. It is not a certificate of membership.</p>`;
  return page(css, body);
}

// ---------------- N: LaTeX res.cls look (single column, serif, hanging headings) ----------------
export function resCls(p: Person): string {
  const css = `body { font: 10.5pt ${SERIF}; } .name { text-align: center; font-size: 15pt; letter-spacing: 1px; margin-bottom: 2px; } .addr { display: flex; justify-content: space-between; font-size: 10pt; }
  .sec { display: grid; grid-template-columns: 1.15in 1fr; gap: 0 .15in; margin-top: 12px; } .sec > .h { font-weight: bold; font-size: 10.5pt; } .sec ul { margin: 2px 0 6px 0; padding-left: 16px; }
  .jt { margin-top: 6px; } .jt b { font-weight: bold; } .it { font-style: italic; }`;
  const gs = groupByEmployer(p.work);
  const exp = gs.map((g) => g.map((j) => `<div class="jt"><b>${e(j.title)}</b>, ${e(j.company)}, ${e(j.city)} <span class="it">(${d(j.start, 'Month YYYY')} – ${d(j.end, 'Month YYYY', 'present')})</span><ul>${j.duties.map((x) => `<li>${e(x)}</li>`).join('')}</ul></div>`).join('')).join('');
  const [street, ...rest] = p.address.split(', ');
  const body = `<div class="name">${e(p.name.toUpperCase())}</div><div class="addr"><div>${e(street)}<br>${e(rest.join(', '))}</div><div style="text-align:right">${e(p.phone)}<br>${e(p.email)}</div></div>
  <div class="sec"><div class="h">Objective</div><div>${e(p.summary)}</div></div>
  <div class="sec"><div class="h">Experience</div><div>${exp}</div></div>
  <div class="sec"><div class="h">Education</div><div>${p.education.map((x) => `<div><b>${e(x.school)}</b>, ${e(x.city)}<br>${e(x.degree)}, ${d(x.end, 'Month YYYY')}</div>`).join('')}</div></div>
  <div class="sec"><div class="h">Skills</div><div>${skillsOf(p).map(e).join(', ')}</div></div>
  <div class="sec"><div class="h">Licenses</div><div>${p.certs.map(e).join('<br>')}</div></div>
  <div class="sec"><div class="h">Languages</div><div>${p.languages.map(e).join('; ')}</div></div>`;
  return page(css, body);
}

// ---------------- O: Pages-style two-column grid (experience left, education/skills right) ----------------
export function pagesTwoCol(p: Person): string {
  const css = `body { font: 9.8pt ${SANS}; color: #2b2b2b; } header { border-bottom: 1px solid #999; padding-bottom: 8px; margin-bottom: 10px; }
  header h1 { font: 300 24pt ${SANS}; margin: 0; letter-spacing: .5px; } header .t { font-size: 11pt; color: #b5651d; } header .c { font-size: 9pt; margin-top: 4px; }
  .grid { display: grid; grid-template-columns: 58% 38%; column-gap: 4%; } h2 { font-size: 10pt; letter-spacing: 2px; text-transform: uppercase; color: #b5651d; margin: 6px 0 6px; }
  .job { margin-bottom: 9px; break-inside: avoid; } .job .r { font-weight: bold; } .job .m { color: #666; font-size: 9pt; } ul { margin: 3px 0; padding-left: 15px; } li { margin: 1px 0; }`;
  const jobs = newestFirst(p.work).map((j) => `<div class="job"><div class="r">${e(j.title)}</div><div>${e(j.company)} — ${e(j.city)}</div><div class="m">${d(j.start, 'Mon YYYY')} – ${d(j.end, 'Mon YYYY', 'Present')}</div><ul>${j.duties.map((x) => `<li>${e(x)}</li>`).join('')}</ul></div>`).join('');
  const body = `<header><h1>${e(p.name)}</h1><div class="t">${e(p.headline)}</div><div class="c">${e(p.address)} · ${e(p.phone)} · ${e(p.email)}</div></header>
  <div class="grid"><div><h2>Experience</h2>${jobs}</div><div><h2>Profile</h2><p>${e(p.summary)}</p><h2>Skills</h2><ul>${skillsOf(p).map((s) => `<li>${e(s)}</li>`).join('')}</ul>
  <h2>Education</h2>${p.education.map((x) => `<p><b>${e(x.degree)}</b><br>${e(x.school)}<br><span style="color:#666">${d(x.start, 'YYYY-MM').slice(0, 4)} – ${x.end.slice(0, 4)}</span></p>`).join('')}
  <h2>Certifications</h2><ul>${p.certs.map((c) => `<li>${e(c)}</li>`).join('')}</ul><h2>Languages</h2><p>${p.languages.map(e).join(', ')}</p></div></div>`;
  return page(css, body);
}

// ---------------- P: 飞书文档导出的一页纸简历 ----------------
export function feishuDoc(p: Person): string {
  const css = `body { font: 10.5pt ${ZH}; color: #1f2329; line-height: 1.55; } h1 { font-size: 20pt; margin: 0 0 6px; } h2 { font-size: 13pt; margin: 16px 0 6px; }
  h3 { font-size: 10.5pt; margin: 8px 0 2px; } .callout { background: #f0f4ff; border-radius: 6px; padding: 8px 12px; } ul { margin: 2px 0; padding-left: 20px; } .q { color: #646a73; }`;
  const body = `<h1>${e(p.name)}｜${e(p.headline)}</h1><div class="callout">手机：${e(p.phone)}　｜　邮箱：${e(p.email)}　｜　城市：${e(p.address.slice(0, 6))}　｜　${p.born.slice(0, 4)}年生</div>
  <h2>个人优势</h2><p>${e(p.summary)}</p>
  <h2>工作经历</h2>${newestFirst(p.work).map((j) => `<h3>${e(j.company)} ｜ ${e(j.title)} ｜ ${d(j.start, 'YYYY.MM')} - ${d(j.end, 'YYYY.MM', '至今')}</h3><ul>${j.duties.map((x) => `<li>${e(x)}</li>`).join('')}</ul>`).join('')}
  <h2>教育经历</h2>${p.education.map((x) => `<h3>${e(x.school)} ｜ ${e(x.degree)} ｜ ${d(x.start, 'YYYY.MM')} - ${d(x.end, 'YYYY.MM')}</h3>`).join('')}
  <h2>专业技能</h2><ul>${skillsOf(p).map((s) => `<li>${e(s)}</li>`).join('')}</ul>
  <h2>证书与语言</h2><p>${p.certs.map(e).join('、')}；${p.languages.map(e).join('、')}</p>`;
  return page(css, body, 'zh');
}

// ---------------- Q: 中文 side-heading two-column grid (headings left, content right) ----------------
export function sideHeadings(p: Person): string {
  const m = p.language === 'mixed';
  const H = (zh: string, en: string) => (m ? `${zh}<br><span class="en">${en}</span>` : zh);
  const css = `body { font: 10pt ${ZH}; color: #222; } .top { border-bottom: 2px solid #3a6ea5; padding-bottom: 6px; margin-bottom: 6px; } .top b { font-size: 20pt; } .top .en2 { font-size: 12pt; color: #3a6ea5; margin-left: 8px; }
  .row { display: grid; grid-template-columns: 24mm 1fr; column-gap: 6mm; border-top: 1px solid #ddd; padding: 8px 0; } .row > .h { font-weight: bold; color: #3a6ea5; text-align: right; } .en { font-weight: normal; font-size: 8pt; color: #777; }
  .it { display: grid; grid-template-columns: 36mm 1fr; margin-bottom: 5px; } .it .t { color: #555; } ul { margin: 2px 0; padding-left: 16px; }`;
  const jobs = newestFirst(p.work).map((j) => `<div class="it"><div class="t">${d(j.start, 'YYYY.MM')} – ${d(j.end, 'YYYY.MM', m ? '至今 Present' : '至今')}</div><div><b>${e(j.company)}</b>　${e(j.title)}<ul>${j.duties.map((x) => `<li>${e(x)}</li>`).join('')}</ul></div></div>`).join('');
  const body = `<div class="top"><b>${e(p.name)}</b>${m ? `<span class="en2">${e(p.english!)}</span>` : ''}<div>${e(p.headline)}</div></div>
  <div class="row"><div class="h">${H('联系方式', 'Contact')}</div><div>${e(p.phone)}　|　${e(p.email)}<br>${e(p.address)}</div></div>
  <div class="row"><div class="h">${H('个人简介', 'Profile')}</div><div>${e(p.summary)}</div></div>
  <div class="row"><div class="h">${H('工作经历', 'Experience')}</div><div>${jobs}</div></div>
  <div class="row"><div class="h">${H('教育背景', 'Education')}</div><div>${p.education.map((x) => `<div class="it"><div class="t">${d(x.start, 'YYYY.MM')} – ${d(x.end, 'YYYY.MM')}</div><div>${e(x.school)}　${e(x.degree)}</div></div>`).join('')}</div></div>
  <div class="row"><div class="h">${H('专业技能', 'Skills')}</div><div>${skillsOf(p).map(e).join('；')}</div></div>
  <div class="row"><div class="h">${H('证书语言', 'Certificates')}</div><div>${p.certs.map(e).join('；')}<br>${p.languages.map(e).join('；')}</div></div>`;
  return page(css, body, 'zh');
}

// ---------------- R: AsciiDoc source résumé (txt) ----------------
export function asciidoc(p: Person): string {
  const lines = [`= ${p.name}`, `${p.name} <${p.email}>`, ':doctype: article', ':icons: font', '', `${p.address} | ${p.phone}`, '', `_${p.headline}_`, '', '== Summary', '', p.summary, '', '== Experience', ''];
  for (const j of newestFirst(p.work)) lines.push(`=== ${j.title} -- ${j.company}`, `${j.city} | ${d(j.start, 'Mon YYYY')} – ${d(j.end, 'Mon YYYY', 'present')}`, '', ...j.duties.map((x) => `* ${x}`), '');
  lines.push('== Education', '');
  for (const x of p.education) lines.push(`${x.school}, ${x.city}:: ${x.degree} (${x.end.slice(0, 4)})`);
  lines.push('', '== Skills', '', ...skillsOf(p).map((s) => `* ${s}`), '', '== Bar admission', '', ...p.certs.map((c) => `* ${c}`), '', '== Languages', '', p.languages.join(', '), '');
  return lines.join('\n');
}

// ---------------- S: 手机备忘录导出的简历 (txt) ----------------
export function beiwanglu(p: Person): string {
  const m = p.language === 'mixed';
  const L: string[] = [`${dual(p)} 个人简历`, '', `电话：${p.phone}`, `邮箱：${p.email}`, `现居：${p.address}`, `${m ? '意向 Target' : '求职意向'}：${p.headline}`, '', '—— 工作经历 ——'];
  for (const j of newestFirst(p.work)) L.push(`${d(j.start, 'YYYY.M')}-${j.end ? d(j.end, 'YYYY.M') : '至今'} ${j.company} ${j.title}`, ...j.duties.map((x) => `  - ${x}`));
  L.push('', '—— 教育 ——', ...p.education.map((x) => `${d(x.start, 'YYYY.M')}-${d(x.end, 'YYYY.M')} ${x.school} ${x.degree}`));
  L.push('', '—— 技能 ——', ...skillsOf(p).map((s) => `· ${s}`), '', '—— 证书 ——', p.certs.join('，'), '', `${m ? 'Languages 语言' : '语言'}：${p.languages.join('，')}`, '', '（来自 iPhone 备忘录）');
  return L.join('\n') + '\n';
}
