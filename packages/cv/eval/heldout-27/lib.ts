/** Small helpers shared by heldout-27 templates: date formats, DOCX table builders, HTML escaping. */
import {
  AlignmentType, BorderStyle, Document, Footer, Header, PageNumber, Paragraph, ShadingType, Table, TableCell, TableRow,
  TextRun, VerticalAlign, WidthType,
} from 'docx';
import type { Job, Person } from './people.ts';

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export type DateStyle = 'mm/yyyy' | 'Mon yyyy' | 'Month yyyy' | 'yyyy.mm' | 'yyyy年m月' | 'yyyy/mm' | 'roc' | 'mm/yy' | 'MON-yyyy' | 'yyyy-mm' | 'mm.yyyy' | 'm/yyyy';
export function fd(ym: string | null, style: DateStyle, present = 'Present'): string {
  if (ym === null) return present;
  const y = Number(ym.slice(0, 4));
  const m = Number(ym.slice(5, 7));
  const mm = ym.slice(5, 7);
  switch (style) {
    case 'mm/yyyy': return `${mm}/${y}`;
    case 'm/yyyy': return `${m}/${y}`;
    case 'mm.yyyy': return `${mm}.${y}`;
    case 'Mon yyyy': return `${MON[m - 1]} ${y}`;
    case 'Month yyyy': return `${MONTH[m - 1]} ${y}`;
    case 'yyyy.mm': return `${y}.${mm}`;
    case 'yyyy年m月': return `${y}年${m}月`;
    case 'yyyy/mm': return `${y}/${mm}`;
    case 'roc': return `${y - 1911}/${mm}`;
    case 'mm/yy': return `${mm}/${String(y).slice(2)}`;
    case 'MON-yyyy': return `${MON[m - 1].toUpperCase()}-${y}`;
    case 'yyyy-mm': return ym;
  }
}
export const range = (j: { start: string; end: string | null }, style: DateStyle, sep = ' – ', present = 'Present') =>
  `${fd(j.start, style)}${sep}${fd(j.end, style, present)}`;
/** Months of a job, inclusive, for "years/months" columns on job boards. */
export function monthsOf(j: Job, ref = '2026-11'): number {
  const i = (s: string) => Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7));
  return i(j.end ?? ref) - i(j.start) + 1;
}
export const skillItems = (p: Person) => p.skills.map((s) => s.split(' | ')[0]);
export const newestFirst = (p: Person) => [...p.work].reverse();
export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// ---------- DOCX ----------
export const ZH_FONT = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: 'SimSun' };
export interface RunOpt { b?: boolean; i?: boolean; sz?: number; color?: string; u?: boolean }
export const run = (text: string, o: RunOpt = {}) =>
  new TextRun({ text, bold: o.b, italics: o.i, size: o.sz, color: o.color, underline: o.u ? {} : undefined });
export interface ParaOpt extends RunOpt { align?: 'left' | 'center' | 'right'; after?: number; before?: number }
const AL = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT };
export function para(content: string | TextRun[], o: ParaOpt = {}): Paragraph {
  const children = typeof content === 'string' ? [run(content, o)] : content;
  return new Paragraph({ children, alignment: o.align ? AL[o.align] : undefined, spacing: { after: o.after ?? 0, before: o.before ?? 0 } });
}
export interface CellOpt extends ParaOpt { w?: number; span?: number; rows?: number; fill?: string; top?: boolean }
/** A cell: a string (lines split on \n), several strings (one paragraph each) or ready paragraphs. */
export function cell(content: string | (string | Paragraph)[], o: CellOpt = {}): TableCell {
  const items = typeof content === 'string' ? content.split('\n') : content;
  const children = items.map((x) => (typeof x === 'string' ? para(x, o) : x));
  return new TableCell({
    children: children.length ? children : [para('')],
    columnSpan: o.span, rowSpan: o.rows,
    width: o.w ? { size: o.w, type: WidthType.DXA } : undefined,
    shading: o.fill ? { fill: o.fill, type: ShadingType.CLEAR, color: 'auto' } : undefined,
    verticalAlign: o.top ? VerticalAlign.TOP : VerticalAlign.CENTER,
    margins: { top: 50, bottom: 50, left: 90, right: 90 },
  });
}
/** Label above value in one cell (small grey label). */
export const stacked = (label: string, value: string, o: CellOpt = {}) =>
  cell([para(label, { sz: 14, color: '555555' }), ...value.split('\n').map((v) => para(v, { sz: o.sz ?? 20, b: o.b }))], { ...o, top: true });
export const row = (...cells: TableCell[]) => new TableRow({ children: cells, cantSplit: true });
export const table = (widths: number[], rows: TableRow[], borders = true) => new Table({
  columnWidths: widths, width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, rows,
  borders: borders ? undefined : {
    top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
    left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
    insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  },
});
export interface DocOpt { zh?: boolean; font?: string; size?: number; header?: string; footer?: string; pageNo?: boolean; margin?: number }
export function doc(children: (Paragraph | Table)[], o: DocOpt = {}): Document {
  const font = o.zh ? ZH_FONT : (o.font ?? 'Arial');
  const footerKids: TextRun[] = [];
  if (o.footer) footerKids.push(new TextRun({ text: o.footer + (o.pageNo ? '    ' : ''), size: 15, color: '555555' }));
  if (o.pageNo) footerKids.push(new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 15, color: '555555' }));
  const m = o.margin ?? 1000;
  return new Document({
    creator: 'Microsoft Office User',
    styles: { default: { document: { run: { font, size: o.size ?? 20 } } } },
    sections: [{
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: m, bottom: m, left: m, right: m, header: 500, footer: 500 } } },
      headers: o.header ? { default: new Header({ children: [para(o.header, { sz: 15, color: '555555', align: 'right' })] }) } : undefined,
      footers: footerKids.length ? { default: new Footer({ children: [new Paragraph({ children: footerKids, alignment: AlignmentType.CENTER })] }) } : undefined,
      children,
    }],
  });
}
export const gapP = (after = 120) => para('', { after });
export const heading = (text: string, o: ParaOpt = {}) => para(text, { b: true, sz: 22, before: 160, after: 80, ...o });
