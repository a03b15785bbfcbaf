/**
 * heldout-20 generator: writes documents/, truth.json and manifest.json.
 * Run from packages/cv:  npx tsx eval/heldout-20/generate.ts [--force]
 * Written blind (see NOTES.md): the templates imitate real CV conventions, not anything in the analyser.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType, BorderStyle, Document, Footer, Header, HeadingLevel, Packer, PageNumber, PageOrientation, Paragraph,
  SectionType, ShadingType, Table, TableCell, TableRow, TabStopType, TextRun, VerticalAlign, WidthType,
} from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people, byId, type Job, type Person } from './people.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docsDir = path.join(here, 'documents');
const REF = '2026-11';

// ───────────────────────────── helpers ─────────────────────────────
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const LAST = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Formats YYYY-MM with tokens YYYY, Month, Mon, MM, M, DDs (01), DDe (last day). */
function ym(v: string, fmt: string): string {
  const y = v.slice(0, 4), m = Number(v.slice(5, 7));
  return fmt.replace(/YYYY|Month|Mon|MM|M|DDs|DDe/g, (t) => ({
    YYYY: y, Month: MONTHS[m - 1], Mon: MONTHS[m - 1].slice(0, 3), MM: String(m).padStart(2, '0'), M: String(m),
    DDs: '01', DDe: String(m === 2 && Number(y) % 4 === 0 ? 29 : LAST[m - 1]),
  } as Record<string, string>)[t]);
}
function span(j: { start: string; end: string | null }, fmt: string, sep: string, present: string, endFmt = fmt): string {
  return `${ym(j.start, fmt)}${sep}${j.end ? ym(j.end, endFmt) : present}`;
}
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const skills = (p: Person) => p.skills.map((s) => s.split(' | ')[0]);
const rev = <T,>(a: T[]) => [...a].reverse();
const jobsNewest = (p: Person) => [...p.jobs].sort((a, b) => (b.start.localeCompare(a.start)));
const eduNewest = (p: Person) => [...p.education].sort((a, b) => b.start.localeCompare(a.start));
const age = (p: Person) => 2026 - Number(p.born.slice(0, 4)) - (Number(p.born.slice(5, 7)) > 11 ? 1 : 0);
const dual = (p: Person) => (p.alt ? `${p.name} ${p.alt}` : p.name);
const photo = (w: number, h: number, bg = '#d9dde3') => `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 60 76"><rect width="60" height="76" fill="${bg}"/><circle cx="30" cy="28" r="13" fill="#9aa3ad"/><path d="M6 76c2-17 12-25 24-25s22 8 24 25z" fill="#9aa3ad"/></svg>`;
const shell = (css: string, body: string, lang = 'en') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>
@page { size: A4; }
* { box-sizing: border-box; }
body { margin: 0; -webkit-print-color-adjust: exact; }
${css}</style></head><body>${body}</body></html>`;
/** Repeating running header/footer: Chromium repeats <thead>/<tfoot> on every printed page. */
const paged = (head: string, body: string, foot: string, cls = 'pg') => `<table class="${cls}"><thead><tr><td>${head}</td></tr></thead><tfoot><tr><td>${foot}</td></tr></tfoot><tbody><tr><td>${body}</td></tr></tbody></table>`;

// ───────────────────────────── HTML templates (chromium) ─────────────────────────────
type Html = (p: Person) => string;

/** North-American academic CV: serif, appointments first, publications and grants, "updated" running header. */
const acad: Html = (p) => {
  const mixed = p.language === 'mixed';
  const x = p.extras ?? {};
  const nm = mixed ? `${p.alt} <span class="cn">${p.name}</span>` : p.name;
  const surname = mixed ? p.alt!.split(' ').pop() : p.name.split(' ').pop();
  const appts = jobsNewest(p).map((j) => `<tr><td class="d">${span(j, 'Mon YYYY', ' – ', 'present')}</td><td><b>${esc(j.title)}</b>, ${esc(j.company)}${j.dept ? `, ${esc(j.dept)}` : ''}, ${esc(j.city)}<div class="s">${j.bullets.map(esc).join(' ')}</div></td></tr>`).join('');
  const edu = eduNewest(p).map((e) => `<tr><td class="d">${e.end.slice(0, 4)}</td><td><b>${esc(e.degree)}</b>, ${esc(e.school)}, ${esc(e.city ?? '')}${e.note ? `<div class="s">${esc(e.note)}</div>` : ''}</td></tr>`).join('');
  const list = (a: string[] | undefined, ol = false) => (a?.length ? `<${ol ? 'ol' : 'ul'}>${a.map((t) => `<li>${esc(t)}</li>`).join('')}</${ol ? 'ol' : 'ul'}>` : '');
  const head = `<div class="rh"><span>${esc(mixed ? p.alt! : p.name)} — Curriculum Vitae</span><span>Updated October 2026</span></div>`;
  const body = `<h1>${nm}</h1>
<div class="contact"><div>${esc(p.jobs.at(-1)!.dept ?? '')}${p.jobs.at(-1)!.dept ? '<br>' : ''}${esc(p.jobs.at(-1)!.company)}<br>${esc(p.address)}</div>
<div class="r">${esc(p.email)}<br>${esc(p.phoneIntl)}<br>${(p.links ?? []).map(esc).join('<br>')}</div></div>
<h2>Academic Appointments</h2><table class="t">${appts}</table>
<h2>Education</h2><table class="t">${edu}</table>
<h2>Research Interests</h2><p>${esc(p.summary)}</p>
<h2>Grants, Fellowships and Awards</h2>${list(x.grants)}
<h2>Selected Peer-Reviewed Publications</h2>${list(x.publications, true)}
<h2>Teaching and Supervision</h2>${list(x.teaching)}
${x.service ? `<h2>Professional Service</h2>${list(x.service)}` : ''}
<h2>Computational Skills</h2><p>${skills(p).map(esc).join(' · ')}</p>
<h2>Languages</h2><p>${p.languages.map(esc).join('; ')}</p>`;
  const foot = `<div class="rf">${esc(surname!)} CV</div>`;
  return shell(`body{font-family:'Liberation Serif','Times New Roman',serif;font-size:11.2pt;color:#111;line-height:1.32}
.pg{width:100%;border-collapse:collapse}.pg td{padding:0}
.rh{display:flex;justify-content:space-between;font-size:9pt;font-style:italic;color:#444;border-bottom:.5pt solid #888;padding-bottom:2mm;margin-bottom:4mm}
.rf{font-size:8.5pt;color:#666;text-align:center;padding-top:3mm}
h1{font-size:20pt;font-weight:normal;text-align:center;margin:0 0 3mm;letter-spacing:.5pt}.cn{font-family:'WenQuanYi Zen Hei',sans-serif;font-size:15pt}
.contact{display:flex;justify-content:space-between;font-size:10pt;margin-bottom:2mm}.contact .r{text-align:right}
h2{font-size:11.5pt;font-variant:small-caps;letter-spacing:.6pt;border-bottom:.6pt solid #000;margin:5mm 0 2mm;break-after:avoid}
.t{border-collapse:collapse;width:100%}.t td{vertical-align:top;padding:1mm 0}.t td.d{width:38mm;white-space:nowrap;padding-right:4mm}
.s{font-size:10pt;color:#333}ul,ol{margin:0;padding-left:6mm}li{margin-bottom:1.2mm}p{margin:0}`, paged(head, body, foot), mixed ? 'en' : 'en');
};

/** Israeli hi-tech CV: one page, military service as its own section, dense sans. */
const hitech: Html = (p) => {
  const mil = p.jobs.filter((j) => /Military|IDF|Defense/.test(j.company + j.title));
  const civ = jobsNewest(p).filter((j) => !mil.includes(j));
  const job = (j: Job) => `<div class="job"><div class="jh"><span><b>${esc(j.company)}</b> | ${esc(j.title)}</span><span>${span(j, 'MM/YYYY', ' – ', 'Present')}</span></div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`;
  return shell(`body{font-family:'Liberation Sans',Arial,sans-serif;font-size:10.4pt;color:#1b1b1b;line-height:1.35}
h1{margin:0;font-size:23pt;color:#0b3d91}.sub{font-size:11.5pt;color:#555;margin:1mm 0 2mm}
.c{font-size:9.6pt;border-top:2px solid #0b3d91;border-bottom:1px solid #ccc;padding:1.5mm 0;margin-bottom:3mm}
h2{font-size:11.5pt;text-transform:uppercase;color:#0b3d91;margin:4mm 0 1.5mm;letter-spacing:.5pt}
.jh{display:flex;justify-content:space-between}.job{margin-bottom:2mm}ul{margin:.8mm 0 0;padding-left:5mm}li{margin:.4mm 0}`,
  `<h1>${esc(p.name)}</h1><div class="sub">${esc(p.headline)}</div>
<div class="c">${esc(p.city)} &nbsp;|&nbsp; ${esc(p.phoneLocal)} &nbsp;|&nbsp; ${esc(p.email)} &nbsp;|&nbsp; ${(p.links ?? []).map(esc).join(' &nbsp;|&nbsp; ')}</div>
<h2>Summary</h2><div>${esc(p.summary)}</div>
<h2>Professional Experience</h2>${civ.map(job).join('')}
<h2>Military Service</h2>${mil.map(job).join('')}
<h2>Education</h2>${eduNewest(p).map((e) => `<div class="jh"><span><b>${esc(e.degree)}</b>, ${esc(e.school)}</span><span>${ym(e.start, 'YYYY')}–${ym(e.end, 'YYYY')}</span></div>`).join('')}
<h2>Technical Skills</h2><div>${skills(p).map(esc).join(', ')}</div>
<h2>Certifications</h2><div>${p.certs.map(esc).join('; ')}</div>
<h2>Languages</h2><div>${p.languages.map(esc).join(' · ')}</div>`);
};

/** ATS-optimised builder output (Rezi style): single column, keyword skills line, MM/YYYY dates. */
const rezi: Html = (p) => shell(`body{font-family:'Liberation Serif',Georgia,serif;font-size:10.8pt;color:#222;line-height:1.4}
.n{text-align:center;font-size:21pt;font-weight:bold;letter-spacing:1pt}.h{text-align:center;font-size:11pt;color:#444}
.c{text-align:center;font-size:9.8pt;margin:1.5mm 0 4mm}
h2{font-size:11pt;border-bottom:1px solid #333;margin:4.5mm 0 2mm;padding-bottom:.6mm;letter-spacing:1pt}
.r{display:flex;justify-content:space-between}.t{font-weight:bold}.co{font-style:italic}ul{margin:1mm 0 2.5mm;padding-left:5.5mm}li{margin:.5mm 0}`,
`<div class="n">${esc(p.name.toUpperCase())}</div><div class="h">${esc(p.headline)}</div>
<div class="c">${esc(p.email)} • ${esc(p.phoneIntl)} • ${esc(p.city)}${p.links ? ' • ' + p.links.map(esc).join(' • ') : ''}</div>
<h2>SUMMARY</h2><div>${esc(p.summary)}</div>
<h2>EXPERIENCE</h2>${jobsNewest(p).map((j) => `<div class="r"><span class="t">${esc(j.title)}</span><span>${span(j, 'MM/YYYY', ' - ', 'Present')}</span></div><div class="r"><span class="co">${esc(j.company)}</span><span>${esc(j.city)}</span></div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul>`).join('')}
<h2>EDUCATION</h2>${eduNewest(p).map((e) => `<div class="r"><span class="t">${esc(e.degree)}</span><span>${ym(e.start, 'MM/YYYY')} - ${ym(e.end, 'MM/YYYY')}</span></div><div class="co">${esc(e.school)}, ${esc(e.city ?? '')}</div>`).join('')}
<h2>SKILLS</h2><div>${skills(p).map(esc).join(', ')}</div>
${p.certs.length ? `<h2>CERTIFICATIONS</h2><div>${p.certs.map(esc).join('<br>')}</div>` : ''}
<h2>LANGUAGES</h2><div>${p.languages.map(esc).join(', ')}</div>`);

/** 国家自然科学基金 申请书 附：申请人简历 (NSFC applicant CV), with the form's running header and version footer. */
const nsfc: Html = (p) => {
  const x = p.extras ?? {};
  const cur = p.jobs.at(-1)!;
  const edu = eduNewest(p).map((e, i) => `<p>（${i + 1}）${ym(e.start, 'YYYY-MM')} 至 ${ym(e.end, 'YYYY-MM')}，${esc(e.school)}，${esc(e.degree.replace(/ /, '，'))}${e.note ? `，${esc(e.note.replace('Promotor: ', '导师：').replace('导师：', '导师：'))}` : ''}</p>`).join('');
  const work = jobsNewest(p).map((j, i) => `<p>（${i + 1}）${ym(j.start, 'YYYY-MM')} 至 ${j.end ? ym(j.end, 'YYYY-MM') : '今'}，${esc(j.company)}，${j.dept ? esc(j.dept) + '，' : ''}${esc(j.title)}</p>`).join('');
  const head = `<div class="rh"><span>国家自然科学基金申请书</span><span>2027 版</span></div>`;
  const foot = `<div class="rf">版本：27010000260341975</div>`;
  const body = `<div class="ttl">${esc(p.name)} 简 历</div>
<p class="who">${esc(p.name)}，${esc(cur.company)}，${cur.dept ? esc(cur.dept) + '，' : ''}${esc(cur.title)}</p>
<table class="info"><tr><td>性别</td><td>${p.gender === 'F' ? '女' : '男'}</td><td>出生年月</td><td>${ym(p.born.slice(0, 7), 'YYYY年MM月')}</td><td>民族</td><td>汉族</td></tr>
<tr><td>电子邮箱</td><td colspan="2">${esc(p.email)}</td><td>手机</td><td colspan="2">${esc(p.phoneLocal.replace(/[ -]/g, ''))}</td></tr>
<tr><td>通讯地址</td><td colspan="5">${esc(p.address)}</td></tr></table>
<h3>教育经历（从大学本科开始，按时间倒序排序；请列出攻读研究生学位阶段导师姓名）：</h3>${edu}
<h3>科研与学术工作经历（按时间倒序排序；如为在站博士后研究人员或曾有博士后研究经历，请列出合作导师姓名）：</h3>${work}
<h3>曾使用其他证件信息（应使用唯一身份证件申请项目，曾经使用其他身份证件作为申请人或主要参与者获得过项目资助的，应当在此列明）：</h3><p>无</p>
<h3>主要研究方法与技能：</h3><p>${skills(p).map(esc).join('；')}</p>
<h3>主持或参加科研项目（课题）情况（按时间倒序排序）：</h3>${(x.grants ?? []).map((g, i) => `<p>（${i + 1}）${esc(g)}</p>`).join('')}
<h3>代表性研究成果和学术奖励情况：</h3>${(x.publications ?? []).map((g, i) => `<p>（${i + 1}）${esc(g)}</p>`).join('')}${(x.awards ?? []).map((g) => `<p>${esc(g)}</p>`).join('')}`;
  return shell(`body{font-family:'WenQuanYi Zen Hei',sans-serif;font-size:10.5pt;line-height:1.65;color:#000}
.pg{width:100%;border-collapse:collapse}.pg>thead td,.pg>tfoot td,.pg>tbody>tr>td{padding:0}
.rh{display:flex;justify-content:space-between;font-size:9pt;border-bottom:.6pt solid #000;padding-bottom:1mm;margin-bottom:5mm}
.rf{text-align:center;font-size:8.5pt;color:#333;padding-top:4mm}
.ttl{text-align:center;font-size:16pt;font-weight:bold;letter-spacing:6pt;margin-bottom:4mm}
.who{font-weight:bold}h3{font-size:10.5pt;margin:3.5mm 0 1mm}p{margin:0 0 .8mm;text-indent:0}
.info{border-collapse:collapse;width:100%;margin:2mm 0 3mm;font-size:10pt}.info td{border:.6pt solid #000;padding:1mm 2mm}`, paged(head, body, foot), 'zh');
};

/** Chinese LaTeX résumé look (billryan/resume style): centred name, rule-topped sections, dates flush right. */
const billryan: Html = (p) => {
  const tw = p.nationality.includes('中華');
  const L = tw ? { edu: '教育背景', work: '工作經歷', sk: '專業技能', other: '其他', lang: '語言', now: '至今' } : { edu: '教育背景', work: '工作经历', sk: '专业技能', other: '其他', lang: '语言', now: '至今' };
  return shell(`body{font-family:'WenQuanYi Zen Hei',sans-serif;font-size:10.4pt;line-height:1.5;color:#111}
.n{text-align:center;font-size:22pt;margin-bottom:1mm}.c{text-align:center;font-size:9.6pt;color:#333;margin-bottom:3mm}
h2{font-size:12.5pt;font-weight:normal;border-bottom:.8pt solid #000;margin:4mm 0 1.5mm;padding-bottom:.5mm}
.r{display:flex;justify-content:space-between}.r b{font-weight:bold}ul{margin:.5mm 0 2mm;padding-left:6mm}li{margin:.3mm 0}.dt{font-family:'Liberation Serif',serif;font-style:italic}`,
  `<div class="n">${esc(p.name)}${p.alt ? ` <span style="font-size:14pt">${esc(p.alt)}</span>` : ''}</div>
<div class="c">✉ ${esc(p.email)} &nbsp;·&nbsp; ☎ (+86) ${esc(p.phoneLocal)} &nbsp;·&nbsp; ${esc(p.city)}${p.links ? ' &nbsp;·&nbsp; ' + p.links.map(esc).join(' · ') : ''}</div>
<h2>${L.edu}</h2>${eduNewest(p).map((e) => `<div class="r"><span><b>${esc(e.school)}</b>，${esc(e.degree)}</span><span class="dt">${ym(e.start, 'YYYY.MM')} -- ${ym(e.end, 'YYYY.MM')}</span></div>`).join('')}
<h2>${L.work}</h2>${jobsNewest(p).map((j) => `<div class="r"><span><b>${esc(j.company)}</b> · ${esc(j.title)}</span><span class="dt">${span(j, 'YYYY.MM', ' -- ', L.now)}</span></div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul>`).join('')}
${p.breaks ? p.breaks.map((b) => `<div class="r"><span>（${esc(b.note)}）</span><span class="dt">${ym(b.start, 'YYYY.MM')} -- ${ym(b.end, 'YYYY.MM')}</span></div>`).join('') : ''}
<h2>${L.sk}</h2><ul>${skills(p).map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
<h2>${L.other}</h2><ul><li>${L.lang}：${p.languages.map(esc).join('，')}</li>${p.certs.map((c) => `<li>${esc(c)}</li>`).join('')}</ul>`, 'zh');
};

/** EPSO "EU CV online" application: boxed label/value grids per experience, DD/MM/YYYY dates, application no. header. */
const epso: Html = (p) => {
  const [first, ...rest] = p.name.split(' ');
  const fam = p.id === 'p07' ? 'CARVALHO BATISTA' : rest.join(' ').toUpperCase();
  const given = p.id === 'p07' ? 'Inês' : first;
  const kv = (rows: [string, string][]) => `<table class="kv">${rows.map(([k, v]) => `<tr><th>${esc(k)}</th><td>${v}</td></tr>`).join('')}</table>`;
  const head = `<div class="hd"><div><b>European Personnel Selection Office</b><br>EPSO/AD/412/26 – Administrators (AD 7) in the field of Statistics</div><div class="rt">Application form – printable version<br>Candidate: ${esc(given)} ${esc(fam)} · No 4471238</div></div>`;
  const foot = `<div class="ft">Printed from the EPSO account on 04/11/2026 · This document is not proof of registration</div>`;
  const exp = jobsNewest(p).map((j, i) => `<h3>Professional experience ${i + 1}</h3>${kv([
    ['From', ym(j.start, 'DDs/MM/YYYY')], ['To', j.end ? ym(j.end, 'DDe/MM/YYYY') : 'Ongoing'], ['Employer name', esc(j.company)],
    ['Employer address', esc(j.city)], ['Position held / job title', esc(j.title)], ['Contract type', i === p.jobs.length - 1 && /Intern|Trainee/.test(j.title) ? 'Traineeship' : 'Full-time'],
    ['Main duties', j.bullets.map(esc).join(' ')],
  ])}`).join('');
  const body = `<h2>1. Personal data</h2>${kv([['Surname', esc(fam)], ['First name(s)', esc(given)], ['Gender', p.gender === 'F' ? 'Female' : 'Male'], ['Date of birth', ym(p.born.slice(0, 7), 'MM/YYYY').replace(/^/, p.born.slice(8) + '/')], ['Citizenship', esc(p.nationality)], ['Address', esc(p.address)], ['Telephone', esc(p.phoneIntl)], ['E-mail', esc(p.email)]])}
<h2>2. Education and training</h2>${eduNewest(p).map((e, i) => `<h3>Diploma ${i + 1}</h3>${kv([['Period', `${ym(e.start, 'MM/YYYY')} – ${ym(e.end, 'MM/YYYY')}`], ['Institution', esc(e.school) + (e.city ? ', ' + esc(e.city) : '')], ['Title of qualification', esc(e.degree)]])}`).join('')}
<h2>3. Professional experience</h2>${exp}
<h2>4. Languages</h2><table class="gr"><tr><th>Language</th><th>Level (CEFR)</th></tr>${p.languages.map((l) => { const [a, b] = l.split(' – '); return `<tr><td>${esc(a)}</td><td>${esc(b ?? '')}</td></tr>`; }).join('')}</table>
<h2>5. Other skills and competences</h2>${kv([['IT skills', skills(p).map(esc).join('; ')]])}
<h2>6. Declaration on honour</h2><p class="dec">☒ I declare on my honour that the information given above is true and complete. I am aware that any false declaration may result in my exclusion.</p>`;
  return shell(`body{font-family:'DejaVu Sans',sans-serif;font-size:8.9pt;color:#1a1a1a;line-height:1.35}
.pg{width:100%;border-collapse:collapse}.pg>*>tr>td{padding:0}
.hd{display:flex;justify-content:space-between;border-bottom:2px solid #034ea2;padding-bottom:1.5mm;margin-bottom:3mm;font-size:8.3pt;color:#034ea2}.hd .rt{text-align:right}
.ft{font-size:7.5pt;color:#666;border-top:.5pt solid #aaa;margin-top:3mm;padding-top:1mm}
h2{background:#034ea2;color:#fff;font-size:10pt;padding:1mm 2mm;margin:4mm 0 2mm;break-after:avoid}h3{font-size:9pt;margin:2.5mm 0 1mm;color:#034ea2;break-after:avoid}
.kv{border-collapse:collapse;width:100%;break-inside:avoid}.kv th{width:48mm;text-align:left;font-weight:normal;background:#eef2f8;border:.5pt solid #b8c4d6;padding:1mm 2mm;vertical-align:top}.kv td{border:.5pt solid #b8c4d6;padding:1mm 2mm}
.gr{border-collapse:collapse;width:60%}.gr th,.gr td{border:.5pt solid #b8c4d6;padding:1mm 2mm;text-align:left}.gr th{background:#eef2f8}.dec{margin:1mm 0}`, paged(head, body, foot));
};

/** Workday candidate "Review" page printed from the browser: label/value grid, numbered experiences, print header/footer. */
const workday: Html = (p) => {
  const zh = p.language === 'mixed';
  const legal: Record<string, [string, string]> = { p13: ['Yifan', 'Zhou'] };
  const [given, fam] = legal[p.id] ?? [p.name.split(' ')[0], p.name.split(' ').slice(1).join(' ')];
  const country = zh ? 'China' : /TX/.test(p.city) ? 'United States of America' : 'Canada';
  const tenant = { p01: 'corvane', p05: 'quarrylabs', p13: 'vantix' }[p.id] ?? 'careers';
  const row = (k: string, v: string) => `<div class="f"><div class="k">${esc(k)}</div><div class="v">${v}</div></div>`;
  const head = `<div class="bh"><span>11/3/26, 9:41 PM</span><span>Review | Careers</span></div>`;
  const foot = `<div class="bf">https://${tenant}.wd5.myworkdayjobs.com/en-US/External/job/apply/review</div>`;
  const body = `<div class="top"><span class="logo">${tenant.toUpperCase()} Careers</span><span class="acct">${esc(zh ? `${p.alt} (${p.name})` : p.name)} ▾</span></div>
<div class="steps">My Information ✓ &nbsp;›&nbsp; My Experience ✓ &nbsp;›&nbsp; Application Questions ✓ &nbsp;›&nbsp; Voluntary Disclosures ✓ &nbsp;›&nbsp; <b>Review</b></div>
<h1>Review</h1>
<h2>My Information</h2>${row('How Did You Hear About Us?', 'LinkedIn')}${row('Country', country)}
${row('Legal Name - First Name', esc(given))}${row('Legal Name - Last Name', esc(fam))}${zh ? row('Local Name - 姓名', esc(p.name)) + row('Preferred Name', esc(p.alt!.split(' ')[0])) : ''}
${row('Address Line 1', esc(p.address))}${row('Email Address', esc(p.email))}${row('Phone Device Type', 'Mobile')}${row('Country Phone Code', `${country} (${zh ? '+86' : '+1'})`)}${row('Phone Number', esc(p.phoneLocal))}
<h2>My Experience</h2>${jobsNewest(p).map((j, i) => `<h3>Work Experience ${i + 1}</h3>${row('Job Title', esc(j.title))}${row('Company', esc(j.company))}${row('Location', esc(j.city))}${row('I currently work here', j.end ? 'No' : 'Yes')}${row('From', ym(j.start, 'MM/YYYY'))}${j.end ? row('To', ym(j.end, 'MM/YYYY')) : ''}${row('Role Description', j.bullets.map(esc).join('<br>'))}`).join('')}
${eduNewest(p).map((e, i) => `<h3>Education ${i + 1}</h3>${row('School or University', esc(e.school))}${row('Degree', esc(e.degree))}${row('From - To (Actual or Expected)', `${e.start.slice(0, 4)} - ${e.end.slice(0, 4)}`)}`).join('')}
<h3>Languages</h3>${p.languages.map((l) => row('Language', esc(l))).join('')}
<h3>Skills</h3><div class="chips">${skills(p).map((s) => `<span>${esc(s)}</span>`).join('')}</div>
<h3>Resume/CV</h3>${row('File', `${esc((zh ? p.alt! : p.name).replace(/[^A-Za-z]+/g, '_'))}_Resume.pdf`)}
<h3>Websites</h3>${(p.links ?? []).map((l) => row('URL', 'https://' + esc(l))).join('')}
<h2>Voluntary Disclosures</h2>${row('I have read and consent to the terms and conditions', 'Yes')}`;
  return shell(`body{font-family:'Liberation Sans',Arial,sans-serif;font-size:9.6pt;color:#333}
.pg{width:100%;border-collapse:collapse}.pg>*>tr>td{padding:0}
.bh,.bf{display:flex;justify-content:space-between;font-size:7.5pt;color:#555;margin-bottom:2mm}.bf{margin:2mm 0 0}
.top{display:flex;justify-content:space-between;align-items:center;border-bottom:1px solid #ddd;padding-bottom:2mm}.logo{font-weight:bold;color:#0875e1;font-size:12pt}.acct{font-size:9pt;font-family:'Liberation Sans','WenQuanYi Zen Hei',sans-serif}
.steps{font-size:8pt;color:#666;margin:2mm 0}h1{font-size:16pt;margin:2mm 0;font-weight:normal}
h2{font-size:11.5pt;margin:4mm 0 1mm;border-bottom:2px solid #0875e1;padding-bottom:1mm}h3{font-size:10pt;margin:3mm 0 1mm;color:#222;break-after:avoid}
.f{display:flex;padding:1mm 0;border-bottom:1px solid #f0f0f0;break-inside:avoid}.k{width:62mm;color:#666;flex:none}.v{flex:1;font-family:'Liberation Sans','WenQuanYi Zen Hei',sans-serif}
.chips span{display:inline-block;border:1px solid #bbb;border-radius:10px;padding:.5mm 2.5mm;margin:0 1.5mm 1.5mm 0;font-family:'Liberation Sans','WenQuanYi Zen Hei',sans-serif}`, paged(head, body, foot));
};

/** Chinese ATS "标准简历" export (Moka/北森 style): tags line, key-value grid, grey section bars, delivery metadata. */
const moka: Html = (p) => {
  const cur = p.jobs.at(-1)!;
  const yrs = Math.floor(yearsWorked(p.jobs, REF));
  const pos = { p11: '工程管理部 · 项目总监', p12: '电商运营总监', p16: '品牌设计负责人 Brand Design Lead' }[p.id] ?? '高级经理';
  const kv = (a: [string, string][]) => `<table class="kv">${a.reduce((acc, [k, v], i) => acc + (i % 2 === 0 ? '<tr>' : '') + `<th>${k}</th><td>${v}</td>` + (i % 2 === 1 ? '</tr>' : ''), '')}</table>`;
  return shell(`body{font-family:'WenQuanYi Zen Hei',sans-serif;font-size:9.8pt;color:#333;line-height:1.55}
.meta{font-size:8.5pt;color:#888;border-bottom:1px solid #eee;padding-bottom:1.5mm;margin-bottom:3mm;display:flex;justify-content:space-between;gap:6mm}
.hd{display:flex;gap:5mm;align-items:center}.n{font-size:19pt;color:#111}.tags span{display:inline-block;background:#f2f4f7;border-radius:2px;padding:0 2mm;margin-right:1.5mm;font-size:9pt;color:#555}
h2{background:#f2f4f7;border-left:3px solid #3370ff;font-size:10.5pt;padding:1mm 2.5mm;margin:4.5mm 0 2mm;color:#222;break-after:avoid}
.kv{border-collapse:collapse;width:100%}.kv th{width:22mm;text-align:left;color:#888;font-weight:normal;padding:.8mm 0;vertical-align:top}.kv td{padding:.8mm 3mm .8mm 0;vertical-align:top}
.it{margin-bottom:2.5mm;break-inside:avoid}.it .l1{display:flex;gap:4mm}.it .dt{color:#666;width:40mm;flex:none}.it b{color:#111}.it .ds{color:#555;padding-left:44mm}.ft{margin-top:6mm;text-align:center;font-size:8pt;color:#aaa}`,
  `<div class="meta"><span>应聘职位：${esc(pos)}　｜　简历来源：${p.id === 'p12' ? '招聘网站' : '内部推荐'}　｜　投递时间：2026-10-${p.id.slice(1)} 14:2${p.id.slice(2)}</span><span>候选人编号 C2026${p.id.slice(1)}0381</span></div>
<div class="hd">${photo(52, 66)}<div><div class="n">${esc(p.name)}${p.alt ? ` <span style="font-size:12pt;color:#666">${esc(p.alt)}</span>` : ''}</div>
<div class="tags"><span>${p.gender === 'F' ? '女' : '男'}</span><span>${age(p)}岁</span><span>${yrs}年工作经验</span><span>${/硕士|MA|M\.|Master/.test(p.education.map((e) => e.degree).join()) ? '硕士' : '本科'}</span><span>${esc(p.city)}</span></div>
<div style="margin-top:1mm">${esc(cur.company)} · ${esc(cur.title)}</div></div></div>
<h2>基本信息</h2>${kv([['手机号码', esc(p.phoneLocal)], ['电子邮箱', esc(p.email)], ['出生日期', p.born], ['现居住地', esc(p.city)], ['最高学历', esc(eduNewest(p)[0].degree)], ['期望城市', esc(p.city)], ['当前状态', '在职，看机会'], ['到岗时间', '1个月内']])}
<h2>工作经历</h2>${jobsNewest(p).map((j) => `<div class="it"><div class="l1"><span class="dt">${span(j, 'YYYY.MM', ' - ', '至今')}</span><b>${esc(j.company)}</b><span>${esc(j.title)}</span></div><div class="ds">工作描述：${j.bullets.map(esc).join(' ')}</div></div>`).join('')}
<h2>教育经历</h2>${eduNewest(p).map((e) => `<div class="it"><div class="l1"><span class="dt">${ym(e.start, 'YYYY.MM')} - ${ym(e.end, 'YYYY.MM')}</span><b>${esc(e.school)}</b><span>${esc(e.degree)}</span></div></div>`).join('')}
<h2>技能特长</h2><div>${skills(p).map(esc).join('、')}</div>
<h2>语言能力</h2><div>${p.languages.map(esc).join('；')}</div>
${p.certs.length ? `<h2>证书</h2><div>${p.certs.map(esc).join('<br>')}</div>` : ''}
<h2>自我评价</h2><div>${esc(p.summary)}</div>
<h2>附件</h2><div>${esc(p.name)}_简历.pdf（原始附件）</div>
<div class="ft">— 本简历由招聘管理系统导出，仅供内部评估使用，请勿外传 —</div>`, 'zh');
};

/** 1111人力銀行 履歷 (Taiwan): 民國 birth date, 仍在職, boxed tables with blue headers. */
const tw1111: Html = (p) => {
  const roc = Number(p.born.slice(0, 4)) - 1911;
  const t = (rows: string) => `<table class="t">${rows}</table>`;
  return shell(`body{font-family:'WenQuanYi Zen Hei',sans-serif;font-size:9.8pt;color:#222;line-height:1.5}
.top{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:3px solid #e4007f;padding-bottom:1.5mm}.top .b{color:#e4007f;font-size:15pt;font-weight:bold}.top .c{font-size:8.5pt;color:#666;text-align:right}
h2{font-size:11pt;color:#fff;background:#0068b7;padding:.8mm 2.5mm;margin:4mm 0 0}
.t{border-collapse:collapse;width:100%}.t th{background:#e8f1fa;width:25mm;font-weight:normal;text-align:left}.t th,.t td{border:1px solid #b7cde3;padding:1.1mm 2mm;vertical-align:top}
.h th{background:#cfe2f3;text-align:center;width:auto}.ph{width:32mm;text-align:center}`,
  `<div class="top"><span class="b">1111人力銀行 · 我的履歷</span><span class="c">履歷代碼：TW-${p.id.slice(1)}88213　更新日期：2026/10/29<br>本履歷僅供徵才企業參考使用</span></div>
<h2>個人資料</h2>${t(`<tr><th>姓名</th><td>${esc(p.name)}</td><th>性別</th><td>${p.gender === 'M' ? '男' : '女'}</td><td class="ph" rowspan="5">${photo(88, 112)}</td></tr>
<tr><th>出生日期</th><td>民國 ${roc} 年 ${Number(p.born.slice(5, 7))} 月 ${Number(p.born.slice(8))} 日</td><th>兵役狀況</th><td>役畢</td></tr>
<tr><th>行動電話</th><td>${esc(p.phoneLocal)}</td><th>駕照</th><td>普通小型車</td></tr>
<tr><th>E-mail</th><td colspan="3">${esc(p.email)}</td></tr>
<tr><th>通訊地址</th><td colspan="3">${esc(p.address)}</td></tr>`)}
<h2>求職條件</h2>${t(`<tr><th>希望職稱</th><td>${esc(p.headline)}</td><th>希望待遇</th><td>面議</td></tr><tr><th>可上班日</th><td>錄取後一個月</td><th>工作經驗</th><td>${Math.floor(yearsWorked(p.jobs, REF))} 年以上</td></tr>`)}
<h2>學歷</h2>${t(`<tr class="h"><th>學校名稱</th><th>科系 / 學位</th><th>就學期間</th><th>狀態</th></tr>${eduNewest(p).map((e) => `<tr><td>${esc(e.school)}</td><td>${esc(e.degree)}</td><td>${ym(e.start, 'YYYY/MM')}～${ym(e.end, 'YYYY/MM')}</td><td>畢業</td></tr>`).join('')}`)}
<h2>工作經歷</h2>${jobsNewest(p).map((j) => t(`<tr><th>公司名稱</th><td>${esc(j.company)}</td><th>任職期間</th><td>${span(j, 'YYYY/MM', '～', '仍在職')}</td></tr><tr><th>職務名稱</th><td>${esc(j.title)}</td><th>部門 / 地點</th><td>${esc(j.dept ?? '')}　${esc(j.city)}</td></tr><tr><th>工作內容</th><td colspan="3">${j.bullets.map(esc).join('<br>')}</td></tr>`)).join('<div style="height:1.5mm"></div>')}
<h2>專長技能</h2>${t(`<tr><th>電腦 / 專業技能</th><td>${skills(p).map(esc).join('、')}</td></tr><tr><th>語言能力</th><td>${p.languages.map(esc).join('　')}</td></tr><tr><th>證照</th><td>${p.certs.map(esc).join('、')}</td></tr>`)}
<h2>自傳</h2>${t(`<tr><td>${esc(p.summary)}</td></tr>`)}`, 'zh');
};

/** Notion page exported to PDF: cover, page title, callout, two column blocks, toggle-like headings. */
const notion: Html = (p) => {
  const zh = p.language !== 'en';
  const exp = jobsNewest(p).map((j) => `<div class="blk"><div class="jt">${esc(j.title)} <span class="at">@ ${esc(j.company)}</span></div><div class="prop">${span(j, 'Mon YYYY', ' → ', 'Present')} &nbsp; <span class="pl">${esc(j.city)}</span></div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`).join('');
  return shell(`body{font-family:'Liberation Sans','WenQuanYi Zen Hei',sans-serif;font-size:9.9pt;color:#37352f;line-height:1.5}
.cover{height:24mm;background:linear-gradient(90deg,#e7d8c9,#c9d8e7 60%,#d5e7c9);margin-bottom:5mm}
h1{font-size:24pt;margin:0 0 1mm;font-weight:700}.sub{color:#787774;margin-bottom:3mm}
.callout{background:#f1f1ef;border-radius:3px;padding:2.5mm 3.5mm;margin-bottom:4mm;display:flex;gap:2.5mm}.callout .i{font-size:12pt;color:#9b9a97}
.cols{display:flex;gap:7mm}.c1{width:35%}.c2{flex:1}
h2{font-size:13pt;margin:2mm 0 2mm;font-weight:600;border-bottom:1px solid #e9e9e7;padding-bottom:1mm}
.jt{font-weight:600}.at{font-weight:400;color:#37352f;background:#f7f6f3;padding:0 1mm}.prop{color:#787774;font-size:8.8pt}.pl{background:#fbecdd;color:#6b4e2e;padding:0 1.2mm;border-radius:2px}
.blk{margin-bottom:3mm;break-inside:avoid}ul{margin:.8mm 0 0;padding-left:5mm}li{margin:.3mm 0}
.tag{display:inline-block;background:#e9e5e3;border-radius:3px;padding:0 1.5mm;margin:0 1mm 1.2mm 0;font-size:9pt}.kv div{margin-bottom:.8mm}.kv b{color:#787774;font-weight:400;display:block;font-size:8.5pt}`,
  `<div class="cover"></div><h1>${esc(dual(p))}</h1><div class="sub">${esc(p.headline)}</div>
<div class="callout"><span class="i">❝</span><div>${esc(p.summary)}</div></div>
<div class="cols"><div class="c1"><h2>${zh ? 'Contact 联系方式' : 'Contact'}</h2><div class="kv"><div><b>Email</b>${esc(p.email)}</div><div><b>Phone</b>${esc(p.phoneIntl)}</div><div><b>Location</b>${esc(p.city)}</div>${(p.links ?? []).map((l) => `<div><b>Link</b>${esc(l)}</div>`).join('')}</div>
<h2>${zh ? 'Skills 技能' : 'Skills'}</h2><div>${skills(p).map((s) => `<span class="tag">${esc(s)}</span>`).join('')}</div>
<h2>${zh ? 'Languages 语言' : 'Languages'}</h2><ul>${p.languages.map((l) => `<li>${esc(l)}</li>`).join('')}</ul>
<h2>${zh ? 'Education 教育' : 'Education'}</h2>${eduNewest(p).map((e) => `<div class="blk"><div class="jt">${esc(e.school)}</div><div>${esc(e.degree)}</div><div class="prop">${ym(e.start, 'Mon YYYY')} → ${ym(e.end, 'Mon YYYY')}</div></div>`).join('')}
${p.certs.length ? `<h2>Certifications</h2><ul>${p.certs.map((c) => `<li>${esc(c)}</li>`).join('')}</ul>` : ''}</div>
<div class="c2"><h2>${zh ? 'Experience 工作经历' : 'Experience'}</h2>${exp}${p.breaks ? p.breaks.map((b) => `<div class="blk"><div class="jt" style="color:#787774">${esc(b.note)}</div><div class="prop">${ym(b.start, 'Mon YYYY')} → ${ym(b.end, 'Mon YYYY')}</div></div>`).join('') : ''}</div></div>`);
};

/** Stack Overflow "Developer Story" print view: tag chips on the left, story timeline on the right. */
const devstory: Html = (p) => {
  const items = [
    ...p.jobs.map((j) => ({ k: j.start, h: `<div class="ty">Position</div><div class="tt">${esc(j.title)} at <b>${esc(j.company)}</b></div><div class="dt">${span(j, 'Mon YYYY', ' → ', 'Current')} · ${esc(j.city)}</div><div>${j.bullets.map(esc).join(' ')}</div>` })),
    ...p.education.map((e) => ({ k: e.start, h: `<div class="ty">Education</div><div class="tt">${esc(e.degree)} — ${esc(e.school)}</div><div class="dt">${ym(e.start, 'Mon YYYY')} → ${ym(e.end, 'Mon YYYY')}</div>` })),
    ...p.certs.map((c) => ({ k: (c.match(/(20\d\d)/)?.[1] ?? '2020') + '-06', h: `<div class="ty">Certification</div><div class="tt">${esc(c)}</div>` })),
  ].sort((a, b) => b.k.localeCompare(a.k));
  return shell(`body{font-family:'Liberation Sans','WenQuanYi Zen Hei',sans-serif;font-size:9.5pt;color:#242729;line-height:1.45}
.hd{display:flex;justify-content:space-between;border-bottom:3px solid #f48024;padding-bottom:2mm;margin-bottom:4mm}.n{font-size:20pt}.t{color:#6a737c;font-size:11pt}.ct{text-align:right;font-size:9pt;color:#535a60}
.cols{display:flex;gap:6mm}.l{width:58mm;flex:none}.r{flex:1;border-left:2px solid #e4e6e8;padding-left:5mm}
h2{font-size:10.5pt;color:#6a737c;text-transform:uppercase;letter-spacing:.5pt;margin:0 0 2mm}
.tag{display:inline-block;background:#e1ecf4;color:#39739d;border-radius:3px;padding:.3mm 1.6mm;margin:0 1mm 1.4mm 0;font-size:8.8pt}
.it{margin-bottom:3.5mm;position:relative;break-inside:avoid}.it:before{content:'';position:absolute;left:-6.6mm;top:1mm;width:2.4mm;height:2.4mm;border-radius:50%;background:#f48024}
.ty{font-size:8pt;text-transform:uppercase;color:#f48024}.tt{font-size:10.5pt}.dt{color:#6a737c;font-size:8.8pt}.sec{margin-bottom:5mm}`,
  `<div class="hd"><div><div class="n">${esc(dual(p))}</div><div class="t">${esc(p.headline)}</div></div><div class="ct">${esc(p.city)}<br>${esc(p.email)}<br>${esc(p.phoneIntl)}<br>${(p.links ?? []).map(esc).join('<br>')}</div></div>
<div class="cols"><div class="l"><div class="sec"><h2>Statement</h2><div>${esc(p.summary)}</div></div>
<div class="sec"><h2>Technologies</h2>${skills(p).map((s) => `<span class="tag">${esc(s)}</span>`).join('')}</div>
<div class="sec"><h2>Languages</h2>${p.languages.map(esc).join('<br>')}</div></div>
<div class="r"><h2>Developer Story</h2>${items.map((i) => `<div class="it">${i.h}</div>`).join('')}</div></div>
<div style="margin-top:5mm;font-size:7.5pt;color:#9199a1">stackoverflow.com/story/${esc((p.alt ?? p.name).toLowerCase().replace(/[^a-z]+/g, ''))} · printed 2026-11-02</div>`);
};

/** Designer résumé (portfolio style): big name, two even columns, Behance link. */
const designer: Html = (p) => {
  const zh = p.language === 'mixed';
  return shell(`body{font-family:'DejaVu Sans','WenQuanYi Zen Hei',sans-serif;font-size:9.2pt;color:#222;line-height:1.5}
.top{display:flex;justify-content:space-between;align-items:flex-end;margin-bottom:7mm}.n{font-size:30pt;font-weight:bold;letter-spacing:-.5pt;line-height:1.05}.n small{display:block;font-size:14pt;font-weight:normal;color:#ff5a36}
.ct{text-align:right;font-size:8.6pt;color:#555}.cols{display:grid;grid-template-columns:1fr 1fr;gap:9mm}
h2{font-size:8.5pt;letter-spacing:2pt;text-transform:uppercase;color:#ff5a36;margin:0 0 2.5mm;border-top:2px solid #222;padding-top:1.5mm}
.it{margin-bottom:4mm;break-inside:avoid}.it .d{font-size:8.2pt;color:#777}.it b{font-size:10pt}.sec{margin-bottom:6mm}ul{margin:0;padding-left:4mm}`,
  `<div class="top"><div class="n">${esc(zh ? p.alt! : p.name)}${zh ? ` ${esc(p.name)}` : ''}<small>${esc(p.headline)}</small></div><div class="ct">${esc(p.email)}<br>${esc(p.phoneIntl)}<br>${esc(p.city)}<br>${(p.links ?? []).map(esc).join('<br>')}</div></div>
<div class="cols"><div><h2>${zh ? 'Experience / 经历' : 'Experience'}</h2>${jobsNewest(p).map((j) => `<div class="it"><b>${esc(j.company)}</b><div>${esc(j.title)}</div><div class="d">${span(j, 'Mon YYYY', ' — ', 'Now')} · ${esc(j.city)}</div><div>${j.bullets.map(esc).join(' ')}</div></div>`).join('')}
${p.breaks ? p.breaks.map((b) => `<div class="it"><div class="d">${ym(b.start, 'Mon YYYY')} — ${ym(b.end, 'Mon YYYY')}</div><div><i>${esc(b.note)}</i></div></div>`).join('') : ''}</div>
<div><div class="sec"><h2>About</h2>${esc(p.summary)}</div><div class="sec"><h2>${zh ? 'Skills & Tools / 技能' : 'Skills & Tools'}</h2><ul>${skills(p).map((s) => `<li>${esc(s)}</li>`).join('')}</ul></div>
<div class="sec"><h2>Education</h2>${eduNewest(p).map((e) => `<div class="it"><b>${esc(e.school)}</b><div>${esc(e.degree)}</div><div class="d">${ym(e.start, 'YYYY')} — ${ym(e.end, 'YYYY')}</div></div>`).join('')}</div>
${p.certs.length ? `<div class="sec"><h2>Certification</h2>${p.certs.map(esc).join('<br>')}</div>` : ''}
<div class="sec"><h2>Languages</h2>${p.languages.map(esc).join('<br>')}</div></div></div>`);
};

/** 高校教师个人主页 printed from the browser: nav bar, profile card left, sections right, print URL footer. */
const zhuye: Html = (p) => {
  const cur = p.jobs.at(-1)!;
  const x = p.extras ?? {};
  const uni = cur.company;
  const host = p.id === 'p08' ? 'faculty.jhlg.edu.cn/hemingyuan' : 'faculty.sau.edu.cn/jingyi.wang';
  const head = `<div class="bh"><span>2026/11/3 10:15</span><span>${esc(p.name)} - ${esc(uni)} 教师个人主页</span></div>`;
  const foot = `<div class="bf"><span>https://${host}/zh_CN/index.htm</span></div>`;
  const body = `<div class="ban"><div class="u">${esc(uni)}</div><div class="s">教师个人主页系统 · Faculty Homepage</div></div>
<div class="nav">首页　|　个人简介　|　科学研究　|　教学信息　|　论文成果　|　研究团队　|　联系方式</div>
<div class="cols"><div class="l">${photo(120, 152, '#cfd6df')}<div class="nm">${esc(p.name)}</div>${p.alt ? `<div class="en">${esc(p.alt)}</div>` : ''}
<table class="card"><tr><th>职称</th><td>${esc(cur.title)}</td></tr><tr><th>学位</th><td>博士</td></tr><tr><th>所在单位</th><td>${esc(cur.dept ?? '')}</td></tr><tr><th>电子邮箱</th><td>${esc(p.email)}</td></tr><tr><th>联系电话</th><td>${esc(p.phoneLocal)}</td></tr><tr><th>通讯地址</th><td>${esc(p.address)}</td></tr></table>
<div class="vc">访问量：${p.id === 'p08' ? '18,204' : '6,731'}</div></div>
<div class="r"><h2>个人简介</h2><p>${esc(p.summary)}</p>
<h2>教育经历</h2>${eduNewest(p).map((e) => `<p>${ym(e.start, 'YYYY.M')}－${ym(e.end, 'YYYY.M')}　${esc(e.school)}　${esc(e.degree)}</p>`).join('')}
<h2>工作经历</h2>${jobsNewest(p).map((j) => `<p>${ym(j.start, 'YYYY.M')}－${j.end ? ym(j.end, 'YYYY.M') : '至今'}　${esc(j.company)}${j.dept ? ' ' + esc(j.dept) : ''}　${esc(j.title)}</p>`).join('')}
<h2>研究方向与技能</h2><p>${skills(p).map(esc).join('，')}</p>
<h2>代表性论文</h2><ol>${(x.publications ?? []).map((t) => `<li>${esc(t)}</li>`).join('')}</ol>
<h2>科研项目</h2><ul>${(x.grants ?? []).map((t) => `<li>${esc(t)}</li>`).join('')}</ul>
<h2>教学与获奖</h2><ul>${[...(x.teaching ?? []), ...(x.awards ?? [])].map((t) => `<li>${esc(t)}</li>`).join('')}</ul></div></div>
<div class="cp">版权所有 © ${esc(uni)}　地址：${esc(p.address.replace(/\d+ 室$/, ''))}</div>`;
  return shell(`body{font-family:'WenQuanYi Zen Hei',sans-serif;font-size:9.4pt;color:#333;line-height:1.6}
.pg{width:100%;border-collapse:collapse}.pg>*>tr>td{padding:0}
.bh,.bf{display:flex;justify-content:space-between;font-size:7.5pt;color:#555;margin-bottom:2mm}.bf{margin:2mm 0 0}
.ban{background:#7a1c1c;color:#fff;padding:3mm 4mm}.ban .u{font-size:15pt;font-weight:bold}.ban .s{font-size:9pt;opacity:.9}
.nav{background:#f3e9e9;color:#7a1c1c;padding:1.5mm 4mm;font-size:9pt;margin-bottom:4mm}
.cols{display:flex;gap:6mm}.l{width:52mm;flex:none;text-align:center}.r{flex:1}
.nm{font-size:15pt;margin-top:2mm}.en{color:#777}.card{width:100%;border-collapse:collapse;text-align:left;font-size:8.6pt;margin-top:2mm}.card th{color:#7a1c1c;font-weight:normal;white-space:nowrap;vertical-align:top;padding:.6mm 1.5mm .6mm 0}.card td{word-break:break-all;padding:.6mm 0}
.vc{font-size:8pt;color:#999;margin-top:3mm}
h2{font-size:11pt;color:#7a1c1c;border-bottom:1px solid #7a1c1c;margin:3mm 0 1.5mm;padding-bottom:.5mm;break-after:avoid}p{margin:0 0 1mm}ol,ul{margin:0;padding-left:5mm}li{margin-bottom:1mm}
.cp{margin-top:5mm;border-top:1px solid #ddd;padding-top:1.5mm;text-align:center;font-size:8pt;color:#888}`, paged(head, body, foot), 'zh');
};

const htmlTemplates: Record<string, Html> = { acad, hitech, rezi, nsfc, billryan, epso, workday, moka, tw1111, notion, devstory, designer, zhuye };

// ───────────────────────────── DOCX templates (Word-made) ─────────────────────────────
type Docx = (p: Person) => Document;
const twip = (mm: number) => Math.round((mm / 25.4) * 1440);
interface RO { b?: boolean; i?: boolean; sz?: number; color?: string; caps?: boolean; font?: string }
const run = (t: string, o: RO = {}) => new TextRun({ text: t, bold: o.b, italics: o.i, size: o.sz, color: o.color, allCaps: o.caps, font: o.font });
const para = (c: string | TextRun[], o: { al?: (typeof AlignmentType)[keyof typeof AlignmentType]; after?: number; before?: number; b?: boolean; sz?: number; bullet?: boolean; tabs?: number; border?: boolean; shade?: string; indent?: number; keep?: boolean } = {}) =>
  new Paragraph({
    children: typeof c === 'string' ? [run(c, { b: o.b, sz: o.sz })] : c,
    alignment: o.al, spacing: { after: o.after ?? 60, before: o.before ?? 0 },
    bullet: o.bullet ? { level: 0 } : undefined,
    tabStops: o.tabs ? [{ type: TabStopType.RIGHT, position: o.tabs }] : undefined,
    border: o.border ? { bottom: { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 1 } } : undefined,
    shading: o.shade ? { type: ShadingType.CLEAR, color: 'auto', fill: o.shade } : undefined,
    indent: o.indent ? { left: o.indent } : undefined,
    keepNext: o.keep,
  });
const cell = (c: string | Paragraph[], o: { w?: number; span?: number; shade?: string; b?: boolean; sz?: number; color?: string } = {}) =>
  new TableCell({
    children: typeof c === 'string' ? c.split('\n').map((l) => para([run(l, { b: o.b, sz: o.sz, color: o.color })], { after: 0 })) : c,
    width: o.w ? { size: o.w, type: WidthType.DXA } : undefined, columnSpan: o.span,
    shading: o.shade ? { type: ShadingType.CLEAR, color: 'auto', fill: o.shade } : undefined,
    verticalAlign: VerticalAlign.CENTER, margins: { top: 40, bottom: 40, left: 90, right: 90 },
  });
const table = (widths: number[], rows: TableCell[][], borders = true) => new Table({
  columnWidths: widths, width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
  rows: rows.map((r) => new TableRow({ children: r, cantSplit: true })),
  borders: borders ? undefined : { top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } },
});
const A4 = { width: twip(210), height: twip(297) };
const doc = (font: { ascii: string; eastAsia: string }, size: number, sections: ConstructorParameters<typeof Document>[0]['sections'], title: string) =>
  new Document({ creator: 'Microsoft Office User', title, styles: { default: { document: { run: { font: { ascii: font.ascii, hAnsi: font.ascii, eastAsia: font.eastAsia, cs: font.ascii }, size } } } }, sections });
const pageNo = (pre: string, post = '') => [run(pre), new TextRun({ children: [PageNumber.CURRENT] }), run(post)];

/** Canadian résumé: Highlights of Qualifications, city + province, "References available upon request", page-2 header. */
const canada: Docx = (p) => {
  const mixed = p.language === 'mixed';
  const nm = mixed ? `${p.alt!.toUpperCase()}  ${p.name}` : p.name.toUpperCase();
  const W = twip(210 - 38);
  const jobs = jobsNewest(p).flatMap((j) => [
    para([run(j.company, { b: true }), run(`, ${j.city}`), run(`\t${span(j, 'Month YYYY', ' – ', 'Present')}`)], { tabs: W, before: 100, after: 0 }),
    para([run(j.title, { i: true })], { after: 40 }),
    ...j.bullets.map((b) => para(b, { bullet: true, after: 20 })),
  ]);
  return doc({ ascii: 'Arial', eastAsia: 'SimSun' }, 20, [{
    properties: { titlePage: true, page: { size: A4, margin: { top: twip(18), bottom: twip(18), left: twip(19), right: twip(19) } } },
    headers: { first: new Header({ children: [para('')] }), default: new Header({ children: [para([run(`${mixed ? p.alt : p.name} – Page `, { sz: 16, color: '666666' }), new TextRun({ children: [PageNumber.CURRENT], size: 16, color: '666666' })], { al: AlignmentType.RIGHT })] }) },
    children: [
      para([run(nm, { b: true, sz: 34 })], { al: AlignmentType.CENTER, after: 40 }),
      para(`${p.city}  |  ${p.phoneLocal}  |  ${p.email}${p.links ? '  |  ' + p.links[0] : ''}`, { al: AlignmentType.CENTER, sz: 18, border: true, after: 160 }),
      para([run(p.headline.toUpperCase(), { b: true, sz: 22 })], { al: AlignmentType.CENTER, after: 120 }),
      para([run('HIGHLIGHTS OF QUALIFICATIONS', { b: true })], { border: true, after: 60 }),
      para(p.summary, { bullet: true, after: 20 }),
      para(`Technical skills: ${skills(p).join(', ')}`, { bullet: true, after: 20 }),
      para(`Languages: ${p.languages.join('; ')}`, { bullet: true, after: 120 }),
      para([run('PROFESSIONAL EXPERIENCE', { b: true })], { border: true, after: 40, before: 120 }),
      ...jobs,
      para([run('EDUCATION', { b: true })], { border: true, after: 40, before: 200 }),
      ...eduNewest(p).map((e) => para([run(e.degree, { b: true }), run(`, ${e.school}, ${e.city ?? ''}`), run(`\t${ym(e.end, 'YYYY')}`)], { tabs: W, after: 40 })),
      para([run('CERTIFICATIONS & PROFESSIONAL DEVELOPMENT', { b: true })], { border: true, after: 40, before: 200 }),
      ...p.certs.map((c) => para(c, { bullet: true, after: 20 })),
      para([run('TECHNICAL SKILLS', { b: true })], { border: true, after: 40, before: 200 }),
      para(skills(p).join('  •  '), { after: 160 }),
      para([run('References available upon request.', { i: true })], { al: AlignmentType.CENTER, before: 200 }),
    ],
  }], `${p.alt ?? p.name} Resume`);
};

/** EuropeAid / PRAG key-expert CV (Annex "Curriculum vitae"): numbered fields, language grid, experience table. */
const prag: Docx = (p) => {
  const parts = p.name.split(' ');
  const fam = parts.slice(-1)[0].toUpperCase(), given = parts.slice(0, -1).join(' ');
  const ref = (j: Job) => p.referees?.find((r) => r.org.startsWith(j.company));
  const W = [1500, 1300, 2600, 1500, 3100];
  const hdr = (t: string) => cell(t, { shade: 'D9D9D9', b: true, sz: 17 });
  const role = { p03: 'Key Expert 1 – Team Leader', p06: 'Key Expert 2 – Monitoring & Evaluation' }[p.id] ?? 'Non-key expert';
  const num = (n: number, label: string, val: string | Paragraph[]) => [cell(`${n}.`, { w: 500 }), cell(label, { w: 3000, b: true }), cell(val, { w: 6500 })];
  const exp = jobsNewest(p).map((j) => {
    const r = ref(j);
    return [cell(span(j, 'MM/YYYY', ' – ', 'to date'), { sz: 17 }), cell(j.city, { sz: 17 }), cell([para([run(j.company, { b: true, sz: 17 })], { after: 20 }), para([run(r ? `Ref.: ${r.name}, ${r.role}\n`.trim() : 'Ref.: available on request', { sz: 16, i: true })], { after: 0 }), ...(r ? [para([run(`${r.phone}, ${r.email}`, { sz: 16, i: true })], { after: 0 })] : [])]), cell(j.title, { sz: 17 }), cell(j.bullets.join(' '), { sz: 17 })];
  });
  const lang = p.languages.map((l) => { const [a, lv] = l.split(' – '); const n = /mother|native/.test(lv) ? '1' : /C2|excellent/.test(lv) ? '1' : /C1|good/.test(lv) ? '2' : /B2/.test(lv) ? '3' : /B1/.test(lv) ? '3' : '4'; return [cell(`${a}${lv ? ` (${lv})` : ''}`), cell(n), cell(n), cell(n)]; });
  return doc({ ascii: 'Times New Roman', eastAsia: 'SimSun' }, 20, [{
    properties: { page: { size: A4, margin: { top: twip(20), bottom: twip(18), left: twip(15), right: twip(15) } } },
    headers: { default: new Header({ children: [para([run(`EuropeAid/185442/DH/SER/MULTI – Technical offer – CV of ${role}: ${given} ${fam}`, { sz: 15, i: true })], { al: AlignmentType.RIGHT })] }) },
    footers: { default: new Footer({ children: [para(pageNo('Page '), { al: AlignmentType.CENTER })] }) },
    children: [
      para([run('CURRICULUM VITAE', { b: true, sz: 28 })], { al: AlignmentType.CENTER, after: 60 }),
      para([run(`Proposed role in the project: ${role}`, { i: true })], { al: AlignmentType.CENTER, after: 160 }),
      table([500, 3000, 6500], [
        num(1, 'Family name:', fam), num(2, 'First names:', given), num(3, 'Date of birth:', `${p.born.slice(8)}/${p.born.slice(5, 7)}/${p.born.slice(0, 4)}`),
        num(4, 'Nationality:', p.nationality), num(5, 'Contact details:', `${p.phoneIntl}; ${p.email}\n${p.address}`),
      ]),
      para('', { after: 60 }),
      para([run('6. Education:', { b: true })], { after: 40 }),
      table([4000, 6000], [[hdr('Institution (Date from – Date to)'), hdr('Degree(s) or Diploma(s) obtained')], ...eduNewest(p).map((e) => [cell(`${e.school}, ${e.city ?? ''}\n(${ym(e.start, 'MM/YYYY')} – ${ym(e.end, 'MM/YYYY')})`), cell(e.degree)])]),
      para('', { after: 60 }),
      para([run('7. Language skills: ', { b: true }), run('indicate competence on a scale of 1 to 5 (1 – excellent; 5 – basic)', { i: true, sz: 17 })], { after: 40 }),
      table([4000, 2000, 2000, 2000], [[hdr('Language'), hdr('Reading'), hdr('Speaking'), hdr('Writing')], ...lang]),
      para('', { after: 60 }),
      table([500, 3000, 6500], [
        num(8, 'Membership of professional bodies:', p.certs.filter((c) => /Member|Chamber/.test(c)).join('; ') || '–'),
        num(9, 'Other skills (e.g. computer literacy, etc.):', skills(p).join(', ')),
        num(10, 'Present position:', `${p.jobs.at(-1)!.title}, ${p.jobs.at(-1)!.company}`),
        num(11, 'Years within the firm:', String(Math.max(1, 2026 - Number(p.jobs.at(-1)!.start.slice(0, 4))))),
        num(12, 'Key qualifications (relevant to the project):', [para(p.summary, { after: 0 }), ...p.certs.filter((c) => !/Member|Chamber/.test(c)).map((c) => para(c, { bullet: true, after: 0 }))]),
      ]),
      para('', { after: 60 }),
      para([run('13. Specific experience in the region:', { b: true })], { after: 40 }),
      table([5000, 5000], [[hdr('Country / location'), hdr('Date from – Date to')], ...jobsNewest(p).slice(0, 2).map((j) => [cell(j.city), cell(span(j, 'MM/YYYY', ' – ', 'to date'))])]),
      para('', { after: 60 }),
      para([run('14. Professional experience:', { b: true })], { after: 40 }),
      table(W, [[hdr('Date from – Date to'), hdr('Location'), hdr('Company & reference person (name & contact details)'), hdr('Position'), hdr('Description')], ...exp]),
      para('', { after: 60 }),
      para([run('15. Other relevant information (e.g. publications):', { b: true })], { after: 40 }),
      para('Full list of project references available on request.', { after: 200 }),
      para([run('Statement of exclusivity and availability', { b: true })], { after: 40 }),
      para(`I, the undersigned, hereby declare that I agree to participate exclusively with the tenderer in the above-mentioned tender procedure and that I am available to work for the period foreseen for my position.`, { after: 200 }),
      para(`Signature: ____________________          Date: 27/10/2026`, { after: 0 }),
    ],
  }], `CV ${given} ${fam}`);
};

/** ERC Principal Investigator CV (Part B1 section b): date | entry two-column tables, max two pages. */
const erc: Docx = (p) => {
  const x = p.extras ?? {};
  const two = (rows: [string, string][]) => table([2400, 7300], rows.map(([a, b]) => [cell(a, { w: 2400 }), cell(b, { w: 7300 })]), false);
  const h = (t: string) => para([run(t, { b: true, sz: 20 })], { before: 160, after: 40, border: true, keep: true });
  const cur = jobsNewest(p).filter((j) => !j.end), prev = jobsNewest(p).filter((j) => j.end);
  const pos = (j: Job) => [span(j, 'MM/YYYY', ' – ', 'present'), `${j.title}, ${j.company}, ${j.city}`] as [string, string];
  return doc({ ascii: 'Times New Roman', eastAsia: 'SimSun' }, 21, [{
    properties: { page: { size: A4, margin: { top: twip(20), bottom: twip(15), left: twip(20), right: twip(20) } } },
    headers: { default: new Header({ children: [para([run(`${p.name}`, { sz: 16 }), run('\tPart B1 – Section b: Curriculum vitae', { sz: 16 })], { tabs: twip(170) })] }) },
    footers: { default: new Footer({ children: [para(pageNo('ERC Consolidator Grant 2027 · '), { al: AlignmentType.CENTER })] }) },
    children: [
      para([run('Section b: Curriculum Vitae (max. 2 pages)', { b: true, sz: 26 })], { al: AlignmentType.CENTER, after: 120 }),
      para([run('PERSONAL INFORMATION', { b: true })], { after: 40 }),
      para(`Family name, First name: ${p.name.split(' ').slice(-1)[0]}, ${p.name.split(' ')[0]}`, { after: 20 }),
      para(`Full name as it appears in the proposal: ${p.name}`, { after: 20 }),
      para(`Researcher unique identifier(s): ORCID ${p.links?.[0]?.replace('orcid.org/', '') ?? ''}`, { after: 20 }),
      para(`Date of birth: ${p.born.slice(8)}/${p.born.slice(5, 7)}/${p.born.slice(0, 4)}    Nationality: ${p.nationality}`, { after: 20 }),
      para(`E-mail: ${p.email}    Phone: ${p.phoneIntl}`, { after: 20 }),
      para(`URL for website: ${p.links?.[1] ?? ''}`, { after: 60 }),
      h('• EDUCATION'), two(eduNewest(p).map((e) => [ym(e.end, 'MM/YYYY'), `${e.degree}\n${e.school}, ${e.city ?? ''}`])),
      h('• CURRENT POSITION(S)'), two(cur.map(pos)),
      h('• PREVIOUS POSITIONS'), two(prev.map(pos)),
      h('• FELLOWSHIPS AND AWARDS'), two((x.grants ?? []).map((g) => [g.match(/(20\d\d)[–-](20\d\d)?/)?.[0] ?? '', g])),
      h('• SUPERVISION OF GRADUATE STUDENTS AND POSTDOCTORAL FELLOWS'), para('2021 – present: 2 postdocs, 3 PhD students (1 graduated 2025), 5 MSc students, Baltic Centre for Computational Biology', { after: 20 }),
      h('• TEACHING ACTIVITIES'), ...(x.teaching ?? []).map((t) => para(t, { after: 20 })),
      h('• ORGANISATION OF SCIENTIFIC MEETINGS & COMMISSIONS OF TRUST'), ...(x.service ?? []).map((t) => para(t, { after: 20 })),
      h('• TECHNICAL EXPERTISE'), para(skills(p).join('; '), { after: 20 }),
      h('• LANGUAGES'), para(p.languages.join(', '), { after: 20 }),
      h('• TEN-YEAR TRACK RECORD – SELECTED PUBLICATIONS'), ...(x.publications ?? []).map((t, i) => para(`${i + 1}. ${t}`, { after: 20 })),
    ],
  }], `ERC CV ${p.name}`);
};

/** Executive-search candidate report (headhunter's Word report): cover grid, career summary table, assessment. */
const searchrpt: Docx = (p) => {
  const zh = p.language === 'zh';
  const firm = zh ? { n: '睿衡咨询 · 高管猎聘', c: '顾问：沈立群　电话：021-6288 4510　邮箱：lqshen@ruiheng-search.cn', t: '候选人推荐报告', conf: '机密 · 仅供委托客户内部使用' } : { n: 'HARTWELL & PARK  |  Executive Search', c: 'Consultant: Rachel Lam  ·  +1 416 868 2290  ·  rlam@hartwellpark.com', t: 'CANDIDATE REPORT', conf: 'STRICTLY PRIVATE & CONFIDENTIAL' };
  const L = zh ? { cand: '候选人', pos: '推荐职位', cur: '目前公司', title: '目前职位', age: '年龄', edu: '最高学历', loc: '现居地', tel: '联系电话', mail: '电子邮箱', sal: '目前年薪', notice: '到岗时间', sum: '职业概览', per: '任职时间', co: '公司', role: '职位', det: '工作经历详述', eduH: '教育背景', sk: '专业技能', lang: '语言能力', ass: '顾问评语', comp: '薪酬信息', now: '至今' }
    : { cand: 'Candidate', pos: 'Proposed for', cur: 'Current employer', title: 'Current title', age: 'Age', edu: 'Highest degree', loc: 'Location', tel: 'Mobile', mail: 'E-mail', sal: 'Current base', notice: 'Notice period', sum: 'CAREER SUMMARY', per: 'Period', co: 'Company', role: 'Position', det: 'DETAILED EXPERIENCE', eduH: 'EDUCATION', sk: 'SKILLS', lang: 'LANGUAGES', ass: "CONSULTANT'S ASSESSMENT", comp: 'COMPENSATION', now: 'Present' };
  const cur = p.jobs.at(-1)!;
  const g = (k: string, v: string) => [cell(k, { shade: 'EDEDED', b: true, w: 1900 }), cell(v, { w: 3000 })];
  const fmt = zh ? 'YYYY.MM' : 'Mon YYYY';
  const sec = (t: string) => para([run(t, { b: true, color: '1F3864', sz: 22 })], { before: 200, after: 60, border: true, keep: true });
  return doc(zh ? { ascii: 'Arial', eastAsia: 'Microsoft YaHei' } : { ascii: 'Georgia', eastAsia: 'SimSun' }, 19, [{
    properties: { page: { size: A4, margin: { top: twip(22), bottom: twip(18), left: twip(18), right: twip(18) } } },
    headers: { default: new Header({ children: [para([run(firm.n, { b: true, color: '1F3864', sz: 18 }), run(`\t${firm.conf}`, { sz: 14, color: '990000' })], { tabs: twip(174) })] }) },
    footers: { default: new Footer({ children: [para([run(`${firm.c}     `, { sz: 14, color: '666666' }), ...pageNo('')], { al: AlignmentType.CENTER })] }) },
    children: [
      para([run(firm.t, { b: true, sz: 32, color: '1F3864' })], { after: 60 }),
      para([run(zh ? `${p.name}　|　${cur.title}` : `${p.alt ? `${p.alt} ${p.name}` : p.name}  |  ${cur.title}`, { sz: 24 })], { after: 160 }),
      table([1900, 3000, 1900, 3000], [
        [...g(L.cand, p.name + (p.alt ? ` (${p.alt})` : '')), ...g(L.pos, zh ? '首席商务官（CCO）' : 'Vice President, Finance')],
        [...g(L.cur, cur.company), ...g(L.title, cur.title)],
        [...g(L.age, String(age(p))), ...g(L.edu, eduNewest(p)[0].degree)],
        [...g(L.loc, p.city), ...g(L.tel, p.phoneLocal)],
        [...g(L.mail, p.email), ...g(L.notice, zh ? '3 个月' : '4 weeks')],
      ]),
      sec(L.sum),
      table([2600, 4000, 3200], [[cell(L.per, { shade: '1F3864', b: true, color: 'FFFFFF' }), cell(L.co, { shade: '1F3864', b: true, color: 'FFFFFF' }), cell(L.role, { shade: '1F3864', b: true, color: 'FFFFFF' })], ...jobsNewest(p).map((j) => [cell(span(j, fmt, ' – ', L.now)), cell(j.company), cell(j.title)])]),
      sec(L.det),
      ...jobsNewest(p).flatMap((j) => [para([run(`${j.company}`, { b: true }), run(`　${j.title}　(${span(j, fmt, ' – ', L.now)})`)], { after: 20, before: 80 }), ...j.bullets.map((b) => para(b, { bullet: true, after: 10 }))]),
      sec(L.eduH), ...eduNewest(p).map((e) => para(`${ym(e.start, fmt)} – ${ym(e.end, fmt)}　${e.school}　${e.degree}`, { after: 20 })),
      sec(L.sk), para(skills(p).join(zh ? '　/　' : '  /  '), { after: 20 }),
      sec(L.lang), para(p.languages.join(zh ? '；' : '; '), { after: 20 }),
      sec(L.ass), para(zh ? `候选人沟通表达清晰，具备全国销售团队管理经验，熟悉集采政策与医院准入流程；对新职位的平台与股权激励较为关注。推荐进入客户 CEO 面试环节。` : `Strong technical accountant who moved successfully into FP&A leadership. Credible with operations, calm under deadline pressure, and fully bilingual (English/Mandarin) — relevant to the client's Asia supply base. Recommended for first-round interview with the CFO.`, { after: 20 }),
      sec(L.comp), para(zh ? '目前年薪：税前约 160 万元（含奖金）；期望：210 万元以上 + 股权激励。' : 'Current: CAD 168,000 base + 15% bonus target; expectation CAD 195–210K base.', { after: 20 }),
    ],
  }], `${firm.t} ${p.name}`);
};

/** 投标文件：拟派项目管理机构主要人员简历表 (Chinese tender key-personnel form). */
const toubiao: Docx = (p) => {
  const x = p.extras ?? {};
  const k = (t: string, w: number, span?: number) => cell(t, { w, shade: 'F2F2F2', span, b: true, sz: 20 });
  const v = (t: string, w: number, span?: number) => cell(t, { w, span, sz: 20 });
  const e0 = p.education[0];
  const W = [1500, 1700, 1300, 1700, 1300, 2300];
  return doc({ ascii: 'Times New Roman', eastAsia: 'SimSun' }, 21, [{
    properties: { page: { size: A4, margin: { top: twip(25), bottom: twip(20), left: twip(20), right: twip(20) } } },
    headers: { default: new Header({ children: [para([run('双流区中医医院改扩建工程（EPC）总承包　投标文件　第二卷　资格审查资料', { sz: 16 })], { al: AlignmentType.CENTER, border: true })] }) },
    footers: { default: new Footer({ children: [para(pageNo('— ', ' —'), { al: AlignmentType.CENTER })] }) },
    children: [
      para([run('附表 5-2　拟派项目管理机构主要人员简历表', { b: true, sz: 28 })], { al: AlignmentType.CENTER, after: 200 }),
      table(W, [
        [k('姓　　名', W[0]), v(p.name, W[1]), k('性　　别', W[2]), v(p.gender === 'M' ? '男' : '女', W[3]), k('年　　龄', W[4]), v(`${age(p)}`, W[5])],
        [k('职　　称', W[0]), v('高级工程师', W[1]), k('职　　务', W[2]), v(p.jobs.at(-1)!.title, W[3]), k('拟在本项目任职', W[4]), v('项目经理', W[5])],
        [k('毕业学校', W[0]), v(`${ym(e0.end, 'YYYY')} 年毕业于 ${e0.school}`, W[1] + W[2] + W[3], 3), k('学历 / 专业', W[4]), v(e0.degree, W[5])],
        [k('注册执业资格', W[0]), v(p.certs[0], W[1] + W[2] + W[3], 3), k('联系电话', W[4]), v(p.phoneLocal.replace(/ /g, ''), W[5])],
        [k('电子邮箱', W[0]), v(p.email, W[1] + W[2] + W[3], 3), k('现工作单位', W[4]), v(p.jobs.at(-1)!.company, W[5])],
        [k('主要工作经历', W.reduce((a, b) => a + b, 0), 6)],
        [k('起止时间', W[0] + W[1], 2), k('工作单位', W[2] + W[3] + W[4], 3), k('职　务', W[5])],
        ...jobsNewest(p).map((j) => [v(span(j, 'YYYY年M月', ' — ', '至今'), W[0] + W[1], 2), v(j.company, W[2] + W[3] + W[4], 3), v(j.title, W[5])]),
        [k('近年主要工作业绩', W.reduce((a, b) => a + b, 0), 6)],
        [k('时　间', W[0] + W[1], 2), k('参加过的类似项目名称', W[2] + W[3], 2), k('担任职务', W[4]), k('发包人及联系电话', W[5])],
        ...(x.projects ?? []).map((s) => { const [t, n, r, c] = s.split('｜'); return [v(t, W[0] + W[1], 2), v(n, W[2] + W[3], 2), v(r, W[4]), v(c.replace('发包人：', '').replace('，联系电话 ', '\n'), W[5])]; }),
        [k('专业技能', W[0]), v(skills(p).join('、'), W[1] + W[2] + W[3] + W[4] + W[5], 5)],
        [k('其他证书', W[0]), v(p.certs.slice(1).join('；'), W[1] + W[2] + W[3] + W[4] + W[5], 5)],
      ]),
      para('注：1. 主要人员应附注册执业资格证书、身份证、职称证、学历证及社保缴费证明复印件。2. 项目经理应附类似项目业绩证明材料。', { sz: 18, before: 120, after: 300 }),
      para(`投标人：${p.jobs.at(-1)!.company}（盖单位章）`, { al: AlignmentType.RIGHT, after: 80 }),
      para('法定代表人或其委托代理人：__________（签字）', { al: AlignmentType.RIGHT, after: 80 }),
      para('2026 年 10 月 28 日', { al: AlignmentType.RIGHT }),
    ],
  }], `主要人员简历表 ${p.name}`);
};

/** Word document laid out in two newspaper columns (Layout ▸ Columns ▸ Two) under a one-column heading block. */
const wordcols: Docx = (p) => {
  const zh = p.language === 'zh';
  const tw = p.nationality.includes('中華');
  const L = zh ? (tw ? { s: '個人簡介', w: '工作經歷', e: '學歷', k: '專長', l: '語言', c: '證照', m: '其他', now: '迄今' } : { s: '个人简介', w: '工作经历', e: '教育经历', k: '专业技能', l: '语言', c: '证书', m: '其他', now: '至今' })
    : { s: 'Profile', w: 'Work Experience', e: 'Education', k: 'Key Skills', l: 'Languages', c: 'Certifications', m: 'Referees', now: 'Present' };
  const fmt = zh ? 'YYYY/MM' : 'Mon YYYY';
  const h = (t: string) => para([run(t.toUpperCase(), { b: true, color: '2E74B5', sz: 22 })], { before: 140, after: 60, border: true, keep: true });
  return doc(zh ? { ascii: 'Calibri', eastAsia: tw ? 'PMingLiU' : 'SimSun' } : { ascii: 'Calibri', eastAsia: 'SimSun' }, 20, [
    {
      properties: { page: { size: A4, margin: { top: twip(16), bottom: twip(16), left: twip(17), right: twip(17) } } },
      children: [
        para([run(p.name, { b: true, sz: 40, color: '1F3864' })], { after: 20 }),
        para([run(p.headline, { sz: 24, color: '2E74B5' })], { after: 60 }),
        para(`${p.address}  ·  ${zh ? '手機' : 'Mobile'}: ${p.phoneLocal}  ·  ${p.email}`, { sz: 18, after: 80, border: true }),
      ],
    },
    {
      properties: { type: SectionType.CONTINUOUS, column: { count: 2, space: twip(8), separate: true }, page: { size: A4, margin: { top: twip(16), bottom: twip(16), left: twip(17), right: twip(17) } } },
      footers: { default: new Footer({ children: [para([run(`${p.name} · `, { sz: 16, color: '888888' }), new TextRun({ children: [PageNumber.CURRENT], size: 16, color: '888888' })], { al: AlignmentType.RIGHT })] }) },
      children: [
        h(L.s), para(p.summary, { after: 60 }),
        h(L.w),
        ...jobsNewest(p).flatMap((j) => [
          para([run(j.title, { b: true })], { after: 0, before: 60 }),
          para([run(`${j.company}`, { b: true, color: '404040' }), run(zh ? `（${j.city}）` : `, ${j.city}`)], { after: 0 }),
          para([run(span(j, fmt, ' – ', L.now), { i: true, color: '666666', sz: 18 })], { after: 30 }),
          ...j.bullets.map((b) => para(b, { bullet: true, after: 10 })),
        ]),
        h(L.e), ...eduNewest(p).flatMap((e) => [para([run(e.school, { b: true })], { after: 0 }), para(`${e.degree}, ${ym(e.start, fmt)} – ${ym(e.end, fmt)}`, { after: 50 })]),
        h(L.k), ...skills(p).map((s) => para(s, { bullet: true, after: 0 })),
        h(L.l), ...p.languages.map((s) => para(s, { after: 0 })),
        ...(p.certs.length ? [h(L.c), ...p.certs.map((c) => para(c, { after: 0 }))] : []),
        ...(p.referees?.length ? [h(L.m), ...p.referees.flatMap((r) => [para([run(r.name, { b: true })], { after: 0 }), para(`${r.role}, ${r.org}`, { after: 0 }), para(`Tel: ${r.phone}  ·  ${r.email}`, { after: 60, sz: 18 })])]
          : zh ? [h(L.m), ...(p.extras?.military ?? []).map((m) => para(m, { after: 0 }))] : [h(L.m), para('Available on request.', { after: 0 })]),
      ],
    },
  ], `${p.name} CV`);
};

const docxTemplates: Record<string, Docx> = { canada, prag, erc, searchrpt, toubiao, wordcols };

// ───────────────────────────── TXT templates ─────────────────────────────
type Txt = (p: Person) => string;
/** Plain text pasted into an ATS "paste your résumé" box: CAPS headings, hyphen bullets, tab-free. */
const atspaste: Txt = (p) => {
  const nm = p.alt ? `${p.alt} (${p.name})` : p.name;
  return [nm.toUpperCase(), `${p.city} | ${p.phoneIntl} | ${p.email}`, ...(p.links ?? []).map((l) => l), '',
    'SUMMARY', p.summary, '', 'EXPERIENCE',
    ...jobsNewest(p).flatMap((j) => [`${j.title.toUpperCase()}, ${j.company} -- ${j.city}`, `${span(j, 'MM/YYYY', ' to ', 'present')}`, ...j.bullets.map((b) => `- ${b}`), '']),
    ...(p.breaks ?? []).flatMap((b) => [`CAREER BREAK (${ym(b.start, 'MM/YYYY')} to ${ym(b.end, 'MM/YYYY')})`, `- ${b.note}`, '']),
    'EDUCATION', ...eduNewest(p).map((e) => `${e.degree} -- ${e.school}, ${e.city ?? ''} (${ym(e.end, 'YYYY')})`), '',
    'SKILLS', skills(p).join(', '), '',
    ...(p.certs.length ? ['CERTIFICATIONS', ...p.certs.map((c) => `- ${c}`), ''] : []),
    'LANGUAGES', p.languages.join(', '), ''].join('\n');
};
const dw = (s: string) => [...s].reduce((n, c) => n + (/[\u2E80-\uFFEF]/.test(c) ? 2 : 1), 0);
const wrap = (s: string, w: number): string[] => {
  const out: string[] = []; let line = '';
  for (const tok of s.match(/[\u2E80-\uFFEF]|[^\s\u2E80-\uFFEF]+|\s+/g) ?? []) {
    if (/^\s+$/.test(tok)) { if (line) line += ' '; continue; }
    if (dw(line + tok) > w && line && !/^[，。、；：）」”！？%]/.test(tok)) { out.push(line.trimEnd()); line = ''; }
    line += tok;
  }
  if (line.trim()) out.push(line.trimEnd());
  return out;
};
/** What `pdftotext -layout` gives for a two-column CV: the narrow left column and the main column side by side. */
const pdflayout: Txt = (p) => {
  const zh = p.language === 'zh';
  const L = zh ? { c: '联系方式', s: '技能', l: '语言', e: '教育经历', w: '工作经历', a: '个人简介', now: '至今' } : { c: 'CONTACT', s: 'SKILLS', l: 'LANGUAGES', e: 'EDUCATION', w: 'EXPERIENCE', a: 'PROFILE', now: 'Present' };
  const LW = 26;
  const left = [L.c, ...wrap(p.phoneLocal, LW), ...wrap(p.email, LW), ...wrap(p.city, LW), ...(p.links ?? []).flatMap((l) => wrap(l, LW)), '', L.s, ...skills(p).flatMap((s) => wrap(s, LW)), '', L.l, ...p.languages.flatMap((s) => wrap(s, LW)), '', L.e,
    ...eduNewest(p).flatMap((e) => [...wrap(e.school, LW), ...wrap(e.degree, LW), `${ym(e.start, 'YYYY')} - ${ym(e.end, 'YYYY')}`, ''])];
  const RW = 58;
  const right = [L.a, ...wrap(p.summary, RW), '', L.w,
    ...jobsNewest(p).flatMap((j) => [...wrap(j.title, RW), ...wrap(j.company, RW), `${span(j, zh ? 'YYYY.MM' : 'MM/YYYY', ' - ', L.now)} | ${j.city}`, ...j.bullets.flatMap((b) => wrap(`• ${b}`, RW)), '']),
    ...(p.breaks ?? []).flatMap((b) => [...wrap(`${ym(b.start, zh ? 'YYYY.MM' : 'MM/YYYY')} - ${ym(b.end, zh ? 'YYYY.MM' : 'MM/YYYY')}  ${b.note}`, RW), ''])];
  const rows: string[] = [];
  const head = [`${' '.repeat(8)}${p.name}`, `${' '.repeat(8)}${p.headline}`, ''];
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const l = left[i] ?? '', r = right[i] ?? '';
    rows.push(r ? l + ' '.repeat(Math.max(3, LW + 6 - dw(l))) + r : l);
  }
  return [...head, ...rows.map((r) => r.trimEnd())].join('\n') + '\n\f';
};
/** Word "Save As ▸ Plain Text" of a table-form CV: cells separated by tabs, one row per line, headings kept. */
const wordtxt: Txt = (p) => {
  const tw = p.nationality.includes('中華');
  const T = (a: string[]) => a.join('\t');
  const now = tw ? '迄今' : '至今';
  const L = tw ? ['個 人 履 歷 表', '姓名', '性別', '出生年月', '行動電話', '電子郵件', '通訊地址', '學歷', '起訖年月', '學校', '科系/學位', '工作經歷', '服務單位', '職稱', '專長技能', '語言能力', '自傳'] : ['个 人 简 历', '姓名', '性别', '出生年月', '联系电话', '电子邮箱', '通讯地址', '教育经历', '起止年月', '学校', '专业/学位', '工作经历', '工作单位', '职务', '专业技能', '语言能力', '自我评价'];
  const lines = [L[0], '',
    T([L[1], p.name + (p.alt ? `（${p.alt}）` : ''), L[2], p.gender === 'M' ? '男' : '女', L[3], ym(p.born.slice(0, 7), 'YYYY.MM'), '（照片）']),
    T([L[4], p.phoneLocal, L[5], p.email]), T([L[6], p.address]), '',
    L[7], T([L[8], L[9], L[10]]), ...eduNewest(p).map((e) => T([`${ym(e.start, 'YYYY.MM')}-${ym(e.end, 'YYYY.MM')}`, e.school, e.degree])), '',
    L[11], T([L[8], L[12], L[13], tw ? '工作內容' : '工作内容']), ...jobsNewest(p).map((j) => T([span(j, 'YYYY.MM', '-', now), j.company, j.title, j.bullets.join(' ')])), '',
    T([L[14], skills(p).join('、')]), T([L[15], p.languages.join('；')]), ...(p.certs.length ? [T([tw ? '證照' : '证书', p.certs.join('；')])] : []), T([L[16], p.summary]), ''];
  return lines.join('\r\n');
};
const txtTemplates: Record<string, Txt> = { atspaste, pdflayout, wordtxt };

// ───────────────────────────── assignment ─────────────────────────────
const LAYOUT: Record<string, 'single' | 'twocol' | 'table'> = {
  acad: 'single', hitech: 'single', rezi: 'single', nsfc: 'single', billryan: 'single', canada: 'single', atspaste: 'single',
  epso: 'table', workday: 'table', moka: 'table', tw1111: 'table', prag: 'table', erc: 'table', searchrpt: 'table', toubiao: 'table', wordtxt: 'table',
  notion: 'twocol', devstory: 'twocol', designer: 'twocol', zhuye: 'twocol', wordcols: 'twocol', pdflayout: 'twocol',
};
export const PLAN: Record<string, string[]> = {
  p01: ['canada', 'workday', 'atspaste'],
  p02: ['hitech', 'devstory', 'notion', 'atspaste'],
  p03: ['prag', 'epso', 'pdflayout'],
  p04: ['erc', 'acad', 'notion'],
  p05: ['designer', 'workday', 'pdflayout', 'rezi'],
  p06: ['prag', 'wordcols'],
  p07: ['epso', 'rezi', 'wordcols'],
  p08: ['nsfc', 'zhuye', 'wordtxt', 'billryan'],
  p09: ['tw1111', 'wordcols', 'wordtxt'],
  p10: ['searchrpt', 'billryan', 'pdflayout'],
  p11: ['toubiao', 'wordtxt', 'billryan'],
  p12: ['moka', 'billryan', 'pdflayout', 'notion'],
  p13: ['workday', 'devstory', 'billryan', 'notion'],
  p14: ['canada', 'searchrpt', 'atspaste'],
  p15: ['acad', 'nsfc', 'zhuye', 'wordtxt'],
  p16: ['designer', 'moka', 'notion', 'atspaste'],
};

async function main() {
  const force = process.argv.includes('--force');
  if (existsSync(path.join(here, 'manifest.json')) && !force) {
    console.error('manifest.json exists: the set is frozen. Re-run with --force to regenerate.');
    process.exit(1);
  }
  rmSync(docsDir, { recursive: true, force: true });
  mkdirSync(docsDir, { recursive: true });
  const html: [string, string][] = [];
  const documents: { file: string; person: string; template: string; layout: string; producer: string; language: string }[] = [];
  const add = (file: string, p: Person, t: string, producer: string) => documents.push({ file, person: p.id, template: t, layout: LAYOUT[t] === 'twocol' ? 'two-column' : LAYOUT[t], producer, language: p.language });
  for (const [id, ts] of Object.entries(PLAN)) {
    const p = byId[id];
    for (const t of ts) {
      const base = `${id}-${LAYOUT[t]}-${t}`;
      if (htmlTemplates[t]) { html.push([`${base}.pdf`, htmlTemplates[t](p)]); add(`${base}.pdf`, p, t, 'chromium'); }
      else if (docxTemplates[t]) {
        writeFileSync(path.join(docsDir, `${base}.docx`), await Packer.toBuffer(docxTemplates[t](p)));
        add(`${base}.docx`, p, t, 'docx'); add(`${base}.pdf`, p, t, 'libreoffice');
      } else if (txtTemplates[t]) { writeFileSync(path.join(docsDir, `${base}.txt`), txtTemplates[t](p), 'utf8'); add(`${base}.txt`, p, t, 'txt'); }
      else throw new Error(`unknown template ${t}`);
    }
  }
  exportDocxToPdf(docsDir);
  await printHtml(docsDir, html);
  const files = documents.map((d) => d.file).sort();
  const onDisk = readdirSync(docsDir).sort();
  if (JSON.stringify(files) !== JSON.stringify(onDisk)) throw new Error(`documents/ mismatch: ${onDisk.filter((f) => !files.includes(f))} / ${files.filter((f) => !onDisk.includes(f))}`);
  const truth = {
    referenceDate: REF,
    people: people.map((p) => ({
      id: p.id, language: p.language, name: p.name, email: p.email, phone: p.phone, skills: p.skills,
      work: p.jobs.map((j) => ({ company: j.company, start: j.start, end: j.end })),
      yearsOfExperience: yearsWorked(p.jobs, REF),
    })),
    documents: documents.sort((a, b) => a.file.localeCompare(b.file)),
  };
  writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifestOf(docsDir, files), null, 2) + '\n');
  const n = (f: (d: (typeof documents)[number]) => boolean) => documents.filter(f).length;
  console.log(`${documents.length} documents: ${['single', 'two-column', 'table'].map((l) => `${l} ${n((d) => d.layout === l)}`).join(', ')}; ${['chromium', 'docx', 'libreoffice', 'txt'].map((x) => `${x} ${n((d) => d.producer === x)}`).join(', ')}`);
}

await main();
