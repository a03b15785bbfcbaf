/** heldout-61 — the Chromium (HTML/CSS) templates. Each returns one HTML page for printHtml (A4, 16/14 mm margins). */
import type { Person, Job } from './people.ts';
import { byId } from './people.ts';
import { esc, fmt, range, newestFirst, skillList, icon, silhouette, type DateStyle } from './lib.ts';

const SANS = "'Liberation Sans', 'DejaVu Sans', sans-serif";
const SERIF = "'Liberation Serif', 'DejaVu Serif', serif";
const SC = "'Noto Sans CJK SC', 'WenQuanYi Zen Hei', sans-serif";
const TC = "'Noto Sans CJK TC', 'Noto Sans CJK HK', sans-serif";
const JP = "'Noto Sans CJK JP', sans-serif";

const page = (lang: string, css: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>*{box-sizing:border-box}html,body{margin:0;padding:0}h1,h2,h3{break-after:avoid}tr,li{break-inside:avoid}${css}</style></head><body>${body}</body></html>`;
const ul = (items: string[]) => `<ul>${items.map((b) => `<li>${esc(b)}</li>`).join('')}</ul>`;

// ───────────────────────────── hyde-site (p01, two-column) ─────────────────────────────
/** Jekyll "Hyde"-type personal site printed from Chrome: dark full-height sidebar holding the site title (the name),
 *  lead, nav and an anti-spam written-out e-mail; the CV is the post in the right column. */
export function hydeSite(p: Person): string {
  const css = `
  body{font-family:${SANS};font-size:9.6pt;color:#313131}
  .ph{display:flex;justify-content:space-between;font-size:7pt;color:#555;margin-bottom:2mm}
  .wrap{display:grid;grid-template-columns:58mm 1fr;min-height:252mm}
  .side{background:#202020;color:rgba(255,255,255,.62);padding:9mm 6mm}
  .side h1{font-family:${SERIF};color:#fff;font-size:21pt;line-height:1.1;margin:0 0 3mm}
  .side .lead{font-size:9.5pt;line-height:1.45;margin:0 0 6mm}
  .side nav a{display:block;color:#fff;text-decoration:none;font-size:9.5pt;padding:1.1mm 0}
  .side nav a.on{text-decoration:underline}
  .side h3{color:#fff;font-size:8.5pt;letter-spacing:.08em;text-transform:uppercase;margin:7mm 0 2mm}
  .side p.c{margin:0 0 2.2mm;font-size:8.6pt;line-height:1.4;color:rgba(255,255,255,.8)}
  .side .small{font-size:7.5pt;margin-top:10mm}
  .main{padding:6mm 0 0 8mm}
  .main h1.t{font-family:${SERIF};font-size:19pt;color:#303030;margin:0}
  .date{color:#9a9a9a;font-size:8.5pt;margin:1mm 0 4mm}
  h2{font-size:12pt;color:#303030;border-bottom:1px solid #e5e5e5;padding-bottom:1mm;margin:5mm 0 2mm}
  h3{font-size:10pt;margin:3mm 0 .5mm;color:#303030}
  .when{font-style:italic;color:#777;font-size:8.8pt}
  ul{margin:1mm 0 0 5mm;padding:0}li{margin:.4mm 0}
  code{font-family:'DejaVu Sans Mono',monospace;font-size:8.4pt;background:#f6f6f6;padding:0 1mm}
  .foot{display:flex;justify-content:space-between;font-size:7pt;color:#555;margin-top:2mm}`;
  const jobs = newestFirst(p.work).map((j) => `<h3>${esc(j.title)} · ${esc(j.company)}</h3>
    <div class="when">${range(j, 'Month YYYY', ' – ', 'present')} · ${esc(j.town)}</div>${ul(j.bullets)}`).join('');
  const edu = [...p.education].reverse().map((e) => `<h3>${esc(e.degree)}</h3><div class="when">${esc(e.school)}, ${esc(e.town)} · ${fmt(e.start, 'YYYY-MM').slice(0, 4)}–${e.end.slice(0, 4)}</div>`).join('');
  const body = `<div class="ph"><span>18/11/2026, 10:42</span><span>CV · ${esc(p.name)}</span><span></span></div>
  <div class="wrap"><aside class="side">
    <h1>${esc(p.name)}</h1>
    <p class="lead">Health data scientist in Bristol. Survival models, causal inference and the pipelines in between.</p>
    <nav><a href="#">Home</a><a href="#" class="on">CV</a><a href="#">Publications</a><a href="#">Talks</a><a href="#">Notes</a></nav>
    <h3>Get in touch</h3>
    <p class="c">eleanor [at] fairweather-quinn [dot] org [dot] uk</p>
    <p class="c">work: e.fairweather-quinn [at] clearwater-health [dot] co [dot] uk</p>
    <p class="c">+44 (0)7700 900417 (mobile, weekdays)</p>
    <p class="c">GitHub: <code style="background:none;color:#fff">${esc(p.handle!)}</code></p>
    <p class="small">© 2026 · Built with Jekyll and the Hyde theme · Hosted on GitHub Pages</p>
  </aside><main class="main">
    <h1 class="t">Curriculum vitae</h1><div class="date">Last updated 2 November 2026 · PDF on request</div>
    <p>${esc(p.summary)}</p>
    <h2>Experience</h2>${jobs}
    <h2>Education</h2>${edu}
    <h2>Skills</h2><p>${skillList(p).map((s) => `<code>${esc(s)}</code>`).join(' ')}</p>
    <h2>Languages &amp; certification</h2><p>${p.languages.map(esc).join(' · ')}<br>${p.certs.map(esc).join(' · ')}</p>
  </main></div>
  <div class="foot"><span>https://fairweather-quinn.org.uk/cv/</span><span>1/1</span></div>`;
  return page('en-GB', css, body);
}

// ───────────────────────────── csj-print (p01, table) ─────────────────────────────
/** UK Civil Service Jobs application summary as printed from the candidate centre (Oleeo-type): separate name cells,
 *  preferred / alternative telephone, postcode cell, employment table with MM/YYYY and "Current role". */
export function csjPrint(p: Person): string {
  const css = `
  body{font-family:${SANS};font-size:9pt;color:#0b0c0c}
  .bar{background:#0b0c0c;color:#fff;padding:3mm 4mm;font-weight:bold;font-size:12pt;display:flex;justify-content:space-between;align-items:center}
  .bar small{font-weight:normal;font-size:8pt}
  .blue{height:2mm;background:#1d70b8;margin-bottom:3mm}
  h1{font-size:14pt;margin:0 0 1mm}.sub{color:#505a5f;margin-bottom:3mm}
  h2{font-size:11pt;margin:5mm 0 1.5mm;border-bottom:2px solid #1d70b8;padding-bottom:.8mm}
  table{width:100%;border-collapse:collapse;margin-bottom:1mm}
  th,td{border:1px solid #b1b4b6;padding:1.3mm 2mm;text-align:left;vertical-align:top}
  th{background:#f3f2f1;font-weight:bold}
  td.l{background:#f3f2f1;font-weight:bold;width:52mm}
  ul{margin:0;padding-left:4mm}
  .foot{margin-top:4mm;font-size:7.5pt;color:#505a5f;display:flex;justify-content:space-between}`;
  const row = (l: string, v: string) => `<tr><td class="l">${l}</td><td>${v}</td></tr>`;
  const jobs = newestFirst(p.work).map((j) => `<tr><td>${esc(j.company)}</td><td>${esc(j.title)}</td><td>${fmt(j.start, 'MM/YYYY')}</td><td>${j.end ? fmt(j.end, 'MM/YYYY') : 'Current role'}</td><td>${ul(j.bullets)}</td></tr>`).join('');
  const body = `<div class="bar"><span>Civil Service Jobs</span><small>Application centre · Print view</small></div><div class="blue"></div>
  <h1>Application summary</h1>
  <div class="sub">Candidate: Dr ${esc(p.name)} · Vacancy reference 412876 · Senior Data Scientist (Health Analysis), Grade 7 · Office for Health Statistics · Submitted 17/11/2026 22:08</div>
  <h2>Personal details</h2><table>
  ${row('Title', 'Dr')}${row('First name', 'Eleanor')}${row('Last name', 'Fairweather-Quinn')}${row('Preferred first name', 'Ellie')}
  ${row('Address line 1', '27 Chandos Road')}${row('Address line 2', 'Redland')}${row('Town / City', 'Bristol')}${row('Postcode', esc(p.postcode))}${row('Country', 'United Kingdom')}
  </table>
  <h2>Contact details</h2><table>
  ${row('Preferred telephone number', esc(p.mobile))}${row('Alternative telephone number', esc(p.home!))}
  ${row('Email address', esc(p.email))}${row('Can we contact you at work?', 'No')}
  </table>
  <h2>Employment history</h2><table><tr><th style="width:38mm">Employer</th><th style="width:34mm">Job title</th><th style="width:18mm">From (MM/YYYY)</th><th style="width:18mm">To (MM/YYYY)</th><th>Main responsibilities</th></tr>${jobs}
  <tr><td colspan="5"><b>Gap in employment 09/2014 – 03/2018:</b> full-time PhD study (see Qualifications).</td></tr></table>
  <h2>Qualifications</h2><table><tr><th>Qualification</th><th>Institution</th><th>Awarded</th></tr>
  ${[...p.education].reverse().map((e) => `<tr><td>${esc(e.degree)}</td><td>${esc(e.school)}</td><td>${fmt(e.end, 'MM/YYYY')}</td></tr>`).join('')}
  <tr><td>${esc(p.certs[0])}</td><td>Royal Statistical Society</td><td>01/2016</td></tr></table>
  <h2>Technical skills</h2><table><tr><td>${ul(skillList(p))}</td></tr></table>
  <h2>Languages</h2><table><tr><td>${p.languages.map(esc).join('; ')}</td></tr></table>
  <div class="foot"><span>civilservicejobs.service.gov.uk · Application 412876-0031</span><span>Printed 18/11/2026 10:51</span></div>`;
  return page('en-GB', css, body);
}

// ───────────────────────────── band-icons (p02, single) ─────────────────────────────
/** US builder résumé: navy name band, then a strip of unlabelled icon contacts (cell and office told apart only by
 *  the icon), single-column body with dates flush right. */
export function bandIcons(p: Person): string {
  const css = `
  body{font-family:${SANS};font-size:9.6pt;color:#222}
  .band{background:#1f3350;color:#fff;padding:7mm 8mm 5mm}
  .band h1{margin:0;font-size:25pt;letter-spacing:.5px}.band h1 small{font-size:13pt;font-weight:normal;color:#c9d6ea}
  .band .hl{font-size:11pt;color:#c9d6ea;margin-top:1mm;text-transform:uppercase;letter-spacing:2px}
  .strip{background:#eef1f5;display:flex;flex-wrap:wrap;gap:1.5mm 7mm;padding:3mm 8mm;font-size:9pt;color:#1f3350}
  .strip span{white-space:nowrap}
  .body{padding:0 8mm}
  h2{font-size:10.5pt;color:#1f3350;text-transform:uppercase;letter-spacing:1.5px;border-bottom:1.5px solid #1f3350;margin:5mm 0 2mm;padding-bottom:.8mm}
  .grid{display:grid;grid-template-columns:repeat(3,1fr);gap:1mm 4mm}
  .grid div:before{content:"▸ ";color:#1f3350}
  .job{margin-bottom:3mm}.jh{display:flex;justify-content:space-between;font-weight:bold}.je{color:#555;font-style:italic}
  ul{margin:1mm 0 0 5mm;padding:0}li{margin:.4mm 0}p{margin:1mm 0}`;
  const jobs = newestFirst(p.work).map((j) => `<div class="job"><div class="jh"><span>${esc(j.title)}</span><span>${range(j, 'Mon YYYY')}</span></div>
    <div class="je">${esc(j.company)} · ${esc(j.town)}</div>${ul(j.bullets)}</div>`).join('');
  const body = `<div class="band"><h1>${esc(p.name)}<small>, ${esc(p.postNominals!)}</small></h1><div class="hl">${esc(p.headline)}</div></div>
  <div class="strip"><span>${icon('mobile')} ${esc(p.mobile)}</span><span>${icon('office')} ${esc(p.office!)}</span><span>${icon('mail')} ${esc(p.email)}</span>
  <span>${icon('pin')} ${esc(p.town)} ${esc(p.postcode)}</span><span>${icon('link')} linkedin.com/in/jrwhitfieldjr</span></div>
  <div class="body"><h2>Professional Summary</h2><p>${esc(p.summary)}</p>
  <h2>Core Skills</h2><div class="grid">${skillList(p).map((s) => `<div>${esc(s)}</div>`).join('')}</div>
  <h2>Professional Experience</h2>${jobs}
  <h2>Education</h2>${p.education.map((e) => `<div class="jh"><span>${esc(e.degree)} — ${esc(e.school)}, ${esc(e.town)}</span><span>${e.end.slice(0, 4)}</span></div>`).join('')}
  <h2>Certifications</h2><p>${p.certs.map(esc).join(' · ')}</p></div>`;
  return page('en-US', css, body);
}

// ───────────────────────────── ng-ruled-cv (p06, table) ─────────────────────────────
/** Nigerian CV set entirely in ruled tables: PERSONAL DATA (surname first, State of Origin, L.G.A., NIN, several GSM
 *  numbers in one cell), institutions attended with dates, numbered work-experience table, referees with GSM numbers. */
export function ngRuledCv(p: Person): string {
  const css = `
  body{font-family:${SERIF};font-size:10pt;color:#000}
  h1{text-align:center;font-size:15pt;text-decoration:underline;margin:0 0 1mm}
  .nm{text-align:center;font-weight:bold;font-size:12pt;margin-bottom:4mm}
  h2{font-size:10.5pt;margin:4mm 0 1mm;text-transform:uppercase}
  table{width:100%;border-collapse:collapse}
  td,th{border:1px solid #000;padding:1.2mm 2mm;vertical-align:top;text-align:left}
  th{background:#d9d9d9}
  td.l{width:48mm;font-weight:bold}
  ul{margin:0;padding-left:4.5mm}`;
  const r = (l: string, v: string) => `<tr><td class="l">${l}</td><td>${v}</td></tr>`;
  const jobs = newestFirst(p.work).map((j, i) => `<tr><td>${i + 1}.</td><td>${range(j, 'Mon. YYYY', ' – ', 'Date')}</td><td>${esc(j.company)}, ${esc(j.town)}</td><td>${esc(j.title)}</td><td>${ul(j.bullets)}</td></tr>`).join('');
  const sk = skillList(p);
  const half = Math.ceil(sk.length / 2);
  const body = `<h1>CURRICULUM VITAE</h1><div class="nm">ENGR. ${esc(p.name.toUpperCase())}, B.Eng, MNSE</div>
  <h2>Personal Data</h2><table>
  ${r('Name', 'OBI-NWOSU Chukwuemeka')}${r('Date of Birth', '22nd March, 1987')}${r('Sex', 'Male')}${r('Marital Status', 'Married')}
  ${r('State of Origin', 'Anambra State')}${r('L.G.A.', 'Nnewi North')}${r('Nationality', 'Nigerian')}${r('NIN', esc(p.idNo!))}
  ${r('Contact Address', `${esc(p.street)}, Lagos State.`)}${r('GSM No.', `${esc(p.mobile)}, ${esc(p.home!)}`)}${r('E-mail', `${esc(p.email)}<br>${esc(p.email2!)}`)}
  </table>
  <h2>Educational Institutions Attended with Dates</h2><table><tr><th>Institution</th><th style="width:34mm">Date</th></tr>
  <tr><td>Federal University of Technology, Oguta, Imo State</td><td>2004 – 2009</td></tr>
  <tr><td>Community Secondary School, Nnewi</td><td>1998 – 2004</td></tr></table>
  <h2>Academic / Professional Qualifications</h2><table>
  <tr><td>${esc(p.education[0].degree)}</td><td style="width:34mm">2009</td></tr>
  <tr><td>NYSC Discharge Certificate</td><td>2010</td></tr>
  ${p.certs.map((c) => `<tr><td>${esc(c)}</td><td>${c.startsWith('COREN') ? '2015' : '2016'}</td></tr>`).join('')}</table>
  <h2>Working Experience</h2><table><tr><th style="width:8mm">S/N</th><th style="width:36mm">Period</th><th style="width:44mm">Organisation</th><th style="width:34mm">Position</th><th>Responsibilities</th></tr>${jobs}</table>
  <h2>Skills</h2><table><tr><td>${ul(sk.slice(0, half))}</td><td>${ul(sk.slice(half))}</td></tr></table>
  <h2>Languages</h2><table><tr><td>${p.languages.map(esc).join(', ')}</td></tr></table>
  <h2>Referees</h2><table><tr><th>Name</th><th>Position</th><th>GSM</th></tr>${p.referees!.map((x) => `<tr><td>${esc(x.name)}</td><td>${esc(x.role)}</td><td>${esc(x.phone)}</td></tr>`).join('')}</table>`;
  return page('en-NG', css, body);
}

// ───────────────────────────── split-contact (p03, p05, p15; two-column) ─────────────────────────────
/** CV-maker "split header": name left, a right-aligned stack of labelled contact lines (several phones, e-mail, postcode,
 *  licence no. or WeChat ID); body in a main column and a ruled side column. */
export function splitContact(p: Person): string {
  const v = {
    p03: { style: 'MM/YYYY' as DateStyle, present: 'present', lines: [`Mobile&nbsp; ${esc(p.mobile)}`, `Home&nbsp; ${esc(p.home!)}`, esc(p.email), `work: ${esc(p.email2!)}`, `${esc(p.street)}, ${esc(p.town)} ${esc(p.postcode)}`], heads: ['Profile', 'Experience', 'Skills', 'Education', 'Certifications', 'Languages'], accent: '#0f6b5c' },
    p05: { style: 'Mon YYYY' as DateStyle, present: 'Current', lines: [`Mob ${esc(p.mobile)}`, `Ph ${esc(p.home!)}`, esc(p.email), `${esc(p.town)} ${esc(p.postcode)}`, 'Licence EW 154287 · Car C 7654321'], heads: ['Career objective', 'Employment history', 'Key skills', 'Training', 'Tickets & licences', 'Languages'], accent: '#b0471e' },
    p15: { style: 'Month YYYY' as DateStyle, present: 'Present', lines: [`Cell ${esc(p.mobile)}`, `Home ${esc(p.home!)}`, esc(p.email), `${esc(p.town)} ${esc(p.postcode)}`, `WeChat 微信: ${esc(p.handle!)}`], heads: ['Profile 个人简介', 'Experience 工作经历', 'Skills 技能', 'Education 教育', 'Designations 资格', 'Languages 语言'], accent: '#7a1f2b' },
  }[p.id as 'p03' | 'p05' | 'p15'];
  const cjk = p.language === 'mixed';
  const css = `
  body{font-family:${SANS}${cjk ? `, ${SC}` : ''};font-size:9.4pt;color:#222}
  header{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:3px solid ${v.accent};padding-bottom:3mm}
  header h1{margin:0;font-size:24pt;color:${v.accent}}header .alt{font-size:12pt;color:#444;margin-top:.5mm}header .hl{font-size:10.5pt;margin-top:1mm}
  header .ct{text-align:right;font-size:8.6pt;line-height:1.45}
  .cols{display:grid;grid-template-columns:1fr 56mm;gap:0 6mm;margin-top:4mm}
  .side{border-left:1px solid #ccc;padding-left:5mm}
  h2{font-size:10pt;text-transform:uppercase;letter-spacing:1px;color:${v.accent};margin:3mm 0 1.5mm}
  .jh{display:flex;justify-content:space-between;font-weight:bold}.je{font-style:italic;color:#555}
  .job{margin-bottom:2.5mm}ul{margin:.8mm 0 0 4.5mm;padding:0}li{margin:.3mm 0}
  .side ul{margin-left:4mm}.side p{margin:.5mm 0 1.5mm}`;
  const nameBlock = cjk ? `<h1>${esc(p.name)}</h1><div class="alt">${esc(p.nameAlt!)}</div>` : `<h1>${esc(p.name)}</h1>`;
  const jobs = newestFirst(p.work).map((j) => `<div class="job"><div class="jh"><span>${esc(j.title)}</span><span>${range(j, v.style, ' – ', v.present)}</span></div><div class="je">${esc(j.company)}, ${esc(j.town)}</div>${ul(j.bullets)}</div>`).join('');
  const edu = [...p.education].reverse().map((e) => `<p><b>${esc(e.degree)}</b><br>${esc(e.school)}, ${esc(e.town)}<br>${fmt(e.start, v.style)} – ${fmt(e.end, v.style)}</p>`).join('');
  const certs = p.id === 'p05' ? p.certs : p.certs;
  const body = `<header><div>${nameBlock}<div class="hl">${esc(p.headline)}</div></div><div class="ct">${v.lines.join('<br>')}</div></header>
  <div class="cols"><main><h2>${v.heads[0]}</h2><p style="margin:0">${esc(p.summary)}</p><h2>${v.heads[1]}</h2>${jobs}</main>
  <aside class="side"><h2>${v.heads[2]}</h2>${ul(skillList(p))}<h2>${v.heads[3]}</h2>${edu}<h2>${v.heads[4]}</h2>${ul(certs)}<h2>${v.heads[5]}</h2>${ul(p.languages)}</aside></div>`;
  return page(cjk ? 'en-CA' : 'en', css, body);
}

// ───────────────────────────── footer-band (p04, p14; two-column) ─────────────────────────────
/** Designer one-pager whose contact details live only in a coloured band at the foot of the page ("Let's talk"),
 *  with ID / IC number in a personal-details block in the narrow column. */
export function footerBand(p: Person): string {
  const p04 = p.id === 'p04';
  const accent = p04 ? '#2d5a3d' : '#8a3b12';
  const style: DateStyle = p04 ? 'Sept YYYY' : 'MM.YYYY';
  const present = 'present';
  const css = `
  body{font-family:${SANS}${p04 ? '' : `, ${SC}`};font-size:9.3pt;color:#262626}
  .pg{height:264mm;display:flex;flex-direction:column}
  .top{padding:2mm 0 4mm;border-bottom:1px solid #ddd}
  .top h1{margin:0;font-size:30pt;font-weight:bold;color:#111;letter-spacing:-.5px}
  .top h1 small{font-size:12pt;color:${accent};font-weight:bold;margin-left:2mm}
  .top .en{font-size:12pt;letter-spacing:4px;color:#555}
  .top .hl{font-size:11pt;color:${accent};margin-top:1mm}
  .cols{flex:1;display:grid;grid-template-columns:54mm 1fr;gap:0 7mm;padding-top:4mm}
  .l h2,.r h2{font-size:9.5pt;text-transform:uppercase;letter-spacing:1.5px;color:${accent};margin:0 0 1.5mm}
  .l section,.r section{margin-bottom:4mm}
  .l p{margin:.4mm 0}.kv b{display:inline-block;width:19mm;font-weight:normal;color:#777}
  ul{margin:.5mm 0 0 4mm;padding:0}li{margin:.3mm 0}
  .job{margin-bottom:2.6mm}.jt{font-weight:bold}.jm{color:#666;font-size:8.6pt}
  .band{background:${accent};color:#fff;padding:3.5mm 5mm;display:flex;flex-wrap:wrap;gap:1.5mm 8mm;font-size:9pt;align-items:center}
  .band .k{font-weight:bold;letter-spacing:1px;text-transform:uppercase;margin-right:2mm}`;
  const jobs = newestFirst(p.work).map((j) => `<div class="job"><div class="jt">${esc(j.title)}</div><div class="jm">${esc(j.company)} · ${esc(j.town)} · ${range(j, style, ' – ', present)}</div>${ul(j.bullets)}</div>`).join('');
  const edu = [...p.education].reverse().map((e) => `<p><b style="width:auto;color:#262626">${esc(e.degree)}</b><br>${esc(e.school)}, ${e.start.slice(0, 4)}–${e.end.slice(0, 4)}</p>`).join('');
  const personal = p04
    ? `<p class="kv"><b>ID no.</b>${esc(p.idNo!)}</p><p class="kv"><b>Born</b>${esc(p.dob!)}</p><p class="kv"><b>Licence</b>Code EB</p><p class="kv"><b>Citizen</b>South African</p>`
    : `<p class="kv"><b>IC No.</b>${esc(p.idNo!)}</p><p class="kv"><b>Born</b>${esc(p.dob!)}</p><p class="kv"><b>Citizen</b>Malaysian</p><p class="kv"><b>Licence</b>D (car)</p>`;
  const contact = p04
    ? `<span class="k">Let's talk</span><span>${icon('mail', 11, '#fff')} ${esc(p.email)}</span><span>${icon('mobile', 11, '#fff')} Cell ${esc(p.mobile)}</span><span>${icon('phone', 11, '#fff')} Work ${esc(p.office!)}</span><span>${icon('pin', 11, '#fff')} Lynnwood, Pretoria ${esc(p.postcode)}</span>`
    : `<span class="k">Contact 联系</span><span>${icon('mobile', 11, '#fff')} H/P ${esc(p.mobile)}</span><span>${icon('phone', 11, '#fff')} Office ${esc(p.office!)}</span><span>${icon('mail', 11, '#fff')} ${esc(p.email)}</span><span>${icon('pin', 11, '#fff')} ${esc(p.postcode)} ${esc(p.town)}</span>`;
  const head = p04
    ? `<h1>${esc(p.name)}<small>${esc(p.postNominals!)}</small></h1>`
    : `<h1>${esc(p.name)}</h1><div class="en">${esc(p.nameAlt!.toUpperCase())}</div>`;
  const body = `<div class="pg"><div class="top">${head}<div class="hl">${esc(p.headline)}</div></div>
  <div class="cols"><div class="l"><section><h2>${p04 ? 'Personal details' : 'Particulars 个人资料'}</h2>${personal}</section>
  <section><h2>${p04 ? 'Skills' : 'Skills 专业技能'}</h2>${ul(skillList(p))}</section>
  <section><h2>${p04 ? 'Education' : 'Education 学历'}</h2>${edu}</section>
  <section><h2>${p04 ? 'Professional' : 'Certification 证书'}</h2>${ul(p.certs)}</section>
  <section><h2>${p04 ? 'Languages' : 'Languages 语言'}</h2>${ul(p.languages)}</section></div>
  <div class="r"><section><h2>${p04 ? 'Profile' : 'Profile 简介'}</h2><p style="margin:0">${esc(p.summary)}</p></section>
  <section><h2>${p04 ? 'Experience' : 'Experience 工作经历'}</h2>${jobs}</section></div></div>
  <div class="band">${contact}</div></div>`;
  return page(p04 ? 'en-ZA' : 'en-MY', css, body);
}

// ───────────────────────────── daijob-print (p07, table) ─────────────────────────────
/** Bilingual job board for Japan (Daijob / CareerCross-type), English UI "My Resume" print: home phone before mobile,
 *  〒 postal code cell, sub e-mail, resume ID. */
export function daijobPrint(p: Person): string {
  const css = `
  body{font-family:${SANS}, ${JP};font-size:9pt;color:#222}
  .site{display:flex;justify-content:space-between;align-items:center;border-bottom:3px solid #c8102e;padding-bottom:2mm}
  .site b{font-size:15pt;color:#c8102e}.site span{font-size:8pt;color:#666;text-align:right}
  h1{font-size:13pt;margin:3mm 0 2mm}
  h2{font-size:10pt;background:#f1f1f1;border-left:4px solid #c8102e;padding:1.2mm 2mm;margin:4mm 0 1.5mm}
  table{width:100%;border-collapse:collapse}
  th,td{border:1px solid #c9c9c9;padding:1.2mm 2mm;text-align:left;vertical-align:top}
  th{background:#fafafa;width:40mm;font-weight:bold;color:#444}
  table.g th{width:auto}
  ul{margin:0;padding-left:4mm}`;
  const r = (l: string, v: string) => `<tr><th>${l}</th><td>${v}</td></tr>`;
  const jobs = newestFirst(p.work).map((j) => `<tr><td style="width:30mm">${range(j, 'YYYY/MM', ' – ')}</td><td style="width:42mm">${esc(j.company)}<br><span style="color:#777">${esc(j.town)}</span></td><td style="width:36mm">${esc(j.title)}</td><td>${ul(j.bullets)}</td></tr>`).join('');
  const body = `<div class="site"><b>CareerBridge Japan</b><span>Resume ID: R-0418-77316 · Last updated 2026/11/02<br>Printed from My Page</span></div>
  <h1>Resume (English)</h1>
  <h2>Personal Information</h2><table>
  ${r('Name', esc(p.name))}${r('Name (Japanese)', '山本 恵子（やまもと けいこ）')}${r('Gender', 'Female')}${r('Date of Birth', '1988/09/21')}${r('Nationality', 'Japan')}
  ${r('Postal Code', `〒${esc(p.postcode)}`)}${r('Address', 'Minatomirai 2-14-7, Nishi-ku, Yokohama-shi, Kanagawa')}
  ${r('Phone (Home)', esc(p.home!))}${r('Phone (Mobile)', esc(p.mobile))}${r('E-mail', esc(p.email))}${r('E-mail (Sub)', esc(p.email2!))}${r('Visa Status', 'Japanese citizen (not required)')}
  </table>
  <h2>Language Skills</h2><table class="g"><tr><th>Language</th><th>Level</th><th>Certification</th></tr>
  <tr><td>Japanese</td><td>Native</td><td>—</td></tr><tr><td>English</td><td>Business</td><td>TOEIC 965 (2019)</td></tr><tr><td>Korean</td><td>Basic</td><td>—</td></tr></table>
  <h2>Work Experience</h2><table class="g"><tr><th>Period</th><th>Company</th><th>Position</th><th>Job Description</th></tr>${jobs}</table>
  <h2>Skills</h2><table class="g"><tr><th>Skill</th></tr>${skillList(p).map((s) => `<tr><td>${esc(s)}</td></tr>`).join('')}</table>
  <h2>Education</h2><table class="g"><tr><th>Period</th><th>School</th><th>Degree</th></tr>${p.education.map((e) => `<tr><td>${fmt(e.start, 'YYYY/MM')} – ${fmt(e.end, 'YYYY/MM')}</td><td>${esc(e.school)}</td><td>${esc(e.degree)}</td></tr>`).join('')}</table>
  <h2>Licenses &amp; Certifications</h2><table class="g">${p.certs.map((c) => `<tr><td>${esc(c)}</td></tr>`).join('')}</table>`;
  return page('en', css, body);
}

// ───────────────────────────── yinhang-baoming (p08, p12; table) ─────────────────────────────
/** 银行社会招聘 网申系统「报名信息表」打印页：报名编号、身份证号码、手机号码与固定电话、邮政编码同在一张格子表里，
 *  工作经历带证明人及证明人电话，家庭成员带电话。 */
export function yinhangBaoming(p: Person): string {
  const p08 = p.id === 'p08';
  const bank = p08 ? '北燕商业银行股份有限公司' : '南海农村商业银行股份有限公司';
  const post = p08 ? '总行计划财务部 · 财务管理岗' : '信息科技部 · 硬件测试与运维岗';
  const no = p08 ? 'BY2026110400317' : 'NH2026-ST-0009142';
  const style: DateStyle = p08 ? 'YYYY.MM' : 'zh';
  const sep = p08 ? ' — ' : '—';
  const present = p08 ? '至今' : '至今';
  const css = `
  body{font-family:${SC};font-size:8.6pt;color:#111;line-height:1.35}
  .hd{text-align:center;border-bottom:2px solid #a4161a;padding-bottom:1.5mm}
  .hd .b{color:#a4161a;font-size:11pt;font-weight:bold}.hd h1{font-size:15pt;margin:1mm 0 0}
  .meta{display:flex;justify-content:space-between;font-size:8pt;color:#444;margin:2mm 0}
  table{width:100%;border-collapse:collapse;margin-bottom:2mm;table-layout:fixed}
  td,th{border:1px solid #666;padding:.8mm 1.4mm;vertical-align:middle;word-break:break-all}
  td.l,th{background:#f2f2f2;text-align:center;font-weight:normal;word-break:keep-all}
  .sec{background:#a4161a;color:#fff;font-weight:bold;text-align:left;padding:.9mm 2mm}
  ol{margin:0;padding-left:4mm}
  .ph{padding:0;text-align:center}
  .sign{margin-top:3mm;font-size:9pt}`;
  const rows = newestFirst(p.work).map((j, i) => {
    const ref = p08 ? [['张卫东', '010-8256 1200'], ['刘敏', '010-6431 5528'], ['郑海涛', '010-6522 7310'], ['宋丽', '010-6522 7300']][i] : [['黄志坚', '0755-8609 3300'], ['吴少峰', '0755-2678 4410'], ['吴少峰', '0755-2678 4410']][i];
    return `<tr><td>${range(j, style, sep, present)}</td><td>${esc(j.company)}</td><td>${p08 ? (i === 0 ? '财务部' : i === 1 ? '财务部' : '审计二部') : i === 0 ? '测试部' : '硬件部'}</td><td>${esc(j.title)}</td><td>${ref[0]}</td><td>${ref[1]}</td></tr>`;
  }).join('');
  const duties = newestFirst(p.work).map((j) => `<li>${esc(j.company)}（${esc(j.title)}）：${j.bullets.map(esc).join('')}</li>`).join('');
  const L = (s: string) => `<td class="l">${s}</td>`;
  const body = `<div class="hd"><div class="b">${bank}</div><h1>2026年社会招聘 报名信息表</h1></div>
  <div class="meta"><span>报名编号：${no}</span><span>应聘岗位：${post}</span><span>提交时间：2026-11-04 21:16</span></div>
  <table><colgroup><col style="width:20mm"><col><col style="width:20mm"><col><col style="width:27mm"></colgroup>
  <tr><td colspan="5" class="sec">一、基本信息</td></tr>
  <tr>${L('姓　　名')}<td>${esc(p.name)}</td>${L('性　　别')}<td>男</td><td rowspan="4" class="ph">${silhouette(100, 128)}</td></tr>
  <tr>${L('出生日期')}<td>${esc(p.dob!)}</td>${L('民　　族')}<td>汉族</td></tr>
  <tr>${L('政治面貌')}<td>${p08 ? '中共党员' : '群众'}</td>${L('婚姻状况')}<td>${p08 ? '已婚' : '已婚'}</td></tr>
  <tr>${L('身份证号码')}<td>${esc(p.idNo!)}</td>${L('户籍所在地')}<td>${p08 ? '北京市东城区' : '湖南省常宁市'}</td></tr>
  <tr>${L('手机号码')}<td>${esc(p.phone.slice(3))}</td>${L('固定电话')}<td colspan="2">${esc(p.office!)}</td></tr>
  <tr>${L('电子邮箱')}<td>${esc(p.email)}</td>${L('备用邮箱')}<td colspan="2">${esc(p.email2!)}</td></tr>
  <tr>${L('邮政编码')}<td>${esc(p.postcode)}</td>${L('通讯地址')}<td colspan="2">${esc(p.street)}</td></tr>
  <tr>${L('最高学历')}<td>本科</td>${L('最高学位')}<td colspan="2">${p08 ? '管理学学士' : '工学学士'}</td></tr>
  </table>
  <table><colgroup><col style="width:40mm"><col><col style="width:38mm"><col style="width:24mm"></colgroup>
  <tr><td colspan="4" class="sec">二、学习经历（从高中填起）</td></tr>
  <tr><th>起止时间</th><th>学校</th><th>专业</th><th>学历 / 学位</th></tr>
  <tr><td>${p08 ? '2001.09 — 2004.07' : '2007年9月—2010年6月'}</td><td>${p08 ? '北京市第一七一中学分校' : '常宁市第二中学'}</td><td>—</td><td>高中</td></tr>
  ${p.education.map((e) => `<tr><td>${fmt(e.start, style)}${sep}${fmt(e.end, style)}</td><td>${esc(e.school)}</td><td>${esc(e.degree.split(' ')[0])}</td><td>本科 / 学士</td></tr>`).join('')}
  </table>
  <table><colgroup><col style="width:38mm"><col><col style="width:17mm"><col style="width:26mm"><col style="width:15mm"><col style="width:28mm"></colgroup>
  <tr><td colspan="6" class="sec">三、工作经历</td></tr>
  <tr><th>起止时间</th><th>工作单位</th><th>部门</th><th>职务</th><th>证明人</th><th>证明人电话</th></tr>${rows}
  <tr>${L('主要工作内容')}<td colspan="5"><ol>${duties}</ol></td></tr></table>
  <table><colgroup><col style="width:24mm"><col></colgroup>
  <tr><td colspan="2" class="sec">四、专业能力</td></tr>
  <tr>${L('专业技能')}<td>${skillList(p).map(esc).join('；')}</td></tr>
  <tr>${L('资格证书')}<td>${p.certs.map(esc).join('；')}</td></tr>
  <tr>${L('外语水平')}<td>${p.languages.map(esc).join('；')}</td></tr></table>
  <table><colgroup><col style="width:16mm"><col style="width:20mm"><col><col style="width:32mm"></colgroup>
  <tr><td colspan="4" class="sec">五、家庭主要成员</td></tr>
  <tr><th>称谓</th><th>姓名</th><th>工作单位及职务</th><th>联系电话</th></tr>
  ${p08 ? `<tr><td>配偶</td><td>沈佳琪</td><td>北京市朝阳区某小学 教师</td><td>138 1177 2046</td></tr><tr><td>父亲</td><td>欧阳建国</td><td>退休</td><td>0730-822 4519</td></tr>`
    : `<tr><td>配偶</td><td>曾晓雯</td><td>深圳某科技公司 行政专员</td><td>135 9021 6637</td></tr><tr><td>母亲</td><td>谭桂兰</td><td>务农</td><td>0734-721 8806</td></tr>`}
  </table>
  <div class="sign">本人承诺：以上所填信息真实、准确，如有虚假，自愿取消应聘资格。　　报名人（签字）：${esc(p.name)}　　日期：2026年11月4日</div>`;
  return page('zh-CN', css, body);
}

// ───────────────────────────── zh-zijianxin (p09, single, 2 pages) ─────────────────────────────
/** 自荐信 + 简历：第一页是自荐信，联系方式只在落款下方；第二页是单栏简历，联系方式在图标行里。 */
export function zhZijianxin(p: Person): string {
  const css = `
  body{font-family:${SC};font-size:10pt;color:#222;line-height:1.7}
  .letter{height:262mm;padding:6mm 8mm;position:relative}
  .letter h1{text-align:center;font-size:17pt;letter-spacing:8px;margin:4mm 0 8mm}
  .letter p{text-indent:2em;margin:0 0 3mm}
  .letter .close{margin-top:8mm;text-align:right}
  .letter .ct{margin-top:8mm;border-top:1px dashed #999;padding-top:3mm;font-size:9.5pt;text-align:right}
  .cv{page-break-before:always;line-height:1.55;font-size:9.5pt}
  .cv .nm{font-size:22pt;font-weight:bold;color:#2a4d69}
  .cv .info{color:#555;margin:1mm 0}
  .cv .ic{display:flex;gap:6mm;flex-wrap:wrap;font-size:9pt;color:#2a4d69;border-bottom:2px solid #2a4d69;padding-bottom:2mm}
  h2{font-size:11pt;color:#2a4d69;margin:4mm 0 1.5mm;border-left:4px solid #2a4d69;padding-left:2mm}
  .jh{display:flex;justify-content:space-between;font-weight:bold}
  ul{margin:.5mm 0 2mm 5mm;padding:0}`;
  const jobs = newestFirst(p.work).map((j) => `<div class="jh"><span>${esc(j.company)}　｜　${esc(j.title)}</span><span>${j.end ? `${fmt(j.start, 'zh')}—${fmt(j.end, 'zh')}` : `${fmt(j.start, 'zh')}至今`}</span></div>${ul(j.bullets)}`).join('');
  const body = `<div class="letter"><h1>自 荐 信</h1>
  <div style="margin-bottom:3mm">尊敬的招聘负责人：</div>
  <p>您好！感谢您在百忙之中阅读我的自荐信。我从事新媒体与品牌内容工作已有十一年，先后在文化传播公司、美妆品牌和生活方式品牌负责内容、投放与活动。得知贵公司正在招聘内容营销负责人，我非常希望能有机会加入。</p>
  <p>在蔓途（上海）化妆品有限公司任品牌经理期间，我负责两个子品牌的年度传播规划，通过调整达人结构与内容节奏，小红书投放ROI由1.8提升到3.2。加入拾光里之后，我统筹小红书、抖音、视频号的内容与投放，带领6人团队，一年内新增会员4.6万。</p>
  <p>我相信自己对内容的敏感度、对数据的耐心以及带团队的经验，能够为贵公司的品牌增长带来帮助。随信附上个人简历，期待与您进一步沟通。</p>
  <div style="margin-top:6mm">此致</div><div>敬礼！</div>
  <div class="close">自荐人：${esc(p.name)}<br>2026年11月18日</div>
  <div class="ct">联系电话：${esc(p.mobile)}（微信同号）<br>电子邮箱：${esc(p.email)}　/　${esc(p.email2!)}</div></div>
  <div class="cv"><div class="nm">${esc(p.name)}</div>
  <div class="info">求职意向：内容营销负责人 / 新媒体运营经理　｜　女　｜　1993年生　｜　现居上海徐汇</div>
  <div class="ic"><span>${icon('mobile', 12)} ${esc(p.mobile)}</span><span>${icon('mail', 12)} ${esc(p.email)}</span><span>${icon('chat', 12)} 微信 ${esc(p.handle!)}</span><span>${icon('pin', 12)} 上海 · ${esc(p.postcode)}</span></div>
  <h2>个人优势</h2><div>${esc(p.summary)}</div>
  <h2>工作经历</h2>${jobs}
  <h2>教育背景</h2>${p.education.map((e) => `<div class="jh"><span>${esc(e.school)}　｜　${esc(e.degree)}</span><span>${fmt(e.start, 'YYYY.MM')} - ${fmt(e.end, 'YYYY.MM')}</span></div>`).join('')}
  <h2>专业技能</h2><div>${skillList(p).map(esc).join('　·　')}</div>
  <h2>语言与证书</h2><div>${[...p.languages, ...p.certs].map(esc).join('　·　')}</div></div>`;
  return page('zh-CN', css, body);
}

// ───────────────────────────── tw-eapply (p10, table) ─────────────────────────────
/** 科學園區公司「人才招募網」應徵資料列印（中英雙語欄位）：行動/住家/公司電話與分機、聯絡時段、郵遞區號、身分證字號、緊急聯絡人電話。 */
export function twEapply(p: Person): string {
  const css = `
  body{font-family:${TC};font-size:8.4pt;color:#1a1a1a;line-height:1.3}
  .top{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:2px solid #005b96;padding-bottom:1.5mm}
  .top b{font-size:13pt;color:#005b96}.top span{font-size:8pt;color:#555;text-align:right}
  h2{font-size:9.2pt;color:#fff;background:#005b96;padding:.8mm 2mm;margin:2.4mm 0 0}
  table{width:100%;border-collapse:collapse;table-layout:fixed}
  td,th{border:1px solid #9fb3c8;padding:.7mm 1.4mm;vertical-align:middle;word-break:break-all}
  td.l,th{background:#eaf1f8;color:#133b5c;font-weight:normal;word-break:normal}
  td.l small,th small{display:block;font-size:6.8pt;color:#4a6a88}
  .ph{padding:0;text-align:center}`;
  const L = (zh: string, en: string) => `<td class="l">${zh}<small>${en}</small></td>`;
  const jobs = newestFirst(p.work).map((j, i) => `<tr><td>${esc(j.company)}</td><td>${esc(j.title)}</td><td>${fmt(j.start, 'YYYY/MM')} ~ ${j.end ? fmt(j.end, 'YYYY/MM') : '迄今'}</td><td>${['在職中', '內部升遷', '個人生涯規劃', '實習結束'][i]}</td></tr>`).join('');
  const body = `<div class="top"><b>聯昇科技股份有限公司 人才招募網</b><span>應徵資料列印 Application Print<br>列印日期：2026/11/17 22:41</span></div>
  <div style="margin:2mm 0;font-size:8.5pt">應徵職缺 Position：製程整合主任工程師（竹南廠）　　應徵序號 Application No.：2026-PIE-00871</div>
  <h2>個人資料 Personal Data</h2>
  <table><colgroup><col style="width:23mm"><col><col style="width:23mm"><col><col style="width:28mm"></colgroup>
  <tr>${L('中文姓名', 'Chinese Name')}<td>${esc(p.name)}</td>${L('英文姓名', 'English Name')}<td>${esc(p.nameAlt!)}</td><td rowspan="4" class="ph">${silhouette(100, 118)}</td></tr>
  <tr>${L('身分證字號', 'ID No.')}<td>${esc(p.idNo!)}</td>${L('出生日期', 'Date of Birth')}<td>${esc(p.dob!)}</td></tr>
  <tr>${L('性別', 'Gender')}<td>女</td>${L('婚姻狀況', 'Marital Status')}<td>未婚</td></tr>
  <tr>${L('行動電話', 'Mobile')}<td>${esc(p.mobile)}</td>${L('住家電話', 'Home Tel.')}<td>${esc(p.home!)}</td></tr>
  <tr>${L('公司電話', 'Office Tel.')}<td>${esc(p.office!)}</td>${L('聯絡時段', 'Best Time')}<td colspan="2">平日 18:00 後，請勿於上班時間來電公司</td></tr>
  <tr>${L('E-mail', 'Primary')}<td>${esc(p.email)}</td>${L('備用 E-mail', 'Secondary')}<td colspan="2">${esc(p.email2!)}</td></tr>
  <tr>${L('郵遞區號', 'Zip Code')}<td>${esc(p.postcode)}</td>${L('通訊地址', 'Address')}<td colspan="2">${esc(p.street)}</td></tr>
  <tr>${L('緊急聯絡人', 'Emergency Contact')}<td>蔡明德（父）</td>${L('緊急聯絡電話', 'Emergency Tel.')}<td colspan="2">(03)532-7741 / 0933-208-615</td></tr>
  </table>
  <h2>學歷 Education</h2><table><tr><th>學校名稱 School</th><th>科系 Major / 學位 Degree</th><th style="width:38mm">起訖年月 Period</th><th style="width:20mm">狀態 Status</th></tr>
  ${[...p.education].reverse().map((e) => `<tr><td>${esc(e.school)}</td><td>${esc(e.degree)}</td><td>${fmt(e.start, 'YYYY/MM')} ~ ${fmt(e.end, 'YYYY/MM')}</td><td>畢業</td></tr>`).join('')}</table>
  <h2>工作經歷 Work Experience</h2><table><tr><th>公司名稱 Company</th><th style="width:34mm">職稱 Title</th><th style="width:38mm">起訖年月 Period</th><th style="width:30mm">離職原因 Reason for Leaving</th></tr>${jobs}</table>
  <table><tr>${L('工作內容', 'Job Description')}<td colspan="3">${newestFirst(p.work).map((j) => `【${esc(j.title)}】${j.bullets.map(esc).join('')}`).join('<br>')}</td></tr></table>
  <h2>專業技能 Skills</h2><table><tr><th style="width:36mm">類別 Category</th><th>技能 Skills</th></tr>
  <tr><td>製程 / 品質</td><td>${skillList(p).slice(0, 4).map(esc).join('、')}</td></tr>
  <tr><td>工具 / 方法</td><td>${skillList(p).slice(4).map(esc).join('、')}</td></tr></table>
  <h2>語言能力與證照 Languages &amp; Licenses</h2><table><tr><td>${p.languages.map(esc).join('；')}</td><td>${p.certs.map(esc).join('；')}</td></tr></table>`;
  return page('zh-TW', css, body);
}

// ───────────────────────────── handles-rail (p11, p13, p16; two-column) ─────────────────────────────
/** Builder CV with a tinted rail whose contact block lists messaging handles next to the numbers (WhatsApp, Signal,
 *  Telegram, WeChat); the long e-mail wraps inside the rail; name in two scripts heads the main column. */
export function handlesRail(p: Person): string {
  const cfg = {
    p11: { font: TC, lang: 'zh-HK', accent: '#0e5a6e', tint: '#e7f0f2', style: 'zh' as DateStyle, sep: ' – ', present: '現在',
      heads: ['聯絡', '個人資料', '專業技能', '語言', '證書', '個人簡介', '工作經驗', '學歷'],
      contact: [['mobile', `手提：${esc(p.mobile)}（WhatsApp / Signal）`], ['office', `辦公室：${esc(p.office!)}`], ['home', `住宅：${esc(p.home!)}`], ['mail', `電郵：${esc(p.email)}`], ['chat', '微信 WeChat：kaho_au89']],
      particulars: [`身份證：${esc(p.idNo!)}`, `出生：${esc(p.dob!)}`, `地址：${esc(p.street)}`, '可上班日期：一個月通知'] },
    p13: { font: `${SANS}, ${SC}`, lang: 'en-SG', accent: '#5b2a86', tint: '#f1ecf6', style: 'Mon YYYY' as DateStyle, sep: ' – ', present: 'Present',
      heads: ['Contact', 'Particulars', 'Skills', 'Languages', 'Certification', 'Profile', 'Experience', 'Education'],
      contact: [['mobile', `HP ${esc(p.mobile)} (WhatsApp / Telegram)`], ['home', `Home ${esc(p.home!)}`], ['office', `Office ${esc(p.office!)}`], ['mail', esc(p.email)], ['plane', `Telegram @${esc(p.handle!)}`]],
      particulars: [`NRIC ${esc(p.idNo!)}`, `DOB ${esc(p.dob!)}`, esc(p.street), `Singapore ${esc(p.postcode)}`, 'Notice: 1 month'] },
    p16: { font: `${SANS}, ${SC}`, lang: 'en-DE', accent: '#334155', tint: '#eef1f5', style: 'MM/YYYY' as DateStyle, sep: ' – ', present: 'today',
      heads: ['Kontakt / Contact', 'Persönliches', 'Skills', 'Languages', 'Certificates', 'Profile', 'Experience', 'Education'],
      contact: [['mobile', `Mobil / Signal: +49 (0)151 4127 8830`], ['phone', `Festnetz: ${esc(p.home!)}`], ['mail', esc(p.email)], ['globe', esc(p.web!)], ['mail', esc(p.email2!)], ['link', 'xing.com/profile/Haoran_Sun7']],
      particulars: [`${esc(p.street)}`, `${esc(p.postcode)} ${esc(p.town)}`, `Born ${esc(p.dob!)}, Suzhou`, 'Blue Card EU → settlement permit'] },
  }[p.id as 'p11' | 'p13' | 'p16'];
  const css = `
  body{font-family:${cfg.font};font-size:9.2pt;color:#222}
  .wrap{display:grid;grid-template-columns:60mm 1fr;min-height:264mm}
  .rail{background:${cfg.tint};padding:6mm 5mm;border-right:3px solid ${cfg.accent}}
  .rail h3{font-size:9pt;text-transform:uppercase;letter-spacing:1px;color:${cfg.accent};margin:0 0 1.5mm}
  .rail section{margin-bottom:5mm}
  .rail .c{display:grid;grid-template-columns:5mm 1fr;gap:0 1mm;margin:0 0 1.6mm;line-height:1.35;overflow-wrap:anywhere}
  .rail p{margin:0 0 1mm;overflow-wrap:anywhere}
  .rail ul{margin:0;padding-left:4mm}
  .main{padding:6mm 0 0 7mm}
  .main h1{margin:0;font-size:26pt;color:${cfg.accent};letter-spacing:2px}
  .main .alt{font-size:12pt;letter-spacing:2px;color:#555}
  .main .hl{font-size:11pt;margin:1mm 0 3mm;color:#333}
  .main h2{font-size:10.5pt;color:${cfg.accent};text-transform:uppercase;letter-spacing:1px;border-bottom:1px solid ${cfg.accent};padding-bottom:.6mm;margin:4mm 0 2mm}
  .job{margin-bottom:2.6mm}.jh{display:flex;justify-content:space-between;gap:3mm;font-weight:bold}
  .pill{font-weight:normal;font-size:8.2pt;background:${cfg.tint};color:${cfg.accent};border-radius:3mm;padding:.3mm 2.5mm;white-space:nowrap}
  .je{color:#555}ul{margin:.6mm 0 0 4.5mm;padding:0}li{margin:.3mm 0}`;
  const jobs = newestFirst(p.work).map((j) => {
    const period = p.id === 'p16' && !j.end ? `since ${fmt(j.start, 'MM/YYYY')}` : range(j, cfg.style, cfg.sep, cfg.present);
    return `<div class="job"><div class="jh"><span>${esc(j.title)}</span><span class="pill">${period}</span></div><div class="je">${esc(j.company)} · ${esc(j.town)}</div>${ul(j.bullets)}</div>`;
  }).join('');
  const edu = [...p.education].reverse().map((e) => `<div class="job"><div class="jh"><span>${esc(e.degree)}</span><span class="pill">${fmt(e.start, cfg.style)}${cfg.sep}${fmt(e.end, cfg.style)}</span></div><div class="je">${esc(e.school)} · ${esc(e.town)}</div></div>`).join('');
  const body = `<div class="wrap"><aside class="rail">
  <section><h3>${cfg.heads[0]}</h3>${cfg.contact.map(([ic, t]) => `<div class="c"><span>${icon(ic, 11, cfg.accent)}</span><span>${t}</span></div>`).join('')}</section>
  <section><h3>${cfg.heads[1]}</h3>${cfg.particulars.map((x) => `<p>${x}</p>`).join('')}</section>
  <section><h3>${cfg.heads[2]}</h3>${ul(skillList(p))}</section>
  <section><h3>${cfg.heads[3]}</h3>${ul(p.languages)}</section>
  <section><h3>${cfg.heads[4]}</h3>${ul(p.certs)}</section></aside>
  <main class="main"><h1>${esc(p.name)}</h1><div class="alt">${esc(p.nameAlt!)}</div><div class="hl">${esc(p.headline)}</div>
  <h2>${cfg.heads[5]}</h2><div>${esc(p.summary)}</div><h2>${cfg.heads[6]}</h2>${jobs}<h2>${cfg.heads[7]}</h2>${edu}</main></div>`;
  return page(cfg.lang, css, body);
}

export const htmlTemplates = { hydeSite, csjPrint, bandIcons, ngRuledCv, splitContact, footerBand, daijobPrint, yinhangBaoming, zhZijianxin, twEapply, handlesRail };
export { byId };
