/** heldout-63: the templates printed by Chromium (HTML/CSS). Each returns a whole HTML page for one person. */
import { byEmployer, desc, esc, fd, fontFor, fullName, htmlLang, htmlPage, jr, latinParts, rng, signatureSvg, silhouetteSvg, type DS } from './lib.ts';
import type { Job, Person } from './people.ts';

const e = esc;

// ---------------------------------------------------------------------------------------------------------------
// photo-caption (single): DACH-/Malaysian-style photo CV; the name exists only as the caption under the photo,
// the period closes each entry line in brackets, contact details only in a closing block after place/date/signature.
export function photoCaption(p: Person): string {
  const mixed = p.language === 'mixed';
  const st: DS = mixed ? 'Mon YYYY' : 'MM/YYYY';
  const per = (j: { start: string; end: string | null }) => (j.end ? `(${jr(j, st, '')})` : mixed ? `(${fd(j.start, st)} – present)` : `(since ${fd(j.start, st)})`);
  const caption = mixed ? `${p.name}<br><span class="lat">${e(p.latin!)}</span>` : e(fullName(p));
  const jobs = desc(p.jobs).map((j) => ({ s: j.start, h: `<div class="job"><div class="jl"><b>${e(j.title)}</b> — ${e(j.company)}, ${e(j.town ?? '')} <span class="per">${per(j)}</span></div>
    <ul>${j.bullets.map((b) => `<li>${e(b)}</li>`).join('')}${j.clients ? `<li>Mandates: ${j.clients.map((c) => `${e(c.name)} – ${e(c.what)} (${e(c.period)})`).join('; ')}</li>` : ''}</ul></div>` }))
    .concat(p.breaks.map((b) => ({ s: b.start, h: `<div class="job brk"><i>${e(b.label)}</i> <span class="per">(${rng(b.start, b.end, st, '')})</span></div>` })))
    .sort((a, b) => (a.s < b.s ? 1 : -1)).map((x) => x.h).join('');
  const breaks = '';
  const groups = new Map<string, string[]>();
  for (const s of p.skills) {
    const g = s.group ?? (mixed ? 'Front office' : 'Skills');
    if (!groups.has(g)) groups.set(g, []);
    groups.get(g)!.push(`${e(s.printed)}${s.level ? ` <span class="lvl">(${e(s.level)})</span>` : ''}`);
  }
  const parts = (p.particulars ?? []).map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v)}</dd>`).join('');
  const place = mixed ? 'George Town, 1 December 2026' : 'Vienna, 1 December 2026';
  const css = `
  body{font-size:9.2pt}
  .top{display:flow-root;border-bottom:2px solid #7a1f2b;padding-bottom:6px;margin-bottom:6px}
  .kicker{font-size:22pt;letter-spacing:.08em;color:#7a1f2b;font-weight:bold;margin-top:3mm}
  .headline{font-size:11pt;color:#444;margin-top:3px}
  figure.photo{float:right;width:33mm;text-align:center;margin:0 0 2mm 6mm}
  figure.photo svg{display:block;border:1px solid #999}
  figcaption{font-size:8.6pt;margin-top:3px;font-weight:bold;line-height:1.25} .lat{font-weight:normal}
  h2{font-size:10.2pt;color:#7a1f2b;text-transform:uppercase;letter-spacing:.05em;margin:8px 0 3px;border-bottom:1px solid #d9c3c6}
  dl{display:grid;grid-template-columns:38mm 1fr;row-gap:1px} dt{color:#555}
  .job{margin-bottom:4px} .per{color:#666;white-space:nowrap} .brk{color:#555}
  .lvl{color:#777;font-size:8.5pt} .sk{margin-bottom:2px}
  .close{margin-top:10px;display:flex;justify-content:space-between;align-items:flex-end;gap:10px;break-inside:avoid}
  .contact{padding:5px 8px;background:#f6eff0;border-left:3px solid #7a1f2b}`;
  const body = `<div class="top"><figure class="photo">${silhouetteSvg(112, 137)}<figcaption>${caption}</figcaption></figure>
  <div class="kicker">${mixed ? 'RÉSUMÉ 个人履历' : 'CURRICULUM VITAE'}</div><div class="headline">${e(p.headline)}</div>
  <p style="margin-top:8px;max-width:120mm">${e(p.summary)}</p></div>
  <h2>${mixed ? 'Personal particulars 个人资料' : 'Personal details'}</h2><dl>${parts}<dt>${mixed ? 'Hometown' : 'Place of residence'}</dt><dd>${e(p.town)}</dd></dl>
  <h2>${mixed ? 'Working experience 工作经验' : 'Professional experience'}</h2>${jobs}${breaks}
  <h2>${mixed ? 'Education 教育' : 'Education'}</h2>${p.education.map((x) => `<div class="job"><b>${e(x.degree)}</b> — ${e(x.school)}${x.town ? `, ${e(x.town)}` : ''} <span class="per">(${rng(x.start, x.end, st, '')})</span></div>`).join('')}
  <h2>${mixed ? 'Skills 技能' : 'Skills &amp; competences'}</h2>${[...groups].map(([g, l]) => `<div class="sk"><b>${e(g)}:</b> ${l.join(' · ')}</div>`).join('')}
  <h2>${mixed ? 'Languages &amp; certificates 语言与证书' : 'Languages &amp; certificates'}</h2><p>${p.languages.map(e).join(' · ')}</p><p>${p.certificates.map(e).join(' · ')}</p>
  <div class="close"><div class="contact"><b>${mixed ? 'Contact 联络' : 'Contact'}</b><br>${e(p.address)}<br>${mixed ? 'H/P' : 'Mobile'} ${e(p.phone.intl)} · ${e(p.email)}<br><span style="color:#666">${e(p.others[0].label)}: ${e(p.others[0].number)}</span></div><div style="text-align:right">${signatureSvg}<br>${place}</div></div>`;
  return htmlPage(htmlLang(p), css, body, fontFor(p));
}

// ---------------------------------------------------------------------------------------------------------------
// capability-stmt (single): US small-business capability statement of a sole proprietor (logo line, core
// competencies, past performance, principal's background, company data with UEI/CAGE/NAICS and the contacts).
export function capabilityStatement(p: Person): string {
  const self = p.jobs.find((j) => j.kind === 'self')!;
  const hist = desc(p.jobs).map((j) => {
    const when = j.season ? `${e(j.season)} (${jr(j, 'Mon YYYY', 'present')})` : jr(j, 'Mon YYYY', 'present');
    return `<li><b>${e(j.title)}</b>, ${e(j.company)}, ${e(j.town ?? '')} — ${when}</li>`;
  }).join('');
  const css = `
  .band{display:flex;align-items:center;gap:10px;background:#12355b;color:#fff;padding:10px 12px}
  .logo{width:46px;height:46px;border-radius:50%;background:#e8b33c;color:#12355b;font:bold 18pt 'Liberation Serif',serif;display:flex;align-items:center;justify-content:center}
  .firm{font-size:15pt;font-weight:bold;letter-spacing:.04em} .tag{font-size:9pt;opacity:.9}
  .cs{margin-left:auto;font-size:12pt;letter-spacing:.12em;border:1px solid #fff;padding:4px 8px}
  h2{font-size:10.5pt;color:#12355b;text-transform:uppercase;border-bottom:2px solid #e8b33c;margin:10px 0 4px;padding-bottom:1px}
  .grid{display:grid;grid-template-columns:repeat(4,1fr);gap:4px}
  .grid div{background:#eef3f8;padding:4px 6px;border-left:3px solid #12355b;font-size:9pt}
  table{border-collapse:collapse;width:100%;font-size:9pt} td,th{border-bottom:1px solid #d5dde6;padding:3px 4px;text-align:left;vertical-align:top}
  th{background:#eef3f8} .pr{display:flex;gap:10px} .pr .n{font-size:12pt;font-weight:bold}
  .data{display:grid;grid-template-columns:1fr 1fr;gap:2px 18px;background:#f7f4ea;padding:6px 8px;font-size:9pt}`;
  const body = `<div class="band"><div class="logo">W</div><div><div class="firm">WHITFIELD LEDGER SERVICES LLC</div><div class="tag">Outsourced controller · fractional CFO · Columbus, Ohio</div></div><div class="cs">CAPABILITY STATEMENT</div></div>
  <h2>Core competencies</h2><div class="grid">${p.skills.map((s) => `<div>${e(s.printed)}</div>`).join('')}</div>
  <h2>Differentiators</h2><ul><li>Licensed CPA with audit-firm and in-house controller experience</li><li>Fixed monthly fee; close delivered by working day 6</li><li>Ohio EDGE-certified sole proprietorship</li></ul>
  <h2>Past performance</h2><table><tr><th>Client</th><th>Period</th><th>Scope</th></tr>${self.clients!.map((c) => `<tr><td>${e(c.name)}</td><td>${e(c.period)}</td><td>${e(c.what)}</td></tr>`).join('')}</table>
  <h2>Principal</h2><div class="pr"><div>${silhouetteSvg(64, 78)}</div><div><div class="n">${e(p.name)}, CPA <span style="font-weight:normal;font-size:9.5pt;color:#555">(${e(p.pronouns!)})</span></div>
  <p>${e(p.summary)}</p><ul style="margin-top:3px">${hist}</ul>
  <p style="margin-top:3px"><b>Education:</b> ${p.education.map((x) => `${e(x.degree)}, ${e(x.school)} (${fd(x.end, 'YYYY')})`).join('; ')}. <b>Credentials:</b> ${p.certificates.map(e).join('; ')}. <b>Languages:</b> ${p.languages.map(e).join(', ')}.</p></div></div>
  <h2>Company data</h2><div class="data"><div>UEI: K7QH2RMX4NL8</div><div>CAGE code: 9XK27</div><div>NAICS: 541211, 541219, 541611</div><div>Registered: State of Ohio, 2019</div>
  <div>Principal’s cell: ${e(p.phone.local)}</div><div>E-mail: ${e(p.email)}</div><div>Office: ${e(p.others[0].number)} (${e(p.others[0].label.replace('Office manager, ', ''))}, office manager)</div><div>${e(p.address)}</div></div>`;
  return htmlPage('en', css, body, fontFor(p));
}

// ---------------------------------------------------------------------------------------------------------------
// spaced-name-footer (single): template-shop minimalist one-pager; headline above a letter-spaced name split over
// two lines, a "core competencies" grid, short date forms ('18 – '22, Summer 2019, 2024 – pres.), contact only in the
// page footer.
export function spacedNameFooter(p: Person): string {
  const mixed = p.language === 'mixed';
  const trad = p.id === 'p13';
  const period = (j: Job) => j.season ?? (j.end ? `${fd(j.start, 'Mon YYYY')} – ${fd(j.end, 'Mon YYYY')}` : `${fd(j.start, 'Mon YYYY')} – pres.`);
  let nameHtml: string;
  if (p.language === 'en') nameHtml = `<div class="nm g">${e(p.given)}</div><div class="nm f">${e(p.family)}</div>`;
  else {
    const { given, family: fam } = latinParts(p);
    nameHtml = `<div class="nm zh">${[...p.name].join(' ')}</div><div class="nm g">${e(given)}</div><div class="nm f">${e(fam.charAt(0) + fam.slice(1).toLowerCase())}${p.postNominals ? `<span class="pn">${e(p.postNominals)}</span>` : ''}</div>`;
  }
  const H = (en: string, zh: string, tw: string) => (mixed ? `${en} <span class="z">${trad ? tw : zh}</span>` : en);
  const jobs = desc(p.jobs).map((j) => `<div class="job"><div class="row"><div><b>${e(j.title)}</b> · ${e(j.company)}<span class="town">, ${e(j.town ?? '')}</span></div><div class="d">${e(period(j))}</div></div>
    <ul>${j.bullets.map((b) => `<li>${e(b)}</li>`).join('')}</ul>${j.clients ? `<div class="cl">${j.clients.map((c) => `<span>${e(c.period)} — ${e(c.name)}: ${e(c.what)}</span>`).join('')}</div>` : ''}</div>`).join('');
  const contact = [p.email, p.phone.local, p.town, p.pronouns].filter(Boolean).map((x) => e(x!)).join(' &nbsp;·&nbsp; ');
  const css = `
  body{padding-bottom:14mm}
  .hl{font-size:8.5pt;letter-spacing:.28em;text-transform:uppercase;color:#8a6d3b}
  .nm{font-variant:small-caps;letter-spacing:.32em;line-height:1.05}
  .nm.g{font-size:20pt;color:#333;margin-top:6px} .nm.f{font-size:27pt;font-weight:bold;color:#111;text-transform:uppercase}
  .nm.zh{font-size:24pt;letter-spacing:.5em;margin-top:6px}
  .pn{font-size:10pt;letter-spacing:.1em;margin-left:10px;color:#8a6d3b;text-transform:none}
  .intro{margin:8px 0 4px;color:#444;max-width:150mm}
  h2{font-size:8.8pt;letter-spacing:.3em;text-transform:uppercase;color:#8a6d3b;margin:11px 0 5px;font-weight:normal;border-top:1px solid #cbb88f;padding-top:4px}
  .z{letter-spacing:.1em}
  .cc{display:grid;grid-template-columns:repeat(4,1fr);gap:3px 10px} .cc div:before{content:"— ";color:#cbb88f}
  .job{margin-bottom:6px} .row{display:flex;justify-content:space-between;gap:12px} .d{white-space:nowrap;font-style:italic;color:#555}
  .town{color:#666} .cl span{display:block;font-size:8.8pt;color:#444;padding-left:1.15em}
  .foot{position:fixed;bottom:0;left:0;right:0;border-top:1px solid #cbb88f;padding-top:4px;text-align:center;font-size:8.8pt;letter-spacing:.05em;color:#333;background:#fff}`;
  const body = `<div class="hl">${e(p.headline)}</div>${nameHtml}<p class="intro">${e(p.summary)}</p>
  <h2>${H('Core competencies', '核心能力', '核心能力')}</h2><div class="cc">${p.skills.map((s) => `<div>${e(s.printed)}</div>`).join('')}</div>
  <h2>${H('Experience', '工作经历', '工作經驗')}</h2>${jobs}
  <h2>${H('Education', '教育', '學歷')}</h2>${p.education.map((x) => `<div class="row"><div><b>${e(x.degree)}</b> · ${e(x.school)}</div><div class="d">${fd(x.start, 'YYYY')} – ${fd(x.end, 'YYYY')}</div></div>`).join('')}
  <h2>${H('Languages &amp; licences', '语言与证书', '語言及證書')}</h2><p>${p.languages.map(e).join(' · ')}</p><p>${p.certificates.map(e).join(' · ')}</p>
  <div class="foot">${contact}</div>`;
  return htmlPage(htmlLang(p), css, body, fontFor(p));
}

// ---------------------------------------------------------------------------------------------------------------
// clinical-grades (single): nursing CV: name with post-nominals / 职称, registration line, experience grouped by
// hospital with the grade steps and WTE, leave rows, clinical skills in labelled groups, referees with phones.
export function clinicalGrades(p: Person): string {
  const zh = p.language === 'zh';
  const st: DS = zh ? '年月' : 'Mon YYYY';
  const present = zh ? '至今' : 'present';
  const sep = zh ? '—' : ' – ';
  const groups = byEmployer(p.jobs);
  const exp = groups.map((g) => `<div class="emp"><div class="en">${e(g.company)}<span class="tw">${e(g.town ?? '')}</span></div>
    ${g.roles.map((j) => `<div class="grade"><div class="gt"><b>${e(j.title)}</b>${j.load ? ` <span class="wte">${e(j.load)}</span>` : ''}</div><div class="gd">${jr(j, st, present, sep)}</div></div>
    <ul>${j.bullets.map((b) => `<li>${e(b)}</li>`).join('')}</ul>
    ${p.breaks.filter((b) => j.start <= b.start && (j.end ?? '9999') >= b.end).map((b) => `<div class="grade leave"><div class="gt">${e(b.label)}</div><div class="gd">${rng(b.start, b.end, st, '', sep)}</div></div>`).join('')}`).join('')}</div>`).join('');
  const sk = new Map<string, string[]>();
  for (const s of p.skills) {
    const g = s.group ?? (/[A-Za-z]/.test(s.printed) ? '办公软件' : '专科护理');
    if (!sk.has(g)) sk.set(g, []);
    sk.get(g)!.push(e(s.printed));
  }
  const reg = zh ? p.certificates[0] : p.certificates[0];
  const css = `
  .hd{display:flex;justify-content:space-between;gap:14px;border-bottom:3px solid #2a7f7a;padding-bottom:6px}
  h1{font-size:19pt;color:#1f5f5b} .pn{font-size:10.5pt;color:#2a7f7a;margin-top:1px} .reg{font-size:9pt;margin-top:3px;color:#444}
  .ct{font-size:8.8pt;text-align:right;line-height:1.45;white-space:nowrap}
  h2{font-size:10.5pt;color:#fff;background:#2a7f7a;padding:2px 6px;margin:9px 0 4px}
  .emp{margin-bottom:6px} .en{font-weight:bold;font-size:10.2pt;border-bottom:1px dotted #2a7f7a} .tw{font-weight:normal;color:#666;margin-left:8px;font-size:9pt}
  .grade{display:flex;justify-content:space-between;margin-top:3px} .gd{white-space:nowrap;color:#333} .wte{font-size:8.5pt;color:#2a7f7a;border:1px solid #2a7f7a;border-radius:6px;padding:0 4px}
  .leave{font-style:italic;color:#666}
  .sk div{margin-bottom:2px} .refs{display:grid;grid-template-columns:1fr 1fr;gap:8px;font-size:9pt}`;
  const body = `<div class="hd"><div><h1>${e(p.name)}</h1><div class="pn">${zh ? e(p.headline) : e(p.postNominals!)}</div><div class="reg">${e(reg)}</div></div>
  <div class="ct">${zh ? '手机' : 'Mobile'}: ${e(p.phone.local)}<br>${zh ? '邮箱' : 'Email'}: ${e(p.email)}<br>${e(p.others[0].label)}: ${e(p.others[0].number)}${zh ? '' : ' (work)'}<br>${e(p.address)}</div></div>
  <h2>${zh ? '个人简介' : 'Professional profile'}</h2><p>${e(p.summary)}</p>
  <h2>${zh ? '临床工作经历' : 'Clinical experience'}</h2>${exp}
  <h2>${zh ? '专业技能' : 'Clinical skills &amp; competencies'}</h2><div class="sk">${[...sk].map(([g, l]) => `<div><b>${e(g)}${zh ? '：' : ':'}</b> ${l.join(zh ? '、' : '; ')}</div>`).join('')}</div>
  <h2>${zh ? '教育背景' : 'Education'}</h2>${p.education.map((x) => `<div class="grade"><div class="gt"><b>${e(x.degree)}</b>, ${e(x.school)}</div><div class="gd">${rng(x.start, x.end, st, '', sep)}</div></div>`).join('')}
  <h2>${zh ? '资格证书' : 'Registration &amp; certification'}</h2><p>${p.certificates.map(e).join(zh ? '；' : ' · ')}</p><p>${zh ? '语言：' : 'Languages: '}${p.languages.map(e).join(zh ? '、' : ', ')}</p>
  <h2>${zh ? '证明人' : 'Referees'}</h2><div class="refs">${p.referees.map((r) => `<div><b>${e(r.name)}</b><br>${e(r.role)}<br>${e(r.phone)}${r.email ? ` · ${e(r.email)}` : ''}</div>`).join('')}</div>`;
  return htmlPage(htmlLang(p), css, body, fontFor(p));
}

// ---------------------------------------------------------------------------------------------------------------
// returner-profile (single): NZ returner's CV: kicker line, name, a "kia ora" profile whose last sentence carries
// the phone and e-mail, teaching history with a career-break row and "2023 (maternity cover)", a "Tools I use" line.
export function returnerProfile(p: Person): string {
  const rows = desc([...p.jobs]);
  const items: { start: string; html: string }[] = rows.map((j) => ({
    start: j.start,
    html: `<div class="r"><div class="d">${j.season ? e(j.season) : jr(j, 'Mon YYYY', 'now')}</div><div><b>${e(j.title)}</b> — ${e(j.company)}, ${e(j.town ?? '')}${j.load ? ` (${e(j.load)})` : ''}<ul>${j.bullets.map((b) => `<li>${e(b)}</li>`).join('')}</ul></div></div>`,
  }));
  for (const b of p.breaks) items.push({ start: b.start, html: `<div class="r brk"><div class="d">${rng(b.start, b.end, 'Mon YYYY', '')}</div><div><b>${e(b.label)}</b> – raising our three tamariki; kept up my registration, marked NCEA externals (2020–2021) and volunteered at kōhanga reo.</div></div>` });
  items.sort((a, b) => (a.start < b.start ? 1 : -1));
  const tools = p.skills.filter((s) => ['Google Classroom', 'Hero', 'Canva'].includes(s.printed));
  const strengths = p.skills.filter((s) => !tools.includes(s));
  const css = `
  .k{font-size:9pt;letter-spacing:.2em;color:#0b6e4f;text-transform:uppercase}
  h1{font-size:22pt;color:#0b3d2e;margin:2px 0 6px;font-weight:normal}
  .intro{font-size:10.2pt;background:#eef6f2;padding:8px 10px;border-radius:4px}
  h2{font-size:11pt;color:#0b6e4f;margin:12px 0 5px}
  .r{display:grid;grid-template-columns:36mm 1fr;gap:8px;margin-bottom:5px} .d{color:#0b3d2e;font-weight:bold;font-size:9pt}
  .brk{background:#fbf6e9;padding:3px 0}
  .pill{display:inline-block;border:1px solid #0b6e4f;border-radius:10px;padding:0 7px;margin:0 4px 3px 0;font-size:9pt}`;
  const body = `<div class="k">Curriculum vitae · secondary teaching</div><h1>${e(p.name)}</h1>
  <p class="intro">Kia ora – ko Mereana tōku ingoa. ${e(p.summary)} I am looking for a permanent English or te reo Māori position in the Waikato from Term 1 2027. I’d love to korero: ring or text me on ${e(p.phone.local)}, or email ${e(p.email)}.</p>
  <h2>Teaching history</h2>${items.map((i) => i.html).join('')}
  <h2>What I bring</h2><p>${strengths.map((s) => `<span class="pill">${e(s.printed)}</span>`).join('')}</p>
  <p style="margin-top:4px"><b>Tools I use:</b> ${tools.map((s) => e(s.printed)).join(', ')}.</p>
  <h2>Qualifications</h2>${p.education.map((x) => `<div class="r"><div class="d">${fd(x.end, 'YYYY')}</div><div>${e(x.degree)}, ${e(x.school)}</div></div>`).join('')}
  <p>${p.certificates.map(e).join(' · ')} · Languages: ${p.languages.map(e).join(', ')}</p>
  <h2>Referees</h2>${p.referees.map((r) => `<p>${e(r.name)}, ${e(r.role)} – ${e(r.phone)}</p>`).join('')}`;
  return htmlPage('en-NZ', css, body, fontFor(p));
}

// ---------------------------------------------------------------------------------------------------------------
// redseal-hours (single): Canadian trades résumé whose first line is the trade headline, with hours per apprenticeship
// period, tickets, skills in prose, cell vs home numbers.
export function redsealHours(p: Person): string {
  const trade = desc(p.jobs.filter((j) => j.start >= '2014-09'));
  const before = desc(p.jobs.filter((j) => j.start < '2014-09'));
  const job = (j: Job) => `<div class="j"><div class="jh"><div><b>${e(j.title)}</b> — ${e(j.company)}, ${e(j.town ?? '')}</div><div class="d">${jr(j, 'Mon. YYYY', 'Present')}</div></div>${j.load ? `<div class="hrs">${e(j.load)}</div>` : ''}<ul>${j.bullets.map((b) => `<li>${e(b)}</li>`).join('')}</ul></div>`;
  const css = `
  .hl{background:#1b1b1b;color:#ffd23f;font-weight:bold;font-size:12.5pt;padding:6px 8px;letter-spacing:.03em}
  h1{font-size:17pt;margin:6px 0 1px} .ct{font-size:9.2pt;color:#333}
  h2{font-size:10.5pt;text-transform:uppercase;border-bottom:2px solid #ffd23f;margin:10px 0 4px}
  .j{margin-bottom:5px} .jh{display:flex;justify-content:space-between;gap:10px} .d{white-space:nowrap;font-weight:bold}
  .hrs{font-size:8.8pt;color:#555} .tk{columns:2;column-gap:16px} .tk li{break-inside:avoid}`;
  const body = `<div class="hl">${e(p.headline.toUpperCase())}</div><h1>${e(p.name)}</h1>
  <div class="ct">${e(p.town)} · Cell ${e(p.phone.local)} · Home ${e(p.others[0].number)} · ${e(p.email)} · Class 5 licence, own truck &amp; tools</div>
  <p style="margin-top:5px">${e(p.summary)}</p>
  <h2>Tickets &amp; certifications</h2><ul class="tk">${p.certificates.map((c) => `<li>${e(c)}</li>`).join('')}</ul>
  <h2>Skills</h2><p>${e(p.skillsProse)}</p>
  <h2>Work history – electrical</h2>${trade.map(job).join('')}<p style="font-size:9pt"><b>Apprenticeship hours logged:</b> 7,330 (AIT record book, periods 1–4)</p>
  <h2>Before the trade – kitchens</h2>${before.map(job).join('')}
  <h2>Training</h2>${p.education.map((x) => `<div class="jh"><div>${e(x.degree)}, ${e(x.school)}</div><div class="d">${rng(x.start, x.end, 'Mon. YYYY', '')}</div></div>`).join('')}
  <h2>References</h2>${p.referees.map((r) => `<p>${e(r.name)}, ${e(r.role)} — ${e(r.phone)}</p>`).join('')}<p>Languages: ${p.languages.map(e).join(', ')}</p>`;
  return htmlPage('en-CA', css, body, fontFor(p));
}

// ---------------------------------------------------------------------------------------------------------------
// zh-chushi (single): 厨师 简历: 应聘岗位 line before the name, 厨龄, skills as one sentence, 代表菜品 (not skills),
// seasonal job with 冬季, a 待业 line, contact only at the end with 微信同号.
export function zhChushi(p: Person): string {
  const rows = desc(p.jobs).map((j) => `<div class="j"><div class="jh"><span class="d">${jr(j, '年月', '至今', '—')}${j.season ? `<small>（${e(j.season)}）</small>` : ''}</span><span class="c">${e(j.company)}</span><span class="t">${e(j.title)}</span></div><div class="w">${j.bullets.map(e).join('；')}。</div></div>`).join('');
  const css = `
  .ap{font-size:10pt;color:#b22;border-left:4px solid #b22;padding-left:6px}
  .title{text-align:center;font-size:20pt;letter-spacing:.6em;margin:6px 0 2px;color:#333}
  .who{text-align:center;font-size:12pt;margin-bottom:6px} .who b{font-size:15pt}
  h2{font-size:11pt;background:#f3e3d3;color:#7a3410;padding:2px 8px;margin:10px 0 4px}
  .j{margin-bottom:5px} .jh{display:grid;grid-template-columns:74mm 1fr 44mm;gap:6px;font-weight:bold} .jh .d small{font-weight:normal;color:#7a3410} .w{padding-left:4mm;color:#333}
  table.b{border-collapse:collapse;width:100%} table.b td{padding:2px 4px}`;
  const body = `<div class="ap">应聘岗位：厨师长 / 行政总厨　　期望城市：长沙、广州　　到岗时间：一个月内</div>
  <div class="title">个人简历</div><div class="who"><b>${e(p.name)}</b>　｜　中式烹调师（高级技师）　｜　厨龄 18 年</div>
  <h2>基本情况</h2><table class="b"><tr><td>性别：男</td><td>年龄：36 岁</td><td>籍贯：湖南湘潭</td><td>现居：${e(p.town)}</td></tr><tr><td>学历：中专</td><td>身高：175 cm</td><td>婚否：已婚</td><td>健康证：有</td></tr></table>
  <h2>擅长与技能</h2><p>${e(p.skillsProse)}</p><p style="margin-top:3px;color:#555">代表菜品：剁椒鱼头、小炒黄牛肉、蜜汁叉烧、白切鸡、湘味酱板鸭。</p>
  <h2>工作经历</h2>${rows}<p style="color:#666">2023年7月：待业一个月（举家搬回长沙）。</p>
  <h2>教育与证书</h2>${p.education.map((x) => `<p>${rng(x.start, x.end, '年月', '', '—')}　${e(x.school)}　${e(x.degree)}</p>`).join('')}<p>${p.certificates.map(e).join('；')}</p><p>语言：${p.languages.map(e).join('、')}</p>
  <h2>自我评价</h2><p>从学徒干起，能吃苦，熟悉大型宴会出品流程和成本核算，带过十几人的厨房团队。</p>
  <h2>证明人</h2>${p.referees.map((r) => `<p>${e(r.name)}（${e(r.role)}）电话：${e(r.phone)}</p>`).join('')}
  <h2>联系方式</h2><p>手机：${e(p.phone.local)}（微信同号）　　邮箱：${e(p.email)}</p>`;
  return htmlPage('zh-CN', css, body, fontFor(p));
}

// ---------------------------------------------------------------------------------------------------------------
// ke-cv-of (single): East-African academic CV titled "CURRICULUM VITAE OF DR. …", current appointments (concurrent)
// then previous ones, full month names, research skills in prose, referees, contact address at the end.
export function keCvOf(p: Person): string {
  const cur = desc(p.jobs.filter((j) => !j.end));
  const prev = desc(p.jobs.filter((j) => j.end));
  const ap = (j: Job) => `<div class="a"><div class="d">${jr(j, 'Month YYYY', 'to date')}</div><div><b>${e(j.title)}</b>, ${e(j.company)}, ${e(j.town ?? '')}<ul>${j.bullets.map((b) => `<li>${e(b)}</li>`).join('')}</ul></div></div>`;
  const css = `
  .t{text-align:center;font-size:13pt;font-weight:bold;text-decoration:underline;margin:4mm 0 2mm;font-family:'Liberation Serif',serif}
  body{font-family:'Liberation Serif',serif;font-size:10.5pt}
  h2{font-size:10.5pt;text-transform:uppercase;margin:10px 0 4px;text-decoration:underline}
  .a{display:grid;grid-template-columns:48mm 1fr;gap:6px;margin-bottom:4px} .d{font-weight:bold}
  dl{display:grid;grid-template-columns:48mm 1fr}`;
  const body = `<div class="t">CURRICULUM VITAE OF DR. ${e(p.name.toUpperCase())}, PhD</div>
  <h2>Personal details</h2><dl><dt>Date of birth</dt><dd>3rd March 1983</dd><dt>Nationality</dt><dd>Kenyan</dd><dt>Marital status</dt><dd>Married</dd><dt>Current position</dt><dd>${e(p.headline)}</dd></dl>
  <h2>Profile</h2><p>${e(p.summary)}</p>
  <h2>Current appointments</h2>${cur.map(ap).join('')}
  <h2>Previous appointments</h2>${prev.map(ap).join('')}
  <h2>Research and analytical skills</h2><p>${e(p.skillsProse)}</p>
  <h2>Academic qualifications</h2>${p.education.map((x) => `<div class="a"><div class="d">${rng(x.start, x.end, 'YYYY', '')}</div><div>${e(x.degree)}, ${e(x.school)}</div></div>`).join('')}
  <h2>Professional registration</h2><p>${p.certificates.map(e).join('; ')}</p>
  <h2>Languages</h2><p>${p.languages.map(e).join(', ')}</p>
  <h2>Referees</h2>${p.referees.map((r) => `<p>${e(r.name)}, ${e(r.role)}, Mt. Kenya Highlands University / Nairobi. Tel. ${e(r.phone)}${r.email ? `, ${e(r.email)}` : ''}</p>`).join('')}
  <h2>Contact address</h2><p>${e(p.address)}<br>Mobile: ${e(p.phone.intl)} · E-mail: ${e(p.email)}<br>${e(p.others[0].label)}: ${e(p.others[0].number)}</p>`;
  return htmlPage('en-KE', css, body, fontFor(p, true));
}

// ---------------------------------------------------------------------------------------------------------------
// tw-yingzheng (single): Taiwanese 履歷 that opens with 應徵職務, then "應徵者 林佳蓉（英文名）", firm blocks with
// 晉升 lines "2016年9月～2019年6月", 專長 as prose, 聯絡方式 at the end next to the company switchboard.
export function twYingzheng(p: Person): string {
  const groups = byEmployer(p.jobs);
  const st: DS = '年月';
  const css = `
  .yz{font-size:10pt;background:#223a5e;color:#fff;padding:4px 10px;display:inline-block}
  .who{margin:8px 0 4px;font-size:12pt} .who b{font-size:18pt;letter-spacing:.15em} .badge{border:1px solid #223a5e;color:#223a5e;font-size:9pt;padding:0 5px;margin-left:8px}
  h2{font-size:11pt;color:#223a5e;border-bottom:1px solid #223a5e;margin:10px 0 4px;padding-bottom:1px}
  .f{margin-bottom:6px} .fh{display:flex;justify-content:space-between;font-weight:bold} .role{display:flex;justify-content:space-between;padding-left:5mm;margin-top:2px} .d{white-space:nowrap;color:#444}`;
  const body = `<div class="yz">應徵職務：資深財務經理／財務長</div>
  <div class="who">應徵者　<b>${e(p.name)}</b>（${e(p.latin!)}）<span class="badge">會計師</span></div><p>${e(p.summary)}</p>
  <h2>工作經歷</h2>${groups.map((g) => {
    const first = g.roles[g.roles.length - 1];
    const last = g.roles[0];
    return `<div class="f"><div class="fh"><span>${e(g.company)}（${e(g.town ?? '')}）</span><span class="d">${rng(first.start, last.end, st, '現在', '～')}</span></div>
    ${g.roles.map((j) => `<div class="role"><span>${e(j.title)}${g.roles.length > 1 && j === g.roles[0] && j.end ? '（晉升）' : ''}：${j.bullets.map(e).join('；')}</span><span class="d">${jr(j, st, '現在', '～')}</span></div>`).join('')}</div>`;
  }).join('')}
  <h2>專長</h2><p>${e(p.skillsProse)}</p>
  <h2>學歷</h2>${p.education.map((x) => `<p>${e(x.school)}　${e(x.degree)}（${rng(x.start, x.end, st, '', '～')}）</p>`).join('')}
  <h2>證照與語言</h2><p>${p.certificates.map(e).join('、')}；${p.languages.map(e).join('、')}</p>
  <h2>推薦人</h2>${p.referees.map((r) => `<p>${e(r.name)}（${e(r.role)}）${e(r.phone)}</p>`).join('')}
  <h2>聯絡方式</h2><p>手機：${e(p.phone.local)}　Email：${e(p.email)}<br><span style="color:#666">${e(p.others[0].label)}：${e(p.others[0].number)}（上班時間請勿來電）</span></p>`;
  return htmlPage('zh-TW', css, body, fontFor(p));
}

// ---------------------------------------------------------------------------------------------------------------
// zh-wangke-profile (single): a lecturer's one-page 讲师介绍 styled like an online-course platform profile: platform
// bar, "主讲老师：周文博" card with the assistant's 商务合作 number, skill tags, 个人履历 with the 自由职业 line and its
// 合作机构 (not jobs), own phone and e-mail only in the last line.
export function zhWangke(p: Person): string {
  const rows = desc(p.jobs).map((j) => `<div class="r"><div class="d">${jr(j, 'YYYY.MM', '至今', '—')}</div><div><b>${e(j.company)}</b>　${e(j.title)}<div class="w">${j.bullets.map(e).join('；')}</div>
    ${j.clients ? `<div class="cl">合作机构：${j.clients.map((c) => `<div>· ${e(c.name)}（${e(c.period)}）${e(c.what)}</div>`).join('')}</div>` : ''}</div></div>`).join('');
  const css = `
  .bar{display:flex;justify-content:space-between;align-items:center;background:#1e88e5;color:#fff;padding:6px 10px;font-size:10pt}
  .bar b{font-size:12pt}
  .card{display:flex;gap:12px;border:1px solid #cfe3f7;padding:10px;margin:8px 0;background:#f5faff}
  .av{border-radius:50%;overflow:hidden;width:64px;height:64px;flex:none}
  .nm{font-size:16pt;font-weight:bold} .tg span{display:inline-block;background:#e3f0fd;color:#1565c0;border-radius:3px;padding:0 6px;margin:3px 4px 0 0;font-size:9pt}
  .biz{margin-left:auto;font-size:9pt;color:#555;text-align:right}
  h2{font-size:11pt;color:#1565c0;border-left:4px solid #1e88e5;padding-left:6px;margin:10px 0 5px}
  .r{display:grid;grid-template-columns:36mm 1fr;gap:6px;margin-bottom:5px} .d{color:#1565c0;font-weight:bold} .w{color:#444} .cl{font-size:9pt;color:#444;margin-top:2px}`;
  const body = `<div class="bar"><b>长江云课堂 · 讲师介绍</b><span>高中物理 ｜ 直播 · 录播</span></div>
  <div class="card"><div class="av">${silhouetteSvg(64, 64)}</div><div><div>主讲老师：<span class="nm">${e(p.name)}</span></div><div class="tg"><span>教龄 13 年</span><span>中学一级教师</span><span>前公办高中教研组长</span></div></div>
  <div class="biz">商务合作 / 排课：<br>${e(p.others[0].label.replace('商务合作（', '').replace('）', ''))} ${e(p.others[0].number)}</div></div>
  <h2>讲师简介</h2><p>${e(p.summary)}</p>
  <h2>擅长与技能</h2><div class="tg">${p.skills.map((s) => `<span>${e(s.printed)}</span>`).join('')}</div>
  <h2>个人履历</h2>${rows}
  <h2>教育背景</h2>${p.education.map((x) => `<div class="r"><div class="d">${rng(x.start, x.end, 'YYYY.MM', '', '—')}</div><div>${e(x.school)}　${e(x.degree)}</div></div>`).join('')}
  <h2>资质</h2><p>${p.certificates.map(e).join('；')}；${p.languages.map(e).join('、')}</p>
  <p style="margin-top:10px;border-top:1px dashed #90caf9;padding-top:5px">联系讲师本人：${e(p.phone.local)} ｜ ${e(p.email)}</p>`;
  return htmlPage('zh-CN', css, body, fontFor(p));
}

// ===============================================================================================================
// TABLE layouts (Chromium)

// registration-table (table): health / social-care professional's table CV: caption row "个人简历——张晓燕" /
// "Curriculum Vitae — 陳嘉怡", registration grid first, then contact row, employment grid with a 用工性质 / Mode
// column and leave rows, competencies grid, education, referees.
export function registrationTable(p: Person): string {
  const zh = p.language === 'zh';
  const st: DS = zh ? 'YYYY.MM' : 'MM/YYYY';
  const present = zh ? '至今' : 'present 至今';
  const mode = (j: Job) => (zh ? (j.kind === 'pt' ? '兼职' : j.company.includes('康宁') ? '合同制' : '在编') : j.kind === 'pt' ? 'Part-time 兼職' : 'Full-time 全職');
  const rows: { s: string; h: string }[] = desc(p.jobs).map((j) => ({ s: j.start, h: `<tr><td class="d">${jr(j, st, present, '—')}</td><td>${e(j.company)}</td><td>${e(j.title)}</td><td>${mode(j)}</td><td>${j.bullets.map(e).join('；')}</td></tr>` }));
  for (const b of p.breaks) rows.push({ s: b.start, h: `<tr class="lv"><td class="d">${rng(b.start, b.end, st, '', '—')}</td><td colspan="4">${e(b.label)}（在职休假）</td></tr>` });
  rows.sort((a, b) => (a.s < b.s ? 1 : -1));
  const cells = p.skills.map((s) => `<td>${e(s.printed)}</td>`);
  const skillRows: string[] = [];
  for (let i = 0; i < cells.length; i += 4) skillRows.push(`<tr>${cells.slice(i, i + 4).join('')}${'<td></td>'.repeat(Math.max(0, 4 - cells.slice(i, i + 4).length))}</tr>`);
  const L = (en: string, z: string) => (zh ? z : `${en} ${z}`);
  const reg = zh
    ? `<tr><th>注册类别</th><th>证书编号</th><th>首次注册</th><th>有效期至</th></tr><tr><td>护士执业注册（成都市卫健委）</td><td>201251001234</td><td>2012.09</td><td>2027.09</td></tr><tr><td>专科护士（PICC）</td><td>川护学 2018-0417</td><td>2018.11</td><td>长期</td></tr>`
    : `<tr><th>Register 註冊</th><th>No. 編號</th><th>First registered</th><th>Valid to</th></tr><tr><td>Social Workers Registration Board (RSW)</td><td>S12-0458/13</td><td>08/2013</td><td>01/2027</td></tr>`;
  const css = `
  table{border-collapse:collapse;width:100%;margin-bottom:6px;font-size:9.2pt} td,th{border:1px solid #6b7b8c;padding:3px 5px;vertical-align:top;text-align:left}
  th{background:#e3eaf1;font-weight:bold} caption{text-align:left;font-size:14pt;font-weight:bold;padding:0 0 5px;color:#21405e}
  .sec td{background:#21405e;color:#fff;font-weight:bold} .d{white-space:nowrap} .lv td{background:#f5f5f5;font-style:italic}
  .lab{background:#e3eaf1;width:22mm;font-weight:bold}`;
  const body = `<table><caption>${zh ? `个人简历——${e(p.name)}` : `Curriculum Vitae — ${p.name} ${e(p.latin!)}, RSW`}</caption>
  <tr class="sec"><td colspan="4">${L('Professional registration', zh ? '执业注册' : '專業註冊')}</td></tr>${reg}</table>
  <table><tr class="sec"><td colspan="6">${L('Contact', zh ? '联系方式' : '聯絡方法')}</td></tr>
  <tr><td class="lab">${L('Mobile', zh ? '手机' : '手提')}</td><td>${e(p.phone.local)}</td><td class="lab">${L('Email', zh ? '邮箱' : '電郵')}</td><td>${e(p.email)}</td><td class="lab">${zh ? '科室电话' : 'Office 辦公室'}</td><td>${e(p.others[0].number)}</td></tr>
  <tr><td class="lab">${L('Address', zh ? '现住址' : '地址')}</td><td colspan="5">${e(p.address)}</td></tr></table>
  <table><tr class="sec"><td colspan="5">${L('Employment', zh ? '工作经历' : '工作經驗')}</td></tr>
  <tr><th>${L('Period', zh ? '起止时间' : '時期')}</th><th>${L('Organisation', zh ? '单位' : '機構')}</th><th>${L('Post / rank', zh ? '职务/职称' : '職位')}</th><th>${L('Mode', zh ? '用工性质' : '性質')}</th><th>${L('Main duties', zh ? '主要工作' : '主要職務')}</th></tr>${rows.map((r) => r.h).join('')}</table>
  <table><tr class="sec"><td colspan="4">${L('Competencies', zh ? '专业能力' : '專業技能')}</td></tr>${skillRows.join('')}</table>
  <table><tr class="sec"><td colspan="3">${L('Education', zh ? '教育背景' : '學歷')}</td></tr>${p.education.map((x) => `<tr><td class="d">${rng(x.start, x.end, st, '', '—')}</td><td>${e(x.school)}</td><td>${e(x.degree)}</td></tr>`).join('')}
  <tr><td class="lab">${L('Languages', zh ? '语言' : '語言')}</td><td colspan="2">${p.languages.map(e).join('；')}</td></tr>
  <tr><td class="lab">${L('Certificates', zh ? '证书' : '證書')}</td><td colspan="2">${p.certificates.map(e).join('；')}</td></tr></table>
  <table><tr class="sec"><td colspan="3">${L('Referees', zh ? '证明人' : '證明人')}</td></tr>${p.referees.map((r) => `<tr><td>${e(r.name)}</td><td>${e(r.role)}</td><td class="d">${e(r.phone)}</td></tr>`).join('')}</table>`;
  return htmlPage(htmlLang(p), css, body, fontFor(p));
}

// contract-ledger (table): freelancer's table CV headed "CV – name" / "简历｜name": employment table with a Type
// column (self-employed / part-time), a separate contract log of clients by quarter (not jobs), tool table.
export function contractLedger(p: Person): string {
  const zh = p.language === 'zh';
  const st: DS = zh ? 'YYYY.MM' : 'MM/YYYY';
  const self = p.jobs.find((j) => j.kind === 'self')!;
  const type = (j: Job) => (zh ? (j.kind === 'self' ? '自雇' : j.kind === 'pt' ? '兼职' : '全职') : j.kind === 'self' ? 'Self-employed 自雇' : j.kind === 'pt' ? 'Part-time 兼职' : 'Permanent 全职');
  const L = (en: string, z: string) => (zh ? z : `${en} · ${z}`);
  const css = `
  h1{font-size:15pt;margin-bottom:4px} .sub{color:#555;margin-bottom:6px}
  table{border-collapse:collapse;width:100%;margin:3px 0 8px;font-size:9.2pt} td,th{border:1px solid #999;padding:3px 5px;vertical-align:top;text-align:left}
  th{background:#f0ede4} h2{font-size:10.5pt;margin:8px 0 2px;color:#5a4a1e} .d{white-space:nowrap}
  .ct td{border:none;padding:1px 8px 1px 0} .ct{width:auto}`;
  const body = `<h1>${zh ? `简历｜${e(p.name)}` : `CV – ${p.name} (${e(p.latin!)})`}</h1><div class="sub">${e(p.headline)}</div>
  <table class="ct"><tr><td><b>${zh ? '手机' : 'Mobile'}</b> ${e(p.phone.intl)}</td><td><b>${zh ? '邮箱' : 'Email'}</b> ${e(p.email)}</td><td><b>${zh ? '城市' : 'Base'}</b> ${e(p.town)}</td></tr>
  <tr><td colspan="3" style="color:#666">${zh ? '排课与合作请找' : 'Placements via'}: ${e(p.others[0].label)} ${e(p.others[0].number)}</td></tr></table>
  <h2>${L('Employment', '工作经历')}</h2><table><tr><th>${L('Period', '时间')}</th><th>${L('Employer', '单位')}</th><th>${L('Role', '职位')}</th><th>${L('Type', '性质')}</th></tr>
  ${desc(p.jobs).map((j) => `<tr><td class="d">${jr(j, st, zh ? '至今' : 'present')}</td><td>${e(j.company)}</td><td>${e(j.title)}</td><td>${type(j)}</td></tr>`).join('')}</table>
  <h2>${L('Contract log (clients while self-employed)', '自由职业期间合作项目')}</h2><table><tr><th>${L('When', '时间')}</th><th>${L('Client', '客户')}</th><th>${L('Engagement', '内容')}</th></tr>
  ${self.clients!.map((c) => `<tr><td class="d">${e(c.period)}</td><td>${e(c.name)}</td><td>${e(c.what)}</td></tr>`).join('')}</table>
  <h2>${L('Skills & tools', '技能')}</h2><table><tr>${p.skills.slice(0, 4).map((s) => `<td>${e(s.printed)}</td>`).join('')}</tr><tr>${p.skills.slice(4).map((s) => `<td>${e(s.printed)}</td>`).join('')}${'<td></td>'.repeat(Math.max(0, 4 - p.skills.slice(4).length))}</tr></table>
  <h2>${L('Education', '教育背景')}</h2><table>${p.education.map((x) => `<tr><td class="d">${rng(x.start, x.end, st, '')}</td><td>${e(x.school)}</td><td>${e(x.degree)}</td></tr>`).join('')}</table>
  <h2>${L('Languages & certificates', '语言与证书')}</h2><table><tr><td>${p.languages.map(e).join('；')}</td><td>${p.certificates.map(e).join('；')}</td></tr></table>
  <h2>${L('Highlights per role', '工作内容')}</h2><table>${desc(p.jobs).map((j) => `<tr><td style="width:48mm">${e(j.title)}</td><td>${j.bullets.map(e).join('；')}</td></tr>`).join('')}</table>`;
  return htmlPage(htmlLang(p), css, body, fontFor(p));
}

// keyfacts-table (table): UK/SG table CV opening with a "Key facts" grid (name, availability, right to work, notice,
// licence, contact), an employment summary with a Type column (seasonal / part-time / attachment), skills with evidence.
export function keyfactsTable(p: Person): string {
  const mixed = p.language === 'mixed';
  const st: DS = 'Mon YYYY';
  const type = (j: Job) => ({ pt: 'Part-time', seasonal: 'Seasonal', intern: 'Industrial attachment', apprentice: 'Apprenticeship', self: 'Self-employed', cover: 'Fixed-term', ft: 'Full-time' } as const)[j.kind ?? 'ft'];
  const facts: [string, string][] = mixed
    ? [['Name 姓名', `${p.name} (${p.latin})`], ['Availability', '1 month notice'], ['Right to work', 'Singapore citizen'], ['NS status', p.particulars![0][1]], ['Mobile 手机', p.phone.intl], ['Email', p.email]]
    : [['Name', `${p.name} (${p.pronouns})`], ['Availability', 'From 1 March 2027 (one month notice)'], ['Right to work', 'UK citizen'], ['Driving', 'Full UK licence, own car'], ['Mobile', p.phone.local], ['Email', p.email]];
  const css = `
  h1{font-size:13pt;text-transform:uppercase;letter-spacing:.1em;color:#40306b;margin-bottom:5px}
  table{border-collapse:collapse;width:100%;margin-bottom:7px;font-size:9.2pt} td,th{border:1px solid #8f86ad;padding:3px 5px;text-align:left;vertical-align:top}
  th{background:#ece9f5} .k{background:#ece9f5;font-weight:bold;width:34mm} .cap td{background:#40306b;color:#fff;font-weight:bold;letter-spacing:.05em}
  .d{white-space:nowrap}`;
  const body = `<h1>${mixed ? 'Résumé · 简历' : 'Curriculum Vitae'}</h1>
  <table><tr class="cap"><td colspan="4">Key facts</td></tr>${[0, 2, 4].map((i) => `<tr><td class="k">${e(facts[i][0])}</td><td>${e(facts[i][1])}</td><td class="k">${e(facts[i + 1][0])}</td><td>${e(facts[i + 1][1])}</td></tr>`).join('')}</table>
  <table><tr class="cap"><td colspan="2">Profile</td></tr><tr><td colspan="2">${e(p.summary)}</td></tr></table>
  <table><tr class="cap"><td colspan="5">Employment summary${mixed ? ' 工作经历' : ''}</td></tr><tr><th>Period</th><th>Employer</th><th>Role</th><th>Type</th><th>Key duties</th></tr>
  ${desc(p.jobs).map((j) => `<tr><td class="d">${jr(j, st, 'Present')}</td><td>${e(j.company)}<br><small>${e(j.town ?? '')}</small></td><td>${e(j.title)}</td><td>${type(j)}</td><td>${j.bullets.map(e).join('; ')}</td></tr>`).join('')}</table>
  <table><tr class="cap"><td colspan="4">Skills${mixed ? ' 技能' : ''}</td></tr>${[0, 4].map((i) => `<tr>${[0, 1, 2, 3].map((k) => `<td>${p.skills[i + k] ? e(p.skills[i + k].printed) : ''}</td>`).join('')}</tr>`).join('')}</table>
  <table><tr class="cap"><td colspan="3">Education &amp; training</td></tr>${p.education.map((x) => `<tr><td class="d">${rng(x.start, x.end, st, '')}</td><td>${e(x.school)}</td><td>${e(x.degree)}</td></tr>`).join('')}</table>
  <table><tr class="cap"><td colspan="2">Licences, certificates &amp; languages</td></tr><tr><td>${p.certificates.map(e).join('<br>')}</td><td>${p.languages.map(e).join('<br>')}</td></tr></table>
  <table><tr class="cap"><td colspan="3">Referees</td></tr>${p.referees.map((r) => `<tr><td>${e(r.name)}</td><td>${e(r.role)}</td><td class="d">${e(r.phone)}</td></tr>`).join('')}</table>`;
  return htmlPage(htmlLang(p), css, body, fontFor(p));
}

// ===============================================================================================================
// TWO-COLUMN layouts (Chromium)

// float-aside (two-column): older float layout: a shaded aside floated left (contact, skills with levels, languages,
// certificates); main column with the name split over two small-caps lines and dates flush right.
export function floatAside(p: Person): string {
  const mixed = p.language === 'mixed';
  const st: DS = mixed ? 'MM/YYYY' : 'MM/YYYY';
  const present = mixed ? 'present' : 'today';
  const given = mixed ? latinParts(p).given : p.given;
  const fam = mixed ? latinParts(p).family : p.family;
  const css = `
  .aside{float:left;width:58mm;background:#eef1ec;padding:8px 9px;min-height:255mm;font-size:9pt}
  .main{margin-left:63mm}
  .aside h3{font-size:9.5pt;text-transform:uppercase;letter-spacing:.08em;color:#3d5a40;margin:9px 0 3px;border-bottom:1px solid #a9bba8}
  .aside h3:first-child{margin-top:0} .aside p{margin-bottom:2px}
  .pre{font-size:10pt;color:#3d5a40} .g{font-variant:small-caps;font-size:19pt;letter-spacing:.06em;line-height:1} .f{font-variant:small-caps;font-size:26pt;font-weight:bold;letter-spacing:.06em;line-height:1.05}
  .zh{font-size:15pt;color:#3d5a40;margin-top:2px}
  .hl{color:#555;margin:4px 0 8px}
  h2{font-size:10.5pt;color:#3d5a40;text-transform:uppercase;letter-spacing:.08em;margin:10px 0 4px;border-bottom:2px solid #3d5a40}
  .j{margin-bottom:6px} .jh{overflow:hidden} .jh .d{float:right;color:#555;margin-left:8px} .em{font-style:italic;color:#444}`;
  const aside = `<div class="aside"><h3>${mixed ? 'Contact 联系' : 'Contact'}</h3><p>${e(p.phone.intl)}</p><p>${e(p.email)}</p><p>${e(p.address)}</p>
  <h3>${mixed ? 'Skills 技能' : 'Competences'}</h3>${p.skills.map((s) => `<p>${e(s.printed)}${s.level ? ` – ${e(s.level)}` : ''}</p>`).join('')}
  <h3>${mixed ? 'Languages 语言' : 'Languages'}</h3>${p.languages.map((l) => `<p>${e(l)}</p>`).join('')}
  <h3>${mixed ? 'Licences' : 'Certificates'}</h3>${p.certificates.map((l) => `<p>${e(l)}</p>`).join('')}
  ${p.particulars ? `<h3>${mixed ? 'Particulars' : 'Personal'}</h3>${p.particulars.map(([k, v]) => `<p>${e(k)}: ${e(v)}</p>`).join('')}` : ''}</div>`;
  const main = `<div class="main">${p.prefix ? `<div class="pre">${e(p.prefix)}</div>` : ''}<div class="g">${e(given)}</div><div class="f">${e(fam)}${p.postNominals && !mixed ? `<span style="font-size:11pt;font-weight:normal">, ${e(p.postNominals)}</span>` : ''}</div>
  ${mixed ? `<div class="zh">${e(p.name)}</div>` : ''}<div class="hl">${e(p.headline)}</div><p>${e(p.summary)}</p>
  <h2>${mixed ? 'Experience 工作经历' : 'Experience'}</h2>${desc(p.jobs).map((j) => `<div class="j"><div class="jh"><span class="d">${jr(j, st, present)}</span><b>${e(j.title)}</b></div><div class="em">${e(j.company)}, ${e(j.town ?? '')}</div>
  <ul>${j.bullets.map((b) => `<li>${e(b)}</li>`).join('')}${j.clients ? j.clients.map((c) => `<li>${e(c.period)}: ${e(c.name)} – ${e(c.what)}</li>`).join('') : ''}</ul></div>`).join('')}
  ${p.breaks.map((b) => `<div class="j"><div class="jh"><span class="d">${rng(b.start, b.end, st, '')}</span><i>${e(b.label)}</i></div></div>`).join('')}
  <h2>${mixed ? 'Education 教育' : 'Education'}</h2>${p.education.map((x) => `<div class="j"><div class="jh"><span class="d">${rng(x.start, x.end, st, '')}</span><b>${e(x.degree)}</b></div><div class="em">${e(x.school)}</div></div>`).join('')}</div>`;
  return htmlPage(htmlLang(p), css, `${aside}${main}`, fontFor(p));
}

// zh-rail-right (two-column): Chinese résumé on a CSS grid with a tinted right rail (基本信息, 联系方式, 技能, 证书, 语言)
// and a main column timeline "2023.03 — 至今".
export function zhRailRight(p: Person): string {
  const rows = desc(p.jobs).map((j) => `<div class="t"><div class="dot"></div><div class="d">${jr(j, 'YYYY.MM', '至今', ' — ')}</div><div class="c"><b>${e(j.company)}</b>　${e(j.title)}</div><ul>${j.bullets.map((b) => `<li>${e(b)}</li>`).join('')}</ul>
  ${j.clients ? `<div class="cl">${j.clients.map((c) => `${e(c.name)}（${e(c.period)}）`).join('；')}</div>` : ''}</div>`).join('');
  const leave = p.breaks.map((b) => `<div class="t"><div class="dot o"></div><div class="d">${rng(b.start, b.end, 'YYYY.MM', '', ' — ')}</div><div class="c">${e(b.label)}</div></div>`).join('');
  const css = `
  .wrap{display:grid;grid-template-columns:1fr 60mm;gap:0 8mm}
  .hd{grid-column:1 / span 2;border-bottom:3px solid #c0392b;margin-bottom:8px;padding-bottom:4px;display:flex;align-items:baseline;gap:14px}
  .hd .k{font-size:10pt;color:#c0392b;letter-spacing:.3em} .hd h1{font-size:22pt} .hd .yx{color:#555}
  h2{font-size:11pt;color:#c0392b;margin:8px 0 5px}
  .t{position:relative;padding-left:14px;border-left:2px solid #f1c4bf;margin-left:4px;padding-bottom:6px}
  .dot{position:absolute;left:-6px;top:3px;width:10px;height:10px;border-radius:50%;background:#c0392b} .dot.o{background:#fff;border:2px solid #c0392b}
  .d{color:#c0392b;font-weight:bold;font-size:9pt} .cl{font-size:8.8pt;color:#555}
  .rail{background:#fbeeed;padding:8px 9px;font-size:9pt}
  .rail h3{font-size:10pt;color:#c0392b;margin:8px 0 3px} .rail h3:first-child{margin-top:0}
  .tag{display:inline-block;background:#fff;border:1px solid #e6a39b;border-radius:3px;padding:0 5px;margin:0 3px 3px 0}`;
  const body = `<div class="wrap"><div class="hd"><span class="k">个人简历</span><h1>${e(p.name)}</h1><span class="yx">求职意向：${e(p.headline)}</span></div>
  <div class="main"><h2>自我介绍</h2><p>${e(p.summary)}</p><h2>工作经历</h2>${rows}${leave}
  <h2>教育背景</h2>${p.education.map((x) => `<div class="t"><div class="dot o"></div><div class="d">${rng(x.start, x.end, 'YYYY.MM', '', ' — ')}</div><div class="c">${e(x.school)}　${e(x.degree)}</div></div>`).join('')}</div>
  <div class="rail"><h3>基本信息</h3><p>现居：${e(p.town)}</p><p>学历：本科</p><h3>联系方式</h3><p>手机：${e(p.phone.local)}</p><p>邮箱：${e(p.email)}</p><p style="color:#777">${e(p.others[0].label)}：${e(p.others[0].number)}</p>
  <h3>专业技能</h3><div>${p.skills.map((s) => `<span class="tag">${e(s.printed)}</span>`).join('')}</div>
  <h3>证书</h3>${p.certificates.map((c) => `<p>${e(c)}</p>`).join('')}<h3>语言</h3><p>${p.languages.map(e).join('、')}</p>
  <h3>证明人</h3>${p.referees.map((r) => `<p>${e(r.name)}<br>${e(r.phone)}</p>`).join('')}</div></div>`;
  return htmlPage('zh-CN', css, body, fontFor(p));
}

// flex-bottom-contact (two-column): flexbox résumé whose left column holds "Tools I use", languages and education,
// and puts the contact block at the very bottom of that column; main column with headline above the name.
export function flexBottomContact(p: Person): string {
  const mixed = p.language === 'mixed';
  const period = (j: Job) => (j.season ?? jr(j, 'Mon YYYY', 'now'));
  const css = `
  .wrap{display:flex;gap:7mm;min-height:262mm}
  .left{width:56mm;flex:none;display:flex;flex-direction:column;background:#23313f;color:#e9eef3;padding:9px;font-size:9pt}
  .left h3{font-size:9pt;text-transform:uppercase;letter-spacing:.12em;color:#9fd3c7;margin:10px 0 4px}
  .left h3:first-child{margin-top:0} .left p{margin-bottom:3px}
  .ct{margin-top:auto;border-top:1px solid #4b5d6f;padding-top:6px}
  .main{flex:1} .hl{font-size:9pt;letter-spacing:.15em;text-transform:uppercase;color:#2a8c7a} h1{font-size:21pt;margin:2px 0 0} .zh{font-size:13pt;color:#444}
  h2{font-size:10.5pt;color:#2a8c7a;text-transform:uppercase;letter-spacing:.08em;margin:10px 0 4px;border-bottom:1px solid #2a8c7a}
  .j{margin-bottom:6px} .jh{display:flex;justify-content:space-between;gap:8px} .d{white-space:nowrap;color:#2a8c7a;font-weight:bold;font-size:9pt}
  .cl{font-size:8.8pt;color:#444;padding-left:1.15em}`;
  const title = mixed ? `<h1>${e(p.latin!)}</h1><div class="zh">${e(p.name)}</div>` : `<h1>${e(p.name)}</h1><div class="zh">${e(p.pronouns ?? '')}</div>`;
  const body = `<div class="wrap"><div class="left"><h3>Tools I use</h3>${p.skills.map((s) => `<p>▸ ${e(s.printed)}</p>`).join('')}
  <h3>Languages</h3>${p.languages.map((l) => `<p>${e(l)}</p>`).join('')}<h3>Education</h3>${p.education.map((x) => `<p>${e(x.degree)}<br><span style="color:#9fb1c2">${e(x.school)}, ${fd(x.end, 'YYYY')}</span></p>`).join('')}
  <h3>Certificates</h3>${p.certificates.map((c) => `<p>${e(c)}</p>`).join('')}
  <div class="ct"><h3 style="margin-top:0">Contact</h3><p>${e(p.phone.intl)}</p><p>${e(p.email)}</p><p>${e(p.town)}</p></div></div>
  <div class="main"><div class="hl">${e(p.headline)}</div>${title}<p style="margin-top:6px">${e(p.summary)}</p>
  <h2>${mixed ? 'Experience 经历' : 'Experience'}</h2>${desc(p.jobs).map((j) => `<div class="j"><div class="jh"><b>${e(j.title)}</b><span class="d">${e(period(j))}</span></div><div>${e(j.company)} · ${e(j.town ?? '')}</div>
  <ul>${j.bullets.map((b) => `<li>${e(b)}</li>`).join('')}</ul>${j.clients ? `<div class="cl">${j.clients.map((c) => `${e(c.period)} · ${e(c.name)} · ${e(c.what)}`).join('<br>')}</div>` : ''}</div>`).join('')}
  ${p.breaks.length ? `<p style="color:#666;font-size:9pt">${p.breaks.map((b) => `${e(b.label)} (${rng(b.start, b.end, 'Mon YYYY', '')})`).join('; ')}</p>` : ''}
  <h2>Referees</h2>${p.referees.map((r) => `<p>${e(r.name)}, ${e(r.role)} – ${e(r.phone)}</p>`).join('')}</div></div>`;
  return htmlPage(htmlLang(p), css, body, fontFor(p));
}
