/**
 * heldout-48 generator: writes documents/, truth.json and manifest.json.
 * Run from packages/cv:  npx tsx eval/heldout-48/generate.ts [--force]
 * Focus: work history in tables and forms (about 30 table, 20 single, 12 two-column documents).
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import {
  AlignmentType, BorderStyle, Document, Footer, Header, HeightRule, HorizontalPositionRelativeFrom, ImageRun, Packer,
  PageNumber, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TabStopType, TextRun,
  TextWrappingType, VerticalAlign, VerticalPositionRelativeFrom, WidthType,
} from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people, byId, type Job, type Person } from './people.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DOCS = path.join(HERE, 'documents');
const REF = '2026-12';

// ---------------------------------------------------------------- dates
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const Y = (d: string) => d.slice(0, 4);
const M = (d: string) => Number(d.slice(5, 7));
const MM = (d: string) => d.slice(5, 7);
type DS = 'Mon YYYY' | 'Month YYYY' | 'MM/YYYY' | 'MM/YY' | 'YYYY.MM' | 'YYYY年M月' | 'YYYY-MM' | 'YYYY/MM' | 'MON YYYY' | 'M/YYYY';
function fd(d: string, s: DS): string {
  switch (s) {
    case 'Mon YYYY': return `${MON[M(d) - 1]} ${Y(d)}`;
    case 'MON YYYY': return `${MON[M(d) - 1].toUpperCase()} ${Y(d)}`;
    case 'Month YYYY': return `${MONTH[M(d) - 1]} ${Y(d)}`;
    case 'MM/YYYY': return `${MM(d)}/${Y(d)}`;
    case 'M/YYYY': return `${M(d)}/${Y(d)}`;
    case 'MM/YY': return `${MM(d)}/${Y(d).slice(2)}`;
    case 'YYYY.MM': return `${Y(d)}.${MM(d)}`;
    case 'YYYY年M月': return `${Y(d)}年${M(d)}月`;
    case 'YYYY-MM': return d;
    case 'YYYY/MM': return `${Y(d)}/${MM(d)}`;
  }
}
const fe = (d: string | null, s: DS, now: string) => (d ? fd(d, s) : now);
const idx = (s: string) => Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7)) - 1;
function months(j: { start: string; end: string | null }) { return idx(j.end ?? REF) - idx(j.start) + 1; }
function durEn(n: number, long = false) {
  const y = Math.floor(n / 12), m = n % 12;
  const ys = long ? (y === 1 ? 'year' : 'years') : (y === 1 ? 'yr' : 'yrs');
  const ms = long ? (m === 1 ? 'month' : 'months') : (m === 1 ? 'mo' : 'mos');
  return [y ? `${y} ${ys}` : '', m ? `${m} ${ms}` : ''].filter(Boolean).join(' ') || `0 ${ms}`;
}
function durZh(n: number) { const y = Math.floor(n / 12), m = n % 12; return `${y ? `${y}年` : ''}${m ? `${m}个月` : ''}`; }
const firstDay = (d: string) => `01/${MM(d)}/${Y(d)}`;
function lastDay(d: string) { const n = new Date(Number(Y(d)), M(d), 0).getDate(); return `${String(n).padStart(2, '0')}/${MM(d)}/${Y(d)}`; }

// ---------------------------------------------------------------- small helpers
const e = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const sk = (p: Person) => p.skills.map((s) => s.split(' | ')[0]);
const rev = <T,>(a: T[]) => [...a].reverse();
const cur = (p: Person) => p.work[p.work.length - 1];
function groups(p: Person) { // consecutive roles at one employer
  const out: { company: string; jobs: Job[] }[] = [];
  for (const j of p.work) {
    const last = out[out.length - 1];
    if (last && last.company === j.company) last.jobs.push(j); else out.push({ company: j.company, jobs: [j] });
  }
  return out;
}
const ageAt = (born: string) => (born ? 2026 - Number(born.slice(0, 4)) - (Number(born.slice(5, 7)) > 12 ? 1 : 0) : 0);

// ---------------------------------------------------------------- photo (SVG for HTML, PNG for DOCX)
const PHOTO_SVG = (w = 90, h = 116) => `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 90 116"><rect width="90" height="116" fill="#dde3ea"/><circle cx="45" cy="44" r="19" fill="#8d99a8"/><path d="M10 116c2-27 16-44 35-44s33 17 35 44z" fill="#8d99a8"/></svg>`;
function crc32(buf: Buffer) {
  let c, crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) { c = (crc ^ buf[n]) & 0xff; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; crc = (crc >>> 8) ^ c; }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
/** A passport-style placeholder portrait (head and shoulders on grey), drawn pixel by pixel. */
function photoPng(w = 180, h = 232): Buffer {
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) {
    raw[y * (w * 3 + 1)] = 0;
    for (let x = 0; x < w; x++) {
      const u = (x / w) * 90, v = (y / h) * 116;
      const head = (u - 45) ** 2 + (v - 44) ** 2 < 19 ** 2;
      const body = v > 72 && ((u - 45) / 36) ** 2 + ((v - 116) / 44) ** 2 < 1;
      const [r, g, b] = head || body ? [141, 153, 168] : [221, 227, 234];
      const o = y * (w * 3 + 1) + 1 + x * 3; raw[o] = r; raw[o + 1] = g; raw[o + 2] = b;
    }
  }
  const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(w, 0); ihdr.writeUInt32BE(h, 4); ihdr[8] = 8; ihdr[9] = 2; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
const PHOTO = photoPng();

// ---------------------------------------------------------------- docx helpers
const CJK = 'SimSun';
type RunOpt = { b?: boolean; i?: boolean; sz?: number; color?: string; font?: string; caps?: boolean; u?: boolean };
function r(text: string, o: RunOpt = {}) {
  return new TextRun({ text, bold: o.b, italics: o.i, size: o.sz, color: o.color, allCaps: o.caps, underline: o.u ? {} : undefined,
    font: o.font ? { ascii: o.font, hAnsi: o.font, eastAsia: o.font === 'Arial' || o.font === 'Calibri' || o.font === 'Times New Roman' || o.font === 'Cambria' || o.font === 'Georgia' ? CJK : o.font } : undefined });
}
type ParOpt = { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; after?: number; before?: number; tabs?: { type: (typeof TabStopType)[keyof typeof TabStopType]; position: number }[]; indent?: { left?: number; hanging?: number; firstLine?: number }; shade?: string; keep?: boolean; bullet?: boolean; borderBottom?: string; line?: number };
function par(children: (TextRun | ImageRun)[] | string, o: ParOpt = {}) {
  return new Paragraph({
    children: typeof children === 'string' ? [r(children)] : children,
    alignment: o.align, spacing: { after: o.after ?? 40, before: o.before ?? 0, line: o.line }, tabStops: o.tabs, indent: o.indent,
    shading: o.shade ? { type: ShadingType.CLEAR, color: 'auto', fill: o.shade } : undefined, keepNext: o.keep,
    bullet: o.bullet ? { level: 0 } : undefined,
    border: o.borderBottom ? { bottom: { style: BorderStyle.SINGLE, size: 8, color: o.borderBottom, space: 2 } } : undefined,
  });
}
const B1 = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BNONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const ALLB = { top: B1, bottom: B1, left: B1, right: B1, insideHorizontal: B1, insideVertical: B1 };
const NOB = { top: BNONE, bottom: BNONE, left: BNONE, right: BNONE, insideHorizontal: BNONE, insideVertical: BNONE };
type CellOpt = { w?: number; span?: number; rows?: number; shade?: string; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; v?: 'top' | 'center'; b?: boolean; sz?: number; font?: string; borders?: unknown; i?: boolean };
/** A table cell from text (lines split on \n) or paragraphs. */
function cell(content: string | Paragraph[], o: CellOpt = {}) {
  const children = typeof content === 'string'
    ? content.split('\n').map((t) => par([r(t, { b: o.b, sz: o.sz, font: o.font, i: o.i })], { align: o.align, after: 0 }))
    : content;
  return new TableCell({
    children, columnSpan: o.span, rowSpan: o.rows, width: o.w ? { size: o.w, type: WidthType.DXA } : undefined,
    shading: o.shade ? { type: ShadingType.CLEAR, color: 'auto', fill: o.shade } : undefined,
    verticalAlign: o.v === 'top' ? VerticalAlign.TOP : VerticalAlign.CENTER,
    margins: { top: 50, bottom: 50, left: 90, right: 90 },
    borders: o.borders as never,
  });
}
function table(rows: TableRow[], widths: number[], borders: unknown = ALLB) {
  return new Table({ rows, columnWidths: widths, width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, layout: TableLayoutType.FIXED, borders: borders as never });
}
const row = (cells: TableCell[], o: { header?: boolean; cant?: boolean; h?: number } = {}) =>
  new TableRow({ children: cells, tableHeader: o.header, cantSplit: o.cant ?? true, height: o.h ? { value: o.h, rule: HeightRule.ATLEAST } : undefined });
const A4 = { page: { size: { width: 11906, height: 16838 }, margin: { top: 1000, bottom: 1000, left: 1000, right: 1000, header: 500, footer: 500 } } };
const pageFooter = (left: string, font = 'Arial') => new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [
  r(left, { sz: 15, color: '555555', font }), new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 15, color: '555555', font }),
] })] });
function photoRun(w = 90, h = 116, floating?: 'right') {
  return new ImageRun({ type: 'png', data: PHOTO, transformation: { width: w, height: h },
    floating: floating ? { horizontalPosition: { relative: HorizontalPositionRelativeFrom.MARGIN, align: 'right' as never }, verticalPosition: { relative: VerticalPositionRelativeFrom.PARAGRAPH, offset: 0 }, wrap: { type: TextWrappingType.SQUARE }, margins: { left: 114300 } } : undefined });
}
async function docxBuf(sections: ConstructorParameters<typeof Document>[0]['sections'], font = 'Arial', size = 20) {
  const doc = new Document({ creator: 'heldout-48', styles: { default: { document: { run: { font: { ascii: font, hAnsi: font, eastAsia: CJK }, size } } } }, sections });
  return Packer.toBuffer(doc);
}

// ---------------------------------------------------------------- html helpers
const HTML = (css: string, body: string, lang = 'en') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>
*{box-sizing:border-box} body{margin:0;font-family:'Liberation Sans',Arial,'WenQuanYi Zen Hei',sans-serif;font-size:10pt;color:#222;-webkit-print-color-adjust:exact;print-color-adjust:exact}
${css}</style></head><body>${body}</body></html>`;

// ================================================================= CHROMIUM TEMPLATES
/** fdh-biodata — Hong Kong employment agency's foreign-domestic-helper bio-data: agency letterhead, photo, particulars,
 *  Working Experience table (Period | Duration | Country | Employer | Duties | Reason of leaving, newest first), skills tick grid. */
function fdhBiodata(p: Person) {
  const css = `.lh{display:flex;justify-content:space-between;border-bottom:3px double #7a1f1f;padding-bottom:4px;margin-bottom:6px}
.lh b{font-size:14pt;color:#7a1f1f}.lh small{font-size:8pt;color:#444;text-align:right}
h1{font-size:15pt;text-align:center;letter-spacing:4px;margin:4px 0 2px}.ref{text-align:center;font-size:8.5pt;margin-bottom:6px}
table{border-collapse:collapse;width:100%;margin-bottom:7px}td,th{border:1px solid #555;padding:3px 5px;font-size:8.8pt;vertical-align:top}
th{background:#f1e4d3;text-align:left}.l{background:#faf5ee;width:17%;font-weight:bold}.sec{background:#7a1f1f;color:#fff;font-weight:bold;font-size:9.5pt}
.c{text-align:center}.ph{width:102px;text-align:center;vertical-align:middle}.tick{text-align:center;font-size:11pt}`;
  const w = rev(p.work);
  const rows = w.map((j) => `<tr><td style="white-space:nowrap">${fd(j.start, 'MM/YYYY')} – ${fe(j.end, 'MM/YYYY', 'present')}</td><td>${durEn(months(j))}</td>
<td>${e(j.town.split(', ').slice(-1)[0])}</td><td><b>${e(j.company)}</b><br>${e(j.town.split(', ')[0])}</td><td>${e(j.title)}: ${j.duties.map(e).join('; ')}</td><td>${e(j.leave ?? '')}</td></tr>`).join('');
  const skills = sk(p).map((s, i) => `<tr><td>${e(s)}</td><td class="tick">✔</td><td class="tick">✔</td><td>${['5 years, grandmother', '3 years, twins from 2 months', 'daily for employer', 'daily', 'daily', 'poodle, 6 years', 'wet market twice a week'][i] ?? ''}</td></tr>`).join('');
  const body = `<div class="lh"><div><b>Golden Harvest Employment Agency Ltd.</b><br><span style="font-size:8.5pt">Licence No. 58214 · Room 1207, Nathan Centre, 580 Nathan Road, Mong Kok, Kowloon</span></div>
<small>Tel: ${p.extra.agencyHK} · WhatsApp 5137 0482<br>Manila partner: Pag-asa Manpower Services (${p.extra.agencyPH})</small></div>
<h1>BIO-DATA</h1><div class="ref">Ref. No. GH-P-24117 · Type: Finished contract (local) · Available: March 2027</div>
<table><tr><td class="sec" colspan="5">PERSONAL INFORMATION</td></tr>
<tr><td class="l">Name</td><td colspan="3"><b>${e(p.name)}</b></td><td class="ph" rowspan="6">${PHOTO_SVG(92, 118)}</td></tr>
<tr><td class="l">Date of birth</td><td>02 Nov 1988 (age 38)</td><td class="l">Place of birth</td><td>Tarlac, Philippines</td></tr>
<tr><td class="l">Height / Weight</td><td>154 cm / 52 kg</td><td class="l">Religion</td><td>Roman Catholic</td></tr>
<tr><td class="l">Civil status</td><td>Married, 1 child (16)</td><td class="l">Education</td><td>High school; 2-yr vocational course</td></tr>
<tr><td class="l">HK mobile</td><td>${e(p.phoneLocal)}</td><td class="l">E-mail</td><td>${e(p.email)}</td></tr>
<tr><td class="l">Family in PH</td><td colspan="3">Husband, ${e(p.extra.phHome)} (not for interview)</td></tr></table>
<table><tr><td class="sec" colspan="6">WORKING EXPERIENCE (latest first)</td></tr>
<tr><th style="width:15%">Period</th><th style="width:11%">Duration</th><th style="width:10%">Country</th><th style="width:20%">Employer</th><th>Duties</th><th style="width:15%">Reason of leaving</th></tr>${rows}</table>
<table><tr><td class="sec" colspan="4">SKILLS</td></tr><tr><th>Skill</th><th class="c" style="width:12%">Experience</th><th class="c" style="width:12%">Willing</th><th>Remarks</th></tr>${skills}</table>
<table><tr><td class="sec" colspan="4">LANGUAGES &amp; CERTIFICATES</td></tr><tr><td class="l">Languages</td><td>${p.languages.map(e).join(' · ')}</td><td class="l">Certificates</td><td>${p.certs.map(e).join('; ')}</td></tr></table>
<table><tr><td class="sec">AGENCY COMMENTS</td></tr><tr><td>Gentle and patient with elderly; can do transfers and insulin reminders. Prefers family with elderly or baby. Day off: Sunday. Interview by video possible via agency.</td></tr></table>`;
  return HTML(css, body);
}

/** nanny-agency — NZ nanny agency registration form: childcare-experience grid with children's ages, live-in/out and a
 *  reference contact per position; skills as a list in a box; office-use strip. */
function nannyAgency(p: Person) {
  const css = `h1{font-size:17pt;margin:0;color:#1d5c4d}.top{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:2px solid #1d5c4d;padding-bottom:4px}
.top small{font-size:8pt;text-align:right;color:#333}h2{font-size:10pt;background:#e3efe9;padding:3px 6px;margin:10px 0 4px;color:#1d5c4d}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #9bb5ab;padding:3px 5px;font-size:8.6pt;vertical-align:top}th{background:#f2f7f4;text-align:left;font-size:8pt}
.lab{font-size:7.5pt;color:#555;display:block}.box{border:1px solid #9bb5ab;padding:5px 8px;font-size:9pt}.office{margin-top:10px;border:1px dashed #777;padding:5px;font-size:8pt;color:#444}
ul{margin:0;padding-left:16px;columns:2}li{font-size:9pt}`;
  const w = rev(p.work);
  const rows = w.map((j) => `<tr><td style="white-space:nowrap">${fd(j.start, 'MM/YY')} – ${fe(j.end, 'MM/YY', 'current')}</td><td><b>${e(j.company)}</b><br>${e(j.town)}</td><td>${e(j.title)}</td>
<td>${j.company.includes('Family') ? (j.company.startsWith('Brandt') ? '1, 4, 7' : '3, 5') : 'centre (0–2 yrs)'}</td><td>${j.company.startsWith('Brandt') ? 'Live-in, 30 h' : j.company.includes('Family') ? 'Live-out, 15 h' : 'Centre, 40 h'}</td>
<td>${j.duties.map(e).join('; ')}</td><td>${j.referee ? `${e(j.referee)}<br>${e(j.refPhone ?? '')}` : ''}</td></tr>`).join('');
  const body = `<div class="top"><div><h1>Kōwhai Nannies &amp; Au Pairs</h1><div style="font-size:9pt">Nanny Registration Form — please complete all sections</div></div>
<small>Level 2, 101 Cuba Street, Wellington 6011<br>Office 04 801 7735 · hello@kowhainannies.example.nz</small></div>
<h2>1. Your details</h2><table><tr><td style="width:50%"><span class="lab">Full name</span><b>${e(p.name)}</b></td><td><span class="lab">Date of birth</span>30/08/1996</td></tr>
<tr><td><span class="lab">Mobile</span>${e(p.phoneLocal)}</td><td><span class="lab">Email</span>${e(p.email)}</td></tr>
<tr><td><span class="lab">Home address</span>${e(p.address)}</td><td><span class="lab">Work rights</span>NZ citizen</td></tr>
<tr><td><span class="lab">Position sought</span>Live-out nanny, 0–5 years, 30–40 h/week</td><td><span class="lab">Available from</span>February 2027</td></tr></table>
<h2>2. Childcare experience (most recent first — include centres and au pair positions)</h2>
<table><tr><th style="width:11%">Dates (from – to)</th><th style="width:17%">Family / centre</th><th style="width:11%">Role</th><th style="width:8%">Children's ages</th><th style="width:10%">Live-in / out, hours</th><th>Main duties</th><th style="width:16%">Reference (name, phone)</th></tr>${rows}</table>
<h2>3. Skills you can offer</h2><div class="box"><ul>${sk(p).map((s) => `<li>${e(s)}</li>`).join('')}</ul></div>
<h2>4. Qualifications, first aid, licence</h2><table><tr><td style="width:50%"><span class="lab">Qualifications</span>${p.edu.map((x) => `${e(x.degree)}, ${e(x.school)} (${Y(x.end)})`).join('<br>')}</td><td><span class="lab">Certificates &amp; checks</span>${p.certs.map(e).join('<br>')}</td></tr>
<tr><td><span class="lab">Languages</span>${p.languages.map(e).join(', ')}</td><td><span class="lab">Smoker / pets OK</span>Non-smoker · happy with pets</td></tr></table>
<div class="office">OFFICE USE ONLY — Interviewed by: Hana Reti (consultant, 027 554 1820) · ID sighted ☑ · Police vet ☑ · References checked ☐ · Registered: ____/____/2026</div>`;
  return HTML(css, body);
}

/** esl-agency — China ESL recruitment agency's teacher profile (printed web form): every answer in a box with its label
 *  above it; one block of boxes per teaching/work position, newest first. */
function eslAgency(p: Person) {
  const css = `.bar{background:#b3261e;color:#fff;padding:6px 10px;display:flex;justify-content:space-between;align-items:center}.bar b{font-size:13pt}
h2{font-size:10pt;color:#b3261e;border-bottom:1px solid #b3261e;margin:10px 0 5px;padding-bottom:2px}
.g{display:grid;grid-template-columns:repeat(4,1fr);gap:4px;margin-bottom:4px}.f{border:1px solid #c9c9c9;border-radius:3px;padding:2px 5px;min-height:30px;break-inside:avoid}
.f i{display:block;font-style:normal;font-size:7pt;color:#777;text-transform:uppercase;letter-spacing:.3px}.f span{font-size:9pt}.w2{grid-column:span 2}.w4{grid-column:span 4}
.job{border-left:3px solid #b3261e;padding-left:6px;margin-bottom:8px;break-inside:avoid}.job h3{margin:0 0 3px;font-size:9pt;color:#555}
.ph{grid-row:span 2;display:flex;align-items:center;justify-content:center}.foot{font-size:7.5pt;color:#777;margin-top:8px;border-top:1px solid #ddd;padding-top:3px}`;
  const f = (l: string, v: string, c = '') => `<div class="f ${c}"><i>${l}</i><span>${v}</span></div>`;
  const jobs = rev(p.work).map((j, i) => `<div class="job"><h3>Position ${i + 1}${i === 0 ? ' (current / most recent)' : ''}</h3><div class="g">
${f('School / company', `<b>${e(j.company)}</b>`, 'w2')}${f('City, country', e(j.town + (j.town === 'Edinburgh' ? ', UK' : ', China')))}${f('Job title', e(j.title))}
${f('Start date (MM/YYYY)', fd(j.start, 'MM/YYYY'))}${f('End date (MM/YYYY)', fe(j.end, 'MM/YYYY', 'Current'))}${f('Full-time / part-time', 'Full-time')}${f('Students’ ages', j.company.startsWith('Sunrise') ? '4–10' : j.company.startsWith('Chengdu') ? '9–10' : j.company.startsWith('Panda') ? '16–30' : '—')}
${f('Main duties', j.duties.map(e).join('; '), 'w2')}${f('Reference contact', j.referee ? `${e(j.referee)}, ${e(j.refPhone ?? '')}` : '—', 'w2')}</div></div>`).join('');
  const body = `<div class="bar"><b>BambooTeach Recruitment · Teacher Profile</b><span style="font-size:8pt">Candidate ID BT-2026-03381 · printed 18/11/2026</span></div>
<h2>Personal information</h2><div class="g">${f('Full name (as in passport)', `<b>${e(p.name)}</b>`, 'w2')}${f('Nationality', 'British')}<div class="f ph">${PHOTO_SVG(46, 60)}</div>
${f('Date of birth', '09/04/1991')}${f('Passport no.', '5xxxxxx12 (hidden)')}${f('Current location', 'Chengdu, China')}
${f('Mobile (China)', e(p.phoneLocal))}${f('Email', e(p.email), 'w2')}${f('WeChat ID', 'callum_teaches')}
${f('UK mobile (WhatsApp)', e(p.extra.uk))}${f('Visa status', 'Z visa + work permit (valid to 06/2027)')}${f('Highest degree', 'MA (Hons), University of Stirling')}${f('Teaching certificate', 'CELTA, 120-h TEFL')}</div>
<h2>Teaching &amp; work experience (most recent first)</h2>${jobs}
<h2>Skills</h2><div class="g">${sk(p).map((s) => f('Skill', e(s))).join('')}</div>
<h2>Languages &amp; preferences</h2><div class="g">${f('Languages', p.languages.map(e).join(', '), 'w2')}${f('Preferred city', 'Chengdu / Chongqing')}${f('Expected salary', 'RMB 28,000+/month')}</div>
<div class="foot">Recruiter: Coco Wang · +86 150 2816 4479 · coco.wang@bambooteach.example.cn — Profile shared with the candidate’s consent.</div>`;
  return HTML(css, body);
}

/** zh-rirekisho — 日资企业要求的「中文版履历书」: JIS 履歴書 layout translated: 拼音 row over 姓名, photo cell, then one
 *  年 | 月 | 学历・职历 grid where each job has an 入职 row and a 离职 row (promotions as their own row), "现在在职", "以上". */
function rirekisho(p: Person) {
  const bi = p.lang === 'mixed';
  const css = `body{font-family:'WenQuanYi Zen Hei','Liberation Serif',serif;font-size:9.5pt}
.hd{display:flex;justify-content:space-between;align-items:flex-end}.hd h1{font-size:20pt;letter-spacing:12px;margin:0}.hd span{font-size:9pt}
table{border-collapse:collapse;width:100%}td{border:1px solid #333;padding:3px 6px;height:22px;vertical-align:middle}
.outer td{border-width:1px}.small{font-size:7.5pt;color:#444}.nm{font-size:17pt;letter-spacing:6px}
.y{width:13%;text-align:center}.m{width:7%;text-align:center}.hc{text-align:center;font-size:8.5pt;background:#f6f6f6}.ctr{text-align:center}.end{text-align:right;padding-right:30px}
.ph{width:110px;text-align:center;border:1px dashed #666 !important}.gap{height:8px}`;
  const pinyin = p.id === 'p08' ? 'Shào Yǔtóng' : 'Lí Jiāmǐn';
  const ev: [string, string, string][] = [];
  for (const ed of p.edu) { ev.push([Y(ed.start), String(M(ed.start)), `${ed.school}　${ed.degree.split(' ')[0]}专业 入学`]); ev.push([Y(ed.end), String(M(ed.end)), `${ed.school}　毕业`]); }
  const jobs: [string, string, string][] = [];
  p.work.forEach((j, i) => {
    const prev = p.work[i - 1];
    const t = bi ? `${j.title}（${j.titleEn}）` : j.title;
    if (prev && prev.company === j.company) jobs.push([Y(j.start), String(M(j.start)), `${j.company}　晋升为${t}`]);
    else jobs.push([Y(j.start), String(M(j.start)), `${j.company}　入职（${t}）`]);
    const next = p.work[i + 1];
    if (j.end && !(next && next.company === j.company)) jobs.push([Y(j.end), String(M(j.end)), `${j.company}　因${(j.leave ?? '个人原因').replace(/^因/, '')}离职`]);
  });
  const line = (a: string, b: string, c: string, cls = '') => `<tr><td class="y">${a}</td><td class="m">${b}</td><td class="${cls}">${c}</td></tr>`;
  const grid = [line('', '', '学　历', 'ctr'), ...ev.map(([a, b, c]) => line(a, b, e(c))), line('', '', '职　历', 'ctr'),
    ...jobs.map(([a, b, c]) => line(a, b, e(c))), line('', '', '现在在职', ''), line('', '', '以上', 'end'), line('', '', '')].join('');
  const lic = p.certs.map((c, i) => line(['2012', '2018', '2021'][i] ?? '2020', ['12', '6', '3'][i] ?? '1', e(c))).join('');
  const body = `<div class="hd"><h1>履 历 书</h1><span>2026 年 11 月 20 日现在</span></div>
<table class="outer" style="margin-top:4px"><tr><td style="width:14%" class="small">拼　音</td><td colspan="2" class="small">${pinyin}${bi ? `　/　英文名 ${e(p.nameEn ?? '')}` : ''}</td><td class="ph" rowspan="4">${PHOTO_SVG(92, 118)}<div class="small">（贴照片处 3×4cm）</div></td></tr>
<tr><td class="small">姓　名</td><td colspan="2" class="nm">${e(p.name)}</td></tr>
<tr><td class="small">出生日期</td><td>${Y(p.born)}年${M(p.born)}月${Number(p.born.slice(8))}日生（满 ${ageAt(p.born)} 岁）</td><td style="width:16%">性别　女</td></tr>
<tr><td class="small">现 住 址</td><td colspan="2">${e(p.address)}</td></tr>
<tr><td class="small">手　机</td><td>${e(p.phoneLocal)}</td><td colspan="2">E-mail：${e(p.email)}</td></tr>
<tr><td class="small">联 系 地</td><td colspan="3">同上（家庭电话 ${e(p.extra.home ?? '020-8752 3341')}）</td></tr></table>
<div class="gap"></div><table><tr><td class="y hc">年</td><td class="m hc">月</td><td class="hc">学历・职历（分别汇总填写）</td></tr>${grid}</table>
<div class="gap"></div><table><tr><td class="y hc">年</td><td class="m hc">月</td><td class="hc">资格・证书</td></tr>${lic}</table>
<div class="gap"></div><table><tr><td style="width:20%" class="hc">专业技能・特长</td><td>${sk(p).map(e).join('、')}</td></tr>
<tr><td class="hc">语言</td><td>${p.languages.map(e).join('；')}</td></tr>
<tr><td class="hc">志愿动机</td><td style="height:44px">希望发挥在日资企业${p.id === 'p08' ? '采购与供应商管理' : '化工产品销售'}方面的经验，与贵公司共同成长。</td></tr>
<tr><td class="hc">本人希望记入栏</td><td>${p.id === 'p08' ? '希望工作地点：沈阳或大连。' : '希望工作地点：广州、佛山。'}通勤时间约 40 分钟。</td></tr></table>`;
  return HTML(css, body, 'zh');
}

/** et-print — 简历 kept in Excel / WPS 表格 and printed: gridlines, merged title row, 基本信息 cells, then a 工作经历 block with
 *  序号 | 开始年月 | 结束年月 | 公司名称 | 部门 | 职位 | 离职原因 | 证明人及电话 (oldest first), page footer "第 1 页，共 1 页". */
function etPrint(p: Person) {
  const bi = p.lang === 'mixed';
  const css = `@page{size:A4}body{font-family:'Liberation Sans','WenQuanYi Zen Hei',sans-serif;font-size:9.5pt}
table{border-collapse:collapse;width:100%;table-layout:fixed}td{border:1px solid #bfbfbf;padding:2px 4px;height:21px;overflow:hidden;overflow-wrap:break-word}td small{font-size:7pt;color:#444}
.t{font-size:16pt;font-weight:bold;text-align:center;height:36px;border:none}.h{background:#ddebf7;font-weight:bold}.s{background:#fff2cc;font-weight:bold;text-align:left}
.c{text-align:center}.n{text-align:right}.foot{text-align:center;font-size:8pt;margin-top:10px;color:#333}.hdr{font-size:8pt;color:#666;text-align:right;margin-bottom:2px}`;
  const L = (zh: string, en: string) => (bi ? `${zh}<br><small>${en}</small>` : zh);
  const dept: Record<string, string> = { p10: '数据部', p13: '人事行政部', p15: '技术部' };
  const rows = p.work.map((j, i) => `<tr><td class="c">${i + 1}</td><td class="c">${fd(j.start, 'YYYY/MM')}</td><td class="c">${fe(j.end, 'YYYY/MM', '至今')}</td><td colspan="3">${e(j.company)}</td>
<td>${i === 0 && p.id === 'p15' ? '—' : dept[p.id] ?? ''}</td><td colspan="2">${e(bi ? `${j.title} ${j.titleEn}` : j.title)}</td><td colspan="2">${e(j.leave ?? (j.end ? '' : '在职'))}</td><td colspan="2">${e(j.referee ?? '')}${j.refPhone ? ` ${e(j.refPhone)}` : ''}</td></tr>`).join('');
  const cols = '<colgroup>' + Array.from({ length: 14 }, (_, i) => `<col style="width:${[4.5, 8, 8, 8.5, 8.5, 8.5, 8, 7, 7, 6.5, 6.5, 6.5, 6.5, 6.5][i]}%">`).join('') + '</colgroup>';
  const ed = p.edu[0];
  const body = `<div class="hdr">${e(p.name)}-简历.xlsx　Sheet1</div><table>${cols}
<tr><td class="t" colspan="14">个 人 简 历${bi ? '　RESUME' : ''}</td></tr>
<tr><td class="h" colspan="2">${L('姓名', 'Name')}</td><td colspan="3"><b>${e(p.name)}</b>${bi ? `（${e(p.nameEn ?? '')}）` : ''}</td><td class="h" colspan="2">${L('性别', 'Gender')}</td><td colspan="2">${p.id === 'p13' ? '女' : '男'}</td><td class="h" colspan="2">${L('出生年月', 'DOB')}</td><td colspan="3">${p.born.slice(0, 7).replace('-', '/')}</td></tr>
<tr><td class="h" colspan="2">${L('手机', 'Mobile')}</td><td colspan="3">${e(p.phoneLocal)}</td><td class="h" colspan="2">${L('邮箱', 'E-mail')}</td><td colspan="7">${e(p.email)}</td></tr>
<tr><td class="h" colspan="2">${L('现居住地', 'Address')}</td><td colspan="12">${e(p.address)}</td></tr>
<tr><td class="h" colspan="2">${L('最高学历', 'Education')}</td><td colspan="5">${e(ed.school)} ${e(ed.degree)}</td><td class="h" colspan="2">${L('毕业时间', 'Graduated')}</td><td colspan="5">${fd(ed.end, 'YYYY/MM')}</td></tr>
<tr><td class="h" colspan="2">${L('求职意向', 'Position')}</td><td colspan="5">${p.id === 'p10' ? '数据分析经理 / 数据产品负责人' : p.id === 'p13' ? '人力资源总监 HR Director' : '项目经理 Project Manager'}</td><td class="h" colspan="2">${L('期望薪资', 'Salary')}</td><td colspan="5">${p.id === 'p10' ? '40-45K×15' : p.id === 'p13' ? '面议' : '35K×14'}</td></tr>
<tr><td class="s" colspan="14">${L('工作经历', 'Work Experience')}</td></tr>
<tr><td class="h c">序号</td><td class="h c">${L('开始年月', 'From')}</td><td class="h c">${L('结束年月', 'To')}</td><td class="h" colspan="3">${L('公司名称', 'Company')}</td><td class="h">${L('部门', 'Dept.')}</td><td class="h" colspan="2">${L('职位', 'Position')}</td><td class="h" colspan="2">${L('离职原因', 'Reason for leaving')}</td><td class="h" colspan="2">${L('证明人及电话', 'Referee')}</td></tr>${rows}
<tr><td class="s" colspan="14">${L('教育经历', 'Education')}</td></tr>
${p.edu.map((x, i) => `<tr><td class="c">${i + 1}</td><td class="c">${fd(x.start, 'YYYY/MM')}</td><td class="c">${fd(x.end, 'YYYY/MM')}</td><td colspan="5">${e(x.school)}</td><td colspan="6">${e(x.degree)}</td></tr>`).join('')}
<tr><td class="s" colspan="14">${L('专业技能', 'Skills')}</td></tr><tr><td colspan="14" style="height:auto">${sk(p).map(e).join('；')}</td></tr>
<tr><td class="h" colspan="2">${L('语言', 'Languages')}</td><td colspan="5">${p.languages.map(e).join('；')}</td><td class="h" colspan="2">${L('证书', 'Certificates')}</td><td colspan="5">${p.certs.map(e).join('；')}</td></tr>
<tr><td class="h" colspan="2">${L('自我评价', 'Summary')}</td><td colspan="12" style="height:auto">${e(p.summary)}</td></tr></table>
<div class="foot">第 1 页，共 1 页</div>`;
  return HTML(css, body, 'zh');
}

/** sanfen — 公司 应聘人员面试登记表 (filled at reception): 基本情况 grid, then 工作经历 laid out sideways — one COLUMN per job
 *  (从最近一份填起), rows 公司名称 / 所在城市 / 职位 / 入职时间 / 离职时间 / 离职前月薪 / 离职原因 / 证明人及电话; 本人声明 + 签名. */
function sanfen(p: Person) {
  const css = `body{font-family:'WenQuanYi Zen Hei',sans-serif;font-size:9pt}h1{text-align:center;font-size:16pt;letter-spacing:3px;margin:0 0 2px}
.no{display:flex;justify-content:space-between;font-size:8.5pt;margin-bottom:4px}table{border-collapse:collapse;width:100%;margin-bottom:6px;table-layout:fixed}
td{border:1px solid #000;padding:3px 4px;vertical-align:middle;word-break:break-all}.l{background:#efefef;text-align:center}.sec{font-weight:bold;background:#d9d9d9;text-align:left}
.hand{font-family:'WenQuanYi Zen Hei';color:#1a2f8a}`;
  const jobs = rev(p.work);
  const nums = ['最近一份', '前一份', '再前一份', '更早'];
  const sal: Record<string, string[]> = { p12: ['22,000', '16,000', '9,500', '4,200'], p16: ['SGD 14,500', 'SGD 11,000', '¥24,000', '¥4,000（实习）'] };
  const rowOf = (label: string, f: (j: Job, i: number) => string) => `<tr><td class="l">${label}</td>${jobs.map((j, i) => `<td class="hand">${f(j, i)}</td>`).join('')}</tr>`;
  const body = `<h1>应聘人员面试登记表</h1><div class="no"><span>应聘岗位：${p.id === 'p12' ? '财务经理' : '后端架构师'}</span><span>填表日期：2026 年 11 月 24 日</span><span>编号：HR-ZP-${p.id === 'p12' ? '0387' : '0412'}</span></div>
<table><col style="width:12%"><col style="width:21%"><col style="width:12%"><col style="width:21%"><col style="width:12%"><col style="width:22%">
<tr><td class="sec" colspan="6">一、基本情况</td></tr>
<tr><td class="l">姓　　名</td><td class="hand"><b>${e(p.name)}</b>${p.nameEn ? `（${e(p.nameEn)}）` : ''}</td><td class="l">性　　别</td><td class="hand">${p.id === 'p12' ? '女' : '男'}</td><td class="l">出生年月</td><td class="hand">${p.born.slice(0, 7).replace('-', '.')}</td></tr>
<tr><td class="l">手机号码</td><td class="hand">${e(p.phoneLocal)}${p.id === 'p16' ? '（新加坡）' : ''}</td><td class="l">电子邮箱</td><td class="hand" colspan="3">${e(p.email)}</td></tr>
<tr><td class="l">现住址</td><td class="hand" colspan="3">${e(p.address)}</td><td class="l">最快到岗</td><td class="hand">${p.id === 'p12' ? '一个月' : '两个月'}</td></tr>
<tr><td class="l">紧急联系人</td><td class="hand">${p.id === 'p12' ? '付建国（父）' : '罗明（父）'}</td><td class="l">联系电话</td><td class="hand">${p.id === 'p12' ? '139 5718 2240' : e(p.extra.cn)}</td><td class="l">期望月薪</td><td class="hand">${p.id === 'p12' ? '25,000' : '¥55,000'}</td></tr>
<tr><td class="l">最高学历</td><td class="hand" colspan="3">${e(p.edu[0].school)}　${e(p.edu[0].degree)}　${fd(p.edu[0].end, 'YYYY.MM')} 毕业</td><td class="l">职称/证书</td><td class="hand">${p.certs.map(e).join('、')}</td></tr></table>
<table><col style="width:12%">${jobs.map(() => `<col style="width:${88 / jobs.length}%">`).join('')}
<tr><td class="sec" colspan="${jobs.length + 1}">二、工作经历（请从最近一份填起，含实习）</td></tr>
<tr><td class="l"></td>${jobs.map((_, i) => `<td class="l">${nums[i]}</td>`).join('')}</tr>
${rowOf('公司名称', (j) => e(j.company))}${rowOf('所在城市', (j) => e(j.town))}${rowOf('职　　位', (j) => e(p.lang === 'mixed' ? `${j.title} ${j.titleEn}` : j.title))}
${rowOf('入职时间', (j) => `${Y(j.start)} 年 ${M(j.start)} 月`)}${rowOf('离职时间', (j) => (j.end ? `${Y(j.end)} 年 ${M(j.end)} 月` : '在职'))}
${rowOf('离职前月薪', (_, i) => sal[p.id][i] ?? '')}${rowOf('离职原因', (j) => e(j.leave ?? (p.id === 'p16' && !j.end ? '想回国发展' : j.end ? '个人发展' : '寻求新机会')))}
${rowOf('证明人及电话', (j) => (j.referee ? `${e(j.referee)} ${e(j.refPhone ?? '')}` : p.id === 'p16' ? (j.end ? 'HR 部门' : '暂不方便') : '暂不方便'))}</table>
<table><col style="width:12%"><col><tr><td class="sec" colspan="2">三、技能与语言</td></tr>
<tr><td class="l">专业技能</td><td class="hand">${sk(p).map(e).join('、')}</td></tr><tr><td class="l">语言能力</td><td class="hand">${p.languages.map(e).join('；')}</td></tr></table>
<table><tr><td class="sec">四、本人声明</td></tr><tr><td style="height:54px">本人保证以上所填内容真实有效，如有虚假，公司可随时解除劳动关系。<br><br><span style="margin-left:55%">本人签名：<span class="hand" style="font-size:12pt">${e(p.name)}</span></span></td></tr></table>
<table><tr><td class="l" style="width:12%">面试官意见</td><td style="height:40px"></td><td class="l" style="width:12%">人事部意见</td><td></td></tr></table>`;
  return HTML(css, body, 'zh');
}

/** ie-teachcv — Irish post-primary teacher's CV: Teaching Council number under the name, address block right, schools with
 *  roll numbers, "Sept 2021 – present" right-aligned, subjects/levels lines, referees with phone numbers. */
function ieTeachCv(p: Person) {
  const roll: Record<string, string> = { "St Ciarán's Secondary School": '62370J', 'Coláiste Bríde Naofa': '65114R', 'Ardmore Valley Community School': '91456V' };
  const ieMon = (d: string) => (M(d) === 9 ? 'Sept' : MON[M(d) - 1]) + ' ' + Y(d);
  const css = `body{font-family:'Liberation Serif',Georgia,serif;font-size:10.5pt}.hd{display:flex;justify-content:space-between;border-bottom:1.5px solid #2f4f3f;padding-bottom:6px}
h1{font-size:22pt;margin:0;color:#2f4f3f;font-weight:normal}.tc{font-size:9.5pt;color:#444;margin-top:2px}.ad{text-align:right;font-size:9.5pt;line-height:1.35}
h2{font-size:11pt;color:#2f4f3f;text-transform:uppercase;letter-spacing:1.5px;margin:12px 0 4px}.e{margin-bottom:7px}.e .a{display:flex;justify-content:space-between}.e .a b{font-size:10.5pt}
.e .s{font-style:italic}.e ul{margin:2px 0 0;padding-left:18px}ul.sk{columns:2;margin:0;padding-left:18px}.refs{display:flex;gap:30px;font-size:9.5pt}`;
  const teaching = rev(groups(p)).filter((g) => roll[g.company]);
  const body = `<div class="hd"><div><h1>${e(p.name)}</h1><div class="tc">Teaching Council Reg. No. 094417 · Mathematics &amp; Chemistry (Post-primary)</div></div>
<div class="ad">${e(p.address).replace(', Tramore', ',<br>Tramore').replace(', Waterford X91', ',<br>Waterford X91')}<br>Mobile: ${e(p.phoneLocal)}<br>${e(p.email)}</div></div>
<h2>Profile</h2><div>${e(p.summary)} Experienced in Higher Level Leaving Certificate Mathematics and in leading Junior Cycle reform in a DEIS community school.</div>
<h2>Teaching Experience</h2>${teaching.map((g) => rev(g.jobs).map((j, k) => `<div class="e"><div class="a"><b>${k === 0 ? `${e(g.company)}, ${e(j.town)} <span style="font-weight:normal;font-size:9pt">(Roll No. ${roll[g.company]})</span>` : ''}</b><span></span></div>
<div class="a"><span class="s">${e(j.title)}</span><span>${ieMon(j.start)} – ${j.end ? ieMon(j.end) : 'present'}</span></div><ul>${j.duties.map((d) => `<li>${e(d)}</li>`).join('')}</ul></div>`).join('')).join('')}
<h2>Other Employment</h2>${p.work.filter((j) => !roll[j.company]).map((j) => `<div class="e"><div class="a"><b>${e(j.company)}, ${e(j.town)}</b><span>${ieMon(j.start)} – ${ieMon(j.end!)}</span></div><div class="s">${e(j.title)}</div></div>`).join('')}
<h2>Education</h2>${rev(p.edu).map((x) => `<div class="e"><div class="a"><b>${e(x.degree)}</b><span>${Y(x.start)} – ${Y(x.end)}</span></div><div>${e(x.school)}</div></div>`).join('')}
<h2>Skills</h2><ul class="sk">${sk(p).map((s) => `<li>${e(s)}</li>`).join('')}</ul>
<h2>Languages &amp; Registration</h2><div>${p.languages.map(e).join(' · ')}</div><div>${p.certs.map(e).join(' · ')}</div>
<h2>Referees</h2><div class="refs"><div><b>Mr Colm Breathnach</b><br>Principal, Ardmore Valley Community School<br>Tel. 051 872 305</div><div><b>Ms Gráinne Tobin</b><br>Deputy Principal, Coláiste Bríde Naofa<br>Tel. 052 612 4490</div></div>`;
  return HTML(css, body);
}

/** in-empanel — Indian government engineer's bio-data for empanelment as Independent Engineer / Arbitrator: total experience
 *  "as on" a date, experience as lettered lines "(a) Oct 2019 – till date : Post, Office, Station" (newest first). */
function inEmpanel(p: Person) {
  const total = p.work.reduce((a, j) => a + months(j), 0);
  const css = `body{font-family:'Liberation Serif','Times New Roman',serif;font-size:11pt;line-height:1.35}h1{text-align:center;font-size:13pt;text-decoration:underline;margin:0 0 2px}
.sub{text-align:center;font-size:10pt;margin-bottom:10px}.kv{display:grid;grid-template-columns:36% 4% 60%;row-gap:2px}h2{font-size:11pt;text-decoration:underline;margin:12px 0 4px}
.xp{display:grid;grid-template-columns:7% 32% 61%;row-gap:6px}.sign{margin-top:22px;display:flex;justify-content:space-between}`;
  const L = 'abcdefgh';
  const body = `<h1>BIO-DATA</h1><div class="sub">for empanelment as Independent Engineer / Arbitrator (Building Works)</div>
<div class="kv"><span>1. Name</span><span>:</span><b>${e(p.name)}</b><span>2. Father’s name</span><span>:</span><span>${e(p.extra.fatherName)}</span>
<span>3. Date of birth</span><span>:</span><span>21.05.1984</span><span>4. Present post</span><span>:</span><span>${e(cur(p).title)}, ${e(cur(p).company)}, ${e(cur(p).town)}</span>
<span>5. Address for correspondence</span><span>:</span><span>${e(p.address)}</span><span>6. Mobile</span><span>:</span><span>+91 ${e(p.phoneLocal)}</span>
<span>7. Office telephone</span><span>:</span><span>${e(p.extra.office)}</span><span>8. E-mail</span><span>:</span><span>${e(p.email)}</span>
<span>9. Total experience (as on 01.12.2026)</span><span>:</span><span>${durEn(total, true)}</span></div>
<h2>10. Educational qualifications</h2>${p.edu.map((x) => `<div>• ${e(x.degree)}, ${e(x.school)}, ${Y(x.end)}</div>`).join('')}
<h2>11. Details of experience (latest first)</h2><div class="xp">${rev(p.work).map((j, i) => `<span>(${L[i]})</span><span>${fd(j.start, 'Mon YYYY')} – ${fe(j.end, 'Mon YYYY', 'till date')}</span><span><b>${e(j.title)}</b>, ${e(j.company)}, ${e(j.town)}. ${j.duties.map(e).join('. ')}.</span>`).join('')}</div>
<h2>12. Areas of expertise</h2><div>${sk(p).map((s, i) => `(${['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii'][i]}) ${e(s)}`).join('&nbsp;&nbsp; ')}</div>
<h2>13. Professional membership / certification</h2><div>${p.certs.map(e).join('; ')}</div>
<h2>14. Languages known</h2><div>${p.languages.map(e).join(', ')}</div>
<p>I hereby declare that the information furnished above is true to the best of my knowledge and belief.</p>
<div class="sign"><span>Place: Chennai<br>Date: 01.12.2026</span><span style="text-align:center">(${e(p.name)})</span></div>`;
  return HTML(css, body);
}

/** linkedin-builder — LinkedIn "Resume Builder" (2019–2022 feature) PDF: name + headline, one contact line, Summary,
 *  Experience as Title / Company / "Month YYYY - Present" lines, Education, Skills in three columns. */
function linkedinBuilder(p: Person) {
  const head: Record<string, string> = { p05: 'Senior IELTS Instructor | CELTA | 11 years teaching in China', p06: 'Supply Chain Manager | Procurement | Humanitarian & health logistics', p07: 'Cloud Infrastructure Lead | AWS GovCloud | Terraform | Secret clearance' };
  const css = `body{font-family:'Liberation Sans',Arial,sans-serif;font-size:10pt;color:#1f1f1f}h1{font-size:21pt;margin:0 0 2px;font-weight:600}.hl{font-size:11pt;color:#444}.ct{font-size:9pt;color:#555;margin:4px 0 10px}
h2{font-size:12pt;margin:14px 0 6px;font-weight:600;border-bottom:1px solid #d6d6d6;padding-bottom:3px}.j{margin-bottom:9px}.j .t{font-weight:600;font-size:10.5pt}.j .c{font-size:10pt}.j .d{font-size:9pt;color:#666}
.j ul{margin:3px 0 0;padding-left:16px}.sk{columns:3;margin:0;padding-left:16px}`;
  const body = `<h1>${e(p.name)}</h1><div class="hl">${e(head[p.id])}</div><div class="ct">${e(p.email)} · ${e(({ p05: '+86 138 8056 2217', p06: '+95 9 795 122 904' } as Record<string, string>)[p.id] ?? p.phoneLocal)} · ${e(p.town)}</div>
<h2>Summary</h2><div>${e(p.summary)}</div><h2>Experience</h2>${rev(p.work).map((j) => `<div class="j"><div class="t">${e(j.title)}</div><div class="c">${e(j.company)}</div><div class="d">${fd(j.start, 'Month YYYY')} - ${fe(j.end, 'Month YYYY', 'Present')} · ${e(j.town)}</div><ul>${j.duties.map((d) => `<li>${e(d)}</li>`).join('')}</ul></div>`).join('')}
<h2>Education</h2>${p.edu.map((x) => `<div class="j"><div class="t">${e(x.school)}</div><div class="c">${e(x.degree)}</div><div class="d">${Y(x.start)} - ${Y(x.end)}</div></div>`).join('')}
<h2>Skills</h2><ul class="sk">${sk(p).map((s) => `<li>${e(s)}</li>`).join('')}</ul>
<h2>Licenses &amp; certifications</h2><div>${p.certs.map(e).join(' · ')}</div><h2>Languages</h2><div>${p.languages.map(e).join(' · ')}</div>`;
  return HTML(css, body);
}

/** zh-prose — 叙述式个人简历 (as written for 医院/事务所 internal files): 基本情况 as one prose paragraph, 工作经历 as one
 *  sentence per role ("2012年8月至2016年12月，在……任……"), promotions written out, skills in a sentence. */
function zhProse(p: Person) {
  const css = `body{font-family:'WenQuanYi Zen Hei',serif;font-size:11pt;line-height:1.75}h1{text-align:center;font-size:18pt;letter-spacing:8px;margin:0 0 10px}
h2{font-size:12pt;margin:12px 0 4px;border-left:4px solid #444;padding-left:6px}p{margin:0 0 4px;text-indent:2em}.sig{text-align:right;margin-top:16px}`;
  const sentences = p.work.map((j, i) => {
    const prev = p.work[i - 1];
    const span = `${fd(j.start, 'YYYY年M月')}${j.end ? `至${fd(j.end, 'YYYY年M月')}` : '至今'}`;
    if (prev && prev.company === j.company) return `${span}，在${j.company}晋升为${j.title}${j.end ? '' : '，现任该职'}。${j.duties.join('；')}。`;
    return `${span}，在${j.company}（${j.town}）任${j.title}。${j.duties.join('；')}。`;
  });
  const gender = p.id === 'p09' ? '女' : '男';
  const body = `<h1>个人简历</h1><h2>基本情况</h2>
<p>${e(p.name)}，${gender}，${Y(p.born)}年${M(p.born)}月出生，${p.id === 'p09' ? '湖南株洲人，本科学历，主管护师' : '江苏无锡人，硕士研究生学历，专利代理师'}。现住${e(p.address)}。联系电话：${e(p.phoneLocal)}；电子邮箱：${e(p.email)}。</p>
<h2>学习经历</h2>${p.edu.map((x) => `<p>${fd(x.start, 'YYYY年M月')}至${fd(x.end, 'YYYY年M月')}，在${e(x.school)}学习，${e(x.degree)}。</p>`).join('')}
<h2>工作经历</h2>${sentences.map((s) => `<p>${e(s)}</p>`).join('')}
<h2>专业技能</h2><p>熟练掌握${sk(p).map(e).join('、')}等。</p>
<h2>资格证书与外语</h2><p>${p.certs.map(e).join('；')}。${p.languages.map(e).join('；')}。</p>
<div class="sig">本人：${e(p.name)}<br>2026年11月</div>`;
  return HTML(css, body, 'zh');
}

/** zh-bracket-dates — 一页纸简历 whose job lines start with the period in 【】: "【2023.05 — 至今】公司 ｜ 职位", name with 求职意向
 *  and a bar-separated contact line, headings as grey pills with an English word. */
function zhBracket(p: Person) {
  const bi = p.lang === 'mixed';
  const css = `body{font-family:'WenQuanYi Zen Hei',sans-serif;font-size:10pt;line-height:1.55}.nm{font-size:22pt;font-weight:bold;letter-spacing:2px}.nm small{font-size:11pt;font-weight:normal;color:#555;margin-left:10px}
.ct{color:#333;margin:2px 0 6px}.ct span+span:before{content:" | ";color:#aaa}h2{display:inline-block;background:#e9e9e9;border-radius:10px;padding:1px 12px;font-size:10.5pt;margin:12px 0 5px}
h2 i{font-style:normal;color:#888;font-size:8.5pt;margin-left:6px;letter-spacing:1px}.j{margin-bottom:6px}.j b{font-size:10.5pt}.j ol{margin:1px 0 0;padding-left:22px}`;
  const intent: Record<string, string> = { p12: '求职意向：财务经理 / 财务总监（杭州）', p13: '求职意向 Objective：人力资源总监 HR Director（青岛 / 烟台）' };
  const body = `<div class="nm">${e(p.name)}${bi ? `<small>${e(p.nameEn ?? '')}</small>` : ''}</div><div>${intent[p.id]}</div>
<div class="ct"><span>${e(p.phoneLocal)}</span><span>${e(p.email)}</span><span>${e(p.town)}</span><span>${Y(p.born)}.${MM(p.born)}</span></div>
<h2>工作经历<i>EXPERIENCE</i></h2>${rev(p.work).map((j) => `<div class="j"><b>【${fd(j.start, 'YYYY.MM')} — ${fe(j.end, 'YYYY.MM', '至今')}】${e(j.company)} ｜ ${e(bi ? `${j.title} ${j.titleEn}` : j.title)}</b><ol>${j.duties.map((d) => `<li>${e(d)}</li>`).join('')}</ol></div>`).join('')}
<h2>教育背景<i>EDUCATION</i></h2>${p.edu.map((x) => `<div>【${fd(x.start, 'YYYY.MM')} — ${fd(x.end, 'YYYY.MM')}】${e(x.school)} ｜ ${e(x.degree)}</div>`).join('')}
<h2>专业技能<i>SKILLS</i></h2><div>${sk(p).map(e).join('　/　')}</div>
<h2>证书语言<i>CERTIFICATES</i></h2><div>${[...p.certs, ...p.languages].map(e).join('；')}</div>
<h2>自我评价<i>PROFILE</i></h2><div>${e(p.summary)}</div>`;
  return HTML(css, body, 'zh');
}

/** svg-export — design-tool résumé downloaded as SVG and printed: the whole page is one <svg>, every line a positioned
 *  <text>; pastel left panel (contact, skills, certificates, languages, education), right panel experience. */
function svgExport(p: Person) {
  const W = 688, H = 990; // px ≈ 182 × 262 mm
  const t: string[] = [];
  const T = (x: number, y: number, s: string, o: { sz?: number; w?: string; c?: string; ls?: number; a?: string } = {}) =>
    t.push(`<text x="${x}" y="${y}" font-size="${o.sz ?? 11}" font-weight="${o.w ?? 'normal'}" fill="${o.c ?? '#3b3340'}"${o.ls ? ` letter-spacing="${o.ls}"` : ''}${o.a ? ` text-anchor="${o.a}"` : ''}>${e(s)}</text>`);
  const wrap = (s: string, n: number) => { const out: string[] = []; let l = ''; for (const w of s.split(' ')) { if ((l + ' ' + w).trim().length > n) { out.push(l); l = w; } else l = (l + ' ' + w).trim(); } if (l) out.push(l); return out; };
  T(250, 58, p.name.toUpperCase(), { sz: 34, w: 'bold', ls: 3, c: '#5a3d5c' });
  T(252, 84, 'NANNY  ·  EARLY CHILDHOOD EDUCATOR', { sz: 11, ls: 2.5, c: '#8a6f8c' });
  let y = 150;
  const lh = (title: string) => { T(22, y, title, { sz: 12, w: 'bold', ls: 2, c: '#5a3d5c' }); y += 20; };
  lh('CONTACT');
  for (const s of [`☎ ${p.phoneLocal}`, `✉ ${p.email}`, '⌂ Thorndon, Wellington']) { T(22, y, s, { sz: 10.5 }); y += 17; }
  y += 14; lh('SKILLS'); for (const s of sk(p)) { T(22, y, '• ' + s, { sz: 10.5 }); y += 17; }
  y += 14; lh('CERTIFICATES'); for (const s of p.certs) for (const l of wrap(s, 30)) { T(22, y, l, { sz: 10 }); y += 15; }
  y += 14; lh('LANGUAGES'); for (const s of p.languages) { T(22, y, s, { sz: 10.5 }); y += 17; }
  y += 14; lh('EDUCATION'); for (const x of p.edu) { for (const l of wrap(x.degree, 30)) { T(22, y, l, { sz: 10 }); y += 15; } T(22, y, `${x.school}, ${Y(x.end)}`, { sz: 10, c: '#6b5e6e' }); y += 17; }
  y = 150; T(250, y, 'PROFILE', { sz: 12, w: 'bold', ls: 2, c: '#5a3d5c' }); y += 20;
  for (const l of wrap(p.summary + ' Calm, creative and organised, with a clean driving record and a love of outdoor play.', 72)) { T(250, y, l, { sz: 10.5 }); y += 16; }
  y += 18; T(250, y, 'EXPERIENCE', { sz: 12, w: 'bold', ls: 2, c: '#5a3d5c' }); y += 24;
  for (const j of rev(p.work)) {
    T(250, y, `${fd(j.start, 'MON YYYY')} — ${fe(j.end, 'MON YYYY', 'PRESENT')}`, { sz: 9.5, ls: 1.5, c: '#8a6f8c' }); y += 17;
    T(250, y, j.title, { sz: 12, w: 'bold' }); y += 16;
    T(250, y, `${j.company} · ${j.town}`, { sz: 10.5, c: '#6b5e6e' }); y += 17;
    for (const d of j.duties) for (const [k, l] of wrap(d, 68).entries()) { T(k ? 268 : 258, y, (k ? '' : '• ') + l, { sz: 10.5 }); y += 15; }
    y += 14;
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="Liberation Sans, DejaVu Sans, sans-serif">
<rect x="0" y="0" width="225" height="${H}" fill="#f3e9f1"/><circle cx="112" cy="62" r="44" fill="#d9c3d6"/><text x="112" y="75" font-size="34" fill="#5a3d5c" text-anchor="middle" font-weight="bold">EW</text>
<line x1="250" y1="100" x2="${W - 10}" y2="100" stroke="#d9c3d6" stroke-width="2"/>${t.join('')}</svg>`;
  return HTML('body{margin:0}', svg);
}

/** particulars-rail — South/South-East Asian CV-builder design: main column left (company in caps, title, a date pill right),
 *  a right rail "Personal Particulars" (father's name / NRC / civil status …) with labelled contact lines (flexbox). */
function particularsRail(p: Person) {
  const parts: Record<string, [string, string][]> = {
    p02: [['Date of birth', '02 Nov 1988'], ['Nationality', 'Filipino'], ['Civil status', 'Married'], ['Religion', 'Roman Catholic'], ['Height / weight', '154 cm / 52 kg'], ['Passport', 'P48xxxxxB (valid 2031)']],
    p03: [['Father’s name', p.extra.fatherName ?? ''], ['Date of birth', '21 May 1984'], ['Nationality', 'Indian'], ['Marital status', 'Married'], ['Religion', 'Hindu'], ['Passport', 'Z45xxxxx (official)']],
    p06: [['NRC No.', p.extra.nrc ?? ''], ['Date of birth', '17 Sep 1990'], ['Nationality', 'Myanmar'], ['Race / Religion', 'Bamar / Buddhist'], ['Marital status', 'Single'], ['Home phone', p.extra.home ?? '']],
  };
  const title: Record<string, string> = { p02: 'Caregiver · Domestic Helper', p03: 'Superintending Engineer (Civil)', p06: 'Supply Chain & Procurement Manager' };
  const css = `.wrap{display:flex;gap:16px}.main{flex:1}.rail{width:34%;background:#eef3f8;padding:12px 12px;border-top:5px solid #24507a}
h1{font-size:22pt;margin:0;color:#24507a}.tt{font-size:11pt;color:#555;margin-bottom:10px}h2{font-size:10.5pt;color:#24507a;text-transform:uppercase;letter-spacing:1px;border-bottom:1px solid #b9c9da;margin:12px 0 6px;padding-bottom:2px}
.j{margin-bottom:9px}.j .r{display:flex;justify-content:space-between;align-items:center}.co{font-weight:bold;text-transform:uppercase;font-size:9.5pt;letter-spacing:.5px}
.pill{background:#24507a;color:#fff;border-radius:9px;padding:1px 8px;font-size:8pt;white-space:nowrap}.ti{font-style:italic}.j ul{margin:2px 0 0;padding-left:16px}
.kv{font-size:9pt;margin-bottom:4px}.kv i{display:block;font-style:normal;color:#667;font-size:7.5pt;text-transform:uppercase}.rail ul{padding-left:16px;margin:0}`;
  const body = `<div class="wrap"><div class="main"><h1>${e(p.name)}</h1><div class="tt">${title[p.id]}</div>
<h2>Career Objective</h2><div>${e(p.summary)}</div>
<h2>Work Experience</h2>${rev(p.work).map((j) => `<div class="j"><div class="r"><span class="co">${e(j.company)}</span><span class="pill">${fd(j.start, 'Mon YYYY')} – ${fe(j.end, 'Mon YYYY', 'Present')}</span></div><div class="ti">${e(j.title)}, ${e(j.town)}</div><ul>${j.duties.map((d) => `<li>${e(d)}</li>`).join('')}</ul></div>`).join('')}
<h2>Education</h2>${p.edu.map((x) => `<div class="j"><b>${e(x.degree)}</b><br>${e(x.school)} · ${Y(x.start)}–${Y(x.end)}</div>`).join('')}</div>
<div class="rail"><h2 style="margin-top:0">Contact</h2><div class="kv"><i>Phone</i>${e(p.id === 'p03' ? `+91 ${p.phoneLocal}` : p.id === 'p02' ? `+852 ${p.phoneLocal}` : p.phoneLocal)}</div><div class="kv"><i>Email</i>${e(p.email)}</div><div class="kv"><i>Address</i>${e(p.address)}</div>
<h2>Personal Particulars</h2>${parts[p.id].map(([k, v]) => `<div class="kv"><i>${e(k)}</i>${e(v)}</div>`).join('')}
<h2>Skills</h2><ul>${sk(p).map((s) => `<li>${e(s)}</li>`).join('')}</ul><h2>Languages</h2><ul>${p.languages.map((s) => `<li>${e(s)}</li>`).join('')}</ul>
<h2>Certificates</h2><ul>${p.certs.map((s) => `<li>${e(s)}</li>`).join('')}</ul></div></div>`;
  return HTML(css, body);
}

/** zh-qrcode — 国内简历模板网站的双栏模板: 顶部姓名 + 求职意向 + 在职状态徽章 + 照片; 左窄栏 基本信息/技能标签/证书/语言, 底部
 *  "扫码查看在线简历" 二维码; 右栏 工作经历: 公司 左、"2019.07 - 2022.02" 右, 职位 下一行 (CSS grid). */
function zhQrcode(p: Person) {
  const intent: Record<string, string> = { p08: '采购经理 / 供应链经理 ｜ 沈阳 ｜ 25-30K', p09: '护理组长 / 专科护士 ｜ 株洲、长沙 ｜ 面议', p12: '财务经理 ｜ 杭州 ｜ 20-25K' };
  let seed = p.id.charCodeAt(2) * 7919;
  const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const q: string[] = [];
  for (let y = 0; y < 21; y++) for (let x = 0; x < 21; x++) {
    const finder = (a: number, b: number) => x >= a && x < a + 7 && y >= b && y < b + 7;
    const inF = finder(0, 0) || finder(14, 0) || finder(0, 14);
    let on = rnd() > 0.5;
    if (inF) { const lx = x % 14 === x ? x : x - 14, ly = y % 14 === y ? y : y - 14; const dx = Math.min(lx, 6 - lx), dy = Math.min(ly, 6 - ly); on = Math.min(dx, dy) !== 1; }
    if (on) q.push(`<rect x="${x}" y="${y}" width="1" height="1"/>`);
  }
  const qr = `<svg width="78" height="78" viewBox="-1 -1 23 23"><rect x="-1" y="-1" width="23" height="23" fill="#fff"/><g fill="#222">${q.join('')}</g></svg>`;
  const css = `body{font-family:'WenQuanYi Zen Hei',sans-serif;font-size:9.5pt;line-height:1.5}.top{display:grid;grid-template-columns:1fr 86px;align-items:center;background:#1f6f78;color:#fff;padding:10px 14px}
.top h1{margin:0;font-size:22pt;letter-spacing:3px}.badge{display:inline-block;background:#f5b942;color:#333;border-radius:8px;padding:0 7px;font-size:8pt;margin-left:8px;vertical-align:middle}
.g{display:grid;grid-template-columns:31% 1fr;gap:0}.l{background:#f2f6f7;padding:8px 10px}.r{padding:8px 12px}h2{font-size:11pt;color:#1f6f78;border-bottom:2px solid #1f6f78;margin:8px 0 5px;padding-bottom:1px}
.kv{margin-bottom:3px}.tag{display:inline-block;border:1px solid #1f6f78;color:#1f6f78;border-radius:3px;padding:0 5px;margin:0 3px 4px 0;font-size:8.5pt}
.j{margin-bottom:8px}.j .a{display:flex;justify-content:space-between;font-weight:bold}.j .a span{font-weight:normal;color:#666}.j .t{color:#1f6f78}.j ul{margin:2px 0 0;padding-left:16px}.qr{text-align:center;font-size:8pt;color:#666;margin-top:12px}`;
  const body = `<div class="top"><div><h1>${e(p.name)}<span class="badge">在职 · 考虑机会</span></h1><div>求职意向：${intent[p.id]}</div></div><div>${PHOTO_SVG(78, 100)}</div></div>
<div class="g"><div class="l"><h2>基本信息</h2><div class="kv">☎ ${e(p.phoneLocal)}</div><div class="kv">✉ ${e(p.email)}</div><div class="kv">⌂ ${e(p.town)}</div><div class="kv">出生：${Y(p.born)}.${MM(p.born)}</div>
<h2>专业技能</h2>${sk(p).map((s) => `<span class="tag">${e(s)}</span>`).join('')}
<h2>资格证书</h2>${p.certs.map((s) => `<div class="kv">▪ ${e(s)}</div>`).join('')}<h2>语言能力</h2>${p.languages.map((s) => `<div class="kv">${e(s)}</div>`).join('')}
<div class="qr">${qr}<br>扫码查看在线简历</div></div>
<div class="r"><h2>工作经历</h2>${rev(p.work).map((j) => `<div class="j"><div class="a">${e(j.company)}<span>${fd(j.start, 'YYYY.MM')} - ${fe(j.end, 'YYYY.MM', '至今')}</span></div><div class="t">${e(j.title)} · ${e(j.town)}</div><ul>${j.duties.map((d) => `<li>${e(d)}</li>`).join('')}</ul></div>`).join('')}
<h2>教育背景</h2>${p.edu.map((x) => `<div class="j"><div class="a">${e(x.school)}<span>${fd(x.start, 'YYYY.MM')} - ${fd(x.end, 'YYYY.MM')}</span></div><div>${e(x.degree)}</div></div>`).join('')}
<h2>自我评价</h2><div>${e(p.summary)}</div></div></div>`;
  return HTML(css, body, 'zh');
}

/** pinyin-rail — overseas-Chinese engineer's résumé (Singapore / German-OEM habit): romanised name with the family name in
 *  capitals and the Chinese name after it; mono "2023-07 → now" dates in a gutter inside the main column; right rail (flex)
 *  with work-pass status, skills, languages, certificates. */
function pinyinRail(p: Person) {
  const rom: Record<string, string> = { p15: 'SHI Haoran (Howard)', p16: 'LUO Yifan (Ivan)' };
  const css = `.hd{border-bottom:3px solid #333;padding-bottom:6px;margin-bottom:8px}.hd h1{font-size:20pt;margin:0}.hd h1 span{font-weight:normal;color:#555;margin-left:8px}.hd div{font-size:9pt;color:#333}
.w{display:flex;gap:14px}.m{flex:1}.rl{width:30%;border-left:1px solid #ccc;padding-left:10px;font-size:9pt}h2{font-size:10pt;text-transform:uppercase;letter-spacing:2px;margin:10px 0 5px;color:#333}
.j{display:flex;gap:8px;margin-bottom:8px}.j .d{width:92px;flex:none;font-family:'Liberation Mono','DejaVu Sans Mono',monospace;font-size:8pt;color:#666;padding-top:2px}.j b{font-size:10pt}.j ul{margin:2px 0 0;padding-left:14px}.rl ul{margin:0;padding-left:14px}`;
  const body = `<div class="hd"><h1>${rom[p.id]}<span>${e(p.name)}</span></h1><div>${e(p.id === 'p16' ? `+65 ${p.phoneLocal}` : `+86 ${p.phoneLocal}`)} · ${e(p.email)} · ${e(p.address)}</div></div>
<div class="w"><div class="m"><h2>Experience</h2>${rev(p.work).map((j) => `<div class="j"><div class="d">${fd(j.start, 'YYYY-MM')} →<br>${fe(j.end, 'YYYY-MM', 'now')}</div><div><b>${e(j.titleEn ?? j.title)}</b> — ${e(j.company)}<br><span style="color:#555">${e(j.title)} · ${e(j.town)}</span><ul>${j.duties.map((d) => `<li>${e(d)}</li>`).join('')}</ul></div></div>`).join('')}
<h2>Education</h2>${p.edu.map((x) => `<div class="j"><div class="d">${fd(x.start, 'YYYY-MM')} →<br>${fd(x.end, 'YYYY-MM')}</div><div><b>${e(x.school)}</b><br>${e(x.degree)}</div></div>`).join('')}</div>
<div class="rl"><h2>Status</h2><div>${p.id === 'p16' ? 'Singapore PR · 2 months’ notice<br>China mobile: ' + e(p.extra.cn) : 'Chinese citizen · 1 month’s notice'}</div>
<h2>Skills</h2><ul>${sk(p).map((s) => `<li>${e(s)}</li>`).join('')}</ul><h2>Languages</h2><ul>${p.languages.map((s) => `<li>${e(s)}</li>`).join('')}</ul><h2>Certificates</h2><ul>${p.certs.map((s) => `<li>${e(s)}</li>`).join('')}</ul></div></div>`;
  return HTML(css, body);
}

// ================================================================= DOCX TEMPLATES
const ddmmyy = (d: string, last = false) => (last ? lastDay(d) : firstDay(d)).replace(/(\d\d)\/(\d\d)\/\d\d(\d\d)/, '$1/$2/$3');

/** ie-teaching — Irish "Standard Application Form for Teaching Posts (Post-Primary)" typed into the school's Word form:
 *  numbered shaded section bars, label–value personal details, Teaching Service table (School & address | Roll No. |
 *  Post / status | Subjects & levels | From | To, dd/mm/yy) whose header row repeats on page 2, non-teaching employment,
 *  referees with phones, declaration; applicant's name in the running header. */
async function ieTeaching(p: Person) {
  const roll: Record<string, string> = { "St Ciarán's Secondary School": '62370J', 'Coláiste Bríde Naofa': '65114R', 'Ardmore Valley Community School': '91456V' };
  const addr: Record<string, string> = { "St Ciarán's Secondary School": 'Shandon Road, Dungarvan, Co. Waterford', 'Coláiste Bríde Naofa': 'Western Road, Clonmel, Co. Tipperary', 'Ardmore Valley Community School': 'Ballinakill, Waterford' };
  const W = [2300, 900, 1700, 2606, 1200, 1200];
  const bar = (t: string) => par([r(t, { b: true, color: 'FFFFFF', sz: 20 })], { shade: '1F4E3D', before: 160, after: 80, keep: true });
  const lv = (rows: [string, string][]) => table(rows.map(([a, b]) => row([cell(a, { w: 3000, shade: 'E8F0EC', b: true, sz: 18 }), cell(b, { w: 6906, sz: 19 })])), [3000, 6906]);
  const teach = rev(p.work).filter((j) => roll[j.company]);
  const subj = (j: Job) => j.duties.join('. ') + '.';
  const hdr = row(['School name and address', 'Roll No.', 'Post held / status', 'Subjects and levels taught; other duties', 'From (dd/mm/yy)', 'To (dd/mm/yy)'].map((t, i) => cell(t, { w: W[i], shade: 'C9DBD2', b: true, sz: 17 })), { header: true });
  const trows = teach.map((j) => row([cell(`${j.company}\n${addr[j.company]}`, { w: W[0], sz: 18, v: 'top' }), cell(roll[j.company], { w: W[1], sz: 18, v: 'top' }),
    cell(j.title, { w: W[2], sz: 18, v: 'top' }), cell(subj(j) + (j.company.startsWith('Ardmore') ? ' Supervision and substitution; Junior Cycle SLAR meetings; school self-evaluation team; mock-exam timetable.' : ' Parent–teacher meetings; school tours; exam supervision.'), { w: W[3], sz: 17, v: 'top' }),
    cell(ddmmyy(j.start), { w: W[4], sz: 18, v: 'top' }), cell(j.end ? ddmmyy(j.end, true) : 'to date', { w: W[5], sz: 18, v: 'top' })]));
  const other = p.work.filter((j) => !roll[j.company]);
  const OW = [2600, 2400, 1300, 1300, 2306];
  const orows = [row(['Employer', 'Position', 'From', 'To', 'Reason for leaving'].map((t, i) => cell(t, { w: OW[i], shade: 'C9DBD2', b: true, sz: 17 })), { header: true }),
    ...other.map((j) => row([cell(`${j.company}, ${j.town}`, { w: OW[0], sz: 18 }), cell(j.title, { w: OW[1], sz: 18 }), cell(ddmmyy(j.start), { w: OW[2], sz: 18 }), cell(ddmmyy(j.end!, true), { w: OW[3], sz: 18 }), cell(j.leave ?? '', { w: OW[4], sz: 18 })]))];
  const RW = [2400, 3300, 1800, 2406];
  const refs = [['Mr Colm Breathnach', 'Principal, Ardmore Valley Community School', '051 872 305', 'principal@avcs.example.ie'], ['Ms Gráinne Tobin', 'Deputy Principal, Coláiste Bríde Naofa', '052 612 4490', 'gtobin@cbn.example.ie'], ['Dr Niamh Costigan', 'Lecturer in Education, Maynooth University', '01 708 6620', 'niamh.costigan@mu.example.ie']];
  const children = [
    par([r('SCOIL PHÁDRAIG COMMUNITY COLLEGE, KILKENNY', { b: true, sz: 24 })], { align: AlignmentType.CENTER, after: 20 }),
    par([r('Standard Application Form for Teaching Posts (Post-Primary) — Post: Deputy Principal', { sz: 20 })], { align: AlignmentType.CENTER, after: 20 }),
    par([r('Closing date: 12 noon, Friday 4 December 2026. Incomplete forms will not be considered. Do not attach a CV.', { i: true, sz: 17 })], { align: AlignmentType.CENTER, after: 100 }),
    bar('SECTION 1 — PERSONAL DETAILS'),
    lv([['Surname', p.family!], ['First name(s)', p.given!], ['Address for correspondence', p.address], ['Mobile phone', p.phoneLocal], ['Home phone', p.extra.home], ['E-mail', p.email],
      ['Teaching Council registration number', '094417'], ['Registered subject(s)', 'Mathematics; Chemistry; Physics (Junior Cycle Science)'], ['Eligible to work in Ireland', 'Yes (Irish citizen)']]),
    bar('SECTION 2 — ACADEMIC AND PROFESSIONAL QUALIFICATIONS'),
    table([row(['Qualification and subjects', 'Awarding body', 'Dates', 'Result'].map((t, i) => cell(t, { w: [3900, 2600, 1700, 1706][i], shade: 'C9DBD2', b: true, sz: 17 }))),
      ...p.edu.map((x) => row([cell(x.degree, { w: 3900, sz: 18 }), cell(x.school, { w: 2600, sz: 18 }), cell(`${fd(x.start, 'MM/YYYY')} – ${fd(x.end, 'MM/YYYY')}`, { w: 1700, sz: 18 }), cell(x.degree.includes('2.1') ? '2.1 Honours' : 'Pass with merit', { w: 1706, sz: 18 })]))], [3900, 2600, 1700, 1706]),
    bar('SECTION 2B — IN-CAREER PROFESSIONAL DEVELOPMENT (last five years)'),
    table([row(['Course / programme', 'Provider', 'Date', 'Duration'].map((t, i) => cell(t, { w: [4300, 2800, 1400, 1406][i], shade: 'C9DBD2', b: true, sz: 17 }))),
      ...([['Leaving Certificate Mathematics: problem-solving strand', 'PDST / Oide', '10/2022', '2 days'], ['Junior Cycle Science: Classroom-Based Assessments', 'JCT', '02/2022', '1 day'],
        ['Middle Leadership Programme', 'Centre for School Leadership', '2023–2024', '6 modules'], ['Chemical safety in school laboratories', 'Health and Safety Authority (online)', '09/2023', '6 hours'],
        ['VSware timetabling and substitution module', 'VSware Ltd (webinar series)', '05/2024', '4 sessions'], ['Digital Learning Framework: Microsoft Teams for Education', 'ETB Digital Learning Team', '11/2024', '1 day'],
        ['Supporting students with dyscalculia', 'Special Education Support Service', '03/2025', '2 days']] as string[][]).map((c) => row(c.map((t, i) => cell(t, { w: [4300, 2800, 1400, 1406][i], sz: 18 }))))], [4300, 2800, 1400, 1406]),
    bar('SECTION 3 — TEACHING SERVICE (most recent first; include substitute and part-time service)'),
    table([hdr, ...trows], W),
    par([r('Total recognised teaching service at 31/08/2026: 13 years 1 month (incremental credit confirmed by the ETB).', { i: true, sz: 17 })], { before: 60 }),
    bar('SECTION 4 — NON-TEACHING EMPLOYMENT'),
    table(orows, OW),
    bar('SECTION 5 — SKILLS RELEVANT TO THE POST'),
    ...sk(p).map((s) => par([r(s, { sz: 19 })], { bullet: true, after: 0 })),
    bar('SECTION 6 — LANGUAGES, REGISTRATION AND VETTING'),
    lv([['Languages', p.languages.join('; ')], ['Registration / vetting / training', p.certs.join('; ')]]),
    bar('SECTION 7 — REFEREES (one must be your current or most recent principal)'),
    table([row(['Name', 'Position', 'Telephone', 'E-mail'].map((t, i) => cell(t, { w: RW[i], shade: 'C9DBD2', b: true, sz: 17 }))), ...refs.map((rf) => row(rf.map((t, i) => cell(t, { w: RW[i], sz: 18 }))))], RW),
    bar('SECTION 8 — DECLARATION'),
    par([r('I declare that the information given in this application is true and complete. I understand that any false statement may lead to disqualification or dismissal.', { sz: 18 })]),
    par([r(`Signed: ${p.name}`, { sz: 19 }), r('\tDate: 27/11/2026', { sz: 19 })], { tabs: [{ type: TabStopType.LEFT, position: 6200 }], before: 120 }),
  ];
  return docxBuf([{ properties: A4, headers: { default: new Header({ children: [par([r(`Applicant: ${p.name}`, { sz: 16, color: '555555' }), r('\tDeputy Principal — Ref. SPCC/DP/26', { sz: 16, color: '555555' })], { tabs: [{ type: TabStopType.RIGHT, position: 9900 }] })] }) },
    footers: { default: pageFooter('Standard Application Form (Post-Primary) · ') }, children }], 'Arial');
}

/** ph-ofw — Manila licensed recruitment agency's "Applicant's Bio-data": Surname / First / Middle name cells, particulars
 *  grid, separate LOCAL and OVERSEAS employment tables with the inclusive dates last (From Mo-Yr | To Mo-Yr), oldest first,
 *  special-skills tick row, character references, "signature over printed name". */
async function phOfw(p: Person) {
  const bar = (t: string) => par([r(t, { b: true, sz: 19 })], { shade: 'FFE699', before: 120, after: 60, keep: true });
  const moyr = (d: string) => `${MON[M(d) - 1]}-${Y(d)}`;
  const local = p.work.filter((j) => j.town.includes('Philippines'));
  const abroad = p.work.filter((j) => !j.town.includes('Philippines'));
  const LW = [3000, 2600, 1900, 1200, 1206];
  const OW = [1500, 2200, 2000, 1150, 1150, 1906];
  const children = [
    par([r('PAG-ASA MANPOWER SERVICES, INC.', { b: true, sz: 26, color: '1F3864' })], { align: AlignmentType.CENTER, after: 0 }),
    par([r(`DMW License No. DMW-118-LB-07142027-R · 2/F Ermita Arcade, 1520 M.H. del Pilar St., Ermita, Manila · Tel. ${p.extra.agencyPH}`, { sz: 15 })], { align: AlignmentType.CENTER, after: 80 }),
    table([row([cell([par([r("APPLICANT'S BIO-DATA", { b: true, sz: 28 })], { align: AlignmentType.CENTER, after: 40 }), par([r('Position applied for: CAREGIVER / HOME SUPPORT WORKER (Canada)', { b: true, sz: 19 })], { align: AlignmentType.CENTER }), par([r('Ref. No. PMS-CG-26-0931 · Date: 16 November 2026', { sz: 17 })], { align: AlignmentType.CENTER }), par([r(`Name of applicant: ${p.name.toUpperCase()}`, { b: true, sz: 19 })], { align: AlignmentType.CENTER, before: 60 })], { w: 7906, borders: NOB }),
      cell([par([photoRun(96, 124)], { align: AlignmentType.CENTER, after: 0 }), par([r('2x2 ID photo', { sz: 14, color: '777777' })], { align: AlignmentType.CENTER, after: 0 })], { w: 2000, borders: NOB })])], [7906, 2000], NOB),
    bar('I. PERSONAL DATA'),
    table([
      row([cell('Surname', { w: 1600, shade: 'F2F2F2', sz: 17 }), cell(p.family!.toUpperCase(), { w: 1700, b: true }), cell('First name', { w: 1600, shade: 'F2F2F2', sz: 17 }), cell('MARITES', { w: 1700, b: true }), cell('Middle name', { w: 1600, shade: 'F2F2F2', sz: 17 }), cell('DALISAY', { w: 1706, b: true })]),
      row([cell('Date of birth', { w: 1600, shade: 'F2F2F2', sz: 17 }), cell('11/02/1988', { w: 1700 }), cell('Place of birth', { w: 1600, shade: 'F2F2F2', sz: 17 }), cell('Paniqui, Tarlac', { w: 1700 }), cell('Age', { w: 1600, shade: 'F2F2F2', sz: 17 }), cell('38', { w: 1706 })]),
      row([cell('Civil status', { w: 1600, shade: 'F2F2F2', sz: 17 }), cell('Married', { w: 1700 }), cell('Religion', { w: 1600, shade: 'F2F2F2', sz: 17 }), cell('Roman Catholic', { w: 1700 }), cell('Height / Weight', { w: 1600, shade: 'F2F2F2', sz: 17 }), cell("5'0\" / 52 kg", { w: 1706 })]),
      row([cell('Cellphone no. (present)', { w: 1600, shade: 'F2F2F2', sz: 17 }), cell(`+852 ${p.phoneLocal}`, { w: 1700 }), cell('E-mail address', { w: 1600, shade: 'F2F2F2', sz: 17 }), cell(p.email, { w: 5012, span: 3 })]),
      row([cell('Provincial address', { w: 1600, shade: 'F2F2F2', sz: 17 }), cell(`Brgy. San Roque, Paniqui, Tarlac 2307 — family contact ${p.extra.phHome}`, { w: 8306, span: 5 })]),
      row([cell('Present address', { w: 1600, shade: 'F2F2F2', sz: 17 }), cell(p.address, { w: 8306, span: 5 })]),
    ], [1600, 1700, 1600, 1700, 1600, 1706]),
    bar('II. EDUCATIONAL ATTAINMENT'),
    table([row(['Level', 'School', 'Course', 'Inclusive years'].map((t, i) => cell(t, { w: [1500, 3600, 3000, 1806][i], shade: 'F2F2F2', b: true, sz: 17 }))),
      row([cell('Secondary', { w: 1500 }), cell('Paniqui National High School', { w: 3600 }), cell('—', { w: 3000 }), cell('2001–2005', { w: 1806 })]),
      ...p.edu.map((x) => row([cell('Vocational', { w: 1500 }), cell(x.school, { w: 3600 }), cell(x.degree, { w: 3000 }), cell(`${Y(x.start)}–${Y(x.end)}`, { w: 1806 })]))], [1500, 3600, 3000, 1806]),
    bar('III. EMPLOYMENT RECORD — A. LOCAL'),
    table([row(['Company / Employer', 'Address', 'Position', 'From (Mo-Yr)', 'To (Mo-Yr)'].map((t, i) => cell(t, { w: LW[i], shade: 'F2F2F2', b: true, sz: 17 }))),
      ...local.map((j) => row([cell(j.company, { w: LW[0] }), cell(j.town, { w: LW[1] }), cell(j.title, { w: LW[2] }), cell(moyr(j.start), { w: LW[3] }), cell(moyr(j.end!), { w: LW[4] })]))], LW),
    bar('III. EMPLOYMENT RECORD — B. OVERSEAS'),
    table([row(['Country', 'Employer / Principal', 'Position & duties', 'From (Mo-Yr)', 'To (Mo-Yr)', 'Reason for leaving'].map((t, i) => cell(t, { w: OW[i], shade: 'F2F2F2', b: true, sz: 17 }))),
      ...abroad.map((j) => row([cell(j.town.split(', ').slice(-1)[0], { w: OW[0] }), cell(`${j.company}\n(${j.town.split(', ')[0]})`, { w: OW[1] }), cell(`${j.title} — ${j.duties[0]}`, { w: OW[2], sz: 17 }), cell(moyr(j.start), { w: OW[3] }), cell(j.end ? moyr(j.end) : 'Up to present', { w: OW[4] }), cell(j.leave ?? '', { w: OW[5], sz: 17 })]))], OW),
    bar('IV. SPECIAL SKILLS'),
    par(sk(p).flatMap((s, i) => [r(`${i ? '     ' : ''}☑ ${s}`, { sz: 19 })])),
    bar('V. LANGUAGES & TRAININGS'),
    par([r('Languages: ', { b: true, sz: 19 }), r(p.languages.join(', '), { sz: 19 })]),
    par([r('Trainings / certificates: ', { b: true, sz: 19 }), r(p.certs.join('; ') + '; TESDA Caregiving NC II (2009)', { sz: 19 })]),
    bar('VI. CHARACTER REFERENCES'),
    table([row(['Name', 'Relation / position', 'Contact no.'].map((t, i) => cell(t, { w: [3300, 3600, 3006][i], shade: 'F2F2F2', b: true, sz: 17 }))),
      row([cell('Mrs. Wendy Leung', { w: 3300 }), cell('Current employer (daughter of ward)', { w: 3600 }), cell('+852 9326 5018', { w: 3006 })]),
      row([cell('Mrs. Rowena C. Bautista', { w: 3300 }), cell('Barangay councilor, San Roque', { w: 3600 }), cell('0918 446 2075', { w: 3006 })])], [3300, 3600, 3006]),
    par([r('I hereby certify that the above information is true and correct.', { sz: 18 })], { before: 120 }),
    par([r(`${p.name.toUpperCase()}`, { b: true, u: true, sz: 20 })], { align: AlignmentType.RIGHT, before: 240, after: 0 }),
    par([r('Signature over printed name', { sz: 16 })], { align: AlignmentType.RIGHT }),
  ];
  return docxBuf([{ properties: { page: { size: { width: 12240, height: 15840 }, margin: { top: 800, bottom: 800, left: 1167, right: 1167 } } }, children }], 'Arial');
}

/** in-deputation — Government of India (DoPT) "BIO-DATA / CURRICULUM VITAE PROFORMA" for deputation: numbered label–value rows,
 *  then "Details of Employment, in chronological order": Office/Institution (merged over the posts held there) | Post held
 *  on regular basis | From | To | Pay Level | Nature of duties; "Till date"; countersignature block. */
async function inDeputation(p: Person) {
  const W = [2000, 1700, 1150, 1150, 1500, 2406];
  const pay: Record<string, string> = { 'Assistant Engineer (Civil)': 'Consolidated ₹14,500 p.m.', 'Assistant Executive Engineer': 'PB-3 ₹15,600–39,100 + GP ₹5,400', 'Executive Engineer': 'PB-3 + GP ₹6,600 / Level 11 (7th CPC)', 'Superintending Engineer': 'Level 13 (₹1,23,100–2,15,900)' };
  const dmy = (d: string) => firstDay(d).replace(/\//g, '.');
  const lv = (n: string, a: string, b: string | Paragraph[]) => row([cell(n, { w: 500, sz: 18, v: 'top' }), cell(a, { w: 3800, sz: 18, v: 'top' }), cell(b, { w: 5606, sz: 19, v: 'top' })]);
  const head = row(['Office / Institution / Organisation', 'Post held on regular basis', 'From', 'To', 'Pay Band & Grade Pay / Pay Level', 'Nature of duties (in detail), highlighting experience required for the post'].map((t, i) => cell(t, { w: W[i], b: true, sz: 16, shade: 'EDEDED' })), { header: true });
  const rows: TableRow[] = [];
  for (const g of groups(p)) g.jobs.forEach((j, k) => rows.push(row([
    ...(k === 0 ? [cell(`${g.company}\n(${g.jobs.map((x) => x.town).filter((v, i, a) => a.indexOf(v) === i).join(', ')})`, { w: W[0], rows: g.jobs.length, sz: 18, v: 'top' })] : []),
    cell(j.title, { w: W[1], sz: 18, v: 'top' }), cell(dmy(j.start), { w: W[2], sz: 18, v: 'top' }), cell(j.end ? lastDay(j.end).replace(/\//g, '.') : 'Till date', { w: W[3], sz: 18, v: 'top' }),
    cell(pay[j.title], { w: W[4], sz: 17, v: 'top' }), cell(j.duties.join('; ') + '.', { w: W[5], sz: 17, v: 'top' })])));
  const children = [
    par([r('BIO-DATA / CURRICULUM VITAE PROFORMA', { b: true, sz: 24, u: true })], { align: AlignmentType.CENTER, after: 40 }),
    par([r('Post applied for: Chief Engineer (Infrastructure) on deputation basis — Advt. No. A-12034/07/2026-Estt.', { sz: 18 })], { align: AlignmentType.CENTER, after: 120 }),
    table([
      lv('1.', 'Name and Address (in Block Letters)', [par([r(p.name.toUpperCase(), { b: true })], { after: 0 }), par(p.address.toUpperCase(), { after: 0 })]),
      lv('2.', 'Date of Birth (in Christian era)', '21/05/1984'),
      lv('3.', '(i) Date of entry into service\n(ii) Date of retirement under Central/State Government rules', '01/12/2008\n31/05/2044'),
      lv('4.', 'Contact details', `Mobile: +91 ${p.phoneLocal}    Office: ${p.extra.office}\nE-mail: ${p.email}`),
      lv('5.', 'Educational Qualifications', p.edu.map((x) => `${x.degree}, ${x.school} (${Y(x.end)})`).join('\n')),
      lv('6.', 'Whether Educational and other qualifications required for the post are satisfied', 'Yes'),
      lv('7.', 'Details of Employment, in chronological order. Enclose a separate sheet, duly authenticated by your signature, if the space below is insufficient.', 'As below'),
    ], [500, 3800, 5606]),
    table([head, ...rows], W),
    table([
      lv('8.', 'Nature of present employment, i.e. Ad-hoc or Temporary or Quasi-Permanent or Permanent', 'Permanent'),
      lv('9.', 'In case the present employment is held on deputation/contract basis, please state: (a) date of initial appointment (b) period of appointment (c) name of parent office', 'Not applicable'),
      lv('10.', 'Present Pay Level and Basic Pay', 'Level 13, Basic Pay ₹1,44,200'),
      lv('11.', 'Additional details about present employment: whether working under Central Government / State Government / PSU / University / other', 'Central Government'),
      lv('12.', 'Additional information, if any (areas of specialisation, skills)', sk(p).join('; ')),
      lv('13.', 'Professional certification and languages', `${p.certs.join('; ')}. Languages: ${p.languages.join(', ')}`),
    ], [500, 3800, 5606]),
    par([r('I have carefully gone through the vacancy circular and I am well aware that the information furnished in the Curriculum Vitae duly supported by the documents in respect of Essential Qualification / Work Experience submitted by me will also be assessed by the Selection Committee.', { sz: 17 })], { before: 120 }),
    par([r('Date: 02/12/2026', { sz: 19 }), r('\t(Signature of the candidate)', { sz: 19 })], { tabs: [{ type: TabStopType.RIGHT, position: 9900 }], before: 200 }),
    par([r('Place: Chennai', { sz: 19 }), r(`\t${p.name}`, { sz: 19 })], { tabs: [{ type: TabStopType.RIGHT, position: 9900 }] }),
    par([r('Countersigned', { b: true, sz: 19 }), r('\t(Employer with Seal)', { sz: 19 })], { tabs: [{ type: TabStopType.RIGHT, position: 9900 }], before: 300 }),
  ];
  return docxBuf([{ properties: A4, footers: { default: pageFooter('Bio-data proforma (deputation) · ', 'Times New Roman') }, children }], 'Times New Roman', 21);
}

/** mm-jobtables — Myanmar professional's Word CV (NGO/INGO habit): name and contact lines, then one bordered two-column table
 *  per position (Organization / Position / Duration with "(n years m months)" / Location / Reason for leaving /
 *  Key responsibilities), newest first; personal details (NRC, race/religion, father's name) and two references. */
async function mmJobTables(p: Person) {
  const head = (t: string) => par([r(t, { b: true, sz: 22, color: '203864' })], { before: 200, after: 80, borderBottom: '203864', keep: true });
  const L = 2600, V = 7306;
  const kv = (k: string, v: string | Paragraph[], shade = 'DEEAF6') => row([cell(k, { w: L, shade, b: true, sz: 19, v: 'top' }), cell(v, { w: V, sz: 19, v: 'top' })]);
  const jobs = rev(p.work).flatMap((j) => [table([
    kv('Organization', j.company), kv('Position', j.title),
    kv('Duration', `${fd(j.start, 'Month YYYY')} – ${fe(j.end, 'Month YYYY', 'Present')} (${durEn(months(j), true)})`),
    kv('Location', j.town), kv('Reason for leaving', j.leave ?? '—'),
    kv('Key responsibilities', j.duties.map((d) => par([r(d, { sz: 19 })], { bullet: true, after: 0 }))),
  ], [L, V]), par('', { after: 100 })]);
  const children = [
    par([r(p.name, { b: true, sz: 36, color: '203864' })], { align: AlignmentType.CENTER, after: 40 }),
    par([r(`${p.address}`, { sz: 18 })], { align: AlignmentType.CENTER, after: 0 }),
    par([r(`Mobile: ${p.phoneLocal}   |   Home: ${p.extra.home}   |   Email: ${p.email}`, { sz: 18 })], { align: AlignmentType.CENTER, after: 120 }),
    head('CAREER SUMMARY'), par([r(p.summary + ' Experienced with USAID, EU and Global Fund procurement rules.', { sz: 20 })]),
    head('WORK EXPERIENCE'), ...jobs,
    head('EDUCATION'),
    table(p.edu.flatMap((x) => [kv('Degree / Qualification', x.degree, 'F2F2F2'), kv('Institution', x.school, 'F2F2F2'), kv('Year', `${Y(x.start)} – ${Y(x.end)}`, 'F2F2F2')]), [L, V]),
    head('SKILLS'), ...sk(p).map((s) => par([r(s, { sz: 20 })], { bullet: true, after: 0 })),
    head('LANGUAGES'),
    table([row(['Language', 'Speaking', 'Reading', 'Writing'].map((t, i) => cell(t, { w: [3006, 2300, 2300, 2300][i], shade: 'DEEAF6', b: true, sz: 19 }))),
      row(['Myanmar', 'Native', 'Native', 'Native'].map((t, i) => cell(t, { w: [3006, 2300, 2300, 2300][i], sz: 19 }))), row(['English', 'Fluent', 'Excellent', 'Excellent'].map((t, i) => cell(t, { w: [3006, 2300, 2300, 2300][i], sz: 19 })))], [3006, 2300, 2300, 2300]),
    head('CERTIFICATES'), ...p.certs.map((s) => par([r(s, { sz: 20 })], { bullet: true, after: 0 })),
    head('PERSONAL DETAILS'),
    table([kv('Date of birth', '17 September 1990', 'F2F2F2'), kv('NRC No.', p.extra.nrc, 'F2F2F2'), kv('Nationality / Race / Religion', 'Myanmar / Bamar / Buddhist', 'F2F2F2'), kv('Father’s name', 'U Htet Aung', 'F2F2F2'), kv('Marital status', 'Single', 'F2F2F2')], [L, V]),
    head('REFERENCES'),
    par([r('Daw Khin Myat Noe', { b: true, sz: 20 }), r(', Country Operations Manager, Irrawaddy Relief Partners — +95 9 420 118 732, khinmyatnoe@irp.example.org', { sz: 20 })]),
    par([r('Dr. Aung Zaw Lin', { b: true, sz: 20 }), r(', Programme Director, Mingalar Health Network — +95 9 256 804 417', { sz: 20 })]),
  ];
  return docxBuf([{ properties: A4, children }], 'Calibri', 21);
}

/** lcat-resume — US federal-contract proposal "Key Personnel Resume" (Volume II): solicitation header, FAR restrictive
 *  legend in the footer, a qualification grid (proposed LCAT, required vs. actual years, clearance), Employment History
 *  table Employer | From | To | Title | Yrs/Mos (period in the middle), relevant-experience paragraphs, skills table. */
async function lcatResume(p: Person) {
  const total = p.work.reduce((a, j) => a + months(j), 0);
  const L = 3000, V = 6906;
  const kv = (k: string, v: string) => row([cell(k, { w: L, shade: 'D9E2F3', b: true, sz: 18 }), cell(v, { w: V, sz: 19 })]);
  const EW = [2900, 1150, 1150, 3100, 1606];
  const h = (t: string) => par([r(t, { b: true, sz: 21, caps: true })], { before: 160, after: 60, borderBottom: '1F3864', keep: true });
  const years: Record<string, [string, string]> = { 'AWS GovCloud': ['7', '2026'], Terraform: ['7', '2026'], Ansible: ['10', '2026'], 'Red Hat Enterprise Linux': ['14', '2026'], 'VMware vSphere': ['9', '2021'], PowerShell: ['12', '2026'], 'NIST SP 800-53': ['11', '2026'], Splunk: ['8', '2025'] };
  const children = [
    table([row([cell([par([r('KEY PERSONNEL RESUME', { b: true, sz: 26 })], { after: 0 }), par([r('Solicitation No. 70RTAC26R00000042 · Volume II – Technical · Attachment J-4', { sz: 16 })], { after: 0 })], { w: 6906, borders: NOB }),
      cell([par([r('Arlington Meridian Group', { b: true, sz: 18 })], { align: AlignmentType.RIGHT, after: 0 }), par([r('Prime Offeror · CAGE 8XK41', { sz: 16 })], { align: AlignmentType.RIGHT, after: 0 })], { w: 3000, borders: NOB })])], [6906, 3000], NOB),
    par('', { after: 60 }),
    table([kv('Name', p.name), kv('Proposed position', 'Cloud Infrastructure Lead (Key Personnel)'), kv('Labor category (LCAT)', 'Cloud Architect III'),
      kv('Years of experience', `Required: 10 · Actual: ${durEn(total, true)}`), kv('Security clearance', 'Secret (active), eligible for TS'),
      kv('Current employer / status', 'Arlington Meridian Group — W-2 employee'), kv('Contact', `${p.email} · mobile ${p.phoneLocal} · office ${p.extra.office}`)], [L, V]),
    h('Education'),
    table([row(['Degree', 'Institution', 'Year'].map((t, i) => cell(t, { w: [4200, 4200, 1506][i], shade: 'D9E2F3', b: true, sz: 18 }))), ...p.edu.map((x) => row([cell(x.degree, { w: 4200 }), cell(x.school, { w: 4200 }), cell(Y(x.end), { w: 1506 })]))], [4200, 4200, 1506]),
    h('Certifications'), ...p.certs.map((c) => par([r(c, { sz: 19 })], { bullet: true, after: 0 })),
    h('Employment History'),
    table([row(['Employer', 'From (MM/YYYY)', 'To (MM/YYYY)', 'Title', 'Yrs/Mos'].map((t, i) => cell(t, { w: EW[i], shade: 'D9E2F3', b: true, sz: 17 })), { header: true }),
      ...rev(p.work).map((j) => row([cell(j.company, { w: EW[0], sz: 18 }), cell(fd(j.start, 'MM/YYYY'), { w: EW[1], sz: 18 }), cell(fe(j.end, 'MM/YYYY', 'Present'), { w: EW[2], sz: 18 }), cell(j.title, { w: EW[3], sz: 18 }), cell(`${Math.floor(months(j) / 12)}/${months(j) % 12}`, { w: EW[4], sz: 18, align: AlignmentType.CENTER })]))], EW),
    h('Relevant Experience'),
    ...rev(p.work).flatMap((j) => [par([r(`${j.title}, ${j.company}`, { b: true, sz: 19 }), r(` (${fd(j.start, 'MM/YYYY')} – ${fe(j.end, 'MM/YYYY', 'Present')})`, { sz: 19 })], { after: 20, keep: true }),
      ...j.duties.map((d) => par([r(d, { sz: 19 })], { bullet: true, after: 0 }))]),
    h('Technical Skills'),
    table([row(['Skill', 'Years', 'Last used'].map((t, i) => cell(t, { w: [5906, 2000, 2000][i], shade: 'D9E2F3', b: true, sz: 17 }))), ...sk(p).map((s) => row([cell(s, { w: 5906, sz: 18 }), cell(years[s]?.[0] ?? '', { w: 2000, sz: 18 }), cell(years[s]?.[1] ?? '', { w: 2000, sz: 18 })]))], [5906, 2000, 2000]),
    h('Certification of Key Personnel'),
    par([r('I certify that this resume accurately describes my qualifications and experience, and I agree to be proposed as key personnel for the period of performance.', { sz: 18 })]),
    par([r(`Signature: ${p.name}\tDate: 11/20/2026`, { sz: 19 })], { tabs: [{ type: TabStopType.LEFT, position: 6000 }], before: 120 }),
  ];
  const legend = new Footer({ children: [par([r('Use or disclosure of data contained on this sheet is subject to the restriction on the title page of this proposal.', { sz: 14, i: true })], { align: AlignmentType.CENTER, after: 0 }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['J-4 – ', PageNumber.CURRENT], size: 15 })] })] });
  return docxBuf([{ properties: { page: { size: { width: 12240, height: 15840 }, margin: { top: 1000, bottom: 1000, left: 1167, right: 1167 } } }, footers: { default: legend }, children }], 'Times New Roman', 21);
}

/** jinxiu — 医院「进修人员申请表」in Word: photo cell, 执业证书编号, 进修科室/时间, a single 学习及工作经历 table from 大专 on
 *  (起止年月 | 学校或单位 | 专业或科室 | 职务/职称 | 证明人及电话, oldest first), 专业技能特长 row, 单位意见（盖章）. */
async function jinxiu(p: Person) {
  const W = [1300, 1600, 1300, 1600, 1300, 1206, 1600];
  const lab = (t: string, w = W[0], span?: number) => cell(t, { w, shade: 'F2F2F2', align: AlignmentType.CENTER, sz: 19, span });
  const val = (t: string, w: number, span?: number) => cell(t, { w, sz: 19, span, align: AlignmentType.CENTER });
  const HW = [2000, 2900, 1700, 1500, 1806];
  const hist: [string, string, string, string, string][] = [
    ...p.edu.map((x) => [`${fd(x.start, 'YYYY.MM')}—${fd(x.end, 'YYYY.MM')}`, x.school, x.degree.split(' ')[0], '学生', '—'] as [string, string, string, string, string]),
    ...p.work.map((j) => [`${fd(j.start, 'YYYY.MM')}—${fe(j.end, 'YYYY.MM', '至今')}`, j.company, j.title.match(/（(.+)）/)?.[1] ?? (j.company.includes('康宁') ? '外科' : '心内科'), j.title.replace(/（.+）/, ''), `${j.referee ?? ''} ${j.refPhone ?? ''}`] as [string, string, string, string, string]),
  ].sort((a, b) => a[0].localeCompare(b[0]));
  const children = [
    par([r('湘江大学附属第一医院', { b: true, sz: 28, font: 'SimHei' })], { align: AlignmentType.CENTER, after: 20 }),
    par([r('进修人员申请表', { b: true, sz: 36, font: 'SimHei' })], { align: AlignmentType.CENTER, after: 60 }),
    par([r('申请编号：JX2027-0318\t填表日期：2026 年 11 月 15 日', { sz: 18 })], { tabs: [{ type: TabStopType.RIGHT, position: 9900 }], after: 60 }),
    table([
      row([lab('姓　　名'), val(p.name, W[1]), lab('性　　别', W[2]), val('女', W[3]), lab('出生年月', W[4]), val(`${Y(p.born)}.${MM(p.born)}`, W[5]), cell([par([photoRun(88, 114)], { align: AlignmentType.CENTER, after: 0 })], { w: W[6], rows: 4 })]),
      row([lab('民　　族'), val('汉', W[1]), lab('政治面貌', W[2]), val('群众', W[3]), lab('职　　称', W[4]), val('主管护师', W[5])]),
      row([lab('工作单位'), val('株洲市仁和医院', W[1] + W[2] + W[3], 3), lab('科　　室', W[4]), val('CCU', W[5])]),
      row([lab('手　　机'), val(p.phoneLocal, W[1] + W[2], 2), lab('电子邮箱', W[3]), val(p.email, W[4] + W[5], 2)]),
      row([lab('执业证书编号'), val('201243003715', W[1] + W[2], 2), lab('科室电话', W[3]), val(p.extra.dept, W[4] + W[5] + W[6], 3)]),
      row([lab('进修科室'), val('心血管内科（CCU 重症护理方向）', W[1] + W[2] + W[3], 3), lab('进修时间', W[4]), val('2027.03—2027.08（6 个月）', W[5] + W[6], 2)]),
      row([lab('通讯地址'), val(p.address, 9906 - W[0], 6)]),
    ], W),
    table([row([cell('学习及工作经历（从大专起，按时间顺序填写）', { w: 9906, span: 5, b: true, shade: 'D9D9D9', sz: 19 })]),
      row(['起止年月', '学校或单位', '专业或科室', '职务/职称', '证明人及电话'].map((t, i) => cell(t, { w: HW[i], shade: 'F2F2F2', align: AlignmentType.CENTER, b: true, sz: 18 }))),
      ...hist.map((h) => row(h.map((t, i) => cell(t, { w: HW[i], sz: 18, align: i === 1 ? AlignmentType.LEFT : AlignmentType.CENTER }))))], HW),
    table([
      row([cell('专业技能特长', { w: 2000, shade: 'F2F2F2', align: AlignmentType.CENTER, sz: 19 }), cell(sk(p).join('、'), { w: 7906, sz: 19 })]),
      row([cell('资格证书', { w: 2000, shade: 'F2F2F2', align: AlignmentType.CENTER, sz: 19 }), cell(`${p.certs.join('；')}；${p.languages.join('；')}`, { w: 7906, sz: 19 })]),
      row([cell('进修目的', { w: 2000, shade: 'F2F2F2', align: AlignmentType.CENTER, sz: 19 }), cell('系统学习急性心梗、心衰患者的重症护理与 ECMO 护理配合，回院后牵头建立 CCU 专科护理质量指标。', { w: 7906, sz: 19 })], { h: 700 }),
      row([cell('选派单位意见', { w: 2000, shade: 'F2F2F2', align: AlignmentType.CENTER, sz: 19 }), cell([par('同意选派。', { after: 200 }), par('（盖章）　　　　年　　月　　日', { align: AlignmentType.RIGHT })], { w: 7906 })], { h: 900 }),
      row([cell('护理部审核意见', { w: 2000, shade: 'F2F2F2', align: AlignmentType.CENTER, sz: 19 }), cell([par('', { after: 200 }), par('（盖章）　　　　年　　月　　日', { align: AlignmentType.RIGHT })], { w: 7906 })], { h: 900 }),
    ], [2000, 7906]),
    par([r('注：请附执业证书、资格证书复印件各一份；进修费用按医院规定执行。', { sz: 16 })], { before: 60 }),
  ];
  return docxBuf([{ properties: A4, children }], 'SimSun', 21);
}

/** jsdcg — 知识产权法院「技术调查官（交流/兼职）选任报名表」: photo cell, 专业技术领域, then 工作经历 with 工作单位 merged down over the
 *  posts held there and the period AFTER the post (工作单位 | 职务 | 起始年月 | 终止年月 | 证明人 | 证明人电话), 技术专长 row,
 *  所在单位推荐意见 / 资格审查意见 seal boxes. */
async function jsdcg(p: Person) {
  const W = [1300, 1700, 1300, 1500, 1300, 1100, 1706];
  const lab = (t: string, span?: number, w?: number) => cell(t, { w: w ?? 1300, shade: 'EFEFEF', align: AlignmentType.CENTER, sz: 19, span });
  const val = (t: string, w: number, span?: number) => cell(t, { w, sz: 19, span, align: AlignmentType.CENTER });
  const HW = [2700, 1900, 1150, 1150, 1200, 1806];
  const rows: TableRow[] = [];
  for (const g of groups(p)) g.jobs.forEach((j, k) => rows.push(row([
    ...(k === 0 ? [cell(g.company, { w: HW[0], rows: g.jobs.length, sz: 18 })] : []),
    cell(j.title, { w: HW[1], sz: 18, align: AlignmentType.CENTER }), cell(fd(j.start, 'YYYY.MM'), { w: HW[2], sz: 18, align: AlignmentType.CENTER }),
    cell(fe(j.end, 'YYYY.MM', '至今'), { w: HW[3], sz: 18, align: AlignmentType.CENTER }), cell(j.referee ?? '—', { w: HW[4], sz: 18, align: AlignmentType.CENTER }), cell(j.refPhone ?? '—', { w: HW[5], sz: 18, align: AlignmentType.CENTER })])));
  const children = [
    par([r('附件 2', { sz: 20, font: 'SimHei' })], { after: 60 }),
    par([r('北京知识产权法院技术调查官（交流）选任报名表', { b: true, sz: 32, font: 'SimHei' })], { align: AlignmentType.CENTER, after: 120 }),
    table([
      row([lab('姓　名'), val(p.name, W[1]), lab('性　别'), val('男', W[3]), lab('出生年月'), val(`${Y(p.born)}.${MM(p.born)}`, W[5]), cell([par([photoRun(86, 112)], { align: AlignmentType.CENTER, after: 0 })], { w: W[6], rows: 4 })]),
      row([lab('民　族'), val('汉', W[1]), lab('政治面貌'), val('中共党员', W[3]), lab('学　历'), val('硕士研究生', W[5])]),
      row([lab('现工作单位\n及职务'), val(`${cur(p).company}　${cur(p).title}`, W[1] + W[2] + W[3] + W[4] + W[5], 5)]),
      row([lab('专业技术\n领域'), val('通信与电学（无线通信、信号处理）', W[1] + W[2] + W[3], 3), lab('职　称'), val('高级工程师', W[5])]),
      row([lab('手机号码'), val(p.phoneLocal, W[1]), lab('电子邮箱'), val(p.email, W[3] + W[4], 2), lab('办公电话'), val('010-8274 6615', W[6])]),
      row([lab('通讯地址'), val(p.address, 9906 - 1300, 6)]),
    ], W),
    table([row([cell('工　作　经　历', { w: 9906, span: 6, shade: 'D9D9D9', b: true, align: AlignmentType.CENTER, sz: 19 })]),
      row(['工作单位', '职　务', '起始年月', '终止年月', '证明人', '证明人电话'].map((t, i) => cell(t, { w: HW[i], shade: 'EFEFEF', b: true, align: AlignmentType.CENTER, sz: 18 }))), ...rows], HW),
    table([
      row([lab('学习经历', undefined, 1800), cell(p.edu.map((x) => `${fd(x.start, 'YYYY.MM')}—${fd(x.end, 'YYYY.MM')}　${x.school}　${x.degree}`).join('\n') + '\n2004.09—2008.06　北京邮电大学　通信工程 本科', { w: 8106, sz: 19 })]),
      row([lab('技术专长', undefined, 1800), cell(sk(p).join('；'), { w: 8106, sz: 19 })]),
      row([lab('资格证书', undefined, 1800), cell(p.certs.join('；') + '；' + p.languages.join('；'), { w: 8106, sz: 19 })]),
      row([lab('主要业绩', undefined, 1800), cell('代理发明专利申请 400 余件，办理无效宣告案件 30 余件；主持公司 5G 模组专利布局与 FTO 分析。', { w: 8106, sz: 19 })], { h: 700 }),
      row([lab('所在单位\n推荐意见', undefined, 1800), cell([par('', { after: 300 }), par('（盖章）　　　　年　　月　　日', { align: AlignmentType.RIGHT })], { w: 8106 })], { h: 1000 }),
      row([lab('资格审查\n意见', undefined, 1800), cell([par('', { after: 300 }), par('审查人：　　　　　年　　月　　日', { align: AlignmentType.RIGHT })], { w: 8106 })], { h: 900 }),
    ], [1800, 8106]),
    par([r('本人承诺：以上信息真实准确，如有不实，本人承担相应责任。　　　　承诺人签字：', { sz: 19 }), r(p.name, { sz: 19 })], { before: 120 }),
  ];
  return docxBuf([{ properties: A4, children }], 'SimSun', 21);
}

/** kr-cn — 韩资企业（青岛）입사지원서 / 应聘申请书 / Application Form: trilingual labels (Korean / Chinese / English), photo
 *  cell, 경력사항 table with ONE period cell "2019.01 ~ 2023.03" first, then company, dept., position, duties, reason for leaving
 *  (newest first); 특기 / 专业技能 row, 어학 / 语言 grid, signature line. */
async function krCn(p: Person) {
  const t3 = (ko: string, zh: string, en: string) => `${ko}\n${zh} / ${en}`;
  const lab = (t: string, w: number, span?: number) => cell(t, { w, shade: 'E7EEF7', align: AlignmentType.CENTER, sz: 16, span });
  const val = (t: string, w: number, span?: number) => cell(t, { w, sz: 19, span });
  const W = [1500, 2100, 1500, 2000, 2806];
  const CW = [1700, 2300, 1100, 1500, 2006, 1300];
  const dept: Record<string, string> = { 韩语翻译: '总经理室', 行政主管: '行政部', 人事经理: '人事部', 人力资源总监: '人力资源部' };
  const children = [
    par([r('입 사 지 원 서', { b: true, sz: 34 })], { align: AlignmentType.CENTER, after: 0 }),
    par([r('应聘申请书 · APPLICATION FORM', { b: true, sz: 22 })], { align: AlignmentType.CENTER, after: 40 }),
    par([r('青岛韩昇电子有限公司 · 인사팀 / 人事部 · Tel 0532-8776 3020', { sz: 16, color: '555555' })], { align: AlignmentType.CENTER, after: 100 }),
    table([
      row([lab(t3('지원분야', '应聘岗位', 'Position'), W[0]), val('人力资源总监 HR Director', W[1] + W[2] + W[3], 3), cell([par([photoRun(84, 108)], { align: AlignmentType.CENTER, after: 0 })], { w: W[4], rows: 5 })]),
      row([lab(t3('성명', '姓名', 'Name'), W[0]), val(`${p.name}  (${p.nameEn})`, W[1]), lab(t3('생년월일', '出生日期', 'Date of birth'), W[2]), val('1990.04.03', W[3])]),
      row([lab(t3('휴대전화', '手机', 'Mobile'), W[0]), val(p.phoneLocal, W[1]), lab(t3('이메일', '邮箱', 'E-mail'), W[2]), val(p.email, W[3])]),
      row([lab(t3('현주소', '现住址', 'Address'), W[0]), val(p.address, W[1] + W[2] + W[3], 3)]),
      row([lab(t3('희망연봉', '期望年薪', 'Expected salary'), W[0]), val('面议 / Negotiable', W[1]), lab(t3('입사가능일', '可入职日期', 'Available'), W[2]), val('2027.02', W[3])]),
    ], W),
    table([row([cell('학력사항 / 教育经历 / Education', { w: 9906, span: 4, shade: 'C9D7EA', b: true, sz: 18 })]),
      row([lab(t3('기간', '期间', 'Period'), 2100), lab(t3('학교명', '学校', 'School'), 3000), lab(t3('전공', '专业', 'Major'), 3000), lab(t3('졸업구분', '学历', 'Degree'), 1806)]),
      ...p.edu.map((x) => row([val(`${fd(x.start, 'YYYY.MM')} ~ ${fd(x.end, 'YYYY.MM')}`, 2100), val(x.school, 3000), val('朝鲜语 Korean Language', 3000), val('本科 B.A.', 1806)]))], [2100, 3000, 3000, 1806]),
    table([row([cell('경력사항 / 工作经历 / Career (최근순 / 由近及远)', { w: 9906, span: 6, shade: 'C9D7EA', b: true, sz: 18 })]),
      row([lab(t3('근무기간', '工作期间', 'Period'), CW[0]), lab(t3('회사명', '公司名称', 'Company'), CW[1]), lab(t3('부서', '部门', 'Dept.'), CW[2]), lab(t3('직위', '职位', 'Position'), CW[3]), lab(t3('담당업무', '负责工作', 'Duties'), CW[4]), lab(t3('퇴직사유', '离职原因', 'Reason'), CW[5])], { header: true }),
      ...rev(p.work).map((j) => row([val(`${fd(j.start, 'YYYY.MM')} ~ ${fe(j.end, 'YYYY.MM', '재직중 / 在职')}`, CW[0]), val(j.company, CW[1]), val(dept[j.title] ?? '', CW[2]), val(`${j.title}\n${j.titleEn}`, CW[3]), cell(j.duties.join('; '), { w: CW[4], sz: 17 }), cell(j.leave ?? '—', { w: CW[5], sz: 17 })]))], CW),
    table([row([lab(t3('특기', '专业技能', 'Skills'), 1800), val(sk(p).join(' · '), 8106)]), row([lab(t3('자격증', '证书', 'Certificates'), 1800), val(p.certs.join('; '), 8106)])], [1800, 8106]),
    table([row([cell('어학능력 / 语言能力 / Languages', { w: 9906, span: 4, shade: 'C9D7EA', b: true, sz: 18 })]),
      row([lab(t3('언어', '语种', 'Language'), 2400), lab(t3('회화', '会话', 'Speaking'), 2500), lab(t3('작문', '写作', 'Writing'), 2500), lab(t3('시험', '考试', 'Test'), 2506)]),
      row([val('한국어 / 韩语 / Korean', 2400), val('상 / 优 / Excellent', 2500), val('상 / 优 / Excellent', 2500), val('TOPIK 6', 2506)]),
      row([val('영어 / 英语 / English', 2400), val('중 / 良 / Good', 2500), val('중 / 良 / Good', 2500), val('CET-6', 2506)])], [2400, 2500, 2500, 2506]),
    par([r('위 기재사항은 사실과 틀림없음을 확인합니다. / 本人确认以上内容属实。/ I certify that the above is true.', { sz: 17 })], { before: 120, align: AlignmentType.CENTER }),
    par([r(`2026 년 11 월 22 일　　　지원자 / 申请人 / Applicant:  ${p.name}  (서명 / 签名)`, { sz: 19 })], { align: AlignmentType.RIGHT, before: 160 }),
  ];
  return docxBuf([{ properties: A4, children }], 'Malgun Gothic', 20);
}

/** nanny-families — NZ nanny's Word CV organised by family: "The Harrington family, Christchurch" with the children's ages and
 *  "February 2018 – December 2019" under it, a quoted line from the parent; centres listed the same way; references last. */
async function nannyFamilies(p: Person) {
  const quote: Record<string, string> = { 'Harrington Family': '“Ella was the calm in our busy evenings — the kids still ask about her.” — Sarah',
    'Brandt Family': '“She handled three children and toilet training with humour and patience.” — Katrin' };
  const ages: Record<string, string> = { 'Harrington Family': 'two children, aged 3 and 5', 'Waimairi Early Learning Centre': 'under-twos room, 16 children', 'Brandt Family': 'three children, aged 1, 4 and 7 (live-in)', 'Little Kōwhai Childcare': 'nursery, 8 infants' };
  const H = (t: string) => par([r(t, { b: true, sz: 24, color: '7A5C2E' })], { before: 220, after: 80, keep: true });
  const children = [
    par([r(p.name, { sz: 48, color: '7A5C2E', font: 'Georgia' })], { after: 0 }),
    par([r('Nanny · Early Childhood Educator · Wellington', { sz: 22, i: true, color: '555555' })], { after: 60 }),
    par([r(`${p.phoneLocal}   ·   ${p.email}   ·   Thorndon, Wellington   ·   Full clean licence, own car`, { sz: 19 })], { after: 120, borderBottom: 'C8B28A' }),
    H('About me'), par([r(p.summary + ' I love outdoor play, baking with children and routines that make the whole household calmer.', { sz: 21 })]),
    H('Families and centres I have cared for'),
    ...rev(p.work).flatMap((j) => [
      par([r(j.company, { b: true, sz: 22 }), r(`, ${j.town}`, { sz: 22 })], { after: 0, keep: true }),
      par([r(`${j.title} · ${ages[j.company]}`, { sz: 20, i: true }), r(`  ·  ${fd(j.start, 'Month YYYY')} – ${fe(j.end, 'Month YYYY', 'present')}`, { sz: 20 })], { after: 30, keep: true }),
      ...j.duties.map((d) => par([r(d, { sz: 20 })], { bullet: true, after: 0 })),
      ...(quote[j.company] ? [par([r(quote[j.company], { i: true, sz: 19, color: '7A5C2E' })], { indent: { left: 360 }, before: 30 })] : []),
      par('', { after: 60 }),
    ]),
    H('Skills'), ...sk(p).map((s) => par([r(s, { sz: 20 })], { bullet: true, after: 0 })),
    H('Qualifications & checks'), ...p.edu.map((x) => par([r(`${x.degree} — ${x.school}, ${Y(x.end)}`, { sz: 20 })], { after: 0 })), ...p.certs.map((c) => par([r(c, { sz: 20 })], { after: 0 })),
    H('Languages'), par([r(p.languages.join(' · '), { sz: 20 })]),
    H('References'),
    ...p.work.filter((j) => j.referee).reverse().map((j) => par([r(j.referee!, { b: true, sz: 20 }), r(` — ${j.company} — ${j.refPhone}`, { sz: 20 })], { after: 20 })),
  ];
  return docxBuf([{ properties: A4, children }], 'Georgia', 21);
}

/** tefl — TEFL/ESL teacher's CV for Asian schools: floating photo top right, nationality / date of birth / "native English
 *  speaker" lines, teaching posts with the dates on their own bold line above the school, age group and class size. */
async function tefl(p: Person) {
  const ages: Record<string, string> = { 'Sunrise English Centre': 'Age group: 4–10 · Class size: 8–12', 'Chengdu Jinjiang Bilingual School': 'Age group: 9–10 · Class size: 24', 'Panda Bridge Education': 'Age group: 16–30 · Groups of 6 and 1-to-1' };
  const H = (t: string) => par([r(t.toUpperCase(), { b: true, sz: 21, color: 'B3261E' })], { before: 200, after: 60, borderBottom: 'B3261E', keep: true });
  const teach = rev(p.work).filter((j) => ages[j.company]);
  const children = [
    par([photoRun(96, 124, 'right'), r(p.name, { b: true, sz: 40 })], { after: 40 }),
    par([r('EFL / IELTS Teacher', { sz: 24, color: '555555' })], { after: 60 }),
    par([r('Nationality: ', { b: true, sz: 19 }), r('British (native English speaker)', { sz: 19 })], { after: 0 }),
    par([r('Date of birth: ', { b: true, sz: 19 }), r('9 April 1991', { sz: 19 })], { after: 0 }),
    par([r('Location: ', { b: true, sz: 19 }), r('Chengdu, Sichuan (Z visa, work permit valid to 06/2027)', { sz: 19 })], { after: 0 }),
    par([r('Mobile / WeChat: ', { b: true, sz: 19 }), r(`${p.phoneLocal} (China)   UK: ${p.extra.uk}`, { sz: 19 })], { after: 0 }),
    par([r('Email: ', { b: true, sz: 19 }), r(p.email, { sz: 19 })], { after: 120 }),
    H('Profile'), par([r(p.summary, { sz: 20 })]),
    H('Teaching experience'),
    ...teach.flatMap((j) => [par([r(`${fd(j.start, 'Month YYYY')} – ${fe(j.end, 'Month YYYY', 'present')}`, { b: true, sz: 20 })], { after: 0, keep: true }),
      par([r(j.company, { b: true, sz: 20, color: '444444' }), r(`, ${j.town}, China`, { sz: 20 })], { after: 0, keep: true }),
      par([r(`Position: ${j.title}   |   ${ages[j.company]}`, { i: true, sz: 19 })], { after: 20, keep: true }),
      ...j.duties.map((d) => par([r(d, { sz: 19 })], { bullet: true, after: 0 })), par('', { after: 60 })]),
    H('Other work experience'),
    ...p.work.filter((j) => !ages[j.company]).flatMap((j) => [par([r(`${fd(j.start, 'Month YYYY')} – ${fd(j.end!, 'Month YYYY')}`, { b: true, sz: 20 })], { after: 0 }), par([r(`${j.company}, ${j.town} — ${j.title}`, { sz: 20 })])]),
    H('Education and qualifications'), ...p.edu.map((x) => par([r(`${x.degree}, ${x.school} (${Y(x.start)}–${Y(x.end)})`, { sz: 20 })], { after: 0 })), ...p.certs.map((c) => par([r(c, { sz: 20 })], { after: 0 })),
    H('Skills'), par([r(sk(p).join('  •  '), { sz: 20 })]),
    H('Languages'), par([r(p.languages.join('; '), { sz: 20 })]),
  ];
  return docxBuf([{ properties: A4, children }], 'Calibri', 21);
}

/** de-jv — Chinese engineer's English CV written for a German parent company: "Curriculum Vitae" title with both names,
 *  personal data on a tab stop, each entry one bold line "01/2020 – today | Title | Employer, Town" with bars, bullets under it,
 *  place/date/name at the end. */
async function deJv(p: Person) {
  const H = (t: string) => par([r(t, { b: true, sz: 22, color: '1F3864' })], { before: 200, after: 60, borderBottom: '8EAADB', keep: true });
  const tab = [{ type: TabStopType.LEFT, position: 2600 }];
  const children = [
    par([r('Curriculum Vitae', { sz: 36, b: true })], { after: 20 }),
    par([r(`${p.name} (${p.nameEn})`, { sz: 26 })], { after: 120 }),
    H('Personal data'),
    ...([['Date of birth', '08.06.1991, Wuxi, China'], ['Nationality', 'Chinese'], ['Marital status', 'Married, one child'], ['Address', p.address], ['Mobile', `+86 ${p.phoneLocal}`], ['E-mail', p.email]] as [string, string][])
      .map(([k, v]) => par([r(`${k}:`, { sz: 20 }), r(`\t${v}`, { sz: 20 })], { tabs: tab, after: 0 })),
    H('Professional experience'),
    ...rev(p.work).flatMap((j) => [par([r(`${fd(j.start, 'MM/YYYY')} – ${fe(j.end, 'MM/YYYY', 'today')}  |  ${j.titleEn}  |  ${j.company}, ${j.town}`, { b: true, sz: 20 })], { after: 20, keep: true }),
      ...j.duties.map((d) => par([r(d, { sz: 20 })], { bullet: true, after: 0 })), par('', { after: 40 })]),
    H('Education'),
    ...p.edu.map((x) => par([r(`${fd(x.start, 'MM/YYYY')} – ${fd(x.end, 'MM/YYYY')}  |  ${x.degree}  |  ${x.school}`, { b: true, sz: 20 })])),
    H('IT and engineering skills'), ...sk(p).map((s) => par([r(s, { sz: 20 })], { bullet: true, after: 0 })),
    H('Languages'), ...p.languages.map((s) => par([r(s, { sz: 20 })], { bullet: true, after: 0 })),
    H('Certificates'), ...p.certs.map((s) => par([r(s, { sz: 20 })], { bullet: true, after: 0 })),
    par([r(`Kunshan, 26.11.2026`, { sz: 20 })], { before: 300, after: 0 }),
    par([r(`${p.nameEn} / ${p.name}`, { sz: 20, i: true })]),
  ];
  return docxBuf([{ properties: A4, children }], 'Arial', 20);
}

/** docx-card — Chinese Word 简历 whose contact details live in a shaded "名片" card: the huge name and 求职意向 above a borderless
 *  two-cell table; wide left cell = experience with a small grey period line above each employer ("2022.11 — 至今" /
 *  "2023.10～現在"), right cell = shaded card with 电话/微信, 邮箱, skills, certificates, languages. */
async function docxCard(p: Person) {
  const bi = p.lang === 'mixed';
  const dash = bi ? '～' : ' — ';
  const now = bi ? '現在' : '至今';
  const H = (zh: string, en: string) => par([r(zh, { b: true, sz: 22, color: '2E5E4E' }), r(bi ? `  ${en}` : '', { sz: 16, color: '7F9F94' })], { before: 160, after: 60, borderBottom: '2E5E4E', keep: true });
  const HC = (zh: string, en: string) => par([r(zh, { b: true, sz: 20, color: 'FFFFFF' }), r(bi ? ` ${en}` : '', { sz: 15, color: 'E0ECE7' })], { shade: '2E5E4E', before: 120, after: 60 });
  const left = [
    H('工作经历', 'Experience'),
    ...rev(p.work).flatMap((j) => [par([r(`${fd(j.start, 'YYYY.MM')}${dash}${fe(j.end, 'YYYY.MM', now)}`, { sz: 16, color: '888888' })], { after: 0, keep: true }),
      par([r(j.company, { b: true, sz: 21 })], { after: 0, keep: true }), par([r(bi ? `${j.title} / ${j.titleEn}` : j.title, { sz: 19, color: '2E5E4E' })], { after: 20, keep: true }),
      ...j.duties.map((d) => par([r(d, { sz: 19 })], { bullet: true, after: 0 })), par('', { after: 60 })]),
    H('教育背景', 'Education'), ...p.edu.map((x) => par([r(`${fd(x.start, 'YYYY.MM')}${dash}${fd(x.end, 'YYYY.MM')}　`, { sz: 18, color: '888888' }), r(`${x.school}　${x.degree}`, { sz: 19 })])),
    H('自我评价', 'Profile'), par([r(p.summary, { sz: 19 })]),
  ];
  const right = [
    HC('联系方式', 'Contact'), par([r(`电话/微信：${p.phoneLocal}`, { sz: 18 })], { after: 20 }), par([r(`邮箱：${p.email}`, { sz: 18 })], { after: 20 }), par([r(`现居：${p.town}`, { sz: 18 })], { after: 20 }), par([r(`出生：${Y(p.born)}.${MM(p.born)}`, { sz: 18 })]),
    HC('专业技能', 'Skills'), ...sk(p).map((s) => par([r(`▸ ${s}`, { sz: 18 })], { after: 20 })),
    HC('证书', 'Certificates'), ...p.certs.map((s) => par([r(s, { sz: 18 })], { after: 20 })),
    HC('语言', 'Languages'), ...p.languages.map((s) => par([r(s, { sz: 18 })], { after: 20 })),
  ];
  const intent: Record<string, string> = { p10: '求职意向：数据分析经理 ｜ 深圳 ｜ 到岗时间：一个月内', p14: '求职意向 Objective：华南区销售经理 / Key Account Manager ｜ 广州・佛山' };
  const children = [
    par([r(p.name, { b: true, sz: 56, color: '2E5E4E', font: 'SimHei' }), r(bi ? `   ${p.nameEn}` : '', { sz: 28, color: '7F9F94' })], { after: 20 }),
    par([r(intent[p.id], { sz: 20 })], { after: 160 }),
    table([row([cell(left, { w: 6500, v: 'top', borders: NOB }), cell(right, { w: 3406, v: 'top', shade: 'EAF2EE', borders: NOB })], { cant: false })], [6500, 3406], NOB),
  ];
  return docxBuf([{ properties: A4, children }], 'Microsoft YaHei', 20);
}

// ================================================================= TEXT TEMPLATES
/** jira-wiki — candidate / internal-mobility profile kept in a Jira ticket description, copied in Jira wiki markup:
 *  h1./h2., {panel}, `||Period||Employer||Role||` history table, `*` skill bullets. */
function jiraWiki(p: Person) {
  const bi = p.lang === 'mixed';
  const hist = rev(p.work).map((j) => `|${fd(j.start, 'MM/YYYY')} – ${fe(j.end, 'MM/YYYY', 'present')}|${j.company}|${bi ? j.titleEn : j.title}|${j.town}|`).join('\n');
  if (p.id === 'p07') return `RES-1432  Candidate profile: Cloud Infrastructure Lead (DHS recompete, key personnel)
Status: IN REVIEW    Assignee: Marcus Bell    Reporter: Priya Raman    Labels: key-personnel, secret-cleared

h1. Candidate profile: ${p.name}
{panel:title=Contact|borderStyle=solid|titleBGColor=#DEEBFF}
*Email:* [${p.email}|mailto:${p.email}]
*Mobile:* ${p.phoneLocal}
*Office:* ${p.extra.office} (AMG main line — do not give to client)
*Location:* ${p.town}
{panel}

h2. Summary
${p.summary} Proposed as Cloud Architect III; 15+ years.

h2. Employment history
||Period||Employer||Title||Location||
${hist}

h2. Skills
${sk(p).map((s) => `* ${s}`).join('\n')}

h2. Certifications / clearance
${p.certs.map((s) => `# ${s}`).join('\n')}

h2. Education
* ${p.edu[0].degree}, ${p.edu[0].school} (${Y(p.edu[0].end)})

----
_Recruiter notes:_ references checked by Priya (x4417). {color:#de350b}Do not forward outside capture team.{color}
`;
  return `INTM-208  Internal mobility request — Singapore ➜ Shanghai (Platform Architecture)
Status: HRBP APPROVAL    Assignee: Grace Tan (HRBP)    Reporter: ${p.nameEn}    Components: People-Ops

h1. ${p.name} (${p.nameEn}) — internal transfer profile
{panel:title=Employee details|borderStyle=solid|titleBGColor=#E3FCEF}
*Employee ID:* LP-00418
*Work e-mail:* ivan.luo@lumiere-pay.example.sg (not monitored after transfer)
*Personal e-mail:* [${p.email}|mailto:${p.email}]
*Mobile (SG):* +65 ${p.phoneLocal}
*Mobile (CN, from 03/2027):* ${p.extra.cn}
*Current role:* ${cur(p).titleEn}, ${cur(p).company}
{panel}

h2. Career history
||Period||Employer||Role||Location||
${hist}

h2. Skills
${sk(p).map((s) => `* ${s}`).join('\n')}

h2. Languages
${p.languages.map((s) => `* ${s}`).join('\n')}

h2. Education & certifications
* ${p.edu[0].school} — ${p.edu[0].degree} (${Y(p.edu[0].start)}–${Y(p.edu[0].end)})
${p.certs.map((s) => `* ${s}`).join('\n')}

----
_HRBP note:_ relocation package tier B; manager approval by Wei Jun (x2231) attached.
`;
}

/** douban — 豆瓣小组 求职帖 copied from the page: group name, 标题, 来自 + 时间 + IP 属地, the CV in the body
 *  ("2022.03-至今　公司　职位"), 赞/收藏, then 回应 with other people's numbers. */
function douban(p: Person) {
  const g: Record<string, [string, string, string, string]> = {
    p08: ['沈阳工作交流', '【求职】采购经理，13 年日企经验，求沈阳/大连机会', '雨桐', '辽宁'],
    p10: ['深圳互联网工作', '【求职】数据分析经理｜10 年经验｜SQL/Python/AB 测试', 'Ziqian', '广东'],
    p12: ['杭州财务会计交流', '【求职】财务经理，中级会计师+税务师，餐饮连锁背景', '静静', '浙江'],
  };
  const [group, title, nick, ip] = g[p.id];
  const replies: Record<string, string> = {
    p08: '  铁西打工人  2026-11-17 22:10:05 辽宁\n  楼主可以看看我们公司，日资汽配，采购岗在招，HR 刘女士 024-8563 1120\n\n  雨桐 (楼主)  2026-11-17 22:31:40 辽宁\n  谢谢！已投递～',
    p10: '  南山码农  2026-11-20 10:02:11 广东\n  我们在招增长分析负责人，简历发 hr@lanwan-hr.example.cn 或加猎头 Vivian 微信 138 2650 4417\n\n  阿 Q  2026-11-20 11:40:56 湖北\n  顶一下',
    p12: '  西湖边的会计  2026-11-22 09:15:30 浙江\n  楼主资历很好，我们集团财务 BP 在招，可以电话 0571-8766 2093 找王老师\n\n  静静 (楼主)  2026-11-22 09:40:02 浙江\n  谢谢，已联系',
  };
  return `豆瓣
${group}
${title}

来自: ${nick}  2026-11-${p.id === 'p08' ? '17 21:04:33' : p.id === 'p10' ? '20 09:12:47' : '21 20:45:18'}  ${ip}

大家好，想换个环境，先在组里发一下简历，欢迎内推，感谢！

姓名：${p.name}
电话：${p.phoneLocal}（微信同号）
邮箱：${p.email}
现居：${p.town}

工作经历：
${rev(p.work).map((j) => `${fd(j.start, 'YYYY.MM')}-${fe(j.end, 'YYYY.MM', '至今')}　${j.company}　${j.title}\n    ${j.duties.join('；')}`).join('\n')}

教育：
${p.edu.map((x) => `${fd(x.start, 'YYYY.MM')}-${fd(x.end, 'YYYY.MM')}　${x.school}　${x.degree}`).join('\n')}

技能：${sk(p).join('、')}
证书：${p.certs.join('、')}
语言：${p.languages.join('、')}

有合适机会麻烦私信或者直接打电话，谢谢大家～

赞 ${p.id === 'p08' ? 12 : p.id === 'p10' ? 31 : 8}  收藏  转发

回应
${replies[p.id]}
`;
}

/** logseq — a Logseq page (Markdown file in the graph's pages/ folder): page properties `title::` / `tags::`, nested
 *  `- ` blocks with tab indents, each job a block whose dates are block properties `start::` / `end::`. */
function logseq(p: Person) {
  const jobs = rev(p.work).map((j) => `\t- **${j.company}** — ${j.title} ${j.titleEn}
\t  start:: ${j.start}
\t  end:: ${j.end ?? 'present'}
\t  city:: [[${j.town}]]
${j.duties.map((d) => `\t\t- ${d}`).join('\n')}`).join('\n');
  return `title:: 简历 Resume - ${p.name}
tags:: [[job-search]], [[2026]]
alias:: cv-jasmine

- # ${p.name} ${p.nameEn}
\t- phone:: ${p.phoneLocal}
\t- email:: ${p.email}
\t- city:: [[广州]]
\t- TODO 12 月前更新英文版 #cv
- ## 工作经历 Experience
${jobs}
- ## 教育 Education
${p.edu.map((x) => `\t- ${x.school} — ${x.degree}\n\t  start:: ${x.start}\n\t  end:: ${x.end}`).join('\n')}
- ## 技能 Skills
${sk(p).map((s) => `\t- ${s}`).join('\n')}
- ## 语言 Languages
${p.languages.map((s) => `\t- ${s}`).join('\n')}
- ## 证书 Certificates
${p.certs.map((s) => `\t- ${s}`).join('\n')}
- 推荐人 referee: 三泽化工 前上司 山田课长 +86 20 3826 1145 （需提前打招呼）
`;
}

/** toml — `data/resume.toml` of a developer's static-site résumé theme (Hugo / Zola): [basics], [[work]] tables with
 *  "YYYY-MM" strings and end = "present", skills array, comments. */
function toml(p: Person) {
  return `# data/resume.toml — rendered by the "minimal-cv" theme at https://ivanluo.dev/cv
# last edited 2026-11-08

[basics]
name = "${p.name}"
name_en = "${p.nameEn}"
label = "Staff Engineer · Payments infrastructure"
email = "${p.email}"
phone = "+65 ${p.phoneLocal}"
phone_cn = "${p.extra.cn}"   # WeChat
location = "Singapore"
summary = "${p.summary}"

${rev(p.work).map((j) => `[[work]]
company = "${j.company}"
position = "${j.titleEn}"
position_zh = "${j.title}"
location = "${j.town}"
start = "${j.start}"
end = "${j.end ?? 'present'}"
highlights = [${j.duties.map((d) => `"${d}"`).join(', ')}]
`).join('\n')}
[[education]]
institution = "${p.edu[0].school}"
area = "${p.edu[0].degree}"
start = "${p.edu[0].start}"
end = "${p.edu[0].end}"

[skills]
list = [${sk(p).map((s) => `"${s}"`).join(', ')}]

[languages]
list = [${p.languages.map((s) => `"${s}"`).join(', ')}]

[certificates]
list = [${p.certs.map((s) => `"${s}"`).join(', ')}]
`;
}

// ================================================================= REGISTRY
type Layout = 'single' | 'two-column' | 'table';
type Spec = { person: string; template: string; layout: Layout } & (
  | { kind: 'html'; build: (p: Person) => string }
  | { kind: 'docx'; build: (p: Person) => Promise<Buffer> }
  | { kind: 'txt'; build: (p: Person) => string; crlf?: boolean; bom?: boolean });
const H = (person: string, template: string, layout: Layout, build: (p: Person) => string): Spec => ({ person, template, layout, kind: 'html', build });
const D = (person: string, template: string, layout: Layout, build: (p: Person) => Promise<Buffer>): Spec => ({ person, template, layout, kind: 'docx', build });
const T = (person: string, template: string, layout: Layout, build: (p: Person) => string, o: { crlf?: boolean; bom?: boolean } = {}): Spec => ({ person, template, layout, kind: 'txt', build, ...o });

export const specs: Spec[] = [
  D('p01', 'ie-teaching', 'table', ieTeaching), H('p01', 'ie-teachcv', 'single', ieTeachCv),
  H('p02', 'fdh-biodata', 'table', fdhBiodata), D('p02', 'ph-ofw', 'table', phOfw), H('p02', 'particulars-rail', 'two-column', particularsRail),
  D('p03', 'in-deputation', 'table', inDeputation), H('p03', 'in-empanel', 'single', inEmpanel), H('p03', 'particulars-rail', 'two-column', particularsRail),
  H('p04', 'nanny-agency', 'table', nannyAgency), H('p04', 'svg-export', 'two-column', svgExport), D('p04', 'nanny-families', 'single', nannyFamilies),
  H('p05', 'esl-agency', 'table', eslAgency), D('p05', 'tefl', 'single', tefl), H('p05', 'linkedin-builder', 'single', linkedinBuilder),
  D('p06', 'mm-jobtables', 'table', mmJobTables), H('p06', 'particulars-rail', 'two-column', particularsRail), H('p06', 'linkedin-builder', 'single', linkedinBuilder),
  D('p07', 'lcat-resume', 'table', lcatResume), T('p07', 'jira-wiki', 'table', jiraWiki), H('p07', 'linkedin-builder', 'single', linkedinBuilder),
  H('p08', 'zh-rirekisho', 'table', rirekisho), T('p08', 'douban', 'single', douban), H('p08', 'zh-qrcode', 'two-column', zhQrcode),
  D('p09', 'jinxiu', 'table', jinxiu), H('p09', 'zh-prose', 'single', zhProse), H('p09', 'zh-qrcode', 'two-column', zhQrcode),
  H('p10', 'et-print', 'table', etPrint), D('p10', 'docx-card', 'two-column', docxCard), T('p10', 'douban', 'single', douban),
  D('p11', 'jsdcg', 'table', jsdcg), H('p11', 'zh-prose', 'single', zhProse),
  H('p12', 'sanfen', 'table', sanfen), H('p12', 'zh-qrcode', 'two-column', zhQrcode), T('p12', 'douban', 'single', douban), H('p12', 'zh-bracket-dates', 'single', zhBracket),
  D('p13', 'kr-cn', 'table', krCn), H('p13', 'et-print', 'table', etPrint), H('p13', 'zh-bracket-dates', 'single', zhBracket),
  H('p14', 'zh-rirekisho', 'table', rirekisho), D('p14', 'docx-card', 'two-column', docxCard), T('p14', 'logseq', 'single', logseq),
  H('p15', 'et-print', 'table', etPrint), D('p15', 'de-jv', 'single', deJv), H('p15', 'pinyin-rail', 'two-column', pinyinRail),
  T('p16', 'jira-wiki', 'table', jiraWiki), T('p16', 'toml', 'single', toml), H('p16', 'pinyin-rail', 'two-column', pinyinRail), H('p16', 'sanfen', 'table', sanfen),
];

const SHORT: Record<Layout, string> = { single: 'single', 'two-column': 'twocol', table: 'table' };
const base = (s: Spec) => `${s.person}-${SHORT[s.layout]}-${s.template}`;

async function main() {
  const force = process.argv.includes('--force');
  if (existsSync(path.join(HERE, 'manifest.json')) && !force) {
    console.error('manifest.json exists: refusing to overwrite the set (use --force).');
    process.exit(1);
  }
  if (existsSync(DOCS)) for (const f of readdirSync(DOCS)) rmSync(path.join(DOCS, f));
  mkdirSync(DOCS, { recursive: true });
  const docs: { file: string; person: string; template: string; layout: Layout; producer: string; language: string }[] = [];
  const html: [string, string][] = [];
  for (const s of specs) {
    const p = byId(s.person);
    const meta = { person: s.person, template: s.template, layout: s.layout, language: p.lang };
    if (s.kind === 'html') { html.push([`${base(s)}.pdf`, s.build(p)]); docs.push({ file: `${base(s)}.pdf`, ...meta, producer: 'chromium' }); }
    else if (s.kind === 'docx') {
      writeFileSync(path.join(DOCS, `${base(s)}.docx`), await s.build(p));
      docs.push({ file: `${base(s)}.docx`, ...meta, producer: 'docx' }, { file: `${base(s)}.pdf`, ...meta, producer: 'libreoffice' });
    } else {
      let t = s.build(p);
      if (s.crlf) t = t.replace(/\r?\n/g, '\r\n');
      writeFileSync(path.join(DOCS, `${base(s)}.txt`), (s.bom ? '\ufeff' : '') + t, 'utf8');
      docs.push({ file: `${base(s)}.txt`, ...meta, producer: 'txt' });
    }
  }
  if (!process.argv.includes('--no-lo')) exportDocxToPdf(DOCS);
  await printHtml(DOCS, html);
  const sorted = docs.sort((a, b) => a.file.localeCompare(b.file)).map((d) => ({ file: d.file, person: d.person, template: d.template, layout: d.layout, producer: d.producer, language: d.language }));
  const truth = {
    referenceDate: REF,
    people: people.map((p) => ({
      id: p.id, language: p.lang, name: p.name, email: p.email, phone: p.phone, skills: p.skills,
      work: p.work.map((j) => ({ company: j.company, start: j.start, end: j.end })),
      yearsOfExperience: yearsWorked(p.work, REF),
    })),
    documents: sorted,
  };
  writeFileSync(path.join(HERE, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  writeFileSync(path.join(HERE, 'manifest.json'), JSON.stringify(manifestOf(DOCS, sorted.map((d) => d.file)), null, 2) + '\n');
  console.log(`${sorted.length} documents written to ${DOCS}`);
}

await main();
