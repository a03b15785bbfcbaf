/**
 * heldout-36: single- and two-column CVs as HTML/CSS for Chromium's print.
 */
import { byId, type Person } from './people.ts';
import { d, esc as e, monthsOf } from './lib.ts';

const recent = (p: Person) => [...p.jobs].reverse();
const page = (css: string, body: string, lang = 'en') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>
body { margin: 0; color: #222; }
* { box-sizing: border-box; }
ul { margin: 2pt 0 0; padding-left: 13pt; }
li { margin: 0 0 1pt; }
.entry { break-inside: avoid; }
${css}</style></head><body>${body}</body></html>`;
const dur = (n: number) => { const y = Math.floor(n / 12), m = n % 12; return [y ? `${y} yr${y > 1 ? 's' : ''}` : '', m ? `${m} mo${m > 1 ? 's' : ''}` : ''].filter(Boolean).join(' '); };

/* YAAC: Another Awesome CV (LaTeX) look */
export function yaac(p: Person, tagline: string): string {
  const [first, ...rest] = p.language === 'mixed' ? [p.name, p.alt ?? ''] : [p.name.split(' ').slice(0, -1).join(' '), p.name.split(' ').slice(-1)[0]];
  const css = `body { font: 9.8pt "Liberation Sans", "WenQuanYi Zen Hei", sans-serif; }
.head { text-align: center; margin-bottom: 8pt; }
.head .n { font-size: 25pt; letter-spacing: 1pt; } .head .n b { color: #0395DE; font-weight: 700; } .head .n span { font-weight: 300; color: #444; }
.head .t { color: #0395DE; font-size: 10pt; margin: 2pt 0 4pt; text-transform: uppercase; letter-spacing: 1.5pt; }
.head .c { font-size: 8.6pt; color: #555; }
h2 { font-size: 12pt; color: #0395DE; margin: 10pt 0 4pt; font-weight: 600; display: flex; align-items: center; gap: 6pt; }
h2::after { content: ""; flex: 1; border-bottom: 1.2pt solid #0395DE; }
.row { display: flex; justify-content: space-between; } .row .r { color: #0395DE; font-style: italic; font-size: 9pt; white-space: nowrap; }
.co { color: #555; font-size: 9pt; }
.entry { margin-bottom: 6pt; }
.sk { display: grid; grid-template-columns: 1fr 1fr; gap: 1pt 14pt; }`;
  const body = `<div class="head"><div class="n"><b>${e(first)}</b> <span>${e(rest.join(' '))}</span></div><div class="t">${e(tagline)}</div>
<div class="c">✉ ${e(p.email)} &nbsp;|&nbsp; ☎ ${e(p.phoneIntl)} &nbsp;|&nbsp; ⌂ ${e(p.address.slice(-2).join(', '))}</div></div>
<h2>Summary</h2><div>${e(p.summary)}</div>
<h2>Professional Experience</h2>
${recent(p).map((j) => `<div class="entry"><div class="row"><b>${e(j.title)}</b><span class="r">${d.mon(j.start)} – ${d.mon(j.end, 'Now')}</span></div><div class="co">${e(j.company)}, ${e(j.town)}</div><ul>${j.duties.map((x) => `<li>${e(x)}</li>`).join('')}</ul></div>`).join('')}
<h2>Education</h2>
${p.education.map((s) => `<div class="entry"><div class="row"><b>${e(s.award)}</b><span class="r">${d.year(s.start)} – ${d.year(s.end)}</span></div><div class="co">${e(s.school)}, ${e(s.town)}</div></div>`).join('')}
<h2>Skills</h2><div class="sk">${p.skills.map((s) => `<div>▸ ${e(s.s)}</div>`).join('')}</div>
<h2>Languages</h2><div>${e(p.languages.join(' · '))}</div>
${p.certificates.length ? `<h2>Certifications</h2><div>${e(p.certificates.join(' · '))}</div>` : ''}`;
  return page(css, body, p.language === 'mixed' ? 'zh' : 'en');
}

/* currvita (LaTeX class): serif, labels in a left margin column */
export function currvita(p: Person, place: string): string {
  const css = `body { font: 10.5pt "Liberation Serif", "DejaVu Serif", "WenQuanYi Zen Hei", serif; }
h1 { text-align: center; font-size: 17pt; font-weight: normal; margin: 0 0 4pt; letter-spacing: 0.5pt; }
.addr { text-align: center; font-size: 9.5pt; margin-bottom: 10pt; }
h2 { font-size: 12pt; font-weight: bold; font-style: normal; margin: 12pt 0 4pt; }
.it { display: grid; grid-template-columns: 30mm 1fr; gap: 0 5mm; margin-bottom: 4pt; }
.it .l { font-size: 9.5pt; }
.it .b i { font-style: italic; }`;
  const title = p.language === 'mixed' ? `${p.name} — ${p.alt}` : p.name;
  const body = `<h1>Curriculum Vitae — ${e(title)}</h1>
<div class="addr">${e(p.address.join(', '))}<br>${e(p.phoneIntl)} &nbsp;•&nbsp; ${e(p.email)}</div>
<h2>Personal data</h2>
<div class="it"><div class="l">Born</div><div class="b">${e(p.dob.slice(0, 4))}, ${e(p.birthplace)}</div></div>
<div class="it"><div class="l">Nationality</div><div class="b">${e(p.nationality)}</div></div>
<h2>Employment</h2>
${recent(p).map((j) => `<div class="it entry"><div class="l">${d.mmyyyy(j.start)}–${d.mmyyyy(j.end, 'present')}</div><div class="b"><b>${e(j.title)}</b>, <i>${e(j.company)}</i>, ${e(j.town)}.<br>${e(j.duties.join('. '))}.</div></div>`).join('')}
<h2>Education</h2>
${p.education.map((s) => `<div class="it entry"><div class="l">${d.mmyyyy(s.start)}–${d.mmyyyy(s.end)}</div><div class="b">${e(s.award)}, <i>${e(s.school)}</i>, ${e(s.town)}.</div></div>`).join('')}
<h2>Skills</h2>
<div class="it"><div class="l">Technical</div><div class="b">${e(p.skills.map((s) => s.s).join('; '))}</div></div>
<div class="it"><div class="l">Languages</div><div class="b">${e(p.languages.join('; '))}</div></div>
${p.certificates.length ? `<div class="it"><div class="l">Certificates</div><div class="b">${e(p.certificates.join('; '))}</div></div>` : ''}
<h2>References</h2>
${p.referees.map((r) => `<div class="it"><div class="l"></div><div class="b">${e(r.name)}, ${e(r.role)}, ${e(r.org)}. Tel. ${e(r.phone)}</div></div>`).join('')}
<p style="margin-top:14pt">${e(place)}, November 2026</p>`;
  return page(css, body);
}

/* Resumonk "Modern" two-column: main column left, narrow facts column right */
export function resumonk(p: Person, headline: string): string {
  const css = `body { font: 9.6pt "DejaVu Sans", "WenQuanYi Zen Hei", sans-serif; }
.top { border-bottom: 3pt solid #2C3E50; padding-bottom: 6pt; margin-bottom: 8pt; }
.top h1 { margin: 0; font-size: 22pt; color: #2C3E50; } .top .hl { color: #E67E22; font-size: 10.5pt; margin-top: 2pt; }
.cols { display: grid; grid-template-columns: 1fr 58mm; gap: 0 8mm; }
h2 { font-size: 10.5pt; color: #2C3E50; text-transform: uppercase; letter-spacing: 1pt; margin: 8pt 0 4pt; border-bottom: 0.8pt solid #BDC3C7; }
.entry { margin-bottom: 7pt; } .ti { font-weight: bold; } .co { color: #E67E22; } .dt { color: #7F8C8D; font-size: 8.6pt; }
.side div { margin-bottom: 2pt; } .side .lab { color: #7F8C8D; font-size: 8.4pt; margin-top: 4pt; }`;
  const body = `<div class="top"><h1>${e(p.name)}</h1><div class="hl">${e(headline)}</div></div>
<div class="cols"><div>
<h2>Profile</h2><div>${e(p.summary)}</div>
<h2>Work Experience</h2>
${recent(p).map((j) => `<div class="entry"><div class="ti">${e(j.title)}</div><div class="co">${e(j.company)} — ${e(j.town)}</div><div class="dt">${d.month(j.start)} - ${d.month(j.end)}</div><ul>${j.duties.map((x) => `<li>${e(x)}</li>`).join('')}</ul></div>`).join('')}
<h2>Education</h2>
${p.education.map((s) => `<div class="entry"><div class="ti">${e(s.award)}</div><div class="co">${e(s.school)}</div><div class="dt">${d.month(s.start)} - ${d.month(s.end)}</div></div>`).join('')}
</div><div class="side">
<h2>Contact</h2><div class="lab">Phone</div><div>${e(p.phoneIntl)}</div><div class="lab">Email</div><div>${e(p.email)}</div><div class="lab">Address</div><div>${p.address.map(e).join('<br>')}</div>
<h2>Skills</h2>${p.skills.map((s) => `<div>${e(s.s)}</div>`).join('')}
<h2>Languages</h2>${p.languages.map((l) => `<div>${e(l)}</div>`).join('')}
${p.certificates.length ? `<h2>Certifications</h2>${p.certificates.map((c) => `<div>${e(c)}</div>`).join('')}` : ''}
</div></div>`;
  return page(css, body);
}

/* Hiration-style two-column: dark left sidebar with contact and skills */
export function hiration(p: Person, headline: string): string {
  const css = `body { font: 9.6pt "Liberation Sans", "WenQuanYi Zen Hei", sans-serif; }
.wrap { display: grid; grid-template-columns: 62mm 1fr; min-height: 260mm; }
.side { background: #1D3557; color: #F1FAEE; padding: 6mm 5mm; } .side h3 { font-size: 9.5pt; letter-spacing: 1.5pt; border-bottom: 0.8pt solid #A8DADC; margin: 10pt 0 4pt; color: #A8DADC; }
.side div { margin-bottom: 3pt; overflow-wrap: anywhere; }
.main { padding: 6mm 6mm 0 7mm; } .main h1 { margin: 0; font-size: 21pt; color: #1D3557; } .main .hl { color: #E63946; margin: 2pt 0 6pt; font-weight: bold; }
.main h2 { font-size: 10.5pt; color: #1D3557; letter-spacing: 1pt; margin: 10pt 0 4pt; border-bottom: 1pt solid #1D3557; }
.entry { margin-bottom: 7pt; } .r { display: flex; justify-content: space-between; } .dt { color: #555; white-space: nowrap; font-size: 8.8pt; } .co { font-style: italic; }`;
  const body = `<div class="wrap"><div class="side">
<h3>CONTACT</h3><div>${e(p.phoneIntl)}</div><div>${e(p.email)}</div><div>${e(p.address.slice(-2).join(', '))}</div>
<h3>SKILLS</h3>${p.skills.map((s) => `<div>• ${e(s.s)}</div>`).join('')}
<h3>LANGUAGES</h3>${p.languages.map((l) => `<div>${e(l)}</div>`).join('')}
${p.certificates.length ? `<h3>CERTIFICATIONS</h3>${p.certificates.map((c) => `<div>${e(c)}</div>`).join('')}` : ''}
</div><div class="main"><h1>${e(p.name)}</h1><div class="hl">${e(headline)}</div><div>${e(p.summary)}</div>
<h2>WORK EXPERIENCE</h2>
${recent(p).map((j) => `<div class="entry"><div class="r"><b>${e(j.title)}</b><span class="dt">${d.mmyyyy(j.start)} - ${d.mmyyyy(j.end)}</span></div><div class="co">${e(j.company)} | ${e(j.town)}</div><ul>${j.duties.map((x) => `<li>${e(x)}</li>`).join('')}</ul></div>`).join('')}
<h2>EDUCATION</h2>
${p.education.map((s) => `<div class="entry"><div class="r"><b>${e(s.award)}</b><span class="dt">${d.mmyyyy(s.start)} - ${d.mmyyyy(s.end)}</span></div><div class="co">${e(s.school)} | ${e(s.town)}</div></div>`).join('')}
</div></div>`;
  return page(css, body);
}

/* Workopolis (Canadian job board) profile print */
export function workopolis(p: Person): string {
  const css = `body { font: 9.8pt "Liberation Sans", sans-serif; }
.bar { display: flex; justify-content: space-between; border-bottom: 2pt solid #0D6EFD; padding-bottom: 3pt; color: #0D6EFD; font-weight: bold; font-size: 11pt; }
.bar span { color: #666; font-weight: normal; font-size: 8pt; }
h1 { font-size: 19pt; margin: 8pt 0 0; } .loc { color: #555; } h2 { font-size: 11.5pt; margin: 12pt 0 4pt; color: #111; border-bottom: 0.6pt solid #ccc; }
.entry { margin: 0 0 8pt; } .t { font-weight: bold; font-size: 10.5pt; } .dt { color: #555; font-size: 9pt; }
.chips span { display: inline-block; border: 0.7pt solid #0D6EFD; color: #0D6EFD; border-radius: 9pt; padding: 1pt 6pt; margin: 0 3pt 4pt 0; font-size: 9pt; }
.foot { margin-top: 14pt; color: #777; font-size: 8pt; }`;
  const body = `<div class="bar">workopolis<span>Candidate profile — printed Nov 6, 2026</span></div>
<h1>${e(p.name)}</h1><div class="loc">${e(p.address[1])} • ${e(p.phoneNat)} • ${e(p.email)}</div>
<h2>About</h2><div>${e(p.summary)}</div>
<h2>Experience</h2>
${recent(p).map((j) => `<div class="entry"><div class="t">${e(j.title)}</div><div>${e(j.company)} — ${e(j.town)}</div><div class="dt">${d.mon(j.start)} - ${d.mon(j.end)} · ${dur(monthsOf(j))}</div><ul>${j.duties.map((x) => `<li>${e(x)}</li>`).join('')}</ul></div>`).join('')}
<h2>Education</h2>
${p.education.map((s) => `<div class="entry"><div class="t">${e(s.school)}</div><div>${e(s.award)}</div><div class="dt">${d.year(s.start)} - ${d.year(s.end)}</div></div>`).join('')}
<h2>Skills</h2><div class="chips">${p.skills.map((s) => `<span>${e(s.s)}</span>`).join('')}</div>
<h2>Certifications</h2><div>${e(p.certificates.join(', '))}</div>
<h2>Languages</h2><div>${e(p.languages.join(', '))}</div>
<div class="foot">This profile was printed from workopolis.com. Information is provided by the candidate.</div>`;
  return page(css, body);
}

/* 简历本-style Chinese single column with a coloured left bar on headings */
export function jianliben(p: Person, yixiang: string): string {
  const c = '#2B7BB9';
  const x = p.extra ?? {};
  const css = `body { font: 10pt "WenQuanYi Zen Hei", "Droid Sans Fallback", sans-serif; }
.hd { display: grid; grid-template-columns: 1fr 26mm; border-bottom: 1.5pt solid ${c}; padding-bottom: 6pt; }
.hd h1 { font-size: 22pt; margin: 0 0 3pt; color: ${c}; } .hd .yx { margin-bottom: 5pt; }
.info { display: grid; grid-template-columns: 1fr 1fr; gap: 2pt 10pt; font-size: 9.5pt; }
.ph { width: 24mm; height: 32mm; border: 0.8pt solid #ccc; display: flex; align-items: center; justify-content: center; color: #aaa; font-size: 8pt; }
h2 { font-size: 11.5pt; border-left: 4pt solid ${c}; padding-left: 6pt; margin: 12pt 0 5pt; background: #EEF5FB; }
.entry { margin-bottom: 6pt; } .r { display: grid; grid-template-columns: 36mm 1fr 36mm; font-weight: bold; } .r span:last-child { text-align: right; }`;
  const body = `<div class="hd"><div><h1>${e(p.name)}</h1><div class="yx">求职意向:${e(yixiang)}</div>
<div class="info"><div>性别:${p.sex === 'F' ? '女' : '男'}</div><div>出生年月:${d.dot(p.dob.slice(0, 7))}</div><div>民族:${e(x['民族'] ?? '汉族')}</div><div>政治面貌:${e(x['政治面貌'] ?? '群众')}</div><div>电话:${e(p.phoneNat)}</div><div>邮箱:${e(p.email)}</div><div style="grid-column:span 2">现居:${e(p.address[0])}</div></div></div>
<div class="ph">照片</div></div>
<h2>教育背景</h2>
${p.education.map((s) => `<div class="entry"><div class="r"><span>${d.dot(s.start)} - ${d.dot(s.end)}</span><span>${e(s.school)}</span><span>${e(s.award)}</span></div></div>`).join('')}
<h2>工作经历</h2>
${recent(p).map((j) => `<div class="entry"><div class="r"><span>${d.dot(j.start)} - ${d.dot(j.end)}</span><span>${e(j.company)}</span><span>${e(j.title)}</span></div><ul>${j.duties.map((t) => `<li>${e(t)}</li>`).join('')}</ul></div>`).join('')}
<h2>专业技能</h2><ul>${p.skills.map((s) => `<li>${e(s.s)}</li>`).join('')}</ul>
<h2>证书</h2><div>${e(p.certificates.join(' / '))}</div>
<h2>自我评价</h2><div>${e(p.summary)}工作认真负责,沟通能力强,能承受工作压力。</div>`;
  return page(css, body, 'zh');
}

/* 锤子简历-style Chinese two-column: coloured left column, main right */
export function chuizi(p: Person, yixiang: string): string {
  const c = '#3D5A80';
  const x = p.extra ?? {};
  const css = `body { font: 9.8pt "WenQuanYi Zen Hei", sans-serif; }
.wrap { display: grid; grid-template-columns: 58mm 1fr; gap: 0 6mm; }
.side { background: #E0E7EF; padding: 6mm 4mm; min-height: 255mm; } .side .ph { width: 26mm; height: 26mm; border-radius: 50%; background: #98A9BE; margin: 0 auto 6pt; }
.side h1 { text-align: center; font-size: 18pt; margin: 0; color: ${c}; } .side .yx { text-align: center; margin: 2pt 0 8pt; color: #555; }
.side h3 { background: ${c}; color: #fff; font-size: 10pt; padding: 2pt 5pt; margin: 10pt 0 4pt; } .side div { margin-bottom: 2pt; overflow-wrap: anywhere; }
.main h2 { color: ${c}; font-size: 12pt; border-bottom: 1.2pt solid ${c}; margin: 8pt 0 5pt; padding-bottom: 1pt; }
.entry { margin-bottom: 7pt; } .r { display: flex; justify-content: space-between; font-weight: bold; } .dt { color: #666; font-weight: normal; }`;
  const body = `<div class="wrap"><div class="side"><div class="ph"></div><h1>${e(p.name)}</h1><div class="yx">${e(yixiang)}</div>
<h3>个人信息</h3><div>${p.sex === 'F' ? '女' : '男'} | ${d.dot(p.dob.slice(0, 7))}</div><div>籍贯:${e(x['籍贯'] ?? x['籍貫'] ?? p.birthplace)}</div><div>学历:${e(x['学历'] ?? '本科')}</div><div>手机:${e(p.phoneNat)}</div><div>邮箱:${e(p.email)}</div>
<h3>技能特长</h3>${p.skills.map((s) => `<div>● ${e(s.s)}</div>`).join('')}
<h3>语言</h3>${p.languages.map((l) => `<div>${e(l)}</div>`).join('')}
<h3>证书</h3>${p.certificates.map((l) => `<div>${e(l)}</div>`).join('')}
</div><div class="main">
<h2>个人简介</h2><div>${e(p.summary)}</div>
<h2>工作经历</h2>
${recent(p).map((j) => `<div class="entry"><div class="r"><span>${e(j.company)}</span><span class="dt">${d.slash(j.start)} - ${d.slash(j.end)}</span></div><div>${e(j.title)} · ${e(j.town)}</div><ul>${j.duties.map((t) => `<li>${e(t)}</li>`).join('')}</ul></div>`).join('')}
<h2>教育经历</h2>
${p.education.map((s) => `<div class="entry"><div class="r"><span>${e(s.school)}</span><span class="dt">${d.slash(s.start)} - ${d.slash(s.end)}</span></div><div>${e(s.award)}</div></div>`).join('')}
</div></div>`;
  return page(css, body, 'zh');
}

/* Meet.jobs (Taiwan) resume print, Traditional Chinese */
export function meetjobs(p: Person): string {
  const css = `body { font: 10pt "WenQuanYi Zen Hei", sans-serif; }
.brand { color: #1B9AAA; font-weight: bold; font-size: 10pt; text-align: right; }
h1 { font-size: 20pt; margin: 4pt 0 2pt; } .sub { color: #555; margin-bottom: 8pt; }
.card { border: 0.8pt solid #D5E3E6; border-radius: 5pt; padding: 6pt 8pt; margin-bottom: 8pt; break-inside: avoid; }
h2 { font-size: 11.5pt; color: #1B9AAA; margin: 10pt 0 4pt; }
.t { font-weight: bold; } .dt { color: #777; font-size: 9pt; }
.tags span { display: inline-block; background: #E8F6F8; color: #136F7A; padding: 1pt 6pt; margin: 0 4pt 4pt 0; border-radius: 3pt; }`;
  const body = `<div class="brand">Meet.jobs 履歷</div><h1>${e(p.name)}</h1><div class="sub">${e(p.alt ?? '')} · 新竹市 · ${e(p.phoneNat)} · ${e(p.email)}</div>
<h2>關於我</h2><div>${e(p.summary)}</div>
<h2>工作經歷</h2>
${recent(p).map((j) => `<div class="card"><div class="t">${e(j.title)} @ ${e(j.company)}</div><div class="dt">${d.slash(j.start)} ~ ${d.slash(j.end, '現在')} · ${e(j.town)}</div><ul>${j.duties.map((t) => `<li>${e(t)}</li>`).join('')}</ul></div>`).join('')}
<h2>學歷</h2>
${p.education.map((s) => `<div class="card"><div class="t">${e(s.school)}</div><div>${e(s.award)}</div><div class="dt">${d.slash(s.start)} ~ ${d.slash(s.end)}</div></div>`).join('')}
<h2>技能</h2><div class="tags">${p.skills.map((s) => `<span>${e(s.s)}</span>`).join('')}</div>
<h2>語言</h2><div>${e(p.languages.join('、'))}</div>`;
  return page(css, body, 'zh-TW');
}

/* Microsoft Designer-style bilingual résumé: banner, two columns */
export function designer(p: Person, headline: string): string {
  const c = '#7B2D26';
  const css = `body { font: 9.6pt "Liberation Sans", "WenQuanYi Zen Hei", sans-serif; }
.ban { background: ${c}; color: #fff; padding: 8mm 7mm 6mm; } .ban h1 { margin: 0; font-size: 22pt; } .ban .hl { font-size: 10.5pt; opacity: .9; margin-top: 2pt; }
.ban .ct { margin-top: 5pt; font-size: 8.8pt; }
.cols { display: grid; grid-template-columns: 1fr 62mm; gap: 0 7mm; padding: 0 1mm; }
h2 { color: ${c}; font-size: 11pt; margin: 10pt 0 4pt; text-transform: uppercase; letter-spacing: .8pt; }
.entry { margin-bottom: 7pt; } .dt { color: #777; font-size: 8.8pt; } .t { font-weight: bold; }
.side div { margin-bottom: 2pt; }`;
  const body = `<div class="ban"><h1>${e(p.name)} &nbsp;${e(p.alt ?? '')}</h1><div class="hl">${e(headline)}</div><div class="ct">${e(p.phoneIntl)} &nbsp;|&nbsp; ${e(p.email)} &nbsp;|&nbsp; ${e(p.address[p.address.length - 1].split(',').slice(-2).join(',').trim())}</div></div>
<div class="cols"><div>
<h2>Profile 个人简介</h2><div>${e(p.summary)}</div>
<h2>Experience 工作经历</h2>
${recent(p).map((j) => `<div class="entry"><div class="t">${e(j.title)}</div><div>${e(j.company)}</div><div class="dt">${d.mon(j.start)} – ${d.mon(j.end)} · ${e(j.town)}</div><ul>${j.duties.map((x) => `<li>${e(x)}</li>`).join('')}</ul></div>`).join('')}
</div><div class="side">
<h2>Education 教育</h2>${p.education.map((s) => `<div class="entry"><div class="t">${e(s.school)}</div><div>${e(s.award)}</div><div class="dt">${d.year(s.start)} – ${d.year(s.end)}</div></div>`).join('')}
<h2>Skills 技能</h2>${p.skills.map((s) => `<div>■ ${e(s.s)}</div>`).join('')}
<h2>Languages 语言</h2>${p.languages.map((l) => `<div>${e(l)}</div>`).join('')}
</div></div>`;
  return `<!doctype html><html lang="zh"><head><meta charset="utf-8"><style>body{margin:0;color:#222} *{box-sizing:border-box} ul{margin:2pt 0 0;padding-left:13pt} .entry{break-inside:avoid} ${css}</style></head><body>${body}</body></html>`;
}

export interface HtmlCv { person: string; template: string; layout: 'single' | 'twocol'; build: () => string }
export const htmlCvs: HtmlCv[] = [
  { person: 'p01', template: 'yaac', layout: 'single', build: () => yaac(byId('p01'), 'Senior Accountant · IFRS · Public & cooperative finance') },
  { person: 'p02', template: 'resumonk', layout: 'twocol', build: () => resumonk(byId('p02'), 'Marine Reserve Ranger | Fisheries Technician') },
  { person: 'p03', template: 'hiration', layout: 'twocol', build: () => hiration(byId('p03'), 'Assistant Manager — Private Wealth, Trust & Company Administration') },
  { person: 'p03', template: 'currvita', layout: 'single', build: () => currvita(byId('p03'), 'St Helier') },
  { person: 'p04', template: 'resumonk', layout: 'twocol', build: () => resumonk(byId('p04'), 'Registered Nurse · Public Health Programme Officer') },
  { person: 'p06', template: 'yaac', layout: 'single', build: () => yaac(byId('p06'), 'Senior Highway Engineer') },
  { person: 'p06', template: 'hiration', layout: 'twocol', build: () => hiration(byId('p06'), 'Civil / Highway Engineer — 16 years') },
  { person: 'p07', template: 'workopolis', layout: 'single', build: () => workopolis(byId('p07')) },
  { person: 'p08', template: 'jianliben', layout: 'single', build: () => jianliben(byId('p08'), '财务经理 | 南宁') },
  { person: 'p09', template: 'chuizi', layout: 'twocol', build: () => chuizi(byId('p09'), '结构设计经理') },
  { person: 'p10', template: 'jianliben', layout: 'single', build: () => jianliben(byId('p10'), '国际中文教师 | 青岛') },
  { person: 'p10', template: 'chuizi', layout: 'twocol', build: () => chuizi(byId('p10'), '国际中文教师') },
  { person: 'p12', template: 'meetjobs', layout: 'single', build: () => meetjobs(byId('p12')) },
  { person: 'p13', template: 'ms-designer', layout: 'twocol', build: () => designer(byId('p13'), 'Senior Data Scientist · 高级数据科学家') },
  { person: 'p15', template: 'ms-designer', layout: 'twocol', build: () => designer(byId('p15'), 'Head of Marketing · 市场负责人') },
  { person: 'p15', template: 'yaac', layout: 'single', build: () => yaac(byId('p15'), 'Consumer brand marketing') },
  { person: 'p16', template: 'currvita', layout: 'single', build: () => currvita(byId('p16'), 'Halifax') },
];
