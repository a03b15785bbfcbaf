/** Chromium (HTML/CSS) templates of heldout-40. Each returns a whole HTML page. */
import type { Person } from './people.ts';
import { d, durEn, durZh, esc, icon, range, rev, silhouette, skillsOf } from './util.ts';

const page = (css: string, body: string, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>*{box-sizing:border-box}body{margin:0;font-family:'Liberation Sans','WenQuanYi Zen Hei',sans-serif;font-size:9.6pt;color:#222;line-height:1.35}h1,h2,h3,p,ul{margin:0}ul{padding-left:14px}${css}</style></head><body>${body}</body></html>`;
const li = (a: string[]) => a.map((x) => `<li>${esc(x)}</li>`).join('');

/** LaTeX "Awesome Source CV" look: dark left aside (photo, stacked name, icon contact, tags), main column with a dotted timeline. CSS grid. */
export function awesomesource(p: Person): string {
  const mixed = p.lang === 'mixed';
  const css = `.g{display:grid;grid-template-columns:64mm 1fr;min-height:264mm}
  .a{background:#2f3237;color:#e9e9e9;padding:8mm 6mm}.ph{width:30mm;height:30mm;border-radius:50%;overflow:hidden;margin:0 auto 5mm;border:2px solid #8fb339}
  .gn{font-size:17pt;font-weight:300;letter-spacing:2px}.fn{font-size:19pt;font-weight:700;letter-spacing:3px;text-transform:uppercase;color:#fff}
  .zh{font-size:13pt;margin-top:2px;color:#8fb339}.hl{font-size:9pt;margin:3mm 0 5mm;color:#bbb}
  .a h3{font-size:9.5pt;color:#8fb339;text-transform:uppercase;letter-spacing:1.5px;margin:5mm 0 2mm;border-bottom:1px solid #555;padding-bottom:1mm}
  .c{display:flex;gap:5px;align-items:center;margin:1.4mm 0;font-size:8pt;white-space:nowrap}.c2{margin:1.4mm 0;font-size:8.4pt}.tag{display:inline-block;border:1px solid #8fb339;border-radius:3px;padding:1px 5px;margin:0 3px 4px 0;font-size:8.4pt}
  .m{padding:7mm 0 0 7mm}.m h2{font-size:14pt;color:#2f3237;margin:0 0 4mm}.m h2 span{color:#8fb339}
  .row{display:grid;grid-template-columns:27mm 1fr}.dt{font-size:8.4pt;color:#666;text-align:right;padding:0 4mm 0 0}
  .ev{border-left:2px solid #c7d6a0;padding:0 0 5mm 5mm;position:relative}.ev:before{content:'';position:absolute;left:-6px;top:2px;width:8px;height:8px;border-radius:50%;background:#fff;border:2px solid #8fb339}
  .ev b{font-size:10.2pt}.ev i{color:#555}.ev ul{margin-top:1mm}.sum{font-style:italic;color:#444;margin-bottom:5mm}`;
  const dstyle = p.lang === 'en' ? 'Mon YYYY' : 'MM/YYYY';
  const jobs = rev(p.work).map((j) => `<div class="row"><div class="dt">${range(j, dstyle as never, ' – ', 'now')}</div><div class="ev"><b>${esc(j.title)}</b><br><i>${esc(j.company)}, ${esc(j.town)}</i><ul>${li(j.bullets)}</ul></div></div>`).join('');
  const edu = p.edu.map((e) => `<div class="row"><div class="dt">${d(e.start, 'YYYY-MM').slice(0, 4)} – ${e.end.slice(0, 4)}</div><div class="ev"><b>${esc(e.degree)}</b><br><i>${esc(e.school)}</i></div></div>`).join('');
  const body = `<div class="g"><div class="a"><div class="ph">${silhouette('#7d8590', '#4a4f57')}</div>
  <div class="gn">${esc(p.given)}</div><div class="fn">${esc(p.family)}</div>${mixed ? `<div class="zh">${esc(p.name)} · ${esc(p.alt!.split(' ')[0])}</div>` : ''}<div class="hl">${esc(p.headline)}</div>
  <h3>Contact</h3><div class="c">${icon.phone('#8fb339')}${esc(p.phoneLocal)}</div><div class="c">${icon.mail('#8fb339')}${esc(p.email)}</div><div class="c">${icon.pin('#8fb339')}${esc(p.town)}</div>
  <h3>Skills</h3>${skillsOf(p).map((s) => `<span class="tag">${esc(s)}</span>`).join('')}
  <h3>Languages</h3>${p.languages.map((l) => `<div class="c2">${esc(l)}</div>`).join('')}
  <h3>Certification</h3>${p.certs.map((l) => `<div class="c2">${esc(l)}</div>`).join('')}</div>
  <div class="m"><p class="sum">${esc(p.summary)}</p><h2><span>Exp</span>erience</h2>${jobs}<h2 style="margin-top:3mm"><span>Edu</span>cation</h2>${edu}</div></div>`;
  return page(css, body);
}

/** Wantedly profile printed from the browser: left profile card, right "Experience" timeline with logo squares. Flexbox. */
export function wantedly(p: Person): string {
  const css = `.top{height:22mm;background:linear-gradient(90deg,#21bddb,#1b7bd3);border-radius:6px}.wrap{display:flex;gap:6mm;margin-top:-10mm}
  .card{width:58mm;flex:none;background:#fff;border:1px solid #e3e6ea;border-radius:8px;padding:5mm}.av{width:22mm;height:22mm;border-radius:50%;background:#1b7bd3;color:#fff;font-size:20pt;display:flex;align-items:center;justify-content:center;border:3px solid #fff}
  .nm{font-size:15pt;font-weight:bold;margin-top:3mm}.en{color:#555;font-size:10pt}.hl{margin:2mm 0 4mm;color:#333}.lbl{font-size:8pt;color:#8a9199;text-transform:uppercase;margin:4mm 0 1mm;letter-spacing:.5px}
  .main{flex:1;padding-top:12mm}.main h2{font-size:12pt;margin:0 0 3mm;border-bottom:2px solid #21bddb;display:inline-block;padding-bottom:1mm}
  .job{display:flex;gap:4mm;position:relative;padding-bottom:5mm}.logo{width:11mm;height:11mm;border-radius:4px;background:#eef3f8;color:#1b7bd3;font-weight:bold;display:flex;align-items:center;justify-content:center;flex:none;z-index:1}
  .job:not(:last-child):before{content:'';position:absolute;left:5.5mm;top:11mm;bottom:0;border-left:2px solid #d9e4ee}.co{font-weight:bold}.pd{color:#8a9199;font-size:8.6pt}
  .sk{display:flex;justify-content:space-between;border-bottom:1px dotted #ccd;padding:1mm 0}.sk span:last-child{color:#21bddb;font-weight:bold}`;
  const jobs = rev(p.work).map((j) => `<div class="job"><div class="logo">${esc(j.company[0])}</div><div><div class="co">${esc(j.company)}</div><div>${esc(j.title)}</div><div class="pd">${range(j, 'Month YYYY', ' - ', 'Present')} · ${esc(j.town)}</div><ul>${li(j.bullets)}</ul></div></div>`).join('');
  const endorse = [14, 11, 9, 9, 7, 5, 4, 3, 2];
  const body = `<div class="top"></div><div class="wrap"><div class="card"><div class="av">${esc(p.initials[0])}</div><div class="nm">${esc(p.name)}</div><div class="en">${esc(p.alt!)}</div><div class="hl">${esc(p.headline)}</div>
  <div class="lbl">Location</div>${esc(p.town)}<div class="lbl">Contact info</div>${esc(p.email)}<br>${esc(p.phoneLocal)} (mobile)${p.other ? `<br>${esc(p.other.number)} (${esc(p.other.label.toLowerCase())})` : ''}
  <div class="lbl">Languages</div>${p.languages.map(esc).join('<br>')}<div class="lbl">Education</div>${p.edu.map((e) => `${esc(e.school)}<br><span class="pd">${esc(e.degree)}, ${e.end.slice(0, 4)}</span>`).join('<br>')}</div>
  <div class="main"><h2>About</h2><p style="margin-bottom:4mm">${esc(p.summary)}</p><h2>Experience</h2>${jobs}<h2>Skills &amp; Endorsements</h2>${skillsOf(p).map((s, i) => `<div class="sk"><span>${esc(s)}</span><span>+${endorse[i] ?? 1}</span></div>`).join('')}
  <h2 style="margin-top:4mm">Certifications</h2><p>${p.certs.map(esc).join('<br>')}</p></div></div>`;
  return page(css, body);
}

/** A one-page personal site (Carrd-like) printed from the browser: huge letter-spaced name, body in two newspaper columns (column-count), URL footer. */
export function carrd(p: Person): string {
  const css = `.hd{text-align:center;padding:6mm 0 4mm;border-bottom:1px solid #ddd}.hd h1{font-size:30pt;letter-spacing:7px;text-transform:uppercase;font-weight:300}
  .nav{margin-top:2mm;color:#777;letter-spacing:2px;font-size:8.5pt}.cols{column-count:2;column-gap:9mm;column-rule:1px solid #e4e4e4;margin-top:5mm}
  h2{font-size:10pt;letter-spacing:3px;text-transform:uppercase;color:#b4572e;margin:0 0 2mm;break-after:avoid}section{margin-bottom:5mm}
  .j{break-inside:avoid;margin-bottom:3mm}.j .t{font-weight:bold}.j .w{color:#555;font-size:8.8pt}.ft{margin-top:6mm;border-top:1px solid #ddd;padding-top:2mm;color:#888;font-size:8pt;display:flex;justify-content:space-between}`;
  const slug = p.email.split('@')[0].replace(/\./g, '-');
  const jobs = rev(p.work).map((j) => `<div class="j"><div class="t">${esc(j.title)} · ${esc(j.company)}</div><div class="w">${range(j, 'Mon YYYY', ' → ', 'today')} · ${esc(j.town)}</div><ul>${li(j.bullets)}</ul></div>`).join('');
  const body = `<div class="hd"><h1>${esc(p.name)}</h1><div class="nav">${esc(p.headline.toUpperCase())} &nbsp;·&nbsp; ABOUT &nbsp;·&nbsp; WORK &nbsp;·&nbsp; CONTACT</div></div>
  <div class="cols"><section><h2>About</h2><p>${esc(p.summary)}</p></section><section><h2>Work</h2>${jobs}</section>
  <section><h2>Education</h2>${p.edu.map((e) => `<div class="j"><div class="t">${esc(e.degree)}</div><div class="w">${esc(e.school)}, ${e.start.slice(0, 4)}–${e.end.slice(0, 4)}</div></div>`).join('')}</section>
  <section><h2>Skills</h2><p>${skillsOf(p).map(esc).join(' / ')}</p></section><section><h2>Languages</h2><p>${p.languages.map(esc).join('<br>')}</p></section>
  <section><h2>Contact</h2><p>${esc(p.email)}<br>${esc(p.phoneLocal)}<br>${esc(p.town)}</p></section></div>
  <div class="ft"><span>https://${slug}.carrd.co/#work</span><span>1/1</span></div>`;
  return page(css, body);
}

/** Figma community résumé exported to PDF: every block absolutely positioned; job-title line above the name; tinted right panel ~44 %. */
export function figma(p: Person): string {
  const css = `.pg{position:relative;height:262mm}.panel{position:absolute;right:0;top:0;width:44%;height:100%;background:#efe9df}
  .kick{position:absolute;left:0;top:0;font-size:9pt;letter-spacing:4px;color:#9a6b3f;font-weight:bold}.nm{position:absolute;left:0;top:7mm;width:54%;font-size:27pt;line-height:1.05;font-family:'Liberation Serif',serif}
  .left{position:absolute;left:0;top:42mm;width:53%}.right{position:absolute;right:6mm;top:8mm;width:calc(44% - 12mm)}
  h2{font-size:8.6pt;letter-spacing:3px;color:#9a6b3f;margin:0 0 2.5mm;text-transform:uppercase}.blk{margin-bottom:5.5mm}.j{margin-bottom:3.5mm}.j b{display:block}.j .dt{float:right;color:#777;font-size:8.5pt}
  .co{color:#555;font-style:italic}.right p{margin-bottom:1.5mm}.pill{display:block;border-bottom:1px solid #d8cfc1;padding:1mm 0}`;
  const jobs = rev(p.work).map((j) => `<div class="j"><span class="dt">${range(j, 'MM/YYYY', '–', 'present')}</span><b>${esc(j.title)}</b><span class="co">${esc(j.company)}, ${esc(j.town)}</span><ul>${li(j.bullets)}</ul></div>`).join('');
  const brk = p.breakNote ? `<div class="j"><span class="dt">${d(p.breakNote.start, 'MM/YYYY')}–${d(p.breakNote.end, 'MM/YYYY')}</span><b>${esc(p.breakNote.text)}</b></div>` : '';
  const body = `<div class="pg"><div class="panel"></div><div class="kick">${esc(p.headline.toUpperCase())}</div><div class="nm">${esc(p.given)}<br>${esc(p.family)}</div>
  <div class="left"><div class="blk"><h2>Profile</h2><p>${esc(p.summary)}</p></div><div class="blk"><h2>Experience</h2>${jobs}${brk}</div>
  <div class="blk"><h2>Education</h2>${p.edu.map((e) => `<div class="j"><span class="dt">${e.start.slice(0, 4)}–${e.end.slice(0, 4)}</span><b>${esc(e.degree)}</b><span class="co">${esc(e.school)}</span></div>`).join('')}</div></div>
  <div class="right"><div class="blk"><h2>Contact</h2><p>${esc(p.phoneLocal)}</p><p>${esc(p.email)}</p><p>${esc(p.address)}</p>${p.other ? `<p>${esc(p.other.label)}: ${esc(p.other.number)}</p>` : ''}</div>
  <div class="blk"><h2>Expertise</h2>${skillsOf(p).map((s) => `<span class="pill">${esc(s)}</span>`).join('')}</div><div class="blk"><h2>Languages</h2>${p.languages.map((l) => `<p>${esc(l)}</p>`).join('')}</div>
  <div class="blk"><h2>Credentials</h2>${p.certs.map((l) => `<p>${esc(l)}</p>`).join('')}</div></div></div>`;
  return page(css, body);
}

/** Chinese online-builder template (职业蛙-like): header band with white letter-spaced name, floated right info column, dates floated right. */
export function zhiyewa(p: Person): string {
  const css = `.band{background:#1f5f6b;color:#fff;padding:6mm 7mm;overflow:hidden}.band h1{font-size:24pt;letter-spacing:10px;font-weight:bold;float:left}.band .it{float:right;text-align:right;font-size:9.5pt;line-height:1.6}
  .side{float:right;width:33%;background:#f1f6f7;padding:4mm 4mm 2mm;margin-top:5mm}.main{margin-right:36%;padding-top:5mm}
  h2{font-size:11pt;color:#1f5f6b;border-bottom:2px solid #1f5f6b;padding-bottom:1mm;margin:0 0 2.5mm}.side h2{font-size:10pt}.sec{margin-bottom:5mm}
  .jh{overflow:hidden;font-weight:bold}.jh span{float:right;font-weight:normal;color:#555}.jt{color:#1f5f6b;margin:.5mm 0}.side p{margin-bottom:1.2mm}`;
  const jobs = rev(p.work).map((j) => `<div class="sec"><div class="jh">${esc(j.company)}<span>${range(j, 'YYYY.MM', ' - ', '至今')}</span></div><div class="jt">${esc(j.title)}</div><ul>${li(j.bullets)}</ul></div>`).join('');
  const body = `<div class="band"><h1>${esc(p.name)}</h1><div class="it">求职意向：${esc(p.headline)}<br>期望城市：${esc(p.town)}</div></div>
  <div class="side"><h2>基本信息</h2><p>出生年月：${esc(p.born ?? '')}</p><p>电话：${esc(p.phoneLocal)}</p><p>邮箱：${esc(p.email)}</p><p>现居：${esc(p.town)}</p>
  <h2 style="margin-top:4mm">技能特长</h2>${skillsOf(p).map((s) => `<p>▪ ${esc(s)}</p>`).join('')}<h2 style="margin-top:4mm">证书</h2>${p.certs.map((s) => `<p>${esc(s)}</p>`).join('')}
  <h2 style="margin-top:4mm">语言</h2>${p.languages.map((s) => `<p>${esc(s)}</p>`).join('')}</div>
  <div class="main"><div class="sec"><h2>自我评价</h2><p>${esc(p.summary)}</p></div><h2>工作经历</h2>${jobs}<h2>教育背景</h2>${p.edu.map((e) => `<div class="sec"><div class="jh">${esc(e.school)}<span>${d(e.start, 'YYYY.MM')} - ${d(e.end, 'YYYY.MM')}</span></div><div class="jt">${esc(e.degree)}</div></div>`).join('')}</div>`;
  return page(css, body, 'zh');
}

/** Chinese design-platform (可画-like) template: CSS grid, monogram disc beside the name, left column with contact/skills, each job with its own date cell. */
export function kehua(p: Person): string {
  const css = `.top{display:flex;align-items:center;gap:5mm;padding-bottom:4mm;border-bottom:3px solid #c0392b}.mono{width:20mm;height:20mm;border-radius:50%;background:#c0392b;color:#fff;font-size:24pt;display:flex;align-items:center;justify-content:center}
  .top h1{font-size:22pt}.top .hl{color:#c0392b;font-size:11pt}.g{display:grid;grid-template-columns:52mm 1fr;gap:7mm;margin-top:5mm}
  .l{border-right:1px solid #eee;padding-right:4mm}h2{font-size:11pt;color:#c0392b;margin:0 0 2mm}.l p{margin-bottom:1.3mm}.sec{margin-bottom:5mm}
  .j{display:grid;grid-template-columns:22mm 1fr;gap:3mm;margin-bottom:4mm}.dt{color:#c0392b;font-size:9pt;line-height:1.5}.j b{font-size:10.5pt}`;
  const jobs = rev(p.work).map((j) => `<div class="j"><div class="dt">${d(j.start, 'YYYY.MM')}<br>${j.end ? d(j.end, 'YYYY.MM') : '至今'}</div><div><b>${esc(j.company)}</b> ｜ ${esc(j.title)}<ul>${li(j.bullets)}</ul></div></div>`).join('');
  const body = `<div class="top"><div class="mono">${esc(p.family)}</div><div><h1>${esc(p.name)}</h1><div class="hl">${esc(p.headline)} · ${esc(p.town)}</div></div></div>
  <div class="g"><div class="l"><div class="sec"><h2>联系方式</h2><p>手机：${esc(p.phoneLocal)}</p><p>邮箱：${esc(p.email)}</p><p>出生：${esc(p.born ?? '')}</p></div>
  <div class="sec"><h2>专业技能</h2>${skillsOf(p).map((s) => `<p>● ${esc(s)}</p>`).join('')}</div><div class="sec"><h2>资格证书</h2>${p.certs.map((s) => `<p>${esc(s)}</p>`).join('')}</div>
  <div class="sec"><h2>语言能力</h2>${p.languages.map((s) => `<p>${esc(s)}</p>`).join('')}</div></div>
  <div><div class="sec"><h2>个人简介</h2><p>${esc(p.summary)}</p></div><div class="sec"><h2>工作经历</h2>${jobs}</div>
  <div class="sec"><h2>教育经历</h2>${p.edu.map((e) => `<div class="j"><div class="dt">${d(e.start, 'YYYY.MM')}<br>${d(e.end, 'YYYY.MM')}</div><div><b>${esc(e.school)}</b> ｜ ${esc(e.degree)}</div></div>`).join('')}</div></div></div>`;
  return page(css, body, 'zh');
}

/** Welcome to the Jungle-style profile print (English UI): left card (looking for, contact, skills), right experience cards with durations. Flexbox. */
export function wttj(p: Person): string {
  const css = `.bar{display:flex;justify-content:space-between;font-size:8pt;color:#888;border-bottom:1px solid #eee;padding-bottom:2mm;margin-bottom:5mm}
  .w{display:flex;gap:6mm}.card{width:38%;background:#fffbe8;border:1px solid #f0e3a8;border-radius:6px;padding:5mm}.card h1{font-size:17pt;line-height:1.15}.hl{margin:1.5mm 0 3mm;font-weight:bold;color:#4b4b4b}
  .lf{background:#ffcd00;border-radius:4px;padding:2mm 3mm;margin-bottom:4mm;font-size:9pt}.card h3{font-size:8.5pt;text-transform:uppercase;color:#777;margin:4mm 0 1.5mm}
  .chip{display:inline-block;background:#fff;border:1px solid #ddd;border-radius:12px;padding:.5mm 2.5mm;margin:0 1.5mm 1.5mm 0;font-size:8.6pt}
  .r{flex:1}.r h2{font-size:12pt;margin:0 0 3mm}.x{border:1px solid #eee;border-radius:6px;padding:3mm 4mm;margin-bottom:3mm}.x .t{font-weight:bold}.x .m{color:#777;font-size:8.6pt;margin:.5mm 0 1mm}`;
  const jobs = rev(p.work).map((j) => `<div class="x"><div class="t">${esc(j.title)}</div><div>${esc(j.company)}</div><div class="m">${range(j, 'Mon YYYY', ' - ', 'Present')} · ${durEn(j)} · ${esc(j.town)}</div><ul>${li(j.bullets)}</ul></div>`).join('');
  const body = `<div class="bar"><span>Profile · ${esc(p.name)}</span><span>Printed 28/11/2026</span></div><div class="w"><div class="card"><div class="lf"><b>Looking for</b><br>${esc(p.headline)} roles · ${esc(p.town)} or remote</div>
  <h1>${esc(p.name)}</h1><div class="hl">${esc(p.headline)}</div><h3>Contact</h3>${esc(p.email)}<br>${esc(p.phoneLocal)}<br>${esc(p.town)}
  <h3>Skills</h3>${skillsOf(p).map((s) => `<span class="chip">${esc(s)}</span>`).join('')}<h3>Languages</h3>${p.languages.map(esc).join('<br>')}<h3>Education</h3>${p.edu.map((e) => `${esc(e.degree)}<br><span style="color:#777">${esc(e.school)} · ${e.end.slice(0, 4)}</span>`).join('<br>')}</div>
  <div class="r"><h2>About me</h2><p style="margin-bottom:4mm">${esc(p.summary)}</p><h2>Experiences</h2>${jobs}<h2>Certificates</h2><p>${p.certs.map(esc).join('<br>')}</p></div></div>`;
  return page(css, body);
}

/** InfoJobs (Spain) CV print in the English interface: personal details, experience blocks with category/level/staff fields and "(N years M months)". */
export function infojobs(p: Person): string {
  const css = `body{font-size:9pt}.hd{background:#167db7;color:#fff;padding:4mm 6mm}.hd h1{font-size:19pt}.hd div{font-size:10pt;opacity:.9}h2{font-size:11pt;color:#167db7;border-bottom:1px solid #167db7;margin:3.5mm 0 2mm;padding-bottom:.8mm}
  table.kv td{padding:.6mm 3mm .6mm 0;vertical-align:top}table.kv td:first-child{color:#666;width:40mm}.e{margin-bottom:2.5mm;padding-left:3mm;border-left:3px solid #e6eef5}.e .t{font-weight:bold;font-size:10.5pt}.e .dt{color:#555}.meta{color:#666;font-size:8.6pt}`;
  const dur = (j: Person['work'][number]) => { const s = durEn(j).replace('yrs', 'years').replace('yr', 'year').replace('mos', 'months').replace('mo', 'month'); return s; };
  const jobs = rev(p.work).map((j, i) => `<div class="e"><div class="t">${esc(j.title)}</div><div>${esc(j.company)}</div><div class="dt">From ${d(j.start, 'Month YYYY')} to ${j.end ? d(j.end, 'Month YYYY') : 'present'} (${dur(j)})</div><div class="meta">Category: Engineering / Analysis · Level: ${['Specialist', 'Middle management', 'Technician', 'Technician'][i] ?? 'Technician'} · Staff in charge: ${[4, 2, 0, 0][i] ?? 0} · Location: ${esc(j.town)}</div><p>${j.bullets.map(esc).join(' ')}</p></div>`).join('');
  const body = `<div class="hd"><h1>${esc(p.name)}</h1><div>${esc(p.headline)} · ${esc(p.town)}</div></div>
  <h2>Personal details</h2><table class="kv"><tr><td>E-mail</td><td>${esc(p.email)}</td></tr><tr><td>Mobile phone</td><td>${esc(p.phoneLocal)}${p.phone.startsWith('+34') ? '' : ` (${p.phone.slice(0, 4)})`}</td></tr>${p.other ? `<tr><td>Other phone</td><td>${esc(p.other.number)}</td></tr>` : ''}<tr><td>Address</td><td>${esc(p.address)}</td></tr>${p.born ? `<tr><td>Date of birth</td><td>${esc(p.born)}</td></tr>` : ''}<tr><td>Driving licence</td><td>B</td></tr></table>
  <h2>Experience</h2>${jobs}<h2>Education</h2>${p.edu.map((e) => `<div class="e"><div class="t">${esc(e.degree)}</div><div>${esc(e.school)}</div><div class="dt">From ${d(e.start, 'Month YYYY')} to ${d(e.end, 'Month YYYY')}</div></div>`).join('')}
  <h2>Knowledge and skills</h2><p>${skillsOf(p).map(esc).join(' · ')}</p><h2>Languages</h2><p>${p.languages.map(esc).join(' · ')}</p><h2>Certifications</h2><p>${p.certs.map(esc).join(' · ')}</p>`;
  return page(css, body);
}

/** BOSS直聘 在线简历 downloaded as PDF: name + 求职状态 tag, facts line, 个人优势, 期望职位, company left / dates right, 内容： lines. */
export function bosspdf(p: Person): string {
  const yrs = Math.floor(p.work.reduce((n, j) => n + (Number((j.end ?? '2026-12').slice(0, 4)) - Number(j.start.slice(0, 4))), 0));
  const css = `.hd{display:flex;justify-content:space-between;align-items:flex-start;border-bottom:1px solid #e5e5e5;padding-bottom:4mm}.hd h1{font-size:20pt;display:inline}.st{display:inline-block;margin-left:3mm;background:#e6f7f5;color:#00a6a7;font-size:8.5pt;padding:.5mm 2mm;border-radius:3px;vertical-align:middle}
  .facts{color:#666;margin-top:2mm}.ct{text-align:right;color:#444;line-height:1.6}.av{width:18mm;height:18mm;border-radius:50%;overflow:hidden;margin-left:5mm}
  h2{font-size:11.5pt;margin:5mm 0 2.5mm;padding-left:2.5mm;border-left:3px solid #00a6a7}.j{margin-bottom:4mm}.jh{display:flex;justify-content:space-between}.jh b{font-size:10.5pt}.jh span{color:#888}.tg{display:inline-block;background:#f5f6f7;border-radius:3px;padding:.5mm 2mm;margin:0 2mm 1.5mm 0}`;
  const jobs = rev(p.work).map((j) => `<div class="j"><div class="jh"><b>${esc(j.company)}</b><span>${range(j, 'YYYY.MM', '-', '至今')}</span></div><div style="color:#555">${esc(j.title)}</div><div>内容：${j.bullets.map(esc).join('')}</div></div>`).join('');
  const body = `<div class="hd"><div><h1>${esc(p.name)}</h1><span class="st">在职-考虑机会</span><div class="facts">${yrs}年工作经验 ｜ ${p.edu.some((e) => e.degree.includes('硕士')) ? '硕士' : '本科'} ｜ ${esc(p.born ?? '')}生</div></div><div style="display:flex"><div class="ct">${esc(p.phoneLocal)}<br>${esc(p.email)}</div><div class="av">${silhouette()}</div></div></div>
  <h2>个人优势</h2><p>${esc(p.summary)}</p><h2>期望职位</h2><p>${esc(p.headline)} ｜ ${esc(p.town)} ｜ 薪资面议</p><h2>工作经历</h2>${jobs}
  <h2>教育经历</h2>${p.edu.map((e) => `<div class="j"><div class="jh"><b>${esc(e.school)}</b><span>${e.start.slice(0, 4)}-${e.end.slice(0, 4)}</span></div><div>${esc(e.degree)}</div></div>`).join('')}
  <h2>专业技能</h2><div>${skillsOf(p).map((s) => `<span class="tg">${esc(s)}</span>`).join('')}</div><h2>资格证书</h2><p>${p.certs.map(esc).join('、')}</p>`;
  return page(css, body, 'zh');
}

/** HackMD (popular with Taiwanese developers) note rendered and printed: markdown headings, badge line, blockquote contact, dates in code spans. */
export function hackmd(p: Person): string {
  const css = `.url{font-size:7.5pt;color:#999;display:flex;justify-content:space-between;margin-bottom:4mm}h1{font-size:21pt;border-bottom:1px solid #ddd;padding-bottom:2mm}h2{font-size:14pt;border-bottom:1px solid #eee;margin:5mm 0 2mm;padding-bottom:1mm}h3{font-size:11pt;margin:3mm 0 1mm}
  blockquote{border-left:4px solid #ddd;color:#666;margin:3mm 0;padding:0 4mm}code{background:#f3f3f3;border-radius:3px;padding:0 1.2mm;font-family:'DejaVu Sans Mono',monospace;font-size:8.6pt}.bd span{display:inline-block;white-space:nowrap;font-size:7.8pt;color:#fff;background:#555;border-radius:2px;margin-right:1mm;padding:0 1.5mm}.bd span b{background:#0b7fc1;padding:0 1.2mm;margin-right:-1.5mm}`;
  const jobs = rev(p.work).map((j) => `<h3>${esc(j.title)} @ ${esc(j.company)}</h3><p><code>${range(j, 'YYYY/MM', ' ~ ', '現在')}</code> ${esc(j.town)}</p><ul>${li(j.bullets)}</ul>`).join('');
  const body = `<div class="url"><span>${esc(p.name)} 履歷 Resume - HackMD</span><span>https://hackmd.io/@chengen/resume</span></div><h1>${esc(p.name)} ${esc(p.alt!)}</h1>
  <p class="bd"><span>role <b>${esc(p.headline)}</b></span> <span>location <b>${esc(p.town)}</b></span></p><blockquote>✉ ${esc(p.email)}<br>☎ ${esc(p.phoneLocal)}<br>⌂ ${esc(p.address)}</blockquote>
  <h2>About 關於我</h2><p>${esc(p.summary)}</p><h2>Experience 工作經歷</h2>${jobs}<h2>Skills 技能</h2><ul>${li(skillsOf(p))}</ul>
  <h2>Education 學歷</h2>${p.edu.map((e) => `<p><b>${esc(e.school)}</b><br>${esc(e.degree)} <code>${d(e.start, 'YYYY/MM')} ~ ${d(e.end, 'YYYY/MM')}</code></p>`).join('')}<h2>Languages 語言</h2><ul>${li(p.languages)}</ul><h2>Certifications 證照</h2><ul>${li(p.certs)}</ul>`;
  return page(css, body, 'zh-TW');
}

/** Irish public-appointments online application, printed: bordered personal-details and employment-record tables (MM/YY columns). */
export function publicjobs(p: Person): string {
  const css = `.hd{display:flex;justify-content:space-between;border-bottom:3px solid #00704a;padding-bottom:2mm}.hd b{color:#00704a;font-size:13pt}h2{background:#00704a;color:#fff;font-size:10pt;padding:1.2mm 2mm;margin:4mm 0 0}
  table{border-collapse:collapse;width:100%}td,th{border:1px solid #9bb;padding:1.3mm 2mm;vertical-align:top;text-align:left}th{background:#e8f1ec;font-size:8.8pt}td.l{background:#f6f9f7;width:34mm;font-size:8.8pt;color:#444}`;
  const rows = rev(p.work).map((j) => `<tr><td>${d(j.start, 'MM/YY')}</td><td>${j.end ? d(j.end, 'MM/YY') : 'to date'}</td><td>${esc(j.company)}<br><span style="color:#666">${esc(j.town)}</span></td><td>${esc(j.title)}</td><td>${j.bullets.map(esc).join(' ')}</td></tr>`).join('');
  const brk = p.breakNote ? `<tr><td>${d(p.breakNote.start, 'MM/YY')}</td><td>${d(p.breakNote.end, 'MM/YY')}</td><td colspan="3"><i>Gap in employment: ${esc(p.breakNote.text)}</i></td></tr>` : '';
  const body = `<div class="hd"><b>Application Form — Competition Ref. 26-0417</b><span>Applicant: ${esc(p.name)} · Candidate ID 7731820</span></div>
  <h2>Section 1 — Personal details</h2><table><tr><td class="l">Surname</td><td>${esc(p.family)}</td><td class="l">First name(s)</td><td>${esc(p.given)}</td></tr>
  <tr><td class="l">Mobile number</td><td>${esc(p.phoneLocal)}</td><td class="l">Alternative number</td><td>${p.other ? esc(p.other.number) : '—'}</td></tr><tr><td class="l">E-mail</td><td colspan="3">${esc(p.email)}</td></tr><tr><td class="l">Correspondence address</td><td colspan="3">${esc(p.address)}</td></tr></table>
  <h2>Section 2 — Employment record (most recent first)</h2><table><tr><th style="width:14mm">From (MM/YY)</th><th style="width:14mm">To (MM/YY)</th><th>Employer</th><th>Position held</th><th>Main duties</th></tr>${rows}${brk}</table>
  <h2>Section 3 — Education</h2><table><tr><th>Dates</th><th>Institution</th><th>Qualification</th></tr>${p.edu.map((e) => `<tr><td>${d(e.start, 'MM/YY')} – ${d(e.end, 'MM/YY')}</td><td>${esc(e.school)}</td><td>${esc(e.degree)}</td></tr>`).join('')}</table>
  <h2>Section 4 — Key skills</h2><table><tr>${skillsOf(p).slice(0, 4).map((s) => `<td>${esc(s)}</td>`).join('')}</tr><tr>${skillsOf(p).slice(4).map((s) => `<td>${esc(s)}</td>`).join('')}${'<td></td>'.repeat(Math.max(0, 8 - skillsOf(p).length))}</tr></table>
  <h2>Section 5 — Languages and professional membership</h2><table><tr><td class="l">Languages</td><td>${p.languages.map(esc).join('; ')}</td></tr><tr><td class="l">Memberships / certificates</td><td>${p.certs.map(esc).join('; ')}</td></tr></table>
  <p style="margin-top:3mm;font-size:8.4pt">I declare that the information given is true and complete. Signed (typed): ${esc(p.name)} — Date: 28/11/2026</p>`;
  return page(css, body);
}

/** 居住证积分 / 人才申报 系统打印页：one bordered grid — 基本信息, 工作经历 with 起始年月/终止年月 in two cells, 专业技能, 证书. */
export function jifen(p: Person): string {
  const mixed = p.lang === 'mixed';
  const css = `h1{text-align:center;font-size:15pt;margin-bottom:1mm}.sub{text-align:center;color:#666;font-size:8.5pt;margin-bottom:3mm}table{border-collapse:collapse;width:100%}td,th{border:1px solid #333;padding:1.4mm 1.8mm;vertical-align:middle}th,td.l{background:#f0f0f0;font-weight:normal;white-space:nowrap}
  td.sec{background:#dfe6ef;font-weight:bold;text-align:center}`;
  const rows = p.work.map((j, i) => `<tr><td>${i + 1}</td><td>${d(j.start, 'YYYY-MM')}</td><td>${j.end ? d(j.end, 'YYYY-MM') : '至今'}</td><td>${esc(j.company)}</td><td>${esc(j.title)}</td><td>${esc(j.town)}</td></tr>`).join('');
  const body = `<h1>申请人基本情况及工作经历表</h1><div class="sub">（系统打印页 · 受理编号 SH2026-118403 · 打印时间 2026-11-27 15:42）</div><table>
  <tr><td class="l">姓名</td><td>${esc(p.name)}${mixed ? `（${esc(p.alt!)}）` : ''}</td><td class="l">性别</td><td>${p.id === 'p10' ? '男' : '女'}</td><td class="l">出生年月</td><td>${esc(p.born ?? '')}</td></tr>
  <tr><td class="l">手机号码</td><td>${esc(p.phoneLocal)}</td><td class="l">电子邮箱</td><td colspan="3">${esc(p.email)}</td></tr>
  <tr><td class="l">现居住地址</td><td colspan="5">${esc(p.address)}</td></tr>${p.other ? `<tr><td class="l">${esc(p.other.label)}</td><td colspan="5">${esc(p.other.number)}</td></tr>` : ''}
  <tr><td class="sec" colspan="6">学历（学位）情况</td></tr><tr><th>起止年月</th><th colspan="2">毕业院校</th><th colspan="3">专业及学历学位</th></tr>${p.edu.map((e) => `<tr><td>${d(e.start, 'YYYY-MM')} 至 ${d(e.end, 'YYYY-MM')}</td><td colspan="2">${esc(e.school)}</td><td colspan="3">${esc(e.degree)}</td></tr>`).join('')}
  <tr><td class="sec" colspan="6">工作经历（从参加工作时填起）</td></tr><tr><th>序号</th><th>起始年月</th><th>终止年月</th><th>工作单位</th><th>职务/岗位</th><th>工作地</th></tr>${rows}
  <tr><td class="sec" colspan="6">专业技能</td></tr><tr><td colspan="6">${skillsOf(p).map(esc).join('；')}</td></tr>
  <tr><td class="sec" colspan="6">职业资格 / 证书 / 外语</td></tr><tr><td colspan="6">${[...p.certs, ...p.languages].map(esc).join('；')}</td></tr>
  <tr><td class="l">申请人承诺</td><td colspan="5">本人承诺以上信息真实有效，如有虚假，愿承担相应责任。<br>申请人签名：${esc(p.name)}　　日期：2026年11月27日</td></tr></table>`;
  return page(css, body, 'zh');
}
