/** Chromium (HTML/CSS) templates of heldout-74. */
import type { Person } from './people.ts';
import { d, dur, esc, range, rev, sk } from './fmt.ts';

const EN = `'Liberation Sans', 'Droid Sans Fallback', 'DejaVu Sans', sans-serif`;
const SERIF = `'Liberation Serif', 'Droid Sans Fallback', 'DejaVu Serif', serif`;
/** CJK text in Droid Sans Fallback: Chromium's ToUnicode for Noto Sans CJK maps e.g. 子 文 黄 to Kangxi radicals (U+2Fxx / U+2Exx) in pdf.js. */
const SC = `'Liberation Sans', 'Droid Sans Fallback', sans-serif`;
const TC = `'Liberation Sans', 'Droid Sans Fallback', sans-serif`;
const page = (css: string, body: string, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>*{box-sizing:border-box}body{margin:0;color:#222}${css}</style></head><body>${body}</body></html>`;
const li = (xs: string[]) => xs.map((x) => `<li>${esc(x)}</li>`).join('');
const phoneIcon = `<svg width="9" height="9" viewBox="0 0 10 10"><path d="M2 1h2l1 2.5-1.3 1a6 6 0 0 0 2.8 2.8l1-1.3L10 7v2c0 .6-.4 1-1 1A9 9 0 0 1 0 2c0-.6.4-1 1-1z" fill="currentColor"/></svg>`;
const mailIcon = `<svg width="10" height="8" viewBox="0 0 10 8"><rect x=".5" y=".5" width="9" height="7" fill="none" stroke="currentColor"/><path d="M.5 .5 5 4.5 9.5.5" fill="none" stroke="currentColor"/></svg>`;
const pinIcon = `<svg width="8" height="10" viewBox="0 0 8 10"><path d="M4 0a4 4 0 0 1 4 4c0 3-4 6-4 6S0 7 0 4a4 4 0 0 1 4-4z" fill="currentColor"/><circle cx="4" cy="4" r="1.5" fill="#fff"/></svg>`;
const silhouette = (w: number, h: number, bg = '#d9dee3', fg = '#9aa5b1') =>
  `<svg width="${w}" height="${h}" viewBox="0 0 60 72"><rect width="60" height="72" fill="${bg}"/><circle cx="30" cy="26" r="13" fill="${fg}"/><path d="M6 72c2-16 12-24 24-24s22 8 24 24z" fill="${fg}"/></svg>`;

/** C1 gr-caps-surname — Greek-style English CV: Given SURNAME, "Personal information" label lines (military obligations), dd/mm/yyyy ranges first in bold. */
export function grCapsSurname(p: Person): string {
  const [given, ...rest] = p.name.split(' ');
  const jobs = rev(p).map((j) => `<div class="job"><div class="dt">${range(j, 'dd/mm/yyyy', ' – ', 'today')}</div>
  <div><b>${esc(j.title)}</b> — ${esc(j.company)}, ${esc(j.city)}</div><ul>${li(j.duties)}</ul></div>`).join('');
  return page(`body{font:10pt/1.35 ${EN}}h1{font:400 22pt ${SERIF};margin:0 0 2mm;letter-spacing:.5px}h1 span{font-weight:700}
  h2{font:700 10.5pt ${EN};color:#1f4e79;border-bottom:1.5px solid #1f4e79;margin:5mm 0 2mm;padding-bottom:1px;text-transform:uppercase}
  .pi{display:grid;grid-template-columns:42mm 1fr;row-gap:1px}.pi div:nth-child(odd){color:#555}.dt{font-weight:700;color:#1f4e79}.job{margin-bottom:2.5mm}ul{margin:1mm 0 0 5mm;padding:0}
  .skills{columns:2}`, `<h1>${esc(given)} <span>${esc(rest.join(' ').toUpperCase())}</span></h1><div>${esc(p.headline)}</div>
  <h2>Personal information</h2><div class="pi"><div>Address</div><div>${esc(p.address)}</div><div>Mobile</div><div>${p.phoneLocal}</div>
  ${p.otherPhones.map(([k, v]) => `<div>${esc(k)}</div><div>${esc(v)}</div>`).join('')}<div>E-mail</div><div>${p.email}</div>
  <div>Nationality</div><div>Greek</div><div>Military obligations</div><div>Fulfilled (Hellenic Navy, 2011–2012)</div><div>Driving licence</div><div>Category B</div></div>
  <h2>Work experience</h2>${jobs}
  <h2>Education and training</h2>${p.education.map((e) => `<div class="job"><div class="dt">${range(e, 'dd/mm/yyyy')}</div><div><b>${esc(e.degree)}</b> — ${esc(e.school)}</div></div>`).join('')}
  <h2>Personal skills</h2><ul class="skills">${li(sk(p))}</ul>
  <h2>Languages</h2><div>${esc(p.languages.join(' · '))}</div><h2>Memberships</h2><div>${esc(p.certs.join('; '))}</div>`);
}

/** C2 cr-bpo — Costa Rican BPO one-pager: cédula and WhatsApp in the header, English level, availability; "Title | Employer | City" with "Mon YYYY – to date" flush right. */
export function crBpo(p: Person): string {
  const jobs = rev(p).map((j) => `<div class="row"><div><b>${esc(j.title)}</b> | ${esc(j.company)} | ${esc(j.city)}</div><div class="dt">${range(j, 'Mon YYYY', ' – ', 'to date')}</div></div><ul>${li(j.duties)}</ul>`).join('');
  return page(`body{font:10pt/1.4 ${EN}}.band{background:#0b6e4f;color:#fff;padding:5mm 6mm}.band h1{margin:0;font-size:21pt}.band .sub{font-size:11pt;opacity:.9}
  .facts{margin-top:2mm;font-size:9pt}.facts span{margin-right:4mm;white-space:nowrap}h2{font-size:11pt;color:#0b6e4f;margin:4.5mm 0 1.5mm;border-left:4px solid #f2a900;padding-left:2mm}
  .row{display:flex;justify-content:space-between;gap:4mm}.dt{white-space:nowrap;color:#444}ul{margin:.5mm 0 2mm 5mm;padding:0}.box{background:#f3f7f5;padding:2mm 3mm}`,
  `<div class="band"><h1>${esc(p.name)}</h1><div class="sub">${esc(p.headline)}</div><div class="facts"><span>Cédula: 1-1457-0832</span><span>WhatsApp / Mobile: ${p.phoneLocal}</span><span>Home: ${p.otherPhones[0][1]}</span><span>${p.email}</span><span>${esc(p.address)}</span></div></div>
  <div class="box" style="margin-top:3mm"><b>English level:</b> C1 (EF SET 68/100) &nbsp; · &nbsp; <b>Availability:</b> immediate, open to night and weekend shifts &nbsp; · &nbsp; <b>Own transport:</b> yes</div>
  <h2>Profile</h2><div>${esc(p.summary)}</div><h2>Experience</h2>${jobs}
  <h2>Skills &amp; tools</h2><div>${esc(sk(p).join(', '))}</div>
  <h2>Education</h2>${p.education.map((e) => `<div class="row"><div>${esc(e.degree)} — ${esc(e.school)}</div><div class="dt">${d(e.start, 'Mon YYYY')} – ${d(e.end, 'Mon YYYY')}</div></div>`).join('')}
  <h2>Languages</h2><div>${esc(p.languages.join(' | '))}</div><h2>Certifications</h2><div>${esc(p.certs.join(', '))}</div>`);
}

/** C3 ca-ux-casestudy — Canadian designer résumé: "Title at Employer", small grey "Mon YYYY — Now · City", career-break line, case studies (not jobs). */
export function caUx(p: Person): string {
  const items = [...rev(p).map((j) => ({ s: j.start, h: `<div class="t">${esc(j.title)} at ${esc(j.company)}</div><div class="m">${range(j, 'Mon YYYY', ' — ', 'Now')} · ${esc(j.city)}</div><ul>${li(j.duties)}</ul>` })),
    ...(p.gap ? [{ s: p.gap.start, h: `<div class="t" style="font-weight:400;font-style:italic">${esc(p.gap.text)}</div><div class="m">${range(p.gap, 'Mon YYYY', ' — ')}</div>` }] : [])].sort((a, b) => b.s.localeCompare(a.s));
  return page(`body{font:9.6pt/1.45 ${EN};color:#2b2b2b}h1{font-size:26pt;margin:0;font-weight:300;letter-spacing:-.5px}.hl{font-size:12pt;color:#c2185b;margin-bottom:2mm}
  .ct{font-size:9pt;color:#555}.ct a{color:#555;text-decoration:none}h2{font-size:8.5pt;letter-spacing:2px;text-transform:uppercase;color:#888;margin:6mm 0 2mm}
  .t{font-weight:700}.m{color:#888;font-size:8.6pt}ul{margin:1mm 0 3mm 4mm;padding:0}.cs{display:grid;grid-template-columns:1fr 1fr;gap:3mm}.cs div{border:1px solid #eee;padding:2.5mm;border-radius:2mm}
  .chips span{display:inline-block;border:1px solid #c2185b;color:#c2185b;border-radius:9px;padding:0 2.5mm;margin:0 1.5mm 1.5mm 0;font-size:8.8pt}`,
  `<h1>${esc(p.name)}</h1><div class="hl">${esc(p.headline)} — health &amp; fintech</div>
  <div class="ct">${p.phoneLocal} &nbsp;/&nbsp; ${p.email} &nbsp;/&nbsp; portfolio: gtn-design.ca/work (password on request) &nbsp;/&nbsp; ${esc(p.address)}</div>
  <h2>About</h2><div>${esc(p.summary)}</div><h2>Experience</h2>${items.map((i) => i.h).join('')}
  <h2>Selected case studies</h2><div class="cs"><div><b>Patient portal 2.0</b><br><span class="m">Northwind Health · 2024</span><br>Appointment booking time cut from 6 to 2 minutes.</div><div><b>Maple design system</b><br><span class="m">Maplebyte · 2019–2021</span><br>140 components, adopted by 9 squads.</div></div>
  <h2>Skills</h2><div class="chips">${sk(p).map((s) => `<span>${esc(s)}</span>`).join('')}</div>
  <h2>Education</h2>${p.education.map((e) => `<div><b>${esc(e.degree)}</b>, ${esc(e.school)} <span class="m">${d(e.start, 'Mon YYYY')} — ${d(e.end, 'Mon YYYY')}</span></div>`).join('')}
  <h2>Languages &amp; certification</h2><div>${esc(p.languages.join(', '))} · ${esc(p.certs.join(', '))}</div>`);
}

/** C4 il-techcv — Israeli tech CV: one-line name + title, pipe contact line, "MM/YYYY – Present | Employer | Title" lines, skills one line. */
export function ilTech(p: Person): string {
  return page(`body{font:10pt/1.4 ${EN}}.top{display:flex;align-items:baseline;gap:4mm;border-bottom:2px solid #222;padding-bottom:1mm}.top h1{margin:0;font-size:19pt}.top span{font-size:12pt;color:#444}
  .ct{margin:1.5mm 0 3mm;font-size:9.3pt}h2{font-size:11pt;margin:4mm 0 1.5mm;text-decoration:underline}.l{margin-top:2mm}.l b{display:inline-block;min-width:40mm}ul{margin:.5mm 0 0 44mm;padding:0}`,
  `<div class="top"><h1>${esc(p.name)}</h1><span>${esc(p.headline)}</span></div>
  <div class="ct">${p.phoneLocal} | ${p.email} | ${esc(p.address)} | linkedin.com/in/noa-ben-david-qa</div>
  <h2>Summary</h2><div>${esc(p.summary)}</div>
  <h2>Professional Experience</h2>${rev(p).map((j) => `<div class="l"><b>${range(j, 'MM/YYYY')}</b> | ${esc(j.company)} | <i>${esc(j.title)}</i></div><ul>${li(j.duties)}</ul>`).join('')}
  <h2>Technical Skills</h2><div>${esc(sk(p).join(' | '))}</div>
  <h2>Education</h2>${p.education.map((e) => `<div class="l"><b>${d(e.start, 'MM/YYYY')} – ${d(e.end, 'MM/YYYY')}</b> | ${esc(e.school)} | ${esc(e.degree)}</div>`).join('')}
  <h2>Certifications</h2><div>${esc(p.certs.join(', '))}</div><h2>Languages</h2><div>${esc(p.languages.join(', '))}</div>`);
}

/** C5 zh-coder-md — 程序员 Markdown 简历 printed from a GitHub-style page: 专业技能 as sentences, 工作经历 with "2019.05 - 至今" right, then 项目经验 (projects, not jobs). */
export function zhCoderMd(p: Person): string {
  const s = sk(p);
  const skillLines = p.id === 'p08'
    ? [`熟练掌握 ${s[0]}、${s[1]}，有大型项目的开发和调优经验；`, `熟悉 ${s[2]}、${s[3]}、${s[4]}，了解 ${s[5]} 的检索与聚合；`, `熟悉 ${s[6]}、${s[7]} 容器化部署；`, `具备${s[8]}设计与落地经验。`]
    : [`熟练${s[0]}与${s[1]}，使用 ${s[2]}、${s[3]} 完成多款产品；`, `熟悉 ${s[4]} 平台驱动开发；`, `有${s[5]}与${s[6]}经验。`];
  const projects = p.id === 'p08'
    ? [['SaaS 多租户计费平台', '2023.03 - 2023.12', '负责整体架构设计，支撑200+企业客户'], ['订单中心重构', '2020.02 - 2020.09', '拆分订单服务，峰值QPS 8000']]
    : [['工业网关主控板 V2', '2023.06 - 2024.01', '负责原理图与六层板设计，一次投板成功'], ['便携式储能 BMS 板', '2021.03 - 2021.11', '负责EMC整改，通过CE/FCC']];
  const name = p.id === 'p10' ? '黎　俊' : p.name;
  return page(`body{font:10pt/1.6 ${SC};color:#24292f}h1{font-size:22pt;border-bottom:1px solid #d0d7de;padding-bottom:1mm;margin:0 0 2mm}
  h2{font-size:14pt;border-bottom:1px solid #d0d7de;padding-bottom:.5mm;margin:5mm 0 2mm}h3{font-size:11pt;margin:3mm 0 0;display:flex;justify-content:space-between}h3 small{font-weight:400;color:#57606a}
  code{background:#eff1f3;border-radius:3px;padding:0 3px;font-family:'DejaVu Sans Mono',monospace;font-size:9pt}ul{margin:1mm 0 0 5mm;padding:0}blockquote{margin:0;border-left:3px solid #d0d7de;padding-left:3mm;color:#57606a}`,
  `<h1>${esc(name)}</h1><blockquote>${esc(p.headline)} ｜ 期望城市：${p.id === "p08" ? "北京" : "深圳"}</blockquote>
  <ul><li>手机：<code>${p.phoneLocal}</code></li><li>邮箱：<code>${p.email}</code></li><li>GitHub：github.com/${p.email.split('@')[0].replace(/[._]/g, '-')}</li><li>现居：${esc(p.address)}</li></ul>
  <h2>专业技能</h2><ul>${li(skillLines)}</ul>
  <h2>工作经历</h2>${rev(p).map((j) => `<h3><span>${esc(j.company)} · ${esc(j.title)}</span><small>${range(j, 'YYYY.MM', ' - ', '至今')}</small></h3><ul>${li(j.duties)}</ul>`).join('')}
  <h2>项目经验</h2>${projects.map(([n, t, x]) => `<h3><span>${n}</span><small>${t}</small></h3><ul><li>${x}</li></ul>`).join('')}
  <h2>教育经历</h2>${p.education.map((e) => `<h3><span>${esc(e.school)} · ${esc(e.degree)}</span><small>${d(e.start, 'YYYY.MM')} - ${d(e.end, 'YYYY.MM')}</small></h3>`).join('')}
  <h2>其他</h2><ul><li>证书：${esc(p.certs.join('、'))}</li><li>语言：${esc(p.languages.join('、'))}</li></ul>`, 'zh-CN');
}

/** C6 my-photo-rail — Malaysian résumé: flex, light left rail with photo, 中文名 over ROMANISED NAME, H/P + Office, expected salary & notice; dates right of the title. */
export function myPhotoRail(p: Person): string {
  return page(`body{font:9.6pt/1.4 ${EN}}.w{display:flex;min-height:262mm}.rail{width:64mm;background:#e6f2f1;padding:6mm 5mm;flex:none}.main{padding:4mm 0 0 7mm;flex:1}
  .rail h1{font:700 20pt ${SC};margin:3mm 0 0}.rail .rn{font-size:11pt;letter-spacing:1.5px;color:#0f5e59}.rail h3{font-size:9.5pt;color:#0f5e59;text-transform:uppercase;margin:5mm 0 1mm;border-bottom:1px solid #9cc9c5}
  .kv b{display:block;font-size:8pt;color:#4b6e6b;font-weight:400}.kv div{margin-bottom:1.5mm}h2{color:#0f5e59;font-size:12pt;margin:2mm 0 2mm;border-bottom:2px solid #0f5e59}
  .jh{display:flex;justify-content:space-between;gap:3mm;margin-top:3mm}.jh span{white-space:nowrap;color:#555}.co{color:#0f5e59}ul{margin:1mm 0 0 4mm;padding:0}.rail ul{margin-left:4mm}`,
  `<div class="w"><div class="rail">${silhouette(90, 108)}<h1>${esc(p.name)}</h1><div class="rn">${esc(p.alt!.toUpperCase())}</div><div>${esc(p.headline)}</div>
  <h3>Contact</h3><div class="kv"><div><b>H/P</b>${p.phoneLocal}</div><div><b>${esc(p.otherPhones[0][0])}</b>${p.otherPhones[0][1]}</div><div><b>Email</b>${p.email}</div><div><b>Address</b>${esc(p.address)}</div></div>
  <h3>Particulars</h3><div class="kv"><div><b>Nationality</b>Malaysian</div><div><b>Expected salary</b>RM 11,500 (negotiable)</div><div><b>Notice period</b>1 month</div><div><b>Own transport</b>Yes</div></div>
  <h3>Skills</h3><ul>${li(sk(p))}</ul><h3>Languages</h3><ul>${li(p.languages)}</ul></div>
  <div class="main"><h2>Career Objective</h2><div>${esc(p.summary)}</div><h2 style="margin-top:5mm">Working Experience</h2>
  ${rev(p).map((j) => `<div class="jh"><b>${esc(j.title)}</b><span>${range(j, 'Mon YYYY', ' - ')}</span></div><div class="co">${esc(j.company)}, ${esc(j.city)}</div><ul>${li(j.duties)}</ul>`).join('')}
  <h2 style="margin-top:5mm">Education</h2>${p.education.map((e) => `<div class="jh"><b>${esc(e.degree)}</b><span>${d(e.start, 'Mon YYYY')} - ${d(e.end, 'Mon YYYY')}</span></div><div class="co">${esc(e.school)}</div>`).join('')}
  <h2 style="margin-top:5mm">Professional Certification</h2><div>${esc(p.certs.join(', '))}</div></div></div>`);
}

/** C7 sg-pharm-reg — Singapore CV: "中文名 Romanised" header, registration line, roles grouped under each employer with "Jul 2015 to Mar 2019". */
export function sgPharm(p: Person): string {
  const groups: { company: string; city: string; jobs: typeof p.work }[] = [];
  for (const j of rev(p)) { const g = groups.find((x) => x.company === j.company); if (g) g.jobs.push(j); else groups.push({ company: j.company, city: j.city, jobs: [j] }); }
  return page(`body{font:10pt/1.42 ${SERIF}}.hd{text-align:center}.hd h1{font-size:20pt;margin:0}.hd h1 small{font-size:14pt;font-weight:400}.hd div{font-size:9.4pt}
  h2{font:700 10pt ${EN};letter-spacing:1px;background:#e8e8e8;padding:1mm 2mm;margin:5mm 0 2mm}.emp{font-weight:700;margin-top:2.5mm}.role{margin-left:5mm}.role i{color:#333}ul{margin:.5mm 0 1mm 10mm;padding:0}`,
  `<div class="hd"><h1>${esc(p.name)} <small>${esc(p.alt!)}</small></h1><div>${esc(p.address)}</div><div>HP: ${p.phoneLocal} &nbsp;|&nbsp; ${p.otherPhones[0][0]}: ${p.otherPhones[0][1]} &nbsp;|&nbsp; ${p.email}</div>
  <div>Registered Pharmacist, Singapore Pharmacy Council (Reg. No. P09871J)</div></div>
  <h2>PROFILE</h2><div>${esc(p.summary)}</div>
  <h2>EMPLOYMENT HISTORY</h2>${groups.map((g) => `<div class="emp">${esc(g.company)}, ${esc(g.city)}</div>${g.jobs.map((j) => `<div class="role"><i>${esc(j.title)}</i> — ${range(j, 'Mon YYYY', ' to ', 'present')}</div><ul>${li(j.duties)}</ul>`).join('')}`).join('')}
  <h2>CORE COMPETENCIES</h2><div>${esc(sk(p).join(' • '))}</div>
  <h2>EDUCATION</h2>${p.education.map((e) => `<div>${esc(e.degree)}, ${esc(e.school)} (${d(e.start, 'Mon YYYY')} to ${d(e.end, 'Mon YYYY')})</div>`).join('')}
  <h2>LANGUAGES</h2><div>${esc(p.languages.join(', '))}</div><h2>REFEREES</h2><div>Available upon request.</div>`);
}

/** C8 returnee-single — 海归 bilingual single column: headings "工作经历 Work Experience", "2023.05 – 至今 Present ｜ 公司 ｜ 职位 Title". */
export function returnee(p: Person): string {
  const tt: Record<string, string> = { 'Graduate Data Analyst': 'Graduate Data Analyst 数据分析师（管培）', 'Product Analyst': 'Product Analyst 产品分析师', '高级产品经理': '高级产品经理 Senior PM', '产品总监': '产品总监 Product Director' };
  return page(`body{font:10pt/1.5 ${SC}}.hd{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:3px double #8b0000;padding-bottom:2mm}.hd h1{margin:0;font-size:22pt;color:#8b0000}.hd h1 span{font-size:13pt;color:#333;font-weight:400;margin-left:3mm}
  .hd .c{text-align:right;font-size:9pt}h2{font-size:11.5pt;color:#8b0000;margin:5mm 0 2mm}h2 small{font-weight:400;color:#777;font-size:9.5pt;margin-left:2mm}
  .j{margin-top:2.5mm}.j .dt{display:inline-block;width:46mm;color:#555}ul{margin:.5mm 0 0 51mm;padding:0}`,
  `<div class="hd"><h1>${esc(p.name)}<span>${esc(p.alt!)}</span></h1><div class="c">${p.phoneLocal}<br>${p.email}<br>${esc(p.address)}</div></div>
  <h2>个人简介<small>Summary</small></h2><div>${esc(p.summary)} 英国硕士毕业，中英文工作环境均可。</div>
  <h2>工作经历<small>Work Experience</small></h2>${rev(p).map((j) => `<div class="j"><span class="dt">${range(j, 'YYYY.MM', ' – ', '至今 Present')}</span><b>${esc(j.company)}</b> ｜ ${esc(tt[j.title] ?? j.title)}</div><ul>${li(j.duties)}</ul>`).join('')}
  <h2>技能<small>Skills</small></h2><div>${esc(sk(p).join(' ／ '))}</div>
  <h2>教育背景<small>Education</small></h2>${p.education.map((e) => `<div class="j"><span class="dt">${d(e.start, 'YYYY.MM')} – ${d(e.end, 'YYYY.MM')}</span>${esc(e.school)} ｜ ${esc(e.degree)}</div>`).join('')}
  <h2>语言与证书<small>Languages &amp; Certificates</small></h2><div>${esc(p.languages.join('；'))}；${esc(p.certs.join('、'))}</div>`, 'zh-CN');
}

/** C9 ruled-section-table — one visible three-column table for the whole CV: section label cell (rowspan) | entry | dates column; MM/YYYY – Current. */
export function ruledSectionTable(p: Person): string {
  const rows: string[] = [];
  const sec = (label: string, items: [string, string][]) => items.forEach(([a, b], i) => rows.push(`<tr>${i === 0 ? `<th rowspan="${items.length}">${label}</th>` : ''}<td>${a}</td><td class="dt">${b}</td></tr>`));
  sec('Contact', [[`${p.phoneLocal} (mobile)${p.otherPhones.length ? ` · ${esc(p.otherPhones[0][1])} (${esc(p.otherPhones[0][0].toLowerCase())})` : ''}<br>${p.email}<br>${esc(p.address)}`, '']]);
  sec('Profile', [[esc(p.summary), '']]);
  sec('Experience', rev(p).map((j) => [`<b>${esc(j.company)}</b>, ${esc(j.city)}<br><i>${esc(j.title)}</i><ul>${li(j.duties)}</ul>`, range(j, 'MM/YYYY', ' – ', 'Current')] as [string, string]));
  if (p.gap) sec('Career break', [[esc(p.gap.text), range(p.gap, 'MM/YYYY')]]);
  sec('Education', p.education.map((e) => [`${esc(e.degree)}<br>${esc(e.school)}`, `${d(e.start, 'MM/YYYY')} – ${d(e.end, 'MM/YYYY')}`] as [string, string]));
  sec('Skills', [[esc(sk(p).join('; ')), '']]);
  sec('Certifications', [[esc(p.certs.join('; ')), '']]);
  sec('Languages', [[esc(p.languages.join('; ')), '']]);
  return page(`body{font:9.6pt/1.38 ${EN}}h1{font-size:20pt;margin:0 0 1mm}.hl{color:#555;margin-bottom:3mm}table{border-collapse:collapse;width:100%}
  th,td{border-top:1px solid #999;border-bottom:1px solid #999;padding:1.6mm 2mm;vertical-align:top;text-align:left}th{width:30mm;background:#f0f0f0;font-size:9pt;text-transform:uppercase;letter-spacing:.5px;border-right:1px solid #999}
  td.dt{width:36mm;text-align:right;white-space:nowrap;color:#333}ul{margin:.5mm 0 0 4mm;padding:0}tr{page-break-inside:avoid}`,
  `<h1>${esc(p.name)}</h1><div class="hl">${esc(p.headline)}</div><table>${rows.join('')}</table>`);
}

/** C10 service-months-table — "Employment record" bordered table with No. / Employer / Position / From / To / Duration (y m); particulars table on top. */
export function serviceMonths(p: Person): string {
  const jobs = p.work.map((j, i) => `<tr><td>${i + 1}</td><td>${esc(j.company)}<br><small>${esc(j.city)}</small></td><td>${esc(j.title)}</td><td>${d(j.start, 'Mon YYYY')}</td><td>${j.end ? d(j.end, 'Mon YYYY') : 'to date'}</td><td>${dur(j)}</td></tr>`).join('');
  return page(`body{font:9.6pt/1.35 ${EN}}h1{text-align:center;font-size:14pt;letter-spacing:3px;margin:0 0 4mm}table{border-collapse:collapse;width:100%;margin-bottom:4mm}
  td,th{border:1px solid #444;padding:1.3mm 2mm;vertical-align:top;text-align:left}th{background:#dde4ee;font-size:9pt}.lab{background:#f2f2f2;width:38mm;font-weight:700}h2{font-size:10.5pt;margin:4mm 0 1.5mm}small{color:#555}
  .sk td{width:50%}`,
  `<h1>CURRICULUM VITAE</h1><table><tr><td class="lab">Full name</td><td colspan="3"><b>${esc(p.name)}</b></td></tr>
  <tr><td class="lab">Current position</td><td colspan="3">${esc(p.headline)}</td></tr><tr><td class="lab">Mobile</td><td>${p.phoneLocal}</td><td class="lab">E-mail</td><td>${p.email}</td></tr>
  <tr><td class="lab">Address</td><td colspan="3">${esc(p.address)}</td></tr>${p.otherPhones.length ? `<tr><td class="lab">${esc(p.otherPhones[0][0])}</td><td colspan="3">${p.otherPhones[0][1]}</td></tr>` : ''}</table>
  <h2>1. Employment record (oldest first)</h2><table><tr><th>No.</th><th>Employer</th><th>Position</th><th>From</th><th>To</th><th>Duration</th></tr>${jobs}</table>
  <h2>2. Main duties in current position</h2><div>${esc(p.work.at(-1)!.duties.join(' '))}</div>
  <h2>3. Key skills</h2><table class="sk">${Array.from({ length: Math.ceil(p.skills.length / 2) }, (_, i) => `<tr><td>${esc(sk(p)[2 * i])}</td><td>${esc(sk(p)[2 * i + 1] ?? '')}</td></tr>`).join('')}</table>
  <h2>4. Education</h2><table><tr><th>Institution</th><th>Qualification</th><th>From</th><th>To</th></tr>${p.education.map((e) => `<tr><td>${esc(e.school)}</td><td>${esc(e.degree)}</td><td>${d(e.start, 'Mon YYYY')}</td><td>${d(e.end, 'Mon YYYY')}</td></tr>`).join('')}</table>
  <h2>5. Languages</h2><div>${esc(p.languages.join('; '))}</div><h2>6. Certifications</h2><div>${esc(p.certs.join('; '))}</div>`);
}

/** C11 zh-skillmatrix — 表格简历 with a 技能 ｜ 熟练程度 ｜ 使用年限 matrix and a 时间 ｜ 公司 ｜ 职位 ｜ 主要职责 table, "2016年7月—2019年4月"/"至今". */
export function zhSkillMatrix(p: Person): string {
  const lv = ['精通', '熟练', '熟练', '熟悉', '熟悉', '熟悉', '了解', '熟悉', '熟练'];
  return page(`body{font:9.8pt/1.45 ${SC}}h1{text-align:center;font-size:18pt;letter-spacing:8px;margin:0 0 3mm}table{border-collapse:collapse;width:100%;margin-bottom:3.5mm}
  td,th{border:1px solid #666;padding:1.3mm 2mm;vertical-align:middle}th{background:#dfe9f5;font-weight:700}.lab{background:#f1f1f1;width:24mm;text-align:center}caption{text-align:left;font-weight:700;font-size:11pt;padding:1mm 0;color:#1f4e79}`,
  `<h1>个人简历</h1><table><tr><td class="lab">姓　名</td><td>${esc(p.name)}</td><td class="lab">求职意向</td><td>${esc(p.headline)}</td></tr>
  <tr><td class="lab">手　机</td><td>${p.phoneLocal}</td><td class="lab">邮　箱</td><td>${p.email}</td></tr>
  <tr><td class="lab">现居地</td><td>${esc(p.address)}</td><td class="lab">${p.otherPhones[0] ? esc(p.otherPhones[0][0]) : '到岗时间'}</td><td>${p.otherPhones[0] ? p.otherPhones[0][1] : '一个月内'}</td></tr></table>
  <table><caption>专业技能</caption><tr><th>技能</th><th>熟练程度</th><th>使用年限</th></tr>${sk(p).map((s, i) => `<tr><td>${esc(s)}</td><td>${lv[i % lv.length]}</td><td>${3 + ((i * 5) % 7)}年</td></tr>`).join('')}</table>
  <table><caption>工作经历</caption><tr><th style="width:38mm">时间</th><th>公司</th><th style="width:28mm">职位</th><th>主要职责</th></tr>
  ${rev(p).map((j) => `<tr><td>${range(j, 'YYYY年M月', '—', '至今')}</td><td>${esc(j.company)}</td><td>${esc(j.title)}</td><td>${esc(j.duties.join('；'))}</td></tr>`).join('')}</table>
  <table><caption>教育背景</caption>${p.education.map((e) => `<tr><td style="width:38mm">${d(e.start, 'YYYY年M月')}—${d(e.end, 'YYYY年M月')}</td><td>${esc(e.school)}</td><td>${esc(e.degree)}</td></tr>`).join('')}</table>
  <table><tr><td class="lab">证　书</td><td>${esc(p.certs.join('、'))}</td></tr><tr><td class="lab">语　言</td><td>${esc(p.languages.join('、'))}</td></tr><tr><td class="lab">自我评价</td><td>${esc(p.summary)}</td></tr></table>`, 'zh-CN');
}

/** C12 tw-qiuzhi-table — 台灣 求職履歷表: 服務機構 ｜ 職稱 ｜ 起迄年月 "2015/08～2018/02" ｜ 離職原因, "迄今". */
export function twQiuzhi(p: Person): string {
  const why = ['職涯發展', '內部升遷', '尋求管理職', '—'];
  return page(`body{font:9.8pt/1.45 ${TC}}h1{text-align:center;font-size:18pt;margin:0 0 1mm}.sub{text-align:center;color:#666;margin-bottom:3mm}table{border-collapse:collapse;width:100%;margin-bottom:3.5mm}
  td,th{border:1px solid #555;padding:1.3mm 2mm}th{background:#ece3d4}.lab{background:#f6f1e8;width:24mm;text-align:center}.sec{background:#7a5c2e;color:#fff;font-weight:700;text-align:left}`,
  `<h1>求職履歷表</h1><div class="sub">應徵職務：${esc(p.headline)}</div>
  <table><tr><td class="lab">姓名</td><td>${esc(p.name)}</td><td class="lab">希望待遇</td><td>依公司規定</td></tr><tr><td class="lab">行動電話</td><td>${p.phoneLocal}</td><td class="lab">${esc(p.otherPhones[0][0])}</td><td>${p.otherPhones[0][1]}</td></tr>
  <tr><td class="lab">E-mail</td><td colspan="3">${p.email}</td></tr><tr><td class="lab">通訊地址</td><td colspan="3">${esc(p.address)}</td></tr>
  <tr><th colspan="4" class="sec">學歷</th></tr>${p.education.map((e) => `<tr><td colspan="2">${esc(e.school)} ${esc(e.degree)}</td><td colspan="2">${d(e.start, 'YYYY/MM')}～${d(e.end, 'YYYY/MM')}</td></tr>`).join('')}</table>
  <table><tr><th colspan="4" class="sec">工作經歷</th></tr><tr><th>服務機構</th><th>職稱</th><th>起迄年月</th><th>離職原因</th></tr>
  ${rev(p).map((j, i) => `<tr><td>${esc(j.company)}</td><td>${esc(j.title)}</td><td>${range(j, 'YYYY/MM', '～', '迄今')}</td><td>${why[(i + 3) % 4]}</td></tr><tr><td colspan="4" style="color:#444">工作內容：${esc(j.duties.join('；'))}</td></tr>`).join('')}</table>
  <table><tr><th colspan="2" class="sec">專長與證照</th></tr><tr><td class="lab">專長</td><td>${esc(sk(p).join('、'))}</td></tr><tr><td class="lab">證照</td><td>${esc(p.certs.join('、'))}</td></tr><tr><td class="lab">語言</td><td>${esc(p.languages.join('、'))}</td></tr></table>`, 'zh-TW');
}

/** C13 bilingual-matrix-table — 中英 bilingual table résumé: label cells "Mobile 手机", work table "Period 期间 ｜ Company 公司 ｜ Position 职位", "MM/YYYY – Present 至今". */
export function bilingualMatrix(p: Person): string {
  const lab = (en: string, zh: string) => `<td class="lab">${en}<br><span>${zh}</span></td>`;
  return page(`body{font:9.6pt/1.4 ${EN},${SC}}h1{font-size:16pt;margin:0 0 3mm;text-align:center}h1 span{font-size:11pt;color:#555;display:block;font-weight:400}table{border-collapse:collapse;width:100%;margin-bottom:3.5mm}
  td,th{border:1px solid #777;padding:1.3mm 2mm;vertical-align:top}th{background:#e4ecf3;text-align:left}.lab{background:#f5f5f5;width:30mm;font-weight:700}.lab span{font-weight:400;color:#666}.sec{background:#2f4f6f;color:#fff}`,
  `<h1>RÉSUMÉ 个人简历<span>${esc(p.headline)}</span></h1><table><tr>${lab('Name', '姓名')}<td colspan="3"><b>${esc(p.name)}</b>　${esc(p.alt!)}</td></tr>
  <tr>${lab('Mobile', '手机')}<td>${p.phoneLocal}</td>${lab('E-mail', '邮箱')}<td>${p.email}</td></tr>
  <tr>${lab('Address', '地址')}<td colspan="3">${esc(p.address)}</td></tr>${p.otherPhones.length ? `<tr>${lab(esc(p.otherPhones[0][0]), '办公电话')}<td colspan="3">${p.otherPhones[0][1]}</td></tr>` : ''}</table>
  <table><tr><th colspan="3" class="sec">Work Experience 工作经历</th></tr><tr><th style="width:44mm">Period 期间</th><th>Company 公司</th><th style="width:52mm">Position 职位</th></tr>
  ${rev(p).map((j) => `<tr><td>${range(j, 'MM/YYYY', ' – ', 'Present 至今')}</td><td>${esc(j.company)}<div style="color:#555">${esc(j.duties.join(' '))}</div></td><td>${esc(j.title)}</td></tr>`).join('')}</table>
  <table><tr><th colspan="3" class="sec">Education 教育背景</th></tr>${p.education.map((e) => `<tr><td style="width:44mm">${d(e.start, 'MM/YYYY')} – ${d(e.end, 'MM/YYYY')}</td><td>${esc(e.school)}</td><td style="width:52mm">${esc(e.degree)}</td></tr>`).join('')}</table>
  <table><tr>${lab('Skills', '技能')}<td>${esc(sk(p).join('; '))}</td></tr><tr>${lab('Languages', '语言')}<td>${esc(p.languages.join('; '))}</td></tr><tr>${lab('Certificates', '证书')}<td>${esc(p.certs.join('; '))}</td></tr></table>`, 'zh-CN');
}

/** C14 float-wrap-rail — hand-coded HTML CV: a floated left box (contact, skills, languages) and the main text flowing beside it and then under it. */
export function floatWrap(p: Person): string {
  return page(`body{font:10pt/1.45 ${SERIF}}h1{font:700 24pt ${EN};margin:0 0 1mm}.hl{font:italic 12pt ${SERIF};color:#5a3e85;margin-bottom:4mm}
  .box{float:left;width:56mm;margin:0 6mm 4mm 0;background:#f1ecf7;border-top:4px solid #5a3e85;padding:3mm 4mm;font:9pt/1.45 ${EN}}.box h3{font-size:9pt;margin:3mm 0 1mm;color:#5a3e85;text-transform:uppercase}.box h3:first-child{margin-top:0}
  .box ul{margin:0;padding-left:4mm}h2{font:700 11pt ${EN};color:#5a3e85;margin:4mm 0 1.5mm}.e{margin-bottom:2.5mm}.e .m{font:9pt ${EN};color:#666}ul.d{margin:.5mm 0 0;padding-left:9mm}`,
  `<h1>${esc(p.name)}</h1><div class="hl">${esc(p.headline)}</div>
  <div class="box"><h3>Contact</h3>${p.phoneLocal}<br>${p.otherPhones.map(([k, v]) => `${esc(k)}: ${esc(v)}<br>`).join('')}${p.email}<br>${esc(p.address)}
  <h3>Skills</h3><ul>${li(sk(p))}</ul><h3>Languages</h3><ul>${li(p.languages)}</ul></div>
  <h2>Profile</h2><p style="margin:0">${esc(p.summary)}</p><h2>Experience</h2>
  ${rev(p).map((j) => `<div class="e"><b>${esc(j.title)}</b>, ${esc(j.company)}<div class="m">${esc(j.city)} · ${range(j, 'Month YYYY', ' to ', 'present')}</div><ul class="d">${li(j.duties)}</ul></div>`).join('')}
  ${p.gap ? `<div class="e"><i>${esc(p.gap.text)}</i><div class="m">${range(p.gap, 'Month YYYY', ' to ')}</div></div>` : ''}
  <h2>Education</h2>${p.education.map((e) => `<div class="e"><b>${esc(e.degree)}</b>, ${esc(e.school)}<div class="m">${d(e.start, 'Month YYYY')} to ${d(e.end, 'Month YYYY')}</div></div>`).join('')}
  <h2>Qualifications &amp; certificates</h2><div>${esc(p.certs.join('; '))}</div><h2>References</h2><div>Available on request.</div>`);
}

/** C15 zh-grid-rail — Chinese CSS-grid 双栏: main column left with a small date column per job ("2019.05 —" / "2022.10"), tinted rail right (联系方式, 技能, 证书, 语言). */
export function zhGridRail(p: Person): string {
  const T = p.id === 'p11';
  const L = T ? { c: '聯絡方式', w: '工作經歷', s: '專業技能', z: '證照', y: '語言', e: '學歷', a: '自我介紹', now: '迄今', m: '手機', mail: '信箱' } : { c: '联系方式', w: '工作经历', s: '专业技能', z: '证书', y: '语言', e: '教育背景', a: '个人优势', now: '至今', m: '手机', mail: '邮箱' };
  const name = p.id === 'p10' ? '黎　俊' : p.name;
  return page(`body{font:9.8pt/1.5 ${T ? TC : SC}}.g{display:grid;grid-template-columns:1fr 58mm;column-gap:6mm;min-height:262mm}.rail{background:#f4efe6;padding:5mm 4mm}
  h1{font-size:24pt;margin:0;letter-spacing:2px}.hl{color:#a0522d;font-size:11pt;margin-bottom:3mm}h2{font-size:12pt;color:#a0522d;border-bottom:1px solid #a0522d;margin:4mm 0 2mm}
  .rail h3{font-size:10.5pt;margin:0 0 1.5mm;color:#a0522d}.rail div{margin-bottom:4mm}.job{display:grid;grid-template-columns:22mm 1fr;column-gap:3mm;margin-bottom:3mm}.job .dt{color:#777;font-size:9pt;line-height:1.35}
  .rail ul{margin:0;padding-left:4mm}.tag{display:inline-block;background:#fff;border:1px solid #d8c7a8;border-radius:2px;padding:0 1.5mm;margin:0 1mm 1mm 0}`,
  `<div class="g"><div><h1>${esc(name)}</h1><div class="hl">${esc(p.headline)}</div><h2>${L.a}</h2><div>${esc(p.summary)}</div>
  <h2>${L.w}</h2>${rev(p).map((j) => `<div class="job"><div class="dt">${d(j.start, 'YYYY.MM')} —<br>${j.end ? d(j.end, 'YYYY.MM') : L.now}</div><div><b>${esc(j.company)}</b><br>${esc(j.title)}<ul style="margin:.5mm 0 0;padding-left:4mm">${li(j.duties)}</ul></div></div>`).join('')}
  <h2>${L.e}</h2>${p.education.map((e) => `<div class="job"><div class="dt">${d(e.start, 'YYYY.MM')} —<br>${d(e.end, 'YYYY.MM')}</div><div><b>${esc(e.school)}</b><br>${esc(e.degree)}</div></div>`).join('')}</div>
  <div class="rail"><div><h3>${L.c}</h3>${L.m}：${p.phoneLocal}<br>${p.otherPhones.map(([k, v]) => `${esc(k)}：${esc(v)}<br>`).join('')}${L.mail}：${p.email}<br>${esc(p.address)}</div>
  <div><h3>${L.s}</h3>${sk(p).map((s) => `<span class="tag">${esc(s)}</span>`).join('')}</div><div><h3>${L.z}</h3><ul>${li(p.certs)}</ul></div><div><h3>${L.y}</h3><ul>${li(p.languages)}</ul></div></div></div>`, T ? 'zh-TW' : 'zh-CN');
}

/** C16 flex-bilingual-rail — HK/SG bilingual: dark left rail with 中文名 large and the English name under it, bilingual contact captions; main right with a date column "04/2022 – Present 至今". */
export function flexBilingualRail(p: Person): string {
  const hk = p.id === 'p13';
  const L = hk ? { m: 'Mobile 手提電話', e: 'Email 電郵', a: 'Address 地址', w: 'Work Experience 工作經驗', s: 'Skills 技能', l: 'Languages 語言', ed: 'Education 學歷', c: 'Qualifications 專業資格', now: 'Present 至今' }
    : { m: 'Mobile 手机', e: 'Email 邮箱', a: 'Address 地址', w: 'Work Experience 工作经历', s: 'Skills 技能', l: 'Languages 语言', ed: 'Education 教育', c: 'Registration 注册', now: 'Present 至今' };
  return page(`body{font:9.6pt/1.45 ${EN},${hk ? TC : SC}}.w{display:flex;min-height:262mm}.rail{width:60mm;flex:none;background:#243447;color:#e8eef4;padding:7mm 5mm}.main{flex:1;padding:2mm 0 0 7mm}
  .rail h1{font:700 26pt ${hk ? TC : SC};margin:0;color:#fff}.rail .en{font-size:11.5pt;margin-bottom:5mm}.cap{font-size:7.5pt;color:#9fb3c8;margin-top:2.5mm}.rail h3{font-size:9pt;color:#9fb3c8;border-bottom:1px solid #4a5f76;margin:6mm 0 1.5mm}
  .rail ul{margin:0;padding-left:4mm}h2{font-size:12pt;color:#243447;margin:2mm 0 2mm;border-bottom:2px solid #243447}.j{display:flex;gap:4mm;margin-bottom:3mm}.j .dt{width:33mm;flex:none;color:#555;font-size:9pt}ul.d{margin:.5mm 0 0;padding-left:4mm}`,
  `<div class="w"><div class="rail"><h1>${esc(p.name)}</h1><div class="en">${esc(p.alt!)}</div>
  <div class="cap">${L.m}</div><div>${p.phoneLocal}</div><div class="cap">${esc(p.otherPhones[0][0])}</div><div>${p.otherPhones[0][1]}</div><div class="cap">${L.e}</div><div style="word-break:break-all">${p.email}</div><div class="cap">${L.a}</div><div>${esc(p.address)}</div>
  <h3>${L.s}</h3><ul>${li(sk(p))}</ul><h3>${L.l}</h3><ul>${li(p.languages)}</ul></div>
  <div class="main"><div style="font-size:12pt;font-weight:700;margin-bottom:3mm">${esc(p.headline)}</div><div style="margin-bottom:4mm">${esc(p.summary)}</div><h2>${L.w}</h2>
  ${rev(p).map((j) => `<div class="j"><div class="dt">${range(j, 'MM/YYYY', ' – ', L.now)}</div><div><b>${esc(j.title)}</b><br>${esc(j.company)}<ul class="d">${li(j.duties)}</ul></div></div>`).join('')}
  <h2>${L.ed}</h2>${p.education.map((e) => `<div class="j"><div class="dt">${d(e.start, 'MM/YYYY')} – ${d(e.end, 'MM/YYYY')}</div><div><b>${esc(e.degree)}</b><br>${esc(e.school)}</div></div>`).join('')}
  <h2>${L.c}</h2><div>${esc(p.certs.join('; '))}</div></div></div>`, hk ? 'zh-HK' : 'zh-SG');
}

/** C17 photo-rail-right — CSS grid with the rail on the RIGHT: round photo, contact with SVG icons, skills, certificates; main left with italic "Mar 2022 – present" after the employer. */
export function photoRailRight(p: Person): string {
  return page(`body{font:9.8pt/1.45 ${EN}}.g{display:grid;grid-template-columns:1fr 60mm;min-height:262mm}.main{padding-right:6mm}.rail{background:#eef3f8;padding:6mm 5mm;border-left:3px solid #3b6ea5}
  h1{font-size:23pt;margin:0;color:#3b6ea5}.hl{font-size:11.5pt;margin-bottom:4mm}h2{font-size:11pt;text-transform:uppercase;letter-spacing:1px;color:#3b6ea5;margin:4mm 0 2mm}
  .rail h3{font-size:9.5pt;text-transform:uppercase;color:#3b6ea5;margin:5mm 0 1.5mm}.ph{width:36mm;height:36mm;border-radius:50%;overflow:hidden;margin:0 auto 3mm}.ic{display:flex;gap:2mm;align-items:center;margin-bottom:1.2mm;color:#3b6ea5}.ic span{color:#222;word-break:break-all}
  .rail ul{margin:0;padding-left:4mm}.e{margin-bottom:3mm}.e i{color:#555}ul.d{margin:.5mm 0 0;padding-left:4mm}`,
  `<div class="g"><div class="main"><h1>${esc(p.name)}</h1><div class="hl">${esc(p.headline)}</div><h2>Profile</h2><div>${esc(p.summary)}</div><h2>Employment</h2>
  ${rev(p).map((j) => `<div class="e"><b>${esc(j.title)}</b><br>${esc(j.company)}, ${esc(j.city)} — <i>${range(j, 'Mon YYYY', ' – ', 'present')}</i><ul class="d">${li(j.duties)}</ul></div>`).join('')}
  <h2>Education</h2>${p.education.map((e) => `<div class="e"><b>${esc(e.degree)}</b><br>${esc(e.school)} — <i>${d(e.start, 'Mon YYYY')} – ${d(e.end, 'Mon YYYY')}</i></div>`).join('')}
  ${p.otherPhones.some(([k]) => k.startsWith('Referee')) ? `<h2>Referees</h2>${p.otherPhones.map(([k, v]) => `<div>${esc(k.replace('Referee – ', ''))}: ${esc(v)}</div>`).join('')}` : ''}</div>
  <div class="rail"><div class="ph">${silhouette(136, 163, '#c9d6e3', '#7f97b2')}</div><h3 style="margin-top:0">Contact</h3>
  <div class="ic">${phoneIcon}<span>${p.phoneLocal}</span></div><div class="ic">${mailIcon}<span>${p.email}</span></div><div class="ic">${pinIcon}<span>${esc(p.address)}</span></div>
  <h3>Skills</h3><ul>${li(sk(p))}</ul><h3>Registration &amp; certificates</h3><ul>${li(p.certs)}</ul><h3>Languages</h3><ul>${li(p.languages)}</ul></div></div>`);
}
