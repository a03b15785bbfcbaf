/** heldout-62: the templates Chromium prints (HTML/CSS). Each returns one HTML page for one person. */
import type { Job, Person } from './people.ts';
import { EN_MON, EN_MONTH, endDay, esc, fwDigits, groups, lastDay, m, months, mm, newestFirst, p2, startDay, y } from './fmt.ts';

// Chromium writes Noto CJK (CFF) glyphs with a ToUnicode map that prefers the Kangxi-radical code points for shared
// glyphs (月 → ⽉, 立 → ⽴, 麦 → ⻨), so the Chinese text layer would be wrong; WenQuanYi Zen Hei maps cleanly.
const CJK = "'WenQuanYi Zen Hei'";
const SANS = `'Liberation Sans', 'DejaVu Sans', ${CJK}, sans-serif`;
const SERIF = `'Liberation Serif', 'DejaVu Serif', ${CJK}, serif`;
const SC = `${CJK}, sans-serif`;
const TC = `${CJK}, sans-serif`;
const SERIF_SC = `${CJK}, serif`;
const SERIF_TC = `${CJK}, serif`;

const page = (css: string, body: string, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>*{box-sizing:border-box}html,body{margin:0;padding:0}${css}</style></head><body>${body}</body></html>`;

const silhouette = (w: number, h: number, fill = '#b9c2cc', bg = '#eef1f4') =>
  `<svg width="${w}mm" height="${h}mm" viewBox="0 0 60 80"><rect width="60" height="80" fill="${bg}"/><circle cx="30" cy="30" r="14" fill="${fill}"/><path d="M6 80 C8 56 20 50 30 50 C40 50 52 56 54 80 Z" fill="${fill}"/></svg>`;

// ───────────────────────────── 1. pleading-exhibit ─────────────────────────────
/** US expert witness CV as Exhibit A on California pleading paper: line numbers 1–28, double left rule, caption footer. */
export function pleadingExhibit(p: Person): string {
  const x = p.extra;
  const ln = Array.from({ length: 28 }, (_, i) => `<div>${i + 1}</div>`).join('');
  const full = (ym: string) => `${EN_MONTH[m(ym) - 1]} ${y(ym)}`;
  const g = [
    { co: 'Calder Forensic Group, Inc.', town: 'Sacramento, California', jobs: p.jobs.filter((j) => j.company === 'Calder Forensic Group, Inc.').reverse() },
    { co: 'Capitol Valley University', town: 'Sacramento, California', jobs: p.jobs.filter((j) => j.company === 'Capitol Valley University') },
    { co: 'Hollister Degnan Structural Engineers', town: 'San Francisco, California', jobs: p.jobs.filter((j) => j.company === 'Hollister Degnan Structural Engineers').reverse() },
  ];
  const exp = g.map((e) => `<p class="co"><b>${esc(e.co)}</b>, ${e.town}</p>` + e.jobs.map((j) =>
    `<p class="role"><i>${esc(j.title)}</i> — ${full(j.start)} to ${j.end ? full(j.end) : 'present'}</p><ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul>`).join('')).join('');
  const css = `
  body{font-family:${SERIF};font-size:11pt;line-height:1.42;color:#000}
  .ln{position:fixed;left:0;top:0;width:9mm;height:244mm;display:flex;flex-direction:column;justify-content:space-between;text-align:right;font-size:10pt;padding-top:2mm}
  .rl{position:fixed;left:11mm;top:0;bottom:0;width:1.2mm;border-left:0.4mm solid #000;border-right:0.4mm solid #000}
  .rr{position:fixed;right:0;top:0;bottom:0;border-left:0.3mm solid #000}
  .ft{position:fixed;left:13mm;right:1mm;bottom:0;border-top:0.3mm solid #000;font-size:8pt;text-align:center;padding-top:1mm;line-height:1.3}
  table.lay{width:100%;border-collapse:collapse}table.lay td{padding:0 4mm 0 17mm;vertical-align:top}
  h1{font-size:13pt;text-align:center;margin:0 0 1mm;letter-spacing:.5px}
  .ex{text-align:center;font-weight:bold;font-size:12pt;margin:0 0 3mm;text-decoration:underline}
  .ctr{text-align:center;margin:0}
  h2{font-size:11pt;margin:4mm 0 1mm;text-transform:uppercase;text-decoration:underline}
  p{margin:0} .co{margin-top:1.5mm} .role{margin-left:6mm} ul{margin:0 0 0 12mm;padding:0} li{margin:0}
  ol{margin:0 0 0 8mm;padding:0} ol li{margin-bottom:1mm}
  .cols{columns:2;column-gap:8mm}`;
  const body = `
  <div class="ln">${ln}</div><div class="rl"></div><div class="rr"></div>
  <div class="ft">EXHIBIT A TO DECLARATION OF ${p.name.toUpperCase()}, ${x.postnominals}, IN SUPPORT OF PLAINTIFF’S OPPOSITION TO MOTION FOR SUMMARY JUDGMENT<br>Harlan Ridge Owners Association v. Bellweather Construction, Inc. — Case No. 34-2026-00402915</div>
  <table class="lay"><thead><tr><td style="height:3mm"></td></tr></thead><tfoot><tr><td style="height:13mm"></td></tr></tfoot><tbody><tr><td>
  <p class="ex">EXHIBIT A</p>
  <h1>${p.name.toUpperCase()}, ${x.postnominals}</h1>
  <p class="ctr">Principal, Calder Forensic Group, Inc.</p>
  <p class="ctr">${esc(p.address.replace('CA', 'California'))}</p>
  <p class="ctr">Office ${p.others[0].number} · Cell ${p.phoneLocal} · Fax ${p.others[1].number} · ${p.email}</p>
  <h2>Education</h2>
  ${[...p.education].reverse().map((e) => `<p>${esc(e.degree)}, ${esc(e.school)}, ${esc(e.town!)}, ${e.end.slice(0, 4)}</p>`).join('')}
  <h2>Professional Registrations</h2>
  ${p.certs.map((c) => `<p>${esc(c)}</p>`).join('')}
  <h2>Professional Experience</h2>${exp}
  <h2>Areas of Expertise</h2><ul class="cols">${p.skills.map((s) => `<li>${esc(s.text)}</li>`).join('')}</ul>
  <h2>Professional Affiliations</h2>
  <p>Structural Engineers Association of Central California (member since 2009; Board of Directors 2019–2021)</p>
  <p>American Society of Civil Engineers, Forensic Engineering Division (member since 2016)</p>
  <h2>Languages</h2><p>${p.languages.join('; ')}</p>
  <h2>Publications (last ten years)</h2><ol>${x.publications.map((t: string) => `<li>${esc(t)}</li>`).join('')}</ol>
  <h2>Testimony (last four years)</h2><ol>${x.testimony.map((t: string[]) => `<li><i>${esc(t[0])}</i>; ${esc(t[1])}; ${t[2]}; ${t[3]}.</li>`).join('')}</ol>
  <h2>Compensation</h2>
  <p>$450 per hour for investigation, analysis and report preparation; $550 per hour for deposition and trial testimony (four-hour minimum); travel portal to portal at $225 per hour.</p>
  </td></tr></tbody></table>`;
  return page(css, body);
}

// ───────────────────────────── 2. zhengming-seal ─────────────────────────────
function seal(company: string, sub = '人力资源部'): string {
  const n = company.length;
  const size = Math.max(11, Math.min(16, 175 / n));
  return `<svg class="seal" width="42mm" height="42mm" viewBox="0 0 120 120">
  <defs><path id="arc-${n}-${company.charCodeAt(2)}" d="M 23.96 85.24 A 44 44 0 1 1 96.04 85.24"/></defs>
  <circle cx="60" cy="60" r="56" fill="none" stroke="#d0141a" stroke-width="3.6"/>
  <text font-family="${SC.replace(/'/g, '')}" font-size="${size}" fill="#d0141a" font-weight="bold"><textPath href="#arc-${n}-${company.charCodeAt(2)}" startOffset="50%" text-anchor="middle" textLength="184" lengthAdjust="spacing">${esc(company)}</textPath></text>
  <polygon points="60,44 64.7,55.3 77,55.6 67.3,63.1 70.9,75 60,68 49.1,75 52.7,63.1 43,55.6 55.3,55.3" fill="#d0141a"/>
  <text x="60" y="88" font-family="${SC.replace(/'/g, '')}" font-size="10" fill="#d0141a" text-anchor="middle">${esc(sub)}</text></svg>`;
}

/** 简历 + 工作证明 / 离职证明 attachments with round red company seals (company name on an arc). */
export function zhengmingSeal(p: Person): string {
  const x = p.extra;
  const cn = (ym: string) => `${y(ym)}年${m(ym)}月`;
  const byCo = groups(p).reverse();
  const prev = byCo.slice(0, -1).slice(-2);
  const certs = prev.map((g, i) => {
    const first = g.jobs[g.jobs.length - 1], last = g.jobs[0];
    const titles = [...g.jobs].reverse().map((j) => j.title);
    const endD = `${y(last.end!)}年${m(last.end!)}月${lastDay(last.end!)}日`;
    const kind = i === 0 ? '离 职 证 明' : '工 作 证 明';
    const text = i === 0
      ? `兹证明${p.name}（身份证号：${x.idMasked}）自${cn(first.start)}至${cn(last.end!)}在我公司工作，${titles.length > 1 ? `先后担任${titles.join('、')}职务` : `担任${titles[0]}职务`}，于${endD}因个人原因离职，双方劳动关系已解除，离职手续已办理完毕。`
      : `兹证明${p.name}同志（身份证号：${x.idMasked}）于${cn(first.start)}至${cn(last.end!)}在我公司${titles.length > 1 ? `工作，先后任${titles.join('、')}` : `任${titles[0]}`}。该同志工作期间遵守公司各项规章制度，工作认真负责。`;
    return `<div class="cert"><h3>${kind}</h3><p class="body">${text}</p><p class="body">特此证明。</p>
      <div class="sign"><p>单位名称（盖章）：${g.company}</p><p>人力资源部联系电话：${x.hr[g.company]}</p><p>${endD}</p>${seal(g.company)}</div></div>`;
  }).join('');
  const jobs = newestFirst(p).map((j) => `<div class="job"><p class="jl"><span>${cn(j.start)}—${j.end ? cn(j.end) : '至今'}</span><span>${j.company}</span><span>${j.title}</span></p>
    <p class="dl">工作内容：${j.duties.map((d, i) => `${i + 1}. ${d}；`).join('')}</p></div>`).join('');
  const css = `
  body{font-family:${SC};font-size:10.5pt;color:#222;line-height:1.6}
  h1{font-family:${SERIF_SC};font-size:22pt;text-align:center;letter-spacing:10px;margin:0 0 2mm}
  .nm{font-size:16pt;font-weight:bold;margin:2mm 0 0}
  .info{display:flex;flex-wrap:wrap;gap:0 7mm;margin:1mm 0 2mm}
  h2{font-size:12pt;border-bottom:1.5px solid #1f4e79;color:#1f4e79;margin:4mm 0 1.5mm;padding-bottom:.5mm}
  p{margin:0} .jl{font-weight:bold;display:flex;gap:6mm;margin-top:1.5mm} .dl{padding-left:4mm;color:#333}
  .pb{page-break-before:always}
  .att{font-size:12pt;font-weight:bold;margin:0 0 4mm}
  .cert{border:1px solid #999;padding:6mm 10mm 4mm;margin-bottom:7mm;position:relative;font-family:${SERIF_SC};font-size:12pt;line-height:2}
  .cert h3{text-align:center;font-size:18pt;margin:0 0 3mm;letter-spacing:4px}
  .cert .body{text-indent:2em}
  .sign{margin-top:6mm;text-align:right;position:relative}
  .seal{position:absolute;right:18mm;top:-8mm;opacity:.82;transform:rotate(-8deg)}
  .note{font-size:9pt;color:#777;text-align:center}`;
  const body = `<h1>个人简历</h1>
  <p class="nm">${p.name}</p><p>求职意向：${p.headline}　｜　期望地点：${p.town}</p>
  <div class="info"><span>手机：${p.phoneLocal}</span><span>邮箱：${p.email}</span><span>现居：${p.address}</span></div>
  <h2>工作经历</h2>${jobs}
  <h2>专业技能</h2><p>${p.skills.map((s) => s.text).join('；')}</p>
  <h2>证书</h2><p>${p.certs.join('；')}</p>
  <h2>教育背景</h2>${p.education.map((e) => `<p>${e.start.replace('-', '.')}—${e.end.replace('-', '.')}　${e.school}　${e.degree}</p>`).join('')}
  <h2>语言</h2><p>${p.languages.join('；')}</p>
  <div class="pb"></div>
  <p class="att">附件：原单位证明（复印件，仅供应聘使用）</p>${certs}
  <p class="note">— 以上复印件与原件一致 ${p.name} —</p>`;
  return page(css, body, 'zh-CN');
}

// ───────────────────────────── 3. gaozhi ─────────────────────────────
/** 個人簡歷及自傳 typed on 20×20 稿紙 (manuscript squares): one character per square, ASCII two to a square, full-width digits. */
export function gaozhi(p: Person): string {
  const COLS = 20, ROWS = 20;
  const jobsTxt = newestFirst(p).map((j, i) => `（${'一二三四五'[i]}）${fwDigits(`${y(j.start)}年${m(j.start)}月`)}${j.end ? '至' + fwDigits(`${y(j.end)}年${m(j.end)}月`) : '迄今'}，任職於${j.company}，擔任${j.title}。${j.duties.join('；')}。`);
  const paras: string[] = [
    '一、基本資料',
    `　　姓名${p.name}，${p.extra.birthRoc.replace(/ /g, '')}生，現居${p.town}市西屯區，應徵貴公司財務主管一職。`,
    '二、工作經歷',
    ...jobsTxt,
    '三、專長',
    `　　${p.skills.map((s) => s.text).join('、')}。`,
    '四、證照及語文',
    `　　${p.certs.join('、')}；${p.languages.join('、')}。`,
    '五、學歷',
    `　　${fwDigits(p.education[0].start.slice(0, 4))}年至${fwDigits(p.education[0].end.slice(0, 4))}年就讀${p.education[0].school}${p.education[0].degree.replace(' ', '')}。`,
    '六、自傳',
    '　　我在台中出生長大，大學主修會計。畢業後進入會計師事務所，從查帳工作學到嚴謹的態度；之後轉到製造業，負責成本與月結，並帶領會計課導入ERP。目前擔任物流公司財會經理，希望把導入系統與建立管理報表的經驗，帶到更大的團隊。',
  ];
  const isAscii = (c: string) => c.charCodeAt(0) < 0x2e80 && c !== '　';
  const punct = '、，。；：）」』？！';
  const rows: string[][] = [];
  for (const para of paras) {
    let row: string[] = [];
    const chars = [...para];
    for (let i = 0; i < chars.length;) {
      let cell: string;
      if (isAscii(chars[i])) {
        // keep a Latin word on one row, two letters to a square, as a typist on 稿紙 would
        if (chars[i] !== ' ' && (i === 0 || !isAscii(chars[i - 1]) || chars[i - 1] === ' ')) {
          let k = i;
          while (k < chars.length && isAscii(chars[k]) && chars[k] !== ' ') k++;
          const need = Math.ceil((k - i) / 2);
          if (need <= COLS && row.length + need > COLS) { rows.push(row); row = []; }
        }
        cell = chars[i];
        if (i + 1 < chars.length && isAscii(chars[i + 1])) { cell += chars[i + 1]; i += 2; } else i += 1;
      } else { cell = chars[i]; i += 1; }
      if (row.length === 0 && punct.includes(cell) && rows.length) {
        const prev = rows[rows.length - 1];
        prev[prev.length - 1] += cell;
        continue;
      }
      row.push(cell);
      if (row.length === COLS) { rows.push(row); row = []; }
    }
    if (row.length) rows.push(row);
  }
  const pages: string[][][] = [];
  for (let i = 0; i < rows.length; i += ROWS) pages.push(rows.slice(i, i + ROWS));
  const grid = (pr: string[][], n: number) => {
    const full = [...pr, ...Array.from({ length: ROWS - pr.length }, () => [] as string[])];
    return `<div class="sheet${n > 0 ? ' pb' : ''}">${n === 0 ? `<div class="hd"><div class="t">個人簡歷及自傳</div><div class="f"><span>姓名：${p.name}</span><span>聯絡電話：${p.phoneLocal}</span><span>E-mail：${p.email}</span></div></div>` : '<div class="hd2"></div>'}
    <div class="grid">${full.map((r) => `<div class="row">${Array.from({ length: COLS }, (_, i) => `<div class="c">${r[i] ? esc(r[i]) : ''}</div>`).join('')}</div>`).join('')}</div>
    <div class="pf"><span>20×20＝400</span><span>第 ${n + 1} 頁</span></div></div>`;
  };
  const css = `
  body{font-family:${SERIF_TC};color:#111}
  .sheet{height:262mm;position:relative}
  .pb{page-break-before:always}
  .hd{height:24mm;border-bottom:0.5mm solid #3a7d44;margin-bottom:3mm}.hd2{height:4mm}
  .t{font-size:18pt;text-align:center;letter-spacing:6px;font-weight:bold}
  .f{display:flex;justify-content:space-between;font-family:${TC};font-size:9.5pt;margin-top:3mm;color:#222}
  .grid{border:0.5mm solid #3a7d44;padding:0 1.5mm;width:180mm}
  .row{display:flex;height:8.6mm;margin:2.2mm 0;border-top:0.25mm solid #3a7d44;border-bottom:0.25mm solid #3a7d44}
  .c{width:8.75mm;flex:none;height:100%;border-right:0.25mm solid #3a7d44;font-size:13pt;line-height:8.6mm;text-align:center;white-space:nowrap;overflow:visible;letter-spacing:-0.5px}
  .c:first-child{border-left:0.25mm solid #3a7d44}
  .pf{display:flex;justify-content:space-between;font-family:${TC};font-size:8pt;color:#3a7d44;margin-top:1mm}`;
  return page(css, pages.map((pr, i) => grid(pr, i)).join(''), 'zh-TW');
}

// ───────────────────────────── 7. antispam-site ─────────────────────────────
/** Personal static site's /cv/ page printed: reading-time line, collapsible TOC, e-mail written "name [at] domain [dot] tld", PGP fingerprint. */
export function antispamSite(p: Person): string {
  const isNz = p.id === 'p05';
  const [user, dom] = p.email.split('@');
  const domParts = dom.split('.');
  const ob = isNz ? `${user} [at] ${domParts.join(' [dot] ')}` : `${user.replace('.', ' (dot) ')} (at) ${domParts.join(' (dot) ')}`;
  const title = p.language === 'mixed' ? `${p.latin} <span class="zh">${p.name}</span>` : p.name;
  const d = (ym: string) => `${EN_MON[m(ym) - 1]} ${y(ym)}`;
  const work = groups(p).map((g) => `<h3 id="${g.company.toLowerCase().replace(/[^a-z]+/g, '-')}">${esc(g.company)} <a class="anchor">#</a></h3>` + g.jobs.map((j) =>
    `<p class="meta"><em>${esc(j.title)}</em> · ${esc(j.town)} · <span class="dt">${d(j.start)} – ${j.end ? d(j.end) : 'now'}</span></p><ul>${j.duties.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>`).join('')).join('');
  const css = `
  body{font-family:${SANS};font-size:10.5pt;color:#1f2328;line-height:1.55}
  .nav{display:flex;justify-content:space-between;border-bottom:1px solid #ddd;padding-bottom:2mm;font-size:10pt}
  .nav b{font-size:12pt}.nav span a{margin-left:5mm;color:#555;text-decoration:none}
  .zh{font-family:${SC};font-weight:normal;font-size:.8em;color:#555}
  h1{font-size:24pt;margin:6mm 0 1mm}
  .post-meta{color:#777;font-size:9pt;margin-bottom:4mm}
  details{background:#f3f4f6;border-radius:2mm;padding:2mm 4mm;margin-bottom:4mm;font-size:9.5pt}
  summary{font-weight:bold}
  h2{font-size:15pt;margin:5mm 0 1mm;border-bottom:1px solid #eee}
  h3{font-size:11.5pt;margin:3mm 0 0}.anchor{color:#bbb;font-weight:normal;font-size:.9em}
  .meta{margin:0;color:#444}.dt{font-family:'Liberation Mono',monospace;font-size:9pt;background:#f3f4f6;padding:0 1mm;border-radius:1mm}
  ul{margin:.5mm 0 1mm;padding-left:6mm} p{margin:1mm 0}
  code{font-family:'Liberation Mono',monospace;font-size:9pt;background:#f3f4f6;padding:0 1mm}
  .foot{border-top:1px solid #ddd;margin-top:6mm;padding-top:2mm;color:#888;font-size:8.5pt;display:flex;justify-content:space-between}`;
  const body = `<div class="nav"><b>${esc(p.latin ?? p.name)}</b><span><a>Home</a><a>Projects</a><a>Blog</a><a><u>CV</u></a><a>Now</a></span></div>
  <h1>${title}</h1>
  <div class="post-meta">Curriculum vitae · last updated 14 November 2026 · 3 min read</div>
  <details open><summary>Table of Contents</summary><ol><li>Contact</li><li>Work</li><li>Things I use a lot</li><li>Education & certificates</li><li>Languages</li></ol></details>
  <p>${esc(p.summary)}</p>
  <h2>Contact</h2>
  <p>E-mail: <code>${ob}</code> — please write it out by hand, the bots are winning.</p>
  <p>Phone${isNz ? ' / Signal' : ''}: ${isNz ? p.phoneLocal + ' (text first, I don’t answer unknown numbers)' : p.phoneIntl + ' (Signal or a text first)'}</p>
  ${isNz ? `<p>Signal username: <code>${p.extra.signal}</code></p>` : ''}
  <p>PGP: <code>${isNz ? p.extra.pgp : '7C03 E51A 44B9 2F60 D1A8  30BE 9F27 C4D6 1E85 0A73'}</code></p>
  <p>Based in ${esc(p.address.split(',').slice(-1)[0].trim())}${isNz ? ', Aotearoa New Zealand' : ', Germany'}.</p>
  <h2>Work</h2>${work}
  <h2>Things I use a lot</h2><ul>${p.skills.map((s) => `<li>${esc(s.text)}</li>`).join('')}</ul>
  <h2>Education & certificates</h2><ul>${p.education.map((e) => `<li>${esc(e.degree)}, ${esc(e.school)} (${y(e.start)}–${y(e.end)})</li>`).join('')}${p.certs.map((c) => `<li>${esc(c)}</li>`).join('')}</ul>
  <h2>Languages</h2><p>${p.languages.join(' · ')}</p>
  <div class="foot"><span>© 2026 ${esc(p.latin ?? p.name)} · content CC BY-SA</span><span>Built with a static site generator · RSS</span></div>`;
  return page(css, body);
}

// ───────────────────────────── 11. ld-ies ─────────────────────────────
/** HK public employment-service job-seeker profile print: bilingual label–value lines (no tables), "由 … 至 現時". */
export function ldIes(p: Person): string {
  const x = p.extra;
  const d = (ym: string) => `${y(ym)}年${m(ym)}月`;
  const jobs = newestFirst(p).map((j, i) => `<div class="blk"><div class="n">(${i + 1})</div><div>
    <p><span class="l">僱主名稱 Employer：</span>${j.company}</p>
    <p><span class="l">職位 Post：</span>${j.title}</p>
    <p><span class="l">受僱期間 Period：</span>由 ${d(j.start)} 至 ${j.end ? d(j.end) : '現時'}</p>
    <p><span class="l">主要職責 Duties：</span>${j.duties.join('；')}</p></div></div>`).join('');
  const css = `
  body{font-family:${TC};font-size:10pt;color:#222;line-height:1.55}
  .bar{background:#0b4f6c;color:#fff;padding:3mm 4mm;display:flex;justify-content:space-between;align-items:center}
  .bar b{font-size:13pt}.bar span{font-size:9pt}
  .sub{font-size:9pt;color:#555;margin:1.5mm 0 3mm;display:flex;justify-content:space-between}
  h2{font-size:11pt;color:#0b4f6c;border-bottom:1px solid #0b4f6c;margin:4mm 0 1.5mm}
  p{margin:0 0 .4mm;display:flex}.l{flex:0 0 44mm;color:#555}
  .blk{display:flex;gap:2mm;margin-bottom:2mm}.n{width:6mm;color:#0b4f6c;font-weight:bold}
  .foot{margin-top:5mm;border-top:1px solid #ccc;font-size:8.5pt;color:#777;display:flex;justify-content:space-between;padding-top:1mm}`;
  const body = `<div class="bar"><b>互動就業服務　求職者履歷 Job Seeker Profile</b><span>列印本 Printed copy</span></div>
  <div class="sub"><span>求職者編號 Job seeker no.：${x.seeker}</span><span>最後更新 Last updated：2026年11月12日</span></div>
  <h2>個人資料 Personal Particulars</h2>
  <p><span class="l">姓名 Name：</span>${p.name}（${p.latin}）</p>
  <p><span class="l">流動電話 Mobile：</span>${p.phoneLocal}</p>
  <p><span class="l">住宅電話 Home：</span>${p.others[0].number}</p>
  <p><span class="l">電郵 Email：</span>${p.email}</p>
  <p><span class="l">居住地區 District：</span>九龍 觀塘區</p>
  <h2>求職意向 Job Preference</h2>
  <p><span class="l">期望職位 Post：</span>${p.headline}／物流經理</p>
  <p><span class="l">期望月薪 Salary：</span>HK$38,000 – 42,000</p>
  <p><span class="l">可上班日期 Availability：</span>一個月通知</p>
  <h2>工作經驗 Work Experience（由最近的開始填寫）</h2>${jobs}
  <h2>技能 Skills</h2><p>${p.skills.map((s) => s.text).join('；')}</p>
  <h2>學歷 Education</h2>${[...p.education].reverse().map((e) => `<p>${e.school}　${e.degree}（${y(e.start)}年${m(e.start)}月 至 ${y(e.end)}年${m(e.end)}月）</p>`).join('')}
  <h2>專業資格 Qualifications</h2><p>${p.certs.join('；')}</p>
  <h2>語言能力 Languages</h2><p>${p.languages.join('　')}</p>
  <div class="foot"><span>本履歷由求職者自行填寫 Information provided by the job seeker</span><span>列印日期 2026-11-20　頁 1/1</span></div>`;
  return page(css, body, 'zh-HK');
}

// ───────────────────────────── 12. nianbiao ─────────────────────────────
/** 个人年表: career as a chronicle table (年份 merged over its events, 月份, 事项) mixing jobs, study and certificates. */
export function nianbiao(p: Person): string {
  const ev: [number, string, string][] = [];
  const e0 = p.education[0];
  ev.push([y(e0.start), `${m(e0.start)}月`, `考入${e0.school}${e0.degree.replace(' 本科', '专业（本科）')}`]);
  ev.push([y(e0.end), `${m(e0.end)}月`, `本科毕业，获经济学学士学位`]);
  const jobs = p.jobs;
  for (let i = 0; i < jobs.length; i++) {
    const j = jobs[i];
    const prev = jobs[i - 1];
    if (prev && prev.company === j.company) ev.push([y(j.start), `${m(j.start)}月`, prev.kind === '实习' ? `实习结束，正式入职${j.company}，任${j.title}` : `晋升为${j.company}${j.title}`]);
    else ev.push([y(j.start), `${m(j.start)}月`, `${j.kind === '实习' ? '进入' : '加入'}${j.company}，任${j.title}`]);
    const next = jobs[i + 1];
    if (j.end && !(next && next.company === j.company)) ev.push([y(j.end), `${m(j.end)}月`, `从${j.company}离职`]);
  }
  ev.push([2019, '11月', '取得 CDA 数据分析师二级证书']);
  ev.push([2026, '—', '在上海麦穗网络科技有限公司任职至今']);
  const order = (a: [number, string, string]) => a[0] * 100 + (parseInt(a[1]) || 99);
  ev.sort((a, b) => order(a) - order(b) || 0);
  const byYear = new Map<number, [string, string][]>();
  for (const [yy, mo, t] of ev) { if (!byYear.has(yy)) byYear.set(yy, []); byYear.get(yy)!.push([mo, t]); }
  const rows = [...byYear].map(([yy, list]) => list.map(([mo, t], i) => `<tr>${i === 0 ? `<td class="yr" rowspan="${list.length}">${yy}</td>` : ''}<td class="mo">${mo}</td><td>${t}</td></tr>`).join('')).join('');
  const duties = groups(p).map((g) => `<tr><td class="co" rowspan="${g.jobs.length}">${g.company}</td>${g.jobs.map((j, i) => `${i ? '<tr>' : ''}<td class="ti">${j.title}</td><td>${j.duties.join('；')}</td></tr>`).join('')}`).join('');
  const css = `
  body{font-family:${SC};font-size:10pt;color:#222;line-height:1.5}
  .hd{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:3px solid #8a1c1c;padding-bottom:2mm}
  .hd h1{margin:0;font-size:22pt;font-family:${SERIF_SC}}.hd .r{text-align:right;font-size:9.5pt}
  h2{font-size:12pt;color:#8a1c1c;margin:5mm 0 2mm}
  table{width:100%;border-collapse:collapse}td,th{border:1px solid #999;padding:1.2mm 2mm;vertical-align:top}
  th{background:#f4e9e1;font-weight:bold}
  .yr{font-weight:bold;text-align:center;width:16mm;vertical-align:middle;font-size:11pt}.mo{width:14mm;text-align:center}
  .co{width:48mm;font-weight:bold}.ti{width:28mm}
  ul{margin:0;padding-left:5mm}`;
  const body = `<div class="hd"><div><h1>${p.name}</h1><div>${p.headline}</div></div><div class="r">手机 ${p.phoneLocal}<br>邮箱 ${p.email}<br>现居 上海</div></div>
  <p>${p.summary}</p>
  <h2>个人年表</h2><table><tr><th>年份</th><th>月份</th><th>事项</th></tr>${rows}</table>
  <h2>各单位工作内容</h2><table><tr><th>单位</th><th>职务</th><th>主要工作</th></tr>${duties}</table>
  <h2>专业技能</h2><ul>${p.skills.map((s) => `<li>${s.text}</li>`).join('')}</ul>
  <h2>证书与语言</h2><p>${p.certs.join('；')}；${p.languages.join('；')}</p>`;
  return page(css, body, 'zh-CN');
}

// ───────────────────────────── 13. numbers-sheet ─────────────────────────────
/** Apple-Numbers-style PDF: free-floating titled tables on a canvas; month entries shown as date cells (1st of the month). */
export function numbersSheet(p: Person): string {
  const us = p.id === 'p04';
  const dc = (ym: string) => (us ? `${EN_MON[m(ym) - 1]} 1, ${y(ym)}` : `1 ${EN_MON[m(ym) - 1]} ${y(ym)}`);
  const rows = newestFirst(p).map((j) => `<tr><td class="d">${dc(j.start)}</td><td class="d">${j.end ? dc(j.end) : ''}</td><td>${esc(j.company)}</td><td>${esc(j.title)}</td><td>${esc(j.town)}</td><td class="n">${(months(j.start, j.end) / 12).toFixed(1)}</td><td class="s">${esc(j.duties[0])}</td></tr>`).join('');
  const title = p.language === 'mixed' ? `${p.name} <span>${p.latin}</span>` : esc(p.name);
  const lvl = [5, 5, 4, 4, 5, 4, 3, 4];
  const css = `
  body{font-family:'Liberation Sans',sans-serif;font-size:8.6pt;color:#1d1d1f}
  .title{font-size:22pt;font-weight:bold;margin:0 0 1mm}.title span{font-weight:normal;color:#666;font-size:16pt}
  .zh{font-family:${SC}}
  .sub{color:#6e6e73;margin-bottom:5mm;font-size:10pt}
  .tn{font-weight:bold;font-size:10pt;margin:0 0 1mm}
  table{border-collapse:collapse}
  th{background:#d9dde3;text-align:left;font-weight:bold;padding:1mm 1.5mm;border:0.2mm solid #b8bcc2}
  td{padding:1mm 1.5mm;border:0.2mm solid #c9ccd1;vertical-align:top}
  tr:nth-child(odd) td{background:#f5f6f8}
  td.h{font-weight:bold;background:#e9ebee!important}
  .d{white-space:nowrap}.n{text-align:right}.s{width:48mm;color:#333}
  table.full{width:100%}.grow{flex:1}.grow table{width:100%}
  .obj{margin-bottom:6mm}
  .row{display:flex;gap:8mm;align-items:flex-start}
  .foot{position:fixed;bottom:0;left:0;right:0;text-align:center;color:#999;font-size:7.5pt}`;
  const body = `<div class="obj"><div class="title ${p.language === 'mixed' ? 'zh' : ''}">${title}</div><div class="sub">${esc(p.headline)} — CV (kept in Numbers, exported ${us ? 'Nov 18, 2026' : '18 Nov 2026'})</div></div>
  <div class="row obj">
    <div><div class="tn">Contact</div><table><tr><td class="h">Mobile</td><td>${p.phoneLocal}</td></tr>${p.others.map((o) => `<tr><td class="h">${o.label}</td><td>${o.number}</td></tr>`).join('')}<tr><td class="h">Email</td><td>${p.email}</td></tr><tr><td class="h">Address</td><td>${esc(p.address)}</td></tr></table></div>
    <div><div class="tn">Languages</div><table><tr><th>Language</th></tr>${p.languages.map((l) => `<tr><td>${esc(l)}</td></tr>`).join('')}</table></div>
  </div>
  <div class="obj"><div class="tn">Experience</div><table class="full"><tr><th>Start</th><th>End</th><th>Employer</th><th>Role</th><th>Location</th><th>Yrs</th><th>Highlights</th></tr>${rows}</table></div>
  <div class="row obj">
    <div><div class="tn">Skills</div><table><tr><th>Skill</th><th>Level (1–5)</th></tr>${p.skills.map((s, i) => `<tr><td>${esc(s.text)}</td><td class="n">${lvl[i]}</td></tr>`).join('')}</table></div>
    <div class="grow"><div class="tn">Education</div><table><tr><th>From</th><th>To</th><th>Institution</th><th>Qualification</th></tr>${p.education.map((e) => `<tr><td class="d">${dc(e.start)}</td><td class="d">${dc(e.end)}</td><td>${esc(e.school)}</td><td>${esc(e.degree)}</td></tr>`).join('')}</table>
    <div class="tn" style="margin-top:5mm">Certifications</div><table><tr><th>Certification</th></tr>${p.certs.map((c) => `<tr><td>${esc(c)}</td></tr>`).join('')}</table></div>
  </div>
  <div class="foot">CV.numbers — Sheet 1</div>`;
  return page(css, body);
}

// ───────────────────────────── 16. tw-laobao ─────────────────────────────
/** 履歷表 grid on page 1, then an extract of the 勞保 insured-record print (ROC day dates, 加保 / 調薪 / 退保 rows). */
export function twLaobao(p: Person): string {
  const x = p.extra;
  const roc = (ym: string, day: number) => `${y(ym) - 1911}/${mm(ym)}/${p2(day)}`;
  const d = (ym: string) => `${y(ym)}/${mm(ym)}`;
  const jobs = newestFirst(p).map((j) => `<tr><td>${j.company}</td><td>${j.title}</td><td class="c">${d(j.start)}～${j.end ? d(j.end) : '迄今'}</td><td>${j.duties.join('；')}</td></tr>`).join('');
  const lb: string[] = [];
  for (const u of x.laobao) {
    const js = p.jobs.filter((j) => j.company === u.unit);
    const first = js[0], last = js[js.length - 1];
    lb.push(`<tr><td>${u.unit}</td><td class="c">${u.code}</td><td class="c">加保</td><td class="c">${roc(first.start, startDay(first))}</td><td class="r">${u.wage[0]}</td></tr>`);
    if (u.wage.length > 1) lb.push(`<tr><td>${u.unit}</td><td class="c">${u.code}</td><td class="c">調薪</td><td class="c">${roc(js[1].start, 1)}</td><td class="r">${u.wage[1]}</td></tr>`);
    if (last.end) lb.push(`<tr><td>${u.unit}</td><td class="c">${u.code}</td><td class="c">退保</td><td class="c">${roc(last.end, endDay(last))}</td><td class="r">${u.wage[u.wage.length - 1]}</td></tr>`);
  }
  const css = `
  body{font-family:${TC};font-size:9.8pt;color:#111;line-height:1.45}
  h1{text-align:center;font-family:${SERIF_TC};font-size:20pt;letter-spacing:12px;margin:0 0 3mm}
  table{width:100%;border-collapse:collapse;table-layout:fixed}
  td,th{border:1px solid #333;padding:1.3mm 1.8mm;vertical-align:middle}
  th,.lb{background:#e8eef4;font-weight:bold;text-align:center}
  .c{text-align:center}.r{text-align:right}
  .photo{text-align:center;vertical-align:middle;padding:1mm}
  .sec{background:#c9d7e6;font-weight:bold;text-align:center;letter-spacing:4px}
  .pb{page-break-before:always}
  h2{font-size:12.5pt;text-align:center;margin:0 0 1mm}
  .meta{display:flex;justify-content:space-between;font-size:9pt;margin:2mm 0}
  .note{font-size:8.5pt;color:#444;margin-top:2mm;line-height:1.5}`;
  const body = `<h1>履歷表</h1>
  <table>
   <colgroup><col style="width:17%"><col style="width:28%"><col style="width:17%"><col style="width:20%"><col style="width:18%"></colgroup>
   <tr><td class="lb">姓　　名</td><td>${p.name}</td><td class="lb">英文姓名</td><td>${p.latin}</td><td class="photo" rowspan="4">${silhouette(26, 34)}</td></tr>
   <tr><td class="lb">出生日期</td><td>${x.birthRoc}</td><td class="lb">性　　別</td><td>女</td></tr>
   <tr><td class="lb">行動電話</td><td>${p.phoneLocal}</td><td class="lb">市　　話</td><td>${p.others[0].number}</td></tr>
   <tr><td class="lb">E-mail</td><td colspan="3">${p.email}</td></tr>
   <tr><td class="lb">通訊地址</td><td colspan="4">${p.address}</td></tr>
   <tr><td class="lb">應徵職務</td><td>財務主管</td><td class="lb">希望待遇</td><td colspan="2">依公司規定</td></tr>
   <tr><td class="lb">最高學歷</td><td colspan="4">${p.education[0].school}　${p.education[0].degree}（${d(p.education[0].start)}～${d(p.education[0].end)}）</td></tr>
  </table>
  <table style="margin-top:-1px"><colgroup><col style="width:27%"><col style="width:13%"><col style="width:20%"><col></colgroup>
   <tr><td class="sec" colspan="4">工　作　經　歷</td></tr>
   <tr><th>服務機構</th><th>職稱</th><th>任職期間</th><th>工作內容</th></tr>${jobs}</table>
  <table style="margin-top:-1px"><colgroup><col style="width:17%"><col></colgroup>
   <tr><td class="lb">專　　長</td><td>${p.skills.map((s) => s.text).join('、')}</td></tr>
   <tr><td class="lb">證　　照</td><td>${p.certs.join('、')}</td></tr>
   <tr><td class="lb">語　　文</td><td>${p.languages.join('、')}</td></tr>
  </table>
  <p class="note">※ 附件：勞工保險投保資料明細（節錄），供貴公司查核工作經歷。</p>
  <div class="pb"></div>
  <h2>勞工保險被保險人投保資料明細（節錄）</h2>
  <div class="meta"><span>被保險人姓名：${p.name}</span><span>身分證號：B2******58</span><span>列印日期：115/11/19</span></div>
  <table><colgroup><col style="width:36%"><col style="width:14%"><col style="width:12%"><col style="width:18%"><col></colgroup>
  <tr><th>投保單位名稱</th><th>保險證號</th><th>異動別</th><th>生效日期</th><th>月投保薪資</th></tr>${lb.join('')}</table>
  <p class="note">說明：1. 日期為民國年/月/日。2. 目前仍在保中之投保單位無退保日期。3. 本明細由被保險人自行列印，僅供參考。</p>`;
  return page(css, body, 'zh-TW');
}

// ───────────────────────────── 18. enbek-kz ─────────────────────────────
/** Kazakh public job-portal résumé print: Russian UI with English glosses, day-level "по настоящее время", computed total length of service. */
export function enbekKz(p: Person): string {
  const x = p.extra;
  const dd = (ym: string, day: number) => `${p2(day)}.${mm(ym)}.${y(ym)}`;
  const total = p.jobs.reduce((a, j) => a + months(j.start, j.end), 0);
  const rows = newestFirst(p).map((j) => `<tr><td class="d">${dd(j.start, 1)} —<br>${j.end ? dd(j.end, lastDay(j.end)) : 'по настоящее время'}</td><td><b>${esc(j.company)}</b><br><span class="g">${esc(j.town)}</span></td><td>${esc(j.title)}</td><td>${j.duties.map((d) => `• ${esc(d)}`).join('<br>')}</td></tr>`).join('');
  const css = `
  body{font-family:${SANS};font-size:9.3pt;color:#222;line-height:1.45}
  .top{background:#00695c;color:#fff;padding:2.5mm 4mm;display:flex;justify-content:space-between}
  .top b{font-size:12pt}
  .idl{display:flex;justify-content:space-between;color:#555;font-size:8.5pt;margin:1.5mm 0 3mm}
  h1{font-size:18pt;margin:0}.hl{font-size:11pt;color:#00695c;margin-bottom:3mm}
  h2{font-size:10.5pt;background:#e0f2f1;color:#004d40;padding:1mm 2mm;margin:4mm 0 1.5mm}
  table{width:100%;border-collapse:collapse}td,th{border:1px solid #b2dfdb;padding:1.2mm 1.8mm;vertical-align:top;text-align:left}
  th{background:#f1f8f7;font-size:8.6pt}
  .kv td:first-child{width:52mm;color:#555;background:#fafafa}
  .d{white-space:nowrap;width:34mm}.g{color:#777;font-size:8.5pt}
  .chip{display:inline-block;border:1px solid #80cbc4;border-radius:3mm;padding:.3mm 2.5mm;margin:0 1.5mm 1.5mm 0;background:#f1f8f7}
  .foot{margin-top:4mm;color:#888;font-size:8pt;text-align:center}`;
  const body = `<div class="top"><b>Электронная биржа труда · e-Labour Exchange</b><span>Резюме / Resume</span></div>
  <div class="idl"><span>Резюме № 7-4418-2093 · обновлено 12.11.2026</span><span>Статус: активно ищу работу</span></div>
  <h1>${esc(p.name)}</h1><div class="hl">${esc(p.headline)}</div>
  <h2>Личные данные / Personal data</h2>
  <table class="kv">
   <tr><td>ФИО / Full name</td><td>${x.fullName}</td></tr>
   <tr><td>ИИН / IIN</td><td>930314******</td></tr>
   <tr><td>Дата рождения / Date of birth</td><td>${x.dob}</td></tr>
   <tr><td>Мобильный телефон / Mobile</td><td>${p.phoneIntl}</td></tr>
   <tr><td>Электронная почта / E-mail</td><td>${p.email}</td></tr>
   <tr><td>Город / City</td><td>Алматы / ${p.town}</td></tr>
   <tr><td>Желаемая должность / Desired position</td><td>Supply Chain Manager</td></tr>
   <tr><td>Заработная плата / Salary</td><td>${x.salary}</td></tr>
   <tr><td>Тип занятости / Employment type</td><td>Полная занятость / full-time</td></tr>
  </table>
  <h2>Опыт работы / Work experience — общий стаж: ${Math.floor(total / 12)} лет ${total % 12} мес.</h2>
  <table><tr><th>Период / Period</th><th>Организация / Organisation</th><th>Должность / Position</th><th>Обязанности / Duties</th></tr>${rows}</table>
  <h2>Ключевые навыки / Key skills</h2><div>${p.skills.map((s) => `<span class="chip">${esc(s.text)}</span>`).join('')}</div>
  <h2>Образование / Education</h2>
  <table><tr><th>Годы / Years</th><th>Учебное заведение / Institution</th><th>Специальность / Degree</th></tr>${p.education.map((e) => `<tr><td>${y(e.start)}–${y(e.end)}</td><td>${esc(e.school)}</td><td>${esc(e.degree)}</td></tr>`).join('')}</table>
  <h2>Курсы / Courses</h2><p>${p.certs.join('; ')}</p>
  <h2>Знание языков / Languages</h2>
  <table><tr><th>Язык / Language</th><th>Уровень / Level</th></tr>${p.languages.map((l) => `<tr><td>${l.split(' – ')[0]}</td><td>${l.split(' – ')[1]}</td></tr>`).join('')}</table>
  <div class="foot">Распечатано с портала 20.11.2026 · Служба поддержки 1414</div>`;
  return page(css, body);
}

// ───────────────────────────── 22. hk-ttps ─────────────────────────────
/** Immigration consultancy's intake form for an HK talent scheme: bilingual labels, employment table, annual-income table. */
export function hkTtps(p: Person): string {
  const x = p.extra;
  const d = (ym: string) => `${mm(ym)}/${y(ym)}`;
  const rows = newestFirst(p).map((j) => `<tr><td class="c">${d(j.start)} – ${j.end ? d(j.end) : '至今 Present'}</td><td>${esc(j.company)}</td><td>${esc(j.title)}<br><span class="zh">${j.titleZh}</span></td><td class="c">全职 FT</td><td>${j.dutiesZh!.join('；')}</td></tr>`).join('');
  const css = `
  body{font-family:${SC};font-size:9.2pt;color:#222;line-height:1.45}
  .hd{display:flex;justify-content:space-between;border-bottom:2px solid #b8860b;padding-bottom:1.5mm}
  .hd b{font-size:11pt}.hd span{font-size:8.5pt;text-align:right}
  h1{font-size:13.5pt;text-align:center;margin:3mm 0 0}.en{text-align:center;font-family:${SANS};font-size:10pt;margin:0 0 3mm}
  h2{font-size:10pt;background:#f3ead3;padding:.8mm 2mm;margin:3.5mm 0 1mm}
  table{width:100%;border-collapse:collapse}td,th{border:1px solid #999;padding:1mm 1.5mm;vertical-align:top;text-align:left}
  th{background:#faf6ea;font-weight:bold}.l{background:#faf6ea;width:34mm}.c{text-align:center;white-space:nowrap}
  ul{margin:0;padding-left:5mm}
  .foot{margin-top:4mm;font-size:8pt;color:#777;border-top:1px solid #ccc;padding-top:1mm}`;
  const body = `<div class="hd"><b>港深卓越移民咨询（深圳）有限公司</b><span>客服热线 400-826-3179<br>负责顾问：刘婧 138 2651 4096</span></div>
  <h1>香港高端人才通行证计划 · 申请资料收集表</h1><p class="en">Top Talent Scheme — Applicant Information Form (for consultant use)</p>
  <h2>A. 申请人资料 Applicant</h2>
  <table><tr><td class="l">中文姓名 Chinese name</td><td>${p.name}</td><td class="l">英文姓名（护照）Name in passport</td><td>XU, JIAYI</td></tr>
  <tr><td class="l">常用英文名 Alias</td><td>${p.latin}</td><td class="l">出生日期 Date of birth</td><td>1992-05-17</td></tr>
  <tr><td class="l">手机 Mobile</td><td>${p.phoneIntl}</td><td class="l">电邮 E-mail</td><td>${p.email}</td></tr>
  <tr><td class="l">现居地 Residence</td><td>${p.addressZh}</td><td class="l">申请类别 Category</td><td>待顾问评估 To be assessed by consultant</td></tr></table>
  <h2>B. 学历 Education</h2>
  <table><tr><th>起止年月 Period</th><th>院校 Institution</th><th>学位 Degree</th></tr>${p.education.map((e) => `<tr><td class="c">${d(e.start)} – ${d(e.end)}</td><td>${e.school}</td><td>${e.degree}</td></tr>`).join('')}</table>
  <h2>C. 工作经历 Employment history（由近至远 most recent first）</h2>
  <table><tr><th style="width:30mm">起止年月 From – To</th><th style="width:42mm">雇主名称 Employer</th><th style="width:38mm">职位 Position</th><th>全职/兼职</th><th>主要职责 Main duties</th></tr>${rows}</table>
  <h2>D. 近四年年收入 Annual income（税前 before tax）</h2>
  <table><tr><th>年度 Year</th>${Object.keys(x.income).map((k) => `<th>${k}</th>`).join('')}</tr><tr><td>金额 Amount</td>${Object.values(x.income).map((v) => `<td>${v}</td>`).join('')}</tr></table>
  <h2>E. 专业技能 Professional skills</h2><ul>${p.skills.map((s) => `<li>${esc(s.text)}</li>`).join('')}</ul>
  <h2>F. 语言及证书 Languages & certificates</h2><p>${p.languages.join('；')}<br>${p.certs.join('；')}</p>
  <h2>G. 声明 Declaration</h2><p>本人确认以上资料真实、完整。I confirm the above information is true and complete.　　签名 Signature：__________　日期 Date：2026-11-16</p>
  <div class="foot">本表仅用于顾问准备申请文件，资料将按《个人信息保护法》处理。表格编号 TTPS-INT-03 (2025 版)</div>`;
  return page(css, body, 'zh-CN');
}

// ───────────────────────────── 23. ie-prof-body ─────────────────────────────
/** Professional-body chartered-status application, career-history section: From / To / Employer / Position / % environmental / Months. */
export function ieProfBody(p: Person): string {
  const d = (ym: string) => `${mm(ym)}/${y(ym)}`;
  const pct = [80, 90, 70, 85];
  const rows = p.jobs.map((j, i) => `<tr><td class="c">${d(j.start)}</td><td class="c">${j.end ? d(j.end) : 'to date'}</td><td>${esc(j.company)}</td><td>${esc(j.title)}</td><td>${j.duties.map(esc).join('; ')}</td><td class="c">${pct[i]}%</td><td class="c">${months(j.start, j.end)}</td></tr>`).join('');
  const total = p.jobs.reduce((a, j) => a + months(j.start, j.end), 0);
  const css = `
  body{font-family:${SANS};font-size:9pt;color:#222;line-height:1.4}
  .hd{display:flex;justify-content:space-between;align-items:center;border-bottom:3px solid #2e7d32;padding-bottom:2mm}
  .hd b{font-size:12pt;color:#2e7d32}.hd span{font-size:8pt;color:#555;text-align:right}
  h1{font-size:12pt;margin:3mm 0 1mm}
  h2{font-size:10pt;background:#2e7d32;color:#fff;padding:1mm 2mm;margin:4mm 0 1mm}
  table{width:100%;border-collapse:collapse}td,th{border:1px solid #9e9e9e;padding:1.1mm 1.5mm;vertical-align:top;text-align:left}
  th{background:#e8f5e9}.l{background:#f5f5f5;width:46mm}.c{text-align:center;white-space:nowrap}
  .i{font-size:8.3pt;color:#555;font-style:italic;margin:0 0 1mm}
  .foot{margin-top:4mm;font-size:7.5pt;color:#777;display:flex;justify-content:space-between}`;
  const body = `<div class="hd"><b>Institute of Environmental Sciences (Ireland)</b><span>Application for Chartered status<br>Form CS-2 (sections B–E)</span></div>
  <h1>Section B — Applicant details</h1>
  <table><tr><td class="l">Surname</td><td>NÍ BHRIAIN</td><td class="l">Forename(s)</td><td>Siobhán</td></tr>
  <tr><td class="l">Name as it should appear on the certificate</td><td colspan="3">${p.name}</td></tr>
  <tr><td class="l">Membership number</td><td>IES-M-04417</td><td class="l">Current grade</td><td>Full Member (since 2018)</td></tr>
  <tr><td class="l">Mobile</td><td>${p.phoneLocal}</td><td class="l">Work telephone</td><td>${p.others[0].number}</td></tr>
  <tr><td class="l">E-mail</td><td colspan="3">${p.email}</td></tr></table>
  <h2>Section C — Employment record (oldest first)</h2>
  <p class="i">List every post held since your first degree. Count months inclusively; give the share of your time spent on environmental work.</p>
  <table><tr><th>From (mm/yyyy)</th><th>To (mm/yyyy)</th><th>Employer</th><th>Position held</th><th>Main responsibilities</th><th>% env.</th><th>Months</th></tr>${rows}
  <tr><td colspan="6" style="text-align:right"><b>Total months of professional experience</b></td><td class="c"><b>${total}</b></td></tr></table>
  <h2>Section D — Key technical skills</h2><ul>${p.skills.map((s) => `<li>${esc(s.text)}</li>`).join('')}</ul>
  <h2>Section E — Qualifications and CPD</h2>
  <table><tr><th>Year</th><th>Qualification / course</th><th>Provider</th></tr>
  ${p.education.map((e) => `<tr><td class="c">${y(e.end)}</td><td>${esc(e.degree)}</td><td>${esc(e.school)}</td></tr>`).join('')}
  <tr><td class="c">2021</td><td>Marine Mammal Observer course (2 days)</td><td>Atlantic Ecology Training</td></tr>
  <tr><td class="c">2023</td><td>Advanced drone photogrammetry (3 days)</td><td>Aerial Survey Academy</td></tr></table>
  <p style="margin-top:2mm">Languages: ${p.languages.join('; ')}. Certificates: ${p.certs.join('; ')}.</p>
  <h2>Supporters</h2>
  <table><tr><th>Role</th><th>Name</th><th>Telephone</th></tr><tr><td>Proposer</td><td>${p.referees[0].name}</td><td>${p.referees[0].phone}</td></tr><tr><td>Seconder</td><td>${p.referees[1].name}</td><td>${p.referees[1].phone}</td></tr></table>
  <div class="foot"><span>Return to the Registrar with the competence report (Form CS-3).</span><span>CS-2 rev. 2024</span></div>`;
  return page(css, body);
}

// ───────────────────────────── 24. gis-map ─────────────────────────────
const MAPS: Record<string, { path: string; pts: [number, number, string][]; coord: string }> = {
  p01: {
    path: 'M10 20 Q22 8 38 14 T64 10 Q80 20 74 38 Q86 52 72 64 Q60 80 44 72 Q30 86 20 70 Q6 62 14 48 Q2 34 10 20 Z',
    pts: [[52, 46, 'Galway'], [26, 52, 'Carraroe'], [18, 32, 'Clifden'], [40, 36, 'Oughterard'], [62, 66, 'Gort']],
    coord: '53.2707° N, 9.0568° W',
  },
  p07: {
    path: 'M20 6 Q40 2 56 10 Q74 14 76 32 Q84 50 70 62 Q62 80 44 84 Q26 80 22 64 Q8 52 14 36 Q10 18 20 6 Z',
    pts: [[46, 46, 'Quito'], [58, 30, 'Cayambe'], [50, 24, 'Tabacundo'], [30, 72, 'Latacunga'], [14, 60, 'Santo Domingo']],
    coord: '0.1807° S, 78.4678° W',
  },
};
/** Two-column: dark sidebar with an SVG field map of places worked (labels are towns), coordinates, contact, skills; main with arrow dates. */
export function gisMap(p: Person): string {
  const mp = MAPS[p.id];
  const d = (ym: string) => `${EN_MON[m(ym) - 1]} ${y(ym)}`;
  const svg = `<svg width="58mm" height="58mm" viewBox="0 0 90 90"><rect width="90" height="90" fill="#16404d"/>
   <path d="${mp.path}" fill="#2c6e63" stroke="#9fd3c7" stroke-width=".6"/>
   ${[20, 40, 60, 80].map((v) => `<line x1="${v}" y1="0" x2="${v}" y2="90" stroke="#ffffff22" stroke-width=".3"/><line x1="0" y1="${v}" x2="90" y2="${v}" stroke="#ffffff22" stroke-width=".3"/>`).join('')}
   ${mp.pts.map(([cx, cy, t]) => `<circle cx="${cx}" cy="${cy}" r="1.6" fill="#f2c14e"/><text x="${cx + 2.5}" y="${cy + 1.2}" font-size="4.2" fill="#fff" font-family="Liberation Sans">${t}</text>`).join('')}</svg>`;
  const jobs = newestFirst(p).map((j) => `<div class="job"><div class="jt"><b>${esc(j.company)}</b> — ${esc(j.town)}</div><div class="ti">${esc(j.title)} <span class="dt">${d(j.start)} → ${j.end ? d(j.end) : 'present'}</span></div><ul>${j.duties.map((x) => `<li>${esc(x)}</li>`).join('')}</ul></div>`).join('');
  const css = `
  body{font-family:${SANS};font-size:9.4pt;color:#222;line-height:1.45}
  .wrap{display:flex;min-height:262mm}
  .side{width:62mm;background:#16404d;color:#e8f1ef;padding:4mm 2mm 4mm 2mm}
  .side h3{font-size:8.5pt;letter-spacing:1.5px;color:#f2c14e;margin:4mm 0 1mm;text-transform:uppercase}
  .side p{margin:0 0 .8mm}.side ul{margin:0;padding-left:4mm}
  .coord{font-family:'Liberation Mono',monospace;font-size:8pt;color:#9fd3c7}
  .main{flex:1;padding:2mm 0 0 7mm}
  h1{font-size:23pt;margin:0;color:#16404d}.hl{font-size:11pt;color:#2c6e63;margin-bottom:3mm}
  h2{font-size:10.5pt;color:#16404d;border-bottom:1.5px solid #f2c14e;margin:4mm 0 1.5mm;text-transform:uppercase;letter-spacing:1px}
  .job{margin-bottom:2.5mm}.jt{font-size:10pt}.ti{font-style:italic}
  .dt{font-style:normal;font-variant:small-caps;color:#555;margin-left:2mm}
  ul{margin:.5mm 0;padding-left:5mm}`;
  const body = `<div class="wrap"><div class="side">${svg}<p class="coord">Field base: ${mp.coord}</p>
   <h3>Contact</h3><p>Mobile ${p.id === 'p01' ? p.phoneLocal : p.phoneIntl}</p>${p.others.map((o) => `<p>${o.label} ${o.number}</p>`).join('')}<p>${p.email}</p><p>${esc(p.address)}</p>
   <h3>Skills</h3><ul>${p.skills.map((s) => `<li>${esc(s.text)}</li>`).join('')}</ul>
   <h3>Languages</h3>${p.languages.map((l) => `<p>${esc(l)}</p>`).join('')}
   <h3>Certificates</h3>${p.certs.map((c) => `<p>${esc(c)}</p>`).join('')}</div>
  <div class="main"><h1>${esc(p.name)}</h1><div class="hl">${esc(p.headline)}</div><p>${esc(p.summary)}</p>
   <h2>Experience</h2>${jobs}
   <h2>Education</h2>${[...p.education].reverse().map((e) => `<p><b>${esc(e.degree)}</b><br>${esc(e.school)}, ${esc(e.town!)} · ${y(e.start)}–${y(e.end)}</p>`).join('')}
   ${p.referees.length ? `<h2>Referees</h2>${p.referees.map((r) => `<p>${esc(r.name)}, ${esc(r.role)} — ${r.phone}</p>`).join('')}` : ''}</div></div>`;
  return page(css, body);
}

// ───────────────────────────── 25. maobu ─────────────────────────────
/** Chinese online-builder two-column (猫步-type): name band with contact row, left info column with 熟练度 words, right entries led by a date pill. */
export function maobu(p: Person): string {
  const lv = ['精通', '精通', '熟练', '熟练', '精通', '熟练', '熟悉', '熟练'];
  const d = (ym: string) => `${y(ym)}.${mm(ym)}`;
  const yrs = Math.round(p.jobs.reduce((a, j) => a + months(j.start, j.end), 0) / 12);
  const jobs = newestFirst(p).map((j) => `<div class="job"><div class="l1"><span class="pill">${d(j.start)} - ${j.end ? d(j.end) : '至今'}</span><b>${j.company}</b></div><div class="l2">${j.title}　｜　${j.town}</div><ul>${j.duties.map((x) => `<li>${x}</li>`).join('')}</ul></div>`).join('');
  const css = `
  body{font-family:${SC};font-size:9.6pt;color:#333;line-height:1.55}
  .band{background:#3d5a80;color:#fff;padding:5mm 6mm;display:flex;justify-content:space-between;align-items:center}
  .band h1{margin:0;font-size:22pt;letter-spacing:2px}.band .it{font-size:10.5pt;opacity:.9}
  .band .ct{font-size:9pt;text-align:right;line-height:1.7}
  .wrap{display:flex;gap:6mm;margin-top:5mm}
  .left{width:58mm;background:#eef2f7;padding:3mm 4mm;min-height:215mm}
  .left h3{font-size:10.5pt;color:#3d5a80;margin:3mm 0 1.5mm;border-left:3px solid #3d5a80;padding-left:2mm}
  .sk{display:flex;justify-content:space-between;border-bottom:1px dashed #c5cfdb;padding:.6mm 0}
  .sk i{font-style:normal;color:#6b7b8f;font-size:8.5pt}
  .left p{margin:0 0 .8mm}
  .right{flex:1}
  .right h2{font-size:12pt;color:#3d5a80;margin:0 0 2mm;padding-bottom:1mm;border-bottom:1px solid #c5cfdb}
  .job{margin-bottom:3mm}.l1{display:flex;align-items:center;gap:3mm}
  .pill{background:#ee6c4d;color:#fff;border-radius:3mm;padding:.2mm 2.5mm;font-size:8.6pt;white-space:nowrap}
  .l2{color:#666;font-size:9pt;margin:.5mm 0}
  ul{margin:0;padding-left:5mm}`;
  const body = `<div class="band"><div><h1>${p.name}</h1><div class="it">求职意向：${p.headline}</div></div><div class="ct">☏ ${p.phoneLocal}<br>✉ ${p.email}<br>⌂ ${p.town}</div></div>
  <div class="wrap"><div class="left">
   <h3>基本信息</h3><p>工作年限：${yrs} 年</p><p>现居：${p.town}</p><p>学历：本科</p>
   <h3>专业技能</h3>${p.skills.map((s, i) => `<div class="sk"><span>${s.text}</span><i>${lv[i]}</i></div>`).join('')}
   <h3>证书</h3>${p.certs.map((c) => `<p>${c}</p>`).join('')}
   <h3>语言</h3>${p.languages.map((c) => `<p>${c}</p>`).join('')}
  </div><div class="right">
   <h2>工作经历</h2>${jobs}
   <h2>教育背景</h2>${p.education.map((e) => `<div class="job"><div class="l1"><span class="pill">${d(e.start)} - ${d(e.end)}</span><b>${e.school}</b></div><div class="l2">${e.degree}</div></div>`).join('')}
   <h2>自我评价</h2><p>${p.summary}</p>
  </div></div>`;
  return page(css, body, 'zh-CN');
}

// ───────────────────────────── 26. trademe ─────────────────────────────
/** NZ job-board candidate profile print: left profile card (right to work, notice, salary), work-history cards with "(3 yrs 11 mths)". */
export function trademe(p: Person): string {
  const d = (ym: string) => `${EN_MON[m(ym) - 1]} ${y(ym)}`;
  const dur = (j: Job) => { const n = months(j.start, j.end); const a = Math.floor(n / 12), b = n % 12; return `${a ? `${a} yr${a > 1 ? 's' : ''} ` : ''}${b ? `${b} mth${b > 1 ? 's' : ''}` : ''}`.trim(); };
  const cards = newestFirst(p).map((j) => `<div class="card"><div class="t">${esc(j.title)}</div><div class="c">${esc(j.company)} · ${esc(j.town)}</div><div class="dt">${d(j.start)} – ${j.end ? d(j.end) : 'Present'} (${dur(j)})</div><ul>${j.duties.map((x) => `<li>${esc(x)}</li>`).join('')}</ul></div>`).join('');
  const css = `
  body{font-family:${SANS};font-size:9.4pt;color:#2b2b2b;line-height:1.45}
  .site{display:flex;justify-content:space-between;align-items:center;background:#fff;border-bottom:3px solid #ffcc00;padding-bottom:2mm}
  .site b{font-size:14pt;color:#1a1a1a}.site span{font-size:8.5pt;color:#666}
  .wrap{display:flex;gap:6mm;margin-top:5mm}
  .left{width:60mm;border:1px solid #ddd;border-radius:2mm;padding:4mm;align-self:flex-start}
  .av{width:18mm;height:18mm;border-radius:50%;background:#1e6e9e;color:#fff;font-size:16pt;display:flex;align-items:center;justify-content:center;font-weight:bold}
  .left h1{font-size:15pt;margin:2mm 0 0}.left .hl{color:#555;margin-bottom:2mm}
  .kv{margin:1.5mm 0}.kv span{display:block;font-size:8pt;color:#777}
  .chip{display:inline-block;background:#f1f1f1;border-radius:3mm;padding:.4mm 2.5mm;margin:0 1mm 1.5mm 0;font-size:8.6pt}
  .right{flex:1}
  h2{font-size:12pt;margin:0 0 2mm}
  .card{border:1px solid #e2e2e2;border-radius:2mm;padding:2.5mm 3mm;margin-bottom:2.5mm}
  .card .t{font-weight:bold;font-size:10.5pt}.card .c{color:#1e6e9e}.card .dt{color:#777;font-size:8.6pt}
  ul{margin:1mm 0 0;padding-left:5mm}
  .foot{margin-top:3mm;color:#999;font-size:7.5pt;text-align:center}`;
  const body = `<div class="site"><b>KiwiWork · Jobs</b><span>Candidate profile · printed 18/11/2026 · 1 of 1</span></div>
  <div class="wrap"><div class="left"><div class="av">TK</div><h1>${esc(p.name)}</h1><div class="hl">${esc(p.headline)}</div>
   <div class="kv"><span>Location</span>Wellington City, Wellington</div>
   <div class="kv"><span>Right to work</span>NZ citizen</div>
   <div class="kv"><span>Notice period</span>4 weeks</div>
   <div class="kv"><span>Preferred salary</span>$165,000 – $185,000</div>
   <div class="kv"><span>Phone</span>${p.phoneLocal}</div>
   <div class="kv"><span>Email</span>${p.email}</div>
   <h2 style="margin-top:3mm;font-size:10.5pt">Skills</h2>${p.skills.map((s) => `<span class="chip">${esc(s.text)}</span>`).join('')}
  </div><div class="right"><h2>About me</h2><p>${esc(p.summary)}</p>
   <h2>Work history</h2>${cards}
   <h2>Education</h2>${p.education.map((e) => `<div class="card"><div class="t">${esc(e.degree)}</div><div class="c">${esc(e.school)}</div><div class="dt">${d(e.start)} – ${d(e.end)}</div></div>`).join('')}
   <h2>Licences & certifications</h2><ul>${p.certs.map((c) => `<li>${esc(c)}</li>`).join('')}</ul>
   <p>Languages: ${p.languages.join(', ')}</p></div></div>
  <div class="foot">Only employers you apply to can see your phone number and email address.</div>`;
  return page(css, body);
}

// ───────────────────────────── 27. canva-hospo ─────────────────────────────
/** Hospitality one-pager: beige left column with licence badges, availability grid and contact; "Jun – Sep 2025" shared-year ranges. */
export function canvaHospo(p: Person): string {
  const rng = (j: Job) => {
    const a = `${EN_MON[m(j.start) - 1]}`, ay = y(j.start);
    if (!j.end) return `${a} ${ay} – now`;
    return y(j.end) === ay ? `${a} – ${EN_MON[m(j.end) - 1]} ${ay}` : `${a} ${ay} – ${EN_MON[m(j.end) - 1]} ${y(j.end)}`;
  };
  const jobs = newestFirst(p).map((j) => `<div class="job"><div class="jt"><b>${esc(j.title)}</b><span>${rng(j)}</span></div><div class="co">${esc(j.company)} · ${esc(j.town)}</div><ul>${j.duties.map((x) => `<li>${esc(x)}</li>`).join('')}</ul></div>`).join('');
  const days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
  const css = `
  body{font-family:${SANS};font-size:9.3pt;color:#3b3128;line-height:1.45}
  .wrap{display:flex;min-height:262mm}
  .left{width:64mm;background:#f4ece1;padding:5mm 4mm}
  .ph{display:flex;justify-content:center;margin-bottom:3mm}.ph svg{border-radius:50%}
  h3{font-size:9pt;letter-spacing:2px;color:#a0522d;margin:4mm 0 1.5mm}
  .badge{border:1.5px solid #a0522d;border-radius:2mm;padding:1mm 2mm;margin-bottom:1.5mm;font-size:8.6pt;background:#fff}
  .left p{margin:0 0 .8mm}.left ul{margin:0;padding-left:4mm}
  table.av{border-collapse:collapse;width:100%;font-size:8pt}table.av td{border:1px solid #d9c6ad;text-align:center;padding:.6mm 0;background:#fff}
  .main{flex:1;padding:4mm 0 0 7mm}
  h1{font-size:25pt;margin:0;font-family:${SERIF};color:#3b3128}.hl{color:#a0522d;font-size:11pt;margin-bottom:3mm;letter-spacing:1px}
  h2{font-size:10.5pt;letter-spacing:2px;color:#a0522d;border-bottom:1px solid #d9c6ad;margin:4mm 0 1.5mm}
  .job{margin-bottom:2.5mm}.jt{display:flex;justify-content:space-between}.jt span{color:#7a6a58;white-space:nowrap;margin-left:3mm}
  .co{color:#7a6a58;font-style:italic}ul{margin:.5mm 0;padding-left:5mm}`;
  const body = `<div class="wrap"><div class="left"><div class="ph">${silhouette(30, 30, '#cdb89c', '#efe3d3')}</div>
   <h3>CONTACT</h3><p>${p.phoneLocal}</p><p>${p.email}</p><p>${esc(p.address)}</p><p>Own car · available 7 days</p>
   <h3>LICENCES & TICKETS</h3>${p.certs.map((c) => `<div class="badge">${esc(c)}</div>`).join('')}
   <h3>SKILLS</h3><ul>${p.skills.map((s) => `<li>${esc(s.text)}</li>`).join('')}</ul>
   <h3>AVAILABILITY</h3><table class="av"><tr>${days.map((x) => `<td>${x}</td>`).join('')}</tr><tr>${days.map(() => '<td>✓</td>').join('')}</tr></table>
   <h3>VISA</h3><p>${esc(p.extra.visa)}</p>
  </div><div class="main"><h1>${esc(p.name)}</h1><div class="hl">BARTENDER · BARISTA · FARM HAND</div><p>${esc(p.summary)}</p>
   <h2>EXPERIENCE</h2>${jobs}
   <h2>EDUCATION</h2>${p.education.map((e) => `<p><b>${esc(e.degree)}</b> — ${esc(e.school)}, ${esc(e.town!)} (${y(e.start)}–${y(e.end)})</p>`).join('')}
   <h2>REFEREES</h2>${p.referees.map((r) => `<p><b>${esc(r.name)}</b>, ${esc(r.role)} — ${r.phone}</p>`).join('')}
  </div></div>`;
  return page(css, body);
}

// ───────────────────────────── 31. locale-labels ─────────────────────────────
const LABELS: Record<string, Record<string, [string, string]>> = {
  p03: { contact: ['Контакты', 'Contact'], skills: ['Навыки', 'Skills'], lang: ['Языки', 'Languages'], edu: ['Образование', 'Education'], exp: ['Опыт работы', 'Experience'], prof: ['О себе', 'Profile'], cert: ['Курсы', 'Courses'] },
  p11: { contact: ['聯絡資料', 'Contact'], skills: ['技能', 'Skills'], lang: ['語言', 'Languages'], edu: ['學歷', 'Education'], exp: ['工作經驗', 'Experience'], prof: ['個人簡介', 'Profile'], cert: ['證書', 'Certificates'] },
  p13: { contact: ['联系方式', 'Contact'], skills: ['专业技能', 'Skills'], lang: ['语言', 'Languages'], edu: ['教育背景', 'Education'], exp: ['工作经历', 'Experience'], prof: ['个人简介', 'Profile'], cert: ['证书', 'Certifications'] },
  p15: { contact: ['Kontakt', 'Contact'], skills: ['Kenntnisse', 'Skills'], lang: ['Sprachen', 'Languages'], edu: ['Ausbildung', 'Education'], exp: ['Berufserfahrung', 'Experience'], prof: ['Profil', 'Profile'], cert: ['Zertifikate', 'Certificates'] },
  p16: { contact: ['联系方式', 'Contact'], skills: ['专业技能', 'Skills'], lang: ['语言', 'Languages'], edu: ['教育背景', 'Education'], exp: ['工作经历', 'Experience'], prof: ['个人简介', 'Profile'], cert: ['证书', 'Certificates'] },
};
/** Builder two-column whose owner localised the section labels (Cyrillic, 繁體, 简体, German over small English); dark right sidebar; date column inside the main column. */
export function localeLabels(p: Person): string {
  const L = LABELS[p.id];
  const zhContent = p.language === 'zh';
  const dt = (ym: string) => {
    if (p.id === 'p03') return `${mm(ym)}.${y(ym)}`;
    if (p.id === 'p11') return `${y(ym)}年${m(ym)}月`;
    if (p.id === 'p13') return `${EN_MON[m(ym) - 1]} ${y(ym)}`;
    return `${mm(ym)}/${y(ym)}`;
  };
  const now = p.id === 'p03' ? 'now' : p.id === 'p11' ? '現在' : p.id === 'p13' ? 'Present' : 'present';
  const h = (k: string) => `<h2>${L[k][0]}<small>${L[k][1]}</small></h2>`;
  const sh = (k: string) => `<h3>${L[k][0]}<small>${L[k][1]}</small></h3>`;
  const name = p.language === 'mixed' ? `${p.name}<span class="lat">${p.latin}</span>` : p.id === 'p11' ? `${p.name}<span class="lat">${p.latin}</span>` : `${esc(p.name)}<span class="lat">Айгерим Сейтқали</span>`;
  const jobs = newestFirst(p).map((j) => `<div class="job"><div class="dc">${dt(j.start)} –<br>${j.end ? dt(j.end) : now}</div><div><b>${esc(j.title)}</b><div class="co">${esc(j.company)}, ${esc(p.language === 'zh' ? j.town : j.town)}</div><ul>${j.duties.map((x) => `<li>${esc(x)}</li>`).join('')}</ul></div></div>`).join('');
  const font = p.id === 'p11' ? TC : zhContent || p.language === 'mixed' ? SC : SANS;
  const css = `
  body{font-family:'Liberation Sans','DejaVu Sans',${font};font-size:9.3pt;color:#263238;line-height:1.45}
  .wrap{display:flex;min-height:262mm}
  .main{flex:1;padding:2mm 6mm 0 0}
  .side{width:64mm;background:#263238;color:#eceff1;padding:5mm 4mm}
  h1{font-size:22pt;margin:0;font-family:'Liberation Sans','DejaVu Sans',${font}}.lat{display:block;font-size:11pt;color:#607d8b;font-weight:normal;margin-top:1mm}
  .hl{font-size:11pt;color:#00838f;margin:1.5mm 0 3mm}
  h2{font-size:11.5pt;color:#00838f;border-bottom:1.5px solid #00838f;margin:4mm 0 2mm;font-family:'Liberation Sans','DejaVu Sans',${font}}
  h2 small,h3 small{font-size:7.5pt;color:#90a4ae;margin-left:2mm;font-weight:normal;letter-spacing:1px;text-transform:uppercase}
  h3{font-size:10pt;color:#80deea;margin:4mm 0 1.5mm;border-bottom:1px solid #455a64;font-family:'Liberation Sans','DejaVu Sans',${font}}
  .side p{margin:0 0 1mm}.side ul{margin:0;padding-left:4mm}
  .job{display:grid;grid-template-columns:23mm 1fr;gap:3mm;margin-bottom:2.5mm}
  .dc{color:#546e7a;font-size:8.6pt;white-space:nowrap}.co{color:#546e7a}
  ul{margin:.5mm 0;padding-left:5mm}`;
  const body = `<div class="wrap"><div class="main"><h1>${name}</h1><div class="hl">${esc(p.headline)}</div>
   ${h('prof')}<p>${esc(p.summary)}</p>
   ${h('exp')}${jobs}
   ${h('edu')}${p.education.map((e) => `<div class="job"><div class="dc">${dt(e.start)} –<br>${dt(e.end)}</div><div><b>${esc(e.degree)}</b><div class="co">${esc(e.school)}</div></div></div>`).join('')}
  </div><div class="side">
   ${sh('contact')}<p>${p.id === 'p11' ? p.phoneLocal : p.phoneIntl}</p><p>${p.email}</p><p>${esc(p.language === 'mixed' && p.addressZh ? p.address : p.address)}</p>${p.extra.telegram ? `<p>Telegram ${p.extra.telegram}</p>` : ''}${p.extra.wechat ? `<p>WeChat: ${p.extra.wechat}</p>` : ''}
   ${sh('skills')}<ul>${p.skills.map((s) => `<li>${esc(s.text)}</li>`).join('')}</ul>
   ${sh('lang')}${p.languages.map((l) => `<p>${esc(l)}</p>`).join('')}
   ${sh('cert')}${p.certs.map((c) => `<p>${esc(c)}</p>`).join('')}
  </div></div>`;
  return page(css, body, p.id === 'p11' ? 'zh-HK' : p.language === 'mixed' ? 'zh-CN' : 'en');
}
