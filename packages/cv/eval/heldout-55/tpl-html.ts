/** heldout-55 — the HTML templates (printed to PDF by Chromium through printHtml). */
import type { Job, Person } from './people.ts';
import { d, esc, newestFirst, range, runs, silhouette, skills } from './lib.ts';

const CJK = "'WenQuanYi Zen Hei','Droid Sans Fallback'";
const page = (css: string, body: string, lang = 'en'): string =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>*{box-sizing:border-box}html,body{margin:0;padding:0}h1,h2,h3{break-after:avoid}${css}</style></head><body>${body}</body></html>`;
const ICON = {
  phone: '<svg width="9" height="9" viewBox="0 0 24 24" style="vertical-align:-1px"><path fill="currentColor" d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2c.3-.3.7-.4 1-.2 1.1.4 2.3.6 3.6.6.6 0 1 .4 1 1V20c0 .6-.4 1-1 1A17 17 0 0 1 3 4c0-.6.4-1 1-1h3.5c.6 0 1 .4 1 1 0 1.3.2 2.5.6 3.6.1.3 0 .7-.2 1z"/></svg>',
  mail: '<svg width="9" height="9" viewBox="0 0 24 24" style="vertical-align:-1px"><path fill="currentColor" d="M2 5h20v14H2zm2 2v.5l8 5 8-5V7l-8 5z"/></svg>',
  pin: '<svg width="9" height="9" viewBox="0 0 24 24" style="vertical-align:-1px"><path fill="currentColor" d="M12 2a7 7 0 0 0-7 7c0 5 7 13 7 13s7-8 7-13a7 7 0 0 0-7-7zm0 9.5a2.5 2.5 0 1 1 0-5 2.5 2.5 0 0 1 0 5z"/></svg>',
};
const li = (xs: string[]) => xs.map((x) => `<li>${esc(x)}</li>`).join('');

// ───────────────────────────── booktabs ─────────────────────────────
/** LaTeX article-class CV whose sections are booktabs tables (top/mid/bottom rules only, no vertical rules). */
export function booktabs(p: Person, o: { style: 'Mon YYYY' | 'MM/YYYY'; present: string; skillGroups: [string, string[]][]; extra: string; order: ('appt' | 'edu' | 'extra')[]; size: number }): string {
  const jobs = newestFirst(p.work);
  const rows = runs(jobs)
    .map((g) =>
      g
        .map((j, i) => {
          const emp = i === 0 ? `<td rowspan="${g.length}" class="org">${esc(j.company)}<br><span class="town">${esc(j.city)}</span></td>` : '';
          return `<tr${i === g.length - 1 ? ' class="grp"' : ''}><td class="per">${esc(range(j, o.style, { sep: ' – ', present: o.present }))}</td><td>${esc(j.title)}<div class="note">${esc(j.duties[0])}</div></td>${emp}</tr>`;
        })
        .join(''),
    )
    .join('');
  const edu = newestFirst(p.education)
    .map((e) => `<tr><td class="per">${esc(range(e, o.style, { sep: ' – ' }))}</td><td>${esc(e.degree)}</td><td class="org">${esc(e.school)}<br><span class="town">${esc(e.city ?? '')}</span></td></tr>`)
    .join('');
  const sk = o.skillGroups.map(([k, v]) => `<tr><td class="per">${esc(k)}</td><td>${esc(v.join(', '))}</td></tr>`).join('');
  const css = `body{font-family:'DejaVu Serif','Liberation Serif',serif;font-size:${o.size}pt;color:#000;line-height:1.3}
h1{font-weight:normal;font-size:22pt;text-align:center;margin:0;letter-spacing:.5px}
.hd{text-align:center;font-style:italic;margin:1mm 0 3mm}
table.ct{margin:0 auto 2mm;font-size:9.5pt}table.ct td{padding:0 5mm}
h2{font-size:12.5pt;margin:4.5mm 0 1.6mm;font-weight:bold}
p{margin:0 0 2mm;text-align:justify}
table.bt{border-collapse:collapse;width:100%;border-top:1.3pt solid #000;border-bottom:1.3pt solid #000;page-break-inside:auto}
table.bt th{text-align:left;font-weight:bold;border-bottom:.6pt solid #000;padding:3px 6px 2px}
table.bt td{padding:2.5px 6px;vertical-align:top}
table.bt tr.grp td{padding-bottom:5px}
td.per{white-space:nowrap;width:33mm}td.org{width:52mm;vertical-align:middle}
.town{font-size:8.5pt;font-style:italic}.note{font-size:8.5pt;color:#222}
tr{page-break-inside:avoid}
ol{margin:0;padding-left:6mm}ol li{margin-bottom:1.2mm}`;
  return page(
    css,
    `<h1>${esc(p.name)}</h1><div class="hd">${esc(p.headline)}</div>
<table class="ct"><tr><td>${esc(p.address)}</td></tr><tr><td style="text-align:center">${esc(p.phoneIntl)} &nbsp;·&nbsp; ${esc(p.email)}</td></tr></table>
<h2>Profile</h2><p>${esc(p.summary)}</p>
${o.order
  .map((k) =>
    k === 'appt'
      ? `<h2>Appointments</h2>\n<table class="bt"><thead><tr><th>Period</th><th>Position</th><th>Organisation</th></tr></thead><tbody>${rows}</tbody></table>`
      : k === 'edu'
        ? `<h2>Education</h2>\n<table class="bt"><thead><tr><th>Period</th><th>Degree</th><th>Institution</th></tr></thead><tbody>${edu}</tbody></table>`
        : o.extra,
  )
  .join('\n')}
<h2>Technical skills</h2>
<table class="bt">${sk}</table>
<h2>Languages</h2><p>${p.languages.map((l) => `${esc(l.lang)} (${esc(l.level)})`).join('; ')}</p>`,
  );
}

// ───────────────────────────── perjob-bilingual ─────────────────────────────
type PJ = 'hk' | 'tw' | 'sg';
/** Hong Kong / Taiwan / Singapore bilingual CV where every job (and every school) is its own label–value table. */
export function perjobBilingual(p: Person, v: PJ): string {
  const L = {
    hk: { part: '個人資料 Personal Particulars', mob: '手提電話 Mobile', mail: '電郵 Email', addr: '地址 Address', off: '辦公室 Office', prof: '個人簡介 Profile', work: '工作經驗 Work Experience', emp: '機構 Employer', pos: '職位 Position', per: '任職期間 Period', eper: '修讀期間 Period of Study', dut: '主要職責 Duties', edu: '學歷 Education', sch: '院校 Institution', deg: '學位 Qualification', q: '專業資格 Professional Qualifications', sk: '技能 Skills', lg: '語言 Languages', oth: '其他 Others', sal: '期望薪酬 Expected Salary', salv: 'HK$48,000 × 13', av: '可上班日期 Availability', avv: '一個月通知 One month’s notice' },
    tw: { part: '基本資料 Personal Information', mob: '手機 Mobile', mail: '電子郵件 Email', addr: '通訊地址 Address', off: '住家電話 Home', prof: '自我介紹 Summary', work: '工作經歷 Work Experience', emp: '公司 Company', pos: '職稱 Title', per: '任職期間 Period', eper: '就學期間 Period of Study', dut: '工作內容 Responsibilities', edu: '學歷 Education', sch: '學校 School', deg: '學位 Degree', q: '證照 Certificates', sk: '專長 Skills', lg: '語文能力 Languages', oth: '求職條件 Job Preferences', sal: '希望待遇 Expected Salary', salv: '面議 Negotiable', av: '可上班日 Availability', avv: '錄取後一個月 One month after offer' },
    sg: { part: '个人资料 Personal Particulars', mob: '手机 Mobile', mail: '电邮 Email', addr: '地址 Address', off: '办公室 Office', prof: '简介 Profile', work: '工作经历 Work Experience', emp: '公司 Company', pos: '职位 Position', per: '时间 Period', eper: '就读时间 Period of Study', dut: '职责 Responsibilities', edu: '教育 Education', sch: '学校 School', deg: '学位 Degree', q: '证书 Certifications', sk: '技能 Skills', lg: '语言 Languages', oth: '其他 Others', sal: '期望薪金 Expected Salary', salv: 'S$9,500 / month', av: '通知期 Notice Period', avv: '2 months' },
  }[v];
  const period = (j: { start: string; end: string | null }): string => {
    if (v === 'hk') {
      const zh = `${d(j.start, 'YYYY年M月')}${j.end ? `至${d(j.end, 'YYYY年M月')}` : '至今'}`;
      return `${zh}（${range(j, 'Mon YYYY', { present: 'Present' })}）`;
    }
    if (v === 'tw') return `${range(j, 'YYYY/MM', { sep: ' ~ ', present: '現在' })}${j.end ? '' : '（Present）'}`;
    return range(j, 'YYYY.MM', { sep: '-', present: 'now' });
  };
  const job = (j: Job) => `<table class="job"><tr><th>${L.emp}</th><td class="emp">${esc(j.company)}</td></tr><tr><th>${L.pos}</th><td>${esc(j.title)}</td></tr><tr><th>${L.per}</th><td>${esc(period(j))}</td></tr><tr><th>${L.dut}</th><td><ul>${li(j.duties)}</ul></td></tr></table>`;
  const edu = newestFirst(p.education)
    .map((e) => `<table class="job"><tr><th>${L.sch}</th><td class="emp">${esc(e.school)}</td></tr><tr><th>${L.deg}</th><td>${esc(e.degree)}</td></tr><tr><th>${L.eper}</th><td>${esc(period(e))}</td></tr></table>`)
    .join('');
  const other = p.others[0];
  const hue = { hk: '#7a1f2b', tw: '#1d4f73', sg: '#2f6b3a' }[v];
  const css = `body{font-family:'Liberation Sans',${CJK},sans-serif;font-size:9.6pt;color:#1b1b1b;line-height:1.38}
.top{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:2.5px solid ${hue};padding-bottom:2.5mm;margin-bottom:3mm}
.nm{font-size:24pt;font-weight:bold;color:${hue};letter-spacing:2px}.en{font-size:12pt;margin-top:1mm}
.hl{font-size:10pt;color:#555;text-align:right}
h2{font-size:11pt;color:#fff;background:${hue};padding:1.2mm 2.5mm;margin:4.5mm 0 2mm}
table{border-collapse:collapse;width:100%}
table.pp td,table.pp th{border:1px solid #bbb;padding:1.3mm 2mm;text-align:left;vertical-align:top}
table.pp th,table.job th{background:#f1ece7;font-weight:bold;width:44mm;white-space:nowrap}table.job{table-layout:fixed}td.nw{white-space:nowrap}
table.job{margin-bottom:2.6mm;page-break-inside:avoid}
table.job td,table.job th{border:1px solid #bbb;padding:1.2mm 2mm;vertical-align:top;text-align:left}
td.emp{font-weight:bold}ul{margin:0;padding-left:4.5mm}p{margin:0}`;
  return page(
    css,
    `<div class="top"><div><div class="nm">${esc(p.name)}</div><div class="en">${esc(p.nameEn ?? '')}</div></div><div class="hl">${esc(p.headline)}</div></div>
<h2>${L.part}</h2>
<table class="pp"><tr><th>${L.mob}</th><td class="nw">${esc(p.phoneIntl)}</td><th>${L.mail}</th><td>${esc(p.email)}</td></tr>
<tr><th>${L.off}</th><td class="nw">${esc(other?.number ?? '')}</td><th>${L.addr}</th><td>${esc(p.address)}</td></tr></table>
<h2>${L.prof}</h2><p>${esc(p.summary)}</p>
<h2>${L.work}</h2>${newestFirst(p.work).map(job).join('')}
<h2>${L.edu}</h2>${edu}
<h2>${L.q}</h2><ul>${p.certificates.map((c) => `<li>${esc(c.name)} — ${esc(c.issuer)}, ${esc(d(c.date, 'MM/YYYY'))}</li>`).join('')}</ul>
<h2>${L.sk}</h2><p>${skills(p).map(esc).join(' ｜ ')}</p>
<h2>${L.lg}</h2><p>${p.languages.map((l) => `${esc(l.lang)}：${esc(l.level)}`).join('　')}</p>
<h2>${L.oth}</h2><table class="pp"><tr><th>${L.sal}</th><td>${L.salv}</td><th>${L.av}</th><td>${L.avv}</td></tr></table>`,
    v === 'sg' ? 'zh-SG' : v === 'hk' ? 'zh-HK' : 'zh-TW',
  );
}

// ───────────────────────────── zh-span-rows ─────────────────────────────
/** 表格简历: the work block is a header-less table — 单位 merged down over its posts, each post followed by a 工作内容 row. */
export function zhSpanRows(p: Person, o: { intent: string; salary: string; selfEval: string; training: { start: string; end: string; org: string; what: string }[]; posts: Record<string, [string, string, string]>; order?: string[] }): string {
  const dd = (j: { start: string; end: string | null }) => range(j, 'YYYY/M', { sep: ' ~ ', present: '至今' });
  const work = runs(newestFirst(p.work))
    .map((g) =>
      g
        .map((j, i) => {
          const emp = i === 0 ? `<td class="org" rowspan="${g.length * 2}">${esc(j.company)}</td>` : '';
          return `<tr>${emp}<td class="t">${esc(dd(j))}</td><td class="pos">${esc(j.title)}</td></tr><tr><td colspan="2" class="duty">工作内容：${j.duties.map((x, k) => `${k + 1}. ${esc(x)}`).join('<br>')}<br>主要业绩：${esc(o.posts[j.start][0])}<br>汇报对象：${esc(o.posts[j.start][1])}　　离职原因：${esc(o.posts[j.start][2])}</td></tr>`;
        })
        .join(''),
    )
    .join('');
  const edu = p.education.map((e) => `<tr><td class="org">${esc(e.school)}</td><td class="t">${esc(dd(e))}</td><td class="pos">${esc(e.degree)}</td></tr>`).join('');
  const tr = o.training.map((t) => `<tr><td class="org">${esc(t.org)}</td><td class="t">${esc(dd(t))}</td><td class="pos">${esc(t.what)}</td></tr>`).join('');
  const certs = p.certificates.map((c) => `${esc(c.name)}（${esc(d(c.date, 'YYYY.MM'))}）`).join('；');
  const css = `body{font-family:'WenQuanYi Zen Hei','Droid Sans Fallback',sans-serif;font-size:10pt;color:#111;line-height:1.5}
h1{text-align:center;font-size:20pt;letter-spacing:12px;margin:0 0 3mm;font-weight:bold}
h2{font-size:11pt;margin:4mm 0 0;padding:1mm 2mm;background:#dde6ee;border:1px solid #333;border-bottom:none}
table{border-collapse:collapse;width:100%}td{border:1px solid #333;padding:1.4mm 2mm;vertical-align:middle}
td.lb{background:#f2f2f2;width:22mm;text-align:center}td.ph{width:30mm;text-align:center;padding:1mm}
td.org{width:46mm;text-align:center;font-weight:bold}td.t{width:40mm;text-align:center;white-space:nowrap}
td.duty{font-size:9pt;color:#222;line-height:1.45;vertical-align:top}td.pos{font-weight:bold}
tr{page-break-inside:avoid}p.ev{border:1px solid #333;border-top:none;margin:0;padding:2mm;text-indent:2em}`;
  return page(
    css,
    `<h1>个人简历</h1>
<h2>基本信息</h2>
<table><tr><td class="lb">姓　名</td><td>${esc(p.name)}</td><td class="lb">性　别</td><td>${p.gender === 'F' ? '女' : '男'}</td><td class="ph" rowspan="4">${silhouette(96, 120)}</td></tr>
<tr><td class="lb">出生年月</td><td>${esc(d(p.born, 'YYYY.MM'))}</td><td class="lb">现居地</td><td>${esc(p.city)}</td></tr>
<tr><td class="lb">手　机</td><td>${esc(p.phoneLocal)}</td><td class="lb">邮　箱</td><td>${esc(p.email)}</td></tr>
<tr><td class="lb">求职意向</td><td>${esc(o.intent)}</td><td class="lb">期望薪资</td><td>${esc(o.salary)}</td></tr></table>
${(o.order ?? ['work', 'edu', 'train', 'cert', 'skill', 'eval'])
  .map(
    (k) =>
      ({
        work: `<h2>工作经历</h2><table>${work}</table>`,
        edu: `<h2>教育背景</h2><table>${edu}</table>`,
        train: `<h2>培训经历</h2><table>${tr}</table>`,
        cert: `<h2>证书</h2><p class="ev" style="text-indent:0">${certs}</p>`,
        skill: `<h2>专业技能</h2><p class="ev" style="text-indent:0">${skills(p).map(esc).join('、')}</p>`,
        eval: `<h2>自我评价</h2><p class="ev">${esc(o.selfEval)}</p>`,
      })[k],
  )
  .join('\n')}`,
    'zh-CN',
  );
}

// ───────────────────────────── newcomer-split ─────────────────────────────
/** Canadian newcomer résumé (settlement-agency workshop advice): Canadian and International experience in separate sections. */
export function newcomerSplit(p: Person): string {
  const jobs = newestFirst(p.work);
  const ca = jobs.filter((j) => j.city === 'Toronto');
  const intl = jobs.filter((j) => j.city !== 'Toronto');
  const country = (j: Job) => (j.city === 'Toronto' ? 'Toronto, ON' : `${j.city}, India`);
  const entry = (j: Job) => `<div class="job"><div class="r1"><b>${esc(j.title)}</b><span>${esc(range(j, 'Mon YYYY', { present: 'Present' }))}</span></div><div class="r2">${esc(j.company)} <span class="loc">| ${esc(country(j))}</span></div><ul>${li(j.duties)}</ul></div>`;
  const css = `body{font-family:'DejaVu Sans','Liberation Sans',sans-serif;font-size:9pt;color:#222;line-height:1.36}.r1 span:last-child{white-space:nowrap;margin-left:4mm}
h1{font-size:21pt;margin:0;color:#0b3954}h1 small{font-size:10pt;font-weight:normal;color:#666;margin-left:2mm}
.ct{margin:1mm 0 3mm;color:#333}
h2{font-size:10.5pt;text-transform:uppercase;letter-spacing:1px;color:#0b3954;border-bottom:1.5px solid #0b3954;margin:3.6mm 0 1.6mm;padding-bottom:.6mm}
.job{margin-bottom:2.6mm}.r1{display:flex;justify-content:space-between}.r2{font-style:italic}.loc{font-style:normal;color:#666}
ul{margin:.8mm 0 0;padding-left:5mm}li{margin:.3mm 0}
.cols{columns:3;column-gap:6mm}.cols li{break-inside:avoid}`;
  return page(
    css,
    `<h1>${esc(p.name)}<small>(he/him)</small></h1>
<div class="ct">${esc(p.city)} · ${esc(p.phoneLocal.replace(/^/, '+1 '))} · ${esc(p.email)} · linkedin.com/in/raghav-sundaresan-qa</div>
<h2>Summary of Qualifications</h2><ul><li>${esc(p.summary)}</li><li>Canadian permanent resident since January 2023; no sponsorship required.</li><li>ISTQB Advanced Test Analyst; comfortable owning test strategy from sprint to release.</li></ul>
<h2>Technical Skills</h2><ul class="cols">${li(skills(p))}</ul>
<h2>Canadian Work Experience</h2>${ca.map(entry).join('')}
<h2>International Work Experience</h2>${intl.map(entry).join('')}
<h2>Certifications</h2><ul>${p.certificates.map((c) => `<li>${esc(c.name)} — ${esc(c.issuer)} (${esc(d(c.date, 'Mon YYYY'))})</li>`).join('')}</ul>
<h2>Education</h2>${p.education.map((e) => `<div class="r1"><span><b>${esc(e.degree)}</b> — ${esc(e.school)}, ${esc(e.city ?? '')}, India</span><span>${esc(range(e, 'YYYY', { sep: ' – ' }))}</span></div><div style="color:#555">WES evaluation: equivalent to a Canadian four-year bachelor’s degree</div>`).join('')}
<h2>Languages</h2><div>${p.languages.map((l) => `${esc(l.lang)} (${esc(l.level)})`).join(' · ')}</div>`,
  );
}

// ───────────────────────────── pandoc-deflist ─────────────────────────────
/** Markdown CV turned into HTML by `pandoc -s --toc` with its default template and CSS, printed from the browser. */
export function pandocDeflist(p: Person, o: { date: string; extra: string; skillIntro: string }): string {
  const g = runs(newestFirst(p.work));
  const full = (j: Job) => {
    const a = d(j.start, 'Month YYYY', j.yearOnly);
    const b = j.end ? d(j.end, 'Month YYYY', j.yearOnly) : 'present';
    return `${a} to ${b}`;
  };
  const dl = g
    .map(
      (grp) =>
        `<dt><strong>${esc(grp[0].company)}</strong>, ${esc(grp[0].city)}</dt>` +
        grp.map((j) => `<dd><p><em>${esc(j.title)}</em> (${esc(full(j))})</p><ul>${li(j.duties)}</ul></dd>`).join(''),
    )
    .join('');
  const css = `html{color:#1a1a1a;background:#fff}body{margin:0 auto;max-width:36em;padding:0 8px;hyphens:auto;overflow-wrap:break-word;text-rendering:optimizeLegibility;font-kerning:normal;font-family:'Liberation Serif','DejaVu Serif',serif;font-size:11.5pt;line-height:1.42}
header{margin-bottom:3em;text-align:center}h1.title{font-size:2.1em;line-height:1.1;margin:0}.subtitle{font-size:1.1em;margin:.4em 0}.date{margin:0}
h2{font-size:1.35em;margin-top:1.3em;margin-bottom:.4em}p{margin:.6em 0}a{color:#1a1a1a}
nav#TOC{border:1px solid #ccc;padding:.3em 1em;margin-bottom:1.5em}nav#TOC ul{padding-left:1.3em;margin:.3em 0}
dt{margin-top:.8em}dd{margin-left:1.5em}dd p{margin:.2em 0}ul{padding-left:1.6em;margin:.2em 0}
table{border-collapse:collapse;width:100%;font-variant-numeric:lining-nums tabular-nums}th,td{border-bottom:1px solid #1a1a1a;padding:.2em .5em;text-align:left}th{border-top:1px solid #1a1a1a}`;
  const sect = ['Contact', 'Summary', 'Experience', 'Education', 'Certification', 'Skills', 'Languages'];
  return page(
    css,
    `<header id="title-block-header"><h1 class="title">${esc(p.name)}</h1><p class="subtitle">${esc(p.headline)}</p><p class="date">${esc(o.date)}</p></header>
<nav id="TOC" role="doc-toc"><ul>${sect.map((s) => `<li><a href="#${s.toLowerCase()}">${s}</a></li>`).join('')}</ul></nav>
<h2 id="contact">Contact</h2><p>${esc(p.address)}<br>Mobile: ${esc(p.phoneIntl)}<br>E-mail: <a href="mailto:${esc(p.email)}">${esc(p.email)}</a></p>
<h2 id="summary">Summary</h2><p>${esc(p.summary)}</p>
<h2 id="experience">Experience</h2><dl>${dl}</dl>
<h2 id="education">Education</h2><dl>${newestFirst(p.education).map((e) => `<dt><strong>${esc(e.school)}</strong>, ${esc(e.city ?? '')}</dt><dd><p><em>${esc(e.degree)}</em> (${esc(e.yearOnly ? `${e.start.slice(0, 4)} to ${e.end.slice(0, 4)}` : `${d(e.start, 'Month YYYY')} to ${d(e.end, 'Month YYYY')}`)})</p></dd>`).join('')}</dl>
${o.extra}
<h2 id="skills">Skills</h2><p>${esc(o.skillIntro)}</p><ul>${li(skills(p))}</ul>
<h2 id="languages">Languages</h2><table><thead><tr><th>Language</th><th>Level</th></tr></thead><tbody>${p.languages.map((l) => `<tr><td>${esc(l.lang)}</td><td>${esc(l.level)}</td></tr>`).join('')}</tbody></table>`,
  );
}

// ───────────────────────────── juejin-post ─────────────────────────────
/** 稀土掘金-style article “附简历” printed from the browser (print view: top bar, article, tags, comments). */
export function juejinPost(p: Person): string {
  const jobs = newestFirst(p.work);
  const css = `body{font-family:${CJK},'DejaVu Sans',sans-serif;font-size:10pt;color:#252933;line-height:1.75}
.bar{display:flex;align-items:center;gap:5mm;border-bottom:1px solid #e4e6eb;padding-bottom:2mm;margin-bottom:4mm;font-size:9pt;color:#515767}
.logo{font-weight:bold;color:#1e80ff;font-size:12pt}.srch{margin-left:auto;border:1px solid #c2c8d1;border-radius:3px;padding:.5mm 10mm .5mm 2mm;color:#8a919f}
h1{font-size:17pt;line-height:1.4;margin:0 0 2mm}.au{display:flex;align-items:center;gap:3mm;color:#8a919f;font-size:9pt;margin-bottom:4mm}
.av{width:9mm;height:9mm;border-radius:50%;background:#ffd6a5;display:flex;align-items:center;justify-content:center;color:#7a4b00;font-weight:bold}
.nick{color:#515767;font-weight:bold}blockquote{border-left:4px solid #cbd5e1;background:#f8fafc;margin:3mm 0;padding:2mm 4mm;color:#555}
h2{font-size:13pt;border-bottom:1px solid #ececec;padding-bottom:1mm;margin:5mm 0 2mm}h3{font-size:11pt;margin:3.5mm 0 1mm}
code{font-family:'DejaVu Sans Mono',monospace;font-size:8.8pt;background:#fff5f5;color:#ff502c;padding:.3mm 1.2mm;border-radius:2px}
ul,ol{margin:1mm 0;padding-left:6mm}.tags span{display:inline-block;background:#f2f3f5;color:#515767;border-radius:2px;padding:.4mm 2mm;margin-right:2mm;font-size:8.5pt}
.cm{border-top:1px solid #e4e6eb;margin-top:5mm;padding-top:2mm;font-size:9pt}.c{margin:2mm 0}.c b{color:#515767}.c i{color:#8a919f;font-style:normal;margin-left:2mm}`;
  return page(
    css,
    `<div class="bar"><span class="logo">稀土掘金</span><span>首页</span><span>沸点</span><span>课程</span><span>直播</span><span>活动</span><span>APP</span><span class="srch">探索稀土掘金</span></div>
<h1>【求职】10 年 Java 后端，坐标杭州，求内推（附简历）</h1>
<div class="au"><span class="av">航</span><span class="nick">航仔写代码</span><span>2026-11-17 21:06</span><span>阅读 3,412</span><span>阅读 6 分钟</span></div>
<blockquote>最近公司业务调整，想看看新机会。简历已去掉部分敏感信息，欢迎大佬内推，联系方式在下面，邮件或电话都行。</blockquote>
<h2>个人信息</h2><ul><li>姓名：${esc(p.name)}（男，${new Date(p.born).getFullYear()} 年）</li><li>手机：${esc(p.phoneLocal)}（微信同号）</li><li>邮箱：${esc(p.email)}</li><li>期望：杭州 ｜ 后端架构 / 技术专家 ｜ 随时到岗（一个月内）</li></ul>
<h2>工作经历</h2>${jobs.map((j) => `<h3>${esc(j.company)} · ${esc(j.title)}</h3><p><code>${esc(range(j, 'YYYY.MM', { sep: ' - ', present: '至今' }))}</code></p><ul>${li(j.duties)}</ul>`).join('')}
<h2>专业技能</h2><ul>${li(skills(p))}</ul>
<h2>证书</h2><ul>${p.certificates.map((c) => `<li>${esc(c.name)}（${esc(d(c.date, 'YYYY.MM'))}）</li>`).join('')}</ul>
<h2>教育经历</h2>${p.education.map((e) => `<p>${esc(e.school)} ｜ ${esc(e.degree)} ｜ <code>${esc(range(e, 'YYYY.MM', { sep: ' - ' }))}</code></p>`).join('')}
<div class="tags">标签：<span>后端</span><span>Java</span><span>求职</span><span>杭州</span></div>
<div class="cm"><b>评论 12</b>
<div class="c"><b>HR_杭州某电商</b><i>11-18 09:12</i><br>您好，我们在招交易中台负责人，方便的话加微信 hz_hr_lily 或打我座机 0571-8736 5120</div>
<div class="c"><b>掘友5208</b><i>11-18 10:40</i><br>P99 从 420 降到 90 这个可以展开讲讲吗 👀</div>
<div class="c"><b>航仔写代码</b><i>作者 · 11-18 11:02</i><br>回复 掘友5208：主要是缓存预热 + 拆了一个大事务，后面写篇文章</div></div>`,
    'zh-CN',
  );
}

// ───────────────────────────── kicker-bilingual ─────────────────────────────
/** English-content CV whose section titles are a small Chinese kicker over a large English title; “since …” for the current job. */
export function kickerBilingual(p: Person, o: { kick: Record<string, string>; extraFacts: [string, string][] }): string {
  const per = (j: Job) => (j.end ? range(j, 'Mon YYYY', { sep: ' – ' }) : `since ${d(j.start, 'Mon YYYY')}`);
  const H = (k: string, en: string) => `<div class="h"><div class="k">${esc(o.kick[k])}</div><div class="e">${esc(en)}</div></div>`;
  const css = `body{font-family:'Liberation Sans',${CJK},sans-serif;font-size:9pt;color:#26272b;line-height:1.33}table.facts{break-inside:avoid}
.top{text-align:left;margin-bottom:2mm}.zh{font-size:28pt;font-weight:bold;letter-spacing:4px;color:#23395d}.en{font-size:12pt;color:#23395d;margin-left:1mm}
.hl{font-size:10pt;color:#666;margin-top:1mm}.ct{margin-top:2mm;font-size:9pt;color:#333}.ct span{margin-right:5mm}
.h{margin:3.6mm 0 1.6mm;border-top:1px solid #c9ced6;padding-top:1.2mm;break-inside:avoid;break-after:avoid}.k{font-size:8pt;color:#8c96a6;letter-spacing:3px}.e{font-size:13pt;font-weight:bold;color:#23395d;text-transform:uppercase;letter-spacing:1px}
.job{margin-bottom:2.2mm}.r{overflow:hidden}.r b{font-size:10.2pt}.pill{float:right;background:#eef2f8;color:#23395d;border-radius:9px;padding:.2mm 2.5mm;font-size:8.6pt}
.co{color:#555}ul{margin:.8mm 0 0;padding-left:5mm}.facts td{padding:.4mm 4mm .4mm 0;vertical-align:top}.facts td:first-child{color:#777;white-space:nowrap}
.chips span{display:inline-block;border:1px solid #aeb8c8;border-radius:3px;padding:.3mm 2mm;margin:0 1.5mm 1.5mm 0}`;
  return page(
    css,
    `<div class="top"><span class="zh">${esc(p.name)}</span><span class="en">${esc(p.nameEn ?? '')}</span><div class="hl">${esc(p.headline)} · ${esc(p.city)}</div>
<div class="ct"><span>Mobile ${esc(p.phoneIntl)}</span><span>${esc(p.email)}</span></div></div>
${H('prof', 'Profile')}<p style="margin:0">${esc(p.summary)}</p>
${H('work', 'Experience')}${newestFirst(p.work).map((j) => `<div class="job"><div class="r"><b>${esc(j.title)}</b><span class="pill">${esc(per(j))}</span></div><div class="co">${esc(j.company)} — ${esc(j.city)}</div><ul>${li(j.duties)}</ul></div>`).join('')}
${H('skill', 'Skills')}<div class="chips">${skills(p).map((s) => `<span>${esc(s)}</span>`).join('')}</div>
${H('edu', 'Education')}${newestFirst(p.education).map((e) => `<div class="r"><b>${esc(e.degree)}</b><span class="pill">${esc(range(e, 'Mon YYYY'))}</span></div><div class="co">${esc(e.school)}</div>`).join('')}
${H('cert', 'Certifications')}<ul>${p.certificates.map((c) => `<li>${esc(c.name)}, ${esc(c.issuer)} (${esc(d(c.date, 'YYYY'))})</li>`).join('')}</ul>
${H('lang', 'Languages')}<div>${p.languages.map((l) => `${esc(l.lang)} — ${esc(l.level)}`).join('　·　')}</div>
${H('more', 'Particulars')}<table class="facts">${o.extraFacts.map(([a, b]) => `<tr><td>${esc(a)}</td><td>${esc(b)}</td></tr>`).join('')}</table>`,
  );
}

// ───────────────────────────── rx-leafish ─────────────────────────────
/** Reactive Resume “Leafish”-type export: split header (name/contact left, summary box right), main 62 % + side 38 %. */
export function rxLeafish(p: Person, o: { accent: string; levels: string[]; side: [string, string[]][] }): string {
  const css = `body{font-family:'Liberation Sans','DejaVu Sans',sans-serif;font-size:9.3pt;color:#1f2933;line-height:1.42}
.hd{display:grid;grid-template-columns:1fr 1fr;gap:6mm;background:${o.accent}14;padding:5mm;border-radius:2mm;margin-bottom:5mm}
.nm{font-size:21pt;font-weight:bold;color:${o.accent};line-height:1.1}.hl{font-size:10.5pt;margin:1mm 0 2.5mm}.ct div{margin:.6mm 0}
.sm{background:#fff;border-left:3px solid ${o.accent};padding:2.5mm 3mm;font-size:9pt}
.body{display:grid;grid-template-columns:62% 1fr;gap:7mm}
h2{font-size:10.5pt;color:${o.accent};text-transform:uppercase;letter-spacing:1.2px;margin:0 0 2mm;padding-bottom:.8mm;border-bottom:1px solid ${o.accent}55}
section{margin-bottom:4.5mm}.it{margin-bottom:2.8mm}.t{display:flex;justify-content:space-between;gap:3mm}.t b{font-size:9.8pt}.dt{white-space:nowrap;color:#52606d;font-size:8.8pt}
.co{color:#52606d}ul{margin:.8mm 0 0;padding-left:4.5mm}li{margin:.2mm 0}
.sk div{display:flex;justify-content:space-between;border-bottom:1px dotted #cbd2d9;padding:.6mm 0}.sk i{color:#7b8794;font-style:normal;font-size:8.4pt}`;
  const side = o.side.map(([h, xs]) => `<section><h2>${esc(h)}</h2>${xs.map((x) => `<div style="margin:.8mm 0">${esc(x)}</div>`).join('')}</section>`).join('');
  return page(
    css,
    `<div class="hd"><div><div class="nm">${esc(p.name)}</div><div class="hl">${esc(p.headline)}</div><div class="ct"><div>${ICON.phone} ${esc(p.phoneIntl)}</div><div>${ICON.mail} ${esc(p.email)}</div><div>${ICON.pin} ${esc(p.city)}</div></div></div><div class="sm">${esc(p.summary)}</div></div>
<div class="body"><div>
<section><h2>Experience</h2>${newestFirst(p.work).map((j) => `<div class="it"><div class="t"><b>${esc(j.title)}</b><span class="dt">${esc(range(j, 'Mon YYYY'))}</span></div><div class="co">${esc(j.company)}, ${esc(j.city)}</div><ul>${li(j.duties)}</ul></div>`).join('')}</section>
<section><h2>Education</h2>${newestFirst(p.education).map((e) => `<div class="it"><div class="t"><b>${esc(e.degree)}</b><span class="dt">${esc(range(e, 'Mon YYYY'))}</span></div><div class="co">${esc(e.school)}</div></div>`).join('')}</section>
</div><div>
<section class="sk"><h2>Skills</h2>${skills(p).map((s, i) => `<div><span>${esc(s)}</span><i>${esc(o.levels[i] ?? 'Advanced')}</i></div>`).join('')}</section>
<section><h2>Languages</h2>${p.languages.map((l) => `<div style="margin:.8mm 0">${esc(l.lang)} — <span style="color:#7b8794">${esc(l.level)}</span></div>`).join('')}</section>
<section><h2>Certifications</h2>${p.certificates.map((c) => `<div style="margin:.8mm 0">${esc(c.name)}<br><span style="color:#7b8794">${esc(c.issuer)} · ${esc(d(c.date, 'Mon YYYY'))}</span></div>`).join('')}</section>
${side}
</div></div>`,
  );
}

// ───────────────────────────── med-keyinfo ─────────────────────────────
/** UK doctor's designed CV: grey “Key information” column (GMC, registration, skills, courses, contact) beside the career history. */
export function medKeyinfo(p: Person): string {
  const css = `body{font-family:'Liberation Sans','DejaVu Sans',sans-serif;font-size:8.6pt;color:#1d2430;line-height:1.32}
.wrap{display:flex;gap:6mm;align-items:flex-start}.side{width:33%;background:#eef1f4;padding:4mm;border-top:4px solid #005eb8}.main{flex:1}
.side h3{font-size:9.5pt;color:#005eb8;margin:3.5mm 0 1.2mm;text-transform:uppercase;letter-spacing:.8px}.side h3:first-child{margin-top:0}
.kv div{margin:.8mm 0}.kv span{display:block;color:#5a6675;font-size:8pt}.side ul{margin:0;padding-left:4mm}.side li{margin:.5mm 0}
h1{margin:0;font-size:20pt;color:#003087}.pn{font-size:10pt;color:#5a6675;margin:.5mm 0 2mm}.cur{background:#005eb80f;border-left:3px solid #005eb8;padding:2mm 3mm;margin-bottom:3mm}
h2{font-size:11pt;color:#003087;border-bottom:2px solid #005eb8;padding-bottom:.6mm;margin:3.2mm 0 1.6mm}
.post{margin-bottom:1.8mm;page-break-inside:avoid}.post .dt{font-weight:bold;color:#005eb8}.post .g{font-weight:bold}.post .h{color:#5a6675}`;
  const posts = newestFirst(p.work)
    .map((j) => `<div class="post"><div class="dt">${esc(range(j, 'Mon YYYY', { present: 'present' }))}</div><div class="g">${esc(j.title)}</div><div class="h">${esc(j.company)}</div><div>${esc(j.duties[0])}</div></div>`)
    .join('');
  return page(
    css,
    `<div class="wrap"><div class="side">
<h3>Key information</h3><div class="kv"><div><span>GMC number</span>7412365 — full registration with a licence to practise</div><div><span>National training number</span>YKS/320/012/N</div><div><span>Medical defence</span>MDU 348812E</div><div><span>ALS expiry</span>March 2027</div></div>
<h3>Contact</h3><div class="kv"><div><span>Mobile</span>${esc(p.phoneLocal)}</div><div><span>E-mail</span>${esc(p.email)}</div><div><span>Address</span>${esc(p.address)}</div></div>
<h3>Clinical skills</h3><ul>${li(skills(p))}</ul>
<h3>Qualifications</h3><ul>${p.education.map((e) => `<li>${esc(e.degree.split(' —')[0])}, ${esc(e.school)} (${esc(e.end.slice(0, 4))})</li>`).join('')}<li>MRCP(UK), July 2018</li></ul>
<h3>Courses</h3><ul><li>ALS recertification, Mar 2023</li><li>BSE TTE accreditation, Jun 2022</li><li>Generic Instructor Course, Nov 2024</li></ul>
<h3>Languages</h3><ul>${p.languages.map((l) => `<li>${esc(l.lang)} (${esc(l.level)})</li>`).join('')}</ul>
</div><div class="main">
<h1>Dr ${esc(p.name)}</h1><div class="pn">MBBS MRCP(UK) · ${esc(p.headline)}</div>
<div class="cur">${esc(p.summary)}</div>
<h2>Career history</h2>${posts}
<h2>Research</h2><div>MD (Res), Ashdown University, awarded February 2024 — cardiac MRI strain in early aortic stenosis; two first-author papers.</div>
<h2>Audit and quality improvement</h2><ul><li>Re-audit of door-to-balloon times for STEMI (2024, lead).</li><li>Anticoagulation prescribing in AF at discharge (2020).</li></ul>
<h2>Teaching</h2><div>Regional CT teaching programme lead since 2024; ALS instructor candidate.</div>
<h2>Referees</h2>${p.referees.map((r) => `<div style="margin:.8mm 0"><b>${esc(r.name)}</b>, ${esc(r.role)}, ${esc(r.org)} — ${esc(r.phone)}</div>`).join('')}
</div></div>`,
  );
}

// ───────────────────────────── zh-xingji ─────────────────────────────
/** 模板站 two-column 简历: photo top right, main column left, light info column right with ★ skill ratings. */
export function zhXingji(p: Person, o: { intent: string; stars: number[]; accent: string; facts: [string, string][] }): string {
  const star = (n: number) => '★'.repeat(n) + '☆'.repeat(5 - n);
  const css = `body{font-family:${CJK},sans-serif;font-size:9.6pt;color:#2b2b2b;line-height:1.6}
.hd{display:flex;justify-content:space-between;align-items:flex-start;border-bottom:3px solid ${o.accent};padding-bottom:3mm;margin-bottom:4mm}
.nm{font-size:26pt;font-weight:bold;color:${o.accent};letter-spacing:6px}.it{font-size:11pt;margin-top:1mm}.ph{border:1px solid #ccc;padding:1mm;background:#fff}
.cols{display:grid;grid-template-columns:1fr 60mm;gap:6mm}
h2{font-size:11.5pt;color:${o.accent};margin:0 0 2mm;padding-left:2mm;border-left:4px solid ${o.accent}}
section{margin-bottom:4.5mm}.job{margin-bottom:3mm}.r{display:flex;justify-content:space-between}.r b{font-size:10.2pt}.r span{color:#777;white-space:nowrap}
.pos{color:${o.accent};font-weight:bold}ol{margin:.5mm 0 0;padding-left:5mm}
.side{background:#f4f6f8;padding:4mm}.side div{margin:.6mm 0}.st{display:flex;justify-content:space-between}.st i{color:#e0a100;font-style:normal;letter-spacing:1px}`;
  return page(
    css,
    `<div class="hd"><div><div class="nm">${esc(p.name)}</div><div class="it">求职意向：${esc(o.intent)}</div><div style="color:#666">${esc(p.phoneLocal)}　｜　${esc(p.email)}　｜　${esc(p.city)}</div></div><div class="ph">${silhouette(88, 110)}</div></div>
<div class="cols"><div>
<section><h2>工作经历</h2>${newestFirst(p.work).map((j) => `<div class="job"><div class="r"><b>${esc(j.company)}</b><span>${esc(range(j, 'YYYY.MM', { sep: '—', present: '至今' }))}</span></div><div class="pos">${esc(j.title)}</div><ol>${li(j.duties)}</ol></div>`).join('')}</section>
<section><h2>教育背景</h2>${p.education.map((e) => `<div class="r"><b>${esc(e.school)}</b><span>${esc(range(e, 'YYYY.MM', { sep: '—' }))}</span></div><div>${esc(e.degree)}</div>`).join('')}</section>
<section><h2>自我评价</h2><div>${esc(p.summary)}</div></section>
</div><div class="side">
<section><h2>基本信息</h2>${o.facts.map(([a, b]) => `<div>${esc(a)}：${esc(b)}</div>`).join('')}</section>
<section><h2>联系方式</h2><div>手机：${esc(p.phoneLocal)}</div><div>邮箱：${esc(p.email)}</div><div>地址：${esc(p.address)}</div></section>
<section><h2>专业技能</h2>${skills(p).map((s, i) => `<div class="st"><span>${esc(s)}</span><i>${star(o.stars[i] ?? 4)}</i></div>`).join('')}</section>
<section><h2>证书</h2>${p.certificates.map((c) => `<div>${esc(c.name)}</div>`).join('')}</section>
<section><h2>语言</h2>${p.languages.map((l) => `<div>${esc(l.lang)}：${esc(l.level)}</div>`).join('')}</section>
</div></div>`,
    'zh-CN',
  );
}

// ───────────────────────────── digest-2col ─────────────────────────────
/** Bilingual CV laid out as a Chinese digest column (left, compact, Chinese dates) beside the full English CV (right). */
export function digest2col(p: Person, o: { zh: { intent: string; lang: string }; trad?: boolean; enPresent: string }): string {
  const T = o.trad;
  const zhd = (j: { start: string; end: string | null }) => (j.end ? `${d(j.start, 'YYYY年M月')}—${d(j.end, 'YYYY年M月')}` : `${d(j.start, 'YYYY年M月')}至今`);
  const css = `body{font-family:'Liberation Sans',${CJK},sans-serif;font-size:9.1pt;color:#222;line-height:1.45}
.top{border-bottom:2px solid #8a1c1c;padding-bottom:2mm;margin-bottom:3mm;display:flex;justify-content:space-between;align-items:flex-end}
.nm{font-size:25pt;font-weight:bold;letter-spacing:3px}.ne{font-size:11pt;color:#555;margin-left:2mm}.ct{text-align:right;font-size:8.8pt}
.g{display:grid;grid-template-columns:64mm 1fr;gap:0}.zh{padding-right:4mm;border-right:1px solid #d7c4c4}.en{padding-left:5mm}
.zh h3{font-size:10pt;background:#8a1c1c;color:#fff;padding:.6mm 2mm;margin:0 0 1.5mm}.zh section{margin-bottom:3.5mm}.zh .j{margin-bottom:1.8mm}.zh .dt{color:#8a1c1c;font-size:8.6pt}
.en h2{font-size:10.5pt;color:#8a1c1c;text-transform:uppercase;letter-spacing:1px;border-bottom:1px solid #8a1c1c;margin:0 0 2mm;padding-bottom:.5mm}.en section{margin-bottom:4mm}
.r{display:flex;justify-content:space-between;gap:2mm}.r span{white-space:nowrap;color:#666}.co{font-style:italic;color:#444}ul{margin:.6mm 0 0;padding-left:4.5mm}.en .it{margin-bottom:2.6mm}`;
  const zhWork = newestFirst(p.work).map((j) => `<div class="j"><div class="dt">${esc(zhd(j))}</div><div>${esc(j.company)}</div><div>${esc(j.title)}</div></div>`).join('');
  return page(
    css,
    `<div class="top"><div><span class="nm">${esc(p.name)}</span><span class="ne">${esc(p.nameEn ?? '')}</span><div>${esc(p.headline)}</div></div><div class="ct">${esc(p.phoneIntl)}<br>${esc(p.email)}<br>${esc(p.city)}</div></div>
<div class="g"><div class="zh">
<section><h3>${T ? '中文摘要' : '中文简历摘要'}</h3><div>${T ? '應徵' : '求职意向'}：${esc(o.zh.intent)}</div><div>${T ? '手機' : '手机'}：${esc(p.phoneLocal)}</div><div>${T ? '電郵' : '邮箱'}：${esc(p.email)}</div></section>
<section><h3>${T ? '工作經歷' : '工作经历'}</h3>${zhWork}</section>
<section><h3>${T ? '專業技能' : '专业技能'}</h3><div>${skills(p).map(esc).join('、')}</div></section>
<section><h3>${T ? '學歷' : '教育背景'}</h3>${p.education.map((e) => `<div class="j"><div class="dt">${esc(`${d(e.start, 'YYYY年M月')}—${d(e.end, 'YYYY年M月')}`)}</div><div>${esc(e.school)}</div><div>${esc(e.degree)}</div></div>`).join('')}</section>
<section><h3>${T ? '語言' : '语言'}</h3><div>${esc(o.zh.lang)}</div></section>
</div><div class="en">
<section><h2>Profile</h2><div>${esc(p.summary)}</div></section>
<section><h2>Professional Experience</h2>${newestFirst(p.work).map((j) => `<div class="it"><div class="r"><b>${esc(j.title)}</b><span>${esc(range(j, 'Mon YYYY', { present: o.enPresent }))}</span></div><div class="co">${esc(j.company)}, ${esc(j.city)}</div><ul>${li(j.duties)}</ul></div>`).join('')}</section>
<section><h2>Education</h2>${newestFirst(p.education).map((e) => `<div class="it"><div class="r"><b>${esc(e.degree)}</b><span>${esc(range(e, 'Mon YYYY'))}</span></div><div class="co">${esc(e.school)}</div></div>`).join('')}</section>
<section><h2>Certifications</h2><ul>${p.certificates.map((c) => `<li>${esc(c.name)} (${esc(d(c.date, 'YYYY'))})</li>`).join('')}</ul></section>
<section><h2>Languages</h2><div>${p.languages.map((l) => `${esc(l.lang)}: ${esc(l.level)}`).join('; ')}</div></section>
</div></div>`,
  );
}
