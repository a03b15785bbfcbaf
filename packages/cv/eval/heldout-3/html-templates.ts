/**
 * The HTML/CSS templates of held-out set 3, printed to A4 PDF by Chromium. Each imitates a convention real CVs
 * use (see NOTES.md). Written by a blind writer on 2026-12-02, without reading the analyser, its taxonomy, tests,
 * README or the other sets; frozen; never tuned on.
 */
import { esc, h, label, pick, printedSkills, range, type RangeStyle } from './format';
import type { Job, Person } from './people';

const zh = (p: Person) => p.labels === 'zh';
const font = (p: Person, latin: string) => `font-family: ${latin}, 'WenQuanYi Zen Hei', 'Droid Sans Fallback', sans-serif;`;
const page = (p: Person, css: string, body: string) =>
  `<!doctype html><html lang="${zh(p) ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><title>${esc(p.name)}</title><style>
  * { box-sizing: border-box; } body { margin: 0; color: #222; } ul { margin: 3px 0 0; padding-left: 16px; } li { margin: 1px 0; }
  ${css}</style></head><body>${body}</body></html>`;
const bullets = (j: Job) => `<ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul>`;

/** Harvard-style reverse-chronological: centred name, employer and city on one line, title and dates under it. */
export function classic(p: Person): string {
  const r = pick<RangeStyle>(
    zh(p)
      ? [{ month: 'YYYY.MM', sep: ' – ', present: '至今' }, { month: 'YYYY年M月', sep: ' — ', present: '至今' }]
      : [{ month: 'Mon YYYY', sep: ' – ', present: 'Present' }, { month: 'Month YYYY', sep: ' – ', present: 'Present' }, { month: 'MM/YYYY', sep: ' - ', present: 'Current' }],
    p,
  );
  const contact = [p.city, p.phoneShown, p.email, p.link].filter(Boolean).map((s) => esc(s!)).join(' &nbsp;·&nbsp; ');
  const css = `body { ${font(p, "'DejaVu Serif', Georgia, serif")} font-size: 10.5pt; line-height: 1.35; }
    h1 { text-align: center; font-size: 22pt; margin: 0; letter-spacing: 1px; } .contact { text-align: center; margin: 4px 0 10px; font-size: 9.5pt; }
    h2 { font-size: 11pt; text-transform: uppercase; border-bottom: 1px solid #333; margin: 12px 0 5px; padding-bottom: 1px; letter-spacing: .5px; }
    .row { display: flex; justify-content: space-between; } .job { margin-bottom: 7px; } .t { font-style: italic; }`;
  const jobs = p.jobs
    .map((j) => `<div class="job"><div class="row"><b>${esc(j.company)}</b><span>${esc(j.city)}</span></div>
      <div class="row"><span class="t">${esc(j.title)}</span><span>${range(j.start, j.end, r)}</span></div>${bullets(j)}</div>`)
    .join('');
  const edu = p.education
    .map((e) => `<div class="job"><div class="row"><b>${esc(e.school)}</b><span>${range(e.start, e.end, r)}</span></div><div class="t">${esc(e.degree)}</div></div>`)
    .join('');
  const skills = printedSkills(p).map(esc).join(zh(p) ? '、' : ', ');
  const spoken = p.spoken ? `<p><b>${h(p, 'languages')}${zh(p) ? '：' : ':'}</b> ${p.spoken.map(esc).join(zh(p) ? '；' : '; ')}</p>` : '';
  return page(
    p,
    css,
    `<h1>${esc(p.name)}</h1><div class="contact">${contact}</div>
     <h2>${h(p, 'profile', 3)}</h2><p style="margin:0">${esc(p.summary)}</p>
     <h2>${h(p, 'experience', 3)}</h2>${jobs}
     <h2>${h(p, 'education')}</h2>${edu}
     <h2>${h(p, 'skills', 1)}</h2><p style="margin:0 0 4px">${skills}</p>${spoken}`,
  );
}

/** A 51job / 智联-style export: name, a line of personal facts, contact, then dated blocks with the employer and title on one line. */
export function cnExport(p: Person): string {
  const r = pick<RangeStyle>([{ month: 'YYYY/MM', sep: ' - ', present: '至今' }, { month: 'YYYY.MM', sep: '-', present: '至今' }], p);
  const facts = (p.facts ?? []).map(([, v]) => esc(v)).join(' | ');
  const css = `body { ${font(p, "'DejaVu Sans'")} font-size: 10pt; line-height: 1.5; }
    .top { border-bottom: 3px solid #ff6a00; padding-bottom: 6px; } h1 { font-size: 20pt; margin: 0 0 2px; }
    .facts { color: #555; } h2 { font-size: 11.5pt; background: #f2f2f2; padding: 2px 8px; margin: 12px 0 6px; border-left: 4px solid #ff6a00; }
    .jh { font-weight: bold; } .jh span { margin-right: 18px; } .job { margin-bottom: 8px; } .kv span { display: inline-block; min-width: 46%; }`;
  const jobs = p.jobs
    .map((j) => `<div class="job"><div class="jh"><span>${range(j.start, j.end, r)}</span><span>${esc(j.company)}</span><span>${esc(j.title)}</span></div>
      <div>${zh(p) ? '工作描述：' : 'Description:'}</div>${bullets(j)}</div>`)
    .join('');
  const edu = p.education
    .map((e) => `<div class="jh"><span>${range(e.start, e.end, r)}</span><span>${esc(e.school)}</span><span>${esc(e.degree)}</span></div>`)
    .join('');
  return page(
    p,
    css,
    `<div class="top"><h1>${esc(p.name)}</h1>${p.otherName ? `<div>${esc(p.otherName)}</div>` : ''}<div class="facts">${facts}</div>
       <div>${label(p, 'phone')}：${esc(p.phoneShown)} &nbsp;&nbsp; ${label(p, 'email')}：${esc(p.email)}</div></div>
     <h2>求职意向</h2><div class="kv"><span>期望职位：${esc(p.headline)}</span><span>期望地点：${esc(p.city)}</span><span>工作性质：全职</span><span>到岗时间：一个月内</span></div>
     <h2>${h(p, 'profile', 2)}</h2><div>${esc(p.summary)}</div>
     <h2>${h(p, 'experience', 1)}</h2>${jobs}
     <h2>${h(p, 'education', 1)}</h2>${edu}
     <h2>${h(p, 'skills', 1)}</h2><div>${printedSkills(p).map(esc).join(' / ')}</div>
     ${p.spoken ? `<h2>${h(p, 'languages')}</h2><div>${p.spoken.map(esc).join('，')}</div>` : ''}`,
  );
}

/** A CSS-grid sidebar on the left (contact with icons, skills as tags, languages, education); experience on the right with dates under the title in italics. */
export function sidebarGrid(p: Person): string {
  const r = pick<RangeStyle>(
    zh(p)
      ? [{ month: 'YYYY.MM', sep: ' ~ ', present: '至今' }, { month: 'YYYY-MM', sep: ' 至 ', present: '今' }]
      : [{ month: 'Mon YYYY', sep: ' — ', present: 'Present' }, { month: 'MM/YYYY', sep: '–', present: 'present' }],
    p,
  );
  const css = `body { ${font(p, "'DejaVu Sans'")} font-size: 9.5pt; line-height: 1.4; }
    .grid { display: grid; grid-template-columns: 34% 1fr; column-gap: 18px; }
    aside { background: #23394d; color: #f3f3f3; padding: 14px 12px; min-height: 260mm; } aside h3 { font-size: 10pt; text-transform: uppercase; border-bottom: 1px solid #7890a5; margin: 14px 0 6px; }
    .tag { display: inline-block; background: #3d5a73; border-radius: 9px; padding: 1px 7px; margin: 2px 2px; font-size: 8.5pt; }
    main h1 { font-size: 24pt; margin: 4px 0 0; color: #23394d; } .hl { font-size: 12pt; color: #557; margin-bottom: 8px; }
    main h2 { font-size: 11pt; color: #23394d; text-transform: uppercase; margin: 12px 0 4px; } .job { margin-bottom: 8px; } .when { font-style: italic; color: #666; font-size: 9pt; }`;
  const jobs = p.jobs
    .map((j) => `<div class="job"><div><b>${esc(j.title)}</b></div><div>${esc(j.company)}, ${esc(j.city)}</div><div class="when">${range(j.start, j.end, r)}</div>${bullets(j)}</div>`)
    .join('');
  const contact = [`✉ ${esc(p.email)}`, `☎ ${esc(p.phoneShown)}`, `⌂ ${esc(p.city)}`, ...(p.link ? [`in ${esc(p.link)}`] : [])].map((l) => `<div>${l}</div>`).join('');
  const edu = p.education.map((e) => `<div><b>${esc(e.degree)}</b><br>${esc(e.school)}<br>${e.start.slice(0, 4)} – ${e.end.slice(0, 4)}</div>`).join('<br>');
  return page(
    p,
    css,
    `<div class="grid"><aside><h3>${h(p, 'contact')}</h3>${contact}
       <h3>${h(p, 'skills')}</h3><div>${printedSkills(p).map((s) => `<span class="tag">${esc(s)}</span>`).join(' ')}</div>
       ${p.spoken ? `<h3>${h(p, 'languages')}</h3>${p.spoken.map((s) => `<div>${esc(s)}</div>`).join('')}` : ''}
       <h3>${h(p, 'education')}</h3>${edu}</aside>
     <main><h1>${esc(p.name)}</h1>${p.otherName ? `<div>${esc(p.otherName)}</div>` : ''}<div class="hl">${esc(p.headline)}</div>
       <h2>${h(p, 'profile')}</h2><div>${esc(p.summary)}</div><h2>${h(p, 'experience')}</h2>${jobs}</main></div>`,
  );
}

const dots = (n: number) => '●'.repeat(n) + '○'.repeat(5 - n);

/** A full-width header (name left, contact right) over a flex row: a timeline with a vertical rule, and a narrow right sidebar with skill levels. */
export function headerTimeline(p: Person): string {
  const r = pick<RangeStyle>(
    zh(p)
      ? [{ month: 'YYYY.MM', sep: ' - ', present: '至今' }, { month: 'YYYY年M月', sep: '—', present: '至今' }]
      : [{ month: 'MM/YYYY', sep: ' – ', present: 'Present' }, { month: 'Mon YYYY', sep: ' to ', present: 'now' }],
    p,
  );
  const css = `body { ${font(p, "'DejaVu Sans'")} font-size: 9.5pt; line-height: 1.4; }
    header { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 2px solid #0b7a75; padding-bottom: 6px; }
    header h1 { margin: 0; font-size: 23pt; color: #0b7a75; } header .c { text-align: right; font-size: 9pt; }
    .row { display: flex; gap: 16px; margin-top: 10px; } .main { flex: 0 0 66%; } .side { flex: 1; border-left: 1px solid #ddd; padding-left: 12px; }
    h2 { font-size: 11pt; color: #0b7a75; margin: 8px 0 6px; } .tl { border-left: 2px solid #0b7a75; padding-left: 12px; margin-left: 4px; }
    .job { position: relative; margin-bottom: 9px; } .job:before { content: ''; position: absolute; left: -18px; top: 4px; width: 9px; height: 9px; border-radius: 5px; background: #0b7a75; }
    .d { color: #0b7a75; font-size: 8.5pt; font-weight: bold; } .lv { display: flex; justify-content: space-between; } .lv span:last-child { color: #0b7a75; letter-spacing: 1px; }`;
  const jobs = p.jobs
    .map((j) => `<div class="job"><div class="d">${range(j.start, j.end, r)}</div><div><b>${esc(j.title)}</b> | ${esc(j.company)}</div>${bullets(j)}</div>`)
    .join('');
  const levels = printedSkills(p).map((s, i) => `<div class="lv"><span>${esc(s)}</span><span>${dots(5 - (i % 3))}</span></div>`).join('');
  const edu = p.education.map((e) => `<div><b>${esc(e.school)}</b><br>${esc(e.degree)}<br>${range(e.start, e.end, r)}</div>`).join('<br>');
  return page(
    p,
    css,
    `<header><div><h1>${esc(p.name)}</h1><div>${esc(p.headline)}</div></div>
       <div class="c">${esc(p.phoneShown)}<br>${esc(p.email)}<br>${esc(p.city)}${p.link ? `<br>${esc(p.link)}` : ''}</div></header>
     <div class="row"><div class="main"><h2>${h(p, 'profile', 1)}</h2><div>${esc(p.summary)}</div>
       <h2>${h(p, 'experience', 2)}</h2><div class="tl">${jobs}</div></div>
       <div class="side"><h2>${h(p, 'skills', 2)}</h2>${levels}<h2>${h(p, 'education')}</h2>${edu}
       ${p.spoken ? `<h2>${h(p, 'languages')}</h2>${p.spoken.map((s) => `<div>${esc(s)}</div>`).join('')}` : ''}</div></div>`,
  );
}

const monthsBetween = (a: string, b: string) => (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7)) + 1;
const duration = (j: Job) => {
  const m = monthsBetween(j.start, j.end ?? '2026-11');
  const [y, mo] = [Math.floor(m / 12), m % 12];
  return [y ? `${y} year${y > 1 ? 's' : ''}` : '', mo ? `${mo} month${mo > 1 ? 's' : ''}` : ''].filter(Boolean).join(' ');
};

/** Imitates LinkedIn's "Save to PDF": a floated grey left column (Contact, Skills, Languages), the profile on the right, durations after dates. */
export function linkedinExport(p: Person): string {
  const r: RangeStyle = { month: 'Month YYYY', sep: ' - ', present: 'Present' };
  const css = `body { ${font(p, "'DejaVu Sans'")} font-size: 9.5pt; line-height: 1.45; }
    .left { float: left; width: 27%; background: #e9eef3; padding: 12px 10px; min-height: 262mm; } .left h3 { font-size: 11pt; margin: 12px 0 4px; }
    .right { margin-left: 31%; } h1 { font-size: 24pt; margin: 0; font-weight: normal; } h2 { font-size: 13pt; font-weight: normal; margin: 14px 0 6px; }
    .co { font-size: 11pt; margin-top: 8px; } .muted { color: #777; }`;
  const jobs = p.jobs
    .map((j) => `<div class="co">${esc(j.company)}</div><div><b>${esc(j.title)}</b></div>
      <div class="muted">${range(j.start, j.end, r)} (${duration(j)})</div><div class="muted">${esc(j.city)}</div>${bullets(j)}`)
    .join('');
  const edu = p.education.map((e) => `<div class="co">${esc(e.school)}</div><div>${esc(e.degree)} · (${e.start.slice(0, 4)} - ${e.end.slice(0, 4)})</div>`).join('');
  return page(
    p,
    css,
    `<div class="left"><h3>Contact</h3><div>${esc(p.email)}</div><div>${esc(p.phoneShown)} (Mobile)</div>${p.link ? `<div>www.${esc(p.link)} (LinkedIn)</div>` : ''}
       <h3>Top Skills</h3>${printedSkills(p).map((s) => `<div>${esc(s)}</div>`).join('')}
       ${p.spoken ? `<h3>Languages</h3>${p.spoken.map((s) => `<div>${esc(s)}</div>`).join('')}` : ''}</div>
     <div class="right"><h1>${esc(p.name)}</h1><div style="font-size:11pt">${esc(p.headline)}</div><div class="muted">${esc(p.city)}</div>
       <h2>Summary</h2><div>${esc(p.summary)}</div><h2>Experience</h2>${jobs}<h2>Education</h2>${edu}</div>`,
  );
}

/** A header table of label–value pairs, then work history as a bordered table (period | employer | role) with the duties in a spanning row. */
export function tablePeriodFirst(p: Person): string {
  const r = pick<RangeStyle>(
    zh(p)
      ? [{ month: 'YYYY.MM', sep: '—', present: '至今' }, { month: 'YYYY年M月', sep: '至', present: '今' }]
      : [{ month: 'MM/YYYY', sep: ' – ', present: 'present' }, { month: 'Mon YYYY', sep: ' – ', present: 'Present' }],
    p,
  );
  const z = zh(p);
  const css = `body { ${font(p, "'DejaVu Sans'")} font-size: 9.5pt; line-height: 1.4; } h1 { font-size: 19pt; margin: 0 0 8px; text-align: center; }
    table { width: 100%; border-collapse: collapse; margin-bottom: 6px; } td, th { border: 1px solid #888; padding: 3px 6px; vertical-align: top; text-align: left; }
    th { background: #e8e8e8; } .lab { background: #f4f4f4; width: 14%; font-weight: bold; } h2 { font-size: 11pt; margin: 12px 0 4px; }`;
  const rows = [
    [label(p, 'name'), p.name, label(p, 'phone'), p.phoneShown],
    [label(p, 'email'), p.email, label(p, 'city'), p.city],
    [label(p, 'headline'), p.headline, ...(p.facts?.[0] ? p.facts[0] : p.link ? [label(p, 'link'), p.link] : ['Availability', '1 month notice'])],
  ];
  const header = `<table>${rows.map((row) => `<tr>${row.map((c, i) => (i % 2 ? `<td>${esc(c)}</td>` : `<td class="lab">${esc(c)}</td>`)).join('')}</tr>`).join('')}</table>`;
  const work = `<table><tr><th style="width:24%">${z ? '时间' : 'Period'}</th><th>${z ? '单位' : 'Employer'}</th><th style="width:28%">${z ? '职务' : 'Role'}</th></tr>
    ${p.jobs.map((j) => `<tr><td>${range(j.start, j.end, r)}</td><td>${esc(j.company)}</td><td>${esc(j.title)}</td></tr><tr><td colspan="3">${bullets(j)}</td></tr>`).join('')}</table>`;
  const edu = `<table><tr><th style="width:24%">${z ? '时间' : 'Period'}</th><th>${z ? '学校' : 'School'}</th><th style="width:28%">${z ? '专业 / 学历' : 'Qualification'}</th></tr>
    ${p.education.map((e) => `<tr><td>${range(e.start, e.end, r)}</td><td>${esc(e.school)}</td><td>${esc(e.degree)}</td></tr>`).join('')}</table>`;
  const skills = `<table><tr><td class="lab">${h(p, 'skills')}</td><td>${printedSkills(p).map(esc).join(z ? '；' : '; ')}</td></tr>
    ${p.spoken ? `<tr><td class="lab">${h(p, 'languages')}</td><td>${p.spoken.map(esc).join(z ? '；' : '; ')}</td></tr>` : ''}</table>`;
  return page(
    p,
    css,
    `<h1>${z ? '个人简历' : 'Curriculum Vitae'}</h1>${header}<h2>${h(p, 'profile')}</h2><div>${esc(p.summary)}</div>
     <h2>${h(p, 'experience')}</h2>${work}<h2>${h(p, 'education')}</h2>${edu}<h2>${h(p, 'skills')}</h2>${skills}`,
  );
}

/** A borderless header table (name left, contact right); experience rows with "Employer — Title" and duties in one cell and the dates in a right cell; skills with levels in a table. */
export function combinedCell(p: Person): string {
  const r = pick<RangeStyle>(
    zh(p)
      ? [{ month: 'YYYY.M', sep: ' - ', present: '至今' }, { month: 'YYYY.MM', sep: ' – ', present: '至今' }]
      : [{ month: 'Mon YYYY', sep: ' – ', present: 'Present' }, { month: 'MM/YYYY', sep: ' - ', present: 'Current' }],
    p,
  );
  const z = zh(p);
  const levelWords = z ? ['精通', '熟练', '熟悉'] : ['Expert', 'Advanced', 'Intermediate'];
  const css = `body { ${font(p, "'DejaVu Sans'")} font-size: 9.5pt; line-height: 1.4; }
    table { width: 100%; border-collapse: collapse; } .hd td { border: 0; padding: 0 0 8px; vertical-align: bottom; } .hd h1 { margin: 0; font-size: 22pt; }
    .x td { border-top: 1px solid #bbb; border-bottom: 1px solid #bbb; padding: 5px 6px; vertical-align: top; } .x td.d { width: 22%; text-align: right; white-space: nowrap; color: #444; }
    h2 { font-size: 11.5pt; margin: 12px 0 4px; color: #7a1f3d; } .sk td { border: 1px solid #ccc; padding: 2px 6px; width: 25%; }`;
  const header = `<table class="hd"><tr><td><h1>${esc(p.name)}</h1>${esc(p.headline)}</td>
    <td style="text-align:right">${esc(p.email)}<br>${esc(p.phoneShown)}<br>${esc(p.city)}</td></tr></table>`;
  const work = `<table class="x">${p.jobs.map((j) => `<tr><td><b>${esc(j.company)} — ${esc(j.title)}</b>${bullets(j)}</td><td class="d">${range(j.start, j.end, r)}</td></tr>`).join('')}</table>`;
  const edu = `<table class="x">${p.education.map((e) => `<tr><td><b>${esc(e.school)}</b> — ${esc(e.degree)}</td><td class="d">${range(e.start, e.end, r)}</td></tr>`).join('')}</table>`;
  const sk = printedSkills(p);
  const pairs: string[] = [];
  for (let i = 0; i < sk.length; i += 2) {
    const cell = (k: number) => (sk[k] === undefined ? '<td></td><td></td>' : `<td>${esc(sk[k]!)}</td><td>${levelWords[k % 3]}</td>`);
    pairs.push(`<tr>${cell(i)}${cell(i + 1)}</tr>`);
  }
  return page(
    p,
    css,
    `${header}<h2>${h(p, 'profile')}</h2><div>${esc(p.summary)}</div><h2>${h(p, 'experience')}</h2>${work}
     <h2>${h(p, 'skills', 1)}</h2><table class="sk">${pairs.join('')}</table><h2>${h(p, 'education')}</h2>${edu}
     ${p.spoken ? `<h2>${h(p, 'languages')}</h2><div>${p.spoken.map(esc).join(z ? '，' : ', ')}</div>` : ''}`,
  );
}

/** A moderncv-style page: a narrow left margin column carries the section headings' rule and each entry's dates; the entry reads on the right. */
export function marginDates(p: Person): string {
  const r = pick<RangeStyle>(
    zh(p)
      ? [{ month: 'YYYY.MM', sep: '–', present: '至今' }, { month: 'YYYY/MM', sep: ' – ', present: '至今' }]
      : [{ month: 'YYYY-MM', sep: ' – ', present: 'present' }, { month: 'Mon YYYY', sep: '–', present: 'Present' }],
    p,
  );
  const css = `body { ${font(p, "'DejaVu Sans'")} font-size: 9.5pt; line-height: 1.4; }
    .top h1 { font-size: 26pt; font-weight: normal; margin: 0; color: #333; } .top .hl { font-size: 12pt; font-style: italic; color: #777; margin-bottom: 4px; }
    .top .c { text-align: right; font-size: 9pt; margin-top: -52px; margin-bottom: 18px; }
    .sec { display: grid; grid-template-columns: 24% 1fr; column-gap: 10px; margin: 14px 0 6px; align-items: center; }
    .sec .bar { height: 6px; background: #3873b3; } .sec h2 { margin: 0; font-size: 13pt; font-weight: normal; color: #3873b3; }
    .e { display: grid; grid-template-columns: 24% 1fr; column-gap: 10px; margin-bottom: 7px; } .e .d { text-align: right; }`;
  // moderncv ends each entry with a full stop; a Chinese page uses its own comma and none at the end.
  const [c, end] = zh(p) ? ['，', ''] : [', ', '.'];
  const sec = (t: string) => `<div class="sec"><div class="bar"></div><h2>${esc(t)}</h2></div>`;
  const jobs = p.jobs
    .map((j) => `<div class="e"><div class="d">${range(j.start, j.end, r)}</div><div><b>${esc(j.title)}</b>${c}<i>${esc(j.company)}</i>${c}${esc(j.city)}${end}${bullets(j)}</div></div>`)
    .join('');
  const edu = p.education.map((e) => `<div class="e"><div class="d">${range(e.start, e.end, r)}</div><div><b>${esc(e.degree)}</b>${c}<i>${esc(e.school)}</i>${end}</div></div>`).join('');
  const spoken = p.spoken ? `${sec(h(p, 'languages'))}${p.spoken.map((s) => `<div class="e"><div class="d"></div><div>${esc(s)}</div></div>`).join('')}` : '';
  return page(
    p,
    css,
    `<div class="top"><h1>${esc(p.name)}</h1><div class="hl">${esc(p.headline)}</div>
       <div class="c">${esc(p.city)}<br>☎ ${esc(p.phoneShown)}<br>✉ ${esc(p.email)}${p.link ? `<br>${esc(p.link)}` : ''}</div></div>
     ${sec(h(p, 'profile'))}<div class="e"><div></div><div>${esc(p.summary)}</div></div>
     ${sec(h(p, 'experience'))}${jobs}${sec(h(p, 'education'))}${edu}
     ${sec(h(p, 'skills'))}<div class="e"><div class="d">${zh(p) ? '' : 'Tools &amp; methods'}</div><div>${printedSkills(p).map(esc).join(zh(p) ? '、' : ', ')}</div></div>${spoken}`,
  );
}
