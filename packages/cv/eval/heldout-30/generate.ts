/**
 * heldout-30 generator: writes documents/, truth.json and manifest.json. Written blind from the brief.
 *   npx tsx eval/heldout-30/generate.ts [--force]      (from packages/cv)
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType, BorderStyle, Document, Footer, Header, HeightRule, Packer, PageNumber, Paragraph, ShadingType, Table, TableCell,
  Tab, TableRow, TabStopType, TextRun, VerticalAlignTable, WidthType,
} from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people, type Job, type Person } from './people.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docsDir = path.join(here, 'documents');
const REF = '2026-11';

// ---------------------------------------------------------------- helpers
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const y = (s: string) => s.slice(0, 4);
const m = (s: string) => Number(s.slice(5, 7));
const mm = (s: string) => s.slice(5, 7);
const fmt = {
  mon: (s: string) => `${MON[m(s) - 1]} ${y(s)}`,
  month: (s: string) => `${MONTH[m(s) - 1]} ${y(s)}`,
  MONTH: (s: string) => `${MONTH[m(s) - 1].toUpperCase()} ${y(s)}`,
  slash: (s: string) => `${mm(s)}/${y(s)}`,
  slashYY: (s: string) => `${mm(s)}/${y(s).slice(2)}`,
  dot: (s: string) => `${y(s)}.${mm(s)}`,
  ymslash: (s: string) => `${y(s)}/${mm(s)}`,
  dash: (s: string) => s,
  zh: (s: string) => `${y(s)}年${m(s)}月`,
  zh0: (s: string) => `${y(s)}年${mm(s)}月`,
};
type F = keyof typeof fmt;
const span = (j: { start: string; end: string | null }, f: F, sep = ' – ', present = 'Present') =>
  `${fmt[f](j.start)}${sep}${j.end ? fmt[f](j.end) : present}`;
const sk = (p: Person) => p.skills.map((s) => s.split(' | ')[0]);
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const rev = (p: Person) => [...p.work].reverse();
const age = (born: string) => 2026 - Number(y(born)) - (m(born) > 11 ? 1 : 0);
const dob = (b: string, f: 'dmy' | 'mdy' | 'zh' | 'dot') => {
  const [Y, M, D] = b.split('-');
  if (f === 'dmy') return `${D}/${M}/${Y}`;
  if (f === 'mdy') return `${M}/${D}/${Y}`;
  if (f === 'zh') return `${Y}年${Number(M)}月${Number(D)}日`;
  return `${Y}.${M}`;
};
const bilingual = (p: Person) => (p.altName ? `${p.name} ${p.altName}` : p.name);
const city = (p: Person) => p.address.split(',').slice(-2).join(',').trim();
const CJK = `'WenQuanYi Zen Hei','Droid Sans Fallback'`;
const page = (css: string, body: string, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>*{box-sizing:border-box}body{margin:0}${css}</style></head><body>${body}</body></html>`;
const photoSvg = (w: number, h: number, fill = '#c9ced6', bg = '#eef0f3') =>
  `<svg width="${w}" height="${h}" viewBox="0 0 60 75" xmlns="http://www.w3.org/2000/svg"><rect width="60" height="75" fill="${bg}"/><circle cx="30" cy="28" r="13" fill="${fill}"/><path d="M6 75c2-17 12-25 24-25s22 8 24 25z" fill="${fill}"/></svg>`;
/** "+65 9176 3582": country code then the national number as printed, trunk 0 dropped. */
const intl = (p: Person) => {
  const nat = p.phoneLocal.replace(/^0/, '');
  return `+${p.phone.slice(1, p.phone.length - nat.replace(/\D/g, '').length)} ${nat}`;
};

// ---------------------------------------------------------------- HTML templates (Chromium)
type Html = (p: Person) => string;

/** Singapore MyCareersFuture jobseeker profile, printed from the browser. */
const mcf: Html = (p) => page(`
body{font:10pt 'Liberation Sans',Arial,${CJK};color:#1f2a37}
.top{background:#f3f6fb;border:1px solid #d9e2ef;border-radius:6px;padding:14px 18px;margin-bottom:14px}
.top h1{margin:0;font-size:19pt;color:#0b3a6f}.top .h{color:#475569;margin-top:3px}
.grid{display:grid;grid-template-columns:1fr 190px;gap:18px}
h2{font-size:11pt;color:#0b3a6f;border-bottom:2px solid #0b6ec5;padding-bottom:3px;margin:12px 0 8px}
.job{margin-bottom:10px}.job b{font-size:10.5pt}.meta{color:#64748b;font-size:9pt}
.chip{display:inline-block;border:1px solid #0b6ec5;color:#0b6ec5;border-radius:12px;padding:2px 8px;margin:0 4px 5px 0;font-size:8.5pt}
.side{background:#fafbfc;border-left:1px solid #e2e8f0;padding-left:12px}.side p{margin:3px 0;font-size:9pt}
.hdr{display:flex;justify-content:space-between;font-size:8pt;color:#94a3b8;margin-bottom:6px}
`, `<div class="hdr"><span>MyCareersFuture.gov.sg – Profile</span><span>Printed ${'14 Nov 2026'}</span></div>
<div class="top"><h1>${esc(bilingual(p))}</h1><div class="h">${esc(p.headline)} · ${esc(city(p))}</div></div>
<div class="grid"><div>
<h2>About me</h2><p>${esc(p.summary)}</p>
<h2>Work Experience</h2>${rev(p).map((j) => `<div class="job"><b>${esc(j.title)}</b><br>${esc(j.company)}<div class="meta">${span(j, 'mon', ' - ')}</div><ul style="margin:4px 0 0 16px;padding:0">${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`).join('')}
<h2>Education</h2>${p.education.map((e) => `<div class="job"><b>${esc(e.degree)}</b><br>${esc(e.school)}<div class="meta">${fmt.mon(e.start)} - ${fmt.mon(e.end)}</div></div>`).join('')}
</div><div class="side">
<h2>Contact</h2><p>${esc(p.email)}</p><p>${esc(intl(p))}</p>
<h2>Skills</h2>${sk(p).map((s) => `<span class="chip">${esc(s)}</span>`).join('')}
<h2>Languages</h2>${p.languages.map((l) => `<p>${esc(l)}</p>`).join('')}
<h2>Job preferences</h2><p>Employment type: Full Time, Permanent</p><p>Expected salary: Negotiable</p>
</div></div>`);

/** Toptal talent profile (resume PDF download). */
const toptal: Html = (p) => page(`
body{font:9.8pt 'Liberation Sans',Arial,${CJK};color:#262d3d}
.head{border-bottom:3px solid #204ecf;padding-bottom:10px;display:flex;justify-content:space-between;align-items:flex-end}
.head h1{margin:0;font-size:22pt;font-weight:700}.head .r{text-align:right;font-size:8.5pt;color:#455065}
.logo{font-weight:800;color:#204ecf;letter-spacing:1px}
.grid{display:grid;grid-template-columns:175px 1fr;gap:22px;margin-top:14px}
h3{font-size:8.5pt;text-transform:uppercase;letter-spacing:1.2px;color:#204ecf;margin:0 0 8px}
.side div{margin-bottom:16px}.side span{display:block;padding:3px 0;border-bottom:1px dotted #cfd5e1}
.exp{margin-bottom:13px}.exp .t{font-weight:700;font-size:10.5pt}.exp .c{color:#455065}.exp .d{float:right;font-size:8.5pt;color:#455065}
ul{margin:4px 0 0 15px;padding:0}
`, `<div class="head"><div><h1>${esc(bilingual(p))}</h1><div>${esc(p.headline)}</div><div style="font-size:8.5pt;color:#455065">Verified Expert in Engineering · ${esc(city(p))}</div></div><div class="r"><div class="logo">TOPTAL</div>Member since 2024</div></div>
<p style="margin:10px 0 0">${esc(p.summary)}</p>
<div class="grid"><div class="side">
<div><h3>Expertise</h3>${sk(p).map((s) => `<span>${esc(s)}</span>`).join('')}</div>
<div><h3>Languages</h3>${p.languages.map((s) => `<span>${esc(s)}</span>`).join('')}</div>
<div><h3>Education</h3>${p.education.map((e) => `<span><b>${esc(e.degree)}</b><br>${esc(e.school)}<br>${y(e.start)} - ${y(e.end)}</span>`).join('')}</div>
${p.certificates.length ? `<div><h3>Certifications</h3>${p.certificates.map((s) => `<span>${esc(s)}</span>`).join('')}</div>` : ''}
</div><div><h3>Work Experience</h3>
${rev(p).map((j) => `<div class="exp"><span class="d">${span(j, 'mon', ' - ', 'PRESENT').toUpperCase()}</span><div class="t">${esc(j.title)}</div><div class="c">${esc(j.company)}</div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`).join('')}
<div style="font-size:8pt;color:#8a93a6;margin-top:18px">Contact via Toptal · ${esc(p.email)} · ${esc(p.phoneLocal)}</div>
</div></div>`);

/** Culinary résumé (kitchen CV: restaurant name first, covers, brigade size). */
const chef: Html = (p) => page(`
body{font:10.3pt 'Liberation Serif',Georgia,serif;color:#222}
h1{text-align:center;font-size:24pt;letter-spacing:3px;margin:0;font-weight:400}
.c{text-align:center;font-size:9.5pt;margin:4px 0 10px}
h2{font-size:10.5pt;letter-spacing:2px;text-transform:uppercase;border-top:1px solid #222;border-bottom:1px solid #222;padding:3px 0;text-align:center;margin:14px 0 8px}
.r{display:flex;justify-content:space-between}.r b{font-variant:small-caps;font-size:11pt}
ul{margin:3px 0 9px 18px;padding:0}
`, `<h1>${esc(p.name.toUpperCase())}</h1><div class="c">${esc(p.address)} &nbsp;|&nbsp; ${esc(p.phoneLocal)} &nbsp;|&nbsp; ${esc(p.email)}</div>
<h2>Culinary Profile</h2><p style="margin:0">${esc(p.summary)}</p>
<h2>Kitchen Experience</h2>
${rev(p).map((j) => `<div class="r"><span><b>${esc(j.company)}</b>, ${esc(j.town ?? '')}</span><span>${span(j, 'mon')}</span></div><i>${esc(j.title)}</i><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul>`).join('')}
<h2>Culinary Skills</h2><p style="margin:0">${sk(p).map(esc).join(' &nbsp;•&nbsp; ')}</p>
<h2>Training &amp; Certification</h2>${p.education.map((e) => `<div class="r"><span><b>${esc(e.school)}</b> – ${esc(e.degree)}</span><span>${fmt.mon(e.end)}</span></div>`).join('')}<p style="margin:4px 0">${p.certificates.map(esc).join('; ')}</p>
<h2>Languages</h2><p style="margin:0">${p.languages.map(esc).join(', ')}</p>
<p style="text-align:center;font-style:italic;margin-top:14px">References available on request</p>`);

/** Ski-resort seasonal employment application (winter season, staff housing). */
const ski: Html = (p) => page(`
body{font:9pt 'Liberation Sans',Arial,sans-serif;color:#111}
.t{display:flex;justify-content:space-between;align-items:center;border-bottom:3px solid #16467a;padding-bottom:6px}
.t h1{font-size:15pt;margin:0;color:#16467a}.t small{font-size:8pt}
table{border-collapse:collapse;width:100%;margin-top:8px}td,th{border:1px solid #555;padding:3px 5px;vertical-align:top;text-align:left}
th{background:#dce6f2;font-size:8.3pt}.s{background:#16467a;color:#fff;font-weight:700;font-size:9pt}
.l{font-size:7.5pt;color:#333;display:block}.box{display:inline-block;width:9px;height:9px;border:1px solid #000;margin:0 3px 0 8px;vertical-align:middle;text-align:center;font-size:7pt;line-height:8px}
`, `<div class="t"><div><h1>Sommet Blanc Mountain Resort</h1>Seasonal Employment Application – Winter 2026/27</div><small>Form HR-S12 (rev. 08/2025)<br>Page 1 of 2</small></div>
<table><tr><td colspan="4" class="s">1. APPLICANT INFORMATION</td></tr>
<tr><td colspan="2"><span class="l">Full legal name</span>${esc(p.name)}</td><td><span class="l">Preferred name</span>Marie</td><td><span class="l">Date of application</span>09/28/2026</td></tr>
<tr><td colspan="2"><span class="l">Mailing address</span>${esc(p.address)}</td><td><span class="l">Phone</span>${esc(p.phoneLocal)}</td><td><span class="l">Email</span>${esc(p.email)}</td></tr>
<tr><td colspan="2"><span class="l">Are you legally entitled to work in Canada?</span><span class="box">✓</span>Yes<span class="box"></span>No</td><td colspan="2"><span class="l">Are you 18 years of age or older?</span><span class="box">✓</span>Yes<span class="box"></span>No</td></tr>
<tr><td colspan="4" class="s">2. POSITION &amp; AVAILABILITY</td></tr>
<tr><td><span class="l">Department</span>Food &amp; Beverage – Culinary</td><td><span class="l">Position(s) applied for</span>Executive Sous Chef / Chef de Cuisine</td><td><span class="l">Available from</span>11/15/2026</td><td><span class="l">Available until</span>04/20/2027</td></tr>
<tr><td colspan="2"><span class="l">Staff housing required?</span><span class="box">✓</span>Yes<span class="box"></span>No</td><td colspan="2"><span class="l">Have you worked for Sommet Blanc before?</span><span class="box"></span>Yes<span class="box">✓</span>No</td></tr>
<tr><td colspan="4" class="s">3. EMPLOYMENT HISTORY (most recent first – include seasonal work)</td></tr>
<tr><th style="width:31%">Employer / City</th><th style="width:22%">Position</th><th style="width:17%">From (mm/yyyy)<br>To (mm/yyyy)</th><th>Duties / Reason for leaving</th></tr>
${rev(p).map((j) => `<tr><td><b>${esc(j.company)}</b><br>${esc(j.town ?? '')}</td><td>${esc(j.title)}</td><td>${fmt.slash(j.start)}<br>${j.end ? fmt.slash(j.end) : 'Present'}</td><td>${esc(j.bullets[0])}<br><i>${j.end ? (j.company.includes('Whistler') ? 'End of season' : 'Career progression') : 'Currently employed'}</i></td></tr>`).join('')}
<tr><td colspan="4" class="s">4. SKILLS &amp; QUALIFICATIONS</td></tr>
<tr><td colspan="4"><span class="l">Relevant skills</span>${sk(p).map(esc).join(', ')}<br><span class="l">Certificates / tickets</span>${p.certificates.map(esc).join(', ')}<br><span class="l">Languages</span>${p.languages.map(esc).join(', ')}</td></tr>
<tr><td colspan="4" class="s">5. EDUCATION</td></tr>
${p.education.map((e) => `<tr><td colspan="2">${esc(e.school)}, ${esc(e.town ?? '')}</td><td>${esc(e.degree)}</td><td>${fmt.slash(e.start)} – ${fmt.slash(e.end)}</td></tr>`).join('')}
<tr><td colspan="4" class="s">6. REFERENCES (not related to you)</td></tr>
${p.referees.map((r) => `<tr><td colspan="2">${esc(r.name)}</td><td>${esc(r.role)}</td><td>${esc(r.phone)}</td></tr>`).join('')}
<tr><td colspan="4" class="s">7. DECLARATION</td></tr>
<tr><td colspan="4">I certify that the information given in this application is true and complete. I understand that false statements may result in dismissal and that employment is conditional on a satisfactory reference check.<br><br>Signature: <span style="font-family:'Liberation Serif';font-style:italic;font-size:12pt">M.-È. Tremblay</span> &nbsp;&nbsp;&nbsp; Date: 09/28/2026</td></tr>
</table><p style="font-size:7.5pt;color:#444">Sommet Blanc Mountain Resort is an equal-opportunity employer. Personal information is collected for recruitment purposes only.</p>`);

/** Reed.co.uk CV builder download. */
const reed: Html = (p) => page(`
body{font:10.2pt 'Liberation Sans',Arial,sans-serif;color:#1b1b1b}
h1{font-size:20pt;margin:0;color:#d1005b}.ct{margin:4px 0 12px;color:#444}
h2{font-size:12pt;color:#d1005b;margin:14px 0 6px;border-bottom:1px solid #e7c1d3;padding-bottom:2px}
.j{margin-bottom:9px}.j .a{font-weight:700}.j .d{color:#555;font-size:9.3pt}
ul{margin:3px 0 0 17px;padding:0}.foot{font-size:7.5pt;color:#999;margin-top:18px;text-align:center}
`, `<h1>${esc(p.name)}</h1><div class="ct">${esc(p.address)}<br>${esc(p.phoneLocal)} · ${esc(p.email)}</div>
<h2>Personal statement</h2><p style="margin:0">${esc(p.summary)}</p>
<h2>Work history</h2>${rev(p).map((j) => `<div class="j"><div class="a">${esc(j.title)}</div><div>${esc(j.company)} – ${esc(j.town ?? '')}</div><div class="d">${span(j, 'mon', ' - ')}</div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`).join('')}
<h2>Education</h2>${p.education.map((e) => `<div class="j"><div class="a">${esc(e.degree)}</div><div>${esc(e.school)}</div><div class="d">${fmt.mon(e.start)} - ${fmt.mon(e.end)}</div></div>`).join('')}
<h2>Skills</h2><ul>${sk(p).map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
<h2>Certifications</h2><ul>${p.certificates.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
<h2>Languages</h2><p style="margin:0">${p.languages.map(esc).join(' · ')}</p>
<div class="foot">CV created with the reed.co.uk CV builder</div>`);

/** Google Docs "Modern Writer" template. */
const modernwriter: Html = (p) => page(`
body{font:10.5pt 'Liberation Sans',Arial,sans-serif;color:#333;padding-top:6px}
h1{font-family:'DejaVu Sans Mono','Liberation Mono',monospace;font-size:26pt;margin:0;color:#111;font-weight:700}
.c{font-family:'Liberation Mono',monospace;font-size:9pt;margin:4px 0 18px;color:#555}
h2{font-family:'DejaVu Sans Mono',monospace;color:#ff5a3c;font-size:10.5pt;margin:18px 0 8px;font-weight:700}
.j{margin-bottom:12px}.j .a{font-weight:700;font-size:11pt}.j .d{font-family:'Liberation Mono',monospace;font-size:8.5pt;color:#666;margin:2px 0}
p{margin:0}
`, `<h1>${esc(p.name)}</h1><div class="c">${esc(p.address)}<br>${esc(p.phoneLocal)}<br>${esc(p.email)}</div>
<p>${esc(p.summary)}</p>
<h2>EXPERIENCE</h2>${rev(p).map((j) => `<div class="j"><div class="a">${esc(j.company)}, ${esc(j.town ?? '')} — <span style="font-weight:400">${esc(j.title)}</span></div><div class="d">${span(j, 'MONTH', ' - ', 'PRESENT')}</div><p>${esc(j.bullets.join(' '))}</p></div>`).join('')}
<h2>EDUCATION</h2>${p.education.map((e) => `<div class="j"><div class="a">${esc(e.school)} — <span style="font-weight:400">${esc(e.degree)}</span></div><div class="d">${fmt.MONTH(e.start)} - ${fmt.MONTH(e.end)}</div></div>`).join('')}
<h2>SKILLS</h2><ul style="margin:0;padding-left:18px">${sk(p).map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
<h2>AWARDS &amp; CERTIFICATES</h2><p>${p.certificates.map(esc).join('<br>')}</p>
<h2>LANGUAGES</h2><p>${p.languages.map(esc).join(', ')}</p>`);

/** CareerBuilder resume builder print. */
const careerbuilder: Html = (p) => page(`
body{font:10.3pt 'Liberation Sans',Arial,sans-serif;color:#222}
.h{text-align:center;border-bottom:2px solid #2c6db0;padding-bottom:8px}.h h1{margin:0;font-size:21pt;color:#2c6db0}
h2{font-size:11pt;text-transform:uppercase;color:#2c6db0;margin:14px 0 6px}
.j{margin-bottom:9px}.j .a{font-weight:700}ul{margin:3px 0 0 17px;padding:0}
.sk{columns:2;margin:0;padding-left:17px}
`, `<div class="h"><h1>${esc(p.name)}</h1>${esc(p.address)} | ${esc(p.phoneLocal)} | ${esc(p.email)}</div>
<h2>Professional Summary</h2><p style="margin:0">${esc(p.summary)}</p>
<h2>Skills</h2><ul class="sk">${sk(p).map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
<h2>Work History</h2>${rev(p).map((j) => `<div class="j"><div class="a">${esc(j.title)} | ${esc(j.company)} | ${esc(j.town ?? '')}</div><div style="color:#555">${span(j, 'mon', ' - ', 'Current')}</div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`).join('')}
<h2>Education</h2>${p.education.map((e) => `<div class="j"><b>${esc(e.degree)}</b>: ${esc(e.school)} – ${fmt.mon(e.end)}</div>`).join('')}
<h2>Certifications</h2><ul>${p.certificates.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>`);

/** Kalibrr (Philippines) profile PDF. */
const kalibrr: Html = (p) => page(`
body{font:9.6pt 'Liberation Sans',Arial,sans-serif;color:#212b36}
.wrap{display:grid;grid-template-columns:200px 1fr;gap:20px}
.l{background:#f4f6f8;padding:14px;border-radius:6px}.l h1{font-size:16pt;margin:8px 0 2px;color:#0b2a4a}
.l h3,.r h3{font-size:9pt;text-transform:uppercase;color:#1d6fe0;margin:14px 0 6px;letter-spacing:.6px}
.l p{margin:3px 0;word-wrap:break-word}.tag{display:inline-block;background:#e3edfb;color:#0b2a4a;border-radius:3px;padding:2px 6px;margin:0 3px 4px 0;font-size:8.5pt}
.e{border-left:3px solid #1d6fe0;padding-left:10px;margin-bottom:11px}.e .t{font-weight:700;font-size:10.3pt}.e .d{color:#637381;font-size:8.5pt}
`, `<div style="font-size:8pt;color:#919eab;margin-bottom:6px">kalibrr · Candidate profile</div><div class="wrap"><div class="l">${photoSvg(70, 86)}
<h1>${esc(p.name)}</h1><div>${esc(p.headline)}</div>
<h3>Contact</h3><p>${esc(p.phoneLocal)}</p><p>${esc(p.email)}</p><p>${esc(p.address)}</p>
<h3>Skills</h3>${sk(p).map((s) => `<span class="tag">${esc(s)}</span>`).join('')}
<h3>Languages</h3>${p.languages.map((s) => `<p>${esc(s)}</p>`).join('')}
<h3>Licenses</h3>${p.certificates.map((s) => `<p>${esc(s)}</p>`).join('')}
</div><div class="r"><h3>About</h3><p>${esc(p.summary)}</p>
<h3>Work Experience</h3>${rev(p).map((j) => `<div class="e"><div class="t">${esc(j.title)}</div><div>${esc(j.company)} · ${esc(j.town ?? '')}</div><div class="d">${span(j, 'mon', ' – ', 'Present')}</div><div>${esc(j.bullets.join(' '))}</div></div>`).join('')}
<h3>Education</h3>${p.education.map((e) => `<div class="e"><div class="t">${esc(e.school)}</div><div>${esc(e.degree)}</div><div class="d">${fmt.mon(e.start)} – ${fmt.mon(e.end)}</div></div>`).join('')}
</div></div>`);

/** Bayt.com CV print: personal-information grid, target job, experience "From … to …", skills with levels. */
const bayt: Html = (p) => page(`
body{font:9.5pt 'Liberation Sans',Arial,sans-serif;color:#222}
.h{display:flex;gap:14px;align-items:center;border-bottom:3px solid #0a66c2;padding-bottom:8px}.h h1{margin:0;font-size:18pt}
h2{background:#eef3f9;color:#0a4f96;font-size:10.5pt;padding:4px 6px;margin:12px 0 6px}
table{border-collapse:collapse;width:100%}td{padding:3px 6px;border-bottom:1px solid #e3e7ec;vertical-align:top}td.k{color:#555;width:26%}
.x{margin-bottom:9px}.x .t{font-weight:700}.x .d{color:#666}
`, `<div class="h">${photoSvg(62, 76)}<div><h1>${esc(p.name)}</h1><div>${esc(p.headline)} at ${esc(p.work.at(-1)!.company)}</div><div style="color:#666">Riyadh, Saudi Arabia</div></div><div style="margin-left:auto;font-weight:700;color:#0a66c2;font-size:14pt">bayt.com</div></div>
<h2>Personal Information</h2><table>
<tr><td class="k">Birth Date</td><td>${dob(p.born, 'dmy')}</td><td class="k">Gender</td><td>${esc(p.gender)}</td></tr>
<tr><td class="k">Nationality</td><td>${esc(p.nationality)}</td><td class="k">Residence Country</td><td>Saudi Arabia</td></tr>
<tr><td class="k">Visa Status</td><td>${esc(p.extra?.visa ?? '')}</td><td class="k">Marital Status</td><td>${esc(p.extra?.marital ?? '')}</td></tr>
<tr><td class="k">Mobile Phone</td><td>${esc(p.phoneLocal)}</td><td class="k">Email Address</td><td>${esc(p.email)}</td></tr>
<tr><td class="k">Home Address</td><td colspan="3">${esc(p.address)}</td></tr></table>
<h2>Target Job</h2><table><tr><td class="k">Target Job Title</td><td>ICU Staff Nurse / Charge Nurse</td></tr><tr><td class="k">Career Level</td><td>Mid Career</td></tr><tr><td class="k">Target Job Location</td><td>Saudi Arabia, UAE, Qatar</td></tr><tr><td class="k">Notice Period</td><td>2 Months</td></tr></table>
<h2>Experience</h2>${rev(p).map((j) => `<div class="x"><div class="t">${esc(j.title)} at ${esc(j.company)}</div><div class="d">${esc(j.town ?? '')} · From ${fmt.month(j.start)} to ${j.end ? fmt.month(j.end) : 'Present'}</div><div>${esc(j.bullets.join(' '))}</div></div>`).join('')}
<h2>Education</h2>${p.education.map((e) => `<div class="x"><div class="t">${esc(e.degree)}, ${esc(e.school)}</div><div class="d">${esc(e.town ?? '')} · ${fmt.month(e.end)}</div></div>`).join('')}
<h2>Specialties &amp; Skills</h2><table><tr><td class="k"><b>Skill</b></td><td><b>Level</b></td><td><b>Experience</b></td></tr>${sk(p).map((s, i) => `<tr><td class="k" style="color:#222">${esc(s)}</td><td>${i < 3 ? 'Expert' : 'Intermediate'}</td><td>${i < 3 ? 'More than 5 years' : '2 - 5 years'}</td></tr>`).join('')}</table>
<h2>Languages</h2><p style="margin:0">${p.languages.map(esc).join(' · ')}</p>
<h2>Certifications</h2><p style="margin:0">${p.certificates.map(esc).join('<br>')}</p>`);

/** ESL teacher CV for schools in China: photo, passport and visa details on the left. */
const tefl: Html = (p) => page(`
body{font:10pt 'Liberation Sans',Arial,sans-serif;color:#222}
.g{display:grid;grid-template-columns:185px 1fr;gap:20px}
.l{border-right:2px solid #c0392b;padding-right:12px}.l p{margin:2px 0 7px;font-size:9pt}.l .k{font-size:7.8pt;color:#888;text-transform:uppercase;margin:0}
h1{margin:0;font-size:22pt;color:#c0392b}h2{font-size:11pt;color:#c0392b;text-transform:uppercase;margin:14px 0 6px}
.j{margin-bottom:9px}.j .d{color:#666;font-size:9pt}ul{margin:2px 0 0 16px;padding:0}
`, `<div class="g"><div class="l"><div style="border:1px solid #999;width:110px;height:140px;margin-bottom:12px">${photoSvg(108, 138)}</div>
<p class="k">Nationality</p><p>${esc(p.nationality)}</p><p class="k">Date of birth</p><p>${dob(p.born, 'dmy')}</p>
<p class="k">Passport no.</p><p>${esc(p.extra?.passport ?? '')}</p><p class="k">Visa status</p><p>${esc(p.extra?.visa ?? '')}</p>
<p class="k">Marital status</p><p>${esc(p.extra?.marital ?? '')}</p><p class="k">Phone (UK)</p><p>${esc(p.phoneLocal)}</p>
<p class="k">WeChat</p><p>tomwhitfield_hz</p><p class="k">Email</p><p style="word-wrap:break-word">${esc(p.email)}</p>
<p class="k">Address</p><p>${esc(p.address)}</p></div>
<div><h1>${esc(p.name)}</h1><div style="font-size:11pt">${esc(p.headline)} · CELTA · ${esc(p.languages[1])}</div>
<h2>Profile</h2><p style="margin:0">${esc(p.summary)}</p>
<h2>Teaching Experience</h2>${rev(p).map((j) => `<div class="j"><b>${esc(j.title)}</b> – ${esc(j.company)}, ${esc(j.town ?? '')}<div class="d">${span(j, 'slash', ' – ')}</div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`).join('')}
<h2>Education &amp; Qualifications</h2>${p.education.map((e) => `<div class="j"><b>${esc(e.degree)}</b>, ${esc(e.school)}<div class="d">${fmt.slash(e.start)} – ${fmt.slash(e.end)}</div></div>`).join('')}<ul>${p.certificates.map((c) => `<li>${esc(c)}</li>`).join('')}</ul>
<h2>Teaching Skills</h2><ul>${sk(p).map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
</div></div>`);

/** Search Associates-style candidate summary for international-school teacher fairs. */
const searchassoc: Html = (p) => page(`
body{font:9pt 'Liberation Sans',Arial,${CJK};color:#111}
.t{text-align:center;border:2px solid #1d3557;padding:6px;margin-bottom:8px}.t b{font-size:13pt;color:#1d3557}
table{border-collapse:collapse;width:100%;margin-bottom:8px}td,th{border:1px solid #777;padding:3px 5px;vertical-align:top;text-align:left}
th{background:#e8edf3;font-size:8.3pt}.s{background:#1d3557;color:#fff;font-weight:700}.k{background:#f5f7fa;width:20%;font-size:8.3pt}
`, `<div class="t"><b>Candidate Summary Form</b><br>International School Recruitment Fair – Bangkok, January 2027 · Candidate file no. SA-27-0${p.id.slice(1)}418</div>
<table><tr><td colspan="4" class="s">A. Personal details</td></tr>
<tr><td class="k">Name</td><td>${esc(bilingual(p))}</td><td class="k">Nationality</td><td>${esc(p.nationality)}</td></tr>
<tr><td class="k">Date of birth</td><td>${dob(p.born, 'dmy')}</td><td class="k">Marital status / dependants</td><td>${esc(p.extra?.marital ?? '')}</td></tr>
<tr><td class="k">Email</td><td>${esc(p.email)}</td><td class="k">Mobile</td><td>${esc(p.phoneLocal)}</td></tr>
<tr><td class="k">Current address</td><td colspan="3">${esc(p.address)}</td></tr>
<tr><td class="k">Positions sought</td><td colspan="3">${p.id === 'p07' ? 'Head of English (Primary) / Upper Primary Homeroom' : 'PYP Homeroom (Grades 3–5) / EAL Coordinator / Mandarin'}</td></tr>
<tr><td class="k">Available from</td><td>August 2027</td><td class="k">Preferred regions</td><td>East &amp; South-East Asia</td></tr></table>
<table><tr><td colspan="4" class="s">B. Qualifications</td></tr><tr><th>Institution</th><th>Qualification</th><th>Dates</th><th>Location</th></tr>
${p.education.map((e) => `<tr><td>${esc(e.school)}</td><td>${esc(e.degree)}</td><td>${fmt.slash(e.start)} – ${fmt.slash(e.end)}</td><td>${esc(e.town ?? '')}</td></tr>`).join('')}
<tr><td colspan="4"><b>Certification / licensure:</b> ${p.certificates.map(esc).join('; ')}</td></tr></table>
<table><tr><td colspan="5" class="s">C. Teaching and professional experience (most recent first)</td></tr><tr><th>School / Organisation</th><th>Position</th><th>Curriculum</th><th>From</th><th>To</th></tr>
${rev(p).map((j) => `<tr><td>${esc(j.company)}${j.town ? `<br><span style="color:#555">${esc(j.town)}</span>` : ''}</td><td>${esc(j.title)}</td><td>${/International|Bilingual/.test(j.company) ? (p.id === 'p15' ? 'IB PYP' : 'Cambridge Primary') : /Academy/.test(j.company) ? 'English NC' : 'Private language'}</td><td>${fmt.slash(j.start)}</td><td>${j.end ? fmt.slash(j.end) : 'present'}</td></tr>`).join('')}
${p.id === 'p15' ? '<tr><td colspan="5"><i>09/2018 – 07/2019: full-time MA TESOL study in the UK (not employed).</i></td></tr>' : ''}</table>
<table><tr><td colspan="2" class="s">D. Skills and extracurricular</td></tr><tr><td class="k">Skills</td><td>${sk(p).map(esc).join(' · ')}</td></tr><tr><td class="k">Languages</td><td>${p.languages.map(esc).join(', ')}</td></tr><tr><td class="k">Extracurricular</td><td>${p.id === 'p07' ? 'Football coaching, debate club, school newspaper' : 'Choir, Chinese calligraphy club, Model UN (junior)'}</td></tr></table>
<table><tr><td colspan="3" class="s">E. Confidential referees (reports held by the agency)</td></tr>${p.referees.map((r) => `<tr><td>${esc(r.name)}</td><td>${esc(r.role)}</td><td>${esc(r.email ?? r.phone)}</td></tr>`).join('')}</table>
<p style="font-size:7.5pt">Candidate statement: I confirm that the information above is accurate and that I have disclosed all employment since leaving full-time education.</p>`);

/** read.cv public profile export. */
const readcv: Html = (p) => page(`
body{font:9.8pt 'DejaVu Sans','Liberation Sans',${CJK};color:#111;max-width:520px;margin:0 auto}
h1{font-size:14pt;margin:24px 0 2px;font-weight:600}.sub{color:#6f6f6f}
h2{font-size:9.5pt;font-weight:600;margin:26px 0 10px;color:#111}
.row{display:grid;grid-template-columns:95px 1fr;gap:12px;margin-bottom:13px}.row .y{color:#8a8a8a;font-size:8.5pt}
.row .m{color:#6f6f6f;font-size:8.8pt;margin-top:2px}p{margin:0}
`, `<h1>${esc(bilingual(p))}</h1><div class="sub">${esc(p.headline)} in ${esc(city(p))}</div>
<h2>About</h2><p>${esc(p.summary)}</p>
<h2>Work Experience</h2>${rev(p).map((j) => `<div class="row"><div class="y">${span(j, 'mon', ' — ', 'Now')}</div><div><div>${esc(j.title)} at ${esc(j.company)}</div><div class="m">${esc(j.town ?? '')}</div><div class="m">${esc(j.bullets.join(' '))}</div></div></div>`).join('')}
<h2>Education</h2>${p.education.map((e) => `<div class="row"><div class="y">${y(e.start)} — ${y(e.end)}</div><div>${esc(e.degree)}<div class="m">${esc(e.school)}</div></div></div>`).join('')}
<h2>Skills</h2><div class="row"><div class="y">Toolkit</div><div>${sk(p).map(esc).join(', ')}</div></div>
<h2>Contact</h2><div class="row"><div class="y">Email</div><div>${esc(p.email)}</div></div><div class="row"><div class="y">Phone</div><div>${esc(p.phoneLocal)}</div></div>`);

/** Monster.com resume print. */
const monster: Html = (p) => page(`
body{font:10.2pt 'Liberation Sans',Arial,sans-serif;color:#222}
.b{background:#6e46ae;color:#fff;padding:12px 16px}.b h1{margin:0;font-size:20pt}
h2{color:#6e46ae;font-size:11.5pt;margin:14px 0 6px;border-bottom:1px solid #ddd}
.j{margin-bottom:9px}ul{margin:3px 0 0 17px;padding:0}
`, `<div class="b"><h1>${esc(p.name)}</h1>${esc(p.phoneLocal)} · ${esc(p.email)} · ${esc(city(p))}</div>
<h2>Objective</h2><p style="margin:0">Seeking a senior English or curriculum leadership role in an international school in Asia.</p>
<h2>Experience</h2>${rev(p).map((j) => `<div class="j"><b>${esc(j.company)}</b> — ${esc(j.town ?? '')}<br><i>${esc(j.title)}</i>, ${span(j, 'slash', ' to ', 'Present')}<ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`).join('')}
<h2>Education</h2>${p.education.map((e) => `<div class="j"><b>${esc(e.school)}</b>, ${esc(e.town ?? '')}<br>${esc(e.degree)}, ${fmt.slash(e.end)}</div>`).join('')}
<h2>Skills</h2><p style="margin:0">${sk(p).map(esc).join(', ')}</p>
<h2>Certifications</h2><p style="margin:0">${p.certificates.map(esc).join('<br>')}</p>
<h2>Additional Information</h2><p style="margin:0">Languages: ${p.languages.map(esc).join(', ')}. Willing to relocate: Yes.</p>`);

// ---------- Chinese HTML templates
const tw = (p: Person, s: string, t: string) => (p.id === 'p09' ? t : s);

/** 建筑英才网 简历（网页打印）：个人信息表 + 工作经历表 + 职称/注册证书。 */
const jianzhu: Html = (p) => page(`
body{font:9.5pt ${CJK};color:#222}
.t{display:flex;justify-content:space-between;border-bottom:2px solid #e8730c;padding-bottom:4px}.t b{font-size:15pt;color:#e8730c}
table{border-collapse:collapse;width:100%;margin-top:8px}td,th{border:1px solid #bbb;padding:4px 6px;vertical-align:middle;text-align:left}
th{background:#fbeee2;font-weight:normal;width:13%}.s{background:#e8730c;color:#fff;font-weight:bold;text-align:left}
`, `<div class="t"><b>建筑英才网 · 个人简历</b><span>简历编号：JZ2026${p.id.slice(1)}87631　更新时间：2026-10-18</span></div>
<table><tr><td colspan="5" class="s">个人信息</td></tr>
<tr><th>姓　　名</th><td>${esc(p.name)}</td><th>性　　别</th><td>${esc(p.gender)}</td><td rowspan="4" style="width:100px;text-align:center">${photoSvg(80, 100)}</td></tr>
<tr><th>出生年月</th><td>${dob(p.born, 'dot')}</td><th>工作年限</th><td>25年</td></tr>
<tr><th>手　　机</th><td>${esc(p.phoneLocal)}</td><th>邮　　箱</th><td>${esc(p.email)}</td></tr>
<tr><th>职　　称</th><td>${esc(p.certificates[0])}</td><th>现居住地</th><td>江苏南京</td></tr>
<tr><td colspan="5" class="s">求职意向</td></tr>
<tr><th>期望职位</th><td>总工程师 / 技术副总</td><th>期望地区</th><td colspan="2">南京、苏州、上海</td></tr>
<tr><th>期望行业</th><td>电力/新能源</td><th>期望月薪</th><td colspan="2">面议</td></tr></table>
<table><tr><td colspan="4" class="s">工作经历</td></tr><tr><th style="width:22%">起止时间</th><th style="width:34%">单位名称</th><th style="width:16%">职位</th><th style="width:28%">工作内容</th></tr>
${rev(p).map((j) => `<tr><td>${span(j, 'dot', ' - ', '至今')}</td><td>${esc(j.company)}</td><td>${esc(j.title)}</td><td>${esc(j.bullets.join(''))}</td></tr>`).join('')}</table>
<table><tr><td colspan="4" class="s">教育经历</td></tr>${p.education.map((e) => `<tr><td style="width:22%">${fmt.dot(e.start)} - ${fmt.dot(e.end)}</td><td>${esc(e.school)}</td><td colspan="2">${esc(e.degree)}</td></tr>`).join('')}</table>
<table><tr><td colspan="2" class="s">证书及技能</td></tr><tr><th>资格证书</th><td>${p.certificates.map(esc).join('；')}</td></tr><tr><th>专业技能</th><td>${sk(p).map(esc).join('、')}</td></tr><tr><th>外语能力</th><td>${p.languages.map(esc).join('；')}</td></tr></table>
<table><tr><td class="s">自我评价</td></tr><tr><td>${esc(p.summary)}</td></tr></table>`, 'zh-CN');

/** 台灣就業通 線上履歷 列印。 */
const taiwanjobs: Html = (p) => page(`
body{font:9.5pt ${CJK};color:#222}
.t{text-align:center;font-size:15pt;font-weight:bold;color:#00695c;margin-bottom:2px}.st{text-align:center;font-size:8pt;color:#666;margin-bottom:6px}
table{border-collapse:collapse;width:100%;margin-top:7px}td,th{border:1px solid #8aa;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#e0f2f1;font-weight:normal;width:14%}.s{background:#00695c;color:#fff;font-weight:bold}
`, `<div class="t">台灣就業通　求職履歷表</div><div class="st">履歷代碼：R11308${p.id.slice(1)}5　最後更新：2026/10/02</div>
<table><tr><td colspan="5" class="s">基本資料</td></tr>
<tr><th>姓名</th><td>${esc(p.name)}</td><th>性別</th><td>${esc(p.gender)}</td><td rowspan="4" style="width:96px;text-align:center">${photoSvg(78, 98)}</td></tr>
<tr><th>出生日期</th><td>民國82年08月15日</td><th>兵役狀況</th><td>免役</td></tr>
<tr><th>行動電話</th><td>${esc(p.phoneLocal)}</td><th>E-mail</th><td>${esc(p.email)}</td></tr>
<tr><th>通訊地址</th><td colspan="3">${esc(p.address)}</td></tr>
<tr><th>駕駛執照</th><td>普通重型機車、普通小型車</td><th>交通工具</th><td colspan="2">機車</td></tr></table>
<table><tr><td colspan="4" class="s">求職條件</td></tr><tr><th>希望職稱</th><td>品牌行銷經理、行銷企劃主管</td><th>希望地點</th><td>台北市、新北市</td></tr><tr><th>希望待遇</th><td>月薪 65,000 元以上</td><th>可上班日</th><td>錄取後一個月</td></tr></table>
<table><tr><td colspan="4" class="s">工作經歷</td></tr><tr><th style="width:30%">公司名稱</th><th style="width:17%">職務名稱</th><th style="width:22%">任職期間</th><th>工作內容</th></tr>
${rev(p).map((j) => `<tr><td>${esc(j.company)}</td><td>${esc(j.title)}</td><td>${span(j, 'ymslash', ' ~ ', '迄今')}</td><td>${esc(j.bullets.join(''))}</td></tr>`).join('')}</table>
<table><tr><td colspan="4" class="s">教育程度</td></tr>${p.education.map((e) => `<tr><th>大學</th><td>${esc(e.school)}</td><td>${esc(e.degree)}</td><td>${fmt.ymslash(e.start)} ~ ${fmt.ymslash(e.end)}　畢業</td></tr>`).join('')}</table>
<table><tr><td colspan="2" class="s">專長與語文</td></tr><tr><th>技能專長</th><td>${sk(p).map(esc).join('、')}</td></tr><tr><th>語文能力</th><td>${p.languages.map(esc).join('、')}</td></tr><tr><th>證照</th><td>${p.certificates.map(esc).join('、')}</td></tr></table>
<table><tr><td class="s">自傳</td></tr><tr><td>${esc(p.summary)}大學時期擔任系學會公關，畢業後投入文創與數位行銷產業，希望將品牌經營經驗帶到更大的舞台。</td></tr></table>`, 'zh-TW');

/** 熊猫办公 创意双栏简历（网页/PDF 版）。 */
const xiongmao: Html = (p) => page(`
body{font:9.6pt ${CJK};color:#333}
.w{display:grid;grid-template-columns:205px 1fr;min-height:260mm}
.l{background:#2f4858;color:#eef3f6;padding:18px 14px}.l h1{font-size:20pt;margin:10px 0 4px;color:#fff}
.l h3{font-size:10.5pt;border-bottom:1px solid #8fb3c6;padding-bottom:3px;margin:16px 0 7px;color:#ffd166}.l p{margin:4px 0;font-size:9pt;word-wrap:break-word}
.r{padding:14px 0 0 18px}.r h2{font-size:12pt;color:#2f4858;border-left:5px solid #ffd166;padding-left:7px;margin:12px 0 8px}
.j{margin-bottom:10px}.j .a{display:flex;justify-content:space-between;font-weight:bold}.j p{margin:3px 0}
.tag{display:inline-block;border:1px solid #ffd166;border-radius:9px;padding:1px 7px;margin:0 3px 5px 0;font-size:8.6pt}
`, `<div class="w"><div class="l"><div style="text-align:center">${photoSvg(96, 120, '#8fb3c6', '#dde7ed')}</div><h1>${esc(p.name)}</h1><div>${tw(p, '求职意向', '求職意向')}：${esc(p.headline)}</div>
<h3>${tw(p, '个人信息', '個人資訊')}</h3><p>${tw(p, '出生', '出生')}：${dob(p.born, 'dot')}</p><p>${tw(p, '电话', '電話')}：${esc(p.phoneLocal)}</p><p>${tw(p, '邮箱', '信箱')}：${esc(p.email)}</p><p>${tw(p, '现居', '現居')}：${esc(p.address.slice(0, 6))}</p>
<h3>${tw(p, '专业技能', '專業技能')}</h3>${sk(p).map((s) => `<span class="tag">${esc(s)}</span>`).join('')}
<h3>${tw(p, '证书', '證照')}</h3>${p.certificates.map((s) => `<p>${esc(s)}</p>`).join('')}
<h3>${tw(p, '语言', '語言')}</h3>${p.languages.map((s) => `<p>${esc(s)}</p>`).join('')}
</div><div class="r">
<h2>${tw(p, '工作经历', '工作經歷')}</h2>${rev(p).map((j) => `<div class="j"><div class="a"><span>${esc(j.company)}</span><span>${span(j, 'dot', ' - ', tw(p, '至今', '至今'))}</span></div><p style="color:#2f4858">${esc(j.title)}</p><p>${esc(j.bullets.join(''))}</p></div>`).join('')}
${p.extra?.gap ? `<p style="color:#777">${esc(p.extra.gap)}</p>` : ''}
<h2>${tw(p, '教育背景', '教育背景')}</h2>${p.education.map((e) => `<div class="j"><div class="a"><span>${esc(e.school)}</span><span>${fmt.dot(e.start)} - ${fmt.dot(e.end)}</span></div><p>${esc(e.degree)}</p></div>`).join('')}
<h2>${tw(p, '自我评价', '自我評價')}</h2><p>${esc(p.summary)}</p>
</div></div>`, p.id === 'p09' ? 'zh-TW' : 'zh-CN');

/** 大易（Dayee）网申系统 应聘简历打印页。 */
const dayee: Html = (p) => page(`
body{font:9.5pt ${CJK},'Liberation Sans';color:#222}
.t{border-bottom:2px solid #1677ff;padding-bottom:5px;display:flex;justify-content:space-between;align-items:flex-end}.t b{font-size:14pt}
h2{font-size:10.5pt;background:#f0f5ff;border-left:4px solid #1677ff;padding:3px 8px;margin:12px 0 6px}
.kv{display:grid;grid-template-columns:repeat(3,1fr);gap:3px 14px}.kv span{color:#777}
.e{margin:0 0 8px}.e .a{font-weight:bold}.e .d{color:#666}
`, `<div class="t"><div><b>应聘登记 · 个人简历</b><br>应聘职位：${p.id === 'p10' ? '教育产品线负责人' : '感知算法专家（SLAM方向）'}　申请编号：DY-2026-0${p.id.slice(1)}3318</div><div style="font-size:8pt;color:#888">投递时间：2026-10-21 09:14</div></div>
<h2>基本信息</h2><div class="kv"><div><span>姓名：</span>${esc(p.name)}${p.altName ? `（${esc(p.altName)}）` : ''}</div><div><span>性别：</span>${esc(p.gender)}</div><div><span>出生日期：</span>${p.born}</div>
<div><span>手机号码：</span>${esc(p.phoneLocal)}</div><div><span>电子邮箱：</span>${esc(p.email)}</div><div><span>最高学历：</span>${p.id === 'p16' ? '博士研究生' : '本科'}</div>
<div style="grid-column:span 3"><span>现居住地：</span>${esc(p.address)}</div></div>
<h2>教育经历</h2>${p.education.map((e) => `<div class="e"><div class="a">${esc(e.school)}　${esc(e.degree)}</div><div class="d">${e.start} 至 ${e.end}</div></div>`).join('')}
<h2>工作经历</h2>${rev(p).map((j) => `<div class="e"><div class="a">${esc(j.company)}　|　${esc(j.title)}</div><div class="d">${j.start} 至 ${j.end ?? '今'}</div><div>工作描述：${esc(j.bullets.join(' '))}</div></div>`).join('')}
<h2>专业技能</h2><table style="border-collapse:collapse;width:60%">${sk(p).map((s, i) => `<tr><td style="border:1px solid #ccc;padding:2px 6px">${esc(s)}</td><td style="border:1px solid #ccc;padding:2px 6px">${i < 4 ? '精通' : '熟练'}</td></tr>`).join('')}</table>
<h2>语言能力</h2><div>${p.languages.map(esc).join('；')}</div>
<h2>附加信息</h2><div>${esc(p.summary)}</div><div style="margin-top:8px">期望薪资：面议　　到岗时间：一个月内</div>`, 'zh-CN');

/** 智通人才网（东莞）个人简历页面。 */
const zhitong: Html = (p) => page(`
body{font:9.5pt ${CJK};color:#333}
.t{background:#0e5fa8;color:#fff;padding:8px 12px;display:flex;justify-content:space-between}.t b{font-size:13pt}
.g{display:grid;grid-template-columns:1fr 200px;gap:16px;margin-top:10px}
h2{font-size:10.5pt;color:#0e5fa8;border-bottom:1px dashed #0e5fa8;margin:10px 0 6px;padding-bottom:2px}
.side{border:1px solid #d6e4f0;padding:8px 10px;background:#f7fafd}.side p{margin:4px 0}
.j{margin-bottom:8px}.j .a{font-weight:bold}
`, `<div class="t"><b>智通人才网 · 求职者简历</b><span>ID：ZT8834${p.id.slice(1)}2　刷新：2026-11-03</span></div>
<div style="display:flex;gap:14px;align-items:center;margin-top:10px">${photoSvg(70, 88)}<div><div style="font-size:18pt;font-weight:bold">${esc(p.name)}</div>${esc(p.gender)} | ${age(p.born)}岁 | 大专 | ${2026 - 2008}年工作经验 | 户籍：${esc(p.extra?.hometown ?? '')}</div></div>
<div class="g"><div>
<h2>求职意向</h2><p style="margin:0">期望职位：品质经理/品质总监　期望地点：东莞、深圳　期望月薪：18000-25000元</p>
<h2>工作经验</h2>${rev(p).map((j) => `<div class="j"><div class="a">${span(j, 'zh0', ' — ', '至今')}　${esc(j.company)}</div><div>职位：${esc(j.title)}</div><div>${esc(j.bullets.join(''))}</div></div>`).join('')}
<h2>教育经历</h2>${p.education.map((e) => `<div class="j">${fmt.zh0(e.start)} — ${fmt.zh0(e.end)}　${esc(e.school)}　${esc(e.degree)}</div>`).join('')}
<h2>自我评价</h2><p style="margin:0">${esc(p.summary)}</p>
</div><div class="side">
<h2>联系方式</h2><p>手机：${esc(p.phoneLocal)}</p><p>邮箱：${esc(p.email)}</p><p>地址：${esc(p.address)}</p>
<h2>技能专长</h2>${sk(p).map((s) => `<p>· ${esc(s)}</p>`).join('')}
<h2>证书</h2>${p.certificates.map((s) => `<p>${esc(s)}</p>`).join('')}
<h2>语言</h2><p>${p.languages.map(esc).join('、')}</p>
</div></div>`, 'zh-CN');

/** 中国人才热线（cjol）简历打印。 */
const cjol: Html = (p) => page(`
body{font:10pt ${CJK};color:#222}
.t{display:flex;justify-content:space-between;border-bottom:3px solid #c8102e;padding-bottom:6px}.t h1{margin:0;font-size:19pt}
h2{font-size:11pt;color:#c8102e;margin:13px 0 6px}
.j{margin-bottom:9px;padding-left:10px;border-left:2px solid #eee}.j .a{font-weight:bold}
`, `<div class="t"><div><h1>${esc(p.name)}</h1>${esc(p.gender)}　|　${dob(p.born, 'dot')}　|　现居 成都　|　${esc(p.extra?.marital ?? '')}</div><div style="text-align:right;font-size:9pt">中国人才热线 cjol.com<br>手机：${esc(p.phoneLocal)}<br>邮箱：${esc(p.email)}</div></div>
<h2>求职意向</h2><div>期望职位：财务经理 / 财务主管　期望地点：成都　期望薪资：12K-15K/月　到岗：一个月内</div>
<h2>工作经历</h2>${rev(p).map((j) => `<div class="j"><div class="a">${span(j, 'zh', ' ~ ', '至今')}　${esc(j.company)}　${esc(j.title)}</div><div>${esc(j.bullets.join(''))}</div></div>`).join('')}
<div class="j"><div class="a">2019年3月 ~ 2020年2月　职业空档</div><div>全职在家照顾孩子，期间自学Python数据处理与Power BI。</div></div>
<h2>教育经历</h2>${p.education.map((e) => `<div class="j">${fmt.zh(e.start)} ~ ${fmt.zh(e.end)}　${esc(e.school)}　${esc(e.degree)}</div>`).join('')}
<h2>专业技能</h2><div>${sk(p).map(esc).join('　/　')}</div>
<h2>证书</h2><div>${p.certificates.map(esc).join('；')}　${p.languages.map(esc).join('；')}</div>
<h2>自我评价</h2><div>${esc(p.summary)}</div>`, 'zh-CN');

/** 个人简历网 表格式简历（网页版）。 */
const gerenjianli: Html = (p) => page(`
body{font:10pt ${CJK};color:#111}
h1{text-align:center;font-size:20pt;letter-spacing:12px;margin:0 0 10px}
table{border-collapse:collapse;width:100%}td{border:1px solid #333;padding:5px 6px;vertical-align:middle}
td.k{background:#f0f0f0;text-align:center;width:13%;font-weight:bold}.vs{writing-mode:vertical-rl;letter-spacing:6px;text-align:center;width:28px;background:#f0f0f0;font-weight:bold}
`, `<h1>个人简历</h1><table>
<tr><td class="k">姓名</td><td>${esc(p.name)}</td><td class="k">性别</td><td>${esc(p.gender)}</td><td class="k">出生年月</td><td>${dob(p.born, 'dot')}</td><td rowspan="4" style="width:105px;text-align:center">${photoSvg(86, 108)}</td></tr>
<tr><td class="k">民族</td><td>${esc(p.extra?.ethnic ?? '')}</td><td class="k">籍贯</td><td>${esc(p.extra?.hometown ?? '')}</td><td class="k">政治面貌</td><td>${esc(p.extra?.party ?? '')}</td></tr>
<tr><td class="k">学历</td><td>本科</td><td class="k">专业</td><td>会计学</td><td class="k">婚姻状况</td><td>${esc(p.extra?.marital ?? '')}</td></tr>
<tr><td class="k">联系电话</td><td colspan="2">${esc(p.phoneLocal)}</td><td class="k">电子邮箱</td><td colspan="2">${esc(p.email)}</td></tr>
<tr><td class="k">求职意向</td><td colspan="6">财务经理 / 财务主管（成都）</td></tr>
<tr><td class="k" rowspan="${p.education.length + 1}">教育背景</td><td class="k" colspan="2">起止时间</td><td class="k" colspan="2">学校</td><td class="k" colspan="2">专业/学历</td></tr>
${p.education.map((e) => `<tr><td colspan="2">${fmt.dot(e.start)}—${fmt.dot(e.end)}</td><td colspan="2">${esc(e.school)}</td><td colspan="2">${esc(e.degree)}</td></tr>`).join('')}
<tr><td class="k" rowspan="${p.work.length + 1}">工作经历</td><td class="k" colspan="2">起止时间</td><td class="k" colspan="2">工作单位</td><td class="k">职务</td><td class="k">主要工作</td></tr>
${rev(p).map((j) => `<tr><td colspan="2">${span(j, 'dot', '—', '至今')}</td><td colspan="2">${esc(j.company)}</td><td>${esc(j.title)}</td><td style="font-size:9pt">${esc(j.bullets.join(''))}</td></tr>`).join('')}
<tr><td class="k">专业技能</td><td colspan="6">${sk(p).map(esc).join('；')}</td></tr>
<tr><td class="k">证书</td><td colspan="6">${p.certificates.map(esc).join('；')}；${p.languages.map(esc).join('；')}</td></tr>
<tr><td class="k">自我评价</td><td colspan="6" style="height:90px">${esc(p.summary)}2019年3月至2020年2月因育儿离职一年，现已可全身心投入工作。</td></tr>
</table>`, 'zh-CN');

/** CTgoodjobs (Hong Kong) profile / CV print. */
const ctgoodjobs: Html = (p) => page(`
body{font:9.6pt 'Liberation Sans',Arial,${CJK};color:#222}
.t{display:flex;justify-content:space-between;align-items:center;border-bottom:3px solid #00a0a0;padding-bottom:6px}.t h1{margin:0;font-size:18pt}
.g{display:grid;grid-template-columns:195px 1fr;gap:18px;margin-top:10px}
.l{background:#f2fafa;padding:10px}.l h3,.r h3{color:#008080;font-size:10pt;margin:10px 0 5px;text-transform:uppercase}.l p{margin:3px 0}.l .k{color:#666;font-size:8pt;margin-top:6px}
.j{margin-bottom:10px}.j .a{font-weight:700}.j .d{color:#666}
`, `<div class="t"><div><h1>${esc(p.altName ?? '')} ${esc(p.name)}</h1>${esc(p.headline)}</div><div style="color:#00a0a0;font-weight:700;font-size:13pt">CTgoodjobs</div></div>
<div class="g"><div class="l"><h3>Personal Info</h3><p class="k">Mobile</p><p>${esc(p.phoneLocal)}</p><p class="k">Email</p><p style="word-wrap:break-word">${esc(p.email)}</p><p class="k">District</p><p>Kowloon City</p>
<p class="k">Current Salary</p><p>${esc(p.extra?.current ?? '')}</p><p class="k">Expected Salary</p><p>${esc(p.extra?.expected ?? '')}</p><p class="k">Availability</p><p>${esc(p.extra?.notice ?? '')} notice</p>
<h3>Skills</h3>${sk(p).map((s) => `<p>• ${esc(s)}</p>`).join('')}
<h3>Languages</h3>${p.languages.map((s) => `<p>${esc(s)}</p>`).join('')}
</div><div class="r"><h3>Career Summary</h3><p style="margin:0">${esc(p.summary)}</p>
<h3>Work Experience</h3>${rev(p).map((j) => `<div class="j"><div class="a">${esc(j.title)}</div><div>${esc(j.company)}</div><div class="d">${span(j, 'mon', ' - ', 'Present')}</div><div>${esc(j.bullets.join(' '))}</div></div>`).join('')}
<h3>Education</h3>${p.education.map((e) => `<div class="j"><div class="a">${esc(e.degree)}</div><div>${esc(e.school)}</div><div class="d">${fmt.mon(e.start)} - ${fmt.mon(e.end)}</div></div>`).join('')}
<h3>Professional Qualifications</h3>${p.certificates.map((s) => `<div>${esc(s)}</div>`).join('')}
</div></div>`);

const HTML: Record<string, { layout: Layout; render: Html }> = {
  mcf: { layout: 'twocol', render: mcf }, toptal: { layout: 'twocol', render: toptal }, chef: { layout: 'single', render: chef },
  ski: { layout: 'table', render: ski }, reed: { layout: 'single', render: reed }, modernwriter: { layout: 'single', render: modernwriter },
  careerbuilder: { layout: 'single', render: careerbuilder }, kalibrr: { layout: 'twocol', render: kalibrr }, bayt: { layout: 'table', render: bayt },
  tefl: { layout: 'twocol', render: tefl }, searchassoc: { layout: 'table', render: searchassoc }, readcv: { layout: 'single', render: readcv },
  monster: { layout: 'single', render: monster }, jianzhu: { layout: 'table', render: jianzhu }, taiwanjobs: { layout: 'table', render: taiwanjobs },
  xiongmao: { layout: 'twocol', render: xiongmao }, dayee: { layout: 'single', render: dayee }, zhitong: { layout: 'twocol', render: zhitong },
  cjol: { layout: 'single', render: cjol }, gerenjianli: { layout: 'table', render: gerenjianli }, ctgoodjobs: { layout: 'twocol', render: ctgoodjobs },
};
type Layout = 'single' | 'twocol' | 'table';

// ---------------------------------------------------------------- DOCX templates (Word-made; LibreOffice exports the PDF)
type RunOpts = { bold?: boolean; italics?: boolean; size?: number; color?: string; font?: string; caps?: boolean; smallCaps?: boolean };
const R = (text: string, o: RunOpts = {}) => new TextRun({ text, bold: o.bold, italics: o.italics, size: o.size, color: o.color, font: o.font, allCaps: o.caps, smallCaps: o.smallCaps });
type POpts = { align?: 'left' | 'center' | 'right'; after?: number; before?: number; indent?: number; bullet?: boolean; tabs?: number; border?: string; shade?: string; keep?: boolean };
const P = (content: string | TextRun[], o: POpts & RunOpts = {}) => new Paragraph({
  children: typeof content === 'string' ? [R(content, o)] : content,
  alignment: o.align === 'center' ? AlignmentType.CENTER : o.align === 'right' ? AlignmentType.RIGHT : undefined,
  spacing: { after: o.after ?? 60, before: o.before ?? 0 },
  indent: o.indent ? { left: o.indent } : undefined,
  bullet: o.bullet ? { level: 0 } : undefined,
  tabStops: o.tabs ? [{ type: TabStopType.RIGHT, position: o.tabs }] : undefined,
  border: o.border ? { bottom: { style: BorderStyle.SINGLE, size: 8, color: o.border, space: 2 } } : undefined,
  shading: o.shade ? { type: ShadingType.CLEAR, fill: o.shade, color: 'auto' } : undefined,
  keepNext: o.keep,
});
type CellOpts = { w?: number; shade?: string; span?: number; rows?: number; center?: boolean; bold?: boolean; size?: number; color?: string; vcenter?: boolean; noBorder?: boolean };
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const C = (content: string | Paragraph[], o: CellOpts = {}) => new TableCell({
  children: typeof content === 'string' ? content.split('\n').map((t) => P(t, { bold: o.bold, size: o.size, color: o.color, align: o.center ? 'center' : 'left', after: 0 })) : content,
  width: o.w ? { size: o.w, type: WidthType.DXA } : undefined,
  shading: o.shade ? { type: ShadingType.CLEAR, fill: o.shade, color: 'auto' } : undefined,
  columnSpan: o.span, rowSpan: o.rows,
  verticalAlign: o.vcenter || o.center ? VerticalAlignTable.CENTER : undefined,
  margins: { top: 50, bottom: 50, left: 90, right: 90 },
  borders: o.noBorder ? { top: none, bottom: none, left: none, right: none } : undefined,
});
const T = (widths: number[], rows: TableCell[][], o: { noBorders?: boolean; heights?: Record<number, number> } = {}) => new Table({
  columnWidths: widths, width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
  rows: rows.map((cells, i) => new TableRow({ children: cells, height: o.heights?.[i] ? { value: o.heights[i], rule: HeightRule.ATLEAST } : undefined })),
  borders: o.noBorders ? { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none } : undefined,
});
type Docx = (p: Person) => Document;
const doc = (children: (Paragraph | Table)[], o: { font?: string; ea?: string; size?: number; header?: string; footer?: string; pageNo?: boolean; margin?: number; lang?: string } = {}) => new Document({
  creator: 'Microsoft Office User', title: 'Curriculum Vitae',
  styles: { default: { document: { run: { font: { ascii: o.font ?? 'Calibri', hAnsi: o.font ?? 'Calibri', eastAsia: o.ea ?? 'SimSun', cs: o.font ?? 'Calibri' }, size: o.size ?? 21, language: { value: o.lang ?? 'en-GB', eastAsia: 'zh-CN' } } } } },
  sections: [{
    properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: o.margin ?? 1000, bottom: o.margin ?? 1000, left: o.margin ?? 1100, right: o.margin ?? 1100 } } },
    headers: o.header ? { default: new Header({ children: [P(o.header, { align: 'right', size: 16, color: '808080' })] }) } : undefined,
    footers: o.footer || o.pageNo ? { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [R(o.footer ?? '', { size: 16, color: '808080' }), ...(o.pageNo ? [new TextRun({ children: ['   Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 16, color: '808080' })] : [])] })] }) } : undefined,
    children,
  }],
});
const W = 9706; // text width in twips with 1100 margins

/** Myanmar CV: personal particulars with father's name, NRC, race and religion; declaration and signature. */
const myanmar: Docx = (p) => {
  const x = p.extra ?? {};
  const kv = (k: string, v: string) => [C(k, { w: 2700 }), C(':', { w: 300 }), C(v, { w: 4400 })];
  const info: [string, string][] = [['Name', p.name], ["Father's Name", x.father], ['NRC No.', x.nrc], ['Date of Birth', dob(p.born, 'dmy')], ['Nationality', p.nationality], ['Race', x.race], ['Religion', x.religion], ['Marital Status', x.marital], ['Gender', p.gender], ['Height', x.height]];
  return doc([
    P('CURRICULUM VITAE', { align: 'center', bold: true, size: 32, after: 200 }),
    T([2700, 300, 4400, 2300], [
      [...kv(info[0][0], info[0][1]), C([P('Photo', { align: 'center', color: 'A6A6A6' }), P('(passport size)', { align: 'center', color: 'A6A6A6', size: 16 })], { w: 2300, rows: info.length, center: true })],
      ...info.slice(1).map(([k, v]) => kv(k, v)),
    ], { noBorders: true }),
    P('', { after: 80 }),
    T([2700, 300, 6700], [
      [C('Contact Address', { w: 2700 }), C(':', { w: 300 }), C(p.address, { w: 6700 })],
      [C('Phone', { w: 2700 }), C(':', { w: 300 }), C(p.phoneLocal, { w: 6700 })],
      [C('Email', { w: 2700 }), C(':', { w: 300 }), C(p.email, { w: 6700 })],
    ], { noBorders: true }),
    P('Education', { bold: true, size: 24, before: 200, border: '000000' }),
    ...p.education.map((e) => P(`${e.degree}, ${e.school}, ${e.town ?? ''} (${y(e.end)})`, { bullet: true })),
    ...p.certificates.map((c) => P(c, { bullet: true })),
    P('Work Experience', { bold: true, size: 24, before: 200, border: '000000' }),
    T([2500, 3700, 3500], [
      [C('Period', { bold: true, shade: 'D9D9D9', w: 2500 }), C('Company', { bold: true, shade: 'D9D9D9', w: 3700 }), C('Position', { bold: true, shade: 'D9D9D9', w: 3500 })],
      ...rev(p).map((j) => [C(span(j, 'mon', ' to ', 'Present'), { w: 2500 }), C(j.company, { w: 3700 }), C(j.title, { w: 3500 })]),
    ]),
    P('Job Responsibilities (current)', { bold: true, before: 120 }),
    ...p.work.at(-1)!.bullets.map((b) => P(b, { bullet: true })),
    P('Skills', { bold: true, size: 24, before: 200, border: '000000' }),
    ...sk(p).map((s) => P(s, { bullet: true })),
    P('Language Skills', { bold: true, size: 24, before: 200, border: '000000' }),
    ...p.languages.map((s) => P(s, { bullet: true })),
    P('References', { bold: true, size: 24, before: 200, border: '000000' }),
    ...p.referees.map((r, i) => P(`(${i + 1}) ${r.name}, ${r.role}, Ph: ${r.phone}`)),
    P('Declaration', { bold: true, size: 24, before: 200, border: '000000' }),
    P('I hereby declare that the above information is true and correct to the best of my knowledge.'),
    P([R('Date: 12-10-2026'), new TextRun({ children: [new Tab(), '________________'] })], { tabs: W, before: 400 }),
    P([R(''), new TextRun({ children: [new Tab(), 'Signature'] })], { tabs: W }),
    P([R('Place: Yangon'), new TextRun({ children: [new Tab(), `(${p.name})`] })], { tabs: W }),
  ], { font: 'Times New Roman', size: 22 });
};

/** Word "Polished" résumé template (single column, small-caps headings, dates after the company line). */
const polished: Docx = (p) => doc([
  P(p.altName ? `${p.altName.toUpperCase()} ${p.name}` : p.name.toUpperCase(), { size: 44, color: '1F3864', after: 40, font: 'Georgia' }),
  P(`${p.address}  ·  ${p.phoneLocal}  ·  ${p.email}`, { size: 18, color: '595959', after: 240, border: '1F3864' }),
  P('Objective', { smallCaps: true, bold: true, size: 24, color: '1F3864', after: 60 }),
  P(p.summary, { after: 200 }),
  P('Experience', { smallCaps: true, bold: true, size: 24, color: '1F3864', after: 60 }),
  ...rev(p).flatMap((j) => [
    P([R(j.title, { bold: true }), R(`, ${j.company}`)], { after: 0, keep: true }),
    P(span(j, 'month', ' – ', 'Present'), { size: 18, color: '595959', after: 40, keep: true }),
    ...j.bullets.map((b) => P(b, { bullet: true, after: 20 })),
    P('', { after: 60 }),
  ]),
  P('Education', { smallCaps: true, bold: true, size: 24, color: '1F3864', after: 60 }),
  ...p.education.flatMap((e) => [P([R(e.degree, { bold: true }), R(`, ${e.school}`)], { after: 0 }), P(`${fmt.month(e.start)} – ${fmt.month(e.end)}`, { size: 18, color: '595959', after: 100 })]),
  P('Skills', { smallCaps: true, bold: true, size: 24, color: '1F3864', after: 60 }),
  ...sk(p).map((s) => P(s, { bullet: true, after: 20 })),
  P('Certifications & Languages', { smallCaps: true, bold: true, size: 24, color: '1F3864', after: 60, before: 160 }),
  P([...p.certificates, ...p.languages].join('  ·  ')),
], { font: 'Georgia', size: 20 });

/** Word "Color block" résumé: a coloured contact/skills block beside the experience column (layout table). */
const colorblock: Docx = (p) => {
  const acc = p.id === 'p03' ? '7A2E2E' : p.id === 'p06' ? '1E6F5C' : '2E4A7A';
  const left = [
    P(p.altName ? p.name : p.name.split(' ')[0].toUpperCase(), { bold: true, size: 36, color: 'FFFFFF', after: 0 }),
    P(p.altName ?? p.name.split(' ').slice(1).join(' ').toUpperCase(), { bold: true, size: p.altName ? 22 : 36, color: 'FFFFFF', after: 200 }),
    P(p.headline, { color: 'FFFFFF', after: 240 }),
    P('CONTACT', { bold: true, color: 'FFFFFF', size: 20, after: 60 }),
    P(p.phoneLocal, { color: 'FFFFFF', size: 18, after: 20 }), P(p.email, { color: 'FFFFFF', size: 17, after: 20 }), P(p.address, { color: 'FFFFFF', size: 18, after: 240 }),
    P('SKILLS', { bold: true, color: 'FFFFFF', size: 20, after: 60 }),
    ...sk(p).map((s) => P(`▪ ${s}`, { color: 'FFFFFF', size: 18, after: 20 })),
    P('LANGUAGES', { bold: true, color: 'FFFFFF', size: 20, after: 60, before: 200 }),
    ...p.languages.map((s) => P(s, { color: 'FFFFFF', size: 18, after: 20 })),
  ];
  const right = [
    P('PROFILE', { bold: true, color: acc, size: 24, border: acc, after: 80 }), P(p.summary, { after: 200 }),
    P('EXPERIENCE', { bold: true, color: acc, size: 24, border: acc, after: 80 }),
    ...rev(p).flatMap((j) => [P([R(j.title.toUpperCase(), { bold: true, size: 19 }), R(`  |  ${j.company}`, { size: 19 })], { after: 0 }), P(`${span(j, 'mon', ' – ', 'Present')}${j.town ? `  ·  ${j.town}` : ''}`, { italics: true, size: 18, color: '666666', after: 30 }), ...j.bullets.map((b) => P(b, { bullet: true, size: 19, after: 20 })), P('', { after: 40 })]),
    P('EDUCATION', { bold: true, color: acc, size: 24, border: acc, after: 80 }),
    ...p.education.flatMap((e) => [P(e.degree, { bold: true, size: 19, after: 0 }), P(`${e.school} · ${y(e.start)}–${y(e.end)}`, { size: 18, after: 80 })]),
    P('CERTIFICATIONS', { bold: true, color: acc, size: 24, border: acc, after: 80, before: 120 }),
    ...p.certificates.map((c) => P(c, { size: 19, after: 20 })),
  ];
  return doc([T([3100, 6606], [[C(left, { w: 3100, shade: acc, noBorder: true }), C(right, { w: 6606, noBorder: true })]], { noBorders: true })], { font: 'Calibri', size: 20, margin: 700 });
};

/** Au pair agency application form: numbered sections, childcare-experience grid, lifestyle questions, Dear Family letter. */
const aupair: Docx = (p) => {
  const S = (t: string) => [C(t, { span: 4, shade: 'F4B183', bold: true, w: W })];
  const kv = (a: string, b: string, c: string, d: string) => [C(a, { w: 2200, shade: 'FBE5D6', size: 18 }), C(b, { w: 2653 }), C(c, { w: 2200, shade: 'FBE5D6', size: 18 }), C(d, { w: 2653 })];
  return doc([
    P('Horizon Au Pair Exchange', { bold: true, size: 30, color: 'C55A11', after: 0 }),
    P('Au Pair Application Form – Part A (to be shown to host families)', { size: 20, after: 160 }),
    T([2200, 2653, 2200, 2653], [
      S('1. Personal details'),
      kv('Full name (as in passport)', p.name, 'Preferred name', p.name.split(' ')[0]),
      kv('Date of birth', dob(p.born, 'dmy'), 'Nationality', p.nationality),
      [C('Mobile (WhatsApp)', { w: 2200, shade: 'FBE5D6', size: 18 }), C(p.phoneLocal, { w: 2653 }), C('Skype', { w: 2200, shade: 'FBE5D6', size: 18 }), C('lerato.mokoena.za', { w: 2653 })],
      [C('Email', { w: 2200, shade: 'FBE5D6', size: 18 }), C(p.email, { span: 3, w: 7506 })],
      [C('Home address', { w: 2200, shade: 'FBE5D6', size: 18 }), C(p.address, { span: 3, w: 7506 })],
      kv('Preferred country', 'Netherlands / Germany', 'Available from', '01/02/2027 for 12 months'),
      S('2. Childcare experience (please list all, most recent first)'),
    ]),
    T([2600, 2000, 1300, 1300, 2506], [
      [C('Employer / family / organisation', { bold: true, shade: 'FBE5D6', w: 2600, size: 18 }), C('Role', { bold: true, shade: 'FBE5D6', w: 2000, size: 18 }), C('From', { bold: true, shade: 'FBE5D6', w: 1300, size: 18 }), C('To', { bold: true, shade: 'FBE5D6', w: 1300, size: 18 }), C('Ages of children / duties', { bold: true, shade: 'FBE5D6', w: 2506, size: 18 })],
      ...rev(p).map((j) => [C(`${j.company}\n${j.town ?? ''}`, { w: 2600, size: 19 }), C(j.title, { w: 2000, size: 19 }), C(fmt.slash(j.start), { w: 1300, size: 19 }), C(j.end ? fmt.slash(j.end) : 'ongoing', { w: 1300, size: 19 }), C(j.bullets.join(' '), { w: 2506, size: 18 })]),
    ]),
    T([2200, 2653, 2200, 2653], [
      S('3. Skills, education and languages'),
      [C('Skills', { w: 2200, shade: 'FBE5D6', size: 18 }), C(sk(p).join(', '), { span: 3, w: 7506 })],
      [C('Education', { w: 2200, shade: 'FBE5D6', size: 18 }), C(p.education.map((e) => `${e.degree} – ${e.school} (${y(e.end)})`).join('\n'), { span: 3, w: 7506 })],
      [C('Languages', { w: 2200, shade: 'FBE5D6', size: 18 }), C(p.languages.join(', '), { span: 3, w: 7506 })],
      [C('First aid / driving', { w: 2200, shade: 'FBE5D6', size: 18 }), C(p.certificates.join('; '), { span: 3, w: 7506 })],
      S('4. Health and lifestyle'),
      kv('Do you smoke?', '☐ Yes   ☒ No', 'Allergies', 'None'),
      kv('Happy with pets?', '☒ Yes   ☐ No', 'Special diet', 'None'),
      kv('Can you swim?', '☒ Yes   ☐ No', 'Care for infants under 2?', '☒ Yes   ☐ No'),
    ]),
    P('5. Dear Host Family', { bold: true, size: 24, color: 'C55A11', before: 240 }),
    P(`Hello! My name is ${p.name.split(' ')[0]} and I am ${age(p.born)} years old. I grew up in Pretoria with two younger brothers, so looking after children has always been part of my life. I have worked as a nanny for twins since they were two, and I now tutor young learners after school. I love crafts, reading stories in funny voices and cooking simple healthy meals. I would love to join your family, learn your language and share a bit of South Africa with your children.`),
    P('6. References', { bold: true, size: 24, color: 'C55A11', before: 200 }),
    ...p.referees.map((r) => P(`${r.name} – ${r.role} – ${r.phone}${r.email ? ` – ${r.email}` : ''}`, { bullet: true })),
    P('7. Declaration', { bold: true, size: 24, color: 'C55A11', before: 200 }),
    P('I confirm that the information in this application is true. I agree that the agency may share this form with prospective host families and contact my references.'),
    P('Signed: L. Mokoena                                        Date: 03/10/2026', { before: 200 }),
  ], { font: 'Arial', size: 20, footer: 'Horizon Au Pair Exchange · Application form AP-1 (2026)', pageNo: true });
};

/** Church pastoral-candidate application (search committee form). */
const ministry: Docx = (p) => {
  const x = p.extra ?? {};
  const H = (t: string) => P(t, { bold: true, size: 22, shade: 'D9E2F3', before: 200, after: 80 });
  return doc([
    P('NEW HOPE BAPTIST ASSOCIATION', { align: 'center', bold: true, size: 26, after: 0 }),
    P('Pastoral Candidate Information Form', { align: 'center', size: 24, after: 0 }),
    P('Submitted to the Pulpit Search Committee, Living Waters Church, Savannah, GA', { align: 'center', italics: true, size: 18, after: 200 }),
    H('Section 1 – Personal Information'),
    T([2400, 2453, 2400, 2453], [
      [C('Name', { w: 2400, shade: 'F2F2F2' }), C(p.name, { w: 2453 }), C('Date of birth', { w: 2400, shade: 'F2F2F2' }), C(dob(p.born, 'mdy'), { w: 2453 })],
      [C('Address', { w: 2400, shade: 'F2F2F2' }), C(p.address, { w: 7306, span: 3 })],
      [C('Cell phone', { w: 2400, shade: 'F2F2F2' }), C(p.phoneLocal, { w: 2453 }), C('Home phone', { w: 2400, shade: 'F2F2F2' }), C('—', { w: 2453 })],
      [C('Email', { w: 2400, shade: 'F2F2F2' }), C(p.email, { w: 7306, span: 3 })],
      [C('Marital status / family', { w: 2400, shade: 'F2F2F2' }), C(x.marital, { w: 7306, span: 3 })],
    ]),
    H('Section 2 – Spiritual Background'),
    T([3000, 6706], [
      [C('Conversion and baptism', { w: 3000, shade: 'F2F2F2' }), C(x.faith, { w: 6706 })],
      [C('Ordination / licensing', { w: 3000, shade: 'F2F2F2' }), C(p.certificates.join('; '), { w: 6706 })],
      [C('Do you affirm the Association\'s Statement of Faith?', { w: 3000, shade: 'F2F2F2' }), C('☒ Yes   ☐ No   ☐ With exceptions (explain)', { w: 6706 })],
    ]),
    H('Section 3 – Education'),
    T([3800, 3306, 2600], [
      [C('School', { bold: true, w: 3800, shade: 'F2F2F2' }), C('Degree', { bold: true, w: 3306, shade: 'F2F2F2' }), C('Dates attended', { bold: true, w: 2600, shade: 'F2F2F2' })],
      ...p.education.map((e) => [C(e.school, { w: 3800 }), C(e.degree, { w: 3306 }), C(`${fmt.slash(e.start)} – ${fmt.slash(e.end)}`, { w: 2600 })]),
    ]),
    H('Section 4 – Ministry and Employment History (list every position, most recent first)'),
    T([2900, 2200, 1500, 3106], [
      [C('Church / Organization & City', { bold: true, w: 2900, shade: 'F2F2F2' }), C('Position', { bold: true, w: 2200, shade: 'F2F2F2' }), C('Dates (mo/yr)', { bold: true, w: 1500, shade: 'F2F2F2' }), C('Responsibilities / reason for leaving', { bold: true, w: 3106, shade: 'F2F2F2' })],
      ...rev(p).map((j) => [C(`${j.company}\n${j.town ?? ''}`, { w: 2900 }), C(j.title, { w: 2200 }), C(`${fmt.slash(j.start)} –\n${j.end ? fmt.slash(j.end) : 'present'}`, { w: 1500 }), C(j.bullets.join(' '), { w: 3106, size: 19 })]),
    ]),
    P('Gaps in service: Jan 2019 – Aug 2019 sabbatical (family relocation and study leave).', { italics: true, size: 19, before: 60 }),
    H('Section 5 – Gifts and Skills'),
    P('Please list the ministry skills you consider your strongest:', { size: 19 }),
    ...sk(p).map((s) => P(s, { bullet: true, after: 20 })),
    P(`Languages: ${p.languages.join(', ')}`, { before: 80 }),
    H('Section 6 – References (include one former senior pastor and one lay leader)'),
    T([3200, 4006, 2500], [
      [C('Name', { bold: true, w: 3200, shade: 'F2F2F2' }), C('Relationship / Church', { bold: true, w: 4006, shade: 'F2F2F2' }), C('Phone', { bold: true, w: 2500, shade: 'F2F2F2' })],
      ...p.referees.map((r) => [C(r.name, { w: 3200 }), C(r.role, { w: 4006 }), C(r.phone, { w: 2500 })]),
    ]),
    H('Section 7 – Certification'),
    P('I certify that the statements made on this form are true and complete. I authorize the Search Committee to contact my references and to conduct a background check.'),
    P('Signature of candidate: ______________________________          Date: 10/04/2026', { before: 300 }),
  ], { font: 'Times New Roman', size: 21, pageNo: true, footer: 'Pastoral Candidate Information Form –' });
};

/** Word "Resume (Timeless design)" template. */
const timeless: Docx = (p) => doc([
  P(p.name.toUpperCase(), { align: 'center', size: 40, bold: true, color: '262626', after: 0, font: 'Garamond' }),
  P(p.headline.toUpperCase(), { align: 'center', size: 18, color: '7F7F7F', after: 240, border: 'BFBFBF' }),
  P(p.summary, { align: 'center', italics: true, after: 240 }),
  P('EXPERIENCE', { bold: true, size: 22, color: '262626', after: 80 }),
  ...rev(p).flatMap((j) => [
    P([R(span(j, 'mon', ' – ', 'Present').toUpperCase(), { size: 17, color: '7F7F7F' })], { after: 0 }),
    P([R(j.title, { bold: true }), R(' · '), R(j.company, { bold: false }), R(j.town ? ` · ${j.town}` : '', { color: '7F7F7F' })], { after: 20 }),
    ...j.bullets.map((b) => P(b, { after: 20, indent: 200 })),
    P('', { after: 60 }),
  ]),
  P('EDUCATION', { bold: true, size: 22, color: '262626', after: 80 }),
  ...p.education.flatMap((e) => [P(`${fmt.mon(e.start).toUpperCase()} – ${fmt.mon(e.end).toUpperCase()}`, { size: 17, color: '7F7F7F', after: 0 }), P([R(e.degree, { bold: true }), R(` · ${e.school}`)], { after: 80 })]),
  P('SKILLS', { bold: true, size: 22, color: '262626', after: 80, before: 80 }),
  T([4853, 4853], Array.from({ length: Math.ceil(sk(p).length / 2) }, (_, i) => [C([P(`• ${sk(p)[2 * i]}`, { after: 0 })], { w: 4853, noBorder: true }), C([P(sk(p)[2 * i + 1] ? `• ${sk(p)[2 * i + 1]}` : '', { after: 0 })], { w: 4853, noBorder: true })]), { noBorders: true }),
  P('ACTIVITIES', { bold: true, size: 22, color: '262626', after: 80, before: 160 }),
  P(`${p.certificates.join('. ')}. Languages: ${p.languages.join(', ')}.`),
], { font: 'Garamond', size: 21, footer: `${p.address}  |  ${p.phoneLocal}  |  ${p.email}` });

/** 干部任免审批表（中组部样式）：第一页基本情况与简历，第二页奖惩、考核、家庭成员、审批意见。 */
const renmian: Docx = (p) => {
  const x = p.extra ?? {};
  const k = (t: string, w: number, o: CellOpts = {}) => C(t, { w, center: true, size: 21, ...o });
  const v = (t: string, w: number, o: CellOpts = {}) => C(t, { w, center: true, size: 21, ...o });
  const ws = [1250, 1350, 1100, 1250, 1350, 1500, 1906];
  const resume = [
    `${fmt.dot(p.education[0].start)}--${fmt.dot(p.education[0].end)}  ${p.education[0].school}电气工程及其自动化专业学习`,
    ...p.work.flatMap((j) => {
      const l = [`${fmt.dot(j.start)}--${j.end ? fmt.dot(j.end) : '        '}  ${j.company}${j.title}`];
      if (j.start === '2006-01') l.push('                （其间：2008.09--2011.06在东南工学院电气工程专业在职学习，获工程硕士学位）');
      return l;
    }),
  ];
  return doc([
    P('干部任免审批表', { align: 'center', bold: true, size: 40, after: 200 }),
    T(ws, [
      [k('姓  名', ws[0]), v(p.name, ws[1]), k('性  别', ws[2]), v(p.gender, ws[3]), k('出生年月\n（  岁）', ws[4]), v(`${dob(p.born, 'dot')}\n（${age(p.born)}岁）`, ws[5]), C([P('照', { align: 'center', after: 200 }), P('片', { align: 'center' })], { w: ws[6], rows: 4, center: true })],
      [k('民  族', ws[0]), v(x.ethnic, ws[1]), k('籍  贯', ws[2]), v(x.hometown, ws[3]), k('出 生 地', ws[4]), v(x.birthplace, ws[5])],
      [k('入  党\n时  间', ws[0]), v(x.partyDate, ws[1]), k('参加工\n作时间', ws[2]), v(x.workStart, ws[3]), k('健康状况', ws[4]), v(x.health, ws[5])],
      [k('专业技\n术职务', ws[0]), v('高级工程师', ws[1]), k('熟悉专业\n有何专长', ws[2], { span: 1 }), C(sk(p).join('、'), { w: ws[3] + ws[4] + ws[5], span: 3, size: 20, vcenter: true })],
      [k('学  历\n学  位', ws[0], { rows: 2 }), k('全日制\n教  育', ws[1]), v('大学\n工学学士', ws[2] + ws[3], { span: 2 }), k('毕业院校\n系及专业', ws[4]), C(`${p.education[0].school}电气工程及其自动化专业`, { w: ws[5] + ws[6], span: 2, size: 20, vcenter: true })],
      [k('在  职\n教  育', ws[1]), v('研究生\n工程硕士', ws[2] + ws[3], { span: 2 }), k('毕业院校\n系及专业', ws[4]), C(`${p.education[1].school}电气工程专业`, { w: ws[5] + ws[6], span: 2, size: 20, vcenter: true })],
      [k('现 任 职 务', ws[0] + ws[1], { span: 2 }), C(`${p.work.at(-1)!.company}${p.work.at(-1)!.title}`, { w: 6856, span: 5, size: 21, vcenter: true })],
      [k('拟 任 职 务', ws[0] + ws[1], { span: 2 }), C(`${p.work.at(-1)!.company}总工程师`, { w: 6856, span: 5, size: 21, vcenter: true })],
      [k('拟 免 职 务', ws[0] + ws[1], { span: 2 }), C(`${p.work.at(-1)!.company}副总工程师`, { w: 6856, span: 5, size: 21, vcenter: true })],
      [C([P('简', { align: 'center', after: 600 }), P('历', { align: 'center' })], { w: ws[0], center: true }), C(resume.map((l) => P(l, { size: 20, after: 40 })), { w: 8456, span: 6 })],
    ], { heights: { 0: 620, 1: 620, 2: 620, 3: 620, 4: 560, 5: 560, 6: 480, 7: 480, 8: 480, 9: 7000 } }),
    new Paragraph({ pageBreakBefore: true, children: [] }),
    T([1250, 1350, 1300, 900, 1300, 3606], [
      [k('奖惩\n情况', 1250), C('2014年获集团公司“安全生产先进个人”；2019年所负责项目获省电力行业优秀工程设计一等奖。', { w: 8456, span: 5, size: 20, vcenter: true })],
      [k('年度考\n核结果', 1250), C('2023年度、2024年度考核均为优秀，2025年度考核为称职。', { w: 8456, span: 5, size: 20, vcenter: true })],
      [k('任免\n理由', 1250), C('工作需要。', { w: 8456, span: 5, size: 20, vcenter: true })],
      [k('家庭\n主要\n成员\n及重\n要社\n会关\n系', 1250, { rows: 4 }), k('称  谓', 1350), k('姓  名', 1300), k('年龄', 900), k('政治\n面貌', 1300), k('工 作 单 位 及 职 务', 3606)],
      [v('妻子', 1350), v('孙晓梅', 1300), v('45', 900), v('群众', 1300), C('南京市鼓楼区第二实验小学教师', { w: 3606, size: 20, vcenter: true })],
      [v('女儿', 1350), v('刘欣然', 1300), v('19', 900), v('共青团员', 1300), C('东南工学院学生', { w: 3606, size: 20, vcenter: true })],
      [v('父亲', 1350), v('刘长河', 1300), v('73', 900), v('中共党员', 1300), C('盐城市亭湖区供电所退休职工', { w: 3606, size: 20, vcenter: true })],
      [k('呈报\n单位', 1250), C([P(''), P(''), P('（盖章）          年    月    日', { align: 'right' })], { w: 8456, span: 5 })],
      [k('审批机关\n意见', 1250), C([P(''), P(''), P('（盖章）          年    月    日', { align: 'right' })], { w: 8456, span: 5 })],
      [k('行政机关\n任免意见', 1250), C([P(''), P(''), P('（盖章）          年    月    日', { align: 'right' })], { w: 8456, span: 5 })],
    ], { heights: { 0: 1300, 1: 900, 2: 700, 3: 500, 4: 500, 5: 500, 6: 500, 7: 1500, 8: 1500, 9: 1500 } }),
    P('填表人：王  芳', { before: 120 }),
  ], { font: 'Times New Roman', ea: '仿宋_GB2312', size: 21, lang: 'zh-CN' });
};

/** 站长素材 “个人简历表格” Word 模板：蓝色分区行、照片格、起止时间/单位/职务三栏。 */
const zhanzhang: Docx = (p) => {
  const x = p.extra ?? {};
  const ws = [1300, 1700, 1200, 1700, 1300, 2506];
  const SEC = (t: string) => [C(t, { span: 6, w: W, shade: '2F5597', color: 'FFFFFF', bold: true, size: 22 })];
  const k = (t: string, w: number, o: CellOpts = {}) => C(t, { w, center: true, shade: 'DEEAF6', size: 20, ...o });
  const v = (t: string, w: number, o: CellOpts = {}) => C(t, { w, size: 20, vcenter: true, ...o });
  const isP08 = p.id === 'p08';
  return doc([
    P('个 人 简 历', { align: 'center', bold: true, size: 40, color: '2F5597', after: 0 }),
    P('PERSONAL RESUME', { align: 'center', size: 18, color: '7F7F7F', after: 160 }),
    T(ws, [
      SEC('基本信息'),
      [k('姓    名', ws[0]), v(p.name, ws[1]), k('性    别', ws[2]), v(p.gender, ws[3]), k('出生年月', ws[4]), C([P('照  片', { align: 'center', color: 'A6A6A6' })], { w: ws[5], rows: 4, center: true })],
      [k('民    族', ws[0]), v(x.ethnic ?? '汉族', ws[1]), k('籍    贯', ws[2]), v(x.hometown ?? '', ws[3]), v(dob(p.born, 'dot'), ws[4])],
      [k('学    历', ws[0]), v(isP08 ? '硕士' : '大专', ws[1]), k('婚姻状况', ws[2]), v(x.marital ?? '', ws[3]), v(isP08 ? x.party : `身高${x.height}`, ws[4])],
      [k('联系电话', ws[0]), v(p.phoneLocal, ws[1]), k('电子邮箱', ws[2]), v(p.email, ws[3] + ws[4], { span: 2 })],
      [k('现居住地', ws[0]), v(p.address, W - ws[0], { span: 5 })],
      [k('求职意向', ws[0]), v(isP08 ? '电力/新能源企业 总工程师、技术负责人' : '品质经理 / 品质总监（东莞、深圳）', W - ws[0], { span: 5 })],
      SEC('教育背景'),
      [k('起止时间', ws[0] + ws[1], { span: 2 }), k('学校名称', ws[2] + ws[3], { span: 2 }), k('专业 / 学历', ws[4] + ws[5], { span: 2 })],
      ...p.education.map((e) => [v(`${fmt.dot(e.start)} - ${fmt.dot(e.end)}`, ws[0] + ws[1], { span: 2 }), v(e.school, ws[2] + ws[3], { span: 2 }), v(e.degree, ws[4] + ws[5], { span: 2 })]),
      SEC('工作经历'),
      [k('起止时间', ws[0] + ws[1], { span: 2 }), k('工作单位', ws[2] + ws[3], { span: 2 }), k('职  务', ws[4] + ws[5], { span: 2 })],
      ...rev(p).flatMap((j) => [
        [v(span(j, 'dot', ' - ', '至今'), ws[0] + ws[1], { span: 2 }), v(j.company, ws[2] + ws[3], { span: 2 }), v(j.title, ws[4] + ws[5], { span: 2 })],
        [k('工作内容', ws[0]), v(j.bullets.join(''), W - ws[0], { span: 5 })],
      ]),
      SEC('专业技能与证书'),
      [k('专业技能', ws[0]), v(sk(p).join('；'), W - ws[0], { span: 5 })],
      [k('资格证书', ws[0]), v(p.certificates.join('；'), W - ws[0], { span: 5 })],
      [k('语言能力', ws[0]), v(p.languages.join('；'), W - ws[0], { span: 5 })],
      SEC('自我评价'),
      [C(p.summary, { span: 6, w: W, size: 20 })],
    ], { heights: { 1: 480, 2: 480, 3: 480, 4: 480 } }),
  ], { font: 'Calibri', ea: '微软雅黑', size: 20, lang: 'zh-CN', margin: 900 });
};

/** 熊猫办公 Word 双栏简历（左侧色块栏 + 右侧正文，表格排版）。 */
const xiongmaoword: Docx = (p) => {
  const acc = p.id === 'p10' ? '3B6E8F' : '8E5572';
  const H = (t: string) => P(t, { bold: true, size: 24, color: acc, border: acc, after: 80, before: 160 });
  const left = [
    P('照片', { align: 'center', color: 'A6A6A6', before: 600, after: 600 }),
    P(p.name, { bold: true, size: 40, align: 'center', after: 40 }),
    P(p.headline, { align: 'center', color: '595959', after: 200 }),
    P('个人信息', { bold: true, color: 'FFFFFF', shade: acc, after: 80 }),
    P(`出生年月：${dob(p.born, 'dot')}`, { size: 18, after: 30 }), P(`电话：${p.phoneLocal}`, { size: 18, after: 30 }), P(`邮箱：${p.email}`, { size: 18, after: 30 }), P(`现居：${p.address.slice(0, 9)}`, { size: 18, after: 200 }),
    P('技能特长', { bold: true, color: 'FFFFFF', shade: acc, after: 80 }),
    ...sk(p).map((s) => P(`● ${s}`, { size: 18, after: 30 })),
    P('证书', { bold: true, color: 'FFFFFF', shade: acc, after: 80, before: 200 }),
    ...[...p.certificates, ...p.languages].map((s) => P(s, { size: 18, after: 30 })),
  ];
  const right = [
    H('教育背景'),
    ...p.education.flatMap((e) => [P([R(`${fmt.dot(e.start)} - ${fmt.dot(e.end)}    `, { bold: true }), R(e.school, { bold: true })], { after: 0 }), P(e.degree, { after: 80 })]),
    H('工作经历'),
    ...rev(p).flatMap((j) => [P([R(`${span(j, 'dot', ' - ', '至今')}    `, { bold: true, color: acc }), R(j.company, { bold: true })], { after: 0 }), P(`职位：${j.title}`, { after: 20, color: '595959' }), ...j.bullets.map((b) => P(b, { bullet: true, after: 60 }))]),
    ...(p.extra?.gap ? [P(`（${p.extra.gap}）`, { color: '7F7F7F', size: 18 })] : []),
    H('自我评价'),
    P(p.summary),
  ];
  return doc([T([3300, 6406], [[C(left, { w: 3300, shade: 'EEF2F5', noBorder: true }), C(right, { w: 6406, noBorder: true })]], { noBorders: true })], { font: 'Calibri', ea: '微软雅黑', size: 20, lang: 'zh-CN', margin: 700 });
};

/** International-school teacher application form (school's own Word form, safer-recruitment style). */
const intlschool: Docx = (p) => {
  const SEC = (t: string) => P(t, { bold: true, size: 22, color: 'FFFFFF', shade: '385723', before: 200, after: 80 });
  const k = (t: string, w: number, o: CellOpts = {}) => C(t, { w, shade: 'E2EFD9', size: 19, ...o });
  return doc([
    P('KINGSBRIDGE INTERNATIONAL SCHOOL SHANGHAI', { bold: true, size: 26, color: '385723', align: 'center', after: 0 }),
    P('Application for Teaching Employment (Form HR-02) – Strictly confidential', { align: 'center', size: 19, after: 120 }),
    SEC('Section A – Post applied for'),
    T([3000, 6706], [[k('Post', 3000), C('Grade 4 Homeroom Teacher (PYP), start August 2027', { w: 6706 })], [k('Where did you see the vacancy?', 3000), C('School website / TES', { w: 6706 })]]),
    SEC('Section B – Personal details'),
    T([2400, 2453, 2400, 2453], [
      [k('Family name', 2400), C('ZHOU', { w: 2453 }), k('Given name(s)', 2400), C('Yating', { w: 2453 })],
      [k('Name in Chinese characters', 2400), C(p.name, { w: 2453 }), k('Preferred name', 2400), C('Tina', { w: 2453 })],
      [k('Date of birth', 2400), C(dob(p.born, 'dmy'), { w: 2453 }), k('Nationality / passport no.', 2400), C(`${p.nationality} / ${p.extra?.passport}`, { w: 2453 })],
      [k('Mobile', 2400), C(p.phoneLocal, { w: 2453 }), k('WeChat ID', 2400), C('tina_zyt_sz', { w: 2453 })],
      [k('Email', 2400), C(p.email, { w: 7306, span: 3 })],
      [k('Address', 2400), C(p.address, { w: 7306, span: 3 })],
      [k('Accompanying dependants', 2400), C(p.extra?.marital ?? '', { w: 7306, span: 3 })],
    ]),
    SEC('Section C – Qualifications and training'),
    T([3800, 3406, 2500], [
      [k('Institution', 3800, { bold: true }), k('Qualification / grade', 3406, { bold: true }), k('From – To (mm/yy)', 2500, { bold: true })],
      ...p.education.map((e) => [C(`${e.school}, ${e.town ?? ''}`, { w: 3800 }), C(e.degree, { w: 3406 }), C(`${fmt.slashYY(e.start)} – ${fmt.slashYY(e.end)}`, { w: 2500 })]),
      ...p.certificates.map((c) => [C(c, { w: 7206, span: 2 }), C('', { w: 2500 })]),
    ]),
    SEC('Section D – Employment history (all employment since leaving full-time education, most recent first)'),
    T([3100, 2400, 1050, 1050, 2106], [
      [k('Employer name and address', 3100, { bold: true }), k('Position held', 2400, { bold: true }), k('From\n(mm/yy)', 1050, { bold: true }), k('To\n(mm/yy)', 1050, { bold: true }), k('Reason for leaving', 2106, { bold: true })],
      ...rev(p).map((j) => [C(`${j.company}\nShenzhen, China`, { w: 3100 }), C(j.title, { w: 2400 }), C(fmt.slashYY(j.start), { w: 1050 }), C(j.end ? fmt.slashYY(j.end) : 'to date', { w: 1050 }), C(j.end ? (j.company === 'Pegasus Education' ? 'Full-time MA study in the UK' : 'Internal promotion / new role') : 'Seeking new challenge', { w: 2106 })]),
    ]),
    P('Gaps in employment: 07/18 – 07/19 full-time postgraduate study (MA TESOL, University of East Marches, UK).', { size: 19, before: 60 }),
    SEC('Section E – Skills and experience relevant to the post'),
    ...sk(p).map((s) => P(s, { bullet: true, after: 20 })),
    P(`Languages: ${p.languages.join('; ')}`, { before: 60 }),
    SEC('Section F – Referees (one must be your current or most recent employer)'),
    T([3000, 4306, 2400], [
      [k('Name', 3000, { bold: true }), k('Position / organisation', 4306, { bold: true }), k('Email / telephone', 2400, { bold: true })],
      ...p.referees.map((r) => [C(r.name, { w: 3000 }), C(r.role, { w: 4306 }), C(`${r.email ?? ''}\n${r.phone}`, { w: 2400 })]),
    ]),
    SEC('Section G – Child protection declaration'),
    P('Have you ever been convicted of, cautioned for, or investigated for any offence, or been subject to any disciplinary action relating to the safety of children?   ☐ Yes   ☒ No', { size: 19 }),
    P('I declare that the information I have given is true and complete. I understand that any false information may lead to my application being rejected or my dismissal.', { size: 19 }),
    P('Signature: Zhou Yating                                            Date: 14/10/2026', { before: 240 }),
  ], { font: 'Arial', ea: 'SimSun', size: 20, pageNo: true, footer: 'KISS HR-02 (2025)', header: 'Kingsbridge International School Shanghai – Application for Employment' });
};

const DOCX: Record<string, { layout: Layout; render: Docx }> = {
  myanmar: { layout: 'table', render: myanmar }, polished: { layout: 'single', render: polished }, colorblock: { layout: 'twocol', render: colorblock },
  aupair: { layout: 'table', render: aupair }, ministry: { layout: 'table', render: ministry }, timeless: { layout: 'single', render: timeless },
  renmian: { layout: 'table', render: renmian }, zhanzhang: { layout: 'table', render: zhanzhang }, xiongmaoword: { layout: 'twocol', render: xiongmaoword },
  intlschool: { layout: 'table', render: intlschool },
};

// ---------------------------------------------------------------- text templates
type Txt = (p: Person) => string;

/** `_data/data.yml` of the Jekyll "online-cv" theme, as kept in a GitHub Pages repo. */
const jekyll: Txt = (p) => `# Jekyll online-cv theme data file
sidebar:
    name: ${p.name}
    tagline: ${p.headline}
    avatar: profile.png
    email: ${p.email}
    phone: ${JSON.stringify(intl(p))}
    citizenship: ${p.nationality}
    website: ${p.id === 'p02' ? 'npapadakis.dev' : ''}
    linkedin: ${p.name.toLowerCase().replace(/\s+/g, '-')}
    languages:
      title: Languages
      info:
${p.languages.map((l) => `        - idiom: ${l.replace(/ \(.*/, '')}\n          level: ${(/\((.*)\)/.exec(l)?.[1]) ?? 'Fluent'}`).join('\n')}

career-profile:
    title: Career Profile
    summary: |
      ${p.summary}

education:
    title: Education
    info:
${p.education.map((e) => `      - degree: ${e.degree}\n        university: ${e.school}\n        time: ${y(e.start)} - ${y(e.end)}`).join('\n')}

experiences:
    title: Experiences
    info:
${rev(p).map((j) => `      - role: ${j.title}\n        time: ${span(j, 'mon', ' - ', 'Present')}\n        company: ${j.company}, ${j.town ?? ''}\n        details: |\n${j.bullets.map((b) => `          - ${b}`).join('\n')}`).join('\n')}

certifications:
    title: Certifications
    info:
${p.certificates.map((c) => `      - name: ${c}`).join('\n')}

skills:
    title: Skills &amp; Proficiency
    toggle: true
    info:
${sk(p).map((s, i) => `      - name: ${s}\n        level: ${95 - i * 7}%`).join('\n')}

footer:
    show_created_by: true
`;

/** Dcard 工作板 自介文。 */
const dcard: Txt = (p) => `【自介】行銷企劃／社群經營 8 年，找品牌行銷主管職缺

工作板　・　2026年10月27日 21:43

大家好，潛水很久第一次發文🙏
目前在百貨業做品牌行銷，想轉回品牌端或電商做行銷主管，附上簡單的經歷，有適合的職缺或建議都歡迎私訊～

▍基本資料
姓名：${p.name}
學歷：${p.education[0].school} ${p.education[0].degree}
手機：${p.phoneLocal}
Email：${p.email}
地點：台北（可接受新北）

▍工作經歷
${rev(p).map((j) => `・${span(j, 'ymslash', '–', '現在')}　${j.company}｜${j.title}\n　${j.bullets.join('')}`).join('\n')}

▍技能
${sk(p).join('、')}

▍證照／語言
${[...p.certificates, ...p.languages].join('、')}

希望待遇月薪 6.5 萬以上，一個月內可到職。
謝謝大家看完！B${p.id.slice(1)} 樓以下歡迎推薦 🙇‍♀️
`;

/** 豆瓣小组 求职帖。 */
const douban: Txt = (p) => p.id === 'p10' ? `【求职】8年互联网产品，找产品负责人/总监岗位（上海）

来自: ${p.name.slice(0, 1)}同学（上海）　2026-10-30 22:17:05　小组：上海互联网工作交流

楼主女，95年，坐标上海徐汇，现在在一家教育科技公司做产品总监，公司业务调整想看看新机会。
简单介绍一下：

姓名：${p.name}
电话：${p.phoneLocal}（微信同号）
邮箱：${p.email}

工作经历：
${rev(p).map((j) => `${fmt.dot(j.start)}-${j.end ? fmt.dot(j.end) : '至今'}　${j.company}　${j.title}\n　　${j.bullets.join('')}`).join('\n')}

教育：${p.education[0].school}　${p.education[0].degree}（${y(p.education[0].start)}-${y(p.education[0].end)}）

技能：${sk(p).join(' / ')}
证书：${p.certificates.join('；')}　${p.languages.join('；')}

期望：产品负责人/产品总监，教育、SaaS、内容方向都可以，base上海。
有内推的友邻可以豆邮我，感谢！🙏

♥ 12 人喜欢　　回应(7)
` : `【求职】东莞/深圳 品质经理，17年电子厂经验

来自: 阿强（东莞）　2026-11-02 08:40:31　小组：东莞找工作互助

各位友邻好，本人从事电子厂品质17年，从品检做到品质经理，现在想回东莞这边发展，求推荐。

姓名：${p.name}
手机：${p.phoneLocal}
邮箱：${p.email}
现住：东莞长安

工作经历：
${rev(p).map((j) => `${span(j, 'zh', '—', '至今')}　${j.company}　${j.title}\n　　${j.bullets.join('')}`).join('\n')}

学历：${p.education[0].school} ${p.education[0].degree}（${y(p.education[0].end)}年毕业）
会的东西：${sk(p).join('、')}
证书：${p.certificates.join('、')}

期望：品质经理/品质总监，月薪2万以上，东莞深圳都行。
谢谢大家！

回应(3)
`;

/** V2EX 「求职」节点帖子。 */
const v2ex: Txt = (p) => p.id === 'p13' ? `V2EX › 求职

[新加坡/远程] 数据科学 Lead，7 年经验，求机会

${p.altName?.split(' ')[0].toLowerCase()}chenjx · 2026-10-19 23:02:11 +08:00 · 1843 次点击

大家好，坐标新加坡（PR），目前在一家物流公司带数据科学小组，想看看新加坡或远程的机会（Staff DS / DS Manager）。

**关于我**

- 姓名：${p.name}（${p.altName}）
- 邮箱：${p.email}
- 电话 / WhatsApp：${intl(p)}
- 学历：${p.education[0].school}，${p.education[0].degree}

**工作经历**

${rev(p).map((j) => `- ${span(j, 'dash', ' ~ ', '至今')}  ${j.company}  ${j.title}\n  - ${j.bullets.join(' ')}`).join('\n')}

**技能**

${sk(p).join(', ')}

**其他**

- ${p.certificates.join('; ')}
- 语言：${p.languages.join(' / ')}

简历 PDF 可以邮件要，谢谢各位 🙏

---
第 1 条附言  ·  2026-10-20 09:15:40 +08:00
补充：对国内出海团队（base 新加坡）也感兴趣。

12 条回复
` : `V2EX › 求职

[北京] SLAM / 3D 视觉 算法专家，PhD，8 年，求机会

haoranwu · 2026-11-05 10:26:48 +08:00 · 2310 次点击

背景：美国读的 Robotics PhD，回国三年多，目前在一家仓储机器人公司负责感知。想找北京的机器人 / 自动驾驶 / AR 方向的感知负责人岗位。

个人信息
  姓名：${p.name}（${p.altName}）
  手机：${p.phoneLocal}
  邮箱：${p.email}

工作经历
${rev(p).map((j) => `  ${span(j, 'dash', ' ~ ', '至今')}  ${j.company}  ${j.title}\n      ${j.bullets.join(' ')}`).join('\n')}

教育
${p.education.map((e) => `  ${e.start} ~ ${e.end}  ${e.school}  ${e.degree}`).join('\n')}

技能
  ${sk(p).join(' / ')}

欢迎直接邮件联系，猎头勿扰，谢谢。

26 条回复  •  2026-11-06 18:02:33 +08:00
`;

const TXT: Record<string, { layout: Layout; render: Txt }> = {
  jekyll: { layout: 'single', render: jekyll }, dcard: { layout: 'single', render: dcard }, douban: { layout: 'single', render: douban }, v2ex: { layout: 'single', render: v2ex },
};

// ---------------------------------------------------------------- the plan: person → templates
const PLAN: Record<string, string[]> = {
  p01: ['myanmar', 'mcf', 'jekyll'],
  p02: ['toptal', 'polished', 'jekyll'],
  p03: ['chef', 'ski', 'colorblock'],
  p04: ['aupair', 'reed', 'modernwriter'],
  p05: ['ministry', 'careerbuilder', 'timeless'],
  p06: ['kalibrr', 'bayt', 'colorblock'],
  p07: ['tefl', 'searchassoc', 'readcv', 'monster'],
  p08: ['renmian', 'zhanzhang', 'jianzhu'],
  p09: ['taiwanjobs', 'xiongmao', 'dcard'],
  p10: ['dayee', 'xiongmaoword', 'douban'],
  p11: ['zhitong', 'zhanzhang', 'douban'],
  p12: ['cjol', 'gerenjianli', 'xiongmao', 'xiongmaoword'],
  p13: ['mcf', 'v2ex', 'polished'],
  p14: ['ctgoodjobs', 'colorblock', 'toptal'],
  p15: ['intlschool', 'searchassoc', 'readcv'],
  p16: ['dayee', 'toptal', 'v2ex'],
};

// ---------------------------------------------------------------- main
async function main() {
  const manifestPath = path.join(here, 'manifest.json');
  if (existsSync(manifestPath) && !process.argv.includes('--force')) {
    console.error('manifest.json exists: the set is frozen. Re-run with --force to regenerate.');
    process.exit(1);
  }
  rmSync(docsDir, { recursive: true, force: true });
  mkdirSync(docsDir, { recursive: true });
  const documents: { file: string; person: string; template: string; layout: string; producer: string; language: string }[] = [];
  const html: [string, string][] = [];
  const truthLayout = (l: Layout) => (l === 'twocol' ? 'two-column' : l);
  for (const p of people) {
    for (const t of PLAN[p.id]) {
      const add = (file: string, layout: Layout, producer: string) => documents.push({ file, person: p.id, template: t, layout: truthLayout(layout), producer, language: p.language });
      if (HTML[t]) {
        const file = `${p.id}-${HTML[t].layout}-${t}.pdf`;
        html.push([file, HTML[t].render(p)]);
        add(file, HTML[t].layout, 'chromium');
      } else if (DOCX[t]) {
        const base = `${p.id}-${DOCX[t].layout}-${t}`;
        writeFileSync(path.join(docsDir, `${base}.docx`), await Packer.toBuffer(DOCX[t].render(p)));
        add(`${base}.docx`, DOCX[t].layout, 'docx');
        add(`${base}.pdf`, DOCX[t].layout, 'libreoffice');
      } else if (TXT[t]) {
        const file = `${p.id}-${TXT[t].layout}-${t}.txt`;
        writeFileSync(path.join(docsDir, file), TXT[t].render(p), 'utf8');
        add(file, TXT[t].layout, 'txt');
      } else throw new Error(`unknown template ${t}`);
    }
  }
  exportDocxToPdf(docsDir);
  await printHtml(docsDir, html);
  const onDisk = new Set(readdirSync(docsDir));
  for (const d of documents) if (!onDisk.has(d.file)) throw new Error(`missing ${d.file}`);
  documents.sort((a, b) => a.file.localeCompare(b.file));
  const truth = {
    referenceDate: REF,
    people: people.map((p) => ({
      id: p.id, language: p.language, name: p.name, email: p.email, phone: p.phone, skills: p.skills,
      work: p.work.map((j) => ({ company: j.company, start: j.start, end: j.end })),
      yearsOfExperience: yearsWorked(p.work, REF),
    })),
    documents,
  };
  writeFileSync(path.join(here, 'truth.json'), `${JSON.stringify(truth, null, 2)}\n`);
  writeFileSync(manifestPath, `${JSON.stringify(manifestOf(docsDir, documents.map((d) => d.file)), null, 2)}\n`);
  console.log(`heldout-30: ${documents.length} documents for ${people.length} people`);
}

await main();
