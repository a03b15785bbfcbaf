/** heldout-77: HTML templates printed by Chromium. */
import type { Person } from './people.ts';
import { d, esc, newest, range, svg, months } from './lib.ts';

const page = (css: string, body: string, lang = 'en') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>
*{box-sizing:border-box} body{margin:0;font-family:"Liberation Sans","WenQuanYi Zen Hei",sans-serif;font-size:10pt;color:#222;line-height:1.35}
ul{margin:2px 0 0 0;padding-left:16px} li{margin:1px 0} h1,h2,h3,p{margin:0}
${css}</style></head><body>${body}</body></html>`;
const zhFont = (p: Person) => (p.id === 'p10' || p.id === 'p13' ? '"WenQuanYi Zen Hei"' : '"WenQuanYi Zen Hei"');

/* C1 leader-dots — US résumé typed with dotted leaders: EMPLOYER ….. dates, title in small caps under it. */
export function leaderDots(p: Person): string {
  const css = `body{font-family:"Liberation Serif",serif;font-size:10.5pt}
  .top{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:2px solid #333;padding-bottom:6px}
  .top h1{font-size:22pt;font-weight:normal;letter-spacing:.5px} .top .hl{font-style:italic;color:#555}
  .top .ct{text-align:right;font-size:9.5pt;line-height:1.45}
  h2{font-size:10.5pt;text-transform:uppercase;letter-spacing:2px;margin:12px 0 4px}
  .ld{display:flex;align-items:baseline} .ld b{white-space:nowrap} .ld .fill{flex:1;border-bottom:1.5px dotted #777;margin:0 5px;transform:translateY(-3px)} .ld span{white-space:nowrap}
  .role{font-variant:small-caps;letter-spacing:.4px;margin-top:1px} .job{margin-bottom:7px}`;
  const jobs = newest(p).map((j) => `<div class="job"><div class="ld"><b>${esc(j.company.toUpperCase())}</b>, ${esc(j.city)}<span class="fill"></span><span>${range(j, 'Mon YYYY', ' – ', 'Present')}</span></div>
  <div class="role">${esc(j.title)}</div><ul>${j.duties.map((x) => `<li>${esc(x)}</li>`).join('')}</ul></div>`).join('');
  const body = `<div class="top"><div><h1>${esc(p.name)}</h1><div class="hl">${esc(p.headline)}</div></div>
  <div class="ct">${esc(p.address)}<br>Mobile: ${esc(p.phoneLocal)}<br>${esc(p.email)}</div></div>
  <h2>Profile</h2><p>${esc(p.summary)}</p>
  <h2>Experience</h2>${jobs}
  <h2>Technical Proficiencies</h2><p>${p.skills.map(esc).join('; ')}</p>
  <h2>Education</h2>${p.edu.map((e) => `<div class="ld"><b>${esc(e.school)}</b><span class="fill"></span><span>${d(e.end, 'Mon YYYY')}</span></div><div class="role">${esc(e.degree)}</div>`).join('')}
  <h2>Certifications &amp; Languages</h2><p>${p.certs.map(esc).join(' · ')}</p><p>Languages: ${p.languages.map(esc).join(', ')}</p>
  ${p.referees ? `<h2>References</h2>${p.referees.map((r) => `<p>${esc(r.name)}, ${esc(r.role)} — ${esc(r.phone)}</p>`).join('')}` : ''}`;
  return page(css, body);
}

/* C2 zh-kv-inline-jobs — 中文单栏：每段经历一行「时间：… ｜ 单位：… ｜ 岗位：…」，◇ 标题居中。 */
export function zhKvInline(p: Person): string {
  const css = `body{font-family:${zhFont(p)},sans-serif;font-size:10pt}
  h1{text-align:center;font-size:20pt;letter-spacing:6px} .sub{text-align:center;color:#555;margin-top:2px}
  h2{text-align:center;font-size:11pt;margin:12px 0 6px;color:#8a1c1c} h2::before{content:"◇ "} h2::after{content:" ◇"}
  .kv{display:grid;grid-template-columns:1fr 1fr;gap:2px 20px} .job{margin-bottom:6px} .line{font-weight:bold;background:#f5eded;padding:2px 6px}
  .duty{padding-left:6px}`;
  const jobs = newest(p).map((j) => `<div class="job"><div class="line">时间：${range(j, 'YYYY/MM', '—', '至今')}　｜　单位：${esc(j.company)}　｜　岗位：${esc(j.title)}${j.kind ? `（${esc(j.kind)}）` : ''}</div>
  <div class="duty">职责：${j.duties.map((x, i) => `${i + 1}. ${esc(x)}；`).join('')}</div></div>`).join('');
  const body = `<h1>${esc(p.name)}</h1><div class="sub">求职意向：${esc(p.headline)} ｜ 期望城市：${esc(p.city)}</div>
  <h2>个人信息</h2><div class="kv"><div>手机：${esc(p.phoneLocal)}</div><div>邮箱：${esc(p.email)}</div><div>现居：${esc(p.address)}</div><div>工作年限：${p.work.length > 0 ? Math.floor(p.work.reduce((a, j) => a + months(j), 0) / 12) : 0}年</div>
  ${p.otherPhones.map((o) => `<div>${esc(o.label)}：${esc(o.value)}</div>`).join('')}</div>
  <h2>工作经历</h2>${jobs}
  <h2>专业技能</h2><p>专业技能：${p.skills.map(esc).join('、')}</p>
  <h2>教育背景</h2>${p.edu.map((e) => `<p>时间：${range(e, 'YYYY/MM', '—', '')}　｜　学校：${esc(e.school)}　｜　${esc(e.degree)}</p>`).join('')}
  <h2>语言与证书</h2><p>语言：${p.languages.map(esc).join('；')}</p><p>证书：${p.certs.map(esc).join('；')}</p>
  <h2>自我评价</h2><p>${esc(p.summary)}</p>`;
  return page(css, body, 'zh');
}

/* C3 mixed-pinyin-headline — HK/MY bilingual: big Chinese name, romanised name in spaced caps, dl with MM.YYYY dates. */
export function mixedPinyin(p: Person): string {
  const css = `body{font-family:"Liberation Sans",${zhFont(p)},sans-serif}
  .nm{font-family:${zhFont(p)};font-size:30pt;font-weight:bold;letter-spacing:8px} .en{letter-spacing:5px;font-size:11pt;text-transform:uppercase;color:#555;margin-top:-2px}
  .ct{margin-top:6px;font-size:9.5pt} .ct b{display:inline-block;width:14px;color:#0a5c7a}
  h2{font-size:10.5pt;color:#0a5c7a;border-bottom:1px solid #0a5c7a;margin:12px 0 5px}
  dl{display:grid;grid-template-columns:34mm 1fr;margin:0;row-gap:6px} dt{color:#444;font-size:9.5pt} dd{margin:0}`;
  const jobs = newest(p).map((j) => `<dt>${range(j, 'MM.YYYY', ' – ', 'now')}</dt><dd><b>${esc(j.title)}</b>${j.kind ? ` (${esc(j.kind)})` : ''}<br>${esc(j.company)}, ${esc(j.city)}<ul>${j.duties.map((x) => `<li>${esc(x)}</li>`).join('')}</ul></dd>`).join('');
  const body = `<div class="nm">${esc(p.name)}</div><div class="en">${esc(p.alt ?? '')}</div>
  <div class="ct"><b>M</b>${esc(p.phoneLocal)} &nbsp; <b>E</b>${esc(p.email)} &nbsp; <b>A</b>${esc(p.address)}${p.otherPhones[0] ? ` &nbsp; <b>O</b>${esc(p.otherPhones[0].value)}` : ''}</div>
  <h2>Profile 簡介</h2><p>${esc(p.summary)}</p>
  <h2>Career 工作經驗</h2><dl>${jobs}</dl>
  <h2>Education 學歷</h2><dl>${p.edu.map((e) => `<dt>${range(e, 'MM.YYYY', ' – ', '')}</dt><dd>${esc(e.degree)}, ${esc(e.school)}</dd>`).join('')}</dl>
  <h2>Skills 技能</h2><p>${p.skills.map(esc).join(', ')}</p>
  <h2>Languages 語言</h2><p>${p.languages.map(esc).join(' / ')}</p>
  ${p.certs.length ? `<h2>Qualifications 專業資格</h2><p>${p.certs.map(esc).join(' / ')}</p>` : ''}`;
  return page(css, body, 'zh-Hant');
}

/* C4 en-numbered-roles-2p — Irish/Canadian two-page CV: roles numbered newest first, dates in brackets after the title, footer on every page. */
export function numberedRoles(p: Person): string {
  const css = `body{font-family:"DejaVu Serif",serif;font-size:10pt}
  h1{font-size:17pt} .c{font-size:9.5pt;color:#333;margin-top:3px}
  h2{font-size:11pt;background:#e7e7e7;padding:2px 6px;margin:14px 0 6px}
  .r{margin:0 0 9px 0} .r .t{font-weight:bold} .r .e{font-style:italic}
  .foot{position:fixed;bottom:0;left:0;right:0;font-size:8pt;color:#777;text-align:center;border-top:1px solid #ccc}
  .brk{break-before:page}`;
  const roles = newest(p).map((j, i) => `<div class="r"><div class="t">${i + 1}. ${esc(j.title)} (${d(j.start, 'UK')} to ${j.end ? d(j.end, 'UK') : 'date'})</div><div class="e">${esc(j.company)}, ${esc(j.city)}</div>
  <ul>${j.duties.map((x) => `<li>${esc(x)}</li>`).join('')}<li>Reported to the ${i % 2 ? 'site director' : 'department head'}; member of the site's continuous-improvement forum.</li></ul></div>`).join('');
  const body = `<div class="foot">Curriculum Vitae — ${esc(p.name)}</div>
  <h1>${esc(p.name)}</h1><div class="c">${esc(p.address)}<br>Mobile ${esc(p.phoneLocal)} &nbsp;|&nbsp; ${esc(p.email)}${p.otherPhones[0] ? ` &nbsp;|&nbsp; ${esc(p.otherPhones[0].label)} ${esc(p.otherPhones[0].value)}` : ''}</div>
  <h2>Personal Profile</h2><p>${esc(p.summary)}</p>
  <h2>Key Skills</h2><ul style="columns:2">${p.skills.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
  <h2>Employment History</h2>${roles}
  ${p.breaks?.length ? `<p><i>${p.breaks.map((b) => `${d(b.start, 'UK')} to ${d(b.end, 'UK')}: ${esc(b.note)}`).join('; ')}</i></p>` : ''}
  <div class="brk"></div>
  <h2>Education &amp; Training</h2>${p.edu.map((e) => `<p><b>${esc(e.degree)}</b> — ${esc(e.school)} (${d(e.start, 'UK')} to ${d(e.end, 'UK')})</p>`).join('')}
  <h2>Professional Qualifications</h2><ul>${p.certs.map((c) => `<li>${esc(c)}</li>`).join('')}</ul>
  <h2>Languages</h2><p>${p.languages.map(esc).join(', ')}</p>
  <h2>Interests</h2><p>Sea kayaking, community-radio volunteering, woodworking.</p>
  <h2>Referees</h2>${(p.referees ?? [{ name: 'Available on request', role: '', phone: '' }]).map((r) => `<p>${esc(r.name)}${r.role ? `, ${esc(r.role)}` : ''}${r.phone ? `<br>Tel. ${esc(r.phone)}` : ''}</p>`).join('')}`;
  return page(css, body);
}

/* C5 css-columns-flow — newspaper résumé: CSS multi-column (column-count:2, rule) so history flows from column 1 into column 2. */
export function cssColumns(p: Person): string {
  const css = `body{font-family:"Liberation Sans",sans-serif;font-size:9.6pt}
  header{border-bottom:3px double #444;margin-bottom:8px;padding-bottom:4px;display:flex;justify-content:space-between;align-items:baseline}
  header h1{font-size:20pt;text-transform:uppercase;letter-spacing:1px} header .c{font-size:9pt;text-align:right}
  .cols{column-count:2;column-gap:9mm;column-rule:1px solid #bbb}
  h2{font-size:10pt;text-transform:uppercase;color:#7a3b00;margin:8px 0 3px;break-after:avoid} .j{margin-bottom:6px}
  .j .h{font-weight:bold} .j .s{color:#555}`;
  const jobs = newest(p).map((j) => `<div class="j"><div class="h">${esc(j.title)}${j.kind ? ` (${esc(j.kind)})` : ''}</div><div class="s">${esc(j.company)} · ${esc(j.city)}</div><div class="s">${range(j, 'Month YYYY', ' – ', 'present')}</div>
  <ul>${j.duties.map((x) => `<li>${esc(x)}</li>`).join('')}</ul></div>`).join('');
  const body = `<header><h1>${esc(p.name)}</h1><div class="c">${esc(p.headline)}<br>${esc(p.phoneLocal)} · ${esc(p.email)}<br>${esc(p.city)}</div></header>
  <div class="cols"><h2>Summary</h2><p>${esc(p.summary)}</p>
  <h2>Skills</h2><ul>${p.skills.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
  <h2>Experience</h2>${jobs}
  ${p.breaks?.length ? p.breaks.map((b) => `<p><i>${range(b, 'Month YYYY', ' – ', '')}: ${esc(b.note)}</i></p>`).join('') : ''}
  <h2>Education</h2>${p.edu.map((e) => `<p><b>${esc(e.degree)}</b><br>${esc(e.school)}, ${d(e.end, 'Month YYYY')}</p>`).join('')}
  <h2>Certifications</h2><ul>${p.certs.map((c) => `<li>${esc(c)}</li>`).join('')}</ul>
  <h2>Languages</h2><p>${p.languages.map(esc).join(' · ')}</p>
  ${p.referees ? `<h2>Referees</h2>${p.referees.map((r) => `<p>${esc(r.name)} — ${esc(r.role)}, ${esc(r.phone)}</p>`).join('')}` : ''}</div>`;
  return page(css, body);
}

/* C6 zh-rail-right-svg — 中文双栏：主栏在左，日期胶囊在公司前；右侧浅色栏 SVG 图标联系方式、技能标签。 */
export function zhRailRight(p: Person): string {
  const css = `body{font-family:${zhFont(p)},sans-serif;font-size:9.8pt}
  .g{display:grid;grid-template-columns:1fr 58mm;gap:0 7mm}
  h1{font-size:22pt;color:#154f8c} .hl{color:#555;margin-bottom:6px}
  h2{font-size:11pt;color:#154f8c;border-left:4px solid #154f8c;padding-left:6px;margin:10px 0 5px}
  .pill{display:inline-block;background:#154f8c;color:#fff;border-radius:9px;padding:0 8px;font-size:8.8pt;margin-right:6px}
  .j{margin-bottom:8px} .j .co{font-weight:bold}
  aside{background:#eef3f9;padding:6px 8px} aside .i{display:flex;gap:5px;align-items:flex-start;margin:3px 0;word-break:break-all;color:#154f8c} aside .i span{color:#222}
  .tag{display:inline-block;border:1px solid #154f8c;border-radius:3px;padding:0 5px;margin:2px 2px 0 0;font-size:9pt}`;
  const jobs = newest(p).map((j) => `<div class="j"><div><span class="pill">${range(j, 'YYYY.MM', ' – ', '至今')}</span><span class="co">${esc(j.company)}</span></div>
  <div>${esc(j.title)}${j.kind ? `（${esc(j.kind)}）` : ''} · ${esc(j.city)}</div><ul>${j.duties.map((x) => `<li>${esc(x)}</li>`).join('')}</ul></div>`).join('');
  const body = `<div class="g"><main><h1>${esc(p.name)}</h1><div class="hl">${esc(p.headline)}</div>
  <h2>个人简介</h2><p>${esc(p.summary)}</p><h2>工作经历</h2>${jobs}
  <h2>教育经历</h2>${p.edu.map((e) => `<p><span class="pill">${range(e, 'YYYY.MM', ' – ', '')}</span>${esc(e.school)}　${esc(e.degree)}</p>`).join('')}</main>
  <aside><h2>联系方式</h2><div class="i">${svg.phone}<span>${esc(p.phoneLocal)}</span></div><div class="i">${svg.mail}<span>${esc(p.email)}</span></div><div class="i">${svg.pin}<span>${esc(p.address)}</span></div>
  <h2>专业技能</h2><div>${p.skills.map((s) => `<span class="tag">${esc(s)}</span>`).join(' ')}</div>
  <h2>语言能力</h2>${p.languages.map((l) => `<p>${esc(l)}</p>`).join('')}<h2>证书</h2>${p.certs.map((c) => `<p>${esc(c)}</p>`).join('')}</aside></div>`;
  return page(css, body, 'zh');
}

/* C7 mixed-flex-rail-bottomcontact — SG/CN returnee résumé: dark left rail (flex column) whose contact block sits at the bottom. */
export function flexRailBottom(p: Person): string {
  const css = `body{font-family:"Liberation Sans","WenQuanYi Zen Hei",sans-serif;font-size:9.6pt}
  .w{display:flex;min-height:262mm} .rail{width:64mm;background:#2d3142;color:#eee;padding:6mm 6mm 6mm 6mm;display:flex;flex-direction:column}
  .rail .zh{font-family:"WenQuanYi Zen Hei";font-size:24pt;font-weight:bold;letter-spacing:3px} .rail .en{font-size:11pt;color:#bfc0c0;margin-bottom:10px}
  .rail h3{font-size:9.5pt;text-transform:uppercase;letter-spacing:1.5px;color:#ef8354;margin:10px 0 3px}
  .rail ul{padding-left:13px} .rail .contact{margin-top:auto;border-top:1px solid #666;padding-top:6px;word-break:break-all}
  main{flex:1;padding:0 0 0 7mm} h2{font-size:11pt;color:#2d3142;border-bottom:2px solid #ef8354;margin:10px 0 5px}
  .hd{display:flex;justify-content:space-between;gap:8px} .hd b{flex:1} .hd span{white-space:nowrap;color:#555}
  .j{margin-bottom:7px}`;
  const jobs = newest(p).map((j) => `<div class="j"><div class="hd"><b>${esc(j.title)} ｜ ${esc(j.company)}</b><span>${range(j, 'Mon YYYY', ' — ', 'Present 至今')}</span></div>
  <div>${esc(j.city)}${j.kind ? ` · ${esc(j.kind)}` : ''}</div><ul>${j.duties.map((x) => `<li>${esc(x)}</li>`).join('')}</ul></div>`).join('');
  const body = `<div class="w"><div class="rail"><div class="zh">${esc(p.name)}</div><div class="en">${esc(p.alt ?? '')}</div>
  <h3>Skills 技能</h3><ul>${p.skills.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
  <h3>Languages 语言</h3><ul>${p.languages.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
  ${p.certs.length ? `<h3>Certificates 证书</h3><ul>${p.certs.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>` : ''}
  <div class="contact"><h3>Contact 联系</h3>Mobile: ${esc(p.phoneLocal)}<br>${esc(p.email)}<br>${esc(p.address)}${p.otherPhones.map((o) => `<br>${esc(o.label)}: ${esc(o.value)}`).join('')}</div></div>
  <main><div style="font-size:13pt;color:#2d3142;font-weight:bold">${esc(p.headline)}</div>
  <h2>Profile 简介</h2><p>${esc(p.summary)}</p><h2>Experience 工作经历</h2>${jobs}
  ${p.breaks?.length ? p.breaks.map((b) => `<p><i>${range(b, 'Mon YYYY', ' — ', '')}: ${esc(b.note)}</i></p>`).join('') : ''}
  <h2>Education 教育</h2>${p.edu.map((e) => `<div class="hd"><b>${esc(e.school)}</b><span>${range(e, 'Mon YYYY', ' — ', '')}</span></div><div>${esc(e.degree)}</div>`).join('')}</main></div>`;
  return page(css, body, 'en');
}

/* C8 en-absolute-rail — hand-built HTML résumé whose right rail is absolutely positioned (comes last in the source). */
export function absoluteRail(p: Person): string {
  const css = `body{font-family:"Liberation Sans",sans-serif;font-size:9.8pt} .wrap{position:relative}
  main{margin-right:60mm} h1{font-size:21pt;color:#0b6e4f} .hl{font-size:11pt;color:#555;margin-bottom:6px}
  h2{font-size:10.5pt;color:#0b6e4f;text-transform:uppercase;margin:10px 0 4px;letter-spacing:1px}
  .j{margin-bottom:7px} .j .t{font-weight:bold} .j .dt{font-size:8.8pt;color:#777}
  .rail{position:absolute;top:0;right:0;width:54mm;border-left:2px solid #0b6e4f;padding-left:5mm}
  .rail p{margin:2px 0;word-break:break-word} .rail li{list-style:square}`;
  const jobs = newest(p).map((j) => `<div class="j"><div class="t">${esc(j.company)} — ${esc(j.title)}${j.kind ? ` (${esc(j.kind)})` : ''}</div>
  <div class="dt">${range(j, 'MM/YYYY', ' → ', 'today')} &nbsp;·&nbsp; ${esc(j.city)}</div><ul>${j.duties.map((x) => `<li>${esc(x)}</li>`).join('')}</ul></div>`).join('');
  const body = `<div class="wrap"><main><h1>${esc(p.name)}</h1><div class="hl">${esc(p.headline)}</div>
  <h2>About</h2><p>${esc(p.summary)}</p><h2>Work history</h2>${jobs}
  <h2>Education</h2>${p.edu.map((e) => `<p><b>${esc(e.degree)}</b>, ${esc(e.school)} <span style="color:#777">${range(e, 'MM/YYYY', ' → ', '')}</span></p>`).join('')}
  ${p.referees ? `<h2>Referee</h2>${p.referees.map((r) => `<p>${esc(r.name)}, ${esc(r.role)} · ${esc(r.phone)}</p>`).join('')}` : ''}</main>
  <div class="rail"><h2>Contact</h2><p>${esc(p.phoneLocal)} (mobile)</p>${p.otherPhones.map((o) => `<p>${esc(o.value)} (${esc(o.label.toLowerCase())})</p>`).join('')}<p>${esc(p.email)}</p><p>${esc(p.address)}</p>
  <h2>Skills</h2><ul>${p.skills.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
  <h2>Tickets &amp; certificates</h2><ul>${p.certs.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
  <h2>Languages</h2><p>${p.languages.map(esc).join('<br>')}</p></div></div>`;
  return page(css, body);
}

/* C9 en-html-table-tenure — visible ruled table résumé: From | To | Employer | Position | Yrs, skills in a two-column table. */
export function tableTenure(p: Person): string {
  const css = `body{font-family:"Liberation Sans",sans-serif;font-size:9.6pt}
  table{border-collapse:collapse;width:100%;margin-bottom:8px} td,th{border:1px solid #888;padding:3px 5px;vertical-align:top;text-align:left} th{background:#dde4ea}
  .hd td{border:none;padding:1px 0} h1{font-size:18pt} h2{font-size:10.5pt;margin:10px 0 4px;text-transform:uppercase}
  .n{text-align:right;white-space:nowrap} .dt{white-space:nowrap}`;
  const rows = newest(p).map((j) => `<tr><td class="dt">${d(j.start, 'Mon YYYY')}</td><td class="dt">${j.end ? d(j.end, 'Mon YYYY') : 'current'}</td><td>${esc(j.company)}<br><small>${esc(j.city)}</small></td><td>${esc(j.title)}${j.kind ? ` (${esc(j.kind)})` : ''}<ul>${j.duties.map((x) => `<li>${esc(x)}</li>`).join('')}</ul></td><td class="n">${(months(j) / 12).toFixed(1)}</td></tr>`).join('');
  const half = Math.ceil(p.skills.length / 2);
  const sk = Array.from({ length: half }, (_, i) => `<tr><td>${esc(p.skills[i])}</td><td>${esc(p.skills[i + half] ?? '')}</td></tr>`).join('');
  const body = `<h1>${esc(p.name)}</h1><table class="hd"><tr><td>${esc(p.headline)}</td><td style="text-align:right">Cell: ${esc(p.phoneLocal)}</td></tr><tr><td>${esc(p.address)}</td><td style="text-align:right">${esc(p.email)}</td></tr></table>
  <h2>Employment record</h2><table><tr><th>From</th><th>To</th><th>Employer</th><th>Position</th><th>Yrs</th></tr>${rows}</table>
  <h2>Skills</h2><table>${sk}</table>
  <h2>Education</h2><table><tr><th>From</th><th>To</th><th>Institution</th><th>Qualification</th></tr>${p.edu.map((e) => `<tr><td class="dt">${d(e.start, 'Mon YYYY')}</td><td class="dt">${d(e.end, 'Mon YYYY')}</td><td>${esc(e.school)}</td><td>${esc(e.degree)}</td></tr>`).join('')}</table>
  <h2>Certificates / Languages</h2><table><tr><td>${p.certs.map(esc).join('<br>')}</td><td>${p.languages.map(esc).join('<br>')}</td></tr></table>`;
  return page(css, body);
}

/* C10 zh-table-rowspan-company — 表格履歷：服務單位 欄跨列（同公司多職位合併），起訖 欄；p10 用民國年。 */
export function zhRowspan(p: Person): string {
  const tw = p.id === 'p10';
  const css = `body{font-family:${zhFont(p)},sans-serif;font-size:9.8pt}
  table{border-collapse:collapse;width:100%;margin-bottom:8px} td,th{border:1px solid #555;padding:3px 5px;vertical-align:middle} th{background:#f0e6d2;font-weight:bold;white-space:nowrap}
  caption{font-size:18pt;font-weight:bold;letter-spacing:10px;padding-bottom:6px} .sec{background:#6b4f1d;color:#fff;text-align:left;letter-spacing:3px}`;
  const L = tw ? { unit: '服務單位', per: '起訖年月', t: '職稱', c: '工作內容', now: '迄今', ph: '行動電話', em: '電子郵件', addr: '通訊地址', sk: '專長技能', lang: '語言能力', cert: '證照', edu: '學歷', wk: '工作經歷', self: '自我介紹', tt: '履　歷　表', name: '姓名', goal: '應徵職務' }
    : { unit: '工作单位', per: '起止时间', t: '职务', c: '工作内容', now: '至今', ph: '手机', em: '邮箱', addr: '地址', sk: '专业技能', lang: '语言能力', cert: '证书', edu: '教育经历', wk: '工作经历', self: '自我评价', tt: '个　人　简　历', name: '姓名', goal: '求职意向' };
  const fmt = (s: string) => (tw ? `民國${d(s, 'minguo')}` : d(s, 'YYYY.MM'));
  const jobs = newest(p);
  let rows = '';
  for (let i = 0; i < jobs.length; i++) {
    const j = jobs[i];
    let span = 0;
    if (i === 0 || jobs[i - 1].company !== j.company) { span = 1; while (jobs[i + span]?.company === j.company) span++; }
    rows += `<tr>${span ? `<td rowspan="${span}">${esc(j.company)}</td>` : ''}<td style="white-space:nowrap">${fmt(j.start)}－${j.end ? fmt(j.end) : L.now}</td><td>${esc(j.title)}${j.kind ? `（${esc(j.kind)}）` : ''}</td><td>${j.duties.map(esc).join('；')}</td></tr>`;
  }
  const body = `<table><caption>${L.tt}</caption>
  <tr><th>${L.name}</th><td>${esc(p.name)}</td><th>${L.goal}</th><td>${esc(p.headline)}</td></tr>
  <tr><th>${L.ph}</th><td>${esc(p.phoneLocal)}</td><th>${L.em}</th><td>${esc(p.email)}</td></tr>
  <tr><th>${L.addr}</th><td colspan="3">${esc(p.address)}${p.otherPhones.map((o) => `　${esc(o.label)}：${esc(o.value)}`).join('')}</td></tr>
  <tr><th class="sec" colspan="4">${L.edu}</th></tr>${p.edu.map((e) => `<tr><td>${esc(e.school)}</td><td>${fmt(e.start)}－${fmt(e.end)}</td><td colspan="2">${esc(e.degree)}</td></tr>`).join('')}
  <tr><th class="sec" colspan="4">${L.wk}</th></tr><tr><th>${L.unit}</th><th>${L.per}</th><th>${L.t}</th><th>${L.c}</th></tr>${rows}
  ${p.breaks?.map((b) => `<tr><td>—</td><td>${fmt(b.start)}－${fmt(b.end)}</td><td colspan="2">${esc(b.note)}</td></tr>`).join('') ?? ''}
  <tr><th class="sec" colspan="4">${L.sk}</th></tr><tr><td colspan="4">${p.skills.map(esc).join('　／　')}</td></tr>
  <tr><th>${L.lang}</th><td>${p.languages.map(esc).join('、')}</td><th>${L.cert}</th><td>${p.certs.map(esc).join('、')}</td></tr>
  <tr><th>${L.self}</th><td colspan="3">${esc(p.summary)}</td></tr></table>`;
  return page(css, body, 'zh');
}

/* C11 mixed-table-twoline-jobs — MY/HK bordered résumé table: each job = company row with period cell + a title/duties row. */
export function twoLineJobs(p: Person): string {
  const css = `body{font-family:"Liberation Sans",${zhFont(p)},sans-serif;font-size:9.6pt}
  table{border-collapse:collapse;width:100%;margin-bottom:8px} td{border:1px solid #777;padding:3px 6px;vertical-align:top}
  .lab{background:#e9eef2;width:30mm;font-weight:bold} .co{background:#f7f7f7;font-weight:bold} .per{width:44mm;text-align:right;background:#f7f7f7;white-space:nowrap}
  h1{font-size:18pt;display:inline} .en{font-size:12pt;margin-left:10px;color:#444} h2{font-size:10.5pt;margin:10px 0 3px;text-transform:uppercase}`;
  const jobs = newest(p).map((j) => `<tr><td class="co">${esc(j.company)}</td><td class="per">${range(j, 'Mon YYYY', ' – ', 'Present')}</td></tr>
  <tr><td colspan="2"><i>${esc(j.title)}</i>${j.kind ? ` (${esc(j.kind)})` : ''} — ${esc(j.city)}<ul>${j.duties.map((x) => `<li>${esc(x)}</li>`).join('')}</ul></td></tr>`).join('');
  const body = `<div><h1>${esc(p.name)}</h1><span class="en">${esc(p.alt ?? '')}</span></div>
  <h2>Personal Particulars</h2><table><tr><td class="lab">English name</td><td>${esc(p.alt ?? '')}</td><td class="lab">Chinese name</td><td>${esc(p.name)}</td></tr>
  <tr><td class="lab">Mobile</td><td>${esc(p.phoneLocal)}</td><td class="lab">E-mail</td><td>${esc(p.email)}</td></tr>
  <tr><td class="lab">Address</td><td colspan="3">${esc(p.address)}</td></tr>${p.otherPhones.map((o) => `<tr><td class="lab">${esc(o.label)}</td><td colspan="3">${esc(o.value)}</td></tr>`).join('')}</table>
  <h2>Working Experience</h2><table>${jobs}</table>
  <h2>Education</h2><table>${p.edu.map((e) => `<tr><td class="co">${esc(e.school)}</td><td class="per">${range(e, 'Mon YYYY', ' – ', '')}</td></tr><tr><td colspan="2">${esc(e.degree)}</td></tr>`).join('')}</table>
  <h2>Skills</h2><table><tr><td>${p.skills.map(esc).join(' • ')}</td></tr></table>
  <h2>Languages &amp; Qualifications</h2><table><tr><td class="lab">Languages</td><td>${p.languages.map(esc).join(', ')}</td></tr><tr><td class="lab">Qualifications</td><td>${p.certs.map(esc).join(', ') || '—'}</td></tr></table>`;
  return page(css, body, 'en');
}

/* C12 en-ats-grid-print — employer career-site "application summary" print: field grid, work table with Start/End as Mon-YYYY and a Current? column. */
export function atsGrid(p: Person): string {
  const css = `body{font-family:"DejaVu Sans",sans-serif;font-size:8.8pt}
  .bar{background:#1f3a5f;color:#fff;padding:5px 8px;display:flex;justify-content:space-between} .bar b{font-size:11pt}
  table{border-collapse:collapse;width:100%;margin:4px 0 8px} td,th{border:1px solid #b8c2cc;padding:3px 5px;text-align:left;vertical-align:top} th{background:#eef2f6;font-weight:normal;color:#333}
  h2{font-size:10pt;color:#1f3a5f;margin:9px 0 2px}`;
  const rows = newest(p).map((j) => `<tr><td>${esc(j.company)}</td><td>${esc(j.title)}</td><td>${esc(j.city)}</td><td>${d(j.start, 'Mon-YYYY')}</td><td>${j.end ? d(j.end, 'Mon-YYYY') : ''}</td><td>${j.end ? 'N' : 'Y'}</td></tr><tr><td colspan="6"><i>Description:</i> ${j.duties.map(esc).join(' ')}</td></tr>`).join('');
  const body = `<div class="bar"><b>Application summary — Req. 24-1187 ${esc(p.headline)}</b><span>Submitted 14-Nov-2026</span></div>
  <h2>Candidate</h2><table><tr><th>Legal name</th><td>${esc(p.name)}</td><th>Preferred phone (mobile)</th><td>${esc(p.phoneLocal)}</td></tr>
  <tr><th>Email</th><td>${esc(p.email)}</td><th>Alternate phone</th><td>${esc(p.otherPhones.find((o) => o.label !== 'Referee')?.value ?? '')}</td></tr>
  <tr><th>Address</th><td colspan="3">${esc(p.address)}</td></tr><tr><th>Recruiter</th><td>K. Dlamini-Ross</td><th>Recruiter phone</th><td>${p.id === 'p05' ? '011 448 2290' : '09 377 5120'}</td></tr></table>
  <h2>Work experience</h2><table><tr><th>Employer</th><th>Job title</th><th>Location</th><th>Start date</th><th>End date</th><th>Current?</th></tr>${rows}</table>
  <h2>Skills</h2><table><tr><th>Skill</th><th>Years of experience</th></tr>${p.skills.map((s, i) => `<tr><td>${esc(s)}</td><td>${2 + ((i * 3) % 7)}</td></tr>`).join('')}</table>
  <h2>Education</h2><table><tr><th>School</th><th>Degree</th><th>Start date</th><th>End date</th></tr>${p.edu.map((e) => `<tr><td>${esc(e.school)}</td><td>${esc(e.degree)}</td><td>${d(e.start, 'Mon-YYYY')}</td><td>${d(e.end, 'Mon-YYYY')}</td></tr>`).join('')}</table>
  <h2>Licences &amp; certifications</h2><table>${p.certs.map((c) => `<tr><td>${esc(c)}</td></tr>`).join('')}</table>
  <h2>Languages</h2><table>${p.languages.map((c) => `<tr><td>${esc(c)}</td></tr>`).join('')}</table>`;
  return page(css, body);
}
