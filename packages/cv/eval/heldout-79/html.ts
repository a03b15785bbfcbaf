/** Chromium (HTML/CSS) templates of heldout-79. */
import type { Person } from './people.ts';
import { F, esc as e, groups, level, newest, ph, range, zhT } from './lib.ts';

const SANS = `'Liberation Sans','DejaVu Sans','Noto Sans CJK SC',sans-serif`;
const page = (body: string, css: string, font = SANS) =>
  `<!doctype html><html><head><meta charset="utf-8"><style>*{box-sizing:border-box}body{margin:0;font-family:${font};font-size:9.6pt;color:#222;line-height:1.35}ul{margin:2px 0 0 0;padding-left:15px}li{margin:1px 0}h1,h2,h3,p{margin:0}${css}</style></head><body>${body}</body></html>`;
const dots = (n: number, on = '●', off = '○') => on.repeat(n) + off.repeat(5 - n);
const svgPerson = (c = '#b9c3cc') => `<svg width="72" height="88" viewBox="0 0 72 88"><rect width="72" height="88" fill="#e9edf0"/><circle cx="36" cy="32" r="15" fill="${c}"/><path d="M8 88c2-22 14-32 28-32s26 10 28 32z" fill="${c}"/></svg>`;

/** T01 cv-band-dots: builder one-pager, dark header band across both columns (name, headline, mobile + e-mail), light left
 *  sidebar (address, web, skills by category with ●●●●○, languages, certificates, education), main: roles grouped under an
 *  employer heading that carries the employer's whole span, each role's months flush right on its title line. */
export function bandDots(p: Person): string {
  const web = p.id === 'p01' ? 'linkedin.com/in/ewhitcombe-plan' : 'linkedin.com/in/marcus-holloway-pe';
  const side = `<div class="lab">Address</div><p>${e(p.address)}</p><div class="lab">Online</div><p>${web}</p>
  <div class="lab">Skills</div>${p.skillGroups.map(([g, ss]) => `<div class="cat">${e(g)}</div>${ss.map((s) => `<div class="sk"><span>${e(s)}</span><span class="d">${dots(level(s))}</span></div>`).join('')}`).join('')}
  <div class="lab">Languages</div>${p.languages.map((l) => `<p>${e(l)}</p>`).join('')}
  <div class="lab">Certificates</div>${p.certs.map((l) => `<p>${e(l)}</p>`).join('')}
  <div class="lab">Education</div>${p.edu.map((d) => `<p><b>${e(d.degree)}</b><br>${e(d.school)}, ${F.year(d.start)}–${F.year(d.end)}</p>`).join('')}`;
  const main = `<h2>Profile</h2><p>${e(p.summary)}</p><h2>Experience</h2>${groups(p.work).map((g) => `<div class="emp"><span>${e(g.company)} · ${e(g.city)}</span><span class="span">${F.year(g.start)} – ${g.end ? F.year(g.end) : 'present'}</span></div>${g.roles.map((r) => `<div class="role"><div class="rt"><b>${e(r.title)}</b><span>${range(r, F.enS, 'Present')}</span></div><ul>${r.duties.map((d) => `<li>${e(d)}</li>`).join('')}</ul></div>`).join('')}`).join('')}`;
  return page(`<div class="band"><div><h1>${e(p.name)}</h1><div class="hl">${e(p.headline)}</div></div><div class="ct">☎ ${e(ph(p))}<br>✉ ${e(p.email)}</div></div><div class="wrap"><aside>${side}</aside><main>${main}</main></div>`,
    `.band{background:#23394d;color:#fff;padding:14px 18px;display:flex;justify-content:space-between;align-items:flex-end}.band h1{font-size:22pt;font-weight:400;letter-spacing:.5px}.hl{color:#f0c674;font-size:11pt}.ct{text-align:right;font-size:9.5pt;line-height:1.6}
    .wrap{display:grid;grid-template-columns:31% 1fr}aside{background:#eef1f4;padding:10px 12px;font-size:8.8pt}aside p{margin:2px 0 4px}.lab{font-weight:700;text-transform:uppercase;color:#23394d;border-bottom:1px solid #c5ced6;margin:9px 0 4px;font-size:8.6pt;letter-spacing:.6px}
    .cat{font-style:italic;color:#555;margin-top:3px}.sk{display:flex;justify-content:space-between}.d{color:#23394d;letter-spacing:1px;font-size:8pt}
    main{padding:8px 4px 0 16px}main h2{font-size:11pt;color:#23394d;text-transform:uppercase;letter-spacing:1px;margin:8px 0 4px}.emp{display:flex;justify-content:space-between;background:#f6f2e6;padding:3px 6px;margin-top:8px;font-weight:700}.span{font-weight:400;color:#666}
    .role{margin:5px 0 0 6px}.rt{display:flex;justify-content:space-between}.rt span{color:#555}`);
}

/** T02 wide-right: continental builder (CVDesignR-type) one-pager: main column left, WIDE right column (38 %) with a thin
 *  rule; dates in local month words on a small line above each title; the right column holds contact, skills as
 *  "Category: a, b" lines, languages with CEFR, certificates; the French/Dutch label is glossed in English. */
export function wideRight(p: Person): string {
  const fr = p.id === 'p03';
  const f = fr ? F.fr : F.nl;
  const cur = (j: { start: string }) => (fr ? `depuis ${F.fr(j.start)} (since)` : `sinds ${F.nl(j.start)} (since)`);
  const L = fr ? { c: 'Coordonnées · Contact', s: 'Compétences · Skills', l: 'Langues · Languages', ce: 'Certifications', x: 'Expérience professionnelle · Experience', ed: 'Formation · Education' }
    : { c: 'Contact 联系方式', s: 'Vaardigheden · Skills 技能', l: 'Talen · Languages 语言', ce: 'Certificaten · Certificates', x: 'Werkervaring · Experience 工作经历', ed: 'Opleiding · Education' };
  const jobs = newest(p.work).map((j) => `<div class="job"><div class="when">${j.end ? range(j, f, '') : cur(j)}</div><h3>${e(j.title)}</h3><div class="at">${e(j.company)}, ${e(j.city)}</div><ul>${j.duties.map((d) => `<li>${e(d)}</li>`).join('')}</ul></div>`).join('');
  const right = `<h2>${L.c}</h2><p>${fr ? 'Portable' : 'Mobiel'} ${e(fr ? ph(p) : ph(p, 'a'))}</p><p>${e(p.email)}</p><p>${e(p.address)}</p>${p.other.map((o) => `<p>${e(o.label)} ${e(o.number)}</p>`).join('')}
  <h2>${L.s}</h2>${p.skillGroups.map(([g, ss]) => `<p><b>${e(g)}:</b> ${ss.map(e).join(', ')}</p>`).join('')}<h2>${L.l}</h2>${p.languages.map((l) => `<p>${e(l)}</p>`).join('')}<h2>${L.ce}</h2>${p.certs.map((c) => `<p>${e(c)}</p>`).join('')}
  <h2>${L.ed}</h2>${p.edu.map((d) => `<p><b>${e(d.degree)}</b><br>${e(d.school)}<br>${f(d.start)} – ${f(d.end)}</p>`).join('')}`;
  const nm = p.alt ? `<h1>${e(p.name)} <span class="alt">${e(p.alt)}</span></h1>` : `<h1>${e(p.name)}</h1>`;
  return page(`<div class="wrap"><main>${nm}<div class="hl">${e(p.headline)}</div><p class="sum">${e(p.summary)}</p><h2>${L.x}</h2>${jobs}</main><aside>${right}</aside></div>`,
    `.wrap{display:flex;gap:18px}main{width:60%}aside{width:38%;border-left:2px solid #d4572a;padding-left:14px;font-size:9pt}aside p{margin:2px 0 5px}
    h1{font-size:24pt;color:#d4572a;font-weight:700;line-height:1.1}.alt{font-size:13pt;color:#555;font-weight:400}.hl{font-size:11.5pt;margin:3px 0 8px;color:#444}.sum{font-style:italic;color:#555}
    h2{font-size:10.5pt;margin:14px 0 6px;color:#d4572a;text-transform:uppercase;letter-spacing:.5px}aside h2{margin-top:4px;padding-top:8px}
    .job{margin-bottom:9px}.when{font-size:8.6pt;color:#fff;background:#555;display:inline-block;padding:0 6px;border-radius:2px}h3{font-size:10.5pt;margin-top:2px}.at{color:#d4572a}`);
}

/** T03 inline-cols: older web-builder export (site CV builder print) whose two columns are inline-block boxes — no grid,
 *  flex or float; narrow dark column on the RIGHT with e-mail/address, skill bars and languages; the name and mobile sit
 *  at the top of the main column; dates on the line under the title ("March 2018 – to date"). */
export function inlineCols(p: Person): string {
  const za = p.id === 'p06';
  const jobs = newest(p.work).map((j) => `<div class="job"><h3>${e(j.title)}</h3><div class="at">${e(j.company)} — ${e(j.city)}</div><div class="dt">${range(j, F.enL, za ? 'to date' : 'current')}</div><ul>${j.duties.map((d) => `<li>${e(d)}</li>`).join('')}</ul></div>`).join('');
  const brk = p.id === 'p04' ? `<div class="job brk"><h3>Career break — family care</h3><div class="dt">January 2019 – December 2019</div></div>` : '';
  const ordered = p.id === 'p04' ? jobs.replace('<div class="job"><h3>Registered Nurse', brk + '<div class="job"><h3>Registered Nurse') : jobs;
  const bars = p.skills.map((s) => `<div class="sk">${e(s)}<div class="bar"><i style="width:${level(s) * 20}%"></i></div></div>`).join('');
  return page(`<div class="main"><h1>${e(p.name)}</h1><div class="hl">${e(p.headline)} &nbsp;|&nbsp; ${za ? 'Cell' : 'Mobile'}: ${e(ph(p))}</div><h2>Career summary</h2><p>${e(p.summary)}</p><h2>Work experience</h2>${ordered}<h2>Qualifications</h2>${p.edu.map((d) => `<p><b>${e(d.degree)}</b>, ${e(d.school)} (${F.year(d.end)})</p>`).join('')}</div><div class="side"><h4>E-mail</h4><p>${e(p.email)}</p><h4>Address</h4><p>${e(p.address)}</p>${p.other.map((o) => `<h4>${e(o.label)}</h4><p>${e(o.number)}</p>`).join('')}<h4>Skills</h4>${bars}<h4>Languages</h4>${p.languages.map((l) => `<p>${e(l)}</p>`).join('')}<h4>Certificates &amp; licences</h4>${p.certs.map((l) => `<p>${e(l)}</p>`).join('')}</div>`,
    `body{font-size:0}.main,.side{display:inline-block;vertical-align:top;font-size:9.5pt}.main{width:70%;padding-right:16px}.side{width:30%;background:#1f4d3a;color:#eaf3ee;padding:12px;min-height:255mm}
    h1{font-size:21pt;color:#1f4d3a}.hl{font-size:10pt;color:#555;border-bottom:3px solid #1f4d3a;padding-bottom:6px}h2{font-size:11pt;color:#1f4d3a;margin:12px 0 5px}
    .job{margin-bottom:8px}h3{font-size:10.5pt}.at{font-weight:700;color:#555}.dt{font-size:8.8pt;color:#777;font-style:italic}.brk h3{font-weight:400;font-style:italic}
    h4{font-size:9pt;text-transform:uppercase;margin:10px 0 3px;color:#b8e0c8;letter-spacing:.5px}.side p{margin:1px 0 3px;font-size:8.8pt}.sk{font-size:8.8pt;margin:3px 0}.bar{height:5px;background:#3c6b57;margin-top:2px}.bar i{display:block;height:5px;background:#b8e0c8}`);
}

/** T04 zh-left-bars: 中文 template-site two-column (grid): dark left column with photo silhouette, 基本信息 / 联系方式,
 *  专业技能 as progress bars, 语言, 证书; main column: name + 求职意向, 工作经历 with a date column to the LEFT of each job
 *  (start over end, "至今"/"現在"), company bold, 职位 after a bar. */
export function zhLeftBars(p: Person): string {
  const T = (a: string, b: string) => zhT(p, a, b);
  const f = p.trad ? F.zh : F.ymDot;
  const now = T('至今', '現在');
  const jobs = newest(p.work).map((j) => `<div class="job"><div class="dc">${f(j.start)}<br>—<br>${j.end ? f(j.end) : now}</div><div class="jc"><div class="co"><b>${e(j.company)}</b> ｜ ${e(j.title)}</div><ol>${j.duties.map((d) => `<li>${e(d)}</li>`).join('')}</ol></div></div>`).join('');
  const side = `<div class="ph">${svgPerson('#7f8c99')}</div><h4>${T('联系方式', '聯絡方式')}</h4><p>${T('手机', '手提')}：${e(ph(p))}</p>${p.other.map((o) => `<p>${e(o.label)}：${e(o.number)}</p>`).join('')}<p>${T('邮箱', '電郵')}：${e(p.email)}</p><p>${T('地址', '地址')}：${e(p.address)}</p>
  <h4>${T('专业技能', '專業技能')}</h4>${p.skills.map((s) => `<div class="sk"><span>${e(s)}</span><div class="bar"><i style="width:${level(s) * 20}%"></i></div></div>`).join('')}
  <h4>${T('语言能力', '語言能力')}</h4>${p.languages.map((l) => `<p>${e(l)}</p>`).join('')}<h4>${T('证书', '證書')}</h4>${p.certs.map((l) => `<p>${e(l)}</p>`).join('')}`;
  const main = `<h1>${e(p.name)}</h1><div class="hl">${T('求职意向', '求職意向')}：${e(p.headline)}</div><h2>${T('自我评价', '自我評價')}</h2><p>${e(p.summary)}</p><h2>${T('工作经历', '工作經歷')}</h2>${jobs}<h2>${T('教育背景', '教育背景')}</h2>${p.edu.map((d) => `<p>${F.ymDot(d.start)} — ${F.ymDot(d.end)}　${e(d.school)}　${e(d.degree)}</p>`).join('')}`;
  const font = p.trad ? `'Noto Sans CJK TC','Liberation Sans',sans-serif` : `'Noto Sans CJK SC','Liberation Sans',sans-serif`;
  return page(`<div class="wrap"><aside>${side}</aside><main>${main}</main></div>`,
    `.wrap{display:grid;grid-template-columns:62mm 1fr;min-height:262mm}aside{background:#2e3a46;color:#e8edf1;padding:14px 12px;font-size:8.8pt}.ph{text-align:center;margin-bottom:8px}aside p{margin:2px 0 4px}aside h4{color:#fff;border-bottom:1px solid #6d7b88;margin:12px 0 5px;font-size:10pt}
    .sk{margin:4px 0}.bar{height:5px;background:#55626f;margin-top:2px;border-radius:3px}.bar i{display:block;height:5px;background:#f2b134;border-radius:3px}
    main{padding:6px 0 0 16px}h1{font-size:24pt;letter-spacing:4px;color:#2e3a46}.hl{color:#f2a100;font-size:11pt;margin:2px 0 6px}h2{font-size:11.5pt;color:#2e3a46;border-bottom:2px solid #f2b134;margin:12px 0 6px;padding-bottom:2px}
    .job{display:grid;grid-template-columns:22mm 1fr;margin-bottom:8px}.dc{color:#777;font-size:8.6pt;text-align:center;border-right:2px solid #e1e5e9;padding-right:6px;line-height:1.25}.jc{padding-left:8px}ol{margin:2px 0 0;padding-left:16px}`, font);
}

/** T05 zh-band-tags: 中文在线简历 with a coloured header band across both columns (name + 求职意向 left, 电话/邮箱/现居 right),
 *  main left 65 % and a tinted right column (技能 tags, 证书, 语言, 教育); promotions grouped under the employer with the
 *  employer's span on the company line and each 职位 with its own dates in a grey line under it. */
export function zhBandTags(p: Person): string {
  const T = (a: string, b: string) => zhT(p, a, b);
  const f = p.trad ? F.ymSlash : F.ymDot;
  const now = T('至今', '迄今');
  const jobs = groups(p.work).map((g) => `<div class="g"><div class="co"><b>${e(g.company)}</b><span>${f(g.start)} - ${g.end ? f(g.end) : now}</span></div>${g.roles.map((r) => `<div class="r"><div class="t">${e(r.title)}</div><div class="dd">${range(r, f, now, p.trad ? ' ~ ' : ' - ')}　·　${e(r.city)}</div><ul>${r.duties.map((d) => `<li>${e(d)}</li>`).join('')}</ul></div>`).join('')}</div>`).join('');
  const font = p.trad ? `'Noto Sans CJK TC','Liberation Sans',sans-serif` : `'Noto Sans CJK SC','Liberation Sans',sans-serif`;
  return page(`<div class="band"><div><h1>${e(p.name)}</h1><div>${T('求职意向', '應徵職務')}：${e(p.headline)}</div></div><div class="ct">${T('电话', '手機')}　${e(ph(p))}<br>${T('邮箱', 'E-mail')}　${e(p.email)}<br>${T('现居', '現居')}　${e(p.address.slice(0, p.trad ? 6 : 9))}</div></div>
  <div class="wrap"><main><h2>${T('个人优势', '自我介紹')}</h2><p>${e(p.summary)}</p><h2>${T('工作经历', '工作經歷')}</h2>${jobs}</main><aside><h3>${T('专业技能', '專長')}</h3><div class="tags">${p.skills.map((s) => `<span>${e(s)}</span>`).join('')}</div><h3>${T('证书', '證照')}</h3>${p.certs.map((c) => `<p>${e(c)}</p>`).join('')}<h3>${T('语言', '語言')}</h3>${p.languages.map((c) => `<p>${e(c)}</p>`).join('')}<h3>${T('教育经历', '學歷')}</h3>${p.edu.map((d) => `<p><b>${e(d.school)}</b><br>${e(d.degree)}<br>${f(d.start)} - ${f(d.end)}</p>`).join('')}</aside></div>`,
    `.band{background:#3a7bd5;color:#fff;padding:14px 16px;display:flex;justify-content:space-between;align-items:center;border-radius:4px}.band h1{font-size:22pt;letter-spacing:2px}.ct{font-size:9pt;line-height:1.7;text-align:left}
    .wrap{display:grid;grid-template-columns:65% 1fr;gap:14px;margin-top:10px}h2{font-size:11.5pt;color:#3a7bd5;border-left:4px solid #3a7bd5;padding-left:6px;margin:10px 0 6px}
    .co{display:flex;justify-content:space-between;border-bottom:1px dashed #bbb;padding-bottom:2px;margin-top:6px}.co span{color:#3a7bd5}.r{margin:4px 0 6px 8px}.t{font-weight:700}.dd{color:#888;font-size:8.6pt}
    aside{background:#eef4fc;padding:10px;font-size:9pt;border-radius:4px}aside h3{font-size:10.5pt;color:#3a7bd5;margin:8px 0 4px}aside p{margin:2px 0 4px}.tags span{display:inline-block;background:#fff;border:1px solid #3a7bd5;color:#2a5ca8;border-radius:10px;padding:1px 8px;margin:2px 3px 2px 0;font-size:8.6pt}`, font);
}

/** T06 bilingual-areas: SG / MY / CA bilingual CV on CSS grid-template-areas (head spans; side LEFT, main right): the
 *  Chinese name large with the English name under it and the mobile in the head; e-mail, address and the other number in
 *  the side with bilingual captions; skills as "•" lists under bilingual group names; jobs "Employer" bold with
 *  "MM/YYYY – Present 至今" flush right, title in italics under it. */
export function bilingualAreas(p: Person): string {
  const jobs = newest(p.work).map((j) => `<div class="job"><div class="l1"><b>${e(j.company)}</b><span>${range(j, F.mmY, 'Present 至今')}</span></div><div class="l2"><i>${e(j.title)}</i> · ${e(j.city)}</div><ul>${j.duties.map((d) => `<li>${e(d)}</li>`).join('')}</ul></div>`).join('');
  const side = `<h4>Email 电邮</h4><p>${e(p.email)}</p><h4>Address 地址</h4><p>${e(p.address)}</p>${p.other.map((o) => `<h4>${e(o.label)}</h4><p>${e(o.number)}</p>`).join('')}<h4>Skills 技能</h4>${p.skillGroups.map(([g, ss]) => `<div class="gn">${e(g)}</div><ul>${ss.map((s) => `<li>${e(s)}</li>`).join('')}</ul>`).join('')}<h4>Languages 语言</h4>${p.languages.map((l) => `<p>${e(l)}</p>`).join('')}<h4>Certification 证书</h4>${p.certs.map((l) => `<p>${e(l)}</p>`).join('')}`;
  return page(`<div class="g"><header><div><h1>${e(p.name)}</h1><div class="en">${e(p.alt!)}</div></div><div class="hr"><div>${e(p.headline)}</div><div class="m">Mobile 手机 ${e(ph(p))}</div></div></header><aside>${side}</aside><main><h2>Profile 简介</h2><p>${e(p.summary)}</p><h2>Experience 工作经历</h2>${jobs}<h2>Education 教育</h2>${p.edu.map((d) => `<p><b>${e(d.degree)}</b> — ${e(d.school)} (${F.mmY(d.start)} – ${F.mmY(d.end)})</p>`).join('')}</main></div>`,
    `.g{display:grid;grid-template-columns:58mm 1fr;grid-template-areas:"head head" "side main";column-gap:14px}header{grid-area:head;display:flex;justify-content:space-between;align-items:flex-end;border-bottom:3px double #8a1c2b;padding-bottom:6px;margin-bottom:8px}
    h1{font-size:26pt;color:#8a1c2b;letter-spacing:3px;font-family:'Noto Serif CJK SC',serif}.en{font-size:11pt;letter-spacing:2px;text-transform:uppercase;color:#444}.hr{text-align:right;font-size:10pt}.m{font-weight:700;margin-top:3px}
    aside{grid-area:side;background:#f7efe9;padding:8px 10px;font-size:8.8pt}aside h4{font-size:8.6pt;color:#8a1c2b;margin:8px 0 2px;text-transform:uppercase}aside p{margin:1px 0 3px}.gn{font-style:italic;margin-top:3px}
    main{grid-area:main}h2{font-size:11pt;color:#8a1c2b;margin:8px 0 5px;border-bottom:1px solid #e0c8c8}.job{margin-bottom:7px}.l1{display:flex;justify-content:space-between}.l1 span{color:#555;font-size:9pt}.l2{color:#444}`);
}

/** T11 de-slash-single: German professional's CV in English: name left, a right-aligned block of labelled numbers in the
 *  German slash grouping ("Mobil 0151 / 2847 6310", "Festnetz 089 / 4021 7735"); each job as bold title, then a grey meta line
 *  "Employer | Town | MM/YYYY – MM/YYYY" ("seit 07/2021 (since)"); skills as comma lists per category. */
export function deSlash(p: Person): string {
  const jobs = newest(p.work).map((j) => `<div class="job"><h3>${e(j.title)}</h3><div class="meta">${e(j.company)} | ${e(j.city)} | ${j.end ? range(j, F.mmY, '') : `seit ${F.mmY(j.start)} (since)`}</div><ul>${j.duties.map((d) => `<li>${e(d)}</li>`).join('')}</ul></div>`).join('');
  return page(`<header><div><h1>${e(p.name)}</h1><div class="hl">${e(p.headline)}</div></div><table class="ct"><tr><td>Mobil</td><td>${e(ph(p))}</td></tr><tr><td>Festnetz</td><td>089 / 4021 7735</td></tr><tr><td>E-Mail</td><td>${e(p.email)}</td></tr><tr><td>Anschrift</td><td>${e(p.address)}</td></tr></table></header>
  <h2>Profile</h2><p>${e(p.summary)}</p><h2>Professional experience</h2>${jobs}<h2>Education</h2>${p.edu.map((d) => `<p><b>${e(d.degree)}</b><br>${e(d.school)} | ${F.mmY(d.start)} – ${F.mmY(d.end)}</p>`).join('')}
  <h2>IT skills</h2>${p.skillGroups.map(([g, ss]) => `<p><b>${e(g)}:</b> ${ss.map(e).join(', ')}</p>`).join('')}<h2>Languages</h2><p>${p.languages.map(e).join(' · ')}</p><h2>Certificates</h2><p>${p.certs.map(e).join('; ')}</p>`,
    `header{display:flex;justify-content:space-between;align-items:flex-start;border-bottom:1px solid #999;padding-bottom:8px}h1{font-size:22pt;font-weight:400}.hl{color:#0a5c8a;font-size:11pt}.ct td{padding:0 0 1px 8px;font-size:9pt;vertical-align:top}.ct td:first-child{color:#777;text-align:right}
    h2{font-size:10.5pt;color:#0a5c8a;margin:12px 0 5px;font-variant:small-caps;letter-spacing:1px}.job{margin-bottom:8px}h3{font-size:10.5pt}.meta{color:#666;font-size:9pt}`);
}

/** T12 us-three-phones: US résumé whose header gives three labelled numbers on one line ("Cell · Home · Work x214");
 *  Licenses first; each job: employer in bold caps left, city right, then "Title (MM/YYYY – Present)". */
export function usThreePhones(p: Person): string {
  const jobs = newest(p.work).map((j) => `<div class="job"><div class="l1"><b>${e(j.company.toUpperCase())}</b><span>${e(j.city)}</span></div><div class="t">${e(j.title)} (${range(j, F.mmY, 'Present')})</div><ul>${j.duties.map((d) => `<li>${e(d)}</li>`).join('')}</ul></div>`).join('');
  return page(`<h1>${e(p.name)}, P.E.</h1><div class="c">${e(p.address)}</div><div class="c">Cell ${e(ph(p))} &nbsp;·&nbsp; Home ${e(p.other[0].number)} &nbsp;·&nbsp; Work ${e(p.other[1].number)} &nbsp;·&nbsp; ${e(p.email)}</div>
  <h2>Licenses</h2><p>${p.certs.map(e).join('; ')}</p><h2>Summary</h2><p>${e(p.summary)}</p><h2>Professional Experience</h2>${jobs}<h2>Technical Skills</h2><p>${p.skills.map(e).join(' &nbsp;|&nbsp; ')}</p><h2>Education</h2>${p.edu.map((d) => `<p>${e(d.degree)}, ${e(d.school)}, ${F.enL(d.end)}</p>`).join('')}<h2>Languages</h2><p>${p.languages.map(e).join(', ')}</p>`,
    `body{font-family:'Liberation Serif',serif;font-size:10.5pt}h1{text-align:center;font-size:18pt;letter-spacing:1px}.c{text-align:center;font-size:9.6pt}h2{font-size:10.5pt;text-transform:uppercase;border-bottom:1.5px solid #000;margin:12px 0 5px}.job{margin-bottom:8px}.l1{display:flex;justify-content:space-between}.t{font-style:italic}`, `'Liberation Serif',serif`);
}

/** T13 ch-trunk-single: Swiss CV: name and headline left, contact block right with the trunk "(0)" in both numbers; a
 *  "Personal details" line; experience with the period "MM.YYYY – MM.YYYY" on its own bold line, then "Title · Employer, Town". */
export function chTrunk(p: Person): string {
  const jobs = newest(p.work).map((j) => `<div class="job"><div class="p">${j.end ? range(j, F.dotMY, '') : `since ${F.dotMY(j.start)}`}</div><div><b>${e(j.title)}</b> · ${e(j.company)}, ${e(j.city)}</div><ul>${j.duties.map((d) => `<li>${e(d)}</li>`).join('')}</ul></div>`).join('');
  return page(`<header><div><h1>${e(p.name)}</h1><div class="hl">${e(p.headline)}</div></div><div class="ct">${e(p.address)}<br>Mobile ${e(ph(p))}<br>Office ${e(p.other[0].number)}<br>${e(p.email)}</div></header>
  <p class="pd"><b>Personal details:</b> born 1988 in Lugano · Swiss citizen · married</p><h2>Professional experience</h2>${jobs}<h2>Education</h2>${p.edu.map((d) => `<div class="p">${F.dotMY(d.start)} – ${F.dotMY(d.end)}</div><p>${e(d.degree)}, ${e(d.school)}</p>`).join('')}
  <h2>Skills</h2><p>${p.skills.map(e).join(' · ')}</p><h2>Languages</h2><p>${p.languages.map(e).join(' · ')}</p><h2>Certificates</h2><p>${p.certs.map(e).join(' · ')}</p>`,
    `header{display:flex;justify-content:space-between;border-bottom:4px solid #c8102e;padding-bottom:8px}h1{font-size:22pt}.hl{font-size:11pt;color:#c8102e}.ct{text-align:right;font-size:9.2pt;line-height:1.5}.pd{margin-top:8px;font-size:9pt;color:#555}
    h2{font-size:11pt;margin:12px 0 5px;color:#c8102e}.job{margin-bottom:8px}.p{font-weight:700;font-size:9.2pt}`);
}

/** T14 hk-nocode-single: Hong Kong 繁體 single column: name with English name, contact line with the "(852)" code without a
 *  plus for mobile and office, 期望薪金 / 可上班日期 line; "職位 ｜ 公司" left and "2016年5月 – 2020年7月" right. */
export function hkNocode(p: Person): string {
  const jobs = newest(p.work).map((j) => `<div class="job"><div class="l1"><b>${e(j.title)} ｜ ${e(j.company)}</b><span>${range(j, F.zh, '現在')}</span></div><ul>${j.duties.map((d) => `<li>${e(d)}</li>`).join('')}</ul></div>`).join('');
  return page(`<h1>${e(p.name)} <span>CHAN Wing Yan</span></h1><div class="c">手提電話：${e(ph(p))}　｜　辦公室：${e(p.other[0].number)}　｜　電郵：${e(p.email)}</div><div class="c">地址：${e(p.address)}</div><div class="c">期望薪金：HK$32,000　｜　可上班日期：一個月通知</div>
  <h2>個人簡介</h2><p>${e(p.summary)}</p><h2>工作經驗</h2>${jobs}<h2>學歷</h2>${p.edu.map((d) => `<p>${F.zh(d.start)} – ${F.zh(d.end)}　${e(d.school)}　${e(d.degree)}</p>`).join('')}<h2>技能</h2><p>${p.skills.map(e).join('、')}</p><h2>語言</h2><p>${p.languages.map(e).join('、')}</p><h2>專業資格</h2><p>${p.certs.map(e).join('、')}</p>`,
    `h1{font-size:20pt}h1 span{font-size:12pt;color:#666;font-weight:400;margin-left:8px}.c{font-size:9.4pt;color:#333}h2{font-size:11pt;margin:12px 0 5px;padding:2px 6px;border-bottom:2px solid #0b6e4f;color:#0b6e4f}.job{margin-bottom:7px}.l1{display:flex;justify-content:space-between}.l1 span{color:#555}`, `'Noto Sans CJK TC','Liberation Sans',sans-serif`);
}

/** T21 gdocs-table: résumé built in a Google-Docs/Word-Online document entirely from one two-column table (section name
 *  cell left, content right), and the experience inside it as a nested ruled table Start | End | Employer | Position. */
export function gdocsTable(p: Person): string {
  const us = p.id === 'p05';
  const f = us ? F.enS : F.enS;
  const rows = newest(p.work).map((j) => `<tr><td>${f(j.start)}</td><td>${j.end ? f(j.end) : 'Present'}</td><td><b>${e(j.company)}</b><br><span class="s">${e(j.city)}</span></td><td>${e(j.title)}<ul>${j.duties.map((d) => `<li>${e(d)}</li>`).join('')}</ul></td></tr>`).join('');
  const contact = `${us ? 'Cell' : 'Mobile'}: ${e(ph(p))}<br>${p.other.map((o) => `${e(o.label)}: ${e(o.number)}`).join('<br>')}<br>E-mail: ${e(p.email)}<br>${e(p.address)}`;
  return page(`<table class="o"><tr><td colspan="2" class="nm">${e(p.name)}<div>${e(p.headline)}</div></td></tr><tr><th>Contact</th><td>${contact}</td></tr><tr><th>Summary</th><td>${e(p.summary)}</td></tr>
  <tr><th>Employment</th><td><table class="in"><tr><th>Start</th><th>End</th><th>Employer</th><th>Position</th></tr>${rows}</table></td></tr>
  <tr><th>Skills</th><td>${p.skills.map(e).join(', ')}</td></tr><tr><th>Education</th><td>${p.edu.map((d) => `${e(d.degree)} — ${e(d.school)}, ${F.year(d.start)}–${F.year(d.end)}`).join('<br>')}</td></tr><tr><th>Languages</th><td>${p.languages.map(e).join(', ')}</td></tr><tr><th>Certifications</th><td>${p.certs.map(e).join('<br>')}</td></tr></table>`,
    `.o{width:100%;border-collapse:collapse}.o>tbody>tr>th,.o>tbody>tr>td{border-top:1px solid #bbb;padding:6px;vertical-align:top;text-align:left}.o>tbody>tr>th{width:25mm;color:#5b3f8c;font-size:9.5pt}.nm{font-size:20pt;border-top:none!important}.nm div{font-size:10.5pt;color:#5b3f8c}
    .in{width:100%;border-collapse:collapse;font-size:9pt}.in th,.in td{border:1px solid #999;padding:3px 4px;vertical-align:top;text-align:left}.in th{background:#ece6f5}.in td:nth-child(1),.in td:nth-child(2){white-space:nowrap}.s{color:#666}`);
}

/** T22 parcours-table: a French/Canadian-Chinese bilingual "Parcours"-style CV: header with contacts in a 2×3 grid, then
 *  the whole career as one ruled table Period | Employer / Town | Position & duties, the period as "mm/yyyy → mm/yyyy" with
 *  the duration under it; skills table Domain | Skills. */
export function parcoursTable(p: Person): string {
  const fr = p.id === 'p03';
  const dur = (s: string, en: string | null) => { const a = +s.slice(0, 4) * 12 + +s.slice(5, 7); const b = en ? +en.slice(0, 4) * 12 + +en.slice(5, 7) : 2026 * 12 + 12; const n = b - a + 1; return fr ? `${Math.floor(n / 12)} ans ${n % 12} mois` : `${Math.floor(n / 12)} yrs ${n % 12} mos`; };
  const rows = newest(p.work).map((j) => `<tr><td>${F.mmY(j.start)} → ${j.end ? F.mmY(j.end) : fr ? "aujourd'hui" : 'now 至今'}<div class="d">${dur(j.start, j.end)}</div></td><td><b>${e(j.company)}</b><br>${e(j.city)}</td><td><b>${e(j.title)}</b><ul>${j.duties.map((d) => `<li>${e(d)}</li>`).join('')}</ul></td></tr>`).join('');
  const L = fr ? ['Parcours professionnel · Career', 'Période', 'Employeur', 'Poste et missions', 'Compétences · Skills', 'Domaine', 'Formation', 'Langues'] : ['Career 职业经历', 'Period 期间', 'Employer 雇主', 'Position 职位', 'Skills 技能', 'Area 领域', 'Education 教育', 'Languages 语言'];
  const nm = p.alt ? `${e(p.name)} <small>${e(p.alt)}</small>` : e(p.name);
  return page(`<h1>${nm}</h1><div class="hl">${e(p.headline)}</div><table class="ct"><tr><td>${fr ? 'Portable' : 'Mobile 手机'}</td><td>${e(ph(p))}</td><td>E-mail</td><td>${e(p.email)}</td></tr><tr><td>${e(p.other[0].label)}</td><td>${e(p.other[0].number)}</td><td>${fr ? 'Adresse' : 'Address 地址'}</td><td>${e(p.address)}</td></tr></table>
  <h2>${L[0]}</h2><table class="t"><tr><th>${L[1]}</th><th>${L[2]}</th><th>${L[3]}</th></tr>${rows}</table><h2>${L[4]}</h2><table class="t"><tr><th>${L[5]}</th><th>Skills</th></tr>${p.skillGroups.map(([g, ss]) => `<tr><td>${e(g)}</td><td>${ss.map(e).join(' · ')}</td></tr>`).join('')}</table>
  <h2>${L[6]}</h2>${p.edu.map((d) => `<p>${F.mmY(d.start)} → ${F.mmY(d.end)} · ${e(d.degree)}, ${e(d.school)}</p>`).join('')}<h2>${L[7]}</h2><p>${p.languages.map(e).join(' · ')} — ${p.certs.map(e).join(' · ')}</p>`,
    `h1{font-size:21pt;color:#005f73}h1 small{font-size:12pt;color:#555}.hl{font-size:11pt;margin-bottom:6px}.ct{border-collapse:collapse;width:100%;font-size:9pt}.ct td{padding:2px 5px;border:1px solid #cde}.ct td:nth-child(odd){background:#e6f2f4;color:#005f73;white-space:nowrap}
    h2{font-size:11pt;color:#005f73;margin:12px 0 5px}.t{width:100%;border-collapse:collapse;font-size:9pt}.t th{background:#005f73;color:#fff;text-align:left;padding:3px 5px}.t td{border:1px solid #9bb;padding:4px 5px;vertical-align:top}.t td:first-child{width:34mm}.d{color:#777;font-size:8.4pt}`);
}

/** T23 zh-html-table: 中文 表格简历 printed from a web template: one bordered grid; 基本信息 rows with 手机（含国家码 86-）,
 *  工作经历 rows 公司 ｜ 职位 ｜ 起止年月 with a 工作内容 row under each, 专业技能 in one cell as 、 list. */
export function zhHtmlTable(p: Person): string {
  const rows = newest(p.work).map((j) => `<tr><td>${F.ymDot(j.start)}-${j.end ? F.ymDot(j.end) : '至今'}</td><td colspan="2">${e(j.company)}</td><td>${e(j.title)}</td></tr><tr><td class="l">工作内容</td><td colspan="3">${j.duties.map((d, i) => `${i + 1}. ${e(d)}`).join('<br>')}</td></tr>`).join('');
  return page(`<h1>个 人 简 历</h1><table><tr><td class="l">姓名</td><td>${e(p.name)}</td><td class="l">求职意向</td><td>${e(p.headline)}</td></tr><tr><td class="l">手机</td><td>${e(ph(p))}</td><td class="l">邮箱</td><td>${e(p.email)}</td></tr><tr><td class="l">现居地</td><td colspan="3">${e(p.address)}</td></tr>
  <tr><td colspan="4" class="sec">工作经历</td></tr><tr><td class="l">起止年月</td><td class="l" colspan="2">工作单位</td><td class="l">职务</td></tr>${rows}
  <tr><td colspan="4" class="sec">教育背景</td></tr>${p.edu.map((d) => `<tr><td>${F.ymDot(d.start)}-${F.ymDot(d.end)}</td><td colspan="2">${e(d.school)}</td><td>${e(d.degree)}</td></tr>`).join('')}
  <tr><td colspan="4" class="sec">技能与证书</td></tr><tr><td class="l">专业技能</td><td colspan="3">${p.skills.map(e).join('、')}</td></tr><tr><td class="l">语言</td><td colspan="3">${p.languages.map(e).join('、')}</td></tr><tr><td class="l">证书</td><td colspan="3">${p.certs.map(e).join('、')}</td></tr><tr><td class="l">自我评价</td><td colspan="3">${e(p.summary)}</td></tr></table>`,
    `h1{text-align:center;font-size:18pt;letter-spacing:6px;margin-bottom:8px}table{width:100%;border-collapse:collapse;font-size:9.6pt}td{border:1px solid #444;padding:5px 6px;vertical-align:top}.l{background:#eef3f7;font-weight:700;width:24mm;white-space:nowrap}.sec{background:#2b5d8a;color:#fff;font-weight:700;letter-spacing:2px}`,
    `'Noto Sans CJK SC','Liberation Sans',sans-serif`);
}
