/**
 * heldout-29 generator: writes documents/, truth.json and manifest.json.
 * Run from packages/cv: npx tsx eval/heldout-29/generate.ts [--force]
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType, BorderStyle, Document, Footer, Header, HeightRule, Packer, PageNumber, Paragraph, ShadingType, Table,
  TableCell, TableLayoutType, TableRow, TabStopType, TextRun, VerticalAlign, WidthType,
} from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { type Job, type Person, people } from './people.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DOCS = path.join(HERE, 'documents');
const REF = '2026-11';
if (existsSync(path.join(HERE, 'manifest.json')) && !process.argv.includes('--force')) {
  console.error('manifest.json exists: this set is frozen. Re-run with --force to regenerate.');
  process.exit(1);
}

// ---------------------------------------------------------------- dates and small helpers
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const Y = (s: string) => s.slice(0, 4);
const M = (s: string) => Number(s.slice(5, 7));
const MM = (s: string) => s.slice(5, 7);
const f = {
  mon: (s: string) => `${MON[M(s) - 1]} ${Y(s)}`,
  month: (s: string) => `${MONTH[M(s) - 1]} ${Y(s)}`,
  slash: (s: string) => `${MM(s)}/${Y(s)}`,
  dot: (s: string) => `${Y(s)}.${MM(s)}`,
  zh: (s: string) => `${Y(s)}年${M(s)}月`,
  tw: (s: string) => `${Y(s)}/${MM(s)}`,
  dash: (s: string) => `${Y(s)}-${MM(s)}`,
};
const range = (j: { start: string; end: string | null }, fm: (s: string) => string, sep: string, now: string) =>
  `${fm(j.start)}${sep}${j.end ? fm(j.end) : now}`;
const monthsOf = (j: { start: string; end: string | null }) => {
  const a = Number(Y(j.start)) * 12 + M(j.start), e = j.end ?? REF;
  return Number(Y(e)) * 12 + M(e) - a + 1;
};
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const recent = (p: Person) => [...p.work].reverse();
const age = (p: Person) => 2026 - Number(Y(p.born)) - (Number(p.born.slice(5, 7)) > 11 ? 1 : 0);
const disp = (p: Person) => (p.latin ? `${p.latin} (${p.name})` : p.name);
const ymd = (s: string) => `${s.slice(8, 10)}/${s.slice(5, 7)}/${s.slice(0, 4)}`;
const durEn = (n: number) => { const y = Math.floor(n / 12), m = n % 12; return [y ? `${y} yr${y > 1 ? 's' : ''}` : '', m ? `${m} mo${m > 1 ? 's' : ''}` : ''].filter(Boolean).join(' '); };
const durZh = (n: number, tw = false) => { const y = Math.floor(n / 12), m = n % 12; return `${y ? `${y}年` : ''}${m ? `${m}${tw ? '個月' : '个月'}` : ''}`; };
const zhPhone = (p: Person) => p.phoneLocal.replace(/ /g, '');

const html = (css: string, body: string, lang = 'en') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>
*{box-sizing:border-box} body{margin:0;font-family:'Liberation Sans','DejaVu Sans','WenQuanYi Zen Hei',sans-serif;color:#222}
table{border-collapse:collapse} ul{margin:2px 0 4px 0;padding-left:16px} li{margin:1px 0}
${css}</style></head><body>${body}</body></html>`;

// ---------------------------------------------------------------- HTML templates (Chromium)
/** LiveCareer-style builder résumé: coloured name band, left contact/skills column, MM/YYYY to Current dates. */
function livecareer(p: Person): string {
  const jobs = recent(p).map((j) => `<div class="job"><div class="d">${range(j, f.slash, ' to ', 'Current')}</div>
    <div><b>${esc(j.title)}</b><br>${esc(j.company)} – ${esc(j.city)}<ul>${j.notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul></div></div>`).join('');
  const br = (p.breaks ?? []).map((b) => `<div class="job"><div class="d">${range(b, f.slash, ' to ', '')}</div><div><i>${esc(b.reason)}</i></div></div>`).join('');
  return html(`body{font-size:9.6pt}.band{background:#24475e;color:#fff;padding:16px 20px}.band h1{margin:0;font-size:25pt;font-weight:normal;letter-spacing:.5px}
  .band div{font-size:11pt;color:#cfe1ec;margin-top:3px}.cols{display:flex}.l{width:31%;background:#edf2f5;padding:6px 12px 12px}
  .r{width:69%;padding:6px 6px 8px 16px}h2{font-size:10.5pt;letter-spacing:1px;color:#24475e;border-bottom:1.5px solid #24475e;margin:12px 0 5px;padding-bottom:2px}
  .job{display:flex;gap:10px;margin-bottom:6px}.d{width:118px;flex:none;color:#555;font-size:9pt}.l p{margin:2px 0}`,
  `<div class="band"><h1>${esc(p.name)}</h1><div>${esc(p.headline)}</div></div><div class="cols"><div class="l">
  <h2>Contact</h2><p>${esc(p.address)}</p><p>${esc(p.phoneLocal)}</p><p>${esc(p.email)}</p>
  <h2>Skills</h2><ul>${p.skills.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
  <h2>Languages</h2>${p.languages.map((l) => `<p>${esc(l)}</p>`).join('')}
  ${p.certs.length ? `<h2>Certifications</h2>${p.certs.map((c) => `<p>${esc(c)}</p>`).join('')}` : ''}</div>
  <div class="r"><h2>Professional Summary</h2><p style="margin:2px 0">${esc(p.summary)}</p>
  <h2>Work History</h2>${jobs}${br}
  <h2>Education</h2>${p.education.map((e) => `<div class="job"><div class="d">${f.slash(e.end)}</div><div><b>${esc(e.degree)}</b>: ${esc(e.field)}<br>${esc(e.school)}</div></div>`).join('')}
  </div></div>`);
}

/** LaTeXTemplates "Medium Length Professional CV" (rSection): centred small-caps name, ruled sections, Technical Strengths tabular. */
function medium(p: Person): string {
  const jobs = recent(p).map((j) => `<div class="e"><div class="row"><b>${esc(j.title)}</b><span>${range(j, f.mon, ' - ', 'Present')}</span></div>
   <div class="row"><i>${esc(j.company)}</i><i>${esc(j.city)}</i></div><ul>${j.notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul></div>`).join('');
  const br = (p.breaks ?? []).map((b) => `<div class="e"><div class="row"><i>Career break – ${esc(b.reason)}</i><span>${range(b, f.mon, ' - ', '')}</span></div></div>`).join('');
  return html(`body{font-family:'Liberation Serif','DejaVu Serif','WenQuanYi Zen Hei',serif;font-size:10.8pt}
  h1{text-align:center;font-variant:small-caps;font-size:25pt;letter-spacing:2px;margin:0 0 4px;font-weight:normal}
  .c{text-align:center;margin:1px 0}h2{font-variant:small-caps;font-size:13pt;letter-spacing:1px;font-weight:normal;border-bottom:1px solid #000;margin:14px 0 6px}
  .row{display:flex;justify-content:space-between}.e{margin:0 0 6px 14px}td{vertical-align:top;padding:1px 10px 1px 14px}`,
  `<h1>${esc(disp(p))}</h1><p class="c">${esc(p.address)}</p><p class="c">${esc(p.phoneLocal)} &nbsp;&nbsp;&diams;&nbsp;&nbsp; ${esc(p.email)}</p>
  <h2>Education</h2>${[...p.education].reverse().map((e) => `<div class="e"><div class="row"><b>${esc(e.school)}</b><span>${f.mon(e.start)} - ${f.mon(e.end)}</span></div><div><i>${esc(e.degree)}, ${esc(e.field)}</i></div></div>`).join('')}
  <h2>Work Experience</h2>${jobs}${br}
  <h2>Technical Strengths</h2><table><tr><td>Skills &amp; Tools</td><td>${p.skills.map(esc).join(', ')}</td></tr>
  <tr><td>Languages</td><td>${p.languages.map(esc).join(', ')}</td></tr>${p.certs.length ? `<tr><td>Certifications</td><td>${p.certs.map(esc).join('; ')}</td></tr>` : ''}</table>`);
}

/** LaTeXTemplates "Developer CV": name block with contact to the right, experience column and a skills/education column. */
function developercv(p: Person): string {
  const jobs = recent(p).map((j) => `<div class="e"><div class="dt">${f.mon(j.start)} –<br>${j.end ? f.mon(j.end) : 'Present'}</div><div><b>${esc(j.title)}</b><div class="co">${esc(j.company)} · ${esc(j.city)}</div>${j.notes.map((n) => `<div class="n">${esc(n)}</div>`).join('')}</div></div>`).join('');
  return html(`body{font-size:9.8pt;color:#2b2b2b}.hd{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:3px solid #2a7ab0;padding-bottom:8px}
  h1{font-size:26pt;margin:0;font-weight:bold;color:#111}.t{font-size:12pt;color:#2a7ab0}.ct{text-align:right;font-size:9pt;line-height:1.5}
  .ab{margin:10px 0;font-size:10pt}.cols{display:flex;gap:18px}.m{width:64%}.s{width:36%}h2{font-size:12pt;color:#2a7ab0;margin:10px 0 6px;text-transform:uppercase;letter-spacing:1px}
  .e{display:flex;gap:10px;margin-bottom:8px}.dt{width:66px;flex:none;font-size:8.5pt;color:#666;text-align:right}.co{font-style:italic;color:#555}.n{font-size:9.2pt}
  .chip{display:inline-block;border:1px solid #2a7ab0;color:#1d5a82;border-radius:3px;padding:1px 6px;margin:2px 3px 2px 0;font-size:9pt}.s p{margin:3px 0}`,
  `<div class="hd"><div><h1>${esc(disp(p))}</h1><div class="t">${esc(p.headline)}</div></div>
  <div class="ct">&#9993; ${esc(p.email)}<br>&#9742; ${esc(p.phoneLocal)}<br>&#8962; ${esc(p.city)}</div></div>
  <div class="ab"><b>About me</b> — ${esc(p.summary)}</div><div class="cols"><div class="m"><h2>Experience</h2>${jobs}</div>
  <div class="s"><h2>Skills</h2>${p.skills.map((s) => `<span class="chip">${esc(s)}</span>`).join('')}
  <h2>Education</h2>${p.education.map((e) => `<p><b>${esc(e.degree)} ${esc(e.field)}</b><br>${esc(e.school)}<br><span style="color:#666">${Y(e.start)} – ${Y(e.end)}</span></p>`).join('')}
  <h2>Languages</h2>${p.languages.map((l) => `<p>${esc(l)}</p>`).join('')}${p.certs.length ? `<h2>Certifications</h2>${p.certs.map((c) => `<p>${esc(c)}</p>`).join('')}` : ''}</div></div>`);
}

/** Staffing-agency candidate submittal (Bullhorn-style print) with a skills matrix — US / AU contract recruitment. */
function skillsmatrix(p: Person): string {
  const au = p.phone.startsWith('+61');
  const ag = au ? { n: 'IRONBARK TECHNICAL RECRUITMENT', a: 'Level 9, 200 St Georges Tce, Perth WA 6000 · (08) 9322 4810', r: 'Kylie Brennan', rp: '0407 113 962', client: 'Confidential – WA gold producer', rate: 'AUD 1,750 per day', auth: 'Australian Permanent Resident', loc: 'Kalgoorlie (FIFO 8/6)' }
    : { n: 'KEYSTONE TALENT PARTNERS, LLC', a: '1600 Market Street, Suite 2100, Philadelphia, PA 19103 · (215) 867-4410', r: 'Jordan Matthews', rp: '(215) 867-4432', client: 'Confidential – Fortune 500 client', rate: p.id === 'p15' ? 'USD 85/hr (C2C, remote)' : 'USD 92/hr W2', auth: p.id === 'p02' ? 'H-1B (transfer)' : p.id === 'p15' ? 'N/A – offshore contractor' : p.id === 'p16' ? 'Green Card' : 'US Citizen', loc: p.id === 'p15' ? 'Remote' : p.city };
  const total = yearsWorked(p.work, REF);
  const rows = p.skills.map((s, i) => { const yrs = Math.max(1, Math.round(total * (1 - (i % 4) * 0.22))); return `<tr><td>${esc(s)}</td><td class="c">${yrs}</td><td class="c">${i % 3 === 2 ? '2025' : 'Current'}</td><td class="c">${5 - (i % 3)}</td></tr>`; }).join('');
  return html(`body{font-size:9.5pt}.ag{display:flex;justify-content:space-between;border-bottom:2px solid #8a1c1c;padding-bottom:4px}.ag b{font-size:13pt;color:#8a1c1c}.ag span{font-size:8pt;color:#555;text-align:right}
  h1{font-size:14pt;text-align:center;margin:10px 0 6px;letter-spacing:2px}h2{font-size:10pt;background:#8a1c1c;color:#fff;padding:3px 6px;margin:12px 0 0}
  table{width:100%}td,th{border:1px solid #999;padding:3px 5px;vertical-align:top;text-align:left}th{background:#eee;font-size:9pt}.k{background:#f5f5f5;font-weight:bold;width:19%}.c{text-align:center}.ft{margin-top:12px;font-size:8pt;color:#666;border-top:1px solid #ccc;padding-top:3px}`,
  `<div class="ag"><b>${ag.n}</b><span>${ag.a}</span></div><h1>CANDIDATE SUBMITTAL</h1>
  <table><tr><td class="k">Candidate</td><td>${esc(disp(p))}</td><td class="k">Req #</td><td>${au ? 'IB-25-0418' : 'KTP-26-1187'}</td></tr>
  <tr><td class="k">Position</td><td>${esc(p.headline)}</td><td class="k">Client</td><td>${ag.client}</td></tr>
  <tr><td class="k">Location</td><td>${esc(ag.loc)}</td><td class="k">Rate</td><td>${ag.rate}</td></tr>
  <tr><td class="k">Work authorization</td><td>${ag.auth}</td><td class="k">Availability</td><td>2 weeks' notice</td></tr>
  <tr><td class="k">Candidate phone</td><td>${esc(p.phoneLocal)}</td><td class="k">Candidate email</td><td>${esc(p.email)}</td></tr>
  <tr><td class="k">Recruiter</td><td>${ag.r}</td><td class="k">Recruiter phone</td><td>${ag.rp}</td></tr></table>
  <h2>SKILLS MATRIX</h2><table><tr><th>Skill / Technology</th><th class="c">Years of experience</th><th class="c">Last used</th><th class="c">Self-rating (1–5)</th></tr>${rows}</table>
  <h2>EMPLOYMENT HISTORY</h2><table><tr><th>Employer</th><th>Job title</th><th>Start</th><th>End</th><th>Location</th></tr>
  ${recent(p).map((j) => `<tr><td>${esc(j.company)}</td><td>${esc(j.title)}</td><td>${f.slash(j.start)}</td><td>${j.end ? f.slash(j.end) : 'Present'}</td><td>${esc(j.city)}</td></tr>`).join('')}</table>
  <h2>EDUCATION &amp; CERTIFICATIONS</h2><table>${p.education.map((e) => `<tr><td>${esc(e.degree)}, ${esc(e.field)}</td><td>${esc(e.school)}</td><td>${Y(e.end)}</td></tr>`).join('')}${p.certs.map((c) => `<tr><td colspan="3">${esc(c)}</td></tr>`).join('')}</table>
  <h2>RECRUITER SUMMARY</h2><p>${esc(p.summary)} Candidate has confirmed interest in this role and has not been submitted to this client by any other agency.</p>
  <div class="ft">${ag.n} · Confidential – prepared for the hiring manager only. Do not contact the candidate directly.</div>`);
}

/** 国聘 (iguopin) online résumé print: boxed tables per block. */
function guopin(p: Person): string {
  const tbl = (rows: string) => `<table class="t">${rows}</table>`;
  return html(`body{font-size:10pt}.hd{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:3px solid #c4161c;padding-bottom:4px}
  .hd b{font-size:18pt;color:#c4161c}.hd span{font-size:8.5pt;color:#666}h2{font-size:11pt;color:#c4161c;margin:12px 0 4px;border-left:4px solid #c4161c;padding-left:6px}
  .t{width:100%}.t td,.t th{border:1px solid #bbb;padding:4px 6px;vertical-align:top}.t th{background:#f6eeee;font-weight:normal;color:#555;white-space:nowrap}.k{background:#faf6f6;color:#555;width:14%}`,
  `<div class="hd"><b>国聘 · 个人简历</b><span>简历编号：GP2026${p.id.slice(1)}0318　　更新时间：2026-10-${p.id === 'p08' ? '09' : '21'}</span></div>
  <h2>基本信息</h2>${tbl(`<tr><td class="k">姓名</td><td>${p.name}</td><td class="k">性别</td><td>${p.gender === 'M' ? '男' : '女'}</td><td class="k">出生年月</td><td>${f.dot(p.born)}</td></tr>
  <tr><td class="k">民族</td><td>汉族</td><td class="k">政治面貌</td><td>${p.id === 'p08' ? '中共党员' : '群众'}</td><td class="k">工作年限</td><td>${Math.floor(yearsWorked(p.work, REF))}年</td></tr>
  <tr><td class="k">手机号码</td><td>${zhPhone(p)}</td><td class="k">电子邮箱</td><td colspan="3">${p.email}</td></tr>
  <tr><td class="k">现居住地</td><td colspan="5">${p.address}</td></tr>`)}
  <h2>求职意向</h2>${tbl(`<tr><td class="k">期望职位</td><td>${p.headline}</td><td class="k">期望城市</td><td>${p.city}</td><td class="k">期望单位性质</td><td>国有企业</td></tr>`)}
  <h2>教育经历</h2>${tbl(`<tr><th>起止时间</th><th>学校名称</th><th>专业</th><th>学历</th><th>是否全日制</th></tr>${[...p.education].reverse().map((e) => `<tr><td>${f.dot(e.start)}-${f.dot(e.end)}</td><td>${e.school}</td><td>${e.field}</td><td>${e.degree}</td><td>${e.degree === 'EMBA' ? '否' : '是'}</td></tr>`).join('')}`)}
  <h2>工作经历</h2>${tbl(`<tr><th>起止时间</th><th>单位名称</th><th>职务</th><th>工作内容</th></tr>${recent(p).map((j) => `<tr><td style="white-space:nowrap">${range(j, f.dot, '-', '至今')}</td><td>${j.company}</td><td>${j.title}</td><td>${j.notes.join('；')}</td></tr>`).join('')}
  ${(p.breaks ?? []).map((b) => `<tr><td>${range(b, f.dot, '-', '')}</td><td colspan="3">${b.reason}</td></tr>`).join('')}`)}
  <h2>专业技能</h2>${tbl(`<tr><td>${p.skills.join('、')}</td></tr>`)}
  <h2>资格证书</h2>${tbl(`<tr><td>${[...p.certs, ...p.languages].join('；')}</td></tr>`)}
  <h2>自我评价</h2>${tbl(`<tr><td>${p.summary}</td></tr>`)}`, 'zh-CN');
}

/** yes123求職網 履歷表 print (Taiwan): 基本資料 grid with photo, 求職條件, 學歷, 工作經歷 with 年資. */
function yes123(p: Person): string {
  return html(`body{font-size:10pt;font-family:'WenQuanYi Zen Hei','Liberation Sans',sans-serif}.top{background:#f39800;color:#fff;padding:6px 10px;display:flex;justify-content:space-between}
  .top b{font-size:14pt}h2{font-size:11pt;background:#fff3e0;border-left:5px solid #f39800;padding:3px 8px;margin:12px 0 4px}
  table{width:100%}td,th{border:1px solid #d9c3a5;padding:4px 6px;vertical-align:top}th{background:#fbf3e8;font-weight:normal;text-align:left;white-space:nowrap}.ph{width:100px;text-align:center;color:#aaa;vertical-align:middle}`,
  `<div class="top"><b>yes123求職網　個人履歷</b><span>履歷代碼：Y${p.born.replace(/-/g, '')}7${p.id.slice(1)}　列印日期：2026/10/27</span></div>
  <h2>基本資料</h2><table><tr><th>姓名</th><td>${p.name}</td><th>性別</th><td>${p.gender === 'M' ? '男' : '女'}</td><td class="ph" rowspan="5">大頭照</td></tr>
  <tr><th>出生日期</th><td>${Y(p.born)}/${MM(p.born)}（${age(p)}歲）</td><th>兵役狀況</th><td>役畢</td></tr>
  <tr><th>手機</th><td>${p.phoneLocal}</td><th>E-mail</th><td>${p.email}</td></tr>
  <tr><th>聯絡地址</th><td colspan="3">${p.address}</td></tr><tr><th>駕照</th><td>普通小型車、普通重型機車</td><th>交通工具</th><td>自備汽車</td></tr></table>
  <h2>求職條件</h2><table><tr><th>希望職稱</th><td>${p.headline}</td><th>希望地點</th><td>台中市、彰化縣</td></tr><tr><th>希望待遇</th><td>依公司規定</td><th>可上班日</th><td>錄取後一個月</td></tr></table>
  <h2>學歷</h2><table><tr><th>學校名稱</th><th>科系</th><th>學位</th><th>就學期間</th></tr>${[...p.education].reverse().map((e) => `<tr><td>${e.school}</td><td>${e.field}</td><td>${e.degree}</td><td>${f.tw(e.start)}~${f.tw(e.end)}　畢業</td></tr>`).join('')}</table>
  <h2>工作經歷（總年資 ${durZh(Math.round(yearsWorked(p.work, REF) * 12), true)}）</h2><table><tr><th>公司名稱</th><th>職稱</th><th>任職期間</th><th>年資</th></tr>
  ${recent(p).map((j) => `<tr><td>${j.company}</td><td>${j.title}</td><td>${range(j, f.tw, '~', '仍在職')}</td><td>${durZh(monthsOf(j), true)}</td></tr><tr><td colspan="4" style="color:#555">工作內容：${j.notes.join('；')}</td></tr>`).join('')}</table>
  <h2>專長技能</h2><table><tr><td>${p.skills.join('、')}</td></tr></table>
  <h2>語文能力／證照</h2><table><tr><td>${p.languages.join('、')}；${p.certs.join('、')}</td></tr></table>
  <h2>自傳</h2><table><tr><td>${p.summary}希望能加入重視研發與品質的團隊，持續在設備設計領域累積經驗。</td></tr></table>`, 'zh-TW');
}

/** 518熊班 (Taiwan) 履歷 print: two columns, profile card left, 經歷 right. */
function bear518(p: Person): string {
  return html(`body{font-size:10pt;font-family:'WenQuanYi Zen Hei',sans-serif}.wrap{display:flex;gap:14px}.l{width:32%;background:#f1f7ea;padding:10px;border-top:6px solid #6aa72f}
  .r{width:68%}h1{font-size:20pt;margin:4px 0}h2{font-size:11.5pt;color:#4c7d1f;border-bottom:1px dashed #6aa72f;margin:12px 0 6px;padding-bottom:2px}.l p{margin:3px 0}
  .ph{width:86px;height:104px;border:1px solid #aaa;color:#999;display:flex;align-items:center;justify-content:center;margin:0 auto 6px}.j{margin-bottom:7px}.j .d{color:#777;font-size:9pt}.logo{color:#6aa72f;font-weight:bold;font-size:9pt}`,
  `<div class="logo">518熊班　我的履歷</div><div class="wrap"><div class="l"><div class="ph">照片</div><h1>${p.name}</h1><p>${p.headline}</p>
  <h2>聯絡方式</h2><p>行動電話：${p.phoneLocal}</p><p>Email：${p.email}</p><p>居住地：${p.city}西屯區</p>
  <h2>個人資料</h2><p>${p.gender === 'M' ? '男' : '女'}．${age(p)}歲</p><p>兵役：役畢</p><p>最高學歷：${p.education.at(-1)!.school} ${p.education.at(-1)!.degree}</p>
  <h2>專業技能</h2>${p.skills.map((s) => `<p>・${s}</p>`).join('')}<h2>證照</h2>${p.certs.map((s) => `<p>・${s}</p>`).join('')}</div>
  <div class="r"><h2>自我介紹</h2><p>${p.summary}</p><h2>工作經歷</h2>${recent(p).map((j) => `<div class="j"><b>${j.company}</b>｜${j.title}<div class="d">${f.tw(j.start)} ～ ${j.end ? f.tw(j.end) : '迄今'}（${durZh(monthsOf(j), true)}）｜${j.city}</div><div>${j.notes.join('；')}</div></div>`).join('')}
  <h2>學歷</h2>${[...p.education].reverse().map((e) => `<div class="j"><b>${e.school}</b> ${e.field}<div class="d">${f.tw(e.start)} ～ ${f.tw(e.end)}　${e.degree}畢業</div></div>`).join('')}
  <h2>語言能力</h2><p>中文（母語）、${p.languages.join('、')}</p></div></div>`, 'zh-TW');
}

/** 家教网 教员注册信息 print: teacher profile grid with a weekly availability table. */
function jiajiao(p: Person): string {
  const days = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'];
  const slot = (d: number, s: number) => (d >= 5 ? '✓' : s === 2 ? '✓' : '');
  return html(`body{font-size:10pt}.hd{background:#0b7a5a;color:#fff;padding:8px 12px}.hd b{font-size:15pt}h2{font-size:11pt;color:#0b7a5a;margin:12px 0 4px}
  table{width:100%}td,th{border:1px solid #9cc;padding:4px 6px;vertical-align:top}th{background:#e8f5f1;font-weight:normal;white-space:nowrap;text-align:left}.c{text-align:center}`,
  `<div class="hd"><b>榕城家教网 · 教员详细信息</b>　　教员编号：T20260${p.id.slice(1)}771　　注册时间：2024-03-02</div>
  <h2>基本资料</h2><table><tr><th>姓名</th><td>${p.name}</td><th>性别</th><td>女</td><th>出生年份</th><td>${Y(p.born)}年</td><td rowspan="4" class="c" style="width:90px;color:#999;vertical-align:middle">照片<br>（已认证）</td></tr>
  <tr><th>教员类型</th><td>在职教师</td><th>籍贯</th><td>福建福清</td><th>学历</th><td>${p.education[0]!.degree}</td></tr>
  <tr><th>毕业院校</th><td colspan="3">${p.education[0]!.school}</td><th>专业</th><td>${p.education[0]!.field}</td></tr>
  <tr><th>手机</th><td colspan="2">${zhPhone(p)}</td><th>邮箱</th><td colspan="2">${p.email}</td></tr>
  <tr><th>可授科目</th><td colspan="6">初中英语、小学英语、雅思口语</td></tr><tr><th>授课区域</th><td colspan="6">鼓楼区、台江区、晋安区（可线上）</td></tr>
  <tr><th>课时费</th><td colspan="6">初中：180元/小时；雅思口语：260元/小时</td></tr></table>
  <h2>可授课时间</h2><table><tr><th></th>${days.map((d) => `<th class="c">${d}</th>`).join('')}</tr>${['上午', '下午', '晚上'].map((s, i) => `<tr><th>${s}</th>${days.map((_, d) => `<td class="c">${slot(d, i)}</td>`).join('')}</tr>`).join('')}</table>
  <h2>教学经历</h2><table><tr><th>起止时间</th><th>单位</th><th>职务</th><th>说明</th></tr>${recent(p).map((j) => `<tr><td style="white-space:nowrap">${range(j, f.dash, ' 至 ', '今')}</td><td>${j.company}</td><td>${j.title}</td><td>${j.notes.join('；')}</td></tr>`).join('')}</table>
  <h2>个人技能</h2><table><tr><td>${p.skills.join('、')}</td></tr></table>
  <h2>证书</h2><table><tr><td>${p.certs.join('、')}</td></tr></table>
  <h2>自我描述</h2><table><tr><td>${p.summary}对学生耐心负责，注重学习习惯的培养，可提供试听课。</td></tr></table>
  <p style="font-size:8.5pt;color:#777">温馨提示：本网已核验该教员身份证、教师资格证及学历证书。</p>`, 'zh-CN');
}

/** 创客贴 (chuangkit) résumé template: coloured left panel with round photo, tags, right content. */
function chuangkit(p: Person): string {
  const col = p.id === 'p09' ? '#e07a5f' : '#3d5a80';
  return html(`body{font-size:10pt}.wrap{display:flex;min-height:260mm}.l{width:34%;background:${col};color:#fff;padding:16px 14px}.r{width:66%;padding:12px 4px 0 18px}
  .ph{width:96px;height:96px;border-radius:50%;background:#fff3;border:2px solid #fff;margin:0 auto 10px;display:flex;align-items:center;justify-content:center;font-size:9pt}
  h1{text-align:center;font-size:22pt;margin:0 0 2px;letter-spacing:4px}.job{text-align:center;font-size:10.5pt;margin-bottom:10px}
  .l h2{font-size:11.5pt;border-bottom:1px solid #fff8;margin:14px 0 6px;padding-bottom:3px}.l p{margin:3px 0;font-size:9.5pt}
  .tag{display:inline-block;border:1px solid #fff;border-radius:10px;padding:1px 8px;margin:2px 2px;font-size:9pt}
  .r h2{font-size:12.5pt;color:${col};margin:14px 0 6px}.r h2:before{content:'';display:inline-block;width:8px;height:8px;background:${col};margin-right:6px;transform:rotate(45deg)}
  .it{margin-bottom:8px}.it .h{display:flex;justify-content:space-between;font-weight:bold}.it .h span{font-weight:normal;color:#777}`,
  `<div class="wrap"><div class="l"><div class="ph">照片</div><h1>${p.name}</h1><div class="job">求职意向：${p.headline}</div>
  <h2>个人信息</h2><p>年龄：${age(p)}岁</p><p>现居：${p.city}</p><p>电话：${zhPhone(p)}</p><p>邮箱：${p.email}</p>
  <h2>技能特长</h2>${p.skills.map((s) => `<span class="tag">${s}</span>`).join('')}<h2>证书荣誉</h2>${p.certs.map((c) => `<p>· ${c}</p>`).join('')}</div>
  <div class="r"><h2>教育背景</h2>${[...p.education].reverse().map((e) => `<div class="it"><div class="h">${e.school}<span>${f.dot(e.start)} - ${f.dot(e.end)}</span></div><div>${e.field} · ${e.degree}</div></div>`).join('')}
  <h2>工作经历</h2>${recent(p).map((j) => `<div class="it"><div class="h">${j.company}<span>${range(j, f.dot, ' - ', '至今')}</span></div><div style="color:#555">${j.title}</div>${j.notes.map((n) => `<div>· ${n}</div>`).join('')}</div>`).join('')}
  ${(p.breaks ?? []).map((b) => `<div class="it"><div class="h">职业间隔<span>${range(b, f.dot, ' - ', '')}</span></div><div>${b.reason}</div></div>`).join('')}
  <h2>自我评价</h2><p>${p.summary}</p></div></div>`, 'zh-CN');
}

/** 冷熊简历 (lengxiong) template: header strip, wide main column, narrow right info column; bilingual headings for mixed people. */
function lengxiong(p: Person): string {
  const mix = p.language === 'mixed';
  const h = (zh: string, en: string) => (mix ? `${zh} <small>${en}</small>` : zh);
  return html(`body{font-size:9.8pt}.hd{border-bottom:2px solid #333;padding-bottom:6px;display:flex;justify-content:space-between;align-items:flex-end}
  h1{margin:0;font-size:22pt}.hd .s{font-size:10.5pt;color:#444}.cols{display:flex;gap:16px;margin-top:6px}.m{width:68%}.x{width:32%;border-left:1px solid #ddd;padding-left:12px}
  h2{font-size:11.5pt;margin:12px 0 5px;padding:2px 0;border-bottom:1px solid #999}h2 small{font-weight:normal;color:#888;font-size:8.5pt}.it{margin-bottom:8px}
  .it .h{display:flex;justify-content:space-between}.it .h span{color:#666;white-space:nowrap;margin-left:6px}.x p{margin:3px 0}`,
  `<div class="hd"><div><h1>${mix ? `${p.name} <span style="font-size:14pt;font-weight:normal">${p.latin}</span>` : p.name}</h1><div class="s">${mix ? '求职意向 / Target role' : '求职意向'}：${p.headline}</div></div><div class="s">${p.city}</div></div>
  <div class="cols"><div class="m"><h2>${h('工作经历', 'Experience')}</h2>${recent(p).map((j) => `<div class="it"><div class="h"><b>${j.company}</b><span>${range(j, f.dot, ' – ', mix ? '至今 Present' : '至今')}</span></div><div><i>${j.title}</i> · ${j.city}</div>${j.notes.map((n) => `<div>- ${n}</div>`).join('')}</div>`).join('')}
  <h2>${h('教育经历', 'Education')}</h2>${[...p.education].reverse().map((e) => `<div class="it"><div class="h"><b>${e.school}</b><span>${f.dot(e.start)} – ${f.dot(e.end)}</span></div><div>${e.degree} · ${e.field}</div></div>`).join('')}
  <h2>${h('自我评价', 'Summary')}</h2><p>${p.summary}</p></div>
  <div class="x"><h2>${h('基本信息', 'Profile')}</h2><p>${mix ? 'Tel' : '电话'}：${p.phoneLocal}</p><p>${mix ? 'Email' : '邮箱'}：${p.email}</p><p>${mix ? 'Born' : '出生'}：${f.dot(p.born)}</p>
  <h2>${h('专业技能', 'Skills')}</h2>${p.skills.map((s) => `<p>• ${s}</p>`).join('')}<h2>${h('语言', 'Languages')}</h2>${p.languages.map((s) => `<p>${s}</p>`).join('')}
  <h2>${h('证书', 'Certificates')}</h2>${p.certs.map((s) => `<p>${s}</p>`).join('')}</div></div>`, 'zh-CN');
}

/** JobStreet profile print (Malaysia): left card with contact and skills with levels, right experience with durations. */
function jobstreet(p: Person): string {
  const lv = ['Advanced', 'Advanced', 'Advanced', 'Intermediate', 'Intermediate', 'Advanced'];
  return html(`body{font-size:9.8pt;color:#1c1c1c}.bar{background:#0d3880;color:#fff;padding:6px 12px;font-weight:bold}.wrap{display:flex;gap:16px;margin-top:10px}
  .l{width:34%;border:1px solid #d6dce8;border-radius:6px;padding:10px}.r{width:66%}.av{width:70px;height:70px;border-radius:50%;background:#e4e9f2;display:flex;align-items:center;justify-content:center;color:#778;font-size:8pt}
  h1{font-size:17pt;margin:8px 0 2px}h2{font-size:11.5pt;margin:12px 0 6px;color:#0d3880}.l p{margin:3px 0}.j{border-bottom:1px solid #e3e3e3;padding-bottom:6px;margin-bottom:7px}.g{color:#666;font-size:9pt}.sk{display:flex;justify-content:space-between}`,
  `<div class="bar">JobStreet · My Profile</div><div class="wrap"><div class="l"><div class="av">Photo</div><h1>${p.latin} ${p.name}</h1><div>${p.headline}</div>
  <h2>Contact</h2><p>${p.phoneLocal}</p><p>${p.email}</p><p>${p.address}</p><h2>Skills</h2>${p.skills.map((s, i) => `<div class="sk"><span>${s}</span><span class="g">${lv[i % lv.length]}</span></div>`).join('')}
  <h2>Languages</h2>${p.languages.map((s) => `<p>${s}</p>`).join('')}</div>
  <div class="r"><h2>Personal summary</h2><p>${p.summary}</p><h2>Career history</h2>${recent(p).map((j) => `<div class="j"><b>${j.title}</b><div>${j.company}</div><div class="g">${f.mon(j.start)} - ${j.end ? f.mon(j.end) : 'Present'} (${durEn(monthsOf(j))}) · ${j.city}</div><div>${j.notes.join('. ')}</div></div>`).join('')}
  ${(p.breaks ?? []).map((b) => `<div class="j"><b>Career break</b><div class="g">${f.mon(b.start)} - ${f.mon(b.end)}</div><div>${b.reason}</div></div>`).join('')}
  <h2>Education</h2>${p.education.map((e) => `<div class="j"><b>${e.degree} in ${e.field}</b><div>${e.school}</div><div class="g">Finished ${f.mon(e.end)}</div></div>`).join('')}
  <h2>Licences &amp; certifications</h2>${p.certs.map((c) => `<p>${c}</p>`).join('')}<h2>Right to work</h2><p>Malaysian citizen · Available 1 month after offer</p></div></div>`);
}

/** A-share listed-company announcement annex: 董事会秘书/高管 候选人简历 in the exchange's prose style. */
function gonggao(p: Person): string {
  const jobs = p.work.map((j) => `${f.zh(j.start)}至${j.end ? f.zh(j.end) : '今'}，任${j.company === p.work.at(-1)!.company ? '公司' : j.company}${j.title}`).join('；');
  return html(`body{font-family:'WenQuanYi Zen Hei',serif;font-size:11.5pt;line-height:1.9}.hd{display:flex;justify-content:space-between;font-size:9.5pt;border-bottom:1px solid #000;padding-bottom:2px}
  h1{text-align:center;font-size:16pt;margin:18px 0 6px}.c{text-align:center}p{text-indent:2em;margin:6px 0}`,
  `<div class="hd"><span>证券代码：688${p.id.slice(1)}7　　证券简称：博达智装</span><span>公告编号：2026-041</span></div>
  <h1>${p.work.at(-1)!.company}<br>关于聘任董事会秘书的公告</h1>
  <p>本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、准确性和完整性依法承担法律责任。</p>
  <p>公司于2026年10月28日召开第三届董事会第十二次会议，审议通过了《关于聘任董事会秘书的议案》，同意续聘${p.name}先生为公司董事会秘书，任期自本次董事会审议通过之日起至第三届董事会任期届满之日止。${p.name}先生已取得上海证券交易所颁发的董事会秘书资格证书，其任职资格符合《公司法》《上海证券交易所科创板股票上市规则》等相关规定。</p>
  <p>特此公告。</p><p style="text-align:right">${p.work.at(-1)!.company}董事会<br>2026年10月30日</p>
  <h1 style="font-size:13pt;text-align:left;margin-top:24px">附件：${p.name}先生简历</h1>
  <p>${p.name}先生，${Y(p.born)}年${M(p.born)}月出生，中国国籍，无境外永久居留权，本科学历，EMBA，中国注册会计师（非执业会员），高级会计师。${jobs}。</p>
  <p>截至本公告披露日，${p.name}先生直接持有公司股份320,000股，与公司控股股东、实际控制人、持股5%以上股东及其他董事、高级管理人员不存在关联关系；未受过中国证监会及其他有关部门的处罚和证券交易所惩戒，不属于失信被执行人。</p>`, 'zh-CN');
}

/** HKEX AGM circular appendix: details of the retiring director proposed for re-election (Rule 13.51(2)). */
function hkcircular(p: Person): string {
  const cur = p.work.filter((j) => j.company === p.work.at(-1)!.company);
  const prev = p.work.filter((j) => j.company !== p.work.at(-1)!.company);
  return html(`body{font-family:'Liberation Serif','WenQuanYi Zen Hei',serif;font-size:11pt;line-height:1.5}.hd{text-align:center;font-size:10pt;border-bottom:1px solid #000;padding-bottom:3px;letter-spacing:1px}
  h1{text-align:center;font-size:12pt;margin:16px 0 10px}p{text-align:justify;margin:8px 0}.ft{text-align:center;font-size:9.5pt;margin-top:20px}`,
  `<div class="hd">APPENDIX II &nbsp;&nbsp;&nbsp; DETAILS OF THE RETIRING DIRECTOR PROPOSED FOR RE-ELECTION</div>
  <p>The following are the particulars of the Director who will retire at the AGM and, being eligible, will offer himself for re-election.</p>
  <h1>Mr. ${p.latin} (${p.name})</h1>
  <p><b>Mr. ${p.latin} (${p.name})</b>, aged ${age(p)}, is an executive director of ${cur[0]!.company} (the "<b>Company</b>", together with its subsidiaries, the "<b>Group</b>"). Mr. Liu joined the Group in ${f.month(cur[0]!.start)} as the ${cur[0]!.title} of the Company and held that position until ${f.month(cur[0]!.end!)}. He has been an ${cur[1]!.title.toLowerCase()} of the Company since ${f.month(cur[1]!.start)}, and is responsible for the investment and finance functions of the Group.</p>
  <p>Prior to joining the Group, Mr. Liu worked at ${prev[1]!.company} from ${f.month(prev[1]!.start)} to ${f.month(prev[2]!.end!)}, first as an ${prev[1]!.title.toLowerCase()} and, from ${f.month(prev[2]!.start)}, as a ${prev[2]!.title.toLowerCase()} in its corporate finance division. From ${f.month(prev[0]!.start)} to ${f.month(prev[0]!.end!)}, he was an ${prev[0]!.title.toLowerCase()} at ${prev[0]!.company.replace(/\.$/, "")}.</p>
  <p>Mr. Liu obtained a ${p.education[0]!.degree.toLowerCase()} degree in ${p.education[0]!.field.toLowerCase()} from ${p.education[0]!.school} in ${Y(p.education[0]!.end)} and an ${p.education[1]!.degree} degree from ${p.education[1]!.school} in ${Y(p.education[1]!.end)}. He is a ${p.certs[0]} and a ${p.certs[1]!.replace('Fellow,', 'fellow of the')}.</p>
  <p>Mr. Liu has entered into a service contract with the Company for a term of three years commencing from ${f.month(cur[1]!.start).replace(/^(\w+)/, '1 $1')}, subject to retirement by rotation and re-election at annual general meetings in accordance with the articles of association of the Company. Under the service contract, Mr. Liu is entitled to an annual salary of HK$3,600,000 and a discretionary bonus determined by the Board with reference to the Group's performance.</p>
  <p>As at the Latest Practicable Date, Mr. Liu was interested in 2,450,000 Shares within the meaning of Part XV of the SFO. Save as disclosed above, Mr. Liu (i) did not hold any directorships in other listed public companies in the last three years; (ii) does not have any relationship with any Directors, senior management, substantial shareholders or controlling shareholders of the Company; and (iii) does not hold any other positions with the Company or other members of the Group.</p>
  <p>Save as disclosed above, there is no other information which is required to be disclosed pursuant to Rule 13.51(2)(h) to (v) of the Listing Rules, and there are no other matters concerning Mr. Liu that need to be brought to the attention of the Shareholders.</p>
  <div class="ft">– II-1 –</div>`);
}

// ---------------------------------------------------------------- text templates
/** A résumé written as a man page (resume(7)), as rendered by `man` to plain text. */
function manpage(p: Person): string {
  const T = p.name.split(' ').at(-1)!.toUpperCase();
  const hd = `${T}(7)`.padEnd(26) + 'Miscellaneous Information Manual'.padEnd(46) + `${T}(7)`;
  const w = (s: string, ind = 7) => { const out: string[] = []; let line = ''; for (const word of s.split(' ')) { if ((line + ' ' + word).trim().length > 78 - ind) { out.push(' '.repeat(ind) + line.trim()); line = word; } else line += ' ' + word; } if (line.trim()) out.push(' '.repeat(ind) + line.trim()); return out.join('\n'); };
  const exp = recent(p).map((j) => `       ${j.company}, ${j.city}\n              ${j.title}, ${f.mon(j.start)} - ${j.end ? f.mon(j.end) : 'present'}\n${j.notes.map((n) => w('- ' + n, 14)).join('\n')}`).join('\n\n');
  return `${hd}\n\nNAME\n       ${p.name.toLowerCase().replace(/ /g, '-')} - ${p.headline.toLowerCase()}\n\nSYNOPSIS\n       ${p.name.split(' ')[0]!.toLowerCase()} [--remote] [--hybrid ${p.city.split(',')[0]!.toLowerCase()}] [--contract | --permanent]\n\nDESCRIPTION\n       ${p.name} (${p.headline}).\n${w(p.summary)}\n\nCONTACT\n       Phone   ${p.phoneLocal}\n       Email   ${p.email}\n       Address ${p.address}\n\nEXPERIENCE\n${exp}\n\nSKILLS\n${w(p.skills.join(', '))}\n\nEDUCATION\n${p.education.map((e) => `       ${e.degree} ${e.field}, ${e.school} (${Y(e.start)}-${Y(e.end)})`).join('\n')}\n\nCERTIFICATIONS\n${(p.certs.length ? p.certs : ['none listed']).map((c) => `       ${c}`).join('\n')}\n\nSEE ALSO\n       linkedin(1), github(1)\n\nBUGS\n       Will refactor your build scripts whether asked to or not.\n\n${'resume 2026.10'.padEnd(34)}${'October 2026'.padEnd(38)}${T}(7)\n`;
}

/** 求职自荐信 (cover letter in the Chinese 自荐信 style) with an attached short 简历 block. */
function zijianxin(p: Person): string {
  const jobs = p.work.map((j) => `${f.zh(j.start)}至${j.end ? f.zh(j.end) : '今'}，在${j.company}担任${j.title}，${j.notes.join('，')}。`).join('\n　　');
  const br = (p.breaks ?? []).map((b) => `\n　　（${f.zh(b.start)}至${f.zh(b.end)}因${b.reason}离职一年。）`).join('');
  return `自 荐 信\n\n尊敬的领导：\n\n　　您好！感谢您在百忙之中阅读我的自荐信。我叫${p.name}，${Y(p.born)}年出生，${p.education[0]!.degree}毕业于${p.education[0]!.school}${p.education[0]!.field}专业。${p.summary}\n\n　　我的工作经历如下：\n　　${jobs}${br}\n\n　　个人技能：${p.skills.join('、')}。\n　　所获证书：${p.certs.join('、')}。\n\n　　贵单位${p.id === 'p09' ? '办学理念先进、重视教师成长' : '发展前景广阔、平台专业'}，我非常希望能有机会加入，为贵单位贡献自己的力量。随信附上简历，恳请给予面试机会。\n\n　　此致\n敬礼！\n\n　　　　　　　　　　　　　　　　　　　　自荐人：${p.name}\n　　　　　　　　　　　　　　　　　　　　2026年10月\n\n联系电话：${p.phoneLocal}\n电子邮箱：${p.email}\n通讯地址：${p.address}\n`;
}

// ---------------------------------------------------------------- DOCX helpers
type Run = { t: string; b?: boolean; i?: boolean; s?: number; c?: string; u?: boolean };
const FONT_EN = { ascii: 'Calibri', hAnsi: 'Calibri', eastAsia: 'SimSun', cs: 'Calibri' };
const FONT_ZH = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体', cs: 'Times New Roman' };
const R = (r: Run | string) => { const x = typeof r === 'string' ? { t: r } : r; return new TextRun({ text: x.t, bold: x.b, italics: x.i, size: x.s, color: x.c, underline: x.u ? {} : undefined }); };
const P = (runs: (Run | string)[] | string, o: { a?: (typeof AlignmentType)[keyof typeof AlignmentType]; after?: number; before?: number; tab?: number; bullet?: boolean; border?: string; indent?: number } = {}) =>
  new Paragraph({
    children: (typeof runs === 'string' ? [runs] : runs).map(R), alignment: o.a, spacing: { after: o.after ?? 40, before: o.before ?? 0 },
    tabStops: o.tab ? [{ type: TabStopType.RIGHT, position: o.tab }] : undefined, bullet: o.bullet ? { level: 0 } : undefined,
    indent: o.indent ? { left: o.indent } : undefined,
    border: o.border ? { bottom: { style: BorderStyle.SINGLE, size: 8, color: o.border, space: 1 } } : undefined,
  });
const NB = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
type CellOpt = { w: number; span?: number; rows?: number; fill?: string; b?: boolean; a?: (typeof AlignmentType)[keyof typeof AlignmentType]; none?: boolean; v?: 'c' };
const C = (content: string | Paragraph[], o: CellOpt) => new TableCell({
  children: typeof content === 'string' ? content.split('\n').map((l) => P([{ t: l, b: o.b }], { a: o.a, after: 0 })) : content,
  width: { size: o.w, type: WidthType.DXA }, columnSpan: o.span, rowSpan: o.rows,
  shading: o.fill ? { fill: o.fill, type: ShadingType.CLEAR, color: 'auto' } : undefined,
  verticalAlign: o.v === 'c' ? VerticalAlign.CENTER : VerticalAlign.TOP,
  margins: { top: 50, bottom: 50, left: 90, right: 90 },
  borders: o.none ? { top: NB, bottom: NB, left: NB, right: NB } : undefined,
});
const Rw = (cells: TableCell[], h?: number) => new TableRow({ children: cells, height: h ? { value: h, rule: HeightRule.ATLEAST } : undefined, cantSplit: true });
const T = (widths: number[], rows: TableRow[], none = false) => new Table({
  rows, width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED,
  borders: none ? { top: NB, bottom: NB, left: NB, right: NB, insideHorizontal: NB, insideVertical: NB } : { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
});
const doc = (children: (Paragraph | Table)[], o: { zh?: boolean; size?: number; header?: Paragraph[]; footer?: Paragraph[]; margin?: number } = {}) => new Document({
  creator: 'Microsoft Office User', styles: { default: { document: { run: { font: o.zh ? FONT_ZH : FONT_EN, size: o.size ?? 21 } } } },
  sections: [{
    properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: o.margin ?? 1134, bottom: o.margin ?? 1134, left: o.margin ?? 1134, right: o.margin ?? 1134 } } },
    headers: o.header ? { default: new Header({ children: o.header }) } : undefined,
    footers: o.footer ? { default: new Footer({ children: o.footer }) } : undefined,
    children,
  }],
});
const pageOf = (pre: string) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [pre, 'Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 16, color: '666666' })] });
const W = 9638; // A4 text width at 2 cm margins, twips

/** Ethiopian / East African NGO-style CV: numbered sections, all in ruled tables, G.C. dates, certification and signature. */
function ethiopia(p: Person): Document {
  const g = (s: string) => `${f.mon(s)} G.C.`;
  const H = (n: number, t: string) => P([{ t: `${n}. ${t}`, b: true, s: 23 }], { before: 200, after: 80 });
  const pd: [string, string][] = [['Full Name', p.name], ['Sex', p.gender === 'M' ? 'Male' : 'Female'], ['Date of Birth', `${ymd(p.born)} G.C.`], ['Nationality', p.nationality],
    ['Marital Status', p.id === 'p01' ? 'Married' : 'Single'], ['Address', p.address], ['Mobile', p.phoneLocal], ['E-mail', p.email]];
  return doc([
    P([{ t: 'CURRICULUM VITAE', b: true, s: 32, u: true }], { a: AlignmentType.CENTER, after: 200 }),
    H(1, 'PERSONAL DATA'), T([2800, 6838], pd.map(([k, v]) => Rw([C(k, { w: 2800, b: true, fill: 'F2F2F2' }), C(v, { w: 6838 })]))),
    H(2, 'EDUCATIONAL BACKGROUND'), T([500, 3000, 2300, 2138, 1700], [Rw(['No', 'Institution', 'Qualification', 'Field of Study', 'Year of Graduation'].map((t, i) => C(t, { w: [500, 3000, 2300, 2138, 1700][i]!, b: true, fill: 'D9D9D9' }))),
      ...p.education.map((e, i) => Rw([C(`${i + 1}`, { w: 500 }), C(e.school, { w: 3000 }), C(e.degree, { w: 2300 }), C(e.field, { w: 2138 }), C(`${f.month(e.end)}`, { w: 1700 })]))]),
    H(3, 'WORK EXPERIENCE'), T([450, 2550, 2300, 1400, 1400, 1538], [Rw(['No', 'Name of Organization', 'Position Held', 'From', 'To', 'Service'].map((t, i) => C(t, { w: [450, 2550, 2300, 1400, 1400, 1538][i]!, b: true, fill: 'D9D9D9' }))),
      ...p.work.map((j, i) => Rw([C(`${i + 1}`, { w: 450 }), C(j.company, { w: 2550 }), C(j.title, { w: 2300 }), C(g(j.start), { w: 1400 }), C(j.end ? g(j.end) : 'To date', { w: 1400 }), C(durEn(monthsOf(j)), { w: 1538 })]))]),
    P([{ t: 'Major duties and responsibilities (most recent position):', b: true }], { before: 120 }),
    ...recent(p)[0]!.notes.map((n) => P(n, { bullet: true, after: 20 })),
    H(4, 'SKILLS'), T([2800, 6838], [Rw([C('Computer & technical skills', { w: 2800, b: true, fill: 'F2F2F2' }), C(p.skills.join(', '), { w: 6838 })])]),
    H(5, 'LANGUAGE PROFICIENCY'), T([2800, 2279, 2279, 2280], [Rw(['Language', 'Speaking', 'Reading', 'Writing'].map((t, i) => C(t, { w: [2800, 2279, 2279, 2280][i]!, b: true, fill: 'D9D9D9' }))),
      ...p.languages.map((l, i) => Rw([C(l, { w: 2800 }), ...[0, 1, 2].map(() => C(i === 0 ? 'Excellent' : i === 1 ? 'Very Good' : 'Good', { w: 2279 }))]))]),
    H(6, 'TRAININGS AND CERTIFICATES'), ...p.certs.map((c) => P(c, { bullet: true })),
    H(7, 'REFERENCES'), T([500, 2600, 3538, 3000], [Rw(['No', 'Name', 'Position & Organization', 'Telephone'].map((t, i) => C(t, { w: [500, 2600, 3538, 3000][i]!, b: true, fill: 'D9D9D9' }))),
      ...(p.referees ?? []).map((r, i) => Rw([C(`${i + 1}`, { w: 500 }), C(r.name, { w: 2600 }), C(`${r.role}, ${r.org}`, { w: 3538 }), C(r.phone, { w: 3000 })]))]),
    P('I, the undersigned, certify that to the best of my knowledge and belief, this CV correctly describes myself, my qualifications and my experience.', { before: 240 }),
    P(`Name: ${p.name}          Signature: ____________________          Date: ____________`, { before: 240 }),
  ], { footer: [pageOf('')] });
}

/** Indian IT-services company résumé: employee header table, skills table, career profile and per-project tables. */
function itservices(p: Person): Document {
  const hd = (t: string) => P([{ t, b: true, s: 22, c: '1F3864' }], { before: 200, after: 80, border: '1F3864' });
  const cats = p.id === 'p02' ? [['Languages', [0]], ['Frameworks', [1, 2, 7]], ['Databases', [3]], ['Messaging & Cloud', [4, 5]], ['DevOps', [6]], ['Insurance Platforms', [8]]]
    : [['Languages & Libraries', [0, 1]], ['Big Data', [2, 6]], ['Modelling', [3, 4, 7]], ['Visualisation', [5]]];
  const kv = (k: string, v: string) => Rw([C(k, { w: 2400, b: true, fill: 'DEEAF6' }), C(v, { w: 7238 })]);
  return doc([
    T([6838, 2800], [Rw([C([P([{ t: disp(p), b: true, s: 30 }]), P(p.headline), P(`${p.phoneLocal} | ${p.email}`)], { w: 6838, none: true }),
      C([P([{ t: p.id === 'p02' ? 'Employee ID: 2104482' : 'Employee ID: 1790316', s: 18 }]), P([{ t: `Location: ${p.city}`, s: 18 }]), P([{ t: `Total Experience: ${Math.floor(yearsWorked(p.work, REF))}+ years`, s: 18 }])], { w: 2800, none: true })])], true),
    hd('PROFESSIONAL SUMMARY'), ...p.summary.split('. ').filter(Boolean).map((s) => P(s.replace(/\.$/, '') + '.', { bullet: true, after: 20 })),
    hd('TECHNICAL SKILLS'), T([2400, 7238], cats.map(([k, ix]) => kv(k as string, (ix as number[]).map((i) => p.skills[i]!).join(', ')))),
    hd('CAREER PROFILE'), T([3400, 3638, 2600], [Rw(['Organization', 'Designation', 'Duration'].map((t, i) => C(t, { w: [3400, 3638, 2600][i]!, b: true, fill: 'BDD7EE' }))),
      ...recent(p).map((j) => Rw([C(j.company, { w: 3400 }), C(j.title, { w: 3638 }), C(range(j, f.mon, ' – ', 'Till date'), { w: 2600 })]))]),
    hd('PROJECT DETAILS'),
    ...recent(p).flatMap((j, i) => [P([{ t: `Project #${i + 1}`, b: true }], { before: 100 }), T([2400, 7238], [
      kv('Organization', j.company), kv('Client', ['Leading US P&C insurer', 'US specialty insurer', 'UK motor insurer', 'Indian general insurer', 'US retail chain', 'Telecom operator'][(i + (p.id === 'p16' ? 4 : 0)) % 6]!),
      kv('Duration', range(j, f.mon, ' – ', 'Till date')), kv('Role', j.title), kv('Environment', p.skills.slice(0, 4).join(', ')), kv('Responsibilities', j.notes.join('; ')),
    ])]),
    hd('EDUCATION'), T([3000, 4638, 2000], [Rw(['Degree', 'Institute', 'Year'].map((t, i) => C(t, { w: [3000, 4638, 2000][i]!, b: true, fill: 'BDD7EE' }))), ...p.education.map((e) => Rw([C(`${e.degree} (${e.field})`, { w: 3000 }), C(e.school, { w: 4638 }), C(Y(e.end), { w: 2000 })]))]),
    hd('CERTIFICATIONS'), ...(p.certs.length ? p.certs : ['—']).map((c) => P(c, { bullet: true })),
    hd('PERSONAL DETAILS'), T([2400, 7238], [kv('Languages known', p.languages.join(', ')), kv('Address', p.address)]),
  ], { size: 20, footer: [P([{ t: 'Confidential – for client submission only', s: 16, c: '808080' }], { a: AlignmentType.CENTER })] });
}

/** UK IT contractor CV: headline with clearance/IR35, Key Skills, Contract History vs Permanent Employment, page x of y footer. */
function contractor(p: Person): Document {
  const H = (t: string) => P([{ t, b: true, s: 24, c: '2E5E4E' }], { before: 220, after: 80, border: '2E5E4E' });
  const role = (j: Job) => [P([{ t: `${j.company}`, b: true }, { t: ` – ${j.title}` }, { t: `\t${range(j, f.mon, ' – ', 'Present')}` }], { tab: W, before: 100, after: 20 }),
    P([{ t: j.city + (j.company === 'Halcyon Retail Group' ? ' (via Mason Rourke Recruitment)' : ''), i: true, c: '555555' }], { after: 20 }), ...j.notes.map((n) => P(n, { bullet: true, after: 10 }))];
  const contracts = recent(p).filter((j) => j.title.startsWith('Contract'));
  const perm = recent(p).filter((j) => !j.title.startsWith('Contract'));
  return doc([
    P([{ t: p.name, b: true, s: 40 }], { after: 20 }),
    P([{ t: `${p.headline} | SC Cleared | Outside IR35 | Available from January 2027`, s: 22, c: '2E5E4E' }], { after: 40 }),
    P(`${p.city} (UK-wide hybrid) · ${p.phoneLocal} · ${p.email} · linkedin.com/in/garethpryce`, { after: 100 }),
    H('Profile'), P(p.summary),
    H('Key Skills'), ...p.skills.map((s) => P(s, { bullet: true, after: 10 })),
    H('Contract History'), ...contracts.flatMap(role),
    H('Permanent Employment'), ...perm.flatMap(role),
    H('Education & Certifications'), ...p.education.map((e) => P([{ t: `${e.degree} ${e.field}`, b: true }, ` – ${e.school} (${Y(e.start)}–${Y(e.end)})`])), ...p.certs.map((c) => P(c, { bullet: true })),
    H('Additional'), P(`Languages: ${p.languages.join(', ')}. Full UK driving licence. Trading through Pryce Digital Ltd (VAT registered).`), P('References available on request.'),
  ], { footer: [pageOf(`${p.name} – CV – `)] });
}

/** Word "Headshot" style résumé: two-column borderless table, shaded left column with photo box. Labels follow the person's language. */
function headshot(p: Person): Document {
  const zh = p.language === 'zh', mix = p.language === 'mixed';
  const L = zh ? { c: '聯絡資訊', s: '專業技能', l: '語言', cert: '證照', pr: '個人簡介', ex: '工作經歷', ed: '學歷', now: '至今', tel: '電話', em: 'Email', ad: '地址', ph: '照片' }
    : mix ? { c: 'CONTACT 联系方式', s: 'SKILLS 技能', l: 'LANGUAGES 语言', cert: 'CERTIFICATIONS 证书', pr: 'PROFILE 个人简介', ex: 'EXPERIENCE 工作经历', ed: 'EDUCATION 教育背景', now: 'Present', tel: 'Mobile', em: 'Email', ad: 'Address', ph: 'PHOTO' }
      : { c: 'CONTACT', s: 'SKILLS', l: 'LANGUAGES', cert: 'CERTIFICATIONS', pr: 'PROFILE', ex: 'EXPERIENCE', ed: 'EDUCATION', now: 'Present', tel: 'Phone', em: 'Email', ad: 'Address', ph: 'PHOTO' };
  const fm = zh ? f.tw : f.mon;
  const acc = '1E6B63';
  const h = (t: string) => P([{ t, b: true, s: 22, c: acc }], { before: 200, after: 60, border: acc });
  const left = [
    T([2600], [Rw([C([P([{ t: L.ph, c: '999999' }], { a: AlignmentType.CENTER })], { w: 2600, v: 'c', fill: 'FFFFFF' })], 2500)]),
    h(L.c), P([{ t: `${L.tel}: `, b: true }, p.phoneLocal]), P([{ t: `${L.em}: `, b: true }, p.email]), P([{ t: `${L.ad}: `, b: true }, p.address]),
    h(L.s), ...p.skills.map((s) => P(s, { bullet: true, after: 10 })), h(L.l), ...p.languages.map((s) => P(s, { after: 10 })), h(L.cert), ...p.certs.map((s) => P(s, { after: 20 })),
  ];
  const right = [
    P([{ t: mix ? `${p.latin}  ${p.name}` : p.name, b: true, s: 44, c: acc }], { after: 20 }), P([{ t: p.headline, s: 24, c: '555555' }], { after: 80 }),
    h(L.pr), P(p.summary),
    h(L.ex), ...recent(p).flatMap((j) => [P([{ t: j.title, b: true }, { t: `\t${range(j, fm, ' – ', L.now)}`, c: '555555' }], { tab: 6600, before: 80, after: 0 }),
      P([{ t: `${j.company}${zh ? '，' : ', '}${j.city}`, i: true }], { after: 20 }), ...j.notes.map((n) => P(n, { bullet: true, after: 10 }))]),
    ...(p.breaks ?? []).map((b) => P([{ t: `${range(b, fm, ' – ', '')}: ${b.reason}`, i: true, c: '555555' }], { before: 60 })),
    h(L.ed), ...[...p.education].reverse().flatMap((e) => [P([{ t: `${e.degree}${zh ? ' ' : ', '}${e.field}`, b: true }], { before: 60, after: 0 }), P(`${e.school}  ${fm(e.start)} – ${fm(e.end)}`)]),
  ];
  return doc([T([3000, 6638], [Rw([C(left, { w: 3000, fill: 'E8F1EF', none: true }), C(right, { w: 6638, none: true })])], true)], { zh, size: 19, margin: 907 });
}

/** 腾讯文档 résumé template exported as .docx: centred name, info line, headings with a coloured rule, right-tab dates. */
function txdocs(p: Person): Document {
  const acc = '2F6FD6';
  const H = (t: string) => P([{ t, b: true, s: 24, c: acc }], { before: 200, after: 80, border: acc });
  return doc([
    P([{ t: p.name, b: true, s: 40 }], { a: AlignmentType.CENTER, after: 60 }),
    P(`${p.gender === 'M' ? '男' : '女'} | ${age(p)}岁 | ${zhPhone(p)} | ${p.email}`, { a: AlignmentType.CENTER, after: 20 }),
    P(`求职意向：${p.headline} | 期望城市：${p.city}`, { a: AlignmentType.CENTER, after: 120 }),
    H('教育经历'), ...[...p.education].reverse().map((e) => P([{ t: `${e.school}`, b: true }, `　${e.field}　${e.degree}`, { t: `\t${f.dot(e.start)} - ${f.dot(e.end)}` }], { tab: W })),
    H('工作经历'), ...recent(p).flatMap((j) => [P([{ t: j.company, b: true }, `　${j.title}`, { t: `\t${range(j, f.dot, ' - ', '至今')}` }], { tab: W, before: 80, after: 20 }), ...j.notes.map((n) => P(n, { bullet: true, after: 10 }))]),
    ...(p.breaks ?? []).map((b) => P([{ t: `${range(b, f.dot, ' - ', '')}　${b.reason}`, c: '666666' }], { before: 60 })),
    H('专业技能'), P(p.skills.join(' / ')),
    H('证书'), P(p.certs.join('；')),
    H('自我评价'), P(p.summary),
  ], { zh: true, size: 21 });
}

/** 教师资格认定申请表 (teacher-qualification certification application), Word table with photo cell, 个人简历 grid and signatures. */
function jiaoshizige(p: Person): Document {
  const w6 = [1300, 1450, 1000, 1350, 1250, 1200], ph = 1350;
  const sp = (i: number, n: number) => w6.slice(i, i + n).reduce((x, y) => x + y, 0) + (i + n > 6 ? ph : 0);
  const k = (t: string, i: number, n = 1) => C(t, { w: sp(i, n), span: n > 1 ? n : undefined, a: AlignmentType.CENTER, v: 'c' });
  const v = (t: string, i: number, n = 1) => C(t, { w: sp(i, n), span: n > 1 ? n : undefined, v: 'c' });
  const full = sp(0, 7);
  const rows = [
    Rw([k('姓　　名', 0), v(p.name, 1), k('性别', 2), v('女', 3), k('民族', 4), v('汉族', 5), C('照片\n（小二寸）', { w: ph, rows: 4, a: AlignmentType.CENTER, v: 'c' })], 520),
    Rw([k('出生日期', 0), v(f.zh(p.born) + Number(p.born.slice(8)) + '日', 1), k('政治面貌', 2), v('中共党员', 3), k('证件类型', 4), v('居民身份证', 5)], 520),
    Rw([k('证件号码', 0), v('350181199302153526', 1, 3), k('普通话水平', 4), v('二级甲等', 5)], 520),
    Rw([k('申请资格种类', 0), v('高级中学教师资格', 1, 3), k('任教学科', 4), v('英语', 5)], 520),
    Rw([k('最高学历', 0), v(p.education[0]!.degree, 1), k('学位', 2), v('文学学士', 3), k('毕业时间', 4), v(f.zh(p.education[0]!.end), 5, 2)], 520),
    Rw([k('毕业学校', 0), v(p.education[0]!.school, 1, 3), k('所学专业', 4), v(p.education[0]!.field, 5, 2)], 520),
    Rw([k('现工作单位', 0), v(p.work.at(-1)!.company, 1, 3), k('职务', 4), v('年级组长', 5, 2)], 520),
    Rw([k('通讯地址', 0), v(p.address, 1, 3), k('邮政编码', 4), v('350001', 5, 2)], 520),
    Rw([k('联系电话', 0), v(zhPhone(p), 1, 2), k('电子邮箱', 3), v(p.email, 4, 3)], 520),
    Rw([k('个人特长', 0), v(p.skills.join('、'), 1, 6)], 620),
    Rw([C([P([{ t: '个人简历（从高中起填写）', b: true }], { a: AlignmentType.CENTER, after: 0 })], { w: full, span: 7 })], 400),
    Rw([k('起止年月', 0, 2), k('在何学校（单位）学习或工作', 2, 3), k('任何职务', 5), k('证明人', 6)], 400),
    Rw([v('2008.09—2011.06', 0, 2), v('福清市第二中学', 2, 3), v('学生', 5), v('陈国平', 6)], 400),
    Rw([v(`${f.dot(p.education[0]!.start)}—${f.dot(p.education[0]!.end)}`, 0, 2), v(`${p.education[0]!.school}外国语学院`, 2, 3), v('学生', 5), v('郑秀兰', 6)], 400),
    ...p.work.map((j, i) => Rw([v(`${f.dot(j.start)}—${j.end ? f.dot(j.end) : '至今'}`, 0, 2), v(j.company, 2, 3), v(j.title, 5), v(['吴丽华', '黄建新', '陈美玲', '陈美玲'][i]!, 6)], 400)),
    Rw([C([P([{ t: '申请人承诺', b: true }], { after: 40 }), P('本人承诺所填写的信息及提交的材料真实有效，如有虚假，本人愿承担由此产生的一切后果。', { after: 80 }),
      P('申请人签名：　　　　　　　　　　　　　　　　　　年　　月　　日', { a: AlignmentType.RIGHT })], { w: full, span: 7 })], 1000),
    Rw([k('所在单位\n思想品德\n鉴定意见', 0), C([P('', { after: 360 }), P('（盖章）　　　　年　　月　　日', { a: AlignmentType.RIGHT })], { w: sp(1, 6), span: 6 })], 1100),
    Rw([k('认定机构\n审查意见', 0), C([P('', { after: 360 }), P('审查人：　　　　　（盖章）　　　　年　　月　　日', { a: AlignmentType.RIGHT })], { w: sp(1, 6), span: 6 })], 1100),
  ];
  return doc([
    P([{ t: '教师资格认定申请表', b: true, s: 36 }], { a: AlignmentType.CENTER, after: 80 }),
    P([{ t: '（2026年下半年）　　　　　　　　　　　　　　申请编号：3501262026005418', s: 18 }], { a: AlignmentType.CENTER, after: 80 }),
    T([...w6, ph], rows),
    P([{ t: '注：本表一式两份，一份存入申请人档案，一份由认定机构留存。', s: 18 }], { before: 60 }),
  ], { zh: true, size: 21, margin: 1000 });
}

/** Airline cabin-crew application form: passport and full-length photo boxes, physical particulars, employment grid, declaration. */
function cabincrew(p: Person): Document {
  const sec = (t: string) => P([{ t, b: true, s: 21, c: 'FFFFFF' }], { before: 160, after: 40 });
  const band = (t: string) => T([W], [Rw([C([sec(t)], { w: W, fill: '7A1F3D' })])]);
  const kv = (a: string, b: string, c: string, d: string) => Rw([C(a, { w: 2200, b: true, fill: 'F3E8EC' }), C(b, { w: 2619 }), C(c, { w: 2200, b: true, fill: 'F3E8EC' }), C(d, { w: 2619 })]);
  return doc([
    T([6838, 1400, 1400], [Rw([C([P([{ t: 'LOTUS PACIFIC AIRLINES', b: true, s: 30, c: '7A1F3D' }]), P([{ t: 'CABIN CREW APPLICATION FORM', b: true, s: 24 }]), P([{ t: 'Please complete in BLOCK LETTERS. Attach copies of passport and certificates.', s: 16, i: true }])], { w: 6838, none: true }),
      C('Passport\nphoto\n(35 x 50 mm)', { w: 1400, a: AlignmentType.CENTER, v: 'c' }), C('Full-length\nphoto', { w: 1400, a: AlignmentType.CENTER, v: 'c' })], 1900)]),
    band('SECTION A – PERSONAL PARTICULARS'),
    T([2200, 2619, 2200, 2619], [
      Rw([C('Full name (as in passport)', { w: 2200, b: true, fill: 'F3E8EC' }), C(p.latin!.toUpperCase(), { w: 2619 }), C('Name in Chinese characters', { w: 2200, b: true, fill: 'F3E8EC' }), C(p.name, { w: 2619 })]),
      kv('Date of birth', ymd(p.born), 'Nationality', p.nationality), kv('Passport no.', 'A 5812 2947', 'Passport expiry', '14/03/2031'),
      kv('Height (cm)', '163', 'Weight (kg)', '52'), kv('Arm reach (cm, on tiptoe)', '212', 'Visible tattoos / scars', 'No'),
      kv('Able to swim 50 m unaided', 'Yes', 'Corrective lenses', 'No'),
    ]),
    band('SECTION B – CONTACT DETAILS'),
    T([2200, 7438], [Rw([C('Mobile phone', { w: 2200, b: true, fill: 'F3E8EC' }), C(p.phoneLocal, { w: 7438 })]), Rw([C('E-mail', { w: 2200, b: true, fill: 'F3E8EC' }), C(p.email, { w: 7438 })]), Rw([C('Home address', { w: 2200, b: true, fill: 'F3E8EC' }), C(p.address, { w: 7438 })])]),
    band('SECTION C – EDUCATION'),
    T([3600, 3038, 1500, 1500], [Rw(['Institution', 'Qualification', 'From (MM/YYYY)', 'To (MM/YYYY)'].map((t, i) => C(t, { w: [3600, 3038, 1500, 1500][i]!, b: true, fill: 'F3E8EC' }))),
      ...p.education.map((e) => Rw([C(e.school, { w: 3600 }), C(`${e.degree} in ${e.field}`, { w: 3038 }), C(f.slash(e.start), { w: 1500 }), C(f.slash(e.end), { w: 1500 })]))]),
    band('SECTION D – EMPLOYMENT HISTORY (most recent first; explain any gaps)'),
    T([2400, 2150, 1350, 1350, 2388], [Rw(['Employer', 'Position', 'From (MM/YYYY)', 'To (MM/YYYY)', 'Reason for leaving'].map((t, i) => C(t, { w: [2400, 2150, 1350, 1350, 2388][i]!, b: true, fill: 'F3E8EC' }))),
      ...recent(p).map((j, i) => Rw([C(j.company, { w: 2400 }), C(j.title, { w: 2150 }), C(f.slash(j.start), { w: 1350 }), C(j.end ? f.slash(j.end) : 'Present', { w: 1350 }),
        C(['Currently employed', 'Promoted', 'Retrenched (COVID-19)', 'Career change to aviation', 'End of internship'][i]!, { w: 2388 })])),
      ...(p.breaks ?? []).map((b) => Rw([C(`Gap: ${b.reason}`, { w: 4550, span: 2 }), C(f.slash(b.start), { w: 1350 }), C(f.slash(b.end), { w: 1350 }), C('—', { w: 2388 })]))]),
    band('SECTION E – LANGUAGES'),
    T([3638, 3000, 3000], [Rw(['Language', 'Spoken', 'Written'].map((t, i) => C(t, { w: [3638, 3000, 3000][i]!, b: true, fill: 'F3E8EC' }))), ...p.languages.map((l, i) => Rw([C(l, { w: 3638 }), C(i < 3 ? 'Fluent' : 'Good', { w: 3000 }), C(i < 2 ? 'Fluent' : i === 2 ? 'Good' : 'Basic', { w: 3000 })]))]),
    band('SECTION F – SKILLS, LICENCES AND TRAINING'),
    T([2200, 7438], [Rw([C('Skills', { w: 2200, b: true, fill: 'F3E8EC' }), C(p.skills.map((s) => `• ${s}`).join('\n'), { w: 7438 })]), Rw([C('Licences / training', { w: 2200, b: true, fill: 'F3E8EC' }), C(p.certs.join('; '), { w: 7438 })])]),
    band('SECTION G – DECLARATION'),
    P('I declare that the information given in this form is true and complete. I understand that any false statement may result in my application being rejected or my employment being terminated.', { before: 80 }),
    P('Signature: ______________________________            Date: ____ / ____ / ________', { before: 300 }),
  ], { size: 19, margin: 850, footer: [P([{ t: 'LPA-HR-CC-01 (Rev. 4/2025)', s: 14, c: '888888' }], { a: AlignmentType.RIGHT })] });
}

// ---------------------------------------------------------------- plan
type Layout = 'single' | 'twocol' | 'table';
type Tpl = { layout: Layout; kind: 'html' | 'docx' | 'txt'; make: (p: Person) => string | Document };
const TPL: Record<string, Tpl> = {
  livecareer: { layout: 'twocol', kind: 'html', make: livecareer }, medium: { layout: 'single', kind: 'html', make: medium },
  developercv: { layout: 'twocol', kind: 'html', make: developercv }, skillsmatrix: { layout: 'table', kind: 'html', make: skillsmatrix },
  guopin: { layout: 'table', kind: 'html', make: guopin }, yes123: { layout: 'table', kind: 'html', make: yes123 }, bear518: { layout: 'twocol', kind: 'html', make: bear518 },
  jiajiao: { layout: 'table', kind: 'html', make: jiajiao }, chuangkit: { layout: 'twocol', kind: 'html', make: chuangkit }, lengxiong: { layout: 'twocol', kind: 'html', make: lengxiong },
  jobstreet: { layout: 'twocol', kind: 'html', make: jobstreet }, gonggao: { layout: 'single', kind: 'html', make: gonggao }, hkcircular: { layout: 'single', kind: 'html', make: hkcircular },
  manpage: { layout: 'single', kind: 'txt', make: manpage }, zijianxin: { layout: 'single', kind: 'txt', make: zijianxin },
  ethiopia: { layout: 'table', kind: 'docx', make: ethiopia }, itservices: { layout: 'table', kind: 'docx', make: itservices }, contractor: { layout: 'single', kind: 'docx', make: contractor },
  headshot: { layout: 'twocol', kind: 'docx', make: headshot }, txdocs: { layout: 'single', kind: 'docx', make: txdocs }, jiaoshizige: { layout: 'table', kind: 'docx', make: jiaoshizige },
  cabincrew: { layout: 'table', kind: 'docx', make: cabincrew },
};
const PLAN: Record<string, string[]> = {
  p01: ['ethiopia', 'livecareer', 'medium'], p02: ['itservices', 'skillsmatrix', 'developercv'], p03: ['contractor', 'manpage', 'livecareer'],
  p04: ['headshot', 'skillsmatrix', 'medium'], p05: ['ethiopia', 'livecareer', 'medium'], p06: ['developercv', 'manpage', 'skillsmatrix'],
  p07: ['headshot', 'livecareer'], p08: ['gonggao', 'guopin', 'txdocs'], p09: ['jiaoshizige', 'jiajiao', 'chuangkit', 'zijianxin'],
  p10: ['yes123', 'bear518', 'headshot'], p11: ['guopin', 'lengxiong', 'txdocs'], p12: ['chuangkit', 'guopin', 'txdocs', 'zijianxin'],
  p13: ['hkcircular', 'lengxiong', 'headshot'], p14: ['cabincrew', 'jobstreet'], p15: ['developercv', 'lengxiong', 'skillsmatrix', 'medium'],
  p16: ['itservices', 'skillsmatrix', 'medium'],
};

async function main() {
  rmSync(DOCS, { recursive: true, force: true });
  mkdirSync(DOCS, { recursive: true });
  const htmlJobs: [string, string][] = [];
  const documents: Record<string, string>[] = [];
  const layoutName = (l: Layout) => (l === 'twocol' ? 'two-column' : l);
  for (const p of people) {
    for (const name of PLAN[p.id]!) {
      const t = TPL[name]!;
      const base = `${p.id}-${t.layout}-${name}`;
      const add = (ext: string, producer: string) => documents.push({ file: `${base}.${ext}`, person: p.id, template: name, layout: layoutName(t.layout), producer, language: p.language });
      if (t.kind === 'html') { htmlJobs.push([`${base}.pdf`, t.make(p) as string]); add('pdf', 'chromium'); }
      else if (t.kind === 'txt') { writeFileSync(path.join(DOCS, `${base}.txt`), t.make(p) as string, 'utf8'); add('txt', 'txt'); }
      else { writeFileSync(path.join(DOCS, `${base}.docx`), await Packer.toBuffer(t.make(p) as Document)); add('docx', 'docx'); add('pdf', 'libreoffice'); }
    }
  }
  exportDocxToPdf(DOCS);
  await printHtml(DOCS, htmlJobs);
  const files = readdirSync(DOCS).sort();
  const listed = documents.map((d) => d.file!).sort();
  if (JSON.stringify(files) !== JSON.stringify(listed)) throw new Error(`documents/ does not match the plan:\n${files.join(' ')}\n${listed.join(' ')}`);
  const truth = {
    referenceDate: REF,
    people: people.map((p) => ({
      id: p.id, language: p.language, name: p.name, email: p.email, phone: p.phone,
      skills: p.skills.map((s) => [s, ...(p.skillAlt?.[s] ?? [])].join(' | ')),
      work: p.work.map((j) => ({ company: j.company, start: j.start, end: j.end })),
      yearsOfExperience: yearsWorked(p.work, REF),
    })),
    documents: documents.sort((a, b) => a.file!.localeCompare(b.file!)),
  };
  writeFileSync(path.join(HERE, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  writeFileSync(path.join(HERE, 'manifest.json'), JSON.stringify(manifestOf(DOCS, listed), null, 2) + '\n');
  console.log(`heldout-29: ${documents.length} documents for ${people.length} people`);
}
await main();
