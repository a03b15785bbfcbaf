/** HTML templates printed by Chromium (heldout-39). Each returns a full HTML document. */
import type { Person } from './people.ts';
import { d, dual, endOr, esc, groups, newest, range, SVG } from './fmt.ts';

const page = (css: string, body: string, lang = 'en') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>
* { box-sizing: border-box; } body { margin: 0; font-family: 'Liberation Sans', Arial, 'WenQuanYi Zen Hei', sans-serif; font-size: 10pt; color: #222; }
${css}</style></head><body>${body}</body></html>`;

const bullets = (xs: string[]) => `<ul>${xs.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>`;

/** CV-Library (UK) CV builder download: icon contact row, "Key Skills" as a 3-column competencies grid. */
export function cvlibrary(p: Person): string {
  const mob = p.id === 'p01' ? `M: ${p.mobNat}` : `Mob: ${p.mobIntl}`;
  const other = p.other ? `<span>${SVG.home} ${p.other.label === 'Home' ? 'T' : 'W'}: ${esc(p.other.number)}${p.other.label === 'Home' ? ' (home)' : ''}</span>` : '';
  return page(`
.hd { border-bottom: 3px solid #0b6e4f; padding-bottom: 6px; } h1 { margin: 0; font-size: 24pt; color: #0b6e4f; font-weight: 700; }
.role { font-size: 12pt; color: #555; margin: 2px 0 6px; } .ct { display: flex; flex-wrap: wrap; gap: 4px 16px; font-size: 9pt; } .ct svg { color: #0b6e4f; vertical-align: -1px; }
h2 { font-size: 11pt; text-transform: uppercase; letter-spacing: .08em; color: #0b6e4f; margin: 14px 0 6px; }
.grid { display: grid; grid-template-columns: repeat(3, 1fr); gap: 4px 10px; } .grid div { background: #eef6f2; padding: 3px 6px; border-left: 3px solid #0b6e4f; font-size: 9.5pt; }
.job { margin-bottom: 8px; } .jt { display: flex; justify-content: space-between; font-weight: 700; } .jt span:last-child { font-weight: 400; color: #555; }
ul { margin: 2px 0 0 16px; padding: 0; }`, `
<div class="hd"><h1>${esc(p.name)}</h1><div class="role">${esc(p.headline)}</div>
<div class="ct"><span>${SVG.phone} ${mob}</span>${other}<span>${SVG.mail} ${esc(p.email)}</span><span>${SVG.pin} ${esc(p.city)}, ${esc(p.country)}</span></div></div>
<h2>Personal Profile</h2><p>${esc(p.summary)}</p>
<h2>Key Skills</h2><div class="grid">${p.skills.map((s) => `<div>${esc(s.name)}</div>`).join('')}</div>
<h2>Employment History</h2>${newest(p).map((j) => `<div class="job"><div class="jt"><span>${esc(j.title)} | ${esc(j.company)}</span><span>${range(j, 'Mon YYYY', 'Present')}</span></div>${bullets(j.duties)}</div>`).join('')}
<h2>Education</h2>${p.education.map((e) => `<div class="jt"><span>${esc(e.degree)} – ${esc(e.school)}</span><span>${d(e.start, 'Mon YYYY')} – ${d(e.end, 'Mon YYYY')}</span></div>`).join('')}
<h2>Additional Information</h2><p>Languages: ${esc(p.languages.join(', '))}<br>${esc((p.extra ?? []).join(' · '))}</p>
<p style="font-size:8pt;color:#999;margin-top:18px">CV created with the CV-Library CV builder</p>`);
}

/** NaukriGulf-style profile print: label/value contact block with mobile and alternate number, key skills line, IT skills table. */
export function naukrigulf(p: Person): string {
  const mobile = p.id === 'p07' ? `${p.mobIntl.replace(/ /g, '-').replace('-55-', '-55-')} (UAE)` : `+91 ${p.mobNat}`;
  const alt = p.other ? `${esc(p.other.number)} (${esc(p.other.label)})` : '—';
  const it = p.skills.filter((s) => !['Admin', 'Architecture'].includes(s.group)).slice(0, 6);
  return page(`
.top { background: #f4f7fb; border: 1px solid #d6e0ee; padding: 10px 12px; } h1 { margin: 0 0 2px; font-size: 18pt; color: #1d3f72; }
.kv { display: grid; grid-template-columns: 34mm 1fr 34mm 1fr; gap: 2px 8px; font-size: 9pt; margin-top: 6px; } .kv b { color: #666; font-weight: 400; }
h2 { font-size: 10.5pt; color: #1d3f72; border-bottom: 1px solid #1d3f72; margin: 12px 0 5px; padding-bottom: 2px; }
table.it { border-collapse: collapse; width: 100%; font-size: 9pt; } .it th, .it td { border: 1px solid #ccd; padding: 2px 5px; text-align: left; } .it th { background: #eef2f8; }
.job { margin-bottom: 7px; } .job .l1 { font-weight: 700; } .job .l2 { color: #555; font-size: 9pt; } ul { margin: 2px 0 0 16px; padding: 0; }`, `
<div class="top"><h1>${esc(p.name)}</h1><div>${esc(p.headline)} at ${esc(newest(p)[0].company)}</div>
<div class="kv"><b>Mobile</b><span>${mobile}</span><b>Alternate No.</b><span>${alt}</span>
<b>Email</b><span>${esc(p.email)}</span><b>Current Location</b><span>${esc(p.city)}</span>
<b>Nationality</b><span>${p.id === 'p07' ? 'Filipino' : 'Indian'}</span><b>Total Experience</b><span>${p.id === 'p07' ? '11 Year(s) 6 Month(s)' : '11 Year(s) 5 Month(s)'}</span></div></div>
<h2>Profile Summary</h2><p>${esc(p.summary)}</p>
<h2>Key Skills</h2><p>${p.skills.map((s) => esc(s.name)).join(', ')}</p>
<h2>IT Skills</h2><table class="it"><tr><th>Skill</th><th>Last Used</th><th>Experience</th></tr>${it.map((s) => `<tr><td>${esc(s.name)}</td><td>2026</td><td>${s.years} Year(s)</td></tr>`).join('')}</table>
<h2>Work Experience</h2>${newest(p).map((j) => `<div class="job"><div class="l1">${esc(j.title)}</div><div class="l2">${esc(j.company)} &nbsp;|&nbsp; ${j.end ? `${d(j.start, 'Mon YYYY')} to ${d(j.end, 'Mon YYYY')}` : `${d(j.start, 'Mon YYYY')} to Till Date`} &nbsp;|&nbsp; ${esc(j.town)}</div>${bullets(j.duties)}</div>`).join('')}
<h2>Education</h2>${p.education.map((e) => `<p>${esc(e.degree)}, ${esc(e.school)}, ${e.end.slice(0, 4)}</p>`).join('')}
<h2>Languages Known</h2><p>${esc(p.languages.join(', '))}</p>`);
}

/** Jobberman (Nigeria) CV builder: centred header with glyph icons, skills as a tag cloud, MM/YYYY dates. */
export function jobberman(p: Person): string {
  return page(`
.hd { text-align: center; } h1 { font-size: 22pt; margin: 0; letter-spacing: .04em; } .hd .t { color: #0a7d3e; font-weight: 700; margin: 2px 0 6px; }
.ct { font-size: 9pt; color: #333; } .ct span { margin: 0 7px; white-space: nowrap; }
h2 { font-size: 10.5pt; background: #0a7d3e; color: #fff; padding: 3px 8px; margin: 14px 0 6px; }
.tags { display: flex; flex-wrap: wrap; gap: 5px; } .tags span { border: 1px solid #0a7d3e; color: #0a5a2e; border-radius: 12px; padding: 2px 9px; font-size: 9pt; }
.tags span.b { font-size: 10.5pt; font-weight: 700; }
.row { display: grid; grid-template-columns: 34mm 1fr; gap: 6px; margin-bottom: 7px; } .row .dt { color: #555; font-size: 9pt; } ul { margin: 2px 0 0 16px; padding: 0; }`, `
<div class="hd"><h1>${esc(p.name.toUpperCase())}</h1><div class="t">${esc(p.headline)} | ACA</div>
<div class="ct"><span>☎ ${p.mobNat}</span><span>☏ ${esc(p.other!.number)} (office)</span><span>✉ ${esc(p.email)}</span><span>⌂ ${esc(p.address)}</span></div></div>
<h2>PROFESSIONAL SUMMARY</h2><p>${esc(p.summary)}</p>
<h2>SKILLS</h2><div class="tags">${p.skills.map((s) => `<span class="${s.rating >= 5 ? 'b' : ''}">${esc(s.name)}</span>`).join('')}</div>
<h2>WORK EXPERIENCE</h2>${newest(p).map((j) => `<div class="row"><div class="dt">${range(j, 'MM/YYYY', 'Present')}</div><div><b>${esc(j.title)}</b><br>${esc(j.company)}, ${esc(j.town)}${bullets(j.duties)}</div></div>`).join('')}
<h2>EDUCATION</h2>${p.education.map((e) => `<div class="row"><div class="dt">${d(e.start, 'MM/YYYY')} – ${d(e.end, 'MM/YYYY')}</div><div>${esc(e.degree)}<br>${esc(e.school)}</div></div>`).join('')}
<h2>CERTIFICATIONS</h2><p>${esc((p.extra ?? []).join('; '))}</p><h2>LANGUAGES</h2><p>${esc(p.languages.join(', '))}</p>
<p style="font-size:8pt;color:#999">Built on Jobberman · References available on request</p>`);
}

/** Typora export (GitHub theme) of a Markdown résumé: contact in a blockquote, skills as grouped bullet lines. */
export function typora(p: Person): string {
  const zh = p.language === 'zh';
  const now = zh ? '至今' : 'now';
  const contact = p.id === 'p08' ? `手机：+86 ${p.mobNat}（微信同号） ｜ 邮箱：${esc(p.email)} ｜ ${esc(p.city)}`
    : p.id === 'p14' ? `Mobile ${p.mobIntl} · ${esc(p.email)} · Amsterdam, NL · github.com/zchuang-data`
      : `Mobile: ${p.mobIntl} · Email: ${esc(p.email)} · Vancouver, BC · yutongzhou.design`;
  const H = zh ? { sum: '个人简介', sk: '专业技能', w: '工作经历', e: '教育经历', l: '语言' } : { sum: 'About', sk: 'Skills', w: 'Experience', e: 'Education', l: 'Languages' };
  const fmt = zh ? 'YYYY.MM' : 'YYYY-MM';
  return page(`
body { font-family: 'Liberation Sans', 'WenQuanYi Zen Hei', sans-serif; font-size: 10.5pt; line-height: 1.55; color: #333; }
h1 { font-size: 20pt; border-bottom: 1px solid #eee; padding-bottom: .2em; margin: 0 0 8px; } h2 { font-size: 14pt; border-bottom: 1px solid #eee; padding-bottom: .2em; margin: 16px 0 6px; }
h3 { font-size: 11pt; margin: 10px 0 2px; } blockquote { border-left: 4px solid #dfe2e5; color: #777; margin: 0; padding: 0 12px; }
code { background: #f3f4f4; padding: 1px 4px; border-radius: 3px; font-family: 'Liberation Mono', monospace; font-size: 9.5pt; } ul { margin: 2px 0; padding-left: 22px; } em { color: #666; }`, `
<h1>${esc(dual(p, ' / '))}</h1><blockquote><p>${contact}</p></blockquote>
<h2>${H.sum}</h2><p>${esc(p.summary)}</p>
<h2>${H.sk}</h2><ul>${groups(p).map(([g, ss]) => `<li><strong>${esc(g)}</strong>${zh ? '：' : ': '}${ss.map((s) => `<code>${esc(s.name)}</code>`).join(zh ? '、' : ', ')}</li>`).join('')}</ul>
<h2>${H.w}</h2>${newest(p).map((j) => `<h3>${esc(j.company)} · ${esc(j.title)}</h3><p><em>${range(j, fmt, now, ' ~ ')}${zh ? '' : ` · ${esc(j.town)}`}</em></p>${bullets(j.duties)}`).join('')}
<h2>${H.e}</h2>${p.education.map((e) => `<p><strong>${esc(e.school)}</strong> ${esc(e.degree)} <em>${d(e.start, fmt)} ~ ${d(e.end, fmt)}</em></p>`).join('')}
<h2>${H.l}</h2><p>${esc(p.languages.join(zh ? '；' : ' · '))}</p>`, zh ? 'zh' : 'en');
}

/** Maukerja (Malaysia) profile print: profile card, "Phone" row with the +60 number, skills as chips with level words. */
export function maukerja(p: Person): string {
  return page(`
.card { border: 1px solid #f0b400; border-top: 6px solid #f0b400; padding: 10px 14px; } h1 { margin: 0; font-size: 19pt; } .sub { color: #666; }
.kv { display: grid; grid-template-columns: 30mm 1fr; font-size: 9.5pt; margin-top: 6px; } .kv b { color: #888; font-weight: 400; }
h2 { font-size: 11pt; margin: 14px 0 6px; color: #7a5a00; } .chips { display: flex; flex-wrap: wrap; gap: 6px; }
.chips span { background: #fff6d6; border-radius: 4px; padding: 3px 8px; font-size: 9pt; } .chips i { color: #8a6d00; font-style: normal; font-size: 8pt; margin-left: 4px; }
.exp { border-left: 2px solid #f0b400; padding-left: 10px; margin-bottom: 8px; } .exp .dt { font-size: 9pt; color: #777; } ul { margin: 2px 0 0 16px; padding: 0; }`, `
<div class="card"><h1>${esc(p.latin!)} ${esc(p.name)}</h1><div class="sub">${esc(p.headline)} · ${esc(p.city)}</div>
<div class="kv"><b>Phone</b><span>${p.mobIntl}</span><b>Email</b><span>${esc(p.email)}</span><b>Expected salary</b><span>RM 7,500 – 8,500</span><b>Notice period</b><span>1 month</span></div></div>
<h2>About me</h2><p>${esc(p.summary)}</p>
<h2>Skills</h2><div class="chips">${p.skills.map((s) => `<span>${esc(s.name)}<i>${s.level}</i></span>`).join('')}</div>
<h2>Work experience</h2>${newest(p).map((j) => `<div class="exp"><b>${esc(j.title)}</b><br>${esc(j.company)} · ${esc(j.town)}<div class="dt">${range(j, 'Mon YYYY', 'Present', ' - ')}</div>${bullets(j.duties)}</div>`).join('')}
<h2>Education</h2>${p.education.map((e) => `<p>${esc(e.degree)}<br>${esc(e.school)} · ${d(e.end, 'Mon YYYY')}</p>`).join('')}
<h2>Languages</h2><p>${esc(p.languages.join(' · '))}</p><p style="font-size:8pt;color:#aaa">maukerja.my · profile printed 03 Dec 2026</p>`);
}

/** OCC Mundial (Mexico) CV print in the English interface: "Cell phone" with the local 10-digit number, skills with level. */
export function occ(p: Person): string {
  return page(`
.hd { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 2px solid #2d3a8c; padding-bottom: 6px; }
h1 { margin: 0; font-size: 20pt; color: #2d3a8c; } .kv { font-size: 9pt; text-align: right; line-height: 1.5; }
h2 { font-size: 10.5pt; color: #2d3a8c; margin: 13px 0 5px; text-transform: uppercase; } .sk { display: grid; grid-template-columns: 1fr 1fr; gap: 2px 18px; font-size: 9.5pt; }
.sk div { display: flex; justify-content: space-between; border-bottom: 1px dotted #bbb; } .job { margin-bottom: 8px; } .job .dt { color: #666; font-size: 9pt; } ul { margin: 2px 0 0 16px; padding: 0; }`, `
<div class="hd"><div><h1>${esc(p.latin!)} (${esc(p.name)})</h1><div>${esc(p.headline)}</div></div>
<div class="kv">Cell phone: (81) 1907-3342<br>E-mail: ${esc(p.email)}<br>${esc(p.city)}, México<br>Work permit: Residente temporal</div></div>
<h2>Professional objective</h2><p>${esc(p.summary)}</p>
<h2>Skills</h2><div class="sk">${p.skills.map((s) => `<div><span>${esc(s.name)}</span><span>Level: ${s.level}</span></div>`).join('')}</div>
<h2>Work experience</h2>${newest(p).map((j) => `<div class="job"><b>${esc(j.title)}</b> — ${esc(j.company)}<div class="dt">${j.end ? `${d(j.start, 'Month YYYY')} – ${d(j.end, 'Month YYYY')}` : `${d(j.start, 'Month YYYY')} – current`} · ${esc(j.town)}</div>${bullets(j.duties)}</div>`).join('')}
<h2>Education</h2>${p.education.map((e) => `<p>${esc(e.degree)} — ${esc(e.school)} (${e.start.slice(0, 4)}–${e.end.slice(0, 4)})</p>`).join('')}
<h2>Languages</h2><p>${esc(p.languages.join(', '))}</p><p style="font-size:8pt;color:#aaa">OCC Mundial · CV updated 28/11/2026</p>`);
}

/** 金山文档 (KDocs) 简历模板 exported to PDF: main column left, right column 联系方式 / 专业技能 with bars. */
export function kdocs(p: Person): string {
  const contact = p.id === 'p13'
    ? `<p>手机（马来西亚）<br>${p.mobIntl}</p><p>办公室<br>${esc(p.other!.number)}</p><p>邮箱<br>${esc(p.email)}</p><p>现居<br>吉隆坡</p>`
    : p.id === 'p10' ? `<p>电话<br>${p.mobNat}<br>（微信同号）</p><p>邮箱<br>${esc(p.email)}</p><p>现居<br>${esc(p.city)}</p>`
      : `<p>联系方式<br>${p.mobIntl}</p><p>微信<br>sxw_0716</p><p>邮箱<br>${esc(p.email)}</p>`;
  const now = '至今';
  return page(`
.wrap { display: grid; grid-template-columns: 1fr 58mm; gap: 8mm; } h1 { font-size: 22pt; margin: 0; color: #1e4e8c; } .sub { color: #666; margin-bottom: 8px; }
h2 { font-size: 11pt; color: #1e4e8c; border-bottom: 2px solid #1e4e8c; margin: 12px 0 6px; padding-bottom: 2px; }
.side { background: #f2f5fa; padding: 8px 10px; font-size: 9pt; } .side p { margin: 0 0 7px; } .bar { height: 5px; background: #d5dcea; margin: 2px 0 6px; } .bar i { display: block; height: 5px; background: #1e4e8c; }
.job .l1 { display: flex; justify-content: space-between; font-weight: 700; } .job .l1 span:last-child { font-weight: 400; color: #666; } ul { margin: 2px 0 6px 16px; padding: 0; }`, `
<div class="wrap"><div><h1>${esc(p.name)}</h1><div class="sub">${p.latin ? esc(p.latin) + ' ｜ ' : ''}${esc(p.headline)}</div>
<h2>个人简介</h2><p>${esc(p.summary)}</p>
<h2>工作经历</h2>${newest(p).map((j) => `<div class="job"><div class="l1"><span>${esc(j.company)}　${esc(j.title)}</span><span>${range(j, 'YYYY.MM', now, ' - ')}</span></div>${bullets(j.duties)}</div>`).join('')}
<h2>教育背景</h2>${p.education.map((e) => `<div class="job"><div class="l1"><span>${esc(e.school)}</span><span>${d(e.start, 'YYYY.MM')} - ${d(e.end, 'YYYY.MM')}</span></div><div>${esc(e.degree)}</div></div>`).join('')}</div>
<div class="side"><h2>联系方式</h2>${contact}
<h2>专业技能</h2>${p.skills.map((s) => `<div>${esc(s.name)}</div><div class="bar"><i style="width:${s.rating * 20}%"></i></div>`).join('')}
<h2>语言能力</h2><p>${p.languages.map(esc).join('<br>')}</p></div></div>`, 'zh');
}

/** Resume Worded-style two-column: main column left, right column with grouped skills; contact line split by pipes. */
export function resumeworded(p: Person): string {
  const ct = p.id === 'p04' ? `${p.mobNat} | ${esc(p.email)} | ${esc(p.city)} | linkedin.com/in/lachlanpryce`
    : p.id === 'p07' ? `Mobile/WhatsApp: ${p.mobIntl} | ${esc(p.email)} | ${esc(p.city)}, UAE`
      : `${p.mobIntl} | ${esc(p.email)} | ${esc(p.city)} | yutongzhou.design`;
  return page(`
h1 { font-size: 21pt; margin: 0; } .hl { font-size: 11pt; color: #2f6fbf; } .ct { font-size: 9pt; color: #444; margin: 3px 0 10px; }
.wrap { display: grid; grid-template-columns: 1fr 56mm; gap: 7mm; } h2 { font-size: 10pt; letter-spacing: .1em; text-transform: uppercase; border-bottom: 1px solid #333; margin: 10px 0 5px; }
.job { margin-bottom: 8px; } .job .a { display: flex; justify-content: space-between; } .job .a b { font-size: 10.5pt; } .job .c { font-style: italic; color: #444; } ul { margin: 2px 0 0 15px; padding: 0; }
.side p { margin: 0 0 6px; font-size: 9.5pt; }`, `
<h1>${esc(dual(p, ' '))}</h1><div class="hl">${esc(p.headline)}</div><div class="ct">${ct}</div>
<div class="wrap"><div><h2>Summary</h2><p>${esc(p.summary)}</p>
<h2>Experience</h2>${newest(p).map((j) => `<div class="job"><div class="a"><b>${esc(j.company)}</b><span>${esc(j.town)}</span></div><div class="a"><span class="c">${esc(j.title)}</span><span>${range(j, 'MM/YYYY', 'Present')}</span></div>${bullets(j.duties)}</div>`).join('')}</div>
<div class="side"><h2>Skills</h2>${groups(p).map(([g, ss]) => `<p><b>${esc(g)}:</b> ${ss.map((s) => esc(s.name)).join(', ')}</p>`).join('')}
<h2>Education</h2>${p.education.map((e) => `<p><b>${esc(e.school)}</b><br>${esc(e.degree)}<br>${e.end.slice(0, 4)}</p>`).join('')}
<h2>Languages</h2><p>${p.languages.map(esc).join('<br>')}</p>${p.extra ? `<h2>Certifications</h2><p>${p.extra.map(esc).join('<br>')}</p>` : ''}</div></div>`);
}

/** ResumeLab-style: coloured left column with initials disc, labelled contact, skills with five-dot ratings (name as text). */
export function resumelab(p: Person): string {
  const initials = (p.latin ?? p.name).split(/\s+/).map((w) => w[0]).join('').slice(0, 2);
  const phone = p.id === 'p01' ? `${p.mobIntl}` : p.id === 'p02' ? `${p.mobNat}` : p.id === 'p14' ? `${p.mobIntl}` : `+52 (81) 1907-3342`;
  const dots = (n: number) => '●'.repeat(n) + '○'.repeat(5 - n);
  return page(`
.wrap { display: grid; grid-template-columns: 60mm 1fr; min-height: 260mm; } .side { background: #233142; color: #e8edf3; padding: 10mm 6mm; font-size: 9pt; }
.disc { width: 22mm; height: 22mm; border-radius: 50%; background: #f5a623; color: #233142; font-size: 18pt; font-weight: 700; display: flex; align-items: center; justify-content: center; margin: 0 auto 8px; }
.side h3 { font-size: 9.5pt; text-transform: uppercase; letter-spacing: .1em; color: #f5a623; margin: 12px 0 4px; } .side .lab { color: #9fb0c3; font-size: 8pt; } .side p { margin: 0 0 5px; word-break: break-word; }
.sk { display: flex; justify-content: space-between; margin-bottom: 3px; } .sk span:last-child { color: #f5a623; letter-spacing: 1px; }
.main { padding: 6mm 0 0 8mm; } h1 { font-size: 22pt; margin: 0; color: #233142; } .hl { color: #777; font-size: 11pt; margin-bottom: 8px; }
h2 { font-size: 11pt; color: #233142; border-bottom: 2px solid #f5a623; margin: 12px 0 6px; } .job { display: grid; grid-template-columns: 30mm 1fr; gap: 4px; margin-bottom: 7px; } .job .dt { font-size: 8.5pt; color: #666; }
ul { margin: 2px 0 0 14px; padding: 0; }`, `
<div class="wrap"><div class="side"><div class="disc">${esc(initials)}</div>
<h3>Contact</h3><div class="lab">Phone</div><p>${phone}</p>${p.other && p.id !== 'p16' ? `<div class="lab">${esc(p.other.label)}</div><p>${esc(p.other.number)}</p>` : ''}<div class="lab">E-mail</div><p>${esc(p.email)}</p><div class="lab">Address</div><p>${esc(p.address)}</p>
<h3>Skills</h3>${p.skills.map((s) => `<div class="sk"><span>${esc(s.name)}</span><span>${dots(s.rating)}</span></div>`).join('')}
<h3>Languages</h3>${p.languages.map((l) => `<p>${esc(l)}</p>`).join('')}</div>
<div class="main"><h1>${esc(dual(p, ' · '))}</h1><div class="hl">${esc(p.headline)}</div><p>${esc(p.summary)}</p>
<h2>Work History</h2>${newest(p).map((j) => `<div class="job"><div class="dt">${range(j, 'Mon YYYY', 'Present', ' - ')}</div><div><b>${esc(j.title)}</b><br>${esc(j.company)}, ${esc(j.town)}${bullets(j.duties)}</div></div>`).join('')}
<h2>Education</h2>${p.education.map((e) => `<div class="job"><div class="dt">${d(e.start, 'Mon YYYY')} - ${d(e.end, 'Mon YYYY')}</div><div><b>${esc(e.degree)}</b><br>${esc(e.school)}</div></div>`).join('')}
${p.extra ? `<h2>Certificates</h2><p>${esc(p.extra.join(' · '))}</p>` : ''}</div></div>`);
}

/** 表格简历 with a three-column 专业技能 table (技能 / 熟练程度 / 使用年限) and 手机（微信同号） in a contact cell. */
export function skilltable(p: Person): string {
  const mixed = p.language === 'mixed';
  const phone = p.id === 'p13' ? `${p.mobIntl}（马来西亚，可WhatsApp）` : p.id === 'p09' ? `${p.mobNat}（微信同号）<br>座机：${esc(p.other!.number)}` : p.id === 'p08' ? `(+86) 138 1762 4095` : `${p.mobNat.replace(/ /g, '-')}（微信同号）`;
  return page(`
h1 { text-align: center; font-size: 20pt; letter-spacing: .5em; margin: 0 0 8px; } table { border-collapse: collapse; width: 100%; font-size: 9.5pt; }
td, th { border: 1px solid #444; padding: 4px 6px; vertical-align: top; } th { background: #e4e9f1; font-weight: 700; } .lb { background: #f3f5f8; width: 22mm; text-align: center; }
.sec td { background: #3b5b8c; color: #fff; font-weight: 700; text-align: left; } ul { margin: 0 0 0 14px; padding: 0; }`, `
<h1>个人简历</h1><table>
<tr class="sec"><td colspan="6">基本信息</td></tr>
<tr><td class="lb">姓名</td><td>${esc(p.name)}${mixed ? `<br>${esc(p.latin!)}` : ''}</td><td class="lb">性别</td><td>${p.gender === 'F' ? '女' : '男'}</td><td class="lb">出生年月</td><td>${d(p.born, 'YYYY.MM')}</td></tr>
<tr><td class="lb">联系电话</td><td colspan="2">${phone}</td><td class="lb">电子邮箱</td><td colspan="2">${esc(p.email)}</td></tr>
<tr><td class="lb">现居地</td><td colspan="2">${esc(p.address)}</td><td class="lb">求职意向</td><td colspan="2">${esc(p.headline)}</td></tr>
<tr class="sec"><td colspan="6">工作经历</td></tr>
<tr><th colspan="2">起止时间</th><th colspan="2">工作单位</th><th colspan="2">职位</th></tr>
${newest(p).map((j) => `<tr><td colspan="2">${range(j, 'YYYY.MM', '至今', ' — ')}</td><td colspan="2">${esc(j.company)}</td><td colspan="2">${esc(j.title)}</td></tr><tr><td class="lb">工作内容</td><td colspan="5">${esc(j.duties.join('；'))}</td></tr>`).join('')}
<tr class="sec"><td colspan="6">专业技能</td></tr>
<tr><th colspan="2">技能</th><th colspan="2">熟练程度</th><th colspan="2">使用年限</th></tr>
${p.skills.map((s) => `<tr><td colspan="2">${esc(s.name)}</td><td colspan="2">${mixed ? { Expert: '精通', Advanced: '熟练', Intermediate: '熟悉' }[s.level!] : s.level}</td><td colspan="2">${s.years}年</td></tr>`).join('')}
<tr class="sec"><td colspan="6">教育背景</td></tr>
${p.education.map((e) => `<tr><td colspan="2">${d(e.start, 'YYYY.MM')} — ${d(e.end, 'YYYY.MM')}</td><td colspan="2">${esc(e.school)}</td><td colspan="2">${esc(e.degree)}</td></tr>`).join('')}
<tr><td class="lb">语言能力</td><td colspan="5">${esc(p.languages.join('；'))}</td></tr>
<tr><td class="lb">自我评价</td><td colspan="5">${esc(p.summary)}</td></tr></table>`, 'zh');
}

/** Dutch staffing agency (uitzendbureau) candidate intake print, English with Dutch labels. */
export function uitzend(p: Person): string {
  return page(`
.hd { display: flex; justify-content: space-between; border-bottom: 3px solid #e35205; padding-bottom: 4px; } .logo { font-size: 16pt; font-weight: 700; color: #e35205; }
h1 { font-size: 15pt; margin: 8px 0; } table { border-collapse: collapse; width: 100%; font-size: 9pt; margin-bottom: 8px; } td, th { border: 1px solid #bbb; padding: 3px 5px; text-align: left; vertical-align: top; }
th { background: #fbe6da; } .lb { background: #f6f6f6; width: 42mm; color: #444; } h2 { font-size: 10.5pt; margin: 10px 0 4px; color: #e35205; }`, `
<div class="hd"><span class="logo">FlexWerk Uitzendbureau</span><span style="font-size:8.5pt;text-align:right">Vestiging Amsterdam-Zuid<br>Tel. 020 - 794 1120 · Kandidaatnr. FW-2026-04417</span></div>
<h1>Kandidaatprofiel / Candidate profile</h1>
<table><tr><td class="lb">Naam / Name</td><td>${esc(p.name)} (${esc(p.latin!)})</td><td class="lb">Nationaliteit</td><td>Chinese (verblijfsvergunning kennismigrant)</td></tr>
<tr><td class="lb">Mobiel / Mobile</td><td>${p.mobNat}</td><td class="lb">Vaste telefoon / Landline</td><td>–</td></tr>
<tr><td class="lb">E-mail</td><td>${esc(p.email)}</td><td class="lb">Woonplaats</td><td>${esc(p.address)}</td></tr>
<tr><td class="lb">Beschikbaar per</td><td>01-02-2027 (opzegtermijn 1 maand)</td><td class="lb">Uren per week</td><td>36–40</td></tr></table>
<h2>Vaardigheden / Skills</h2><table><tr><th>Vaardigheid / Skill</th><th>Niveau (1–5)</th><th>Jaren ervaring</th></tr>
${p.skills.map((s) => `<tr><td>${esc(s.name)}</td><td>${s.rating}</td><td>${s.years}</td></tr>`).join('')}</table>
<h2>Werkervaring / Work experience</h2><table><tr><th>Periode van</th><th>Periode tot</th><th>Werkgever / Employer</th><th>Functie / Position</th><th>Plaats</th></tr>
${newest(p).map((j) => `<tr><td>${d(j.start, 'MM/YYYY')}</td><td>${j.end ? d(j.end, 'MM/YYYY') : 'heden'}</td><td>${esc(j.company)}</td><td>${esc(j.title)}</td><td>${esc(j.town)}</td></tr>`).join('')}</table>
<h2>Opleiding / Education</h2><table>${p.education.map((e) => `<tr><td>${d(e.start, 'MM/YYYY')} – ${d(e.end, 'MM/YYYY')}</td><td>${esc(e.school)}</td><td>${esc(e.degree)}</td><td>Diploma: ja</td></tr>`).join('')}</table>
<h2>Talen / Languages</h2><p>${esc(p.languages.join(' · '))}</p>
<p style="font-size:8pt;color:#777">Intake door consultant S. de Vries (s.devries@flexwerk.example, 06-2093 4471). Gegevens verwerkt conform AVG.</p>`);
}

/** Philippine CSC Personal Data Sheet (CS Form No. 212) style: boxed personal grid, work-experience table with From/To cells. */
export function pds(p: Person): string {
  return page(`
body { font-family: 'Liberation Sans Narrow', 'Liberation Sans', sans-serif; font-size: 8.5pt; } table { border-collapse: collapse; width: 100%; }
td, th { border: 1px solid #000; padding: 2px 4px; vertical-align: top; } .lb { background: #e8e8e8; font-size: 7.5pt; } .sec td { background: #8a8a8a; color: #fff; font-weight: 700; font-style: italic; }
th { background: #e8e8e8; font-size: 7.5pt; font-weight: 400; } .t { text-align: center; font-size: 15pt; font-weight: 700; letter-spacing: .1em; margin: 2px 0; }`, `
<div style="font-size:7.5pt"><i>CS Form No. 212</i><br>Revised 2017</div><div class="t">PERSONAL DATA SHEET</div>
<div style="font-size:7pt;margin-bottom:3px">WARNING: Any misrepresentation made in the Personal Data Sheet and the Work Experience Sheet shall cause the filing of administrative/criminal case/s against the person concerned.</div>
<table><tr class="sec"><td colspan="6">I. PERSONAL INFORMATION</td></tr>
<tr><td class="lb">2. SURNAME</td><td colspan="5">VILLANUEVA</td></tr><tr><td class="lb">FIRST NAME</td><td colspan="3">KRISTINE JOY</td><td class="lb">NAME EXTENSION (JR., SR)</td><td>N/A</td></tr>
<tr><td class="lb">MIDDLE NAME</td><td colspan="5">N/A</td></tr>
<tr><td class="lb">3. DATE OF BIRTH (mm/dd/yyyy)</td><td>09/14/1994</td><td class="lb">16. CITIZENSHIP</td><td colspan="3">Filipino</td></tr>
<tr><td class="lb">17. RESIDENTIAL ADDRESS</td><td colspan="5">Al Qusais 2, Dubai, United Arab Emirates</td></tr>
<tr><td class="lb">19. TELEPHONE NO.</td><td colspan="2">+63 2 8812 4407</td><td class="lb">20. MOBILE NO.</td><td colspan="2">+971 55 284 6613</td></tr>
<tr><td class="lb">21. E-MAIL ADDRESS (if any)</td><td colspan="5">${esc(p.email)}</td></tr>
<tr class="sec"><td colspan="6">III. EDUCATIONAL BACKGROUND</td></tr>
<tr><th>LEVEL</th><th colspan="2">NAME OF SCHOOL</th><th>BASIC EDUCATION/DEGREE/COURSE</th><th>FROM</th><th>TO</th></tr>
${p.education.map((e) => `<tr><td>COLLEGE</td><td colspan="2">${esc(e.school)}</td><td>${esc(e.degree)}</td><td>${e.start.slice(0, 4)}</td><td>${e.end.slice(0, 4)}</td></tr>`).join('')}</table>
<table style="margin-top:4px"><tr class="sec"><td colspan="7">V. WORK EXPERIENCE (Include private employment. Start from your recent work.)</td></tr>
<tr><th colspan="2">28. INCLUSIVE DATES (mm/dd/yyyy)</th><th rowspan="2">POSITION TITLE (Write in full/Do not abbreviate)</th><th rowspan="2">DEPARTMENT / AGENCY / OFFICE / COMPANY</th><th rowspan="2">MONTHLY SALARY</th><th rowspan="2">STATUS OF APPOINTMENT</th><th rowspan="2">GOV'T SERVICE (Y/N)</th></tr><tr><th>From</th><th>To</th></tr>
${newest(p).map((j, i) => `<tr><td>${d(j.start, 'mm/dd/yyyy')}</td><td>${j.end ? d(j.end, 'mm/dd/yyyy').replace('/01/', '/28/') : 'PRESENT'}</td><td>${esc(j.title)}</td><td>${esc(j.company)}</td><td>${['AED 9,500', 'PHP 24,000', 'PHP 17,500'][i]}</td><td>Permanent</td><td>N</td></tr>`).join('')}</table>
<table style="margin-top:4px"><tr class="sec"><td colspan="3">VIII. OTHER INFORMATION</td></tr>
<tr><th>31. SPECIAL SKILLS and HOBBIES</th><th>32. NON-ACADEMIC DISTINCTIONS / RECOGNITION</th><th>33. MEMBERSHIP IN ASSOCIATION/ORGANIZATION</th></tr>
<tr><td>${p.skills.map((s) => esc(s.name)).join('<br>')}<br>Hobby: baking</td><td>Employee of the Quarter, Q3 2022</td><td>N/A</td></tr></table>
<table style="margin-top:10px"><tr><td style="border:none;width:55%"></td><td style="border:none;text-align:center;border-top:1px solid #000!important">KRISTINE JOY VILLANUEVA<br><span style="font-size:7pt">Signature over printed name</span></td></tr></table>
<div style="text-align:right;font-size:7pt">CS FORM 212 (Revised 2017), Page 1 of 1 (excerpt)</div>`);
}

/** US travel-nurse agency "Nurse Profile & Skills Checklist": contact table, work history, 1–4 self-rated checklist. */
export function checklist(p: Person): string {
  const levels = ['1 – No experience', '2 – Limited', '3 – Competent', '4 – Proficient'];
  return page(`
.hd { display: flex; justify-content: space-between; align-items: center; border-bottom: 2px solid #005f73; } .hd b { font-size: 14pt; color: #005f73; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; margin-bottom: 8px; } td, th { border: 1px solid #999; padding: 3px 5px; text-align: left; } th { background: #d8eef0; }
.lb { background: #f2f2f2; width: 32mm; } h2 { font-size: 10.5pt; margin: 10px 0 4px; color: #005f73; } .c { text-align: center; width: 16mm; }`, `
<div class="hd"><b>Keystone Travel Nursing</b><span style="font-size:8.5pt">Recruiter: Dana Whitfield · (971) 555-0112 ext. 305</span></div>
<h2>Nurse Profile</h2><table>
<tr><td class="lb">Name</td><td>${esc(p.name)}, BSN, RN</td><td class="lb">Specialty</td><td>Telemetry / PCU</td></tr>
<tr><td class="lb">Cell</td><td>${p.mobNat}</td><td class="lb">Home</td><td>${esc(p.other!.number)}</td></tr>
<tr><td class="lb">Email</td><td>${esc(p.email)}</td><td class="lb">Best time to call</td><td>Weekdays after 4 pm PT</td></tr>
<tr><td class="lb">Licenses</td><td colspan="3">${esc(p.extra!.join('; '))}</td></tr></table>
<h2>Work History</h2><table><tr><th>Facility</th><th>City, State</th><th>Unit / Title</th><th>Start</th><th>End</th></tr>
${newest(p).map((j) => `<tr><td>${esc(j.company)}</td><td>${esc(j.town)}</td><td>${esc(j.title)}</td><td>${d(j.start, 'MM/YYYY')}</td><td>${j.end ? d(j.end, 'MM/YYYY') : 'Current'}</td></tr>`).join('')}</table>
<h2>Skills Checklist (self-assessment)</h2><table><tr><th>Skill</th>${levels.map((l) => `<th class="c">${l}</th>`).join('')}</tr>
${p.skills.map((s) => `<tr><td>${esc(s.name)}</td>${[1, 2, 3, 4].map((n) => `<td class="c">${n === s.rating ? '✔' : ''}</td>`).join('')}</tr>`).join('')}</table>
<h2>Education</h2><p>${p.education.map((e) => `${esc(e.degree)}, ${esc(e.school)}, ${e.end.slice(0, 4)}`).join('<br>')}</p>
<p style="font-size:8pt">I attest that the information above is accurate. Signed electronically: Marisol Keating · 11/30/2026</p>`);
}

/** Irish publicjobs.ie-style application form print: contact numbers in their own table, employment record with From/To cells. */
export function publicjobs(p: Person): string {
  return page(`
.band { background: #004d44; color: #fff; padding: 6px 10px; font-size: 13pt; font-weight: 700; } .sub { font-size: 8.5pt; color: #555; margin: 3px 0 8px; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; margin-bottom: 8px; } td, th { border: 1px solid #9aa; padding: 3px 6px; text-align: left; vertical-align: top; } th { background: #e0ece9; }
.lb { background: #f3f6f5; width: 45mm; } h2 { font-size: 10.5pt; color: #004d44; margin: 10px 0 4px; }`, `
<div class="band">Application Form – Executive Officer (Supply Chain), Health Service Procurement</div>
<div class="sub">Campaign ref. 2026-EO-1187 · Candidate ID 448213 · Submitted 24/11/2026</div>
<h2>Section 1 – Personal details</h2><table><tr><td class="lb">Name</td><td>${esc(p.name)}</td></tr><tr><td class="lb">Correspondence address</td><td>${esc(p.address)}</td></tr><tr><td class="lb">E-mail</td><td>${esc(p.email)}</td></tr></table>
<table><tr><th>Contact numbers</th><th>Number</th><th>May we leave a message?</th></tr><tr><td>Mobile</td><td>${p.mobNat}</td><td>Yes</td></tr><tr><td>Home</td><td>(021) 487 6603</td><td>Yes</td></tr><tr><td>Work</td><td>${esc(p.other!.number)}</td><td>No</td></tr></table>
<h2>Section 2 – Employment record (most recent first)</h2><table><tr><th>From (MM/YY)</th><th>To (MM/YY)</th><th>Employer</th><th>Position held</th><th>Location</th></tr>
${newest(p).map((j) => `<tr><td>${d(j.start, 'MM/YY')}</td><td>${j.end ? d(j.end, 'MM/YY') : 'to date'}</td><td>${esc(j.company)}</td><td>${esc(j.title)}</td><td>${esc(j.town)}</td></tr>`).join('')}</table>
<h2>Section 3 – Education</h2><table>${p.education.map((e) => `<tr><td>${e.start.slice(0, 4)}–${e.end.slice(0, 4)}</td><td>${esc(e.school)}</td><td>${esc(e.degree)}</td></tr>`).join('')}<tr><td>2018</td><td>APICS</td><td>${esc(p.extra![0])}</td></tr></table>
<h2>Section 4 – Key skills</h2><table><tr><td>${p.skills.map((s) => esc(s.name)).join(' • ')}</td></tr></table>
<h2>Section 5 – Languages</h2><p>${esc(p.languages.join('; '))}</p>`);
}
