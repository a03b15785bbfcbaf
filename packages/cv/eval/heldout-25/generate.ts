/**
 * heldout-25 generator: writes documents/, truth.json and manifest.json.
 * Refuses to run once manifest.json exists unless --force is given.
 *   npx tsx eval/heldout-25/generate.ts [--force]      (from packages/cv)
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType, BorderStyle, Document, Footer, Header, Packer, PageNumber, Paragraph, ShadingType, Table, TableCell,
  TableLayoutType, TableRow, TabStopType, TextRun, VerticalAlign, WidthType,
} from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people, type Job, type Person } from './people.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docsDir = path.join(here, 'documents');
const REF = '2026-11';

if (existsSync(path.join(here, 'manifest.json')) && !process.argv.includes('--force')) {
  console.error('heldout-25: manifest.json exists; refusing to regenerate (pass --force to overwrite).');
  process.exit(1);
}

// ------------------------------------------------------------------------------------------------ helpers
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
type DS = 'Mon YYYY' | 'Mon. YYYY' | 'Month YYYY' | 'MM/YYYY' | 'YYYY.MM' | 'YYYY年MM月' | 'YYYY年M月' | 'YYYY/MM' | 'YYYY-MM' | 'MM.YYYY' | 'M/YYYY' | 'YYYY.M';

function fd(ym: string | null, s: DS, present = 'Present'): string {
  if (ym === null) return present;
  const y = ym.slice(0, 4);
  const m = Number(ym.slice(5, 7));
  const mm = ym.slice(5, 7);
  switch (s) {
    case 'Mon YYYY': return `${MON[m - 1]} ${y}`;
    case 'Mon. YYYY': return `${MON[m - 1]}${m === 5 ? '' : '.'} ${y}`;
    case 'Month YYYY': return `${MONTH[m - 1]} ${y}`;
    case 'MM/YYYY': return `${mm}/${y}`;
    case 'M/YYYY': return `${m}/${y}`;
    case 'YYYY.MM': return `${y}.${mm}`;
    case 'YYYY.M': return `${y}.${m}`;
    case 'YYYY年MM月': return `${y}年${mm}月`;
    case 'YYYY年M月': return `${y}年${m}月`;
    case 'YYYY/MM': return `${y}/${mm}`;
    case 'YYYY-MM': return `${y}-${mm}`;
    case 'MM.YYYY': return `${mm}.${y}`;
  }
}
const rng = (j: { start: string; end: string | null }, s: DS, sep = ' – ', present = 'Present') => `${fd(j.start, s)}${sep}${fd(j.end, s, present)}`;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const skills = (p: Person) => p.skills.map((s) => s.split(' | ')[0]);
const recent = (p: Person) => [...p.jobs].reverse();
const byId = (id: string) => people.find((p) => p.id === id)!;
const cur = (p: Person) => p.jobs[p.jobs.length - 1];
const mixedName = (p: Person) => (p.language === 'mixed' ? `${p.name} ${p.latin}` : p.name);
const PROG = new Set(['Go', 'Python', 'Java', 'TypeScript', 'C++', 'SQL', 'MATLAB/Simulink']);
/** Months → "x yrs y mos" (LinkedIn/Wellfound style). */
function dur(j: Job): string {
  const idx = (s: string) => Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7)) - 1;
  const n = idx(j.end ?? REF) - idx(j.start) + 1;
  const y = Math.floor(n / 12), m = n % 12;
  return [y ? `${y} yr${y > 1 ? 's' : ''}` : '', m ? `${m} mo${m > 1 ? 's' : ''}` : ''].filter(Boolean).join(' ');
}
const html = (lang: string, css: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>*{box-sizing:border-box}body{margin:0;-webkit-print-color-adjust:exact}${css}</style></head><body>${body}</body></html>`;
const ul = (items: string[], cls = '') => (items.length ? `<ul${cls ? ` class="${cls}"` : ''}>${items.map((b) => `<li>${esc(b)}</li>`).join('')}</ul>` : '');
const SANS = `'Liberation Sans', Arial, 'WenQuanYi Zen Hei', sans-serif`;
const SERIF = `'Liberation Serif', 'Times New Roman', 'WenQuanYi Zen Hei', serif`;
const ZH = `'WenQuanYi Zen Hei', 'Droid Sans Fallback', sans-serif`;
const photoBox = (w: number, h: number, label = 'Photo') =>
  `<div style="width:${w}mm;height:${h}mm;border:1px solid #999;display:flex;align-items:center;justify-content:center;color:#888;font-size:9pt;background:#f4f4f4">${label}</div>`;

// ------------------------------------------------------------------------------------------------ HTML templates
type HtmlT = (p: Person) => string;

/** LaTeX sb2nov résumé (Sourabh Bajaj's template, "Experience" with \resumeSubheading). */
const sb2nov: HtmlT = (p) => {
  const sk = skills(p);
  const langs = sk.filter((s) => PROG.has(s)), tech = sk.filter((s) => !PROG.has(s));
  const name = p.language === 'mixed' ? `${p.latin} (${p.name})` : p.name;
  const sub = (a: string, b: string, c: string, d: string) =>
    `<div class="sh"><div class="r"><b>${esc(a)}</b><span>${esc(b)}</span></div><div class="r i"><span>${esc(c)}</span><span>${esc(d)}</span></div></div>`;
  return html('en', `body{font-family:${SERIF};font-size:10.5pt;color:#000;line-height:1.25}
  .top{display:flex;justify-content:space-between;align-items:flex-end}.top .n{font-size:20pt;font-weight:bold}.top .c{text-align:right;font-size:10pt}
  h2{font-variant:small-caps;font-weight:normal;font-size:13pt;border-bottom:1px solid #000;margin:12px 0 4px}
  .sh{margin:4px 0 0 10px}.r{display:flex;justify-content:space-between}.i{font-style:italic;font-size:10pt}
  ul{margin:2px 0 4px 10px;padding-left:22px}li{font-size:10pt;margin:1px 0}a{color:#000;text-decoration:none}.sk{margin-left:10px}`,
  `<div class="top"><div><div class="n">${esc(name)}</div><div>${p.links[0] ? `Github: ${esc(p.links[0])}` : ''}</div></div>
   <div class="c">Email : ${esc(p.email)}<br>Mobile : ${esc(p.phoneLocal.startsWith('(') ? '+1-' + p.phoneLocal.replace(/[()]/g, '').replace(' ', '-') : p.phoneLocal)}</div></div>
  <h2>Education</h2>${p.education.map((e) => sub(e.school, e.town ?? '', e.degree, rng(e, 'Mon. YYYY', ' – '))).join('')}
  <h2>Experience</h2>${recent(p).map((j) => sub(j.company, j.town ?? '', j.title, rng(j, 'Mon. YYYY', ' – ')) + ul(j.bullets)).join('')}
  <h2>Programming Skills</h2><div class="sk"><b>Languages</b>: ${esc(langs.join(', '))}<br><b>Technologies</b>: ${esc(tech.join(', '))}</div>
  ${p.certificates.length ? `<h2>Certifications</h2><div class="sk">${esc(p.certificates.join('; '))}</div>` : ''}`);
};

/** Dice.com candidate profile print (skills with years, work history cards). */
const dice: HtmlT = (p) => {
  const yrs = (s: string, i: number) => Math.max(2, 9 - i);
  return html('en', `body{font-family:${SANS};font-size:10pt;color:#222}
  .kick{font-size:8.5pt;color:#666;border-bottom:1px solid #ccc;padding-bottom:4px;display:flex;justify-content:space-between}
  .hd{display:flex;gap:14px;margin:12px 0}.av{width:56px;height:56px;border-radius:50%;background:#cfd8e3;color:#fff;font-size:20pt;display:flex;align-items:center;justify-content:center}
  .n{font-size:18pt;font-weight:bold}.hl{font-size:11pt;color:#444}.meta{font-size:9pt;color:#555;margin-top:3px}
  h3{font-size:11pt;margin:14px 0 6px;color:#0c2f6b}.card{border:1px solid #dde;border-radius:6px;padding:7px 10px;margin-bottom:6px}
  .t{font-weight:bold}.co{color:#333}.dt{color:#666;font-size:9pt}.chip{display:inline-block;border:1px solid #b8c4d6;border-radius:12px;padding:2px 9px;margin:2px;font-size:9pt}
  table.kv td{padding:2px 10px 2px 0;font-size:9.5pt;vertical-align:top}table.kv td:first-child{color:#666}`,
  `<div class="kick"><span>Dice · Candidate Profile</span><span>Profile last updated: Oct 28, 2026</span></div>
  <div class="hd"><div class="av">${esc(p.name.split(' ').map((x) => x[0]).join(''))}</div><div><div class="n">${esc(p.name)}</div><div class="hl">${esc(p.headline)}</div>
  <div class="meta">${esc(p.city)} · Open to Remote · ${esc(p.email)} · ${esc(p.phoneLocal)}</div></div></div>
  <table class="kv"><tr><td>Work Permit</td><td>Canadian citizen; eligible for TN visa</td></tr><tr><td>Desired employment type</td><td>Full-time, Contract - W2</td></tr><tr><td>Willing to relocate</td><td>No</td></tr></table>
  <h3>Profile Summary</h3><div>${esc(p.summary)}</div>
  <h3>Work History</h3>${recent(p).map((j) => `<div class="card"><div class="t">${esc(j.title)}</div><div class="co">${esc(j.company)}</div><div class="dt">${rng(j, 'Mon YYYY', ' - ')}</div></div>`).join('')}
  <h3>Skills</h3><div>${skills(p).map((s, i) => `<span class="chip">${esc(s)} · ${yrs(s, i)} yrs</span>`).join('')}</div>
  <h3>Education</h3>${p.education.map((e) => `<div class="card"><div class="t">${esc(e.degree)}</div><div class="co">${esc(e.school)}</div><div class="dt">${fd(e.end, 'Mon YYYY')}</div></div>`).join('')}
  <h3>Certifications</h3><div>${esc(p.certificates.join(' · '))}</div>`);
};

/** Resume Genius builder, "Professional" design (coloured name, summary, skills grid, work history). */
const resgenius: HtmlT = (p) => {
  const name = p.credentials ? `${p.name}, ${p.credentials}` : p.name;
  return html('en', `body{font-family:${SANS};font-size:10pt;color:#2b2b2b;line-height:1.3}
  .n{font-size:24pt;color:#1f5f8b;font-weight:bold;letter-spacing:.5px}.hl{font-size:11.5pt;color:#555;margin-top:2px}
  .ct{margin-top:6px;font-size:9.5pt;border-top:3px solid #1f5f8b;border-bottom:1px solid #ccc;padding:5px 0}
  h2{font-size:11pt;text-transform:uppercase;color:#1f5f8b;margin:14px 0 5px;letter-spacing:1px}
  .sk{columns:2;column-gap:30px;margin:0;padding-left:18px}.sk li{margin:2px 0}
  .job{margin-bottom:8px}.jh{display:flex;justify-content:space-between}.jt{font-weight:bold}.jc{font-style:italic}
  ul{margin:3px 0;padding-left:18px}li{margin:1px 0}`,
  `<div class="n">${esc(name)}</div><div class="hl">${esc(p.headline)}</div>
  <div class="ct">${esc(p.address)} &nbsp;|&nbsp; ${esc(p.phoneLocal)} &nbsp;|&nbsp; ${esc(p.email)}</div>
  <h2>Professional Summary</h2><div>${esc(p.summary)}</div>
  <h2>Skills</h2><ul class="sk">${skills(p).map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
  <h2>Work History</h2>${recent(p).map((j) => `<div class="job"><div class="jh"><span class="jt">${esc(j.title)}</span><span>${rng(j, 'MM/YYYY', ' - ', 'Current')}</span></div>
    <div class="jc">${esc(j.company)}${j.town ? ` - ${esc(j.town)}` : ''}</div>${ul(j.bullets)}</div>`).join('')}
  <h2>Education</h2>${p.education.map((e) => `<div class="jh"><span><b>${esc(e.degree)}</b><br><i>${esc(e.school)}</i></span><span>${fd(e.end, 'MM/YYYY')}</span></div>`).join('')}
  <h2>Certifications</h2>${ul(p.certificates)}`);
};

/** LaTeX curve class (rubrics with dates in the left margin, running header on every page via repeating thead). */
const curve: HtmlT = (p) => {
  const name = p.credentials ? `${p.name} <span style="font-size:11pt">${esc(p.credentials)}</span>` : esc(p.name);
  const entry = (l: string, r: string) => `<div class="e"><div class="l">${l}</div><div class="rt">${r}</div></div>`;
  const jobs = [...recent(p).map((j) => ({ s: j.start, h: entry(rng(j, 'MM/YYYY', '–', 'now'), `<b>${esc(j.title)}</b>, ${esc(j.company)}${j.town ? `, ${esc(j.town)}` : ''}.<br><span class="d">${esc(j.bullets.join('. '))}.</span>`) })),
    ...p.breaks.map((b) => ({ s: b.start, h: entry(`${fd(b.start, 'MM/YYYY')}–${fd(b.end, 'MM/YYYY')}`, `<i>${esc(b.label)}</i>`) }))].sort((a, b) => b.s.localeCompare(a.s));
  return html('en', `body{font-family:${SERIF};font-size:10.5pt;color:#111}
  table.pg{width:100%;border-collapse:collapse}thead td{font-size:8.5pt;color:#7a2a2a;border-bottom:.5px solid #7a2a2a;padding-bottom:2px;font-variant:small-caps;letter-spacing:1px}
  .hd{display:flex;justify-content:space-between;align-items:flex-start;margin:10px 0 6px}.n{font-size:24pt;color:#7a2a2a}.hd>div:first-child{flex:1}.c{text-align:right;font-size:9.5pt;line-height:1.4;white-space:nowrap;flex:none;margin-left:12px}
  h2{color:#7a2a2a;font-variant:small-caps;font-weight:normal;font-size:14pt;margin:12px 0 4px;border-bottom:.5px solid #7a2a2a}
  .e{display:flex;gap:10px;margin:3px 0;break-inside:avoid}.l{width:32mm;text-align:right;color:#555;flex:none;font-size:9.5pt;padding-top:1px}.rt{flex:1}.d{font-size:9.5pt;color:#333}`,
  `<table class="pg"><thead><tr><td>${esc(p.name)} · Curriculum Vitae</td></tr></thead><tbody><tr><td>
  <div class="hd"><div><div class="n">${name}</div><div style="font-style:italic">${esc(p.headline)}</div></div>
  <div class="c">${p.address.split(', ').map(esc).join('<br>')}<br>${esc(p.phoneLocal)}<br>${esc(p.email)}</div></div>
  <h2>Profile</h2>${entry('', esc(p.summary))}
  <h2>Employment</h2>${jobs.map((x) => x.h).join('')}
  <h2>Education</h2>${p.education.map((e) => entry(rng(e, 'MM/YYYY', '–'), `<b>${esc(e.degree)}</b>, ${esc(e.school)}.`)).join('')}
  <h2>Skills</h2>${entry('Professional', esc(skills(p).join(' · ')))}
  <h2>Registration &amp; Licences</h2>${p.certificates.map((c) => entry('', esc(c))).join('')}
  <h2>Languages</h2>${entry('', esc(p.languages.join(', ')))}
  ${p.referees.length ? `<h2>Referees</h2>${p.referees.map((r) => entry('', `${esc(r.name)}, ${esc(r.role)}. Tel. ${esc(r.phone)}${r.email ? `, ${esc(r.email)}` : ''}`)).join('')}` : ''}
  </td></tr></tbody></table>`);
};

/** Workable ATS candidate page, printed from the browser (kicker line, stage, tags, resume fields). */
const workable: HtmlT = (p) => {
  const disp = p.language === 'mixed' ? `${p.latin}${p.nickname ? ` (${p.nickname})` : ''} · ${p.name}` : p.name;
  return html('en', `body{font-family:${SANS};font-size:9.5pt;color:#253238}
  .bar{font-size:8pt;color:#7b8a93;display:flex;justify-content:space-between;border-bottom:1px solid #e3e8eb;padding-bottom:4px}
  .k{margin-top:10px;font-size:8.5pt;text-transform:uppercase;letter-spacing:1px;color:#00756a}
  .n{font-size:19pt;font-weight:bold;margin:2px 0}.hl{color:#50616a}
  .st{display:inline-block;background:#e6f4f2;color:#00756a;border-radius:3px;padding:1px 7px;font-size:8.5pt;margin:6px 4px 0 0}
  table.info{margin-top:10px;border-collapse:collapse}table.info td{padding:2px 14px 2px 0;vertical-align:top}table.info td:first-child{color:#7b8a93;width:70px}
  h3{font-size:10.5pt;margin:14px 0 6px;border-bottom:1px solid #e3e8eb;padding-bottom:3px}
  .x{margin-bottom:8px}.x .t{font-weight:bold}.x .d{color:#7b8a93;font-size:8.5pt}.x p{margin:2px 0}
  .tag{display:inline-block;background:#eef1f3;border-radius:3px;padding:2px 7px;margin:2px 3px 2px 0}`,
  `<div class="bar"><span>workable</span><span>Printed ${'12 Nov 2026'}</span></div>
  <div class="k">Candidate · ${esc(cur(p).title)} (${esc(p.city)})</div>
  <div class="n">${esc(disp)}</div><div class="hl">${esc(p.headline)}</div>
  <span class="st">Stage: Phone screen</span><span class="st">Sourced · LinkedIn</span><span class="st">Applied 3 Nov 2026</span>
  <table class="info"><tr><td>Email</td><td>${esc(p.email)}</td></tr><tr><td>Phone</td><td>${esc(p.phoneLocal)}</td></tr><tr><td>Address</td><td>${esc(p.address)}</td></tr></table>
  <h3>Summary</h3><div>${esc(p.summary)}</div>
  <h3>Experience</h3>${recent(p).map((j) => `<div class="x"><div class="t">${esc(j.title)}</div><div>${esc(j.company)}</div><div class="d">${rng(j, 'Mon YYYY', ' — ')}</div>${j.bullets.map((b) => `<p>${esc(b)}</p>`).join('')}</div>`).join('')}
  <h3>Education</h3>${p.education.map((e) => `<div class="x"><div class="t">${esc(e.school)}</div><div>${esc(e.degree)}</div><div class="d">${rng(e, 'Mon YYYY', ' — ')}</div></div>`).join('')}
  <h3>Skills</h3><div>${skills(p).map((s) => `<span class="tag">${esc(s)}</span>`).join('')}</div>
  <h3>Timeline</h3><div class="d" style="color:#7b8a93">3 Nov 2026 — Applied via careers page · 6 Nov 2026 — Moved to Phone screen by R. Osei</div>`);
};

/** billryan/resume (Chinese LaTeX résumé popular on GitHub). */
const billryan: HtmlT = (p) => html('zh', `body{font-family:${ZH};font-size:10pt;color:#000;line-height:1.45}
  .n{text-align:center;font-size:22pt;margin-bottom:2px}.c{text-align:center;font-size:9.5pt}
  h2{font-size:12.5pt;color:#1a4f8b;border-bottom:1px solid #1a4f8b;margin:10px 0 4px;font-weight:normal}
  .r{display:flex;justify-content:space-between}ul{margin:1px 0 4px;padding-left:20px}li{margin:0}.ti{font-style:italic}`,
`<div class="n">${esc(p.name)}</div>
<div class="c">✉ ${esc(p.email)} &nbsp;|&nbsp; ☎ (+86) ${esc(p.phoneLocal.replace(/ /g, '-'))}${p.links[0] ? ` &nbsp;|&nbsp; ⌂ ${esc(p.links[0])}` : ''}</div>
<h2>教育背景</h2>${p.education.map((e) => `<div class="r"><span><b>${esc(e.school)}</b>，${esc(e.degree)}</span><span>${fd(e.start, 'YYYY.MM')} -- ${fd(e.end, 'YYYY.MM')}</span></div>`).join('')}
<h2>工作经历</h2>${recent(p).map((j) => `<div class="r"><span><b>${esc(j.company)}</b>，<span class="ti">${esc(j.title)}</span></span><span>${fd(j.start, 'YYYY年M月')} -- ${fd(j.end, 'YYYY年M月', '至今')}</span></div>${ul(j.bullets)}`).join('')}
<h2>专业技能</h2><ul>${skills(p).map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
<h2>其他</h2><ul><li>语言：${esc(p.languages.join('；'))}</li><li>证书：${esc(p.certificates.join('；'))}</li></ul>`);

/** 钉钉招聘 candidate résumé print. */
const dingtalk: HtmlT = (p) => {
  const e = p.extra;
  const yrs = Math.floor(yearsWorked(p.jobs, REF));
  return html('zh', `body{font-family:${ZH};font-size:9.5pt;color:#171a1d;line-height:1.55}
  .top{display:flex;justify-content:space-between;font-size:8.5pt;color:#888;border-bottom:1px solid #eee;padding-bottom:4px}
  .hd{display:flex;justify-content:space-between;margin:12px 0}.n{font-size:18pt;font-weight:bold}.m{color:#5f6470;margin-top:3px}
  .av{width:60px;height:60px;border-radius:8px;background:#e8eefc;color:#3370ff;display:flex;align-items:center;justify-content:center;font-size:18pt}
  h3{font-size:11pt;margin:12px 0 5px;padding-left:7px;border-left:3px solid #3370ff}
  .it{margin-bottom:7px}.it .a{display:flex;justify-content:space-between;font-weight:bold}.it .b{color:#5f6470}
  .tag{display:inline-block;background:#f2f3f5;border-radius:4px;padding:1px 8px;margin:2px 4px 2px 0}`,
  `<div class="top"><span>钉钉招聘 · 候选人简历</span><span>应聘职位：${esc(p.headline)} ｜ 投递时间：2026-11-04 ｜ 来源：招聘官网</span></div>
  <div class="hd"><div><div class="n">${esc(p.name)}</div>
  <div class="m">${esc(e.gender ?? '')} ｜ ${esc(e.age ?? String(2026 - Number((e.born ?? '1990').slice(0, 4))))}岁 ｜ ${esc(e.edu ?? '')} ｜ ${yrs}年工作经验 ｜ ${esc(p.city)}</div>
  <div class="m">手机：${esc(p.phoneLocal)} &nbsp;&nbsp; 邮箱：${esc(p.email)}</div></div><div class="av">${esc(p.name[0])}</div></div>
  <h3>求职意向</h3><div>${esc(e.expect ?? p.headline)}</div>
  <h3>个人优势</h3><div>${esc(p.summary)}</div>
  <h3>工作经历</h3>${recent(p).map((j) => `<div class="it"><div class="a"><span>${esc(j.company)} ｜ ${esc(j.title)}</span><span>${rng(j, 'YYYY.MM', ' - ', '至今')}</span></div><div class="b">${j.bullets.map(esc).join('；')}</div></div>`).join('')}
  <h3>教育经历</h3>${p.education.map((x) => `<div class="it"><div class="a"><span>${esc(x.school)} ｜ ${esc(x.degree)}</span><span>${rng(x, 'YYYY.MM', ' - ')}</span></div></div>`).join('')}
  <h3>技能标签</h3><div>${skills(p).map((s) => `<span class="tag">${esc(s)}</span>`).join('')}</div>
  <h3>资格证书</h3><div>${esc(p.certificates.join('、'))}</div>
  <div style="margin-top:14px;font-size:8pt;color:#aaa">简历来源于钉钉招聘，仅供企业内部招聘使用，请勿外传。导出人：HR-林晓 导出时间：2026-11-06 10:42</div>`);
};

/** 南方人才网 (Guangdong) online résumé print: info grid with photo, 工作经验 list. */
const nanfang: HtmlT = (p) => {
  const e = p.extra;
  return html('zh', `body{font-family:${ZH};font-size:9.5pt;color:#222;line-height:1.6}
  .band{background:#b3262d;color:#fff;padding:6px 10px;display:flex;justify-content:space-between;font-size:9pt}.band b{font-size:13pt}
  .info{display:flex;gap:12px;margin:10px 0}.info table{flex:1;border-collapse:collapse}.info td{padding:2px 6px}.info td.k{color:#777;width:80px;white-space:nowrap}
  h3{font-size:11pt;color:#b3262d;border-bottom:1px dashed #b3262d;margin:12px 0 6px;padding-bottom:2px}
  .w{margin-bottom:7px}.w .h{font-weight:bold}.w .k{color:#777}`,
  `<div class="band"><span><b>个人简历</b>　南方人才网</span><span>简历编号：NF2026${p.id.slice(1)}83174　更新日期：2026-10-30</span></div>
  <div class="info"><table>
   <tr><td class="k">姓　　名：</td><td>${esc(p.name)}</td><td class="k">性　　别：</td><td>${esc(e.gender ?? '')}</td></tr>
   <tr><td class="k">出生年月：</td><td>${esc(e.born ?? '')}</td><td class="k">籍　　贯：</td><td>${esc(e.hometown ?? '')}</td></tr>
   <tr><td class="k">学　　历：</td><td>${esc(e.edu ?? '')}</td><td class="k">工作年限：</td><td>${Math.floor(yearsWorked(p.jobs, REF))}年</td></tr>
   <tr><td class="k">手　　机：</td><td>${esc(p.phoneLocal)}</td><td class="k">电子邮箱：</td><td>${esc(p.email)}</td></tr>
   <tr><td class="k">现居住地：</td><td colspan="3">${esc(p.address)}</td></tr></table>${photoBox(26, 34, '照片')}</div>
  <h3>求职意向</h3><div>期望职位：${esc(p.headline)}　期望地点：${esc(p.city)}　到岗时间：一个月内</div>
  <h3>工作经验</h3>${recent(p).map((j) => `<div class="w"><div class="h">${fd(j.start, 'YYYY年MM月')} — ${fd(j.end, 'YYYY年MM月', '至今')}　${esc(j.company)}</div>
   <div><span class="k">职位名称：</span>${esc(j.title)}${j.dept ? `　<span class="k">所在部门：</span>${esc(j.dept)}` : ''}</div><div><span class="k">工作描述：</span>${j.bullets.map(esc).join('；')}。</div></div>`).join('')}
  <h3>教育经历</h3>${p.education.map((x) => `<div>${fd(x.start, 'YYYY年MM月')} — ${fd(x.end, 'YYYY年MM月')}　${esc(x.school)}　${esc(x.degree)}</div>`).join('')}
  <h3>专业技能</h3><div>${skills(p).map(esc).join('、')}</div>
  <h3>语言能力</h3><div>${esc(p.languages.join('；'))}</div>
  <h3>证书</h3><div>${esc(p.certificates.join('；'))}</div>
  <h3>自我评价</h3><div>${esc(p.summary)}</div>`);
};

/** MyCareersFuture (Singapore) jobseeker profile print. */
const mycf: HtmlT = (p) => html('en', `body{font-family:${SANS};font-size:9.5pt;color:#1a1a1a;line-height:1.4}
  .top{background:#2b3a8c;color:#fff;padding:6px 10px;font-size:9pt}.n{font-size:17pt;font-weight:bold;margin:12px 0 0}.zh{font-family:${ZH};font-size:14pt;margin-left:6px;font-weight:normal}
  .meta{color:#555}h3{font-size:11pt;margin:14px 0 6px;color:#2b3a8c}
  .row{display:grid;grid-template-columns:120px 1fr;gap:2px 10px;margin-bottom:8px;padding-bottom:6px;border-bottom:1px solid #eee}.row .k{color:#666}
  .chip{display:inline-block;border:1px solid #2b3a8c;color:#2b3a8c;border-radius:14px;padding:1px 9px;margin:2px}`,
`<div class="top">MyCareersFuture.gov.sg · My Profile</div>
<div class="n">${esc(p.latin!)}<span class="zh">${esc(p.name)}</span></div><div class="meta">${esc(p.headline)} · ${esc(p.extra.nationality ?? '')}</div>
<div class="meta">Email: ${esc(p.email)} · Mobile: +65 ${esc(p.phoneLocal)}</div>
<h3>About me</h3><div>${esc(p.summary)}</div>
<h3>Work Experience</h3>${recent(p).map((j) => `<div class="row"><span class="k">Job Title</span><b>${esc(j.title)}</b><span class="k">Company</span><span>${esc(j.company)}</span><span class="k">Period</span><span>${rng(j, 'Mon YYYY', ' - ')}</span><span class="k">Description</span><span>${j.bullets.map(esc).join('. ')}</span></div>`).join('')}
<h3>Education</h3>${p.education.map((e) => `<div class="row"><span class="k">Qualification</span><b>${esc(e.degree)}</b><span class="k">Institution</span><span>${esc(e.school)}</span><span class="k">Graduated</span><span>${fd(e.end, 'Mon YYYY')}</span></div>`).join('')}
<h3>Skills</h3><div>${skills(p).map((s) => `<span class="chip">${esc(s)}</span>`).join('')}</div>
<h3>Languages</h3><div>${esc(p.languages.join(', '))}</div>`);

/** StepStone.de candidate profile (English UI) print. */
const stepstone: HtmlT = (p) => html('en', `body{font-family:${SANS};font-size:9.5pt;color:#0c2577;line-height:1.45}
  .kick{font-size:8.5pt;color:#6b7bb0}.n{font-size:20pt;font-weight:bold;margin:4px 0 0}.zh{font-family:${ZH}}
  .hl{font-size:11pt;color:#333}.box{background:#f1f4fb;padding:7px 10px;margin:8px 0;color:#222}
  h3{font-size:11pt;margin:14px 0 6px;border-bottom:2px solid #0c2577;padding-bottom:2px}
  .e{display:grid;grid-template-columns:40mm 1fr;gap:8px;margin-bottom:7px;color:#222}.e .d{color:#555}.e b{color:#0c2577}
  ul{margin:2px 0;padding-left:16px}`,
`<div class="kick">StepStone · Your profile · visible to recruiters</div>
<div class="n">${esc(p.latin!)} <span class="zh">(${esc(p.name)})</span></div><div class="hl">${esc(p.headline)}</div>
<div class="box">${esc(p.address)}<br>Phone: ${esc(p.phoneLocal)} · E-mail: ${esc(p.email)}<br>Work permit: ${esc(p.extra.permit ?? '')} · Notice period: 3 months to end of quarter</div>
<h3>Work experience</h3>${recent(p).map((j) => `<div class="e"><div class="d">${rng(j, 'MM/YYYY', ' – ', 'today')}</div><div><b>${esc(j.title)}</b><br>${esc(j.company)}${j.town ? `, ${esc(j.town)}` : ''}${ul(j.bullets)}</div></div>`).join('')}
<h3>Education</h3>${p.education.map((e) => `<div class="e"><div class="d">${rng(e, 'MM/YYYY', ' – ')}</div><div><b>${esc(e.degree)}</b><br>${esc(e.school)}</div></div>`).join('')}
<h3>Skills</h3><div style="color:#222">${skills(p).map(esc).join(' · ')}</div>
<h3>Languages</h3><div style="color:#222">${esc(p.languages.join(' · '))}</div>
<h3>Certificates</h3><div style="color:#222">${esc(p.certificates.join(' · '))}</div>`);

/** Handshake student/early-career profile print. */
const handshake: HtmlT = (p) => html('en', `body{font-family:${SANS};font-size:9.5pt;color:#222;line-height:1.4}
  .hd{display:flex;gap:14px;align-items:center;border-bottom:1px solid #ddd;padding-bottom:10px}.av{width:64px;height:64px;border-radius:50%;background:#d9e7e3}
  .n{font-size:18pt;font-weight:bold}.zh{font-family:${ZH};font-weight:normal}.s{color:#555}
  h3{font-size:11pt;margin:14px 0 6px}.c{border:1px solid #e4e4e4;border-radius:6px;padding:7px 10px;margin-bottom:6px}.c .t{font-weight:bold}.c .g{color:#666;font-size:9pt}
  .pill{display:inline-block;background:#eef6f4;border-radius:10px;padding:1px 8px;margin:2px}`,
`<div class="hd"><div class="av"></div><div><div class="n">${esc(p.latin!)} (${esc(p.nickname!)}) <span class="zh">${esc(p.name)}</span></div>
<div class="s">Three Rivers University · M.S. Computer Science · Graduated May 2024</div><div class="s">${esc(p.city)} · ${esc(p.email)} · ${esc(p.phoneLocal)}</div></div></div>
<h3>Bio</h3><div>${esc(p.summary)}</div><div class="s" style="margin-top:4px">Work authorization: ${esc(p.extra.auth ?? '')}</div>
<h3>Work &amp; Volunteer Experience</h3>${recent(p).map((j) => `<div class="c"><div class="t">${esc(j.title)}</div><div>${esc(j.company)} · ${esc(j.town ?? '')}</div><div class="g">${rng(j, 'Month YYYY', ' – ')}</div><div>${j.bullets.map(esc).join(' ')}</div></div>`).join('')}
<h3>Education</h3>${p.education.map((e) => `<div class="c"><div class="t">${esc(e.school)}</div><div>${esc(e.degree)}</div><div class="g">${rng(e, 'Month YYYY', ' – ')}</div></div>`).join('')}
<h3>Skills</h3><div>${skills(p).map((s) => `<span class="pill">${esc(s)}</span>`).join('')}</div>
<h3>Languages</h3><div>${esc(p.languages.join(', '))}</div>`);

/** Wellfound (AngelList Talent) candidate profile print. */
const wellfound: HtmlT = (p) => html('en', `body{font-family:${SANS};font-size:9.5pt;color:#1b1b1b;line-height:1.45}
  .brand{font-weight:bold;font-size:10pt;letter-spacing:.5px}.n{font-size:19pt;font-weight:bold;margin-top:12px}.zh{font-family:${ZH};font-weight:normal;font-size:14pt}
  .s{color:#666}h3{font-size:9pt;text-transform:uppercase;letter-spacing:1.2px;color:#888;margin:16px 0 6px}
  .x{display:flex;gap:10px;margin-bottom:9px}.lg{width:34px;height:34px;border-radius:6px;background:#eee;flex:none;display:flex;align-items:center;justify-content:center;font-weight:bold;color:#777}
  .x .t{font-weight:bold}.x .d{color:#888;font-size:9pt}.tag{display:inline-block;border:1px solid #ddd;border-radius:4px;padding:1px 7px;margin:2px}`,
`<div class="brand">wellfound<span style="color:#ec5a5a">:</span></div>
<div class="n">${esc(p.latin!)}${p.nickname ? ` "${esc(p.nickname)}"` : ''} <span class="zh">${esc(p.name)}</span></div>
<div class="s">${esc(p.headline)} · ${esc(p.city)}</div><div class="s">${esc(p.email)} · ${esc(p.phoneLocal)}${p.links.length ? ' · ' + esc(p.links.join(' · ')) : ''}</div>
<h3>Looking for</h3><div>Full-time roles in infrastructure/platform; remote or hybrid; open to relocation.</div>
<h3>About</h3><div>${esc(p.summary)}</div>
<h3>Experience</h3>${recent(p).map((j) => `<div class="x"><div class="lg">${esc(j.company[0])}</div><div><div class="t">${esc(j.title)}</div><div>${esc(j.company)}</div><div class="d">${rng(j, 'Mon YYYY', ' – ')} · ${dur(j)}</div><div>${j.bullets.map(esc).join(' · ')}</div></div></div>`).join('')}
<h3>Education</h3>${p.education.map((e) => `<div class="x"><div class="lg">${esc(e.school[0])}</div><div><div class="t">${esc(e.school)}</div><div>${esc(e.degree)}</div><div class="d">${fd(e.start, 'YYYY-MM').slice(0, 4)} – ${fd(e.end, 'YYYY-MM').slice(0, 4)}</div></div></div>`).join('')}
<h3>Skills</h3><div>${skills(p).map((s) => `<span class="tag">${esc(s)}</span>`).join('')}</div>`);

/** 个人简历网-style Word/HTML 表格式个人简历 (free downloadable table résumé). */
const gerenjianli: HtmlT = (p) => {
  const e = p.extra;
  return html('zh', `body{font-family:${ZH};font-size:10pt;color:#000}
  h1{text-align:center;font-size:20pt;letter-spacing:8px;margin:0 0 10px}
  table{width:100%;border-collapse:collapse;table-layout:fixed}td{border:1px solid #000;padding:5px 6px;vertical-align:middle;line-height:1.5}
  td.k{background:#dde6f0;text-align:center;font-weight:bold}td.sec{background:#3d5f8a;color:#fff;font-weight:bold;text-align:left;letter-spacing:2px}
  .ph{text-align:center;color:#777}`,
  `<h1>个人简历</h1><table>
  <colgroup><col style="width:14%"><col style="width:19%"><col style="width:14%"><col style="width:19%"><col style="width:14%"><col style="width:20%"></colgroup>
  <tr><td class="k">姓　名</td><td>${esc(p.name)}</td><td class="k">性　别</td><td>${esc(e.gender ?? '')}</td><td class="ph" rowspan="4" colspan="2">照<br>片</td></tr>
  <tr><td class="k">出生年月</td><td>${esc(e.born ?? '')}</td><td class="k">籍　贯</td><td>${esc(e.hometown ?? '')}</td></tr>
  <tr><td class="k">学　历</td><td>${esc(e.edu ?? '')}</td><td class="k">婚姻状况</td><td>${esc(e.marriage ?? '未婚')}</td></tr>
  <tr><td class="k">联系电话</td><td>${esc(p.phoneLocal)}</td><td class="k">电子邮箱</td><td style="font-size:8.5pt">${esc(p.email)}</td></tr>
  <tr><td class="k">毕业院校</td><td colspan="2">${esc(p.education[0].school)}</td><td class="k">专　业</td><td colspan="2">${esc(p.education[0].degree)}</td></tr>
  <tr><td class="k">求职意向</td><td colspan="5">${esc(e.expect ?? p.headline)}</td></tr>
  <tr><td class="sec" colspan="6">教育背景</td></tr>
  ${p.education.map((x) => `<tr><td colspan="2">${fd(x.start, 'YYYY.MM')}－${fd(x.end, 'YYYY.MM')}</td><td colspan="2">${esc(x.school)}</td><td colspan="2">${esc(x.degree)}</td></tr>`).join('')}
  <tr><td class="sec" colspan="6">工作经历</td></tr>
  <tr><td class="k" colspan="2">起止时间</td><td class="k" colspan="2">工作单位</td><td class="k" colspan="2">职位</td></tr>
  ${recent(p).map((j) => `<tr><td colspan="2">${fd(j.start, 'YYYY.MM')}－${fd(j.end, 'YYYY.MM', '至今')}</td><td colspan="2">${esc(j.company)}</td><td colspan="2">${esc(j.title)}</td></tr><tr><td class="k">工作内容</td><td colspan="5">${j.bullets.map(esc).join('；')}</td></tr>`).join('')}
  <tr><td class="sec" colspan="6">技能特长</td></tr>
  <tr><td colspan="6">${skills(p).map(esc).join('　/　')}</td></tr>
  <tr><td class="k">证　书</td><td colspan="5">${esc(p.certificates.join('、'))}</td></tr>
  <tr><td class="k">语　言</td><td colspan="5">${esc(p.languages.join('、'))}</td></tr>
  <tr><td class="sec" colspan="6">自我评价</td></tr><tr><td colspan="6" style="height:70px;vertical-align:top">${esc(p.summary)}</td></tr></table>`);
};

/** US staffing agency "Candidate Submittal" form sent to a client hiring manager. */
const submittal: HtmlT = (p) => {
  const ng = p.phone.startsWith('+234');
  const agency = ng ? ['Crestline Talent Partners Ltd', 'Plot 5, Ajose Adeogun Street, Victoria Island, Lagos', 'Recruiter: Tolulope Bamidele · 0817 204 9951 · tolu@crestlinetalent.ng']
    : ['Keystone Workforce Solutions', '4100 Regent St, Suite 210, Columbus, OH 43219', 'Recruiter: Alyssa Brenner · (614) 259-8810 · abrenner@keystonews.com'];
  const client = ng ? ['Finance Director', 'Sahel Breweries Plc'] : ['Class A Tanker Driver - Regional', 'Buckeye Chemical Transport'];
  return html('en', `body{font-family:${SANS};font-size:9pt;color:#111}
  .hd{display:flex;justify-content:space-between;border-bottom:3px solid #2d4b73;padding-bottom:6px}.ag{font-size:15pt;font-weight:bold;color:#2d4b73}.sm{font-size:8pt;color:#555}
  h1{font-size:13pt;text-align:center;margin:10px 0 8px;letter-spacing:2px}
  table{width:100%;border-collapse:collapse;margin-bottom:10px}td,th{border:1px solid #8a99ad;padding:4px 5px;vertical-align:top;text-align:left}th{background:#dfe6ef}td.k{background:#f0f3f7;font-weight:bold;width:24%}
  .cap{font-weight:bold;background:#2d4b73;color:#fff;padding:3px 6px;margin-top:6px}`,
  `<div class="hd"><div><div class="ag">${agency[0]}</div><div class="sm">${agency[1]}</div></div><div class="sm" style="text-align:right">${agency[2]}<br>Submitted: 11/09/2026</div></div>
  <h1>CANDIDATE SUBMITTAL</h1>
  <table><tr><td class="k">Candidate Name</td><td>${esc(p.name)}</td><td class="k">Position</td><td>${client[0]}</td></tr>
  <tr><td class="k">Phone</td><td>${esc(p.phoneLocal)}</td><td class="k">Client</td><td>${client[1]}</td></tr>
  <tr><td class="k">Email</td><td>${esc(p.email)}</td><td class="k">Availability</td><td>${ng ? '30 days notice' : '2 weeks notice'}</td></tr>
  <tr><td class="k">Location</td><td>${esc(p.city)}</td><td class="k">${ng ? 'Expected salary' : 'Pay rate'}</td><td>${ng ? 'N2.4m / month (negotiable)' : '$0.68 / mile + hazmat premium'}</td></tr>
  <tr><td class="k">Work authorization</td><td>${ng ? 'Nigerian citizen' : 'U.S. citizen'}</td><td class="k">Background / drug screen</td><td>${ng ? 'References verified' : 'Passed (DOT 5-panel, 10/2026)'}</td></tr></table>
  <div class="cap">Recruiter Summary</div><table><tr><td>${esc(p.summary)}</td></tr></table>
  <div class="cap">Employment History</div>
  <table><tr><th>Employer</th><th>Title</th><th>From</th><th>To</th><th>Reason for leaving</th></tr>
  ${recent(p).map((j, i) => `<tr><td>${esc(j.company)}</td><td>${esc(j.title)}</td><td>${fd(j.start, 'MM/YYYY')}</td><td>${fd(j.end, 'MM/YYYY', 'Present')}</td><td>${i === 0 ? 'Currently employed' : ['Career advancement', 'Better opportunity', 'Contract ended', 'Relocated'][i % 4]}</td></tr>`).join('')}</table>
  <div class="cap">Skills</div>
  <table><tr><th>Skill</th><th>Years</th><th>Last used</th></tr>${skills(p).map((s, i) => `<tr><td>${esc(s)}</td><td>${Math.max(2, 8 - i)}</td><td>2026</td></tr>`).join('')}</table>
  <div class="cap">Licences / Certifications</div><table><tr><td>${esc(p.certificates.join('; '))}</td></tr></table>
  <div class="cap">Education</div><table>${p.education.map((e) => `<tr><td>${esc(e.degree)}</td><td>${esc(e.school)}</td><td>${fd(e.end, 'MM/YYYY')}</td></tr>`).join('')}</table>
  <div class="sm">Confidential: this candidate is represented by ${agency[0]}. Direct contact or hire within 12 months of this submittal is subject to the placement fee agreement.</div>`);
};

/** Etsy / Creative Market style instant-download template (spaced-caps serif name, photo circle, two columns). */
const etsy: HtmlT = (p) => {
  const name = p.name.toUpperCase();
  return html('en', `body{font-family:${SANS};font-size:9pt;color:#333;line-height:1.45}
  .hd{display:flex;align-items:center;gap:18px;border-bottom:1px solid #c9b8a6;padding-bottom:12px}.ph{width:30mm;height:30mm;border-radius:50%;background:#e9e0d6;flex:none}
  .n{font-family:${SERIF};font-size:25pt;letter-spacing:6px;color:#3b332c}.hl{letter-spacing:3px;font-size:9pt;color:#9a7f62;text-transform:uppercase}
  .cols{display:grid;grid-template-columns:58mm 1fr;gap:0 9mm;margin-top:12px}.side{background:#f6f1eb;padding:8px 10px}
  h3{font-family:${SERIF};letter-spacing:3px;font-size:10.5pt;color:#3b332c;margin:10px 0 5px;border-bottom:1px solid #c9b8a6;padding-bottom:2px}
  .side ul{padding-left:14px;margin:0}.j{margin-bottom:8px}.j .t{font-weight:bold;text-transform:uppercase;letter-spacing:1px;font-size:8.5pt;color:#3b332c}.j .c{color:#9a7f62}
  ul{margin:2px 0;padding-left:14px}`,
  `<div class="hd">${p.id === 'p06' ? '<div class="ph"></div>' : ''}<div><div class="n">${esc(name)}</div><div class="hl">${esc(p.headline)}</div></div></div>
  <div class="cols"><div class="side">
   <h3>CONTACT</h3><div>${esc(p.phoneLocal)}<br>${esc(p.email)}<br>${esc(p.address)}${p.links[0] ? `<br>${esc(p.links[0])}` : ''}</div>
   <h3>SKILLS</h3><ul>${skills(p).map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
   <h3>EDUCATION</h3>${p.education.map((e) => `<div><b>${esc(e.degree)}</b><br>${esc(e.school)}<br>${fd(e.start, 'YYYY-MM').slice(0, 4)} - ${fd(e.end, 'YYYY-MM').slice(0, 4)}</div>`).join('<br>')}
   <h3>LANGUAGES</h3><div>${esc(p.languages.join(', '))}</div>
   <h3>CERTIFICATIONS</h3><div>${esc(p.certificates.join('; '))}</div></div>
  <div><h3>PROFILE</h3><div>${esc(p.summary)}</div>
   <h3>EXPERIENCE</h3>${recent(p).map((j) => `<div class="j"><div class="t">${esc(j.title)}</div><div class="c">${esc(j.company)} | ${rng(j, 'Mon YYYY', ' - ')}</div>${ul(j.bullets)}</div>`).join('')}
   ${p.referees.length ? `<h3>REFERENCES</h3>${p.referees.map((r) => `<div><b>${esc(r.name)}</b><br>${esc(r.role)}<br>${esc(r.phone)}</div>`).join('<br>')}` : ''}
  </div></div>`);
};

/** Piktochart-style infographic résumé (stat tiles, icons, two columns). */
const piktochart: HtmlT = (p) => html('en', `body{font-family:${SANS};font-size:9pt;color:#27323f;line-height:1.4}
  .top{background:#27323f;color:#fff;padding:14px 16px;display:flex;justify-content:space-between;align-items:center}
  .n{font-size:20pt;font-weight:bold}.hl{color:#ffc857}.ct{font-size:8.5pt;text-align:right;line-height:1.6}
  .stats{display:flex;gap:8px;margin:10px 0}.st{flex:1;background:#ffc857;padding:6px;text-align:center;border-radius:4px}.st b{display:block;font-size:15pt}
  .cols{display:grid;grid-template-columns:1fr 62mm;gap:12px}h3{font-size:11pt;margin:8px 0 5px;color:#27323f;text-transform:uppercase}
  .j{border-left:4px solid #ffc857;padding-left:8px;margin-bottom:8px}.j .t{font-weight:bold}.j .d{color:#777;font-size:8.5pt}
  .ic{display:flex;gap:6px;align-items:center;margin:3px 0}.ic span{width:16px;height:16px;border-radius:50%;background:#4b9cd3;flex:none}
  .box{background:#eef3f8;padding:8px;border-radius:4px}ul{padding-left:14px;margin:2px 0}`,
 `<div style="font-size:8pt;letter-spacing:2px;color:#777;margin-bottom:4px">RÉSUMÉ · ${esc(p.name.toUpperCase())}</div><div class="top"><div><div class="n">Margaret "Maggie" O'Donnell-Ruiz, M.Ed.</div><div class="hl">${esc(p.headline)}</div></div>
 <div class="ct">${esc(p.phoneLocal)}<br>${esc(p.email)}<br>${esc(p.city)}</div></div>
<div class="stats"><div class="st"><b>11+</b>years in education</div><div class="st"><b>30+</b>teachers coached</div><div class="st"><b>4</b>campuses</div><div class="st"><b>2</b>languages</div></div>
<div class="cols"><div><h3>Experience</h3>${recent(p).map((j) => `<div class="j"><div class="t">${esc(j.title)}</div><div>${esc(j.company)}</div><div class="d">${rng(j, 'Mon YYYY', ' – ')}</div>${ul(j.bullets)}</div>`).join('')}
 ${p.breaks.map((b) => `<div class="j" style="border-color:#ccc"><div class="d">${rng(b, 'Mon YYYY', ' – ')} · ${esc(b.label)}</div></div>`).join('')}</div>
<div><h3>Skills</h3><div class="box">${skills(p).map((s) => `<div class="ic"><span></span>${esc(s)}</div>`).join('')}</div>
 <h3>Education</h3><div class="box">${p.education.map((e) => `<b>${esc(e.degree)}</b><br>${esc(e.school)}, ${fd(e.end, 'YYYY-MM').slice(0, 4)}`).join('<br><br>')}</div>
 <h3>Certification</h3><div class="box">${ul(p.certificates)}</div>
 <h3>Languages</h3><div class="box">${esc(p.languages.join(' · '))}</div></div></div>`);

/** 创客贴 (chuangkit) design-tool résumé: coloured left column with photo, timeline-free right column. */
const chuangkit: HtmlT = (p) => {
  const e = p.extra;
  return html('zh', `body{font-family:${ZH};font-size:9.5pt;color:#333;line-height:1.6}
  .g{display:grid;grid-template-columns:60mm 1fr;min-height:262mm}.l{background:#2f4858;color:#eef;padding:14px 12px}.r{padding:12px 4px 0 14px}
  .ph{width:30mm;height:38mm;background:#8aa1b1;margin:0 auto 10px;border:3px solid #fff}
  .n{font-size:22pt;text-align:center;color:#fff;letter-spacing:4px}.hl{text-align:center;color:#f6ae2d;margin-bottom:10px}
  .l h3{color:#f6ae2d;font-size:11pt;border-bottom:1px solid #6d8799;margin:12px 0 5px}.r h3{color:#2f4858;font-size:12pt;margin:10px 0 5px;border-bottom:2px solid #f6ae2d}
  .j{margin-bottom:8px}.j .a{display:flex;justify-content:space-between;font-weight:bold}.j .b{color:#f08a24}
  .l ul{padding-left:14px;margin:0}ul{margin:2px 0;padding-left:16px}`,
  `<div class="g"><div class="l"><div class="ph"></div><div class="n">${esc(p.name)}</div><div class="hl">${esc(p.headline)}</div>
  <h3>基本信息</h3><div>性别：${esc(e.gender ?? '')}<br>出生：${esc(e.born ?? '')}<br>籍贯：${esc(e.hometown ?? '')}<br>学历：${esc(e.edu ?? '')}</div>
  <h3>联系方式</h3><div>电话：${esc(p.phoneLocal)}<br>邮箱：${esc(p.email)}<br>地址：${esc(p.address)}</div>
  <h3>专业技能</h3><ul>${skills(p).map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
  <h3>证书</h3><div>${esc(p.certificates.join('、'))}</div><h3>语言</h3><div>${esc(p.languages.join('、'))}</div></div>
  <div class="r"><h3>个人简介</h3><div>${esc(p.summary)}</div>
  <h3>工作经历</h3>${recent(p).map((j) => `<div class="j"><div class="a"><span>${esc(j.company)}</span><span>${rng(j, 'YYYY.MM', '-', '至今')}</span></div><div class="b">${esc(j.title)}</div>${ul(j.bullets)}</div>`).join('')}
  <h3>教育背景</h3>${p.education.map((x) => `<div class="j"><div class="a"><span>${esc(x.school)}</span><span>${rng(x, 'YYYY.MM', '-')}</span></div><div>${esc(x.degree)}</div></div>`).join('')}
  <h3>求职意向</h3><div>${esc(e.expect ?? '')}</div></div></div>`);
};

/** Adobe Express résumé template (top band, two columns). */
const adobeexpress: HtmlT = (p) => html('en', `body{font-family:${SANS};font-size:9pt;color:#222;line-height:1.45}
  .band{background:#e8f0ec;padding:14px 16px}.n{font-size:22pt;font-weight:bold;color:#1f4d3a}.zh{font-family:${ZH};font-size:18pt;color:#1f4d3a;margin-left:8px}
  .hl{text-transform:uppercase;letter-spacing:2px;font-size:8.5pt;color:#4d7a66}
  .cols{display:grid;grid-template-columns:1fr 60mm;gap:14px;margin-top:12px}h3{font-size:10pt;text-transform:uppercase;letter-spacing:1.5px;color:#1f4d3a;margin:8px 0 5px}
  .j{margin-bottom:8px}.j .t{font-weight:bold}.j .c{color:#4d7a66}ul{margin:2px 0;padding-left:14px}.r div{margin-bottom:3px}`,
`<div class="band"><div class="n">${esc(p.latin!)}<span class="zh">${esc(p.name)}</span></div><div class="hl">${esc(p.headline)}</div></div>
<div class="cols"><div><h3>Profile</h3><div>${esc(p.summary)}</div><h3>Experience</h3>
 ${recent(p).map((j) => `<div class="j"><div class="t">${esc(j.company)}${j.town ? ` · ${esc(j.town)}` : ''}</div><div class="c">${esc(j.title)} — ${rng(j, 'Month YYYY', ' to ')}</div>${ul(j.bullets)}</div>`).join('')}
 <h3>Education</h3>${p.education.map((e) => `<div class="j"><div class="t">${esc(e.school)}</div><div>${esc(e.degree)}, ${fd(e.end, 'Month YYYY')}</div></div>`).join('')}</div>
<div class="r"><h3>Contact</h3><div>${esc(p.phone.startsWith('+65') ? '+65 ' + p.phoneLocal : p.phoneLocal)}</div><div>${esc(p.email)}</div><div>${esc(p.address)}</div>${p.links.map((l) => `<div>${esc(l)}</div>`).join('')}
 <h3>Skills</h3>${skills(p).map((s) => `<div>${esc(s)}</div>`).join('')}
 <h3>Languages</h3>${p.languages.map((s) => `<div>${esc(s)}</div>`).join('')}
 <h3>Certifications</h3>${p.certificates.map((s) => `<div>${esc(s)}</div>`).join('')}</div></div>`);

// ------------------------------------------------------------------------------------------------ DOCX templates
type DocxT = (p: Person) => Document;
const T = (text: string, o: Record<string, unknown> = {}) => new TextRun({ text, ...o });
const P = (children: (TextRun | string)[], o: Record<string, unknown> = {}) =>
  new Paragraph({ children: children.map((c) => (typeof c === 'string' ? T(c) : c)), ...o });
const A4 = { page: { size: { width: 11906, height: 16838 }, margin: { top: 1000, bottom: 1000, left: 1100, right: 1100, header: 500, footer: 500 } } };
const LETTER = { page: { size: { width: 12240, height: 15840 }, margin: { top: 1008, bottom: 1008, left: 1080, right: 1080, header: 500, footer: 500 } } };
const pageFooter = (left: string, font: string, size = 16) => new Footer({ children: [P([T(left + '\t', { font, size, color: '666666' }), T('Page ', { font, size, color: '666666' }), new TextRun({ children: [PageNumber.CURRENT], font, size, color: '666666' }), T(' of ', { font, size, color: '666666' }), new TextRun({ children: [PageNumber.TOTAL_PAGES], font, size, color: '666666' })], { tabStops: [{ type: TabStopType.RIGHT, position: 9600 }] })] });
const bullet = (text: string, font: string, size = 20) => P([T(text, { font, size })], { bullet: { level: 0 }, spacing: { after: 20 } });
const NB = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: NB, bottom: NB, left: NB, right: NB, insideHorizontal: NB, insideVertical: NB };
const cellB = (c = '000000', sz = 4) => ({ top: { style: BorderStyle.SINGLE, size: sz, color: c }, bottom: { style: BorderStyle.SINGLE, size: sz, color: c }, left: { style: BorderStyle.SINGLE, size: sz, color: c }, right: { style: BorderStyle.SINGLE, size: sz, color: c } });

/** Australian trades résumé (tickets & licences first, duties lists, referees with phone numbers). */
const trades: DocxT = (p) => {
  const F = 'Arial';
  const H = (t: string) => P([T(t, { bold: true, font: F, size: 22, color: '1F3864' })], { spacing: { before: 240, after: 80 }, border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: '1F3864', space: 2 } } });
  return new Document({ styles: { default: { document: { run: { font: F, size: 20 } } } }, sections: [{ properties: A4,
    footers: { default: pageFooter(`${p.name} – Résumé`, F) },
    children: [
      P([T(p.name.toUpperCase(), { bold: true, size: 36, font: F })], { alignment: AlignmentType.CENTER }),
      P([T(p.headline, { size: 22, font: F, color: '444444' })], { alignment: AlignmentType.CENTER, spacing: { after: 60 } }),
      P([T(`${p.address}  •  Mobile: ${p.phoneLocal}  •  Email: ${p.email}`, { size: 18, font: F })], { alignment: AlignmentType.CENTER }),
      P([T(p.extra.licence ?? '', { size: 18, font: F, italics: true })], { alignment: AlignmentType.CENTER }),
      H('CAREER SUMMARY'), P([T(p.summary, { font: F })]),
      H('TICKETS & LICENCES'), ...p.certificates.map((c) => bullet(c, F)),
      H('KEY SKILLS'), ...skills(p).map((c) => bullet(c, F)),
      H('EMPLOYMENT HISTORY'),
      ...recent(p).flatMap((j) => [
        P([T(`${fd(j.start, 'Month YYYY')} – ${fd(j.end, 'Month YYYY')}`, { bold: true, font: F }), T('\t'), T(j.title, { bold: true, font: F })], { tabStops: [{ type: TabStopType.LEFT, position: 3000 }], spacing: { before: 140 } }),
        P([T('\t'), T(`${j.company}, ${j.town}`, { italics: true, font: F })], { tabStops: [{ type: TabStopType.LEFT, position: 3000 }] }),
        P([T('Duties:', { font: F, underline: {} })], { indent: { left: 3000 }, spacing: { before: 40 } }),
        ...j.bullets.map((b) => P([T('–  ' + b, { font: F })], { indent: { left: 3200, hanging: 200 } })),
      ]),
      H('TRAINING'), ...p.education.map((e) => P([T(`${fd(e.start, 'YYYY-MM').slice(0, 4)} – ${fd(e.end, 'YYYY-MM').slice(0, 4)}\t`, { font: F }), T(e.degree, { font: F, bold: true }), T(`, ${e.school}, ${e.town}`, { font: F })], { tabStops: [{ type: TabStopType.LEFT, position: 3000 }], indent: { left: 3000, hanging: 3000 } })),
      H('REFEREES'),
      ...p.referees.flatMap((r) => [P([T(r.name, { bold: true, font: F })], { spacing: { before: 80 } }), P([T(r.role, { font: F })]), P([T(`Ph: ${r.phone}`, { font: F })])]),
    ] }] });
};

/** US CDL truck-driver résumé (endorsements, equipment, safety record). */
const cdl: DocxT = (p) => {
  const F = 'Arial';
  const H = (t: string) => P([T(t, { bold: true, font: F, size: 21, allCaps: true })], { spacing: { before: 200, after: 60 }, shading: { type: ShadingType.CLEAR, fill: 'D9D9D9', color: 'auto' } });
  return new Document({ styles: { default: { document: { run: { font: F, size: 20 } } } }, sections: [{ properties: LETTER,
    footers: { default: pageFooter(`${p.name} · CDL-A Driver`, F) },
    children: [
      P([T(`DARNELL "${p.nickname!.toUpperCase()}" WHITAKER`, { bold: true, size: 34, font: F })]),
      P([T(p.headline, { size: 22, font: F, bold: true, color: 'C00000' })]),
      P([T(`${p.address} | ${p.phoneLocal} | ${p.email}`, { size: 19, font: F })], { spacing: { after: 80 }, border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: '000000', space: 4 } } }),
      H('Summary'), P([T(p.summary)]),
      H('Licenses & Endorsements'), ...p.certificates.map((c) => bullet(c, F)),
      H('Equipment'), P([T('Freightliner Cascadia, Peterbilt 579, Volvo VNL · 53\' dry van · MC-307/DOT-407 stainless tanker · Eaton Fuller 10/13-speed and automatic')]),
      H('Skills'), P([T(skills(p).join('  •  '))]),
      H('Driving Experience'),
      ...recent(p).flatMap((j) => [
        P([T(`${j.company} — ${j.town}`, { bold: true }), T('\t' + rng(j, 'MM/YYYY', ' – '), { bold: true })], { tabStops: [{ type: TabStopType.RIGHT, position: 10080 }], spacing: { before: 120 } }),
        P([T(j.title, { italics: true })]),
        ...j.bullets.map((b) => bullet(b, F)),
      ]),
      H('Safety Record'), P([T('0 preventable accidents · 0 moving violations (last 5 years) · Clean MVR and PSP report available on request')]),
      H('Education & Training'), ...p.education.map((e) => P([T(`${e.degree}, ${e.school}`), T('\t' + fd(e.end, 'MM/YYYY'))], { tabStops: [{ type: TabStopType.RIGHT, position: 10080 }] })),
      P([T('References available upon request.', { italics: true, size: 18 })], { spacing: { before: 200 }, alignment: AlignmentType.CENTER }),
    ] }] });
};

/** Word "Crisp and clean" résumé template: name/contact in the page header (repeats on page 2), spaced-caps headings. */
const wordcrisp: DocxT = (p) => {
  const F = 'Georgia';
  const name = p.language === 'mixed' ? `${p.latin} ${p.name}` : p.credentials ? `${p.name}, ${p.credentials}` : p.name;
  const H = (t: string) => P([T(t.toUpperCase(), { font: F, size: 22, bold: true, color: '2E74B5', characterSpacing: 40 })], { spacing: { before: 280, after: 100 } });
  const phone = p.phone.startsWith('+65') ? `+65 ${p.phoneLocal}` : p.phone.startsWith('+1') ? p.phoneLocal.replace(/[()]/g, '').replace(' ', '.').replace('-', '.') : p.phoneLocal;
  return new Document({ styles: { default: { document: { run: { font: F, size: 20, color: '262626' } } } }, sections: [{ properties: A4,
    headers: { default: new Header({ children: [
      P([T(name, { font: F, size: 40, color: '262626' })], { alignment: AlignmentType.LEFT }),
      P([T(`${p.city}  ·  ${phone}  ·  ${p.email}${p.links[0] ? '  ·  ' + p.links[0] : ''}`, { font: F, size: 17, color: '595959' })], { border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '2E74B5', space: 4 } } }),
    ] }) },
    children: [
      H('Objective'), P([T(p.summary)]),
      H('Skills'), ...skills(p).map((s) => bullet(s, F)),
      H('Experience'),
      ...recent(p).flatMap((j) => [
        P([T(j.title, { bold: true, font: F }), T(', ', { font: F }), T(j.company, { font: F })], { spacing: { before: 140 } }),
        P([T(rng(j, 'Mon YYYY', ' – ').toUpperCase(), { font: F, size: 16, color: '7F7F7F', characterSpacing: 20 })]),
        ...j.bullets.map((b) => P([T(b, { font: F })], { spacing: { after: 20 } })),
      ]),
      H('Education'),
      ...p.education.flatMap((e) => [P([T(e.degree, { bold: true }), T(', ' + e.school)], { spacing: { before: 100 } }), P([T(rng(e, 'Mon YYYY', ' – ').toUpperCase(), { size: 16, color: '7F7F7F' })])]),
      H('Certifications'), ...p.certificates.map((c) => P([T(c)])),
      H('Languages'), P([T(p.languages.join(' · '))]),
      ...(p.referees.length ? [H('Referees'), ...p.referees.map((r) => P([T(`${r.name}, ${r.role} — ${r.phone}`)]))] : []),
    ] }] });
};

/** US teacher résumé (certification block first, running name header, career gap stated). */
const teacher: DocxT = (p) => {
  const F = 'Times New Roman';
  const H = (t: string) => P([T(t, { bold: true, font: F, size: 24 })], { spacing: { before: 220, after: 60 }, border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '000000', space: 1 } } });
  const rows = [...recent(p).map((j) => ({ s: j.start, j })), ...p.breaks.map((b) => ({ s: b.start, b }))].sort((a, b) => b.s.localeCompare(a.s));
  return new Document({ styles: { default: { document: { run: { font: F, size: 23 } } } }, sections: [{ properties: LETTER,
    headers: { default: new Header({ children: [P([T(`${p.name} · ${p.email}`, { size: 16, color: '808080', font: F })], { alignment: AlignmentType.RIGHT })] }) },
    children: [
      P([T(`Margaret "${p.nickname}" O'Donnell-Ruiz, M.Ed.`, { bold: true, size: 36, font: F })], { alignment: AlignmentType.CENTER }),
      P([T(`${p.address}  |  ${p.phoneLocal}  |  ${p.email}`, { size: 20, font: F })], { alignment: AlignmentType.CENTER, spacing: { after: 120 } }),
      H('CERTIFICATION'), ...p.certificates.map((c) => bullet(c, F, 22)),
      H('EDUCATION'), ...p.education.map((e) => P([T(e.degree, { bold: true }), T(`, ${e.school}`), T('\t' + fd(e.end, 'Month YYYY'))], { tabStops: [{ type: TabStopType.RIGHT, position: 10080 }] })),
      H('TEACHING EXPERIENCE'),
      ...rows.flatMap((r) => ('j' in r && r.j ? [
        P([T(r.j.company, { bold: true }), T(`, ${r.j.town}`), T('\t' + rng(r.j, 'Month YYYY', ' – '))], { tabStops: [{ type: TabStopType.RIGHT, position: 10080 }], spacing: { before: 120 } }),
        P([T(r.j.title, { italics: true })]),
        ...r.j.bullets.map((b) => bullet(b, F, 22)),
      ] : [P([T(`${(r as { b: { label: string } }).b.label}`, { italics: true }), T('\t' + rng((r as { b: { start: string; end: string } }).b, 'Month YYYY', ' – '))], { tabStops: [{ type: TabStopType.RIGHT, position: 10080 }], spacing: { before: 120 } })])),
      H('SKILLS'), P([T(skills(p).join(' • '))]),
      H('PROFESSIONAL DEVELOPMENT'),
      bullet('Region 20 ESC: Sheltered Instruction Observation Protocol (SIOP), 30 hrs, 2019', F, 22),
      bullet('Texas Reading Academies - Biliteracy cohort, 2021', F, 22),
      bullet('Cognitive Coaching Foundation Seminar, 8 days, 2023', F, 22),
      H('LANGUAGES'), P([T(p.languages.join(', '))]),
    ] }] });
};

/** Microsoft 365 中文"个人简历" Word template: title, basic-info block with photo box, shaded section bars. */
const ms365zh: DocxT = (p) => {
  const F = '微软雅黑';
  const e = p.extra;
  const run = (t: string, o: Record<string, unknown> = {}) => T(t, { font: { ascii: 'Arial', eastAsia: F, hAnsi: 'Arial' }, ...o });
  const Pz = (c: TextRun[], o: Record<string, unknown> = {}) => new Paragraph({ children: c, spacing: { after: 40 }, ...o });
  const H = (t: string) => Pz([run(`  ${t}`, { bold: true, size: 24, color: 'FFFFFF' })], { shading: { type: ShadingType.CLEAR, fill: '2F5597', color: 'auto' }, spacing: { before: 240, after: 100 } });
  const infoCell = (lines: string[], w: number) => new TableCell({ width: { size: w, type: WidthType.DXA }, borders: cellB('FFFFFF', 0), children: lines.map((l) => Pz([run(l, { size: 20 })])) });
  const info = new Table({ layout: TableLayoutType.FIXED, width: { size: 9700, type: WidthType.DXA }, columnWidths: [3900, 3900, 1900], borders: noBorders, rows: [new TableRow({ children: [
    infoCell([`性　　别：${e.gender}`, `出生年月：${e.born}`, `籍　　贯：${e.hometown}`, `政治面貌：${e.politics}`], 3900),
    infoCell([`学　　历：${e.edu}`, `手　　机：${p.phoneLocal}`, `邮　　箱：${p.email}`, `现居住地：${p.city}`], 3900),
    new TableCell({ width: { size: 1900, type: WidthType.DXA }, borders: cellB('A6A6A6', 4), verticalAlign: VerticalAlign.CENTER, children: [Pz([run('照片', { color: 'A6A6A6' })], { alignment: AlignmentType.CENTER }), Pz([run('（一寸）', { color: 'A6A6A6', size: 16 })], { alignment: AlignmentType.CENTER })] }),
  ], height: { value: 1900, rule: 'atLeast' } })] });
  return new Document({ styles: { default: { document: { run: { font: { ascii: 'Arial', eastAsia: F, hAnsi: 'Arial' }, size: 20 } } } }, sections: [{ properties: A4,
    children: [
      Pz([run(p.name, { bold: true, size: 48, color: '2F5597' }), run(`　　求职意向：${e.expect ?? e.post ?? p.headline}`, { size: 22, color: '595959' })], { spacing: { after: 160 } }),
      info,
      H('教育背景'), ...p.education.map((x) => Pz([run(`${rng(x, 'YYYY.MM', ' — ')}\t${x.school}\t${x.degree}`)], { tabStops: [{ type: TabStopType.LEFT, position: 2400 }, { type: TabStopType.LEFT, position: 5600 }] })),
      H('工作经历'),
      ...recent(p).flatMap((j) => [
        Pz([run(`${rng(j, 'YYYY.MM', ' — ', '至今')}\t${j.company}\t${j.dept ? j.dept + ' ' : ''}${j.title}`, { bold: true })], { tabStops: [{ type: TabStopType.LEFT, position: 2400 }, { type: TabStopType.RIGHT, position: 9600 }], spacing: { before: 120, after: 40 } }),
        ...j.bullets.map((b, i) => Pz([run(`${i + 1}. ${b}`)], { indent: { left: 2400 } })),
      ]),
      H('专业技能'), ...skills(p).map((s) => Pz([run('● ' + s)], { indent: { left: 200 } })),
      H('证书 / 语言'), Pz([run(`${p.certificates.join('；')}；${p.languages.join('；')}`)]),
      H('自我评价'), Pz([run(p.summary)]),
    ] }] });
};

/** Word "Blue grey résumé" (layout table: narrow left column for contact/skills, wide right column for experience). */
const bluegrey: DocxT = (p) => {
  const F = 'Arial';
  const L = (t: string, o: Record<string, unknown> = {}) => P([T(t, { font: F, size: 18, ...o })], { spacing: { after: 40 } });
  const HL = (t: string) => P([T(t, { font: F, size: 20, bold: true, color: '44546A', allCaps: true })], { spacing: { before: 240, after: 80 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '8496B0', space: 2 } } });
  const left = [HL('Contact'), L(p.address), L(p.phoneLocal), L(p.email),
    HL('Skills'), ...skills(p).map((s) => L(s)),
    HL('Registration'), ...p.certificates.map((s) => L(s)),
    HL('Languages'), L(p.languages.join(', '))];
  const right = [HL('Profile'), P([T(p.summary, { font: F, size: 19 })]),
    HL('Experience'), ...recent(p).flatMap((j) => [
      P([T(j.title, { font: F, size: 20, bold: true })], { spacing: { before: 120 } }),
      P([T(`${j.company} · ${j.town}`, { font: F, size: 19, color: '44546A' })]),
      P([T(rng(j, 'Mon YYYY', ' – '), { font: F, size: 17, color: '808080' })]),
      ...j.bullets.map((b) => bullet(b, F, 19))]),
    HL('Education'), ...p.education.flatMap((e) => [P([T(e.degree, { font: F, size: 19, bold: true })], { spacing: { before: 80 } }), P([T(`${e.school}, ${rng(e, 'Mon YYYY', ' – ')}`, { font: F, size: 18 })])]),
    HL('References'), ...p.referees.map((r) => P([T(`${r.name}, ${r.role}. Tel: ${r.phone}`, { font: F, size: 18 })], { spacing: { after: 60 } }))];
  return new Document({ sections: [{ properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 900, bottom: 900, left: 900, right: 900 } } }, children: [
    P([T(`${p.name} ${p.credentials}`, { font: F, size: 44, bold: true, color: '44546A' })]),
    P([T(p.headline, { font: F, size: 22, color: '8496B0' })], { spacing: { after: 200 } }),
    new Table({ layout: TableLayoutType.FIXED, width: { size: 10100, type: WidthType.DXA }, columnWidths: [3000, 7100], borders: noBorders, rows: [new TableRow({ children: [
      new TableCell({ width: { size: 3000, type: WidthType.DXA }, shading: { type: ShadingType.CLEAR, fill: 'EDF0F5', color: 'auto' }, margins: { left: 140, right: 140 }, children: left }),
      new TableCell({ width: { size: 7100, type: WidthType.DXA }, margins: { left: 300, right: 80 }, children: right }),
    ] })] }),
  ] }] });
};

/** 国企 中层管理岗位竞聘报名表 (internal competition for a post). */
const jingpin: DocxT = (p) => {
  const e = p.extra;
  const F = '宋体';
  const run = (t: string, o: Record<string, unknown> = {}) => T(t, { font: { ascii: 'Times New Roman', eastAsia: F, hAnsi: 'Times New Roman' }, size: 21, ...o });
  const c = (t: string | string[], w: number, o: Record<string, unknown> = {}) => new TableCell({ width: { size: w, type: WidthType.DXA }, borders: cellB(), verticalAlign: VerticalAlign.CENTER, margins: { left: 60, right: 60, top: 30, bottom: 30 },
    children: (Array.isArray(t) ? t : [t]).map((x) => new Paragraph({ children: [run(x)], alignment: (o.left ? AlignmentType.LEFT : AlignmentType.CENTER) })), ...o });
  const W = [1300, 1500, 1100, 1500, 1200, 1400, 1600];
  const row = (cells: TableCell[], h = 520) => new TableRow({ children: cells, height: { value: h, rule: 'atLeast' } });
  const jobs = recent(p);
  return new Document({ sections: [{ properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1200, bottom: 1100, left: 1000, right: 1000 } } }, children: [
    new Paragraph({ children: [run('附件2', { size: 24 })] }),
    new Paragraph({ children: [run('四川蜀能电力集团有限公司2026年中层管理岗位竞聘报名表', { bold: true, size: 32, font: { eastAsia: '黑体', ascii: 'Times New Roman' } })], alignment: AlignmentType.CENTER, spacing: { before: 120, after: 200 } }),
    new Paragraph({ children: [run(`竞聘岗位：${e.post}　　　　是否服从调剂：☑是　☐否　　　　填表日期：2026年10月20日`)], spacing: { after: 100 } }),
    new Table({ layout: TableLayoutType.FIXED, width: { size: 9600, type: WidthType.DXA }, columnWidths: W, rows: [
      row([c('姓　名', W[0]), c(p.name, W[1]), c('性　别', W[2]), c(e.gender, W[3]), c('出生年月', W[4]), c(e.born, W[5]), c(['照', '', '片'], W[6], { rowSpan: 4 })]),
      row([c('民　族', W[0]), c(e.nation, W[1]), c('籍　贯', W[2]), c(e.hometown, W[3]), c('政治面貌', W[4]), c(e.politics, W[5])]),
      row([c('入党时间', W[0]), c(e.partyDate, W[1]), c('参加工作时间', W[2]), c(fd(p.jobs[0].start, 'YYYY.MM'), W[3]), c('专业技术职务', W[4]), c(e.title, W[5])]),
      row([c('学历学位', W[0]), c(`${e.edu} ${e.degree}`, W[1] + W[2], { columnSpan: 2 }), c('毕业院校及专业', W[3]), c(`${p.education[0].school} 会计学`, W[4] + W[5], { columnSpan: 2 })]),
      row([c('现任部门及职务', W[0] + W[1], { columnSpan: 2 }), c(`${jobs[0].dept} ${jobs[0].title}`, W[2] + W[3], { columnSpan: 2 }), c('任现职时间', W[4]), c(fd(jobs[0].start, 'YYYY.MM'), W[5] + W[6], { columnSpan: 2 })]),
      row([c('联系电话', W[0]), c(p.phoneLocal, W[1] + W[2], { columnSpan: 2 }), c('电子邮箱', W[3]), c(p.email, W[4] + W[5] + W[6], { columnSpan: 3 })]),
      row([c(['学', '习', '经', '历'], W[0], { rowSpan: p.education.length + 1 }), c('起止时间', W[1] + W[2], { columnSpan: 2 }), c('学校', W[3] + W[4], { columnSpan: 2 }), c('专业及学历', W[5] + W[6], { columnSpan: 2 })]),
      ...p.education.map((x) => row([c(rng(x, 'YYYY.MM', '—'), W[1] + W[2], { columnSpan: 2 }), c(x.school, W[3] + W[4], { columnSpan: 2 }), c(x.degree, W[5] + W[6], { columnSpan: 2 })])),
      row([c(['工', '作', '经', '历'], W[0], { rowSpan: jobs.length + 1 }), c('起止时间', W[1] + W[2], { columnSpan: 2 }), c('工作单位', W[3] + W[4], { columnSpan: 2 }), c('部门及职务', W[5] + W[6], { columnSpan: 2 })]),
      ...[...p.jobs].map((j) => row([c(`${fd(j.start, 'YYYY.MM')}—${fd(j.end, 'YYYY.MM', '至今')}`, W[1] + W[2], { columnSpan: 2 }), c(j.company, W[3] + W[4], { columnSpan: 2 }), c(`${j.dept ? j.dept + ' ' : ''}${j.title}`, W[5] + W[6], { columnSpan: 2 })])),
      row([c(['专业', '技能'], W[0]), c(skills(p).join('；'), 9600 - W[0], { columnSpan: 6, left: true })], 700),
      row([c(['主要', '工作', '业绩'], W[0]), c(p.jobs.flatMap((j) => j.bullets).slice(-4).map((b, i) => `${i + 1}. ${b}。`), 9600 - W[0], { columnSpan: 6, left: true })], 1800),
      row([c(['资格', '证书'], W[0]), c(p.certificates.join('、'), 9600 - W[0], { columnSpan: 6, left: true })]),
      row([c(['奖惩', '情况'], W[0]), c(['2019年度集团公司“先进工作者”；2023年度集团财务系统“优秀共产党员”。'], 9600 - W[0], { columnSpan: 6, left: true })], 700),
      row([c(['竞聘', '承诺'], W[0]), c(['本人承诺所填信息真实准确，如有不实，愿承担相应责任。', '', '本人签名：　　　　　　　　　　2026年　　月　　日'], 9600 - W[0], { columnSpan: 6, left: true })], 1100),
      row([c(['所在', '部门', '意见'], W[0]), c(['', '', '（盖章）　　　　　　　　年　　月　　日'], 9600 - W[0], { columnSpan: 6, left: true })], 1000),
      row([c(['人力', '资源部', '审核', '意见'], W[0]), c(['', '', '（盖章）　　　　　　　　年　　月　　日'], 9600 - W[0], { columnSpan: 6, left: true })], 1000),
    ] }),
    new Paragraph({ children: [run('注：本表一式两份，请用A4纸正反面打印，并附学历、职称证书复印件。', { size: 18 })], spacing: { before: 100 } }),
  ] }] });
};

/** 家政服务员 登记表 (domestic-service agency registration card). */
const jiazheng: DocxT = (p) => {
  const e = p.extra;
  const run = (t: string, o: Record<string, unknown> = {}) => T(t, { font: { ascii: 'Arial', eastAsia: '宋体', hAnsi: 'Arial' }, size: 21, ...o });
  const c = (t: string | string[], w: number, o: Record<string, unknown> = {}) => new TableCell({ width: { size: w, type: WidthType.DXA }, borders: cellB(), verticalAlign: VerticalAlign.CENTER, margins: { left: 70, right: 70, top: 40, bottom: 40 },
    shading: o.k ? { type: ShadingType.CLEAR, fill: 'F2E6D9', color: 'auto' } : undefined,
    children: (Array.isArray(t) ? t : [t]).map((x) => new Paragraph({ children: [run(x)], alignment: o.left ? AlignmentType.LEFT : AlignmentType.CENTER })), ...o });
  const W = [1350, 1450, 1250, 1450, 1250, 1250, 1600];
  const row = (cells: TableCell[], h = 500) => new TableRow({ children: cells, height: { value: h, rule: 'atLeast' } });
  const jobs = recent(p);
  const refs = ['吴女士 138 1762 0594', '郑先生 139 1635 2287', '贝安家政 021-6418 3305', '—'];
  return new Document({ sections: [{ properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1000, bottom: 1000, left: 950, right: 950 } } },
    headers: { default: new Header({ children: [new Paragraph({ children: [run('上海安心家政服务有限公司　　　　　　　　　　　　　服务热线：021-5438 7760', { size: 18, color: '7F7F7F' })], border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '7F7F7F', space: 2 } } })] }) },
    children: [
      new Paragraph({ children: [run('家政服务人员登记表', { bold: true, size: 36 })], alignment: AlignmentType.CENTER, spacing: { after: 80 } }),
      new Paragraph({ children: [run('编号：AX-2026-1187　　　　　　　　　　　　　　　　　　　　　登记日期：2026年10月28日', { size: 18 })], spacing: { after: 100 } }),
      new Table({ layout: TableLayoutType.FIXED, width: { size: 9600, type: WidthType.DXA }, columnWidths: W, rows: [
        row([c('姓名', W[0], { k: 1 }), c(p.name, W[1]), c('性别', W[2], { k: 1 }), c(e.gender, W[3]), c('年龄', W[4], { k: 1 }), c(e.age, W[5]), c(['近期', '免冠', '照片'], W[6], { rowSpan: 5 })]),
        row([c('籍贯', W[0], { k: 1 }), c(e.hometown, W[1]), c('属相', W[2], { k: 1 }), c(e.zodiac, W[3]), c('身高', W[4], { k: 1 }), c(e.height, W[5])]),
        row([c('文化程度', W[0], { k: 1 }), c(e.edu, W[1]), c('婚姻状况', W[2], { k: 1 }), c(e.marriage, W[3]), c('政治面貌', W[4], { k: 1 }), c(e.politics, W[5])]),
        row([c('身份证号', W[0], { k: 1 }), c(e.idno, W[1] + W[2], { columnSpan: 2 }), c('联系电话', W[3], { k: 1 }), c(p.phoneLocal, W[4] + W[5], { columnSpan: 2 })]),
        row([c('现住址', W[0], { k: 1 }), c(p.address, W[1] + W[2], { columnSpan: 2 }), c('电子邮箱', W[3], { k: 1 }), c(p.email, W[4] + W[5], { columnSpan: 2 })]),
        row([c('服务类别', W[0], { k: 1 }), c('☑月嫂　☑育婴师　☐住家保姆　☐钟点工　☐护工　☐保洁', 9600 - W[0], { columnSpan: 6, left: true })]),
        row([c('持有证书', W[0], { k: 1 }), c(p.certificates.join('、'), 9600 - W[0], { columnSpan: 6, left: true })]),
        row([c('技能特长', W[0], { k: 1 }), c(skills(p).join('、'), 9600 - W[0], { columnSpan: 6, left: true })], 700),
        row([c('工作经历', 9600, { columnSpan: 7, k: 1 })]),
        row([c('起止年月', W[0] + W[1], { columnSpan: 2, k: 1 }), c('工作单位', W[2] + W[3], { columnSpan: 2, k: 1 }), c('岗位', W[4], { k: 1 }), c('证明人及电话', W[5] + W[6], { columnSpan: 2, k: 1 })]),
        ...jobs.map((j, i) => row([c(`${fd(j.start, 'YYYY.MM')}—${fd(j.end, 'YYYY.MM', '至今')}`, W[0] + W[1], { columnSpan: 2 }), c(j.company, W[2] + W[3], { columnSpan: 2 }), c(j.title, W[4]), c(refs[i], W[5] + W[6], { columnSpan: 2 })])),
        row([c('期望待遇', W[0], { k: 1 }), c('月嫂 26天 / 15800元起；可住家；可接双胞胎', 9600 - W[0], { columnSpan: 6, left: true })]),
        row([c('自我介绍', W[0], { k: 1 }), c(p.summary, 9600 - W[0], { columnSpan: 6, left: true })], 900),
        row([c('本人声明', W[0], { k: 1 }), c(['以上信息由本人如实填写，如有虚假，本人愿承担一切责任。', '本人签名：　　　　　　　　　日期：　　年　　月　　日'], 9600 - W[0], { columnSpan: 6, left: true })], 900),
        row([c('公司审核', W[0], { k: 1 }), c(['体检：☑已提供健康证　　背景核查：☑已核验　　面试评级：A', '经办人：　　　　　　　　　　审核日期：'], 9600 - W[0], { columnSpan: 6, left: true })], 800),
      ] }),
    ] }] });
};

/** ACS (Australian Computer Society) skills-assessment employment summary, as migration agents collect it. */
const acs: DocxT = (p) => {
  const F = 'Arial';
  const r = (t: string, o: Record<string, unknown> = {}) => T(t, { font: { ascii: F, hAnsi: F, eastAsia: '宋体' }, size: 18, ...o });
  const k = (t: string, w: number, o: Record<string, unknown> = {}) => new TableCell({ width: { size: w, type: WidthType.DXA }, borders: cellB('7F7F7F'), shading: { type: ShadingType.CLEAR, fill: 'DEEAF6', color: 'auto' }, margins: { left: 80, right: 80, top: 30, bottom: 30 }, children: [P([r(t, { bold: true })])], ...o });
  const v = (t: string | string[], w: number, o: Record<string, unknown> = {}) => new TableCell({ width: { size: w, type: WidthType.DXA }, borders: cellB('7F7F7F'), margins: { left: 80, right: 80, top: 30, bottom: 30 }, children: (Array.isArray(t) ? t : [t]).map((x) => P([r(x)])), ...o });
  const row = (cells: TableCell[]) => new TableRow({ children: cells, cantSplit: true });
  const W = [2600, 2300, 2300, 2400];
  const sec = (t: string) => new Paragraph({ children: [r(t, { bold: true, size: 22, color: 'FFFFFF' })], shading: { type: ShadingType.CLEAR, fill: '1F4E79', color: 'auto' }, spacing: { before: 200, after: 80 } });
  return new Document({ sections: [{ properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1000, bottom: 1000, left: 1150, right: 1150, header: 500, footer: 500 } } },
    headers: { default: new Header({ children: [P([r('ACS Skills Assessment – Applicant Information Sheet (Employment)', { color: '7F7F7F' }), r(`\tClient ref: MA-26-0419`, { color: '7F7F7F' })], { tabStops: [{ type: TabStopType.RIGHT, position: 9600 }] })] }) },
    footers: { default: pageFooter('Prepared by Southern Cross Migration Consultants · MARN 2215873', F) },
    children: [
      P([r('Applicant Information Sheet – Skills Assessment (ICT)', { bold: true, size: 30, color: '1F4E79' })], { spacing: { after: 60 } }),
      P([r('Please complete one employment block per position held. Dates must match the reference letters (DD/MM/YYYY where known).', { italics: true, size: 17 })]),
      sec('Section A – Applicant details'),
      new Table({ layout: TableLayoutType.FIXED, width: { size: 9600, type: WidthType.DXA }, columnWidths: W, rows: [
        row([k('Family name', W[0]), v('LIU', W[1]), k('Given name(s)', W[2]), v('Haoran', W[3])]),
        row([k('Name in Chinese characters', W[0]), v(p.name, W[1]), k('Preferred name', W[2]), v(p.nickname!, W[3])]),
        row([k('Date of birth', W[0]), v('17/02/1991', W[1]), k('Passport number', W[2]), v(p.extra.passport, W[3])]),
        row([k('Email', W[0]), v(p.email, W[1] + W[2] + W[3], { columnSpan: 3 })]),
        row([k('Mobile (incl. country code)', W[0]), v(`+86 ${p.phoneLocal}`, W[1]), k('Home phone', W[2]), v('N/A', W[3])]),
        row([k('Residential address', W[0]), v(p.address, W[1] + W[2] + W[3], { columnSpan: 3 })]),
        row([k('Nominated ANZSCO code', W[0]), v(p.extra.anzsco, W[1] + W[2] + W[3], { columnSpan: 3 })]),
      ] }),
      sec('Section B – Qualifications'),
      new Table({ layout: TableLayoutType.FIXED, width: { size: 9600, type: WidthType.DXA }, columnWidths: W, rows: p.education.flatMap((e) => [
        row([k('Institution', W[0]), v(e.school, W[1] + W[2] + W[3], { columnSpan: 3 })]),
        row([k('Qualification', W[0]), v(e.degree, W[1]), k('Study dates', W[2]), v(rng(e, 'MM/YYYY', ' to '), W[3])]),
      ]) }),
      sec('Section C – Employment history (most recent first)'),
      ...recent(p).flatMap((j, i) => [
        P([r(`Employment ${i + 1}`, { bold: true, size: 20 })], { spacing: { before: 120, after: 40 } }),
        new Table({ layout: TableLayoutType.FIXED, width: { size: 9600, type: WidthType.DXA }, columnWidths: W, rows: [
          row([k('Employer name', W[0]), v(j.company, W[1] + W[2] + W[3], { columnSpan: 3 })]),
          row([k('Employer city / country', W[0]), v(`${j.town}, China`, W[1]), k('Position title', W[2]), v(j.title, W[3])]),
          row([k('Start date', W[0]), v(fd(j.start, 'MM/YYYY'), W[1]), k('End date', W[2]), v(j.end ? fd(j.end, 'MM/YYYY') : 'Current', W[3])]),
          row([k('Hours per week', W[0]), v('40 (full-time)', W[1]), k('Reference letter attached', W[2]), v('Yes', W[3])]),
          row([k('Main duties', W[0]), v(j.bullets, W[1] + W[2] + W[3], { columnSpan: 3 })]),
        ] }),
      ]),
      sec('Section D – Technical skills'),
      new Table({ layout: TableLayoutType.FIXED, width: { size: 9600, type: WidthType.DXA }, columnWidths: W, rows: [
        row([k('Key technical skills', W[0]), v(skills(p).join(', '), W[1] + W[2] + W[3], { columnSpan: 3 })]),
        row([k('Industry certifications', W[0]), v(p.certificates.join('; '), W[1] + W[2] + W[3], { columnSpan: 3 })]),
        row([k('English test', W[0]), v('IELTS Academic – Overall 7.0 (L 7.5, R 7.0, W 6.5, S 7.0)', W[1] + W[2] + W[3], { columnSpan: 3 })]),
      ] }),
      sec('Section E – Referee (current employer)'),
      new Table({ layout: TableLayoutType.FIXED, width: { size: 9600, type: WidthType.DXA }, columnWidths: W, rows: p.referees.flatMap((x) => [
        row([k('Referee name', W[0]), v(x.name, W[1]), k('Position', W[2]), v(x.role, W[3])]),
        row([k('Referee phone', W[0]), v(x.phone, W[1]), k('Referee email', W[2]), v(x.email ?? '', W[3])]),
      ]) }),
      P([r('Declaration: I declare that the information provided is true and correct.   Signature: ____________________   Date: ____/____/2026')], { spacing: { before: 240 } }),
    ] }] });
};

// ------------------------------------------------------------------------------------------------ TXT templates
type TxtT = (p: Person) => string;
const underline = (s: string, ch: string) => `${s}\n${ch.repeat([...s].reduce((n, c) => n + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0))}`;

/** reStructuredText résumé (the source people keep next to a Sphinx/rst2pdf build). */
const rst: TxtT = (p) => {
  const title = p.language === 'mixed' ? `${p.latin} (${p.name})` : p.name;
  return [
    '='.repeat(title.length + (p.language === 'mixed' ? 3 : 0)), title, '='.repeat(title.length + (p.language === 'mixed' ? 3 : 0)), '',
    `:Title: ${p.headline}`, `:Email: ${p.email}`, `:Phone: ${p.phone.startsWith('+1') ? '+1 ' + p.phoneLocal.replace(/[()]/g, '').replace(' ', '-') : p.phoneLocal}`, `:Location: ${p.city}`,
    ...(p.links.length ? [`:Web: ${p.links.join(', ')}`] : []), '', '.. contents:: :local:', '',
    underline('Summary', '-'), '', p.summary, '',
    underline('Experience', '-'), '',
    ...recent(p).flatMap((j) => [underline(`${j.title} -- ${j.company}`, '~'), '', `*${rng(j, 'Mon YYYY', ' - ')}*${j.town ? ` | ${j.town}` : ''}`, '', ...j.bullets.map((b) => `- ${b}`), '']),
    underline('Education', '-'), '',
    ...p.education.flatMap((e) => [`**${e.degree}**, ${e.school} (${fd(e.start, 'YYYY-MM').slice(0, 4)}-${fd(e.end, 'YYYY-MM').slice(0, 4)})`, '']),
    underline('Skills', '-'), '', ...skills(p).map((s) => `* ${s}`), '',
    underline('Certifications', '-'), '', ...p.certificates.map((s) => `* ${s}`), '',
    underline('Languages', '-'), '', p.languages.join(', '), '',
  ].join('\n');
};

/** MediaWiki markup CV (kept on a personal/team wiki page). */
const mediawiki: TxtT = (p) => [
  `= ${p.name} =`, `'''${p.headline}''' · ${p.city}`, '',
  `* Email: ${p.email}`, `* Phone: ${p.phoneLocal}`, ...p.links.map((l) => `* Web: [https://${l} ${l}]`), '',
  '== About ==', p.summary, '',
  '== Experience ==',
  ...[...recent(p).map((j) => ({ s: j.start, t: [`=== ${j.company} ===`, `''${j.title}'' — ${rng(j, 'Month YYYY', ' – ')}, ${j.town}`, ...j.bullets.map((b) => `* ${b}`), ''] })),
    ...p.breaks.map((b) => ({ s: b.start, t: [`''${rng(b, 'Month YYYY', ' – ')}: ${b.label}''`, ''] }))].sort((a, b) => b.s.localeCompare(a.s)).flatMap((x) => x.t),
  '== Skills ==', ...skills(p).map((s) => `* ${s}`), '',
  '== Education ==', ...p.education.map((e) => `* ${e.degree}, ${e.school} (${fd(e.start, 'YYYY-MM').slice(0, 4)}–${fd(e.end, 'YYYY-MM').slice(0, 4)})`), '',
  '== Training ==', ...p.certificates.map((s) => `* ${s}`), '',
  '== Languages ==', `${p.languages.join(', ')}`, '',
  '[[Category:CVs]]', '',
].join('\n');

/** 小红书 note: a maternity nurse advertising herself. */
const xhs: TxtT = (p) => [
  '上海月嫂自荐｜十年经验 金牌月嫂 可接双胞胎👶🏻', '',
  `大家好，我叫${p.name}，安徽六安人，今年${p.extra.age}岁，做母婴这一行已经十年了🥰`,
  '看到很多宝妈在找靠谱的月嫂，就发个帖子介绍一下自己～', '',
  '📌 基本情况',
  `姓名：${p.name}`, `年龄：${p.extra.age}岁　属${p.extra.zodiac}　${p.extra.marriage}`, `学历：${p.extra.edu}（幼儿保育专业）`,
  `证书：${p.certificates.join('、')}`, '', '📌 我的工作经历',
  ...recent(p).map((j) => `${fd(j.start, 'YYYY.M')}-${fd(j.end, 'YYYY.M', '至今')}　${j.company}　${j.title}`), '',
  '📌 我会做的',
  ...skills(p).map((s) => `✅${s}`), '',
  '📌 宝妈评价',
  '“周阿姨特别细心，宝宝黄疸期间每天记录，月子餐一个月不重样！”——闵行 吴女士', '',
  `📞 电话/微信同号：${p.phoneLocal.replace(/ /g, '-')}`, `📮 邮箱：${p.email}`, '目前2027年1月后档期可约，欢迎宝妈们私信～', '',
  '#上海月嫂 #月嫂推荐 #育婴师 #母婴护理 #新手妈妈 #坐月子 #上海宝妈',
].join('\n');

/** 百度贴吧 (杭州吧) job-seeking thread, copied from the browser. */
const tieba: TxtT = (p) => [
  '【求职】8年电商运营，求杭州直播运营/店铺运营岗位，简历在楼下',
  '只看楼主　收藏　回复', '',
  '思雨不吃香菜　　楼主　　Lv.7', '', '1楼　2026-11-02 21:14　来自Android客户端',
  `RT，本人${p.name}，${p.extra.age}岁，${p.extra.hometown}人，${p.extra.edu}，${p.education[0].school}视觉传达设计专业毕业。`,
  '目前在职，想换个平台，求各位吧友内推，下面是简历：', '',
  '———— 基本信息 ————', `姓名：${p.name}`, `电话：${p.phoneLocal}（微信同号）`, `邮箱：${p.email}`, `现居：${p.address}`, `期望：${p.extra.expect}`, '',
  '———— 工作经历 ————',
  ...recent(p).flatMap((j) => [`${rng(j, 'YYYY.MM', '～', '至今')}　${j.company}　${j.title}`, ...j.bullets.map((b) => `　· ${b}`)]), '',
  '———— 技能 ————', skills(p).join('、'), '',
  '———— 证书 ————', p.certificates.join('、'), '',
  '2楼　2026-11-02 21:20', '顶一下，有内推的老板私信我，谢谢🙏', '',
  '3楼　吧友_9c21a7　2026-11-03 09:02', '我们公司在招，看下私信', '',
].join('\n');

// ------------------------------------------------------------------------------------------------ plan
type Layout = 'single' | 'twocol' | 'table';
interface Tpl { layout: Layout; kind: 'html' | 'docx' | 'txt'; fn: HtmlT | DocxT | TxtT }
const templates: Record<string, Tpl> = {
  sb2nov: { layout: 'single', kind: 'html', fn: sb2nov }, dice: { layout: 'single', kind: 'html', fn: dice },
  resgenius: { layout: 'single', kind: 'html', fn: resgenius }, curve: { layout: 'single', kind: 'html', fn: curve },
  workable: { layout: 'single', kind: 'html', fn: workable }, billryan: { layout: 'single', kind: 'html', fn: billryan },
  dingtalk: { layout: 'single', kind: 'html', fn: dingtalk }, nanfang: { layout: 'single', kind: 'html', fn: nanfang },
  mycf: { layout: 'single', kind: 'html', fn: mycf }, stepstone: { layout: 'single', kind: 'html', fn: stepstone },
  handshake: { layout: 'single', kind: 'html', fn: handshake }, wellfound: { layout: 'single', kind: 'html', fn: wellfound },
  gerenjianli: { layout: 'table', kind: 'html', fn: gerenjianli }, submittal: { layout: 'table', kind: 'html', fn: submittal },
  etsy: { layout: 'twocol', kind: 'html', fn: etsy }, piktochart: { layout: 'twocol', kind: 'html', fn: piktochart },
  chuangkit: { layout: 'twocol', kind: 'html', fn: chuangkit }, adobeexpress: { layout: 'twocol', kind: 'html', fn: adobeexpress },
  trades: { layout: 'single', kind: 'docx', fn: trades }, cdl: { layout: 'single', kind: 'docx', fn: cdl },
  wordcrisp: { layout: 'single', kind: 'docx', fn: wordcrisp }, teacher: { layout: 'single', kind: 'docx', fn: teacher },
  ms365zh: { layout: 'single', kind: 'docx', fn: ms365zh }, bluegrey: { layout: 'twocol', kind: 'docx', fn: bluegrey },
  jingpin: { layout: 'table', kind: 'docx', fn: jingpin }, jiazheng: { layout: 'table', kind: 'docx', fn: jiazheng },
  acs: { layout: 'table', kind: 'docx', fn: acs },
  rst: { layout: 'single', kind: 'txt', fn: rst }, mediawiki: { layout: 'single', kind: 'txt', fn: mediawiki },
  xhs: { layout: 'single', kind: 'txt', fn: xhs }, tieba: { layout: 'single', kind: 'txt', fn: tieba },
};

export const plan: [string, string[]][] = [
  ['p01', ['trades', 'resgenius', 'workable']],
  ['p02', ['cdl', 'submittal', 'workable']],
  ['p03', ['sb2nov', 'dice', 'rst', 'wordcrisp']],
  ['p04', ['curve', 'bluegrey', 'resgenius']],
  ['p05', ['teacher', 'piktochart', 'curve']],
  ['p06', ['wordcrisp', 'etsy', 'submittal']],
  ['p07', ['etsy', 'mediawiki', 'workable', 'resgenius']],
  ['p08', ['billryan', 'dingtalk', 'ms365zh']],
  ['p09', ['jiazheng', 'xhs', 'dingtalk']],
  ['p10', ['jingpin', 'nanfang', 'ms365zh']],
  ['p11', ['nanfang', 'chuangkit', 'gerenjianli', 'dingtalk']],
  ['p12', ['chuangkit', 'tieba', 'gerenjianli', 'billryan']],
  ['p13', ['mycf', 'wordcrisp', 'adobeexpress']],
  ['p14', ['stepstone', 'sb2nov', 'adobeexpress']],
  ['p15', ['handshake', 'wellfound', 'sb2nov', 'rst']],
  ['p16', ['acs', 'workable', 'wellfound']],
];

// ------------------------------------------------------------------------------------------------ run
async function main() {
  rmSync(docsDir, { recursive: true, force: true });
  mkdirSync(docsDir, { recursive: true });
  const htmlJobs: [string, string][] = [];
  const documents: Record<string, string>[] = [];
  for (const [id, tpls] of plan) {
    const p = byId(id);
    for (const t of tpls) {
      const tpl = templates[t];
      const base = `${id}-${tpl.layout}-${t}`;
      const truthLayout = tpl.layout === 'twocol' ? 'two-column' : tpl.layout;
      const doc = (file: string, producer: string) => documents.push({ file, person: id, template: t, layout: truthLayout, producer, language: p.language });
      if (tpl.kind === 'html') {
        htmlJobs.push([`${base}.pdf`, (tpl.fn as HtmlT)(p)]);
        doc(`${base}.pdf`, 'chromium');
      } else if (tpl.kind === 'docx') {
        writeFileSync(path.join(docsDir, `${base}.docx`), await Packer.toBuffer((tpl.fn as DocxT)(p)));
        doc(`${base}.docx`, 'docx');
        doc(`${base}.pdf`, 'libreoffice');
      } else {
        writeFileSync(path.join(docsDir, `${base}.txt`), (tpl.fn as TxtT)(p), 'utf8');
        doc(`${base}.txt`, 'txt');
      }
    }
  }
  exportDocxToPdf(docsDir);
  await printHtml(docsDir, htmlJobs);
  const files = documents.map((d) => d.file);
  const extra = readdirSync(docsDir).filter((f) => !files.includes(f));
  if (extra.length) throw new Error(`unexpected files: ${extra.join(', ')}`);
  const truth = {
    referenceDate: REF,
    people: people.map((p) => ({
      id: p.id, language: p.language, name: p.name, email: p.email, phone: p.phone, skills: p.skills,
      work: p.jobs.map((j) => ({ company: j.company, start: j.start, end: j.end })),
      yearsOfExperience: yearsWorked(p.jobs, REF),
    })),
    documents,
  };
  writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifestOf(docsDir, files), null, 2) + '\n');
  console.log(`heldout-25: ${documents.length} documents written to ${docsDir}`);
}

await main();
