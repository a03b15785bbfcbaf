/** Chromium templates, single-column ones. */
import { type Person, printed } from './people.ts';
import { FONT_EN, FONT_SERIF, FONT_ZH, FONT_TC, L, durEn, durZh, esc, fmt, fontFor, fullName, months, newestFirst, range, sk } from './common.ts';

const page = (css: string, body: string, lang = 'en') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>
*{box-sizing:border-box} body{margin:0} ${css}</style></head><body>${body}</body></html>`;

/** Indian job-portal candidate-profile print ("Role at Company", total experience, CTC, notice period, key-skill chips). */
export function shineProfile(p: Person): string {
  const x = p.extra ?? {};
  const total = (() => { const n = months({ start: p.work[0].start, end: null }); return `${Math.floor(n / 12)} Years ${n % 12} Months`; })();
  const jobs = newestFirst(p).map((j) => `<div class="job"><div class="jt">${esc(j.title)} <span class="at">at</span> ${esc(j.company)}</div>
    <div class="jd">${range(j, 'Mon YYYY', ' - ', 'Till Date')} <span class="sep">|</span> ${durEn(months(j)).replace('yrs', 'Years').replace('yr', 'Year').replace('mos', 'Months').replace('mo', 'Month')} <span class="sep">|</span> ${esc(j.city)}</div>
    <ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`).join('');
  return page(`body{font:10.5pt ${FONT_EN};color:#222}
  .top{display:flex;justify-content:space-between;align-items:center;border-bottom:3px solid #f2a900;padding-bottom:6px;font-size:9pt;color:#666}
  .logo{font:bold 17pt ${FONT_EN};color:#f2a900;letter-spacing:-.5px}.logo b{color:#333}
  .card{border:1px solid #ddd;border-radius:6px;padding:12px 14px;margin-top:10px}
  h1{font-size:19pt;margin:0 0 2px}.head{color:#555;margin-bottom:6px}
  .facts span{display:inline-block;margin-right:16px;font-size:9.5pt}.facts svg{vertical-align:-2px;margin-right:4px}
  .verified{color:#1a8f3c;font-size:8pt;border:1px solid #1a8f3c;border-radius:8px;padding:0 5px;margin-left:4px}
  h2{font-size:12pt;margin:0 0 8px;color:#333}
  .job{margin-bottom:9px}.jt{font-weight:bold}.at{font-weight:normal;color:#777}.jd{color:#666;font-size:9pt}.sep{color:#bbb}
  ul{margin:4px 0 0 18px;padding:0}li{margin:1px 0}
  .chips span{display:inline-block;border:1px solid #c9d3e0;background:#f4f7fb;border-radius:14px;padding:2px 10px;margin:0 6px 6px 0;font-size:9.5pt}
  table{border-collapse:collapse;width:100%;font-size:9.5pt}td{padding:3px 6px;vertical-align:top}td.k{color:#777;width:30%}
  .foot{font-size:8pt;color:#999;margin-top:10px;text-align:center}`,
  `<div class="top"><div class="logo">talent<b>grid</b>.in</div><div>Candidate Profile · Downloaded on 18 Nov 2026 · Profile ID TG-7735102</div></div>
  <div class="card"><h1>${esc(p.name)}</h1><div class="head">${esc(p.headline)}</div>
  <div class="facts"><span>${svgPin}${esc(p.city)}</span><span>${svgBag}${total}</span><span>₹ ${esc(x['Current CTC'].replace('₹ ', ''))}</span><span>Notice: ${esc(x['Notice Period'])}</span></div>
  <div class="facts" style="margin-top:5px"><span>${svgMail}${esc(p.email)}<i class="verified">Verified</i></span><span>${svgPhone}${esc(p.phoneLocal)}<i class="verified">Verified</i></span></div></div>
  <div class="card"><h2>Profile Summary</h2>${esc(p.summary)}</div>
  <div class="card"><h2>Key Skills</h2><div class="chips">${sk(p).map((s) => `<span>${esc(s)}</span>`).join('')}</div></div>
  <div class="card"><h2>Work Experience</h2>${jobs}</div>
  <div class="card"><h2>Education</h2>${p.education.map((e) => `<div class="job"><div class="jt">${esc(e.degree)}</div><div class="jd">${esc(e.school)} | ${e.end.slice(0, 4)} | Full Time</div></div>`).join('')}</div>
  <div class="card"><h2>Certifications</h2>${p.certs.map(esc).join('<br>')}</div>
  <div class="card"><h2>Personal Details</h2><table>
   <tr><td class="k">Date of Birth</td><td>${esc(x['Date of Birth'])}</td><td class="k">Expected CTC</td><td>${esc(x['Expected CTC'])}</td></tr>
   <tr><td class="k">Address</td><td colspan="3">${esc(p.address)} · Landline ${esc(p.homePhone ?? '')}</td></tr>
   <tr><td class="k">Languages Known</td><td colspan="3">${p.languages.map(esc).join(', ')}</td></tr></table></div>
  <div class="foot">This profile was created by the jobseeker. talentgrid.in does not verify the information. Page generated for recruiter use only.</div>`);
}
const svgPin = `<svg width="10" height="12" viewBox="0 0 10 12"><path d="M5 0C2.2 0 0 2.2 0 5c0 3.5 5 7 5 7s5-3.5 5-7c0-2.8-2.2-5-5-5zm0 7a2 2 0 110-4 2 2 0 010 4z" fill="#888"/></svg>`;
const svgBag = `<svg width="12" height="11" viewBox="0 0 12 11"><rect x="0" y="3" width="12" height="8" rx="1" fill="#888"/><rect x="4" y="0.5" width="4" height="3" fill="none" stroke="#888"/></svg>`;
export const svgMail = `<svg width="12" height="9" viewBox="0 0 12 9"><rect x=".5" y=".5" width="11" height="8" fill="none" stroke="#888"/><path d="M.5 .5l5.5 4.5 5.5-4.5" fill="none" stroke="#888"/></svg>`;
export const svgPhone = `<svg width="9" height="12" viewBox="0 0 9 12"><rect x=".5" y=".5" width="8" height="11" rx="1.5" fill="none" stroke="#888"/><circle cx="4.5" cy="9.5" r=".8" fill="#888"/></svg>`;

/** UK two-page CV: name + post-nominals left, contact block right, "Key Skills" in three columns, "Career History" grouped
 * by employer with each role's "September 2012 to August 2015" line, Professional Memberships, referees with phones. */
export function ukCareerHistory(p: Person): string {
  const groups: { company: string; city: string; jobs: typeof p.work }[] = [];
  for (const j of newestFirst(p)) {
    const g = groups.at(-1);
    if (g && g.company === j.company) g.jobs.push(j); else groups.push({ company: j.company, city: j.city, jobs: [j] });
  }
  const present = p.id === 'p05' ? 'to date' : 'date';
  const career = groups.map((g) => `<div class="emp"><div class="en">${esc(g.company)}, ${esc(g.city)}</div>
    ${g.jobs.map((j) => `<div class="role"><b>${esc(j.title)}</b> <span class="dt">(${fmt(j.start, 'Month YYYY')} to ${j.end ? fmt(j.end, 'Month YYYY') : present})</span>
    <ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`).join('')}</div>`).join('');
  const x = p.extra;
  return page(`body{font:11pt ${FONT_SERIF};color:#111;line-height:1.35}
  .hd{display:flex;justify-content:space-between;border-bottom:1.5px solid #333;padding-bottom:8px}
  h1{font:bold 22pt ${FONT_SERIF};margin:0}.pn{font-size:12pt;font-weight:normal;color:#444}.hl{font-style:italic;margin-top:3px}
  .ct{text-align:right;font-size:10pt;line-height:1.45}
  h2{font:bold 11.5pt ${FONT_EN};text-transform:uppercase;letter-spacing:1px;color:#1d3557;margin:16px 0 6px}
  .cols{columns:3;column-gap:18px;margin:0;padding-left:16px}.cols li{break-inside:avoid}
  .emp{margin-bottom:10px}.en{font:bold 11.5pt ${FONT_EN};color:#1d3557}.role{margin:4px 0 0}.dt{color:#333}
  ul{margin:3px 0 0 0;padding-left:18px}p{margin:0}
  .two{display:grid;grid-template-columns:1fr 1fr;gap:12px;font-size:10.5pt}`,
  `<div class="hd"><div><h1>${esc(p.name)} <span class="pn">${esc(p.postNominals ?? '')}</span></h1><div class="hl">${esc(p.headline)}</div></div>
   <div class="ct">${esc(p.address)}<br>Home: ${esc(p.homePhone ?? '')}<br>Mobile: ${esc(p.phoneLocal)}<br>${esc(p.email)}</div></div>
  <h2>Personal Profile</h2><p>${esc(p.summary)}</p>
  <h2>Key Skills</h2><ul class="cols">${sk(p).map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
  <h2>Career History</h2>${career}
  <h2>Education &amp; Qualifications</h2>${p.education.map((e) => `<p><b>${esc(e.degree)}</b> — ${esc(e.school)} (${e.start.slice(0, 4)}–${e.end.slice(0, 4)})</p>`).join('')}
  <h2>Professional Memberships &amp; Certificates</h2><ul>${p.certs.map((c) => `<li>${esc(c)}</li>`).join('')}</ul>
  <h2>Languages</h2><p>${p.languages.map(esc).join(' · ')}</p>
  ${x ? `<h2>Personal Information</h2><p>${Object.entries(x).map(([k, v]) => `${esc(k)}: ${esc(v)}`).join(' &nbsp;|&nbsp; ')}</p>` : ''}
  <h2>Referees</h2>${p.referee ? `<div class="two"><div><b>${esc(p.referee.name)}</b><br>${esc(p.referee.role)}<br>Tel: ${esc(p.referee.phone)}</div><div>Further references available on request.</div></div>` : 'Available on request.'}`);
}

/** US résumé, all-caps name with credential, Core Competencies grid, EMPLOYER — City / dates right, roles grouped. */
export function usCapsCredential(p: Person): string {
  const groups: { company: string; city: string; jobs: typeof p.work }[] = [];
  for (const j of newestFirst(p)) {
    const g = groups.at(-1);
    if (g && g.company === j.company) g.jobs.push(j); else groups.push({ company: j.company, city: j.city, jobs: [j] });
  }
  const span = (js: typeof p.work) => `${fmt(js.at(-1)!.start, 'MM/YYYY')} – ${js[0].end ? fmt(js[0].end, 'MM/YYYY') : 'Present'}`;
  return page(`body{font:10.5pt ${FONT_EN};color:#000;line-height:1.3}
  h1{text-align:center;font-size:20pt;letter-spacing:2px;margin:0;text-transform:uppercase}
  .ct{text-align:center;font-size:9.5pt;margin:4px 0 2px}.hl{text-align:center;font-weight:bold;font-size:10.5pt;margin-top:6px}
  h2{font-size:10.5pt;letter-spacing:1.5px;border-bottom:2px solid #000;margin:12px 0 5px;padding-bottom:1px}
  .grid{display:grid;grid-template-columns:repeat(3,1fr);gap:2px 12px;font-size:10pt}.grid div:before{content:'▪ ';color:#555}
  .row{display:flex;justify-content:space-between;font-weight:bold;margin-top:7px}.row span:first-child{text-transform:uppercase}
  .ti{font-style:italic;font-weight:bold;margin-top:2px}.ti i{font-weight:normal;font-style:normal}ul{margin:2px 0 0;padding-left:18px}`,
  `<h1>${esc(p.name)}, ${esc(p.postNominals ?? '')}</h1>
  <div class="ct">${esc(p.address)} &nbsp;•&nbsp; ${esc(p.phoneLocal)} &nbsp;•&nbsp; ${esc(p.email)} &nbsp;•&nbsp; linkedin.com/in/${p.id === 'p06' ? 'jtmcallisterreyes' : 'gurpreet-sandhu-peng'}</div>
  <div class="hl">${esc(p.headline)}</div>
  <h2>SUMMARY</h2><div>${esc(p.summary)}</div>
  <h2>CORE COMPETENCIES</h2><div class="grid">${sk(p).map((s) => `<div>${esc(s)}</div>`).join('')}</div>
  <h2>PROFESSIONAL EXPERIENCE</h2>
  ${groups.map((g) => `<div class="row"><span>${esc(g.company)} — ${esc(g.city)}</span><span>${span(g.jobs)}</span></div>
    ${g.jobs.map((j) => `<div class="ti">${esc(j.title)}${g.jobs.length > 1 ? ` <i>(${fmt(j.start, 'MM/YYYY')} – ${j.end ? fmt(j.end, 'MM/YYYY') : 'Present'})</i>` : ''}</div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul>`).join('')}`).join('')}
  <h2>EDUCATION</h2>${p.education.map((e) => `<div class="row"><span>${esc(e.school)}</span><span>${fmt(e.end, 'MM/YYYY')}</span></div><div>${esc(e.degree)}</div>`).join('')}
  <h2>LICENSES &amp; CERTIFICATIONS</h2><div>${p.certs.map(esc).join(' &nbsp;|&nbsp; ')}</div>
  <h2>LANGUAGES</h2><div>${p.languages.map(esc).join(', ')}</div>`);
}

/** A Chinese developer's résumé page on a VuePress-style docs site, printed from the browser. */
export function vuepressPage(p: Person): string {
  const groups = p.skillGroups ?? [{ label: '技能', items: p.skills.map((_, i) => i) }];
  return page(`body{font:10.5pt ${FONT_ZH};color:#2c3e50;line-height:1.65}
  .nav{display:flex;justify-content:space-between;border-bottom:1px solid #eaecef;padding:4px 0 8px;font-size:10pt}.nav b{font-size:12pt}.nav span{margin-left:14px;color:#2c3e50}
  h1{font-size:20pt;margin:14px 0 6px}h2{font-size:14pt;border-bottom:1px solid #eaecef;padding-bottom:3px;margin:16px 0 8px}
  h1:before,h2:before,h3:before{content:'# ';color:#3eaf7c;font-weight:normal}
  h3{font-size:11.5pt;margin:10px 0 2px}code{background:#f3f5f7;color:#476582;padding:1px 6px;border-radius:3px;font:9.5pt 'DejaVu Sans Mono','Droid Sans Fallback',monospace}
  blockquote{overflow-wrap:anywhere;border-left:4px solid #dfe2e5;color:#6a737d;margin:6px 0;padding:0 12px}
  .tip{background:#f3f5f7;border-left:5px solid #42b983;padding:6px 14px;margin:8px 0}.tip b{display:block;color:#42b983}
  ul{margin:2px 0;padding-left:20px}.foot{display:flex;justify-content:space-between;color:#aaa;font-size:9pt;margin-top:16px;border-top:1px solid #eaecef;padding-top:6px}`,
  `<div class="nav"><b>${esc(p.name)} 的技术笔记</b><div><span>首页</span><span>文章</span><span>简历</span><span>归档</span><span>Gitee ↗</span></div></div>
  <h1>个人简历</h1>
  <blockquote>${esc(p.summary)}</blockquote>
  <div class="tip"><b>求职意向</b>后端技术专家 / 架构师 · 深圳 · 可一个月内到岗</div>
  <h2>基本信息</h2><ul><li>姓名：${esc(p.name)}</li><li>性别：${esc(p.extra!['性别'])}　　出生年月：${esc(p.extra!['出生年月'])}</li><li>手机：<code>${esc(p.phoneLocal)}</code>（微信同号）</li><li>邮箱：${esc(p.email)}</li><li>博客：zhongwei.gitee.io</li></ul>
  <h2>专业技能</h2><ul>${groups.map((g) => `<li><b>${esc(g.label)}</b>：${g.items.map((i) => esc(printed(p.skills[i]))).join('、')}</li>`).join('')}</ul>
  <h2>工作经历</h2>${newestFirst(p).map((j) => `<h3>${esc(j.company)} · ${esc(j.title)}</h3><code>${range(j, 'YYYY.MM', ' ~ ', '至今')}</code><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul>`).join('')}
  <h2>教育经历</h2><ul>${p.education.map((e) => `<li>${fmt(e.start, 'YYYY.MM')} ~ ${fmt(e.end, 'YYYY.MM')}　${esc(e.school)}　${esc(e.degree)}</li>`).join('')}</ul>
  <h2>证书</h2><ul>${p.certs.map((c) => `<li>${esc(c)}</li>`).join('')}</ul>
  <h2>语言</h2><ul>${p.languages.map((c) => `<li>${esc(c)}</li>`).join('')}</ul>
  <div class="foot"><span>在 Gitee 上编辑此页</span><span>上次更新: 2026/11/28 21:14:05</span></div>`, 'zh-CN');
}

/** Australian two-page résumé whose running header (name · Résumé · mobile) repeats on every page (position:fixed, with
 * a repeating thead spacer); "Career overview" lines, then roles "Title" / "Employer, City | Month YYYY – current". */
export function fixedRunhead(p: Person): string {
  const mixed = p.language === 'mixed';
  const cur = mixed ? '至今 current' : 'current';
  const items: { s: string; html: string }[] = newestFirst(p).map((j) => ({ s: j.start, html: `<div class="role"><div class="t">${esc(j.title)}</div><div class="m">${esc(j.company)}, ${esc(j.city)} &nbsp;|&nbsp; ${fmt(j.start, 'Month YYYY')} – ${j.end ? fmt(j.end, 'Month YYYY') : cur}</div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>` }));
  for (const b of p.breaks ?? []) items.push({ s: b.start, html: `<div class="role brk"><div class="t">Career break</div><div class="m">${fmt(b.start, 'Month YYYY')} – ${fmt(b.end, 'Month YYYY')}</div><div>${esc(b.text)}</div></div>` });
  items.sort((a, b) => b.s.localeCompare(a.s));
  return page(`body{font:11pt ${fontFor(p)};color:#222;line-height:1.45}
  .run{position:fixed;top:0;left:0;right:0;height:12mm;border-bottom:1px solid #9bb;display:flex;justify-content:space-between;align-items:flex-end;font-size:9pt;color:#466;padding-bottom:3px}
  table.wrap{width:100%;border-collapse:collapse}thead td{height:16mm}
  h1{font-size:24pt;color:#255;margin:0}.hl{font-size:12pt;color:#466;margin-bottom:8px}
  .ct{font-size:10pt;margin-bottom:6px}
  h2{font-size:12.5pt;color:#255;border-left:5px solid #7aa;padding-left:8px;margin:16px 0 6px}
  .ov div{display:flex}.ov span{width:34mm;color:#466}
  .role{margin:8px 0 10px;break-inside:avoid}.t{font-weight:bold;font-size:11.5pt}.m{color:#466}.brk{color:#555}ul{margin:3px 0;padding-left:20px}
  .sk{columns:2;padding-left:20px;margin:0}`,
  `<div class="run"><span>${esc(fullName(p))} — ${mixed ? '简历 Résumé' : 'Résumé'}</span><span>M ${esc(p.phoneLocal)}</span></div>
  <table class="wrap"><thead><tr><td></td></tr></thead><tbody><tr><td>
  <h1>${esc(fullName(p))}</h1><div class="hl">${esc(p.headline)}</div>
  <div class="ct">${esc(p.address)}<br>Mobile ${esc(p.phoneLocal)}${p.homePhone ? ` &nbsp;·&nbsp; Home ${esc(p.homePhone)}` : ''} &nbsp;·&nbsp; ${esc(p.email)}</div>
  <h2>${L(p, 'Career objective', '求职目标')}</h2><div>${esc(p.summary)}</div>
  <h2>${L(p, 'Career overview', '职业概览')}</h2><div class="ov">${newestFirst(p).map((j) => `<div><span>${j.start.slice(0, 4)} – ${j.end ? j.end.slice(0, 4) : 'now'}</span>${esc(j.title)}, ${esc(j.company)}</div>`).join('')}</div>
  <h2>${L(p, 'Key skills', '核心技能')}</h2><ul class="sk">${sk(p).map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
  <h2>${L(p, 'Employment history', '工作经历')}</h2>${items.map((i) => i.html).join('')}
  <h2>${L(p, 'Education', '教育背景')}</h2>${p.education.map((e) => `<div><b>${esc(e.degree)}</b><br>${esc(e.school)}, ${fmt(e.start, 'Mon YYYY')} – ${fmt(e.end, 'Mon YYYY')}</div>`).join('')}
  <h2>${L(p, 'Licences and certificates', '证书')}</h2><ul>${p.certs.map((c) => `<li>${esc(c)}</li>`).join('')}</ul>
  <h2>${L(p, 'Languages', '语言')}</h2><div>${p.languages.map(esc).join(' · ')}</div>
  <h2>${L(p, 'Referees', '推荐人')}</h2>${p.referee ? `<div><b>${esc(p.referee.name)}</b>, ${esc(p.referee.role)} — ${esc(p.referee.phone)}</div>` : ''}
  </td></tr></tbody></table>`, mixed ? 'zh-CN' : 'en-AU');
}

/** Regional Chinese talent-portal résumé print (地方人才网): 简历编号, one-line facts incl. 民族, 求职意向 grid, jobs with
 * company size / type tags and tenure in brackets, skills with 精通/熟练 levels, languages with levels. */
export function xjPortal(p: Person): string {
  const x = p.extra!;
  const lv = ['精通', '精通', '熟练', '熟练', '熟练', '精通', '熟练'];
  const tags = ['民营 | 100-499人', '民营 | 50-99人', '民营 | 50-99人', '国企 | 500-999人'];
  return page(`body{font:10pt ${FONT_ZH};color:#333;line-height:1.6}
  .bar{background:#0b6aa2;color:#fff;padding:6px 12px;display:flex;justify-content:space-between;font-size:9pt}.bar b{font-size:13pt}
  .id{font-size:8.5pt;color:#888;text-align:right;margin:4px 0}
  .who{display:flex;gap:14px;align-items:center;border:1px solid #dde6ee;padding:10px}
  .av{width:62px;height:76px;background:#e8eef4;display:flex;align-items:flex-end;justify-content:center;overflow:hidden}
  h1{font-size:18pt;margin:0}.facts{color:#555}.ct{margin-top:3px}
  h2{font-size:11.5pt;color:#0b6aa2;border-bottom:2px solid #0b6aa2;margin:12px 0 6px;padding-bottom:1px}
  .g{display:grid;grid-template-columns:1fr 1fr;gap:0 20px}.g span{color:#888}
  .job{margin-bottom:8px}.jh{display:flex;justify-content:space-between;font-weight:bold}.tag{color:#888;font-size:9pt}
  .sk{display:grid;grid-template-columns:repeat(3,1fr);gap:2px 16px}.sk div{display:flex;justify-content:space-between;border-bottom:1px dotted #ccc}.sk i{font-style:normal;color:#0b6aa2}`,
  `<div class="bar"><b>天山英才网</b><span>个人简历 · 打印版</span></div>
  <div class="id">简历编号：TS2026-0048813　更新时间：2026-11-20　浏览次数：214</div>
  <div class="who"><div class="av"><svg width="50" height="64" viewBox="0 0 50 64"><circle cx="25" cy="22" r="13" fill="#b9c8d6"/><path d="M0 64c0-16 11-26 25-26s25 10 25 26z" fill="#b9c8d6"/></svg></div>
  <div><h1>${esc(p.name)}</h1><div class="facts">${esc(x['性别'])} | 34岁 | ${esc(x['民族'])} | 大专 | 12年工作经验 | 现居 ${esc(p.city)}</div>
  <div class="ct">手机：${esc(p.phoneLocal)}　　邮箱：${esc(p.email)}</div></div></div>
  <h2>求职意向</h2><div class="g"><div><span>期望职位：</span>物流经理 / 供应链经理</div><div><span>期望地区：</span>乌鲁木齐、霍尔果斯</div><div><span>期望薪资：</span>15000-20000元/月</div><div><span>到岗时间：</span>一个月内</div></div>
  <h2>自我评价</h2><div>${esc(p.summary)}</div>
  <h2>工作经历</h2>${newestFirst(p).map((j, i) => `<div class="job"><div class="jh"><span>${range(j, 'YYYY.MM', '-', '至今')}　${esc(j.company)}</span><span class="tag">（${durZh(months(j))}）</span></div>
   <div>${esc(j.title)} <span class="tag">| ${tags[i] ?? ''}</span></div><div>工作描述：${j.bullets.map(esc).join('；')}。</div></div>`).join('')}
  <h2>教育经历</h2>${p.education.map((e) => `<div>${fmt(e.start, 'YYYY.MM')}-${fmt(e.end, 'YYYY.MM')}　${esc(e.school)}　${esc(e.degree)}</div>`).join('')}
  <h2>专业技能</h2><div class="sk">${sk(p).map((s, i) => `<div><span>${esc(s)}</span><i>${lv[i] ?? '熟练'}</i></div>`).join('')}</div>
  <h2>语言能力</h2><div>${p.languages.map(esc).join('　')}</div>
  <h2>证书</h2><div>${p.certs.map(esc).join('　')}</div>`, 'zh-CN');
}

/** Chinese one-column résumé with big "01 / 02 / 03" section numbers and the history oldest-first ("2016.07 — 2018.09",
 * "2022.06 — 今"), T / E / A contact prefixes, a printed 休整期 line. */
export function zhTimelineNumbers(p: Person): string {
  const items: { s: string; html: string }[] = p.work.map((j) => ({ s: j.start, html: `<div class="it"><div class="d">${range(j, 'YYYY.MM', ' — ', '今')}</div><div><b>${esc(j.company)}</b>　${esc(j.title)}<ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div></div>` }));
  for (const b of p.breaks ?? []) items.push({ s: b.start, html: `<div class="it gap"><div class="d">${fmt(b.start, 'YYYY.MM')} — ${fmt(b.end, 'YYYY.MM')}</div><div>${esc(b.text)}</div></div>` });
  items.sort((a, b) => a.s.localeCompare(b.s));
  const sec = (n: string, t: string, body: string) => `<div class="sec"><div class="n">${n}</div><div class="c"><h2>${t}</h2>${body}</div></div>`;
  return page(`body{font:10.5pt ${FONT_ZH};color:#333;line-height:1.65}
  .top{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:4px solid #e4572e;padding-bottom:8px}
  h1{font-size:26pt;margin:0;letter-spacing:4px}.hl{font-size:11pt;color:#e4572e}.ct{font-size:9.5pt;text-align:right}.ct b{color:#e4572e;margin-right:5px}
  .sec{display:flex;gap:12px;margin-top:14px}.n{font:bold 26pt ${FONT_EN};color:#f3c1b3;width:46px;line-height:1}
  .c{flex:1}h2{font-size:13pt;margin:0 0 6px}.it{display:grid;grid-template-columns:40mm 1fr;margin-bottom:6px}.d{color:#e4572e}.gap{color:#888}
  ul{margin:2px 0;padding-left:18px}.tags span{display:inline-block;background:#fbe3dc;padding:1px 10px;margin:0 6px 6px 0;border-radius:3px}`,
  `<div class="top"><div><h1>${esc(p.name)}</h1><div class="hl">${esc(p.headline)}</div></div>
  <div class="ct"><b>T</b>${esc(p.phoneLocal)}<br><b>E</b>${esc(p.email)}<br><b>A</b>${esc(p.address)}</div></div>
  ${sec('01', '关于我', `<div>${esc(p.extra!['性别'])}　|　${esc(p.extra!['出生年月'])}　|　籍贯 ${esc(p.extra!['籍贯'])}</div><div>${esc(p.summary)}</div>`)}
  ${sec('02', '教育背景', p.education.map((e) => `<div class="it"><div class="d">${fmt(e.start, 'YYYY.MM')} — ${fmt(e.end, 'YYYY.MM')}</div><div><b>${esc(e.school)}</b>　${esc(e.degree)}</div></div>`).join(''))}
  ${sec('03', '工作经历', items.map((i) => i.html).join(''))}
  ${sec('04', '专业技能', `<div class="tags">${sk(p).map((s) => `<span>${esc(s)}</span>`).join('')}</div>`)}
  ${sec('05', '证书与语言', `<div>证书：${p.certs.map(esc).join('；')}</div><div>语言：${p.languages.map(esc).join('；')}</div>`)}`, 'zh-CN');
}
