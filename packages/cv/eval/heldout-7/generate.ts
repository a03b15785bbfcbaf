/**
 * Generates held-out set 7: documents/, truth.json and manifest.json, from people.ts and the templates below.
 *
 * Written by a blind writer on 2026-12-02 (heldout-7), without reading the analyser, its taxonomy, its tests, its
 * README or the other evaluation sets. The set is frozen: this script refuses to run once manifest.json exists
 * (`--force` overrides, which makes the set no longer held out). Never tuned on.
 *
 * Run: npx tsx packages/cv/eval/heldout-7/generate.ts
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType, BorderStyle, Document, Packer, Paragraph, ShadingType, Table, TableCell, TableRow, TabStopType, TextRun,
  VerticalAlign, WidthType,
} from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people, type Job, type Person } from './people.ts';

const dir = path.dirname(fileURLToPath(import.meta.url));
const docsDir = path.join(dir, 'documents');
const REFERENCE = '2026-11';

// ---------------------------------------------------------------- dates, as different CVs print them

type DateStyle = (s: string, e: string | null, zh: boolean) => string;
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const y = (d: string) => d.slice(0, 4);
const m = (d: string) => Number(d.slice(5, 7));
const mm = (d: string) => d.slice(5, 7);
const now = (zh: boolean, en = 'Present') => (zh ? '至今' : en);
const dates = {
  monYear: ((s, e, zh) => `${MON[m(s) - 1]} ${y(s)} – ${e ? `${MON[m(e) - 1]} ${y(e)}` : now(zh)}`) as DateStyle,
  dotted: ((s, e, zh) => `${y(s)}.${mm(s)} - ${e ? `${y(e)}.${mm(e)}` : now(zh)}`) as DateStyle,
  slashMonthFirst: ((s, e, zh) => `${mm(s)}/${y(s)}–${e ? `${mm(e)}/${y(e)}` : now(zh, 'present')}`) as DateStyle,
  hanzi: ((s, e) => `${y(s)}年${m(s)}月—${e ? `${y(e)}年${m(e)}月` : '至今'}`) as DateStyle,
  isoTilde: ((s, e, zh) => `${s} ~ ${e ?? now(zh, 'now')}`) as DateStyle,
  longWords: ((s, e, zh) => `${MONTH[m(s) - 1]} ${y(s)} to ${e ? `${MONTH[m(e) - 1]} ${y(e)}` : now(zh, 'present')}`) as DateStyle,
  slashYearFirst: ((s, e, zh) => `${y(s)}/${mm(s)} – ${e ? `${y(e)}/${mm(e)}` : now(zh)}`) as DateStyle,
};
/** Templates that serve both languages pick the natural style of the CV's language. */
const pick = (p: Person, en: DateStyle, zh: DateStyle) => (p.labels === 'zh' ? zh : en);

// ---------------------------------------------------------------- labels

const L = {
  en: { profile: 'Profile', summary: 'Summary of Qualifications', experience: 'Professional Experience', work: 'Work History', education: 'Education', skills: 'Skills', languages: 'Languages', certs: 'Licences & Certifications', contact: 'Contact', achievements: 'Key Achievements', pubs: 'Publications', projects: 'Selected Projects', personal: 'Personal Details', name: 'Name', phone: 'Phone', email: 'Email', location: 'Location', period: 'Period', employer: 'Employer', position: 'Position', duties: 'Responsibilities', school: 'Institution', degree: 'Qualification', about: 'About me', tickets: 'Tickets & Licences', target: 'Objective' },
  zh: { profile: '个人简介', summary: '核心优势', experience: '工作经历', work: '工作经历', education: '教育背景', skills: '专业技能', languages: '语言能力', certs: '证书', contact: '联系方式', achievements: '主要成绩', pubs: '论文与专利', projects: '代表项目', personal: '基本信息', name: '姓　　名', phone: '手　　机', email: '邮　　箱', location: '现居住地', period: '时间', employer: '单位', position: '职务', duties: '工作内容', school: '学校', degree: '学历/专业', about: '自我评价', tickets: '资格证书', target: '求职意向' },
};
const lab = (p: Person) => L[p.labels];
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const sep = (p: Person) => (p.labels === 'zh' ? '、' : ', ');
const allSkills = (p: Person) => p.skills.flatMap((g) => g.items);

const FONT = `font-family: "Liberation Sans", Arial, "WenQuanYi Zen Hei", sans-serif;`;
const SERIF = `font-family: "Liberation Serif", "Times New Roman", "WenQuanYi Zen Hei", serif;`;
const page = (css: string, body: string, lang: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>*{box-sizing:border-box} body{margin:0;font-size:10pt;line-height:1.35;color:#222} ul{margin:2px 0 6px 0;padding-left:16px} li{margin:1px 0} h1,h2,h3,p{margin:0} ${css}</style></head><body>${body}</body></html>`;
const htmlLang = (p: Person) => (p.labels === 'zh' ? 'zh-CN' : 'en');
const bullets = (j: Job) => `<ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul>`;

// ---------------------------------------------------------------- HTML templates (Chromium)

type HtmlTemplate = (p: Person) => string;

/** single: US chronological Word-style résumé, summary of qualifications, right-aligned dates on the company line. */
const usChrono: HtmlTemplate = (p) => {
  const l = lab(p), d = dates.monYear;
  return page(`body{${SERIF}} .hd{text-align:center;border-bottom:1.5px solid #000;padding-bottom:6px} h1{font-size:20pt;letter-spacing:1px} .ct{font-size:9.5pt}
  h2{font-size:11pt;text-transform:uppercase;border-bottom:0.5px solid #888;margin:10px 0 4px} .row{display:flex;justify-content:space-between;font-weight:bold;margin-top:6px} .ti{font-style:italic}`,
  `<div class="hd"><h1>${esc(p.name)}</h1><div class="ct">${esc(p.city)} • ${esc(p.phonePrinted)} • ${esc(p.email)}</div></div>
  <h2>${l.summary}</h2><ul>${[p.summary, ...p.highlights].map((h) => `<li>${esc(h)}</li>`).join('')}</ul>
  <h2>${l.experience}</h2>${p.jobs.map((j) => `<div class="row"><span>${esc(j.company)}, ${esc(j.city)}</span><span>${d(j.start, j.end, false)}</span></div><div class="ti">${esc(j.title)}</div>${bullets(j)}`).join('')}
  <h2>${l.education}</h2>${p.education.map((e) => `<div class="row"><span>${esc(e.school)}</span><span>${d(e.start, e.end, false)}</span></div><div>${esc(e.degree)}</div>`).join('')}
  <h2>${l.skills}</h2>${p.skills.map((g) => `<div>${g.label ? `<b>${esc(g.label)}:</b> ` : ''}${g.items.map((s) => esc(s.name)).join(', ')}</div>`).join('')}
  ${p.certs.length ? `<h2>${l.certs}</h2><div>${p.certs.map(esc).join('; ')}</div>` : ''}
  <h2>${l.languages}</h2><div>${p.spoken.map(esc).join(', ')}</div>`, htmlLang(p));
};

/** single: a 51job (前程无忧) style export — grey section bars, key–value lines, date then company | title on one line. */
const job51: HtmlTemplate = (p) => {
  const l = lab(p), d = dates.slashYearFirst;
  return page(`body{${FONT};font-size:9.5pt} .top{border-bottom:2px solid #f60;padding-bottom:6px;margin-bottom:8px} h1{font-size:17pt} .kv{color:#555;margin-top:3px}
  h2{background:#eef1f5;color:#1a4d8f;font-size:11pt;padding:3px 8px;margin:10px 0 6px;border-left:4px solid #1a4d8f} .jl{font-weight:bold;margin-top:6px} .jl span{color:#777;font-weight:normal;margin-right:14px}
  .sk span{display:inline-block;margin:0 16px 3px 0}`,
  `<div class="top"><h1>${esc(p.name)}</h1><div class="kv">${esc(p.city)} ｜ ${esc(p.phonePrinted)} ｜ ${esc(p.email)}</div><div class="kv">最近工作：${esc(p.jobs[0]!.title)} ｜ ${esc(p.jobs[0]!.company)}</div></div>
  <h2>${l.target}</h2><div>期望职位：${esc(p.title)}　　期望地点：${esc(p.city)}　　到岗时间：一个月内</div>
  <h2>${l.about}</h2><div>${esc(p.summary)}</div>
  <h2>${l.work}</h2>${p.jobs.map((j) => `<div class="jl"><span>${d(j.start, j.end, true)}</span>${esc(j.company)} ｜ ${esc(j.title)}</div><div>${j.bullets.map((b, i) => `${i + 1}. ${esc(b)}`).join('<br>')}</div>`).join('')}
  <h2>${l.education}</h2>${p.education.map((e) => `<div class="jl"><span>${d(e.start, e.end, true)}</span>${esc(e.school)} ｜ ${esc(e.degree)}</div>`).join('')}
  <h2>${l.skills}</h2><div class="sk">${allSkills(p).map((s) => `<span>${esc(s.name)}${s.level ? `｜${esc(s.level)}` : ''}</span>`).join('')}</div>
  <h2>${l.languages}</h2><div>${p.spoken.map(esc).join('；')}</div>
  ${p.certs.length ? `<h2>${l.certs}</h2><div>${p.certs.map(esc).join('；')}</div>` : ''}`, htmlLang(p));
};

/** two-column: CSS grid, header spanning both columns, narrow left sidebar (contact, skills as tags, languages). */
const gridHeaderSpan: HtmlTemplate = (p) => {
  const l = lab(p), d = pick(p, dates.slashMonthFirst, dates.dotted);
  return page(`body{${FONT}} .g{display:grid;grid-template-columns:58mm 1fr;column-gap:7mm} .hd{grid-column:1 / span 2;background:#20313b;color:#fff;padding:10px 14px;margin-bottom:8px}
  h1{font-size:19pt} .hd .t{color:#9fd3c7} .side{background:#f2f5f4;padding:8px} h2{font-size:10.5pt;color:#20313b;border-bottom:1px solid #9fd3c7;margin:8px 0 4px;text-transform:uppercase}
  .tag{display:inline-block;border:1px solid #9fd3c7;border-radius:9px;padding:0 6px;margin:2px 2px;font-size:8.5pt} .jt{font-weight:bold;margin-top:6px} .jd{color:#555;font-size:9pt}`,
  `<div class="g"><div class="hd"><h1>${esc(p.name)}</h1><div class="t">${esc(p.title)}</div></div>
  <div class="side"><h2>${l.contact}</h2><div>${esc(p.phonePrinted)}<br>${esc(p.email)}<br>${esc(p.city)}</div>
  <h2>${l.skills}</h2>${p.skills.map((g) => `${g.label ? `<div style="font-size:9pt;margin-top:3px"><b>${esc(g.label)}</b></div>` : ''}<div>${g.items.map((s) => `<span class="tag">${esc(s.name)}</span>`).join('')}</div>`).join('')}
  <h2>${l.languages}</h2><div>${p.spoken.map(esc).join('<br>')}</div>
  ${p.certs.length ? `<h2>${l.certs}</h2><div style="font-size:9pt">${p.certs.map(esc).join('<br>')}</div>` : ''}</div>
  <div class="main"><h2>${l.profile}</h2><p>${esc(p.summary)}</p><h2>${l.experience}</h2>
  ${p.jobs.map((j) => `<div class="jt">${esc(j.title)} — ${esc(j.company)}</div><div class="jd">${d(j.start, j.end, p.labels === 'zh')} · ${esc(j.city)}</div>${bullets(j)}`).join('')}
  <h2>${l.education}</h2>${p.education.map((e) => `<div class="jt">${esc(e.degree)}</div><div class="jd">${esc(e.school)} · ${d(e.start, e.end, p.labels === 'zh')}</div>`).join('')}</div></div>`, htmlLang(p));
};

/** two-column: flexbox, contact/skills on the left, the experience as a vertical timeline in the right column. */
const timelineRight: HtmlTemplate = (p) => {
  const l = lab(p), d = pick(p, dates.longWords, dates.hanzi);
  return page(`body{${FONT}} .w{display:flex;gap:8mm} .l{width:62mm;flex:none} .r{flex:1} h1{font-size:21pt;font-weight:300} .t{color:#b0413e;margin-bottom:8px}
  h2{font-size:10pt;letter-spacing:2px;text-transform:uppercase;color:#b0413e;margin:10px 0 4px} .tl{border-left:2px solid #e3b5b3;padding-left:10px} .it{position:relative;margin-bottom:7px}
  .it:before{content:"";position:absolute;left:-15px;top:4px;width:8px;height:8px;border-radius:50%;background:#b0413e} .when{font-size:8.5pt;color:#777} .sk li{list-style:square}`,
  `<div class="w"><div class="l"><h1>${esc(p.name)}</h1><div class="t">${esc(p.title)}</div>
  <h2>${l.contact}</h2><div>${esc(p.email)}</div><div>${esc(p.phonePrinted)}</div><div>${esc(p.city)}</div>
  <h2>${l.skills}</h2><ul class="sk">${allSkills(p).map((s) => `<li>${esc(s.name)}</li>`).join('')}</ul>
  <h2>${l.languages}</h2><div>${p.spoken.map(esc).join('<br>')}</div>
  <h2>${l.education}</h2>${p.education.map((e) => `<div><b>${esc(e.school)}</b><br>${esc(e.degree)}<br><span class="when">${d(e.start, e.end, p.labels === 'zh')}</span></div>`).join('')}</div>
  <div class="r"><h2>${l.profile}</h2><p>${esc(p.summary)}</p><h2>${l.experience}</h2><div class="tl">
  ${p.jobs.map((j) => `<div class="it"><div class="when">${d(j.start, j.end, p.labels === 'zh')}</div><div><b>${esc(j.title)}</b></div><div>${esc(j.company)}, ${esc(j.city)}</div>${bullets(j)}</div>`).join('')}</div>
  ${p.certs.length ? `<h2>${l.certs}</h2><div>${p.certs.map(esc).join(' · ')}</div>` : ''}</div></div>`, htmlLang(p));
};

/** two-column: an older float layout, a wide main column and a shaded sidebar floated right with skills and levels. */
const floatSidebarRight: HtmlTemplate = (p) => {
  const l = lab(p), d = pick(p, dates.monYear, dates.dotted);
  return page(`body{${SERIF}} .side{float:right;width:55mm;margin-left:6mm;background:#f4efe6;padding:8px;font-size:9pt} .main{overflow:hidden}
  h1{font-size:22pt;${SERIF}} .t{font-style:italic;margin-bottom:6px} h2{font-size:11.5pt;margin:10px 0 3px;border-bottom:1px dotted #886} .co{font-weight:bold;margin-top:6px} .dt{float:right;font-weight:normal;font-size:9pt}`,
  `<div class="side"><h2>${l.contact}</h2><div>${esc(p.phonePrinted)}</div><div>${esc(p.email)}</div><div>${esc(p.city)}</div>
  <h2>${l.skills}</h2>${p.skills.map((g) => `${g.label ? `<div><i>${esc(g.label)}</i></div>` : ''}${g.items.map((s) => `<div>• ${esc(s.name)}${s.level ? ` (${esc(s.level)})` : ''}</div>`).join('')}`).join('')}
  <h2>${l.languages}</h2>${p.spoken.map((s) => `<div>${esc(s)}</div>`).join('')}
  ${p.certs.length ? `<h2>${l.certs}</h2>${p.certs.map((c) => `<div>${esc(c)}</div>`).join('')}` : ''}</div>
  <div class="main"><h1>${esc(p.name)}</h1><div class="t">${esc(p.title)}</div><p>${esc(p.summary)}</p>
  <h2>${l.experience}</h2>${p.jobs.map((j) => `<div class="co">${esc(j.company)} <span class="dt">${d(j.start, j.end, p.labels === 'zh')}</span></div><div><i>${esc(j.title)}</i>, ${esc(j.city)}</div>${bullets(j)}`).join('')}
  <h2>${l.education}</h2>${p.education.map((e) => `<div class="co">${esc(e.school)} <span class="dt">${d(e.start, e.end, p.labels === 'zh')}</span></div><div>${esc(e.degree)}</div>`).join('')}</div>`, htmlLang(p));
};

/** two-column: a design-portfolio one-pager — projects up top in the wide column, a skills column with dot ratings. */
const portfolio: HtmlTemplate = (p) => {
  const l = lab(p), d = pick(p, dates.slashYearFirst, dates.slashYearFirst);
  const dots = (lv?: string) => (lv ? ` <span style="color:#c59">${{ advanced: '●●●●', intermediate: '●●●○', 精通: '●●●●', 熟练: '●●●○', 了解: '●●○○' }[lv] ?? ''}</span>` : '');
  const projects = p.extras ?? p.highlights;
  return page(`body{${FONT};font-size:9.5pt} .hd{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:3px solid #111;padding-bottom:4px} h1{font-size:24pt;font-weight:800;letter-spacing:-0.5px}
  .c{text-align:right;font-size:9pt} .w{display:flex;gap:7mm;margin-top:8px} .a{flex:2} .b{flex:1;border-left:1px solid #ccc;padding-left:5mm} h2{font-size:9pt;letter-spacing:3px;text-transform:uppercase;margin:8px 0 4px;color:#c59}
  .pj{border:1px solid #ddd;padding:5px 7px;margin-bottom:5px} .j{margin-bottom:5px}`,
  `<div class="hd"><div><h1>${esc(p.name)}</h1><div>${esc(p.title)}</div></div><div class="c">${esc(p.email)}<br>${esc(p.phonePrinted)}<br>${esc(p.city)}</div></div>
  <div class="w"><div class="a"><h2>${l.projects}</h2>${projects.map((x) => `<div class="pj">${esc(x)}</div>`).join('')}
  <h2>${l.experience}</h2>${p.jobs.map((j) => `<div class="j"><b>${esc(j.company)}</b> / ${esc(j.title)} <span style="color:#777">(${d(j.start, j.end, p.labels === 'zh')})</span><br>${esc(j.bullets.join(p.labels === 'zh' ? '；' : '; '))}</div>`).join('')}</div>
  <div class="b"><h2>${l.skills}</h2>${allSkills(p).map((s) => `<div>${esc(s.name)}${dots(s.level)}</div>`).join('')}
  <h2>${l.education}</h2>${p.education.map((e) => `<div>${esc(e.school)}<br>${esc(e.degree)}<br>${d(e.start, e.end, p.labels === 'zh')}</div>`).join('')}
  <h2>${l.languages}</h2>${p.spoken.map((s) => `<div>${esc(s)}</div>`).join('')}</div></div>`, htmlLang(p));
};

/** table: a German 'tabellarischer Lebenslauf' in English — personal data table, then period | details tables. */
const lebenslauf: HtmlTemplate = (p) => {
  const l = lab(p), d = dates.slashMonthFirst;
  return page(`body{${FONT}} h1{font-size:18pt;text-align:center;margin-bottom:8px;letter-spacing:3px;text-transform:uppercase} h2{font-size:11pt;margin:10px 0 3px;border-bottom:1px solid #444}
  table{border-collapse:collapse;width:100%} td{vertical-align:top;padding:3px 4px;border-bottom:0.5px solid #bbb} td.p{width:44mm;white-space:nowrap}`,
  `<h1>Curriculum Vitae</h1><h2>${l.personal}</h2><table><tr><td class="p">${l.name}</td><td>${esc(p.name)}</td></tr><tr><td class="p">Address</td><td>${esc(p.city)}</td></tr>
  <tr><td class="p">${l.phone}</td><td>${esc(p.phonePrinted)}</td></tr><tr><td class="p">${l.email}</td><td>${esc(p.email)}</td></tr></table>
  <h2>${l.experience}</h2><table>${p.jobs.map((j) => `<tr><td class="p">${d(j.start, j.end, false)}</td><td><b>${esc(j.title)}</b><br>${esc(j.company)}, ${esc(j.city)}${bullets(j)}</td></tr>`).join('')}</table>
  <h2>${l.education}</h2><table>${p.education.map((e) => `<tr><td class="p">${d(e.start, e.end, false)}</td><td>${esc(e.degree)}<br>${esc(e.school)}</td></tr>`).join('')}</table>
  <h2>Further Qualifications</h2><table>${p.certs.map((c) => `<tr><td class="p"></td><td>${esc(c)}</td></tr>`).join('')}</table>
  <h2>${l.skills}</h2><table>${p.skills.map((g) => `<tr><td class="p">${esc(g.label || 'Professional')}</td><td>${g.items.map((s) => esc(s.name)).join(', ')}</td></tr>`).join('')}
  <tr><td class="p">${l.languages}</td><td>${p.spoken.map(esc).join(', ')}</td></tr></table>
  <p style="margin-top:14px">${esc(p.city.split(',')[0]!)}, 1 December 2026</p>`, htmlLang(p));
};

/** table: a Chinese 简历 form — 自我评价 first, 基本信息 label/value grid with a photo cell, 时间/单位/职务 work table. */
const jianliPhoto: HtmlTemplate = (p) => {
  const l = L.zh, d = dates.dotted;
  return page(`body{${FONT};font-size:9.5pt} h1{text-align:center;font-size:20pt;letter-spacing:8px;margin-bottom:6px} table{border-collapse:collapse;width:100%;margin-bottom:8px}
  td,th{border:1px solid #333;padding:4px 5px;vertical-align:middle} th{background:#dde6f0;text-align:center} .lb{background:#f3f3f3;width:22mm;text-align:center} .sec{background:#4a6fa5;color:#fff;font-weight:bold;letter-spacing:2px}
  .ph{width:30mm;height:38mm;text-align:center;color:#999}`,
  `<h1>个人简历</h1><table><tr><td class="sec" colspan="5">${l.about}</td></tr><tr><td colspan="5">${esc(p.summary)}<br>${p.highlights.map((h) => `◆ ${esc(h)}`).join('<br>')}</td></tr></table>
  <table><tr><td class="sec" colspan="5">${l.personal}</td></tr>
  <tr><td class="lb">姓名</td><td>${esc(p.name)}</td><td class="lb">求职意向</td><td>${esc(p.title)}</td><td class="ph" rowspan="4">照片</td></tr>
  <tr><td class="lb">手机</td><td>${esc(p.phonePrinted)}</td><td class="lb">现居地</td><td>${esc(p.city)}</td></tr>
  <tr><td class="lb">邮箱</td><td colspan="3">${esc(p.email)}</td></tr>
  <tr><td class="lb">最高学历</td><td colspan="3">${esc(p.education[0]!.degree)}，${esc(p.education[0]!.school)}</td></tr></table>
  <table><tr><td class="sec" colspan="4">${l.work}</td></tr><tr><th style="width:36mm">${l.period}</th><th>${l.employer}</th><th style="width:34mm">${l.position}</th></tr>
  ${p.jobs.map((j) => `<tr><td>${d(j.start, j.end, true)}</td><td>${esc(j.company)}</td><td>${esc(j.title)}</td></tr><tr><td class="lb">${l.duties}</td><td colspan="2">${j.bullets.map(esc).join('；')}</td></tr>`).join('')}</table>
  <table><tr><td class="sec" colspan="3">${l.education}</td></tr><tr><th style="width:36mm">${l.period}</th><th>${l.school}</th><th>${l.degree}</th></tr>
  ${p.education.map((e) => `<tr><td>${d(e.start, e.end, true)}</td><td>${esc(e.school)}</td><td>${esc(e.degree)}</td></tr>`).join('')}</table>
  <table><tr><td class="sec" colspan="2">${l.skills}</td></tr>${p.skills.map((g) => `<tr><td class="lb">${esc(g.label || '技能')}</td><td>${g.items.map((s) => esc(s.name)).join('、')}</td></tr>`).join('')}
  <tr><td class="lb">${l.languages}</td><td>${p.spoken.map(esc).join('、')}</td></tr>${p.certs.length ? `<tr><td class="lb">${l.tickets}</td><td>${p.certs.map(esc).join('、')}</td></tr>` : ''}</table>`, 'zh-CN');
};

/** table: a trades CV — tickets & licences table first, then a work table with "Company — Title" in one cell, dates in another. */
const trades: HtmlTemplate = (p) => {
  const l = lab(p), zh = p.labels === 'zh', d = pick(p, dates.isoTilde, dates.isoTilde);
  return page(`body{${FONT}} .hd{border:2px solid #e0a100;padding:6px 10px;margin-bottom:8px} h1{font-size:18pt} h2{font-size:11pt;background:#222;color:#ffd24d;padding:2px 6px;margin:9px 0 4px}
  table{border-collapse:collapse;width:100%} td,th{border:1px solid #999;padding:3px 5px;vertical-align:top;text-align:left} th{background:#f5e6b8}`,
  `<div class="hd"><h1>${esc(p.name)}</h1><div>${esc(p.title)} | ${esc(p.phonePrinted)} | ${esc(p.email)} | ${esc(p.city)}</div></div>
  <h2>${l.tickets}</h2><table><tr><th>${zh ? '证书名称' : 'Licence / ticket'}</th><th style="width:30mm">${zh ? '状态' : 'Status'}</th></tr>${p.certs.length ? p.certs.map((c) => `<tr><td>${esc(c)}</td><td>${zh ? '有效' : 'Current'}</td></tr>`).join('') : `<tr><td>${zh ? '暂无' : 'None held'}</td><td>—</td></tr>`}</table>
  <h2>${l.skills}</h2><table><tr>${p.skills.map((g) => `<th>${esc(g.label || (zh ? '技能' : 'Skills'))}</th>`).join('')}</tr><tr>${p.skills.map((g) => `<td><ul>${g.items.map((s) => `<li>${esc(s.name)}</li>`).join('')}</ul></td>`).join('')}</tr></table>
  <h2>${l.work}</h2><table><tr><th>${zh ? '单位 — 职务' : 'Company — Role'}</th><th style="width:42mm">${l.period}</th></tr>
  ${p.jobs.map((j) => `<tr><td><b>${esc(j.company)} — ${esc(j.title)}</b>${bullets(j)}</td><td>${d(j.start, j.end, zh)}</td></tr>`).join('')}</table>
  <h2>${l.education}</h2><table>${p.education.map((e) => `<tr><td>${esc(e.school)} — ${esc(e.degree)}</td><td style="width:42mm">${d(e.start, e.end, zh)}</td></tr>`).join('')}</table>
  <h2>${l.languages}</h2><p>${p.spoken.map(esc).join(sep(p))}</p>`, htmlLang(p));
};

// ---------------------------------------------------------------- DOCX templates (Word; LibreOffice exports each to PDF)

type DocxTemplate = (p: Person) => Document;
const FONTS = { ascii: 'Calibri', hAnsi: 'Calibri', eastAsia: 'SimSun' };
const run = (text: string, o: { bold?: boolean; italics?: boolean; size?: number; color?: string } = {}) => new TextRun({ text, font: FONTS, size: o.size ?? 20, bold: o.bold, italics: o.italics, color: o.color });
const para = (children: TextRun[] | string, o: { spacingAfter?: number; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; bullet?: boolean; tabRight?: number; tabLeft?: number; indent?: number } = {}) =>
  new Paragraph({
    children: typeof children === 'string' ? [run(children)] : children,
    spacing: { after: o.spacingAfter ?? 40 },
    alignment: o.align,
    bullet: o.bullet ? { level: 0 } : undefined,
    tabStops: [...(o.tabRight ? [{ type: TabStopType.RIGHT, position: o.tabRight }] : []), ...(o.tabLeft ? [{ type: TabStopType.LEFT, position: o.tabLeft }] : [])],
    indent: o.indent ? { left: o.indent, hanging: o.indent } : undefined,
  });
const heading = (t: string, color = '1F3864') => new Paragraph({ children: [run(t, { bold: true, size: 23, color })], spacing: { before: 160, after: 60 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color, space: 1 } } });
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
const line = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
const gridBorders = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };
const cell = (children: Paragraph[], width: number, o: { shade?: string; span?: number } = {}) =>
  new TableCell({ children, width: { size: width, type: WidthType.DXA }, columnSpan: o.span, shading: o.shade ? { type: ShadingType.CLEAR, color: 'auto', fill: o.shade } : undefined, margins: { top: 60, bottom: 60, left: 100, right: 100 }, verticalAlign: VerticalAlign.TOP });
const doc = (children: (Paragraph | Table)[]) => new Document({ styles: { default: { document: { run: { font: FONTS, size: 20 } } } }, sections: [{ properties: { page: { margin: { top: 850, bottom: 850, left: 900, right: 900 } } }, children }] });
const W = 10100; // text width in twips (A4 less margins)

/** single: dates in a left margin column set with a tab stop, compact; everything else runs after the tab. */
const leftDates: DocxTemplate = (p) => {
  const l = lab(p), zh = p.labels === 'zh', d = pick(p, dates.slashMonthFirst, dates.hanzi), tab = zh ? 3000 : 2300;
  const row = (left: string, right: TextRun[]) => para([run(left, { size: 18, color: '555555' }), new TextRun({ text: '\t' }), ...right], { tabLeft: tab, indent: tab });
  return doc([
    para([run(p.name, { bold: true, size: 34 })], { spacingAfter: 0 }),
    para([run(`${p.title}  |  ${p.phonePrinted}  |  ${p.email}  |  ${p.city}`, { size: 18 })], { spacingAfter: 120 }),
    para(p.summary),
    heading(l.experience),
    ...p.jobs.flatMap((j) => [row(d(j.start, j.end, zh), [run(j.title, { bold: true }), run(zh ? `，${j.company}，${j.city}` : `, ${j.company}, ${j.city}`)]), ...j.bullets.map((b) => row('', [run(`– ${b}`)]))]),
    heading(l.education),
    ...p.education.map((e) => row(d(e.start, e.end, zh), [run(e.degree, { bold: true }), run(zh ? `，${e.school}` : `, ${e.school}`)])),
    heading(l.skills),
    ...p.skills.map((g) => row(g.label || (zh ? '技能' : 'Core'), [run(g.items.map((s) => s.name + (s.level ? ` (${s.level})` : '')).join(sep(p)))])),
    heading(zh ? '其他' : 'Other'),
    ...(p.certs.length ? [row(l.certs, [run(p.certs.join(zh ? '；' : '; '))])] : []),
    row(l.languages, [run(p.spoken.join(sep(p)))]),
  ]);
};

/** single: an academic–industry hybrid CV — education first, then positions, publications/patents, skills. */
const academic: DocxTemplate = (p) => {
  const l = lab(p), zh = p.labels === 'zh', d = pick(p, dates.monYear, dates.dotted);
  const dated = (left: TextRun[], when: string) => para([...left, new TextRun({ text: '\t' }), run(when, { italics: true })], { tabRight: W });
  return doc([
    para([run(p.name, { bold: true, size: 30 })], { align: AlignmentType.CENTER, spacingAfter: 0 }),
    para([run(`${p.email}  ·  ${p.phonePrinted}  ·  ${p.city}`, { size: 18 })], { align: AlignmentType.CENTER, spacingAfter: 160 }),
    heading(l.education, '000000'),
    ...p.education.flatMap((e) => [dated([run(e.school, { bold: true })], d(e.start, e.end, zh)), para(e.degree)]),
    heading(zh ? '工作与研究经历' : 'Research and Industry Experience', '000000'),
    ...p.jobs.flatMap((j) => [dated([run(j.title, { bold: true }), run(zh ? `　${j.company}（${j.city}）` : `, ${j.company} (${j.city})`)], d(j.start, j.end, zh)), ...j.bullets.map((b) => para(b, { bullet: true }))]),
    heading(p.extras ? l.pubs : l.achievements, '000000'),
    ...(p.extras ?? p.highlights).map((x, i) => para(`[${i + 1}] ${x}`)),
    heading(zh ? '技能与方法' : 'Skills and Methods', '000000'),
    ...p.skills.map((g) => para([...(g.label ? [run(`${g.label}${zh ? '：' : ': '}`, { bold: true })] : []), run(g.items.map((s) => s.name).join(zh ? '；' : '; '))])),
    heading(l.languages, '000000'),
    para(p.spoken.join(zh ? '；' : '; ')),
    ...(p.certs.length ? [heading(l.certs, '000000'), ...p.certs.map((c) => para(c, { bullet: true }))] : []),
  ]);
};

/** two-column: one borderless two-cell table, shaded sidebar on the left (contact, skills bullets, languages). */
const twoCellLeft: DocxTemplate = (p) => {
  const l = lab(p), zh = p.labels === 'zh', d = pick(p, dates.monYear, dates.hanzi);
  const side = [
    para([run(l.contact.toUpperCase(), { bold: true, color: '2E75B6' })]), para([run(p.phonePrinted, { size: 18 })]), para([run(p.email, { size: 18 })]), para([run(p.city, { size: 18 })], { spacingAfter: 160 }),
    para([run(l.skills.toUpperCase(), { bold: true, color: '2E75B6' })]),
    ...p.skills.flatMap((g) => [...(g.label ? [para([run(g.label, { italics: true, size: 18 })])] : []), ...g.items.map((s) => para(s.name, { bullet: true, spacingAfter: 0 }))]),
    para([run(l.languages.toUpperCase(), { bold: true, color: '2E75B6' })], { spacingAfter: 40 }),
    ...p.spoken.map((s) => para(s, { spacingAfter: 0 })),
  ];
  const main = [
    para([run(p.name, { bold: true, size: 36 })], { spacingAfter: 0 }), para([run(p.title, { color: '2E75B6', size: 22 })], { spacingAfter: 120 }), para(p.summary),
    heading(l.experience, '2E75B6'),
    ...p.jobs.flatMap((j) => [para([run(j.title, { bold: true })], { spacingAfter: 0 }), para([run(`${j.company} | ${j.city} | ${d(j.start, j.end, zh)}`, { size: 18, color: '595959' })]), ...j.bullets.map((b) => para(b, { bullet: true, spacingAfter: 0 }))]),
    heading(l.education, '2E75B6'),
    ...p.education.flatMap((e) => [para([run(e.degree, { bold: true })], { spacingAfter: 0 }), para([run(`${e.school} | ${d(e.start, e.end, zh)}`, { size: 18, color: '595959' })])]),
    ...(p.certs.length ? [heading(l.certs, '2E75B6'), ...p.certs.map((c) => para(c, { bullet: true, spacingAfter: 0 }))] : []),
  ];
  return doc([new Table({ width: { size: W, type: WidthType.DXA }, columnWidths: [3400, 6700], borders: noBorders, rows: [new TableRow({ children: [cell(side, 3400, { shade: 'DEEAF6' }), cell(main, 6700)] })] })]);
};

/** two-column: two-cell table with the narrow column on the right (skills with levels, certificates, languages). */
const twoCellRight: DocxTemplate = (p) => {
  const l = lab(p), zh = p.labels === 'zh', d = pick(p, dates.longWords, dates.dotted);
  const main = [
    heading(l.profile, '385623'), para(p.summary),
    heading(l.experience, '385623'),
    ...p.jobs.flatMap((j) => [para([run(d(j.start, j.end, zh), { size: 18, color: '7F7F7F' })], { spacingAfter: 0 }), para([run(j.company, { bold: true }), run(zh ? `　·　${j.title}` : ` · ${j.title}`)]), ...j.bullets.map((b) => para(b, { bullet: true, spacingAfter: 0 }))]),
    heading(l.education, '385623'),
    ...p.education.map((e) => para([run(`${e.school}`, { bold: true }), run(zh ? `　${e.degree}　${d(e.start, e.end, zh)}` : `, ${e.degree}, ${d(e.start, e.end, zh)}`)])),
  ];
  const side = [
    heading(l.skills, '385623'),
    ...p.skills.flatMap((g) => [...(g.label ? [para([run(g.label, { bold: true, size: 18 })], { spacingAfter: 0 })] : []), ...g.items.map((s) => para(s.name + (s.level ? ` – ${s.level}` : ''), { spacingAfter: 0 }))]),
    ...(p.certs.length ? [heading(l.certs, '385623'), ...p.certs.map((c) => para(c, { spacingAfter: 20 }))] : []),
    heading(l.languages, '385623'), ...p.spoken.map((s) => para(s, { spacingAfter: 0 })),
  ];
  return doc([
    para([run(p.name, { bold: true, size: 40, color: '385623' })], { spacingAfter: 0 }),
    para([run(`${p.title}　|　${p.phonePrinted}　|　${p.email}　|　${p.city}`, { size: 18 })], { spacingAfter: 120 }),
    new Table({ width: { size: W, type: WidthType.DXA }, columnWidths: [6900, 3200], borders: noBorders, rows: [new TableRow({ children: [cell(main, 6900), cell(side, 3200, { shade: 'EEF4EA' })] })] }),
  ]);
};

/** table: every job its own 2×2 bordered table — period | employer over position | duties (bullets in the cell). */
const jobTables: DocxTemplate = (p) => {
  const l = lab(p), zh = p.labels === 'zh', d = pick(p, dates.slashYearFirst, dates.hanzi);
  const [a, b] = zh ? [3000, 7100] : [2600, 7500];
  const t = (rows: TableRow[]) => new Table({ width: { size: W, type: WidthType.DXA }, columnWidths: [a, b], borders: gridBorders, rows });
  const gap = () => para('', { spacingAfter: 60 });
  return doc([
    para([run(p.name, { bold: true, size: 32 })], { spacingAfter: 0 }),
    para([run(`${p.phonePrinted}　${p.email}　${p.city}`, { size: 18 })], { spacingAfter: 60 }),
    para(p.summary),
    heading(l.experience, '000000'),
    ...p.jobs.flatMap((j) => [t([
      new TableRow({ children: [cell([para([run(d(j.start, j.end, zh), { bold: true })])], a, { shade: 'F2F2F2' }), cell([para([run(j.company, { bold: true })])], b, { shade: 'F2F2F2' })] }),
      new TableRow({ children: [cell([para(j.title)], a), cell(j.bullets.map((b) => para(b, { bullet: true, spacingAfter: 0 })), b)] }),
    ]), gap()]),
    heading(l.education, '000000'),
    t(p.education.map((e) => new TableRow({ children: [cell([para(d(e.start, e.end, zh))], a), cell([para(`${e.school}${zh ? '　' : ', '}${e.degree}`)], b)] }))),
    heading(l.skills, '000000'),
    t(p.skills.map((g) => new TableRow({ children: [cell([para([run(g.label || (zh ? '技能' : 'Skills'), { bold: true })])], a), cell([para(g.items.map((s) => s.name).join(sep(p)))], b)] }))),
    heading(zh ? '语言与证书' : 'Languages and Certificates', '000000'),
    para(p.spoken.join(sep(p))), ...p.certs.map((c) => para(c, { bullet: true, spacingAfter: 0 })),
  ]);
};

/** table: a work-history grid with role | employer | period columns, header as a label–value table. */
const roleFirst: DocxTemplate = (p) => {
  const l = lab(p), zh = p.labels === 'zh', d = pick(p, dates.slashMonthFirst, dates.dotted);
  const widths = [3000, 4300, 2800];
  const th = (t: string, w: number) => cell([para([run(t, { bold: true, color: 'FFFFFF' })])], w, { shade: '44546A' });
  return doc([
    new Table({ width: { size: W, type: WidthType.DXA }, columnWidths: [2000, 3050, 2000, 3050], borders: gridBorders, rows: [
      new TableRow({ children: [cell([para([run(p.name, { bold: true, size: 30 })])], W, { span: 4 })] }),
      new TableRow({ children: [cell([para([run(l.phone, { bold: true })])], 2000, { shade: 'D6DCE4' }), cell([para(p.phonePrinted)], 3050), cell([para([run(l.email, { bold: true })])], 2000, { shade: 'D6DCE4' }), cell([para(p.email)], 3050)] }),
      new TableRow({ children: [cell([para([run(l.location, { bold: true })])], 2000, { shade: 'D6DCE4' }), cell([para(p.city)], 3050), cell([para([run(zh ? '目标职位' : 'Target role', { bold: true })])], 2000, { shade: 'D6DCE4' }), cell([para(p.title)], 3050)] }),
    ] }),
    heading(l.profile, '44546A'), para(p.summary),
    heading(l.work, '44546A'),
    new Table({ width: { size: W, type: WidthType.DXA }, columnWidths: widths, borders: gridBorders, rows: [
      new TableRow({ tableHeader: true, children: [th(l.position, widths[0]!), th(l.employer, widths[1]!), th(l.period, widths[2]!)] }),
      ...p.jobs.map((j) => new TableRow({ children: [cell([para([run(j.title, { bold: true })]), ...j.bullets.map((b) => para([run(b, { size: 18 })], { bullet: true, spacingAfter: 0 }))], widths[0]! + 0), cell([para(j.company), para([run(j.city, { size: 18, color: '7F7F7F' })])], widths[1]!), cell([para(d(j.start, j.end, zh))], widths[2]!)] })),
    ] }),
    heading(l.education, '44546A'),
    ...p.education.map((e) => para(`${e.degree}${zh ? '，' : ' — '}${e.school} (${d(e.start, e.end, zh)})`)),
    heading(l.skills, '44546A'),
    ...allSkills(p).map((s) => para(s.name, { bullet: true, spacingAfter: 0 })),
    heading(l.languages, '44546A'), para(p.spoken.join(sep(p))),
    ...(p.certs.length ? [heading(l.certs, '44546A'), para(p.certs.join(zh ? '；' : '; '))] : []),
  ]);
};

/** table: a UK/Irish graduate-style CV — boxed 'Key achievements', dates | employer & role table, skills in a 3-column grid. */
const ukGraduate: DocxTemplate = (p) => {
  const l = lab(p), d = dates.monYear;
  const items = allSkills(p);
  const rows: TableRow[] = [];
  for (let i = 0; i < items.length; i += 3) rows.push(new TableRow({ children: [0, 1, 2].map((k) => cell([para(items[i + k]?.name ?? '')], 3366)) }));
  return doc([
    para([run(p.name, { bold: true, size: 36 })], { align: AlignmentType.CENTER, spacingAfter: 0 }),
    para([run(`${p.city} | ${p.phonePrinted} | ${p.email}`, { size: 19 })], { align: AlignmentType.CENTER, spacingAfter: 120 }),
    heading('Personal Statement'), para(p.summary),
    new Table({ width: { size: W, type: WidthType.DXA }, columnWidths: [W], borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: none, insideVertical: none }, rows: [new TableRow({ children: [cell([para([run(l.achievements, { bold: true })]), ...p.highlights.map((h) => para(h, { bullet: true, spacingAfter: 0 }))], W, { shade: 'FFF2CC' })] })] }),
    heading('Employment History'),
    new Table({ width: { size: W, type: WidthType.DXA }, columnWidths: [2500, 7600], borders: noBorders, rows: p.jobs.map((j) => new TableRow({ children: [cell([para([run(d(j.start, j.end, false), { bold: true })])], 2500), cell([para([run(j.company, { bold: true }), run(`, ${j.city}`)], { spacingAfter: 0 }), para([run(j.title, { italics: true })]), ...j.bullets.map((b) => para(b, { bullet: true, spacingAfter: 0 }))], 7600)] })) }),
    heading('Education & Training'),
    ...p.education.map((e) => para([run(`${d(e.start, e.end, false)}  `, { bold: true }), run(`${e.degree}, ${e.school}`)])),
    ...p.certs.map((c) => para(c, { bullet: true, spacingAfter: 0 })),
    heading(l.skills),
    new Table({ width: { size: W, type: WidthType.DXA }, columnWidths: [3366, 3367, 3367], borders: gridBorders, rows }),
    heading(l.languages), para(p.spoken.join(', ')),
    para([run('References available on request.', { italics: true, size: 18 })], { spacingAfter: 0 }),
  ]);
};

// ---------------------------------------------------------------- plain text

type TxtTemplate = (p: Person) => string;

/** single: a plain-text CV as pasted into a job-board form — underlined headings, hyphen bullets. */
const plainText: TxtTemplate = (p) => {
  const l = lab(p), zh = p.labels === 'zh', d = pick(p, dates.monYear, dates.dotted);
  const h = (t: string) => `\n${t}\n${'='.repeat(zh ? t.length * 2 : t.length)}\n`;
  return [
    p.name, p.title, `${p.phonePrinted} / ${p.email}`, p.city,
    h(l.profile), p.summary,
    h(l.experience), p.jobs.map((j) => `${j.title}${zh ? '，' : ', '}${j.company} (${j.city})\n${d(j.start, j.end, zh)}\n${j.bullets.map((b) => `- ${b}`).join('\n')}`).join('\n\n'),
    h(l.education), p.education.map((e) => `${e.school}, ${e.degree}, ${d(e.start, e.end, zh)}`).join('\n'),
    h(l.skills), p.skills.map((g) => `${g.label ? `${g.label}${zh ? '：' : ': '}` : ''}${g.items.map((s) => s.name).join(sep(p))}`).join('\n'),
    ...(p.certs.length ? [h(l.certs), p.certs.map((c) => `- ${c}`).join('\n')] : []),
    h(l.languages), p.spoken.join(sep(p)), '',
  ].join('\n');
};

/** single: a compact text CV — right-padded dates column, skills as '*' bullets, sections in capitals or 【】. */
const compactText: TxtTemplate = (p) => {
  const l = lab(p), zh = p.labels === 'zh', d = pick(p, dates.slashYearFirst, dates.isoTilde);
  const h = (t: string) => (zh ? `\n【${t}】` : `\n${t.toUpperCase()}`);
  const pad = (s: string) => s.padEnd(zh ? 26 : 22, ' ');
  return [
    `${p.name}${p.nameAlt ? ` (${p.nameAlt})` : ''}`, `${p.email} | ${p.phonePrinted} | ${p.city}`,
    h(l.summary), ...p.highlights.map((x) => `  * ${x}`),
    h(l.experience), ...p.jobs.flatMap((j) => [`${pad(d(j.start, j.end, zh))}${j.company} | ${j.title}`, ...j.bullets.map((b) => `${pad('')}${b}`)]),
    h(l.education), ...p.education.map((e) => `${pad(d(e.start, e.end, zh))}${e.school} | ${e.degree}`),
    h(l.skills), ...allSkills(p).map((s) => `  * ${s.name}${s.level ? ` [${s.level}]` : ''}`),
    h(l.languages), `  ${p.spoken.join(' / ')}`,
    ...(p.certs.length ? [h(l.certs), ...p.certs.map((c) => `  * ${c}`)] : []), '',
  ].join('\n');
};

// ---------------------------------------------------------------- the plan: which person in which template

type Layout = 'single' | 'two-column' | 'table';
interface Plan { template: string; layout: Layout; kind: 'html' | 'docx' | 'txt'; make: HtmlTemplate | DocxTemplate | TxtTemplate; persons: string[] }
const plan: Plan[] = [
  { template: 'us-chrono', layout: 'single', kind: 'html', make: usChrono, persons: ['p01', 'p04', 'p12'] },
  { template: 'job51', layout: 'single', kind: 'html', make: job51, persons: ['p06', 'p09', 'p11'] },
  { template: 'left-dates', layout: 'single', kind: 'docx', make: leftDates, persons: ['p03', 'p10'] },
  { template: 'academic', layout: 'single', kind: 'docx', make: academic, persons: ['p09', 'p14'] },
  { template: 'plain', layout: 'single', kind: 'txt', make: plainText, persons: ['p02', 'p05', 'p07', 'p13', 'p14'] },
  { template: 'compact-text', layout: 'single', kind: 'txt', make: compactText, persons: ['p08', 'p12'] },
  { template: 'grid-header-span', layout: 'two-column', kind: 'html', make: gridHeaderSpan, persons: ['p02', 'p08', 'p13'] },
  { template: 'timeline-right', layout: 'two-column', kind: 'html', make: timelineRight, persons: ['p03', 'p10', 'p14'] },
  { template: 'float-sidebar-right', layout: 'two-column', kind: 'html', make: floatSidebarRight, persons: ['p05', 'p06'] },
  { template: 'portfolio', layout: 'two-column', kind: 'html', make: portfolio, persons: ['p05', 'p09', 'p13'] },
  { template: 'two-cell-left', layout: 'two-column', kind: 'docx', make: twoCellLeft, persons: ['p04', 'p11'] },
  { template: 'two-cell-right', layout: 'two-column', kind: 'docx', make: twoCellRight, persons: ['p07', 'p12'] },
  { template: 'lebenslauf', layout: 'table', kind: 'html', make: lebenslauf, persons: ['p01', 'p05', 'p14'] },
  { template: 'jianli-photo', layout: 'table', kind: 'html', make: jianliPhoto, persons: ['p07', 'p10', 'p11'] },
  { template: 'trades', layout: 'table', kind: 'html', make: trades, persons: ['p03', 'p13', 'p09'] },
  { template: 'job-tables', layout: 'table', kind: 'docx', make: jobTables, persons: ['p02', 'p08'] },
  { template: 'role-first', layout: 'table', kind: 'docx', make: roleFirst, persons: ['p06', 'p12'] },
  { template: 'uk-graduate', layout: 'table', kind: 'docx', make: ukGraduate, persons: ['p04'] },
];

async function main(): Promise<void> {
  if (existsSync(path.join(dir, 'manifest.json')) && !process.argv.includes('--force')) {
    console.error('heldout-7 is frozen (manifest.json exists): regenerating would change a held-out set. Pass --force only if you mean to retire it.');
    process.exit(1);
  }
  rmSync(docsDir, { recursive: true, force: true });
  mkdirSync(docsDir, { recursive: true });
  const byId = new Map(people.map((p) => [p.id, p]));
  const documents: { file: string; person: string; template: string; layout: Layout; producer: 'chromium' | 'libreoffice' | 'docx' | 'txt'; language: string }[] = [];
  const html: [string, string][] = [];
  for (const t of plan) {
    for (const id of t.persons) {
      const p = byId.get(id)!;
      const base = `${id}-${t.layout === 'two-column' ? 'twocol' : t.layout}-${t.template}`;
      const entry = { person: id, template: t.template, layout: t.layout, language: p.language };
      if (t.kind === 'html') {
        html.push([`${base}.pdf`, (t.make as HtmlTemplate)(p)]);
        documents.push({ file: `${base}.pdf`, producer: 'chromium', ...entry });
      } else if (t.kind === 'txt') {
        writeFileSync(path.join(docsDir, `${base}.txt`), (t.make as TxtTemplate)(p), 'utf8');
        documents.push({ file: `${base}.txt`, producer: 'txt', ...entry });
      } else {
        writeFileSync(path.join(docsDir, `${base}.docx`), await Packer.toBuffer((t.make as DocxTemplate)(p)));
        documents.push({ file: `${base}.docx`, producer: 'docx', ...entry }, { file: `${base}.pdf`, producer: 'libreoffice', ...entry });
      }
    }
  }
  await printHtml(docsDir, html);
  exportDocxToPdf(docsDir);
  documents.sort((a, b) => a.file.localeCompare(b.file));
  const missing = documents.filter((d) => !readdirSync(docsDir).includes(d.file));
  if (missing.length) throw new Error(`not produced: ${missing.map((d) => d.file).join(', ')}`);

  const truth = {
    referenceDate: REFERENCE,
    people: people.map((p) => {
      const work = p.jobs.map((j) => ({ company: j.company, start: j.start, end: j.end }));
      return {
        id: p.id, language: p.language, name: p.name, email: p.email, phone: p.phone,
        skills: allSkills(p).map((s) => [s.name, ...(s.alt ?? [])].join(' | ')),
        work, yearsOfExperience: yearsWorked(work, REFERENCE),
      };
    }),
    documents,
  };
  writeFileSync(path.join(dir, 'truth.json'), `${JSON.stringify(truth, null, 2)}\n`);
  writeFileSync(path.join(dir, 'manifest.json'), `${JSON.stringify(manifestOf(docsDir, documents.map((d) => d.file)), null, 2)}\n`);
  console.log(`${documents.length} documents written to ${path.relative(process.cwd(), docsDir)}`);
}

await main();
