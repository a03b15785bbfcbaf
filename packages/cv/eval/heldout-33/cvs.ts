/** heldout-33 single- and two-column CV templates (HTML for Chromium) and the text documents. */
import { asc, d, desc, esc, range } from './lib.ts';
import type { Job, Person } from './people.ts';

export interface CvT { id: string; person: string; layout: 'single' | 'twocol'; convention: string; html: (p: Person) => string }
export interface TxtT { id: string; person: string; layout: 'single' | 'table'; convention: string; text: (p: Person) => string }

interface O {
  layout: 'single' | 'side-left' | 'side-right' | 'gutter'; css: string; font: string; lang?: string;
  L: Record<'summary' | 'exp' | 'edu' | 'skills' | 'lang' | 'certs' | 'contact', string>;
  date: string; sep?: string; now?: string; job: 'title-company' | 'company-title' | 'company-bar' | 'zh-line';
  skills: 'inline' | 'bullets' | 'tags' | 'columns'; name?: string; contact: string[]; extra?: string; side?: string[]; order?: 'desc' | 'asc'; top?: string;
}
const e = esc;
function jobHtml(j: Job, o: O): string {
  const r = e(range(j, o.date, o.sep ?? ' – ', o.now ?? 'Present'));
  const head = o.job === 'title-company' ? `<div class="jh"><span class="jt">${e(j.title)}</span><span class="jd">${r}</span></div><div class="jc">${e(j.company)}${j.town ? `<span class="town">, ${e(j.town)}</span>` : ''}</div>`
    : o.job === 'company-title' ? `<div class="jh"><span class="jc">${e(j.company)}</span><span class="jd">${r}</span></div><div class="jt">${e(j.title)}${j.town ? ` · ${e(j.town)}` : ''}</div>`
      : o.job === 'company-bar' ? `<div class="jh"><span class="jc">${e(j.company)}</span> | <span class="jt">${e(j.title)}</span><span class="jd">${r}</span></div>`
        : `<div class="jh"><span class="jd">${r}</span><span class="jc">${e(j.company)}</span><span class="jt">${e(j.title)}</span></div>`;
  return o.layout === 'gutter'
    ? `<div class="job g"><div class="gl">${r}</div><div class="gr"><div class="jt">${e(j.title)}</div><div class="jc">${e(j.company)}, ${e(j.town)}</div><div class="du">${e(j.duties)}</div></div></div>`
    : `<div class="job">${head}<div class="du">${e(j.duties)}</div></div>`;
}
function skillsHtml(p: Person, o: O): string {
  if (o.skills === 'inline') return `<p class="sk">${p.skills.map(e).join(o.lang === 'zh' ? '、' : ', ')}</p>`;
  if (o.skills === 'tags') return `<div class="tags">${p.skills.map((s) => `<span class="tag">${e(s)}</span>`).join(' ')}</div>`;
  if (o.skills === 'columns') return `<ul class="cols">${p.skills.map((s) => `<li>${e(s)}</li>`).join('')}</ul>`;
  return `<ul>${p.skills.map((s) => `<li>${e(s)}</li>`).join('')}</ul>`;
}
export function cv(p: Person, o: O): string {
  const jobs = o.order === 'asc' ? asc(p) : desc(p);
  const sec: Record<string, string> = {
    contact: `<section class="s contact"><h2>${e(o.L.contact)}</h2>${o.contact.map((c) => `<div>${e(c)}</div>`).join('')}</section>`,
    summary: `<section class="s"><h2>${e(o.L.summary)}</h2><p>${e(p.summary)}</p></section>`,
    exp: `<section class="s"><h2>${e(o.L.exp)}</h2>${jobs.map((j) => jobHtml(j, o)).join('')}</section>`,
    edu: `<section class="s"><h2>${e(o.L.edu)}</h2>${p.education.map((x) => o.layout === 'gutter'
      ? `<div class="job g"><div class="gl">${e(d(x.start, o.date))} – ${e(d(x.end, o.date))}</div><div class="gr"><div class="jt">${e(x.qual)}</div><div class="jc">${e(x.school)}</div></div></div>`
      : `<div class="edu"><div class="jh"><span class="jt">${e(x.qual)}</span><span class="jd">${e(d(x.start, o.date))} – ${e(d(x.end, o.date))}</span></div><div class="jc">${e(x.school)}</div></div>`).join('')}</section>`,
    skills: `<section class="s"><h2>${e(o.L.skills)}</h2>${skillsHtml(p, o)}</section>`,
    lang: p.languages ? `<section class="s"><h2>${e(o.L.lang)}</h2><p>${e(p.languages)}</p></section>` : '',
    certs: p.certs.length ? `<section class="s"><h2>${e(o.L.certs)}</h2><ul>${p.certs.map((c) => `<li>${e(c)}</li>`).join('')}</ul></section>` : '',
  };
  const nameBlock = `<header class="top"><div class="name">${e(o.name ?? p.name)}</div><div class="headline">${e(p.headline)}</div>${o.layout === 'single' || o.layout === 'gutter' ? `<div class="cline">${o.contact.map(e).join(' <span class="sep">·</span> ')}</div>` : ''}</header>`;
  let body: string;
  if (o.layout === 'single' || o.layout === 'gutter') body = `${o.top ?? ''}${nameBlock}${['summary', 'exp', 'edu', 'skills', 'certs', 'lang'].map((k) => sec[k]).join('')}${o.extra ?? ''}`;
  else {
    const side = o.side ?? ['contact', 'skills', 'lang', 'certs'];
    const main = ['summary', 'exp', 'edu', 'skills', 'lang', 'certs'].filter((k) => !side.includes(k));
    const sideH = `<aside class="side">${side.map((k) => sec[k]).join('')}</aside>`;
    const mainH = `<main class="main">${main.map((k) => sec[k]).join('')}${o.extra ?? ''}</main>`;
    body = `${o.top ?? ''}${nameBlock}<div class="cols2">${o.layout === 'side-left' ? sideH + mainH : mainH + sideH}</div>`;
  }
  return `<!doctype html><html lang="${o.lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><style>
  body{margin:0;font-family:${o.font};font-size:9.5pt;color:#222;line-height:1.35}
  h2{margin:0 0 1.5mm}.s{margin-top:4mm}.job,.edu{margin-bottom:2.6mm;break-inside:avoid}
  .jh{display:flex;justify-content:space-between;gap:4mm}.jd{white-space:nowrap}
  ul{margin:0;padding-left:4.5mm}p{margin:0}
  .cols2{display:flex;gap:6mm;margin-top:2mm}.side{width:32%;flex:none}.main{flex:1;min-width:0}
  .tag{display:inline-block;border:0.6pt solid #999;border-radius:2mm;padding:0.3mm 1.8mm;margin:0 1mm 1.2mm 0}
  ul.cols{columns:2}
  .side .jh{display:block}.side .jd{display:block}
  .job.g{display:flex;gap:5mm}.gl{width:30mm;flex:none;color:#777}.gr{flex:1}
  ${o.css}
  </style></head><body>${body}</body></html>`;
}

const EN = { summary: 'Profile', exp: 'Experience', edu: 'Education', skills: 'Skills', lang: 'Languages', certs: 'Certifications', contact: 'Contact' };
const ZH = { summary: '自我评价', exp: '工作经历', edu: '教育背景', skills: '专业技能', lang: '语言能力', certs: '证书', contact: '联系方式' };
const SANS = "'Liberation Sans', Arial, sans-serif", SERIF = "'Liberation Serif', 'Times New Roman', serif", DJ = "'DejaVu Sans', sans-serif";
const ZHF = "'WenQuanYi Zen Hei', 'Droid Sans Fallback', sans-serif";
const ref = (p: Person) => p.referees.length ? `<section class="s"><h2>References</h2>${p.referees.map((r) => `<div>${esc(r.name)} – ${esc(r.org)} – ${esc(r.phone)}</div>`).join('')}</section>` : '';

export const cvs: CvT[] = [
  { id: 'gdocsswiss', person: 'p01', layout: 'single', convention: 'Google Docs "Swiss" résumé template (bold red-accented headings, role line "Company, Location — Title")',
    html: (p) => cv(p, { layout: 'single', font: SANS, L: { ...EN, exp: 'Experience', summary: 'Summary' }, date: 'month yyyy', sep: ' - ', now: 'PRESENT', job: 'company-title', skills: 'inline', contact: [p.address, p.phoneLocal, p.email], extra: ref(p),
      css: '.name{font-size:24pt;font-weight:bold}.headline{color:#555;font-size:11pt}.top{border-left:4mm solid #e53b2f;padding-left:4mm}.cline{font-size:8.5pt;margin-top:1mm}h2{color:#e53b2f;font-size:11pt;text-transform:uppercase;letter-spacing:0.5pt}.jc{font-weight:bold}.jd{font-size:8pt;color:#666;text-transform:uppercase}' }) },
  { id: 'wordchrono', person: 'p02', layout: 'single', convention: 'Microsoft Word "Modern chronological résumé" (name in large serif, shaded rule under headings, dates-first job lines)',
    html: (p) => cv(p, { layout: 'single', font: SERIF, L: { ...EN, summary: 'Objective', exp: 'Experience', skills: 'Skills' }, date: 'mm/yyyy', sep: ' – ', now: 'Present', job: 'title-company', skills: 'columns', contact: [p.address, p.phoneLocal, p.email], extra: ref(p),
      css: '.name{font-size:26pt;color:#1f4e79;letter-spacing:1pt}.headline{font-variant:small-caps;font-size:12pt}h2{font-size:12pt;color:#1f4e79;border-bottom:2pt solid #bdd7ee;padding-bottom:0.6mm}.jt{font-weight:bold}.jc{font-style:italic}.cline{margin-top:1mm;font-size:9pt}' }) },
  { id: 'readcv', person: 'p03', layout: 'twocol', convention: 'read.cv profile export (narrow left gutter of dates, content column on the right)',
    html: (p) => cv(p, { layout: 'gutter', font: DJ, L: { ...EN, summary: 'About', exp: 'Work Experience' }, date: 'mon yyyy', sep: ' — ', now: 'Now', job: 'title-company', skills: 'tags', contact: [`Port Vila, Vanuatu`, p.email, `+678 ${p.phoneLocal}`],
      css: 'body{font-size:9pt}.name{font-size:15pt;font-weight:600}.headline{color:#777}h2{font-size:9pt;color:#999;font-weight:normal;margin-top:5mm}.jc{color:#666}.du{color:#444}.cline{color:#777;margin-top:1mm}.gl{width:36mm;font-size:8.5pt}.s>p,.tags,.s>ul{margin-left:41mm}' }) },
  { id: 'yaac', person: 'p04', layout: 'twocol', convention: 'LaTeX "Yet Another Awesome CV" (YAAC): coloured sidebar on the left with contact and skills, experience on the right',
    html: (p) => cv(p, { layout: 'side-left', font: SANS, L: { ...EN, exp: 'Professional Experience', skills: 'Skills' }, date: 'mon yyyy', sep: ' – ', now: 'today', job: 'title-company', skills: 'bullets', contact: [p.address, p.phoneLocal, p.email, 'linkedin.com/in/marisacpinto'], side: ['contact', 'skills', 'lang', 'certs'],
      css: '.name{font-size:22pt;font-weight:300}.name::first-line{color:#c0392b}.headline{color:#c0392b;font-size:10pt;letter-spacing:2pt;text-transform:uppercase}.side{background:#f4f4f4;padding:3mm}h2{font-size:11pt;color:#c0392b;border-bottom:0.6pt solid #c0392b}.jt{font-weight:bold}.jc{color:#555;font-style:italic}.jd{color:#c0392b;font-size:8.5pt}' }) },
  { id: 'brilliantcv', person: 'p04', layout: 'single', convention: 'Typst "brilliant-cv" template (header with contact icons, section titles with accent first letters, entry lines "Company · Town / Title")',
    html: (p) => cv(p, { layout: 'single', font: SANS, L: { ...EN, exp: 'Professional Experience', skills: 'Skills & Tools', summary: 'Summary' }, date: 'yyyy.mm', sep: ' - ', now: 'Present', job: 'company-title', skills: 'inline', contact: ['✉ ' + p.email, '☎ ' + p.phoneLocal, '⌂ Porto, Portugal'],
      css: '.top{text-align:center}.name{font-size:26pt;font-weight:bold}.headline{color:#b3862c;font-size:10pt}.cline{font-size:8.5pt;color:#555}h2{font-size:13pt}h2::after{content:"";display:block;border-bottom:0.6pt solid #aaa;margin-top:0.5mm}h2::first-letter{color:#b3862c}.jc{font-weight:bold}.jt{color:#555;font-style:italic}.jd{color:#b3862c;font-style:italic}' }) },
  { id: 'resumake', person: 'p05', layout: 'single', convention: 'resumake.io LaTeX export (template 1: centred name, small caps section headings with rules)',
    html: (p) => cv(p, { layout: 'single', font: SERIF, L: { ...EN, exp: 'Experience', skills: 'Skills' }, date: 'mon yyyy', sep: ' – ', now: 'Present', job: 'company-title', skills: 'inline', contact: [p.email, p.phoneLocal, 'Ottawa, ON'],
      css: '.top{text-align:center}.name{font-size:24pt}.headline{display:none}.cline{font-size:9pt}h2{font-variant:small-caps;font-size:13pt;font-weight:normal;border-bottom:0.6pt solid #000}.jc{font-weight:bold}.jt{font-style:italic}' }) },
  { id: 'visme', person: 'p06', layout: 'twocol', convention: 'Visme infographic résumé (dark right sidebar with contact, skills and languages; main column experience)',
    html: (p) => cv(p, { layout: 'side-right', font: SANS, L: { ...EN, summary: 'About me', exp: 'Work Experience', skills: 'Expertise' }, date: 'mon yyyy', sep: ' – ', now: 'Present', job: 'title-company', skills: 'bullets', contact: [p.phoneLocal, p.email, 'Amman, Jordan'], side: ['contact', 'skills', 'certs', 'lang', 'edu'],
      css: '.top{background:#264653;color:#fff;padding:5mm}.name{font-size:22pt;font-weight:bold}.headline{color:#e9c46a}.side{background:#2a9d8f;color:#fff;padding:3mm}.side h2{color:#fff;border-bottom:0.6pt solid #fff}h2{font-size:11pt;color:#264653;text-transform:uppercase}.jt{font-weight:bold}.jd{color:#2a9d8f}.side .jd{color:#fff}.side .edu .jh{display:block}' }) },
  { id: 'reedcv', person: 'p07', layout: 'single', convention: 'UK job-board CV builder download (Reed-style): personal statement, key skills bullets, employment history, references',
    html: (p) => cv(p, { layout: 'single', font: SANS, L: { ...EN, summary: 'Personal Statement', exp: 'Employment History', skills: 'Key Skills', certs: 'Registration & Training' }, date: 'mon yyyy', sep: ' – ', now: 'Present', job: 'title-company', skills: 'columns', contact: [p.address, p.phoneLocal, p.email], extra: ref(p),
      css: '.name{font-size:20pt;font-weight:bold;color:#cc0033}.headline{font-weight:bold}h2{font-size:11pt;background:#f2f2f2;padding:1mm 2mm}.jt{font-weight:bold}.cline{margin-top:1mm}' }) },
  { id: 'jianliben', person: 'p08', layout: 'twocol', convention: '简历本式在线模板导出（左侧深色栏放联系方式、技能、证书，右侧工作经历）',
    html: (p) => cv(p, { layout: 'side-left', lang: 'zh', font: ZHF, L: ZH, date: 'yyyy.mm', sep: ' - ', now: '至今', job: 'company-title', skills: 'bullets', contact: [`电话：${p.phoneLocal}`, `邮箱：${p.email}`, '现居：浙江杭州'], side: ['contact', 'skills', 'certs', 'lang'],
      css: '.top{background:#2f4050;color:#fff;padding:4mm 6mm}.name{font-size:22pt}.headline{color:#cfd8e3}.side{background:#eef1f4;padding:3mm}h2{font-size:11pt;color:#2f4050;border-left:1.2mm solid #2f4050;padding-left:2mm}.jc{font-weight:bold}.jd{color:#777}' }) },
  { id: 'officeplus', person: 'p09', layout: 'single', convention: 'Office Plus 中文简历模板（顶部姓名+求职意向，色块小标题，时间在前的经历行）',
    html: (p) => cv(p, { layout: 'single', lang: 'zh', font: ZHF, L: { ...ZH, summary: '个人简介' }, date: 'yyyy.mm', sep: '-', now: '至今', job: 'zh-line', skills: 'inline', contact: [`出生年月：${p.dob}`, `电话：${p.phoneLocal}`, `邮箱：${p.email}`, '籍贯：广西横州'],
      css: '.name{font-size:22pt;color:#1b5e20}.headline::before{content:"求职意向："}.cline{margin-top:1mm}h2{display:inline-block;background:#2e7d32;color:#fff;font-size:10.5pt;padding:0.6mm 4mm}.s{border-top:0.8pt solid #2e7d32}.jh{justify-content:flex-start;gap:6mm;font-weight:bold}' }) },
  { id: 'kehua', person: 'p10', layout: 'twocol', convention: '可画（Canva 中国版）简约双栏简历（右侧栏：联系方式、技能、证书）',
    html: (p) => cv(p, { layout: 'side-right', lang: 'zh', font: ZHF, L: { ...ZH, summary: '个人概述', certs: '荣誉证书' }, date: 'yyyy年mm月', sep: ' — ', now: '至今', job: 'title-company', skills: 'bullets', contact: [p.phoneLocal, p.email, '辽宁省沈阳市'], side: ['contact', 'skills', 'certs', 'edu'],
      css: '.top{text-align:left;border-bottom:1.5pt solid #d4a373;padding-bottom:2mm}.name{font-size:24pt;letter-spacing:3pt}.headline{color:#9c6644}.side{border-left:0.6pt solid #ddd;padding-left:4mm}h2{font-size:11pt;color:#9c6644}.jt{font-weight:bold}.side .jh{display:block}' }) },
  { id: 'jianlika', person: 'p11', layout: 'single', convention: '简历咖式单栏技术简历（蓝色标题条，基本信息两行，专业技能条目化）',
    html: (p) => cv(p, { layout: 'single', lang: 'zh', font: ZHF, L: { ...ZH, exp: '工作经历' }, date: 'yyyy/mm', sep: ' ~ ', now: '至今', job: 'company-bar', skills: 'bullets', contact: [`${p.gender} | ${p.dob}`, p.phoneLocal, p.email, '广州'],
      css: '.name{font-size:20pt;font-weight:bold}.headline{color:#1677ff}h2{font-size:11pt;color:#fff;background:#1677ff;padding:0.8mm 3mm}.jh{font-weight:bold}' }) },
  { id: 'gerenjianli', person: 'p12', layout: 'single', convention: '个人简历网式 Word 模板（红色细线标题，时间+单位+职位同一行）',
    html: (p) => cv(p, { layout: 'single', lang: 'zh', font: ZHF, L: { ...ZH, summary: '自我评价' }, date: 'yyyy.mm', sep: '—', now: '至今', job: 'zh-line', skills: 'inline', contact: [`电话：${p.phoneLocal}`, `邮箱：${p.email}`, '现居：成都武侯区'], order: 'desc',
      css: '.name{font-size:22pt;color:#b71c1c;text-align:center}.headline{text-align:center}.cline{text-align:center}h2{font-size:11pt;color:#b71c1c;border-bottom:1pt solid #b71c1c}.jh{justify-content:flex-start;gap:5mm;font-weight:bold}' }) },
  { id: 'modernwriter', person: 'p13', layout: 'single', convention: 'Google Docs "Modern Writer" résumé (monospace headings, bilingual name line)',
    html: (p) => cv(p, { layout: 'single', name: `${p.name}  ${p.latin}`, font: `${SANS.replace('sans-serif', '')} 'WenQuanYi Zen Hei', sans-serif`, L: { ...EN, summary: 'Summary 简介', exp: 'Experience 工作经历', edu: 'Education 教育', skills: 'Skills 技能', lang: 'Languages' }, date: 'mon yyyy', sep: ' – ', now: 'Present', job: 'company-title', skills: 'tags', contact: [p.phoneLocal, p.email, 'Shanghai 上海'], extra: ref(p),
      css: '.name{font-family:"DejaVu Sans Mono","WenQuanYi Zen Hei Mono",monospace;font-size:20pt;font-weight:bold}.headline{color:#ff5722}h2{font-family:"DejaVu Sans Mono","WenQuanYi Zen Hei Mono",monospace;color:#ff5722;font-size:10.5pt}.jc{font-weight:bold}' }) },
  { id: 'billryan', person: 'p14', layout: 'single', convention: 'billryan/resume LaTeX template (Chinese–English résumé; FontAwesome contact row, right-aligned dates)',
    html: (p) => cv(p, { layout: 'single', name: p.name, font: `${SERIF}, 'WenQuanYi Zen Hei'`, L: { summary: '个人简介', exp: '工作经历 Experience', edu: '教育背景 Education', skills: '技能 Skills', lang: 'Languages', certs: 'Certificates', contact: '' }, date: 'yyyy/mm', sep: ' ~ ', now: '至今', job: 'company-title', skills: 'bullets', contact: [`☎ ${p.phoneLocal}`, `✉ ${p.email}`, 'Siqi Zhou · Beijing'],
      css: '.top{text-align:center}.name{font-size:24pt}.headline{font-size:10pt}.cline{margin-top:1mm}h2{font-size:13pt;border-bottom:0.8pt solid #000;font-weight:normal}.jc{font-weight:bold}.jt{font-style:italic}' }) },
  { id: 'wowchemy', person: 'p14', layout: 'twocol', convention: 'Hugo Academic/Wowchemy "about" page printed from a browser (avatar column with interests, experience timeline on the right)',
    html: (p) => cv(p, { layout: 'side-left', name: `${p.latin} 周思琪`, font: `'DejaVu Sans', 'WenQuanYi Zen Hei', sans-serif`, L: { ...EN, summary: 'Biography', exp: 'Experience', skills: 'Interests & skills', contact: 'Contact' }, date: 'mon yyyy', sep: ' – ', now: 'Present', job: 'title-company', skills: 'bullets', contact: [p.email, p.phoneLocal, 'Beijing, China'], side: ['contact', 'skills', 'edu'],
      top: '<div style="font-size:7pt;color:#888;display:flex;justify-content:space-between"><span>Siqi Zhou | Medical devices in China</span><span>siqizhou.netlify.app</span></div>',
      css: '.top{text-align:center;margin-top:4mm}.name{font-size:20pt}.headline{color:#1565c0}.side{text-align:center}h2{font-size:12pt;color:#1565c0}.jt{font-weight:bold}.jd{color:#888;font-size:8pt}.side .jh{display:block}.side ul{list-style:none;padding:0}' }) },
  { id: 'wordbanded', person: 'p15', layout: 'single', convention: 'Microsoft Word "Banded" résumé design (coloured band behind the name, headings in caps with bands)',
    html: (p) => cv(p, { layout: 'single', name: `${p.latin}  ${p.name}`, font: `${SANS}, 'WenQuanYi Zen Hei'`, L: { ...EN, summary: 'Objective', exp: 'Experience', skills: 'Skills', certs: 'Licences & certifications' }, date: 'mon yyyy', sep: ' – ', now: 'Present', job: 'title-company', skills: 'columns', contact: [p.address, `+86 ${p.phoneLocal}`, p.email],
      css: '.top{background:#b4a7d6;padding:5mm;text-align:center}.name{font-size:22pt;letter-spacing:2pt;text-transform:uppercase}.cline{font-size:8.5pt}h2{font-size:10.5pt;letter-spacing:2pt;text-transform:uppercase;text-align:center;border-top:0.6pt solid #674ea7;border-bottom:0.6pt solid #674ea7;padding:0.6mm}.jt{font-weight:bold;text-transform:uppercase}' }) },
  { id: 'mscreate', person: 'p16', layout: 'twocol', convention: 'Microsoft Create "Minimalist" two-column résumé (left column contact/skills/education, right column experience)',
    html: (p) => cv(p, { layout: 'side-left', name: `${p.latin} 许文杰`, font: `'Liberation Sans', 'WenQuanYi Zen Hei', sans-serif`, L: { ...EN, summary: 'Profile', exp: 'Experience', skills: 'Skills', contact: 'Contact' }, date: 'mm/yyyy', sep: ' – ', now: 'Present', job: 'title-company', skills: 'bullets', contact: [p.phoneLocal, p.email, 'Bayan Lepas, Penang', '(currently Hsinchu, Taiwan)'], side: ['contact', 'skills', 'edu', 'certs', 'lang'],
      css: '.name{font-size:22pt;font-weight:300;letter-spacing:1pt}.headline{color:#7a7a7a;text-transform:uppercase;font-size:9pt;letter-spacing:1pt}.top{border-bottom:0.6pt solid #000;padding-bottom:3mm}h2{font-size:10pt;text-transform:uppercase;letter-spacing:1.5pt}.jt{font-weight:bold}.side .jh{display:block}.side{border-right:0.6pt solid #ccc;padding-right:3mm}' }) },
];

const pad = (s: string, n: number) => { let w = 0; for (const ch of s) w += /[\u1100-\uffff]/.test(ch) ? 2 : 1; return s + ' '.repeat(Math.max(1, n - w)); };

export const txts: TxtT[] = [
  { id: 'hristsv', person: 'p05', layout: 'table', convention: 'HRIS applicant export opened in a text editor: tab-separated key/value header, then a tab-separated employment table',
    text: (p) => [
      'Applicant Export\tReq 26-0412 Director, Strategic Sourcing\tExported 2026-10-02 14:07',
      '',
      `Legal Name\t${p.name}`, `Preferred Name\tNathalie`, `Email\t${p.email}`, `Phone (Mobile)\t${p.phoneLocal}`, `Address\t${p.address}`, `Willing to relocate\tNo`, `Security clearance\tSecret (Level II)`,
      '',
      'EMPLOYMENT',
      'Employer\tJob Title\tStart Date\tEnd Date\tCurrent Employer\tCity\tReason for Leaving',
      ...desc(p).map((j) => `${j.company}\t${j.title}\t${d(j.start, 'mm/yyyy').replace('/', '/01/')}\t${j.end ? d(j.end, 'mm/yyyy').replace('/', '/28/') : ''}\t${j.end ? 'N' : 'Y'}\t${j.town}\t${j.reason ?? ''}`),
      '',
      'EDUCATION',
      'School\tDegree\tStart\tEnd',
      ...p.education.map((x) => `${x.school}\t${x.qual}\t${d(x.start, 'yyyy-mm')}\t${d(x.end, 'yyyy-mm')}`),
      '',
      `Skills\t${p.skills.join('; ')}`,
      `Certifications\t${p.certs.join('; ')}`,
      `Languages\t${p.languages}`,
      '',
    ].join('\r\n') },
  { id: 'renshidayin', person: 'p10', layout: 'table', convention: '企业人事管理系统“员工履历”打印（定宽字符表格，工作经历按起始时间排列）',
    text: (p) => {
      const line = '-'.repeat(78);
      const rows = asc(p).map((j) => `${pad(d(j.start, 'yyyy-mm'), 10)}${pad(d(j.end, 'yyyy-mm', '至今'), 10)}${pad(j.company, 34)}${j.title}`);
      return [
        '                    辽宁华锐精密机械有限公司  员工履历表',
        `打印日期：2026-10-09                                 打印人：HR-zhangli`,
        line,
        `工号：HR0712        姓名：${p.name}        性别：${p.gender}        出生年月：1976-11`,
        `部门：精密加工事业部                岗位：${p.work[0].title}`,
        `手机：${p.phoneLocal}      邮箱：${p.email}`,
        `住址：${p.address}`,
        line,
        '【工作履历】',
        `${pad('起始', 10)}${pad('终止', 10)}${pad('单位', 34)}职务`,
        ...rows,
        line,
        '【教育履历】',
        ...p.education.map((x) => `${pad(d(x.start, 'yyyy-mm'), 10)}${pad(d(x.end, 'yyyy-mm'), 10)}${pad(x.school, 34)}${x.qual}`),
        line,
        `【技能专长】${p.skills.join('，')}`,
        `【职业资格】${p.certs.join('；')}`,
        line,
        '                                                             第 1 页 / 共 1 页',
        '',
      ].join('\n');
    } },
  { id: 'applenotes', person: 'p07', layout: 'single', convention: 'CV typed in a phone notes app and shared as .txt (title line, bullet characters, short lines)',
    text: (p) => [
      `${p.name} – CV`, '', p.address, `Mob ${p.phoneLocal}`, p.email, '', 'About me', p.summary, '', 'Work',
      ...desc(p).flatMap((j) => [`• ${j.title} – ${j.company}, ${j.town}`, `  ${range(j, 'mon yyyy', ' to ', 'now')}`, `  ${j.duties}`]), '',
      'Skills', ...p.skills.map((s) => `• ${s}`), '', 'Quals & training', ...p.education.map((x) => `• ${x.qual}, ${x.school} (${d(x.end, 'yyyy')})`), ...p.certs.map((c) => `• ${c}`), '',
      'References', ...p.referees.map((r) => `• ${r.name}, ${r.org}, ${r.phone}`), '',
    ].join('\n') },
  { id: 'rencaihuizhi', person: 'p12', layout: 'single', convention: '人才市场自助登记终端打印回执（热敏小票式：求职登记信息，经历逐条列出）',
    text: (p) => [
      '================================',
      '   成都市人才市场 求职登记回执',
      '================================',
      '登记号：CD20261015-0447',
      `姓名：${p.name}`, `性别：${p.gender}    出生：1992-08`, `手机：${p.phoneLocal}`, `邮箱：${p.email}`, '学历：本科  专业：食品卫生与营养学',
      '求职意向：临床营养师/营养主管', '--------------------------------', '工作经历：',
      ...desc(p).flatMap((j, i) => [`${i + 1}. ${range(j, 'yyyy.mm', '-', '至今')}`, `   ${j.company}`, `   ${j.title}`]),
      '--------------------------------', '技能特长：', ...p.skills.map((s) => `  ${s}`), '--------------------------------', `证书：${p.certs.join('、')}`,
      '================================', '请妥善保管本回执', '打印时间 2026-10-15 10:23', '',
    ].join('\n') },
];
