/**
 * The heldout-2 HTML/CSS templates, printed to PDF by Chromium. Each follows a convention seen in real résumé
 * galleries and 简历 templates (see NOTES.md). Written by a blind writer on 2026-12-02 (see people.ts); frozen.
 */
import { esc, nameLine, period, WORDS, written, type DateStyle } from './format';
import type { Person } from './people';

const FONT = `font-family: "DejaVu Sans", Arial, "WenQuanYi Zen Hei", sans-serif;`;
const page = (css: string, body: string, lang: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>*{box-sizing:border-box} body{margin:0;${FONT} color:#222; font-size:10pt; line-height:1.35} ul{margin:3px 0 0 0; padding-left:16px} li{margin:1px 0} ${css}</style></head><body>${body}</body></html>`;
const lang = (p: Person) => (p.labels === 'zh' ? 'zh-CN' : 'en');
const bullets = (b: string[]) => `<ul>${b.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>`;

/** Single column, classic reverse-chronological: centred name, one contact line, employer left and dates flush right. */
export function classic(p: Person): string {
  const w = WORDS[p.labels];
  const style: DateStyle = p.labels === 'zh' ? 'dot' : 'mon';
  const heads = p.labels === 'zh' ? { exp: '工作经历', sum: '个人简介' } : { exp: 'Professional Experience', sum: 'Profile' };
  const contact = [p.location, p.phoneShown, p.email, p.link].filter(Boolean).map((x) => esc(x!)).join(' &nbsp;|&nbsp; ');
  const jobs = p.jobs.map((j) => `<div class="job"><div class="row"><span><b>${esc(j.company)}</b>, ${esc(j.place)}</span><span>${period(j, style, w.present)}</span></div><div class="title">${esc(j.title)}</div>${bullets(j.bullets)}</div>`).join('');
  const edu = p.education.map((e) => `<div class="row"><span><b>${esc(e.school)}</b> — ${esc(e.degree)}</span><span>${e.from} – ${e.to}</span></div>`).join('');
  const sep = p.labels === 'zh' ? '、' : ', ';
  return page(`h1{text-align:center; font-size:22pt; margin:0 0 2px; letter-spacing:1px} .sub{text-align:center; color:#555} .contact{text-align:center; font-size:9pt; margin:4px 0 10px}
    h2{font-size:10.5pt; text-transform:uppercase; letter-spacing:1.5px; border-bottom:1px solid #333; margin:12px 0 6px; padding-bottom:2px}
    .row{display:flex; justify-content:space-between} .title{font-style:italic} .job{margin-bottom:8px}`,
  `<h1>${esc(nameLine(p))}</h1><div class="sub">${esc(p.headline)}</div><div class="contact">${contact}</div>
   <h2>${heads.sum}</h2><p style="margin:0">${esc(p.summary)}</p>
   <h2>${heads.exp}</h2>${jobs}
   <h2>${w.education}</h2>${edu}
   <h2>${w.skills}</h2><p style="margin:0">${p.skills.map((s) => esc(written(s))).join(sep)}</p>
   <h2>${w.languages}</h2><p style="margin:0">${p.languages.map(esc).join(sep)}</p>`, lang(p));
}

/** Single column, the common Chinese 简历: 基本信息 label–value block in two columns, ■ headings, "时间　单位　职务" job lines. */
export function jianliBasic(p: Person): string {
  const w = WORDS[p.labels];
  const zh = p.labels === 'zh';
  const colon = zh ? '：' : ': ';
  const info: [string, string][] = zh
    ? [[w.name, p.name], ...(p.details ?? []), [w.phone, p.phoneShown], [w.email, p.email]]
    : [['Name', p.name], ['Address', p.location], ['Mobile', p.phoneShown], ['Email', p.email]];
  const uniq = info.filter(([k], i) => info.findIndex(([k2]) => k2 === k) === i);
  const jobs = p.jobs.map((j) => `<div class="jl"><span class="d">${period(j, 'dot', w.present, ' - ')}</span><b>${esc(j.company)}</b><span>${esc(j.title)}</span></div><ol>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ol>`).join('');
  const edu = p.education.map((e) => `<div class="jl"><span class="d">${e.from} - ${e.to}</span><b>${esc(e.school)}</b><span>${esc(e.degree)}</span></div>`).join('');
  const h = zh ? { top: '个人简历', exp: '工作经历', edu: '教育背景', sk: '专业技能', lg: '语言能力', ev: '自我评价' }
    : { top: 'Curriculum Vitae', exp: 'Work Experience', edu: 'Education', sk: 'Skills', lg: 'Languages', ev: 'Personal Statement' };
  return page(`.top{font-size:20pt; font-weight:bold; text-align:center; letter-spacing:6px; margin-bottom:4px} .obj{text-align:center; color:#444; margin-bottom:8px}
    h2{font-size:11pt; margin:12px 0 6px; padding:3px 8px; background:#e8eef5; border-left:5px solid #2d5b8a}
    .info{display:grid; grid-template-columns:1fr 1fr; gap:3px 24px; padding:0 8px} .info b{display:inline-block; min-width:5.5em}
    .jl{display:flex; gap:28px; margin-top:6px} .d{min-width:11em} ol{margin:2px 0 0 11em; padding-left:18px} .sk{columns:2; margin:0; padding-left:24px}`,
  `<div class="top">${h.top}</div><div class="obj">${esc(w.objective)}${colon}${esc(p.headline)}</div>
   <h2>■ ${w.details}</h2><div class="info">${uniq.map(([k, v]) => `<div><b>${esc(k)}${colon}</b>${esc(v)}</div>`).join('')}</div>
   <h2>■ ${h.edu}</h2>${edu}
   <h2>■ ${h.exp}</h2>${jobs}
   <h2>■ ${h.sk}</h2><ul class="sk">${p.skills.map((s) => `<li>${esc(written(s))}</li>`).join('')}</ul>
   <h2>■ ${h.lg}</h2><p style="margin:0 8px">${p.languages.map(esc).join(zh ? '；' : '; ')}</p>
   <h2>■ ${h.ev}</h2><p style="margin:0 8px">${esc(p.summary)}</p>`, lang(p));
}

/** Two columns, CSS grid: a dark sidebar on the left (contact with icons, skills, languages, education), experience on the right. */
export function sidebarLeftGrid(p: Person): string {
  const w = WORDS[p.labels];
  const zh = p.labels === 'zh';
  const style: DateStyle = zh ? 'cn' : 'month';
  const contact = [['✆', p.phoneShown], ['✉', p.email], ['⌂', p.location], ...(p.link ? [['⚲', p.link]] : [])] as [string, string][];
  const jobs = p.jobs.map((j) => `<div class="job"><div class="when">${period(j, style, w.present, zh ? ' — ' : ' – ')}</div><div class="t">${esc(j.title)}</div><div class="co">${esc(j.company)} · ${esc(j.place)}</div>${bullets(j.bullets)}</div>`).join('');
  return page(`  .g{display:grid; grid-template-columns:36% 1fr} .side .ct{font-size:8.5pt}
    .side{background:#2f3e46; color:#f1f1f1; padding:6mm 4mm 6mm 4mm} .main{padding:4mm 2mm 4mm 7mm}
    .side h3{font-size:10pt; text-transform:uppercase; letter-spacing:1.5px; border-bottom:1px solid #7d8f96; padding-bottom:2px; margin:16px 0 6px}
    .side ul{list-style:none; padding:0} .side li{margin:3px 0; word-break:break-word} .ic{display:inline-block; width:1.4em}
    h1{font-size:24pt; margin:0} .head{color:#52796f; font-size:12pt; margin-bottom:10px}
    h2{font-size:12pt; color:#2f3e46; border-bottom:2px solid #52796f; margin:14px 0 6px}
    .job{margin-bottom:9px; break-inside:avoid} .when{font-size:8.5pt; color:#666} .t{font-weight:bold} .co{color:#52796f}`,
  `<div class="g"><aside class="side">
     <h3>${w.contact}</h3><ul class="ct">${contact.map(([i, v]) => `<li><span class="ic">${i}</span>${esc(v)}</li>`).join('')}</ul>
     <h3>${w.skills}</h3><ul>${p.skills.map((s) => `<li>${esc(written(s))}</li>`).join('')}</ul>
     <h3>${w.languages}</h3><ul>${p.languages.map((l) => `<li>${esc(l)}</li>`).join('')}</ul>
     <h3>${w.education}</h3>${p.education.map((e) => `<p style="margin:0 0 6px"><b>${esc(e.school)}</b><br>${esc(e.degree)}<br>${e.from} – ${e.to}</p>`).join('')}
   </aside><main class="main">
     <h1>${esc(nameLine(p))}</h1><div class="head">${esc(p.headline)}</div>
     <h2>${zh ? '个人简介' : 'About me'}</h2><p style="margin:0">${esc(p.summary)}</p>
     <h2>${zh ? '工作经历' : 'Work Experience'}</h2>${jobs}
   </main></div>`, lang(p));
}

/** Two columns, flexbox: a full-width name band, the main column on the left and a narrower shaded sidebar on the right (contact, skill tags, languages). */
export function sidebarRightFlex(p: Person): string {
  const w = WORDS[p.labels];
  const zh = p.labels === 'zh';
  const jobs = p.jobs.map((j) => `<div class="job"><div class="t">${esc(j.title)}</div><div class="row"><span class="co">${esc(j.company)}, ${esc(j.place)}</span><span class="d">${period(j, 'yyyy/mm', w.present, ' — ')}</span></div>${bullets(j.bullets)}</div>`).join('');
  return page(`.band{background:#f4a261; color:#1d1d1d; padding:10px 14px; margin-bottom:12px} .band h1{margin:0; font-size:22pt} .band div{font-size:11pt}
    .cols{display:flex; gap:18px} .main{flex:1 1 0} .side{flex:0 0 30%; background:#f6f1ea; padding:8px 10px}
    h2{font-size:11pt; color:#b5562a; margin:10px 0 5px; text-transform:uppercase} .side h2{margin-top:4px}
    .row{display:flex; justify-content:space-between; gap:8px} .t{font-weight:bold} .co{font-style:italic} .d{white-space:nowrap; color:#555} .job{margin-bottom:8px}
    .tag{display:inline-block; border:1px solid #c9a27e; border-radius:9px; padding:1px 7px; margin:2px 2px; font-size:8.5pt} .side p{margin:2px 0; word-break:break-word}`,
  `<div class="band"><h1>${esc(nameLine(p))}</h1><div>${esc(p.headline)}</div></div>
   <div class="cols"><div class="main">
     <h2>${zh ? '个人简介' : 'Summary'}</h2><p style="margin:0">${esc(p.summary)}</p>
     <h2>${zh ? '工作经历' : 'Employment History'}</h2>${jobs}
     <h2>${w.education}</h2>${p.education.map((e) => `<div class="row"><span><b>${esc(e.degree)}</b>, ${esc(e.school)}</span><span class="d">${e.from} — ${e.to}</span></div>`).join('')}
   </div><aside class="side">
     <h2>${w.contact}</h2><p>${esc(p.phoneShown)}</p><p>${esc(p.email)}</p><p>${esc(p.location)}</p>${p.link ? `<p>${esc(p.link)}</p>` : ''}
     <h2>${w.skills}</h2><div>${p.skills.map((s) => `<span class="tag">${esc(written(s))}</span>`).join(' ')}</div>
     <h2>${w.languages}</h2>${p.languages.map((l) => `<p>${esc(l)}</p>`).join('')}
   </aside></div>`, lang(p));
}

/** Table: a bordered history table "Period | Employer | Position" with the duties as bullets inside the position cell. */
export function periodFirst(p: Person): string {
  const w = WORDS[p.labels];
  const zh = p.labels === 'zh';
  const style: DateStyle = zh ? 'dot' : 'mm/yyyy';
  const cols = zh ? ['时间', '单位', '职务及工作内容'] : ['Period', 'Employer', 'Position and duties'];
  const rows = p.jobs.map((j) => `<tr><td class="nw">${period(j, style, w.present, zh ? '–' : ' – ')}</td><td>${esc(j.company)}<br><span class="pl">${esc(j.place)}</span></td><td><b>${esc(j.title)}</b>${bullets(j.bullets)}</td></tr>`).join('');
  const edu = p.education.map((e) => `<tr><td class="nw">${e.from} – ${e.to}</td><td>${esc(e.school)}</td><td>${esc(e.degree)}</td></tr>`).join('');
  const sep = zh ? '、' : ', ';
  return page(`h1{font-size:20pt; margin:0} .c{margin:2px 0 10px; color:#444}
    h2{font-size:11pt; margin:12px 0 4px} table{border-collapse:collapse; width:100%} td,th{border:1px solid #888; padding:4px 6px; vertical-align:top; text-align:left}
    th{background:#ddd} .nw{white-space:nowrap; width:22%} .pl{color:#666; font-size:8.5pt} td.k{width:22%; background:#f2f2f2; font-weight:bold}`,
  `<h1>${esc(nameLine(p))}</h1><div>${esc(p.headline)}</div>
   <div class="c">${esc(p.phoneShown)} · ${esc(p.email)} · ${esc(p.location)}${p.link ? ` · ${esc(p.link)}` : ''}</div>
   <p>${esc(p.summary)}</p>
   <h2>${zh ? '工作经历' : 'Employment'}</h2><table><tr>${cols.map((c) => `<th>${c}</th>`).join('')}</tr>${rows}</table>
   <h2>${w.education}</h2><table>${edu}</table>
   <h2>${zh ? '技能与语言' : 'Skills and languages'}</h2><table>
     <tr><td class="k">${w.skills}</td><td>${p.skills.map((s) => esc(written(s))).join(sep)}</td></tr>
     <tr><td class="k">${w.languages}</td><td>${p.languages.map(esc).join(sep)}</td></tr></table>`, lang(p));
}

/** Table: the classic form-style 个人简历 — the whole page one bordered grid: label–value header cells, then 时间 | 单位 | 职务 rows. */
export function formTable(p: Person): string {
  const w = WORDS[p.labels];
  const zh = p.labels === 'zh';
  const style: DateStyle = zh ? 'cn' : 'mon';
  const pairs: [string, string][] = zh
    ? [[w.name, p.name], ...(p.details ?? []).filter(([k]) => k !== '现居'), [w.location, p.location], [w.email, p.email], [w.phone, p.phoneShown]]
    : [['Name', p.name], ['Telephone', p.phoneShown], ['E-mail', p.email], ['Address', p.location], ['Languages', p.languages.join(', ')]];
  const hdr: string[] = [];
  for (let i = 0; i < pairs.length; i += 2) {
    const [a, b] = [pairs[i]!, pairs[i + 1]];
    hdr.push(b ? `<tr><td class="k">${esc(a[0])}</td><td colspan="2">${esc(a[1])}</td><td class="k">${esc(b[0])}</td><td>${esc(b[1])}</td></tr>`
      : `<tr><td class="k">${esc(a[0])}</td><td colspan="4">${esc(a[1])}</td></tr>`);
  }
  const h = zh ? { t: '个 人 简 历', when: '起止时间', where: '工作单位', what: '职务', work: '工作内容', edu: '教育经历', school: '学校', deg: '专业 / 学历', sk: '专业技能', lg: '语言能力', self: '自我评价', obj: '求职意向' }
    : { t: 'CURRICULUM VITAE', when: 'Dates', where: 'Employer', what: 'Job title', work: 'Main duties', edu: 'Education', school: 'Institution', deg: 'Qualification', sk: 'Skills', lg: '', self: 'Profile', obj: 'Objective' };
  const work = p.jobs.map((j) => `<tr><td class="c">${period(j, style, w.present, zh ? '—' : ' – ')}</td><td colspan="2">${esc(j.company)}</td><td colspan="2">${esc(j.title)}</td></tr><tr><td class="k2">${h.work}</td><td colspan="4">${j.bullets.map((b, i) => `${i + 1}. ${esc(b)}`).join('<br>')}</td></tr>`).join('');
  const edu = p.education.map((e) => `<tr><td class="c">${e.from}—${e.to}</td><td colspan="2">${esc(e.school)}</td><td colspan="2">${esc(e.degree)}</td></tr>`).join('');
  return page(`.t{text-align:center; font-size:18pt; font-weight:bold; margin-bottom:8px} table{border-collapse:collapse; width:100%; table-layout:fixed}
    td{border:1px solid #444; padding:5px 6px; vertical-align:middle} td.k{background:#eef1f4; font-weight:bold} td.k2{background:#f7f7f7; text-align:center}
    td.c{text-align:center} tr.s td{background:#c9d6e3; font-weight:bold; text-align:center; letter-spacing:2px} tr.h td{background:#eef1f4; text-align:center; font-weight:bold}`,
  `<div class="t">${h.t}</div><table><colgroup><col style="width:17%"><col style="width:22%"><col style="width:22%"><col style="width:16%"><col style="width:23%"></colgroup>
   ${hdr.join('')}
   <tr><td class="k">${h.obj}</td><td colspan="4">${esc(p.headline)}</td></tr>
   <tr class="s"><td colspan="5">${h.edu}</td></tr><tr class="h"><td>${h.when}</td><td colspan="2">${h.school}</td><td colspan="2">${h.deg}</td></tr>${edu}
   <tr class="s"><td colspan="5">${zh ? '工作经历' : 'Employment history'}</td></tr><tr class="h"><td>${h.when}</td><td colspan="2">${h.where}</td><td colspan="2">${h.what}</td></tr>${work}
   <tr><td class="k">${h.sk}</td><td colspan="4">${p.skills.map((s) => esc(written(s))).join(zh ? '、' : ', ')}</td></tr>
   ${zh ? `<tr><td class="k">${h.lg}</td><td colspan="4">${p.languages.map(esc).join('、')}</td></tr>` : ''}
   <tr><td class="k">${h.self}</td><td colspan="4">${esc(p.summary)}</td></tr></table>`, lang(p));
}
