/**
 * heldout-6: the HTML templates Chromium prints. Written by a blind writer on 2026-12-02 (heldout-6), without reading
 * the analyser, its taxonomy, tests, README or the other sets; frozen; never tuned on.
 */
import type { Person } from './people.ts';
import { allSkills, byEmployer, esc as e, groupedLines, labels, period } from './format.ts';

const font = (p: Person, latin: string) => (p.lang === 'zh' ? `'WenQuanYi Zen Hei', 'Droid Sans Fallback', sans-serif` : `${latin}, 'WenQuanYi Zen Hei', sans-serif`);
const page = (p: Person, css: string, body: string) =>
  `<!doctype html><html lang="${p.lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><style>*{box-sizing:border-box}body{margin:0;font-size:10pt;line-height:1.35;color:#222}ul{margin:2px 0 6px;padding-left:16px}li{margin:1px 0}h1,h2,h3,p{margin:0}${css}</style></head><body>${body}</body></html>`;
const bullets = (b: string[]) => `<ul>${b.map((x) => `<li>${e(x)}</li>`).join('')}</ul>`;

/** Australian/NZ résumé: career objective, key skills, right-aligned dates, referees at the end. */
export function auReferees(p: Person): string {
  const css = `body{font-family:${font(p, 'Calibri, Carlito')}}h1{text-align:center;font-size:22pt;letter-spacing:1px}.c{text-align:center;font-size:9.5pt;margin:4px 0 10px}
  h2{font-size:11.5pt;text-transform:uppercase;border-bottom:1.5px solid #1b4965;color:#1b4965;margin:12px 0 5px;padding-bottom:2px}.r{display:flex;justify-content:space-between;margin-top:7px}.loc{font-style:italic;color:#555}`;
  const jobs = p.jobs.map((j) => `<div class="r"><span><b>${e(j.title)}</b>, ${e(j.company)}</span><span>${period(j.start, j.end, 'Mon YYYY', ' – ', 'Present')}</span></div><div class="loc">${e(j.location ?? '')}</div>${bullets(j.bullets)}`).join('');
  const edu = p.education.map((d) => `<div class="r"><span><b>${e(d.degree)}</b>, ${e(d.school)}</span><span>${d.end.slice(0, 4)}</span></div>`).join('');
  const refs = p.referees?.length ? p.referees.map((r) => `<p style="margin-bottom:5px"><b>${e(r.name)}</b><br>${e(r.role)}<br>${e(r.contact)}</p>`).join('') : '<p>Available on request.</p>';
  return page(p, css, `<h1>${e(p.name)}</h1><div class="c">${e(p.location)} &nbsp;|&nbsp; Mobile: ${e(p.phonePrinted)} &nbsp;|&nbsp; ${e(p.email)}</div>
  <h2>Career Objective</h2><p>${e(p.summary)}</p>
  <h2>Key Skills</h2><ul>${groupedLines(p, ', ', ': ').map((l) => `<li>${e(l)}</li>`).join('')}</ul>
  <h2>Employment History</h2>${jobs}<h2>Education &amp; Training</h2>${edu}
  ${p.spoken ? `<h2>Languages</h2><p>${e(p.spoken.join(', '))}</p>` : ''}<h2>Referees</h2>${refs}`);
}

/** Singapore/Hong Kong CV: personal particulars first, dates in a left margin column, expected salary/notice. */
export function sgParticulars(p: Person): string {
  const css = `body{font-family:${font(p, 'Arial, Liberation Sans')}}.t{text-align:center;font-weight:bold;font-size:14pt;text-decoration:underline;margin-bottom:10px}
  h2{font-size:10.5pt;background:#e8e8e8;padding:3px 6px;margin:12px 0 6px}.kv{display:grid;grid-template-columns:38mm 1fr;row-gap:2px}.row{display:grid;grid-template-columns:42mm 1fr;margin-bottom:6px}.d{font-weight:bold}`;
  const kv: [string, string][] = [['Name', p.name], ['Contact No.', p.phonePrinted], ['Email', p.email], ['Address', p.location], ...Object.entries(p.particulars ?? {})];
  const jobs = p.jobs.map((j) => `<div class="row"><div class="d">${period(j.start, j.end, 'Mon YYYY', ' - ', 'Present')}</div><div><b>${e(j.company)}</b><br><i>${e(j.title)}</i>${bullets(j.bullets)}</div></div>`).join('');
  const edu = p.education.map((d) => `<div class="row"><div class="d">${period(d.start, d.end, 'Mon YYYY', ' - ', '')}</div><div>${e(d.school)}<br>${e(d.degree)}</div></div>`).join('');
  return page(p, css, `<div class="t">CURRICULUM VITAE</div><h2>PERSONAL PARTICULARS</h2><div class="kv">${kv.map(([k, v]) => `<div>${e(k)}</div><div>: ${e(v)}</div>`).join('')}</div>
  <h2>EMPLOYMENT HISTORY</h2>${jobs}<h2>EDUCATION</h2>${edu}
  <h2>SKILLS</h2>${groupedLines(p, ', ', ' – ').map((l) => `<p>${e(l)}</p>`).join('')}
  ${p.spoken ? `<h2>LANGUAGES</h2><p>${e(p.spoken.join(' / '))}</p>` : ''}`);
}

/** Chinese 简历: 基本信息 block of label–value pairs (a grid, no table), coloured section bars. */
export function cnJianli(p: Person): string {
  const css = `body{font-family:${font(p, '')}}h1{font-size:20pt;color:#0b5394}.sub{color:#666;margin:2px 0 8px}
  h2{font-size:11pt;color:#fff;background:#0b5394;padding:2px 8px;margin:12px 0 6px;width:30mm}.info{display:grid;grid-template-columns:1fr 1fr;gap:3px 12px}.j{display:flex;gap:18px;font-weight:bold;margin-top:6px}`;
  const info: [string, string][] = [['姓名', p.name], ['求职意向', p.headline], ['手机', p.phonePrinted], ['邮箱', p.email], ['现居地', p.location], ...Object.entries(p.particulars ?? {})];
  const jobs = p.jobs.map((j) => `<div class="j"><span>${period(j.start, j.end, 'YYYY.MM', ' — ', '至今')}</span><span>${e(j.company)}</span><span>${e(j.title)}</span></div>${bullets(j.bullets)}`).join('');
  const edu = p.education.map((d) => `<div class="j"><span>${period(d.start, d.end, 'YYYY.MM', ' — ', '')}</span><span>${e(d.school)}</span><span>${e(d.degree)}</span></div>`).join('');
  return page(p, css, `<h1>${e(p.name)}</h1><div class="sub">${e(p.summary)}</div><h2>基本信息</h2><div class="info">${info.map(([k, v]) => `<div>${e(k)}：${e(v)}</div>`).join('')}</div>
  <h2>工作经历</h2>${jobs}<h2>教育经历</h2>${edu}<h2>专业技能</h2>${groupedLines(p, '、', '：').map((l, i) => `<p>${i + 1}. ${e(l)}</p>`).join('')}
  ${p.spoken ? `<h2>语言能力</h2><p>${e(p.spoken.join('；'))}</p>` : ''}`);
}

/** Two columns by CSS grid: main column left, a narrow grey sidebar right with contact, skills as tags, languages. */
export function gridRight(p: Person): string {
  const L = labels(p);
  const css = `body{font-family:${font(p, 'Helvetica, Liberation Sans')}}.g{display:grid;grid-template-columns:1fr 58mm;gap:8mm}.side{background:#f1f3f4;padding:6mm 5mm;border-radius:3px}
  h1{font-size:24pt;font-weight:300}.h{color:#c0392b;font-size:11pt;margin-bottom:8px}h2{font-size:10.5pt;color:#c0392b;text-transform:uppercase;margin:12px 0 5px;letter-spacing:.5px}
  .tag{display:inline-block;border:1px solid #999;border-radius:9px;padding:0 6px;margin:2px 2px;font-size:8.5pt}.r{display:flex;justify-content:space-between;margin-top:6px}`;
  const jobs = p.jobs.map((j) => `<div class="r"><b>${e(j.company)}</b><span>${period(j.start, j.end, 'MM/YYYY', ' – ', p.lang === 'zh' ? '至今' : 'present')}</span></div><i>${e(j.title)}${j.location ? `, ${e(j.location)}` : ''}</i>${bullets(j.bullets)}`).join('');
  const edu = p.education.map((d) => `<div class="r"><b>${e(d.school)}</b><span>${d.start.slice(0, 4)} – ${d.end.slice(0, 4)}</span></div><div>${e(d.degree)}</div>`).join('');
  const side = `<h2 style="margin-top:0">${L.contact}</h2><p>${e(p.phonePrinted)}</p><p>${e(p.email)}</p><p>${e(p.location)}</p>
    <h2>${L.skills}</h2>${allSkills(p).map((s) => `<span class="tag">${e(s.name)}</span>`).join('')}${p.spoken ? `<h2>${L.languages}</h2>${p.spoken.map((s) => `<p>${e(s)}</p>`).join('')}` : ''}`;
  return page(p, css, `<div class="g"><div><h1>${e(p.name)}</h1><div class="h">${e(p.headline)}</div><p>${e(p.summary)}</p><h2>${L.experience}</h2>${jobs}<h2>${L.education}</h2>${edu}</div><div class="side">${side}</div></div>`);
}

/** Two columns by flexbox: a left sidebar holding contact, education and skills with levels; main column for work. */
export function sidebarEdu(p: Person): string {
  const L = labels(p);
  const css = `body{font-family:${font(p, 'Lato, Carlito, sans-serif')}}.f{display:flex;gap:7mm}.side{flex:0 0 34%;border-right:2px solid #2a9d8f;padding-right:5mm}.main{flex:1}
  .ini{width:22mm;height:22mm;border-radius:50%;background:#2a9d8f;color:#fff;font-size:16pt;display:flex;align-items:center;justify-content:center;margin-bottom:5mm}
  h1{font-size:21pt;color:#264653}h2{font-size:10.5pt;color:#2a9d8f;margin:12px 0 5px;border-bottom:1px solid #ccc}.lv{color:#777;font-size:8.5pt}.s{margin:2px 0}.m{color:#555;font-size:9pt}`;
  const present = p.lang === 'zh' ? '至今' : 'Now';
  const style = p.lang === 'zh' ? 'YYYY年M月' : 'Mon YYYY';
  const jobs = p.jobs.map((j) => `<div style="margin-top:7px"><b>${e(j.title)}</b></div><div class="m">${e(j.company)} · ${e(j.location ?? '')} · ${period(j.start, j.end, style, ' – ', present)}</div>${bullets(j.bullets)}`).join('');
  const edu = p.education.map((d) => `<p class="s"><b>${e(d.degree)}</b><br>${e(d.school)}<br><span class="m">${d.start.slice(0, 4)}–${d.end.slice(0, 4)}</span></p>`).join('');
  const skills = p.skills.map((g) => `${g.label ? `<p class="s" style="font-weight:bold">${e(g.label)}</p>` : ''}${g.items.map((s) => `<p class="s">${e(s.name)}${s.level ? ` <span class="lv">(${e(s.level)})</span>` : ''}</p>`).join('')}`).join('');
  const initials = p.lang === 'zh' ? p.name.slice(0, 1) : p.name.split(/\s+/).map((w) => w[0]).join('').slice(0, 2);
  const side = `<div class="ini">${e(initials)}</div><h2>${L.contact}</h2><p class="s">${e(p.phonePrinted)}</p><p class="s">${e(p.email)}</p><p class="s">${e(p.location)}</p><h2>${L.education}</h2>${edu}<h2>${L.skills}</h2>${skills}${p.spoken ? `<h2>${L.languages}</h2>${p.spoken.map((s) => `<p class="s">${e(s)}</p>`).join('')}` : ''}`;
  return page(p, css, `<div class="f"><div class="side">${side}</div><div class="main"><h1>${e(p.name)}</h1><p class="m" style="font-size:11pt">${e(p.headline)}</p><h2>${L.profile}</h2><p>${e(p.summary)}</p><h2>${L.experience}</h2>${jobs}</div></div>`);
}

/** Chinese two-column 简历 with a dark floated left sidebar (common on 五百丁/Word 模板 sites). */
export function cnFloat(p: Person): string {
  const css = `body{font-family:${font(p, '')}}.side{float:left;width:32%;background:#34495e;color:#fff;padding:8mm 5mm;min-height:262mm}.main{margin-left:35%}
  .side h1{font-size:20pt}.side h2{font-size:10.5pt;border-bottom:1px solid #aab;margin:14px 0 5px}.main h2{font-size:12pt;color:#34495e;border-left:4px solid #34495e;padding-left:6px;margin:12px 0 6px}
  .d{float:right;color:#555}.c{font-weight:bold;margin-top:7px}`;
  const jobs = p.jobs.map((j) => `<div class="c">${e(j.company)}<span class="d">${period(j.start, j.end, 'YYYY/MM', ' - ', '至今')}</span></div><div>${e(j.title)}</div>${bullets(j.bullets)}`).join('');
  const edu = p.education.map((d) => `<div class="c">${e(d.school)}<span class="d">${period(d.start, d.end, 'YYYY/MM', ' - ', '')}</span></div><div>${e(d.degree)}</div>`).join('');
  const info = Object.entries(p.particulars ?? {}).map(([k, v]) => `<p>${e(k)}：${e(v)}</p>`).join('');
  const side = `<h1>${e(p.name)}</h1><p>求职意向：${e(p.headline)}</p><h2>联系方式</h2><p>手机：${e(p.phonePrinted)}</p><p>邮箱：${e(p.email)}</p><p>地址：${e(p.location)}</p>${info ? `<h2>个人信息</h2>${info}` : ''}
    <h2>技能特长</h2><ul>${allSkills(p).map((s) => `<li>${e(s.name)}</li>`).join('')}</ul>${p.spoken ? `<h2>语言</h2>${p.spoken.map((s) => `<p>${e(s)}</p>`).join('')}` : ''}`;
  return page(p, css, `<div class="side">${side}</div><div class="main"><h2>自我评价</h2><p>${e(p.summary)}</p><h2>工作经历</h2>${jobs}<h2>教育经历</h2>${edu}</div>`);
}

/** Canadian bilingual CV (EN/FR headings), ISO-style dates, sidebar left by CSS grid. */
export function caBilingual(p: Person): string {
  const css = `body{font-family:${font(p, 'Georgia, Liberation Serif')}}.top{border-bottom:3px double #8b0000;padding-bottom:6px;margin-bottom:8px}h1{font-size:22pt}.g{display:grid;grid-template-columns:55mm 1fr;gap:7mm}
  h2{font-size:10.5pt;color:#8b0000;margin:10px 0 5px;font-variant:small-caps}.side p{margin:2px 0}.r{margin-top:6px}`;
  const jobs = p.jobs.map((j) => `<div class="r"><b>${e(j.title)}</b> — ${e(j.company)}</div><div style="color:#555">${period(j.start, j.end, 'YYYY-MM', ' to ', 'present / présent')} · ${e(j.location ?? '')}</div>${bullets(j.bullets)}`).join('');
  const edu = p.education.map((d) => `<div class="r"><b>${e(d.degree)}</b><br>${e(d.school)}, ${d.end.slice(0, 4)}</div>`).join('');
  const side = `<h2>Contact / Coordonnées</h2><p>${e(p.phonePrinted)}</p><p>${e(p.email)}</p><p>${e(p.location)}</p>
    <h2>Skills / Compétences</h2>${p.skills.map((g) => `${g.label ? `<p><i>${e(g.label)}</i></p>` : ''}<ul>${g.items.map((s) => `<li>${e(s.name)}</li>`).join('')}</ul>`).join('')}
    ${p.spoken ? `<h2>Languages / Langues</h2>${p.spoken.map((s) => `<p>${e(s)}</p>`).join('')}` : ''}`;
  return page(p, css, `<div class="top"><h1>${e(p.name)}</h1><div>${e(p.headline)}</div></div><div class="g"><div class="side">${side}</div><div><h2>Profile / Profil</h2><p>${e(p.summary)}</p><h2>Experience / Expérience</h2>${jobs}<h2>Education / Formation</h2>${edu}</div></div>`);
}

/** A table whose employer cell spans all the roles held there (rowspan), achievements in the last column. */
export function mergedEmployer(p: Person): string {
  const L = labels(p);
  const zh = p.lang === 'zh';
  const css = `body{font-family:${font(p, 'Arial, Liberation Sans')}}h1{font-size:20pt}.c{margin:3px 0 10px;color:#444}h2{font-size:11pt;margin:12px 0 5px;color:#333}
  table{border-collapse:collapse;width:100%;font-size:9.2pt}td,th{border:1px solid #888;padding:4px 5px;vertical-align:top;text-align:left}th{background:#dde4ea}
  .tag{display:inline-block;background:#eef;padding:1px 6px;margin:2px;border-radius:3px}`;
  const rows = byEmployer(p).map((g) => g.jobs.map((j, i) => `<tr>${i === 0 ? `<td rowspan="${g.jobs.length}"><b>${e(g.company)}</b><br>${e(j.location ?? '')}</td>` : ''}<td>${e(j.title)}</td><td style="white-space:nowrap">${period(j.start, j.end, zh ? 'YYYY年M月' : 'Mon YYYY', zh ? '–' : ' – ', zh ? '至今' : 'present')}</td><td>${bullets(j.bullets)}</td></tr>`).join('')).join('');
  const edu = p.education.map((d) => `<tr><td>${e(d.school)}</td><td>${e(d.degree)}</td><td>${d.start.slice(0, 4)}–${d.end.slice(0, 4)}</td></tr>`).join('');
  return page(p, css, `<h1>${e(p.name)}</h1><div class="c">${e(p.headline)}<br>${L.phone}: ${e(p.phonePrinted)} · ${L.email}: ${e(p.email)} · ${e(p.location)}</div><p>${e(p.summary)}</p>
  <h2>${L.experience}</h2><table><tr><th style="width:24%">${zh ? '工作单位' : 'Employer'}</th><th style="width:20%">${zh ? '职位' : 'Role'}</th><th style="width:17%">${zh ? '时间' : 'Dates'}</th><th>${zh ? '主要业绩' : 'Key achievements'}</th></tr>${rows}</table>
  <h2>${L.education}</h2><table>${edu}</table><h2>${L.skills}</h2><div>${allSkills(p).map((s) => `<span class="tag">${e(s.name)}</span>`).join('')}</div>
  ${p.spoken ? `<h2>${L.languages}</h2><p>${e(p.spoken.join(zh ? '、' : ', '))}</p>` : ''}`);
}

/** Role | Employer | Period table, with a skills matrix table (skill | years | level). */
export function skillsMatrix(p: Person): string {
  const L = labels(p);
  const zh = p.lang === 'zh';
  const css = `body{font-family:${font(p, 'Verdana, DejaVu Sans')};font-size:9pt}h1{font-size:18pt}.c{color:#444;margin:2px 0 8px}h2{font-size:10.5pt;margin:12px 0 4px;text-transform:uppercase;color:#4a4e69}
  table{border-collapse:collapse;width:100%}td,th{border:1px solid #bbb;padding:3px 5px;text-align:left;vertical-align:top}th{background:#f2e9e4}.b td{border-top:none}`;
  const jobs = p.jobs.map((j) => `<tr><td><b>${e(j.title)}</b></td><td>${e(j.company)}</td><td>${period(j.start, j.end, 'MM/YYYY', ' – ', zh ? '至今' : 'Present')}</td></tr><tr class="b"><td colspan="3">${bullets(j.bullets)}</td></tr>`).join('');
  const matrix = p.skills.map((g) => `${g.label ? `<tr><td colspan="3" style="background:#f7f7f7"><i>${e(g.label)}</i></td></tr>` : ''}${g.items.map((s) => `<tr><td>${e(s.name)}</td><td>${s.years ?? ''}</td><td>${e(s.level ?? '')}</td></tr>`).join('')}`).join('');
  const edu = p.education.map((d) => `<tr><td>${e(d.degree)}</td><td>${e(d.school)}</td><td>${period(d.start, d.end, 'MM/YYYY', ' – ', '')}</td></tr>`).join('');
  return page(p, css, `<h1>${e(p.name)}</h1><div class="c">${e(p.headline)} | ${e(p.phonePrinted)} | ${e(p.email)} | ${e(p.location)}</div><p>${e(p.summary)}</p>
  <h2>${L.experience}</h2><table><tr><th>${zh ? '职位' : 'Role'}</th><th>${zh ? '公司' : 'Employer'}</th><th style="width:24%">${zh ? '时间' : 'Period'}</th></tr>${jobs}</table>
  <h2>${zh ? '技能矩阵' : 'Skills matrix'}</h2><table><tr><th>${zh ? '技能' : 'Skill'}</th><th style="width:14%">${zh ? '年限' : 'Years'}</th><th style="width:26%">${zh ? '水平' : 'Level'}</th></tr>${matrix}</table>
  <h2>${L.education}</h2><table>${edu}</table>${p.spoken ? `<h2>${L.languages}</h2><p>${e(p.spoken.join(' · '))}</p>` : ''}`);
}

/** An export from a Chinese recruiting site (拉勾-style): a header line with years and degree, each job a label–value table. */
export function lagouExport(p: Person, years: number): string {
  const css = `body{font-family:${font(p, '')}}.hd{border-bottom:2px solid #00b38a;padding-bottom:6px}h1{font-size:18pt;display:inline}.m{color:#666;margin-left:10px}
  h2{font-size:11pt;color:#00b38a;margin:12px 0 5px}table{border-collapse:collapse;width:100%;margin-bottom:8px}td{border:1px solid #d5d5d5;padding:3px 6px;vertical-align:top}td.k{width:22mm;background:#f6f6f6;color:#555}
  .tag{display:inline-block;border:1px solid #00b38a;color:#00806a;padding:0 6px;margin:2px;border-radius:2px}`;
  const degree = p.education[0]!.degree.split(' ').at(-1);
  const jobs = p.jobs.map((j) => `<table><tr><td class="k">公司名称</td><td><b>${e(j.company)}</b></td></tr><tr><td class="k">职位名称</td><td>${e(j.title)}</td></tr><tr><td class="k">在职时间</td><td>${period(j.start, j.end, 'YYYY.MM', '-', '至今')}</td></tr><tr><td class="k">工作内容</td><td>${j.bullets.map((b, i) => `${i + 1}. ${e(b)}`).join('<br>')}</td></tr></table>`).join('');
  const edu = p.education.map((d) => `<table><tr><td class="k">学校</td><td>${e(d.school)}</td></tr><tr><td class="k">专业/学历</td><td>${e(d.degree)}</td></tr><tr><td class="k">时间</td><td>${period(d.start, d.end, 'YYYY.MM', '-', '')}</td></tr></table>`).join('');
  return page(p, css, `<div class="hd"><h1>${e(p.name)}</h1><span class="m">${years}年工作经验 | ${e(degree ?? '')} | ${e(p.location)}</span><div>${e(p.phonePrinted)} | ${e(p.email)}</div></div>
  <h2>期望工作</h2><p>${e(p.headline)}</p><h2>自我描述</h2><p>${e(p.summary)}</p><h2>工作经历</h2>${jobs}<h2>教育经历</h2>${edu}
  <h2>技能标签</h2><div>${allSkills(p).map((s) => `<span class="tag">${e(s.name)}</span>`).join('')}</div>${p.spoken ? `<h2>语言能力</h2><p>${e(p.spoken.join(' / '))}</p>` : ''}`);
}

/** A timeline table: the years in a narrow left column, the exact months under each role on the right. */
export function timelineYears(p: Person): string {
  const L = labels(p);
  const zh = p.lang === 'zh';
  const css = `body{font-family:${font(p, 'Trebuchet MS, DejaVu Sans')}}h1{font-size:20pt;color:#6d2e46}.c{margin:2px 0 10px}h2{font-size:11pt;color:#6d2e46;margin:12px 0 5px}
  table{border-collapse:collapse;width:100%}td{border-top:1px solid #d8c7cf;padding:5px 6px;vertical-align:top}td.y{width:20mm;font-weight:bold;color:#6d2e46;font-size:11pt;border-right:3px solid #6d2e46}.m{color:#666;font-size:9pt}`;
  const yrs = (s: string, en: string | null) => `${s.slice(0, 4)}–${en ? en.slice(0, 4) : ''}`;
  const jobs = p.jobs.map((j) => `<tr><td class="y">${yrs(j.start, j.end)}</td><td><b>${e(j.title)}</b>, ${e(j.company)}<div class="m">${period(j.start, j.end, zh ? 'YYYY年M月' : 'Month YYYY', ' – ', zh ? '至今' : 'present')}${j.location ? ` · ${e(j.location)}` : ''}</div>${bullets(j.bullets)}</td></tr>`).join('');
  const edu = p.education.map((d) => `<tr><td class="y">${yrs(d.start, d.end)}</td><td><b>${e(d.degree)}</b>, ${e(d.school)}</td></tr>`).join('');
  return page(p, css, `<h1>${e(p.name)}</h1><div class="c">${e(p.headline)}<br>${e(p.phonePrinted)} · ${e(p.email)} · ${e(p.location)}</div><p>${e(p.summary)}</p>
  <h2>${L.experience}</h2><table>${jobs}</table><h2>${L.education}</h2><table>${edu}</table>
  <h2>${L.skills}</h2><table>${p.skills.map((g) => `<tr><td class="y" style="font-size:9pt">${e(g.label ?? '')}</td><td>${e(g.items.map((s) => s.name).join(zh ? '、' : ', '))}</td></tr>`).join('')}</table>
  ${p.spoken ? `<h2>${L.languages}</h2><p>${e(p.spoken.join(zh ? '，' : ', '))}</p>` : ''}`);
}
