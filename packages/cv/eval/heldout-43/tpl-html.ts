/**
 * heldout-43 — HTML templates printed by Chromium (printHtml). One function per template; each returns a full HTML page.
 * The conventions imitated are described in NOTES.md; nothing is copied from any real builder.
 */
import type { Job, Person } from './people.ts';
import { avatar, enDuration, esc, fd, groupsOf, icon, initials, newestFirst, period, skillsOf, zhDuration } from './lib.ts';

const ZH_SANS = `"Microsoft YaHei","PingFang SC","WenQuanYi Zen Hei","Droid Sans Fallback",sans-serif`;
const EN_SANS = `"Liberation Sans",Arial,"DejaVu Sans","WenQuanYi Zen Hei",sans-serif`;
const EN_SERIF = `"Liberation Serif","Times New Roman","DejaVu Serif","WenQuanYi Zen Hei",serif`;

const page = (css: string, body: string, lang = 'en', title = 'CV'): string =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title><style>
*{box-sizing:border-box}html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
${css}</style></head><body>${body}</body></html>`;

const li = (xs: string[]) => xs.map((x) => `<li>${esc(x)}</li>`).join('');
const isZh = (p: Person) => p.language === 'zh';

// ─────────────────────────────────────────────────────────────────────────────
// 1. wbd-axis — 五百丁-style 时间轴 résumé: dark left sidebar with the name at its top left over the photo;
//    in the main column each entry's dates and employer sit in their own left strip beside an axis with dots.
// ─────────────────────────────────────────────────────────────────────────────
export function wbdAxis(p: Person): string {
  const mixed = p.language === 'mixed';
  const H = (zh: string, en: string) => (mixed ? `${zh}<span class="en"> ${en}</span>` : zh);
  const x = p.extra;
  const bars = [92, 88, 85, 80, 78, 75, 72, 70, 66, 62, 60];
  const work = newestFirst(p)
    .map(
      (j) => `<div class="row"><div class="strip"><div class="when">${fd(j.start, 'YYYY.MM')} —<br>${j.end ? fd(j.end, 'YYYY.MM') : mixed ? '至今 Present' : '至今'}</div><div class="org">${esc(j.company)}</div></div>
<div class="axis"><i></i></div><div class="what"><div class="role">${esc(j.title)}${mixed && j.titleAlt ? ` <span class="en">/ ${esc(j.titleAlt)}</span>` : ''}</div><ul>${li(j.bullets)}</ul></div></div>`,
    )
    .join('');
  const edu = p.education
    .map(
      (e) => `<div class="row"><div class="strip"><div class="when">${fd(e.start, 'YYYY.MM')} —<br>${fd(e.end, 'YYYY.MM')}</div></div>
<div class="axis"><i></i></div><div class="what"><div class="role">${esc(e.school)}</div><div class="deg">${esc(e.degree)}</div></div></div>`,
    )
    .join('');
  const css = `@page{size:A4;margin:0}
html{background:#fff linear-gradient(to right,#2f4858 0,#2f4858 64mm,#fff 64mm) repeat-y}
body{margin:0;font:10pt/1.55 ${ZH_SANS};color:#333;display:grid;grid-template-columns:64mm 1fr}
.side{color:#e8eef1;padding:14mm 7mm 12mm 8mm;box-decoration-break:clone;-webkit-box-decoration-break:clone;}
.side h1{font-size:25pt;letter-spacing:2px;margin:0;color:#fff;line-height:1.2}
.side .alt{font-size:10pt;color:#9fd3d1;letter-spacing:1px;margin-bottom:4mm}
.photo{width:32mm;height:40mm;border:2px solid #9fd3d1;margin:0 0 5mm 0}
.side h3{font-size:10.5pt;color:#fff;border-bottom:1px solid #5f7d8a;padding-bottom:1mm;margin:5mm 0 2mm}
.side .en{font-size:8pt;color:#9fd3d1;font-weight:normal}
.side p{margin:0 0 1mm;font-size:9pt}
.sk{font-size:9pt;margin:0 0 1.6mm}.sk .bar{height:3px;background:#4d6b78;margin-top:1px}.sk .bar b{display:block;height:3px;background:#3aa3a0}
.main{padding:13mm 12mm 12mm 9mm;box-decoration-break:clone;-webkit-box-decoration-break:clone;}
.main h2{font-size:13pt;color:#2f4858;margin:2mm 0 3mm;display:flex;align-items:center;gap:6px}
.main h2 .dot{width:18px;height:18px;border-radius:50%;background:#3aa3a0;display:inline-block}
.main h2 .en{font-size:9pt;color:#888;font-weight:normal}
.main h2:after{content:"";flex:1;border-bottom:1.5px solid #3aa3a0;margin-left:6px}
.row{display:grid;grid-template-columns:31mm 7mm 1fr;break-inside:avoid}
.strip{padding:0 2mm 4mm 0;text-align:right;font-size:8.6pt;color:#555}
.strip .when{color:#3a8d8a;font-weight:bold}.strip .org{font-weight:bold;color:#2f4858;margin-top:1mm;line-height:1.35}
.axis{position:relative}.axis:before{content:"";position:absolute;left:3mm;top:0;bottom:0;border-left:1.5px solid #b9d6d5}
.axis i{position:absolute;left:1.6mm;top:1.2mm;width:9px;height:9px;border-radius:50%;background:#fff;border:2px solid #3aa3a0}
.what{padding:0 0 4mm 1mm}.role{font-weight:bold;font-size:10.5pt}.role .en{font-weight:normal;color:#777;font-size:9pt}
.deg{color:#555}
ul{margin:1mm 0 0;padding-left:4.5mm}li{margin:0 0 .5mm}
.intro{margin:0 0 2mm;text-align:justify}`;
  const body = `<aside class="side"><h1>${esc(p.name)}</h1><div class="alt">${mixed ? esc(p.nameAlt ?? '') : '个人简历 · RESUME'}</div>
<div class="photo">${avatar(120, 150, '#dfe8ec', '#9bb0ba')}</div>
<h3>${H('求职意向', 'Objective')}</h3><p>${esc(p.headline)}${mixed && p.headlineAlt ? `<br>${esc(p.headlineAlt)}` : ''}</p><p>期望城市：${esc(p.location.replace(/ .*/, ''))}</p>
<h3>${H('基本信息', 'Profile')}</h3>${x.gender ? `<p>性别：${x.gender}　年龄：${x.age ?? ''}</p>` : ''}<p>学历：${esc(x.degree ?? '本科')}</p>${x.hometown ? `<p>籍贯：${esc(x.hometown)}</p>` : ''}<p>现居：${esc(p.location)}</p>
<h3>${H('联系方式', 'Contact')}</h3><p>${icon.phone('#9fd3d1')} ${esc(p.phoneShow[1])}</p><p>${icon.mail('#9fd3d1')} ${esc(p.email)}</p>${x.wechat ? `<p>${icon.chat('#9fd3d1')} 微信：${esc(x.wechat)}</p>` : ''}
<h3>${H('专业技能', 'Skills')}</h3>${skillsOf(p).map((s, i) => `<div class="sk">${esc(s)}<div class="bar"><b style="width:${bars[i] ?? 60}%"></b></div></div>`).join('')}
<h3>${H('语言能力', 'Languages')}</h3>${p.languages.map((l) => `<p>${esc(l)}</p>`).join('')}
<h3>${H('证书', 'Certificates')}</h3>${p.certificates.map((l) => `<p>${esc(l)}</p>`).join('')}
<h3>${H('兴趣爱好', 'Interests')}</h3><p>${esc(p.interests.join('、'))}</p></aside>
<main class="main"><h2><span class="dot"></span>${H('自我评价', 'Summary')}</h2><p class="intro">${esc(p.summary)}</p>
<h2><span class="dot"></span>${H('工作经历', 'Work Experience')}</h2>${work}
<h2><span class="dot"></span>${H('教育背景', 'Education')}</h2>${edu}</main>`;
  return page(css, body, 'zh', p.name + ' 个人简历');
}

// ─────────────────────────────────────────────────────────────────────────────
// 2. pagedown — R pagedown `html_resume` look: main column left, grey aside on the right; every entry has a date
//    column with the END date on top and the start below it, beside a timeline rule with circles.
// ─────────────────────────────────────────────────────────────────────────────
export function pagedown(p: Person): string {
  const mixed = p.language === 'mixed';
  const dates = (s: string, e: string | null) => `<div class="date"><span>${e ? fd(e, 'Mon YYYY') : 'Now'}</span><span class="dash">–</span><span>${fd(s, 'Mon YYYY')}</span></div>`;
  const jobs = newestFirst(p)
    .map(
      (j) => `<section class="entry">${dates(j.start, j.end)}<div class="deco"></div><div class="body"><h3>${esc(j.title)}${mixed && j.titleAlt ? ` <span class="zh">${esc(j.titleAlt)}</span>` : ''}</h3>
<div class="meta"><span>${esc(j.company)}</span><span class="loc">${esc(j.town)}</span></div><ul>${li(j.bullets)}</ul></div></section>`,
    )
    .join('');
  const edu = p.education
    .map((e) => `<section class="entry">${dates(e.start, e.end)}<div class="deco"></div><div class="body"><h3>${esc(e.degree)}</h3><div class="meta"><span>${esc(e.school)}</span><span class="loc">${esc(e.town ?? '')}</span></div></div></section>`)
    .join('');
  const lv = [95, 92, 88, 85, 82, 78, 75, 72, 70, 66, 64, 60];
  const x = p.extra;
  const css = `@page{size:A4;margin:0}
html{background:#fff linear-gradient(to left,#f2f2f2 0,#f2f2f2 66mm,#fff 66mm) repeat-y}
body{margin:0;font:9.6pt/1.45 "Open Sans",${EN_SANS};color:#333;display:grid;grid-template-columns:1fr 66mm}
main{padding:12mm 9mm 12mm 12mm;box-decoration-break:clone;-webkit-box-decoration-break:clone;}aside{padding:12mm 7mm 12mm 7mm;font-size:9pt;box-decoration-break:clone;-webkit-box-decoration-break:clone;}
h1{font-size:24pt;margin:2mm 0 1mm;font-weight:normal;color:#222}h1 .zh{font-size:17pt;color:#555}
.sub{color:#666;font-size:10.5pt;margin-bottom:2mm}.intro{margin:0 0 3mm}
h2{font-size:12.5pt;color:#1d6fa5;margin:4mm 0 2mm;font-weight:600}h2 svg{margin-right:6px}
.entry{display:grid;grid-template-columns:19mm 6mm 1fr;break-inside:avoid}
.date{font-size:8.2pt;color:#666;text-align:center;padding-top:.5mm;line-height:1.25}.date span{display:block}.date .dash{color:#aaa}
.deco{position:relative}.deco:before{content:"";position:absolute;left:2.6mm;top:0;bottom:0;border-left:1px solid #bbb}
.deco:after{content:"";position:absolute;left:1.5mm;top:1.2mm;width:7px;height:7px;border-radius:50%;border:1px solid #1d6fa5;background:#fff}
.body{padding:0 0 3mm 1mm}h3{font-size:10.2pt;margin:0;color:#222}h3 .zh{font-weight:normal;color:#777;font-size:9pt}
.meta{display:flex;justify-content:space-between;color:#555;font-size:9pt}.loc{color:#888}
ul{margin:1mm 0 0;padding-left:4mm}
aside h4{font-size:10.5pt;color:#1d6fa5;margin:5mm 0 2mm;border-bottom:1px solid #ccc}
aside .c{margin:0 0 1.5mm;font-size:8.2pt;white-space:nowrap}aside .c svg{margin-right:4px}
.bar{background:linear-gradient(to right,#c8dbe9 var(--w),transparent var(--w));padding:.6mm 1.5mm;margin:0 0 1.2mm;font-size:8.8pt}
.disc{font-size:7.6pt;color:#777;margin-top:8mm}`;
  const body = `<main><h1>${mixed ? `${esc(p.name)} <span class="zh">${esc(p.nameAlt ?? '')}</span>` : esc(p.name)}</h1>
<div class="sub">${esc(p.headline)} · ${esc(p.location)}</div><p class="intro">${esc(p.summary)}</p>
<h2>${icon.briefcase('#1d6fa5')}Professional Experience</h2>${jobs}
<h2>${icon.cap('#1d6fa5')}Education</h2>${edu}
<h2>${icon.star('#1d6fa5')}Certifications</h2><ul>${li(p.certificates)}</ul></main>
<aside><div style="margin:3mm 0 0">${initials(mixed ? p.name.slice(0, 1) + (p.nameAlt ?? '').split(' ').pop()!.slice(0, 1) : p.name.split(' ').map((w) => w[0]).join(''), 70, '#1d6fa5')}</div>
<h4>Contact Info</h4><div class="c">${icon.mail('#1d6fa5')}${esc(p.email)}</div><div class="c">${icon.phone('#1d6fa5')}${esc(p.phoneShow[0])}</div>
${x.github ? `<div class="c">${icon.code('#1d6fa5')}${esc(x.github)}</div>` : ''}${x.linkedin ? `<div class="c">${icon.globe('#1d6fa5')}${esc(x.linkedin)}</div>` : ''}<div class="c">${icon.pin('#1d6fa5')}${esc(p.location)}</div>
<h4>Skills</h4>${skillsOf(p).map((s, i) => `<div class="bar" style="--w:${lv[i] ?? 60}%">${esc(s)}</div>`).join('')}
<h4>Languages</h4>${p.languages.map((l) => `<div class="c">${esc(l)}</div>`).join('')}
<div class="disc"><b>Disclaimer</b><br>This résumé was made with the R package pagedown.<br>Last updated on 2026-11-30.</div></aside>`;
  return page(css, body, 'en', p.nameAlt ?? p.name);
}

// ─────────────────────────────────────────────────────────────────────────────
// 3. employer-band — two-column "career progression" résumé: main column left, wide tinted sidebar right (flex);
//    each employer is a coloured band with its total span, its roles under it with dates flush right on the title line.
// ─────────────────────────────────────────────────────────────────────────────
export function employerBand(p: Person): string {
  const mixed = p.language === 'mixed';
  const groups = groupsOf(p)
    .map((g) => {
      const first = g.roles[g.roles.length - 1];
      const last = g.roles[0];
      const span = `${fd(first.start, 'Mon YYYY')} – ${last.end ? fd(last.end, 'Mon YYYY') : 'Present'}`;
      const roles = g.roles
        .map(
          (j) => `<div class="role"><div class="tl"><b>${esc(j.title)}</b>${mixed && j.titleAlt ? ` <span class="zh">${esc(j.titleAlt)}</span>` : ''}<span class="d">${period(j, 'Mon YYYY', 'Present')}</span></div><ul>${li(j.bullets)}</ul></div>`,
        )
        .join('');
      return `<div class="grp"><div class="band"><span>${esc(g.company)}</span><span class="bt">${esc(g.town)} · ${span}</span></div>${roles}</div>`;
    })
    .join('');
  const css = `@page{size:A4;margin:0}
html{background:#fff linear-gradient(to left,#eef3f1 0,#eef3f1 76mm,#fff 76mm) repeat-y}
body{margin:0;font:9.5pt/1.45 ${EN_SANS};color:#262626}
.wrap{display:flex;flex-direction:row}
main{flex:1;padding:13mm 8mm 12mm 12mm;box-decoration-break:clone;-webkit-box-decoration-break:clone;}aside{flex:0 0 76mm;padding:13mm 9mm 12mm 8mm;font-size:9pt;box-decoration-break:clone;-webkit-box-decoration-break:clone;}
h1{font-size:25pt;margin:0;color:#16404d;letter-spacing:.5px}h1 .zh{font-size:15pt;color:#4c7c74;font-weight:normal}
.hd{font-size:11pt;color:#4c7c74;margin:1mm 0 4mm;text-transform:uppercase;letter-spacing:1.5px}
h2{font-size:10.5pt;text-transform:uppercase;letter-spacing:2px;color:#16404d;margin:5mm 0 2.5mm;border-bottom:2px solid #16404d;padding-bottom:1mm}
.grp{margin-bottom:3.5mm}.band{background:#2b6f66;color:#fff;padding:1.4mm 3mm;display:flex;justify-content:space-between;font-weight:bold;font-size:9.8pt;break-after:avoid}
.band .bt{font-weight:normal;font-size:8.6pt;color:#d7ece8}
.role{padding:1.6mm 0 0 3mm;break-inside:avoid}.tl{display:flex;align-items:baseline}.tl .zh{color:#666;margin-left:4px}.tl .d{margin-left:auto;color:#2b6f66;font-size:8.8pt;white-space:nowrap;padding-left:3mm}
ul{margin:.8mm 0 0;padding-left:4.5mm}li{margin:0 0 .4mm}
aside h3{font-size:9.5pt;text-transform:uppercase;letter-spacing:1.5px;color:#16404d;margin:5mm 0 2mm}
aside p{margin:0 0 1.4mm}.tags span{display:inline-block;border:1px solid #2b6f66;color:#16404d;border-radius:10px;padding:.2mm 2.2mm;margin:0 1.2mm 1.4mm 0;font-size:8.6pt}
.ct svg{margin-right:5px}`;
  const body = `<div class="wrap"><main><h1>${esc(p.name)}${mixed ? ` <span class="zh">${esc(p.nameAlt ?? '')}</span>` : ''}</h1><div class="hd">${esc(p.headline)}</div>
<h2>Profile</h2><p>${esc(p.summary)}</p><h2>Career History</h2>${groups}</main>
<aside><h3 style="margin-top:1mm">Contact</h3><p class="ct">${icon.phone('#2b6f66')}${esc(p.phoneShow[0])}</p><p class="ct">${icon.mail('#2b6f66')}${esc(p.email)}</p><p class="ct">${icon.pin('#2b6f66')}${esc(p.address)}</p>
${p.extra.status ? `<p><b>Status:</b> ${esc(p.extra.status)}</p>` : ''}${p.extra.notice ? `<p><b>Notice period:</b> ${esc(p.extra.notice)}</p>` : ''}
<h3>Core Skills</h3><div class="tags">${skillsOf(p).map((s) => `<span>${esc(s)}</span>`).join('')}</div>
<h3>Education</h3>${p.education.map((e) => `<p><b>${esc(e.degree)}</b><br>${esc(e.school)}, ${esc(e.town ?? '')}<br>${fd(e.start, 'YYYY')} – ${fd(e.end, 'YYYY')}</p>`).join('')}
<h3>Certifications</h3>${p.certificates.map((c) => `<p>${esc(c)}</p>`).join('')}
<h3>Languages</h3>${p.languages.map((c) => `<p>${esc(c)}</p>`).join('')}
<h3>Interests</h3><p>${esc(p.interests.join(' · '))}</p></aside></div>`;
  return page(css, body, 'en', p.name);
}

// ─────────────────────────────────────────────────────────────────────────────
// 4. gsites — a "CV" page of a Google Sites personal site printed from Chrome with headers and footers on:
//    banner, nav, then a floated left box (photo, contact, skills, languages) that ends early, text wrapping under it.
// ─────────────────────────────────────────────────────────────────────────────
export function gsites(p: Person): string {
  const mixed = p.language === 'mixed';
  const slug = (p.nameAlt ?? p.name).toLowerCase().replace(/[^a-z]+/g, '');
  const H = (en: string, zh: string) => (mixed ? `${zh} ${en}` : en);
  const jobs = newestFirst(p)
    .map((j) => {
      const when = mixed ? `${fd(j.start, 'YYYY 年 M 月')} – ${j.end ? fd(j.end, 'YYYY 年 M 月') : '現在'}` : `${fd(j.start, 'Month YYYY')} – ${j.end ? fd(j.end, 'Month YYYY') : 'now'}`;
      return `<h3>${esc(j.title)}${mixed && j.titleAlt ? ` · ${esc(j.titleAlt)}` : ''} — ${esc(j.company)}</h3><p class="when">${when} · ${esc(j.town)}</p><ul>${li(j.bullets)}</ul>`;
    })
    .join('');
  const css = `@page{size:A4;margin:14mm 12mm 14mm;@top-left{content:"11/30/26, 9:14 PM";font:8pt ${EN_SANS};color:#444}@top-center{content:"${esc(p.nameAlt ?? p.name)} - CV";font:8pt ${EN_SANS};color:#444}
@bottom-left{content:"https://sites.google.com/view/${slug}/cv";font:8pt ${EN_SANS};color:#444}@bottom-right{content:counter(page) "/" counter(pages);font:8pt ${EN_SANS};color:#444}}
body{margin:0;font:10pt/1.55 "Open Sans",${EN_SANS};color:#212121}
.banner{height:34mm;background:linear-gradient(120deg,#0b3954 0%,#087e8b 60%,#bfd7ea 100%);color:#fff;display:flex;flex-direction:column;justify-content:flex-end;padding:0 8mm 4mm}
.banner .t{font-size:24pt;font-weight:bold}.banner .s{font-size:10pt;opacity:.9}
nav{display:flex;gap:7mm;justify-content:flex-end;padding:2mm 8mm;border-bottom:1px solid #ddd;font-size:9pt;color:#555}nav b{color:#087e8b;border-bottom:2px solid #087e8b}
.content{padding:6mm 8mm 0}
.card{float:left;width:62mm;margin:0 7mm 4mm 0;background:#f1f6f8;padding:4mm;font-size:9pt;border-radius:6px}
.card h4{margin:3mm 0 1mm;color:#0b3954;font-size:10pt}.card p{margin:0 0 1mm;word-break:break-word}
h2{font-size:15pt;color:#0b3954;margin:0 0 3mm;font-weight:normal}h3{font-size:10.6pt;margin:4mm 0 0;color:#0b3954}
.when{margin:0;color:#666;font-size:9pt}ul{margin:1mm 0 0 0;padding-left:5mm}
.clear{clear:both}`;
  const body = `<div class="banner"><div class="t">${esc(p.name)}${mixed ? ` ${esc(p.nameAlt ?? '')}` : ''}</div><div class="s">${esc(p.headline)}${mixed && p.headlineAlt ? ` · ${esc(p.headlineAlt)}` : ''} · ${esc(p.location)}</div></div>
<nav><span>Home</span><b>CV</b><span>${mixed ? 'Projects' : 'Work'}</span><span>Contact</span></nav>
<div class="content"><div class="card">${avatar(200, 150, '#d5e3ea', '#8fb0bf')}
<h4>${H('Contact', '聯絡方式')}</h4><p>${icon.mail('#087e8b')} ${esc(p.email)}</p><p>${icon.phone('#087e8b')} ${esc(p.phoneShow[0])}</p><p>${icon.pin('#087e8b')} ${esc(p.location)}</p>${p.extra.site ? `<p>${icon.globe('#087e8b')} ${esc(p.extra.site)}</p>` : ''}${p.extra.line ? `<p>${esc(p.extra.line)}</p>` : ''}
<h4>${H('Skills', '技能')}</h4>${skillsOf(p).map((s) => `<p>${esc(s)}</p>`).join('')}
<h4>${H('Languages', '語言')}</h4>${p.languages.map((s) => `<p>${esc(s)}</p>`).join('')}</div>
<h2>${H('Curriculum Vitae', '履歷')}</h2><p>${esc(p.summary)}</p>
<h2 style="margin-top:4mm">${H('Experience', '工作經歷')}</h2>${jobs}
<h2 style="margin-top:5mm">${H('Education', '學歷')}</h2>${p.education.map((e) => `<h3>${esc(e.degree)}</h3><p class="when">${esc(e.school)}, ${esc(e.town ?? '')} · ${fd(e.start, 'YYYY')}–${fd(e.end, 'YYYY')}</p>`).join('')}
<h2 style="margin-top:5mm">${H('Certificates', '證照')}</h2><ul>${li(p.certificates)}</ul><div class="clear"></div></div>`;
  return page(css, body, mixed ? 'zh-Hant' : 'en', `${p.nameAlt ?? p.name} - CV`);
}

// ─────────────────────────────────────────────────────────────────────────────
// 5. abs-profile — a one-page "key personnel" profile sheet from a bid/pitch document: every block absolutely
//    positioned; tinted left strip with photo, name, role and contact; DOM order differs from the visual order.
// ─────────────────────────────────────────────────────────────────────────────
export function absProfile(p: Person, firm: { name: string; bid: string; tel: string }): string {
  const years = p.extra.years ?? '';
  const jobs = newestFirst(p)
    .map((j) => `<div class="job"><b>${esc(j.title)}</b>, ${esc(j.company)}<div class="d">${period(j, 'MM/YYYY', 'present')} · ${esc(j.town)}</div><div class="b">${j.bullets.slice(0, 2).map(esc).join(' ')}</div></div>`)
    .join('');
  const css = `@page{size:A4;margin:0}
body{margin:0;width:210mm;height:296mm;position:relative;font:9pt/1.42 ${EN_SANS};color:#222;overflow:hidden}
.blk{position:absolute}
#strip{left:0;top:0;width:60mm;height:297mm;background:#e9edf2}
#top{left:0;top:0;width:210mm;height:15mm;background:#14213d;color:#fff;font-size:8.5pt;padding:4.5mm 10mm;display:flex;justify-content:space-between}
#photo{left:12mm;top:23mm;width:36mm;height:44mm}
#who{left:8mm;top:71mm;width:46mm}#who .n{font-size:15pt;font-weight:bold;color:#14213d;line-height:1.15}#who .r{color:#c1121f;font-weight:bold;margin-top:1.5mm}
#facts{left:8mm;top:97mm;width:46mm;font-size:8.4pt}#facts h4,#quals h4{margin:3mm 0 1mm;font-size:8.6pt;color:#14213d;text-transform:uppercase;letter-spacing:1px}#facts p,#quals p{margin:0 0 1.2mm;word-break:break-word}
#quals{left:8mm;top:172mm;width:46mm;font-size:8.2pt}
#profile{left:68mm;top:24mm;width:130mm}
#skills{left:68mm;top:56mm;width:130mm}
#history{left:68mm;top:96mm;width:130mm}
#edu{left:68mm;top:226mm;width:130mm}
h2{font-size:10pt;text-transform:uppercase;letter-spacing:1.5px;color:#c1121f;margin:0 0 1.5mm;border-bottom:1px solid #c1121f}
.sk{display:grid;grid-template-columns:1fr 1fr;gap:.6mm 6mm}.sk div:before{content:"■ ";color:#c1121f;font-size:7pt}
.job{margin:0 0 2mm}.job .d{color:#555;font-size:8.4pt}.job .b{font-size:8.6pt}
#foot{left:68mm;top:284mm;width:130mm;font-size:7.5pt;color:#777;border-top:1px solid #ccc;padding-top:1mm}`;
  // DOM order: history first, then skills, strip content, profile — not the order a reader sees.
  const body = `<div class="blk" id="strip"></div>
<div class="blk" id="history"><h2>Career history</h2>${jobs}</div>
<div class="blk" id="top"><span>${esc(firm.name)} — ${esc(firm.bid)}</span><span>Key personnel profile · Section 4.2</span></div>
<div class="blk" id="skills"><h2>Key skills</h2><div class="sk">${skillsOf(p).map((s) => `<div>${esc(s)}</div>`).join('')}</div></div>
<div class="blk" id="photo">${avatar(136, 166, '#cdd5df', '#8d9aab')}</div>
<div class="blk" id="who"><div class="n">${esc(p.name)}</div><div class="r">${esc(p.headline)}</div></div>
<div class="blk" id="facts"><h4>Experience</h4><p>${years} years</p><h4>Contact</h4><p>M: ${esc(p.phoneShow[1])}</p><p>E: ${esc(p.email)}</p><p>T: ${esc(firm.tel)} (office)</p><h4>Based in</h4><p>${esc(p.location)}</p><h4>Languages</h4>${p.languages.map((l) => `<p>${esc(l)}</p>`).join('')}</div>
<div class="blk" id="quals"><h4>Certifications &amp; memberships</h4>${p.certificates.map((l) => `<p>${esc(l)}</p>`).join('')}</div>
<div class="blk" id="profile"><h2>Profile</h2><div>${esc(p.summary)}</div></div>
<div class="blk" id="edu"><h2>Education</h2>${p.education.map((e) => `<div><b>${esc(e.degree)}</b>, ${esc(e.school)} (${fd(e.start, 'YYYY')}–${fd(e.end, 'YYYY')})</div>`).join('')}</div>
<div class="blk" id="foot">Commercial in confidence · ${esc(firm.name)} · Profile valid at November 2026</div>`;
  return page(css, body, 'en', `${p.name} profile`);
}

// ─────────────────────────────────────────────────────────────────────────────
// 6. zcool — a Chinese designer-community profile "关于我" page printed from the browser: header card, tabs,
//    then the text in two newspaper columns (CSS column-count with a rule).
// ─────────────────────────────────────────────────────────────────────────────
export function zcool(p: Person): string {
  const jobs = newestFirst(p)
    .map((j) => `<div class="job"><h4>${esc(j.company)}</h4><div class="t">${esc(j.title)}<span>${fd(j.start, 'YYYY年M月')} - ${j.end ? fd(j.end, 'YYYY年M月') : '至今'}</span></div><p>${j.bullets.map(esc).join('')}</p></div>`)
    .join('');
  const css = `@page{size:A4;margin:10mm 12mm 14mm;@bottom-left{content:"https://www.zcool.com.cn/u/caiyutong/about";font:7.5pt ${ZH_SANS};color:#666}@bottom-right{content:counter(page) "/" counter(pages);font:7.5pt ${ZH_SANS};color:#666}}
body{margin:0;font:9.6pt/1.7 ${ZH_SANS};color:#333}
.top{display:flex;align-items:center;justify-content:space-between;border-bottom:1px solid #eee;padding-bottom:2mm;font-size:9pt;color:#666}.logo{font-weight:bold;font-size:13pt;color:#222}.logo i{font-style:normal;background:#ffd100;padding:0 1.5mm;margin-right:1mm}
.cover{height:26mm;background:linear-gradient(90deg,#ffe27a,#ffb36b);margin-top:3mm;border-radius:4px}
.card{display:flex;gap:5mm;align-items:flex-end;margin:-11mm 0 0 6mm}.card .av{border:3px solid #fff;border-radius:50%;overflow:hidden;width:24mm;height:24mm}
.card h1{margin:0;font-size:18pt}.card .m{color:#888;font-size:9pt}
.stats{display:flex;gap:8mm;margin:3mm 0 0 6mm;font-size:9pt;color:#666}.stats b{color:#222;font-size:11pt;margin-right:1mm}
.tabs{display:flex;gap:8mm;border-bottom:1px solid #eee;margin:4mm 0;padding-left:6mm;font-size:10pt;color:#777}.tabs b{color:#222;border-bottom:3px solid #ffd100;padding-bottom:1mm}
.cols{column-count:2;column-gap:10mm;column-rule:1px solid #eee}
h3{font-size:11pt;margin:0 0 2mm;border-left:4px solid #ffd100;padding-left:2mm;break-after:avoid}
.job{margin:0 0 3mm}.job h4{margin:0;font-size:10pt}.job .t{color:#555;display:flex;justify-content:space-between}.job .t span{color:#999;font-size:8.8pt}.job p{margin:.5mm 0 0}
.blk{margin:0 0 4mm}.blk p{margin:0 0 1mm}.chips span{display:inline-block;background:#f5f5f5;border-radius:3px;padding:0 2mm;margin:0 1.5mm 1.5mm 0;font-size:9pt}`;
  const x = p.extra;
  const body = `<div class="top"><span class="logo"><i>Z</i>站酷 ZCOOL</span><span>首页　发现　学习　活动　创作中心</span></div><div class="cover"></div>
<div class="card"><div class="av">${avatar(90, 90, '#fdf2d0', '#e2b65a')}</div><div><h1>${esc(p.name)}</h1><div class="m">${esc(p.headline)} · ${esc(p.location)} · ${x.gender ?? ''}</div></div></div>
<div class="stats"><span><b>2.1万</b>获赞</span><span><b>3,480</b>粉丝</span><span><b>126</b>关注</span><span><b>48</b>作品</span></div>
<div class="tabs"><span>主页</span><span>作品</span><span>文章</span><span>收藏</span><b>关于我</b></div>
<div class="cols"><div class="blk"><h3>个人简介</h3><p>${esc(p.summary)}</p></div>
<div class="blk"><h3>工作经历</h3>${jobs}</div>
<div class="blk"><h3>教育经历</h3>${p.education.map((e) => `<p><b>${esc(e.school)}</b>　${esc(e.degree)}<br><span style="color:#999">${fd(e.start, 'YYYY年M月')} - ${fd(e.end, 'YYYY年M月')}</span></p>`).join('')}</div>
<div class="blk"><h3>擅长技能</h3><div class="chips">${skillsOf(p).map((s) => `<span>${esc(s)}</span>`).join('')}</div></div>
<div class="blk"><h3>语言与证书</h3>${[...p.languages, ...p.certificates].map((s) => `<p>${esc(s)}</p>`).join('')}</div>
<div class="blk"><h3>联系方式</h3><p>邮箱：${esc(p.email)}</p><p>手机：${esc(p.phoneShow[2])}</p><p>微信：${esc(x.wechat ?? '')}</p><p>合作请注明来意，谢谢！</p></div></div>`;
  return page(css, body, 'zh', `${p.name}的个人主页-站酷ZCOOL`);
}

// ─────────────────────────────────────────────────────────────────────────────
// 7. polebrief — minimal Chinese online-builder résumé (极简-style): name large at the top of the LEFT main column,
//    light sidebar on the RIGHT (flex row-reverse, sidebar first in the DOM) with round photo, facts, skills, certificates.
//    Company left and dates right on one line, 职位 under it.
// ─────────────────────────────────────────────────────────────────────────────
export function polebrief(p: Person): string {
  const x = p.extra;
  const jobs = newestFirst(p)
    .map((j) => `<div class="job"><div class="l1"><b>${esc(j.company)}</b><span>${period(j, 'YYYY.MM', '至今', ' - ')}</span></div><div class="l2">${esc(j.title)}</div><ol>${li(j.bullets)}</ol></div>`)
    .join('');
  const css = `@page{size:A4;margin:0}
body{margin:0;font:9.8pt/1.65 ${ZH_SANS};color:#3a3a3a}
.wrap{display:flex;flex-direction:row-reverse;min-height:296mm}
.side{flex:0 0 64mm;background:#f3f4f6;padding:16mm 7mm 10mm 8mm;font-size:9.2pt}
.side .av{width:30mm;height:30mm;margin:0 auto 5mm}
.side h4{font-size:10pt;margin:5mm 0 2mm;color:#111;letter-spacing:1px}.side h4:after{content:"";display:block;width:8mm;border-bottom:2px solid #e4572e;margin-top:1mm}
.side p{margin:0 0 1mm}.tag{display:inline-block;border:1px solid #cfd3d8;padding:0 2mm;margin:0 1.2mm 1.4mm 0;border-radius:2px;background:#fff}
main{flex:1;padding:16mm 9mm 10mm 13mm}
h1{font-size:30pt;margin:0;letter-spacing:4px;color:#111;line-height:1.1}.obj{color:#e4572e;font-size:11pt;margin:2mm 0 5mm}
h2{font-size:11.5pt;margin:5mm 0 2.5mm;color:#111;border-bottom:1px solid #ddd;padding-bottom:1mm}
.job{margin:0 0 3mm;break-inside:avoid}.l1{display:flex;justify-content:space-between}.l1 span{color:#777}.l2{color:#e4572e;font-size:9.4pt}
ol{margin:1mm 0 0;padding-left:5mm}`;
  const body = `<div class="wrap"><aside class="side"><div class="av">${avatar(113, 113, '#e3e6ea', '#a7afb9', true)}</div>
<h4>基本信息</h4><p>性别：${x.gender ?? ''}</p><p>年龄：${x.age ?? ''}</p><p>学历：${x.degree ?? ''}</p><p>籍贯：${x.hometown ?? ''}</p><p>现居：${esc(p.location)}</p>
<h4>联系方式</h4><p>${icon.phone('#e4572e')} ${esc(p.phoneShow[1])}</p><p>${icon.mail('#e4572e')} ${esc(p.email)}</p>${x.github ? `<p>${icon.code('#e4572e')} ${esc(x.github)}</p>` : ''}
<h4>专业技能</h4><div>${skillsOf(p).map((s) => `<span class="tag">${esc(s)}</span>`).join('')}</div>
<h4>证书</h4>${p.certificates.map((c) => `<p>${esc(c)}</p>`).join('')}
<h4>语言</h4>${p.languages.map((c) => `<p>${esc(c)}</p>`).join('')}</aside>
<main><h1>${esc(p.name)}</h1><div class="obj">求职意向：${esc(p.headline)}　|　${esc(p.location.replace(/^.*?(\S\S)$/, '$1'))}　|　薪资面议</div>
<h2>工作经历</h2>${jobs}
<h2>教育经历</h2>${p.education.map((e) => `<div class="l1"><b>${esc(e.school)}</b><span>${fd(e.start, 'YYYY.MM')} - ${fd(e.end, 'YYYY.MM')}</span></div><div class="l2">${esc(e.degree)}</div>`).join('')}
<h2>自我评价</h2><p style="margin:0">${esc(p.summary)}</p></main></div>`;
  return page(css, body, 'zh', p.name + '的简历');
}

// ─────────────────────────────────────────────────────────────────────────────
// 8. rozee — Pakistani job-portal CV download: dark left sidebar (photo, contact, personal information with father's
//    name/CNIC/domicile, skills with level words, languages, hobbies, references) that runs onto page 2 while the main
//    column (objective, experience with computed durations, education) ends on page 1.
// ─────────────────────────────────────────────────────────────────────────────
export function rozee(p: Person): string {
  const x = p.extra;
  const lvl = ['Expert', 'Expert', 'Expert', 'Advanced', 'Expert', 'Advanced', 'Advanced', 'Expert', 'Expert', 'Advanced'];
  const jobs = newestFirst(p)
    .map((j) => `<div class="job"><div class="t">${esc(j.title)}</div><div class="c">${esc(j.company)} — ${esc(j.town)}, Pakistan</div><div class="d">${period(j, 'Mon YYYY', 'Present', ' - ')} (${enDuration(j.start, j.end, 'Year', 'Month')})</div><ul>${li(j.bullets)}</ul></div>`)
    .join('');
  const css = `@page{size:A4;margin:0}
html{background:#fff linear-gradient(to right,#1b4332 0,#1b4332 68mm,#fff 68mm) repeat-y}
body{margin:0;font:9.4pt/1.5 ${EN_SANS};color:#222;display:grid;grid-template-columns:68mm 1fr}
.side{color:#e9f5ee;padding:12mm 7mm 12mm 8mm;font-size:9pt;box-decoration-break:clone;-webkit-box-decoration-break:clone;}.side .av{width:34mm;height:34mm;margin:2mm auto 4mm}
.side h3{font-size:10pt;text-transform:uppercase;letter-spacing:1px;border-bottom:1px solid #52b788;padding-bottom:1mm;margin:5mm 0 2mm;color:#fff}
.side p{margin:0 0 1.3mm;word-break:break-word}.side .k{color:#95d5b2;display:block;font-size:8pt}
.sk{display:flex;justify-content:space-between;margin:0 0 1mm}.sk i{font-style:normal;color:#95d5b2;font-size:8pt}
main{padding:12mm 11mm 12mm 9mm;box-decoration-break:clone;-webkit-box-decoration-break:clone;}h1{font-size:23pt;margin:2mm 0 0;color:#1b4332}.hl{color:#2d6a4f;font-size:11pt;margin-bottom:4mm}
h2{font-size:11pt;color:#1b4332;text-transform:uppercase;letter-spacing:1px;margin:5mm 0 2mm;border-bottom:2px solid #52b788}
.job{margin:0 0 3mm;break-inside:avoid}.t{font-weight:bold;font-size:10.2pt}.c{color:#2d6a4f}.d{color:#666;font-size:8.8pt}ul{margin:1mm 0 0;padding-left:4.5mm}`;
  const body = `<aside class="side"><div class="av">${avatar(128, 128, '#d8f3dc', '#74c69d', true)}</div>
<h3>Contact</h3><p><span class="k">Mobile</span>${esc(p.phoneShow[1])}</p><p><span class="k">Landline</span>${esc(p.otherPhones[0]?.number ?? '')}</p><p><span class="k">Email</span>${esc(p.email)}</p><p><span class="k">Address</span>${esc(p.address)}</p>
<h3>Personal Information</h3><p><span class="k">Father's Name</span>${esc(x.father)}</p><p><span class="k">CNIC</span>${esc(x.cnic)}</p><p><span class="k">Date of Birth</span>${esc(x.dob)}</p><p><span class="k">Domicile</span>${esc(x.domicile)}</p><p><span class="k">Marital Status</span>${esc(x.marital)}</p><p><span class="k">Nationality</span>${esc(x.nationality)}</p><p><span class="k">Religion</span>${esc(x.religion)}</p>
<h3>Skills</h3>${skillsOf(p).map((s, i) => `<div class="sk"><span>${esc(s)}</span><i>${lvl[i] ?? 'Advanced'}</i></div>`).join('')}
<h3>Languages</h3>${p.languages.map((l) => `<p>${esc(l)}</p>`).join('')}
<h3>Hobbies</h3>${p.interests.map((l) => `<p>${esc(l)}</p>`).join('')}
<h3>References</h3>${p.referees.map((r) => `<p><b>${esc(r.name)}</b><br>${esc(r.role)}<br>Cell: ${esc(r.phone)}</p>`).join('')}</aside>
<main><h1>${esc(p.name)}</h1><div class="hl">${esc(p.headline)} · ${esc(p.location)}</div>
<h2>Career Objective</h2><p>${esc(p.summary)}</p><h2>Work Experience</h2>${jobs}
<h2>Education</h2>${p.education.map((e) => `<p><b>${esc(e.degree)}</b> — ${esc(e.school)}, ${esc(e.town ?? '')} (${fd(e.start, 'YYYY')} - ${fd(e.end, 'YYYY')})</p>`).join('')}
<h2>Certifications</h2><ul>${li(p.certificates)}</ul></main>`;
  return page(css, body, 'en', `${p.name} - CV`);
}

// ─────────────────────────────────────────────────────────────────────────────
// 9. zeitstrahl — German designer "Lebenslauf" with a time line (Zeitstrahl), written in English: left sidebar with
//    photo, personal details, skill dots, languages, interests; main with dates + town in a strip left of the line,
//    title/employer right; place, date and signature at the end.
// ─────────────────────────────────────────────────────────────────────────────
export function zeitstrahl(p: Person): string {
  const x = p.extra;
  const dots = (n: number) => '●'.repeat(n) + '○'.repeat(5 - n);
  const lv = [5, 5, 5, 4, 4, 4, 4, 5, 4, 4, 4, 3];
  const when = (s: string, e: string | null) => (e ? `${fd(s, 'MM/YYYY')} – ${fd(e, 'MM/YYYY')}` : `since ${fd(s, 'MM/YYYY')}`);
  const items: { s: string; e: string | null; town: string; html: string }[] = [
    ...newestFirst(p).map((j) => ({ s: j.start, e: j.end, town: j.town, html: `<b>${esc(j.title)}</b><div class="emp">${esc(j.company)}</div><ul>${li(j.bullets)}</ul>` })),
  ];
  for (const g of p.gaps) items.push({ s: g.start, e: g.end, town: '', html: `<i>${esc(g.text)}</i>` });
  items.sort((a, b) => (b.s < a.s ? -1 : 1));
  const row = (it: { s: string; e: string | null; town: string; html: string }) =>
    `<div class="r"><div class="w">${when(it.s, it.e)}<br><span>${esc(it.town)}</span></div><div class="ln"><i></i></div><div class="c">${it.html}</div></div>`;
  const css = `@page{size:A4;margin:0}
html{background:#fff linear-gradient(to right,#f4efe9 0,#f4efe9 70mm,#fff 70mm) repeat-y}
body{margin:0;font:9.1pt/1.45 ${EN_SANS};color:#2b2b2b;display:grid;grid-template-columns:70mm 1fr}
.side{padding:12mm 8mm 10mm 9mm;box-decoration-break:clone;-webkit-box-decoration-break:clone;}.ph{width:34mm;height:43mm;margin:0 0 3mm}
.side h3{font-size:9.2pt;text-transform:uppercase;letter-spacing:2px;color:#8c5e3c;margin:4mm 0 1.5mm}
.side p{margin:0 0 .6mm}.side .k{color:#8c5e3c;font-size:8.2pt;display:block}
.sk{display:flex;justify-content:space-between;font-size:8.8pt;margin:0 0 .8mm}.sk i{font-style:normal;color:#8c5e3c;letter-spacing:1px;font-size:8pt}
main{padding:12mm 12mm 10mm 9mm;box-decoration-break:clone;-webkit-box-decoration-break:clone;}h1{font-size:26pt;font-weight:300;margin:2mm 0 0;letter-spacing:1px}h1 b{font-weight:700}.hl{color:#8c5e3c;letter-spacing:2px;text-transform:uppercase;font-size:9.5pt;margin:1mm 0 6mm}
h2{font-size:11pt;text-transform:uppercase;letter-spacing:2px;margin:5mm 0 3mm;color:#2b2b2b}
.r{display:grid;grid-template-columns:30mm 7mm 1fr;break-inside:avoid}.w{text-align:right;font-size:8.6pt;color:#555;padding:0 0 3mm}.w span{color:#999}
.ln{position:relative}.ln:before{content:"";position:absolute;left:3.3mm;top:0;bottom:0;border-left:1px solid #c8b7a6}.ln i{position:absolute;left:2.2mm;top:1.3mm;width:8px;height:8px;border-radius:50%;background:#8c5e3c}
.c{padding:0 0 3mm 1mm}.emp{color:#8c5e3c}ul{margin:.8mm 0 0;padding-left:4.5mm}
.sig{margin-top:8mm;font-size:9pt}.sig .s{font:italic 17pt ${EN_SERIF};color:#334;margin-top:2mm}`;
  const [first, ...rest] = p.name.split(' ');
  const body = `<aside class="side"><div class="ph">${avatar(128, 162, '#e6dccf', '#b39b83')}</div>
<h3>Personal details</h3><p><span class="k">Date of birth</span>${esc(x.dob)} in ${esc(x.birthplace)}</p><p><span class="k">Nationality</span>${esc(x.nationality)}</p><p><span class="k">Marital status</span>${esc(x.marital)}</p>
<h3>Contact</h3><p><span class="k">Address</span>${esc(p.address)}</p><p><span class="k">Mobile</span>${esc(p.phoneShow[2])}</p><p><span class="k">E-mail</span>${esc(p.email)}</p>
<h3>Skills</h3>${skillsOf(p).map((s, i) => `<div class="sk"><span>${esc(s)}</span><i>${dots(lv[i] ?? 4)}</i></div>`).join('')}
<h3>Languages</h3>${p.languages.map((l) => `<p>${esc(l)}</p>`).join('')}
<h3>Interests</h3><p>${esc(p.interests.join(', '))}</p></aside>
<main><h1>${esc(first)} <b>${esc(rest.join(' '))}</b></h1><div class="hl">${esc(p.headline)}</div>
<h2>Professional experience</h2>${items.map(row).join('')}
<h2>Education</h2>${p.education.map((e) => row({ s: e.start, e: e.end, town: e.town ?? '', html: `<b>${esc(e.degree)}</b><div class="emp">${esc(e.school)}</div>` })).join('')}
<h2>Further training</h2>${p.certificates.map((c) => `<div class="r"><div class="w"></div><div class="ln"><i></i></div><div class="c">${esc(c)}</div></div>`).join('')}
<div class="sig">${esc(x.signedAt)}<div class="s">${esc(p.name)}</div></div></main>`;
  return page(css, body, 'en', `Lebenslauf ${p.name}`);
}

// ─────────────────────────────────────────────────────────────────────────────
// 10. moderncv-casual — LaTeX moderncv "casual" style look: big two-tone name top left, coloured rules hanging in the
//     left margin before section titles, dates right-aligned in the margin column, and the address/phone/e-mail only in
//     the page FOOTER (repeated on every page).
// ─────────────────────────────────────────────────────────────────────────────
export function moderncvCasual(p: Person): string {
  const [first, ...rest] = p.name.split(' ');
  const entry = (when: string, html: string) => `<div class="e"><div class="w">${when}</div><div class="x">${html}</div></div>`;
  const gapRows = p.gaps.map((g) => ({ s: g.start, html: entry(`${fd(g.start, 'MM/YYYY')}–${fd(g.end, 'MM/YYYY')}`, `<i>${esc(g.text)}</i>`) }));
  const jobRows = newestFirst(p).map((j) => ({
    s: j.start,
    html: entry(`${fd(j.start, 'MM/YYYY')}–${j.end ? fd(j.end, 'MM/YYYY') : 'today'}`, `<b>${esc(j.title)}</b>, <i>${esc(j.company)}</i>, ${esc(j.town)}.<ul>${li(j.bullets)}</ul>`),
  }));
  const rows = [...jobRows, ...gapRows].sort((a, b) => (b.s < a.s ? -1 : 1)).map((r) => r.html).join('');
  const foot = `${p.address}  •  ${p.phoneShow[0]}  •  ${p.email}`;
  const css = `@page{size:A4;margin:16mm 18mm 22mm 16mm;@bottom-center{content:"${esc(foot)}";font:8.5pt ${EN_SERIF};color:#555;border-top:.5pt solid #3873b3;padding-top:1.5mm;margin-top:4mm}}
body{margin:0;font:10pt/1.42 ${EN_SERIF};color:#222}
h1{font-size:34pt;font-weight:normal;margin:0;line-height:1.05;color:#3873b3}h1 span{color:#666;font-weight:300}
.title{font-size:13pt;color:#777;font-style:italic;margin:1mm 0 7mm}
.sec{display:grid;grid-template-columns:38mm 1fr;gap:0 4mm;align-items:center;margin:5mm 0 2mm}
.sec .rule{height:2.2mm;background:#3873b3}.sec h2{margin:0;font-size:14pt;font-weight:normal;color:#3873b3}
.e{display:grid;grid-template-columns:38mm 1fr;gap:0 4mm;margin:0 0 1.8mm;break-inside:avoid}.e .w{text-align:right;font-size:9.3pt;color:#333}
ul{margin:.5mm 0 0;padding-left:4.5mm}.e .x{font-size:9.8pt}`;
  const sec = (t: string) => `<div class="sec"><div class="rule"></div><h2>${t}</h2></div>`;
  const body = `<h1><span>${esc(first)}</span> ${esc(rest.join(' '))}</h1><div class="title">${esc(p.headline)}</div>
${entry('', `<i>${esc(p.summary)}</i>`)}
${sec('Experience')}${rows}
${sec('Education')}${p.education.map((e) => entry(`${fd(e.start, 'YYYY')}–${fd(e.end, 'YYYY')}`, `<b>${esc(e.degree)}</b>, <i>${esc(e.school)}</i>, ${esc(e.town ?? '')}.`)).join('')}
${sec('Skills')}${entry('', skillsOf(p).map(esc).join(', '))}
${sec('Certificates and licences')}${p.certificates.map((c) => entry('', esc(c))).join('')}
${sec('Languages')}${p.languages.map((l) => { const [a, b] = l.split(' — '); return entry(esc(a), esc(b ?? '')); }).join('')}
${sec('Interests')}${entry('', esc(p.interests.join(', ')))}`;
  return page(css, body, 'en', `${p.name} — Curriculum Vitae`);
}

// ─────────────────────────────────────────────────────────────────────────────
// 11. miniprogram — résumé made in a WeChat mini-program and exported to PDF: rounded cards on a grey page,
//     avatar + tag row header, "公司 / 职位 · 日期" entries, tool watermark line at the end.
// ─────────────────────────────────────────────────────────────────────────────
export function miniprogram(p: Person): string {
  const x = p.extra;
  const work = newestFirst(p)
    .map((j) => `<div class="it"><div class="h"><b>${esc(j.company)}</b></div><div class="s">${esc(j.title)} · ${fd(j.start, 'YYYY年M月')}-${j.end ? fd(j.end, 'YYYY年M月') : '至今'}</div><div class="txt">工作内容：${j.bullets.map(esc).join('')}</div></div>`)
    .join('');
  const css = `@page{size:A4;margin:8mm 10mm}
html{background:#f2f3f5}body{margin:0;font:10pt/1.7 ${ZH_SANS};color:#333}
.card{background:#fff;border-radius:9px;padding:5mm 6mm;margin:0 0 4mm;break-inside:avoid}
.hdr{display:flex;gap:5mm;align-items:center}.hdr .av{width:22mm;height:22mm;border-radius:50%;overflow:hidden}
.hdr h1{margin:0;font-size:18pt}.tags{color:#888;font-size:9pt}.tags span{margin-right:3mm}
.ct{display:flex;gap:7mm;margin-top:2mm;font-size:9.2pt;color:#555}
h2{font-size:11.5pt;margin:0 0 2mm;display:flex;align-items:center}h2:before{content:"";width:4px;height:13px;background:#07c160;border-radius:2px;margin-right:2mm}
.it{padding:2mm 0;border-bottom:1px dashed #eee}.it:last-child{border-bottom:0}.s{color:#888;font-size:9pt}.txt{font-size:9.4pt}
.sk span{display:inline-block;background:#e9f9f0;color:#07a355;border-radius:12px;padding:0 3mm;margin:0 2mm 2mm 0;font-size:9pt}
.wm{text-align:center;color:#bbb;font-size:8pt;margin-top:2mm}`;
  const body = `<div class="card"><div class="hdr"><div class="av">${avatar(83, 83, '#e3f4ea', '#8fd1ad', true)}</div><div><h1>${esc(p.name)}</h1>
<div class="tags"><span>${x.gender}</span><span>${x.age}</span><span>${x.degree}</span><span>${esc(x.status ?? '在职-考虑机会')}</span></div></div></div>
<div class="ct"><span>${icon.phone('#07c160')} ${esc(p.phoneShow[2])}</span><span>${icon.mail('#07c160')} ${esc(p.email)}</span></div></div>
<div class="card"><h2>求职意向</h2><div>${esc(p.headline)}　·　${esc(p.location)}　·　${esc(x.salary ?? '薪资面议')}</div></div>
<div class="card"><h2>个人优势</h2><div>${esc(p.summary)}</div></div>
<div class="card"><h2>工作经历</h2>${work}</div>
<div class="card"><h2>教育经历</h2>${p.education.map((e) => `<div class="it"><b>${esc(e.school)}</b><div class="s">${esc(e.degree)} · ${fd(e.start, 'YYYY年M月')}-${fd(e.end, 'YYYY年M月')}</div></div>`).join('')}</div>
<div class="card"><h2>专业技能</h2><div class="sk">${skillsOf(p).map((s) => `<span>${esc(s)}</span>`).join('')}</div></div>
<div class="card"><h2>资格证书</h2>${p.certificates.map((c) => `<div>${esc(c)}</div>`).join('')}<h2 style="margin-top:3mm">语言能力</h2>${p.languages.map((c) => `<div>${esc(c)}</div>`).join('')}</div>
<div class="wm">— 本简历由「简历助手」小程序生成 · 2026-11-28 —</div>`;
  return page(css, body, 'zh', p.name);
}

// ─────────────────────────────────────────────────────────────────────────────
// 12. chicv — Typst "chicv"-style Chinese CV: name left with contact stacked on the right of the same header row,
//     rule under each heading, company bold + title after a dash, grey dates pushed right, grouped skills lines.
// ─────────────────────────────────────────────────────────────────────────────
export function chicv(p: Person): string {
  const mixed = p.language === 'mixed';
  const H = (zh: string, en: string) => (mixed ? `${zh} <span class="en">${en}</span>` : zh);
  const sk = skillsOf(p);
  const half = Math.ceil(sk.length / 2);
  const jobs = newestFirst(p)
    .map((j) => `<div class="e"><div class="l"><b>${esc(j.company)}</b> — ${esc(mixed && j.titleAlt ? `${j.title} / ${j.titleAlt}` : j.title)}<span class="d">${period(j, 'YYYY.MM', mixed ? 'Present' : '至今', ' – ')}</span></div><ul>${li(j.bullets)}</ul></div>`)
    .join('');
  const css = `@page{size:A4;margin:14mm 15mm}
body{margin:0;font:9.8pt/1.55 "Linux Libertine","Liberation Serif","Noto Serif CJK SC","WenQuanYi Zen Hei",serif;color:#222}
.hd{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:.8pt solid #222;padding-bottom:2mm}
h1{margin:0;font-size:25pt;font-family:${ZH_SANS};letter-spacing:2px}h1 small{font-size:12pt;letter-spacing:0;color:#555;margin-left:3mm}
.ct{text-align:right;font-size:8.8pt;line-height:1.55}.ct svg{margin-left:3px}
h2{font-size:11.5pt;margin:5mm 0 2mm;font-family:${ZH_SANS};border-bottom:.5pt solid #999;padding-bottom:.6mm}h2 .en{font-weight:normal;color:#777;font-size:9.5pt}
.e{margin:0 0 2mm;break-inside:avoid}.l{display:flex}.l .d{margin-left:auto;color:#777;font-style:italic;white-space:nowrap;padding-left:3mm}
ul{margin:.5mm 0 0;padding-left:5mm}.sk{margin:0 0 1mm}`;
  const body = `<div class="hd"><h1>${esc(p.name)}${mixed ? `<small>${esc(p.nameAlt ?? '')}</small>` : ''}</h1><div class="ct">${esc(p.phoneShow[1])}${icon.phone('#555')}<br>${esc(p.email)}${icon.mail('#555')}<br>${esc(p.extra.github ?? p.location)}${p.extra.github ? icon.code('#555') : icon.pin('#555')}</div></div>
<h2>${H('个人总结', 'Summary')}</h2><div>${esc(p.summary)}</div>
<h2>${H('工作经历', 'Experience')}</h2>${jobs}
<h2>${H('教育经历', 'Education')}</h2>${p.education.map((e) => `<div class="e"><div class="l"><b>${esc(e.school)}</b> — ${esc(e.degree)}<span class="d">${fd(e.start, 'YYYY.MM')} – ${fd(e.end, 'YYYY.MM')}</span></div></div>`).join('')}
<h2>${H('技能', 'Skills')}</h2><div class="sk"><b>${mixed ? '核心 Core' : '专业工具'}：</b>${sk.slice(0, half).map(esc).join('，')}</div><div class="sk"><b>${mixed ? '方法 Methods' : '方法能力'}：</b>${sk.slice(half).map(esc).join('，')}</div>
<h2>${H('其他', 'Other')}</h2><div class="sk">${H('证书', 'Certificates')}：${p.certificates.map(esc).join('；')}</div><div class="sk">${H('语言', 'Languages')}：${p.languages.map(esc).join('；')}</div>`;
  return page(css, body, 'zh', p.name);
}

// ─────────────────────────────────────────────────────────────────────────────
// 13. obsidian — an Obsidian note exported to PDF: file name as the inline title, a "Properties" block from YAML
//     front matter, callout, wiki-link skills, "### Title — Company" with an italic ISO date line.
// ─────────────────────────────────────────────────────────────────────────────
export function obsidian(p: Person): string {
  const jobs = newestFirst(p)
    .map((j) => `<h3>${esc(j.title)} — ${esc(j.company)}</h3><p class="d"><em>${fd(j.start, 'YYYY-MM')} → ${j.end ? fd(j.end, 'YYYY-MM') : 'present'} · ${esc(j.town)}</em></p><ul>${li(j.bullets)}</ul>`)
    .join('');
  const prop = (k: string, v: string, ic: string) => `<div class="pr"><span class="k">${ic} ${k}</span><span class="v">${v}</span></div>`;
  const css = `@page{size:A4;margin:16mm 17mm}
body{margin:0;font:10.2pt/1.55 "Inter",${EN_SANS};color:#222}
.it{font-size:23pt;font-weight:700;margin:0 0 3mm}
.props{border-top:1px solid #e3e3e3;border-bottom:1px solid #e3e3e3;padding:1.5mm 0;margin:0 0 4mm;font-size:9pt}.props .t{color:#888;font-size:8.5pt;margin-bottom:1mm}
.pr{display:grid;grid-template-columns:36mm 1fr;padding:.5mm 0}.pr .k{color:#777}.tag{background:#ece8fb;color:#6a4fc9;border-radius:9px;padding:0 2mm;margin-right:1mm;font-size:8.4pt}
.callout{background:#eef4fd;border-left:3px solid #448aff;padding:2mm 4mm;border-radius:3px;margin:0 0 3mm}.callout b{color:#2f6fdb}
h2{font-size:15pt;margin:5mm 0 2mm;border-bottom:1px solid #eee}h3{font-size:11.5pt;margin:3.5mm 0 0}
.d{margin:0;color:#666}ul{margin:1mm 0 0;padding-left:6mm}a.wl{color:#705dcf;text-decoration:none}
.sk{columns:2;column-gap:8mm}`;
  const body = `<div class="it">CV - ${esc(p.name)}</div>
<div class="props"><div class="t">Properties</div>${prop('name', esc(p.name), '≡')}${prop('role', esc(p.headline), '≡')}${prop('email', esc(p.email), '@')}${prop('phone', esc(p.phoneShow[0]), '#')}${prop('location', esc(p.location), '≡')}${prop('tags', '<span class="tag">cv</span><span class="tag">job-search-2026</span>', '⌗')}${prop('updated', '2026-11-27', '◷')}</div>
<div class="callout"><b>ⓘ Summary</b><br>${esc(p.summary)}</div>
<h2>Experience</h2>${jobs}
<h2>Skills</h2><ul class="sk">${skillsOf(p).map((s) => `<li><a class="wl">${esc(s)}</a></li>`).join('')}</ul>
<h2>Education</h2>${p.education.map((e) => `<h3>${esc(e.degree)} — ${esc(e.school)}</h3><p class="d"><em>${fd(e.start, 'YYYY-MM')} → ${fd(e.end, 'YYYY-MM')}</em></p>`).join('')}
<h2>Certifications</h2><ul>${li(p.certificates)}</ul><h2>Languages</h2><ul>${li(p.languages)}</ul>`;
  return page(css, body, 'en', `CV - ${p.name}`);
}

// ─────────────────────────────────────────────────────────────────────────────
// 14. gantt — career "timeline grid" (consulting / design CV habit): a bordered table with the period, employer and
//     role in text cells and one narrow column per year shaded while the role ran; education and skills as tables.
// ─────────────────────────────────────────────────────────────────────────────
export function gantt(p: Person): string {
  const zh = p.language === 'zh';
  const mixed = p.language === 'mixed';
  const y0 = Number(p.work[0].start.slice(0, 4));
  const years: number[] = [];
  for (let y = y0; y <= 2026; y++) years.push(y);
  const cover = (j: Job, y: number) => {
    const s = j.start.slice(0, 4);
    const e = (j.end ?? '2026-12').slice(0, 4);
    return Number(s) <= y && y <= Number(e);
  };
  const L = (en: string, z: string) => (zh ? z : mixed ? `${z} ${en}` : en);
  const per = (j: Job) => (zh ? period(j, 'YYYY.MM', '至今', '–') : mixed ? period(j, 'YYYY.MM', 'now', '–') : period(j, 'MM.YYYY', 'present', ' – '));
  const rows = p.work
    .map(
      (j) => `<tr><td class="p">${per(j)}</td><td>${esc(j.company)}</td><td>${esc(j.title)}${mixed && j.titleAlt ? `<br><span class="alt">${esc(j.titleAlt)}</span>` : ''}</td>${years.map((y) => `<td class="y${cover(j, y) ? ' on' : ''}"></td>`).join('')}</tr>`,
    )
    .join('');
  const duties = newestFirst(p)
    .map((j) => `<tr><td class="p">${per(j)}</td><td><b>${esc(j.title)}</b> · ${esc(j.company)}<ul>${li(j.bullets)}</ul></td></tr>`)
    .join('');
  const font = zh || mixed ? ZH_SANS : EN_SANS;
  const css = `@page{size:A4 landscape;margin:11mm 12mm}
body{margin:0;font:9pt/1.4 ${font};color:#222}
.hd{display:flex;justify-content:space-between;align-items:flex-end;margin-bottom:3mm}h1{margin:0;font-size:20pt}h1 small{font-size:11pt;color:#666;margin-left:2mm}.hd .c{text-align:right;font-size:8.8pt}
table{border-collapse:collapse;width:100%;margin:0 0 4mm}th,td{border:1px solid #9aa5b1;padding:1mm 1.5mm;vertical-align:top}th{background:#1f3b57;color:#fff;font-weight:bold;font-size:8.4pt}
td.p{white-space:nowrap;width:34mm}td.y{width:6.5mm;padding:0}td.on{background:#4f86b8}th.y{font-size:6.8pt;padding:1mm 0;text-align:center;writing-mode:vertical-rl;transform:rotate(180deg);height:11mm}
.alt{color:#666;font-size:8pt}ul{margin:.5mm 0 0;padding-left:4mm}caption{text-align:left;font-weight:bold;font-size:10.5pt;color:#1f3b57;padding:0 0 1mm}
.two{display:grid;grid-template-columns:1fr 1fr;gap:6mm;break-inside:avoid}tr{break-inside:avoid}`;
  const body = `<div class="hd"><div><h1>${esc(p.name)}${mixed ? `<small>${esc(p.nameAlt ?? '')}</small>` : ''}</h1><div>${esc(p.headline)}</div></div>
<div class="c">${L('Mobile', '手机')}: ${esc(p.phoneShow[zh ? 1 : 0])}<br>${L('E-mail', '邮箱')}: ${esc(p.email)}<br>${esc(p.location)}</div></div>
<table><caption>${L('Career timeline', '职业经历时间轴')}</caption><tr><th>${L('Period', '起止时间')}</th><th>${L('Employer', '单位')}</th><th>${L('Role', '职务')}</th>${years.map((y) => `<th class="y">${y}</th>`).join('')}</tr>${rows}</table>
<table><caption>${L('Responsibilities and results', '主要工作内容')}</caption><tr><th>${L('Period', '时间')}</th><th>${L('Role and employer', '职务与单位')}</th></tr>${duties}</table>
<div class="two"><table><caption>${L('Skills', '专业技能')}</caption><tr><th>${L('Skill', '技能')}</th><th>${L('Skill', '技能')}</th></tr>${(() => {
    const s = skillsOf(p);
    const out: string[] = [];
    for (let i = 0; i < s.length; i += 2) out.push(`<tr><td>${esc(s[i])}</td><td>${esc(s[i + 1] ?? '')}</td></tr>`);
    return out.join('');
  })()}</table>
<table><caption>${L('Education, certificates, languages', '教育、证书与语言')}</caption>${p.education.map((e) => `<tr><td class="p">${fd(e.start, 'YYYY.MM')}–${fd(e.end, 'YYYY.MM')}</td><td>${esc(e.school)} · ${esc(e.degree)}</td></tr>`).join('')}
${p.certificates.map((c) => `<tr><td class="p">${L('Certificate', '证书')}</td><td>${esc(c)}</td></tr>`).join('')}<tr><td class="p">${L('Languages', '语言')}</td><td>${p.languages.map(esc).join('; ')}</td></tr></table></div>`;
  return page(css, body, zh ? 'zh' : 'en', p.name);
}
