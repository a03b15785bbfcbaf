/** heldout-50: the Chromium (HTML/CSS) templates. Each returns one HTML page for one person. */
import type { Person } from './people.ts';
import { D, FONT_MONO, FONT_SERIF, M3, cnDigits, cnMonth, dur, durZh, esc, minguo, mo, months, newest, page, range, sk, yr } from './lib.ts';

const zh = (p: Person) => p.lang === 'zh';
const langAttr = (p: Person) => (p.lang === 'en' ? 'en' : p.trad ? 'zh-Hant' : 'zh-CN');

/** GulfTalent-type Gulf job-portal profile print (single). */
export function gulftalent(p: Person): string {
  const total = Math.round(months({ start: p.work[0].start, end: null }) / 12);
  const nat: Record<string, string> = { p02: 'British / Nigerian', p06: 'Malaysian' };
  const jobs = newest(p).map((j) => `<div class="job"><div class="t">${esc(j.title)}</div>
    <div class="c">${esc(j.company)} <span class="g">— ${esc(j.town)}</span></div>
    <div class="d">${D.mon(j.start)} - ${j.end ? D.mon(j.end) : 'present'} <span class="g">(${dur(j)})</span></div>
    <ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul></div>`).join('');
  return page('en', `
  .bar{background:#7a1f2b;color:#fff;padding:6px 10px;font-size:8pt;display:flex;justify-content:space-between}
  .card{border:1px solid #ccc;padding:10px 12px;margin:8px 0;display:grid;grid-template-columns:1fr 62mm;gap:10px}
  h1{font-size:17pt;margin:0 0 2px} .hl{color:#7a1f2b;font-weight:bold}
  .facts td{padding:1px 6px 1px 0;font-size:8.5pt;vertical-align:top} .facts td:first-child{color:#777;white-space:nowrap}
  .contact{background:#f6f1e9;padding:8px;font-size:8.5pt} .contact b{display:block;color:#7a1f2b;margin-bottom:3px}
  h2{font-size:10.5pt;color:#7a1f2b;border-bottom:2px solid #e4d6c4;margin:12px 0 6px;padding-bottom:2px}
  .job{margin-bottom:8px} .t{font-weight:bold;font-size:10.5pt} .g{color:#888} .d{font-size:8.5pt;color:#444} ul{margin:3px 0 0 16px;padding:0}
  .chips span{display:inline-block;border:1px solid #d9c7ad;border-radius:2px;padding:1px 6px;margin:0 4px 4px 0;font-size:8.5pt}`,
  `<div class="bar"><span>Candidate profile — printed from employer account</span><span>CV ID ${p.id === 'p02' ? '4471-0932' : '5520-1187'} · Updated 14 Nov 2026</span></div>
  <div class="card"><div><h1>${esc(p.name)}</h1><div class="hl">${esc(p.headline)}</div>
  <table class="facts"><tr><td>Nationality</td><td>${nat[p.id]}</td></tr><tr><td>Current location</td><td>${esc(p.town)}</td></tr>
  <tr><td>Total experience</td><td>${total} years</td></tr><tr><td>Notice period</td><td>${p.id === 'p02' ? '3 months' : '1 month'}</td></tr>
  <tr><td>Preferred locations</td><td>UAE, Qatar, Saudi Arabia</td></tr></table></div>
  <div class="contact"><b>Contact details</b>Email: ${esc(p.email)}<br>Mobile: ${esc(p.phoneLocal)}<br>${p.other.map((o) => `${o.label}: ${esc(o.number)}`).join('<br>')}</div></div>
  <h2>Profile summary</h2><div>${esc(p.summary)}</div>
  <h2>Work experience</h2>${jobs}
  <h2>Key skills</h2><div class="chips">${sk(p).map((s) => `<span>${esc(s)}</span>`).join('')}</div>
  <h2>Education</h2>${p.edu.map((e) => `<div><b>${esc(e.degree)}</b>, ${esc(e.school)} <span class="g">(${D.mon(e.start)} - ${D.mon(e.end)})</span></div>`).join('')}
  <h2>Languages</h2><div>${p.languages.join(' · ')}</div>
  <h2>Certifications</h2><div>${p.certs.join(' · ')}</div>`);
}

/** LaTeX moderntimelinecv look: a year bar beside each entry, exact months in the entry text (single). */
export function moderntimeline(p: Person): string {
  const mixed = p.lang === 'mixed';
  const lo = 2006, hi = 2027;
  const bar = (s: string, e: string | null) => {
    const a = ((Number(yr(s)) + (mo(s) - 1) / 12 - lo) / (hi - lo)) * 100, b = (((e ? Number(yr(e)) + mo(e) / 12 : 2026.95) - lo) / (hi - lo)) * 100;
    return `<div class="tl"><span class="y1">${yr(s)}</span><div class="track"><div class="seg" style="left:${a.toFixed(1)}%;width:${(b - a).toFixed(1)}%"></div></div><span class="y2">${e ? yr(e) : 'today'}</span></div>`;
  };
  const jobs = newest(p).map((j) => `<div class="row">${bar(j.start, j.end)}<div class="ent"><b>${esc(j.title)}</b> at <i>${esc(j.company)}</i>, ${esc(j.town)}
    <span class="md">(${D.month(j.start)} – ${j.end ? D.month(j.end) : 'today'})</span><div class="du">${j.duties.map(esc).join('. ')}.</div></div></div>`).join('');
  const edu = [...p.edu].reverse().map((e) => `<div class="row">${bar(e.start, e.end)}<div class="ent"><b>${esc(e.degree)}</b>, <i>${esc(e.school)}</i></div></div>`).join('');
  return page('en', `
  body{font-family:${FONT_SERIF};font-size:10pt}
  .hd{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:1px solid #999;padding-bottom:6px}
  h1{font-size:24pt;font-weight:normal;margin:0;color:#1d3f6e} .sub{font-style:italic;color:#555}
  .ct{text-align:right;font-size:9pt}
  h2{font-size:12pt;font-weight:normal;color:#1d3f6e;margin:14px 0 6px;font-variant:small-caps;letter-spacing:.5px}
  .row{display:grid;grid-template-columns:48mm 1fr;gap:8px;margin-bottom:7px;align-items:start}
  .tl{display:flex;align-items:center;gap:3px;font-size:7.5pt;color:#1d3f6e;padding-top:3px}
  .track{flex:1;height:5px;background:#dde3ec;position:relative}.seg{position:absolute;top:0;height:5px;background:#1d3f6e}
  .md{font-size:8.5pt;color:#666}.du{font-size:9pt;color:#333}
  .sk{columns:3;font-size:9.5pt}.sk div::before{content:'▸ ';color:#1d3f6e}`,
  `<div class="hd"><div><h1>${esc(p.name)}${mixed ? ` <span style="font-size:13pt;color:#666">${esc(p.alt!)}</span>` : ''}</h1><div class="sub">${esc(p.headline)}</div></div>
  <div class="ct">${esc(p.town)}<br>☎ ${esc(p.phoneLocal)} &nbsp;·&nbsp; ${p.other[0].label.toLowerCase()} ${esc(p.other[0].number)}<br>✉ ${esc(p.email)}</div></div>
  <h2>Profile</h2><div>${esc(p.summary)}</div>
  <h2>Experience</h2>${jobs}<h2>Education</h2>${edu}
  <h2>Skills</h2><div class="sk">${sk(p).map((s) => `<div>${esc(s)}</div>`).join('')}</div>
  <h2>Languages</h2><div>${p.languages.join(', ')}</div>${p.certs.length ? `<h2>Certificates</h2><div>${p.certs.join('; ')}</div>` : ''}`);
}

/** Formal outline CV with Roman-numeral sections, lettered entries and numbered sub-points (single). */
export function outlineRoman(p: Person): string {
  const L = 'ABCDEFGH';
  const jobs = newest(p).map((j, i) => `<div class="a">${L[i]}.&nbsp; ${esc(j.company)}, ${esc(j.town)} — ${esc(j.title)} (${D.month(j.start)} to ${j.end ? D.month(j.end) : 'date'})
    ${j.duties.map((d, k) => `<div class="n">${k + 1}.&nbsp; ${esc(d)}</div>`).join('')}</div>`).join('');
  return page('en', `body{font-family:${FONT_SERIF};font-size:10.5pt}
  .top{text-align:center;margin-bottom:10px}.top h1{font-size:15pt;margin:0;letter-spacing:1px}
  .r{font-weight:bold;margin:12px 0 4px}.a{margin:3px 0 5px 8mm}.n{margin-left:8mm}`,
  `<div class="top"><h1>${esc(p.name.toUpperCase())}</h1><div>${esc(p.headline)}</div></div>
  <div class="r">I.&nbsp; PERSONAL DETAILS</div>
  <div class="a">A.&nbsp; Address: ${esc(p.town)}</div><div class="a">B.&nbsp; Mobile: ${esc(p.phoneLocal)}</div>
  <div class="a">C.&nbsp; ${p.other[0].label}: ${esc(p.other[0].number)}</div><div class="a">D.&nbsp; E-mail: ${esc(p.email)}</div>
  <div class="r">II.&nbsp; PROFILE</div><div class="a">${esc(p.summary)}</div>
  <div class="r">III.&nbsp; EMPLOYMENT HISTORY</div>${jobs}
  <div class="r">IV.&nbsp; EDUCATION</div>${p.edu.map((e, i) => `<div class="a">${L[i]}.&nbsp; ${esc(e.degree)}, ${esc(e.school)} (${D.month(e.start)} to ${D.month(e.end)})</div>`).join('')}
  <div class="r">V.&nbsp; SKILLS</div>${sk(p).map((s, i) => `<div class="a">${L[i] ?? ''}${L[i] ? '.' : ''}&nbsp; ${esc(s)}</div>`).join('')}
  <div class="r">VI.&nbsp; LANGUAGES</div><div class="a">${p.languages.join('; ')}</div>
  <div class="r">VII.&nbsp; LICENCES AND CERTIFICATES</div><div class="a">${p.certs.join('; ')}</div>
  <div class="r">VIII.&nbsp; REFEREES</div><div class="a">Available on request.</div>`);
}

const PINYIN: Record<string, string[]> = { p08: ['shàng', 'guān', 'yǔ', 'tóng'], p15: ['wáng', 'zǐ', 'jiàn'] };
/** Chinese 简历 with the name set with 拼音 ruby above each character (single). */
export function pinyinRuby(p: Person): string {
  const mixed = p.lang === 'mixed';
  const ruby = [...p.name].map((c, i) => `<ruby>${c}<rt>${PINYIN[p.id][i]}</rt></ruby>`).join('');
  const H = (a: string, b: string) => `<h2>${a}${mixed ? ` <small>${b}</small>` : ''}</h2>`;
  const jobs = newest(p).map((j) => `<div class="job"><div class="l1"><b>${esc(j.company)}</b><span>${mixed ? range(j, D.dot, ' - ', 'Present') : range(j, D.dot, ' - ', '至今')}</span></div>
    <div class="l2">${esc(j.title)}</div><ol>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ol></div>`).join('');
  return page(langAttr(p), `
  .hd{display:flex;gap:14px;align-items:center;border-bottom:3px solid #c0392b;padding-bottom:8px}
  .nm{font-size:26pt;font-weight:bold;letter-spacing:3px} rt{font-size:8pt;font-weight:normal;color:#c0392b;letter-spacing:0}
  .inf{font-size:9pt;color:#444;display:grid;grid-template-columns:auto auto;gap:1px 16px}
  h2{font-size:11.5pt;color:#c0392b;margin:12px 0 5px;border-left:5px solid #c0392b;padding-left:6px} h2 small{color:#888;font-weight:normal;font-size:9pt}
  .l1{display:flex;justify-content:space-between}.l2{color:#555}.job{margin-bottom:7px} ol{margin:2px 0 0 18px;padding:0}
  .sk span{display:inline-block;margin:0 10px 3px 0}.sk span::before{content:'● ';color:#c0392b;font-size:7pt}`,
  `<div class="hd"><div class="nm">${ruby}</div><div class="inf">
   ${mixed ? `<div>English name: ${esc(p.alt!)}</div><div>City: ${esc(p.town)}</div><div>Mobile: ${esc(p.phoneLocal)}</div><div>Email: ${esc(p.email)}</div><div>${p.other[0].label}: ${esc(p.other[0].number)}</div><div>Target: ${esc(p.headline)}</div>`
    : `<div>求职意向：${esc(p.headline)}</div><div>现居：${esc(p.town)}</div><div>手机：${esc(p.phoneLocal)}</div><div>邮箱：${esc(p.email)}</div><div>${p.other[0].label}：${esc(p.other[0].number)}</div><div>工作年限：13年</div>`}</div></div>
  ${H('自我评价', 'Summary')}<div>${esc(p.summary)}</div>
  ${H('工作经历', 'Work Experience')}${jobs}
  ${H('教育背景', 'Education')}${p.edu.map((e) => `<div class="l1"><span><b>${esc(e.school)}</b>　${esc(e.degree)}</span><span>${D.dot(e.start)} - ${D.dot(e.end)}</span></div>`).join('')}
  ${H('专业技能', 'Skills')}<div class="sk">${sk(p).map((s) => `<span>${esc(s)}</span>`).join('')}</div>
  ${H('语言能力', 'Languages')}<div>${p.languages.join('；')}</div>
  ${H('资格证书', 'Certificates')}<div>${p.certs.join('；')}</div>`);
}

/** 直式履歷: the whole page in vertical Traditional Chinese, columns right to left (single). */
export function zhishu(p: Person): string {
  const roc = p.lang === 'zh';
  const dt = (s: string) => (roc ? `民國${minguo(s)}年${cnMonth(mo(s))}月` : `${cnDigits(yr(s))}年${cnMonth(mo(s))}月`);
  const jobs = newest(p).map((j) => `<p class="job">${dt(j.start)}至${j.end ? dt(j.end) : '今'}　任職於<b>${esc(j.company)}</b>　職稱：${esc(j.title)}</p>`).join('');
  return page('zh-Hant', `
  body{font-family:'Droid Sans Fallback','WenQuanYi Zen Hei',sans-serif;font-size:11pt}
  .sheet{writing-mode:vertical-rl;height:262mm;border:2px solid #333;padding:6mm 5mm;line-height:1.9}
  h1{font-size:20pt;letter-spacing:.4em;margin:0 0 0 6mm} h2{font-size:12.5pt;margin:0 0 0 4mm;border-left:1px solid #999;padding-left:2mm}
  p{margin:0 0 0 1mm} .job{margin-left:2mm} .sm{font-size:10pt;color:#333}`,
  `<div class="sheet"><h1>履歷　${esc(p.name)}</h1>
  <p class="sm">${p.lang === 'mixed' ? `英文姓名：${esc(p.alt!)}　` : ''}住址：${esc(p.town)}</p>
  <p class="sm">手機：${esc(p.phoneLocal)}　${p.other[0].label === 'Office' ? '辦公室' : p.other[0].label}：${esc(p.other[0].number)}</p>
  <p class="sm">電郵：${esc(p.email)}</p>
  <h2>學歷</h2>${p.edu.map((e) => `<p>${dt(e.start)}至${dt(e.end)}　${esc(e.school)}　${esc(e.degree)}</p>`).join('')}
  <h2>經歷</h2>${jobs}
  <h2>專長</h2><p>${sk(p).map(esc).join('　')}</p>
  <h2>語文</h2><p>${p.languages.join('　')}</p>
  <h2>證照</h2><p>${p.certs.join('　')}</p>
  <p class="sm">以上所填各項均屬實　${roc ? '中華民國一一五年十一月' : '二〇二六年十一月'}　${esc(p.name)}　謹識</p></div>`);
}

/** Jupyter notebook exported to HTML and printed: the CV lives in cells and outputs (single). */
export function jupyter(p: Person): string {
  const rows = p.work.map((j, i) => `<tr><th>${i}</th><td>${esc(j.company)}</td><td>${esc(j.title)}</td><td>${D.iso(j.start)}</td><td>${j.end ?? 'None'}</td></tr>`).join('');
  const cell = (n: number, code: string, out = '') => `<div class="cell"><div class="pr">In&nbsp;[${n}]:</div><pre class="code">${code}</pre></div>${out ? `<div class="cell"><div class="pr out">${out.startsWith('<table') ? `Out[${n}]:` : ''}</div><div class="o">${out}</div></div>` : ''}`;
  return page('en', `
  .nb{font-size:9pt} .tb{font-size:8pt;color:#666;border-bottom:1px solid #ddd;margin-bottom:8px;padding-bottom:3px}
  .cell{display:grid;grid-template-columns:17mm 1fr;gap:4px;margin:4px 0}.pr{font-family:${FONT_MONO};color:#303f9f;font-size:8pt;text-align:right;padding-top:4px}.pr.out{color:#d84315}
  pre.code{background:#f7f7f7;border:1px solid #e0e0e0;margin:0;padding:4px 6px;font-family:${FONT_MONO};font-size:8pt;white-space:pre-wrap}
  .md h1{font-size:18pt;margin:4px 0}.md h2{font-size:12pt;margin:8px 0 2px;border-bottom:1px solid #eee}
  table.df{border-collapse:collapse;font-size:8pt}.df th,.df td{padding:2px 6px;text-align:right;border-bottom:1px solid #eee}.df thead th{border-bottom:1px solid #000}
  .kw{color:#008000;font-weight:bold}.st{color:#ba2121}.o pre{margin:0;font-family:${FONT_MONO};font-size:8pt}`,
  `<div class="nb"><div class="tb">about_me.ipynb — exported ${'2026-11-20'}</div>
  <div class="cell"><div></div><div class="md"><h1>${esc(p.name)} <span style="font-size:11pt;color:#666">(${esc(p.alt!)})</span></h1>
  <p>${esc(p.headline)} · ${esc(p.town)}<br>☎ ${esc(p.phoneLocal)} · ✉ ${esc(p.email)}</p><p>${esc(p.summary)}</p><h2>Work experience</h2></div></div>
  ${cell(1, `<span class="kw">import</span> pandas <span class="kw">as</span> pd\njobs = pd.read_csv(<span class="st">"career.csv"</span>)\njobs[[<span class="st">"company"</span>, <span class="st">"title"</span>, <span class="st">"start"</span>, <span class="st">"end"</span>]]`,
    `<table class="df"><thead><tr><th></th><th>company</th><th>title</th><th>start</th><th>end</th></tr></thead><tbody>${rows}</tbody></table>`)}
  ${cell(2, `<span class="kw">for</span> j <span class="kw">in</span> jobs.itertuples():\n    print(j.title, <span class="st">"@"</span>, j.company, <span class="st">"—"</span>, j.highlights)`,
    `<pre>${newest(p).reverse().map((j) => esc(`${j.title} @ ${j.company} — ${j.duties.join('; ')}`)).join('\n')}</pre>`)}
  <div class="cell"><div></div><div class="md"><h2>Skills</h2></div></div>
  ${cell(3, `skills = [${sk(p).map((s) => `<span class="st">"${esc(s)}"</span>`).join(', ')}]\n<span class="kw">print</span>(<span class="st">" · "</span>.join(skills))`, `<pre>${sk(p).map(esc).join(' · ')}</pre>`)}
  <div class="cell"><div></div><div class="md"><h2>Education &amp; languages</h2><p>${p.edu.map((e) => `${esc(e.degree)}, ${esc(e.school)} (${D.mon(e.start)} – ${D.mon(e.end)})`).join('<br>')}<br>Languages: ${p.languages.join(', ')}<br>Certification: ${p.certs.join(', ')}</p></div></div>
  ${cell(4, '')}</div>`);
}

/** Web page whose career history is a DataTables-style interactive table, printed (table). */
export function datatables(p: Person): string {
  const z = p.lang === 'zh';
  const T = z ? { show: '显示 <u>10</u> 项结果', search: '搜索：', info: `显示第 1 至 ${p.work.length} 项结果，共 ${p.work.length} 项`, prev: '上页', next: '下页', cols: ['入职', '离职', '单位', '职位', '所在地'], cur: '至今' }
    : { show: 'Show <u>10</u> entries', search: 'Search:', info: `Showing 1 to ${p.work.length} of ${p.work.length} entries`, prev: 'Previous', next: 'Next', cols: ['Start', 'End', 'Company', 'Position', 'Location'], cur: p.lang === 'mixed' ? 'now' : 'Present' };
  const f = z ? D.slash : p.lang === 'mixed' ? D.iso : D.mmyyyy;
  const rows = p.work.map((j, i) => `<tr class="${i % 2 ? 'ev' : 'od'}"><td class="s">${f(j.start)}</td><td>${j.end ? f(j.end) : T.cur}</td><td>${esc(j.company)}</td><td>${esc(j.title)}</td><td>${esc(j.town)}</td></tr>`).join('');
  const H = z ? ['关于我', '工作经历', '技能', '教育背景', '语言', '证书'] : ['About', 'Career history', 'Skills', 'Education', 'Languages', 'Certificates'];
  return page(langAttr(p), `
  .nav{display:flex;gap:14px;font-size:8.5pt;border-bottom:1px solid #ddd;padding-bottom:5px;color:#1a73e8}
  h1{font-size:19pt;margin:10px 0 0} .sub{color:#666} h2{font-size:12pt;margin:14px 0 5px}
  .ctl{display:flex;justify-content:space-between;font-size:8.5pt;margin-bottom:4px}.ctl span.i{border:1px solid #aaa;width:34mm;display:inline-block;height:13px;vertical-align:middle}
  table.dt{width:100%;border-collapse:collapse;font-size:8.7pt}.dt th{text-align:left;border-bottom:2px solid #111;padding:4px 14px 4px 4px;position:relative}
  .dt th::after{content:'⇅';position:absolute;right:3px;color:#bbb}.dt th.sorted::after{content:'▲';color:#333}
  .dt td{padding:5px 4px;border-top:1px solid #ddd}.dt tr.od td{background:#f9f9f9}.dt td.s{background:#f1f1f1}
  .foot{display:flex;justify-content:space-between;font-size:8.5pt;margin-top:5px}.pg span{border:1px solid #ccc;padding:1px 6px;margin-left:3px}.pg .on{background:#eee}
  .ex{font-size:9pt}.ex b{display:block;margin-top:4px} .tags span{display:inline-block;background:#eef3fb;border-radius:3px;padding:1px 7px;margin:0 4px 4px 0}`,
  `<div class="nav"><span>${z ? '首页' : 'Home'}</span><span>${z ? '简历' : 'CV'}</span><span>${z ? '作品' : 'Projects'}</span><span>${z ? '联系' : 'Contact'}</span></div>
  <h1>${esc(p.name)}${p.alt ? ` <span style="font-size:12pt;color:#777">${esc(p.alt)}</span>` : ''}</h1><div class="sub">${esc(p.headline)} · ${esc(p.town)}</div>
  <div>${z ? '手机' : 'Mobile'}: ${esc(p.phoneLocal)} · ${z ? '邮箱' : 'E-mail'}: ${esc(p.email)}</div>
  <h2>${H[0]}</h2><div>${esc(p.summary)}</div>
  <h2>${H[1]}</h2><div class="ctl"><span>${T.show}</span><span>${T.search} <span class="i"></span></span></div>
  <table class="dt"><thead><tr>${T.cols.map((c, i) => `<th class="${i === 0 ? 'sorted' : ''}">${c}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table>
  <div class="foot"><span>${T.info}</span><span class="pg"><span>${T.prev}</span><span class="on">1</span><span>${T.next}</span></span></div>
  <div class="ex">${newest(p).map((j) => `<b>${esc(j.title)} — ${esc(j.company)}</b>${j.duties.map(esc).join(z ? '；' : '; ')}`).join('')}</div>
  <h2>${H[2]}</h2><div class="tags">${sk(p).map((s) => `<span>${esc(s)}</span>`).join('')}</div>
  <h2>${H[3]}</h2>${p.edu.map((e) => `<div>${esc(e.school)}, ${esc(e.degree)} (${f(e.start)} – ${f(e.end)})</div>`).join('')}
  <h2>${H[4]}</h2><div>${p.languages.join(z ? '、' : ', ')}</div><h2>${H[5]}</h2><div>${p.certs.join(z ? '、' : ', ')}</div>`);
}

/** CV kept in Google Sheets, printed with gridlines and row/column headings (table). */
export function gsheets(p: Person): string {
  const z = p.lang === 'zh';
  const rows: string[][] = [];
  const L = z ? { t: '個人履歷', ph: '手機', em: 'Email', oth: p.other[0].label, loc: '地址', ex: '工作經歷', f: '起', to: '迄', co: '公司名稱', ti: '職稱', wh: '地點', sk: '專長', ed: '學歷', la: '語言', ce: '證照', cur: '仍在職' }
    : { t: 'CURRICULUM VITAE', ph: 'Mobile', em: 'Email', oth: p.other[0].label, loc: 'Address', ex: 'EMPLOYMENT', f: 'From', to: 'To', co: 'Employer', ti: 'Position', wh: 'Location', sk: 'SKILLS', ed: 'EDUCATION', la: 'LANGUAGES', ce: 'TICKETS & LICENCES', cur: 'current' };
  const f = z ? D.slash : D.mon;
  rows.push([`§${esc(p.name)}`, '', '', '', '']);
  rows.push([L.t, esc(p.headline), '', '', '']);
  rows.push([L.ph, `${esc(p.phoneLocal)}`, L.em, esc(p.email), '']);
  rows.push([L.oth, esc(p.other[0].number), L.loc, esc(p.town), '']);
  rows.push(['', '', '', '', '']);
  rows.push([`#${L.ex}`, '', '', '', '']);
  rows.push([`!${L.f}`, `!${L.to}`, `!${L.co}`, `!${L.ti}`, `!${L.wh}`]);
  for (const j of newest(p)) rows.push([f(j.start), j.end ? f(j.end) : L.cur, esc(j.company), esc(j.title), esc(j.town)]);
  rows.push(['', '', '', '', '']);
  rows.push([`#${L.sk}`, '', '', '', '']);
  const s = sk(p); for (let i = 0; i < s.length; i += 3) rows.push([esc(s[i]), esc(s[i + 1] ?? ''), esc(s[i + 2] ?? ''), '', '']);
  rows.push([`#${L.ed}`, '', '', '', '']);
  for (const e of p.edu) rows.push([f(e.start), f(e.end), esc(e.school), esc(e.degree), esc(e.town)]);
  rows.push([`#${L.la}`, p.languages.join(', '), '', '', '']);
  rows.push([`#${L.ce}`, p.certs.join(', '), '', '', '']);
  const td = (c: string) => c.startsWith('§') ? `<td colspan="3" class="nm">${c.slice(1)}</td>` : c.startsWith('#') ? `<td class="sec">${c.slice(1)}</td>` : c.startsWith('!') ? `<td class="hdr">${c.slice(1)}</td>` : `<td>${c}</td>`;
  const body = rows.map((r, i) => `<tr><th class="rn">${i + 1}</th>${r[0].startsWith('§') ? td(r[0]) + '<td></td><td></td>' : r.map(td).join('')}</tr>`).join('');
  return page(langAttr(p), `
  .tt{font-size:8pt;color:#555;margin-bottom:3px;display:flex;justify-content:space-between}
  table{border-collapse:collapse;width:100%;table-layout:fixed;font-family:Arial,${"'WenQuanYi Zen Hei'"};font-size:8.5pt}
  td,th{border:1px solid #c8c8c8;padding:2px 3px;height:17px;vertical-align:bottom;overflow-wrap:anywhere}
  th{background:#f3f3f3;color:#555;font-weight:normal;text-align:center;font-size:7.5pt}th.rn{width:8mm}
  .nm{font-size:15pt;font-weight:bold;height:26px}.sec{font-weight:bold;background:#d9ead3}.hdr{font-weight:bold;background:#efefef}`,
  `<div class="tt"><span>${z ? '我的履歷' : 'CV'} — Google ${z ? '試算表' : 'Sheets'}</span><span>${z ? '工作表1' : 'Sheet1'}</span></div>
  <table><colgroup><col style="width:8mm"><col style="width:17%"><col style="width:17%"><col style="width:28%"><col style="width:22%"><col></colgroup>
  <tr><th></th><th>A</th><th>B</th><th>C</th><th>D</th><th>E</th></tr>${body}</table>`);
}

/** Malaysian public-service online application (SPA-type) print, Malay labels with English (table). */
export function spa8(p: Person): string {
  const rows = newest(p).map((j, i) => `<tr><td>${i + 1}</td><td>${esc(j.company)}</td><td>${esc(j.title)}</td><td>${`01/${D.mmyyyy(j.start)}`}</td><td>${j.end ? `${j.end === '2016-10' ? '31' : '30'}/${D.mmyyyy(j.end)}` : 'Masih bekerja'}</td><td>${esc(j.town)}</td></tr>`).join('');
  return page('ms', `
  .hd{border-bottom:3px solid #0b3d91;padding-bottom:4px;display:flex;justify-content:space-between;font-size:8pt}
  .hd b{font-size:11pt;color:#0b3d91}
  h2{background:#0b3d91;color:#fff;font-size:9pt;padding:3px 6px;margin:10px 0 0}
  table{width:100%;border-collapse:collapse;font-size:8.5pt}td,th{border:1px solid #9aa9c7;padding:3px 5px;vertical-align:top}
  th{background:#e6ecf7;text-align:left;font-weight:normal;color:#333}.lb{background:#f2f5fb;width:36%;color:#333}
  .ft{font-size:7.5pt;color:#666;margin-top:8px;border-top:1px solid #ccc;padding-top:3px}`,
  `<div class="hd"><div><b>PERMOHONAN JAWATAN / APPLICATION FOR APPOINTMENT</b><br>Cetakan borang permohonan dalam talian · No. Permohonan: 2026-11-0048213</div><div>Tarikh cetak: 21/11/2026<br>Muka surat 1</div></div>
  <h2>A. MAKLUMAT DIRI / PERSONAL PARTICULARS</h2>
  <table><tr><td class="lb">Nama (seperti dalam MyKad)</td><td>${esc(p.name.toUpperCase())}</td></tr>
  <tr><td class="lb">No. MyKad</td><td>900412-10-XXXX</td></tr><tr><td class="lb">Alamat Surat-menyurat</td><td>No. 14, Jalan Anggerik 7/3, Seksyen 7, 40000 ${esc(p.town)}</td></tr>
  <tr><td class="lb">No. Telefon Bimbit</td><td>${esc(p.phoneLocal)}</td></tr><tr><td class="lb">No. Telefon Pejabat</td><td>${esc(p.other[0].number)}</td></tr>
  <tr><td class="lb">E-mel</td><td>${esc(p.email)}</td></tr></table>
  <h2>B. KELULUSAN AKADEMIK / ACADEMIC QUALIFICATIONS</h2>
  <table><tr><th>Institusi</th><th>Kelulusan</th><th>Tahun</th></tr>${p.edu.map((e) => `<tr><td>${esc(e.school)}</td><td>${esc(e.degree)}</td><td>${yr(e.end)}</td></tr>`).join('')}</table>
  <h2>C. PENGALAMAN KERJA / WORK EXPERIENCE</h2>
  <table><tr><th>Bil.</th><th>Nama Majikan</th><th>Jawatan</th><th>Tarikh Mula</th><th>Tarikh Tamat</th><th>Tempat</th></tr>${rows}</table>
  <h2>D. KEMAHIRAN / SKILLS</h2>
  <table><tr><th>Bil.</th><th>Kemahiran</th><th>Tahap</th></tr>${sk(p).map((s, i) => `<tr><td>${i + 1}</td><td>${esc(s)}</td><td>${i < 3 ? 'Cemerlang' : 'Baik'}</td></tr>`).join('')}</table>
  <h2>E. BAHASA / LANGUAGES</h2><table><tr><td>${p.languages.join(' · ')}</td></tr></table>
  <h2>F. SIJIL PROFESIONAL / PROFESSIONAL CERTIFICATES</h2><table><tr><td>${p.certs.join(' · ')}</td></tr></table>
  <h2>G. PENGAKUAN / DECLARATION</h2><table><tr><td>Saya mengaku bahawa semua maklumat yang diberikan adalah benar. / I declare that all information given is true.<br>☑ Setuju / Agree</td></tr></table>
  <div class="ft">Sebarang pertanyaan sila hubungi talian meja bantuan 03-8885 3500 (Isnin – Jumaat).</div>`);
}

/** 建筑施工企业安全生产管理人员考核申请表-type form with 工作简历 rows (table). */
export function anguan(p: Person): string {
  const rows = p.work.map((j) => `<tr><td>${D.dot(j.start)}—${j.end ? D.dot(j.end) : '至今'}</td><td colspan="3">${esc(j.company)}</td><td colspan="2">${esc(j.title)}</td><td>${j.end ? '王建国 0512-6580 2231' : '赵敏 0512-5771 4406'}</td></tr>`).join('');
  return page('zh-CN', `
  body{font-family:${FONT_SERIF};font-size:10.5pt}
  .t{text-align:center;font-size:16pt;font-weight:bold;margin:0 0 2px} .n{display:flex;justify-content:space-between;font-size:9pt;margin-bottom:4px}
  table{width:100%;border-collapse:collapse;table-layout:fixed}td{border:1px solid #000;padding:4px 4px;text-align:center;vertical-align:middle;font-size:10pt}
  td.l{text-align:left}.ph{font-size:9pt;color:#444}`,
  `<div class="n"><span>附件1</span><span>编号：JS-2026-AQ-0382</span></div>
  <div class="t">机械设备类专业技术人员能力评价申请表</div>
  <div class="n"><span>申报单位（盖章）：昆山瑞博智能装备有限公司</span><span>填表日期：2026年11月18日</span></div>
  <table><colgroup><col style="width:19%"><col style="width:13%"><col style="width:13%"><col style="width:13%"><col style="width:13%"><col style="width:11%"><col style="width:18%"></colgroup>
  <tr><td>姓　名</td><td>${esc(p.name)}</td><td>性　别</td><td>男</td><td>出生年月</td><td>1994.03</td><td rowspan="4" class="ph">（贴一寸<br>彩色照片<br>已上传）</td></tr>
  <tr><td>身份证号</td><td colspan="3">3205**********1216</td><td>学　历</td><td>本科</td></tr>
  <tr><td>手　机</td><td colspan="2">${esc(p.phoneLocal)}</td><td>电子邮箱</td><td colspan="2">${esc(p.email)}</td></tr>
  <tr><td>现工作单位</td><td colspan="3">${esc(newest(p)[0].company)}</td><td>现任职务</td><td>${esc(newest(p)[0].title)}</td></tr>
  <tr><td>毕业院校</td><td colspan="3">${esc(p.edu[0].school)}</td><td>所学专业</td><td colspan="2">机械设计制造及其自动化</td></tr>
  <tr><td>参加工作时间</td><td colspan="2">${D.zh(p.work[0].start)}</td><td>职　称</td><td colspan="3">${p.certs.join('；')}</td></tr>
  <tr><td rowspan="${p.work.length + 1}">工<br>作<br>简<br>历</td><td>起止年月</td><td colspan="3">工作单位</td><td>职务</td><td>证明人及电话</td></tr>
  ${rows.replace(/<tr><td>/g, '<tr><td>').replace(/<td colspan="2">/g, '<td>')}
  <tr><td>专业技能</td><td colspan="6" class="l">${sk(p).map(esc).join('、')}</td></tr>
  <tr><td>外语水平</td><td colspan="6" class="l">${p.languages.join('；')}</td></tr>
  <tr><td>主要业绩</td><td colspan="6" class="l">${p.work.flatMap((j) => j.duties).map(esc).join('；')}。</td></tr>
  <tr><td>本人承诺</td><td colspan="6" class="l" style="height:22mm">本人承诺以上所填内容真实有效，如有虚假，愿承担一切责任。<br><br>申请人签名：　　　　　　　　　2026年11月18日</td></tr>
  <tr><td>单位意见</td><td colspan="6" class="l" style="height:18mm">同意申报。<br>（盖章）　　　　　　　　　　　年　　月　　日</td></tr></table>`);
}

/** Reactive Resume "Gengar"-type: coloured left column with the name block on top, summary box on the right (two-column). */
export function gengar(p: Person): string {
  const mixed = p.lang === 'mixed';
  const jobs = newest(p).map((j) => `<div class="it"><div class="r1"><b>${esc(j.company)}</b><span>${D.mon(j.start)} - ${j.end ? D.mon(j.end) : 'Present'}</span></div>
    <div class="r2"><span>${esc(j.title)}</span><span>${esc(j.town)}</span></div><ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul></div>`).join('');
  return page('en', `
  .g{display:grid;grid-template-columns:33% 1fr;min-height:265mm}
  .side{background:#1f6f5c;color:#eaf5f1;padding:0 0 8px}
  .nb{background:#16513f;padding:12px 10px}.nb h1{font-size:17pt;margin:0;color:#fff;line-height:1.15}.nb .h{font-size:9pt;opacity:.85;margin-top:3px}
  .ci{padding:8px 10px;font-size:8.5pt}.ci div{margin-bottom:3px;word-break:break-all}
  .side h3{font-size:9pt;text-transform:uppercase;letter-spacing:1px;margin:10px 10px 4px;border-bottom:1px solid #5fa88f}
  .side .li{padding:0 10px;font-size:8.5pt}.side .li div{margin-bottom:2px}
  .main{padding:0 0 0 12px}.sum{background:#e3f1ec;padding:10px 12px;font-size:9pt;margin-bottom:6px}
  .main h3{font-size:10pt;text-transform:uppercase;letter-spacing:1px;color:#1f6f5c;border-bottom:1px solid #1f6f5c;margin:10px 0 5px}
  .r1,.r2{display:flex;justify-content:space-between}.r2{color:#555;font-size:8.8pt}.it{margin-bottom:7px} ul{margin:2px 0 0 16px;padding:0;font-size:8.8pt}`,
  `<div class="g"><div class="side"><div class="nb"><h1>${esc(p.name)}</h1>${mixed ? `<div class="h">${esc(p.alt!)}</div>` : ''}<div class="h">${esc(p.headline)}</div></div>
  <div class="ci"><div>⌂ ${esc(p.town)}</div><div>☏ ${esc(p.phoneLocal)}</div><div>✉ ${esc(p.email)}</div><div>${esc(p.other[0].label)}: ${esc(p.other[0].number)}</div></div>
  <h3>Skills</h3><div class="li">${sk(p).map((s) => `<div>${esc(s)}</div>`).join('')}</div>
  <h3>Languages</h3><div class="li">${p.languages.map((s) => `<div>${esc(s)}</div>`).join('')}</div>
  <h3>Certifications</h3><div class="li">${p.certs.map((s) => `<div>${esc(s)}</div>`).join('')}</div></div>
  <div class="main"><div class="sum">${esc(p.summary)}</div><h3>Experience</h3>${jobs}
  <h3>Education</h3>${p.edu.map((e) => `<div class="it"><div class="r1"><b>${esc(e.school)}</b><span>${D.mon(e.start)} - ${D.mon(e.end)}</span></div><div class="r2"><span>${esc(e.degree)}</span><span>${esc(e.town)}</span></div></div>`).join('')}
  ${p.gap ? `<h3>Career break</h3><div class="it"><div class="r1"><span>${esc(p.gap.text)}</span><span>${D.mon(p.gap.from)} - ${D.mon(p.gap.to)}</span></div></div>` : ''}</div></div>`);
}

/** CV as a Trello-type kanban board printed from the browser: lists side by side, one card per item (two-column). */
export function trello(p: Person): string {
  const card = (title: string, body = '', label = '') => `<div class="cd">${label ? `<span class="lb ${label}"></span>` : ''}<div class="ct">${title}</div>${body ? `<div class="cb">${body}</div>` : ''}</div>`;
  const jobs = newest(p).map((j) => card(`${esc(j.title)} · ${esc(j.company)}`, `◔ ${D.mon(j.start)} – ${j.end ? D.mon(j.end) : 'now'}<br>${esc(j.town)}`, j.end ? 'gr' : 'gn')).join('');
  return page('en', `
  body{background:#fff}.top{background:#0b5cad;color:#fff;padding:6px 10px;display:flex;justify-content:space-between;font-size:9pt}
  .top b{font-size:12pt}.board{background:#2f79c6;padding:8px;display:grid;grid-template-columns:1fr 1fr;gap:8px;min-height:240mm;align-items:start}
  .ls{background:#ebecf0;border-radius:6px;padding:6px}.ls h4{margin:2px 4px 6px;font-size:9.5pt}
  .cd{background:#fff;border-radius:4px;box-shadow:0 1px 0 #bbb;padding:5px 7px;margin-bottom:6px;font-size:8.8pt}
  .ct{font-weight:bold}.cb{color:#555;font-size:8.2pt;margin-top:2px}.lb{display:block;width:28px;height:5px;border-radius:3px;margin-bottom:3px}.gr{background:#b3bac5}.gn{background:#61bd4f}.or{background:#ff9f1a}
  .add{color:#5e6c84;font-size:8.5pt;margin:2px 4px}`,
  `<div class="top"><b>${esc(p.name)} — CV</b><span>Workspace: Job search 2026 · Board visibility: Public</span></div>
  <div class="board"><div><div class="ls"><h4>Contact</h4>${card(esc(p.name), `${esc(p.headline)}<br>⌂ ${esc(p.town)}<br>☎ ${esc(p.phoneLocal)}<br>✉ ${esc(p.email)}<br>${esc(p.other[0].label)}: ${esc(p.other[0].number)}`, 'or')}
   ${card('About', esc(p.summary))}<div class="add">+ Add a card</div></div>
   <div class="ls" style="margin-top:8px"><h4>Skills</h4>${sk(p).map((s) => card(esc(s))).join('')}<div class="add">+ Add a card</div></div>
   <div class="ls" style="margin-top:8px"><h4>Languages</h4>${p.languages.map((s) => card(esc(s))).join('')}</div></div>
  <div><div class="ls"><h4>Work experience</h4>${jobs}<div class="add">+ Add a card</div></div>
   <div class="ls" style="margin-top:8px"><h4>Education &amp; tickets</h4>${p.edu.map((e) => card(esc(e.degree), `${esc(e.school)}<br>◔ ${D.mon(e.start)} – ${D.mon(e.end)}`)).join('')}${p.certs.map((c) => card(esc(c), '', 'gn')).join('')}</div>
   <div class="ls" style="margin-top:8px"><h4>Duties (by job)</h4>${newest(p).map((j) => card(esc(j.company), j.duties.map(esc).join('<br>'))).join('')}</div></div></div>`);
}

/** Wikipedia-type article about the person, with an infobox floated right (two-column). */
export function wiki(p: Person): string {
  const z = p.lang === 'zh';
  const cur = newest(p)[0];
  const box = z ? `<table class="ib"><tr><th colspan="2" class="nm">${esc(p.name)}</th></tr><tr><td colspan="2" class="img">${esc(p.headline)}</td></tr>
    <tr><th>出生地</th><td>江苏盐城</td></tr><tr><th>现居</th><td>${esc(p.town)}</td></tr><tr><th>职业</th><td>${esc(p.headline)}</td></tr>
    <tr><th>雇主</th><td>${esc(cur.company)}</td></tr><tr><th>活跃年代</th><td>${yr(p.work[0].start)}年至今</td></tr><tr><th>母校</th><td>${esc(p.edu[0].school)}</td></tr>
    <tr><th>手机</th><td>${esc(p.phoneLocal)}</td></tr><tr><th>电邮</th><td>${esc(p.email)}</td></tr></table>`
    : `<table class="ib"><tr><th colspan="2" class="nm">${esc(p.name)}</th></tr><tr><td colspan="2" class="img">${p.alt ? esc(p.alt) : esc(p.headline)}</td></tr>
    <tr><th>Residence</th><td>${esc(p.town)}</td></tr><tr><th>Occupation</th><td>${esc(p.headline)}</td></tr><tr><th>Employer</th><td>${esc(cur.company)}</td></tr>
    <tr><th>Years active</th><td>${yr(p.work[0].start)}–present</td></tr><tr><th>Alma mater</th><td>${esc(p.edu[0].school)}</td></tr>
    <tr><th>Mobile</th><td>${esc(p.phoneLocal)}</td></tr><tr><th>${esc(p.other[0].label)}</th><td>${esc(p.other[0].number)}</td></tr><tr><th>E-mail</th><td>${esc(p.email)}</td></tr></table>`;
  const para = z ? p.work.map((j) => `${D.zh(j.start)}${j.end ? `至${D.zh(j.end)}` : '起'}，他${j.end ? '' : '至今'}在${esc(j.company)}担任${esc(j.title)}，${esc(j.duties.join('，'))}。`).join('')
    : p.work.map((j) => `From ${D.month(j.start)}${j.end ? ` to ${D.month(j.end)}` : ' until the present'}, ${p.id === 'p06' ? 'she' : 'she'} worked as ${/^[AEIOU]/.test(j.title) ? 'an' : 'a'} ${esc(j.title)} at ${esc(j.company)} in ${esc(j.town)}.`).join(' ');
  const T = z ? ['目录', '早年与教育', '职业生涯', '技能', '语言', '证书', '参考资料', '维基百科，自由的百科全书', '条目', '讨论'] : ['Contents', 'Early life and education', 'Career', 'Skills', 'Languages', 'Certifications', 'References', 'From Wikipedia-style personal wiki', 'Article', 'Talk'];
  return page(langAttr(p), `
  body{font-family:${FONT_SERIF}} .tabs{font-family:${"'Liberation Sans'"};font-size:8pt;border-bottom:1px solid #a7d7f9;padding-bottom:2px;color:#0645ad}
  h1{font-weight:normal;font-size:20pt;border-bottom:1px solid #a2a9b1;margin:6px 0 2px}.from{font-size:8.5pt;color:#54595d;margin-bottom:6px}
  h2{font-weight:normal;font-size:14pt;border-bottom:1px solid #a2a9b1;margin:12px 0 4px}
  .ib{float:right;width:66mm;margin:0 0 8px 10px;border:1px solid #a2a9b1;background:#f8f9fa;font-family:${"'Liberation Sans', 'WenQuanYi Zen Hei'"};font-size:8.3pt;border-collapse:collapse}
  .ib th,.ib td{padding:2px 4px;text-align:left;vertical-align:top}.ib .nm{text-align:center;font-size:11pt;background:#dbe8f5}.ib .img{text-align:center;color:#555;font-style:italic;padding:6px}
  .toc{display:inline-block;border:1px solid #a2a9b1;background:#f8f9fa;padding:5px 10px;font-size:8.5pt;font-family:${"'Liberation Sans','WenQuanYi Zen Hei'"}}
  ul{margin:2px 0 0 18px;padding:0} .ref{font-size:8pt}`,
  `<div class="tabs">${T[8]} · ${T[9]}</div><h1>${esc(p.name)}</h1><div class="from">${T[7]}</div>${box}
  <p><b>${esc(p.name)}</b>${p.alt ? `（${esc(p.alt)}）` : ''}${z ? `，${esc(p.summary)}` : ` is a ${esc(p.headline.toLowerCase())} based in ${esc(p.town)}. ${esc(p.summary)}`}</p>
  <div class="toc"><b>${T[0]}</b><br>1 ${T[1]}<br>2 ${T[2]}<br>3 ${T[3]}<br>4 ${T[4]}<br>5 ${T[6]}</div>
  <h2>${T[1]}</h2><p>${p.edu.map((e) => (z ? `${D.zh(e.start)}至${D.zh(e.end)}就读于${esc(e.school)}（${esc(e.degree)}）。` : `${esc(p.name.split(' ')[0])} studied at ${esc(e.school)} (${esc(e.degree)}, ${D.month(e.start)} – ${D.month(e.end)}).`)).join(' ')}</p>
  <h2>${T[2]}</h2><p>${para}</p>
  <h2>${T[3]}</h2><ul>${sk(p).map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
  <h2>${T[4]}</h2><ul>${p.languages.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
  <h2>${T[5]}</h2><ul>${p.certs.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
  <h2>${T[6]}</h2><ol class="ref"><li>${z ? '《年度优秀员工名单》，公司内刊，2024年。' : 'Staff newsletter, Issue 41, 2024.'}</li></ol>`);
}

/** CV laid out as an A4 scientific poster: title banner, two columns of boxed panels (two-column). */
export function poster(p: Person): string {
  const z = p.lang === 'zh';
  const T = z ? ['个人简介', '工作经历', '专业技能', '教育背景', '语言能力', '资格证书', '联系方式'] : ['Abstract', 'Positions', 'Methods (skills)', 'Education', 'Languages', 'Certificates', 'Contact'];
  const jobs = newest(p).map((j) => `<div class="jb"><div class="dt">${z ? range(j, D.dot, ' – ', '至今') : range(j, D.mmyyyy, ' – ', 'present')}</div><b>${esc(j.title)}</b><br>${esc(j.company)}, ${esc(j.town)}<ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul></div>`).join('');
  return page(langAttr(p), `
  .ban{background:linear-gradient(90deg,#5b2a86,#8e44ad);color:#fff;padding:10px 14px;border-radius:4px;text-align:center}
  .ban h1{margin:0;font-size:22pt}.ban .s{font-size:10pt;opacity:.9}.ban .a{font-size:8.5pt;margin-top:3px}
  .cols{display:grid;grid-template-columns:1fr 1.25fr;gap:8px;margin-top:8px}
  .bx{border:2px solid #8e44ad;border-radius:4px;margin-bottom:8px}.bx h3{background:#8e44ad;color:#fff;margin:0;padding:3px 8px;font-size:10pt}.bx .c{padding:6px 8px;font-size:9pt}
  .jb{margin-bottom:6px}.dt{color:#8e44ad;font-weight:bold;font-size:8.5pt} ul{margin:1px 0 0 16px;padding:0}
  .sk{display:grid;grid-template-columns:1fr 1fr;gap:2px 6px}.sk div::before{content:'◆ ';color:#8e44ad;font-size:7pt}
  .fig{border:1px dashed #aaa;padding:4px;font-size:7.5pt;color:#555;text-align:center}`,
  `<div class="ban"><h1>${esc(p.name)}${p.alt ? ` · ${esc(p.alt)}` : ''}</h1><div class="s">${esc(p.headline)}</div>
  <div class="a">${esc(p.town)} &nbsp;|&nbsp; ${esc(p.email)} &nbsp;|&nbsp; ${esc(p.phoneLocal)}</div></div>
  <div class="cols"><div><div class="bx"><h3>${T[0]}</h3><div class="c">${esc(p.summary)}</div></div>
   <div class="bx"><h3>${T[2]}</h3><div class="c sk">${sk(p).map((s) => `<div>${esc(s)}</div>`).join('')}</div></div>
   <div class="bx"><h3>${T[3]}</h3><div class="c">${p.edu.map((e) => `<div class="jb"><div class="dt">${z ? `${D.dot(e.start)} – ${D.dot(e.end)}` : `${D.mmyyyy(e.start)} – ${D.mmyyyy(e.end)}`}</div>${esc(e.degree)}<br>${esc(e.school)}</div>`).join('')}</div></div>
   <div class="bx"><h3>${T[4]}</h3><div class="c">${p.languages.join('<br>')}</div></div>
   ${p.certs.length ? `<div class="bx"><h3>${T[5]}</h3><div class="c">${p.certs.join('<br>')}</div></div>` : ''}
   <div class="bx"><h3>${T[6]}</h3><div class="c">${z ? '手机' : 'Mobile'}: ${esc(p.phoneLocal)}<br>${esc(p.other[0].label)}: ${esc(p.other[0].number)}<br>${esc(p.email)}</div></div></div>
  <div><div class="bx"><h3>${T[1]}</h3><div class="c">${jobs}</div></div>
   <div class="fig">${z ? '图1　工作年限分布（2012–2026）' : 'Fig. 1 Career timeline 2011–2026'}: ${p.work.map((j) => `${yr(j.start)}–${j.end ? yr(j.end) : (z ? '今' : 'now')}`).join(' · ')}</div></div></div>`);
}
