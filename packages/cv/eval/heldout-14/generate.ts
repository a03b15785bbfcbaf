/**
 * heldout-14 generator: templates, the person × template plan, documents/, truth.json, manifest.json.
 * Run: cd packages/cv && npx tsx eval/heldout-14/generate.ts [--force]
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType, BorderStyle, Document, Packer, Paragraph, ShadingType, Table, TableCell, TableRow, TabStopType, TextRun, VerticalAlign, WidthType,
} from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people, type Person, type Job } from './people.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docsDir = path.join(here, 'documents');
const REF = '2026-11';
if (existsSync(path.join(here, 'manifest.json')) && !process.argv.includes('--force')) {
  console.error('manifest.json exists: the set is frozen. Use --force to regenerate.');
  process.exit(1);
}

// ---------- small helpers ----------
const sk = (s: string) => s.split(' | ')[0];
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const y = (d: string) => d.slice(0, 4);
const m = (d: string) => Number(d.slice(5, 7));
const monYear = (d: string | null, now = 'Present') => (d ? `${MON[m(d) - 1]} ${y(d)}` : now);
const monthYear = (d: string | null, now = 'Present') => (d ? `${MONTH[m(d) - 1]} ${y(d)}` : now);
const slash = (d: string | null, now = 'Present') => (d ? `${d.slice(5, 7)}/${y(d)}` : now);
const dot = (d: string | null, now = '至今') => (d ? `${y(d)}.${d.slice(5, 7)}` : now);
const zhd = (d: string | null, now = '至今') => (d ? `${y(d)}年${m(d)}月` : now);
const fullName = (p: Person) => (p.altName ? `${p.name} ${p.altName}` : p.name);
const first = (p: Person) => p.name.split(' ')[0];
const last = (p: Person) => p.name.split(' ').slice(1).join(' ');
const age = (p: Person) => 2026 - Number(y(p.born)) - (m(p.born) > 11 ? 1 : 0);

const page = (css: string, body: string, lang = 'en') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>
*{box-sizing:border-box} body{margin:0;font-family:${lang === 'en' ? "'Liberation Sans',Arial" : "'Liberation Sans','WenQuanYi Zen Hei',sans-serif"};font-size:10pt;color:#222}
${css}</style></head><body>${body}</body></html>`;

// ======================= TABLES & FORMS (HTML) =======================

/** 干部任免审批表 — the Chinese cadre appointment/removal approval form (简历 written as one line per period). */
function ganbu(p: Person): string {
  const lines: [string, string, string][] = [];
  for (const e of p.education.filter((e) => !e.degree.includes('在职') && !e.degree.includes('业余'))) lines.push([e.start, e.end, `${e.school}${e.degree.split(' ')[0]}专业学习`]);
  for (const j of [...p.work].reverse()) lines.push([j.start, j.end ?? '', `${j.company}${j.title}`]);
  lines.sort((a, b) => a[0].localeCompare(b[0]));
  const jl = lines.map(([s, e, t]) => `<div class="jl"><span>${dot(s)}--${e ? dot(e) : '&nbsp;'.repeat(7)}</span>${esc(t)}</div>`).join('');
  const ft = p.education[0], zz = p.education.find((e) => e.degree.includes('在职') || e.degree.includes('业余'));
  const css = `h1{text-align:center;font-size:20pt;letter-spacing:6px;margin:4px 0 10px;font-weight:bold}
table{border-collapse:collapse;width:100%} td{border:1px solid #000;padding:5px 4px;text-align:center;font-size:10.5pt;height:34px}
td.l{text-align:left;vertical-align:top} .jl{margin:2px 0;text-align:left} .jl span{display:inline-block;width:138px}
.photo{width:105px} .sub{font-size:9pt;text-align:right;margin-bottom:2px}`;
  const body = `<h1>干部任免审批表</h1><div class="sub">填表时间：2026年10月</div><table>
<tr><td>姓　名</td><td>${p.name}</td><td>性　别</td><td>${p.sex === 'M' ? '男' : '女'}</td><td>出生年月<br>（　岁）</td><td>${dot(p.born)}<br>（${age(p)}岁）</td><td class="photo" rowspan="4">（照片）</td></tr>
<tr><td>民　族</td><td>汉族</td><td>籍　贯</td><td>${p.address.slice(0, 3)}</td><td>出 生 地</td><td>${p.address.slice(3, 6)}</td></tr>
<tr><td>入　党<br>时　间</td><td>${dot(ft.end)}</td><td>参加工<br>作时间</td><td>${dot(p.work[p.work.length - 1].start)}</td><td>健康状况</td><td>健康</td></tr>
<tr><td>专业技术<br>职　　务</td><td colspan="2">${p.certificates[0].split('（')[0]}</td><td>熟悉专业<br>有何专长</td><td colspan="2" class="l">${p.skills.map(sk).join('、')}</td></tr>
<tr><td rowspan="2">学　历<br>学　位</td><td>全日制<br>教　育</td><td colspan="2">${ft.degree.split(' ').slice(1).join(' ')}</td><td>毕业院校<br>系及专业</td><td colspan="2">${ft.school}${ft.degree.split(' ')[0]}专业</td></tr>
<tr><td>在　职<br>教　育</td><td colspan="2">${zz ? zz.degree.split(' ').slice(1).join(' ') : ''}</td><td>毕业院校<br>系及专业</td><td colspan="2">${zz ? zz.school + zz.degree.split(' ')[0] + '专业' : ''}</td></tr>
<tr><td colspan="2">现 任 职 务</td><td colspan="5" class="l">${p.work[0].company}${p.work[0].title}</td></tr>
<tr><td colspan="2">联系电话</td><td colspan="2">${p.phonePrinted}</td><td>电子邮箱</td><td colspan="2">${p.email}</td></tr>
<tr><td style="height:330px">简<br><br><br>历</td><td colspan="6" class="l">${jl}</td></tr>
</table>
<table style="page-break-before:always">
<tr><td style="width:60px">奖惩<br>情况</td><td colspan="5" class="l">${p.certificates.slice(1).join('；') || '无'}</td></tr>
<tr><td style="width:60px">年度考核<br>结　果</td><td colspan="5" class="l">2023、2024、2025年度考核均为称职（合格）。</td></tr>
<tr><td rowspan="3">家庭<br>主要<br>成员</td><td>称谓</td><td>姓名</td><td>年龄</td><td>政治面貌</td><td>工作单位及职务</td></tr>
<tr><td>父亲</td><td>${p.name[0]}建华</td><td>63</td><td>群众</td><td class="l">退休</td></tr>
<tr><td>母亲</td><td>孙玉兰</td><td>61</td><td>群众</td><td class="l">退休</td></tr>
<tr><td>呈报<br>单位</td><td colspan="5" class="l" style="height:90px"><br><br>（盖章）　　　　年　　月　　日</td></tr>
</table>`;
  return page(css, body, 'zh');
}

/** 职业技能等级认定申报表 (vocational skill level recognition application), HTML version. */
function skilltestHtml(p: Person): string {
  const css = `h1{text-align:center;font-size:16pt;margin:0 0 4px} .no{text-align:right;font-size:9pt}
table{border-collapse:collapse;width:100%;margin-top:6px} td,th{border:1px solid #000;padding:5px;font-size:10pt;text-align:center} td.l{text-align:left}
th{font-weight:normal;background:#f1f1f1} .sec{font-weight:bold;background:#e4e4e4;text-align:left}`;
  const rows = p.work.map((j) => `<tr><td>${dot(j.start)}-${dot(j.end)}</td><td class="l">${j.company}</td><td>${j.title}</td><td>${j === p.work[0] ? '人力资源部' : '—'}</td></tr>`).join('');
  const body = `<h1>职业技能等级认定申报表</h1><div class="no">认定机构：三亚市旅游服务行业职业技能等级认定站<br>申报编号：__________</div>
<table><tr><td>姓名</td><td>${p.name}</td><td>性别</td><td>${p.sex === 'M' ? '男' : '女'}</td><td>出生年月</td><td>${dot(p.born)}</td><td rowspan="4" style="width:95px">一寸<br>免冠<br>照片</td></tr>
<tr><td>证件类型</td><td>居民身份证</td><td>证件号码</td><td colspan="3">460200${y(p.born)}${p.born.slice(5, 7)}15****</td></tr>
<tr><td>文化程度</td><td>${p.education[p.education.length - 1].degree.split(' ').pop()}</td><td>联系电话</td><td style="white-space:nowrap">${p.phonePrinted}</td><td>电子邮箱</td><td class="l">${p.email}</td></tr>
<tr><td>工作单位</td><td colspan="5" class="l">${p.work[0].company}</td></tr>
<tr><td>申报职业</td><td>前厅服务员</td><td>申报等级</td><td>一级/高级技师</td><td>现等级</td><td colspan="2">二级/技师</td></tr>
<tr><td>从事本职业年限</td><td colspan="6" class="l">${2026 - Number(y(p.work[p.work.length - 2]?.start ?? p.work[0].start))} 年</td></tr></table>
<table><tr><td colspan="4" class="sec">一、工作简历（从参加工作起填写）</td></tr><tr><th style="width:28%">起止年月</th><th>工作单位</th><th>从事工种/岗位</th><th style="width:14%">证明人</th></tr>${rows}</table>
<table><tr><td class="sec">二、主要专业技能</td></tr><tr><td class="l" style="height:60px">${p.skills.map(sk).join('；')}</td></tr>
<tr><td class="sec">三、已取得职业资格/技能等级证书</td></tr><tr><td class="l">${p.certificates.join('；')}</td></tr>
<tr><td class="sec">四、本人承诺</td></tr><tr><td class="l" style="height:70px">本人承诺以上所填信息真实有效，如有虚假，自愿承担相应责任。<br><br>申报人签名：　　　　　　　　　　年　　月　　日</td></tr>
<tr><td class="sec">五、所在单位意见</td></tr><tr><td class="l" style="height:70px"><br>（单位盖章）　　　　　　年　　月　　日</td></tr></table>`;
  return page(css, body, 'zh');
}

/** UK / Australian recruitment-agency candidate registration form. */
function agencyreg(p: Person): string {
  const css = `.top{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:3px solid #0b6e4f;padding-bottom:6px}
.brand{font-size:18pt;font-weight:bold;color:#0b6e4f} h1{font-size:13pt;margin:0} h2{background:#0b6e4f;color:#fff;font-size:10.5pt;padding:4px 6px;margin:12px 0 0}
table{border-collapse:collapse;width:100%} td,th{border:1px solid #9bb;padding:4px 6px;font-size:9.5pt;vertical-align:top} th{background:#e6f2ee;text-align:left;font-weight:bold}
td.lab{background:#f3f7f6;width:22%;font-weight:bold} .box{display:inline-block;width:10px;height:10px;border:1px solid #333;margin:0 3px 0 8px;text-align:center;font-size:8pt;line-height:9px}`;
  const hist = p.work.map((j) => `<tr><td>${esc(j.company)}</td><td>${esc(j.title)}</td><td>${slash(j.start)}</td><td>${slash(j.end, 'Current')}</td><td>${esc(j.leaving ?? '')}</td></tr>`).join('');
  const edu = p.education.map((e) => `<tr><td>${esc(e.school)}</td><td>${esc(e.degree)}</td><td>${y(e.start)}–${y(e.end)}</td></tr>`).join('');
  const body = `<div class="top"><div class="brand">Harbourline Recruitment</div><div style="text-align:right"><h1>Candidate Registration Form</h1><div style="font-size:8.5pt">Ref: HL-${p.id.toUpperCase()}-26 &nbsp; Consultant: S. Patel</div></div></div>
<h2>1. Personal Details</h2><table>
<tr><td class="lab">Full name</td><td colspan="3">${p.name}</td></tr>
<tr><td class="lab">Address</td><td colspan="3">${esc(p.address)}</td></tr>
<tr><td class="lab">Mobile</td><td>${p.phonePrinted}</td><td class="lab">Home tel.</td><td></td></tr>
<tr><td class="lab">Email</td><td>${p.email}</td><td class="lab">Date of birth</td><td>(optional – not required)</td></tr>
<tr><td class="lab">Right to work</td><td>Yes <span class="box">✓</span> No <span class="box"></span></td><td class="lab">Driving licence</td><td>Full, clean</td></tr></table>
<h2>2. Work Preferences</h2><table><tr><td class="lab">Position sought</td><td>${esc(p.occupation)}</td><td class="lab">Notice period</td><td>1 month</td></tr>
<tr><td class="lab">Type</td><td>Permanent <span class="box">✓</span> Temporary <span class="box"></span> Contract <span class="box"></span></td><td class="lab">Hours</td><td>Full time</td></tr></table>
<h2>3. Key Skills</h2><table><tr><td>${p.skills.map((s) => esc(sk(s))).join(', ')}</td></tr></table>
<h2>4. Employment History (most recent first)</h2><table><tr><th style="width:28%">Employer</th><th>Job title</th><th style="width:10%">From</th><th style="width:10%">To</th><th style="width:22%">Reason for leaving</th></tr>${hist}</table>
<h2>5. Education &amp; Qualifications</h2><table><tr><th>School / College / University</th><th>Qualification</th><th style="width:14%">Dates</th></tr>${edu}
${p.certificates.length ? `<tr><td>Professional</td><td colspan="2">${p.certificates.map(esc).join('; ')}</td></tr>` : ''}</table>
<h2>6. References</h2><table><tr><td class="lab">Referee 1</td><td>Line manager, ${esc(p.work[0].company)} — available on request</td></tr><tr><td class="lab">Referee 2</td><td>Available on request</td></tr></table>
<h2>7. Declaration &amp; Data Protection</h2><table><tr><td style="font-size:8.5pt">I confirm the information above is accurate. I consent to Harbourline Recruitment processing my personal data for work-finding services in line with UK GDPR. <span class="box">✓</span><br><br>Signed: ____________________ &nbsp;&nbsp; Date: 12/10/2026</td></tr></table>`;
  return page(css, body);
}

/** California STD. 678 Examination/Employment Application (state civil-service form). */
function std678(p: Person): string {
  const css = `.hd{display:flex;justify-content:space-between;font-size:8pt} h1{font-size:12pt;margin:2px 0 6px;text-align:center}
table{border-collapse:collapse;width:100%} td{border:1px solid #000;padding:2px 5px 5px;vertical-align:top;font-size:9.5pt}
.lb{display:block;font-size:7pt;text-transform:uppercase;color:#333} .sec{background:#000;color:#fff;font-weight:bold;font-size:9pt;padding:3px 5px}
.job{margin-top:6px}`;
  const f = (label: string, v: string, span = 1) => `<td colspan="${span}"><span class="lb">${label}</span>${v}</td>`;
  const jobs = p.work.map((j) => `<table class="job"><tr>${f('From (mm/yy)', slash(j.start).replace('/' + y(j.start), '/' + y(j.start).slice(2)))}${f('To (mm/yy)', j.end ? slash(j.end).replace('/' + y(j.end), '/' + y(j.end).slice(2)) : 'Present')}${f('Hours per week', '40')}${f('Payroll title', esc(j.title), 2)}</tr>
<tr>${f('Employer name', esc(j.company), 3)}${f('Employer address', esc(j.town), 2)}</tr>
<tr>${f('Supervisor name and phone', 'Available on request', 3)}${f('Reason for leaving', esc(j.leaving ?? ''), 2)}</tr>
<tr>${f('Duties performed', j.bullets.map(esc).join('. ') + '.', 5)}</tr></table>`).join('');
  const body = `<div class="hd"><span>STATE OF CALIFORNIA</span><span>EXAMINATION / EMPLOYMENT APPLICATION</span><span>STD. 678 (Rev. 08/2019)</span></div>
<h1>EXAMINATION / EMPLOYMENT APPLICATION</h1>
<div class="sec">Part 1 — EXAMINATION OR JOB INFORMATION</div>
<table><tr>${f('Examination or job title', esc(p.occupation === 'Senior Mechanical Engineer' ? 'Mechanical Engineer' : 'Senior Transportation Engineer (Civil)'), 2)}${f('JC ID number', 'JC-4' + p.id.slice(1) + '817')}${f('Position number', '912-330-3183-00' + p.id.slice(2))}</tr></table>
<div class="sec">Part 2 — PERSONAL INFORMATION</div>
<table><tr>${f('First name', first(p))}${f('Last name', last(p))}${f('Middle initial', '')}${f('Other names used', p.altName ? `Ma Jun (${p.altName})` : 'None')}</tr>
<tr>${f('Mailing address', esc(p.address), 2)}${f('Primary phone', p.phonePrinted)}${f('Email address', p.email)}</tr></table>
<div class="sec">Part 3 — EDUCATION</div>
<table><tr><td><span class="lb">Name of college or university</span></td><td><span class="lb">Degree / major</span></td><td><span class="lb">Dates attended</span></td></tr>
${p.education.map((e) => `<tr><td>${esc(e.school)}</td><td>${esc(e.degree)}</td><td>${slash(e.start)} – ${slash(e.end)}</td></tr>`).join('')}</table>
<div class="sec">Part 4 — LICENSES AND CERTIFICATES</div><table><tr><td>${p.certificates.map(esc).join('; ')}</td></tr></table>
<div class="sec">Part 5 — SPECIAL SKILLS AND QUALIFICATIONS</div><table><tr><td>${p.skills.map((s) => esc(sk(s))).join('; ')}</td></tr></table>
<div class="sec">Part 6 — EMPLOYMENT HISTORY (begin with most recent)</div>${jobs}
<div class="sec" style="margin-top:8px">Part 7 — APPLICANT CERTIFICATION</div><table><tr><td style="font-size:8pt">I certify that all statements on this application are true and complete. Signature: <i>${p.name}</i> &nbsp; Date: 10/21/2026</td></tr></table>`;
  return page(css, body);
}

/** Mainland multinational bilingual 职位申请表 / Job Application Form (foreign-invested company HR form). */
function jvform(p: Person): string {
  const css = `h1{text-align:center;font-size:15pt;margin:0} .en{font-size:8pt;color:#444} .t2{text-align:center;font-size:11pt;margin-bottom:8px}
table{border-collapse:collapse;width:100%;margin-top:8px} td,th{border:1px solid #555;padding:4px 5px;font-size:9.5pt;vertical-align:top} th{background:#dfe6ee;text-align:left}
td.lab{background:#f2f4f7;width:17%} .sec{background:#1f3b5a;color:#fff;font-weight:bold}`;
  const L = (zh: string, en: string) => `<td class="lab">${zh}<br><span class="en">${en}</span></td>`;
  const jobs = p.work.map((j) => `<tr><td>${dot(j.start, 'Present')} – ${dot(j.end, '至今 Present')}</td><td>${esc(j.company)}</td><td>${esc(j.title)}</td><td>${esc(j.leaving ?? '')}</td></tr><tr><td colspan="4"><span class="en">主要职责 Responsibilities:</span> ${j.bullets.map(esc).join('; ')}</td></tr>`).join('');
  const body = `<h1>职位申请表</h1><div class="t2">JOB APPLICATION FORM</div>
<table><tr><td colspan="4" class="sec">个人资料 Personal Particulars</td></tr>
<tr>${L('姓名', 'Name')}<td>${p.name}（${p.altName}）</td>${L('性别', 'Gender')}<td>${p.sex === 'M' ? '男 Male' : '女 Female'}</td></tr>
<tr>${L('出生日期', 'Date of Birth')}<td>${dot(p.born)}</td>${L('国籍', 'Nationality')}<td>中国 Chinese</td></tr>
<tr>${L('手机', 'Mobile')}<td>${p.phonePrinted}</td>${L('电子邮件', 'E-mail')}<td>${p.email}</td></tr>
<tr>${L('现住址', 'Address')}<td colspan="3">${esc(p.address)}</td></tr>
<tr>${L('应聘职位', 'Position Applied')}<td>${esc(p.occupation)}</td>${L('期望薪资', 'Expected Salary')}<td>面议 Negotiable</td></tr></table>
<table><tr><td colspan="3" class="sec">教育背景 Education</td></tr><tr><th>起止时间 Period</th><th>学校 School</th><th>专业/学位 Major / Degree</th></tr>
${p.education.map((e) => `<tr><td>${dot(e.start)} – ${dot(e.end)}</td><td>${esc(e.school)}</td><td>${esc(e.degree)}</td></tr>`).join('')}</table>
<table><tr><td colspan="4" class="sec">工作经历 Employment History（由近及远 latest first）</td></tr><tr><th style="width:22%">起止时间 Period</th><th>公司名称 Company</th><th>职位 Position</th><th style="width:20%">离职原因 Reason for Leaving</th></tr>${jobs}</table>
<table><tr><td colspan="2" class="sec">技能与资格 Skills &amp; Qualifications</td></tr>
<tr>${L('专业技能', 'Professional Skills')}<td>${p.skills.map((s) => esc(sk(s))).join(' / ')}</td></tr>
<tr>${L('证书', 'Certificates')}<td>${p.certificates.map(esc).join('; ')}</td></tr>
<tr>${L('语言能力', 'Languages')}<td>${p.languages.map(esc).join('; ')}</td></tr></table>
<table><tr><td class="sec">声明 Declaration</td></tr><tr><td style="font-size:8.5pt">本人保证以上资料属实。I declare that the information given is true and complete.<br><br>签名 Signature: ______________ &nbsp;&nbsp; 日期 Date: 2026-10-18</td></tr></table>`;
  return page(css, body, 'zh');
}

// ======================= TWO-COLUMN (HTML) =======================

/** Resume.io "Stockholm"-style: main column left, details/skills sidebar right with skill bars. */
function stockholm(p: Person): string {
  const css = `.wrap{display:grid;grid-template-columns:1fr 190px;gap:26px} h1{font-size:22pt;margin:0} .role{color:#666;font-size:11pt;margin:2px 0 14px;text-transform:uppercase;letter-spacing:1px}
h2{font-size:12pt;margin:16px 0 6px} .job h3{font-size:10.5pt;margin:8px 0 0} .dt{color:#888;font-size:8.5pt;text-transform:uppercase;margin:2px 0 3px} ul{margin:2px 0 0 16px;padding:0}
aside h2{font-size:10.5pt} aside p{margin:2px 0;font-size:9pt;word-break:break-all} .bar{height:3px;background:#dde;margin:3px 0 7px}.bar i{display:block;height:3px;background:#2b6cb0} .sk{font-size:9pt}`;
  const jobs = p.work.map((j) => `<div class="job"><h3>${esc(j.title)}, ${esc(j.company)}, ${esc(j.town)}</h3><div class="dt">${monYear(j.start)} — ${monYear(j.end)}</div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`).join('');
  const gap = p.gap ? `<div class="job"><h3>Career break</h3><div class="dt">Mar 2020 — Jul 2021</div><ul><li>Full-time caregiver for a family member</li></ul></div>` : '';
  const jobsHtml = p.gap ? jobs.replace(/(<div class="job"><h3>Lead Material)/, gap + '$1') : jobs;
  const body = `<div class="wrap"><main><h1>${p.name}</h1><div class="role">${esc(p.occupation)}</div>
<h2>Profile</h2><p>${esc(p.summary)}</p><h2>Employment History</h2>${jobsHtml}
<h2>Education</h2>${p.education.map((e) => `<div class="job"><h3>${esc(e.degree)}, ${esc(e.school)}</h3><div class="dt">${monYear(e.start)} — ${monYear(e.end)}</div></div>`).join('')}</main>
<aside><h2>Details</h2><p>${esc(p.address)}</p><p>${p.phonePrinted}</p><p>${p.email}</p>
<h2>Skills</h2>${p.skills.map((s, i) => `<div class="sk">${esc(sk(s))}</div><div class="bar"><i style="width:${90 - (i % 4) * 12}%"></i></div>`).join('')}
${p.certificates.length ? `<h2>Certifications</h2>${p.certificates.map((c) => `<p>${esc(c)}</p>`).join('')}` : ''}
<h2>Languages</h2>${p.languages.map((l) => `<p>${esc(l)}</p>`).join('')}</aside></div>`;
  return page(css, body);
}

/** Reactive Resume "Azurill"-style: left sidebar with contact, skills with level dots; main on the right. */
function reactive(p: Person): string {
  const css = `.wrap{display:grid;grid-template-columns:200px 1fr;gap:22px} aside{border-right:1px solid #ddd;padding-right:14px}
.av{width:80px;height:80px;border-radius:50%;background:#cbd5e1;margin:0 auto 10px} h1{font-size:17pt;margin:0;text-align:center} .hl{text-align:center;color:#0e7490;margin-bottom:10px}
aside div.c{font-size:8.8pt;margin:3px 0;word-break:break-all} h4{color:#0e7490;font-size:10pt;border-bottom:1px solid #0e7490;margin:14px 0 6px;padding-bottom:2px}
.s{display:flex;justify-content:space-between;font-size:9pt;margin:3px 0} .dots{color:#0e7490;letter-spacing:1px;font-size:8pt}
.it{margin-bottom:9px} .it .h{display:flex;justify-content:space-between;font-weight:bold} .it .sub{color:#555} .it ul{margin:3px 0 0 16px;padding:0}`;
  const lv = ['●●●●●', '●●●●○', '●●●●○', '●●●○○'];
  const body = `<div class="wrap"><aside><div class="av"></div><h1>${p.name}</h1><div class="hl">${esc(p.occupation)}</div>
<div class="c">✉ ${p.email}</div><div class="c">☎ ${p.phonePrinted}</div><div class="c">⌂ ${esc(p.address)}</div>
<h4>Skills</h4>${p.skills.map((s, i) => `<div class="s"><span>${esc(sk(s))}</span><span class="dots">${lv[i % 4]}</span></div>`).join('')}
<h4>Languages</h4>${p.languages.map((l) => `<div class="s">${esc(l)}</div>`).join('')}
${p.certificates.length ? `<h4>Certifications</h4>${p.certificates.map((c) => `<div class="c">${esc(c)}</div>`).join('')}` : ''}</aside>
<main><h4>Summary</h4><p>${esc(p.summary)}</p><h4>Experience</h4>${p.work.map((j) => `<div class="it"><div class="h"><span>${esc(j.company)}</span><span>${monYear(j.start)} - ${monYear(j.end)}</span></div><div class="sub">${esc(j.title)} · ${esc(j.town)}</div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`).join('')}
<h4>Education</h4>${p.education.map((e) => `<div class="it"><div class="h"><span>${esc(e.school)}</span><span>${y(e.start)} - ${y(e.end)}</span></div><div class="sub">${esc(e.degree)}</div></div>`).join('')}
${p.volunteering ? `<h4>Volunteering</h4><p>${esc(p.volunteering)}</p>` : ''}</main></div>`;
  return page(css, body);
}

/** 全民简历-style Chinese two-column: coloured left sidebar (photo, 基本信息, 技能特长 bars), content right. */
function qmjianli(p: Person): string {
  const css = `.wrap{display:grid;grid-template-columns:190px 1fr;min-height:265mm} aside{background:#2f4858;color:#fff;padding:14px 12px}
.ph{width:90px;height:110px;background:#8aa;margin:0 auto 10px} h1{font-size:20pt;text-align:center;margin:0 0 4px} .yx{text-align:center;font-size:10pt;margin-bottom:14px}
aside h3{font-size:11pt;border-bottom:1px solid #9bb;padding-bottom:3px;margin:14px 0 6px} aside p{font-size:9pt;margin:3px 0;word-break:break-all}
.bar{height:5px;background:#566;margin:2px 0 6px}.bar i{display:block;height:5px;background:#f6ae2d}
main{padding:8px 0 0 18px} main h2{font-size:12.5pt;color:#2f4858;border-bottom:2px solid #2f4858;margin:12px 0 6px;padding-bottom:2px}
.e{margin-bottom:8px} .e .h{display:flex;justify-content:space-between;font-weight:bold} .e p{margin:2px 0}`;
  const body = `<div class="wrap"><aside><div class="ph"></div><h1>${p.name}</h1><div class="yx">求职意向：${p.occupation}</div>
<h3>基本信息</h3><p>年龄：${age(p)}岁</p><p>电话：${p.phonePrinted}</p><p>邮箱：${p.email}</p><p>现居：${p.address.slice(0, 6)}</p>
<h3>技能特长</h3>${p.skills.map((s, i) => `<p>${esc(sk(s))}</p><div class="bar"><i style="width:${92 - (i % 3) * 14}%"></i></div>`).join('')}
<h3>证书</h3>${p.certificates.map((c) => `<p>${esc(c)}</p>`).join('')}</aside>
<main><h2>教育背景</h2>${p.education.map((e) => `<div class="e"><div class="h"><span>${dot(e.start)}-${dot(e.end)}</span><span>${e.school}</span><span>${e.degree}</span></div></div>`).join('')}
<h2>工作经历</h2>${p.work.map((j) => `<div class="e"><div class="h"><span>${dot(j.start)}-${dot(j.end)}</span><span>${j.company}</span><span>${j.title}</span></div>${j.bullets.map((b, i) => `<p>${i + 1}. ${b}</p>`).join('')}</div>`).join('')}
${p.gap ? `<p style="color:#666">${p.gap}</p>` : ''}<h2>自我评价</h2><p>${p.summary}</p></main></div>`;
  return page(css, body, 'zh');
}

/** JSON Resume "elegant" theme: profile card left with tag-style skills, timeline right. */
function elegant(p: Person): string {
  const css = `.wrap{display:grid;grid-template-columns:210px 1fr;gap:14px} .card{background:#fff;padding:12px;border:1px solid #ddd;border-radius:3px}
.bg{background:#3d4e5c;color:#fff;margin:-12px -12px 10px;padding:16px 12px} h1{font-size:16pt;margin:0} .zh{font-size:12pt;opacity:.85} .lab{font-size:9.5pt;color:#cde}
.ct{font-size:8.7pt;margin:4px 0;word-break:break-all} .tag{display:inline-block;background:#e7eef3;border-radius:3px;padding:2px 5px;margin:2px;font-size:8.5pt}
h3{font-size:10.5pt;color:#3d4e5c;text-transform:uppercase;margin:2px 0 8px} .w{border-left:2px solid #3d4e5c;padding-left:10px;margin-bottom:10px} .w b{font-size:10.5pt} .d{color:#888;font-size:8.5pt}
.w ul{margin:3px 0 0 14px;padding:0}`;
  const body = `<div class="wrap"><div class="card"><div class="bg"><h1>${p.name}</h1><div class="zh">${p.altName ?? ''}</div><div class="lab">${esc(p.occupation)}</div></div>
<div class="ct">📧 ${p.email}</div><div class="ct">📱 ${p.phonePrinted}</div><div class="ct">📍 ${esc(p.address)}</div>
<h3 style="margin-top:12px">Skills</h3>${p.skills.map((s) => `<span class="tag">${esc(sk(s))}</span>`).join('')}
<h3 style="margin-top:12px">Languages</h3>${p.languages.map((l) => `<div class="ct">${esc(l)}</div>`).join('')}</div>
<div><div class="card"><h3>About</h3><p>${esc(p.summary)}</p></div>
<div class="card" style="margin-top:10px"><h3>Work Experience</h3>${p.work.map((j) => `<div class="w"><b>${esc(j.title)}</b> at <b>${esc(j.company)}</b><div class="d">${monYear(j.start)} – ${monYear(j.end)} · ${esc(j.town)}</div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`).join('')}</div>
<div class="card" style="margin-top:10px"><h3>Education</h3>${p.education.map((e) => `<div class="w"><b>${esc(e.school)}</b><div>${esc(e.degree)}</div><div class="d">${monYear(e.start)} – ${monYear(e.end)}</div></div>`).join('')}</div>
${p.certificates.length ? `<div class="card" style="margin-top:10px"><h3>Certificates</h3>${p.certificates.map((c) => `<div>${esc(c)}</div>`).join('')}</div>` : ''}</div></div>`;
  return page(css, body, 'zh');
}

/** Zety-style two-column with shaded left rail, English+Chinese name line (as Chinese returnees write it). */
function zetybi(p: Person): string {
  const css = `.hd{background:#7c2d12;color:#fff;padding:14px 16px} h1{font-size:20pt;margin:0} h1 small{font-size:14pt;font-weight:normal;margin-left:8px} .hd .t{font-size:10.5pt;margin-top:2px}
.wrap{display:grid;grid-template-columns:175px 1fr;gap:0} .l{background:#fdf2ec;padding:12px} .r{padding:12px 14px}
h2{font-size:10.5pt;color:#7c2d12;text-transform:uppercase;margin:12px 0 5px;border-bottom:1px solid #e7c6b4} .l p{font-size:8.8pt;margin:3px 0;word-break:break-all}
.row{display:grid;grid-template-columns:88px 1fr;gap:8px;margin-bottom:8px} .row .d{color:#7c2d12;font-size:8.8pt} ul{margin:2px 0 0 14px;padding:0}`;
  const body = `<div class="hd"><h1>${p.name}<small>${p.altName}</small></h1><div class="t">${esc(p.occupation)}</div></div>
<div class="wrap"><div class="l"><h2>Contact 联系方式</h2><p>${p.phonePrinted}</p><p>${p.email}</p><p>${esc(p.address)}</p>
<h2>Skills 技能</h2>${p.skills.map((s) => `<p>• ${esc(sk(s))}</p>`).join('')}<h2>Languages 语言</h2>${p.languages.map((l) => `<p>${esc(l)}</p>`).join('')}</div>
<div class="r"><h2>Summary 个人简介</h2><p>${esc(p.summary)}</p><h2>Experience 工作经历</h2>
${p.work.map((j) => `<div class="row"><div class="d">${slash(j.start)} –<br>${slash(j.end, 'Present')}</div><div><b>${esc(j.title)}</b><br>${esc(j.company)} | ${esc(j.town)}<ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div></div>`).join('')}
<h2>Education 教育背景</h2>${p.education.map((e) => `<div class="row"><div class="d">${slash(e.start)} –<br>${slash(e.end)}</div><div><b>${esc(e.degree)}</b><br>${esc(e.school)}</div></div>`).join('')}
<h2>Certifications 证书</h2>${p.certificates.map((c) => `<p style="margin:2px 0">${esc(c)}</p>`).join('')}</div></div>`;
  return page(css, body, 'zh');
}

// ======================= SINGLE-COLUMN (HTML) =======================

/** LaTeX moderncv "classic" style: dates in a left margin column, coloured rule before each section title. */
function moderncv(p: Person): string {
  const css = `body{font-family:'Latin Modern Sans','Liberation Sans',sans-serif} .top{display:flex;justify-content:space-between} h1{font-size:26pt;font-weight:normal;color:#3873b3;margin:0} .ttl{font-size:13pt;color:#777;font-style:italic}
.ct{text-align:right;font-size:9pt;line-height:1.5} .sec{display:grid;grid-template-columns:110px 1fr;gap:10px;align-items:center;margin:14px 0 6px} .sec i{height:6px;background:#3873b3;display:block}
.sec span{color:#3873b3;font-size:13pt} .e{display:grid;grid-template-columns:110px 1fr;gap:10px;margin:4px 0} .e .d{text-align:right;font-size:9pt} .e ul{margin:2px 0 0 14px;padding:0}`;
  const sec = (t: string) => `<div class="sec"><i></i><span>${t}</span></div>`;
  const e = (d: string, body: string) => `<div class="e"><div class="d">${d}</div><div>${body}</div></div>`;
  const body = `<div class="top"><div><h1>${p.name}${p.altName ? ` <span style="font-size:16pt">${p.altName}</span>` : ''}</h1><div class="ttl">${esc(p.occupation)}</div></div>
<div class="ct">${esc(p.address)}<br>☎ ${p.phonePrinted}<br>✉ ${p.email}</div></div>
${sec('Experience')}${p.work.map((j) => e(`${y(j.start)}–${j.end ? y(j.end) : 'present'}`, `<b>${esc(j.title)}</b>, <i>${esc(j.company)}</i>, ${esc(j.town)}.<ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul>`)).join('')}
${sec('Education')}${p.education.map((x) => e(`${y(x.start)}–${y(x.end)}`, `<b>${esc(x.degree)}</b>, <i>${esc(x.school)}</i>`)).join('')}
${sec('Skills')}${e('', p.skills.map((s) => esc(sk(s))).join(', '))}
${sec('Certifications')}${p.certificates.map((c) => e('', esc(c))).join('')}
${sec('Languages')}${p.languages.map((l) => e(esc(l.split(' (')[0]), esc(l.includes('(') ? l.split(' (')[1].replace(')', '') : ''))).join('')}`;
  return page(css, body);
}

/** Google Docs "Coral" template: big name, contact block top-left, coral section headings, small-caps dates. */
function coral(p: Person): string {
  const css = `body{font-family:'Liberation Sans',Arial;font-size:10pt} .ct{font-size:9pt;color:#555;line-height:1.5} h1{font-size:30pt;font-family:'Liberation Serif',serif;margin:10px 0 16px;font-weight:normal}
h2{color:#f75d5d;font-size:11pt;margin:16px 0 6px;font-weight:bold} .co{font-weight:bold;margin-top:8px} .co span{font-weight:normal} .dt{font-size:8pt;color:#666;text-transform:uppercase;letter-spacing:.5px;margin:2px 0}
p{margin:3px 0;line-height:1.4}`;
  const body = `<div class="ct">${esc(p.address)}<br>${p.phonePrinted}<br>${p.email}</div><h1>${p.name}${p.altName ? ` (${p.altName})` : ''}</h1>
<p>${esc(p.summary)}</p><h2>EXPERIENCE</h2>${p.work.map((j) => `<div class="co">${esc(j.company)}, ${esc(j.town)} — <span>${esc(j.title)}</span></div><div class="dt">${monthYear(j.start)} - ${monthYear(j.end, 'PRESENT')}</div>${j.bullets.map((b) => `<p>${esc(b)}</p>`).join('')}`).join('')}
<h2>EDUCATION</h2>${p.education.map((e) => `<div class="co">${esc(e.school)} — <span>${esc(e.degree)}</span></div><div class="dt">${monthYear(e.start)} - ${monthYear(e.end)}</div>`).join('')}
<h2>SKILLS</h2>${p.skills.map((s) => `<p>${esc(sk(s))}</p>`).join('')}
${p.volunteering ? `<h2>VOLUNTEERING</h2><p>${esc(p.volunteering)}</p>` : ''}<h2>LANGUAGES</h2><p>${p.languages.map(esc).join(', ')}</p>`;
  return page(css, body, p.altName ? 'zh' : 'en');
}

// ======================= PLAIN TEXT =======================

/** Craigslist "resumes / job wanted" post, typed straight into the posting box. */
function craigslist(p: Person): string {
  return `${p.occupation} looking for full time work - ${p.address.split(',').slice(-2).join(',').trim()}

Hi, my name is ${p.name}. ${p.summary}

Call or text ${p.phonePrinted} or email ${p.email}

WORK HISTORY
${p.work.map((j) => `${j.company} (${j.town}) - ${j.title}
${monYear(j.start)} to ${monYear(j.end, 'now')}
${j.bullets.map((b) => `- ${b}`).join('\n')}`).join('\n\n')}
${p.gap ? `\n(${p.gap})\n` : ''}
SKILLS
${p.skills.map((s) => `* ${sk(s)}`).join('\n')}

CERTS
${p.certificates.join('\n')}

EDUCATION
${p.education.map((e) => `${e.degree} - ${e.school}, ${y(e.end)}`).join('\n')}

References available. Thanks for looking!
`;
}

/** 水木社区-style BBS 求职帖 (plain text post). */
function shuimu(p: Person): string {
  return `发信人: ${p.email.split('@')[0]} (求职), 信区: Career_Upgrade
标  题: 【求职】${p.occupation}，${p.address.slice(3, 6)}，${2026 - Number(y(p.work[p.work.length - 1].start))}年经验
发信站: 水木社区 (Mon Oct 12 21:08:45 2026), 站内

各位版友好，求推荐合适机会，谢谢！

【基本情况】
姓名：${p.name}
性别：${p.sex === 'M' ? '男' : '女'}　年龄：${age(p)}
电话：${p.phonePrinted}（微信同号）
邮箱：${p.email}

【工作经历】
${p.work.map((j) => `${dot(j.start)}～${dot(j.end)}　${j.company}　${j.title}
${j.bullets.map((b) => `  · ${b}`).join('\n')}`).join('\n')}

【教育经历】
${p.education.map((e) => `${dot(e.start)}～${dot(e.end)}　${e.school}　${e.degree}`).join('\n')}

【技能】
${p.skills.map(sk).join('，')}

【证书】
${p.certificates.join('；')}

【期望】
${p.address.slice(3, 6)}及周边，薪资面议。有意请站内信或直接联系，非诚勿扰。

--
※ 来源:·水木社区 newsmth.net·[FROM: 117.136.*.*]
`;
}

// ======================= DOCX =======================
const FONT = { ascii: 'Calibri', hAnsi: 'Calibri', eastAsia: 'SimSun' } as const;
const R = (text: string, o: { bold?: boolean; size?: number; italics?: boolean; color?: string } = {}) => new TextRun({ text, font: FONT, size: o.size ?? 20, bold: o.bold, italics: o.italics, color: o.color });
const P = (runs: (TextRun | string)[] | string, o: { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; after?: number; before?: number; tabs?: { type: (typeof TabStopType)[keyof typeof TabStopType]; position: number }[]; indent?: { left?: number; hanging?: number }; shade?: string } = {}) =>
  new Paragraph({ children: (typeof runs === 'string' ? [runs] : runs).map((r) => (typeof r === 'string' ? R(r) : r)), alignment: o.align, spacing: { after: o.after ?? 40, before: o.before ?? 0 }, tabStops: o.tabs, indent: o.indent,
    shading: o.shade ? { type: ShadingType.CLEAR, color: 'auto', fill: o.shade } : undefined });
const C = (content: string | Paragraph[], o: { span?: number; w?: number; shade?: string; bold?: boolean; rows?: number; small?: boolean; center?: boolean } = {}) =>
  new TableCell({ children: typeof content === 'string' ? content.split('\n').map((l) => P([R(l, { bold: o.bold, size: o.small ? 16 : 20 })], { after: 0, align: o.center ? AlignmentType.CENTER : undefined })) : content,
    columnSpan: o.span, rowSpan: o.rows, width: o.w ? { size: o.w, type: WidthType.PERCENTAGE } : undefined, verticalAlign: VerticalAlign.CENTER,
    shading: o.shade ? { type: ShadingType.CLEAR, color: 'auto', fill: o.shade } : undefined, margins: { top: 50, bottom: 50, left: 80, right: 80 } });
const T = (rows: TableCell[][], widths?: number[]) => new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, columnWidths: widths, rows: rows.map((r) => new TableRow({ children: r })) });
const lab = (s: string, o: { span?: number; w?: number } = {}) => C(s, { ...o, shade: 'E8E8E8', small: true });
const doc = (children: (Paragraph | Table)[], margin = 1000) => new Document({ styles: { default: { document: { run: { font: FONT, size: 20 } } } },
  sections: [{ properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: margin, bottom: margin, left: margin, right: margin } } }, children }] });
const gapP = () => P('', { after: 80 });

/** Generic US "Application for Employment" (office-supply / HR-template paper form), filled in Word. */
function appformDocx(p: Person): Document {
  const hdr = (t: string) => P([R(t, { bold: true, size: 20, color: 'FFFFFF' })], { shade: '404040', before: 160, after: 60 });
  const jobs = p.work.flatMap((j) => [
    T([[lab('Company', { w: 15 }), C(j.company, { w: 45 }), lab('Phone', { w: 12 }), C('Available on request', { w: 28 })],
      [lab('Address'), C(j.town), lab('Supervisor'), C('')],
      [lab('Job Title'), C(j.title), lab('From'), C(slash(j.start, '') + (j.end ? `     To: ${slash(j.end)}` : '     To: Present'))],
      [lab('Responsibilities'), C(j.bullets.join('. ') + '.', { span: 3 })],
      [lab('Reason for Leaving'), C(j.leaving ?? '', { span: 1 }), lab('May we contact?'), C(j.end ? 'YES' : 'NO (current employer)')]]), gapP()]);
  return doc([
    P([R('EMPLOYMENT APPLICATION', { bold: true, size: 32 })], { align: AlignmentType.CENTER, after: 120 }),
    hdr('Applicant Information'),
    T([[lab('First Name', { w: 16 }), lab('M.I.', { w: 8 }), lab('Last Name', { w: 26 }), lab('Date', { w: 20 }), lab('Position Applied For', { w: 30 })],
      [C(first(p)), C(''), C(last(p)), C('10/14/2026'), C(p.occupation)],
      [lab('Street Address', { span: 3 }), lab('City, State, ZIP', { span: 2 })],
      [C(p.address.split(', ')[0], { span: 3 }), C(p.address.split(', ').slice(1).join(', '), { span: 2 })],
      [lab('Phone', { span: 2 }), lab('E-mail Address', { span: 3 })],
      [C(p.phonePrinted, { span: 2 }), C(p.email, { span: 3 })],
      [lab('Are you a citizen of the United States?', { span: 2 }), C('YES ☒  NO ☐'), lab('Desired Salary'), C('Negotiable')],
      [lab('Have you ever been convicted of a felony?', { span: 2 }), C('YES ☐  NO ☒'), lab('Available Start Date'), C('2 weeks notice')]]),
    hdr('Education'),
    T([[lab('School', { w: 40 }), lab('From', { w: 12 }), lab('To', { w: 12 }), lab('Did you graduate?', { w: 12 }), lab('Degree / Diploma', { w: 24 })],
      ...p.education.map((e) => [C(e.school), C(y(e.start)), C(y(e.end)), C('YES'), C(e.degree)])]),
    hdr('Special Skills and Qualifications'),
    T([[C(p.skills.map(sk).join(', '))]]),
    hdr('Licenses / Certifications'),
    T([[C(p.certificates.join('; ') || 'None')]]),
    hdr('Previous Employment'),
    ...jobs,
    hdr('Disclaimer and Signature'),
    P([R('I certify that my answers are true and complete to the best of my knowledge. If this application leads to employment, I understand that false or misleading information in my application or interview may result in my release.', { size: 16 })]),
    T([[lab('Signature', { w: 15 }), C(p.name, { w: 55 }), lab('Date', { w: 10 }), C('10/14/2026', { w: 20 })]]),
  ], 800);
}

/** 普通高等学校毕业生就业推荐表 (university graduate employment recommendation form), filled in Word. */
function gradrecDocx(p: Person): Document {
  const ed = p.education;
  return doc([
    P([R('江南财经大学', { size: 24, bold: true })], { align: AlignmentType.CENTER, after: 0 }),
    P([R('2027届普通高等学校毕业生就业推荐表', { bold: true, size: 32 })], { align: AlignmentType.CENTER, after: 160 }),
    T([[lab('姓  名', { w: 12 }), C(p.name, { w: 18 }), lab('性  别', { w: 12 }), C(p.sex === 'M' ? '男' : '女', { w: 12 }), lab('出生年月', { w: 14 }), C(dot(p.born), { w: 14 }), C('照\n片', { rows: 4, w: 18, center: true })],
      [lab('民  族'), C('汉'), lab('政治面貌'), C('中共党员'), lab('生 源 地'), C('浙江衢州')],
      [lab('学  历'), C('硕士研究生'), lab('专  业'), C('应用统计'), lab('学  制'), C('三年')],
      [lab('学  院'), C('统计与数学学院', { span: 3 }), lab('外语水平'), C('CET-6')],
      [lab('联系电话'), C(p.phonePrinted, { span: 2 }), lab('电子邮箱'), C(p.email, { span: 3 })]]),
    gapP(),
    P([R('学习经历', { bold: true, size: 22 })]),
    T([[lab('起止时间', { w: 25 }), lab('学校', { w: 35 }), lab('专业及学历', { w: 40 })], ...ed.map((e) => [C(`${dot(e.start)}—${dot(e.end)}`), C(e.school), C(e.degree)])]),
    gapP(),
    P([R('实习及社会实践经历', { bold: true, size: 22 })]),
    T([[lab('起止时间', { w: 22 }), lab('单位名称', { w: 33 }), lab('岗位', { w: 20 }), lab('主要工作内容', { w: 25 })],
      ...p.work.map((j) => [C(`${dot(j.start)}—${dot(j.end)}`), C(j.company), C(j.title), C(j.bullets.join('；'), { small: true })])]),
    gapP(),
    T([[lab('专业技能', { w: 16 }), C(p.skills.map(sk).join('、'), { w: 84 })],
      [lab('获奖及证书'), C(['2025年全国大学生统计建模大赛 省级二等奖', '研究生学业奖学金一等奖（2024-2025学年）', ...p.certificates].join('\n'))],
      [lab('自我评价'), C(p.summary)],
      [lab('学院推荐意见'), C('该生在校期间思想进步，学习刻苦，成绩优良，同意推荐。\n\n学院（盖章）　　　　　　　　2026年10月　　日')],
      [lab('学校就业部门意见'), C('\n（盖章）　　　　　　　　年　　月　　日')]]),
    P([R('注：本表复印无效，用人单位可凭本表与学校联系。', { size: 16 })], { before: 80 }),
  ], 900);
}

/** 职业技能等级认定申报表, Word version (as handed out by a skills-assessment centre). */
function skilltestDocx(p: Person): Document {
  return doc([
    P([R('职业技能等级认定申报表', { bold: true, size: 32 })], { align: AlignmentType.CENTER, after: 60 }),
    P([R('认定机构：佛山市南海区职业技能等级认定中心　　　　申报编号：__________', { size: 16 })], { align: AlignmentType.RIGHT, after: 100 }),
    T([[lab('姓名', { w: 12 }), C(p.name, { w: 16 }), lab('性别', { w: 10 }), C(p.sex === 'M' ? '男' : '女', { w: 10 }), lab('出生年月', { w: 14 }), C(dot(p.born), { w: 18 }), C('照片', { rows: 4, w: 20, center: true })],
      [lab('证件号码'), C(`440682${y(p.born)}${p.born.slice(5, 7)}23****`, { span: 3 }), lab('文化程度'), C('中专（技工）')],
      [lab('联系电话'), C(p.phonePrinted, { span: 2 }), lab('电子邮箱'), C(p.email, { span: 2 })],
      [lab('工作单位'), C(p.work[0].company, { span: 5 })],
      [lab('申报职业'), C('电工', { span: 2 }), lab('申报等级'), C('二级/技师'), lab('现等级'), C('三级/高级工')]]),
    gapP(),
    P([R('一、工作简历', { bold: true, size: 22 })]),
    T([[lab('起止年月', { w: 24 }), lab('工作单位', { w: 40 }), lab('从事工种/岗位', { w: 20 }), lab('证明人', { w: 16 })],
      ...p.work.map((j) => [C(`${dot(j.start)}-${dot(j.end)}`), C(j.company), C(j.title), C(j === p.work[0] ? '设备部' : '')])]),
    gapP(),
    P([R('二、主要专业技能', { bold: true, size: 22 })]),
    T([[C(p.skills.map(sk).join('；'))]]),
    gapP(),
    P([R('三、已取得职业资格/技能等级证书', { bold: true, size: 22 })]),
    T([[lab('证书名称', { w: 60 }), lab('发证时间', { w: 40 })], ...p.certificates.map((c, i) => [C(c), C(i === 0 ? '2012年5月' : '2018年11月')])]),
    gapP(),
    P([R('四、教育培训经历', { bold: true, size: 22 })]),
    T(p.education.map((e) => [C(`${dot(e.start)}-${dot(e.end)}`, { w: 24 }), C(e.school, { w: 40 }), C(e.degree, { w: 36 })])),
    gapP(),
    T([[lab('本人承诺', { w: 16 }), C('本人承诺以上所填信息真实有效，如有虚假，自愿承担相应责任。\n申报人签名：　　　　　　　年　　月　　日', { w: 84 })],
      [lab('单位意见'), C('情况属实，同意申报。\n（单位盖章）　　　　　　　年　　月　　日')]]),
  ], 900);
}

/** Hand-typed US Word résumé: centered name block, OBJECTIVE line, dates in a left column via tab stop. */
function wordchronoDocx(p: Person): Document {
  const tab = [{ type: TabStopType.LEFT, position: 2300 }];
  const H = (t: string) => P([R(t, { bold: true, size: 22 })], { before: 200, after: 60 });
  return doc([
    P([R(p.name, { bold: true, size: 32 })], { align: AlignmentType.CENTER, after: 0 }),
    P(p.address, { align: AlignmentType.CENTER, after: 0 }),
    P(`${p.phonePrinted}  •  ${p.email}`, { align: AlignmentType.CENTER, after: 160 }),
    P([R('OBJECTIVE', { bold: true }), R(`\t${p.summary}`)], { tabs: tab, indent: { left: 2300, hanging: 2300 } }),
    H('EXPERIENCE'),
    ...p.work.flatMap((j) => [
      P([R(`${monYear(j.start)} – ${monYear(j.end)}`), R(`\t${j.title}`, { bold: true })], { tabs: tab, indent: { left: 2300, hanging: 2300 }, before: 80, after: 0 }),
      P([R(`\t${j.company}, ${j.town}`, { italics: true })], { tabs: tab, indent: { left: 2300, hanging: 2300 }, after: 20 }),
      ...j.bullets.map((b) => P(`•  ${b}`, { indent: { left: 2560, hanging: 260 }, after: 0 })),
    ]),
    H('EDUCATION'),
    ...p.education.map((e) => P([R(`${y(e.start)} – ${y(e.end)}`), R(`\t${e.degree}`, { bold: true }), R(`, ${e.school}`)], { tabs: tab, indent: { left: 2300, hanging: 2300 } })),
    H('SKILLS'),
    P([R(p.skills.map(sk).join('; '))], { indent: { left: 2300 } }),
    H('LICENSES & CERTIFICATIONS'),
    ...p.certificates.map((c) => P(c, { indent: { left: 2300 }, after: 0 })),
    H('REFERENCES'),
    P('Available upon request.', { indent: { left: 2300 } }),
  ], 1200);
}

/** Chinese hand-typed Word 简历 (no table): ■ shaded section heads, 基本信息 lines, numbered duties. */
function zhwordDocx(p: Person): Document {
  const H = (t: string) => P([R(`■ ${t}`, { bold: true, size: 24, color: '1F4E79' })], { shade: 'DEEAF6', before: 200, after: 80 });
  return doc([
    P([R('个 人 简 历', { bold: true, size: 36 })], { align: AlignmentType.CENTER, after: 200 }),
    H('基本信息'),
    P(`姓　　名：${p.name}　　　　性　　别：${p.sex === 'M' ? '男' : '女'}　　　　出生年月：${dot(p.born)}`),
    P(`联系电话：${p.phonePrinted}　　　　电子邮箱：${p.email}`),
    P(`现 住 址：${p.address}`),
    P(`求职意向：${p.occupation}`),
    H('教育背景'),
    ...p.education.map((e) => P(`${dot(e.start)} - ${dot(e.end)}　　${e.school}　　${e.degree}`)),
    H('工作经历'),
    ...p.work.flatMap((j) => [
      P([R(`${dot(j.start)} - ${dot(j.end)}　　${j.company}　　${j.title}`, { bold: true })], { before: 80 }),
      ...j.bullets.map((b, i) => P(`${i + 1}、${b}`, { indent: { left: 420 }, after: 0 })),
    ]),
    H('专业技能'),
    ...p.skills.map((s) => P(`◆ ${sk(s)}`, { after: 0 })),
    H('证书'),
    P(p.certificates.join('；')),
    H('自我评价'),
    P(p.summary),
  ], 1100);
}

// ======================= PLAN =======================
type Layout = 'single' | 'twocol' | 'table';
type Producer = 'chromium' | 'docx' | 'txt';
interface Tpl { name: string; layout: Layout; producer: Producer; html?: (p: Person) => string; docx?: (p: Person) => Document; txt?: (p: Person) => string }
const T_: Record<string, Tpl> = {
  ganbu: { name: 'ganbu', layout: 'table', producer: 'chromium', html: ganbu },
  skilltest: { name: 'skilltest', layout: 'table', producer: 'chromium', html: skilltestHtml },
  skilltestword: { name: 'skilltestword', layout: 'table', producer: 'docx', docx: skilltestDocx },
  agencyreg: { name: 'agencyreg', layout: 'table', producer: 'chromium', html: agencyreg },
  std678: { name: 'std678', layout: 'table', producer: 'chromium', html: std678 },
  jvform: { name: 'jvform', layout: 'table', producer: 'chromium', html: jvform },
  appform: { name: 'appform', layout: 'table', producer: 'docx', docx: appformDocx },
  gradrec: { name: 'gradrec', layout: 'table', producer: 'docx', docx: gradrecDocx },
  stockholm: { name: 'stockholm', layout: 'twocol', producer: 'chromium', html: stockholm },
  reactive: { name: 'reactive', layout: 'twocol', producer: 'chromium', html: reactive },
  qmjianli: { name: 'qmjianli', layout: 'twocol', producer: 'chromium', html: qmjianli },
  elegant: { name: 'elegant', layout: 'twocol', producer: 'chromium', html: elegant },
  zetybi: { name: 'zetybi', layout: 'twocol', producer: 'chromium', html: zetybi },
  moderncv: { name: 'moderncv', layout: 'single', producer: 'chromium', html: moderncv },
  coral: { name: 'coral', layout: 'single', producer: 'chromium', html: coral },
  wordchrono: { name: 'wordchrono', layout: 'single', producer: 'docx', docx: wordchronoDocx },
  zhword: { name: 'zhword', layout: 'single', producer: 'docx', docx: zhwordDocx },
  craigslist: { name: 'craigslist', layout: 'single', producer: 'txt', txt: craigslist },
  shuimu: { name: 'shuimu', layout: 'single', producer: 'txt', txt: shuimu },
};
const plan: Record<string, string[]> = {
  appform: ['p01', 'p03', 'p05', 'p06'], gradrec: ['p10'], skilltestword: ['p09'], skilltest: ['p12'], ganbu: ['p08', 'p11', 'p12'],
  agencyreg: ['p02', 'p04', 'p07'], std678: ['p05', 'p15'], jvform: ['p13', 'p15', 'p16'],
  stockholm: ['p01', 'p03', 'p04', 'p06'], reactive: ['p02', 'p05', 'p07'], qmjianli: ['p08', 'p09', 'p11', 'p12'], elegant: ['p13', 'p14', 'p16'], zetybi: ['p13', 'p14', 'p15', 'p16'],
  moderncv: ['p04', 'p05', 'p16'], coral: ['p07', 'p13', 'p14'], wordchrono: ['p02', 'p06'], zhword: ['p10', 'p11'], craigslist: ['p01', 'p03'], shuimu: ['p08', 'p09'],
};

rmSync(docsDir, { recursive: true, force: true });
mkdirSync(docsDir, { recursive: true });
const html: [string, string][] = [];
const documents: { file: string; person: string; template: string; layout: string; producer: string; language: string }[] = [];
const byId = new Map(people.map((p) => [p.id, p]));
const layoutName = (l: Layout) => (l === 'twocol' ? 'two-column' : l);
const docLang = (p: Person, _t: Tpl) => p.language;
for (const [tname, ids] of Object.entries(plan)) {
  const t = T_[tname];
  for (const id of ids) {
    const p = byId.get(id)!;
    const base = `${id.replace('p', 'p')}-${t.layout}-${t.name}`;
    const meta = { person: id, template: t.name, layout: layoutName(t.layout), language: docLang(p, t) };
    if (t.html) { html.push([`${base}.pdf`, t.html(p)]); documents.push({ file: `${base}.pdf`, ...meta, producer: 'chromium' }); }
    if (t.txt) { writeFileSync(path.join(docsDir, `${base}.txt`), t.txt(p), 'utf8'); documents.push({ file: `${base}.txt`, ...meta, producer: 'txt' }); }
    if (t.docx) {
      writeFileSync(path.join(docsDir, `${base}.docx`), await Packer.toBuffer(t.docx(p)));
      documents.push({ file: `${base}.docx`, ...meta, producer: 'docx' }, { file: `${base}.pdf`, ...meta, producer: 'libreoffice' });
    }
  }
}
exportDocxToPdf(docsDir);
await printHtml(docsDir, html);
documents.sort((a, b) => a.file.localeCompare(b.file));
const files = readdirSync(docsDir).sort();
const missing = documents.filter((d) => !files.includes(d.file));
if (missing.length || files.length !== documents.length) throw new Error(`documents mismatch: ${missing.map((d) => d.file)} / ${files.length} vs ${documents.length}`);
const truth = {
  referenceDate: REF,
  people: people.map((p) => ({ id: p.id, language: p.language, name: p.name, email: p.email, phone: p.phone, skills: p.skills,
    work: p.work.map((j) => ({ company: j.company, start: j.start, end: j.end })), yearsOfExperience: yearsWorked(p.work, REF) })),
  documents,
};
writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifestOf(docsDir, files), null, 2) + '\n');
console.log(`wrote ${documents.length} documents`);
