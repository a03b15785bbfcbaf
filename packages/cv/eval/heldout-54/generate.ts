/**
 * heldout-54 generator: writes documents/, truth.json and manifest.json.
 *   cd packages/cv && npx tsx eval/heldout-54/generate.ts [--force]
 * Refuses to run when manifest.json exists unless given --force.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType, BorderStyle, ColumnBreak, Document, Footer, Header, LeaderType, Packer, PageNumber, Paragraph, ShadingType,
  Table, TableCell, TableRow, TabStopType, TextRun, VerticalAlign, WidthType,
} from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { type Job, type Person, byId, people, sk } from './people.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DOCS = path.join(HERE, 'documents');
const REF = '2026-12';

if (existsSync(path.join(HERE, 'manifest.json')) && !process.argv.includes('--force')) {
  console.error('manifest.json exists: refusing to overwrite the set (use --force).');
  process.exit(1);
}

// ---------------------------------------------------------------- dates
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
type DS = 'Mon YYYY' | 'Month YYYY' | 'MM/YYYY' | 'YYYY.MM' | 'YYYY年M月' | 'MM.YYYY' | 'MM-YYYY' | 'YYYY/MM' | 'mes YYYY' | 'YYYY-MM';
function d(ym: string, s: DS): string {
  const y = ym.slice(0, 4); const m = Number(ym.slice(5, 7)); const mm = ym.slice(5, 7);
  switch (s) {
    case 'Mon YYYY': return `${MON[m - 1]} ${y}`;
    case 'Month YYYY': return `${MONTH[m - 1]} ${y}`;
    case 'MM/YYYY': return `${mm}/${y}`;
    case 'YYYY.MM': return `${y}.${mm}`;
    case 'YYYY年M月': return `${y}年${m}月`;
    case 'MM.YYYY': return `${mm}.${y}`;
    case 'MM-YYYY': return `${mm}-${y}`;
    case 'YYYY/MM': return `${y}/${mm}`;
    case 'mes YYYY': return `${MES[m - 1][0].toUpperCase()}${MES[m - 1].slice(1)} ${y}`;
    case 'YYYY-MM': return ym;
  }
}
const rng = (j: Job, s: DS, sep = ' – ', present = 'Present') => `${d(j.start, s)}${sep}${j.end ? d(j.end, s) : present}`;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const newestFirst = (p: Person) => [...p.work].sort((a, b) => (b.start < a.start ? -1 : b.start > a.start ? 1 : 0));
const isZh = (p: Person) => p.language === 'zh';

/** consecutive-by-employer groups, newest first */
function groups(p: Person): { company: string; town: string; jobs: Job[] }[] {
  const out: { company: string; town: string; jobs: Job[] }[] = [];
  for (const j of newestFirst(p)) {
    const g = out.find((x) => x.company === j.company && x.jobs.every((k) => k.kind !== 'part-time') && j.kind !== 'part-time');
    if (g) g.jobs.push(j); else out.push({ company: j.company, town: j.town, jobs: [j] });
  }
  return out;
}

// ---------------------------------------------------------------- html helpers
const FONT_SANS = `"Liberation Sans", "DejaVu Sans", "WenQuanYi Zen Hei", sans-serif`;
const FONT_SERIF = `"Liberation Serif", "DejaVu Serif", "WenQuanYi Zen Hei", serif`;
function html(body: string, css: string, lang = 'en'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>
*{box-sizing:border-box} body{margin:0;font-family:${FONT_SANS};font-size:10pt;color:#222;line-height:1.35}
h1,h2,h3,p,ul{margin:0} ul{padding-left:16px}
${css}</style></head><body>${body}</body></html>`;
}
const photoSvg = (w: number, h: number, bg = '#d9dde3', fg = '#9aa3ad') => `<svg width="${w}mm" height="${h}mm" viewBox="0 0 30 38" xmlns="http://www.w3.org/2000/svg"><rect width="30" height="38" fill="${bg}"/><circle cx="15" cy="14" r="6.5" fill="${fg}"/><path d="M3 38c1-9 6-13 12-13s11 4 12 13z" fill="${fg}"/></svg>`;
const ul = (xs: string[]) => `<ul>${xs.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>`;

// ---------------------------------------------------------------- registry
interface DocSpec { file: string; person: string; template: string; layout: 'single' | 'two-column' | 'table'; producer: 'chromium' | 'docx' | 'libreoffice' | 'txt'; language: string }
const specs: DocSpec[] = [];
const htmlJobs: [string, string][] = [];
const docxJobs: [string, Document][] = [];
const txtJobs: [string, string][] = [];
const short = { single: 'single', 'two-column': 'twocol', table: 'table' } as const;
function addHtml(p: Person, template: string, layout: DocSpec['layout'], src: string) {
  const file = `${p.id}-${short[layout]}-${template}.pdf`;
  specs.push({ file, person: p.id, template, layout, producer: 'chromium', language: p.language });
  htmlJobs.push([file, src]);
}
function addDocx(p: Person, template: string, layout: DocSpec['layout'], doc: Document) {
  const base = `${p.id}-${short[layout]}-${template}`;
  specs.push({ file: `${base}.docx`, person: p.id, template, layout, producer: 'docx', language: p.language });
  specs.push({ file: `${base}.pdf`, person: p.id, template, layout, producer: 'libreoffice', language: p.language });
  docxJobs.push([`${base}.docx`, doc]);
}
function addTxt(p: Person, template: string, layout: DocSpec['layout'], text: string) {
  const file = `${p.id}-${short[layout]}-${template}.txt`;
  specs.push({ file, person: p.id, template, layout, producer: 'txt', language: p.language });
  txtJobs.push([file, text]);
}

// ================================================================= CHROMIUM — single column

/** T1 caps-surname: family name first in capitals, preferred name below; employer blocks with dated role lines (dates lead). */
function tCapsSurname(p: Person): string {
  const zhName = p.language === 'mixed' ? ` <span class="cn">${p.name}</span>` : '';
  const big = p.language === 'mixed' ? esc(p.caps!) : `<span class="fam">${esc(p.family!.toUpperCase())}</span> ${esc(p.given!)}`;
  const pref = p.language === 'mixed' ? p.english!.split(' ')[0] : 'Mai';
  const phoneLine = p.id === 'p01' ? `M ${p.phoneNat} &nbsp;·&nbsp; H ${p.other[0].number}`
    : p.id === 'p13' ? `HP ${p.phoneNat} &nbsp;·&nbsp; Office ${p.other[0].number}` : `Cell ${p.phoneNat} &nbsp;·&nbsp; ${p.other[0].label}: ${p.other[0].number}`;
  const blocks = groups(p).map((g) => `<div class="emp"><div class="eh"><b>${esc(g.company)}</b><span>${esc(g.town)}</span></div>
    ${g.jobs.map((j) => `<div class="role"><span class="dt">${rng(j, 'MM/YYYY', ' – ', 'current')}</span><span class="ti">▸ ${esc(j.title)}</span></div>${ul(j.duties)}`).join('')}</div>`).join('');
  return html(`<div class="wrap"><h1>${big}${zhName}</h1>
  <div class="pref">Preferred name: <b>${esc(pref)}</b>${p.postnominals ? ` &nbsp;|&nbsp; ${esc(p.postnominals)}` : ''}</div>
  <div class="ct">${esc(p.address)}<br>${phoneLine}<br>${esc(p.email)}</div>
  <h2>Summary</h2><p>${esc(p.summary)}</p>
  <h2>Professional Background</h2>${blocks}
  <h2>Key Skills</h2><ul class="cols">${p.skills.map((s) => `<li>${esc(sk(s))}</li>`).join('')}</ul>
  <h2>Education</h2>${p.education.map((e) => `<p><b>${esc(e.degree)}</b>, ${esc(e.school)} — ${d(e.end, 'MM/YYYY')}</p>`).join('')}
  <h2>Registration &amp; Certificates</h2>${ul(p.certificates)}
  <h2>Languages</h2><p>${esc(p.languages.join(' · '))}</p></div>`,
  `.wrap{font-family:${FONT_SERIF};font-size:10.5pt} h1{font-size:21pt;font-weight:normal;letter-spacing:.5px} .fam{font-weight:bold}
  .cn{font-family:"WenQuanYi Zen Hei";font-size:16pt;margin-left:6px} .pref{color:#555;margin:2px 0 6px}
  .ct{font-size:9.5pt;border-left:3px solid #7a9;padding-left:8px;margin-bottom:8px}
  h2{font-size:11pt;text-transform:uppercase;letter-spacing:1px;color:#375;border-bottom:1px solid #7a9;margin:10px 0 4px}
  .emp{margin-bottom:6px} .eh{display:flex;justify-content:space-between;font-size:11pt} .eh span{color:#666;font-style:italic}
  .role{margin-top:2px} .dt{display:inline-block;width:40mm;font-variant-numeric:tabular-nums;color:#333} .ti{font-weight:bold}
  .role + ul{margin-left:40mm} ul.cols{columns:2}`);
}

/** T2 bio-first: event speaker/guest profile whose only statement of the name is inside the first sentence of the bio. */
function tBioFirst(p: Person): string {
  if (isZh(p)) {
    const j = p.work[0];
    return html(`<div class="kick">2026 成都财税青年沙龙 · 第 12 期 · 分享嘉宾资料</div>
    <h1>嘉宾介绍</h1>
    <p class="bio">${p.name}，${p.born}生，四川绵阳人，${p.education[0].school}财务管理专业本科毕业，现任${j.company}会计，持有初级及中级会计职称。她日常负责 28 家中小企业的全盘账务与纳税申报，本期将分享“小规模纳税人月度申报中的常见问题”。</p>
    <h2>从业经历</h2><div class="ln"><span>${d(j.start, 'YYYY年M月')}至今</span><span>${j.company}　${j.title}</span></div>${ul(j.duties)}
    <h2>教育背景</h2><div class="ln"><span>${d(p.education[0].start, 'YYYY年M月')}—${d(p.education[0].end, 'YYYY年M月')}</span><span>${p.education[0].school}　${p.education[0].degree}</span></div>
    <h2>擅长</h2><p>${p.skills.map(sk).join('、')}</p>
    <h2>证书</h2><p>${p.certificates.join('；')}</p>
    <div class="foot">主办方联系人：沙龙秘书处 028-8662 1930（工作日）<br>嘉宾本人：手机 ${p.phoneNat}（微信同号）　邮箱 ${p.email}</div>`,
    `body{font-family:"WenQuanYi Zen Hei",sans-serif} .kick{background:#b33;color:#fff;padding:5px 10px;font-size:9.5pt} h1{font-size:18pt;margin:12px 0 6px}
    .bio{font-size:11pt;line-height:1.7;text-indent:2em;margin-bottom:8px} h2{font-size:11.5pt;color:#b33;margin:10px 0 4px;border-bottom:1px dashed #b33}
    .ln{display:flex;gap:14px} .ln span:first-child{width:38mm;color:#555} .foot{margin-top:18px;font-size:9pt;color:#444;border-top:1px solid #ccc;padding-top:6px}`, 'zh');
  }
  const car = newestFirst(p).map((j) => `<div class="ln"><span>${j.end ? rng(j, 'MM/YYYY') : `since ${d(j.start, 'MM/YYYY')}`}</span><span><b>${esc(j.title)}</b>, ${esc(j.company)}, ${esc(j.town)}</span></div>`).join('');
  return html(`<div class="kick">FinTreasury Leaders’ Forum 2026 · Mumbai · Panel 3: Liquidity in a higher-rate world</div>
  <div class="lab">Speaker profile</div>
  <p class="bio">${esc(p.prefix!)} ${esc(p.name)}, ${esc(p.postnominals!)}, heads treasury analytics at Suryamukhi Finance Ltd in Chennai, where she runs the asset-liability and cash-flow forecasting models behind an INR 2,400 crore borrowing book. She qualified as a chartered accountant in 2014 after her articleship and became a CFA charterholder in 2019. Before moving into treasury she spent two years in statutory audit and two and a half years as a financial analyst in the textiles industry.</p>
  <h2>Career</h2>${car}
  <h2>Areas of expertise</h2><p>${p.skills.map(sk).map(esc).join(' · ')}</p>
  <h2>Qualifications</h2>${ul([...p.certificates, `${p.education[0].degree}, ${p.education[0].school} (${p.education[0].end.slice(0, 4)})`])}
  <div class="foot">For the organisers only — Mobile / WhatsApp ${p.phoneIntl} · Residence ${p.other[0].number} · ${esc(p.email)}<br>
  Forum secretariat: +91 22 4971 3300 · speakers@ftlforum.example</div>`,
  `.kick{font-size:8.5pt;color:#666;border-bottom:2px solid #0b4f6c;padding-bottom:4px} .lab{font-size:20pt;color:#0b4f6c;margin:10px 0 6px;font-weight:bold}
  .bio{font-size:11pt;line-height:1.55;margin-bottom:6px} h2{font-size:10.5pt;color:#0b4f6c;text-transform:uppercase;margin:12px 0 4px}
  .ln{display:flex;gap:10px;margin:2px 0} .ln span:first-child{width:38mm;flex:none;color:#444} .foot{margin-top:20px;font-size:8.5pt;color:#555;border-top:1px solid #bbb;padding-top:5px}`);
}

/** T3 photo-beside: photo placeholder left of the name block; "Employer, Title (dates)" on one line. */
function tPhotoBeside(p: Person): string {
  const mixed = p.language === 'mixed';
  const nm = mixed ? `${p.name} <span class="en">Kelvin HO Jun Jie</span>` : `${esc(p.prefix!)} ${esc(p.name)}`;
  const phones = mixed ? `H/P: ${p.phoneNat} &nbsp; Tel (H): ${p.other[0].number}` : `Móvil / Mobile: ${p.phoneIntl} &nbsp; ${p.other[0].label}: ${p.other[0].number}`;
  const part = mixed ? `${p.postnominals} · ${p.nationality} · ${p.address}` : `${p.idLine} · ${p.nationality}<br>${p.address}`;
  const exp = newestFirst(p).map((j) => `<div class="job"><b>${esc(j.company)}</b>, ${esc(j.title)} <span class="dt">(${rng(j, 'Mon YYYY', ' – ', 'present')})</span>${ul(j.duties)}</div>`).join('');
  return html(`<div class="top">${photoSvg(30, 38)}<div class="id"><h1>${nm}</h1><div class="hl">${esc(p.headline)}</div>
  <div class="pt">${part}</div><div class="pt">${phones}<br>${esc(p.email)}</div></div></div>
  <h2>${mixed ? 'Profile' : 'Perfil / Profile'}</h2><p>${esc(p.summary)}</p>
  <h2>${mixed ? 'Working Experience' : 'Experiencia / Experience'}</h2>${exp}
  <h2>${mixed ? 'Skills' : 'Habilidades / Skills'}</h2><p>${p.skills.map(sk).map(esc).join(' • ')}</p>
  <h2>${mixed ? 'Education' : 'Formación / Education'}</h2>${p.education.map((e) => `<p>${esc(e.degree)} — ${esc(e.school)}, ${esc(e.town)} (${e.start.slice(0, 4)}–${e.end.slice(0, 4)})</p>`).join('')}
  <h2>${mixed ? 'Languages' : 'Idiomas / Languages'}</h2><p>${esc(p.languages.join(', '))}</p>
  <h2>${mixed ? 'Certification' : 'Certificaciones'}</h2>${ul(p.certificates)}`,
  `.top{display:flex;gap:12px;align-items:flex-start;margin-bottom:8px} .id h1{font-size:19pt;color:#13315c} .en{font-size:13pt;color:#555;font-weight:normal}
  .hl{font-size:11.5pt;color:#8b1e3f;margin:2px 0 4px} .pt{font-size:9pt;color:#333;margin-top:2px}
  h2{font-size:11pt;color:#13315c;border-bottom:2px solid #8b1e3f;margin:10px 0 4px} .job{margin-bottom:5px} .dt{color:#444;white-space:nowrap}`);
}

/** T4 header-only-2p: name only in a running page header (thead); long employment record with dates on the line under. */
function tHeaderOnly(p: Person): string {
  const jobs = newestFirst(p).map((j) => `<div class="job"><div class="t"><b>${esc(j.title)}</b> @ ${esc(j.company)}, ${esc(j.town)}</div><div class="dt">${rng(j, 'Mon YYYY', ' – ', 'present')}</div>${ul(j.duties)}</div>`).join('');
  return html(`<table class="pg"><thead><tr><td><div class="rh"><span>${esc(p.name)}</span><span>Curriculum Vitae</span></div></td></tr></thead><tbody><tr><td>
  <div class="head">${esc(p.headline)}</div>
  <table class="pers"><tr><td>Address</td><td>${esc(p.address)}</td></tr><tr><td>Mobile</td><td>${p.phoneNat}</td></tr><tr><td>Home</td><td>${p.other[0].number}</td></tr>
  <tr><td>E-mail</td><td>${esc(p.email)}</td></tr><tr><td>Born</td><td>${p.born}, ${p.nationality}</td></tr><tr><td>Driving licence</td><td>B</td></tr></table>
  <h2>Profile</h2><p>${esc(p.summary)} Comfortable both in the kitchen and in the budget meeting.</p>
  <h2>Employment Record</h2>${jobs}
  <h2>Education</h2>${p.education.map((e) => `<div class="job"><div class="t"><b>${esc(e.degree)}</b>, ${esc(e.school)}, ${esc(e.town)}</div><div class="dt">${rng({ ...e, title: '', company: '', duties: [] } as unknown as Job, 'Mon YYYY')}</div></div>`).join('')}
  <h2>Skills</h2><p>${p.skills.map(sk).map(esc).join(', ')}</p>
  <h2>Certificates</h2><p>${esc(p.certificates.join('; '))}</p>
  <h2>Languages</h2><p>${esc(p.languages.join(', '))}</p>
  <h2>References</h2><p>Available on request.</p></td></tr></tbody></table>`,
  `table.pg{width:100%;border-collapse:collapse} table.pg>thead td{padding-bottom:6mm}
  .rh{display:flex;justify-content:space-between;font-size:8.5pt;color:#666;border-bottom:.5px solid #999;padding-bottom:2px}
  .head{font-size:20pt;font-weight:bold;color:#2c3e50;margin-bottom:6px} table.pers td{padding:1px 10px 1px 0;font-size:9.5pt} table.pers td:first-child{color:#666;width:32mm}
  h2{font-size:11pt;color:#2c3e50;margin:10px 0 3px;border-bottom:1px solid #2c3e50} .job{margin:5px 0;break-inside:avoid} .dt{font-size:9pt;color:#555;font-style:italic}`);
}

/** T5 resume-dash: "Résumé — Name" title line; "Employer | Title ……… dates" lines. */
function tResumeDash(p: Person): string {
  const mixed = p.language === 'mixed';
  const title = mixed ? `Résumé — ${p.name} (${p.english})` : `Résumé — ${p.prefix} ${p.name}, ${p.postnominals}`;
  const phones = mixed ? `Cell: ${p.phoneNat} | ${p.other[0].label}: ${p.other[0].number} | Signal: same as cell`
    : `Mobile (KSA): ${p.phoneIntl} | WhatsApp (EG): ${p.other[0].number} | Home (Cairo): ${p.other[1].number}`;
  const jobs = newestFirst(p).map((j) => `<div class="l"><span class="e">${esc(j.company)} | ${esc(j.title)}</span><span class="f"></span><span class="d">${rng(j, 'Mon YYYY', ' – ', 'to date')}</span></div><p class="du">${esc(j.duties.join('; '))}.</p>`).join('');
  return html(`<h1>${esc(title)}</h1><div class="c">${esc(phones)}<br>${esc(p.email)} | ${esc(p.address)}</div>
  <h3>Objective</h3><p>${esc(p.summary)}</p><h3>Career</h3>${jobs}
  <h3>Technical skills</h3><p>${p.skills.map(sk).map(esc).join(' / ')}</p>
  <h3>Education</h3>${p.education.map((e) => `<p>${esc(e.degree)}, ${esc(e.school)}, ${e.end.slice(0, 4)}</p>`).join('')}
  <h3>Certifications</h3><p>${esc(p.certificates.join(' · '))}</p><h3>Languages</h3><p>${esc(p.languages.join(' · '))}</p>
  ${p.idLine ? `<h3>Personal</h3><p>${esc(p.idLine)} · Born ${p.born} · ${p.nationality}</p>` : ''}`,
  `h1{font-size:15pt;font-weight:normal;border-bottom:3px double #333;padding-bottom:3px} .c{font-size:9pt;margin:4px 0 8px}
  h3{font-size:10pt;text-transform:uppercase;margin:10px 0 3px;color:#444} .l{display:flex;align-items:baseline;margin-top:4px}
  .e{font-weight:bold} .f{flex:1;border-bottom:1px dotted #999;margin:0 4px} .d{white-space:nowrap} .du{font-size:9.5pt;color:#333;margin-left:10px}`);
}

/** T6 zh-de-jianli: builder title "某某的个人简历"; job lines "公司，职位，2019.03—2022.06". */
function tZhDe(p: Person): string {
  const sec = p.id === 'p08' ? '职业经历' : '从业经历';
  const tel = p.id === 'p08' ? `手机：${p.phoneIntl}　　座机：${p.other[0].number}` : `电话：${p.phoneNat}（微信同号）　　家庭电话：${p.other[0].number}`;
  const jobs = newestFirst(p).map((j) => `<p class="jl">${j.company}，${j.title}，${d(j.start, 'YYYY.MM')}—${j.end ? d(j.end, 'YYYY.MM') : '至今'}</p><ol>${j.duties.map((x) => `<li>${x}</li>`).join('')}</ol>`).join('');
  return html(`<h1>${p.name}的个人简历</h1><div class="up">更新于 2026-11-20 · 求职状态：在职，考虑机会</div>
  <div class="info">${tel}<br>邮箱：${p.email}　　现居：${p.address}</div>
  <h2>求职意向</h2><p>${p.headline}（${p.town}）</p>
  <h2>${sec}</h2>${jobs}
  <h2>教育经历</h2><p class="jl">${p.education[0].school}，${p.education[0].degree}，${d(p.education[0].start, 'YYYY.MM')}—${d(p.education[0].end, 'YYYY.MM')}</p>
  <h2>专业技能</h2><p>${p.skills.map(sk).join(' / ')}</p>
  <h2>证书</h2><p>${p.certificates.join('，')}</p><h2>语言</h2><p>${p.languages.join('，')}</p>
  <h2>自我评价</h2><p>${p.summary}</p>`,
  `body{font-family:"WenQuanYi Zen Hei",sans-serif} h1{font-size:17pt;text-align:center} .up{text-align:center;color:#888;font-size:8.5pt;margin:2px 0 8px}
  .info{background:#f3f6fa;padding:6px 10px;font-size:9.5pt} h2{font-size:11.5pt;margin:10px 0 4px;padding-left:6px;border-left:4px solid #2a6fdb}
  .jl{font-weight:bold;margin-top:4px} ol{margin:2px 0;padding-left:22px}`, 'zh');
}

/** T7 trad-dates-after: 繁體 履歷 where each job's period comes last, in brackets, after the duties. */
function tTradAfter(p: Person): string {
  const hk = p.id === 'p10';
  const tel = hk ? `手提電話：${p.phoneNat}　住宅電話：${p.other[0].number}` : `行動電話：${p.phoneNat}　住家電話：${p.other[0].number}`;
  const sec = hk ? '工作經驗' : '經歷';
  const jobs = newestFirst(p).map((j) => `<div class="job"><div class="co">${j.company}</div><div class="ti">${j.title}</div>${ul(j.duties)}<div class="dt">（任職期間：${d(j.start, 'YYYY年M月')}${j.end ? `至${d(j.end, 'YYYY年M月')}` : '至今'}）</div></div>`).join('');
  return html(`<div class="hd"><h1>${p.name}</h1><span>${p.pinyin}</span></div>
  <div class="ct">${tel}<br>電郵：${p.email}　地址：${p.address}</div>
  <h2>應徵職位</h2><p>${p.headline}</p><h2>${sec}</h2>${jobs}
  <h2>學歷</h2><p>${p.education[0].school}　${p.education[0].degree}（${p.education[0].start.slice(0, 4)}–${p.education[0].end.slice(0, 4)}）</p>
  <h2>專業技能</h2><p>${p.skills.map(sk).join('｜')}</p><h2>證照</h2><p>${p.certificates.join('；')}</p>
  <h2>語言</h2><p>${p.languages.join('、')}</p><h2>自我簡介</h2><p>${p.summary}</p>`,
  `body{font-family:"WenQuanYi Zen Hei",sans-serif} .hd{display:flex;align-items:baseline;gap:12px;border-bottom:2px solid #555} h1{font-size:20pt} .hd span{color:#666}
  .ct{font-size:9.5pt;margin:6px 0} h2{font-size:11.5pt;background:#e8e8e8;padding:2px 6px;margin:10px 0 4px}
  .job{margin-bottom:6px} .co{font-weight:bold;font-size:11pt} .ti{color:#444} .dt{text-align:right;color:#333;font-size:9.5pt}`, 'zh-Hant');
}

/** T16 at-lines: "Title @ Employer · 09.2022 – now" one-liners under "Where I've worked"; RODO clause. */
function tAtLines(p: Person): string {
  const jobs = newestFirst(p).map((j) => `<div class="j"><div><b>${esc(j.title)}</b> @ ${esc(j.company)} · <span class="dt">${rng(j, 'MM.YYYY', ' – ', 'now')}</span></div>${ul(j.duties)}</div>`).join('');
  return html(`<div class="t">Curriculum Vitae</div><h1>${esc(p.name)}</h1><div class="hl">${esc(p.headline)} · ${esc(p.town)}</div>
  <div class="c">tel. ${p.phoneNat} · ${esc(p.email)} · github.com/kwnowak-qa</div>
  <h2>About me</h2><p>${esc(p.summary)}</p><h2>Where I've worked</h2>${jobs}
  <h2>What I use</h2><p>${p.skills.map(sk).map(esc).join(', ')}</p>
  <h2>Studies</h2>${p.education.map((e) => `<p>${esc(e.degree)}, ${esc(e.school)} (${d(e.start, 'MM.YYYY')} – ${d(e.end, 'MM.YYYY')})</p>`).join('')}
  <h2>Certificates</h2><p>${esc(p.certificates.join(', '))}</p><h2>Languages</h2><p>${esc(p.languages.join(', '))}</p>
  <p class="rodo">I hereby consent to the processing of my personal data included in this CV for the purposes of the recruitment process, in accordance with Art. 6(1)(a) of Regulation (EU) 2016/679 (GDPR).</p>`,
  `.t{font-size:9pt;letter-spacing:3px;text-transform:uppercase;color:#999} h1{font-size:22pt;color:#c0392b} .hl{font-size:11pt;margin-bottom:3px} .c{font-size:9pt;color:#555}
  h2{font-size:11pt;margin:12px 0 4px;color:#c0392b} .j{margin-bottom:5px} .dt{color:#666} .rodo{margin-top:20px;font-size:7.5pt;color:#777}`);
}

/** T17 gulf-datefirst: all-caps name with "Eng." and post-nominals, personal data block, date-first bold lines. */
function tGulfDateFirst(p: Person): string {
  const jobs = newestFirst(p).map((j) => `<p class="j"><b>${rng(j, 'Mon YYYY', ' – ', 'Present')}:</b> ${esc(j.title)}, ${esc(j.company)}, ${esc(j.town)}</p>${ul(j.duties)}`).join('');
  return html(`<h1>ENG. ${esc(p.caps!)}, PMP</h1><div class="hl">${esc(p.headline)} — Hospitals &amp; Mixed-Use</div>
  <table class="pd"><tr><td>Mobile</td><td>${p.phoneNat} (KSA)</td><td>Nationality</td><td>${p.nationality}</td></tr>
  <tr><td>Mobile 2</td><td>${p.other[0].number} (Egypt – WhatsApp)</td><td>Date of birth</td><td>${p.born}</td></tr>
  <tr><td>E-mail</td><td>${esc(p.email)}</td><td>Status</td><td>${esc(p.idLine!)}</td></tr>
  <tr><td>Address</td><td colspan="3">${esc(p.address)}</td></tr></table>
  <h2>Professional Summary</h2><p>${esc(p.summary)}</p><h2>Professional Background</h2>${jobs}
  <h2>Skills</h2>${ul(p.skills.map(sk))}<h2>Education</h2><p>${esc(p.education[0].degree)} — ${esc(p.education[0].school)}, ${p.education[0].end.slice(0, 4)}</p>
  <h2>Memberships &amp; Certificates</h2>${ul(p.certificates)}<h2>Languages</h2><p>${esc(p.languages.join(', '))}</p>`,
  `h1{font-size:16pt;color:#0d3b66;letter-spacing:.5px} .hl{color:#555;margin-bottom:6px} table.pd{border-collapse:collapse;font-size:9pt;width:100%}
  table.pd td{padding:1px 6px;border-bottom:1px solid #e3e3e3} table.pd td:nth-child(odd){color:#0d3b66;font-weight:bold;width:22mm}
  h2{font-size:11pt;color:#fff;background:#0d3b66;padding:2px 6px;margin:10px 0 4px} .j{margin-top:4px}`);
}

// ================================================================= CHROMIUM — table

/** W hours-table: an HTML-table CV; work rows Period · Employer · Position · Hours/week · Main duties. */
function tHoursTable(p: Person): string {
  const zhish = p.language === 'mixed';
  const style: DS = p.id === 'p14' ? 'YYYY.MM' : p.id === 'p07' ? 'MM.YYYY' : 'MM/YYYY';
  const present = p.id === 'p14' ? '至今 present' : 'present';
  const hours = (j: Job) => j.kind === 'part-time' ? (p.id === 'p03' ? '8' : '10') : j.kind === 'military' ? 'full-time (service)' : '40';
  const nm = zhish ? `${p.name} (${p.english})` : p.id === 'p03' ? `Dr J. R. Okafor` : p.name;
  const rows = newestFirst(p).map((j, i) => `<tr><td>${i + 1}</td><td class="nw">${rng(j, style, ' – ', present)}</td><td>${esc(j.company)}<br><span class="tw">${esc(j.town)}</span></td><td>${esc(j.title)}</td><td>${hours(j)}</td><td>${esc(j.duties.join('; '))}</td></tr>`).join('');
  const phoneCell = p.id === 'p03' ? `+234 (0)${p.phoneNat.slice(1)} (GSM) / ${p.other[1].number} (office)` : p.id === 'p05' ? `${p.phoneIntl} (mobile) ; ${p.other[0].number} (WhatsApp)`
    : p.id === 'p07' ? `${p.phoneIntl} (mobile) · ${p.other[0].number} (home)` : p.id === 'p14' ? `${p.phoneNat} (mobile) / ${p.other[0].number}` : `${p.phoneIntl} (cell)`;
  return html(`<table class="g"><caption>Curriculum Vitae — ${esc(nm)}</caption>
  <tr><th>Telephone</th><td colspan="2">${esc(phoneCell)}</td><th>E-mail</th><td colspan="2">${esc(p.email)}</td></tr>
  <tr><th>Address</th><td colspan="5">${esc(p.address)}</td></tr>
  <tr><th>Current position</th><td colspan="5">${esc(p.headline)}</td></tr>
  <tr class="sec"><td colspan="6">Employment</td></tr>
  <tr class="hd"><td>#</td><td>Period</td><td>Employer</td><td>Position</td><td>Hours / week</td><td>Main duties</td></tr>${rows}
  <tr class="sec"><td colspan="6">Education</td></tr>
  ${p.education.map((e) => `<tr><td></td><td class="nw">${d(e.start, style)} – ${d(e.end, style)}</td><td colspan="2">${esc(e.school)}, ${esc(e.town)}</td><td colspan="2">${esc(e.degree)}</td></tr>`).join('')}
  <tr class="sec"><td colspan="6">Skills</td></tr><tr><td colspan="6">${p.skills.map(sk).map(esc).join(' ; ')}</td></tr>
  <tr class="sec"><td colspan="6">Languages and certificates</td></tr><tr><th>Languages</th><td colspan="5">${esc(p.languages.join(', '))}</td></tr>
  <tr><th>Certificates</th><td colspan="5">${esc(p.certificates.join('; '))}</td></tr></table>`,
  `table.g{width:100%;border-collapse:collapse;font-size:9pt} caption{font-size:14pt;font-weight:bold;text-align:left;padding-bottom:6px}
  table.g td,table.g th{border:1px solid #888;padding:3px 4px;vertical-align:top;text-align:left} table.g th{background:#eef1f4;width:26mm}
  tr.sec td{background:#34495e;color:#fff;font-weight:bold} tr.hd td{background:#dfe5ea;font-weight:bold} .nw{white-space:nowrap} .tw{color:#666;font-size:8pt}`);
}

// ================================================================= CHROMIUM — two columns

/** Y rail-photo-name: main left opens with the job title, name only as the caption under a photo in the right rail. */
function tRailPhoto(p: Person): string {
  const tw = p.id === 'p11'; const mixed = p.language === 'mixed';
  const L = tw ? { exp: '工作經歷', sk: '專長', ed: '學歷', lg: '語言', ce: '證照', ct: '聯絡方式', pr: '自我介紹' }
    : mixed ? { exp: 'Experience 工作经历', sk: 'Skills 技能', ed: 'Education 教育', lg: 'Languages', ce: 'Certificates', ct: 'Contact', pr: 'Profile' }
      : { exp: 'Experience', sk: 'Skills', ed: 'Education', lg: 'Languages', ce: 'Certificates', ct: 'Contact', pr: 'Profile' };
  const style: DS = tw ? 'YYYY年M月' : mixed ? 'YYYY.MM' : 'Mon YYYY';
  const present = tw ? '現在' : mixed ? 'now' : 'Present';
  const jobs = newestFirst(p).map((j) => `<div class="j"><div class="t"><b>${esc(j.title)}</b> — ${esc(j.company)}</div><div class="dt">${rng(j, style, tw ? ' - ' : ' — ', present)} · ${esc(j.town)}</div>${ul(j.duties)}</div>`).join('');
  const cap = mixed ? `${p.name}<br><span>${p.english}</span>` : tw ? `${p.name}<br><span>${p.pinyin}</span>` : `${esc(p.name)}`;
  const phone = tw ? `手機 ${p.phoneNat}<br>住家 ${p.other[0].number}` : mixed ? `Mobile ${p.phoneNat}<br>Office ${p.other[0].number}` : `Mobile ${p.phoneIntl}<br>WhatsApp ${p.other[0].number}`;
  return html(`<div class="g"><main><div class="hl">${esc(p.headline)}</div><p class="sum">${esc(p.summary)}</p>
  <h2>${L.exp}</h2>${jobs}<h2>${L.ed}</h2>${p.education.map((e) => `<p><b>${esc(e.degree)}</b><br>${esc(e.school)} · ${e.start.slice(0, 4)}–${e.end.slice(0, 4)}</p>`).join('')}</main>
  <aside><div class="ph">${photoSvg(32, 40, '#c9d3dc', '#8896a5')}<div class="cap">${cap}</div></div>
  <h3>${L.ct}</h3><p>${phone}<br>${esc(p.email)}<br>${esc(p.town)}</p>
  <h3>${L.sk}</h3>${ul(p.skills.map(sk))}<h3>${L.lg}</h3>${ul(p.languages)}<h3>${L.ce}</h3>${ul(p.certificates)}</aside></div>`,
  `.g{display:grid;grid-template-columns:1fr 56mm;gap:8mm} body{font-family:${FONT_SANS}} .hl{font-size:20pt;font-weight:bold;color:#234}
  .sum{color:#444;margin:4px 0 8px} h2{font-size:11.5pt;color:#234;border-bottom:2px solid #e0a100;margin:10px 0 4px} .j{margin-bottom:6px} .dt{font-size:9pt;color:#777}
  aside{background:#f1f4f7;padding:8px;font-size:9pt} .ph{text-align:center} .cap{font-weight:bold;font-size:11pt;margin-top:3px} .cap span{font-weight:normal;font-size:9pt;color:#555}
  aside h3{font-size:10pt;color:#234;margin:8px 0 2px;text-transform:uppercase} aside ul{padding-left:14px}`, tw ? 'zh-Hant' : 'en');
}

/** AA zh-namecard-left: left column opens with a photo and the name under it; right: 工作经历 with "2016.07 ~ 2018.09" under each company. */
function tZhNameLeft(p: Person): string {
  const jobs = newestFirst(p).map((j) => `<div class="j"><div class="co">${j.company}</div><div class="m">${j.title}<span>${d(j.start, 'YYYY.MM')} ~ ${j.end ? d(j.end, 'YYYY.MM') : '至今'}</span></div>${ul(j.duties)}</div>`).join('');
  const tel = p.id === 'p08' ? `139-1826-4307` : p.phoneNat;
  return html(`<div class="g"><div class="l">${photoSvg(30, 38, '#55606b', '#a9b4bf')}<div class="nm">${p.name}</div><div class="pos">${p.headline}</div>
  <h3>联系方式</h3><p>☎ ${tel}<br>✉ ${p.email}<br>⌂ ${p.town}</p>
  <h3>技能</h3>${ul(p.skills.map(sk))}<h3>证书</h3>${ul(p.certificates)}<h3>语言</h3>${ul(p.languages)}</div>
  <div class="r"><h2>自我评价</h2><p>${p.summary}</p><h2>工作经历</h2>${jobs}
  <h2>教育背景</h2><div class="j"><div class="co">${p.education[0].school}</div><div class="m">${p.education[0].degree}<span>${d(p.education[0].start, 'YYYY.MM')} ~ ${d(p.education[0].end, 'YYYY.MM')}</span></div></div></div></div>`,
  `body{font-family:"WenQuanYi Zen Hei",sans-serif} .g{display:flex;gap:6mm;min-height:262mm} .l{width:60mm;background:#2f3b46;color:#eef;padding:8mm 5mm;text-align:left}
  .l svg{display:block;margin:0 auto} .nm{font-size:20pt;text-align:center;margin-top:4px;letter-spacing:4px} .pos{text-align:center;font-size:10pt;color:#cfd8e0;margin-bottom:6px}
  .l h3{font-size:10.5pt;border-bottom:1px solid #7b8894;margin:10px 0 3px} .l ul{padding-left:14px} .r{flex:1} .r h2{font-size:12pt;color:#2f3b46;border-bottom:2px solid #2f3b46;margin:10px 0 4px}
  .j{margin-bottom:6px} .co{font-weight:bold} .m{display:flex;justify-content:space-between;color:#555;font-size:9.5pt}`, 'zh');
}

/** BB split-right-name: main left 60 % with right-aligned dates; the name tops the RIGHT column (About box). */
function tSplitRightName(p: Person): string {
  const mixed = p.language === 'mixed';
  const nm = mixed ? `${p.english} ${p.name}` : p.id === 'p06' ? `${p.name}, ACA, CFA` : p.id === 'p05' ? `${p.prefix} ${p.name}` : p.name;
  const phone = p.id === 'p01' ? `0438 517 264 (m)<br>(03) 9547 2218 (h)` : p.id === 'p05' ? `+966-55-318-4427<br>WhatsApp +20-100-762-3381`
    : p.id === 'p06' ? `+91-98401-62735 (M)<br>044-2491 6604 (R)` : `+65 9736 2148 (HP)<br>6812 3344 ext 215 (O)`;
  const jobs = newestFirst(p).map((j) => `<div class="j"><div class="l1"><b>${esc(j.company)} — ${esc(j.title)}</b><span>${rng(j, 'Mon YYYY', ' – ', 'Present')}</span></div>${ul(j.duties)}</div>`).join('');
  return html(`<div class="band">${esc(p.headline)}</div><div class="g"><main><h2>Experience</h2>${jobs}
  <h2>Education</h2>${p.education.map((e) => `<div class="l1"><b>${esc(e.school)}</b><span>${e.end.slice(0, 4)}</span></div><p>${esc(e.degree)}</p>`).join('')}</main>
  <aside><div class="nm">${esc(nm)}</div><p class="ab">${esc(p.summary)}</p><h3>Contact</h3><p>${phone}<br>${esc(p.email)}<br>${esc(p.address)}</p>
  <h3>Skills</h3>${ul(p.skills.map(sk))}<h3>Certificates</h3>${ul(p.certificates)}<h3>Languages</h3>${ul(p.languages)}</aside></div>`,
  `.band{background:#1f4e5f;color:#fff;font-size:15pt;padding:6px 10px;letter-spacing:1px} .g{display:flex;gap:6mm;margin-top:5mm} main{flex:0 0 60%}
  aside{flex:1;border-left:3px solid #1f4e5f;padding-left:5mm;font-size:9.5pt} .nm{font-size:15pt;font-weight:bold;color:#1f4e5f;margin-bottom:3px} .ab{color:#444}
  h2{font-size:11.5pt;color:#1f4e5f;margin:6px 0 4px;text-transform:uppercase} h3{font-size:10pt;color:#1f4e5f;margin:8px 0 2px}
  .j{margin-bottom:6px} .l1{display:flex;justify-content:space-between;gap:6px} .l1 span{white-space:nowrap;color:#555;font-size:9pt} aside ul{padding-left:14px}`);
}

// ================================================================= DOCX helpers
const CJK = 'WenQuanYi Zen Hei';
const font = (ascii = 'Liberation Sans') => ({ ascii, hAnsi: ascii, cs: ascii, eastAsia: CJK });
const R = (text: string, o: { b?: boolean; i?: boolean; size?: number; color?: string; f?: string; caps?: boolean } = {}) =>
  new TextRun({ text, bold: o.b, italics: o.i, size: o.size, color: o.color, font: o.f ? font(o.f) : undefined, allCaps: o.caps });
const P = (children: (TextRun | ColumnBreak)[] | string, o: Record<string, unknown> = {}) =>
  new Paragraph({ children: typeof children === 'string' ? [R(children)] : children, ...o });
const mkDoc = (sections: unknown[], base = 'Liberation Sans', size = 20) => new Document({
  creator: 'heldout-54', title: 'CV',
  styles: { default: { document: { run: { font: font(base), size }, paragraph: { spacing: { after: 40 } } } } },
  sections: sections as never,
});
const A4 = { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134, header: 567, footer: 567 } };
const noB = { top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } };
const line = { style: BorderStyle.SINGLE, size: 4, color: '777777' };
const allB = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };
const cell = (content: string | Paragraph[], o: { w?: number; fill?: string; b?: boolean; span?: number; rows?: number } = {}) => new TableCell({
  children: typeof content === 'string' ? content.split('\n').map((t) => P([R(t, { b: o.b, size: 18 })])) : content,
  width: o.w ? { size: o.w, type: WidthType.DXA } : undefined, columnSpan: o.span, rowSpan: o.rows,
  shading: o.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: o.fill } : undefined,
  margins: { top: 40, bottom: 40, left: 80, right: 80 }, verticalAlign: VerticalAlign.TOP,
});
const bullet = (t: string, size = 19) => P([R(`•\u00A0${t}`, { size })], { indent: { left: 360, hanging: 200 } });
const heading = (t: string, o: { color?: string; fill?: string; size?: number } = {}) => P([R(t, { b: true, size: o.size ?? 23, color: o.color ?? '1F3864' })], {
  spacing: { before: 200, after: 80 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: o.color ?? '1F3864', space: 1 } },
  shading: o.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: o.fill } : undefined,
});

// ================================================================= DOCX — single column

/** T8 cv-of-numbered: "CURRICULUM VITAE OF DR. …" title, numbered particulars, "Working Experience" lines with the dates in brackets at the end. */
function dCvOf(p: Person): Document {
  const tab = [{ type: TabStopType.LEFT, position: 3700 }];
  const item = (n: string, label: string, value: string) => P([R(`${n}\t${label}:\t`, { b: true }), R(value)], { tabStops: [{ type: TabStopType.LEFT, position: 560 }, ...tab], indent: { left: 3700, hanging: 3700 }, spacing: { after: 40 } });
  const rom = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'];
  const exp = newestFirst(p).map((j, k) => P([R(`(${rom[k]})\t`), R(j.title, { b: true }), R(`, ${j.kind === 'service' ? '' : 'Department of Microbiology, '}${j.company}, ${j.town} (${d(j.start, 'Month YYYY')} – ${j.end ? d(j.end, 'Month YYYY') : 'date'})`)],
    { tabStops: [{ type: TabStopType.LEFT, position: 560 }], indent: { left: 560, hanging: 560 }, spacing: { after: 40 } }));
  return mkDoc([{
    properties: { page: A4 },
    footers: { default: new Footer({ children: [P([R('CV of Dr. J. R. Okafor — page ', { size: 16, color: '666666' }), new TextRun({ children: [PageNumber.CURRENT], size: 16, color: '666666' })], { alignment: AlignmentType.CENTER })] }) },
    children: [
      P([R('CURRICULUM VITAE', { b: true, size: 30 })], { alignment: AlignmentType.CENTER }),
      P([R('OF', { b: true, size: 22 })], { alignment: AlignmentType.CENTER }),
      P([R(`DR. ${p.name.toUpperCase()}, ${p.postnominals}`, { b: true, size: 26 })], { alignment: AlignmentType.CENTER, spacing: { after: 240 } }),
      item('1.', 'Name', `${p.caps} (Dr.)`), item('2.', 'Date of Birth', p.born!), item('3.', 'Nationality / State of Origin', `${p.nationality} / Anambra State`),
      item('4.', 'Contact Address', p.address), item('5.', 'GSM', `${p.phoneNat}; ${p.other[0].number}`), item('6.', 'Office Telephone', p.other[1].number),
      item('7.', 'E-mail', p.email), item('8.', 'Present Post', `${p.headline}, Department of Microbiology, Coal City University (since October 2021)`),
      item('9.', 'Institutions Attended', p.education.map((e) => `${e.school}, ${e.town} (${e.start.slice(0, 4)}–${e.end.slice(0, 4)})`).join('; ')),
      item('10.', 'Academic Qualifications', p.education.map((e) => `${e.degree} (${e.end.slice(0, 4)})`).join('; ')),
      P([R('11.\tWorking Experience:', { b: true })], { tabStops: [{ type: TabStopType.LEFT, position: 560 }], spacing: { before: 120, after: 80 } }),
      ...exp,
      P([R('12.\tSkills:', { b: true })], { tabStops: [{ type: TabStopType.LEFT, position: 560 }], spacing: { before: 120, after: 60 } }),
      P([R(`\t${p.skills.map(sk).join('; ')}.`)], { tabStops: [{ type: TabStopType.LEFT, position: 560 }], indent: { left: 560, hanging: 560 } }),
      item('13.', 'Membership of Professional Bodies', p.certificates.join('; ')),
      item('14.', 'Languages', p.languages.join(', ')),
      P([R('15.\tReferees:', { b: true })], { tabStops: [{ type: TabStopType.LEFT, position: 560 }], spacing: { before: 120, after: 60 } }),
      P([R('\t(a) Prof. C. N. Eze, Dean, Faculty of Biological Sciences, Coal City University, Enugu — 0805 331 7420')], { tabStops: [{ type: TabStopType.LEFT, position: 560 }] }),
      P([R('\t(b) Dr. (Mrs.) F. A. Bello, Rhineland Institute for Infection Biology, Bonn — +49 228 7370 4415')], { tabStops: [{ type: TabStopType.LEFT, position: 560 }] }),
      P([R('I certify that the information given above is correct.')], { spacing: { before: 240 } }),
      P([R('Signature: ____________________\tDate: 18 November 2026')], { tabStops: [{ type: TabStopType.RIGHT, position: 9600 }] }),
    ],
  }], 'Liberation Serif', 21);
}

/** T9 header-name-footer-phone: the name only in the page header, phone/e-mail only in the page footer; headline first in the body. */
function dHeaderFooter(p: Person): Document {
  const mixed = p.language === 'mixed';
  const hdr = mixed ? `${p.name} Tiffany Su  ·  简历 / Résumé` : `${p.name}  ·  Curriculum Vitae`;
  const ftr = mixed ? `M: ${p.phoneNat}   |   T: ${p.other[0].number}   |   ${p.email}   |   ${p.town}`
    : `tel. kom. ${p.phoneIntl}   ·   tel. dom. ${p.other[0].number}   ·   ${p.email}   ·   Warszawa`;
  const style: DS = mixed ? 'YYYY.MM' : 'MM.YYYY';
  const present = mixed ? '至今 Present' : 'obecnie (present)';
  const L = mixed ? { pr: 'Profile 个人简介', ex: 'Professional Experience 工作经历', sk: 'Skills 技能', ed: 'Education 教育背景', lg: 'Languages 语言', ce: 'Certification 证书' }
    : { pr: 'Profile', ex: 'Professional experience (Doświadczenie zawodowe)', sk: 'Skills', ed: 'Education', lg: 'Languages', ce: 'Certificates' };
  const jobs = newestFirst(p).flatMap((j) => [
    P([R(`${j.company} — ${j.title}`, { b: true }), R(`\t${rng(j, style, ' – ', present)}`)], { tabStops: [{ type: TabStopType.RIGHT, position: 9638 }], spacing: { before: 100 } }),
    P([R(j.kind === 'contract' ? (mixed ? 'Contract' : 'B2B contract') : j.kind === 'part-time' ? 'Part-time' : mixed ? 'Full-time' : 'Employment contract (umowa o pracę)', { i: true, color: '666666', size: 18 }), R(`, ${j.town}`, { i: true, color: '666666', size: 18 })]),
    ...j.duties.map((x) => bullet(x)),
  ]);
  return mkDoc([{
    properties: { page: A4 },
    headers: { default: new Header({ children: [P([R(hdr, { size: 18, color: '555555' })], { alignment: AlignmentType.RIGHT, border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '999999', space: 1 } } })] }) },
    footers: { default: new Footer({ children: [P([R(ftr, { size: 16, color: '444444' })], { alignment: AlignmentType.CENTER, border: { top: { style: BorderStyle.SINGLE, size: 4, color: '999999', space: 1 } } })] }) },
    children: [
      P([R(p.headline, { b: true, size: 40, color: '8B0000' })], { spacing: { after: 120 } }),
      heading(L.pr, { color: '8B0000' }), P(p.summary),
      heading(L.ex, { color: '8B0000' }), ...jobs,
      heading(L.sk, { color: '8B0000' }), P(p.skills.map(sk).join('  ·  ')),
      heading(L.ed, { color: '8B0000' }), ...p.education.map((e) => P([R(`${e.school}`, { b: true }), R(` — ${e.degree}\t${d(e.start, style)} – ${d(e.end, style)}`)], { tabStops: [{ type: TabStopType.RIGHT, position: 9638 }] })),
      heading(L.ce, { color: '8B0000' }), ...p.certificates.map((c) => bullet(c)),
      heading(L.lg, { color: '8B0000' }), P(p.languages.join(', ')),
    ],
  }]);
}

/** T10 employer-stack: employer as a shaded heading line, each role under it with its own dates on the line below the title. */
function dEmployerStack(p: Person): Document {
  const zh = isZh(p);
  const style: DS = zh ? 'YYYY年M月' : 'Month YYYY';
  const present = zh ? '至今' : 'Present';
  const blocks = groups(p).flatMap((g) => [
    P([R(zh ? g.company : g.company.toUpperCase(), { b: true, size: 21 }), R(`　${g.town}`, { size: 18, color: '555555' })], { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E7ECF3' }, spacing: { before: 160, after: 40 } }),
    ...g.jobs.flatMap((j) => [
      P([R(j.title, { b: true })], { indent: { left: 280 } }),
      P([R(rng(j, style, ' — ', present), { i: true, size: 18, color: '444444' })], { indent: { left: 280 } }),
      ...j.duties.map((x) => P([R(`–\u00A0${x}`, { size: 19 })], { indent: { left: 560 } })),
    ]),
  ]);
  const head = zh
    ? [P([R('王　磊', { b: true, size: 40 })], { alignment: AlignmentType.CENTER }),
      P([R(`手机：186-0139-5572　　家庭电话：${p.other[0].number}　　邮箱：${p.email}`, { size: 18 })], { alignment: AlignmentType.CENTER }),
      P([R(`现居：${p.address}`, { size: 18 })], { alignment: AlignmentType.CENTER })]
    : [P([R(`Jason ZHENG ${p.name}`, { b: true, size: 36 })]), P([R(p.headline, { size: 22, color: '555555' })]),
      P([R(`Mobile: ${p.phoneIntl}  /  Office: ${p.other[0].number}  /  ${p.email}`, { size: 18 })]), P([R(p.address, { size: 18 })])];
  const L = zh ? ['求职意向', '职业经历', '教育背景', '专业技能', '证书', '语言能力'] : ['Profile', 'Career', 'Education', 'Skills', 'Certification', 'Languages'];
  return mkDoc([{
    properties: { page: A4 },
    children: [...head,
      heading(L[0]), P(zh ? `${p.headline}（北京，可出差）` : p.summary),
      heading(L[1]), ...blocks,
      heading(L[2]), ...p.education.map((e) => P(`${e.school}　${e.degree}　${d(e.start, style)} — ${d(e.end, style)}`)),
      heading(L[3]), ...p.skills.map((s) => bullet(sk(s))),
      heading(L[4]), P(p.certificates.join(zh ? '；' : '; ')),
      heading(L[5]), P(p.languages.join(zh ? '，' : ', ')),
    ],
  }]);
}

/** T11 sintesis: Venezuelan "Síntesis Curricular", bilingual labels, dates as a first bold line in Spanish + English. */
function dSintesis(p: Person): Document {
  const tab = [{ type: TabStopType.LEFT, position: 2800 }];
  const row = (l: string, v: string) => P([R(`${l}\t`, { b: true, size: 19 }), R(v, { size: 19 })], { tabStops: tab, indent: { left: 2800, hanging: 2800 } });
  const exp = newestFirst(p).flatMap((j) => [
    P([R(`${d(j.start, 'mes YYYY')} – ${j.end ? d(j.end, 'mes YYYY') : 'actualidad'}`, { b: true, color: '7B2D26' }), R(`   (${rng(j, 'Mon YYYY', ' – ', 'present')})`, { size: 17, color: '777777' })], { spacing: { before: 120 } }),
    P([R(j.company, { b: true }), R(` · ${j.title} · ${j.town}`)]),
    ...j.duties.map((x) => bullet(x)),
  ]);
  return mkDoc([{
    properties: { page: A4 },
    children: [
      P([R('SÍNTESIS CURRICULAR', { b: true, size: 32, color: '7B2D26' })], { alignment: AlignmentType.CENTER }),
      P([R('(Curriculum summary)', { i: true, size: 18 })], { alignment: AlignmentType.CENTER, spacing: { after: 160 } }),
      heading('DATOS PERSONALES / PERSONAL DATA', { color: '7B2D26' }),
      row('Nombre / Name', `${p.prefix} ${p.name}`), row('Cédula / ID', p.idLine!.replace('C.I. ', '')), row('Nacionalidad', p.nationality!),
      row('Dirección / Address', p.address), row('Teléfono / Phone', `${p.phoneIntl} (móvil)  ·  WhatsApp ${p.other[0].number}`), row('Correo / E-mail', p.email),
      heading('PERFIL / PROFILE', { color: '7B2D26' }), P(p.summary),
      heading('EXPERIENCIA LABORAL / WORK EXPERIENCE', { color: '7B2D26' }), ...exp,
      heading('FORMACIÓN ACADÉMICA / EDUCATION', { color: '7B2D26' }), ...p.education.map((e) => P(`${e.degree} — ${e.school}, ${e.town} (${e.start.slice(0, 4)} – ${e.end.slice(0, 4)})`)),
      heading('HABILIDADES / SKILLS', { color: '7B2D26' }), P(p.skills.map(sk).join('; ')),
      heading('IDIOMAS / LANGUAGES', { color: '7B2D26' }), P(p.languages.join(' · ')),
      heading('CERTIFICACIONES', { color: '7B2D26' }), ...p.certificates.map((c) => bullet(c)),
    ],
  }]);
}

// ================================================================= DOCX — table

/** U fte-table: Australian/Indian employment-history summary: header grid, work table Employer · Position · Basis · FTE · From · To. */
function dFteTable(p: Person): Document {
  const au = p.id === 'p01';
  const W = [2500, 2500, 1300, 700, 1300, 1338];
  const fm = (ym: string | null) => (ym ? (au ? d(ym, 'MM/YYYY') : d(ym, 'Mon YYYY')) : au ? 'Current' : 'Till date');
  const basis = (j: Job) => j.kind === 'part-time' ? (au ? 'Casual' : 'Part-time') : j.kind === 'internship' ? (au ? 'Internship' : 'Articleship') : 'Permanent';
  const fte = (j: Job) => j.kind === 'part-time' ? '0.2' : '1.0';
  const hdrRow = new TableRow({ tableHeader: true, children: ['Employer', 'Position', 'Basis', 'FTE', 'From', 'To'].map((t, i) => cell(t, { w: W[i], fill: 'D9E2EC', b: true })) });
  const rows = newestFirst(p).map((j) => new TableRow({ children: [cell(`${j.company}\n${j.town}`, { w: W[0] }), cell(j.title, { w: W[1] }), cell(basis(j), { w: W[2] }), cell(fte(j), { w: W[3] }), cell(fm(j.start), { w: W[4] }), cell(fm(j.end), { w: W[5] })] }));
  const nameCell = au ? p.name : `${p.name} (CA)`;
  const top = new Table({ width: { size: 9638, type: WidthType.DXA }, borders: allB, rows: [
    new TableRow({ children: [cell('Name', { w: 1800, fill: 'F2F2F2', b: true }), cell(nameCell, { w: 3019 }), cell('Mobile', { w: 1800, fill: 'F2F2F2', b: true }), cell(au ? p.phoneNat : p.phoneIntl, { w: 3019 })] }),
    new TableRow({ children: [cell('Email', { fill: 'F2F2F2', b: true }), cell(p.email), cell(au ? 'Home phone' : 'Residence', { fill: 'F2F2F2', b: true }), cell(p.other[0].number)] }),
    new TableRow({ children: [cell(au ? 'Registration' : 'Membership', { fill: 'F2F2F2', b: true }), cell(p.certificates[0], { span: 3 })] }),
  ] });
  const work = new Table({ width: { size: 9638, type: WidthType.DXA }, borders: allB, rows: [hdrRow, ...rows] });
  const skillRows: TableRow[] = [];
  const S = p.skills.map(sk);
  for (let i = 0; i < S.length; i += 2) skillRows.push(new TableRow({ children: [cell(S[i], { w: 4819 }), cell(S[i + 1] ?? '', { w: 4819 })] }));
  const duties = newestFirst(p).flatMap((j) => [P([R(`${j.title}, ${j.company}`, { b: true, size: 19 })], { spacing: { before: 80 } }), ...j.duties.map((x) => bullet(x, 18))]);
  return mkDoc([{
    properties: { page: A4 },
    headers: { default: new Header({ children: [P([R(au ? 'Employment history summary — attachment to application' : 'Profile for empanelment — treasury advisory panel', { size: 16, color: '777777' })], { alignment: AlignmentType.RIGHT })] }) },
    children: [
      P([R(au ? 'EMPLOYMENT HISTORY SUMMARY' : 'CANDIDATE PROFILE', { b: true, size: 30, color: '1F3864' })], { spacing: { after: 120 } }),
      top, heading('Employment history (most recent first)'), work,
      P([R(au ? 'FTE = full-time equivalent; casual/weekend locum work overlapped the hospital post.' : 'Basis: Articleship = ICAI practical training; Permanent = on the rolls.', { i: true, size: 16, color: '666666' })]),
      heading('Key responsibilities'), ...duties,
      heading('Skills'), new Table({ width: { size: 9638, type: WidthType.DXA }, borders: allB, rows: skillRows }),
      heading('Education'), ...p.education.map((e) => P(`${e.degree}, ${e.school} (${e.end.slice(0, 4)})`)),
      heading('Languages'), P(p.languages.join(', ')),
    ],
  }]);
}

/** V zh-role-first-table: Chinese/HK 表格履歷 whose work table puts 岗位 first, then 单位, then the period; 职责 row under each job. */
function dZhRoleFirst(p: Person): Document {
  const hk = p.id === 'p10';
  const T = hk ? { title: '個 人 履 歷', nm: '姓名', tel: '手提電話', home: '住宅電話', mail: '電郵', pos: '應徵職位', addr: '住址', work: '工作經驗', role: '職位', unit: '公司名稱', per: '任職期間', duty: '主要職責', edu: '教育程度', sk: '專業技能', lg: '語言能力', ce: '專業資格', present: '現在' }
    : { title: '个 人 简 历', nm: '姓名', tel: '手机', home: '出生年月', mail: '邮箱', pos: '求职意向', addr: '现住址', work: '工作经历', role: '岗位', unit: '单位', per: '起止时间', duty: '工作内容', edu: '教育背景', sk: '专业技能', lg: '外语', ce: '证书', present: '至今' };
  const W = [2000, 3600, 2400, 1638];
  const jobRows = newestFirst(p).flatMap((j) => [
    new TableRow({ children: [cell(j.title, { w: W[0], b: true }), cell(j.company, { w: W[1] }), cell(hk ? `${d(j.start, 'YYYY年M月')}～${j.end ? d(j.end, 'YYYY年M月') : T.present}` : `${d(j.start, 'YYYY.MM')}—${j.end ? d(j.end, 'YYYY.MM') : T.present}`, { w: W[2] }), cell(j.town, { w: W[3] })] }),
    new TableRow({ children: [cell(T.duty, { fill: 'F2F2F2' }), cell(j.duties.map((x, i) => `${i + 1}. ${x}`).join('\n'), { span: 3 })] }),
  ]);
  const rows = [
    new TableRow({ children: [cell(T.nm, { w: W[0], fill: 'DDE6F0', b: true }), cell(p.name, { w: W[1], b: true }), cell(T.pos, { w: W[2], fill: 'DDE6F0', b: true }), cell(p.headline, { w: W[3] })] }),
    new TableRow({ children: [cell(T.tel, { fill: 'DDE6F0', b: true }), cell(p.phoneNat), cell(T.home, { fill: 'DDE6F0', b: true }), cell(hk ? p.other[0].number : p.born!)] }),
    new TableRow({ children: [cell(T.mail, { fill: 'DDE6F0', b: true }), cell(p.email), cell(T.addr, { fill: 'DDE6F0', b: true }), cell(p.town)] }),
    new TableRow({ children: [cell(T.work, { span: 4, fill: '9DB3CC', b: true })] }),
    new TableRow({ children: [cell(T.role, { fill: 'F2F2F2', b: true }), cell(T.unit, { fill: 'F2F2F2', b: true }), cell(T.per, { fill: 'F2F2F2', b: true }), cell(hk ? '地點' : '城市', { fill: 'F2F2F2', b: true })] }),
    ...jobRows,
    new TableRow({ children: [cell(T.edu, { span: 4, fill: '9DB3CC', b: true })] }),
    ...p.education.map((e) => new TableRow({ children: [cell(e.degree.split(/[ ·（]/)[0]), cell(e.school), cell(`${d(e.start, 'YYYY.MM')}—${d(e.end, 'YYYY.MM')}`), cell(e.degree)] })),
    new TableRow({ children: [cell(T.sk, { fill: 'DDE6F0', b: true }), cell(p.skills.map(sk).join(hk ? '、' : '；'), { span: 3 })] }),
    new TableRow({ children: [cell(T.ce, { fill: 'DDE6F0', b: true }), cell(p.certificates.join('；'), { span: 3 })] }),
    new TableRow({ children: [cell(T.lg, { fill: 'DDE6F0', b: true }), cell(p.languages.join('，'), { span: 3 })] }),
  ];
  return mkDoc([{
    properties: { page: A4 },
    children: [P([R(T.title, { b: true, size: 36 })], { alignment: AlignmentType.CENTER, spacing: { after: 200 } }),
      new Table({ width: { size: 9638, type: WidthType.DXA }, borders: allB, rows })],
  }]);
}

// ================================================================= DOCX — two columns (section columns)

/** Z equal-cols: the whole document one two-column section (equal, no rule); name heads column 1, contact at the end of column 2. */
function dEqualCols(p: Person): Document {
  const nl = p.id === 'p04';
  const style: DS = nl ? 'MM.YYYY' : 'Mon YYYY';
  const present = nl ? 'heden (present)' : 'Present';
  const jobs = newestFirst(p).flatMap((j) => [
    P([R(`${j.company}, ${j.town}`, { b: true, size: nl ? 18 : 20 })], { spacing: { before: nl ? 60 : 100 }, keepNext: true }),
    P([R(j.title, { i: true, size: nl ? 18 : 20 })], { keepNext: true }),
    P([R(rng(j, style, ' – ', present), { size: 17, color: '555555' })], { keepNext: !nl }),
    ...(nl ? [] : j.duties.map((x) => bullet(x, 18))),
  ]);
  const nameBlock = nl ? [P([R(p.name, { b: true, size: 36, color: '2E5E4E' })]), P([R(p.headline, { size: 20 })], { spacing: { after: 120 } })]
    : [P([R(`${p.name}`, { b: true, size: 36, color: '2E5E4E' })]), P([R(`Kelvin Ho · ${p.postnominals}`, { size: 20 })]), P([R(p.headline, { size: 20, color: '555555' })], { spacing: { after: 120 } })];
  const contact = nl
    ? [heading('Contact', { color: '2E5E4E', size: 21 }), P(`Mobiel / mobile: ${p.phoneNat}`), P(`Thuis / home: ${p.other[0].number}`), P(p.email), P(p.address)]
    : [heading('Contact', { color: '2E5E4E', size: 21 }), P(`H/P ${p.phoneNat}`), P(`Home ${p.other[0].number}`), P(p.email), P(p.address)];
  return mkDoc([{
    properties: { page: A4, column: { count: 2, space: 567, equalWidth: true, separate: false } },
    children: [...nameBlock,
      heading(nl ? 'Profiel / Profile' : 'Profile', { color: '2E5E4E', size: 21 }), P(p.summary),
      heading(nl ? 'Werkervaring / Experience' : 'Experience', { color: '2E5E4E', size: 21 }), ...jobs,
      heading(nl ? 'Opleiding / Education' : 'Education', { color: '2E5E4E', size: 21 }), ...p.education.map((e) => P(`${e.degree}, ${e.school} (${e.start.slice(0, 4)}–${e.end.slice(0, 4)})`)),
      ...(nl ? [] : [P([new ColumnBreak()])]), heading(nl ? 'Vaardigheden / Skills' : 'Skills', { color: '2E5E4E', size: 21 }), ...p.skills.map((s) => bullet(sk(s), 18)),
      heading(nl ? 'Talen / Languages' : 'Languages', { color: '2E5E4E', size: 21 }), P(p.languages.join(', ')),
      heading(nl ? 'Diploma’s & certificaten' : 'Certificates', { color: '2E5E4E', size: 21 }), ...p.certificates.map((c) => bullet(c, 18)),
      ...contact],
  }], 'Liberation Sans', 19);
}

// ================================================================= TXT

/** T12 wa-export: WhatsApp "Export chat" (without media) between a recruiter and the candidate. */
function xWaExport(p: Person): string {
  const ng = p.id === 'p03';
  const me = ng ? 'J.R. Okafor' : 'Kelvin Ho (PJ sales)';
  const hr = ng ? 'Adaeze – Vantage HR Lagos' : 'Ms Lim Recruit';
  const day = ng ? '17/11/2026' : '19/11/2026';
  const body = ng ? [
    `CURRICULUM VITAE`, `Dr. ${p.name}, ${p.postnominals}`, `${p.headline}, Coal City University`, ``,
    `GSM: ${p.phoneNat} (also WhatsApp)`, `Alt: ${p.other[0].number}`, `Email: ${p.email}`, ``,
    `*WORK EXPERIENCE*`, ...newestFirst(p).map((j) => `- ${j.title} at ${j.company}, ${j.town}: ${d(j.start, 'Mon YYYY')} ${j.end ? `to ${d(j.end, 'Mon YYYY')}` : 'till date'}`), ``,
    `*SKILLS*`, ...p.skills.map((s) => `- ${sk(s)}`), ``,
    `*EDUCATION*`, ...p.education.map((e) => `- ${e.degree}, ${e.school} (${e.end.slice(0, 4)})`), ``,
    `*CERTIFICATION*`, ...p.certificates.map((c) => `- ${c}`), `*LANGUAGES*: ${p.languages.join(', ')}`,
  ] : [
    `${p.name} Kelvin HO`, `${p.headline} | ${p.postnominals}`, `HP ${p.phoneNat} | ${p.email}`, ``,
    `*Experience*`, ...newestFirst(p).map((j) => `${d(j.start, 'Mon YYYY')} - ${j.end ? d(j.end, 'Mon YYYY') : 'now'}  ${j.title} @ ${j.company}`), ``,
    `*Skills*`, p.skills.map(sk).join(', '), ``,
    `*Education*`, `${p.education[0].degree}, ${p.education[0].school}, ${p.education[0].end.slice(0, 4)}`, ``,
    `*Languages*: ${p.languages.join(', ')}`, `*Cert*: ${p.certificates.join(', ')}`,
  ];
  const lines = ng ? [
    `${day}, 09:02 - Messages and calls are end-to-end encrypted. Only people in this chat can read, listen to, or share them. Learn more.`,
    `${day}, 09:02 - ${hr}: Good morning Dr. This is Adaeze from Vantage HR, we spoke on Friday about the lab manager role in Abuja.`,
    `${day}, 09:03 - ${hr}: Kindly send your CV as text here, the client portal does not accept the PDF you sent. My office line is 01-295 4410 if you need me.`,
    `${day}, 09:41 - ${me}: Good morning Adaeze, noted with thanks.`,
    `${day}, 09:47 - ${me}: ${body[0]}`, ...body.slice(1),
    `${day}, 09:48 - ${me}: <Media omitted>`,
    `${day}, 09:52 - ${hr}: Received sir 👍🏾 Will revert after the client reviews.`,
  ] : [
    `${day}, 14:01 - Messages and calls are end-to-end encrypted. Only people in this chat can read, listen to, or share them. Learn more.`,
    `${day}, 14:01 - ${hr}: Hi Kelvin, Michelle here from Orchid Talent (03-2201 8890). Can whatsapp me your latest CV in text? Our system cannot read Canva PDF`,
    `${day}, 14:15 - ${me}: Hi Michelle, sure, here you go`,
    `${day}, 14:16 - ${me}: ${body[0]}`, ...body.slice(1),
    `${day}, 14:20 - ${hr}: Thanks! Notice period still 2 months ah?`,
    `${day}, 14:21 - ${me}: Yes 2 months`,
  ];
  return lines.join('\n') + '\n';
}

/** T13 portal-copy: Dutch public job-seeker portal profile (English UI) selected and pasted; name sorted as "Berg, Jan van der". */
function xPortalCopy(p: Person): string {
  const L: string[] = [
    'Skip to content', 'Werkplein Online  |  Job seekers  |  Employers  |  EN', `Welcome, ${p.name}   Messages (2)   Log out`, '',
    'My profile > CV', '', 'CV visible to employers: Yes   Last updated: 20-11-2026', '',
    'Personal details', `Name\tBerg, Jan van der`, `Date of birth\t03-02-1984`, `Place of residence\tLelystad`,
    `Telephone number 1\t${p.phoneNat}`, `Telephone number 2\t${p.other[0].number}`, `E-mail address\t${p.email}`, '',
    'Desired occupation', `${p.headline}; Hotel manager`, '', 'Work experience (14)',
  ];
  for (const j of newestFirst(p)) L.push('', j.title, `${j.company} - ${j.town}`, `from ${d(j.start, 'MM-YYYY')} ${j.end ? `to ${d(j.end, 'MM-YYYY')}` : 'to present'}`, `Tasks: ${j.duties.join('. ')}`);
  L.push('', 'Education (2)');
  for (const e of p.education) L.push('', e.degree, e.school, `from ${d(e.start, 'MM-YYYY')} to ${d(e.end, 'MM-YYYY')}  Diploma: yes`);
  L.push('', 'Skills', ...p.skills.map((s) => `• ${sk(s)}`), '', 'Languages', ...p.languages.map((x) => `• ${x}`), '', 'Certificates', ...p.certificates.map((x) => `• ${x}`),
    '', 'Edit CV   Download as PDF', '', 'Contact the service desk: 0800-8121 (free) · Privacy · Cookies · Accessibility');
  return L.join('\n') + '\n';
}

/** T14 xmind-md: mind map exported from XMind as Markdown (heading per level, leaves as bullets). */
function xXmind(p: Person): string {
  const tw = p.id === 'p11'; const mixed = p.language === 'mixed';
  const L = tw ? { c: '聯絡方式', w: '工作經歷', s: '專長', e: '學歷', l: '語言', x: '證照', present: '現在', tel: '手機', home: '住家' }
    : mixed ? { c: 'Contact', w: 'Experience', s: 'Skills', e: 'Education', l: 'Languages', x: 'Certificates', present: 'now', tel: 'Cell', home: 'China/WeChat' }
      : { c: '联系方式', w: '工作经历', s: '技能', e: '教育', l: '语言', x: '证书', present: '至今', tel: '手机', home: '座机' };
  const out = [`# ${mixed ? `${p.name} Sean Yang` : p.name}`, '', `## ${L.c}`, '',
    `- ${L.tel}：${tw ? p.phoneNat : mixed ? p.phoneNat : '139 1826 4307'}`, `- ${L.home}：${p.other[0].number}`, `- Email：${p.email}`, `- ${p.town}`, '', `## ${L.w}`, ''];
  for (const g of groups(p)) {
    out.push(`### ${g.company}`, '');
    for (const j of g.jobs) out.push(`#### ${j.title}`, '', `- ${tw ? `${d(j.start, 'YYYY/MM')} ～ ${j.end ? d(j.end, 'YYYY/MM') : L.present}` : mixed ? `${d(j.start, 'YYYY-MM')} → ${j.end ? d(j.end, 'YYYY-MM') : L.present}` : `${d(j.start, 'YYYY.MM')} - ${j.end ? d(j.end, 'YYYY.MM') : L.present}`}`, ...j.duties.map((x) => `- ${x}`), '');
  }
  out.push(`## ${L.s}`, '', ...p.skills.map((s) => `- ${sk(s)}`), '', `## ${L.e}`, '', ...p.education.map((e) => `- ${e.school} ${e.degree} ${e.start.slice(0, 4)}-${e.end.slice(0, 4)}`), '',
    `## ${L.l}`, '', ...p.languages.map((x) => `- ${x}`), '', `## ${L.x}`, '', ...p.certificates.map((x) => `- ${x}`), '');
  return out.join('\n');
}

/** T15 ziwojieshao: interview self-introduction script (面试自我介绍稿), career told in prose with months. */
function xZiwo(p: Person): string {
  if (p.id === 'p09') {
    const w = p.work;
    return [
      '面试自我介绍（技术总监岗，约 3 分钟）', '',
      `各位面试官好，我叫王磊，今年 36 岁，2012 年毕业于${p.education[0].school}计算机科学与技术专业，做 Java 后端和团队管理已经 13 年多了。`, '',
      `毕业后我在${w[0].company}做${w[0].title}，从${d(w[0].start, 'YYYY年M月')}到${d(w[0].end!, 'YYYY年M月')}，主要做电子政务平台的后端开发。`,
      `${d(w[1].start, 'YYYY年M月')}我加入${w[1].company}，先是${w[1].title}；${d(w[2].start, 'YYYY年M月')}升为${w[2].title}，带 8 个人的后端小组；${d(w[3].start, 'YYYY年M月')}起任${w[3].title}，负责 30 人的研发部门，一直做到${d(w[3].end!, 'YYYY年M月')}。`,
      `${d(w[4].start, 'YYYY年M月')}至今，我在${w[4].company}担任${w[4].title}，负责整体技术架构和 45 人的研发团队，主导了 Kafka 实时数据平台的建设。`, '',
      `技术上我比较熟的是 ${p.skills.map(sk).join('、')}。另外我有${p.certificates[0]}证书。`, '',
      '我这次想换工作，主要是希望在更大的平台上做基础架构。谢谢各位。', '',
      '——', `（备注给自己：HR 电话 010-5730 2288 转 6012，面试 11 月 24 日 14:00）`, `本人手机 186 0139 5572　邮箱 ${p.email}`, '',
    ].join('\n');
  }
  const w = p.work;
  return [
    '面試自我介紹稿（人力資源經理）', '',
    `各位好，我叫黃嘉慧，英文名 Wong Ka Wai，${p.education[0].school}${p.education[0].degree.replace('（', '，主修').replace('）', '')}畢業，做人力資源差不多十一年。`, '',
    `${d(w[0].start, 'YYYY年M月')}畢業後，我入職${w[0].company}做${w[0].title}，做到${d(w[0].end!, 'YYYY年M月')}。`,
    `${d(w[1].start, 'YYYY年M月')}轉到${w[1].company}做${w[1].title}，負責 40 間分店的招聘；${d(w[2].start, 'YYYY年M月')}升做${w[2].title}，推行 Workday 系統，一直做到${d(w[2].end!, 'YYYY年M月')}。`,
    `由${d(w[3].start, 'YYYY年M月')}至今，我喺${w[3].company}擔任${w[3].title}，管理三間酒店大約 1,200 名員工的人事工作。`, '',
    `我熟悉嘅範疇包括：${p.skills.map(sk).join('、')}。`, `語言方面：${p.languages.join('、')}。`, '',
    `聯絡：手提 ${p.phoneNat}（WhatsApp 同號）　住宅 ${p.other[0].number}　電郵 ${p.email}`, '',
  ].join('\n');
}

/** T18 newcomer-txt: Canadian newcomer-services résumé (text): "CANADIAN EXPERIENCE" then "INTERNATIONAL EXPERIENCE". */
function xNewcomer(p: Person): string {
  const ca = newestFirst(p).filter((j) => !j.company.startsWith('Shenzhen'));
  const intl = newestFirst(p).filter((j) => j.company.startsWith('Shenzhen'));
  const job = (j: Job) => [`${j.title}`, `${j.company}, ${j.town}${j.town === 'Shenzhen' ? ', China' : ', BC'}`, `${rng(j, 'Mon YYYY', ' – ', 'Present')}`, ...j.duties.map((x) => `  - ${x}`), ''];
  return [
    `SEAN (SIYUAN) YANG  ${p.name}`, `${p.address}`, `Tel: 604.362.8815  |  ${p.email}  |  linkedin.com/in/sean-yang-sre`, '',
    'PROFILE', `${p.summary} ${p.nationality}; no sponsorship needed.`, '',
    'TECHNICAL SKILLS', ...p.skills.map((s) => `  * ${sk(s)}`), '',
    'CANADIAN EXPERIENCE', '', ...ca.flatMap(job),
    'INTERNATIONAL EXPERIENCE', '', ...intl.flatMap(job),
    'EDUCATION', `${p.education[0].degree}, ${p.education[0].school}, China (${p.education[0].end.slice(0, 4)})`, 'Credential evaluation: WES, Canadian bachelor’s degree equivalent', '',
    'CERTIFICATIONS', ...p.certificates.map((c) => `  * ${c}`), '',
    'LANGUAGES', `  ${p.languages.join('; ')}`, '',
    'Résumé prepared with the help of the newcomer employment program, Burnaby settlement office (604-438-2201).', '',
  ].join('\n');
}

// ================================================================= the set
const P_ = byId;
// single, chromium
addHtml(P_('p01'), 'caps-surname', 'single', tCapsSurname(P_('p01')));
addHtml(P_('p13'), 'caps-surname', 'single', tCapsSurname(P_('p13')));
addHtml(P_('p16'), 'caps-surname', 'single', tCapsSurname(P_('p16')));
addHtml(P_('p06'), 'bio-first', 'single', tBioFirst(P_('p06')));
addHtml(P_('p12'), 'bio-first', 'single', tBioFirst(P_('p12')));
addHtml(P_('p02'), 'photo-beside', 'single', tPhotoBeside(P_('p02')));
addHtml(P_('p15'), 'photo-beside', 'single', tPhotoBeside(P_('p15')));
addHtml(P_('p04'), 'header-only', 'single', tHeaderOnly(P_('p04')));
addHtml(P_('p05'), 'resume-dash', 'single', tResumeDash(P_('p05')));
addHtml(P_('p16'), 'resume-dash', 'single', tResumeDash(P_('p16')));
addHtml(P_('p08'), 'zh-de', 'single', tZhDe(P_('p08')));
addHtml(P_('p09'), 'zh-de', 'single', tZhDe(P_('p09')));
addHtml(P_('p10'), 'trad-after', 'single', tTradAfter(P_('p10')));
addHtml(P_('p11'), 'trad-after', 'single', tTradAfter(P_('p11')));
addHtml(P_('p07'), 'at-lines', 'single', tAtLines(P_('p07')));
addHtml(P_('p05'), 'gulf-datefirst', 'single', tGulfDateFirst(P_('p05')));
// single, docx + libreoffice
addDocx(P_('p03'), 'cv-of', 'single', dCvOf(P_('p03')));
addDocx(P_('p07'), 'hdr-ftr', 'single', dHeaderFooter(P_('p07')));
addDocx(P_('p14'), 'hdr-ftr', 'single', dHeaderFooter(P_('p14')));
addDocx(P_('p09'), 'emp-stack', 'single', dEmployerStack(P_('p09')));
addDocx(P_('p13'), 'emp-stack', 'single', dEmployerStack(P_('p13')));
addDocx(P_('p02'), 'sintesis', 'single', dSintesis(P_('p02')));
// single, txt
addTxt(P_('p03'), 'wa-export', 'single', xWaExport(P_('p03')));
addTxt(P_('p15'), 'wa-export', 'single', xWaExport(P_('p15')));
addTxt(P_('p04'), 'portal-copy', 'single', xPortalCopy(P_('p04')));
addTxt(P_('p08'), 'xmind-md', 'single', xXmind(P_('p08')));
addTxt(P_('p11'), 'xmind-md', 'single', xXmind(P_('p11')));
addTxt(P_('p09'), 'ziwo', 'single', xZiwo(P_('p09')));
addTxt(P_('p10'), 'ziwo', 'single', xZiwo(P_('p10')));
addTxt(P_('p16'), 'newcomer', 'single', xNewcomer(P_('p16')));
// table
addDocx(P_('p01'), 'fte-table', 'table', dFteTable(P_('p01')));
addDocx(P_('p06'), 'fte-table', 'table', dFteTable(P_('p06')));
addDocx(P_('p10'), 'zh-post-first', 'table', dZhRoleFirst(P_('p10')));
addDocx(P_('p12'), 'zh-post-first', 'table', dZhRoleFirst(P_('p12')));
for (const id of ['p03', 'p05', 'p07', 'p14', 'p16']) addHtml(P_(id), 'hours-table', 'table', tHoursTable(P_(id)));
// two-column
for (const id of ['p02', 'p11', 'p14']) addHtml(P_(id), 'rail-photo', 'two-column', tRailPhoto(P_(id)));
addDocx(P_('p04'), 'equal-cols', 'two-column', dEqualCols(P_('p04')));
addDocx(P_('p15'), 'equal-cols', 'two-column', dEqualCols(P_('p15')));
for (const id of ['p08', 'p12']) addHtml(P_(id), 'zh-name-left', 'two-column', tZhNameLeft(P_(id)));
for (const id of ['p01', 'p05', 'p06', 'p13']) addHtml(P_(id), 'split-right', 'two-column', tSplitRightName(P_(id)));

// ---------------------------------------------------------------- write
rmSync(DOCS, { recursive: true, force: true });
mkdirSync(DOCS, { recursive: true });
for (const [f, t] of txtJobs) writeFileSync(path.join(DOCS, f), t, 'utf8');
for (const [f, doc] of docxJobs) writeFileSync(path.join(DOCS, f), await Packer.toBuffer(doc));
exportDocxToPdf(DOCS);
await printHtml(DOCS, htmlJobs);

const files = specs.map((s) => s.file);
const extra = readdirSync(DOCS).filter((f) => !files.includes(f));
if (extra.length) throw new Error(`unexpected files: ${extra.join(', ')}`);
const truth = {
  referenceDate: REF,
  people: people.map((p) => ({
    id: p.id, language: p.language, name: p.name, email: p.email, phone: p.phone, skills: p.skills,
    work: [...p.work].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0)).map((j) => ({ company: j.company, start: j.start, end: j.end })),
    yearsOfExperience: yearsWorked(p.work, REF),
  })),
  documents: specs,
};
writeFileSync(path.join(HERE, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
writeFileSync(path.join(HERE, 'manifest.json'), JSON.stringify(manifestOf(DOCS, files), null, 2) + '\n');
const count = (k: keyof DocSpec) => specs.reduce<Record<string, number>>((a, s) => ((a[String(s[k])] = (a[String(s[k])] ?? 0) + 1), a), {});
console.log(`${specs.length} documents`, count('layout'), count('producer'), count('language'));
