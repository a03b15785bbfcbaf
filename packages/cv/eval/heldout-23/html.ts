/** heldout-23: HTML/CSS templates printed by Chromium. Each imitates a real builder's or site's export. */
import type { Person, Job } from './people.ts';
import { d, range, esc, durEn, durZh, skillsOf, jobsDesc, eduDesc, age, sexZh, sexEn, SANS, SERIF, ZH, NARROW, type DateFmt } from './common.ts';

const page = (css: string, body: string, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>*{box-sizing:border-box}body{margin:0}${css}</style></head><body>${body}</body></html>`;
const photo = (w: number, h: number, round = false, label = '') =>
  `<div style="width:${w}px;height:${h}px;border:1px solid #999;background:#e6e6e6;${round ? 'border-radius:50%;' : ''}display:flex;align-items:center;justify-content:center;color:#888;font-size:9px">${label}</div>`;

// ---------------------------------------------------------------- generic two-column builder
type Sec = 'contact' | 'summary' | 'skills' | 'languages' | 'education' | 'certs' | 'experience';
interface TwoCol {
  lang: string;
  font: string;
  side: 'left' | 'right';
  sideW: number;
  sideBg: string; sideFg: string; accent: string;
  head: 'caps-rule' | 'bar' | 'pill' | 'plain' | 'underline';
  header: 'full' | 'side';
  photo?: 'circle' | 'square';
  sideSecs: Sec[]; mainSecs: Sec[];
  dateFmt: DateFmt; present: string; datePos: 'right' | 'under' | 'left';
  skills: 'bullets' | 'chips' | 'lines';
  L: Record<string, string>;
  dur?: 'en' | 'zh';
  nameLine?: (p: Person) => string;
  css?: string;
  topBand?: string; // colour band above header
  footer?: (p: Person) => string;
}
function twoCol(p: Person, c: TwoCol): string {
  const H = (t: string, inSide: boolean) => `<h2 class="h ${inSide ? 'sh' : 'mh'}">${esc(t)}</h2>`;
  const contact = () => `<div class="ct">${[
    [c.L.phone, p.phoneLocal], [c.L.email, p.email], [c.L.address, p.address],
  ].map(([k, v]) => `<div><b>${esc(k)}</b><br>${esc(v)}</div>`).join('')}</div>`;
  const job = (j: Job) => {
    const dates = `${range(j, c.dateFmt, c.present)}${c.dur ? ` · ${c.dur === 'en' ? durEn(j) : durZh(j)}` : ''}`;
    const head = c.datePos === 'right'
      ? `<div class="jr"><span><b>${esc(j.title)}</b></span><span class="dt">${esc(dates)}</span></div><div class="co">${esc(j.company)}<span class="city"> · ${esc(j.city)}</span></div>`
      : c.datePos === 'left'
        ? `<div class="dtl">${esc(dates)}</div><div><b>${esc(j.title)}</b></div><div class="co">${esc(j.company)}, <span class="city">${esc(j.city)}</span></div>`
        : `<div><b>${esc(j.title)}</b></div><div class="co">${esc(j.company)} <span class="city">| ${esc(j.city)}</span></div><div class="dt">${esc(dates)}</div>`;
    return `<div class="job">${head}<ul>${j.duties.map((x) => `<li>${esc(x)}</li>`).join('')}</ul></div>`;
  };
  const sec = (s: Sec, inSide: boolean): string => {
    switch (s) {
      case 'contact': return H(c.L.contact, inSide) + contact();
      case 'summary': return H(c.L.summary, inSide) + `<p>${esc(p.summary)}</p>`;
      case 'skills': return H(c.L.skills, inSide) + (c.skills === 'chips'
        ? `<div class="chips">${skillsOf(p).map((s) => `<span>${esc(s)}</span>`).join(' ')}</div>`
        : c.skills === 'lines' ? `<div class="lines">${skillsOf(p).map((s) => `<div>${esc(s)}</div>`).join('')}</div>`
        : `<ul>${skillsOf(p).map((s) => `<li>${esc(s)}</li>`).join('')}</ul>`);
      case 'languages': return H(c.L.languages, inSide) + `<div class="lines">${p.languages.map((s) => `<div>${esc(s)}</div>`).join('')}</div>`;
      case 'certs': return p.certs.length ? H(c.L.certs, inSide) + `<div class="lines">${p.certs.map((s) => `<div>${esc(s)}</div>`).join('')}</div>` : '';
      case 'education': return H(c.L.education, inSide) + eduDesc(p).map((e) => `<div class="edu"><b>${esc(e.school)}</b><br>${esc(e.degree)}${e.major ? `, ${esc(e.major)}` : ''}<br><span class="dt">${esc(range(e, c.dateFmt, c.present))}</span></div>`).join('');
      case 'experience': return H(c.L.experience, inSide) + jobsDesc(p).map(job).join('');
    }
  };
  const nameBlock = `<div class="nm">${c.nameLine ? c.nameLine(p) : esc(p.name)}</div><div class="ttl">${esc(p.title)}</div>`;
  const side = `<aside>${c.photo ? `<div class="ph">${photo(96, c.photo === 'circle' ? 96 : 120, c.photo === 'circle')}</div>` : ''}${c.header === 'side' ? nameBlock : ''}${c.sideSecs.map((s) => sec(s, true)).join('')}</aside>`;
  const main = `<main>${c.mainSecs.map((s) => sec(s, false)).join('')}</main>`;
  const headCss = {
    'caps-rule': `.h{text-transform:uppercase;letter-spacing:.08em;font-size:11.5px;border-bottom:1.5px solid ${c.accent};padding-bottom:2px;margin:14px 0 6px}`,
    bar: `.h{font-size:13px;border-left:4px solid ${c.accent};padding-left:7px;margin:14px 0 6px}`,
    pill: `.h{display:inline-block;font-size:12px;background:${c.accent};color:#fff;padding:2px 12px;border-radius:10px;margin:14px 0 6px}`,
    plain: `.h{font-size:14px;color:${c.accent};margin:14px 0 5px}`,
    underline: `.h{font-size:13px;text-decoration:underline;text-underline-offset:3px;margin:14px 0 6px}`,
  }[c.head];
  const css = `body{font-family:${c.font};font-size:10.5px;color:#222;line-height:1.38}
  .wrap{display:flex;flex-direction:${c.side === 'left' ? 'row' : 'row-reverse'};gap:0}
  aside{width:${c.sideW}%;background:${c.sideBg};color:${c.sideFg};padding:14px 12px;word-wrap:break-word}
  main{width:${100 - c.sideW}%;padding:4px 4px 4px ${c.side === 'left' ? 18 : 4}px;${c.side === 'right' ? 'padding-right:18px;' : ''}}
  ${headCss} aside .h{${c.sideBg !== '#fff' && c.sideBg !== 'transparent' ? `color:${c.sideFg};border-color:${c.sideFg};` : ''}}
  .nm{font-size:25px;font-weight:bold;line-height:1.15;color:${c.header === 'side' ? c.sideFg : c.accent}} .ttl{font-size:12.5px;margin:3px 0 4px}
  header{padding:4px 4px 10px;border-bottom:1px solid #ccc;margin-bottom:8px;display:flex;justify-content:space-between;align-items:flex-end}
  .ct div{margin-bottom:5px} ul{margin:3px 0 0;padding-left:15px} li{margin:1px 0}
  .job{margin-bottom:9px;break-inside:avoid} .jr{display:flex;justify-content:space-between;gap:8px} .dt,.dtl{color:#666;white-space:nowrap} .dtl{font-weight:bold;color:${c.accent}}
  .co{font-style:italic} .edu{margin-bottom:6px} aside .dt{color:inherit;opacity:.85}
  .chips span{display:inline-block;border:1px solid ${c.accent};border-radius:3px;padding:1px 6px;margin:0 3px 4px 0}
  .lines div{margin-bottom:2px} .ph{margin-bottom:10px;display:flex;justify-content:center} p{margin:2px 0}
  ${c.css ?? ''}`;
  const top = c.header === 'full' ? `<header><div>${nameBlock}</div></header>` : '';
  return page(css, `${c.topBand ?? ''}${top}<div class="wrap">${side}${main}</div>${c.footer ? c.footer(p) : ''}`, c.lang);
}

const EN = { contact: 'Contact', phone: 'Phone', email: 'Email', address: 'Address', summary: 'Summary', skills: 'Skills', languages: 'Languages', certs: 'Certifications', education: 'Education', experience: 'Work History' };

/** Teal (tealhq.com) résumé builder, "Modern" layout: right-hand column for skills. */
export const teal = (p: Person) => twoCol(p, { lang: 'en', font: SANS, side: 'right', sideW: 31, sideBg: '#f3f7f7', sideFg: '#1d3b3b', accent: '#137a7f', head: 'caps-rule', header: 'full', sideSecs: ['contact', 'skills', 'languages', 'certs', 'education'], mainSecs: ['summary', 'experience'], dateFmt: 'MM/YYYY', present: 'Present', datePos: 'right', skills: 'lines', L: { ...EN, experience: 'Experience' } });
/** LiveCareer builder: left tinted column, contact at top, "Work History" with dates under title. */
export const livecareer = (p: Person) => twoCol(p, { lang: 'en', font: SANS, side: 'left', sideW: 32, sideBg: '#2b4a6f', sideFg: '#fff', accent: '#2b4a6f', head: 'caps-rule', header: 'side', sideSecs: ['contact', 'skills', 'certs', 'education'], mainSecs: ['summary', 'experience'], dateFmt: 'MM/YYYY', present: 'Current', datePos: 'under', skills: 'bullets', L: { ...EN, summary: 'Professional Summary' } });
/** Resume Genius "Refined" two-column: thin left column with dates and skills. */
export const resumegenius = (p: Person) => twoCol(p, { lang: 'en', font: SERIF, side: 'left', sideW: 30, sideBg: '#fff', sideFg: '#222', accent: '#7a2e2e', head: 'underline', header: 'full', sideSecs: ['contact', 'skills', 'certs', 'languages'], mainSecs: ['summary', 'experience', 'education'], dateFmt: 'Mon YYYY', present: 'Present', datePos: 'left', skills: 'bullets', L: { ...EN, summary: 'Profile', experience: 'Employment History', certs: 'Tickets & Cards' }, css: 'aside{border-right:1px solid #bbb}' });
/** MyPerfectResume "Corporate" template: grey right column. */
export const myperfectresume = (p: Person) => twoCol(p, { lang: 'en', font: SANS, side: 'right', sideW: 30, sideBg: '#ececec', sideFg: '#222', accent: '#4a4a4a', head: 'bar', header: 'full', sideSecs: ['contact', 'skills', 'languages'], mainSecs: ['summary', 'experience', 'education'], dateFmt: 'MM/YYYY', present: 'Current', datePos: 'right', skills: 'bullets', L: { ...EN, experience: 'Experience' },
  footer: (q) => `<p style="margin-top:16px;font-size:9.5px;color:#555">References available upon request. ${esc(q.referees?.[0]?.name ?? '')}</p>` });
/** JSON Resume "elegant" theme: dark profile card on the left, timeline on the right. */
export const jsonresume = (p: Person) => twoCol(p, { lang: 'en', font: SANS, side: 'left', sideW: 30, sideBg: '#333a45', sideFg: '#f0f0f0', accent: '#5a8dd6', head: 'plain', header: 'side', photo: 'circle', sideSecs: ['contact', 'languages', 'education'], mainSecs: ['summary', 'experience', 'skills'], dateFmt: 'Mon YYYY', present: 'Present', datePos: 'right', skills: 'chips', L: { ...EN, summary: 'About', experience: 'Work Experience', contact: 'Contact' } });
/** XING profile PDF export: profile column left, experience with durations. */
export const xing = (p: Person) => twoCol(p, { lang: 'en', font: SANS, side: 'left', sideW: 29, sideBg: '#f4f4f4', sideFg: '#222', accent: '#006567', head: 'caps-rule', header: 'full', photo: 'square', sideSecs: ['contact', 'languages', 'skills'], mainSecs: ['experience', 'education'], dateFmt: 'MM/YYYY', present: 'today', datePos: 'under', skills: 'chips', dur: 'en', L: { ...EN, experience: 'Professional experience', skills: 'I have', languages: 'Languages', contact: 'Contact details' },
  topBand: `<div style="display:flex;justify-content:space-between;font-size:9px;color:#777;border-bottom:2px solid #cfdc00;margin-bottom:6px;padding-bottom:3px"><span>XING profile</span><span>Printed 11/2026</span></div>` });
/** 丁香人才 (jobmd.cn) medical-recruitment résumé: left column for basics. */
export const dingxiang = (p: Person) => twoCol(p, { lang: 'zh', font: ZH, side: 'left', sideW: 32, sideBg: '#eef6fb', sideFg: '#1c3d57', accent: '#1c8bcf', head: 'bar', header: 'side', photo: 'square', sideSecs: ['contact', 'education', 'certs', 'languages'], mainSecs: ['summary', 'experience', 'skills'], dateFmt: 'YYYY.MM', present: '至今', datePos: 'right', skills: 'chips', L: { contact: '联系方式', phone: '手机', email: '邮箱', address: '现居住地', summary: '自我评价', skills: '专业技能', languages: '语言能力', certs: '执业资格', education: '教育经历', experience: '工作经历' }, css: 'body{font-size:11px}',
  topBand: `<div style="font-size:9px;color:#1c8bcf;text-align:right;margin-bottom:4px">丁香人才 · 医疗卫生人才简历</div>` });
/** 冷熊简历 (lengxiong) two-column Word-like template with left dark band. */
export const lengxiong = (p: Person) => twoCol(p, { lang: 'zh', font: ZH, side: 'left', sideW: 33, sideBg: '#3d4b5c', sideFg: '#fff', accent: '#3d4b5c', head: 'pill', header: 'side', photo: 'square', sideSecs: ['contact', 'skills', 'certs', 'languages'], mainSecs: ['summary', 'experience', 'education'], dateFmt: 'YYYY/MM', present: '至今', datePos: 'right', skills: 'lines', L: { contact: '基本信息', phone: '电话', email: '邮箱', address: '地址', summary: '求职意向 / 自我评价', skills: '技能特长', languages: '语言', certs: '证书', education: '教育背景', experience: '工作经历' }, css: 'body{font-size:11px} aside .h{background:#fff;color:#3d4b5c}' });
/** 全民简历 "商务蓝" two-column. */
export const quanmin = (p: Person) => twoCol(p, { lang: 'zh', font: ZH, side: 'right', sideW: 32, sideBg: '#f2f5fa', sideFg: '#243a63', accent: '#2f5fb3', head: 'caps-rule', header: 'full', photo: 'square', sideSecs: ['contact', 'skills', 'education', 'languages'], mainSecs: ['summary', 'experience'], dateFmt: 'YYYY.MM', present: '至今', datePos: 'right', skills: 'bullets', dur: 'zh', L: { contact: '个人信息', phone: '电话', email: '邮箱', address: '住址', summary: '个人优势', skills: '技能标签', languages: '语言', certs: '证书', education: '教育经历', experience: '工作经历' }, css: 'body{font-size:11px}' });
/** Yourator (Taiwan startup jobs) profile PDF: left profile card. */
export const yourator = (p: Person) => twoCol(p, { lang: 'zh-TW', font: ZH, side: 'left', sideW: 31, sideBg: '#fff8ee', sideFg: '#5b3a10', accent: '#f29b30', head: 'plain', header: 'side', photo: 'circle', sideSecs: ['contact', 'skills', 'languages', 'certs'], mainSecs: ['summary', 'experience', 'education'], dateFmt: 'YYYY/MM', present: '現在', datePos: 'under', skills: 'chips', L: { contact: '聯絡方式', phone: '手機', email: 'Email', address: '地址', summary: '關於我', skills: '技能', languages: '語言能力', certs: '證照', education: '學歷', experience: '工作經歷' }, css: 'body{font-size:11px}',
  footer: () => `<div style="margin-top:14px;font-size:9px;color:#aaa;text-align:center">Resume generated by Yourator</div>` });
/** Overleaf "Twenty Seconds Curriculum Vitae" (LaTeX) with a Chinese name line. */
export const twentyseconds = (p: Person) => twoCol(p, { lang: 'zh', font: SANS, side: 'left', sideW: 34, sideBg: '#e7ebef', sideFg: '#1e2b37', accent: '#4b6b8a', head: 'plain', header: 'side', photo: 'circle', sideSecs: ['summary', 'contact', 'skills', 'languages'], mainSecs: ['experience', 'education'], dateFmt: 'MM/YYYY', present: 'now', datePos: 'left', skills: 'bullets',
  nameLine: (q) => `${esc(q.nameEn ?? '')}<br><span style="font-size:20px">${esc(q.name)}</span>`,
  L: { contact: 'Contact 联系方式', phone: 'Phone', email: 'E-mail', address: 'Address', summary: 'About me', skills: 'Skills 技能', languages: 'Languages', certs: 'Certificates', education: 'Education 教育', experience: 'Experience 工作经历' }, css: '.h{font-size:16px;font-weight:normal}' });
/** Adobe Express bilingual résumé template (two columns, coloured header). */
export const adobeexpress = (p: Person) => twoCol(p, { lang: 'zh', font: SANS, side: 'left', sideW: 33, sideBg: '#fbe9e4', sideFg: '#4a2a22', accent: '#c2553c', head: 'caps-rule', header: 'full', sideSecs: ['contact', 'skills', 'languages', 'certs'], mainSecs: ['summary', 'experience', 'education'], dateFmt: 'YYYY.MM', present: '至今 Present', datePos: 'right', skills: 'bullets',
  nameLine: (q) => `${esc(q.name)} <span style="font-size:17px">${esc(q.nameEn ?? '')}</span>`,
  L: { contact: '联系 Contact', phone: 'Mobile', email: 'Email', address: 'Address 地址', summary: '个人简介 Profile', skills: '技能 Skills', languages: '语言 Languages', certs: '证书 Certificates', education: '教育背景 Education', experience: '工作经历 Experience' } });
/** Glints (SEA job platform) profile PDF. */
export const glints = (p: Person) => twoCol(p, { lang: 'en', font: SANS, side: 'left', sideW: 30, sideBg: '#fff', sideFg: '#222', accent: '#ec272b', head: 'caps-rule', header: 'full', photo: 'circle', sideSecs: ['contact', 'skills', 'languages'], mainSecs: ['summary', 'experience', 'education'], dateFmt: 'Mon YYYY', present: 'Present', datePos: 'under', skills: 'chips', dur: 'en',
  nameLine: (q) => `${esc(q.nameEn ?? '')} (${esc(q.name)})`,
  L: { ...EN, summary: 'About Me', experience: 'Work Experience', contact: 'Contact Information' }, css: 'aside{border:1px solid #eee;border-radius:6px}',
  footer: () => `<div style="margin-top:12px;font-size:9px;color:#999;text-align:right">glints.com · Profile last updated Oct 2026</div>` });

// ---------------------------------------------------------------- tables and forms
const formCss = (font: string, fs = 10.5) => `body{font-family:${font};font-size:${fs}px;color:#111}
  table{border-collapse:collapse;width:100%;margin-bottom:8px} td,th{border:1px solid #555;padding:4px 5px;vertical-align:top;text-align:left}
  th{background:#eee;font-weight:bold} .lab{background:#f4f4f4;font-weight:bold;white-space:nowrap} h1{text-align:center;font-size:20px;margin:4px 0 10px}
  .sec{background:#d9d9d9;font-weight:bold;text-align:left} tr{break-inside:avoid}`;

/** Naukri.com recruiter "Download profile" view: label/value tables and an IT-skills grid. */
export function naukri(p: Person): string {
  const kv = (rows: [string, string][]) => `<table>${rows.map(([k, v]) => `<tr><td class="lab" style="width:30%">${esc(k)}</td><td>${esc(v)}</td></tr>`).join('')}</table>`;
  const exp = `${Math.floor((Date.UTC(2026, 10) - Date.UTC(2016, 6)) / (365.25 * 864e5))} Year(s) 4 Month(s)`;
  return page(formCss(SANS, 10) + 'h3{color:#275ea3;font-size:13px;margin:12px 0 4px;border-bottom:1px solid #275ea3} .top{display:flex;justify-content:space-between}', `
  <div class="top"><div><div style="font-size:22px;font-weight:bold">${esc(p.name)}</div><div>${esc(p.title)} at ${esc(p.jobs.at(-1)!.company)}</div></div><div style="color:#275ea3;font-weight:bold">naukri.com</div></div>
  <h3>Profile Summary</h3><p>${esc(p.summary)}</p>
  ${kv([['Total Experience', exp], ['Current Location', 'Bengaluru'], ['Preferred Location', 'Bengaluru, Hyderabad, Remote'], ['Mobile', p.phoneLocal], ['Email', p.email], ['Notice Period', '60 Days'], ['Key Skills', skillsOf(p).join(', ')]])}
  <h3>Employment Details</h3>
  <table><tr><th>Designation</th><th>Organization</th><th>Duration</th><th>Job Profile</th></tr>${jobsDesc(p).map((j) => `<tr><td>${esc(j.title)}</td><td>${esc(j.company)}</td><td style="white-space:nowrap">${esc(range(j, 'Mon YYYY', 'Till Date', ' to '))}</td><td>${esc(j.duties.join('; '))}</td></tr>`).join('')}</table>
  <h3>Education</h3>
  <table><tr><th>Course</th><th>Specialization</th><th>Institute</th><th>Year</th></tr>${p.edu.map((e) => `<tr><td>${esc(e.degree)}</td><td>${esc(e.major)}</td><td>${esc(e.school)}</td><td>${e.end.slice(0, 4)}</td></tr>`).join('')}</table>
  <h3>IT Skills</h3>
  <table><tr><th>Skill</th><th>Version</th><th>Last Used</th><th>Experience</th></tr>${[['PySpark', '3.5', '2026', '6 Yr'], ['Apache Kafka', '3.6', '2026', '4 Yr'], ['Airflow', '2.9', '2026', '5 Yr'], ['Informatica PowerCenter', '10.2', '2019', '3 Yr']].map((r) => `<tr>${r.map((x) => `<td>${x}</td>`).join('')}</tr>`).join('')}</table>
  <h3>Personal Details</h3>
  ${kv([['Date of Birth', '30 May 1994'], ['Gender', sexEn(p)], ['Marital Status', 'Single/unmarried'], ['Languages', p.languages.join(', ')], ['Address', p.address]])}`);
}

/** CV Keskus (cv.ee, Estonia) CV export: two-column key/value table, one table per section. */
export function cvkeskus(p: Person): string {
  const row = (k: string, v: string) => `<tr><td class="lab" style="width:28%;background:none;color:#555;font-weight:normal">${k}</td><td>${v}</td></tr>`;
  const css = formCss(SANS, 10.5) + 'td{border:none;border-bottom:1px solid #ddd} h2{font-size:14px;color:#fff;background:#0a6ebd;padding:3px 8px;margin:12px 0 4px;break-after:avoid}';
  return page(css, `
  <div style="display:flex;gap:14px;align-items:center">${photo(80, 100)}<div><div style="font-size:24px;font-weight:bold">${esc(p.name)}</div><div style="font-size:13px">${esc(p.title)}</div></div></div>
  <h2>Personal information</h2><table>${row('Date of birth', '18.09.1996')}${row('Address', esc(p.address))}${row('Phone', esc(p.phoneLocal))}${row('E-mail', esc(p.email))}${row('Desired position', 'Senior Product Designer, Lead Designer')}</table>
  <h2>Work experience</h2>${jobsDesc(p).map((j) => `<table>${row('Period', `${d(j.start, 'MM/YYYY')} – ${j.end ? d(j.end, 'MM/YYYY') : 'until now'}`)}${row('Company', esc(j.company))}${row('Position', esc(j.title))}${row('Location', esc(j.city))}${row('Duties', esc(j.duties.join('. ')))}</table>`).join('')}
  <h2>Education</h2>${eduDesc(p).map((e) => `<table>${row('Period', `${d(e.start, 'MM/YYYY')} – ${d(e.end, 'MM/YYYY')}`)}${row('School', esc(e.school))}${row('Level', esc(e.degree))}${row('Speciality', esc(e.major))}</table>`).join('')}
  <h2>Language skills</h2><table><tr><th>Language</th><th>Level</th></tr>${p.languages.map((l) => { const [a, b] = l.split(' ('); return `<tr><td>${esc(a)}</td><td>${esc((b ?? '').replace(')', ''))}</td></tr>`; }).join('')}</table>
  <h2>Computer skills</h2><table>${row('Skills', esc(skillsOf(p).join(', ')))}</table>
  <h2>Additional information</h2><p>Driving licence: B category. Available from January 2027.</p>`);
}

/** 国聘 (iguopin.com) 央国企网申简历导出：分块表格。 */
export function guopin(p: Person): string {
  const css = formCss(ZH, 10.5) + 'h2{font-size:13px;border-left:4px solid #b51f24;padding-left:6px;margin:12px 0 5px}';
  return page(css, `<h1>应聘登记简历</h1><div style="text-align:right;font-size:9px;color:#666;margin-top:-8px">来源：国聘 · 简历编号 GP2026110473281</div>
  <h2>基本信息</h2><table>
  <tr><td class="lab">姓名</td><td>${p.name}</td><td class="lab">性别</td><td>${sexZh(p)}</td><td class="lab">出生日期</td><td>2001-04-12</td><td rowspan="4" style="width:90px">${photo(80, 104, false, '照片')}</td></tr>
  <tr><td class="lab">政治面貌</td><td>中共党员</td><td class="lab">民族</td><td>汉族</td><td class="lab">籍贯</td><td>浙江宁波</td></tr>
  <tr><td class="lab">手机号码</td><td>${p.phoneLocal}</td><td class="lab">电子邮箱</td><td colspan="3">${p.email}</td></tr>
  <tr><td class="lab">通讯地址</td><td colspan="5">${p.address}</td></tr></table>
  <h2>教育经历</h2><table><tr><th>起止时间</th><th>学校</th><th>专业</th><th>学历</th><th>学位</th></tr>${eduDesc(p).map((e) => `<tr><td>${range(e, 'YYYY-MM', '', ' 至 ')}</td><td>${e.school}</td><td>${e.major}</td><td>${e.degree}</td><td>${e.degree.startsWith('硕士') ? '硕士（在读）' : '学士'}</td></tr>`).join('')}</table>
  <h2>实习/工作经历</h2><table><tr><th style="width:22%">起止时间</th><th>单位名称</th><th>岗位</th><th>工作内容</th></tr>${jobsDesc(p).map((j) => `<tr><td>${range(j, 'YYYY-MM', '至今', ' 至 ')}</td><td>${j.company}</td><td>${j.title}</td><td>${j.duties.join('；')}</td></tr>`).join('')}</table>
  <h2>专业技能</h2><table><tr><td>${skillsOf(p).join('、')}</td></tr></table>
  <h2>语言及证书</h2><table><tr><td class="lab">外语</td><td>${p.languages.join('；')}</td><td class="lab">证书</td><td>${p.certs.join('；')}</td></tr></table>
  <h2>奖惩情况</h2><table><tr><td>2025年 浙江大学研究生一等学业奖学金；2022年 浙江省优秀毕业生</td></tr></table>
  <h2>求职意向</h2><table><tr><td class="lab">意向岗位</td><td>数据分析岗、风险管理岗</td><td class="lab">意向城市</td><td>杭州、上海</td></tr></table>`, 'zh');
}

/** 中华英才网 (chinahr.com) 简历打印版：整页表格。 */
export function zhyc(p: Person): string {
  return page(formCss(ZH, 11), `<div style="display:flex;justify-content:space-between;font-size:9px;color:#777"><span>中华英才网 ChinaHR</span><span>简历更新时间：2026-10-18</span></div><h1>${p.name} 的个人简历</h1>
  <table><tr><td class="sec" colspan="5">个人资料</td></tr>
  <tr><td class="lab">姓 名</td><td>${p.name}</td><td class="lab">性 别</td><td>${sexZh(p)}</td><td rowspan="5" style="width:96px">${photo(86, 112, false, '照片')}</td></tr>
  <tr><td class="lab">年 龄</td><td>${age(p)}岁</td><td class="lab">工作年限</td><td>10年以上</td></tr>
  <tr><td class="lab">手 机</td><td>${p.phoneLocal}</td><td class="lab">E-mail</td><td>${p.email}</td></tr>
  <tr><td class="lab">学 历</td><td>大专</td><td class="lab">婚姻状况</td><td>已婚</td></tr>
  <tr><td class="lab">居住地</td><td colspan="3">${p.address}</td></tr>
  <tr><td class="sec" colspan="5">求职意向</td></tr>
  <tr><td class="lab">期望职位</td><td>电商运营经理/总监</td><td class="lab">期望月薪</td><td colspan="2">25000-35000元/月</td></tr>
  <tr><td class="sec" colspan="5">工作经历</td></tr>
  ${jobsDesc(p).map((j) => `<tr><td class="lab">${range(j, 'YYYY年MM月', '至今', ' — ')}</td><td colspan="4"><b>${j.company}</b>　|　${j.title}<br>${j.duties.join('；')}</td></tr>`).join('')}
  <tr><td class="sec" colspan="5">教育经历</td></tr>
  ${p.edu.map((e) => `<tr><td class="lab">${range(e, 'YYYY年MM月', '', ' — ')}</td><td colspan="4">${e.school}　${e.major}　${e.degree}</td></tr>`).join('')}
  <tr><td class="sec" colspan="5">专业技能</td></tr><tr><td colspan="5">${skillsOf(p).join('　/　')}</td></tr>
  <tr><td class="sec" colspan="5">自我评价</td></tr><tr><td colspan="5">${p.summary}抗压能力强，能接受短期出差。</td></tr></table>`, 'zh');
}

/** 飞书招聘 (Feishu Hire) 候选人简历导出：字段表 + 经历表，中英混排。 */
export function feishu(p: Person): string {
  const css = formCss(SANS, 10.5) + 'td,th{border:1px solid #dee0e3} th,.lab{background:#f5f6f7;color:#646a73;font-weight:normal} h2{font-size:13px;margin:14px 0 5px;color:#1f2329}';
  return page(css, `<div style="display:flex;justify-content:space-between;align-items:center"><div><div style="font-size:22px;font-weight:bold">${p.name} ${p.nameEn}</div><div style="color:#646a73">${esc(p.title)} · 北京 · 7年经验</div></div><div style="color:#3370ff;font-weight:bold">飞书招聘 Feishu Hire</div></div>
  <h2>基本信息 Basic info</h2><table>
  <tr><td class="lab">手机 Mobile</td><td>${p.phoneLocal}</td><td class="lab">邮箱 Email</td><td>${p.email}</td></tr>
  <tr><td class="lab">出生年月</td><td>1997-03</td><td class="lab">最高学历</td><td>本科 Bachelor</td></tr>
  <tr><td class="lab">当前公司</td><td>${esc(p.jobs.at(-1)!.company)}</td><td class="lab">期望城市</td><td>北京 / 上海</td></tr>
  <tr><td class="lab">投递职位</td><td>Senior Product Manager - AI Platform</td><td class="lab">来源 Source</td><td>内推 Referral</td></tr></table>
  <h2>工作经历 Work experience</h2><table><tr><th>时间 Period</th><th>公司 Company</th><th>职位 Title</th><th>描述 Description</th></tr>${jobsDesc(p).map((j) => `<tr><td style="white-space:nowrap">${range(j, 'YYYY.MM', '至今', ' - ')}</td><td>${esc(j.company)}</td><td>${esc(j.title)}</td><td>${esc(j.duties.join('；'))}</td></tr>`).join('')}</table>
  <h2>教育经历 Education</h2><table><tr><th>时间</th><th>学校 School</th><th>专业 Major</th><th>学历 Degree</th></tr>${p.edu.map((e) => `<tr><td>${range(e, 'YYYY.MM', '', ' - ')}</td><td>${esc(e.school)}</td><td>${e.major}</td><td>${e.degree}</td></tr>`).join('')}</table>
  <h2>技能标签 Skills</h2><table><tr><td>${skillsOf(p).map(esc).join(' · ')}</td></tr></table>
  <h2>证书 Certificates</h2><table><tr><td>${p.certs.join('；')}</td></tr></table>
  <div style="font-size:9px;color:#8f959e;margin-top:10px">导出时间 2026-11-02 10:41 · 仅供招聘使用，请勿外传</div>`, 'zh');
}

// ---------------------------------------------------------------- single column
/** Job Bank Canada résumé builder output: centred header, plain headings, Month YYYY dates. */
export function jobbank(p: Person): string {
  const css = `body{font-family:${SERIF};font-size:11.5px;line-height:1.4;color:#000} h1{text-align:center;font-size:22px;margin:0} .c{text-align:center;margin-bottom:8px}
  h2{font-size:13px;margin:14px 0 4px;border-bottom:1px solid #000;text-transform:uppercase} .r{display:flex;justify-content:space-between} ul{margin:2px 0 6px;padding-left:18px}`;
  return page(css, `<h1>${esc(p.name)}</h1><div class="c">${esc(p.address)}<br>${esc(p.phoneLocal)} | ${esc(p.email)}</div>
  <h2>Career objective</h2><p>${esc(p.summary)} Seeking a senior coordinator or supervisor role in transportation and logistics.</p>
  <h2>Skills</h2><ul>${skillsOf(p).map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
  <h2>Work experience</h2>${jobsDesc(p).map((j) => `<div class="r"><b>${esc(j.title)}</b><span>${esc(range(j, 'Month YYYY', 'Present', ' to '))}</span></div><div>${esc(j.company)}, ${esc(j.city)}</div><ul>${j.duties.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>`).join('')}
  <h2>Education</h2>${p.edu.map((e) => `<div class="r"><b>${esc(e.degree)}, ${esc(e.major)}</b><span>${esc(range(e, 'Month YYYY'))}</span></div><div>${esc(e.school)}, ${esc(e.city ?? '')}</div>`).join('')}
  <h2>Certifications</h2><p>${esc(p.certs.join('; '))}</p><h2>Languages</h2><p>${esc(p.languages.join(', '))}</p>
  <p style="margin-top:14px;font-style:italic">References available upon request.</p>`);
}

/** Upwork freelancer profile saved as PDF. */
export function upwork(p: Person): string {
  const css = `body{font-family:${SANS};font-size:11px;color:#001e00;line-height:1.4} .card{border:1px solid #d5e0d5;border-radius:8px;padding:12px 16px;margin-bottom:10px}
  h2{font-size:15px;margin:0 0 8px} .tag{display:inline-block;background:#e4ebe4;border-radius:10px;padding:2px 10px;margin:0 4px 5px 0} .muted{color:#5e6d55}`;
  return page(css, `<div class="card" style="display:flex;gap:14px;align-items:center">${photo(70, 70, true)}<div><div style="font-size:22px;font-weight:bold">${esc(p.nameEn!)} 周子航</div><div class="muted">Shanghai, China – 11:42 am local time · ${esc(p.email)} · ${esc(p.phoneLocal)}</div><div style="font-size:14px;margin-top:4px"><b>Senior Backend Engineer | Go · Java · Kubernetes</b></div></div></div>
  <div class="card"><p>${esc(p.summary)} 可中文沟通 — comfortable working with teams in China and North America.</p><p class="muted">$75.00/hr · 100% Job Success · Top Rated</p></div>
  <div class="card"><h2>Skills</h2>${skillsOf(p).map((s) => `<span class="tag">${esc(s)}</span>`).join('')}</div>
  <div class="card"><h2>Employment history</h2>${jobsDesc(p).map((j) => `<div style="margin-bottom:8px"><b>${esc(j.title)} | ${esc(j.company)}</b><div class="muted">${esc(range(j, 'Month YYYY', 'Present', ' - '))}</div><div>${esc(j.duties.join(' '))}</div></div>`).join('')}</div>
  <div class="card"><h2>Education</h2>${p.edu.map((e) => `<b>${esc(e.school)}</b><div>${esc(e.degree)}, ${esc(e.major)}</div><div class="muted">${e.start.slice(0, 4)}-${e.end.slice(0, 4)}</div>`).join('')}</div>
  <div class="card"><h2>Languages</h2>${p.languages.map(esc).join('<br>')}</div>`, 'en');
}

/** 语雀 (Yuque) 文档导出 PDF：Markdown 风格的中英混排简历。 */
export function yuque(p: Person): string {
  const css = `body{font-family:${SANS};font-size:11.5px;line-height:1.6;color:#262626} h1{font-size:24px;margin:0 0 4px} h2{font-size:16px;margin:16px 0 6px;padding-bottom:3px;border-bottom:1px solid #e8e8e8}
  h3{font-size:12.5px;margin:8px 0 2px} blockquote{margin:6px 0;padding:2px 10px;border-left:3px solid #d9d9d9;color:#595959} ul{margin:2px 0;padding-left:20px} code{background:#f5f5f5;padding:0 3px;border-radius:3px;font-size:10.5px}`;
  return page(css, `<div style="font-size:9px;color:#8c8c8c">语雀 · 个人知识库 / 求职 / 简历 2026</div><h1>${p.name}（${p.nameEn}）</h1>
  <blockquote>${esc(p.title)} ｜ 电话 ${p.phoneLocal} ｜ 邮箱 ${p.email} ｜ 北京海淀</blockquote>
  <h2>个人简介 About</h2><p>${esc(p.summary)}</p>
  <h2>工作经历 Experience</h2>${jobsDesc(p).map((j) => `<h3>${esc(j.company)} · ${esc(j.title)}　<span style="font-weight:normal;color:#8c8c8c">${range(j, 'YYYY.MM', '至今', ' ~ ')}</span></h3><ul>${j.duties.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>`).join('')}
  <h2>专业技能 Skills</h2><ul>${skillsOf(p).map((s) => `<li><code>${esc(s)}</code></li>`).join('')}</ul>
  <h2>教育背景 Education</h2>${p.edu.map((e) => `<p><b>${esc(e.school)}</b>　${e.major}　${e.degree}　${range(e, 'YYYY.MM', '', ' ~ ')}</p>`).join('')}
  <h2>其他 Others</h2><ul><li>证书：${p.certs.join('、')}</li><li>语言：${p.languages.join('；')}</li></ul>`, 'zh');
}
