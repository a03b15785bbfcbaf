/**
 * heldout-64 — the HTML templates Chromium prints. Each takes a person and returns one HTML page.
 * Several set `@page { margin: 0 }` and draw their own full-bleed bands (Chromium honours the CSS page margin).
 */
import type { Person, Skill } from './people.ts';
import { D, allSkills, esc, fonts, fullName, icon, monthsOf, newestFirst, range, silhouette, zhLevel, enLevel } from './common.ts';

type Lx = (en: string, zh: string, mixed?: string) => string;
const lx = (p: Person): Lx => (en, zh, mixed) => (p.lang === 'zh' ? zh : p.lang === 'mixed' && mixed !== undefined ? mixed : en);

function doc(p: Person, css: string, body: string, pageMargin = '0'): string {
  const lang = p.lang === 'zh' ? 'zh-CN' : p.id === 'p14' ? 'zh-TW' : p.id === 'p13' ? 'zh-HK' : 'en';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(fullName(p))}</title><style>
@page { size: A4; margin: ${pageMargin}; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { font-family: ${fonts(p)}; color: #222; font-size: 9pt; line-height: 1.35; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
ul { margin: 0; padding: 0 0 0 1.1em; }
li { margin: 0.5mm 0; }
h1, h2, h3, h4, p { margin: 0; }
${css}
</style></head><body>${body}</body></html>`;
}

const skillName = (s: Skill) => esc(s.name);

// ————————————————————————————————————————————————————————————— 1. metro-map
export function metroMap(p: Person): string {
  const L = lx(p);
  const tw = p.id === 'p14';
  const accent = p.id === 'p01' ? '#e4572e' : p.id === 'p09' ? '#0e7c7b' : '#7b2cbf';
  const df = p.lang === 'zh' ? D.dotZh : tw ? D.slashZh : D.mon;
  const present = L('Present', '至今', '現在 Present');
  const n = p.work.length;
  const lineColors = [accent, '#2d6cdf', '#f2a900', '#3aa655'];
  const stations = p.work
    .map((j, i) => {
      const same = i > 0 && p.work[i - 1].company === j.company;
      return `<div class="st">
        <div class="lab"><b>${esc(j.company)}</b><span>${esc(j.title)}</span></div>
        <div class="dot${same ? ' x' : ''}${j.end === null ? ' now' : ''}"></div>
        <div class="when">${esc(df(j.start))}</div>
      </div>`;
    })
    .join('');
  const jobs = newestFirst(p)
    .map(
      (j) => `<div class="job"><div class="jt"><span class="pin" style="border-color:${accent}"></span><b>${esc(j.title)}</b></div>
      <div class="je">${esc(j.company)} · ${esc(j.town)}${j.kind ? ` · ${esc(j.kind)}` : ''}</div>
      <div class="jd">${esc(range(j, df, present))}</div>
      <ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`,
    )
    .join('');
  const groups = p.skills
    .map(
      (g, gi) => `<div class="grp"><div class="gl"><span class="chip" style="background:${lineColors[(gi + 1) % 4]}">${L('Line', '线', 'Line')} ${String.fromCharCode(66 + gi)}</span> ${esc(g.group)}</div>
      ${g.items.map((s) => `<div class="sk"><span>${skillName(s)}</span><i>${[1, 2, 3, 4, 5].map((k) => `<em class="${k <= s.level ? 'on' : ''}" style="${k <= s.level ? `background:${lineColors[(gi + 1) % 4]}` : ''}"></em>`).join('')}</i></div>`).join('')}</div>`,
    )
    .join('');
  const css = `
.page { width: 210mm; height: 296mm; position: relative; overflow: hidden; }
body { font-size: 9.7pt; }
.head { padding: 12mm 14mm 5mm; background: #f6f4ef; border-bottom: 1.2mm solid ${accent}; }
.head h1 { font-size: 27pt; letter-spacing: -0.5pt; line-height: 1.05; }
.head h1 small { font-size: 13pt; font-weight: normal; color: #555; margin-left: 3mm; }
.head .hl { font-size: 11pt; color: ${accent}; font-weight: bold; margin-top: 1mm; }
.head .ct { margin-top: 2.5mm; font-size: 8.5pt; color: #333; display: flex; gap: 5mm; flex-wrap: wrap; }
.map { margin: 5mm 14mm 0; position: relative; height: 44mm; }
.map .title { font-size: 7.5pt; letter-spacing: 1.5pt; text-transform: uppercase; color: #888; }
.map .rail { position: absolute; left: 2mm; right: 2mm; top: 24.4mm; height: 2.6mm; background: ${accent}; border-radius: 1.3mm; }
.map .rail:after { content: ''; position: absolute; right: -2.5mm; top: -1.6mm; border-left: 3.5mm solid ${accent}; border-top: 2.9mm solid transparent; border-bottom: 2.9mm solid transparent; }
.stations { position: absolute; left: 0; right: 0; top: 4mm; display: flex; }
.st { flex: 1; display: flex; flex-direction: column; align-items: center; text-align: center; }
.st .lab { height: 16mm; display: flex; flex-direction: column; justify-content: flex-end; font-size: 7.4pt; line-height: 1.2; padding: 0 1.5mm; }
.st .lab span { color: #555; }
.st .dot { width: 6.4mm; height: 6.4mm; border-radius: 50%; background: #fff; border: 1.5mm solid #222; margin-top: 2.2mm; z-index: 2; }
.st .dot.x { box-shadow: 0 0 0 1mm #fff, 0 0 0 1.6mm #222; }
.st .dot.now { background: ${accent}; }
.st .when { font-size: 6.8pt; color: #666; margin-top: 1.2mm; letter-spacing: 0.3pt; }
.legend { position: absolute; right: 0; top: 0; font-size: 6.8pt; color: #777; }
.legend b { display: inline-block; width: 8mm; height: 1.6mm; background: ${accent}; vertical-align: middle; margin-right: 1mm; border-radius: 1mm; }
.body { display: grid; grid-template-columns: 1.6fr 1fr; gap: 7mm; margin: 3mm 14mm 0; }
h2 { font-size: 9.5pt; text-transform: uppercase; letter-spacing: 1.2pt; color: #111; border-bottom: 0.3mm solid #ccc; padding-bottom: 1mm; margin: 3mm 0 2mm; }
.job { margin-bottom: 3.2mm; }
.jt b { font-size: 10pt; }
.pin { display: inline-block; width: 2.6mm; height: 2.6mm; border-radius: 50%; border: 0.8mm solid; margin-right: 1.5mm; vertical-align: 0; }
.je { color: #333; margin-left: 4.3mm; }
.jd { color: #777; font-size: 8pt; margin-left: 4.3mm; }
.job ul { margin-left: 4.3mm; }
.summary { font-size: 9pt; color: #333; }
.grp { margin-bottom: 2.5mm; }
.gl { font-weight: bold; margin-bottom: 1mm; }
.chip { color: #fff; font-size: 6.8pt; padding: 0.3mm 1.6mm; border-radius: 2mm; margin-right: 1mm; font-weight: bold; }
.sk { display: flex; justify-content: space-between; align-items: center; font-size: 8.5pt; margin: 0.6mm 0; }
.sk i { display: flex; gap: 0.6mm; }
.sk em { width: 3.2mm; height: 1.5mm; background: #ddd; border-radius: 0.7mm; }
.side p { margin: 0.8mm 0; font-size: 8.5pt; }
`;
  const body = `<div class="page">
  <div class="head"><h1>${esc(p.name)}${p.alias ? `<small>${esc(p.alias)}</small>` : ''}</h1>
    <div class="hl">${esc(p.headline)}</div>
    <div class="ct"><span>${icon('phone')} ${esc(p.phoneShown)}</span><span>${icon('mail')} ${esc(p.email)}</span><span>${icon('pin')} ${esc(p.town)}</span>${p.links.map((l) => `<span>${icon('link')} ${esc(l)}</span>`).join('')}${(p.other ?? []).map((o) => `<span>${esc(o.label)}: ${esc(o.number)}</span>`).join('')}</div>
  </div>
  <div class="map"><div class="title">${L('The career line — ' + n + ' stations', '职业线路图 · ' + n + ' 站', 'Career Line 職涯路線')}</div>
    <div class="legend"><b></b>${L('main line · ◎ = interchange (promotion)', '主线 · ◎ 换乘＝晋升', 'main line · ◎ = promotion')}</div>
    <div class="rail"></div><div class="stations">${stations}</div></div>
  <div class="body">
    <div>
      <h2>${L('Profile', '个人简介', 'Profile 簡介')}</h2><p class="summary">${esc(p.summary)}</p>
      <h2>${L('Stops along the line', '站点详情 · 工作经历', 'Stations 工作經歷')}</h2>${jobs}
    </div>
    <div class="side">
      <h2>${L('Interchanges · Skills', '换乘站 · 专业技能', 'Skills 專業技能')}</h2>${groups}
      <h2>${L('Languages', '语言', 'Languages 語言')}</h2>${p.languages.map((l) => `<p><b>${esc(l.name)}</b> — ${esc(l.level)}</p>`).join('')}
      <h2>${L('Awards', '荣誉奖项', 'Awards 獎項')}</h2>${p.awards.map((a) => `<p>${esc(a)}</p>`).join('')}
      <h2>${L('Education', '教育背景', 'Education 學歷')}</h2>${p.education.map((e) => `<p><b>${esc(e.school)}</b><br>${esc(e.degree)}<br><span style="color:#777">${esc(range(e, df, present))}</span></p>`).join('')}
    </div>
  </div></div>`;
  return doc(p, css, body);
}

// ————————————————————————————————————————————————————————————— 2. swiss-3col
export function swiss3(p: Person): string {
  const L = lx(p);
  const df = p.lang === 'zh' ? D.dotZh : p.id === 'p13' ? D.mon : D.slash;
  const present = L('Present', '至今', 'Present');
  const sep = p.lang === 'zh' ? '—' : p.id === 'p13' ? ' — ' : '–';
  const nameLines = p.lang === 'en' ? [p.given, p.family + '.'] : [p.family, p.given];
  const jobs = newestFirst(p)
    .map(
      (j) => `<div class="e"><div class="d">${esc(df(j.start))}${sep}<br>${esc(j.end ? df(j.end) : present)}</div>
      <div class="c"><b>${esc(j.title)}</b><div class="co">${esc(j.company)}, ${esc(j.town)}${j.kind ? ` (${esc(j.kind)})` : ''}</div>
      <ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div></div>`,
    )
    .join('');
  const css = `
body { font-size: 8.4pt; }
.page { padding: 12mm 12mm 0; height: 296mm; overflow: hidden; }
.top { display: grid; grid-template-columns: 2fr 1fr; gap: 6mm; align-items: end; }
.name { font-size: ${p.lang === 'en' ? 46 : 52}pt; font-weight: bold; line-height: 0.92; letter-spacing: ${p.lang === 'en' ? '-1.8pt' : '2pt'}; }
.name div:last-child { color: #e10600; }
.alias { font-size: 14pt; margin-top: 2mm; letter-spacing: 0.5pt; }
.meta { font-size: 8pt; line-height: 1.5; }
.meta .hl { font-weight: bold; font-size: 10pt; margin-bottom: 1.5mm; }
.rule { border-top: 1.6mm solid #111; margin: 5mm 0 4mm; }
.grid { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 6mm; }
h2 { font-size: 8pt; font-weight: bold; border-top: 0.35mm solid #111; padding-top: 1.2mm; margin: 0 0 2.5mm; display: flex; gap: 2.5mm; }
h2 span { color: #e10600; }
.blk { margin-bottom: 6mm; }
.e { display: grid; grid-template-columns: 15mm 1fr; margin-bottom: 3.2mm; }
.e .d { font-size: 7pt; color: #555; padding-right: 2mm; line-height: 1.3; }
.e .c { border-left: 0.25mm solid #111; padding-left: 2.5mm; }
.e .co { color: #444; margin-bottom: 0.6mm; }
.e ul { padding-left: 0.9em; }
.cat { font-size: 7pt; text-transform: uppercase; letter-spacing: 1pt; color: #e10600; font-weight: bold; margin: 2mm 0 0.8mm; }
.it { border-bottom: 0.2mm solid #ddd; padding: 0.6mm 0; display: flex; justify-content: space-between; }
.it i { font-style: normal; color: #999; font-size: 7pt; }
.lg { display: flex; justify-content: space-between; border-bottom: 0.2mm solid #ddd; padding: 0.6mm 0; }
p.s { margin-bottom: 1.5mm; }
`;
  const levelWord = (n: number) => (p.lang === 'zh' ? zhLevel(n) : ['', '', 'basic', 'good', 'strong', 'expert'][n]);
  const body = `<div class="page">
  <div class="top"><div><div class="name">${nameLines.map((l) => `<div>${esc(l)}</div>`).join('')}</div>${p.alias ? `<div class="alias">${esc(p.alias)}</div>` : ''}</div>
    <div class="meta"><div class="hl">${esc(p.headline)}</div>${esc(p.phoneShown)}<br>${esc(p.email)}<br>${p.links.map(esc).join('<br>')}<br>${esc(p.town)}${(p.other ?? []).map((o) => `<br>${esc(o.label)} ${esc(o.number)}`).join('')}</div></div>
  <div class="rule"></div>
  <div class="grid">
    <div>
      <div class="blk"><h2><span>01</span>${L('Profile', '简介', 'Profile')}</h2><p class="s">${esc(p.summary)}</p></div>
      <div class="blk"><h2><span>04</span>${L('Languages', '语言', 'Languages')}</h2>${p.languages.map((l) => `<div class="lg"><span>${esc(l.name)}</span><span>${esc(l.level)}</span></div>`).join('')}</div>
      <div class="blk"><h2><span>05</span>${L('Education', '教育', 'Education')}</h2>${p.education.map((e) => `<p class="s"><b>${esc(e.degree)}</b><br>${esc(e.school)}<br>${esc(df(e.start))}${sep}${esc(df(e.end))}</p>`).join('')}</div>
    </div>
    <div><div class="blk"><h2><span>02</span>${L('Experience', '工作经历', 'Experience')}</h2>${jobs}</div></div>
    <div>
      <div class="blk"><h2><span>03</span>${L('Skills', '技能', 'Skills')}</h2>${p.skills.map((g) => `<div class="cat">${esc(g.group)}</div>${g.items.map((s) => `<div class="it"><span>${skillName(s)}</span><i>${levelWord(s.level)}</i></div>`).join('')}`).join('')}</div>
      <div class="blk"><h2><span>06</span>${L('Recognition', '获奖', 'Recognition')}</h2>${p.awards.map((a) => `<p class="s">${esc(a)}</p>`).join('')}${p.certs.map((c) => `<p class="s">${esc(c)}</p>`).join('')}</div>
    </div>
  </div></div>`;
  return doc(p, css, body);
}

// ————————————————————————————————————————————————————————————— 3. darkmode
export function darkmode(p: Person): string {
  const L = lx(p);
  const neon = p.id === 'p03' ? '#7CFFB2' : p.id === 'p11' ? '#FFB86B' : '#6FC3FF';
  const pink = '#FF6AD5';
  const df = p.lang === 'zh' ? D.dotZh : D.mon;
  const present = L('now', '至今', 'now');
  const jobs = newestFirst(p)
    .map(
      (j) => `<div class="job"><div class="when">${esc(df(j.start))} → ${esc(j.end ? df(j.end) : present)}</div>
      <div class="t">${esc(j.title)} <span>@ ${esc(j.company)}</span></div>
      <div class="where">${esc(j.town)}${j.kind ? ` · ${esc(j.kind)}` : ''}</div>
      <ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`,
    )
    .join('');
  const bars = p.skills
    .map(
      (g) => `<div class="grp">${esc(g.group)}</div>${g.items
        .map((s) => `<div class="bar"><span>${skillName(s)}</span><i>${Array.from({ length: 10 }, (_, k) => `<b class="${k < s.level * 2 ? 'on' : ''}"></b>`).join('')}</i></div>`)
        .join('')}`,
    )
    .join('');
  const css = `
body { background: #121417; color: #d9dde3; font-size: 9.7pt; }
.page { width: 210mm; height: 296mm; display: grid; grid-template-columns: 1.7fr 1fr; }
.main { padding: 15mm 8mm 10mm 15mm; }
.side { background: #1a1e25; padding: 15mm 11mm 10mm 8mm; }
.mono { font-family: ${fonts(p, 'mono')}; }
h1 { font-size: 30pt; color: #fff; line-height: 1.05; letter-spacing: -0.3pt; }
h1 small { display: block; font-size: 13pt; color: #9aa3ad; font-weight: normal; letter-spacing: 0; margin-top: 1mm; }
.role { font-family: ${fonts(p, 'mono')}; color: ${neon}; font-size: 10pt; margin: 2mm 0 4mm; }
.sum { color: #b8bfc8; border-left: 0.8mm solid ${pink}; padding-left: 3mm; }
h2 { font-family: ${fonts(p, 'mono')}; font-size: 9.5pt; color: ${pink}; font-weight: normal; margin: 6mm 0 2.5mm; }
.job { margin-bottom: 4mm; }
.when { font-family: ${fonts(p, 'mono')}; font-size: 7.6pt; color: ${neon}; }
.t { font-weight: bold; color: #fff; font-size: 10pt; }
.t span { font-weight: normal; color: #c3c9d1; }
.where { font-size: 7.6pt; color: #8b94a0; }
.job ul { list-style: none; padding-left: 0; }
.job li:before { content: '▹ '; color: ${neon}; }
.ct div { margin: 1.2mm 0; color: #d9dde3; }
.ct svg { color: ${neon}; margin-right: 1.5mm; }
.grp { font-family: ${fonts(p, 'mono')}; font-size: 7.5pt; color: #8b94a0; margin: 2.5mm 0 1mm; }
.bar { display: flex; justify-content: space-between; align-items: center; gap: 2mm; margin: 1mm 0; }
.bar span { flex: 1; }
.bar i { display: flex; gap: 0.45mm; flex: none; }
.bar b { width: 1.9mm; height: 2.2mm; background: #2f3540; border-radius: 0.4mm; }
.bar b.on { background: ${neon}; }
.side p { margin: 1mm 0; color: #c3c9d1; }
.side p b { color: #fff; }
`;
  const body = `<div class="page"><div class="main">
    <h1>${esc(p.name)}${p.alias ? `<small>${esc(p.alias)}</small>` : ''}</h1>
    <div class="role">&lt;${esc(p.headline)} /&gt;</div>
    <p class="sum">${esc(p.summary)}</p>
    <h2>// ${L('experience', '工作经历', 'experience')}</h2>${jobs}
    <h2>// ${L('education', '教育背景', 'education')}</h2>${p.education.map((e) => `<p><b style="color:#fff">${esc(e.school)}</b> — ${esc(e.degree)} <span class="mono" style="color:${neon};font-size:7.6pt">${esc(df(e.start))} → ${esc(df(e.end))}</span></p>`).join('')}
  </div><div class="side">
    <h2 style="margin-top:2mm">// ${L('contact', '联系方式', 'contact')}</h2>
    <div class="ct"><div>${icon('phone')}${esc(p.phoneShown)}</div><div>${icon('mail')}${esc(p.email)}</div><div>${icon('pin')}${esc(p.town)}</div>${p.links.map((l) => `<div>${icon('link')}${esc(l)}</div>`).join('')}</div>
    <h2>// ${L('skills', '技能', 'skills')}</h2>${bars}
    <h2>// ${L('languages', '语言', 'languages')}</h2>${p.languages.map((l) => `<p><b>${esc(l.name)}</b> · ${esc(l.level)}</p>`).join('')}
    <h2>// ${L('awards', '获奖', 'awards')}</h2>${p.awards.map((a) => `<p>${esc(a)}</p>`).join('')}
  </div></div>`;
  return doc(p, css, body);
}

// ————————————————————————————————————————————————————————————— 4. toolbox-donut
export function toolboxDonut(p: Person): string {
  const L = lx(p);
  const accent = p.id === 'p05' ? '#00857c' : p.id === 'p08' ? '#e8505b' : '#3a5a99';
  const df = p.lang === 'zh' ? D.nian : p.id === 'p16' ? D.mon : D.slash;
  const present = L('Present', '至今', 'Present');
  const sep = p.lang === 'zh' ? ' - ' : p.id === 'p16' ? ' – ' : ' - ';
  const tools = p.skills[p.skills.length - 1].items;
  const strengths = p.skills.slice(0, -1).flatMap((g) => g.items);
  const total = tools.reduce((a, s) => a + s.level, 0);
  let pcts = tools.map((s) => Math.round((s.level / total) * 100));
  pcts[0] += 100 - pcts.reduce((a, b) => a + b, 0);
  const palette = [accent, '#f4a259', '#5b8e7d', '#8cb369', '#bc4b51', '#6c757d', '#9b5de5'];
  const C = 2 * Math.PI * 38;
  let off = 0;
  const segs = pcts
    .map((v, i) => {
      const len = (v / 100) * C;
      const s = `<circle cx="50" cy="50" r="38" fill="none" stroke="${palette[i % palette.length]}" stroke-width="16" stroke-dasharray="${len.toFixed(2)} ${(C - len).toFixed(2)}" stroke-dashoffset="${(-off).toFixed(2)}" transform="rotate(-90 50 50)"/>`;
      off += len;
      return s;
    })
    .join('');
  const jobs = newestFirst(p)
    .map(
      (j) => `<div class="job"><div class="t">${esc(j.title)}</div><div class="co">${esc(j.company)}</div>
      <div class="meta"><span>${icon('cal', 10)} ${esc(range(j, df, present, sep))}</span><span>${icon('pin', 10)} ${esc(j.town)}</span>${j.kind ? `<span>${esc(j.kind)}</span>` : ''}</div>
      <ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`,
    )
    .join('');
  const css = `
.page { padding: 13mm 13mm 0; height: 296mm; overflow: hidden; }
body { font-size: 9.6pt; }
h1 { font-size: 26pt; text-transform: ${p.lang === 'zh' ? 'none' : 'uppercase'}; letter-spacing: 0.5pt; }
h1 small { font-size: 12pt; text-transform: none; color: #666; font-weight: normal; margin-left: 2mm; }
.hl { color: ${accent}; font-size: 11.5pt; font-weight: bold; margin: 1mm 0 2mm; }
.ct { display: flex; flex-wrap: wrap; gap: 1mm 5mm; font-size: 8.3pt; color: #444; }
.ct svg { color: ${accent}; }
.cols { display: grid; grid-template-columns: 1.45fr 1fr; gap: 8mm; margin-top: 4mm; }
h2 { font-size: 10.5pt; text-transform: uppercase; letter-spacing: 0.6pt; border-bottom: 0.7mm solid #222; padding-bottom: 0.8mm; margin: 3mm 0 2.5mm; }
.job { margin-bottom: 3.5mm; }
.t { font-size: 10.5pt; font-weight: bold; }
.co { color: ${accent}; font-weight: bold; }
.meta { display: flex; gap: 4mm; color: #666; font-size: 7.8pt; margin: 0.5mm 0 0.8mm; }
.donut { display: flex; gap: 3mm; align-items: center; }
.legend div { display: flex; align-items: center; gap: 1.5mm; margin: 0.8mm 0; font-size: 8.3pt; }
.legend b { width: 2.6mm; height: 2.6mm; border-radius: 0.5mm; display: inline-block; }
.legend i { font-style: normal; color: #888; margin-left: auto; padding-left: 2mm; }
.str { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5mm 3mm; }
.str div { display: flex; gap: 1.5mm; align-items: center; font-weight: bold; font-size: 8.6pt; }
.str svg { color: ${accent}; flex: none; }
.proud div { display: flex; gap: 2mm; margin: 1.2mm 0; }
.proud svg { color: ${accent}; flex: none; margin-top: 0.5mm; }
.lang { display: flex; justify-content: space-between; margin: 1mm 0; }
.lang i { font-style: normal; color: ${accent}; letter-spacing: 0.5pt; }
.sum { color: #333; }
`;
  const body = `<div class="page">
    <h1>${esc(p.name)}${p.alias ? `<small>${esc(p.alias)}</small>` : ''}</h1><div class="hl">${esc(p.headline)}</div>
    <div class="ct"><span>${icon('phone', 10)} ${esc(p.phoneShown)}</span><span>${icon('mail', 10)} ${esc(p.email)}</span>${p.links.map((l) => `<span>${icon('link', 10)} ${esc(l)}</span>`).join('')}<span>${icon('pin', 10)} ${esc(p.town)}</span></div>
    <div class="cols"><div>
      <h2>${L('Summary', '个人总结', 'Summary')}</h2><p class="sum">${esc(p.summary)}</p>
      <h2>${L('Experience', '工作经历', 'Experience')}</h2>${jobs}
      <h2>${L('Education', '教育背景', 'Education')}</h2>${p.education.map((e) => `<div class="job"><div class="t">${esc(e.degree)}</div><div class="co">${esc(e.school)}</div><div class="meta"><span>${icon('cal', 10)} ${esc(df(e.start))}${sep}${esc(df(e.end))}</span></div></div>`).join('')}
    </div><div>
      <h2>${L('My toolbox', '我的工具箱', 'My toolbox')}</h2>
      <div class="donut"><svg width="30mm" height="30mm" viewBox="0 0 100 100">${segs}<text x="50" y="54" text-anchor="middle" font-size="11" fill="#555">${L('time', '使用占比', 'time')}</text></svg>
      <div class="legend">${tools.map((s, i) => `<div><b style="background:${palette[i % palette.length]}"></b>${skillName(s)}<i>${pcts[i]}%</i></div>`).join('')}</div></div>
      <h2>${L('Strengths', '核心优势', 'Strengths')}</h2><div class="str">${strengths.map((s) => `<div>${icon('bolt', 11)}${skillName(s)}</div>`).join('')}</div>
      <h2>${L('Most proud of', '最自豪的事', 'Most proud of')}</h2><div class="proud">${p.awards.map((a) => `<div>${icon('trophy', 12)}<span>${esc(a)}</span></div>`).join('')}${p.certs.map((c) => `<div>${icon('star', 12)}<span>${esc(c)}</span></div>`).join('')}</div>
      <h2>${L('Languages', '语言能力', 'Languages')}</h2>${p.languages.map((l) => `<div class="lang"><span><b>${esc(l.name)}</b> ${esc(l.level)}</span><i>${'●'.repeat(l.score)}${'○'.repeat(5 - l.score)}</i></div>`).join('')}
    </div></div></div>`;
  return doc(p, css, body);
}

// ————————————————————————————————————————————————————————————— 5. star-rail
export function starRail(p: Person): string {
  const L = lx(p);
  const zh = p.lang === 'zh';
  const df = zh ? D.nian : D.mon;
  const present = L('Present', '至今');
  const stars = (n: number) => `<span class="stars">${'★'.repeat(n)}<span>${'★'.repeat(5 - n)}</span></span>`;
  const jobs = newestFirst(p)
    .map(
      (j) => `<div class="tl"><div class="d">${esc(df(j.start))}${zh ? '—' : ' –'}<br>${esc(j.end ? df(j.end) : present)}</div>
      <div class="c"><div class="t">${esc(j.title)}</div><div class="co">${esc(j.company)} | ${esc(j.town)}</div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div></div>`,
    )
    .join('');
  const css = `
.page { display: grid; grid-template-columns: 66mm 1fr; height: 296mm; }
.rail { background: #f1ece4; padding: 14mm 7mm 8mm 10mm; }
.photo { text-align: center; margin-bottom: 5mm; }
.rail h3 { font-size: 9pt; text-transform: uppercase; letter-spacing: 1.5pt; color: #8a5a44; border-bottom: 0.4mm solid #8a5a44; padding-bottom: 0.8mm; margin: 4.5mm 0 2mm; }
.rail .kv { margin: 1.3mm 0; font-size: 8.3pt; word-break: break-word; }
.rail .kv b { display: block; font-size: 7pt; color: #8a5a44; text-transform: uppercase; letter-spacing: 0.8pt; }
.sk { display: flex; justify-content: space-between; margin: 1mm 0; font-size: 8.4pt; }
.stars { color: #d08c2a; letter-spacing: 0.3pt; font-size: 8pt; }
.stars span { color: #d9cfc2; }
.main { padding: 14mm 13mm 8mm 9mm; }
h1 { font-size: 28pt; color: #3b2a22; letter-spacing: ${zh ? '6pt' : '0.5pt'}; }
.hl { font-size: 11pt; color: #8a5a44; letter-spacing: 1pt; text-transform: uppercase; margin: 1mm 0 4mm; }
h2 { font-size: 11pt; color: #3b2a22; text-transform: uppercase; letter-spacing: 1.2pt; margin: 4mm 0 2.5mm; }
.tl { display: grid; grid-template-columns: 24mm 1fr; }
.tl .d { font-size: 7.6pt; color: #8a5a44; text-align: right; padding: 0.5mm 3.5mm 0 0; line-height: 1.3; }
.tl .c { border-left: 0.5mm solid #d9cfc2; padding: 0 0 3.5mm 4mm; position: relative; }
.tl .c:before { content: ''; position: absolute; left: -1.8mm; top: 1mm; width: 3.1mm; height: 3.1mm; border-radius: 50%; background: #8a5a44; }
.t { font-weight: bold; font-size: 10pt; }
.co { color: #555; font-style: italic; margin-bottom: 0.6mm; }
.sum { color: #333; }
`;
  const body = `<div class="page"><div class="rail">
    <div class="photo">${silhouette(32, '#d9cfc2', '#fff')}</div>
    <h3>${L('Contact', '联系方式')}</h3>
    <div class="kv"><b>${L('Phone', '手机')}</b>${esc(p.phoneShown)}</div>
    <div class="kv"><b>${L('Email', '邮箱')}</b>${esc(p.email)}</div>
    <div class="kv"><b>${L('Address', '现居')}</b>${esc(p.town)}</div>
    ${p.links.map((l) => `<div class="kv"><b>${L('Portfolio', '作品集')}</b>${esc(l)}</div>`).join('')}
    <h3>${L('Skills', '专业技能')}</h3>${allSkills(p).map((s) => `<div class="sk"><span>${skillName(s)}</span>${stars(s.level)}</div>`).join('')}
    <h3>${L('Languages', '语言能力')}</h3>${p.languages.map((l) => `<div class="sk"><span>${esc(l.name)} <small style="color:#777">${esc(l.level)}</small></span>${stars(l.score)}</div>`).join('')}
    <h3>${L('Interests', '兴趣爱好')}</h3><div class="kv">${L('Sketching outdoors · tramping · ceramics', '手账 · 猫 · 胶片摄影 · 观鸟')}</div>
  </div><div class="main">
    <h1>${esc(p.name)}</h1><div class="hl">${esc(p.headline)}</div>
    <p class="sum">${esc(p.summary)}</p>
    <h2>${L('Work History', '工作经历')}</h2>${jobs}
    <h2>${L('Education', '教育背景')}</h2>${p.education.map((e) => `<div class="tl"><div class="d">${esc(df(e.start))}${zh ? '—' : ' –'}<br>${esc(df(e.end))}</div><div class="c"><div class="t">${esc(e.degree)}</div><div class="co">${esc(e.school)}</div></div></div>`).join('')}
    <h2>${L('Awards & Certificates', '荣誉证书')}</h2><ul>${[...p.awards, ...p.certs].map((a) => `<li>${esc(a)}</li>`).join('')}</ul>
    ${(p.other ?? []).length ? `<h2>${L('Referees', '证明人')}</h2>${(p.other ?? []).map((o) => `<p>${esc(o.label)} — ${esc(o.number)}</p>`).join('')}` : ''}
  </div></div>`;
  return doc(p, css, body);
}

// ————————————————————————————————————————————————————————————— 6. level-chart
export function levelChart(p: Person): string {
  const L = lx(p);
  const zh = p.lang === 'zh';
  const df = zh ? D.slashZh : D.mon;
  const present = L('Current', '至今');
  const ticks = zh ? ['了解', '熟悉', '熟练', '精通'] : ['Basic', 'Good', 'Strong', 'Expert'];
  const accent = zh ? '#2b6cb0' : '#c05621';
  const rows = p.skills
    .map(
      (g) => `<div class="cg">${esc(g.group)}</div>${g.items
        .map((s) => `<div class="row"><span>${skillName(s)}</span><div class="area"><div class="fill" style="width:${((s.level - 1) / 4) * 100}%"></div></div></div>`)
        .join('')}`,
    )
    .join('');
  const jobs = newestFirst(p)
    .map(
      (j) => `<div class="job"><div class="h"><b>${esc(j.company)}</b><span>${esc(range(j, df, present, zh ? ' - ' : ' – '))}</span></div>
      <div class="ti">${esc(j.title)}${j.kind ? (zh ? `（${esc(j.kind)}）` : ` (${esc(j.kind)})`) : ''} · ${esc(j.town)}</div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`,
    )
    .join('');
  const css = `
.page { display: grid; grid-template-columns: 1fr 80mm; height: 296mm; }
body { font-size: 9.6pt; }
.main { padding: 14mm 8mm 8mm 14mm; }
.side { background: #f2f5f9; padding: 14mm 10mm 8mm 7mm; }
h1 { font-size: 26pt; letter-spacing: ${zh ? '3pt' : '0'}; }
.hl { font-size: 11pt; color: ${accent}; margin: 1mm 0 3mm; font-weight: bold; }
.info { display: grid; grid-template-columns: 1fr 1fr; gap: 1mm 4mm; font-size: 8.3pt; color: #333; }
.info svg { color: ${accent}; }
h2 { font-size: 10.5pt; color: ${accent}; margin: 5mm 0 2mm; padding-left: 2.5mm; border-left: 1.2mm solid ${accent}; }
.job { margin-bottom: 3.2mm; }
.job .h { display: flex; justify-content: space-between; font-size: 9.6pt; }
.job .h span { color: #555; font-size: 8.3pt; white-space: nowrap; }
.ti { color: #444; margin: 0.4mm 0 0.6mm; }
.ticks { display: grid; grid-template-columns: 31mm 1fr; font-size: 6.8pt; color: #666; margin-bottom: 1mm; }
.ticks div { display: grid; grid-template-columns: repeat(4, 1fr); text-align: right; }
.cg { font-size: 7.8pt; font-weight: bold; color: #444; margin: 2.2mm 0 0.8mm; }
.row { display: grid; grid-template-columns: 31mm 1fr; align-items: center; margin: 0.9mm 0; font-size: 8.2pt; }
.area { height: 3.2mm; background: repeating-linear-gradient(90deg, transparent 0, transparent calc(25% - 0.3mm), #c9d3df calc(25% - 0.3mm), #c9d3df 25%); border-left: 0.3mm solid #c9d3df; position: relative; }
.fill { height: 100%; background: ${accent}; border-radius: 0 1mm 1mm 0; }
.side p { margin: 1mm 0; font-size: 8.3pt; }
`;
  const body = `<div class="page"><div class="main">
    <h1>${esc(p.name)}</h1><div class="hl">${esc(p.headline)}</div>
    <div class="info"><span>${icon('phone', 10)} ${esc(p.phoneShown)}</span><span>${icon('mail', 10)} ${esc(p.email)}</span><span>${icon('pin', 10)} ${esc(p.town)}</span>${p.links.map((l) => `<span>${icon('link', 10)} ${esc(l)}</span>`).join('')}${(p.other ?? []).map((o) => `<span>${esc(o.label)}: ${esc(o.number)}</span>`).join('')}</div>
    <h2>${L('Profile', '自我评价')}</h2><p>${esc(p.summary)}</p>
    <h2>${L('Employment', '工作经历')}</h2>${jobs}
  </div><div class="side">
    <h2 style="margin-top:2mm">${L('Skills chart', '技能图谱')}</h2>
    <div class="ticks"><span></span><div>${ticks.map((t) => `<span>${t}</span>`).join('')}</div></div>${rows}
    <h2>${L('Languages', '语言')}</h2>${p.languages.map((l) => `<p><b>${esc(l.name)}</b>　${esc(l.level)}</p>`).join('')}
    <h2>${L('Education', '教育背景')}</h2>${p.education.map((e) => `<p><b>${esc(e.school)}</b><br>${esc(e.degree)}<br>${esc(range(e, df, present, zh ? ' - ' : ' – '))}</p>`).join('')}
    <h2>${L('Awards', '荣誉')}</h2>${p.awards.map((a) => `<p>${esc(a)}</p>`).join('')}
  </div></div>`;
  return doc(p, css, body);
}

// ————————————————————————————————————————————————————————————— 7. honeycomb
export function honeycomb(p: Person): string {
  const L = lx(p);
  const tw = p.id === 'p14';
  const df = p.lang === 'zh' ? D.dotZh : tw ? D.dotZh : D.month;
  const present = L('present', '至今', '現在');
  const sep = p.lang === 'zh' ? ' ~ ' : ' – ';
  const hue = p.id === 'p07' ? [28, 70] : p.id === 'p11' ? [262, 45] : [174, 55];
  const shade = (lv: number) => `hsl(${hue[0]}, ${hue[1]}%, ${[0, 88, 80, 66, 48, 32][lv]}%)`;
  const W = 24.5, H = W * 1.1547, G = 1.2;
  const skills = allSkills(p);
  const cells: string[] = [];
  let i = 0, r = 0;
  while (i < skills.length) {
    const per = r % 2 === 0 ? 3 : 2;
    for (let c = 0; c < per && i < skills.length; c++, i++) {
      const x = (r % 2 === 0 ? 0 : (W + G) / 2) + c * (W + G);
      const yy = r * (H * 0.75 + G * 0.8);
      const s = skills[i];
      cells.push(`<div class="hex" style="left:${x}mm;top:${yy}mm;background:${shade(s.level)};color:${s.level >= 4 ? '#fff' : '#222'}"><span>${skillName(s)}</span></div>`);
    }
    r++;
  }
  const hcH = (r - 1) * (H * 0.75 + G * 0.8) + H;
  const pie = (n: number) => {
    const a = (n / 5) * 2 * Math.PI;
    const x = 10 + 9 * Math.sin(a), yv = 10 - 9 * Math.cos(a);
    return n >= 5
      ? `<svg width="5mm" height="5mm" viewBox="0 0 20 20"><circle cx="10" cy="10" r="9" fill="${shade(4)}"/></svg>`
      : `<svg width="5mm" height="5mm" viewBox="0 0 20 20"><circle cx="10" cy="10" r="9" fill="${shade(1)}"/><path d="M10 10 L10 1 A9 9 0 ${n > 2.5 ? 1 : 0} 1 ${x.toFixed(2)} ${yv.toFixed(2)} Z" fill="${shade(4)}"/></svg>`;
  };
  const jobs = newestFirst(p)
    .map(
      (j) => `<div class="job"><div class="h"><b>${esc(j.title)}</b><span>${esc(range(j, df, present, sep))}</span></div>
      <div class="co">${esc(j.company)}, ${esc(j.town)}</div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`,
    )
    .join('');
  const lv = p.lang === 'zh' ? ['精通', '熟练', '熟悉', '了解'] : ['Expert', 'Advanced', 'Proficient', 'Basic'];
  const css = `
.page { display: grid; grid-template-columns: 88mm 1fr; height: 296mm; }
.left { padding: 14mm 4mm 8mm 10mm; border-right: 0.3mm solid #ddd; }
.right { padding: 14mm 13mm 8mm 8mm; }
h1 { font-size: ${p.lang === 'en' ? 25 : 28}pt; line-height: 1.1; color: ${shade(5)}; }
h1 small { display: block; font-size: 12pt; color: #666; font-weight: normal; }
.hl { font-size: 11pt; font-weight: bold; margin: 1mm 0 3mm; }
.ct { font-size: 8.3pt; line-height: 1.6; color: #333; }
.ct svg { color: ${shade(4)}; }
h2 { font-size: 10pt; text-transform: uppercase; letter-spacing: 1.5pt; color: ${shade(5)}; margin: 5mm 0 2.5mm; }
.hc { position: relative; height: ${hcH.toFixed(1)}mm; width: ${(3 * W + 2 * G).toFixed(1)}mm; }
.hex { position: absolute; width: ${W}mm; height: ${H.toFixed(2)}mm; clip-path: polygon(50% 0, 100% 25%, 100% 75%, 50% 100%, 0 75%, 0 25%); display: flex; align-items: center; justify-content: center; text-align: center; font-size: ${p.lang === 'zh' ? 8.6 : 7.6}pt; font-weight: bold; line-height: 1.15; padding: 0 2.2mm; }
.key { display: flex; gap: 2.5mm; font-size: 7pt; color: #555; margin-top: 2.5mm; flex-wrap: wrap; }
.key b { display: inline-block; width: 3mm; height: 3mm; vertical-align: -0.5mm; margin-right: 0.8mm; }
.lg { display: flex; align-items: center; gap: 2mm; margin: 1.2mm 0; }
.job { margin-bottom: 3.4mm; }
.job .h { display: flex; justify-content: space-between; gap: 3mm; font-size: 9.8pt; }
.job .h span { font-size: 8pt; color: #666; white-space: nowrap; }
.co { color: ${shade(4)}; font-weight: bold; margin-bottom: 0.6mm; }
.right p { margin: 0.8mm 0; }
`;
  const body = `<div class="page"><div class="left">
    <h1>${esc(p.name)}${p.alias ? `<small>${esc(p.alias)}</small>` : ''}</h1><div class="hl">${esc(p.headline)}</div>
    <div class="ct">${icon('phone', 10)} ${esc(p.phoneShown)}<br>${icon('mail', 10)} ${esc(p.email)}<br>${icon('pin', 10)} ${esc(p.town)}<br>${p.links.map((l) => `${icon('link', 10)} ${esc(l)}`).join('<br>')}${(p.other ?? []).map((o) => `<br>${esc(o.label)}: ${esc(o.number)}`).join('')}</div>
    <h2>${L('Skills', '技能', 'Skills 技能')}</h2>
    <div class="hc">${cells.join('')}</div>
    <div class="key">${[5, 4, 3, 2].map((k, i) => `<span><b style="background:${shade(k)}"></b>${lv[i]}</span>`).join('')}</div>
    <h2>${L('Languages', '语言', 'Languages 語言')}</h2>${p.languages.map((l) => `<div class="lg">${pie(l.score)}<span><b>${esc(l.name)}</b> — ${esc(l.level)}</span></div>`).join('')}
  </div><div class="right">
    <h2 style="margin-top:2mm">${L('About', '关于我', 'About 關於我')}</h2><p>${esc(p.summary)}</p>
    <h2>${L('Experience', '工作经历', 'Experience 工作經歷')}</h2>${jobs}
    <h2>${L('Education', '教育背景', 'Education 學歷')}</h2>${p.education.map((e) => `<div class="job"><div class="h"><b>${esc(e.degree)}</b><span>${esc(df(e.start))}${sep}${esc(df(e.end))}</span></div><div class="co">${esc(e.school)}</div></div>`).join('')}
    <h2>${L('Awards', '获奖经历', 'Awards 獎項')}</h2>${[...p.awards, ...p.certs].map((a) => `<p>${icon('trophy', 10)} ${esc(a)}</p>`).join('')}
  </div></div>`;
  return doc(p, css, body);
}

// ————————————————————————————————————————————————————————————— 8. pie-levels
export function pieLevels(p: Person): string {
  const L = lx(p);
  const df = D.dotEu;
  const present = 'present';
  const accent = p.id === 'p02' ? '#1d4e89' : '#b5179e';
  const pie = (n: number) => {
    const a = (n / 5) * 2 * Math.PI;
    const x = 10 + 8 * Math.sin(a), yv = 10 - 8 * Math.cos(a);
    const fill = n >= 5 ? `<circle cx="10" cy="10" r="8" fill="${accent}"/>` : `<path d="M10 10 L10 2 A8 8 0 ${n > 2.5 ? 1 : 0} 1 ${x.toFixed(2)} ${yv.toFixed(2)} Z" fill="${accent}"/>`;
    return `<svg width="4.2mm" height="4.2mm" viewBox="0 0 20 20"><circle cx="10" cy="10" r="8.6" fill="#fff" stroke="${accent}" stroke-width="1.2"/>${fill}</svg>`;
  };
  const hd = (ic: string, t: string) => `<h2><span class="ic">${icon(ic, 12, '#fff')}</span>${t}</h2>`;
  const jobs = newestFirst(p)
    .map(
      (j) => `<div class="job"><div class="t">${esc(j.title)}</div><div class="co">${esc(j.company)}<span>${esc(range(j, df, present))}</span></div>
      <div class="town">${esc(j.town)}${j.kind ? ` · ${esc(j.kind)}` : ''}</div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`,
    )
    .join('');
  const css = `
.band { background: ${accent}; color: #fff; padding: 13mm 14mm 6mm; }
.band h1 { font-size: 28pt; font-weight: bold; letter-spacing: 0.3pt; }
.band h1 small { font-size: 14pt; font-weight: normal; opacity: 0.85; margin-left: 3mm; }
.band .hl { font-size: 11pt; margin-top: 1mm; opacity: 0.9; }
.band .ct { display: flex; flex-wrap: wrap; gap: 1mm 6mm; margin-top: 3.5mm; font-size: 8.2pt; }
.cols { display: grid; grid-template-columns: 60mm 1fr; margin: 0 14mm; height: 240mm; }
.l { padding: 5mm 6mm 0 0; border-right: 0.6mm dotted #bbb; }
.r { padding: 5mm 0 0 7mm; }
h2 { display: flex; align-items: center; gap: 2mm; font-size: 10.5pt; color: ${accent}; margin: 3mm 0 2.5mm; }
.ic { display: inline-flex; width: 6mm; height: 6mm; border-radius: 50%; background: ${accent}; align-items: center; justify-content: center; }
.cat { font-weight: bold; font-size: 8pt; color: #555; margin: 2mm 0 1mm; }
.sk { display: flex; align-items: center; gap: 2mm; margin: 1.1mm 0; font-size: 8.5pt; }
.job { margin-bottom: 3.5mm; }
.t { font-weight: bold; font-size: 10.5pt; }
.co { display: flex; justify-content: space-between; color: ${accent}; font-weight: bold; }
.co span { color: #666; font-weight: normal; font-size: 8.2pt; }
.town { color: #777; font-size: 8pt; font-style: italic; margin-bottom: 0.6mm; }
.l p { margin: 1mm 0; font-size: 8.3pt; }
`;
  const body = `<div class="band"><h1>${esc(p.name)}${p.alias ? `<small>${esc(p.alias)}</small>` : ''}</h1><div class="hl">${esc(p.headline)}</div>
    <div class="ct"><span>${icon('mail', 10)} ${esc(p.email)}</span><span>${icon('phone', 10)} ${esc(p.phoneShown)}</span><span>${icon('pin', 10)} ${esc(p.town)}</span>${p.links.map((l) => `<span>${icon('link', 10)} ${esc(l)}</span>`).join('')}${(p.other ?? []).map((o) => `<span>${esc(o.label)}: ${esc(o.number)}</span>`).join('')}</div></div>
  <div class="cols"><div class="l">
    ${hd('tool', L('Skills', '技能', 'Skills'))}${p.skills.map((g) => `<div class="cat">${esc(g.group)}</div>${g.items.map((s) => `<div class="sk">${pie(s.level)}${skillName(s)}</div>`).join('')}`).join('')}
    ${hd('chat', L('Languages', '语言', 'Languages'))}${p.languages.map((l) => `<div class="sk">${pie(l.score)}${esc(l.name)} <small style="color:#777">(${esc(l.level)})</small></div>`).join('')}
    ${hd('trophy', L('Awards', '奖项', 'Awards'))}${p.awards.map((a) => `<p>${esc(a)}</p>`).join('')}
    ${p.certs.length ? hd('star', L('Certificates', '证书', 'Certificates')) + p.certs.map((c) => `<p>${esc(c)}</p>`).join('') : ''}
  </div><div class="r">
    ${hd('user', L('Profile', '简介', 'Profile'))}<p>${esc(p.summary)}</p>
    ${hd('brief', L('Work experience', '工作经历', 'Work experience'))}${jobs}
    ${hd('cap', L('Education', '教育', 'Education'))}${p.education.map((e) => `<div class="job"><div class="t">${esc(e.degree)}</div><div class="co">${esc(e.school)}<span>${esc(df(e.start))} – ${esc(df(e.end))}</span></div></div>`).join('')}
  </div></div>`;
  return doc(p, css, body);
}

// ————————————————————————————————————————————————————————————— 9. app-icons
export function appIcons(p: Person): string {
  const L = lx(p);
  const df = D.mon;
  const tileColor: Record<string, string> = { Ae: '#2d1b69', Pr: '#1e0a3c', C4D: '#0b3d91', Bl: '#e87d0d', Dv: '#233a4a', Hd: '#ff4713', Ue: '#111111', Ps: '#001e36', Ai: '#330000', Id: '#49021f', Fg: '#1e1e1e' };
  const tileText: Record<string, string> = { Ae: '#d9a7ff', Pr: '#ea77ff', C4D: '#9cc5ff', Bl: '#fff', Dv: '#ffb347', Hd: '#fff', Ue: '#fff', Ps: '#31a8ff', Ai: '#ff9a00', Id: '#ff3366', Fg: '#a259ff' };
  const when = (j: { start: string; end: string | null }) => (j.end ? `${df(j.start)} – ${df(j.end)}` : `since ${df(j.start)}`);
  const withAbbr = allSkills(p).filter((s) => s.abbr);
  const rest = p.skills.map((g) => ({ ...g, items: g.items.filter((s) => !s.abbr) })).filter((g) => g.items.length);
  const jobs = newestFirst(p)
    .map(
      (j) => `<div class="job"><div class="t">${esc(j.title)}</div><div class="co">${esc(j.company)} <span>· ${esc(j.town)}</span></div>
      <div class="when">${esc(when(j))}${j.kind ? ` · ${esc(j.kind)}` : ''}</div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`,
    )
    .join('');
  const css = `
body { font-size: 9.5pt; }
.page { padding: 12mm 13mm 0; height: 296mm; overflow: hidden; }
.top { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 0.5mm solid #111; padding-bottom: 3mm; }
h1 { font-size: 30pt; font-weight: bold; line-height: 1; }
h1 small { display: block; font-size: 13pt; font-weight: normal; color: #555; margin-top: 1mm; }
.hl { font-size: 11pt; margin-top: 1.5mm; color: #d6336c; font-weight: bold; }
.ct { text-align: right; font-size: 8.2pt; line-height: 1.55; }
.cols { display: grid; grid-template-columns: 1fr 66mm; gap: 8mm; margin-top: 4mm; }
h2 { display: flex; align-items: center; gap: 1.8mm; font-size: 10pt; text-transform: uppercase; letter-spacing: 1pt; margin: 3mm 0 2.5mm; }
h2 svg { color: #d6336c; }
.job { margin-bottom: 3.2mm; }
.t { font-weight: bold; font-size: 10.2pt; }
.co { font-weight: bold; color: #333; }
.co span { font-weight: normal; color: #777; }
.when { font-size: 7.8pt; color: #d6336c; margin: 0.3mm 0 0.6mm; text-transform: uppercase; letter-spacing: 0.4pt; }
.tiles { display: grid; grid-template-columns: repeat(3, 1fr); gap: 3mm 2mm; }
.tile { text-align: center; font-size: 7.4pt; line-height: 1.2; }
.tile b { display: flex; margin: 0 auto 1mm; width: 12mm; height: 12mm; border-radius: 2.8mm; align-items: center; justify-content: center; font-size: 13pt; font-family: 'Liberation Sans', sans-serif; }
.craft div { display: flex; justify-content: space-between; margin: 0.9mm 0; }
.craft i { font-style: normal; color: #d6336c; letter-spacing: 0.5pt; }
.side p { margin: 1mm 0; }
.port { display: flex; gap: 4mm; font-size: 8.2pt; }
`;
  const body = `<div class="page"><div class="top"><div><h1>${esc(p.name)}${p.alias ? `<small>${esc(p.alias)}</small>` : ''}</h1><div class="hl">${esc(p.headline)}</div></div>
    <div class="ct">${esc(p.phoneShown)} ${icon('phone', 10)}<br>${esc(p.email)} ${icon('mail', 10)}<br>${esc(p.town)} ${icon('pin', 10)}${(p.other ?? []).map((o) => `<br>${esc(o.label)}: ${esc(o.number)}`).join('')}</div></div>
  <div class="cols"><div>
    <h2>${icon('user', 13)}${L('Hello', '简介', 'Hello')}</h2><p>${esc(p.summary)}</p>
    <h2>${icon('brief', 13)}${L('Experience', '经历', 'Experience')}</h2>${jobs}
    <h2>${icon('cap', 13)}${L('Education', '教育', 'Education')}</h2>${p.education.map((e) => `<div class="job"><div class="t">${esc(e.degree)}</div><div class="co">${esc(e.school)}</div><div class="when">${esc(df(e.start))} – ${esc(df(e.end))}</div></div>`).join('')}
  </div><div class="side">
    <h2>${icon('tool', 13)}${L('Toolkit', '工具', 'Toolkit')}</h2>
    <div class="tiles">${withAbbr.map((s) => `<div class="tile"><b style="background:${tileColor[s.abbr!] ?? '#333'};color:${tileText[s.abbr!] ?? '#fff'}">${esc(s.abbr!)}</b>${skillName(s)}</div>`).join('')}</div>
    ${rest.map((g) => `<h2>${icon('bolt', 13)}${esc(g.group)}</h2><div class="craft">${g.items.map((s) => `<div><span>${skillName(s)}</span><i>${'●'.repeat(s.level)}${'○'.repeat(5 - s.level)}</i></div>`).join('')}</div>`).join('')}
    <h2>${icon('chat', 13)}${L('Languages', '语言', 'Languages')}</h2>${p.languages.map((l) => `<p><b>${esc(l.name)}</b> — ${esc(l.level)}</p>`).join('')}
    <h2>${icon('trophy', 13)}${L('Awards', '奖项', 'Awards')}</h2>${p.awards.map((a) => `<p>${esc(a)}</p>`).join('')}
    <h2>${icon('link', 13)}${L('Portfolio', '作品', 'Portfolio')}</h2><div class="port" style="flex-direction:column;gap:1mm">${p.links.map((l) => `<span>↗ ${esc(l)}</span>`).join('')}</div>
  </div></div></div>`;
  return doc(p, css, body);
}

// ————————————————————————————————————————————————————————————— 10. bubbles
export function bubbles(p: Person): string {
  const L = lx(p);
  const zh = p.lang === 'zh';
  const df = zh ? D.nian : p.id === 'p16' ? D.slash : D.iso;
  const when = (j: { start: string; end: string | null }) =>
    zh ? (j.end ? `${df(j.start)}—${df(j.end)}` : `${df(j.start)}至今`) : p.id === 'p16' ? (j.end ? `${df(j.start)} – ${df(j.end)}` : `since ${df(j.start)}`) : range(j, df, 'present');
  const accent = p.id === 'p03' ? '#2a9d8f' : p.id === 'p09' ? '#e76f51' : '#4361ee';
  const size = (lv: number) => [0, 12, 14.5, 17.5, 21, 25][lv];
  const bub = allSkills(p)
    .slice()
    .sort((a, b) => b.level - a.level)
    .map((s, i) => {
      const d = size(s.level);
      const op = [0, 0.35, 0.45, 0.6, 0.78, 1][s.level];
      return `<div class="b" style="width:${d}mm;height:${d}mm;margin:${i % 3 === 1 ? '-2mm' : '0'} -1mm 0;background:rgba(${accent === '#2a9d8f' ? '42,157,143' : accent === '#e76f51' ? '231,111,81' : '67,97,238'},${op});color:${s.level >= 4 ? '#fff' : '#1b1b1b'};font-size:${s.level >= 4 ? (zh ? 8.5 : 7.6) : zh ? 7.8 : 6.8}pt">${skillName(s)}</div>`;
    })
    .join('');
  const jobs = newestFirst(p)
    .map(
      (j) => `<div class="job"><div class="h"><b>${esc(j.title)}</b><span>${esc(when(j))}</span></div>
      <div class="co">${esc(j.company)} — ${esc(j.town)}</div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`,
    )
    .join('');
  const css = `
.page { display: grid; grid-template-columns: 76mm 1fr; height: 296mm; }
body { font-size: 9.6pt; }
.l { background: #f7f7f2; padding: 14mm 7mm 8mm 9mm; }
.r { padding: 14mm 13mm 8mm 8mm; }
h1 { font-size: 27pt; line-height: 1.08; }
h1 small { display: block; font-size: 12pt; color: #666; font-weight: normal; }
.hl { color: ${accent}; font-weight: bold; font-size: 11pt; margin: 1.5mm 0 4mm; }
h2 { font-size: 10pt; letter-spacing: 1pt; text-transform: uppercase; color: #333; margin: 4.5mm 0 2.5mm; display: flex; gap: 2mm; align-items: center; }
h2:after { content: ''; flex: 1; border-top: 0.3mm solid #ccc; }
.cloud { display: flex; flex-wrap: wrap; justify-content: center; align-items: center; padding: 1mm 0; }
.b { border-radius: 50%; display: flex; align-items: center; justify-content: center; text-align: center; line-height: 1.1; padding: 1mm; font-weight: bold; border: 0.6mm solid #fff; }
.note { font-size: 6.8pt; color: #888; text-align: center; margin-top: 1.5mm; }
.kv { margin: 1.2mm 0; font-size: 8.4pt; }
.kv svg { color: ${accent}; margin-right: 1mm; }
.job { margin-bottom: 3.4mm; }
.job .h { display: flex; justify-content: space-between; gap: 3mm; font-size: 10pt; }
.job .h span { font-size: 8.2pt; color: ${accent}; white-space: nowrap; font-weight: bold; }
.co { color: #555; margin: 0.3mm 0 0.6mm; }
.l p, .r p { margin: 1mm 0; }
`;
  const body = `<div class="page"><div class="l">
    <h2 style="margin-top:1mm">${L('Contact', '联系方式', 'Contact')}</h2>
    <div class="kv">${icon('phone')}${esc(p.phoneShown)}</div><div class="kv">${icon('mail')}${esc(p.email)}</div><div class="kv">${icon('pin')}${esc(p.town)}</div>${p.links.map((l) => `<div class="kv">${icon('link')}${esc(l)}</div>`).join('')}
    <h2>${L('Skills', '技能气泡', 'Skills')}</h2><div class="cloud">${bub}</div><div class="note">${L('bigger bubble = stronger skill', '气泡越大 = 越擅长', 'bigger bubble = stronger skill')}</div>
    <h2>${L('Languages', '语言', 'Languages')}</h2>${p.languages.map((l) => `<p><b>${esc(l.name)}</b> · ${esc(l.level)}</p>`).join('')}
    <h2>${L('Education', '教育背景', 'Education')}</h2>${p.education.map((e) => `<p><b>${esc(e.school)}</b><br>${esc(e.degree)}<br>${esc(when(e))}</p>`).join('')}
  </div><div class="r">
    <h1>${esc(p.name)}${p.alias ? `<small>${esc(p.alias)}</small>` : ''}</h1><div class="hl">${esc(p.headline)}</div>
    <p>${esc(p.summary)}</p>
    <h2>${L('Experience', '工作经历', 'Experience')}</h2>${jobs}
    <h2>${L('Awards', '获奖', 'Awards')}</h2>${p.awards.map((a) => `<p>${icon('trophy', 10)} ${esc(a)}</p>`).join('')}
  </div></div>`;
  return doc(p, css, body);
}

// ————————————————————————————————————————————————————————————— 11. periodic (table)
export function periodic(p: Person): string {
  const df = p.id === 'p01' ? D.slash : D.mon;
  const present = p.id === 'p01' ? 'present' : 'Present';
  const palette = ['#ffd166', '#06d6a0', '#118ab2', '#ef476f'];
  const sym = (s: Skill) => s.abbr ?? (s.name.split(/\s+/).length > 1 ? s.name.split(/\s+/)[0][0] + s.name.split(/\s+/)[1][0].toLowerCase() : s.name.slice(0, 2));
  let n = 0;
  const tiles = p.skills.flatMap((g, gi) => g.items.map((s) => ({ s, gi, no: ++n })));
  const perRow = 5;
  const rows: string[] = [];
  for (let i = 0; i < tiles.length; i += perRow) {
    const slice = tiles.slice(i, i + perRow);
    rows.push(
      `<tr>${slice.map(({ s, gi, no }) => `<td class="el" style="background:${palette[gi % 4]}22;border-color:${palette[gi % 4]}"><div class="no">${no}</div><div class="lv">${s.level}.0</div><div class="sym">${esc(sym(s))}</div><div class="nm">${skillName(s)}</div></td>`).join('')}${'<td class="blank"></td>'.repeat(perRow - slice.length)}</tr>`,
    );
  }
  const jobs = newestFirst(p)
    .map((j) => `<tr><td class="per">${esc(range(j, df, present))}</td><td><b>${esc(j.company)}</b><br><span class="town">${esc(j.town)}</span></td><td><b>${esc(j.title)}</b><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></td></tr>`)
    .join('');
  const css = `
.page { padding: 12mm 13mm 0; height: 296mm; overflow: hidden; }
.hd { width: 100%; border-collapse: collapse; margin-bottom: 4mm; }
.hd td { vertical-align: bottom; padding: 0; }
h1 { font-size: 27pt; }
h1 small { font-size: 13pt; font-weight: normal; color: #555; margin-left: 2mm; }
.hl { font-size: 11pt; color: #118ab2; font-weight: bold; }
.ct { text-align: right; font-size: 8.2pt; line-height: 1.5; }
h2 { font-size: 10pt; text-transform: uppercase; letter-spacing: 1.4pt; margin: 3mm 0 2mm; }
.pt { border-collapse: separate; border-spacing: 1.4mm; width: 100%; table-layout: fixed; margin-left: -1.4mm; }
.el { border: 0.5mm solid; height: 21mm; vertical-align: top; position: relative; padding: 1mm 1.4mm; }
.el .no { font-size: 7pt; }
.el .lv { position: absolute; right: 1.4mm; top: 1mm; font-size: 6.5pt; color: #555; }
.el .sym { font-size: 17pt; font-weight: bold; text-align: center; line-height: 1.1; margin-top: 0.5mm; }
.el .nm { font-size: 7.2pt; text-align: center; line-height: 1.15; }
.blank { border: none; }
.key { font-size: 7pt; color: #555; margin: 1mm 0 2mm; }
.key b { display: inline-block; width: 3mm; height: 3mm; vertical-align: -0.5mm; margin: 0 1mm 0 3mm; border: 0.4mm solid; }
.wt { width: 100%; border-collapse: collapse; table-layout: fixed; }
.wt th { text-align: left; font-size: 7.6pt; text-transform: uppercase; letter-spacing: 0.8pt; background: #073b4c; color: #fff; padding: 1.3mm 2mm; }
.wt td { border-bottom: 0.3mm solid #ddd; padding: 1.6mm 2mm; vertical-align: top; }
.per { white-space: nowrap; font-size: 8pt; color: #118ab2; font-weight: bold; }
.town { color: #777; font-size: 8pt; }
.ft { width: 100%; border-collapse: collapse; margin-top: 3mm; table-layout: fixed; }
.ft td { vertical-align: top; padding: 1mm 2mm 0 0; font-size: 8.3pt; }
.ft h2 { margin-top: 1mm; }
`;
  const body = `<div class="page">
  <table class="hd"><tr><td><h1>${esc(p.name)}${p.alias ? `<small>${esc(p.alias)}</small>` : ''}</h1><div class="hl">${esc(p.headline)}</div></td>
  <td class="ct">${esc(p.phoneShown)}<br>${esc(p.email)}<br>${esc(p.town)}<br>${p.links.map(esc).join(' · ')}</td></tr></table>
  <h2>The periodic table of my skills</h2>
  <div class="key">${p.skills.map((g, gi) => `<b style="background:${palette[gi % 4]}22;border-color:${palette[gi % 4]}"></b>${esc(g.group)}`).join('')} &nbsp;·&nbsp; top right = level out of 5</div>
  <table class="pt">${rows.join('')}</table>
  <h2>Experience</h2>
  <table class="wt"><colgroup><col style="width:36mm"><col style="width:46mm"><col></colgroup><tr><th>Period</th><th>Employer</th><th>Role</th></tr>${jobs}</table>
  <table class="ft"><tr>
    <td><h2>Education</h2>${p.education.map((e) => `<b>${esc(e.degree)}</b><br>${esc(e.school)}, ${esc(range(e, df, present))}`).join('<br>')}</td>
    <td><h2>Languages</h2>${p.languages.map((l) => `${esc(l.name)} — ${esc(l.level)}`).join('<br>')}</td>
    <td><h2>Awards</h2>${p.awards.map(esc).join('<br>')}</td>
  </tr></table></div>`;
  return doc(p, css, body);
}

// ————————————————————————————————————————————————————————————— 12. label-facts (table)
export function labelFacts(p: Person): string {
  const df = D.mon;
  const css = `
body { font-family: 'Liberation Sans', 'DejaVu Sans', sans-serif; }
.page { padding: 12mm 0 0; height: 296mm; overflow: hidden; }
.wrap { display: flex; justify-content: center; }
table.lab { width: 128mm; border: 0.9mm solid #000; border-collapse: collapse; }
.lab td { padding: 0.8mm 2.2mm; border-top: 0.25mm solid #000; vertical-align: top; font-size: 8.6pt; }
.lab tr.first td { border-top: none; }
.lab .big { font-size: 30pt; font-weight: 900; line-height: 1; letter-spacing: -0.5pt; padding-top: 2mm; }
.lab .thick td { border-top: 3mm solid #000; }
.lab .med td { border-top: 1.3mm solid #000; }
.r { text-align: right; white-space: nowrap; }
.b { font-weight: bold; }
.sm { font-size: 7.4pt; }
.ind { padding-left: 6mm !important; }
.bar { display: block; height: 2.2mm; background: #000; margin-top: 0.9mm; }
.bc { width: 34mm; }
.foot { width: 128mm; margin: 3mm auto 0; font-size: 7.6pt; color: #333; }
`;
  const rows = p.skills
    .map(
      (g) => `<tr class="med"><td class="b" colspan="3">${esc(g.group)}</td></tr>${g.items
        .map((s) => `<tr><td class="ind">${skillName(s)}</td><td class="bc"><span class="bar" style="width:${s.level * 6}mm"></span></td><td class="r b">${s.level * 20}%</td></tr>`)
        .join('')}`,
    )
    .join('');
  const jobs = newestFirst(p)
    .map((j) => `<tr><td colspan="2"><b>${esc(j.title)}</b>, ${esc(j.company)}<br><span class="sm">${esc(j.town)} · ${j.bullets.map(esc).join('; ')}</span></td><td class="r">${esc(range(j, df, 'now'))}</td></tr>`)
    .join('');
  const body = `<div class="page"><div class="wrap"><table class="lab">
    <tr class="first"><td colspan="3" class="big">Résumé Facts</td></tr>
    <tr><td colspan="3"><b style="font-size:12pt">${esc(p.name)}</b> — ${esc(p.headline)}</td></tr>
    <tr><td colspan="3" class="sm">Serving size: 1 ${esc(p.headline.toLowerCase())} · Servings per career: ${p.work.length} roles · Packed in ${esc(p.town)}</td></tr>
    <tr class="thick"><td class="b" colspan="2">Skills per serving</td><td class="r b">% Daily Value*</td></tr>
    ${rows}
    <tr class="thick"><td class="b" colspan="2">Employment</td><td class="r b">Period</td></tr>
    ${jobs}
    <tr class="med"><td class="b" colspan="3">Education</td></tr>
    ${p.education.map((e) => `<tr><td colspan="2">${esc(e.degree)}, ${esc(e.school)}</td><td class="r">${esc(range(e, df, 'now'))}</td></tr>`).join('')}
    <tr class="med"><td class="b" colspan="3">Awards</td></tr>
    ${p.awards.map((a) => `<tr><td colspan="3">${esc(a)}</td></tr>`).join('')}
    <tr class="thick"><td colspan="3"><b>Contains:</b> ${p.languages.map((l) => `${esc(l.name)} (${esc(l.level.toLowerCase())})`).join(', ')}. ${p.certs.map(esc).join('. ')}.</td></tr>
    <tr><td colspan="3" class="sm">* Percent Daily Values are the designer’s own estimate on a 5-point scale. Best before: never.</td></tr>
    <tr class="med"><td colspan="3"><b>Distributed by:</b> ${esc(p.name)}, ${esc(p.town)}<br>Mobile ${esc(p.phoneShown)} · ${esc(p.email)} · ${p.links.map(esc).join(' · ')}${(p.other ?? []).map((o) => ` · ${esc(o.label)} ${esc(o.number)}`).join('')}</td></tr>
  </table></div>
  <div class="foot">Portfolio, dielines and press samples on request.</div></div>`;
  return doc(p, css, body);
}

// ————————————————————————————————————————————————————————————— 13. zh-icon-table (table)
export function zhIconTable(p: Person): string {
  const accent = p.id === 'p11' ? '#3d5a80' : '#c75c8b';
  const df = D.dotZh;
  const lab = (ic: string, w: string) => `<td class="lab"><div>${icon(ic, 18, accent)}</div><div>${w}</div></td>`;
  const jobs = newestFirst(p)
    .map(
      (j) => `<tr><td class="tm">${esc(range(j, df, '至今', '-'))}</td><td class="cp">${esc(j.company)}</td><td class="ps">${esc(j.title)}${j.kind ? `（${esc(j.kind)}）` : ''}</td></tr>
      <tr><td colspan="3" class="ds">${j.bullets.map((b, i) => `${i + 1}. ${esc(b)}`).join('<br>')}</td></tr>`,
    )
    .join('');
  const sk = allSkills(p);
  const skRows: string[] = [];
  for (let i = 0; i < sk.length; i += 2) skRows.push(`<tr>${[sk[i], sk[i + 1]].map((s) => (s ? `<td class="sn">${skillName(s)}</td><td class="sd">${'●'.repeat(s.level)}<span>${'●'.repeat(5 - s.level)}</span> ${zhLevel(s.level)}</td>` : '<td></td><td></td>')).join('')}</tr>`);
  const css = `
body { font-size: 9pt; }
.page { padding: 12mm 12mm 0; height: 296mm; overflow: hidden; }
table.main { width: 100%; border-collapse: separate; border-spacing: 0; border: 0.5mm solid ${accent}; border-radius: 3mm; overflow: hidden; table-layout: fixed; }
.main > tbody > tr > td { border-top: 0.3mm solid #d6dbe3; padding: 2.5mm 3mm; vertical-align: top; }
.main > tbody > tr:first-child > td { border-top: none; }
td.lab { width: 19mm; background: ${accent}14; text-align: center; color: ${accent}; font-weight: bold; font-size: 9pt; vertical-align: middle !important; border-right: 0.3mm solid #d6dbe3; }
td.lab div:first-child { margin-bottom: 1mm; }
.head { background: ${accent}; color: #fff; }
.head h1 { font-size: 24pt; letter-spacing: 4pt; }
.head .hl { font-size: 10.5pt; margin-top: 1mm; opacity: 0.95; }
.in { width: 100%; border-collapse: collapse; table-layout: fixed; }
.in td { padding: 1mm 1.5mm; border-bottom: 0.2mm dashed #cfd6e0; vertical-align: top; }
.in tr:last-child td { border-bottom: none; }
.tm { color: ${accent}; font-weight: bold; white-space: nowrap; }
.cp { font-weight: bold; }
.ps { text-align: right; }
.ds { color: #444; font-size: 8.6pt; padding-bottom: 2mm !important; }
.sn { }
.sd { color: ${accent}; letter-spacing: 0.5pt; white-space: nowrap; }
.sd span { color: #d6dbe3; }
.kv td { border-bottom: none !important; padding: 0.6mm 1.5mm !important; }
.kv b { color: #666; font-weight: normal; }
`;
  const body = `<div class="page"><table class="main"><colgroup><col style="width:19mm"><col></colgroup>
    <tr><td colspan="2" class="head"><h1>${esc(p.name)}</h1><div class="hl">求职意向：${esc(p.headline)}　｜　${esc(p.town)}</div></td></tr>
    <tr>${lab('user', '信息')}<td><table class="in kv"><colgroup><col style="width:45%"><col></colgroup><tr><td><b>手机：</b>${esc(p.phoneShown)}</td><td><b>邮箱：</b>${esc(p.email)}</td></tr><tr><td><b>现居：</b>${esc(p.town)}</td><td><b>作品：</b>${p.links.map(esc).join('　')}</td></tr></table></td></tr>
    <tr>${lab('heart', '自评')}<td>${esc(p.summary)}</td></tr>
    <tr>${lab('brief', '经历')}<td><table class="in"><colgroup><col style="width:36mm"><col><col style="width:36mm"></colgroup>${jobs}</table></td></tr>
    <tr>${lab('tool', '技能')}<td><table class="in"><colgroup><col style="width:30mm"><col><col style="width:30mm"><col></colgroup>${skRows.join('')}</table></td></tr>
    <tr>${lab('cap', '教育')}<td><table class="in"><colgroup><col style="width:36mm"><col><col style="width:44mm"></colgroup>${p.education.map((e) => `<tr><td class="tm">${esc(df(e.start))}-${esc(df(e.end))}</td><td class="cp">${esc(e.school)}</td><td class="ps" style="width:44mm">${esc(e.degree)}</td></tr>`).join('')}</table></td></tr>
    <tr>${lab('trophy', '荣誉')}<td>${p.awards.map(esc).join('<br>')}</td></tr>
    <tr>${lab('chat', '语言')}<td>${p.languages.map((l) => `${esc(l.name)}：${esc(l.level)}`).join('　')}</td></tr>
  </table></div>`;
  return doc(p, css, body);
}

// ————————————————————————————————————————————————————————————— 14. skills-first (single)
export function skillsFirst(p: Person): string {
  const L = lx(p);
  const tw = p.id === 'p14';
  const df = tw ? D.dotZh : D.MON;
  const present = tw ? '現在' : 'PRESENT';
  const first = p.skills[0];
  const rest = p.skills.slice(1);
  const jobs = newestFirst(p)
    .map(
      (j) => `<div class="job"><div class="emp">${esc(j.company)}</div><div class="meta">${esc(range(j, df, present))} · ${esc(j.town)}</div>
      <div class="t">${esc(j.title)}</div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`,
    )
    .join('');
  const css = `
.page { padding: 13mm 16mm 0; height: 296mm; overflow: hidden; }
body { font-size: 9.6pt; }
.top { display: flex; justify-content: space-between; align-items: flex-start; }
h1 { font-size: 34pt; line-height: 1; letter-spacing: -0.8pt; }
h1 small { display: block; font-size: 14pt; letter-spacing: 0; font-weight: normal; color: #666; margin-top: 1.5mm; }
.hl { font-size: 11.5pt; margin-top: 2mm; color: #6a4c93; font-weight: bold; }
.ct { text-align: right; font-size: 8.3pt; line-height: 1.6; }
h2 { font-size: 9pt; text-transform: uppercase; letter-spacing: 2pt; color: #6a4c93; margin: 5.5mm 0 2.5mm; }
.grid { display: grid; grid-template-columns: repeat(4, 1fr); gap: 2mm; }
.grid div { border: 0.35mm solid #ddd; border-radius: 1.5mm; padding: 1.8mm 2mm; font-weight: bold; font-size: 8.8pt; }
.grid i { display: block; font-style: normal; color: #6a4c93; font-size: 7.5pt; letter-spacing: 0.8pt; font-weight: normal; margin-top: 0.5mm; }
.cat { margin: 1mm 0; }
.cat b { display: inline-block; min-width: 30mm; }
.aw div { margin: 1mm 0; }
.job { margin-bottom: 3.5mm; }
.emp { font-weight: bold; font-size: 10.5pt; }
.meta { font-size: 7.6pt; letter-spacing: 0.8pt; color: #777; text-transform: uppercase; }
.t { font-style: italic; margin: 0.5mm 0; }
.two { display: grid; grid-template-columns: 1fr 1fr; gap: 8mm; }
`;
  const body = `<div class="page">
  <div class="top"><div><h1>${esc(p.name)}${p.alias ? `<small>${esc(p.alias)}</small>` : ''}</h1><div class="hl">${esc(p.headline)}</div></div>
  <div class="ct">${esc(p.email)}<br>${esc(p.phoneShown)}<br>${esc(p.town)}<br>${p.links.map(esc).join('<br>')}</div></div>
  <h2>${L('Toolkit', '', 'Toolkit 工具')} — ${esc(first.group)}</h2>
  <div class="grid">${first.items.map((s) => `<div>${skillName(s)}<i>${'●'.repeat(s.level)}${'○'.repeat(5 - s.level)}</i></div>`).join('')}</div>
  <h2>${L('More skills', '', 'More skills 其他技能')}</h2>${rest.map((g) => `<div class="cat"><b>${esc(g.group)}</b>${g.items.map(skillName).join(' · ')}</div>`).join('')}
  <div class="two"><div><h2>${L('Awards', '', 'Awards 獎項')}</h2><div class="aw">${p.awards.map((a) => `<div>★ ${esc(a)}</div>`).join('')}</div></div>
  <div><h2>${L('Selected work', '', 'Selected work 作品')}</h2><div class="aw">${p.links.map((l) => `<div>↗ ${esc(l)}</div>`).join('')}<div>${esc(p.summary.split('.')[0])}.</div></div></div></div>
  <div class="two"><div><h2>${L('Languages', '', 'Languages 語言')}</h2>${p.languages.map((l) => `<div class="cat"><b>${esc(l.name)}</b>${esc(l.level)}</div>`).join('')}</div>
  <div><h2>${L('Education', '', 'Education 學歷')}</h2>${p.education.map((e) => `<div class="cat"><b>${esc(e.school)}</b><br>${esc(e.degree)}, ${esc(range(e, df, present))}</div>`).join('')}</div></div>
  <h2>${L('Experience', '', 'Experience 工作經歷')}</h2>${jobs}
  </div>`;
  return doc(p, css, body);
}

// ————————————————————————————————————————————————————————————— 15. letterspaced-min (single)
export function letterspaced(p: Person): string {
  const df = D.MON;
  const css = `
body { font-family: ${fonts(p)}; color: #2b2b2b; }
.page { padding: 14mm 20mm 0; height: 296mm; overflow: hidden; }
h1 { text-align: center; font-weight: normal; font-size: 25pt; letter-spacing: 9pt; text-transform: uppercase; }
.hl { text-align: center; font-size: 8.5pt; letter-spacing: 4pt; text-transform: uppercase; color: #8c7b6b; margin-top: 2mm; }
.ct { text-align: center; font-size: 8.2pt; color: #555; margin-top: 3mm; padding: 2mm 0; border-top: 0.25mm solid #bbb; border-bottom: 0.25mm solid #bbb; }
h2 { font-size: 8.5pt; font-weight: normal; letter-spacing: 4pt; text-transform: uppercase; color: #8c7b6b; margin: 6mm 0 3mm; text-align: center; }
.row { display: grid; grid-template-columns: 30mm 1fr; margin-bottom: 3mm; }
.row .d { font-size: 7.6pt; color: #8c7b6b; text-align: right; padding: 0.4mm 4mm 0 0; letter-spacing: 0.5pt; }
.row .c { border-left: 0.25mm solid #8c7b6b; padding-left: 4mm; }
.t { font-weight: bold; letter-spacing: 0.4pt; }
.co { font-style: italic; color: #555; }
.sk { display: grid; grid-template-columns: repeat(3, 1fr); gap: 1.2mm 6mm; }
.sk div { display: flex; justify-content: space-between; font-size: 8.4pt; }
.sk i { font-style: normal; color: #8c7b6b; font-size: 7pt; letter-spacing: 0.6pt; }
.sum { text-align: center; font-style: italic; color: #444; margin: 0 8mm; }
`;
  const jobs = newestFirst(p)
    .map(
      (j) => `<div class="row"><div class="d">${esc(df(j.start))} —<br>${esc(j.end ? df(j.end) : 'PRESENT')}</div><div class="c"><div class="t">${esc(j.title)}</div><div class="co">${esc(j.company)}, ${esc(j.town)}${j.kind ? ` (${esc(j.kind.toLowerCase())})` : ''}</div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div></div>`,
    )
    .join('');
  const body = `<div class="page">
  <h1>${esc(p.name)}</h1><div class="hl">${esc(p.headline)}</div>
  <div class="ct">${esc(p.phoneShown)} &nbsp;/&nbsp; ${esc(p.email)} &nbsp;/&nbsp; ${esc(p.town)} &nbsp;/&nbsp; ${p.links.map(esc).join(' &nbsp;/&nbsp; ')}</div>
  <h2>Hello</h2><p class="sum">${esc(p.summary)}</p>
  <h2>Experience</h2>${jobs}
  <h2>Skills</h2><div class="sk">${allSkills(p).map((s) => `<div><span>${skillName(s)}</span><i>${'●'.repeat(s.level)}${'○'.repeat(5 - s.level)}</i></div>`).join('')}</div>
  <h2>Education</h2>${p.education.map((e) => `<div class="row"><div class="d">${esc(df(e.start))} —<br>${esc(df(e.end))}</div><div class="c"><div class="t">${esc(e.degree)}</div><div class="co">${esc(e.school)}</div></div></div>`).join('')}
  <h2>Languages · Recognition</h2><div class="row"><div class="d">&nbsp;</div><div class="c">${p.languages.map((l) => `${esc(l.name)} (${esc(l.level)})`).join(' · ')}<br>${[...p.awards, ...p.certs].map(esc).join('<br>')}</div></div>
  </div>`;
  return doc(p, css, body);
}

// ————————————————————————————————————————————————————————————— 16. playlist (single)
export function playlist(p: Person): string {
  const df = D.slashZh;
  const dur = (j: { start: string; end: string | null }) => {
    const n = monthsOf(j);
    return `${Math.floor(n / 12)} yr ${n % 12} mo`;
  };
  const green = '#1db954';
  const tracks = newestFirst(p)
    .map(
      (j, i) => `<div class="tr"><span class="n">${i + 1}</span><span class="tt"><b>${esc(j.title)}</b><small>${esc(j.company)}</small></span><span class="al">${esc(j.town)}</span><span class="da">${esc(range(j, df, '現在 Present'))}</span><span class="du">${dur(j)}</span></div>
      <div class="lyr">${j.bullets.map(esc).join(' / ')}</div>`,
    )
    .join('');
  const css = `
body { font-family: ${fonts(p)}; background: #fff; font-size: 9.6pt; }
.page { padding: 12mm 14mm 0; height: 296mm; overflow: hidden; }
.hero { display: flex; gap: 6mm; align-items: flex-end; background: linear-gradient(180deg, #c9e7d4, #f7fbf8); margin: -12mm -14mm 0; padding: 14mm 14mm 6mm; }
.cover { width: 44mm; height: 44mm; flex: none; background: linear-gradient(135deg, ${green}, #0b6e4f); display: flex; align-items: center; justify-content: center; color: #fff; font-size: 30pt; font-weight: bold; box-shadow: 0 2mm 5mm rgba(0,0,0,0.25); }
.kick { font-size: 8pt; font-weight: bold; letter-spacing: 1pt; }
h1 { font-size: 34pt; line-height: 1.05; margin: 1mm 0; }
h1 small { font-size: 15pt; font-weight: normal; margin-left: 2mm; }
.by { font-size: 8.6pt; color: #333; }
.ctl { display: flex; gap: 4mm; align-items: center; margin: 4mm 0 2mm; font-size: 8.4pt; }
.play { width: 10mm; height: 10mm; border-radius: 50%; background: ${green}; color: #fff; display: flex; align-items: center; justify-content: center; font-size: 12pt; }
.hdr, .tr { display: grid; grid-template-columns: 7mm 1fr 24mm 42mm 18mm; gap: 2mm; align-items: center; }
.hdr { font-size: 7.4pt; color: #777; text-transform: uppercase; letter-spacing: 0.8pt; border-bottom: 0.3mm solid #ddd; padding: 1mm 0; }
.tr { padding: 2mm 0 0.5mm; }
.tr .n { color: #777; text-align: center; }
.tt small { display: block; color: #555; font-size: 8.2pt; }
.al, .da, .du { font-size: 8.2pt; color: #555; }
.du { text-align: right; }
.lyr { margin-left: 9mm; font-size: 7.8pt; color: #777; border-bottom: 0.2mm solid #eee; padding-bottom: 1.5mm; }
h2 { font-size: 11pt; margin: 5mm 0 2mm; }
.chips { display: flex; flex-wrap: wrap; gap: 1.6mm; }
.chips span { border-radius: 4mm; padding: 1mm 3mm; background: #eef6f1; font-size: 8.4pt; }
.chips span b { color: ${green}; font-weight: normal; margin-left: 1mm; font-size: 7pt; }
.two { display: grid; grid-template-columns: 1fr 1fr; gap: 8mm; }
.two p { margin: 1mm 0; }
`;
  const body = `<div class="page">
  <div class="hero"><div class="cover">${esc(p.family)}</div><div><div class="kick">PUBLIC PLAYLIST · 職涯歌單</div><h1>${esc(p.name)}<small>${esc(p.alias ?? '')}</small></h1>
    <div class="by">${esc(p.headline)} · ${p.work.length} tracks · ${esc(p.town)}</div><div class="by">${esc(p.phoneShown)} · ${esc(p.email)} · ${p.links.map(esc).join(' · ')}</div></div></div>
  <div class="ctl"><span class="play">▶</span><span>♡</span><span>⋯</span><span style="margin-left:auto;color:#555">${esc(p.summary)}</span></div>
  <div class="hdr"><span>#</span><span>Title · 職稱 / Artist · 公司</span><span>City</span><span>Date added · 期間</span><span style="text-align:right">Length · 年資</span></div>
  ${tracks}
  <h2>Genres · 專業技能</h2>${p.skills.map((g) => `<div style="margin:1.5mm 0 1mm;font-size:8pt;color:#555">${esc(g.group)}</div><div class="chips">${g.items.map((s) => `<span>${skillName(s)}<b>${'♪'.repeat(s.level)}</b></span>`).join('')}</div>`).join('')}
  <div class="two"><div><h2>Languages · 語言</h2>${p.languages.map((l) => `<p><b>${esc(l.name)}</b> — ${esc(l.level)}</p>`).join('')}</div>
  <div><h2>Album · 學歷</h2>${p.education.map((e) => `<p><b>${esc(e.school)}</b><br>${esc(e.degree)} · ${esc(range(e, df, ''))}</p>`).join('')}<h2>Awards · 獎項</h2>${p.awards.map((a) => `<p>${esc(a)}</p>`).join('')}</div></div>
  </div>`;
  return doc(p, css, body);
}

export const htmlTemplates: Record<string, (p: Person) => string> = {
  'metro-map': metroMap,
  'swiss-3col': swiss3,
  darkmode,
  'toolbox-donut': toolboxDonut,
  'star-rail': starRail,
  'level-chart': levelChart,
  honeycomb,
  'pie-levels': pieLevels,
  'app-icons': appIcons,
  bubbles,
  periodic,
  'label-facts': labelFacts,
  'zh-icon-table': zhIconTable,
  'skills-first': skillsFirst,
  letterspaced,
  playlist,
};
