/** Chromium templates, part B: gantt, pracuj, zhH5 (single); tereo, bento, hiredly, docsSite, radar, magazine (two-column). */
import type { Person } from './people.ts';
import { REF, bulletsOf, cityOf, durEn, esc, fmt, months, range, recent, skills, titleOf, ym } from './lib.ts';

const page = (lang: string, css: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>${css}</style></head><body>${body}</body></html>`;

const ICON = {
  phone: '<svg width="10" height="10" viewBox="0 0 24 24"><path fill="currentColor" d="M6.6 10.8a15.1 15.1 0 006.6 6.6l2.2-2.2c.3-.3.7-.4 1-.2 1.1.4 2.3.6 3.6.6.6 0 1 .4 1 1V20c0 .6-.4 1-1 1A17 17 0 013 4c0-.6.4-1 1-1h3.5c.6 0 1 .4 1 1 0 1.3.2 2.5.6 3.6.1.3 0 .7-.2 1z"/></svg>',
  mail: '<svg width="10" height="10" viewBox="0 0 24 24"><path fill="currentColor" d="M20 4H4a2 2 0 00-2 2v12a2 2 0 002 2h16a2 2 0 002-2V6a2 2 0 00-2-2zm0 4l-8 5-8-5V6l8 5 8-5z"/></svg>',
  pin: '<svg width="10" height="10" viewBox="0 0 24 24"><path fill="currentColor" d="M12 2a7 7 0 00-7 7c0 5.2 7 13 7 13s7-7.8 7-13a7 7 0 00-7-7zm0 9.5A2.5 2.5 0 1112 6.5a2.5 2.5 0 010 5z"/></svg>',
  link: '<svg width="10" height="10" viewBox="0 0 24 24"><path fill="currentColor" d="M10.6 13.4a1 1 0 010-1.4l3-3a1 1 0 111.4 1.4l-3 3a1 1 0 01-1.4 0zM7 17a3 3 0 010-4.2l2-2 1.4 1.4-2 2a1 1 0 001.4 1.4l2-2 1.4 1.4-2 2A3 3 0 017 17zm6.6-6.6l2-2a1 1 0 00-1.4-1.4l-2 2-1.4-1.4 2-2a3 3 0 014.2 4.2l-2 2z"/></svg>',
};

// ─────────────────────────────────────────────────────────────────────────────
// gantt — one-column résumé whose career section opens with a Gantt-style timeline (CSS grid, one bar per
// role across a year ruler), followed by the detailed entries; "Apr 2023 — now" / "2021.11 — 至今".
// Used by a planner (en) and a designer (mixed, bilingual headings).
// ─────────────────────────────────────────────────────────────────────────────
export function gantt(p: Person): string {
  const mixed = p.language === 'mixed';
  const y0 = Number(p.work[0].start.slice(0, 4));
  const y1 = 2027;
  const span = (y1 - y0) * 12;
  const pos = (s: string) => { const [y, m] = ym(s); return (y - y0) * 12 + (m - 1); };
  const H = (en: string, zh: string) => (mixed ? `${zh} <span class="en">${en}</span>` : en);
  const css = `
  body{font-family:"Liberation Sans","WenQuanYi Zen Hei",sans-serif;font-size:9.8pt;color:#20262e;margin:0}
  header{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:2px solid #20262e;padding-bottom:6px}
  .nm{font-size:22pt;font-weight:bold;letter-spacing:.5px}.nm small{font-size:12pt;font-weight:normal;color:#55606e;margin-left:8px}
  .hl{font-size:10.5pt;color:#0b7a75;margin-top:2px}
  .ct{text-align:right;font-size:8.6pt;line-height:1.55;color:#333}
  h2{font-size:10pt;text-transform:uppercase;letter-spacing:1.5px;color:#0b7a75;margin:12px 0 5px}
  h2 .en{color:#8a949f;font-weight:normal;text-transform:none;letter-spacing:0;font-size:8.5pt}
  .chart{margin-bottom:4px;font-size:7.6pt}
  .g{display:grid;grid-template-columns:78mm 1fr;align-items:center}
  .g .lab{padding-right:6px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;color:#333}
  .track{position:relative;height:15px;border-left:1px solid #c9d0d8;border-right:1px solid #c9d0d8;background:repeating-linear-gradient(90deg,transparent 0,transparent calc(100%/${y1 - y0} - 1px),#edf0f3 calc(100%/${y1 - y0} - 1px),#edf0f3 calc(100%/${y1 - y0}))}
  .ruler{display:grid;grid-template-columns:repeat(${y1 - y0},1fr);font-size:7pt;color:#8a949f;border-bottom:1px solid #c9d0d8}
  .ruler span{padding-left:2px}
  .bar{position:absolute;top:2px;height:11px;border-radius:3px;background:#0b7a75;color:#fff;font-size:6.4pt;line-height:11px;padding-left:3px;white-space:nowrap;overflow:hidden;box-sizing:border-box}
  .bar.alt{background:#5aa9a4}.bar.gap{background:repeating-linear-gradient(45deg,#cfd5dc,#cfd5dc 3px,#eef0f3 3px,#eef0f3 6px);color:#55606e}
  .job{display:grid;grid-template-columns:1fr auto;margin-top:7px}
  .job .t{font-weight:bold}.job .d{color:#55606e;font-size:8.6pt}
  .job .c{grid-column:1/3;color:#0b7a75}
  ul{margin:2px 0 0 15px;padding:0}li{margin:1px 0}
  .cols{display:grid;grid-template-columns:1fr 1fr;gap:14px}
  .sk{columns:2;font-size:9pt}.sk div{break-inside:avoid}`;
  const rowOf = (label: string, start: string, end: string, cls: string, inner: string) => {
    const l = (pos(start) / span) * 100, w = ((pos(end) - pos(start) + 1) / span) * 100;
    return `<div class="g"><div class="lab">${esc(label)}</div><div class="track"><div class="bar ${cls}" style="left:${l.toFixed(2)}%;width:${w.toFixed(2)}%">${esc(inner)}</div></div></div>`;
  };
  const bars = p.work.map((j, i) => rowOf(`${titleOf(j, false)} · ${j.company}`, j.start, j.end ?? REF, i % 2 ? 'alt' : '', durEn(months(j)))).join('');
  const gapBars = p.gaps.map((g) => rowOf(mixed ? g.textZh! : g.text, g.start, g.end, 'gap', '')).join('');
  const present = mixed ? '至今' : 'now';
  const style = mixed ? 'YYYY.MM' : 'Mon YYYY';
  const jobs = recent(p).map((j) => `<div class="job"><span class="t">${esc(titleOf(j, false))}${mixed && j.titleZh ? ` / ${esc(j.titleZh)}` : ''}</span><span class="d">${range(j, style, ' — ', present)}</span>
  <span class="c">${esc(j.company)}, ${esc(cityOf(j))}</span></div><ul>${bulletsOf(j).map((b) => `<li>${esc(b)}</li>`).join('')}</ul>`).join('');
  const body = `
  <header><div><div class="nm">${esc(p.name)}${mixed ? `<small>${esc(p.nameEn!)}</small>` : ''}</div><div class="hl">${esc(p.headline)}${mixed && p.headlineZh ? ` · ${esc(p.headlineZh)}` : ''}</div></div>
  <div class="ct">${ICON.phone} ${esc(p.phoneIntl)}<br>${ICON.mail} ${esc(p.email)}<br>${ICON.pin} ${esc(p.city)}, ${esc(mixed ? 'China' : p.country)}${p.website ? `<br>${ICON.link} ${esc(p.website)}` : ''}</div></header>
  <p style="margin:8px 0 0">${esc(p.summary)}</p>
  <h2>${H('Career timeline', '职业时间轴')}</h2>
  <div class="chart"><div class="g"><div></div><div class="ruler">${Array.from({ length: y1 - y0 }, (_, i) => `<span>${mixed ? y0 + i : `'${String(y0 + i).slice(2)}`}</span>`).join('')}</div></div>${bars}${gapBars}</div>
  <h2>${H('Experience', '工作经历')}</h2>${jobs}
  <div class="cols"><div><h2>${H('Skills', '技能')}</h2><div class="sk">${skills(p).map((s) => `<div>▸ ${esc(s)}</div>`).join('')}</div></div>
  <div><h2>${H('Education', '教育背景')}</h2>${p.education.map((e) => `<div><b>${esc(e.degree)} ${esc(e.field)}</b><br>${esc(e.schoolEn ?? e.school)}${e.schoolEn ? ` ${esc(e.school)}` : ''} · ${fmt(e.start, 'YYYY.MM')}–${fmt(e.end, 'YYYY.MM')}</div>`).join('')}
  <h2>${H('Languages', '语言')}</h2><div>${p.languages.map(esc).join(' · ')}</div>
  ${p.certs.length ? `<h2>${H('Licences & certificates', '证书')}</h2>${p.certs.map((c) => `<div>${esc(c)}</div>`).join('')}` : ''}</div></div>`;
  return page(mixed ? 'zh-CN' : 'en', css, body);
}

// ─────────────────────────────────────────────────────────────────────────────
// pracuj — CV from a Polish job-board CV creator (pracuj.pl-type), English template: name with a thin accent
// bar, "Work experience" entries with position / company / location and MM.YYYY – present plus the builder's
// computed duration, skills with level words, languages with CEFR, the Polish GDPR consent clause at the foot.
// ─────────────────────────────────────────────────────────────────────────────
export function pracuj(p: Person): string {
  const css = `
  body{font-family:"DejaVu Sans",sans-serif;font-size:8.7pt;color:#2b2b2b;margin:0}
  .head{border-left:6px solid #e2001a;padding-left:10px;margin-bottom:10px}
  .head h1{margin:0;font-size:20pt;font-weight:normal}.head .pn{font-size:10pt;color:#777;margin-left:6px}
  .head .pos{font-size:10.5pt;color:#e2001a;margin-top:2px}
  .contact{display:flex;flex-wrap:wrap;gap:4px 16px;margin-top:5px;font-size:8.4pt;color:#444}
  h2{font-size:10pt;margin:12px 0 4px;padding-bottom:2px;border-bottom:1px solid #ddd;color:#e2001a;font-weight:normal;text-transform:uppercase;letter-spacing:1px}
  .e{display:grid;grid-template-columns:26% 1fr;gap:0 10px;margin:6px 0}
  .e .when{color:#555}.e .when small{display:block;color:#999}
  .e .pos{font-weight:bold}.e .co{color:#444}
  ul{margin:2px 0 0 14px;padding:0}
  .lv{color:#999;font-size:8pt}
  .clause{margin-top:14px;font-size:7pt;color:#777;border-top:1px solid #ddd;padding-top:5px}`;
  const lvl = ['expert', 'expert', 'advanced', 'advanced', 'advanced', 'advanced', 'advanced', 'intermediate', 'intermediate', 'intermediate'];
  const body = `
  <div class="head"><h1>${esc(p.name)}<span class="pn">${esc(p.postNominals ?? '')}</span></h1><div class="pos">${esc(p.headline)}</div>
  <div class="contact"><span>✆ ${esc(p.phoneIntl)}</span><span>✉ ${esc(p.email)}</span><span>⌂ ${esc(p.city)}, ${esc(p.country)}</span><span>in ${esc(p.linkedin ?? '')}</span></div></div>
  <h2>Professional summary</h2><p style="margin:0">${esc(p.summary)}</p>
  <h2>Work experience</h2>
  ${recent(p).map((j) => `<div class="e"><div class="when">${fmt(j.start, 'MM.YYYY')} – ${j.end ? fmt(j.end, 'MM.YYYY') : 'present'}<small>${durEn(months(j), false)}</small></div>
  <div><div class="pos">${esc(j.title)}</div><div class="co">${esc(j.company)} · ${esc(j.city)}, United Kingdom</div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div></div>`).join('')}
  <h2>Education</h2>
  ${p.education.map((e) => `<div class="e"><div class="when">${fmt(e.start, 'MM.YYYY')} – ${fmt(e.end, 'MM.YYYY')}</div><div><div class="pos">${esc(e.school)}</div><div class="co">${esc(e.degree)}, ${esc(e.field)}${e.note ? ` — ${esc(e.note)}` : ''}</div></div></div>`).join('')}
  <h2>Skills</h2>
  <div style="columns:2">${skills(p).map((s, i) => `<div>${esc(s)} <span class="lv">— ${lvl[i]}</span></div>`).join('')}</div>
  <h2>Languages</h2><div>Polish — native · English — C2 (proficient)</div>
  <h2>Certificates</h2>${p.certs.map((c) => `<div>${esc(c)}</div>`).join('')}
  <h2>Interests</h2><div>Restoring 1970s motorcycles, five-a-side football, volunteering with the local STEM ambassador scheme.</div>
  <div class="clause">I hereby consent to the processing of my personal data included in this document for the purposes of the current recruitment process and future recruitment processes, in accordance with Regulation (EU) 2016/679 of the European Parliament and of the Council of 27 April 2016 (GDPR).</div>`;
  return page('en', css, body);
}

// ─────────────────────────────────────────────────────────────────────────────
// zhH5 — a Chinese mini-program / H5 在线简历 share page printed from the phone layout: one narrow centred
// column (~110 mm) of rounded cards, avatar disc with initials, "N年经验 ｜ 本科 ｜ 城市" tag line,
// company + 职位 with "2021.09-至今" right in grey, skill chips, footer "由 … 生成".
// ─────────────────────────────────────────────────────────────────────────────
export function zhH5(p: Person): string {
  const css = `
  body{font-family:"WenQuanYi Zen Hei",sans-serif;font-size:8.6pt;color:#222;margin:0;background:#fff}
  .phone{width:112mm;margin:0 auto;background:#f3f4f8;padding:8px 8px 4px;border-radius:10px}
  .card{background:#fff;border-radius:8px;padding:9px 10px;margin-bottom:7px;break-inside:avoid}
  .top{text-align:center}.av{width:44px;height:44px;border-radius:50%;background:linear-gradient(135deg,#ff8a5b,#ff5e7e);color:#fff;font-size:15pt;line-height:44px;margin:2px auto 4px}
  .nm{font-size:15pt;font-weight:bold}.tg{color:#888;margin:3px 0}.tg b{color:#ff5e7e;font-weight:normal}
  .ct{display:flex;justify-content:center;gap:10px;font-size:8pt;color:#555;margin-top:3px}
  .h{font-size:10pt;font-weight:bold;margin-bottom:5px;border-left:3px solid #ff5e7e;padding-left:6px}
  .j{border-top:1px dashed #eee;padding-top:5px;margin-top:5px}.j:first-of-type{border:0;margin:0;padding:0}
  .j .r1{display:flex;justify-content:space-between}.j .co{font-weight:bold}.j .tm{color:#999;font-size:7.8pt}
  .j .ti{color:#ff5e7e;font-size:8.2pt;margin:1px 0}
  .j p{margin:1px 0;color:#444}
  .chips span{display:inline-block;background:#fff0f3;color:#d9365c;border-radius:10px;padding:1px 7px;margin:2px 2px 0 0;font-size:8pt}
  .ft{text-align:center;color:#aaa;font-size:7pt;margin:4px 0 2px}
  .qr{width:34px;height:34px;margin:4px auto 0;background:repeating-linear-gradient(90deg,#333 0 3px,#fff 3px 5px),repeating-linear-gradient(0deg,#333 0 3px,#fff 3px 6px);background-blend-mode:multiply}`;
  const total = Math.floor(months({ start: p.work.find((j) => !j.kind)!.start, end: null }) / 12);
  const edu = p.education[0];
  const body = `<div class="phone">
  <div class="card top"><div class="av">${esc(p.name.slice(0, 1))}</div><div class="nm">${esc(p.name)}</div>
  <div class="tg"><b>${esc(p.headlineZh!)}</b> ｜ ${total}年经验 ｜ ${esc(edu.degree)} ｜ ${esc(p.cityZh!)}</div>
  <div class="ct"><span>${ICON.phone} ${esc(p.phoneLocal)}</span><span>${ICON.mail} ${esc(p.email)}</span></div></div>
  <div class="card"><div class="h">个人优势</div><p style="margin:0">${esc(p.summaryZh!)}</p></div>
  <div class="card"><div class="h">工作经历</div>
  ${recent(p).map((j) => `<div class="j"><div class="r1"><span class="co">${esc(j.company)}</span><span class="tm">${fmt(j.start, 'YYYY.MM')}-${j.end ? fmt(j.end, 'YYYY.MM') : '至今'}</span></div>
  <div class="ti">${esc(j.title)}</div>${j.bullets.map((b, i) => `<p>${i + 1}. ${esc(b)}</p>`).join('')}</div>`).join('')}</div>
  <div class="card"><div class="h">专业技能</div><div class="chips">${skills(p).map((s) => `<span>${esc(s)}</span>`).join('')}</div></div>
  <div class="card"><div class="h">教育经历</div>${p.education.map((e) => `<div class="j"><div class="r1"><span class="co">${esc(e.school)}</span><span class="tm">${fmt(e.start, 'YYYY.MM')}-${fmt(e.end, 'YYYY.MM')}</span></div><div class="ti">${esc(e.degree)} · ${esc(e.field)}</div></div>`).join('')}</div>
  <div class="card"><div class="h">证书 / 语言</div><p style="margin:0">${[...p.certsZh!, ...p.languagesZh!].map(esc).join('；')}</p><div class="qr"></div><div class="ft">长按识别二维码查看在线简历</div></div>
  <div class="ft">— 本简历由「简历喵」小程序生成 · 更新于 2026-11-17 —</div></div>`;
  return page('zh-CN', css, body);
}

// ─────────────────────────────────────────────────────────────────────────────
// tereo — Aotearoa New Zealand CV with te reo Māori / English bilingual headings and a pepeha opening; flexbox,
// main column left, right column "Kōrero Whakapā | Contact"; "April 2023 – current"; referees with mobiles.
// ─────────────────────────────────────────────────────────────────────────────
export function tereo(p: Person): string {
  const css = `
  body{font-family:"Liberation Sans",sans-serif;font-size:9.1pt;color:#1e2a26;margin:0}
  .top{border-bottom:4px solid #1f5c4a;padding-bottom:6px;margin-bottom:8px}
  .top h1{margin:0;font-size:21pt;color:#1f5c4a}.top .r{font-size:10.5pt;color:#7a4b2a}
  .pep{font-style:italic;color:#42524c;font-size:8.6pt;margin:5px 0 0;line-height:1.45}
  .wrap{display:flex;gap:16px}.main{flex:1}.side{width:56mm;background:#eef4f1;padding:8px 10px;border-radius:4px}
  h2{font-size:10pt;color:#1f5c4a;margin:10px 0 4px;border-bottom:1px solid #b9cfc6;padding-bottom:2px}
  h2 span{font-weight:normal;color:#6b7d76}
  .side h2{margin-top:4px}
  .j{margin-bottom:7px}.j .t{font-weight:bold}.j .o{color:#7a4b2a}.j .d{font-size:8.5pt;color:#42524c}
  ul{margin:2px 0 0 15px;padding:0}
  .side div{margin-bottom:3px}`;
  const body = `
  <div class="top"><h1>${esc(p.name)}</h1><div class="r">${esc(p.headline)} · Kaiwhakamahere Matua</div>
  <p class="pep">Tēnā koutou katoa. Ko Pūtauaki te maunga, ko Rangitāiki te awa, ko Mataatua te waka, ko Ngāti Awa te iwi. Nō Whakatāne ahau. Ko Aroha tōku ingoa.</p></div>
  <div class="wrap"><div class="main">
  <h2>Tōku Whakamārama <span>| Profile</span></h2><p style="margin:0">${esc(p.summary)}</p>
  <h2>Wheako Mahi <span>| Work Experience</span></h2>
  ${recent(p).map((j) => `<div class="j"><div class="t">${esc(j.title)}</div><div class="o">${esc(j.company)} — ${esc(j.city)}</div><div class="d">${range(j, 'Month YYYY', ' – ', 'current')}</div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`).join('')}
  <h2>Mātauranga <span>| Education</span></h2>
  ${p.education.map((e) => `<div class="j"><div class="t">${esc(e.degree)}</div><div class="o">${esc(e.school)}, ${esc(e.city ?? '')}</div><div class="d">${fmt(e.start, 'Month YYYY')} – ${fmt(e.end, 'Month YYYY')}</div></div>`).join('')}
  <h2>Kaitautoko <span>| Referees</span></h2>
  ${(p.referees ?? []).map((r) => `<div class="j"><b>${esc(r.name)}</b>, ${esc(r.role)}, ${esc(r.org)} — ${esc(r.phone)}</div>`).join('')}
  </div><div class="side">
  <h2>Kōrero Whakapā <span>| Contact</span></h2>
  <div>${ICON.phone} Mobile ${esc(p.phoneLocal)}</div><div>${ICON.phone} Work ${esc(p.otherPhones[0].number)}</div><div>${ICON.mail} ${esc(p.email)}</div><div>${ICON.pin} ${esc(p.address)}</div>
  <h2>Ngā Pūkenga <span>| Skills</span></h2>${skills(p).map((s) => `<div>• ${esc(s)}</div>`).join('')}
  <h2>Ngā Reo <span>| Languages</span></h2>${p.languages.map((l) => `<div>${esc(l)}</div>`).join('')}
  <h2>Tohu <span>| Certificates &amp; Licences</span></h2>${p.certs.map((c) => `<div>${esc(c)}</div>`).join('')}
  </div></div>`;
  return page('en-NZ', css, body);
}

// ─────────────────────────────────────────────────────────────────────────────
// bento — 2024-style "bento grid" personal CV: two-column CSS grid of rounded cards of different spans (name,
// contact, "Now", experience spanning rows, skills chips, education, languages, side project); dates as
// "01/2020 – 02/2022" and "since 03/2022".
// ─────────────────────────────────────────────────────────────────────────────
export function bento(p: Person): string {
  const css = `
  body{font-family:"DejaVu Sans",sans-serif;font-size:8.4pt;color:#1c1c1e;margin:0}
  .g{display:grid;grid-template-columns:1.35fr 1fr;gap:7px}
  .c{background:#f2f1ed;border-radius:12px;padding:9px 11px}
  .name{background:#1c1c1e;color:#f2f1ed}.name h1{margin:0;font-size:19pt;font-weight:bold}.name p{margin:4px 0 0;color:#c8c6bf}
  .now{background:#d9ecd0}.now .k,.k{font-size:7pt;text-transform:uppercase;letter-spacing:1.2px;color:#6b6a66;margin-bottom:3px}
  .exp{grid-row:span 3}
  .e{margin:6px 0 8px}.e .t{font-weight:bold;font-size:9pt}.e .m{color:#6b6a66}
  ul{margin:2px 0 0 13px;padding:0}
  .chips span{display:inline-block;border:1px solid #1c1c1e;border-radius:20px;padding:1px 7px;margin:2px 3px 2px 0}
  .ct div{margin:2px 0}`;
  const w = recent(p);
  const body = `<div class="g">
  <div class="c name"><h1>${esc(p.name)}</h1><p>${esc(p.headline)} · ${esc(p.city)}</p></div>
  <div class="c ct"><div class="k">Contact</div><div>${ICON.mail} ${esc(p.email)}</div><div>${ICON.phone} ${esc(p.phoneIntl)}</div><div>${ICON.link} ${esc(p.website ?? '')}</div><div>${ICON.pin} Friedrichshain, Berlin</div></div>
  <div class="c exp"><div class="k">Experience</div>
  ${w.map((j) => `<div class="e"><div class="t">${esc(j.title)}</div><div class="m">${esc(j.company)} · ${esc(j.city)} · ${j.end ? `${fmt(j.start, 'MM/YYYY')} – ${fmt(j.end, 'MM/YYYY')}` : `since ${fmt(j.start, 'MM/YYYY')}`}</div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`).join('')}</div>
  <div class="c now"><div class="k">Now</div>Leading research at ${esc(w[0].company)}; open to lead / head-of roles in Berlin or remote (CET).</div>
  <div class="c"><div class="k">Skills</div><div class="chips">${skills(p).map((s) => `<span>${esc(s)}</span>`).join('')}</div></div>
  <div class="c"><div class="k">Education</div>${p.education.map((e) => `<div style="margin:3px 0"><b>${esc(e.degree)} ${esc(e.field)}</b><br>${esc(e.school)}, ${e.end.slice(0, 4)}</div>`).join('')}</div>
  <div class="c"><div class="k">About</div>${esc(p.summary)}</div>
  <div class="c"><div class="k">Languages &amp; certificates</div>${p.languages.map(esc).join(' · ')}<br>${p.certs.map(esc).join('')}</div>
  <div class="c" style="grid-column:1/3"><div class="k">Side project</div>“Interviews in the wild” — a zine of 40 field-research mistakes, written with the Berlin ReOps meetup (2024).</div>
  </div>`;
  return page('en', css, body);
}

// ─────────────────────────────────────────────────────────────────────────────
// hiredly — Malaysian job-platform profile (Hiredly-type) printed: left profile card (initials avatar, "Open to
// work" badge, contact, expected salary / notice period, skills chips, languages), right About / Work
// Experience with logo squares and "December 2022 – Present" with the city under it, Education.
// ─────────────────────────────────────────────────────────────────────────────
export function hiredly(p: Person): string {
  const mixed = p.language === 'mixed';
  const css = `
  body{font-family:"Liberation Sans","WenQuanYi Zen Hei",sans-serif;font-size:8.8pt;color:#222;margin:0}
  .brand{color:#512acc;font-weight:bold;font-size:11pt;margin-bottom:6px}.brand span{color:#999;font-weight:normal;font-size:8pt;margin-left:6px}
  .wrap{display:flex;gap:12px;align-items:flex-start}
  .left{width:62mm;border:1px solid #e4e0f5;border-radius:10px;padding:10px}
  .av{width:52px;height:52px;border-radius:50%;background:#512acc;color:#fff;font-size:16pt;line-height:52px;text-align:center}
  .nm{font-size:13pt;font-weight:bold;margin-top:5px}.nm .zh{font-weight:normal;color:#555;font-size:11pt}
  .badge{display:inline-block;background:#e8f8ef;color:#168a4a;border-radius:10px;padding:1px 8px;font-size:7.6pt;margin:3px 0}
  .k{color:#888;font-size:7.6pt;margin-top:7px;text-transform:uppercase;letter-spacing:.6px}
  .chips span{display:inline-block;background:#f1edff;color:#512acc;border-radius:4px;padding:1px 6px;margin:2px 2px 0 0;font-size:8pt}
  .right{flex:1}.sec{border:1px solid #e4e0f5;border-radius:10px;padding:10px;margin-bottom:8px}
  .sec h3{margin:0 0 6px;font-size:10.5pt}
  .x{display:flex;gap:8px;margin-bottom:8px}.logo{width:28px;height:28px;border-radius:6px;background:#ece8fb;color:#512acc;font-weight:bold;text-align:center;line-height:28px;flex:none}
  .x .t{font-weight:bold}.x .m{color:#666}.x ul{margin:2px 0 0 14px;padding:0}`;
  const initials = (p.nameEn ?? p.name).split(' ').map((s) => s[0]).slice(0, 2).join('');
  const body = `
  <div class="brand">hiredly<span>Candidate profile · printed 19 Nov 2026</span></div>
  <div class="wrap"><div class="left">
  <div class="av">${esc(initials)}</div><div class="nm">${esc(p.nameEn ?? p.name)}${mixed ? ` <span class="zh">${esc(p.name)}</span>` : ''}</div>
  <div>${esc(p.headline)}</div><span class="badge">● Open to opportunities</span>
  <div class="k">Contact</div><div>${esc(p.phoneIntl)}</div><div>${esc(p.email)}</div><div>${esc(mixed ? `${p.city}, Malaysia` : p.city)}</div>
  <div class="k">Expected salary</div><div>${mixed ? 'RM 14,500 / month' : 'RM 16,000 – 18,000 / month'}</div>
  <div class="k">Notice period</div><div>${mixed ? '2 months' : '1 month'}</div>
  <div class="k">Right to work</div><div>${mixed ? 'Malaysian citizen' : 'Singapore citizen — requires Malaysian employment pass'}</div>
  <div class="k">Skills</div><div class="chips">${skills(p).map((s) => `<span>${esc(s)}</span>`).join('')}</div>
  <div class="k">Languages</div>${p.languages.map((l) => `<div>${esc(l)}</div>`).join('')}
  </div><div class="right">
  <div class="sec"><h3>About</h3>${esc(p.summary)}</div>
  <div class="sec"><h3>Work Experience</h3>
  ${recent(p).map((j) => `<div class="x"><div class="logo">${esc(j.company[0])}</div><div><div class="t">${esc(j.title)}</div><div>${esc(j.company)}</div><div class="m">${range(j, 'Month YYYY', ' – ', 'Present')} · ${esc(j.city)}</div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div></div>`).join('')}</div>
  <div class="sec"><h3>Education</h3>${p.education.map((e) => `<div class="x"><div class="logo">${esc(e.school[0])}</div><div><div class="t">${esc(e.school)}</div><div>${esc(e.degree)} ${esc(e.field)}</div><div class="m">${fmt(e.start, 'Mon YYYY')} – ${fmt(e.end, 'Mon YYYY')}${e.note ? ` · ${esc(e.note)}` : ''}</div></div></div>`).join('')}</div>
  <div class="sec"><h3>Certifications</h3>${p.certs.map((c) => `<div>${esc(c)}</div>`).join('')}</div>
  </div></div>`;
  return page(mixed ? 'en-MY' : 'en-SG', css, body);
}

// ─────────────────────────────────────────────────────────────────────────────
// docsSite — "About me" page of a documentation-style personal site (VuePress / GitBook look) printed from
// the browser: top navbar with the site title, left sidebar nav tree, main article with H1, tip box, sections,
// "2021.09 ~ 至今" / "Sep 2020 – present", and a right "On this page" outline.
// ─────────────────────────────────────────────────────────────────────────────
export function docsSite(p: Person): string {
  const zh = p.language === 'zh';
  const css = `
  body{font-family:"WenQuanYi Zen Hei","Liberation Sans",sans-serif;font-size:8.6pt;color:#2c3e50;margin:0}
  .nav{display:flex;justify-content:space-between;align-items:center;border-bottom:1px solid #eaecef;padding:0 0 6px;margin-bottom:8px}
  .nav .logo{font-weight:bold;font-size:11pt;color:#3eaf7c}.nav .links span{margin-left:12px;color:#2c3e50}
  .wrap{display:grid;grid-template-columns:34mm 1fr 30mm;gap:12px}
  .side{border-right:1px solid #eaecef;font-size:8.2pt}.side div{padding:2px 0}.side .on{color:#3eaf7c;border-left:3px solid #3eaf7c;padding-left:5px;font-weight:bold}
  .side .g{font-weight:bold;margin-top:6px}
  h1{font-size:17pt;margin:0 0 4px;border-bottom:1px solid #eaecef;padding-bottom:4px}
  h2{font-size:11pt;margin:12px 0 5px;border-bottom:1px solid #eaecef;padding-bottom:2px}
  h3{font-size:9.5pt;margin:8px 0 2px}
  .tip{background:#f3f5f7;border-left:4px solid #42b983;padding:5px 8px;margin:6px 0}
  code{background:#f3f4f4;color:#476582;padding:1px 4px;border-radius:3px;font-family:"DejaVu Sans Mono",monospace;font-size:7.8pt}
  ul{margin:2px 0 0 16px;padding:0}
  .toc{font-size:7.8pt;color:#476582}.toc div{padding:1px 0}.toc .t{font-weight:bold;color:#2c3e50;margin-bottom:3px}`;
  const site = zh ? `${p.name}的技术笔记` : `Lydia Zhang · 张蕾`;
  const S = zh ? ['关于我', '工作经历', '专业技能', '教育背景', '证书与语言'] : ['About', 'Experience 工作经历', 'Skills 技能', 'Education 教育背景', 'Languages 语言'];
  const present = zh ? '至今' : 'present';
  const body = `
  <div class="nav"><span class="logo">${esc(site)}</span><span class="links"><span>${zh ? '首页' : 'Home'}</span><span>${zh ? '笔记' : 'Portfolio'}</span><span>${zh ? '关于' : 'About'}</span><span>${zh ? 'GitHub' : 'LinkedIn'}</span></span></div>
  <div class="wrap"><div class="side">
  <div class="g">${zh ? '指南' : 'Guide'}</div><div>${zh ? '快速开始' : 'Start here'}</div><div class="on">${zh ? '关于我' : 'About me'}</div>
  <div class="g">${zh ? '后端' : 'Case studies'}</div>${(zh ? ['高并发对账', 'Kafka 实践', '风控引擎', 'K8s 迁移笔记'] : ['Yogurt repositioning', 'Air-purifier launch', 'KOL programme', 'CRM journeys']).map((s) => `<div>${esc(s)}</div>`).join('')}
  </div><div>
  <h1>${esc(p.name)}${p.nameEn && !zh ? ` <span style="font-weight:normal;font-size:12pt">${esc(p.nameEn)}</span>` : ''}</h1>
  <div class="tip">${zh ? '正在看新机会 · 上海 · 后端架构 / 技术专家方向' : 'Open to senior brand roles in Beijing or Shanghai'}<br>${ICON.phone} ${esc(p.phoneLocal)} &nbsp; ${ICON.mail} ${esc(p.email)}</div>
  <h2>${S[0]}</h2><p style="margin:0">${esc(zh ? p.summaryZh! : p.summary)}</p>
  <h2>${S[1]}</h2>
  ${recent(p).map((j) => `<h3>${esc(j.company)} · ${esc(titleOf(j, zh))}${!zh && j.titleZh ? ` ${esc(j.titleZh)}` : ''}</h3><div><code>${zh ? `${fmt(j.start, 'YYYY.MM')} ~ ${j.end ? fmt(j.end, 'YYYY.MM') : present}` : range(j, 'Mon YYYY', ' – ', present)}</code> ${esc(cityOf(j, zh))}</div><ul>${bulletsOf(j, false).map((b) => `<li>${esc(b)}</li>`).join('')}</ul>`).join('')}
  <h2>${S[2]}</h2><ul>${skills(p).map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
  <h2>${S[3]}</h2>${p.education.map((e) => `<div>${esc(e.school)}${e.schoolEn && !zh ? ` (${esc(e.schoolEn)})` : ''} · ${esc(zh ? e.degree : e.degree)} · ${esc(zh ? e.field : e.field)} · <code>${fmt(e.start, 'YYYY.MM')} ~ ${fmt(e.end, 'YYYY.MM')}</code></div>`).join('')}
  <h2>${S[4]}</h2><div>${(zh ? [...p.certsZh!, ...p.languagesZh!] : p.languages).map(esc).join('；')}</div>
  <p style="color:#999;font-size:7.5pt;margin-top:12px">${zh ? '上次更新: 2026/11/12 22:41:07' : 'Last updated: 11/12/2026'}</p>
  </div><div class="toc"><div class="t">${zh ? '本页目录' : 'On this page'}</div>${S.map((s) => `<div>${esc(s)}</div>`).join('')}</div></div>`;
  return page(zh ? 'zh-CN' : 'en', css, body);
}

// ─────────────────────────────────────────────────────────────────────────────
// radar — Chinese 简历 template whose skills are drawn as a radar (spider) chart in SVG: left column with 基本信息,
// 联系方式 and the chart (skill names as SVG text labels round the polygon), certificates; right column 求职意向,
// 工作经历 with "2021/06 – 至今" in a pill, 教育背景, 自我评价.
// ─────────────────────────────────────────────────────────────────────────────
export function radar(p: Person): string {
  const all = skills(p);
  const byLen = [...all].sort((a, b) => b.length - a.length);
  const rest = all.filter((s) => s !== byLen[0] && s !== byLen[1]);
  const sk = [byLen[0], ...rest.slice(0, 3), byLen[1], ...rest.slice(3)]; // longest labels at top and bottom, where there is room
  const vals = [0.92, 0.85, 0.8, 0.78, 0.72, 0.7, 0.88, 0.82];
  const cx = 120, cy = 96, R = 54;
  const pt = (i: number, r: number) => [cx + r * Math.sin((2 * Math.PI * i) / sk.length), cy - r * Math.cos((2 * Math.PI * i) / sk.length)];
  const rings = [0.25, 0.5, 0.75, 1].map((f) => `<polygon points="${sk.map((_, i) => pt(i, R * f).map((v) => v.toFixed(1)).join(',')).join(' ')}" fill="none" stroke="#cfd8e3" stroke-width="0.6"/>`).join('');
  const poly = `<polygon points="${sk.map((_, i) => pt(i, R * vals[i]).map((v) => v.toFixed(1)).join(',')).join(' ')}" fill="rgba(46,117,182,.35)" stroke="#2e75b6" stroke-width="1.2"/>`;
  const labels = sk.map((s, i) => {
    const [x, y] = pt(i, R + 9);
    const anchor = Math.abs(x - cx) < 4 ? 'middle' : x > cx ? 'start' : 'end';
    return `<text x="${x.toFixed(1)}" y="${(y + 3).toFixed(1)}" font-size="7" text-anchor="${anchor}" fill="#243447">${esc(s)}</text>`;
  }).join('');
  const css = `
  body{font-family:"WenQuanYi Zen Hei",sans-serif;font-size:8.8pt;color:#243447;margin:0}
  .wrap{display:grid;grid-template-columns:68mm 1fr;min-height:262mm}
  .left{background:#f0f4f9;padding:10px 10px}
  .nm{font-size:20pt;font-weight:bold;color:#1f4e79;letter-spacing:3px}
  .lh{font-size:10pt;font-weight:bold;color:#1f4e79;border-bottom:2px solid #2e75b6;margin:12px 0 5px;padding-bottom:2px}
  .left div.i{margin:2px 0}
  .right{padding:6px 0 0 14px}
  .rh{font-size:11pt;font-weight:bold;color:#fff;background:#2e75b6;display:inline-block;padding:2px 12px 2px 8px;clip-path:polygon(0 0,92% 0,100% 100%,0 100%);margin:10px 0 5px}
  .job{margin-bottom:8px}.job .a{display:flex;justify-content:space-between;align-items:center}
  .job .co{font-weight:bold;font-size:9.6pt}.pill{background:#deeaf6;color:#1f4e79;border-radius:9px;padding:0 8px;font-size:8pt}
  .job .t{color:#2e75b6;margin:1px 0}
  .job ol{margin:1px 0 0 16px;padding:0}`;
  const body = `<div class="wrap"><div class="left">
  <div class="nm">${esc(p.name)}</div><div style="margin-top:3px">求职意向：${esc(p.headlineZh!)} ｜ ${esc(p.cityZh!)}</div>
  <div class="lh">基本信息</div>
  <div class="i">性别：女</div><div class="i">出生年月：1990.05</div><div class="i">籍贯：${esc(p.hometown!)}</div><div class="i">学历：本科</div><div class="i">政治面貌：中共党员</div>
  <div class="lh">联系方式</div>
  <div class="i">${ICON.phone} ${esc(p.phoneLocal)}</div><div class="i">${ICON.mail} ${esc(p.email)}</div><div class="i">${ICON.pin} ${esc(p.address)}</div>
  <div class="lh">专业技能</div>
  <svg width="240" height="194" viewBox="0 0 240 194">${rings}${sk.map((_, i) => { const [x, y] = pt(i, R); return `<line x1="${cx}" y1="${cy}" x2="${x.toFixed(1)}" y2="${y.toFixed(1)}" stroke="#cfd8e3" stroke-width="0.6"/>`; }).join('')}${poly}${labels}</svg>
  <div class="lh">资格证书</div>${p.certsZh!.map((c) => `<div class="i">${esc(c)}</div>`).join('')}
  <div class="lh">语言能力</div>${p.languagesZh!.map((c) => `<div class="i">${esc(c)}</div>`).join('')}
  </div><div class="right">
  <div class="rh">工作经历</div>
  ${recent(p).map((j) => `<div class="job"><div class="a"><span class="co">${esc(j.company)}</span><span class="pill">${fmt(j.start, 'YYYY/MM')} – ${j.end ? fmt(j.end, 'YYYY/MM') : '至今'}</span></div><div class="t">${esc(j.title)}</div><ol>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ol></div>`).join('')}
  <div class="rh">教育背景</div>
  ${p.education.map((e) => `<div class="job"><div class="a"><span class="co">${esc(e.school)}</span><span class="pill">${fmt(e.start, 'YYYY/MM')} – ${fmt(e.end, 'YYYY/MM')}</span></div><div class="t">${esc(e.field)} ｜ ${esc(e.degree)}</div><div>主修课程：中级财务会计、成本会计、税法、审计学、财务管理</div></div>`).join('')}
  <div class="rh">自我评价</div><p style="margin:0">${esc(p.summaryZh!)}工作细致，抗压能力强，善于跨部门沟通。</p>
  </div></div>`;
  return page('zh-CN', css, body);
}

// ─────────────────────────────────────────────────────────────────────────────
// magazine — editorial / magazine-spread CV: masthead with an issue line, the name as the headline, a standfirst,
// then the body set in three newspaper columns (CSS multi-column with rules) with a drop cap and a pull quote;
// an "At a glance" box carries the contact details. English (Caribbean) and Traditional Chinese (Taiwan).
// ─────────────────────────────────────────────────────────────────────────────
export function magazine(p: Person): string {
  const zh = p.language === 'zh';
  const css = `
  body{font-family:${zh ? '"WenQuanYi Zen Hei"' : '"Liberation Serif",serif'};font-size:${zh ? '9pt' : '10pt'};color:#1a1a1a;margin:0}
  .mast{display:flex;justify-content:space-between;border-top:3px double #1a1a1a;border-bottom:1px solid #1a1a1a;padding:3px 0;font-size:7.6pt;letter-spacing:1.5px;text-transform:uppercase}
  h1{font-size:${zh ? '30pt' : '34pt'};margin:6px 0 0;line-height:1;letter-spacing:${zh ? '6px' : '-0.5px'}}
  .kick{color:#b3262d;font-weight:bold;letter-spacing:2px;font-size:8pt;text-transform:uppercase;margin-top:6px}
  .stand{font-size:${zh ? '10pt' : '11pt'};font-style:${zh ? 'normal' : 'italic'};margin:5px 0 8px;border-bottom:1px solid #1a1a1a;padding-bottom:7px}
  .cols{column-count:3;column-gap:14px;column-rule:1px solid #bbb;column-fill:balance}
  .cols h2{font-size:${zh ? '10pt' : '10.5pt'};margin:8px 0 3px;color:#b3262d;break-after:avoid;text-transform:uppercase;letter-spacing:1px}
  .cols h2:first-child{margin-top:0}
  .cols p{margin:0 0 5px;text-align:justify}
  .drop::first-letter{float:left;font-size:30pt;line-height:.9;padding:2px 4px 0 0;color:#b3262d;font-weight:bold}
  .pull{font-size:${zh ? '10.5pt' : '12pt'};font-style:italic;border-top:2px solid #b3262d;border-bottom:2px solid #b3262d;padding:5px 0;margin:6px 0;break-inside:avoid;text-align:center}
  .box{background:#f4efe6;padding:6px 7px;break-inside:avoid;margin-bottom:6px}
  .box div{margin:1px 0}
  .job{margin-bottom:5px}.job b{display:block}.job .d{font-size:${zh ? '7.8pt' : '8pt'};color:#555;letter-spacing:.5px}
  ul{margin:1px 0 0 12px;padding:0}`;
  const present = zh ? '迄今' : 'Present';
  const jobHtml = (j: Person['work'][number]) => `<div class="job"><b>${esc(j.title)}</b><span>${esc(j.company)}</span><div class="d">${zh ? `${fmt(j.start, 'YYYY/MM')} ～ ${j.end ? fmt(j.end, 'YYYY/MM') : present}` : range(j, 'MON YYYY', ' — ', 'PRESENT')}</div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`;
  const items = [...p.work.map((j) => ({ s: j.start, h: jobHtml(j) })), ...p.gaps.map((g) => ({ s: g.start, h: `<div class="job"><b>${esc(zh ? g.textZh ?? g.text : g.text)}</b><div class="d">${fmt(g.start, 'MON YYYY')} — ${fmt(g.end, 'MON YYYY')}</div></div>` }))];
  const jobs = items.sort((a, b) => (a.s < b.s ? 1 : -1)).map((x) => x.h).join('');
  const gaps = '';
  const body = zh ? `
  <div class="mast"><span>Vol. 10 · 個人履歷特輯</span><span>台北 · 2026 年 11 月</span></div>
  <div class="kick">人物 · 行銷</div><h1>${esc(p.name)}</h1>
  <div class="stand">十年品牌與數位行銷，從文創市集走到 SaaS 的行銷經理。</div>
  <div class="cols">
  <div class="box"><b>基本資料</b><div>手機：${esc(p.phoneLocal)}</div><div>市話：${esc(p.otherPhones[0].number)}</div><div>Email：${esc(p.email)}</div><div>居住地：${esc(p.address)}</div></div>
  <h2>關於我</h2><p class="drop">${esc(p.summaryZh!)}喜歡把數據和故事放在同一張簡報裡。</p>
  <div class="pull">「好的行銷，是讓對的人剛好在對的時候看見你。」</div>
  <h2>工作經歷</h2>${jobs}
  <h2>專業技能</h2><ul>${skills(p).map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
  <h2>學歷</h2>${p.education.map((e) => `<p>${esc(e.school)} ${esc(e.field)} ${esc(e.degree)}（${fmt(e.start, 'YYYY/MM')} ～ ${fmt(e.end, 'YYYY/MM')}）</p>`).join('')}
  <h2>語言 · 證照</h2><p>${[...p.languagesZh!, ...p.certsZh!].map(esc).join('；')}</p>
  </div>` : `
  <div class="mast"><span>The Working Life · Issue 47</span><span>Port of Spain · November 2026</span></div>
  <div class="kick">Profile · Human Resources</div><h1>${esc(p.name)}</h1>
  <div class="stand">${esc(p.headline)}. Fifteen years keeping payroll right and people informed — in distribution, energy services and insurance.</div>
  <div class="cols">
  <div class="box"><b>At a glance</b><div>Cell: ${esc(p.phoneIntl)}</div><div>Home: ${esc(p.otherPhones[0].number)}</div><div>Email: ${esc(p.email)}</div><div>${esc(p.address)}</div></div>
  <h2>Profile</h2><p class="drop">${esc(p.summary)}</p>
  <div class="pull">“Payroll is the one process every employee checks, every fortnight.”</div>
  <h2>Experience</h2>${jobs}${gaps}
  <h2>Skills</h2><ul>${skills(p).map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
  <h2>Education</h2>${p.education.map((e) => `<p><b>${esc(e.degree)}${e.field ? `, ${esc(e.field)}` : ''}</b><br>${esc(e.school)}, ${e.start.slice(0, 4)}–${e.end.slice(0, 4)}</p>`).join('')}
  <h2>Certificates</h2>${p.certs.map((c) => `<p>${esc(c)}</p>`).join('')}
  <h2>Referees</h2>${(p.referees ?? []).map((r) => `<p>${esc(r.name)}, ${esc(r.role)}, ${esc(r.org)}. Tel: ${esc(r.phone)}</p>`).join('')}
  </div>`;
  return page(zh ? 'zh-TW' : 'en', css, body);
}
