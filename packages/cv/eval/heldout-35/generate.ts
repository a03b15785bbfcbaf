/**
 * heldout-35 generator: writes documents/, truth.json and manifest.json from people.ts.
 * Written blind (from the brief only). Refuses to run once manifest.json exists unless --force.
 *   npx tsx eval/heldout-35/generate.ts [--force]
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import {
  AlignmentType, BorderStyle, Document, Footer, Header, ImageRun, Packer, PageNumber, Paragraph, ShadingType, Table,
  TableCell, TableRow, TabStopType, TextRun, VerticalAlign, WidthType,
} from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people, type Job, type Person } from './people.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DOCS = path.join(HERE, 'documents');
const REF = '2026-11';

// ---------------------------------------------------------------- dates and small helpers
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
type Fmt = 'Mon YYYY' | 'Month YYYY' | 'MM/YYYY' | 'YYYY.MM' | 'YYYY/MM' | 'YYYY-MM' | 'zh' | 'MM.YYYY' | 'Mon. YYYY' | 'YYYY';
function d(s: string | null, f: Fmt, present = 'Present'): string {
  if (s === null) return present;
  const y = s.slice(0, 4); const m = Number(s.slice(5, 7));
  const mm = s.slice(5, 7);
  switch (f) {
    case 'Mon YYYY': return `${MON[m - 1]} ${y}`;
    case 'Mon. YYYY': return `${MON[m - 1]}${m === 5 ? '' : '.'} ${y}`;
    case 'Month YYYY': return `${MONTH[m - 1]} ${y}`;
    case 'MM/YYYY': return `${mm}/${y}`;
    case 'MM.YYYY': return `${mm}.${y}`;
    case 'YYYY.MM': return `${y}.${mm}`;
    case 'YYYY/MM': return `${y}/${mm}`;
    case 'YYYY-MM': return `${y}-${mm}`;
    case 'zh': return `${y}年${m}月`;
    case 'YYYY': return y;
  }
}
const rng = (j: { start: string; end: string | null }, f: Fmt, present = 'Present', sep = ' – ') => `${d(j.start, f)}${sep}${d(j.end, f, present)}`;
const rev = (p: Person): Job[] => [...p.jobs].reverse();
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const sk = (p: Person) => p.skills.map((s) => s.print);
const first = (p: Person) => p.name.split(' ')[0];
const last = (p: Person) => p.name.split(' ').slice(1).join(' ');
const dob = (p: Person, f: Fmt | 'DD/MM/YYYY' | 'zhd') => {
  const [y, m, dd] = p.dob.split('-');
  if (f === 'DD/MM/YYYY') return `${dd}/${m}/${y}`;
  if (f === 'zhd') return `${y}年${Number(m)}月${Number(dd)}日`;
  return d(`${y}-${m}`, f);
};
const age = (p: Person) => 2026 - Number(p.dob.slice(0, 4)) - (Number(p.dob.slice(5, 7)) > 10 ? 1 : 0);
function reason(p: Person, j: Job, zh = false): string {
  const i = p.jobs.indexOf(j);
  if (j.end === null) return zh ? '在职' : 'Currently employed';
  const next = p.jobs[i + 1];
  if (next && next.company === j.company) return zh ? '内部晋升' : 'Promoted';
  if (/Intern|Extern|实习|Co-op/i.test(j.role)) return zh ? '实习结束' : 'End of placement';
  const en = ['Career progression', 'Seeking wider responsibility', 'Relocation', 'Contract ended'];
  const z = ['个人职业发展', '寻求更大发展平台', '公司业务调整', '家庭原因'];
  return zh ? z[i % z.length] : en[(i + p.id.charCodeAt(2)) % en.length];
}
const WITNESS = ['王振华', '李海燕', '张国栋', '陈静', '刘建平', '赵敏', '周立新', '杨帆', '吴春梅', '孙志强'];
function witness(p: Person, j: Job): [string, string] {
  const i = p.jobs.indexOf(j) + Number(p.id.slice(1));
  const n = WITNESS[i % WITNESS.length];
  const tel = j.end === null ? '（在职，暂不便联系）' : `1${[3, 5, 8][i % 3]}${(7 + i) % 10}${String(40213877 + i * 1357913).slice(0, 8)}`;
  return [n, tel];
}

// ---------------------------------------------------------------- photo placeholder (PNG silhouette)
function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) { c ^= b; for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1)); }
  return ~c >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function photoPng(seed: number, w = 120, h = 160): Buffer {
  const bg = [[206, 218, 230], [226, 232, 238], [200, 214, 205]][seed % 3];
  const fg = [[96, 110, 128], [120, 98, 92], [80, 92, 110]][seed % 3];
  const shirt = [[40, 60, 100], [150, 40, 50], [60, 90, 70]][seed % 3];
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) {
    raw[y * (w * 3 + 1)] = 0;
    for (let x = 0; x < w; x++) {
      const hx = (x - w / 2) / (w * 0.2), hy = (y - h * 0.38) / (w * 0.25);
      const sx = (x - w / 2) / (w * 0.46), sy = (y - h * 1.02) / (h * 0.4);
      const col = hx * hx + hy * hy < 1 ? fg : sx * sx + sy * sy < 1 ? shirt : bg;
      raw.set(col, y * (w * 3 + 1) + 1 + x * 3);
    }
  }
  const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(w, 0); ihdr.writeUInt32BE(h, 4); ihdr[8] = 8; ihdr[9] = 2;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
const photoUri = (p: Person) => `data:image/png;base64,${photoPng(Number(p.id.slice(1))).toString('base64')}`;
const photoImg = (p: Person, w = 90, h = 120, css = '') => `<img src="${photoUri(p)}" style="width:${w}px;height:${h}px;object-fit:cover;${css}" alt="photo">`;

const html = (css: string, body: string, lang = 'en') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>
*{box-sizing:border-box} body{margin:0;-webkit-print-color-adjust:exact;print-color-adjust:exact}
${css}</style></head><body>${body}</body></html>`;
const ZH_FONT = `'WenQuanYi Zen Hei','Noto Sans CJK SC','Microsoft YaHei',sans-serif`;

// ================================================================ English HTML templates
/** classicthesis-style CV (André Miede's typographic style): dates hung in the left margin, small-caps headings. */
function classicthesis(p: Person): string {
  const row = (l: string, r: string) => `<div class="row"><div class="l">${l}</div><div class="r">${r}</div></div>`;
  const jobs = rev(p).map((j) => row(rng(j, 'Mon YYYY', 'present', '–'), `<b>${esc(j.role)}</b><br><i>${esc(j.company)}</i>, ${esc(j.place)}<ul>${j.points.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>`)).join('');
  const edu = [...p.education].reverse().map((e) => row(`${d(e.start, 'YYYY')}–${d(e.end, 'YYYY')}`, `<b>${esc(e.degree)}</b><br><i>${esc(e.school)}</i>, ${esc(e.place)}`)).join('');
  return html(`
body{font-family:'DejaVu Serif','Palatino Linotype',serif;font-size:9.8pt;color:#222;line-height:1.35}
.name{font-variant:small-caps;font-size:25pt;letter-spacing:2px;margin:0 0 2px 37mm}
.sub{margin:0 0 10px 37mm;color:#666;font-style:italic}
h2{font-variant:small-caps;font-weight:normal;color:#8b1a1a;font-size:13pt;letter-spacing:1px;margin:14px 0 5px 37mm;border-bottom:.4pt solid #ccc}
.row{display:grid;grid-template-columns:32mm 1fr;column-gap:5mm;margin:3px 0 5px;break-inside:avoid}
.l{text-align:right;color:#777;font-size:8.6pt;padding-top:1px;font-variant:small-caps}
ul{margin:2px 0 0;padding-left:14px} li{margin:0}
.foot{margin:18px 0 0 37mm;color:#999;font-size:8pt}`,
  `<div class="name">${esc(p.name)}</div><div class="sub">${esc(p.title)} — Curriculum Vitæ</div>
<h2>Personal Information</h2>
${row('Born', `${dob(p, 'DD/MM/YYYY')}`)}${row('Nationality', esc(p.nationality))}${row('Address', p.address.map(esc).join(', ') + ', ' + esc(p.country))}
${row('Mobile', esc(p.phoneIntl))}${row('E-mail', esc(p.email))}
<h2>Profile</h2>${row('', esc(p.summary))}
<h2>Work Experience</h2>${jobs}
<h2>Education</h2>${edu}
<h2>Skills</h2>${row('Technical', sk(p).map(esc).join(' · '))}${row('Languages', p.languages.map(esc).join(', '))}
<h2>Professional Registration</h2>${p.certs.map((c) => row('', esc(c))).join('')}
${p.referees.length ? `<h2>Referees</h2>${p.referees.map((r) => row('', `${esc(r.name)}, ${esc(r.title)}, ${esc(r.org)} — ${esc(r.phone)}, ${esc(r.email)}`)).join('')}` : ''}
<div class="foot">${esc(p.city)}, October 2026</div>`);
}

/** UKRI "Résumé for Research and Innovation" (R4RI) narrative CV. */
function r4ri(p: Person): string {
  return html(`
body{font-family:Arial,'Liberation Sans',sans-serif;font-size:10.5pt;color:#000;line-height:1.4}
h1{font-size:15pt;margin:0 0 4px} h2{font-size:12pt;margin:16px 0 4px;color:#2e2d62} h3{font-size:10.5pt;margin:10px 0 3px}
.guid{color:#555;font-style:italic;font-size:9pt;margin:0 0 4px}
table{border-collapse:collapse;width:100%} td{padding:2px 6px 2px 0;vertical-align:top} td:first-child{width:42mm;font-weight:bold}
p{margin:0 0 6px}`,
  `<h1>Résumé for Research and Innovation (R4RI)</h1>
<div class="guid">Narrative CV — maximum two sides of A4 excluding references. Arial 11pt, 2 cm margins.</div>
<h2>Personal details</h2>
<table><tr><td>Name</td><td>${esc(p.name)}</td></tr><tr><td>ORCID iD</td><td>0000-0002-4417-9082</td></tr>
<tr><td>Current position</td><td>${esc(rev(p)[0].role)}, ${esc(rev(p)[0].company)}</td></tr>
<tr><td>Contact</td><td>${esc(p.email)} · ${esc(p.phoneLocal)}</td></tr></table>
<h3>Education and key qualifications</h3>
<table>${p.education.map((e) => `<tr><td>${d(e.start, 'Mon YYYY')} – ${d(e.end, 'Mon YYYY')}</td><td>${esc(e.degree)}, ${esc(e.school)}${e.note ? `. ${esc(e.note)}` : ''}</td></tr>`).join('')}</table>
<h3>Employment history</h3>
<table>${rev(p).map((j) => `<tr><td>${rng(j, 'Mon YYYY', 'present')}</td><td>${esc(j.role)}, ${esc(j.company)}, ${esc(j.place)}</td></tr>`).join('')}</table>
<h3>Career breaks</h3><p>${p.breaks?.map((b) => `${d(b.start, 'Mon YYYY')} – ${d(b.end, 'Mon YYYY')}: ${esc(b.text)}.`).join(' ') ?? 'None.'}</p>
<h3>Key skills and techniques</h3><p>${sk(p).map(esc).join('; ')}</p>
<h2>Module 1 — How have you contributed to the generation of new ideas, tools, methodologies or knowledge?</h2>
<p>My research asks what happens to seabed life when we put structures in the sea and later take them out. During my PhD and postdoc I built the first North Sea-wide model of epifaunal communities on oil and gas jackets, combining ROV footage from 41 installations with environmental layers. The model is now used by two regulators when they review decommissioning options. I lead the SEABED-RECOVER project (2023–2026), which surveys cable corridors before, during and after installation.</p>
<h2>Module 2 — How have you contributed to the development of individuals?</h2>
<p>I have co-supervised three MSc students and one PhD student, and I run a monthly R-for-ecologists drop-in that is open to technicians and students across the institute. I line-manage two research assistants and have supported one to a successful PhD application.</p>
<h2>Module 3 — How have you contributed to the wider research and innovation community?</h2>
<p>I review for three journals, sat on the organising committee of a 2024 benthic ecology meeting, and share survey protocols and code openly. I was seconded for two months to an offshore-wind developer to co-design monitoring.</p>
<h2>Module 4 — How have you contributed to broader society?</h2>
<p>I gave evidence to a parliamentary cross-party group on marine planning and contribute to school outreach on the west coast, including Gaelic-medium sessions.</p>
<h2>Additional information</h2><p>Languages: ${p.languages.map(esc).join(', ')}. Certificates: ${p.certs.map(esc).join('; ')}.</p>`);
}

/** ResearchGate profile page printed from the browser. */
function researchgate(p: Person): string {
  const cur = rev(p)[0];
  return html(`
body{font-family:Arial,'Liberation Sans',sans-serif;font-size:9.6pt;color:#111}
.top{background:#e8f7f5;padding:14px 16px;display:flex;gap:14px;align-items:center;border-bottom:3px solid #00ccbb}
.top h1{margin:0;font-size:19pt} .top .inst{color:#333} .stats{display:flex;gap:26px;margin-top:8px} .stats b{display:block;font-size:13pt}
.cols{display:grid;grid-template-columns:1fr 62mm;gap:16px;margin-top:12px}
.card{border:1px solid #ddd;border-radius:4px;padding:10px 12px;margin-bottom:10px;break-inside:avoid}
.card h2{font-size:11pt;margin:0 0 8px}
.exp{display:flex;gap:9px;margin-bottom:9px} .logo{width:30px;height:30px;background:#cfe3e0;color:#036;font-weight:bold;display:flex;align-items:center;justify-content:center;font-size:9pt;flex:none}
.muted{color:#666;font-size:8.6pt} .chip{display:inline-block;background:#f1f1f1;border-radius:12px;padding:2px 8px;margin:0 4px 5px 0;font-size:8.6pt}
ul{margin:3px 0 0;padding-left:15px}`,
  `<div class="muted">researchgate.net/profile/${esc(p.name.replace(' ', '-'))}</div>
<div class="top">${photoImg(p, 72, 72, 'border-radius:4px')}<div><h1>${esc(p.name)}</h1><div class="inst">${esc(cur.role)} at ${esc(cur.company)} · ${esc(p.city)}, ${esc(p.country)}</div>
<div class="stats"><div><b>27</b>Research items</div><div><b>486</b>Citations</div><div><b>9,812</b>Reads</div></div></div></div>
<div class="cols"><div>
<div class="card"><h2>About</h2>${esc(p.summary)}</div>
<div class="card"><h2>Experience</h2>${rev(p).map((j) => `<div class="exp"><div class="logo">${esc(j.company.split(' ').map((w) => w[0]).join('').slice(0, 3))}</div><div><b>${esc(j.company)}</b><br>${esc(j.role)}<br><span class="muted">${rng(j, 'Mon YYYY', 'Present')} · ${esc(j.place)}</span><ul>${j.points.map((x) => `<li>${esc(x)}</li>`).join('')}</ul></div></div>`).join('')}</div>
<div class="card"><h2>Education</h2>${[...p.education].reverse().map((e) => `<div class="exp"><div class="logo">🎓</div><div><b>${esc(e.school)}</b><br>${esc(e.degree)}<br><span class="muted">${d(e.start, 'Mon YYYY')} – ${d(e.end, 'Mon YYYY')}</span></div></div>`).join('')}</div>
</div><div>
<div class="card"><h2>Contact</h2>${esc(p.email)}<br>${esc(p.phoneIntl)}<br>${p.address.map(esc).join(', ')}</div>
<div class="card"><h2>Skills and Expertise</h2>${sk(p).map((s) => `<span class="chip">${esc(s)}</span>`).join('')}</div>
<div class="card"><h2>Languages</h2>${p.languages.map(esc).join('<br>')}</div>
<div class="card"><h2>Awards &amp; certifications</h2>${p.certs.map(esc).join('<br>')}</div>
</div></div>`);
}

/** Jobvite candidate application printed by the hiring team. */
function jobvite(p: Person): string {
  const post: Record<string, [string, string]> = {
    p02: ['Senior Benthic Ecologist', 'Orkney Renewables Consenting Ltd'],
    p06: ['Lead Technician – Offshore', 'Aurora Offshore Wind Ltd'],
  };
  const [job, co] = post[p.id] ?? ['Analyst', 'Employer'];
  const tr = (a: string, b: string) => `<tr><th>${a}</th><td>${b}</td></tr>`;
  return html(`
body{font-family:'Liberation Sans',Helvetica,sans-serif;font-size:9.4pt;color:#222}
.hdr{display:flex;justify-content:space-between;border-bottom:2px solid #2e6da4;padding-bottom:6px;margin-bottom:10px}
.hdr .brand{color:#2e6da4;font-weight:bold;font-size:14pt} h1{font-size:15pt;margin:6px 0 2px} h2{font-size:10.5pt;background:#2e6da4;color:#fff;padding:3px 6px;margin:12px 0 0}
table{width:100%;border-collapse:collapse;margin:0 0 6px;break-inside:avoid} th,td{border:1px solid #c9d3de;padding:3px 6px;text-align:left;vertical-align:top}
th{background:#f1f5f9;width:34%;font-weight:bold} .small{font-size:8pt;color:#666}`,
  `<div class="hdr"><span class="brand">jobvite</span><span class="small">Candidate Application · printed 14/10/2026 09:41</span></div>
<div class="small">${esc(co)} · Requisition 2026-0${p.id.slice(1)}17</div>
<h1>${esc(p.name)}</h1><div>Applied for: <b>${esc(job)}</b> · Source: Company careers site · Status: Phone screen</div>
<h2>Contact Information</h2><table>
${tr('First Name', esc(first(p)))}${tr('Last Name', esc(last(p)))}${tr('Email', esc(p.email))}${tr('Phone', esc(p.phoneLocal))}
${tr('Address', p.address.map(esc).join(', '))}${tr('Country', esc(p.country))}</table>
<h2>Work History</h2>
${rev(p).map((j) => `<table>${tr('Company', esc(j.company))}${tr('Title', esc(j.role))}${tr('Start Date', d(j.start, 'MM/YYYY'))}${tr('End Date', j.end ? d(j.end, 'MM/YYYY') : '')}${tr('I currently work here', j.end ? 'No' : 'Yes')}${tr('Description', j.points.map(esc).join(' '))}</table>`).join('')}
<h2>Education</h2>${p.education.map((e) => `<table>${tr('School', esc(e.school))}${tr('Degree', esc(e.degree))}${tr('Dates', `${d(e.start, 'MM/YYYY')} – ${d(e.end, 'MM/YYYY')}`)}</table>`).join('')}
<h2>Skills</h2><table>${tr('Skills', sk(p).map(esc).join(', '))}${tr('Languages', p.languages.map(esc).join(', '))}${tr('Licences &amp; Certifications', p.certs.map(esc).join(', '))}</table>
<h2>Application Questions</h2><table>${tr('Do you have the right to work in the UK?', 'Yes')}${tr('What is your notice period?', '3 months')}${tr('Salary expectation', 'Negotiable')}${tr('How did you hear about us?', 'LinkedIn')}</table>
<div class="small">E-signature: ${esc(p.name)} — I certify that the information provided is true and complete.</div>`);
}

/** US culinary résumé (single column, kitchen brigade titles). */
function chef(p: Person): string {
  return html(`
body{font-family:Georgia,'DejaVu Serif',serif;font-size:10pt;color:#1b1b1b;line-height:1.38}
.n{text-align:center;font-size:22pt;letter-spacing:4px;text-transform:uppercase;margin:0} .t{text-align:center;letter-spacing:3px;color:#7a4b2a;font-size:10pt;margin:2px 0}
.c{text-align:center;font-size:9pt;border-top:1px solid #7a4b2a;border-bottom:1px solid #7a4b2a;padding:3px 0;margin:6px 0 10px}
h2{font-size:10.5pt;letter-spacing:2px;text-transform:uppercase;color:#7a4b2a;margin:14px 0 5px}
.j{margin-bottom:7px;break-inside:avoid} .jh{display:flex;justify-content:space-between} ul{margin:2px 0;padding-left:18px}
.grid{columns:2;column-gap:20px} .grid li{break-inside:avoid}`,
  `<p class="n">${esc(p.name)}</p><p class="t">${esc(p.title)}</p>
<div class="c">${esc(p.address.join(', '))} &nbsp;|&nbsp; ${esc(p.phoneLocal)} &nbsp;|&nbsp; ${esc(p.email)}</div>
<h2>Culinary Profile</h2><div>${esc(p.summary)}</div>
<h2>Kitchen Experience</h2>${rev(p).map((j) => `<div class="j"><div class="jh"><span><b>${esc(j.role)}</b> — ${esc(j.company)}, ${esc(j.place)}</span><span>${rng(j, 'Month YYYY', 'Present')}</span></div><ul>${j.points.map((x) => `<li>${esc(x)}</li>`).join('')}</ul></div>`).join('')}
<h2>Culinary Skills</h2><ul class="grid">${sk(p).map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
<h2>Stage</h2><div>${p.breaks?.map((b) => `${esc(b.text)}, ${d(b.start, 'Month YYYY')} – ${d(b.end, 'Month YYYY')}`).join('') ?? ''}</div>
<h2>Education &amp; Certifications</h2><div>${p.education.map((e) => `${esc(e.degree)}, ${esc(e.school)}, ${d(e.end, 'YYYY')}`).join('<br>')}<br>${p.certs.map(esc).join('<br>')}</div>
<h2>Languages</h2><div>${p.languages.map(esc).join(', ')}</div>
<div style="margin-top:12px;font-style:italic;font-size:9pt">References available upon request.</div>`);
}

/** Culinary Agents public profile, printed. */
function culinaryagents(p: Person): string {
  return html(`
body{font-family:'Liberation Sans',Arial,sans-serif;font-size:9.4pt;color:#222}
.bar{background:#1f2b3a;color:#fff;padding:6px 10px;font-weight:bold;letter-spacing:1px}
.wrap{display:grid;grid-template-columns:60mm 1fr;gap:14px;margin-top:10px}
.side{background:#f6f4ef;padding:10px;border-radius:4px} .side h3{font-size:9pt;text-transform:uppercase;color:#b0412e;margin:12px 0 4px}
.tag{display:inline-block;border:1px solid #b0412e;color:#b0412e;border-radius:3px;padding:1px 6px;margin:0 3px 4px 0;font-size:8.4pt}
h1{font-size:17pt;margin:8px 0 2px} h2{font-size:12pt;border-bottom:2px solid #b0412e;padding-bottom:2px;margin:0 0 8px}
.card{border:1px solid #e0ddd5;padding:8px 10px;margin-bottom:8px;border-radius:3px;break-inside:avoid} .m{color:#666;font-size:8.6pt}
ul{margin:3px 0;padding-left:16px}`,
  `<div class="bar">CULINARY AGENTS &nbsp;·&nbsp; Profile</div>
<div class="wrap"><div class="side">${photoImg(p, 96, 96, 'border-radius:50%')}<h1>${esc(p.name)}</h1><div>${esc(p.title)}</div><div class="m">${esc(p.city)}</div>
<h3>Contact</h3>${esc(p.phoneLocal)}<br>${esc(p.email)}
<h3>Looking for</h3>Chef de Cuisine · Executive Chef<br>Full-time
<h3>Skills</h3>${sk(p).map((s) => `<span class="tag">${esc(s)}</span>`).join('')}
<h3>Certifications</h3>${p.certs.map(esc).join('<br>')}
<h3>Languages</h3>${p.languages.map(esc).join('<br>')}</div>
<div><h2>Experience</h2>${rev(p).map((j) => `<div class="card"><b>${esc(j.role)}</b><br>${esc(j.company)} <span class="m">· ${esc(j.place)}</span><br><span class="m">${rng(j, 'Mon YYYY', 'Present')}</span><ul>${j.points.map((x) => `<li>${esc(x)}</li>`).join('')}</ul></div>`).join('')}
<h2>Education</h2>${p.education.map((e) => `<div class="card"><b>${esc(e.school)}</b><br>${esc(e.degree)}<br><span class="m">${d(e.start, 'Mon YYYY')} – ${d(e.end, 'Mon YYYY')}</span></div>`).join('')}
<h2>About</h2><div>${esc(p.summary)}</div></div></div>`);
}

/** Harri hospitality application summary (availability grid, work history table). */
function harri(p: Person): string {
  const days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
  const av = (r: number, c: number) => ((r + c) % 4 === 0 ? '' : '✓');
  return html(`
body{font-family:'Liberation Sans',Arial,sans-serif;font-size:9.2pt;color:#222}
.h{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:3px solid #f26b3a;padding-bottom:5px}
.h b{font-size:16pt;color:#f26b3a} h1{font-size:15pt;margin:10px 0 0} h2{font-size:10pt;text-transform:uppercase;color:#f26b3a;margin:12px 0 4px}
table{border-collapse:collapse;width:100%;break-inside:avoid} th,td{border:1px solid #ccc;padding:3px 5px;text-align:left;vertical-align:top} th{background:#fbeee8}
.kv th{width:30%} .av td,.av th{text-align:center}`,
  `<div class="h"><b>harri</b><span>Application Summary · Fulton Market Hospitality · Chef de Cuisine</span></div>
<h1>${esc(p.name)}</h1>
<h2>Personal Information</h2><table class="kv"><tr><th>Full name</th><td>${esc(p.name)}</td></tr><tr><th>Mobile</th><td>${esc(p.phoneLocal)}</td></tr><tr><th>Email</th><td>${esc(p.email)}</td></tr>
<tr><th>Address</th><td>${esc(p.address.join(', '))}</td></tr><tr><th>Are you 18 or older?</th><td>Yes</td></tr><tr><th>Legally eligible to work in the U.S.?</th><td>Yes</td></tr><tr><th>Desired pay</th><td>$78,000 / year</td></tr></table>
<h2>Availability</h2><table class="av"><tr><th></th>${days.map((x) => `<th>${x}</th>`).join('')}</tr>${['Morning', 'Afternoon', 'Evening', 'Late night'].map((s, r) => `<tr><th>${s}</th>${days.map((_, c) => `<td>${av(r, c)}</td>`).join('')}</tr>`).join('')}</table>
<h2>Work Experience</h2><table><tr><th>Employer</th><th>Position</th><th>Start</th><th>End</th><th>Reason for leaving</th></tr>
${rev(p).map((j) => `<tr><td>${esc(j.company)}<br><small>${esc(j.place)}</small></td><td>${esc(j.role)}</td><td>${d(j.start, 'MM/YYYY')}</td><td>${d(j.end, 'MM/YYYY', 'Current')}</td><td>${reason(p, j)}</td></tr>`).join('')}</table>
<h2>Skills</h2><table><tr><td>${sk(p).map(esc).join(' &nbsp;•&nbsp; ')}</td></tr></table>
<h2>Certifications</h2><table><tr><td>${p.certs.map(esc).join('<br>')}</td></tr></table>
<h2>Education</h2><table><tr><th>School</th><th>Qualification</th><th>Graduated</th></tr>${p.education.map((e) => `<tr><td>${esc(e.school)}</td><td>${esc(e.degree)}</td><td>${d(e.end, 'MM/YYYY')}</td></tr>`).join('')}</table>
<p style="font-size:8.4pt;color:#555">By submitting this application I confirm the information is accurate. Signed electronically: ${esc(p.name)} · 10/09/2026</p>`);
}

/** Visme infographic résumé: main column left, coloured contact/skills column right. */
function visme(p: Person): string {
  return html(`
body{font-family:'Liberation Sans',Arial,sans-serif;font-size:9.6pt;color:#222}
.g{display:grid;grid-template-columns:1fr 62mm;gap:0}
.main{padding-right:14px} .side{background:#24385b;color:#f3f5f9;padding:12px}
h1{font-size:24pt;margin:0;color:#24385b;line-height:1.05} .ttl{font-size:11pt;color:#e07a2f;margin:4px 0 10px;letter-spacing:1px;text-transform:uppercase}
h2{font-size:11pt;color:#24385b;border-left:5px solid #e07a2f;padding-left:6px;margin:14px 0 6px}
.side h3{font-size:10pt;color:#ffb27a;text-transform:uppercase;letter-spacing:1px;margin:14px 0 5px}
.j{margin-bottom:8px;break-inside:avoid} .when{color:#e07a2f;font-weight:bold;font-size:8.8pt} ul{margin:2px 0;padding-left:15px}
.dot li{list-style:none;margin-bottom:3px} .dot{padding-left:0} .dot li:before{content:'◆ ';color:#ffb27a;font-size:7pt}`,
  `<div class="g"><div class="main"><h1>${esc(p.name)}</h1><div class="ttl">${esc(p.title)}</div>
<h2>Profile</h2><div>${esc(p.summary)}</div>
<h2>Work Experience</h2>${rev(p).map((j) => `<div class="j"><div class="when">${rng(j, 'Mon YYYY', 'Present')}</div><b>${esc(j.role)}</b> | ${esc(j.company)}, ${esc(j.place)}<ul>${j.points.map((x) => `<li>${esc(x)}</li>`).join('')}</ul></div>`).join('')}
<h2>Education</h2>${[...p.education].reverse().map((e) => `<div class="j"><div class="when">${d(e.start, 'YYYY')} – ${d(e.end, 'YYYY')}</div><b>${esc(e.degree)}</b><br>${esc(e.school)}, ${esc(e.place)}</div>`).join('')}
${p.referees.length ? `<h2>References</h2>${p.referees.map((r) => `<div class="j"><b>${esc(r.name)}</b>, ${esc(r.title)}<br>${esc(r.org)}<br>${esc(r.phone)} · ${esc(r.email)}</div>`).join('')}` : ''}
</div><div class="side">${photoImg(p, 110, 110, 'border-radius:50%;display:block;margin:4px auto 6px;border:3px solid #ffb27a')}
<h3>Contact</h3>☎ ${esc(p.phoneIntl)}<br>✉ ${esc(p.email)}<br>⌂ ${p.address.map(esc).join(', ')}, ${esc(p.country)}
<h3>Key Skills</h3><ul class="dot">${sk(p).map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
<h3>Languages</h3>${p.languages.map(esc).join('<br>')}
<h3>Certifications</h3>${p.certs.map(esc).join('<br><br>')}
<h3>Personal</h3>Born ${dob(p, 'DD/MM/YYYY')}<br>${esc(p.nationality)}</div></div>`);
}

/** Resumonk "Elegant"-style résumé: narrow left column, wide right column. */
function resumonk(p: Person): string {
  return html(`
body{font-family:'DejaVu Sans',Verdana,sans-serif;font-size:8.9pt;color:#333;line-height:1.4}
.top{text-align:left;border-bottom:1px solid #bbb;padding-bottom:6px;margin-bottom:10px}
.top h1{font-family:'DejaVu Serif',Georgia,serif;font-weight:normal;font-size:22pt;margin:0;color:#111} .top div{color:#6a8e3a;font-size:10pt}
.g{display:grid;grid-template-columns:52mm 1fr;gap:18px} .l{border-right:1px solid #ddd;padding-right:10px}
h2{font-family:'DejaVu Serif',Georgia,serif;font-weight:normal;font-size:11.5pt;color:#6a8e3a;margin:0 0 5px;padding-top:8px}
.item{margin-bottom:9px;break-inside:avoid} .d{color:#888;font-size:8.3pt} ul{margin:2px 0;padding-left:14px}`,
  `<div class="top"><h1>${esc(p.name)}</h1><div>${esc(p.title)}</div></div>
<div class="g"><div class="l"><h2>Contact</h2>${esc(p.phoneLocal)}<br>${esc(p.email)}<br>${p.address.map(esc).join('<br>')}
<h2>Skills</h2>${sk(p).map((s) => `${esc(s)}`).join('<br>')}
<h2>Education</h2>${p.education.map((e) => `<div class="item"><b>${esc(e.degree)}</b><br>${esc(e.school)}<br><span class="d">${d(e.start, 'Mon YYYY')} - ${d(e.end, 'Mon YYYY')}</span></div>`).join('')}
<h2>Languages</h2>${p.languages.map(esc).join('<br>')}
<h2>Certificates</h2>${p.certs.map(esc).join('<br>')}</div>
<div><h2>Summary</h2><div class="item">${esc(p.summary)}</div>
<h2>Work Experience</h2>${rev(p).map((j) => `<div class="item"><b>${esc(j.role)}</b><br>${esc(j.company)} — ${esc(j.place)}<br><span class="d">${rng(j, 'Mon YYYY', 'Present', ' - ')}</span><ul>${j.points.map((x) => `<li>${esc(x)}</li>`).join('')}</ul></div>`).join('')}
${p.referees.length ? `<h2>References</h2>${p.referees.map((r) => `<div class="item">${esc(r.name)}, ${esc(r.title)}, ${esc(r.org)}<br>${esc(r.phone)}</div>`).join('')}` : ''}</div></div>`);
}

/** read.cv profile (left column of years, right column of entries). */
function readcv(p: Person): string {
  const row = (l: string, r: string) => `<div class="row"><div class="l">${l}</div><div>${r}</div></div>`;
  return html(`
body{font-family:'Liberation Sans',Inter,Helvetica,sans-serif;font-size:9.6pt;color:#111;line-height:1.5;padding:0 8mm}
.head{display:flex;gap:14px;align-items:center;margin:10px 0 18px} .head h1{font-size:15pt;margin:0;font-weight:600} .head div div{color:#777}
h2{font-size:9.6pt;font-weight:600;margin:20px 0 8px}
.row{display:grid;grid-template-columns:40mm 1fr;gap:12px;margin-bottom:12px;break-inside:avoid} .l{color:#8a8a8a}
.g{color:#666}`,
  `<div class="head">${photoImg(p, 64, 64, 'border-radius:50%')}<div><h1>${esc(p.name)}</h1><div>${esc(p.title)} in ${esc(p.city)}</div><div>${esc(p.web ?? '')}</div></div></div>
<h2>About</h2><div>${esc(p.summary)}</div>
<h2>Work Experience</h2>${rev(p).map((j) => row(`${d(j.start, 'Mon YYYY')} — ${d(j.end, 'Mon YYYY', 'Now')}`, `${esc(j.role)} at ${esc(j.company)}<div class="g">${esc(j.place)}</div><div class="g">${j.points.map(esc).join(' ')}</div>`)).join('')}
${(p.breaks ?? []).map((b) => row(`${d(b.start, 'Mon YYYY')} — ${d(b.end, 'Mon YYYY')}`, `Sabbatical<div class="g">${esc(b.text)}</div>`)).join('')}
<h2>Education</h2>${p.education.map((e) => row(`${d(e.start, 'YYYY')} — ${d(e.end, 'YYYY')}`, `${esc(e.degree)}<div class="g">${esc(e.school)}</div>`)).join('')}
<h2>Skills</h2>${row('Tools &amp; methods', sk(p).map(esc).join(', '))}
<h2>Certifications</h2>${p.certs.map((c) => row('2021', esc(c))).join('')}
<h2>Languages</h2>${row('', p.languages.map(esc).join(' · '))}
<h2>Contact</h2>${row('Email', esc(p.email))}${row('Phone', esc(p.phoneIntl))}${row('Website', esc(p.web ?? ''))}`);
}

/** profession.hu CV print (English interface): bordered tables per block. */
function professionhu(p: Person): string {
  const kv = (rows: [string, string][]) => `<table class="kv">${rows.map(([a, b]) => `<tr><th>${a}</th><td>${b}</td></tr>`).join('')}</table>`;
  return html(`
body{font-family:'Liberation Sans',Arial,sans-serif;font-size:9.3pt;color:#222}
.top{display:flex;justify-content:space-between;align-items:center;border-bottom:3px solid #0a7d3b;padding-bottom:6px}
.logo{font-weight:bold;color:#0a7d3b;font-size:15pt} h1{font-size:17pt;margin:10px 0 4px}
h2{background:#e6f2ea;color:#0a5a2b;font-size:10.5pt;padding:4px 6px;margin:12px 0 0;border:1px solid #bcd9c6}
table{border-collapse:collapse;width:100%;margin-bottom:4px;break-inside:avoid} th,td{border:1px solid #cfd8d3;padding:3px 6px;vertical-align:top;text-align:left}
.kv th{width:32%;background:#fafafa;font-weight:normal;color:#555}`,
  `<div class="top"><span class="logo">profession.hu</span><span>Curriculum Vitae · Önéletrajz · printed 2026.10.07</span></div>
<div style="display:flex;gap:14px;align-items:center">${photoImg(p, 70, 90)}<div><h1>${esc(p.name)}</h1>${esc(p.title)}</div></div>
<h2>Personal details</h2>${kv([['Name', esc(p.name)], ['Date of birth', p.dob.replace(/-/g, '. ') + '.'], ['Place of residence', esc(p.address.join(', '))], ['Phone number', esc(p.phoneIntl)], ['E-mail address', esc(p.email)], ['Portfolio', esc(p.web ?? '')]])}
<h2>Work experience</h2>${rev(p).map((j) => kv([['Period', `${j.start.replace('-', '.')} – ${j.end ? j.end.replace('-', '.') : 'present'}`], ['Company name', esc(j.company)], ['Position', esc(j.role)], ['Location', esc(j.place)], ['Tasks', j.points.map(esc).join('<br>')]])).join('')}
${kv([['Gap in employment', (p.breaks ?? []).map((b) => `${b.start.replace('-', '.')} – ${b.end.replace('-', '.')}: ${esc(b.text)}`).join('<br>')]])}
<h2>Studies</h2>${p.education.map((e) => kv([['Period', `${d(e.start, 'YYYY')} – ${d(e.end, 'YYYY')}`], ['Institution', esc(e.school)], ['Qualification', esc(e.degree)]])).join('')}
<h2>Language skills</h2><table><tr><th>Language</th><th>Level</th></tr>${p.languages.map((l) => { const m = /^(.*?) \((.*)\)$/.exec(l); return `<tr><td>${esc(m ? m[1] : l)}</td><td>${esc(m ? m[2] : '')}</td></tr>`; }).join('')}</table>
<h2>Computer skills</h2><table><tr><td>${sk(p).map(esc).join('<br>')}</td></tr></table>
<h2>Other</h2>${kv([['Certificates', p.certs.map(esc).join('<br>')], ['Driving licence', 'B category']])}`);
}

// ================================================================ Chinese HTML templates
const zf = (p: Person, k: string) => esc(p.zh?.[k] ?? '');
const sex = (p: Person) => (p.gender === 'M' ? '男' : '女');

/** 卓博人才网 (jobcn) 简历打印页: 表格式个人资料 + 照片. */
function zhuobo(p: Person): string {
  return html(`
body{font-family:${ZH_FONT};font-size:9.6pt;color:#222}
.top{display:flex;justify-content:space-between;border-bottom:2px solid #d4380d;padding-bottom:5px;margin-bottom:8px} .top b{color:#d4380d;font-size:14pt}
table{width:100%;border-collapse:collapse;margin-bottom:8px;break-inside:avoid} td,th{border:1px solid #c8c8c8;padding:4px 6px;vertical-align:top}
th{background:#f5f5f5;font-weight:normal;width:15%;text-align:right;color:#555} .sec{background:#fbe9e3;color:#a8071a;font-weight:bold;text-align:left}`,
  `<div class="top"><b>卓博人才网</b><span>简历编号：JC${p.id.slice(1)}0487215 · 更新时间：2026-10-18</span></div>
<table><tr><td class="sec" colspan="5">个人资料</td></tr>
<tr><th>姓　　名</th><td>${esc(p.name)}</td><th>性　　别</th><td>${sex(p)}</td><td rowspan="5" style="width:110px;text-align:center">${photoImg(p, 90, 120)}</td></tr>
<tr><th>出生日期</th><td>${dob(p, 'zhd')}</td><th>籍　　贯</th><td>${zf(p, '籍贯')}</td></tr>
<tr><th>最高学历</th><td>${zf(p, '学历')}</td><th>婚姻状况</th><td>${zf(p, '婚姻')}</td></tr>
<tr><th>手　　机</th><td>${esc(p.phoneLocal)}</td><th>电子邮箱</th><td>${esc(p.email)}</td></tr>
<tr><th>现居住地</th><td colspan="3">${esc(p.address.join(''))}</td></tr></table>
<table><tr><td class="sec" colspan="4">求职意向</td></tr><tr><th>期望职位</th><td>${zf(p, '求职意向')}</td><th>期望月薪</th><td>${zf(p, '期望薪资')}</td></tr>
<tr><th>工作地点</th><td>${esc(p.city)}</td><th>到岗时间</th><td>${zf(p, '到岗')}</td></tr></table>
<table><tr><td class="sec" colspan="4">工作经验</td></tr>
${rev(p).map((j) => `<tr><th>工作时间</th><td>${rng(j, 'YYYY-MM', '至今', ' 至 ')}</td><th>公司名称</th><td>${esc(j.company)}</td></tr><tr><th>职位名称</th><td>${esc(j.role)}</td><th>工作地点</th><td>${esc(j.place)}</td></tr><tr><th>工作描述</th><td colspan="3">${j.points.map(esc).join('<br>')}</td></tr>`).join('<tr><td colspan="4" style="border:none;height:4px;padding:0"></td></tr>')}</table>
<table><tr><td class="sec" colspan="3">教育经历</td></tr>${p.education.map((e) => `<tr><td>${rng(e, 'YYYY-MM', '', ' 至 ')}</td><td>${esc(e.school)}</td><td>${esc(e.degree)}</td></tr>`).join('')}</table>
<table><tr><td class="sec" colspan="2">技能专长</td></tr><tr><th>专业技能</th><td>${sk(p).map(esc).join('、')}</td></tr><tr><th>语言能力</th><td>${p.languages.map(esc).join('；')}</td></tr><tr><th>证　　书</th><td>${p.certs.map(esc).join('；')}</td></tr></table>
<table><tr><td class="sec">自我评价</td></tr><tr><td>${esc(p.summary)}</td></tr></table>`, 'zh');
}

/** 图怪兽 设计型简历: 左侧深色栏 (照片/信息/技能), 右侧经历. */
function tuguaishou(p: Person): string {
  return html(`
body{font-family:${ZH_FONT};font-size:9.6pt;color:#333;line-height:1.55}
.g{display:grid;grid-template-columns:60mm 1fr;min-height:260mm}
.l{background:#23424f;color:#eef4f6;padding:14px 12px} .r{padding:6px 0 0 16px}
.l h1{font-size:21pt;margin:10px 0 2px;letter-spacing:3px} .l .it{color:#f4c95d;margin-bottom:8px}
.l h3{font-size:10.5pt;margin:16px 0 6px;border-bottom:1px solid #5d7d89;padding-bottom:3px;color:#f4c95d}
.r h2{font-size:12pt;color:#23424f;margin:12px 0 6px;display:flex;align-items:center;gap:6px}
.r h2:before{content:'';display:inline-block;width:14px;height:14px;border-radius:50%;background:#f4c95d;border:3px solid #23424f}
.j{margin:0 0 10px;break-inside:avoid} .jh{display:flex;justify-content:space-between;font-weight:bold} ul{margin:2px 0;padding-left:16px}
.pill{display:block;margin-bottom:4px}`,
  `<div class="g"><div class="l">${photoImg(p, 110, 140, 'display:block;margin:0 auto;border:3px solid #f4c95d')}
<h1>${esc(p.name)}</h1><div class="it">求职意向：${zf(p, '求职意向')}</div>
<h3>基本信息</h3>年龄：${age(p)} 岁<br>民族：${zf(p, '民族')}族<br>籍贯：${zf(p, '籍贯')}<br>政治面貌：${zf(p, '政治面貌')}<br>学历：${zf(p, '学历')}
<h3>联系方式</h3>电话：${esc(p.phoneLocal)}<br>邮箱：${esc(p.email)}<br>地址：${esc(p.address.join(''))}
<h3>专业技能</h3>${sk(p).map((s) => `<span class="pill">▪ ${esc(s)}</span>`).join('')}
<h3>证书</h3>${p.certs.map(esc).join('<br>')}
<h3>语言</h3>${p.languages.map(esc).join('<br>')}</div>
<div class="r"><h2>教育背景</h2>${p.education.map((e) => `<div class="j"><div class="jh"><span>${esc(e.school)}</span><span>${rng(e, 'YYYY.MM', '', ' - ')}</span></div>${esc(e.degree)}</div>`).join('')}
<h2>工作经历</h2>${rev(p).map((j) => `<div class="j"><div class="jh"><span>${esc(j.company)}</span><span>${rng(j, 'YYYY.MM', '至今', ' - ')}</span></div><div>职位：${esc(j.role)}</div><ul>${j.points.map((x) => `<li>${esc(x)}</li>`).join('')}</ul></div>`).join('')}
${(p.breaks ?? []).map((b) => `<div class="j"><div class="jh"><span>职业空档</span><span>${b.start.replace('-', '.')} - ${b.end.replace('-', '.')}</span></div>${esc(b.text)}</div>`).join('')}
<h2>自我评价</h2><div>${esc(p.summary)}</div></div></div>`, 'zh');
}

/** 懒设计 简历模板: 顶部通栏 + 左窄右宽两栏. */
function lansheji(p: Person): string {
  return html(`
body{font-family:${ZH_FONT};font-size:9.5pt;color:#2b2b2b;line-height:1.55}
.hd{background:#3a6ea5;color:#fff;padding:14px 18px;display:flex;justify-content:space-between;align-items:center}
.hd h1{margin:0;font-size:22pt;letter-spacing:4px} .hd .s{font-size:10.5pt;margin-top:4px}
.g{display:grid;grid-template-columns:58mm 1fr;gap:16px;margin-top:12px} .l{background:#eef3f9;padding:10px}
h2{font-size:11pt;color:#3a6ea5;border-bottom:2px solid #3a6ea5;padding-bottom:2px;margin:8px 0 6px}
.j{margin-bottom:9px;break-inside:avoid} .jt{display:flex;justify-content:space-between;font-weight:bold} ul{margin:2px 0;padding-left:16px}`,
  `<div class="hd"><div><h1>${esc(p.name)}</h1><div class="s">求职意向：${zf(p, '求职意向')} ｜ 期望薪资：${zf(p, '期望薪资')}</div></div>${photoImg(p, 80, 100, 'border:2px solid #fff')}</div>
<div class="g"><div class="l"><h2>个人信息</h2>性别：${sex(p)}<br>出生：${dob(p, 'YYYY.MM')}<br>籍贯：${zf(p, '籍贯')}<br>学历：${zf(p, '学历')}<br>手机：${esc(p.phoneLocal)}<br>邮箱：${esc(p.email)}<br>GitHub：${esc(p.web ?? '')}
<h2>技能</h2>${sk(p).map((s) => `• ${esc(s)}`).join('<br>')}
<h2>证书</h2>${p.certs.map(esc).join('<br>')}<br>${p.languages.map(esc).join('<br>')}</div>
<div><h2>个人优势</h2><div>${esc(p.summary)}</div>
<h2>工作经历</h2>${rev(p).map((j) => `<div class="j"><div class="jt"><span>${esc(j.company)} · ${esc(j.role)}</span><span>${rng(j, 'YYYY.MM', '至今', '-')}</span></div><ul>${j.points.map((x) => `<li>${esc(x)}</li>`).join('')}</ul></div>`).join('')}
<h2>教育经历</h2>${p.education.map((e) => `<div class="j"><div class="jt"><span>${esc(e.school)}</span><span>${rng(e, 'YYYY.MM', '', '-')}</span></div>${esc(e.degree)}</div>`).join('')}</div></div>`, 'zh');
}

/** 石墨文档 导出 PDF: 标题、二级标题、项目符号. */
function shimo(p: Person): string {
  return html(`
body{font-family:${ZH_FONT};font-size:10.5pt;color:#262626;line-height:1.75}
h1{font-size:20pt;margin:0 0 4px} .meta{color:#8c8c8c;font-size:9pt;margin-bottom:14px}
h2{font-size:13.5pt;margin:16px 0 4px} h3{font-size:11pt;margin:10px 0 2px}
ul{margin:0;padding-left:22px} p{margin:0 0 4px}`,
  `<h1>${esc(p.name)}的个人简历</h1><div class="meta">最后修改于 2026年10月12日 · 仅自己可见</div>
<h2>基本信息</h2><ul><li>姓名：${esc(p.name)}　性别：${sex(p)}　年龄：${age(p)}</li><li>电话：${esc(p.phoneLocal)}</li><li>邮箱：${esc(p.email)}</li><li>现居：${esc(p.city)}</li><li>求职意向：${zf(p, '求职意向')}</li></ul>
<h2>专业技能</h2><ul>${sk(p).map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
<h2>工作经历</h2>${rev(p).map((j) => `<h3>${esc(j.company)}　|　${esc(j.role)}　|　${rng(j, 'zh', '至今', ' — ')}</h3><ul>${j.points.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>`).join('')}
${(p.breaks ?? []).map((b) => `<p>（${d(b.start, 'zh')} — ${d(b.end, 'zh')}：${esc(b.text)}）</p>`).join('')}
<h2>教育经历</h2><ul>${p.education.map((e) => `<li>${rng(e, 'zh', '', ' — ')}　${esc(e.school)}　${esc(e.degree)}</li>`).join('')}</ul>
<h2>证书</h2><ul>${p.certs.map((c) => `<li>${esc(c)}</li>`).join('')}</ul>
<h2>自我评价</h2><p>${esc(p.summary)}</p>`, 'zh');
}

/** 金蝶 s-HR 招聘管理 → 应聘者简历打印. */
function kingdee(p: Person): string {
  const td = (x: string, cls = '') => `<td class="${cls}">${x}</td>`;
  return html(`
body{font-family:${ZH_FONT};font-size:9pt;color:#222}
.sys{display:flex;justify-content:space-between;color:#666;font-size:8pt;border-bottom:1px solid #999;padding-bottom:3px}
h1{text-align:center;font-size:15pt;margin:10px 0 8px;letter-spacing:6px}
table{width:100%;border-collapse:collapse;margin-bottom:8px;break-inside:avoid} td{border:1px solid #8a8a8a;padding:4px 5px;vertical-align:top}
.lb{background:#eef1f5;width:12%;text-align:center;color:#333} .sec{background:#d9e2ee;font-weight:bold}
.hd td{background:#eef1f5;text-align:center}`,
  `<div class="sys"><span>金蝶s-HR Cloud · 招聘管理 · 应聘者简历</span><span>打印人：hr_liyan　打印时间：2026-10-21 15:32</span></div>
<h1>应聘人员简历表</h1>
<table><tr><td class="sec" colspan="7">基本信息</td></tr>
<tr>${td('姓名', 'lb')}${td(esc(p.name))}${td('性别', 'lb')}${td(sex(p))}${td('出生日期', 'lb')}${td(p.dob)}<td rowspan="5" style="width:100px;text-align:center">${photoImg(p, 84, 112)}</td></tr>
<tr>${td('民族', 'lb')}${td(zf(p, '民族'))}${td('籍贯', 'lb')}${td(zf(p, '籍贯'))}${td('政治面貌', 'lb')}${td(zf(p, '政治面貌'))}</tr>
<tr>${td('学历', 'lb')}${td(zf(p, '学历'))}${td('婚姻状况', 'lb')}${td(zf(p, '婚姻'))}${td('身高', 'lb')}${td(zf(p, '身高'))}</tr>
<tr>${td('手机号码', 'lb')}${td(esc(p.phoneLocal))}${td('电子邮箱', 'lb')}<td colspan="3">${esc(p.email)}</td></tr>
<tr>${td('应聘职位', 'lb')}${td(zf(p, '求职意向'))}${td('期望薪资', 'lb')}<td colspan="3">${zf(p, '期望薪资')}</td></tr></table>
<table><tr><td class="sec" colspan="5">教育经历</td></tr><tr class="hd"><td>开始日期</td><td>结束日期</td><td>学校名称</td><td colspan="2">专业 / 学历</td></tr>
${p.education.map((e) => `<tr><td>${d(e.start, 'YYYY-MM')}</td><td>${d(e.end, 'YYYY-MM')}</td><td>${esc(e.school)}</td><td colspan="2">${esc(e.degree)}</td></tr>`).join('')}</table>
<table><tr><td class="sec" colspan="7">工作经历</td></tr><tr class="hd"><td>开始日期</td><td>结束日期</td><td>工作单位</td><td>职务</td><td>离职原因</td><td>证明人</td><td>证明人电话</td></tr>
${rev(p).map((j) => { const [wn, wt] = witness(p, j); return `<tr><td>${d(j.start, 'YYYY-MM')}</td><td>${d(j.end, 'YYYY-MM', '至今')}</td><td>${esc(j.company)}</td><td>${esc(j.role)}</td><td>${reason(p, j, true)}</td><td>${wn}</td><td>${wt}</td></tr><tr><td class="lb">工作内容</td><td colspan="6">${j.points.map(esc).join('')}</td></tr>`; }).join('')}</table>
<table><tr><td class="sec" colspan="2">资格证书与技能</td></tr><tr>${td('资格证书', 'lb')}${td(p.certs.map(esc).join('；'))}</tr><tr>${td('技能特长', 'lb')}${td(sk(p).map(esc).join('；'))}</tr><tr>${td('语言能力', 'lb')}${td(p.languages.map(esc).join('；'))}</tr></table>
<table><tr><td class="sec">自我评价</td></tr><tr><td>${esc(p.summary)}</td></tr></table>
<table><tr><td class="lb" style="width:18%">HR初筛意见</td><td style="height:36px"></td><td class="lb" style="width:18%">用人部门意见</td><td></td></tr></table>`, 'zh');
}

/** 建筑英才网 (buildhr) 简历打印页: 执业资格表 + 项目业绩表. */
function buildhr(p: Person): string {
  return html(`
body{font-family:${ZH_FONT};font-size:9.4pt;color:#222}
.t{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:3px solid #1565c0;padding-bottom:4px} .t b{font-size:15pt;color:#1565c0}
h2{font-size:10.5pt;color:#fff;background:#1565c0;padding:3px 8px;margin:10px 0 0;display:inline-block}
table{width:100%;border-collapse:collapse;border-top:2px solid #1565c0;margin-bottom:4px;break-inside:avoid} td,th{border:1px solid #b7c7da;padding:4px 6px;vertical-align:top;text-align:left}
th{background:#eef4fb;font-weight:normal;color:#444}`,
  `<div class="t"><b>建筑英才网 · 个人简历</b><span>ID：BH2026${p.id.slice(1)}3391 · 最近登录 2026-10-26</span></div>
<h2>基本资料</h2><table><tr><th>姓名</th><td>${esc(p.name)}</td><th>性别</th><td>${sex(p)}</td><th>年龄</th><td>${age(p)}</td><td rowspan="4" style="width:96px;text-align:center">${photoImg(p, 80, 106)}</td></tr>
<tr><th>学历</th><td>${zf(p, '学历')}</td><th>工作年限</th><td>18年</td><th>现居地</th><td>${esc(p.city)}</td></tr>
<tr><th>手机</th><td>${esc(p.phoneLocal)}</td><th>邮箱</th><td colspan="3">${esc(p.email)}</td></tr>
<tr><th>求职意向</th><td colspan="3">${zf(p, '求职意向')}</td><th>期望薪资</th><td>${zf(p, '期望薪资')}</td></tr></table>
<h2>执业资格 / 职称</h2><table><tr><th>证书名称</th><th>专业</th><th>取得时间</th><th>状态</th></tr>
<tr><td>一级建造师</td><td>建筑工程</td><td>2014-09</td><td>初始注册，证书在手</td></tr><tr><td>高级工程师</td><td>建筑施工</td><td>2019-12</td><td>—</td></tr><tr><td>安全生产考核合格证（B证）</td><td>—</td><td>2017-05</td><td>有效</td></tr></table>
<h2>工作经历</h2><table><tr><th style="width:22%">起止时间</th><th>公司名称</th><th>职位</th><th>工作地点</th></tr>
${rev(p).map((j) => `<tr><td>${rng(j, 'YYYY.MM', '至今', ' ~ ')}</td><td>${esc(j.company)}</td><td>${esc(j.role)}</td><td>${esc(j.place)}</td></tr><tr><td colspan="4">${j.points.map(esc).join('')}</td></tr>`).join('')}</table>
<h2>项目业绩</h2><table><tr><th>项目名称</th><th>规模</th><th>担任职务</th><th>时间</th></tr>
<tr><td>咸阳渭河湾·云著 住宅小区</td><td>16.2万㎡，合同额4.2亿元</td><td>项目经理</td><td>2018.03 ~ 2021.06</td></tr>
<tr><td>西安高新科创综合体（一期）</td><td>11.5万㎡</td><td>项目技术负责人</td><td>2014.05 ~ 2016.12</td></tr></table>
<h2>专业技能</h2><table><tr><td>${sk(p).map(esc).join('，')}</td></tr></table>
<h2>教育经历</h2><table>${p.education.map((e) => `<tr><td>${rng(e, 'YYYY.MM', '', ' ~ ')}</td><td>${esc(e.school)}</td><td>${esc(e.degree)}</td></tr>`).join('')}</table>
<h2>自我评价</h2><table><tr><td>${esc(p.summary)}</td></tr></table>`, 'zh');
}

/** 泛微 e-cology OA「员工入职审批」流程表单打印 (主表 + 明细表 + 签字意见). */
function fanwei(p: Person): string {
  const L = (x: string) => `<td class="lb">${x}</td>`;
  return html(`
body{font-family:${ZH_FONT};font-size:9pt;color:#222}
.tit{text-align:center;font-size:16pt;font-weight:bold;margin:4px 0 2px;color:#1b4f9c} .sub{text-align:center;color:#666;font-size:8.4pt;margin-bottom:8px}
table{width:100%;border-collapse:collapse;margin-bottom:8px} td{border:1px solid #90a4c0;padding:4px 5px;vertical-align:top}
.lb{background:#e9eff8;width:13%;color:#1b3c6b} .dt{background:#f5f8fc;font-weight:bold;color:#1b4f9c} .hd td{background:#e9eff8;text-align:center}
.sign td{border:none;border-bottom:1px dashed #bbb}`,
  `<div class="tit">员工入职审批表</div><div class="sub">请求标题：员工入职审批-${esc(p.name)}-2026-10-28　流程编号：HR-RZ-20261028-0037　紧急程度：正常</div>
<table><tr>${L('姓名')}<td>${esc(p.name)}</td>${L('性别')}<td>${sex(p)}</td>${L('民族')}<td>${zf(p, '民族')}</td></tr>
<tr>${L('出生日期')}<td>${p.dob}</td>${L('政治面貌')}<td>${zf(p, '政治面貌')}</td>${L('最高学历')}<td>${zf(p, '学历')}</td></tr>
<tr>${L('手机号码')}<td>${esc(p.phoneLocal)}</td>${L('个人邮箱')}<td colspan="3">${esc(p.email)}</td></tr>
<tr>${L('入职部门')}<td>品牌电商事业部</td>${L('入职岗位')}<td>直播运营经理</td>${L('拟入职日期')}<td>2026-11-16</td></tr>
<tr>${L('专业技能')}<td colspan="5">${sk(p).map(esc).join('、')}</td></tr>
<tr>${L('证书')}<td colspan="5">${p.certs.map(esc).join('、')}</td></tr></table>
<table><tr><td class="dt" colspan="4">明细表1：教育经历</td></tr><tr class="hd"><td>开始日期</td><td>结束日期</td><td>学校</td><td>专业/学历</td></tr>
${p.education.map((e) => `<tr><td>${d(e.start, 'YYYY-MM')}</td><td>${d(e.end, 'YYYY-MM')}</td><td>${esc(e.school)}</td><td>${esc(e.degree)}</td></tr>`).join('')}</table>
<table><tr><td class="dt" colspan="5">明细表2：工作经历</td></tr><tr class="hd"><td>开始日期</td><td>结束日期</td><td>工作单位</td><td>职位</td><td>离职原因</td></tr>
${rev(p).map((j) => `<tr><td>${d(j.start, 'YYYY-MM')}</td><td>${d(j.end, 'YYYY-MM', '至今')}</td><td>${esc(j.company)}</td><td>${esc(j.role)}</td><td>${reason(p, j, true)}</td></tr>`).join('')}</table>
<table><tr><td class="dt">签字意见</td></tr></table>
<table class="sign"><tr><td>人力资源部 韦晓琳（经办）：已核对学历证书及离职证明。　2026-10-28 10:14</td></tr>
<tr><td>品牌电商事业部 陆振宇（部门负责人）：同意，按 P6 定级。　2026-10-28 16:02</td></tr>
<tr><td>总经理 梁国栋：同意。　2026-10-29 09:37</td></tr></table>`, 'zh');
}

// ================================================================ mixed (Chinese–English) HTML templates
const both = (p: Person) => `${esc(p.name)} ${esc(p.altName ?? '')}`;
const MIXF = `'Liberation Sans',Arial,'WenQuanYi Zen Hei',sans-serif`;

/** Confluence team-directory page, printed (two-column page layout section, info panel, status lozenges). */
function confluence(p: Person): string {
  const space = p.id === 'p13' ? 'China Product Team' : 'APAC Supply Chain';
  return html(`
body{font-family:${MIXF};font-size:9.6pt;color:#172b4d;line-height:1.5}
.bc{color:#6b778c;font-size:8.6pt} h1{font-size:19pt;margin:4px 0 2px;font-weight:500} .by{color:#6b778c;font-size:8.4pt;margin-bottom:10px}
.panel{background:#deebff;border-left:4px solid #0052cc;padding:7px 10px;margin-bottom:10px}
.cols{display:grid;grid-template-columns:1fr 1fr;gap:18px}
h2{font-size:12pt;font-weight:600;margin:12px 0 4px} h3{font-size:10pt;margin:8px 0 2px}
table{border-collapse:collapse;width:100%} td,th{border:1px solid #c1c7d0;padding:3px 6px;text-align:left;vertical-align:top} th{background:#f4f5f7}
.loz{display:inline-block;background:#e3fcef;color:#006644;font-size:7.6pt;font-weight:bold;padding:0 4px;border-radius:3px;text-transform:uppercase}
ul{margin:2px 0;padding-left:18px}`,
  `<div class="bc">Spaces / ${space} / Team Directory / People</div>
<h1>${both(p)} — ${esc(p.title)}</h1><div class="by">Created by ${esc(p.altName ?? '')}, last updated on Oct 20, 2026 · 3 min read · 👁 58 people viewed</div>
<div class="panel">ℹ️ 本页为个人简介 / profile page. 如需联系请用企业微信或邮件。 <span class="loz">Open to internal moves</span></div>
<div class="cols"><div>
<h2>About me 关于我</h2><p>${esc(p.summary)}</p>
<h2>Experience 工作经历</h2>${rev(p).map((j) => `<h3>${esc(j.role)} · ${esc(j.company)}</h3><div style="color:#6b778c">${rng(j, 'YYYY/MM', 'now', ' – ')} · ${esc(j.place)}</div><ul>${j.points.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>`).join('')}
</div><div>
<h2>Contact 联系方式</h2><table><tr><th>Email</th><td>${esc(p.email)}</td></tr><tr><th>Mobile 手机</th><td>${esc(p.phoneIntl)}</td></tr><tr><th>Location</th><td>${esc(p.city)}</td></tr></table>
<h2>Skills 技能</h2><ul>${sk(p).map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
<h2>Education 教育</h2><table>${p.education.map((e) => `<tr><td>${d(e.start, 'YYYY')}–${d(e.end, 'YYYY')}</td><td>${esc(e.school)}<br>${esc(e.degree)}</td></tr>`).join('')}</table>
<h2>Languages 语言</h2><p>${p.languages.map(esc).join('<br>')}</p>
<h2>Certifications 证书</h2><p>${p.certs.map(esc).join('<br>')}</p>
</div></div>
<div class="bc" style="margin-top:14px">Labels: team-directory, profile　·　Like · 4 comments</div>`, 'zh');
}

/** Google Docs "Modern Writer" résumé template (monospace headings, accent colour). */
function gdocs(p: Person): string {
  return html(`
body{font-family:'Liberation Sans',Arial,'WenQuanYi Zen Hei',sans-serif;font-size:9.8pt;color:#333;line-height:1.45;padding:0 6mm}
.mono{font-family:'DejaVu Sans Mono','Source Code Pro','WenQuanYi Zen Hei Mono',monospace}
.contact{font-size:8.8pt;color:#555;margin-bottom:14px} h1{font-size:26pt;margin:0;color:#222;font-weight:bold}
.role{color:#ff5e5e;font-size:11pt;margin:2px 0 16px}
h2{font-size:10pt;color:#ff5e5e;letter-spacing:1px;margin:18px 0 6px;text-transform:uppercase}
h3{font-size:10.5pt;margin:8px 0 0} .dt{color:#777;font-size:8.4pt;margin-bottom:2px} ul{margin:2px 0;padding-left:16px} p{margin:0 0 4px}`,
  `<div class="contact mono">${esc(p.address.join(', '))}<br>${esc(p.phoneIntl)}<br>${esc(p.email)}</div>
<h1 class="mono">${esc(p.name)}<br>${esc(p.altName ?? '')}</h1><div class="role mono">${esc(p.title)}</div>
<p>${esc(p.summary)}</p>
<h2 class="mono">Skills / 技能</h2><p>${sk(p).map(esc).join(' · ')}</p>
<h2 class="mono">Experience / 工作经历</h2>${rev(p).map((j) => `<h3>${esc(j.company)}, ${esc(j.place)} — <i>${esc(j.role)}</i></h3><div class="dt mono">${rng(j, 'Month YYYY', 'PRESENT', ' - ').toUpperCase()}</div><ul>${j.points.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>`).join('')}
<h2 class="mono">Education / 教育背景</h2>${p.education.map((e) => `<h3>${esc(e.school)} — <i>${esc(e.degree)}</i></h3><div class="dt mono">${rng(e, 'Month YYYY', '', ' - ').toUpperCase()}</div>`).join('')}
${(p.breaks ?? []).length ? `<h2 class="mono">Career note</h2>${p.breaks!.map((b) => `<p>${d(b.start, 'Mon YYYY')} – ${d(b.end, 'Mon YYYY')}: ${esc(b.text)}</p>`).join('')}` : ''}
<h2 class="mono">Certifications</h2><p>${p.certs.map(esc).join('<br>')}</p>
<h2 class="mono">Languages</h2><p>${p.languages.map(esc).join(', ')}</p>`, 'zh');
}

/** Avature careers-portal application, printed from the recruiter view. */
function avature(p: Person): string {
  const job = p.id === 'p14' ? ['Lead Data Scientist, Clinical Analytics', 'Southern Cross Health Group', 'Melbourne, VIC'] : ['Head of Sourcing – Consumer Devices', 'Brightwave Electronics (Asia) Ltd', 'Shenzhen, CN'];
  const kv = (a: string, b: string) => `<tr><th>${a}</th><td>${b}</td></tr>`;
  return html(`
body{font-family:${MIXF};font-size:9.2pt;color:#222}
.h{background:#3b2a63;color:#fff;padding:8px 12px;display:flex;justify-content:space-between} .h b{font-size:12pt}
h1{font-size:15pt;margin:10px 0 2px} .m{color:#666;font-size:8.4pt}
h2{font-size:10.5pt;color:#3b2a63;border-bottom:2px solid #3b2a63;margin:14px 0 4px;padding-bottom:2px}
table{border-collapse:collapse;width:100%;break-inside:avoid} th,td{border:1px solid #d3cfe0;padding:3px 6px;text-align:left;vertical-align:top} th{background:#f3f0fa;width:28%}
.wt th{width:auto}`,
  `<div class="h"><b>${esc(job[1])} · Careers</b><span>Powered by Avature</span></div>
<h1>${both(p)}</h1><div class="m">Application for ${esc(job[0])} (${esc(job[2])}) · Submitted 2026-10-02 · Ref. AV-${p.id.slice(1)}8841</div>
<h2>Personal information</h2><table>${kv('First name / Given name', esc(p.altName?.split(' ')[0] ?? ''))}${kv('Last name / Family name', esc(p.altName?.split(' ')[1] ?? ''))}${kv('Name in native script', esc(p.name))}
${kv('Email', esc(p.email))}${kv('Mobile phone', esc(p.phoneIntl))}${kv('Address', esc(p.address.join(', ')))}${kv('Nationality / work rights', esc(p.nationality))}</table>
<h2>Work experience</h2><table class="wt"><tr><th>Employer</th><th>Job title</th><th>From</th><th>To</th><th>Responsibilities</th></tr>
${rev(p).map((j) => `<tr><td>${esc(j.company)}</td><td>${esc(j.role)}</td><td>${d(j.start, 'MM/YYYY')}</td><td>${j.end ? d(j.end, 'MM/YYYY') : 'Current'}</td><td>${j.points.map(esc).join(' ')}</td></tr>`).join('')}</table>
<h2>Education</h2><table class="wt"><tr><th>Institution</th><th>Degree</th><th>From</th><th>To</th></tr>${p.education.map((e) => `<tr><td>${esc(e.school)}</td><td>${esc(e.degree)}</td><td>${d(e.start, 'MM/YYYY')}</td><td>${d(e.end, 'MM/YYYY')}</td></tr>`).join('')}</table>
<h2>Skills</h2><table>${kv('Skills', sk(p).map(esc).join(', '))}${kv('Languages', p.languages.map(esc).join('; '))}${kv('Certifications', p.certs.map(esc).join('; '))}</table>
<h2>Screening questions</h2><table>${kv('Notice period', '1 month')}${kv('Are you willing to travel up to 30%?', 'Yes')}${kv('Attachments', `CV_${esc((p.altName ?? '').replace(' ', ''))}_2026.pdf`)}</table>
<p class="m">☑ I consent to the processing of my personal data for recruitment purposes.</p>`, 'zh');
}

/** Ashby application review page, printed. */
function ashby(p: Person): string {
  const job = p.id === 'p13' ? ['Senior Product Manager, Payments', 'Lumina Mobility'] : ['Analytics Manager, Network Planning', 'Tidewell Logistics'];
  return html(`
body{font-family:${MIXF};font-size:9.3pt;color:#1f2328}
.top{display:flex;justify-content:space-between;color:#57606a;font-size:8.4pt;border-bottom:1px solid #d0d7de;padding-bottom:5px}
h1{font-size:16pt;margin:10px 0 0} .sub{color:#57606a}
h2{font-size:10pt;margin:14px 0 5px;color:#4f46e5}
table{border-collapse:collapse;width:100%;break-inside:avoid} td,th{border-bottom:1px solid #e5e7eb;padding:4px 6px;text-align:left;vertical-align:top} th{color:#57606a;font-weight:normal;width:30%}
.box{border:1px solid #d0d7de;border-radius:6px;padding:6px 10px;margin-bottom:8px}`,
  `<div class="top"><span>Ashby · ${esc(job[1])}</span><span>Printed Oct 23, 2026</span></div>
<h1>${both(p)}</h1><div class="sub">Applied to <b>${esc(job[0])}</b> · Stage: Hiring manager screen · Source: Referral</div>
<h2>Application form</h2><div class="box"><table>
<tr><th>Full name</th><td>${both(p)}</td></tr><tr><th>Email</th><td>${esc(p.email)}</td></tr><tr><th>Phone</th><td>${esc(p.phoneIntl)}</td></tr>
<tr><th>Location</th><td>${esc(p.city)}</td></tr><tr><th>Current company</th><td>${esc(rev(p)[0].company)}</td></tr>
<tr><th>Skills</th><td>${sk(p).map(esc).join(', ')}</td></tr>
<tr><th>Why are you interested in this role?</th><td>${esc(p.summary)}</td></tr></table></div>
<h2>Experience</h2><div class="box"><table><tr><th style="width:auto">Company</th><th style="width:auto">Title</th><th style="width:auto">Dates</th></tr>
${rev(p).map((j) => `<tr><td>${esc(j.company)}<br><small>${esc(j.place)}</small></td><td>${esc(j.role)}</td><td>${rng(j, 'Mon YYYY', 'Present')}</td></tr>`).join('')}</table></div>
<h2>Education</h2><div class="box"><table>${p.education.map((e) => `<tr><td>${esc(e.school)}</td><td>${esc(e.degree)}</td><td>${d(e.start, 'YYYY')} – ${d(e.end, 'YYYY')}</td></tr>`).join('')}</table></div>
<h2>Additional</h2><div class="box"><table><tr><th>Languages</th><td>${p.languages.map(esc).join(', ')}</td></tr><tr><th>Certifications</th><td>${p.certs.map(esc).join(', ')}</td></tr><tr><th>Visa sponsorship required?</th><td>No</td></tr></table></div>`, 'zh');
}

// ================================================================ DOCX (Word) templates
type RunO = { b?: boolean; i?: boolean; size?: number; color?: string; font?: string; caps?: boolean };
const FONT_ZH = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: '宋体' };
const run = (t: string, o: RunO = {}) => new TextRun({ text: t, bold: o.b, italics: o.i, size: o.size, color: o.color, allCaps: o.caps, font: o.font });
type ParO = RunO & { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; after?: number; before?: number; fill?: string; bullet?: boolean; border?: string; indent?: number };
function para(t: string | TextRun[], o: ParO = {}): Paragraph {
  return new Paragraph({
    children: typeof t === 'string' ? [run(t, o)] : t, alignment: o.align, spacing: { after: o.after ?? 40, before: o.before ?? 0 },
    shading: o.fill ? { type: ShadingType.CLEAR, fill: o.fill, color: 'auto' } : undefined,
    bullet: o.bullet ? { level: 0 } : undefined, indent: o.indent ? { left: o.indent } : undefined,
    border: o.border ? { bottom: { style: BorderStyle.SINGLE, size: 8, color: o.border, space: 1 } } : undefined,
  });
}
type CellO = { w?: number; span?: number; rows?: number; fill?: string; b?: boolean; size?: number; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; v?: boolean; color?: string; noBorder?: boolean };
const NOB = { top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } };
function cell(c: string | (Paragraph | Table)[], o: CellO = {}): TableCell {
  const kids = typeof c === 'string' ? c.split('\n').map((l) => para(l, { b: o.b, size: o.size, align: o.align, color: o.color, after: 0 })) : c;
  return new TableCell({
    children: kids, columnSpan: o.span, rowSpan: o.rows, width: o.w ? { size: o.w, type: WidthType.DXA } : undefined,
    shading: o.fill ? { type: ShadingType.CLEAR, fill: o.fill, color: 'auto' } : undefined,
    verticalAlign: o.v ? VerticalAlign.CENTER : undefined, margins: { top: 50, bottom: 50, left: 90, right: 90 }, borders: o.noBorder ? NOB : undefined,
  });
}
const trow = (cells: TableCell[], cantSplit = false) => new TableRow({ children: cells, cantSplit });
const table = (widths: number[], rows: TableRow[], borderless = false) => new Table({ rows, columnWidths: widths, width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, borders: borderless ? { ...NOB, insideHorizontal: NOB.top, insideVertical: NOB.top } : undefined });
const A4 = (m = 1134) => ({ page: { size: { width: 11906, height: 16838 }, margin: { top: m, bottom: m, left: m, right: m, header: 500, footer: 500 } } });
const pageFooter = (label: string, size = 16) => new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(label, { size, color: '666666' }), new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size, color: '666666' })] })] });
const doc = (font: string | typeof FONT_ZH, size: number, children: (Paragraph | Table)[], o: { header?: Header; footer?: Footer; margin?: number; title?: string } = {}) =>
  new Document({
    creator: 'Microsoft Office User', title: o.title, styles: { default: { document: { run: { font, size } } } },
    sections: [{ properties: A4(o.margin), headers: o.header ? { default: o.header } : undefined, footers: o.footer ? { default: o.footer } : undefined, children }],
  });
const img = (p: Person, w: number, h: number) => new ImageRun({ type: 'png', data: photoPng(Number(p.id.slice(1))), transformation: { width: w, height: h } });

/** Zimbabwe Public Service Commission-style "Application for Employment" form (numbered particulars, employment record). */
function zimpsc(p: Person): Document {
  const W = 9638; const lab = 3300;
  const kv = (n: string, a: string, b: string) => trow([cell(`${n}  ${a}`, { w: lab, fill: 'F2F2F2' }), cell(b, { w: W - lab })]);
  const sec = (t: string) => para(t, { b: true, before: 160, after: 60, size: 20 });
  return doc('Times New Roman', 20, [
    para('PUBLIC SERVICE COMMISSION', { b: true, align: AlignmentType.CENTER, size: 26, after: 0 }),
    para('APPLICATION FOR EMPLOYMENT', { b: true, align: AlignmentType.CENTER, size: 24, after: 0 }),
    para('(To be completed in BLOCK LETTERS by the applicant. Attach certified copies of certificates and national ID.)', { i: true, align: AlignmentType.CENTER, size: 17, after: 120 }),
    sec('A.  POST APPLIED FOR'),
    table([lab, W - lab], [kv('1.', 'Title of post', 'Principal Engineer (Water Supply)'), kv('2.', 'Ministry / Department', 'Ministry of Lands, Water and Rural Resettlement — Department of Water Resources Planning'), kv('3.', 'Advert reference', 'PSC/ENG/14/2026')]),
    sec('B.  PERSONAL PARTICULARS'),
    table([lab, W - lab], [kv('4.', 'Name in full', p.name.toUpperCase()), kv('5.', 'Surname', last(p).toUpperCase()), kv('6.', 'First name(s)', first(p).toUpperCase()), kv('7.', 'National ID No.', '63-2184471 K 42'), kv('8.', 'Date of birth', dob(p, 'DD/MM/YYYY')), kv('9.', 'Sex', 'Male'), kv('10.', 'Marital status', 'Married'), kv('11.', 'Citizenship', p.nationality), kv('12.', 'Residential address', p.address.join(', ')), kv('13.', 'Cell number', p.phoneLocal), kv('14.', 'E-mail address', p.email)]),
    sec('C.  ACADEMIC AND PROFESSIONAL QUALIFICATIONS'),
    table([3600, 1100, 1100, 3838], [trow(['Institution', 'From', 'To', 'Qualification obtained'].map((x) => cell(x, { b: true, fill: 'D9D9D9' })), true), ...p.education.map((e) => trow([cell(e.school), cell(d(e.start, 'MM/YYYY')), cell(d(e.end, 'MM/YYYY')), cell(e.degree)], true)),
      ...p.certs.map((c) => trow([cell(c, { span: 4 })], true))]),
    sec('D.  EMPLOYMENT RECORD (start with the most recent)'),
    table([2500, 2300, 1000, 1000, 2838], [trow(['Employer', 'Post held', 'From', 'To', 'Reason for leaving'].map((x) => cell(x, { b: true, fill: 'D9D9D9' })), true),
      ...rev(p).map((j) => trow([cell(`${j.company}\n${j.place}`), cell(j.role), cell(d(j.start, 'MM/YYYY')), cell(d(j.end, 'MM/YYYY', 'To date')), cell(reason(p, j))], true))]),
    sec('E.  DUTIES IN PRESENT POST'),
    ...rev(p)[0].points.map((x) => para(x, { bullet: true })),
    sec('F.  SKILLS AND COMPETENCIES'),
    ...sk(p).map((s) => para(s, { bullet: true, after: 0 })),
    sec('G.  LANGUAGES'), para(p.languages.join('; ')),
    sec('H.  REFEREES (not related to the applicant)'),
    table([2800, 3300, 1600, 1938], [trow(['Name', 'Position / Organisation', 'Telephone', 'E-mail'].map((x) => cell(x, { b: true, fill: 'D9D9D9' }))), ...p.referees.map((r) => trow([cell(r.name), cell(`${r.title}, ${r.org}`), cell(r.phone), cell(r.email)]))]),
    sec('I.  DECLARATION'),
    para(`I, ${p.name}, declare that the information given above is true and correct to the best of my knowledge. I understand that any false statement may lead to disqualification or dismissal.`, { after: 240 }),
    para('Signature of applicant: ……………………………………………        Date: 06/10/2026', { after: 200 }),
    table([W], [trow([cell([para('FOR OFFICIAL USE ONLY', { b: true, size: 18 }), para('Received by: ……………………………   Date stamp: ……………………   Shortlisted: Yes / No', { size: 18 })], { fill: 'F2F2F2' })])]),
  ], { footer: pageFooter('PSC Application for Employment — ', 16), margin: 1000, title: 'Application for Employment' });
}

/** Eswatini Civil Service Board-style "Application for Appointment" (Parts A–F, chronological record). */
function eswatini(p: Person): Document {
  const W = 9638;
  const part = (t: string) => para(t, { b: true, before: 180, after: 60, fill: '1F3864', color: 'FFFFFF', size: 20 });
  const kv2 = (a: string, b: string, c: string, e: string) => trow([cell(a, { w: 2000, fill: 'EDEDED' }), cell(b, { w: 2819 }), cell(c, { w: 2000, fill: 'EDEDED' }), cell(e, { w: 2819 })]);
  return doc('Arial', 19, [
    para('KINGDOM OF ESWATINI', { b: true, align: AlignmentType.CENTER, size: 22, after: 0 }),
    para('CIVIL SERVICE BOARD', { b: true, align: AlignmentType.CENTER, size: 22, after: 0 }),
    para('APPLICATION FOR APPOINTMENT TO THE CIVIL SERVICE', { b: true, align: AlignmentType.CENTER, size: 20, after: 60, border: '1F3864' }),
    para('Post applied for: Senior Accountant (Grade 12) — Ministry of Finance, Treasury Department       Vacancy No.: CSB/FIN/31/2026', { size: 18, after: 100 }),
    part('PART A — PERSONAL DETAILS'),
    table([2000, 2819, 2000, 2819], [kv2('Surname', last(p), 'First names', first(p)), kv2('Full name', p.name, 'Personal ID No.', '8609301100458'), kv2('Date of birth', dob(p, 'DD/MM/YYYY'), 'Sex', 'Male'), kv2('Nationality', p.nationality, 'Marital status', 'Single'), kv2('Postal address', p.address.join(', '), 'Physical address', 'Sidwashini, Mbabane'), kv2('Cell phone', p.phoneLocal, 'E-mail', p.email)]),
    part('PART B — EDUCATION AND QUALIFICATIONS'),
    table([3700, 1300, 1300, 3338], [trow(['School / College / University', 'From', 'To', 'Qualification'].map((x) => cell(x, { b: true, fill: 'EDEDED' }))), ...p.education.map((e) => trow([cell(e.school), cell(d(e.start, 'Mon YYYY')), cell(d(e.end, 'Mon YYYY')), cell(e.degree)])), trow([cell('Professional membership', { fill: 'EDEDED' }), cell(p.certs.join('; '), { span: 3 })])]),
    part('PART C — EMPLOYMENT HISTORY (in chronological order, earliest first)'),
    table([2700, 2000, 1150, 1150, 2638], [trow(['Name of employer', 'Position held', 'Date from', 'Date to', 'Main duties'].map((x) => cell(x, { b: true, fill: 'EDEDED' })), true),
      ...p.jobs.map((j) => trow([cell(`${j.company}\n(${j.place})`), cell(j.role), cell(d(j.start, 'Mon YYYY')), cell(d(j.end, 'Mon YYYY', 'Present')), cell(j.points.join(' '))], true))]),
    part('PART D — OTHER SKILLS'),
    table([W], [trow([cell(sk(p).map((s) => para(`•  ${s}`, { after: 0 })))])]),
    para(`Languages: ${p.languages.join(', ')}`, { before: 60 }),
    part('PART E — REFEREES'),
    table([3000, 3638, 3000], [trow(['Name', 'Designation and employer', 'Contact'].map((x) => cell(x, { b: true, fill: 'EDEDED' }))), ...p.referees.map((r) => trow([cell(r.name), cell(`${r.title}, ${r.org}`), cell(`${r.phone}\n${r.email}`)]))]),
    part('PART F — DECLARATION'),
    para('I certify that the particulars given in this application are true. I understand that if any of the information is found to be false I shall be liable to disqualification or, if appointed, to dismissal.', { after: 200 }),
    table([4819, 4819], [trow([cell('Signature: ______________________________', { noBorder: true }), cell('Date: 03 October 2026', { noBorder: true })])], true),
  ], { footer: pageFooter('CSB Form 1 (Revised) — ', 15), margin: 1000, title: 'Civil Service Board application' });
}

/** Word "Banded" résumé template: name in a coloured band, shaded section headings. */
function banded(p: Person): Document {
  const accent = p.id === 'p03' ? '7B3F00' : '1F6E8C';
  const h = (t: string) => para(t.toUpperCase(), { b: true, color: 'FFFFFF', fill: accent, before: 200, after: 80, size: 21 });
  return doc('Century Gothic', 20, [
    para(p.name.toUpperCase(), { b: true, size: 44, color: 'FFFFFF', fill: accent, align: AlignmentType.CENTER, after: 0 }),
    para(p.title, { size: 22, color: 'FFFFFF', fill: accent, align: AlignmentType.CENTER, after: 60 }),
    para(`${p.address.join(', ')}  |  ${p.phoneLocal}  |  ${p.email}`, { align: AlignmentType.CENTER, size: 18, after: 120 }),
    h('Objective'), para(p.summary),
    h('Skills & Abilities'),
    table([4819, 4819], Array.from({ length: Math.ceil(p.skills.length / 2) }, (_, i) => trow([cell([para(`•  ${sk(p)[2 * i]}`, { after: 0 })], { noBorder: true }), cell([para(sk(p)[2 * i + 1] ? `•  ${sk(p)[2 * i + 1]}` : '', { after: 0 })], { noBorder: true })])), true),
    h('Experience'),
    ...rev(p).flatMap((j) => [para([run(`${j.role.toUpperCase()}, `, { b: true }), run(j.company.toUpperCase(), { b: true, color: accent }), run(`, ${j.place}`)], { before: 80, after: 0 }),
      para(rng(j, 'Month YYYY', 'Present', ' – '), { i: true, color: '595959', after: 20 }), ...j.points.map((x) => para(x, { bullet: true, after: 0 }))]),
    h('Education'),
    ...p.education.flatMap((e) => [para([run(e.degree.toUpperCase(), { b: true }), run(`  |  ${e.school}, ${e.place}`)], { after: 0 }), para(`${d(e.start, 'Month YYYY')} – ${d(e.end, 'Month YYYY')}`, { i: true, color: '595959', after: 60 })]),
    h('Certifications'), ...p.certs.map((c) => para(c, { bullet: true, after: 0 })),
    h('Languages'), para(p.languages.join('  •  ')),
    ...(p.breaks ?? []).flatMap((b) => [h('Career Note'), para(`${d(b.start, 'Month YYYY')} – ${d(b.end, 'Month YYYY')}: ${b.text}`)]),
    h('References'), para(p.referees.length ? p.referees.map((r) => `${r.name}, ${r.title}, ${r.org} — ${r.phone}`).join('\n') : 'Available on request.'),
  ], { margin: 1000, title: `${p.name} résumé` });
}

/** Word "Ion" résumé template: large coloured name, small-caps teal headings with rule. */
function ion(p: Person): Document {
  const T = '1C7C80';
  const h = (t: string) => para(t.toUpperCase(), { b: true, color: T, size: 22, before: 240, after: 80, border: T });
  return doc('Calibri', 21, [
    para(p.name.toUpperCase(), { size: 56, color: T, after: 0 }),
    para(p.title, { size: 24, color: '404040', after: 60 }),
    para(`${p.address.join(' · ')}  ·  ${p.phoneLocal}  ·  ${p.email}`, { size: 18, color: '595959', after: 100 }),
    para(p.summary, { after: 60 }),
    h('Experience'),
    ...rev(p).flatMap((j) => [para([run(j.role, { b: true, size: 22 }), run(`  |  ${j.company}  |  ${j.place}`, { size: 22 })], { before: 100, after: 0 }), para(rng(j, 'Mon YYYY', 'Present', ' – ').toUpperCase(), { size: 18, color: T, after: 20 }), ...j.points.map((x) => para(x, { bullet: true, after: 0 }))]),
    h('Education'),
    ...p.education.map((e) => para([run(`${e.degree}  |  ${e.school}, ${e.place}  `, { b: true }), run(`${d(e.start, 'YYYY')} – ${d(e.end, 'YYYY')}`, { color: T })])),
    h('Skills'),
    ...sk(p).map((s) => para(s, { bullet: true, after: 0 })),
    h('Tickets & Certificates'),
    ...p.certs.map((c) => para(c, { bullet: true, after: 0 })),
    h('Languages'), para(p.languages.join(', ')),
    h('Reference'), ...p.referees.map((r) => para(`${r.name}, ${r.title}, ${r.org}. Tel ${r.phone}. ${r.email}`)),
  ], { margin: 1080, title: `${p.name} CV`, footer: new Footer({ children: [para(`${p.name} — CV — ${p.phoneLocal}`, { size: 16, color: '7F7F7F', align: AlignmentType.RIGHT })] }) });
}

/** 个人简历网 (gerenjianli) 表格式个人简历：带照片格的 Word 表格. */
function gerenjianli(p: Person): Document {
  const W = 9638; const L = 1100, V = 1650, P = W - 3 * L - 3 * V; // photo column
  const lb = (t: string) => cell(t, { w: L, fill: 'DEEAF6', align: AlignmentType.CENTER, v: true });
  const v = (t: string, span = 1) => cell(t, { w: V, span, v: true });
  const sec = (t: string) => trow([cell(t, { span: 7, fill: 'BDD7EE', b: true, align: AlignmentType.CENTER })]);
  const full = (ps: Paragraph[]) => trow([cell(ps, { span: 7 })]);
  const photo = cell([new Paragraph({ alignment: AlignmentType.CENTER, children: [img(p, 78, 104)] })], { rows: 4, w: P, v: true });
  const z = p.zh!;
  return doc(FONT_ZH, 21, [
    para('个 人 简 历', { b: true, size: 40, align: AlignmentType.CENTER, after: 160, font: '黑体' }),
    table([L, V, L, V, L, V, P], [
      trow([lb('姓　名'), v(p.name), lb('性　别'), v(sex(p)), lb('出生年月'), v(dob(p, 'YYYY.MM')), photo]),
      trow([lb('民　族'), v(z['民族']), lb('籍　贯'), v(z['籍贯']), lb('婚姻状况'), v(z['婚姻'])]),
      trow([lb('学　历'), v(z['学历']), lb('政治面貌'), v(z['政治面貌']), lb('身　高'), v(z['身高'] ?? '')]),
      trow([lb('联系电话'), cell(p.phoneLocal, { span: 2, v: true }), cell('电子邮箱', { fill: 'DEEAF6', align: AlignmentType.CENTER, v: true }), v(p.email, 2)]),
      trow([lb('现住址'), v(p.address.join(''), 3), lb('求职意向'), v(z['求职意向'], 2)]),
      sec('教 育 背 景'),
      full(p.education.map((e) => para(`${rng(e, 'YYYY.MM', '', '—')}　　${e.school}　　${e.degree}`, { after: 20 }))),
      sec('工 作 经 历'),
      full(rev(p).flatMap((j) => [para(`${rng(j, 'YYYY.MM', '至今', '—')}　　${j.company}　　${j.role}`, { b: true, before: 60, after: 0 }), ...j.points.map((x) => para(`　　${x}`, { after: 0 }))])),
      ...(p.breaks?.length ? [full(p.breaks.map((b) => para(`${b.start.replace('-', '.')}—${b.end.replace('-', '.')}　　${b.text}（职业空档）`, { i: true })))] : []),
      sec('技 能 特 长'),
      full(sk(p).map((s, i) => para(`${i + 1}. ${s}`, { after: 0 }))),
      sec('证 书 / 语 言'),
      full([para(`证书：${p.certs.join('；')}`, { after: 0 }), para(`语言：${p.languages.join('；')}`)]),
      sec('自 我 评 价'),
      full([para(p.summary)]),
    ]),
  ], { margin: 1134, title: '个人简历' });
}

/** 千图网 Word 简历模板: 左侧色块栏 (照片、基本信息、技能) + 右侧正文, 用无边框表格排版. */
function qiantu(p: Person): Document {
  const C = '2E5C8A'; const LW = 3300, RW = 6338;
  const lh = (t: string) => para(t, { b: true, color: 'FFFFFF', size: 24, before: 200, after: 60, border: 'FFFFFF' });
  const lt = (t: string) => para(t, { color: 'FFFFFF', size: 19, after: 20 });
  const rh = (t: string) => para(t, { b: true, color: C, size: 26, before: 200, after: 80, border: C });
  const left = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 200, after: 120 }, children: [img(p, 104, 138)] }),
    para(p.name, { b: true, size: 40, color: 'FFFFFF', align: AlignmentType.CENTER, after: 40 }),
    para(`求职意向：${p.zh!['求职意向']}`, { size: 19, color: 'FFFFFF', align: AlignmentType.CENTER, after: 80 }),
    lh('基本信息'), lt(`出生年月：${dob(p, 'YYYY.MM')}`), lt(`籍　　贯：${p.zh!['籍贯']}`), lt(`学　　历：${p.zh!['学历']}`), lt(`政治面貌：${p.zh!['政治面貌']}`),
    lh('联系方式'), lt(`电话：${p.phoneLocal}`), lt(`邮箱：${p.email}`), lt(`地址：${p.address.join('')}`),
    lh('专业技能'), ...sk(p).map((s) => lt(`◆ ${s}`)),
    lh('证书'), ...p.certs.map((c) => lt(c)),
    lh('语言'), ...p.languages.map((c) => lt(c)),
  ];
  const right = [
    rh('教育背景'), ...p.education.flatMap((e) => [para([run(`${rng(e, 'YYYY.MM', '', ' - ')}　　`, { color: '7F7F7F' }), run(e.school, { b: true })], { after: 0 }), para(e.degree, { after: 60 })]),
    rh('工作经历'), ...rev(p).flatMap((j) => [para([run(`${rng(j, 'YYYY.MM', '至今', ' - ')}　　`, { color: '7F7F7F' }), run(j.company, { b: true })], { before: 60, after: 0 }), para(`职位：${j.role}`, { after: 0 }), ...j.points.map((x) => para(x, { bullet: true, after: 0 }))]),
    rh('自我评价'), para(p.summary),
  ];
  return doc(FONT_ZH, 20, [table([LW, RW], [trow([cell(left, { w: LW, fill: C, noBorder: true }), cell(right, { w: RW, noBorder: true })])], true)], { margin: 700, title: '简历' });
}

/** Word "Creative résumé, designed by MOO": two-column table (left: objective/skills/contact, right: experience/education). */
function moo(p: Person): Document {
  const A = p.id === 'p14' ? 'C0504D' : '4F6228'; const LW = 3400, RW = 6238;
  const h = (t: string) => para(t, { b: true, color: A, size: 26, before: 160, after: 60, caps: true });
  const left = [
    h('Objective 求职目标'), para(p.summary, { size: 19 }),
    h('Skills 技能'), ...sk(p).map((s) => para(s, { size: 19, after: 20 })),
    h('Languages'), ...p.languages.map((s) => para(s, { size: 19, after: 20 })),
    h('Certifications'), ...p.certs.map((s) => para(s, { size: 19, after: 20 })),
  ];
  const right = [
    h('Experience 工作经历'), ...rev(p).flatMap((j) => [para([run(j.role, { b: true }), run(` · ${j.company}`)], { before: 80, after: 0 }), para(`${rng(j, 'MM/YYYY', 'Present', ' – ')} · ${j.place}`, { color: '7F7F7F', size: 18, after: 20 }), ...j.points.map((x) => para(x, { size: 19, after: 20 }))]),
    h('Education 教育背景'), ...p.education.flatMap((e) => [para(e.degree, { b: true, after: 0 }), para(`${e.school} · ${d(e.start, 'YYYY')} – ${d(e.end, 'YYYY')}`, { color: '7F7F7F', size: 18, after: 60 })]),
    ...(p.breaks?.length ? [h('Career note'), ...p.breaks.map((b) => para(`${d(b.start, 'MM/YYYY')} – ${d(b.end, 'MM/YYYY')}: ${b.text}`, { size: 19 }))] : []),
    ...(p.referees.length ? [h('Referees'), ...p.referees.map((r) => para(`${r.name}, ${r.title}, ${r.org} · ${r.phone}`, { size: 19 }))] : []),
  ];
  const FONT = { ascii: 'Calibri Light', hAnsi: 'Calibri Light', eastAsia: '微软雅黑' };
  return new Document({
    creator: 'Microsoft Office User', title: 'Resume', styles: { default: { document: { run: { font: FONT, size: 20 } } } },
    sections: [{
      properties: A4(900),
      footers: { default: new Footer({ children: [table([9638 + 468], [trow([cell([para(`${p.address.join(', ')}   |   ${p.phoneIntl}   |   ${p.email}`, { size: 17, color: 'FFFFFF', align: AlignmentType.CENTER, after: 0 })], { fill: A, noBorder: true })])], true)] }) },
      children: [
        para(p.name, { size: 52, b: true, color: A, after: 0 }),
        para(`${p.altName}  ·  ${p.title}`, { size: 26, color: '595959', after: 160, border: A }),
        table([LW, RW + 468], [trow([cell(left, { w: LW, noBorder: true }), cell(right, { w: RW + 468, noBorder: true })])], true),
      ],
    }],
  });
}

// ================================================================ plain-text templates
/** Hacker News "Ask HN: Who wants to be hired?" comment, copied out as text. */
function hn(p: Person): string {
  const reloc = p.id === 'p07' ? 'Yes (EU)' : 'No';
  return [
    `Location: ${p.city}, ${p.country}`,
    `Remote: Yes${p.id === 'p04' ? ', hybrid in the GTA also fine' : ''}`,
    `Willing to relocate: ${reloc}`,
    `Technologies: ${sk(p).join(', ')}`,
    `Résumé/CV: below, PDF on request`,
    `Email: ${p.email}`,
    `Phone: ${p.phoneIntl}`,
    p.web ? `Portfolio: https://${p.web}` : '',
    '',
    `Hi HN, I'm ${p.name} — ${p.title.toLowerCase()}. ${p.summary}`,
    '',
    'Experience:',
    ...rev(p).flatMap((j) => [`  * ${j.company} — ${j.role} (${rng(j, 'Mon YYYY', 'present', ' to ')})`, ...j.points.map((x) => `      - ${x}`)]),
    ...(p.breaks ?? []).map((b) => `  * (${d(b.start, 'Mon YYYY')} to ${d(b.end, 'Mon YYYY')}: ${b.text})`),
    '',
    `Education: ${p.education.map((e) => `${e.degree}, ${e.school} (${d(e.end, 'YYYY')})`).join('; ')}`,
    `Languages: ${p.languages.join(', ')}`,
    `Certs: ${p.certs.join(', ')}`,
    '',
    'Looking for: small product-minded teams; happy to do a take-home or a paid trial week.',
    '',
  ].filter((l, i, a) => !(l === '' && a[i - 1] === '')).join('\n');
}

/** macOS TextEdit plain-text CV: caps headings, tab-aligned dates. */
function textedit(p: Person): string {
  const L = [p.name.toUpperCase(), p.title, `${p.address.join(', ')}`, `${p.phoneLocal}  |  ${p.email}`, '', 'PROFILE', p.summary, '', 'EMPLOYMENT'];
  for (const j of rev(p)) { L.push(`${rng(j, 'Mon YYYY', 'present', ' – ')}\t${j.role}, ${j.company}, ${j.place}`); for (const x of j.points) L.push(`\t\t- ${x}`); }
  L.push('', 'EDUCATION');
  for (const e of [...p.education].reverse()) L.push(`${d(e.start, 'Mon YYYY')} – ${d(e.end, 'Mon YYYY')}\t${e.degree}, ${e.school}`);
  L.push('', 'SKILLS', ...sk(p).map((s) => `\t• ${s}`), '', 'LANGUAGES', `\t${p.languages.join(', ')}`, '', 'CERTIFICATES', ...p.certs.map((c) => `\t• ${c}`), '', 'REFEREES');
  for (const r of p.referees) L.push(`\t${r.name}, ${r.title}, ${r.org}. ${r.phone}. ${r.email}`);
  return L.join('\n') + '\n';
}

/** Excel 员工简历表 saved as "Unicode 文本 (*.txt)" (tab-separated, CRLF). */
function exceltsv(p: Person): string {
  const z = p.zh!;
  const R: string[][] = [
    ['应聘人员简历表', '', '', '', '', ''],
    ['姓名', p.name, '性别', sex(p), '出生日期', p.dob.replace(/-/g, '/')],
    ['籍贯', z['籍贯'], '民族', z['民族'], '政治面貌', z['政治面貌']],
    ['学历', z['学历'], '婚姻状况', z['婚姻'], '身高', z['身高'] ?? ''],
    ['手机', p.phoneLocal, '邮箱', p.email, '现居住地', p.address.join('')],
    ['应聘岗位', z['求职意向'], '期望薪资', z['期望薪资'], '到岗时间', z['到岗']],
    ['', '', '', '', '', ''],
    ['教育经历', '', '', '', '', ''],
    ['起始时间', '结束时间', '学校', '专业及学历', '', ''],
    ...p.education.map((e) => [d(e.start, 'YYYY/MM'), d(e.end, 'YYYY/MM'), e.school, e.degree, '', '']),
    ['', '', '', '', '', ''],
    ['工作经历', '', '', '', '', ''],
    ['起始时间', '结束时间', '工作单位', '职务', '离职原因', '主要工作内容'],
    ...rev(p).map((j) => [d(j.start, 'YYYY/MM'), d(j.end, 'YYYY/MM', '至今'), j.company, j.role, reason(p, j, true), `"${j.points.join('\n')}"`]),
    ['', '', '', '', '', ''],
    ['专业技能', sk(p).join('、'), '', '', '', ''],
    ['资格证书', p.certs.join('、'), '', '', '', ''],
    ['外语水平', p.languages.join('、'), '', '', '', ''],
    ['自我评价', p.summary, '', '', '', ''],
    ['本人承诺以上信息真实有效。', '', '', '签名：', '', '日期：2026/10/20'],
  ];
  return R.map((r) => r.join('\t')).join('\r\n') + '\r\n';
}

/** 智通人才网 "复制简历文本" 纯文本. */
function zhitong(p: Person): string {
  const z = p.zh!;
  const L = [
    `${p.name}　${sex(p)}　${age(p)}岁　${z['学历']}　${z['籍贯']}`,
    `手机：${p.phoneLocal}　　邮箱：${p.email}`,
    `现居住地：${p.address.join('')}`,
    '',
    '【求职意向】',
    `期望职位：${z['求职意向']}　　期望地区：南宁　　期望薪资：${z['期望薪资']}　　到岗时间：${z['到岗']}`,
    '',
    '【工作经历】',
  ];
  for (const j of rev(p)) { L.push(`${rng(j, 'YYYY.MM', '至今', ' - ')}　　${j.company}　　${j.role}`); for (const x of j.points) L.push(`　　${x}`); L.push(''); }
  L.push('【教育经历】', ...p.education.map((e) => `${rng(e, 'YYYY.MM', '', ' - ')}　　${e.school}　　${e.degree}`), '', '【专业技能】', ...sk(p).map((s) => `· ${s}`), '', '【证书】', p.certs.join('；'), '', '【语言能力】', p.languages.join('；'), '', '【自我评价】', p.summary, '', '—— 简历来自智通人才网 ——');
  return L.join('\n') + '\n';
}

/** Windows 记事本 (Notepad) bilingual CV with full-width brackets and CRLF. */
function notepad(p: Person): string {
  const L = [
    `${p.name}（${p.altName}）`,
    p.title,
    `手机 Mobile：${p.phoneLocal}　　Email：${p.email}`,
    `地址 Address：${p.address.join('')}`,
    '',
    '【个人简介 Summary】',
    p.summary,
    '',
    '【工作经历 Work Experience】',
  ];
  for (const j of rev(p)) { L.push(`${rng(j, 'YYYY.MM', '至今 Present', ' ~ ')}　${j.company}　｜　${j.role}`); for (const x of j.points) L.push(`  - ${x}`); }
  L.push('', '【教育背景 Education】', ...p.education.map((e) => `${rng(e, 'YYYY.MM', '', ' ~ ')}　${e.school}　${e.degree}`), '', '【技能 Skills】', sk(p).join(' / '), '', '【语言 Languages】', p.languages.join('；'), '', '【证书 Certificates】', p.certs.join('；'), '');
  return '\ufeff' + L.join('\r\n') + '\r\n';
}

// ================================================================ the set
type Layout = 'single' | 'twocol' | 'table';
type Spec = { id: string; layout: Layout; template: string } & ({ kind: 'html'; f: (p: Person) => string } | { kind: 'docx'; f: (p: Person) => Document } | { kind: 'txt'; f: (p: Person) => string });
const H = (id: string, layout: Layout, template: string, f: (p: Person) => string): Spec => ({ id, layout, template, kind: 'html', f });
const D = (id: string, layout: Layout, template: string, f: (p: Person) => Document): Spec => ({ id, layout, template, kind: 'docx', f });
const X = (id: string, layout: Layout, template: string, f: (p: Person) => string): Spec => ({ id, layout, template, kind: 'txt', f });
export const SPECS: Spec[] = [
  D('p01', 'table', 'zimpsc', zimpsc), H('p01', 'single', 'classicthesis', classicthesis), H('p01', 'twocol', 'visme', visme),
  H('p02', 'single', 'r4ri', r4ri), H('p02', 'twocol', 'researchgate', researchgate), H('p02', 'table', 'jobvite', jobvite), X('p02', 'single', 'textedit', textedit),
  H('p03', 'single', 'chef', chef), H('p03', 'twocol', 'culinaryagents', culinaryagents), H('p03', 'table', 'harri', harri), D('p03', 'single', 'banded', banded),
  D('p04', 'single', 'banded', banded), H('p04', 'twocol', 'resumonk', resumonk), X('p04', 'single', 'hn', hn),
  D('p05', 'table', 'eswatini', eswatini), H('p05', 'twocol', 'visme', visme), H('p05', 'single', 'classicthesis', classicthesis),
  D('p06', 'single', 'ion', ion), H('p06', 'twocol', 'resumonk', resumonk), H('p06', 'table', 'jobvite', jobvite),
  H('p07', 'twocol', 'readcv', readcv), H('p07', 'table', 'professionhu', professionhu), X('p07', 'single', 'hn', hn),
  D('p08', 'table', 'gerenjianli', gerenjianli), H('p08', 'table', 'zhuobo', zhuobo), H('p08', 'twocol', 'tuguaishou', tuguaishou),
  D('p09', 'twocol', 'qiantu', qiantu), H('p09', 'single', 'shimo', shimo), H('p09', 'twocol', 'lansheji', lansheji), X('p09', 'table', 'exceltsv', exceltsv),
  D('p10', 'table', 'gerenjianli', gerenjianli), H('p10', 'twocol', 'tuguaishou', tuguaishou), H('p10', 'single', 'shimo', shimo),
  D('p11', 'twocol', 'qiantu', qiantu), H('p11', 'table', 'kingdee', kingdee), H('p11', 'table', 'buildhr', buildhr), X('p11', 'table', 'exceltsv', exceltsv),
  H('p12', 'twocol', 'tuguaishou', tuguaishou), H('p12', 'table', 'fanwei', fanwei), X('p12', 'single', 'zhitong', zhitong),
  H('p13', 'twocol', 'confluence', confluence), H('p13', 'single', 'gdocs', gdocs), H('p13', 'table', 'ashby', ashby), X('p13', 'single', 'notepad', notepad),
  H('p14', 'single', 'gdocs', gdocs), H('p14', 'table', 'avature', avature), D('p14', 'twocol', 'moo', moo),
  H('p15', 'twocol', 'confluence', confluence), H('p15', 'table', 'avature', avature), X('p15', 'single', 'notepad', notepad),
  H('p16', 'single', 'gdocs', gdocs), H('p16', 'table', 'ashby', ashby), D('p16', 'twocol', 'moo', moo),
];

async function main(): Promise<void> {
  const force = process.argv.includes('--force');
  if (existsSync(path.join(HERE, 'manifest.json')) && !force) {
    console.error('heldout-35: manifest.json exists — refusing to regenerate (pass --force).');
    process.exit(1);
  }
  rmSync(DOCS, { recursive: true, force: true });
  mkdirSync(DOCS, { recursive: true });
  const byId = new Map(people.map((p) => [p.id, p]));
  const htmls: [string, string][] = [];
  const docsTruth: { file: string; person: string; template: string; layout: string; producer: string; language: string }[] = [];
  const L = (l: Layout) => (l === 'twocol' ? 'two-column' : l);
  for (const s of SPECS) {
    const p = byId.get(s.id)!;
    const base = `${s.id}-${s.layout}-${s.template}`;
    const t = { person: s.id, template: s.template, layout: L(s.layout), language: p.language };
    if (s.kind === 'html') { htmls.push([`${base}.pdf`, s.f(p)]); docsTruth.push({ file: `${base}.pdf`, ...t, producer: 'chromium' }); }
    else if (s.kind === 'txt') { writeFileSync(path.join(DOCS, `${base}.txt`), s.f(p), 'utf8'); docsTruth.push({ file: `${base}.txt`, ...t, producer: 'txt' }); }
    else {
      writeFileSync(path.join(DOCS, `${base}.docx`), await Packer.toBuffer(s.f(p)));
      docsTruth.push({ file: `${base}.docx`, ...t, producer: 'docx' }, { file: `${base}.pdf`, ...t, producer: 'libreoffice' });
    }
  }
  await printHtml(DOCS, htmls);
  exportDocxToPdf(DOCS);
  const files = docsTruth.map((x) => x.file).sort();
  const present = new Set(readdirSync(DOCS));
  const missing = files.filter((f) => !present.has(f));
  if (missing.length) throw new Error(`missing outputs: ${missing.join(', ')}`);
  const extra = [...present].filter((f) => !files.includes(f));
  if (extra.length) throw new Error(`unexpected files: ${extra.join(', ')}`);
  const truth = {
    referenceDate: REF,
    people: people.map((p) => ({
      id: p.id, language: p.language, name: p.name, email: p.email, phone: p.phone,
      skills: p.skills.map((s) => [s.print, ...(s.alt ?? [])].join(' | ')),
      work: p.jobs.map((j) => ({ company: j.company, start: j.start, end: j.end })),
      yearsOfExperience: yearsWorked(p.jobs, REF),
    })),
    documents: docsTruth.sort((a, b) => a.file.localeCompare(b.file)),
  };
  writeFileSync(path.join(HERE, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  writeFileSync(path.join(HERE, 'manifest.json'), JSON.stringify(manifestOf(DOCS, files), null, 2) + '\n');
  const count: Record<string, number> = {};
  for (const x of docsTruth) count[`${x.layout}/${x.producer}/${x.language}`] = (count[`${x.layout}/${x.producer}/${x.language}`] ?? 0) + 1;
  console.log(`heldout-35: ${docsTruth.length} documents`);
  console.log(count);
}

await main();
