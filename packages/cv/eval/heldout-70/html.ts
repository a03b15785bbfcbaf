/** Chromium (HTML/CSS) templates of heldout-70. Each returns a complete HTML document. */
import type { Job, Person } from './people.ts';
import { L, MON, REF, acad, apos, banEnd, banStart, dot, durEn, durZh, esc, groups, isZh, mon3, monF, months, mmyyyy, nameLine, quarter, slash, tops, zhYM } from './fmt.ts';

const FONT = `'Liberation Sans', 'WenQuanYi Zen Hei', sans-serif`;
const SERIF = `'Liberation Serif', 'WenQuanYi Zen Hei', serif`;
const doc = (lang: string, css: string, body: string) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>
*{box-sizing:border-box} body{margin:0;font-family:${FONT};font-size:10pt;color:#222;line-height:1.35} ul{margin:2px 0 4px 0;padding-left:16px} li{margin:1px 0} h1,h2,h3,p{margin:0}
${css}</style></head><body>${body}</body></html>`;
const lang = (p: Person) => p.language === 'en' ? 'en' : 'zh-CN';
const li = (b: string[]) => `<ul>${b.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>`;
const svgPhone = `<svg width="9" height="9" viewBox="0 0 10 10"><path d="M2 1h2l1 2-1 1q1 2 3 3l1-1 2 1v2q-5 0-8-8z" fill="currentColor"/></svg>`;
const svgMail = `<svg width="10" height="8" viewBox="0 0 10 8"><rect x=".5" y=".5" width="9" height="7" fill="none" stroke="currentColor"/><path d="M.5 .5l4.5 4 4.5-4" fill="none" stroke="currentColor"/></svg>`;
const svgPin = `<svg width="8" height="10" viewBox="0 0 8 10"><path d="M4 10S0 5.5 0 3.8a4 4 0 018 0C8 5.5 4 10 4 10z" fill="currentColor"/><circle cx="4" cy="3.8" r="1.4" fill="#fff"/></svg>`;

// ---------------------------------------------------------------- single
/** UK two-page CV laid out by hand as two fixed pages: page 2 repeats a running head (name · CV · Page 2 of 2) and a job continues there with "(continued)". */
export function contPagehead(p: Person): string {
  const t = tops(p);
  const job = (x: (typeof t)[number], bullets: string[], cont = false) => `<div class="job"><div class="jl"><b>${esc(x.job.title)}</b>${cont ? ' <i>(continued)</i>' : ''}<span>${mon3(x.job.start)} – ${x.job.end ? mon3(x.job.end) : 'Present'}</span></div>
    <div class="emp">${esc(x.job.company)}${x.job.via ? ` — assignment at <i>${esc(x.job.via)}</i>` : ''}${x.job.place ? `, ${esc(x.job.place)}` : ''}</div>${li(bullets)}</div>`;
  const head = (n: number) => `<div class="rh"><span>${esc(p.name)}</span><span>Curriculum Vitae</span><span>Page ${n} of 2</span></div>`;
  const split = 2; // the third job shown breaks over the page
  const first = t.slice(0, split).map((x) => job(x, [...x.job.bullets, 'Regular progress reports to the client’s project board', 'Line-managed junior staff and reviewed their calculations']));
  const s = t[split];
  const rest = t.slice(split + 1).map((x) => job(x, x.job.bullets)).join('');
  return doc('en', `.pg{height:264mm;overflow:hidden;position:relative;page-break-after:always;font-size:10.5pt} .pg:last-child{page-break-after:auto}
  .rh{display:flex;justify-content:space-between;border-bottom:1px solid #999;font-size:8.5pt;color:#555;padding-bottom:2px;margin-bottom:14px}
  h1{font-family:${SERIF};font-size:26pt;font-weight:normal} .hd{font-size:9.5pt;margin:4px 0 14px} h2{font-family:${SERIF};font-size:13pt;border-bottom:2px solid #264653;color:#264653;margin:16px 0 8px;font-weight:normal;letter-spacing:1px}
  .job{margin-bottom:12px} .jl{display:flex;justify-content:space-between} .jl span{color:#444} .emp{font-style:italic;color:#333} .cols{columns:2;column-gap:24px} p{margin:0 0 6px}`,
  `<div class="pg">${head(1)}<h1>${esc(p.name)}</h1><div class="hd">${esc(p.address)} &nbsp;|&nbsp; Mobile ${esc(p.phonePrinted)}${p.otherPhone ? ` &nbsp;|&nbsp; ${esc(p.otherPhone.label)} ${esc(p.otherPhone.printed)}` : ''} &nbsp;|&nbsp; ${esc(p.email)}</div>
  <h2>Profile</h2><p>${esc(p.summary)} Comfortable leading small teams, writing for non-specialists and working to client standards.</p>
  <h2>Key Skills</h2><ul class="cols">${p.skills.map((k) => `<li>${esc(k)}</li>`).join('')}</ul>
  <h2>Employment History</h2>${first.join('')}${job(s, s.job.bullets.slice(0, 1))}</div>
  <div class="pg">${head(2)}${s.job.bullets.length > 1 ? job(s, s.job.bullets.slice(1), true) : `<div class="job"><div class="jl"><b>${esc(s.job.title)}</b> <i>(continued)</i></div><ul><li>Handover and close-out documentation</li></ul></div>`}${rest}
  <h2>Education</h2>${p.education.map((e) => `<p><b>${esc(e.degree)}</b>, ${esc(e.school)} (${Y4(e.start)}–${Y4(e.end)})</p>`).join('')}
  <h2>Professional Registration &amp; Licences</h2><p>${p.certs?.map(esc).join(' · ') ?? ''}</p><h2>Languages</h2><p>${p.languages.map(esc).join(', ')}</p>
  <h2>References</h2><p>Available on request.</p></div>`);
}
const Y4 = (s: string) => s.slice(0, 4);

/** US product résumé: one line per role "Title | Company | Q3 2019 – Q1 2022", an interim role as a sub-line. */
export function quarterLine(p: Person): string {
  const q = (j: Job) => `${quarter(j.start)} – ${j.end ? quarter(j.end) : 'present'}`;
  return doc('en', `body{font-size:10pt} h1{font-size:20pt;letter-spacing:.5px} .c{color:#555;margin:2px 0 10px} h2{font-size:9.5pt;text-transform:uppercase;letter-spacing:2px;color:#8a2b06;margin:12px 0 4px}
  .r{margin:6px 0 2px;font-weight:bold} .r .d{font-weight:normal;color:#555} .sub{margin:2px 0 2px 18px;font-style:italic} .sk{display:grid;grid-template-columns:repeat(4,1fr);gap:2px 10px}`,
  `<h1>${esc(p.name.toUpperCase())}</h1><div class="c">${esc(p.address)} • ${esc(p.phonePrinted)} (cell) • ${esc(p.email)}</div><p>${esc(p.summary)}</p>
  <h2>Experience</h2>${tops(p).map((t) => `<div class="r">${esc(t.job.title)} | ${esc(t.job.company)} | <span class="d">${q(t.job)}</span></div>${t.inner.map((k) => `<div class="sub">↳ ${esc(k.title)} | ${q(k)} (while in the role above)</div>`).join('')}${li(t.job.bullets)}`).join('')}
  <h2>Skills</h2><div class="sk">${p.skills.map((k) => `<span>${esc(k)}</span>`).join('')}</div>
  <h2>Education</h2>${p.education.map((e) => `<div>${esc(e.school)} — ${esc(e.degree)}, ${Y4(e.end)}</div>`).join('')}
  <h2>Certifications</h2><div>${p.certs?.map(esc).join('; ')}</div><h2>Languages</h2><div>${p.languages.join(', ')}</div>`);
}

/** Startup-style one-pager with apostrophe years: "Kestrel Pay — Senior Software Engineer (Dec '23 – now)"; internships as "Summer '17". */
export function apostrophe(p: Person): string {
  const d = (j: Job) => j.start.slice(5) === '06' && j.end?.slice(5) === '08' && j.start.slice(0, 4) === j.end.slice(0, 4) ? `Summer '${j.start.slice(2, 4)}` : `${apos(j.start)} – ${j.end ? apos(j.end) : 'now'}`;
  return doc('en', `body{font-size:10.5pt} .top{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:3px solid #111;padding-bottom:6px} h1{font-size:24pt;font-weight:800;letter-spacing:-1px}
  .ct{text-align:right;font-size:9pt} h2{font-size:11pt;margin:14px 0 4px;font-weight:800} .e{margin:8px 0 0} .e b{font-weight:700} .e .d{color:#666} .tags span{display:inline-block;border:1px solid #bbb;border-radius:3px;padding:0 5px;margin:2px 3px 2px 0;font-size:9pt}`,
  `<div class="top"><div><h1>${esc(p.name)}</h1><div>${esc(p.headline)}</div></div><div class="ct">${esc(p.phonePrinted)}<br>${esc(p.email)}<br>${esc(p.address)}</div></div>
  <h2>Work</h2>${tops(p).map((t) => `<div class="e"><b>${esc(t.job.company)}</b> — ${esc(t.job.title)} <span class="d">(${d(t.job)})</span></div>${li(t.job.bullets)}`).join('')}
  <h2>Stack</h2><div class="tags">${p.skills.map((k) => `<span>${esc(k)}</span>`).join('')}</div>
  <h2>School</h2>${p.education.map((e) => `<div>${esc(e.school)}, ${esc(e.degree)} ('${e.start.slice(2, 4)}–'${e.end.slice(2, 4)})</div>`).join('')}
  <h2>Languages</h2><div>${p.languages.join(' / ')}</div>`);
}

/** Australian résumé where each role shows its start and how long it lasted instead of an end: "February 2014 · 2 yrs 4 mos". */
export function startDuration(p: Person): string {
  const d = (j: Job) => j.end ? `${monF(j.start)} · ${durEn(months(j))}` : `Since ${monF(j.start)} · ${durEn(months(j))} to date`;
  return doc('en', `body{font-size:10pt} h1{font-size:22pt;color:#0b5563} .hd{margin:2px 0 8px;color:#333} h2{background:#e3f0f1;color:#0b5563;font-size:10.5pt;padding:2px 6px;margin:12px 0 5px}
  .j{margin:6px 0} .j .t{font-weight:bold} .j .d{font-size:9pt;color:#0b5563;font-weight:bold} .two{display:flex;gap:20px} .two>div{flex:1}`,
  `<h1>${esc(p.name)}</h1><div class="hd">${esc(p.headline)}<br>Mobile: ${esc(p.phonePrinted)} &nbsp; ${p.otherPhone ? `${p.otherPhone.label}: ${esc(p.otherPhone.printed)} &nbsp; ` : ''}Email: ${esc(p.email)} &nbsp; ${esc(p.address)}</div>
  <h2>Career Objective</h2><p>${esc(p.summary)}</p><h2>Key Skills</h2><p>${p.skills.map(esc).join(' • ')}</p>
  <h2>Employment</h2>${p.work.slice().reverse().map((j) => `<div class="j"><div class="d">${d(j)}</div><div class="t">${esc(j.title)} — ${esc(j.company)}${j.kind === 'sideline' ? ' (casual, alongside the role below)' : ''}</div>${li(j.bullets)}</div>`).join('')}
  <div class="two"><div><h2>Education</h2>${p.education.map((e) => `<div>${esc(e.degree)}<br><i>${esc(e.school)}</i>, ${Y4(e.end)}</div>`).join('')}</div><div><h2>Registrations &amp; Checks</h2>${p.certs?.map((c) => `<div>${esc(c)}</div>`).join('')}<h2>Languages</h2><div>${p.languages.join(', ')}</div></div></div>
  <h2>Referees</h2><p>Ms Joanne Petrakis, Nurse Unit Manager — 0491 570 110 &nbsp;·&nbsp; Mr David Okafor, Director of Nursing — (07) 5550 1830</p>`);
}

/** 中文简历: 工作经历写成"2016年下半年—2018年底""2023年初至今". */
export function zhBannian(p: Person): string {
  return doc('zh-CN', `body{font-size:10.5pt} .hd{text-align:center} h1{font-size:22pt;letter-spacing:6px} .hd div{margin-top:4px;color:#444} h2{font-size:12pt;color:#b23a48;border-left:5px solid #b23a48;padding-left:6px;margin:14px 0 6px}
  .j{margin:6px 0 8px} .j .a{font-weight:bold} .j .a span{float:right;font-weight:normal;color:#b23a48}`,
  `<div class="hd"><h1>${esc(p.name)}</h1><div>求职意向：${esc(p.headline)}</div><div>手机 ${esc(p.phonePrinted)} ｜ 邮箱 ${esc(p.email)} ｜ 现居 ${esc(p.address)}</div></div>
  <h2>自我评价</h2><p>${esc(p.summary)}</p>
  <h2>工作经历</h2>${tops(p).map((t) => `<div class="j"><div class="a">${esc(t.job.company)}　·　${esc(t.job.title)}<span>${banStart(t.job.start)}${t.job.end ? '—' + banEnd(t.job.end) : '至今'}</span></div><div>${t.job.bullets.map((b, i) => `${i + 1}. ${esc(b)}`).join('<br>')}</div></div>`).join('')}
  <h2>专业技能</h2><p>${p.skills.map(esc).join('、')}</p>
  <h2>教育背景</h2>${p.education.map((e) => `<p>${dot(e.start)}—${dot(e.end)}　${esc(e.school)}　${esc(e.degree)}</p>`).join('')}
  <h2>证书与语言</h2><p>${[...(p.certs ?? []), ...p.languages].map(esc).join('；')}</p>`);
}

/** Mixed-language "Title @ Company" lines with the range and the LinkedIn-style length "(3 yrs 6 mos)" after it. */
export function atLine(p: Person): string {
  const g = groups(p);
  return doc('zh-CN', `body{font-size:10pt} h1{font-size:24pt;font-weight:300} h1 small{font-size:13pt;color:#666;margin-left:8px} .hl{color:#0a66c2;margin:2px 0} .ct{font-size:9pt;color:#444;margin-bottom:8px}
  h2{font-size:10pt;color:#fff;background:#333;display:inline-block;padding:1px 8px;margin:12px 0 4px} .r{margin:6px 0 0} .r .d{color:#777;font-size:9pt} .via{font-size:9pt;color:#555;margin-left:14px}`,
  `<h1>${esc(p.name)}<small>${esc(p.alias ?? '')}</small></h1><div class="hl">${esc(p.headline)}</div><div class="ct">${svgPhone} ${esc(p.phonePrinted)} &nbsp; ${svgMail} ${esc(p.email)} &nbsp; ${svgPin} ${esc(p.address)}${p.otherPhone ? ` &nbsp; ${esc(p.otherPhone.label)}: ${esc(p.otherPhone.printed)}` : ''}</div>
  <p>${esc(p.summary)}</p><h2>经历 Experience</h2>${g.map((gr) => gr.items.map((t) => `<div class="r"><b>${esc(t.job.title)}</b> @ ${esc(t.job.company)} <span class="d">· ${slash(t.job.start)} – ${t.job.end ? slash(t.job.end) : '现在 Present'} (${durEn(months(t.job))})</span></div>${t.job.via ? `<div class="via">Assigned to client 派驻客户: ${esc(t.job.via)}</div>` : ''}${li(t.job.bullets)}`).join('')).join('')}
  <h2>技能 Skills</h2><p>${p.skills.map(esc).join(' · ')}</p><h2>教育 Education</h2>${p.education.map((e) => `<p>${esc(e.school)} — ${esc(e.degree)}, ${Y4(e.start)}–${Y4(e.end)}</p>`).join('')}
  <h2>证书 Certificates</h2><p>${p.certs?.map(esc).join(' · ')}</p><h2>语言 Languages</h2><p>${p.languages.map(esc).join(' · ')}</p>`);
}

// ---------------------------------------------------------------- table
/** Ex-forces "Record of Service" table: Appointment | Unit / Employer | From | To | Yrs-Mths, then civilian employment. */
export function serviceRecord(p: Person): string {
  const row = (j: Job) => { const n = months(j); return `<tr><td>${esc(j.title)}</td><td>${esc(j.company)}</td><td>${mmyyyy(j.start)}</td><td>${j.end ? mmyyyy(j.end) : 'to date'}</td><td class="n">${Math.floor(n / 12)}-${String(n % 12).padStart(2, '0')}</td></tr>`; };
  const mil = p.work.filter((j) => j.kind === 'posting'), civ = p.work.filter((j) => j.kind !== 'posting').reverse();
  return doc('en', `body{font-size:9.8pt} h1{font-size:18pt} .ct{margin:2px 0 8px} h2{font-size:10.5pt;margin:12px 0 4px;text-transform:uppercase} table{border-collapse:collapse;width:100%} td,th{border:1px solid #555;padding:3px 5px;vertical-align:top} th{background:#d9d9d9;text-align:left;font-size:9pt} .n{text-align:center}`,
  `<h1>${esc(p.name)}</h1><div class="ct">${esc(p.address)} — Mobile ${esc(p.phonePrinted)} — ${esc(p.email)}</div><p>${esc(p.summary)}</p>
  <h2>Civilian Employment</h2><table><tr><th>Position</th><th>Employer</th><th>From</th><th>To</th><th>Yrs-Mths</th></tr>${civ.map(row).join('')}</table>
  <ul>${civ.flatMap((j) => j.bullets).map((b) => `<li>${esc(b)}</li>`).join('')}</ul>
  <h2>Record of Service — Regular Army</h2><table><tr><th>Appointment (Rank)</th><th>Unit / Establishment</th><th>From</th><th>To</th><th>Yrs-Mths</th></tr>${mil.map(row).join('')}</table>
  <table style="margin-top:6px"><tr><th style="width:30%">Posting</th><th>Main duties</th></tr>${mil.map((j) => `<tr><td>${esc(j.company)}<br><i>${esc(j.title)}</i></td><td>${j.bullets.map(esc).join('; ')}</td></tr>`).join('')}</table>
  <h2>Skills</h2><table><tr>${p.skills.slice(0, 4).map((k) => `<td>${esc(k)}</td>`).join('')}</tr><tr>${p.skills.slice(4).map((k) => `<td>${esc(k)}</td>`).join('')}</tr></table>
  <h2>Qualifications &amp; Licences</h2><table>${(p.certs ?? []).map((c) => `<tr><td>${esc(c)}</td></tr>`).join('')}</table>
  <h2>Education</h2><p>${p.education.map((e) => `${esc(e.school)} — ${esc(e.degree)} (${Y4(e.start)}–${Y4(e.end)})`).join('')}</p>`);
}

/** 表格简历: each job takes two rows — 起 row and 止 row with the dates in their own cells; 单位/职务/时长 span both. */
export function zhQizhi(p: Person): string {
  return doc('zh-CN', `body{font-size:10pt} h1{text-align:center;font-size:20pt;letter-spacing:10px;margin-bottom:8px} table{border-collapse:collapse;width:100%;margin-bottom:8px} td{border:1px solid #333;padding:3px 5px;vertical-align:middle} .l{background:#eef2f7;font-weight:bold;text-align:center;white-space:nowrap} .s{font-size:9pt}`,
  `<h1>个人简历</h1><table><tr><td class="l">姓名</td><td>${esc(p.name)}</td><td class="l">手机</td><td>${esc(p.phonePrinted)}</td></tr><tr><td class="l">邮箱</td><td>${esc(p.email)}</td><td class="l">现居地</td><td>${esc(p.address)}</td></tr><tr><td class="l">求职意向</td><td colspan="3">${esc(p.headline)}</td></tr></table>
  <table><tr><td class="l" colspan="6">工 作 经 历</td></tr><tr><td class="l"></td><td class="l">年月</td><td class="l">工作单位</td><td class="l">职务</td><td class="l">时长</td><td class="l">工作内容</td></tr>
  ${tops(p).map((t) => `<tr><td class="l">起</td><td>${dot(t.job.start)}</td><td rowspan="2">${esc(t.job.company)}${t.job.via ? `<div class="s">驻场客户：${esc(t.job.via)}</div>` : ''}</td><td rowspan="2">${esc(t.job.title)}</td><td rowspan="2">${durZh(months(t.job))}</td><td rowspan="2" class="s">${t.job.bullets.map(esc).join('；')}</td></tr><tr><td class="l">止</td><td>${t.job.end ? dot(t.job.end) : '至今'}</td></tr>`).join('')}</table>
  <table><tr><td class="l" colspan="2">教 育 背 景</td></tr>${p.education.map((e) => `<tr><td>${dot(e.start)}—${dot(e.end)}</td><td>${esc(e.school)}　${esc(e.degree)}</td></tr>`).join('')}</table>
  <table><tr><td class="l">专业技能</td><td>${p.skills.map(esc).join('　')}</td></tr><tr><td class="l">证书</td><td>${p.certs?.map(esc).join('　')}</td></tr><tr><td class="l">语言</td><td>${p.languages.map(esc).join('　')}</td></tr><tr><td class="l">自我评价</td><td>${esc(p.summary)}</td></tr></table>`);
}

/** 长表格简历: one table whose <thead> (name, 第 n 页 note and column heads) Chromium repeats on every printed page. */
export function zhThead(p: Person): string {
  const rows = p.work.slice().reverse().map((j) => {
    const par = j.parent !== undefined ? p.work[j.parent] : undefined;
    return `<tr><td>${zhYM(j.start)}</td><td>${j.end ? zhYM(j.end) : '至今'}</td><td>${esc(j.company)}</td><td>${esc(j.title)}${par ? `<div class="s">（任${esc(par.title)}期间）</div>` : ''}${j.kind === 'sideline' ? '<div class="s">（兼职）</div>' : ''}</td></tr><tr><td class="lab" colspan="1">工作内容</td><td colspan="3">${j.bullets.map((b, i) => `${'①②③④'[i]}${esc(b)}`).join(' ')}；负责部门内部流程梳理与月度工作总结，配合上级完成临时性工作。</td></tr>`;
  }).join('');
  return doc('zh-CN', `body{font-size:10.5pt} table{border-collapse:collapse;width:100%} td,th{border:1px solid #444;padding:5px 6px;vertical-align:top} thead th{background:#dde6ee} thead .nm th{background:#fff;border:none;border-bottom:2px solid #2b4b6f;text-align:left;font-size:12pt;padding:2px 0 6px}
  .nm span{float:right;font-size:9pt;font-weight:normal;color:#666} .s{font-size:9pt;color:#555} .lab{background:#f3f3f3;text-align:center} .sec td{background:#2b4b6f;color:#fff;font-weight:bold} tr{page-break-inside:avoid} h1{font-size:20pt;margin-bottom:6px}`,
  `<h1>${esc(p.name)}</h1><p>电话：${esc(p.phonePrinted)}　${p.otherPhone ? `${esc(p.otherPhone.label)}：${esc(p.otherPhone.printed)}　` : ''}邮箱：${esc(p.email)}　地址：${esc(p.address)}</p><p style="margin:4px 0 8px">求职意向：${esc(p.headline)}　｜　${esc(p.summary)}</p>
  <table><thead><tr class="nm"><th colspan="4">${esc(p.name)} · 个人履历<span>（续表时表头自动重复）</span></th></tr><tr><th style="width:17%">起始年月</th><th style="width:17%">终止年月</th><th>工作单位</th><th style="width:24%">职务</th></tr></thead><tbody>
  <tr class="sec"><td colspan="4">工作经历</td></tr>${rows}
  <tr class="sec"><td colspan="4">教育经历</td></tr>${p.education.map((e) => `<tr><td>${zhYM(e.start)}</td><td>${zhYM(e.end)}</td><td>${esc(e.school)}</td><td>${esc(e.degree)}</td></tr>`).join('')}
  <tr class="sec"><td colspan="4">专业技能</td></tr><tr><td colspan="4">${p.skills.map(esc).join('；')}</td></tr>
  <tr class="sec"><td colspan="4">资格证书 / 语言</td></tr><tr><td colspan="4">${[...(p.certs ?? []), ...p.languages].map(esc).join('；')}</td></tr></tbody></table>`);
}

/** Table résumé whose period cell breaks the range over three lines (start / "to" / end). */
export function splitLineTable(p: Person): string {
  const zh = p.language !== 'en';
  return doc(lang(p), `body{font-size:10pt} .top{border-bottom:2px solid #6b2737;padding-bottom:4px;margin-bottom:8px} h1{font-size:20pt;color:#6b2737} h1 small{font-size:12pt;color:#333;margin-left:10px} h2{font-size:11pt;color:#6b2737;margin:10px 0 4px}
  table{border-collapse:collapse;width:100%} td,th{border:1px solid #aaa;padding:4px 6px;vertical-align:top} th{background:#f2e8ea;text-align:left} .per{width:19%;text-align:center;line-height:1.5} .per i{color:#888}`,
  `<div class="top"><h1>${esc(p.name)}${p.alias ? `<small>${esc(p.alias)}</small>` : ''}</h1><div>${esc(p.headline)}</div><div>${zh ? '手机 Mobile' : 'Mobile'}: ${esc(p.phonePrinted)} · ${zh ? '电邮 Email' : 'Email'}: ${esc(p.email)} · ${esc(p.address)}${p.otherPhone ? ` · ${esc(p.otherPhone.label)}: ${esc(p.otherPhone.printed)}` : ''}</div></div>
  <p>${esc(p.summary)}</p><h2>${L(p, 'Employment History', '工作经历')}</h2>
  <table><tr><th>${L(p, 'Period', '时间')}</th><th>${L(p, 'Organisation / Position', '机构 / 职位')}</th><th>${L(p, 'Responsibilities', '职责')}</th></tr>
  ${tops(p).map((t) => `<tr><td class="per">${mon3(t.job.start)}<br><i>to</i><br>${t.job.end ? mon3(t.job.end) : (zh ? 'Present 至今' : 'Present')}</td><td><b>${esc(t.job.company)}</b><br>${esc(t.job.title)}${t.inner.map((k) => `<br><small>+ ${esc(k.title)}, ${mon3(k.start)} – ${k.end ? mon3(k.end) : 'present'}${k.company !== t.job.company ? ` (${esc(k.company)})` : ''}</small>`).join('')}</td><td>${li([...t.job.bullets, ...t.inner.flatMap((k) => k.bullets)])}</td></tr>`).join('')}</table>
  <h2>${L(p, 'Skills', '技能')}</h2><table><tr>${p.skills.map((k) => `<td>${esc(k)}</td>`).join('')}</tr></table>
  <h2>${L(p, 'Education', '教育')}</h2><table>${p.education.map((e) => `<tr><td class="per">${Y4(e.start)}<br><i>to</i><br>${Y4(e.end)}</td><td>${esc(e.school)}<br>${esc(e.degree)}</td></tr>`).join('')}</table>
  <h2>${L(p, 'Certificates & Languages', '证书与语言')}</h2><p>${[...(p.certs ?? []), ...p.languages].map(esc).join(' · ')}</p>`);
}

/** Bilingual table grouped by employer: a shaded group row per employer; the staffing agency's group lists its client assignments. */
export function agencyGrouped(p: Person): string {
  return doc('zh-CN', `body{font-size:10pt} h1{font-size:20pt} h1 span{font-size:12pt;color:#555;margin-left:8px} table{border-collapse:collapse;width:100%;margin-top:6px} td,th{border:1px solid #999;padding:3px 6px;vertical-align:top} th{background:#4a4e69;color:#fff;text-align:left} .g td{background:#e9e9f0;font-weight:bold} h2{margin:10px 0 2px;font-size:11pt}`,
  `<h1>${esc(p.name)}<span>${esc(p.alias ?? '')}</span></h1><div>${esc(p.headline)}</div><div>Mobile 手机 ${esc(p.phonePrinted)} | Email 邮箱 ${esc(p.email)} | ${esc(p.address)}</div>${p.otherPhone ? `<div style="font-size:9pt;color:#555">${esc(p.otherPhone.label)}: ${esc(p.otherPhone.printed)}</div>` : ''}
  <h2>工作经历 Work Experience</h2><table><tr><th>职位 Position</th><th>客户 / 部门 Client / Dept.</th><th>起止 Dates</th><th>工作内容 Duties</th></tr>
  ${groups(p).map((g) => `<tr class="g"><td colspan="4">${esc(g.company)}${g.items.some((t) => t.job.via) ? ' — staffing agency 人才派遣 (assignments 派遣项目)' : ''}</td></tr>${g.items.map((t) => `<tr><td>${esc(t.job.title)}</td><td>${t.job.via ? `Client 客户: ${esc(t.job.via)}` : '—'}</td><td style="white-space:nowrap">${slash(t.job.start)} – ${t.job.end ? slash(t.job.end) : '至今 now'}</td><td>${t.job.bullets.map(esc).join('<br>')}</td></tr>`).join('')}`).join('')}</table>
  <h2>技能 Skills</h2><p>${p.skills.map(esc).join(' ｜ ')}</p><h2>教育 Education</h2>${p.education.map((e) => `<p>${slash(e.start)} – ${slash(e.end)}　${esc(e.school)}，${esc(e.degree)}</p>`).join('')}
  <h2>证书 Certificates</h2><p>${p.certs?.map(esc).join(' ｜ ')}</p><h2>语言 Languages</h2><p>${p.languages.map(esc).join(' ｜ ')}</p>`);
}

// ---------------------------------------------------------------- two-column
/** Grid page with a left contact column; each job has its own right-hand date box: start / end on two lines and the length under it. */
export function rightDatesRail(p: Person): string {
  const d = (j: Job) => `${mon3(j.start)}<br>– ${j.end ? mon3(j.end) : 'present'}<br><small>${durEn(months(j))}</small>`;
  return doc('en', `body{font-size:9.8pt} .pg{display:grid;grid-template-columns:52mm 1fr;gap:0 7mm} .side{border-right:1px solid #ccc;padding-right:5mm} h1{font-size:19pt;line-height:1.1;margin-bottom:4px} .side h3{font-size:9pt;text-transform:uppercase;color:#1d3557;margin:12px 0 3px;letter-spacing:1px}
  .side div{margin:1px 0} h2{font-size:11pt;color:#1d3557;border-bottom:1px solid #1d3557;margin:0 0 6px} .j{display:grid;grid-template-columns:1fr 30mm;gap:6px;margin-bottom:8px} .dt{text-align:right;font-size:8.8pt;color:#1d3557;border-left:3px solid #a8dadc;padding-left:4px} .dt small{color:#666}`,
  `<div class="pg"><div class="side"><h1>${esc(p.name)}</h1><div>${esc(p.headline)}</div><h3>Contact</h3><div>${svgPhone} ${esc(p.phonePrinted)}</div><div style="word-break:break-all">${svgMail} ${esc(p.email)}</div><div>${svgPin} ${esc(p.address)}</div>
  <h3>Skills</h3>${p.skills.map((k) => `<div>${esc(k)}</div>`).join('')}<h3>Licences</h3>${(p.certs ?? []).map((c) => `<div>${esc(c)}</div>`).join('')}<h3>Languages</h3>${p.languages.map((c) => `<div>${esc(c)}</div>`).join('')}
  <h3>Education</h3>${p.education.map((e) => `<div>${esc(e.degree)}, ${esc(e.school)} ${Y4(e.end)}</div>`).join('')}</div>
  <div><h2>Profile</h2><p style="margin-bottom:8px">${esc(p.summary)}</p><h2>Experience</h2>${tops(p).map((t) => `<div class="j"><div><b>${esc(t.job.title)}</b><br>${esc(t.job.company)}${li(t.job.bullets)}</div><div class="dt">${d(t.job)}</div></div>`).join('')}</div></div>`);
}

/** Two fixed pages: page 1 has a left rail; the history runs on to page 2, which repeats the name and page number and drops the rail. */
export function page2Rail(p: Person): string {
  const t = tops(p);
  const job = (x: (typeof t)[number], bullets: string[], head = true) => `<div class="j">${head ? `<div class="t"><b>${esc(x.job.title)}</b>, ${esc(x.job.company)}</div><div class="d">${monF(x.job.start)} – ${x.job.end ? monF(x.job.end) : 'present'}</div>` : `<div class="t"><b>${esc(x.job.company)}</b> — continued from page 1</div>`}${x.inner.map((k) => `<div class="in">${esc(k.title)}: ${monF(k.start)} – ${k.end ? monF(k.end) : 'present'}</div>`).filter(() => head).join('')}${li(bullets)}</div>`;
  const pad = ['Presented results to senior leadership each month', 'Coached new joiners and wrote onboarding notes'];
  const s = t[1];
  return doc('en', `.pg{height:264mm;overflow:hidden;page-break-after:always} .pg:last-child{page-break-after:auto} .one{display:grid;grid-template-columns:56mm 1fr;gap:7mm;height:100%}
  .rail{background:#f1ede4;padding:6mm 5mm;height:100%} .rail h3{font-size:9pt;letter-spacing:1px;text-transform:uppercase;margin:12px 0 3px;color:#7a5c2e} h1{font-size:22pt;line-height:1.1} .hl{color:#7a5c2e;margin:4px 0 10px}
  h2{font-size:12pt;color:#7a5c2e;margin:10px 0 5px;border-bottom:1px solid #d6c7a8} .j{margin-bottom:10px} .d{color:#555;font-size:9pt} .in{font-size:9pt;font-style:italic;margin-left:10px} .rh{display:flex;justify-content:space-between;font-size:9pt;color:#7a5c2e;border-bottom:1px solid #d6c7a8;margin-bottom:10px;padding-bottom:2px}`,
  `<div class="pg"><div class="one"><div class="rail"><h3>Contact</h3><div>${esc(p.phonePrinted)}</div><div style="word-break:break-all">${esc(p.email)}</div><div>${esc(p.address)}</div>${p.otherPhone ? `<div>${esc(p.otherPhone.label)}: ${esc(p.otherPhone.printed)}</div>` : ''}
  <h3>Skills</h3>${p.skills.map((k) => `<div>${esc(k)}</div>`).join('')}<h3>Languages</h3>${p.languages.map((c) => `<div>${esc(c)}</div>`).join('')}<h3>Certifications</h3>${(p.certs ?? []).map((c) => `<div>${esc(c)}</div>`).join('')}</div>
  <div><h1>${esc(p.name)}</h1><div class="hl">${esc(p.headline)}</div><h2>Summary</h2><p>${esc(p.summary)} Known for calm delivery under pressure and clear written updates.</p><h2>Professional Experience</h2>${job(t[0], [...t[0].job.bullets, ...pad])}${job(s, [...s.job.bullets, pad[0]].slice(0, 1))}</div></div></div>
  <div class="pg"><div class="rh"><span>${esc(p.name)} — Résumé</span><span>${esc(p.phonePrinted)}</span><span>Page 2</span></div>${job(s, [...s.job.bullets.slice(1), pad[1]], false)}${t.slice(2).map((x) => job(x, x.job.bullets)).join('')}
  <h2>Education</h2>${p.education.map((e) => `<p>${esc(e.degree)} — ${esc(e.school)}, ${monF(e.end)}</p>`).join('')}<h2>References</h2><p>Furnished on request.</p></div>`);
}

/** 中文双栏: main left, tinted right rail; 借调/代理/挂职 printed as boxed blocks inside the parent job. */
export function zhActingRail(p: Person): string {
  return doc('zh-CN', `body{font-size:10pt} .pg{display:flex;gap:6mm} .main{flex:1} .rail{width:58mm;background:#eaf4ee;padding:5mm 4mm} h1{font-size:22pt;color:#1b5e3b} .hl{margin:2px 0 8px}
  h2{font-size:11.5pt;color:#1b5e3b;border-bottom:2px solid #1b5e3b;margin:10px 0 5px} .rail h3{font-size:10.5pt;color:#1b5e3b;margin:10px 0 3px} .j{margin-bottom:8px} .j .a{display:flex;justify-content:space-between;font-weight:bold} .j .a span{font-weight:normal;color:#555;font-size:9pt}
  .box{border:1px dashed #1b5e3b;background:#f7fbf8;padding:3px 6px;margin:4px 0 4px 12px;font-size:9.5pt}`,
  `<div class="pg"><div class="main"><h1>${esc(p.name)}</h1><div class="hl">${esc(p.headline)}</div><h2>个人简介</h2><p>${esc(p.summary)}</p><h2>工作经历</h2>
  ${tops(p).map((t) => `<div class="j"><div class="a">${esc(t.job.company)}<span>${dot(t.job.start)} ~ ${t.job.end ? dot(t.job.end) : '至今'}（${durZh(months(t.job))}）</span></div><div>职位：${esc(t.job.title)}</div>${li(t.job.bullets)}
  ${t.inner.map((k) => `<div class="box">其间${k.kind === 'acting' ? '代理' : k.title.includes('挂职') ? '挂职' : '借调'}：${dot(k.start)} ~ ${k.end ? dot(k.end) : '至今'}　${k.company === t.job.company ? '' : esc(k.company) + '　'}${esc(k.title)}<br>${k.bullets.map(esc).join('；')}</div>`).join('')}</div>`).join('')}
  <h2>教育经历</h2>${p.education.map((e) => `<p>${dot(e.start)} ~ ${dot(e.end)}　${esc(e.school)}　${esc(e.degree)}</p>`).join('')}</div>
  <div class="rail"><h3>联系方式</h3><div>手机：${esc(p.phonePrinted)}</div>${p.otherPhone ? `<div>${esc(p.otherPhone.label)}：${esc(p.otherPhone.printed)}</div>` : ''}<div style="word-break:break-all">邮箱：${esc(p.email)}</div><div>地址：${esc(p.address)}</div>
  <h3>专业技能</h3>${p.skills.map((k) => `<div>▸ ${esc(k)}</div>`).join('')}<h3>资格证书</h3>${(p.certs ?? []).map((c) => `<div>${esc(c)}</div>`).join('')}<h3>语言能力</h3>${p.languages.map((c) => `<div>${esc(c)}</div>`).join('')}</div></div>`);
}

/** Two-column page (main 64 % + side column); each job's dates stand in a vertical pill to its left: start / ｜ / end. */
export function verticalDatePill(p: Person): string {
  const zh = p.language === 'zh';
  const e = (j: Job | null, s: string | null) => s ? (zh ? dot(s) : slash(s)) : (zh ? '至今' : 'Now 至今');
  return doc('zh-CN', `body{font-size:9.8pt} .hd{display:flex;align-items:center;gap:14px;border-bottom:3px double #5b3e96;padding-bottom:6px;margin-bottom:8px} h1{font-size:22pt;color:#5b3e96} .sub{color:#555}
  .pg{display:flex;gap:7mm} .main{width:64%} .side{flex:1;border-left:1px solid #ccc;padding-left:5mm} h2{font-size:11pt;color:#5b3e96;margin:6px 0 6px} .j{display:flex;gap:8px;margin-bottom:8px}
  .pill{flex:0 0 19mm;text-align:center;background:#5b3e96;color:#fff;border-radius:9px;padding:4px 2px;font-size:8.6pt;line-height:1.25;align-self:flex-start} .side div{margin:1px 0} .in{font-size:9pt;color:#5b3e96}`,
  `<div class="hd"><div><h1>${esc(p.name)}</h1><div class="sub">${esc(p.alias ?? '')}${p.alias ? ' · ' : ''}${esc(p.headline)}</div></div></div>
  <div class="pg"><div class="main"><h2>${L(p, 'Experience', '工作经历')}</h2>${tops(p).map((t) => `<div class="j"><div class="pill">${e(null, t.job.start)}<br>｜<br>${e(null, t.job.end)}</div><div><b>${esc(t.job.company)}</b><br>${esc(t.job.title)}${t.job.kind === 'sideline' ? (zh ? '（兼职）' : ' (part-time)') : ''}
  ${t.inner.map((k) => `<div class="in">${zh ? '其间' : 'During this role 期间'}: ${esc(k.title)}${k.company !== t.job.company ? ` @ ${esc(k.company)}` : ''}, ${e(null, k.start)} – ${e(null, k.end)}</div>`).join('')}${li(t.job.bullets)}</div></div>`).join('')}</div>
  <div class="side"><h2>${L(p, 'Contact', '联系方式')}</h2><div>${svgPhone} ${esc(p.phonePrinted)}</div>${p.otherPhone ? `<div>${esc(p.otherPhone.label)}: ${esc(p.otherPhone.printed)}</div>` : ''}<div style="word-break:break-all">${svgMail} ${esc(p.email)}</div><div>${svgPin} ${esc(p.address)}</div>
  <h2>${L(p, 'Profile', '个人简介')}</h2><div>${esc(p.summary)}</div><h2>${L(p, 'Skills', '专业技能')}</h2>${p.skills.map((k) => `<div>◆ ${esc(k)}</div>`).join('')}
  <h2>${L(p, 'Education', '教育背景')}</h2>${p.education.map((x) => `<div>${esc(x.school)}<br>${esc(x.degree)}<br>${Y4(x.start)}–${Y4(x.end)}</div>`).join('')}
  <h2>${L(p, 'Certificates', '证书')}</h2>${(p.certs ?? []).map((c) => `<div>${esc(c)}</div>`).join('')}<h2>${L(p, 'Languages', '语言')}</h2>${p.languages.map((c) => `<div>${esc(c)}</div>`).join('')}</div></div>`);
}
export { acad, MON, REF, isZh, nameLine };
