/**
 * Generates held-out set 5 (issue 11): documents/, truth.json and manifest.json from people.ts.
 *
 * Written by a blind writer on 2026-12-02 (heldout-5), without reading the analyser, its taxonomy, tests, README
 * or the other sets. Frozen: it refuses to run once manifest.json exists (pass --force to overwrite, which spends
 * the set). Never tuned on.
 *
 *   npx tsx packages/cv/eval/heldout-5/generate.ts [--force]
 */
import { existsSync, mkdirSync, mkdtempSync, copyFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType, BorderStyle, Document, Packer, Paragraph, ShadingType, Tab, Table, TableCell, TableRow, TabStopType,
  TextRun, VerticalAlign, WidthType,
} from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people, type Job, type Person } from './people.ts';

const dir = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(dir, 'documents');
const REFERENCE = '2026-11';

// ---------------------------------------------------------------------------------------------- shared helpers

type Layout = 'single' | 'two-column' | 'table';
type Producer = 'chromium' | 'libreoffice' | 'docx' | 'txt';

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** One month as a template prints it. */
type DateStyle = 'Mon YYYY' | 'Month YYYY' | 'MM/YYYY' | 'YYYY.MM' | 'YYYY/MM' | 'YYYY-MM' | 'YYYY年M月' | 'YYYY年MM月';
function ym(s: string, style: DateStyle): string {
  const [y, m] = [s.slice(0, 4), Number(s.slice(5, 7))];
  const mm = String(m).padStart(2, '0');
  switch (style) {
    case 'Mon YYYY': return `${MON[m - 1]} ${y}`;
    case 'Month YYYY': return `${MONTH[m - 1]} ${y}`;
    case 'MM/YYYY': return `${mm}/${y}`;
    case 'YYYY.MM': return `${y}.${mm}`;
    case 'YYYY/MM': return `${y}/${mm}`;
    case 'YYYY-MM': return `${y}-${mm}`;
    case 'YYYY年M月': return `${y}年${m}月`;
    case 'YYYY年MM月': return `${y}年${mm}月`;
  }
}
function span(a: { start: string; end: string | null }, style: DateStyle, sep: string, present: string): string {
  return `${ym(a.start, style)}${sep}${a.end ? ym(a.end, style) : present}`;
}

const L = {
  en: { profile: 'Profile', experience: 'Experience', education: 'Education', skills: 'Skills', languages: 'Languages', contact: 'Contact', certs: 'Certifications', present: 'Present', period: 'Dates', employer: 'Employer', role: 'Position', phone: 'Phone', email: 'Email', location: 'Location', name: 'Name' },
  zh: { profile: '自我评价', experience: '工作经历', education: '教育背景', skills: '专业技能', languages: '语言能力', contact: '联系方式', certs: '证书', present: '至今', period: '起止时间', employer: '工作单位', role: '职务', phone: '电话', email: '邮箱', location: '现居', name: '姓名' },
};
const lab = (p: Person) => L[p.labels];
const kindTag = (p: Person, j: Job) => !j.kind ? '' : p.labels === 'zh'
  ? { intern: '（实习）', 'part-time': '（兼职）', freelance: '（自由职业）', contract: '（合同制）' }[j.kind]
  : { intern: 'Internship', 'part-time': 'Part-time', freelance: 'Freelance', contract: 'Contract' }[j.kind];
const allSkills = (p: Person) => p.skills.flatMap(([, s]) => s).map(written);
const written = (s: string) => s.split(' | ')[0]!.trim();
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Consecutive roles at one employer, as templates that group promotions print them. */
function employers(p: Person): { company: string; city: string; roles: Job[] }[] {
  const out: { company: string; city: string; roles: Job[] }[] = [];
  for (const j of p.jobs) {
    const last = out[out.length - 1];
    if (last && last.company === j.company) last.roles.push(j);
    else out.push({ company: j.company, city: j.city, roles: [j] });
  }
  return out;
}
/** The jobs with the person's career break slotted in where it happened (newest first). */
function timeline(p: Person): ({ job: Job } | { gap: NonNullable<Person['gap']> })[] {
  const out: ({ job: Job } | { gap: NonNullable<Person['gap']> })[] = p.jobs.map((job) => ({ job }));
  if (p.gap) {
    const i = p.jobs.findIndex((j) => j.start < p.gap!.start);
    out.splice(i < 0 ? out.length : i, 0, { gap: p.gap });
  }
  return out;
}
const CJK = `"Noto Sans CJK SC", "WenQuanYi Zen Hei", "Droid Sans Fallback"`;
const page = (css: string, body: string, lang: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>*{box-sizing:border-box}body{margin:0}${css}</style></head><body>${body}</body></html>`;

// ---------------------------------------------------------------------------------------------- HTML templates

type HtmlTemplate = (p: Person) => string;

/** Harvard OCS résumé: centred header, Education first, employer/city on one line and title/dates under it. */
const harvard: HtmlTemplate = (p) => {
  const l = lab(p);
  const d = (a: { start: string; end: string | null }) => span(a, 'Month YYYY', ' – ', l.present);
  const exp = employers(p).map((e) => `<div class="e"><div class="row"><b>${esc(e.company.toUpperCase())}</b><span>${esc(e.city)}</span></div>${e.roles.map((r) =>
    `<div class="row"><i>${esc(r.title)}${r.kind ? ` (${kindTag(p, r)})` : ''}</i><span>${d(r)}</span></div><ul>${r.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul>`).join('')}</div>`).join('');
  const edu = p.education.map((s) => `<div class="row"><b>${esc(s.school.toUpperCase())}</b><span>${ym(s.end, 'Month YYYY')}</span></div><div>${esc(s.degree)}</div>`).join('');
  const groups = p.skills.map(([g, s]) => `<div><b>${esc(g)}:</b> ${s.map(written).map(esc).join(', ')}</div>`).join('');
  return page(`body{font:10.5pt "Times New Roman","Liberation Serif",serif,${CJK};color:#000}
    h1{text-align:center;font-size:16pt;margin:0}.c{text-align:center;margin:2px 0 8px}
    h2{font-size:11pt;text-align:center;border-bottom:1px solid #000;margin:10px 0 4px;letter-spacing:.5px}
    .row{display:flex;justify-content:space-between}ul{margin:1px 0 4px 0;padding-left:18px}.e{margin-bottom:4px}`,
  `<h1>${esc(p.name)}</h1><div class="c">${esc(p.location)} • ${esc(p.email)} • ${esc(p.phoneShown)}</div>
   <h2>EDUCATION</h2>${edu}<h2>EXPERIENCE</h2>${exp}
   <h2>SKILLS &amp; INTERESTS</h2>${groups}<div><b>Language:</b> ${p.spoken.map(esc).join('; ')}</div>${p.extra ? `<div><b>Certifications:</b> ${p.extra.map(esc).join('; ')}</div>` : ''}`, 'en');
};

/** The look of "Jake's Resume" (LaTeX): small-caps ruled headings, title/dates then italic employer/location. */
const jakes: HtmlTemplate = (p) => {
  const d = (a: { start: string; end: string | null }) => span(a, 'Mon YYYY', ' -- ', 'Present').replace(' -- ', ' – ');
  const exp = p.jobs.map((j) => `<div class="row"><b>${esc(j.title)}</b><span>${d(j)}</span></div>
    <div class="row it"><span>${esc(j.company)}</span><span>${esc(j.city)}</span></div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul>`).join('');
  const edu = p.education.map((s) => `<div class="row"><b>${esc(s.school)}</b><span></span></div><div class="row it"><span>${esc(s.degree)}</span><span>${d(s)}</span></div>`).join('');
  return page(`body{font:10.5pt "Latin Modern Roman","CMU Serif","Liberation Serif",serif,${CJK}}
    h1{text-align:center;font-size:22pt;font-variant:small-caps;margin:0;font-weight:bold}.c{text-align:center;font-size:9.5pt;margin-bottom:6px}
    h2{font-variant:small-caps;font-size:12.5pt;font-weight:normal;border-bottom:.8px solid #000;margin:8px 0 3px}
    .row{display:flex;justify-content:space-between}.it{font-style:italic;font-size:9.5pt}ul{margin:1px 0 5px;padding-left:20px;font-size:9.5pt}`,
  `<h1>${esc(p.name)}</h1><div class="c">${esc(p.phoneShown)} | <u>${esc(p.email)}</u> | ${esc(p.location)}</div>
   <h2>Education</h2>${edu}<h2>Experience</h2>${exp}
   <h2>Technical Skills</h2>${p.skills.map(([g, s]) => `<div style="font-size:9.5pt"><b>${esc(g)}</b>: ${s.map(written).map(esc).join(', ')}</div>`).join('')}`, 'en');
};

/** Compact CV with the dates in the left margin column, headings in small caps; Chinese or English. */
const marginDates: HtmlTemplate = (p) => {
  const l = lab(p);
  const zh = p.labels === 'zh';
  const d = (a: { start: string; end: string | null }) => span(a, zh ? 'YYYY.MM' : 'MM/YYYY', zh ? ' - ' : '–', zh ? '至今' : 'now');
  const rows = timeline(p).map((t) => 'gap' in t
    ? `<div class="m">${d(t.gap)}</div><div><i>${esc(t.gap.text)}</i></div>`
    : `<div class="m">${d(t.job)}</div><div><b>${esc(t.job.title)}</b>${zh ? '，' : ', '}${esc(t.job.company)}${zh ? '' : `, ${esc(t.job.city)}`}${t.job.kind ? ` <span class="k">${kindTag(p, t.job)}</span>` : ''}<ul>${t.job.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`).join('');
  const edu = p.education.map((s) => `<div class="m">${d(s)}</div><div>${esc(s.school)}${zh ? ' · ' : ' — '}${esc(s.degree)}</div>`).join('');
  const skills = p.skills.map(([g, s]) => `<div class="m">${esc(g)}</div><div>${s.map(written).map(esc).join(zh ? '、' : ' · ')}</div>`).join('');
  return page(`body{font:10pt "DejaVu Sans","Liberation Sans",sans-serif,${CJK};color:#222}
    h1{font-size:19pt;margin:0 0 2px;font-weight:600}.c{color:#555;margin-bottom:8px}
    h2{font-variant:small-caps;font-size:12pt;margin:10px 0 4px;color:#1c4a6e;letter-spacing:1px}
    .g{display:grid;grid-template-columns:34mm 1fr;column-gap:5mm;row-gap:4px}.m{color:#555;font-size:9pt;padding-top:1px}
    ul{margin:2px 0 2px;padding-left:16px}.k{font-size:8pt;border:1px solid #999;padding:0 3px;border-radius:3px}`,
  `<h1>${esc(p.name)}</h1><div class="c">${esc(p.headline)}<br>${esc(p.phoneShown)} · ${esc(p.email)} · ${esc(p.location)}</div>
   <h2>${l.experience}</h2><div class="g">${rows}</div><h2>${l.education}</h2><div class="g">${edu}</div>
   <h2>${l.skills}</h2><div class="g">${skills}</div><h2>${l.languages}</h2><div>${p.spoken.map(esc).join(zh ? '；' : '; ')}</div>`, zh ? 'zh' : 'en');
};

/** A 智联招聘-style online-résumé export: 基本信息 lines, pipe-separated history headers, skills with levels. */
const zhilian: HtmlTemplate = (p) => {
  const d = (a: { start: string; end: string | null }) => span(a, 'YYYY.MM', ' - ', '至今');
  const level = (i: number) => (i % 3 === 0 ? '精通' : '熟练');
  const work = p.jobs.map((j) => `<div class="j"><div class="h">${d(j)} &nbsp;|&nbsp; ${esc(j.company)} &nbsp;|&nbsp; ${esc(j.title)}${j.kind ? kindTag(p, j) : ''}</div>
    <div class="t">工作描述：</div>${j.bullets.map((b, i) => `<div class="t">${i + 1}. ${esc(b)}</div>`).join('')}</div>`).join('');
  return page(`body{font:10pt ${CJK},sans-serif;color:#333}.top{border-bottom:2px solid #ff6a00;padding-bottom:6px}
    h1{font-size:18pt;margin:0}.info{margin:4px 0;line-height:1.7}h2{font-size:12pt;margin:12px 0 4px;padding-left:6px;border-left:4px solid #ff6a00}
    .h{font-weight:bold;margin-top:6px}.t{margin-left:1em;line-height:1.6}.s{line-height:1.8}`,
  `<div class="top"><h1>${esc(p.name)}</h1><div class="info">现居住地：${esc(p.location)} &nbsp;|&nbsp; 工作经验：${Math.floor(yearsWorked(p.jobs, REFERENCE))}年<br>
   手机：${esc(p.phoneShown)} &nbsp;&nbsp; E-mail：${esc(p.email)}</div></div>
   <h2>求职意向</h2><div class="info">期望职位：${esc(p.headline)} &nbsp;|&nbsp; 期望工作地点：${esc(p.location)}</div>
   <h2>自我评价</h2><div class="t">${esc(p.summary)}</div>
   <h2>工作经历</h2>${work}
   <h2>教育经历</h2>${p.education.map((s) => `<div class="h">${d(s)} &nbsp;|&nbsp; ${esc(s.school)} &nbsp;|&nbsp; ${esc(s.degree)}</div>`).join('')}
   <h2>专业技能</h2>${allSkills(p).map((s, i) => `<div class="s">${esc(s)}：${level(i)}</div>`).join('')}
   <h2>语言能力</h2><div class="t">${p.spoken.map(esc).join('；')}</div>
   ${p.extra ? `<h2>证书</h2><div class="t">${p.extra.map(esc).join('；')}</div>` : ''}`, 'zh');
};

/** An Indeed-résumé PDF export: plain headings, "Title / Company - City / Month YYYY to Present", skills with years. */
const indeed: HtmlTemplate = (p) => {
  const d = (a: { start: string; end: string | null }) => span(a, 'Month YYYY', ' to ', 'Present');
  // Indeed prints the years of use the candidate typed for each skill; a person's figures, kept plausible.
  const years = (i: number) => Math.max(1, Math.min(Math.floor(yearsWorked(p.jobs, REFERENCE)), 2 + ((i * 3) % 7)));
  return page(`body{font:10.5pt Arial,"Liberation Sans",sans-serif,${CJK};color:#2d2d2d}h1{font-size:20pt;margin:0;font-weight:normal}
    h2{font-size:13pt;font-weight:normal;border-bottom:1px solid #ccc;padding-bottom:2px;margin:14px 0 6px}.t{font-weight:bold;font-size:11pt;margin-top:8px}
    .sub{color:#595959}ul{margin:3px 0;padding-left:18px}`,
  `<h1>${esc(p.name)}</h1><div>${esc(p.headline)}</div><div class="sub">${esc(p.location)}<br>${esc(p.email)}<br>${esc(p.phoneShown)}</div>
   <p>${esc(p.summary)}</p><h2>Work Experience</h2>${p.jobs.map((j) => `<div class="t">${esc(j.title)}</div><div>${esc(j.company)} - ${esc(j.city)}</div>
   <div class="sub">${d(j)}</div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul>`).join('')}
   <h2>Education</h2>${p.education.map((s) => `<div class="t">${esc(s.degree)}</div><div>${esc(s.school)}</div><div class="sub">${d(s)}</div>`).join('')}
   <h2>Skills</h2><ul>${allSkills(p).map((s, i) => `<li>${esc(s)} (${years(i)} years)</li>`).join('')}</ul>
   <h2>Languages</h2><ul>${p.spoken.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>`, 'en');
};

/** LinkedIn "Save to PDF": grey left column (Contact, Top Skills, Languages), roles grouped under the company. */
const linkedin: HtmlTemplate = (p) => {
  const months = (a: { start: string; end: string | null }) => {
    const n = Math.round(yearsWorked([a], REFERENCE) * 12);
    const [y, m] = [Math.floor(n / 12), n % 12];
    return [y ? `${y} year${y > 1 ? 's' : ''}` : '', m ? `${m} month${m > 1 ? 's' : ''}` : ''].filter(Boolean).join(' ');
  };
  const d = (a: { start: string; end: string | null }) => `${span(a, 'Month YYYY', ' - ', 'Present')} (${months(a)})`;
  const exp = employers(p).map((e) => `<div class="co">${esc(e.company)}</div>${e.roles.length > 1 ? `<div class="g">${months({ start: e.roles[e.roles.length - 1]!.start, end: e.roles[0]!.end })}</div>` : ''}
    ${e.roles.map((r) => `<div class="ti">${esc(r.title)}</div><div class="g">${d(r)}</div><div class="g">${esc(r.city)}</div>${r.bullets.map((b) => `<div class="b">${esc(b)}</div>`).join('')}`).join('')}`).join('');
  return page(`body{font:10pt Arial,"Liberation Sans",sans-serif,${CJK};color:#000}.w{display:flex;min-height:260mm}
    .side{width:58mm;background:#e9eef2;padding:8mm 5mm}.main{flex:1;padding:8mm 7mm}.side h3{font-size:12pt;margin:10px 0 4px;color:#222}
    .side div{font-size:9.5pt;margin-bottom:3px}h1{font-size:24pt;margin:0;font-weight:normal}.hl{font-size:11pt;margin:2px 0}.g{color:#666;font-size:9.5pt}
    h2{font-size:15pt;font-weight:normal;margin:14px 0 6px}.co{font-size:12pt;margin-top:8px}.ti{font-size:11pt;margin-top:3px}.b{font-size:9.5pt;margin-top:2px}`,
  `<div class="w"><div class="side"><h3>Contact</h3><div>${esc(p.phoneShown)} (Mobile)</div><div>${esc(p.email)}</div>
   <h3>Top Skills</h3>${allSkills(p).map((s) => `<div>${esc(s)}</div>`).join('')}
   <h3>Languages</h3>${p.spoken.map((s) => `<div>${esc(s)}</div>`).join('')}${p.extra ? `<h3>Certifications</h3>${p.extra.map((s) => `<div>${esc(s)}</div>`).join('')}` : ''}</div>
   <div class="main"><h1>${esc(p.name)}</h1><div class="hl">${esc(p.headline)}</div><div class="g">${esc(p.location)}</div>
   <h2>Summary</h2><div>${esc(p.summary)}</div><h2>Experience</h2>${exp}
   <h2>Education</h2>${p.education.map((s) => `<div class="co">${esc(s.school)}</div><div class="g">${esc(s.degree)} · (${s.start.slice(0, 4)} - ${s.end.slice(0, 4)})</div>`).join('')}</div></div>`, 'en');
};

/** Europass-like CV: wide main column left, a right column with contact, skill tags and CEFR-style languages. */
const europass: HtmlTemplate = (p) => {
  const l = lab(p);
  const zh = p.labels === 'zh';
  const d = (a: { start: string; end: string | null }) => zh ? span(a, 'YYYY/MM', ' – ', '至今') : span(a, 'MM/YYYY', ' – ', 'CURRENT');
  const exp = timeline(p).map((t) => 'gap' in t ? `<div class="e"><div class="dt">${d(t.gap)}</div><div>${esc(t.gap.text)}</div></div>` : `<div class="e"><div class="dt">${d(t.job)} ${zh ? '' : esc(t.job.city.toUpperCase())}</div>
    <div class="ti">${esc(t.job.title.toUpperCase())}</div><div class="co">${esc(t.job.company)}${zh ? ` · ${esc(t.job.city)}` : ''}</div>${t.job.bullets.map((b) => `<div>• ${esc(b)}</div>`).join('')}</div>`).join('');
  return page(`body{font:9.5pt Arial,"Liberation Sans",sans-serif,${CJK};color:#333}.w{display:flex;gap:7mm}.main{flex:1}.side{width:55mm;border-left:2px solid #0e47a1;padding-left:5mm}
    h1{font-size:20pt;color:#0e47a1;margin:0 0 8px}h2{font-size:11pt;color:#0e47a1;border-bottom:1px solid #0e47a1;margin:10px 0 5px;text-transform:uppercase}
    .e{margin-bottom:7px}.dt{color:#777;font-size:8.5pt}.ti{font-weight:bold}.co{color:#0e47a1}.tag{display:inline-block;background:#e3ecf8;border-radius:9px;padding:1px 7px;margin:2px 2px}`,
  `<div class="w"><div class="main"><h1>${esc(p.name)}</h1><h2>${zh ? '工作经历' : 'Work experience'}</h2>${exp}
   <h2>${zh ? '教育和培训' : 'Education and training'}</h2>${p.education.map((s) => `<div class="e"><div class="dt">${d(s)}</div><div class="ti">${esc(s.degree)}</div><div class="co">${esc(s.school)}</div></div>`).join('')}</div>
   <div class="side"><h2>${zh ? '个人信息' : 'About me'}</h2><div>${esc(p.location)}</div><div>${esc(p.email)}</div><div>${esc(p.phoneShown)}</div>
   <h2>${zh ? '数字技能' : 'Digital skills'}</h2><div>${allSkills(p).map((s) => `<span class="tag">${esc(s)}</span>`).join('')}</div>
   <h2>${l.languages}</h2>${p.spoken.map((s) => `<div>${esc(s)}</div>`).join('')}</div></div>`, zh ? 'zh' : 'en');
};

/** Google Docs "Serif"-like: main column and a narrow right column floated beside it with Skills and Languages. */
const serif: HtmlTemplate = (p) => {
  const l = lab(p);
  const zh = p.labels === 'zh';
  const d = (a: { start: string; end: string | null }) => span(a, zh ? 'YYYY年M月' : 'Mon YYYY', zh ? '—' : ' - ', zh ? '至今' : 'PRESENT').toUpperCase();
  return page(`body{font:10pt "Merriweather","DejaVu Serif","Liberation Serif",serif,${CJK};color:#000}.r{float:right;width:52mm;margin-left:8mm;font-size:9pt;overflow-wrap:anywhere}
    h1{font-size:24pt;margin:0}.hl{color:#3b3b8f;font-size:11pt}h2{font-size:10pt;color:#3b3b8f;letter-spacing:1px;margin:14px 0 5px}
    .co{font-weight:bold;margin-top:6px}.dt{font-size:8pt;color:#666}ul{margin:3px 0;padding-left:16px}.r div{margin-bottom:3px}`,
  `<div class="r"><div>${esc(p.location)}</div><div>${esc(p.phoneShown)}</div><div>${esc(p.email)}</div>
   <h2>${(zh ? l.skills : 'SKILLS')}</h2>${p.skills.map(([g, s]) => `<div><i>${esc(g)}</i></div>${s.map((x) => `<div>${esc(written(x))}</div>`).join('')}`).join('')}
   <h2>${zh ? l.languages : 'LANGUAGES'}</h2>${p.spoken.map((s) => `<div>${esc(s)}</div>`).join('')}</div>
   <h1>${esc(p.name)}</h1><div class="hl">${esc(p.headline)}</div><p>${esc(p.summary)}</p>
   <h2>${zh ? l.experience : 'EXPERIENCE'}</h2>${p.jobs.map((j) => `<div class="co">${esc(j.company)}${zh ? '，' : ', '}${esc(j.city)} — <i>${esc(j.title)}</i></div><div class="dt">${d(j)}</div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul>`).join('')}
   <h2>${zh ? l.education : 'EDUCATION'}</h2>${p.education.map((s) => `<div class="co">${esc(s.school)} — <i>${esc(s.degree)}</i></div><div class="dt">${d(s)}</div>`).join('')}`, zh ? 'zh' : 'en');
};

/** A Chinese "modern" 简历 template: dark left sidebar (基本信息, 技能特长 with bars, 语言), timeline on the right. */
const cnModern: HtmlTemplate = (p) => {
  const zh = p.labels === 'zh';
  const l = lab(p);
  const d = (a: { start: string; end: string | null }) => span(a, 'YYYY.MM', ' - ', zh ? '至今' : 'Present');
  const pct = (i: number) => 95 - ((i * 7) % 30);
  return page(`body{font:9.5pt ${CJK},sans-serif;color:#333}.w{display:grid;grid-template-columns:62mm 1fr;min-height:265mm}
    .side{background:#2f3e4e;color:#eef;padding:6mm 5mm}.side h2{color:#fff;border-bottom:1px solid #8aa;font-size:11pt;padding-bottom:2px}
    .photo{width:26mm;height:32mm;background:#8aa;margin:0 auto 6px;border-radius:3px}.bar{height:4px;background:#566;margin:2px 0 5px}.bar i{display:block;height:4px;background:#6cf}
    .main{padding:6mm 6mm}h1{font-size:22pt;margin:0;color:#2f3e4e}.main h2{font-size:12pt;color:#2f3e4e;border-bottom:2px solid #2f3e4e;margin:12px 0 6px}
    .h{display:flex;justify-content:space-between;font-weight:bold;margin-top:6px}.t{line-height:1.55}`,
  `<div class="w"><div class="side"><div class="photo"></div><h2>${zh ? '基本信息' : 'Personal details'}</h2><div>${l.phone}：${esc(p.phoneShown)}</div><div>${l.email}：${esc(p.email)}</div><div>${l.location}：${esc(p.location)}</div>
   <h2>${zh ? '技能特长' : 'Skills'}</h2>${allSkills(p).map((s, i) => `<div>${esc(s)}</div><div class="bar"><i style="width:${pct(i)}%"></i></div>`).join('')}
   <h2>${l.languages}</h2>${p.spoken.map((s) => `<div>${esc(s)}</div>`).join('')}${p.extra ? `<h2>${l.certs}</h2>${p.extra.map((s) => `<div>${esc(s)}</div>`).join('')}` : ''}</div>
   <div class="main"><h1>${esc(p.name)}</h1><div>${zh ? '求职意向' : 'Objective'}：${esc(p.headline)}</div>
   <h2>${l.experience}</h2>${timeline(p).map((t) => 'gap' in t ? `<div class="h"><span>${esc(t.gap.text)}</span><span>${d(t.gap)}</span></div>` : `<div class="h"><span>${esc(t.job.company)}</span><span>${d(t.job)}</span></div><div>${esc(t.job.title)}${t.job.kind ? kindTag(p, t.job) : ''}</div>${t.job.bullets.map((b) => `<div class="t">· ${esc(b)}</div>`).join('')}`).join('')}
   <h2>${l.education}</h2>${p.education.map((s) => `<div class="h"><span>${esc(s.school)}</span><span>${d(s)}</span></div><div>${esc(s.degree)}</div>`).join('')}
   <h2>${l.profile}</h2><div class="t">${esc(p.summary)}</div></div></div>`, zh ? 'zh' : 'en');
};

/** Work history as a visible table: Position | Employer | Dates, with the bullets inside the position cell. */
const roleFirst: HtmlTemplate = (p) => {
  const l = lab(p);
  const zh = p.labels === 'zh';
  const d = (a: { start: string; end: string | null }) => span(a, zh ? 'YYYY.MM' : 'MM/YYYY', ' – ', l.present);
  return page(`body{font:10pt Calibri,Carlito,"Liberation Sans",sans-serif,${CJK}}h1{margin:0;font-size:20pt}
    table{border-collapse:collapse;width:100%;margin-top:4px}td,th{border:1px solid #888;padding:4px 5px;vertical-align:top;text-align:left}th{background:#dde4ee}
    h2{font-size:12pt;margin:12px 0 2px;text-transform:uppercase}ul{margin:2px 0;padding-left:15px}`,
  `<h1>${esc(p.name)}</h1><div>${esc(p.headline)}</div><div>${esc(p.email)} | ${esc(p.phoneShown)} | ${esc(p.location)}</div>
   <h2>${l.experience}</h2><table><tr><th style="width:48%">${l.role}</th><th>${l.employer}</th><th style="width:22%">${l.period}</th></tr>
   ${p.jobs.map((j) => `<tr><td><b>${esc(j.title)}</b>${j.kind ? ` (${kindTag(p, j)})` : ''}<ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></td><td>${esc(j.company)}<br>${esc(j.city)}</td><td>${d(j)}</td></tr>`).join('')}</table>
   <h2>${l.education}</h2><table>${p.education.map((s) => `<tr><td style="width:48%">${esc(s.degree)}</td><td>${esc(s.school)}</td><td style="width:22%">${d(s)}</td></tr>`).join('')}</table>
   <h2>${l.skills}</h2><table>${p.skills.map(([g, s]) => `<tr><th style="width:25%">${esc(g)}</th><td>${s.map(written).map(esc).join(', ')}</td></tr>`).join('')}</table>
   <h2>${l.languages}</h2><div>${p.spoken.map(esc).join(', ')}</div>`, zh ? 'zh' : 'en');
};

/** Header as a label–value table; history rows with "Company — Title" in one cell and the period in another. */
const combined: HtmlTemplate = (p) => {
  const l = lab(p);
  const zh = p.labels === 'zh';
  const d = (a: { start: string; end: string | null }) => span(a, zh ? 'YYYY年MM月' : 'Mon YYYY', zh ? ' — ' : ' – ', l.present);
  return page(`body{font:10pt ${zh ? CJK : `Georgia,"DejaVu Serif",serif,${CJK}`}}h1{text-align:center;font-size:20pt;margin:0 0 6px;letter-spacing:${zh ? '6px' : '1px'}}
    table{border-collapse:collapse;width:100%}td{border:1px solid #444;padding:4px 6px;vertical-align:top}.k{background:#f0f0f0;width:16%;font-weight:bold}
    .sec td{background:#444;color:#fff;font-weight:bold}.p{width:30%;white-space:nowrap}`,
  `<h1>${zh ? '个人简历' : 'CURRICULUM VITAE'}</h1><table>
   <tr><td class="k">${l.name}</td><td>${esc(p.name)}</td><td class="k">${zh ? '求职意向' : 'Position sought'}</td><td>${esc(p.headline)}</td></tr>
   <tr><td class="k">${l.phone}</td><td>${esc(p.phoneShown)}</td><td class="k">${l.email}</td><td>${esc(p.email)}</td></tr>
   <tr><td class="k">${l.location}</td><td colspan="3">${esc(p.location)}</td></tr>
   <tr class="sec"><td colspan="4">${l.experience}</td></tr>
   ${timeline(p).map((t) => 'gap' in t ? `<tr><td colspan="3">${esc(t.gap.text)}</td><td class="p">${d(t.gap)}</td></tr>` : `<tr><td colspan="3"><b>${esc(t.job.company)} — ${esc(t.job.title)}</b>${t.job.kind ? kindTag(p, t.job) : ''}<br>${t.job.bullets.map(esc).join('<br>')}</td><td class="p">${d(t.job)}</td></tr>`).join('')}
   <tr class="sec"><td colspan="4">${l.education}</td></tr>
   ${p.education.map((s) => `<tr><td colspan="3">${esc(s.school)} — ${esc(s.degree)}</td><td class="p">${d(s)}</td></tr>`).join('')}
   <tr class="sec"><td colspan="4">${l.skills}</td></tr><tr><td colspan="4">${allSkills(p).map(esc).join(zh ? '；' : '; ')}</td></tr>
   <tr class="sec"><td colspan="4">${l.languages}</td></tr><tr><td colspan="4">${p.spoken.map(esc).join(zh ? '；' : '; ')}</td></tr>
   <tr class="sec"><td colspan="4">${l.profile}</td></tr><tr><td colspan="4">${esc(p.summary)}</td></tr></table>`, zh ? 'zh' : 'en');
};

// ---------------------------------------------------------------------------------------------- DOCX templates

const TEXT_WIDTH = 9638; // A4 with 2 cm side margins, in twips
const MARGIN = { top: 1000, bottom: 1000, left: 1134, right: 1134 };
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const line = { style: BorderStyle.SINGLE, size: 4, color: '666666' };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
const gridBorders = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };
const fontOf = (p: Person) => (p.labels === 'zh' ? { ascii: 'Arial', hAnsi: 'Arial', eastAsia: '微软雅黑' } : { ascii: 'Calibri', hAnsi: 'Calibri', eastAsia: 'SimSun' });
const run = (text: string, o: { bold?: boolean; italics?: boolean; size?: number; color?: string; allCaps?: boolean; smallCaps?: boolean } = {}) => new TextRun({ text, ...o });
const par = (children: (TextRun | string)[], o: Partial<ConstructorParameters<typeof Paragraph>[0] & object> = {}) =>
  new Paragraph({ children: children.map((c) => (typeof c === 'string' ? new TextRun(c) : c)), spacing: { after: 40 }, ...o });
const bullet = (text: string) => new Paragraph({ children: [new TextRun(text)], bullet: { level: 0 }, spacing: { after: 20 } });
const cell = (children: Paragraph[], o: Partial<ConstructorParameters<typeof TableCell>[0]> = {}) =>
  new TableCell({ children, margins: { top: 60, bottom: 60, left: 100, right: 100 }, ...o });
async function docxOf(p: Person, children: (Paragraph | Table)[], size = 21): Promise<Buffer> {
  const doc = new Document({
    creator: p.name,
    styles: { default: { document: { run: { font: fontOf(p), size } } } },
    sections: [{ properties: { page: { size: { width: 11906, height: 16838 }, margin: MARGIN } }, children }],
  });
  return Packer.toBuffer(doc);
}
type DocxTemplate = (p: Person) => Promise<Buffer>;

/** UK NHS / civil-service style CV: personal statement, "Title, Employer, City (Mon YYYY – present)", key skills bullets. */
const nhs: DocxTemplate = (p) => {
  const d = (a: { start: string; end: string | null }) => span(a, 'Mon YYYY', ' – ', 'present');
  const h = (t: string) => par([run(t, { bold: true, size: 24, color: '005EB8' })], { spacing: { before: 200, after: 80 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '005EB8', space: 1 } } });
  const body: Paragraph[] = [
    par([run(p.name, { bold: true, size: 36 })], { alignment: AlignmentType.CENTER }),
    par([`${p.location}  |  ${p.phoneShown}  |  ${p.email}`], { alignment: AlignmentType.CENTER }),
    h('Personal statement'), par([p.summary]),
    h('Employment history'),
    ...timeline(p).flatMap((t) => 'gap' in t ? [par([run(`Career break (${d(t.gap)})`, { bold: true })]), par([t.gap.text])]
      : [par([run(`${t.job.title}, ${t.job.company}, ${t.job.city} (${d(t.job)})`, { bold: true })], { spacing: { before: 120, after: 40 } }),
        ...(t.job.kind ? [par([run(kindTag(p, t.job), { italics: true })])] : []), ...t.job.bullets.map(bullet)]),
    h('Education and qualifications'),
    ...p.education.map((s) => par([run(`${s.degree}, ${s.school} (${s.start.slice(0, 4)}–${s.end.slice(0, 4)})`)])),
    ...(p.extra ?? []).map((x) => par([x])),
    h('Key skills'), ...allSkills(p).map(bullet),
    h('Languages'), par([p.spoken.join(', ')]),
    h('References'), par(['Available on request.']),
  ];
  return docxOf(p, body);
};

/** A Word 简历 without tables: numbered headings (一、二、…), dates on their own line over 单位 / 职位, duties as one paragraph. */
const wordJianli: DocxTemplate = (p) => {
  const d = (a: { start: string; end: string | null }) => span(a, 'YYYY年M月', '—', '至今');
  const h = (n: string, t: string) => par([run(`${n}、${t}`, { bold: true, size: 26 })], { spacing: { before: 240, after: 100 } });
  const body: Paragraph[] = [
    par([run('个 人 简 历', { bold: true, size: 40 })], { alignment: AlignmentType.CENTER, spacing: { after: 200 } }),
    h('一', '个人信息'),
    par([`姓　　名：${p.name}${p.altName ? `（${p.altName}）` : ''}`]), par([`联系电话：${p.phoneShown}`]), par([`电子邮箱：${p.email}`]), par([`现居住地：${p.location}`]), par([`求职意向：${p.headline}`]),
    h('二', '工作经历'),
    ...timeline(p).flatMap((t) => 'gap' in t ? [par([run(d(t.gap), { bold: true })], { spacing: { before: 120 } }), par([t.gap.text])]
      : [par([run(d(t.job), { bold: true })], { spacing: { before: 120 } }), par([run(`${t.job.company}　　${t.job.title}${t.job.kind ? kindTag(p, t.job) : ''}`, { bold: true })]),
        par([`工作内容：${t.job.bullets.join('')}`], { indent: { firstLine: 420 } })]),
    h('三', '教育背景'),
    ...p.education.map((s) => par([`${d(s)}　　${s.school}　　${s.degree}`])),
    h('四', '专业技能'),
    ...p.skills.map(([g, s], i) => par([`${i + 1}. ${g}：${s.map(written).join('、')}`])),
    h('五', '语言及证书'), par([[...p.spoken, ...(p.extra ?? [])].join('；')]),
    h('六', '自我评价'), par([p.summary]),
  ];
  return docxOf(p, body);
};

/** Two borderless table cells: shaded sidebar left (contact, skills, languages), main column right. */
const wordSidebar: DocxTemplate = (p) => {
  const l = lab(p);
  const zh = p.labels === 'zh';
  const d = (a: { start: string; end: string | null }) => zh ? span(a, 'YYYY.MM', '-', '至今') : span(a, 'Mon YYYY', ' – ', 'Present');
  const sh = (t: string) => par([run(t.toUpperCase(), { bold: true, color: 'FFFFFF', size: 22 })], { spacing: { before: 200, after: 80 } });
  const side: Paragraph[] = [
    sh(l.contact), par([run(p.phoneShown, { color: 'FFFFFF' })]), par([run(p.email, { color: 'FFFFFF', size: 18 })]), par([run(p.location, { color: 'FFFFFF' })]),
    sh(l.skills), ...allSkills(p).map((s) => par([run(`• ${s}`, { color: 'FFFFFF' })])),
    sh(l.languages), ...p.spoken.map((s) => par([run(s, { color: 'FFFFFF' })])),
  ];
  const mh = (t: string) => par([run(t.toUpperCase(), { bold: true, size: 24, color: '1F3864' })], { spacing: { before: 200, after: 80 }, border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '1F3864', space: 1 } } });
  const main: Paragraph[] = [
    par([run(p.name, { bold: true, size: 40, color: '1F3864' })]), par([run(p.headline, { size: 24 })]), par([p.summary], { spacing: { before: 100 } }),
    mh(l.experience),
    ...p.jobs.flatMap((j) => [par([run(j.title, { bold: true }), run(zh ? `  |  ${j.company}` : ` at ${j.company}`)], { spacing: { before: 120 } }),
      par([run(`${d(j)}${zh ? '' : `  ·  ${j.city}`}${j.kind ? `  ·  ${kindTag(p, j)}` : ''}`, { italics: true, color: '666666', size: 18 })]), ...j.bullets.map(bullet)]),
    mh(l.education), ...p.education.flatMap((s) => [par([run(s.school, { bold: true })]), par([`${s.degree}, ${d(s)}`])]),
  ];
  const table = new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: [3100, 6538], borders: noBorders,
    rows: [new TableRow({ children: [
      cell(side, { width: { size: 3100, type: WidthType.DXA }, shading: { fill: '1F3864', type: ShadingType.CLEAR, color: 'auto' } }),
      cell(main, { width: { size: 6538, type: WidthType.DXA } }),
    ] })],
  });
  return docxOf(p, [table], 19);
};

/** Classic table CV: Period | Employer | Role rows, the bullets in a full-width row under each. */
const periodFirst: DocxTemplate = (p) => {
  const l = lab(p);
  const zh = p.labels === 'zh';
  const d = (a: { start: string; end: string | null }) => span(a, zh ? 'YYYY.MM' : 'MM/YYYY', ' – ', l.present);
  const w = [2200, 4238, 3200];
  const head = (t: string) => par([run(t, { bold: true, size: 24 })], { spacing: { before: 240, after: 80 } });
  const hdr = new TableRow({ tableHeader: true, children: [l.period, l.employer, l.role].map((t, i) => cell([par([run(t, { bold: true })])], { width: { size: w[i]!, type: WidthType.DXA }, shading: { fill: 'D9D9D9', type: ShadingType.CLEAR, color: 'auto' } })) });
  const rows = p.jobs.flatMap((j) => [
    new TableRow({ children: [cell([par([d(j)])]), cell([par([run(j.company, { bold: true })]), par([j.city])]), cell([par([j.title]), ...(j.kind ? [par([run(kindTag(p, j), { italics: true })])] : [])])] }),
    new TableRow({ children: [cell(j.bullets.map(bullet), { columnSpan: 3 })] }),
  ]);
  const body: (Paragraph | Table)[] = [
    par([run(p.name, { bold: true, size: 40 })]),
    par([`${p.headline}`]), par([`${p.phoneShown}   ${p.email}   ${p.location}`]),
    head(l.experience), new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: w, borders: gridBorders, rows: [hdr, ...rows] }),
    head(l.education), new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: w, borders: gridBorders, rows: p.education.map((s) => new TableRow({ children: [cell([par([d(s)])]), cell([par([s.school])]), cell([par([s.degree])])] })) }),
    head(l.skills), ...p.skills.map(([g, s]) => par([run(`${g}: `, { bold: true }), run(s.map(written).join(', '))])),
    head(l.languages), par([p.spoken.join(', ')]),
  ];
  return docxOf(p, body);
};

/** A 表格式简历 in the 履历书 tradition: label–value header grid, 起止时间/工作单位/职务/证明人, skills in a row. */
const cnForm: DocxTemplate = (p) => {
  const d = (a: { start: string; end: string | null }) => span(a, 'YYYY.MM', '-', '至今');
  const k = (t: string, w: number) => cell([par([run(t, { bold: true })], { alignment: AlignmentType.CENTER })], { width: { size: w, type: WidthType.DXA }, shading: { fill: 'F2F2F2', type: ShadingType.CLEAR, color: 'auto' }, verticalAlign: VerticalAlign.CENTER });
  const v = (t: string, w: number, span2 = 1) => cell([par([t])], { width: { size: w, type: WidthType.DXA }, columnSpan: span2, verticalAlign: VerticalAlign.CENTER });
  const sec = (t: string) => new TableRow({ children: [cell([par([run(t, { bold: true, size: 24 })], { alignment: AlignmentType.CENTER })], { columnSpan: 4, shading: { fill: 'BFBFBF', type: ShadingType.CLEAR, color: 'auto' } })] });
  const w = [1700, 3119, 1700, 3119];
  const rows: TableRow[] = [
    new TableRow({ children: [k('姓　名', w[0]!), v(p.name, w[1]!), k('求职意向', w[2]!), v(p.headline, w[3]!)] }),
    new TableRow({ children: [k('联系电话', w[0]!), v(p.phoneShown, w[1]!), k('电子邮箱', w[2]!), v(p.email, w[3]!)] }),
    new TableRow({ children: [k('现居住地', w[0]!), v(p.location, w[1]!), k('最高学历', w[2]!), v(p.education[0]!.degree, w[3]!)] }),
    sec('教育经历'),
    new TableRow({ children: [k('起止时间', w[0]!), k('学校', w[1]!), k('专业/学历', w[2]!), k('备注', w[3]!)] }),
    ...p.education.map((s) => new TableRow({ children: [v(d(s), w[0]!), v(s.school, w[1]!), v(s.degree, w[2]!), v('', w[3]!)] })),
    sec('工作经历'),
    new TableRow({ children: [k('起止时间', w[0]!), k('工作单位', w[1]!), k('职务', w[2]!), k('主要工作', w[3]!)] }),
    ...p.jobs.map((j) => new TableRow({ children: [v(d(j), w[0]!), v(j.company, w[1]!), v(`${j.title}${j.kind ? kindTag(p, j) : ''}`, w[2]!),
      cell(j.bullets.map((b) => par([b], { spacing: { after: 20 } })), { width: { size: w[3]!, type: WidthType.DXA } })] })),
    sec('技能与证书'),
    new TableRow({ children: [k('专业技能', w[0]!), cell([par([allSkills(p).join('、')])], { columnSpan: 3 })] }),
    new TableRow({ children: [k('语言能力', w[0]!), cell([par([p.spoken.join('；')])], { columnSpan: 3 })] }),
    new TableRow({ children: [k('证书', w[0]!), cell([par([(p.extra ?? ['无']).join('；')])], { columnSpan: 3 })] }),
    sec('自我评价'),
    new TableRow({ children: [cell([par([p.summary])], { columnSpan: 4 })] }),
  ];
  return docxOf(p, [par([run('个人简历', { bold: true, size: 40 })], { alignment: AlignmentType.CENTER, spacing: { after: 200 } }),
    new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: w, borders: gridBorders, rows })]);
};

/** Work history in paragraphs with right-tab dates, and a skill matrix table (Skill | Level | Years). */
const skillMatrix: DocxTemplate = (p) => {
  const l = lab(p);
  const zh = p.labels === 'zh';
  const d = (a: { start: string; end: string | null }) => zh ? span(a, 'YYYY-MM', ' ~ ', '至今') : span(a, 'Mon YYYY', ' – ', 'Present');
  // Years of use per skill as the person would fill them in, never longer than the career; the level follows them.
  const career = Math.floor(yearsWorked(p.jobs, REFERENCE));
  const yrs = (i: number) => Math.max(1, Math.min(career, 2 + ((i * 5) % 9)));
  const lv = (y: number) => (zh ? (y >= 7 ? '精通' : y >= 4 ? '熟练' : '良好') : y >= 7 ? 'Expert' : y >= 4 ? 'Advanced' : 'Intermediate');
  const head = (t: string) => par([run(t, { bold: true, size: 24, allCaps: !zh })], { spacing: { before: 220, after: 80 }, border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 1 } } });
  const tab = [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }];
  const w = [4200, 2700, 2738];
  const skillRows = [new TableRow({ children: (zh ? ['技能', '掌握程度', '使用年限'] : ['Skill', 'Level', 'Years']).map((t, i) => cell([par([run(t, { bold: true })])], { width: { size: w[i]!, type: WidthType.DXA }, shading: { fill: 'DEEAF6', type: ShadingType.CLEAR, color: 'auto' } })) }),
    ...allSkills(p).map((s, i) => new TableRow({ children: [cell([par([s])]), cell([par([lv(yrs(i))])]), cell([par([String(yrs(i))])])] }))];
  const body: (Paragraph | Table)[] = [
    par([run(p.name, { bold: true, size: 36 }), new TextRun({ children: [new Tab(), p.phoneShown] })], { tabStops: tab }),
    par([run(p.headline, { italics: true }), new TextRun({ children: [new Tab(), p.email] })], { tabStops: tab }),
    par([p.location]),
    head(l.experience),
    ...p.jobs.flatMap((j) => [par([run(`${j.company}${zh ? '' : `, ${j.city}`}`, { bold: true }), new TextRun({ children: [new Tab(), d(j)] })], { tabStops: tab, spacing: { before: 120, after: 20 } }),
      par([run(`${j.title}${j.kind ? (zh ? kindTag(p, j) : ` (${kindTag(p, j)})`) : ''}`, { italics: true })]), ...j.bullets.map(bullet)]),
    head(l.skills),
    new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: w, borders: gridBorders, rows: skillRows }),
    head(l.education), ...p.education.map((s) => par([run(s.school, { bold: true }), run(`, ${s.degree}`), new TextRun({ children: [new Tab(), d(s)] })], { tabStops: tab })),
    head(l.languages), par([p.spoken.join(zh ? '；' : ' · ')]),
  ];
  return docxOf(p, body);
};

// ---------------------------------------------------------------------------------------------- plain text

/** Plain text as pasted into a job board's text box: capital headings, "Company, City -- Title", dates on their own line. */
function plain(p: Person): string {
  const l = lab(p);
  const zh = p.labels === 'zh';
  const d = (a: { start: string; end: string | null }) => zh ? span(a, 'YYYY/MM', ' - ', '至今') : span(a, 'MM/YYYY', ' - ', 'Present');
  const rule = '='.repeat(60);
  const entry = (j: Job) => zh ? `${j.company}（${j.city}）—— ${j.title}${j.kind ? kindTag(p, j) : ''}` : `${j.company}, ${j.city} -- ${j.title}${j.kind ? ` [${kindTag(p, j)}]` : ''}`;
  const h = (t: string) => `\n${zh ? `【${t}】` : t.toUpperCase()}\n${zh ? '' : '-'.repeat(t.length) + '\n'}`;
  const out = [p.name, p.headline, `${p.phoneShown} / ${p.email} / ${p.location}`, rule,
    h(l.profile) + p.summary,
    h(l.experience) + timeline(p).map((t) => 'gap' in t ? `${t.gap.text}\n${d(t.gap)}\n` : `${entry(t.job)}\n${d(t.job)}\n${t.job.bullets.map((b) => `  * ${b}`).join('\n')}\n`).join('\n'),
    h(l.education) + p.education.map((s) => [s.school, s.degree, d(s)].join(zh ? '，' : ', ')).join('\n'),
    h(l.skills) + p.skills.map(([g, s]) => `${g}${zh ? '：' : ': '}${s.map(written).join(zh ? '、' : ', ')}`).join('\n'),
    h(l.languages) + p.spoken.join(zh ? '；' : ', '),
  ];
  return out.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------- the set

const html: Record<string, [Layout, HtmlTemplate]> = {
  'single-harvard': ['single', harvard], 'single-jakes': ['single', jakes], 'single-margin-dates': ['single', marginDates],
  'single-zhilian': ['single', zhilian], 'single-indeed': ['single', indeed],
  'two-col-linkedin': ['two-column', linkedin], 'two-col-europass': ['two-column', europass], 'two-col-serif': ['two-column', serif], 'two-col-cn-modern': ['two-column', cnModern],
  'table-role-first': ['table', roleFirst], 'table-combined': ['table', combined],
};
const word: Record<string, [Layout, DocxTemplate]> = {
  'single-nhs': ['single', nhs], 'single-word-jianli': ['single', wordJianli], 'two-col-word-sidebar': ['two-column', wordSidebar],
  'table-period-first': ['table', periodFirst], 'table-cn-form': ['table', cnForm], 'table-skill-matrix': ['table', skillMatrix],
};

/** [template, producer, people]. */
const plan: [string, Producer, string[]][] = [
  ['single-harvard', 'chromium', ['p01', 'p03', 'p12']],
  ['single-jakes', 'chromium', ['p02', 'p05', 'p11']],
  ['single-margin-dates', 'chromium', ['p04', 'p07', 'p13']],
  ['single-zhilian', 'chromium', ['p06', 'p08', 'p14']],
  ['single-indeed', 'chromium', ['p04', 'p12']],
  ['single-nhs', 'docx', ['p03']], ['single-nhs', 'libreoffice', ['p01', 'p05']],
  ['single-word-jianli', 'docx', ['p09']], ['single-word-jianli', 'libreoffice', ['p10', 'p13']],
  ['single-plain', 'txt', ['p02', 'p06', 'p10', 'p11', 'p04']],
  ['two-col-linkedin', 'chromium', ['p01', 'p05', 'p12']],
  ['two-col-europass', 'chromium', ['p03', 'p08', 'p14']],
  ['two-col-serif', 'chromium', ['p04', 'p10']],
  ['two-col-cn-modern', 'chromium', ['p07', 'p10', 'p13']],
  ['two-col-word-sidebar', 'docx', ['p11', 'p06']], ['two-col-word-sidebar', 'libreoffice', ['p02', 'p09', 'p13']],
  ['table-period-first', 'docx', ['p01', 'p05']], ['table-period-first', 'libreoffice', ['p04', 'p12']],
  ['table-cn-form', 'docx', ['p08', 'p14']], ['table-cn-form', 'libreoffice', ['p06', 'p09']],
  ['table-role-first', 'chromium', ['p02', 'p03', 'p11']],
  ['table-combined', 'chromium', ['p07', 'p10', 'p13']],
  ['table-skill-matrix', 'docx', ['p02']], ['table-skill-matrix', 'libreoffice', ['p08', 'p11']],
];

async function main(): Promise<void> {
  if (existsSync(path.join(dir, 'manifest.json')) && !process.argv.includes('--force')) {
    console.error('heldout-5 is frozen (manifest.json exists); regenerating spends it. Pass --force only if you mean that.');
    process.exit(1);
  }
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  const lo = mkdtempSync(path.join(tmpdir(), 'kiln-h5-'));
  const byId = new Map(people.map((p) => [p.id, p]));
  const documents: { file: string; person: string; template: string; layout: Layout; producer: Producer; language: string }[] = [];
  const pages: [string, string][] = [];
  const fromLo: string[] = [];
  try {
    for (const [template, producer, ids] of plan) {
      for (const id of ids) {
        const p = byId.get(id)!;
        const ext = producer === 'docx' ? 'docx' : producer === 'txt' ? 'txt' : 'pdf';
        const file = `${id}-${template}.${ext}`;
        const layout: Layout = template === 'single-plain' ? 'single' : (html[template] ?? word[template])![0];
        if (producer === 'chromium') pages.push([file, html[template]![1](p)]);
        else if (producer === 'txt') writeFileSync(path.join(docs, file), plain(p), 'utf8');
        else {
          const buf = await word[template]![1](p);
          if (producer === 'docx') writeFileSync(path.join(docs, file), buf);
          else { writeFileSync(path.join(lo, `${id}-${template}.docx`), buf); fromLo.push(file); }
        }
        documents.push({ file, person: id, template, layout, producer, language: p.language });
      }
    }
    await printHtml(docs, pages);
    exportDocxToPdf(lo);
    for (const f of fromLo) copyFileSync(path.join(lo, f), path.join(docs, f));
  } finally {
    rmSync(lo, { recursive: true, force: true });
  }
  const truth = {
    referenceDate: REFERENCE,
    people: people.map((p) => ({
      id: p.id, language: p.language, name: p.name, email: p.email, phone: p.phone,
      skills: p.skills.flatMap(([, s]) => s),
      work: p.jobs.map((j) => ({ company: j.company, start: j.start, end: j.end })),
      yearsOfExperience: yearsWorked(p.jobs, REFERENCE),
    })),
    documents,
  };
  writeFileSync(path.join(dir, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  const files = readdirSync(docs).sort();
  if (files.length !== documents.length) throw new Error(`expected ${documents.length} documents, found ${files.length}`);
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifestOf(docs, files), null, 2) + '\n');
  console.log(`heldout-5: ${documents.length} documents`);
}

await main();
