/**
 * heldout-52 generator: writes documents/, truth.json and manifest.json. Refuses to overwrite without --force.
 *   cd packages/cv && npx tsx eval/heldout-52/generate.ts [--force]
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType, BorderStyle, Column, ColumnBreak, Document, Footer, Header, Packer, PageBreak, Paragraph, SectionType, ShadingType,
  Table, TableCell, TableRow, TabStopType, TextRun, VerticalMergeType, WidthType, PageNumber,
} from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people, printed, type Job, type Person } from './people.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(here, 'documents');
const REF = '2026-12';
if (existsSync(path.join(here, 'manifest.json')) && !process.argv.includes('--force')) {
  console.error('manifest.json exists; run with --force to regenerate');
  process.exit(1);
}
rmSync(docs, { recursive: true, force: true });
mkdirSync(docs, { recursive: true });

// ---------------------------------------------------------------- helpers
const P = Object.fromEntries(people.map((p) => [p.id, p])) as Record<string, Person>;
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const y = (s: string) => s.slice(0, 4);
const m = (s: string) => Number(s.slice(5, 7));
const mm = (s: string) => s.slice(5, 7);
type DS = 'mon' | 'month' | 'mm/yyyy' | 'yyyy.mm' | 'yyyy/mm' | 'mm.yyyy' | 'cn' | 'iso' | 'yyyy.m';
function d(s: string, st: DS): string {
  switch (st) {
    case 'mon': return `${MON[m(s) - 1]} ${y(s)}`;
    case 'month': return `${MONTH[m(s) - 1]} ${y(s)}`;
    case 'mm/yyyy': return `${mm(s)}/${y(s)}`;
    case 'yyyy.mm': return `${y(s)}.${mm(s)}`;
    case 'yyyy/mm': return `${y(s)}/${mm(s)}`;
    case 'mm.yyyy': return `${mm(s)}.${y(s)}`;
    case 'cn': return `${y(s)}年${m(s)}月`;
    case 'iso': return s;
    case 'yyyy.m': return `${y(s)}.${m(s)}`;
  }
}
const rng = (j: Job, st: DS, sep = ' – ', now = 'Present') => `${d(j.start, st)}${sep}${j.end ? d(j.end, st) : now}`;
const end = (j: Job, st: DS, now: string) => (j.end ? d(j.end, st) : now);
const newest = (p: Person) => [...p.jobs].reverse();
const skills = (p: Person) => p.skills.map(printed);
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const shownName = (p: Person) => (p.nameEn ? `${p.name} ${p.nameEn}` : p.name);
function months(j: Job): number { const e = j.end ?? REF; return (Number(y(e)) - Number(y(j.start))) * 12 + m(e) - m(j.start) + 1; }
function dur(j: Job): string { const n = months(j); const a = Math.floor(n / 12), b = n % 12; return [a ? `${a} yr${a > 1 ? 's' : ''}` : '', b ? `${b} mo${b > 1 ? 's' : ''}` : ''].filter(Boolean).join(' '); }
const initials = (p: Person) => (p.nameEn ?? p.name).split(/[\s-]+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).slice(0, 2).join('') || p.name.slice(0, 1);
const disc = (p: Person, size = 64, bg = '#3d4a5c', fg = '#fff') =>
  `<svg width="${size}" height="${size}" viewBox="0 0 64 64"><circle cx="32" cy="32" r="31" fill="${bg}"/><text x="32" y="40" font-size="22" text-anchor="middle" fill="${fg}" font-family="Liberation Sans, WenQuanYi Zen Hei">${esc(initials(p))}</text></svg>`;
const avatar = (w = 78, h = 100, bg = '#d9dee5') =>
  `<svg width="${w}" height="${h}" viewBox="0 0 78 100"><rect width="78" height="100" fill="${bg}"/><circle cx="39" cy="36" r="17" fill="#8c96a3"/><path d="M8 100 C10 70 68 70 70 100 Z" fill="#8c96a3"/></svg>`;
const ICON = {
  phone: '<svg width="10" height="10" viewBox="0 0 24 24"><path fill="currentColor" d="M6.6 10.8a15 15 0 006.6 6.6l2.2-2.2c.3-.3.7-.4 1-.2 1.1.4 2.3.6 3.6.6.6 0 1 .4 1 1V20c0 .6-.4 1-1 1A17 17 0 013 4c0-.6.4-1 1-1h3.5c.6 0 1 .4 1 1 0 1.3.2 2.5.6 3.6.1.3 0 .7-.2 1z"/></svg>',
  mail: '<svg width="10" height="10" viewBox="0 0 24 24"><path fill="currentColor" d="M2 5h20v14H2zm2 2v.5l8 5 8-5V7z"/></svg>',
  pin: '<svg width="10" height="10" viewBox="0 0 24 24"><path fill="currentColor" d="M12 2a7 7 0 00-7 7c0 5 7 13 7 13s7-8 7-13a7 7 0 00-7-7zm0 9.5A2.5 2.5 0 1112 6a2.5 2.5 0 010 5.5z"/></svg>',
};
const page = (css: string, body: string, lang = 'en') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>
*{box-sizing:border-box} body{margin:0;font-family:'Liberation Sans','DejaVu Sans','WenQuanYi Zen Hei',sans-serif;font-size:9.5pt;color:#222;line-height:1.35}
h1,h2,h3,p,ul{margin:0} ul{padding-left:14px} table{border-collapse:collapse}
${css}</style></head><body>${body}</body></html>`;

// ---------------------------------------------------------------- document list
interface Doc { file: string; person: string; template: string; layout: 'single' | 'two-column' | 'table'; producer: 'chromium' | 'docx' | 'libreoffice' | 'txt'; language: string }
const truthDocs: Doc[] = [];
const htmlJobs: [string, string][] = [];
const docxJobs: [string, Document][] = [];
const short = { single: 'single', 'two-column': 'twocol', table: 'table' } as const;
function add(pid: string, template: string, layout: Doc['layout'], kind: 'html' | 'docx' | 'txt', content: string | Document) {
  const p = P[pid];
  const base = `${pid}-${short[layout]}-${template}`;
  if (kind === 'html') { htmlJobs.push([`${base}.pdf`, content as string]); truthDocs.push({ file: `${base}.pdf`, person: pid, template, layout, producer: 'chromium', language: p.language }); }
  if (kind === 'txt') { writeFileSync(path.join(docs, `${base}.txt`), content as string, 'utf8'); truthDocs.push({ file: `${base}.txt`, person: pid, template, layout, producer: 'txt', language: p.language }); }
  if (kind === 'docx') {
    docxJobs.push([`${base}.docx`, content as Document]);
    truthDocs.push({ file: `${base}.docx`, person: pid, template, layout, producer: 'docx', language: p.language });
    truthDocs.push({ file: `${base}.pdf`, person: pid, template, layout, producer: 'libreoffice', language: p.language });
  }
}

// ================================================================ CHROMIUM — two-column
/** LaTeX "LuxSleek"-type CV: grey aside with initials disc; main column rows have the period in a narrow column of its own. */
function luxsleek(p: Person): string {
  const mixed = p.language === 'mixed';
  const jobs = newest(p).map((j) => `<div class="row"><div class="when">${d(j.start, 'mm/yyyy')}<br>– ${j.end ? d(j.end, 'mm/yyyy') : 'now'}</div>
    <div class="what"><b>${esc(j.title)}</b><div class="co">${esc(j.company)} · ${esc(j.city)}</div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div></div>`).join('');
  const edu = p.edu.map((e) => `<div class="row"><div class="when">${y(e.start)}–${y(e.end)}</div><div class="what"><b>${esc(e.degree)}</b><div class="co">${esc(e.school)}</div></div></div>`).join('');
  return page(`.wrap{display:grid;grid-template-columns:58mm 1fr;min-height:265mm}
  aside{background:#ececec;padding:8mm 6mm;font-size:8.8pt} aside h3{font-size:9pt;letter-spacing:.12em;text-transform:uppercase;border-bottom:1px solid #999;margin:14px 0 6px}
  aside .c{display:flex;gap:6px;align-items:flex-start;margin-bottom:4px;word-break:break-all} main{padding:6mm 0 0 8mm}
  .name{font-size:25pt;font-weight:300;letter-spacing:.02em} .name small{display:block;font-size:12pt;color:#555}
  .hl{color:#b33;font-size:10.5pt;margin:2px 0 10px} main h2{font-size:11pt;color:#b33;text-transform:uppercase;letter-spacing:.1em;margin:14px 0 6px}
  .row{display:grid;grid-template-columns:22mm 1fr;gap:4mm;margin-bottom:8px} .when{font-size:8.3pt;color:#666;text-align:right;padding-top:1px}
  .co{font-style:italic;color:#444} .sk{margin:0;padding-left:12px}`,
  `<div class="wrap"><aside><div style="text-align:center">${disc(p, 80, '#555')}</div>
   <h3>About me</h3><p>${esc(p.summary)}</p>
   <h3>Contact</h3><div class="c">${ICON.phone}<span>${esc(p.phoneShown)} (mobile)</span></div><div class="c">${ICON.mail}<span>${esc(p.email)}</span></div><div class="c">${ICON.pin}<span>${esc(p.address)}</span></div>
   ${p.other.map((o) => `<div class="c" style="color:#666">${esc(o.label)}: ${esc(o.number)}</div>`).join('')}
   <h3>Skills</h3><ul class="sk">${skills(p).map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
   <h3>Languages</h3>${p.languages.map((l) => `<div>${esc(l)}</div>`).join('')}
   <h3>Certificates</h3>${p.certs.map((l) => `<div>${esc(l)}</div>`).join('')}</aside>
   <main><div class="name">${mixed ? `${esc(p.nameEn!)}<small>${esc(p.name)}</small>` : esc(p.name)}</div><div class="hl">${esc(p.headline)}</div>
   <h2>Experience</h2>${jobs}<h2>Education</h2>${edu}</main></div>`);
}

/** Framer portfolio-site template printed from the browser: three-column header, one card per job in a CSS grid. */
function framer(p: Person): string {
  const cards = newest(p).map((j) => `<div class="card"><div class="dt">${d(j.start, 'mon')} → ${j.end ? d(j.end, 'mon') : 'Present'}</div><h3>${esc(j.company)}</h3><div class="ti">${esc(j.title)} · ${esc(j.city)}</div><p>${esc(j.bullets[0])}</p></div>`).join('');
  return page(`body{background:#fafaf7} .top{display:grid;grid-template-columns:1.2fr 1fr 1fr;gap:8mm;border-bottom:2px solid #111;padding-bottom:5mm}
  .nm{font-size:22pt;font-weight:700;line-height:1.1} .nm span{display:block;font-size:11pt;font-weight:400;color:#666}
  .lbl{font-size:7.5pt;text-transform:uppercase;letter-spacing:.14em;color:#888;margin-bottom:3px}
  h2{font-size:8pt;text-transform:uppercase;letter-spacing:.2em;color:#888;margin:7mm 0 3mm} .grid{display:grid;grid-template-columns:1fr 1fr;gap:4mm}
  .card{background:#fff;border:1px solid #ddd;border-radius:10px;padding:4mm;break-inside:avoid} .card h3{font-size:11.5pt;margin:2px 0} .dt{font-size:8pt;color:#0a7;font-weight:700} .ti{color:#555;margin-bottom:4px}
  .tags span{display:inline-block;border:1px solid #bbb;border-radius:20px;padding:1px 9px;margin:0 4px 4px 0;font-size:8.5pt} .foot{margin-top:8mm;font-size:7.5pt;color:#aaa;text-align:center}`,
  `<div class="top"><div class="nm">${p.nameEn ? `${esc(p.nameEn)}<span>${esc(p.name)}</span>` : esc(p.name)}</div>
   <div><div class="lbl">Now</div>${esc(p.headline)}<br>${esc(p.city)}</div>
   <div><div class="lbl">Say hello</div>${esc(p.email)}<br>${esc(p.phoneShown)}</div></div>
   <h2>About</h2><p>${esc(p.summary)}</p><h2>Work — ${p.jobs.length} roles</h2><div class="grid">${cards}</div>
   <h2>Toolkit</h2><div class="tags">${skills(p).map((s) => `<span>${esc(s)}</span>`).join('')}</div>
   <div class="grid" style="margin-top:4mm"><div><h2 style="margin-top:2mm">Education</h2>${p.edu.map((e) => `<div><b>${esc(e.school)}</b><br>${esc(e.degree)}, ${y(e.start)}–${y(e.end)}</div>`).join('')}</div>
   <div><h2 style="margin-top:2mm">Languages & certificates</h2>${[...p.languages, ...p.certs].map((l) => `<div>${esc(l)}</div>`).join('')}</div></div>
   <div class="foot">Made in Framer · ${esc((p.nameEn ?? p.name).toLowerCase().replace(/[^a-z]+/g, ''))}.framer.website</div>`);
}

/** UK non-executive-director board CV: narrative profile in the main column, the executive career in the right sidebar. */
function nedBoard(p: Person): string {
  const car = newest(p).map((j) => `<div class="job"><div class="dt">${d(j.start, 'mon')} – ${j.end ? d(j.end, 'mon') : 'present'}</div><b>${esc(j.company)}</b><div>${esc(j.title)}</div></div>`).join('');
  return page(`.hd{border-bottom:3px double #1f3b5a;padding-bottom:4mm;margin-bottom:5mm} .hd h1{font-family:'Liberation Serif',serif;font-size:24pt;color:#1f3b5a;font-weight:400}
  .hd div{font-size:9pt;color:#444} .cols{display:flex;gap:7mm} main{flex:1} aside{width:68mm;background:#eef2f6;padding:5mm;font-size:8.8pt}
  h2{font-family:'Liberation Serif',serif;font-size:12pt;color:#1f3b5a;margin:0 0 3mm;font-weight:400;border-bottom:1px solid #9fb2c6} main h2{margin-top:5mm}
  .job{margin-bottom:3.5mm} .dt{font-size:8pt;color:#1f3b5a;font-weight:700} main li{margin-bottom:2px}`,
  `<div class="hd"><h1>${esc(p.name)} FCA</h1><div>${esc(p.address)}</div><div>Mobile ${esc(p.phoneShown)} · Home ${esc(p.other[0].number)} · ${esc(p.email)}</div></div>
  <div class="cols"><main><h2 style="margin-top:0">Board profile</h2><p>${esc(p.summary)}</p>
  <h2>What I bring to a board</h2><ul>${p.jobs.slice(-4).map((j) => `<li>${esc(j.bullets[0])} (${esc(j.company)})</li>`).join('')}</ul>
  <h2>Areas of expertise</h2><ul>${skills(p).map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
  <h2>Qualifications</h2>${p.certs.map((c) => `<div>${esc(c)}</div>`).join('')}${p.edu.map((e) => `<div>${esc(e.degree)}, ${esc(e.school)} (${y(e.end)})</div>`).join('')}
  <h2>Languages</h2><div>${p.languages.join(' · ')}</div></main>
  <aside><h2>Career</h2>${car}</aside></div>`);
}

/** Dutch-market interim manager's CV ("opdrachtenoverzicht"): two pages, year rail and vertical line, assignment entries right. */
function interim(p: Person): string {
  const rows = newest(p).map((j) => `<div class="r"><div class="l">${d(j.start, 'mm.yyyy')} – ${j.end ? d(j.end, 'mm.yyyy') : 'now'}</div>
   <div class="e"><span class="dot"></span><b>${esc(j.company)}</b>, ${esc(j.city)}<div class="t">${esc(j.title)}</div><div>${esc(j.bullets[0])}</div></div></div>`).join('');
  return page(`.hd{display:flex;justify-content:space-between;align-items:flex-end;background:#20343f;color:#fff;padding:6mm 7mm}
  .hd h1{font-size:21pt} .hd .c{text-align:right;font-size:8.7pt} h2{font-size:11pt;color:#20343f;margin:6mm 0 3mm;text-transform:uppercase;letter-spacing:.08em}
  .r{display:grid;grid-template-columns:34mm 1fr;break-inside:avoid} .l{font-size:8.5pt;color:#555;text-align:right;padding:2px 5mm 0 0;font-family:'Liberation Mono',monospace}
  .e{border-left:2px solid #9ab;padding:0 0 5mm 6mm;position:relative} .dot{position:absolute;left:-6px;top:3px;width:10px;height:10px;border-radius:50%;background:#e07a2f}
  .t{color:#e07a2f;font-weight:700;font-size:9pt} .two{display:grid;grid-template-columns:1fr 1fr;gap:8mm}`,
  `<div class="hd"><div><h1>${esc(p.name)}</h1><div>${esc(p.headline)}</div></div><div class="c">${esc(p.address)}<br>${esc(p.phoneShown)} · ${esc(p.email)}<br>UK ${esc(p.other[0].number)}</div></div>
  <h2>Profile</h2><p>${esc(p.summary)}</p>
  <div class="two"><div><h2>Expertise</h2><ul>${skills(p).map((s) => `<li>${esc(s)}</li>`).join('')}</ul></div><div><h2>Certifications</h2><ul>${p.certs.map((s) => `<li>${esc(s)}</li>`).join('')}</ul><h2>Languages</h2><div>${p.languages.join(', ')}</div></div></div>
  <h2>Assignments & employment</h2>${rows}
  <h2>Education</h2><div class="r"><div class="l">${y(p.edu[0].start)} – ${y(p.edu[0].end)}</div><div class="e" style="border:0">${esc(p.edu[0].degree)}, ${esc(p.edu[0].school)}</div></div>`);
}

/** Two-page executive CV: page 1 two columns (snapshot sidebar + recent roles), page 2 one column for the earlier career. */
function execSwitch(p: Person): string {
  const [a, b, ...rest] = newest(p);
  const role = (j: Job) => `<div class="role"><div class="rt"><b>${esc(j.title)}</b><span>${d(j.start, 'month')} – ${j.end ? d(j.end, 'month') : 'Present'}</span></div><div class="co">${esc(j.company)}, ${esc(j.city)}</div><ul>${j.bullets.map((x) => `<li>${esc(x)}</li>`).join('')}<li>Reported to the regional leadership team; budget and headcount owner.</li></ul></div>`;
  return page(`.p1{display:grid;grid-template-columns:60mm 1fr;gap:7mm;height:262mm} .snap{background:#14324a;color:#e8eef3;padding:6mm;font-size:8.8pt}
  .snap h3{font-size:8.5pt;text-transform:uppercase;letter-spacing:.12em;color:#9cc3e4;margin:5mm 0 2mm} h1{font-size:24pt;color:#14324a} .sub{font-size:11pt;color:#777;margin-bottom:5mm}
  h2{font-size:10.5pt;text-transform:uppercase;letter-spacing:.1em;border-bottom:2px solid #14324a;margin:5mm 0 3mm;color:#14324a} .role{margin-bottom:5mm}
  .rt{display:flex;justify-content:space-between} .rt span{color:#555;font-size:8.8pt} .snap .c{display:flex;gap:5px;align-items:flex-start;margin-bottom:3px;word-break:break-all} .snap svg{flex:none;margin-top:2px} .co{font-style:italic;color:#333} .p2{break-before:page}`,
  `<div class="p1"><div class="snap"><h3>Contact</h3><div class="c">${ICON.phone}<span>${esc(p.phoneShown)}</span></div><div class="c">${ICON.mail}<span>${esc(p.email)}</span></div><div class="c">${ICON.pin}<span>${esc(p.address)}</span></div><div class="c" style="opacity:.7">${esc(p.other[0].label)} ${esc(p.other[0].number)}</div>
   <h3>Core skills</h3>${skills(p).map((s) => `<div>▸ ${esc(s)}</div>`).join('')}<h3>Credentials</h3>${p.certs.map((s) => `<div>${esc(s)}</div>`).join('')}
   <h3>Languages</h3>${p.languages.map((s) => `<div>${esc(s)}</div>`).join('')}</div>
   <div><h1>${esc(p.nameEn ? `${p.name} · ${p.nameEn}` : p.name)}</h1><div class="sub">${esc(p.headline)}</div><h2>Executive summary</h2><p>${esc(p.summary)}</p>
   <h2>Career history</h2>${role(a)}${role(b)}<p style="color:#777;font-size:8.5pt">Continued overleaf</p></div></div>
   <div class="p2"><h2>Career history (continued)</h2>${rest.map(role).join('')}<h2>Education</h2>${p.edu.map((e) => `<div class="rt"><b>${esc(e.degree)}, ${esc(e.school)}</b><span>${d(e.start, 'month')} – ${d(e.end, 'month')}</span></div>`).join('')}
   <h2>References</h2><p>Available on request.</p></div>`);
}

/** 摄图网-type 简历 template: wide main with a 时间轴 (dates left of the axis), dark sidebar on the right with a photo. */
function shetu(p: Person): string {
  const tl = newest(p).map((j) => `<div class="it"><div class="dt">${d(j.start, 'yyyy.mm')}<br>- ${j.end ? d(j.end, 'yyyy.mm') : '至今'}</div><div class="bd"><i></i><b>${esc(j.company)}</b><span class="ti">${esc(j.title)}</span><p>${esc(j.bullets[0])}</p></div></div>`).join('');
  return page(`.w{display:grid;grid-template-columns:1fr 56mm;gap:0;min-height:265mm} main{padding:2mm 7mm 0 0} aside{background:#2b3a4a;color:#e9eef2;padding:7mm 5mm;font-size:9pt}
  h1{font-size:26pt;letter-spacing:.2em;color:#2b3a4a} .yx{font-size:11pt;color:#c0392b;margin:1mm 0 5mm} h2{background:#2b3a4a;color:#fff;display:inline-block;padding:1mm 4mm;font-size:11pt;margin:5mm 0 3mm;border-radius:0 12px 12px 0}
  .it{display:grid;grid-template-columns:20mm 1fr} .dt{text-align:right;padding-right:4mm;color:#777;font-size:8.6pt}
  .bd{border-left:2px solid #c0392b;padding:0 0 5mm 5mm;position:relative} .bd i{position:absolute;left:-6px;top:2px;width:10px;height:10px;background:#c0392b;border-radius:50%}
  .ti{margin-left:3mm;color:#c0392b} aside h3{font-size:10.5pt;border-bottom:1px solid #8899aa;margin:6mm 0 2mm;padding-bottom:1mm} aside .ph{text-align:center}`,
  `<div class="w"><main><h1>${esc(p.name)}</h1><div class="yx">求职意向：${esc(p.headline)} ｜ ${esc(p.city)}</div>
   <h2>自我评价</h2><p>${esc(p.summary)}</p><h2>工作经历</h2>${tl}
   <h2>教育背景</h2>${p.edu.map((e) => `<div>${d(e.start, 'yyyy.mm')} - ${d(e.end, 'yyyy.mm')}　${esc(e.school)}　${esc(e.degree)}</div>`).join('')}</main>
   <aside><div class="ph">${avatar(96, 124, '#3c4e61')}</div><h3>联系方式</h3><div>手机：${esc(p.phoneShown)}</div><div style="word-break:break-all">邮箱：${esc(p.email)}</div><div>现居：${esc(p.city)}</div>
   <div style="opacity:.75">${esc(p.other[0].label)}：${esc(p.other[0].number)}</div>
   <h3>专业技能</h3>${skills(p).map((s) => `<div>● ${esc(s)}</div>`).join('')}<h3>证书</h3>${p.certs.map((s) => `<div>${esc(s)}</div>`).join('')}<h3>语言</h3>${p.languages.map((s) => `<div>${esc(s)}</div>`).join('')}</aside></div>`, 'zh');
}

/** 千库网-type 简历 whose 工作经历 sits in the left sidebar as a compact list; the main column has the profile and achievements. */
function qianku(p: Person): string {
  const mixed = p.language === 'mixed';
  const now = mixed ? 'Present 至今' : '至今';
  const side = newest(p).map((j) => `<div class="sj"><div class="sd">${d(j.start, 'yyyy.mm')} – ${j.end ? d(j.end, 'yyyy.mm') : now}</div><b>${esc(j.company)}</b><div>${esc(j.title)}</div></div>`).join('');
  return page(`.w{display:grid;grid-template-columns:74mm 1fr;gap:7mm} aside{background:#f1ece4;padding:6mm 5mm;font-size:8.8pt;min-height:265mm} main{padding-top:4mm}
  aside h3,main h2{font-size:11pt;color:#8a5a2b;border-bottom:2px solid #8a5a2b;margin:5mm 0 3mm;padding-bottom:1mm} aside h3:first-of-type{margin-top:3mm}
  .sj{margin-bottom:3mm;padding-left:3mm;border-left:3px solid #d9c3a5} .sd{color:#8a5a2b;font-weight:700;font-size:8.4pt}
  h1{font-size:24pt;color:#4a3520} .en{font-size:12pt;color:#8a5a2b} .kv div{margin:1px 0} main li{margin-bottom:3px}`,
  `<div class="w"><aside><div style="text-align:center">${avatar(84, 108, '#e2d6c5')}</div>
   <h3>${mixed ? '基本信息 Profile' : '基本信息'}</h3><div class="kv"><div>${mixed ? 'Mobile 手机' : '手机'}：${esc(p.phoneShown)}</div><div style="word-break:break-all">${mixed ? 'Email 邮箱' : '邮箱'}：${esc(p.email)}</div><div>${mixed ? 'City 城市' : '现居'}：${esc(p.city)}</div><div style="color:#777">${esc(p.other[0].label)}：${esc(p.other[0].number)}</div></div>
   <h3>${mixed ? '工作经历 Experience' : '工作经历'}</h3>${side}
   <h3>${mixed ? '教育背景 Education' : '教育背景'}</h3>${p.edu.map((e) => `<div>${y(e.start)}–${y(e.end)} ${esc(e.school)}<br>${esc(e.degree)}</div>`).join('')}</aside>
   <main><h1>${esc(p.name)}</h1>${mixed ? `<div class="en">${esc(p.nameEn!)}</div>` : ''}<div style="margin:2mm 0 4mm;color:#555">${esc(p.headline)}</div>
   <h2>${mixed ? '个人简介 Summary' : '个人简介'}</h2><p>${esc(p.summary)}</p>
   <h2>${mixed ? '主要业绩 Achievements' : '主要业绩'}</h2><ul>${newest(p).map((j) => `<li>${esc(j.bullets[0])}${mixed ? ` (${esc(j.company)})` : `（${esc(j.company)}）`}</li>`).join('')}</ul>
   <h2>${mixed ? '专业技能 Skills' : '专业技能'}</h2><ul>${skills(p).map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
   <h2>${mixed ? '证书与语言 Certificates & Languages' : '证书与语言'}</h2>${[...p.certs, ...p.languages].map((s) => `<div>${esc(s)}</div>`).join('')}</main></div>`, 'zh');
}

/** 蓝湖/站酷 designer 简历: jobs in a narrower left column with the period pill right of the employer; a wide right column with 个人优势/技能/教育. */
function lanhu(p: Person): string {
  const jobs = newest(p).map((j) => `<div class="job"><div class="hd"><b>${esc(j.company)}</b><span class="pill">${d(j.start, 'yyyy/mm')} - ${j.end ? d(j.end, 'yyyy/mm') : '至今'}</span></div><div class="ti">${esc(j.title)}</div><p>${esc(j.bullets[0])}</p></div>`).join('');
  return page(`.top{display:flex;gap:6mm;align-items:center;border-bottom:1px solid #ccd;padding-bottom:4mm;margin-bottom:4mm} h1{font-size:22pt}
  .w{display:grid;grid-template-columns:1fr 1fr;gap:6mm} .r{background:#f3f6fb;padding:4mm 5mm;border-radius:6px} h2{font-size:11pt;color:#2f5fb3;margin:0 0 3mm}
  .job{margin-bottom:4mm} .hd{display:flex;justify-content:space-between;gap:3mm;align-items:flex-start} .pill{border:1px solid #2f5fb3;color:#2f5fb3;border-radius:10px;padding:0 6px;font-size:8pt;white-space:nowrap}
  .ti{color:#2f5fb3;font-size:9pt} .bar{height:5px;background:#d5deef;border-radius:3px;margin:1px 0 4px} .bar i{display:block;height:5px;background:#2f5fb3;border-radius:3px}`,
  `<div class="top">${avatar(62, 80)}<div><h1>${esc(p.name)}</h1><div>${esc(p.headline)} ｜ ${esc(p.city)} ｜ ${esc(p.phoneShown)} ｜ ${esc(p.email)}</div><div style="color:#888">${esc(p.other[0].label)}：${esc(p.other[0].number)}</div></div></div>
   <div class="w"><div><h2>工作经历</h2>${jobs}</div>
   <div class="r"><h2>个人优势</h2><p>${esc(p.summary)}</p><h2 style="margin-top:4mm">专业技能</h2>${skills(p).map((s, i) => `<div>${esc(s)}</div><div class="bar"><i style="width:${92 - i * 7}%"></i></div>`).join('')}
   <h2 style="margin-top:4mm">教育经历</h2>${p.edu.map((e) => `<div>${d(e.start, 'yyyy/mm')} - ${d(e.end, 'yyyy/mm')}<br><b>${esc(e.school)}</b> ${esc(e.degree)}</div>`).join('')}
   <h2 style="margin-top:4mm">证书 / 语言</h2>${[...p.certs, ...p.languages].map((s) => `<div>${esc(s)}</div>`).join('')}</div></div>`, 'zh');
}

// ================================================================ CHROMIUM — tables
/** Old-edition US "Biographic Information" (G-325A-type) sheet typed for a petition file: employment table with dates in the last two columns. */
function g325a(p: Person): string {
  const [last, first] = [p.name.split(' ').slice(-1)[0], p.name.split(' ')[0]];
  const rows = newest(p).map((j) => `<tr><td>${esc(j.company)}, ${esc(j.city)}</td><td>${esc(j.title)}</td><td>${MONTH[m(j.start) - 1]}</td><td>${y(j.start)}</td><td>${j.end ? MONTH[m(j.end) - 1] : 'Present Time'}</td><td>${j.end ? y(j.end) : ''}</td></tr>`).join('');
  return page(`h1{font-size:13pt;text-align:center;letter-spacing:.04em} .n{text-align:center;font-size:8pt;margin-bottom:3mm} table{width:100%;margin-bottom:3mm}
  td,th{border:1px solid #000;padding:1.5mm 2mm;font-size:8.6pt;vertical-align:top;text-align:left} th{background:#e6e6e6;font-size:7.6pt;font-weight:700}
  .sec{background:#000;color:#fff;font-weight:700;font-size:8.5pt;padding:1mm 2mm;margin-top:2mm}`,
  `<h1>BIOGRAPHIC INFORMATION</h1><div class="n">Typed worksheet prepared for the petition file of ${esc(p.name)} · attach to résumé · all dates month/year</div>
  <table><tr><th>Family Name</th><th>First Name</th><th>Middle Name</th><th>Date of Birth (mm/dd/yyyy)</th><th>Country of Citizenship</th></tr>
  <tr><td>${esc(last.toUpperCase())}</td><td>${esc(first)}</td><td>—</td><td>04/11/19${p.id === 'p03' ? '96' : '89'}</td><td>United States</td></tr></table>
  <table><tr><th>Applicant's residence (street, city, state, ZIP)</th><th>Mobile phone</th><th>E-mail</th></tr><tr><td>${esc(p.address)}</td><td>${esc(p.phoneShown)}</td><td>${esc(p.email)}</td></tr></table>
  <div class="sec">APPLICANT'S EMPLOYMENT (List present employment first; all employment, continued on this sheet)</div>
  <table><tr><th style="width:38%">Full Name and Address of Employer</th><th>Occupation (Specify)</th><th colspan="2">From: Month / Year</th><th colspan="2">To: Month / Year</th></tr>${rows}
  <tr><td colspan="6" style="font-size:8pt">Employer HR verification line: ${esc(p.other[0].label)} ${esc(p.other[0].number)}</td></tr></table>
  <div class="sec">EDUCATION</div><table><tr><th>School</th><th>Degree</th><th>From</th><th>To</th></tr>${p.edu.map((e) => `<tr><td>${esc(e.school)}</td><td>${esc(e.degree)}</td><td>${d(e.start, 'mm/yyyy')}</td><td>${d(e.end, 'mm/yyyy')}</td></tr>`).join('')}</table>
  <div class="sec">SKILLS (from attached résumé)</div><table><tr>${skills(p).map((s) => `<td>${esc(s)}</td>`).join('')}</tr></table>
  <div class="sec">CERTIFICATIONS / LANGUAGES</div><table><tr><td>${p.certs.join('; ')}</td><td>${p.languages.join('; ')}</td></tr></table>
  <p style="font-size:8pt;margin-top:4mm">Signature of applicant ______________________ Date __________</p>`);
}

/** Security-clearance worksheet in the SF-86 "Section 13A – Employment Activities" shape: one bordered table per job. */
function sf86(p: Person): string {
  const ent = newest(p).map((j, i) => `<table class="e"><tr><th colspan="4">Section 13A — Employment Activities · Entry #${i + 1}</th></tr>
  <tr><td class="l">13A.1 Employment activity</td><td colspan="3">Federal contractor / other employment</td></tr>
  <tr><td class="l">Employer name</td><td colspan="3"><b>${esc(j.company)}</b></td></tr>
  <tr><td class="l">Position title</td><td>${esc(j.title)}</td><td class="l">Location</td><td>${esc(j.city)}</td></tr>
  <tr><td class="l">From date (Month/Year)</td><td>${d(j.start, 'mm/yyyy')}</td><td class="l">To date (Month/Year)</td><td>${j.end ? d(j.end, 'mm/yyyy') : 'Present'}</td></tr>
  <tr><td class="l">Supervisor</td><td>${['J. Whitfield', 'M. Carrasco', 'D. Lindqvist', 'R. Osei', 'K. Brandt'][i % 5]}</td><td class="l">Supervisor phone</td><td>${['703-555-0164', '571-555-0122', '202-555-0175', '540-555-0109', '703-555-0191'][i % 5]}</td></tr></table>`).join('');
  return page(`table{width:100%;margin-bottom:3.5mm} td,th{border:1px solid #555;padding:1.2mm 2mm;font-size:8.5pt;text-align:left} th{background:#dfe6ee} .l{background:#f3f3f3;width:24%;font-size:8pt}
  h1{font-size:12pt} .e{break-inside:avoid}`,
  `<h1>Questionnaire worksheet — personnel security (candidate copy)</h1><p style="font-size:8pt;margin-bottom:3mm">Prepared by ${esc(p.name)} for the facility security officer. Candidate's own worksheet, not an official form.</p>
  <table><tr><th colspan="4">Section 1 — Full name / contact</th></tr><tr><td class="l">Last name</td><td>${esc(p.name.split(' ')[1])}</td><td class="l">First name</td><td>${esc(p.name.split(' ')[0])}</td></tr>
  <tr><td class="l">Mobile</td><td>${esc(p.phoneShown)}</td><td class="l">E-mail</td><td>${esc(p.email)}</td></tr><tr><td class="l">Work phone</td><td>${esc(p.other[0].number)}</td><td class="l">Address</td><td>${esc(p.address)}</td></tr></table>
  ${ent}
  <table><tr><th colspan="2">Attachment — technical skills, certifications and education</th></tr><tr><td class="l">Skills</td><td>${skills(p).join(' · ')}</td></tr>
  <tr><td class="l">Certifications</td><td>${p.certs.join(' · ')}</td></tr><tr><td class="l">Education</td><td>${p.edu.map((e) => `${e.degree}, ${e.school}, ${d(e.start, 'mm/yyyy')}–${d(e.end, 'mm/yyyy')}`).join('; ')}</td></tr><tr><td class="l">Languages</td><td>${p.languages.join(', ')}</td></tr></table>`);
}

/** US IT-staffing "candidate submittal" to a prime vendor: skills matrix with years per skill, employment table with dates last, education/certs table beside it. */
function vendor(p: Person): string {
  const yrs = (i: number) => Math.max(1, Math.round(yearsWorked(p.jobs, REF) - i * 1.5));
  const emp = newest(p).map((j) => `<tr><td><b>${esc(j.company)}</b></td><td>${esc(j.title)}</td><td>${esc(j.city)}</td><td class="d">${d(j.start, 'mm/yyyy')} – ${j.end ? d(j.end, 'mm/yyyy') : 'Current'}</td></tr>`).join('');
  return page(`table{width:100%} td,th{border:1px solid #8a9aa8;padding:1.3mm 2mm;font-size:8.4pt;text-align:left;vertical-align:top} th{background:#244b6b;color:#fff}
  .hd td{border:0;padding:0} h1{font-size:15pt} .d{white-space:nowrap} .row{display:flex;gap:4mm;margin-top:4mm} h2{font-size:10pt;margin:4mm 0 2mm;color:#244b6b}`,
  `<table class="hd"><tr><td><h1>${esc(shownName(p))}</h1><div>${esc(p.headline)} · ${esc(p.city)}</div><div>Candidate mobile ${esc(p.phoneShown)} · ${esc(p.email)}</div></td>
  <td style="text-align:right;font-size:8pt">Submitted by: Crestline Talent Partners<br>Account manager: Renee Hollis, (469) 555-0133<br>Requisition #RQ-44817 · Rate: on request · Availability: 2 weeks</td></tr></table>
  <h2>Profile</h2><p>${esc(p.summary)}</p>
  <h2>Skills matrix (required by client)</h2><table><tr><th>Skill</th><th>Years of experience</th><th>Last used</th><th>Self-rating (1–10)</th></tr>
  ${skills(p).map((s, i) => `<tr><td>${esc(s)}</td><td>${yrs(i)}</td><td>${i < 4 ? '2026' : '2025'}</td><td>${9 - (i % 3)}</td></tr>`).join('')}</table>
  <div class="row"><div style="flex:2.3"><h2 style="margin-top:0">Employment history</h2><table><tr><th>Employer</th><th>Title</th><th>Location</th><th>Dates</th></tr>${emp}</table></div>
  <div style="flex:1"><h2 style="margin-top:0">Education & certifications</h2><table><tr><th>Qualification</th><th>Year</th></tr>${p.edu.map((e) => `<tr><td>${esc(e.degree)}, ${esc(e.school)}</td><td>${y(e.end)}</td></tr>`).join('')}${p.certs.map((c) => `<tr><td>${esc(c)}</td><td>—</td></tr>`).join('')}</table>
  <h2>Languages</h2><div>${p.languages.join(', ')}</div></div></div>
  <h2>Project highlights</h2><ul>${newest(p).map((j) => `<li>${esc(j.bullets[0])}</li>`).join('')}</ul>`);
}

/** 专利代理师执业申请 — 申请人信息表 (打印版): header grid with photo, 学习/培训经历 tables beside the 工作经历 table. */
function ipAgent(p: Person): string {
  const work = newest(p).map((j) => `<tr><td>${d(j.start, 'cn')}—${j.end ? d(j.end, 'cn') : '至今'}</td><td>${esc(j.company)}</td><td>${esc(j.title)}</td></tr>`).join('');
  return page(`h1{text-align:center;font-size:15pt;letter-spacing:.1em;margin-bottom:1mm} .sub{text-align:center;font-size:8.5pt;margin-bottom:3mm}
  table{width:100%} td,th{border:1px solid #333;padding:1.5mm;font-size:8.6pt;vertical-align:middle} th{background:#eee;font-weight:700} .lb{background:#f4f4f4;width:15%;text-align:center}
  .two{display:grid;grid-template-columns:40% 1fr;gap:3mm;margin-top:3mm} .cap{font-weight:700;margin:3mm 0 1mm}`,
  `<h1>专利代理师执业申请 · 申请人信息表</h1><div class="sub">（网上申请打印件）　申请编号：ZL-2026-11-0${p.id.slice(1)}47</div>
  <table><tr><td class="lb">姓名</td><td>${esc(p.name)}</td><td class="lb">性别</td><td>男</td><td rowspan="4" style="width:26mm;text-align:center">${avatar(70, 92)}</td></tr>
  <tr><td class="lb">手机号码</td><td>${esc(p.phoneShown)}</td><td class="lb">电子邮箱</td><td>${esc(p.email)}</td></tr>
  <tr><td class="lb">资格证号</td><td>2019110${p.id.slice(1)}382</td><td class="lb">拟执业机构</td><td>${esc(newest(p)[0].company)}</td></tr>
  <tr><td class="lb">通讯地址</td><td colspan="3">${esc(p.address)}（机构电话 ${esc(p.other[0].number)}）</td></tr></table>
  <div class="two"><div><div class="cap">学习经历</div><table><tr><th>起止时间</th><th>学校 / 专业 / 学位</th></tr>${p.edu.map((e) => `<tr><td>${d(e.start, 'cn')}—${d(e.end, 'cn')}</td><td>${esc(e.school)}<br>${esc(e.degree)}</td></tr>`).join('')}</table>
  <div class="cap">培训经历</div><table><tr><th>时间</th><th>培训内容</th></tr><tr><td>2019年7月—2019年8月</td><td>专利代理实务岗前培训（全国专利代理师协会）</td></tr><tr><td>2023年10月</td><td>涉外专利代理实务研修班</td></tr></table></div>
  <div><div class="cap">工作经历（从参加工作起填写，至今）</div><table><tr><th style="width:38%">起止年月</th><th>工作单位</th><th style="width:22%">职务</th></tr>${work}</table>
  <div class="cap">专业技能</div><table><tr><td>${skills(p).join('；')}</td></tr></table>
  <div class="cap">外语及资格</div><table><tr><td>${[...p.languages, ...p.certs].join('；')}</td></tr></table></div></div>
  <p style="margin-top:5mm;font-size:8.6pt">本人承诺以上信息真实有效。　　申请人签字：__________　　日期：2026年11月</p>`, 'zh');
}

/** Expat creative's CV (Ho Chi Minh City / Hong Kong habit): roles described in the main column, the dated employment table only in the right sidebar. */
function sidebarTables(p: Person): string {
  const hk = p.language === 'mixed';
  const tb = newest(p).map((j) => `<tr><td>${d(j.start, 'mon')}</td><td>${j.end ? d(j.end, 'mon') : hk ? '現在 Present' : 'to date'}</td><td>${esc(j.company)}</td></tr>`).join('');
  return page(`.w{display:grid;grid-template-columns:1fr 76mm;gap:6mm} h1{font-size:22pt} .hl{color:#b5651d;margin-bottom:4mm}
  h2{font-size:10.5pt;color:#b5651d;text-transform:uppercase;letter-spacing:.08em;margin:4mm 0 2mm} aside{background:#fbf3ea;padding:4mm;font-size:8.4pt}
  aside table{width:100%;margin-bottom:3mm} aside td,aside th{border:1px solid #e0c9ae;padding:1mm 1.4mm;text-align:left;vertical-align:top} aside th{background:#f0dcc3}
  .role{margin-bottom:3mm} .role b{font-size:10pt}`,
  `<div class="w"><main><h1>${esc(p.name)}${hk ? ` <span style="font-size:13pt;font-weight:400">${esc(p.nameEn!)}</span>` : ''}</h1><div class="hl">${esc(p.headline)}</div>
   <h2>Profile</h2><p>${esc(p.summary)}</p><h2>Roles</h2>${newest(p).map((j) => `<div class="role"><b>${esc(j.title)}</b> — ${esc(j.company)}, ${esc(j.city)}<ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`).join('')}
   <h2>Education</h2>${p.edu.map((e) => `<div>${esc(e.degree)} — ${esc(e.school)}</div>`).join('')}</main>
   <aside><table><tr><th colspan="2">Contact</th></tr><tr><td>Mobile</td><td>${esc(p.phoneShown)}</td></tr><tr><td>E-mail</td><td style="word-break:break-all">${esc(p.email)}</td></tr><tr><td>${esc(p.other[0].label)}</td><td>${esc(p.other[0].number)}</td></tr><tr><td>Based in</td><td>${esc(p.city)}</td></tr></table>
   <table><tr><th colspan="3">Employment at a glance</th></tr><tr><th>From</th><th>To</th><th>Employer</th></tr>${tb}</table>
   <table><tr><th>Skills</th></tr>${skills(p).map((s) => `<tr><td>${esc(s)}</td></tr>`).join('')}</table>
   <table><tr><th>Languages</th></tr>${p.languages.map((s) => `<tr><td>${esc(s)}</td></tr>`).join('')}</table>
   <table><tr><th colspan="2">Study</th></tr>${p.edu.map((e) => `<tr><td>${y(e.start)}–${y(e.end)}</td><td>${esc(e.school)}</td></tr>`).join('')}</table>
   <table><tr><th>Certificates</th></tr>${p.certs.map((s) => `<tr><td>${esc(s)}</td></tr>`).join('')}</table></aside></div>`);
}

/** Singapore government e-service submission printout (application for a pass / PR): particulars grid, employment table with MM/YYYY columns. */
function sgEform(p: Person): string {
  const rows = newest(p).map((j, i) => `<tr><td>${i + 1}</td><td>${esc(j.company)}</td><td>${esc(j.title)}</td><td>${d(j.start, 'mm/yyyy')}</td><td>${j.end ? d(j.end, 'mm/yyyy') : 'Present'}</td><td>${esc(j.city)}</td></tr>`).join('');
  return page(`.bar{background:#c8102e;color:#fff;padding:2mm 4mm;font-weight:700;display:flex;justify-content:space-between} h2{background:#ececec;font-size:9.5pt;padding:1.2mm 2mm;margin:4mm 0 1.5mm;border-left:4px solid #c8102e}
  table{width:100%} td,th{border:1px solid #bbb;padding:1.2mm 2mm;font-size:8.4pt;text-align:left;vertical-align:top} th{background:#f7f7f7} .k{width:30%;background:#fafafa;color:#444}`,
  `<div class="bar"><span>e-Service · Application Summary</span><span>Ref: EA${p.id.slice(1)}-2611-0${p.id.slice(2)}93</span></div>
  <p style="font-size:8pt;margin:2mm 0">Printed 14/11/2026 16:02 · Please keep this summary for your records.</p>
  <h2>Part A — Particulars of applicant</h2><table><tr><td class="k">Name (as in passport)</td><td>${esc(p.nameEn!.toUpperCase())}</td></tr><tr><td class="k">Name in Chinese characters</td><td>${esc(p.name)}</td></tr>
  <tr><td class="k">Mobile number</td><td>${esc(p.phoneShown)}</td></tr><tr><td class="k">Email address</td><td>${esc(p.email)}</td></tr><tr><td class="k">Residential address</td><td>${esc(p.address)}</td></tr><tr><td class="k">Office number</td><td>${esc(p.other[0].number)}</td></tr></table>
  <h2>Part B — Educational qualifications</h2><table><tr><th>Institution</th><th>Qualification</th><th>From (MM/YYYY)</th><th>To (MM/YYYY)</th></tr>${p.edu.map((e) => `<tr><td>${esc(e.school)}</td><td>${esc(e.degree)}</td><td>${d(e.start, 'mm/yyyy')}</td><td>${d(e.end, 'mm/yyyy')}</td></tr>`).join('')}</table>
  <h2>Part C — Employment history (all employment, most recent first)</h2><table><tr><th>S/N</th><th>Name of employer</th><th>Occupation</th><th>From (MM/YYYY)</th><th>To (MM/YYYY)</th><th>Place</th></tr>${rows}</table>
  <h2>Part D — Skills and other information</h2><table><tr><td class="k">Professional skills</td><td>${skills(p).join(', ')}</td></tr><tr><td class="k">Professional certificates</td><td>${p.certs.join(', ')}</td></tr><tr><td class="k">Languages</td><td>${p.languages.join(', ')}</td></tr></table>
  <p style="font-size:8pt;margin-top:4mm">Declaration made on 14/11/2026 by the applicant. This printout is system generated; no signature is required.</p>`);
}

// ================================================================ CHROMIUM — single column
/** "Built In"-type tech job-site profile printed from the browser: one column, durations after each date line. */
function builtin(p: Person): string {
  return page(`.hd{display:flex;gap:5mm;align-items:center;border-bottom:1px solid #ddd;padding-bottom:4mm} h1{font-size:19pt} h2{font-size:11pt;margin:5mm 0 2mm}
  .j{border-bottom:1px solid #eee;padding:2mm 0} .meta{color:#666;font-size:8.6pt} .chip{display:inline-block;background:#eef1ff;border-radius:4px;padding:1px 7px;margin:0 4px 4px 0}
  .url{font-size:7.5pt;color:#999;display:flex;justify-content:space-between;margin-bottom:3mm}`,
  `<div class="url"><span>builtin-style profile · printed 11/28/2026</span><span>${esc(p.name.toLowerCase().replace(' ', '-'))} · Profile</span></div>
  <div class="hd">${disc(p, 58, '#4a5ee8')}<div><h1>${esc(p.name)}</h1><div>${esc(p.headline)} · ${esc(p.city)}</div><div class="meta">${esc(p.phoneShown)} · ${esc(p.email)} · Open to: remote, hybrid</div></div></div>
  <h2>About</h2><p>${esc(p.summary)}</p><h2>Experience</h2>${newest(p).map((j) => `<div class="j"><b>${esc(j.title)}</b><div>${esc(j.company)}</div><div class="meta">${d(j.start, 'mon')} - ${j.end ? d(j.end, 'mon') : 'Present'} · ${dur(j)} · ${esc(j.city)}</div><p>${esc(j.bullets[0])}</p></div>`).join('')}
  <h2>Skills</h2><div>${skills(p).map((s) => `<span class="chip">${esc(s)}</span>`).join('')}</div>
  <h2>Education</h2>${p.edu.map((e) => `<div><b>${esc(e.school)}</b><div class="meta">${esc(e.degree)} · ${y(e.start)} - ${y(e.end)}</div></div>`).join('')}
  <h2>Certifications</h2>${p.certs.map((c) => `<div>${esc(c)}</div>`).join('')}<h2>Languages</h2><div>${p.languages.join(' · ')}</div>`);
}

/** Australian job-site profile print (CareerOne-type): one column, "Current" for the open role, licences & tickets block. */
function careerone(p: Person): string {
  return page(`.top{background:#00205b;color:#fff;padding:5mm 6mm} h1{font-size:20pt} h2{font-size:11pt;color:#00205b;border-bottom:2px solid #f5a800;margin:5mm 0 2mm;padding-bottom:1mm}
  .j{margin-bottom:3mm} .dt{color:#555} .kv{display:grid;grid-template-columns:36mm 1fr;row-gap:1mm}`,
  `<div class="top"><h1>${esc(p.name)}</h1><div>${esc(p.headline)}</div></div>
  <h2>Personal details</h2><div class="kv"><b>Location</b><span>${esc(p.address)}</span><b>Mobile</b><span>${esc(p.phoneShown)}</span><b>Email</b><span>${esc(p.email)}</span><b>Work rights</b><span>Australian citizen</span><b>Availability</b><span>2 weeks · FIFO or DIDO</span></div>
  <h2>Summary</h2><p>${esc(p.summary)}</p>
  <h2>Career history</h2>${newest(p).map((j) => `<div class="j"><b>${esc(j.title)}</b> · ${esc(j.company)}, ${esc(j.city)}<div class="dt">${d(j.start, 'mon')} – ${j.end ? d(j.end, 'mon') : 'Current'}</div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`).join('')}
  <h2>Skills</h2><ul>${skills(p).map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
  <h2>Licences & tickets</h2><ul>${p.certs.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
  <h2>Education</h2>${p.edu.map((e) => `<div>${esc(e.degree)} — ${esc(e.school)} (${d(e.start, 'mon')} – ${d(e.end, 'mon')})</div>`).join('')}
  <h2>Referees</h2><p>Darren Kowalczyk, Maintenance Superintendent — ${esc(p.other[0].number)}</p>`);
}

/** 公司官网「专家团队」页面（浏览器打印）: one bio per page, career as 年月 lines. */
function teamPage(p: Person): string {
  return page(`.nav{background:#0d4f8b;color:#fff;padding:2mm 4mm;font-size:8.5pt} .crumb{font-size:8pt;color:#888;margin:3mm 0} .bio{display:flex;gap:6mm}
  h1{font-size:19pt} h2{font-size:11pt;color:#0d4f8b;border-left:4px solid #0d4f8b;padding-left:2mm;margin:5mm 0 2mm} .ft{margin-top:8mm;border-top:1px solid #ccc;font-size:7.5pt;color:#999;padding-top:2mm}`,
  `<div class="nav">上海恒筑建设工程咨询有限公司　首页　｜　关于我们　｜　专家团队　｜　项目业绩　｜　联系我们</div><div class="crumb">当前位置：首页 &gt; 专家团队 &gt; ${esc(p.name)}</div>
  <div class="bio">${avatar(100, 130)}<div><h1>${esc(p.name)}</h1><div>${esc(p.headline)}　${p.certs.join('　')}</div><p style="margin-top:2mm">${esc(p.summary)}</p>
  <p style="margin-top:2mm">手机：${esc(p.phoneShown)}　邮箱：${esc(p.email)}　办公电话：${esc(p.other[0].number)}</p></div></div>
  <h2>工作经历</h2>${newest(p).map((j) => `<p>${d(j.start, 'cn')}${j.end ? `至${d(j.end, 'cn')}` : '至今'}，${esc(j.company)}，${esc(j.title)}。${esc(j.bullets[0])}</p>`).join('')}
  <h2>教育背景</h2>${p.edu.map((e) => `<p>${d(e.start, 'cn')}至${d(e.end, 'cn')}，${esc(e.school)}，${esc(e.degree)}</p>`).join('')}
  <h2>专业特长</h2><p>${skills(p).join('、')}</p><h2>外语</h2><p>${p.languages.join('；')}</p>
  <div class="ft">Copyright © 2026 上海恒筑建设工程咨询有限公司　沪ICP备2026xxxxxx号　　https://www.hengzhu-consult.example/team/${p.id}.html</div>`, 'zh');
}

// ================================================================ DOCX helpers
const FONT = { ascii: 'Calibri', eastAsia: 'Microsoft YaHei', hAnsi: 'Calibri' } as const;
const t = (text: string, o: Record<string, unknown> = {}) => new TextRun({ text, font: FONT, ...o });
const para = (runs: (TextRun | string)[] | string, o: Record<string, unknown> = {}) =>
  new Paragraph({ children: (typeof runs === 'string' ? [t(runs)] : runs.map((r) => (typeof r === 'string' ? t(r) : r))), ...o });
const NB = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: NB, bottom: NB, left: NB, right: NB, insideHorizontal: NB, insideVertical: NB };
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '555555' };
const lines = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
const cell = (children: Paragraph[] | string, o: Record<string, unknown> = {}) =>
  new TableCell({ children: typeof children === 'string' ? [para(children)] : children, margins: { top: 40, bottom: 40, left: 80, right: 80 }, ...o });
const shade = (fill: string) => ({ shading: { type: ShadingType.CLEAR, color: 'auto', fill } });
const A4 = { page: { size: { width: 11906, height: 16838 }, margin: { top: 1000, bottom: 1000, left: 1100, right: 1100 } } };
const heading = (s: string, color = '1F4E79') => para([t(s, { bold: true, size: 24, color })], { spacing: { before: 200, after: 80 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color, space: 2 } } });

// ================================================================ DOCX — two-column
/** Australian FIFO résumé in Word: one-column title section, then a two-column section with a narrow left "Site history" column. */
function fifo(p: Person): Document {
  const left = [heading('SITE HISTORY', '9A3412'), ...newest(p).flatMap((j) => [
    para([t(`${d(j.start, 'mon')} – ${j.end ? d(j.end, 'mon') : 'present'}`, { bold: true, size: 18, color: '9A3412' })], { spacing: { before: 120 } }),
    para([t(j.company, { bold: true, size: 19 })]), para([t(j.title, { italics: true, size: 18 })]), para([t(`${j.city} · ${j.bullets[0]}`, { size: 17 })])]),
    heading('TRAINING', '9A3412'), ...p.edu.map((e) => para([t(`${e.degree}, ${e.school} (${y(e.start)}–${y(e.end)})`, { size: 17 })]))];
  const right = [new Paragraph({ children: [new ColumnBreak()] }), heading('PROFILE', '9A3412'), para(p.summary),
    heading('SKILLS', '9A3412'), ...skills(p).map((s) => para(`▪ ${s}`)), heading('TICKETS & LICENCES', '9A3412'), ...p.certs.map((s) => para(`▪ ${s}`)),
    heading('EQUIPMENT', '9A3412'), para('CAT 793F haul trucks, Metso crushers, Sandvik screens, belt splicing kits, laser alignment tools'),
    heading('REFEREES', '9A3412'), para(`Darren Kowalczyk, Maintenance Superintendent, Red Ochre Iron — ${p.other[0].number}`), para('Shelley Marr, Workshop Manager, Karratha Heavy Diesel — (08) 9144 3817'),
    heading('LANGUAGES', '9A3412'), para(p.languages.join(', '))];
  return new Document({ sections: [
    { properties: { ...A4 }, children: [para([t(p.name.toUpperCase(), { bold: true, size: 44, color: '9A3412' })]), para([t(p.headline, { size: 22 })]),
      para([t(`${p.phoneShown}  |  ${p.email}  |  ${p.address}`, { size: 18 })], { spacing: { after: 160 }, border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: '9A3412', space: 4 } } })] },
    { properties: { ...A4, type: SectionType.CONTINUOUS, column: { count: 2, equalWidth: false, separate: true, children: [new Column({ width: 3300, space: 400 }), new Column({ width: 6006 })] } }, children: [...left, ...right] },
  ] });
}

/** US résumé with a three-column letterhead in the page header (name | address | phone/e-mail) and a balanced two-column body section. */
function letterhead(p: Person): Document {
  const hdr = new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: { ...noBorders, bottom: { style: BorderStyle.SINGLE, size: 12, color: '2E4057' } },
    rows: [new TableRow({ children: [cell([para([t(p.name, { bold: true, size: 34, color: '2E4057' })]), para([t(p.headline, { size: 16 })])], { width: { size: 40, type: WidthType.PERCENTAGE } }),
      cell([para([t(p.address, { size: 16 })])], { width: { size: 30, type: WidthType.PERCENTAGE } }),
      cell([para([t(`M ${p.phoneShown}`, { size: 16 })], { alignment: AlignmentType.RIGHT }), para([t(`${p.other[0].label.startsWith('Home') ? 'H' : 'W'} ${p.other[0].number}`, { size: 16 })], { alignment: AlignmentType.RIGHT }), para([t(p.email, { size: 16 })], { alignment: AlignmentType.RIGHT })], { width: { size: 30, type: WidthType.PERCENTAGE } })] })] });
  const exp = [heading('EXPERIENCE', '2E4057'), ...newest(p).flatMap((j) => [
    para([t(j.title, { bold: true, size: 19 })], { spacing: { before: 100 } }), para([t(`${j.company}, ${j.city}`, { italics: true, size: 18 })]),
    para([t(`${MONTH[m(j.start) - 1]} ${y(j.start)} to ${j.end ? `${MONTH[m(j.end) - 1]} ${y(j.end)}` : 'date'}`, { size: 17, color: '666666' })]),
    ...j.bullets.map((b) => para([t(`• ${b}`, { size: 18 })]))])];
  const side = [new Paragraph({ children: [new ColumnBreak()] }), heading('SUMMARY', '2E4057'), para([t(p.summary, { size: 18 })]),
    heading('SKILLS', '2E4057'), ...skills(p).map((s) => para([t(`• ${s}`, { size: 18 })])), heading('CERTIFICATIONS', '2E4057'), ...p.certs.map((s) => para([t(s, { size: 18 })])),
    heading('EDUCATION', '2E4057'), ...p.edu.flatMap((e) => [para([t(e.degree, { bold: true, size: 18 })]), para([t(`${e.school}, ${y(e.start)}–${y(e.end)}`, { size: 18 })])]),
    heading('LANGUAGES', '2E4057'), para([t(p.languages.join(', '), { size: 18 })])];
  return new Document({ sections: [{ properties: { ...A4, column: { count: 2, space: 500, equalWidth: false, separate: false, children: [new Column({ width: 5800, space: 500 }), new Column({ width: 3406 })] } },
    headers: { default: new Header({ children: [hdr, para('')] }) }, footers: { default: new Footer({ children: [para([t(`${p.name} — page `, { size: 14 }), new TextRun({ children: [PageNumber.CURRENT], size: 14 })], { alignment: AlignmentType.CENTER })] }) },
    children: [...exp, ...side] }] });
}

/** 包图网-type Word 简历: one-column title section, then a balanced two-column section with a rule between columns. */
function baotu(p: Person): Document {
  const z = (s: string, o: Record<string, unknown> = {}) => t(s, { font: { ascii: 'Arial', eastAsia: 'SimSun', hAnsi: 'Arial' }, ...o });
  const left = [heading('工作经历', 'C0504D'), ...newest(p).flatMap((j) => [
    para([z(`${d(j.start, 'yyyy.mm')}—${j.end ? d(j.end, 'yyyy.mm') : '至今'}`, { bold: true, color: 'C0504D', size: 19 })], { spacing: { before: 120 } }),
    para([z(j.company, { bold: true, size: 20 })]), para([z(`职位：${j.title}`, { size: 19 })]), ...j.bullets.map((b) => para([z(`· ${b}`, { size: 19 })]))])];
  const right = [new Paragraph({ children: [new ColumnBreak()] }), heading('自我评价', 'C0504D'), para([z(p.summary, { size: 19 })]), heading('专业技能', 'C0504D'), ...skills(p).map((s) => para([z(`◆ ${s}`, { size: 19 })])),
    heading('教育背景', 'C0504D'), ...p.edu.map((e) => para([z(`${d(e.start, 'yyyy.mm')}—${d(e.end, 'yyyy.mm')}  ${e.school}  ${e.degree}`, { size: 19 })])),
    heading('证书', 'C0504D'), ...p.certs.map((s) => para([z(s, { size: 19 })])), heading('语言', 'C0504D'), para([z(p.languages.join('、'), { size: 19 })])];
  return new Document({ sections: [
    { properties: { ...A4 }, children: [para([z(p.name, { bold: true, size: 52, color: 'C0504D' })], { alignment: AlignmentType.CENTER }),
      para([z(`求职意向：${p.headline}　　期望城市：${p.city}`, { size: 20 })], { alignment: AlignmentType.CENTER }),
      para([z(`电话：${p.phoneShown}　　邮箱：${p.email}　　${p.other[0].label}：${p.other[0].number}`, { size: 18 })], { alignment: AlignmentType.CENTER, spacing: { after: 200 } })] },
    { properties: { ...A4, type: SectionType.CONTINUOUS, column: { count: 2, space: 500, separate: true, equalWidth: true } }, children: [...left, ...right] }] });
}

// ================================================================ DOCX — tables
/** 上海「居转户」申请材料中的个人信息表 typed in Word: the whole document one bordered table (学习经历 and 工作经历 with 社保缴纳地). */
function juzhuanhu(p: Person): Document {
  const z = (s: string, o: Record<string, unknown> = {}) => t(s, { font: { ascii: 'SimSun', eastAsia: 'SimSun', hAnsi: 'SimSun' }, size: 19, ...o });
  const c = (s: string, span = 1, o: Record<string, unknown> = {}) => cell([para([z(s, o.b ? { bold: true } : {})], { alignment: o.center ? AlignmentType.CENTER : AlignmentType.LEFT })], { columnSpan: span, ...(o.sh ? shade('E7E6E6') : {}) });
  const L = (s: string, span = 1) => c(s, span, { sh: true, center: true });
  const rows: TableRow[] = [
    new TableRow({ children: [cell([para([z('个 人 信 息 表', { bold: true, size: 32 })], { alignment: AlignmentType.CENTER })], { columnSpan: 6 })] }),
    new TableRow({ children: [L('姓名'), c(p.name), L('手机'), c(p.phoneShown), L('电子邮箱'), c(p.email)] }),
    new TableRow({ children: [L('现住址'), c(p.address, 3), L('家庭/办公电话'), c(p.other[0].number)] }),
    new TableRow({ children: [L('申请类别'), c('持《上海市居住证》人员申办本市常住户口', 3), L('现职务'), c(newest(p)[0].title)] }),
    new TableRow({ children: [cell([para([z('学习经历（从高中毕业后填起）', { bold: true })])], { columnSpan: 6, ...shade('D9E2F3') })] }),
    new TableRow({ children: [L('起止年月', 2), L('学校', 2), L('专业 / 学历', 2)] }),
    ...p.edu.map((e) => new TableRow({ children: [c(`${d(e.start, 'yyyy.mm')}-${d(e.end, 'yyyy.mm')}`, 2), c(e.school, 2), c(e.degree, 2)] })),
    new TableRow({ children: [cell([para([z('工作经历（含兼职）', { bold: true })])], { columnSpan: 6, ...shade('D9E2F3') })] }),
    new TableRow({ children: [L('起止年月'), L('工作单位', 2), L('职务'), L('社保缴纳地'), L('证明人')] }),
    ...p.jobs.map((j, i) => new TableRow({ children: [c(`${d(j.start, 'yyyy.mm')}-${j.end ? d(j.end, 'yyyy.mm') : '至今'}`), c(j.company, 2), c(j.title), c(j.title.includes('兼职') ? '（兼职，未缴）' : j.city), c(['王立新', '刘敏', '陈卫国', '张琳', '赵晓东', '孙红', '李强'][i % 7])] })),
    new TableRow({ children: [L('专业技能'), c(skills(p).join('、'), 5)] }),
    new TableRow({ children: [L('职业资格'), c(p.certs.join('、'), 5)] }),
    new TableRow({ children: [L('外语'), c(p.languages.join('、'), 5)] }),
    new TableRow({ children: [L('本人承诺'), c('本人保证所填信息真实、准确，如有虚假，愿承担相应责任。　　本人签名：　　　　　年　　月　　日', 5)] }),
  ];
  return new Document({ sections: [{ properties: { ...A4 }, children: [new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: lines, columnWidths: [1700, 1300, 1500, 1500, 1700, 2000], rows })] }] });
}

/** Professional-registration "career summary" (UK engineering-institution habit): employer cell merged down over its roles, dates in the last two columns. */
function careerMerged(p: Person): Document {
  const groups: Job[][] = [];
  for (const j of newest(p)) { const g = groups.at(-1); if (g && g[0].company === j.company) g.push(j); else groups.push([j]); }
  const small = (s: string, o: Record<string, unknown> = {}) => para([t(s, { size: 18, ...o })]);
  const head = new TableRow({ tableHeader: true, children: ['Employer', 'Role / responsibility level', 'From', 'To'].map((h) => cell([small(h, { bold: true, color: 'FFFFFF' })], shade('2F5496'))) });
  const rows = groups.flatMap((g) => g.map((j, i) => new TableRow({ children: [
    ...(i === 0 ? [cell([small(j.company, { bold: true }), small(j.city, { color: '666666' })], { verticalMerge: g.length > 1 ? VerticalMergeType.RESTART : undefined, width: { size: 30, type: WidthType.PERCENTAGE } })]
      : [cell([small('')], { verticalMerge: VerticalMergeType.CONTINUE })]),
    cell([small(j.title, { bold: true }), small(j.bullets[0])], { width: { size: 46, type: WidthType.PERCENTAGE } }),
    cell([small(d(j.start, 'mon'))], { width: { size: 12, type: WidthType.PERCENTAGE } }), cell([small(j.end ? d(j.end, 'mon') : 'Present')], { width: { size: 12, type: WidthType.PERCENTAGE } })] })));
  const edu = new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: lines, rows: [
    new TableRow({ children: ['Qualification', 'Institution', 'From', 'To'].map((h) => cell([small(h, { bold: true })], shade('D9E2F3'))) }),
    ...p.edu.map((e) => new TableRow({ children: [cell([small(e.degree)]), cell([small(e.school)]), cell([small(d(e.start, 'mon'))]), cell([small(d(e.end, 'mon'))])] }))] });
  return new Document({ sections: [{ properties: { ...A4 }, headers: { default: new Header({ children: [para([t('Application for professional registration — Career summary (Annex B)', { size: 16, color: '666666' })], { alignment: AlignmentType.RIGHT })] }) },
    children: [para([t(p.name, { bold: true, size: 36 })]), para([t(p.headline, { size: 20, color: '2F5496' })]),
      para([t(`Mobile: ${p.phoneShown}   E-mail: ${p.email}   ${p.other[0].label}: ${p.other[0].number}`, { size: 18 })]), para([t(p.address, { size: 18 })]),
      heading('Career summary', '2F5496'), new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: lines, rows: [head, ...rows] }),
      heading('Academic qualifications', '2F5496'), edu,
      heading('Key skills', '2F5496'), para([t(skills(p).join('  ·  '), { size: 18 })]),
      heading('Professional qualifications & languages', '2F5496'), ...p.certs.map((c) => small(c)), small(`Languages: ${p.languages.join(', ')}`)] }] });
}

/** Typed attachment to an Australian visa form (Form 1221-type "additional personal particulars", Part E employment): particulars table and employment table. */
function au1221(p: Person): Document {
  const s = (x: string, o: Record<string, unknown> = {}) => para([t(x, { size: 18, ...o })]);
  const row = (cells: string[], o: Record<string, unknown> = {}) => new TableRow({ children: cells.map((x) => cell([s(x, o)], o.bold ? shade('E2EFDA') : {})) });
  return new Document({ sections: [{ properties: { ...A4 }, footers: { default: new Footer({ children: [s(`Attachment to Form 1221 — ${p.nameEn} (${p.name}) — typed by applicant`, { color: '777777' })] }) },
    children: [para([t('ATTACHMENT — ADDITIONAL PERSONAL PARTICULARS', { bold: true, size: 26 })]), s('Continuation of Part E (employment) and Part F (qualifications). Answers typed by the applicant.'),
      heading('Part A — Applicant', '375623'), new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: lines, rows: [
        row(['Family name', 'ZHENG', 'Given names', 'Jiayi (Kelly)']), row(['Name in Chinese commercial code / characters', p.name, 'Mobile phone', p.phoneShown]),
        row(['E-mail', p.email, 'Office phone', p.other[0].number]), row(['Residential address', p.address, 'Occupation', newest(p)[0].title])] }),
      heading('Part E — Employment history (since leaving school, most recent first)', '375623'),
      new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: lines, rows: [row(['From (MM/YYYY)', 'To (MM/YYYY)', 'Name of employer and address', 'Occupation', 'Main duties'], { bold: true }),
        ...newest(p).map((j) => row([d(j.start, 'mm/yyyy'), j.end ? d(j.end, 'mm/yyyy') : 'Current', `${j.company}, ${j.city}`, j.title, j.bullets[0]]))] }),
      heading('Part F — Education and qualifications', '375623'),
      new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: lines, rows: [row(['From', 'To', 'Institution', 'Qualification'], { bold: true }), ...p.edu.map((e) => row([d(e.start, 'mm/yyyy'), d(e.end, 'mm/yyyy'), e.school, e.degree])), row(['—', '—', 'Chartered Institute of Marketing', p.certs[0]])] }),
      heading('Additional information — skills and languages', '375623'),
      new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: lines, rows: [row(['Professional skills', skills(p).join('; ')]), row(['Languages', p.languages.join('; ')])] }),
      s(''), s('I declare that the information in this attachment is complete and correct.   Signature: ____________   Date: 20/11/2026')] }] });
}

// ================================================================ DOCX — single
/** 文库/道客巴巴 downloaded Word 简历 filled in: 宋体, "个人简历" title, 基本信息 lines, jobs as "2016年7月—2018年3月　公司　职位" paragraphs. */
function doc88(p: Person): Document {
  const z = (s: string, o: Record<string, unknown> = {}) => t(s, { font: { ascii: 'SimSun', eastAsia: 'SimSun', hAnsi: 'SimSun' }, size: 21, ...o });
  const h = (s: string) => para([z(s, { bold: true, size: 24 })], { spacing: { before: 200, after: 60 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } } });
  return new Document({ sections: [{ properties: { ...A4 }, children: [
    para([z('个 人 简 历', { bold: true, size: 36 })], { alignment: AlignmentType.CENTER, spacing: { after: 200 } }),
    h('基本信息'), para([z(`姓　　名：${p.name}`)], { tabStops: [{ type: TabStopType.LEFT, position: 4800 }] }),
    para([z(`联系电话：${p.phoneShown}\t电子邮箱：${p.email}`)], { tabStops: [{ type: TabStopType.LEFT, position: 4800 }] }),
    para([z(`现 住 址：${p.address}`)]), para([z(`求职意向：${p.headline}`)]), para([z(`${p.other[0].label}：${p.other[0].number}`)]),
    h('工作经历'), ...newest(p).flatMap((j) => [para([z(`${d(j.start, 'cn')}${j.end ? `—${d(j.end, 'cn')}` : '至今'}　　${j.company}　　${j.title}`, { bold: true })], { spacing: { before: 100 } }),
      ...j.bullets.map((b, i) => para([z(`${i + 1}. ${b}`)], { indent: { left: 420 } }))]),
    h('教育背景'), ...p.edu.map((e) => para([z(`${d(e.start, 'cn')}—${d(e.end, 'cn')}　　${e.school}　　${e.degree}`)])),
    h('专业技能'), para([z(skills(p).join('、'))]), h('证书'), para([z(p.certs.join('、'))]), h('语言能力'), para([z(p.languages.join('、'))]),
    h('自我评价'), para([z(p.summary)])] }] });
}

/** Hong Kong university careers-centre CV template (graduate): name in capitals centred with the Chinese name, Education first, right-tab dates. */
function hkGrad(p: Person): Document {
  const R = [{ type: TabStopType.RIGHT, position: 9700 }];
  const s = (x: string, o: Record<string, unknown> = {}) => t(x, { size: 20, font: { ascii: 'Times New Roman', eastAsia: 'PMingLiU', hAnsi: 'Times New Roman' }, ...o });
  const h = (x: string) => para([s(x.toUpperCase(), { bold: true })], { spacing: { before: 180, after: 60 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } } });
  return new Document({ sections: [{ properties: { ...A4 }, children: [
    para([s(`${p.nameEn!.toUpperCase()} ${p.name}`, { bold: true, size: 30 })], { alignment: AlignmentType.CENTER }),
    para([s(`${p.address} | ${p.phoneShown} | ${p.email}`)], { alignment: AlignmentType.CENTER }),
    para([s(`${p.other[0].label}: ${p.other[0].number}`, { size: 17 })], { alignment: AlignmentType.CENTER }),
    h('Education'), ...p.edu.flatMap((e) => [para([s(e.school, { bold: true }), s(`\t${d(e.start, 'mon')} – ${d(e.end, 'mon')}`)], { tabStops: R }), para([s(e.degree, { italics: true })])]),
    h('Work Experience'), ...newest(p).flatMap((j) => [para([s(`${j.company}, ${j.city}`, { bold: true }), s(`\t${d(j.start, 'mon')} – ${j.end ? d(j.end, 'mon') : 'Present'}`)], { tabStops: R, spacing: { before: 100 } }),
      para([s(j.title, { italics: true })]), ...j.bullets.map((b) => para([s(`• ${b}`)], { indent: { left: 300 } }))]),
    h('Skills'), para([s(skills(p).join(', '))]), h('Languages'), para([s(p.languages.join('; '))]), h('Certificates'), para([s(p.certs.join('; '))]),
    h('Profile'), para([s(p.summary)])] }] });
}

// ================================================================ TXT
const cjkw = (s: string) => [...s].reduce((n, ch) => n + (/[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(ch) ? 2 : 1), 0);
const pad = (s: string, w: number) => s + ' '.repeat(Math.max(1, w - cjkw(s)));
/** Chinese CV typed in Notepad with a space-aligned date column on the left and the text on the right. */
function txt2col(p: Person): string {
  const mixed = p.language === 'mixed'; const W = 24; const L: string[] = [];
  const row = (a: string, b: string) => L.push(pad(a, W) + b);
  L.push(`${p.name}${mixed ? `  ${p.nameEn}` : ''}`, `${p.headline}`, `手机 ${p.phoneShown}    邮箱 ${p.email}`, `${p.other[0].label} ${p.other[0].number}`, '', '工作经历' + (mixed ? ' Experience' : ''), '');
  for (const j of newest(p)) { row(`${d(j.start, 'yyyy.mm')}-${j.end ? d(j.end, 'yyyy.mm') : mixed ? 'now 至今' : '至今'}`, j.company); row('', j.title); for (const b of j.bullets) row('', b); L.push(''); }
  L.push('教育' + (mixed ? ' Education' : ''), ''); for (const e of p.edu) { row(`${d(e.start, 'yyyy.mm')}-${d(e.end, 'yyyy.mm')}`, e.school); row('', e.degree); }
  L.push('', '技能' + (mixed ? ' Skills' : ''), ''); for (const s of skills(p)) row('', s);
  L.push('', '证书' + (mixed ? ' Certificates' : ''), ''); for (const s of p.certs) row('', s);
  L.push('', '语言' + (mixed ? ' Languages' : ''), ''); for (const s of p.languages) row('', s);
  L.push('', '自我评价' + (mixed ? ' About me' : ''), ''); row('', p.summary);
  return L.join('\r\n') + '\r\n';
}
/** Redmine wiki page source (Textile) of a consultant's staff profile: h1./h2., a `|_.` table of posts. */
function textile(p: Person): string {
  const L = [`h1. ${p.name}`, '', `_${p.headline}_ -- ${p.city}`, '', `* Mobile: ${p.phoneShown}`, `* E-mail: "${p.email}":mailto:${p.email}`, ...p.other.map((o) => `* ${o.label}: ${o.number}`), '',
    'h2. Profile', '', p.summary, '', 'h2. Posts held', '', '|_. From |_. To |_. Organisation |_. Role |',
    ...newest(p).map((j) => `| ${d(j.start, 'iso')} | ${j.end ? d(j.end, 'iso') : 'ongoing'} | ${j.company} (${j.city}) | ${j.title} |`), '',
    'h2. Skills', '', ...skills(p).map((s) => `* ${s}`), '', 'h2. Certifications', '', ...p.certs.map((s) => `* ${s}`), '',
    'h2. Languages', '', ...p.languages.map((s) => `* ${s}`), '', 'h2. Education', '', ...p.edu.map((e) => `* ${e.degree}, ${e.school} (${y(e.start)}-${y(e.end)})`), '',
    '{{toc}}', '', `p(note). Page maintained by ${p.name}; last edited 2026-11-09.`];
  return L.join('\n') + '\n';
}
/** A Microsoft Teams chat copied out of the desktop client: a recruiter asks, the candidate pastes the CV in a message. */
function teams(p: Person): string {
  const rec = p.id === 'p01' ? { n: 'Priya Castellano (Harlow Search)', ph: '+44 20 7946 0381' } : { n: 'Brent Salter (Pinnacle Mining Recruitment)', ph: '(08) 6110 4472' };
  const L = [`${rec.n}  09:12`, `Hi ${p.name.split(' ')[0]}, thanks for the call earlier. Could you drop your CV in here? The client's portal is down. My direct line is ${rec.ph} if anything.`, '',
    `${p.name}  09:31`, 'Sure, pasting it below 👇', '', p.name.toUpperCase(), p.headline, `${p.phoneShown} | ${p.email} | ${p.city}`, '', 'PROFILE', p.summary, '', 'EXPERIENCE',
    ...newest(p).flatMap((j) => [`${j.title} | ${j.company}, ${j.city}`, `${d(j.start, 'mon')} - ${j.end ? d(j.end, 'mon') : 'present'}`, ...j.bullets.map((b) => `- ${b}`), '']),
    'SKILLS', skills(p).join(' / '), '', p.id === 'p05' ? 'TICKETS' : 'CERTIFICATES', ...p.certs, '', 'EDUCATION', ...p.edu.map((e) => `${e.degree}, ${e.school}, ${y(e.start)}-${y(e.end)}`), '', 'LANGUAGES', p.languages.join(', '), '',
    `${rec.n}  09:33`, 'Perfect, got it 👍 (edited)', '', `${p.name}  09:34`, `👍`];
  return L.join('\n') + '\n';
}
/** 微博长文/帖子 copied from the web page: 求职 post with the CV in the body, then 转发/评论/赞 counts and comments. */
function weibo(p: Person): string {
  const L = [`${p.name}_${p.id === 'p08' ? 'yt' : 'bh'}`, `11-18 21:47 来自 iPhone客户端 已编辑`, '', `#${p.city}求职# #${p.headline}# 裸辞了，在找下一份工作，求各位内推🙏 简历如下：`, '',
    `${p.name}｜${p.headline}｜${p.city}`, `电话/微信：${p.phoneShown}`, `邮箱：${p.email}`, '', '【工作经历】',
    ...newest(p).flatMap((j) => [`${d(j.start, 'yyyy.m')}-${j.end ? d(j.end, 'yyyy.m') : '至今'}  ${j.company}  ${j.title}`, ...j.bullets.map((b) => `· ${b}`)]), '',
    '【技能】', skills(p).join(' / '), '', '【证书】' + p.certs.join('、'), '【语言】' + p.languages.join('、'), '【学历】' + p.edu.map((e) => `${e.school} ${e.degree}（${y(e.start)}-${y(e.end)}）`).join('；'), '',
    '有合适的岗位私信我，感谢转发！', '', '转发 36　　评论 21　　赞 88', '', '按热度　按时间', '',
    `猎头小陈Cici：已私信，有个岗位挺匹配，方便加我微信 176 2188 4093 聊聊吗`, '11-18 22:03 来自 浙江', '', `一只咸鱼鸭：转发了，祝顺利`, '11-18 22:15 来自 广东', '',
    `HR-林小姐：简历可以发到 hr.recruit@qingniao-demo.cn，座机 0571-8602 7741`, '11-19 09:12 来自 浙江'];
  return L.join('\n') + '\n';
}
/** Discord server #job-seekers post copied from the desktop client (Markdown-flavoured, with a reply under it). */
function discord(p: Person): string {
  const intern = p.jobs[0];
  const L = [`${p.nameEn} (${p.name}) — 20/11/2026 21:14`, `hey all 👋 HK-based analytics person looking for data / analytics lead roles (HK or remote APAC). CV below, DMs open`, '',
    `**${p.name} | ${p.nameEn}**`, `📱 ${p.phoneShown} (WhatsApp ok) · ✉️ ${p.email}`, '', '**Experience**',
    ...newest(p).map((j) => `• **${j.title}** @ ${j.company} — ${j === intern ? `${MON[m(j.start) - 1]}–${MON[m(j.end!) - 1]} ${y(j.start)}` : `${d(j.start, 'mon')} – ${j.end ? d(j.end, 'mon') : 'now'}`}\n  ${j.bullets[0]}`), '',
    '**Skills**', skills(p).map((s) => `\`${s}\``).join(' '), '', `**Education** ${p.edu.map((e) => `${e.degree}, ${e.school} (${y(e.start)}–${y(e.end)})`).join('; ')}`,
    `**Certs** ${p.certs.join(', ')}`, `**Languages** ${p.languages.join(', ')}`, '', '4', '👍', '2', '🔥', '',
    'kaylee_recruits — 20/11/2026 21:40', `@${p.nameEn} sent you a DM, we have a pricing analytics role in Kwun Tong. Office line 3618 2290 if easier`];
  return L.join('\n') + '\n';
}

// ================================================================ the set
add('p01', 'luxsleek', 'two-column', 'html', luxsleek(P.p01));
add('p01', 'expat-sidebar-tables', 'table', 'html', sidebarTables(P.p01));
add('p01', 'teams-chat', 'single', 'txt', teams(P.p01));
add('p02', 'ned-board', 'two-column', 'html', nedBoard(P.p02));
add('p02', 'letterhead-3col', 'two-column', 'docx', letterhead(P.p02));
add('p02', 'redmine-textile', 'table', 'txt', textile(P.p02));
add('p03', 'framer-cards', 'two-column', 'html', framer(P.p03));
add('p03', 'biographic-sheet', 'table', 'html', g325a(P.p03));
add('p03', 'vendor-submittal', 'table', 'html', vendor(P.p03));
add('p03', 'jobsite-profile', 'single', 'html', builtin(P.p03));
add('p04', 'interim-timeline', 'two-column', 'html', interim(P.p04));
add('p04', 'career-merged', 'table', 'docx', careerMerged(P.p04));
add('p04', 'redmine-textile', 'table', 'txt', textile(P.p04));
add('p05', 'fifo-cols', 'two-column', 'docx', fifo(P.p05));
add('p05', 'teams-chat', 'single', 'txt', teams(P.p05));
add('p05', 'au-jobsite', 'single', 'html', careerone(P.p05));
add('p06', 'luxsleek', 'two-column', 'html', luxsleek(P.p06));
add('p06', 'exec-switch', 'two-column', 'html', execSwitch(P.p06));
add('p06', 'career-merged', 'table', 'docx', careerMerged(P.p06));
add('p07', 'biographic-sheet', 'table', 'html', g325a(P.p07));
add('p07', 'sf86-worksheet', 'table', 'html', sf86(P.p07));
add('p07', 'letterhead-3col', 'two-column', 'docx', letterhead(P.p07));
add('p08', 'shetu-axis', 'two-column', 'html', shetu(P.p08));
add('p08', 'weibo-post', 'single', 'txt', weibo(P.p08));
add('p08', 'wenku-word', 'single', 'docx', doc88(P.p08));
add('p09', 'qianku-sidework', 'two-column', 'html', qianku(P.p09));
add('p09', 'juzhuanhu-table', 'table', 'docx', juzhuanhu(P.p09));
add('p09', 'team-page', 'single', 'html', teamPage(P.p09));
add('p10', 'lanhu-right', 'two-column', 'html', lanhu(P.p10));
add('p10', 'baotu-cols', 'two-column', 'docx', baotu(P.p10));
add('p10', 'weibo-post', 'single', 'txt', weibo(P.p10));
add('p11', 'lanhu-right', 'two-column', 'html', lanhu(P.p11));
add('p11', 'ip-agent-form', 'table', 'html', ipAgent(P.p11));
add('p11', 'wenku-word', 'single', 'docx', doc88(P.p11));
add('p12', 'shetu-axis', 'two-column', 'html', shetu(P.p12));
add('p12', 'juzhuanhu-table', 'table', 'docx', juzhuanhu(P.p12));
add('p12', 'notepad-2col', 'two-column', 'txt', txt2col(P.p12));
add('p13', 'framer-cards', 'two-column', 'html', framer(P.p13));
add('p13', 'expat-sidebar-tables', 'table', 'html', sidebarTables(P.p13));
add('p13', 'sg-eservice', 'table', 'html', sgEform(P.p13));
add('p13', 'discord-post', 'single', 'txt', discord(P.p13));
add('p14', 'qianku-sidework', 'two-column', 'html', qianku(P.p14));
add('p14', 'visa-attachment', 'table', 'docx', au1221(P.p14));
add('p14', 'notepad-2col', 'two-column', 'txt', txt2col(P.p14));
add('p15', 'luxsleek', 'two-column', 'html', luxsleek(P.p15));
add('p15', 'exec-switch', 'two-column', 'html', execSwitch(P.p15));
add('p15', 'vendor-submittal', 'table', 'html', vendor(P.p15));
add('p15', 'sg-eservice', 'table', 'html', sgEform(P.p15));
add('p16', 'framer-cards', 'two-column', 'html', framer(P.p16));
add('p16', 'hk-grad-word', 'single', 'docx', hkGrad(P.p16));

// ---------------------------------------------------------------- write
for (const [f, doc] of docxJobs) writeFileSync(path.join(docs, f), await Packer.toBuffer(doc));
exportDocxToPdf(docs);
await printHtml(docs, htmlJobs);
const truth = {
  referenceDate: REF,
  people: people.map((p) => ({ id: p.id, language: p.language, name: p.name, email: p.email, phone: p.phone, skills: p.skills,
    work: p.jobs.map((j) => ({ company: j.company, start: j.start, end: j.end })).sort((a, b) => a.start.localeCompare(b.start)), yearsOfExperience: yearsWorked(p.jobs, REF) })),
  documents: truthDocs,
};
writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
const files = truthDocs.map((x) => x.file);
const extra = readdirSync(docs).filter((f) => !files.includes(f));
if (extra.length) console.warn('unlisted files in documents/:', extra);
writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifestOf(docs, files), null, 2) + '\n');
console.log(`${truthDocs.length} documents, ${people.length} people`);
