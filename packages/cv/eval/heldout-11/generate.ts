/**
 * heldout-11 generator: 19 templates (each imitating one real-world convention), the person × template plan, and the
 * frozen outputs (documents/, truth.json, manifest.json). Refuses to run once manifest.json exists unless --force.
 *
 *   cd packages/cv && npx tsx eval/heldout-11/generate.ts [--force]
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType, BorderStyle, Document, Packer, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun,
  VerticalAlign, WidthType, TabStopType, TableLayoutType,
} from 'docx';
import JSZip from 'jszip';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people, shown, type Job, type Person } from './people.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docsDir = path.join(here, 'documents');
const REFERENCE = '2026-11';

// ───────────────────────────── helpers ─────────────────────────────
const e = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const FR_MON = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const Y = (s: string) => s.slice(0, 4);
const MM = (s: string) => s.slice(5, 7);
const M = (s: string) => Number(s.slice(5, 7));
const slash = (s: string) => `${MM(s)}/${Y(s)}`;
const dot = (s: string) => `${Y(s)}.${MM(s)}`;
const dotMY = (s: string) => `${MM(s)}.${Y(s)}`;
const ysl = (s: string) => `${Y(s)}/${MM(s)}`;
const zhYM = (s: string) => `${Y(s)}年${M(s)}月`;
const monY = (s: string) => `${MON[M(s) - 1]} ${Y(s)}`;
const fullMY = (s: string) => `${MONTH[M(s) - 1]} ${Y(s)}`;
const frMY = (s: string) => `${FR_MON[M(s) - 1]} ${Y(s)}`;
const dmy = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
const age = (p: Person) => 2026 - Number(p.birth.slice(0, 4)) - (p.birth.slice(5) > '10-15' ? 1 : 0);
const recentFirst = (jobs: Job[]) => [...jobs].sort((a, b) => b.start.localeCompare(a.start));
const oldestFirst = (jobs: Job[]) => [...jobs].sort((a, b) => a.start.localeCompare(b.start));
const isZh = (p: Person) => p.language === 'zh';
const capFamily = (p: Person) => (/[\u4e00-\u9fff]/.test(p.name) ? p.name : p.name.replace(p.family, p.family.toUpperCase()));
const levelOf = (p: Person, s: string) => p.levels?.[shown(s)];
const genderEn = (p: Person) => (p.gender === 'F' ? 'Female' : 'Male');
const genderZh = (p: Person) => (p.gender === 'F' ? '女' : '男');
const currentTown = (p: Person) => p.jobs.find((j) => j.end === null)?.town?.split(',')[0] ?? '';

const html = (body: string, css: string, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>${PRINT}${css}</style></head><body>${body}</body></html>`;
/** What anyone tidying a print would do: no heading stranded at a page foot, no row or entry split across pages. */
const PRINT = `h1,h2,h3,.part,.note{break-after:avoid} tr,li,.j,.row,.f,.keep{break-inside:avoid}`;
/** Jobs and career breaks in one list, most recent first. */
const timeline = (p: Person) =>
  [...p.jobs.map((j) => ({ start: j.start, end: j.end, job: j as Job | undefined, note: '' })), ...(p.breaks ?? []).map((b) => ({ start: b.start, end: b.end as string | null, job: undefined as Job | undefined, note: b.note }))]
    .sort((a, b) => b.start.localeCompare(a.start));
const ZH_FONT = `"SimSun", "Songti SC", "WenQuanYi Zen Hei", "Droid Sans Fallback", serif`;
const ZH_SANS = `"Microsoft YaHei", "PingFang SC", "WenQuanYi Zen Hei", "Droid Sans Fallback", sans-serif`;

// Family members on Chinese registration forms (a real part of such forms; their employers are not the applicant's jobs).
const FAMILY: Record<string, [string, string, string][]> = {
  p08: [['妻子', '周敏', '南京市栖霞区仙林街道社区卫生服务中心 护士'], ['女儿', '赵一诺', '南京市仙林小学 学生']],
  p09: [['丈夫', '张磊', '上海市浦东新区税务局 科员'], ['儿子', '张子墨', '幼儿园']],
  p10: [['妻子', '李美玲', '佛山市顺德区容桂华口小学 教师'], ['父亲', '黄德明', '退休']],
  p11: [['父亲', '刘建军', '洛阳轴承厂 退休'], ['母亲', '马秀兰', '洛阳市西工区某社区 居委会']],
  p12: [['妻子', '王芳', '重庆市沙坪坝区土主小学 教师'], ['母亲', '李桂英', '退休']],
  p13: [['父亲', '徐国平', '杭州某建设集团 工程师'], ['母亲', '沈丽', '退休']],
  p14: [['妻子 Wife', '罗晶 Luo Jing', 'Software tester, Munich'], ['父亲 Father', '周建华', '退休 Retired']],
  p15: [['父亲 Father', '林文辉', '厦门某贸易公司 Trading company'], ['母亲 Mother', '陈美华', '退休 Retired']],
  p16: [['妻子 Wife', '吴倩 Wu Qian', 'Self-employed'], ['父亲 Father', '马国强', '退休 Retired']],
};

// ───────────────────────────── HTML templates (Chromium) ─────────────────────────────

/** German tabular Lebenslauf (written in English as an expat does): date column | content, chronological, signed at the foot. */
function lebenslauf(p: Person): string {
  const css = `body{font-family:"Liberation Sans",Arial,sans-serif;font-size:10.2pt;color:#111;margin:0}
  h1{font-size:20pt;font-weight:normal;margin:0 0 2mm;letter-spacing:.5px} .sub{color:#444;margin-bottom:5mm}
  .photo{position:absolute;right:0;top:0;width:32mm;height:40mm;border:1px solid #999;color:#999;font-size:8pt;display:flex;align-items:center;justify-content:center}
  h2{font-size:11.5pt;border-bottom:1px solid #000;margin:6mm 0 2mm;padding-bottom:1mm;font-weight:bold}
  table{width:100%;border-collapse:collapse} td{vertical-align:top;padding:1.3mm 0} td.d{width:38mm;white-space:nowrap;padding-right:4mm}
  ul{margin:.5mm 0 0 4mm;padding:0} li{margin:0} .sig{margin-top:12mm} .sig .line{margin-top:10mm;border-top:1px solid #000;width:60mm;padding-top:1mm}`;
  const rows = (r: [string, string][]) => `<table>${r.map(([a, b]) => `<tr><td class="d">${a}</td><td>${b}</td></tr>`).join('')}</table>`;
  const items: { start: string; html: string; d: string }[] = [];
  for (const j of p.jobs)
    items.push({ start: j.start, d: j.end ? `${slash(j.start)} – ${slash(j.end)}` : `since ${slash(j.start)}`, html: `<b>${e(j.company)}</b>, ${e(j.town ?? '')}<br>${e(j.title)}<ul>${j.duties.map((x) => `<li>${e(x)}</li>`).join('')}</ul>` });
  for (const b of p.breaks ?? []) items.push({ start: b.start, d: `${slash(b.start)} – ${slash(b.end)}`, html: `<i>${e(b.note)}</i>` });
  items.sort((a, b) => a.start.localeCompare(b.start));
  const edu = [...p.education].sort((a, b) => a.start.localeCompare(b.start));
  const skillRows: [string, string][] = [['Technical / IT skills', p.skills.map((s) => e(shown(s)) + (levelOf(p, s) ? ` (${levelOf(p, s)})` : '')).join('<br>')]];
  const body = `<div style="position:relative"><div class="photo">photo</div>
  <h1>Curriculum Vitae</h1><div class="sub">${e(p.target)}</div>
  <h2>Personal details</h2>${rows([
    ['Name', e(p.name)], ['Address', e(p.address)], ['Phone', e(p.phoneShown)], ['E-mail', e(p.email)],
    ['Date and place of birth', `${p.birth.slice(8, 10)}.${p.birth.slice(5, 7)}.${p.birth.slice(0, 4)} in ${e(p.birthplace)}`], ['Nationality', e(p.nationality)],
    ...(p.marital ? [['Marital status', e(p.marital)] as [string, string]] : []),
  ])}
  <h2>Professional experience</h2>${rows(items.map((i) => [i.d, i.html]))}
  <h2>Education</h2>${rows(edu.map((s) => [`${slash(s.start)} – ${slash(s.end)}`, `<b>${e(s.school)}</b><br>${e(s.degree)}`]))}
  <div class="keep"><h2>Skills</h2>${rows([...skillRows, ['Languages', p.spoken.map(e).join('<br>')]])}</div>
  <div class="keep"><h2>Further training and certificates</h2>${rows([['', p.certificates.map(e).join('<br>')]])}</div>
  ${p.interests ? `<div class="keep"><h2>Interests</h2>${rows([['', e(p.interests)]])}</div>` : ''}
  <div class="sig">${e(currentTown(p))}, 28 October 2026<div class="line">${e(p.name)}</div></div></div>`;
  return html(body, css);
}

/** Kenyan public-service application form (PSC-style): numbered parts, labelled cells, history table starting with the current post. */
function kenyapsc(p: Person): string {
  const x = p.extra ?? {};
  const css = `body{font-family:"Liberation Serif","Times New Roman",serif;font-size:10pt;margin:0}
  .hd{text-align:center;font-weight:bold;line-height:1.35} .hd .f{font-size:9pt;font-weight:normal;text-align:right}
  table{width:100%;border-collapse:collapse;margin:1.5mm 0} td,th{border:1px solid #000;padding:1.2mm 1.5mm;vertical-align:top;text-align:left}
  th{background:#e6e6e6;font-size:9.3pt} .part{font-weight:bold;margin-top:4mm;text-transform:uppercase} .l{width:34%;font-size:9.3pt}
  .note{font-size:8.5pt;font-style:italic}`;
  const kv = (r: [string, string][]) => `<table>${r.map(([a, b]) => `<tr><td class="l">${a}</td><td>${b}</td></tr>`).join('')}</table>`;
  const cur = p.jobs.find((j) => j.end === null)!;
  const body = `<div class="hd"><div class="f">PSC 2 (Revised)</div>REPUBLIC OF KENYA<br>PUBLIC SERVICE COMMISSION<br>APPLICATION FOR EMPLOYMENT</div>
  <p class="note">(To be completed in duplicate. Attach copies of certificates and testimonials. Incomplete forms will not be considered.)</p>
  <div class="part">Part 1: Post details</div>${kv([['(a) Post applied for', e(p.target)], ['(b) Advert No.', 'PSC/ADV/41/2026'], ['(c) Job Group / Grade', 'K']])}
  <div class="part">Part 2: Personal details</div>${kv([
    ['(a) Full Names (Surname first)', e(`${p.family.toUpperCase()} ${p.name.replace(p.family, '').trim()}`) + ` &nbsp;/&nbsp; ${e(p.name)}`],
    ['(b) Date of Birth', dmy(p.birth)], ['(c) National ID No.', e(x['ID No.'] ?? '')], ['(d) KRA PIN', e(x['KRA PIN'] ?? '')], ['(e) Gender', genderEn(p)],
    ['(f) Nationality', e(p.nationality)], ['(g) Home County', e(x.County ?? '')], ['(h) Ethnicity', e(x.Ethnicity ?? '')],
    ['(i) Do you have any disability?', e(x.Disability ?? 'No')], ['(j) Postal Address', e(p.address)],
    ['(k) Mobile No.', e(p.phoneShown)], ['(l) E-mail Address', e(p.email)],
  ])}
  <div class="part">Part 3: Academic qualifications</div><table><tr><th>Institution</th><th>Award / Qualification</th><th>From</th><th>To</th></tr>
  ${p.education.map((s) => `<tr><td>${e(s.school)}</td><td>${e(s.degree)}</td><td>${slash(s.start)}</td><td>${slash(s.end)}</td></tr>`).join('')}</table>
  <div class="part">Part 4: Professional qualifications / certifications</div><table><tr><th style="width:6%">No.</th><th>Certificate / Membership</th></tr>
  ${p.certificates.map((c, i) => `<tr><td>${i + 1}</td><td>${e(c)}</td></tr>`).join('')}</table>
  <div class="part">Part 5: Employment details</div>${kv([['(a) Present substantive post', e(cur.title)], ['(b) Present employer', e(cur.company)], ['(c) Date of appointment to present post', slash(cur.start)]])}
  <p class="note">(d) Employment history (starting with the current/most recent employer)</p>
  <table><tr><th>From (mm/yyyy)</th><th>To (mm/yyyy)</th><th>Designation / Job Title</th><th>Ministry / State Department / Institution</th><th>Job Group / Grade</th></tr>
  ${recentFirst(p.jobs).map((j) => `<tr><td>${slash(j.start)}</td><td>${j.end ? slash(j.end) : 'To date'}</td><td>${e(j.title)}</td><td>${e(j.company)}</td><td>${/County|Authority|Agency|Ports/.test(j.company) ? (j.end ? 'H' : 'K') : 'N/A'}</td></tr>`).join('')}</table>
  <div class="part">Part 6: Skills and competencies</div><table>${p.skills.map((s, i) => `<tr><td style="width:6%">${i + 1}.</td><td>${e(shown(s))}</td></tr>`).join('')}</table>
  <div class="part">Part 7: Languages</div>${kv([['Languages', p.spoken.map(e).join('; ')]])}
  <div class="part">Part 8: Referees</div><table>${(p.referees ?? []).map((r, i) => `<tr><td style="width:6%">${i + 1}.</td><td>${e(r)}</td></tr>`).join('')}</table>
  <div class="part">Part 9: Declaration</div><p>I certify that the particulars given on this form are correct. I understand that any false information may lead to disqualification or dismissal.</p>
  <table><tr><td class="l">Signature</td><td style="height:9mm"></td><td class="l">Date</td><td>27/10/2026</td></tr></table>`;
  return html(body, css);
}

const AIRLINE_POST: Record<string, string> = { p04: 'Premium Lounge Supervisor (Airport Services)', p05: 'Cargo Operations Manager (Hub Warehouse)', p15: 'Cabin Crew – Business Class' };
/** Gulf airline online careers application form, printed: boxed fields, yes/no boxes, employment history grid. */
function airlineform(p: Person): string {
  const x = p.extra ?? {};
  const css = `body{font-family:"Liberation Sans",Arial,sans-serif;font-size:9.4pt;color:#222;margin:0}
  .top{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:3px solid #8a1538;padding-bottom:2mm}
  .logo{font-size:16pt;font-weight:bold;color:#8a1538;letter-spacing:1px} .ref{font-size:8pt;color:#555;text-align:right}
  h2{background:#8a1538;color:#fff;font-size:9.6pt;padding:1.2mm 2mm;margin:4mm 0 1.5mm}
  .grid{display:grid;grid-template-columns:1fr 1fr;gap:1.5mm 4mm} .f label{display:block;font-size:7.6pt;color:#666;text-transform:uppercase}
  .f div{border:1px solid #bbb;padding:1mm 1.5mm;min-height:4.5mm;background:#fafafa} .full{grid-column:1/3}
  table{width:100%;border-collapse:collapse} th{font-size:7.8pt;text-transform:uppercase;color:#555;text-align:left;border-bottom:1px solid #8a1538;padding:1mm}
  td{border-bottom:1px solid #ddd;padding:1.2mm 1mm;vertical-align:top} .yn span{display:inline-block;margin-right:5mm}`;
  const f = (l: string, v: string, full = false) => `<div class="f${full ? ' full' : ''}"><label>${l}</label><div>${v}</div></div>`;
  const body = `<div class="top"><div class="logo">GULF PEARL AIRWAYS<div style="font-size:9pt;font-weight:normal;color:#333">Careers – Online Application</div></div>
  <div class="ref">Application ref. GPA-2026-118${p.id.slice(1)}04<br>Submitted 21 Oct 2026 09:4${p.id.slice(2)}</div></div>
  <h2>1. Vacancy</h2><div class="grid">${f('Position applied for', e(AIRLINE_POST[p.id] ?? p.target))}${f('Preferred base', 'Doha')}</div>
  <h2>2. Personal information</h2><div class="grid">${f('Full name (as in passport)', e(p.name) + (p.altName ? ` &nbsp;(${e(p.altName)})` : ''), true)}
  ${f('Gender', genderEn(p))}${f('Date of birth', dmy(p.birth))}${f('Nationality', e(p.nationality))}${f('Passport number', e(x['Passport No.'] ?? 'provided on request'))}
  ${f('Height (cm)', e((x['Height'] ?? (p.gender === 'F' ? '167 cm' : '183 cm')).replace(' cm', '')))}${f('Arm reach (cm)', e((x['Arm reach'] ?? '—').replace(' cm', '')))}</div>
  <h2>3. Contact details</h2><div class="grid">${f('Mobile number (with country code)', e(p.phoneShown))}${f('E-mail address', e(p.email))}${f('Current address', e(p.address), true)}</div>
  <h2>4. Employment history (most recent first)</h2><table><tr><th>Employer</th><th>Job title</th><th>City / country</th><th>Start (MM/YYYY)</th><th>End (MM/YYYY)</th></tr>
  ${recentFirst(p.jobs).map((j) => `<tr><td>${e(j.company)}</td><td>${e(j.title)}</td><td>${e(j.town ?? '')}</td><td>${slash(j.start)}</td><td>${j.end ? slash(j.end) : 'Currently employed'}</td></tr>`).join('')}</table>
  ${p.breaks?.length ? `<p style="font-size:8.4pt;margin:1mm 0">Explain any gaps in employment: ${p.breaks.map((b) => `${slash(b.start)}–${slash(b.end)} ${e(b.note)}`).join('; ')}</p>` : ''}
  <h2>5. Education</h2><table><tr><th>Institution</th><th>Qualification</th><th>From</th><th>To</th></tr>
  ${p.education.map((s) => `<tr><td>${e(s.school)}</td><td>${e(s.degree)}</td><td>${slash(s.start)}</td><td>${slash(s.end)}</td></tr>`).join('')}</table>
  <div class="keep"><h2>6. Skills</h2><div class="grid">${f('Key skills (one per line)', p.skills.map((s) => e(shown(s))).join('<br>'), true)}</div></div>
  <div class="keep"><h2>7. Languages and licences</h2><div class="grid">${f('Languages', p.spoken.map(e).join('<br>'))}${f('Licences / certificates', p.certificates.map(e).join('<br>'))}</div></div>
  <div class="keep"><h2>8. Additional questions</h2><div class="yn">
  ${p.id === 'p15' ? `<p>Can you swim 50 metres unaided? <span>☒ Yes</span><span>☐ No</span></p>
  <p>Do you have any tattoos visible in uniform? <span>☐ Yes</span><span>☒ No</span></p>` : `<p>Do you hold a valid airside driving permit? <span>☐ Yes</span><span>☒ No</span></p>`}
  <p>Are you willing to relocate to Doha, Qatar? <span>☒ Yes</span><span>☐ No</span></p></div>
  <p style="font-size:8pt;color:#555">By submitting this application I confirm that the information provided is true and complete.</p></div>`;
  return html(body, css, p.language === 'en' ? 'en' : 'zh');
}

/** 教师招聘报名表 (school-group teacher recruitment registration form), Chinese Word-style grid. */
function jiaoshi(p: Person): string {
  const x = p.extra ?? {};
  const css = `body{font-family:${ZH_FONT};font-size:10.5pt;margin:0} h1{text-align:center;font-size:16pt;margin:0 0 1mm;font-family:${ZH_SANS}}
  .meta{display:flex;justify-content:space-between;font-size:10pt;margin:2mm 0}
  table{width:100%;border-collapse:collapse;table-layout:fixed} td{border:1px solid #000;padding:1.4mm 1.2mm;text-align:center;vertical-align:middle;overflow-wrap:anywhere}
  td.l{font-weight:bold;background:#f2f2f2} td.t{text-align:left} .ph{height:34mm;color:#888}`;
  const edu = [...p.education].sort((a, b) => a.start.localeCompare(b.start));
  const jobs = oldestFirst(p.jobs);
  const body = `<h1>2026年秋季教师招聘报名表</h1><div class="meta"><span>报考学段学科：初中/高中　${e(p.target)}</span><span>报名序号：2026-JS-0${p.id.slice(1)}7</span></div>
  <table><colgroup><col style="width:13%"><col style="width:14%"><col style="width:11%"><col style="width:13%"><col style="width:12%"><col style="width:17%"><col style="width:20%"></colgroup>
  <tr><td class="l">姓　名</td><td>${e(p.name)}</td><td class="l">性别</td><td>${genderZh(p)}</td><td class="l">出生年月</td><td>${dot(p.birth)}</td><td rowspan="4" class="ph">（近期免冠<br>彩色照片）</td></tr>
  <tr><td class="l">民　族</td><td>${e(x['民族'] ?? '')}</td><td class="l">籍贯</td><td>${e(x['籍贯'] ?? '')}</td><td class="l">政治面貌</td><td>${e(x['政治面貌'] ?? '')}</td></tr>
  <tr><td class="l">身份证号</td><td colspan="3">${e(x['身份证号'] ?? '')}</td><td class="l">婚姻状况</td><td>${e(p.marital ?? '')}</td></tr>
  <tr><td class="l">现职称</td><td colspan="2">${e(x['职称'] ?? '')}</td><td class="l">普通话等级</td><td colspan="2">二级甲等</td></tr>
  <tr><td class="l">教师资格证<br>种类及学科</td><td colspan="6" class="t">${e(p.certificates[0])}</td></tr>
  <tr><td class="l">联系电话</td><td colspan="2">${e(p.phoneShown)}</td><td class="l">电子邮箱</td><td colspan="3">${e(p.email)}</td></tr>
  <tr><td class="l">现住址</td><td colspan="6" class="t">${e(p.address)}</td></tr>
  <tr><td class="l" rowspan="${edu.length + 1}">学习经历<br><span style="font-weight:normal;font-size:8.5pt">（从大学填起）</span></td><td class="l" colspan="2">起止年月</td><td class="l" colspan="2">毕业院校</td><td class="l" colspan="2">专业及学历学位</td></tr>
  ${edu.map((s) => `<tr><td colspan="2">${dot(s.start)}-${dot(s.end)}</td><td colspan="2">${e(s.school)}</td><td colspan="2">${e(s.degree)}</td></tr>`).join('')}
  <tr><td class="l" rowspan="${jobs.length + 1}">工作经历</td><td class="l" colspan="2">起止年月</td><td class="l" colspan="2">工作单位</td><td class="l">任教学科/职务</td><td class="l">证明人</td></tr>
  ${jobs.map((j) => `<tr><td colspan="2">${dot(j.start)}-${j.end ? dot(j.end) : '至今'}</td><td colspan="2">${e(j.company)}</td><td>${e(j.title)}</td><td></td></tr>`).join('')}
  <tr><td class="l">专业特长<br>与技能</td><td colspan="6" class="t">${p.skills.map((s) => e(shown(s))).join('；')}</td></tr>
  <tr><td class="l">其他证书</td><td colspan="6" class="t">${p.certificates.slice(1).map(e).join('；')}</td></tr>
  <tr><td class="l">主要业绩<br>及获奖</td><td colspan="6" class="t" style="height:18mm">${e(p.summary)}</td></tr>
  <tr><td class="l">家庭主要<br>成员</td><td colspan="6" class="t">${(FAMILY[p.id] ?? []).map(([r, n, w]) => `${e(r)}：${e(n)}，${e(w)}`).join('<br>')}</td></tr>
  <tr><td class="l">本人承诺</td><td colspan="6" class="t">本人所填写的信息及提供的材料真实有效，如有虚假，自愿取消聘用资格。<br><br>报名人签名：　　　　　　　　　2026年10月20日</td></tr>
  <tr><td class="l">资格审查<br>意见</td><td colspan="6" class="t" style="height:12mm">审查人：　　　　　　　　年　　月　　日</td></tr>
  </table>`;
  return html(body, css, 'zh');
}

/** 求职申请表 / Employment Application Form of a Sino-foreign joint venture: bilingual labels, salary and reason-for-leaving columns. */
function qiuzhi(p: Person): string {
  const x = p.extra ?? {};
  const css = `body{font-family:"Liberation Sans",Arial,${ZH_SANS};font-size:8.8pt;margin:0}
  .hd{display:flex;justify-content:space-between;align-items:center;border-bottom:2px solid #1d4e89;padding-bottom:2mm}
  .co{font-weight:bold;color:#1d4e89;font-size:11pt} h1{text-align:center;font-size:14pt;margin:3mm 0 1mm} .no{text-align:right;font-size:8pt;color:#555}
  table{width:100%;border-collapse:collapse;margin-top:2mm} td,th{border:1px solid #555;padding:.9mm 1.2mm;vertical-align:top;text-align:left}
  th,td.l{background:#e8eef6;font-weight:normal;font-size:8.4pt;color:#123} .sec{background:#1d4e89;color:#fff;font-weight:bold}`;
  const jobs = recentFirst(p.jobs);
  const body = `<div class="hd"><div class="co">德普精密机械（太仓）有限公司<br><span style="font-size:9pt">Deppe Precision Machinery (Taicang) Co., Ltd.</span></div><div class="no">表单编号 Form No.: HR-REC-003<br>版本 Rev.: C</div></div>
  <h1>求职申请表 Employment Application Form</h1><div class="no">申请日期 Date: 2026-10-19</div>
  <table><tr><td class="sec" colspan="6">一、个人资料 Personal Information</td></tr>
  <tr><td class="l">应聘职位<br>Position Applied</td><td colspan="3">${e(p.target)}</td><td class="l">期望月薪<br>Expected Salary</td><td>面议 Negotiable</td></tr>
  <tr><td class="l">姓名 Name</td><td colspan="3">${/[\u4e00-\u9fff]/.test(p.name) ? `${e(p.name)}（${e(p.altName ?? '')}）` : `${e(p.altName ?? '')}（${e(p.name)}）`}</td><td class="l">性别 Gender</td><td>${genderZh(p)} ${genderEn(p)}</td></tr>
  <tr><td class="l">出生日期<br>Date of Birth</td><td>${p.birth}</td><td class="l">籍贯<br>Native Place</td><td>${e(x['籍贯'] ?? '')}</td><td class="l">婚姻状况<br>Marital Status</td><td>${e(p.marital ?? '')}</td></tr>
  <tr><td class="l">手机 Mobile</td><td colspan="2">${e(p.phoneShown)}</td><td class="l">电子邮件 E-mail</td><td colspan="2">${e(p.email)}</td></tr>
  <tr><td class="l">现住址<br>Address</td><td colspan="5">${e(p.address)}</td></tr>
  <tr><td class="sec" colspan="6">二、教育背景 Education (最高学历起 highest first)</td></tr>
  <tr><th colspan="2">起止日期 From – To</th><th colspan="2">学校 School</th><th colspan="2">专业/学历 Major / Degree</th></tr>
  ${p.education.map((s) => `<tr><td colspan="2">${ysl(s.start)} – ${ysl(s.end)}</td><td colspan="2">${e(s.school)}</td><td colspan="2">${e(s.degree)}</td></tr>`).join('')}
  <tr><td class="sec" colspan="6">三、工作经历 Employment History (从最近的工作开始 most recent first)</td></tr>
  <tr><th>起止日期<br>From – To</th><th colspan="2">公司名称 Company</th><th>职位 Position</th><th>月薪 Salary</th><th>离职原因<br>Reason for Leaving</th></tr>
  ${jobs.map((j, i) => `<tr><td>${ysl(j.start)} – ${j.end ? ysl(j.end) : '至今 Present'}</td><td colspan="2">${e(j.company)}</td><td>${e(j.title)}</td><td>${['—', '—', '—', '—'][i]}</td><td>${j.end === null ? '在职 Employed' : /Intern/.test(j.title) ? '实习结束 End of internship' : '个人发展 Career development'}</td></tr>`).join('')}
  <tr><td class="sec" colspan="6">四、技能与证书 Skills &amp; Certificates</td></tr>
  <tr><td class="l">专业技能<br>Skills</td><td colspan="5">${p.skills.map((s) => e(shown(s))).join('<br>')}</td></tr>
  <tr><td class="l">证书<br>Certificates</td><td colspan="5">${p.certificates.map(e).join('<br>')}</td></tr>
  <tr><td class="l">语言能力<br>Languages</td><td colspan="5">${p.spoken.map(e).join('； ')}</td></tr>
  <tr><td class="sec" colspan="6">五、其他 Others</td></tr>
  <tr><td class="l" colspan="3">是否有亲属在本公司工作？ Any relatives working in this company?</td><td colspan="3">□ 是 Yes　☑ 否 No</td></tr>
  <tr><td class="l" colspan="3">最快到岗时间 Earliest available date</td><td colspan="3">离职后一个月 One month after notice</td></tr>
  <tr><td class="l">家庭成员<br>Family</td><td colspan="5">${(FAMILY[p.id] ?? []).map(([r, n, w]) => `${e(r)}：${e(n)}，${e(w)}`).join('<br>')}</td></tr>
  <tr><td colspan="6" style="font-size:8.2pt">本人声明以上资料均属实，如有虚假，公司有权解除劳动合同。 I declare that the above information is true and correct.<br><br>申请人签名 Signature：________________　　日期 Date：2026-10-19</td></tr></table>`;
  return html(body, css, 'zh');
}

/** French CV (in English): title of the target job up top, age and driving licence in the header, experience with dates first, "Interests" last. */
function frenchcv(p: Person): string {
  const css = `body{font-family:"Liberation Sans",Arial,${ZH_SANS};font-size:10pt;margin:0;color:#1b1b1b}
  .head{display:flex;justify-content:space-between;border-bottom:2px solid #2b4c7e;padding-bottom:3mm}
  .name{font-size:17pt;font-weight:bold} .contact{text-align:right;font-size:9.2pt;line-height:1.45}
  .title{text-align:center;font-size:13.5pt;color:#2b4c7e;margin:5mm 0 1mm;font-weight:bold} .tag{text-align:center;font-style:italic;color:#555;margin-bottom:3mm}
  h2{font-size:10.5pt;color:#2b4c7e;text-transform:uppercase;letter-spacing:1px;margin:5mm 0 2mm;border-bottom:1px solid #c6d0e0}
  .row{display:flex;margin-bottom:2.4mm} .d{width:40mm;flex:none;font-weight:bold;color:#333} ul{margin:.5mm 0 0 4mm;padding:0}`;
  const when = (j: { start: string; end: string | null }) => (j.end ? `${frMY(j.start)} – ${frMY(j.end)}` : `Since ${frMY(j.start)}`);
  const body = `<div class="head"><div><div class="name">${e(capFamily(p))}${p.altName ? ` <span style="font-weight:normal;font-size:12pt">${e(p.altName)}</span>` : ''}</div>
  <div>${age(p)} years old${p.marital ? ` – ${e(p.marital)}` : ''}</div><div>${e(p.nationality)}</div></div>
  <div class="contact">${e(p.address)}<br>${e(p.phoneShown)}<br>${e(p.email)}</div></div>
  <div class="title">${e(p.target)}</div><div class="tag">${e(p.summary)}</div>
  <h2>Professional experience</h2>${timeline(p).map(({ job: j, ...b }) => (j ? `<div class="row"><div class="d">${when(j)}</div><div><b>${e(j.title)}</b> – ${e(j.company)} (${e(j.town ?? '')})<ul>${j.duties.map((d) => `<li>${e(d)}</li>`).join('')}</ul></div></div>` : `<div class="row"><div class="d">${frMY(b.start)} – ${frMY(b.end!)}</div><div><i>${e(b.note)}</i></div></div>`)).join('')}
  <h2>Education</h2>${p.education.map((s) => `<div class="row"><div class="d">${Y(s.end)}</div><div><b>${e(s.degree)}</b> – ${e(s.school)}, ${e(s.town ?? '')}</div></div>`).join('')}
  <h2>Skills</h2><ul>${p.skills.map((s) => `<li>${e(shown(s))}</li>`).join('')}</ul>
  <h2>Languages</h2><div>${p.spoken.map(e).join(' · ')}</div>
  <h2>Certificates</h2><div>${p.certificates.map(e).join(' · ')}</div>
  ${p.interests ? `<h2>Interests</h2><div>${e(p.interests)}</div>` : ''}`;
  return html(body, css);
}

/** Spanish classic currículum (in English): personal data, academic background first, then experience; photo top right. */
function spanishcv(p: Person): string {
  const css = `body{font-family:"Liberation Serif","Times New Roman",serif;font-size:9.8pt;margin:0}
  h1{font-size:15pt;text-align:center;letter-spacing:2px;margin:0 0 5mm} .ph{float:right;width:26mm;height:32mm;border:1px solid #aaa;font-size:8pt;color:#999;text-align:center;line-height:32mm;margin:0 2mm 0 4mm}
  h2{font-size:11pt;background:#e9e1d3;padding:1mm 2mm;margin:3.5mm 0 1.5mm;text-transform:uppercase} p{margin:.8mm 0} ul{margin:.5mm 0 1.5mm 5mm;padding:0}`;
  const mY = (s: string) => `${MONTH[M(s) - 1]} ${Y(s)}`;
  const body = `<h1>CURRICULUM VITAE</h1>
  <h2>Personal details</h2><div class="ph">photo</div><p><b>Name and surnames:</b> ${e(p.name)}</p><p><b>Date of birth:</b> ${dmy(p.birth)} (${e(p.birthplace)})</p>
  <p><b>DNI:</b> 7755${p.id.slice(1)}913-K</p><p><b>Address:</b> ${e(p.address)}</p><p><b>Mobile:</b> ${e(p.phoneShown)}</p><p><b>E-mail:</b> ${e(p.email)}</p><p><b>Driving licence:</b> B, own car</p><p><b>Availability:</b> immediate, willing to relocate</p>
  <h2>Academic background</h2>${p.education.map((s) => `<p>${Y(s.start)} – ${Y(s.end)}: <b>${e(s.degree)}</b>. ${e(s.school)}.</p>`).join('')}
  <h2>Additional training</h2>${p.certificates.map((c) => `<p>• ${e(c)}</p>`).join('')}
  <h2>Professional experience</h2>${timeline(p).map(({ job: j, ...b }) => (j ? `<div class="keep"><p><b>${mY(j.start)} – ${j.end ? mY(j.end) : 'present'}</b></p><p>${e(j.company)} (${e(j.town ?? '')}). <i>${e(j.title)}</i>.</p><ul>${j.duties.map((d) => `<li>${e(d)}</li>`).join('')}</ul></div>` : `<div class="keep"><p><b>${mY(b.start)} – ${mY(b.end!)}</b></p><p>${e(b.note)}.</p></div>`)).join('')}
  <h2>Languages</h2>${p.spoken.map((l) => `<p>${e(l)}</p>`).join('')}
  <h2>Skills</h2><ul>${p.skills.map((s) => `<li>${e(shown(s))}</li>`).join('')}</ul>`;
  return html(body, css);
}

/** 个人简历 in 公文-style numbered headings (一、二、三 …, （一）（二）), single column. */
function zhnumbered(p: Person): string {
  const x = p.extra ?? {};
  const css = `body{font-family:${ZH_FONT};font-size:11pt;line-height:1.65;margin:0} h1{text-align:center;font-family:${ZH_SANS};font-size:18pt;letter-spacing:6px;margin:0 0 4mm}
  h2{font-family:${ZH_SANS};font-size:12pt;margin:4mm 0 1mm} p{margin:0;text-indent:0} .i{text-indent:2em}`;
  const span = (a: string, b: string | null) => `${zhYM(a)}${b ? `至${zhYM(b)}` : '至今'}`;
  const jobs = recentFirst(p.jobs);
  const cn = ['一', '二', '三', '四', '五', '六'];
  const body = `<h1>个人简历</h1>
  <h2>一、基本情况</h2><p>姓名：${e(p.name)}　　性别：${genderZh(p)}　　出生年月：${zhYM(p.birth)}　　民族：${e(x['民族'] ?? '')}</p>
  <p>籍贯：${e(x['籍贯'] ?? '')}　　政治面貌：${e(x['政治面貌'] ?? '')}　　婚姻状况：${e(p.marital ?? '')}　　职称：${e(x['职称'] ?? '')}</p>
  <p>联系电话：${e(p.phoneShown)}　　电子邮箱：${e(p.email)}</p><p>通讯地址：${e(p.address)}</p><p>求职意向：${e(p.target)}</p>
  <h2>二、教育背景</h2>${p.education.map((s) => `<p>${span(s.start, s.end)}　${e(s.school)}　${e(s.degree)}</p>`).join('')}
  <h2>三、工作经历</h2>${jobs.map((j, i) => `<p>（${cn[i]}）${span(j.start, j.end)}，${e(j.company)}，${e(j.title)}</p>${j.duties.map((d) => `<p class="i">${e(d)}。</p>`).join('')}`).join('')}
  ${(p.breaks ?? []).map((b) => `<p>另：${span(b.start, b.end)}，${e(b.note)}。</p>`).join('')}
  <h2>四、专业技能</h2>${p.skills.map((s, i) => `<p>${i + 1}. ${e(shown(s))}</p>`).join('')}
  <h2>五、资格证书</h2><p>${p.certificates.map(e).join('；')}</p>
  <h2>六、自我评价</h2><p class="i">${e(p.summary)}</p>`;
  return html(body, css, 'zh');
}

/** Dutch CV: light left column with personal details, skills with dots, languages and hobbies; "Diploma: yes" under education. */
function dutchcv(p: Person): string {
  const css = `body{font-family:"Liberation Sans",Arial,sans-serif;font-size:9.6pt;margin:0;color:#222}
  .wrap{display:flex;gap:7mm} .side{width:58mm;flex:none;background:#eef3f1;padding:5mm 4mm;min-height:250mm} .main{flex:1}
  .side h3{font-size:9.6pt;color:#0b6e4f;text-transform:uppercase;margin:4mm 0 1.5mm} .side p{margin:0 0 1.5mm;word-break:break-word} .side .k{font-size:8pt;color:#666;display:block}
  h1{font-size:21pt;margin:0;color:#0b6e4f} .role{font-size:11pt;margin:1mm 0 5mm;color:#444}
  h2{font-size:11pt;color:#0b6e4f;border-bottom:2px solid #0b6e4f;margin:5mm 0 2mm;padding-bottom:.5mm}
  .j{margin-bottom:3mm} .j .d{color:#666;font-size:8.8pt} ul{margin:.5mm 0 0 4mm;padding:0} .dots{color:#0b6e4f;letter-spacing:1px;font-size:8pt}`;
  const lvl = (s: string) => { const l = levelOf(p, s); const n = l === 'basic' ? 2 : l === 'good' || l === 'intermediate' ? 3 : l ? 5 : 4; return '●'.repeat(n) + '○'.repeat(5 - n); };
  const when = (a: string, b: string | null) => `${monY(a)} – ${b ? monY(b) : 'present'}`;
  const body = `<div class="wrap"><div class="side">
  <h3>Personal details</h3><p><span class="k">Name</span>${e(p.name)}</p><p><span class="k">Address</span>${e(p.address)}</p><p><span class="k">Phone</span>${e(p.phoneShown)}</p>
  <p><span class="k">E-mail</span>${e(p.email)}</p><p><span class="k">Date of birth</span>${dmy(p.birth)}</p><p><span class="k">Nationality</span>${e(p.nationality)}</p><p><span class="k">Driving licence</span>B</p>
  <h3>Skills</h3>${p.skills.map((s) => `<p>${e(shown(s))}<br><span class="dots">${lvl(s)}</span></p>`).join('')}
  <h3>Languages</h3>${p.spoken.map((l) => `<p>${e(l)}</p>`).join('')}
  ${p.interests ? `<h3>Hobbies</h3><p>${e(p.interests)}</p>` : ''}</div>
  <div class="main"><h1>${e(p.name)}</h1><div class="role">${e(p.occupation)}</div>
  <h2>Profile</h2><p>${e(p.summary)}</p>
  <h2>Work experience</h2>${recentFirst(p.jobs).map((j) => `<div class="j"><b>${e(j.title)}</b><br>${e(j.company)}, ${e(j.town ?? '')}<br><span class="d">${when(j.start, j.end)}</span><ul>${j.duties.map((d) => `<li>${e(d)}</li>`).join('')}</ul></div>`).join('')}
  <h2>Education</h2>${p.education.map((s) => `<div class="j"><b>${e(s.degree)}</b><br>${e(s.school)}, ${e(s.town ?? '')}<br><span class="d">${when(s.start, s.end)} · Diploma: yes</span></div>`).join('')}
  <h2>Courses and certificates</h2><ul>${p.certificates.map((c) => `<li>${e(c)}</li>`).join('')}</ul>
  <p style="margin-top:5mm;color:#666">References available on request.</p></div></div>`;
  return html(body, css);
}

/** 超级简历 (WonderCV)-style two-column résumé: main column left, narrow info column right; Chinese or bilingual headings. */
function wondercv(p: Person): string {
  const bi = p.language === 'mixed';
  const H = (zh: string, en: string) => (bi ? `${zh} <span class="en">${en}</span>` : zh);
  const x = p.extra ?? {};
  const css = `body{font-family:${ZH_SANS};font-size:9.8pt;margin:0;color:#2a2a2a}
  .top{border-left:6px solid #f07c00;padding-left:4mm;margin-bottom:5mm} .top .n{font-size:22pt;font-weight:bold} .top .t{color:#666;font-size:10.5pt}
  .wrap{display:flex;gap:6mm} .main{flex:1} .side{width:56mm;flex:none;border-left:1px solid #ddd;padding-left:5mm}
  h2{font-size:11pt;color:#f07c00;margin:4mm 0 2mm;border-bottom:1px solid #f3c89b;padding-bottom:.8mm} h2 .en{font-size:8.5pt;color:#b06000;font-weight:normal}
  .j{margin-bottom:3mm} .jh{display:flex;justify-content:space-between} .d{color:#888;font-size:8.8pt;white-space:nowrap} ul{margin:.5mm 0 0 4mm;padding:0}
  .side p{margin:0 0 1.6mm;overflow-wrap:anywhere} .side .k{color:#999;font-size:8.3pt;display:block} .tag{display:inline-block;background:#fdf0e3;border-radius:2mm;padding:.3mm 2mm;margin:0 1mm 1.3mm 0}`;
  const now = bi ? 'Present 至今' : '至今';
  const span = (a: string, b: string | null) => `${dot(a)} - ${b ? dot(b) : now}`;
  const body = `<div class="top"><div class="n">${e(p.name)}${p.altName ? ` <span style="font-size:12pt;font-weight:normal">${e(p.altName)}</span>` : ''}</div><div class="t">${bi ? '求职意向 Objective' : '求职意向'}：${e(p.target)}</div></div>
  <div class="wrap"><div class="main">
  <h2>${H('工作经历', 'Work Experience')}</h2>${timeline(p).map(({ job: j, ...b }) => (j ? `<div class="j"><div class="jh"><b>${e(j.company)}</b><span class="d">${span(j.start, j.end)}</span></div><div>${e(j.title)}</div><ul>${j.duties.map((d) => `<li>${e(d)}</li>`).join('')}</ul></div>` : `<div class="j"><div class="jh"><i>${e(b.note)}</i><span class="d">${span(b.start, b.end)}</span></div></div>`)).join('')}
  <h2>${H('教育经历', 'Education')}</h2>${p.education.map((s) => `<div class="j"><div class="jh"><b>${e(s.school)}</b><span class="d">${span(s.start, s.end)}</span></div><div>${e(s.degree)}</div></div>`).join('')}
  <h2>${H('自我评价', 'Summary')}</h2><p>${e(p.summary)}</p></div>
  <div class="side"><h2>${H('个人信息', 'Profile')}</h2>
  <p><span class="k">${bi ? '性别 Gender' : '性别'}</span>${genderZh(p)}${bi ? ` ${genderEn(p)}` : ''}</p><p><span class="k">${bi ? '出生年月 Born' : '出生年月'}</span>${dot(p.birth)}</p>
  <p><span class="k">${bi ? '籍贯 Hometown' : '籍贯'}</span>${e(x['籍贯'] ?? '')}</p>
  <p><span class="k">${bi ? '电话 Tel' : '电话'}</span>${e(p.phoneShown)}</p><p><span class="k">${bi ? '邮箱 Email' : '邮箱'}</span>${e(p.email)}</p>
  <h2>${H('专业技能', 'Skills')}</h2>${p.skills.map((s) => `<span class="tag">${e(shown(s))}</span>`).join('')}
  <h2>${H('证书', 'Certificates')}</h2>${p.certificates.map((c) => `<p>${e(c)}</p>`).join('')}
  <h2>${H('语言', 'Languages')}</h2>${p.spoken.map((l) => `<p>${e(l)}</p>`).join('')}</div></div>`;
  return html(body, css, 'zh');
}

/** Gulf / Dubai CV: photo, career objective, a personal-information column with visa status and driving licence. */
function dubaicv(p: Person): string {
  const css = `body{font-family:"Liberation Sans",Arial,${ZH_SANS};font-size:9.6pt;margin:0;color:#222}
  .hd{display:flex;gap:6mm;align-items:center;background:#1f3a4d;color:#fff;padding:5mm} .ph{width:24mm;height:30mm;background:#9fb3c2;flex:none;font-size:8pt;color:#1f3a4d;text-align:center;line-height:30mm}
  .hd .n{font-size:19pt;font-weight:bold} .hd .t{font-size:11pt;color:#cfe0ec}
  .wrap{display:flex;gap:6mm;margin-top:4mm} .l{width:62mm;flex:none} .r{flex:1}
  h2{font-size:10.4pt;color:#1f3a4d;text-transform:uppercase;border-bottom:2px solid #c8a45c;margin:4mm 0 2mm;padding-bottom:.5mm}
  .l p{margin:0 0 1.4mm;word-break:break-word} .l b{display:block;font-size:8.3pt;color:#555} .l ul{margin:0 0 0 4mm;padding:0}
  .j{margin-bottom:3mm} .d{color:#c8a45c;font-weight:bold;font-size:9pt} .r ul{margin:.5mm 0 0 4mm;padding:0}`;
  const when = (a: string, b: string | null) => `${monY(a)} – ${b ? monY(b) : 'Present'}`;
  const visa = p.id === 'p03' ? 'Visit visa (valid to Jan 2027)' : 'Employment visa (transferable)';
  const body = `<div class="hd"><div class="ph">PHOTO</div><div><div class="n">${e(p.name)}${p.altName ? ` <span style="font-weight:normal;font-size:12pt">${e(p.altName)}</span>` : ''}</div><div class="t">${e(p.occupation)}</div></div></div>
  <div class="wrap"><div class="l"><h2>Contact</h2><p><b>Mobile</b>${e(p.phoneShown)}</p><p><b>E-mail</b>${e(p.email)}</p><p><b>Address</b>${e(p.address)}</p>
  <h2>Personal information</h2><p><b>Nationality</b>${e(p.nationality)}</p><p><b>Date of birth</b>${dmy(p.birth)}</p><p><b>Marital status</b>${e(p.marital ?? '—')}</p>
  <p><b>Visa status</b>${visa}</p><p><b>Driving licence</b>${p.id === 'p07' ? 'UAE light vehicle' : 'No'}</p>
  <h2>Skills</h2><ul>${p.skills.map((s) => `<li>${e(shown(s))}</li>`).join('')}</ul>
  <h2>Languages</h2>${p.spoken.map((l) => `<p>${e(l)}</p>`).join('')}</div>
  <div class="r"><h2>Career objective</h2><p>${e(p.summary)}</p>
  <h2>Professional experience</h2>${timeline(p).map(({ job: j, ...b }) => (j ? `<div class="j"><div class="d">${when(j.start, j.end)}</div><b>${e(j.title)}</b><br>${e(j.company)} – ${e(j.town ?? '')}<ul>${j.duties.map((d) => `<li>${e(d)}</li>`).join('')}</ul></div>` : `<div class="j"><div class="d">${when(b.start, b.end)}</div><i>${e(b.note)}</i></div>`)).join('')}
  <h2>Education</h2>${p.education.map((s) => `<div class="j"><b>${e(s.degree)}</b><br>${e(s.school)}, ${Y(s.end)}</div>`).join('')}
  <h2>Certifications</h2><ul>${p.certificates.map((c) => `<li>${e(c)}</li>`).join('')}</ul>
  ${p.volunteering?.length ? `<h2>Volunteer work</h2>${p.volunteering.map((v) => `<div class="j"><div class="d">${when(v.start, v.end)}</div>${e(v.role)}, ${e(v.org)}</div>`).join('')}` : ''}
  <p style="margin-top:4mm;color:#666">References available upon request.</p></div></div>`;
  return html(body, css);
}

// ───────────────────────────── plain text ─────────────────────────────

/** Nigerian-style CV typed as plain text: PERSONAL DATA block, career objective, institutions attended with dates, work experience, referees. */
function nigeriacv(p: Person): string {
  const x = p.extra ?? {};
  const L: string[] = [];
  const mY = (s: string) => `${MONTH[M(s) - 1]} ${Y(s)}`;
  L.push('                         CURRICULUM VITAE', '', 'PERSONAL DATA', '');
  const pd: [string, string][] = [['Name', p.name.toUpperCase()], ['Date of Birth', dmy(p.birth)], ['Sex', genderEn(p)], ['Marital Status', p.marital ?? ''],
    ...Object.entries(x).filter(([k]) => !['KRA PIN', 'Ethnicity', 'Disability'].includes(k)) as [string, string][], ['Nationality', p.nationality],
    ['Contact Address', p.address], ['Phone Number', p.phoneShown], ['E-mail', p.email]];
  for (const [k, v] of pd) L.push(`${(k + ':').padEnd(20)}${v}`);
  L.push('', 'CAREER OBJECTIVE', '', `To work in a challenging environment as ${/^[AEIOU]/i.test(p.target) ? 'an' : 'a'} ${p.target} where my skills and experience will contribute to organisational goals. ${p.summary}`, '');
  L.push('EDUCATIONAL INSTITUTIONS ATTENDED WITH DATES', '');
  for (const s of p.education) L.push(`${s.school}, ${s.town ?? ''}${' '.repeat(Math.max(2, 58 - s.school.length - (s.town ?? '').length))}${Y(s.start)} - ${Y(s.end)}`);
  L.push('', 'QUALIFICATIONS OBTAINED WITH DATES', '');
  for (const s of p.education) L.push(`${s.degree}${' '.repeat(Math.max(2, 70 - s.degree.length))}${Y(s.end)}`);
  L.push('', 'PROFESSIONAL CERTIFICATIONS', '');
  for (const c of p.certificates) L.push(`- ${c}`);
  L.push('', 'WORK EXPERIENCE', '');
  for (const j of recentFirst(p.jobs)) {
    L.push(`Organisation:   ${j.company}, ${j.town ?? ''}`, `Position:       ${j.title}`, `Duration:       ${mY(j.start)} - ${j.end ? mY(j.end) : 'Till Date'}`, 'Duties:');
    for (const d of j.duties) L.push(`   * ${d}`);
    L.push('');
  }
  if (p.volunteering?.length) {
    L.push('VOLUNTARY SERVICE', '');
    for (const v of p.volunteering) L.push(`${v.role}, ${v.org} (${mY(v.start)} - ${mY(v.end)})`);
    L.push('');
  }
  L.push('SKILLS', '');
  for (const s of p.skills) L.push(`* ${shown(s)}`);
  L.push('', 'LANGUAGES SPOKEN', '', p.spoken.join(', '), '', 'HOBBIES', '', p.id === 'p02' ? 'Reading, singing in the church choir, travelling' : 'Reading, football, chess', '', 'REFEREES', '');
  (p.referees ?? []).forEach((r, i) => L.push(`${i + 1}. ${r}`));
  return L.join('\r\n') + '\r\n';
}

/** A Chinese Word registration-table résumé saved by Word as plain text (.txt): cells become tab-separated, rows become lines. */
function zhwordtxt(p: Person): string {
  const x = p.extra ?? {};
  const R: string[][] = [];
  R.push(['个 人 简 历']);
  R.push(['姓名', p.name, '性别', genderZh(p), '出生年月', dot(p.birth), '照片']);
  R.push(['民族', x['民族'] ?? '', '籍贯', x['籍贯'] ?? '', '政治面貌', x['政治面貌'] ?? '']);
  R.push(['学历', p.education[0].degree, '婚姻状况', p.marital ?? '']);
  R.push(['联系电话', p.phoneShown, '电子邮箱', p.email]);
  R.push(['通讯地址', p.address]);
  R.push(['求职意向', p.target]);
  R.push(['教育经历', '时间', '学校', '专业/学历']);
  for (const s of p.education) R.push(['', `${dot(s.start)}-${dot(s.end)}`, s.school, s.degree]);
  R.push(['工作经历', '时间', '单位', '岗位']);
  for (const j of recentFirst(p.jobs)) R.push(['', `${dot(j.start)}-${j.end ? dot(j.end) : '至今'}`, j.company, j.title]);
  R.push(['专业技能', p.skills.map((s, i) => `${i + 1}、${shown(s)}`).join('\v')]);
  R.push(['证书', p.certificates.join('；')]);
  R.push(['自我评价', p.summary]);
  // Word writes a line break inside a cell (\v) as a bare line break in the .txt.
  return '\ufeff' + R.map((r) => r.join('\t').replace(/\v/g, '\r\n')).join('\r\n') + '\r\n';
}

// ───────────────────────────── DOCX templates ─────────────────────────────
type Runs = string | TextRun[];
const FONT_EN = 'Calibri';
const FONT_ZH = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体', cs: 'Times New Roman' };
let curFont: string | typeof FONT_ZH = FONT_EN;
const run = (text: string, o: { bold?: boolean; size?: number; italics?: boolean; color?: string } = {}) =>
  new TextRun({ text, font: curFont, bold: o.bold, italics: o.italics, size: o.size, color: o.color });
const para = (r: Runs, o: { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; after?: number; before?: number; bold?: boolean; size?: number; tabs?: number[]; keepNext?: boolean; hang?: number } = {}) =>
  new Paragraph({
    keepNext: o.keepNext, indent: o.hang ? { left: o.hang, hanging: o.hang } : undefined,
    children: typeof r === 'string' ? [run(r, { bold: o.bold, size: o.size })] : r,
    alignment: o.align, spacing: { after: o.after ?? 40, before: o.before ?? 0 },
    tabStops: o.tabs?.map((position) => ({ type: TabStopType.LEFT, position })),
  });
const lines = (text: string, o: { bold?: boolean; size?: number; align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {}) =>
  text.split('\n').map((t) => para(t, { ...o, after: 0 }));
interface CellOpt { w?: number; span?: number; rows?: number; shade?: string; bold?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; size?: number; center?: boolean }
const cell = (content: string | Paragraph[], o: CellOpt = {}) =>
  new TableCell({
    children: typeof content === 'string' ? lines(content, { bold: o.bold, size: o.size, align: o.align }) : content,
    width: o.w ? { size: o.w, type: WidthType.DXA } : undefined, columnSpan: o.span, rowSpan: o.rows,
    shading: o.shade ? { fill: o.shade, type: ShadingType.CLEAR, color: 'auto' } : undefined,
    verticalAlign: o.center === false ? VerticalAlign.TOP : VerticalAlign.CENTER,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
  });
const grid = (cols: number[], rows: TableCell[][]) =>
  new Table({ width: { size: cols.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: cols, layout: TableLayoutType.FIXED, rows: rows.map((c) => new TableRow({ children: c })) });
const NB = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: NB, bottom: NB, left: NB, right: NB, insideHorizontal: NB, insideVertical: NB };
const docOf = (children: (Paragraph | Table)[], o: { size?: number; margin?: number } = {}) =>
  new Document({
    creator: 'Microsoft Office User', styles: { default: { document: { run: { font: curFont, size: o.size ?? 21 } } } },
    sections: [{ properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: o.margin ?? 1000, bottom: o.margin ?? 1000, left: o.margin ?? 1000, right: o.margin ?? 1000 } } }, children }],
  });

/** Gulf hospital "Application for Employment" (HR form): labelled grid, education and employment tables with Name & Address of Employer, declaration, HR-use box. */
function gulfhospital(p: Person): Document {
  curFont = 'Arial';
  const L = (t: string, o: CellOpt = {}) => cell(t, { shade: 'D9E2F3', size: 17, bold: true, ...o });
  const V = (t: string, o: CellOpt = {}) => cell(t, { size: 19, ...o });
  const sec = (t: string) => para([run(t, { bold: true, size: 20, color: '1F3864' })], { before: 160, after: 60, keepNext: true });
  const W = 9906;
  const body: (Paragraph | Table)[] = [
    para([run('AL SAFWA SPECIALIST HOSPITAL', { bold: true, size: 30, color: '1F3864' })], { align: AlignmentType.CENTER, after: 0 }),
    para([run('Human Resources Department – Recruitment Section', { size: 18 })], { align: AlignmentType.CENTER, after: 0 }),
    para([run('APPLICATION FOR EMPLOYMENT', { bold: true, size: 26 })], { align: AlignmentType.CENTER, before: 120, after: 0 }),
    para([run('Form HR-F-012  Rev. 3', { size: 15, color: '666666' })], { align: AlignmentType.RIGHT, after: 60 }),
    para([run('Please complete in BLOCK LETTERS. All sections must be filled. Attach passport copy, certificates, licence and experience letters.', { italics: true, size: 16 })]),
    sec('SECTION A – POSITION'),
    grid([2400, 4000, 1500, 2006], [[L('Position applied for'), V(p.target), L('Department'), V(p.id === 'p02' ? 'Nursing – O&G' : p.id === 'p03' ? 'Supply Chain' : 'Engineering & Projects')]]),
    sec('SECTION B – PERSONAL INFORMATION'),
    grid([2400, 2553, 2400, 2553], [
      [L('Full name (as in passport)'), V(p.name, { span: 3 })],
      [L('Nationality'), V(p.nationality), L('Date of birth'), V(dmy(p.birth))],
      [L('Place of birth'), V(p.birthplace), L('Gender'), V(genderEn(p))],
      [L('Marital status'), V(p.marital ?? ''), L('Religion'), V(p.extra?.Religion ?? '—')],
      [L('Mobile no.'), V(p.phoneShown), L('E-mail'), V(p.email)],
      [L('Present address'), V(p.address, { span: 3 })],
    ]),
    sec('SECTION C – EDUCATIONAL BACKGROUND'),
    grid([3600, 3506, 1400, 1400], [[L('Institution'), L('Qualification obtained'), L('From'), L('To')], ...p.education.map((s) => [V(`${s.school}\n${s.town ?? ''}`), V(s.degree), V(slash(s.start)), V(slash(s.end))])]),
    sec('SECTION D – EMPLOYMENT HISTORY (start with the present or most recent employer)'),
    grid([2900, 2500, 1100, 1100, 2306], [[L('Name & address of employer'), L('Position held'), L('From\n(mm/yyyy)'), L('To\n(mm/yyyy)'), L('Reason for leaving')],
      ...recentFirst(p.jobs).map((j) => [V(`${j.company}\n${j.town ?? ''}`), V(j.title), V(slash(j.start)), V(j.end ? slash(j.end) : 'Present'), V(j.end ? (/Intern|Attachment/.test(j.title) ? 'End of internship' : j.end && p.jobs.some((k) => k.company === j.company && k.start > j.start) ? 'Promoted' : 'Better opportunity') : 'Still employed')])]),
    ...(p.volunteering?.length ? [sec('SECTION E – VOLUNTARY WORK'), grid([4906, 3000, 2000], [[L('Organisation'), L('Role'), L('Period')], ...p.volunteering.map((v) => [V(v.org), V(v.role), V(`${slash(v.start)} – ${slash(v.end)}`)])])] : []),
    sec('SECTION F – PROFESSIONAL LICENCES / REGISTRATION'),
    grid([600, 9306], p.certificates.map((c, i) => [V(`${i + 1}`), V(c)])),
    sec('SECTION G – SKILLS AND SPECIAL COMPETENCIES'),
    grid([600, 9306], p.skills.map((s, i) => [V(`${i + 1}`), V(shown(s))])),
    sec('SECTION H – LANGUAGES'),
    grid([2400, 7506], [[L('Languages'), V(p.spoken.join('; '))]]),
    sec('SECTION I – DECLARATION'),
    para([run('I hereby declare that the information given in this application is true and correct to the best of my knowledge. I understand that any misrepresentation may result in the termination of my employment.', { size: 18 })]),
    grid([2400, 2553, 2400, 2553], [[L('Signature'), V(''), L('Date'), V('25/10/2026')]]),
    para('', { after: 120 }),
    grid([W], [[cell([para([run('FOR HR USE ONLY', { bold: true, size: 16 })]), para([run('Received by: ______________   Shortlisted: ☐ Yes ☐ No   Interview date: ____________', { size: 16 })]), para('')], { shade: 'F2F2F2' })]]),
  ];
  return docOf(body, { size: 19, margin: 1000 });
}

/** 应聘登记表 of a state-owned enterprise: Chinese Word grid with photo cell, 家庭主要成员, 本人承诺. */
function yingpin(p: Person): Document {
  curFont = FONT_ZH;
  const x = p.extra ?? {};
  const L = (t: string, o: CellOpt = {}) => cell(t, { bold: true, align: AlignmentType.CENTER, size: 20, ...o });
  const V = (t: string, o: CellOpt = {}) => cell(t, { align: AlignmentType.CENTER, size: 20, ...o });
  const T = (t: string, o: CellOpt = {}) => cell(t, { size: 20, ...o });
  const cols = [1300, 1350, 1000, 1250, 1200, 1450, 1650]; // 9200
  const edu = [...p.education].sort((a, b) => a.start.localeCompare(b.start));
  const jobs = oldestFirst(p.jobs);
  const fam = FAMILY[p.id] ?? [];
  const rows: TableCell[][] = [
    [L('姓  名'), V(p.name), L('性别'), V(genderZh(p)), L('出生年月'), V(dot(p.birth)), V('照片', { rows: 4 })],
    [L('民  族'), V(x['民族'] ?? ''), L('籍贯'), V(x['籍贯'] ?? ''), L('政治面貌'), V(x['政治面貌'] ?? '')],
    [L('身份证号'), V(x['身份证号'] ?? '', { span: 3 }), L('婚姻状况'), V(p.marital ?? '')],
    [L('职称/资格'), V(x['职称'] ?? '', { span: 3 }), L('身  高'), V(x['身高'] ?? '')],
    [L('联系电话'), V(p.phoneShown, { span: 2 }), L('电子邮箱'), V(p.email, { span: 3 })],
    [L('现住址'), T(p.address, { span: 6 })],
    [L('应聘岗位'), T(p.target, { span: 3 }), L('期望薪酬'), T('面议', { span: 2 })],
    [L('教育经历', { rows: edu.length + 1 }), L('起止时间', { span: 2 }), L('毕业院校', { span: 2 }), L('专业及学历', { span: 2 })],
    ...edu.map((s) => [V(`${dot(s.start)}—${dot(s.end)}`, { span: 2 }), V(s.school, { span: 2 }), V(s.degree, { span: 2 })]),
    [L('工作经历', { rows: jobs.length + 1 }), L('起止时间', { span: 2 }), L('工作单位', { span: 2 }), L('职务/岗位'), L('证明人')],
    ...jobs.map((j) => [V(`${dot(j.start)}—${j.end ? dot(j.end) : '至今'}`, { span: 2 }), V(j.company, { span: 2 }), V(j.title), V('')]),
    [L('专业技能\n特长'), cell(p.skills.map((s, i) => para(`${i + 1}. ${shown(s)}`, { after: 0 })), { span: 6 })],
    [L('资格证书'), T(p.certificates.join('；'), { span: 6 })],
    [L('家庭主要\n成员', { rows: fam.length + 1 }), L('称谓'), L('姓名'), L('工作单位及职务', { span: 4 })],
    ...fam.map(([r, n, w]) => [V(r), V(n), T(w, { span: 4 })]),
    [L('自我评价'), T(p.summary, { span: 6 })],
    [L('本人承诺'), T('本人保证以上所填内容及提交材料真实、准确，如有隐瞒或虚假，愿承担由此产生的一切后果。\n\n本人签名：                    填表日期：2026年10月16日', { span: 6 })],
  ];
  const co = p.id === 'p10' ? '广东粤海装备集团有限公司' : '重庆渝港物流集团有限公司';
  return docOf([
    para([run(co, { bold: true, size: 28 })], { align: AlignmentType.CENTER, after: 0 }),
    para([run('应聘人员登记表', { bold: true, size: 36 })], { align: AlignmentType.CENTER, after: 120 }),
    para([run(`编号：YP2026-${p.id.slice(1)}58`, { size: 18 })], { align: AlignmentType.RIGHT, after: 60 }),
    grid(cols, rows),
    para([run('注：1. 本表须如实填写，一律用计算机录入；2. 工作经历请从参加工作时填起，不得间断。', { size: 16 })], { before: 80 }),
  ], { size: 20, margin: 1200 });
}

/** 员工履历表 (履历表-style grid): "参加工作时间", "熟悉专业有何专长", and a 简历 block of "YYYY.MM--YYYY.MM 单位职务" lines mixing study and work. */
function lvlibiao(p: Person): Document {
  curFont = FONT_ZH;
  const x = p.extra ?? {};
  const L = (t: string, o: CellOpt = {}) => cell(t, { bold: true, align: AlignmentType.CENTER, size: 21, ...o });
  const V = (t: string, o: CellOpt = {}) => cell(t, { align: AlignmentType.CENTER, size: 21, ...o });
  const cols = [1250, 1300, 1150, 1300, 1250, 1350, 1600];
  const entries = [
    ...p.education.map((s) => ({ start: s.start, end: s.end as string | null, text: `${s.school}${s.degree.split(' ')[0]}专业学习` })),
    ...p.jobs.map((j) => ({ start: j.start, end: j.end, text: `${j.company}${j.title}` })),
    ...(p.breaks ?? []).map((b) => ({ start: b.start, end: b.end as string | null, text: b.note })),
  ].sort((a, b) => a.start.localeCompare(b.start));
  const first = oldestFirst(p.jobs)[0];
  const rows: TableCell[][] = [
    [L('姓名'), V(p.name), L('性别'), V(genderZh(p)), L('出生年月\n（  岁）'), V(`${dot(p.birth)}\n（${age(p)}岁）`), V('（照片）', { rows: 4 })],
    [L('民族'), V(x['民族'] ?? ''), L('籍贯'), V(x['籍贯'] ?? ''), L('出生地'), V(p.birthplace)],
    [L('政治面貌'), V(x['政治面貌'] ?? ''), L('参加工作\n时间'), V(dot(first.start)), L('健康状况'), V('健康')],
    [L('专业技术\n职务'), V(x['职称'] ?? '', { span: 2 }), L('熟悉专业\n有何专长'), cell(p.skills.map((s) => para(shown(s), { after: 0 })), { span: 2 })],
    [L('学历\n学位', { rows: 2 }), L('全日制\n教育'), V(p.education[p.education.length - 1].degree, { span: 2 }), L('毕业院校\n系及专业'), V(p.education[p.education.length - 1].school, { span: 2 })],
    [L('在职\n教育'), V(p.education.length > 1 ? p.education[0].degree : '', { span: 2 }), L('毕业院校\n系及专业'), V(p.education.length > 1 ? p.education[0].school : '', { span: 2 })],
    [L('联系电话'), V(p.phoneShown, { span: 2 }), L('电子邮箱'), V(p.email, { span: 3 })],
    [L('现任职务'), V(`${p.jobs.find((j) => !j.end)!.company}${p.jobs.find((j) => !j.end)!.title}`, { span: 6 })],
    [L('简\n\n\n\n历'), cell(entries.map((en) => para(`${dot(en.start)}--${en.end ? dot(en.end) : '      '}  ${en.text}`, { after: 20 })), { span: 6, center: false })],
    [L('资格证书'), cell(p.certificates.map((c) => para(c, { after: 0 })), { span: 6 })],
    [L('奖惩\n情况'), cell('无', { span: 6 })],
    [L('年度考核\n结果'), cell('2023年、2024年、2025年年度考核均为合格。', { span: 6 })],
    [L('家庭主要\n成员'), cell((FAMILY[p.id] ?? []).map(([r, n, w]) => para(`${r}  ${n}  ${w}`, { after: 0 })), { span: 6 })],
    [L('填表人\n承诺'), cell('以上内容真实无误。\n\n填表人（签字）：              2026年10月12日', { span: 6 })],
  ];
  return docOf([
    para([run('员 工 履 历 表', { bold: true, size: 40 })], { align: AlignmentType.CENTER, after: 200 }),
    grid(cols, rows),
  ], { size: 21, margin: 1200 });
}

/** Nordic (Swedish/Norwegian) CV in Word: plain headings, period – title, employer lines with a tab stop, "References available on request". */
function nordiccv(p: Person): Document {
  curFont = 'Calibri';
  const H = (t: string) => para([run(t, { bold: true, size: 26, color: '2E5E4E' })], { before: 240, after: 80, keepNext: true });
  const per = (a: string, b: string | null) => `${monY(a)} – ${b ? monY(b) : 'present'}`;
  const TAB = 2600;
  const entry = (d: string, head: string, sub: string, extra: string[] = []) => [
    para([run(d, { size: 20 }), run('\t'), run(head, { bold: true })], { tabs: [TAB], after: 0, hang: TAB, keepNext: true }),
    para([run('\t'), run(sub, { italics: true })], { tabs: [TAB], after: 0, hang: TAB, keepNext: extra.length > 0 }),
    ...extra.map((t) => para([run('\t'), run(`– ${t}`, { size: 20 })], { tabs: [TAB], after: 0, hang: TAB })),
    para('', { after: 60 }),
  ];
  return docOf([
    para([run(p.name, { size: 44, bold: true })], { after: 0 }),
    para([run(p.occupation, { size: 24, color: '555555' })], { after: 120 }),
    para([run(`${p.address}  |  ${p.phoneShown}  |  ${p.email}`, { size: 19 })], { after: 120 }),
    H('Profile'), para(p.summary),
    H('Work experience'), ...recentFirst(p.jobs).flatMap((j) => entry(per(j.start, j.end), j.title, `${j.company}, ${j.town ?? ''}`, j.duties)),
    H('Education'), ...p.education.flatMap((s) => entry(per(s.start, s.end), s.degree, `${s.school}, ${s.town ?? ''}`)),
    H('Courses and certificates'), ...p.certificates.map((c) => para(`•  ${c}`, { after: 0 })),
    H('Skills'), ...p.skills.map((s) => para(`•  ${shown(s)}`, { after: 0 })),
    H('Languages'), para(p.spoken.join(', ')),
    H('Other'), para(`Date of birth ${dmy(p.birth)}. ${p.interests ? `Interests: ${p.interests}.` : ''}`),
    para([run('References available on request.', { italics: true })], { before: 200 }),
  ], { size: 21, margin: 1300 });
}

/** Italian CV in Word (English): dati personali, "From … to date" periods, capacità e competenze, and the GDPR/D.Lgs. 196/2003 consent line with signature. */
function italiancv(p: Person): Document {
  curFont = 'Times New Roman';
  const H = (t: string) => para([run(t.toUpperCase(), { bold: true, size: 22 })], { before: 220, after: 80, keepNext: true });
  const per = (a: string, b: string | null) => (b ? `From ${slash(a)} to ${slash(b)}` : `From ${slash(a)} to date`);
  return docOf([
    para([run('CURRICULUM VITAE', { bold: true, size: 30 })], { align: AlignmentType.CENTER, after: 200 }),
    H('Personal data'),
    para([run('Name: ', { bold: true }), run(p.name)], { after: 0 }),
    para([run(p.gender === 'F' ? 'Born in ' : 'Born in '), run(`${p.birthplace} on ${dmy(p.birth)}`)], { after: 0 }),
    para([run('Nationality: ', { bold: true }), run(p.nationality)], { after: 0 }),
    para([run('Residence: ', { bold: true }), run(p.address)], { after: 0 }),
    para([run('Mobile: ', { bold: true }), run(p.phoneShown)], { after: 0 }),
    para([run('E-mail: ', { bold: true }), run(p.email)], { after: 0 }),
    H('Work experience'),
    ...timeline(p).flatMap(({ job: j, ...b }) => !j ? [para([run(`From ${slash(b.start)} to ${slash(b.end!)}`, { bold: true })], { after: 0, keepNext: true }), para(b.note, { after: 100 })] : [
      para([run(per(j.start, j.end), { bold: true })], { after: 0, keepNext: true }),
      para([run(`${j.company} – ${j.town ?? ''}`)], { after: 0, keepNext: true }),
      para([run('Position: ', { italics: true }), run(j.title)], { after: 0, keepNext: true }),
      para([run('Main tasks: ', { italics: true }), run(j.duties.join('; ') + '.')], { after: 100 }),
    ]),
    H('Education and training'),
    ...p.education.flatMap((s) => [para([run(`${Y(s.start)} – ${Y(s.end)}`, { bold: true })], { after: 0 }), para(`${s.degree} – ${s.school}, ${s.town ?? ''}`, { after: 80 })]),
    ...p.certificates.map((c) => para(`• ${c}`, { after: 0 })),
    H('Languages'), ...p.spoken.map((l) => para(l, { after: 0 })),
    H('Skills and competences'), ...p.skills.map((s) => para(`• ${shown(s)}${levelOf(p, s) ? ` – ${levelOf(p, s)}` : ''}`, { after: 0 })),
    H('Driving licence'), para('B'),
    para([run('I authorise the processing of my personal data pursuant to Legislative Decree 196/2003 and EU Regulation 2016/679 (GDPR).', { italics: true, size: 18 })], { before: 300 }),
    para(`${currentTown(p)}, 14/10/2026`, { before: 120, after: 0 }),
    para([run('Signature  ____________________')], { align: AlignmentType.RIGHT }),
  ], { size: 22, margin: 1134 });
}

/** Polish CV in Word: a borderless two-column table (photo, contact, skills, languages | experience, education), RODO consent clause in the footer area. */
function polishcv(p: Person): Document {
  curFont = 'Calibri';
  const H = (t: string) => para([run(t.toUpperCase(), { bold: true, size: 21, color: '8B1E2D' })], { before: 180, after: 60 });
  const per = (a: string, b: string | null) => `${dotMY(a)} – ${b ? dotMY(b) : 'present'}`;
  const left = [
    para([run('[ photo ]', { color: '999999', size: 18 })], { align: AlignmentType.CENTER, after: 200, before: 400 }),
    H('Contact'), para(p.phoneShown, { after: 0 }), para(p.email, { after: 0 }), para(p.address),
    H('Date of birth'), para(dmy(p.birth)),
    H('Skills'), ...p.skills.map((s) => para(`${shown(s)}${levelOf(p, s) ? ` – ${levelOf(p, s)}` : ''}`, { after: 30 })),
    H('Languages'), ...p.spoken.map((l) => para(l, { after: 0 })),
    ...(p.interests ? [H('Interests'), para(p.interests)] : []),
  ];
  const right = [
    para([run(p.name, { bold: true, size: 40 })], { after: 0 }),
    para([run(p.occupation, { size: 24, color: '555555' })], { after: 120 }),
    H('Professional experience'),
    ...recentFirst(p.jobs).flatMap((j) => [
      para([run(per(j.start, j.end), { size: 19, color: '666666' })], { after: 0 }),
      para([run(j.title, { bold: true })], { after: 0 }),
      para(`${j.company}, ${j.town ?? ''}`, { after: 20 }),
      ...j.duties.map((d) => para(`• ${d}`, { after: 0 })),
      para('', { after: 40 }),
    ]),
    H('Education'),
    ...p.education.flatMap((s) => [para([run(per(s.start, s.end), { size: 19, color: '666666' })], { after: 0 }), para([run(s.school, { bold: true })], { after: 0 }), para(s.degree, { after: 80 })]),
    H('Courses and certificates'), ...p.certificates.map((c) => para(`• ${c}`, { after: 0 })),
  ];
  const t = new Table({
    width: { size: 9700, type: WidthType.DXA }, columnWidths: [3100, 6600], layout: TableLayoutType.FIXED, borders: noBorders,
    rows: [new TableRow({ children: [
      new TableCell({ children: left, width: { size: 3100, type: WidthType.DXA }, shading: { fill: 'F3ECEC', type: ShadingType.CLEAR, color: 'auto' }, margins: { left: 140, right: 140, top: 80, bottom: 80 } }),
      new TableCell({ children: right, width: { size: 6600, type: WidthType.DXA }, margins: { left: 280, right: 80, top: 80, bottom: 80 } }),
    ] })],
  });
  return docOf([
    t,
    para([run('I hereby consent to the processing of my personal data included in my application for the needs of the recruitment process in accordance with Article 6(1)(a) of Regulation (EU) 2016/679 of the European Parliament and of the Council of 27 April 2016 (GDPR).', { size: 15, italics: true, color: '555555' })], { before: 200 }),
  ], { size: 20, margin: 1100 });
}

// ───────────────────────────── registry and plan ─────────────────────────────
type Layout = 'single' | 'twocol' | 'table';
type Kind = { kind: 'html'; render: (p: Person) => string } | { kind: 'docx'; render: (p: Person) => Document } | { kind: 'txt'; render: (p: Person) => string };
const templates: Record<string, { layout: Layout } & Kind> = {
  lebenslauf: { layout: 'table', kind: 'html', render: lebenslauf },
  kenyapsc: { layout: 'table', kind: 'html', render: kenyapsc },
  airlineform: { layout: 'table', kind: 'html', render: airlineform },
  jiaoshi: { layout: 'table', kind: 'html', render: jiaoshi },
  qiuzhi: { layout: 'table', kind: 'html', render: qiuzhi },
  gulfhospital: { layout: 'table', kind: 'docx', render: gulfhospital },
  yingpin: { layout: 'table', kind: 'docx', render: yingpin },
  lvlibiao: { layout: 'table', kind: 'docx', render: lvlibiao },
  frenchcv: { layout: 'single', kind: 'html', render: frenchcv },
  spanishcv: { layout: 'single', kind: 'html', render: spanishcv },
  zhnumbered: { layout: 'single', kind: 'html', render: zhnumbered },
  nordiccv: { layout: 'single', kind: 'docx', render: nordiccv },
  italiancv: { layout: 'single', kind: 'docx', render: italiancv },
  nigeriacv: { layout: 'single', kind: 'txt', render: nigeriacv },
  zhwordtxt: { layout: 'single', kind: 'txt', render: zhwordtxt },
  dutchcv: { layout: 'twocol', kind: 'html', render: dutchcv },
  wondercv: { layout: 'twocol', kind: 'html', render: wondercv },
  dubaicv: { layout: 'twocol', kind: 'html', render: dubaicv },
  polishcv: { layout: 'twocol', kind: 'docx', render: polishcv },
};

export const plan: [string, string][] = [
  ['p01', 'lebenslauf'], ['p01', 'nordiccv'], ['p01', 'dutchcv'],
  ['p02', 'gulfhospital'], ['p02', 'lebenslauf'], ['p02', 'nigeriacv'],
  ['p03', 'gulfhospital'], ['p03', 'kenyapsc'], ['p03', 'dubaicv'],
  ['p04', 'airlineform'], ['p04', 'italiancv'], ['p04', 'spanishcv'],
  ['p05', 'airlineform'], ['p05', 'nordiccv'], ['p05', 'dutchcv'],
  ['p06', 'lebenslauf'], ['p06', 'polishcv'], ['p06', 'italiancv'],
  ['p07', 'gulfhospital'], ['p07', 'kenyapsc'], ['p07', 'nigeriacv'], ['p07', 'dubaicv'],
  ['p08', 'jiaoshi'], ['p08', 'zhnumbered'], ['p08', 'zhwordtxt'], ['p08', 'wondercv'],
  ['p09', 'lvlibiao'], ['p09', 'zhnumbered'], ['p09', 'wondercv'],
  ['p10', 'yingpin'], ['p10', 'zhnumbered'], ['p10', 'zhwordtxt'],
  ['p11', 'lvlibiao'], ['p11', 'zhwordtxt'], ['p11', 'wondercv'],
  ['p12', 'yingpin'], ['p12', 'zhnumbered'], ['p12', 'wondercv'],
  ['p13', 'jiaoshi'], ['p13', 'wondercv'], ['p13', 'frenchcv'],
  ['p14', 'lebenslauf'], ['p14', 'qiuzhi'], ['p14', 'polishcv'],
  ['p15', 'airlineform'], ['p15', 'qiuzhi'], ['p15', 'dubaicv'], ['p15', 'wondercv'],
  ['p16', 'qiuzhi'], ['p16', 'dutchcv'], ['p16', 'frenchcv'],
];

const LAYOUT_NAME: Record<Layout, 'single' | 'two-column' | 'table'> = { single: 'single', twocol: 'two-column', table: 'table' };
const hasCjk = (s: string) => /[\u4e00-\u9fff]/.test(s);
const hasLatinWords = (s: string) => (s.match(/\b[A-Za-z]{3,}\b/g) ?? []).filter((w) => !/^(Excel|VLOOKUP|PPT|WMS|TMS|SAP|CPR|CRRT|ICU|ECMO|CET|TIG|WPS|PQR|U8|K|CO|PowerPoint|Seewo|com|qq|photo|Times|New|Roman)$/i.test(w)).length > 3;

async function main() {
  if (existsSync(path.join(here, 'manifest.json')) && !process.argv.includes('--force')) {
    console.error('heldout-11 is frozen (manifest.json exists); pass --force to regenerate.');
    process.exit(1);
  }
  rmSync(docsDir, { recursive: true, force: true });
  mkdirSync(docsDir, { recursive: true });
  const byId = new Map(people.map((p) => [p.id, p]));
  const htmlJobs: [string, string][] = [];
  const documents: { file: string; person: string; template: string; layout: string; producer: string; language: string }[] = [];
  for (const [pid, tname] of plan) {
    const p = byId.get(pid)!;
    const t = templates[tname];
    const base = `${pid}-${t.layout}-${tname}`;
    const add = (file: string, producer: string, text: string) => {
      const language = p.language === 'zh' ? 'zh' : p.language === 'en' ? 'en' : hasCjk(text) ? (hasLatinWords(text) ? 'mixed' : 'zh') : 'en';
      documents.push({ file, person: pid, template: tname, layout: LAYOUT_NAME[t.layout], producer, language });
    };
    if (t.kind === 'html') {
      const src = t.render(p);
      htmlJobs.push([`${base}.pdf`, src]);
      add(`${base}.pdf`, 'chromium', src.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' '));
    } else if (t.kind === 'txt') {
      const txt = t.render(p);
      writeFileSync(path.join(docsDir, `${base}.txt`), txt, 'utf8');
      add(`${base}.txt`, 'txt', txt);
    } else {
      const doc = t.render(p);
      const buf = await Packer.toBuffer(doc);
      writeFileSync(path.join(docsDir, `${base}.docx`), buf);
      const xml = await (await JSZip.loadAsync(buf)).file('word/document.xml')!.async('string');
      const text = xml.replace(/<[^>]+>/g, ' ');
      add(`${base}.docx`, 'docx', text);
      add(`${base}.pdf`, 'libreoffice', text);
    }
  }
  await printHtml(docsDir, htmlJobs);
  exportDocxToPdf(docsDir);
  const files = readdirSync(docsDir).sort();
  const listed = documents.map((d) => d.file).sort();
  if (JSON.stringify(files) !== JSON.stringify(listed)) throw new Error(`documents/ does not match the plan:\n${files.join(' ')}\nvs\n${listed.join(' ')}`);
  const truth = {
    referenceDate: REFERENCE,
    people: people.map((p) => ({
      id: p.id, language: p.language, name: p.name, email: p.email, phone: p.phone, skills: p.skills,
      work: p.jobs.map((j) => ({ company: j.company, start: j.start, end: j.end })),
      yearsOfExperience: yearsWorked(p.jobs, REFERENCE),
    })),
    documents: documents.sort((a, b) => a.file.localeCompare(b.file)),
  };
  writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifestOf(docsDir, files), null, 2) + '\n');
  const count: Record<string, number> = {};
  for (const d of documents) count[`${d.layout}/${d.producer}/${d.language}`] = (count[`${d.layout}/${d.producer}/${d.language}`] ?? 0) + 1;
  console.log(`${documents.length} documents`, count);
}

await main();
