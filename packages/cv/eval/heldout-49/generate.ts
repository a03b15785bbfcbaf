/**
 * heldout-49 generator: writes documents/, truth.json and manifest.json.
 * Run from packages/cv: `npx tsx eval/heldout-49/generate.ts [--force]`.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType, BorderStyle, Column, ColumnBreak, Document, ExternalHyperlink, Footer, Header, LineRuleType, Packer, PageNumber,
  Paragraph, ShadingType, Tab, Table, TableCell, TableLayoutType, TableRow, TabStopType, TextRun, Textbox, VerticalAlignTable, WidthType,
} from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people, printed, type Job, type Person } from './people.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docsDir = path.join(here, 'documents');
const REF = '2026-12';

if (existsSync(path.join(here, 'manifest.json')) && !process.argv.includes('--force')) {
  console.error('manifest.json exists; pass --force to regenerate');
  process.exit(1);
}
rmSync(docsDir, { recursive: true, force: true });
mkdirSync(docsDir, { recursive: true });

// ---------------------------------------------------------------- helpers
const P = (id: string) => people.find((p) => p.id === id)!;
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
type DS = 'Mon YYYY' | 'Month YYYY' | 'MM/YYYY' | 'YYYY.MM' | 'YYYY年M月' | 'YYYY年MM月' | 'YYYY/MM' | 'YYYY-MM' | 'MON YYYY' | 'Mon-YYYY' | 'YYYYMM';
function d(ym: string, s: DS): string {
  const y = ym.slice(0, 4), m = Number(ym.slice(5, 7)), mm = ym.slice(5, 7);
  switch (s) {
    case 'Mon YYYY': return `${MON[m - 1]} ${y}`;
    case 'Month YYYY': return `${MONTH[m - 1]} ${y}`;
    case 'MM/YYYY': return `${mm}/${y}`;
    case 'YYYY.MM': return `${y}.${mm}`;
    case 'YYYY年M月': return `${y}年${m}月`;
    case 'YYYY年MM月': return `${y}年${mm}月`;
    case 'YYYY/MM': return `${y}/${mm}`;
    case 'YYYY-MM': return `${y}-${mm}`;
    case 'MON YYYY': return `${MON[m - 1].toUpperCase()} ${y}`;
    case 'Mon-YYYY': return `${MON[m - 1]}-${y}`;
    case 'YYYYMM': return `${y}${mm}`;
  }
}
const rng = (j: { start: string; end: string | null }, s: DS, sep: string, present: string) => `${d(j.start, s)}${sep}${j.end ? d(j.end, s) : present}`;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const rev = (p: Person) => [...p.jobs].reverse();
const sk = (p: Person) => p.skills.map(printed);
const other = (p: Person, label: string) => p.others.find((o) => o.label.startsWith(label))?.number ?? '';
const months = (a: string, b: string | null) => {
  const i = (s: string) => Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7));
  return i(b ?? REF) - i(a) + 1;
};
const liDur = (n: number) => {
  const y = Math.floor(n / 12), m = n % 12;
  return [y ? `${y} yr${y > 1 ? 's' : ''}` : '', m ? `${m} mo${m > 1 ? 's' : ''}` : ''].filter(Boolean).join(' ');
};
/** group consecutive roles at one employer (newest first) */
function groups(p: Person): { company: string; roles: Job[] }[] {
  const out: { company: string; roles: Job[] }[] = [];
  for (const j of rev(p)) {
    const last = out[out.length - 1];
    if (last && last.company === j.company) last.roles.push(j); else out.push({ company: j.company, roles: [j] });
  }
  return out;
}
const SVG = {
  phone: '<svg width="11" height="11" viewBox="0 0 24 24"><path fill="currentColor" d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2c.3-.3.7-.4 1-.2 1.1.4 2.3.6 3.6.6.6 0 1 .4 1 1V20c0 .6-.4 1-1 1A17 17 0 0 1 3 4c0-.6.4-1 1-1h3.5c.6 0 1 .4 1 1 0 1.3.2 2.5.6 3.6.1.3 0 .7-.2 1l-2.3 2.2z"/></svg>',
  mail: '<svg width="11" height="11" viewBox="0 0 24 24"><path fill="currentColor" d="M20 4H4a2 2 0 0 0-2 2v12c0 1.1.9 2 2 2h16a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2zm0 4-8 5-8-5V6l8 5 8-5v2z"/></svg>',
  pin: '<svg width="11" height="11" viewBox="0 0 24 24"><path fill="currentColor" d="M12 2a7 7 0 0 0-7 7c0 5.3 7 13 7 13s7-7.7 7-13a7 7 0 0 0-7-7zm0 9.5A2.5 2.5 0 1 1 12 6.5a2.5 2.5 0 0 1 0 5z"/></svg>',
  desk: '<svg width="11" height="11" viewBox="0 0 24 24"><path fill="currentColor" d="M4 5h16v10H4zM2 17h20v2H2z"/></svg>',
  link: '<svg width="11" height="11" viewBox="0 0 24 24"><path fill="currentColor" d="M10.6 13.4a1 1 0 0 0 1.4 0l4-4a3 3 0 0 0-4.2-4.2l-1.5 1.5 1.4 1.4 1.5-1.5a1 1 0 0 1 1.4 1.4l-4 4a1 1 0 0 0 0 1.4zM13.4 10.6a1 1 0 0 0-1.4 0l-4 4a3 3 0 0 0 4.2 4.2l1.5-1.5-1.4-1.4-1.5 1.5a1 1 0 0 1-1.4-1.4l4-4a1 1 0 0 0 0-1.4z"/></svg>',
  person: '<svg viewBox="0 0 60 60" width="100%" height="100%"><rect width="60" height="60" fill="#cfd6de"/><circle cx="30" cy="23" r="11" fill="#8c99a8"/><path d="M8 60c2-14 12-20 22-20s20 6 22 20z" fill="#8c99a8"/></svg>',
};
const ic = (k: keyof typeof SVG, color = 'currentColor') => `<span style="display:inline-block;width:12px;color:${color};vertical-align:-1px">${SVG[k]}</span>`;
const page = (css: string, body: string, lang = 'en') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>
@page { size: A4; } * { box-sizing: border-box; } body { margin: 0; font-family: 'DejaVu Sans', 'Noto Sans CJK SC', 'Noto Sans CJK TC', sans-serif; font-size: 9.5pt; color: #222; }
ul { margin: 2px 0 4px 0; padding-left: 15px; } li { margin: 1px 0; } h1, h2, h3, p { margin: 0; }
${css}</style></head><body>${body}</body></html>`;
const isZh = (p: Person) => p.lang === 'zh';
const tc = (p: Person) => p.id === 'p11' || p.id === 'p16';

// ---------------------------------------------------------------- collected outputs
type Layout = 'single' | 'two-column' | 'table';
type Producer = 'chromium' | 'docx' | 'libreoffice' | 'txt';
interface DocRec { file: string; person: string; template: string; layout: Layout; producer: Producer; language: string }
const records: DocRec[] = [];
const html: [string, string][] = [];
const docxJobs: [string, Document][] = [];
const short = (l: Layout) => (l === 'two-column' ? 'twocol' : l);
function addHtml(p: Person, template: string, layout: Layout, src: string) {
  const file = `${p.id}-${short(layout)}-${template}.pdf`;
  html.push([file, src]);
  records.push({ file, person: p.id, template, layout, producer: 'chromium', language: p.lang });
}
function addDocx(p: Person, template: string, layout: Layout, doc: Document) {
  const base = `${p.id}-${short(layout)}-${template}`;
  docxJobs.push([`${base}.docx`, doc]);
  records.push({ file: `${base}.docx`, person: p.id, template, layout, producer: 'docx', language: p.lang });
  records.push({ file: `${base}.pdf`, person: p.id, template, layout, producer: 'libreoffice', language: p.lang });
}
function addTxt(p: Person, template: string, layout: Layout, text: string) {
  const file = `${p.id}-${short(layout)}-${template}.txt`;
  writeFileSync(path.join(docsDir, file), text, 'utf8');
  records.push({ file, person: p.id, template, layout, producer: 'txt', language: p.lang });
}

// ================================================================ CHROMIUM TEMPLATES

/** Reactive Resume "Gengar"-like: coloured left column whose top block holds name, headline and icon contact; tinted summary box; dates right on the title line. */
function rxGengar(p: Person): string {
  const L = p.lang === 'mixed';
  const contact = [
    `${ic('mail')} <a href="mailto:${p.email}">${p.email}</a>`,
    `${ic('phone')} ${p.intl}`,
    ...p.others.filter((o) => !o.label.startsWith('Home (S')).map((o) => `${ic('desk')} ${o.label}: ${o.number}`),
    `${ic('pin')} ${p.town}`,
    `${ic('link')} linkedin.com/in/${p.email.split('@')[0].replace(/[._]/g, '-')}`,
  ];
  const left = `
  <div class="hd"><div class="nm">${L ? `${p.alt}<br><span class="cn">${p.name}</span>` : p.name}</div><div class="hl">${p.headline}</div>
  <div class="ct">${contact.map((c) => `<div>${c}</div>`).join('')}</div></div>
  <div class="ls"><h3>Skills</h3>${sk(p).map((s) => `<div class="sk">${s}</div>`).join('')}
  <h3>Languages</h3>${p.languages.map((s) => `<div>${s}</div>`).join('')}
  <h3>Certifications</h3>${p.certs.map((s) => `<div>${s}</div>`).join('')}
  <h3>Education</h3>${p.edu.map((e) => `<div><b>${e.school}</b><br>${e.degree}<br><span class="mu">${rng(e, 'Mon YYYY', ' - ', '')}</span></div>`).join('')}</div>`;
  const right = `<div class="sum">${p.summary}</div><h2>Experience</h2>${rev(p).map((j) => `
  <div class="job"><div class="row"><b>${j.company}</b><span class="dt">${rng(j, 'Mon YYYY', ' - ', 'Present')}</span></div>
  <div class="row"><span>${j.title}</span><span class="mu">${j.town}</span></div><ul>${j.duties.map((x) => `<li>${x}</li>`).join('')}</ul></div>`).join('')}`;
  return page(`
  .g { display: grid; grid-template-columns: 33% 1fr; min-height: 258mm; } .lc { display: flex; flex-direction: column }
  .hd { background: #0f766e; color: #fff; padding: 12px 12px; } .nm { font-size: 17pt; font-weight: bold; line-height: 1.15 } .cn { font-size: 13pt }
  .hl { margin: 4px 0 8px; opacity: .9 } .ct div { margin: 3px 0; font-size: 8.3pt; word-break: break-all } .ct a { color: #fff; text-decoration: none }
  .ls { background: #ccfbf1; padding: 8px 12px; flex: 1; font-size: 8.6pt } .ls h3 { color: #0f766e; font-size: 10pt; margin: 10px 0 3px; border-bottom: 1px solid #0f766e }
  .ls div { margin: 2px 0 } .mu { color: #666 } .sum { background: #f0fdfa; padding: 10px 12px; margin-bottom: 8px }
  .main { padding: 0 0 0 14px } h2 { color: #0f766e; font-size: 12pt; border-bottom: 2px solid #0f766e; margin: 6px 0 } .row { display: flex; justify-content: space-between }
  .job { margin-bottom: 8px } .dt { color: #0f766e; font-weight: bold; white-space: nowrap }`,
  `<div class="g"><div class="lc">${left}</div><div class="main">${right}</div></div>`);
}

/** Reactive Resume "Chikorita"-like: main column left, full-height coloured right sidebar; dates under the title line. */
function rxChikorita(p: Person): string {
  const z = p.lang === 'zh';
  const H = z ? { exp: '工作經歷', contact: '聯絡方式', skills: '專長技能', lang: '語言', edu: '學歷', cert: '證照', prof: '簡介' }
    : p.lang === 'mixed' ? { exp: 'Experience 工作经历', contact: 'Contact 联系方式', skills: 'Skills 技能', lang: 'Languages 语言', edu: 'Education 教育背景', cert: 'Certificates 证书', prof: 'Profile 个人简介' }
      : { exp: 'Experience', contact: 'Contact', skills: 'Skills', lang: 'Languages', edu: 'Education', cert: 'Certifications', prof: 'Profile' };
  const ds: DS = z ? 'YYYY/MM' : p.lang === 'mixed' ? 'YYYY.MM' : 'Mon YYYY';
  const pres = z ? '現在' : 'Present';
  const lbl = z ? { m: '手機', e: 'E-mail' } : { m: 'Mobile', e: 'Email' };
  const contact = [
    `<div class="lb">${lbl.m}</div><div>${z ? p.nat : p.intl}</div>`,
    ...p.others.map((o) => `<div class="lb">${z ? o.zh : o.label}</div><div>${o.number}</div>`),
    `<div class="lb">${lbl.e}</div><div><a href="mailto:${p.email}">${p.email}</a></div>`,
    `<div class="lb">${z ? '居住地' : 'Location'}</div><div>${p.town}</div>`,
  ].join('');
  const side = `<h3>${H.contact}</h3>${contact}<h3>${H.skills}</h3>${sk(p).map((s) => `<div class="chip">${s}</div>`).join('')}
  <h3>${H.lang}</h3>${p.languages.map((l) => `<div>${l}</div>`).join('')}<h3>${H.cert}</h3>${p.certs.map((l) => `<div>${l}</div>`).join('')}`;
  const main = `<h1>${p.lang === 'mixed' ? `${p.name} <span class="en">${p.alt}</span>` : p.name}</h1><div class="hl">${p.headline}</div>
  <h2>${H.prof}</h2><p>${p.summary}</p><h2>${H.exp}</h2>${rev(p).map((j) => `<div class="job"><div class="t"><b>${j.title}</b> · ${j.company}</div>
  <div class="dt">${rng(j, ds, ' – ', pres)} · ${j.town}</div><ul>${j.duties.map((x) => `<li>${x}</li>`).join('')}</ul></div>`).join('')}
  <h2>${H.edu}</h2>${p.edu.map((e) => `<div class="job"><div class="t"><b>${e.degree}</b> · ${e.school}</div><div class="dt">${rng(e, ds, ' – ', '')}</div></div>`).join('')}`;
  return page(`
  .g { display: grid; grid-template-columns: 1fr 58mm; min-height: 258mm } .m { padding-right: 14px } .s { background: #365314; color: #f7fee7; padding: 12px; font-size: 8.6pt }
  .s h3 { font-size: 10pt; margin: 12px 0 5px; color: #d9f99d; text-transform: uppercase; letter-spacing: .5px } .s h3:first-child { margin-top: 0 } .s a { color: #f7fee7 }
  .lb { font-size: 7.5pt; color: #bef264; margin-top: 4px } .chip { display: inline-block; border: 1px solid #bef264; border-radius: 9px; padding: 1px 7px; margin: 2px 2px 0 0 }
  h1 { font-size: 22pt; color: #365314 } .en { font-size: 13pt; color: #555; font-weight: normal } .hl { font-size: 11pt; color: #4d7c0f; margin-bottom: 6px }
  h2 { font-size: 11pt; color: #365314; margin: 12px 0 4px; border-bottom: 1px solid #a3e635 } .job { margin-bottom: 7px } .dt { color: #4d7c0f; font-size: 8.5pt }`,
  `<div class="g"><div class="m">${main}</div><div class="s">${side}</div></div>`, z ? 'zh-TW' : 'en');
}

/** Jekyll "Minimal Mistakes"-like personal site CV page printed from Chrome: floated author sidebar with an "Email" link, obfuscated address in the text, browser header/footer lines. */
function jekyllAuthor(p: Person): string {
  const user = p.email.split('@')[0];
  const dom = p.email.split('@')[1];
  const obf = `${user} [at] ${dom.replace(/\./g, ' [dot] ')}`;
  const slug = p.id === 'p02' ? 'jellsworth.github.io' : 'jasonchan-sec.github.io';
  return page(`
  .bh { display: flex; justify-content: space-between; font-size: 7pt; color: #444; margin-bottom: 6px } .bf { display: flex; justify-content: space-between; font-size: 7pt; color: #444; margin-top: 10px; border-top: 0 }
  .mast { border-bottom: 1px solid #ddd; padding: 4px 0 8px; display: flex; justify-content: space-between; font-size: 9pt } .mast b { font-size: 11pt }
  .author { float: left; width: 48mm; margin: 12px 14px 10px 0; font-size: 8.5pt } .av { width: 30mm; height: 30mm; border-radius: 50%; overflow: hidden; border: 1px solid #ccc }
  .author h3 { font-size: 12pt; margin: 8px 0 2px } .author ul { list-style: none; padding: 0 } .author li { margin: 4px 0 } .author a { color: #333; text-decoration: none }
  .page { overflow: hidden; padding-top: 12px } h1 { font-size: 20pt; margin-bottom: 6px } h2 { font-size: 12pt; border-bottom: 1px solid #eee; margin: 12px 0 4px; padding-bottom: 2px }
  .e { margin: 6px 0 } .e .w { color: #52adc8 } .note { background: #f3f6f6; border-left: 4px solid #52adc8; padding: 6px 8px; margin-top: 8px }`,
  `<div class="bh"><span>12/3/26, 9:41 PM</span><span>CV - ${p.lang === 'mixed' ? p.alt : p.name}</span></div>
  <div class="mast"><b>${p.lang === 'mixed' ? `${p.alt} ${p.name}` : p.name}</b><span>About &nbsp; Posts &nbsp; Projects &nbsp; <u>CV</u></span></div>
  <div class="author"><div class="av">${SVG.person}</div><h3>${p.lang === 'mixed' ? `${p.alt}<br>${p.name}` : p.name}</h3><div>${p.headline}. ${p.summary}</div>
  <ul><li>${ic('pin')} ${p.town}</li><li>${ic('mail')} <a href="mailto:${p.email}">Email</a></li><li>${ic('link')} <a href="https://www.linkedin.com/">LinkedIn</a></li><li>${ic('link')} <a href="https://github.com/">GitHub</a></li></ul></div>
  <div class="page"><h1>CV</h1>
  <h2>Work experience</h2>${rev(p).map((j) => `<div class="e"><b>${j.title}</b>, <span class="w">${j.company}</span>, ${j.town} <i>(${rng(j, 'Mon YYYY', ' – ', 'present')})</i>
  <ul>${j.duties.map((x) => `<li>${x}</li>`).join('')}</ul></div>`).join('')}
  <h2>Education</h2>${p.edu.map((e) => `<div class="e">${e.degree}, ${e.school}, ${e.end.slice(0, 4)}</div>`).join('')}
  <h2>Skills</h2><ul>${sk(p).map((s) => `<li>${s}</li>`).join('')}</ul>
  <h2>Certifications &amp; languages</h2><ul>${[...p.certs, ...p.languages].map((s) => `<li>${s}</li>`).join('')}</ul>
  <div class="note">Best way to reach me: e-mail <b>${obf}</b> (replace the brackets), or call/text ${p.nat}${p.others[0] ? `. Office line ${p.others[0].number} is for work matters only` : ''}.</div></div>
  <div class="bf"><span>https://${slug}/cv/</span><span>1/1</span></div>`);
}

/** 简历 laid out in WPS 演示/PowerPoint as an A4 portrait slide and exported: every block an absolutely positioned text box; DOM (z-order) has the right side first. */
function wpsPpt(p: Person): string {
  const js = rev(p);
  let top = 34;
  const boxes = js.map((j) => {
    const h = 16 + j.duties.length * 6;
    const b = `<div class="tb" style="left:72mm;top:${top}mm;width:108mm"><div class="dot"></div><div class="dt">${d(j.start, 'YYYY年M月')}${j.end ? `—${d(j.end, 'YYYY年M月')}` : '至今'}</div>
    <div class="co">${j.company}　<b>${j.title}</b></div>${j.duties.map((x, i) => `<div class="du">${i + 1}. ${x}</div>`).join('')}</div>`;
    top += h + 5;
    return b;
  });
  const edTop = top + 10;
  return page(`
  .slide { position: relative; width: 182mm; height: 264mm; overflow: hidden } .tb { position: absolute }
  .band { position: absolute; left: 0; top: 0; width: 62mm; height: 264mm; background: #1e3a5f } .photo { position: absolute; left: 16mm; top: 12mm; width: 30mm; height: 30mm; border-radius: 50%; overflow: hidden; border: 2px solid #fff }
  .w { color: #fff } .nm { font-size: 24pt; font-weight: bold; letter-spacing: 4px } .lab { font-size: 9pt; color: #9ec5ef; margin-top: 3mm } .it { font-size: 9pt; margin: 1.6mm 0; display: flex; gap: 5px; align-items: center }
  .ttl { font-size: 13pt; color: #1e3a5f; font-weight: bold; border-bottom: 2px solid #1e3a5f; padding-bottom: 1mm } .line { position: absolute; left: 74mm; width: 0; border-left: 2px solid #9ec5ef }
  .dot { position: absolute; left: -3.4mm; top: 1.2mm; width: 2.6mm; height: 2.6mm; border-radius: 50%; background: #1e3a5f } .tb .dt { color: #1e3a5f; font-weight: bold; font-size: 9pt; padding-left: 4mm }
  .co { padding-left: 4mm; margin: 1mm 0 } .du { padding-left: 4mm; font-size: 8.8pt; color: #444 }`,
  `<div class="slide">
  <div class="tb ttl" style="left:70mm;top:22mm;width:110mm">工作经历</div><div class="line" style="top:34mm;height:${top - 36}mm"></div>
  ${boxes.join('\n')}
  <div class="tb ttl" style="left:70mm;top:${edTop}mm;width:110mm">教育背景</div>
  ${p.edu.map((e, i) => `<div class="tb" style="left:72mm;top:${edTop + 12 + i * 10}mm;width:108mm">${d(e.start, 'YYYY.MM')}—${d(e.end, 'YYYY.MM')}　${e.school}　${e.degree}</div>`).join('')}
  <div class="tb ttl" style="left:70mm;top:${edTop + 26}mm;width:110mm">自我评价</div><div class="tb" style="left:72mm;top:${edTop + 38}mm;width:108mm">${p.summary}</div>
  <div class="band"></div><div class="photo">${SVG.person}</div>
  <div class="tb w" style="left:6mm;top:48mm;width:52mm;text-align:center"><div class="nm">${p.name}</div><div style="font-size:10pt;margin-top:1mm">求职意向：${p.headline}</div></div>
  <div class="tb w" style="left:6mm;top:72mm;width:54mm"><div class="lab">联系方式</div>
    <div class="it">${ic('phone', '#9ec5ef')}<span>手机：${p.nat}</span></div>
    <div class="it">${ic('desk', '#9ec5ef')}<span>座机：${p.others[0].number}</span></div>
    <div class="it">${ic('mail', '#9ec5ef')}<span style="word-break:break-all">邮箱：${p.email}</span></div>
    <div class="it">${ic('pin', '#9ec5ef')}<span>现居：${p.town}</span></div>
    <div class="lab">专业技能</div>${sk(p).map((s) => `<div class="it">▪ ${s}</div>`).join('')}
    <div class="lab">证书</div>${p.certs.map((s) => `<div class="it">▪ ${s}</div>`).join('')}
    <div class="lab">语言</div>${p.languages.map((s) => `<div class="it">▪ ${s}</div>`).join('')}</div>
  </div>`, 'zh-CN');
}

/** Two-page designer résumé: main column left with a date gutter, right bar whose contact/skills/referees run on to page 2. */
function designer2p(p: Person): string {
  const refs = p.id === 'p03'
    ? [['Ms Karen Whitby', 'Nurse Unit Manager, Coastal District Health', '(02) 5550 9120 · 0491 570 006'], ['Mr Sam Petrakis', 'Clinical Nurse Educator, Parramatta Valley Hospital', '0491 570 110']]
    : [['Mr Rajesh Pillai', 'Projects Director, Gulfstar Facilities Engineering', '+971 50 611 2394'], ['Eng. Omar Haddad', 'MEP Manager, Al Noor Building Contracting LLC', '+971 55 730 4411']];
  const extra = p.id === 'p03'
    ? { h: 'Professional development', items: ['Wound Management Masterclass (2024)', 'Preceptorship Program (2017)', 'Deteriorating Patient (DETECT) refresher (2025)', 'Aboriginal Cultural Training (2022)', 'Manual handling trainer (2021)'] }
    : { h: 'Projects', items: ['Palm Crescent Hotel refurbishment, 410 keys (2024–25)', 'Marina Walk residential tower, 42 floors (2018–21)', 'Sharjah Central Mall extension (2016–17)', 'Whitefield IT Park Phase II, Bengaluru (2014–16)', 'Al Barsha hotel apartments (2022–23)'] };
  const details = p.id === 'p03'
    ? ['Full Australian citizen', 'Available with 4 weeks’ notice', 'Current NSW Working with Children Check', 'Full driver licence (NSW)']
    : ['Visa: UAE employment visa (transferable)', 'Notice period: 60 days', 'UAE driving licence', 'Date of birth: 14/03/1990'];
  return page(`
  .g { display: grid; grid-template-columns: 1fr 60mm; column-gap: 8mm } h1 { font-size: 24pt; letter-spacing: 1px } .hl { font-size: 11pt; color: #b45309; margin: 2px 0 10px }
  h2 { font-size: 10.5pt; letter-spacing: 2px; text-transform: uppercase; color: #b45309; margin: 12px 0 6px } .e { display: grid; grid-template-columns: 31mm 1fr; column-gap: 4mm; margin-bottom: 8px; break-inside: avoid }
  .e .dt { color: #555; font-size: 8.5pt } .side { background: #fef3c7; padding: 12px 14px; font-size: 9.6pt; line-height: 1.55 } .side h3 { font-size: 10.5pt; color: #b45309; margin: 18px 0 6px; text-transform: uppercase; letter-spacing: 1px }
  .side h3:first-child { margin-top: 0 } .side div { margin: 2px 0 } .side .lb { font-size: 7.6pt; color: #92400e; margin-top: 5px } .ref { margin-bottom: 8px !important; break-inside: avoid } p { line-height: 1.45 }`,
  `<div class="g"><div><h1>${p.name}</h1><div class="hl">${p.headline}</div>
  <h2>Profile</h2><p>${p.summary} Known for calm, organised work under pressure and for training newer colleagues. Looking for a senior role where I can keep improving standards and mentoring the team.</p>
  <h2>Experience</h2>${rev(p).map((j) => `<div class="e"><div class="dt">${rng(j, 'MM/YYYY', ' – ', 'Present')}</div><div><b>${j.title}</b><br><i>${j.company}</i>, ${j.town}<ul>${j.duties.map((x) => `<li>${x}</li>`).join('')}</ul></div></div>`).join('')}
  <h2>Education</h2>${p.edu.map((e) => `<div class="e"><div class="dt">${rng(e, 'MM/YYYY', ' – ', '')}</div><div><b>${e.degree}</b><br>${e.school}, ${e.town}</div></div>`).join('')}
  <h2>${extra.h}</h2><ul>${extra.items.map((x) => `<li>${x}</li>`).join('')}</ul></div>
  <div class="side"><h3>Contact</h3><div class="lb">Mobile (preferred)</div><div>${p.nat}</div>${p.others.map((o) => `<div class="lb">${o.label}</div><div>${o.number}</div>`).join('')}
  <div class="lb">Email</div><div>${p.email}</div><div class="lb">Address</div><div>${p.id === 'p03' ? '7/22 Pittwater Road, Manly NSW 2095' : 'Flat 1406, Al Waha Tower, Al Nahda 1, Dubai'}</div>
  <h3>Skills</h3>${sk(p).map((s) => `<div>• ${s}</div>`).join('')}
  <h3>Certifications</h3>${p.certs.map((s) => `<div>• ${s}</div>`).join('')}
  <h3>Languages</h3>${p.languages.map((s) => `<div>${s}</div>`).join('')}
  <h3>Details</h3>${details.map((s) => `<div>${s}</div>`).join('')}
  <h3>Interests</h3><div>${p.id === 'p03' ? 'Ocean swimming, surf life saving (volunteer patrol member), cooking Vietnamese food for far too many people' : 'Cricket (weekend league), Carnatic music, trekking in the Hajar mountains'}</div>
  <h3>Volunteering</h3><div>${p.id === 'p03' ? 'Manly Surf Life Saving Club — patrol member since 2016; first-aid instructor for junior members' : 'ISHRAE Dubai chapter — student outreach volunteer; technical talks for graduate engineers'}</div>
  <h3>Memberships</h3>${(p.id === 'p03' ? ['Australian College of Nursing (MACN)', 'Wounds Australia', 'NSW Nurses and Midwives’ Association'] : ['ISHRAE (member)', 'ASHRAE (associate member)', 'Society of Engineers – UAE']).map((s) => `<div>${s}</div>`).join('')}
  <h3>Awards</h3><div>${p.id === 'p03' ? 'District Nursing Excellence Award — Clinical Leadership (2024); Ward Team of the Year (2019)' : 'Project Excellence Award, Gulfstar (2024); Safety Star of the Quarter, Al Noor (2019)'}</div>
  <h3>Referees</h3>${refs.map((r) => `<div class="ref"><b>${r[0]}</b><br>${r[1]}<br>${r[2]}</div>`).join('')}</div></div>`);
}

/** US one-pager whose contact row is inline SVG icons with cell and office (extension) numbers. */
function usIconRow(p: Person): string {
  const li = `linkedin.com/in/${p.name.toLowerCase().replace(/ /g, '')}`;
  const items = [[ic('phone'), `${p.nat} (cell)`], ...p.others.map((o) => [ic('desk'), `${o.number} (${o.label.toLowerCase()})`]), [ic('mail'), `<a href="mailto:${p.email}">${p.email}</a>`], [ic('pin'), p.town], [ic('link'), li]];
  return page(`
  h1 { font-size: 22pt; font-weight: 300; letter-spacing: 1px } .hl { color: #1d4ed8; font-size: 11pt; margin: 2px 0 6px } .cr { display: flex; flex-wrap: wrap; gap: 4px 14px; font-size: 8.6pt; border-bottom: 2px solid #1d4ed8; padding-bottom: 6px }
  .cr a { color: #222; text-decoration: none } h2 { font-size: 10.5pt; color: #1d4ed8; text-transform: uppercase; margin: 12px 0 4px; letter-spacing: 1px } .r { display: flex; justify-content: space-between } .j { margin-bottom: 7px }`,
  `<h1>${p.name}</h1><div class="hl">${p.headline}</div><div class="cr">${items.map(([i, t]) => `<span>${i} ${t}</span>`).join('')}</div>
  <h2>Summary</h2><p>${p.summary}</p><h2>Experience</h2>${rev(p).map((j) => `<div class="j"><div class="r"><b>${j.company}</b><span>${rng(j, 'Mon YYYY', ' – ', 'Present')}</span></div>
  <div class="r"><i>${j.title}</i><span>${j.town}</span></div><ul>${j.duties.map((x) => `<li>${x}</li>`).join('')}</ul></div>`).join('')}
  <h2>Skills</h2><p>${sk(p).join(', ')}</p><h2>Education</h2>${p.edu.map((e) => `<div class="r"><span><b>${e.school}</b> — ${e.degree}</span><span>${e.end.slice(0, 4)}</span></div>`).join('')}
  <h2>Certifications</h2><p>${p.certs.join('; ')}</p><h2>Languages</h2><p>${p.languages.join(', ')}</p>`);
}

/** Two-page résumé whose name and contact line repeat at the top of every printed page (a table header group). */
function runningContact(p: Person): string {
  const au = p.id === 'p03';
  const line = au ? `Mob ${p.nat} &nbsp;|&nbsp; Ph ${p.others[0].number} &nbsp;|&nbsp; ${p.email}` : `Cell ${p.nat} &nbsp;|&nbsp; Home ${p.others[0].number} &nbsp;|&nbsp; ${p.email}`;
  const ach = au
    ? ['Reduced hospital-acquired pressure injuries on the ward by 40% in 18 months', 'Designed the ward’s ISBAR handover checklist, adopted district-wide', 'Preceptored 22 graduate nurses since 2017', 'Led the ward through its 2023 accreditation survey with no findings', 'Rolled out Cerner EMR training for night staff']
    : ['Raised forecast accuracy from 61% to 74% in two years', 'Cut safety stock by $4.1M without service loss', 'Built the S&OP dashboard used by the executive team', 'Led the SAP MM inventory clean-up of 9,000 dormant SKUs', 'Negotiated vendor-managed inventory with three key suppliers'];
  const pd = au ? ['Graduate Certificate in Wound Care (in progress, 2026)', 'Clinical Supervision Workshop (2023)', 'Advanced Life Support (2025)', 'Leadership for Clinical Nurses (2021)'] : ['CPIM (APICS), 2019', 'Lean Six Sigma Green Belt, 2017', 'Advanced Excel & VBA, 2015', 'Power BI Data Analyst course, 2022'];
  return page(`
  table.wrap { width: 100%; border-collapse: collapse } thead td { padding-bottom: 8px } .rh { display: flex; justify-content: space-between; align-items: baseline; border-bottom: 1px solid #111; padding-bottom: 3px; font-size: 8.5pt }
  .rh b { font-size: 12pt } h1 { font-size: 20pt; text-align: center; margin: 6px 0 2px } .sub { text-align: center; color: #444; margin-bottom: 6px }
  h2 { font-size: 10.5pt; text-transform: uppercase; border-bottom: 1px solid #999; margin: 14px 0 5px; letter-spacing: 1.5px } .r { display: flex; justify-content: space-between } .j { margin-bottom: 8px; break-inside: avoid }
  ul { line-height: 1.5 }`,
  `<table class="wrap"><thead><tr><td><div class="rh"><b>${p.name}</b><span>${line}</span></div></td></tr></thead><tbody><tr><td>
  <h1>${p.name}</h1><div class="sub">${p.headline} · ${p.town}</div>
  <h2>Career objective</h2><p>${p.summary} Seeking a permanent senior position with a team that values continuous improvement.</p>
  <h2>Key skills</h2><ul>${sk(p).map((s) => `<li>${s}</li>`).join('')}</ul>
  <h2>Key achievements</h2><ul>${ach.map((s) => `<li>${s}</li>`).join('')}</ul>
  <h2>Employment history</h2>${rev(p).map((j) => `<div class="j"><div class="r"><b>${j.title}</b><span>${rng(j, 'Month YYYY', ' – ', 'current')}</span></div><div>${j.company}, ${j.town}</div><ul>${j.duties.map((x) => `<li>${x}</li>`).join('')}<li>Worked closely with managers and colleagues across departments.</li></ul></div>`).join('')}
  <h2>Education</h2>${p.edu.map((e) => `<div class="r"><span>${e.degree}, ${e.school}</span><span>${e.end.slice(0, 4)}</span></div>`).join('')}
  <h2>Professional development</h2><ul>${pd.map((s) => `<li>${s}</li>`).join('')}</ul>
  <h2>Licences &amp; certificates</h2><ul>${p.certs.map((s) => `<li>${s}</li>`).join('')}</ul>
  <h2>Languages</h2><p>${p.languages.join(' · ')}</p>
  <h2>Referees</h2><p>${au ? 'Karen Whitby, Nurse Unit Manager — (02) 5550 9120<br>Sam Petrakis, Clinical Nurse Educator — 0491 570 110' : 'Available upon request.'}</p>
  </td></tr></tbody></table>`);
}

/** Chinese one-pager whose only contact details are in a footer band repeated on each printed page (position: fixed). */
function zhFooterContact(p: Person): string {
  const t = tc(p);
  const L = t ? { yx: '求職意向', exp: '工作經歷', edu: '學歷', sk: '專業技能', lg: '語言能力', ct: '證照', pj: '自我介紹', m: '手機', e: '電子郵件', o: '公司電話', h: '市話' }
    : { yx: '求职意向', exp: '工作经历', edu: '教育背景', sk: '专业技能', lg: '语言能力', ct: '证书', pj: '自我评价', m: '手机', e: '邮箱', o: '公司电话', h: '座机' };
  const dsep = t ? ' ～ ' : ' — ';
  const ds: DS = t ? 'YYYY/MM' : 'YYYY.MM';
  const foot = [`${L.m}：${p.nat}`, ...p.others.map((o) => `${o.zh}：${o.number}`), `${L.e}：${p.email}`].join('　｜　');
  return page(`
  .ft { position: fixed; bottom: 0; left: 0; right: 0; border-top: 2px solid #7c2d12; padding-top: 4px; font-size: 8.5pt; color: #7c2d12; text-align: center }
  h1 { font-size: 26pt; letter-spacing: 8px } .yx { color: #7c2d12; margin: 4px 0 10px; font-size: 10.5pt } h2 { font-size: 11.5pt; background: #fff7ed; border-left: 5px solid #7c2d12; padding: 2px 8px; margin: 14px 0 6px }
  .r { display: flex; gap: 14px } .r .dt { width: 42mm; color: #7c2d12 } .j { margin-bottom: 7px } .du { padding-left: 46mm } body { padding-bottom: 14mm }`,
  `<h1>${p.name}</h1><div class="yx">${L.yx}：${p.headline}　·　${p.town}</div>
  <h2>${L.exp}</h2>${rev(p).map((j) => `<div class="j"><div class="r"><span class="dt">${rng(j, ds, dsep, t ? '現在' : '至今')}</span><b>${j.company}</b><span>${j.title}</span></div>${j.duties.map((x) => `<div class="du">· ${x}</div>`).join('')}</div>`).join('')}
  <h2>${L.edu}</h2>${p.edu.map((e) => `<div class="r"><span class="dt">${rng(e, ds, dsep, '')}</span><b>${e.school}</b><span>${e.degree}</span></div>`).join('')}
  <h2>${L.sk}</h2><p>${sk(p).join('、')}</p><h2>${L.ct}</h2><p>${p.certs.join('、')}</p><h2>${L.lg}</h2><p>${p.languages.join('、')}</p><h2>${L.pj}</h2><p>${p.summary}</p>
  <div class="ft">${foot}</div>`, t ? 'zh-TW' : 'zh-CN');
}

/** Bilingual single-page CV with a QR "name card" box: mobile noted as WhatsApp/WeChat, e-mail, office line. */
function qrNamecard(p: Person): string {
  const qr = (() => {
    let cells = '';
    let s = 7;
    for (let y = 0; y < 21; y++) for (let x = 0; x < 21; x++) {
      s = (s * 1103515245 + 12345) % 2147483648;
      const finder = (x < 7 && y < 7) || (x > 13 && y < 7) || (x < 7 && y > 13);
      const on = finder ? (x % 20 === 0 || y % 20 === 0 || x === 6 || y === 6 || x === 14 || y === 14 || ((x % 14 > 1 && x % 14 < 5) && (y % 14 > 1 && y % 14 < 5))) : s % 3 === 0;
      if (on) cells += `<rect x="${x}" y="${y}" width="1" height="1"/>`;
    }
    return `<svg viewBox="0 0 21 21" width="26mm" height="26mm">${cells}</svg>`;
  })();
  const ds: DS = 'YYYY.MM';
  return page(`
  .top { display: flex; justify-content: space-between; border-bottom: 3px solid #9d174d; padding-bottom: 8px } h1 { font-size: 24pt } .en { font-size: 13pt; color: #555 } .hl { color: #9d174d; margin-top: 3px }
  .card { display: flex; gap: 8px; align-items: center; font-size: 8.6pt } .card .lb { color: #9d174d } h2 { color: #9d174d; font-size: 11pt; margin: 12px 0 4px; border-bottom: 1px dotted #9d174d }
  .j { display: grid; grid-template-columns: 44mm 1fr; margin-bottom: 6px } .dt { color: #555 }`,
  `<div class="top"><div><h1>${p.name}</h1><div class="en">${p.alt}</div><div class="hl">${p.headline} · ${p.town}</div></div>
  <div class="card"><div><div class="lb">手机 Mobile（${p.id === 'p13' ? 'WhatsApp / 微信同号' : '微信同号'}）</div><div>${p.intl}</div>
  <div class="lb">邮箱 Email</div><div>${p.email}</div>${p.others.map((o) => `<div class="lb">${o.zh} ${o.label}</div><div>${o.number}</div>`).join('')}</div>${qr}</div></div>
  <h2>个人简介 Profile</h2><p>${p.summary}</p>
  <h2>工作经历 Work Experience</h2>${rev(p).map((j) => `<div class="j"><div class="dt">${rng(j, ds, ' – ', 'Present 至今')}</div><div><b>${j.company}</b> ｜ ${j.title}<ul>${j.duties.map((x) => `<li>${x}</li>`).join('')}</ul></div></div>`).join('')}
  <h2>教育背景 Education</h2>${p.edu.map((e) => `<div class="j"><div class="dt">${rng(e, ds, ' – ', '')}</div><div>${e.school} ｜ ${e.degree}</div></div>`).join('')}
  <h2>专业技能 Skills</h2><p>${sk(p).join(' · ')}</p><h2>证书 Certificates</h2><p>${p.certs.join(' · ')}</p><h2>语言 Languages</h2><p>${p.languages.join(' · ')}</p>`);
}

/** Malaysian résumé: caps name with Chinese name, one "H/P: … | Off: … | E-mail:" line, personal particulars, employer with dates in brackets. */
function myHpLine(p: Person): string {
  return page(`
  h1 { font-size: 17pt; text-align: center } .c { text-align: center; font-size: 8.8pt; margin: 3px 0 8px } h2 { font-size: 10.5pt; background: #e5e7eb; padding: 2px 6px; margin: 12px 0 5px }
  table.pp td { padding: 1px 6px 1px 0; vertical-align: top } .j { margin-bottom: 7px }`,
  `<h1>${p.alt!.toUpperCase()} (${p.name})</h1><div class="c">H/P: ${p.nat} &nbsp;|&nbsp; Off: ${p.others[0].number} &nbsp;|&nbsp; E-mail: ${p.email}<br>No. 18, Jalan SS 2/64, 47300 Petaling Jaya, Selangor</div>
  <h2>PERSONAL PARTICULARS</h2><table class="pp"><tr><td>Age</td><td>: 35</td><td style="padding-left:20px">Nationality</td><td>: Malaysian</td></tr><tr><td>Expected salary</td><td>: RM 16,500</td><td style="padding-left:20px">Notice period</td><td>: 2 months</td></tr></table>
  <h2>CAREER SUMMARY</h2><p>${p.summary}</p>
  <h2>EMPLOYMENT HISTORY</h2>${rev(p).map((j) => `<div class="j"><b>${j.company}</b> (${rng(j, 'Mon YYYY', ' – ', 'Present')})<br><u>${j.title}</u>, ${j.town}<ul>${j.duties.map((x) => `<li>${x}</li>`).join('')}</ul></div>`).join('')}
  <h2>TECHNICAL SKILLS</h2><ul>${sk(p).map((s) => `<li>${s}</li>`).join('')}</ul>
  <h2>EDUCATION</h2>${p.edu.map((e) => `<p>${e.degree}, ${e.school} (${e.start.slice(0, 4)} – ${e.end.slice(0, 4)})</p>`).join('')}
  <h2>CERTIFICATIONS</h2><ul>${p.certs.map((s) => `<li>${s}</li>`).join('')}</ul><h2>LANGUAGES</h2><p>${p.languages.join(', ')}</p>
  <h2>REFERENCES</h2><p>Mr Tan Kok Leong, Engineering Director, MayaPay Sdn Bhd — 016-772 3019</p>`);
}

/** NHS Jobs (Trac-style) application form print: separate first/last name cells, preferred and alternative telephone, employment table with reason for leaving. */
function tracNhs(p: Person): string {
  const [first, ...last] = p.name.split(' ');
  const au = p.id === 'p03';
  const cur = rev(p)[0];
  return page(`
  .kick { display: flex; justify-content: space-between; font-size: 8pt; color: #005eb8; border-bottom: 3px solid #005eb8; padding-bottom: 4px } .kick b { font-size: 12pt }
  h2 { background: #005eb8; color: #fff; font-size: 10pt; padding: 3px 6px; margin: 10px 0 0 } table { width: 100%; border-collapse: collapse; font-size: 8.6pt }
  td, th { border: 1px solid #aeb7bd; padding: 3px 5px; vertical-align: top; text-align: left } th { background: #e8edee; width: 34% } thead th { width: auto }`,
  `<div class="kick"><span><b>NHS Jobs</b> · Application form</span><span>Applicant: ${p.name} · Ref: ${au ? '200-NM-7741-A' : '150-ENG-2209-B'}</span></div>
  <p style="margin:6px 0;font-size:8.6pt">Vacancy: ${au ? 'Band 7 Tissue Viability Nurse Specialist' : 'Estates Structural Engineer (Band 8a)'} · Submitted 18/11/2026</p>
  <h2>Personal details</h2><table><tr><th>Title</th><td>${au ? 'Ms' : 'Dr'}</td></tr><tr><th>First name</th><td>${first}</td></tr><tr><th>Last name</th><td>${last.join(' ')}</td></tr>
  <tr><th>Address</th><td>${au ? '7/22 Pittwater Road, Manly NSW 2095, Australia' : '3/1, 41 Hyndland Road, Glasgow G12 9UX'}</td></tr>
  <tr><th>Preferred telephone number</th><td>${p.intl}</td></tr><tr><th>Alternative telephone number</th><td>${p.others[0].number}</td></tr>
  <tr><th>Email address</th><td>${p.email}</td></tr><tr><th>Preferred method of contact</th><td>Email</td></tr></table>
  <h2>Current / most recent employment</h2><table><tr><th>Employer name and address</th><td>${cur.company}, ${cur.town}</td></tr><tr><th>Job title</th><td>${cur.title}</td></tr>
  <tr><th>Start date</th><td>${d(cur.start, 'MM/YYYY')}</td></tr><tr><th>Notice period</th><td>${au ? '4 weeks' : '3 months'}</td></tr><tr><th>Brief description of duties</th><td>${cur.duties.join('. ')}.</td></tr></table>
  <h2>Previous employment</h2><table><thead><tr><th>Employer</th><th>Job title</th><th>From</th><th>To</th><th>Reason for leaving</th></tr></thead>
  ${rev(p).slice(1).map((j, i) => `<tr><td>${j.company}, ${j.town}</td><td>${j.title}</td><td>${d(j.start, 'MM/YYYY')}</td><td>${d(j.end!, 'MM/YYYY')}</td><td>${rev(p)[i].company === j.company ? 'Promotion' : 'Career progression'}</td></tr>`).join('')}</table>
  <h2>Education and qualifications</h2><table><thead><tr><th>Qualification</th><th>Institution</th><th>Date obtained</th></tr></thead>${p.edu.map((e) => `<tr><td>${e.degree}</td><td>${e.school}</td><td>${d(e.end, 'MM/YYYY')}</td></tr>`).join('')}
  ${p.certs.map((c) => `<tr><td>${c}</td><td>—</td><td></td></tr>`).join('')}</table>
  <h2>Skills</h2><table>${sk(p).map((s, i) => `<tr><th style="width:8%">${i + 1}</th><td>${s}</td></tr>`).join('')}</table>
  <h2>Languages</h2><table><tr><td>${p.languages.join('; ')}</td></tr></table>`);
}

/** WeChat mini-program 人才登记 "生成简历" print: bordered grid with verified mobile, WeChat ID, emergency contact, work rows with 证明人. */
function wxDengji(p: Person): string {
  const emerg = p.id === 'p08' ? ['王建华（父亲）', '139 1670 2285'] : ['李涛（配偶）', '137 0112 8846'];
  const wid = p.id === 'p08' ? 'wxt_ux88' : 'zhangmin-hr';
  const wit = p.id === 'p08' ? ['陈工', '周经理', '孙总监'] : ['刘主管', '何经理', '何经理', '杨总'];
  return page(`
  .bar { display: flex; justify-content: space-between; font-size: 8pt; color: #07a35a; border-bottom: 2px solid #07c160; padding-bottom: 3px } h1 { text-align: center; font-size: 16pt; margin: 8px 0 }
  table { width: 100%; border-collapse: collapse; font-size: 9pt } td, th { border: 1px solid #999; padding: 4px 5px; vertical-align: middle } th { background: #ecf9f1; font-weight: normal; white-space: nowrap }
  .sec { background: #07c160; color: #fff; text-align: left; font-weight: bold } .ph { width: 28mm; height: 36mm; padding: 0 }`,
  `<div class="bar"><span>人才登记小程序 · 我的简历</span><span>生成时间 2026-11-26 10:15</span></div><h1>个 人 简 历</h1>
  <table><tr><th>姓名</th><td>${p.name}</td><th>性别</th><td>女</td><td rowspan="4" class="ph">${SVG.person}</td></tr>
  <tr><th>手机号</th><td>${p.nat}（已验证）</td><th>微信号</th><td>${wid}</td></tr>
  <tr><th>电子邮箱</th><td colspan="3">${p.email}</td></tr><tr><th>现居城市</th><td>${p.town}</td><th>求职意向</th><td>${p.headline}</td></tr>
  <tr><th>紧急联系人</th><td>${emerg[0]}</td><th>联系人电话</th><td colspan="2">${emerg[1]}</td></tr>
  <tr><td colspan="5" class="sec">工作经历</td></tr><tr><th>起止时间</th><th>工作单位</th><th>职务</th><th colspan="2">证明人</th></tr>
  ${rev(p).map((j, i) => `<tr><td>${rng(j, 'YYYY.MM', '-', '至今')}</td><td>${j.company}</td><td>${j.title}</td><td colspan="2">${wit[i] ?? ''}</td></tr>`).join('')}
  <tr><td colspan="5" class="sec">教育经历</td></tr>${p.edu.map((e) => `<tr><td>${rng(e, 'YYYY.MM', '-', '')}</td><td>${e.school}</td><td colspan="3">${e.degree}</td></tr>`).join('')}
  <tr><td colspan="5" class="sec">技能特长</td></tr><tr><td colspan="5">${sk(p).join('　')}</td></tr>
  <tr><td colspan="5" class="sec">证书</td></tr><tr><td colspan="5">${p.certs.join('　')}</td></tr>
  <tr><td colspan="5" class="sec">语言</td></tr><tr><td colspan="5">${p.languages.join('　')}</td></tr>
  <tr><td colspan="5" class="sec">工作描述</td></tr>${rev(p).map((j) => `<tr><th>${j.company}</th><td colspan="4">${j.duties.join('；')}</td></tr>`).join('')}</table>`, 'zh-CN');
}

/** 简历 typed in Excel and printed: gridlines, number-style phone cell without spaces, "第 1 页，共 1 页" footer. */
function excelGrid(p: Person): string {
  const bare = p.phone.replace('+86', '');
  return page(`
  table { width: 100%; border-collapse: collapse; font-size: 9pt; font-family: 'Noto Sans CJK SC', sans-serif } td { border: 1px solid #bfbfbf; padding: 3px 4px; height: 6.5mm; vertical-align: middle }
  .t { font-size: 18pt; font-weight: bold; text-align: center; height: 13mm } .f { background: #ddebf7; font-weight: bold } .h { background: #4472c4; color: #fff; font-weight: bold } .n { text-align: right }
  .pf { text-align: center; font-size: 8pt; margin-top: 10mm }`,
  `<table><colgroup><col style="width:16%"><col style="width:22%"><col style="width:14%"><col style="width:22%"><col style="width:26%"></colgroup>
  <tr><td colspan="5" class="t">个人简历</td></tr>
  <tr><td class="f">姓名</td><td>${p.name}</td><td class="f">求职岗位</td><td colspan="2">${p.headline}</td></tr>
  <tr><td class="f">联系电话</td><td class="n">${bare}</td><td class="f">座机</td><td colspan="2">${p.others[0].number.replace(/ /g, '').replace('转', '-')}</td></tr>
  <tr><td class="f">电子邮箱</td><td colspan="2">${p.email}</td><td class="f">所在城市</td><td>${p.town}</td></tr>
  <tr><td colspan="5" class="h">工作经历</td></tr><tr><td class="f">开始时间</td><td class="f">结束时间</td><td class="f">职务</td><td class="f" colspan="2">公司名称</td></tr>
  ${rev(p).map((j) => `<tr><td>${d(j.start, 'YYYY年MM月')}</td><td>${j.end ? d(j.end, 'YYYY年MM月') : '至今'}</td><td>${j.title}</td><td colspan="2">${j.company}</td></tr><tr><td class="f">工作内容</td><td colspan="4">${j.duties.join('；')}</td></tr>`).join('')}
  <tr><td colspan="5" class="h">教育经历</td></tr>${p.edu.map((e) => `<tr><td>${d(e.start, 'YYYY年MM月')}</td><td>${d(e.end, 'YYYY年MM月')}</td><td colspan="3">${e.school}　${e.degree}</td></tr>`).join('')}
  <tr><td colspan="5" class="h">专业技能</td></tr>${[0, 4].map((k) => `<tr>${[0, 1, 2, 3].map((i) => `<td${i === 3 ? ' colspan="2"' : ''}>${sk(p)[k + i] ?? ''}</td>`).join('')}</tr>`).join('')}
  <tr><td class="f">证书</td><td colspan="4">${p.certs.join('、')}</td></tr><tr><td class="f">外语</td><td colspan="4">${p.languages.join('、')}</td></tr>
  <tr><td class="f">自我评价</td><td colspan="4">${p.summary}</td></tr></table><div class="pf">第 1 页，共 1 页</div>`, 'zh-CN');
}

// ================================================================ DOCX TEMPLATES
const FONT = 'Calibri', ZHF = 'SimSun';
const run = (text: string, o: Partial<{ bold: boolean; italics: boolean; size: number; color: string; font: string; allCaps: boolean }> = {}) => new TextRun({ text, ...o, font: o.font ?? FONT });
const para = (children: (TextRun | Tab | ExternalHyperlink)[] | string, o: Record<string, unknown> = {}) => new Paragraph({ children: typeof children === 'string' ? [run(children)] : children, ...o });
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const cellB = { top: { style: BorderStyle.SINGLE, size: 4, color: '808080' }, bottom: { style: BorderStyle.SINGLE, size: 4, color: '808080' }, left: { style: BorderStyle.SINGLE, size: 4, color: '808080' }, right: { style: BorderStyle.SINGLE, size: 4, color: '808080' } };
const shade = (fill: string) => ({ type: ShadingType.CLEAR, color: 'auto', fill });
const A4 = { page: { size: { width: 11906, height: 16838 }, margin: { top: 1000, bottom: 1000, left: 1100, right: 1000 } } };

/** Word template whose coloured side band with contact/skills is a VML text box anchored in the page header, so it repeats on every page; body indented past it. */
function hdrBandTextbox(p: Person): Document {
  const mix = p.lang === 'mixed';
  const F = mix ? 'Arial' : FONT;
  const sp = (text: string, o: Record<string, unknown> = {}) => new Paragraph({ children: [new TextRun({ text, font: F, size: 17, color: 'FFFFFF', ...o })], shading: shade('1F4E79'), spacing: { after: 40 } });
  const box = new Textbox({
    style: { position: 'absolute', positionHorizontal: 'absolute', positionHorizontalRelative: 'page', positionVertical: 'absolute', positionVerticalRelative: 'page', left: '10mm', top: '12mm', width: '58mm', height: '272mm', wrapStyle: 'square' },
    children: [
      sp(mix ? 'CONTACT 联系' : 'CONTACT', { bold: true, size: 20, color: 'BDD7EE' }),
      sp(p.id === 'p07' ? `Cell: ${p.nat}` : `H/P: ${p.nat}`),
      ...p.others.map((o) => sp(`${o.label}: ${o.number}`)),
      sp(`E-mail (personal — please use): ${p.email}`),
      sp(`Work e-mail: ${p.workEmail}`),
      sp(p.town),
      sp(''),
      sp(mix ? 'SKILLS 技能' : 'SKILLS', { bold: true, size: 20, color: 'BDD7EE' }),
      ...sk(p).map((s) => sp(`▪ ${s}`)),
      sp(''),
      sp(mix ? 'LANGUAGES 语言' : 'LANGUAGES', { bold: true, size: 20, color: 'BDD7EE' }),
      ...p.languages.map((s) => sp(s)),
      sp(''),
      sp(mix ? 'CERTIFICATIONS 证书' : 'CERTIFICATIONS', { bold: true, size: 20, color: 'BDD7EE' }),
      ...p.certs.map((s) => sp(s)),
    ],
  });
  const ind = { left: 3500 };
  const body: Paragraph[] = [
    new Paragraph({ indent: ind, children: [new TextRun({ text: mix ? `${p.alt}  ${p.name}` : p.name.toUpperCase(), font: F, size: 40, bold: true, color: '1F4E79' })] }),
    new Paragraph({ indent: ind, spacing: { after: 200 }, children: [new TextRun({ text: p.headline, font: F, size: 24, color: '2E75B6' })] }),
    new Paragraph({ indent: ind, children: [new TextRun({ text: mix ? 'PROFILE 个人简介' : 'PROFILE', font: F, bold: true, size: 22, color: '1F4E79' })], border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '2E75B6', space: 1 } } }),
    new Paragraph({ indent: ind, spacing: { after: 160 }, children: [new TextRun({ text: p.summary, font: F, size: 20 })] }),
    new Paragraph({ indent: ind, children: [new TextRun({ text: mix ? 'WORK EXPERIENCE 工作经历' : 'WORK EXPERIENCE', font: F, bold: true, size: 22, color: '1F4E79' })], border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '2E75B6', space: 1 } } }),
  ];
  for (const j of rev(p)) {
    body.push(new Paragraph({ indent: ind, spacing: { before: 120 }, tabStops: [{ type: TabStopType.RIGHT, position: 9700 }], children: [new TextRun({ text: j.title, font: F, bold: true, size: 20 }), new TextRun({ children: [new Tab(), rng(j, p.id === 'p07' ? 'Mon YYYY' : 'MM/YYYY', ' – ', p.id === 'p07' ? 'Present' : 'Current')], font: F, size: 18, color: '2E75B6' })] }));
    body.push(new Paragraph({ indent: ind, children: [new TextRun({ text: `${j.company}, ${j.town}`, font: F, italics: true, size: 19 })] }));
    for (const x of j.duties) body.push(new Paragraph({ indent: { left: 3800, hanging: 200 }, children: [new TextRun({ text: `• ${x}`, font: F, size: 19 })] }));
  }
  body.push(new Paragraph({ indent: ind, spacing: { before: 200 }, children: [new TextRun({ text: mix ? 'EDUCATION 教育背景' : 'EDUCATION', font: F, bold: true, size: 22, color: '1F4E79' })], border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '2E75B6', space: 1 } } }));
  for (const e of p.edu) body.push(new Paragraph({ indent: ind, tabStops: [{ type: TabStopType.RIGHT, position: 9700 }], children: [new TextRun({ text: `${e.degree}, ${e.school}`, font: F, size: 19 }), new TextRun({ children: [new Tab(), `${e.start.slice(0, 4)} – ${e.end.slice(0, 4)}`], font: F, size: 18 })] }));
  body.push(new Paragraph({ indent: ind, spacing: { before: 200 }, children: [new TextRun({ text: 'References available on request.', font: F, size: 18, italics: true })] }));
  return new Document({ sections: [{ properties: { ...A4, page: { ...A4.page, margin: { top: 800, bottom: 800, left: 800, right: 900 } } }, headers: { default: new Header({ children: [box as unknown as Paragraph, new Paragraph('')] }) }, children: body }] });
}

/** WPS 分栏 "偏右": the whole CV in one two-column section (wide left, narrow right, separator line), column break before the right column; the name tops the left column. */
function wpsPianyou(p: Person): Document {
  const z = (text: string, o: Record<string, unknown> = {}) => new TextRun({ text, font: ZHF, size: 20, ...o });
  const H = (t: string) => new Paragraph({ spacing: { before: 200, after: 80 }, shading: shade('D9E2F3'), children: [z(`■ ${t}`, { bold: true, size: 22, color: '1F3864' })] });
  const left: Paragraph[] = [
    new Paragraph({ children: [z(p.name, { size: 44, bold: true, font: 'SimHei' })] }),
    new Paragraph({ spacing: { after: 120 }, children: [z(`求职意向：${p.headline}　｜　${p.town}`, { color: '404040' })] }),
    H('自我评价'), new Paragraph({ children: [z(p.summary)] }),
    H('工作经历'),
  ];
  for (const j of rev(p)) {
    left.push(new Paragraph({ spacing: { before: 100 }, children: [z(rng(j, 'YYYY.MM', '—', '至今'), { bold: true, color: '1F3864' })] }));
    left.push(new Paragraph({ children: [z(`${j.company}　　${j.title}`, { bold: true })] }));
    j.duties.forEach((x, i) => left.push(new Paragraph({ indent: { left: 200 }, children: [z(`${i + 1}. ${x}`)] })));
  }
  left.push(H('教育背景'));
  for (const e of p.edu) left.push(new Paragraph({ children: [z(`${d(e.start, 'YYYY.MM')}—${d(e.end, 'YYYY.MM')}　${e.school}　${e.degree}`)] }));
  const right: Paragraph[] = [
    new Paragraph({ children: [new ColumnBreak()] }),
    H('联系方式'),
    new Paragraph({ children: [z('手机：', { bold: true })] }), new Paragraph({ children: [z(p.nat)] }),
    ...p.others.flatMap((o) => [new Paragraph({ children: [z(`${o.zh}：`, { bold: true })] }), new Paragraph({ children: [z(o.number)] })]),
    new Paragraph({ children: [z('个人邮箱：', { bold: true })] }), new Paragraph({ children: [z(p.email)] }),
    new Paragraph({ children: [z('工作邮箱（勿用）：', { bold: true })] }), new Paragraph({ children: [z(p.workEmail ?? '')] }),
    H('专业技能'), ...sk(p).map((s) => new Paragraph({ children: [z(`◆ ${s}`)] })),
    H('证书'), ...p.certs.map((s) => new Paragraph({ children: [z(s)] })),
    H('语言'), ...p.languages.map((s) => new Paragraph({ children: [z(s)] })),
  ];
  return new Document({ sections: [{ properties: { ...A4, column: { count: 2, equalWidth: false, separate: true, children: [new Column({ width: 6300, space: 400 }), new Column({ width: 3100 })] } }, children: [...left, ...right] }] });
}

/** Irish CV whose address, mobile and e-mail live only in the page footer (every page); right tab stop dates; work number marked do-not-contact. */
function ieFooter(p: Person): Document {
  const h = (t: string) => new Paragraph({ spacing: { before: 220, after: 80 }, border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: '00704A', space: 2 } }, children: [run(t, { bold: true, size: 22, color: '00704A', allCaps: true })] });
  const body: Paragraph[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [run(p.name, { size: 44, bold: true })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [run('Curriculum Vitae', { size: 22, italics: true, color: '595959' })] }),
    h('Personal profile'), para(p.summary + ' Fully qualified (ACCA), with hands-on experience in system migrations and leading small finance teams.'),
    h('Key skills'),
  ];
  const s = sk(p);
  for (let i = 0; i < s.length; i += 2) body.push(new Paragraph({ tabStops: [{ type: TabStopType.LEFT, position: 4900 }], children: [run(`•  ${s[i]}`), new TextRun({ children: [new Tab(), s[i + 1] ? `•  ${s[i + 1]}` : ''], font: FONT })] }));
  body.push(h('Career history'));
  for (const j of rev(p)) {
    body.push(new Paragraph({ spacing: { before: 120 }, tabStops: [{ type: TabStopType.RIGHT, position: 9800 }], children: [run(`${j.title} — ${j.company}`, { bold: true }), new TextRun({ children: [new Tab(), rng(j, 'Mon YYYY', ' – ', 'Present')], font: FONT, bold: true })] }));
    body.push(para([run(j.town, { italics: true, color: '595959' })]));
    for (const x of j.duties) body.push(new Paragraph({ bullet: { level: 0 }, children: [run(x)] }));
  }
  body.push(h('Education'));
  for (const e of p.edu) body.push(new Paragraph({ tabStops: [{ type: TabStopType.RIGHT, position: 9800 }], children: [run(`${e.degree}, ${e.school}`), new TextRun({ children: [new Tab(), `${e.start.slice(0, 4)} – ${e.end.slice(0, 4)}`], font: FONT })] }));
  body.push(h('Professional qualifications'), ...p.certs.map((c) => para(c)));
  body.push(h('Languages'), para(p.languages.join(', ')));
  body.push(h('Interests'), para('GAA club treasurer (Ballincollig), sea swimming, book club.'));
  body.push(h('References'), para(`Available on request. Please do not contact my current employer (${other(p, 'Work')}) at this stage.`));
  const foot = new Footer({ children: [
    new Paragraph({ alignment: AlignmentType.CENTER, border: { top: { style: BorderStyle.SINGLE, size: 6, color: '00704A', space: 4 } }, children: [run('14 Ashgrove Lawn, Ballincollig, Co. Cork, P31 X2K8', { size: 16 })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [run(`Mobile: ${p.nat}  ·  Email: `, { size: 16 }), new ExternalHyperlink({ link: `mailto:${p.email}`, children: [run(p.email, { size: 16, color: '0563C1' })] }), run('  ·  Page ', { size: 16 }), new TextRun({ children: [PageNumber.CURRENT], size: 16, font: FONT })] }),
  ] });
  return new Document({ sections: [{ properties: A4, footers: { default: foot }, children: body }] });
}

/** Chinese Word 简历 with the contact line in the page header (页眉, right-aligned, repeats), office line with 转 extension in the footer. */
function zhYemei(p: Person): Document {
  const mix = p.lang === 'mixed';
  const z = (text: string, o: Record<string, unknown> = {}) => new TextRun({ text, font: mix ? 'Arial' : ZHF, size: 20, ...o });
  const H = (t: string) => new Paragraph({ spacing: { before: 240, after: 80 }, border: { bottom: { style: BorderStyle.THICK, size: 12, color: 'C00000', space: 1 } }, children: [z(t, { bold: true, size: 24, color: 'C00000', font: 'SimHei' })] });
  const body: Paragraph[] = [
    new Paragraph({ children: [z(p.name, { size: 52, bold: true, font: 'SimHei' }), ...(mix ? [z(`  ${p.alt}`, { size: 28, color: '595959' })] : [])] }),
    new Paragraph({ spacing: { after: 100 }, children: [z(mix ? `Target role 求职意向：${p.headline}　　Location 现居：${p.town}` : `求职意向：${p.headline}　　现居：${p.town}`)] }),
    H(mix ? '工作经历 Work Experience' : '工作经历'),
  ];
  for (const j of rev(p)) {
    body.push(new Paragraph({ spacing: { before: 120 }, tabStops: [{ type: TabStopType.LEFT, position: 4800 }, { type: TabStopType.RIGHT, position: 9700 }], children: [z(j.company, { bold: true }), z(''), new TextRun({ children: [new Tab(), j.title], font: mix ? 'Arial' : ZHF, size: 20 }), new TextRun({ children: [new Tab(), mix ? rng(j, 'YYYY.MM', ' – ', 'Present') : `${d(j.start, 'YYYY年M月')}${j.end ? ` – ${d(j.end, 'YYYY年M月')}` : '至今'}`], font: mix ? 'Arial' : ZHF, size: 20, color: '595959' })] }));
    j.duties.forEach((x, i) => body.push(new Paragraph({ indent: { left: 240 }, children: [z(`${i + 1}. ${x}`)] })));
  }
  body.push(H(mix ? '教育背景 Education' : '教育背景'));
  for (const e of p.edu) body.push(new Paragraph({ tabStops: [{ type: TabStopType.RIGHT, position: 9700 }], children: [z(`${e.school}　${e.degree}`), new TextRun({ children: [new Tab(), `${d(e.start, 'YYYY.MM')} – ${d(e.end, 'YYYY.MM')}`], font: mix ? 'Arial' : ZHF, size: 20 })] }));
  body.push(H(mix ? '专业技能 Skills' : '专业技能'), ...sk(p).map((s) => new Paragraph({ indent: { left: 240 }, children: [z(`● ${s}`)] })));
  body.push(H(mix ? '证书 Certificates' : '证书'), new Paragraph({ children: [z(p.certs.join('；'))] }));
  body.push(H(mix ? '语言 Languages' : '语言能力'), new Paragraph({ children: [z(p.languages.join('；'))] }));
  body.push(H(mix ? '自我评价 About me' : '自我评价'), new Paragraph({ children: [z(p.summary)] }));
  const head = new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: 'A6A6A6', space: 2 } }, children: [z(mix ? `Mobile 手机：${p.intl}　|　Email 邮箱：${p.email}` : `手机：${p.nat}　|　邮箱：${p.email}`, { size: 17, color: '595959' })] })] });
  const foot = new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [z(mix ? `${p.others[0].zh} ${p.others[0].label}：${p.others[0].number}（工作时间）` : `${p.others[0].zh}：${p.others[0].number}（工作时间）${p.workEmail ? `　工作邮箱：${p.workEmail}` : ''}`, { size: 16, color: '7F7F7F' })] })] });
  return new Document({ sections: [{ properties: A4, headers: { default: head }, footers: { default: foot }, children: body }] });
}

/** Dubai recruitment "Candidate Information Sheet" in Word tables: passport name, UAE mobile vs home-country number, personal vs company e-mail, numbered employment table. */
function uaeCis(p: Person): Document {
  const mix = p.lang === 'mixed';
  const c = (t: string, o: Partial<{ bold: boolean; fill: string; span: number; w: number }> = {}) => new TableCell({ columnSpan: o.span, width: o.w ? { size: o.w, type: WidthType.DXA } : undefined, shading: o.fill ? shade(o.fill) : undefined, borders: cellB, verticalAlign: VerticalAlignTable.CENTER, children: [new Paragraph({ children: [run(t, { bold: o.bold, size: 18 })] })] });
  const lv = (rows: [string, string][]) => new Table({ width: { size: 9800, type: WidthType.DXA }, columnWidths: [3200, 6600], layout: TableLayoutType.FIXED, rows: rows.map(([a, b]) => new TableRow({ children: [c(a, { bold: true, fill: 'F2F2F2', w: 3200 }), c(b, { w: 6600 })] })) });
  const sec = (t: string) => new Paragraph({ spacing: { before: 200, after: 80 }, shading: shade('7F1D1D'), children: [run(`  ${t}`, { bold: true, color: 'FFFFFF', size: 20 })] });
  const passport = mix ? 'LAM JIA XIN KELLY' : 'ARJUN VENKATARAMAN';
  const js = rev(p);
  const cw = [600, 3000, 2600, 1200, 1200, 1200];
  const emp = new Table({ width: { size: 9800, type: WidthType.DXA }, columnWidths: cw, layout: TableLayoutType.FIXED, rows: [
    new TableRow({ tableHeader: true, children: ['S.No', 'Employer', 'Designation', 'From', 'To', 'Location'].map((h, i) => c(h, { bold: true, fill: 'F2F2F2', w: cw[i] })) }),
    ...js.map((j, i) => new TableRow({ children: [String(i + 1), j.company, j.title, d(j.start, 'Mon-YYYY'), j.end ? d(j.end, 'Mon-YYYY') : 'Till date', j.town].map((t, k) => c(t, { w: cw[k] })) })),
  ] });
  const s = sk(p);
  const skillT = new Table({ width: { size: 9800, type: WidthType.DXA }, columnWidths: [4900, 4900], layout: TableLayoutType.FIXED, rows: Array.from({ length: Math.ceil(s.length / 2) }, (_, i) => new TableRow({ children: [c(s[2 * i], { w: 4900 }), c(s[2 * i + 1] ?? '', { w: 4900 })] })) });
  const head = new Header({ children: [new Paragraph({ tabStops: [{ type: TabStopType.RIGHT, position: 9800 }], children: [run('CRESCENT TALENT CONSULTANTS FZ-LLC', { bold: true, size: 18, color: '7F1D1D' }), new TextRun({ children: [new Tab(), 'Tel +971 4 355 8020 · cv@crescenttalent.ae'], size: 16, font: FONT })] })] });
  const foot = new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run('Confidential — submitted by Crescent Talent Consultants. Consultant: Ms. Reem Saeed, +971 56 184 2277', { size: 14, color: '7F7F7F' })] })] });
  return new Document({ sections: [{ properties: A4, headers: { default: head }, footers: { default: foot }, children: [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 160 }, children: [run('CANDIDATE INFORMATION SHEET', { bold: true, size: 28 })] }),
    sec('PERSONAL DETAILS'),
    lv([
      ['Full name (as per passport)', passport], ...(mix ? [['Name in Chinese', p.name] as [string, string]] : [['Candidate name', p.name] as [string, string]]),
      ['Nationality', mix ? 'Singaporean' : 'Indian'], ['Current location', p.town], ['Visa status', 'Employment visa (transferable)'],
      ['Mobile (UAE)', p.intl], [mix ? 'Home (Singapore)' : 'Home country contact', p.others[0].number], ['Office', p.others[1].number],
      ['E-mail (personal)', p.email], ['E-mail (company — do not use)', p.workEmail!], ['Notice period', mix ? '1 month' : '60 days'], ['Position applied for', p.headline],
    ]),
    sec('KEY SKILLS'), skillT,
    sec('EMPLOYMENT HISTORY'), emp,
    sec('EDUCATION'), lv(p.edu.map((e) => [e.degree, `${e.school}, ${e.town} (${e.end.slice(0, 4)})`])),
    sec('CERTIFICATIONS & LANGUAGES'), lv([['Certifications', p.certs.join('; ')], ['Languages', p.languages.join(', ')]]),
  ] }] });
}

/** Traditional-Chinese Word 履歷表 whose contact block is a sub-grid: 手機 / 市話 / 公司（分機）rows, e-mail row; work table with 任職期間. */
function fantiGrid(p: Person): Document {
  const hk = p.id === 'p16';
  const F = 'PMingLiU';
  const c = (t: string, o: Partial<{ bold: boolean; fill: string; span: number; w: number; rows: number }> = {}) => new TableCell({ columnSpan: o.span, rowSpan: o.rows, width: o.w ? { size: o.w, type: WidthType.DXA } : undefined, shading: o.fill ? shade(o.fill) : undefined, borders: cellB, verticalAlign: VerticalAlignTable.CENTER, children: t.split('\n').map((l) => new Paragraph({ children: [new TextRun({ text: l, font: F, size: 19, bold: o.bold })] })) });
  const G = 'E7E6E6';
  const W = [1700, 2600, 1700, 3800];
  const js = rev(p);
  const lab = hk ? { m: '手提電話', h: '辦公室直線', e: '電郵', a: '通訊地址', en: '英文姓名' } : { m: '手機', h: '市話', e: '電子郵件', a: '通訊地址', en: '英文姓名' };
  const rows: TableRow[] = [
    new TableRow({ children: [c('姓名', { bold: true, fill: G, w: W[0] }), c(p.name, { w: W[1] }), c(lab.en, { bold: true, fill: G, w: W[2] }), c(hk ? p.alt! : 'Yi-Chun Chen', { w: W[3] })] }),
    new TableRow({ children: [c('聯絡電話', { bold: true, fill: G, rows: hk ? 2 : 3 }), c(lab.m, { fill: 'F2F2F2' }), c(hk ? p.intl : p.nat, { span: 2 })] }),
    ...(hk ? [] : [new TableRow({ children: [c(lab.h, { fill: 'F2F2F2' }), c(other(p, 'Home'), { span: 2 })] })]),
    new TableRow({ children: [c(hk ? lab.h : '公司（分機）', { fill: 'F2F2F2' }), c(hk ? `${p.others[0].number}（辦公時間）` : other(p, 'Office'), { span: 2 })] }),
    new TableRow({ children: [c(lab.e, { bold: true, fill: G }), c(p.email, { span: 3 })] }),
    new TableRow({ children: [c(lab.a, { bold: true, fill: G }), c(hk ? '新界葵涌石蔭路 8 號 12 樓 B 室' : '台北市松山區民生東路四段 56 巷 3 號 5 樓', { span: 3 })] }),
    new TableRow({ children: [c('應徵職務', { bold: true, fill: G }), c(p.headline, { span: 3 })] }),
    new TableRow({ children: [c('工作經歷', { bold: true, fill: 'BDD7EE', span: 4 })] }),
    new TableRow({ children: [c('公司名稱', { bold: true, fill: G }), c('職稱', { bold: true, fill: G }), c('任職期間', { bold: true, fill: G }), c('工作內容', { bold: true, fill: G })] }),
    ...js.map((j) => new TableRow({ children: [c(j.company), c(j.title), c(hk ? `${d(j.start, 'YYYY年M月')}\n至${j.end ? d(j.end, 'YYYY年M月') : '今'}` : `${d(j.start, 'YYYY/MM')}～\n${j.end ? d(j.end, 'YYYY/MM') : '迄今'}`), c(j.duties.join('\n'))] })),
    new TableRow({ children: [c('學歷', { bold: true, fill: 'BDD7EE', span: 4 })] }),
    ...p.edu.map((e) => new TableRow({ children: [c(e.school, { span: 2 }), c(`${e.start.slice(0, 4)}–${e.end.slice(0, 4)}`), c(e.degree)] })),
    new TableRow({ children: [c('專長', { bold: true, fill: G }), c(sk(p).join('\n'), { span: 3 })] }),
    new TableRow({ children: [c('語言能力', { bold: true, fill: G }), c(p.languages.join('\n'), { span: 3 })] }),
    new TableRow({ children: [c('證照', { bold: true, fill: G }), c(p.certs.join('\n'), { span: 3 })] }),
    new TableRow({ children: [c(hk ? '自我介紹' : '自傳', { bold: true, fill: G }), c(p.summary, { span: 3 })] }),
  ];
  return new Document({ sections: [{ properties: A4, children: [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 160 }, children: [new TextRun({ text: hk ? '個 人 履 歷' : '履 歷 表', font: F, size: 36, bold: true })] }),
    new Table({ width: { size: 9800, type: WidthType.DXA }, columnWidths: W, layout: TableLayoutType.FIXED, rows }),
  ] }] });
}

// ================================================================ TXT TEMPLATES
const crlf = (s: string) => s.replace(/\r?\n/g, '\r\n');
/** hyphenate long words at a given width, like text copied from a justified PDF column */
function wrap(text: string, width: number, hyph = false): string[] {
  const out: string[] = [];
  let line = '';
  for (const w of text.split(' ')) {
    if ((line + ' ' + w).trim().length > width) {
      if (hyph && w.length > 7 && width - line.length > 5) {
        const cut = width - line.length - 2;
        out.push(`${line} ${w.slice(0, cut)}-`.trim());
        line = w.slice(cut);
      } else { out.push(line.trim()); line = w; }
    } else line = `${line} ${w}`;
  }
  if (line.trim()) out.push(line.trim());
  return out;
}

/** Text copied from a two-column PDF in macOS Preview / Acrobat: one column after the other, line breaks where the PDF broke lines, hyphenation kept. */
function previewCopy(p: Person): string {
  if (p.lang === 'en') {
    const left = [p.name, p.headline, p.email, p.intl, ...p.others.map((o) => `${o.label}: ${o.number}`), p.town, `linkedin.com/in/${p.email.split('@')[0].replace(/[._]/g, '-')}`,
      'Skills', ...sk(p), 'Languages', ...p.languages, 'Certifications', ...p.certs.flatMap((c) => wrap(c, 28)), 'Education', ...p.edu.flatMap((e) => [e.school, ...wrap(e.degree, 28), rng(e, 'Mon YYYY', ' - ', '')])];
    const right = [...wrap(p.summary, 62, true), 'Experience', ...rev(p).flatMap((j) => [`${j.company} ${rng(j, 'Mon YYYY', ' - ', 'Present')}`, `${j.title} ${j.town}`, ...j.duties.flatMap((x) => wrap(`• ${x}`, 62, true))])];
    return [...left, ...right, ''].join('\n');
  }
  // zh: WPS 演示 PDF — text boxes come in z-order: timeline first, then the left band
  const right = ['工作经历', ...rev(p).flatMap((j) => [`${d(j.start, 'YYYY年M月')}${j.end ? `—${d(j.end, 'YYYY年M月')}` : '至今'}`, `${j.company} ${j.title}`, ...j.duties.map((x, i) => `${i + 1}. ${x}`)]),
    '教育背景', ...p.edu.map((e) => `${d(e.start, 'YYYY.MM')}—${d(e.end, 'YYYY.MM')} ${e.school} ${e.degree}`), '自我评价', p.summary];
  const left = [p.name, `求职意向：${p.headline}`, '联系方式', `手机：${p.nat}`, `座机：${p.others[0].number}`, `邮箱：${p.email}`, `现居：${p.town}`, '专业技能', ...sk(p).map((s) => `▪ ${s}`), '证书', ...p.certs.map((s) => `▪ ${s}`), '语言', ...p.languages.map((s) => `▪ ${s}`)];
  return [...right, ...left, ''].join('\n');
}

/** LinkedIn profile page selected with Ctrl+A and pasted: nav chrome, grouped roles with durations, endorsements, right-rail text, and the open Contact info overlay at the end. */
function linkedinPagecopy(p: Person): string {
  const disp = p.lang === 'mixed' ? `${p.alt} (${p.name})` : p.name;
  const slug = p.id === 'p05' ? 'arjun-venkataraman-mep' : 'jasonchan-sec';
  const L: string[] = ['Skip to main content', '', 'Home', 'My Network', 'Jobs', 'Messaging', 'Notifications', 'Me', 'For Business', 'Try Premium for AED0', '', disp, p.id === 'p05' ? '' : 'He/Him', `${p.headline} at ${rev(p)[0].company}`, `${p.town}, ${p.id === 'p05' ? 'United Arab Emirates' : 'Hong Kong SAR'} Contact info`, '500+ connections', '', 'Open to', 'Add profile section', 'More', '', 'About', '', p.summary, '', 'Experience', ''];
  for (const g of groups(p)) {
    if (g.roles.length > 1) {
      const tot = months(g.roles[g.roles.length - 1].start, g.roles[0].end);
      L.push(g.company, `Full-time · ${liDur(tot)}`, g.roles[0].town);
      for (const r of g.roles) L.push('', r.title, `${rng(r, 'Mon YYYY', ' - ', 'Present')} · ${liDur(months(r.start, r.end))}`, ...r.duties);
    } else {
      const r = g.roles[0];
      L.push(r.title, `${r.company} · Full-time`, `${rng(r, 'Mon YYYY', ' - ', 'Present')} · ${liDur(months(r.start, r.end))}`, r.town, ...r.duties);
    }
    L.push('');
  }
  L.push('Education', '', ...p.edu.flatMap((e) => [e.school, e.degree, `${e.start.slice(0, 4)} - ${e.end.slice(0, 4)}`, '']));
  L.push('Licenses & certifications', '', ...p.certs.flatMap((c) => [c, '']));
  L.push('Skills', '', ...sk(p).flatMap((s, i) => [s, `${[14, 9, 7, 22, 5, 11, 3, 8][i % 8]} endorsements`, '']));
  L.push('Languages', '', ...p.languages.flatMap((l) => [l, '']));
  L.push('Profile language', 'English', '', 'Public profile & URL', `www.linkedin.com/in/${slug}`, '', 'People also viewed', '', ...(p.id === 'p05'
    ? ['Rahul Nair · 2nd', 'MEP Manager at Emaar Hospitality', 'Connect', '', 'Fatima Al Mansoori · 3rd+', 'HVAC Design Engineer', 'Connect']
    : ['Karen Leung · 2nd', 'Head of Cyber Security at a virtual bank', 'Connect', '', 'Tommy Ho · 2nd', 'Red Team Lead', 'Connect']),
  '', 'About', 'Accessibility', 'Talent Solutions', 'Privacy & Terms', 'LinkedIn Corporation © 2026', '',
  `${disp}`, 'Contact Info', `${p.name.split(' ')[0]}’s Profile`, `linkedin.com/in/${slug}`, 'Phone', `${p.intl} (Mobile)`, 'Email', p.email, 'Birthday', p.id === 'p05' ? 'March 14' : 'July 2', '');
  return L.join('\n');
}

/** python docx2txt output of a Word two-cell-table CV: the whole left cell, then the whole right cell, paragraphs separated by blank lines. */
function docx2txt(p: Person): string {
  const zh = p.lang === 'zh';
  const left = zh
    ? [p.name, `求职意向：${p.headline}`, '联系方式', `手机：${p.nat}`, `办公电话：${p.others[0].number}`, `邮箱：${p.email}`, `现居：${p.town}`, '专业技能', ...sk(p), '证书', ...p.certs, '语言', ...p.languages]
    : [p.name.toUpperCase(), p.headline, 'CONTACT', `M  ${p.nat}`, `H  ${p.others[0].number}`, `W  ${p.others[1].number}`, `E  ${p.email}`, '7/22 Pittwater Road', 'Manly NSW 2095', 'KEY SKILLS', ...sk(p), 'LICENCES & REGISTRATION', ...p.certs, 'LANGUAGES', ...p.languages];
  const right = zh
    ? ['自我评价', p.summary, '工作经历', ...rev(p).flatMap((j) => [`${j.company}\t${rng(j, 'YYYY.MM', ' - ', '至今')}`, j.title, ...j.duties.map((x) => `• ${x}`)]), '教育背景', ...p.edu.map((e) => `${e.school}\t${d(e.start, 'YYYY.MM')} - ${d(e.end, 'YYYY.MM')}\n\n${e.degree}`)]
    : ['PROFILE', p.summary, 'EXPERIENCE', ...rev(p).flatMap((j) => [`${j.title}\t${rng(j, 'Mon YYYY', ' – ', 'Present')}`, `${j.company}, ${j.town}`, ...j.duties]), 'EDUCATION', ...p.edu.map((e) => `${e.degree}\t${e.end.slice(0, 4)}\n\n${e.school}`)];
  return `\n\n${left.join('\n\n')}\n\n\n\n${right.join('\n\n')}\n\n\n\n`;
}

/** Word "Save As › Plain Text" of the text-box CV: the box's text (anchored in the first paragraph) comes first, then the body; CRLF. */
function wordTxtTextbox(p: Person): string {
  const mix = p.lang === 'mixed';
  const box = [mix ? 'CONTACT 联系' : 'CONTACT', p.id === 'p07' ? `Cell: ${p.nat}` : `H/P: ${p.nat}`, ...p.others.map((o) => `${o.label}: ${o.number}`), `E-mail (personal — please use): ${p.email}`, `Work e-mail: ${p.workEmail}`, p.town, '',
    mix ? 'SKILLS 技能' : 'SKILLS', ...sk(p).map((s) => `▪ ${s}`), '', mix ? 'LANGUAGES 语言' : 'LANGUAGES', ...p.languages, '', mix ? 'CERTIFICATIONS 证书' : 'CERTIFICATIONS', ...p.certs];
  const body = [mix ? `${p.alt}  ${p.name}` : p.name.toUpperCase(), p.headline, '', mix ? 'PROFILE 个人简介' : 'PROFILE', p.summary, '', mix ? 'WORK EXPERIENCE 工作经历' : 'WORK EXPERIENCE',
    ...rev(p).flatMap((j) => [`${j.title}\t${rng(j, p.id === 'p07' ? 'Mon YYYY' : 'MM/YYYY', ' – ', p.id === 'p07' ? 'Present' : 'Current')}`, `${j.company}, ${j.town}`, ...j.duties.map((x) => `• ${x}`), '']),
    mix ? 'EDUCATION 教育背景' : 'EDUCATION', ...p.edu.map((e) => `${e.degree}, ${e.school}\t${e.start.slice(0, 4)} – ${e.end.slice(0, 4)}`), '', 'References available on request.'];
  return crlf([...box, '', ...body, ''].join('\n'));
}

/** Typst source of a CV sent as .txt: the header grid has `#link("mailto:…")[Email]` and `#link("tel:…")`, whose visible text differs from the target. */
function typstSrc(p: Person): string {
  const us = p.id === 'p02';
  const e = (s: string) => s.replace(/[#$@*_<>]/g, (c) => `\\${c}`);
  return `// cv.typ — compile with: typst compile cv.typ
#set page(paper: "${us ? 'us-letter' : 'a4'}", margin: (x: 1.6cm, y: 1.4cm))
#set text(font: "Libertinus Serif", size: 10.5pt)
#show heading.where(level: 2): it => block(above: 1em, below: .5em)[#smallcaps(it.body) #box(width: 1fr, line(length: 100%, stroke: .5pt))]

#let entry(title, org, place, dates) = grid(
  columns: (1fr, auto),
  [*#title*, #org, #place], align(right)[_#dates\u{200B}_],
)

#align(center)[
  #text(20pt, weight: "bold")[${p.name}] \\
  ${p.headline} · ${p.town} \\
  #link("tel:${p.phone}")[${p.nat}] (cell) · #link("mailto:${p.email}")[Email me] · #link("https://github.com/${p.email.split('@')[0]}")[GitHub] \\
  #text(8pt, fill: gray)[${p.others[0].label}: ${p.others[0].number} — please use the cell number or ${e(p.email)}]
]

== Summary
${p.summary}

== Experience
${rev(p).map((j) => `#entry("${j.title}", "${j.company}", "${j.town}", "${rng(j, 'Mon YYYY', ' – ', 'present')}")
${j.duties.map((x) => `- ${e(x)}`).join('\n')}
`).join('\n')}
== Skills
${sk(p).join(' · ')}

== Education
${p.edu.map((ed) => `#entry("${ed.degree}", "${ed.school}", "${ed.town}", "${ed.end.slice(0, 4)}")`).join('\n')}

== Certifications
${p.certs.map((c) => `- ${e(c)}`).join('\n')}

== Languages
${p.languages.join(', ')}
`;
}

/** Outlook "Save As › Text Only" of a recruiter forwarding the candidate's e-mail (CV pasted in the body) to a hiring manager; recruiter's own numbers in the signature. */
function outlookPlain(p: Person): string {
  const us = p.id === 'p02';
  const rec = us ? { n: 'Megan Dorsey', f: 'Lakeview Talent Partners', t: '(312) 555-0173', m: 'mdorsey@lakeviewtalent.com', to: 'Priya Raman' } : { n: 'Pieter van Wyk', f: 'Highveld Tech Recruitment', t: '+27 11 268 4490', m: 'pieter@highveldtech.co.za', to: 'Nomsa Dlamini' };
  const L = [
    `From:\t${rec.n} <${rec.m}>`, `Sent:\tTuesday, 17 November 2026 09:12`, `To:\t${rec.to}`, `Subject:\tFW: CV – ${p.name} – ${p.headline}`, '',
    `Hi ${rec.to.split(' ')[0]},`, '', `Please see ${p.name.split(' ')[0]}'s CV below (pasted as it was sent to me). Happy to set up a call – best to go through me for now.`, '',
    'Kind regards', rec.n, `Senior Consultant | ${rec.f}`, `T: ${rec.t}  |  E: ${rec.m}`, '',
    '-----Original Message-----', `From: ${p.name} <${p.email}>`, `Sent: Monday, 16 November 2026 20:47`, `To: ${rec.n} <${rec.m}>`, 'Subject: My CV', '',
    `Hi ${rec.n.split(' ')[0]}, as discussed, my CV is below. Daytime I'm on my cell; ${us ? 'my office line' : 'the work number'} is only for work matters.`, '',
    p.name.toUpperCase(), p.headline, `Cell: ${p.nat} | ${p.others[0].label}: ${p.others[0].number} | ${p.email}`, p.town, '',
    'PROFILE', p.summary, '', 'SKILLS', ...sk(p).map((s) => `* ${s}`), '', 'EXPERIENCE', '',
    ...rev(p).flatMap((j) => [`${j.company} (${j.town})`, `${j.title}, ${rng(j, 'MM/YYYY', ' - ', 'present')}`, ...j.duties.map((x) => `* ${x}`), '']),
    'EDUCATION', ...p.edu.map((e) => `${e.degree}, ${e.school}, ${e.end.slice(0, 4)}`), '', 'CERTIFICATIONS', ...p.certs, '', 'LANGUAGES', p.languages.join(', '), '',
    'Thanks,', p.name.split(' ')[0], '',
  ];
  return crlf(L.join('\n'));
}

/** Application e-mail sent from the candidate's work account asking the recruiter to reply to the personal address; CV in the body. */
function replyToPersonal(p: Person): string {
  if (p.lang === 'zh') {
    return [
      `发件人：${p.name} <${p.workEmail}>`, '收件人：hr@tianfu-jx.com', '日期：2026年11月20日 12:31', `主题：应聘【工艺经理】- ${p.name} - 17年经验`, '',
      '王经理您好：', '', '这封邮件是用公司邮箱临时发的，麻烦回复请发到我的私人邮箱 ' + p.email + '，电话请打手机，谢谢！', '',
      '==============================', `姓名：${p.name}`, `手机：${p.nat}（微信同号）`, `私人邮箱：${p.email}`, `单位座机：${p.others[0].number}（上班时间，不方便接听私事）`, `现居：${p.town}`, '',
      '【求职意向】', p.headline, '', '【工作经历】',
      ...rev(p).flatMap((j) => [`${rng(j, 'YYYY.MM', '-', '至今')}  ${j.company}  ${j.title}`, ...j.duties.map((x) => `  - ${x}`)]), '',
      '【教育经历】', ...p.edu.map((e) => `${d(e.start, 'YYYY.MM')}-${d(e.end, 'YYYY.MM')}  ${e.school}  ${e.degree}`), '',
      '【专业技能】', ...sk(p).map((s) => `· ${s}`), '', '【证书】', p.certs.join('、'), '', '【语言】', p.languages.join('、'), '', '【自我评价】', p.summary, '==============================', '',
      '此致', '敬礼', p.name, '', '-- ', `${p.name} ｜ 工艺部`, '成都川西智能装备有限公司', `电话：${p.others[0].number}`, '地址：成都市郫都区现代工业港北片区港通北二路 219 号', '',
    ].join('\n');
  }
  return [
    `From: ${p.name} <${p.workEmail}>`, 'To: Recruitment <jobs@rebelmarinegroup.ie>', 'Date: Thu, 19 Nov 2026 13:05:22 +0000', 'Subject: Application - Group Financial Controller (ref RMG-114)', '',
    'Dear Ms O\'Donovan,', '', `I'm sending this on my lunch break from my work account - please reply only to my personal e-mail, ${p.email}, or ring my mobile ${p.nat}. Thank you.`, '',
    'My CV is pasted below and attached.', '', '---------------------------------------------', p.name, p.headline, `Mobile: ${p.nat}  |  Email: ${p.email}`, 'Ballincollig, Co. Cork', '', 'PROFILE', p.summary, '',
    'KEY SKILLS', ...sk(p).map((s) => `- ${s}`), '', 'CAREER HISTORY',
    ...rev(p).flatMap((j) => [`${d(j.start, 'MM/YYYY')} - ${j.end ? d(j.end, 'MM/YYYY') : 'date'}   ${j.title}, ${j.company}, ${j.town}`, ...j.duties.map((x) => `    - ${x}`)]), '',
    'EDUCATION', ...p.edu.map((e) => `${e.start.slice(0, 4)} - ${e.end.slice(0, 4)}   ${e.degree}, ${e.school}`), '', 'QUALIFICATIONS', ...p.certs, '', 'LANGUAGES', p.languages.join(', '), '', 'References available on request.', '---------------------------------------------', '',
    'Kind regards,', 'Siobhán', '', '-- ', `${p.name} | Financial Controller`, 'Carrigaline Marine Services Ltd', `T: ${p.others[0].number}  |  E: ${p.workEmail}`, 'This e-mail and any attachments are confidential.', '',
  ].join('\n');
}

// ================================================================ PLAN
const plan: [string, string, Layout, 'html' | 'docx' | 'txt', (p: Person) => string | Document][] = [
  ['rx-gengar', 'p01 p04 p13', 'two-column', 'html', rxGengar],
  ['rx-chikorita', 'p06 p11 p15', 'two-column', 'html', rxChikorita],
  ['jekyll-author', 'p02 p16', 'two-column', 'html', jekyllAuthor],
  ['wps-ppt', 'p08 p10', 'two-column', 'html', wpsPpt],
  ['designer-2p', 'p03 p05', 'two-column', 'html', designer2p],
  ['hdr-band-textbox', 'p07 p14', 'two-column', 'docx', hdrBandTextbox],
  ['wps-pianyou', 'p09 p12', 'two-column', 'docx', wpsPianyou],
  ['preview-copy', 'p01 p10', 'two-column', 'txt', previewCopy],
  ['linkedin-pagecopy', 'p05 p16', 'two-column', 'txt', linkedinPagecopy],
  ['docx2txt', 'p03 p12', 'two-column', 'txt', docx2txt],
  ['word-txt-textbox', 'p07 p14', 'two-column', 'txt', wordTxtTextbox],
  ['us-icon-row', 'p02 p06', 'single', 'html', usIconRow],
  ['running-contact', 'p03 p06', 'single', 'html', runningContact],
  ['zh-footer-contact', 'p10 p11', 'single', 'html', zhFooterContact],
  ['qr-namecard', 'p13 p15', 'single', 'html', qrNamecard],
  ['my-hp-line', 'p14', 'single', 'html', myHpLine],
  ['ie-footer', 'p04', 'single', 'docx', ieFooter],
  ['zh-yemei', 'p08 p15', 'single', 'docx', zhYemei],
  ['typst-src', 'p02 p06', 'single', 'txt', typstSrc],
  ['outlook-fw', 'p02 p07', 'single', 'txt', outlookPlain],
  ['reply-to-personal', 'p04 p09', 'single', 'txt', replyToPersonal],
  ['trac-nhs', 'p01 p03', 'table', 'html', tracNhs],
  ['wx-dengji', 'p08 p10', 'table', 'html', wxDengji],
  ['excel-grid', 'p09 p12', 'table', 'html', excelGrid],
  ['uae-cis', 'p05 p13', 'table', 'docx', uaeCis],
  ['fanti-grid', 'p11 p16', 'table', 'docx', fantiGrid],
];

for (const [template, ids, layout, kind, fn] of plan) {
  for (const id of ids.split(' ')) {
    const p = P(id);
    const out = fn(p);
    if (kind === 'html') addHtml(p, template, layout, out as string);
    else if (kind === 'docx') addDocx(p, template, layout, out as Document);
    else addTxt(p, template, layout, out as string);
  }
}

for (const [file, doc] of docxJobs) writeFileSync(path.join(docsDir, file), await Packer.toBuffer(doc));
exportDocxToPdf(docsDir);
await printHtml(docsDir, html);

records.sort((a, b) => a.file.localeCompare(b.file));
const truth = {
  referenceDate: REF,
  people: people.map((p) => ({
    id: p.id, language: p.lang, name: p.name, email: p.email, phone: p.phone, skills: p.skills,
    work: p.jobs.map((j) => ({ company: j.company, start: j.start, end: j.end })),
    yearsOfExperience: yearsWorked(p.jobs, REF),
  })),
  documents: records,
};
const stray = readdirSync(docsDir).filter((f) => !records.some((r) => r.file === f));
for (const f of stray) rmSync(path.join(docsDir, f));
writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifestOf(docsDir, records.map((r) => r.file)), null, 2) + '\n');
console.log(`${records.length} documents written`);
