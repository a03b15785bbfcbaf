/**
 * heldout-73 generator: writes documents/, truth.json and manifest.json.
 * Refuses to run when manifest.json exists unless given --force.
 *   cd packages/cv && npx tsx eval/heldout-73/generate.ts [--force]
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType, BorderStyle, ColumnBreak, Document, Footer, Header, Packer, PageNumber, Paragraph, SectionType, ShadingType, Tab,
  Table, TableCell, TableRow, TabStopType, TextRun, VerticalAlign, WidthType,
} from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people, shown, type Job, type Person } from './people.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docsDir = path.join(here, 'documents');
const REF = '2026-12';
if (existsSync(path.join(here, 'manifest.json')) && !process.argv.includes('--force')) {
  console.error('manifest.json exists: refusing to overwrite (use --force)');
  process.exit(1);
}

// ---------- dates ----------
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const Y = (s: string) => s.slice(0, 4);
const Mn = (s: string) => Number(s.slice(5, 7));
const MM = (s: string) => s.slice(5, 7);
const f = {
  mon: (s: string) => `${MON[Mn(s) - 1]} ${Y(s)}`,
  full: (s: string) => `${MONTH[Mn(s) - 1]} ${Y(s)}`,
  slash: (s: string) => `${MM(s)}/${Y(s)}`,
  dot: (s: string) => `${Y(s)}.${MM(s)}`,
  dotU: (s: string) => `${Y(s)}.${Mn(s)}`,
  zh: (s: string) => `${Y(s)}年${Mn(s)}月`,
  iso: (s: string) => s,
  dotEu: (s: string) => `${MM(s)}.${Y(s)}`,
};
const range = (j: { start: string; end: string | null }, fm: (s: string) => string, sep: string, now: string) =>
  `${fm(j.start)}${sep}${j.end ? fm(j.end) : now}`;
const desc = (w: Job[]) => [...w].sort((a, b) => (b.start < a.start ? -1 : b.start > a.start ? 1 : 0));
/** Consecutive roles at one employer (newest first), for templates that group promotions. */
function groups(w: Job[]): Job[][] {
  const out: Job[][] = [];
  for (const j of desc(w)) {
    const last = out[out.length - 1];
    if (last && last[0].company === j.company) last.push(j);
    else out.push([j]);
  }
  return out;
}
const span = (g: Job[]) => ({ start: g[g.length - 1].start, end: g.some((j) => j.end === null) ? null : g[0].end });
const kindEn: Record<string, string> = { intern: 'internship', 'part-time': 'part-time', casual: 'casual', contract: 'contract', freelance: 'freelance' };
const kindZh: Record<string, string> = { intern: '实习', 'part-time': '兼职', casual: '临时', contract: '合同', freelance: '自由职业' };
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const nameLine = (p: Person, sep = ' ') => (p.alt ? `${p.name}${sep}${p.alt}` : p.name);
const titleOf = (p: Person, j: Job, sep = ' ') => (p.lang === 'mixed' && j.titleZh ? `${j.title}${sep}${j.titleZh}` : j.title);
const ZH_FONT = `'WenQuanYi Zen Hei','Noto Sans CJK SC'`;
const page = (css: string, body: string, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>*{box-sizing:border-box}html,body{margin:0;padding:0}ul{margin:2px 0 0;padding-left:16px}li{margin:1px 0}${css}</style></head><body>${body}</body></html>`;

// inline SVG icons
const ico = {
  phone: `<svg width="10" height="10" viewBox="0 0 24 24"><path fill="currentColor" d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2c.3-.3.7-.4 1-.2 1.1.4 2.3.6 3.6.6.6 0 1 .4 1 1V20c0 .6-.4 1-1 1A17 17 0 0 1 3 4c0-.6.4-1 1-1h3.5c.6 0 1 .4 1 1 0 1.3.2 2.5.6 3.6.1.3 0 .7-.2 1z"/></svg>`,
  mail: `<svg width="10" height="10" viewBox="0 0 24 24"><path fill="currentColor" d="M2 5h20v14H2zm2 2v.4l8 5 8-5V7zm0 2.8V17h16V9.8l-8 5z"/></svg>`,
  pin: `<svg width="10" height="10" viewBox="0 0 24 24"><path fill="currentColor" d="M12 2a7 7 0 0 0-7 7c0 5 7 13 7 13s7-8 7-13a7 7 0 0 0-7-7zm0 9.5A2.5 2.5 0 1 1 12 6.5a2.5 2.5 0 0 1 0 5z"/></svg>`,
};

// ---------- HTML templates (Chromium) ----------
type Html = (p: Person) => string;

/** Dutch-style CV in English: "Employer | Title | City" on one line, the period printed AFTER the bullets. */
const nlAfter: Html = (p) => page(`body{font:10.5pt 'Liberation Sans',sans-serif;color:#222}
h1{font-size:22pt;margin:0;color:#0b4f6c}.sub{color:#555;margin:2px 0 10px}
table.pd td{padding:1px 14px 1px 0;vertical-align:top}table.pd td:first-child{color:#666;width:32mm}
h2{font-size:11.5pt;text-transform:uppercase;letter-spacing:.6px;color:#0b4f6c;border-bottom:1.5px solid #0b4f6c;margin:14px 0 6px;padding-bottom:2px}
.job{margin:0 0 9px}.head b{font-weight:700}.head span{color:#777}.per{color:#6a6a6a;font-size:9.5pt;font-style:italic;margin-top:2px}`,
`<h1>${p.name}</h1><div class="sub">Curriculum vitae — ${p.headline}</div>
<table class="pd"><tr><td>Address</td><td>${p.address}</td></tr><tr><td>Mobile</td><td>${p.phoneShow}</td></tr>
${p.other.map((o) => `<tr><td>${o.label}</td><td>${o.num}</td></tr>`).join('')}<tr><td>E-mail</td><td>${p.email}</td></tr></table>
<h2>Profile</h2><div>${p.summary}</div>
<h2>Work experience</h2>${desc(p.work).map((j) => `<div class="job"><div class="head"><b>${j.company}</b> <span>|</span> ${j.title}${j.kind ? ` (${kindEn[j.kind]})` : ''} <span>|</span> ${j.city}</div>
<ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul><div class="per">Period: ${range(j, f.full, ' – ', 'present')}</div></div>`).join('')}
<h2>Education</h2>${p.edu.map((e) => `<div class="job"><div class="head"><b>${e.school}</b> <span>|</span> ${e.degree}</div><div class="per">Period: ${range(e, f.full, ' – ', 'present')}</div></div>`).join('')}
<h2>Skills</h2><div>${p.skills.map(shown).join(', ')}</div>
<h2>Languages</h2><div>${p.languages.join(' · ')}</div>
<h2>Certificates</h2><div>${p.certs.join('; ')}</div>`);

/** US résumé: "Title at Employer", then a grey line with the city and the dates. */
const atCityline: Html = (p) => page(`body{font:10.5pt 'Liberation Serif',serif;color:#111}
h1{font:700 24pt 'Liberation Sans',sans-serif;margin:0;letter-spacing:-.5px}.ct{font:9.5pt 'Liberation Sans',sans-serif;color:#333;margin:4px 0 12px;display:flex;gap:16px}.ct span{display:inline-flex;align-items:center;gap:4px}
h2{font:700 10pt 'Liberation Sans',sans-serif;text-transform:uppercase;letter-spacing:1.5px;margin:14px 0 6px;color:#444}
.r{margin-bottom:9px}.r .t{font-weight:700;font-size:11pt}.r .c{font:9pt 'Liberation Sans',sans-serif;color:#666;margin-top:1px}`,
`<h1>${p.name}</h1><div class="ct"><span>${ico.phone}${p.phoneShow}</span><span>${ico.mail}${p.email}</span><span>${ico.pin}${p.address}</span></div>
<div>${p.summary}</div><h2>Experience</h2>${desc(p.work).map((j) => `<div class="r"><div class="t">${j.title} at ${j.company}</div>
<div class="c">${j.city} · ${range(j, f.mon, ' – ', 'Present')}</div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`).join('')}
<h2>Skills</h2><div>${p.skills.map(shown).join(', ')}</div>
<h2>Education</h2>${p.edu.map((e) => `<div class="r"><div class="t">${e.degree}, ${e.school}</div><div class="c">${Y(e.end)}</div></div>`).join('')}
<h2>Certifications</h2><div>${p.certs.join(', ')}</div><h2>Languages</h2><div>${p.languages.join(', ')}</div>`);

/** Employer heading with roles under it ("↳ Title — dates"); every second multi-role employer prints its own span. */
const progression: Html = (p) => {
  const zh = p.lang === 'mixed';
  const fm = zh ? f.dot : f.mon;
  const now = zh ? 'Present 至今' : 'present';
  let k = 0;
  return page(`body{font:10.5pt 'Liberation Sans',${ZH_FONT},sans-serif;color:#1d1d1d}
.top{border-bottom:3px double #333;padding-bottom:6px;margin-bottom:8px}h1{margin:0;font-size:20pt}.top div{font-size:9.5pt;color:#444}
h2{font-size:10.5pt;margin:12px 0 5px;text-transform:uppercase;color:#7a2e0e}
.emp{margin:6px 0 8px}.emp>.n{font-weight:700;font-size:11pt}.emp>.n small{font-weight:400;color:#666;font-size:9.5pt}
.role{margin:3px 0 0 14px}.role .rt{font-style:italic}.role .rt b{font-style:normal;color:#555;font-weight:400}`,
`<div class="top"><h1>${nameLine(p, '　')}</h1><div>${p.headline}</div><div>${p.address} · Mobile ${p.phoneShow} · ${p.email}${p.other[0] ? ` · ${p.other[0].label}: ${p.other[0].num}` : ''}</div></div>
<div>${p.summary}</div><h2>${zh ? 'Career progression 工作经历' : 'Career progression'}</h2>
${groups(p.work).map((g) => {
    const multi = g.length > 1; const showSpan = multi && k++ % 2 === 0;
    return `<div class="emp"><div class="n">${g[0].company}${showSpan ? ` <small>(${range(span(g), Y, ' – ', zh ? 'present 至今' : 'present')})</small>` : ''} <small>· ${g[0].city}</small></div>
${g.map((j) => `<div class="role"><span class="rt">${multi ? '↳ ' : ''}${titleOf(p, j)}${j.kind ? ` (${zh ? kindZh[j.kind] + ' ' : ''}${kindEn[j.kind]})` : ''} <b>— ${range(j, fm, ' – ', now)}</b></span><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`).join('')}</div>`;
  }).join('')}
<h2>${zh ? 'Skills 技能' : 'Skills'}</h2><div>${p.skills.map(shown).join(' / ')}</div>
<h2>${zh ? 'Education 教育' : 'Education'}</h2>${p.edu.map((e) => `<div>${e.degree}, ${e.school} (${Y(e.end)})</div>`).join('')}
<h2>${zh ? 'Languages 语言' : 'Languages'}</h2><div>${p.languages.join(', ')}</div>${p.certs.length ? `<h2>${zh ? 'Certificates 证书' : 'Certificates'}</h2><div>${p.certs.join(', ')}</div>` : ''}`, zh ? 'zh' : 'en');
};

/** Freelancer's one-pager: employment, then a freelance practice listed by client; dates share a line with the town. */
const clientLedger: Html = (p) => {
  const perm = desc(p.work).filter((j) => !j.kind);
  const cl = desc(p.work).filter((j) => j.kind);
  const first = cl[cl.length - 1];
  return page(`body{font:10pt 'DejaVu Sans',sans-serif;color:#222}h1{font-size:20pt;margin:0;font-weight:300}h1+div{color:#c0392b;font-size:10pt;margin-bottom:4px}
.ct{font-size:9pt;color:#555;margin-bottom:10px}h2{font-size:10pt;font-weight:700;border-left:4px solid #c0392b;padding-left:6px;margin:14px 0 6px}
.cl{display:flex;gap:10px;margin:5px 0 7px}.cl .num{color:#c0392b;font-weight:700;width:18px}.cl .w{flex:1}.meta{color:#777;font-size:8.8pt}`,
`<h1>${p.name}</h1><div>${p.headline}</div><div class="ct">${p.phoneShow} &nbsp;/&nbsp; ${p.email} &nbsp;/&nbsp; ${p.address} &nbsp;/&nbsp; portfolio: moragbaillie.design</div>
<div>${p.summary}</div>
<h2>Freelance practice — clients since ${f.mon(first.start)}</h2>
${cl.map((j, i) => `<div class="cl"><div class="num">${String(cl.length - i).padStart(2, '0')}</div><div class="w">Client: <b>${j.company}</b> — ${j.title} <span class="meta">(${j.kind})</span>
<div class="meta">${j.city} · ${range(j, f.mon, ' – ', 'ongoing')}</div><div>${esc(j.bullets[0])}</div></div></div>`).join('')}
<h2>Employment</h2>${perm.map((j) => `<div class="cl"><div class="num">·</div><div class="w"><b>${j.company}</b> — ${j.title}<div class="meta">${j.city} · ${range(j, f.mon, ' – ', 'present')}</div><div>${esc(j.bullets[0])}</div></div></div>`).join('')}
<h2>Skills</h2><div>${p.skills.map(shown).join(' · ')}</div>
<h2>Education</h2>${p.edu.map((e) => `<div>${e.degree} — ${e.school}, ${Y(e.start)}–${Y(e.end)}</div>`).join('')}
<h2>Certification &amp; languages</h2><div>${p.certs.join(', ')}. ${p.languages.join(', ')}.</div>`);
};

/** Australian two-page résumé: job continued on page 2; dates in brackets after the title; "Since Oct 2021". */
const p2Flow: Html = (p) => page(`body{font:12pt 'Liberation Serif',serif;color:#1a1a1a;line-height:1.5}
h1{font:700 21pt 'Liberation Sans',sans-serif;margin:0;color:#234}h1+div{font-size:10pt;color:#444;margin-bottom:12px}
h2{font:700 11pt 'Liberation Sans',sans-serif;color:#234;margin:16px 0 6px;border-bottom:1px solid #9ab}
.j{margin-bottom:10px}.j .e{font-weight:700}.j .t{font-style:italic}.ks{columns:2;margin:0}`,
`<h1>${p.name}</h1><div>${p.address} &nbsp;|&nbsp; Mobile ${p.phoneShow} &nbsp;|&nbsp; Home ${p.other[0]?.num ?? ''} &nbsp;|&nbsp; ${p.email}</div>
<h2>Career objective</h2><div>${p.summary} Seeking a senior clinical leadership role in regional Queensland where I can keep building safe, well-staffed services.</div>
<h2>Key skills</h2><ul class="ks">${p.skills.map((s) => `<li>${shown(s)}</li>`).join('')}</ul>
<h2>Employment history</h2>${desc(p.work).map((j) => `<div class="j"><div class="e">${j.company}, ${j.city}</div>
<div class="t">${j.title}${j.kind ? ` (${j.kind})` : ''} (${j.end ? range(j, f.mon, ' – ', '') : `Since ${f.mon(j.start)}`})</div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`).join('')}
<h2>Education</h2>${p.edu.map((e) => `<div>${e.degree}, ${e.school} (${Y(e.start)}–${Y(e.end)})</div>`).join('')}
<h2>Registrations</h2><div>${p.certs.join('; ')}</div>
<h2>Referees</h2><div>Margaret Doolan, Executive Director Clinical Services, Capricorn Coast Health Service — (07) 4913 6620<br>Dr Peter Lanahan, Director of Cardiology, Royal Moreton Hospital — (07) 3646 8812</div>`);

/** 中文单栏：职位在前、公司在后；起止时间放在职位后的括号里。 */
const zhTitleFirst: Html = (p) => page(`body{font:10.5pt ${ZH_FONT},sans-serif;color:#222}
.hd{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:2px solid #1f5fa8;padding-bottom:6px}.hd h1{margin:0;font-size:22pt;letter-spacing:4px}
.hd div{text-align:right;font-size:9.5pt;line-height:1.6}h2{font-size:12pt;color:#1f5fa8;margin:14px 0 6px}
.j{margin-bottom:8px}.j .t{font-weight:700}.j .t span{font-weight:400;color:#555}.j .c{color:#444;font-size:9.5pt}`,
`<div class="hd"><h1>${p.name}</h1><div>求职意向：${p.headline}<br>手机：${p.phoneShow}　邮箱：${p.email}<br>${p.other.map((o) => `${o.label}：${o.num}`).join('　')}　现居：${p.address}</div></div>
<h2>个人概述</h2><div>${p.summary}</div>
<h2>工作经历</h2>${desc(p.work).map((j) => `<div class="j"><div class="t">${j.title} <span>（${range(j, f.zh, '至', '今')}）</span></div>
<div class="c">${j.company} · ${j.city}</div><ul>${j.bullets.map((b) => `<li>${b}</li>`).join('')}</ul></div>`).join('')}
<h2>专业技能</h2><div>${p.skills.map(shown).join('、')}</div>
<h2>教育背景</h2>${p.edu.map((e) => `<div>${e.school}　${e.degree}（${f.zh(e.start)}—${f.zh(e.end)}）</div>`).join('')}
<h2>证书与语言</h2><div>${[...p.certs, ...p.languages].join('；')}</div>`, 'zh');

/** 日期在公司前：「2020.04 — 现在 ｜ 公司 ｜ 职位」，全职/实习/兼职标签。 */
const zhTags: Html = (p) => page(`body{font:10.5pt ${ZH_FONT},sans-serif;color:#2b2b2b}
h1{margin:0 0 2px;font-size:20pt}.ct{font-size:9.5pt;color:#555;margin-bottom:10px}
h2{font-size:11pt;background:#f1ece4;padding:3px 8px;margin:14px 0 6px;border-left:4px solid #a0522d}
.row{margin:6px 0 8px}.row .l{display:flex;gap:8px;align-items:center}.d{font-family:'DejaVu Sans Mono',monospace;font-size:9pt;color:#a0522d;white-space:nowrap}
.tag{font-size:8pt;border:1px solid #a0522d;color:#a0522d;border-radius:8px;padding:0 6px}.row ul{margin-left:4px}`,
`<h1>${p.name}</h1><div class="ct">${p.headline} ｜ 手机 ${p.phoneShow} ｜ ${p.email} ｜ ${p.address}${p.other[0] ? ` ｜ ${p.other[0].label} ${p.other[0].num}` : ''}</div>
<h2>自我评价</h2><div>${p.summary}</div>
<h2>工作经历</h2>${desc(p.work).map((j) => `<div class="row"><div class="l"><span class="d">${range(j, f.dot, ' — ', '现在')}</span><span>｜ <b>${j.company}</b> ｜ ${j.title}</span><span class="tag">${j.kind === 'intern' ? '实习' : j.kind === 'part-time' ? '兼职' : '全职'}</span></div>
<ul>${j.bullets.map((b) => `<li>${b}</li>`).join('')}</ul></div>`).join('')}
<h2>技能</h2><div>${p.skills.map(shown).join(' ／ ')}</div>
<h2>教育经历</h2>${p.edu.map((e) => `<div><span class="d">${f.dot(e.start)} — ${f.dot(e.end)}</span> ｜ ${e.school} ｜ ${e.degree}</div>`).join('')}
<h2>证书 · 语言</h2><div>${[...p.certs, ...p.languages].join('　')}</div>`, 'zh');

/** Bilingual single column: "Company / Title 职位 / City" with slashes, dates right, "Present / 至今". */
const mixedSlash: Html = (p) => page(`body{font:10pt 'Liberation Sans',${ZH_FONT},sans-serif;color:#222}
h1{font-size:21pt;margin:0}h1 small{font-size:13pt;color:#666;font-weight:400}.ct{margin:3px 0 10px;font-size:9.5pt}
h2{font-size:10.5pt;letter-spacing:1px;margin:13px 0 5px;padding-bottom:2px;border-bottom:1px dotted #888}
.j{margin:5px 0 8px}.l{display:flex;justify-content:space-between;gap:10px}.l .d{white-space:nowrap;color:#555}`,
`<h1>${p.name} <small>${p.alt}</small></h1><div class="ct">${p.headline}<br>Mobile 手机: ${p.phoneShow} / ${p.other.map((o) => `${o.label}: ${o.num}`).join(' / ')} / ${p.email} / ${p.address}</div>
<h2>PROFILE 简介</h2><div>${p.summary}</div>
<h2>EXPERIENCE 工作经历</h2>${desc(p.work).map((j) => `<div class="j"><div class="l"><span><b>${j.company}</b> / ${titleOf(p, j)}${j.kind ? ` (${kindEn[j.kind]})` : ''} / ${j.city}</span><span class="d">${range(j, f.dot, ' – ', 'Present / 至今')}</span></div>
<ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`).join('')}
<h2>SKILLS 技能</h2><div>${p.skills.map(shown).join(' / ')}</div>
<h2>EDUCATION 教育</h2>${p.edu.map((e) => `<div class="l"><span>${e.school} / ${e.degree}</span><span class="d">${f.dot(e.start)} – ${f.dot(e.end)}</span></div>`).join('')}
<h2>LANGUAGES 语言</h2><div>${p.languages.join(' / ')}</div>${p.certs.length ? `<h2>CERTIFICATES 证书</h2><div>${p.certs.join(' / ')}</div>` : ''}`, 'zh');

/** Floated sidebar: the history runs beside it and continues full width below the sidebar's end. */
const floatUnder: Html = (p) => {
  const zh = p.lang === 'zh';
  const L = zh ? { c: '联系方式', s: '专业技能', l: '语言', cert: '证书', pro: '个人简介', w: '工作经历', e: '教育背景', m: '手机', now: '至今' }
    : { c: 'Contact', s: 'Skills', l: 'Languages', cert: 'Certificates', pro: 'Profile', w: 'Experience', e: 'Education', m: 'Mobile', now: 'now' };
  const fm = zh ? f.dot : f.slash;
  return page(`body{font:10.5pt ${zh ? ZH_FONT : `'Liberation Sans',${ZH_FONT}`},sans-serif;color:#222}
h1{margin:0;font-size:22pt;color:#2d4a22}h1+div{color:#666;margin-bottom:10px}
.side{float:left;width:58mm;background:#eef3ea;padding:8px 10px;margin:0 14px 8px 0;font-size:9.5pt}.side h3{margin:6px 0 3px;font-size:10pt;color:#2d4a22}.side p{margin:1px 0}
h2{font-size:11.5pt;color:#2d4a22;margin:10px 0 5px}.j{margin-bottom:8px}.j .h{font-weight:700}.j .m{color:#666;font-size:9pt}`,
`<h1>${p.name}</h1><div>${p.headline}</div>
<div class="side"><h3>${L.c}</h3><p>${L.m}: ${p.phoneShow}</p>${p.other.map((o) => `<p>${o.label}: ${o.num}</p>`).join('')}<p>${p.email}</p><p>${p.address}</p>
<h3>${L.s}</h3>${p.skills.map((s) => `<p>▸ ${shown(s)}</p>`).join('')}<h3>${L.l}</h3>${p.languages.map((s) => `<p>${s}</p>`).join('')}
<h3>${L.cert}</h3>${p.certs.map((s) => `<p>${s}</p>`).join('')}</div>
<h2>${L.pro}</h2><div>${p.summary}</div>
<h2>${L.w}</h2>${desc(p.work).map((j) => `<div class="j"><div class="h">${j.company} – ${j.title}${!zh && j.kind ? ` (${j.kind}${j.via ? `, via ${j.via}` : ''})` : ''}</div>
<div class="m">${j.city} · ${range(j, fm, ' – ', L.now)}</div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`).join('')}
<h2>${L.e}</h2>${p.edu.map((e) => `<div>${e.school} – ${e.degree} <span class="m">(${fm(e.start)} – ${fm(e.end)})</span></div>`).join('')}`, zh ? 'zh' : 'en');
};

/** CSS grid, main left / rail right; "Title, Employer" with right-aligned dates; the history runs onto page 2. */
const gridSpill: Html = (p) => page(`body{font:11.5pt 'Liberation Serif',serif;color:#222;line-height:1.55}
.g{display:grid;grid-template-columns:1fr 56mm;column-gap:9mm}.rail{border-left:2px solid #b58b3c;padding-left:5mm;font:9.5pt 'Liberation Sans',sans-serif;line-height:1.5}
.rail h3{font-size:9.5pt;text-transform:uppercase;letter-spacing:1px;color:#b58b3c;margin:10px 0 3px}.rail p{margin:0}
h1{font-size:25pt;margin:0 0 2px;font-weight:400}h1+div{font-style:italic;color:#555;margin-bottom:10px}h2{font:700 10.5pt 'Liberation Sans',sans-serif;text-transform:uppercase;letter-spacing:1px;margin:14px 0 6px;color:#b58b3c}
.j{margin-bottom:14px}.l{display:flex;justify-content:space-between;gap:8px}.l b{font-weight:700}.l span:last-child{white-space:nowrap;font-size:9.5pt;color:#555}.c{color:#666;font-size:9.5pt}`,
`<div class="g"><div><h1>${p.name}</h1><div>${p.headline}</div>
<h2>Profile</h2><div>${p.summary}</div><h2>Selected achievements</h2><ul>${desc(p.work).slice(0, 3).map((j) => `<li>${esc(j.bullets[j.bullets.length - 1])}</li>`).join('')}</ul>
<h2>Professional experience</h2>${desc(p.work).map((j) => `<div class="j"><div class="l"><span><b>${j.title}${j.kind ? ` (${kindEn[j.kind]})` : ''}</b>, ${j.company}</span><span>${range(j, f.mon, ' – ', 'Present')}</span></div>
<div class="c">${j.city}</div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}<li>Reported to the ${j.end ? 'operations director' : 'chief operating officer'}; covered for the line manager during leave.</li></ul></div>`).join('')}
</div>
<div class="rail"><h3>Education</h3>${p.edu.map((e) => `<p>${e.degree}<br>${e.school}, ${Y(e.start)} – ${Y(e.end)}</p>`).join('')}<h3>Contact</h3><p>Mobile ${p.phoneShow}</p>${p.other.map((o) => `<p>${o.label} ${o.num}</p>`).join('')}<p>${p.email}</p><p>${p.address}</p>
<h3>Skills</h3>${p.skills.map((s) => `<p>${shown(s)}</p>`).join('')}<h3>Languages</h3>${p.languages.map((s) => `<p>${s}</p>`).join('')}<h3>Certification</h3>${p.certs.map((s) => `<p>${s}</p>`).join('')}</div></div>`);

/** Right rail; each entry "dates · Title · Employer" with the dates first, title long enough to wrap. */
const dotRail: Html = (p) => page(`body{font:10pt 'DejaVu Sans',sans-serif;color:#242424}.w{display:flex;gap:7mm}.main{flex:1}
.rail{width:54mm;background:#23303d;color:#e8edf2;padding:10px;font-size:8.8pt}.rail h3{font-size:9pt;color:#8fd3c7;margin:10px 0 3px;text-transform:uppercase}.rail p{margin:1px 0}
h1{margin:0;font-size:20pt}h1+div{color:#3c8d80;margin-bottom:8px}h2{font-size:10pt;margin:12px 0 5px;text-transform:uppercase;color:#3c8d80}
.j{margin-bottom:8px}.j .h{font-weight:700}.j .h .d{font-family:'DejaVu Sans Mono',monospace;font-weight:400;color:#3c8d80}.j .c{font-size:8.8pt;color:#777}`,
`<div class="w"><div class="main"><h1>${p.name}</h1><div>${p.headline}</div><div>${p.summary}</div>
<h2>Experience</h2>${desc(p.work).map((j) => `<div class="j"><div class="h"><span class="d">${range(j, f.dotEu, '–', 'now')}</span> · ${j.title} · <span style="font-weight:400">${j.company}</span></div>
<div class="c">${j.city}${j.kind ? ` · ${kindEn[j.kind]}` : ''}</div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`).join('')}
<h2>Education</h2>${p.edu.map((e) => `<div>${f.dotEu(e.start)}–${f.dotEu(e.end)} · ${e.degree} · ${e.school}</div>`).join('')}</div>
<div class="rail"><h3>Contact</h3><p>☎ ${p.phoneShow} (cell)</p>${p.other.map((o) => `<p>☏ ${o.num} (${o.label.toLowerCase()})</p>`).join('')}<p>✉ ${p.email}</p><p>⌖ ${p.address}</p>
<h3>Skills</h3>${p.skills.map((s) => `<p>${shown(s)}</p>`).join('')}<h3>Certifications</h3>${p.certs.map((s) => `<p>${s}</p>`).join('')}<h3>Languages</h3>${p.languages.map((s) => `<p>${s}</p>`).join('')}</div></div>`);

/** 中文双栏：右侧深色栏；「职位 @ 公司」，日期在下一行，「现在」。 */
const zhAtRail: Html = (p) => page(`body{font:10.5pt ${ZH_FONT},sans-serif;color:#262626}.w{display:flex;gap:6mm}.main{flex:1}
.rail{width:55mm;background:#3b2f4a;color:#f0eaf5;padding:12px 10px;font-size:9.5pt}.rail h3{color:#e2c46b;font-size:10.5pt;margin:10px 0 4px}.rail p{margin:2px 0}
h1{margin:0;font-size:24pt;letter-spacing:6px}h1+div{color:#7a5c99;margin:2px 0 10px}h2{font-size:12pt;color:#3b2f4a;border-bottom:2px solid #e2c46b;margin:12px 0 6px;padding-bottom:2px}
.j{margin-bottom:9px}.j .h{font-weight:700}.j .h i{font-style:normal;color:#7a5c99}.j .d{font-size:9pt;color:#777}`,
`<div class="w"><div class="main"><h1>${p.name}</h1><div>求职意向：${p.headline}</div><h2>个人简介</h2><div>${p.summary}</div>
<h2>工作经历</h2>${desc(p.work).map((j) => `<div class="j"><div class="h">${j.title} <i>@</i> ${j.company}</div><div class="d">${range(j, f.dot, ' - ', '现在')}　${j.city}</div>
<ul>${j.bullets.map((b) => `<li>${b}</li>`).join('')}</ul></div>`).join('')}
<h2>教育背景</h2>${p.edu.map((e) => `<div>${e.school}　${e.degree}　<span class="d">${f.dot(e.start)} - ${f.dot(e.end)}</span></div>`).join('')}</div>
<div class="rail"><h3>联系方式</h3><p>手机：${p.phoneShow}</p>${p.other.map((o) => `<p>${o.label}：${o.num}</p>`).join('')}<p>邮箱：${p.email}</p><p>${p.address}</p>
<h3>技能特长</h3>${p.skills.map((s) => `<p>◆ ${shown(s)}</p>`).join('')}<h3>语言</h3>${p.languages.map((s) => `<p>${s}</p>`).join('')}${p.certs.length ? `<h3>证书</h3>${p.certs.map((s) => `<p>${s}</p>`).join('')}` : ''}</div></div>`, 'zh');

/** Bilingual two-column: left rail; each job a 3-cell grid (dates stacked / narrow title that wraps / employer + bullets). */
const wrapGrid: Html = (p) => page(`body{font:9.8pt 'Liberation Sans',${ZH_FONT},sans-serif;color:#222}.w{display:grid;grid-template-columns:50mm 1fr;gap:6mm}
.rail{border-right:1px solid #bbb;padding-right:4mm;font-size:9pt}.rail h3{font-size:9.5pt;margin:10px 0 3px;color:#0e6e6e}.rail p{margin:1px 0}
h1{font-size:19pt;margin:0}h1 span{display:block;font-size:12pt;color:#555;font-weight:400}h2{font-size:10.5pt;color:#0e6e6e;margin:10px 0 5px}
.j{display:grid;grid-template-columns:17mm 30mm 1fr;gap:3mm;margin-bottom:8px;border-top:1px dashed #ccc;padding-top:4px}.j .d{font-size:8.5pt;color:#555;text-align:center;line-height:1.3}.j .t{font-weight:700;line-height:1.25}.j .t small{display:block;font-weight:400;color:#0e6e6e}.j ul{padding-left:13px}`,
`<div class="w"><div class="rail"><h1>${p.name}<span>${p.alt}</span></h1><h3>Contact 联系</h3><p>Mobile 手机 ${p.phoneShow}</p>${p.other.map((o) => `<p>${o.label} ${o.num}</p>`).join('')}<p>${p.email}</p><p>${p.address}</p>
<h3>Skills 技能</h3>${p.skills.map((s) => `<p>${shown(s)}</p>`).join('')}<h3>Languages 语言</h3>${p.languages.map((s) => `<p>${s}</p>`).join('')}
<h3>Education 教育</h3>${p.edu.map((e) => `<p>${e.school}<br>${e.degree}, ${Y(e.end)}</p>`).join('')}${p.certs.length ? `<h3>Certificates 证书</h3>${p.certs.map((s) => `<p>${s}</p>`).join('')}` : ''}</div>
<div><h2>${p.headline}</h2><div>${p.summary}</div><h2>Experience 工作经历</h2>
${desc(p.work).map((j) => `<div class="j"><div class="d">${f.dot(j.start)}<br>–<br>${j.end ? f.dot(j.end) : 'Present<br>至今'}</div><div class="t">${j.title}<small>${j.titleZh ?? ''}${j.kind ? ` · ${kindEn[j.kind]}` : ''}</small></div>
<div><b>${j.company}</b>, ${j.city}<ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div></div>`).join('')}</div></div>`, 'zh');

/** Contractor two-column: "Title (dates) @ Client", agency named as "via …"; rail on the left. */
const contractRail: Html = (p) => page(`body{font:10pt 'Liberation Sans',sans-serif;color:#222}.w{display:grid;grid-template-columns:52mm 1fr;gap:7mm}
.rail{background:#fff4d6;padding:10px;font-size:9pt}.rail h3{font-size:9.5pt;margin:9px 0 3px;color:#8a5a00}.rail p{margin:1px 0}
h1{margin:0 0 2px;font-size:21pt}h1+div{color:#8a5a00;margin-bottom:8px}h2{font-size:10.5pt;margin:12px 0 5px;color:#8a5a00;text-transform:uppercase}
.j{margin-bottom:8px}.j .h b{font-weight:700}.j .h span{color:#666}.j .c{font-size:9pt;color:#777}`,
`<div class="w"><div class="rail"><h3>Contact</h3><p>${p.phoneShow} (mobile)</p><p>${p.email}</p><p>${p.address}</p><p style="margin-top:6px;font-size:8.3pt">Represented by Halcyon Recruitment — ${p.other[0]?.num ?? ''}</p>
<h3>Skills</h3>${p.skills.map((s) => `<p>${shown(s)}</p>`).join('')}<h3>Certifications</h3>${p.certs.map((s) => `<p>${s}</p>`).join('')}<h3>Languages</h3>${p.languages.map((s) => `<p>${s}</p>`).join('')}
<h3>Education</h3>${p.edu.map((e) => `<p>${e.degree}<br>${e.school}, ${Y(e.end)}</p>`).join('')}</div>
<div><h1>${p.name}</h1><div>${p.headline}</div><div>${p.summary}</div><h2>Contracts &amp; roles</h2>
${desc(p.work).map((j) => `<div class="j"><div class="h"><b>${j.title}</b> <span>(${range(j, f.mon, ' – ', 'present')})</span> @ ${j.company}</div>
<div class="c">${j.kind === 'contract' ? `contract${j.via ? ` via ${j.via}` : ''}` : 'permanent'} · ${j.city}</div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`).join('')}</div></div>`);

// ---------- DOCX templates ----------
const A4 = { size: { width: 11906, height: 16838 }, margin: { top: 1000, bottom: 1000, left: 1100, right: 1100, header: 500, footer: 500 } };
const W = 11906 - 2200; // text width
const font = (zh: boolean) => (zh ? { ascii: 'Liberation Sans', hAnsi: 'Liberation Sans', eastAsia: 'Noto Sans CJK SC' } : 'Liberation Sans');
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
const line = { style: BorderStyle.SINGLE, size: 4, color: '888888' };
const allLines = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };
type PO = ConstructorParameters<typeof Paragraph>[0] & object;
const R = (text: string, o: Record<string, unknown> = {}) => new TextRun({ text, ...o });
const P = (runs: (TextRun | string)[] | string, o: Partial<Exclude<PO, string>> = {}) =>
  new Paragraph({ spacing: { after: 60 }, ...o, children: (typeof runs === 'string' ? [runs] : runs).map((r) => (typeof r === 'string' ? R(r) : r)) });
const TabR = (text: string, o: Record<string, unknown> = {}) => new TextRun({ children: [new Tab(), text], ...o });
const H = (t: string, color = '1F4E79') => P([R(t, { bold: true, color, size: 23 })], { spacing: { before: 200, after: 80 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color, space: 2 } } });
const bullets = (b: string[]) => b.map((t) => P(t, { bullet: { level: 0 }, spacing: { after: 30 } }));
const doc = (zh: boolean, sections: ConstructorParameters<typeof Document>[0]['sections'], size = 20) =>
  new Document({ creator: 'heldout-73', styles: { default: { document: { run: { font: font(zh), size } } } }, sections });
const cell = (children: (Paragraph | Table)[], o: Record<string, unknown> = {}) => new TableCell({ children, margins: { top: 80, bottom: 80, left: 120, right: 120 }, ...o });

type Docx = (p: Person) => Document;

/** Borderless two-cell table; left rail shaded; employer in caps with its span on a right tab; promotions as italic role lines. */
const railPromos: Docx = (p) => {
  const left = [
    P([R('CONTACT', { bold: true, color: '1F4E79' })]), P(`Mobile: ${p.phoneShow}`), ...p.other.map((o) => P(`${o.label}: ${o.num}`)), P(p.email), P(p.address),
    P([R('SKILLS', { bold: true, color: '1F4E79' })], { spacing: { before: 200, after: 60 } }), ...p.skills.map((s) => P(shown(s))),
    P([R('LANGUAGES', { bold: true, color: '1F4E79' })], { spacing: { before: 200, after: 60 } }), ...p.languages.map((s) => P(s)),
    P([R('CERTIFICATES', { bold: true, color: '1F4E79' })], { spacing: { before: 200, after: 60 } }), ...p.certs.map((s) => P(s)),
    P([R('EDUCATION', { bold: true, color: '1F4E79' })], { spacing: { before: 200, after: 60 } }), ...p.edu.flatMap((e) => [P([R(e.degree, { bold: true })]), P(`${e.school}, ${Y(e.start)}–${Y(e.end)}`)]),
  ];
  const tab = [{ type: TabStopType.RIGHT, position: 6500 }];
  const right = [P([R('Profile', { bold: true, size: 24, color: '1F4E79' })]), P(p.summary), P([R('Career history', { bold: true, size: 24, color: '1F4E79' })], { spacing: { before: 200, after: 80 } }),
    ...groups(p.work).flatMap((g) => {
      const sp = span(g);
      return [P([R(g[0].company.toUpperCase(), { bold: true }), R(`, ${g[0].city}`), TabR(range(sp, f.mon, ' – ', 'Present'), { bold: true })], { tabStops: tab, spacing: { before: 140, after: 40 } }),
        ...g.flatMap((j) => [P([R(`${j.title}${j.kind ? ` (${kindEn[j.kind]})` : ''}`, { italics: true }), TabR(range(j, f.mon, ' – ', 'Present'), { italics: true, color: '666666' })], { tabStops: tab, spacing: { after: 20 } }), ...bullets(j.bullets)])];
    })];
  return doc(false, [{ properties: { page: A4 }, children: [
    P([R(p.name, { bold: true, size: 40, color: '1F4E79' })], { spacing: { after: 0 } }), P([R(p.headline, { color: '555555' })], { spacing: { after: 160 } }),
    new Table({ width: { size: W, type: WidthType.DXA }, columnWidths: [2900, W - 2900], borders: noBorders, rows: [new TableRow({ children: [
      cell(left, { width: { size: 2900, type: WidthType.DXA }, shading: { fill: 'E4ECF4', type: ShadingType.CLEAR, color: 'auto' } }),
      cell(right, { width: { size: W - 2900, type: WidthType.DXA } })] })] })] }]);
};

/** Name and contact in the Word header; body in two equal section columns with a line; "Title (dates)" then "Employer, City". */
const enColFlow: Docx = (p) => doc(false, [{
  properties: { page: A4, column: { count: 2, space: 500, separate: true, equalWidth: true } },
  headers: { default: new Header({ children: [P([R(p.name, { bold: true, size: 30 }), R(`    ${p.phoneShow} (mobile) · ${p.email} · ${p.address}`, { size: 17, color: '444444' })], { border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '7F7F7F', space: 4 } } })] }) },
  footers: { default: new Footer({ children: [P([R(`${p.name} — page `, { size: 16, color: '777777' }), new TextRun({ children: [PageNumber.CURRENT], size: 16, color: '777777' })], { alignment: AlignmentType.RIGHT })] }) },
  children: [
    H('Summary', '5B3A29'), P(p.summary), H('Key skills', '5B3A29'), ...p.skills.map((s) => P(`■ ${shown(s)}`, { spacing: { after: 20 } })),
    H('Work history', '5B3A29'),
    ...desc(p.work).flatMap((j) => [P([R(`${j.title}${j.kind ? `, ${kindEn[j.kind]}` : ''}`, { bold: true }), R(` (${range(j, f.mon, ' – ', 'present')})`, { color: '5B3A29' })], { spacing: { before: 120, after: 20 }, keepNext: true }),
      P([R(`${j.company}, ${j.city}`, { italics: true })], { spacing: { after: 30 } }), ...bullets(j.bullets)]),
    H('Education', '5B3A29'), ...p.edu.map((e) => P(`${e.degree} — ${e.school} (${Y(e.start)}–${Y(e.end)})`)),
    H('Registrations & certificates', '5B3A29'), ...p.certs.map((c) => P(c)), H('Languages', '5B3A29'), P(p.languages.join(', ')),
    ...p.other.map((o) => P(`${o.label} telephone: ${o.num}`, { spacing: { before: 120 } })),
  ],
}]);

/** UK Word CV: "Employer – Title" in bold, bullets, then the period in italics AFTER the bullets; footer with the page. */
const bulletsDates: Docx = (p) => doc(false, [{
  properties: { page: A4 },
  footers: { default: new Footer({ children: [P([R('Curriculum Vitae — ', { size: 16 }), R(p.name, { size: 16 }), new TextRun({ children: ['  ·  ', PageNumber.CURRENT], size: 16 })], { alignment: AlignmentType.CENTER })] }) },
  children: [
    P([R(p.name, { bold: true, size: 36 })], { alignment: AlignmentType.CENTER, spacing: { after: 40 } }),
    P(`${p.address}  ·  Mobile ${p.phoneShow}  ·  ${p.email}`, { alignment: AlignmentType.CENTER }),
    H('Personal profile', '2E5E4E'), P(p.summary),
    H('Employment', '2E5E4E'),
    ...desc(p.work).flatMap((j) => [P([R(`${j.company} – ${j.title}`, { bold: true })], { spacing: { before: 140, after: 30 }, keepNext: true }), ...bullets(j.bullets),
      P([R(`${range(j, f.full, ' – ', 'present')}${j.kind === 'contract' ? ` (fixed-term contract${j.via ? `, placed by ${j.via}` : ''})` : ''}; ${j.city}`, { italics: true, color: '555555' })])]),
    H('Technical skills', '2E5E4E'), P(p.skills.map(shown).join('  •  ')),
    H('Education and certification', '2E5E4E'), ...p.edu.map((e) => P(`${e.degree}, ${e.school}, ${Y(e.end)}`)), ...p.certs.map((c) => P(c)),
    H('Languages', '2E5E4E'), P(p.languages.join('; ')),
    H('Referees', '2E5E4E'), P(`Available on request. Agency contact: Halcyon Recruitment, ${p.other[0]?.num ?? ''}.`),
  ],
}]);

/** "Title at Employer" with city on a centre tab and MM/YYYY dates on a right tab; part-time roles flagged. */
const atTabs: Docx = (p) => {
  const tabs = [{ type: TabStopType.RIGHT, position: W }];
  return doc(false, [{ properties: { page: A4 }, children: [
    P([R(p.name.toUpperCase(), { bold: true, size: 34, characterSpacing: 40 })], { spacing: { after: 20 } }),
    P([R(`Cell ${p.phoneShow}   |   Home ${p.other[0]?.num}   |   ${p.email}   |   ${p.address}`, { size: 18 })], { spacing: { after: 160 } }),
    H('SUMMARY', '7F1D1D'), P(p.summary),
    H('EMPLOYMENT', '7F1D1D'),
    ...desc(p.work).flatMap((j) => [P([R(j.title, { bold: true }), R(' at '), R(j.company, { bold: true }), j.kind ? R(`  [${j.kind}]`, { color: '7F1D1D' }) : R('')], { spacing: { before: 120, after: 10 }, keepNext: true }),
      P([R(j.city, { italics: true, color: '555555' }), TabR(range(j, f.slash, ' – ', 'present'), { color: '555555' })], { tabStops: tabs, spacing: { after: 30 } }), ...bullets(j.bullets)]),
    H('SKILLS', '7F1D1D'), ...p.skills.map((s) => P(shown(s), { bullet: { level: 0 }, spacing: { after: 20 } })),
    H('EDUCATION', '7F1D1D'), ...p.edu.map((e) => P([R(`${e.degree}, ${e.school}`), TabR(`${f.slash(e.start)} – ${f.slash(e.end)}`)], { tabStops: tabs })),
    H('LICENCES & LANGUAGES', '7F1D1D'), P(`${p.certs.join(', ')}. Languages: ${p.languages.join(', ')}.`),
  ] }]);
};

/** 中文 Word 两栏（分栏，不用表格）：内容顺流，工作经历跨栏；「职位｜公司」，日期单独一行在前。 */
const zhSectCols: Docx = (p) => doc(true, [
  { properties: { page: A4 }, headers: { default: new Header({ children: [P([R(`${p.name}　个人简历`, { size: 16, color: '888888' })], { alignment: AlignmentType.RIGHT })] }) },
    children: [P([R(p.name, { bold: true, size: 44 })], { alignment: AlignmentType.CENTER, spacing: { after: 40 } }),
      P([R(`求职意向：${p.headline}　｜　手机：${p.phoneShow}　｜　邮箱：${p.email}`, { size: 19 })], { alignment: AlignmentType.CENTER, spacing: { after: 120 } })] },
  { properties: { page: A4, type: SectionType.CONTINUOUS, column: { count: 2, space: 400, separate: true, equalWidth: true } }, children: [
    H('基本信息', '9C2A2A'), P(`现居：${p.address}`), ...p.other.map((o) => P(`${o.label}：${o.num}`)), P(`邮箱：${p.email}`),
    H('个人简介', '9C2A2A'), P(p.summary),
    H('专业技能', '9C2A2A'), ...p.skills.map((s) => P(`● ${shown(s)}`, { spacing: { after: 20 } })),
    H('教育背景', '9C2A2A'), ...p.edu.map((e) => P(`${f.zh(e.start)}—${f.zh(e.end)}　${e.school}　${e.degree}`)),
    H('证书 / 语言', '9C2A2A'), P([...p.certs, ...p.languages].join('；')),
    H('工作经历', '9C2A2A'),
    ...desc(p.work).flatMap((j) => [P([R(range(j, f.zh, '—', '至今'), { color: '9C2A2A', size: 18 })], { spacing: { before: 120, after: 10 }, keepNext: true }),
      P([R(j.title, { bold: true }), R('｜'), R(j.company)], { spacing: { after: 20 }, keepNext: true }), ...bullets(j.bullets)]),
  ] }], 23);

/** 两格表格：左主栏、右侧浅色信息栏；职位在上，公司在下，「城市 ｜ 2013.06 — 2017.02」一行；经历跨到第二页。 */
const zhRailMultipage: Docx = (p) => {
  const mixed = p.lang === 'mixed';
  const L = mixed ? { w: 'Work Experience 工作经历', e: 'Education 教育', c: 'Contact 联系方式', s: 'Skills 技能', l: 'Languages 语言', cert: 'Certificates 证书', m: 'Mobile 手机', now: 'Present 至今', pro: 'Profile 简介' }
    : { w: '工作经历', e: '教育经历', c: '联系方式', s: '专业技能', l: '语言能力', cert: '资格证书', m: '手机', now: '至今', pro: '个人简介' };
  const head = (t: string) => P([R(t, { bold: true, color: 'FFFFFF' })], { shading: { type: ShadingType.CLEAR, fill: '2F5D50', color: 'auto' }, spacing: { before: 160, after: 80 } });
  const main = [P([R(nameLine(p, '  '), { bold: true, size: 40, color: '2F5D50' })], { spacing: { after: 20 } }), P([R(p.headline, { color: '555555' })]),
    head(L.pro), P(p.summary), head(L.w),
    ...desc(p.work).flatMap((j) => [P([R(titleOf(p, j), { bold: true, size: 22 }), j.kind && mixed ? R(` (${kindEn[j.kind]})`, { color: '777777' }) : R('')], { spacing: { before: 140, after: 10 }, keepNext: true }),
      P([R(j.company, { bold: true, color: '2F5D50' })], { spacing: { after: 10 }, keepNext: true }),
      P([R(`${j.city} ｜ ${range(j, f.dot, ' — ', L.now)}`, { color: '777777', size: 18 })], { spacing: { after: 30 } }), ...bullets(j.bullets)]),
    head(L.e), ...p.edu.map((e) => P(`${f.dot(e.start)} — ${f.dot(e.end)}　${e.school}　${e.degree}`))];
  const side = [P([R(L.c, { bold: true, color: '2F5D50' })]), P(`${L.m}：${p.phoneShow}`), ...p.other.map((o) => P(`${o.label}：${o.num}`)), P(p.email), P(p.address),
    P([R(L.s, { bold: true, color: '2F5D50' })], { spacing: { before: 200, after: 60 } }), ...p.skills.map((s) => P(`· ${shown(s)}`)),
    P([R(L.cert, { bold: true, color: '2F5D50' })], { spacing: { before: 200, after: 60 } }), ...p.certs.map((s) => P(s)),
    P([R(L.l, { bold: true, color: '2F5D50' })], { spacing: { before: 200, after: 60 } }), ...p.languages.map((s) => P(s))];
  return doc(true, [{ properties: { page: A4 },
    footers: { default: new Footer({ children: [P([new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: 16, color: '888888' })], { alignment: AlignmentType.CENTER })] }) },
    children: [new Table({ width: { size: W, type: WidthType.DXA }, columnWidths: [W - 2800, 2800], borders: noBorders, rows: [new TableRow({ cantSplit: false, children: [
      cell(main, { width: { size: W - 2800, type: WidthType.DXA } }),
      cell(side, { width: { size: 2800, type: WidthType.DXA }, shading: { fill: 'E6EFEA', type: ShadingType.CLEAR, color: 'auto' } })] })] })] }], 26);
};

/** 中文 Word 单栏：「职位（2016年7月—2018年6月）」，公司另起一行；页眉姓名，页脚「第 X 页」。 */
const zhTitleBracket: Docx = (p) => doc(true, [{
  properties: { page: A4 },
  headers: { default: new Header({ children: [P([R(`个人简历 · ${p.name}`, { size: 16, color: '999999' })])] }) },
  footers: { default: new Footer({ children: [P([new TextRun({ children: ['第 ', PageNumber.CURRENT, ' 页'], size: 16 })], { alignment: AlignmentType.CENTER })] }) },
  children: [P([R(p.name, { bold: true, size: 40 })], { spacing: { after: 60 } }),
    P(`手机：${p.phoneShow}　　邮箱：${p.email}　　现居：${p.address}`), P(`求职意向：${p.headline}`),
    H('个人优势', '2B4C7E'), P(p.summary),
    H('工作经历', '2B4C7E'),
    ...desc(p.work).flatMap((j) => [P([R(j.title, { bold: true, size: 22 }), R(`（${range(j, f.zh, '—', '至今')}）`, { color: '555555' })], { spacing: { before: 160, after: 20 }, keepNext: true }),
      P([R(j.company, { color: '2B4C7E' }), R(`　${j.city}`, { color: '888888' })], { spacing: { after: 30 } }), ...j.bullets.map((b, i) => P(`${i + 1}. ${b}`, { indent: { left: 300 } }))]),
    H('专业技能', '2B4C7E'), P(p.skills.map(shown).join('　｜　')),
    H('教育经历', '2B4C7E'), ...p.edu.map((e) => P(`${e.school}　${e.degree}（${f.zh(e.start)}—${f.zh(e.end)}）`)),
    H('证书', '2B4C7E'), P(p.certs.join('；')), H('语言', '2B4C7E'), P(p.languages.join('；'))],
}]);

/** Bilingual Word CV: dates on their own line BEFORE "Employer, Title"; "Present 至今". */
const mixedComma: Docx = (p) => doc(true, [{ properties: { page: A4 },
  headers: { default: new Header({ children: [P([R(`${p.name} ${p.alt} · CV 简历`, { size: 16, color: '888888' })], { alignment: AlignmentType.RIGHT })] }) },
  children: [P([R(p.name, { bold: true, size: 40 }), R(`  ${p.alt}`, { size: 28, color: '666666' })], { spacing: { after: 40 } }),
    P(`${p.headline}`), P(`HP 手机 ${p.phoneShow} ｜ ${p.other.map((o) => `${o.label} ${o.num}`).join(' ｜ ')} ｜ ${p.email} ｜ ${p.address}`),
    H('Summary 个人简介', '1B6E8C'), P(p.summary),
    H('Employment 工作经历', '1B6E8C'),
    ...desc(p.work).flatMap((j) => [P([R(range(j, f.dot, ' – ', 'Present 至今'), { size: 18, color: '1B6E8C', bold: true })], { spacing: { before: 140, after: 10 }, keepNext: true }),
      P([R(j.company, { bold: true }), R(`, ${titleOf(p, j, ' ')}`), R(j.kind ? ` (${kindEn[j.kind]})` : ''), R(` — ${j.city}`, { color: '777777' })], { spacing: { after: 30 } }), ...bullets(j.bullets)]),
    H('Skills 技能', '1B6E8C'), P(p.skills.map(shown).join('; ')),
    H('Education 教育', '1B6E8C'), ...p.edu.map((e) => P(`${f.dot(e.start)} – ${f.dot(e.end)}  ${e.school}, ${e.degree}`)),
    H('Certificates 证书', '1B6E8C'), P(p.certs.join('; ')), H('Languages 语言', '1B6E8C'), P(p.languages.join('; '))],
}]);

/** Freelancer's engagement table: Client ｜ Role ｜ Basis ｜ From ｜ To, with a description row under each. */
const clientTable: Docx = (p) => {
  const hd = (t: string, w: number) => cell([P([R(t, { bold: true, color: 'FFFFFF', size: 18 })])], { width: { size: w, type: WidthType.DXA }, shading: { fill: '5A3E7A', type: ShadingType.CLEAR, color: 'auto' } });
  const c = (t: string, w: number, o: Record<string, unknown> = {}) => cell([P([R(t, { size: 18, ...o })], { spacing: { after: 0 } })], { width: { size: w, type: WidthType.DXA }, verticalAlign: VerticalAlign.CENTER });
  const cw = [2700, 2500, 1300, 1000, 1004];
  return doc(false, [{ properties: { page: A4 }, children: [
    P([R(p.name, { bold: true, size: 36 })], { spacing: { after: 20 } }), P(`${p.headline} · ${p.phoneShow} · ${p.email} · ${p.address}`), P(p.summary, { spacing: { before: 100, after: 120 } }),
    H('ENGAGEMENTS AND EMPLOYMENT', '5A3E7A'),
    new Table({ width: { size: W, type: WidthType.DXA }, columnWidths: cw, borders: allLines, rows: [
      new TableRow({ tableHeader: true, children: [hd('Client / employer', cw[0]), hd('Role', cw[1]), hd('Basis', cw[2]), hd('From', cw[3]), hd('To', cw[4])] }),
      ...desc(p.work).flatMap((j) => [new TableRow({ children: [c(j.company, cw[0], { bold: true }), c(j.title, cw[1]), c(j.kind ?? 'employee', cw[2]), c(f.mon(j.start), cw[3]), c(j.end ? f.mon(j.end) : 'to date', cw[4])] }),
        new TableRow({ children: [cell([P([R(`${j.city}: ${j.bullets.join(' ')}`, { size: 17, italics: true, color: '555555' })], { spacing: { after: 0 } })], { columnSpan: 5 })] })]),
    ] }),
    H('SKILLS', '5A3E7A'), P(p.skills.map(shown).join(' · ')),
    H('EDUCATION', '5A3E7A'), ...p.edu.map((e) => P(`${e.degree}, ${e.school} (${Y(e.start)}–${Y(e.end)})`)),
    H('CERTIFICATION / LANGUAGES', '5A3E7A'), P(`${p.certs.join(', ')} · ${p.languages.join(', ')}`),
  ] }]);
};

/** Bilingual table: Period ｜ Position 職位 (narrow, titles wrap) ｜ Company 公司 ｜ Key work 工作內容. */
const wrapTable: Docx = (p) => {
  const cw = [1500, 1800, 2600, W - 5900];
  const hd = (t: string, w: number) => cell([P([R(t, { bold: true, size: 18 })], { spacing: { after: 0 } })], { width: { size: w, type: WidthType.DXA }, shading: { fill: 'DCE6E0', type: ShadingType.CLEAR, color: 'auto' } });
  const c = (ps: Paragraph[], w: number) => cell(ps, { width: { size: w, type: WidthType.DXA } });
  return doc(true, [{ properties: { page: A4 }, children: [
    new Table({ width: { size: W, type: WidthType.DXA }, columnWidths: [W - 3400, 3400], borders: noBorders, rows: [new TableRow({ children: [
      c([P([R(p.name, { bold: true, size: 40 }), R(`  ${p.alt}`, { size: 26, color: '555555' })]), P(p.headline)], W - 3400),
      c([P(`手機 Mobile：${p.phoneShow}`, { alignment: AlignmentType.RIGHT }), ...p.other.map((o) => P(`${o.label}：${o.num}`, { alignment: AlignmentType.RIGHT })), P(p.email, { alignment: AlignmentType.RIGHT }), P(p.address, { alignment: AlignmentType.RIGHT })], 3400)] })] }),
    H('Summary 簡介', '2E5E4E'), P(p.summary),
    H('Work Experience 工作經歷', '2E5E4E'),
    new Table({ width: { size: W, type: WidthType.DXA }, columnWidths: cw, borders: allLines, rows: [
      new TableRow({ tableHeader: true, children: [hd('Period 期間', cw[0]), hd('Position 職位', cw[1]), hd('Company 公司', cw[2]), hd('Key work 工作內容', cw[3])] }),
      ...desc(p.work).map((j) => new TableRow({ children: [
        c([P([R(f.dot(j.start), { size: 18 })], { spacing: { after: 0 } }), P([R(`~ ${j.end ? f.dot(j.end) : 'Present 至今'}`, { size: 18 })], { spacing: { after: 0 } })], cw[0]),
        c([P([R(j.title, { bold: true, size: 18 })], { spacing: { after: 0 } }), P([R(`${j.titleZh ?? ''}${j.kind ? `（${kindZh[j.kind]}）` : ''}`, { size: 18, color: '555555' })], { spacing: { after: 0 } })], cw[1]),
        c([P([R(j.company, { size: 18 })], { spacing: { after: 0 } }), P([R(j.city, { size: 16, color: '777777' })], { spacing: { after: 0 } })], cw[2]),
        c(j.bullets.map((b) => P([R(b, { size: 18 })], { spacing: { after: 0 } })), cw[3])] })),
    ] }),
    H('Skills 技能', '2E5E4E'), P(p.skills.map(shown).join('、')),
    H('Education 學歷', '2E5E4E'), ...p.edu.map((e) => P(`${f.dot(e.start)} ~ ${f.dot(e.end)}　${e.school}　${e.degree}`)),
    H('Languages 語言 / Certificates 證照', '2E5E4E'), P(`${p.languages.join('、')}；${p.certs.join('、')}`),
  ] }]);
};

// ---------- plain text ----------
type Txt = (p: Person) => string;
const wrap = (s: string, width: number, indent = '') => {
  const out: string[] = []; let cur = '';
  for (const w of s.split(' ')) { if ((cur + ' ' + w).trim().length > width) { out.push(cur); cur = w; } else cur = (cur ? cur + ' ' : '') + w; }
  if (cur) out.push(cur);
  return out.map((l, i) => (i ? indent : '') + l).join('\n');
};

/** Text CV: "Employer | Title | City", "- " bullets, dates in brackets on the line after the bullets. */
const tPipes: Txt = (p) => [p.name.toUpperCase(), `${p.address}`, `Mobile: ${p.phoneShow}   ${p.other.map((o) => `${o.label}: ${o.num}`).join('   ')}`, `Email: ${p.email}`, '',
  'PROFILE', wrap(p.summary, 76), '', 'WORK HISTORY',
  ...desc(p.work).flatMap((j) => ['', `${j.company} | ${j.title}${j.kind ? ` (${j.kind})` : ''} | ${j.city}`, ...j.bullets.map((b) => `  - ${wrap(b, 72, '    ')}`), `  (${range(j, f.mon, ' - ', 'present')})`]),
  '', 'SKILLS', p.skills.map(shown).join(', '), '', 'EDUCATION', ...p.edu.map((e) => `${e.degree}, ${e.school} (${Y(e.start)}-${Y(e.end)})`), '',
  'CERTIFICATES', ...p.certs.map((c) => `${c}`), '', 'LANGUAGES', p.languages.join(', '), ''].join('\n');

/** 纯文本：「公司 — 职位」一行，下一行「2013年7月 至 2016年4月」，「· 」列点。 */
const tZhDash: Txt = (p) => [`${p.name}`, `${p.headline}`, `手机：${p.phoneShow}`, ...p.other.map((o) => `${o.label}：${o.num}`), `邮箱：${p.email}`, `现居：${p.address}`, '',
  '—— 个人简介 ——', p.summary, '', '—— 工作经历 ——',
  ...desc(p.work).flatMap((j) => [`${j.company} — ${j.title}`, `${f.zh(j.start)} 至 ${j.end ? f.zh(j.end) : '今'}　${j.city}`, ...j.bullets.map((b) => `· ${b}`), '']),
  '—— 专业技能 ——', p.skills.map(shown).join('，'), '', '—— 教育背景 ——', ...p.edu.map((e) => `${e.school}　${e.degree}　${f.zh(e.start)} 至 ${f.zh(e.end)}`), '',
  '—— 证书 ——', ...p.certs, '', '—— 语言 ——', p.languages.join('，'), ''].join('\n');

/** 纯文本：「职位，公司（2020.1—2023.3）」，现在时写「2023.4—现在」。 */
const tZhComma: Txt = (p) => [`姓名：${p.name}`, `电话：${p.phoneShow}`, ...p.other.map((o) => `${o.label}：${o.num}`), `邮箱：${p.email}`, `地址：${p.address}`, `应聘岗位：${p.headline}`, '',
  '＜工作经历＞', ...desc(p.work).flatMap((j) => [`${j.title}，${j.company}（${range(j, f.dotU, '—', '现在')}）`, ...j.bullets.map((b) => `　　${b}`)]), '',
  '＜技能＞', ...p.skills.map((s) => `　${shown(s)}`), '', '＜教育＞', ...p.edu.map((e) => `${e.school}，${e.degree}（${f.dotU(e.start)}—${f.dotU(e.end)}）`), '',
  '＜证书＞', p.certs.join('；'), '＜语言＞', p.languages.join('；'), '＜自我评价＞', p.summary, ''].join('\n');

/** Text drawn in two columns: a 26-col rail beside the body; when the rail runs out the body goes full width. */
const tRailEnds: Txt = (p) => {
  const mixed = p.lang === 'mixed';
  const rail = [mixed ? 'CONTACT 联系' : 'CONTACT', `Mob ${p.phoneShow}`, ...p.other.map((o) => `${o.label.split(' ')[0]} ${o.num}`), p.email, ...wrap(p.address, 24).split('\n'), '',
    mixed ? 'SKILLS 技能' : 'SKILLS', ...p.skills.map((s) => `+ ${shown(s)}`), '', mixed ? 'LANGUAGES 语言' : 'LANGUAGES', ...p.languages.flatMap((l) => wrap(l, 24).split('\n'))];
  const body = [nameLine(p, ' / '), p.headline, '', mixed ? 'EXPERIENCE 工作经历' : 'EXPERIENCE', ''];
  for (const j of desc(p.work)) {
    const tl = `${titleOf(p, j, ' ')} – ${j.company}`;
    if (tl.length <= 50) body.push(tl); else body.push(`${titleOf(p, j, ' ')} –`, `  ${j.company}`);
    body.push(`${j.city}, ${range(j, mixed ? f.dot : f.mon, ' – ', mixed ? 'Present 至今' : 'present')}${j.kind ? ` [${j.kind}]` : ''}`);
    for (const b of j.bullets) body.push(`* ${b}`);
    body.push('');
  }
  body.push(mixed ? 'EDUCATION 教育' : 'EDUCATION', ...p.edu.map((e) => `${e.degree}, ${e.school} ${Y(e.start)}–${Y(e.end)}`), '', mixed ? 'CERTIFICATES 证书' : 'CERTIFICATES', ...p.certs);
  const vis = (s: string) => [...s].reduce((n, ch) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0);
  const pad = (s: string, n: number) => s + ' '.repeat(Math.max(1, n - vis(s)));
  const out: string[] = [];
  let bi = 0;
  for (let i = 0; i < rail.length; i++) {
    const b = body[bi] ?? '';
    const bw = wrap(b, 50, '  ').split('\n');
    out.push(pad(rail[i], 27) + '| ' + bw[0]);
    bw.slice(1).forEach((x) => { i++; out.push(pad(rail[i] ?? '', 27) + '| ' + x); });
    bi++;
  }
  for (; bi < body.length; bi++) out.push(wrap(body[bi], 78, '  '));
  return out.join('\n') + '\n';
};

/** Freelancer's text log: "2015-11..2016-05  Client  Role (basis)". */
const tClientLog: Txt = (p) => [`${p.name} — ${p.headline}`, `m. ${p.phoneShow}  e. ${p.email}  ${p.address}`, '', wrap(p.summary, 78), '',
  'CLIENT AND EMPLOYMENT LOG', 'period            client / employer             role', '-'.repeat(78),
  ...desc(p.work).flatMap((j) => [`${(j.start + '..' + (j.end ?? 'now')).padEnd(18)}${j.company.padEnd(30)}${j.title}${j.kind ? ` (${j.kind})` : ' (employed)'}`, `${' '.repeat(18)}${j.city}: ${wrap(j.bullets[0], 58, ' '.repeat(18))}`]),
  '', 'SKILLS', ...p.skills.map((s) => `  * ${shown(s)}`), '', 'EDUCATION', ...p.edu.map((e) => `  ${e.degree}, ${e.school}, ${Y(e.end)}`), '', 'CERTIFICATION', ...p.certs.map((c) => `  ${c}`), '',
  'LANGUAGES', `  ${p.languages.join(', ')}`, ''].join('\r\n');

/** Bilingual text: "Title 职位 / Company / City", then "since MM/YYYY (至今)" or "MM/YYYY – MM/YYYY". */
const tMixedSlash: Txt = (p) => [`${p.name} (${p.alt})`, p.headline, `Mobile 手机: ${p.phoneShow}`, ...p.other.map((o) => `${o.label}: ${o.num}`), `Email 邮箱: ${p.email}`, `Address 地址: ${p.address}`, '',
  '# Summary 简介', p.summary, '', '# Experience 工作经历',
  ...desc(p.work).flatMap((j) => ['', `${titleOf(p, j)} / ${j.company} / ${j.city}${j.kind ? ` / ${kindEn[j.kind]}` : ''}`, j.end ? `${f.slash(j.start)} – ${f.slash(j.end)}` : `since ${f.slash(j.start)} (至今)`, ...j.bullets.map((b) => `  • ${b}`)]),
  '', '# Skills 技能', ...p.skills.map((s) => `  • ${shown(s)}`), '', '# Education 教育', ...p.edu.map((e) => `${e.school} / ${e.degree} / ${Y(e.start)}–${Y(e.end)}`), '',
  '# Languages 语言', p.languages.join(' / '), ...(p.certs.length ? ['', '# Certificates 证书', p.certs.join(' / ')] : []), ''].join('\n');

// ---------- plan ----------
type Layout = 'single' | 'two-column' | 'table';
type T = { name: string; layout: Layout } & ({ kind: 'html'; fn: Html } | { kind: 'docx'; fn: Docx } | { kind: 'txt'; fn: Txt });
const T: Record<string, T> = {
  'nl-after': { name: 'nl-after', layout: 'single', kind: 'html', fn: nlAfter },
  'at-cityline': { name: 'at-cityline', layout: 'single', kind: 'html', fn: atCityline },
  progression: { name: 'progression', layout: 'single', kind: 'html', fn: progression },
  'client-ledger': { name: 'client-ledger', layout: 'single', kind: 'html', fn: clientLedger },
  'p2-flow': { name: 'p2-flow', layout: 'single', kind: 'html', fn: p2Flow },
  'zh-title-first': { name: 'zh-title-first', layout: 'single', kind: 'html', fn: zhTitleFirst },
  'zh-tags': { name: 'zh-tags', layout: 'single', kind: 'html', fn: zhTags },
  'mixed-slash': { name: 'mixed-slash', layout: 'single', kind: 'html', fn: mixedSlash },
  'float-under': { name: 'float-under', layout: 'two-column', kind: 'html', fn: floatUnder },
  'grid-spill': { name: 'grid-spill', layout: 'two-column', kind: 'html', fn: gridSpill },
  'dot-rail': { name: 'dot-rail', layout: 'two-column', kind: 'html', fn: dotRail },
  'zh-at-rail': { name: 'zh-at-rail', layout: 'two-column', kind: 'html', fn: zhAtRail },
  'wrap-grid': { name: 'wrap-grid', layout: 'two-column', kind: 'html', fn: wrapGrid },
  'contract-rail': { name: 'contract-rail', layout: 'two-column', kind: 'html', fn: contractRail },
  'rail-promos': { name: 'rail-promos', layout: 'two-column', kind: 'docx', fn: railPromos },
  'en-col-flow': { name: 'en-col-flow', layout: 'two-column', kind: 'docx', fn: enColFlow },
  'bullets-dates': { name: 'bullets-dates', layout: 'single', kind: 'docx', fn: bulletsDates },
  'at-tabs': { name: 'at-tabs', layout: 'single', kind: 'docx', fn: atTabs },
  'zh-sectcols': { name: 'zh-sectcols', layout: 'two-column', kind: 'docx', fn: zhSectCols },
  'zh-rail-multipage': { name: 'zh-rail-multipage', layout: 'two-column', kind: 'docx', fn: zhRailMultipage },
  'zh-title-bracket': { name: 'zh-title-bracket', layout: 'single', kind: 'docx', fn: zhTitleBracket },
  'mixed-comma': { name: 'mixed-comma', layout: 'single', kind: 'docx', fn: mixedComma },
  'client-table': { name: 'client-table', layout: 'table', kind: 'docx', fn: clientTable },
  'wrap-table': { name: 'wrap-table', layout: 'table', kind: 'docx', fn: wrapTable },
  't-pipes': { name: 't-pipes', layout: 'single', kind: 'txt', fn: tPipes },
  't-zh-dash': { name: 't-zh-dash', layout: 'single', kind: 'txt', fn: tZhDash },
  't-zh-comma': { name: 't-zh-comma', layout: 'single', kind: 'txt', fn: tZhComma },
  't-rail-ends': { name: 't-rail-ends', layout: 'two-column', kind: 'txt', fn: tRailEnds },
  't-client-log': { name: 't-client-log', layout: 'single', kind: 'txt', fn: tClientLog },
  't-mixed-slash': { name: 't-mixed-slash', layout: 'single', kind: 'txt', fn: tMixedSlash },
};
export const plan: Record<string, string[]> = {
  p01: ['rail-promos', 'progression', 't-pipes'],
  p02: ['rail-promos', 'nl-after', 'grid-spill'],
  p03: ['en-col-flow', 'at-cityline', 'dot-rail'],
  p04: ['en-col-flow', 'p2-flow', 't-rail-ends'],
  p05: ['bullets-dates', 'contract-rail', 'float-under'],
  p06: ['at-tabs', 'grid-spill', 't-pipes'],
  p07: ['client-table', 'client-ledger', 't-client-log'],
  p08: ['zh-sectcols', 'zh-title-first', 't-zh-dash'],
  p09: ['zh-sectcols', 'zh-at-rail', 'zh-tags'],
  p10: ['zh-rail-multipage', 't-zh-dash', 'float-under'],
  p11: ['zh-title-bracket', 'zh-tags', 't-zh-comma'],
  p12: ['zh-tags', 'zh-at-rail', 't-zh-comma'],
  p13: ['zh-rail-multipage', 'mixed-slash', 't-mixed-slash'],
  p14: ['mixed-comma', 'wrap-grid', 't-rail-ends'],
  p15: ['wrap-table', 'progression', 'wrap-grid'],
  p16: ['mixed-slash', 'progression', 't-mixed-slash'],
};
const short = (l: Layout) => (l === 'two-column' ? 'twocol' : l);

async function main() {
  rmSync(docsDir, { recursive: true, force: true });
  mkdirSync(docsDir, { recursive: true });
  const html: [string, string][] = [];
  const documents: Record<string, string>[] = [];
  for (const p of people) {
    for (const tn of plan[p.id]) {
      const t = T[tn];
      const base = `${p.id}-${short(t.layout)}-${t.name}`;
      const entry = (file: string, producer: string) => documents.push({ file, person: p.id, template: t.name, layout: t.layout, producer, language: p.lang });
      if (t.kind === 'html') { html.push([`${base}.pdf`, t.fn(p)]); entry(`${base}.pdf`, 'chromium'); }
      else if (t.kind === 'txt') { writeFileSync(path.join(docsDir, `${base}.txt`), t.fn(p), 'utf8'); entry(`${base}.txt`, 'txt'); }
      else { writeFileSync(path.join(docsDir, `${base}.docx`), await Packer.toBuffer(t.fn(p))); entry(`${base}.docx`, 'docx'); entry(`${base}.pdf`, 'libreoffice'); }
    }
  }
  await printHtml(docsDir, html);
  exportDocxToPdf(docsDir);
  const truth = {
    referenceDate: REF,
    people: people.map((p) => ({ id: p.id, language: p.lang, name: p.name, email: p.email, phone: p.phone, skills: p.skills,
      work: p.work.map((j) => ({ company: j.company, start: j.start, end: j.end })), yearsOfExperience: yearsWorked(p.work, REF) })),
    documents,
  };
  const files = documents.map((d) => d.file);
  const extra = readdirSync(docsDir).filter((x) => !files.includes(x));
  if (extra.length) throw new Error(`unexpected files: ${extra.join(', ')}`);
  writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifestOf(docsDir, files), null, 2) + '\n');
  console.log(`${documents.length} documents`);
}
await main();
