/**
 * heldout-17 generator: templates, the person × template plan, documents/, truth.json, manifest.json.
 * Run from packages/cv: `npx tsx eval/heldout-17/generate.ts [--force]`.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType, BorderStyle, Document, Header, Packer, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun,
  VerticalAlign, WidthType,
} from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people, type Job, type Person } from './people.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docsDir = path.join(here, 'documents');
const REF = '2026-11';

if (existsSync(path.join(here, 'manifest.json')) && !process.argv.includes('--force')) {
  console.error('manifest.json exists: the set is frozen. Re-run with --force to regenerate.');
  process.exit(1);
}

// ---------- helpers ----------
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const shown = (skill: string) => skill.split(' | ')[0];
const y = (s: string) => s.slice(0, 4);
const m = (s: string) => s.slice(5, 7);
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = MONTHS.map((x) => x.slice(0, 3));
const dot = (s: string | null, now = '至今') => (s ? `${y(s)}.${m(s)}` : now);
const slash = (s: string | null, now = 'Present') => (s ? `${m(s)}/${y(s)}` : now);
const long = (s: string | null, now = 'present') => (s ? `${MONTHS[Number(m(s)) - 1]} ${y(s)}` : now);
const short = (s: string | null, now = 'Present') => (s ? `${MON[Number(m(s)) - 1]} ${y(s)}` : now);
const zhYm = (s: string | null, now = '至今') => (s ? `${y(s)}年${Number(m(s))}月` : now);
const months = (j: Job) => {
  const a = Number(y(j.start)) * 12 + Number(m(j.start));
  const e = j.end ?? REF;
  return Number(y(e)) * 12 + Number(m(e)) - a + 1;
};
const yrsMo = (n: number) => {
  const yy = Math.floor(n / 12), mm = n % 12;
  return [yy ? `${yy} year${yy > 1 ? 's' : ''}` : '', mm ? `${mm} month${mm > 1 ? 's' : ''}` : ''].filter(Boolean).join(' ');
};
const age = (p: Person) => 2026 - Number(p.born.slice(0, 4)) - (Number(p.born.slice(5, 7)) > 11 ? 1 : 0);
const display = (p: Person) => (p.altName ? `${p.name} ${p.altName}` : p.name);
const surnameEn = (p: Person) => (p.altName ? p.altName.split(' ')[p.altName.startsWith('Yang') ? 0 : 1] : p.name.split(' ').slice(-1)[0]);
const firstEn = (p: Person) => (p.altName ? p.altName.split(' ')[p.altName.startsWith('Yang') ? 1 : 0] : p.name.split(' ')[0]);
const isZh = (p: Person) => p.language !== 'en';

const page = (css: string, body: string, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>
  * { box-sizing: border-box; } body { margin: 0; color: #111; }
  ${css}</style></head><body>${body}</body></html>`;
const CJK = `"WenQuanYi Zen Hei", "Droid Sans Fallback"`;

// ---------- Chromium templates ----------
type Html = (p: Person) => string;

/** Post-Soviet "personal record sheet" (personnel department form), English version, numbered fields, photo box. */
const personalRecord: Html = (p) => {
  const zh = isZh(p);
  const patronymic: Record<string, string> = { p03: 'Nurlanovich', p05: '(none)', p07: 'Bakhtiyorovna' };
  const rows = p.work.slice().reverse().map((j) => `<tr><td class="c">${m(j.start)}.${y(j.start)}</td><td class="c">${j.end ? `${m(j.end)}.${y(j.end)}` : 'to date'}</td><td>${esc(j.title)}, ${esc(j.company)}</td><td>${esc(j.town)}${j.country ? `, ${esc(j.country)}` : ''}</td></tr>`).join('');
  const edu = p.education.map((e) => `<tr><td>${esc(e.school)}, ${esc(e.town)}</td><td>${esc(e.degree)}</td><td class="c">${y(e.start)}</td><td class="c">${y(e.end)}</td><td>${esc(e.field)}</td></tr>`).join('');
  return page(`body { font: 10pt "Liberation Serif", ${CJK}; } h1 { text-align:center; font-size: 13pt; margin: 0 0 2px; letter-spacing: 1px; }
  .sub { text-align:center; font-size: 9pt; margin-bottom: 10px; } table { border-collapse: collapse; width: 100%; margin: 4px 0 8px; }
  td, th { border: 1px solid #000; padding: 3px 5px; vertical-align: top; } th { font-weight: normal; font-size: 9pt; background: #f2f2f2; }
  .c { text-align:center; white-space: nowrap; } .lab { width: 38%; } .photo { width: 30mm; height: 38mm; text-align:center; vertical-align: middle; font-size: 8pt; color:#555; }
  .n { font-weight: bold; margin-top: 8px; } .sig { margin-top: 18px; display:flex; justify-content: space-between; }`,
  `<h1>PERSONAL RECORD SHEET</h1><div class="sub">for personnel records${zh ? ' / 干部人事登记' : ''}</div>
  <table><tr><td class="lab">1. Name, surname, patronymic</td><td><b>${esc(display(p))}</b>${patronymic[p.id] ? ` ${patronymic[p.id]}` : ''}</td><td class="photo" rowspan="6">Photo<br>3×4 cm</td></tr>
  <tr><td class="lab">2. Sex</td><td>${esc(p.gender)}</td></tr>
  <tr><td class="lab">3. Date of birth</td><td>${p.born.split('-').reverse().join('.')}</td></tr>
  <tr><td class="lab">4. Place of birth</td><td>${esc(p.city)}</td></tr>
  <tr><td class="lab">5. Citizenship</td><td>${esc(p.nationality)}</td></tr>
  <tr><td class="lab">6. Home address, telephone, e-mail</td><td>${esc(p.address)}<br>tel. ${esc(p.phoneShown)}<br>${esc(p.email)}</td></tr></table>
  <div class="n">7. Education</div>
  <table><tr><th>Name of educational institution and its location</th><th>Degree / qualification</th><th>Year of entry</th><th>Year of graduation</th><th>Speciality</th></tr>${edu}</table>
  <table><tr><td class="lab">8. Foreign languages (which, level)</td><td>${esc(p.languages.join('; '))}</td></tr>
  <tr><td class="lab">9. Certificates, licences</td><td>${esc(p.certificates.join('; '))}</td></tr></table>
  <div class="n">10. Work performed since the beginning of employment (including study at higher educational institutions, military service)</div>
  <table><tr><th colspan="2">Month and year</th><th rowspan="2">Position with indication of organisation</th><th rowspan="2">Location of organisation</th></tr><tr><th>of entry</th><th>of leaving</th></tr>${rows}</table>
  <table><tr><td class="lab">11. Professional skills</td><td>${p.skills.map((s) => esc(shown(s))).join('; ')}</td></tr>
  <tr><td class="lab">12. Government awards</td><td>none</td></tr>
  <tr><td class="lab">13. Attitude to military service</td><td>${p.gender.includes('Male') || p.gender === '男' ? 'reserve' : 'not liable'}</td></tr>
  <tr><td class="lab">14. Marital status</td><td>${p.id === 'p07' ? 'married, one child' : 'married'}</td></tr></table>
  <div class="sig"><span>Date: 02.11.2026</span><span>Personal signature: ______________</span></div>
  <p style="font-size:8.5pt">The employee is obliged to inform the personnel department of all subsequent changes (education, awards, etc.).</p>`);
};

/** Oil & gas / construction contractor CV as agencies ask for it: rotation-ready header, employment table, cert expiries. */
const oilgas: Html = (p) => {
  const rows = p.work.map((j) => `<tr><td class="d">${short(j.start)} – ${short(j.end)}</td><td><b>${esc(j.company)}</b><br><span class="g">${esc(j.town)}${j.country ? `, ${esc(j.country)}` : ''}</span></td><td>${esc(j.title)}</td><td>${j.notes.map(esc).join('<br>')}</td></tr>`).join('');
  return page(`body { font: 9.5pt "Liberation Sans", ${CJK}; } .top { border-bottom: 3px solid #c55a11; padding-bottom: 6px; display:flex; justify-content: space-between; }
  .top h1 { margin: 0; font-size: 18pt; } .role { color: #c55a11; font-weight: bold; font-size: 11pt; } .kv td { padding: 1px 8px 1px 0; border: none; }
  h2 { font-size: 10.5pt; background: #404040; color: #fff; padding: 3px 6px; margin: 12px 0 4px; }
  table.t { border-collapse: collapse; width: 100%; } .t td, .t th { border: 1px solid #999; padding: 3px 5px; vertical-align: top; } .t th { background: #fbe5d6; text-align:left; }
  .d { white-space: nowrap; width: 24mm; } .g { color: #555; font-size: 8.5pt; } ul { margin: 2px 0; padding-left: 16px; columns: 2; }`,
  `<div class="top"><div><h1>${esc(display(p))}</h1><div class="role">${esc(p.target)}</div></div>
  <table class="kv"><tr><td>Nationality:</td><td>${esc(p.nationality)}</td></tr><tr><td>Date of birth:</td><td>${p.born.split('-').reverse().join('/')}</td></tr>
  <tr><td>Mobile:</td><td>${esc(p.phoneShown)}</td></tr><tr><td>Email:</td><td>${esc(p.email)}</td></tr><tr><td>Nearest airport:</td><td>${p.id === 'p01' ? 'Teesside (MME)' : p.id === 'p05' ? 'Tbilisi (TBS)' : 'Tianjin (TSN)'}</td></tr><tr><td>Availability:</td><td>4 weeks' notice</td></tr></table></div>
  <h2>PROFILE</h2><p>${esc(p.summary)}</p>
  <h2>EMPLOYMENT HISTORY</h2><table class="t"><tr><th>Dates</th><th>Company</th><th>Position</th><th>Project / responsibilities</th></tr>${rows}</table>
  <h2>KEY SKILLS</h2><ul>${p.skills.map((s) => `<li>${esc(shown(s))}</li>`).join('')}</ul>
  <h2>TICKETS &amp; CERTIFICATES</h2><table class="t"><tr><th>Certificate</th><th>Status</th></tr>${p.certificates.map((c) => `<tr><td>${esc(c)}</td><td>valid</td></tr>`).join('')}</table>
  <h2>EDUCATION</h2><table class="t">${p.education.map((e) => `<tr><td class="d">${y(e.start)} – ${y(e.end)}</td><td>${esc(e.degree)}, ${esc(e.field)}</td><td>${esc(e.school)}</td></tr>`).join('')}</table>
  <p class="g">Languages: ${esc(p.languages.join(', '))}. References available on request.</p>`);
};

/** Chinese city "人才引进/认定申报表" (talent introduction application form), bordered grid. */
const rencai: Html = (p) => {
  const en = p.altName ? `（${esc(p.altName)}）` : '';
  const work = p.work.map((j) => `<tr><td class="c">${dot(j.start)}—${dot(j.end)}</td><td>${esc(j.company)}</td><td>${esc(j.title)}</td><td class="c">${esc(j.town)}</td></tr>`).join('');
  const edu = p.education.map((e) => `<tr><td class="c">${dot(e.start)}—${dot(e.end)}</td><td>${esc(e.school)}</td><td>${esc(e.field)}</td><td class="c">${esc(e.degree)}</td></tr>`).join('');
  return page(`body { font: 10pt ${CJK}, "Liberation Sans"; } h1 { text-align:center; font-size: 16pt; margin: 0 0 4px; } .no { text-align: right; font-size: 9pt; }
  table { border-collapse: collapse; width: 100%; table-layout: fixed; } td { border: 1px solid #000; padding: 4px; vertical-align: middle; word-break: break-all; }
  .l { background: #f3f3f3; text-align:center; width: 15%; } .c { text-align:center; } .sec { text-align:center; font-weight: bold; background:#e8e8e8; }
  .photo { text-align:center; color: #666; }`,
  `<div class="no">编号：RC-2026-${p.id.slice(1)}07</div><h1>高层次人才认定申报表</h1><div class="no" style="text-align:left">申报类别：□A类 □B类 ☑C类 □D类　　填表日期：2026 年 10 月 28 日</div>
  <table><tr><td class="l">姓　名</td><td>${esc(p.name)}${en}</td><td class="l">性　别</td><td>${esc(p.gender)}</td><td class="l">出生年月</td><td>${dot(p.born.slice(0, 7))}</td><td rowspan="4" class="photo">（照片）</td></tr>
  <tr><td class="l">国　籍</td><td>${esc(p.nationality)}</td><td class="l">最高学历</td><td colspan="3">${esc(p.education[0].degree)}</td></tr>
  <tr><td class="l">现工作单位</td><td colspan="3">${esc(p.work[0].company)}</td><td class="l">现任职务</td><td>${esc(p.work[0].title)}</td></tr>
  <tr><td class="l">手机号码</td><td colspan="2">${esc(p.phoneShown)}</td><td class="l">电子邮箱</td><td colspan="2">${esc(p.email)}</td></tr>
  <tr><td class="l">通讯地址</td><td colspan="6">${esc(p.address)}</td></tr>
  <tr><td colspan="7" class="sec">学习经历（从大学填起）</td></tr><tr><td class="l" colspan="2">起止时间</td><td colspan="2" class="l">毕业院校</td><td colspan="2" class="l">专业</td><td class="l">学历/学位</td></tr>
  ${edu.replace(/<tr><td class="c">(.*?)<\/td><td>(.*?)<\/td><td>(.*?)<\/td><td class="c">(.*?)<\/td><\/tr>/g, '<tr><td colspan="2" class="c">$1</td><td colspan="2">$2</td><td colspan="2">$3</td><td class="c">$4</td></tr>')}
  <tr><td colspan="7" class="sec">工作经历</td></tr><tr><td class="l" colspan="2">起止时间</td><td colspan="3" class="l">工作单位</td><td class="l">职务/岗位</td><td class="l">所在地</td></tr>
  ${work.replace(/<tr><td class="c">(.*?)<\/td><td>(.*?)<\/td><td>(.*?)<\/td><td class="c">(.*?)<\/td><\/tr>/g, '<tr><td colspan="2" class="c">$1</td><td colspan="3">$2</td><td>$3</td><td class="c">$4</td></tr>')}
  <tr><td colspan="7" class="sec">专业技能</td></tr><tr><td colspan="7">${p.skills.map((s) => esc(shown(s))).join('、')}</td></tr>
  <tr><td class="l">资格证书</td><td colspan="6">${esc(p.certificates.join('；'))}</td></tr>
  <tr><td class="l">主要业绩</td><td colspan="6" style="height: 28mm; vertical-align: top">${esc(p.summary)}</td></tr>
  <tr><td class="l">本人承诺</td><td colspan="6">本人承诺所填信息真实有效，如有虚假，愿承担相应责任。<br><br>申请人签名：　　　　　　　　年　　月　　日</td></tr>
  <tr><td class="l">单位意见</td><td colspan="3" style="height: 20mm">（盖章）</td><td class="l">人社部门审核意见</td><td colspan="2">（盖章）</td></tr></table>`, 'zh');
};

/** 国家公派出国留学申请表 (visiting-scholar application as filled online and printed). */
const csc: Html = (p) => {
  const cell = (l: string, v: string, span = 1) => `<td class="l">${l}</td><td colspan="${span}">${v}</td>`;
  return page(`body { font: 10pt ${CJK}, "Liberation Sans"; } h1 { text-align:center; font-size: 15pt; margin: 6px 0; } .t2 { text-align:center; margin-bottom: 8px; }
  table { border-collapse: collapse; width: 100%; margin-bottom: 6px; } td, th { border: 1px solid #333; padding: 4px; } .l { background: #eef3f8; width: 14%; white-space: nowrap; }
  th { background: #dbe5f1; font-weight: normal; } h2 { font-size: 11pt; margin: 10px 0 4px; }`,
  `<h1>国家公派出国留学申请表</h1><div class="t2">（高级研究学者、访问学者、博士后项目）　受理编号：2027${p.id.slice(1)}5311</div>
  <h2>一、申请人基本情况</h2>
  <table><tr>${cell('姓　名', `${esc(p.name)}${p.altName ? ` ${esc(p.altName)}` : ''}`)}${cell('性　别', esc(p.gender))}${cell('出生日期', p.born)}</tr>
  <tr>${cell('工作单位', esc(p.work[0].company), 3)}${cell('职务/职称', esc(p.work[0].title))}</tr>
  <tr>${cell('手　机', esc(p.phoneShown))}${cell('电子邮箱', esc(p.email), 3)}</tr>
  <tr>${cell('通讯地址', esc(p.address), 5)}</tr>
  <tr>${cell('外语水平', esc(p.languages.join('；')), 5)}</tr></table>
  <h2>二、学习经历（自大学填起）</h2><table><tr><th>起止年月</th><th>学校名称</th><th>专业</th><th>学位</th></tr>${p.education.map((e) => `<tr><td>${dot(e.start)}-${dot(e.end)}</td><td>${esc(e.school)}</td><td>${esc(e.field)}</td><td>${esc(e.degree)}</td></tr>`).join('')}</table>
  <h2>三、工作经历</h2><table><tr><th>起止年月</th><th>工作单位</th><th>职务/职称</th><th>主要工作</th></tr>${p.work.map((j) => `<tr><td style="white-space:nowrap">${dot(j.start)}-${dot(j.end)}</td><td>${esc(j.company)}</td><td>${esc(j.title)}</td><td>${j.notes.map(esc).join(' ')}</td></tr>`).join('')}</table>
  <h2>四、专业技能与研究专长</h2><table><tr><td>${p.skills.map((s) => esc(shown(s))).join('；')}</td></tr></table>
  <h2>五、留学计划</h2><table><tr>${cell('留学国别', p.id === 'p11' ? '英国' : '美国')}${cell('留学单位', p.id === 'p11' ? 'University of Westmoor, Business School' : 'University of Cascadia, Dept. of Biostatistics')}</tr>
  <tr>${cell('留学期限', '12 个月')}${cell('计划派出时间', '2027 年 9 月')}</tr>
  <tr>${cell('研修内容', esc(p.summary), 3)}</tr></table>
  <p>申请人签字：　　　　　　　　　日期：2026 年 11 月 3 日</p>`, 'zh');
};

/** hh.ru résumé as exported to PDF in English (Russia / Central Asia job site). */
const hhru: Html = (p) => {
  const total = yearsWorked(p.work, REF);
  const tm = Math.round(total * 12);
  const jobs = p.work.map((j) => `<div class="job"><div class="when">${long(j.start, '')} — ${j.end ? long(j.end) : 'currently'}<br><span class="g">${yrsMo(months(j))}</span></div>
  <div><b>${esc(j.company)}</b><br><span class="g">${esc(j.town)}</span><div class="pos">${esc(j.title)}</div>${j.notes.map((n) => `<div>${esc(n)}</div>`).join('')}</div></div>`).join('');
  return page(`body { font: 10pt "Liberation Sans", ${CJK}; } h1 { font-size: 20pt; margin: 0 0 4px; font-weight: normal; } .g { color: #666; font-size: 9pt; }
  h2 { font-size: 11pt; color: #888; font-weight: normal; border-bottom: 1px solid #ddd; margin: 14px 0 6px; padding-bottom: 2px; }
  .job { display: grid; grid-template-columns: 40mm 1fr; gap: 6mm; margin-bottom: 8px; } .pos { font-weight: bold; margin: 3px 0; }
  .chips span { display:inline-block; background:#eee; border-radius: 3px; padding: 2px 6px; margin: 0 4px 4px 0; } .logo { color: #d6001c; font-weight: bold; float: right; }`,
  `<div class="logo">hh</div><h1>${esc(display(p))}</h1><div>${p.gender.includes('Female') || p.gender === '女' ? 'Female' : 'Male'}, ${age(p)} years, born on ${long(p.born.slice(0, 7)).replace(/^/, `${Number(p.born.slice(8))} `)}</div>
  <p>${esc(p.phoneShown)} — preferred means of communication<br>${esc(p.email)}</p>
  <p>Reside: ${esc(p.city)}<br>Citizenship: ${esc(p.nationality)}, work permit: ${esc(p.nationality)}<br>Ready to relocate, ready for business trips</p>
  <h2>Desired position and salary</h2><div style="font-size:13pt"><b>${esc(p.target)}</b></div><div class="g">Specializations: ${esc(p.occupation)}<br>Employment: full time · Work schedule: full day</div>
  <h2>Work experience — ${yrsMo(tm)}</h2>${jobs}
  <h2>Education</h2>${p.education.map((e) => `<div class="job"><div class="when">${y(e.end)}</div><div><b>${esc(e.school)}</b>, ${esc(e.town)}<br>${esc(e.field)}, ${esc(e.degree)}</div></div>`).join('')}
  <h2>Key skills</h2><div class="g">Languages</div><p>${esc(p.languages.join(' · '))}</p><div class="g">Skills</div><div class="chips">${p.skills.map((s) => `<span>${esc(shown(s))}</span>`).join('')}</div>
  <h2>Further information</h2><p>${esc(p.summary)}</p><p class="g">Certificates: ${esc(p.certificates.join('; '))}</p>
  <p class="g" style="text-align:right">Resume updated on 30 October 2026</p>`);
};

/** 超级简历 (WonderCV) one-column Chinese template: blue rules, dates right. */
const wondercv: Html = (p) => {
  const sec = (t: string, b: string) => `<h2><span>${t}</span></h2>${b}`;
  const exp = p.work.map((j) => `<div class="row"><b>${esc(j.company)}</b><span class="mid">${esc(j.title)}</span><span class="d">${dot(j.start)} - ${dot(j.end)}</span></div><ul>${j.notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>`).join('');
  return page(`body { font: 10pt ${CJK}, "Liberation Sans"; color: #333; } h1 { font-size: 20pt; margin: 0; color: #1f4e79; }
  .info { margin: 4px 0 2px; color: #555; } h2 { font-size: 11.5pt; color: #1f4e79; border-bottom: 1.5px solid #1f4e79; margin: 14px 0 6px; padding-bottom: 2px; }
  h2 span { border-left: 4px solid #1f4e79; padding-left: 6px; } .row { display: flex; margin-top: 6px; } .mid { flex: 1; margin-left: 18px; } .d { color: #1f4e79; }
  ul { margin: 3px 0; padding-left: 18px; } li { margin: 1px 0; }`,
  `<h1>${esc(p.name)}${p.altName ? ` <span style="font-size:12pt;color:#666">${esc(p.altName)}</span>` : ''}</h1>
  <div class="info">${esc(p.gender)} ｜ ${age(p)}岁 ｜ ${esc(p.city)}</div><div class="info">📱 ${esc(p.phoneShown)}　　✉ ${esc(p.email)}</div>
  <div class="info">求职意向：${esc(p.target)}</div>
  ${sec('教育背景', p.education.map((e) => `<div class="row"><b>${esc(e.school)}</b><span class="mid">${esc(e.field)}　${esc(e.degree)}</span><span class="d">${dot(e.start)} - ${dot(e.end)}</span></div>`).join(''))}
  ${sec('工作经历', exp)}
  ${sec('专业技能', `<ul>${p.skills.map((s) => `<li>${esc(shown(s))}</li>`).join('')}</ul>`)}
  ${sec('证书/语言', `<div>${esc([...p.certificates, ...p.languages].join('　｜　'))}</div>`)}
  ${sec('自我评价', `<div>${esc(p.summary)}</div>`)}`, 'zh');
};

/** 实习僧 online résumé printed: header card, intern-focused ordering (education first, "实习经历"). */
const shixiseng: Html = (p) => {
  const block = (j: Job) => `<div class="it"><div class="hd"><b>${esc(j.company)}</b><span>${dot(j.start, '至今')} 至 ${dot(j.end, '今')}</span></div><div class="sub">${esc(j.title)} · ${esc(j.town)}</div>${j.notes.map((n) => `<p>${esc(n)}</p>`).join('')}</div>`;
  const interns = p.work.filter((j) => /实习|Intern|管培/.test(j.title));
  const full = p.work.filter((j) => !interns.includes(j));
  return page(`body { font: 10pt ${CJK}, "Liberation Sans"; color:#222; } .card { background: #f6f8fb; padding: 10px 14px; border-top: 4px solid #3bb4c1; }
  .card h1 { margin: 0; font-size: 18pt; } .card div { margin-top: 3px; color: #555; } h2 { font-size: 11pt; color: #3bb4c1; margin: 14px 0 4px; }
  .it { margin-bottom: 6px; } .hd { display: flex; justify-content: space-between; } .sub { color: #666; } p { margin: 2px 0; } .tags span { display:inline-block; border:1px solid #3bb4c1; color:#1a7f8a; padding: 1px 6px; margin: 2px 4px 2px 0; border-radius: 10px; }`,
  `<div class="card"><h1>${esc(p.name)}${p.altName ? ` · ${esc(p.altName)}` : ''}</h1><div>${esc(p.gender)} | ${age(p)}岁 | ${esc(p.education[0].degree)} | ${esc(p.city)}</div>
  <div>手机：${esc(p.phoneShown)}　邮箱：${esc(p.email)}</div><div>求职意向：${esc(p.target)}　·　到岗时间：一个月内</div></div>
  <h2>教育经历</h2>${p.education.map((e) => `<div class="it"><div class="hd"><b>${esc(e.school)}</b><span>${dot(e.start)} 至 ${dot(e.end)}</span></div><div class="sub">${esc(e.field)} · ${esc(e.degree)}</div></div>`).join('')}
  ${full.length ? `<h2>工作经历</h2>${full.map(block).join('')}` : ''}
  <h2>实习经历</h2>${interns.map(block).join('')}
  <h2>技能特长</h2><div class="tags">${p.skills.map((s) => `<span>${esc(shown(s))}</span>`).join('')}</div>
  <h2>证书</h2><p>${esc(p.certificates.join('、'))}</p>
  ${p.extra ? `<h2>校园经历</h2>${p.extra.map((e) => `<p>${esc(e)}</p>`).join('')}` : ''}
  <h2>自我描述</h2><p>${esc(p.summary)}</p>`, 'zh');
};

/** Deedy résumé (LaTeX, two columns: narrow left for education/skills, wide right for experience). */
const deedy: Html = (p) => {
  const [first, ...rest] = (p.altName && p.id !== 'p13' ? p.altName : p.name).split(' ');
  const nameHtml = p.altName ? `<span class="thin">${esc(p.altName.split(' ')[0])}</span> ${esc(p.altName.split(' ').slice(1).join(' '))} <span class="thin">${esc(p.name)}</span>` : `<span class="thin">${esc(first)}</span> ${esc(rest.join(' '))}`;
  return page(`body { font: 9.5pt "Liberation Sans", ${CJK}; color: #333; } .name { text-align:center; font-size: 30pt; letter-spacing: -0.5px; } .thin { font-weight: 300; color: #666; }
  .contact { text-align:center; font-size: 9pt; margin-bottom: 10px; } .cols { display: grid; grid-template-columns: 33% 1fr; gap: 6mm; }
  h2 { font-size: 13pt; font-weight: 300; text-transform: uppercase; letter-spacing: 1px; margin: 6px 0 4px; color: #444; } h3 { font-size: 10pt; margin: 6px 0 0; }
  .sm { font-size: 8.5pt; color: #666; } .pos { font-size: 9pt; color: #555; } ul { margin: 2px 0; padding-left: 13px; } p { margin: 2px 0; }`,
  `<div class="name">${nameHtml}</div><div class="contact">${esc(p.email)} | ${esc(p.phoneShown)} | ${esc(p.city)}</div>
  <div class="cols"><div>
  <h2>Education</h2>${p.education.map((e) => `<h3>${esc(e.school)}</h3><div>${esc(e.degree)} in ${esc(e.field)}</div><div class="sm">${short(e.start, '')} | ${short(e.end)}</div>`).join('')}
  <h2>Links</h2><div class="sm">${p.id === 'p13' ? 'WeChat: kevinliu_hrb' : `LinkedIn:// ${esc(p.name.toLowerCase().replace(/[^a-z]/g, ''))}`}</div>
  <h2>Skills</h2>${p.skills.map((s) => `<div>${esc(shown(s))}</div>`).join('')}
  <h2>Certifications</h2>${p.certificates.map((c) => `<div class="sm">${esc(c)}</div>`).join('')}
  <h2>Languages</h2>${p.languages.map((c) => `<div class="sm">${esc(c)}</div>`).join('')}
  </div><div>
  <h2>Experience</h2>${p.work.map((j) => `<h3>${esc(j.company)}</h3><div class="pos">${esc(j.title)}</div><div class="sm">${short(j.start, '')} – ${short(j.end)} | ${esc(j.town)}</div><ul>${j.notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>`).join('')}
  <h2>Profile</h2><p>${esc(p.summary)}</p>
  ${p.extra ? `<h2>Other</h2>${p.extra.map((e) => `<p>${esc(e)}</p>`).join('')}` : ''}
  </div></div>`);
};

/** 乔布简历 (Jobpin) two-column template: dark left rail with contact + skill bars, timeline on the right. */
const qiaobu: Html = (p) => {
  const lvl = [92, 85, 80, 75, 70, 65, 60];
  return page(`@page { margin: 0; } body { font: 9.5pt ${CJK}, "Liberation Sans"; } .wrap { display: grid; grid-template-columns: 62mm 1fr; min-height: 262mm; }
  .left { background: #2f3e4e; color: #e8edf2; padding: 10mm 6mm; } .left h1 { font-size: 19pt; margin: 0 0 4px; color: #fff; } .left h2 { font-size: 11pt; border-bottom: 1px solid #7f93a8; padding-bottom: 2px; margin: 14px 0 6px; }
  .left div { margin: 3px 0; word-break: break-all; } .bar { height: 4px; background: #55697d; margin: 2px 0 6px; } .bar i { display:block; height: 4px; background: #f0a830; }
  .photo { width: 26mm; height: 32mm; border: 1px dashed #7f93a8; margin-bottom: 8px; text-align:center; line-height: 32mm; color:#7f93a8; font-size: 8pt; }
  .right { padding: 10mm 8mm; } .right h2 { font-size: 12pt; color: #2f3e4e; margin: 10px 0 6px; } .right h2::before { content: '● '; color: #f0a830; }
  .tl { border-left: 2px solid #d5dde5; padding-left: 8px; margin: 0 0 8px 4px; } .tl .d { color: #888; font-size: 9pt; } .tl b { font-size: 10.5pt; } p { margin: 2px 0; }`,
  `<div class="wrap"><div class="left"><div class="photo">照片</div><h1>${esc(p.name)}</h1>${p.altName ? `<div>${esc(p.altName)}</div>` : ''}<div>${esc(p.target)}</div>
  <h2>基本信息</h2><div>${esc(p.gender)} / ${age(p)}岁</div><div>现居：${esc(p.city)}</div>
  <h2>联系方式</h2><div>${esc(p.phoneShown)}</div><div>${esc(p.email)}</div>
  <h2>技能</h2>${p.skills.map((s, i) => `<div>${esc(shown(s))}</div><div class="bar"><i style="width:${lvl[i % lvl.length]}%"></i></div>`).join('')}
  <h2>证书</h2>${p.certificates.map((c) => `<div>${esc(c)}</div>`).join('')}</div>
  <div class="right"><h2>自我评价</h2><p>${esc(p.summary)}</p>
  <h2>工作经历</h2>${p.work.map((j) => `<div class="tl"><div class="d">${dot(j.start)} ~ ${dot(j.end)}</div><b>${esc(j.company)}</b>　${esc(j.title)}${j.notes.map((n) => `<p>${esc(n)}</p>`).join('')}</div>`).join('')}
  <h2>教育经历</h2>${p.education.map((e) => `<div class="tl"><div class="d">${dot(e.start)} ~ ${dot(e.end)}</div><b>${esc(e.school)}</b>　${esc(e.field)}（${esc(e.degree)}）</div>`).join('')}
  ${p.extra ? `<h2>其他</h2>${p.extra.map((e) => `<p>${esc(e)}</p>`).join('')}` : ''}</div></div>`, 'zh');
};

// ---------- DOCX templates ----------
type Docx = (p: Person) => Document;
const thin = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const allThin = { top: thin, bottom: thin, left: thin, right: thin };
const allNone = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
const run = (text: string, o: { bold?: boolean; size?: number; color?: string; italics?: boolean } = {}) => new TextRun({ text, ...o });
const para = (t: string | TextRun[], o: { bold?: boolean; size?: number; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; after?: number; before?: number; color?: string } = {}) =>
  new Paragraph({ children: typeof t === 'string' ? [run(t, { bold: o.bold, size: o.size, color: o.color })] : t, alignment: o.align, spacing: { after: o.after ?? 40, before: o.before ?? 0 } });
const cell = (content: string | Paragraph[], o: { w?: number; span?: number; fill?: string; bold?: boolean; borders?: typeof allThin; rowSpan?: number } = {}) =>
  new TableCell({
    children: typeof content === 'string' ? content.split('\n').map((l) => para(l, { bold: o.bold, after: 0 })) : content,
    width: o.w ? { size: o.w, type: WidthType.DXA } : undefined, columnSpan: o.span, rowSpan: o.rowSpan,
    shading: o.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: o.fill } : undefined, borders: o.borders ?? allThin,
    margins: { top: 40, bottom: 40, left: 80, right: 80 }, verticalAlign: VerticalAlign.CENTER,
  });
const table = (rows: TableCell[][], widths: number[]) =>
  new Table({ rows: rows.map((r) => new TableRow({ children: r })), columnWidths: widths, width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA } });
const doc = (children: (Paragraph | Table)[], font: string, o: { header?: string; size?: number; margin?: number } = {}) =>
  new Document({
    creator: 'applicant', styles: { default: { document: { run: { font: { ascii: font, hAnsi: font, eastAsia: 'SimSun' }, size: o.size ?? 20 } } } },
    sections: [{ properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: o.margin ?? 1000, bottom: o.margin ?? 1000, left: o.margin ?? 1000, right: o.margin ?? 1000 } } },
      headers: o.header ? { default: new Header({ children: [para(o.header, { size: 16, align: AlignmentType.RIGHT, color: '555555' })] }) } : undefined,
      children }],
  });

/** South African Z83 "Application for Employment" (public service), typed into the Word version. */
const z83: Docx = (p) => {
  const ref = p.id === 'p02' ? 'UMV/EH/2026/14' : 'GDH/FSM/2026/07';
  const post = p.id === 'p02' ? 'Senior Environmental Health Practitioner' : 'Food Service Manager';
  const dept = p.id === 'p02' ? 'uMngeni Valley District Municipality: Community Services' : 'Gauteng Department of Health: Hillbrow Regional Hospital';
  const W = 9906;
  const kv = (l: string, v: string) => [cell(l, { w: 3600, fill: 'F2F2F2' }), cell(v, { w: W - 3600 })];
  const head = (t: string) => para(t, { bold: true, before: 160, after: 60 });
  return doc([
    para('Z83', { bold: true, size: 28, align: AlignmentType.RIGHT, after: 0 }),
    para('APPLICATION FOR EMPLOYMENT', { bold: true, size: 28, align: AlignmentType.CENTER }),
    para('(Section 10 of the Public Service Act, 1994)', { size: 16, align: AlignmentType.CENTER, after: 120 }),
    head('PART A: DETAILS OF THE ADVERTISED POST'),
    table([kv('Position for which you are applying', post), kv('Reference number', ref), kv('Name of department / institution', dept), kv('If offered the position, when can you start', '1 calendar month')], [3600, W - 3600]),
    head('PART B: PERSONAL DETAILS'),
    table([kv('Surname', surnameEn(p)), kv('Full names', firstEn(p)), kv('Date of birth', p.born.split('-').reverse().join('/')), kv('Identity number', p.id === 'p02' ? '920803 0555 08 4' : '891130 0555 08 2'),
      kv('Are you a South African citizen?', 'Yes'), kv('Do you hold any political office?', 'No'),
      kv('Have you been convicted or found guilty of a criminal offence?', 'No'), kv('Are you conducting business with the State?', 'No')], [3600, W - 3600]),
    head('PART C: CONTACT DETAILS'),
    table([kv('Preferred language for correspondence', 'English'), kv('Contact number', p.phoneShown), kv('E-mail address', p.email), kv('Postal address', p.address)], [3600, W - 3600]),
    head('PART D: QUALIFICATIONS'),
    table([[cell('Name of School / Technical College / University', { w: 4200, fill: 'F2F2F2' }), cell('Name of qualification', { w: 3306, fill: 'F2F2F2' }), cell('Year obtained', { w: 2400, fill: 'F2F2F2' })],
      ...p.education.map((e) => [cell(e.school, { w: 4200 }), cell(`${e.degree} (${e.field})`, { w: 3306 }), cell(y(e.end), { w: 2400 })])], [4200, 3306, 2400]),
    head('PART E: PROFESSIONAL REGISTRATION'),
    table([kv('Registration / certificates', p.certificates.join('; '))], [3600, W - 3600]),
    head('PART F: WORK EXPERIENCE (begin with the most recent)'),
    table([[cell('Employer', { w: 2800, fill: 'F2F2F2' }), cell('Position held', { w: 2406, fill: 'F2F2F2' }), cell('From (mm/yyyy)', { w: 1300, fill: 'F2F2F2' }), cell('To (mm/yyyy)', { w: 1300, fill: 'F2F2F2' }), cell('Reason for leaving', { w: 2100, fill: 'F2F2F2' })],
      ...p.work.map((j, i) => [cell(j.company, { w: 2800 }), cell(j.title, { w: 2406 }), cell(slash(j.start), { w: 1300 }), cell(j.end ? slash(j.end) : 'Current', { w: 1300 }),
        cell(i === 0 ? 'N/A' : j.title.includes('Community') || j.title.includes('training') ? 'Contract ended' : 'Career growth', { w: 2100 })])], [2800, 2406, 1300, 1300, 2100]),
    head('SKILLS AND COMPETENCIES (CV attached)'),
    ...p.skills.map((s) => para(`•  ${shown(s)}`, { after: 0 })),
    head('PART G: DECLARATION'),
    para('I declare that all the information provided (including any attachments) is complete and true to the best of my knowledge. I understand that any false information supplied could lead to my application being disqualified or my discharge if I am appointed.', { size: 18 }),
    para(`Signature: ____________________        Date: 28/10/2026`, { before: 200 }),
  ], 'Arial', { header: `${p.name} — Ref: ${ref}`, size: 19, margin: 900 });
};

/** World Bank / MDB consulting "FORM TECH-6: Curriculum Vitae (CV)" as submitted in a firm's technical proposal. */
const tech6: Docx = (p) => {
  const W = 9706;
  const kv = (l: string, v: string) => [cell(l, { w: 3000, bold: true }), cell(v, { w: W - 3000 })];
  return doc([
    para('FORM TECH-6', { bold: true, size: 24, align: AlignmentType.CENTER, after: 0 }),
    para('CURRICULUM VITAE (CV)', { bold: true, size: 24, align: AlignmentType.CENTER, after: 160 }),
    table([
      kv('Position Title and No.', p.id === 'p07' ? 'K-3, Financial Management Specialist' : p.id === 'p06' ? 'K-2, Surveillance Epidemiologist' : 'NK-4, Biostatistician'),
      kv('Name of Firm', p.id === 'p07' ? 'Silk Road Advisory Partners' : 'Meridian Health Consult'),
      kv('Name of Expert', p.name + (p.altName ? ` (${p.altName})` : '')),
      kv('Date of Birth', p.born.split('-').reverse().join('.')),
      kv('Country of Citizenship/Residence', `${p.nationality} / ${p.nationality}`),
    ], [3000, W - 3000]),
    para([run('Education: ', { bold: true }), run(p.education.map((e) => `${e.degree}, ${e.field}, ${e.school}, ${y(e.end)}`).join('; '))], { before: 120 }),
    para([run('Key skills: ', { bold: true }), run(p.skills.map(shown).join(', '))], { before: 60 }),
    para('Employment record relevant to the assignment:', { bold: true, before: 120 }),
    table([[cell('Period', { w: 1500, fill: 'D9D9D9', bold: true }), cell('Employing organization and your title/position. Contact information for references', { w: 3600, fill: 'D9D9D9', bold: true }), cell('Country', { w: 1300, fill: 'D9D9D9', bold: true }), cell('Summary of activities performed relevant to the Assignment', { w: 3306, fill: 'D9D9D9', bold: true })],
      ...p.work.map((j) => [cell(`${short(j.start)} –\n${short(j.end)}`, { w: 1500 }), cell([para([run('Employer: ', { bold: true }), run(j.company)], { after: 0 }), para([run('Position: ', { bold: true }), run(j.title)], { after: 0 }), para('References: available on request', { after: 0 })], { w: 3600 }), cell(j.country ?? '', { w: 1300 }), cell(j.notes.join(' '), { w: 3306 })])],
      [1500, 3600, 1300, 3306]),
    para([run('Membership in Professional Associations and Publications: ', { bold: true }), run(p.certificates.join('; '))], { before: 120 }),
    para([run('Language Skills (indicate only languages in which you can work): ', { bold: true }), run(p.languages.join('; '))], { before: 60 }),
    para('Adequacy for the Assignment:', { bold: true, before: 120 }),
    table([[cell('Detailed Tasks Assigned on Consultant\u2019s Team of Experts', { w: 4853, fill: 'D9D9D9', bold: true }), cell('Reference to Prior Work/Assignments that Best Illustrates Capability to Handle the Assigned Tasks', { w: 4853, fill: 'D9D9D9', bold: true })],
      [cell(p.id === 'p07' ? 'Review of project financial statements and IFRs' : 'Design of the analysis plan and sample size', { w: 4853 }), cell(p.work[0].notes[0], { w: 4853 })]], [4853, 4853]),
    para([run('Expert\u2019s contact information: ', { bold: true }), run(`e-mail: ${p.email}; phone: ${p.phoneShown}`)], { before: 120 }),
    para('Certification:', { bold: true, before: 120 }),
    para('I, the undersigned, certify that to the best of my knowledge and belief, this CV correctly describes myself, my qualifications, and my experience, and I am available, as and when necessary, to undertake the assignment in case of an award.', { size: 18 }),
    para(`${p.name}                                                   02/11/2026`, { before: 200, after: 0 }),
    para('Name of Expert                          Signature                          Date (day/month/year)', { size: 16 }),
  ], 'Times New Roman', { size: 21 });
};

/** 专业技术资格评审表 (职称评审 application for engineering titles), Word version. */
const zhicheng: Docx = (p) => {
  const W = 9706;
  const l = (t: string, w: number, span?: number) => cell(t, { w, fill: 'EDEDED', span });
  return doc([
    para('专业技术资格评审表', { bold: true, size: 40, align: AlignmentType.CENTER, after: 60 }),
    para(`申报资格：${p.target}　　　　　填表时间：2026 年 10 月`, { align: AlignmentType.CENTER, after: 160 }),
    table([
      [l('姓　名', 1300), cell(p.name, { w: 1800 }), l('性　别', 1200), cell(p.gender, { w: 1100 }), l('出生年月', 1300), cell(dot(p.born.slice(0, 7)), { w: 1900 }), cell('照\n片', { w: 1106, rowSpan: 4 })],
      [l('工作单位', 1300), cell(p.work[0].company, { w: 4100, span: 3 }), l('联系电话', 1300), cell(p.phoneShown, { w: 1900 })],
      [l('现任职务', 1300), cell(p.work[0].title, { w: 3000, span: 2 }), l('电子邮箱', 1100), cell(p.email, { w: 3200, span: 2 })],
      [l('现职称及取得时间', 1300), cell(p.certificates.find((c) => /工程师（\d{4}）/.test(c)) ?? '', { w: 3000, span: 2 }), l('从事专业', 1100), cell(p.occupation, { w: 3200, span: 2 })],
    ], [1300, 1800, 1200, 1100, 1300, 1900, 1106]),
    para('学习经历', { bold: true, before: 160, after: 60 }),
    table([[l('起止年月', 2400), l('学校名称', 3000), l('专业', 2500), l('学历/学位', 1806)],
      ...p.education.map((e) => [cell(`${dot(e.start)}—${dot(e.end)}`, { w: 2400 }), cell(e.school, { w: 3000 }), cell(e.field, { w: 2500 }), cell(e.degree, { w: 1806 })])], [2400, 3000, 2500, 1806]),
    para('工作经历', { bold: true, before: 160, after: 60 }),
    table([[l('起止年月', 2400), l('工作单位', 3400), l('从事何种专业技术工作', 2300), l('职务', 1606)],
      ...p.work.map((j) => [cell(`${dot(j.start)}—${dot(j.end)}`, { w: 2400 }), cell(j.company, { w: 3400 }), cell(j.notes[0], { w: 2300 }), cell(j.title, { w: 1606 })])], [2400, 3400, 2300, 1606]),
    para('专业技术能力', { bold: true, before: 160, after: 60 }),
    table([[cell(p.skills.map(shown).join('；'), { w: W })]], [W]),
    para('任现职以来主要专业技术业绩', { bold: true, before: 160, after: 60 }),
    table([[cell([para(p.summary), ...p.work.flatMap((j) => j.notes.map((n) => para(n)))], { w: W })]], [W]),
    para('资格证书', { bold: true, before: 160, after: 60 }),
    table([[cell(p.certificates.join('；'), { w: W })]], [W]),
    para('单位推荐意见：　　　　　　　　　　　　　　　　　（盖章）　　年　　月　　日', { before: 200 }),
  ], 'SimSun', { size: 21 });
};

/** NIH-format biographical sketch used as a researcher's CV (education table, positions list, contact line added). */
const nih: Docx = (p) => {
  const W = 9906;
  return doc([
    para('BIOGRAPHICAL SKETCH', { bold: true, size: 24, align: AlignmentType.CENTER, after: 0 }),
    para('Provide the following information for the Senior/key personnel and other significant contributors. Follow this format for each person. DO NOT EXCEED FIVE PAGES.', { size: 16, align: AlignmentType.CENTER, after: 120 }),
    para([run('NAME: ', { bold: true }), run(p.name)]),
    para([run('eRA COMMONS USER NAME (credential, e.g., agency login): ', { bold: true }), run('RACHTERBERG')]),
    para([run('POSITION TITLE: ', { bold: true }), run(`${p.work[0].title}, ${p.work[0].company}`)]),
    para([run('CONTACT: ', { bold: true }), run(`${p.email} · ${p.phoneShown} · ${p.address}`)]),
    para('EDUCATION/TRAINING (Begin with baccalaureate or other initial professional education, such as nursing, include postdoctoral training and residency training if applicable.)', { bold: true, size: 18, before: 120 }),
    table([[cell('INSTITUTION AND LOCATION', { w: 4000, bold: true }), cell('DEGREE\n(if applicable)', { w: 1500, bold: true }), cell('Completion Date\nMM/YYYY', { w: 1500, bold: true }), cell('FIELD OF STUDY', { w: 2906, bold: true })],
      ...p.education.slice().reverse().map((e) => [cell(`${e.school}, ${e.town}`, { w: 4000 }), cell(e.degree, { w: 1500 }), cell(slash(e.end), { w: 1500 }), cell(e.field, { w: 2906 })]),
      [cell('University of Lakeshore, Milwaukee, WI', { w: 4000 }), cell('Postdoctoral', { w: 1500 }), cell('12/2015', { w: 1500 }), cell('Cancer Epidemiology', { w: 2906 })]], [4000, 1500, 1500, 2906]),
    para('A. Personal Statement', { bold: true, before: 160 }),
    para(p.summary),
    para('B. Positions, Scientific Appointments, and Honors', { bold: true, before: 160 }),
    para('Positions and Scientific Appointments', { size: 19, before: 40 }),
    ...p.work.map((j) => para(`${slash(j.start)} – ${slash(j.end, 'present')}      ${j.title}, ${j.company}, ${j.town}`, { after: 20 })),
    para('Honors', { size: 19, before: 80 }),
    para('2019      Outstanding Field Investigation Award, Council of Regional Epidemiologists'),
    para('2012      Certified in Public Health (CPH)'),
    para('C. Technical Skills', { bold: true, before: 160 }),
    ...p.skills.map((s) => para(`•  ${shown(s)}`, { after: 0 })),
    para('D. Contributions to Science', { bold: true, before: 160 }),
    para('1. Linked-registry methods for diabetes cohorts. I led the linkage of clinical, pharmacy and death records for a 14,000-person cohort and the survival analyses of incident kidney disease that came from it.'),
    para('2. Outbreak investigation. Between 2016 and 2020 I led or co-led 23 outbreak investigations, including two community legionellosis clusters traced to cooling towers.'),
  ], 'Arial', { size: 21, margin: 1000 });
};

/** Word résumé built on a two-column borderless table with a shaded left column (as many Office template downloads are). */
const wordTwocol: Docx = (p) => {
  const zh = isZh(p) && p.id !== 'p15';
  const L = 3300, R = 6406;
  const h = (t: string, c = '1F3864') => para(t, { bold: true, size: 24, color: c, before: 200, after: 60 });
  const left = [
    para(zh ? p.name : p.name, { bold: true, size: 40, color: 'FFFFFF', after: 0 }),
    ...(p.altName ? [para(p.altName, { size: 24, color: 'FFFFFF' })] : []),
    para(p.target, { size: 20, color: 'DDE4EE', after: 200 }),
    h(zh ? '联系方式' : 'CONTACT', 'FFFFFF'),
    para(p.phoneShown, { color: 'FFFFFF' }), para(p.email, { color: 'FFFFFF', size: 18 }), para(p.city, { color: 'FFFFFF' }),
    h(zh ? '技能' : 'SKILLS', 'FFFFFF'), ...p.skills.map((s) => para(shown(s), { color: 'FFFFFF' })),
    h(zh ? '证书' : 'CERTIFICATES', 'FFFFFF'), ...p.certificates.map((s) => para(s, { color: 'FFFFFF', size: 18 })),
    h(zh ? '语言' : 'LANGUAGES', 'FFFFFF'), ...p.languages.map((s) => para(s, { color: 'FFFFFF', size: 18 })),
  ];
  const right = [
    h(zh ? '个人简介' : 'PROFILE'), para(p.summary),
    h(zh ? '工作经历' : 'EXPERIENCE'),
    ...p.work.flatMap((j) => [
      para([run(j.title, { bold: true }), run(zh ? `　|　${j.company}` : ` | ${j.company}`)], { before: 100, after: 0 }),
      para(zh ? `${zhYm(j.start)} – ${zhYm(j.end)}　${j.town}` : `${short(j.start)} – ${short(j.end)} · ${j.town}`, { color: '7F7F7F', size: 18 }),
      ...j.notes.map((n) => para(`•  ${n}`, { after: 20 })),
    ]),
    h(zh ? '教育背景' : 'EDUCATION'),
    ...p.education.map((e) => para(zh ? `${zhYm(e.start)} – ${zhYm(e.end)}　${e.school}　${e.field}　${e.degree}` : `${e.degree}, ${e.field} — ${e.school}, ${y(e.end)}`)),
    ...(p.extra ? [h(zh ? '其他' : 'OTHER'), ...p.extra.map((e) => para(e))] : []),
  ];
  return doc([new Table({ rows: [new TableRow({ children: [
    new TableCell({ children: left, width: { size: L, type: WidthType.DXA }, shading: { type: ShadingType.CLEAR, color: 'auto', fill: '1F3864' }, borders: allNone, margins: { top: 200, left: 200, right: 200, bottom: 200 } }),
    new TableCell({ children: right, width: { size: R, type: WidthType.DXA }, borders: allNone, margins: { top: 100, left: 300, right: 100, bottom: 100 } }),
  ] })], columnWidths: [L, R], width: { size: L + R, type: WidthType.DXA }, borders: allNone })], zh ? 'Microsoft YaHei' : 'Calibri', { size: 20, margin: 1100 });
};

// ---------- plain text ----------
/** Application pasted into the body of an e-mail (cover note, then the CV as text). */
const emailBody = (p: Person): string => {
  if (p.language === 'zh') {
    return [`主题：应聘【${p.target}】- ${p.name} - ${p.city}`, '', '您好！', '', `我在招聘网站上看到贵公司招聘${p.target.split(' / ')[0]}的信息，附件打不开的话，简历正文如下，请查阅。`, '',
      '==== 个人简历 ====', `姓名：${p.name}`, `性别：${p.gender}　　年龄：${age(p)}`, `电话：${p.phoneShown}`, `邮箱：${p.email}`, `现居：${p.city}`, '',
      '【工作经历】', ...p.work.flatMap((j) => [`${dot(j.start)}-${dot(j.end)}　${j.company}　${j.title}`, ...j.notes.map((n) => `　　${n}`)]), '',
      '【教育经历】', ...p.education.map((e) => `${dot(e.start)}-${dot(e.end)}　${e.school}　${e.field}（${e.degree}）`), '',
      '【专业技能】', ...p.skills.map((s) => `· ${shown(s)}`), '',
      '【证书】', p.certificates.join('，'), '', '【自我评价】', p.summary, '', '期待您的回复，谢谢！', p.name, p.phoneShown, ''].join('\n');
  }
  return [`Subject: Application for ${p.target} – ${p.name}`, '', 'Dear Hiring Manager,', '', `Please find my details below for the ${p.target} role. I have also attached my CV as a PDF in case the formatting comes through better that way.`, '',
    `Kind regards,`, p.name, '', '-----', '', p.name.toUpperCase(), `${p.address}`, `Mobile: ${p.phoneShown}  |  Email: ${p.email}`, '',
    'PROFILE', p.summary, '', 'EXPERIENCE',
    ...p.work.flatMap((j) => [`${j.title}, ${j.company} (${j.town})`, `${long(j.start)} to ${j.end ? long(j.end) : 'present'}`, ...j.notes.map((n) => `  - ${n}`), '']),
    'SKILLS', ...p.skills.map((s) => `  * ${shown(s)}`), '',
    'EDUCATION', ...p.education.map((e) => `${e.degree} ${e.field}, ${e.school} (${y(e.start)}-${y(e.end)})`), '',
    'CERTIFICATES', p.certificates.join('; '), '', 'LANGUAGES', p.languages.join(', '), '',
    ...(p.extra ? ['OTHER', ...p.extra, ''] : []), 'References on request.', ''].join('\n');
};

// ---------- plan ----------
type Layout = 'single' | 'twocol' | 'table';
interface T { name: string; layout: Layout; kind: 'html' | 'docx' | 'txt'; html?: Html; docx?: Docx; txt?: (p: Person) => string }
const T: Record<string, T> = {
  personalRecord: { name: 'personal-record', layout: 'table', kind: 'html', html: personalRecord },
  oilgas: { name: 'oilgas-contractor', layout: 'table', kind: 'html', html: oilgas },
  rencai: { name: 'rencai-shenbao', layout: 'table', kind: 'html', html: rencai },
  csc: { name: 'csc-gongpai', layout: 'table', kind: 'html', html: csc },
  z83: { name: 'z83', layout: 'table', kind: 'docx', docx: z83 },
  tech6: { name: 'wb-tech6', layout: 'table', kind: 'docx', docx: tech6 },
  zhicheng: { name: 'zhicheng-pingshen', layout: 'table', kind: 'docx', docx: zhicheng },
  hhru: { name: 'hh-ru', layout: 'single', kind: 'html', html: hhru },
  wondercv: { name: 'chaojijianli', layout: 'single', kind: 'html', html: wondercv },
  shixiseng: { name: 'shixiseng', layout: 'single', kind: 'html', html: shixiseng },
  nih: { name: 'nih-biosketch', layout: 'single', kind: 'docx', docx: nih },
  email: { name: 'email-body', layout: 'single', kind: 'txt', txt: emailBody },
  deedy: { name: 'deedy', layout: 'twocol', kind: 'html', html: deedy },
  qiaobu: { name: 'qiaobu', layout: 'twocol', kind: 'html', html: qiaobu },
  wordTwocol: { name: 'word-table-twocol', layout: 'twocol', kind: 'docx', docx: wordTwocol },
};
const plan: Record<string, (keyof typeof T)[]> = {
  p01: ['oilgas', 'wordTwocol', 'email'],
  p02: ['z83', 'deedy', 'email'],
  p03: ['personalRecord', 'hhru', 'deedy', 'email'],
  p04: ['z83', 'deedy'],
  p05: ['personalRecord', 'oilgas', 'hhru', 'deedy'],
  p06: ['tech6', 'nih'],
  p07: ['personalRecord', 'tech6', 'hhru'],
  p08: ['zhicheng', 'rencai', 'qiaobu'],
  p09: ['wondercv', 'wordTwocol', 'email'],
  p10: ['shixiseng', 'email', 'qiaobu'],
  p11: ['csc', 'wondercv', 'qiaobu'],
  p12: ['zhicheng', 'email', 'qiaobu'],
  p13: ['personalRecord', 'rencai', 'deedy', 'wondercv'],
  p14: ['csc', 'tech6', 'wondercv', 'rencai'],
  p15: ['personalRecord', 'oilgas', 'hhru', 'wordTwocol'],
  p16: ['rencai', 'wondercv', 'shixiseng', 'qiaobu'],
};

// ---------- write ----------
rmSync(docsDir, { recursive: true, force: true });
mkdirSync(docsDir, { recursive: true });
const html: [string, string][] = [];
const documents: { file: string; person: string; template: string; layout: string; producer: string; language: string }[] = [];
const layoutName = { single: 'single', twocol: 'two-column', table: 'table' } as const;
for (const p of people) {
  for (const key of plan[p.id]) {
    const t = T[key];
    const base = `${p.id}-${t.layout}-${t.name}`;
    const rec = { person: p.id, template: t.name, layout: layoutName[t.layout], language: p.language };
    if (t.kind === 'html') {
      html.push([`${base}.pdf`, t.html!(p)]);
      documents.push({ file: `${base}.pdf`, ...rec, producer: 'chromium' });
    } else if (t.kind === 'txt') {
      writeFileSync(path.join(docsDir, `${base}.txt`), t.txt!(p), 'utf8');
      documents.push({ file: `${base}.txt`, ...rec, producer: 'txt' });
    } else {
      writeFileSync(path.join(docsDir, `${base}.docx`), await Packer.toBuffer(t.docx!(p)));
      documents.push({ file: `${base}.docx`, ...rec, producer: 'docx' });
      documents.push({ file: `${base}.pdf`, ...rec, producer: 'libreoffice' });
    }
  }
}
await printHtml(docsDir, html);
exportDocxToPdf(docsDir);

const truth = {
  referenceDate: REF,
  people: people.map((p) => ({
    id: p.id, language: p.language, name: p.name, email: p.email, phone: p.phone, skills: p.skills,
    work: p.work.map((j) => ({ company: j.company, start: j.start, end: j.end })),
    yearsOfExperience: yearsWorked(p.work, REF),
  })),
  documents,
};
writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
const files = readdirSync(docsDir).sort();
const missing = documents.filter((d) => !files.includes(d.file));
if (missing.length) throw new Error(`missing: ${missing.map((d) => d.file).join(', ')}`);
writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifestOf(docsDir, files), null, 2) + '\n');
console.log(`${documents.length} documents`);
