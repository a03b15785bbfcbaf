/**
 * heldout-8 generator: templates, the person × template plan, writes documents/, truth.json and manifest.json.
 * Written blind to the analyser (2026-12-02). Refuses to run once manifest.json exists unless --force.
 *
 *   cd packages/cv && npx tsx eval/heldout-8/generate.ts [--force]
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType, BorderStyle, Document, Packer, Paragraph, ShadingType, Table, TableCell, TableRow, TabStopType,
  TextRun, VerticalMergeType, WidthType,
} from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people, type Job, type Person, type Skill } from './people.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docsDir = path.join(here, 'documents');
const REF = '2026-11';

// ---------------------------------------------------------------- dates
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
type DS = 'Mon YYYY' | 'Month YYYY' | 'MM/YYYY' | 'YYYY.MM' | 'YYYY年M月' | 'YYYY-MM' | "Mon 'YY" | 'YYYY/MM' | '01/MM/YYYY';
function fmt(ym: string, ds: DS): string {
  const y = ym.slice(0, 4), m = Number(ym.slice(5, 7)), mm = ym.slice(5, 7);
  switch (ds) {
    case 'Mon YYYY': return `${MON[m - 1]} ${y}`;
    case 'Month YYYY': return `${MONTH[m - 1]} ${y}`;
    case 'MM/YYYY': return `${mm}/${y}`;
    case 'YYYY.MM': return `${y}.${mm}`;
    case 'YYYY年M月': return `${y}年${m}月`;
    case 'YYYY-MM': return `${y}-${mm}`;
    case "Mon 'YY": return `${MON[m - 1]} '${y.slice(2)}`;
    case 'YYYY/MM': return `${y}/${mm}`;
    case '01/MM/YYYY': return `01/${mm}/${y}`;
  }
}
function range(j: { start: string; end: string | null }, ds: DS, sep = ' – ', present = 'Present'): string {
  return `${fmt(j.start, ds)}${sep}${j.end ? fmt(j.end, ds) : present}`;
}
const mIdx = (s: string) => Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7)) - 1;
function months(j: { start: string; end: string | null }): number { return mIdx(j.end ?? REF) - mIdx(j.start) + 1; }
function durEn(n: number): string {
  const y = Math.floor(n / 12), m = n % 12;
  return [y ? `${y} year${y > 1 ? 's' : ''}` : '', m ? `${m} month${m > 1 ? 's' : ''}` : ''].filter(Boolean).join(' ');
}
function durZh(n: number): string { const y = Math.floor(n / 12), m = n % 12; return `${y ? `${y}年` : ''}${m ? `${m}个月` : ''}`; }
const age = (p: Person) => 2026 - Number(p.born!.slice(0, 4));
const expYears = (p: Person) => Math.floor(yearsWorked(p.jobs, REF));

// ---------------------------------------------------------------- helpers
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const skillText = (s: Skill, zh = false) => (s.level ? `${s.name} ${zh ? '（' : '('}${s.level}${zh ? '）' : ')'}` : s.name);
const zhName = (p: Person) => (p.nameAlt ? `${p.name} ${p.nameAlt}` : p.name);
const enName = (p: Person) => (p.nameAlt ? `${p.name} (${p.nameAlt})` : p.name);
function groups(p: Person): [string, Skill[]][] {
  const g = new Map<string, Skill[]>();
  for (const s of p.skills) { const k = s.group ?? ''; g.set(k, [...(g.get(k) ?? []), s]); }
  return [...g];
}
/** roles grouped by employer run (for LinkedIn-like layouts) */
function byEmployer(jobs: Job[]): Job[][] {
  const out: Job[][] = [];
  for (const j of jobs) { const last = out.at(-1); if (last && last[0].company === j.company) last.push(j); else out.push([j]); }
  return out;
}
const FONT_EN = `'Liberation Sans', Arial, Helvetica, sans-serif`;
const FONT_SERIF = `'Liberation Serif', 'Times New Roman', Georgia, serif`;
const FONT_ZH = `'WenQuanYi Zen Hei', 'Microsoft YaHei', 'Droid Sans Fallback', sans-serif`;
const page = (css: string, body: string, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>*{box-sizing:border-box}body{margin:0}${css}</style></head><body>${body}</body></html>`;

// ================================================================ SINGLE-COLUMN HTML
/** UK reverse-chronological CV: caps headings ruled underneath, title + employer on one line, dates flush right. */
function ukCaps(p: Person): string {
  const zh = p.cvLang === 'zh';
  const jobs = p.jobs.map((j) => `<div class="job"><div class="row"><span><b>${esc(j.title)}</b>, ${esc(j.company)}, ${esc(j.town)}</span><span class="d">${range(j, 'Mon YYYY')}</span></div>
    <ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`).join('');
  const edu = p.education.map((e) => `<div class="row"><span><b>${esc(e.degree)}</b>, ${esc(e.school)}</span><span class="d">${fmt(e.start, 'Mon YYYY')} – ${fmt(e.end, 'Mon YYYY')}</span></div>`).join('');
  return page(`body{font-family:${FONT_EN};font-size:10.5pt;color:#111}h1{font-size:22pt;margin:0;letter-spacing:1px}
    .c{color:#333;margin:4px 0 10px}h2{font-size:11pt;letter-spacing:2px;border-bottom:1.5px solid #000;padding-bottom:2px;margin:14px 0 6px}
    .row{display:flex;justify-content:space-between;gap:12px}.d{white-space:nowrap;font-style:italic}ul{margin:3px 0 8px 0;padding-left:18px}li{margin:1px 0}
    .sk{columns:2;margin:0;padding-left:18px}`,
  `<h1>${esc(enName(p))}</h1><div class="c">${esc(p.town)} &nbsp;|&nbsp; Mobile: ${esc(p.phoneShown)} &nbsp;|&nbsp; ${esc(p.email)}</div>
  <h2>PERSONAL PROFILE</h2><p>${esc(p.summary)}</p>
  <h2>EMPLOYMENT HISTORY</h2>${jobs}
  <h2>EDUCATION &amp; TRAINING</h2>${edu}
  <h2>KEY SKILLS</h2><ul class="sk">${p.skills.map((s) => `<li>${esc(skillText(s, zh))}</li>`).join('')}</ul>
  ${p.certs.length ? `<h2>QUALIFICATIONS</h2><ul>${p.certs.map((c) => `<li>${esc(c)}</li>`).join('')}</ul>` : ''}
  <h2>REFERENCES</h2><p>Available on request.</p>`);
}

/** German Lebenslauf / Chinese 简历 convention: a fixed-width date gutter on the left of every entry. */
function datesLeft(p: Person): string {
  const zh = p.cvLang === 'zh';
  const L = zh ? { exp: '工作经历', edu: '教育背景', sk: '专业技能', lang: '语言', cert: '证书', prof: '个人简介' } : { exp: 'Professional Experience', edu: 'Education', sk: 'Skills', lang: 'Languages', cert: 'Certifications', prof: 'Profile' };
  const ds: DS = zh ? 'YYYY.MM' : 'MM/YYYY';
  const pres = zh ? '至今' : 'present';
  const row = (left: string, right: string) => `<div class="r"><div class="l">${left}</div><div class="m">${right}</div></div>`;
  const jobs = p.jobs.map((j) => row(range(j, ds, ' – ', pres), `<b>${esc(j.company)}</b>${zh ? '' : `, ${esc(j.town)}`}<br><i>${esc(j.title)}</i><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul>`)).join('');
  const edu = p.education.map((e) => row(`${fmt(e.start, ds)} – ${fmt(e.end, ds)}`, `<b>${esc(e.school)}</b><br>${esc(e.degree)}`)).join('');
  const sk = groups(p).map(([g, s]) => row(g ? esc(g) : '', s.map((x) => esc(skillText(x, zh))).join(zh ? '、' : ', '))).join('');
  return page(`body{font-family:${zh ? FONT_ZH : FONT_EN};font-size:10.5pt;color:#222}h1{font-size:20pt;margin:0 0 2px;color:#1d3b5c}
    .c{margin-bottom:8px;color:#444}h2{font-size:12pt;color:#1d3b5c;border-bottom:1px solid #1d3b5c;margin:14px 0 6px;padding-bottom:2px}
    .r{display:flex;margin:0 0 6px}.l{width:36mm;flex:none;color:#555}.m{flex:1}ul{margin:2px 0;padding-left:16px}`,
  `<h1>${esc(zh ? zhName(p) : enName(p))}</h1><div class="c">${esc(p.headline)}<br>${zh ? '电话' : 'Tel.'}: ${esc(p.phoneShown)} · ${zh ? '邮箱' : 'E-mail'}: ${esc(p.email)} · ${esc(p.town)}</div>
  <h2>${L.prof}</h2><p>${esc(p.summary)}</p><h2>${L.exp}</h2>${jobs}<h2>${L.edu}</h2>${edu}<h2>${L.sk}</h2>${sk}
  ${p.certs.length ? `<h2>${L.cert}</h2>${row('', p.certs.map(esc).join('<br>'))}` : ''}<h2>${L.lang}</h2>${row('', p.languages.map(esc).join(', '))}`, zh ? 'zh' : 'en');
}

/** Europass CV (2020 online editor): dates in square brackets on their own line above the role. */
function europass2020(p: Person): string {
  const ds: DS = '01/MM/YYYY';
  const jobs = p.jobs.map((j) => `<div class="e"><div class="d">[ ${range(j, ds, ' – ', 'Current')} ]</div><div class="t">${esc(j.title)}</div>
    <div class="o">${esc(j.company)}</div><div class="city">City: ${esc(j.town)}</div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`).join('');
  const edu = p.education.map((e) => `<div class="e"><div class="d">[ ${fmt(e.start, ds)} – ${fmt(e.end, ds)} ]</div><div class="t">${esc(e.degree)}</div><div class="o">${esc(e.school)}</div><div class="city">City: ${esc(e.town)}</div></div>`).join('');
  return page(`body{font-family:${FONT_EN};font-size:10pt;color:#222}.top{border-bottom:3px solid #0b4f9c;padding-bottom:6px;margin-bottom:6px}
    h1{font-size:20pt;margin:0;color:#0b4f9c}.top div{margin-top:3px}h2{font-size:11pt;color:#0b4f9c;text-transform:uppercase;margin:14px 0 6px;border-bottom:1px solid #aac}
    h2:before{content:'●';margin-right:6px}.d{color:#666;font-size:9pt}.t{font-weight:bold;text-transform:uppercase}.o{font-weight:bold;color:#333}.city{color:#555;font-size:9pt}
    .e{margin-bottom:8px}ul{margin:3px 0;padding-left:16px}.sk{line-height:1.6}`,
  `<div class="top"><h1>${esc(enName(p))}</h1><div><b>Email address:</b> ${esc(p.email)} &nbsp; <b>Phone number:</b> ${esc(p.phoneShown)} &nbsp; <b>Home:</b> ${esc(p.town)}</div></div>
  <h2>About me</h2><p>${esc(p.summary)}</p><h2>Work experience</h2>${jobs}<h2>Education and training</h2>${edu}
  <h2>Language skills</h2><p>${p.languages.map(esc).join(' &nbsp;|&nbsp; ')}</p>
  <h2>Skills</h2><p class="sk">${p.skills.map((s) => esc(skillText(s))).join(' &nbsp;|&nbsp; ')}</p>
  ${p.certs.length ? `<h2>Licences and certificates</h2><ul>${p.certs.map((c) => `<li>${esc(c)}</li>`).join('')}</ul>` : ''}`);
}

/** Academic / faculty CV: numbered sections, hanging-indent entries with the dates leading the title line. */
function academic(p: Person): string {
  const e = (d: string, t: string) => `<div class="h"><span class="dd">${d}</span><span>${t}</span></div>`;
  const jobs = p.jobs.map((j) => e(range(j, 'Mon YYYY', '–', 'present'), `<b>${esc(j.title)}</b>, ${esc(j.company)}, ${esc(j.town)}. ${j.bullets.map(esc).join('. ')}.`)).join('');
  const edu = p.education.map((x) => e(`${fmt(x.start, 'Mon YYYY')}–${fmt(x.end, 'Mon YYYY')}`, `<b>${esc(x.degree)}</b>, ${esc(x.school)}, ${esc(x.town)}`)).join('');
  return page(`body{font-family:${FONT_SERIF};font-size:11pt;color:#000}h1{text-align:center;font-size:17pt;margin:0;font-variant:small-caps}
    .c{text-align:center;margin:4px 0 12px}h2{font-size:12pt;margin:14px 0 6px}.h{display:flex;margin-bottom:5px}.dd{width:48mm;flex:none}`,
  `<h1>${esc(p.name)}</h1><div class="c">Curriculum Vitae<br>${esc(p.town)} · ${esc(p.phoneShown)} · ${esc(p.email)}</div>
  <h2>1. Education</h2>${edu}<h2>2. Professional Appointments</h2>${jobs}
  <h2>3. Bar Admissions</h2>${p.certs.map((c) => e('', esc(c))).join('')}
  <h2>4. Skills</h2>${e('', p.skills.map((s) => esc(skillText(s))).join('; '))}
  <h2>5. Languages</h2>${e('', p.languages.map(esc).join(', '))}`);
}

/** Indeed resume ("Download resume" PDF): title, employer - town, "Month YYYY to Present", bullet skills. */
function indeedExport(p: Person): string {
  const jobs = p.jobs.map((j) => `<div class="j"><div class="t">${esc(j.title)}</div><div>${esc(j.company)} - ${esc(j.town)}</div>
    <div class="d">${range(j, 'Month YYYY', ' to ', 'Present')}</div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`).join('');
  return page(`body{font-family:${FONT_EN};font-size:10.5pt;color:#2d2d2d}h1{font-size:24pt;margin:0 0 4px;font-weight:normal}.c div{margin:1px 0}
    h2{font-size:13pt;font-weight:bold;border-bottom:1px solid #ccc;margin:18px 0 8px;padding-bottom:4px}.t{font-weight:bold;font-size:11pt}.d{color:#595959}
    .j{margin-bottom:12px}ul{margin:4px 0;padding-left:20px}.s li{margin:2px 0}`,
  `<h1>${esc(p.name)}</h1><div class="c"><div>${esc(p.headline)}</div><div>${esc(p.town)}</div><div>${esc(p.email)}</div><div>${esc(p.phoneShown)}</div></div>
  <p>${esc(p.summary)}</p><h2>Work Experience</h2>${jobs}
  <h2>Education</h2>${p.education.map((e) => `<div class="j"><div class="t">${esc(e.degree)}</div><div>${esc(e.school)} - ${esc(e.town)}</div><div class="d">${fmt(e.start, 'Month YYYY')} to ${fmt(e.end, 'Month YYYY')}</div></div>`).join('')}
  <h2>Skills</h2><ul class="s">${p.skills.map((s) => `<li>${esc(skillText(s))}</li>`).join('')}</ul>
  ${p.certs.length ? `<h2>Certifications and Licenses</h2>${p.certs.map((c) => `<div class="t">${esc(c)}</div>`).join('')}` : ''}`);
}

/** 智联招聘 resume export: info strip, blue-bar headings, "2020.03 - 至今  公司 (6年8个月)" then title, 工作描述. */
function zhilian(p: Person): string {
  const jobs = p.jobs.map((j) => `<div class="j"><div class="jh"><span>${range(j, 'YYYY.MM', ' - ', '至今')}</span><b>${esc(j.company)}</b><span class="g">（${durZh(months(j))}）</span></div>
    <div class="tt">${esc(j.title)}</div><div class="desc"><span class="g">工作描述：</span>${j.bullets.map((b, i) => `${i + 1}. ${esc(b)}；`).join('')}</div></div>`).join('');
  return page(`body{font-family:${FONT_ZH};font-size:10pt;color:#333}.hd{border-bottom:2px solid #3c7cfc;padding-bottom:8px}h1{font-size:20pt;margin:0 0 6px}
    .g{color:#888}h2{font-size:12pt;border-left:4px solid #3c7cfc;padding-left:8px;margin:16px 0 8px}.j{margin-bottom:10px}.jh{display:flex;gap:16px}.tt{margin:3px 0 3px 0;font-weight:bold;color:#555}
    .desc{line-height:1.6}.tag{display:inline-block;border:1px solid #cfdcf7;background:#f2f6ff;border-radius:3px;padding:1px 8px;margin:0 6px 6px 0}`,
  `<div class="hd"><h1>${esc(zhName(p))}</h1><div>${p.gender} | ${age(p)}岁 | ${p.degreeLevel} | ${expYears(p)}年工作经验 | 现居 ${esc(p.town)}</div>
  <div>手机：${esc(p.phoneShown)} &nbsp;&nbsp; 邮箱：${esc(p.email)}</div></div>
  <h2>求职意向</h2><div>期望职位：${esc(p.target!)} &nbsp;&nbsp; 工作性质：全职 &nbsp;&nbsp; 期望地点：${esc(p.town.replace(/^.*?省/, '').slice(0, 3))}</div>
  <h2>自我评价</h2><div class="desc">${esc(p.summary)}</div>
  <h2>工作经历</h2>${jobs}
  <h2>教育经历</h2>${p.education.map((e) => `<div class="jh"><span>${fmt(e.start, 'YYYY.MM')} - ${fmt(e.end, 'YYYY.MM')}</span><b>${esc(e.school)}</b><span>${esc(e.degree)}</span></div>`).join('')}
  <h2>专业技能</h2><div>${p.skills.map((s) => `<span class="tag">${esc(skillText(s, true))}</span>`).join('')}</div>
  ${p.certs.length ? `<h2>证书</h2><div>${p.certs.map(esc).join('；')}</div>` : ''}<h2>语言能力</h2><div>${p.languages.map(esc).join('；')}</div>`, 'zh');
}

/** 猎聘 resume export: company line with dates on the right, then 职位/所在地, 工作职责 paragraph; 技能特长 tags. */
function liepin(p: Person): string {
  const jobs = p.jobs.map((j) => `<div class="j"><div class="jh"><b>${esc(j.company)}</b><span>${range(j, 'YYYY/MM', '-', '至今')}</span></div>
    <div class="meta">职位名称：${esc(j.title)} &nbsp;&nbsp;|&nbsp;&nbsp; 工作地点：${esc(j.town)}</div><div><span class="k">工作职责：</span>${j.bullets.map(esc).join('；')}。</div></div>`).join('');
  return page(`body{font-family:${FONT_ZH};font-size:10pt;color:#222}.hd{background:#fff7f0;padding:10px 12px;border-top:3px solid #ff6a00}h1{margin:0 0 6px;font-size:19pt}
    h2{font-size:12.5pt;color:#ff6a00;margin:18px 0 8px;padding-bottom:4px;border-bottom:1px dashed #f3c7a5}.j{margin-bottom:12px}.jh{display:flex;justify-content:space-between}
    .meta{color:#666;margin:3px 0}.k{color:#888}.tg{display:inline-block;background:#f5f5f5;padding:2px 10px;margin:0 6px 6px 0;border-radius:10px}`,
  `<div class="hd"><h1>${esc(zhName(p))}</h1><div>${p.gender} · ${age(p)}岁 · ${p.degreeLevel} · 工作${expYears(p)}年</div><div>电话：${esc(p.phoneShown)} &nbsp; 邮箱：${esc(p.email)} &nbsp; 所在地：${esc(p.town)}</div></div>
  <h2>求职意向</h2><div>${esc(p.target!)}</div><h2>工作经历</h2>${jobs}
  <h2>教育经历</h2>${p.education.map((e) => `<div class="jh"><b>${esc(e.school)}</b><span>${fmt(e.start, 'YYYY/MM')}-${fmt(e.end, 'YYYY/MM')}</span></div><div class="meta">${esc(e.degree)}</div>`).join('')}
  <h2>技能特长</h2><div>${p.skills.map((s) => `<span class="tg">${esc(skillText(s, true))}</span>`).join('')}</div>
  <h2>语言能力</h2><div>${p.languages.map(esc).join('、')}</div>${p.certs.length ? `<h2>证书</h2><div>${p.certs.map(esc).join('、')}</div>` : ''}
  <h2>自我评价</h2><div>${esc(p.summary)}</div>`, 'zh');
}

/** Bilingual Chinese résumé (foreign-company applicants): "工作经历 Work Experience" headings, "2019-03 ~ 2021-05". */
function bilingual(p: Person): string {
  const jobs = p.jobs.map((j) => `<div class="j"><div class="jh"><span><b>${esc(j.company)}</b> ｜ ${esc(j.title)}</span><span class="d">${range(j, 'YYYY-MM', ' ~ ', '至今')}</span></div>
    <ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`).join('');
  return page(`body{font-family:${FONT_ZH};font-size:10pt;color:#222}h1{font-size:20pt;margin:0}h1 small{font-size:12pt;color:#666;margin-left:8px}
    .c{margin:6px 0 4px;color:#444}h2{font-size:12pt;margin:16px 0 6px;padding:3px 8px;background:#2f4858;color:#fff}h2 span{font-weight:normal;font-size:10pt;margin-left:6px;color:#cde}
    .jh{display:flex;justify-content:space-between}.d{color:#666;white-space:nowrap}ul{margin:3px 0 8px;padding-left:18px}`,
  `<h1>${esc(p.name)}${p.nameAlt ? `<small>${esc(p.nameAlt)}</small>` : ''}</h1><div class="c">${esc(p.headline)} ｜ Tel：${esc(p.phoneShown)} ｜ Email：${esc(p.email)} ｜ ${esc(p.town)}</div>
  <h2>个人简介<span>Profile</span></h2><p>${esc(p.summary)}</p><h2>工作经历<span>Work Experience</span></h2>${jobs}
  <h2>教育背景<span>Education</span></h2>${p.education.map((e) => `<div class="jh"><span><b>${esc(e.school)}</b> ｜ ${esc(e.degree)}</span><span class="d">${fmt(e.start, 'YYYY-MM')} ~ ${fmt(e.end, 'YYYY-MM')}</span></div>`).join('')}
  <h2>专业技能<span>Skills</span></h2><ul>${p.skills.map((s) => `<li>${esc(skillText(s, true))}</li>`).join('')}</ul>
  <h2>证书与语言<span>Certificates &amp; Languages</span></h2><p>${[...p.certs, ...p.languages].map(esc).join('；')}</p>`, 'zh');
}

// ================================================================ TWO-COLUMN HTML
/** Canva-style résumé: CSS grid with a dark left sidebar (contact, skills, languages). */
function sidebarLeftGrid(p: Person): string {
  const zh = p.cvLang === 'zh';
  const L = zh ? { c: '联系方式', s: '专业技能', l: '语言', ce: '证书', p: '个人简介', e: '工作经历', ed: '教育背景' } : { c: 'Contact', s: 'Skills', l: 'Languages', ce: 'Certificates', p: 'Profile', e: 'Experience', ed: 'Education' };
  const ds: DS = zh ? 'YYYY.MM' : "Mon 'YY";
  const jobs = p.jobs.map((j) => `<div class="j"><div class="jh"><b>${esc(j.title)}</b><span>${range(j, ds, ' – ', zh ? '至今' : 'Present')}</span></div><div class="co">${esc(j.company)} | ${esc(j.town)}</div>
    <ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`).join('');
  return page(`body{font-family:${zh ? FONT_ZH : FONT_EN};font-size:10pt}.g{display:grid;grid-template-columns:34% 66%;min-height:258mm}
    .sb{background:#23395b;color:#eef;padding:14px 14px}.mn{padding:14px 20px;color:#222}.ph{width:70px;height:70px;border-radius:50%;background:#8fa7c9;margin:0 auto 10px;display:flex;align-items:center;justify-content:center;font-size:22pt;color:#fff}
    .sb h3{font-size:10.5pt;text-transform:uppercase;letter-spacing:1px;border-bottom:1px solid #6d84a8;padding-bottom:3px;margin:14px 0 6px}.sb div,.sb li{margin:3px 0;overflow-wrap:anywhere}.sb ul{padding-left:14px;margin:0}
    h1{font-size:21pt;margin:0;color:#23395b}.hl{color:#666;margin-bottom:8px}h2{font-size:12pt;color:#23395b;border-bottom:2px solid #23395b;margin:14px 0 6px}
    .jh{display:flex;justify-content:space-between;gap:8px}.jh span{white-space:nowrap;color:#555}.co{color:#555;font-style:italic}.j{margin-bottom:8px}.mn ul{margin:3px 0;padding-left:16px}`,
  `<div class="g"><aside class="sb"><div class="ph">${esc((p.nameAlt && !zh ? p.name : p.name).slice(0, 1))}</div>
  <h3>${L.c}</h3><div>☎ ${esc(p.phoneShown)}</div><div>✉ ${esc(p.email)}</div><div>⌂ ${esc(p.town)}</div>
  <h3>${L.s}</h3><ul>${p.skills.map((s) => `<li>${esc(skillText(s, zh))}</li>`).join('')}</ul>
  <h3>${L.l}</h3>${p.languages.map((l) => `<div>${esc(l)}</div>`).join('')}
  ${p.certs.length ? `<h3>${L.ce}</h3>${p.certs.map((c) => `<div>${esc(c)}</div>`).join('')}` : ''}</aside>
  <main class="mn"><h1>${esc(zh ? zhName(p) : enName(p))}</h1><div class="hl">${esc(p.headline)}</div><h2>${L.p}</h2><p>${esc(p.summary)}</p>
  <h2>${L.e}</h2>${jobs}<h2>${L.ed}</h2>${p.education.map((e) => `<div class="j"><div class="jh"><b>${esc(e.degree)}</b><span>${fmt(e.start, ds)} – ${fmt(e.end, ds)}</span></div><div class="co">${esc(e.school)}, ${esc(e.town)}</div></div>`).join('')}</main></div>`, zh ? 'zh' : 'en');
}

/** Modern résumé with a narrow right-hand sidebar (flexbox); dates on their own small line under the role. */
function sidebarRightFlex(p: Person): string {
  const zh = p.cvLang === 'zh';
  const L = zh ? { c: '联系我', s: '技能', l: '语言', ce: '资格证书', e: '工作经历', ed: '教育经历', p: '自我评价' } : { c: 'Get in touch', s: 'Skills', l: 'Languages', ce: 'Licences', e: 'Career History', ed: 'Education', p: 'Summary' };
  const ds: DS = zh ? 'YYYY年M月' : 'MM/YYYY';
  const jobs = p.jobs.map((j) => `<div class="j"><div class="t">${esc(j.title)} <span class="at">${zh ? '·' : '@'} ${esc(j.company)}</span></div><div class="d">${range(j, ds, ' - ', zh ? '至今' : 'Current')} · ${esc(j.town)}</div>
    <ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`).join('');
  return page(`body{font-family:${zh ? FONT_ZH : FONT_EN};font-size:10pt;color:#222}.f{display:flex;gap:18px}.mn{flex:0 0 67%}.sb{flex:1;background:#f1f4f2;padding:10px 12px;border-radius:4px}
    h1{font-size:24pt;margin:0 0 2px;color:#0d6e4f}.hl{font-size:12pt;color:#555;margin-bottom:10px}h2{font-size:12pt;color:#0d6e4f;margin:14px 0 6px;text-transform:uppercase}
    .t{font-weight:bold}.at{font-weight:normal;color:#0d6e4f}.d{font-size:9pt;color:#777;margin:1px 0 2px}ul{margin:2px 0 8px;padding-left:16px}
    .sb h3{font-size:10.5pt;color:#0d6e4f;margin:12px 0 4px}.sb div{margin:3px 0;overflow-wrap:anywhere}.pill{display:inline-block;background:#fff;border:1px solid #9cc3b4;border-radius:9px;padding:1px 7px;margin:2px 2px}`,
  `<div class="f"><main class="mn"><h1>${esc(zh ? zhName(p) : enName(p))}</h1><div class="hl">${esc(p.headline)}</div><h2>${L.p}</h2><p>${esc(p.summary)}</p>
  <h2>${L.e}</h2>${jobs}<h2>${L.ed}</h2>${p.education.map((e) => `<div class="j"><div class="t">${esc(e.degree)}</div><div class="d">${esc(e.school)} · ${fmt(e.start, ds)} - ${fmt(e.end, ds)}</div></div>`).join('')}</main>
  <aside class="sb"><h3>${L.c}</h3><div>${esc(p.email)}</div><div>${esc(p.phoneShown)}</div><div>${esc(p.town)}</div>
  <h3>${L.s}</h3><div>${p.skills.map((s) => `<span class="pill">${esc(skillText(s, zh))}</span>`).join('')}</div>
  <h3>${L.l}</h3>${p.languages.map((l) => `<div>${esc(l)}</div>`).join('')}${p.certs.length ? `<h3>${L.ce}</h3>${p.certs.map((c) => `<div>${esc(c)}</div>`).join('')}` : ''}</aside></div>`, zh ? 'zh' : 'en');
}

/** LinkedIn "Save to PDF" profile: grey left column (Contact, Top Skills, Languages, Certifications), roles grouped by company. */
function linkedinPdf(p: Person): string {
  const slug = p.name.toLowerCase().replace(/[^a-z]+/g, '-');
  const exp = byEmployer(p.jobs).map((g) => {
    const tot = { start: g.at(-1)!.start, end: g[0].end };
    const head = `<div class="co">${esc(g[0].company)}</div>${g.length > 1 ? `<div class="g">${durEn(months(tot))}</div>` : ''}`;
    return head + g.map((j) => `<div class="r"><div class="t">${esc(j.title)}</div><div class="g">${range(j, 'Month YYYY', ' - ', 'Present')} (${durEn(months(j))})</div>
      <div class="g">${esc(j.town)}</div><div>${j.bullets.map(esc).join('. ')}.</div></div>`).join('');
  }).join('');
  return page(`body{font-family:${FONT_EN};font-size:10pt;color:#181818}.f{display:flex}.sb{flex:0 0 30%;background:#e8edf2;padding:12px 12px;min-height:258mm}.mn{flex:1;padding:4px 0 0 20px}
    .sb h3{font-size:12pt;margin:14px 0 4px;color:#000}.sb div{margin:2px 0;overflow-wrap:anywhere}h1{font-size:24pt;margin:0;font-weight:normal}.hl{font-size:11.5pt;margin:4px 0}.loc{color:#888}
    h2{font-size:15pt;font-weight:normal;margin:18px 0 6px}.co{font-size:11.5pt;margin-top:10px}.t{font-size:11pt}.g{color:#888}.r{margin:4px 0 8px}`,
  `<div class="f"><aside class="sb"><h3>Contact</h3><div>${esc(p.phoneShown)} (Mobile)</div><div>${esc(p.email)}</div><div>www.linkedin.com/in/${slug}-${p.id.slice(1)}a7 (LinkedIn)</div>
  <h3>Top Skills</h3>${p.skills.map((s) => `<div>${esc(skillText(s))}</div>`).join('')}
  <h3>Languages</h3>${p.languages.map((l) => `<div>${esc(l)}</div>`).join('')}${p.certs.length ? `<h3>Certifications</h3>${p.certs.map((c) => `<div>${esc(c)}</div>`).join('')}` : ''}</aside>
  <main class="mn"><h1>${esc(enName(p))}</h1><div class="hl">${esc(p.headline)}</div><div class="loc">${esc(p.town)}</div>
  <h2>Summary</h2><div>${esc(p.summary)}</div><h2>Experience</h2>${exp}
  <h2>Education</h2>${p.education.map((e) => `<div class="co">${esc(e.school)}</div><div>${esc(e.degree)} · (${fmt(e.start, 'Month YYYY')} - ${fmt(e.end, 'Month YYYY')})</div>`).join('')}</main></div>`);
}

/** Chinese 简历模板 (Word/WPS style sold on template sites): float-left blue sidebar with photo box and info, timeline on the right. */
function zhSidebarFloat(p: Person): string {
  const jobs = p.jobs.map((j) => `<div class="j"><div class="d">${range(j, 'YYYY.MM', ' — ', '至今')}</div><div class="t"><b>${esc(j.company)}</b>　${esc(j.title)}</div>
    ${j.bullets.map((b) => `<div class="b">● ${esc(b)}</div>`).join('')}</div>`).join('');
  return page(`body{font-family:${FONT_ZH};font-size:10pt;color:#333}.sb{float:left;width:64mm;background:#2b6cb0;color:#fff;padding:12px;min-height:258mm}.mn{margin-left:70mm}
    .photo{width:28mm;height:36mm;border:2px solid #fff;margin:0 auto 10px;display:flex;margin-left:calc(50% - 14mm);align-items:center;justify-content:center;color:#cde}
    .sb h1{font-size:20pt;text-align:center;margin:4px 0}.sb h3{border-bottom:1px solid #9cc0ea;margin:16px 0 6px;font-size:11pt}.sb div{margin:4px 0;overflow-wrap:anywhere}
    .bar{height:5px;background:#1a4b80;border-radius:3px}.bar i{display:block;height:5px;background:#fff;border-radius:3px}
    h2{font-size:13pt;color:#2b6cb0;border-bottom:2px solid #2b6cb0;margin:8px 0 8px;padding-bottom:3px}.j{border-left:2px solid #cfe0f3;padding-left:10px;margin-bottom:10px}.d{color:#2b6cb0}.t{margin:2px 0}.b{margin:2px 0}`,
  `<aside class="sb"><div class="photo">照片</div><h1>${esc(p.name)}</h1>${p.nameAlt ? `<div style="text-align:center">${esc(p.nameAlt)}</div>` : ''}<div style="text-align:center">${esc(p.headline)}</div>
  <h3>基本信息</h3><div>年龄：${age(p)}岁</div><div>学历：${p.degreeLevel}</div><div>电话：${esc(p.phoneShown)}</div><div>邮箱：${esc(p.email)}</div><div>现居：${esc(p.town)}</div>
  <h3>专业技能</h3>${p.skills.map((s, i) => `<div>${esc(skillText(s, true))}</div><div class="bar"><i style="width:${90 - (i % 4) * 10}%"></i></div>`).join('')}
  <h3>语言能力</h3>${p.languages.map((l) => `<div>${esc(l)}</div>`).join('')}</aside>
  <main class="mn"><h2>求职意向</h2><div>${esc(p.target!)}</div><h2>工作经历</h2>${jobs}
  <h2>教育背景</h2>${p.education.map((e) => `<div class="j"><div class="d">${fmt(e.start, 'YYYY.MM')} — ${fmt(e.end, 'YYYY.MM')}</div><div><b>${esc(e.school)}</b>　${esc(e.degree)}</div></div>`).join('')}
  ${p.certs.length ? `<h2>荣誉证书</h2><div>${p.certs.map(esc).join('<br>')}</div>` : ''}<h2>自我评价</h2><div>${esc(p.summary)}</div></main>`, 'zh');
}

// ================================================================ TABLE HTML
/** Employment history as a ruled table (Period | Employer | Position | Main duties), common in public-sector/agency CVs. */
function workTable(p: Person): string {
  const zh = p.cvLang === 'zh';
  const L = zh ? { h: ['起止时间', '工作单位', '职位', '主要工作内容'], e: '工作经历', ed: '教育背景', s: '专业技能', ce: '证书', pi: '个人信息', t: ['电话', '邮箱', '地址'] }
    : { h: ['Period', 'Employer', 'Position', 'Main duties'], e: 'Employment History', ed: 'Education', s: 'Skills', ce: 'Certificates', pi: 'Personal details', t: ['Phone', 'Email', 'Address'] };
  const ds: DS = zh ? 'YYYY年M月' : 'MM/YYYY';
  const pres = zh ? '至今' : 'date';
  return page(`body{font-family:${zh ? FONT_ZH : FONT_EN};font-size:9.5pt;color:#111}h1{font-size:19pt;margin:0 0 8px}h2{font-size:11.5pt;margin:14px 0 5px;color:#7a1f1f}
    table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:4px 6px;vertical-align:top;text-align:left}th{background:#eee}.per{width:26mm;white-space:nowrap}td ul{margin:0;padding-left:14px}`,
  `<h1>${esc(zh ? zhName(p) : enName(p))}</h1><div>${esc(p.headline)}</div>
  <h2>${L.pi}</h2><table><tr><th>${L.t[0]}</th><td>${esc(p.phoneShown)}</td><th>${L.t[1]}</th><td>${esc(p.email)}</td></tr><tr><th>${L.t[2]}</th><td colspan="3">${esc(p.town)}</td></tr></table>
  <h2>${L.e}</h2><table><tr>${L.h.map((h) => `<th>${h}</th>`).join('')}</tr>${p.jobs.map((j) => `<tr><td class="per">${range(j, ds, zh ? ' - ' : ' – ', pres).replace(/ [-–] /, ' –<br>')}</td><td>${esc(j.company)}<br>${esc(j.town)}</td><td>${esc(j.title)}</td><td><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></td></tr>`).join('')}</table>
  <h2>${L.ed}</h2><table>${p.education.map((e) => `<tr><td class="per">${fmt(e.start, ds)} – ${fmt(e.end, ds)}</td><td>${esc(e.school)}</td><td>${esc(e.degree)}</td></tr>`).join('')}</table>
  <h2>${L.s}</h2><p>${p.skills.map((s) => esc(skillText(s, zh))).join(zh ? '；' : ' • ')}</p>
  ${p.certs.length ? `<h2>${L.ce}</h2><p>${p.certs.map(esc).join(zh ? '；' : '; ')}</p>` : ''}`, zh ? 'zh' : 'en');
}

/** South-Asian / African "CURRICULUM VITAE": personal-details label–value grid, work history table, skills table. */
function detailsGrid(p: Person): string {
  const kv = (k: string, v: string) => `<tr><th>${k}</th><td>${v}</td></tr>`;
  const half = Math.ceil(p.skills.length / 2);
  const rows = Array.from({ length: half }, (_, i) => `<tr><td>${esc(skillText(p.skills[i]))}</td><td>${p.skills[i + half] ? esc(skillText(p.skills[i + half])) : ''}</td></tr>`).join('');
  return page(`body{font-family:${FONT_SERIF};font-size:10.5pt}h1{text-align:center;font-size:16pt;text-decoration:underline;margin:0 0 10px}h2{font-size:11.5pt;background:#d9d9d9;padding:3px 6px;margin:14px 0 6px}
    table{border-collapse:collapse;width:100%}th,td{border:1px solid #444;padding:4px 6px;text-align:left;vertical-align:top}th{width:38mm;font-weight:bold;background:#f4f4f4}.w th{width:auto}`,
  `<h1>CURRICULUM VITAE</h1><h2>PERSONAL DETAILS</h2><table>${kv('Full name', esc(p.name))}${kv('Address', esc(p.town))}${kv('Mobile', esc(p.phoneShown))}${kv('E-mail', esc(p.email))}${kv('Languages', p.languages.map(esc).join(', '))}</table>
  <h2>CAREER OBJECTIVE</h2><p>${esc(p.summary)}</p>
  <h2>WORK EXPERIENCE</h2><table class="w"><tr><th>From</th><th>To</th><th>Organisation</th><th>Designation</th><th>Key responsibilities</th></tr>${p.jobs.map((j) => `<tr><td>${fmt(j.start, 'Mon YYYY')}</td><td>${j.end ? fmt(j.end, 'Mon YYYY') : 'Till date'}</td><td>${esc(j.company)}, ${esc(j.town)}</td><td>${esc(j.title)}</td><td>${j.bullets.map(esc).join('; ')}</td></tr>`).join('')}</table>
  <h2>EDUCATIONAL QUALIFICATIONS</h2><table class="w"><tr><th>Qualification</th><th>Institution</th><th>Year</th></tr>${p.education.map((e) => `<tr><td>${esc(e.degree)}</td><td>${esc(e.school)}</td><td>${e.end.slice(0, 4)}</td></tr>`).join('')}</table>
  <h2>KEY SKILLS</h2><table class="w">${rows}</table>
  ${p.certs.length ? `<h2>CERTIFICATIONS</h2><ul>${p.certs.map((c) => `<li>${esc(c)}</li>`).join('')}</ul>` : ''}
  <h2>DECLARATION</h2><p>I hereby declare that the above information is true to the best of my knowledge.</p>`);
}

/** 个人简历 form as printed from a web template: bordered grid, photo cell, 工作经历 rows. */
function zhFormHtml(p: Person): string {
  return page(`body{font-family:${FONT_ZH};font-size:10pt}h1{text-align:center;font-size:20pt;letter-spacing:8px;margin:0 0 10px}table{border-collapse:collapse;width:100%}
    td{border:1px solid #333;padding:5px 6px;vertical-align:middle}.k{background:#eef3f8;text-align:center;width:19mm;font-weight:bold}.sec{background:#c9d9ea;text-align:center;font-weight:bold;letter-spacing:4px}.ph{width:30mm;text-align:center;color:#999}`,
  `<h1>个人简历</h1><table>
  <tr><td class="k">姓名</td><td>${esc(zhName(p))}</td><td class="k">性别</td><td>${p.gender}</td><td class="ph" rowspan="4">照片</td></tr>
  <tr><td class="k">出生年月</td><td>${p.born}</td><td class="k">学历</td><td>${p.degreeLevel}</td></tr>
  <tr><td class="k">手机</td><td>${esc(p.phoneShown)}</td><td class="k">邮箱</td><td>${esc(p.email)}</td></tr>
  <tr><td class="k">现居地</td><td>${esc(p.town)}</td><td class="k">求职意向</td><td>${esc(p.target!)}</td></tr>
  <tr><td class="sec" colspan="5">工作经历</td></tr>
  <tr><td class="k">时间</td><td class="k" colspan="2" style="width:auto">工作单位</td><td class="k" colspan="2" style="width:auto">职位 / 工作内容</td></tr>
  ${p.jobs.map((j) => `<tr><td>${range(j, 'YYYY.MM', '—', '至今')}</td><td colspan="2">${esc(j.company)}</td><td colspan="2"><b>${esc(j.title)}</b><br>${j.bullets.map(esc).join('；')}</td></tr>`).join('')}
  <tr><td class="sec" colspan="5">教育背景</td></tr>
  ${p.education.map((e) => `<tr><td>${fmt(e.start, 'YYYY.MM')}—${fmt(e.end, 'YYYY.MM')}</td><td colspan="2">${esc(e.school)}</td><td colspan="2">${esc(e.degree)}</td></tr>`).join('')}
  <tr><td class="sec" colspan="5">专业技能</td></tr><tr><td colspan="5">${p.skills.map((s) => esc(skillText(s, true))).join('、')}</td></tr>
  <tr><td class="k">证书</td><td colspan="4">${p.certs.map(esc).join('；') || '—'}</td></tr><tr><td class="k">语言</td><td colspan="4">${p.languages.map(esc).join('；')}</td></tr>
  <tr><td class="k">自我评价</td><td colspan="4">${esc(p.summary)}</td></tr></table>`, 'zh');
}

// ================================================================ TXT
/** Plain-text CV pasted into an email body: caps headings underlined with dashes. */
function plainEmail(p: Person): string {
  const ds: DS = p.id === 'p05' ? 'MM/YYYY' : 'Mon YYYY';
  const u = (s: string) => `${s}\n${'-'.repeat(s.length)}`;
  return [
    `${p.name}`, `${p.town} | ${p.phoneShown} | ${p.email}`, '',
    u('PROFILE'), p.summary, '',
    u('WORK HISTORY'),
    ...p.jobs.flatMap((j) => [`${j.title}`, `${j.company}, ${j.town}`, `${range(j, ds, ' - ', 'present')}`, ...j.bullets.map((b) => `  * ${b}`), '']),
    u('EDUCATION'), ...p.education.map((e) => `${e.degree}, ${e.school} (${fmt(e.start, ds)} - ${fmt(e.end, ds)})`), '',
    u('SKILLS'), p.skills.map((s) => skillText(s)).join(', '), '',
    ...(p.certs.length ? [u('CERTIFICATES'), ...p.certs.map((c) => `  * ${c}`), ''] : []),
    u('LANGUAGES'), p.languages.join(', '), '', 'References on request.', '',
  ].join('\n');
}

/** Markdown résumé (README-style, pasted from a notes app or GitHub gist). */
function markdown(p: Person): string {
  const gs = groups(p);
  return [
    `# ${enName(p)}`, '', `**${p.headline}**  `, `${p.town} · ${p.phoneShown} · <${p.email}>`, '', '## Summary', '', p.summary, '',
    '## Experience', '',
    ...p.jobs.flatMap((j) => [`### ${j.title} — ${j.company}, ${j.town}`, `*${range(j, 'Mon YYYY', ' – ', 'Present')}*`, '', ...j.bullets.map((b) => `- ${b}`), '']),
    '## Education', '', ...p.education.map((e) => `- **${e.degree}**, ${e.school} (${fmt(e.start, 'Mon YYYY')} – ${fmt(e.end, 'Mon YYYY')})`), '',
    '## Skills', '', ...(gs.length > 1 || gs[0][0] ? gs.map(([g, s]) => `- **${g}:** ${s.map((x) => skillText(x)).join(', ')}`) : p.skills.map((s) => `- ${skillText(s)}`)), '',
    ...(p.certs.length ? ['## Certifications', '', ...p.certs.map((c) => `- ${c}`), ''] : []),
    '## Languages', '', p.languages.join(' · '), '',
  ].join('\n');
}

/** BOSS直聘 online résumé copied out as text: 个人优势 / 期望职位 / 工作经历 "公司 · 职位" then dates, 内容：. */
function bossTxt(p: Person): string {
  return [
    p.name, `在职-考虑机会 | ${expYears(p)}年 | ${p.degreeLevel} | ${age(p)}岁`, `手机：${p.phoneShown}（微信同号）`, `邮箱：${p.email}`, '',
    '个人优势', p.summary, '', '期望职位', `${p.target} | ${p.town.replace(/^.*?省/, '').slice(0, 3)}`, '',
    '工作经历', ...p.jobs.flatMap((j) => [`${j.company} · ${j.title}`, range(j, 'YYYY.MM', '-', '至今'), `内容：${j.bullets.join('；')}。`, '']),
    '教育经历', ...p.education.map((e) => `${e.school} · ${e.degree}  ${fmtY(e.start)}-${fmtY(e.end)}`), '',
    '专业技能', p.skills.map((s) => skillText(s, true)).join(' / '), '',
    ...(p.certs.length ? ['资格证书', p.certs.join('、'), ''] : []), '语言', p.languages.join('、'), '',
  ].join('\n');
}
function fmtY(ym: string) { return ym.slice(0, 4); }

// ================================================================ DOCX
type Font = { zh: boolean };
const run = (text: string, o: { bold?: boolean; italics?: boolean; size?: number; color?: string; allCaps?: boolean; f: Font }) =>
  new TextRun({ text, bold: o.bold, italics: o.italics, size: o.size, color: o.color, allCaps: o.allCaps, font: o.f.zh ? { ascii: 'Arial', hAnsi: 'Arial', eastAsia: 'Microsoft YaHei' } : 'Calibri' });
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
const cellBorders = (c = '808080') => { const b = { style: BorderStyle.SINGLE, size: 4, color: c }; return { top: b, bottom: b, left: b, right: b }; };
const RIGHT = 9700; // twips right tab for A4 with ~2cm margins
const docOf = (children: (Paragraph | Table)[], size = 21) => new Document({
  styles: { default: { document: { run: { size, font: 'Calibri' } } } },
  sections: [{ properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1000, bottom: 1000, left: 1100, right: 1100 } } }, children }],
});

/** Harvard OCS résumé template (Word): centred name, ruled caps headings, employer/town and title/dates on right tab stops. */
function harvardDocx(p: Person): Document {
  const f = { zh: false };
  const head = (t: string) => new Paragraph({ children: [run(t, { bold: true, f })], border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } }, spacing: { before: 200, after: 80 } });
  const tabbed = (l: TextRun[], r: string, italic = false) => new Paragraph({ tabStops: [{ type: TabStopType.RIGHT, position: RIGHT }], children: [...l, run(`\t${r}`, { italics: italic, f })] });
  const kids: Paragraph[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [run(p.name.toUpperCase(), { bold: true, size: 30, f })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [run(`${p.town} • ${p.email} • ${p.phoneShown}`, { f })] }),
    head('EDUCATION'),
    ...p.education.flatMap((e) => [tabbed([run(e.school, { bold: true, f })], e.town), tabbed([run(e.degree, { f })], `${fmt(e.end, 'Month YYYY')}`)]),
    head('EXPERIENCE'),
  ];
  for (const j of p.jobs) {
    kids.push(tabbed([run(j.company, { bold: true, f })], j.town));
    kids.push(tabbed([run(j.title, { italics: true, f })], range(j, 'Month YYYY', ' – ', 'Present')));
    for (const b of j.bullets) kids.push(new Paragraph({ bullet: { level: 0 }, children: [run(b, { f })] }));
    kids.push(new Paragraph({ spacing: { after: 40 }, children: [] }));
  }
  kids.push(head('SKILLS & INTERESTS'));
  kids.push(new Paragraph({ children: [run('Technical: ', { bold: true, f }), run(p.skills.map((s) => skillText(s)).join(', '), { f })] }));
  kids.push(new Paragraph({ children: [run('Language: ', { bold: true, f }), run(p.languages.join(', '), { f })] }));
  if (p.certs.length) kids.push(new Paragraph({ children: [run('Licenses: ', { bold: true, f }), run(p.certs.join('; '), { f })] }));
  return docOf(kids);
}

/** Functional-then-chronological résumé (career changers / agency advice): skills and achievements first, one-line job list last. */
function functionalDocx(p: Person): Document {
  const f = { zh: false };
  const head = (t: string) => new Paragraph({ children: [run(t, { bold: true, size: 24, color: '1F4E79', f })], spacing: { before: 240, after: 80 } });
  return docOf([
    new Paragraph({ children: [run(p.name, { bold: true, size: 36, f })] }),
    new Paragraph({ children: [run(`${p.phoneShown}  |  ${p.email}  |  ${p.town}`, { f })] }),
    head('PROFESSIONAL PROFILE'), new Paragraph({ children: [run(p.summary, { f })] }),
    head('CORE SKILLS'), ...p.skills.map((s) => new Paragraph({ bullet: { level: 0 }, children: [run(skillText(s), { f })] })),
    head('KEY ACHIEVEMENTS'), ...p.jobs.flatMap((j) => j.bullets.slice(0, 1)).map((b) => new Paragraph({ bullet: { level: 0 }, children: [run(b, { f })] })),
    head('EMPLOYMENT HISTORY'),
    ...p.jobs.map((j) => new Paragraph({ tabStops: [{ type: TabStopType.LEFT, position: 2400 }], spacing: { after: 60 }, children: [run(range(j, 'MM/YYYY', ' - ', 'Present'), { f }), run(`\t${j.title}, `, { bold: true, f }), run(`${j.company}, ${j.town}`, { f })] })),
    head('EDUCATION & CERTIFICATIONS'),
    ...p.education.map((e) => new Paragraph({ tabStops: [{ type: TabStopType.LEFT, position: 2400 }], children: [run(`${fmt(e.start, 'MM/YYYY')} - ${fmt(e.end, 'MM/YYYY')}`, { f }), run(`\t${e.degree}, ${e.school}`, { f })] })),
    ...p.certs.map((c) => new Paragraph({ bullet: { level: 0 }, children: [run(c, { f })] })),
  ]);
}

/** UK "paragraph" CV typed in Word: shaded boxed headings, each job a prose paragraph with the dates in brackets. */
function paragraphDocx(p: Person): Document {
  const f = { zh: false };
  const b = { style: BorderStyle.SINGLE, size: 6, color: '7F7F7F', space: 2 };
  const head = (t: string) => new Paragraph({ shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' }, border: { top: b, bottom: b, left: b, right: b }, spacing: { before: 240, after: 100 }, children: [run(t, { bold: true, size: 23, f })] });
  return docOf([
    new Paragraph({ alignment: AlignmentType.CENTER, children: [run(enName(p), { bold: true, size: 34, f })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [run(`Tel: ${p.phoneShown}   Email: ${p.email}`, { f })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [run(p.town, { f })] }),
    head('Personal Statement'), new Paragraph({ children: [run(p.summary, { f })] }),
    head('Career History'),
    ...p.jobs.map((j) => new Paragraph({ spacing: { after: 120 }, children: [run(`${j.title}, ${j.company}, ${j.town}`, { bold: true, f }), run(` (${range(j, 'Mon YYYY', ' – ', 'present')}). `, { f }), run(j.bullets.join('. ') + '.', { f })] })),
    head('Education'),
    ...p.education.map((e) => new Paragraph({ children: [run(`${e.degree}, ${e.school} (${fmt(e.start, 'Mon YYYY')} – ${fmt(e.end, 'Mon YYYY')})`, { f })] })),
    head('Key Skills'), new Paragraph({ children: [run(p.skills.map((s) => skillText(s)).join('; ') + '.', { f })] }),
    ...(p.certs.length ? [head('Qualifications'), new Paragraph({ children: [run(p.certs.join('; ') + '.', { f })] })] : []),
    head('Interests'), new Paragraph({ children: [run(p.id === 'p06' ? 'Fell walking, five-a-side football and volunteering at the local parkrun.' : 'Badminton, cycling round the island and fixing old radios.', { f })] }),
  ]);
}

/** Chinese Word résumé (个人简历 typed in Word/WPS): ruled headings, company with right-tab "2019年3月 - 2021年6月". */
function zhWordDocx(p: Person): Document {
  const f = { zh: true };
  const head = (t: string) => new Paragraph({ children: [run(t, { bold: true, size: 24, color: '2E5597', f })], border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: '2E5597', space: 1 } }, spacing: { before: 220, after: 100 } });
  const kids: Paragraph[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [run('个 人 简 历', { bold: true, size: 32, f })], spacing: { after: 120 } }),
    new Paragraph({ children: [run(zhName(p), { bold: true, size: 30, f })] }),
    new Paragraph({ children: [run(`${p.gender} | ${p.born} | ${p.degreeLevel} | 现居：${p.town}`, { f })] }),
    new Paragraph({ children: [run(`电话：${p.phoneShown}    邮箱：${p.email}`, { f })] }),
    new Paragraph({ children: [run(`求职意向：${p.target}`, { f })] }),
    head('工作经历'),
  ];
  for (const j of p.jobs) {
    kids.push(new Paragraph({ tabStops: [{ type: TabStopType.RIGHT, position: RIGHT }], spacing: { before: 80 }, children: [run(j.company, { bold: true, f }), run(`\t${range(j, 'YYYY年M月', ' - ', '至今')}`, { f })] }));
    kids.push(new Paragraph({ children: [run(`职位：${j.title}`, { f })] }));
    for (const b of j.bullets) kids.push(new Paragraph({ bullet: { level: 0 }, children: [run(b, { f })] }));
  }
  kids.push(head('教育背景'));
  for (const e of p.education) kids.push(new Paragraph({ tabStops: [{ type: TabStopType.RIGHT, position: RIGHT }], children: [run(`${e.school}　${e.degree}`, { f }), run(`\t${fmt(e.start, 'YYYY年M月')} - ${fmt(e.end, 'YYYY年M月')}`, { f })] }));
  kids.push(head('专业技能'));
  kids.push(new Paragraph({ children: [run(p.skills.map((s) => skillText(s, true)).join('、'), { f })] }));
  kids.push(head('证书及语言'));
  kids.push(new Paragraph({ children: [run([...p.certs, ...p.languages].join('；'), { f })] }));
  kids.push(head('自我评价'));
  kids.push(new Paragraph({ children: [run(p.summary, { f })] }));
  return docOf(kids);
}

/** Word two-cell layout table (borderless, shaded left cell) — the classic "two-column CV" built from a table in Word. */
function wordTwoCellDocx(p: Person): Document {
  const zh = p.cvLang === 'zh';
  const f = { zh };
  const L = zh ? { c: '联系方式', s: '专业技能', l: '语言', ce: '证书', p: '个人简介', e: '工作经历', ed: '教育背景' } : { c: 'CONTACT', s: 'SKILLS', l: 'LANGUAGES', ce: 'CERTIFICATIONS', p: 'PROFILE', e: 'EXPERIENCE', ed: 'EDUCATION' };
  const ds: DS = zh ? 'YYYY.MM' : 'Mon YYYY';
  const sh = (t: string) => new Paragraph({ spacing: { before: 200, after: 60 }, children: [run(t, { bold: true, color: '1F3864', f })] });
  const left = [
    sh(L.c), new Paragraph({ children: [run(p.phoneShown, { size: 19, f })] }), new Paragraph({ children: [run(p.email, { size: 17, f })] }), new Paragraph({ children: [run(p.town, { size: 19, f })] }),
    sh(L.s), ...p.skills.map((s) => new Paragraph({ bullet: { level: 0 }, children: [run(skillText(s, zh), { size: 19, f })] })),
    sh(L.l), ...p.languages.map((l) => new Paragraph({ children: [run(l, { size: 19, f })] })),
    ...(p.certs.length ? [sh(L.ce), ...p.certs.map((c) => new Paragraph({ children: [run(c, { size: 19, f })] }))] : []),
  ];
  const right = [
    new Paragraph({ children: [run(zh ? zhName(p) : enName(p), { bold: true, size: 36, color: '1F3864', f })] }),
    new Paragraph({ children: [run(p.headline, { size: 24, color: '595959', f })] }),
    sh(L.p), new Paragraph({ children: [run(p.summary, { f })] }), sh(L.e),
    ...p.jobs.flatMap((j) => [
      new Paragraph({ spacing: { before: 100 }, children: [run(j.title, { bold: true, f })] }),
      new Paragraph({ children: [run(`${range(j, ds, ' – ', zh ? '至今' : 'Present')} | ${j.company}${zh ? ' · ' : ', '}${j.town}`, { italics: !zh, color: '595959', f })] }),
      ...j.bullets.map((b) => new Paragraph({ bullet: { level: 0 }, children: [run(b, { f })] })),
    ]),
    sh(L.ed), ...p.education.map((e) => new Paragraph({ children: [run(`${fmt(e.start, ds)} – ${fmt(e.end, ds)} | ${e.degree}, ${e.school}`, { f })] })),
  ];
  return docOf([new Table({
    width: { size: 100, type: WidthType.PERCENTAGE }, columnWidths: [3100, 6600], borders: noBorders,
    rows: [new TableRow({ children: [
      new TableCell({ width: { size: 3100, type: WidthType.DXA }, shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'DEEAF6' }, margins: { left: 140, right: 140, top: 100, bottom: 100 }, children: left }),
      new TableCell({ width: { size: 6600, type: WidthType.DXA }, margins: { left: 240, right: 100, top: 100, bottom: 100 }, children: right }),
    ] })],
  })], 20);
}

/** Per-job tables (common in Singapore / India / South Africa): a personal-details table, then one bordered table per post. */
function perJobTablesDocx(p: Person): Document {
  const f = { zh: false };
  const cell = (t: string | Paragraph[], w: number, bold = false, fill?: string) => new TableCell({ width: { size: w, type: WidthType.DXA }, borders: cellBorders(), shading: fill ? { type: ShadingType.CLEAR, color: 'auto', fill } : undefined, margins: { left: 100, right: 100, top: 40, bottom: 40 },
    children: typeof t === 'string' ? [new Paragraph({ children: [run(t, { bold, f })] })] : t });
  const kv = (k: string, v: string | Paragraph[]) => new TableRow({ children: [cell(k, 2600, true, 'F2F2F2'), cell(v, 7100)] });
  const tbl = (rows: TableRow[]) => new Table({ width: { size: 9700, type: WidthType.DXA }, columnWidths: [2600, 7100], rows });
  const head = (t: string) => new Paragraph({ spacing: { before: 240, after: 100 }, children: [run(t, { bold: true, size: 24, allCaps: true, f })] });
  const kids: (Paragraph | Table)[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [run('CURRICULUM VITAE', { bold: true, size: 30, f })] }),
    head('Personal Particulars'),
    tbl([kv('Name', enName(p)), kv('Contact No.', p.phoneShown), kv('Email', p.email), kv('Address', p.town), kv('Languages', p.languages.join(', '))]),
    head('Working Experience'),
  ];
  for (const j of p.jobs) {
    kids.push(tbl([kv('Company', j.company), kv('Position', j.title), kv('Period', range(j, 'MM/YYYY', ' – ', 'Present')),
      kv('Responsibilities', j.bullets.map((b) => new Paragraph({ bullet: { level: 0 }, children: [run(b, { f })] })))]));
    kids.push(new Paragraph({ children: [] }));
  }
  kids.push(head('Education'));
  kids.push(tbl(p.education.map((e) => kv(`${fmt(e.start, 'MM/YYYY')} – ${fmt(e.end, 'MM/YYYY')}`, `${e.degree}, ${e.school}`))));
  kids.push(head('Skills'));
  kids.push(...p.skills.map((s) => new Paragraph({ bullet: { level: 0 }, children: [run(skillText(s), { f })] })));
  if (p.certs.length) { kids.push(head('Professional Certifications')); kids.push(...p.certs.map((c) => new Paragraph({ bullet: { level: 0 }, children: [run(c, { f })] }))); }
  return docOf(kids);
}

/** Classic Europass CV (2004–2012 Word template): right-aligned label column, content column, one block per post. */
function europassClassicDocx(p: Person): Document {
  const f = { zh: false };
  const lab = (t: string, bold = false, size?: number) => new TableCell({ width: { size: 3000, type: WidthType.DXA }, borders: { ...noBorders, right: { style: BorderStyle.SINGLE, size: 4, color: '000000' } }, margins: { right: 160, top: 30 },
    children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(t, { bold, size, f })] })] });
  const val = (t: string | Paragraph[], bold = false, size?: number) => new TableCell({ width: { size: 6700, type: WidthType.DXA }, borders: noBorders, margins: { left: 200, top: 30 },
    children: typeof t === 'string' ? [new Paragraph({ children: [run(t, { bold, size, f })] })] : t });
  const r = (k: string, v: string | Paragraph[], bold = false, kb = false, size?: number) => new TableRow({ children: [lab(k, kb, size), val(v, bold, size)] });
  const gap = () => r('', '');
  const rows: TableRow[] = [
    r('Europass', 'Curriculum Vitae', false, true, 26), gap(),
    r('Personal information', '', false, true, 24), r('First name(s) / Surname(s)', enName(p), true), r('Address', p.town), r('Mobile', p.phoneShown), r('E-mail', p.email), gap(),
    r('Desired employment / Occupational field', p.headline, true, true), gap(),
    r('Work experience', '', false, true, 24),
  ];
  for (const j of p.jobs) {
    rows.push(r('Dates', range(j, 'Month YYYY', ' – ', 'present')), r('Occupation or position held', j.title, true), r('Main activities and responsibilities', j.bullets.join('. ') + '.'),
      r('Name and address of employer', `${j.company}, ${j.town}`), gap());
  }
  rows.push(r('Education and training', '', false, true, 24));
  for (const e of p.education) rows.push(r('Dates', `${fmt(e.start, 'Month YYYY')} – ${fmt(e.end, 'Month YYYY')}`), r('Title of qualification awarded', e.degree, true), r('Name of organisation', `${e.school}, ${e.town}`), gap());
  rows.push(r('Personal skills and competences', '', false, true, 24), r('Languages', p.languages.join('; ')),
    r('Job-related skills', p.skills.map((s) => new Paragraph({ bullet: { level: 0 }, children: [run(skillText(s), { f })] }))));
  if (p.certs.length) rows.push(r('Certificates', p.certs.join('; ')));
  return docOf([new Table({ width: { size: 9700, type: WidthType.DXA }, columnWidths: [3000, 6700], borders: noBorders, rows })], 19);
}

/** 个人简历 Word form (the standard 表格简历): bordered grid with photo cell (vertical merge), 工作经历 rows, 自我评价. */
function zhFormDocx(p: Person): Document {
  const f = { zh: true };
  const W = [1450, 2400, 1200, 2900, 1750];
  const c = (t: string, span = 1, o: { k?: boolean; w?: number; vm?: 'restart' | 'continue'; paras?: Paragraph[] } = {}) => new TableCell({
    columnSpan: span, borders: cellBorders('000000'), width: { size: o.w ?? W.slice(0, span).reduce((a, b) => a + b, 0), type: WidthType.DXA },
    verticalMerge: o.vm === 'restart' ? VerticalMergeType.RESTART : o.vm === 'continue' ? VerticalMergeType.CONTINUE : undefined,
    shading: o.k ? { type: ShadingType.CLEAR, color: 'auto', fill: 'DDE7F2' } : undefined, margins: { left: 80, right: 80, top: 50, bottom: 50 },
    children: o.paras ?? [new Paragraph({ alignment: o.k ? AlignmentType.CENTER : AlignmentType.LEFT, children: [run(t, { bold: o.k, size: 19, f })] })],
  });
  const sec = (t: string) => new TableRow({ children: [c(t, 5, { k: true, w: 9700 })] });
  const rows: TableRow[] = [
    new TableRow({ children: [c('姓  名', 1, { k: true }), c(zhName(p)), c('性  别', 1, { k: true, w: W[2] }), c(p.gender!, 1, { w: W[3] }), c('照片', 1, { w: W[4], vm: 'restart' })] }),
    new TableRow({ children: [c('出生年月', 1, { k: true }), c(p.born!), c('学  历', 1, { k: true, w: W[2] }), c(p.degreeLevel!, 1, { w: W[3] }), c('', 1, { w: W[4], vm: 'continue' })] }),
    new TableRow({ children: [c('联系电话', 1, { k: true }), c(p.phoneShown), c('电子邮箱', 1, { k: true, w: W[2] }), c(p.email, 1, { w: W[3] }), c('', 1, { w: W[4], vm: 'continue' })] }),
    new TableRow({ children: [c('现居住地', 1, { k: true }), c(p.town, 3, { w: W[1] + W[2] + W[3] }), c('', 1, { w: W[4], vm: 'continue' })] }),
    new TableRow({ children: [c('求职意向', 1, { k: true }), c(p.target!, 4, { w: 8200 })] }),
    sec('工 作 经 历'),
    new TableRow({ children: [c('起止时间', 1, { k: true }), c('工作单位', 2, { k: true, w: W[1] + W[2] }), c('职务', 1, { k: true, w: W[3] }), c('主要职责', 1, { k: true, w: W[4] })] }),
    ...p.jobs.map((j) => new TableRow({ children: [c(range(j, 'YYYY.MM', '-', '至今')), c(j.company, 2, { w: W[1] + W[2] }), c(j.title, 1, { w: W[3] }), c(j.bullets.join('；'), 1, { w: W[4] })] })),
    sec('教 育 背 景'),
    ...p.education.map((e) => new TableRow({ children: [c(`${fmt(e.start, 'YYYY.MM')}-${fmt(e.end, 'YYYY.MM')}`), c(e.school, 2, { w: W[1] + W[2] }), c(e.degree, 2, { w: W[3] + W[4] })] })),
    sec('专 业 技 能'),
    new TableRow({ children: [c('', 5, { w: 9700, paras: p.skills.map((s) => new Paragraph({ children: [run(`◆ ${skillText(s, true)}`, { f })] })) })] }),
    new TableRow({ children: [c('证书/语言', 1, { k: true }), c([...p.certs, ...p.languages].join('；'), 4, { w: 8200 })] }),
    new TableRow({ children: [c('自我评价', 1, { k: true }), c(p.summary, 4, { w: 8200 })] }),
  ];
  return docOf([
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [run('个 人 简 历', { bold: true, size: 36, f })] }),
    new Table({ width: { size: 9700, type: WidthType.DXA }, columnWidths: W, rows }),
  ]);
}

// ================================================================ plan
type Layout = 'single' | 'two-column' | 'table';
type Kind = { layout: Layout; convention: string } & ({ html: (p: Person) => string } | { docx: (p: Person) => Document } | { txt: (p: Person) => string });
export const templates: Record<string, Kind> = {
  'uk-caps': { layout: 'single', html: ukCaps, convention: 'UK reverse-chronological CV (caps ruled headings, dates flush right, "References available on request")' },
  'dates-left': { layout: 'single', html: datesLeft, convention: 'German Lebenslauf / Chinese 简历: date gutter on the left of each entry' },
  'europass2020': { layout: 'single', html: europass2020, convention: 'Europass online editor CV (2020+): "[ 01/03/2019 – Current ]" on its own line' },
  'academic': { layout: 'single', html: academic, convention: 'academic / faculty CV: numbered sections, dates leading the title line' },
  'indeed': { layout: 'single', html: indeedExport, convention: 'Indeed resume PDF download ("Month YYYY to Present", employer - town)' },
  'zhilian': { layout: 'single', html: zhilian, convention: '智联招聘 resume export (info strip, 工作描述, durations)' },
  'liepin': { layout: 'single', html: liepin, convention: '猎聘 resume export (company + dates right, 职位名称, 工作职责)' },
  'bilingual': { layout: 'single', html: bilingual, convention: 'bilingual Chinese résumé for foreign companies ("工作经历 Work Experience", "2019-03 ~ 至今")' },
  'harvard': { layout: 'single', docx: harvardDocx, convention: 'Harvard OCS résumé template in Word (right tab stops for town and dates)' },
  'functional': { layout: 'single', docx: functionalDocx, convention: 'functional-then-chronological résumé (skills/achievements first, one-line job list)' },
  'paragraph': { layout: 'single', docx: paragraphDocx, convention: 'UK Word CV with shaded boxed headings and prose job paragraphs' },
  'zh-word': { layout: 'single', docx: zhWordDocx, convention: 'Chinese Word/WPS 个人简历 with right-tab dates "2019年3月 - 至今"' },
  'plain-email': { layout: 'single', txt: plainEmail, convention: 'plain-text CV pasted into an email (dash-underlined headings)' },
  'markdown': { layout: 'single', txt: markdown, convention: 'Markdown résumé (README/gist style)' },
  'boss-txt': { layout: 'single', txt: bossTxt, convention: 'BOSS直聘 online résumé copied as text (公司 · 职位, 内容：)' },
  'sidebar-left': { layout: 'two-column', html: sidebarLeftGrid, convention: 'Canva-style résumé: CSS grid, dark left sidebar 34%' },
  'sidebar-right': { layout: 'two-column', html: sidebarRightFlex, convention: 'modern résumé: flexbox main + narrow right sidebar 30%' },
  'linkedin': { layout: 'two-column', html: linkedinPdf, convention: 'LinkedIn "Save to PDF" profile (grey left column, roles grouped by company)' },
  'zh-sidebar': { layout: 'two-column', html: zhSidebarFloat, convention: 'Chinese template-site 简历 (float-left blue sidebar with photo, skill bars)' },
  'word-two-cell': { layout: 'two-column', docx: wordTwoCellDocx, convention: 'Word two-cell borderless layout table (shaded left cell)' },
  'work-table': { layout: 'table', html: workTable, convention: 'employment history as a ruled table (Period | Employer | Position | Duties)' },
  'details-grid': { layout: 'table', html: detailsGrid, convention: 'South-Asian/African "CURRICULUM VITAE": personal-details grid + From/To work table + declaration' },
  'zh-form-html': { layout: 'table', html: zhFormHtml, convention: '个人简历 web-template form printed to PDF (photo cell, 工作经历 rows)' },
  'per-job-tables': { layout: 'table', docx: perJobTablesDocx, convention: 'Singapore/India per-job tables (Company / Position / Period / Responsibilities)' },
  'europass-classic': { layout: 'table', docx: europassClassicDocx, convention: 'classic Europass Word CV (2004–2012): label column + content column' },
  'zh-form': { layout: 'table', docx: zhFormDocx, convention: 'standard 个人简历 Word 表格简历 (photo cell, 工作经历 grid)' },
};

export const plan: Record<string, string[]> = {
  p01: ['uk-caps', 'plain-email', 'sidebar-left', 'work-table'],
  p02: ['indeed', 'functional', 'sidebar-right', 'work-table'],
  p03: ['dates-left', 'markdown', 'linkedin', 'details-grid'],
  p04: ['harvard', 'word-two-cell'],
  p05: ['europass2020', 'plain-email', 'sidebar-left', 'europass-classic'],
  p06: ['paragraph', 'indeed', 'details-grid'],
  p07: ['harvard', 'academic', 'linkedin'],
  p08: ['zhilian', 'boss-txt', 'zh-sidebar', 'zh-form'],
  p09: ['dates-left', 'zh-word', 'work-table'],
  p10: ['liepin', 'boss-txt', 'sidebar-left', 'zh-form-html'],
  p11: ['zh-word', 'sidebar-right', 'work-table'],
  p12: ['liepin', 'boss-txt', 'word-two-cell'],
  p13: ['bilingual', 'zh-sidebar', 'zh-form'],
  p14: ['markdown', 'europass2020', 'linkedin', 'europass-classic'],
  p15: ['zhilian', 'bilingual', 'zh-sidebar', 'zh-form-html'],
  p16: ['paragraph', 'uk-caps', 'word-two-cell', 'per-job-tables'],
};

const short: Record<Layout, string> = { single: 'single', 'two-column': 'twocol', table: 'table' };

async function main() {
  const force = process.argv.includes('--force');
  if (existsSync(path.join(here, 'manifest.json')) && !force) {
    console.error('heldout-8 is frozen (manifest.json exists); pass --force to regenerate.');
    process.exit(1);
  }
  rmSync(docsDir, { recursive: true, force: true });
  mkdirSync(docsDir, { recursive: true });
  const html: [string, string][] = [];
  const documents: { file: string; person: string; template: string; layout: Layout; producer: string; language: string }[] = [];
  for (const p of people) {
    for (const t of plan[p.id]) {
      const k = templates[t];
      const base = `${p.id}-${short[k.layout]}-${t}`;
      const doc = { person: p.id, template: t, layout: k.layout, language: p.language };
      if ('html' in k) { html.push([`${base}.pdf`, k.html(p)]); documents.push({ file: `${base}.pdf`, ...doc, producer: 'chromium' }); }
      else if ('txt' in k) { writeFileSync(path.join(docsDir, `${base}.txt`), k.txt(p), 'utf8'); documents.push({ file: `${base}.txt`, ...doc, producer: 'txt' }); }
      else {
        writeFileSync(path.join(docsDir, `${base}.docx`), await Packer.toBuffer(k.docx(p)));
        documents.push({ file: `${base}.docx`, ...doc, producer: 'docx' }, { file: `${base}.pdf`, ...doc, producer: 'libreoffice' });
      }
    }
  }
  if (process.argv.includes('--html-only')) {
    for (const [f, s] of html) writeFileSync(path.join(docsDir, f.replace(/\.pdf$/, '.html')), s);
    return;
  }
  exportDocxToPdf(docsDir);
  await printHtml(docsDir, html);
  const truth = {
    referenceDate: REF,
    people: people.map((p) => ({
      id: p.id, language: p.language, name: p.name, email: p.email, phone: p.phone,
      skills: p.skills.map((s) => [s.name, ...(s.syn ?? [])].join(' | ')),
      work: p.jobs.map((j) => ({ company: j.company, start: j.start, end: j.end })),
      yearsOfExperience: yearsWorked(p.jobs, REF),
    })),
    documents: documents.sort((a, b) => a.file.localeCompare(b.file)),
  };
  const onDisk = readdirSync(docsDir).sort();
  const listed = truth.documents.map((d) => d.file).sort();
  if (JSON.stringify(onDisk) !== JSON.stringify(listed)) throw new Error(`documents/ and truth disagree:\n${onDisk.join(' ')}\n${listed.join(' ')}`);
  writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifestOf(docsDir, listed), null, 2) + '\n');
  console.log(`wrote ${listed.length} documents`);
}

main().catch((e) => { console.error(e); process.exit(1); });
