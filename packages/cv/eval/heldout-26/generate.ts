/**
 * heldout-26 generator: writes documents/, truth.json and manifest.json.
 *   npx tsx eval/heldout-26/generate.ts [--force]      (from packages/cv)
 * Written blind from the brief; imitates real CV builders, job boards, ATS prints and forms.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType, BorderStyle, Document, Footer, Header, Packer, PageNumber, Paragraph, ShadingType, Table, TableCell,
  TableRow, TabStopType, TextRun, VerticalAlign, WidthType,
} from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { type Job, type Person, people } from './people.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const DOCS = path.join(here, 'documents');
const REF = '2026-11';

// ---------------------------------------------------------------- dates and small helpers
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
type DStyle = 'Mon YYYY' | 'Month YYYY' | 'MM/YYYY' | 'YYYY.MM' | 'YYYY-MM' | 'YYYY年M月' | 'YYYY/MM' | 'M/YYYY' | 'YYYY年MM月' | 'Mon. YYYY';
function d(ym: string | null, style: DStyle, present = 'Present'): string {
  if (ym === null) return present;
  const y = ym.slice(0, 4);
  const m = Number(ym.slice(5, 7));
  const mm = ym.slice(5, 7);
  switch (style) {
    case 'Mon YYYY': return `${MON[m - 1]} ${y}`;
    case 'Mon. YYYY': return `${MON[m - 1]}${m === 5 ? '' : '.'} ${y}`;
    case 'Month YYYY': return `${MONTH[m - 1]} ${y}`;
    case 'MM/YYYY': return `${mm}/${y}`;
    case 'M/YYYY': return `${m}/${y}`;
    case 'YYYY.MM': return `${y}.${mm}`;
    case 'YYYY-MM': return `${y}-${mm}`;
    case 'YYYY/MM': return `${y}/${mm}`;
    case 'YYYY年M月': return `${y}年${m}月`;
    case 'YYYY年MM月': return `${y}年${mm}月`;
  }
}
const rng = (j: { start: string; end: string | null }, s: DStyle, present = 'Present', sep = ' – ') => `${d(j.start, s)}${sep}${d(j.end, s, present)}`;
const idx = (s: string) => Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7)) - 1;
function dur(j: Job, zh = false): string {
  const n = idx(j.end ?? REF) - idx(j.start) + 1;
  const y = Math.floor(n / 12), m = n % 12;
  if (zh) return `${y ? `${y}年` : ''}${m ? `${m}个月` : ''}`;
  return [y ? `${y} yr${y > 1 ? 's' : ''}` : '', m ? `${m} mo${m > 1 ? 's' : ''}` : ''].filter(Boolean).join(' ');
}
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const sk = (p: Person) => p.skills.map((s) => s[0]);
const newestFirst = (p: Person) => [...p.jobs].reverse();
/** Name as printed in English-language templates: mixed people show both. */
const both = (p: Person) => (p.language === 'mixed' ? `${p.name} ${p.nameAlt}` : p.name);
const jt = (j: Job, p: Person) => (p.language === 'mixed' && j.titleAlt ? `${j.title} ${j.titleAlt}` : j.title);
const firstLast = (p: Person): [string, string] => {
  const n = p.language === 'en' ? p.name : p.nameAlt!;
  if (p.id === 'p15') return ['Alvin', 'Ng Wei Jie'];
  const parts = n.split(' ');
  return [parts.slice(0, -1).join(' '), parts[parts.length - 1]];
};
const photo = (w: number, h: number, label = 'Photo') =>
  `<div style="width:${w}mm;height:${h}mm;border:1px solid #888;background:#eef0f2;display:flex;align-items:flex-end;justify-content:center;overflow:hidden;position:relative">
   <svg viewBox="0 0 40 48" style="width:80%;position:absolute;bottom:0;left:10%"><circle cx="20" cy="17" r="9" fill="#b9c0c7"/><path d="M3 48c1-12 8-18 17-18s16 6 17 18z" fill="#b9c0c7"/></svg>
   <span style="position:relative;font-size:7pt;color:#777;margin-bottom:1mm">${label}</span></div>`;

// ---------------------------------------------------------------- HTML templates (Chromium)
const EN = `'Liberation Sans', 'DejaVu Sans', 'WenQuanYi Zen Hei', sans-serif`;
const SERIF = `'Liberation Serif', 'DejaVu Serif', 'WenQuanYi Zen Hei', serif`;
const ZH = `'WenQuanYi Zen Hei', 'Droid Sans Fallback', sans-serif`;
const page = (css: string, body: string, lang = 'en') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>
*{box-sizing:border-box} .h>span:first-child{flex:1} body{margin:0;color:#222} p{margin:0} table{border-collapse:collapse} ${css}</style></head><body>${body}</body></html>`;

/** Dice.com candidate profile, printed from the employer side. */
function dice(p: Person): string {
  const css = `body{font:9.5pt ${EN}} .bar{display:flex;justify-content:space-between;border-bottom:3px solid #cc0000;padding-bottom:2mm;margin-bottom:4mm}
  .logo{font:bold 18pt ${EN};color:#cc0000;letter-spacing:-1px} h1{font-size:20pt;margin:0} .sub{color:#555;margin-top:1mm}
  h2{font-size:11pt;border-bottom:1px solid #ddd;padding-bottom:1mm;margin:5mm 0 2mm;color:#333}
  .grid{display:grid;grid-template-columns:45mm 1fr;row-gap:1.2mm} .grid b{color:#666;font-weight:normal}
  .chip{display:inline-block;border:1px solid #c7d1dc;border-radius:10px;padding:0.5mm 2.5mm;margin:0 1.5mm 1.5mm 0;font-size:8.5pt}
  .chip i{color:#777;font-style:normal} .job{margin-bottom:3mm} .job .t{font-weight:bold} .job .c{color:#0b5cad} .job .dt{color:#666;font-size:8.5pt}
  ul{margin:1mm 0 0 5mm;padding:0} li{margin-bottom:0.6mm} .foot{margin-top:6mm;font-size:7.5pt;color:#888;border-top:1px solid #eee;padding-top:1mm}`;
  const yrs = [8, 9, 6, 7, 5, 7, 6, 5];
  const body = `<div class="bar"><span class="logo">dice</span><span style="color:#666;font-size:8pt">Candidate Profile · Printed 10/28/2026</span></div>
  <h1>${esc(p.name)}</h1><div class="sub">${esc(p.title)} · ${esc(p.city)} · Last active 2 days ago</div>
  <h2>Contact</h2><div class="grid"><b>Email</b><span>${p.email}</span><b>Phone</b><span>${p.phone}</span><b>Location</b><span>${esc(p.address)}</span></div>
  <h2>Preferences</h2><div class="grid"><b>Work Authorization</b><span>${p.extra?.authorization ?? ''}</span><b>Security Clearance</b><span>${p.extra?.clearance ?? ''}</span>
  <b>Willing to relocate</b><span>${esc(p.extra?.relocate ?? '')}</span><b>Employment type</b><span>Full-time</span><b>Desired salary</b><span>${p.extra?.rate ?? ''}</span></div>
  <h2>Skills</h2><div>${sk(p).map((s, i) => `<span class="chip">${esc(s)} <i>· ${yrs[i % yrs.length]} yrs</i></span>`).join('')}</div>
  <h2>Work History</h2>${newestFirst(p).map((j) => `<div class="job"><div class="t">${esc(j.title)}</div><div class="c">${esc(j.company)}</div>
    <div class="dt">${rng(j, 'Mon YYYY')} · ${esc(j.city)}</div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`).join('')}
  <h2>Education</h2>${p.education.map((e) => `<div class="job"><div class="t">${esc(e.degree)}</div><div class="c">${esc(e.school)}</div><div class="dt">${e.end.slice(0, 4)}</div></div>`).join('')}
  <h2>Certifications</h2><ul>${p.certificates.map((c) => `<li>${esc(c)}</li>`).join('')}</ul>
  <div class="foot">Profile ID 8c41f0e2-77ab · Resume on file: JWR_Resume_2026.pdf · © 2026 DHI Group, Inc.</div>`;
  return page(css, body);
}

/** Wellfound (AngelList Talent) candidate profile: left card, right experience. */
function wellfound(p: Person): string {
  const css = `body{font:9pt ${EN};color:#1f1f1f} .wrap{display:grid;grid-template-columns:56mm 1fr;gap:7mm}
  .card{border:1px solid #e0e0e0;border-radius:6px;padding:4mm} .av{width:22mm;height:22mm;border-radius:50%;background:#d9dde3;color:#556;font:bold 16pt ${EN};display:flex;align-items:center;justify-content:center}
  h1{font-size:15pt;margin:3mm 0 1mm} .muted{color:#6b6b6b} .lab{font-size:7.5pt;text-transform:uppercase;color:#888;margin:4mm 0 1mm;letter-spacing:.5px}
  .tag{display:inline-block;background:#f2f2f2;border-radius:3px;padding:.6mm 2mm;margin:0 1mm 1.2mm 0;font-size:8pt}
  h2{font-size:11.5pt;margin:0 0 3mm} .sec{margin-bottom:6mm} .exp{display:grid;grid-template-columns:10mm 1fr;gap:3mm;margin-bottom:4mm}
  .logo{width:10mm;height:10mm;border-radius:4px;background:#222;color:#fff;font:bold 10pt ${EN};display:flex;align-items:center;justify-content:center}
  .exp b{font-size:9.5pt} ul{margin:1mm 0 0 4mm;padding:0} .top{display:flex;justify-content:space-between;font-size:8pt;color:#888;margin-bottom:4mm}`;
  const ini = (s: string) => s.replace(/[^A-Za-z\u4e00-\u9fff]/g, '').slice(0, 1).toUpperCase();
  const body = `<div class="top"><span><b style="color:#000;font-size:11pt">wellfound</b> &nbsp;Talent profile</span><span>wellfound.com/u/${p.email.split('@')[0].replace(/\./g, '-')}</span></div>
  <div class="wrap"><div><div class="card"><div class="av">${ini(p.nameAlt ?? p.name)}</div><h1>${esc(both(p))}</h1><div class="muted">${esc(p.title)}</div>
  <div class="lab">Location</div>${esc(p.city)}<div class="lab">Contact</div>${p.email}<br>${p.phone}
  <div class="lab">Looking for</div>Full-time · Remote OK · Series A–C
  <div class="lab">Skills</div>${sk(p).map((s) => `<span class="tag">${esc(s)}</span>`).join('')}
  <div class="lab">Languages</div>${p.languages.map(esc).join('<br>')}</div></div>
  <div><div class="sec"><h2>About</h2><p>${esc(p.summary)}</p></div>
  <div class="sec"><h2>Experience</h2>${newestFirst(p).map((j) => `<div class="exp"><div class="logo">${ini(j.company)}</div><div><b>${esc(jt(j, p))}</b><br>
    <span>${esc(j.company)}</span><br><span class="muted">${rng(j, 'Mon YYYY', 'Present', ' – ')} · ${dur(j)}</span>
    <ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div></div>`).join('')}</div>
  <div class="sec"><h2>Education</h2>${p.education.map((e) => `<div class="exp"><div class="logo" style="background:#6a7b8c">${ini(e.school)}</div><div><b>${esc(e.school)}</b><br>${esc(e.degree)}<br><span class="muted">${e.start.slice(0, 4)} – ${e.end.slice(0, 4)}</span></div></div>`).join('')}</div>
  </div></div>`;
  return page(css, body);
}

/** Greenhouse: application as printed from the candidate's profile (field grid, repeated employment blocks). */
function greenhouse(p: Person): string {
  const [fn, ln] = firstLast(p);
  const css = `body{font:9pt ${EN}} .hd{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:2px solid #24a47f;padding-bottom:2mm}
  h1{font-size:16pt;margin:0} .gh{color:#24a47f;font-weight:bold} h2{font-size:10pt;background:#f3f6f5;padding:1.5mm 2mm;margin:4mm 0 0;border:1px solid #dfe5e3}
  table{width:100%} td{border:1px solid #dfe5e3;padding:1.5mm 2mm;vertical-align:top} td.l{width:52mm;color:#555;background:#fafbfb}
  .blk{margin-top:2mm} .n{font-size:8pt;color:#777}`;
  const row = (l: string, v: string) => `<tr><td class="l">${l}</td><td>${v}</td></tr>`;
  const role = p.id === 'p04' ? 'Clinical Trial Manager' : p.id === 'p06' ? 'General Superintendent – Industrial' : 'Senior Data Engineer (Contract)';
  const co = p.id === 'p04' ? 'Arbutus Clinical Research' : p.id === 'p06' ? 'Saguaro Builders Group' : 'Halcyon Freight Technologies';
  const body = `<div class="hd"><div><div class="n">Candidate</div><h1>${esc(p.language === 'mixed' ? `${p.nameAlt} (${p.name})` : p.name)}</h1>
  <div>Applied for <b>${role}</b> at ${co} · Source: Company website · Stage: Application Review</div></div><div class="gh">greenhouse</div></div>
  <h2>Personal information</h2><table>${row('First Name', fn)}${row('Last Name', ln)}${p.language === 'mixed' ? row('Name in native script (optional)', p.name) : ''}
  ${row('Email', p.email)}${row('Phone', p.phone)}${row('Location (City)', esc(p.city))}${row('Resume/CV', `${ln.replace(/\W/g, '')}_${fn.replace(/\W/g, '')}_Resume.pdf (attached)`)}
  ${row('LinkedIn Profile', `linkedin.com/in/${fn.toLowerCase().replace(/[^a-z]/g, '')}-${ln.toLowerCase().replace(/[^a-z]/g, '')}`)}</table>
  <h2>Employment</h2>${newestFirst(p).map((j) => `<table class="blk">${row('Company name', esc(j.company))}${row('Title', esc(j.title))}
    ${row('Start date', `${MONTH[Number(j.start.slice(5)) - 1]} / ${j.start.slice(0, 4)}`)}${row('End date', j.end ? `${MONTH[Number(j.end.slice(5)) - 1]} / ${j.end.slice(0, 4)}` : '—')}
    ${row('Current role', j.end ? '☐' : '☑ Yes')}</table>`).join('')}
  <h2>Education</h2>${p.education.map((e) => `<table class="blk">${row('School', esc(e.school))}${row('Degree', esc(e.degree))}${row('End date (year)', e.end.slice(0, 4))}</table>`).join('')}
  <h2>Application questions</h2><table>
  ${row('Which of these tools and skills have you used professionally? Please list.', esc(sk(p).join(', ')))}
  ${row('Are you legally authorized to work in the country where this job is located?', 'Yes')}
  ${row('Will you now or in the future require sponsorship?', 'No')}
  ${row('Certifications / licences', esc(p.certificates.join('; ')))}
  ${row('Desired compensation', p.id === 'p04' ? 'CAD 98,000' : p.id === 'p06' ? '$140,000 + vehicle' : 'US$75/hr')}</table>
  <p class="n" style="margin-top:3mm">Voluntary self-identification responses are stored separately and are not shown on this print.</p>`;
  return page(css, body);
}

/** Upwork freelancer profile print: left facts column, right overview/skills/employment history. */
function upwork(p: Person): string {
  const css = `body{font:9pt ${EN};color:#001e00} .top{display:flex;gap:5mm;align-items:center;border:1px solid #d5e0d5;border-radius:8px 8px 0 0;padding:4mm}
  .av{width:20mm;height:20mm;border-radius:50%;background:#cfd8cf;display:flex;align-items:center;justify-content:center;font:bold 14pt ${EN};color:#14a800}
  h1{font-size:16pt;margin:0} .muted{color:#5e6d55} .wrap{display:grid;grid-template-columns:55mm 1fr;border:1px solid #d5e0d5;border-top:0;border-radius:0 0 8px 8px}
  .side{border-right:1px solid #d5e0d5;padding:4mm} .main{padding:4mm} h3{font-size:9.5pt;margin:0 0 1.5mm} .blk{margin-bottom:5mm}
  h2{font-size:12pt;margin:0 0 2mm} .rate{float:right;font-size:11pt;font-weight:bold} .tag{display:inline-block;background:#e4ebe4;border-radius:10px;padding:.6mm 2.5mm;margin:0 1mm 1.5mm 0}
  .emp{border-top:1px solid #e4ebe4;padding:2.5mm 0} .badge{color:#14a800;font-weight:bold}`;
  const body = `<div style="font-size:8pt;color:#5e6d55;margin-bottom:2mm">upwork.com/freelancers/~01${p.id}8fa2c07d3b19e5 · printed 25 Oct 2026</div>
  <div class="top"><div class="av">${(p.nameAlt ?? p.name).slice(0, 1)}</div><div><h1>${esc(both(p))}</h1><div class="muted">${esc(p.city)} – ${p.extra?.tz ?? 'local time'}</div>
  <div><span class="badge">${p.id === 'p15' ? 'Top Rated Plus' : 'Rising Talent'}</span> · ${p.id === 'p15' ? '100%' : '96%'} Job Success</div></div></div>
  <div class="wrap"><div class="side">
   <div class="blk"><h3>Hours per week</h3>${p.extra?.hours ?? 'Less than 30 hrs/week'}<br><span class="muted">Open to contract to hire</span></div>
   <div class="blk"><h3>Contact (visible to clients after hire)</h3>${p.email}<br>${p.phone}</div>
   <div class="blk"><h3>Languages</h3>${p.languages.map(esc).join('<br>')}</div>
   <div class="blk"><h3>Verifications</h3>ID: Verified ✓<br>Phone number: Verified ✓</div>
   <div class="blk"><h3>Education</h3>${p.education.map((e) => `<b>${esc(e.school)}</b><br>${esc(e.degree)}<br><span class="muted">${e.start.slice(0, 4)}-${e.end.slice(0, 4)}</span><br>`).join('<br>')}</div>
   <div class="blk"><h3>Licenses & certifications</h3>${p.certificates.map(esc).join('<br>')}</div>
  </div><div class="main">
   <div class="blk"><span class="rate">${p.id === 'p15' ? '$75.00/hr' : p.id === 'p03' ? '$45.00/hr' : '$60.00/hr'}</span><h2>${esc(p.title)}</h2><p>${esc(p.summary)}</p></div>
   <div class="blk"><h3>Skills</h3>${sk(p).map((s) => `<span class="tag">${esc(s)}</span>`).join('')}</div>
   <div class="blk"><h3>Employment history</h3>${newestFirst(p).map((j) => `<div class="emp"><b>${esc(j.title)} | ${esc(j.company)}</b><br>
     <span class="muted">${rng(j, 'Month YYYY', 'Present', ' - ')}</span><p>${esc(j.bullets.join(' '))}</p></div>`).join('')}</div>
  </div></div>`;
  return page(css, body);
}

/** Workable: candidate profile exported to PDF from the hiring team view. */
function workable(p: Person): string {
  const zh = p.language === 'mixed';
  const css = `body{font:9.5pt ${EN};color:#263238} .hd{border-bottom:1px solid #cfd8dc;padding-bottom:3mm;margin-bottom:3mm;display:flex;justify-content:space-between}
  h1{font-size:17pt;margin:0 0 1mm} .k{color:#78909c;font-size:8pt;text-transform:uppercase;letter-spacing:.6px;margin:4mm 0 1.5mm}
  .row{display:grid;grid-template-columns:36mm 1fr;gap:2mm;margin-bottom:3mm} .dt{color:#607d8b;font-size:8.5pt} .t{font-weight:bold}
  .pill{display:inline-block;border:1px solid #b0bec5;border-radius:3px;padding:.3mm 2mm;margin:0 1mm 1mm 0;font-size:8.5pt} ul{margin:.5mm 0 0 4mm;padding:0}
  .wk{color:#00756a;font-weight:bold;font-size:11pt}`;
  const body = `<div class="hd"><div><h1>${esc(both(p))}</h1><div>${esc(p.title)}</div><div class="dt">${esc(p.address)}</div>
  <div class="dt">${p.email} · ${p.phone}</div></div><div style="text-align:right"><div class="wk">workable</div><div class="dt">Job: ${p.id === 'p07' ? 'Secondary Principal' : p.id === 'p04' ? 'Clinical Research Manager' : p.id === 'p14' ? 'Associate Professor, Mechanical Engineering' : 'Senior M&E Advisor'}<br>Stage: Phone screen<br>Disqualified: No</div></div></div>
  <div class="k">Summary</div><p>${esc(p.summary)}</p>
  <div class="k">Experience${zh ? ' 工作经历' : ''}</div>${newestFirst(p).map((j) => `<div class="row"><div class="dt">${rng(j, 'Mon YYYY', 'Present', ' - ')}</div><div><div class="t">${esc(jt(j, p))}</div>${esc(j.company)} · ${esc(j.city)}<ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div></div>`).join('')}
  <div class="k">Education${zh ? ' 教育背景' : ''}</div>${p.education.map((e) => `<div class="row"><div class="dt">${d(e.start, 'Mon YYYY')} - ${d(e.end, 'Mon YYYY')}</div><div><div class="t">${esc(e.school)}</div>${esc(e.degree)}</div></div>`).join('')}
  <div class="k">Skills${zh ? ' 技能' : ''}</div><div>${sk(p).map((s) => `<span class="pill">${esc(s)}</span>`).join('')}</div>
  ${p.extra?.careerBreak ? `<div class="k">Career break</div><p>${esc(p.extra.careerBreak)}</p>` : ''}
  <div class="k">Certifications / languages</div><p>${esc([...p.certificates, ...p.languages].join(' · '))}</p>
  <p class="dt" style="margin-top:5mm">Created via Workable · Source: LinkedIn (sourced) · Downloaded 26/10/2026 09:14</p>`;
  return page(css, body);
}

/** International-school recruitment-fair candidate form (Search Associates / ISS style): grid form with referees. */
function searchassoc(p: Person): string {
  const css = `body{font:8.6pt ${EN}} h1{font-size:13pt;text-align:center;margin:0} .sub{text-align:center;font-size:8pt;margin-bottom:3mm}
  table{width:100%;margin-bottom:3mm} td,th{border:1px solid #555;padding:1.2mm 1.5mm;vertical-align:top;text-align:left} th{background:#dfe6ee;font-size:8pt}
  .sec{background:#24425f;color:#fff;font-weight:bold;padding:1mm 2mm;margin-top:2mm} .l{background:#f1f4f7;width:34mm;font-weight:bold;font-size:8pt}`;
  const j = p.jobs;
  const body = `<h1>CANDIDATE PROFILE — INTERNATIONAL SCHOOL RECRUITMENT</h1><div class="sub">Confidential · Please complete in English · Candidate No. ISR-26-4471</div>
  <div class="sec">1. Personal details</div><table><tr><td class="l">Full name</td><td>${esc(p.name)}</td><td class="l">Citizenship</td><td>${esc(p.nationality)}</td><td rowspan="4" style="width:30mm">${photo(26, 32)}</td></tr>
  <tr><td class="l">Date of birth</td><td>${d(p.born, 'Month YYYY')}</td><td class="l">Marital status</td><td>Partnered (${esc(p.extra?.partner ?? '')})</td></tr>
  <tr><td class="l">Dependents</td><td>${esc(p.extra?.dependents ?? '')}</td><td class="l">Available from</td><td>August 2027</td></tr>
  <tr><td class="l">Email</td><td>${p.email}</td><td class="l">Mobile</td><td>${p.phone} (Thailand)</td></tr>
  <tr><td class="l">Current address</td><td colspan="4">${esc(p.address)}</td></tr></table>
  <div class="sec">2. Teaching / professional experience (most recent first)</div><table><tr><th>School</th><th>City, Country</th><th>Position / Subjects / Grades</th><th>Curriculum</th><th style="width:17mm">From (mo/yr)</th><th style="width:17mm">To (mo/yr)</th><th>Reason for leaving</th></tr>
  ${[...j].reverse().map((x) => `<tr><td>${esc(x.company)}</td><td>${esc(x.city)}</td><td>${esc(x.title)}</td><td>${x.company.startsWith('Chao') ? 'IB MYP/DP' : x.company.startsWith('Colegio') ? 'American/IB DP' : 'US public (MN)'}</td><td>${d(x.start, 'MM/YYYY')}</td><td>${d(x.end, 'MM/YYYY', 'present')}</td><td>${esc(x.leaving ?? '')}</td></tr>`).join('')}</table>
  <p style="margin:-1mm 0 3mm;font-size:8pt"><b>Gaps in employment:</b> ${esc(p.extra?.careerBreak ?? 'None')}</p>
  <div class="sec">3. Education</div><table><tr><th>Institution</th><th>Degree / Major</th><th>Dates</th></tr>${p.education.map((e) => `<tr><td>${esc(e.school)}, ${esc(e.city ?? '')}</td><td>${esc(e.degree)}</td><td>${d(e.start, 'MM/YYYY')} – ${d(e.end, 'MM/YYYY')}</td></tr>`).join('')}</table>
  <div class="sec">4. Certification, languages and skills</div><table><tr><td class="l">Teaching licence(s)</td><td>${esc(p.certificates.join('; '))}</td></tr>
  <tr><td class="l">Languages</td><td>${esc(p.languages.join(', '))}</td></tr><tr><td class="l">Skills & technology</td><td>${esc(sk(p).join(', '))}</td></tr>
  <tr><td class="l">Extra-curricular</td><td>Model UN advisor, climbing club, MYP Personal Project supervisor</td></tr></table>
  <div class="sec">5. Referees (confidential references requested directly by the agency)</div><table><tr><th>Name</th><th>Position</th><th>School</th><th>Telephone</th><th>Email</th></tr>
  ${p.referees.map((r) => `<tr><td>${esc(r.name)}</td><td>${esc(r.role)}</td><td>${esc(r.org)}</td><td>${r.phone}</td><td>${r.email ?? ''}</td></tr>`).join('')}</table>
  <p style="font-size:8pt">I certify that the information given is accurate and complete. &nbsp; Signature: <i style="font-family:${SERIF};font-size:11pt">R. A. Lindqvist</i> &nbsp;&nbsp; Date: 12/10/2026</p>`;
  return page(css, body);
}

/** Architecture practice CV: narrow left column with contact/software, projects on the right with image tiles. */
function archfolio(p: Person): string {
  const css = `body{font:8.8pt ${EN};color:#111} .hd{display:flex;justify-content:space-between;align-items:flex-end;margin-bottom:6mm}
  h1{font:300 22pt ${EN};letter-spacing:2px;text-transform:uppercase;margin:0} .wrap{display:grid;grid-template-columns:50mm 1fr;gap:8mm}
  .side{border-top:2px solid #111;padding-top:2mm} .k{font-size:7pt;letter-spacing:1.5px;text-transform:uppercase;color:#777;margin:4mm 0 1mm}
  .main{border-top:2px solid #111;padding-top:2mm} .j{margin-bottom:4mm;display:grid;grid-template-columns:30mm 1fr;gap:3mm} .j .dt{color:#555}
  .tiles{display:flex;gap:2mm;margin-top:1.5mm} .tile{width:24mm;height:15mm;background:linear-gradient(135deg,#c9c4bb,#e7e3dc);font-size:6pt;color:#555;padding:1mm}`;
  const body = `<div class="hd"><h1>${esc(p.name)}</h1><div style="text-align:right">${esc(p.title)}<br>ARB NSW 11842</div></div>
  <div class="wrap"><div class="side"><div class="k">Contact</div>${p.phone}<br>${p.email}<br>${esc(p.address)}
  <div class="k">Software</div>${sk(p).map(esc).join('<br>')}<div class="k">Registration</div>${esc(p.certificates.join(' · '))}
  <div class="k">Education</div>${p.education.map((e) => `${esc(e.degree)}<br>${esc(e.school)}, ${e.end.slice(0, 4)}`).join('<br><br>')}
  <div class="k">Languages</div>${p.languages.map(esc).join('<br>')}<div class="k">Referee</div>${p.referees.map((r) => `${esc(r.name)}, ${esc(r.role)}, ${esc(r.org)}<br>${r.phone}`).join('')}</div>
  <div class="main"><p style="margin-bottom:4mm">${esc(p.summary)}</p><div class="k" style="margin-top:0">Experience</div>
  ${newestFirst(p).map((j) => `<div class="j"><div class="dt">${d(j.start, 'Mon YYYY')} — ${d(j.end, 'Mon YYYY', 'current')}</div><div><b>${esc(j.company)}</b><br>${esc(j.title)}
   <ul style="margin:1mm 0 0 4mm;padding:0">${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul>${j.kind ? '' : `<div class="tiles"><div class="tile">Project image</div><div class="tile">Section</div><div class="tile">Interior</div></div>`}</div></div>`).join('')}
  <div class="k">Selected awards</div>NSW Architecture Awards — Commendation, Adaptive Re-use (2021)</div></div>`;
  return page(css, body);
}

/** 518熊班 (Taiwan) 履歷 print: bordered grid tables. */
function xiong518(p: Person): string {
  const css = `body{font:9pt ${ZH}} .hd{display:flex;justify-content:space-between;align-items:center;border-bottom:3px solid #f08300;padding-bottom:1.5mm;margin-bottom:3mm}
  .lg{font:bold 15pt ${ZH};color:#f08300} h2{font-size:10pt;background:#fff1e0;border-left:4px solid #f08300;padding:1mm 2mm;margin:3mm 0 1.5mm}
  table{width:100%} td,th{border:1px solid #bbb;padding:1.2mm 1.8mm;vertical-align:top;text-align:left} th{background:#f7f7f7;font-weight:normal;color:#555;width:22mm;white-space:nowrap}`;
  const j = newestFirst(p);
  const body = `<div class="hd"><span class="lg">518熊班</span><span style="font-size:8pt;color:#666">履歷編號 R2026-0913-5527 ｜ 列印日期 2026/10/21</span></div>
  <table><tr><th>姓名</th><td style="font-size:13pt;font-weight:bold">${p.name}</td><th>英文姓名</th><td>${p.nameAlt}</td><td rowspan="5" style="width:31mm">${photo(28, 35, '大頭照')}</td></tr>
  <tr><th>性別</th><td>${p.gender}</td><th>出生年月</th><td>${d(p.born, 'YYYY/MM')}</td></tr>
  <tr><th>兵役狀況</th><td>${p.extra?.military}</td><th>駕照</th><td>${p.extra?.license}</td></tr>
  <tr><th>手機</th><td>${p.phone}</td><th>E-mail</th><td>${p.email}</td></tr>
  <tr><th>通訊地址</th><td colspan="3">${p.address}</td></tr></table>
  <h2>求職條件</h2><table><tr><th>希望職稱</th><td>設備課長、設備主任、設備經理</td><th>希望待遇</th><td>${p.extra?.expect}</td></tr>
  <tr><th>希望地點</th><td>新竹縣市、苗栗縣</td><th>可上班日</th><td>錄取後一個月</td></tr></table>
  <h2>工作經驗 ｜ 總年資 12 年以上</h2><table><tr><th style="width:auto">公司名稱</th><th style="width:auto">職務名稱</th><th style="width:auto">任職期間</th><th style="width:auto">工作內容</th></tr>
  ${j.map((x) => `<tr><td>${x.company}</td><td>${x.title}</td><td style="white-space:nowrap">${d(x.start, 'YYYY/MM')}～${d(x.end, 'YYYY/MM', '仍在職')}</td><td>${x.bullets.join('<br>')}</td></tr>`).join('')}</table>
  <h2>教育程度</h2><table>${p.education.map((e) => `<tr><th>${e.degree.includes('碩士') ? '碩士' : '大學'}</th><td>${e.school}</td><td>${e.degree}</td><td>${d(e.start, 'YYYY/MM')}～${d(e.end, 'YYYY/MM')} 畢業</td></tr>`).join('')}</table>
  <h2>專長技能</h2><table><tr><th>專長</th><td>${sk(p).join('、')}</td></tr><tr><th>語文能力</th><td>${p.languages.join('；')}</td></tr><tr><th>證照</th><td>${p.certificates.join('、')}</td></tr></table>
  <h2>自傳</h2><p style="line-height:1.6">我是${p.name}，${p.summary}工作上重視數據與標準作業，習慣以 8D 手法追根究柢；帶領團隊時，重視新人養成與交接文件。期望能在貴公司持續發揮設備管理專長。</p>`;
  return page(css, body, 'zh-TW');
}

/** yes123 求職網 履歷表 print: left photo/basic-data column, right experience. */
function yes123(p: Person): string {
  const css = `body{font:9pt ${ZH}} .wrap{display:grid;grid-template-columns:52mm 1fr;gap:5mm} .side{background:#eaf4fb;padding:4mm;border-radius:2mm}
  .lg{font:bold 14pt ${EN};color:#e4007f} h1{font-size:17pt;margin:3mm 0 1mm} .k{color:#0068b7;font-weight:bold;margin:3.5mm 0 1mm;border-bottom:1px solid #9cc7e8}
  h2{font-size:11pt;color:#0068b7;border-bottom:2px solid #0068b7;padding-bottom:1mm;margin:0 0 2mm} .sec{margin-bottom:5mm}
  .job{margin-bottom:3mm;padding-left:3mm;border-left:3px solid #c8dff0} .dt{color:#666;font-size:8.5pt}`;
  const body = `<div style="display:flex;justify-content:space-between;margin-bottom:3mm"><span class="lg">yes123 <span style="font-size:9pt;color:#333;font-family:${ZH}">求職網 ｜ 我的履歷</span></span><span class="dt">履歷完整度 96% ｜ 更新 2026-10-19</span></div>
  <div class="wrap"><div class="side">${photo(30, 38, '照片')}<h1>${p.name}</h1><div>${p.nameAlt}</div>
  <div class="k">基本資料</div>性別：${p.gender}<br>生日：${d(p.born, 'YYYY年MM月')}<br>兵役：${p.extra?.military}<br>駕照：${p.extra?.license}
  <div class="k">聯絡方式</div>行動電話：${p.phone}<br>E-mail：${p.email}<br>地址：${p.address}
  <div class="k">語言</div>${p.languages.join('<br>')}<div class="k">證照</div>${p.certificates.join('<br>')}</div>
  <div><div class="sec"><h2>求職條件</h2>希望職務：設備課長／設備主任｜希望地點：新竹縣市｜希望待遇：${p.extra?.expect}</div>
  <div class="sec"><h2>工作經歷</h2>${newestFirst(p).map((x) => `<div class="job"><b>${x.company}</b>｜${x.title}<div class="dt">${d(x.start, 'YYYY年MM月')} ~ ${d(x.end, 'YYYY年MM月', '在職中')}（${x.city}）</div>${x.bullets.join('<br>')}</div>`).join('')}</div>
  <div class="sec"><h2>學歷</h2>${p.education.map((e) => `<div class="job"><b>${e.school}</b>｜${e.degree}<div class="dt">${d(e.start, 'YYYY年MM月')} ~ ${d(e.end, 'YYYY年MM月')}</div></div>`).join('')}</div>
  <div class="sec"><h2>專長與技能</h2>${sk(p).map((s) => `<span style="display:inline-block;border:1px solid #9cc7e8;border-radius:3mm;padding:.5mm 2.5mm;margin:0 1mm 1.2mm 0">${s}</span>`).join('')}</div>
  <div class="sec"><h2>自我推薦</h2>${p.summary}</div></div></div>`;
  return page(css, body, 'zh-TW');
}

/** 大街网 在线简历 print (single column with header card). Mixed people get a bilingual variant. */
function dajie(p: Person): string {
  const mixed = p.language === 'mixed';
  const want = p.id === 'p11' ? '数据分析师 / 商业分析师 ｜ 济南 ｜ 15-20K' : p.id === 'p12' ? '市场总监 / 品牌总监 ｜ 深圳 ｜ 40-50K' : '产品副总裁 / 产品总监 ｜ 北京、上海 ｜ 面议';
  const css = `body{font:9.3pt ${ZH};color:#333} .card{background:#f5f8fc;border-top:4px solid #2a7ae2;padding:4mm 5mm;display:flex;justify-content:space-between}
  h1{font-size:18pt;margin:0 0 1.5mm} .dt{color:#777} h2{font-size:11pt;margin:5mm 0 2mm;padding-bottom:1mm;border-bottom:1px solid #dde5ef;color:#2a7ae2}
  .it{margin-bottom:3mm} .it .h{display:flex;gap:4mm;justify-content:space-between;font-weight:bold} .tag{display:inline-block;background:#eaf2fd;color:#2a6bc2;padding:.5mm 2.5mm;margin:0 1.2mm 1.2mm 0;border-radius:1mm}`;
  const body = `<div style="font-size:8pt;color:#999;margin-bottom:2mm">大街网 dajie.com ｜ 个人简历 ｜ 简历ID 60419${p.id.slice(1)}2277</div>
  <div class="card"><div><h1>${p.name}${mixed ? ` <span style="font-size:11pt;font-weight:normal">${p.nameAlt}</span>` : ''}</h1>
  <div>${p.gender} ｜ ${d(p.born, 'YYYY年M月')}生 ｜ 现居${p.city} ｜ 工作 ${Math.floor(yearsWorked(p.jobs, REF))} 年</div>
  <div>手机：${p.phone} ｜ 邮箱：${p.email}</div></div>${photo(22, 28, '头像')}</div>
  <h2>求职意向</h2><div>${want} ｜ 到岗时间：1个月内</div>
  <h2>工作经历</h2>${newestFirst(p).map((j) => `<div class="it"><div class="h"><span>${j.company} ｜ ${mixed && j.titleAlt ? `${j.title}（${j.titleAlt}）` : j.title}</span><span class="dt">${rng(j, 'YYYY.MM', '至今', ' - ')}</span></div>
   ${j.bullets.map((b) => `<div>· ${b}</div>`).join('')}</div>`).join('')}
  <h2>教育经历</h2>${p.education.map((e) => `<div class="it"><div class="h"><span>${e.school} ｜ ${e.degree}</span><span class="dt">${d(e.start, 'YYYY.MM')} - ${d(e.end, 'YYYY.MM')}</span></div></div>`).join('')}
  <h2>专业技能</h2><div>${sk(p).map((s) => `<span class="tag">${s}</span>`).join('')}</div>
  <h2>证书 / 语言</h2><div>${[...p.certificates, ...p.languages].join('；')}</div>
  <h2>自我评价</h2><div>${p.summary}</div>`;
  return page(css, body, 'zh-CN');
}

/** 钉钉招聘 标准简历 print: grid of fields and a work-history table with 离职原因/证明人. */
function dingtalk(p: Person): string {
  const css = `body{font:8.8pt ${ZH}} .hd{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:2px solid #1677ff;padding-bottom:2mm;margin-bottom:3mm}
  .lg{color:#1677ff;font-weight:bold;font-size:12pt} h2{font-size:9.5pt;margin:3mm 0 1mm;color:#1677ff}
  table{width:100%} td,th{border:1px solid #d0d7e2;padding:1.3mm 1.6mm;text-align:left;vertical-align:top} th{background:#f2f6fc;font-weight:normal;color:#555;white-space:nowrap}`;
  const ex = p.extra ?? {};
  const role = p.id === 'p08' ? '财务副总裁（CFO）' : '焊工班长（钢结构车间）';
  const body = `<div class="hd"><div><span class="lg">钉钉招聘</span> ｜ 候选人简历 ｜ 应聘职位：${role}</div><div style="font-size:8pt;color:#888">简历来源：内推 ｜ 导出时间 2026-10-30 16:42</div></div>
  <h2>基本信息</h2><table><tr><th>姓名</th><td>${p.name}</td><th>性别</th><td>${p.gender}</td><th>出生年月</th><td>${d(p.born, 'YYYY-MM')}</td><td rowspan="4" style="width:27mm">${photo(24, 30, '照片')}</td></tr>
  <tr><th>民族</th><td>${ex.ethnic}</td><th>政治面貌</th><td>${ex.politics}</td><th>婚姻状况</th><td>${ex.marital}</td></tr>
  <tr><th>手机号码</th><td>${p.phone}</td><th>电子邮箱</th><td colspan="3">${p.email}</td></tr>
  <tr><th>户籍</th><td>${ex.hukou}</td><th>现居住地</th><td colspan="3">${p.address}</td></tr></table>
  <h2>教育经历</h2><table><tr><th>起止时间</th><th>学校</th><th>专业 / 学历</th></tr>${p.education.map((e) => `<tr><td>${d(e.start, 'YYYY.MM')}-${d(e.end, 'YYYY.MM')}</td><td>${e.school}</td><td>${e.degree}</td></tr>`).join('')}</table>
  <h2>工作经历</h2><table><tr><th>起止时间</th><th>工作单位</th><th>职位</th><th>薪资</th><th>离职原因</th></tr>
  ${newestFirst(p).map((j) => `<tr><td style="white-space:nowrap">${d(j.start, 'YYYY.MM')}-${d(j.end, 'YYYY.MM', '至今')}</td><td>${j.company}</td><td>${j.title}</td><td>${j.salary ?? ''}</td><td>${j.leaving ?? '—'}</td></tr>`).join('')}</table>
  <h2>工作内容</h2><table>${newestFirst(p).map((j) => `<tr><th>${j.company}</th><td>${j.bullets.join(' ')}</td></tr>`).join('')}</table>
  <h2>技能特长</h2><table><tr><th>技能</th><td>${sk(p).join('、')}</td></tr><tr><th>证书</th><td>${p.certificates.join('、')}</td></tr><tr><th>语言</th><td>${p.languages.join('、')}</td></tr></table>
  ${ex.emergency ? `<h2>紧急联系人</h2><table><tr><th>联系人</th><td>${ex.emergency}</td></tr></table>` : ''}
  ${p.referees.length ? `<h2>推荐人</h2><table>${p.referees.map((r) => `<tr><th>${r.name}</th><td>${r.org} ${r.role}</td><td>${r.phone}</td></tr>`).join('')}</table>` : ''}
  <p style="margin-top:3mm;font-size:8pt;color:#888">本简历由候选人在钉钉招聘填写，仅供招聘使用。</p>`;
  return page(css, body, 'zh-CN');
}

/** 一览英才网 (job1001) 简历 print: left blue column, right content. */
function job1001(p: Person): string {
  const css = `body{font:9pt ${ZH};color:#333} .wrap{display:grid;grid-template-columns:58mm 1fr;min-height:262mm}
  .side{background:#1f4e79;color:#fff;padding:6mm 4mm} .side h1{font-size:19pt;margin:3mm 0 1mm} .side .k{margin:5mm 0 1.5mm;border-bottom:1px solid #7fa3c6;padding-bottom:.8mm;font-weight:bold}
  .main{padding:3mm 0 0 6mm} h2{font-size:11.5pt;color:#1f4e79;margin:0 0 2mm;border-bottom:2px solid #1f4e79;padding-bottom:1mm} .sec{margin-bottom:5mm}
  .h{display:flex;gap:4mm;justify-content:space-between;font-weight:bold;margin-top:2mm} .dt{color:#777;font-weight:normal}`;
  const body = `<div class="wrap"><div class="side">${photo(30, 38, '照片')}<h1>${p.name}</h1><div>${p.title}</div>
  <div class="k">个人信息</div>性别：${p.gender}<br>出生：${d(p.born, 'YYYY年M月')}<br>民族：${p.extra?.ethnic}<br>户籍：${p.extra?.hukou}<br>婚姻：${p.extra?.marital}
  <div class="k">联系方式</div>电话：${p.phone}<br>邮箱：${p.email}<br>地址：${p.address}
  <div class="k">技能专长</div>${sk(p).map((s) => `▪ ${s}`).join('<br>')}
  <div class="k">证书</div>${p.certificates.join('<br>')}<div class="k">语言</div>${p.languages.join('<br>')}</div>
  <div class="main"><div style="text-align:right;font-size:7.5pt;color:#999;margin-bottom:3mm">一览英才网 job1001.com ｜ ${p.id === 'p08' ? '财会英才网' : '营销英才网'} ｜ 简历编号 YL${p.id.slice(1)}77310</div>
  <div class="sec"><h2>求职意向</h2>期望职位：${p.id === 'p08' ? '财务总监 / CFO' : '市场总监'}　期望地点：${p.city}　期望月薪：面议</div>
  <div class="sec"><h2>工作经验</h2>${newestFirst(p).map((j) => `<div class="h"><span>${j.company}</span><span class="dt">${rng(j, 'YYYY年M月', '至今', ' — ')}</span></div><div>职位：${j.title}</div>${j.bullets.map((b) => `<div>● ${b}</div>`).join('')}`).join('')}</div>
  <div class="sec"><h2>教育背景</h2>${p.education.map((e) => `<div class="h"><span>${e.school}　${e.degree}</span><span class="dt">${d(e.start, 'YYYY年M月')} — ${d(e.end, 'YYYY年M月')}</span></div>`).join('')}</div>
  <div class="sec"><h2>自我评价</h2>${p.summary}</div></div></div>`;
  return page(css.replace('min-height:262mm', 'min-height:260mm'), body, 'zh-CN');
}

/** 腾讯文档 简历模板 (exported PDF): coloured left column with 个人信息/技能, right content. */
function tencentdoc(p: Person): string {
  const mixed = p.language === 'mixed';
  const css = `body{font:9pt ${ZH};color:#2b2b2b} .wrap{display:grid;grid-template-columns:60mm 1fr;gap:6mm}
  .side{border-right:1px solid #d9e2ec;padding-right:5mm} h1{font-size:20pt;margin:0 0 1mm;color:#1e6fd9} .k{font-weight:bold;color:#1e6fd9;margin:5mm 0 1.5mm;font-size:10pt}
  h2{font-size:11pt;color:#1e6fd9;margin:0 0 2mm;display:flex;align-items:center;gap:2mm} h2:after{content:'';flex:1;border-bottom:1px solid #cfdcec}
  .sec{margin-bottom:5mm} .h{display:flex;gap:4mm;justify-content:space-between;font-weight:bold;margin-top:2mm} .dt{color:#888;font-weight:normal;white-space:nowrap}
  .bar{height:1.5mm;background:#e5edf8;margin:.6mm 0 1.6mm} .bar i{display:block;height:100%;background:#1e6fd9}`;
  const pct = [90, 85, 80, 80, 75, 70, 70, 65];
  const body = `<div class="wrap"><div class="side">${photo(30, 38, '证件照')}<div style="height:3mm"></div><h1>${p.name}</h1>${mixed ? `<div>${p.nameAlt}</div>` : ''}<div>${p.title}</div>
  <div class="k">个人信息${mixed ? ' Profile' : ''}</div>${p.gender}｜${d(p.born, 'YYYY.MM')}<br>电话：${p.phone}<br>邮箱：${p.email}<br>地址：${p.address}
  <div class="k">专业技能${mixed ? ' Skills' : ''}</div>${sk(p).map((s, i) => `${s}<div class="bar"><i style="width:${pct[i % pct.length]}%"></i></div>`).join('')}
  <div class="k">证书${mixed ? ' Certificates' : ''}</div>${p.certificates.join('<br>')}<div class="k">语言${mixed ? ' Languages' : ''}</div>${p.languages.join('<br>')}</div>
  <div><div class="sec"><h2>个人简介${mixed ? ' Summary' : ''}</h2>${p.summary}</div>
  <div class="sec"><h2>工作经历${mixed ? ' Work Experience' : ''}</h2>${newestFirst(p).map((j) => `<div class="h"><span>${j.company}　${jt(j, p)}</span><span class="dt">${rng(j, 'YYYY.MM', mixed ? '至今 Present' : '至今', ' ~ ')}</span></div>${j.bullets.map((b) => `<div>• ${b}</div>`).join('')}`).join('')}</div>
  <div class="sec"><h2>教育背景${mixed ? ' Education' : ''}</h2>${p.education.map((e) => `<div class="h"><span>${e.school}</span><span class="dt">${d(e.start, 'YYYY.MM')} ~ ${d(e.end, 'YYYY.MM')}</span></div><div>${e.degree}</div>`).join('')}</div>
  ${p.extra?.careerBreak ? `<div class="sec"><h2>职业间隔</h2>${p.extra.careerBreak}</div>` : ''}
  ${p.id === 'p14' ? `<div class="sec"><h2>科研与教学 Research & Teaching</h2>• 发表 SCI 论文 11 篇（第一作者 6 篇）<br>• 主讲本科课程 3 门，指导硕士研究生 4 名</div>` : ''}
  </div></div>`;
  return page(css, body, 'zh-CN');
}

/** CTgoodjobs (Hong Kong) "My Profile" print: English job board with Chinese-name field. */
function ctgoodjobs(p: Person): string {
  const css = `body{font:9.2pt ${EN}} .hd{background:#003b71;color:#fff;padding:3mm 4mm;display:flex;justify-content:space-between;align-items:center}
  .hd b{font-size:14pt;color:#ffcc00} h1{font-size:17pt;margin:4mm 0 0} .dt{color:#666} h2{font-size:10.5pt;color:#003b71;border-bottom:2px solid #ffcc00;padding-bottom:1mm;margin:5mm 0 2mm}
  .g{display:grid;grid-template-columns:42mm 1fr;row-gap:1mm} .g span:nth-child(odd){color:#666} .it{margin-bottom:3mm}`;
  const body = `<div class="hd"><b>CTgoodjobs</b><span style="font-size:8pt">My Profile · Profile completeness 100% · Updated 18-Oct-2026</span></div>
  <h1>${p.nameAlt}</h1><div>Chinese Name 中文姓名: ${p.name}</div><div class="dt">${p.title} · ${p.titleAlt}</div>
  <h2>Personal Particulars 個人資料</h2><div class="g"><span>Mobile 手提電話</span><span>(852) ${p.phone}</span><span>Email 電郵</span><span>${p.email}</span>
  <span>Address 地址</span><span>${esc(p.address)}</span><span>Right to work in HK</span><span>Yes (HK Permanent Resident)</span></div>
  <h2>Career Objective 職業目標</h2><p>${esc(p.summary)}</p>
  <h2>Work Experience 工作經驗 (total ${Math.floor(yearsWorked(p.jobs, REF))} years)</h2>${newestFirst(p).map((j) => `<div class="it"><b>${esc(j.title)}</b> (${j.titleAlt})<br>${esc(j.company)}, ${esc(j.city)}<br>
   <span class="dt">${d(j.start, 'Mon YYYY')} - ${d(j.end, 'Mon YYYY', 'Present')}</span><br>${j.bullets.map(esc).join('<br>')}</div>`).join('')}
  <h2>Education 學歷</h2>${p.education.map((e) => `<div class="it"><b>${esc(e.degree)}</b><br>${esc(e.school)}<br><span class="dt">${d(e.start, 'Mon YYYY')} - ${d(e.end, 'Mon YYYY')}</span></div>`).join('')}
  <h2>Skills 技能</h2><p>${esc(sk(p).join(' / '))}</p>
  <h2>Languages 語言</h2><p>${esc(p.languages.join(' · '))}</p>
  <h2>Professional Qualifications 專業資格</h2><p>${esc(p.certificates.join(' · '))}</p>
  <h2>Job Preferences 求職意向</h2><div class="g"><span>Expected salary</span><span>${p.extra?.expect}</span><span>Current salary</span><span>${p.extra?.currentSalary}</span><span>Availability 可到職日期</span><span>${p.extra?.notice}</span></div>`;
  return page(css, body);
}

/** eFinancialCareers profile print: main experience column, right preferences sidebar. */
function efc(p: Person): string {
  const css = `body{font:9pt ${EN}} .top{display:flex;justify-content:space-between;border-bottom:1px solid #ccc;padding-bottom:2mm;margin-bottom:4mm}
  .lg{font-weight:bold;color:#00857c;font-size:12pt} .wrap{display:grid;grid-template-columns:1fr 55mm;gap:7mm} h1{font-size:18pt;margin:0}
  h2{font-size:10.5pt;margin:5mm 0 2mm;color:#00857c} .it{margin-bottom:3.5mm} .dt{color:#666;font-size:8.5pt} .side{background:#f4f7f7;padding:4mm;border-radius:2mm}
  .side .k{font-size:7.5pt;color:#777;text-transform:uppercase;margin-top:3mm}`;
  const body = `<div class="top"><span class="lg">eFinancialCareers</span><span class="dt">Candidate profile · Visible to recruiters · Printed 22 Oct 2026</span></div>
  <div class="wrap"><div><h1>${p.nameAlt} <span style="font-weight:normal">${p.name}</span></h1><div>${esc(p.title)} at Tai Hang Asset Management Limited</div><div class="dt">${esc(p.city)} · ${p.email} · +852 ${p.phone}</div>
  <h2>Profile summary</h2><p>${esc(p.summary)}</p><h2>Work experience</h2>
  ${newestFirst(p).map((j) => `<div class="it"><b>${esc(j.title)}</b> · ${j.titleAlt}<br>${esc(j.company)}<br><span class="dt">${d(j.start, 'MM/YYYY')} – ${d(j.end, 'MM/YYYY', 'Present')} · ${dur(j)}</span><br>${j.bullets.map(esc).join('<br>')}</div>`).join('')}
  <h2>Education</h2>${p.education.map((e) => `<div class="it"><b>${esc(e.school)}</b><br>${esc(e.degree)} · ${e.end.slice(0, 4)}</div>`).join('')}
  <h2>Skills</h2><p>${sk(p).map(esc).join(' · ')}</p></div>
  <div class="side"><b>Job preferences</b><div class="k">Desired role</div>Credit research / Portfolio manager<div class="k">Sector</div>Asset management, Fixed income
  <div class="k">Location</div>Hong Kong, Singapore<div class="k">Salary expectation</div>${p.extra?.expect}<div class="k">Notice period</div>${p.extra?.notice}
  <div class="k">Qualifications</div>${esc(p.certificates.join(', '))}<div class="k">Languages</div>${esc(p.languages.join(', '))}</div></div>`;
  return page(css, body);
}

// ---------------------------------------------------------------- DOCX templates (Word-made)
type Run = { t: string; b?: boolean; i?: boolean; sz?: number; color?: string; font?: string };
const FONT_EN = 'Calibri';
const FONT_ZH = '宋体';
function para(runs: (Run | string)[] | string, o: { align?: 'left' | 'center' | 'right'; after?: number; before?: number; sz?: number; font?: string; bullet?: boolean; shade?: string; tabs?: number } = {}): Paragraph {
  const rs = typeof runs === 'string' ? [runs] : runs;
  return new Paragraph({
    alignment: o.align === 'center' ? AlignmentType.CENTER : o.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
    spacing: { after: o.after ?? 40, before: o.before ?? 0 },
    bullet: o.bullet ? { level: 0 } : undefined,
    shading: o.shade ? { type: ShadingType.CLEAR, fill: o.shade, color: 'auto' } : undefined,
    tabStops: o.tabs ? [{ type: TabStopType.RIGHT, position: o.tabs }] : undefined,
    children: rs.map((r) => {
      const x: Run = typeof r === 'string' ? { t: r } : r;
      const font = x.font ?? o.font ?? FONT_EN;
      return new TextRun({ text: x.t, bold: x.b, italics: x.i, size: (x.sz ?? o.sz ?? 10) * 2, color: x.color, font: { ascii: font, hAnsi: font, eastAsia: font === FONT_EN ? FONT_ZH : font } });
    }),
  });
}
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const lineBorders = (c = '808080') => {
  const s = { style: BorderStyle.SINGLE, size: 4, color: c };
  return { top: s, bottom: s, left: s, right: s, insideHorizontal: s, insideVertical: s };
};
function cell(children: (Paragraph | Table)[] | string, o: { w?: number; span?: number; rowSpan?: number; shade?: string; font?: string; sz?: number; b?: boolean; vcenter?: boolean } = {}): TableCell {
  const ch = typeof children === 'string' ? children.split('\n').map((l) => para([{ t: l, b: o.b }], { font: o.font, sz: o.sz, after: 0 })) : children;
  return new TableCell({
    children: ch, columnSpan: o.span, rowSpan: o.rowSpan, width: o.w ? { size: o.w, type: WidthType.DXA } : undefined,
    shading: o.shade ? { type: ShadingType.CLEAR, fill: o.shade, color: 'auto' } : undefined,
    verticalAlign: o.vcenter ? VerticalAlign.CENTER : VerticalAlign.TOP,
    margins: { top: 50, bottom: 50, left: 90, right: 90 },
  });
}
function table(rows: TableCell[][], widths: number[], borders: object = lineBorders()): Table {
  return new Table({ rows: rows.map((r) => new TableRow({ children: r })), columnWidths: widths, width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, borders });
}
const LETTER = { width: 12240, height: 15840 };
const A4 = { width: 11906, height: 16838 };
function docOf(children: (Paragraph | Table)[], o: { size?: { width: number; height: number }; margin?: number; header?: Paragraph[]; footer?: Paragraph[]; font?: string; creator?: string } = {}): Document {
  const font = o.font ?? FONT_EN;
  return new Document({
    creator: o.creator ?? 'Microsoft Office User', title: 'CV',
    styles: { default: { document: { run: { font: { ascii: font, hAnsi: font, eastAsia: font === FONT_EN ? FONT_ZH : font }, size: 20 } } } },
    sections: [{
      properties: { page: { size: o.size ?? A4, margin: { top: o.margin ?? 1000, bottom: o.margin ?? 1000, left: o.margin ?? 1000, right: o.margin ?? 1000, header: 500, footer: 500 } } },
      headers: o.header ? { default: new Header({ children: o.header }) } : undefined,
      footers: o.footer ? { default: new Footer({ children: o.footer }) } : undefined,
      children,
    }],
  });
}
const pageNo = (prefix: string, font = FONT_EN) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: prefix, size: 16, font }), new TextRun({ children: [PageNumber.CURRENT], size: 16, font })] });

/** US IT staffing agency candidate submittal with skills matrix (Word). */
function skillsmatrix(p: Person): Document {
  const W = [3200, 1500, 1500, 1700, 2160];
  const yrs = ['8', '10', '6', '7', '5', '6', '11', '9'];
  const last = ['Current', 'Current', 'Current', 'Current', 'Current', '2020', 'Current', 'Current'];
  const rate = ['5', '5', '4', '4', '4', '4', '4', '4'];
  const L = 10060;
  const kv = (k: string, v: string) => [cell(k, { w: 3000, shade: 'E7EEF6', b: true }), cell(v, { w: L - 3000 })];
  const hc = (t: string, w: number) => cell([para([{ t, b: true, color: 'FFFFFF' }], { after: 0 })], { w, shade: '1F3864' });
  return docOf([
    para([{ t: 'SUMMIT PEAK TECHNICAL STAFFING', b: true, sz: 13, color: '1F3864' }], { after: 0 }),
    para([{ t: '1600 Broadway, Suite 1150, Denver, CO 80202  |  submittals@summitpeakstaffing.example', sz: 8, color: '595959' }], { after: 200 }),
    para([{ t: 'CANDIDATE SUBMITTAL', b: true, sz: 14 }], { align: 'center', after: 120 }),
    table([kv('Candidate Name', p.name), kv('Position / Req #', 'Principal Platform Engineer / REQ-24817'), kv('Current Location', p.address), kv('Phone', p.phone), kv('Email', p.email),
      kv('Work Authorization', p.extra?.authorization ?? ''), kv('Availability', '2 weeks notice'), kv('Submitted Rate', '$92/hr W2 (or $185K FTE conversion)'), kv('Recruiter', 'Kelsey Amundsen, (303) 555-0190')], [3000, L - 3000]),
    para([{ t: 'SKILLS MATRIX', b: true, sz: 11, color: '1F3864' }], { before: 200, after: 80 }),
    table([[hc('Skill / Technology', W[0]), hc('Years Used', W[1]), hc('Last Used', W[2]), hc('Self-Rating (1–5)', W[3]), hc('Comments', W[4])],
      ...sk(p).map((s, i) => [cell(s, { w: W[0] }), cell(yrs[i], { w: W[1] }), cell(last[i], { w: W[2] }), cell(rate[i], { w: W[3] }), cell(i === 2 ? 'CKA certified' : i === 7 ? 'SA Associate' : '', { w: W[4] })])], W),
    para('', { after: 120 }),
    para([{ t: 'PROFESSIONAL EXPERIENCE', b: true, sz: 11, color: '1F3864' }], { after: 80 }),
    ...newestFirst(p).flatMap((j) => [
      para([{ t: `${j.company}, ${j.city}`, b: true }, { t: `\t${d(j.start, 'MM/YYYY')} – ${d(j.end, 'MM/YYYY')}` }], { tabs: 10000, after: 0 }),
      para([{ t: j.title, i: true }], { after: 20 }),
      ...j.bullets.map((b) => para(b, { bullet: true, after: 20 })),
      para('', { after: 60 }),
    ]),
    para([{ t: 'EDUCATION & CERTIFICATIONS', b: true, sz: 11, color: '1F3864' }], { after: 80 }),
    ...p.education.map((e) => para(`${e.degree} — ${e.school}, ${e.city} (${e.end.slice(0, 4)})`, { bullet: true })),
    ...p.certificates.map((c) => para(c, { bullet: true })),
  ], { size: LETTER, margin: 1080, header: [para([{ t: 'CONFIDENTIAL – Do not forward without Summit Peak approval', sz: 7, color: '7F7F7F' }], { align: 'right' })], footer: [pageNo('Summit Peak Technical Staffing  ·  Page ')], creator: 'Kelsey Amundsen' });
}

/** UK film & TV crew CV (Word): one-page, role line under the name, credits table, tickets and referees. */
function crewcv(p: Person): Document {
  const W = [1900, 2300, 1900, 3962];
  const h = (t: string, w: number) => cell([para([{ t, b: true, sz: 9 }], { after: 0 })], { w, shade: 'D9D9D9' });
  const c = (t: string, w: number) => cell([para([{ t, sz: 9 }], { after: 0 })], { w });
  return docOf([
    para([{ t: p.name.toUpperCase(), b: true, sz: 20 }], { align: 'center', after: 0 }),
    para([{ t: 'PRODUCTION MANAGER  /  PRODUCTION COORDINATOR', b: true, sz: 10, color: '404040' }], { align: 'center', after: 40 }),
    para([{ t: `${p.phone}  |  ${p.email}  |  Based: London (will travel, own car)  |  Full clean driving licence`, sz: 9 }], { align: 'center', after: 200 }),
    para([{ t: 'CREDITS', b: true, sz: 11 }], { after: 60 }),
    table([[h('Dates', W[0]), h('Company', W[1]), h('Role', W[2]), h('Productions', W[3])],
      ...newestFirst(p).map((j) => [c(`${d(j.start, 'Mon YYYY')} – ${d(j.end, 'Mon YYYY')}`, W[0]), c(j.company, W[1]), c(j.title, W[2]), cell(j.bullets.map((b) => para([{ t: b, sz: 9 }], { after: 20 })), { w: W[3] })])], W),
    para([{ t: 'SKILLS', b: true, sz: 11 }], { before: 200, after: 60 }),
    para(sk(p).join('  •  '), { sz: 9.5 }),
    para([{ t: 'TRAINING & TICKETS', b: true, sz: 11 }], { before: 160, after: 60 }),
    ...p.certificates.map((x) => para(x, { bullet: true, sz: 9.5, after: 10 })),
    para([{ t: 'EDUCATION', b: true, sz: 11 }], { before: 160, after: 60 }),
    ...p.education.map((e) => para(`${e.degree}, ${e.school} (${e.start.slice(0, 4)}–${e.end.slice(0, 4)})`, { sz: 9.5 })),
    para([{ t: 'REFEREES', b: true, sz: 11 }], { before: 160, after: 60 }),
    table([p.referees.map((r) => cell([para([{ t: r.name, b: true, sz: 9 }], { after: 0 }), para([{ t: `${r.role}, ${r.org}`, sz: 9 }], { after: 0 }), para([{ t: r.phone, sz: 9 }], { after: 0 })], { w: 5031 }))], [5031, 5031], noBorders),
  ], { margin: 900, font: 'Arial' });
}

/** Word "Creative résumé, designed by MOO": name block on top, two-column layout table (left: profile/skills; right: experience). */
function moo(p: Person): Document {
  const mixed = p.language === 'mixed';
  const accent = p.id === 'p02' ? 'C0504D' : p.id === 'p05' ? '2E7D6B' : p.id === 'p07' ? '4F6228' : '7030A0';
  const L = 3800, R = 6300;
  const hd = (t: string) => para([{ t: t.toUpperCase(), b: true, sz: 11, color: accent }], { before: 160, after: 60 });
  const left = [
    hd(mixed ? 'Objective 求职目标' : 'Objective'), para(p.summary, { sz: 9.5 }),
    hd(mixed ? 'Skills 技能' : 'Skills'), ...sk(p).map((s) => para(s, { sz: 9.5, after: 20 })),
    hd(mixed ? 'Contact 联系方式' : 'Contact'), para(p.phone, { sz: 9.5, after: 0 }), para(p.email, { sz: 9.5, after: 0 }), para(p.address, { sz: 9.5 }),
    hd(mixed ? 'Languages 语言' : 'Languages'), ...p.languages.map((x) => para(x, { sz: 9.5, after: 0 })),
  ];
  const right = [
    hd(mixed ? 'Experience 工作经历' : 'Experience'),
    ...newestFirst(p).flatMap((j) => [
      para([{ t: rng(j, mixed ? 'YYYY.MM' : 'Month YYYY', mixed ? 'Present 至今' : 'Present', ' – ').toUpperCase(), sz: 8.5, color: '7F7F7F' }], { after: 0 }),
      para([{ t: jt(j, p), b: true, sz: 10.5 }, { t: ` · ${j.company}`, sz: 10.5 }], { after: 20 }),
      ...j.bullets.map((b) => para(b, { sz: 9.5, after: 20 })),
      para('', { after: 40, sz: 4 }),
    ]),
    hd(mixed ? 'Education 教育背景' : 'Education'),
    ...p.education.flatMap((e) => [para([{ t: `${e.start.slice(0, 4)} – ${e.end.slice(0, 4)}`, sz: 8.5, color: '7F7F7F' }], { after: 0 }), para([{ t: e.degree, b: true, sz: 10 }, { t: ` · ${e.school}`, sz: 10 }], { after: 60 })]),
    hd(mixed ? 'Certifications 证书' : 'Certifications & Licences'), ...p.certificates.map((c) => para(c, { sz: 9.5, after: 20 })),
  ];
  return docOf([
    table([[cell([para([{ t: mixed ? p.name : p.name.split(' ')[0], b: true, sz: 26, color: accent }], { after: 0 }), para([{ t: mixed ? p.nameAlt! : p.name.split(' ').slice(1).join(' '), b: true, sz: mixed ? 16 : 26 }], { after: 0 }), para([{ t: p.title, sz: 11, color: '595959' }], { after: 0 })], { w: L + R })]], [L + R], noBorders),
    para('', { after: 120 }),
    table([[cell(left, { w: L, shade: 'F2F2F2' }), cell(right, { w: R })]], [L, R], noBorders),
  ], { margin: 850, font: mixed ? 'Microsoft YaHei' : 'Georgia', size: p.id === 'p07' ? LETTER : A4 });
}

/** USAID Contractor Employee Biographical Data Sheet (AID 1420-17 layout), with key-skills attachment. */
function aid1420(p: Person): Document {
  const L = 10206;
  const f = (n: string, t: string, v: string, w: number, span?: number) => cell([para([{ t: `${n} ${t}`, sz: 7 }], { after: 0 }), para([{ t: v, sz: 9.5 }], { after: 0 })], { w, span });
  const [first, ...rest] = p.name.split(' ');
  const last = rest.pop()!;
  const W = [2300, 2800, 1200, 1200, 1300, 1406];
  const hc = (t: string, w: number) => cell([para([{ t, b: true, sz: 7.5 }], { after: 0 })], { w, shade: 'EDEDED' });
  const c = (t: string, w: number) => cell([para([{ t, sz: 8.5 }], { after: 0 })], { w });
  return docOf([
    para([{ t: 'CONTRACTOR EMPLOYEE BIOGRAPHICAL DATA SHEET', b: true, sz: 12 }], { align: 'center', after: 0 }),
    para([{ t: 'Form Approved OMB No. 0412-0520 · Expiration date: 03/31/2027', sz: 7 }], { align: 'right', after: 80 }),
    table([
      [f('1.', 'Name (Last, First, Middle)', `${last}, ${first} ${rest.join(' ')}`, 5100, 2), f('2.', 'Contractor\'s Name', 'Lakeview Development Associates', 5106, 2)],
      [f('3.', 'Employee\'s Address (include ZIP code)', p.address, 5100, 2), f('4.', 'Contract Number', '72061526C00004', 2553), f('5.', 'Position Under Contract', 'Senior MEL Advisor', 2553)],
      [f('6.', 'Telephone Number (include area code)', p.phone, 2550), f('7.', 'Date of Birth (Month, Day, Year)', 'November 14, 1986', 2550), f('8.', 'Proposed Salary', 'USD 4,100/month', 2553), f('9.', 'Place of Birth / Citizenship', 'Siaya, Kenya / Kenyan', 2553)],
      [f('10.', 'Names, Ages, and Relationship of Dependents to Accompany Individual to Country of Assignment', 'Not applicable (local hire)', L, 4)],
      [f('11.', 'Email Address', p.email, 5100, 2), f('12.', 'Duration of Assignment', '36 months', 5106, 2)],
    ], [2550, 2550, 2553, 2553]),
    para([{ t: '13. EDUCATION (Include all college or university degrees)', b: true, sz: 8.5 }], { before: 120, after: 40 }),
    table([[hc('Name and Address of School', 4300), hc('Major', 2600), hc('Degree', 1600), hc('Date', 1706)],
      ...p.education.map((e) => [c(`${e.school}, ${e.city}, Kenya`, 4300), c(e.degree.replace(/^(MSc|BSc) /, ''), 2600), c(e.degree.split(' ')[0], 1600), c(d(e.end, 'MM/YYYY'), 1706)])], [4300, 2600, 1600, 1706]),
    para([{ t: '14. LANGUAGE PROFICIENCY (See instructions)', b: true, sz: 8.5 }], { before: 120, after: 40 }),
    table([[hc('Language', 3400), hc('Speaking', 3400), hc('Reading', 3406)], ...p.languages.map((l) => [c(l, 3400), c(l === 'Dholuo' ? 'Excellent' : 'Excellent', 3400), c(l === 'Dholuo' ? 'Fair' : 'Excellent', 3406)])], [3400, 3400, 3406]),
    para([{ t: '15. EMPLOYMENT HISTORY', b: true, sz: 8.5 }], { before: 120, after: 0 }),
    para([{ t: '1. Give last three (3) years. List salaries separate for each year. Continue on separate sheet of paper if required to list all employment related to duties of proposed assignment.  2. Salary definition – basic periodic payment for services rendered. Exclude bonuses, profit-sharing arrangements, commissions, consultant fees, extra or overtime work payments, overseas differential or quarters, cost of living or dependents education allowances.', sz: 7 }], { after: 40 }),
    table([[hc('Position Title', W[0]), hc('Employer\'s Name and Address / Point of Contact & Telephone No.', W[1]), hc('From (Mo/Yr)', W[2]), hc('To (Mo/Yr)', W[3]), hc('Annual Salary', W[4]), hc('Dollars', W[5])],
      ...newestFirst(p).map((j, i) => [c(j.title, W[0]), cell([para([{ t: j.company, sz: 8.5 }], { after: 0 }), para([{ t: `${j.city}, Kenya`, sz: 8.5 }], { after: 0 }), para([{ t: `POC: ${['Dr. Peter Wekesa, +254 733 608 215', 'Mary Adhiambo, +254 720 114 903', 'Mary Adhiambo, +254 720 114 903', 'Dr. Joseph Nyakundi, +254 57 202 1744'][i]}`, sz: 7.5 }], { after: 0 })], { w: W[1] }),
        c(d(j.start, 'MM/YYYY'), W[2]), c(j.end ? d(j.end, 'MM/YYYY') : 'Present', W[3]), c(j.salary ?? '', W[4]), c(['40,800', '19,200', '11,400', '3,550'][i], W[5])])], W),
    para([{ t: '16. SPECIFIC CONSULTANT SERVICES (give last three (3) years)', b: true, sz: 8.5 }], { before: 120, after: 40 }),
    table([[hc('Services Performed', 4400), hc('Employer\'s Name and Address / POC', 2800), hc('From', 1000), hc('To', 1000), hc('Days at Rate', 1006)],
      [c('Endline evaluation data analysis, adolescent SRH project', 4400), c('Kisima Youth Network, Kisumu', 2800), c('06/2024', 1000), c('07/2024', 1000), c('12 @ USD 220', 1006)]], [4400, 2800, 1000, 1000, 1006]),
    para([{ t: '17. CERTIFICATION: To the best of my knowledge, the above facts as stated are true and correct.', b: true, sz: 8.5 }], { before: 160, after: 200 }),
    table([[cell([para([{ t: 'A. O.', i: true, sz: 12, font: 'Segoe Script' }], { after: 0 }), para([{ t: 'Signature of Employee', sz: 7 }], { after: 0 })], { w: 5100 }), cell([para([{ t: '14/10/2026', sz: 10 }], { after: 0 }), para([{ t: 'Date', sz: 7 }], { after: 0 })], { w: 5106 })]], [5100, 5106]),
    para([{ t: 'ATTACHMENT A – KEY TECHNICAL SKILLS (continuation sheet)', b: true, sz: 9 }], { before: 240, after: 60 }),
    ...sk(p).map((s) => para(s, { bullet: true, sz: 9, after: 10 })),
    para([{ t: 'Other: ', b: true, sz: 9 }, { t: p.certificates.join('; '), sz: 9 }], { before: 60 }),
  ], { margin: 850, font: 'Times New Roman', header: [para([{ t: `Technical Proposal – Attachment J.3: Key Personnel Biodata – ${p.name}`, sz: 7.5, color: '595959' }], { align: 'right' })], footer: [para([{ t: 'AID 1420-17 (10/2023)', sz: 7 }], { align: 'left' })] });
}

/** TransCelerate-style site staff CV for clinical trials (Word table, signed and dated). */
function transcelerate(p: Person): Document {
  const L = 10206, K = 2900;
  const row = (k: string, v: (Paragraph | Table)[] | string) => [cell(k, { w: K, shade: 'DEEAF6', b: true, sz: 9 }), typeof v === 'string' ? cell(v, { w: L - K, sz: 9.5 }) : cell(v, { w: L - K })];
  const lines = (xs: string[]) => xs.map((x) => para(x, { sz: 9.5, after: 20 }));
  return docOf([
    para([{ t: 'CURRICULUM VITAE', b: true, sz: 14 }], { align: 'center', after: 0 }),
    para([{ t: 'Site staff CV — please update every 2 years; sign and date', sz: 8, i: true, color: '595959' }], { align: 'center', after: 160 }),
    table([
      row('Name', [para([{ t: p.name, b: true, sz: 11 }], { after: 0 })]),
      row('Current title / study role', `${p.title} — Study Coordinator`),
      row('Institution and address', 'Northbridge Oncology Clinic, 3050 Mavis Road, Suite 400, Mississauga, ON L5C 1T8, Canada'),
      row('Telephone', `${p.phone} (mobile)   ·   Clinic: (905) 271-8800 ext. 214`),
      row('Email', p.email),
      row('Education (degree, institution, year)', lines(p.education.map((e) => `${e.degree}, ${e.school}, ${e.end.slice(0, 4)}`))),
      row('Licensure / certification', lines(p.certificates.filter((c) => !c.startsWith('GCP')))),
      row('Professional experience (position, institution, dates)', lines(newestFirst(p).map((j) => `${j.title}, ${j.company}, ${j.city} — ${d(j.start, 'MM/YYYY')} to ${d(j.end, 'MM/YYYY', 'present')}`).concat([`Career break (${p.extra?.careerBreak})`]))),
      row('Clinical research experience', lines(['Therapeutic areas: oncology (solid tumours), cardiology', 'Phases: I (first-in-human), II, III; investigator-initiated and industry-sponsored', 'Approx. 24 studies, > 400 participants enrolled'])),
      row('Relevant skills', lines(sk(p))),
      row('GCP training (most recent)', 'ICH E6(R3) GCP — CITI Program, completed 14-Mar-2025'),
      row('Other training', 'IATA Dangerous Goods 6.2 (2025); TCPS 2: CORE-2022'),
      row('Signature', [para([{ t: 'Margaux Tremblay-Singh', i: true, sz: 13, font: 'Brush Script MT' }], { after: 0 })]),
      row('Date (DD-MMM-YYYY)', '09-Oct-2026'),
    ], [K, L - K]),
  ], { margin: 850, font: 'Arial', footer: [para([{ t: 'Site Staff CV v3.0 · Template adapted from the TransCelerate common CV', sz: 7, color: '7F7F7F' }], { align: 'left' })] });
}

/** US construction superintendent résumé (Word), single column with project list and military service. */
function construction(p: Person): Document {
  const rule = new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 1 } }, spacing: { after: 80 }, children: [] });
  const hd = (t: string) => [para([{ t, b: true, sz: 11 }], { before: 160, after: 0 }), rule];
  return docOf([
    para([{ t: p.name.toUpperCase(), b: true, sz: 18 }], { align: 'center', after: 0 }),
    para(`${p.address}  ·  ${p.phone}  ·  ${p.email}`, { align: 'center', sz: 9.5, after: 120 }),
    ...hd('SUMMARY OF QUALIFICATIONS'), para(p.summary, { sz: 10 }),
    para([{ t: 'Core skills: ', b: true }, { t: sk(p).join(' | ') }], { sz: 10 }),
    ...hd('PROFESSIONAL EXPERIENCE'),
    ...newestFirst(p).filter((j) => !j.kind).flatMap((j) => [
      para([{ t: j.company.toUpperCase(), b: true }, { t: ` — ${j.city}` }, { t: `\t${d(j.start, 'Mon YYYY')} – ${d(j.end, 'Mon YYYY')}` }], { tabs: 10080, after: 0 }),
      para([{ t: j.title, i: true, b: true }], { after: 20 }),
      ...j.bullets.map((b) => para(b, { bullet: true, after: 10 })),
    ]),
    para([{ t: 'Key projects: ', b: true }, { t: 'Coldline Foods DC, Goodyear AZ (780,000 sf, $95M) · Sky Harbor Logistics Park Bldg 3 (512,000 sf) · Verrado Commerce Center (4 bldgs, 1.1M sf)' }], { sz: 9.5, before: 60 }),
    ...hd('MILITARY SERVICE'),
    ...p.jobs.filter((j) => j.kind === 'service').flatMap((j) => [
      para([{ t: j.company.toUpperCase(), b: true }, { t: ` — ${j.city}` }, { t: `\t${d(j.start, 'Mon YYYY')} – ${d(j.end, 'Mon YYYY')}` }], { tabs: 10080, after: 0 }),
      para([{ t: j.title, i: true, b: true }], { after: 20 }), ...j.bullets.map((b) => para(b, { bullet: true, after: 10 })),
    ]),
    ...hd('EDUCATION & CERTIFICATIONS'),
    ...p.education.map((e) => para(`${e.degree}, ${e.school}, ${e.city} (${e.end.slice(0, 4)})`, { bullet: true })),
    ...p.certificates.map((c) => para(c, { bullet: true })),
    para([{ t: 'Languages: ', b: true }, { t: p.languages.join(', ') }], { before: 60 }),
    para([{ t: 'References available on request.', i: true }], { before: 120 }),
  ], { size: LETTER, margin: 1080, font: 'Cambria' });
}

/** 个人简历 written in the listed-company prospectus/announcement bio style (prose paragraphs), Word. */
function prospectus(p: Person): Document {
  const z = (t: string, o: Parameters<typeof para>[1] = {}) => para(t, { font: FONT_ZH, sz: 10.5, after: 80, ...o });
  const hd = (t: string) => para([{ t, b: true, sz: 12, font: '黑体' }], { before: 200, after: 80 });
  const born = `${p.born.slice(0, 4)}年${Number(p.born.slice(5))}月出生`;
  const prose = p.jobs.map((j) => `${d(j.start, 'YYYY年M月')}至${j.end ? d(j.end, 'YYYY年M月') : '今'}，任${j.company}${j.title}`).join('；') + '。';
  return docOf([
    para([{ t: '个 人 简 历', b: true, sz: 18, font: '黑体' }], { align: 'center', after: 200 }),
    z(`${p.name}，${p.gender}，${born}，${p.nationality}国籍，无境外永久居留权，${p.extra?.ethnic}，${p.extra?.politics}，本科学历，EMBA，高级会计师，中国注册会计师。`),
    z(`联系电话：${p.phone}　　电子邮箱：${p.email}　　通讯地址：${p.address}`),
    hd('一、工作经历'),
    z(prose),
    ...newestFirst(p).map((j) => z(`${j.company}（${rng(j, 'YYYY年M月', '至今', '—')}，${j.title}）：${j.bullets.join('')}`, { after: 60 })),
    hd('二、教育背景'),
    ...p.education.map((e) => z(`${d(e.start, 'YYYY年M月')}—${d(e.end, 'YYYY年M月')}　${e.school}　${e.degree}`, { after: 40 })),
    hd('三、专业资格'),
    z(p.certificates.join('；') + '。'),
    hd('四、专业技能'),
    z(sk(p).join('、')),
    hd('五、其他说明'),
    z('本人与公司控股股东、实际控制人及持股 5% 以上股东不存在关联关系；未受过中国证监会及其他有关部门的处罚和证券交易所惩戒；不属于失信被执行人。'),
    para(`本人签字：________________　　　　日期：2026年10月`, { font: FONT_ZH, sz: 10.5, align: 'right', before: 300 }),
  ], { margin: 1300, font: FONT_ZH, footer: [pageNo('第 ', FONT_ZH)] });
}

/** 对外劳务合作 外派劳务人员报名登记表 (Word form, photo box, signature). */
function laowu(p: Person): Document {
  const L = 9900;
  const ex = p.extra ?? {};
  const k = (t: string, w: number, span?: number) => cell([para([{ t, sz: 10, font: FONT_ZH }], { after: 0, align: 'center' })], { w, span, shade: 'F2F2F2', vcenter: true });
  const v = (t: string, w: number, span?: number) => cell([para([{ t, sz: 10, font: FONT_ZH }], { after: 0 })], { w, span, vcenter: true });
  const W8 = [1300, 1300, 1100, 1300, 1100, 1300, 2500];
  const jobW = [2200, 3100, 1500, 3100];
  return docOf([
    para([{ t: '外派劳务人员报名登记表', b: true, sz: 18, font: '黑体' }], { align: 'center', after: 60 }),
    para([{ t: '报名项目：沙特阿拉伯朱拜勒 乙烯装置检修项目（焊工）　　　　编号：JD-2026-W-0317', sz: 9, font: FONT_ZH }], { after: 80 }),
    table([
      [k('姓　名', W8[0]), v(p.name, W8[1]), k('性　别', W8[2]), v(p.gender, W8[3]), k('民　族', W8[4]), v(ex.ethnic, W8[5]), cell([para([{ t: '（近期免冠', sz: 9, font: FONT_ZH }], { align: 'center', after: 0, before: 500 }), para([{ t: '二寸白底照片）', sz: 9, font: FONT_ZH }], { align: 'center', after: 0 })], { w: W8[6], rowSpan: 5, vcenter: true })],
      [k('出生年月', W8[0]), v(d(p.born, 'YYYY.MM'), W8[1]), k('身　高', W8[2]), v(ex.height, W8[3]), k('体　重', W8[4]), v(ex.weight, W8[5])],
      [k('文化程度', W8[0]), v('中专', W8[1]), k('婚　否', W8[2]), v(ex.marital, W8[3]), k('健康状况', W8[4]), v(ex.health, W8[5])],
      [k('身份证号', W8[0]), v(ex.id, W8[1] + W8[2] + W8[3], 3), k('护照号码', W8[4]), v(ex.passport, W8[5])],
      [k('户籍地址', W8[0]), v(ex.hukou + ' ' + p.address.replace('河北省沧州市', ''), W8[1] + W8[2] + W8[3] + W8[4] + W8[5], 5)],
      [k('手机号码', W8[0]), v(p.phone, W8[1] + W8[2], 2), k('电子邮箱', W8[3]), v(p.email, W8[4] + W8[5] + W8[6], 3)],
      [k('申报工种', W8[0]), v('管道焊工（氩电联焊）', W8[1] + W8[2], 2), k('从业年限', W8[3]), v('21 年', W8[4] + W8[5] + W8[6], 3)],
      [k('技能特长', W8[0]), v(sk(p).join('、'), L - W8[0], 6)],
      [k('持证情况', W8[0]), v(p.certificates.join('；'), L - W8[0], 6)],
      [k('外语水平', W8[0]), v(p.languages.join('；'), W8[1] + W8[2], 2), k('出国经历', W8[3]), v('2016.07—2019.01 沙特阿拉伯（劳务合同期满回国）', W8[4] + W8[5] + W8[6], 3)],
    ], W8),
    para([{ t: '工作经历（从参加工作时填起）', b: true, sz: 10.5, font: FONT_ZH }], { before: 120, after: 40 }),
    table([[k('起止年月', jobW[0]), k('工作单位', jobW[1]), k('工种 / 职务', jobW[2]), k('证明人及电话', jobW[3])],
      ...p.jobs.map((j, i) => [v(`${d(j.start, 'YYYY.MM')}—${d(j.end, 'YYYY.MM', '至今')}`, jobW[0]), v(j.company, jobW[1]), v(j.title, jobW[2]), v(['赵国良 0317-3056 218', '孙建伟 022-6589 7731', '王海涛 186 2266 0415', '李志刚 0317-2108 665'][i], jobW[3])])], jobW),
    para([{ t: '家庭主要成员及紧急联系人', b: true, sz: 10.5, font: FONT_ZH }], { before: 120, after: 40 }),
    table([[k('称谓', 1600), k('姓名', 1800), k('工作单位', 3800), k('联系电话', 2700)],
      [v('妻子', 1600), v('刘秀芬', 1800), v('沧州市运河区 个体', 3800), v('158 3175 2204', 2700)],
      [v('父亲', 1600), v('马长林', 1800), v('务农', 3800), v('0317-2215 906', 2700)]], [1600, 1800, 3800, 2700]),
    para([{ t: '本人承诺：以上所填内容真实有效，如有虚假，本人愿承担一切后果。', sz: 10, font: FONT_ZH }], { before: 160, after: 80 }),
    para([{ t: '本人签字：马德胜　　　　　　　　　　2026 年 10 月 20 日', sz: 10, font: FONT_ZH }], { align: 'right', after: 120 }),
    table([[k('公司审核意见', 1800), v('\n\n　　　　　　　　　　　　　　　　盖章：　　　　年　　月　　日', L - 1800)]], [1800, L - 1800]),
  ], { margin: 1000, font: FONT_ZH });
}

/** 硕士研究生复试 考生个人简历表 (Word table; 非全日制 candidate with work history). */
function yanjiusheng(p: Person): Document {
  const ex = p.extra ?? {};
  const L = 9800;
  const k = (t: string, w: number, span?: number) => cell([para([{ t, sz: 10.5, font: FONT_ZH, b: true }], { after: 0, align: 'center' })], { w, span, vcenter: true });
  const v = (t: string, w: number, span?: number) => cell(t.split('\n').map((l) => para([{ t: l, sz: 10.5, font: FONT_ZH }], { after: 0 })), { w, span, vcenter: true });
  const W = [1400, 1700, 1100, 1500, 1300, 1300, 1500];
  return docOf([
    para([{ t: `${ex.gradschool} 2027年硕士研究生复试`, sz: 12, font: '黑体' }], { align: 'center', after: 0 }),
    para([{ t: '考生个人简历表', b: true, sz: 18, font: '黑体' }], { align: 'center', after: 160 }),
    table([
      [k('考生编号', W[0]), v(ex.exam, W[1] + W[2], 2), k('姓　名', W[3]), v(p.name, W[4] + W[5], 2), cell([para([{ t: '照片', sz: 10, font: FONT_ZH }], { align: 'center', after: 0 })], { w: W[6], rowSpan: 4, vcenter: true })],
      [k('性　别', W[0]), v(p.gender, W[1]), k('出生年月', W[2]), v(d(p.born, 'YYYY.MM'), W[3]), k('政治面貌', W[4]), v(ex.politics, W[5])],
      [k('报考专业', W[0]), v(ex.major, W[1] + W[2] + W[3], 3), k('学习方式', W[4]), v('非全日制', W[5])],
      [k('初试成绩', W[0]), v(ex.score, W[1] + W[2] + W[3] + W[4] + W[5], 5)],
      [k('毕业院校', W[0]), v(`${p.education[0].school}（${p.education[0].end.slice(0, 4)}年6月毕业）`, W[1] + W[2] + W[3], 3), k('联系电话', W[4]), v(p.phone, W[5] + W[6], 2)],
      [k('电子邮箱', W[0]), v(p.email, W[1] + W[2] + W[3], 3), k('工作单位', W[4]), v(p.jobs[p.jobs.length - 1].company, W[5] + W[6], 2)],
      [k('学习经历\n（自高中起）', W[0]), v(`2010.09—2013.06　济南市历城第五中学　高中\n${p.education.map((e) => `${d(e.start, 'YYYY.MM')}—${d(e.end, 'YYYY.MM')}　${e.school}　${e.degree}`).join('\n')}`, L - W[0], 6)],
      [k('工作经历', W[0]), v(p.jobs.map((j) => `${d(j.start, 'YYYY.MM')}—${d(j.end, 'YYYY.MM', '至今')}　${j.company}　${j.title}`).join('\n'), L - W[0], 6)],
      [k('主要工作内容\n及业绩', W[0]), v(newestFirst(p).flatMap((j) => j.bullets).join('\n'), L - W[0], 6)],
      [k('专业技能', W[0]), v(sk(p).join('；'), L - W[0], 6)],
      [k('外语及证书', W[0]), v([...p.languages, ...p.certificates].join('；'), L - W[0], 6)],
      [k('获奖情况', W[0]), v('2016年 全国大学生统计建模大赛 山东赛区二等奖\n2022年 公司年度优秀员工', L - W[0], 6)],
      [k('自我评价及\n读研计划', W[0]), v(`${p.summary}希望通过系统学习因果推断与实验设计方法，提升业务分析的严谨性。`, L - W[0], 6)],
      [k('考生承诺', W[0]), v('本人保证所填信息真实准确，如有不实，愿承担相应责任。\n\n考生签名：宋雨桐　　　　　　　　　　2027 年 3 月　　日', L - W[0], 6)],
    ], W),
    para([{ t: '注：本表一式两份，复试时交资格审查组，请用 A4 纸双面打印。', sz: 9, font: FONT_ZH }], { before: 80 }),
  ], { margin: 1050, font: FONT_ZH });
}

/** Sino-foreign joint-venture university: bilingual academic staff application form (Word). */
function sinoforeign(p: Person): Document {
  const L = 10000;
  const k = (t: string, w: number, span?: number) => cell(t.split('\n').map((l) => para([{ t: l, sz: 9, b: true, font: 'Arial' }], { after: 0 })), { w, span, shade: 'E8E0F0', vcenter: true });
  const v = (t: string, w: number, span?: number) => cell(t.split('\n').map((l) => para([{ t: l, sz: 9.5, font: 'Arial' }], { after: 0 })), { w, span, vcenter: true });
  const sec = (t: string) => para([{ t, b: true, sz: 10.5, color: 'FFFFFF', font: 'Arial' }], { shade: '4B2E83', before: 160, after: 60 });
  const W = [2200, 2800, 2200, 2800];
  const J = [2500, 2600, 1400, 1400, 2100];
  return docOf([
    para([{ t: 'NORTHMOOR UNIVERSITY JIANGNAN 江南诺森大学', b: true, sz: 13, color: '4B2E83', font: 'Arial' }], { align: 'center', after: 0 }),
    para([{ t: 'Application Form for Academic Staff 教学科研人员应聘申请表', b: true, sz: 12, font: 'Arial' }], { align: 'center', after: 40 }),
    para([{ t: 'Post applied for 申请职位: Associate Professor in Mechanical Engineering 机械工程副教授    Ref. No. 编号: AC-2026-114', sz: 9, font: 'Arial' }], { align: 'center', after: 80 }),
    sec('Section A  Personal Details 个人信息'),
    table([
      [k('Name in Chinese 中文姓名', W[0]), v(p.name, W[1]), k('Name in English (as in passport)\n英文姓名', W[2]), v('HE, Siyuan', W[3])],
      [k('Gender 性别', W[0]), v(p.gender, W[1]), k('Date of birth 出生日期', W[2]), v(d(p.born, 'YYYY-MM') + '-06', W[3])],
      [k('Nationality 国籍', W[0]), v(p.nationality, W[1]), k('Current post 现职', W[2]), v(`${p.title}, 江南理工学院`, W[3])],
      [k('Mobile 手机', W[0]), v(p.phone, W[1]), k('Email 电子邮箱', W[2]), v(p.email, W[3])],
      [k('Correspondence address\n通讯地址', W[0]), v(p.address, W[1] + W[2] + W[3], 3)],
    ], W),
    sec('Section B  Education (most recent first) 教育经历'),
    table([[k('Dates 起止时间', 2200), k('Institution 院校', 3000), k('Degree & subject 学位及专业', 4800)],
      ...p.education.map((e) => [v(`${d(e.start, 'MM/YYYY')} – ${d(e.end, 'MM/YYYY')}`, 2200), v(`${e.school}, ${e.city}`, 3000), v(e.degree, 4800)])], [2200, 3000, 4800]),
    sec('Section C  Employment history (most recent first) 工作经历'),
    table([[k('Employer 工作单位', J[0]), k('Position 职务', J[1]), k('From 起', J[2]), k('To 止', J[3]), k('Reason for leaving\n离职原因', J[4])],
      ...newestFirst(p).map((j) => [v(j.company, J[0]), v(`${j.title} ${j.titleAlt}`, J[1]), v(d(j.start, 'MM/YYYY'), J[2]), v(d(j.end, 'MM/YYYY', 'Present 至今'), J[3]), v(j.leaving ?? '—', J[4])])], J),
    para([{ t: 'Please explain any gap of more than 3 months 请说明超过三个月的空档期: 09/2013 – 12/2017 full-time PhD study at Northmoor University 全日制攻读博士学位。', sz: 8.5, font: 'Arial' }], { before: 40 }),
    sec('Section D  Teaching, research and skills 教学、科研与技能'),
    table([
      [k('Teaching 教学', 2400), v('Machine Design 机械设计 (EMI, 2020–); Finite Element Methods 有限元方法 (2021–); supervisor of 4 MSc students', L - 2400)],
      [k('Research funding 科研项目', 2400), v('Jiangsu Natural Science Foundation, Fatigue of bonded lightweight joints, ¥200,000, 2022–2025 (PI)', L - 2400)],
      [k('Publications 代表性论文', 2400), v('11 SCI journal papers (6 first-author); full list attached 详见附件', L - 2400)],
      [k('Technical skills 专业技能', 2400), v(sk(p).join('; '), L - 2400)],
      [k('Languages 语言', 2400), v(p.languages.join('; '), L - 2400)],
      [k('Qualifications 资格证书', 2400), v(p.certificates.join('; '), L - 2400)],
    ], [2400, L - 2400]),
    sec('Section E  Referees 推荐人'),
    table([[k('Name 姓名', 2600), k('Position & institution 职务及单位', 3800), k('Telephone 电话', 1700), k('Email 邮箱', 1900)],
      ...p.referees.map((r) => [v(r.name, 2600), v(`${r.role}, ${r.org}`, 3800), v(r.phone, 1700), v(r.email ?? '', 1900)])], [2600, 3800, 1700, 1900]),
    sec('Section F  Declaration 声明'),
    para([{ t: 'I declare that the information given in this form is true and complete. 本人声明以上所填信息真实完整。', sz: 9, font: 'Arial' }], { after: 160 }),
    para([{ t: 'Signature 签名: 贺思远 Siyuan He                    Date 日期: 15/10/2026', sz: 9.5, font: 'Arial' }]),
  ], { margin: 900, font: 'Arial', footer: [pageNo('NUJ HR Form AC-1 (2025)  ·  ')] });
}

// ---------------------------------------------------------------- plain-text templates
/** A CV written as a Unix manual page, as rendered by `man` (80 columns). */
function manpage(p: Person): string {
  const key = (p.nameAlt ?? p.name).split(/[ ,]/)[p.id === 'p15' ? 0 : 1]?.toUpperCase() ?? 'CV';
  const head = `${key}(7)`;
  const title = 'Miscellaneous Information Manual';
  const pad = (l: string, c: string, r: string) => l + ' '.repeat(Math.max(1, Math.floor((80 - c.length) / 2) - l.length)) + c + ' '.repeat(Math.max(1, 80 - r.length - Math.floor((80 - c.length) / 2) - c.length)) + r;
  const I = '       ';
  const wrap = (t: string, ind = I) => {
    const out: string[] = []; let line = '';
    for (const w of t.split(' ')) { if ((ind + line + w).length > 78) { out.push(ind + line.trimEnd()); line = ''; } line += w + ' '; }
    if (line.trim()) out.push(ind + line.trimEnd());
    return out.join('\n');
  };
  const L: string[] = [pad(head, title, head), '', 'NAME', wrap(`${both(p)} - ${p.title.toLowerCase()}`), '', 'SYNOPSIS',
    `${I}${(p.nameAlt ?? p.name).split(/[ ,]/)[0].toLowerCase()} [--remote] [--full-time | --contract] [--timezone=${p.id === 'p15' ? 'UTC+8' : 'America/Denver'}]`, '', 'DESCRIPTION', wrap(p.summary), '',
    'CONTACT', `${I}Email: ${p.email}`, `${I}Phone: ${p.phone}`, `${I}Location: ${p.city}`, '', 'EXPERIENCE'];
  for (const j of newestFirst(p)) {
    L.push(`${I}${j.title}, ${j.company}`, `${I}       ${d(j.start, 'Mon YYYY')} - ${d(j.end, 'Mon YYYY')}`);
    for (const b of j.bullets) L.push(wrap(b, `${I}       `).replace(/^ {14}/, `${I}     - `).replace(/^(\s{12})-/, '$1-'));
    L.push('');
  }
  L.push('SKILLS', wrap(sk(p).join(', ')), '', 'EDUCATION');
  for (const e of p.education) L.push(`${I}${e.degree}, ${e.school} (${e.end.slice(0, 4)})`);
  L.push('', 'CERTIFICATIONS'); for (const c of p.certificates) L.push(`${I}${c}`);
  L.push('', 'BUGS', wrap(p.id === 'p15' ? 'Will ask "which timezone?" before every meeting. Prefers written specs to calls.' : 'Cannot resist rewriting shell scripts in Go. Known to over-document runbooks.'),
    '', 'SEE ALSO', `${I}github(1), linkedin(1)`, '', pad('', 'October 2026', head));
  return L.join('\n') + '\n';
}

/** craigslist "resumes" post as copied from the posting page. */
function craigslist(p: Person): string {
  const us = p.id === 'p06';
  const title = us ? 'Construction Superintendent - 16 yrs Tilt-Up / Industrial, Veteran (Glendale)' : 'Experienced International School Science Teacher / MYP Coordinator (Sukhumvit)';
  const L = [`CL > ${us ? 'phoenix > west valley' : 'bangkok'} > resumes`, '', title, '', `reply  |  posted: 2026-10-${us ? '14 07:52' : '03 21:10'}  |  updated: 2026-10-${us ? '24 06:31' : '05 09:44'}`, '', ''];
  L.push(`${p.name}`, `${p.city}  |  ${p.phone}  |  ${p.email}`, '');
  L.push(us ? 'Looking for a superintendent or GS role with a GC in the Valley. Can start in 2 weeks. Own truck and tools.' : 'Experienced US-licensed teacher looking for a school leadership or science position in Bangkok from August 2027. Also available for IB workshop/curriculum consulting.', '');
  L.push('EXPERIENCE', '');
  for (const j of newestFirst(p)) {
    L.push(`${j.title} -- ${j.company}, ${j.city}`, `${d(j.start, 'M/YYYY')} to ${d(j.end, 'M/YYYY', 'present')}`);
    for (const b of j.bullets) L.push(`* ${b}`);
    L.push('');
  }
  L.push('SKILLS', sk(p).join(', '), '', 'EDUCATION / CERTS');
  for (const e of p.education) L.push(`${e.degree} - ${e.school}, ${e.end.slice(0, 4)}`);
  for (const c of p.certificates) L.push(c);
  L.push('', `Languages: ${p.languages.join(', ')}`, '', 'References on request.', '', '  • do NOT contact me with unsolicited services or offers', '', `post id: ${us ? '7893314520' : '7890021478'}`, '', 'best of [?]');
  return L.join('\n') + '\n';
}

/** A CV built in an Excel grid and saved as "Text (Tab delimited)". */
function tsv(p: Person): string {
  const zh = p.language === 'zh';
  const T = (...c: string[]) => c.join('\t');
  const L: string[] = [];
  if (zh) {
    L.push(T('', '', '履　歷　表', '', '', ''), '',
      T('姓名', p.name, '英文姓名', p.nameAlt!, '性別', p.gender), T('出生年月', d(p.born, 'YYYY/MM'), '兵役', p.extra!.military, '駕照', p.extra!.license),
      T('手機', p.phone, 'E-mail', p.email, '', ''), T('地址', p.address, '', '', '', ''), '',
      T('學歷', '', '', '', '', ''), T('學校', '科系', '學位', '起', '迄', ''));
    for (const e of p.education) L.push(T(e.school, e.degree.split(' ')[0], e.degree.split(' ')[1], d(e.start, 'YYYY/MM'), d(e.end, 'YYYY/MM'), ''));
    L.push('', T('工作經歷', '', '', '', '', ''), T('公司名稱', '職稱', '起', '迄', '地點', '主要工作內容'));
    for (const j of newestFirst(p)) L.push(T(j.company, j.title, d(j.start, 'YYYY/MM'), d(j.end, 'YYYY/MM', '迄今'), j.city, j.bullets.join(' ')));
    L.push('', T('專長', sk(p).join('、'), '', '', '', ''), T('語文', p.languages.join('；'), '', '', '', ''), T('證照', p.certificates.join('、'), '', '', '', ''), T('希望待遇', p.extra!.expect, '', '', '', ''));
  } else {
    L.push(T('CURRICULUM VITAE 個人履歷', '', '', '', '', ''), '',
      T('Name 姓名', `${p.nameAlt}`, 'Chinese name 中文姓名', p.name, '', ''), T('Mobile 手提', `+852 ${p.phone}`, 'Email 電郵', p.email, '', ''),
      T('Address 地址', p.address, '', '', '', ''), '',
      T('EMPLOYMENT 工作經驗', '', '', '', '', ''), T('From 由', 'To 至', 'Company 公司', 'Position 職位', 'Location', 'Key responsibilities'));
    for (const j of newestFirst(p)) L.push(T(d(j.start, 'MM/YYYY'), d(j.end, 'MM/YYYY', 'Present'), j.company, `${j.title} ${j.titleAlt}`, j.city, j.bullets.join(' ')));
    L.push('', T('EDUCATION 學歷', '', '', '', '', ''));
    for (const e of p.education) L.push(T(d(e.start, 'MM/YYYY'), d(e.end, 'MM/YYYY'), e.school, e.degree, e.city ?? '', ''));
    L.push('', T('SKILLS 技能', sk(p).join('; '), '', '', '', ''), T('LANGUAGES 語言', p.languages.join('; '), '', '', '', ''), T('QUALIFICATIONS 資格', p.certificates.join('; '), '', '', '', ''),
      T('Expected salary 期望薪金', p.extra!.expect, 'Notice 通知期', p.extra!.notice, '', ''));
  }
  return L.join('\r\n') + '\r\n';
}

/** WeChat official-account (公众号) talent-recommendation post, copied as text. */
function gzh(p: Person): string {
  const weld = p.id === 'p10';
  const L: string[] = [];
  L.push(weld ? '人才推荐｜20年焊工班长，持证，有沙特项目经验，求职沧州/天津' : '人才推荐｜10年新媒体+品牌营销，操盘千万级GMV，求职深圳市场总监', '',
    weld ? '沧州技工之家　2026-10-17 08:30　河北' : '深圳营销人才圈　2026-10-09 12:06　广东', '',
    '本期推荐人才已授权公开以下信息，企业如有意向可直接联系，或后台回复“推荐”。', '',
    '▍基本信息', '', `姓名：${p.name}`, `性别：${p.gender}　　出生：${d(p.born, 'YYYY年M月')}`, `现居：${p.city}　　户籍：${p.extra?.hukou}`,
    `电话：${p.phone}（微信同号）`, `邮箱：${p.email}`, '', '▍求职意向', '', weld ? '岗位：焊工班长 / 焊接技术员　地点：沧州、天津，可接受出国　期望：月薪 1 万以上' : `岗位：市场总监 / 品牌总监　地点：深圳　期望：${p.extra?.expect}`, '',
    '▍工作经历', '');
  for (const j of newestFirst(p)) {
    L.push(`◆ ${rng(j, 'YYYY.MM', '至今', '-')}`, `${j.company}｜${j.title}`);
    for (const b of j.bullets) L.push(`· ${b}`);
    L.push('');
  }
  L.push('▍技能证书', '', `技能：${sk(p).join(' / ')}`, `证书：${p.certificates.join('；')}`, '', '▍教育经历', '');
  for (const e of p.education) L.push(`${d(e.start, 'YYYY.MM')}-${d(e.end, 'YYYY.MM')}　${e.school}　${e.degree}`);
  if (p.extra?.careerBreak) L.push('', `（注：${p.extra.careerBreak}）`);
  L.push('', '▍推荐语', '', p.summary, '', '—— END ——', '', '往期推荐：', weld ? '· 人才推荐｜电工持高低压证，10年厂矿经验' : '· 人才推荐｜8年电商运营，擅长天猫大促', '', '阅读 1286　在看 17');
  return L.join('\n') + '\n';
}

// ---------------------------------------------------------------- the document plan
type Producer = 'chromium' | 'docx' | 'txt';
type Layout = 'single' | 'twocol' | 'table';
interface Tpl { layout: Layout; producer: Producer; convention: string; html?: (p: Person) => string; docx?: (p: Person) => Document; txt?: (p: Person) => string }
const T: Record<string, Tpl> = {
  dice: { layout: 'single', producer: 'chromium', html: dice, convention: 'Dice.com candidate profile print (US tech job board)' },
  wellfound: { layout: 'twocol', producer: 'chromium', html: wellfound, convention: 'Wellfound (AngelList Talent) candidate profile' },
  greenhouse: { layout: 'table', producer: 'chromium', html: greenhouse, convention: 'Greenhouse ATS application print (field grid, repeated employment blocks)' },
  upwork: { layout: 'twocol', producer: 'chromium', html: upwork, convention: 'Upwork freelancer profile (sidebar facts, employment history)' },
  workable: { layout: 'single', producer: 'chromium', html: workable, convention: 'Workable candidate profile PDF export' },
  searchassoc: { layout: 'table', producer: 'chromium', html: searchassoc, convention: 'International-school recruitment agency candidate form (Search Associates / ISS style)' },
  archfolio: { layout: 'twocol', producer: 'chromium', html: archfolio, convention: 'Architecture practice CV with project image tiles' },
  xiong518: { layout: 'table', producer: 'chromium', html: xiong518, convention: '518熊班 (Taiwan) 履歷 print' },
  yes123: { layout: 'twocol', producer: 'chromium', html: yes123, convention: 'yes123 求職網 (Taiwan) 履歷表' },
  dajie: { layout: 'single', producer: 'chromium', html: dajie, convention: '大街网 (dajie.com) 在线简历' },
  dingtalk: { layout: 'table', producer: 'chromium', html: dingtalk, convention: '钉钉招聘 候选人标准简历 export' },
  job1001: { layout: 'twocol', producer: 'chromium', html: job1001, convention: '一览英才网 (job1001, industry job boards) 简历' },
  tencentdoc: { layout: 'twocol', producer: 'chromium', html: tencentdoc, convention: '腾讯文档 简历模板 exported to PDF (skill bars)' },
  ctgoodjobs: { layout: 'single', producer: 'chromium', html: ctgoodjobs, convention: 'CTgoodjobs (Hong Kong) My Profile print, bilingual labels' },
  efc: { layout: 'twocol', producer: 'chromium', html: efc, convention: 'eFinancialCareers candidate profile (preferences sidebar)' },
  skillsmatrix: { layout: 'table', producer: 'docx', docx: skillsmatrix, convention: 'US IT staffing agency candidate submittal with skills matrix (Word)' },
  crewcv: { layout: 'table', producer: 'docx', docx: crewcv, convention: 'UK film & TV crew CV with credits table (Word)' },
  moo: { layout: 'twocol', producer: 'docx', docx: moo, convention: 'Word template "Creative résumé, designed by MOO" (layout table)' },
  aid1420: { layout: 'table', producer: 'docx', docx: aid1420, convention: 'USAID Contractor Employee Biographical Data Sheet (AID 1420-17)' },
  transcelerate: { layout: 'table', producer: 'docx', docx: transcelerate, convention: 'Clinical-trial site staff CV (TransCelerate common CV template)' },
  construction: { layout: 'single', producer: 'docx', docx: construction, convention: 'US construction superintendent résumé with project list and military service (Word)' },
  prospectus: { layout: 'single', producer: 'docx', docx: prospectus, convention: '上市公司 招股书/公告式 董监高简历 (prose work history)' },
  laowu: { layout: 'table', producer: 'docx', docx: laowu, convention: '对外劳务合作 外派劳务人员报名登记表' },
  yanjiusheng: { layout: 'table', producer: 'docx', docx: yanjiusheng, convention: '硕士研究生复试 考生个人简历表' },
  sinoforeign: { layout: 'table', producer: 'docx', docx: sinoforeign, convention: '中外合作大学 bilingual academic staff application form' },
  manpage: { layout: 'single', producer: 'txt', txt: manpage, convention: 'CV written as a Unix man page (man output)' },
  craigslist: { layout: 'single', producer: 'txt', txt: craigslist, convention: 'craigslist "resumes" post copied as text' },
  tsv: { layout: 'table', producer: 'txt', txt: tsv, convention: 'Excel-grid CV saved as Text (Tab delimited)' },
  gzh: { layout: 'single', producer: 'txt', txt: gzh, convention: '微信公众号 人才推荐 post copied as text' },
};
const PLAN: Record<string, string[]> = {
  p01: ['dice', 'skillsmatrix', 'wellfound', 'manpage'],
  p02: ['crewcv', 'moo'],
  p03: ['aid1420', 'upwork', 'workable'],
  p04: ['transcelerate', 'greenhouse', 'workable'],
  p05: ['archfolio', 'moo', 'upwork'],
  p06: ['construction', 'craigslist', 'greenhouse'],
  p07: ['searchassoc', 'workable', 'craigslist', 'moo'],
  p08: ['prospectus', 'dingtalk', 'job1001'],
  p09: ['xiong518', 'yes123', 'tsv'],
  p10: ['laowu', 'gzh', 'dingtalk'],
  p11: ['yanjiusheng', 'dajie', 'tencentdoc'],
  p12: ['job1001', 'dajie', 'tencentdoc', 'gzh'],
  p13: ['ctgoodjobs', 'efc', 'tsv'],
  p14: ['sinoforeign', 'workable', 'tencentdoc'],
  p15: ['upwork', 'greenhouse', 'wellfound', 'manpage'],
  p16: ['moo', 'wellfound', 'dajie'],
};

async function main(): Promise<void> {
  const force = process.argv.includes('--force');
  if (existsSync(path.join(here, 'manifest.json')) && !force) {
    console.error('manifest.json exists: the set is frozen. Re-run with --force to regenerate.');
    process.exit(1);
  }
  if (existsSync(DOCS)) rmSync(DOCS, { recursive: true, force: true });
  mkdirSync(DOCS, { recursive: true });
  const html: [string, string][] = [];
  const docs: { file: string; person: string; template: string; layout: string; producer: string; language: string }[] = [];
  for (const p of people) {
    for (const name of PLAN[p.id]) {
      const t = T[name];
      const base = `${p.id}-${t.layout}-${name}`;
      const row = { person: p.id, template: name, layout: t.layout === 'twocol' ? 'two-column' : t.layout, language: p.language };
      if (t.producer === 'chromium') { html.push([`${base}.pdf`, t.html!(p)]); docs.push({ file: `${base}.pdf`, ...row, producer: 'chromium' }); }
      if (t.producer === 'txt') { writeFileSync(path.join(DOCS, `${base}.txt`), t.txt!(p), 'utf8'); docs.push({ file: `${base}.txt`, ...row, producer: 'txt' }); }
      if (t.producer === 'docx') {
        writeFileSync(path.join(DOCS, `${base}.docx`), await Packer.toBuffer(t.docx!(p)));
        docs.push({ file: `${base}.docx`, ...row, producer: 'docx' }, { file: `${base}.pdf`, ...row, producer: 'libreoffice' });
      }
    }
  }
  exportDocxToPdf(DOCS);
  await printHtml(DOCS, html);
  const files = docs.map((x) => x.file);
  const missing = files.filter((f) => !existsSync(path.join(DOCS, f)));
  if (missing.length) throw new Error(`missing: ${missing.join(', ')}`);
  const extra = readdirSync(DOCS).filter((f) => !files.includes(f));
  if (extra.length) throw new Error(`unexpected: ${extra.join(', ')}`);
  const order = ['p01', 'p02', 'p03', 'p04', 'p05', 'p06', 'p07', 'p08', 'p09', 'p10', 'p11', 'p12', 'p13', 'p14', 'p15', 'p16'];
  docs.sort((a, b) => order.indexOf(a.person) - order.indexOf(b.person) || a.file.localeCompare(b.file));
  const truth = {
    referenceDate: REF,
    people: people.map((p) => ({
      id: p.id, language: p.language, name: p.name, email: p.email, phone: p.phoneE164,
      skills: p.skills.map((s) => s.join(' | ')),
      work: p.jobs.map((j) => ({ company: j.company, start: j.start, end: j.end })),
      yearsOfExperience: yearsWorked(p.jobs, REF),
    })),
    documents: docs,
  };
  writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifestOf(DOCS, files.sort()), null, 2) + '\n');
  console.log(`heldout-26: ${docs.length} documents for ${people.length} people`);
}

await main();
