/** heldout-21: small helpers shared by the templates (dates, HTML escaping, DOCX table building). */
import {
  AlignmentType, BorderStyle, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun,
  VerticalAlign, WidthType, type IRunOptions,
} from 'docx';
import type { Job, Person } from './people.ts';

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Formats `YYYY-MM` (or null = current) in a named convention. */
export function d(ym: string | null, f: string, present = 'Present', end = false): string {
  if (ym === null) return present;
  const y = Number(ym.slice(0, 4)), m = Number(ym.slice(5, 7)), mm = ym.slice(5, 7);
  switch (f) {
    case 'MM/YYYY': return `${mm}/${y}`;
    case 'YYYY-MM': return `${y}-${mm}`;
    case 'YYYY.MM': return `${y}.${mm}`;
    case 'YYYY.M': return `${y}.${m}`;
    case 'YYYY/MM': return `${y}/${mm}`;
    case 'YYYY年MM月': return `${y}年${mm}月`;
    case 'YYYY年M月': return `${y}年${m}月`;
    case 'Mon YYYY': return `${MON[m - 1]} ${y}`;
    case 'Month YYYY': return `${MONTH[m - 1]} ${y}`;
    case 'MM.YYYY': return `${mm}.${y}`;
    case 'DD/MM/YYYY': return `${end ? lastDay(y, m) : '01'}/${mm}/${y}`;
    case 'YYYY-MM-DD': return `${y}-${mm}-${String(end ? lastDay(y, m) : 1).padStart(2, '0')}`;
    default: throw new Error(f);
  }
}
/** Months of a job up to the reference month, inclusive. */
export const months = (j: { start: string; end: string | null }, ref = '2026-11') => {
  const i = (s: string) => Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7));
  return i(j.end ?? ref) - i(j.start) + 1;
};
export const newestFirst = (w: Job[]) => [...w].sort((a, b) => b.start.localeCompare(a.start));
export const oldestFirst = (w: Job[]) => [...w].sort((a, b) => a.start.localeCompare(b.start));
export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const skillsOf = (p: Person) => p.skills.map((s) => s.split(' | ')[0]);
/** Display name: mixed people print the Chinese name with the Latin one. */
export const dual = (p: Person) => (p.language === 'mixed' ? `${p.name} ${p.nameLatin}` : p.name);

// ---------- DOCX tables ----------
export interface CellOpts { span?: number; rows?: number; b?: boolean; shade?: string; al?: 'c' | 'r'; sz?: number; v?: 'c' | 'b'; italic?: boolean; h?: number }
export type Cell = { t: string; o: CellOpts };
export const C = (t: string, o: CellOpts = {}): Cell => ({ t, o });
export const L = (t: string, o: CellOpts = {}): Cell => ({ t, o: { shade: 'E7E6E6', b: false, ...o } });

export function paras(text: string, o: { b?: boolean; sz?: number; al?: 'c' | 'r'; italic?: boolean; font?: IRunOptions['font'] } = {}): Paragraph[] {
  return text.split('\n').map((line) => new Paragraph({
    alignment: o.al === 'c' ? AlignmentType.CENTER : o.al === 'r' ? AlignmentType.RIGHT : AlignmentType.LEFT,
    spacing: { before: 20, after: 20 },
    children: [new TextRun({ text: line, bold: o.b, italics: o.italic, size: o.sz, font: o.font })],
  }));
}

/** A fixed-layout bordered table; `widths` in twips; cells with `rows` are merged downward (later rows omit them). */
export function table(widths: number[], rows: Cell[][], o: { sz?: number; borders?: boolean } = {}): Table {
  const occupied = new Map<string, number>(); // `${row}:${col}` taken by a merge from above
  const trs = rows.map((cells, r) => {
    let col = 0;
    const tcs = cells.map((cell) => {
      while (occupied.has(`${r}:${col}`)) col++;
      const span = cell.o.span ?? 1;
      const w = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
      if (cell.o.rows && cell.o.rows > 1) for (let k = 1; k < cell.o.rows; k++) for (let c = col; c < col + span; c++) occupied.set(`${r + k}:${c}`, 1);
      col += span;
      return new TableCell({
        width: { size: w, type: WidthType.DXA }, columnSpan: span > 1 ? span : undefined, rowSpan: cell.o.rows,
        shading: cell.o.shade ? { fill: cell.o.shade, type: ShadingType.CLEAR, color: 'auto' } : undefined,
        verticalAlign: cell.o.v === 'b' ? VerticalAlign.BOTTOM : VerticalAlign.CENTER,
        margins: { left: 70, right: 70, top: 20, bottom: 20 },
        children: paras(cell.t, { b: cell.o.b, sz: cell.o.sz ?? o.sz, al: cell.o.al, italic: cell.o.italic }),
      });
    });
    const h = cells.find((c) => c.o.h)?.o.h;
    return new TableRow({ children: tcs, height: h ? { value: h, rule: 'atLeast' } : undefined, cantSplit: true });
  });
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const b = o.borders === false ? none : line;
  return new Table({
    rows: trs, layout: TableLayoutType.FIXED, columnWidths: widths,
    width: { size: widths.reduce((a, c) => a + c, 0), type: WidthType.DXA },
    borders: { top: b, bottom: b, left: b, right: b, insideHorizontal: b, insideVertical: b },
  });
}
/** A paragraph of text with optional bold/size/alignment and spacing. */
export function P(text: string, o: { b?: boolean; sz?: number; al?: 'c' | 'r'; before?: number; after?: number; italic?: boolean; underline?: boolean; color?: string } = {}): Paragraph {
  return new Paragraph({
    alignment: o.al === 'c' ? AlignmentType.CENTER : o.al === 'r' ? AlignmentType.RIGHT : AlignmentType.LEFT,
    spacing: { before: o.before ?? 40, after: o.after ?? 40 },
    children: [new TextRun({ text, bold: o.b, size: o.sz, italics: o.italic, underline: o.underline ? {} : undefined, color: o.color })],
  });
}
