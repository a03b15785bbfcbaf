/** Chromium (HTML/CSS) templates of heldout-76. */
import type { Person, Job, Other } from './people.ts';
import { range, duration, months, point } from './dates.ts';

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const T = (p: Person, en: string, zh: string) => (p.lang === 'zh' ? zh : p.lang === 'mixed' ? `${zh} ${en}` : en);
export const full = (p: Person) => (p.alt ? `${p.name} ${p.alt}` : p.name);
export const basis = (p: Person, j: Job) => (j.basis ? (p.lang === 'zh' ? `（${j.basis}）` : ` (${j.basis})`) : '');
export const rev = <X extends { start: string }>(a: X[]) => [...a].sort((x, y) => y.start.localeCompare(x.start));
export const fwd = <X extends { start: string }>(a: X[]) => [...a].sort((x, y) => x.start.localeCompare(y.start));
const cjk = (p: Person) => (p.loc === 'tw' || p.loc === 'hk' ? 'Noto Sans CJK TC' : p.loc === 'ja' ? 'Noto Sans CJK JP' : p.loc === 'ko' ? 'Noto Sans CJK KR' : p.loc === 'sg' ? 'WenQuanYi Zen Hei' : 'Noto Sans CJK SC');
const page = (p: Person, css: string, body: string, font = 'Liberation Sans') =>
  `<!doctype html><html lang="${p.lang === 'en' ? 'en' : 'zh'}"><head><meta charset="utf-8"><style>
*{box-sizing:border-box} body{margin:0;font-family:'${font}','${cjk(p)}',sans-serif;font-size:10pt;color:#222;line-height:1.35}
h1,h2,h3,p,ul{margin:0} ul{padding-left:16px} ${css}</style></head><body>${body}</body></html>`;
const I = {
  phone: '<svg width="10" height="10" viewBox="0 0 24 24"><path fill="currentColor" d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2c.3-.3.7-.4 1-.2 1.1.4 2.3.6 3.6.6.6 0 1 .4 1 1V20c0 .6-.4 1-1 1A17 17 0 0 1 3 4c0-.6.4-1 1-1h3.5c.6 0 1 .4 1 1 0 1.3.2 2.5.6 3.6.1.3 0 .7-.2 1z"/></svg>',
  mail: '<svg width="10" height="10" viewBox="0 0 24 24"><path fill="currentColor" d="M2 5h20v14H2zM4 7v.5l8 5 8-5V7z"/></svg>',
  pin: '<svg width="10" height="10" viewBox="0 0 24 24"><path fill="currentColor" d="M12 2a7 7 0 0 0-7 7c0 5 7 13 7 13s7-8 7-13a7 7 0 0 0-7-7zm0 9.5A2.5 2.5 0 1 1 12 6.5a2.5 2.5 0 0 1 0 5z"/></svg>',
};
const bl = (b: string[]) => (b.length ? `<ul>${b.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>` : '');
const otherLine = (p: Person, o: Other) => esc(o.label);

/** CS1 dates-at-end: Spanish/Italian English CV — the period and town come LAST, after the bullets, in grey italics. */
export function datesAtEnd(p: Person): string {
  const items = rev([...p.work.map((j) => ({ ...j, k: 'job' as const })), ...p.other.map((o) => ({ ...o, k: 'other' as const }))]);
  const body = items.map((e) => e.k === 'job'
    ? `<div class="e"><h3>${esc(e.title)} · <span class="co">${esc(e.company)}</span></h3>${bl(e.bullets)}<p class="end">${esc(range(p, e, 'w'))} · ${esc(e.city)}${e.basis ? ' · ' + esc(e.basis) : ''}</p></div>`
    : `<div class="e brk"><h3>${otherLine(p, e as unknown as Other)}</h3><p class="end">${esc(range(p, e, 'w'))}</p></div>`).join('');
  return page(p, `.top{display:flex;justify-content:space-between;border-bottom:2px solid #b03a2e;padding-bottom:6px}
h1{font-size:22pt;color:#b03a2e;font-weight:normal}.hl{font-size:11pt;color:#555}.ct{text-align:right;font-size:8.5pt;line-height:1.5}
h2{font-size:10.5pt;letter-spacing:2px;text-transform:uppercase;color:#b03a2e;margin:12px 0 4px}.e{margin-bottom:7px}.e h3{font-size:10.5pt}
.co{font-weight:normal}.end{font-style:italic;color:#666;font-size:9pt;margin-top:1px}.brk h3{font-weight:normal;font-style:italic}`,
  `<div class="top"><div><h1>${esc(p.name)}</h1><p class="hl">${esc(p.headline)}</p></div><div class="ct">Mobile ${esc(p.phoneShown)}<br>${p.others.map((o) => `${esc(o.label)} ${esc(o.num)}`).join('<br>')}<br>${esc(p.email)}<br>${esc(p.address)}</div></div>
<h2>Profile</h2><p>${esc(p.summary)}</p><h2>Work experience</h2>${body}
<h2>Education</h2>${rev(p.edu).map((e) => `<p><b>${esc(e.degree)}</b>, ${esc(e.school)} <i>(${esc(range(p, { ...e }, 'w'))})</i></p>`).join('')}
<h2>Skills</h2><p>${p.skills.map(esc).join(', ')}</p><h2>Languages</h2><p>${p.languages.map(esc).join(' · ')}</p>
${p.certs.length ? `<h2>Certificates</h2><p>${p.certs.map(esc).join('; ')}</p>` : ''}`);
}

/** CS2 title-dash-dates: French / Japanese-resident CV: "Title — Employer, City — period" on ONE line. */
export function titleDashDates(p: Person): string {
  const jobs = rev(p.work).map((j) => `<div class="e"><p class="l"><b>${esc(j.title)}</b>${esc(basis(p, j))} — ${esc(j.company)}, ${esc(j.city)} — <span class="d">${esc(range(p, j, 'w'))}</span></p>${bl(j.bullets)}</div>`).join('');
  const brk = p.other.map((o) => `<div class="e"><p class="l"><i>${esc(o.label)}</i> — <span class="d">${esc(range(p, o, 'w'))}</span></p></div>`).join('');
  return page(p, `header{text-align:center;margin-bottom:10px}h1{font-size:20pt;letter-spacing:1px}.alt{font-size:12pt;color:#444}.hl{color:#2e5c8a;font-weight:bold;margin-top:3px}
.ct{font-size:8.5pt;margin-top:4px}.ct span{margin:0 6px}h2{font-size:10.5pt;color:#2e5c8a;border-bottom:1px dotted #2e5c8a;margin:11px 0 5px;padding-bottom:1px}
.e{margin-bottom:6px}.l{font-size:10pt}.d{color:#2e5c8a;font-weight:bold}.sk{columns:2;margin:0}`,
  `<header><h1>${esc(p.name)}</h1>${p.alt ? `<p class="alt">${esc(p.alt)}</p>` : ''}<p class="hl">${esc(p.headline)}</p>
<p class="ct"><span>${I.phone} ${esc(p.phoneShown)}</span><span>${I.mail} ${esc(p.email)}</span><span>${I.pin} ${esc(p.address)}</span></p></header>
<p>${esc(p.summary)}</p><h2>${T(p, 'Professional experience', '工作经历')}</h2>${jobs}${brk}
<h2>${T(p, 'Education', '教育背景')}</h2>${rev(p.edu).map((e) => `<p><b>${esc(e.degree)}</b> — ${esc(e.school)} — ${esc(range(p, { ...e, end: e.end }, 'w'))}</p>`).join('')}
<h2>${T(p, 'Skills', '技能')}</h2><ul class="sk">${p.skills.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
<h2>${T(p, 'Languages', '语言')}</h2><p>${p.languages.map(esc).join(', ')}</p>${p.certs.length ? `<h2>${T(p, 'Certifications', '证书')}</h2><p>${p.certs.map(esc).join(', ')}</p>` : ''}`);
}

/** CS3 chrono-margin: ONE oldest-first chronology mixing study and work (Dutch "loopbaan" list / HK 經歷時序), period in a left margin column. */
export function chronoMargin(p: Person): string {
  const zh = p.lang === 'zh';
  const rows = fwd([
    ...p.work.map((j) => ({ start: j.start, per: range(p, j, 'n'), tag: zh ? '工作' : 'Work', txt: `<b>${esc(j.title)}</b>${esc(basis(p, j))}, ${esc(j.company)}${zh ? '' : ', ' + esc(j.city)}`, sub: j.bullets[0] })),
    ...p.edu.map((e) => ({ start: e.start, per: range(p, e, 'n'), tag: zh ? '進修' : 'Study', txt: `${esc(e.degree)}, ${esc(e.school)}`, sub: '' })),
    ...p.other.map((o) => ({ start: o.start, per: range(p, o, 'n'), tag: zh ? '其他' : 'Other', txt: esc(o.label), sub: '' })),
  ]).map((r) => `<div class="r"><div class="per">${esc(r.per)}</div><div class="tag ${r.tag === 'Work' || r.tag === '工作' ? 'w' : ''}">${r.tag}</div><div>${r.txt}${r.sub ? `<br><span class="sub">${esc(r.sub)}</span>` : ''}</div></div>`).join('');
  return page(p, `h1{font-size:24pt;font-weight:300}.meta{color:#555;margin:2px 0 10px;font-size:9pt}h2{font-size:11pt;margin:12px 0 5px;color:#0b6e4f}
.r{display:grid;grid-template-columns:34mm 13mm 1fr;gap:4px;padding:3px 0;border-bottom:1px solid #e4e4e4}.per{font-variant-numeric:tabular-nums;color:#0b6e4f;font-size:9pt}
.tag{font-size:7.5pt;border:1px solid #aaa;border-radius:3px;text-align:center;height:14px;line-height:12px;color:#777}.tag.w{border-color:#0b6e4f;color:#0b6e4f}.sub{color:#555;font-size:9pt}`,
  `<h1>${esc(p.name)}</h1><p class="meta">${esc(p.headline)} &nbsp;|&nbsp; ${zh ? '手提電話' : 'Mobile'} ${esc(p.phoneShown)} &nbsp;|&nbsp; ${esc(p.email)} &nbsp;|&nbsp; ${esc(p.address)}</p>
<p>${esc(p.summary)}</p><h2>${zh ? '經歷時序（由舊至新）' : 'Timeline — study and work (oldest first)'}</h2>${rows}
<h2>${zh ? '專業技能' : 'Skills'}</h2><p>${p.skills.map(esc).join(' / ')}</p><h2>${zh ? '語言' : 'Languages'}</h2><p>${p.languages.map(esc).join(' / ')}</p>
${p.certs.length ? `<h2>${zh ? '專業資格' : 'Certificates'}</h2><p>${p.certs.map(esc).join(' / ')}</p>` : ''}`);
}

/** CS4 zh-duration-right: 中文简历，「公司 ｜ 职位」左，「2019年4月至今（7年9个月）」右，离职备考作为一条经历. */
export function zhDurationRight(p: Person): string {
  const items = rev([...p.work.map((j) => ({ ...j, k: 1 })), ...p.other.map((o) => ({ ...o, k: 0, company: '', title: '', city: '', bullets: [] as string[] }))]);
  const rows = items.map((e) => {
    const d = range(p, e, 'w') + (e.sp ? '' : `（${duration(p.loc, months(e))}）`);
    return e.k ? `<div class="j"><div class="h"><span><b>${esc(e.company)}</b> ｜ ${esc(e.title)}${esc(basis(p, e as Job))}</span><span class="d">${esc(d)}</span></div><p>工作内容：${esc(e.bullets.join(''))}</p></div>`
      : `<div class="j gap"><div class="h"><span>${esc((e as unknown as Other).label)}</span><span class="d">${esc(d)}</span></div></div>`;
  }).join('');
  return page(p, `.hd{background:#f3f6fa;padding:10px 12px;border-left:5px solid #1f5fa8}h1{font-size:20pt}.hd p{font-size:9pt;color:#444;margin-top:3px}
h2{font-size:11.5pt;color:#1f5fa8;margin:12px 0 6px;padding-bottom:2px;border-bottom:1px solid #1f5fa8}.j{margin-bottom:7px}.h{display:flex;justify-content:space-between}
.d{color:#555;white-space:nowrap;margin-left:8px}.j p{color:#444;font-size:9.5pt;margin-top:2px}.gap .h span:first-child{color:#777;font-style:italic}`,
  `<div class="hd"><h1>${esc(p.name)}</h1><p>求职意向：${esc(p.headline)}　｜　手机：${esc(p.phoneShown)}　｜　邮箱：${esc(p.email)}</p><p>现居：${esc(p.address)}${p.others.map((o) => `　｜　${esc(o.label)}：${esc(o.num)}`).join('')}</p></div>
<h2>自我评价</h2><p>${esc(p.summary)}</p><h2>工作经历</h2>${rows}
<h2>教育经历</h2>${rev(p.edu).map((e) => `<div class="h"><span>${esc(e.school)} ｜ ${esc(e.degree)}</span><span class="d">${esc(range(p, e, 'n'))}</span></div>`).join('')}
<h2>专业技能</h2><p>${p.skills.map(esc).join('、')}</p><h2>语言能力</h2><p>${p.languages.map(esc).join('、')}</p><h2>证书</h2><p>${p.certs.map(esc).join('、')}</p>`, 'Noto Sans CJK SC');
}

/** CS5 label-first: tech one-pager with the period as a small-caps label BEFORE the title ("Q3 2019 – Q4 2020 | Title, Employer"). */
export function labelFirst(p: Person): string {
  const rows = rev(p.work).map((j) => `<div class="j"><p class="t"><span class="d">${esc(range(p, j, 'w'))}</span><b>${esc(j.title)}</b>${esc(basis(p, j))}, ${esc(j.company)} <span class="c">${esc(j.city)}</span></p>${bl(j.bullets)}</div>`).join('');
  const gaps = p.other.map((o) => `<div class="j"><p class="t"><span class="d">${esc(range(p, o, 'w'))}</span><i>${esc(o.label)}</i></p></div>`).join('');
  return page(p, `h1{font-size:21pt}h1 small{font-size:12pt;font-weight:normal;color:#555;margin-left:8px}.c0{font-size:9pt;color:#444;margin:3px 0 8px}
h2{font-size:9.5pt;text-transform:uppercase;letter-spacing:1.5px;background:#222;color:#fff;padding:2px 6px;margin:11px 0 5px}.j{margin-bottom:6px}
.d{display:inline-block;min-width:40mm;font-variant:small-caps;color:#7a4b00;font-weight:bold}.c{color:#777;font-size:9pt}.j ul{margin-left:40mm}
.tags span{display:inline-block;border:1px solid #999;border-radius:9px;padding:0 7px;margin:0 4px 3px 0;font-size:9pt}`,
  `<h1>${esc(p.name)}${p.alt ? `<small>${esc(p.alt)}</small>` : ''}</h1><p class="c0">${esc(p.headline)} · ${esc(p.phoneShown)} · ${esc(p.email)} · ${esc(p.address)}</p><p>${esc(p.summary)}</p>
<h2>${T(p, 'Experience', '工作经历')}</h2>${[rows, gaps].join('')}
<h2>${T(p, 'Skills', '技能')}</h2><p class="tags">${p.skills.map((s) => `<span>${esc(s)}</span>`).join('')}</p>
<h2>${T(p, 'Education', '教育')}</h2>${p.edu.map((e) => `<p><span class="d">${esc(range(p, e, 'w'))}</span>${esc(e.degree)}, ${esc(e.school)}</p>`).join('')}
<h2>${T(p, 'Languages', '语言')} / ${T(p, 'Certifications', '证书')}</h2><p>${p.languages.map(esc).join(', ')}</p><p>${p.certs.map(esc).join(', ')}</p>`);
}

/** CT1 period-duration-table: bordered table Period | Duration | Employer | Position & tasks; compulsory service as its own row. */
export function periodDurationTable(p: Person): string {
  const zh = p.lang === 'zh';
  const rows = rev([...p.work.map((j) => ({ ...j, k: 1 })), ...p.other.map((o) => ({ ...o, k: 0 }))]).map((e) => e.k
    ? `<tr><td class="p">${esc(range(p, e, 'n'))}</td><td class="du">${esc(zh ? duration(p.loc, months(e)) : '(' + duration(p.loc, months(e)) + ')')}</td><td><b>${esc((e as Job).company)}</b><br><span class="c">${esc((e as Job).city)}</span></td><td><b>${esc((e as Job).title)}</b>${esc(basis(p, e as Job))}${bl((e as Job).bullets)}</td></tr>`
    : `<tr class="o"><td class="p">${esc(range(p, e, 'n'))}</td><td class="du">${esc(zh ? duration(p.loc, months(e)) : '(' + duration(p.loc, months(e)) + ')')}</td><td colspan="2"><i>${esc((e as Other).label)}</i></td></tr>`).join('');
  return page(p, `h1{font-size:18pt}.sub{color:#555;margin-bottom:6px}table{width:100%;border-collapse:collapse;margin-bottom:8px}td,th{border:1px solid #888;padding:3px 5px;vertical-align:top;font-size:9pt}
th{background:#dfe6ee;text-align:left}.p{width:27mm;white-space:nowrap}.du{width:26mm;color:#555}.c{color:#666}tr.o td{background:#f5f5f5}h2{font-size:11pt;margin:10px 0 4px}
.kv td:first-child{width:35mm;background:#f1f1f1;font-weight:bold}`,
  `<h1>${esc(p.name)}</h1><p class="sub">${esc(p.headline)}</p>
<table class="kv"><tr><td>${zh ? '手机' : 'Mobile'}</td><td>${esc(p.phoneShown)}</td></tr>${p.others.map((o) => `<tr><td>${esc(o.label)}</td><td>${esc(o.num)}</td></tr>`).join('')}<tr><td>${zh ? '电子邮箱' : 'E-mail'}</td><td>${esc(p.email)}</td></tr><tr><td>${zh ? '地址' : 'Address'}</td><td>${esc(p.address)}</td></tr></table>
<h2>${zh ? '工作经历' : 'Employment history'}</h2><table><tr><th>${zh ? '时间' : 'Period'}</th><th>${zh ? '时长' : 'Duration'}</th><th>${zh ? '单位' : 'Employer'}</th><th>${zh ? '职位与职责' : 'Position and tasks'}</th></tr>${rows}</table>
<h2>${zh ? '教育背景' : 'Education'}</h2><table>${rev(p.edu).map((e) => `<tr><td class="p">${esc(range(p, e, 'n'))}</td><td>${esc(e.school)}</td><td>${esc(e.degree)}</td></tr>`).join('')}</table>
<h2>${zh ? '技能' : 'Skills'}</h2><table><tr>${p.skills.map((s) => `<td>${esc(s)}</td>`).join('')}</tr></table>
<h2>${zh ? '语言 / 证书' : 'Languages / Certificates'}</h2><p>${p.languages.map(esc).join('; ')}</p><p>${p.certs.map(esc).join('; ')}</p>`);
}

/** group consecutive roles at one employer */
export function groups(p: Person): { company: string; city: string; jobs: Job[] }[] {
  const out: { company: string; city: string; jobs: Job[] }[] = [];
  for (const j of rev(p.work)) {
    const g = out.find((x) => x.company === j.company);
    if (g) g.jobs.push(j); else out.push({ company: j.company, city: j.city, jobs: [j] });
  }
  return out;
}
export function groupSpan(g: { jobs: Job[] }) {
  const first = [...g.jobs].sort((a, b) => a.start.localeCompare(b.start))[0];
  const last = g.jobs.find((j) => j.end === null) ?? [...g.jobs].sort((a, b) => (a.end as string).localeCompare(b.end as string)).at(-1)!;
  return { start: first.start, sp: first.sp, end: last.end, ep: last.ep };
}

/** CT2 employer-span-table: employer header row spanning the table with the employer's whole span + tenure, role rows under it with their own dates. */
export function employerSpanTable(p: Person): string {
  const tw = p.loc === 'tw';
  const body = groups(p).map((g) => {
    const s = groupSpan(g);
    return `<tr class="g"><td colspan="3"><b>${esc(g.company)}</b>, ${esc(g.city)} <span class="sp">${esc(range(p, s, 'w'))} (${esc(duration(p.loc, months(s), true))})</span></td></tr>`
      + g.jobs.map((j) => `<tr><td class="p">${esc(range(p, j, 'n'))}</td><td class="t">${esc(j.title)}${esc(basis(p, j))}</td><td>${esc(j.bullets.join(' '))}</td></tr>`).join('');
  }).join('');
  const svc = p.other.map((o) => `<tr class="s"><td class="p">${esc(range(p, o, 'n'))}</td><td colspan="2">${esc(o.label)}</td></tr>`).join('');
  return page(p, `.top{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:3px double #444;padding-bottom:5px}h1{font-size:19pt}.top .r{text-align:right;font-size:8.5pt}
h2{font-size:10.5pt;margin:11px 0 4px}table{width:100%;border-collapse:collapse}td,th{border:1px solid #999;padding:3px 5px;font-size:9pt;vertical-align:top}th{background:#eee;text-align:left}
tr.g td{background:#e9eef3}.sp{float:right;color:#333}.p{width:34mm;white-space:nowrap}.t{width:52mm;font-weight:bold}tr.s td{font-style:italic;color:#555}`,
  `<div class="top"><div><h1>${esc(p.name)}</h1>${p.alt ? `<div>${esc(p.alt)}</div>` : ''}<div>${esc(p.headline)}</div></div><div class="r">${tw ? '手機' : 'Mobile 手机'}: ${esc(p.phoneShown)}<br>${p.others.map((o) => `${esc(o.label)}: ${esc(o.num)}`).join('<br>')}<br>${esc(p.email)}<br>${esc(p.address)}</div></div>
<p style="margin-top:6px">${esc(p.summary)}</p>
<h2>${tw ? '工作經歷' : 'Career history 工作经历'}</h2><table><tr><th>${tw ? '期間' : 'Period 期间'}</th><th>${tw ? '職稱' : 'Position 职位'}</th><th>${tw ? '工作內容' : 'Key responsibilities 职责'}</th></tr>${body}${svc}</table>
<h2>${tw ? '學歷' : 'Education 教育'}</h2><table>${p.edu.map((e) => `<tr><td class="p">${esc(range(p, e, 'n'))}</td><td>${esc(e.school)}</td><td>${esc(e.degree)}</td></tr>`).join('')}</table>
<h2>${tw ? '專業技能' : 'Skills 技能'}</h2><table><tr>${p.skills.map((s) => `<td>${esc(s)}</td>`).join('')}</tr></table>
<h2>${tw ? '語言能力 / 證照' : 'Languages 语言 / Certificates 证书'}</h2><p>${p.languages.map(esc).join('；')}</p><p>${p.certs.map(esc).join('；')}</p>`);
}

/** CT3 from-to-cells: history table with separate From / To cells, breaks and service printed as rows. */
export function fromToCells(p: Person): string {
  const m = p.lang === 'mixed';
  const rows = rev([...p.work.map((j) => ({ ...j, k: 1 })), ...p.other.map((o) => ({ ...o, k: 0 }))]).map((e) => {
    const f = point(p.loc, e.start, 'n', e.sp), t = e.end === null ? (p.loc === 'ko' ? '재직중' : 'obecnie') : point(p.loc, e.end, 'n', e.ep);
    return e.k ? `<tr><td>${esc(f)}</td><td>${esc(t)}</td><td><b>${esc((e as Job).company)}</b><br>${esc((e as Job).city)}</td><td>${esc((e as Job).title)}${esc(basis(p, e as Job))}</td><td>${esc((e as Job).bullets.join(' '))}</td></tr>`
      : `<tr class="o"><td>${esc(f)}</td><td>${esc(t)}</td><td colspan="3">${esc((e as Other).label)}</td></tr>`;
  }).join('');
  return page(p, `h1{font-size:18pt;display:inline}.alt{font-size:12pt;margin-left:8px;color:#555}.c{font-size:9pt;margin:4px 0 8px;color:#333}
table{width:100%;border-collapse:collapse;margin-bottom:6px}td,th{border:1px solid #777;padding:3px 4px;font-size:9pt;vertical-align:top}th{background:#3c4b5c;color:#fff;text-align:left}
td:nth-child(1),td:nth-child(2){width:17mm;white-space:nowrap}tr.o td{background:#f4f4f4;font-style:italic}h2{font-size:10.5pt;margin:9px 0 4px;color:#3c4b5c}`,
  `<h1>${esc(p.name)}</h1>${p.alt ? `<span class="alt">${esc(p.alt)}</span>` : ''}<p class="c">${esc(p.headline)}<br>${m ? 'Mobile 手机' : 'Mobile'}: ${esc(p.phoneShown)} · E-mail: ${esc(p.email)} · ${esc(p.address)}${p.others.map((o) => ` · ${esc(o.label)}: ${esc(o.num)}`).join('')}</p>
<h2>${T(p, 'Employment', '工作经历')}</h2><table><tr><th>${m ? 'From 起' : 'From'}</th><th>${m ? 'To 止' : 'To'}</th><th>${m ? 'Organisation 单位' : 'Organisation'}</th><th>${m ? 'Role 职位' : 'Role'}</th><th>${m ? 'Duties 职责' : 'Duties'}</th></tr>${rows}</table>
<h2>${T(p, 'Education', '教育')}</h2><table>${p.edu.map((e) => `<tr><td>${esc(point(p.loc, e.start, 'n'))}</td><td>${esc(point(p.loc, e.end, 'n'))}</td><td colspan="3">${esc(e.degree)} — ${esc(e.school)}</td></tr>`).join('')}</table>
<h2>${T(p, 'Skills', '技能')}</h2><p>${p.skills.map(esc).join(' | ')}</p><h2>${T(p, 'Languages', '语言')}</h2><p>${p.languages.map(esc).join(' | ')}</p><h2>${T(p, 'Licences & certificates', '证书')}</h2><p>${p.certs.map(esc).join(' | ')}</p>`);
}

/** CW1 grid-date-gutter: CSS grid, light left rail (contact, skills, languages); in the main column every job is a grid row with the dates in a RIGHT gutter. */
export function gridDateGutter(p: Person): string {
  const jobs = rev(p.work).map((j) => `<div class="j"><div><b>${esc(j.title)}</b>${esc(basis(p, j))}<br><span class="co">${esc(j.company)}, ${esc(j.city)}</span>${bl(j.bullets)}</div><div class="d">${esc(range(p, j, 'w', { sep: ' –\n' }))}</div></div>`).join('');
  const oth = p.other.map((o) => `<div class="j"><div><i>${esc(o.label)}</i></div><div class="d">${esc(range(p, o, 'w', { sep: ' –\n' }))}</div></div>`).join('');
  return page(p, `.w{display:grid;grid-template-columns:58mm 1fr;gap:7mm}.rail{background:#eef2ec;padding:8px;font-size:9pt}.rail h3{font-size:9.5pt;margin:10px 0 3px;color:#3d6b35}
.rail p{margin-bottom:3px;word-break:break-word}h1{font-size:20pt}.hl{color:#3d6b35;margin-bottom:8px}h2{font-size:11pt;color:#3d6b35;border-bottom:1px solid #3d6b35;margin:10px 0 5px}
.j{display:grid;grid-template-columns:1fr 27mm;gap:4px;margin-bottom:6px}.d{text-align:right;white-space:pre-line;font-size:9pt;color:#555}.co{color:#444}`,
  `<div class="w"><div class="rail"><h3>Contact</h3><p>${I.phone} ${esc(p.phoneShown)}</p>${p.others.map((o) => `<p>${esc(o.label)}: ${esc(o.num)}</p>`).join('')}<p>${I.mail} ${esc(p.email)}</p><p>${I.pin} ${esc(p.address)}</p>
<h3>Skills</h3>${p.skills.map((s) => `<p>${esc(s)}</p>`).join('')}<h3>Languages</h3>${p.languages.map((s) => `<p>${esc(s)}</p>`).join('')}<h3>Certificates</h3>${p.certs.map((s) => `<p>${esc(s)}</p>`).join('')}</div>
<div><h1>${esc(p.name)}</h1><p class="hl">${esc(p.headline)}</p><p>${esc(p.summary)}</p><h2>Experience</h2>${jobs}${oth}
<h2>Education</h2>${rev(p.edu).map((e) => `<div class="j"><div>${esc(e.degree)}<br><span class="co">${esc(e.school)}</span></div><div class="d">${esc(range(p, e, 'w', { sep: ' –\n' }))}</div></div>`).join('')}</div></div>`);
}

/** CW2 rail-right-tenure: main left, dark right rail; dates on their own line under the title followed by the tenure ("· 3 yrs 2 mos" / "· 3年2个月"). */
export function railRightTenure(p: Person): string {
  const zh = p.lang === 'zh';
  const items = rev([...p.work.map((j) => ({ ...j, k: 1 })), ...p.other.map((o) => ({ ...o, k: 0 }))]);
  const jobs = items.map((e) => e.k ? `<div class="j"><p><b>${esc((e as Job).title)}</b>${esc(basis(p, e as Job))}</p><p class="co">${esc((e as Job).company)} · ${esc((e as Job).city)}</p><p class="d">${esc(range(p, e, 'w'))}${e.sp || e.ep ? '' : ' · ' + esc(duration(p.loc, months(e), true))}</p>${bl((e as Job).bullets)}</div>`
    : `<div class="j"><p class="d">${esc(range(p, e, 'w'))}</p><p><i>${esc((e as Other).label)}</i></p></div>`).join('');
  return page(p, `.w{display:flex;gap:6mm}.m{flex:1}.r{width:60mm;background:#263238;color:#eceff1;padding:9px;font-size:9pt}.r h3{font-size:9.5pt;color:#80cbc4;margin:10px 0 3px}
.r p{margin-bottom:3px;word-break:break-word}h1{font-size:21pt}.alt{font-size:12pt;color:#555}.hl{color:#00796b;margin:2px 0 8px}h2{font-size:11pt;color:#00796b;margin:10px 0 5px}
.j{margin-bottom:7px}.co{color:#333}.d{color:#00796b;font-size:9pt}`,
  `<div class="w"><div class="m"><h1>${esc(p.name)}</h1>${p.alt ? `<p class="alt">${esc(p.alt)}</p>` : ''}<p class="hl">${esc(p.headline)}</p><p>${esc(p.summary)}</p>
<h2>${T(p, 'Experience', '工作经历')}</h2>${jobs}<h2>${T(p, 'Education', '教育经历')}</h2>${rev(p.edu).map((e) => `<p><b>${esc(e.school)}</b> · ${esc(e.degree)}<br><span class="d">${esc(range(p, e, 'w'))}</span></p>`).join('')}</div>
<div class="r"><h3>${T(p, 'Contact', '联系方式')}</h3><p>${zh ? '手机' : 'Mobile'}: ${esc(p.phoneShown)}</p>${p.others.map((o) => `<p>${esc(o.label)}: ${esc(o.num)}</p>`).join('')}<p>${esc(p.email)}</p><p>${esc(p.address)}</p>
<h3>${T(p, 'Skills', '专业技能')}</h3>${p.skills.map((s) => `<p>▸ ${esc(s)}</p>`).join('')}<h3>${T(p, 'Languages', '语言')}</h3>${p.languages.map((s) => `<p>${esc(s)}</p>`).join('')}<h3>${T(p, 'Certificates', '证书')}</h3>${p.certs.map((s) => `<p>${esc(s)}</p>`).join('')}</div></div>`);
}

/** CW3 table-cell-aside: CSS display:table with a left info cell; in the main cell each job starts with its period in a narrow left sub-column. */
export function tableCellAside(p: Person): string {
  const zh = p.lang === 'zh';
  const items = rev([...p.work.map((j) => ({ ...j, k: 1 })), ...p.other.map((o) => ({ ...o, k: 0 }))]);
  const jobs = items.map((e) => `<div class="j"><div class="d">${esc(range(p, e, zh ? 'n' : 'w', { sep: zh ? ' —\n' : ' –\n' }))}</div><div>${e.k ? `<b>${esc((e as Job).company)}</b><br>${esc((e as Job).title)}${esc(basis(p, e as Job))}, ${esc((e as Job).city)}${bl((e as Job).bullets)}` : `<i>${esc((e as Other).label)}</i>`}</div></div>`).join('');
  return page(p, `.t{display:table;width:100%}.a,.m{display:table-cell;vertical-align:top}.a{width:55mm;border-right:2px solid #8e44ad;padding-right:8px;font-size:9pt}.m{padding-left:10px}
.a h3{font-size:9.5pt;color:#8e44ad;margin:10px 0 3px}.a p{margin-bottom:3px;word-break:break-word}h1{font-size:20pt;color:#8e44ad}h2{font-size:11pt;margin:10px 0 5px;color:#8e44ad}
.j{display:flex;gap:6px;margin-bottom:6px}.d{width:26mm;flex:none;white-space:pre-line;font-size:9pt;color:#666}`,
  `<div class="t"><div class="a"><h1>${esc(p.name)}</h1><p>${esc(p.headline)}</p><h3>${zh ? '联系方式' : 'Contact'}</h3><p>${zh ? '手机' : 'Portable'}: ${esc(p.phoneShown)}</p>${p.others.map((o) => `<p>${esc(o.label)}: ${esc(o.num)}</p>`).join('')}<p>${esc(p.email)}</p><p>${esc(p.address)}</p>
<h3>${zh ? '技能' : 'Skills'}</h3>${p.skills.map((s) => `<p>• ${esc(s)}</p>`).join('')}<h3>${zh ? '语言' : 'Languages'}</h3>${p.languages.map((s) => `<p>${esc(s)}</p>`).join('')}<h3>${zh ? '证书' : 'Certifications'}</h3>${p.certs.map((s) => `<p>${esc(s)}</p>`).join('')}</div>
<div class="m"><h2>${zh ? '个人简介' : 'Profile'}</h2><p>${esc(p.summary)}</p><h2>${zh ? '工作经历' : 'Experience'}</h2>${jobs}<h2>${zh ? '教育背景' : 'Education'}</h2>${rev(p.edu).map((e) => `<div class="j"><div class="d">${esc(range(p, e, zh ? 'n' : 'w', { sep: zh ? ' —\n' : ' –\n' }))}</div><div>${esc(e.degree)}<br>${esc(e.school)}</div></div>`).join('')}</div></div>`);
}

/** CW4 css-columns-flow: CSS multi-column (two balanced newspaper columns); roles grouped under the employer, employer span in brackets after its name. */
export function cssColumnsFlow(p: Person): string {
  const zh = p.lang === 'zh';
  const g = groups(p).map((x) => {
    const s = groupSpan(x);
    return `<div class="g"><h3>${esc(x.company)} <span class="sp">(${esc(range(p, s, 'w'))})</span></h3>${x.jobs.map((j) => `<p class="t">${esc(j.title)}${esc(basis(p, j))} — <i>${esc(range(p, j, 'w'))}</i></p>${bl(j.bullets)}`).join('')}</div>`;
  }).join('');
  return page(p, `header{border-bottom:4px solid #c0392b;margin-bottom:8px;padding-bottom:4px}h1{font-size:22pt}header p{font-size:9pt}.cols{columns:2;column-gap:8mm;column-rule:1px solid #ccc}
h2{font-size:11pt;color:#c0392b;margin:0 0 5px;break-after:avoid}section{margin-bottom:10px}.g{margin-bottom:7px}.g h3{font-size:10pt}.sp{font-weight:normal;color:#555}.t{font-size:9.5pt}`,
  `<header><h1>${esc(p.name)}</h1><p>${esc(p.headline)} ｜ ${zh ? '手机' : 'Mobile'} ${esc(p.phoneShown)} ｜ ${esc(p.email)} ｜ ${esc(p.address)}</p></header><div class="cols">
<section><h2>${zh ? '个人概述' : 'About'}</h2><p>${esc(p.summary)}</p></section><section><h2>${zh ? '工作经历' : 'Work'}</h2>${g}</section>
<section><h2>${zh ? '教育经历' : 'Education'}</h2>${rev(p.edu).map((e) => `<p><b>${esc(e.school)}</b><br>${esc(e.degree)}, ${esc(range(p, e, 'w'))}</p>`).join('')}</section>
<section><h2>${zh ? '专业技能' : 'Skills'}</h2><ul>${p.skills.map((s) => `<li>${esc(s)}</li>`).join('')}</ul></section>
<section><h2>${zh ? '语言' : 'Languages'}</h2><p>${p.languages.map(esc).join('<br>')}</p></section>${p.certs.length ? `<section><h2>${zh ? '证书' : 'Certificates'}</h2><p>${p.certs.map(esc).join('<br>')}</p></section>` : ''}</div>`);
}
