/**
 * Held-out set 4 (issue 11): renders people.ts through the templates below into documents/, and writes truth.json
 * and manifest.json. Written by a blind writer on 2026-12-02, without reading the analyser, its taxonomy, tests,
 * README or the other sets. Frozen; never tuned on: it refuses to run once manifest.json exists (unless --force),
 * because a regenerated set is a different set (LibreOffice and Chromium output is not byte-stable).
 *
 *   npx tsx packages/cv/eval/heldout-4/generate.ts [--force]
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType, BorderStyle, Document, Packer, Paragraph, ShadingType, Table, TableCell, TableRow, TabStopType, TextRun, VerticalAlign, WidthType,
} from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people, type Job, type Person } from './people.ts';

const dir = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(dir, 'documents');
const REFERENCE = '2026-11';

// ---------------------------------------------------------------- dates, as different real CVs print them

type DateStyle = 'mon' | 'month' | 'slash' | 'dot' | 'cn' | 'iso';
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
function d(ym: string | null, style: DateStyle, main: 'en' | 'zh', present = main === 'zh' ? '至今' : 'Present'): string {
  if (ym === null) return present;
  const [y, m] = [ym.slice(0, 4), Number(ym.slice(5, 7))];
  switch (style) {
    case 'mon': return `${MON[m - 1]} ${y}`;
    case 'month': return `${MONTH[m - 1]} ${y}`;
    case 'slash': return `${String(m).padStart(2, '0')}/${y}`;
    case 'dot': return `${y}.${String(m).padStart(2, '0')}`;
    case 'cn': return `${y}年${m}月`;
    case 'iso': return ym;
  }
}
const span = (j: { start: string; end: string | null }, style: DateStyle, main: 'en' | 'zh', sep = ' – ', present?: string) =>
  `${d(j.start, style, main, present)}${sep}${d(j.end, style, main, present)}`;

const written = (s: string) => s.split(' | ')[0]!.trim();
const skillsOf = (p: Person) => p.skills.map(written);
const L = (p: Person, en: string, zh: string) => (p.main === 'zh' ? zh : en);
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const pubs = (p: Person) => (p.extra?.Publications ? p.extra.Publications.split('|') : []);
const particulars = (p: Person) => Object.entries(p.extra ?? {}).filter(([k]) => k !== 'Publications');
const cjk = "'Noto Sans CJK SC','WenQuanYi Zen Hei','Droid Sans Fallback'";

// ---------------------------------------------------------------- HTML templates (Chromium print)

const page = (css: string, body: string, lang: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>${css}</style></head><body>${body}</body></html>`;

/** single — moderncv-"classic"-like: centred name, ruled headings, employer left and dates flush right. */
function classicRightDates(p: Person): string {
  const st: DateStyle = p.main === 'zh' ? 'dot' : 'mon';
  const job = (j: Job) => `<div class="job"><div class="row"><b>${esc(j.company)}</b><span>${span(j, st, p.main)}</span></div>
    <div class="row"><i>${esc(j.title)}</i><span class="loc">${esc(j.location)}</span></div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`;
  return page(`body{font-family:Georgia,'Times New Roman',${cjk},serif;font-size:10.5pt;color:#222}
    h1{text-align:center;font-weight:normal;font-size:24pt;margin:0}.sub{text-align:center;color:#555;margin:2px 0 10px}
    h2{font-size:11pt;text-transform:uppercase;letter-spacing:1px;border-bottom:1px solid #999;margin:14px 0 6px;color:#3a5a8c}
    .row{display:flex;justify-content:space-between}.loc{color:#666}.job{margin-bottom:8px}ul{margin:3px 0 0 0;padding-left:18px}`,
  `<h1>${esc(p.name)}</h1><div class="sub">${esc(p.headline)}</div>
  <div class="sub">${esc(p.city)} &nbsp;·&nbsp; ${esc(p.phonePrinted)} &nbsp;·&nbsp; ${esc(p.email)}</div>
  <h2>${L(p, 'Profile', '个人简介')}</h2><p>${esc(p.summary)}</p>
  <h2>${L(p, 'Experience', '工作经历')}</h2>${p.jobs.map(job).join('')}
  <h2>${L(p, 'Education', '教育背景')}</h2>${p.education.map((e) => `<div class="row"><span><b>${esc(e.school)}</b>, ${esc(e.degree)}</span><span>${span(e, st, p.main)}</span></div>`).join('')}
  <h2>${L(p, 'Skills', '专业技能')}</h2><p>${skillsOf(p).map(esc).join(' · ')}</p>
  ${p.spoken ? `<h2>${L(p, 'Languages', '语言能力')}</h2><p>${p.spoken.map(esc).join(', ')}</p>` : ''}`, p.main);
}

/** single — German tabular Lebenslauf: headings and dates in a left margin column, content on the right. */
function lebenslaufMargin(p: Person): string {
  const st: DateStyle = p.main === 'zh' ? 'iso' : 'slash';
  const row = (left: string, right: string) => `<div class="r"><div class="l">${left}</div><div class="c">${right}</div></div>`;
  const head = (t: string) => `<div class="r h"><div class="l">${t}</div><div class="c"><hr></div></div>`;
  return page(`body{font-family:Arial,Helvetica,${cjk},sans-serif;font-size:10pt}h1{font-size:20pt;margin:0 0 2px}
    .r{display:flex;gap:12px;margin:3px 0}.l{width:32mm;flex:none;color:#444}.c{flex:1}.h .l{font-weight:bold;color:#000;font-size:11pt}
    .h{margin-top:12px}hr{border:0;border-top:1px solid #bbb;margin:8px 0}ul{margin:2px 0;padding-left:16px}`,
  `<h1>${esc(p.name)}</h1><div>${esc(p.headline)}</div>
  ${head(L(p, 'Personal details', '个人信息'))}
  ${row(L(p, 'Address', '现居地'), esc(p.city))}${row(L(p, 'Phone', '手机'), esc(p.phonePrinted))}${row(L(p, 'Email', '邮箱'), esc(p.email))}
  ${particulars(p).map(([k, v]) => row(esc(k), esc(v))).join('')}
  ${head(L(p, 'Work experience', '工作经历'))}
  ${p.jobs.map((j) => row(span(j, st, p.main, ' – ', L(p, 'today', '至今')), `<b>${esc(j.title)}</b><br>${esc(j.company)}, ${esc(j.location)}<ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul>`)).join('')}
  ${head(L(p, 'Education', '教育经历'))}
  ${p.education.map((e) => row(span(e, st, p.main), `<b>${esc(e.degree)}</b><br>${esc(e.school)}`)).join('')}
  ${pubs(p).length ? head('Publications') + pubs(p).map((x, i) => row(`[${i + 1}]`, esc(x))).join('') : ''}
  ${head(L(p, 'Skills', '技能'))}${row('', skillsOf(p).map(esc).join(', '))}
  ${p.spoken ? head(L(p, 'Languages', '语言')) + row('', p.spoken.map(esc).join(' · ')) : ''}`, p.main);
}

/** single — a Chinese job-board export (智联招聘/猎聘 style): 求职意向, dated job lines "时间 公司 | 职位", 工作描述. */
function jobBoardExport(p: Person): string {
  const st: DateStyle = 'dot';
  return page(`body{font-family:${cjk},'Microsoft YaHei',sans-serif;font-size:10pt;color:#333}
    .top{border-bottom:3px solid #1a7bd6;padding-bottom:8px}h1{font-size:20pt;margin:0}.meta{color:#666;margin-top:4px}
    h2{font-size:12pt;color:#1a7bd6;margin:14px 0 6px;padding-left:6px;border-left:4px solid #1a7bd6}
    .jl{font-weight:bold;margin-top:8px}.jl span{color:#888;font-weight:normal;margin-right:12px}.desc{margin:3px 0 0 0;white-space:pre-line}`,
  `<div class="top"><h1>${esc(p.name)}</h1><div class="meta">现居住地：${esc(p.city)} ｜ 手机：${esc(p.phonePrinted)} ｜ 邮箱：${esc(p.email)}</div></div>
  <h2>求职意向</h2><div>期望职位：${esc(p.headline)} ｜ 期望地点：${esc(p.city)} ｜ 工作性质：全职</div>
  <h2>自我评价</h2><div>${esc(p.summary)}</div>
  <h2>工作经历</h2>${p.jobs.map((j) => `<div class="jl"><span>${span(j, st, 'zh', ' - ')}</span>${esc(j.company)} ｜ ${esc(j.title)}</div>
    <div class="desc">工作描述：\n${j.bullets.map((b, i) => `${i + 1}. ${esc(b)}`).join('\n')}</div>`).join('')}
  <h2>教育经历</h2>${p.education.map((e) => `<div class="jl"><span>${span(e, st, 'zh', ' - ')}</span>${esc(e.school)} ｜ ${esc(e.degree)}</div>`).join('')}
  <h2>专业技能</h2><div>${skillsOf(p).map(esc).join('、')}</div>
  ${p.spoken ? `<h2>语言能力</h2><div>${p.spoken.map(esc).join('；')}</div>` : ''}`, 'zh');
}

/** two-column — Canva-like one-pager: dark left sidebar (grid) with icons, skill bars and languages. */
function canvaSkillBars(p: Person): string {
  const st: DateStyle = p.main === 'zh' ? 'dot' : 'mon';
  const level = (i: number) => 92 - ((i * 17) % 40);
  const initials = p.main === 'zh' ? p.name.slice(0, 1) : p.name.split(' ').map((w) => w[0]).slice(0, 2).join('');
  return page(`@page{margin:0}body{margin:0;font-family:'Helvetica Neue',Arial,${cjk},sans-serif;font-size:9.5pt}
    .g{display:grid;grid-template-columns:62mm 1fr;min-height:100vh}.side{background:#263547;color:#eef;padding:10mm 6mm}
    .main{padding:10mm 9mm}.ph{width:26mm;height:26mm;border-radius:50%;background:#e8b04a;color:#263547;font-size:22pt;display:flex;align-items:center;justify-content:center;margin:0 auto 8mm}
    .side h3{font-size:10pt;letter-spacing:2px;text-transform:uppercase;border-bottom:1px solid #e8b04a;padding-bottom:2px;margin:14px 0 6px}
    .ct div{margin:4px 0;word-break:break-all}.sk{margin:5px 0}.bar{height:4px;background:#4b5d73;margin-top:2px}.bar i{display:block;height:4px;background:#e8b04a}
    h1{font-size:24pt;margin:0;color:#263547}.hl{color:#e8b04a;font-size:12pt;margin-bottom:8px}
    h2{font-size:11pt;color:#263547;text-transform:uppercase;letter-spacing:1px;margin:14px 0 6px}
    .t{font-weight:bold}.cm{color:#555}.cm em{float:right;font-style:normal;color:#888}ul{margin:3px 0 8px;padding-left:15px}`,
  `<div class="g"><div class="side"><div class="ph">${esc(initials)}</div>
  <h3>${L(p, 'Contact', '联系方式')}</h3><div class="ct"><div>☏ ${esc(p.phonePrinted)}</div><div>✉ ${esc(p.email)}</div><div>⌂ ${esc(p.city)}</div></div>
  <h3>${L(p, 'Skills', '技能')}</h3>${skillsOf(p).map((s, i) => `<div class="sk">${esc(s)}<div class="bar"><i style="width:${level(i)}%"></i></div></div>`).join('')}
  ${p.spoken ? `<h3>${L(p, 'Languages', '语言')}</h3>${p.spoken.map((s) => `<div class="sk">${esc(s)}</div>`).join('')}` : ''}
  </div><div class="main"><h1>${esc(p.name)}</h1><div class="hl">${esc(p.headline)}</div><p>${esc(p.summary)}</p>
  <h2>${L(p, 'Work Experience', '工作经历')}</h2>${p.jobs.map((j) => `<div class="t">${esc(j.title)}</div><div class="cm">${esc(j.company)} <em>${span(j, st, p.main, ' — ')}</em></div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul>`).join('')}
  <h2>${L(p, 'Education', '教育背景')}</h2>${p.education.map((e) => `<div class="t">${esc(e.degree)}</div><div class="cm">${esc(e.school)} <em>${span(e, st, p.main, ' — ')}</em></div>`).join('')}
  ${pubs(p).length ? `<h2>Publications</h2>${pubs(p).map((x) => `<p>${esc(x)}</p>`).join('')}` : ''}
  </div></div>`, p.main);
}

/** two-column — moderncv-"banking"-flavoured main column with a narrow right sidebar (flexbox) of contact, skills chips, education. */
function bankingRightSidebar(p: Person): string {
  const st: DateStyle = p.main === 'zh' ? 'cn' : 'slash';
  return page(`body{font-family:'Source Sans Pro','DejaVu Sans',${cjk},sans-serif;font-size:9.5pt;color:#222}
    .f{display:flex;gap:7mm}.m{flex:1}.s{width:55mm;flex:none;border-left:2px solid #8a1c2b;padding-left:5mm}
    h1{font-size:22pt;margin:0 0 2px;color:#8a1c2b}.hl{font-size:11pt;margin-bottom:6px}
    h2{font-size:11pt;color:#8a1c2b;margin:12px 0 5px;border-bottom:1px solid #ddd}.s h2{font-size:10pt}
    .j{margin-bottom:8px}.jt{display:flex;justify-content:space-between}.jt b{font-size:10.5pt}.dt{color:#8a1c2b;white-space:nowrap}
    .chip{display:inline-block;border:1px solid #8a1c2b;border-radius:8px;padding:1px 6px;margin:2px 2px}ul{margin:2px 0;padding-left:15px}.kv{margin:3px 0}`,
  `<div class="f"><div class="m"><h1>${esc(p.name)}</h1><div class="hl">${esc(p.headline)}</div><p>${esc(p.summary)}</p>
  <h2>${L(p, 'Professional Experience', '工作经历')}</h2>
  ${p.jobs.map((j) => `<div class="j"><div class="jt"><b>${esc(j.title)}, ${esc(j.company)}</b><span class="dt">${span(j, st, p.main, ' – ')}</span></div><div>${esc(j.location)}</div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`).join('')}
  ${pubs(p).length ? `<h2>Publications</h2>${pubs(p).map((x) => `<p>${esc(x)}</p>`).join('')}` : ''}
  </div><div class="s"><h2>${L(p, 'Contact', '联系方式')}</h2><div class="kv">${esc(p.phonePrinted)}</div><div class="kv">${esc(p.email)}</div><div class="kv">${esc(p.city)}</div>
  ${particulars(p).map(([k, v]) => `<div class="kv"><b>${esc(k)}:</b> ${esc(v)}</div>`).join('')}
  <h2>${L(p, 'Core Skills', '核心技能')}</h2>${skillsOf(p).map((s) => `<span class="chip">${esc(s)}</span>`).join('')}
  <h2>${L(p, 'Education', '教育背景')}</h2>${p.education.map((e) => `<div class="kv"><b>${esc(e.school)}</b><br>${esc(e.degree)}<br>${span(e, st, p.main)}</div>`).join('')}
  ${p.spoken ? `<h2>${L(p, 'Languages', '语言')}</h2>${p.spoken.map((s) => `<div class="kv">${esc(s)}</div>`).join('')}` : ''}
  </div></div>`, p.main);
}

/** table — a Chinese 表格式简历: one bordered table, 基本信息 label–value rows, 时间｜单位｜职务 with 工作内容 beneath. */
function cnFormTable(p: Person): string {
  const st: DateStyle = 'dot';
  const z = p.main === 'zh';
  const sec = (t: string) => `<tr><th colspan="4" class="sec">${t}</th></tr>`;
  return page(`body{font-family:'SimSun',${cjk},serif;font-size:10pt}h1{text-align:center;font-size:18pt;letter-spacing:${z ? '8px' : '1px'};margin:0 0 8px}
    table{width:100%;border-collapse:collapse}td,th{border:1px solid #000;padding:4px 6px;vertical-align:top}
    .lb{background:#f0f0f0;width:18%;text-align:center}.sec{background:#d9e2f3;text-align:left;font-size:11pt}.hd td{text-align:center;font-weight:bold;background:#f7f7f7}
    ul{margin:0;padding-left:16px}`,
  `<h1>${z ? '个人简历' : 'Curriculum Vitae'}</h1><table>
  ${sec(z ? '基本信息' : 'Personal Information')}
  <tr><td class="lb">${z ? '姓名' : 'Name'}</td><td>${esc(p.name)}</td><td class="lb">${z ? '求职意向' : 'Objective'}</td><td>${esc(p.headline)}</td></tr>
  <tr><td class="lb">${z ? '联系电话' : 'Mobile'}</td><td>${esc(p.phonePrinted)}</td><td class="lb">${z ? '电子邮箱' : 'E-mail'}</td><td>${esc(p.email)}</td></tr>
  <tr><td class="lb">${z ? '现居地' : 'Location'}</td><td colspan="3">${esc(p.city)}</td></tr>
  ${sec(z ? '教育背景' : 'Education')}
  ${p.education.map((e) => `<tr><td>${span(e, st, p.main, ' — ')}</td><td colspan="2">${esc(e.school)}</td><td>${esc(e.degree)}</td></tr>`).join('')}
  ${sec(z ? '工作经历' : 'Employment History')}
  <tr class="hd"><td>${z ? '时间' : 'Period'}</td><td colspan="2">${z ? '单位' : 'Employer'}</td><td>${z ? '职务' : 'Position'}</td></tr>
  ${p.jobs.map((j) => `<tr><td>${span(j, st, p.main, ' — ')}</td><td colspan="2">${esc(j.company)}</td><td>${esc(j.title)}</td></tr>
    <tr><td class="lb">${z ? '工作内容' : 'Duties'}</td><td colspan="3"><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></td></tr>`).join('')}
  ${sec(z ? '专业技能' : 'Skills')}<tr><td colspan="4">${skillsOf(p).map(esc).join(z ? '、' : ', ')}</td></tr>
  ${p.spoken ? `${sec(z ? '语言能力' : 'Languages')}<tr><td colspan="4">${p.spoken.map(esc).join(z ? '；' : '; ')}</td></tr>` : ''}
  ${sec(z ? '自我评价' : 'Summary')}<tr><td colspan="4">${esc(p.summary)}</td></tr></table>`, p.main);
}

/** table — a grid-lined "table résumé": Role | Employer | Period columns, duties in a full-width row beneath each job; biodata-style particulars on top. */
function roleEmployerPeriodTable(p: Person): string {
  const st: DateStyle = p.main === 'zh' ? 'cn' : 'month';
  const z = p.main === 'zh';
  return page(`body{font-family:Calibri,Carlito,${cjk},sans-serif;font-size:10pt}h1{margin:0;font-size:20pt}
    table{width:100%;border-collapse:collapse;margin-top:4px}td,th{border:1px solid #7f7f7f;padding:4px 6px;vertical-align:top;text-align:left}
    th{background:#1f4e79;color:#fff}h2{font-size:11.5pt;margin:14px 0 2px;color:#1f4e79}.pt td:first-child{width:30%;font-weight:bold}
    ul{margin:0;padding-left:16px}`,
  `<h1>${esc(p.name)}</h1><div>${esc(p.headline)}</div>
  <table class="pt"><tr><td>${z ? '手机' : 'Contact No.'}</td><td>${esc(p.phonePrinted)}</td></tr><tr><td>${z ? '邮箱' : 'E-mail ID'}</td><td>${esc(p.email)}</td></tr>
  <tr><td>${z ? '地址' : 'Address'}</td><td>${esc(p.city)}</td></tr>${particulars(p).map(([k, v]) => `<tr><td>${esc(k)}</td><td>${esc(v)}</td></tr>`).join('')}</table>
  <h2>${z ? '职业概述' : 'Career Objective'}</h2><div>${esc(p.summary)}</div>
  <h2>${z ? '工作经历' : 'Work Experience'}</h2><table><tr><th>${z ? '职位' : 'Role'}</th><th>${z ? '公司' : 'Organisation'}</th><th>${z ? '时间' : 'Duration'}</th></tr>
  ${p.jobs.map((j) => `<tr><td><b>${esc(j.title)}</b></td><td>${esc(j.company)}</td><td>${span(j, st, p.main, z ? '—' : ' to ')}</td></tr><tr><td colspan="3"><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></td></tr>`).join('')}</table>
  <h2>${z ? '教育背景' : 'Academic Qualifications'}</h2><table><tr><th>${z ? '学历' : 'Qualification'}</th><th>${z ? '学校' : 'Institute'}</th><th>${z ? '时间' : 'Year'}</th></tr>
  ${p.education.map((e) => `<tr><td>${esc(e.degree)}</td><td>${esc(e.school)}</td><td>${span(e, st, p.main, z ? '—' : ' to ')}</td></tr>`).join('')}</table>
  <h2>${z ? '技能' : 'Technical Skills'}</h2><table><tr><td>${skillsOf(p).map(esc).join(', ')}</td></tr></table>
  ${p.spoken ? `<h2>${z ? '语言' : 'Languages Known'}</h2><div>${p.spoken.map(esc).join(', ')}</div>` : ''}`, p.main);
}

/** single — an academic CV: appointments, teaching, publications, then skills; dates flush right as year–month ranges. */
function academicCv(p: Person): string {
  const st: DateStyle = 'iso';
  const row = (l: string, r: string) => `<div class="r"><div>${l}</div><div class="d">${r}</div></div>`;
  return page(`body{font-family:'Latin Modern Roman','Times New Roman',serif;font-size:10.5pt}h1{font-size:18pt;margin:0;letter-spacing:0.5px}
    h2{font-size:11.5pt;font-variant:small-caps;margin:14px 0 4px}.r{display:flex;justify-content:space-between;gap:10px}.d{white-space:nowrap}
    ol{margin:2px 0;padding-left:20px}ul{margin:2px 0 6px;padding-left:18px}.ct{margin:2px 0 6px}`,
  `<h1>${esc(p.name)}</h1><div class="ct">${esc(p.headline)}<br>${esc(p.city)} · ${esc(p.phonePrinted)} · ${esc(p.email)}</div>
  <h2>Academic and professional appointments</h2>${p.jobs.map((j) => row(`<b>${esc(j.title)}</b>, ${esc(j.company)}`, span(j, st, 'en', ' – ', 'present')) + `<ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul>`).join('')}
  <h2>Education</h2>${p.education.map((e) => row(`${esc(e.degree)}, ${esc(e.school)}`, span(e, st, 'en', ' – '))).join('')}
  ${pubs(p).length ? `<h2>Publications</h2><ol>${pubs(p).map((x) => `<li>${esc(x)}</li>`).join('')}</ol>` : ''}
  <h2>Research and teaching skills</h2><div>${skillsOf(p).map(esc).join('; ')}</div>
  ${p.spoken ? `<h2>Languages</h2><div>${p.spoken.map(esc).join('; ')}</div>` : ''}`, 'en');
}

// ---------------------------------------------------------------- DOCX templates (Word-style, via `docx`)

const FONT = 'Calibri';
const run = (text: string, o: { bold?: boolean; italics?: boolean; size?: number; color?: string } = {}) => new TextRun({ text, font: { ascii: FONT, hAnsi: FONT, eastAsia: 'SimSun' }, ...o });
const para = (children: TextRun[] | string, o: Record<string, unknown> = {}) => new Paragraph({ children: typeof children === 'string' ? [run(children)] : children, spacing: { after: 60 }, ...o });
const bullet = (text: string) => new Paragraph({ children: [run(text)], bullet: { level: 0 }, spacing: { after: 30 } });
const heading = (text: string, color = '1F3864') => new Paragraph({ children: [run(text.toUpperCase(), { bold: true, size: 24, color })], spacing: { before: 200, after: 80 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color, space: 1 } } });
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
const cell = (children: Paragraph[], o: Record<string, unknown> = {}) => new TableCell({ children, margins: { top: 60, bottom: 60, left: 100, right: 100 }, ...o });
const shaded = (fill: string) => ({ shading: { type: ShadingType.CLEAR, color: 'auto', fill } });
const pct = (n: number) => ({ width: { size: n, type: WidthType.PERCENTAGE } });
const docOf = (children: (Paragraph | Table)[]) => new Document({ sections: [{ properties: { page: { margin: { top: 900, bottom: 900, left: 1000, right: 1000 } } }, children }] });

/** single — US federal-résumé style: long entries with hours per week, supervisor, and dates on a right tab stop. */
function federalDocx(p: Person): Document {
  const z = p.main === 'zh';
  const st: DateStyle = z ? 'cn' : 'slash';
  const RIGHT = 9900;
  const kids: (Paragraph | Table)[] = [
    para([run(p.name, { bold: true, size: 32 })]),
    para(`${p.city}  |  ${p.phonePrinted}  |  ${p.email}`),
    ...particulars(p).map(([k, v]) => para(`${k}: ${v}`)),
    heading(z ? '求职目标' : 'Objective'), para(`${p.headline}. ${p.summary}`),
    heading(z ? '工作经历' : 'Professional Experience'),
  ];
  for (const j of p.jobs) {
    kids.push(new Paragraph({ tabStops: [{ type: TabStopType.RIGHT, position: RIGHT }], spacing: { before: 120, after: 20 }, children: [run(j.title, { bold: true }), run(`\t${span(j, st, p.main, z ? ' — ' : ' – ')}`)] }));
    kids.push(para([run(`${j.company}, ${j.location}`, { italics: true })]));
    kids.push(para(z ? `每周工时：${j.hours ?? '40 小时'}    直属上级：${j.supervisor ?? '可提供'}` : `Hours per week: ${j.hours ?? '40'}    Supervisor: ${j.supervisor ?? 'Available on request'}; may contact: Yes`));
    kids.push(para(z ? '主要职责与成绩：' : 'Duties and accomplishments:'));
    j.bullets.forEach((b) => kids.push(bullet(b)));
  }
  kids.push(heading(z ? '教育背景' : 'Education'));
  for (const e of p.education) kids.push(new Paragraph({ tabStops: [{ type: TabStopType.RIGHT, position: RIGHT }], children: [run(`${e.degree}, ${e.school}`), run(`\t${span(e, st, p.main, z ? ' — ' : ' – ')}`)] }));
  kids.push(heading(z ? '专业技能' : 'Skills'), para(skillsOf(p).join(z ? '、' : '; ')));
  if (p.spoken) kids.push(heading(z ? '语言' : 'Languages'), para(p.spoken.join(z ? '；' : '; ')));
  return docOf(kids);
}

/** two-column — a Word résumé built on a borderless two-cell table: shaded left sidebar (contact, skills, languages), main right. */
function sidebarDocx(p: Person): Document {
  const z = p.main === 'zh';
  const st: DateStyle = z ? 'cn' : 'month';
  const side: Paragraph[] = [
    para([run(z ? '联系方式' : 'CONTACT', { bold: true, color: '2E5E4E' })]), para(p.phonePrinted), para(p.email), para(p.city),
    para([run(z ? '专业技能' : 'SKILLS', { bold: true, color: '2E5E4E' })], { spacing: { before: 240, after: 60 } }), ...skillsOf(p).map(bullet),
    ...(p.spoken ? [para([run(z ? '语言' : 'LANGUAGES', { bold: true, color: '2E5E4E' })], { spacing: { before: 240, after: 60 } }), ...p.spoken.map((s) => para(s))] : []),
    para([run(z ? '教育背景' : 'EDUCATION', { bold: true, color: '2E5E4E' })], { spacing: { before: 240, after: 60 } }),
    ...p.education.flatMap((e) => [para([run(e.degree, { bold: true })]), para(e.school), para(span(e, st, p.main, z ? '—' : ' – '))]),
  ];
  const main: Paragraph[] = [
    para([run(p.name, { bold: true, size: 40, color: '2E5E4E' })]), para([run(p.headline, { size: 24 })]), para(p.summary),
    heading(z ? '工作经历' : 'Experience', '2E5E4E'),
    ...p.jobs.flatMap((j) => [para([run(j.title, { bold: true }), run(z ? `　${j.company}` : ` | ${j.company}`)], { spacing: { before: 120, after: 20 } }),
      para([run(`${span(j, st, p.main, z ? '—' : ' – ')}, ${j.location}`, { italics: true, color: '666666' })]), ...j.bullets.map(bullet)]),
    ...(pubs(p).length ? [heading('Publications', '2E5E4E'), ...pubs(p).map((x) => para(x))] : []),
  ];
  return docOf([new Table({ ...pct(100), borders: noBorders, rows: [new TableRow({ children: [cell(side, { ...pct(32), ...shaded('E8F0EC') }), cell(main, pct(68))] })] })]);
}

/** table — a Word "table résumé" with shaded label cells: header label|value grid, Period | Employer | Position | Responsibilities. */
function shadedLabelDocx(p: Person): Document {
  const z = p.main === 'zh';
  const st: DateStyle = z ? 'dot' : 'mon';
  const LB = 'D9D9D9';
  const lab = (t: string, w = 18) => cell([para([run(t, { bold: true })])], { ...pct(w), ...shaded(LB), verticalAlign: VerticalAlign.CENTER });
  const val = (t: string, w = 32, span?: number) => cell([para(t)], { ...pct(w), ...(span ? { columnSpan: span } : {}) });
  const header = new Table({ ...pct(100), rows: [
    new TableRow({ children: [lab(z ? '姓名' : 'Name'), val(p.name), lab(z ? '目标职位' : 'Position sought'), val(p.headline)] }),
    new TableRow({ children: [lab(z ? '电话' : 'Telephone'), val(p.phonePrinted), lab(z ? '邮箱' : 'Email'), val(p.email)] }),
    new TableRow({ children: [lab(z ? '现居地' : 'Address'), val(p.city, 82, 3)] }),
  ] });
  const work = new Table({ ...pct(100), rows: [
    new TableRow({ tableHeader: true, children: [z ? '时间' : 'Period', z ? '单位' : 'Employer', z ? '职务' : 'Position', z ? '工作内容' : 'Responsibilities'].map((t, i) => lab(t, [17, 23, 18, 42][i])) }),
    ...p.jobs.map((j) => new TableRow({ children: [val(span(j, st, p.main, z ? ' - ' : ' – '), 17), val(j.company, 23), val(j.title, 18), cell(j.bullets.map(bullet), pct(42))] })),
  ] });
  const edu = new Table({ ...pct(100), rows: p.education.map((e) => new TableRow({ children: [val(span(e, st, p.main, z ? ' - ' : ' – '), 17), val(e.school, 41), val(e.degree, 42)] })) });
  const facts = new Table({ ...pct(100), rows: [
    new TableRow({ children: [lab(z ? '专业技能' : 'Skills'), cell(skillsOf(p).map(bullet), pct(82))] }),
    ...(p.spoken ? [new TableRow({ children: [lab(z ? '语言能力' : 'Languages'), val(p.spoken.join(z ? '、' : ', '), 82)] })] : []),
    new TableRow({ children: [lab(z ? '自我评价' : 'Profile'), val(p.summary, 82)] }),
  ] });
  return docOf([
    para([run(z ? '个 人 简 历' : 'RÉSUMÉ', { bold: true, size: 32 })], { alignment: AlignmentType.CENTER }), header,
    heading(z ? '工作经历' : 'Work History', '404040'), work, heading(z ? '教育经历' : 'Education', '404040'), edu,
    heading(z ? '其他' : 'Further Information', '404040'), facts,
    ...(pubs(p).length ? [heading('Publications', '404040'), ...pubs(p).map((x) => para(x))] : []),
  ]);
}

/** single — hybrid/functional résumé: a skills summary in tab-stop columns first, then a short one-line-per-job history. */
function hybridDocx(p: Person): Document {
  const z = p.main === 'zh';
  const st: DateStyle = z ? 'slash' : 'mon';
  const sk = skillsOf(p);
  const rows: Paragraph[] = [];
  for (let i = 0; i < sk.length; i += 3) {
    rows.push(new Paragraph({ tabStops: [{ type: TabStopType.LEFT, position: 3300 }, { type: TabStopType.LEFT, position: 6600 }], spacing: { after: 40 },
      children: [run(`• ${sk.slice(i, i + 3).join('\t• ')}`)] }));
  }
  return docOf([
    para([run(p.name, { bold: true, size: 36 })], { alignment: AlignmentType.CENTER }),
    para(`${p.email} • ${p.phonePrinted} • ${p.city}`, { alignment: AlignmentType.CENTER }),
    heading(z ? '职业概要' : 'Professional Summary', '000000'), para(p.summary),
    heading(z ? '核心能力' : 'Core Competencies', '000000'), ...rows,
    heading(z ? '主要业绩' : 'Selected Achievements', '000000'), ...p.jobs.map((j) => bullet(j.bullets[0]!)),
    heading(z ? '工作履历' : 'Employment History', '000000'),
    ...p.jobs.map((j) => new Paragraph({ tabStops: [{ type: TabStopType.RIGHT, position: 9900 }], spacing: { after: 40 },
      children: [run(j.title, { bold: true }), run(z ? `，${j.company}` : `, ${j.company}`), run(`\t${span(j, st, p.main, ' – ')}`)] })),
    heading(z ? '教育背景' : 'Education', '000000'),
    ...p.education.map((e) => new Paragraph({ tabStops: [{ type: TabStopType.RIGHT, position: 9900 }], children: [run(`${e.degree}, ${e.school}`), run(`\t${d(e.end, st, p.main)}`)] })),
    ...(p.spoken ? [heading(z ? '语言' : 'Languages', '000000'), para(p.spoken.join(' • '))] : []),
  ]);
}

/** table — a visible two-column table: dates in the left cell, "Employer — Title" and the bullets together in the right cell. */
function combinedCellDocx(p: Person): Document {
  const z = p.main === 'zh';
  const st: DateStyle = z ? 'cn' : 'slash';
  const row = (left: string, right: Paragraph[]) => new TableRow({ children: [cell([para(left)], pct(24)), cell(right, pct(76))] });
  const sectionRow = (t: string) => new TableRow({ children: [cell([para([run(t, { bold: true, color: 'FFFFFF' })])], { ...pct(100), columnSpan: 2, ...shaded('5B6F82') })] });
  return docOf([
    para([run(p.name, { bold: true, size: 36 })]), para(`${p.headline} · ${p.city}`),
    para(`${z ? '电话' : 'Tel'}: ${p.phonePrinted}    ${z ? '邮箱' : 'Email'}: ${p.email}`),
    new Table({ ...pct(100), rows: [
      sectionRow(z ? '工作经历' : 'EMPLOYMENT'),
      ...p.jobs.map((j) => row(span(j, st, p.main, z ? '—' : ' – '), [para([run(`${j.company} — ${j.title}`, { bold: true })]), ...j.bullets.map(bullet)])),
      sectionRow(z ? '教育背景' : 'EDUCATION'),
      ...p.education.map((e) => row(span(e, st, p.main, z ? '—' : ' – '), [para(`${e.school} — ${e.degree}`)])),
      sectionRow(z ? '技能' : 'SKILLS'),
      new TableRow({ children: [cell([para(skillsOf(p).join(z ? '、' : ', '))], { ...pct(100), columnSpan: 2 })] }),
      ...(p.spoken ? [sectionRow(z ? '语言' : 'LANGUAGES'), new TableRow({ children: [cell([para(p.spoken.join(z ? '、' : ', '))], { ...pct(100), columnSpan: 2 })] })] : []),
    ] }),
  ]);
}

// ---------------------------------------------------------------- plain text

/** single — plain text as pasted into a job portal's text box: underlined headings, "dates  employer, title" lines. */
function plainText(p: Person): string {
  const z = p.main === 'zh';
  const st: DateStyle = z ? 'dot' : 'mon';
  const h = (t: string) => `\n${t}\n${'='.repeat(z ? t.length * 2 : t.length)}\n`;
  const out = [p.name, p.headline, `${p.phonePrinted} | ${p.email} | ${p.city}`, h(z ? '个人简介' : 'SUMMARY'), p.summary, h(z ? '工作经历' : 'EXPERIENCE')];
  for (const j of p.jobs) {
    out.push(z ? `${span(j, st, 'zh', '-')}  ${j.company}  ${j.title}` : `${j.title}, ${j.company} (${j.location})`);
    if (!z) out.push(span(j, st, 'en', ' - '));
    for (const b of j.bullets) out.push(`  - ${b}`);
    out.push('');
  }
  out.push(h(z ? '教育经历' : 'EDUCATION'));
  for (const e of p.education) out.push(`${span(e, st, p.main, z ? '-' : ' - ')}  ${e.school}, ${e.degree}`);
  out.push(h(z ? '专业技能' : 'SKILLS'), skillsOf(p).join(z ? '、' : ', '));
  if (p.spoken) out.push(h(z ? '语言' : 'LANGUAGES'), p.spoken.join(z ? '；' : ', '));
  return out.join('\n') + '\n';
}

// ---------------------------------------------------------------- which person goes through which template

type Layout = 'single' | 'two-column' | 'table';
interface Tpl { name: string; layout: Layout; kind: 'html' | 'docx' | 'txt'; render: (p: Person) => string | Document; people: string[] }
export const templates: Tpl[] = [
  { name: 'classic-rightdates', layout: 'single', kind: 'html', render: classicRightDates, people: ['p01', 'p03', 'p07', 'p11'] },
  { name: 'lebenslauf-margin', layout: 'single', kind: 'html', render: lebenslaufMargin, people: ['p05', 'p08', 'p12'] },
  { name: 'jobboard-export', layout: 'single', kind: 'html', render: jobBoardExport, people: ['p09', 'p10'] },
  { name: 'federal-long', layout: 'single', kind: 'docx', render: federalDocx, people: ['p02', 'p06', 'p10'] },
  { name: 'hybrid-skills-first', layout: 'single', kind: 'docx', render: hybridDocx, people: ['p03', 'p08', 'p11'] },
  { name: 'academic', layout: 'single', kind: 'html', render: academicCv, people: ['p05'] },
  { name: 'plain', layout: 'single', kind: 'txt', render: plainText, people: ['p01', 'p04', 'p06', 'p09', 'p12'] },
  { name: 'canva-skillbars', layout: 'two-column', kind: 'html', render: canvaSkillBars, people: ['p02', 'p05', 'p09', 'p11'] },
  { name: 'banking-right-sidebar', layout: 'two-column', kind: 'html', render: bankingRightSidebar, people: ['p03', 'p04', 'p06', 'p10', 'p12'] },
  { name: 'word-sidebar', layout: 'two-column', kind: 'docx', render: sidebarDocx, people: ['p01', 'p07', 'p08', 'p12'] },
  { name: 'word-shaded-labels', layout: 'table', kind: 'docx', render: shadedLabelDocx, people: ['p03', 'p05', 'p09', 'p11'] },
  { name: 'combined-cell', layout: 'table', kind: 'docx', render: combinedCellDocx, people: ['p02', 'p07', 'p10'] },
  { name: 'cn-form-table', layout: 'table', kind: 'html', render: cnFormTable, people: ['p02', 'p06', 'p07', 'p08', 'p10'] },
  { name: 'role-employer-period', layout: 'table', kind: 'html', render: roleEmployerPeriodTable, people: ['p01', 'p04', 'p11', 'p12'] },
];

async function main(): Promise<void> {
  if (existsSync(path.join(dir, 'manifest.json')) && !process.argv.includes('--force')) {
    console.error('heldout-4 is frozen (manifest.json exists); regenerating makes a different set. Use --force only to rebuild it deliberately.');
    process.exit(1);
  }
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  const byId = new Map(people.map((p) => [p.id, p]));
  const documents: { file: string; person: string; template: string; layout: Layout; producer: 'chromium' | 'libreoffice' | 'docx' | 'txt'; language: string }[] = [];
  const html: [string, string][] = [];
  for (const t of templates) {
    for (const id of t.people) {
      const p = byId.get(id)!;
      const base = `${id}-${t.layout === 'two-column' ? 'twocol' : t.layout}-${t.name}`;
      const doc = (file: string, producer: (typeof documents)[number]['producer']) => documents.push({ file, person: id, template: t.name, layout: t.layout, producer, language: p.language });
      if (t.kind === 'html') { html.push([`${base}.pdf`, t.render(p) as string]); doc(`${base}.pdf`, 'chromium'); }
      if (t.kind === 'txt') { writeFileSync(path.join(docs, `${base}.txt`), t.render(p) as string, 'utf8'); doc(`${base}.txt`, 'txt'); }
      if (t.kind === 'docx') {
        writeFileSync(path.join(docs, `${base}.docx`), await Packer.toBuffer(t.render(p) as Document));
        doc(`${base}.docx`, 'docx');
        doc(`${base}.pdf`, 'libreoffice');
      }
    }
  }
  await printHtml(docs, html);
  exportDocxToPdf(docs);
  documents.sort((a, b) => a.file.localeCompare(b.file));
  const truth = {
    referenceDate: REFERENCE,
    people: people.map((p) => ({
      id: p.id, language: p.language, name: p.name, email: p.email, phone: p.phone, skills: p.skills,
      work: p.jobs.map((j) => ({ company: j.company, start: j.start, end: j.end })),
      yearsOfExperience: yearsWorked(p.jobs, REFERENCE),
    })),
    documents,
  };
  writeFileSync(path.join(dir, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  const files = readdirSync(docs).sort();
  const missing = documents.filter((x) => !files.includes(x.file));
  if (missing.length || files.length !== documents.length) throw new Error(`documents/ and truth disagree: ${missing.map((x) => x.file).join(', ')} (${files.length} files, ${documents.length} in truth)`);
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifestOf(docs, files), null, 2) + '\n');
  console.log(`heldout-4: ${documents.length} documents`);
}

// Only when run as a script, so the templates can be imported to look at them without writing the set.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
