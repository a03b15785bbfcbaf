/** heldout-75 generator: writes documents/, truth.json and manifest.json. Refuses to overwrite without --force. */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType, BorderStyle, ColumnBreak, Document, Footer, Header, Packer, PageNumber, Paragraph, ShadingType, Table,
  TableCell, TableRow, TabStopType, TextRun, WidthType, SectionType, Column,
} from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people, skillsOf, type Job, type Person } from './people.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(here, 'documents');
if (existsSync(path.join(here, 'manifest.json')) && !process.argv.includes('--force')) {
  console.error('manifest.json exists; rerun with --force to regenerate');
  process.exit(1);
}
rmSync(docs, { recursive: true, force: true });
mkdirSync(docs, { recursive: true });
const REF = '2026-12';

// ---------- date and text helpers ----------
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const y = (s: string) => s.slice(0, 4);
const m = (s: string) => Number(s.slice(5, 7));
const mm = (s: string) => s.slice(5, 7);
const F = {
  mon: (s: string) => `${MON[m(s) - 1]} ${y(s)}`,
  month: (s: string) => `${MONTH[m(s) - 1]} ${y(s)}`,
  slash: (s: string) => `${mm(s)}/${y(s)}`,
  dotMY: (s: string) => `${mm(s)}.${y(s)}`,
  dot: (s: string) => `${y(s)}.${mm(s)}`,
  zh: (s: string) => `${y(s)}年${m(s)}月`,
  tw: (s: string) => `${y(s)}/${mm(s)}`,
  monSlash: (s: string) => `${MON[m(s) - 1]}/${y(s)}`,
};
const range = (j: { start: string; end: string | null }, f: (s: string) => string, present: string, sep = ' – ') => `${f(j.start)}${sep}${j.end ? f(j.end) : present}`;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const rev = (p: Person) => [...p.jobs].reverse();
const andList = (a: string[], and = 'and') => (a.length < 2 ? a.join('') : `${a.slice(0, -1).join(', ')} ${and} ${a[a.length - 1]}`);
const lvl = (p: Person, s: string) => (p.levels?.[s] ? ` (${p.levels[s]})` : '');
const mixedName = (p: Person) => (p.nameEn ? `${p.name} ${p.nameEn}` : p.name);
const CJK = (p: Person) => (p.trad ? "'WenQuanYi Zen Hei'" : "'WenQuanYi Zen Hei'");
const page = (css: string, body: string, lang = 'en') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>
*{box-sizing:border-box} body{margin:0;font-family:'Liberation Sans','DejaVu Sans','WenQuanYi Zen Hei',sans-serif;font-size:10pt;line-height:1.35;color:#222}
h1,h2,h3,p,ul{margin:0} ul{padding-left:16px} ${css}</style></head><body>${body}</body></html>`;

// ---------- CHROMIUM TEMPLATES ----------
type Html = (p: Person) => string;

/** c1 Irish/SA CV: name and e-mail on ONE line, numbers with labels under it, skills written as a prose paragraph. */
const nameLineProse: Html = (p) => {
  const lab = p.country === 'South Africa' ? 'Cell' : 'Mobile';
  const g = p.skillGroups;
  const prose = `Day to day I work in ${andList(g[0].items)}. ${g[1] ? `For ${g[1].label.toLowerCase()} I rely on ${andList(g[1].items)}` : ''}${g[2] ? `, and I have hands-on experience of ${andList(g[2].items)}` : ''}.${g[3] ? ` Colleagues would also point to my ${andList(g[3].items).toLowerCase() === andList(g[3].items) ? andList(g[3].items) : andList(g[3].items)}.` : ''}`;
  return page(`h1{font-family:'Liberation Serif',serif;font-size:21pt;font-weight:normal;display:flex;align-items:baseline;gap:14px;border-bottom:2px solid #2a5d4f;padding-bottom:4px}
  h1 .mail{font-family:'Liberation Sans';font-size:9.5pt;color:#2a5d4f;margin-left:auto}
  .nums{font-size:9pt;margin:4px 0 10px;color:#444} h2{font-family:'Liberation Serif',serif;font-size:12pt;color:#2a5d4f;margin:11px 0 4px;font-variant:small-caps;letter-spacing:.5px}
  .job{margin-bottom:7px} .jh{display:flex;justify-content:space-between} .jh b{font-size:10.5pt} .d{color:#555;font-size:9pt} .prose{text-align:justify}`,
  `<h1>${esc(p.name)}<span class="mail">${esc(p.email)}</span></h1>
  <div class="nums">${lab}: ${p.mob[0]} &nbsp;·&nbsp; ${p.other.map((o) => `${o.label}: ${o.text}`).join(' &nbsp;·&nbsp; ')} &nbsp;·&nbsp; ${p.city}, ${p.country}</div>
  <h2>Profile</h2><p>${esc(p.headline)} with ${Math.floor(yearsWorked(p.jobs, REF))} years in ${p.country}.</p>
  <h2>Skills profile</h2><p class="prose">${esc(prose)}</p>
  <h2>Employment history</h2>${rev(p).map((j) => `<div class="job"><div class="jh"><span><b>${esc(j.title)}</b>, ${esc(j.company)}, ${esc(j.city)}</span><span class="d">${range(j, F.month, 'Present')}</span></div><ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul></div>`).join('')}
  <h2>Education</h2>${p.edu.map((e) => `<p>${esc(e.degree)}, ${esc(e.school)} (${y(e.start)}–${y(e.end)})</p>`).join('')}
  <h2>Professional qualifications</h2><p>${p.certs.map(esc).join('; ')}</p>
  <h2>Languages</h2><p>${p.languages.map(esc).join(', ')}</p>
  <h2>References</h2><p>Available on request.</p>`);
};

/** c2 Indian résumé: RESUME title, two e-mails (personal/official), "Technical Skills" category lines, "Environment:" under each job, declaration. */
const inEnvironment: Html = (p) => page(`.t{text-align:center;font-weight:bold;letter-spacing:3px;text-decoration:underline;font-size:12pt;margin-bottom:8px}
  h1{font-size:15pt} .c{font-size:9pt;margin:3px 0 8px} h2{background:#d9e2f3;font-size:10.5pt;padding:2px 5px;margin:10px 0 4px}
  table.sk td{padding:1px 6px;vertical-align:top;font-size:9.5pt} table.sk td:first-child{font-weight:bold;width:150px}
  .job{margin-bottom:7px} .env{font-size:9pt;margin-top:2px} .env b{font-style:italic}`,
  `<div class="t">RESUME</div><h1>${esc(p.name.toUpperCase())}</h1>
  <div class="c">Mobile: ${p.mob[0]} &nbsp;|&nbsp; ${p.other.map((o) => `${o.label}: ${o.text}`).join(' | ')}<br>E-mail: ${p.email} (personal) / ${p.email2} (${p.email2Kind})</div>
  <h2>Professional Summary</h2><ul><li>${Math.floor(yearsWorked(p.jobs, REF))}+ years of experience in design and development of Java based payment and banking applications.</li><li>Presently working as ${esc(p.jobs[p.jobs.length - 1].title)} with ${esc(p.jobs[p.jobs.length - 1].company)}, ${p.city}.</li></ul>
  <h2>Technical Skills</h2><table class="sk">${p.skillGroups.map((g) => `<tr><td>${esc(g.label)}</td><td>: ${g.items.map(esc).join(', ')}</td></tr>`).join('')}</table>
  <h2>Professional Experience</h2>${rev(p).map((j) => `<div class="job"><b>${esc(j.company)}</b>, ${esc(j.city)} &nbsp;|&nbsp; <b>Designation:</b> ${esc(j.title)} &nbsp;|&nbsp; <b>Duration:</b> ${range(j, F.mon, 'Till date')}<ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul><div class="env"><b>Environment:</b> ${j.tools.map(esc).join(', ')}</div></div>`).join('')}
  <h2>Education</h2>${p.edu.map((e) => `<p>${esc(e.degree)} – ${esc(e.school)}, ${y(e.end)}</p>`).join('')}
  <h2>Certification</h2><p>${p.certs.map(esc).join('; ')}</p>
  <h2>Personal Details</h2><p>Languages known: ${p.languages.map(esc).join(', ')}<br>Nationality: Indian</p>
  <h2>Declaration</h2><p>I hereby declare that the above information is true to the best of my knowledge.</p><p style="margin-top:8px">Place: ${p.city} &nbsp;&nbsp;&nbsp; (${esc(p.name)})</p>`);

const waSvg = '<svg width="10" height="10" viewBox="0 0 10 10" style="vertical-align:-1px"><circle cx="5" cy="5" r="5" fill="#25a244"/><path d="M3 3.2c.4 1.7 1.7 3.2 3.6 3.7l.6-.8-1-.5-.5.4c-.7-.3-1.3-.9-1.6-1.6l.4-.5-.5-1z" fill="#fff"/></svg>';
/** c3 Brazilian tech CV in English: WhatsApp label, country code without +, NO skills section, "Tech stack:" under every job. */
const brTechstack: Html = (p) => page(`header{border-left:6px solid #0b7a55;padding-left:10px;margin-bottom:10px} h1{font-size:20pt} .hl{color:#0b7a55;font-weight:bold}
  .c{font-size:9pt;margin-top:4px;color:#333} h2{font-size:11pt;text-transform:uppercase;color:#0b7a55;border-bottom:1px solid #ccc;margin:10px 0 5px}
  .job{margin-bottom:8px} .jt{display:flex;justify-content:space-between} .st{font-size:9pt;background:#eef6f2;padding:2px 6px;margin-top:3px;border-radius:3px}`,
  `<header><h1>${esc(p.name)}</h1><div class="hl">${esc(p.headline)}</div>
  <div class="c">${waSvg} WhatsApp / mobile: ${p.mob[2]} (Brazil) &nbsp;•&nbsp; ${p.email} &nbsp;•&nbsp; ${p.handle} &nbsp;•&nbsp; ${p.city} – SP</div></header>
  <h2>About</h2><p>Data engineer who has moved retail and payments data from nightly SSIS loads to streaming and lakehouse platforms.</p>
  <h2>Experience</h2>${rev(p).map((j) => `<div class="job"><div class="jt"><span><b>${esc(j.title)}</b> · ${esc(j.company)}</span><span>${range(j, F.monSlash, 'current')}</span></div><ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul><div class="st"><b>Tech stack:</b> ${j.tools.map(esc).join(' · ')}</div></div>`).join('')}
  <h2>Education</h2>${p.edu.map((e) => `<p>${esc(e.degree)} — ${esc(e.school)}, ${range(e, F.monSlash, '')}</p>`).join('')}
  <h2>Certification</h2><p>${p.certs.map(esc).join('; ')}</p><h2>Languages</h2><p>${p.languages.map(esc).join(' · ')}</p>`);

/** c4 UK CV whose phone is ONLY in the running page header and whose e-mail is ONLY in the page footer (position:fixed). */
const runheadPhone: Html = (p) => page(`.rh{position:fixed;top:0;left:0;right:0;font-size:8pt;color:#666;display:flex;justify-content:space-between;border-bottom:.5px solid #aaa;padding-bottom:2px}
  .rf{position:fixed;bottom:0;left:0;right:0;font-size:8pt;color:#666;text-align:center;border-top:.5px solid #aaa;padding-top:2px}
  main{padding-top:26px} h1{font-size:24pt;letter-spacing:1px} .hl{font-size:11pt;color:#7a3b69;margin-bottom:8px}
  h2{font-size:10pt;letter-spacing:2px;text-transform:uppercase;color:#7a3b69;margin:10px 0 4px} .job{margin-bottom:6px} .job .d{float:right;color:#555} .sk p{margin-bottom:2px}`,
  `<div class="rh"><span>${esc(p.name)} — CV</span><span>Tel. ${p.mob[0]}</span></div><div class="rf">${p.email}${p.web ? ` &nbsp;|&nbsp; ${p.web}` : ''}${p.handle ? ` &nbsp;|&nbsp; ${p.handle}` : ''}</div>
  <main><h1>${esc(p.name)}</h1><div class="hl">${esc(p.headline)} · ${esc(p.city)}</div>
  <h2>Key skills</h2><div class="sk">${p.skillGroups.map((g) => `<p><b>${esc(g.label)}:</b> ${g.items.map((s) => esc(s + lvl(p, s))).join(', ')}</p>`).join('')}</div>
  <h2>Career history</h2>${rev(p).map((j) => `<div class="job"><span class="d">${range(j, F.mon, 'Present')}</span><b>${esc(j.company)}</b> — ${esc(j.title)}<ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul></div>`).join('')}
  ${p.breaks ? p.breaks.map((b) => `<p><i>${range(b, F.mon, '')}: ${esc(b.text)}</i></p>`).join('') : ''}
  <h2>Education</h2>${p.edu.map((e) => `<p>${esc(e.degree)}, ${esc(e.school)}, ${y(e.end)}</p>`).join('')}
  <h2>Certifications</h2><p>${p.certs.map(esc).join(' · ')}</p><h2>Languages</h2><p>${p.languages.map(esc).join(', ')}</p></main>`);

/** c5 Chinese single column: 专业技能 as prose sentences, e-mail split by its label onto two lines with 常用/备用 marks. */
const zhProse: Html = (p) => {
  const sentence = (g: { label: string; items: string[] }) => {
    const by: Record<string, string[]> = {};
    for (const s of g.items) (by[p.levels?.[s] ?? '熟练'] ??= []).push(s);
    return Object.entries(by).map(([l, a]) => `${l === '精通' ? '精通' : l === '熟悉' ? '熟悉' : '熟练使用'}${a.join('、')}`).join('，');
  };
  return page(`body{font-family:${CJK(p)},serif} .top{display:flex;align-items:flex-end;gap:16px;border-bottom:3px double #244f7a;padding-bottom:6px}
  h1{font-size:22pt;letter-spacing:4px} .yx{font-size:10.5pt;color:#244f7a} .c{display:grid;grid-template-columns:auto 1fr;gap:1px 8px;font-size:9.5pt;margin:6px 0 4px}
  h2{font-size:11.5pt;color:#244f7a;margin:10px 0 4px;padding-left:6px;border-left:4px solid #244f7a} .job{margin-bottom:7px} .jl{display:flex;justify-content:space-between} .sub{color:#555;font-size:9.5pt} ol{margin:2px 0;padding-left:20px}`,
  `<div class="top"><h1>${esc(p.name)}</h1><div class="yx">求职意向：${esc(p.headline)}　｜　${p.city}</div></div>
  <div class="c"><span>手　　机：</span><span>${p.mob[0]}（微信同号）</span>${p.other.map((o) => `<span>${o.label}：</span><span>${o.text}</span>`).join('')}
  <span>电子邮箱</span><span></span><span>（常用）</span><span>${p.email}</span>${p.email2 ? `<span>（${p.email2Kind}）</span><span>${p.email2}</span>` : ''}</div>
  <h2>专业技能</h2>${p.skillGroups.map((g) => `<p>${esc(g.label)}方面：${sentence(g)}。</p>`).join('')}
  <h2>工作经历</h2>${rev(p).map((j) => `<div class="job"><div class="jl"><b>${esc(j.company)}</b><span>${range(j, F.dot, '至今', ' — ')}</span></div><div class="sub">${esc(j.title)} ｜ ${esc(j.city)}</div><ol>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ol></div>`).join('')}
  <h2>教育背景</h2>${p.edu.map((e) => `<p>${range(e, F.dot, '', ' — ')}　${esc(e.school)}　${esc(e.degree)}</p>`).join('')}
  <h2>语言与证书</h2><p>语言：${p.languages.join('；')}</p><p>证书：${p.certs.join('；')}</p>`, 'zh');
};

/** c6 Taiwan / Hong Kong 履歷: contact as a label block with office extension (#312 / 內線), fax, two e-mails; 專長 lines with （精通）. */
const twHkContact: Html = (p) => {
  const hk = p.country === '香港';
  const labels = hk ? { mob: '手提電話', mail: '電郵' } : { mob: '手機', mail: 'E-mail' };
  const now = hk ? '現在' : '迄今';
  return page(`body{font-family:${CJK(p)},serif} .tt{text-align:center;font-size:16pt;letter-spacing:8px;margin-bottom:8px} h1{font-size:18pt}
  dl{display:grid;grid-template-columns:90px 1fr;margin:6px 0;font-size:9.5pt} dt{color:#666} dd{margin:0}
  h2{font-size:11pt;background:#f0ebe1;padding:2px 6px;margin:10px 0 4px} .job{margin-bottom:6px} .j1{display:flex;justify-content:space-between}`,
  `<div class="tt">個人履歷</div><h1>${esc(p.name)}</h1><div>${esc(p.headline)}｜${p.city}</div>
  <dl><dt>${labels.mob}</dt><dd>${p.mob[hk ? 1 : 0]}</dd>${p.other.map((o) => `<dt>${o.label}</dt><dd>${hk && o.label === '辦公室' ? `(852) ${o.text} 內線 218` : o.text}</dd>`).join('')}
  <dt>${labels.mail}</dt><dd>${p.email}${p.email2 ? `（私人）<br>${p.email2}（${p.email2Kind}）` : ''}</dd></dl>
  <h2>專長</h2>${p.skillGroups.map((g) => `<p>${esc(g.label)}：${g.items.map((s) => `${esc(s)}${p.levels?.[s] ? `（${p.levels[s]}）` : ''}`).join('、')}</p>`).join('')}
  <h2>工作經歷</h2>${rev(p).map((j) => `<div class="job"><div class="j1"><b>${esc(j.company)}　${esc(j.title)}</b><span>${range(j, F.zh, now, '～')}</span></div><ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul></div>`).join('')}
  <h2>學歷</h2>${p.edu.map((e) => `<p>${esc(e.school)}　${esc(e.degree)}（${range(e, F.zh, '', '～')}）</p>`).join('')}
  <h2>語言能力</h2><p>${p.languages.join('、')}</p><h2>證照</h2><p>${p.certs.join('、')}</p>`, 'zh-Hant');
};

/** c7 SG/MY/AU bilingual one-pager: Chinese + English name on one line, "M … | O … | E … (personal) · … (work)" row; skills block with Languages and Certification lines inside it. */
const dualEmail: Html = (p) => page(`.n{display:flex;align-items:baseline;gap:10px} h1{font-family:'WenQuanYi Zen Hei';font-size:22pt} .en{font-size:14pt;color:#8a2432}
  .hl{font-size:10pt;color:#555} .c{font-size:8.8pt;border-top:1px solid #8a2432;border-bottom:1px solid #8a2432;padding:3px 0;margin:6px 0 8px}
  h2{font-size:10.5pt;color:#8a2432;margin:9px 0 3px;font-family:'Liberation Sans','WenQuanYi Zen Hei'} .sk p{margin-bottom:1px} .job{margin-bottom:6px} .jh{display:flex;justify-content:space-between}`,
  `<div class="n"><h1>${esc(p.name)}</h1><span class="en">${esc(p.nameEn!)}</span></div><div class="hl">${esc(p.headline)}</div>
  <div class="c"><b>M</b> ${p.mob[2]}${p.country === 'Malaysia' ? ' (WhatsApp)' : ''} &nbsp;|&nbsp; ${p.other.map((o) => `<b>${o.label[0]}</b> ${o.text}`).join(' &nbsp;|&nbsp; ')} &nbsp;|&nbsp; <b>E</b> ${p.email}${p.email2 ? ` (personal) · ${p.email2} (${p.email2Kind})` : ''}${p.handle && p.handle.startsWith('WeChat') ? ` &nbsp;|&nbsp; ${p.handle}` : ''}</div>
  <h2>Core skills 核心技能</h2><div class="sk">${p.skillGroups.map((g) => `<p><b>${esc(g.label)}:</b> ${g.items.map(esc).join(', ')}</p>`).join('')}<p><b>Languages 语言:</b> ${p.languages.map(esc).join(', ')}</p><p><b>Certification 证书:</b> ${p.certs.map(esc).join('; ')}</p></div>
  <h2>Experience 工作经历</h2>${rev(p).map((j) => `<div class="job"><div class="jh"><span><b>${esc(j.company)}</b>, ${esc(j.city)} — ${esc(j.title)}</span><span>${range(j, F.mon, 'Present 至今')}</span></div><ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul></div>`).join('')}
  <h2>Education 教育</h2>${p.edu.map((e) => `<p>${esc(e.degree)}, ${esc(e.school)}, ${y(e.start)}–${y(e.end)}</p>`).join('')}`, 'en');

/** c17 table CV (German / Brazilian contact sheet): header table with Mobile / Landline / Office ext. / private & work e-mail; history and skill-level tables. */
const contactTable: Html = (p) => {
  const de = p.country === 'Germany';
  const f = de ? F.dotMY : F.slash;
  return page(`h1{font-size:18pt;margin-bottom:6px} table{border-collapse:collapse;width:100%;margin-bottom:8px} td,th{border:1px solid #888;padding:3px 5px;vertical-align:top;font-size:9pt;text-align:left} th{background:#e6e6e6}
  h2{font-size:11pt;margin:8px 0 3px} td.l{background:#f3f3f3;width:110px;font-weight:bold}`,
  `<h1>${esc(p.name)} — ${esc(p.headline)}</h1>
  <table><tr><td class="l">Mobile</td><td>${de ? p.mob[0] : p.mob[0]}</td><td class="l">E-mail (private)</td><td>${p.email}</td></tr>
  <tr><td class="l">${p.other[0].label}</td><td>${p.other[0].text}</td><td class="l">${p.email2 ? 'E-mail (work)' : 'Profile'}</td><td>${p.email2 ?? p.handle}</td></tr>
  <tr><td class="l">${p.other[1]?.label ?? 'Location'}</td><td>${p.other[1]?.text ?? p.city}</td><td class="l">Location</td><td>${p.city}, ${p.country}</td></tr></table>
  <h2>Professional experience</h2><table><tr><th style="width:120px">Period</th><th>Employer</th><th>Position</th><th>Main tasks</th></tr>
  ${rev(p).map((j) => `<tr><td>${j.end ? range(j, f, '') : `since ${f(j.start)}`}</td><td>${esc(j.company)}<br>${esc(j.city)}</td><td>${esc(j.title)}</td><td>${j.duties.map(esc).join('; ')}</td></tr>`).join('')}</table>
  <h2>Skills</h2><table><tr><th>Area</th><th>Skill</th><th>Level</th></tr>${p.skillGroups.flatMap((g) => g.items.map((s, i) => `<tr>${i === 0 ? `<td rowspan="${g.items.length}">${esc(g.label)}</td>` : ''}<td>${esc(s)}</td><td>${p.levels?.[s] ?? (p.jobs.filter((j) => j.tools.includes(s)).length > 1 ? 'advanced' : 'good')}</td></tr>`)).join('')}</table>
  <h2>Education, languages, certificates</h2><table><tr><td class="l">Education</td><td>${p.edu.map((e) => `${range(e, f, '')} ${esc(e.degree)}, ${esc(e.school)}`).join('<br>')}</td></tr><tr><td class="l">Languages</td><td>${p.languages.map(esc).join(', ')}</td></tr><tr><td class="l">Certificates</td><td>${p.certs.map(esc).join('; ')}</td></tr></table>`);
};

/** c18 Chinese table résumé with a 使用技术 column per job and a 技能 / 熟练程度 table. */
const zhToolsTable: Html = (p) => {
  const t = p.trad;
  return page(`body{font-family:${CJK(p)},serif;font-size:9.5pt} .tt{text-align:center;font-size:17pt;letter-spacing:6px;margin-bottom:6px} table{border-collapse:collapse;width:100%} td,th{border:1px solid #555;padding:3px 5px;vertical-align:top}
  th,td.l{background:#e8eef6;font-weight:bold;white-space:nowrap} td.s{background:#244f7a;color:#fff;font-weight:bold;text-align:center;letter-spacing:4px}`,
  `<div class="tt">${t ? '個人履歷表' : '个人简历'}</div><table>
  <tr><td class="l">姓名</td><td>${esc(p.name)}</td><td class="l">${t ? '應徵職務' : '求职意向'}</td><td colspan="3">${esc(p.headline)}</td></tr>
  <tr><td class="l">${t ? '手機' : '手机（微信同号）'}</td><td style="white-space:nowrap">${p.mob[1]}</td><td class="l">${t ? '電子郵件' : '电子邮箱'}</td><td colspan="3">${p.email}</td></tr>
  <tr><td class="l">${p.other[0]?.label ?? '现居'}</td><td style="white-space:nowrap">${p.other[0]?.text ?? p.city}</td><td class="l">${t ? '居住地' : '现居'}</td><td colspan="3">${p.city}</td></tr>
  <tr><td class="s" colspan="6">${t ? '工作經歷' : '工作经历'}</td></tr>
  <tr><th>${t ? '起訖年月' : '起止时间'}</th><th>${t ? '公司' : '公司'}</th><th>${t ? '職稱' : '职位'}</th><th colspan="2">${t ? '工作內容' : '工作内容'}</th><th>${t ? '使用技術' : '使用技术'}</th></tr>
  ${rev(p).map((j) => `<tr><td style="white-space:nowrap">${range(j, F.tw, t ? '迄今' : '至今', ' - ')}</td><td>${esc(j.company)}</td><td>${esc(j.title)}</td><td colspan="2">${j.duties.map(esc).join('；')}</td><td>${j.tools.map(esc).join('、')}</td></tr>`).join('')}
  <tr><td class="s" colspan="6">${t ? '專業技能' : '专业技能'}</td></tr><tr><th>${t ? '類別' : '类别'}</th><th colspan="4">${t ? '技能' : '技能'}</th><th>${t ? '熟練度' : '熟练程度'}</th></tr>
  ${p.skillGroups.flatMap((g) => g.items.map((s, i) => `<tr>${i === 0 ? `<td rowspan="${g.items.length}">${esc(g.label)}</td>` : ''}<td colspan="4">${esc(s)}</td><td>${p.levels?.[s] ?? ''}</td></tr>`)).join('')}
  <tr><td class="s" colspan="6">${t ? '學歷・語言・證照' : '教育・语言・证书'}</td></tr>
  ${p.edu.map((e) => `<tr><td>${range(e, F.tw, '', ' - ')}</td><td colspan="3">${esc(e.school)}</td><td colspan="2">${esc(e.degree)}</td></tr>`).join('')}
  <tr><td class="l">${t ? '語言' : '语言'}</td><td colspan="5">${p.languages.join('，')}</td></tr><tr><td class="l">${t ? '證照' : '证书'}</td><td colspan="5">${p.certs.join('，')}</td></tr></table>`, 'zh');
};

/** c21 bilingual table CV: one outer table; name cell (中文 over English) beside a contact cell with several labelled numbers and two e-mails. */
const bilingualTable: Html = (p) => page(`table{border-collapse:collapse;width:100%} td{border:1px solid #9aa;padding:4px 6px;vertical-align:top;font-size:9.2pt}
  .nm{width:42%;background:#10394f;color:#fff} .nm h1{font-family:'WenQuanYi Zen Hei';font-size:22pt} .nm div{font-size:13pt}
  td.sec{background:#dfe9ee;font-weight:bold;font-size:10pt} td.per{width:120px;white-space:nowrap} body{font-family:'Liberation Sans','WenQuanYi Zen Hei'}`,
  `<table><tr><td class="nm" colspan="2"><h1>${esc(p.name)}</h1><div>${esc(p.nameEn!)}</div><small>${esc(p.headline)}</small></td>
  <td colspan="2">Mobile 手机: ${p.mob[1]}<br>${p.other.map((o) => `${o.label}: ${o.text}`).join('<br>')}<br>Email 电邮 (personal): ${p.email}${p.email2 ? `<br>Email (${p.email2Kind}): ${p.email2}` : ''}${p.web ? `<br>Web: ${p.web}` : ''}<br>${p.city}, ${p.country}</td></tr>
  <tr><td class="sec" colspan="4">Work experience 工作经历</td></tr>
  ${rev(p).map((j) => `<tr><td class="per">${range(j, F.slash, 'Present 至今')}</td><td><b>${esc(j.company)}</b></td><td>${esc(j.title)}</td><td>${j.duties.map(esc).join('<br>')}</td></tr>`).join('')}
  <tr><td class="sec" colspan="4">Skills 技能</td></tr>
  ${p.skillGroups.map((g) => `<tr><td class="per">${esc(g.label)}</td><td colspan="3">${g.items.map((s) => esc(s + lvl(p, s))).join(', ')}</td></tr>`).join('')}
  <tr><td class="sec" colspan="4">Education 教育背景</td></tr>${p.edu.map((e) => `<tr><td class="per">${range(e, F.slash, '')}</td><td colspan="2">${esc(e.school)}</td><td>${esc(e.degree)}</td></tr>`).join('')}
  <tr><td class="sec" colspan="4">Languages 语言 &amp; Certification 证书</td></tr><tr><td class="per">Languages</td><td colspan="3">${p.languages.map(esc).join(', ')}</td></tr><tr><td class="per">Certification</td><td colspan="3">${p.certs.map(esc).join('; ')}</td></tr></table>`);

/** c22 two-column CV: left rail with numbers under country names, e-mail broken inside the narrow rail, skills with word levels. */
const railCountryPhones: Html = (p) => page(`.g{display:grid;grid-template-columns:58mm 1fr;gap:0 7mm} .rail{background:#eceff3;padding:8px} .rail h3{font-size:9pt;text-transform:uppercase;color:#345;margin:9px 0 3px;letter-spacing:1px}
  .rail p{font-size:8.6pt;margin-bottom:3px} .mail{word-break:break-all} h1{font-size:22pt} .hl{color:#345;margin-bottom:8px} h2{font-size:11pt;border-bottom:2px solid #345;margin:9px 0 4px} .job{margin-bottom:7px} .d{font-size:9pt;color:#555}`,
  `<div class="g"><aside class="rail"><h3>Phone</h3><p><b>${p.country}</b> (mobile)<br>${p.mob[2]}</p>${p.other.map((o) => `<p><b>${o.label}</b><br>${o.text}</p>`).join('')}
  <h3>E-mail</h3><p class="mail">${p.email}</p>${p.email2 ? `<p class="mail"><i>work:</i> ${p.email2}</p>` : ''}${p.web ? `<p>${p.web}</p>` : ''}${p.handle ? `<p>${p.handle}</p>` : ''}
  <h3>Skills</h3>${p.skillGroups.map((g) => `<p><u>${esc(g.label)}</u><br>${g.items.map((s) => esc(s + lvl(p, s))).join('<br>')}</p>`).join('')}
  <h3>Languages</h3><p>${p.languages.map(esc).join('<br>')}</p><h3>Certificates</h3><p>${p.certs.map(esc).join('<br>')}</p></aside>
  <main><h1>${esc(p.name)}</h1><div class="hl">${esc(p.headline)} · ${esc(p.city)}</div><h2>Experience</h2>
  ${rev(p).map((j) => `<div class="job"><b>${esc(j.title)}</b><br>${esc(j.company)}, ${esc(j.city)}<div class="d">${range(j, F.slash, 'present')}</div><ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul></div>`).join('')}
  ${p.breaks ? p.breaks.map((b) => `<p class="d">${range(b, F.slash, '')} — ${esc(b.text)}</p>`).join('') : ''}
  <h2>Education</h2>${p.edu.map((e) => `<p>${esc(e.degree)}<br>${esc(e.school)} <span class="d">${range(e, F.slash, '')}</span></p>`).join('')}</main></div>`);

/** c23 Chinese two-column with a right rail: 手机 / 微信 / QQ / 邮箱 (long address wraps), skills in the rail with 证书 and 语言 sub-blocks. */
const zhRightRail: Html = (p) => page(`body{font-family:${CJK(p)},serif} .g{display:flex;gap:6mm} main{flex:1} aside{width:60mm;background:#f4efe6;padding:8px;font-size:9pt}
  aside h3{font-size:10pt;color:#8a5a00;border-bottom:1px solid #c9b48a;margin:8px 0 3px} aside p{margin-bottom:2px;overflow-wrap:anywhere} h1{font-size:22pt} .yx{color:#8a5a00;margin-bottom:8px}
  h2{font-size:11pt;color:#8a5a00;margin:9px 0 4px} .job{margin-bottom:7px} .d{color:#666;font-size:9pt}`,
  `<div class="g"><main><h1>${esc(p.name)}</h1><div class="yx">${esc(p.headline)}</div><h2>工作经历</h2>
  ${rev(p).map((j) => `<div class="job"><b>${esc(j.company)}</b>　${esc(j.title)}<div class="d">${range(j, F.zh, '至今', ' - ')}</div><ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul></div>`).join('')}
  <h2>教育经历</h2>${p.edu.map((e) => `<p>${esc(e.school)}　${esc(e.degree)}<br><span class="d">${range(e, F.zh, '', ' - ')}</span></p>`).join('')}</main>
  <aside><h3>联系方式</h3><p>手机：${p.mob[1]}</p><p>微信：${p.mob[0].replace(/ /g, '')}</p>${p.other.map((o) => `<p>${o.label}：${o.text}</p>`).join('')}<p>邮箱：${p.email}</p><p>现居：${p.city}</p>
  <h3>专业技能</h3>${p.skillGroups.map((g) => `<p><b>${esc(g.label)}</b>：${g.items.map(esc).join(' / ')}</p>`).join('')}
  <h3>证书</h3>${p.certs.map((c) => `<p>${esc(c)}</p>`).join('')}<h3>语言</h3>${p.languages.map((c) => `<p>${esc(c)}</p>`).join('')}</aside></div>`, 'zh');

/** c24 bilingual two-column grid: header contact line with web site, social handle and e-mail together; skills as tags in the right column, spoken languages as tags below them. */
const gridHandles: Html = (p) => page(`body{font-family:'Liberation Sans','WenQuanYi Zen Hei'} header{margin-bottom:8px} h1{font-family:'WenQuanYi Zen Hei';font-size:20pt;display:inline} .en{font-size:13pt;margin-left:8px;color:#1d6a72}
  .c{font-size:8.8pt;color:#333;margin-top:3px} .g{display:grid;grid-template-columns:1fr 56mm;gap:6mm} h2{font-size:10.5pt;color:#1d6a72;border-bottom:1px solid #1d6a72;margin:8px 0 4px}
  .tag{display:inline-block;border:1px solid #1d6a72;border-radius:9px;padding:0 6px;margin:0 3px 3px 0;font-size:8.5pt} .lang{border-style:dashed;color:#555} .job{margin-bottom:7px} .d{font-size:9pt;color:#666} h4{font-size:9pt;margin:5px 0 2px}`,
  `<header><h1>${esc(p.name)}</h1><span class="en">${esc(p.nameEn!)}</span><div>${esc(p.headline)}</div>
  <div class="c">${p.city} · ${p.mob[0]} · ${p.email}${p.handle ? ` · ${p.handle}` : ''}${p.web ? ` · ${p.web}` : ''} · ${p.other.map((o) => `${o.label.toLowerCase()} ${o.text}`).join(' · ')}</div></header>
  <div class="g"><main><h2>Experience 经历</h2>${rev(p).map((j) => `<div class="job"><b>${esc(j.title)}</b> @ ${esc(j.company)}<div class="d">${range(j, F.mon, 'now 至今', ' → ')} · ${esc(j.city)}</div><ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul></div>`).join('')}
  <h2>Education 教育</h2>${p.edu.map((e) => `<p>${esc(e.school)} — ${esc(e.degree)} <span class="d">(${y(e.start)}–${y(e.end)})</span></p>`).join('')}</main>
  <aside><h2>Skills 技能</h2>${p.skillGroups.map((g) => `<h4>${esc(g.label)}</h4>${g.items.map((s) => `<span class="tag">${esc(s)}</span>`).join('')}`).join('')}
  <h2>Languages 语言</h2>${p.languages.map((s) => `<span class="tag lang">${esc(s)}</span>`).join('')}<h2>Certs 证书</h2>${p.certs.map((s) => `<p style="font-size:8.8pt">${esc(s)}</p>`).join('')}</aside></div>`);

// ---------- DOCX TEMPLATES ----------
const T = (text: string, o: Record<string, unknown> = {}) => new TextRun({ text, ...o });
const P = (children: (TextRun | ColumnBreak)[] | string, o: Record<string, unknown> = {}) => new Paragraph({ children: typeof children === 'string' ? [T(children)] : children, ...o });
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
const cell = (children: Paragraph[], o: Record<string, unknown> = {}) => new TableCell({ children, margins: { top: 50, bottom: 50, left: 90, right: 90 }, ...o });
const shade = (fill: string) => ({ type: ShadingType.CLEAR, color: 'auto', fill });
const RIGHT = 9600;
type Dx = (p: Person) => Document;
const zhFont = { ascii: 'Liberation Sans', eastAsia: 'SimSun', hAnsi: 'Liberation Sans' };

/** d9 UK Word CV: contact ONLY in the page footer ("M: … | W: … | E: …"), employer with a right-tab date, "Tools:" after the bullets, Key skills as tab-label lines. */
const ukFooterContact: Dx = (p) => new Document({
  styles: { default: { document: { run: { font: 'Liberation Sans', size: 20 } } } },
  sections: [{
    properties: { page: { margin: { top: 1000, bottom: 1100, left: 1100, right: 1100, footer: 500 } } },
    footers: { default: new Footer({ children: [P([T(`M: ${p.mob[1]}   |   W: ${p.other[0].text}   |   E: ${p.email}${p.web ? `   |   ${p.web}` : ''}`, { size: 16, color: '555555' })], { alignment: AlignmentType.CENTER, border: { top: { style: BorderStyle.SINGLE, size: 4, color: '999999', space: 4 } } }), P([T('Page ', { size: 14 }), new TextRun({ children: [PageNumber.CURRENT], size: 14 })], { alignment: AlignmentType.RIGHT })] }) },
    children: [
      P([T(p.name, { size: 40, bold: true, color: '1F3864' })]), P([T(`${p.headline} – ${p.city}`, { size: 24, color: '1F3864' })], { spacing: { after: 160 } }),
      P([T('PROFILE', { bold: true, color: '1F3864' })], { border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '1F3864', space: 1 } }, spacing: { after: 60 } }),
      P(`Platform engineer with ${Math.floor(yearsWorked(p.jobs, REF))} years across building-society IT, an agency and a managed cloud provider.`, { spacing: { after: 120 } }),
      P([T('KEY SKILLS', { bold: true, color: '1F3864' })], { border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '1F3864', space: 1 } }, spacing: { after: 60 } }),
      ...p.skillGroups.map((g) => P([T(`${g.label}:`, { bold: true }), T(`\t${g.items.join(', ')}`)], { tabStops: [{ type: TabStopType.LEFT, position: 2600 }], indent: { left: 2600, hanging: 2600 } })),
      P([T('CAREER HISTORY', { bold: true, color: '1F3864' })], { border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '1F3864', space: 1 } }, spacing: { before: 160, after: 60 } }),
      ...rev(p).flatMap((j) => [
        P([T(`${j.company}, ${j.city}`, { bold: true }), T(`\t${range(j, F.mon, 'Present')}`)], { tabStops: [{ type: TabStopType.RIGHT, position: RIGHT }], spacing: { before: 100 } }),
        P([T(j.title, { italics: true })]),
        ...j.duties.map((d) => P(d, { bullet: { level: 0 } })),
        P([T('Tools: ', { bold: true, size: 18 }), T(j.tools.join(', '), { size: 18 })]),
      ]),
      ...(p.breaks ?? []).map((b) => P([T(b.text, { italics: true }), T(`\t${range(b, F.mon, '')}`, { italics: true })], { tabStops: [{ type: TabStopType.RIGHT, position: RIGHT }], spacing: { before: 100 } })),
      P([T('EDUCATION & CERTIFICATIONS', { bold: true, color: '1F3864' })], { border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '1F3864', space: 1 } }, spacing: { before: 160, after: 60 } }),
      ...p.edu.map((e) => P(`${e.degree}, ${e.school} (${y(e.end)})`)), ...p.certs.map((c) => P(c, { bullet: { level: 0 } })),
    ],
  }],
});

/** d10 German CV written in English: "Personal details" label/value lines on a tab stop (slash-grouped phones), MM/YYYY dates and "since", IT skills with German-style grades, place/date/signature line. */
const deTabs: Dx = (p) => {
  const lv = (l: string, v: string) => P([T(l, { color: '444444' }), T(`\t${v}`)], { tabStops: [{ type: TabStopType.LEFT, position: 2400 }], indent: { left: 2400, hanging: 2400 } });
  const head = (s: string) => P([T(s, { bold: true, size: 24, color: '2E5E8C' })], { spacing: { before: 200, after: 80 }, border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '2E5E8C', space: 1 } } });
  return new Document({
    styles: { default: { document: { run: { font: 'Liberation Serif', size: 21 } } } },
    sections: [{
      properties: { page: { margin: { top: 1100, bottom: 1100, left: 1300, right: 1100 } } },
      children: [
        P([T('Curriculum Vitae', { size: 20, color: '888888' })], { alignment: AlignmentType.RIGHT }),
        P([T(p.name, { size: 36, bold: true })], { spacing: { after: 120 } }),
        head('Personal details'),
        lv('Address', 'Hohenheimer Straße 41, 70184 Stuttgart'), lv('Mobile', p.mob[0]), lv(p.other[0].label, p.other[0].text), lv('Office', `${p.other[1].text} (direct line)`),
        lv('E-mail', `${p.email} (private)`), lv('', `${p.email2} (work – please use private)`), lv('Date of birth', '14 March 1990 in Heilbronn'), lv('Nationality', 'German'),
        head('Professional experience'),
        ...rev(p).flatMap((j) => [
          P([T(j.end ? range(j, F.slash, '') : `since ${F.slash(j.start)}`, { bold: true }), T(`\t${j.title}`, { bold: true })], { tabStops: [{ type: TabStopType.LEFT, position: 2400 }], spacing: { before: 100 } }),
          P([T(`\t${j.company}, ${j.city}`, { italics: true })], { tabStops: [{ type: TabStopType.LEFT, position: 2400 }] }),
          ...j.duties.map((d) => P(d, { bullet: { level: 0 }, indent: { left: 2700, hanging: 260 } })),
        ]),
        head('Education'), ...p.edu.map((e) => lv(range(e, F.slash, ''), `${e.degree}, ${e.school}`)),
        head('IT skills'), ...p.skillGroups.map((g) => lv(g.label, g.items.map((s) => `${s}${lvl(p, s)}`).join(', '))),
        head('Languages'), lv('', p.languages.join(', ')), head('Certificates'), lv('', p.certs.join('; ')),
        P([T('Stuttgart, December 2026')], { spacing: { before: 400 } }), P([T(p.name, { italics: true })]),
      ],
    }],
  });
};

/** d11 Chinese Word 简历: the mobile/WeChat only in the 页眉 (header), the e-mail only in the 页脚 (footer); 技能 as "· 技能（级别）" lines. */
const zhHeaderFooter: Dx = (p) => {
  const head = (s: string) => P([T(s, { bold: true, size: 24, color: 'FFFFFF', font: zhFont })], { shading: shade('2F5496'), spacing: { before: 200, after: 80 } });
  return new Document({
    styles: { default: { document: { run: { font: zhFont, size: 21 } } } },
    sections: [{
      properties: { page: { margin: { top: 1300, bottom: 1300, left: 1200, right: 1200, header: 500, footer: 500 } } },
      headers: { default: new Header({ children: [P([T(`${p.name}　｜　手机/微信：${p.mob[1]}`, { size: 18, color: '555555' })], { alignment: AlignmentType.RIGHT, border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '999999', space: 2 } } })] }) },
      footers: { default: new Footer({ children: [P([T(`邮箱：${p.email}　　${p.other.map((o) => `${o.label}：${o.text}`).join('　')}`, { size: 16, color: '555555' })], { alignment: AlignmentType.CENTER })] }) },
      children: [
        P([T(p.name, { size: 44, bold: true })], { alignment: AlignmentType.CENTER }),
        P([T(`求职意向：${p.headline}　　期望城市：${p.city}　　到岗时间：一个月内`)], { alignment: AlignmentType.CENTER, spacing: { after: 120 } }),
        head('工作经历'),
        ...rev(p).flatMap((j) => [
          P([T(`${range(j, F.zh, '至今', '—')}`, { bold: true }), T(`\t${j.company}`, { bold: true }), T(`\t${j.title}`)], { tabStops: [{ type: TabStopType.LEFT, position: 2900 }, { type: TabStopType.RIGHT, position: RIGHT }], spacing: { before: 80 } }),
          ...j.duties.map((d, i) => P(`${i + 1}. ${d}`, { indent: { left: 420 } })),
        ]),
        head('专业技能'), ...p.skillGroups.map((g) => P(`· ${g.label}：${g.items.map((s) => `${s}${p.levels?.[s] ? `（${p.levels[s]}）` : ''}`).join('、')}`)),
        head('教育背景'), ...p.edu.map((e) => P(`${range(e, F.zh, '', '—')}　${e.school}　${e.degree}`)),
        head('证书与语言'), P(`证书：${p.certs.join('、')}`), P(`语言：${p.languages.join('、')}`),
      ],
    }],
  });
};

/** d12 bilingual Word CV: contact line built with centre and right tab stops (phone ⇥ e-mail ⇥ web · handle), skills block with years in brackets plus Spoken and Certification lines. */
const mixedTabContact: Dx = (p) => {
  const head = (s: string) => P([T(s, { bold: true, size: 22, color: '7B2C2C' })], { spacing: { before: 180, after: 60 }, border: { bottom: { style: BorderStyle.DOTTED, size: 6, color: '7B2C2C', space: 1 } } });
  const extra = [p.web, p.handle].filter(Boolean).join(' · ');
  return new Document({
    styles: { default: { document: { run: { font: zhFont, size: 20 } } } },
    sections: [{
      properties: { page: { margin: { top: 1000, bottom: 1000, left: 1100, right: 1100 } } },
      children: [
        P([T(p.name, { size: 40, bold: true }), T(`  ${p.nameEn}`, { size: 30, color: '7B2C2C' })], { alignment: AlignmentType.CENTER }),
        P([T(p.headline, { color: '555555' })], { alignment: AlignmentType.CENTER, spacing: { after: 80 } }),
        P([T(p.mob[0]), T(`\t${p.email}`), T(`\t${extra || p.city}`)], { tabStops: [{ type: TabStopType.CENTER, position: 4850 }, { type: TabStopType.RIGHT, position: RIGHT }], border: { top: { style: BorderStyle.SINGLE, size: 4, color: '999999', space: 2 }, bottom: { style: BorderStyle.SINGLE, size: 4, color: '999999', space: 2 } } }),
        P([T(`${p.other.map((o) => `${o.label}: ${o.text}`).join('   ')}   ·   ${p.city}, ${p.country}`, { size: 17, color: '666666' })], { alignment: AlignmentType.CENTER }),
        head('Skills 技能'),
        ...p.skillGroups.map((g) => P([T(`${g.label}: `, { bold: true }), T(g.items.map((s) => `${s}${lvl(p, s)}`).join(', '))])),
        P([T('Spoken 语言: ', { bold: true }), T(p.languages.join(', '))]), P([T('Certification 证书: ', { bold: true }), T(p.certs.join('; '))]),
        head('Experience 工作经历'),
        ...rev(p).flatMap((j) => [
          P([T(`${j.company} — ${j.title}`, { bold: true }), T(`\t${range(j, F.slash, 'present 至今')}`)], { tabStops: [{ type: TabStopType.RIGHT, position: RIGHT }], spacing: { before: 80 } }),
          P([T(j.city, { italics: true, color: '666666' })]), ...j.duties.map((d) => P(d, { bullet: { level: 0 } })),
        ]),
        head('Education 教育'), ...p.edu.map((e) => P([T(`${e.degree}, ${e.school}`), T(`\t${range(e, F.slash, '')}`)], { tabStops: [{ type: TabStopType.RIGHT, position: RIGHT }] })),
      ],
    }],
  });
};

/** d19 recruitment-agency candidate profile (Word tables): the agency's own numbers in the page header, the candidate's in a table row; Skill / Years / Level table. */
const agencyTable: Dx = (p) => {
  const za = p.country === 'South Africa';
  const agency = za ? ['Jacaranda Search (Pty) Ltd', 'Tel +27 (0)12 555 0199 · Fax +27 (0)12 555 0198 · cv@jacarandasearch.co.za'] : ['Emerald Talent Partners Ltd', 'T +353 (0)1 669 0420 · consultants@emeraldtalent.ie · Licence EA 4417'];
  const lc = (s: string) => cell([P([T(s, { bold: true, size: 18 })])], { shading: shade('E2E8D5'), width: { size: 2200, type: WidthType.DXA } });
  const vc = (s: string, span = 1) => cell([P([T(s, { size: 18 })])], { columnSpan: span });
  const yrs = (s: string) => { const js = p.jobs.filter((j) => j.tools.includes(s)); return js.length ? String(Math.max(1, Math.round(yearsWorked(js, REF)))) : '—'; };
  return new Document({
    styles: { default: { document: { run: { font: 'Liberation Sans', size: 19 } } } },
    sections: [{
      properties: { page: { margin: { top: 1400, bottom: 1000, left: 1000, right: 1000, header: 500 } } },
      headers: { default: new Header({ children: [P([T(agency[0], { bold: true, color: '4F6228' })]), P([T(agency[1], { size: 15, color: '666666' })], { border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '4F6228', space: 2 } } })] }) },
      children: [
        P([T('CANDIDATE PROFILE', { bold: true, size: 28 })], { spacing: { after: 120 } }),
        new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [
          new TableRow({ children: [lc('Candidate'), vc(p.name, 3)] }),
          new TableRow({ children: [lc('Position sought'), vc(p.headline), lc('Location'), vc(p.city)] }),
          new TableRow({ children: [lc(za ? 'Cell (candidate)' : 'Mobile (candidate)'), vc(p.mob[za ? 1 : 0]), lc('E-mail'), vc(p.email)] }),
          new TableRow({ children: [lc(p.other[0].label), vc(p.other[0].text), lc('Notice period'), vc(za ? '30 days' : '1 month')] }),
          new TableRow({ children: [lc('Consultant'), vc(za ? 'Lerato Dube — 012 555 0193' : 'Ciarán Hegarty — +353 (0)1 669 0427', 3)] }),
        ] }),
        P([T('Employment history', { bold: true, size: 22 })], { spacing: { before: 200, after: 80 } }),
        new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [
          new TableRow({ tableHeader: true, children: ['From', 'To', 'Employer', 'Position'].map(lc) }),
          ...rev(p).flatMap((j) => [
            new TableRow({ children: [vc(F.slash(j.start)), vc(j.end ? F.slash(j.end) : 'current'), vc(j.company), vc(j.title)] }),
            new TableRow({ children: [cell(j.duties.map((d) => P([T(`– ${d}`, { size: 17 })])), { columnSpan: 4 })] }),
          ]),
        ] }),
        P([T('Skills', { bold: true, size: 22 })], { spacing: { before: 200, after: 80 } }),
        new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [
          new TableRow({ tableHeader: true, children: ['Skill', 'Area', 'Years', 'Level'].map(lc) }),
          ...p.skillGroups.flatMap((g) => g.items.map((s) => new TableRow({ children: [vc(s), vc(g.label), vc(yrs(s)), vc(p.levels?.[s] ?? 'working')] }))),
        ] }),
        P([T('Qualifications & languages', { bold: true, size: 22 })], { spacing: { before: 200, after: 80 } }),
        new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [
          new TableRow({ children: [lc('Education'), vc(p.edu.map((e) => `${e.degree}, ${e.school} (${y(e.end)})`).join('; '))] }),
          new TableRow({ children: [lc('Professional'), vc(p.certs.join('; '))] }),
          new TableRow({ children: [lc('Languages'), vc(p.languages.join(', '))] }),
        ] }),
        P([T('Please contact the consultant, not the candidate, to arrange interviews.', { italics: true, size: 16 })], { spacing: { before: 160 } }),
      ],
    }],
  });
};

/** d20 HK / MY form-style Word table: one 聯絡電話 cell holding mobile, office and fax (or H/P and Home) on separate lines, two e-mails in one cell, 專長 as a prose cell. */
const zhPhoneCell: Dx = (p) => {
  const hk = p.country === '香港';
  const L = hk ? { t: '求職申請表', name: '姓名', post: '申請職位', tel: '聯絡電話', mail: '電郵地址', work: '工作經驗', from: '由', to: '至', co: '僱主', pos: '職位', duty: '主要職責', sk: '專長', lang: '語言', cert: '專業資格', edu: '學歷', now: '現在' }
    : { t: 'Resume 个人简历', name: 'Name 姓名', post: 'Position 职位', tel: 'Contact No. 联络电话', mail: 'Email 电邮', work: 'Working Experience 工作经验', from: 'From', to: 'To', co: 'Company 公司', pos: 'Position 职位', duty: 'Responsibilities', sk: 'Skills 技能', lang: 'Languages 语言', cert: 'Certification', edu: 'Education 学历', now: 'Present' };
  const lc = (s: string, span = 1) => cell([P([T(s, { bold: true, size: 18 })])], { shading: shade('D9D9D9'), columnSpan: span });
  const vc = (lines: string[], span = 1) => cell(lines.map((s) => P([T(s, { size: 18 })])), { columnSpan: span });
  const tel = hk ? [`手提：${p.mob[1]}`, ...p.other.map((o) => `${o.label}：${o.text}`)] : [`H/P: ${p.mob[0]} (WhatsApp)`, ...p.other.map((o) => `${o.label}: ${o.text}`)];
  const mails = p.email2 ? [`${p.email}（私人）`, `${p.email2}（${p.email2Kind}）`] : [p.email];
  const prose = hk ? `本人熟悉${p.skillGroups[0].items.join('、')}等專業範疇，並能熟練運用${p.skillGroups[1].items.join('、')}。`
    : `Experienced with ${p.skillGroups.map((g) => `${g.label.toLowerCase()} (${g.items.join(', ')})`).join('; ')}.`;
  return new Document({
    styles: { default: { document: { run: { font: zhFont, size: 19 } } } },
    sections: [{
      properties: { page: { margin: { top: 900, bottom: 900, left: 900, right: 900 } } },
      children: [
        P([T(L.t, { bold: true, size: 32 })], { alignment: AlignmentType.CENTER, spacing: { after: 120 } }),
        new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [
          new TableRow({ children: [lc(L.name), vc([mixedName(p)]), lc(L.post), vc([p.headline], 2)] }),
          new TableRow({ children: [lc(L.tel), vc(tel), lc(L.mail), vc(mails, 2)] }),
          new TableRow({ children: [lc(L.work, 5)] }),
          new TableRow({ children: [lc(L.from), lc(L.to), lc(L.co), lc(L.pos), lc(L.duty)] }),
          ...rev(p).map((j) => new TableRow({ children: [vc([hk ? F.slash(j.start) : F.mon(j.start)]), vc([j.end ? (hk ? F.slash(j.end) : F.mon(j.end)) : L.now]), vc([j.company]), vc([j.title]), vc(j.duties)] })),
          new TableRow({ children: [lc(L.sk), vc([prose], 4)] }),
          new TableRow({ children: [lc(L.lang), vc([p.languages.join(hk ? '、' : ', ')], 4)] }),
          new TableRow({ children: [lc(L.cert), vc(p.certs, 4)] }),
          new TableRow({ children: [lc(L.edu), vc(p.edu.map((e) => `${F.slash(e.start)} – ${F.slash(e.end)}  ${e.school}  ${e.degree}`), 4)] }),
        ] }),
      ],
    }],
  });
};

/** d25 Word CV in two unequal section columns: name section on top, then a narrow contact/skills column with (M)/(R)/(O) tagged numbers and a wide history column after a column break. */
const colsContact: Dx = (p) => {
  const h = (s: string) => P([T(s, { bold: true, size: 20, color: '385723', allCaps: true })], { spacing: { before: 160, after: 40 } });
  const tag = p.country === 'India' ? { m: '(M)', o: '(R)' } : { m: '(mobil)', o: '(arbete)' };
  return new Document({
    styles: { default: { document: { run: { font: 'Liberation Sans', size: 19 } } } },
    sections: [
      { properties: { page: { margin: { top: 900, bottom: 900, left: 1000, right: 1000 } } }, children: [
        P([T(p.name, { size: 40, bold: true, color: '385723' })]), P([T(p.headline, { size: 24 })], { spacing: { after: 100 }, border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: '385723', space: 4 } } }),
      ] },
      { properties: { type: SectionType.CONTINUOUS, column: { count: 2, equalWidth: false, separate: true, space: 400, children: [new Column({ width: 3100, space: 400 }), new Column({ width: 6400 })] } }, children: [
        h('Contact'), P(`${p.mob[0]} ${tag.m}`), ...p.other.map((o) => P(`${o.text} ${o.label === 'Res.' ? tag.o : `(${o.label.toLowerCase()})`}`)),
        P(p.email), ...(p.email2 ? [P([T(`${p.email2} (${p.email2Kind})`, { size: 17 })])] : []), ...(p.web ? [P(p.web)] : []), P(`${p.city}, ${p.country}`),
        h('Skills'), ...p.skillGroups.flatMap((g) => [P([T(g.label, { bold: true, size: 18 })]), ...g.items.map((s) => P(s, { bullet: { level: 0 } }))]),
        h('Languages'), ...p.languages.map((l) => P(l)), h('Certification'), ...p.certs.map((c) => P([T(c, { size: 17 })])),
        P([new ColumnBreak()]),
        h('Experience'),
        ...rev(p).flatMap((j) => [P([T(j.title, { bold: true })], { spacing: { before: 80 } }), P([T(`${j.company} · ${j.city} · ${range(j, F.mon, 'present')}`, { italics: true, color: '555555' })]), ...j.duties.map((d) => P(d, { bullet: { level: 0 } }))]),
        h('Education'), ...p.edu.map((e) => P(`${e.degree} — ${e.school}, ${y(e.start)}–${y(e.end)}`)),
      ] },
    ],
  });
};

/** d26 Chinese Word two-cell résumé: left shaded cell with each contact label on its own line and the value beneath (long e-mail wraps), skills there; history right. */
const zhTwoCell: Dx = (p) => {
  const t = p.trad;
  const lab = (s: string) => P([T(s, { size: 16, color: '7F7F7F' })], { spacing: { before: 60 } });
  const val = (s: string) => P([T(s, { size: 18 })]);
  const h = (s: string) => P([T(s, { bold: true, size: 22, color: '1F4E79' })], { spacing: { before: 160, after: 60 }, border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '1F4E79', space: 1 } } });
  const left = [
    P([T(p.name, { bold: true, size: 36 })]), P([T(p.headline, { size: 18 })]),
    h(t ? '聯絡方式' : '联系方式'), lab(t ? '行動電話' : '手机'), val(p.mob[2]), ...p.other.flatMap((o) => [lab(o.label), val(o.text)]), lab(t ? '電子郵件' : '电子邮箱'), val(p.email), ...(p.email2 ? [lab(`${t ? '電子郵件' : '邮箱'}（${p.email2Kind}）`), val(p.email2)] : []),
    h(t ? '技能' : '技能'), ...p.skillGroups.flatMap((g) => [P([T(g.label, { bold: true, size: 18 })]), P([T(g.items.join(' ｜ '), { size: 18 })])]),
    h(t ? '語言' : '语言'), ...p.languages.map(val), h(t ? '證照' : '证书'), ...p.certs.map(val),
  ];
  const right = [
    h(t ? '工作經歷' : '工作经历'),
    ...rev(p).flatMap((j) => [P([T(j.company, { bold: true }), T(`\t${range(j, F.tw, t ? '迄今' : '至今', '～')}`)], { tabStops: [{ type: TabStopType.RIGHT, position: 6300 }], spacing: { before: 80 } }), P([T(j.title, { italics: true })]), ...j.duties.map((d) => P(`• ${d}`, { indent: { left: 200 } }))]),
    h(t ? '學歷' : '教育背景'), ...p.edu.map((e) => P(`${e.school}　${e.degree}　${range(e, F.tw, '', '～')}`)),
  ];
  return new Document({
    styles: { default: { document: { run: { font: zhFont, size: 19 } } } },
    sections: [{ properties: { page: { margin: { top: 900, bottom: 900, left: 900, right: 900 } } }, children: [
      new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: noBorders, columnWidths: [3300, 6800], rows: [new TableRow({ children: [
        cell(left, { shading: shade('DEEAF6'), width: { size: 3300, type: WidthType.DXA } }), cell(right, { width: { size: 6800, type: WidthType.DXA } }),
      ] })] }),
    ] }],
  });
};

// ---------- TXT TEMPLATES ----------
type Txt = (p: Person) => string;
/** t13 text CV with NO skills section: a "Tools:" line under every job (these lines are its skills); labelled numbers and a private e-mail at the top. */
const txtToolsOnly: Txt = (p) => {
  const lab = p.country === 'South Africa' ? 'Cell' : p.country === 'Sweden' ? 'Mobil' : 'Celular/WhatsApp';
  const L = [p.name.toUpperCase(), p.headline, '', `${lab}: ${p.mob[1]}`, ...p.other.map((o) => `${o.label}: ${o.text}`), `E-mail (private): ${p.email}`, ...(p.email2 ? [`E-mail (${p.email2Kind}): ${p.email2}`] : []), `${p.city}, ${p.country}`, '', 'EXPERIENCE', '----------'];
  for (const j of rev(p)) L.push('', `${j.title} | ${j.company} | ${j.city}`, range(j, F.mon, 'Present'), ...j.duties.map((d) => `  - ${d}`), `  Tools: ${j.tools.join(', ')}`);
  L.push('', 'EDUCATION', '---------', ...p.edu.map((e) => `${e.degree}, ${e.school} (${y(e.start)}-${y(e.end)})`), '', 'CERTIFICATES', '------------', ...p.certs, '', 'LANGUAGES', '---------', p.languages.join(', '), '');
  return L.join('\n');
};
/** t14 Chinese text résumé opening with a 名片-like block (电话/微信, 座机, 邮箱), 技能描述 as prose. */
const txtZhCard: Txt = (p) => {
  const t = p.trad;
  const L = [`${p.name}　｜　${p.headline}`, `${t ? '電話' : '电话'}/${t ? 'WhatsApp' : '微信'}：${p.mob[0]}`, ...p.other.map((o) => `${o.label}：${o.text}`), `${t ? '電郵' : '邮箱'}：${p.email}`, `${t ? '地區' : '所在地'}：${p.city}`, '', `＝＝ ${t ? '技能描述' : '技能描述'} ＝＝`];
  for (const g of p.skillGroups) L.push(`${g.label}：${t ? '能熟練運用' : '能够熟练运用'}${g.items.join('、')}。`);
  L.push('', `＝＝ ${t ? '工作經驗' : '工作经验'} ＝＝`);
  for (const j of rev(p)) L.push('', `${j.company}（${range(j, F.zh, t ? '現在' : '至今', '至')}）`, `${t ? '職位' : '职位'}：${j.title}`, ...j.duties.map((d, i) => `${i + 1}）${d}`));
  L.push('', `＝＝ ${t ? '學歷' : '教育'} ＝＝`, ...p.edu.map((e) => `${range(e, F.dot, '', '-')} ${e.school} ${e.degree}`), '', `＝＝ ${t ? '語言及證書' : '语言及证书'} ＝＝`, p.languages.join('，'), p.certs.join('，'), '');
  return L.join('\n');
};
/** t15 bilingual text CV with the contact details at the END ("Contact 联系方式"), several numbers, private/work e-mail; skills as category lines. */
const txtContactTail: Txt = (p) => {
  const L = [`${p.name}  ${p.nameEn}`, p.headline, '', 'SKILLS 技能'];
  for (const g of p.skillGroups) L.push(`  ${g.label}: ${g.items.join(' / ')}`);
  L.push('', 'EXPERIENCE 工作经历');
  for (const j of rev(p)) L.push('', `  ${j.company}, ${j.city}`, `  ${j.title}   [${range(j, F.slash, 'present 至今', ' - ')}]`, ...j.duties.map((d) => `    * ${d}`));
  L.push('', 'EDUCATION 教育', ...p.edu.map((e) => `  ${e.school}, ${e.degree}, ${y(e.start)}-${y(e.end)}`), '', 'LANGUAGES 语言', `  ${p.languages.join(', ')}`, '', 'CERTIFICATION 证书', ...p.certs.map((c) => `  ${c}`), '',
    'CONTACT 联系方式', `  Mobile 手机 (${p.country}): ${p.mob[2]}`, ...p.other.map((o) => `  ${o.label}: ${o.text}`), `  Email (personal): ${p.email}`, ...(p.email2 ? [`  Email (${p.email2Kind}, please do not use for recruitment): ${p.email2}`] : []), ...(p.web ? [`  Web: ${p.web}`] : []), '');
  return L.join('\n');
};
/** t16 plain-text CV with a right-aligned contact block (country code without +, 00 prefix) and the skills as one prose paragraph, wrapped at 70 columns. */
const wrap = (s: string, w = 70) => { const out: string[] = []; let line = ''; for (const word of s.split(' ')) { if ((line + ' ' + word).trim().length > w) { out.push(line); line = word; } else line = (line + ' ' + word).trim(); } if (line) out.push(line); return out; };
const txtRightBlock: Txt = (p) => {
  const rb = (s: string) => s.padStart(72);
  const c = [p.mob[2] + ' (mobile)', ...p.other.map((o) => `${o.text} (${o.label.toLowerCase().replace('.', '')})`), p.email, `${p.city}, ${p.country}`];
  const g = p.skillGroups;
  const prose = `My core toolset is ${andList(g[0].items)}. ${g.slice(1).map((x) => `In ${x.label.toLowerCase()} I work with ${andList(x.items)}.`).join(' ')}`;
  const L = [p.name, p.headline, ...c.map(rb), '', 'SKILLS', ...wrap(prose), '', 'WORK HISTORY'];
  for (const j of rev(p)) L.push('', `${range(j, F.slash, 'to date', ' to ')}   ${j.company}, ${j.city}`, `${' '.repeat(22)}${j.title}`, ...j.duties.map((d) => `${' '.repeat(22)}o ${d}`));
  L.push('', 'EDUCATION', ...p.edu.map((e) => `${y(e.start)}-${y(e.end)}   ${e.degree}, ${e.school}`), '', 'CERTIFICATION', ...p.certs, '', 'LANGUAGES', p.languages.join(', '), '');
  return L.join('\n');
};

// ---------- the plan ----------
type Layout = 'single' | 'two-column' | 'table';
type Tpl = { id: string; layout: Layout } & ({ kind: 'html'; f: Html } | { kind: 'docx'; f: Dx } | { kind: 'txt'; f: Txt });
const TPL: Record<string, Tpl> = {
  'ie-nameline-prose': { id: 'ie-nameline-prose', layout: 'single', kind: 'html', f: nameLineProse },
  'in-environment': { id: 'in-environment', layout: 'single', kind: 'html', f: inEnvironment },
  'br-techstack': { id: 'br-techstack', layout: 'single', kind: 'html', f: brTechstack },
  'runhead-phone': { id: 'runhead-phone', layout: 'single', kind: 'html', f: runheadPhone },
  'zh-prose-skills': { id: 'zh-prose-skills', layout: 'single', kind: 'html', f: zhProse },
  'tw-hk-contact-ext': { id: 'tw-hk-contact-ext', layout: 'single', kind: 'html', f: twHkContact },
  'dual-email-line': { id: 'dual-email-line', layout: 'single', kind: 'html', f: dualEmail },
  'uk-footer-contact': { id: 'uk-footer-contact', layout: 'single', kind: 'docx', f: ukFooterContact },
  'de-tab-details': { id: 'de-tab-details', layout: 'single', kind: 'docx', f: deTabs },
  'zh-header-footer': { id: 'zh-header-footer', layout: 'single', kind: 'docx', f: zhHeaderFooter },
  'mixed-tab-contact': { id: 'mixed-tab-contact', layout: 'single', kind: 'docx', f: mixedTabContact },
  'txt-tools-only': { id: 'txt-tools-only', layout: 'single', kind: 'txt', f: txtToolsOnly },
  'txt-zh-card': { id: 'txt-zh-card', layout: 'single', kind: 'txt', f: txtZhCard },
  'txt-contact-tail': { id: 'txt-contact-tail', layout: 'single', kind: 'txt', f: txtContactTail },
  'txt-right-block': { id: 'txt-right-block', layout: 'single', kind: 'txt', f: txtRightBlock },
  'contact-table': { id: 'contact-table', layout: 'table', kind: 'html', f: contactTable },
  'zh-tools-table': { id: 'zh-tools-table', layout: 'table', kind: 'html', f: zhToolsTable },
  'agency-table': { id: 'agency-table', layout: 'table', kind: 'docx', f: agencyTable },
  'zh-phone-cell': { id: 'zh-phone-cell', layout: 'table', kind: 'docx', f: zhPhoneCell },
  'bilingual-table': { id: 'bilingual-table', layout: 'table', kind: 'html', f: bilingualTable },
  'rail-country-phones': { id: 'rail-country-phones', layout: 'two-column', kind: 'html', f: railCountryPhones },
  'zh-right-rail': { id: 'zh-right-rail', layout: 'two-column', kind: 'html', f: zhRightRail },
  'grid-handles': { id: 'grid-handles', layout: 'two-column', kind: 'html', f: gridHandles },
  'cols-contact': { id: 'cols-contact', layout: 'two-column', kind: 'docx', f: colsContact },
  'zh-twocell': { id: 'zh-twocell', layout: 'two-column', kind: 'docx', f: zhTwoCell },
};
export const PLAN: Record<string, string[]> = {
  p01: ['ie-nameline-prose', 'agency-table', 'txt-right-block'],
  p02: ['de-tab-details', 'contact-table', 'rail-country-phones'],
  p03: ['in-environment', 'cols-contact', 'txt-right-block'],
  p04: ['runhead-phone', 'uk-footer-contact', 'rail-country-phones'],
  p05: ['ie-nameline-prose', 'agency-table', 'txt-tools-only'],
  p06: ['runhead-phone', 'cols-contact', 'txt-tools-only'],
  p07: ['br-techstack', 'contact-table', 'txt-tools-only'],
  p08: ['zh-prose-skills', 'zh-tools-table', 'zh-twocell'],
  p09: ['tw-hk-contact-ext', 'zh-tools-table', 'zh-twocell'],
  p10: ['zh-header-footer', 'txt-zh-card', 'zh-right-rail'],
  p11: ['tw-hk-contact-ext', 'zh-phone-cell', 'txt-zh-card'],
  p12: ['zh-prose-skills', 'zh-right-rail', 'txt-zh-card'],
  p13: ['dual-email-line', 'txt-contact-tail', 'bilingual-table'],
  p14: ['dual-email-line', 'zh-phone-cell', 'grid-handles'],
  p15: ['mixed-tab-contact', 'txt-contact-tail', 'bilingual-table'],
  p16: ['mixed-tab-contact', 'grid-handles', 'dual-email-line'],
};
const short = { single: 'single', 'two-column': 'twocol', table: 'table' } as const;

async function main() {
  const truthDocs: Record<string, string>[] = [];
  const html: [string, string][] = [];
  for (const p of people) {
    for (const tid of PLAN[p.id]) {
      const t = TPL[tid];
      const base = `${p.id}-${short[t.layout]}-${t.id}`;
      const entry = (file: string, producer: string) => truthDocs.push({ file, person: p.id, template: t.id, layout: t.layout, producer, language: p.lang });
      if (t.kind === 'html') { html.push([`${base}.pdf`, t.f(p)]); entry(`${base}.pdf`, 'chromium'); }
      else if (t.kind === 'txt') { writeFileSync(path.join(docs, `${base}.txt`), t.f(p), 'utf8'); entry(`${base}.txt`, 'txt'); }
      else { writeFileSync(path.join(docs, `${base}.docx`), await Packer.toBuffer(t.f(p))); entry(`${base}.docx`, 'docx'); entry(`${base}.pdf`, 'libreoffice'); }
    }
  }
  await printHtml(docs, html);
  exportDocxToPdf(docs);
  const truth = {
    referenceDate: REF,
    people: people.map((p) => ({
      id: p.id, language: p.lang, name: p.name, email: p.email, phone: p.phone,
      skills: skillsOf(p).map((s) => [s, ...(p.synonyms[s] ?? [])].join(' | ')),
      work: p.jobs.map((j: Job) => ({ company: j.company, start: j.start, end: j.end })),
      yearsOfExperience: yearsWorked(p.jobs, REF),
    })),
    documents: truthDocs,
  };
  const files = truthDocs.map((d) => d.file);
  const extra = readdirSync(docs).filter((f) => !files.includes(f));
  if (extra.length) throw new Error(`unexpected files: ${extra.join(', ')}`);
  writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifestOf(docs, files), null, 2) + '\n');
  console.log(`${files.length} documents`);
}
await main();
