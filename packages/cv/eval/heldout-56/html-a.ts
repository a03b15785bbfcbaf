/**
 * heldout-56: Chromium templates, part A — single-column pages (wuzzuf, dl-homepage, h5bp-print, gforms-response,
 * summary-detail, journey-timeline).
 */
import { type Person } from './people.ts';
import { durationEn, esc, fmt, FONT_SANS, FONT_SERIF, FONT_ZH, MONTH, newestFirst, page, photoSvg, range, ym } from './lib.ts';

const skillNames = (p: Person) => p.skills.map((s) => s.name);

/* ------------------------------------------------------------------ wuzzuf (p02) */
/** Egyptian job-portal profile print: general info with military status, career interests, "Full Time · Apr 2021 - Present · 5 yrs 9 mos". */
export function wuzzuf(p: Person): string {
  const css = `
  body{font-family:${FONT_SANS};font-size:10pt;color:#1f2933;margin:0;background:#fff}
  .bar{background:#fff;border-bottom:1px solid #dde3ea;padding:6px 10px;display:flex;justify-content:space-between;font-size:8.5pt;color:#5d6b7a}
  .bar b{color:#0055d9;font-size:12pt;letter-spacing:.5px}
  .card{background:#fff;border:1px solid #dde3ea;border-radius:6px;margin:8px 0;padding:10px 14px}
  .card h2{font-size:11.5pt;margin:0 0 8px;color:#0b1a2b}
  .head{display:flex;gap:14px;align-items:center}
  .av{width:62px;height:62px;border-radius:50%;background:#0055d9;color:#fff;font-size:22pt;display:flex;align-items:center;justify-content:center;font-weight:bold}
  .head h1{margin:0;font-size:17pt}.muted{color:#6b7785}
  .pill{display:inline-block;border-radius:10px;padding:1px 8px;font-size:8pt;background:#e6f0ff;color:#0048b8;margin-right:4px}
  table.kv{border-collapse:collapse;width:100%}table.kv td{padding:2px 4px;vertical-align:top}table.kv td.k{color:#6b7785;width:19%}
  .job{border-top:1px solid #eef1f4;padding:7px 0}.job:first-of-type{border-top:none}
  .job h3{margin:0;font-size:10.5pt}.job .meta{font-size:9pt;color:#6b7785;margin:1px 0}
  .job ul{margin:3px 0 0 16px;padding:0}.job li{margin:1px 0}
  .chips span{display:inline-block;border:1px solid #c9d3de;border-radius:12px;padding:2px 9px;margin:2px 3px 2px 0;font-size:9pt}
  .foot{font-size:8pt;color:#8a96a3;text-align:center;margin-top:6px}`;
  const jobs = newestFirst(p).map((j) => `<div class="job"><h3>${esc(j.title)}</h3>
    <div class="meta"><b style="color:#1f2933">${esc(j.company)}</b> · ${esc(j.town)}, Egypt</div>
    <div class="meta">${j.kind === 'internship' ? 'Internship' : 'Full Time'} · ${range(j, 'Mon YYYY', 'Present', ' - ')} · ${durationEn(j)}</div>
    <ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul></div>`).join('');
  const body = `<div class="bar"><b>WUZZUF</b><span>Job seeker profile · printed 03 Dec 2026</span></div>
  <div class="card"><div class="head"><div class="av">OA</div><div><h1>${esc(p.name)}</h1>
    <div>${esc(p.headline)} at Cairo Logistics Cloud</div><div class="muted">${esc(p.town)}, Egypt</div>
    <div style="margin-top:4px"><span class="pill">Open to offers</span><span class="pill">Experienced (Non-Manager)</span></div></div></div></div>
  <div class="card"><h2>General Info</h2><table class="kv">
    <tr><td class="k">Birthdate</td><td>11 February 1992 (34 years)</td><td class="k">Gender</td><td>Male</td></tr>
    <tr><td class="k">Nationality</td><td>Egyptian</td><td class="k">Marital status</td><td>Single</td></tr>
    <tr><td class="k">Military status</td><td>Exempted</td><td class="k">Driving license</td><td>Yes, has a car</td></tr></table></div>
  <div class="card"><h2>Contact Info</h2><table class="kv">
    <tr><td class="k">Mobile number</td><td>${esc(p.phoneIntl)}</td></tr>
    <tr><td class="k">Alternative number</td><td>${esc(p.otherPhones[0].number)} (home)</td></tr>
    <tr><td class="k">Email</td><td>${esc(p.email)}</td></tr>
    <tr><td class="k">Area</td><td>${esc(p.address)}</td></tr></table></div>
  <div class="card"><h2>Career Interests</h2><table class="kv">
    <tr><td class="k">Career level</td><td>Experienced (Non-Manager)</td></tr>
    <tr><td class="k">Job types</td><td>Full Time, Freelance / Project</td></tr>
    <tr><td class="k">Job titles</td><td>SDET, QA Automation Engineer, Test Automation Lead</td></tr>
    <tr><td class="k">Job categories</td><td>IT/Software Development, Quality, Engineering - Telecom/Technology</td></tr>
    <tr><td class="k">Minimum salary</td><td>Confidential</td></tr></table></div>
  <div class="card"><h2>Work Experience <span class="muted" style="font-weight:normal;font-size:9pt">· 11 years of experience</span></h2>${jobs}</div>
  <div class="card"><h2>Education</h2><b>${esc(p.education[0].degree)}</b><div>${esc(p.education[0].school)} · Egypt</div>
    <div class="muted">2009 - 2014 · ${esc(p.education[0].note!)}</div></div>
  <div class="card"><h2>Skills and Tools</h2><div class="chips">${skillNames(p).map((s) => `<span>${esc(s)}</span>`).join('')}</div></div>
  <div class="card"><h2>Languages</h2><table class="kv"><tr><td class="k">Arabic</td><td>Native</td></tr><tr><td class="k">English</td><td>Fluent</td></tr><tr><td class="k">German</td><td>Beginner</td></tr></table></div>
  <div class="card"><h2>Certifications</h2>${p.certificates.map((c) => `<div>${esc(c)}</div>`).join('')}</div>
  <div class="foot">wuzzuf.net/me/omar-tarek-abdelrahman · Page printed from the job seeker's public profile</div>`;
  return page(p.name, css, body);
}

/* ------------------------------------------------------------------ dl-homepage (p03) */
/** Hand-written 1990s-style personal home page with <dl> lists, obfuscated e-mail, "Last modified" and a visitor counter. */
export function dlHomepage(p: Person): string {
  const css = `body{font-family:${FONT_SERIF};font-size:11.5pt;color:#000;background:#fff;margin:0}
  h1{font-size:22pt;margin:0 0 2px}h2{font-size:15pt;margin:14px 0 4px}h3{font-size:12.5pt;margin:12px 0 3px;border-bottom:1px solid #888}
  a{color:#00e;text-decoration:underline}dt{font-weight:bold;margin-top:5px}dd{margin:1px 0 2px 36px}
  hr{border:0;border-top:2px groove #aaa;margin:8px 0}.small{font-size:9.5pt}table.top td{vertical-align:top}
  .ctr{font-family:'DejaVu Sans Mono',monospace;background:#000;color:#3f3;padding:0 3px;letter-spacing:2px}`;
  const jobs = [...p.work].sort((a, b) => (a.start < b.start ? 1 : -1));
  const dl = jobs.map((j) => `<dt>${MONTH[ym(j.start).m - 1]} ${ym(j.start).y} &ndash; ${j.end ? `${MONTH[ym(j.end).m - 1]} ${ym(j.end).y}` : 'present'}</dt>
    <dd>${esc(j.title)}, <i>${esc(j.company)}</i>, ${esc(j.town)}.${j.kind === 'part-time' ? ' (Part-time, alongside the institute job.)' : ''} ${esc(j.duties.join(' '))}</dd>`).join('');
  const body = `<table class="top" width="100%"><tr><td width="135">${photoSvg(118, 148)}</td><td>
  <h1>${esc(p.name)}</h1><i>${esc(p.headline)}, Hekla Energy hf.</i><br>
  <span class="small">[ <a href="#">Heim / Home</a> | <a href="#">Ritaskrá / Publications</a> | <b>CV</b> | <a href="#">Myndir frá Kröflu</a> | <a href="#">Tenglar / Links</a> ]</span>
  <p class="small">E-mail: hrafnj.geo [at] gmail [dot] com &nbsp;(please no attachments over 10 MB)<br>
  Mobile: (+354) 862 4417 &nbsp;&nbsp; Work: (+354) 422 5300 (switchboard &mdash; ask for Hrafnhildur)<br>
  Post: ${esc(p.address)}</p></td></tr></table><hr>
  <h2>Curriculum Vitae</h2>
  <p>Born 22 April 1986 in Akureyri, Iceland. Married, two children.</p>
  <h3>Employment</h3><dl>${dl}</dl>
  <h3>Education</h3><dl>${p.education.map((e) => `<dt>${ym(e.start).y}&ndash;${ym(e.end).y}</dt><dd>${esc(e.degree)}, ${esc(e.school)}, ${esc(e.town!)}.</dd>`).join('')}</dl>
  <h3>Skills</h3><ul>${skillNames(p).map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
  <h3>Languages</h3><p>${esc(p.languages.join(', '))}.</p>
  <h3>Selected publications</h3><ol class="small">
  <li>Sigurðsson, G., <b>Jónsdóttir, H.</b> and Eriksen, T. (2017). Tracer returns in a fractured basalt reservoir. <i>Proc. World Geothermal Congress</i>, paper 2204.</li>
  <li><b>Jónsdóttir, H.</b> and Pálsson, B. (2016). A TOUGH2 model of the Hveravellir field. <i>Geothermics</i> 62, 101&ndash;114.</li></ol>
  <hr><p class="small">Last modified: Tue Nov 3 14:02:51 GMT 2026 &nbsp;|&nbsp; You are visitor number <span class="ctr">004711</span> since 12 March 2003 &nbsp;|&nbsp; <a href="#">Valid HTML 4.01</a><br>
  Best viewed with any browser. This page is not maintained by my employer.</p>`;
  return page(p.name, css, body, 'is');
}

/* ------------------------------------------------------------------ h5bp-print (p05) */
/** Personal site printed with the HTML5 Boilerplate print rules: black on white, link targets and abbreviation titles appended in brackets. */
export function h5bpPrint(p: Person): string {
  const css = `body{font-family:'DejaVu Sans',${FONT_SANS};font-size:9.6pt;line-height:1.38;margin:0;color:#333}
  *{background:transparent!important;color:#000!important;box-shadow:none!important;text-shadow:none!important}
  a,a:visited{text-decoration:underline}a[href]::after{content:" (" attr(href) ")"}abbr[title]::after{content:" (" attr(title) ")"}
  a[href^="#"]::after,a[href^="javascript:"]::after{content:""}
  nav ul{list-style:none;padding:0;margin:0 0 8px}nav li{display:inline;margin-right:10px}
  h1{font-size:20pt;margin:6px 0 0}h2{font-size:12.5pt;margin:14px 0 4px;page-break-after:avoid}h3{font-size:10.5pt;margin:9px 0 1px;page-break-after:avoid}
  p{margin:3px 0;orphans:3;widows:3}ul.b{margin:2px 0 2px 18px;padding:0}.meta{font-style:italic}footer{margin-top:14px;font-size:8.5pt}`;
  const urls: Record<string, string> = { 'Kestrel Payments, Inc.': 'https://kestrel-payments.com', 'Meridian Energy Partners': 'https://www.meridianenergypartners.com', 'Bluebonnet Health Systems': 'https://bluebonnethealth.org', 'Lone Star Credit Union': 'https://www.lonestarcu.org' };
  const jobs = newestFirst(p).map((j) => `<h3>${esc(j.title)} — <a href="${urls[j.company]}">${esc(j.company)}</a></h3>
   <p class="meta"><time datetime="${j.start}">${fmt(j.start, 'Month YYYY')}</time> – ${j.end ? `<time datetime="${j.end}">${fmt(j.end, 'Month YYYY')}</time>` : 'present'} · ${esc(j.town)}</p>
   <ul class="b">${j.duties.map((d) => `<li>${esc(d).replace('PCI DSS', '<abbr title="Payment Card Industry Data Security Standard">PCI DSS</abbr>').replace('SCPs', '<abbr title="service control policies">SCPs</abbr>')}</li>`).join('')}</ul>`).join('');
  const body = `<a href="#main">Skip to content</a>
  <nav><ul><li><a href="/">Home</a></li><li><a href="/writing/">Writing</a></li><li><a href="/talks/">Talks</a></li><li><a href="/resume/">Résumé</a></li><li><a href="/key.asc">PGP key</a></li></ul></nav>
  <main id="main"><h1>${esc(p.name)}</h1><p>${esc(p.headline)} · Austin, Texas · she/her</p>
  <p><a href="mailto:${p.email}">${esc(p.email)}</a> · <a href="tel:${p.phone}">${esc(p.phoneLocal)}</a> · <a href="https://www.linkedin.com/in/dana-okafor-reyes">LinkedIn</a> · key 0x90D4E1B73F52A8C9</p>
  <h2>About</h2><p>${esc(p.summary)} I write about <abbr title="Open Policy Agent">OPA</abbr> and detection engineering on <a href="/writing/">this site</a>.</p>
  <h2>Experience</h2>${jobs}
  <h2>Skills</h2><p>${esc(skillNames(p).join(' · '))}</p>
  <h2>Certifications</h2><p>${esc(p.certificates.join(' · '))}</p>
  <h2>Education</h2><p>${esc(p.education[0].degree)}, ${esc(p.education[0].school)}, ${esc(p.education[0].town!)} — 2010–2014</p>
  <h2>Languages</h2><p>${esc(p.languages.join(' · '))}</p>
  <h2>Talks</h2><p>“Workload identity without the tears”, <a href="https://bsidesaustin.example.org/2025">BSides Austin 2025</a>.</p></main>
  <footer>© 2026 ${esc(p.name)} · Built with <a href="https://www.11ty.dev/">Eleventy</a> · <a href="https://git.okafor-reyes.net/dana/site">Source</a> · Last updated 28 November 2026</footer>`;
  return page(`Résumé — ${p.name}`, css, body);
}

/* ------------------------------------------------------------------ gforms-response (p04, p14) */
function radio(opts: string[], sel: string[], square = false): string {
  return opts.map((o) => `<div class="opt"><span class="${square ? 'sq' : 'rd'}${sel.includes(o) ? ' on' : ''}">${square && sel.includes(o) ? '✓' : ''}</span>${esc(o)}</div>`).join('');
}

/** An individual response of an online form printed from the form owner's view: question cards, radio and checkbox options with the unchosen ones printed too. */
export function gformsResponse(p: Person): string {
  const zh = p.lang === 'mixed';
  const css = `body{font-family:${zh ? FONT_ZH : FONT_SANS};font-size:9.6pt;margin:0;color:#202124;background:#f0ebf8}
  .c{background:#fff;border:1px solid #dadce0;border-radius:7px;margin:0 0 7px;padding:9px 14px;break-inside:avoid}
  .top{border-top:9px solid #673ab7}.top h1{font-size:17pt;font-weight:normal;margin:2px 0 5px}
  .q{font-size:10pt;margin-bottom:5px}.req{color:#d93025}
  .ans{border-bottom:1px dotted #9aa0a6;padding:2px 0 3px;white-space:pre-wrap;line-height:1.35}
  .opt{margin:3px 0;display:flex;align-items:center}.rd,.sq{display:inline-block;width:11px;height:11px;border:2px solid #5f6368;margin-right:8px;flex:none}
  .rd{border-radius:50%}.rd.on{border-color:#673ab7;background:radial-gradient(#673ab7 45%,#fff 50%)}
  .sq{border-radius:2px;font-size:9px;line-height:11px;text-align:center;color:#fff}.sq.on{background:#673ab7;border-color:#673ab7}
  .hdr{font-size:8.5pt;color:#5f6368;display:flex;justify-content:space-between;margin:0 0 6px}.foot{font-size:8pt;color:#5f6368;text-align:center}`;
  const card = (q: string, inner: string, req = false) => `<div class="c"><div class="q">${q}${req ? ' <span class="req">*</span>' : ''}</div>${inner}</div>`;
  const ans = (s: string) => `<div class="ans">${esc(s)}</div>`;
  let body: string;
  if (!zh) {
    const hist = newestFirst(p).map((j) => `${j.company} — ${j.title} — ${fmt(j.start, 'Month YYYY')} ${j.end ? `to ${fmt(j.end, 'Month YYYY')}` : 'up to present'} (${j.town})`).join('\n');
    body = `<div class="hdr"><span>Responses · 1 of 37</span><span>Submitted 26/11/2026 09:41 (GMT+8)</span></div>
    <div class="c top"><h1>Remote Bookkeeper / Executive Assistant — Application</h1>
      <div>Northwind Property Co. (Seattle, WA) is hiring one full-time remote team member based in the Philippines. Applications close 30 November 2026. Questions? Text our HR line +1 206 555 0116.</div>
      <div style="margin-top:6px;font-size:8.5pt" class="req">* Indicates required question</div></div>
    ${card('Email', ans(p.email), true)}
    ${card('Full name (as on your government ID)', ans(p.name), true)}
    ${card('Mobile number (with country code)', ans(p.phoneIntl), true)}
    ${card('Other contact number', ans(`${p.otherPhones[0].number} (landline, evenings PH time)`))}
    ${card('Where are you based? (City, Province)', ans('Cebu City, Cebu, Philippines'), true)}
    ${card('Which role are you applying for?', radio(['Remote Bookkeeper', 'Executive Assistant / Bookkeeper (hybrid role)', 'Customer Support Specialist'], ['Executive Assistant / Bookkeeper (hybrid role)']), true)}
    ${card('Are you currently employed?', radio(['Yes', 'No'], ['Yes']), true)}
    ${card('Work history — list your jobs, most recent first (company, position, start and end month)', ans(hist), true)}
    ${card('Which accounting software have you used?', radio(['QuickBooks Online', 'QuickBooks Desktop', 'Xero', 'FreshBooks', 'Zoho Books', 'Wave', 'Sage 50', 'Other:'], ['QuickBooks Online', 'Xero'], true))}
    ${card('Your other skills and tools', ans(skillNames(p).filter((s) => s !== 'QuickBooks Online' && s !== 'Xero').join(', ')))}
    ${card('Highest education attained', ans(`${p.education[0].degree} — ${p.education[0].school}, Cebu City (2009–2013)`))}
    ${card('Certifications (if any)', ans(p.certificates.join('\n')))}
    ${card('Languages you can work in', radio(['English', 'Filipino', 'Cebuano', 'Spanish', 'Other:'], ['English', 'Filipino', 'Cebuano'], true))}
    ${card('Expected monthly rate (USD)', ans('1,100'), true)}
    ${card('Earliest start date', ans('January 4, 2027'))}
    ${card('How did you hear about us?', radio(['OnlineJobs.ph', 'Facebook group', 'Referral', 'LinkedIn'], ['OnlineJobs.ph']))}
    ${card('I confirm that the information above is true and complete.', radio(['I confirm'], ['I confirm'], true), true)}
    <div class="foot">This form was created inside Northwind Property Co. · Never submit passwords through forms.</div>`;
  } else {
    const hist = newestFirst(p).map((j) => `${fmt(j.start, 'YYYY.MM')}–${j.end ? fmt(j.end, 'YYYY.MM') : '至今'}  ${j.company}  ${j.titleZh} ${j.title}`).join('\n');
    body = `<div class="hdr"><span>回复 Responses · 12 / 58</span><span>提交时间 2026/11/21 下午11:08</span></div>
    <div class="c top"><h1>光明新能源实验室 研究员 / 高级工程师 招聘报名表 (2026 秋季)</h1>
      <div>Guangming New Energy Laboratory — Researcher / Senior Engineer application. 报名截止 2026 年 11 月 30 日；咨询电话 0755-2316 8800（工作日）。</div>
      <div style="margin-top:6px;font-size:8.5pt" class="req">* 表示必答问题</div></div>
    ${card('电子邮件地址 Email', ans(p.email), true)}
    ${card('姓名 Name', ans(`${p.name}  ${p.latin}`), true)}
    ${card('手机 Mobile', ans(p.phoneIntl), true)}
    ${card('办公电话 Office phone', ans('0755-2660 3158'))}
    ${card('最高学历 Highest degree', radio(['博士 PhD', '硕士 Master', '学士 Bachelor'], ['博士 PhD']), true)}
    ${card('应聘岗位 Position', radio(['研究员 Researcher', '高级工程师 Senior Engineer', '博士后 Postdoc'], ['研究员 Researcher']), true)}
    ${card('研究方向（可多选）Research area', radio(['固态电池 Solid-state batteries', '钠离子电池 Sodium-ion', '电池仿真 Cell modelling', '电池回收 Recycling', '其他：'], ['固态电池 Solid-state batteries', '电池仿真 Cell modelling'], true), true)}
    ${card('工作经历（按时间倒序，含博士后）Employment history, most recent first', ans(hist), true)}
    ${card('教育经历 Education', ans(p.education.map((e) => `${fmt(e.start, 'YYYY.MM')}–${fmt(e.end, 'YYYY.MM')}  ${e.school}  ${e.degreeZh}`).join('\n')), true)}
    ${card('熟练掌握的技能 / 仪器 / 软件 Skills', ans(skillNames(p).join('、')), true)}
    ${card('代表性论文（不超过 3 篇）Selected papers', ans('1. Chen B., Liu Q., Wang H. et al. Interfacial stability of Li6PS5Cl … J. Power Sources, 2021.\n2. Zhang Y., Chen B., Xu M. Fast-charge plating model … Electrochim. Acta, 2023.'))}
    ${card('推荐人姓名及电话 Referee (name, phone)', ans('李志明 教授  +86 20 8711 4520'))}
    ${card('本人承诺以上信息真实 I confirm the information is true', radio(['确认 Confirm'], ['确认 Confirm'], true), true)}
    <div class="foot">此表单由 光明新能源实验室 创建 · 请勿通过表单提交密码</div>`;
  }
  return page(p.name, css, body, zh ? 'zh' : 'en');
}

/* ------------------------------------------------------------------ summary-detail (p07, p15) */
/** Two-part CV: page 1 "at a glance" with a one-line-per-job career list, page 2 the detailed CV repeating every job. */
export function summaryDetail(p: Person): string {
  const mixed = p.lang === 'mixed';
  const css = `body{font-family:${mixed ? FONT_ZH : FONT_SANS};font-size:9.8pt;color:#222;margin:0;line-height:1.35}
  h1{font-size:21pt;margin:0;color:#12355b}.sub{font-size:11pt;color:#12355b;margin:2px 0 6px}
  .contact{font-size:9pt;border-top:2px solid #12355b;border-bottom:1px solid #12355b;padding:4px 0;margin-bottom:8px}
  h2{font-size:11pt;color:#12355b;text-transform:uppercase;letter-spacing:.6px;margin:12px 0 4px;border-bottom:1px solid #c7d3e0}
  .line{display:flex;gap:10px;padding:2px 0;border-bottom:1px dotted #ccd}.line .d{flex:0 0 122px;font-variant-numeric:tabular-nums;color:#444}
  .pb{page-break-before:always}.runhead{font-size:8.5pt;color:#777;border-bottom:1px solid #ccc;margin-bottom:6px;display:flex;justify-content:space-between}
  .job{margin:7px 0 6px}.job .dt{font-size:9pt;color:#555}.job b{font-size:10.3pt}ul{margin:2px 0 0 17px;padding:0}
  .ref{display:inline-block;width:48%;vertical-align:top;font-size:9pt;margin-bottom:5px}`;
  const jobs = newestFirst(p);
  let glance: string, detail: string;
  if (!mixed) {
    glance = `<h1>${esc(p.name)}</h1><div class="sub">${esc(p.headline)} · CV at a glance</div>
    <div class="contact">${esc(p.address)} &nbsp;|&nbsp; Mobile ${esc(p.phoneIntl)} &nbsp;|&nbsp; ${esc(p.email)} &nbsp;|&nbsp; Office ${esc(p.otherPhones[0].number)}</div>
    <h2>Profile</h2><p>${esc(p.summary)}</p>
    <h2>Career in brief</h2>${jobs.map((j) => `<div class="line"><span class="d">${range(j, 'MM/YYYY', 'now')}</span><span><b>${esc(j.title)}</b>, ${esc(j.company)}, ${esc(j.town)}</span></div>`).join('')}
    <h2>Key skills</h2><p>${esc(skillNames(p).join(', '))}</p>
    <h2>Education</h2>${p.education.map((e) => `<div class="line"><span class="d">${ym(e.start).y}–${ym(e.end).y}</span><span>${esc(e.degree)}, ${esc(e.school)} (${esc(e.note!)})</span></div>`).join('')}
    <h2>Languages</h2><p>${esc(p.languages.join(' · '))}</p>
    <p style="font-size:8.8pt;color:#555;margin-top:10px">A detailed CV with responsibilities, trainings and references follows on the next page.</p>`;
    detail = `<div class="pb"></div><div class="runhead"><span>${esc(p.name)} — Detailed CV</span><span>page 2</span></div>
    <h2>Professional experience</h2>${jobs.map((j) => `<div class="job"><div class="dt">${range(j, 'Month YYYY', 'present')}</div><b>${esc(j.title)}</b><div>${esc(j.company)}, ${esc(j.town)}</div><ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul></div>`).join('')}
    <h2>Trainings</h2><ul>${p.certificates.map((c) => `<li>${esc(c)}</li>`).join('')}</ul>
    <h2>References</h2>${p.referees.map((r) => `<div class="ref"><b>${esc(r.name)}</b><br>${esc(r.role)}, ${esc(r.org)}<br>Mobile: ${esc(r.phone)}${r.email ? `<br>${esc(r.email)}` : ''}</div>`).join('')}`;
  } else {
    glance = `<h1>${esc(p.name)} <span style="font-size:14pt">${esc(p.latin!)}</span></h1><div class="sub">${esc(p.headlineZh!)} ${esc(p.headline)} · 简历概要 CV at a glance</div>
    <div class="contact">手机 ${esc(p.phoneLocal)} &nbsp;|&nbsp; ${esc(p.email)} &nbsp;|&nbsp; ${esc(p.address)}</div>
    <h2>个人简介 Profile</h2><p>${esc(p.summaryZh!)}</p>
    <h2>工作经历一览 Career in brief</h2>${jobs.map((j) => `<div class="line"><span class="d">${range(j, 'YYYY.MM', '至今', ' – ')}</span><span><b>${esc(j.company)}</b>　${esc(j.titleZh!)}</span></div>`).join('')}
    <h2>专业技能 Skills</h2><p>${esc(skillNames(p).join('，'))}</p>
    <h2>教育背景 Education</h2>${p.education.slice(0, 1).map((e) => `<div class="line"><span class="d">${fmt(e.start, 'YYYY.MM')} – ${fmt(e.end, 'YYYY.MM')}</span><span>${esc(e.school)}　${esc(e.degreeZh!)}</span></div>`).join('')}
    <h2>语言 Languages</h2><p>${esc(p.languages.join(' · '))}</p>
    <p style="font-size:8.8pt;color:#555;margin-top:10px">详细英文简历见第 2 页 — detailed English CV on page 2.</p>`;
    detail = `<div class="pb"></div><div class="runhead"><span>${esc(p.latin!)} (${esc(p.name)}) — Detailed CV</span><span>page 2</span></div>
    <h2>Professional experience</h2>${jobs.map((j) => `<div class="job"><div class="dt">${range(j, 'Month YYYY', 'present')}</div><b>${esc(j.title)}</b><div>${esc(j.company)} (${esc(j.companyEn ?? '')}), ${esc(j.town)}</div><ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul></div>`).join('')}
    <h2>Education</h2><p>${esc(p.education[0].degree)}, ${esc(p.education[0].school)}, ${fmt(p.education[0].start, 'Month YYYY')} – ${fmt(p.education[0].end, 'Month YYYY')}</p>
    <h2>Certificates</h2><ul>${p.certificates.map((c) => `<li>${esc(c)}</li>`).join('')}</ul>`;
  }
  return page(p.name, css, glance + detail, mixed ? 'zh' : 'en');
}

/* ------------------------------------------------------------------ journey-timeline (p12) */
const ICON = {
  job: '<svg width="13" height="13" viewBox="0 0 16 16"><rect x="1" y="5" width="14" height="9" rx="1.5" fill="#fff"/><rect x="5.5" y="2" width="5" height="3.2" rx="1" fill="none" stroke="#fff" stroke-width="1.4"/></svg>',
  edu: '<svg width="14" height="13" viewBox="0 0 16 14"><polygon points="8,1 16,5 8,9 0,5" fill="#fff"/><path d="M3.5 7v3.5c2.5 2 6.5 2 9 0V7L8 9.3z" fill="#fff"/></svg>',
  cert: '<svg width="13" height="13" viewBox="0 0 16 16"><circle cx="8" cy="6" r="4.5" fill="#fff"/><polygon points="5,9.5 4,15 8,13 12,15 11,9.5" fill="#fff"/></svg>',
  plane: '<svg width="14" height="13" viewBox="0 0 16 16"><path d="M1 9l14-6-4 12-3-5z" fill="#fff"/></svg>',
};

/** One chronological "journey": jobs, studies and courses in a single list told apart only by the icon in the dot. */
export function journeyTimeline(p: Person): string {
  const css = `body{font-family:${FONT_ZH};font-size:9.8pt;color:#2b2b2b;margin:0}
  .hd{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:3px solid #1c7c74;padding-bottom:6px}
  .hd h1{margin:0;font-size:24pt;letter-spacing:4px}.hd .en{font-size:10pt;color:#1c7c74;letter-spacing:2px}
  .ct{font-size:9pt;text-align:right;line-height:1.6}.ct svg{vertical-align:-2px;margin-right:3px}
  h2{font-size:12pt;color:#1c7c74;margin:14px 0 6px}
  .tl{position:relative;margin-left:4px}.it{display:grid;grid-template-columns:118px 30px 1fr;min-height:40px}
  .it .d{font-size:9pt;color:#555;padding-top:3px;text-align:right;padding-right:8px}
  .it .ax{position:relative}.it .ax:before{content:'';position:absolute;left:14px;top:0;bottom:0;border-left:2px solid #b9d9d5}
  .it .dot{position:absolute;left:4px;top:1px;width:22px;height:22px;border-radius:50%;background:#1c7c74;display:flex;align-items:center;justify-content:center}
  .it .dot.alt{background:#d98c2b}.it .b{padding:2px 0 10px 6px}.it .b b{font-size:10.5pt}.it .b .o{color:#1c7c74}.it .b p{margin:2px 0}
  .two{display:grid;grid-template-columns:1fr 1fr;gap:16px}.tag{display:inline-block;border:1px solid #1c7c74;color:#1c7c74;border-radius:3px;padding:1px 6px;margin:2px 4px 2px 0;font-size:9pt}`;
  type It = { s: string; e: string | null; icon: keyof typeof ICON; alt?: boolean; t: string; o: string; d: string };
  const extra: It[] = [
    { s: p.education[0].start, e: p.education[0].end, icon: 'edu', alt: true, t: p.education[0].degree, o: p.education[0].school, d: '主修人力資源管理、組織行為學及勞動法；畢業論文研究澳門博彩業員工流失。' },
    { s: '2012-09', e: '2013-01', icon: 'plane', alt: true, t: '交換生（一學期）', o: '臺灣 日月潭管理學院', d: '修讀人力資源發展及企業倫理課程。' },
    { s: '2017-09', e: '2018-06', icon: 'cert', alt: true, t: '人力資源管理專業文憑（兼讀）', o: '澳門濠江管理學院 持續教育中心', d: '晚間課程，與全職工作同時進行。' },
  ];
  const items: It[] = [...p.work.map((j): It => ({ s: j.start, e: j.end, icon: 'job', t: j.title, o: j.company, d: j.duties.join('；') + '。' })), ...extra]
    .sort((a, b) => (a.s < b.s ? 1 : -1));
  const tl = items.map((i) => `<div class="it"><div class="d">${fmt(i.s, 'YYYY.MM')} –<br>${i.e ? fmt(i.e, 'YYYY.MM') : '現在'}</div><div class="ax"><div class="dot${i.alt ? ' alt' : ''}">${ICON[i.icon]}</div></div>
    <div class="b"><b>${esc(i.t)}</b>　<span class="o">${esc(i.o)}</span><p>${esc(i.d)}</p></div></div>`).join('');
  const ph = '<svg width="11" height="11" viewBox="0 0 16 16"><path d="M3 1h3l1.5 4-2 1.5a9 9 0 0 0 4 4L11 8.5l4 1.5v3c0 1-1 2-2 2C6.5 15 1 9.5 1 3c0-1 1-2 2-2z" fill="#1c7c74"/></svg>';
  const ml = '<svg width="12" height="10" viewBox="0 0 16 12"><rect x="0.5" y="0.5" width="15" height="11" fill="none" stroke="#1c7c74"/><path d="M1 1l7 6 7-6" fill="none" stroke="#1c7c74"/></svg>';
  const pin = '<svg width="10" height="12" viewBox="0 0 12 16"><path d="M6 0a6 6 0 0 1 6 6c0 4.5-6 10-6 10S0 10.5 0 6a6 6 0 0 1 6-6z" fill="#1c7c74"/><circle cx="6" cy="6" r="2.2" fill="#fff"/></svg>';
  const body = `<div class="hd"><div><h1>${esc(p.name)}</h1><div class="en">${esc(p.latin!)} · ${esc(p.headline)}</div></div>
    <div class="ct">${ph}${esc(p.phoneLocal)}（手提）　${esc(p.otherPhones[0].number)}（住宅）<br>${ml}${esc(p.email)}<br>${pin}澳門氹仔</div></div>
  <p style="margin:8px 0 0">${esc(p.summary)}</p>
  <h2>我的歷程</h2><div class="tl">${tl}</div>
  <div class="two"><div><h2>專業技能</h2>${p.skills.map((s) => `<span class="tag">${esc(s.name)}</span>`).join('')}</div>
  <div><h2>語言能力</h2>${esc(p.languages.join('　'))}<h2>證書</h2>${esc(p.certificates.join('；'))}</div></div>`;
  return page(p.name, css, body, 'zh-Hant');
}
