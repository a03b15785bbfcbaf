/**
 * heldout-13 generator: templates, the person × template plan, and the frozen outputs
 * (documents/, truth.json, manifest.json). Refuses to run once manifest.json exists unless --force.
 *   cd packages/cv && npx tsx eval/heldout-13/generate.ts [--force]
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType, BorderStyle, Document, Packer, Paragraph, ShadingType, Table, TableCell, TableRow, TabStopType, TextRun,
  Textbox, VerticalAlign, WidthType, HeightRule,
} from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people, type Job, type Person } from './people.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docsDir = path.join(here, 'documents');
const REF = '2026-11';

if (existsSync(path.join(here, 'manifest.json')) && !process.argv.includes('--force')) {
  console.error('manifest.json exists: the set is frozen. Use --force to regenerate.');
  process.exit(1);
}

// ---------------------------------------------------------------- dates
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const y = (s: string) => s.slice(0, 4);
const m = (s: string) => Number(s.slice(5, 7));
const mm = (s: string) => s.slice(5, 7);
type DStyle = 'Mon YYYY' | 'Month YYYY' | 'MM/YYYY' | 'YYYY.MM' | 'YYYY-MM' | 'zh' | 'MM.YYYY' | 'Mon-YYYY' | 'YYYY/MM' | 'bd-start' | 'bd-end' | 'MM/YY';
function d(s: string, st: DStyle): string {
  switch (st) {
    case 'Mon YYYY': return `${MON[m(s) - 1]} ${y(s)}`;
    case 'Month YYYY': return `${MONTH[m(s) - 1]} ${y(s)}`;
    case 'MM/YYYY': return `${mm(s)}/${y(s)}`;
    case 'MM/YY': return `${mm(s)}/${y(s).slice(2)}`;
    case 'YYYY.MM': return `${y(s)}.${mm(s)}`;
    case 'YYYY/MM': return `${y(s)}/${mm(s)}`;
    case 'YYYY-MM': return `${y(s)}-${mm(s)}`;
    case 'zh': return `${y(s)}年${m(s)}月`;
    case 'MM.YYYY': return `${mm(s)}.${y(s)}`;
    case 'Mon-YYYY': return `${MON[m(s) - 1]}-${y(s)}`;
    case 'bd-start': return `${MONTH[m(s) - 1]} 1, ${y(s)}`;
    case 'bd-end': { const last = new Date(Number(y(s)), m(s), 0).getDate(); return `${MONTH[m(s) - 1]} ${last}, ${y(s)}`; }
  }
}
const endOf = (j: { end: string | null }, st: DStyle, present: string) => (j.end ? d(j.end, st) : present);
const range = (j: { start: string; end: string | null }, st: DStyle, sep: string, present: string) => `${d(j.start, st)}${sep}${endOf(j, st, present)}`;
const monthsIncl = (a: string, b: string) => (Number(y(b)) * 12 + m(b)) - (Number(y(a)) * 12 + m(a)) + 1;
function period(j: Job): string {
  const n = monthsIncl(j.start, j.end ?? REF);
  const yy = Math.floor(n / 12), mo = n % 12;
  return [yy ? `${yy} Year${yy > 1 ? 's' : ''}` : '', mo ? `${mo} Month${mo > 1 ? 's' : ''}` : ''].filter(Boolean).join(' ');
}
const newestFirst = (p: Person) => [...p.work].reverse();

// ---------------------------------------------------------------- html helpers
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const ZH_FONT = `"Microsoft YaHei", "微软雅黑", "WenQuanYi Zen Hei", "Droid Sans Fallback", sans-serif`;
const page = (title: string, css: string, body: string, lang = 'en') =>
  `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${css}</style></head><body>${body}</body></html>`;
const ul = (items: string[]) => `<ul>${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;
const cityOf = (p: Person) => /^(?:.*?省)?(.*?市)/.exec(p.address)?.[1] ?? '';

// ================================================================ TABLE / FORM templates (HTML)

/** Pakistani / South Asian "BIO-DATA" form: label–value table, numbered qualification and experience tables. */
function pkBiodata(p: Person): string {
  const rows: [string, string][] = [['Name', p.name], ...Object.entries(p.personal).filter(([k]) => k !== 'Name in full' && k !== 'Name with initials'), ['Postal Address', p.address], ['Contact No.', p.phoneShown], ['E-mail', p.email]];
  return page(`Bio-Data ${p.name}`, `
    body{font-family:"Times New Roman",serif;font-size:11.5pt;color:#000}
    h1{text-align:center;font-size:20pt;text-decoration:underline;letter-spacing:3px;margin:0 0 10px}
    .photo{float:right;width:30mm;height:36mm;border:1px solid #000;text-align:center;font-size:9pt;line-height:36mm;margin-left:6mm}
    table{border-collapse:collapse;width:100%;margin-bottom:8px}
    td,th{border:1px solid #000;padding:3px 6px;vertical-align:top;text-align:left}
    th{background:#d9d9d9}
    td.l{width:32%;font-weight:bold}
    h2{font-size:12pt;background:#bfbfbf;border:1px solid #000;margin:12px 0 0;padding:3px 6px}
    ul{margin:4px 0 4px 18px;padding:0}`, `
    <h1>BIO-DATA</h1>
    <div class="photo">Photograph</div>
    <table>${rows.map(([k, v]) => `<tr><td class="l">${esc(k)}</td><td>${esc(v)}</td></tr>`).join('')}</table>
    <h2>ACADEMIC QUALIFICATION</h2>
    <table><tr><th>S.No</th><th>Degree / Certificate</th><th>Board / University</th><th>Year</th><th>Division / Grade</th></tr>
    ${[...p.education].reverse().map((e, i) => `<tr><td>${i + 1}</td><td>${esc(e.degree)}</td><td>${esc(e.school)}</td><td>${y(e.end)}</td><td>${esc(e.grade ?? '-')}</td></tr>`).join('')}</table>
    <h2>PROFESSIONAL EXPERIENCE</h2>
    <table><tr><th>S.No</th><th>Organization</th><th>Designation</th><th>From</th><th>To</th><th>Period</th></tr>
    ${newestFirst(p).map((j, i) => `<tr><td>${i + 1}</td><td>${esc(j.company)}</td><td>${esc(j.title)}</td><td>${d(j.start, 'Mon-YYYY')}</td><td>${endOf(j, 'Mon-YYYY', 'Till Date')}</td><td>${period(j)}</td></tr>`).join('')}</table>
    ${(p.breaks ?? []).map((b) => `<p><i>Note: ${d(b.start, 'Mon-YYYY')} to ${d(b.end, 'Mon-YYYY')} – ${esc(b.note)}.</i></p>`).join('')}
    <h2>TECHNICAL SKILLS</h2>${ul(p.skills.map((s) => s.item))}
    <h2>CERTIFICATIONS</h2>${ul(p.certificates)}
    <h2>LANGUAGES</h2><p>${esc(p.languages.join(', '))}</p>
    <h2>REFERENCES</h2>${ul(p.references ?? ['Will be furnished on request.'])}`);
}

/** Bangladeshi CV: grey section bars, "Employment History" blocks with day-level dates and "Continuing", academic table. */
function bdCv(p: Person): string {
  const total = yearsWorked(p.work, REF);
  return page(`CV ${p.name}`, `
    body{font-family:Verdana,Arial,sans-serif;font-size:9.5pt}
    .head{display:flex;justify-content:space-between;border-bottom:2px solid #000;padding-bottom:6px}
    .head h1{font-size:16pt;margin:0 0 4px}
    .photo{width:28mm;height:34mm;border:1px solid #888}
    .bar{background:#e0e0e0;font-weight:bold;text-decoration:underline;padding:2px 4px;margin-top:10px}
    table{border-collapse:collapse;width:100%}
    .grid td,.grid th{border:1px solid #999;padding:2px 4px;font-size:9pt;text-align:left;vertical-align:top}
    .kv td{padding:1px 4px;vertical-align:top} .kv td.k{width:28%}
    .job{margin:6px 0 0 14px} .job b{display:block}`, `
    <div class="head"><div><h1>${esc(p.name)}</h1>Address: ${esc(p.address)}<br>Mobile No 1: ${esc(p.phoneShown)}<br>e-mail : ${esc(p.email)}</div><div class="photo"></div></div>
    <div class="bar">Career Objective:</div><p>${esc(p.summary)}</p>
    <div class="bar">Career Summary:</div><p>Total Year of Experience : ${total} Year(s)</p>
    <div class="bar">Employment History:</div>
    ${newestFirst(p).map((j, i) => `<div class="job"><b>${i + 1}. ${esc(j.title)} ( ${d(j.start, 'bd-start')} - ${j.end ? d(j.end, 'bd-end') : 'Continuing'})</b>
      <u>${esc(j.company)}</u><br>Company Location : ${esc(j.town ?? '')}<br>Duties/Responsibilities :<br>${j.duties.map(esc).join('<br>')}</div>`).join('')}
    <div class="bar">Academic Qualification:</div>
    <table class="grid"><tr><th>Exam Title</th><th>Institute</th><th>Result</th><th>Pas.Year</th></tr>
    ${[...p.education].reverse().map((e) => `<tr><td>${esc(e.degree)}</td><td>${esc(e.school)}</td><td>${esc(e.grade ?? '')}</td><td>${y(e.end)}</td></tr>`).join('')}</table>
    <div class="bar">Training Summary:</div>
    <table class="grid"><tr><th>Training Title</th></tr>${p.certificates.map((c) => `<tr><td>${esc(c)}</td></tr>`).join('')}</table>
    <div class="bar">Specialization:</div>
    <table class="grid"><tr><th>Fields of Specialization</th></tr>${p.skills.map((s) => `<tr><td>${esc(s.item)}</td></tr>`).join('')}</table>
    <div class="bar">Language Proficiency:</div>
    <table class="grid"><tr><th>Language</th><th>Reading</th><th>Writing</th><th>Speaking</th></tr>${p.languages.map((l) => `<tr><td>${esc(l)}</td><td>High</td><td>High</td><td>High</td></tr>`).join('')}</table>
    <div class="bar">Personal Details :</div>
    <table class="kv">${Object.entries(p.personal).map(([k, v]) => `<tr><td class="k">${esc(k)}</td><td>: ${esc(v)}</td></tr>`).join('')}<tr><td class="k">Current Location</td><td>: Dhaka</td></tr></table>
    <div class="bar">Reference (s):</div>${(p.references ?? []).map((r) => `<p>${esc(r)}</p>`).join('')}`);
}

/** Turkish job application form (İş Başvuru Formu) filled in English: 4-column personal grid, work table with reason for leaving. */
function trBasvuru(p: Person): string {
  const [first, ...rest] = p.name.split(' ');
  const surname = rest.pop()!;
  const shown = `${[first, ...rest].join(' ')} ${surname.toLocaleUpperCase('tr')}`;
  const pr = p.personal;
  const reasons = ['Career change', 'Better opportunity', 'Relocation', 'Company restructuring'];
  return page(`Application ${p.name}`, `
    body{font-family:Arial,sans-serif;font-size:9pt}
    .top{display:flex;justify-content:space-between;align-items:center;border:2px solid #1f3864;padding:6px 10px}
    .top h1{font-size:14pt;margin:0;color:#1f3864} .top small{display:block;color:#555}
    .logo{width:34mm;height:14mm;border:1px dashed #999;font-size:8pt;color:#999;text-align:center;line-height:14mm}
    h2{background:#1f3864;color:#fff;font-size:10pt;margin:10px 0 0;padding:3px 6px}
    table{border-collapse:collapse;width:100%}
    td,th{border:1px solid #7f7f7f;padding:2px 5px;text-align:left;vertical-align:top}
    th,td.l{background:#dbe5f1;font-weight:bold;width:18%}
    .sign td{height:18mm}`, `
    <div class="top"><div><h1>JOB APPLICATION FORM</h1><small>İŞ BAŞVURU FORMU</small></div><div class="logo">COMPANY LOGO</div></div>
    <table><tr><td class="l">Applied Position</td><td>${esc(p.work[p.work.length - 1].title)}</td><td class="l">Application Date</td><td>__ / __ / 20__</td></tr></table>
    <h2>1. PERSONAL INFORMATION</h2>
    <table>
      <tr><td class="l">Name Surname</td><td>${esc(shown)}</td><td class="l">Date of Birth</td><td>${esc(pr['Date of Birth'] ?? '')}</td></tr>
      <tr><td class="l">Place of Birth</td><td>${esc(pr['Place of Birth'] ?? '')}</td><td class="l">Nationality</td><td>${esc(pr.Nationality ?? '')}</td></tr>
      <tr><td class="l">Marital Status</td><td>${esc(pr['Marital Status'] ?? '')}</td><td class="l">Military Service</td><td>${esc(pr['Military Service'] ?? 'N/A')}</td></tr>
      <tr><td class="l">Mobile Phone</td><td>${esc(p.phoneShown)}</td><td class="l">Driving Licence</td><td>${esc(pr['Driving Licence'] ?? '')}</td></tr>
      <tr><td class="l">E-mail</td><td colspan="3">${esc(p.email)}</td></tr>
      <tr><td class="l">Address</td><td colspan="3">${esc(p.address)}</td></tr>
    </table>
    <h2>2. EDUCATION</h2>
    <table><tr><th>School / University</th><th>Department</th><th>Start</th><th>Graduation</th><th>GPA</th></tr>
    ${[...p.education].reverse().map((e) => `<tr><td>${esc(e.school)}</td><td>${esc(e.degree)}</td><td>${d(e.start, 'MM/YYYY')}</td><td>${d(e.end, 'MM/YYYY')}</td><td>${esc(e.grade ?? '')}</td></tr>`).join('')}</table>
    <h2>3. WORK EXPERIENCE (start with the most recent)</h2>
    <table><tr><th>Company</th><th>Position</th><th>Start Date</th><th>End Date</th><th>Reason for Leaving</th></tr>
    ${newestFirst(p).map((j, i) => `<tr><td>${esc(j.company)}</td><td>${esc(j.title)}</td><td>${d(j.start, 'MM/YYYY')}</td><td>${endOf(j, 'MM/YYYY', 'Continuing')}</td><td>${j.end ? reasons[i % reasons.length] : '-'}</td></tr>`).join('')}</table>
    <h2>4. COMPUTER / PROFESSIONAL SKILLS</h2>
    <table><tr><th style="width:70%">Skill</th><th>Level (Basic / Good / Very Good)</th></tr>${p.skills.map((s, i) => `<tr><td>${esc(s.item)}</td><td>${i % 3 === 1 ? 'Good' : 'Very Good'}</td></tr>`).join('')}</table>
    <h2>5. FOREIGN LANGUAGES</h2>
    <table><tr><th style="width:70%">Language</th><th>Level</th></tr>${p.languages.map((l) => { const mt = /^(.*?) \((.*)\)$/.exec(l); return `<tr><td>${esc(mt ? mt[1] : l)}</td><td>${esc(mt ? mt[2] : '')}</td></tr>`; }).join('')}</table>
    <h2>6. CERTIFICATES / COURSES</h2>
    <table>${p.certificates.map((c) => `<tr><td>${esc(c)}</td></tr>`).join('')}</table>
    <h2>7. REFERENCES</h2>
    <table>${(p.references ?? ['Available on request']).map((r) => `<tr><td>${esc(r)}</td></tr>`).join('')}</table>
    <div style="break-inside:avoid"><p>I hereby declare that the information given in this form is true and complete. I accept that false statements are a reason for dismissal.</p>
    <table class="sign"><tr><td class="l">Date</td><td></td><td class="l">Signature</td><td></td></tr></table></div>`);
}

/** Chinese online-builder "表格简历": a single bordered grid, photo cell, work history as table rows. */
function cnBiaoge(p: Person): string {
  const pr = p.personal;
  return page(`${p.name}的简历`, `
    body{font-family:${ZH_FONT};font-size:10pt;color:#222}
    h1{text-align:center;font-size:20pt;letter-spacing:8px;margin:0 0 8px}
    table{border-collapse:collapse;width:100%;table-layout:fixed}
    td{border:1px solid #4a6fa5;padding:5px 6px;vertical-align:middle}
    td.l{background:#e8eef7;text-align:center;font-weight:bold;width:13%}
    td.sec{background:#4a6fa5;color:#fff;font-weight:bold;font-size:11pt;letter-spacing:2px}
    td.photo{text-align:center;color:#999}
    .sm{font-size:9pt;color:#555}`, `
    <h1>个人简历</h1>
    <table>
      <tr><td class="sec" colspan="6">基本信息</td></tr>
      <tr><td class="l">姓　名</td><td>${esc(p.name)}</td><td class="l">性　别</td><td>${esc(pr['性别'] ?? '')}</td><td class="photo" rowspan="4" colspan="2">照片</td></tr>
      <tr><td class="l">出生年月</td><td>${esc(pr['出生年月'] ?? '')}</td><td class="l">政治面貌</td><td>${esc(pr['政治面貌'] ?? '')}</td></tr>
      <tr><td class="l">联系电话</td><td>${esc(p.phoneShown)}</td><td class="l">籍　贯</td><td>${esc(pr['籍贯'] ?? '')}</td></tr>
      <tr><td class="l">电子邮箱</td><td colspan="3">${esc(p.email)}</td></tr>
      <tr><td class="l">求职意向</td><td colspan="5">${esc(p.occupation)}　|　期望城市：南京 / 上海</td></tr>
      <tr><td class="sec" colspan="6">教育背景</td></tr>
      ${p.education.map((e) => `<tr><td class="l">${d(e.start, 'YYYY.MM')}<br>-${d(e.end, 'YYYY.MM')}</td><td colspan="2">${esc(e.school)}</td><td colspan="3">${esc(e.degree)}　${esc(e.grade ?? '')}</td></tr>`).join('')}
      <tr><td class="sec" colspan="6">工作及实习经历</td></tr>
      <tr><td class="l">起止时间</td><td class="l" colspan="2" style="width:auto">单位名称</td><td class="l">职　位</td><td class="l" colspan="2" style="width:auto">主要工作内容</td></tr>
      ${newestFirst(p).map((j) => `<tr><td>${range(j, 'YYYY.MM', '-', '至今')}</td><td colspan="2">${esc(j.company)}</td><td>${esc(j.title)}</td><td colspan="2" class="sm">${j.duties.map(esc).join('；')}</td></tr>`).join('')}
      <tr><td class="sec" colspan="6">专业技能</td></tr>
      ${p.skills.map((s) => `<tr><td colspan="4">${esc(s.item)}</td><td class="l">掌握程度</td><td>${esc(s.level ?? '')}</td></tr>`).join('')}
      <tr><td class="sec" colspan="6">证书与语言</td></tr>
      <tr><td class="l">证　书</td><td colspan="5">${esc(p.certificates.join('；'))}</td></tr>
      <tr><td class="l">语　言</td><td colspan="5">${esc(p.languages.join('；'))}</td></tr>
      <tr><td class="sec" colspan="6">自我评价</td></tr>
      <tr><td colspan="6">${esc(p.summary)}</td></tr>
    </table>`, 'zh');
}

/** 公共就业服务中心 / 人才市场 求职登记表: official registration form, work history as 起止年月 rows, handler boxes. */
function cnQiuzhiHtml(p: Person): string {
  const pr = p.personal;
  return page(`求职登记表 ${p.name}`, `
    body{font-family:"SimSun","宋体",${ZH_FONT};font-size:10.5pt}
    .org{text-align:center;font-size:11pt} h1{text-align:center;font-size:18pt;margin:2px 0 4px;letter-spacing:6px}
    .no{display:flex;justify-content:space-between;font-size:9pt;margin-bottom:3px}
    table{border-collapse:collapse;width:100%;table-layout:fixed}
    td{border:1px solid #000;padding:4px 4px;text-align:center;vertical-align:middle}
    td.v{text-align:left} td.tall{height:16mm}`, `
    <div class="org">${cityOf(p)}公共就业和人才服务中心</div>
    <h1>求职登记表</h1>
    <div class="no"><span>登记编号：__________</span><span>登记日期：　　年　　月　　日</span></div>
    <table>
      <tr><td>姓名</td><td>${esc(p.name)}</td><td>性别</td><td>${esc(pr['性别'] ?? '')}</td><td>出生年月</td><td>${esc(pr['出生年月'] ?? '')}</td><td rowspan="4">（一寸照片）</td></tr>
      <tr><td>民族</td><td>${esc(pr['民族'] ?? '汉')}</td><td>政治面貌</td><td>${esc(pr['政治面貌'] ?? '')}</td><td>婚姻状况</td><td>${esc(pr['婚姻状况'] ?? '')}</td></tr>
      <tr><td>文化程度</td><td>${esc(pr['学历'] ?? '大专')}</td><td>户籍所在地</td><td colspan="3">${esc(pr['籍贯'] ?? pr['户籍'] ?? '')}</td></tr>
      <tr><td>身份证号码</td><td colspan="5" class="v">${esc(pr['身份证号'] ?? '')}</td></tr>
      <tr><td>联系电话</td><td colspan="2">${esc(p.phoneShown)}</td><td>电子邮箱</td><td colspan="3">${esc(p.email)}</td></tr>
      <tr><td>现居住地址</td><td colspan="6" class="v">${esc(p.address)}</td></tr>
      <tr><td>求职意向<br>（工种/岗位）</td><td colspan="3" class="v">${esc(p.occupation)}</td><td>期望月薪</td><td colspan="2">面议</td></tr>
      <tr><td>职业资格<br>技能等级</td><td colspan="6" class="v">${esc(p.certificates.join('；'))}</td></tr>
      <tr><td>专业技能</td><td colspan="6" class="v">${esc(p.skills.map((s) => s.item).join('；'))}</td></tr>
      <tr><td colspan="7"><b>工 作 经 历</b></td></tr>
      <tr><td colspan="2">起止年月</td><td colspan="3">工作单位</td><td colspan="2">岗位/职务</td></tr>
      ${p.work.map((j) => `<tr><td colspan="2">${range(j, 'YYYY.MM', '—', '至今')}</td><td colspan="3" class="v">${esc(j.company)}</td><td colspan="2">${esc(j.title)}</td></tr>`).join('')}
      ${(p.breaks ?? []).map((b) => `<tr><td colspan="2">${d(b.start, 'YYYY.MM')}—${d(b.end, 'YYYY.MM')}</td><td colspan="5" class="v">待业（${esc(b.note)}）</td></tr>`).join('')}
      <tr><td colspan="7"><b>教 育 及 培 训 经 历</b></td></tr>
      <tr><td colspan="2">起止年月</td><td colspan="3">学校/培训机构</td><td colspan="2">专业/学历</td></tr>
      ${p.education.map((e) => `<tr><td colspan="2">${d(e.start, 'YYYY.MM')}—${d(e.end, 'YYYY.MM')}</td><td colspan="3" class="v">${esc(e.school)}</td><td colspan="2">${esc(e.degree)}</td></tr>`).join('')}
      <tr><td>本人承诺</td><td colspan="6" class="v tall">以上信息真实有效，如有虚假，本人愿承担相应责任。<br><br>本人签名：　　　　　　　　　　年　　月　　日</td></tr>
      <tr><td>经办人</td><td colspan="2"></td><td>经办机构<br>（盖章）</td><td colspan="3" class="tall"></td></tr>
    </table>`, 'zh');
}

/** Hong Kong bilingual private-employer "Application for Employment 求職申請表". */
function hkAppformHtml(p: Person): string {
  const pr = p.personal;
  const eng = p.language === 'mixed' && /^[A-Za-z]/.test(p.name) ? `${p.name.split(' ')[0].toUpperCase()} ${p.name.split(' ').slice(1).join(' ')}` : (p.nameAlt ?? p.name);
  const chi = /^[A-Za-z]/.test(p.name) ? (p.nameAlt ?? '') : p.name;
  return page(`Application for Employment ${p.name}`, `
    body{font-family:Arial,${ZH_FONT};font-size:8.6pt}
    h1{text-align:center;font-size:14pt;margin:0} .sub{text-align:center;font-size:8.5pt;margin-bottom:6px}
    h2{font-size:9.5pt;background:#000;color:#fff;padding:2px 5px;margin:8px 0 0}
    table{border-collapse:collapse;width:100%} td,th{border:1px solid #000;padding:2px 4px;vertical-align:top;text-align:left}
    th{background:#eee;font-weight:normal} td.l{width:22%;background:#f4f4f4}
    .small{font-size:7.5pt}`, `
    <h1>APPLICATION FOR EMPLOYMENT 求職申請表</h1>
    <div class="sub">Strictly Confidential 絕對保密 — Please complete in BLOCK LETTERS 請用正楷填寫</div>
    <table><tr><td class="l">Position Applied 應徵職位</td><td>${esc(p.work[p.work.length - 1].title)}</td><td class="l">Expected Salary 期望薪金</td><td>Negotiable 面議</td></tr></table>
    <h2>A. PERSONAL PARTICULARS 個人資料</h2>
    <table>
      <tr><td class="l">Name in English 英文姓名<br><span class="small">(Surname first 姓氏先)</span></td><td>${esc(eng)}</td><td class="l">Name in Chinese 中文姓名</td><td>${esc(chi)}</td></tr>
      ${Object.entries(pr).map(([k, v], i, a) => (i % 2 === 0 ? `<tr><td class="l">${esc(k)}</td><td>${esc(v)}</td>${a[i + 1] ? `<td class="l">${esc(a[i + 1][0])}</td><td>${esc(a[i + 1][1])}</td>` : '<td class="l"></td><td></td>'}</tr>` : '')).join('')}
      <tr><td class="l">Contact No. 聯絡電話</td><td>${esc(p.phoneShown)}</td><td class="l">Email 電郵</td><td>${esc(p.email)}</td></tr>
      <tr><td class="l">Address 住址</td><td colspan="3">${esc(p.address)}</td></tr>
    </table>
    <h2>B. EDUCATION 教育程度</h2>
    <table><tr><th>Name of School / Institution 學校名稱</th><th>From 由 (mm/yy)</th><th>To 至 (mm/yy)</th><th>Qualification Obtained 所得資歷</th></tr>
    ${[...p.education].reverse().map((e) => `<tr><td>${esc(e.school)}</td><td>${d(e.start, 'MM/YY')}</td><td>${d(e.end, 'MM/YY')}</td><td>${esc(e.degree)}</td></tr>`).join('')}</table>
    <h2>C. EMPLOYMENT HISTORY 工作經驗 (present / most recent first 由現職或最近期開始)</h2>
    <table><tr><th>From 由<br>(mm/yy)</th><th>To 至<br>(mm/yy)</th><th>Name of Employer 僱主名稱</th><th>Position Held 職位</th><th>Reason for Leaving 離職原因</th></tr>
    ${newestFirst(p).map((j) => `<tr><td>${d(j.start, 'MM/YY')}</td><td>${endOf(j, 'MM/YY', 'Present 現在')}</td><td>${esc(j.company)}</td><td>${esc(j.title)}</td><td>${j.end ? 'Career development 事業發展' : '—'}</td></tr>`).join('')}</table>
    <h2>D. SKILLS 技能</h2>
    <table>${p.skills.map((s) => `<tr><td>${esc(s.item)}</td></tr>`).join('')}</table>
    <h2>E. LANGUAGES 語言</h2>
    <table><tr><td>${esc(p.languages.join('；'))}</td></tr></table>
    <h2>F. PROFESSIONAL QUALIFICATIONS 專業資格</h2>
    <table>${p.certificates.map((c) => `<tr><td>${esc(c)}</td></tr>`).join('')}</table>
    <h2>G. DECLARATION 聲明</h2>
    <p class="small">I declare that the information given in this application is true and complete. 本人聲明以上所填資料全屬真確。 Personal data provided will be used for recruitment purposes only in accordance with the Personal Data (Privacy) Ordinance. 所提供之個人資料只作招聘用途。</p>
    <table><tr><td class="l">Signature 簽署</td><td style="height:12mm"></td><td class="l">Date 日期</td><td></td></tr></table>`, 'zh-HK');
}

// ================================================================ TWO-COLUMN templates (HTML)

/** Chinese online résumé builder, coloured left sidebar built with flex (知页-style), skill bars with level words. */
function zhSidebar(p: Person): string {
  const pr = p.personal;
  const bi = p.language === 'mixed';
  const H = (zh: string, en: string) => (bi ? `${zh} <small>${en}</small>` : zh);
  const age = pr['出生年月'] ?? pr['出生年月 Date of Birth'] ?? '';
  return page(`${p.name}-简历`, `
    @page{margin:0} body{margin:0;font-family:${ZH_FONT};font-size:9.5pt;color:#333}
    .wrap{display:flex;min-height:297mm}
    .side{flex:0 0 64mm;background:#2f6f73;color:#fff;padding:14mm 6mm 10mm 8mm;box-sizing:border-box}
    .main{flex:1;padding:14mm 10mm 10mm 8mm}
    .avatar{width:28mm;height:28mm;border-radius:50%;background:#cfe3e4;margin:0 auto 6mm}
    .side h1{font-size:20pt;margin:0;text-align:center;letter-spacing:4px} .side .alt{text-align:center;font-size:10pt;opacity:.85}
    .side h3{border-bottom:1px solid #9cc;font-size:11pt;margin:8mm 0 3mm;padding-bottom:2px}
    .side p{margin:2px 0;font-size:9pt;overflow-wrap:anywhere}
    .bar{height:4px;background:#5a9599;margin:2px 0 5px} .bar i{display:block;height:4px;background:#fff}
    .main h2{color:#2f6f73;font-size:12.5pt;border-bottom:2px solid #2f6f73;margin:0 0 3mm;padding-bottom:2px}
    .main h2 small{font-size:9pt;color:#888;font-weight:normal}
    .main section{margin-bottom:6mm}
    .row{display:flex;justify-content:space-between;font-weight:bold;margin-top:3mm}
    .row span:nth-child(2){flex:1;padding-left:6mm}
    ul{margin:2px 0 0 16px;padding:0}`, `
    <div class="wrap"><aside class="side">
      <div class="avatar"></div>
      <h1>${esc(p.name)}</h1>${p.nameAlt ? `<div class="alt">${esc(p.nameAlt)}</div>` : ''}
      <h3>${H('基本信息', 'Profile')}</h3>
      ${age ? `<p>出生：${esc(age)}</p>` : ''}
      <p>电话：${esc(p.phoneShown)}</p><p>邮箱：${esc(p.email)}</p><p>现居：${esc(p.address.slice(0, 9))}</p>
      <h3>${H('技能特长', 'Skills')}</h3>
      ${p.skills.map((s, i) => `<p>${esc(s.item)}${s.level ? `　<small>${esc(s.level)}</small>` : ''}</p><div class="bar"><i style="width:${[92, 85, 78, 70, 88, 75][i % 6]}%"></i></div>`).join('')}
      <h3>${H('证书奖项', 'Certificates')}</h3>${p.certificates.map((c) => `<p>· ${esc(c)}</p>`).join('')}
      <h3>${H('语言能力', 'Languages')}</h3>${p.languages.map((c) => `<p>${esc(c)}</p>`).join('')}
      ${p.interests ? `<h3>兴趣爱好</h3><p>${esc(p.interests)}</p>` : ''}
    </aside><main class="main">
      <section><h2>${H('求职意向', 'Objective')}</h2><p>${esc(p.occupation)}</p></section>
      <section><h2>${H('工作经历', 'Work Experience')}</h2>
      ${newestFirst(p).map((j) => `<div class="row"><span>${esc(j.company)}</span><span>${esc(j.title)}</span><span>${range(j, 'YYYY.MM', ' - ', '至今')}</span></div>${ul(j.duties)}`).join('')}
      ${(p.breaks ?? []).map((b) => `<p style="color:#888">${d(b.start, 'YYYY.MM')} - ${d(b.end, 'YYYY.MM')}　${esc(b.note)}</p>`).join('')}</section>
      <section><h2>${H('教育背景', 'Education')}</h2>
      ${p.education.map((e) => `<div class="row"><span>${esc(e.school)}</span><span>${esc(e.degree)}</span><span>${d(e.start, 'YYYY.MM')} - ${d(e.end, 'YYYY.MM')}</span></div>${e.grade ? `<p>${esc(e.grade)}</p>` : ''}`).join('')}</section>
      ${p.volunteering ? `<section><h2>${H('志愿经历', 'Volunteering')}</h2>${p.volunteering.map((v) => `<p>${d(v.start, 'YYYY.MM')} - ${d(v.end, 'YYYY.MM')}　${esc(v.org)}　${esc(v.role)}</p>`).join('')}</section>` : ''}
      <section><h2>${H('自我评价', 'About me')}</h2><p>${esc(p.summary)}</p></section>
    </main></div>`, 'zh');
}

/** Chinese builder with a header band and a right-hand column, CSS grid (乔布简历-style); skills as tags. */
function zhRightcol(p: Person): string {
  const pr = p.personal;
  const bi = p.language === 'mixed';
  return page(`${p.name} 简历`, `
    body{font-family:${ZH_FONT};font-size:9.5pt;color:#222;margin:0}
    header{background:#f3f6fb;border-left:6px solid #3b6fd8;padding:6mm 8mm;display:flex;justify-content:space-between;align-items:center}
    header h1{font-size:22pt;margin:0;color:#1c3f8c} header .job{font-size:11pt;color:#555;margin-top:2mm}
    .grid{display:grid;grid-template-columns:1fr 58mm;column-gap:8mm;margin-top:6mm}
    h2{font-size:12pt;color:#3b6fd8;margin:0 0 2mm;padding-left:3mm;border-left:3px solid #3b6fd8}
    section{margin-bottom:5mm}
    .j{margin-bottom:3mm} .jh{display:grid;grid-template-columns:1fr auto;font-weight:bold} .jt{color:#3b6fd8}
    .right{border-left:1px dashed #bbb;padding-left:5mm}
    .tag{display:inline-block;border:1px solid #3b6fd8;color:#3b6fd8;border-radius:10px;padding:1px 7px;margin:0 3px 4px 0;font-size:9pt}
    .right p{margin:1mm 0;overflow-wrap:anywhere}
    ul{margin:1mm 0 0 14px;padding:0}`, `
    <header><div><h1>${esc(p.name)}</h1><div class="job">求职意向：${esc(p.occupation)}</div></div>
      <div style="width:24mm;height:30mm;background:#dde5f3"></div></header>
    <div class="grid"><div class="left">
      <section><h2>工作经历${bi ? ' Experience' : ''}</h2>
      ${newestFirst(p).map((j) => `<div class="j"><div class="jh"><span>${esc(j.company)}</span><span>${range(j, 'YYYY/MM', ' — ', '至今')}</span></div><div class="jt">${esc(j.title)}</div>${ul(j.duties)}</div>`).join('')}</section>
      <section><h2>教育经历${bi ? ' Education' : ''}</h2>
      ${p.education.map((e) => `<div class="j"><div class="jh"><span>${esc(e.school)}</span><span>${d(e.start, 'YYYY/MM')} — ${d(e.end, 'YYYY/MM')}</span></div><div>${esc(e.degree)}${e.grade ? `（${esc(e.grade)}）` : ''}</div></div>`).join('')}</section>
      <section><h2>自我评价</h2><p>${esc(p.summary)}</p></section>
    </div><aside class="right">
      <section><h2>联系方式</h2><p>📱 ${esc(p.phoneShown)}</p><p>✉ ${esc(p.email)}</p><p>${esc(Object.entries(pr).slice(0, 3).map(([k, v]) => `${k.split(' ')[0]}：${v}`).join('　'))}</p></section>
      <section><h2>技能标签</h2>${p.skills.map((s) => `<span class="tag">${esc(s.item)}</span>`).join('')}</section>
      <section><h2>证书</h2>${p.certificates.map((c) => `<p>${esc(c)}</p>`).join('')}</section>
      <section><h2>语言</h2>${p.languages.map((c) => `<p>${esc(c)}</p>`).join('')}</section>
      ${p.interests ? `<section><h2>爱好</h2><p>${esc(p.interests)}</p></section>` : ''}
    </aside></div>`, 'zh');
}

/** Chinese design-site template converted to HTML: absolutely positioned dark sidebar, timeline main column. */
function zhAbsdesign(p: Person): string {
  const bi = p.language === 'mixed';
  const T = (zh: string, en: string) => (bi ? `${en} <span>${zh}</span>` : `${zh} <span>${en.toUpperCase()}</span>`);
  return page(`${p.name}`, `
    @page{margin:0} body{margin:0;font-family:${ZH_FONT};font-size:9.3pt;color:#333}
    .sheet{position:relative;width:210mm;min-height:297mm}
    .side{position:absolute;left:0;top:0;width:66mm;height:297mm;background:#343a46;color:#e8e8e8;box-sizing:border-box;padding:16mm 6mm 0 7mm}
    .main{margin-left:66mm;padding:16mm 10mm 10mm 9mm}
    .name{position:absolute;left:7mm;top:50mm;width:54mm;font-size:22pt;color:#f0b429;letter-spacing:3px}
    .name small{display:block;font-size:10pt;color:#ddd;letter-spacing:0}
    .side .blk{position:absolute;left:7mm;width:53mm}
    .side h3{font-size:10.5pt;color:#f0b429;margin:0 0 2mm;border-bottom:1px solid #555}
    .side p{margin:1mm 0;font-size:8.8pt;overflow-wrap:anywhere}
    .main h2{font-size:12pt;margin:0 0 3mm;color:#343a46} .main h2 span{font-size:8.5pt;color:#aaa;font-weight:normal}
    .tl{border-left:2px solid #f0b429;padding-left:5mm;margin-bottom:6mm}
    .it{margin-bottom:3mm} .it .t{font-weight:bold} .it .dt{color:#f0a000;font-size:8.5pt}
    ul{margin:1mm 0 0 14px;padding:0}`, `
    <div class="sheet"><div class="side">
      <div style="width:30mm;height:30mm;background:#5b6272;margin-left:10mm"></div>
      <div class="name">${esc(p.name)}${p.nameAlt ? `<small>${esc(p.nameAlt)}</small>` : ''}</div>
      <div class="blk" style="top:82mm"><h3>${bi ? 'Contact 联系' : '联系方式'}</h3><p>${esc(p.phoneShown)}</p><p>${esc(p.email)}</p><p>${esc(p.address)}</p></div>
      <div class="blk" style="top:122mm"><h3>${bi ? 'Skills 技能' : '专业技能'}</h3>${p.skills.map((s) => `<p>■ ${esc(s.item)}</p>`).join('')}</div>
      <div class="blk" style="top:178mm"><h3>${bi ? 'Certificates 证书' : '证书'}</h3>${p.certificates.map((c) => `<p>${esc(c)}</p>`).join('')}</div>
      <div class="blk" style="top:214mm"><h3>${bi ? 'Languages 语言' : '语言'}</h3>${p.languages.map((c) => `<p>${esc(c)}</p>`).join('')}</div>
    </div><div class="main">
      <h2>${T('个人简介', 'Profile')}</h2><div class="tl"><p>${esc(p.summary)}</p></div>
      <h2>${T('工作经历', 'Experience')}</h2><div class="tl">
      ${newestFirst(p).map((j) => `<div class="it"><div class="dt">${range(j, 'YYYY.MM', '-', bi ? 'Present' : '至今')}</div><div class="t">${esc(j.company)}${bi && j.town ? ` · ${esc(j.town)}` : ''}　${esc(j.title)}</div>${ul(j.duties)}</div>`).join('')}</div>
      <h2>${T('教育背景', 'Education')}</h2><div class="tl">
      ${p.education.map((e) => `<div class="it"><div class="dt">${d(e.start, 'YYYY.MM')}-${d(e.end, 'YYYY.MM')}</div><div class="t">${esc(e.school)}</div><div>${esc(e.degree)}</div></div>`).join('')}</div>
      ${p.volunteering ? `<h2>${T('校园及志愿经历', 'Volunteering')}</h2><div class="tl">${p.volunteering.map((v) => `<div class="it"><div class="dt">${d(v.start, 'YYYY.MM')}-${d(v.end, 'YYYY.MM')}</div><div class="t">${esc(v.org)}　${esc(v.role)}</div></div>`).join('')}</div>` : ''}
    </div></div>`, 'zh');
}

/** Hong Kong / Macau bilingual CV: centred header, floated narrow left column of particulars, bilingual headings. */
function hkBilingual(p: Person): string {
  const display = /^[A-Za-z]/.test(p.name) ? `${p.name.split(' ')[0].toUpperCase()} ${p.name.split(' ').slice(1).join(' ')}` : p.name;
  return page(`CV ${p.name}`, `
    body{font-family:"Times New Roman","PMingLiU",${ZH_FONT};font-size:10pt}
    .hd{text-align:center;border-bottom:1.5px solid #000;padding-bottom:4px;margin-bottom:8px}
    .hd h1{font-size:18pt;margin:0;letter-spacing:1px} .hd p{margin:2px 0}
    .l{float:left;width:31%;padding-right:3%;border-right:1px solid #aaa;min-height:200mm}
    .r{float:right;width:63%}
    h2{font-size:10.5pt;text-transform:uppercase;margin:10px 0 4px;border-bottom:1px solid #000}
    .l p{margin:2px 0} .job{margin-bottom:6px} .job .top{display:flex;justify-content:space-between;font-weight:bold}
    ul{margin:2px 0 0 16px;padding:0}`, `
    <div class="hd"><h1>${esc(display)}　${esc(p.nameAlt ?? '')}</h1>
      <p>${esc(p.address)}</p><p>Mobile 手提: ${esc(p.phoneShown)}　|　Email 電郵: ${esc(p.email)}</p></div>
    <div class="l">
      <h2>Personal Particulars 個人資料</h2>${Object.entries(p.personal).map(([k, v]) => `<p><b>${esc(k)}</b><br>${esc(v)}</p>`).join('')}
      <h2>Skills 技能</h2>${p.skills.map((s) => `<p>• ${esc(s.item)}</p>`).join('')}
      <h2>Languages 語言</h2>${p.languages.map((s) => `<p>${esc(s)}</p>`).join('')}
      <h2>Licences 專業資格</h2>${p.certificates.map((s) => `<p>${esc(s)}</p>`).join('')}
    </div><div class="r">
      <h2>Career Objective 求職目標</h2><p>${esc(p.summary)}</p>
      <h2>Working Experience 工作經驗</h2>
      ${newestFirst(p).map((j) => `<div class="job"><div class="top"><span>${esc(j.company)}, ${esc(j.town ?? '')}</span><span>${range(j, 'Mon YYYY', ' – ', 'Present 至今')}</span></div><i>${esc(j.title)}</i>${ul(j.duties)}</div>`).join('')}
      <h2>Education 學歷</h2>
      ${p.education.map((e) => `<div class="job"><div class="top"><span>${esc(e.school)}</span><span>${d(e.start, 'Mon YYYY')} – ${d(e.end, 'Mon YYYY')}</span></div>${esc(e.degree)}${e.grade ? `<br>${esc(e.grade)}` : ''}</div>`).join('')}
      <h2>Reference 推薦人</h2><p>${esc((p.references ?? ['Available upon request']).join(' '))}</p>
    </div>`, 'zh-HK');
}

/** Turkish English-language CV, two columns made with a borderless layout table (grey info column on the left). */
function tr2col(p: Person): string {
  const [first, ...rest] = p.name.split(' ');
  const surname = rest.pop()!;
  const shown = `${[first, ...rest].join(' ')} ${surname.toLocaleUpperCase('tr')}`;
  return page(`CV - ${p.name}`, `
    body{font-family:Calibri,Arial,sans-serif;font-size:10pt}
    h1{font-size:22pt;margin:0;color:#c00000;font-weight:normal} .title{font-size:12pt;color:#555;margin-bottom:6mm}
    table.lay{width:100%;border-collapse:collapse} td{vertical-align:top}
    td.side{width:33%;background:#f2f2f2;padding:4mm} td.body{padding:0 0 0 6mm}
    h2{font-size:10.5pt;color:#c00000;border-bottom:1px solid #c00000;margin:5mm 0 2mm;letter-spacing:1px}
    td.side h2:first-child{margin-top:0} td.side p{margin:1mm 0;overflow-wrap:anywhere}
    .job{margin-bottom:3mm} .when{color:#777;font-size:9pt}
    ul{margin:1mm 0 0 14px;padding:0}`, `
    <h1>${esc(shown)}</h1><div class="title">${esc(p.occupation)}</div>
    <table class="lay"><tr><td class="side">
      <h2>CONTACT</h2><p>${esc(p.phoneShown)}</p><p>${esc(p.email)}</p><p>${esc(p.address)}</p>
      <h2>PERSONAL INFORMATION</h2>${Object.entries(p.personal).map(([k, v]) => `<p><b>${esc(k)}:</b> ${esc(v)}</p>`).join('')}
      <h2>SKILLS</h2>${p.skills.map((s) => `<p>• ${esc(s.item)}</p>`).join('')}
      <h2>LANGUAGES</h2>${p.languages.map((s) => `<p>${esc(s)}</p>`).join('')}
      <h2>CERTIFICATES</h2>${p.certificates.map((s) => `<p>${esc(s)}</p>`).join('')}
    </td><td class="body">
      <h2>PROFILE</h2><p>${esc(p.summary)}</p>
      <h2>WORK EXPERIENCE</h2>
      ${newestFirst(p).map((j) => `<div class="job"><div class="when">${range(j, 'MM/YYYY', ' – ', 'Present')}</div><b>${esc(j.title)}</b><br>${esc(j.company)}, ${esc(j.town ?? '')}${ul(j.duties)}</div>`).join('')}
      <h2>EDUCATION</h2>
      ${p.education.map((e) => `<div class="job"><div class="when">${d(e.start, 'MM/YYYY')} – ${d(e.end, 'MM/YYYY')}</div><b>${esc(e.degree)}</b><br>${esc(e.school)}${e.grade ? ` — ${esc(e.grade)}` : ''}</div>`).join('')}
      ${p.volunteering ? `<h2>VOLUNTEER WORK</h2>${p.volunteering.map((v) => `<div class="job"><div class="when">${d(v.start, 'MM/YYYY')} – ${d(v.end, 'MM/YYYY')}</div>${esc(v.role)}, ${esc(v.org)}</div>`).join('')}` : ''}
      <h2>REFERENCES</h2>${(p.references ?? []).map((r) => `<p>${esc(r)}</p>`).join('')}
    </td></tr></table>`);
}

/** Sri Lankan two-column CV: floated columns, personal details with NIC, non-related referees and a declaration. */
function lk2col(p: Person): string {
  return page(`Curriculum Vitae - ${p.name}`, `
    body{font-family:Cambria,Georgia,serif;font-size:9.4pt;line-height:1.22}
    .top{background:#0b5394;color:#fff;padding:5mm 6mm} .top h1{margin:0;font-size:20pt;text-transform:uppercase} .top p{margin:1mm 0 0}
    .col{box-sizing:border-box}
    .a{float:left;width:35%;padding:4mm 4mm 0 0;border-right:2px solid #0b5394} .b{float:right;width:64%;padding:4mm 0 0 5mm}
    h2{font-size:10.5pt;color:#0b5394;text-transform:uppercase;margin:3mm 0 1.5mm}
    .a p{margin:1mm 0;overflow-wrap:anywhere} .job{margin-bottom:2mm} .b p{margin:1mm 0}
    ul{margin:1mm 0 0 14px;padding:0}`, `
    <div class="top"><h1>${esc(p.name)}</h1><p>${esc(p.occupation)}</p></div>
    <div class="col a">
      <h2>Contact</h2><p>${esc(p.address)}</p><p>Mobile: ${esc(p.phoneShown)}</p><p>${esc(p.email)}</p>
      <h2>Personal Details</h2>${Object.entries(p.personal).filter(([k]) => k !== 'Name in full').map(([k, v]) => `<p>${esc(k)} : ${esc(v)}</p>`).join('')}
      <h2>Skills</h2>${p.skills.map((s) => `<p>✓ ${esc(s.item)}</p>`).join('')}
      <h2>Languages</h2>${p.languages.map((s) => `<p>${esc(s)}</p>`).join('')}
    </div><div class="col b">
      <h2>Career Objective</h2><p>${esc(p.summary)}</p>
      <h2>Work Experience</h2>
      ${newestFirst(p).map((j) => `<div class="job"><b>${esc(j.title)}</b> — ${esc(j.company)}, ${esc(j.town ?? '')}<br><i>${range(j, 'Month YYYY', ' to ', 'Present')}</i>${ul(j.duties)}</div>`).join('')}
      ${(p.breaks ?? []).map((b) => `<div class="job"><i>${d(b.start, 'Month YYYY')} to ${d(b.end, 'Month YYYY')}</i> — ${esc(b.note)}</div>`).join('')}
      <h2>Educational Qualifications</h2>
      ${p.education.map((e) => `<div class="job"><b>${esc(e.degree)}</b><br>${esc(e.school)} (${y(e.start)} – ${y(e.end)})${e.grade ? `<br>Results: ${esc(e.grade)}` : ''}</div>`).join('')}
      <h2>Professional Qualifications</h2>${ul(p.certificates)}
      <h2>Non-Related Referees</h2>${(p.references ?? []).map((r) => `<p>${esc(r)}</p>`).join('')}
      <h2>Declaration</h2><p>I hereby certify that the above particulars are true and accurate to the best of my knowledge.</p>
      <p>.............................<br>${esc(p.personal['Name with initials'] ?? p.name)}</p>
    </div>`);
}

// ================================================================ SINGLE-COLUMN templates (HTML)

/** Egyptian English CV: centred name, "Personal Data" block with military status, Objective, From/To experience. */
function egCv(p: Person): string {
  return page(`${p.name} CV`, `
    body{font-family:"Times New Roman",serif;font-size:10.5pt}
    h1{text-align:center;font-size:18pt;margin:0} .c{text-align:center;margin:2px 0}
    h2{font-size:11.5pt;background:#dce6f1;border-bottom:2px solid #1f497d;color:#1f497d;margin:9px 0 3px;padding:2px 4px}
    .kv{display:grid;grid-template-columns:45mm 1fr;row-gap:2px}
    .job{margin:6px 0}
    ul{margin:2px 0 0 18px;padding:0}`, `
    <h1>${esc(p.name)}</h1><p class="c">${esc(p.address)}</p><p class="c">Mobile: ${esc(p.phoneShown)} &nbsp; E-mail: ${esc(p.email)}</p>
    <h2>Personal Data</h2><div class="kv">${Object.entries(p.personal).map(([k, v]) => `<span>${esc(k)}</span><span>: ${esc(v)}</span>`).join('')}</div>
    <h2>Objective</h2><p>${esc(p.summary)}</p>
    <h2>Education</h2>${p.education.map((e) => `<p><b>${esc(e.degree)}</b>, ${esc(e.school)}, ${y(e.end)}. Grade: ${esc(e.grade ?? '-')}</p>`).join('')}
    <h2>Work Experience</h2>
    ${newestFirst(p).map((j) => `<div class="job"><b>From ${d(j.start, 'Mon YYYY')} to ${endOf(j, 'Mon YYYY', 'Present')}:</b> ${esc(j.title)} at ${esc(j.company)}, ${esc(j.town ?? '')}${ul(j.duties)}</div>`).join('')}
    <h2>Skills</h2>${ul(p.skills.map((s) => s.item))}
    <h2>Courses &amp; Certificates</h2>${ul(p.certificates)}
    <h2>Languages</h2>${ul(p.languages)}
    <h2>References</h2><p>${esc((p.references ?? ['Available upon request']).join(' '))}</p>`);
}

/** Chinese university career-centre (就业指导中心) one-page template: blue underlined section titles, 实习/工作 split. */
function cnJiuye(p: Person): string {
  const bi = p.language === 'mixed';
  const intern = (j: Job) => /实习|Intern/i.test(j.title);
  const pr = p.personal;
  const sec = (zh: string, en: string) => `<h2>${zh}${bi ? `<span> ${en}</span>` : ''}</h2>`;
  const jobs = (list: Job[]) => list.map((j) => `<div class="e"><div class="eh"><b>${esc(j.company)}</b><span>${esc(j.title)}</span><span>${range(j, 'YYYY.MM', '-', bi ? '至今 Present' : '至今')}</span></div>${ul(j.duties)}</div>`).join('');
  return page(`${p.name}-个人简历`, `
    body{font-family:${ZH_FONT};font-size:9.5pt;color:#000;line-height:1.35}
    .hd{display:flex;justify-content:space-between;align-items:flex-start}
    .hd h1{font-size:22pt;margin:0 0 2mm} .hd p{margin:1mm 0}
    .ph{width:25mm;height:33mm;border:1px solid #999}
    h2{font-size:11.5pt;color:#1d4e89;border-bottom:1.5px solid #1d4e89;margin:3.5mm 0 1.5mm;padding-bottom:1mm}
    h2 span{font-size:9pt;color:#666;font-weight:normal}
    .e{margin-bottom:2.5mm} .eh{display:grid;grid-template-columns:1fr 55mm 42mm}
    .eh span:last-child{text-align:right}
    ul{margin:1mm 0 0 16px;padding:0}`, `
    <div class="hd"><div><h1>${esc(p.name)}${p.nameAlt ? ` <small style="font-size:12pt">${esc(p.nameAlt)}</small>` : ''}</h1>
      <p>${esc(Object.entries(pr).slice(0, 3).map(([k, v]) => `${k.split(' ')[0]}：${v}`).join('  |  '))}</p>
      <p>电话：${esc(p.phoneShown)}  |  邮箱：${esc(p.email)}</p><p>求职意向：${esc(p.occupation)}</p></div><div class="ph"></div></div>
    ${sec('教育背景', 'Education')}
    ${p.education.map((e) => `<div class="e"><div class="eh"><b>${esc(e.school)}</b><span>${esc(e.degree)}</span><span>${d(e.start, 'YYYY.MM')}-${d(e.end, 'YYYY.MM')}</span></div>${e.grade ? esc(e.grade) : ''}</div>`).join('')}
    ${sec('工作经历', 'Work Experience')}${jobs(newestFirst(p).filter((j) => !intern(j)))}
    ${p.work.some(intern) ? `${sec('实习经历', 'Internship')}${jobs(newestFirst(p).filter(intern))}` : ''}
    ${p.volunteering ? `${sec('校园与志愿经历', 'Activities')}${p.volunteering.map((v) => `<p>${d(v.start, 'YYYY.MM')}-${d(v.end, 'YYYY.MM')}　${esc(v.org)}　${esc(v.role)}</p>`).join('')}` : ''}
    ${sec('专业技能', 'Skills')}${ul(p.skills.map((s) => s.item))}
    ${sec('证书', 'Certificates')}<p>${esc(p.certificates.join('；'))}</p>
    ${sec('语言能力', 'Languages')}<p>${esc(p.languages.join('；'))}</p>
    ${sec('自我评价', 'Summary')}<p>${esc(p.summary)}</p>`, 'zh');
}

// ================================================================ plain text

/** South Asian bio-data typed in Notepad: colon-aligned fields, numbered experience lines. */
function biodataTxt(p: Person): string {
  const pad = (k: string) => k.padEnd(22, ' ');
  const L: string[] = ['                              BIO DATA', '', `${pad('Name')}: ${p.name}`];
  for (const [k, v] of Object.entries(p.personal)) L.push(`${pad(k)}: ${v}`);
  L.push(`${pad('Address')}: ${p.address}`, `${pad('Cell No')}: ${p.phoneShown}`, `${pad('Email')}: ${p.email}`, '', 'OBJECTIVE', p.summary, '', 'EXPERIENCE');
  newestFirst(p).forEach((j, i) => L.push(`${i + 1}. ${j.company}, ${j.town ?? ''}`, `   ${j.title}  (${d(j.start, 'Month YYYY')} to ${endOf(j, 'Month YYYY', 'Till Date')})`, ...j.duties.map((x) => `   - ${x}`)));
  for (const b of p.breaks ?? []) L.push(`   * ${d(b.start, 'Month YYYY')} to ${d(b.end, 'Month YYYY')}: ${b.note}`);
  L.push('', 'QUALIFICATION');
  p.education.forEach((e) => L.push(`   ${e.degree} - ${e.school} (${y(e.end)})${e.grade ? ` - ${e.grade}` : ''}`));
  L.push('', 'SKILLS', ...p.skills.map((s) => `   * ${s.item}`), '', 'CERTIFICATES', ...p.certificates.map((c) => `   * ${c}`), '', `LANGUAGES: ${p.languages.join(', ')}`, '', 'REFERENCES', ...(p.references ?? []).map((r) => `   ${r}`), '');
  return L.join('\r\n');
}

/** Chinese résumé pasted into an e-mail body (邮件正文简历). */
function cnEmailTxt(p: Person): string {
  const L = [
    'HR您好：', '', `我在招聘网站上看到贵公司招聘${p.occupation.split('/')[0].trim()}相关岗位，现将我的简历发给您，附件里也有一份，请查收。`, '',
    '【基本信息】', `姓名：${p.name}`, ...Object.entries(p.personal).slice(0, 4).map(([k, v]) => `${k}：${v}`), `手机：${p.phoneShown}（微信同号）`, `邮箱：${p.email}`, `现住址：${p.address}`, '',
    '【工作经历】',
  ];
  for (const j of newestFirst(p)) L.push(`${range(j, 'YYYY.MM', '-', '至今')}  ${j.company}  ${j.title}`, ...j.duties.map((x) => `  · ${x}`));
  for (const b of p.breaks ?? []) L.push(`（${d(b.start, 'YYYY.MM')}-${d(b.end, 'YYYY.MM')} ${b.note}）`);
  L.push('', '【教育经历】', ...p.education.map((e) => `${d(e.start, 'YYYY.MM')}-${d(e.end, 'YYYY.MM')}  ${e.school}  ${e.degree}`), '',
    '【专业技能】', ...p.skills.map((s) => `${s.item}`), '', '【证书】', p.certificates.join('、'), '', `【自我评价】`, p.summary, '', '期待您的回复，谢谢！', p.name, '');
  return L.join('\n');
}

// ================================================================ DOCX templates
const F_EN = 'Calibri';
type RunOpt = { bold?: boolean; italics?: boolean; size?: number; color?: string; font?: string };
const run = (text: string, o: RunOpt = {}) => new TextRun({ text, bold: o.bold, italics: o.italics, size: o.size, color: o.color, font: o.font ? { ascii: o.font, hAnsi: o.font, eastAsia: '宋体' } : undefined });
const para = (text: string | TextRun[], o: RunOpt & { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; after?: number; before?: number; indent?: number; bullet?: boolean; shade?: string } = {}) =>
  new Paragraph({
    children: typeof text === 'string' ? [run(text, o)] : text,
    alignment: o.align, spacing: { after: o.after ?? 60, before: o.before ?? 0 },
    indent: o.indent ? { left: o.indent } : undefined, bullet: o.bullet ? { level: 0 } : undefined,
    shading: o.shade ? { type: ShadingType.CLEAR, color: 'auto', fill: o.shade } : undefined,
  });
const NOB = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: NOB, bottom: NOB, left: NOB, right: NOB, insideHorizontal: NOB, insideVertical: NOB };
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const lineBorders = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
function cell(content: string | Paragraph[], o: { w?: number; shade?: string; bold?: boolean; span?: number; size?: number; rowSpan?: number } = {}) {
  return new TableCell({
    children: typeof content === 'string' ? [para(content, { bold: o.bold, size: o.size, after: 0 })] : content,
    width: o.w ? { size: o.w, type: WidthType.DXA } : undefined,
    shading: o.shade ? { type: ShadingType.CLEAR, color: 'auto', fill: o.shade } : undefined,
    columnSpan: o.span, rowSpan: o.rowSpan, verticalAlign: VerticalAlign.CENTER,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
  });
}
const grid = (rows: TableRow[], widths: number[], borders = lineBorders) => new Table({ rows, columnWidths: widths, width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, borders });
const doc = (children: (Paragraph | Table)[], o: { font?: string; size?: number; margin?: number } = {}) =>
  new Document({
    creator: 'Microsoft Office User',
    styles: { default: { document: { run: { font: { ascii: o.font ?? F_EN, hAnsi: o.font ?? F_EN, eastAsia: '宋体' }, size: o.size ?? 20 } } } },
    sections: [{ properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: o.margin ?? 1000, bottom: o.margin ?? 1000, left: o.margin ?? 1000, right: o.margin ?? 1000 } } }, children }],
  });

/** Sri Lankan numbered application ("Application for the post of ...") in Word tables, with declaration. */
function lkApplication(p: Person): Document {
  const pr = p.personal;
  const post = p.work[p.work.length - 1].title.replace(/\s*\(.*\)$/, '');
  let n = 0;
  const num = () => String(++n).padStart(2, '0') + '.';
  const W = [600, 3300, 6000];
  const row = (label: string, value: string) => new TableRow({ children: [cell(num(), { w: W[0] }), cell(label, { w: W[1] }), cell(value, { w: W[2] })] });
  const top = [
    row('Name in full (in block capitals)', (pr['Name in full'] ?? p.name).toUpperCase()),
    row('Name with initials', pr['Name with initials'] ?? p.name),
    row('Permanent address', p.address),
    row('Telephone No. (Mobile)', p.phoneShown),
    row('E-mail address', p.email),
    row('National Identity Card No.', pr['NIC No.'] ?? ''),
    row('Date of birth', pr['Date of Birth'] ?? ''),
    row('Gender', pr.Gender ?? ''),
    row('Civil status', pr['Civil Status'] ?? ''),
    row('Nationality / Religion', `${pr.Nationality ?? ''} / ${pr.Religion ?? ''}`),
  ];
  const eduW = [3600, 4200, 1100, 1000];
  const jobW = [3000, 2700, 1400, 1400, 1400];
  return doc([
    para(`APPLICATION FOR THE POST OF ${post.toUpperCase()}`, { bold: true, size: 26, align: AlignmentType.CENTER, after: 40 }),
    para('(Curriculum Vitae)', { align: AlignmentType.CENTER, after: 200 }),
    grid(top, W),
    para(`${num()} Educational Qualifications`, { bold: true, before: 160 }),
    grid([new TableRow({ tableHeader: true, children: ['Examination / Degree', 'School / Institute', 'Year', 'Result'].map((h, i) => cell(h, { w: eduW[i], bold: true, shade: 'D9D9D9' })) }),
      ...p.education.map((e) => new TableRow({ children: [cell(e.degree, { w: eduW[0] }), cell(e.school, { w: eduW[1] }), cell(y(e.end), { w: eduW[2] }), cell(e.grade ?? '-', { w: eduW[3] })] }))], eduW),
    para(`${num()} Professional Qualifications`, { bold: true, before: 160 }),
    ...p.certificates.map((c) => para(c, { bullet: true, after: 20 })),
    para(`${num()} Employment History`, { bold: true, before: 160 }),
    grid([new TableRow({ tableHeader: true, children: ['Institution', 'Post held', 'From', 'To', 'Period'].map((h, i) => cell(h, { w: jobW[i], bold: true, shade: 'D9D9D9' })) }),
      ...p.work.map((j) => new TableRow({ children: [cell(j.company, { w: jobW[0] }), cell(j.title, { w: jobW[1] }), cell(d(j.start, 'YYYY-MM'), { w: jobW[2] }), cell(endOf(j, 'YYYY-MM', 'To date'), { w: jobW[3] }), cell(period(j), { w: jobW[4] })] }))], jobW),
    ...(p.breaks ?? []).map((b) => para(`Note: ${d(b.start, 'Month YYYY')} – ${d(b.end, 'Month YYYY')}: ${b.note}.`, { italics: true, before: 60 })),
    para(`${num()} Skills`, { bold: true, before: 160 }),
    ...p.skills.map((s) => para(s.item, { bullet: true, after: 20 })),
    para(`${num()} Languages`, { bold: true, before: 160 }),
    para(p.languages.join(', ')),
    para(`${num()} Non-related referees`, { bold: true, before: 160 }),
    ...(p.references ?? []).map((r, i) => para(`(${String.fromCharCode(97 + i)}) ${r}`, { after: 40 })),
    para('I do hereby certify that the particulars furnished by me in this application are true and accurate. I am aware that if any particulars contained herein are found to be false or incorrect, I am liable to disqualification before selection or dismissal without any compensation after appointment.', { before: 200, size: 18 }),
    new Paragraph({ tabStops: [{ type: TabStopType.RIGHT, position: 9900 }], spacing: { before: 400 }, children: [run('Date: ......................'), run('\t.........................................'), ] }),
    new Paragraph({ tabStops: [{ type: TabStopType.RIGHT, position: 9900 }], children: [run('\tSignature of the applicant')] }),
  ], { font: 'Times New Roman', size: 21 });
}

/** Egyptian CV in Word: personal-data grid, experience table with period/company/position/responsibilities. */
function egDatasheet(p: Person): Document {
  const W = [2600, 7300];
  const kv = (k: string, v: string) => new TableRow({ children: [cell(k, { w: W[0], bold: true, shade: 'F2F2F2' }), cell(v, { w: W[1] })] });
  const H = (t: string) => para(t.toUpperCase(), { bold: true, size: 22, color: '1F497D', before: 200, after: 80, shade: 'DCE6F1' });
  const jw = [1900, 2500, 2000, 3500];
  const half = Math.ceil(p.skills.length / 2);
  return doc([
    para('CURRICULUM VITAE', { bold: true, size: 32, align: AlignmentType.CENTER, after: 160, color: '1F497D' }),
    H('Personal Data'),
    grid([kv('Name', p.name), ...Object.entries(p.personal).map(([k, v]) => kv(k, v)), kv('Address', p.address), kv('Mobile', p.phoneShown), kv('E-mail', p.email)], W),
    H('Objective'), para(p.summary),
    H('Education'), ...p.education.map((e) => para([run(`${e.degree}`, { bold: true }), run(`, ${e.school} (${y(e.start)} – ${y(e.end)}). General grade: ${e.grade ?? ''}`)])),
    H('Work Experience'),
    grid([new TableRow({ tableHeader: true, children: ['Period', 'Company', 'Position', 'Responsibilities'].map((h, i) => cell(h, { w: jw[i], bold: true, shade: 'D9D9D9' })) }),
      ...newestFirst(p).map((j) => new TableRow({ children: [cell(`From ${d(j.start, 'Mon YYYY')}\nto ${endOf(j, 'Mon YYYY', 'Present')}`.split('\n').map((t) => para(t, { after: 0 })), { w: jw[0] }), cell(j.company, { w: jw[1] }), cell(j.title, { w: jw[2] }), cell(j.duties.map((t) => para(t, { bullet: true, after: 0, size: 18 })), { w: jw[3] })] }))], jw),
    H('Technical Skills'), ...p.skills.slice(0, half).map((s) => para(s.item, { bullet: true, after: 20 })),
    H('Computer Skills'), ...p.skills.slice(half).map((s) => para(s.item, { bullet: true, after: 20 })),
    H('Languages'), grid(p.languages.map((l) => { const [a, b] = l.split(':'); return new TableRow({ children: [cell(a.trim(), { w: 3000, bold: true }), cell((b ?? '').trim(), { w: 6900 })] }); }), [3000, 6900]),
    H('Courses & Certificates'), ...p.certificates.map((c) => para(c, { bullet: true, after: 20 })),
    H('References'), para((p.references ?? ['Available upon request']).join(' ')),
  ], { size: 21 });
}

/** 求职登记表 as the Word form the service centre hands out (same convention as cnQiuzhiHtml). */
function cnQiuzhiDocx(p: Person): Document {
  const pr = p.personal;
  const W = [1400, 1500, 1300, 1400, 1400, 1300, 1600];
  const c = (t: string, w: number, span = 1, bold = false) => cell(t, { w, span, bold, size: 20 });
  const sumW = (a: number, b: number) => W.slice(a, b).reduce((x, z) => x + z, 0);
  const rows: TableRow[] = [
    new TableRow({ children: [c('姓名', W[0]), c(p.name, W[1]), c('性别', W[2]), c(pr['性别'] ?? '', W[3]), c('出生年月', W[4]), c(pr['出生年月'] ?? '', W[5]), cell('照片', { w: W[6], rowSpan: 4 })] }),
    new TableRow({ children: [c('民族', W[0]), c(pr['民族'] ?? '汉', W[1]), c('政治面貌', W[2]), c(pr['政治面貌'] ?? '', W[3]), c('婚姻状况', W[4]), c(pr['婚姻状况'] ?? '', W[5])] }),
    new TableRow({ children: [c('户籍', W[0]), c(pr['户籍'] ?? pr['籍贯'] ?? '', sumW(1, 3), 2), c('身份证号', W[3]), c(pr['身份证号'] ?? '', sumW(4, 6), 2)] }),
    new TableRow({ children: [c('联系电话', W[0]), c(p.phoneShown, sumW(1, 3), 2), c('电子邮箱', W[3]), c(p.email, sumW(4, 6), 2)] }),
    new TableRow({ children: [c('现居住地址', W[0]), c(p.address, sumW(1, 7), 6)] }),
    new TableRow({ children: [c('求职意向', W[0]), c(p.occupation, sumW(1, 4), 3), c('期望月薪', W[4]), c('面议', sumW(5, 7), 2)] }),
    new TableRow({ children: [c('职业资格/技能等级', W[0]), c(p.certificates.join('；'), sumW(1, 7), 6)] }),
    new TableRow({ children: [c('专业技能', W[0]), c(p.skills.map((s) => s.item).join('；'), sumW(1, 7), 6)] }),
    new TableRow({ children: [cell('工作经历', { w: sumW(0, 7), span: 7, bold: true, shade: 'E7E6E6' })] }),
    new TableRow({ children: [c('起止年月', sumW(0, 2), 2, true), c('工作单位', sumW(2, 5), 3, true), c('岗位/职务', sumW(5, 7), 2, true)] }),
    ...p.work.map((j) => new TableRow({ children: [c(range(j, 'YYYY.MM', '—', '至今'), sumW(0, 2), 2), c(j.company, sumW(2, 5), 3), c(j.title, sumW(5, 7), 2)] })),
    new TableRow({ children: [cell('教育及培训经历', { w: sumW(0, 7), span: 7, bold: true, shade: 'E7E6E6' })] }),
    ...p.education.map((e) => new TableRow({ children: [c(`${d(e.start, 'YYYY.MM')}—${d(e.end, 'YYYY.MM')}`, sumW(0, 2), 2), c(e.school, sumW(2, 5), 3), c(e.degree, sumW(5, 7), 2)] })),
    new TableRow({ height: { value: 1100, rule: HeightRule.ATLEAST }, children: [c('本人承诺', W[0]), c('以上信息真实有效，如有虚假，本人愿承担相应责任。　　本人签名：　　　　　年　月　日', sumW(1, 7), 6)] }),
    new TableRow({ height: { value: 800, rule: HeightRule.ATLEAST }, children: [c('经办人', W[0]), c('', sumW(1, 3), 2), c('经办机构（盖章）', W[3]), c('', sumW(4, 7), 3)] }),
  ];
  return doc([
    para(`${cityOf(p)}公共就业服务中心`, { align: AlignmentType.CENTER, size: 22, after: 40 }),
    para('求 职 登 记 表', { align: AlignmentType.CENTER, bold: true, size: 36, after: 120 }),
    new Paragraph({ tabStops: [{ type: TabStopType.RIGHT, position: 9900 }], spacing: { after: 60 }, children: [run('登记编号：__________', { size: 18 }), run('\t登记日期：　　年　　月　　日', { size: 18 })] }),
    grid(rows, W),
  ], { font: '宋体', size: 21, margin: 1000 });
}

/** HK bilingual employer application form as a Word file (employers e-mail it to candidates). */
function hkAppformDocx(p: Person): Document {
  const pr = p.personal;
  const eng = /^[A-Za-z]/.test(p.name) ? `${p.name.split(' ')[0].toUpperCase()} ${p.name.split(' ').slice(1).join(' ')}` : (p.nameAlt ?? '');
  const chi = /^[A-Za-z]/.test(p.name) ? (p.nameAlt ?? '') : p.name;
  const W4 = [2200, 2750, 2200, 2750];
  const H = (t: string) => para(t, { bold: true, color: 'FFFFFF', shade: '000000', before: 160, after: 0, size: 19 });
  const pairs: [string, string][] = [['Name in English 英文姓名 (Surname first)', eng], ['Name in Chinese 中文姓名', chi], ...Object.entries(pr), ['Contact No. 聯絡電話', p.phoneShown], ['Email 電郵', p.email]];
  const prow: TableRow[] = [];
  for (let i = 0; i < pairs.length; i += 2) {
    const b = pairs[i + 1] ?? ['', ''];
    prow.push(new TableRow({ children: [cell(pairs[i][0], { w: W4[0], shade: 'F2F2F2', size: 18 }), cell(pairs[i][1], { w: W4[1], size: 19 }), cell(b[0], { w: W4[2], shade: 'F2F2F2', size: 18 }), cell(b[1], { w: W4[3], size: 19 })] }));
  }
  prow.push(new TableRow({ children: [cell('Address 住址', { w: W4[0], shade: 'F2F2F2', size: 18 }), cell(p.address, { w: W4[1] + W4[2] + W4[3], span: 3, size: 19 })] }));
  const ew = [1100, 1100, 3900, 3800];
  const jw = [1000, 1100, 3300, 2800, 1700];
  return doc([
    para('APPLICATION FOR EMPLOYMENT 求職申請表', { bold: true, size: 28, align: AlignmentType.CENTER, after: 20 }),
    para('Strictly Confidential 絕對保密', { align: AlignmentType.CENTER, size: 17, after: 120 }),
    grid([new TableRow({ children: [cell('Position Applied 應徵職位', { w: W4[0], shade: 'F2F2F2', size: 18 }), cell(p.work[p.work.length - 1].title, { w: W4[1], size: 19 }), cell('Expected Salary 期望薪金', { w: W4[2], shade: 'F2F2F2', size: 18 }), cell('Negotiable 面議', { w: W4[3], size: 19 })] })], W4),
    H('A. PERSONAL PARTICULARS 個人資料'), grid(prow, W4),
    H('B. EDUCATION 教育程度'),
    grid([new TableRow({ children: ['From 由', 'To 至', 'School / Institution 學校名稱', 'Qualification 資歷'].map((h, i) => cell(h, { w: ew[i], shade: 'F2F2F2', size: 18 })) }),
      ...[...p.education].reverse().map((e) => new TableRow({ children: [cell(d(e.start, 'MM/YY'), { w: ew[0], size: 19 }), cell(d(e.end, 'MM/YY'), { w: ew[1], size: 19 }), cell(e.school, { w: ew[2], size: 19 }), cell(e.degree, { w: ew[3], size: 19 })] }))], ew),
    H('C. EMPLOYMENT HISTORY 工作經驗 (most recent first 由最近期開始)'),
    grid([new TableRow({ children: ['From 由', 'To 至', 'Name of Employer 僱主名稱', 'Position 職位', 'Reason for Leaving 離職原因'].map((h, i) => cell(h, { w: jw[i], shade: 'F2F2F2', size: 18 })) }),
      ...newestFirst(p).map((j) => new TableRow({ children: [cell(d(j.start, 'MM/YY'), { w: jw[0], size: 19 }), cell(endOf(j, 'MM/YY', 'Present 現在'), { w: jw[1], size: 19 }), cell(j.company, { w: jw[2], size: 19 }), cell(j.title, { w: jw[3], size: 19 }), cell(j.end ? 'Career development 事業發展' : '—', { w: jw[4], size: 18 })] }))], jw),
    H('D. SKILLS 技能'), grid(p.skills.map((s) => new TableRow({ children: [cell(s.item, { w: 9900, size: 19 })] })), [9900]),
    H('E. LANGUAGES 語言'), grid([new TableRow({ children: [cell(p.languages.join('；'), { w: 9900, size: 19 })] })], [9900]),
    H('F. PROFESSIONAL QUALIFICATIONS 專業資格'), grid(p.certificates.map((c) => new TableRow({ children: [cell(c, { w: 9900, size: 19 })] })), [9900]),
    H('G. DECLARATION 聲明'),
    para('I declare that the information given in this application is true and complete. 本人聲明以上所填資料全屬真確。 Personal data provided will be used for recruitment purposes only. 所提供之個人資料只作招聘用途。', { size: 16, before: 60 }),
    new Paragraph({ tabStops: [{ type: TabStopType.RIGHT, position: 9900 }], spacing: { before: 300 }, children: [run('Signature 簽署: ____________________'), run('\tDate 日期: ______________')] }),
  ], { font: 'Arial', size: 19, margin: 900 });
}

/** Word two-column résumé made with a borderless 1×2 layout table, left cell shaded. */
function word2cell(p: Person): Document {
  const bi = p.language !== 'en';
  const H = (en: string, zh: string, white = false) => para(bi ? `${zh}  ${en.toUpperCase()}` : en.toUpperCase(), { bold: true, size: 22, color: white ? '1F3864' : '2E74B5', before: 200, after: 60 });
  const side: Paragraph[] = [
    para(p.name, { bold: true, size: 36, color: '1F3864', after: 20 }),
    ...(p.nameAlt ? [para(p.nameAlt, { size: 22, after: 20 })] : []),
    para(p.occupation, { italics: true, size: 19, after: 120 }),
    H('Contact', '联系方式', true), para(p.phoneShown, { size: 19 }), para(p.email, { size: 18 }), para(p.address, { size: 19 }),
    H('Personal', '个人信息', true), ...Object.entries(p.personal).filter(([k]) => !/CNIC|NIC|身份证/.test(k)).map(([k, v]) => para(`${k}: ${v}`, { size: 18, after: 20 })),
    H('Skills', '专业技能', true), ...p.skills.map((s) => para(s.item, { size: 19, bullet: true, after: 20 })),
    H('Languages', '语言', true), ...p.languages.map((s) => para(s, { size: 19, after: 20 })),
  ];
  const main: Paragraph[] = [
    H('Profile', '个人简介'), para(p.summary, { size: 20 }),
    H('Experience', '工作经历'),
    ...newestFirst(p).flatMap((j) => [
      para([run(j.title, { bold: true, size: 21 })], { after: 0, before: 80 }),
      para([run(`${j.company}${j.town ? `, ${j.town}` : ''}`, { size: 20 }), run(`  |  ${range(j, bi ? 'YYYY.MM' : 'Mon YYYY', ' – ', bi ? '至今 Present' : 'Present')}`, { size: 19, color: '7F7F7F' })], { after: 20 }),
      ...j.duties.map((t) => para(t, { bullet: true, size: 19, after: 0 })),
    ]),
    H('Education', '教育背景'),
    ...p.education.map((e) => para([run(e.degree, { bold: true, size: 20 }), new TextRun({ text: `${e.school}, ${y(e.start)} – ${y(e.end)}${e.grade ? ` (${e.grade})` : ''}`, size: 19, break: 1 })], { after: 60 })),
    H('Certificates', '证书'), ...p.certificates.map((c) => para(c, { bullet: true, size: 19, after: 0 })),
  ];
  const t = new Table({
    columnWidths: [3500, 6400], width: { size: 9900, type: WidthType.DXA }, borders: noBorders,
    rows: [new TableRow({ children: [
      new TableCell({ children: side, width: { size: 3500, type: WidthType.DXA }, shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'DEEAF6' }, margins: { top: 200, bottom: 200, left: 200, right: 200 } }),
      new TableCell({ children: main, width: { size: 6400, type: WidthType.DXA }, margins: { top: 100, bottom: 100, left: 300, right: 100 } }),
    ] })],
  });
  return doc([t], { font: bi ? '微软雅黑' : 'Calibri', size: 20, margin: 900 });
}

/** Word résumé whose left column is a floating text box (VML), main text indented beside it. */
function wordTextbox(p: Person): Document {
  const bi = p.language !== 'en';
  const IND = 3500;
  const box = new Textbox({
    style: { width: '2.2in', height: '9.6in', position: 'absolute', positionHorizontalRelative: 'page', positionVerticalRelative: 'page', left: '0.45in', top: '0.6in', wrapStyle: 'square' },
    children: [
      para('CONTACT', { bold: true, size: 20, color: '833C0B' }),
      para(p.phoneShown, { size: 18 }), para(p.email, { size: 16 }), para(p.address, { size: 18, after: 160 }),
      para(bi ? 'SKILLS 技能' : 'SKILLS', { bold: true, size: 20, color: '833C0B' }),
      ...p.skills.map((s) => para(`• ${s.item}`, { size: 18, after: 20 })),
      para(bi ? 'LANGUAGES 语言' : 'LANGUAGES', { bold: true, size: 20, color: '833C0B', before: 160 }),
      ...p.languages.map((s) => para(s, { size: 18, after: 20 })),
      para(bi ? 'CERTIFICATES 证书' : 'CERTIFICATES', { bold: true, size: 20, color: '833C0B', before: 160 }),
      ...p.certificates.map((s) => para(s, { size: 18, after: 20 })),
    ],
  });
  const ip = (text: string | TextRun[], o: Parameters<typeof para>[1] = {}) => para(text, { ...o, indent: IND });
  const Hi = (en: string, zh: string) => new Paragraph({ children: [run(bi ? `${en.toUpperCase()} ${zh}` : en.toUpperCase(), { bold: true, size: 22, color: '833C0B' })], spacing: { before: 180, after: 60 }, indent: { left: IND }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '833C0B', space: 1 } } });
  return doc([
    new Paragraph({ children: [box, run(p.name, { bold: true, size: 40 })], indent: { left: IND }, spacing: { after: 0 } }),
    ...(p.nameAlt ? [ip(p.nameAlt, { size: 24, after: 0 })] : []),
    ip(p.occupation, { size: 22, color: '7F7F7F', after: 120 }),
    Hi('Summary', '简介'), ip(p.summary, { size: 20 }),
    Hi('Experience', '工作经历'),
    ...newestFirst(p).flatMap((j) => [
      ip([run(`${j.title}`, { bold: true }), run(` — ${j.company}`)], { before: 80, after: 0 }),
      ip(range(j, bi ? 'YYYY.MM' : 'Month YYYY', bi ? ' - ' : ' – ', bi ? '至今' : 'Present'), { italics: true, size: 18, color: '7F7F7F', after: 20 }),
      ...j.duties.map((t) => ip(`– ${t}`, { size: 19, after: 0 })),
    ]),
    Hi('Education', '教育背景'),
    ...p.education.map((e) => ip([run(e.degree, { bold: true }), run(`, ${e.school}, ${y(e.start)}–${y(e.end)}`)], { size: 19, after: 40 })),
    ...(p.references ? [Hi('References', '推荐人'), ...p.references.map((r) => ip(r, { size: 19 }))] : []),
  ], { font: bi ? '微软雅黑' : 'Calibri', size: 20, margin: 800 });
}

/** Turkish English-language CV in Word, single column with tab-aligned dates on the left. */
function trCv(p: Person): Document {
  const [first, ...rest] = p.name.split(' ');
  const surname = rest.pop()!;
  const shown = `${[first, ...rest].join(' ')} ${surname.toLocaleUpperCase('tr')}`;
  const H = (t: string) => new Paragraph({ children: [run(t, { bold: true, size: 22, color: 'C00000' })], spacing: { before: 220, after: 80 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'C00000', space: 1 } } });
  const tab = (left: string, right: TextRun[], o: { after?: number } = {}) => new Paragraph({ tabStops: [{ type: TabStopType.LEFT, position: 2300 }], indent: { left: 2300, hanging: 2300 }, spacing: { after: o.after ?? 40 }, children: [run(left, { size: 19, color: '595959' }), run('\t'), ...right] });
  return doc([
    para('CURRICULUM VITAE', { size: 18, color: '7F7F7F', align: AlignmentType.RIGHT, after: 0 }),
    para(shown, { bold: true, size: 36, after: 40 }),
    para(`${p.phoneShown}  •  ${p.email}`, { size: 19, after: 0 }),
    para(p.address, { size: 19, after: 120 }),
    H('PERSONAL INFORMATION'), ...Object.entries(p.personal).map(([k, v]) => tab(k, [run(v, { size: 20 })], { after: 10 })),
    H('PROFILE'), para(p.summary),
    H('WORK EXPERIENCE'),
    ...newestFirst(p).flatMap((j) => [
      tab(range(j, 'MM.YYYY', ' – ', 'Present'), [run(j.title, { bold: true }), run(`, ${j.company}, ${j.town ?? ''}`)], { after: 10 }),
      ...j.duties.map((t) => tab('', [run(`- ${t}`, { size: 19 })], { after: 0 })),
    ]),
    H('EDUCATION'), ...p.education.map((e) => tab(`${d(e.start, 'MM.YYYY')} – ${d(e.end, 'MM.YYYY')}`, [run(e.degree, { bold: true }), run(`, ${e.school}${e.grade ? ` (GPA ${e.grade.replace(/^GPA /, '')})` : ''}`)])),
    ...(p.volunteering ? [H('VOLUNTEER EXPERIENCE'), ...p.volunteering.map((v) => tab(`${d(v.start, 'MM.YYYY')} – ${d(v.end, 'MM.YYYY')}`, [run(`${v.role}, ${v.org}`)]))] : []),
    H('SKILLS'), ...p.skills.map((s) => para(s.item, { bullet: true, after: 10 })),
    H('LANGUAGES'), ...p.languages.map((s) => para(s, { bullet: true, after: 10 })),
    H('CERTIFICATES'), ...p.certificates.map((s) => para(s, { bullet: true, after: 10 })),
    H('REFERENCES'), ...(p.references ?? []).map((r) => para(r)),
  ], { size: 20, margin: 1100 });
}

// ================================================================ plan
type Layout = 'single' | 'twocol' | 'table';
type Producer = 'chromium' | 'docx' | 'txt'; // docx also yields the LibreOffice PDF
interface Tpl { layout: Layout; html?: (p: Person) => string; docx?: (p: Person) => Document; txt?: (p: Person) => string }
const T: Record<string, Tpl> = {
  'pk-biodata': { layout: 'table', html: pkBiodata },
  'bd-cv': { layout: 'table', html: bdCv },
  'tr-basvuru': { layout: 'table', html: trBasvuru },
  'cn-biaoge': { layout: 'table', html: cnBiaoge },
  'cn-qiuzhi': { layout: 'table', html: cnQiuzhiHtml, docx: cnQiuzhiDocx },
  'hk-appform': { layout: 'table', html: hkAppformHtml, docx: hkAppformDocx },
  'lk-application': { layout: 'table', docx: lkApplication },
  'eg-datasheet': { layout: 'table', docx: egDatasheet },
  'zh-sidebar': { layout: 'twocol', html: zhSidebar },
  'zh-rightcol': { layout: 'twocol', html: zhRightcol },
  'zh-absdesign': { layout: 'twocol', html: zhAbsdesign },
  'hk-bilingual': { layout: 'twocol', html: hkBilingual },
  'tr-2col': { layout: 'twocol', html: tr2col },
  'lk-2col': { layout: 'twocol', html: lk2col },
  'word-2cell': { layout: 'twocol', docx: word2cell },
  'word-textbox': { layout: 'twocol', docx: wordTextbox },
  'eg-cv': { layout: 'single', html: egCv },
  'tr-cv': { layout: 'single', docx: trCv },
  'cn-jiuye': { layout: 'single', html: cnJiuye },
  'biodata-txt': { layout: 'single', txt: biodataTxt },
  'cn-email': { layout: 'single', txt: cnEmailTxt },
};
export const plan: [string, string, Producer][] = [
  ['p01', 'pk-biodata', 'chromium'], ['p01', 'word-2cell', 'docx'], ['p01', 'biodata-txt', 'txt'],
  ['p02', 'lk-application', 'docx'], ['p02', 'lk-2col', 'chromium'], ['p02', 'biodata-txt', 'txt'],
  ['p03', 'bd-cv', 'chromium'], ['p03', 'pk-biodata', 'chromium'], ['p03', 'word-textbox', 'docx'],
  ['p04', 'tr-basvuru', 'chromium'], ['p04', 'tr-cv', 'docx'], ['p04', 'tr-2col', 'chromium'],
  ['p05', 'eg-datasheet', 'docx'], ['p05', 'eg-cv', 'chromium'], ['p05', 'word-textbox', 'docx'],
  ['p06', 'tr-basvuru', 'chromium'], ['p06', 'tr-cv', 'docx'], ['p06', 'tr-2col', 'chromium'],
  ['p07', 'lk-application', 'docx'], ['p07', 'pk-biodata', 'chromium'], ['p07', 'lk-2col', 'chromium'],
  ['p08', 'zh-sidebar', 'chromium'], ['p08', 'cn-qiuzhi', 'chromium'], ['p08', 'cn-email', 'txt'],
  ['p09', 'zh-sidebar', 'chromium'], ['p09', 'zh-rightcol', 'chromium'], ['p09', 'cn-email', 'txt'],
  ['p10', 'zh-rightcol', 'chromium'], ['p10', 'zh-absdesign', 'chromium'], ['p10', 'cn-biaoge', 'chromium'], ['p10', 'cn-jiuye', 'chromium'],
  ['p11', 'zh-sidebar', 'chromium'], ['p11', 'zh-absdesign', 'chromium'], ['p11', 'cn-qiuzhi', 'docx'],
  ['p12', 'zh-sidebar', 'chromium'], ['p12', 'cn-qiuzhi', 'chromium'], ['p12', 'cn-email', 'txt'],
  ['p13', 'hk-bilingual', 'chromium'], ['p13', 'hk-appform', 'docx'],
  ['p14', 'hk-bilingual', 'chromium'], ['p14', 'hk-appform', 'chromium'], ['p14', 'zh-absdesign', 'chromium'],
  ['p15', 'word-2cell', 'docx'], ['p15', 'hk-appform', 'docx'],
  ['p16', 'zh-sidebar', 'chromium'], ['p16', 'word-textbox', 'docx'], ['p16', 'cn-jiuye', 'chromium'],
];
const LAYOUT_NAME = { single: 'single', twocol: 'two-column', table: 'table' } as const;

// ================================================================ run
rmSync(docsDir, { recursive: true, force: true });
mkdirSync(docsDir, { recursive: true });
const byId = new Map(people.map((p) => [p.id, p]));
const html: [string, string][] = [];
const documents: { file: string; person: string; template: string; layout: string; producer: string; language: string }[] = [];
for (const [pid, tname, prod] of plan) {
  const p = byId.get(pid)!;
  const t = T[tname];
  const base = `${pid}-${t.layout}-${tname}`;
  const entry = (file: string, producer: string) => documents.push({ file, person: pid, template: tname, layout: LAYOUT_NAME[t.layout], producer, language: p.language });
  if (prod === 'chromium') { html.push([`${base}.pdf`, t.html!(p)]); entry(`${base}.pdf`, 'chromium'); }
  else if (prod === 'txt') { writeFileSync(path.join(docsDir, `${base}.txt`), t.txt!(p), 'utf8'); entry(`${base}.txt`, 'txt'); }
  else {
    writeFileSync(path.join(docsDir, `${base}.docx`), await Packer.toBuffer(t.docx!(p)));
    entry(`${base}.docx`, 'docx'); entry(`${base}.pdf`, 'libreoffice');
  }
}
const names = documents.map((x) => x.file);
if (new Set(names).size !== names.length) throw new Error('duplicate file name');
await printHtml(docsDir, html);
exportDocxToPdf(docsDir);
const onDisk = readdirSync(docsDir).sort();
const missing = names.filter((f) => !onDisk.includes(f));
if (missing.length || onDisk.length !== names.length) throw new Error(`documents/ mismatch: missing ${missing.join(', ')}; on disk ${onDisk.length}, planned ${names.length}`);

const truth = {
  referenceDate: REF,
  people: people.map((p) => ({
    id: p.id, language: p.language, name: p.name, email: p.email, phone: p.phone,
    skills: p.skills.map((s) => [s.item, ...(s.syn ?? [])].join(' | ')),
    work: p.work.map((j) => ({ company: j.company, start: j.start, end: j.end })),
    yearsOfExperience: yearsWorked(p.work, REF),
  })),
  documents: documents.sort((a, b) => a.file.localeCompare(b.file)),
};
writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifestOf(docsDir, names.sort()), null, 2) + '\n');
const count: Record<string, number> = {};
for (const x of documents) count[`${x.layout} / ${x.producer} / ${x.language}`] = (count[`${x.layout} / ${x.producer} / ${x.language}`] ?? 0) + 1;
console.log(`${documents.length} documents`);
console.log(Object.entries(count).sort().map(([k, v]) => `${k}: ${v}`).join('\n'));
