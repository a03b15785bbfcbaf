/**
 * heldout-71 generator: writes documents/, truth.json and manifest.json. Refuses to overwrite without --force.
 * Run from packages/cv: npx tsx eval/heldout-71/generate.ts [--force]
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType, BorderStyle, Document, Footer, Header, LevelFormat, Packer, Paragraph, ShadingType,
  SectionType, TabStopType, Table, TableCell, TableRow, TextRun, WidthType, VerticalAlign, ColumnBreak, PageNumber, Column,
} from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people, printed, type Job, type Person } from './people.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docsDir = path.join(here, 'documents');
const REF = '2026-12';
if (existsSync(path.join(here, 'manifest.json')) && !process.argv.includes('--force')) {
  console.error('manifest.json exists; pass --force to regenerate');
  process.exit(1);
}

// ---------------------------------------------------------------- dates
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const FR = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
type DS = 'Mon YYYY' | 'Month YYYY' | 'MM/YYYY' | 'MM.YYYY' | 'YYYY.MM' | 'YYYY/MM' | 'YYYY-MM' | 'YYYY年M月' | 'YYYY.M' | 'DD/MM/YYYY' | 'fr' | 'Mon-YY';
function fd(ym: string, s: DS, end = false): string {
  const y = Number(ym.slice(0, 4)), m = Number(ym.slice(5, 7)), mm = ym.slice(5, 7);
  switch (s) {
    case 'Mon YYYY': return `${MON[m - 1]} ${y}`;
    case 'Month YYYY': return `${MONTH[m - 1]} ${y}`;
    case 'MM/YYYY': return `${mm}/${y}`;
    case 'MM.YYYY': return `${mm}.${y}`;
    case 'YYYY.MM': return `${y}.${mm}`;
    case 'YYYY/MM': return `${y}/${mm}`;
    case 'YYYY-MM': return `${y}-${mm}`;
    case 'YYYY年M月': return `${y}年${m}月`;
    case 'YYYY.M': return `${y}.${m}`;
    case 'DD/MM/YYYY': return `${end ? lastDay(y, m) : '01'}/${mm}/${y}`;
    case 'fr': return `${FR[m - 1]} ${y}`;
    case 'Mon-YY': return `${MON[m - 1]}-${String(y).slice(2)}`;
  }
}
const rng = (j: { start: string; end: string | null }, s: DS, sep = ' – ', now = 'Present') => `${fd(j.start, s)}${sep}${j.end ? fd(j.end, s, true) : now}`;
const monthsOf = (j: { start: string; end: string | null }) => {
  const i = (x: string) => Number(x.slice(0, 4)) * 12 + Number(x.slice(5, 7));
  return i(j.end ?? REF) - i(j.start) + 1;
};
const durEn = (j: Job) => { const n = monthsOf(j), y = Math.floor(n / 12), m = n % 12; return [y ? `${y} year${y > 1 ? 's' : ''}` : '', m ? `${m} month${m > 1 ? 's' : ''}` : ''].filter(Boolean).join(' '); };
const durZh = (j: Job, tw = false) => { const n = monthsOf(j), y = Math.floor(n / 12), m = n % 12; return `${y ? y + '年' : ''}${m ? m + (tw ? '個月' : '个月') : ''}`; };
const sk = (p: Person) => p.skills.map(printed);
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const P = (id: string) => people.find((x) => x.id === id)!;
const byDateDesc = (p: Person) => [...p.jobs].reverse();

// ---------------------------------------------------------------- HTML templates
const page = (css: string, body: string, lang = 'en') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>
*{box-sizing:border-box} body{margin:0;font-family:'Liberation Sans','WenQuanYi Zen Hei',sans-serif;font-size:10pt;color:#222;line-height:1.35}
h1,h2,h3,p,ul{margin:0} ul{padding-left:16px} ${css}</style></head><body>${body}</body></html>`;
const svgPerson = `<svg viewBox="0 0 60 72" width="100%" height="100%"><rect width="60" height="72" fill="#d9dde3"/><circle cx="30" cy="26" r="13" fill="#9aa3ad"/><path d="M6 72c2-18 12-26 24-26s22 8 24 26z" fill="#9aa3ad"/></svg>`;
const ico = (d: string) => `<svg width="10" height="10" viewBox="0 0 24 24" style="vertical-align:-1px;margin-right:4px"><path d="${d}" fill="currentColor"/></svg>`;
const I_PHONE = ico('M6.6 10.8a15 15 0 006.6 6.6l2.2-2.2a1 1 0 011-.25 11.4 11.4 0 003.6.57 1 1 0 011 1V20a1 1 0 01-1 1A17 17 0 013 4a1 1 0 011-1h3.5a1 1 0 011 1c0 1.25.2 2.45.57 3.57a1 1 0 01-.25 1z');
const I_MAIL = ico('M2 5h20v14H2zm2 2v.5l8 5 8-5V7l-8 5z');
const I_PIN = ico('M12 2a7 7 0 00-7 7c0 5 7 13 7 13s7-8 7-13a7 7 0 00-7-7zm0 9.5A2.5 2.5 0 1112 6.5a2.5 2.5 0 010 5z');

/** C1 Ukrainian job-portal résumé print (English interface). */
function workuaPrint(p: Person) {
  const jobs = byDateDesc(p).map((j) => `<div class="job"><h3>${esc(j.title)}</h3><div class="co">${esc(j.company)}, ${esc(j.city)}</div>
   <div class="per">from ${fd(j.start, 'MM.YYYY')} to ${j.end ? fd(j.end, 'MM.YYYY') : 'the present'} (${durEn(j)})</div><ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul></div>`).join('');
  return page(`.bar{background:#f3f4f6;border-bottom:1px solid #ddd;padding:6px 10px;font-size:8.5pt;color:#666;display:flex;justify-content:space-between}
  .wrap{padding:10px 10px} h1{font-size:20pt;font-weight:600} .pos{font-size:13pt;margin:2px 0 8px} dl{display:grid;grid-template-columns:130px 1fr;row-gap:3px;margin:0 0 10px} dt{color:#777} dd{margin:0}
  .contact{border:1px solid #cfe3ff;background:#f4f9ff;padding:8px 10px;border-radius:6px;margin-bottom:10px} h2{font-size:13pt;margin:14px 0 6px;font-weight:600}
  .job{margin-bottom:9px} h3{font-size:11pt} .co{color:#444} .per{color:#777;font-size:9pt;margin:1px 0 3px} .chips span{display:inline-block;background:#eef2f7;border-radius:12px;padding:2px 9px;margin:0 4px 4px 0;font-size:9pt}
  .foot{margin-top:14px;border-top:1px solid #ddd;color:#888;font-size:8pt;padding-top:4px}`,
  `<div class="bar"><span>Job search portal · Candidate résumé</span><span>Resume from 28 November 2026</span></div><div class="wrap">
  <h1>${esc(p.name)}</h1><div class="pos">${esc(p.headline)}, 3 800 $</div>
  <dl>${p.facts.map(([k, v]) => `<dt>${k}:</dt><dd>${esc(v)}</dd>`).join('')}</dl>
  <div class="contact"><b>Contact information</b><br>Phone: ${p.phoneShow}<br>E-mail: ${p.email}</div>
  <h2>Work experience</h2>${jobs}
  <div class="job"><h3>Career break</h3><div class="per">from ${fd(p.gap!.start, 'MM.YYYY')} to ${fd(p.gap!.end, 'MM.YYYY')} (6 months)</div><p>${esc(p.gap!.text)}</p></div>
  <h2>Education</h2>${p.edu.map((e) => `<p><b>${esc(e.school)}</b><br>${esc(e.degree)}, ${e.start.slice(0, 4)} – ${e.end.slice(0, 4)}</p>`).join('')}
  <h2>Professional skills</h2><div class="chips">${sk(p).map((s) => `<span>${esc(s)}</span>`).join('')}</div>
  <h2>Languages</h2><p>${p.languages.map(esc).join('<br>')}</p>
  <h2>Certificates</h2><p>${p.certs.map(esc).join('<br>')}</p>
  <h2>About me</h2><p>${esc(p.summary)}</p>
  <div class="foot">Resume ID 9184227 · printed from the candidate's page</div></div>`);
}

/** C2 flex row-reverse: rail first in the source, painted on the right. */
function rowrevRail(p: Person) {
  const now = p.id === 'p05' ? 'since' : '';
  const jobs = byDateDesc(p).map((j) => `<div class="job"><div class="t"><b>${esc(j.title)}</b> · ${esc(j.company)}</div>
   <div class="d">${j.end ? rng(j, 'Mon YYYY') : now ? `since ${fd(j.start, 'Month YYYY')}` : `${fd(j.start, 'Mon YYYY')} – now`} · ${esc(j.city)}</div><ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul></div>`).join('');
  const nm = p.alt ? `${esc(p.name)} <small>${esc(p.alt)}</small>` : esc(p.name);
  return page(`.row{display:flex;flex-direction:row-reverse;gap:0;min-height:260mm} .rail{width:31%;background:#f1ece4;padding:14px 12px;font-size:9pt} .main{flex:1;padding:4px 18px 0 4px}
  h1{font-size:22pt;color:#7a3e1d;font-weight:400} h1 small{font-size:12pt;color:#555} .hl{font-size:11pt;margin:2px 0 10px;letter-spacing:.5px;text-transform:uppercase;color:#555}
  h2{font-size:10.5pt;color:#7a3e1d;border-bottom:1px solid #d8c7b5;margin:12px 0 5px;padding-bottom:2px} .rail h2{margin-top:8px} .job{margin-bottom:8px} .d{color:#777;font-size:9pt} .rail p{margin-bottom:3px}`,
  `<div class="row"><aside class="rail"><h2>Contact</h2><p>${I_PHONE}${p.phoneShow}</p><p>${I_MAIL}${p.email}</p><p>${I_PIN}${esc(p.address)}</p>
  ${p.facts.length ? `<h2>Personal data</h2>${p.facts.map(([k, v]) => `<p>${k}: ${esc(v)}</p>`).join('')}` : ''}
  <h2>Skills</h2>${sk(p).map((s) => `<p>— ${esc(s)}</p>`).join('')}<h2>Languages</h2>${p.languages.map((l) => `<p>${esc(l)}</p>`).join('')}
  ${p.certs.length ? `<h2>Certificates</h2>${p.certs.map((l) => `<p>${esc(l)}</p>`).join('')}` : ''}</aside>
  <main class="main"><h1>${nm}</h1><div class="hl">${esc(p.headline)}</div><p>${esc(p.summary)}</p>
  <h2>Professional experience</h2>${jobs}<h2>Education</h2>${p.edu.map((e) => `<p><b>${esc(e.degree)}</b><br>${esc(e.school)} · ${rng(e, 'Mon YYYY')}</p>`).join('')}</main></div>`);
}

/** C3 early-2000s personal homepage résumé: bordered HTML table, nav links, visitor counter. */
function homepageTable(p: Person) {
  const mixed = p.lang === 'mixed';
  const rows = byDateDesc(p).map((j) => `<tr><th valign=top nowrap>${rng(j, 'MM/YYYY', ' - ', mixed ? 'Present 至今' : 'Present')}</th><td valign=top><b>${esc(j.company)}</b>, ${esc(j.city)}<br><i>${esc(j.title)}</i></td><td>${j.duties.map(esc).join('<br>')}</td></tr>`).join('');
  return page(`body{font-family:'Liberation Serif','WenQuanYi Zen Hei',serif;background:#ffffee;font-size:10.5pt} .nav{text-align:center;font-size:9.5pt;margin:6px 0} a{color:#00c}
  table{border-collapse:separate;width:100%;margin:6px 0 10px} td,th{border:1px solid #888;padding:4px 5px;font-size:9.5pt;text-align:left} th{background:#ccccff;font-weight:bold}
  h1{text-align:center;font-size:20pt;color:#800000} h2{background:#000080;color:#fff;font-size:11pt;padding:2px 6px;margin-top:8px} hr{border:0;border-top:2px groove #999} .ctr{text-align:center;font-size:8.5pt;color:#555}`,
  `<h1>${esc(p.name)}${mixed ? ` (${esc(p.alt!)})` : ''}</h1><div class="nav">[ <a>Home</a> | <a>Résumé</a> | <a>Photos</a> | <a>Links</a> | <a>Guestbook</a> ]</div><hr>
  <p style="text-align:center">${esc(p.address)}<br>Cell: ${p.phoneShow} &nbsp;·&nbsp; E-mail: <a>${p.email}</a></p>
  <h2>Objective</h2><p>${esc(p.summary)}</p>
  <h2>Work History</h2><table><tr><th>Dates</th><th>Employer / Position</th><th>What I did</th></tr>${rows}</table>
  <h2>Skills</h2><table><tr>${sk(p).map((s, i) => `<td>${esc(s)}</td>${i % 3 === 2 ? '</tr><tr>' : ''}`).join('')}</tr></table>
  <h2>Education</h2><table>${p.edu.map((e) => `<tr><th>${fd(e.start, 'MM/YYYY')} - ${fd(e.end, 'MM/YYYY')}</th><td>${esc(e.school)}</td><td>${esc(e.degree)}</td></tr>`).join('')}</table>
  <h2>Certifications</h2><ul>${p.certs.map((c) => `<li>${esc(c)}</li>`).join('')}</ul><h2>Languages</h2><p>${p.languages.map(esc).join(' &middot; ')}</p>
  <hr><p class="ctr">Last updated: November 2026 &nbsp;|&nbsp; You are visitor no. 004127 &nbsp;|&nbsp; Best viewed at 1024×768</p>`);
}

/** C4 Chinese two-column cards with date badges; contact FIRST in the right rail. */
function zhBadgeCards(p: Person) {
  const jobs = byDateDesc(p).map((j) => `<div class="card"><span class="badge">${rng(j, 'YYYY.MM', '–', '至今')}</span><h3>${esc(j.company)}</h3><div class="ti">${esc(j.title)} · ${esc(j.city)}</div>
   <ol>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ol></div>`).join('');
  return page(`body{font-family:'WenQuanYi Zen Hei',sans-serif} .head{background:#1f6f78;color:#fff;padding:14px 16px;margin-bottom:10px} .head h1{font-size:22pt;letter-spacing:4px} .head p{opacity:.9}
  .g{display:grid;grid-template-columns:1fr 32%;gap:14px} h2{font-size:12pt;color:#1f6f78;margin:4px 0 8px;border-left:4px solid #1f6f78;padding-left:6px}
  .card{position:relative;border:1px solid #dbe6e7;border-radius:6px;padding:8px 10px 6px;margin-bottom:8px} .badge{position:absolute;right:8px;top:8px;background:#e6f2f3;color:#1f6f78;border-radius:10px;padding:1px 8px;font-size:8.5pt}
  h3{font-size:10.5pt} .ti{color:#666;font-size:9pt;margin-bottom:3px} ol{margin:0;padding-left:18px} .side{background:#f6f8f8;padding:10px} .side p{margin-bottom:4px;font-size:9pt} .tag{display:inline-block;border:1px solid #1f6f78;color:#1f6f78;border-radius:3px;padding:0 5px;margin:0 4px 4px 0;font-size:9pt}`,
  `<div class="head"><h1>${esc(p.name)}</h1><p>求职意向：${esc(p.headline)}</p></div><div class="g"><div><h2>个人简介</h2><p style="margin-bottom:10px">${esc(p.summary)}</p><h2>工作经历</h2>${jobs}
  <h2>教育背景</h2>${p.edu.map((e) => `<p>${rng(e, 'YYYY.MM', '–')}　${esc(e.school)}　${esc(e.degree)}</p>`).join('')}</div>
  <div class="side"><h2>联系方式</h2><p>手机：${p.phoneShow}</p><p>邮箱：${p.email}</p>${p.other.map(([k, v]) => `<p>${k}：${v}</p>`).join('')}<p>地址：${esc(p.address)}</p>
  <h2>基本信息</h2>${p.facts.map(([k, v]) => `<p>${k}：${esc(v)}</p>`).join('')}<h2>专业技能</h2><div>${sk(p).map((s) => `<span class="tag">${esc(s)}</span>`).join('')}</div>
  <h2>证书</h2>${p.certs.map((c) => `<p>${esc(c)}</p>`).join('')}<h2>语言</h2>${p.languages.map((c) => `<p>${esc(c)}</p>`).join('')}</div></div>`, 'zh');
}

/** C5 Scottish CV: personal profile box, key skills in two columns, dates line first then "Title, Employer, City". */
function scotProfile(p: Person) {
  const jobs = byDateDesc(p).map((j) => `<div class="job"><div class="d">${rng(j, 'Month YYYY', ' – ', 'present')}</div><div><b>${esc(j.title)}</b>, ${esc(j.company)}, ${esc(j.city)}</div><ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul></div>`).join('');
  return page(`body{font-family:'Liberation Sans',sans-serif;font-size:10.5pt} h1{font-size:24pt;font-weight:700;color:#1d3557} .ct{margin:3px 0 10px;font-size:9.5pt;color:#333}
  h2{font-size:11pt;text-transform:uppercase;letter-spacing:1px;color:#1d3557;border-bottom:2px solid #1d3557;margin:12px 0 6px} .box{border:1px solid #a8b8cc;background:#f3f6fa;padding:8px 10px}
  .cols{columns:2;column-gap:24px} .cols li{break-inside:avoid} .job{margin-bottom:8px} .d{font-weight:700;color:#555;font-size:9.5pt}`,
  `<h1>${esc(p.name)}</h1><div class="ct">${esc(p.address)}<br>Mobile: ${p.phoneShow} &nbsp;|&nbsp; Home: ${p.other[0][1]} &nbsp;|&nbsp; Email: ${p.email}</div>
  <h2>Personal Profile</h2><div class="box">${esc(p.summary)}</div><h2>Key Skills</h2><ul class="cols">${sk(p).map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
  <h2>Employment History</h2>${jobs}<h2>Education &amp; Qualifications</h2>${p.edu.map((e) => `<p><b>${e.start.slice(0, 4)} – ${e.end.slice(0, 4)}</b> &nbsp; ${esc(e.degree)}, ${esc(e.school)}</p>`).join('')}
  <h2>Professional Memberships &amp; Licences</h2><ul>${p.certs.map((c) => `<li>${esc(c)}</li>`).join('')}</ul><h2>Languages</h2><p>${p.languages.map(esc).join('; ')}</p>
  <h2>Interests</h2><p>Hill walking (completed 112 Munros), shinty coaching for under-12s, local history.</p><h2>References</h2><p>Available on request.</p>`);
}

/** C7 Ugandan NGO CV: labelled Position / Organisation / Duration blocks, referees, declaration. */
function ugNgo(p: Person) {
  const jobs = byDateDesc(p).map((j) => `<table class="kv"><tr><td>Position:</td><td><b>${esc(j.title)}</b></td></tr><tr><td>Organisation:</td><td>${esc(j.company)}, ${esc(j.city)}</td></tr>
   <tr><td>Duration:</td><td>${j.end ? rng(j, 'Month YYYY', ' to ') : `${fd(j.start, 'Month YYYY')} to date`}</td></tr><tr><td>Key responsibilities:</td><td><ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul></td></tr></table>`).join('');
  return page(`body{font-family:'Liberation Serif',serif;font-size:10.5pt} .cv{text-align:center;font-size:10pt;letter-spacing:3px} h1{text-align:center;font-size:17pt;text-transform:uppercase;margin:2px 0}
  .ct{text-align:center;margin-bottom:8px} h2{font-size:11pt;text-transform:uppercase;text-decoration:underline;margin:11px 0 5px} .kv{border-collapse:collapse;margin-bottom:7px;width:100%} .kv td{vertical-align:top;padding:1px 4px}
  .kv td:first-child{width:150px;font-weight:bold} .refs{display:grid;grid-template-columns:1fr 1fr;gap:8px}`,
  `<div class="cv">CURRICULUM VITAE</div><h1>${esc(p.name)}</h1><div class="ct">${esc(p.address)}<br>Tel: ${p.phoneShow} / ${p.other[0][1]} &nbsp; Email: ${p.email}</div>
  <h2>Personal profile</h2><p>${esc(p.summary)}</p><h2>Personal details</h2><table class="kv">${p.facts.map(([k, v]) => `<tr><td>${k}:</td><td>${esc(v)}</td></tr>`).join('')}</table>
  <h2>Key skills and competencies</h2><ul>${sk(p).map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
  <h2>Work experience</h2>${jobs}<h2>Education background</h2><table class="kv">${p.edu.map((e) => `<tr><td>${e.start.slice(0, 4)} – ${e.end.slice(0, 4)}</td><td>${esc(e.degree)}, ${esc(e.school)}</td></tr>`).join('')}</table>
  <h2>Professional training</h2><ul>${p.certs.map((c) => `<li>${esc(c)}</li>`).join('')}</ul><h2>Languages</h2><p>${p.languages.map(esc).join('; ')}</p>
  <h2>Referees</h2><div class="refs"><p>Dr. Sarah Nakato<br>Country Director, Equatorial Health Partners Uganda<br>Tel: +256 414 530 218<br>snakato@ehp-uganda.org</p><p>Mr. Joseph Okello<br>Programme Manager, Nile Basin Health Alliance<br>Tel: +256 782 640 117<br>j.okello@nbha.or.ug</p></div>
  <h2>Declaration</h2><p>I, ${esc(p.name)}, declare that the information given above is true to the best of my knowledge.</p><p style="margin-top:10px">Signature: ....................... &nbsp;&nbsp; Date: 30/11/2026</p>`);
}

/** C8 Taiwanese two-column: grey left rail (聯絡方式 / 專長 / 語言 / 證照), main with date column inside each entry. */
function tw2colHant(p: Person) {
  const jobs = byDateDesc(p).map((j) => `<div class="job"><div class="dt">${fd(j.start, 'YYYY/MM')}～<br>${j.end ? fd(j.end, 'YYYY/MM') : '現在'}</div><div><b>${esc(j.company)}</b><div class="ti">${esc(j.title)}｜${esc(j.city)}</div><ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul></div></div>`).join('');
  return page(`body{font-family:'WenQuanYi Zen Hei',sans-serif} .g{display:grid;grid-template-columns:62mm 1fr;min-height:262mm} .rail{background:#eceff1;padding:14px 12px;font-size:9pt} .rail h2{font-size:10.5pt;color:#37474f;margin:10px 0 4px}
  .rail p{margin-bottom:3px} .main{padding:6px 0 0 16px} h1{font-size:24pt;color:#37474f} .sub{color:#607d8b;margin-bottom:10px} .main h2{font-size:12pt;color:#37474f;border-bottom:1px solid #90a4ae;margin:10px 0 6px}
  .job{display:grid;grid-template-columns:70px 1fr;gap:8px;margin-bottom:8px} .dt{color:#607d8b;font-size:9pt} .ti{color:#555;font-size:9pt}`,
  `<div class="g"><aside class="rail"><div style="width:30mm;height:36mm;margin:0 auto 8px">${svgPerson}</div><h2>聯絡方式</h2><p>手機 ${p.phoneShow}</p>${p.other.map(([k, v]) => `<p>${k} ${v}</p>`).join('')}<p>${p.email}</p><p>${esc(p.address)}</p>
  <h2>個人資料</h2>${p.facts.map(([k, v]) => `<p>${k}：${esc(v)}</p>`).join('')}<h2>專長</h2>${sk(p).map((s) => `<p>▸ ${esc(s)}</p>`).join('')}<h2>語言能力</h2>${p.languages.map((s) => `<p>${esc(s)}</p>`).join('')}
  <h2>專業證照</h2>${p.certs.map((s) => `<p>${esc(s)}</p>`).join('')}</aside><main class="main"><h1>${esc(p.name)}</h1><div class="sub">${esc(p.headline)}</div><p>${esc(p.summary)}</p>
  <h2>工作經歷</h2>${jobs}<h2>學歷</h2>${p.edu.map((e) => `<p>${fd(e.start, 'YYYY/MM')}～${fd(e.end, 'YYYY/MM')}　${esc(e.school)}　${esc(e.degree)}</p>`).join('')}</main></div>`, 'zh-TW');
}

/** C9 Chinese ATS (recruiting system) print: application band, label/value table, work table, skills with 熟练程度. */
function zhAtsPrint(p: Person) {
  const lv = ['精通', '熟练', '熟练', '熟悉'];
  return page(`body{font-family:'WenQuanYi Zen Hei',sans-serif;font-size:9.5pt} .band{display:flex;justify-content:space-between;background:#fafafa;border:1px solid #ddd;padding:5px 8px;font-size:8.5pt;color:#666;margin-bottom:8px}
  h1{font-size:17pt;margin:2px 0 6px} h2{font-size:10.5pt;background:#eef3fb;border-left:3px solid #2b6cb0;padding:3px 6px;margin:10px 0 4px} table{width:100%;border-collapse:collapse} td,th{border:1px solid #ccd;padding:4px 5px;vertical-align:top;text-align:left}
  th{background:#f5f7fa;font-weight:normal;color:#555;white-space:nowrap} .lab{background:#f5f7fa;color:#555;width:13%}`,
  `<div class="band"><span>应聘职位：${esc(p.headline)}　|　简历来源：官网投递　|　投递时间：2026-11-28 09:41</span><span>候选人编号 C20261128-0372</span></div>
  <h1>${esc(p.name)}</h1><h2>基本信息</h2><table><tr><td class="lab">姓名</td><td>${esc(p.name)}</td><td class="lab">${p.facts[0][0]}</td><td>${p.facts[0][1]}</td></tr>
  <tr><td class="lab">手机</td><td>${p.phoneShow}</td><td class="lab">邮箱</td><td>${p.email}</td></tr><tr><td class="lab">${p.facts[1][0]}</td><td>${p.facts[1][1]}</td><td class="lab">${p.facts[2][0]}</td><td>${p.facts[2][1]}</td></tr>
  <tr><td class="lab">最高学历</td><td>本科</td><td class="lab">工作年限</td><td>${p.id === 'p09' ? '10年' : '12年'}</td></tr></table>
  <h2>工作经历</h2><table><tr><th>时间</th><th>公司</th><th>职位</th><th>工作描述</th></tr>${byDateDesc(p).map((j) => `<tr><td style="white-space:nowrap">${rng(j, 'YYYY-MM', ' ~ ', '至今')}</td><td>${esc(j.company)}</td><td>${esc(j.title)}</td><td>${j.duties.map((d, i) => `${i + 1}. ${esc(d)}`).join('<br>')}</td></tr>`).join('')}
  ${p.gap ? `<tr><td>${fd(p.gap.start, 'YYYY-MM')} ~ ${fd(p.gap.end, 'YYYY-MM')}</td><td colspan="3">（空档期）${esc(p.gap.text)}</td></tr>` : ''}</table>
  <h2>教育经历</h2><table><tr><th>时间</th><th>学校</th><th>专业 / 学历</th></tr>${p.edu.map((e) => `<tr><td>${rng(e, 'YYYY-MM', ' ~ ')}</td><td>${esc(e.school)}</td><td>${esc(e.degree)}</td></tr>`).join('')}</table>
  <h2>专业技能</h2><table><tr><th>技能名称</th><th>熟练程度</th><th>技能名称</th><th>熟练程度</th></tr>${Array.from({ length: Math.ceil(sk(p).length / 2) }, (_, r) => `<tr>${[0, 1].map((c) => { const s = sk(p)[r * 2 + c]; return s ? `<td>${esc(s)}</td><td>${lv[(r + c) % 4]}</td>` : '<td></td><td></td>'; }).join('')}</tr>`).join('')}</table>
  <h2>证书 / 语言</h2><table><tr><td class="lab">证书</td><td>${p.certs.map(esc).join('；')}</td></tr><tr><td class="lab">语言</td><td>${p.languages.map(esc).join('；')}</td></tr></table>
  <h2>自我评价</h2><p>${esc(p.summary)}</p><h2>HR 备注</h2><table><tr><td class="lab">招聘负责人</td><td>王女士　0571-8812 6630（内线 806）</td><td class="lab">面试状态</td><td>待安排</td></tr></table>`, 'zh');
}

/** C10 Malaysian two-column résumé on a grid: photo silhouette, English + Chinese name, expected salary in the rail. */
function myGridPhoto(p: Person) {
  const jobs = byDateDesc(p).map((j) => `<div class="job"><div class="top"><b>${esc(j.title)}</b><span>${rng(j, 'Mon YYYY')}</span></div><div class="co">${esc(j.company)} — ${esc(j.city)}</div><ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul></div>`).join('');
  return page(`.g{display:grid;grid-template-columns:1fr 2fr;gap:0;min-height:262mm} .rail{background:#12355b;color:#e9eef5;padding:14px 12px;font-size:9pt} .rail h2{color:#ffd166;font-size:10pt;letter-spacing:1px;margin:12px 0 4px;text-transform:uppercase}
  .rail p{margin-bottom:3px} .ph{width:34mm;height:40mm;margin:0 auto 6px;border:3px solid #ffd166} .main{padding:8px 0 0 16px} h1{font-size:20pt;color:#12355b} .zh{font-size:15pt;color:#555;margin-left:6px}
  .main h2{font-size:11pt;color:#12355b;text-transform:uppercase;border-bottom:2px solid #ffd166;margin:10px 0 5px} .job{margin-bottom:7px} .top{display:flex;justify-content:space-between} .top span{color:#666;font-size:9pt} .co{font-style:italic;color:#444}`,
  `<div class="g"><aside class="rail"><div class="ph">${svgPerson}</div><h2>Contact</h2><p>${I_PHONE}${p.phoneShow}</p><p>${I_PHONE}${p.other[0][1]} (office)</p><p>${I_MAIL}${p.email}</p><p>${I_PIN}${esc(p.address)}</p>
  <h2>Details</h2>${p.facts.map(([k, v]) => `<p>${k}: ${esc(v)}</p>`).join('')}<h2>Skills</h2>${sk(p).map((s) => `<p>• ${esc(s)}</p>`).join('')}<h2>Languages</h2>${p.languages.map((s) => `<p>${esc(s)}</p>`).join('')}</aside>
  <main class="main"><h1>${esc(p.alt!.toUpperCase())}<span class="zh">${esc(p.name)}</span></h1><p style="color:#666;margin-bottom:8px">${esc(p.headline)}</p><p>${esc(p.summary)}</p>
  <h2>Work Experience</h2>${jobs}<h2>Education</h2>${p.edu.map((e) => `<p><b>${esc(e.degree)}</b>, ${esc(e.school)} (${rng(e, 'Mon YYYY')})</p>`).join('')}<h2>Certifications</h2><ul>${p.certs.map((c) => `<li>${esc(c)}</li>`).join('')}</ul></main></div>`);
}

/** C11 Hong Kong bilingual CV built as HTML tables: particulars, Period 期間 / Company 公司 / Position 職位 / Duties 職責. */
function hkBilingualTable(p: Person) {
  return page(`body{font-family:'Liberation Sans','WenQuanYi Zen Hei',sans-serif;font-size:9.5pt} h1{font-size:16pt;text-align:center;margin-bottom:6px} h2{font-size:10.5pt;margin:10px 0 3px;color:#7b1f2c}
  table{width:100%;border-collapse:collapse} td,th{border:1px solid #999;padding:4px 5px;vertical-align:top;text-align:left} th{background:#f2e6e8} .l{background:#f7f7f7;width:24%}`,
  `<h1>Curriculum Vitae 個人履歷</h1><h2>Personal Particulars 個人資料</h2><table><tr><td class="l">Name 姓名</td><td>${esc(p.name)}　${esc(p.alt!)}</td></tr><tr><td class="l">Mobile 手提電話</td><td>${p.phoneShow}</td></tr>
  <tr><td class="l">Office 辦公室電話</td><td>${p.other[0][1]}</td></tr><tr><td class="l">E-mail 電郵</td><td>${p.email}</td></tr><tr><td class="l">Address 地址</td><td>${esc(p.address)}</td></tr>
  ${p.facts.map(([k, v]) => `<tr><td class="l">${k}</td><td>${esc(v)}</td></tr>`).join('')}</table>
  <h2>Employment History 工作經驗</h2><table><tr><th style="width:19%">Period 期間</th><th style="width:27%">Company 公司</th><th style="width:20%">Position 職位</th><th>Duties 職責</th></tr>
  ${byDateDesc(p).map((j) => `<tr><td>${rng(j, 'MM/YYYY', ' – ', 'Present 至今')}</td><td>${esc(j.company)}</td><td>${esc(j.title)}</td><td>${j.duties.map((d) => `• ${esc(d)}`).join('<br>')}</td></tr>`).join('')}</table>
  <h2>Education 學歷</h2><table><tr><th>Period 期間</th><th>Institution 院校</th><th>Qualification 學歷</th></tr>${p.edu.map((e) => `<tr><td>${rng(e, 'MM/YYYY')}</td><td>${esc(e.school)}</td><td>${esc(e.degree)}</td></tr>`).join('')}</table>
  <h2>Skills 技能</h2><table><tr>${sk(p).map((s, i) => `<td>${esc(s)}</td>${i % 3 === 2 ? '</tr><tr>' : ''}`).join('')}<td></td><td></td></tr></table>
  <h2>Professional Qualifications 專業資格</h2><table>${p.certs.map((c) => `<tr><td>${esc(c)}</td></tr>`).join('')}</table>
  <h2>Languages 語言</h2><table><tr>${p.languages.map((l) => `<td>${esc(l)}</td>`).join('')}</tr></table>`, 'zh-HK');
}

/** C12 Canadian (Québec) single column with EN/FR headings and ISO dates; each job header is one line. */
function qcBilingual(p: Person) {
  const jobs = byDateDesc(p).map((j) => `<div class="job"><div class="h"><span class="d">${rng(j, 'YYYY-MM', ' – ', 'present / présent')}</span><b>${esc(j.title)}</b> · ${esc(j.company)}, ${esc(j.city)}</div><ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul></div>`).join('');
  return page(`h1{font-size:21pt;font-weight:300;letter-spacing:1px} .ct{font-size:9pt;color:#444;margin:3px 0 10px;border-bottom:1px solid #bbb;padding-bottom:6px}
  h2{font-size:10pt;color:#b00020;margin:11px 0 5px;letter-spacing:1px} h2 i{color:#777;font-weight:normal} .h .d{display:inline-block;width:150px;color:#555;font-variant-numeric:tabular-nums} .job ul{margin-left:150px} .job{margin-bottom:6px}`,
  `<h1>${esc(p.name)}</h1><div class="ct">${esc(p.address)} &nbsp;|&nbsp; Cell. ${p.phoneShow} &nbsp;|&nbsp; Bur. / Office ${p.other[0][1]} &nbsp;|&nbsp; ${p.email}</div>
  <h2>PROFILE <i>/ PROFIL</i></h2><p>${esc(p.summary)}</p><h2>EXPERIENCE <i>/ EXPÉRIENCE</i></h2>${jobs}
  <h2>EDUCATION <i>/ FORMATION</i></h2>${p.edu.map((e) => `<p><span style="display:inline-block;width:150px;color:#555">${rng(e, 'YYYY-MM')}</span>${esc(e.degree)} — ${esc(e.school)}</p>`).join('')}
  <h2>SKILLS <i>/ COMPÉTENCES</i></h2><p>${sk(p).map(esc).join(' · ')}</p><h2>CERTIFICATION</h2><p>${p.certs.map(esc).join('; ')}</p><h2>LANGUAGES <i>/ LANGUES</i></h2><p>${p.languages.map(esc).join(' · ')}</p>`);
}

/** C13 Mauritian two-column CV with French / English headings and French month dates. */
function muFrEn(p: Person) {
  const jobs = byDateDesc(p).map((j) => `<div class="job"><div class="d">${j.end ? rng(j, 'fr') : `depuis ${fd(j.start, 'fr')}`}</div><b>${esc(j.title)}</b><div class="co">${esc(j.company)} — ${esc(j.city)}</div><ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul></div>`).join('');
  return page(`.g{display:grid;grid-template-columns:58mm 1fr;gap:16px} .rail{border-right:2px solid #0a7e5c;padding-right:12px;font-size:9pt} .rail p{margin-bottom:3px} h1{font-size:21pt;color:#0a7e5c;margin-bottom:2px}
  h2{font-size:10pt;color:#0a7e5c;text-transform:uppercase;margin:11px 0 4px} h2 span{color:#888;font-weight:normal;text-transform:none} .job{margin-bottom:7px} .d{color:#0a7e5c;font-size:9pt} .co{color:#555}`,
  `<h1>${esc(p.name)}</h1><p style="margin-bottom:10px;color:#555">${esc(p.headline)} · ACCA</p><div class="g"><aside class="rail"><h2>Contact</h2><p>Mobile : ${p.phoneShow}</p><p>Domicile / Home : ${p.other[0][1]}</p><p>${p.email}</p><p>${esc(p.address)}</p>
  <h2>Informations <span>/ Personal details</span></h2>${p.facts.map(([k, v]) => `<p>${k} : ${esc(v)}</p>`).join('')}<h2>Compétences <span>/ Skills</span></h2>${sk(p).map((s) => `<p>• ${esc(s)}</p>`).join('')}
  <h2>Langues <span>/ Languages</span></h2>${p.languages.map((s) => `<p>${esc(s)}</p>`).join('')}<h2>Qualification</h2>${p.certs.map((s) => `<p>${esc(s)}</p>`).join('')}</aside>
  <main><h2>Profil <span>/ Profile</span></h2><p>${esc(p.summary)}</p><h2>Expérience professionnelle <span>/ Work experience</span></h2>${jobs}
  <h2>Formation <span>/ Education</span></h2>${p.edu.map((e) => `<p class="d">${rng(e, 'fr')}</p><p><b>${esc(e.degree)}</b>, ${esc(e.school)}</p>`).join('')}</main></div>`, 'fr');
}

/** C14 Portuguese-style CV: "Personal Information" label rows, dates first "2019/07 – present". */
function ptPersonal(p: Person) {
  const jobs = byDateDesc(p).map((j) => `<div class="row"><div class="k">${rng(j, 'YYYY/MM', ' – ', 'present')}</div><div><b>${esc(j.title)}</b> | ${esc(j.company)}, ${esc(j.city)}<ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul></div></div>`).join('');
  return page(`body{font-family:'Liberation Serif',serif;font-size:10.5pt} .t{font-size:9pt;letter-spacing:4px;color:#777} h1{font-size:20pt} h2{font-size:11pt;color:#004c6d;margin:12px 0 5px;border-bottom:1px dotted #004c6d}
  .row{display:flex;gap:10px;margin-bottom:5px} .k{width:150px;flex:none;color:#555}`,
  `<div class="t">CURRICULUM VITAE</div><h1>${esc(p.name)}</h1><h2>Personal Information</h2>
  <div class="row"><div class="k">Address</div><div>${esc(p.address)}</div></div><div class="row"><div class="k">Mobile</div><div>${p.phoneShow}</div></div><div class="row"><div class="k">E-mail</div><div>${p.email}</div></div>
  ${p.facts.map(([k, v]) => `<div class="row"><div class="k">${k}</div><div>${esc(v)}</div></div>`).join('')}
  <h2>Professional Experience</h2>${jobs}<h2>Education and Training</h2>${p.edu.map((e) => `<div class="row"><div class="k">${rng(e, 'YYYY/MM')}</div><div>${esc(e.degree)}<br>${esc(e.school)}</div></div>`).join('')}
  <h2>Skills</h2><div class="row"><div class="k">Technical</div><div>${sk(p).map(esc).join('; ')}</div></div><h2>Languages</h2>${p.languages.map((l) => `<div>${esc(l)}</div>`).join('')}`);
}

/** C15 Taiwanese single-column 履歷 with 年資 in brackets and a 自傳 paragraph. */
function twSingle(p: Person) {
  const jobs = byDateDesc(p).map((j) => `<div class="job"><div class="h"><b>${esc(j.company)}</b><span>${fd(j.start, 'YYYY年M月')}～${j.end ? fd(j.end, 'YYYY年M月') : '現在'}（${durZh(j, true)}）</span></div><div>${esc(j.title)}</div><ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul></div>`).join('');
  return page(`body{font-family:'WenQuanYi Zen Hei',serif;font-size:10.5pt} h1{font-size:24pt;text-align:center;letter-spacing:8px} .ct{text-align:center;font-size:9.5pt;margin-bottom:8px}
  h2{font-size:12pt;background:#333;color:#fff;padding:2px 8px;margin:12px 0 6px} .h{display:flex;justify-content:space-between} .h span{color:#555;font-size:9.5pt} .job{margin-bottom:7px}`,
  `<h1>${esc(p.name)}</h1><div class="ct">${esc(p.headline)}<br>手機：${p.phoneShow}　市話：${p.other[0][1]}　E-mail：${p.email}<br>${esc(p.address)}</div>
  <h2>基本資料</h2><p>${p.facts.map(([k, v]) => `${k}：${esc(v)}`).join('　')}</p><h2>工作經歷</h2>${jobs}
  <h2>學歷</h2>${p.edu.map((e) => `<p>${esc(e.school)}　${esc(e.degree)}　${fd(e.start, 'YYYY年M月')}～${fd(e.end, 'YYYY年M月')}</p>`).join('')}
  <h2>專長技能</h2><p>${sk(p).map(esc).join('、')}</p><h2>證照</h2><p>${p.certs.map(esc).join('、')}</p><h2>語言</h2><p>${p.languages.map(esc).join('　')}</p>
  <h2>自傳</h2><p>${esc(p.summary)}我出生於台中，畢業後一直在中部從事機構設計工作，從助理工程師做到課長，重視設計與現場製造的溝通。</p>`, 'zh-TW');
}

/** C16 Chinese single-column with left-bar headings; company left, date floated right; 休整 line for the gap. */
function zhSingleBar(p: Person) {
  const items = byDateDesc(p).map((j) => `<div class="job"><div class="h"><b>${esc(j.company)}</b><span>${fd(j.start, 'YYYY年M月')} - ${j.end ? fd(j.end, 'YYYY年M月') : '至今'}</span></div><div class="ti">${esc(j.title)}</div><p>工作内容：${j.duties.map(esc).join('；')}。</p></div>`);
  if (p.gap) items.splice(1, 0, `<div class="job gap">${fd(p.gap.start, 'YYYY.MM')} - ${fd(p.gap.end, 'YYYY.MM')}　${esc(p.gap.text)}</div>`);
  return page(`body{font-family:'WenQuanYi Zen Hei',sans-serif} .top{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:2px solid #2f5597;padding-bottom:6px} h1{font-size:24pt}
  h2{font-size:12pt;border-left:5px solid #2f5597;padding-left:8px;margin:12px 0 6px} .h{display:flex;justify-content:space-between} .h span{color:#666} .ti{color:#2f5597} .job{margin-bottom:7px} .gap{color:#888;font-style:italic}`,
  `<div class="top"><div><h1>${esc(p.name)}</h1><div>${esc(p.headline)}</div></div><div style="text-align:right;font-size:9.5pt">电话：${p.phoneShow}<br>邮箱：${p.email}<br>${esc(p.address)}</div></div>
  <h2>基本情况</h2><p>${p.facts.map(([k, v]) => `${k}：${esc(v)}`).join('　｜　')}</p><h2>工作经历</h2>${items.join('')}
  <h2>教育背景</h2>${p.edu.map((e) => `<div class="h"><b>${esc(e.school)}</b><span>${fd(e.start, 'YYYY年M月')} - ${fd(e.end, 'YYYY年M月')}</span></div><p>${esc(e.degree)}</p>`).join('')}
  <h2>专业技能</h2><ul>${sk(p).map((s) => `<li>${esc(s)}</li>`).join('')}</ul><h2>资格证书</h2><p>${p.certs.map(esc).join('　')}</p><h2>语言能力</h2><p>${p.languages.map(esc).join('　')}</p><h2>自我评价</h2><p>${esc(p.summary)}</p>`, 'zh');
}

/** C17 parallel bilingual CV: the same content in English (left) and Chinese (right) columns. */
function bilingualParallel(p: Person) {
  const zhTitle: Record<string, string> = { 'UX Design Intern': '用户体验设计实习生', 'Junior UX Designer': '初级用户体验设计师', 'Senior UX Designer': '高级用户体验设计师', 'Design Lead': '设计负责人' };
  const en = byDateDesc(p).map((j) => `<div class="job"><b>${esc(j.title)}</b><div>${esc(j.company)}, ${esc(j.city)}</div><div class="d">${rng(j, 'Mon YYYY')}</div><ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul></div>`).join('');
  const zh = byDateDesc(p).map((j) => `<div class="job"><b>${zhTitle[j.title]}</b><div>${esc(j.company)}（${j.city === 'London' ? '伦敦' : '上海'}）</div><div class="d">${rng(j, 'YYYY.MM', ' – ', '至今')}</div></div>`).join('');
  return page(`body{font-size:9.5pt} .hd{text-align:center;border-bottom:1px solid #333;padding-bottom:6px;margin-bottom:8px} h1{font-size:22pt;font-weight:400} h1 span{font-size:14pt;color:#666}
  .cols{display:grid;grid-template-columns:1fr 1fr;gap:0} .cols>div{padding:0 12px} .cols>div+div{border-left:1px solid #ccc;font-family:'WenQuanYi Zen Hei',sans-serif}
  h2{font-size:10pt;text-transform:uppercase;letter-spacing:1px;margin:9px 0 4px;color:#a23b2a} .job{margin-bottom:6px} .d{color:#777}`,
  `<div class="hd"><h1>${esc(p.name)} <span>${esc(p.alt!)}</span></h1><div>${p.phoneShow} · ${p.email} · ${esc(p.address)}</div></div>
  <div class="cols"><div><h2>Profile</h2><p>${esc(p.summary)}</p><h2>Experience</h2>${en}<h2>Education</h2>${p.edu.map((e) => `<p><b>${esc(e.school)}</b><br>${esc(e.degree)}, ${rng(e, 'Mon YYYY')}</p>`).join('')}
  <h2>Skills</h2><p>${sk(p).map(esc).join(', ')}</p><h2>Languages</h2><p>${p.languages.map(esc).join(', ')}</p></div>
  <div><h2>个人简介</h2><p>伦敦受训的用户体验设计师，2019 年起在上海从事出行与 SaaS 产品设计。</p><h2>工作经历</h2>${zh}<h2>教育背景</h2>${p.edu.map((e) => `<p><b>${esc(e.school)}</b><br>${esc(e.degree)}，${rng(e, 'YYYY.MM')}</p>`).join('')}
  <h2>技能</h2><p>${sk(p).map(esc).join('、')}</p><h2>证书</h2><p>${p.certs.map(esc).join('、')}</p></div></div>`, 'en');
}

// ---------------------------------------------------------------- DOCX helpers and templates
type RunOpt = { b?: boolean; i?: boolean; size?: number; color?: string; caps?: boolean; sc?: boolean; font?: string };
const R = (text: string, o: RunOpt = {}) => new TextRun({ text, bold: o.b, italics: o.i, size: o.size, color: o.color, allCaps: o.caps, smallCaps: o.sc, font: o.font });
const Pa = (kids: (TextRun | ColumnBreak)[] | string, o: Record<string, unknown> = {}) => new Paragraph({ children: typeof kids === 'string' ? [R(kids)] : kids, ...o });
const NB = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: NB, bottom: NB, left: NB, right: NB, insideHorizontal: NB, insideVertical: NB };
const LB = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
const lineBorders = { top: LB, bottom: LB, left: LB, right: LB, insideHorizontal: LB, insideVertical: LB };
const C = (kids: (Paragraph | Table)[] | string, o: Record<string, unknown> = {}) => new TableCell({ children: typeof kids === 'string' ? [Pa(kids)] : kids, margins: { top: 50, bottom: 50, left: 90, right: 90 }, ...o });
const shade = (fill: string) => ({ shading: { type: ShadingType.CLEAR, color: 'auto', fill } });
const W = (pct: number) => ({ width: { size: pct, type: WidthType.PERCENTAGE } });
const bullet = (t: string, o: RunOpt = {}) => Pa([R(t, o)], { bullet: { level: 0 } });
const heading = (t: string, color = '1F3864', size = 24) => Pa([R(t, { b: true, color, size })], { spacing: { before: 200, after: 80 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color, space: 1 } } });
function mkDoc(sections: ConstructorParameters<typeof Document>[0]['sections'], zh: boolean, numbering = false) {
  return new Document({
    creator: 'Microsoft Office User',
    styles: { default: { document: { run: { font: zh ? { ascii: 'Arial', hAnsi: 'Arial', eastAsia: '微软雅黑' } : 'Arial', size: 20 }, paragraph: { spacing: { after: 40 } } } } },
    numbering: numbering ? { config: [{ reference: 'duties', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 1080, hanging: 300 } } } }] },
      { reference: 'zhnum', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1、', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 420, hanging: 420 } } } }] }] } : undefined,
    sections,
  });
}
const A4 = { size: { width: 11906, height: 16838 }, margin: { top: 1000, bottom: 1000, left: 1050, right: 1050, header: 500, footer: 500 } };

/** D1 Word CV typed with Shift+Enter: each job ONE paragraph of soft line breaks; name + contact only in the first-page header. */
function softbreakCv(p: Person) {
  const zh = p.lang === 'zh';
  const L = zh ? { prof: '个人简介', skills: '核心技能', emp: '工作经历', edu: '教育经历', q: '证书与资格', lang: '语言', ref: '证明人', refT: '可应要求提供。', cont: '个人简历（续）' }
    : { prof: 'Profile', skills: 'Key Skills', emp: 'Employment', edu: 'Education', q: 'Qualifications & Memberships', lang: 'Languages', ref: 'References', refT: 'Available on request.', cont: 'Curriculum Vitae (continued)' };
  const jobPara = (j: Job) => {
    const kids: TextRun[] = [R(zh ? `${j.company}（${j.city}）` : `${j.company}, ${j.city}`, { b: true }),
      new TextRun({ text: j.title, italics: true, break: 1 }),
      new TextRun({ text: zh ? rng(j, 'YYYY年M月', ' – ', '至今') : rng(j, 'Month YYYY', ' – ', 'present'), break: 1, color: '555555' }),
      ...j.duties.map((d) => new TextRun({ text: `– ${d}`, break: 1 }))];
    return new Paragraph({ children: kids, spacing: { after: 160 } });
  };
  const skills = sk(p); const half = Math.ceil(skills.length / 2);
  const skillRows = Array.from({ length: half }, (_, i) => Pa([R(`•  ${skills[i]}`), ...(skills[i + half] ? [new TextRun({ text: `\t•  ${skills[i + half]}` })] : [])], { tabStops: [{ type: TabStopType.LEFT, position: 4800 }] }));
  const firstHeader = new Header({ children: [Pa([R(p.name, { b: true, size: 40, color: '1F3864' })]), Pa([R(p.address, { size: 18 })]),
    Pa([R(zh ? `手机：${p.phoneShow}　${p.other[0]?.[0] ?? ''}：${p.other[0]?.[1] ?? ''}　邮箱：${p.email}` : `Mobile: ${p.phoneShow}   Home: ${p.other[0][1]}   Email: ${p.email}`, { size: 18 })], { border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: '1F3864', space: 4 } } })] });
  const contHeader = new Header({ children: [Pa([R(`${p.name} — ${L.cont}`, { size: 16, color: '808080' })], { alignment: AlignmentType.RIGHT })] });
  const footer = new Footer({ children: [Pa([R(zh ? '第 ' : 'Page ', { size: 16 }), new TextRun({ children: [PageNumber.CURRENT], size: 16 })], { alignment: AlignmentType.CENTER })] });
  return mkDoc([{ properties: { page: { ...A4, margin: { ...A4.margin, top: 2100 } }, titlePage: true }, headers: { first: firstHeader, default: contHeader }, footers: { first: footer, default: footer },
    children: [heading(L.prof), Pa(p.summary), heading(L.skills), ...skillRows, heading(L.emp), ...byDateDesc(p).map(jobPara),
      heading(L.edu), ...p.edu.map((e) => new Paragraph({ children: [R(e.school, { b: true }), new TextRun({ text: e.degree, break: 1 }), new TextRun({ text: zh ? rng(e, 'YYYY年M月', ' – ') : rng(e, 'Month YYYY'), break: 1, color: '555555' })], spacing: { after: 120 } })),
      heading(L.q), ...p.certs.map((c) => bullet(c)), heading(L.lang), Pa(p.languages.join(zh ? '；' : '; ')), heading(L.ref), Pa(L.refT)] }], zh);
}

/** D2 employer in small caps with its span on a right tab; roles under it with hanging indent and Word-numbered duties. */
function employerSmallcaps(p: Person) {
  const mixed = p.lang === 'mixed';
  const H = (en: string, zh: string) => Pa([R(mixed ? `${en.toUpperCase()}  ${zh}` : en.toUpperCase(), { b: true, size: 21, color: '2E4A3A' })], { spacing: { before: 220, after: 60 }, border: { top: { style: BorderStyle.SINGLE, size: 4, color: '2E4A3A', space: 4 } } });
  const groups: Job[][] = [];
  for (const j of byDateDesc(p)) { const g = groups.at(-1); if (g && g[0].company === j.company) g.push(j); else groups.push([j]); }
  const ds: DS = mixed ? 'YYYY.MM' : 'Mon YYYY';
  const body: Paragraph[] = [];
  for (const g of groups) {
    const first = g.at(-1)!, last = g[0];
    body.push(Pa([R(g[0].company, { b: true, sc: true, size: 22 }), R(`, ${g[0].city}`), new TextRun({ text: `\t${first.start.slice(0, 4)} – ${last.end ? last.end.slice(0, 4) : mixed ? '至今' : 'present'}`, color: '666666' })], { tabStops: [{ type: TabStopType.RIGHT, position: 9800 }], spacing: { before: 120 } }));
    for (const j of g) {
      const inst = body.length + 1;
      body.push(Pa([R(j.title, { i: true, b: true }), new TextRun({ text: `\t${rng(j, ds, ' – ', mixed ? 'Present' : 'present')}` })], { indent: { left: 720, hanging: 360 }, tabStops: [{ type: TabStopType.RIGHT, position: 9800 }] }));
      for (const d of j.duties) body.push(Pa(d, { numbering: { reference: 'duties', level: 0, instance: inst } }));
    }
  }
  return mkDoc([{ properties: { page: A4 }, children: [
    Pa([R(p.name, { b: true, size: 44, color: '2E4A3A' }), ...(mixed ? [R(`  ${p.alt}`, { size: 28, color: '666666' })] : []), new TextRun({ text: `\t${p.phoneShow}`, size: 18 })], { tabStops: [{ type: TabStopType.RIGHT, position: 9800 }] }),
    Pa([R(p.headline, { size: 22, color: '666666' }), new TextRun({ text: `\t${p.email}`, size: 18 })], { tabStops: [{ type: TabStopType.RIGHT, position: 9800 }] }),
    Pa([new TextRun({ text: `\t${p.address}`, size: 18 })], { tabStops: [{ type: TabStopType.RIGHT, position: 9800 }] }),
    H('Summary', '简介'), Pa(p.summary), H('Professional experience', '工作经历'), ...body,
    H('Skills', '技能'), Pa(sk(p).join('   ·   ')), H('Certifications', '证书'), ...p.certs.map((c) => bullet(c)),
    H('Education', '教育'), ...p.edu.map((e) => Pa([R(e.school, { b: true }), R(`, ${e.degree}`), new TextRun({ text: `\t${rng(e, ds)}` })], { tabStops: [{ type: TabStopType.RIGHT, position: 9800 }] })),
    H('Languages', '语言'), Pa(p.languages.join('   ·   ')),
  ] }], mixed, true);
}

/** D3 Commonwealth public-sector style CV: every section a bordered table; From | To | Employer | Post held | Main duties. */
function fromToGrid(p: Person) {
  const ds: DS = p.id === 'p06' ? 'DD/MM/YYYY' : 'Mon YYYY';
  const hdr = (cells: string[]) => new TableRow({ tableHeader: true, children: cells.map((t) => C([Pa([R(t, { b: true, size: 18 })])], shade('D9E2F3'))) });
  const sec = (t: string) => Pa([R(t, { b: true, caps: true, size: 22 })], { spacing: { before: 200, after: 80 } });
  const part = [['Name', p.name], ['Postal address', p.address], ['Mobile', p.phoneShow], [p.other[0][0], p.other[0][1]], ['E-mail', p.email], ...p.facts];
  const sks = sk(p);
  const rowsN = Math.ceil(sks.length / 3);
  const ref = p.id === 'p04' ? [['Dr. Sarah Nakato, Country Director, Equatorial Health Partners Uganda', '+256 414 530 218'], ['Mr. Joseph Okello, Programme Manager, Nile Basin Health Alliance', '+256 782 640 117']]
    : [['Mr. Vikash Lallmahomed, Partner, Lalit & Associés Chartered Accountants', '+230 208 4415'], ['Mrs. Nathalie Perrine, Head of Fund Services, Ebène Global Fund Services Ltd', '+230 403 9120']];
  return mkDoc([{ properties: { page: A4 }, footers: { default: new Footer({ children: [Pa([R(`CV — ${p.name}`, { size: 14, color: '888888' })], { alignment: AlignmentType.RIGHT })] }) },
    children: [Pa([R('CURRICULUM VITAE', { b: true, size: 32 })], { alignment: AlignmentType.CENTER, spacing: { after: 160 } }),
      sec('1. Personal particulars'), new Table({ ...W(100), borders: lineBorders, rows: part.map(([k, v]) => new TableRow({ children: [C([Pa([R(k, { b: true })])], { ...W(30), ...shade('F2F2F2') }), C(v, W(70))] })) }),
      sec('2. Career objective'), Pa(p.summary),
      sec('3. Employment record'), new Table({ ...W(100), borders: lineBorders, rows: [hdr(['From', 'To', 'Employer', 'Post held', 'Main duties']),
        ...byDateDesc(p).map((j) => new TableRow({ cantSplit: true, children: [C(fd(j.start, ds), W(13)), C(j.end ? fd(j.end, ds, true) : 'To date', W(13)), C([Pa(j.company), Pa([R(j.city, { i: true, size: 18 })])], W(22)), C(j.title, W(18)), C(j.duties.map((d) => bullet(d, { size: 18 })), W(34))] }))] }),
      sec('4. Academic qualifications'), new Table({ ...W(100), borders: lineBorders, rows: [hdr(['Institution', 'Qualification', 'Year']), ...p.edu.map((e) => new TableRow({ children: [C(e.school), C(e.degree), C(`${e.start.slice(0, 4)} – ${e.end.slice(0, 4)}`)] }))] }),
      sec('5. Professional qualifications'), ...p.certs.map((c) => bullet(c)),
      sec('6. Skills'), new Table({ ...W(100), borders: lineBorders, rows: Array.from({ length: rowsN }, (_, r) => new TableRow({ children: [0, 1, 2].map((c) => C(sks[r * 3 + c] ?? '', W(33))) })) }),
      sec('7. Languages'), Pa(p.languages.join(', ')),
      sec('8. Referees'), new Table({ ...W(100), borders: lineBorders, rows: [hdr(['Name and position', 'Telephone']), ...ref.map(([a, b]) => new TableRow({ children: [C(a, W(70)), C(b, W(30))] }))] }),
      Pa('I certify that the above information is correct.', { spacing: { before: 200 } }), Pa(`Signed: ________________      Date: 30/11/2026`)] }], false);
}

/** D4 Chinese Word 简历 as tables: 起止时间 | 公司名称 | 职位 | 主要业绩; 专业技能 joined with 、; 自我评价 row. */
function zhYejiTable(p: Person) {
  const lab = (t: string) => C([Pa([R(t, { b: true })], { alignment: AlignmentType.CENTER })], { ...shade('DEEAF6'), verticalAlign: VerticalAlign.CENTER });
  const f = p.facts;
  const secRow = (t: string) => new TableRow({ children: [C([Pa([R(t, { b: true, size: 22, color: 'FFFFFF' })])], { columnSpan: 4, ...shade('2F5597') })] });
  const jobs = byDateDesc(p).map((j) => new TableRow({ cantSplit: true, children: [C(rng(j, 'YYYY.MM', '-', '至今')), C(j.company), C(j.title), C(j.duties.map((d, i) => Pa(`${i + 1}. ${d}`)))] }));
  if (p.gap) jobs.splice(1, 0, new TableRow({ children: [C(`${fd(p.gap.start, 'YYYY.MM')}-${fd(p.gap.end, 'YYYY.MM')}`), C([Pa([R(p.gap.text, { i: true, color: '777777' })])], { columnSpan: 3 })] }));
  return mkDoc([{ properties: { page: A4 }, children: [
    Pa([R('个人简历', { b: true, size: 40 })], { alignment: AlignmentType.CENTER, spacing: { after: 60 } }),
    Pa([R(`求职意向：${p.headline}`, { color: '555555' })], { alignment: AlignmentType.CENTER, spacing: { after: 160 } }),
    new Table({ ...W(100), borders: lineBorders, columnWidths: [1500, 3100, 1500, 3600], rows: [
      secRow('基本信息'),
      new TableRow({ children: [lab('姓　　名'), C(p.name), lab(f[0][0]), C(f[0][1])] }),
      new TableRow({ children: [lab(f[1][0]), C(f[1][1]), lab(f[2][0]), C(f[2][1])] }),
      new TableRow({ children: [lab('手　　机'), C(p.phoneShow), lab('邮　　箱'), C(p.email)] }),
      new TableRow({ children: [lab('现居住地'), C([Pa(p.address)], { columnSpan: 3 })] }),
      secRow('工作经历'),
      new TableRow({ children: ['起止时间', '公司名称', '职位', '主要业绩'].map(lab) }), ...jobs,
      secRow('教育背景'), ...p.edu.map((e) => new TableRow({ children: [C(rng(e, 'YYYY.MM', '-')), C([Pa(e.school)], { columnSpan: 2 }), C(e.degree)] })),
      secRow('专业技能与证书'),
      new TableRow({ children: [lab('专业技能'), C([Pa(sk(p).join('、'))], { columnSpan: 3 })] }),
      new TableRow({ children: [lab('证　　书'), C([Pa(p.certs.join('、'))], { columnSpan: 3 })] }),
      new TableRow({ children: [lab('语　　言'), C([Pa(p.languages.join('、'))], { columnSpan: 3 })] }),
      secRow('自我评价'), new TableRow({ children: [C([Pa(p.summary)], { columnSpan: 4 })] }),
    ] })] }], true);
}

/** D5 Traditional-Chinese Word 履歷 table with 年資 column; duties row under each job; bilingual headers for HK. */
function hantNianziTable(p: Person) {
  const hk = p.lang === 'mixed';
  const T = (zh: string, en: string) => (hk ? `${en} ${zh}` : zh);
  const lab = (t: string) => C([Pa([R(t, { b: true, size: 18 })])], shade('EDEDED'));
  const dur = (j: Job) => (hk ? `${durZh(j, true)}` : durZh(j, true));
  const rows: TableRow[] = [];
  for (const j of byDateDesc(p)) {
    rows.push(new TableRow({ cantSplit: true, children: [C([Pa([R(j.company, { b: true })])]), C(j.title), C(rng(j, 'YYYY/MM', ' ~ ', hk ? 'Present 至今' : '現在')), C(dur(j))] }));
    rows.push(new TableRow({ cantSplit: true, children: [C([Pa([R(`${T('工作內容', 'Duties')}：`, { color: '666666', size: 18 }), R(j.duties.join('；'), { size: 18 })])], { columnSpan: 4 })] }));
  }
  const info: [string, string][] = [[T('姓名', 'Name'), hk ? `${p.name}（${p.alt}）` : p.name], [T('手機', 'Mobile'), p.phoneShow], [T(p.lang === 'zh' ? '市話' : '辦公室', 'Office'), p.other[0][1]], ['E-mail', p.email], [T('地址', 'Address'), p.address], ...p.facts.map(([k, v]) => [k, v] as [string, string])];
  const ih = Math.ceil(info.length / 2);
  return mkDoc([{ properties: { page: A4 }, children: [
    Pa([R(hk ? 'RÉSUMÉ 履歷表' : '履　歷　表', { b: true, size: 36 })], { alignment: AlignmentType.CENTER, spacing: { after: 160 } }),
    new Table({ ...W(100), borders: lineBorders, rows: Array.from({ length: ih }, (_, i) => new TableRow({ children: [lab(info[i][0]), C(info[i][1]), ...(info[i + ih] ? [lab(info[i + ih][0]), C(info[i + ih][1])] : [C(''), C('')])] })) }),
    Pa([R(T('工作經歷', 'Working Experience'), { b: true, size: 24 })], { spacing: { before: 200, after: 80 } }),
    new Table({ ...W(100), borders: lineBorders, columnWidths: [3600, 2200, 2500, 1400], rows: [new TableRow({ tableHeader: true, children: [T('公司名稱', 'Company'), T('職稱', 'Position'), T('任職期間', 'Period'), T('年資', 'Years')].map(lab) }), ...rows] }),
    Pa([R(T('學歷', 'Education'), { b: true, size: 24 })], { spacing: { before: 200, after: 80 } }),
    new Table({ ...W(100), borders: lineBorders, rows: p.edu.map((e) => new TableRow({ children: [C(e.school), C(e.degree), C(rng(e, 'YYYY/MM', ' ~ '))] })) }),
    Pa([R(T('專長', 'Skills'), { b: true, size: 24 })], { spacing: { before: 200, after: 80 } }),
    new Table({ ...W(100), borders: lineBorders, rows: [new TableRow({ children: [lab(T('專業技能', 'Skills')), C(sk(p).join(hk ? '; ' : '、'))] }), new TableRow({ children: [lab(T('證照', 'Licences')), C(p.certs.join(hk ? '; ' : '、'))] }), new TableRow({ children: [lab(T('語言', 'Languages')), C(p.languages.join(hk ? '; ' : '、'))] })] }),
  ] }], true);
}

/** D6 name + contact in the page header (a two-cell table); body in two equal newspaper columns with a column break. */
function hdr2colSections(p: Person) {
  const mixed = p.lang === 'mixed';
  const hd = (t: string) => Pa([R(t.toUpperCase(), { b: true, size: 20, color: 'B45F06' })], { spacing: { before: 160, after: 60 } });
  const head = new Header({ children: [new Table({ ...W(100), borders: noBorders, rows: [new TableRow({ children: [
    C([Pa([R(mixed ? `${p.alt}  ${p.name}` : p.name, { b: true, size: 36 })]), Pa([R(p.headline, { color: '777777' })])], W(55)),
    C([Pa([R(p.phoneShow, { size: 17 })], { alignment: AlignmentType.RIGHT }), Pa([R(p.email, { size: 17 })], { alignment: AlignmentType.RIGHT }), Pa([R(p.address, { size: 17 })], { alignment: AlignmentType.RIGHT })], W(45))] })] }),
  Pa('', { border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: 'B45F06', space: 1 } } })] });
  const ds: DS = p.id === 'p05' ? 'MM/YYYY' : 'Mon YYYY';
  const jobs = byDateDesc(p).flatMap((j) => [Pa([R(rng(j, ds, ' – ', 'current'), { size: 17, color: '888888' })], { spacing: { before: 100 } }), Pa([R(j.title, { b: true })]), Pa([R(`${j.company} · ${j.city}`, { i: true })]), ...j.duties.map((d) => bullet(d, { size: 18 }))]);
  return mkDoc([{ properties: { page: { ...A4, margin: { ...A4.margin, top: 1900 } }, column: { count: 2, space: 500, equalWidth: true } }, headers: { default: head },
    children: [hd('Profile'), Pa(p.summary), hd('Skills'), ...sk(p).map((s) => bullet(s)), hd('Languages'), ...p.languages.map((l) => Pa(l)),
      ...(p.facts.length ? [hd('Personal details'), ...p.facts.map(([k, v]) => Pa(`${k}: ${v}`))] : []), hd('Education'), ...p.edu.flatMap((e) => [Pa([R(e.degree, { b: true })]), Pa(`${e.school}, ${rng(e, ds)}`)]),
      ...(p.certs.length ? [hd('Certifications'), ...p.certs.map((c) => Pa(c))] : []),
      Pa([new ColumnBreak()]), hd('Work experience'), ...jobs] }], mixed);
}

/** D7 borderless two-cell table, main LEFT, dark rail RIGHT with white text (contact, skills, languages, education). */
function railRightDark(p: Person) {
  const white = (t: string, o: RunOpt = {}) => Pa([R(t, { color: 'FFFFFF', size: 18, ...o })]);
  const rh = (t: string) => Pa([R(t, { b: true, color: 'F4B183', size: 19, caps: true })], { spacing: { before: 180, after: 60 } });
  const ds: DS = p.id === 'p03' ? 'YYYY-MM' : 'Mon YYYY';
  const sep = p.id === 'p03' ? ' → ' : ' – ';
  const main = [Pa([R(p.name, { b: true, size: 40, color: '203864' })]), ...(p.alt ? [Pa([R(p.alt, { size: 24, color: '555555' })])] : []), Pa([R(p.headline, { size: 22, color: '808080' })], { spacing: { after: 120 } }),
    Pa(p.summary), Pa([R('Experience', { b: true, size: 24, color: '203864' })], { spacing: { before: 200, after: 60 } }),
    ...byDateDesc(p).flatMap((j) => [Pa([R(`${j.company} — ${j.title}`, { b: true })], { spacing: { before: 100 } }), Pa([R(`${rng(j, ds, sep, 'present')}  |  ${j.city}`, { color: '808080', size: 18 })]), ...j.duties.map((d) => bullet(d, { size: 19 }))])];
  const rail = [rh('Contact'), white(p.phoneShow), ...p.other.map(([k, v]) => white(`${k}: ${v}`)), white(p.email), white(p.address),
    rh('Skills'), ...sk(p).map((s) => white(`▪ ${s}`)), rh('Languages'), ...p.languages.map((l) => white(l)), rh('Education'), ...p.edu.flatMap((e) => [white(e.degree, { b: true }), white(`${e.school}, ${e.start.slice(0, 4)}–${e.end.slice(0, 4)}`)]),
    rh('Certifications'), ...p.certs.map((c) => white(c))];
  return mkDoc([{ properties: { page: { ...A4, margin: { top: 700, bottom: 700, left: 700, right: 700 } } }, children: [new Table({ ...W(100), borders: noBorders, columnWidths: [7000, 3500], rows: [new TableRow({ children: [
    C(main, { ...W(67), margins: { top: 100, bottom: 100, left: 100, right: 300 } }), C(rail, { ...W(33), ...shade('203864'), margins: { top: 200, bottom: 200, left: 220, right: 220 } })] })] })] }], p.lang !== 'en');
}

/** D8 Ukrainian-style Word résumé in English: facts table, work table Period | Company / position | Duties with a break row. */
function uaRezumeWord(p: Person) {
  const lab = (t: string) => C([Pa([R(t, { b: true })])], { ...W(32), ...shade('F2F2F2') });
  const rows = byDateDesc(p).map((j) => new TableRow({ cantSplit: true, children: [C(rng(j, 'MM.YYYY', ' – ', 'till now'), W(20)), C([Pa([R(j.company, { b: true })]), Pa([R(j.title, { i: true })])], W(30)), C(j.duties.map((d) => bullet(d, { size: 18 })), W(50))] }));
  rows.splice(1, 0, new TableRow({ children: [C(`${fd(p.gap!.start, 'MM.YYYY')} – ${fd(p.gap!.end, 'MM.YYYY')}`), C([Pa([R(p.gap!.text, { i: true, color: '777777' })])], { columnSpan: 2 })] }));
  const sec = (t: string) => Pa([R(t, { b: true, size: 24, color: '1F4E79' })], { spacing: { before: 220, after: 80 } });
  return mkDoc([{ properties: { page: A4 }, children: [
    Pa([R('RESUME', { b: true, size: 36, color: '1F4E79' })], { alignment: AlignmentType.CENTER, spacing: { after: 120 } }),
    new Table({ ...W(100), borders: lineBorders, rows: [['Full name', p.name], ['Desired position', p.headline], ['Mobile phone', p.phoneShow], [p.other[0][0] + ' phone', p.other[0][1]], ['E-mail', p.email], ['Address', p.address], ...p.facts].map(([k, v]) => new TableRow({ children: [lab(k), C(v, W(68))] })) }),
    sec('Work experience'), new Table({ ...W(100), borders: lineBorders, rows: [new TableRow({ tableHeader: true, children: ['Period', 'Company / position', 'Responsibilities and achievements'].map((t) => C([Pa([R(t, { b: true })])], shade('DDEBF7'))) }), ...rows] }),
    sec('Education'), new Table({ ...W(100), borders: lineBorders, rows: p.edu.map((e) => new TableRow({ children: [C(rng(e, 'MM.YYYY'), W(20)), C(`${e.school}. ${e.degree}`, W(80))] })) }),
    sec('Professional skills'), Pa(sk(p).join(', ') + '.'), sec('Certificates'), ...p.certs.map((c) => Pa(c)), sec('Languages'), ...p.languages.map((l) => Pa(l)),
    sec('Personal qualities'), Pa('Responsible, attentive to detail, able to mentor junior colleagues.')] }], false);
}

/** D9 Chinese Word 简历 with WPS-style 分栏: title section, then two unequal columns (narrow info column | 工作经历) with a separator line. */
function zhFenlanWord(p: Person) {
  const h = (t: string) => Pa([R(`▍${t}`, { b: true, size: 23, color: 'C00000' })], { spacing: { before: 160, after: 60 } });
  const left = [h('基本信息'), ...p.facts.map(([k, v]) => Pa(`${k}：${v}`)), h('联系方式'), Pa(`手机：${p.phoneShow}`), Pa(`邮箱：${p.email}`), Pa(`地址：${p.address}`),
    h('专业技能'), ...sk(p).map((s) => Pa(`● ${s}`)), h('证书'), ...p.certs.map((c) => Pa(c)), h('语言'), ...p.languages.map((c) => Pa(c)),
    h('教育背景'), ...p.edu.flatMap((e) => [Pa(rng(e, 'YYYY.MM', ' — ')), Pa([R(e.school, { b: true })]), Pa(e.degree)])];
  const right = [h('工作经历'), ...byDateDesc(p).flatMap((j) => [Pa([R(rng(j, 'YYYY.MM', ' — ', '至今'), { b: true, color: '404040' })], { spacing: { before: 120 } }), Pa([R(`${j.company}　|　${j.title}`, { b: true })]),
    ...j.duties.map((d, i) => Pa(`${i + 1}、${d}`, { indent: { left: 200 } }))]), h('自我评价'), Pa(p.summary)];
  return mkDoc([
    { properties: { page: A4 }, children: [Pa([R(p.name, { b: true, size: 48 })]), Pa([R(`求职意向：${p.headline}`, { size: 22, color: '595959' })], { border: { bottom: { style: BorderStyle.THICK, size: 12, color: 'C00000', space: 4 } }, spacing: { after: 120 } })] },
    { properties: { page: A4, type: SectionType.CONTINUOUS, column: { count: 2, separate: true, equalWidth: false, children: [new Column({ width: 3000, space: 400 }), new Column({ width: 6406 })] } }, children: [...left, Pa([new ColumnBreak()]), ...right] },
  ], true);
}

// ---------------------------------------------------------------- TXT templates
const cjkw = (s: string) => [...s].reduce((n, ch) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0);
const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - cjkw(s)));
function wrap(s: string, w: number): string[] {
  const out: string[] = []; let line = '';
  for (const word of s.split(' ')) { if (line && cjkw(line) + 1 + cjkw(word) > w) { out.push(line); line = word; } else line = line ? `${line} ${word}` : word; }
  if (line) out.push(line); return out;
}

/** T1 CV pasted into the body of an e-mail to a recruiter (headers, greeting, wrapped at 72, signature). */
function txtEmailBody(p: Person) {
  const st: Record<string, DS> = { p01: 'MM.YYYY', p02: 'Mon YYYY', p06: 'MM/YYYY', p07: 'Month YYYY' };
  const rec: Record<string, [string, string]> = { p01: ['Kasia Nowak <k.nowak@talentbridge-recruit.pl>', 'QA Lead role (ref. TB-4471)'], p02: ['Graham Lindsay <graham.lindsay@caledoniaconsult.co.uk>', 'Commercial Manager vacancy – CV attached and below'],
    p06: ['Recruitment <careers@oceanicfundadmin.mu>', 'Application: Fund Accounting Manager'], p07: ['Dana Ortiz <dortiz@permianstaffing.com>', 'Welding Inspector position - resume'] };
  const s = st[p.id]; const [to, subj] = rec[p.id];
  const L: string[] = [`From: ${p.name} <${p.email}>`, `To: ${to}`, `Date: Mon, 30 Nov 2026 08:14:${p.id.slice(1)} +0000`, `Subject: ${subj}`, '',
    `Hi ${to.split(' ')[0] === 'Recruitment' ? 'there' : to.split(' ')[0]},`, '', ...wrap('Thanks for the call last week. As promised, my CV is below in case the attachment does not come through your system.', 72), '', '-'.repeat(72), '',
    p.name.toUpperCase(), p.headline, p.address, `Mobile: ${p.phoneShow}${p.other.length ? ` | ${p.other[0][0]}: ${p.other[0][1]}` : ''}`, `Email: ${p.email}`, '', 'SUMMARY', ...wrap(p.summary, 72), '', 'EXPERIENCE'];
  for (const j of byDateDesc(p)) {
    L.push('', `${rng(j, s, ' - ', 'present')}   ${j.title}`, `    ${j.company}, ${j.city}`, ...j.duties.map((d) => `    * ${d}`));
  }
  if (p.gap) L.push('', `${fd(p.gap.start, s)} - ${fd(p.gap.end, s)}   ${p.gap.text}`);
  L.push('', 'SKILLS', ...wrap(sk(p).join(', '), 72), '', 'EDUCATION', ...p.edu.map((e) => `${e.start.slice(0, 4)}-${e.end.slice(0, 4)}  ${e.degree}, ${e.school}`), '',
    'CERTIFICATIONS', ...p.certs.map((c) => `- ${c}`), '', 'LANGUAGES', p.languages.join('; '), '', '-'.repeat(72), '', 'Best regards,', p.name.split(' ')[0], '', '--', p.name, p.phoneShow, '');
  return L.join('\n');
}

/** T2 Chinese plain text with ━ rules and ▌ headings; months without zero padding ("2015.7-2018.4"). */
function txtZhFenge(p: Person) {
  const rule = '━'.repeat(30);
  const L = [p.name, `${p.headline}`, rule, `▌联系方式`, `手机：${p.phoneShow}`, ...p.other.map(([k, v]) => `${k}：${v}`), `邮箱：${p.email}`, `地址：${p.address}`, '',
    `▌基本信息`, p.facts.map(([k, v]) => `${k}：${v}`).join('  '), '', `▌工作经历`];
  for (const j of byDateDesc(p)) L.push(`${rng(j, 'YYYY.M', '-', '至今')}  ${j.company}  ${j.title}`, ...j.duties.map((d) => `    · ${d}`), '');
  L.push('▌教育背景', ...p.edu.map((e) => `${rng(e, 'YYYY.M', '-')}  ${e.school}  ${e.degree}`), '', '▌专业技能', ...sk(p).map((s) => `· ${s}`), '', '▌证书', p.certs.join('；'), '', '▌语言', p.languages.join('；'), '', '▌自我评价', p.summary, rule, '');
  return L.join('\n');
}

/** T3 fixed-width columns with dashed header rules (CJK double width) — a table résumé saved as text. */
function txtFixedCols(p: Person) {
  const hk = p.lang === 'mixed';
  const widths = [22, 40, 28];
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i])).join('  ').trimEnd();
  const dash = widths.map((w) => '-'.repeat(w)).join('  ');
  const L = [hk ? `${p.name}  ${p.alt}` : p.name, hk ? 'CURRICULUM VITAE 個人履歷' : '个人简历', '', line([hk ? 'Mobile 手提' : '手机', p.phoneShow, '']), line([hk ? 'E-mail 電郵' : '邮箱', p.email, '']),
    line([hk ? 'Address 地址' : '地址', p.address, '']), ...p.facts.map(([k, v]) => line([k, v, ''])), '', hk ? 'EMPLOYMENT HISTORY 工作經驗' : '工作经历', dash,
    line(hk ? ['Period 期間', 'Company 公司', 'Position 職位'] : ['时间', '公司', '职位']), dash];
  for (const j of byDateDesc(p)) L.push(line([rng(j, hk ? 'MM/YYYY' : 'YYYY.MM', hk ? ' - ' : '-', hk ? 'Present' : '至今'), j.company, j.title]), ...j.duties.map((d) => `${' '.repeat(24)}- ${d}`));
  L.push(dash, '', hk ? 'EDUCATION 學歷' : '教育背景', dash, ...p.edu.map((e) => line([rng(e, hk ? 'MM/YYYY' : 'YYYY.MM', hk ? ' - ' : '-'), e.school, e.degree])), dash, '',
    hk ? 'SKILLS 技能' : '专业技能', ...sk(p).map((s) => `  ${s}`), '', hk ? 'QUALIFICATIONS 專業資格' : '证书', ...p.certs.map((s) => `  ${s}`), '', hk ? 'LANGUAGES 語言' : '语言', `  ${p.languages.join(' / ')}`, '');
  return L.join('\n');
}

/** T4 two-column text résumé drawn in a plain-text editor: left rail and body separated by a "|" rule. */
function txtSideBySide(p: Person) {
  const LW = 28;
  const left: string[] = [p.alt ? p.alt.toUpperCase() : p.name.toUpperCase(), ...(p.alt ? [p.name] : []), '', 'CONTACT', p.phoneShow, ...wrap(p.email, LW), ...wrap(p.address, LW), '', 'SKILLS', ...sk(p).flatMap((s) => wrap(`+ ${s}`, LW)), '',
    'LANGUAGES', ...p.languages.flatMap((l) => wrap(l, LW)), '', 'EDUCATION', ...p.edu.flatMap((e) => [...wrap(e.degree, LW), ...wrap(e.school, LW), `${e.start.slice(0, 4)}-${e.end.slice(0, 4)}`, ''])];
  const ds: DS = p.id === 'p03' ? 'YYYY-MM' : 'Mon YYYY';
  const right: string[] = [p.headline, '', ...wrap(p.summary, 46), '', 'EXPERIENCE', ''];
  for (const j of byDateDesc(p)) right.push(`${j.title}`, `${j.company}, ${j.city}`, `${rng(j, ds, ' to ', 'present')}`, ...j.duties.flatMap((d) => wrap(`- ${d}`, 46)), '');
  right.push('CERTIFICATIONS', ...p.certs.flatMap((c) => wrap(c, 46)));
  const n = Math.max(left.length, right.length);
  const L = Array.from({ length: n }, (_, i) => `${pad(left[i] ?? '', LW)} | ${right[i] ?? ''}`.trimEnd());
  return [pad('', LW) + ' |', ...L, ''].join('\n');
}

// ---------------------------------------------------------------- the set
type Layout = 'single' | 'two-column' | 'table';
type Tpl = { name: string; layout: Layout } & ({ kind: 'html'; fn: (p: Person) => string } | { kind: 'docx'; fn: (p: Person) => Document } | { kind: 'txt'; fn: (p: Person) => string });
const T: Record<string, Tpl> = {
  D1: { name: 'softbreak-cv', layout: 'single', kind: 'docx', fn: softbreakCv },
  D2: { name: 'employer-smallcaps', layout: 'single', kind: 'docx', fn: employerSmallcaps },
  D3: { name: 'from-to-grid', layout: 'table', kind: 'docx', fn: fromToGrid },
  D4: { name: 'zh-yeji-table', layout: 'table', kind: 'docx', fn: zhYejiTable },
  D5: { name: 'hant-nianzi-table', layout: 'table', kind: 'docx', fn: hantNianziTable },
  D6: { name: 'hdr-2col-sections', layout: 'two-column', kind: 'docx', fn: hdr2colSections },
  D7: { name: 'rail-right-dark', layout: 'two-column', kind: 'docx', fn: railRightDark },
  D8: { name: 'ua-rezume-word', layout: 'table', kind: 'docx', fn: uaRezumeWord },
  D9: { name: 'zh-fenlan-word', layout: 'two-column', kind: 'docx', fn: zhFenlanWord },
  C1: { name: 'workua-print', layout: 'single', kind: 'html', fn: workuaPrint },
  C2: { name: 'rowrev-rail', layout: 'two-column', kind: 'html', fn: rowrevRail },
  C3: { name: 'homepage-table', layout: 'table', kind: 'html', fn: homepageTable },
  C4: { name: 'zh-badge-cards', layout: 'two-column', kind: 'html', fn: zhBadgeCards },
  C5: { name: 'scot-profile', layout: 'single', kind: 'html', fn: scotProfile },
  C7: { name: 'ug-ngo', layout: 'single', kind: 'html', fn: ugNgo },
  C8: { name: 'tw-2col-hant', layout: 'two-column', kind: 'html', fn: tw2colHant },
  C9: { name: 'zh-ats-print', layout: 'table', kind: 'html', fn: zhAtsPrint },
  C10: { name: 'my-grid-photo', layout: 'two-column', kind: 'html', fn: myGridPhoto },
  C11: { name: 'hk-bilingual-table', layout: 'table', kind: 'html', fn: hkBilingualTable },
  C12: { name: 'qc-bilingual', layout: 'single', kind: 'html', fn: qcBilingual },
  C13: { name: 'mu-fr-en', layout: 'two-column', kind: 'html', fn: muFrEn },
  C14: { name: 'pt-personal', layout: 'single', kind: 'html', fn: ptPersonal },
  C15: { name: 'tw-single', layout: 'single', kind: 'html', fn: twSingle },
  C16: { name: 'zh-single-bar', layout: 'single', kind: 'html', fn: zhSingleBar },
  C17: { name: 'bilingual-parallel', layout: 'two-column', kind: 'html', fn: bilingualParallel },
  T1: { name: 'txt-email-body', layout: 'single', kind: 'txt', fn: txtEmailBody },
  T2: { name: 'txt-zh-fenge', layout: 'single', kind: 'txt', fn: txtZhFenge },
  T3: { name: 'txt-fixed-cols', layout: 'table', kind: 'txt', fn: txtFixedCols },
  T4: { name: 'txt-side-by-side', layout: 'two-column', kind: 'txt', fn: txtSideBySide },
};
const PLAN: Record<string, string[]> = {
  p01: ['D8', 'C1', 'T1'], p02: ['D1', 'C5', 'T1'], p03: ['D7', 'C12', 'T4'], p04: ['D3', 'C7'], p05: ['D6', 'C2', 'C14'], p06: ['D3', 'T1', 'C13'],
  p07: ['D2', 'C3', 'T1'], p08: ['D9', 'C4', 'T2'], p09: ['D4', 'C9', 'T3'], p10: ['D5', 'C8', 'C15'], p11: ['D4', 'C9', 'C16'], p12: ['D1', 'C4', 'T2'],
  p13: ['D7', 'C2'], p14: ['D6', 'C10', 'T4'], p15: ['D5', 'C11', 'T3'], p16: ['D2', 'C3', 'C17'],
};
const short = (l: Layout) => (l === 'two-column' ? 'twocol' : l);

async function main() {
  rmSync(docsDir, { recursive: true, force: true });
  mkdirSync(docsDir, { recursive: true });
  const documents: { file: string; person: string; template: string; layout: Layout; producer: string; language: string }[] = [];
  const html: [string, string][] = [];
  for (const p of people) {
    for (const key of PLAN[p.id]) {
      const t = T[key]; const base = `${p.id}-${short(t.layout)}-${t.name}`;
      const rec = (file: string, producer: string) => documents.push({ file, person: p.id, template: t.name, layout: t.layout, producer, language: p.lang });
      if (t.kind === 'docx') { writeFileSync(path.join(docsDir, `${base}.docx`), await Packer.toBuffer(t.fn(p))); rec(`${base}.docx`, 'docx'); rec(`${base}.pdf`, 'libreoffice'); }
      else if (t.kind === 'html') { html.push([`${base}.pdf`, t.fn(p)]); rec(`${base}.pdf`, 'chromium'); }
      else { writeFileSync(path.join(docsDir, `${base}.txt`), t.fn(p), 'utf8'); rec(`${base}.txt`, 'txt'); }
    }
  }
  exportDocxToPdf(docsDir);
  await printHtml(docsDir, html);
  const missing = documents.filter((d) => !readdirSync(docsDir).includes(d.file));
  if (missing.length) throw new Error(`missing: ${missing.map((d) => d.file).join(', ')}`);
  const truth = {
    referenceDate: REF,
    people: people.map((p) => ({ id: p.id, language: p.lang, name: p.name, email: p.email, phone: p.phone, skills: p.skills,
      work: p.jobs.map((j) => ({ company: j.company, start: j.start, end: j.end })), yearsOfExperience: yearsWorked(p.jobs, REF) })),
    documents,
  };
  writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifestOf(docsDir, documents.map((d) => d.file)), null, 2) + '\n');
  console.log(`${documents.length} documents`);
}
await main();
