/**
 * heldout-42 generator: writes every document into documents/, then truth.json and manifest.json.
 *
 *   cd packages/cv && npx tsx eval/heldout-42/generate.ts [--force]
 *
 * Producers: Chromium (HTML printed by printHtml), DOCX built with `docx`, LibreOffice PDFs of those DOCX files
 * (exportDocxToPdf) and plain text written directly as UTF-8.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import {
  AlignmentType, BorderStyle, Document, Footer, Header, HeightRule, ImageRun, LeaderType, Packer, PageNumber, Paragraph,
  ShadingType, Table, TableLayoutType, TableCell, TableRow, TabStopType, TextDirection, TextRun, VerticalAlignTable, WidthType,
} from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people, skillText, type Job, type Person } from './people.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DOCS = path.join(HERE, 'documents');
const REFERENCE = '2026-12';

// ───────────────────────────── small helpers ─────────────────────────────
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const Y = (s: string) => s.slice(0, 4);
const M = (s: string) => Number(s.slice(5, 7));
const MM = (s: string) => s.slice(5, 7);
const pad2 = (n: number) => String(n).padStart(2, '0');
const lastDay = (s: string) => new Date(Date.UTC(Number(Y(s)), M(s), 0)).getUTCDate();
const fm = {
  monY: (s: string) => `${MON[M(s) - 1]} ${Y(s)}`,
  monthY: (s: string) => `${MONTH[M(s) - 1]} ${Y(s)}`,
  mmyy: (s: string) => `${MM(s)}/${Y(s).slice(2)}`,
  mmyyyy: (s: string) => `${MM(s)}/${Y(s)}`,
  dot: (s: string) => `${Y(s)}.${MM(s)}`,
  iso: (s: string) => s,
  slash: (s: string) => `${Y(s)}/${MM(s)}`,
  zh: (s: string) => `${Y(s)}年${M(s)}月`,
  mmDotY: (s: string) => `${MM(s)}.${Y(s)}`,
  dStart: (s: string) => `01/${MM(s)}/${Y(s)}`,
  dEnd: (s: string) => `${pad2(lastDay(s))}/${MM(s)}/${Y(s)}`,
  isoStart: (s: string) => `${s}-01`,
  isoEnd: (s: string) => `${s}-${pad2(lastDay(s))}`,
};
const range = (j: { start: string; end: string | null }, f: (s: string) => string, sep: string, present: string) =>
  `${f(j.start)}${sep}${j.end ? f(j.end) : present}`;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const sk = (p: Person) => p.skills.map(skillText);
const newestFirst = <T extends { start: string }>(a: T[]) => [...a].sort((x, y) => (x.start < y.start ? 1 : -1));
const oldestFirst = <T extends { start: string }>(a: T[]) => [...a].sort((x, y) => (x.start < y.start ? -1 : 1));
const dob = (p: Person, f: 'dmy' | 'dot' | 'zh' | 'iso' | 'long') => {
  const [y, m, d] = p.dob.split('-');
  if (f === 'dmy') return `${d}/${m}/${y}`;
  if (f === 'dot') return `${y}.${m}`;
  if (f === 'zh') return `${y}年${Number(m)}月`;
  if (f === 'long') return `${Number(d)} ${MONTH[Number(m) - 1]} ${y}`;
  return p.dob;
};
/** Display width with CJK counted double (for text tables). */
const dw = (s: string) => [...s].reduce((n, c) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u3000-\u303f]/.test(c) ? 2 : 1), 0);
const padR = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - dw(s)));
const padL = (s: string, w: number) => ' '.repeat(Math.max(0, w - dw(s))) + s;
/** Wrap text to a display width (CJK-aware, breaks on spaces for Latin). */
function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  const tokens = text.match(/[\u2e80-\ua4cf\uff00-\uffef\u3000-\u303f]|[^\s\u2e80-\ua4cf\uff00-\uffef\u3000-\u303f]+|\s+/g) ?? [];
  for (const t of tokens) {
    if (/^\s+$/.test(t)) { if (line) line += ' '; continue; }
    if (dw(line + t) > width && line.trim()) { out.push(line.trimEnd()); line = ''; }
    line += t;
  }
  if (line.trim()) out.push(line.trimEnd());
  return out.length ? out : [''];
}

// ───────────────────────────── images ─────────────────────────────
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; t[n] = c >>> 0; }
  return t;
})();
function crc32(buf: Buffer): number { let c = 0xffffffff; for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; }
function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
/** A passport-photo placeholder: grey ground, head and shoulders silhouette. */
function photoPng(w = 150, h = 190, bg = [222, 227, 233], fg = [142, 153, 167]): Buffer {
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) {
    raw[y * (w * 3 + 1)] = 0;
    for (let x = 0; x < w; x++) {
      const hx = (x - w / 2) / (w * 0.2), hy = (y - h * 0.36) / (w * 0.24);
      const sx = (x - w / 2) / (w * 0.44), sy = (y - h * 1.0) / (h * 0.36);
      const on = hx * hx + hy * hy <= 1 || sx * sx + sy * sy <= 1;
      const c = on ? fg : bg;
      const o = y * (w * 3 + 1) + 1 + x * 3;
      raw[o] = c[0]; raw[o + 1] = c[1]; raw[o + 2] = c[2];
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0); ihdr.writeUInt32BE(h, 4); ihdr[8] = 8; ihdr[9] = 2; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), pngChunk('IHDR', ihdr), pngChunk('IDAT', deflateSync(raw)), pngChunk('IEND', Buffer.alloc(0))]);
}
const PHOTO = photoPng();
const photoSvg = (w: string, h: string, bg = '#dfe4ea', fg = '#8e99a7') =>
  `<svg class="photo" viewBox="0 0 60 76" width="${w}" height="${h}" preserveAspectRatio="xMidYMid slice"><rect width="60" height="76" fill="${bg}"/><circle cx="30" cy="28" r="12.5" fill="${fg}"/><path d="M4 76 C6 50 54 50 56 76 Z" fill="${fg}"/></svg>`;
const ICON = {
  phone: '<svg viewBox="0 0 16 16" class="ic"><path d="M3.6 1.5l2.3 2.6-1.2 1.9c.9 1.9 2.4 3.4 4.3 4.3l1.9-1.2 2.6 2.3-1.3 2.6C7 13.7 2.3 9 1 3.1z" fill="currentColor"/></svg>',
  mail: '<svg viewBox="0 0 16 16" class="ic"><rect x="1.5" y="3.5" width="13" height="9" rx="1.2" fill="none" stroke="currentColor" stroke-width="1.4"/><path d="M2 4.5l6 4.5 6-4.5" fill="none" stroke="currentColor" stroke-width="1.4"/></svg>',
  pin: '<svg viewBox="0 0 16 16" class="ic"><path d="M8 1.2a4.6 4.6 0 0 0-4.6 4.6C3.4 9.6 8 14.8 8 14.8s4.6-5.2 4.6-9A4.6 4.6 0 0 0 8 1.2zm0 6.4a1.8 1.8 0 1 1 0-3.6 1.8 1.8 0 0 1 0 3.6z" fill="currentColor"/></svg>',
  cal: '<svg viewBox="0 0 16 16" class="ic"><rect x="1.5" y="3" width="13" height="11" rx="1" fill="none" stroke="currentColor" stroke-width="1.3"/><path d="M1.5 6.5h13M5 1.5v3M11 1.5v3" stroke="currentColor" stroke-width="1.3"/></svg>',
  link: '<svg viewBox="0 0 16 16" class="ic"><path d="M6.5 9.5l3-3M7 4.5l1.5-1.5a2.5 2.5 0 0 1 3.5 3.5L10.5 8M9 11.5L7.5 13a2.5 2.5 0 0 1-3.5-3.5L5.5 8" fill="none" stroke="currentColor" stroke-width="1.4"/></svg>',
  user: '<svg viewBox="0 0 16 16" class="ic"><circle cx="8" cy="5" r="3" fill="currentColor"/><path d="M2 15c.5-4 11.5-4 12 0z" fill="currentColor"/></svg>',
};
const html = (lang: string, css: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>${css}</style></head><body>${body}</body></html>`;
const FONT_ZH = `"WenQuanYi Zen Hei", "Droid Sans Fallback", sans-serif`;

// ───────────────────────────── docx helpers ─────────────────────────────
type RunOpt = { bold?: boolean; italics?: boolean; size?: number; color?: string; font?: string; allCaps?: boolean; smallCaps?: boolean; underline?: boolean };
const run = (text: string, o: RunOpt = {}) => new TextRun({
  text, bold: o.bold, italics: o.italics, size: o.size, color: o.color, allCaps: o.allCaps, smallCaps: o.smallCaps,
  font: o.font, underline: o.underline ? {} : undefined,
});
type ParOpt = RunOpt & { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; after?: number; before?: number; indent?: { left?: number; hanging?: number; firstLine?: number }; tabs?: { type: (typeof TabStopType)[keyof typeof TabStopType]; position: number; leader?: (typeof LeaderType)[keyof typeof LeaderType] }[]; shade?: string; keepNext?: boolean; line?: number; borderBottom?: string; bullet?: boolean; pageBreakBefore?: boolean };
function par(content: string | TextRun[] | (TextRun | ImageRun)[], o: ParOpt = {}): Paragraph {
  const children = typeof content === 'string' ? content.split('\t').flatMap((t, i) => (i ? [new TextRun({ children: ['\t'] }), run(t, o)] : [run(t, o)])) : content;
  return new Paragraph({
    children: children as TextRun[], alignment: o.align, spacing: { after: o.after ?? 0, before: o.before ?? 0, line: o.line },
    indent: o.indent, tabStops: o.tabs, keepNext: o.keepNext, pageBreakBefore: o.pageBreakBefore,
    shading: o.shade ? { type: ShadingType.CLEAR, fill: o.shade, color: 'auto' } : undefined,
    border: o.borderBottom ? { bottom: { style: BorderStyle.SINGLE, size: 8, color: o.borderBottom, space: 1 } } : undefined,
  });
}
const tabbed = (parts: (string | [string, RunOpt])[], o: ParOpt = {}) => {
  const runs: TextRun[] = [];
  parts.forEach((p, i) => {
    if (i) runs.push(new TextRun({ children: ['\t'] }));
    runs.push(typeof p === 'string' ? run(p, o) : run(p[0], { ...o, ...p[1] }));
  });
  return par(runs, o);
};
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const line = (color = '000000', size = 4) => ({ style: BorderStyle.SINGLE, size, color });
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
type CellOpt = { w?: number; shade?: string; span?: number; rowSpan?: number; v?: 'top' | 'center' | 'bottom'; borders?: Record<string, unknown>; margins?: { top?: number; bottom?: number; left?: number; right?: number }; vertical?: boolean } & ParOpt;
function cell(content: string | Paragraph[] | string[], o: CellOpt = {}): TableCell {
  const children = typeof content === 'string' ? content.split('\n').map((l) => par(l, o)) : content.length && typeof content[0] === 'string' ? (content as string[]).map((l) => par(l, o)) : (content as Paragraph[]);
  return new TableCell({
    children: children.length ? children : [par('')],
    width: o.w ? { size: o.w, type: WidthType.DXA } : undefined,
    columnSpan: o.span, rowSpan: o.rowSpan,
    verticalAlign: o.v === 'top' ? VerticalAlignTable.TOP : o.v === 'bottom' ? VerticalAlignTable.BOTTOM : VerticalAlignTable.CENTER,
    shading: o.shade ? { type: ShadingType.CLEAR, fill: o.shade, color: 'auto' } : undefined,
    borders: o.borders as never,
    margins: o.margins ?? { top: 40, bottom: 40, left: 90, right: 90 },
    textDirection: o.vertical ? TextDirection.TOP_TO_BOTTOM_RIGHT_TO_LEFT : undefined,
  });
}
const row = (cells: TableCell[], o: { header?: boolean; height?: number; cantSplit?: boolean } = {}) =>
  new TableRow({ children: cells, tableHeader: o.header, cantSplit: o.cantSplit, height: o.height ? { value: o.height, rule: HeightRule.ATLEAST } : undefined });
const table = (rows: TableRow[], widths: number[], o: { borders?: Record<string, unknown>; color?: string } = {}) => new Table({
  rows, columnWidths: widths, width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, layout: TableLayoutType.FIXED,
  borders: (o.borders ?? { top: line(o.color), bottom: line(o.color), left: line(o.color), right: line(o.color), insideHorizontal: line(o.color), insideVertical: line(o.color) }) as never,
});
const photoRun = (w = 96, h = 122) => new ImageRun({ type: 'png', data: PHOTO, transformation: { width: w, height: h } });
const pageNo = (prefix: string, mid: string, suffix = '', o: RunOpt = {}) => [run(prefix, o), new TextRun({ children: [PageNumber.CURRENT], size: o.size, font: o.font }), run(mid, o), new TextRun({ children: [PageNumber.TOTAL_PAGES], size: o.size, font: o.font }), run(suffix, o)];
const A4 = { width: 11906, height: 16838 };
function docxFile(o: { font: string | { ascii: string; eastAsia: string; hAnsi?: string }; size: number; margin: { top: number; bottom: number; left: number; right: number }; header?: Paragraph[] | (Paragraph | Table)[]; footer?: Paragraph[]; children: (Paragraph | Table)[]; title: string; creator?: string }) {
  return new Document({
    creator: o.creator ?? 'Microsoft Office User', title: o.title,
    styles: { default: { document: { run: { font: o.font as never, size: o.size } } } },
    sections: [{
      properties: { page: { size: A4, margin: { ...o.margin, header: 560, footer: 500 } } },
      headers: o.header ? { default: new Header({ children: o.header as Paragraph[] }) } : undefined,
      footers: o.footer ? { default: new Footer({ children: o.footer }) } : undefined,
      children: o.children,
    }],
  });
}

// ───────────────────────────── registry ─────────────────────────────
type Layout = 'single' | 'two-column' | 'table';
interface DocEntry { file: string; person: string; template: string; layout: Layout; producer: 'chromium' | 'docx' | 'libreoffice' | 'txt'; language: string }
const entries: DocEntry[] = [];
const htmlJobs: [string, string][] = [];
const docxJobs: [string, Document][] = [];
const txtJobs: [string, string][] = [];
const short = (l: Layout) => (l === 'two-column' ? 'twocol' : l);
const P = (id: string) => people.find((p) => p.id === id)!;
function addHtml(p: Person, template: string, layout: Layout, src: string) {
  const file = `${p.id}-${short(layout)}-${template}.pdf`;
  htmlJobs.push([file, src]);
  entries.push({ file, person: p.id, template, layout, producer: 'chromium', language: p.language });
}
function addDocx(p: Person, template: string, layout: Layout, d: Document) {
  const base = `${p.id}-${short(layout)}-${template}`;
  docxJobs.push([`${base}.docx`, d]);
  entries.push({ file: `${base}.docx`, person: p.id, template, layout, producer: 'docx', language: p.language });
  entries.push({ file: `${base}.pdf`, person: p.id, template, layout, producer: 'libreoffice', language: p.language });
}
function addTxt(p: Person, template: string, layout: Layout, text: string) {
  const file = `${p.id}-${short(layout)}-${template}.txt`;
  txtJobs.push([file, text]);
  entries.push({ file, person: p.id, template, layout, producer: 'txt', language: p.language });
}

// ═════════════════════════════ DOCX templates ═════════════════════════════
const Q4 = [2477, 2477, 2476, 2476];

/** Guernsey public-service application form (Word): label cells left, employment table with a repeated header row. */
function ggAppform(p: Person): Document {
  const F = 'Arial';
  const W = 9906;
  const sec = (n: number, t: string) => par(`Section ${n}   ${t}`, { bold: true, size: 20, color: 'FFFFFF', shade: '1F3864', before: 200, after: 80, keepNext: true });
  const L = (t: string, w: number, span?: number) => cell(t, { w, span, shade: 'E7ECF3', size: 17, bold: true });
  const V = (t: string, w: number, span?: number) => cell(t, { w, span, size: 19 });
  const jobs = newestFirst(p.work);
  const gap = p.gaps![0];
  const empRows: TableRow[] = [row([
    cell('From\n(mm/yy)', { w: 850, shade: 'BFBFBF', bold: true, size: 17, align: AlignmentType.CENTER }),
    cell('To\n(mm/yy)', { w: 850, shade: 'BFBFBF', bold: true, size: 17, align: AlignmentType.CENTER }),
    cell('Employer name and address', { w: 2300, shade: 'BFBFBF', bold: true, size: 17 }),
    cell('Post held and main duties', { w: 4206, shade: 'BFBFBF', bold: true, size: 17 }),
    cell('Reason for leaving', { w: 1700, shade: 'BFBFBF', bold: true, size: 17 }),
  ], { header: true, cantSplit: true })];
  const seen = new Set<string>();
  for (const j of jobs) {
    if (j.start === '2020-10') {
      empRows.push(row([cell(fm.mmyy(j.start), { w: 850, size: 18, align: AlignmentType.CENTER, v: 'top' }), cell('to date', { w: 850, size: 18, align: AlignmentType.CENTER, v: 'top' }),
        cell([par(j.company, { bold: true, size: 18 }), par(j.employerAddress ?? '', { size: 17 })], { w: 2300, v: 'top' }),
        cell([par(j.title, { bold: true, size: 18, after: 40 }), ...j.duties.map((d) => par(`•\t${d}`, { size: 18, indent: { left: 220, hanging: 220 }, after: 30 }))], { w: 4206, v: 'top' }),
        cell('Currently employed', { w: 1700, size: 18, v: 'top' })]));
      empRows.push(row([cell(fm.mmyy(gap.start), { w: 850, size: 18, align: AlignmentType.CENTER }), cell(fm.mmyy(gap.end), { w: 850, size: 18, align: AlignmentType.CENTER }),
        cell(`${gap.note} (not in employment)`, { span: 2, w: 6506, size: 18, italics: true }), cell('—', { w: 1700, size: 18 })]));
      continue;
    }
    const merged = j.company.startsWith('Bordeaux');
    const first = merged && !seen.has(j.company);
    seen.add(j.company);
    const cells = [cell(fm.mmyy(j.start), { w: 850, size: 18, align: AlignmentType.CENTER, v: 'top' }), cell(j.end ? fm.mmyy(j.end) : 'to date', { w: 850, size: 18, align: AlignmentType.CENTER, v: 'top' })];
    if (!merged || first) cells.push(cell([par(j.company, { bold: true, size: 18 }), par(j.employerAddress ?? '', { size: 17 }), ...(merged ? [par('(promoted within the company)', { size: 16, italics: true, before: 60 })] : [])], { w: 2300, v: 'top', rowSpan: merged ? 2 : undefined }));
    cells.push(cell([par(j.title, { bold: true, size: 18, after: 40 }), ...j.duties.map((d) => par(`•\t${d}`, { size: 18, indent: { left: 220, hanging: 220 }, after: 30 }))], { w: 4206, v: 'top' }));
    cells.push(cell(j.reason ?? '', { w: 1700, size: 18, v: 'top' }));
    empRows.push(row(cells));
  }
  const children: (Paragraph | Table)[] = [
    par([run('APPLICATION FOR EMPLOYMENT', { bold: true, size: 30, color: '1F3864' })], { after: 40 }),
    par('Please complete all sections in black ink or type. CVs are not accepted in place of this form.', { size: 16, italics: true, after: 120 }),
    sec(1, 'POST APPLIED FOR'),
    table([row([L('Post title', 1900), V('Senior Compliance Officer – Revenue Service (CRS / FATCA team)', 4806), L('Vacancy ref.', 1300), V('RS/2026/118', 1900)])], [1900, 4806, 1300, 1900]),
    sec(2, 'PERSONAL DETAILS'),
    table([
      row([L('Title', 1900), V('Mrs', 2600), L('Surname', 1700), V(p.surname.toUpperCase(), 3706)]),
      row([L('Forename(s)', 1900), V(p.given, 2600), L('Known as', 1700), V(p.name, 3706)]),
      row([L('Address', 1900), V(p.address.replace(/ GY5 7QN$/, ''), 4300, 2), V(`Postcode:  ${p.extra.postcode}`, 3706)]),
      row([L('Telephone (home)', 1900), V(p.homePhone!, 2600), L('Mobile', 1700), V(p.phoneLocal, 3706)]),
      row([L('Telephone (work)', 1900), V('01481 713520  (please do not call me at work)', 2600), L('E-mail', 1700), V(p.email, 3706)]),
      row([L('Residence status', 1900), V(p.extra.status, 8006, 3)]),
    ], [1900, 2600, 1700, 3706]),
    sec(3, 'ELIGIBILITY AND OTHER INFORMATION'),
    table([
      ['Do you hold a current full driving licence?', 'Yes – full, clean'],
      ['Do you have any unspent convictions under the Rehabilitation of Offenders (Bailiwick of Guernsey) Law, 2002?', 'No'],
      ['Are you related to, or in a relationship with, any member of the Committee or its staff?', 'No'],
      ['Do you require any adjustments to attend an interview?', 'No'],
      ['Are you currently, or have you ever been, employed by the States of Guernsey?', 'No'],
      ['Where did you see this vacancy advertised?', 'States vacancies web page and the Guernsey Press'],
    ].map(([q, a]) => row([cell(q, { w: 6906, size: 18, shade: 'F7F9FC' }), cell(a, { w: 3000, size: 19 })])), [6906, 3000]),
    sec(4, 'EMPLOYMENT HISTORY'),
    par('Starting with your present or most recent employer, list all employment and any gaps. Continue on a separate sheet if necessary.', { size: 16, italics: true, after: 60 }),
    table(empRows, [850, 850, 2300, 4206, 1700]),
    par('Notice period required by present employer: 3 months.', { size: 18, before: 60 }),
    sec(5, 'EDUCATION AND QUALIFICATIONS'),
    table([row([cell('Dates', { w: 1700, shade: 'BFBFBF', bold: true, size: 17 }), cell('School / college / university', { w: 3800, shade: 'BFBFBF', bold: true, size: 17 }), cell('Qualifications obtained (with grades)', { w: 4406, shade: 'BFBFBF', bold: true, size: 17 })], { header: true }),
      ...newestFirst(p.education).map((e) => row([V(`${fm.mmyy(e.start)} – ${fm.mmyy(e.end)}`, 1700), V(e.school, 3800), V(e.degree, 4406)]))], [1700, 3800, 4406]),
    sec(6, 'PROFESSIONAL QUALIFICATIONS AND MEMBERSHIPS'),
    table([row([cell(p.certs.map((c) => `–  ${c}`), { w: W, size: 19 })])], [W]),
    sec(7, 'SKILLS'),
    par('List the skills and systems you would bring to the post.', { size: 16, italics: true, after: 60 }),
    table([row([cell(sk(p).slice(0, 4).map((s) => `–  ${s}`), { w: W / 2, size: 19, v: 'top' }), cell(sk(p).slice(4).map((s) => `–  ${s}`), { w: W / 2, size: 19, v: 'top' })])], [W / 2, W / 2]),
    sec(8, 'LANGUAGES'),
    table([row(p.languages.flatMap((l) => [L(l.lang, 1500), V(l.level, W / 2 - 1500)]))], [1500, W / 2 - 1500, 1500, W / 2 - 1500]),
    sec(9, 'SUPPORTING STATEMENT'),
    table([row([cell([
      par('I have spent fifteen years in Guernsey\'s fiduciary sector and currently manage a client services team of six at Havelet Fiduciary Services Limited. A large part of my role is making sure that due diligence, source-of-wealth evidence and reporting obligations are right first time, which is why the CRS / FATCA team appeals to me.', { size: 19, after: 100 }),
      par('In my present post I run the periodic-review programme for 210 structures and am the team\'s point of contact for the MLRO. I have prepared responses to GFSC thematic reviews, trained colleagues on onboarding and introduced a Viewpoint workflow that cut our review backlog from 40 files to 6. I am used to explaining technical requirements to clients and intermediaries clearly and politely.', { size: 19, after: 100 }),
      par('Earlier, as a senior trust administrator, I reviewed trust accounts, dealt with auditors and led a pod of three. My AAT grounding means I am comfortable with reconciliations and data quality, which I understand is central to the reporting work of the Revenue Service.', { size: 19 }),
    ], { w: W, v: 'top' })])], [W]),
    sec(10, 'REFERENCES'),
    par('Give two referees, one of whom must be your present or most recent employer.', { size: 16, italics: true, after: 60 }),
    table([row(p.referees.map((r, i) => cell([par(`Referee ${i + 1}`, { bold: true, size: 17 }), par(r.name, { size: 19 }), par(r.role, { size: 18 }), par(`Tel: ${r.phone}`, { size: 18 }), ...(r.email ? [par(`E-mail: ${r.email}`, { size: 18 })] : []), par('May we contact before interview?  Yes ☐  No ☒', { size: 17, before: 60 })], { w: W / 2, v: 'top' })))], [W / 2, W / 2]),
    sec(11, 'DECLARATION'),
    par('I declare that the information given in this form is true and complete. I understand that any false statement may lead to my application being rejected or, if appointed, to dismissal.', { size: 18, after: 120 }),
    tabbed(['Signature:  N. Ozanne', 'Date:  18/11/2026'], { size: 19, tabs: [{ type: TabStopType.LEFT, position: 6000 }] }),
  ];
  return docxFile({
    title: 'Application for Employment', font: F, size: 19, margin: { top: 1000, bottom: 900, left: 1000, right: 1000 }, children,
    header: [tabbed([['Guernsey Public Service', { bold: true }], 'Application for Employment — CONFIDENTIAL'], { size: 16, color: '595959', tabs: [{ type: TabStopType.RIGHT, position: W }], borderBottom: '1F3864' })],
    footer: [par([run('Form HR/AF1 (v7)          ', { size: 15, color: '7F7F7F' }), ...pageNo('Page ', ' of ', '', { size: 15, color: '7F7F7F' })], { align: AlignmentType.RIGHT })],
  });
}

/** Baltic staffing agency "Candidate card" (Word): photo cell beside label–value rows, numbered work table. */
function balticAgency(p: Person): Document {
  const F = 'Calibri';
  const W = 9906;
  const project = p.id === 'p03' ? 'NO-0412 · Welders and welding foremen for a shipyard, Møre og Romsdal (Norway)' : 'NO-0398 · Warehouse team leaders, Oslo region (Norway)';
  const L = (t: string) => cell(t, { w: 2200, shade: 'EDEDED', size: 18, bold: true });
  const V = (t: string) => cell(t, { w: 5000, size: 19 });
  const info: [string, string][] = [
    ['Candidate', p.name], ['Date of birth', dob(p, 'iso')], ['Citizenship', p.nationality], ['Mobile phone', p.phoneIntl], ['E-mail', p.email],
    ['Home address', p.address], ['Driving licence', p.extra.licence], ['Available from', p.extra.available],
  ];
  const top = table(info.map(([l, v], i) => row([L(l), V(v), ...(i === 0 ? [cell([par([photoRun(104, 132)], { align: AlignmentType.CENTER })], { w: 2706, rowSpan: info.length, v: 'center' })] : [])])), [2200, 5000, 2706], { color: 'A6A6A6' });
  const hdr = ['No.', 'Period', 'Country', 'Employer', 'Position', 'Main tasks'];
  const ws = [560, 1600, 1150, 2200, 1450, 2946];
  const jobs = newestFirst(p.work);
  const work = table([
    row(hdr.map((h, i) => cell(h, { w: ws[i], shade: '1B4F72', color: 'FFFFFF', bold: true, size: 17 })), { header: true }),
    ...jobs.map((j, n) => row([
      cell(`${n + 1}.`, { w: ws[0], size: 18, v: 'top' }),
      cell(range(j, fm.mmyyyy, ' – ', 'present'), { w: ws[1], size: 18, v: 'top' }),
      cell(j.country ?? '', { w: ws[2], size: 18, v: 'top' }),
      cell(j.company, { w: ws[3], size: 18, bold: true, v: 'top' }),
      cell(j.title, { w: ws[4], size: 18, v: 'top' }),
      cell(j.duties.map((d) => `– ${d}`), { w: ws[5], size: 17, v: 'top' }),
    ])),
  ], ws, { color: 'A6A6A6' });
  const h2 = (t: string) => par(t, { bold: true, size: 22, color: '1B4F72', before: 200, after: 80, borderBottom: '1B4F72', keepNext: true });
  const children: (Paragraph | Table)[] = [
    par([run('CANDIDATE CARD', { bold: true, size: 34, color: '1B4F72' })], { after: 20 }),
    par([run('Project: ', { bold: true, size: 18 }), run(project, { size: 18 })], { after: 140 }),
    top,
    h2('Work experience (latest first)'),
    work,
    h2('Skills, certificates and licences'),
    table([row([
      cell([par('Professional skills', { bold: true, size: 18, after: 40 }), ...sk(p).map((s) => par(`▪ ${s}`, { size: 19 }))], { w: W / 2, v: 'top' }),
      cell([par('Certificates and licences', { bold: true, size: 18, after: 40 }), ...p.certs.map((s) => par(`▪ ${s}`, { size: 19 }))], { w: W / 2, v: 'top' }),
    ])], [W / 2, W / 2], { color: 'A6A6A6' }),
    h2('Languages'),
    table([
      row(['Language', 'Understanding', 'Speaking', 'Writing'].map((h, i) => cell(h, { w: Q4[i], shade: 'EDEDED', bold: true, size: 17 }))),
      ...p.languages.map((l) => row([cell(l.lang, { w: Q4[0], size: 18 }), ...[1, 2, 3].map((i) => cell(l.level, { w: Q4[i], size: 18 }))])),
    ], Q4, { color: 'A6A6A6' }),
    h2('Education'),
    table(newestFirst(p.education).map((e) => row([cell(`${fm.mmyyyy(e.start)} – ${fm.mmyyyy(e.end)}`, { w: 1900, size: 18 }), cell(`${e.school}${e.city ? `, ${e.city}` : ''}`, { w: 4200, size: 18 }), cell(e.degree, { w: 3806, size: 18 })])), [1900, 4200, 3806], { color: 'A6A6A6' }),
    h2('Recruiter assessment (internal)'),
    table([
      row([cell('Interview', { w: 2200, shade: 'EDEDED', bold: true, size: 17 }), cell(`2026-11-12, video call, in English — ${p.id === 'p03' ? 'welding test booked at partner workshop in Gdańsk' : 'reference check done'}`, { w: 7706, size: 18 })]),
      row([cell('Recruiter', { w: 2200, shade: 'EDEDED', bold: true, size: 17 }), cell('Rasa Kairienė, senior recruiter · +370 5 219 4477 · rasa.k@nordbalt-personnel.lt', { w: 7706, size: 18 })]),
      row([cell('Recommendation', { w: 2200, shade: 'EDEDED', bold: true, size: 17 }), cell('☒ Suitable for the project    ☐ Reserve    ☐ Not suitable', { w: 7706, size: 18 })]),
    ], [2200, 7706], { color: 'A6A6A6' }),
  ];
  return docxFile({
    title: 'Candidate card', font: F, size: 19, margin: { top: 1300, bottom: 900, left: 1000, right: 1000 }, children,
    header: [tabbed([['NordBalt Personnel UAB', { bold: true, size: 22, color: '1B4F72' }], 'Licensed temporary-work agency · Konstitucijos pr. 21A, LT-08105 Vilnius'], { size: 15, color: '595959', tabs: [{ type: TabStopType.RIGHT, position: W }] }),
      par('Tel. +370 5 219 4477 · jobs@nordbalt-personnel.lt · www.nordbalt-personnel.lt', { size: 15, color: '595959', align: AlignmentType.RIGHT, borderBottom: '1B4F72' })],
    footer: [par([run('Candidate card NB-2026-0' + (p.id === 'p03' ? '583' : '571') + ' · confidential · page ', { size: 15, color: '7F7F7F' }), new TextRun({ children: [PageNumber.CURRENT], size: 15, color: '7F7F7F' }), run('/', { size: 15, color: '7F7F7F' }), new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 15, color: '7F7F7F' })], { align: AlignmentType.CENTER })],
  });
}

/** Namibian university application form (Word): label-above-value cells, employer merged over three roles. */
function naUniv(p: Person): Document {
  const F = 'Arial';
  const W = 9906;
  const box = (label: string, value: string, w: number, span?: number) => cell([par(label, { size: 14, color: '595959' }), par(value || ' ', { size: 19, before: 20 })], { w, span, v: 'top', margins: { top: 30, bottom: 60, left: 90, right: 90 } });
  const sec = (t: string) => par(t, { bold: true, size: 19, color: '000000', shade: 'D9D9D9', before: 180, after: 60, keepNext: true, allCaps: true });
  const jobs = newestFirst(p.work);
  const ws = [2900, 2806, 1400, 1400, 1400];
  const emp: TableRow[] = [row(['Employer', 'Position held', 'From', 'To', 'Type'].map((h, i) => cell(h, { w: ws[i], bold: true, size: 17, shade: 'F2F2F2' })), { header: true })];
  let wiasDone = false;
  for (const j of jobs) {
    const wias = j.company.startsWith('Windhoek');
    const cells: TableCell[] = [];
    if (!wias || !wiasDone) cells.push(cell([par(j.company, { bold: true, size: 18 }), par(j.city, { size: 17 })], { w: ws[0], v: 'top', rowSpan: wias ? 3 : undefined }));
    if (wias) wiasDone = true;
    cells.push(cell(j.title, { w: ws[1], size: 18, v: 'top' }), cell(fm.monY(j.start), { w: ws[2], size: 18, v: 'top' }), cell(j.end ? fm.monY(j.end) : 'To date', { w: ws[3], size: 18, v: 'top' }), cell(j.title.includes('Acting') ? 'Acting' : 'Permanent', { w: ws[4], size: 18, v: 'top' }));
    emp.push(row(cells));
  }
  const cur = jobs[0];
  const children: (Paragraph | Table)[] = [
    par([run('OTJIKOTO UNIVERSITY', { bold: true, size: 28, color: '0B3D2E' })], { align: AlignmentType.CENTER }),
    par('Department of Human Resources · Private Bag 13420, Windhoek · Tel. +264 61 299 4000', { size: 16, align: AlignmentType.CENTER }),
    par([run('APPLICATION FOR EMPLOYMENT — ADMINISTRATIVE AND SUPPORT STAFF', { bold: true, size: 22 })], { align: AlignmentType.CENTER, before: 100, after: 60 }),
    par('Complete in full. Attach certified copies of qualifications and ID. Incomplete applications will not be considered.', { size: 15, italics: true, align: AlignmentType.CENTER, after: 100 }),
    sec('A. Position'),
    table([row([box('Position applied for', 'Director: Finance', 4400), box('Reference number', 'OU/HR/2026/061', 2700), box('Where did you see the advert?', 'The Namibian, 6 Nov 2026', 2806)])], [4400, 2700, 2806]),
    sec('B. Personal particulars'),
    table([
      row([box('Title', p.extra.title, 1300), box('Surname', p.surname.toUpperCase(), 4000, 2), box('First names', p.given, 4606, 2)]),
      row([box('Name and surname as you wish to be addressed', p.name, 5300, 3), box('Identity number', p.extra.idNo, 4606, 2)]),
      row([box('Date of birth (dd/mm/yyyy)', dob(p, 'dmy'), 2600, 2), box('Gender', 'Female', 2700), box('Nationality / citizenship', `${p.nationality} (citizen by birth)`, 4606, 2)]),
      row([box('Cell phone number', p.phoneLocal, 2600, 2), box('Telephone (home)', p.homePhone!, 2700), box('E-mail address', p.email, 4606, 2)]),
      row([box('Postal address', p.extra.postal, 5300, 3), box('Residential address', p.address, 4606, 2)]),
    ], [1300, 1300, 2700, 1300, 3306]),
    sec('C. Employment record (start with your present employer)'),
    table(emp, ws),
    table([
      row([box('Duties and responsibilities in present position', '', W, 3)]),
      row([cell(cur.duties.map((d) => `•  ${d}`), { w: W, span: 3, size: 18, v: 'top' })]),
      row([box('Current basic salary', p.extra.salary, 3300), box('Notice period', p.extra.notice, 3300), box('Reason for wishing to leave', 'Seeking a directorate-level post in a larger institution', 3306)]),
    ], [3300, 3300, 3306]),
    sec('D. Academic and professional qualifications'),
    table([row(['Institution', 'Qualification', 'From', 'To'].map((h, i) => cell(h, { w: [3600, 3506, 1400, 1400][i], bold: true, size: 17, shade: 'F2F2F2' }))),
      ...newestFirst(p.education).map((e) => row([cell(e.school, { w: 3600, size: 18 }), cell(e.degree, { w: 3506, size: 18 }), cell(fm.monY(e.start), { w: 1400, size: 18 }), cell(fm.monY(e.end), { w: 1400, size: 18 })])),
      row([cell('Professional registration / certificates', { w: 3600, size: 17, bold: true }), cell(p.certs.join('; '), { w: 6306, span: 3, size: 18 })])], [3600, 3506, 1400, 1400]),
    sec('E. Skills and competencies'),
    table([0, 2, 4, 6].filter((i) => i < p.skills.length).map((i) => row([cell(`${i + 1}. ${sk(p)[i]}`, { w: W / 2, size: 19 }), cell(sk(p)[i + 1] ? `${i + 2}. ${sk(p)[i + 1]}` : '', { w: W / 2, size: 19 })])), [W / 2, W / 2]),
    sec('F. Languages (indicate Excellent / Good / Fair)'),
    table([row(['Language', 'Speak', 'Read', 'Write'].map((h, i) => cell(h, { w: Q4[i], bold: true, size: 17, shade: 'F2F2F2' }))),
      ...p.languages.map((l) => row([cell(l.lang, { w: Q4[0], size: 18 }), ...[1, 2, 3].map((i) => cell(l.level === 'Home language' ? 'Excellent' : l.level, { w: Q4[i], size: 18 }))]))], Q4),
    sec('G. Referees (not related to you)'),
    table([row(p.referees.map((r) => cell([par(r.name, { bold: true, size: 18 }), par(r.role, { size: 17 }), par(`Tel. ${r.phone}`, { size: 17 })], { w: W / 3, v: 'top' })))], [3302, 3302, 3302]),
    sec('H. Declaration'),
    par('I certify that the information supplied is correct. I understand that false information may lead to disqualification or dismissal.', { size: 18, after: 100 }),
    tabbed(['Signature: ______________________', 'Date: 20/11/2026'], { size: 19, tabs: [{ type: TabStopType.LEFT, position: 6200 }] }),
  ];
  return docxFile({
    title: 'Application for Employment', font: F, size: 19, margin: { top: 900, bottom: 900, left: 1000, right: 1000 }, children,
    footer: [par([run('HR-F-012 Rev. 3 (2024)                                                                                         ', { size: 14, color: '7F7F7F' }), ...pageNo('Page ', ' of ', '', { size: 14, color: '7F7F7F' })])],
  });
}



const ZH_FONT = { ascii: 'Times New Roman', eastAsia: '宋体', hAnsi: 'Times New Roman' };
const HEI = { ascii: 'Arial', eastAsia: '黑体', hAnsi: 'Arial' } as never;
const gsum = (g: number[], a: number, n: number) => g.slice(a, a + n).reduce((s, v) => s + v, 0);

/** 组团式援疆专业技术人才选派推荐表 (Word): photo cell, vertical 工作简历 label merged down numbered rows. */
function yuanjiang(p: Person): Document {
  const G = [1250, 750, 700, 900, 1350, 1300, 1650, 1800];
  const W = gsum(G, 0, 8);
  const C = (t: string, a: number, n = 1, o: CellOpt = {}) => cell(t, { w: gsum(G, a, n), span: n > 1 ? n : undefined, size: 21, align: AlignmentType.CENTER, ...o });
  const cur = newestFirst(p.work)[0];
  const jobs = oldestFirst(p.work);
  const edu = oldestFirst(p.education);
  const seal = () => [par(''), par('（盖章）　　年　　月　　日', { size: 20, before: 420, align: AlignmentType.RIGHT })];
  const rows: TableRow[] = [
    row([C('姓　名', 0), C(p.name, 1, 2), C('性别', 3), C(p.gender === 'F' ? '女' : '男', 4), C('出生年月', 5), C(dob(p, 'dot'), 6), cell([par([photoRun(92, 118)], { align: AlignmentType.CENTER })], { w: G[7], rowSpan: 4 })], { height: 540 }),
    row([C('民　族', 0), C(p.extra.minzu, 1, 2), C('籍贯', 3), C(p.extra.jiguan, 4), C('政治面貌', 5), C(p.extra.zhengzhi, 6)], { height: 540 }),
    row([C('参加工作\n时间', 0), C(p.extra.jobStart, 1, 2), C('职称', 3), C(p.extra.title, 4, 1, { size: 19 }), C('健康状况', 5), C('良好', 6)], { height: 540 }),
    row([C('身份证号', 0), C(p.extra.idMasked, 1, 4), C('手机号码', 5), C(p.phoneLocal, 6)], { height: 540 }),
    row([C('电子邮箱', 0), C(p.email, 1, 4), C('紧急联系人', 5), C(`${p.emergency!.name}（${p.emergency!.relation}）\n${p.emergency!.phone}`, 6, 2, { size: 19 })], { height: 540 }),
    row([C('学历学位', 0), cell(edu.map((e) => `${fm.dot(e.start)}—${fm.dot(e.end)}　${e.school}　${e.degree}`), { w: W - G[0], span: 7, size: 20 })]),
    row([C('现工作单位\n及职务', 0), cell(`${cur.company}　${cur.title}`, { w: W - G[0], span: 7, size: 21 })]),
    row([C('拟援派单位\n及岗位', 0), cell(p.extra.target, { w: W - G[0], span: 7, size: 21 })]),
    row([cell('工\n作\n简\n历', { w: G[0], rowSpan: jobs.length + 1, size: 21, align: AlignmentType.CENTER }), C('序号', 1, 1, { bold: true }), C('起止年月', 2, 2, { bold: true }), C('工作单位', 4, 2, { bold: true }), C('职务／岗位', 6, 1, { bold: true }), C('证明人', 7, 1, { bold: true })], { header: false }),
    ...jobs.map((j, i) => row([C(String(i + 1), 1), C(range(j, fm.dot, '—', '至今'), 2, 2, { size: 20 }), C(j.company, 4, 2, { size: 20, align: AlignmentType.LEFT }), C(j.title, 6, 1, { size: 20, align: AlignmentType.LEFT }), C(j.supervisor ?? p.referees[0].name, 7, 1, { size: 20 })], { height: 480, cantSplit: true })),
    row([C('专业特长', 0), cell(sk(p).join('、'), { w: W - G[0], span: 7, size: 21 })], { height: 640 }),
    row([C('外语及\n普通话', 0), cell(p.languages.map((x) => `${x.lang}：${x.level}`).join('；'), { w: W - G[0], span: 7, size: 21 })]),
    row([C('证书及\n奖惩情况', 0), cell(p.certs.join('；'), { w: W - G[0], span: 7, size: 21 })], { height: 640 }),
    row([C('本人承诺', 0), cell([par('本人自愿报名参加援疆工作，服从组织安排，以上所填信息真实准确，如有不实，愿承担相应责任。', { size: 20 }), par('承诺人签名：　　　　　　　　　　2026 年 11 月 16 日', { size: 20, before: 240, align: AlignmentType.RIGHT })], { w: W - G[0], span: 7 })], { height: 900, cantSplit: true }),
    row([C('推荐单位\n意见', 0), cell(seal(), { w: gsum(G, 1, 4), span: 4 }), C('主管部门\n意见', 5), cell(seal(), { w: gsum(G, 6, 2), span: 2 })], { height: 1200, cantSplit: true }),
    row([C('援疆工作\n领导小组\n意见', 0), cell(seal(), { w: W - G[0], span: 7 })], { height: 1000, cantSplit: true }),
  ];
  return docxFile({
    title: '援疆专业技术人才选派推荐表', creator: 'Administrator', font: ZH_FONT, size: 21, margin: { top: 1200, bottom: 1000, left: 1100, right: 1100 },
    children: [
      par([run('组团式援疆专业技术人才选派推荐表', { bold: true, size: 36, font: HEI })], { align: AlignmentType.CENTER, after: 200 }),
      tabbed([`推荐单位（盖章）：${cur.company}`, '填表时间：2026 年 11 月 16 日'], { size: 21, tabs: [{ type: TabStopType.RIGHT, position: W }], after: 100 }),
      table(rows, G),
      par('注：本表一式两份，A4 纸双面打印；“工作简历”从参加工作时填起，按时间先后顺序逐条填写。', { size: 18, before: 100 }),
    ],
    footer: [par([new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: 18 })], { align: AlignmentType.CENTER })],
  });
}

/** 医师多机构执业备案表 (Word): 起 / 止 in two cells, employer merged down three roles, concurrent second site. */
function duodian(p: Person): Document {
  const G = [1300, 1500, 900, 1200, 1100, 1900, 1800];
  const W = gsum(G, 0, 7);
  const C = (t: string, a: number, n = 1, o: CellOpt = {}) => cell(t, { w: gsum(G, a, n), span: n > 1 ? n : undefined, size: 20, align: AlignmentType.CENTER, ...o });
  const main = p.work.filter((j) => j.company === '湘江医学院附属第二医院');
  const side = p.work.find((j) => j.company !== '湘江医学院附属第二医院')!;
  const edu = p.education[0];
  const rows: TableRow[] = [
    row([C('姓　　名', 0), C(p.name, 1), C('性别', 2), C('男', 3), C('出生日期', 4), C(p.dob.replace(/-/g, '.'), 5), cell([par([photoRun(92, 118)], { align: AlignmentType.CENTER })], { w: G[6], rowSpan: 4 })], { height: 520 }),
    row([C('民　　族', 0), C(p.extra.minzu, 1), C('身份证号', 2), C(p.extra.idMasked, 3, 3)], { height: 520 }),
    row([C('医师资格证书编码', 0, 1, { size: 18 }), C(p.extra.qualNo, 1, 2, { size: 18 }), C('医师执业证书编码', 3, 2, { size: 18 }), C(p.extra.pracNo, 5, 1, { size: 18 })], { height: 520 }),
    row([C('执业类别', 0), C('临床', 1), C('执业范围', 2), C(p.extra.scope, 3), C('职称', 4), C('副主任医师', 5)], { height: 520 }),
    row([C('手机号码', 0), C(p.phoneLocal, 1, 2), C('电子邮箱', 3), C(p.email, 4, 3)], { height: 520 }),
    row([C('第一执业\n机构', 0), C(main[0].company, 1, 3), C('科室', 4), C(main[0].dept!, 5, 2)], { height: 520 }),
    row([C('拟（已）备案\n执业机构', 0, 1, { size: 18 }), C(side.company, 1, 3), C('执业时间', 4), C('每周六 08:00—12:00', 5, 2)], { height: 520 }),
    row([C('最高学历', 0), cell(`${fm.dot(edu.start)}—${fm.dot(edu.end)}　${edu.school}　${edu.degree}`, { w: W - G[0], span: 6, size: 20 })], { height: 480 }),
    row([cell('主\n要\n工\n作\n经\n历', { w: G[0], rowSpan: p.work.length + 1, size: 20, align: AlignmentType.CENTER }), C('起', 1, 1, { bold: true, shade: 'F2F2F2' }), C('止', 2, 1, { bold: true, shade: 'F2F2F2' }), C('工作单位', 3, 2, { bold: true, shade: 'F2F2F2' }), C('科室', 5, 1, { bold: true, shade: 'F2F2F2' }), C('职务／职称', 6, 1, { bold: true, shade: 'F2F2F2' })]),
    ...main.map((j, i) => row([C(fm.dot(j.start), 1), C(j.end ? fm.dot(j.end) : '至今', 2), ...(i === 0 ? [cell(j.company, { w: gsum(G, 3, 2), span: 2, rowSpan: main.length, size: 18, align: AlignmentType.CENTER })] : []), C(j.dept!, 5), C(j.title, 6)], { height: 460 })),
    row([C(fm.dot(side.start), 1), C('至今', 2), C(side.company, 3, 2), C(side.dept!, 5), C(side.title, 6, 1, { size: 18 })], { height: 460 }),
    row([C('专业特长', 0), cell(sk(p).join('；'), { w: W - G[0], span: 6, size: 20 })], { height: 620 }),
    row([C('资格证书', 0), cell(p.certs.join('；'), { w: W - G[0], span: 6, size: 20 })], { height: 620 }),
    row([C('本人承诺', 0), cell([par('本人承诺在各执业机构依法执业，遵守诊疗规范，所填内容真实。', { size: 20 }), par('医师签名：　　　　　　2026 年 11 月 20 日', { size: 20, before: 200, align: AlignmentType.RIGHT })], { w: W - G[0], span: 6 })], { height: 900 }),
    row([C('第一执业\n机构意见', 0), cell([par(''), par('（盖章）　年　月　日', { size: 20, before: 400, align: AlignmentType.RIGHT })], { w: gsum(G, 1, 3), span: 3 }), C('拟执业\n机构意见', 4), cell([par(''), par('（盖章）　年　月　日', { size: 20, before: 400, align: AlignmentType.RIGHT })], { w: gsum(G, 5, 2), span: 2 })], { height: 1200 }),
    row([C('卫生健康\n行政部门\n备案意见', 0), cell([par(''), par('（盖章）　年　月　日', { size: 20, before: 300, align: AlignmentType.RIGHT })], { w: W - G[0], span: 6 })], { height: 1000 }),
  ];
  return docxFile({
    title: '医师多机构执业备案表', creator: 'user', font: ZH_FONT, size: 20, margin: { top: 1100, bottom: 900, left: 1100, right: 1100 },
    children: [
      par([run('医师多机构执业备案表', { bold: true, size: 36, font: HEI })], { align: AlignmentType.CENTER, after: 120 }),
      tabbed(['备案类型：☐ 首次　☑ 延续', '编号：HN-DJ-2026-0417'], { size: 20, tabs: [{ type: TabStopType.RIGHT, position: W }], after: 100 }),
      table(rows, G),
      par('注：1. 本表一式三份，医师本人、第一执业机构、备案机关各执一份。2. 工作经历填写至今。', { size: 17, before: 80 }),
    ],
  });
}

/** 劳务派遣人员入职登记表 (Word): shaded section rows; work rows ordered 时间 | 岗位 | 单位, with a 待业 row. */
function paiqian(p: Person): Document {
  const G = [1600, 1400, 1000, 1300, 1100, 1500, 1800];
  const W = gsum(G, 0, 7);
  const C = (t: string, a: number, n = 1, o: CellOpt = {}) => cell(t, { w: gsum(G, a, n), span: n > 1 ? n : undefined, size: 20, align: AlignmentType.CENTER, ...o });
  const S = (t: string) => row([cell(t, { w: W, span: 7, bold: true, size: 21, shade: 'D9E2F3' })]);
  const items: { start: string; end: string | null; pos: string; unit: string; why: string; ref: string }[] = [
    ...p.work.map((j) => ({ start: j.start, end: j.end, pos: j.title, unit: j.company, why: j.reason || '—', ref: j.end ? '人事部' : `${p.referees[0].name} ${p.referees[0].phone}` })),
    ...(p.gaps ?? []).map((g) => ({ start: g.start, end: g.end, pos: '—', unit: g.note, why: '—', ref: '—' })),
  ];
  const rows: TableRow[] = [
    row([C('姓　　名', 0), C(p.name, 1), C('性别', 2), C('女', 3), C('出生日期', 4), C(p.dob, 5), cell([par([photoRun(90, 116)], { align: AlignmentType.CENTER })], { w: G[6], rowSpan: 4 })], { height: 500 }),
    row([C('民　　族', 0), C(p.extra.minzu, 1), C('政治面貌', 2), C(p.extra.zhengzhi, 3), C('婚姻状况', 4), C('未婚', 5)], { height: 500 }),
    row([C('身份证号', 0), C(p.extra.idMasked, 1, 3), C('户籍', 4), C(p.extra.hukou, 5)], { height: 500 }),
    row([C('手机号码', 0), C(p.phoneLocal, 1, 2), C('电子邮箱', 3), C(p.email, 4, 2, { size: 18 })], { height: 500 }),
    row([C('现居住地址', 0), cell(p.address, { w: W - G[0], span: 6, size: 20 })], { height: 500 }),
    row([C('紧急联系人', 0), C(`${p.emergency!.name}（${p.emergency!.relation}）`, 1, 2), C('联系电话', 3), C(p.emergency!.phone, 4, 3)], { height: 500 }),
    S('教育经历'),
    row([C('起止时间', 0, 2, { bold: true }), C('学校名称', 2, 3, { bold: true }), C('专业', 5, 1, { bold: true }), C('学历', 6, 1, { bold: true })]),
    ...p.education.map((e) => row([C(`${fm.dot(e.start)}-${fm.dot(e.end)}`, 0, 2), C(e.school, 2, 3), C('会计', 5), C('大专', 6)], { height: 460 })),
    S('工作经历（从最近一份工作填起，实习及待业期间也须填写）'),
    row([C('时间', 0, 1, { bold: true }), C('岗位', 1, 1, { bold: true }), C('单位名称', 2, 3, { bold: true }), C('离职原因', 5, 1, { bold: true }), C('证明人及电话', 6, 1, { bold: true })]),
    ...newestFirst(items).map((it) => row([C(range(it, fm.dot, '-', '至今'), 0, 1, { size: 19 }), C(it.pos, 1, 1, { size: 19 }), C(it.unit, 2, 3, { size: 19 }), C(it.why, 5, 1, { size: 19 }), C(it.ref, 6, 1, { size: 17 })], { height: 520 })),
    S('技能与证书'),
    row([C('技能特长', 0), cell(sk(p).join('；'), { w: W - G[0], span: 6, size: 20 })], { height: 560 }),
    row([C('证　　书', 0), cell(p.certs.join('；') + `；英语 ${p.languages[0].level}`, { w: W - G[0], span: 6, size: 20 })], { height: 560 }),
    row([C('本人声明', 0), cell([par('本人保证以上信息真实有效，如有虚假，公司有权解除劳动合同。本人已知悉派遣岗位、用工单位及工作地点。', { size: 19 }), par('签名：　　　　　　日期：2026 年 11 月 23 日', { size: 19, before: 200, align: AlignmentType.RIGHT })], { w: W - G[0], span: 6 })], { height: 900 }),
    S('以下由公司填写'),
    row([C('员工编号', 0), C('', 1), C('派遣岗位', 2), C(p.extra.target, 3, 2, { size: 18 }), C('合同期限', 5), C('　年　月至　年　月', 6, 1, { size: 17 })], { height: 520 }),
    row([C('招聘专员', 0), C('', 1, 2), C('审核人', 3), C('', 4, 3)], { height: 520 }),
  ];
  return docxFile({
    title: '劳务派遣人员入职登记表', creator: 'HR', font: ZH_FONT, size: 20, margin: { top: 1100, bottom: 900, left: 1100, right: 1100 },
    header: [tabbed([['苏州恒信人力资源服务有限公司', { bold: true }], '劳务派遣经营许可证编号：320506202300118'], { size: 17, color: '404040', tabs: [{ type: TabStopType.RIGHT, position: W }], borderBottom: '404040' })],
    children: [
      par([run('劳务派遣人员入职登记表', { bold: true, size: 34, font: HEI })], { align: AlignmentType.CENTER, after: 80 }),
      tabbed(['填表日期：2026 年 11 月 23 日', '表单编号：HX-RZ-07'], { size: 19, tabs: [{ type: TabStopType.RIGHT, position: W }], after: 80 }),
      table(rows, G),
    ],
  });
}

/** Daftar Riwayat Hidup for a foreign worker (TKA) in Indonesia: trilingual labels, numbered work table. */
function tkaCv(p: Person): Document {
  const FONT = { ascii: 'Arial', eastAsia: '宋体', hAnsi: 'Arial' };
  const W = 9906;
  const L = (id: string, zh: string, en: string) => cell([par(id, { size: 16, bold: true }), par(`${zh} / ${en}`, { size: 15, color: '595959' })], { w: 3000, shade: 'F2F2F2', v: 'top' });
  const V = (t: string) => cell(t, { w: 4900, size: 19 });
  const info: [string, string, string, string][] = [
    ['Nama', '姓名', 'Name', `${p.name}　(${p.latin})`],
    ['Jenis kelamin', '性别', 'Sex', 'Laki-laki / 男 / Male'],
    ['Tempat, tanggal lahir', '出生地及日期', 'Place & date of birth', `${p.extra.birthplace}, ${p.dob.split('-').reverse().join('-')}`],
    ['Kewarganegaraan', '国籍', 'Nationality', p.nationality],
    ['No. Paspor', '护照号码', 'Passport No.', p.extra.passport],
    ['No. KITAS', '暂住证号', 'KITAS No.', p.extra.kitas],
    ['No. HP', '手机', 'Mobile', p.phoneIntl],
    ['Email', '电子邮箱', 'E-mail', p.email],
    ['Alamat di negara asal', '国内地址', 'Home address', p.address],
    ['Jabatan di Indonesia', '在印尼职位', 'Position in Indonesia', p.extra.target],
  ];
  const sec = (id: string, zh: string, en: string) => par([run(`${id} / ${zh} / ${en}`, { bold: true, size: 20, color: 'FFFFFF' })], { shade: '7F1D1D', before: 200, after: 80, keepNext: true });
  const ws = [520, 1900, 2650, 1900, 2936];
  const jobs = oldestFirst(p.work);
  return docxFile({
    title: 'Daftar Riwayat Hidup', creator: 'HRD', font: FONT, size: 19, margin: { top: 1000, bottom: 900, left: 1000, right: 1000 },
    header: [tabbed([['PT Sulawesi Nikel Makmur', { bold: true }], 'Lampiran RPTKA / Perpanjangan IMTA — 附件：外籍劳工工作许可延期'], { size: 15, color: '595959', tabs: [{ type: TabStopType.RIGHT, position: W }], borderBottom: '7F1D1D' })],
    footer: [par([run(`Daftar Riwayat Hidup — ${p.latin} — hal. `, { size: 15, color: '7F7F7F' }), new TextRun({ children: [PageNumber.CURRENT], size: 15, color: '7F7F7F' })], { align: AlignmentType.RIGHT })],
    children: [
      par([run('DAFTAR RIWAYAT HIDUP', { bold: true, size: 30 })], { align: AlignmentType.CENTER }),
      par([run('个 人 履 历 表', { bold: true, size: 26, font: HEI })], { align: AlignmentType.CENTER }),
      par([run('CURRICULUM VITAE', { bold: true, size: 22, color: '404040' })], { align: AlignmentType.CENTER, after: 160 }),
      sec('I. DATA PRIBADI', '个人信息', 'PERSONAL DATA'),
      table(info.map(([a, b, c, v], i) => row([L(a, b, c), V(v), ...(i === 0 ? [cell([par([photoRun(98, 126)], { align: AlignmentType.CENTER }), par('Foto 4×6 / 照片', { size: 14, align: AlignmentType.CENTER, color: '7F7F7F' })], { w: 2006, rowSpan: 6 })] : i === 6 ? [cell([par('Kontak perusahaan / 公司联系电话 / Company contact', { size: 14, color: '595959' }), par(`HRD site office ${p.extra.siteOffice}`, { size: 17 })], { w: 2006, rowSpan: 4, v: 'top' })] : [])])), [3000, 4900, 2006], { color: '8C8C8C' }),
      sec('II. PENDIDIKAN', '教育经历', 'EDUCATION'),
      table([
        row(['Tahun / 年份 / Years', 'Sekolah / 学校 / School', 'Jurusan / 专业 / Major'].map((h, i) => cell(h, { w: [2200, 4200, 3506][i], shade: 'F2F2F2', bold: true, size: 16 }))),
        ...p.education.map((e) => row([cell(`${fm.dot(e.start)} – ${fm.dot(e.end)}`, { w: 2200, size: 18 }), cell(`${e.school}\n${e.schoolEn}`, { w: 4200, size: 18 }), cell(`${e.degree}\n${e.degreeEn}`, { w: 3506, size: 18 })])),
      ], [2200, 4200, 3506], { color: '8C8C8C' }),
      sec('III. PENGALAMAN KERJA', '工作经历', 'WORK EXPERIENCE'),
      table([
        row(['No', 'Periode / 起止时间 / Period', 'Nama Perusahaan / 公司名称 / Company', 'Jabatan / 职位 / Position', 'Uraian Tugas / 工作内容 / Duties'].map((h, i) => cell(h, { w: ws[i], shade: 'F2F2F2', bold: true, size: 15 })), { header: true }),
        ...jobs.map((j, i) => row([
          cell(String(i + 1), { w: ws[0], size: 18, align: AlignmentType.CENTER, v: 'top' }),
          cell(range(j, fm.dot, ' – ', 'Sekarang / 至今 / Present'), { w: ws[1], size: 18, v: 'top' }),
          cell([par(j.company, { size: 18, bold: true }), par(j.city, { size: 16, color: '595959' })], { w: ws[2], v: 'top' }),
          cell(`${j.title}\n${j.titleEn}`, { w: ws[3], size: 18, v: 'top' }),
          cell(j.duties.map((d) => `- ${d}`), { w: ws[4], size: 16, v: 'top' }),
        ], { cantSplit: true })),
      ], ws, { color: '8C8C8C' }),
      sec('IV. KEAHLIAN', '专业技能', 'SKILLS'),
      table([row([cell(sk(p).slice(0, Math.ceil(p.skills.length / 2)).map((s) => `▪ ${s}`), { w: W / 2, size: 19, v: 'top' }), cell(sk(p).slice(Math.ceil(p.skills.length / 2)).map((s) => `▪ ${s}`), { w: W / 2, size: 19, v: 'top' })])], [W / 2, W / 2], { color: '8C8C8C' }),
      sec('V. BAHASA & SERTIFIKAT', '语言及证书', 'LANGUAGES & CERTIFICATES'),
      table([
        ...p.languages.map((l) => row([cell(l.lang, { w: 3000, size: 18, shade: 'F2F2F2' }), cell(l.level, { w: 6906, size: 18 })])),
        row([cell('Sertifikat / 证书 / Certificates', { w: 3000, size: 18, shade: 'F2F2F2' }), cell(p.certs, { w: 6906, size: 18 })]),
      ], [3000, 6906], { color: '8C8C8C' }),
      par('Demikian daftar riwayat hidup ini saya buat dengan sebenarnya. / 本人保证以上内容真实。/ I certify that the above is true.', { size: 17, before: 200 }),
      tabbed(['', 'Morowali, 16 November 2026'], { size: 18, tabs: [{ type: TabStopType.LEFT, position: 6200 }], before: 120 }),
      tabbed(['', 'Yang membuat / 本人签名 / Signature'], { size: 16, tabs: [{ type: TabStopType.LEFT, position: 6200 }], before: 500 }),
      tabbed(['', `${p.name}　${p.latin}`], { size: 18, tabs: [{ type: TabStopType.LEFT, position: 6200 }] }),
    ],
  });
}

/** Namibian Word CV: shaded caps heading bars, personal details on a tab stop, "Employer / Position / Duration" blocks. */
function naCv(p: Person): Document {
  const W = 9906;
  const h = (t: string) => par(t, { bold: true, size: 21, color: '1F3864', shade: 'DCE6F1', before: 220, after: 100, keepNext: true, allCaps: true });
  const kv = (k: string, v: string) => tabbed([[k, { bold: true }], `:  ${v}`], { size: 20, tabs: [{ type: TabStopType.LEFT, position: 2600 }], after: 30 });
  const jobs = newestFirst(p.work);
  const blocks: Paragraph[] = [];
  for (const j of jobs) {
    blocks.push(kv('Employer', j.company), kv('Position', j.title), kv('Duration', range(j, fm.monthY, ' – ', 'Present')));
    blocks.push(par('Key duties:', { bold: true, size: 20, before: 40 }));
    for (const d of j.duties) blocks.push(par(`•\t${d}`, { size: 20, indent: { left: 2960, hanging: 360 } }));
    blocks.push(par('', { after: 100 }));
  }
  return docxFile({
    title: 'CV Ndapewa Shikongo', creator: 'Ndapewa', font: 'Calibri', size: 20, margin: { top: 1000, bottom: 900, left: 1000, right: 1000 },
    footer: [par([run('Curriculum Vitae — N. Shikongo — page ', { size: 16, color: '7F7F7F' }), new TextRun({ children: [PageNumber.CURRENT], size: 16, color: '7F7F7F' })], { align: AlignmentType.RIGHT })],
    children: [
      par([run('CURRICULUM VITAE', { bold: true, size: 36, color: '1F3864' })], { align: AlignmentType.CENTER, after: 40 }),
      par([run(p.name.toUpperCase(), { bold: true, size: 26 })], { align: AlignmentType.CENTER, after: 200, borderBottom: '1F3864' }),
      h('Personal details'),
      kv('Full names', p.name), kv('Identity number', p.extra.idNo), kv('Date of birth', dob(p, 'long')), kv('Nationality', p.nationality), kv('Gender', 'Female'), kv('Marital status', 'Married'),
      kv('Home language', 'Oshiwambo'), kv("Driver's licence", 'Code B'), kv('Cell', p.phoneLocal), kv('Home', p.homePhone!), kv('E-mail', p.email), kv('Postal address', p.extra.postal),
      h('Career objective'),
      par(p.summary, { size: 20 }),
      h('Educational background'),
      ...newestFirst(p.education).flatMap((e) => [kv('Institution', e.school), kv('Qualification', e.degree), kv('Year', `${Y(e.start)} – ${Y(e.end)}`), par('', { after: 60 })]),
      h('Work experience'),
      ...blocks,
      h('Skills'),
      ...sk(p).map((s) => par(`•\t${s}`, { size: 20, indent: { left: 360, hanging: 360 } })),
      h('Professional membership and certificates'),
      ...p.certs.map((s) => par(`•\t${s}`, { size: 20, indent: { left: 360, hanging: 360 } })),
      h('Languages'),
      ...p.languages.map((l) => kv(l.lang, l.level === 'Home language' ? 'Excellent (home language)' : `${l.level} (speak, read, write)`)),
      h('Referees'),
      ...p.referees.flatMap((r) => [par(r.name, { bold: true, size: 20 }), par(r.role, { size: 20 }), par(`Tel: ${r.phone}`, { size: 20, after: 80 })]),
      par('I hereby declare that the above information is true and correct to the best of my knowledge.', { size: 19, italics: true, before: 200 }),
    ],
  });
}

/** Chinese Word 简历 with a prose 基本情况 paragraph and dot-leader right tab for the dates (no tables). */
function zhLeader(p: Person): Document {
  const W = 9400;
  const h = (t: string) => par([run(t, { bold: true, size: 24, font: HEI })], { before: 240, after: 100, borderBottom: '000000', keepNext: true });
  const jobs = oldestFirst(p.work);
  return docxFile({
    title: '简历', creator: 'zlj', font: ZH_FONT, size: 22, margin: { top: 1400, bottom: 1200, left: 1250, right: 1250 },
    children: [
      par([run('简　　历', { bold: true, size: 40, font: HEI })], { align: AlignmentType.CENTER, after: 300 }),
      h('一、基本情况'),
      par(`${p.name}，男，${p.extra.minzu}，${dob(p, 'zh')}生，${p.extra.jiguan}人，${p.extra.zhengzhi}，${p.education[0].school}${p.education[0].degree.replace('本科 · ', '')}专业本科毕业，${p.extra.jobStart.replace('.', '年')}月参加工作，现任${newestFirst(p.work)[0].company}${newestFirst(p.work)[0].title}（${p.extra.rank}），档案馆员。`, { size: 22, line: 400, indent: { firstLine: 440 } }),
      par(`联系电话：${p.phoneLocal}　　电子邮箱：${p.email}`, { size: 22, line: 400, indent: { firstLine: 440 } }),
      par(`通讯地址：${p.address}`, { size: 22, line: 400, indent: { firstLine: 440 } }),
      h('二、学习经历'),
      ...p.education.map((e) => tabbed([`${e.school}　${e.degree}`, range(e, fm.dot, '—', '')], { size: 22, line: 400, tabs: [{ type: TabStopType.RIGHT, position: W, leader: LeaderType.DOT }] })),
      h('三、工作经历'),
      ...jobs.flatMap((j) => [
        tabbed([[`${j.company}　${j.title}`, { bold: true }], j.end ? `${fm.zh(j.start)}—${fm.zh(j.end)}` : `${fm.zh(j.start)}至今`], { size: 22, line: 400, tabs: [{ type: TabStopType.RIGHT, position: W, leader: LeaderType.DOT }], keepNext: true }),
        par(`工作内容：${j.duties.join('；')}。`, { size: 21, line: 360, indent: { left: 440 }, after: 80 }),
      ]),
      h('四、专业特长'),
      par(sk(p).join('；'), { size: 22, line: 400, indent: { firstLine: 440 } }),
      h('五、证书及外语'),
      par(`${p.certs.join('；')}；英语 ${p.languages[0].level}。`, { size: 22, line: 400, indent: { firstLine: 440 } }),
      h('六、自我评价'),
      par(p.summary, { size: 22, line: 400, indent: { firstLine: 440 } }),
      par('周立军', { size: 22, align: AlignmentType.RIGHT, before: 400 }),
      par('2026 年 11 月', { size: 22, align: AlignmentType.RIGHT }),
    ],
  });
}

/** Bilingual Word résumé: name and contacts live in the page header (repeated on every page); body a borderless two-cell table. */
function header2cell(p: Person): Document {
  const FONT = { ascii: 'Calibri', eastAsia: '微软雅黑', hAnsi: 'Calibri' };
  const W = 9906;
  const LW = 3200, RW = W - LW;
  const accent = '0E6E73';
  const hl = (zh: string, en: string) => par([run(zh, { bold: true, size: 22, color: accent }), run(`  ${en.toUpperCase()}`, { bold: true, size: 16, color: '7F7F7F' })], { before: 200, after: 80, borderBottom: accent, keepNext: true });
  const left: Paragraph[] = [
    hl('技能', 'Skills'), ...sk(p).map((s) => par(`▸ ${s}`, { size: 19, after: 40 })),
    hl('语言', 'Languages'), ...p.languages.flatMap((l) => [par(l.lang, { bold: true, size: 19 }), par(l.level, { size: 18, color: '404040', after: 40 })]),
    hl('证书', 'Certificates'), ...p.certs.map((c) => par(`▸ ${c}`, { size: 18, after: 40 })),
    hl('教育', 'Education'), ...p.education.flatMap((e) => [par(range(e, fm.dot, ' – ', ''), { size: 17, color: '7F7F7F' }), par(e.school, { bold: true, size: 19 }), par(e.schoolEn ?? '', { size: 17 }), par(`${e.degree} / ${e.degreeEn}`, { size: 18, after: 60 })]),
    hl('个人信息', 'Personal'), par(`出生 Born: ${p.dob}`, { size: 18 }), par(`身高 Height: ${p.extra.height}`, { size: 18 }), par(`护照 Passport: ${p.extra.passport}`, { size: 18 }), par(`海员证 Seaman's book: ${p.extra.seamanBook}`, { size: 18 }),
  ];
  const right: Paragraph[] = [
    hl('个人简介', 'Profile'), par(p.summary, { size: 19 }),
    hl('工作经历', 'Work Experience'),
    ...newestFirst(p.work).flatMap((j) => [
      tabbed([[`${j.title} ${j.titleEn}`, { bold: true }], [range(j, fm.slash, ' – ', '至今'), { color: '595959' }]], { size: 20, tabs: [{ type: TabStopType.RIGHT, position: RW - 200 }], before: 100, keepNext: true }),
      par([run(j.company, { bold: true, color: accent, size: 19 }), run(`  ·  ${j.city}`, { size: 18, color: '595959' })], { keepNext: true }),
      ...j.duties.map((d) => par(`•\t${d}`, { size: 18, indent: { left: 280, hanging: 280 } })),
    ]),
    ...(p.gaps ?? []).flatMap((g) => [tabbed([[g.note + ' ' + (g.noteEn ?? ''), { italics: true }], range(g, fm.slash, ' – ', '')], { size: 18, tabs: [{ type: TabStopType.RIGHT, position: RW - 200 }], before: 100 })]),
  ];
  return docxFile({
    title: `Resume ${p.latin}`, creator: p.latin, font: FONT, size: 19, margin: { top: 2100, bottom: 900, left: 1000, right: 1000 },
    header: [
      tabbed([[p.name, { bold: true, size: 40, color: accent }], [p.latin!, { size: 24, color: '404040' }]], { tabs: [{ type: TabStopType.LEFT, position: 1900 }] }),
      par([run(p.headline, { size: 20, color: '404040' })]),
      par([run(`✆ ${p.phoneIntl}    ✉ ${p.email}    ⌂ ${p.city}    WeChat: ${p.extra.wechat}`, { size: 17, color: '404040' })], { borderBottom: accent, after: 60 }),
    ],
    footer: [par([run(`${p.latin} — 简历 Résumé — `, { size: 15, color: '7F7F7F' }), new TextRun({ children: [PageNumber.CURRENT], size: 15, color: '7F7F7F' })], { align: AlignmentType.RIGHT })],
    children: [table([row([cell(left, { w: LW, v: 'top', shade: 'EEF6F6', margins: { top: 80, bottom: 80, left: 160, right: 160 } }), cell(right, { w: RW, v: 'top', margins: { top: 80, bottom: 80, left: 260, right: 80 } })])], [LW, RW], { borders: NO_BORDERS })],
  });
}
// ═════════════════════════════ HTML templates: tables and forms ═════════════════════════════
/** Groups consecutive jobs at one employer (newest first) for rowspan cells. */
function groups(jobs: Job[]): Job[][] {
  const out: Job[][] = [];
  for (const j of jobs) { const last = out[out.length - 1]; if (last && last[0].company === j.company) last.push(j); else out.push([j]); }
  return out;
}

/** Trinidad & Tobago commercial-bank e-recruitment print: From/To split into Month | Year cells, employer rowspan over promotions. */
function ttBank(p: Person): string {
  const css = `body{font-family:"Liberation Sans",Arial,sans-serif;font-size:8.6pt;color:#1a1a1a;margin:0}
  .top{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:3px solid #00594f;padding-bottom:6px}
  .brand{font-size:16pt;font-weight:bold;color:#00594f}.brand small{display:block;font-size:8pt;color:#555;font-weight:normal}
  .meta{font-size:7.8pt;text-align:right;color:#333;line-height:1.35}.cand{margin:6px 0 2px;font-size:9.5pt}
  h2{background:#00594f;color:#fff;font-size:9pt;padding:3px 6px;margin:9px 0 4px;break-after:avoid}
  table{border-collapse:collapse;width:100%}td,th{border:0.7px solid #7a8a88;padding:3px 5px;vertical-align:top;text-align:left}
  th{background:#dfeeea;font-size:7.8pt}td.l{background:#f2f6f5;font-weight:bold;font-size:7.8pt;white-space:nowrap}
  thead{display:table-header-group}tr{break-inside:avoid}
  .chk{display:grid;grid-template-columns:repeat(3,1fr);border-left:0.7px solid #7a8a88;border-top:0.7px solid #7a8a88}
  .chk div{padding:3px 6px;border-right:0.7px solid #7a8a88;border-bottom:0.7px solid #7a8a88}.box{border:0.7px solid #7a8a88;padding:4px 8px}
  ul{margin:2px 0 2px 16px;padding:0}.foot{margin-top:10px;font-size:7pt;color:#666;border-top:1px solid #ccc;padding-top:3px}`;
  const jobs = newestFirst(p.work);
  const emp = groups(jobs).map((g) => g.map((j, i) => `<tr>${i === 0 ? `<td rowspan="${g.length}"><b>${esc(j.company)}</b><br>${esc(j.city)}</td>` : ''}<td>${esc(j.title)}</td><td>${MONTH[M(j.start) - 1]}</td><td>${Y(j.start)}</td>${j.end ? `<td>${MONTH[M(j.end) - 1]}</td><td>${Y(j.end)}</td>` : '<td colspan="2"><i>Present</i></td>'}<td>${esc(j.supervisor ?? '')}<br>${esc(j.employerPhone ?? '')}</td><td>${esc(j.reason || '—')}</td></tr>`).join('')).join('');
  const body = `<div class="top"><div class="brand">Tobago Atlantic Bank Limited<small>Careers · Online Application for Employment</small></div>
  <div class="meta">Application ID: TAB-2026-04417<br>Vacancy: Manager, Credit Risk (Ref. CR-26-09)<br>Submitted: 14 Nov 2026 09:12 AST</div></div>
  <p class="cand">Applicant: <b>${esc(p.name)}</b> &nbsp;·&nbsp; Status: Submitted &nbsp;·&nbsp; Source: Company website</p>
  <h2>Section 1 — Personal Information</h2>
  <table><tr><td class="l">Title</td><td>Ms</td><td class="l">Surname</td><td>${esc(p.surname.toUpperCase())}</td><td class="l">First name(s)</td><td>${esc(p.given)}</td></tr>
  <tr><td class="l">Date of birth</td><td>${dob(p, 'dmy')}</td><td class="l">National ID No.</td><td>${p.extra.nationalId}</td><td class="l">Citizen of T&amp;T?</td><td>Yes</td></tr>
  <tr><td class="l">Address</td><td colspan="5">${esc(p.address)}</td></tr>
  <tr><td class="l">Mobile No.</td><td>${p.phoneLocal}</td><td class="l">Home No.</td><td>${p.homePhone}</td><td class="l">E-mail</td><td>${esc(p.email)}</td></tr></table>
  <h2>Section 2 — Employment History (most recent first)</h2>
  <table><thead><tr><th rowspan="2" style="width:23%">Name of employer</th><th rowspan="2" style="width:17%">Position held</th><th colspan="2">From</th><th colspan="2">To</th><th rowspan="2" style="width:16%">Supervisor / Tel.</th><th rowspan="2">Reason for leaving</th></tr>
  <tr><th>Month</th><th>Year</th><th>Month</th><th>Year</th></tr></thead><tbody>${emp}</tbody></table>
  <h2>Section 3 — Main Duties in Present Position</h2>
  <div class="box"><ul>${jobs[0].duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul>Current salary: ${p.extra.salary} &nbsp;·&nbsp; Notice period: ${p.extra.notice}</div>
  <h2>Section 4 — Education</h2>
  <table><thead><tr><th>Institution</th><th>From</th><th>To</th><th>Qualification obtained</th></tr></thead>${newestFirst(p.education).map((e) => `<tr><td>${esc(e.school)}</td><td>${fm.mmyyyy(e.start)}</td><td>${fm.mmyyyy(e.end)}</td><td>${esc(e.degree)}</td></tr>`).join('')}</table>
  <h2>Section 5 — Professional Qualifications</h2><div class="box">${p.certs.map(esc).join('<br>')}</div>
  <h2>Section 6 — Skills &amp; Competencies</h2>
  <div class="chk">${sk(p).map((s) => `<div>☑ ${esc(s)}</div>`).join('')}<div></div></div>
  <h2>Section 7 — Languages</h2>
  <table><tr><th>Language</th><th>Proficiency</th></tr>${p.languages.map((l) => `<tr><td>${l.lang}</td><td>${l.level}</td></tr>`).join('')}</table>
  <h2>Section 8 — Referees</h2>
  <table><tr><th>Name</th><th>Position / Organisation</th><th>Telephone</th></tr>${p.referees.map((r) => `<tr><td>${esc(r.name)}</td><td>${esc(r.role)}</td><td>${esc(r.phone)}</td></tr>`).join('')}</table>
  <h2>Section 9 — Declaration</h2>
  <div class="box">☑ I certify that the information provided in this application is true and complete. I understand that any misrepresentation may result in disqualification or dismissal.<br><br>Electronic signature: <b>${esc(p.name)}</b> &nbsp;&nbsp; Date: 14/11/2026</div>
  <div class="foot">https://careers.tobagoatlanticbank.tt/applications/TAB-2026-04417/print &nbsp;·&nbsp; Printed 16/11/2026 by HR-Recruitment (krichards)</div>`;
  return html('en', css, body);
}

/** Swedish university recruitment-system application print: display:grid work table with Extent (%) and yyyy-mm-dd dates. */
function varbi(p: Person): string {
  const post = p.id === 'p03' ? { title: 'Research engineer – welding laboratory (workshop)', dept: 'Department of Engineering Sciences and Mathematics', ref: 'NUT 2026/1473' } : { title: 'Research engineer in hydrology and water resources', dept: 'Department of Civil, Environmental and Natural Resources Engineering', ref: 'NUT 2026/1529' };
  const css = `body{font-family:"DejaVu Sans","Liberation Sans",sans-serif;font-size:8.4pt;color:#222;margin:0}
  .hd{display:flex;justify-content:space-between;border-bottom:2px solid #222;padding-bottom:4px;margin-bottom:8px}
  .hd .u{font-size:13pt;font-weight:bold;letter-spacing:.3px}.hd .r{text-align:right;font-size:7.8pt;color:#444}
  h1{font-size:12pt;margin:2px 0 2px}.sub{color:#555;margin-bottom:8px}
  h2{font-size:9.5pt;margin:12px 0 4px;padding-bottom:2px;border-bottom:1px solid #999;text-transform:uppercase;letter-spacing:.4px;color:#333}
  .kv{display:grid;grid-template-columns:repeat(4,1fr);gap:0;border-top:1px solid #ddd;border-left:1px solid #ddd}
  .kv div{border-right:1px solid #ddd;border-bottom:1px solid #ddd;padding:3px 6px}.kv .lab{display:block;font-size:7pt;color:#777;text-transform:uppercase}
  .kv .w2{grid-column:span 2}.kv .w4{grid-column:span 4}
  .grid{display:grid;border-top:1px solid #bbb}.grid>div{padding:3px 6px;border-bottom:1px solid #e2e2e2}
  .g5{grid-template-columns:2.1fr 1.8fr .95fr .95fr .6fr}.g4{grid-template-columns:2.2fr 2.2fr .9fr .9fr}
  .grid .th{font-weight:bold;background:#efefef;border-bottom:1px solid #bbb;font-size:7.6pt}
  .grid .desc{grid-column:1 / -1;color:#444;font-size:7.8pt;padding-left:14px;border-bottom:1px solid #bbb}
  .tags span{display:inline-block;border:1px solid #bbb;border-radius:3px;padding:1px 6px;margin:2px 3px 2px 0}
  .foot{margin-top:12px;font-size:7pt;color:#777}`;
  const jobs = newestFirst(p.work);
  const rows = jobs.map((j) => `<div><b>${esc(j.company)}</b><br><span style="color:#666">${esc(j.city)}${j.country ? `, ${j.country}` : ''}</span></div><div>${esc(j.title)}</div><div>${fm.isoStart(j.start)}</div><div>${j.end ? fm.isoEnd(j.end) : 'Ongoing'}</div><div>100</div><div class="desc">${esc(j.duties.join(' '))}</div>`).join('');
  const body = `<div class="hd"><div class="u">Norrland University of Technology</div><div class="r">Application printed 2026-11-18 10:42<br>Reference number ${post.ref}</div></div>
  <h1>${esc(post.title)}</h1><div class="sub">${esc(post.dept)} · Last application date 2026-11-30 · Applicant: <b>${esc(p.name)}</b></div>
  <h2>Personal information</h2>
  <div class="kv"><div><span class="lab">First name</span>${esc(p.given)}</div><div><span class="lab">Last name</span>${esc(p.surname)}</div><div><span class="lab">Date of birth</span>${p.dob}</div><div><span class="lab">Citizenship</span>${esc(p.nationality)}</div>
  <div class="w2"><span class="lab">Address</span>${esc(p.address)}</div><div><span class="lab">Mobile phone</span>${p.phoneIntl}</div><div><span class="lab">E-mail</span>${esc(p.email)}</div>
  ${p.homePhone ? `<div class="w4"><span class="lab">Other phone</span>${p.homePhone}</div>` : ''}</div>
  <h2>Education</h2>
  <div class="grid g4"><div class="th">School / university</div><div class="th">Degree / programme</div><div class="th">Start date</div><div class="th">End date</div>
  ${newestFirst(p.education).map((e) => `<div>${esc(e.school)}</div><div>${esc(e.degree)}</div><div>${fm.isoStart(e.start)}</div><div>${fm.isoEnd(e.end)}</div>`).join('')}</div>
  <h2>Work experience</h2>
  <div class="grid g5"><div class="th">Employer</div><div class="th">Position</div><div class="th">Start date</div><div class="th">End date</div><div class="th">Extent (%)</div>${rows}</div>
  <h2>Skills</h2><div class="tags">${sk(p).map((s) => `<span>${esc(s)}</span>`).join('')}</div>
  <h2>Language skills</h2>
  <div class="grid g4" style="grid-template-columns:1.5fr 1fr 1fr 1fr"><div class="th">Language</div><div class="th">Spoken</div><div class="th">Written</div><div class="th">Reading</div>${p.languages.map((l) => `<div>${l.lang}</div><div>${l.level}</div><div>${l.level}</div><div>${l.level}</div>`).join('')}</div>
  <h2>Certificates and other qualifications</h2><div>${p.certs.map(esc).join('<br>')}</div>
  <h2>References</h2><div>${p.referees.map((r) => `${esc(r.name)}, ${esc(r.role)}, ${esc(r.phone)}`).join('<br>')}</div>
  <h2>Attachments</h2><div>CV_${esc(p.surname.replace(/\s+/g, '_'))}.pdf · Cover_letter.pdf · Degree_certificates.pdf</div>
  <div class="foot">The application was submitted 2026-11-17 21:06. Personal data is processed in accordance with the General Data Protection Regulation (GDPR).</div>`;
  return html('en', css, body);
}

/** Brunei-style government hospital contract application: label-above-value boxes, photo cell, From / To dd/mm/yyyy. */
function bnMoh(p: Person): string {
  const css = `body{font-family:"Liberation Serif","Times New Roman",serif;font-size:9pt;color:#000;margin:0}
  .crest{text-align:center;line-height:1.25}.crest b{font-size:11.5pt;letter-spacing:.5px}.crest .ms{font-style:italic}
  .ref{display:flex;justify-content:space-between;font-size:8pt;margin:4px 0 6px}
  h2{font-size:9pt;margin:8px 0 0;padding:2px 5px;background:#d9d9d9;border:0.8px solid #000;border-bottom:none}
  .g{display:grid;border-left:0.8px solid #000;border-top:0.8px solid #000}.g>div{border-right:0.8px solid #000;border-bottom:0.8px solid #000;padding:2px 5px 4px;min-height:27px}
  .g .lab{display:block;font-size:6.9pt;color:#333}.g .lab i{color:#555}
  .p{grid-template-columns:1fr 1fr 1fr 34mm}.ph{grid-row:span 4;display:flex;align-items:center;justify-content:center}
  .s2{grid-column:span 2}.s3{grid-column:span 3}.s4{grid-column:span 4}
  table{border-collapse:collapse;width:100%}td,th{border:0.8px solid #000;padding:2px 4px;vertical-align:top;text-align:left}
  th{font-size:7.4pt;background:#f0f0f0}.sk{display:grid;grid-template-columns:1fr 1fr;border-left:0.8px solid #000;border-top:0.8px solid #000}
  .sk div{border-right:0.8px solid #000;border-bottom:0.8px solid #000;padding:2px 5px}.c{text-align:center}.decl{border:0.8px solid #000;padding:4px 6px}`;
  const jobs = newestFirst(p.work);
  const L = (ms: string, en: string) => `<span class="lab"><i>${ms}</i> / ${en}</span>`;
  const body = `<div class="crest"><b>KEMENTERIAN KESIHATAN · MINISTRY OF HEALTH</b><br>NEGARA BRUNEI DARUSSALAM<br><span class="ms">Borang Permohonan Jawatan Kontrak</span> / <b>Application Form for Contract Post</b><br>(Nursing and Midwifery Services)</div>
  <div class="ref"><span>Form KK/PK-3 (Pin. 2/2019)</span><span>Post applied for: <b>Staff Nurse Grade II – Intensive Care Unit</b></span><span>Applicant: <b>${esc(p.name)}</b></span></div>
  <h2>BAHAGIAN A / PART A — BUTIR-BUTIR DIRI / PERSONAL PARTICULARS</h2>
  <div class="g p"><div class="s3">${L('Nama penuh (seperti dalam pasport)', 'Full name (as in passport)')}${esc(p.name.toUpperCase())}</div><div class="ph">${photoSvg('30mm', '38mm')}</div>
  <div>${L('No. pasport', 'Passport No.')}${p.extra.passport}</div><div>${L('Tarikh lahir', 'Date of birth')}${dob(p, 'dmy')}</div><div>${L('Jantina', 'Sex')}Female</div>
  <div>${L('Kewarganegaraan', 'Nationality')}${p.nationality}</div><div>${L('Agama', 'Religion')}${p.extra.religion}</div><div>${L('Taraf perkahwinan', 'Marital status')}${p.extra.civil}</div>
  <div>${L('Tinggi', 'Height')}${p.extra.height}</div><div class="s2">${L('Tempat lahir', 'Place of birth')}Angeles City, Pampanga, Philippines</div>
  <div class="s4">${L('Alamat tetap', 'Permanent address')}${esc(p.address)}</div>
  <div>${L('No. telefon bimbit (dengan kod negara)', 'Mobile no. (with country code)')}${p.phoneIntl}</div><div class="s2">${L('E-mel', 'E-mail')}${esc(p.email)}</div><div>${L('Waris terdekat', 'Next of kin / tel.')}Rolando Manalastas (father)<br>+63 45 625 3318</div></div>
  <h2>BAHAGIAN B / PART B — PENDAFTARAN PROFESIONAL / PROFESSIONAL REGISTRATION</h2>
  <table><tr><th style="width:40%">Licence / registration</th><th>Number</th><th>Valid until</th></tr>
  <tr><td>PRC Registered Nurse (Philippines)</td><td>${p.extra.prc}</td><td>14/06/2028</td></tr><tr><td>Saudi Commission for Health Specialties</td><td>16-R-0029174</td><td>lapsed (2021)</td></tr></table>
  <h2>BAHAGIAN C / PART C — REKOD PERKHIDMATAN / EMPLOYMENT RECORD (latest first)</h2>
  <table><thead><tr><th style="width:12%">Dari / From<br>(dd/mm/yyyy)</th><th style="width:12%">Hingga / To<br>(dd/mm/yyyy)</th><th style="width:30%">Nama dan alamat hospital / Name &amp; address of hospital</th><th>Jawatan / Position</th><th>Unit / Area</th><th style="width:8%">Bed capacity</th></tr></thead>
  ${jobs.map((j) => `<tr><td class="c">${fm.dStart(j.start)}</td><td class="c">${j.end ? fm.dEnd(j.end) : 'to date'}</td><td><b>${esc(j.company)}</b><br>${esc(j.employerAddress ?? '')}, ${esc(j.country ?? '')}</td><td>${esc(j.title)}</td><td>${esc(j.dept ?? '')}</td><td class="c">${j.extent}</td></tr>`).join('')}</table>
  <h2>BAHAGIAN D / PART D — KEMAHIRAN KLINIKAL / CLINICAL COMPETENCIES</h2>
  <div class="sk">${sk(p).map((s) => `<div>${esc(s)}</div>`).join('')}${p.skills.length % 2 ? '<div></div>' : ''}</div>
  <h2>BAHAGIAN E / PART E — PENDIDIKAN, SIJIL DAN BAHASA / EDUCATION, CERTIFICATES AND LANGUAGES</h2>
  <table><tr><th>Institution</th><th>Qualification</th><th>Year</th></tr>${p.education.map((e) => `<tr><td>${esc(e.school)}, ${esc(e.city ?? '')}</td><td>${esc(e.degree)}</td><td>${Y(e.start)} – ${Y(e.end)}</td></tr>`).join('')}
  <tr><td colspan="3"><b>Certificates:</b> ${p.certs.slice(1).map(esc).join('; ')}</td></tr>
  <tr><td colspan="3"><b>Languages (spoken / written):</b> ${p.languages.map((l) => `${l.lang} – ${l.level}`).join('; ')}</td></tr></table>
  <h2>BAHAGIAN F / PART F — PENGADIL / REFEREES</h2>
  <table>${p.referees.map((r) => `<tr><td>${esc(r.name)}</td><td>${esc(r.role)}</td><td>${esc(r.phone)}</td></tr>`).join('')}</table>
  <h2>BAHAGIAN G / PART G — AKUAN / DECLARATION</h2>
  <div class="decl">Saya mengaku bahawa segala keterangan di atas adalah benar. / I declare that all the information given above is true.<br><br>Tandatangan / Signature: ............................................ &nbsp;&nbsp; Tarikh / Date: 19/11/2026</div>`;
  return html('en', css, body);
}

/** Colombian "Formato Único Hoja de Vida" (Función Pública style), Spanish/English labels; one grid per job; day/month/year cells. */
function coFuhv(p: Person): string {
  const css = `body{font-family:"Liberation Sans",Arial,sans-serif;font-size:7.8pt;color:#000;margin:0}
  .hd{display:grid;grid-template-columns:30mm 1fr 34mm;border:1px solid #000}.hd>div{padding:4px;border-right:1px solid #000}.hd>div:last-child{border-right:none}
  .hd .t{text-align:center}.hd .t b{font-size:11pt;display:block}.logo{font-weight:bold;font-size:8pt;color:#444;display:flex;align-items:center;justify-content:center;text-align:center}
  h2{font-size:8.4pt;margin:7px 0 0;background:#000;color:#fff;padding:2px 5px;break-after:avoid}
  table{border-collapse:collapse;width:100%;table-layout:fixed}td{border:0.7px solid #000;padding:1px 3px 3px;vertical-align:top}
  .l{display:block;font-size:6.2pt;color:#333;text-transform:uppercase;line-height:1.15}.v{font-size:8.4pt}
  .job{margin-top:4px;break-inside:avoid}.job caption{text-align:left;font-weight:bold;font-size:7.6pt;padding:2px 0;caption-side:top}
  .c{text-align:center}.sm{font-size:6.6pt}.box{border:0.7px solid #000;padding:3px 5px}`;
  const jobs = newestFirst(p.work);
  const td = (l: string, v: string, span = 1, cls = '') => `<td colspan="${span}" class="${cls}"><span class="l">${l}</span><span class="v">${esc(v)}</span></td>`;
  const dd = (s: string | null, end: boolean) => s ? (end ? [pad2(lastDay(s)), MM(s), Y(s)] : ['01', MM(s), Y(s)]) : ['', '', ''];
  const jobTable = (j: Job, i: number) => {
    const [a, b, c] = dd(j.start, false), [d, e, f] = dd(j.end, true);
    return `<table class="job"><caption>${i === 0 ? 'EMPLEO ACTUAL O CONTRATO VIGENTE / CURRENT EMPLOYMENT' : 'EMPLEO O CONTRATO ANTERIOR / PREVIOUS EMPLOYMENT'}</caption>
    <tr>${td('Empresa o entidad / Company or entity', j.company, 6)}${td('Pública / Public', j.company.startsWith('Corporación') ? 'X' : '', 1, 'c')}${td('Privada / Private', j.company.startsWith('Corporación') ? '' : 'X', 1, 'c')}${td('País / Country', j.country ?? '', 2)}</tr>
    <tr>${td('Departamento / Province', j.country === 'Sweden' ? 'Uppsala län' : j.city === 'Bogotá' ? 'Bogotá D.C.' : j.city === 'Montería' ? 'Córdoba' : 'Antioquia', 3)}${td('Municipio / Municipality', j.city, 3)}${td('Correo electrónico entidad / Entity e-mail', j.country === 'Sweden' ? 'info@ostersjomiljo.se' : j.company.startsWith('Aguas') ? 'talento.humano@aguasdelsinu.com.co' : j.company.startsWith('Consultor') ? 'rrhh@hidricaandina.com.co' : 'contactenos@carvallealto.gov.co', 4)}</tr>
    <tr>${td('Teléfonos / Telephones', j.employerPhone ?? '', 3)}<td colspan="3"><span class="l">Fecha de ingreso / Start date</span><table><tr><td class="c sm">Día ${a}</td><td class="c sm">Mes ${b}</td><td class="c sm">Año ${c}</td></tr></table></td><td colspan="4"><span class="l">Fecha de retiro / End date</span><table><tr><td class="c sm">Día ${d}</td><td class="c sm">Mes ${e}</td><td class="c sm">Año ${f}</td></tr></table></td></tr>
    <tr>${td('Cargo o contrato actual / Position', j.title, 3)}${td('Dependencia / Department', j.dept ?? '', 3)}${td('Dirección / Address', j.employerAddress ?? '', 4)}</tr></table>`;
  };
  const months = (pred: (j: Job) => boolean) => p.work.filter(pred).reduce((n, j) => n + (Number(Y(j.end ?? REFERENCE)) * 12 + M(j.end ?? REFERENCE)) - (Number(Y(j.start)) * 12 + M(j.start)) + 1, 0);
  const pub = months((j) => j.company.startsWith('Corporación')), priv = months((j) => !j.company.startsWith('Corporación'));
  const ym = (n: number) => `<td class="c">${Math.floor(n / 12)}</td><td class="c">${n % 12}</td>`;
  const body = `<div class="hd"><div class="logo">Función Pública<br>República de Colombia</div><div class="t"><b>FORMATO ÚNICO HOJA DE VIDA</b>Persona natural (Leyes 190 de 1995, 489 y 443 de 1998)<br><i>Single CV form – natural person (English labels added by the applicant)</i></div><div class="sm">Entidad receptora:<br>Politécnico Andino de Envigado (convocatoria docente ocasional 2027-1)</div></div>
  <p style="margin:4px 0 0"><b>${esc(p.name)}</b> — ${esc(p.headline)}</p>
  <h2>1. DATOS PERSONALES / PERSONAL DATA</h2>
  <table><tr>${td('Primer apellido / First surname', 'Restrepo', 3)}${td('Segundo apellido (o de casada) / Second surname', 'Ocampo', 3)}${td('Nombres / Given names', p.given, 4)}</tr>
  <tr>${td('Documento de identificación / ID', `C.C. X  No. ${p.extra.cedula}`, 4)}${td('Sexo / Sex', 'F', 1, 'c')}${td('Nacionalidad / Nationality', 'Col. X', 2)}${td('País / Country', 'Colombia', 3)}</tr>
  <tr>${td('Libreta militar / Military card', p.extra.militaryCard, 4)}${td('Fecha y lugar de nacimiento / Date and place of birth', `03/11/1991 — ${p.extra.cedulaPlace}, Antioquia`, 6)}</tr>
  <tr>${td('Dirección de correspondencia / Mailing address', p.address, 6)}${td('Teléfono / Telephone', `${p.phoneLocal} (cel.) · ${p.homePhone} (fijo)`, 4)}</tr>
  <tr>${td('Correo electrónico / E-mail', p.email, 10)}</tr></table>
  <h2>2. FORMACIÓN ACADÉMICA / EDUCATION</h2>
  <table><tr><td colspan="4"><span class="l">Educación básica y media / Secondary</span>Bachiller académico — Colegio San Lucas, Medellín, 2007</td><td colspan="6"><span class="l">Educación superior / Higher education (modalidad · títulos · fecha de grado · tarjeta profesional)</span>${p.education.map((e) => `${esc(e.degree)} — ${esc(e.school)} — ${fm.mmyyyy(e.end)}`).join('<br>')}<br>Tarjeta profesional COPNIA 05238-271604 ANT</td></tr>
  <tr><td colspan="10"><span class="l">Idiomas / Languages (lo habla, lo lee, lo escribe: R = regular, B = bien, MB = muy bien)</span>${p.languages.map((l) => `${l.lang}: ${l.level}`).join(' · ')}</td></tr></table>
  <h2>3. EXPERIENCIA LABORAL / WORK EXPERIENCE</h2>
  <div class="sm">Relacione su experiencia laboral o de prestación de servicios en estricto orden cronológico, comenzando por el actual. / List your employment starting with the current one.</div>
  ${jobs.map(jobTable).join('')}
  <div style="break-inside:avoid"><h2>4. TIEMPO TOTAL DE EXPERIENCIA / TOTAL EXPERIENCE</h2>
  <table style="width:70%"><tr><td><b>Ocupación / Occupation</b></td><td class="c"><b>Años / Years</b></td><td class="c"><b>Meses / Months</b></td></tr>
  <tr><td>Servidor público / Public servant</td>${ym(pub)}</tr><tr><td>Empleado del sector privado / Private sector</td>${ym(priv)}</tr><tr><td>Trabajador independiente / Self-employed</td>${ym(0)}</tr><tr><td><b>Total tiempo experiencia / Total</b></td>${ym(pub + priv)}</tr></table></div>
  <h2>ANEXO — COMPETENCIAS TÉCNICAS / TECHNICAL SKILLS</h2>
  <div class="box">${sk(p).map(esc).join(' · ')}</div>
  <div class="box" style="margin-top:4px"><b>Certificaciones / Certificates:</b> ${p.certs.map(esc).join('; ')}</div>
  <p class="sm" style="margin-top:8px">Manifiesto bajo la gravedad del juramento que no me encuentro incurso en causal de inhabilidad o incompatibilidad. / I declare under oath that I am not subject to any legal disqualification.</p>
  <table style="width:100%;margin-top:6px"><tr><td style="height:34px;width:50%"><span class="l">Firma del servidor público o contratista / Signature</span><br>${esc(p.name)} — C.C. ${p.extra.cedula}</td><td><span class="l">Ciudad y fecha de diligenciamiento / City and date</span><br>Uppsala, 21/11/2026</td></tr></table>`;
  return html('en', css, body);
}

/** 事业单位工作人员调动审批表（人事管理信息系统打印）：起 | 止 分列，单位 rowspan 覆盖晋升。 */
function diaodong(p: Person): string {
  const css = `body{font-family:${FONT_ZH};font-size:9.6pt;color:#000;margin:0}
  .sys{display:flex;justify-content:space-between;font-size:7.5pt;color:#555;border-bottom:1px solid #999;padding-bottom:2px}
  h1{text-align:center;font-size:17pt;letter-spacing:2px;margin:10px 0 6px;font-weight:bold}
  .sub{display:flex;justify-content:space-between;font-size:9pt;margin-bottom:4px}
  table{border-collapse:collapse;width:100%;table-layout:fixed}td{border:1px solid #000;padding:3px 4px;text-align:center;vertical-align:middle;height:24px}
  td.l{letter-spacing:1px}td.v{writing-mode:vertical-rl;letter-spacing:6px}td.left{text-align:left}.seal{text-align:right;vertical-align:bottom;height:70px;padding:4px 8px}
  thead{display:table-header-group}.note{font-size:8pt;margin-top:4px}`;
  const jobs = oldestFirst(p.work);
  const cur = newestFirst(p.work)[0];
  const edu = p.education[0];
  const grp = groups(jobs);
  const work = grp.map((g) => g.map((j, i) => `<tr><td>${fm.dot(j.start)}</td><td>${j.end ? fm.dot(j.end) : '至今'}</td>${i === 0 ? `<td colspan="3" rowspan="${g.length}" class="left">${esc(j.company)}</td>` : ''}<td colspan="2" class="left">${esc(j.title)}</td></tr>`).join('')).join('');
  const to = p.id === 'p11' ? p.extra.transferTo : p.extra.target;
  const body = `<div class="sys"><span>${p.id === 'p11' ? '南宁市' : '太原市晋阳区'}事业单位人事管理信息系统</span><span>业务编号：DD${p.id === 'p11' ? '2026450100318' : '2026140106077'}　打印时间：2026-11-20 15:36</span></div>
  <h1>事业单位工作人员调动审批表</h1>
  <div class="sub"><span>调出单位（盖章）：${esc(cur.company)}</span><span>填表日期：2026年11月20日</span></div>
  <table><colgroup><col style="width:11%"><col style="width:11%"><col style="width:11%"><col style="width:12%"><col style="width:12%"><col style="width:13%"><col style="width:12%"><col style="width:18%"></colgroup>
  <tr><td class="l">姓　名</td><td>${esc(p.name)}</td><td>性　别</td><td>${p.gender === 'F' ? '女' : '男'}</td><td>出生年月</td><td colspan="2">${dob(p, 'dot')}</td><td rowspan="4">${photoSvg('26mm', '33mm')}</td></tr>
  <tr><td>民　族</td><td>${p.extra.minzu}</td><td>籍　贯</td><td>${p.extra.jiguan}</td><td>政治面貌</td><td colspan="2">${p.extra.zhengzhi}</td></tr>
  <tr><td>参加工作<br>时　　间</td><td>${p.extra.jobStart}</td><td>学历学位</td><td>${esc(edu.degree.split(' · ')[0])}<br>学士</td><td>毕业院校<br>及专业</td><td colspan="2" class="left">${esc(edu.school)}<br>${esc(edu.degree.split(' · ')[1] ?? '')}（${fm.dot(edu.end)}）</td></tr>
  <tr><td>身份证号</td><td colspan="3">${p.extra.idMasked}</td><td>职称／<br>职员等级</td><td colspan="2">${esc(p.extra.title ?? p.extra.rank)}</td></tr>
  <tr><td>手机号码</td><td colspan="2">${p.phoneLocal}</td><td>电子邮箱</td><td colspan="4" class="left">${esc(p.email)}</td></tr>
  <tr><td>现工作单位<br>及职务</td><td colspan="7" class="left">${esc(cur.company)}　${esc(cur.title)}</td></tr>
  <tr><td>拟调入单位<br>及岗位</td><td colspan="7" class="left">${esc(to)}</td></tr>
  <tr><td>调动原因</td><td colspan="7" class="left">${p.id === 'p11' ? '工作需要，经双方单位协商一致，拟调入市水利工程质量与安全监督站从事质量监督工作。' : '工作需要，拟调入区文化和旅游局从事文物管理工作，本人同意。'}</td></tr>
  <tr><td rowspan="${jobs.length + 1}">个<br>人<br>工<br>作<br>简<br>历</td><td><b>起</b></td><td><b>止</b></td><td colspan="3"><b>工作单位</b></td><td colspan="2"><b>职　务</b></td></tr>
  ${work}
  <tr><td>专业特长</td><td colspan="7" class="left">${sk(p).map(esc).join('、')}</td></tr>
  <tr><td>主要证书</td><td colspan="7" class="left">${p.certs.map(esc).join('；')}</td></tr>
  <tr><td>调出单位<br>意　　见</td><td colspan="3" class="seal">（盖章）<br>年　月　日</td><td>调入单位<br>意　　见</td><td colspan="3" class="seal">（盖章）<br>年　月　日</td></tr>
  <tr><td>主管部门<br>意　　见</td><td colspan="3" class="seal">（盖章）<br>年　月　日</td><td>人社部门<br>意　　见</td><td colspan="3" class="seal">（盖章）<br>年　月　日</td></tr></table>
  <div class="note">注：1. 本表一式四份；2. 个人工作简历从参加工作时填起，职务变动须分行填写；3. 联系人：人事科　${p.id === 'p11' ? '0771-5860 3310' : '0351-6552 3002'}。</div>`;
  return html('zh-CN', css, body);
}

/** Chinese manning agency's bilingual cruise-crew application form: label-over-value grid, sea/shore work table with thead. */
function cruiseCrew(p: Person): string {
  const css = `body{font-family:"Liberation Sans",${FONT_ZH};font-size:8.4pt;color:#102a43;margin:0}
  .hd{display:grid;grid-template-columns:1fr auto;align-items:end;border-bottom:3px solid #0b5394;padding-bottom:5px}
  .hd b{font-size:12pt;color:#0b5394}.hd .r{text-align:right;font-size:7.5pt}
  h1{font-size:13pt;text-align:center;margin:8px 0 2px}h1 small{display:block;font-size:9pt;color:#486581;font-weight:normal}
  h2{font-size:8.8pt;color:#fff;background:#0b5394;padding:2px 6px;margin:8px 0 0;break-after:avoid}
  .g{display:grid;grid-template-columns:repeat(4,1fr) 31mm;border-left:1px solid #829ab1;border-top:1px solid #829ab1}
  .g>div{border-right:1px solid #829ab1;border-bottom:1px solid #829ab1;padding:2px 5px 3px}.g .lab{display:block;font-size:6.8pt;color:#627d98}
  .ph{grid-row:span 4;grid-column:5;display:flex;align-items:center;justify-content:center;flex-direction:column;font-size:6.5pt;color:#627d98}
  .s2{grid-column:span 2}.s4{grid-column:span 4}
  table{border-collapse:collapse;width:100%}td,th{border:1px solid #829ab1;padding:2px 4px;text-align:left;vertical-align:top}
  th{background:#d9e8f5;font-size:7.3pt}thead{display:table-header-group}tr{break-inside:avoid}
  .chips span{display:inline-block;background:#e6f0fa;border:1px solid #9fb3c8;border-radius:9px;padding:1px 7px;margin:2px 3px 2px 0}
  .gap td{background:#f4f6f8;font-style:italic}.sign{display:grid;grid-template-columns:1fr 1fr;gap:10px;margin-top:8px}.sign div{border-top:1px solid #000;padding-top:2px;font-size:7.5pt}`;
  const rows: { start: string; end: string | null; html: string }[] = [
    ...p.work.map((j) => ({ start: j.start, end: j.end, html: `<td>${fm.slash(j.start)}</td><td>${j.end ? fm.slash(j.end) : '至今 Present'}</td><td><b>${esc(j.company)}</b></td><td>${esc(j.city)}</td><td>${esc(j.title)}<br>${esc(j.titleEn ?? '')}</td><td>${/Cruise/.test(j.company) ? '船上 Sea' : '陆地 Shore'}</td><td>${esc(j.reason || '—')}</td>` })),
    ...(p.gaps ?? []).map((g) => ({ start: g.start, end: g.end as string | null, html: `<td>${fm.slash(g.start)}</td><td>${fm.slash(g.end)}</td><td colspan="5">${esc(g.note)} ${esc(g.noteEn ?? '')}</td>` })),
  ];
  const ordered = newestFirst(rows);
  const body = `<div class="hd"><div><b>广州海程国际船员服务有限公司</b><br>Guangzhou Haicheng International Crew Services Co., Ltd. · 海员外派机构资质证书 No. GD-2019-047</div><div class="r">Tel. +86 20 8396 2270<br>Form HC-CR-01 (2025)</div></div>
  <h1>邮轮船员应聘申请表<small>Cruise Crew Employment Application Form</small></h1>
  <h2>1. 个人资料 Personal Details</h2>
  <div class="g"><div><span class="lab">中文姓名 Name in Chinese</span><b style="font-size:10pt">${esc(p.name)}</b></div><div><span class="lab">拼音姓名 Name in Pinyin</span>${esc(p.latin!)}</div><div><span class="lab">性别 Sex</span>${p.gender === 'F' ? '女 Female' : '男 Male'}</div><div><span class="lab">出生日期 Date of birth</span>${p.dob}</div>
  <div class="ph">${photoSvg('27mm', '35mm')}<span>2寸白底照片 Photo</span></div>
  <div><span class="lab">护照号 Passport No.</span>${p.extra.passport}</div><div><span class="lab">海员证 Seaman's Book</span>${p.extra.seamanBook}</div><div><span class="lab">身高 Height</span>${p.extra.height}</div><div><span class="lab">国籍 Nationality</span>${esc(p.nationality)}</div>
  <div class="s2"><span class="lab">手机 Mobile</span>${p.phoneIntl}</div><div class="s2"><span class="lab">电子邮箱 E-mail</span>${esc(p.email)}</div>
  <div><span class="lab">微信 WeChat ID</span>${esc(p.extra.wechat)}</div><div class="s2"><span class="lab">紧急联系人 Emergency contact</span>${esc(p.emergency!.name)}（${esc(p.emergency!.relation)}）${p.emergency!.phone}</div><div><span class="lab">应聘职位 Position applied</span>${esc(p.extra.target)}</div>
  <div class="s4" style="grid-column:span 5"><span class="lab">家庭住址 Home address</span>${esc(p.address)}</div></div>
  <h2>2. 工作经历 Employment Record（由近及远 latest first，含船上及陆地经历）</h2>
  <table><thead><tr><th style="width:9%">起始<br>From</th><th style="width:10%">截止<br>To</th><th style="width:24%">雇主 Employer</th><th style="width:13%">船名/地点<br>Vessel / Place</th><th>职位 Position</th><th style="width:8%">船上/陆地</th><th style="width:14%">离职原因 Reason</th></tr></thead>
  ${ordered.map((r) => `<tr${r.html.includes('colspan') ? ' class="gap"' : ''}>${r.html}</tr>`).join('')}</table>
  <h2>3. 专业技能 Professional Skills</h2><div class="chips" style="padding:4px 0">${sk(p).map((s) => `<span>${esc(s)}</span>`).join('')}</div>
  <h2>4. 语言能力 Languages</h2>
  <table><tr><th>语言 Language</th><th>听 Listening</th><th>说 Speaking</th><th>读 Reading</th><th>写 Writing</th></tr>${p.languages.map((l) => `<tr><td>${esc(l.lang)}</td><td>${esc(l.level)}</td><td>${esc(l.level)}</td><td>${esc(l.level)}</td><td>${esc(l.level)}</td></tr>`).join('')}</table>
  <h2>5. 证书与教育 Certificates &amp; Education</h2>
  <table><tr><th style="width:50%">证书 Certificates</th><th>教育 Education</th></tr><tr><td>${p.certs.map(esc).join('<br>')}</td><td>${p.education.map((e) => `${range(e, fm.slash, ' – ', '')}　${esc(e.school)}<br>${esc(e.schoolEn ?? '')} — ${esc(e.degree)} / ${esc(e.degreeEn ?? '')}`).join('<br>')}</td></tr></table>
  <h2>6. 声明 Declaration</h2>
  <p style="margin:3px 0">本人保证所填信息真实有效。I declare that the information above is true and complete and I consent to its transfer to the principal (cruise line) for recruitment purposes.</p>
  <div class="sign"><div>申请人签名 Signature of applicant　　日期 Date 2026-11-15</div><div>面试官 Interviewer（公司填写 Office use）: 评分 Score ____ / 100</div></div>`;
  return html('zh-CN', css, body);
}
// ═════════════════════════════ HTML templates: single column and two columns ═════════════════════════════

/** Reactive Resume "Onyx"-like single column: name block with icon contact row, company left / dates right grid rows. */
function rxOnyx(p: Person): string {
  const color = p.id === 'p01' ? '#0f766e' : '#b45309';
  const css = `body{font-family:"DejaVu Sans",sans-serif;font-size:8.6pt;color:#1f2937;margin:0;line-height:1.35}
  .hd{display:flex;gap:14px;align-items:center;padding-bottom:8px;border-bottom:1px solid ${color}}
  .hd h1{font-size:19pt;margin:0;color:#111}.hd .hl{font-size:10pt;color:${color};margin:2px 0 5px}
  .ct{display:flex;flex-wrap:wrap;gap:4px 14px;font-size:8pt}.ct span{display:inline-flex;align-items:center;gap:4px}
  .ic{width:10px;height:10px;color:${color}}
  h3{font-size:10pt;color:${color};margin:12px 0 4px;text-transform:uppercase;letter-spacing:.6px}
  .it{display:grid;grid-template-columns:1fr auto;margin-bottom:6px;break-inside:avoid}.it .r{text-align:right;color:#4b5563}
  .it b{font-size:9pt}.it ul{grid-column:1 / -1;margin:2px 0 0 15px;padding:0}
  .sk{display:grid;grid-template-columns:repeat(3,1fr);gap:4px 12px}.sk div b{display:block}.lv{font-size:7.5pt;color:#6b7280}
  .two{display:grid;grid-template-columns:1fr 1fr;gap:0 18px}`;
  const lvl = ['Expert', 'Advanced', 'Advanced', 'Intermediate'];
  const jobs = newestFirst(p.work);
  const body = `<div class="hd"><div><h1>${esc(p.name)}</h1><div class="hl">${esc(p.headline)}</div>
  <div class="ct"><span>${ICON.mail}${esc(p.email)}</span><span>${ICON.phone}${p.phoneIntl}</span><span>${ICON.pin}${esc(p.city)}</span><span>${ICON.link}linkedin.com/in/${esc(p.given.toLowerCase().replace(/\s/g, ''))}-${esc(p.surname.toLowerCase())}</span></div></div></div>
  <h3>Summary</h3><div>${esc(p.summary)}</div>
  <h3>Experience</h3>
  ${jobs.map((j) => `<div class="it"><div><b>${esc(j.company)}</b><br>${esc(j.title)}</div><div class="r">${range(j, fm.monY, ' - ', 'Present')}<br>${esc(j.city)}${j.country ? `, ${j.country}` : ''}</div><ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul></div>`).join('')}
  <h3>Skills</h3><div class="sk">${sk(p).map((s, i) => `<div><b>${esc(s)}</b><span class="lv">${lvl[i % 4]}</span></div>`).join('')}</div>
  <div class="two"><div><h3>Education</h3>${newestFirst(p.education).map((e) => `<div class="it"><div><b>${esc(e.school)}</b><br>${esc(e.degree)}</div><div class="r">${Y(e.start)} - ${Y(e.end)}</div></div>`).join('')}</div>
  <div><h3>Certifications</h3>${p.certs.map((c) => `<div>${esc(c)}</div>`).join('')}<h3>Languages</h3>${p.languages.map((l) => `<div><b>${l.lang}</b> <span class="lv">${l.level}</span></div>`).join('')}</div></div>`;
  return html('en', css, body);
}

/** Caribbean job-portal profile print: site chrome, profile card, "Month YYYY to Present" entries, skill chips. */
function caribJobs(p: Person): string {
  const css = `body{font-family:"Liberation Sans",Arial,sans-serif;font-size:8.8pt;color:#222;margin:0}
  .site{display:flex;justify-content:space-between;align-items:center;background:#0a4d8c;color:#fff;padding:6px 10px}
  .site b{font-size:13pt}.site span{font-size:7.5pt}
  .card{border:1px solid #cfd8e3;border-top:none;padding:10px 12px}.card h1{margin:0;font-size:17pt;color:#0a4d8c}.card .t{font-size:10pt;margin:2px 0 6px}
  .kv{display:grid;grid-template-columns:auto 1fr auto 1fr;gap:2px 10px;font-size:8.3pt}.kv .k{color:#667}
  h2{font-size:10.5pt;color:#0a4d8c;border-bottom:2px solid #f2a900;padding-bottom:2px;margin:12px 0 6px}
  .job{margin-bottom:7px}.job .tt{font-weight:bold;font-size:9.4pt}.job .co{color:#0a4d8c}.job .d{color:#555;font-size:8pt}
  .chips span{display:inline-block;background:#eef3f9;border:1px solid #c4d2e2;border-radius:12px;padding:2px 8px;margin:2px 4px 2px 0}
  .foot{margin-top:12px;border-top:1px solid #ccc;padding-top:4px;font-size:7pt;color:#777}`;
  const jobs = newestFirst(p.work);
  const body = `<div class="site"><b>IslandJobs Caribbean</b><span>My Account › My Profile › Print view</span></div>
  <div class="card"><h1>${esc(p.name)}</h1><div class="t">${esc(jobs[0].title)} at ${esc(jobs[0].company)}</div>
  <div class="kv"><span class="k">Location</span><span>${esc(p.city)}, Trinidad and Tobago</span><span class="k">Career level</span><span>Manager (Manager/Supervisor of Staff)</span>
  <span class="k">Mobile</span><span>${p.phoneLocal}</span><span class="k">Industry</span><span>Banking / Financial Services</span>
  <span class="k">Email</span><span>${esc(p.email)}</span><span class="k">Desired salary</span><span>TT$35,000 – 40,000 / month</span>
  <span class="k">Home phone</span><span>${p.homePhone}</span><span class="k">Willing to relocate</span><span>Caribbean region</span></div></div>
  <h2>Profile summary</h2><div>${esc(p.summary)}</div>
  <h2>Work experience</h2>
  ${jobs.map((j) => `<div class="job"><div class="tt">${esc(j.title)}</div><div class="co">${esc(j.company)} — ${esc(j.city)}</div><div class="d">${fm.monthY(j.start)} to ${j.end ? fm.monthY(j.end) : 'Present'}</div><div>${esc(j.duties.join('. '))}.</div></div>`).join('')}
  <h2>Skills</h2><div class="chips">${sk(p).map((s) => `<span>${esc(s)}</span>`).join('')}</div>
  <h2>Education</h2>${newestFirst(p.education).map((e) => `<div class="job"><div class="tt">${esc(e.degree)}</div><div class="co">${esc(e.school)}</div><div class="d">${Y(e.start)} – ${Y(e.end)}</div></div>`).join('')}
  <h2>Certifications</h2><div>${p.certs.map(esc).join('<br>')}</div>
  <h2>Languages</h2><div>${p.languages.map((l) => `${l.lang} (${l.level})`).join(', ')}</div>
  <div class="foot">Profile last updated 12 November 2026 · Visible to employers: Yes · Profile ID 88412093</div>`;
  return html('en', css, body);
}

/** Polish job-portal "my profile" CV print (English interface): "since 11.2019", MM.YYYY periods, driving licence line. */
function pracuj(p: Person): string {
  const css = `body{font-family:"DejaVu Sans",sans-serif;font-size:8pt;color:#1c1c1c;margin:0}
  .top{display:flex;justify-content:space-between;border-bottom:1px solid #ddd;padding-bottom:4px;font-size:7.5pt;color:#777}
  .who{margin:10px 0 8px}.who h1{font-size:18pt;margin:0}.who .pos{font-size:10.5pt;color:#0a66c2}
  .contact{background:#f5f7fa;border-radius:6px;padding:6px 10px;display:grid;grid-template-columns:auto 1fr;gap:2px 12px}
  .contact .k{color:#6b7280}
  h2{font-size:10.5pt;margin:10px 0 4px}
  .e{display:grid;grid-template-columns:30mm 1fr;gap:0 10px;margin-bottom:5px;break-inside:avoid}.e .per{color:#555}.e .t{font-weight:bold;font-size:9.5pt}.e .c{color:#0a66c2}
  .e ul{margin:2px 0 0 14px;padding:0}.tags span{display:inline-block;border:1px solid #d0d7de;border-radius:4px;padding:1px 7px;margin:2px 4px 2px 0}
  .lang{display:grid;grid-template-columns:30mm 1fr;gap:2px 10px}.foot{margin-top:12px;font-size:7pt;color:#888;border-top:1px solid #eee;padding-top:3px}`;
  const jobs = newestFirst(p.work);
  const body = `<div class="top"><span>Profile · CV · printed 2026-11-19</span><span>Public profile: visible to employers</span></div>
  <div class="who"><h1>${esc(p.name)}</h1><div class="pos">${esc(p.headline)}</div></div>
  <div class="contact"><span class="k">Phone</span><span>${p.phoneIntl}</span><span class="k">E-mail</span><span>${esc(p.email)}</span><span class="k">Place of residence</span><span>${esc(p.city)}, Poland (currently working in Klaipėda, Lithuania)</span><span class="k">Date of birth</span><span>${p.dob.split('-').reverse().join('.')}</span></div>
  <h2>About me</h2><div>${esc(p.summary)}</div>
  <h2>Work experience</h2>
  ${jobs.map((j) => `<div class="e"><div class="per">${j.end ? `${fm.mmDotY(j.start)} – ${fm.mmDotY(j.end)}` : `since ${fm.mmDotY(j.start)}<br>(currently employed)`}</div><div><div class="t">${esc(j.title)}</div><div class="c">${esc(j.company)}</div><div>${esc(j.city)}, ${esc(j.country ?? '')}</div><ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul></div></div>`).join('')}
  <h2>Education</h2>
  ${newestFirst(p.education).map((e) => `<div class="e"><div class="per">${fm.mmDotY(e.start)} – ${fm.mmDotY(e.end)}</div><div><div class="t">${esc(e.school)}</div><div>${esc(e.city ?? '')} · ${esc(e.degree)}</div></div></div>`).join('')}
  <h2>Languages</h2><div class="lang">${p.languages.map((l) => `<span>${l.lang}</span><span>${l.level === 'Native' ? 'native' : `${l.level}`}</span>`).join('')}</div>
  <h2>Skills</h2><div class="tags">${sk(p).map((s) => `<span>${esc(s)}</span>`).join('')}</div>
  <h2>Certificates, courses, training</h2><div>${p.certs.slice(0, 3).map(esc).join('<br>')}</div>
  <h2>Additional information</h2><div>Driving licence: category ${p.extra.licence}. Available from ${p.extra.available}.</div>
  <div class="foot">I agree to the processing of personal data provided in this document for realising the recruitment process pursuant to the Personal Data Protection Act of 10 May 2018 (Journal of Laws 2018, item 1000) and in agreement with Regulation (EU) 2016/679 (GDPR).</div>`;
  return html('en', css, body);
}

/** Colombian "Hoja de vida" written in English: centred title, photo, cédula line, labelled job blocks with supervisor phones, personal references. */
function coHoja(p: Person): string {
  const css = `body{font-family:"Liberation Serif",serif;font-size:9pt;color:#111;margin:0;line-height:1.2}
  .t{text-align:center;font-size:14pt;font-weight:bold;letter-spacing:1px;margin-bottom:2px}.t2{text-align:center;font-size:9pt;color:#555;margin-bottom:8px}
  .top{display:grid;grid-template-columns:1fr 30mm;gap:10px;align-items:start}
  h2{font-size:9.6pt;margin:7px 0 3px;padding:1px 0;border-bottom:1.5px solid #1d3557;color:#1d3557;text-transform:uppercase;break-after:avoid}
  .kv{display:grid;grid-template-columns:42mm 1fr;gap:1px 8px}.kv b{font-weight:bold}
  .job{margin-bottom:4px;break-inside:avoid}.job .kv{grid-template-columns:38mm 1fr}
  .sig{margin-top:16px;width:70mm;border-top:1px solid #000;padding-top:2px}`;
  const jobs = newestFirst(p.work);
  const body = `<div class="t">HOJA DE VIDA</div><div class="t2">Curriculum Vitae</div>
  <div class="top"><div><h2>Personal information</h2><div class="kv"><b>Name</b><span>${esc(p.name)}</span><b>Identity document</b><span>Cédula de ciudadanía No. ${p.extra.cedula} of ${p.extra.cedulaPlace}</span>
  <b>Date and place of birth</b><span>November 3, 1991 — Medellín, Antioquia</span><b>Marital status</b><span>Single</span><b>Address</b><span>${esc(p.address)}</span>
  <b>Mobile (WhatsApp)</b><span>${p.phoneIntl}</span><b>Home phone (Medellín)</b><span>${p.homePhone}</span><b>E-mail</b><span>${esc(p.email)}</span></div></div>
  <div>${photoSvg('30mm', '38mm')}</div></div>
  <h2>Professional profile</h2><div>${esc(p.summary)}</div>
  <h2>Academic background</h2>${newestFirst(p.education).map((e) => `<div class="kv"><b>${Y(e.end)}</b><span>${esc(e.degree)} — ${esc(e.school)}, ${esc(e.city ?? '')}</span></div>`).join('')}
  <h2>Work experience</h2>
  ${jobs.map((j) => `<div class="job"><div class="kv"><b>Company</b><span><b>${esc(j.company)}</b> (${esc(j.city)}, ${esc(j.country ?? '')})</span><b>Position</b><span>${esc(j.title)}</span><b>Immediate supervisor</b><span>${esc(j.supervisor ?? '')} — Tel. ${esc(j.employerPhone ?? '')}</span><b>Period</b><span>${fm.monthY(j.start)} – ${j.end ? fm.monthY(j.end) : 'to date'}</span><b>Functions</b><span>${esc(j.duties.join('; '))}.</span></div></div>`).join('')}
  <h2>Technical skills</h2><div>${sk(p).map(esc).join(', ')}</div>
  <h2>Languages</h2><div>${p.languages.map((l) => `${l.lang}: ${l.level}`).join(' · ')}</div>
  <h2>Certificates</h2><div>${p.certs.map(esc).join('<br>')}</div>
  <h2>Personal references</h2><div class="kv"><b>Natalia Gómez Arango</b><span>Biologist, Universidad Técnica de Antioquia — Cel. +57 300 614 2287</span><b>Andrés Felipe Ruiz</b><span>Civil engineer — Cel. +57 312 905 4410</span></div>
  <h2>Work references</h2><div class="kv">${p.referees.map((r) => `<b>${esc(r.name)}</b><span>${esc(r.role)} — ${esc(r.phone)}</span>`).join('')}</div>
  <div class="sig">${esc(p.name)}<br>C.C. ${p.extra.cedula} de ${p.extra.cedulaPlace}</div>`;
  return html('en', css, body);
}

/** OpenResume-style ATS one-pager: coloured rule headings, job title + right date, "Jan 2024 - Present". */
function openResume(p: Person): string {
  const css = `body{font-family:"Liberation Sans",Arial,sans-serif;font-size:9.2pt;color:#171717;margin:0 4mm}
  h1{font-size:20pt;margin:0;font-weight:bold}.sum{margin:3px 0 5px}.ct{display:flex;flex-wrap:wrap;gap:4px 18px;font-size:8.8pt}
  .ct span{display:inline-flex;gap:4px;align-items:center}.ic{width:10px;height:10px;color:#38bdf8}
  h2{font-size:9.6pt;letter-spacing:1px;margin:13px 0 4px;font-weight:bold}h2:before{content:"";display:block;width:32px;height:3px;background:#38bdf8;margin-bottom:3px}
  .co{font-weight:bold;margin-top:5px}.row{display:flex;justify-content:space-between}.row .d{color:#404040}
  ul{margin:2px 0 4px 14px;padding:0}.fs{display:grid;grid-template-columns:repeat(3,1fr);gap:2px 10px;margin-bottom:3px}
  .fs span{display:flex;justify-content:space-between}.dots{letter-spacing:1px;color:#38bdf8}`;
  const jobs = newestFirst(p.work);
  const body = `<h1>${esc(p.name)}</h1><div class="sum">${esc(p.summary)}</div>
  <div class="ct"><span>${ICON.mail}${esc(p.email)}</span><span>${ICON.phone}${p.phoneLocal}</span><span>${ICON.pin}${esc(p.city)}, Pampanga</span></div>
  <h2>WORK EXPERIENCE</h2>
  ${jobs.map((j) => `<div class="co">${esc(j.company)}</div><div class="row"><span>${esc(j.title)} — ${esc(j.dept ?? '')}</span><span class="d">${range(j, fm.monY, ' - ', 'Present')}</span></div><ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul>`).join('')}
  <h2>EDUCATION</h2>${p.education.map((e) => `<div class="co">${esc(e.school)}</div><div class="row"><span>${esc(e.degree)}</span><span class="d">${fm.monY(e.end)}</span></div>`).join('')}
  <h2>SKILLS</h2><ul>${sk(p).map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
  <h2>LICENSES &amp; CERTIFICATIONS</h2><ul>${p.certs.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
  <h2>LANGUAGES</h2><div>${p.languages.map((l) => `${l.lang} (${l.level})`).join(' · ')}</div>`;
  return html('en', css, body);
}

/** Obsidian note exported to PDF: properties block, callout for contacts, internal-link styled skills, tags. */
function obsidian(p: Person): string {
  const css = `body{font-family:${FONT_ZH};font-size:9.2pt;color:#222;margin:0 6mm;line-height:1.42}
  .props{border-bottom:1px solid #ddd;padding-bottom:6px;margin-bottom:8px;font-size:8.6pt}.props div{display:grid;grid-template-columns:26mm 1fr}
  .props .k{color:#888}.tag{display:inline-block;background:#efe9fb;color:#7048c6;border-radius:9px;padding:0 7px;margin-right:4px;font-size:8.2pt}
  h1{font-size:20pt;margin:4px 0 4px}h2{font-size:12.5pt;margin:9px 0 3px;padding-bottom:2px;border-bottom:1px solid #e6e6e6}h3{font-size:10.6pt;margin:8px 0 2px}
  .callout{border-left:4px solid #086ddd;background:#eef5fd;border-radius:4px;padding:5px 10px;margin:6px 0}.callout .ct{font-weight:bold;color:#086ddd}
  .il{color:#7048c6}ul{margin:0 0 4px 18px;padding:0}code{background:#f2f2f2;padding:0 4px;border-radius:3px;font-family:"DejaVu Sans Mono",monospace;font-size:8.6pt}`;
  const jobs = newestFirst(p.work);
  const body = `<div class="props"><div><span class="k">tags</span><span><span class="tag">#简历</span><span class="tag">#求职/2026</span></span></div><div><span class="k">created</span><span>2026-10-28 21:14</span></div><div><span class="k">updated</span><span>2026-11-19 08:02</span></div><div><span class="k">aliases</span><span>个人简历, CV</span></div></div>
  <h1>${esc(p.name)}</h1>
  <div class="callout"><div class="ct">ⓘ 联系方式</div>手机：${p.phoneLocal}　｜　邮箱：${esc(p.email)}<br>现居：${esc(p.address)}</div>
  <p>${esc(p.summary)}</p>
  <h2>工作经历</h2>
  ${jobs.map((j) => `<h3><code>${range(j, fm.iso, ' ~ ', '至今')}</code>　${esc(j.company)} · ${esc(j.title)}</h3><ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul>`).join('')}
  <h2>教育背景</h2><ul>${p.education.map((e) => `<li><code>${range(e, fm.iso, ' ~ ', '')}</code> ${esc(e.school)}　${esc(e.degree)}</li>`).join('')}</ul>
  <h2>专业技能</h2><ul>${sk(p).map((s) => `<li><span class="il">${esc(s)}</span></li>`).join('')}</ul>
  <h2>证书</h2><ul>${p.certs.map((c) => `<li>${esc(c)}</li>`).join('')}</ul>
  <h2>语言</h2><p>${p.languages.map((l) => `${l.lang} ${l.level}`).join('；')}</p>`;
  return html('zh-CN', css, body);
}

/** SiYuan (思源笔记) document exported to PDF: title, doc attributes, blockquote contact, bilingual headings, "→" date ranges. */
function siyuan(p: Person): string {
  const css = `body{font-family:"Liberation Sans",${FONT_ZH};font-size:8.8pt;color:#202124;margin:0 5mm;line-height:1.38}
  .crumb{font-size:7.8pt;color:#9aa0a6;margin-bottom:4px}.title{font-size:20pt;font-weight:bold;margin:2px 0}.attr{font-size:7.8pt;color:#9aa0a6;margin-bottom:8px}
  blockquote{margin:6px 0;padding:4px 10px;border-left:3px solid #3575f0;background:#f3f6fd}
  h2{font-size:11.5pt;margin:9px 0 3px;padding-left:8px;border-left:4px solid #3575f0}
  .li{display:grid;grid-template-columns:40mm 1fr;gap:0 8px;margin:3px 0;break-inside:avoid}.li .d{color:#5f6368;font-family:"DejaVu Sans Mono",monospace;font-size:8pt}
  .li ul{margin:0 0 0 16px;padding:0}mark{background:#fff3bf;padding:0 2px}.tb{border-collapse:collapse;width:100%}.tb td,.tb th{border:1px solid #dadce0;padding:2px 6px;text-align:left}.tb th{background:#f1f3f4}`;
  const jobs = newestFirst(p.work);
  const body = `<div class="crumb">求职 / 简历 Resume / ${esc(p.latin!)}</div><div class="title">${esc(p.name)}　${esc(p.latin!)}</div>
  <div class="attr">创建于 2026-10-30 · 更新于 2026-11-18 · 字数 1,246</div>
  <blockquote>📱 ${p.phoneIntl}　✉️ ${esc(p.email)}　📍 ${esc(p.city)}<br>${esc(p.headline)}</blockquote>
  <h2>个人简介 Summary</h2><p>${esc(p.summary)}</p>
  <h2>工作经历 Work Experience</h2>
  ${jobs.map((j) => `<div class="li"><div class="d">${range(j, fm.dot, ' → ', '至今 Present')}</div><div><b>${esc(j.company)}</b>　${esc(j.title)} ${esc(j.titleEn ?? '')}<br><span style="color:#5f6368">${esc(j.city)}</span><ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul></div></div>`).join('')}
  ${(p.gaps ?? []).map((g) => `<div class="li"><div class="d">${range(g, fm.dot, ' → ', '')}</div><div><i>${esc(g.note)} ${esc(g.noteEn ?? '')}</i></div></div>`).join('')}
  <h2>教育经历 Education</h2>${p.education.map((e) => `<div class="li"><div class="d">${range(e, fm.dot, ' → ', '')}</div><div>${esc(e.school)} ${esc(e.schoolEn ?? '')}<br>${esc(e.degree)} / ${esc(e.degreeEn ?? '')}</div></div>`).join('')}
  <h2>专业技能 Skills</h2><ul>${sk(p).map((s) => `<li><mark>${esc(s)}</mark></li>`).join('')}</ul>
  <h2>语言与证书 Languages &amp; Certificates</h2>
  <table class="tb"><tr><th>语言 Language</th><th>水平 Level</th></tr>${p.languages.map((l) => `<tr><td>${esc(l.lang)}</td><td>${esc(l.level)}</td></tr>`).join('')}</table>
  <ul>${p.certs.map((c) => `<li>${esc(c)}</li>`).join('')}</ul>`;
  return html('zh-CN', css, body);
}

/** Typst "vantage"-like two-column résumé: header across, wide experience column left, side column right (CSS grid). */
function typstVantage(p: Person): string {
  const accent = p.id === 'p02' ? '#1e5aa8' : '#7c2d92';
  const css = `body{font-family:"DejaVu Serif",serif;font-size:8.4pt;color:#222;margin:0;line-height:1.38}
  .hd h1{font-size:22pt;margin:0;font-family:"DejaVu Sans",sans-serif}.hd .tl{font-size:10.5pt;color:${accent};margin:1px 0 5px}
  .ct{display:flex;flex-wrap:wrap;gap:3px 14px;font-size:7.9pt;padding-bottom:6px;border-bottom:1px solid #bbb}.ct span{display:inline-flex;align-items:center;gap:3px}.ic{width:9px;height:9px;color:${accent}}
  .cols{display:grid;grid-template-columns:1.7fr 1fr;gap:0 16px;margin-top:6px}
  h2{font-family:"DejaVu Sans",sans-serif;font-size:10pt;color:${accent};margin:8px 0 4px;text-transform:uppercase;letter-spacing:.6px}
  h2:after{content:"";display:block;border-bottom:0.8px solid ${accent};margin-top:2px}
  .job{margin-bottom:7px;break-inside:avoid}.job .pos{font-weight:bold;font-family:"DejaVu Sans",sans-serif;font-size:9pt}.job .co{color:${accent}}
  .job .meta{display:flex;gap:12px;font-size:7.7pt;color:#555}.job .meta span{display:inline-flex;gap:3px;align-items:center}.job ul{margin:2px 0 0 13px;padding:0}
  .side div{margin-bottom:3px}.side ul{margin:0 0 0 13px;padding:0}`;
  const jobs = newestFirst(p.work);
  const body = `<div class="hd"><h1>${esc(p.name)}</h1><div class="tl">${esc(p.headline)}</div>
  <div class="ct"><span>${ICON.mail}${esc(p.email)}</span><span>${ICON.phone}${p.phoneIntl}</span><span>${ICON.pin}${esc(p.city)}</span><span>${ICON.link}linkedin.com/in/${esc(p.surname.toLowerCase())}-${esc(p.given.split(' ')[0].toLowerCase())}</span></div></div>
  <div class="cols"><div><h2>Experience</h2>
  ${jobs.map((j) => `<div class="job"><div class="pos">${esc(j.title)}</div><div class="co">${esc(j.company)}</div><div class="meta"><span>${ICON.pin}${esc(j.city)}${j.country ? `, ${j.country}` : ''}</span><span>${ICON.cal}${range(j, fm.monY, ' — ', 'present')}</span></div><ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul></div>`).join('')}
  </div><div class="side"><h2>Objective</h2><div>${esc(p.summary)}</div>
  <h2>Skills</h2><ul>${sk(p).map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
  <h2>Education</h2>${newestFirst(p.education).map((e) => `<div><b>${esc(e.degree)}</b><br>${esc(e.school)}<br><span style="color:#555">${Y(e.start)} — ${Y(e.end)}</span></div>`).join('')}
  <h2>Certifications</h2><ul>${p.certs.map((c) => `<li>${esc(c)}</li>`).join('')}</ul>
  <h2>Languages</h2>${p.languages.map((l) => `<div>${l.lang} — ${l.level}</div>`).join('')}
  <h2>References</h2>${p.referees.map((r) => `<div>${esc(r.name)}<br><span style="color:#555">${esc(r.role)}<br>${esc(r.phone)}</span></div>`).join('')}</div></div>`;
  return html('en', css, body);
}

/** Chinese builder template with a skills radar chart (SVG) in the left column; timeline right. */
function radar(p: Person): string {
  const skills = sk(p);
  const vals = p.id === 'p10' ? [0.92, 0.8, 0.88, 0.85, 0.75, 0.7] : [0.9, 0.82, 0.78, 0.7, 0.86, 0.8];
  const cx = 100, cy = 92, R = 58;
  const pt = (i: number, r: number) => { const a = -Math.PI / 2 + (i * 2 * Math.PI) / skills.length; return [cx + r * Math.cos(a), cy + r * Math.sin(a)]; };
  const poly = (r: (i: number) => number) => skills.map((_, i) => pt(i, r(i)).map((v) => v.toFixed(1)).join(',')).join(' ');
  const labels = skills.map((s, i) => { const [x, y] = pt(i, R + 10); const anchor = Math.abs(x - cx) < 5 ? 'middle' : x > cx ? 'start' : 'end'; return `<text x="${x.toFixed(1)}" y="${(y + 3).toFixed(1)}" text-anchor="${anchor}" font-size="9.6">${esc(s)}</text>`; }).join('');
  const svg = `<svg viewBox="-32 0 264 178" width="100%">${[0.25, 0.5, 0.75, 1].map((k) => `<polygon points="${poly(() => R * k)}" fill="none" stroke="#c8d3e0" stroke-width="0.7"/>`).join('')}${skills.map((_, i) => { const [x, y] = pt(i, R); return `<line x1="${cx}" y1="${cy}" x2="${x.toFixed(1)}" y2="${y.toFixed(1)}" stroke="#c8d3e0" stroke-width="0.6"/>`; }).join('')}<polygon points="${poly((i) => R * vals[i])}" fill="rgba(37,99,173,0.35)" stroke="#2563ad" stroke-width="1.2"/>${labels}</svg>`;
  const css = `body{font-family:${FONT_ZH};font-size:9pt;color:#243040;margin:0}
  .wrap{display:grid;grid-template-columns:62mm 1fr;min-height:262mm}
  .side{background:#eef2f7;padding:10px 9px}.main{padding:4px 4px 4px 14px}
  .ph{width:30mm;height:30mm;border-radius:50%;overflow:hidden;margin:4px auto 10px;border:3px solid #fff}
  .side h3{font-size:10.5pt;color:#2563ad;margin:10px 0 5px;border-bottom:1px solid #b8c6d8;padding-bottom:2px}
  .side .i{display:flex;gap:5px;align-items:flex-start;margin:3px 0;font-size:8.3pt;word-break:break-all}.ic{width:10px;height:10px;color:#2563ad;flex:none;margin-top:2px}
  h1{font-size:22pt;margin:4px 0 0;letter-spacing:3px}.obj{color:#2563ad;font-size:10pt;margin:2px 0 8px}
  h2{font-size:11pt;color:#fff;background:#2563ad;display:inline-block;padding:1px 10px;border-radius:0 10px 10px 0;margin:12px 0 6px}
  .j{border-left:2px solid #b8c6d8;padding:0 0 6px 10px;position:relative;break-inside:avoid}.j:before{content:"";position:absolute;left:-5px;top:4px;width:8px;height:8px;border-radius:50%;background:#2563ad}
  .j .h{display:flex;justify-content:space-between}.j .h b{font-size:9.6pt}.j .d{color:#5a6b80}.j ul{margin:2px 0 0 14px;padding:0}`;
  const jobs = newestFirst(p.work);
  const body = `<div class="wrap"><div class="side"><div class="ph">${photoSvg('30mm', '30mm')}</div>
  <h3>基本信息</h3><div class="i">${ICON.user}<span>${p.gender === 'F' ? '女' : '男'}　${dob(p, 'dot')}　${p.extra.minzu}</span></div><div class="i">${ICON.phone}<span>${p.phoneLocal}</span></div><div class="i">${ICON.mail}<span>${esc(p.email)}</span></div><div class="i">${ICON.pin}<span>${esc(p.city)}</span></div>
  <h3>专业技能</h3>${svg}
  <h3>证书</h3>${p.certs.map((c) => `<div class="i">·<span>${esc(c)}</span></div>`).join('')}
  <h3>语言</h3>${p.languages.map((l) => `<div class="i">·<span>${l.lang}：${l.level}</span></div>`).join('')}</div>
  <div class="main"><h1>${esc(p.name)}</h1><div class="obj">求职意向：${esc(p.headline)}　｜　期望城市：${esc(p.city)}</div>
  <h2>工作经历</h2>${jobs.map((j) => `<div class="j"><div class="h"><b>${esc(j.company)}</b><span class="d">${range(j, fm.dot, ' - ', '至今')}</span></div><div class="d">${esc(j.title)}${j.dept ? `｜${esc(j.dept)}` : ''}</div><ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul></div>`).join('')}
  ${(p.gaps ?? []).map((g) => `<div class="j"><div class="h"><b>${esc(g.note)}</b><span class="d">${range(g, fm.dot, ' - ', '')}</span></div></div>`).join('')}
  <h2>教育背景</h2>${p.education.map((e) => `<div class="j"><div class="h"><b>${esc(e.school)}</b><span class="d">${range(e, fm.dot, ' - ', '')}</span></div><div class="d">${esc(e.degree)}</div></div>`).join('')}
  <h2>自我评价</h2><p style="margin:0">${esc(p.summary)}</p></div></div>`;
  return html('zh-CN', css, body);
}

/** Gamma-style "card" one-pager exported to PDF: gradient title card, then a two-column card (experience | skills). */
function gamma(p: Person): string {
  const css = `body{font-family:"Liberation Sans",${FONT_ZH};font-size:8.6pt;color:#1f2430;margin:0;background:#f4f1ec}
  .card{background:#fff;border-radius:14px;box-shadow:0 1px 4px rgba(0,0,0,.12);padding:12px 16px;margin-bottom:9px}
  .hero{background:linear-gradient(120deg,#27374d,#526d82);color:#fff;display:grid;grid-template-columns:1fr 30mm;gap:12px;align-items:center}
  .hero h1{font-size:24pt;margin:0}.hero .pin{font-size:11pt;opacity:.9}.hero .hl{font-size:10pt;margin:4px 0 8px;color:#dde6ed}
  .chips span{display:inline-block;border-radius:12px;padding:2px 9px;margin:2px 4px 2px 0;background:rgba(255,255,255,.18);font-size:8pt}
  .ph{width:30mm;height:30mm;border-radius:50%;overflow:hidden;border:3px solid #dde6ed}
  .cols{display:grid;grid-template-columns:1.55fr 1fr;gap:0 18px}
  h2{font-size:11.5pt;margin:2px 0 6px;color:#27374d}h2 small{font-size:8pt;color:#8a94a6;font-weight:normal;margin-left:4px}
  .tl{border-left:2px solid #9db2bf;padding-left:10px}.e{position:relative;margin-bottom:7px;break-inside:avoid}.e:before{content:"";position:absolute;left:-15px;top:3px;width:8px;height:8px;border-radius:50%;background:#526d82}
  .e .d{font-size:7.8pt;color:#526d82;font-weight:bold}.e ul{margin:2px 0 0 13px;padding:0}
  .sk span{display:inline-block;border-radius:10px;padding:2px 8px;margin:2px 3px 2px 0;background:#dde6ed}
  .foot{font-size:7pt;color:#999;text-align:right}`;
  const jobs = newestFirst(p.work);
  const body = `<div class="card hero"><div><h1>${esc(p.name)}</h1><div class="pin">${esc(p.latin!)}</div><div class="hl">${esc(p.headline)}</div>
  <div class="chips"><span>📞 ${p.phoneIntl}</span><span>✉ ${esc(p.email)}</span><span>📍 ${esc(p.city)}</span></div></div><div class="ph">${photoSvg('30mm', '30mm', '#c9d6df', '#7f95a8')}</div></div>
  <div class="card"><div class="cols"><div><h2>工作经历<small>Experience</small></h2><div class="tl">
  ${jobs.map((j) => `<div class="e"><div class="d">${range(j, fm.monY, ' – ', '至今 Present')}</div><b>${esc(j.title)} ${esc(j.titleEn ?? '')}</b><br>${esc(j.company)} · ${esc(j.city)}<ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul></div>`).join('')}
  </div></div><div><h2>专业技能<small>Skills</small></h2><div class="sk">${sk(p).map((s) => `<span>${esc(s)}</span>`).join('')}</div>
  <h2 style="margin-top:10px">教育<small>Education</small></h2>${p.education.map((e) => `<div style="margin-bottom:4px"><b>${esc(e.school)}</b><br>${esc(e.schoolEn ?? '')}<br>${esc(e.degree)} · ${Y(e.start)}–${Y(e.end)}</div>`).join('')}
  <h2 style="margin-top:10px">语言<small>Languages</small></h2>${p.languages.map((l) => `<div>${esc(l.lang)} — ${esc(l.level)}</div>`).join('')}
  <h2 style="margin-top:10px">证书<small>Certificates</small></h2>${p.certs.map((c) => `<div>• ${esc(c)}</div>`).join('')}</div></div></div>
  <div class="foot">Made with GAMMA</div>`;
  return html('zh-CN', css, body);
}
// ═════════════════════════════ plain-text templates ═════════════════════════════

/** psql aligned table (header centred, numbers right-aligned, "(n rows)"). */
function psqlTable(cols: string[], rows: (string | number | null)[][]): string {
  const cells = rows.map((r) => r.map((v) => (v === null ? '' : String(v))));
  const num = cols.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number' || r[i] === null));
  const w = cols.map((c, i) => Math.max(dw(c), ...cells.map((r) => dw(r[i]))));
  const centre = (s: string, n: number) => { const t = n - dw(s); const a = Math.floor(t / 2); return ' '.repeat(a) + s + ' '.repeat(t - a); };
  const out = [(' ' + cols.map((c, i) => centre(c, w[i])).join(' | ')).trimEnd(), w.map((n) => '-'.repeat(n + 2)).join('+')];
  for (const r of cells) out.push((' ' + r.map((v, i) => (num[i] ? padL(v, w[i]) : padR(v, w[i]))).join(' | ')).trimEnd());
  out.push(`(${rows.length} ${rows.length === 1 ? 'row' : 'rows'})`, '');
  return out.join('\n');
}
function psqlExpanded(rec: [string, string | number][]): string {
  const kw = Math.max(...rec.map(([k]) => dw(k)));
  const vw = Math.max(...rec.map(([, v]) => dw(String(v))));
  const head = '-[ RECORD 1 ]';
  const out = [`${head}${'-'.repeat(Math.max(0, kw + 1 - head.length))}+${'-'.repeat(vw + 1)}`];
  for (const [k, v] of rec) out.push(`${padR(k, kw)} | ${v}`);
  out.push('');
  return out.join('\n');
}

/** A recruiter's candidate database queried in psql and pasted into a ticket / e-mail. */
function psql(p: Person): string {
  const db = p.id === 'p01' ? 'talentdb' : 'pinoycare_ats';
  const cid = p.id === 'p01' ? 40817 : 118204;
  const pr = `${db}=> `;
  const jobs = oldestFirst(p.work);
  const base: [string, string | number][] = [
    ['candidate_id', cid], ['full_name', p.name], ['email', p.email], ['mobile', p.phoneIntl], ...(p.homePhone ? [['home_phone', p.homePhone] as [string, string]] : []),
    ['city', p.city], ['nationality', p.nationality], ['headline', p.headline], ['source', p.id === 'p01' ? 'referral' : 'walk-in (Pasig office)'], ['created_at', p.id === 'p01' ? '2026-11-03 09:41:22+00' : '2026-10-21 14:05:37+08'],
  ];
  const parts = [
    `${pr}\\x on`, 'Expanded display is on.',
    `${pr}SELECT candidate_id, full_name, email, mobile${p.homePhone ? ', home_phone' : ''}, city, nationality, headline, source, created_at FROM candidate WHERE candidate_id = ${cid};`,
    psqlExpanded(base),
    `${pr}\\x off`, 'Expanded display is off.',
    `${pr}SELECT seq, employer, job_title, date_from, date_to, location FROM employment WHERE candidate_id = ${cid} ORDER BY date_from;`,
    psqlTable(['seq', 'employer', 'job_title', 'date_from', 'date_to', 'location'], jobs.map((j, i) => [i + 1, j.company, j.title, fm.isoStart(j.start), j.end ? fm.isoEnd(j.end) : null, `${j.city}${j.country ? `, ${j.country}` : ''}`])),
  ];
  if (p.gaps?.length) parts.push(`${pr}SELECT date_from, date_to, explanation FROM employment_gap WHERE candidate_id = ${cid};`, psqlTable(['date_from', 'date_to', 'explanation'], p.gaps.map((g) => [fm.isoStart(g.start), fm.isoEnd(g.end), g.note])));
  parts.push(
    `${pr}SELECT skill FROM candidate_skill WHERE candidate_id = ${cid} ORDER BY position;`, psqlTable(['skill'], sk(p).map((s) => [s])),
    `${pr}SELECT language, level FROM candidate_language WHERE candidate_id = ${cid};`, psqlTable(['language', 'level'], p.languages.map((l) => [l.lang, l.level])),
    `${pr}SELECT title FROM candidate_certificate WHERE candidate_id = ${cid};`, psqlTable(['title'], p.certs.map((c) => [c])),
    `${pr}SELECT institution, qualification, year_from, year_to FROM education WHERE candidate_id = ${cid} ORDER BY year_from;`,
    psqlTable(['institution', 'qualification', 'year_from', 'year_to'], oldestFirst(p.education).map((e) => [e.school, e.degree, Number(Y(e.start)), Number(Y(e.end))])),
    `${pr}SELECT name, relationship, phone FROM referee WHERE candidate_id = ${cid};`, psqlTable(['name', 'relationship', 'phone'], p.referees.map((r) => [r.name, r.role, r.phone])),
    `${pr}`,
  );
  return parts.join('\n') + '\n';
}

/** pandoc "multiline" table as `pandoc -t plain` prints it. */
function pandocTable(headers: string[] | null, rows: string[][], widths: number[]): string {
  const total = widths.reduce((a, b) => a + b, 0) + widths.length - 1;
  const out = ['  ' + '-'.repeat(total)];
  const emit = (cells: string[]) => {
    const wrapped = cells.map((c, i) => c.split('\n').flatMap((l) => wrap(l, widths[i])));
    const n = Math.max(...wrapped.map((w) => w.length));
    for (let k = 0; k < n; k++) out.push(('  ' + wrapped.map((w, i) => padR(w[k] ?? '', widths[i])).join(' ')).trimEnd());
  };
  if (headers) { emit(headers); out.push('  ' + widths.map((w) => '-'.repeat(w)).join(' ')); }
  rows.forEach((r, i) => { emit(r); if (i < rows.length - 1) out.push(''); });
  out.push('  ' + '-'.repeat(total));
  return out.join('\n');
}

/** A Word 表格简历 converted with `pandoc -t plain` (tables become pandoc multiline tables, bullets "-   "). */
function pandocPlain(p: Person): string {
  const jobs = oldestFirst(p.work);
  const info: string[][] = p.id === 'p08'
    ? [['姓名', p.name, '性别', '女'], ['出生年月', dob(p, 'dot'), '政治面貌', p.extra.zhengzhi], ['籍贯', p.extra.jiguan, '职称', p.extra.title], ['手机', p.phoneLocal, '邮箱', p.email], ['现住址', p.address, '', '']]
    : [['姓名', p.name, '性别', '男'], ['出生年月', dob(p, 'dot'), '民族', p.extra.minzu], ['执业范围', p.extra.scope, '职称', '副主任医师'], ['手机', p.phoneLocal, '邮箱', p.email], ['现住址', p.address, '', '']];
  const parts: string[] = ['个人简历', '', pandocTable(null, info, [10, 26, 10, 28]), '', '求职意向', '', p.id === 'p08' ? '援疆支教：初中数学教师' : '心血管内科 副主任医师（三甲医院或专科医院）', '', '教育背景', ''];
  parts.push(pandocTable(['起止时间', '学校', '学历／专业'], p.education.map((e) => [range(e, fm.dot, '—', ''), e.school, e.degree]), [18, 20, 36]), '');
  parts.push('工作经历', '');
  if (p.id === 'p08') {
    parts.push(pandocTable(['起止时间', '工作单位', '职务', '工作内容'], jobs.map((j) => [range(j, fm.dot, '—', '至今'), j.company, j.title, j.duties.join('；')]), [17, 22, 14, 24]));
  } else {
    parts.push(pandocTable(['起', '止', '单位／科室', '职务', '主要工作'], jobs.map((j) => [fm.dot(j.start), j.end ? fm.dot(j.end) : '至今', `${j.company}\n${j.dept}`, j.title, j.duties.join('；')]), [8, 8, 26, 16, 22]));
  }
  parts.push('', '专业技能', '', ...sk(p).map((s) => `-   ${s}`), '', '证书', '', ...p.certs.map((c) => `-   ${c}`), '', '语言能力', '', p.languages.map((l) => `${l.lang}：${l.level}`).join('；'), '', '自我评价', '', ...wrap(p.summary, 72), '');
  return parts.join('\n');
}

/** A Chinese ATS "导出候选人" CSV (UTF-8 BOM, CRLF), one row per record, saved as .txt. */
function atsCsv(p: Person): string {
  const q = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const head = ['记录类型', '候选人编号', '姓名', '英文名', '手机号', '邮箱', '开始时间', '结束时间', '单位/学校', '职位/学历', '描述'];
  const id = 'C20261108731';
  const base = (t: string) => [t, id, p.name, p.latin!, '', '', '', '', '', '', ''];
  const rows: string[][] = [[ '基本信息', id, p.name, p.latin!, p.phoneIntl, p.email, '', '', '', p.extra.target, `${p.summary} 现居：${p.city}；紧急联系人：${p.emergency!.name} ${p.emergency!.phone}` ]];
  for (const j of newestFirst(p.work)) { const r = base('工作经历'); r[6] = j.start; r[7] = j.end ?? '至今'; r[8] = j.company; r[9] = `${j.title} ${j.titleEn}`; r[10] = `${j.city}; ${j.duties.join('; ')}`; rows.push(r); }
  for (const e of p.education) { const r = base('教育经历'); r[6] = e.start; r[7] = e.end; r[8] = `${e.school} ${e.schoolEn}`; r[9] = `${e.degree} / ${e.degreeEn}`; rows.push(r); }
  for (const s of sk(p)) { const r = base('技能'); r[10] = s; rows.push(r); }
  for (const l of p.languages) { const r = base('语言'); r[9] = l.level; r[10] = l.lang; rows.push(r); }
  for (const c of p.certs) { const r = base('证书'); r[10] = c; rows.push(r); }
  return '\ufeff' + [head, ...rows].map((r) => r.map(q).join(',')).join('\r\n') + '\r\n';
}

/** Google Keep note typed on a phone and shared as text: title line, checklist boxes for skills. */
function keep(p: Person): string {
  const jobs = newestFirst(p.work);
  const L = [
    `CV - ${p.name}`, '',
    p.name, `${p.headline}`, `tel ${p.phoneIntl}`, p.email, `${p.address}`, '',
    'EXPERIENCE',
    ...jobs.flatMap((j) => [`${j.start} – ${j.end ?? 'now'}  ${j.title}, ${j.company} (${j.city}, ${j.country})`, ...j.duties.map((d) => `   - ${d}`)]),
    '',
    'SKILLS',
    ...sk(p).map((s) => `☐ ${s}`),
    '',
    'LICENCES / CERTS',
    ...p.certs.map((c) => `☐ ${c}`),
    '',
    'LANGUAGES',
    p.languages.map((l) => `${l.lang} ${l.level}`).join(', '),
    '',
    'EDUCATION',
    ...p.education.map((e) => `${Y(e.start)}–${Y(e.end)} ${e.school}, ${e.degree}`),
    '',
    `Reference: ${p.referees[0].name}, ${p.referees[0].role}, ${p.referees[0].phone}`,
    'send to agency + Norway contact before friday!!',
  ];
  return L.join('\n') + '\n';
}

/** OCR text of a scanned paper 简历表 (phone scanner app "识别文字"): cells flattened into lines, photo box text, page mark. */
function ocrZh(p: Person): string {
  const jobs = oldestFirst(p.work);
  const items = p.id === 'p12' ? newestFirst([...jobs.map((j) => ({ ...j, gap: false })), ...(p.gaps ?? []).map((g) => ({ company: g.note, title: '', start: g.start, end: g.end, gap: true } as never as Job & { gap: boolean }))]) : jobs.map((j) => ({ ...j, gap: false }));
  const L = [
    '[ 扫描文字识别结果 · 第 1 页 / 共 1 页 ]', '',
    '个 人 简 历', '',
    `姓名 | ${p.name} |性别| ${p.gender === 'F' ? '女' : '男'} | 出生年月 丨${dob(p, 'dot')}`,
    `民族丨 ${p.extra.minzu} | 籍贯 | ${p.extra.jiguan} |    照`,
    `政治面貌 | ${p.extra.zhengzhi} 丨健康状况| 良好`,
    '片',
    `联系电话 ${p.phoneLocal}`,
    `电子邮箱 ${p.email}`,
    `家庭住址 ${p.address}`,
    `求职意向 ${p.id === 'p12' ? p.extra.target : '援疆支教 初中数学教师'}`, '',
    '教育经历',
    ...p.education.map((e) => `${range(e, fm.dot, '-', '')} ${e.school} ${e.degree.replace(' · ', ' ')}`), '',
    '工作经历',
    '时间 丨 单位 | 职务',
    ...items.map((j) => (j as { gap: boolean }).gap ? `${range(j, fm.dot, '-', '')} ${j.company}` : `${range(j, fm.dot, '-', '至今')} ${j.company} ${j.title}`),
    '',
    '专业技能',
    sk(p).join('、'),
    '',
    '证书',
    p.certs.join('；'),
    '',
    '自我评价',
    ...wrap(p.summary, 40),
    '',
    '本人签名：          日期：2026 年 11 月',
    '',
    '— 1 —',
    '',
  ];
  return L.join('\n');
}

// ═════════════════════════════ the set ═════════════════════════════
function build() {
  // English
  addDocx(P('p01'), 'gg-appform', 'table', ggAppform(P('p01')));
  addTxt(P('p01'), 'psql', 'table', psql(P('p01')));
  addHtml(P('p01'), 'rxresume-onyx', 'single', rxOnyx(P('p01')));
  addHtml(P('p02'), 'tt-bank', 'table', ttBank(P('p02')));
  addHtml(P('p02'), 'caribjobs', 'single', caribJobs(P('p02')));
  addHtml(P('p02'), 'typst-vantage', 'two-column', typstVantage(P('p02')));
  addDocx(P('p03'), 'baltic-agency', 'table', balticAgency(P('p03')));
  addHtml(P('p03'), 'varbi', 'table', varbi(P('p03')));
  addHtml(P('p03'), 'pracuj', 'single', pracuj(P('p03')));
  addHtml(P('p04'), 'varbi', 'table', varbi(P('p04')));
  addHtml(P('p04'), 'co-fuhv', 'table', coFuhv(P('p04')));
  addHtml(P('p04'), 'co-hojadevida', 'single', coHoja(P('p04')));
  addDocx(P('p05'), 'baltic-agency', 'table', balticAgency(P('p05')));
  addHtml(P('p05'), 'rxresume-onyx', 'single', rxOnyx(P('p05')));
  addTxt(P('p05'), 'keep', 'single', keep(P('p05')));
  addHtml(P('p06'), 'bn-moh', 'table', bnMoh(P('p06')));
  addTxt(P('p06'), 'psql', 'table', psql(P('p06')));
  addHtml(P('p06'), 'typst-vantage', 'two-column', typstVantage(P('p06')));
  addHtml(P('p06'), 'openresume', 'single', openResume(P('p06')));
  addDocx(P('p07'), 'na-univ', 'table', naUniv(P('p07')));
  addDocx(P('p07'), 'na-cv', 'single', naCv(P('p07')));
  // Chinese
  addDocx(P('p08'), 'yuanjiang', 'table', yuanjiang(P('p08')));
  addTxt(P('p08'), 'pandoc-plain', 'table', pandocPlain(P('p08')));
  addTxt(P('p08'), 'ocr-zh', 'single', ocrZh(P('p08')));
  addHtml(P('p09'), 'diaodong', 'table', diaodong(P('p09')));
  addHtml(P('p09'), 'obsidian', 'single', obsidian(P('p09')));
  addDocx(P('p09'), 'zh-leader', 'single', zhLeader(P('p09')));
  addDocx(P('p10'), 'duodian', 'table', duodian(P('p10')));
  addTxt(P('p10'), 'pandoc-plain', 'table', pandocPlain(P('p10')));
  addHtml(P('p10'), 'radar', 'two-column', radar(P('p10')));
  addDocx(P('p11'), 'yuanjiang', 'table', yuanjiang(P('p11')));
  addHtml(P('p11'), 'diaodong', 'table', diaodong(P('p11')));
  addHtml(P('p11'), 'obsidian', 'single', obsidian(P('p11')));
  addDocx(P('p12'), 'paiqian', 'table', paiqian(P('p12')));
  addTxt(P('p12'), 'ocr-zh', 'single', ocrZh(P('p12')));
  addHtml(P('p12'), 'radar', 'two-column', radar(P('p12')));
  // Mixed Chinese–English
  addDocx(P('p13'), 'tka-cv', 'table', tkaCv(P('p13')));
  addHtml(P('p13'), 'siyuan', 'single', siyuan(P('p13')));
  addHtml(P('p13'), 'gamma', 'two-column', gamma(P('p13')));
  addHtml(P('p14'), 'cruise-crew', 'table', cruiseCrew(P('p14')));
  addHtml(P('p14'), 'siyuan', 'single', siyuan(P('p14')));
  addDocx(P('p14'), 'header-2cell', 'two-column', header2cell(P('p14')));
  addDocx(P('p15'), 'tka-cv', 'table', tkaCv(P('p15')));
  addHtml(P('p15'), 'gamma', 'two-column', gamma(P('p15')));
  addHtml(P('p15'), 'siyuan', 'single', siyuan(P('p15')));
  addHtml(P('p16'), 'cruise-crew', 'table', cruiseCrew(P('p16')));
  addTxt(P('p16'), 'ats-csv', 'table', atsCsv(P('p16')));
  addDocx(P('p16'), 'header-2cell', 'two-column', header2cell(P('p16')));
}

// ───────────────────────────── main ─────────────────────────────
async function main() {
  const force = process.argv.includes('--force');
  if (existsSync(path.join(HERE, 'manifest.json')) && !force) {
    console.error('manifest.json exists: the set is already generated. Re-run with --force to overwrite it.');
    process.exit(1);
  }
  build();
  if (existsSync(DOCS)) for (const f of readdirSync(DOCS)) rmSync(path.join(DOCS, f));
  mkdirSync(DOCS, { recursive: true });
  for (const [file, text] of txtJobs) writeFileSync(path.join(DOCS, file), text, 'utf8');
  for (const [file, d] of docxJobs) writeFileSync(path.join(DOCS, file), await Packer.toBuffer(d));
  exportDocxToPdf(DOCS);
  await printHtml(DOCS, htmlJobs);
  const truth = {
    referenceDate: REFERENCE,
    people: people.map((p) => ({
      id: p.id, language: p.language, name: p.name, email: p.email, phone: p.phone, skills: p.skills,
      work: oldestFirst(p.work).map((j) => ({ company: j.company, start: j.start, end: j.end })),
      yearsOfExperience: yearsWorked(p.work, REFERENCE),
    })),
    documents: entries,
  };
  writeFileSync(path.join(HERE, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  writeFileSync(path.join(HERE, 'manifest.json'), JSON.stringify(manifestOf(DOCS, entries.map((e) => e.file)), null, 2) + '\n');
  console.log(`${entries.length} documents written to ${path.relative(process.cwd(), DOCS)}`);
}
main().catch((e) => { console.error(e); process.exit(1); });
