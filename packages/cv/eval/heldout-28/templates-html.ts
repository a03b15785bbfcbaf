/** heldout-28 HTML templates (printed by Chromium). Each takes a person and returns a full HTML page. */
import { type Person, type Job } from './people.ts';

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const L = (p: Person, en: string, zh: string) => (p.language === 'en' ? en : p.language === 'zh' ? zh : `${zh} ${en}`);
export const skillsOf = (p: Person) => p.skills.map((s) => s.split(' | ')[0]);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export type DS = 'Mon YYYY' | 'Month YYYY' | 'MM/YYYY' | 'YYYY.MM' | 'YYYY-MM' | 'YYYY年M月' | 'MM.YYYY' | 'YYYY/MM' | 'YYYY年MM月' | 'Mon. YYYY';
export function fd(ym: string | null, style: DS, present: string): string {
  if (ym === null) return present;
  const y = ym.slice(0, 4), m = Number(ym.slice(5, 7)), mm = ym.slice(5, 7);
  switch (style) {
    case 'Mon YYYY': return `${MON[m - 1]} ${y}`;
    case 'Mon. YYYY': return `${MON[m - 1]}${m === 5 ? '' : '.'} ${y}`;
    case 'Month YYYY': return `${MONTH[m - 1]} ${y}`;
    case 'MM/YYYY': return `${mm}/${y}`;
    case 'YYYY.MM': return `${y}.${mm}`;
    case 'YYYY-MM': return `${y}-${mm}`;
    case 'YYYY年M月': return `${y}年${m}月`;
    case 'YYYY年MM月': return `${y}年${mm}月`;
    case 'MM.YYYY': return `${mm}.${y}`;
    case 'YYYY/MM': return `${y}/${mm}`;
  }
}
export const range = (j: { start: string; end: string | null }, style: DS, sep: string, present: string) => `${fd(j.start, style, present)}${sep}${fd(j.end, style, present)}`;
export const present = (p: Person) => L(p, 'Present', '至今');
export const ageAt = (birth: string, ref = '2026-11') => Math.floor((Number(ref.slice(0, 4)) * 12 + Number(ref.slice(5, 7)) - Number(birth.slice(0, 4)) * 12 - Number(birth.slice(5, 7))) / 12);
const ul = (items: string[]) => `<ul>${items.map((b) => `<li>${esc(b)}</li>`).join('')}</ul>`;
const page = (css: string, body: string, lang = 'en') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>
*{box-sizing:border-box} body{margin:0;color:#222;-webkit-print-color-adjust:exact} ul{margin:2px 0 0;padding-left:15px} li{margin:1px 0}
${css}</style></head><body>${body}</body></html>`;
const SANS = `'Liberation Sans','WenQuanYi Zen Hei',Arial,sans-serif`;
const SERIF = `'Liberation Serif','WenQuanYi Zen Hei',serif`;
const ZH = `'WenQuanYi Zen Hei','Liberation Sans',sans-serif`;
const langOf = (p: Person) => (p.language === 'en' ? 'en' : 'zh-CN');
const fullName = (p: Person) => (p.language === 'mixed' ? `${p.name} ${p.otherName}` : p.name);
const initials = (p: Person) => (p.language === 'en' ? p.name.split(' ').map((w) => w[0]).slice(0, 2).join('') : p.name.slice(-2));

// ---------------------------------------------------------------------------------------------- two-column
/** simplehipstercv (LaTeX): dark header band across the page, grey left sidebar with photo, icons and skills. */
export function simplehipster(p: Person): string {
  const css = `body{font:9.6pt ${SANS}} .band{background:#2d3e50;color:#fff;padding:14px 18px} .band h1{margin:0;font-size:24pt;font-weight:300;letter-spacing:1px}
  .band .t{font-size:11pt;color:#9fd3c7;margin-top:3px} .grid{display:grid;grid-template-columns:31% 1fr;gap:0}
  .side{background:#eceff1;padding:12px 12px 14px} .main{padding:10px 4px 6px 16px} .ph{width:86px;height:86px;border-radius:50%;background:#b0bec5;margin:0 auto 8px;display:flex;align-items:center;justify-content:center;color:#fff;font-size:24pt}
  h2{font-size:11pt;text-transform:uppercase;color:#2d3e50;margin:12px 0 5px;letter-spacing:.5px} .side h2{border-bottom:1px solid #90a4ae}
  .ic{display:flex;gap:6px;margin:3px 0;word-break:break-word} .ic b{font-family:'DejaVu Sans';color:#2d3e50;width:14px;flex:none}
  .job{margin-bottom:9px;break-inside:avoid} .pill{display:inline-block;background:#9fd3c7;color:#123;padding:0 6px;border-radius:8px;font-size:8.5pt}
  .job .r{font-weight:bold;font-size:10.5pt;margin-top:2px} .job .c{font-style:italic;color:#555}`;
  const side = `<div class="ph">${esc(initials(p))}</div><h2>${L(p, 'About me', '关于我')}</h2><div>${esc(p.summary)}</div>
  <h2>${L(p, 'Contact', '联系方式')}</h2><div class="ic"><b>☎</b>${esc(p.phone)}</div><div class="ic"><b>✉</b>${esc(p.email)}</div><div class="ic"><b>⌂</b>${esc(p.address)}</div>${p.web ? `<div class="ic"><b>➚</b>${esc(p.web)}</div>` : ''}
  <h2>${L(p, 'Skills', '技能')}</h2>${ul(skillsOf(p))}<h2>${L(p, 'Languages', '语言')}</h2>${ul(p.languages)}${p.interests ? `<h2>${L(p, 'Interests', '兴趣')}</h2><div>${esc(p.interests)}</div>` : ''}`;
  const jobs = [...p.work].reverse().map((j) => `<div class="job"><span class="pill">${range(j, 'Mon YYYY', ' – ', present(p))}</span><div class="r">${esc(j.title)}</div><div class="c">${esc(j.company)}${j.town ? `, ${esc(j.town)}` : ''}</div>${ul(j.bullets)}</div>`).join('');
  const edu = p.education.map((e) => `<div class="job"><span class="pill">${e.start.slice(0, 4)} – ${e.end.slice(0, 4)}</span><div class="r">${esc(e.degree)}</div><div class="c">${esc(e.school)}</div></div>`).join('');
  const certs = p.certs ? `<h2>${L(p, 'Certifications', '证书')}</h2>${ul(p.certs)}` : '';
  return page(css, `<div class="band"><h1>${esc(fullName(p))}${p.credentials ? `<span style="font-size:12pt">, ${esc(p.credentials)}</span>` : ''}</h1><div class="t">${esc(p.title)}</div></div>
  <div class="grid"><div class="side">${side}</div><div class="main"><h2>${L(p, 'Experience', '工作经历')}</h2>${jobs}<h2>${L(p, 'Education', '教育背景')}</h2>${edu}${certs}</div></div>`, langOf(p));
}

/** MyPerfectResume "Contemporary": name across the top, shaded right sidebar floated beside the main column. */
export function myperfect(p: Person): string {
  const css = `body{font:9.8pt ${SANS}} header{border-bottom:3px solid #1f6f8b;padding-bottom:6px;margin-bottom:10px} header h1{margin:0;font-size:22pt;color:#1f6f8b} header div{font-size:11pt;color:#444}
  aside{float:right;width:33%;background:#eef5f8;padding:8px 10px;margin-left:14px} aside h3{font-size:10pt;color:#1f6f8b;margin:8px 0 3px;text-transform:uppercase} aside p{margin:2px 0}
  h2{font-size:11pt;color:#1f6f8b;text-transform:uppercase;border-bottom:1px solid #c9dde5;margin:10px 0 5px} .job{margin-bottom:8px;break-inside:avoid} .d{color:#555;font-size:9pt}`;
  const aside = `<aside><h3>${L(p, 'Contact', '联系方式')}</h3><p><b>${L(p, 'Address', '地址')}:</b> ${esc(p.address)}</p><p><b>${L(p, 'Phone', '电话')}:</b> ${esc(p.phone)}</p><p><b>${L(p, 'E-mail', '邮箱')}:</b> ${esc(p.email)}</p>${p.web ? `<p><b>WWW:</b> ${esc(p.web)}</p>` : ''}
  <h3>${L(p, 'Skills', '技能')}</h3>${ul(skillsOf(p))}<h3>${L(p, 'Languages', '语言')}</h3>${ul(p.languages)}${p.certs ? `<h3>${L(p, 'Certifications', '证书')}</h3>${ul(p.certs)}` : ''}</aside>`;
  const jobs = [...p.work].reverse().map((j) => `<div class="job"><b>${esc(j.title)}</b> | ${esc(j.company)}${j.town ? `, ${esc(j.town)}` : ''}<div class="d">${range(j, 'MM/YYYY', ' - ', L(p, 'Current', '至今'))}</div>${ul(j.bullets)}</div>`).join('');
  const refs = p.referees ? `<h2>${L(p, 'References', '推荐人')}</h2>${p.referees.map((r) => `<div>${esc(r.name)}, ${esc(r.role)} — ${esc(r.phone)}</div>`).join('')}` : '';
  return page(css, `<header><h1>${esc(fullName(p))}</h1><div>${esc(p.title)}</div></header>${aside}
  <h2>${L(p, 'Summary', '个人简介')}</h2><p style="margin:0">${esc(p.summary)}</p><h2>${L(p, 'Experience', '工作经历')}</h2>${jobs}
  <h2>${L(p, 'Education', '教育背景')}</h2>${p.education.map((e) => `<div class="job"><b>${esc(e.degree)}</b><br>${esc(e.school)} <span class="d">${fd(e.end, 'MM/YYYY', '')}</span></div>`).join('')}${refs}`, langOf(p));
}

/** LiveCareer "Professional": section headings in a narrow left column, content on the right. */
export function livecareer(p: Person): string {
  const css = `body{font:10pt ${SERIF}} h1{font:bold 22pt ${SANS};margin:0;color:#333} .ct{font:9.5pt ${SANS};color:#555;margin:3px 0 10px;border-bottom:2px solid #7a1f2b;padding-bottom:6px}
  .sec{display:grid;grid-template-columns:125px 1fr;gap:12px;margin:8px 0;break-inside:auto} .sec>h2{font:bold 10pt ${SANS};text-transform:uppercase;color:#7a1f2b;margin:0;text-align:right}
  .cols{columns:2;column-gap:18px} .job{margin-bottom:8px;break-inside:avoid} .job .a{font-weight:bold}`;
  const jobs = [...p.work].reverse().map((j) => `<div class="job"><div class="a">${esc(j.title)}, ${range(j, 'MM/YYYY', ' to ', L(p, 'Current', '至今'))}</div><div>${esc(j.company)}${j.town ? ` – ${esc(j.town)}` : ''}</div>${ul(j.bullets)}</div>`).join('');
  return page(css, `<h1>${esc(fullName(p))}</h1><div class="ct">${esc(p.address)} &nbsp;|&nbsp; ${esc(p.phone)} &nbsp;|&nbsp; ${esc(p.email)}${p.web ? ` &nbsp;|&nbsp; ${esc(p.web)}` : ''}</div>
  <div class="sec"><h2>${L(p, 'Professional Summary', '个人简介')}</h2><div>${esc(p.summary)}</div></div>
  <div class="sec"><h2>${L(p, 'Skills', '技能')}</h2><div class="cols">${ul(skillsOf(p))}</div></div>
  <div class="sec"><h2>${L(p, 'Work History', '工作经历')}</h2><div>${jobs}</div></div>
  <div class="sec"><h2>${L(p, 'Education', '教育背景')}</h2><div>${p.education.map((e) => `<div class="job"><div class="a">${esc(e.degree)}: ${fd(e.end, 'MM/YYYY', '')}</div><div>${esc(e.school)}</div></div>`).join('')}</div></div>
  <div class="sec"><h2>${L(p, 'Languages', '语言')}</h2><div>${p.languages.map(esc).join(' · ')}</div></div>`, langOf(p));
}

/** CVMaker (cvmaker.uk) "Modern": dark left sidebar holding the name, photo and labelled personal details (flexbox). */
export function cvmaker(p: Person): string {
  const css = `body{font:9.5pt ${SANS}} .wrap{display:flex;gap:16px} .side{width:34%;flex:none;background:#263238;color:#eceff1;padding:14px 12px} .side h1{font-size:17pt;margin:8px 0 2px;line-height:1.15} .side .t{color:#80cbc4;margin-bottom:6px}
  .ph{width:92px;height:110px;border:2px solid #80cbc4;background:#455a64;color:#b0bec5;display:flex;align-items:center;justify-content:center;font-size:8pt}
  .side h3{font-size:9.5pt;text-transform:uppercase;color:#80cbc4;margin:12px 0 4px;letter-spacing:1px} .side .k{color:#b0bec5;font-size:8pt;margin-top:4px} .side .v{word-break:break-word}
  .main{flex:1} .main h2{font-size:12pt;color:#263238;border-bottom:2px solid #80cbc4;margin:4px 0 6px} .job{margin-bottom:9px;break-inside:avoid} .row{display:flex;justify-content:space-between;gap:8px} .row span{white-space:nowrap;color:#555}
  .co{font-style:italic;color:#37474f}`;
  const det: [string, string | undefined][] = [[L(p, 'Email address', '邮箱'), p.email], [L(p, 'Phone number', '电话'), p.phone], [L(p, 'Address', '地址'), p.address], [L(p, 'Date of birth', '出生日期'), p.birth ? fd(p.birth, 'Month YYYY', '') : undefined], [L(p, 'Nationality', '国籍'), p.nationality], [L(p, 'Website', '网站'), p.web]];
  const side = `<div class="ph">${L(p, 'PHOTO', '照片')}</div><h1>${esc(p.name)}</h1>${p.otherName ? `<div>${esc(p.otherName)}</div>` : ''}<div class="t">${esc(p.title)}</div>
  <h3>${L(p, 'Personal details', '个人信息')}</h3>${det.filter(([, v]) => v).map(([k, v]) => `<div class="k">${k}</div><div class="v">${esc(v!)}</div>`).join('')}
  <h3>${L(p, 'Skills', '技能')}</h3>${ul(skillsOf(p))}<h3>${L(p, 'Languages', '语言')}</h3>${ul(p.languages)}`;
  const jobs = [...p.work].reverse().map((j) => `<div class="job"><div class="row"><b>${esc(j.title)}</b><span>${range(j, 'Mon YYYY', ' - ', present(p))}</span></div><div class="co">${esc(j.company)}${j.town ? `, ${esc(j.town)}` : ''}</div>${ul(j.bullets)}</div>`).join('');
  const refs = p.referees ? `<h2>${L(p, 'References', '推荐人')}</h2>${p.referees.map((r) => `<div class="job"><b>${esc(r.name)}</b><br>${esc(r.role)}<br>${esc(r.phone)}${r.email ? ` · ${esc(r.email)}` : ''}</div>`).join('')}` : '';
  return page(css, `<div class="wrap"><div class="side">${side}</div><div class="main"><h2>${L(p, 'Profile', '个人简介')}</h2><p style="margin:0 0 6px">${esc(p.summary)}</p>
  <h2>${L(p, 'Employment', '工作经历')}</h2>${jobs}<h2>${L(p, 'Education', '教育背景')}</h2>${p.education.map((e) => `<div class="job"><div class="row"><b>${esc(e.degree)}</b><span>${fd(e.start, 'Mon YYYY', '')} - ${fd(e.end, 'Mon YYYY', '')}</span></div><div class="co">${esc(e.school)}</div></div>`).join('')}
  ${p.certs ? `<h2>${L(p, 'Certificates', '证书')}</h2>${ul(p.certs)}` : ''}${refs}</div></div>`, langOf(p));
}

/** Adobe Express résumé: coloured header band, then two equal newspaper columns (CSS multi-column). */
export function adobeexpress(p: Person): string {
  const css = `body{font:9.6pt ${SANS}} .band{background:#f4d35e;padding:14px 16px;margin-bottom:12px} .band h1{margin:0;font-size:25pt;color:#0d3b66} .band .t{font-size:11pt;color:#0d3b66;text-transform:uppercase;letter-spacing:2px}
  .band .c{margin-top:6px;font-size:9pt} .cols{column-count:2;column-gap:22px;column-rule:1px solid #ddd} h2{font-size:11pt;color:#0d3b66;margin:0 0 5px;padding-top:4px;text-transform:uppercase;break-after:avoid}
  .blk{margin-bottom:10px} .job{margin-bottom:8px;break-inside:avoid} .dt{font-size:8.6pt;color:#ee964b;font-weight:bold}`;
  const jobs = [...p.work].reverse().map((j) => `<div class="job"><div class="dt">${range(j, 'Month YYYY', ' — ', present(p))}</div><b>${esc(j.title)}</b><br>${esc(j.company)}${j.town ? ` · ${esc(j.town)}` : ''}${ul(j.bullets)}</div>`).join('');
  const br = p.breaks ? p.breaks.map((b) => `<div class="job"><div class="dt">${range(b, 'Month YYYY', ' — ', '')}</div><i>${esc(b.label)}</i></div>`).join('') : '';
  return page(css, `<div class="band"><h1>${esc(fullName(p))}</h1><div class="t">${esc(p.title)}</div><div class="c">${esc(p.phone)} &nbsp;&nbsp; ${esc(p.email)} &nbsp;&nbsp; ${esc(p.address)}</div></div>
  <div class="cols"><div class="blk"><h2>${L(p, 'Profile', '简介')}</h2>${esc(p.summary)}</div><div class="blk"><h2>${L(p, 'Experience', '工作经历')}</h2>${jobs}${br}</div>
  <div class="blk"><h2>${L(p, 'Education', '教育背景')}</h2>${p.education.map((e) => `<div class="job"><div class="dt">${e.start.slice(0, 4)} — ${e.end.slice(0, 4)}</div><b>${esc(e.degree)}</b><br>${esc(e.school)}</div>`).join('')}</div>
  <div class="blk"><h2>${L(p, 'Skills', '技能')}</h2>${ul(skillsOf(p))}</div><div class="blk"><h2>${L(p, 'Languages', '语言')}</h2>${ul(p.languages)}</div>${p.certs ? `<div class="blk"><h2>${L(p, 'Certificates', '证书')}</h2>${ul(p.certs)}</div>` : ''}</div>`, langOf(p));
}

/** Plasmati Graduate CV (LaTeX): a narrow right-aligned date column beside the entries, built as an HTML table. */
export function plasmati(p: Person): string {
  const css = `body{font:10pt ${SERIF}} .top{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:1px solid #999;padding-bottom:6px} h1{font-size:24pt;margin:0;font-weight:normal}
  .top .c{text-align:right;font-size:9pt;line-height:1.4} table{width:100%;border-collapse:collapse;margin-top:4px} td{vertical-align:top;padding:2px 6px} td.d{width:22%;text-align:right;color:#4a6fa5;font-size:9pt;white-space:nowrap}
  tr.h td{padding-top:12px} tr.h td.s{font-size:12.5pt;color:#4a6fa5;font-variant:small-caps;border-bottom:1px solid #4a6fa5} tr{break-inside:avoid}`;
  const rows: string[] = [];
  const head = (t: string) => rows.push(`<tr class="h"><td class="d"></td><td class="s">${t}</td></tr>`);
  head(L(p, 'Experience', '工作经历'));
  const items = [...p.work.map((j) => ({ ...j, kind: 'job' as const })), ...(p.breaks ?? []).map((b) => ({ ...b, kind: 'break' as const }))].sort((a, b) => b.start.localeCompare(a.start));
  for (const it of items) {
    if (it.kind === 'break') rows.push(`<tr><td class="d">${range(it, 'Mon YYYY', '–', '')}</td><td><i>${esc(it.label)}</i></td></tr>`);
    else rows.push(`<tr><td class="d">${range(it, 'Mon YYYY', '–', present(p))}</td><td><b>${esc(it.title)}</b>, <i>${esc(it.company)}</i>${it.town ? `, ${esc(it.town)}` : ''}${ul(it.bullets)}</td></tr>`);
  }
  head(L(p, 'Education', '教育背景'));
  for (const e of p.education) rows.push(`<tr><td class="d">${e.start.slice(0, 4)}–${e.end.slice(0, 4)}</td><td><b>${esc(e.degree)}</b>, <i>${esc(e.school)}</i></td></tr>`);
  head(L(p, 'Skills', '技能'));
  rows.push(`<tr><td class="d">${L(p, 'Technical', '技术')}</td><td>${skillsOf(p).map(esc).join(', ')}</td></tr>`);
  rows.push(`<tr><td class="d">${L(p, 'Languages', '语言')}</td><td>${p.languages.map(esc).join(', ')}</td></tr>`);
  if (p.certs) rows.push(`<tr><td class="d">${L(p, 'Certificates', '证书')}</td><td>${p.certs.map(esc).join('; ')}</td></tr>`);
  return page(css, `<div class="top"><h1>${esc(fullName(p))}</h1><div class="c">${esc(p.address)}<br>${esc(p.phone)} · <u>${esc(p.email)}</u></div></div><table>${rows.join('')}</table>`, langOf(p));
}

/** Developer CV (LaTeX, Jan Küster): big name, icon contact row, two equal columns. */
export function developercv(p: Person): string {
  const css = `body{font:9.4pt ${SANS}} h1{font-size:26pt;margin:0;font-weight:800;text-transform:uppercase} .t{font-size:12pt;color:#1e88e5;margin-bottom:6px}
  .ct{display:flex;flex-wrap:wrap;gap:4px 16px;font-size:9pt;margin-bottom:8px;padding:6px 0;border-top:1px solid #ccc;border-bottom:1px solid #ccc} .ct span b{font-family:'DejaVu Sans';color:#1e88e5;margin-right:3px}
  .two{display:grid;grid-template-columns:1fr 1fr;gap:22px} h2{font-size:12pt;margin:6px 0;color:#111;border-left:4px solid #1e88e5;padding-left:6px} .job{margin-bottom:9px;break-inside:avoid}
  .dt{color:#1e88e5;font-size:8.6pt;font-weight:bold} .tags span{display:inline-block;border:1px solid #1e88e5;border-radius:3px;padding:1px 5px;margin:0 4px 4px 0}`;
  const jobs = [...p.work].reverse().map((j) => `<div class="job"><div class="dt">${range(j, 'MM/YYYY', ' – ', L(p, 'present', '至今'))}</div><b>${esc(j.company)}</b>${j.town ? ` <span style="color:#777">(${esc(j.town)})</span>` : ''}<br><i>${esc(j.title)}</i>${ul(j.bullets)}</div>`).join('');
  return page(css, `<h1>${esc(fullName(p))}</h1><div class="t">${esc(p.title)}</div>
  <div class="ct"><span><b>✉</b>${esc(p.email)}</span><span><b>☎</b>${esc(p.phone)}</span><span><b>⌂</b>${esc(p.address)}</span>${p.web ? `<span><b>⚙</b>${esc(p.web)}</span>` : ''}</div>
  <div class="two"><div><h2>${L(p, 'Experience', '工作经历')}</h2>${jobs}</div><div><h2>${L(p, 'About me', '关于我')}</h2><p style="margin:0 0 6px">${esc(p.summary)}</p>
  <h2>${L(p, 'Skills', '技能')}</h2><div class="tags">${skillsOf(p).map((s) => `<span>${esc(s)}</span>`).join('')}</div>
  <h2>${L(p, 'Education', '教育背景')}</h2>${p.education.map((e) => `<div class="job"><div class="dt">${fd(e.start, 'MM/YYYY', '')} – ${fd(e.end, 'MM/YYYY', '')}</div><b>${esc(e.school)}</b><br>${esc(e.degree)}</div>`).join('')}
  <h2>${L(p, 'Languages', '语言')}</h2>${ul(p.languages)}${p.interests ? `<h2>${L(p, 'Interests', '兴趣')}</h2>${esc(p.interests)}` : ''}</div></div>`, langOf(p));
}

/** 创客贴 (chuangkit) Chinese résumé: coloured left sidebar with photo box and icon-labelled details. */
export function chuangkit(p: Person): string {
  const css = `body{font:9.6pt ${ZH}} .wrap{display:flex} .side{width:32%;flex:none;background:#3b6e8f;color:#fff;padding:16px 12px;min-height:265mm} .main{flex:1;padding:6px 0 0 16px}
  .ph{width:96px;height:124px;background:#fff;color:#999;margin:0 auto 14px;display:flex;align-items:center;justify-content:center;border:3px solid #a9cce3}
  .side h3{font-size:11pt;margin:14px 0 6px;padding-bottom:3px;border-bottom:1px solid #a9cce3} .side .i{margin:4px 0;word-break:break-all} .side .i b{font-family:'DejaVu Sans';display:inline-block;width:16px}
  h1{font-size:26pt;margin:0;color:#3b6e8f;letter-spacing:4px} .yx{font-size:10.5pt;color:#555;margin:2px 0 10px} h2{font-size:12pt;color:#fff;background:#3b6e8f;display:inline-block;padding:2px 12px;margin:10px 0 6px;border-radius:0 12px 12px 0}
  .job{margin-bottom:9px;break-inside:avoid} .hd{display:flex;gap:10px;font-weight:bold} .hd .d{color:#3b6e8f;white-space:nowrap}`;
  const info: [string, string | undefined][] = [['♦', p.birth ? `${fd(p.birth, 'YYYY.MM', '')}（${ageAt(p.birth)}岁）` : undefined], ['☎', p.phone], ['✉', p.email], ['⌂', p.address]];
  const side = `<div class="ph">${L(p, 'Photo', '照片')}</div><h3>${L(p, 'Personal Info', '基本信息')}</h3>${info.filter(([, v]) => v).map(([k, v]) => `<div class="i"><b>${k}</b>${esc(v!)}</div>`).join('')}
  <h3>${L(p, 'Skills', '专业技能')}</h3>${ul(skillsOf(p))}${p.certs ? `<h3>${L(p, 'Certificates', '荣誉证书')}</h3>${ul(p.certs)}` : ''}<h3>${L(p, 'Languages', '语言能力')}</h3>${ul(p.languages)}`;
  const jobs = [...p.work].reverse().map((j) => `<div class="job"><div class="hd"><span class="d">${range(j, 'YYYY.MM', ' - ', present(p))}</span><span>${esc(j.company)}</span><span>${esc(j.title)}</span></div>${ul(j.bullets)}</div>`).join('');
  return page(css, `<div class="wrap"><div class="side">${side}</div><div class="main"><h1>${esc(fullName(p))}</h1><div class="yx">${L(p, 'Objective', '求职意向')}：${esc(p.target ?? p.title)}</div>
  <h2>${L(p, 'Education', '教育背景')}</h2>${p.education.map((e) => `<div class="job"><div class="hd"><span class="d">${fd(e.start, 'YYYY.MM', '')} - ${fd(e.end, 'YYYY.MM', '')}</span><span>${esc(e.school)}</span><span>${esc(e.degree)}</span></div></div>`).join('')}
  <h2>${L(p, 'Work Experience', '工作经历')}</h2>${jobs}<h2>${L(p, 'About Me', '自我评价')}</h2><p style="margin:0">${esc(p.summary)}</p></div></div>`, langOf(p));
}

/** 稿定设计 (gaoding) Chinese résumé: header band across both columns, narrow left column, work on the right. */
export function gaoding(p: Person): string {
  const css = `body{font:9.6pt ${ZH}} .band{background:#fdf0e6;border-top:6px solid #e07a3f;padding:12px 16px;display:flex;justify-content:space-between;gap:12px} .band h1{margin:0;font-size:24pt;color:#e07a3f}
  .band .g{display:grid;grid-template-columns:auto auto;gap:3px 18px;font-size:9pt;align-content:center} .grid{display:grid;grid-template-columns:36% 1fr;gap:18px;margin-top:10px}
  h2{font-size:11.5pt;color:#e07a3f;margin:8px 0 6px;border-bottom:2px solid #e07a3f;padding-bottom:2px} .job{margin-bottom:9px;break-inside:avoid} .job .t{display:flex;justify-content:space-between;gap:6px} .job .t span{color:#777;white-space:nowrap}`;
  const jobs = [...p.work].reverse().map((j) => `<div class="job"><div class="t"><b>${esc(j.company)}</b><span>${range(j, 'YYYY/MM', ' ~ ', present(p))}</span></div><div>${L(p, 'Position', '职位')}：${esc(j.title)}</div>${ul(j.bullets)}</div>`).join('');
  return page(css, `<div class="band"><div><h1>${esc(fullName(p))}</h1><div>${L(p, 'Objective', '求职意向')}：${esc(p.target ?? p.title)}</div></div>
  <div class="g"><span>${L(p, 'Phone', '电话')}：${esc(p.phone)}</span><span>${L(p, 'Email', '邮箱')}：${esc(p.email)}</span>${p.birth ? `<span>${L(p, 'Born', '出生年月')}：${fd(p.birth, 'YYYY.MM', '')}</span>` : ''}${p.gender ? `<span>${L(p, 'Gender', '性别')}：${esc(p.gender)}</span>` : ''}</div></div>
  <div class="grid"><div><h2>${L(p, 'Education', '教育背景')}</h2>${p.education.map((e) => `<div class="job"><b>${esc(e.school)}</b><br>${esc(e.degree)}<br><span style="color:#777">${fd(e.start, 'YYYY/MM', '')} ~ ${fd(e.end, 'YYYY/MM', '')}</span></div>`).join('')}
  <h2>${L(p, 'Skills', '专业技能')}</h2>${ul(skillsOf(p))}${p.certs ? `<h2>${L(p, 'Certificates', '证书')}</h2>${ul(p.certs)}` : ''}<h2>${L(p, 'Languages', '语言')}</h2>${ul(p.languages)}<h2>${L(p, 'Address', '现居住地')}</h2>${esc(p.address)}</div>
  <div><h2>${L(p, 'Work Experience', '工作经历')}</h2>${jobs}<h2>${L(p, 'About Me', '自我评价')}</h2>${esc(p.summary)}</div></div>`, langOf(p));
}

/** 冷熊简历 (lengxiong) Chinese résumé: single header, entries with their own narrow date column (grid). */
export function lengxiong(p: Person): string {
  const css = `body{font:9.8pt ${ZH}} .hd{display:flex;justify-content:space-between;border-bottom:1px solid #ccc;padding-bottom:8px} .hd h1{font-size:22pt;margin:0 0 4px} .hd .l{line-height:1.6;font-size:9.4pt}
  .ph{width:80px;height:100px;border:1px solid #bbb;background:#f3f3f3;color:#aaa;display:flex;align-items:center;justify-content:center}
  h2{font-size:11.5pt;margin:12px 0 6px;padding-left:8px;border-left:5px solid #2e7d32} .e{display:grid;grid-template-columns:128px 1fr;gap:10px;margin-bottom:8px;break-inside:avoid} .e .d{color:#2e7d32;font-weight:bold}`;
  const info = [p.gender, p.birth ? `${ageAt(p.birth)}岁` : undefined, p.nationality].filter(Boolean).join(' | ');
  const jobs = [...p.work].reverse().map((j) => `<div class="e"><div class="d">${range(j, 'YYYY.MM', '-', present(p))}</div><div><b>${esc(j.company)}</b>　${esc(j.title)}${ul(j.bullets)}</div></div>`).join('');
  return page(css, `<div class="hd"><div><h1>${esc(fullName(p))}</h1><div class="l">${info ? `${esc(info)}<br>` : ''}${L(p, 'Mobile', '手机')}：${esc(p.phone)}　　${L(p, 'Email', '邮箱')}：${esc(p.email)}<br>${L(p, 'Address', '地址')}：${esc(p.address)}<br>${L(p, 'Objective', '求职意向')}：${esc(p.target ?? p.title)}</div></div><div class="ph">${L(p, 'Photo', '照片')}</div></div>
  <h2>${L(p, 'Work Experience', '工作经历')}</h2>${jobs}<h2>${L(p, 'Education', '教育经历')}</h2>${p.education.map((e) => `<div class="e"><div class="d">${fd(e.start, 'YYYY.MM', '')}-${fd(e.end, 'YYYY.MM', '')}</div><div><b>${esc(e.school)}</b>　${esc(e.degree)}</div></div>`).join('')}
  <h2>${L(p, 'Skills', '技能特长')}</h2><div class="e"><div class="d">${L(p, 'Skills', '专业技能')}</div><div>${skillsOf(p).map(esc).join('、')}</div></div>${p.certs ? `<div class="e"><div class="d">${L(p, 'Certificates', '证书')}</div><div>${p.certs.map(esc).join('、')}</div></div>` : ''}<div class="e"><div class="d">${L(p, 'Languages', '语言')}</div><div>${p.languages.map(esc).join('、')}</div></div>
  <h2>${L(p, 'About Me', '自我评价')}</h2><div>${esc(p.summary)}</div>`, langOf(p));
}

// ---------------------------------------------------------------------------------------------- single
/** Overleaf "Medium Length Professional CV" (LaTeX): centred name, ruled small-caps headings, employer and dates on one line. */
export function overleafmlp(p: Person): string {
  const css = `body{font:10.5pt ${SERIF}} h1{text-align:center;font-size:22pt;font-variant:small-caps;letter-spacing:2px;margin:0} .c{text-align:center;margin:2px 0}
  h2{font-variant:small-caps;font-size:12pt;border-bottom:1px solid #000;margin:14px 0 6px;letter-spacing:1px} .row{display:flex;justify-content:space-between} .job{margin-bottom:8px;break-inside:avoid}`;
  const jobs = [...p.work].reverse().map((j) => `<div class="job"><div class="row"><b>${esc(j.company)}</b><span>${range(j, 'Month YYYY', ' - ', present(p))}</span></div><div class="row"><i>${esc(j.title)}</i><i>${esc(j.town ?? '')}</i></div>${ul(j.bullets)}</div>`).join('');
  return page(css, `<h1>${esc(p.name)}${p.credentials ? `, <span style="font-size:14pt">${esc(p.credentials)}</span>` : ''}</h1><div class="c">${esc(p.address)}</div><div class="c">${esc(p.phone)} — ${esc(p.email)}</div>
  <h2>${L(p, 'Education', '教育背景')}</h2>${p.education.map((e) => `<div class="job"><div class="row"><b>${esc(e.school)}</b><span>${fd(e.start, 'Month YYYY', '')} - ${fd(e.end, 'Month YYYY', '')}</span></div><i>${esc(e.degree)}</i></div>`).join('')}
  <h2>${L(p, 'Experience', '工作经历')}</h2>${jobs}<h2>${L(p, 'Technical Strengths', '技能')}</h2><table>${[[L(p, 'Computer & technical', ''), skillsOf(p).join(', ')], [L(p, 'Languages', ''), p.languages.join(', ')]].map(([a, b]) => `<tr><td style="padding-right:14px;vertical-align:top">${esc(a)}</td><td>${esc(b)}</td></tr>`).join('')}</table>
  ${p.certs ? `<h2>Professional Registration</h2>${ul(p.certs)}` : ''}`, langOf(p));
}

/** Standard Resume (standardresume.co): clean single column, employer — title, grey dates right. */
export function standardresume(p: Person): string {
  const css = `body{font:10pt ${SANS};color:#1a1a1a} h1{font-size:21pt;margin:0} .t{color:#666;font-size:11pt} .ct{font-size:9pt;color:#444;margin:6px 0 4px}
  h2{font-size:9pt;text-transform:uppercase;letter-spacing:1.5px;color:#888;margin:16px 0 6px} .job{margin-bottom:10px;break-inside:avoid} .row{display:flex;justify-content:space-between;gap:10px} .row span{color:#888;white-space:nowrap}`;
  const jobs = [...p.work].reverse().map((j) => `<div class="job"><div class="row"><div><b>${esc(j.company)}</b> — ${esc(j.title)}</div><span>${range(j, 'Mon YYYY', ' – ', present(p))}</span></div>${ul(j.bullets)}</div>`).join('');
  return page(css, `<h1>${esc(fullName(p))}</h1><div class="t">${esc(p.title)}</div><div class="ct">${[p.email, p.phone, p.address, p.web].filter(Boolean).map((x) => esc(x!)).join(' · ')}</div>
  <h2>${L(p, 'About', '简介')}</h2>${esc(p.summary)}<h2>${L(p, 'Experience', '工作经历')}</h2>${jobs}
  <h2>${L(p, 'Education', '教育背景')}</h2>${p.education.map((e) => `<div class="job"><div class="row"><div><b>${esc(e.school)}</b> — ${esc(e.degree)}</div><span>${fd(e.start, 'Mon YYYY', '')} – ${fd(e.end, 'Mon YYYY', '')}</span></div></div>`).join('')}
  <h2>${L(p, 'Skills', '技能')}</h2>${skillsOf(p).map(esc).join(', ')}<h2>${L(p, 'Languages', '语言')}</h2>${p.languages.map(esc).join(', ')}
  ${p.referees ? `<h2>${L(p, 'Referees', '推荐人')}</h2>${p.referees.map((r) => `<div class="job"><b>${esc(r.name)}</b>, ${esc(r.role)}<br>Tel: ${esc(r.phone)}${r.email ? ` · ${esc(r.email)}` : ''}</div>`).join('')}` : ''}`, langOf(p));
}

/** Job Bank (Canada) Résumé Builder print: labelled blocks, "From … to …" dates, duties list. */
export function jobbank(p: Person): string {
  const css = `body{font:10.5pt ${SANS}} h1{font-size:18pt;margin:0 0 8px} h2{font-size:12.5pt;background:#e6e6e6;padding:3px 6px;margin:14px 0 6px} .job{margin:0 0 10px 6px;break-inside:avoid} .k{font-weight:bold}`;
  const jobs = [...p.work].reverse().map((j) => `<div class="job"><div><span class="k">Job title:</span> ${esc(j.title)}</div><div><span class="k">Employer:</span> ${esc(j.company)}</div><div><span class="k">Location:</span> ${esc(j.town ?? '')}</div>
  <div>From ${fd(j.start, 'Month YYYY', '')} to ${j.end ? fd(j.end, 'Month YYYY', '') : 'present'}</div><div class="k">Duties:</div>${ul(j.bullets)}</div>`).join('');
  return page(css, `<h1>${esc(p.name)}</h1><h2>Contact information</h2><div class="job"><div><span class="k">Address:</span> ${esc(p.address)}</div><div><span class="k">Telephone:</span> ${esc(p.phone)}</div><div><span class="k">Email:</span> ${esc(p.email)}</div>${p.web ? `<div><span class="k">Website:</span> ${esc(p.web)}</div>` : ''}</div>
  <h2>Career objective</h2><div class="job">${esc(p.summary)}</div><h2>Skills</h2><div class="job">${ul(skillsOf(p))}</div><h2>Work experience</h2>${jobs}
  <h2>Education</h2>${p.education.map((e) => `<div class="job"><div><span class="k">Program:</span> ${esc(e.degree)}</div><div><span class="k">School:</span> ${esc(e.school)}</div><div>From ${fd(e.start, 'Month YYYY', '')} to ${fd(e.end, 'Month YYYY', '')}</div></div>`).join('')}
  <h2>Languages</h2><div class="job">${ul(p.languages)}</div><h2>References</h2><div class="job">Available upon request.</div>`, langOf(p));
}

/** 一览英才网 résumé print: title line, labelled basic info, company blocks with 职位 | 时间. */
export function yilan(p: Person): string {
  const css = `body{font:10pt ${ZH}} .top{text-align:center;border-bottom:2px solid #c62828;padding-bottom:6px} .top h1{margin:0;font-size:20pt} .top div{color:#666;font-size:9pt}
  h2{font-size:11.5pt;color:#c62828;margin:14px 0 6px;border-bottom:1px dashed #c62828} .kv{display:grid;grid-template-columns:1fr 1fr;gap:3px 20px} .job{margin-bottom:9px;break-inside:avoid}`;
  const jobs = [...p.work].reverse().map((j) => `<div class="job"><b>${esc(j.company)}</b><div>${esc(j.title)} | ${range(j, 'YYYY年M月', ' - ', present(p))}</div>${ul(j.bullets)}</div>`).join('');
  return page(css, `<div class="top"><h1>${esc(fullName(p))}</h1><div>更新时间：2026-10-28　简历编号：YL3916072</div></div>
  <h2>基本信息</h2><div class="kv"><div>性　　别：${esc(p.gender ?? '')}</div><div>出生年月：${p.birth ? fd(p.birth, 'YYYY年M月', '') : ''}</div><div>手机号码：${esc(p.phone)}</div><div>电子邮箱：${esc(p.email)}</div><div style="grid-column:1/3">现居住地：${esc(p.address)}</div><div style="grid-column:1/3">求职意向：${esc(p.target ?? p.title)}</div></div>
  <h2>工作经历</h2>${jobs}<h2>教育经历</h2>${p.education.map((e) => `<div class="job"><b>${esc(e.school)}</b>　${esc(e.degree)}　${fd(e.start, 'YYYY年M月', '')} - ${fd(e.end, 'YYYY年M月', '')}</div>`).join('')}
  <h2>专业技能</h2>${ul(skillsOf(p))}<h2>证书及语言</h2>${[...(p.certs ?? []), ...p.languages].map(esc).join('；')}<h2>自我评价</h2>${esc(p.summary)}`, langOf(p));
}

/** 汇博人才网 résumé print: name line with age / degree / years, 工作经验 with 工作描述. */
export function huibo(p: Person): string {
  const yrs = Math.floor((2026 * 12 + 10 - (Number(p.work[0].start.slice(0, 4)) * 12 + Number(p.work[0].start.slice(5, 7)) - 1)) / 12);
  const css = `body{font:10pt ${ZH}} .hd{background:#f5f8fc;border:1px solid #d6e2f0;padding:10px 14px} .hd h1{margin:0 0 4px;font-size:20pt;color:#1565c0} .hd .m{color:#444}
  h2{font-size:12pt;margin:14px 0 6px;color:#1565c0;border-bottom:1px solid #d6e2f0;padding-bottom:3px} .job{margin:0 0 10px;break-inside:avoid} .job .a{display:flex;justify-content:space-between} .g{color:#777}`;
  const jobs = [...p.work].reverse().map((j) => `<div class="job"><div class="a"><b>${esc(j.company)}</b><span class="g">${range(j, 'YYYY.MM', ' 至 ', '今')}</span></div><div>职位名称：${esc(j.title)}　　工作地点：${esc(j.town ?? '')}</div><div>工作描述：${j.bullets.map(esc).join('')}</div></div>`).join('');
  return page(css, `<div class="hd"><h1>${esc(p.name)}</h1><div class="m">${esc(p.gender ?? '')} | ${p.birth ? ageAt(p.birth) : ''}岁 | 本科 | ${yrs}年工作经验 | 现居 ${esc(p.address.slice(3, 6))}</div><div class="m">手机：${esc(p.phone)}　　邮箱：${esc(p.email)}</div></div>
  <h2>求职意向</h2><div>期望职位：${esc(p.target ?? p.title)}　　到岗时间：一个月内</div><h2>工作经验</h2>${jobs}
  <h2>教育经历</h2>${p.education.map((e) => `<div class="job">${fd(e.start, 'YYYY.MM', '')} 至 ${fd(e.end, 'YYYY.MM', '')}　${esc(e.school)}　${esc(e.degree)}</div>`).join('')}
  <h2>技能专长</h2>${skillsOf(p).map(esc).join(' / ')}<h2>证书</h2>${(p.certs ?? []).map(esc).join('，')}<h2>自我描述</h2>${esc(p.summary)}`, langOf(p));
}

// ---------------------------------------------------------------------------------------------- table
const tcss = (font: string) => `body{font:9.6pt ${font}} table{width:100%;border-collapse:collapse;margin-bottom:8px} td,th{border:1px solid #333;padding:4px 5px;vertical-align:middle} th{background:#eee;font-weight:bold}
 .c{text-align:center} h1{text-align:center;font-size:17pt;margin:0 0 10px;letter-spacing:2px} tr{break-inside:avoid} .sec{background:#e3e3e3;font-weight:bold;text-align:center}`;

/** 国聘 (iguopin) 应聘登记表: a state-employer application form with photo cell, history grids and a signed pledge. */
export function guopin(p: Person): string {
  const edu = p.education.map((e) => `<tr><td class="c">${fd(e.start, 'YYYY.MM', '')}—${fd(e.end, 'YYYY.MM', '')}</td><td>${esc(e.school)}</td><td colspan="2">${esc(e.degree)}</td></tr>`).join('');
  const wk = [...p.work].map((j) => `<tr><td class="c">${fd(j.start, 'YYYY.MM', '')}—${j.end ? fd(j.end, 'YYYY.MM', '') : '至今'}</td><td>${esc(j.company)}</td><td>${esc(j.title)}</td><td>${j.bullets.map(esc).join('')}</td></tr>`).join('');
  return page(tcss(ZH), `<h1>应 聘 人 员 登 记 表</h1><div style="display:flex;justify-content:space-between;margin-bottom:4px"><span>应聘岗位：${esc(p.target ?? p.title)}</span><span>填表日期：2026 年 10 月 20 日</span></div>
  <table><tr><th style="width:13%">姓　名</th><td style="width:20%">${esc(p.name)}</td><th style="width:13%">性　别</th><td style="width:14%">${esc(p.gender ?? '')}</td><th style="width:13%">出生年月</th><td>${p.birth ? fd(p.birth, 'YYYY.MM', '') : ''}</td><td rowspan="4" class="c" style="width:15%;color:#999">照片</td></tr>
  <tr><th>民　族</th><td>${esc(p.nationality ?? '')}</td><th>政治面貌</th><td>群众</td><th>健康状况</th><td>良好</td></tr>
  <tr><th>联系电话</th><td colspan="2">${esc(p.phone)}</td><th>电子邮箱</th><td colspan="2">${esc(p.email)}</td></tr>
  <tr><th>现住址</th><td colspan="5">${esc(p.address)}</td></tr>
  <tr><th>职称/资格</th><td colspan="6">${(p.certs ?? []).map(esc).join('；')}</td></tr></table>
  <table><tr><td colspan="4" class="sec">教育经历（从高中起填）</td></tr><tr><th style="width:22%">起止时间</th><th>毕业院校</th><th colspan="2">专业及学历</th></tr>${edu}</table>
  <table><tr><td colspan="4" class="sec">工作经历</td></tr><tr><th style="width:18%">起止时间</th><th style="width:27%">工作单位</th><th style="width:14%">职务</th><th>主要工作内容</th></tr>${wk}</table>
  <table><tr><th style="width:18%">专业技能</th><td>${skillsOf(p).map(esc).join('；')}</td></tr><tr><th>外语水平</th><td>${p.languages.map(esc).join('；')}</td></tr><tr><th>自我评价</th><td>${esc(p.summary)}</td></tr>
  ${p.referees ? `<tr><th>证明人</th><td>${p.referees.map((r) => `${esc(r.name)}（${esc(r.role)}）电话：${esc(r.phone)}`).join('<br>')}</td></tr>` : ''}
  <tr><td colspan="2" style="padding:10px">本人承诺：以上所填信息真实有效，如有虚假，愿承担一切后果。<br><br><span style="margin-left:55%">本人签名：＿＿＿＿＿＿　　日期：＿＿＿＿</span></td></tr></table>`, 'zh-CN');
}

/** CV Keskus (Estonia) CV print: labelled personal-data table and a period | employer | position | duties grid. */
export function cvkeskus(p: Person): string {
  const wk = [...p.work].reverse().map((j) => `<tr><td class="c">${range(j, 'MM.YYYY', ' – ', 'until now')}</td><td>${esc(j.company)}${j.town ? `<br><small>${esc(j.town)}</small>` : ''}</td><td>${esc(j.title)}</td><td>${j.bullets.map(esc).join(' ')}</td></tr>`).join('');
  return page(tcss(SANS) + ' h2{font-size:11pt;margin:10px 0 4px;color:#0b5394} th{text-align:left;width:24%}', `<h1 style="text-align:left;letter-spacing:0">CV — ${esc(p.name)}</h1>
  <h2>Personal data</h2><table><tr><th>Name</th><td>${esc(p.name)}</td></tr><tr><th>Date of birth</th><td>${p.birth ? fd(p.birth, 'MM.YYYY', '') : ''}</td></tr><tr><th>Phone</th><td>${esc(p.phone)}</td></tr><tr><th>E-mail</th><td>${esc(p.email)}</td></tr><tr><th>Address</th><td>${esc(p.address)}</td></tr><tr><th>Desired position</th><td>${esc(p.title)}</td></tr></table>
  <h2>Work experience</h2><table><tr><th style="width:18%">Period</th><th style="width:24%">Company</th><th style="width:20%">Position</th><th>Duties and achievements</th></tr>${wk}</table>
  <h2>Education</h2><table><tr><th style="width:18%">Period</th><th>Institution</th><th>Speciality / degree</th></tr>${p.education.map((e) => `<tr><td class="c">${fd(e.start, 'MM.YYYY', '')} – ${fd(e.end, 'MM.YYYY', '')}</td><td>${esc(e.school)}</td><td>${esc(e.degree)}</td></tr>`).join('')}</table>
  <h2>Skills</h2><table><tr><th>Computer skills</th><td>${skillsOf(p).map(esc).join(', ')}</td></tr><tr><th>Language skills</th><td>${p.languages.map(esc).join(', ')}</td></tr><tr><th>Additional courses</th><td>${(p.certs ?? []).map(esc).join('; ')}</td></tr><tr><th>Additional info</th><td>${esc(p.summary)}</td></tr></table>`, 'en');
}

/** 高校人才网 应聘简历表: university job-board application table (bilingual when the person is). */
export function gaoxiao(p: Person): string {
  const wk = [...p.work].reverse().map((j) => `<tr><td class="c">${range(j, 'YYYY.MM', '–', present(p))}</td><td>${esc(j.company)}</td><td>${esc(j.title)}</td><td>${esc(j.town ?? '')}</td></tr>`).join('');
  return page(tcss(ZH), `<h1>${L(p, 'Application Form', '应聘简历表')}</h1>
  <table><tr><th style="width:15%">${L(p, 'Name', '姓名')}</th><td style="width:30%">${esc(fullName(p))}</td><th style="width:15%">${L(p, 'Date of birth', '出生年月')}</th><td>${p.birth ? fd(p.birth, 'YYYY.MM', '') : ''}</td><td rowspan="3" class="c" style="width:14%;color:#999">${L(p, 'Photo', '照片')}</td></tr>
  <tr><th>${L(p, 'Mobile', '手机')}</th><td>${esc(p.phone)}</td><th>${L(p, 'E-mail', '邮箱')}</th><td>${esc(p.email)}</td></tr>
  <tr><th>${L(p, 'Address', '通讯地址')}</th><td colspan="3">${esc(p.address)}</td></tr>
  <tr><th>${L(p, 'Applying for', '应聘岗位')}</th><td colspan="4">${esc(p.target ?? p.title)}</td></tr></table>
  <table><tr><td colspan="4" class="sec">${L(p, 'Education', '学习经历')}</td></tr><tr><th style="width:20%">${L(p, 'Period', '起止年月')}</th><th>${L(p, 'Institution', '学校')}</th><th colspan="2">${L(p, 'Degree / major', '学历及专业')}</th></tr>
  ${p.education.map((e) => `<tr><td class="c">${fd(e.start, 'YYYY.MM', '')}–${fd(e.end, 'YYYY.MM', '')}</td><td>${esc(e.school)}</td><td colspan="2">${esc(e.degree)}</td></tr>`).join('')}</table>
  <table><tr><td colspan="4" class="sec">${L(p, 'Employment', '工作经历')}</td></tr><tr><th style="width:20%">${L(p, 'Period', '起止年月')}</th><th style="width:32%">${L(p, 'Employer', '工作单位')}</th><th>${L(p, 'Position', '职务')}</th><th style="width:14%">${L(p, 'Place', '地点')}</th></tr>${wk}</table>
  <table><tr><th style="width:20%">${L(p, 'Skills', '专业技能')}</th><td>${skillsOf(p).map(esc).join('；')}</td></tr><tr><th>${L(p, 'Languages', '语言能力')}</th><td>${p.languages.map(esc).join('；')}</td></tr><tr><th>${L(p, 'Certificates', '证书')}</th><td>${(p.certs ?? []).map(esc).join('；')}</td></tr>
  <tr><th>${L(p, 'Highlights', '主要业绩')}</th><td>${p.work.flatMap((j) => j.bullets).slice(-4).map(esc).join('<br>')}</td></tr><tr><th>${L(p, 'Self-assessment', '自我评价')}</th><td>${esc(p.summary)}</td></tr></table>`, 'zh-CN');
}
