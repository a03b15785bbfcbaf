/** heldout-22 HTML templates, printed to A4 PDF by Chromium (printHtml). Each imitates one real convention. */
import type { Person } from './people.ts';
import { esc as e, fmt, groups, range, recent, skillTexts, tenure, zhTenure } from './lib.ts';

const CJK = "'WenQuanYi Zen Hei'";
const page = (lang: string, css: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>*{box-sizing:border-box}html,body{margin:0;padding:0}${css}</style></head><body>${body}</body></html>`;
const ul = (xs: string[], cls = '') => (xs.length ? `<ul${cls ? ` class="${cls}"` : ''}>${xs.map((x) => `<li>${e(x)}</li>`).join('')}</ul>` : '');
const bothNames = (p: Person) => (p.latin ? `${e(p.latin)} <span class="cjk">${e(p.name)}</span>` : e(p.name));

/** LaTeX McDowell CV class (the "Cracking the Coding Interview" résumé): serif, name centred, address left / contact right. */
export function mcdowell(p: Person): string {
  const css = `body{font-family:'Liberation Serif',${CJK},serif;font-size:10.5pt;color:#000}
  h1{text-align:center;font-size:22pt;font-variant:small-caps;letter-spacing:.5px;margin:0 0 4px}
  .hdr{display:flex;justify-content:space-between;font-size:10pt;border-bottom:0;margin-bottom:6px}
  h2{font-size:11pt;font-variant:small-caps;border-bottom:.8px solid #000;margin:10px 0 4px;padding-bottom:1px;letter-spacing:.6px}
  .row{display:flex;justify-content:space-between}.b{font-weight:bold}.i{font-style:italic}
  ul{margin:1px 0 5px 18px;padding:0}li{margin:0}.ent{margin-bottom:4px}.cjk{font-family:${CJK};font-size:17pt}`;
  const g = groups(p);
  const body = `<h1>${bothNames(p)}</h1>
  <div class="hdr"><div>${e(p.address)}</div><div style="text-align:right">${e(p.email)}<br>${e(p.phoneShow)}</div></div>
  <h2>Education</h2>${p.education.map((x) => `<div class="ent"><div class="row"><span class="b">${e(x.school)}</span><span>${e(x.town ?? '')}</span></div><div class="row"><span class="i">${e(x.degree)}</span><span class="i">${fmt(x.start, 'Mon. YYYY')} – ${fmt(x.end, 'Mon. YYYY')}</span></div></div>`).join('')}
  <h2>Experience</h2>${g.map((c) => `<div class="ent">${c.roles.map((r, i) => `<div class="row"><span class="b">${i === 0 ? e(c.company) : ''}</span><span>${i === 0 ? e(c.town ?? '') : ''}</span></div><div class="row"><span class="i">${e(r.title)}</span><span class="i">${range(r, 'Mon. YYYY', ' – ', 'Present')}</span></div>${ul(r.bullets)}`).join('')}</div>`).join('')}
  ${p.gapNote ? `<p style="margin:2px 0 4px" class="i">${e(p.gapNote.text)}</p>` : ''}
  <h2>Skills</h2><div><span class="b">Technical:</span> ${e(skillTexts(p).join(', '))}</div>
  <div><span class="b">Languages:</span> ${e(p.languages.join(', '))}</div>
  <div><span class="b">Certifications:</span> ${e(p.certs.join('; '))}</div>`;
  return page('en', css, body);
}

/** LaTeX res.cls (DeCorte): centred name and address, section headings hanging in the left margin. */
export function rescls(p: Person): string {
  const css = `body{font-family:'Liberation Serif',serif;font-size:10.5pt}
  .top{text-align:center;margin-bottom:14px}.top .n{font-size:15pt;font-weight:bold;letter-spacing:2px;text-transform:uppercase}
  .sec{display:grid;grid-template-columns:1.25in 1fr;margin-bottom:10px}.sec>.h{font-weight:bold;text-transform:uppercase;font-size:10pt}
  .sec>.h{border-top:0}.rule{border-top:.6px solid #000;margin:0 0 8px 0}
  p{margin:0 0 3px}ul{margin:1px 0 6px 16px;padding:0}.t{font-weight:bold}`;
  const body = `<div class="top"><div class="n">${e(p.name)}${p.credentials ? `, ${e(p.credentials)}` : ''}</div>${e(p.address)}<br>${e(p.phoneShow)} &nbsp;&middot;&nbsp; ${e(p.email)}</div>
  <div class="sec"><div class="h">Objective</div><div>${e(p.summary)}</div></div>
  <div class="sec"><div class="h">Experience</div><div>${recent(p).map((j) => `<p><span class="t">${e(j.title)}</span>, ${e(j.company)}, ${e(j.town ?? '')}</p><p style="font-style:italic">${range(j, 'Month YYYY', ' to ', 'present')}</p>${ul(j.bullets)}`).join('')}</div></div>
  <div class="sec"><div class="h">Education</div><div>${p.education.map((x) => `<p><span class="t">${e(x.degree)}</span>, ${e(x.school)}, ${e(x.town ?? '')}, ${fmt(x.end, 'Month YYYY')}</p>`).join('')}</div></div>
  <div class="sec"><div class="h">Computer Skills</div><div>${e(skillTexts(p).join(', '))}</div></div>
  <div class="sec"><div class="h">Licences</div><div>${e(p.certs.join('; '))}</div></div>
  <div class="sec"><div class="h">References</div><div>Available upon request.</div></div>`;
  return page('en', css, body);
}

/** JSON Resume "even" theme (resume-cli export): sans, light cards, ISO-ish dates. */
export function jsonresume(p: Person): string {
  const css = `body{font-family:'DejaVu Sans',sans-serif;font-size:9.5pt;color:#222}
  header h1{font-size:24pt;font-weight:300;margin:0}header .label{font-size:12pt;color:#555;margin:2px 0 8px}
  .contact span{margin-right:14px;color:#333}h2{font-size:10pt;text-transform:uppercase;letter-spacing:1.5px;color:#888;font-weight:600;margin:16px 0 6px}
  .item{margin-bottom:10px}.item .hd{display:flex;justify-content:space-between;align-items:baseline}.item .hd b{font-size:11pt}.date{color:#777;font-size:9pt}
  .pos{color:#444;font-style:italic}ul{margin:3px 0 0 16px;padding:0}.kw{display:inline-block;background:#eee;border-radius:3px;padding:1px 6px;margin:2px 3px 2px 0}`;
  const body = `<header><h1>${e(p.name)}</h1><div class="label">${e(p.headline)}</div><div class="contact"><span>✉ ${e(p.email)}</span><span>☎ ${e(p.phoneShow)}</span><span>⌂ ${e(p.city)}</span></div></header>
  <h2>About</h2><p>${e(p.summary)}</p>
  <h2>Work</h2>${recent(p).map((j) => `<div class="item"><div class="hd"><b>${e(j.company)}</b><span class="date">${fmt(j.start, 'YYYY-MM')} — ${j.end ? fmt(j.end, 'YYYY-MM') : 'Present'}</span></div><div class="pos">${e(j.title)}</div>${ul(j.bullets)}</div>`).join('')}
  <h2>Education</h2>${p.education.map((x) => `<div class="item"><div class="hd"><b>${e(x.school)}</b><span class="date">${fmt(x.start, 'YYYY-MM')} — ${fmt(x.end, 'YYYY-MM')}</span></div><div class="pos">${e(x.degree)}</div></div>`).join('')}
  <h2>Skills</h2><div>${skillTexts(p).map((s) => `<span class="kw">${e(s)}</span>`).join('')}</div>
  <h2>Certificates</h2>${ul(p.certs)}
  <h2>Languages</h2><p>${e(p.languages.join(' · '))}</p>`;
  return page('en', css, body);
}

/** Typst "basic-resume" template: centred name, one contact line split by |, title/date then company/location. */
export function typst(p: Person): string {
  const css = `body{font-family:'Liberation Serif',${CJK},serif;font-size:10.5pt}
  h1{text-align:center;font-size:24pt;margin:0 0 2px;font-weight:bold}.c{text-align:center;margin-bottom:8px}
  h2{font-size:12pt;font-variant:small-caps;margin:10px 0 3px;border-bottom:.7px solid #000}
  .r{display:flex;justify-content:space-between}.b{font-weight:bold}.i{font-style:italic}ul{margin:1px 0 6px 16px;padding:0}`;
  const nm = p.latin ? `${e(p.latin)} (${e(p.name)})` : e(p.name);
  const body = `<h1>${nm}</h1><div class="c">${e(p.city)} | ${e(p.phoneShow)} | ${e(p.email)}</div>
  <h2>Education</h2>${p.education.map((x) => `<div class="r"><span class="b">${e(x.school)}</span><span>${fmt(x.start, 'Mon YYYY')} – ${fmt(x.end, 'Mon YYYY')}</span></div><div class="i">${e(x.degree)}</div>`).join('')}
  <h2>Work Experience</h2>${recent(p).map((j) => `<div class="r"><span class="b">${e(j.title)}</span><span>${range(j, 'Mon YYYY', ' – ', 'Present')}</span></div><div class="r"><span class="i">${e(j.company)}</span><span class="i">${e(j.town ?? '')}</span></div>${ul(j.bullets)}`).join('')}
  <h2>Skills</h2><div><span class="b">Skills:</span> ${e(skillTexts(p).join(', '))}</div><div><span class="b">Certifications:</span> ${e(p.certs.join(', '))}</div><div><span class="b">Languages:</span> ${e(p.languages.join(', '))}</div>`;
  return page('en', css, body);
}

/** Military-to-civilian transition résumé (Hire-Heroes style): clearance line, core-competency grid, roles under U.S. Army. */
export function military(p: Person): string {
  const css = `body{font-family:'Liberation Sans',sans-serif;font-size:10pt}
  h1{text-align:center;font-size:20pt;margin:0;letter-spacing:1px;text-transform:uppercase}.c{text-align:center;font-size:9.5pt;margin:2px 0}
  .tag{text-align:center;font-weight:bold;margin:6px 0;font-size:11pt}
  h2{font-size:10.5pt;text-transform:uppercase;text-align:center;border-top:1.5px solid #1f3864;border-bottom:1.5px solid #1f3864;color:#1f3864;padding:2px 0;margin:10px 0 6px}
  .grid{display:grid;grid-template-columns:1fr 1fr 1fr;gap:2px 10px;padding-left:10px}.grid div:before{content:'▪ ';color:#1f3864}
  .emp{display:flex;justify-content:space-between;font-weight:bold;margin-top:6px}.role{display:flex;justify-content:space-between;font-style:italic;margin-top:3px}
  ul{margin:1px 0 4px 18px;padding:0}p{margin:0 0 4px}`;
  const body = `<h1>${e(p.name)}</h1><div class="c">${e(p.address)}</div><div class="c">${e(p.phoneShow)} | ${e(p.email)} | linkedin.com/in/marcus-whitfield-88m</div>
  <div class="tag">${e(p.headline)}</div><div class="c">Security Clearance: Secret (inactive) · Honorable Discharge</div>
  <h2>Professional Summary</h2><p>${e(p.summary)}</p>
  <h2>Core Competencies</h2><div class="grid">${skillTexts(p).map((s) => `<div>${e(s)}</div>`).join('')}</div>
  <h2>Professional Experience</h2>${groups(p).map((g) => `<div class="emp"><span>${e(g.company.toUpperCase())} — ${e(g.town ?? '')}</span><span>${range(g, 'MM/YYYY', ' – ', 'Present')}</span></div>${g.roles.map((r) => `${g.roles.length > 1 ? `<div class="role"><span>${e(r.title)}</span><span>${range(r, 'MM/YYYY', ' – ', 'Present')}</span></div>` : `<div class="role"><span>${e(r.title)}</span><span></span></div>`}${ul(r.bullets)}`).join('')}`).join('')}
  <h2>Education & Training</h2>${p.education.map((x) => `<p><b>${e(x.degree)}</b> — ${e(x.school)}, ${e(x.town ?? '')} (${fmt(x.end, 'Mon YYYY')})</p>`).join('')}<p><b>Licenses & Certifications:</b> ${e(p.certs.join(' · '))}</p>
  <p>Military training: Advanced Leader Course (2015), Combat Lifesaver, Unit Movement Officer Course</p>`;
  return page('en', css, body);
}

/** US nursing résumé: credentials after the name, licensure block, clinical experience with MM/YYYY dates. */
export function nursing(p: Person): string {
  const css = `body{font-family:'Liberation Sans',sans-serif;font-size:10pt;color:#111}
  .n{font-size:20pt;font-weight:bold;color:#0b5563}.cr{font-size:13pt;font-weight:normal;color:#0b5563}.ct{margin:2px 0 10px;font-size:9.5pt}
  h2{font-size:10.5pt;color:#0b5563;text-transform:uppercase;margin:10px 0 4px;border-bottom:1px solid #9cc}
  .j{margin-bottom:6px}.j .t{font-weight:bold}.j .m{color:#333}ul{margin:2px 0 4px 18px;padding:0}p{margin:0 0 3px}
  .cols{columns:2;column-gap:24px}.cols li{break-inside:avoid}`;
  const body = `<div class="n">${e(p.name)}<span class="cr">, ${e(p.credentials ?? '')}</span></div>
  <div class="ct">${e(p.address)}<br>Cell: ${e(p.phoneShow)} &nbsp;|&nbsp; Email: ${e(p.email)}</div>
  <h2>Professional Summary</h2><p>${e(p.summary)}</p>
  <h2>Licensure &amp; Certifications</h2>${ul(p.certs)}
  <h2>Clinical Experience</h2>${recent(p).map((j) => `<div class="j"><div class="t">${e(j.title)}</div><div class="m">${e(j.company)}, ${e(j.town ?? 'Multiple locations')} &nbsp;|&nbsp; ${range(j, 'MM/YYYY', ' – ', 'Present')}</div>${ul(j.bullets)}</div>`).join('')}
  <h2>Education</h2>${p.education.map((x) => `<p><b>${e(x.degree)}</b>, ${e(x.school)}, ${e(x.town ?? '')} — ${fmt(x.end, 'MM/YYYY')}</p>`).join('')}
  <h2>Clinical Skills</h2><ul class="cols">${skillTexts(p).map((s) => `<li>${e(s)}</li>`).join('')}</ul>
  <h2>Professional Memberships</h2><p>American Association of Critical-Care Nurses (AACN); Arizona Nurses Association</p>`;
  return page('en', css, body);
}

/** US lateral-attorney résumé: Times, education first, employer in caps with roles and dates after the title, bar admissions. */
export function legal(p: Person): string {
  const css = `body{font-family:'Liberation Serif',serif;font-size:11pt}
  .n{text-align:center;font-size:16pt;font-weight:bold;letter-spacing:1px}.c{text-align:center;font-size:10.5pt;border-bottom:1px solid #000;padding-bottom:6px;margin-bottom:10px}
  h2{font-size:11pt;font-weight:bold;text-transform:uppercase;margin:12px 0 4px}
  .org{font-weight:bold;margin-top:6px}.role{font-style:italic}p{margin:0 0 3px}.ind{margin-left:22px}`;
  const body = `<div class="n">${e(p.name.toUpperCase())}</div><div class="c">${e(p.address)}<br>${e(p.phoneShow)} • ${e(p.email)}</div>
  <h2>Bar Admissions</h2><p class="ind">${e(p.certs.join('; '))}</p>
  <h2>Experience</h2>${groups(p).map((g) => `<div class="org">${e(g.company.toUpperCase())}, ${e(g.town ?? '')}</div>${g.roles.map((r) => `<div class="ind"><p class="role">${e(r.title)}, ${range(r, 'Month YYYY', ' – ', 'present')}</p><p>${e(r.bullets.join(' '))}</p></div>`).join('')}`).join('')}
  <h2>Education</h2>${p.education.map((x) => `<div class="org">${e(x.school.toUpperCase())}${x.town ? `, ${e(x.town)}` : ''}</div><p class="ind">${e(x.degree)}, ${fmt(x.end, 'Month YYYY')}</p>`).join('')}
  <h2>Skills</h2><p class="ind">${e(skillTexts(p).join('; '))}</p>
  <h2>Languages</h2><p class="ind">${e(p.languages.join('; '))}</p>`;
  return page('en', css, body);
}

/** Lever ATS "candidate profile" print view: header card, posting and source, experience list with tenure. */
export function lever(p: Person): string {
  const css = `body{font-family:'DejaVu Sans',${CJK},sans-serif;font-size:9pt;color:#333}
  .bar{display:flex;justify-content:space-between;color:#999;font-size:8pt;border-bottom:1px solid #ddd;padding-bottom:4px;margin-bottom:12px}
  .card{display:flex;gap:14px;align-items:center}.av{width:54px;height:54px;border-radius:50%;background:#5b8def;color:#fff;font-size:18pt;display:flex;align-items:center;justify-content:center}
  .nm{font-size:17pt;color:#111}.hl{color:#666}.meta{display:grid;grid-template-columns:110px 1fr;gap:3px 10px;margin:12px 0;font-size:8.5pt}.meta div:nth-child(odd){color:#999}
  h3{font-size:9pt;text-transform:uppercase;color:#999;letter-spacing:1px;margin:14px 0 6px;border-bottom:1px solid #eee;padding-bottom:3px}
  .x{margin-bottom:8px}.x b{color:#111}.x .d{color:#888}.tag{display:inline-block;border:1px solid #cdd;border-radius:10px;padding:0 7px;margin:2px 3px 2px 0;font-size:8pt}`;
  const init = (p.latin ?? p.name).split(/\s+/).map((w) => w[0]).slice(0, 2).join('');
  const body = `<div class="bar"><span>Candidate profile</span><span>Printed 3 Nov 2026 · Confidential</span></div>
  <div class="card"><div class="av">${e(init)}</div><div><div class="nm">${p.latin ? `${e(p.latin)} (${e(p.name)})` : e(p.name)}</div><div class="hl">${e(recent(p)[0]!.title)} at ${e(recent(p)[0]!.company)}</div></div></div>
  <div class="meta"><div>Email</div><div>${e(p.email)}</div><div>Phone</div><div>${e(p.phoneShow)}</div><div>Location</div><div>${e(p.city)}</div><div>Posting</div><div>${e(p.headline)}</div><div>Stage</div><div>Phone screen</div><div>Source</div><div>Referral · added by Talent team</div></div>
  <h3>Experience</h3>${recent(p).map((j) => `<div class="x"><b>${e(j.title)}</b> at <b>${e(j.company)}</b><br><span class="d">${range(j, 'Mon YYYY', ' – ', 'Present')} · ${tenure(j)}</span></div>`).join('')}
  <h3>Education</h3>${p.education.map((x) => `<div class="x"><b>${e(x.school)}</b><br>${e(x.degree)} <span class="d">· ${fmt(x.start, 'YYYY-MM').slice(0, 4)} – ${fmt(x.end, 'YYYY-MM').slice(0, 4)}</span></div>`).join('')}
  <h3>Skills</h3><div>${skillTexts(p).map((s) => `<span class="tag">${e(s)}</span>`).join('')}</div>
  <h3>Notes</h3><div class="x">Recruiter screen 28 Oct: strong fit, open to hybrid. Salary expectations discussed.</div>`;
  return page('en', css, body);
}

/** Twenty Seconds CV (LaTeX twentysecondcv): grey left sidebar with photo, contact and skills; main column right. */
export function twentysecond(p: Person): string {
  const css = `body{font-family:'DejaVu Sans',${CJK},sans-serif;font-size:9pt}.w{display:grid;grid-template-columns:34% 1fr;gap:0;min-height:262mm}
  .side{background:#e8e8e8;padding:12px}.ph{width:100px;height:100px;border-radius:50%;background:#b9c2c8;margin:0 auto 10px;display:flex;align-items:center;justify-content:center;color:#fff;font-size:8pt}
  .side .n{font-size:16pt;color:#1e5f8a;text-align:center;line-height:1.2}.side .t{text-align:center;margin:4px 0 12px;color:#555}
  .side h3{color:#1e5f8a;font-size:11pt;margin:12px 0 4px}.side p{margin:0 0 4px;word-break:break-word}
  .main{padding:6px 0 0 16px}.main h2{color:#1e5f8a;font-size:14pt;font-weight:normal;margin:4px 0 8px}
  .tl{display:grid;grid-template-columns:80px 1fr;gap:0 10px;margin-bottom:8px}.tl .d{color:#666}.tl b{display:block}ul{margin:2px 0 0 14px;padding:0}`;
  const nm = p.latin ? `${e(p.latin)}<br>${e(p.name)}` : e(p.name);
  const body = `<div class="w"><div class="side"><div class="ph">photo</div><div class="n">${nm}</div><div class="t">${e(p.headline)}</div>
  <h3>Contact</h3><p>☎ ${e(p.phoneShow)}</p><p>✉ ${e(p.email)}</p><p>⌂ ${e(p.address)}</p>
  <h3>Skills</h3>${skillTexts(p).map((s) => `<p>${e(s)}</p>`).join('')}
  <h3>Languages</h3>${p.languages.map((s) => `<p>${e(s)}</p>`).join('')}</div>
  <div class="main"><h2>About me</h2><p>${e(p.summary)}</p>
  <h2>Experience</h2>${recent(p).map((j) => `<div class="tl"><div class="d">${fmt(j.start, 'MM/YYYY')} –<br>${j.end ? fmt(j.end, 'MM/YYYY') : 'present'}</div><div><b>${e(j.title)}</b><i>${e(j.company)}</i>${ul(j.bullets)}</div></div>`).join('')}
  <h2>Education</h2>${p.education.map((x) => `<div class="tl"><div class="d">${fmt(x.start, 'MM/YYYY')} –<br>${fmt(x.end, 'MM/YYYY')}</div><div><b>${e(x.degree)}</b><i>${e(x.school)}</i></div></div>`).join('')}
  <h2>Certifications</h2>${ul(p.certs)}</div></div>`;
  return page(p.latin ? 'en' : 'en', css, body);
}

/** friggeri-cv (LaTeX): coloured heading words, narrow left aside (contact, skills), main column with dates in a gutter. */
export function friggeri(p: Person): string {
  const css = `body{font-family:'DejaVu Sans',${CJK},sans-serif;font-size:9pt;color:#333}
  .head{background:#f2f2f2;text-align:center;padding:16px 0;margin-bottom:12px}.head .n{font-size:24pt;font-weight:200;color:#333}.head .n b{font-weight:700}.head .t{color:#888;font-size:11pt}
  .w{display:grid;grid-template-columns:30% 1fr;gap:16px}.aside{text-align:right;color:#555}.aside h3{font-size:12pt;font-weight:400;color:#d35400;margin:0 0 4px}.aside p{margin:0 0 10px}
  h2{font-size:14pt;font-weight:400;margin:0 0 6px}h2 .c1{color:#2a7ab0}h2 .c2{color:#d35400}h2 .c3{color:#27ae60}
  .e{display:grid;grid-template-columns:78px 1fr;gap:0 8px;margin-bottom:8px}.e .d{color:#999;font-size:8.5pt}.e .t{font-weight:bold}.e .o{color:#777}ul{margin:2px 0 0 14px;padding:0}`;
  const parts = (p.latin ?? p.name).split(' ');
  const nm = `${e(parts.slice(0, -1).join(' '))} <b>${e(parts[parts.length - 1]!)}</b>${p.latin ? ` <span style="font-size:16pt">${e(p.name)}</span>` : ''}`;
  const body = `<div class="head"><div class="n">${nm}</div><div class="t">${e(p.headline)}</div></div>
  <div class="w"><div class="aside"><h3>contact</h3><p>${e(p.address)}<br>${e(p.phoneShow)}<br>${e(p.email)}</p>
  <h3>skills</h3><p>${skillTexts(p).map(e).join('<br>')}</p><h3>languages</h3><p>${p.languages.map(e).join('<br>')}</p></div>
  <div><h2><span class="c1">exp</span>erience</h2>${recent(p).map((j) => `<div class="e"><div class="d">${fmt(j.start, 'Mon YYYY')}–<br>${j.end ? fmt(j.end, 'Mon YYYY') : 'present'}</div><div><span class="t">${e(j.title)}</span> <span class="o">at ${e(j.company)}${j.town ? `, ${e(j.town)}` : ''}</span>${ul(j.bullets)}</div></div>`).join('')}
  ${p.gapNote ? `<div class="e"><div class="d"></div><div class="o">${e(p.gapNote.text)}</div></div>` : ''}
  <h2><span class="c2">edu</span>cation</h2>${p.education.map((x) => `<div class="e"><div class="d">${fmt(x.start, 'YYYY-MM').slice(0, 4)}–${fmt(x.end, 'YYYY-MM').slice(0, 4)}</div><div><span class="t">${e(x.degree)}</span><br><span class="o">${e(x.school)}</span></div></div>`).join('')}
  <h2><span class="c3">cer</span>tificates</h2>${ul(p.certs)}</div></div>`;
  return page('en', css, body);
}

/** JobsDB (HK) profile PDF: name with both scripts, career history with tenure, skills chips, "About me". */
export function jobsdb(p: Person): string {
  const css = `body{font-family:'DejaVu Sans',${CJK},sans-serif;font-size:9.5pt;color:#1c1c1c}
  .top{border-bottom:3px solid #0d3880;padding-bottom:8px;margin-bottom:10px}.n{font-size:20pt;font-weight:bold;color:#0d3880}.sub{color:#555;margin-top:2px}
  .ci{margin-top:6px;color:#333}.ci span{margin-right:16px}h2{font-size:12pt;color:#0d3880;margin:14px 0 6px}
  .job{border-left:3px solid #e3e8f0;padding-left:10px;margin-bottom:10px}.job .t{font-weight:bold;font-size:10.5pt}.job .d{color:#777;font-size:8.5pt}
  .chip{display:inline-block;background:#eef2f8;border-radius:12px;padding:2px 9px;margin:2px 4px 2px 0}ul{margin:3px 0 0 16px;padding:0}`;
  const body = `<div class="top"><div class="n">${e(p.latin!)} ${e(p.name)}</div><div class="sub">${e(recent(p)[0]!.title)} · ${e(recent(p)[0]!.company)}</div>
  <div class="ci"><span>⌂ ${e(p.city)}</span><span>☎ ${e(p.phoneShow)}</span><span>✉ ${e(p.email)}</span></div></div>
  <h2>Personal summary</h2><p>${e(p.summary)}</p>
  <h2>Career history</h2>${recent(p).map((j) => `<div class="job"><div class="t">${e(j.title)}</div><div>${e(j.company)}</div><div class="d">${range(j, 'Mon YYYY', ' - ', 'Present')} (${tenure(j)})</div>${ul(j.bullets)}</div>`).join('')}
  <h2>Education</h2>${p.education.map((x) => `<div class="job"><div class="t">${e(x.degree)}</div><div>${e(x.school)}</div><div class="d">Finished ${fmt(x.end, 'YYYY-MM').slice(0, 4)}</div></div>`).join('')}
  <h2>Licences &amp; certifications</h2>${ul(p.certs)}
  <h2>Skills</h2><div>${skillTexts(p).map((s) => `<span class="chip">${e(s)}</span>`).join('')}</div>
  <h2>Languages</h2><div>${p.languages.map((s) => `<span class="chip">${e(s)}</span>`).join('')}</div>
  <h2>About me</h2><p>Availability: 1 month · Expected salary: HK$65,000 – 75,000 per month · Right to work in Hong Kong</p>`;
  return page('en', css, body);
}

/** Glints (SE Asia job platform) profile PDF: header card, "Work Experience" with company logo squares. */
export function glints(p: Person): string {
  const css = `body{font-family:'DejaVu Sans',${CJK},sans-serif;font-size:9.5pt;color:#333}
  .hd{background:#017eb7;color:#fff;padding:14px 16px;border-radius:6px}.hd .n{font-size:18pt;font-weight:bold}.hd .s{opacity:.9}
  .ct{display:flex;gap:18px;margin:8px 0 4px;font-size:9pt}h2{font-size:11.5pt;margin:14px 0 6px;color:#017eb7}
  .w{display:grid;grid-template-columns:36px 1fr;gap:8px;margin-bottom:9px}.logo{width:34px;height:34px;border-radius:4px;background:#dfe9ef;color:#017eb7;font-weight:bold;display:flex;align-items:center;justify-content:center}
  .w .t{font-weight:bold}.w .d{color:#888;font-size:8.5pt}ul{margin:2px 0 0 15px;padding:0}.sk{display:inline-block;border:1px solid #017eb7;color:#017eb7;border-radius:3px;padding:1px 6px;margin:2px 3px}`;
  const body = `<div class="hd"><div class="n">${e(p.name)} (${e(p.latin!)})</div><div class="s">${e(p.headline)} · ${e(p.city)}</div></div>
  <div class="ct"><span>Email: ${e(p.email)}</span><span>Phone: ${e(p.phoneShow)}</span><span>Singapore PR</span></div>
  <h2>About</h2><p>${e(p.summary)}</p>
  <h2>Work Experience</h2>${recent(p).map((j) => `<div class="w"><div class="logo">${e(j.company[0]!)}</div><div><div class="t">${e(j.title)}</div><div>${e(j.company)}</div><div class="d">${range(j, 'Mon YYYY', ' - ', 'Present')} · ${tenure(j)}</div>${ul(j.bullets)}</div></div>`).join('')}
  <h2>Education</h2>${p.education.map((x) => `<div class="w"><div class="logo">${e(x.school[0]!)}</div><div><div class="t">${e(x.school)}</div><div>${e(x.degree)}</div><div class="d">${fmt(x.start, 'Mon YYYY')} - ${fmt(x.end, 'Mon YYYY')}</div></div></div>`).join('')}
  <h2>Skills</h2><div>${skillTexts(p).map((s) => `<span class="sk">${e(s)}</span>`).join('')}</div>
  <h2>Languages</h2><p>${e(p.languages.join(', '))}</p><h2>Certifications</h2>${ul(p.certs)}`;
  return page('en', css, body);
}

// ---------------- Chinese ----------------

/** 牛客网 在线简历 PDF: 蓝色竖条标题, 基本信息两列, 教育 → 工作/实习 → 专业技能 → 荣誉. */
export function nowcoder(p: Person): string {
  const css = `body{font-family:${CJK},sans-serif;font-size:10pt;color:#333}
  .n{font-size:22pt;font-weight:bold;color:#111}.job{color:#32ca99;font-size:11pt;margin:2px 0 8px}.info{display:grid;grid-template-columns:1fr 1fr;gap:2px 20px;margin-bottom:6px}
  h2{font-size:12pt;border-left:4px solid #32ca99;padding-left:8px;margin:14px 0 6px;background:#f4fbf8}
  .r{display:flex;justify-content:space-between;font-weight:bold}.sub{color:#666;margin:1px 0}ul{margin:2px 0 6px 18px;padding:0}.foot{margin-top:20px;color:#aaa;font-size:8pt;text-align:center}`;
  const body = `<div class="n">${e(p.name)}</div><div class="job">求职意向：${e(p.headline)} ｜ ${e(p.city)}</div>
  <div class="info"><div>性别：${e(p.gender ?? '')}</div><div>出生年月：${e(p.birth ?? '')}</div><div>手机：${e(p.phoneShow)}</div><div>邮箱：${e(p.email)}</div></div>
  <h2>教育经历</h2>${p.education.map((x) => `<div class="r"><span>${e(x.school)}</span><span>${fmt(x.start, 'YYYY.MM')} - ${fmt(x.end, 'YYYY.MM')}</span></div><div class="sub">${e(x.degree)} ｜ GPA 3.6/4.0 ｜ 主修课程：数据结构、操作系统、计算机网络、数据库</div>`).join('')}
  <h2>工作经历</h2>${recent(p).map((j) => `<div class="r"><span>${e(j.company)}</span><span>${range(j, 'YYYY.MM', ' - ', '至今')}</span></div><div class="sub">${e(j.title)}</div>${ul(j.bullets)}`).join('')}
  <h2>项目经历</h2><div class="r"><span>分布式订单中心重构</span><span>2022.03 - 2023.06</span></div>${ul(['基于 SpringBoot + Kafka 的事件驱动架构，支持日均 300 万订单。', '引入 Redis 分布式锁解决超卖问题。'])}
  <h2>专业技能</h2>${ul(skillTexts(p))}
  <h2>荣誉证书</h2>${ul([...p.certs, ...p.languages])}
  <div class="foot">本简历由牛客网生成 · nowcoder.com</div>`;
  return page('zh-CN', css, body);
}

/** 中华英才网 简历: 简历编号/更新时间, 个人信息, 求职意向, 工作经验 (时间 ｜ 公司 ｜ 职位), 技能. */
export function chinahr(p: Person): string {
  const css = `body{font-family:${CJK},sans-serif;font-size:10pt;color:#222}
  .meta{display:flex;justify-content:space-between;color:#999;font-size:8.5pt;border-bottom:2px solid #e4393c;padding-bottom:4px}
  .n{font-size:20pt;font-weight:bold;margin:10px 0 2px}.l{color:#555}
  h2{font-size:11.5pt;color:#e4393c;margin:14px 0 6px;border-bottom:1px dashed #ccc;padding-bottom:2px}
  .kv{display:grid;grid-template-columns:80px 1fr 80px 1fr;gap:3px 6px}.kv .k{color:#888}
  .w{margin-bottom:8px}.w .h{font-weight:bold}ul{margin:2px 0 4px 18px;padding:0}`;
  const body = `<div class="meta"><span>中华英才网 · 个人简历</span><span>简历编号：CH2026-0488317 &nbsp; 更新时间：2026-10-29</span></div>
  <div class="n">${e(p.name)}</div><div class="l">${e(p.gender ?? '')} ｜ ${e(p.birth ?? '')}出生 ｜ 现居${e(p.city)} ｜ ${p.work.length > 0 ? '14年工作经验' : ''}</div>
  <h2>联系方式</h2><div class="kv"><span class="k">手机号码</span><span>${e(p.phoneShow)}</span><span class="k">电子邮箱</span><span>${e(p.email)}</span><span class="k">通讯地址</span><span style="grid-column:span 3">${e(p.address)}</span></div>
  <h2>求职意向</h2><div class="kv"><span class="k">期望职位</span><span>心内科 副主任医师</span><span class="k">期望地点</span><span>北京</span><span class="k">期望月薪</span><span>面议</span><span class="k">到岗时间</span><span>1个月内</span></div>
  <h2>工作经验</h2>${recent(p).map((j) => `<div class="w"><div class="h">${range(j, 'YYYY/MM', ' -- ', '至今')} ｜ ${e(j.company)} ｜ ${e(j.title)}</div>${ul(j.bullets)}</div>`).join('')}
  <h2>教育经历</h2>${p.education.map((x) => `<div class="w">${fmt(x.start, 'YYYY/MM')} -- ${fmt(x.end, 'YYYY/MM')} ｜ ${e(x.school)} ｜ ${e(x.degree)}</div>`).join('')}
  <h2>专业技能</h2><div>${skillTexts(p).map(e).join('、')}</div>
  <h2>证书</h2><div>${e(p.certs.join('；'))}</div>
  <h2>自我评价</h2><p>${e(p.summary)}</p>`;
  return page('zh-CN', css, body);
}

/** 最佳东方 (veryeast) 酒店人才简历: 期望职位, 酒店星级/部门/下属人数 per job, dates "YYYY年MM月". */
export function veryeast(p: Person): string {
  const css = `body{font-family:${CJK},sans-serif;font-size:10pt;color:#333}
  .hd{display:flex;justify-content:space-between;border-bottom:2px solid #c8102e;padding-bottom:8px}.n{font-size:20pt;font-weight:bold}.ph{width:80px;height:100px;border:1px solid #bbb;color:#aaa;display:flex;align-items:center;justify-content:center;font-size:9pt}
  h2{background:#f6eaea;color:#c8102e;font-size:11pt;padding:3px 8px;margin:12px 0 6px}.w{margin:0 0 8px 4px}.w .h{font-weight:bold}.w .m{color:#777;font-size:9pt}ul{margin:2px 0 2px 18px;padding:0}`;
  const star = ['五星级', '五星级', '国际品牌 五星级', '高端商务 四星级'];
  const body = `<div class="hd"><div><div class="n">${e(p.name)}</div><div>${e(p.gender ?? '')} ｜ ${e(p.birth ?? '')} ｜ 现居：${e(p.city)}</div><div>手机：${e(p.phoneShow)} ｜ 邮箱：${e(p.email)}</div><div>期望职位：${e(p.headline)} / 房务总监 ｜ 期望地区：上海、苏州</div></div><div class="ph">照片</div></div>
  <h2>工作经验</h2>${recent(p).map((j, i) => `<div class="w"><div class="h">${range(j, 'YYYY年MM月', ' - ', '至今')}　${e(j.company)}</div><div class="m">职位：${e(j.title)} ｜ 酒店星级：${star[i] ?? '五星级'} ｜ 下属人数：${[46, 32, 6, 0][i] ?? 0}人</div>${ul(j.bullets)}</div>`).join('')}
  <h2>教育经历</h2>${p.education.map((x) => `<div class="w">${fmt(x.start, 'YYYY年MM月')} - ${fmt(x.end, 'YYYY年MM月')}　${e(x.school)}　${e(x.degree)}</div>`).join('')}
  <h2>技能专长</h2><div class="w">${skillTexts(p).map(e).join(' ／ ')}</div>
  <h2>语言能力</h2><div class="w">${e(p.languages.join('；'))}</div>
  <h2>自我评价</h2><div class="w">${e(p.summary)}</div>`;
  return page('zh-CN', css, body);
}

/** 丁香人才 医生简历: 职称/科室, 执业信息, 工作经历 with 科室, 学术成果. */
export function dxy(p: Person): string {
  const css = `body{font-family:${CJK},sans-serif;font-size:10pt;color:#222}
  .hd{border-top:5px solid #0d9a8c;padding-top:8px}.n{font-size:21pt;font-weight:bold}.t{color:#0d9a8c;font-size:11pt;margin:3px 0}
  h2{font-size:11.5pt;color:#0d9a8c;margin:14px 0 6px;padding-bottom:3px;border-bottom:1px solid #cfe9e6}.kv{display:grid;grid-template-columns:90px 1fr;gap:2px 6px}.kv span:nth-child(odd){color:#888}
  .w{margin-bottom:8px}.w .h{display:flex;justify-content:space-between;font-weight:bold}ul{margin:2px 0 2px 18px;padding:0}`;
  const body = `<div class="hd"><div class="n">${e(p.name)}</div><div class="t">${e(p.headline)} ｜ 14年工作经验 ｜ ${e(p.city)}</div><div>${e(p.phoneShow)} ｜ ${e(p.email)}</div></div>
  <h2>基本信息</h2><div class="kv"><span>性别</span><span>${e(p.gender ?? '')}</span><span>出生年月</span><span>${e(p.birth ?? '')}</span><span>最高学历</span><span>硕士</span><span>现任职称</span><span>主治医师</span><span>执业范围</span><span>内科专业</span></div>
  <h2>工作经历</h2>${recent(p).map((j) => `<div class="w"><div class="h"><span>${e(j.company)}</span><span>${range(j, 'YYYY.MM', ' - ', '至今')}</span></div><div>${e(j.title)}</div>${ul(j.bullets)}</div>`).join('')}
  <h2>教育经历</h2>${p.education.map((x) => `<div class="w"><div class="h"><span>${e(x.school)}</span><span>${fmt(x.start, 'YYYY.MM')} - ${fmt(x.end, 'YYYY.MM')}</span></div><div>${e(x.degree)}</div></div>`).join('')}
  <h2>专业技能</h2>${ul(skillTexts(p))}
  <h2>资质证书</h2><div>${e(p.certs.join('、'))}</div>
  <h2>学术成果</h2>${ul(['第一作者 SCI 论文 3 篇（累计 IF 11.2）', '参与北京市自然科学基金项目 1 项'])}`;
  return page('zh-CN', css, body);
}

/** 飞书招聘 候选人简历导出: 候选人卡片, 投递职位/阶段, 工作经历 (公司 · 职位 · 时间), 标签. */
export function feishu(p: Person): string {
  const css = `body{font-family:${CJK},sans-serif;font-size:9.5pt;color:#1f2329}
  .top{display:flex;justify-content:space-between;color:#8f959e;font-size:8pt;margin-bottom:10px}.card{border:1px solid #dee0e3;border-radius:8px;padding:12px 14px}
  .n{font-size:18pt;font-weight:600}.g{color:#646a73;margin:3px 0}.tags span{display:inline-block;background:#e1eaff;color:#245bdb;border-radius:4px;padding:1px 6px;margin:4px 4px 0 0;font-size:8.5pt}
  h2{font-size:11pt;margin:14px 0 6px;font-weight:600}.kv{display:grid;grid-template-columns:90px 1fr 90px 1fr;gap:4px 8px}.kv .k{color:#8f959e}
  .x{margin-bottom:9px}.x .h{font-weight:600}.x .d{color:#8f959e}ul{margin:2px 0 0 16px;padding:0}`;
  const body = `<div class="top"><span>飞书招聘 · 候选人简历</span><span>导出时间 2026-11-02 10:41</span></div>
  <div class="card"><div class="n">${e(p.name)} ${e(p.latin!)}</div><div class="g">${e(recent(p)[0]!.company)} · ${e(recent(p)[0]!.title)} · ${e(p.city)}</div>
  <div class="tags"><span>12年经验</span><span>本科</span><span>硬件产品</span><span>内推</span></div></div>
  <h2>基本信息</h2><div class="kv"><span class="k">手机</span><span>${e(p.phoneShow)}</span><span class="k">邮箱</span><span>${e(p.email)}</span><span class="k">投递职位</span><span>产品总监（智能硬件）</span><span class="k">当前阶段</span><span>业务面试</span></div>
  <h2>工作经历</h2>${recent(p).map((j) => `<div class="x"><div class="h">${e(j.company)} · ${e(j.title)}</div><div class="d">${range(j, 'YYYY.MM', ' - ', '至今')}</div>${ul(j.bullets)}</div>`).join('')}
  <h2>教育经历</h2>${p.education.map((x) => `<div class="x"><div class="h">${e(x.school)}</div><div class="d">${e(x.degree)} · ${fmt(x.start, 'YYYY.MM')} - ${fmt(x.end, 'YYYY.MM')}</div></div>`).join('')}
  <h2>技能</h2><div class="tags">${skillTexts(p).map((s) => `<span>${e(s)}</span>`).join('')}</div>
  <h2>语言</h2><div>${e(p.languages.join(' / '))}</div>`;
  return page('zh-CN', css, body);
}

/** Yourator (台灣新創求職平台) 個人檔案 PDF: 繁體, 工作經歷 with 年資, 技能標籤. */
export function yourator(p: Person): string {
  const css = `body{font-family:${CJK},sans-serif;font-size:10pt;color:#222}
  .hd{display:flex;gap:14px;align-items:center;border-bottom:1px solid #ddd;padding-bottom:10px}.av{width:64px;height:64px;border-radius:50%;background:#ffcf3f}
  .n{font-size:19pt;font-weight:bold}.s{color:#666}h2{font-size:12pt;margin:16px 0 6px}h2:before{content:'';display:inline-block;width:8px;height:8px;background:#ffcf3f;margin-right:6px}
  .x{margin-bottom:9px}.x .t{font-weight:bold}.x .d{color:#888;font-size:9pt}ul{margin:2px 0 0 18px;padding:0}.tg{display:inline-block;border:1px solid #ccc;border-radius:14px;padding:1px 9px;margin:2px 4px 2px 0}`;
  const yrs = (j: { start: string; end: string | null }) => zhTenure(j).replace('个月', '個月');
  const body = `<div class="hd"><div class="av"></div><div><div class="n">${e(p.name)}</div><div class="s">${e(p.headline)} ・ ${e(p.city)}</div><div>${e(p.phoneShow)} ・ ${e(p.email)}</div></div></div>
  <h2>關於我</h2><p>${e(p.summary)}</p>
  <h2>工作經歷</h2>${recent(p).map((j) => `<div class="x"><div class="t">${e(j.title)}</div><div>${e(j.company)}</div><div class="d">${range(j, 'YYYY/MM', ' ~ ', '至今')}（${yrs(j)}）</div>${ul(j.bullets)}</div>`).join('')}
  <h2>學歷</h2>${p.education.map((x) => `<div class="x"><div class="t">${e(x.school)}</div><div class="d">${e(x.degree)} ・ ${fmt(x.start, 'YYYY/MM')} ~ ${fmt(x.end, 'YYYY/MM')}</div></div>`).join('')}
  <h2>技能</h2><div>${skillTexts(p).map((s) => `<span class="tg">${e(s)}</span>`).join('')}</div>
  <h2>語言</h2><div>${e(p.languages.join('、'))}</div>`;
  return page('zh-TW', css, body);
}

/** 全民简历 双栏模板: dark left column (头像, 个人信息, 技能), right column (求职意向, 工作经历, 教育背景). */
export function quanmin(p: Person): string {
  const css = `body{font-family:${CJK},sans-serif;font-size:9.5pt;color:#333}.w{display:grid;grid-template-columns:32% 1fr;min-height:262mm}
  .l{background:#2f3e4e;color:#eef;padding:14px}.ph{width:90px;height:110px;background:#8796a5;margin:0 auto 10px;display:flex;align-items:center;justify-content:center;color:#dde}
  .l .n{font-size:20pt;text-align:center;font-weight:bold}.l h3{font-size:11pt;border-bottom:1px solid #6b7b8c;padding-bottom:2px;margin:14px 0 6px}.l p{margin:0 0 4px;word-break:break-all}
  .r{padding:10px 0 0 16px}.r h2{font-size:12pt;color:#2f3e4e;margin:6px 0 6px;border-bottom:2px solid #2f3e4e}.x{margin-bottom:8px}.x .h{display:flex;justify-content:space-between;font-weight:bold}ul{margin:2px 0 0 16px;padding:0}`;
  const body = `<div class="w"><div class="l"><div class="ph">头像</div><div class="n">${e(p.name)}</div>
  <h3>个人信息</h3><p>性别：${e(p.gender ?? '')}</p><p>出生：${e(p.birth ?? '')}</p><p>电话：${e(p.phoneShow)}</p><p>邮箱：${e(p.email)}</p><p>现居：${e(p.city)}</p>
  <h3>技能特长</h3>${skillTexts(p).map((s) => `<p>● ${e(s)}</p>`).join('')}<h3>证书</h3>${p.certs.concat(p.languages).map((s) => `<p>${e(s)}</p>`).join('')}</div>
  <div class="r"><h2>求职意向</h2><p>${e(p.headline)} ｜ 杭州 ｜ 薪资面议 ｜ 随时到岗</p>
  <h2>工作经历</h2>${recent(p).map((j) => `<div class="x"><div class="h"><span>${e(j.company)}</span><span>${range(j, 'YYYY.MM', '-', '至今')}</span></div><div>${e(j.title)}</div>${ul(j.bullets)}</div>`).join('')}
  <h2>教育背景</h2>${p.education.map((x) => `<div class="x"><div class="h"><span>${e(x.school)}</span><span>${fmt(x.start, 'YYYY.MM')}-${fmt(x.end, 'YYYY.MM')}</span></div><div>${e(x.degree)}</div></div>`).join('')}
  <h2>自我评价</h2><p>${e(p.summary)}</p></div></div>`;
  return page('zh-CN', css, body);
}
