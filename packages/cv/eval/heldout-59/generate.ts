/**
 * heldout-59 generator: writes documents/, truth.json and manifest.json.
 * Run from packages/cv: npx tsx eval/heldout-59/generate.ts [--force]
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType, BorderStyle, Column, ColumnBreak, Document, Footer, Header, LevelFormat, Packer, PageNumber, Paragraph,
  ShadingType, Table, TableCell, TableRow, TabStopType, TextRun, Textbox, VerticalAlign, WidthType,
} from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people, type Job, type Person } from './people.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docsDir = path.join(here, 'documents');
const REF = '2026-12';
if (existsSync(path.join(here, 'manifest.json')) && !process.argv.includes('--force')) {
  console.error('manifest.json exists; pass --force to regenerate');
  process.exit(1);
}
rmSync(docsDir, { recursive: true, force: true });
mkdirSync(docsDir, { recursive: true });

// ---------- helpers ----------
const P = (id: string) => people.find((p) => p.id === id)!;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const JAL = ['Farvardin', 'Ordibehesht', 'Khordad', 'Tir', 'Mordad', 'Shahrivar', 'Mehr', 'Aban', 'Azar', 'Dey', 'Bahman', 'Esfand'];
const y = (ym: string) => Number(ym.slice(0, 4));
const m = (ym: string) => Number(ym.slice(5, 7));
const mm = (ym: string) => ym.slice(5, 7);
const monYYYY = (ym: string) => `${MON[m(ym) - 1]} ${y(ym)}`;
const monthYYYY = (ym: string) => `${MONTH[m(ym) - 1]} ${y(ym)}`;
const jalali = (ym: string) => { const jm = (m(ym) - 3 + 12) % 12 || 12; const jy = m(ym) >= 4 ? y(ym) - 621 : y(ym) - 622; return { jm, jy }; };
const months = (j: Job) => { const e = j.end ?? REF; return (y(e) - y(j.start)) * 12 + m(e) - m(j.start) + 1; };
const newestFirst = (p: Person) => [...p.work].sort((a, b) => b.start.localeCompare(a.start));
const co = (p: Person, j: Job) => (p.language === 'mixed' && j.companyEn ? `${j.company} (${j.companyEn})` : j.company);
const ti = (p: Person, j: Job) => (j.titleEn ? `${j.title} ${j.titleEn}` : j.title);
const isTrad = (p: Person) => p.id === 'p14' || p.id === 'p15';
const font = (p: Person) => (isTrad(p) ? `"Noto Sans CJK TC","DejaVu Sans",sans-serif` : `"DejaVu Sans","WenQuanYi Zen Hei","Noto Sans CJK SC",sans-serif`);
const serifFont = (p: Person) => (isTrad(p) ? `"Noto Serif CJK TC","DejaVu Serif",serif` : `"DejaVu Serif","Noto Serif CJK SC",serif`);
const html = (p: Person, css: string, body: string, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>*{box-sizing:border-box}body{margin:0;font-family:${font(p)};font-size:10pt;color:#222;line-height:1.35}ul{margin:2px 0 4px 16px;padding:0}li{margin:0}${css}</style></head><body>${body}</body></html>`;
const avatar = (c = '#8a9bb0') => `<svg viewBox="0 0 60 72" width="100%" height="100%" preserveAspectRatio="xMidYMid slice"><rect width="60" height="72" fill="#e6ebf1"/><circle cx="30" cy="26" r="13" fill="${c}"/><path d="M6 72c2-17 12-24 24-24s22 7 24 24z" fill="${c}"/></svg>`;

type Doc = { file: string; person: string; template: string; layout: 'single' | 'two-column' | 'table'; producer: 'chromium' | 'docx' | 'libreoffice' | 'txt' };
const documents: Doc[] = [];
const htmlJobs: [string, string][] = [];
const docxJobs: [string, Document][] = [];
const short = { single: 'single', 'two-column': 'twocol', table: 'table' } as const;
function addHtml(id: string, layout: Doc['layout'], template: string, src: string) {
  const file = `${id}-${short[layout]}-${template}.pdf`;
  htmlJobs.push([file, src]);
  documents.push({ file, person: id, template, layout, producer: 'chromium' });
}
function addDocx(id: string, layout: Doc['layout'], template: string, doc: Document) {
  const base = `${id}-${short[layout]}-${template}`;
  docxJobs.push([`${base}.docx`, doc]);
  documents.push({ file: `${base}.docx`, person: id, template, layout, producer: 'docx' });
  documents.push({ file: `${base}.pdf`, person: id, template, layout, producer: 'libreoffice' });
}
function addTxt(id: string, template: string, text: string) {
  const file = `${id}-single-${template}.txt`;
  writeFileSync(path.join(docsDir, file), text, 'utf8');
  documents.push({ file, person: id, template, layout: 'single', producer: 'txt' });
}

// docx helpers
type RunOpt = { bold?: boolean; italics?: boolean; size?: number; color?: string; font?: string };
const run = (text: string, o: RunOpt = {}) => new TextRun({ text, ...o });
const para = (children: (TextRun | string)[] | string, o: Record<string, unknown> = {}) =>
  new Paragraph({ children: (typeof children === 'string' ? [children] : children).map((c) => (typeof c === 'string' ? new TextRun(c) : c)), spacing: { after: 60 }, ...o });
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const thin = { style: BorderStyle.SINGLE, size: 4, color: '666666' };
const allThin = { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin };
const cell = (content: (Paragraph | Table)[] | string, o: { w?: number; shade?: string; span?: number; bold?: boolean; vmerge?: 'restart' | 'continue' } = {}) =>
  new TableCell({
    children: typeof content === 'string' ? [para([run(content, { bold: o.bold })], { spacing: { after: 0 } })] : content,
    width: o.w ? { size: o.w, type: WidthType.DXA } : undefined,
    shading: o.shade ? { type: ShadingType.CLEAR, color: 'auto', fill: o.shade } : undefined,
    columnSpan: o.span, verticalAlign: VerticalAlign.CENTER,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
  });
const row = (cells: TableCell[]) => new TableRow({ children: cells, cantSplit: true });
const table = (rows: TableRow[], widths: number[], borders = allThin) => new Table({ rows, columnWidths: widths, width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, borders });
const zhFont = (p: Person) => (isTrad(p) ? 'Noto Sans CJK TC' : 'Noto Sans CJK SC');
const docOf = (p: Person, sections: ConstructorParameters<typeof Document>[0]['sections'], extra: Partial<ConstructorParameters<typeof Document>[0]> = {}) =>
  new Document({
    creator: p.enName ?? p.name, title: `CV ${p.enName ?? p.name}`,
    styles: { default: { document: { run: { font: { ascii: 'Liberation Sans', hAnsi: 'Liberation Sans', eastAsia: zhFont(p) }, size: 20 } } } },
    sections, ...extra,
  });
const A4 = { page: { size: { width: 11906, height: 16838 }, margin: { top: 1000, bottom: 1000, left: 1100, right: 1100 } } };

// ================= SINGLE =================
// hu-dotted: Hungarian önéletrajz habits in an English CV: family name first, "2021. 03. –" dotted dates, signed place and date
function huDotted(p: Person) {
  const d = (ym: string) => `${y(ym)}. ${mm(ym)}.`;
  const jobs = newestFirst(p).map((j) => `<div class="job"><div class="when">${d(j.start)} – ${j.end ? d(j.end) : 'jelenleg (present)'}</div><div><b>${esc(j.title)}</b> · ${esc(j.company)}, ${esc(j.town)}<ul>${j.duties.map((x) => `<li>${esc(x)}</li>`).join('')}</ul></div></div>`).join('');
  const css = `.kick{letter-spacing:3px;color:#7a1f2b;font-size:9pt}.name{font-size:22pt;font-weight:bold;margin:2px 0 6px}h2{font-size:10.5pt;color:#7a1f2b;border-bottom:1px solid #7a1f2b;margin:12px 0 5px;text-transform:uppercase}.pd td{padding:1px 10px 1px 0;vertical-align:top}.pd td:first-child{color:#555;width:55mm}.job{margin-bottom:6px}.when{font-weight:bold;color:#444}.sig{margin-top:18px}`;
  const body = `<div class="kick">ÖNÉLETRAJZ · CURRICULUM VITAE</div><div class="name">${esc(p.name)}</div><div>${esc(p.headline)}</div>
<h2>Személyes adatok / Personal details</h2><table class="pd"><tr><td>Születési hely, idő / Born</td><td>Győr, 1993. 04. 12.</td></tr><tr><td>Lakcím / Address</td><td>1117 Budapest, Október huszonharmadika u. 41. (invented)</td></tr><tr><td>Mobil</td><td>${p.phoneShow}</td></tr><tr><td>Otthoni telefon / Home</td><td>${p.otherPhone.number}</td></tr><tr><td>E-mail</td><td>${p.email}</td></tr></table>
<h2>Szakmai tapasztalat / Work experience</h2>${jobs}
<h2>Tanulmányok / Education</h2>${p.education.map((e) => `<div class="job"><div class="when">${d(e.start)} – ${d(e.end)}</div><div>${esc(e.school)} — ${esc(e.degree)}</div></div>`).join('')}
<h2>Szakmai készségek / Skills</h2><div>${p.skills.map(esc).join(' · ')}</div>
<h2>Nyelvtudás / Languages</h2><div>${p.languages.join('; ')}</div>
<h2>Tanúsítványok / Certificates</h2><div>${p.certs.join('; ')}</div>
<div class="sig">Budapest, 2026. 11. 28.<br><br>……………………………<br>${esc(p.name)}</div>`;
  addHtml(p.id, 'single', 'hu-dotted', html(p, css, body, 'hu'));
}

// ir-jalali: Iranian engineer's CV with Solar Hijri month names, Gregorian in brackets
function irJalali(p: Person) {
  const jd = (ym: string) => { const { jm, jy } = jalali(ym); return `${JAL[jm - 1]} ${jy}`; };
  const jobs = newestFirst(p).map((j) => `<div class="job"><div class="top"><b>${esc(j.title)}</b><span class="dt">${jd(j.start)} – ${j.end ? jd(j.end) : 'present'}</span></div><div class="sub"><i>${esc(j.company)}</i>, ${esc(j.town)}<span class="dt g">(${monYYYY(j.start)} – ${j.end ? monYYYY(j.end) : 'present'})</span></div><ul>${j.duties.map((x) => `<li>${esc(x)}</li>`).join('')}</ul></div>`).join('');
  const css = `header{text-align:center;border-bottom:2px solid #0b5d4a;padding-bottom:6px}.n{font-size:21pt;font-weight:bold;color:#0b5d4a}.c{font-size:9pt}h2{font-size:11pt;color:#0b5d4a;margin:12px 0 4px}.top,.sub{display:flex;justify-content:space-between}.dt{font-size:9.5pt}.g{color:#666}.job{margin-bottom:7px}table.pi td{padding:1px 12px 1px 0}`;
  const body = `<header><div class="n">${esc(p.name)}</div><div>${esc(p.headline)}</div><div class="c">Mobile: ${p.phoneShow} (+98 912 387 4516) · Office: ${p.otherPhone.number} · ${p.email} · Tehran, Iran</div></header>
<h2>Personal information</h2><table class="pi"><tr><td>Date of birth</td><td>12 Dey 1370 (2 Jan 1992)</td><td>Military service</td><td>Permanent exemption</td></tr><tr><td>Marital status</td><td>Married</td><td>Nationality</td><td>Iranian</td></tr></table>
<h2>Professional experience</h2>${jobs}
<h2>Education</h2>${p.education.map((e) => `<div class="top"><span>${esc(e.degree)}, ${esc(e.school)}</span><span class="dt">${jd(e.start)} – ${jd(e.end)} (${y(e.start)}–${y(e.end)})</span></div>`).join('')}
<h2>Technical skills</h2><ul>${p.skills.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
<h2>Languages</h2><div>${p.languages.join(' · ')}</div><h2>Licences</h2><div>${p.certs.join(' · ')}</div>`;
  addHtml(p.id, 'single', 'ir-jalali', html(p, css, body));
}

// rs-roman: Serbian Word CV with Roman-numeral months ("IV 2014 – XI 2017"), period on a left tab, page header with name
function rsRoman(p: Person) {
  const r = (ym: string) => `${ROMAN[m(ym) - 1]} ${y(ym)}`;
  const head = (t: string) => para([run(t.toUpperCase(), { bold: true, color: '1F3864' })], { spacing: { before: 200, after: 80 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '1F3864', space: 1 } } });
  const kids: Paragraph[] = [
    para([run(p.name, { bold: true, size: 36 })], { spacing: { after: 40 } }),
    para([run(p.headline, { italics: true })]),
    para(`Mobile: ${p.phoneShow}   ·   Home: ${p.otherPhone.number}   ·   E-mail: ${p.email}`),
    para('Address: Bulevar oslobođenja 118, 11000 Belgrade (invented)   ·   Date of birth: 14. III 1990.'),
    head('Work experience'),
  ];
  for (const j of newestFirst(p)) {
    kids.push(para([run(`${r(j.start)} – ${j.end ? r(j.end) : 'present'}`, { bold: true }), run('\t'), run(j.title, { bold: true })], { tabStops: [{ type: TabStopType.LEFT, position: 2400 }], spacing: { after: 0 } }));
    kids.push(para([run(`${j.company}, ${j.town}`, { italics: true })], { indent: { left: 2400 }, spacing: { after: 0 } }));
    for (const d of j.duties) kids.push(para(`– ${d}`, { indent: { left: 2600 }, spacing: { after: 0 } }));
    kids.push(para('', { spacing: { after: 60 } }));
  }
  kids.push(head('Education'));
  for (const e of p.education) kids.push(para([run(`${r(e.start)} – ${r(e.end)}`, { bold: true }), run('\t'), run(`${e.degree}, ${e.school}`)], { tabStops: [{ type: TabStopType.LEFT, position: 2400 }] }));
  kids.push(head('Skills'), para(p.skills.join(', ')), head('Languages'), para(p.languages.join(', ')), head('Certificates and licences'), para(p.certs.join(', ')));
  const doc = docOf(p, [{ properties: A4, headers: { default: new Header({ children: [para([run(`${p.name} – Curriculum Vitae`, { size: 16, color: '777777' })], { alignment: AlignmentType.RIGHT })] }) }, footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 16 })] })] }) }, children: kids }]);
  addDocx(p.id, 'single', 'rs-roman', doc);
}

// zh-minzu: 事业单位-style Chinese 简历 with a 民族 particulars line; "2020年11月—今" one-line job rows with full-width spaces
function zhMinzu(p: Person) {
  const info: Record<string, [string, string, string, string]> = {
    p09: ['男', '回族', '1990年5月', '中共党员'], p11: ['女', '维吾尔族', '1991年3月', '群众'], p12: ['男', '蒙古族', '1989年8月', '中共党员'],
  };
  const [sex, mz, born, zz] = info[p.id];
  const dfmt = (ym: string, end = false) => p.id === 'p12' ? `${y(ym)}.${mm(ym)}` : `${y(ym)}年${m(ym)}月` + (end ? '' : '');
  const period = (j: Job) => p.id === 'p11' ? `${dfmt(j.start)}${j.end ? '—' + dfmt(j.end) : '至今'}` : `${dfmt(j.start)}—${j.end ? dfmt(j.end) : '今'}`;
  const jobs = [...p.work].sort((a, b) => a.start.localeCompare(b.start)).map((j) => `<div class="j"><b>${period(j)}</b>　${esc(j.company)}　${esc(j.title)}</div><div class="d">主要工作：${j.duties.join('；')}。</div>`).join('');
  const css = `body{font-family:"DejaVu Serif","WenQuanYi Zen Hei",serif;font-size:10.5pt}h1{text-align:center;letter-spacing:12px;font-size:20pt;margin:0 0 10px}h2{font-size:11.5pt;margin:14px 0 6px;padding-left:6px;border-left:5px solid #a01010}.l{margin:3px 0}.j{margin-top:6px}.d{margin-left:2em;color:#333}`;
  const body = `<h1>个人简历</h1>
<h2>基本情况</h2><div class="l">姓名：${esc(p.name)}　　性别：${sex}　　民族：${mz}　　出生年月：${born}　　政治面貌：${zz}</div>
<div class="l">籍贯：${esc(p.city)}　　学历：本科　　现任职务：${esc(p.headline)}</div>
<div class="l">手机：${p.phoneShow}　　${p.otherPhone.label}：${p.otherPhone.number}　　电子邮箱：${p.email}</div>
<h2>工作经历</h2>${jobs}
<h2>学习经历</h2>${p.education.map((e) => `<div class="j">${dfmt(e.start)}—${dfmt(e.end)}　${esc(e.school)}　${esc(e.degree)}</div>`).join('')}
<h2>专业技能</h2><div class="l">${p.skills.map(esc).join('、')}</div>
<h2>语言能力</h2><div class="l">${p.languages.join('；')}</div>
<h2>资格证书</h2><div class="l">${p.certs.join('；')}</div>
<h2>本人声明</h2><div class="l">以上信息真实有效。　　　　　　　　　　　　本人签字：__________　　2026年12月</div>`;
  addHtml(p.id, 'single', 'zh-minzu', html(p, css, body, 'zh-CN'));
}

// git-patch: CV kept in a repo as cv.md, sent as `git format-patch` output: context lines, one removed (old phone), added lines
function gitPatch(p: Person) {
  const old = p.id === 'p06' ? '+371 29 733 610' : p.otherPhone.number;
  const jobs = newestFirst(p);
  const lines: string[] = [];
  const ctx = (s: string) => lines.push(' ' + s), add = (s: string) => lines.push('+' + s), del = (s: string) => lines.push('-' + s);
  ctx(`# ${p.name}`); ctx(''); ctx(`${p.headline} · ${p.city}`); ctx('');
  del(`- Phone: ${old}`); add(`- Phone: ${p.phoneShow}`);
  ctx(`- E-mail: <${p.email}>`); ctx(`- GitHub: github.example/${p.email.split('.')[0]}`); ctx('');
  ctx('## Experience'); ctx('');
  jobs.forEach((j, i) => {
    const when = p.id === 'p06' ? `${mm(j.start)}/${y(j.start)} – ${j.end ? `${mm(j.end)}/${y(j.end)}` : 'present'}` : `${monYYYY(j.start)} — ${j.end ? monYYYY(j.end) : 'now'}`;
    const f = i === 0 ? add : ctx;
    f(`### ${j.title} — ${j.company} (${j.town})`); f(`*${when}*`); f('');
    for (const d of j.duties) f(`- ${d}`);
    f('');
  });
  ctx('## Skills'); ctx('');
  del(`${p.skills.slice(1, 4).join(', ')}`); add(p.skills.join(', ')); ctx('');
  ctx('## Education'); ctx('');
  for (const e of p.education) ctx(`- ${e.degree}, ${e.school}, ${y(e.start)}–${y(e.end)}`);
  ctx(''); ctx('## Languages'); ctx(''); ctx(p.languages.join(' · '));
  if (p.certs.length) { ctx(''); ctx('## Certificates'); ctx(''); for (const c of p.certs) ctx(`- ${c}`); }
  const nAdd = lines.filter((l) => l.startsWith('+')).length, nDel = lines.filter((l) => l.startsWith('-')).length;
  const oldLen = lines.length - nAdd, newLen = lines.length - nDel;
  const hash = p.id === 'p06' ? '4e1b9c0d2f7a6e3b8c5d1a0f9e2b7c4d6a8f3e1b' : 'a93d5e7f1c2b4a6d8e0f3c5b7a9d1e2f4c6b8a0d';
  const text = `From ${hash} Mon Sep 17 00:00:00 2001
From: ${p.name} <${p.email}>
Date: ${p.id === 'p06' ? 'Tue, 10 Nov 2026 21:14:07 +0200' : 'Sun, 22 Nov 2026 10:02:55 +0400'}
Subject: [PATCH] cv: ${jobs[0].company}, new mobile number

Updating the CV in the repo before sending it out. Old number no longer works.
---
 cv.md | ${nAdd + nDel} ${'+'.repeat(Math.min(nAdd, 30))}${'-'.repeat(nDel)}
 1 file changed, ${nAdd} insertions(+), ${nDel} deletions(-)

diff --git a/cv.md b/cv.md
index 3c1f0a2..9b7e4d1 100644
--- a/cv.md
+++ b/cv.md
@@ -1,${oldLen} +1,${newLen} @@
${lines.join('\n')}
-- 
2.43.0

`;
  addTxt(p.id, 'git-patch', text);
}

// zh-pengyouquan: a WeChat Moments job-hunting post copied out as text, with likes and comments
function zhPengyouquan(p: Person) {
  const dt = (ym: string) => `${y(ym)}.${m(ym)}`;
  const jobs = newestFirst(p).map((j) => `▪️${dt(j.start)}-${j.end ? dt(j.end) : '至今'}  ${j.company}  ${j.title}\n   ${j.duties.join('，')}`).join('\n');
  const text = `${p.name}
【求职】🙏麻烦朋友们帮忙转发扩散～
本人${p.headline}方向，坐标${p.city}，${p.work.length}段工作经历，可随时到岗，附简历👇

👤 ${p.name}｜${p.headline}
📱 ${p.phoneShow}（微信同号）
📧 ${p.email}

💼 工作经历
${jobs}

🛠 专业技能
${p.skills.join(' / ')}

🎓 教育背景
${p.education.map((e) => `${y(e.start)}-${y(e.end)} ${e.school} ${e.degree}`).join('\n')}

📜 证书：${p.certs.join('、')}
🌐 语言：${p.languages.join('、')}

有合适机会请私信我，感谢🌹🌹
${p.id === 'p08' ? '延吉·河南街' : '三亚·大东海'}
昨天 21:36  删除
♡ 金顺姬，朴哲，李老师，小鱼🐟，Cherry
朴哲：我们公司财务部在招，简历发你了，电话${p.id === 'p08' ? '0433-2867 015' : '0898-8827 3310'}找人事王姐
${p.name}回复朴哲：好的谢谢！
小鱼🐟：已转发👍
`;
  addTxt(p.id, 'zh-pengyouquan', text);
}

// inmail-thread: LinkedIn messaging thread copied as text, candidate pastes her CV in a message
function inmail(p: Person) {
  const rec = { p05: ['Rania Odeh', 'Talent Acquisition, Levant Hotels Search', '+962 6 461 7720'], p13: ['Derek Ho', 'Principal Consultant · Shenzhen Hardware Practice', '+86 755 8633 2190'], p15: ['Mandy Kwok', 'Senior Consultant, FinReg Recruitment HK', p15agency()] }[p.id as 'p05']!;
  const disp = p.enName ? `${p.enName} ${p.name}` : p.name;
  const when = (j: Job) => p.id === 'p13' ? `${y(j.start)}.${mm(j.start)} - ${j.end ? `${y(j.end)}.${mm(j.end)}` : 'now'}` : `${monthYYYY(j.start)} to ${j.end ? monthYYYY(j.end) : 'Present'}`;
  const cv = [`${p.name}${p.enName ? ` (${p.enName})` : ''}`, `${p.headline} | ${p.city}`, `M: ${p.phoneShow} | E: ${p.email}`, '', 'EXPERIENCE',
    ...newestFirst(p).flatMap((j) => [`${co(p, j)} — ${ti(p, j)}`, when(j), ...j.duties.map((d) => `• ${d}`), '']),
    'SKILLS', p.skills.join(' • '), '', 'EDUCATION', ...p.education.map((e) => `${e.degree}, ${e.school} (${y(e.start)}–${y(e.end)})`), '', 'LANGUAGES', p.languages.join(', '), '', 'CERTIFICATIONS', p.certs.join(', ')];
  const text = `Messaging
${rec[0]}
${rec[1]}

NOV 18
${rec[0]}  10:42 AM
Hi ${p.enName ?? p.name.split(' ')[0]}, hope you're well. I'm working on a ${p.headline.split(' ')[0]} role with a client of ours and your background looks a strong match. Could you share an updated CV? You can also reach me on ${rec[2]}.

${disp}  6:15 PM
Hi ${rec[0].split(' ')[0]}, thanks for reaching out — happy to talk. My CV is pasted below (attachments don't seem to work from my phone).

${cv.join('\n')}

${rec[0]}  6:31 PM
Perfect, thank you! I'll call you tomorrow.

Seen by ${disp} at 6:40 PM
`;
  addTxt(p.id, 'inmail-thread', text);
}
function p15agency() { return '+852 3106 2288'; }

// outline-numbered: Word CV whose experience is a multilevel auto-numbered outline (1. / a.) — numbers exist only in numbering.xml
function outlineNumbered(p: Person) {
  const zh = p.id === 'p14';
  const per = (j: Job) => zh ? `Period: ${y(j.start)}/${mm(j.start)} – ${j.end ? `${y(j.end)}/${mm(j.end)}` : '迄今 Present'}` : `Period: From ${monthYYYY(j.start)} ${j.end ? `to ${monthYYYY(j.end)}` : 'till present'}`;
  const h = (t: string) => para([run(t, { bold: true, size: 24, color: '2E4A62' })], { spacing: { before: 220, after: 80 }, shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E3EAF0' } });
  const kids: Paragraph[] = [
    para([run(zh ? `${p.name}  ${p.enName}` : p.name, { bold: true, size: 40 })], { alignment: AlignmentType.CENTER }),
    para([run(p.headline, { italics: true })], { alignment: AlignmentType.CENTER }),
    h('Personal Information'),
    para(`Mobile: ${p.phoneShow}     ${p.otherPhone.label}: ${p.otherPhone.number}`),
    para(`E-mail: ${p.email}     Address: ${p.city}`),
    para(zh ? 'Military service: Completed (alternative service, 2013)     Nationality: Taiwan (R.O.C.)' : 'Nationality: Jordanian     Marital status: Single     Date of birth: 03/05/1992'),
    h('Professional Experience'),
  ];
  for (const j of newestFirst(p)) {
    kids.push(new Paragraph({ numbering: { reference: 'cv-outline', level: 0 }, children: [run(`${ti(p, j)} – ${co(p, j)}, ${j.town}`, { bold: true })], spacing: { before: 80 } }));
    kids.push(new Paragraph({ numbering: { reference: 'cv-outline', level: 1 }, children: [run(per(j))] }));
    for (const d of j.duties) kids.push(new Paragraph({ numbering: { reference: 'cv-outline', level: 1 }, children: [run(d)] }));
  }
  kids.push(h('Education'));
  for (const e of p.education) kids.push(new Paragraph({ numbering: { reference: 'cv-bullets', level: 0 }, children: [run(`${e.degree}, ${e.school}, ${y(e.start)} – ${y(e.end)}`)] }));
  kids.push(h('Skills'));
  for (const s of p.skills) kids.push(new Paragraph({ numbering: { reference: 'cv-bullets', level: 0 }, children: [run(s)] }));
  kids.push(h('Languages'), para(p.languages.join(' / ')), h('Certificates'), para(p.certs.join(' / ')), h('References'), para(zh ? 'Available upon request.' : 'Mr. Khaled Nasser, Front Office Director, Citadel Suites Amman – +962 6 552 0100'));
  const doc = docOf(p, [{ properties: A4, children: kids }], {
    numbering: { config: [
      { reference: 'cv-outline', levels: [
        { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 400, hanging: 400 } }, run: { bold: true } } },
        { level: 1, format: LevelFormat.LOWER_LETTER, text: '%2)', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 900, hanging: 360 } } } },
      ] },
      { reference: 'cv-bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '\u25AA', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 500, hanging: 300 } } } }] },
    ] },
  });
  addDocx(p.id, 'single', 'outline-numbered', doc);
}

// pg-fifo: two-page resources-industry CV: summary box with roster availability, page 2 restarts with a "continued" band
function pgFifo(p: Person) {
  const au = p.id === 'p16';
  const when = (ym: string) => au ? `${MON[m(ym) - 1]} ${y(ym)}` : `${MON[m(ym) - 1]}. ${y(ym)}`;
  const jobs = newestFirst(p).map((j) => `<div class="job"><div class="r"><b>${esc(co(p, j))}</b><span>${when(j.start)} – ${j.end ? when(j.end) : 'Current'}</span></div><div class="t">${esc(ti(p, j))} · ${esc(j.town)}</div><ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}<li>Worked to site HSE standards with zero LTIs</li></ul></div>`).join('');
  const nm = au ? `${p.name} <span class="en">Howard Zhou</span>` : esc(p.name);
  const css = `.n{font-size:24pt;font-weight:bold;color:#6b3e12}.en{font-size:14pt;color:#555;font-weight:normal}.box{border:1.5px solid #6b3e12;padding:6px 10px;margin:8px 0;display:grid;grid-template-columns:1fr 1fr;gap:2px 18px;font-size:9.5pt}h2{font-size:11pt;color:#fff;background:#6b3e12;padding:2px 6px;margin:12px 0 5px}.r{display:flex;justify-content:space-between}.t{font-style:italic}.job{margin-bottom:8px}.cont{break-before:page;border-bottom:1px solid #6b3e12;font-size:9pt;color:#6b3e12;margin-bottom:8px}`;
  const body = `<div class="n">${nm}</div><div>${esc(p.headline)}</div>
<div class="box"><div>Mobile: ${p.phoneShow}</div><div>Email: ${p.email}</div><div>Base: ${esc(p.city)}</div><div>Availability: ${au ? '2 weeks, FIFO 8/6 or 2/1' : 'Immediate, 4/2 roster or residential'}</div><div>${p.otherPhone.label}: ${p.otherPhone.number}</div><div>Point of hire: ${au ? 'Perth' : 'Lae / Nadzab'}</div></div>
<h2>CAREER SUMMARY</h2><p>${esc(p.headline)} with ${Math.round(yearsWorked(p.work, REF))} years across exploration and operating sites. Comfortable in remote camps and multicultural crews.</p>
<h2>KEY SKILLS</h2><ul>${p.skills.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
<h2>TICKETS &amp; LICENCES</h2><ul>${p.certs.map((c) => `<li>${esc(c)}</li>`).join('')}</ul>
<h2>LANGUAGES</h2><p>${p.languages.join(', ')}</p>
<div class="cont">${au ? p.name + ' Howard Zhou' : esc(p.name)} — Résumé (continued) — page 2</div>
<h2>EMPLOYMENT HISTORY</h2>${jobs}
<h2>EDUCATION</h2>${p.education.map((e) => `<div class="r"><span>${esc(e.degree)}, ${esc(e.school)}</span><span>${y(e.start)} – ${y(e.end)}</span></div>`).join('')}
<h2>REFEREES</h2><p>${au ? 'Ms Jodie Marr, Senior Mine Planner, Pilbara Ironstone Operations — 0417 552 093' : 'Mr Peter Nongi, Exploration Manager, Sepik Gold Exploration Ltd — +675 7188 4402'}<br>${au ? 'Mr Craig Tonkin, Mining Superintendent — 0409 771 260' : 'Dr Ruth Maino, Lecturer in Geology — +675 7325 9910'}</p>`;
  addHtml(p.id, 'single', 'pg-fifo', html(p, css, body));
}

// ge-portal: Georgian job-portal CV print, bilingual Georgian / English labels, Georgian transliteration of the name
function gePortal(p: Person) {
  const d = (ym: string) => `${mm(ym)}.${y(ym)}`;
  const css = `.bar{background:#1d6f42;color:#fff;padding:4px 8px;font-size:9pt}.hd{display:flex;gap:14px;align-items:center;margin:10px 0}.ph{width:24mm;height:28mm;border:1px solid #ccc}.n{font-size:19pt;font-weight:bold}.ka{color:#555}h2{font-size:10.5pt;border-bottom:2px solid #1d6f42;margin:12px 0 5px}.it{display:grid;grid-template-columns:38mm 1fr;gap:2px 8px;margin-bottom:7px}.lab{color:#666}.f{margin-top:14px;font-size:8pt;color:#888;border-top:1px solid #ccc}`;
  const body = `<div class="bar">hr-portal.example.ge · რეზიუმე / Resume · ID 558201</div>
<div class="hd"><div class="ph">${avatar('#5e7d6a')}</div><div><div class="ka">გიორგი ბერიძე</div><div class="n">${esc(p.name)}</div><div>${esc(p.headline)} · ${esc(p.city)}</div></div></div>
<h2>კონტაქტი / Contact</h2><div class="it"><span class="lab">მობილური / Mobile</span><span>${p.phoneShow}</span><span class="lab">ელ-ფოსტა / E-mail</span><span>${p.email}</span></div>
<h2>სამუშაო გამოცდილება / Work experience</h2>${newestFirst(p).map((j) => `<div class="it"><span>${d(j.start)} — ${j.end ? d(j.end) : 'დღემდე / to date'}</span><span><b>${esc(j.company)}</b><br>${esc(j.title)}, ${esc(j.town)}<br>${j.duties.map(esc).join('. ')}.</span></div>`).join('')}
<h2>განათლება / Education</h2>${p.education.map((e) => `<div class="it"><span>${d(e.start)} — ${d(e.end)}</span><span>${esc(e.school)}, ${esc(e.degree)}</span></div>`).join('')}
<h2>უნარები / Skills</h2><div>${p.skills.map(esc).join(', ')}</div>
<h2>ენები / Languages</h2><div>${p.languages.join(', ')}</div>
<div class="f">Printed from hr-portal.example.ge on 01.12.2026 · Employer support: +995 32 2 47 00 00</div>`;
  addHtml(p.id, 'single', 'ge-portal', html(p, css, body));
}

// ================= TABLE =================
// staz-table: Balkan "radni staž" employment record table, day-level dates, Y-M-D service per row and a total
function stazTable(p: Person) {
  const days: Record<string, [number, number]> = {};
  const rows = [...p.work].sort((a, b) => a.start.localeCompare(b.start)).map((j, i) => {
    const sd = 1 + ((i * 7) % 3); const ed = 28 + (i % 3);
    days[j.start] = [sd, ed];
    const mo = months(j) - 1; const yy = Math.floor(mo / 12), mmm = mo % 12;
    return `<tr><td>${i + 1}.</td><td>${String(sd).padStart(2, '0')}.${mm(j.start)}.${y(j.start)}.</td><td>${j.end ? `${ed}.${mm(j.end)}.${y(j.end)}.` : 'still employed'}</td><td>${esc(j.company)}<br><small>${esc(j.town)}</small></td><td>${esc(j.title)}</td><td class="c">${yy}–${mmm}–${ed - sd}</td></tr>`;
  }).join('');
  const css = `h1{font-size:15pt;margin:0}table{border-collapse:collapse;width:100%;margin:6px 0}td,th{border:1px solid #444;padding:3px 5px;vertical-align:top;font-size:9.5pt}th{background:#ddd;text-align:left}.c{text-align:center;white-space:nowrap}.k{background:#f2f2f2;width:40mm}h2{font-size:10.5pt;margin:12px 0 2px}`;
  const body = `<h1>BIOGRAFIJA / CURRICULUM VITAE</h1>
<table><tr><td class="k">Name and surname</td><td>${esc(p.name)}</td><td class="k">Date of birth</td><td>14.03.1990.</td></tr><tr><td class="k">Mobile</td><td>${p.phoneShow}</td><td class="k">Home phone</td><td>${p.otherPhone.number}</td></tr><tr><td class="k">E-mail</td><td colspan="3">${p.email}</td></tr><tr><td class="k">Address</td><td colspan="3">Bulevar oslobođenja 118, 11000 Belgrade (invented)</td></tr></table>
<h2>Radno iskustvo / Employment record (per the employment booklet)</h2>
<table><tr><th>No.</th><th>From</th><th>To</th><th>Employer</th><th>Position</th><th>Service Y–M–D</th></tr>${rows}<tr><td colspan="5" style="text-align:right"><b>Ukupan radni staž / Total insured service</b></td><td class="c"><b>13–5–12</b></td></tr></table>
<h2>Education</h2><table><tr><th>Period</th><th>Institution</th><th>Qualification</th></tr>${p.education.map((e) => `<tr><td>${y(e.start)}–${y(e.end)}</td><td>${esc(e.school)}</td><td>${esc(e.degree)}</td></tr>`).join('')}</table>
<h2>Skills</h2><table><tr>${p.skills.map((s) => `<td>${esc(s)}</td>`).join('')}</tr></table>
<h2>Languages and certificates</h2><table><tr><td class="k">Languages</td><td>${p.languages.join(', ')}</td></tr><tr><td class="k">Certificates</td><td>${p.certs.join(', ')}</td></tr></table>`;
  addHtml(p.id, 'table', 'staz-table', html(p, css, body));
}

// lv-transposed: Baltic staffing agency's candidate summary — one COLUMN per job, rows Employer / Position / Start / End / Tasks
function lvTransposed(p: Person) {
  const jobs = newestFirst(p);
  const d = (ym: string) => `${mm(ym)}.${y(ym)}`;
  const rowOf = (label: string, f: (j: Job) => string) => `<tr><th>${label}</th>${jobs.map((j) => `<td>${f(j)}</td>`).join('')}</tr>`;
  const css = `.top{display:flex;justify-content:space-between;border-bottom:3px solid #b5121b;padding-bottom:4px}.ag{font-weight:bold;color:#b5121b;font-size:13pt}table{border-collapse:collapse;width:100%;margin:6px 0;table-layout:fixed}td,th{border:1px solid #999;padding:4px;vertical-align:top;font-size:9pt;text-align:left}th{background:#f3e3e4;width:30mm}h2{font-size:10.5pt;margin:12px 0 3px}.f{font-size:8pt;color:#666;margin-top:12px}`;
  const body = `<div class="top"><span class="ag">NORDLAT Personāls · candidate summary</span><span>Ref. NL-26-${p.id.slice(1)}41 · 03.12.2026</span></div>
<h2>Candidate</h2><table><tr><th>Name</th><td>${esc(p.name)}</td><th>Position sought</th><td>${esc(p.headline)}</td></tr><tr><th>Mobile</th><td>${p.phoneShow}</td><th>E-mail</th><td>${p.email}</td></tr><tr><th>Location</th><td>${esc(p.city)}</td><th>Notice period</th><td>1 month</td></tr></table>
<h2>Employment (most recent first)</h2><table>${rowOf('', (j) => (j === jobs[0] ? '<b>Current</b>' : '<b>Previous</b>'))}${rowOf('Employer', (j) => esc(j.company))}${rowOf('Position', (j) => esc(j.title))}${rowOf('Location', (j) => esc(j.town))}${rowOf('Start', (j) => d(j.start))}${rowOf('End', (j) => (j.end ? d(j.end) : 'ongoing'))}${rowOf('Main tasks', (j) => j.duties.map(esc).join('; '))}</table>
<h2>Skills</h2><table><tr>${p.skills.map((s) => `<td>${esc(s)}</td>`).join('')}</tr></table>
<h2>Education, languages, certificates</h2><table><tr><th>Education</th><td>${p.education.map((e) => `${esc(e.degree)}, ${esc(e.school)} (${y(e.start)}–${y(e.end)})`).join('<br>')}</td></tr><tr><th>Languages</th><td>${p.languages.join(', ')}</td></tr><tr><th>Certificates</th><td>${p.certs.join(', ') || '—'}</td></tr></table>
<div class="f">Presented by NORDLAT Personāls SIA, Brīvības iela 204, Riga (invented). Consultant: Ilze Kalniņa, tel. ${p.id === 'p06' ? p.otherPhone.number : '+371 67 220 415'}. Candidate consented to sharing this profile.</div>`;
  addHtml(p.id, 'table', 'lv-transposed', html(p, css, body));
}

// zh-erjian: Word 应聘登记表 with two-digit-year periods "16.01—19.04", "19.05—今", 证明人 column
function zhErjian(p: Person) {
  const d = (ym: string) => `${ym.slice(2, 4)}.${mm(ym)}`;
  const W = [1900, 3200, 1800, 2800];
  const L = (t: string) => cell(t, { shade: 'EDEDED', bold: true });
  const refs = p.id === 'p08' ? ['金永哲 0433-2518 001', '金永哲 0433-2518 001', '朴英华 0433-2710 556'] : ['陈敏 0898-8835 6001', '陈敏 0898-8835 6001', '王强 0898-6653 2210', '—'];
  const wk = [...p.work].sort((a, b) => a.start.localeCompare(b.start));
  const rows: TableRow[] = [
    row([cell([para([run('应 聘 人 员 登 记 表', { bold: true, size: 32 })], { alignment: AlignmentType.CENTER })], { span: 4 })]),
    row([L('姓　　名'), cell(p.name), L('应聘岗位'), cell(p.headline)]),
    row([L('手　　机'), cell(p.phoneShow), L(p.otherPhone.label), cell(p.otherPhone.number)]),
    row([L('电子邮箱'), cell(p.email, { span: 3 })]),
    row([L('起止年月'), L('工作单位'), L('职　务'), L('证明人及电话')]),
    ...wk.map((j, i) => row([cell(`${d(j.start)}—${j.end ? d(j.end) : '今'}`), cell(j.company), cell(j.title), cell(refs[i] ?? '—')])),
    row([L('起止年月'), L('毕业院校'), L('专业及学历'), L('备　注')]),
    ...p.education.map((e) => row([cell(`${d(e.start)}—${d(e.end)}`), cell(e.school), cell(e.degree), cell('全日制')])),
    row([L('技能特长'), cell([para(p.skills.join('，'), { spacing: { after: 0 } })], { span: 3 })]),
    row([L('证　　书'), cell(p.certs.join('；'), { span: 3 })]),
    row([L('语　　言'), cell(p.languages.join('；'), { span: 3 })]),
    row([L('主要业绩'), cell(newestFirst(p).slice(0, 2).flatMap((j) => j.duties).join('；'), { span: 3 })]),
    row([cell('本人承诺所填信息真实，如有虚假愿承担一切后果。　　　　签名：　　　　　日期：2026年12月', { span: 4 })]),
  ];
  const doc = docOf(p, [{ properties: A4, children: [table(rows, W)] }]);
  addDocx(p.id, 'table', 'zh-erjian', doc);
}

// zh-jianzhi: 高校兼职教师聘任申报表 — oldest-first 工作经历 with a 任职性质 (全职/兼职) column, the part-time post overlapping
function zhJianzhi(p: Person) {
  const d = (ym: string) => `${y(ym)}.${mm(ym)}`;
  const wk = [...p.work].sort((a, b) => a.start.localeCompare(b.start));
  const css = `body{font-size:10pt}h1{text-align:center;font-size:16pt;margin:0 0 4px}.no{text-align:right;font-size:9pt}table{border-collapse:collapse;width:100%}td{border:1px solid #000;padding:4px 5px;vertical-align:middle}.k{background:#f4f4f4;text-align:center;white-space:nowrap}.ph{width:26mm;height:32mm;padding:0}`;
  const body = `<h1>${p.id === 'p09' ? '宁夏建设职业技术学院' : '内蒙古轻工职业学院'}兼职教师聘任申报表</h1><div class="no">编号：JZ-2026-0${p.id.slice(1)}7　　填表日期：2026年11月</div>
<table><tr><td class="k">姓名</td><td>${esc(p.name)}</td><td class="k">性别</td><td>男</td><td class="k">民族</td><td>${p.id === 'p09' ? '回族' : '蒙古族'}</td><td rowspan="4" class="ph">${avatar()}</td></tr>
<tr><td class="k">现工作单位</td><td colspan="3">${esc(newestFirst(p).find((j) => !j.title.includes('兼职'))!.company)}</td><td class="k">职务</td><td>${esc(p.headline)}</td></tr>
<tr><td class="k">手机</td><td colspan="2">${p.phoneShow}</td><td class="k">${p.otherPhone.label}</td><td colspan="2">${p.otherPhone.number}</td></tr>
<tr><td class="k">电子邮箱</td><td colspan="5">${p.email}</td></tr>
<tr><td class="k">最高学历</td><td colspan="2">${esc(p.education[0].degree)}</td><td class="k">毕业院校</td><td colspan="3">${esc(p.education[0].school)}（${d(p.education[0].start)}-${d(p.education[0].end)}）</td></tr>
<tr><td class="k" colspan="7">工作经历（从参加工作时填起）</td></tr>
<tr><td class="k">起止时间</td><td class="k" colspan="3">工作单位</td><td class="k">职务</td><td class="k" colspan="2">任职性质</td></tr>
${wk.map((j) => `<tr><td>${d(j.start)}-${j.end ? d(j.end) : '至今'}</td><td colspan="3">${esc(j.company)}</td><td>${esc(j.title)}</td><td colspan="2">${j.title.includes('兼职') ? '兼职' : '全职'}</td></tr>`).join('')}
<tr><td class="k">专业技能</td><td colspan="6">${p.skills.map(esc).join('；')}</td></tr>
<tr><td class="k">职业资格</td><td colspan="6">${p.certs.join('；')}</td></tr>
<tr><td class="k">外语水平</td><td colspan="6">${p.languages.join('；')}</td></tr>
<tr><td class="k">拟授课程</td><td colspan="6">${p.id === 'p09' ? '《建筑结构》《结构软件应用》' : '《食品质量管理》《食品安全与HACCP》'}</td></tr>
<tr><td class="k">所在单位意见</td><td colspan="3" style="height:22mm;vertical-align:bottom">（盖章）　　年　月　日</td><td class="k">教务处意见</td><td colspan="2" style="vertical-align:bottom">（盖章）　年　月　日</td></tr></table>`;
  addHtml(p.id, 'table', 'zh-jianzhi', html(p, css, body, 'zh-CN'));
}

// site-induction: contractor's personnel competency record for site induction (Word), "01-Oct-14" dates, "Current"
function siteInduction(p: Person) {
  const d = (ym: string, end = false) => `${end ? '28' : '01'}-${MON[m(ym) - 1]}-${ym.slice(2, 4)}`;
  const W = [1500, 1500, 2700, 2300, 1700];
  const L = (t: string) => cell(t, { shade: 'D9E2F3', bold: true });
  const emp = p.id === 'p02' ? 'Mrs Shirin Farahani (wife) +98 912 440 1187' : 'Mr Tobias Kila (brother) +675 7263 5518';
  const rows: TableRow[] = [
    row([cell([para([run('PERSONNEL COMPETENCY RECORD — SITE INDUCTION', { bold: true, size: 26 })], { alignment: AlignmentType.CENTER })], { span: 5, shade: 'B4C6E7' })]),
    row([L('Full name'), cell(p.name, { span: 2 }), L('Employee / ID No.'), cell(p.id === 'p02' ? 'EXT-4471' : 'HCJV-1093')]),
    row([L('Position'), cell(p.headline, { span: 2 }), L('Mobile'), cell(p.phoneShow)]),
    row([L('E-mail'), cell(p.email, { span: 2 }), L(p.otherPhone.label), cell(p.otherPhone.number)]),
    row([L('Emergency contact'), cell(emp, { span: 4 })]),
    row([cell('EMPLOYMENT HISTORY (most recent first)', { span: 5, shade: 'B4C6E7', bold: true })]),
    row([L('From'), L('To'), L('Employer'), L('Position'), L('Site / Location')]),
    ...newestFirst(p).map((j) => row([cell(d(j.start)), cell(j.end ? d(j.end, true) : 'Current'), cell(j.company), cell(j.title), cell(j.town)])),
    row([cell('COMPETENCIES / SKILLS', { span: 5, shade: 'B4C6E7', bold: true })]),
    row([L('Competency'), cell('', { shade: 'D9E2F3' }), L('Evidence sighted'), L('Verified by'), L('Y / N')]),
    ...p.skills.map((s) => row([cell(s, { span: 2 }), cell('CV / interview'), cell('HR-MK'), cell('Y')])),
    row([cell('TICKETS, LICENCES, EDUCATION', { span: 5, shade: 'B4C6E7', bold: true })]),
    ...p.certs.map((c) => row([L('Licence'), cell(c, { span: 4 })])),
    ...p.education.map((e) => row([L('Education'), cell(`${e.degree}, ${e.school}`, { span: 3 }), cell(`${y(e.start)}–${y(e.end)}`)])),
    row([L('Languages'), cell(p.languages.join(', '), { span: 4 })]),
  ];
  const doc = docOf(p, [{ properties: A4, footers: { default: new Footer({ children: [para([run('Form HSE-F-017 Rev 3 · Uncontrolled when printed', { size: 14, color: '888888' })])] }) }, children: [table(rows, W)] }]);
  addDocx(p.id, 'table', 'site-induction', doc);
}

// name-grid: bilingual table CV whose header splits 中文姓名 / English name, From and To as separate 年/月 cells, "現在 Now"
function nameGrid(p: Person) {
  const tc = isTrad(p);
  const now = tc ? '現在 Now' : '现在 Now';
  const d = (ym: string) => `${y(ym)}/${mm(ym)}`;
  const css = `table{border-collapse:collapse;width:100%;margin-bottom:6px}td,th{border:1px solid #555;padding:3px 5px;font-size:9.5pt;vertical-align:top}th,.k{background:#e9eef5;text-align:left;white-space:nowrap}.t{font-size:15pt;font-weight:bold;text-align:center;border:none;padding-bottom:6px}.sec{background:#34506e;color:#fff;font-weight:bold}`;
  const h = tc ? ['中文姓名', '英文名', '手提電話', '電郵', '工作經驗', '由', '至', '機構', '職位', '主要職責', '專業技能', '學歷', '語言', '證書'] : ['中文姓名', '英文名', '手机', '邮箱', '工作经历', '由', '至', '机构', '职位', '主要职责', '专业技能', '学历', '语言', '证书'];
  const body = `<table><tr><td class="t" colspan="6">${tc ? '個人履歷' : '个人简历'} · CURRICULUM VITAE</td></tr>
<tr><td class="k">${h[0]} Chinese name</td><td>${esc(p.name)}</td><td class="k">${h[1]} English name</td><td>${esc(p.enName!)}</td><td class="k">City</td><td>${esc(p.city)}</td></tr>
<tr><td class="k">${h[2]} Mobile</td><td>${p.phoneShow}</td><td class="k">${h[3]} E-mail</td><td colspan="3">${p.email}</td></tr>
<tr><td class="k">${esc(p.otherPhone.label)}</td><td>${p.otherPhone.number}</td><td class="k">Target role</td><td colspan="3">${esc(p.headline)}</td></tr></table>
<table><tr><td class="sec" colspan="5">${h[4]} Work Experience</td></tr><tr><th>${h[5]} From</th><th>${h[6]} To</th><th>${h[7]} Organisation</th><th>${h[8]} Position</th><th>${h[9]} Duties</th></tr>
${newestFirst(p).map((j) => `<tr><td>${d(j.start)}</td><td>${j.end ? d(j.end) : now}</td><td>${esc(co(p, j))}</td><td>${esc(ti(p, j))}</td><td>${j.duties.map(esc).join('<br>')}</td></tr>`).join('')}</table>
<table><tr><td class="sec" colspan="4">${h[11]} Education</td></tr>${p.education.map((e) => `<tr><td>${d(e.start)}</td><td>${d(e.end)}</td><td>${esc(e.school)}</td><td>${esc(e.degree)}</td></tr>`).join('')}</table>
<table><tr><td class="sec" colspan="2">${h[10]} Skills</td></tr>${p.skills.map((s) => `<tr><td style="width:8mm">•</td><td>${esc(s)}</td></tr>`).join('')}</table>
<table><tr><td class="k">${h[12]} Languages</td><td>${p.languages.join('; ')}</td></tr><tr><td class="k">${h[13]} Certificates</td><td>${p.certs.join('; ')}</td></tr></table>`;
  addHtml(p.id, 'table', 'name-grid', html(p, css, body, tc ? 'zh-HK' : 'zh-CN'));
}

// ministry-form: public-sector vacancy CV form in Word (numbered sections), day-level "dd.mm.yyyy – till present", language grid
function ministryForm(p: Person) {
  const d = (ym: string, end = false) => `${end ? '30' : '01'}.${mm(ym)}.${y(ym)}`;
  const W = [2300, 2600, 2200, 2500];
  const L = (t: string) => cell(t, { shade: 'F2F2F2', bold: true });
  const sec = (t: string) => row([cell(t, { span: 4, shade: 'D0D0D0', bold: true })]);
  const ge = p.id === 'p07';
  const rows: TableRow[] = [
    sec('1. Personal data'),
    row([L('Name, surname'), cell(p.name), L('Personal code'), cell(ge ? '01017******' : '120591-1****')]),
    row([L('Mobile phone'), cell(p.phoneShow), L('E-mail'), cell(p.email)]),
    row([L('Declared address'), cell(ge ? 'Vazha-Pshavela Ave 71, Tbilisi (invented)' : 'Lāčplēša iela 88-12, Riga (invented)', { span: 3 })]),
    sec('2. Education'),
    row([L('Period'), L('Institution'), L('Programme / degree'), L('Document')]),
    ...p.education.map((e) => row([cell(`${d(e.start)} – ${d(e.end, true)}`), cell(e.school), cell(e.degree), cell('Diploma')])),
    sec('3. Work experience (starting with the latest)'),
    row([L('Period (dd.mm.yyyy)'), L('Institution / company'), L('Position'), L('Main duties')]),
    ...newestFirst(p).map((j) => row([cell(`${d(j.start)} – ${j.end ? d(j.end, true) : 'till present'}`), cell(j.company), cell(j.title), cell(j.duties.join('; '))])),
    sec('4. Professional and computer skills'),
    row([cell([para(p.skills.join('; '), { spacing: { after: 0 } })], { span: 4 })]),
    sec('5. Language skills (A1–C2)'),
    row([L('Language'), L('Speaking'), L('Reading'), L('Writing')]),
    ...p.languages.map((l) => { const lv = /native/.test(l) ? 'native' : (l.match(/\((\w\d)\)/)?.[1] ?? 'B2'); return row([cell(l.replace(/\s*\(.*\)/, '')), cell(lv), cell(lv), cell(lv)]); }),
    sec('6. Certificates'),
    row([cell(p.certs.join('; ') || 'None', { span: 4 })]),
    row([cell('I certify that the information provided is true. Date: 01.12.2026   Signature: ____________', { span: 4 })]),
  ];
  const doc = docOf(p, [{ properties: A4, headers: { default: new Header({ children: [para([run('Annex 2 to the vacancy notice · CV form', { size: 16, italics: true })], { alignment: AlignmentType.RIGHT })] }) }, children: [para([run('CURRICULUM VITAE', { bold: true, size: 30 })], { alignment: AlignmentType.CENTER }), table(rows, W)] }]);
  addDocx(p.id, 'table', 'ministry-form', doc);
}

// tw-seniority: Taiwan tech-park bilingual résumé table with a 年資 (seniority) column "2年11個月" and "迄今"
function twSeniority(p: Person) {
  const d = (ym: string) => `${y(ym)}/${mm(ym)}`;
  const dur = (j: Job) => { const n = months(j); return `${Math.floor(n / 12)}年${n % 12}個月`; };
  const css = `h1{font-size:16pt;margin:0;display:flex;justify-content:space-between;align-items:baseline}.en{font-size:11pt;color:#666}table{border-collapse:collapse;width:100%;margin:6px 0}td,th{border:1px solid #7b8da0;padding:4px;font-size:9.5pt;vertical-align:top}th{background:#dde6ef;text-align:left}.s{background:#2c4a6b;color:#fff;font-weight:bold}`;
  const body = `<h1><span>${esc(p.name)} <span class="en">${esc(p.enName!)}</span></span><span class="en">履歷表 Resume</span></h1>
<table><tr><th>行動電話 Mobile</th><td>${p.phoneShow}</td><th>公司電話 Office</th><td>${p.otherPhone.number}</td></tr><tr><th>E-mail</th><td>${p.email}</td><th>居住地 Location</th><td>${esc(p.city)}</td></tr><tr><th>兵役 Military</th><td>役畢 Completed</td><th>希望職稱 Target</th><td>${esc(p.headline)}</td></tr></table>
<table><tr><td class="s" colspan="5">工作經歷 Work Experience</td></tr><tr><th>任職期間 Period</th><th>年資</th><th>公司名稱 Company</th><th>職稱 Title</th><th>工作內容 Duties</th></tr>
${newestFirst(p).map((j) => `<tr><td style="white-space:nowrap">${d(j.start)} ~ ${j.end ? d(j.end) : '迄今'}</td><td style="white-space:nowrap">${dur(j)}</td><td>${esc(j.company)}${j.companyEn ? `<br><small>${esc(j.companyEn)}</small>` : ''}</td><td>${esc(ti(p, j))}</td><td>${j.duties.map(esc).join('；')}</td></tr>`).join('')}</table>
<table><tr><td class="s" colspan="3">學歷 Education</td></tr>${p.education.map((e) => `<tr><td>${d(e.start)} ~ ${d(e.end)}</td><td>${esc(e.school)}</td><td>${esc(e.degree)}</td></tr>`).join('')}</table>
<table><tr><td class="s" colspan="${p.skills.length}">專長 Skills</td></tr><tr>${p.skills.map((s) => `<td>${esc(s)}</td>`).join('')}</tr></table>
<table><tr><th>語言 Languages</th><td>${p.languages.join('、')}</td></tr><tr><th>證照 Certificates</th><td>${p.certs.join('、')}</td></tr></table>`;
  addHtml(p.id, 'table', 'tw-seniority', html(p, css, body, 'zh-TW'));
}

// ================= TWO-COLUMN =================
// docx-cols: Word section with two unequal columns (narrow info column, column break, wide history column), line between
function docxCols(p: Person) {
  const zh = p.language === 'zh';
  const d = (ym: string) => zh ? `${y(ym)}年${m(ym)}月` : `${MON[m(ym) - 1]} ${y(ym)}`;
  const H = (t: string) => para([run(t, { bold: true, color: '8B0000', size: 22 })], { spacing: { before: 160, after: 60 }, border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '8B0000', space: 1 } } });
  const left: Paragraph[] = [
    H(zh ? '联系方式' : 'Contact'), para(`${zh ? '手机' : 'Mobile'}: ${p.phoneShow}`), para(p.email), para(`${p.otherPhone.label}: ${p.otherPhone.number}`), para(p.city),
    H(zh ? '专业技能' : 'Skills'), ...p.skills.map((s) => para(`▸ ${s}`, { spacing: { after: 20 } })),
    H(zh ? '语言' : 'Languages'), ...p.languages.map((l) => para(l, { spacing: { after: 20 } })),
    H(zh ? '证书' : 'Certificates'), ...p.certs.map((c) => para(c, { spacing: { after: 20 } })),
    H(zh ? '教育' : 'Education'), ...p.education.flatMap((e) => [para([run(e.school, { bold: true })], { spacing: { after: 0 } }), para(`${e.degree}, ${y(e.start)}–${y(e.end)}`)]),
  ];
  const right: Paragraph[] = [H(zh ? '工作经历' : 'Professional experience')];
  for (const j of newestFirst(p)) {
    right.push(para([run(j.company, { bold: true }), run(`\t${d(j.start)} – ${j.end ? d(j.end) : zh ? '至今' : 'present'}`, { color: '555555' })], { tabStops: [{ type: TabStopType.RIGHT, position: 6300 }], spacing: { before: 80, after: 0 } }));
    right.push(para([run(`${j.title}${zh ? '' : ', ' + j.town}`, { italics: true })], { spacing: { after: 20 } }));
    for (const x of j.duties) right.push(para(`• ${x}`, { indent: { left: 200 }, spacing: { after: 0 } }));
  }
  right.push(H(zh ? '自我评价' : 'Profile'), para(zh ? '教学经验丰富，熟悉双语课堂组织，善于激发学生兴趣。' : 'Data engineer who likes boring, reliable pipelines and clear data contracts.'));
  const brk = new Paragraph({ children: [new ColumnBreak()] });
  const doc = docOf(p, [
    { properties: { ...A4 }, children: [para([run(p.name, { bold: true, size: 44 })], { spacing: { after: 0 } }), para([run(p.headline, { size: 24, color: '8B0000' })], { spacing: { after: 120 } })] },
    { properties: { ...A4, type: 'continuous' as never, column: { count: 2, separate: true, equalWidth: false, children: [new Column({ width: 2700, space: 400 }), new Column({ width: 6600 })] } }, children: [...left, brk, ...right] },
  ]);
  addDocx(p.id, 'two-column', 'docx-cols', doc);
}

// textbox-docx: Word CV whose left info panel is a VML text box anchored on page 1; body indented to clear it
function textboxDocx(p: Person) {
  const zh = p.language === 'zh';
  const d = (ym: string) => zh ? `${y(ym)}.${mm(ym)}` : `${mm(ym)}/${y(ym)}`;
  const box = new Textbox({
    style: { position: 'absolute', width: '52mm', height: '235mm', positionHorizontalRelative: 'page', positionVerticalRelative: 'page', marginLeft: '14mm', marginTop: '22mm', wrapStyle: 'none' } as never,
    children: [
      para([run(zh ? '联系方式' : 'CONTACT', { bold: true, color: '1B5E20' })]),
      para(p.phoneShow), para(p.email), para(`${p.otherPhone.label}: ${p.otherPhone.number}`), para(p.city),
      para([run(zh ? '技能' : 'SKILLS', { bold: true, color: '1B5E20' })], { spacing: { before: 160 } }), ...p.skills.map((s) => para(`• ${s}`, { spacing: { after: 10 } })),
      para([run(zh ? '语言' : 'LANGUAGES', { bold: true, color: '1B5E20' })], { spacing: { before: 160 } }), ...p.languages.map((s) => para(s, { spacing: { after: 10 } })),
      para([run(zh ? '证书' : 'TICKETS', { bold: true, color: '1B5E20' })], { spacing: { before: 160 } }), ...p.certs.map((s) => para(s, { spacing: { after: 10 } })),
    ],
  });
  const ind = { left: 3500 };
  const H = (t: string) => para([run(t, { bold: true, size: 24, color: '1B5E20' })], { indent: ind, spacing: { before: 200, after: 60 } });
  const kids: Paragraph[] = [
    new Paragraph({ children: [box as never, run(zh ? p.name : `${p.name}  ${p.enName}`, { bold: true, size: 40 })], indent: ind }),
    para([run(p.headline, { italics: true })], { indent: ind }),
    H(zh ? '工作经历' : 'EXPERIENCE'),
  ];
  for (const j of newestFirst(p)) {
    kids.push(para([run(`${d(j.start)} – ${j.end ? d(j.end) : zh ? '至今' : 'present'}`, { color: '666666' })], { indent: ind, spacing: { before: 60, after: 0 } }));
    kids.push(para([run(co(p, j), { bold: true }), run(`  |  ${ti(p, j)}`)], { indent: ind, spacing: { after: 0 } }));
    for (const x of j.duties) kids.push(para(`– ${x}`, { indent: { left: 3700 }, spacing: { after: 0 } }));
  }
  kids.push(H(zh ? '教育背景' : 'EDUCATION'), ...p.education.map((e) => para(`${d(e.start)} – ${d(e.end)}  ${e.school}, ${e.degree}`, { indent: ind })));
  const doc = docOf(p, [{ properties: A4, children: kids }]);
  addDocx(p.id, 'two-column', 'textbox-docx', doc);
}

// zh-float-right: Chinese template with a float:right info column (photo, 求职意向, 基本信息, 技能, 证书); dates float right in the main column
function zhFloatRight(p: Person) {
  const d = (ym: string) => `${y(ym)}.${mm(ym)}`;
  const mix = p.language === 'mixed';
  const css = `.side{float:right;width:32%;background:#f3f6fa;padding:10px;margin-left:12px;min-height:255mm}.ph{width:28mm;height:34mm;margin:0 auto 8px}.main{overflow:hidden}.n{font-size:22pt;font-weight:bold;color:#1d4e89}h3{font-size:11pt;color:#1d4e89;border-bottom:1px dashed #1d4e89;margin:12px 0 5px}.j{margin-bottom:7px}.dt{float:right;color:#555}.s div{margin:2px 0}`;
  const side = `<div class="side"><div class="ph">${avatar('#7f97b5')}</div><h3>求职意向</h3><div>${esc(p.headline)}</div><h3>基本信息</h3><div class="s"><div>手机：${p.phoneShow}</div><div>邮箱：${p.email}</div><div>${esc(p.otherPhone.label)}：${p.otherPhone.number}</div><div>现居：${esc(p.city)}</div></div><h3>${mix ? '技能 Skills' : '专业技能'}</h3><div class="s">${p.skills.map((s) => `<div>◆ ${esc(s)}</div>`).join('')}</div><h3>证书</h3><div class="s">${p.certs.map((c) => `<div>${esc(c)}</div>`).join('')}</div><h3>语言</h3><div class="s">${p.languages.map((c) => `<div>${esc(c)}</div>`).join('')}</div></div>`;
  const main = `<div class="main"><div class="n">${esc(p.name)}${mix ? ` <span style="font-size:13pt;color:#666">${esc(p.enName!)}</span>` : ''}</div><div>${p.work.length}段工作经历 · ${esc(p.city)}</div>
<h3>工作经历${mix ? ' Experience' : ''}</h3>${newestFirst(p).map((j) => `<div class="j"><span class="dt">${d(j.start)}-${j.end ? d(j.end) : '至今'}</span><b>${esc(co(p, j))}</b><br>${esc(ti(p, j))}<ul>${j.duties.map((x) => `<li>${esc(x)}</li>`).join('')}</ul></div>`).join('')}
<h3>教育背景</h3>${p.education.map((e) => `<div class="j"><span class="dt">${d(e.start)}-${d(e.end)}</span><b>${esc(e.school)}</b><br>${esc(e.degree)}</div>`).join('')}
<h3>自我评价</h3><div>${mix ? '熟悉硬件产品全流程，沟通能力强，可英文工作。' : '工作认真负责，沟通协调能力强，能吃苦耐劳。'}</div></div>`;
  addHtml(p.id, 'two-column', 'zh-float-right', html(p, css, side + main, 'zh-CN'));
}

// en-flex-right: flexbox CV with the photo and "At a glance" panel on the right; dates as "Jun 2022 → present" pills under the title
function enFlexRight(p: Person) {
  const css = `.wrap{display:flex;gap:14px}.main{flex:1}.aside{width:62mm;border-left:3px solid #c0392b;padding-left:10px}.n{font-size:23pt;font-weight:bold}.hl{color:#c0392b;margin-bottom:8px}h2{font-size:11pt;letter-spacing:1px;text-transform:uppercase;margin:12px 0 5px;color:#c0392b}.pill{display:inline-block;background:#fbe9e7;border-radius:8px;padding:0 6px;font-size:8.5pt;margin:2px 0}.j{margin-bottom:8px}.ph{width:34mm;height:40mm;margin-bottom:8px}.aside div{margin:2px 0}`;
  const main = `<div class="main"><div class="n">${esc(p.name)}</div><div class="hl">${esc(p.headline)}</div>
<h2>Experience</h2>${newestFirst(p).map((j) => `<div class="j"><b>${esc(j.title)}</b><br><span class="pill">${monYYYY(j.start)} → ${j.end ? monYYYY(j.end) : 'present'}</span> ${esc(j.company)} · ${esc(j.town)}<ul>${j.duties.map((x) => `<li>${esc(x)}</li>`).join('')}</ul></div>`).join('')}
<h2>Education</h2>${p.education.map((e) => `<div class="j"><b>${esc(e.degree)}</b><br>${esc(e.school)} <span class="pill">${y(e.start)} → ${y(e.end)}</span></div>`).join('')}</div>`;
  const aside = `<div class="aside"><div class="ph">${avatar('#b07a70')}</div><h2>At a glance</h2><div>☎ ${p.phoneShow}</div><div>✉ ${p.email}</div><div>⌂ ${esc(p.city)}</div><div>${esc(p.otherPhone.label)}: ${p.otherPhone.number}</div><h2>Skills</h2>${p.skills.map((s) => `<div>${esc(s)}</div>`).join('')}<h2>Languages</h2>${p.languages.map((s) => `<div>${esc(s)}</div>`).join('')}<h2>Certificates</h2>${p.certs.map((s) => `<div>${esc(s)}</div>`).join('')}</div>`;
  addHtml(p.id, 'two-column', 'en-flex-right', html(p, css, `<div class="wrap">${main}${aside}</div>`));
}

// mixed-grid: CSS-grid CV with a dark left column carrying the Chinese name large over the English name; English main column
function mixedGrid(p: Person) {
  const tc = isTrad(p);
  const d = (ym: string) => `${y(ym)}.${mm(ym)}`;
  const css = `.g{display:grid;grid-template-columns:60mm 1fr;gap:0;min-height:265mm}.l{background:#263238;color:#eceff1;padding:12px 10px}.r{padding:8px 0 0 14px}.l div.zn{font-size:26pt;font-weight:bold;letter-spacing:4px}.l div.en{font-size:12pt;color:#b0bec5;margin-bottom:10px}.l h4{color:#80cbc4;border-bottom:1px solid #546e7a;margin:12px 0 4px;font-size:10pt}.l div{font-size:9pt;margin:2px 0;word-break:break-all}.r h2{font-size:12pt;color:#263238;border-bottom:2px solid #80cbc4;margin:8px 0 6px}.j{margin-bottom:8px}.t{display:flex;justify-content:space-between}.c{color:#00796b}`;
  const l = `<div class="l"><div class="zn">${esc(p.name)}</div><div class="en">${esc(p.enName!)}</div><div>${esc(p.headline)}</div><h4>${tc ? '聯絡' : '联系'} Contact</h4><div>${p.phoneShow}</div><div>${p.email}</div><div>${esc(p.city)}</div><h4>${tc ? '技能' : '技能'} Skills</h4>${p.skills.map((s) => `<div>${esc(s)}</div>`).join('')}<h4>${tc ? '語言' : '语言'} Languages</h4>${p.languages.map((s) => `<div>${esc(s)}</div>`).join('')}<h4>${tc ? '證書' : '证书'} Certificates</h4>${p.certs.map((s) => `<div>${esc(s)}</div>`).join('')}</div>`;
  const r = `<div class="r"><h2>Experience ${tc ? '工作經驗' : '工作经历'}</h2>${newestFirst(p).map((j) => `<div class="j"><div class="t"><b>${esc(ti(p, j))}</b><span>${d(j.start)} – ${j.end ? d(j.end) : 'Present'}</span></div><div class="c">${esc(co(p, j))} · ${esc(j.town)}</div><ul>${j.duties.map((x) => `<li>${esc(x)}</li>`).join('')}</ul></div>`).join('')}
<h2>Education ${tc ? '學歷' : '教育'}</h2>${p.education.map((e) => `<div class="j"><div class="t"><b>${esc(e.degree)}</b><span>${d(e.start)} – ${d(e.end)}</span></div><div>${esc(e.school)}</div></div>`).join('')}
<h2>References</h2><div>${esc(p.otherPhone.label)}: ${p.otherPhone.number} (for verification only)</div></div>`;
  addHtml(p.id, 'two-column', 'mixed-grid', html(p, css, `<div class="g">${l}${r}</div>`, tc ? 'zh-HK' : 'zh-CN'));
}

// en-grid-ledger: CSS-grid CV with a "by the numbers" strip; main column has dates in a gutter; right column skills/languages
function enGridLedger(p: Person) {
  const css = `.hd{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:4px solid #37474f;padding-bottom:4px}.n{font-size:22pt;font-weight:bold}.strip{display:grid;grid-template-columns:repeat(3,1fr);gap:6px;margin:8px 0}.strip div{background:#eceff1;padding:4px;text-align:center;font-size:9pt}.strip b{display:block;font-size:14pt}.g{display:grid;grid-template-columns:1fr 55mm;gap:14px}.row{display:grid;grid-template-columns:30mm 1fr;gap:6px;margin-bottom:7px}.dt{font-size:8.5pt;color:#546e7a}h2{font-size:11pt;margin:8px 0 5px;color:#37474f}.side div{margin:2px 0}`;
  const main = `<div><h2>Work history</h2>${newestFirst(p).map((j) => `<div class="row"><div class="dt">${monYYYY(j.start)} – ${j.end ? monYYYY(j.end) : 'ongoing'}</div><div><b>${esc(j.title)}</b>, ${esc(j.company)}<br><i>${esc(j.town)}</i><ul>${j.duties.map((x) => `<li>${esc(x)}</li>`).join('')}</ul></div></div>`).join('')}<h2>Education</h2>${p.education.map((e) => `<div class="row"><div class="dt">${y(e.start)} – ${y(e.end)}</div><div>${esc(e.degree)}<br>${esc(e.school)}</div></div>`).join('')}</div>`;
  const side = `<div class="side"><h2>Contact</h2><div>${p.phoneShow}</div><div>${p.email}</div><div>${esc(p.city)}</div><div>${esc(p.otherPhone.label)}: ${p.otherPhone.number}</div><h2>Core skills</h2>${p.skills.map((s) => `<div>■ ${esc(s)}</div>`).join('')}<h2>Languages</h2>${p.languages.map((s) => `<div>${esc(s)}</div>`).join('')}<h2>Licences</h2>${p.certs.map((s) => `<div>${esc(s)}</div>`).join('')}</div>`;
  const body = `<div class="hd"><div><div class="n">${esc(p.name)}</div><div>${esc(p.headline)}</div></div><div style="font-size:9pt;text-align:right">${esc(p.city)}</div></div>
<div class="strip"><div><b>${Math.round(yearsWorked(p.work, REF))}+</b>years in the field</div><div><b>${new Set(p.work.map((w) => w.company)).size}</b>employers</div><div><b>${p.work.length}</b>roles</div></div><div class="g">${main}${side}</div>`;
  addHtml(p.id, 'two-column', 'en-grid-ledger', html(p, css, body));
}

// zh-table-display: Chinese two-column template built with display:table cells; timeline "2015.09 ▸ 2020.10" on the left of the main column
function zhTableDisplay(p: Person) {
  const d = (ym: string) => `${y(ym)}.${mm(ym)}`;
  const css = `.t{display:table;width:100%;min-height:260mm}.a,.b{display:table-cell;vertical-align:top}.a{width:58mm;background:#4a2c5e;color:#fff;padding:12px}.b{padding:4px 0 0 14px}.a div.n{font-size:22pt;font-weight:bold;margin-bottom:4px}.a h4{border-bottom:1px solid #a98bbd;margin:12px 0 4px}.a div{font-size:9pt;margin:2px 0}.b h2{color:#4a2c5e;font-size:12pt;margin:10px 0 6px}.it{display:flex;gap:8px;margin-bottom:7px;border-left:2px solid #a98bbd;padding-left:8px}.dt{width:34mm;flex:none;color:#4a2c5e;font-size:9pt}`;
  const a = `<div class="a"><div class="n">${esc(p.name)}</div><div>${esc(p.headline)}</div><h4>联系方式</h4><div>☎ ${p.phoneShow}</div><div>✉ ${p.email}</div><div>⌂ ${esc(p.city)}</div><h4>技能特长</h4>${p.skills.map((s) => `<div>· ${esc(s)}</div>`).join('')}<h4>语言能力</h4>${p.languages.map((s) => `<div>${esc(s)}</div>`).join('')}<h4>荣誉证书</h4>${p.certs.map((s) => `<div>${esc(s)}</div>`).join('')}</div>`;
  const b = `<div class="b"><h2>工作经历</h2>${newestFirst(p).map((j) => `<div class="it"><div class="dt">${d(j.start)} ▸ ${j.end ? d(j.end) : '至今'}</div><div><b>${esc(j.company)}</b>｜${esc(j.title)}<br>${j.duties.map(esc).join('；')}</div></div>`).join('')}<h2>教育经历</h2>${p.education.map((e) => `<div class="it"><div class="dt">${d(e.start)} ▸ ${d(e.end)}</div><div><b>${esc(e.school)}</b>｜${esc(e.degree)}</div></div>`).join('')}<h2>其他</h2><div>${esc(p.otherPhone.label)}：${p.otherPhone.number}</div></div>`;
  addHtml(p.id, 'two-column', 'zh-table-display', html(p, css, `<div class="t">${a}${b}</div>`, 'zh-CN'));
}

// ---------- assignments ----------
huDotted(P('p01')); irJalali(P('p02')); rsRoman(P('p03'));
for (const id of ['p09', 'p11', 'p12']) zhMinzu(P(id));
for (const id of ['p06', 'p07']) gitPatch(P(id));
for (const id of ['p08', 'p10']) zhPengyouquan(P(id));
for (const id of ['p05', 'p13', 'p15']) inmail(P(id));
for (const id of ['p05', 'p14']) outlineNumbered(P(id));
for (const id of ['p04', 'p16']) pgFifo(P(id));
gePortal(P('p07'));
stazTable(P('p03'));
for (const id of ['p01', 'p06']) lvTransposed(P(id));
for (const id of ['p08', 'p10']) zhErjian(P(id));
for (const id of ['p09', 'p12']) zhJianzhi(P(id));
for (const id of ['p02', 'p04']) siteInduction(P(id));
for (const id of ['p13', 'p15', 'p16']) nameGrid(P(id));
for (const id of ['p06', 'p07']) ministryForm(P(id));
twSeniority(P('p14'));
for (const id of ['p01', 'p11']) docxCols(P(id));
for (const id of ['p12', 'p16']) textboxDocx(P(id));
for (const id of ['p08', 'p10', 'p13']) zhFloatRight(P(id));
for (const id of ['p03', 'p05']) enFlexRight(P(id));
for (const id of ['p13', 'p14', 'p15']) mixedGrid(P(id));
for (const id of ['p02', 'p04']) enGridLedger(P(id));
for (const id of ['p09', 'p11']) zhTableDisplay(P(id));

// ---------- write ----------
for (const [file, doc] of docxJobs) writeFileSync(path.join(docsDir, file), await Packer.toBuffer(doc));
exportDocxToPdf(docsDir);
await printHtml(docsDir, htmlJobs);
const langOf = (id: string) => P(id).language;
documents.sort((a, b) => a.file.localeCompare(b.file));
const truth = {
  referenceDate: REF,
  people: people.map((p) => ({
    id: p.id, language: p.language, name: p.name, email: p.email, phone: p.phone,
    skills: p.skills.map((s) => [s, ...(p.synonyms?.[s] ?? [])].join(' | ')),
    work: [...p.work].sort((a, b) => a.start.localeCompare(b.start) || (a.end ?? '9').localeCompare(b.end ?? '9')).map((j) => ({ company: j.company, start: j.start, end: j.end })),
    yearsOfExperience: yearsWorked(p.work, REF),
  })),
  documents: documents.map((d) => ({ ...d, language: langOf(d.person) })),
};
writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
const files = documents.map((d) => d.file);
const extra = readdirSync(docsDir).filter((f) => !files.includes(f));
if (extra.length) console.warn('unlisted files in documents/:', extra);
writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifestOf(docsDir, files), null, 2) + '\n');
console.log(`${documents.length} documents written`);
