/** Small helpers over the `docx` package for the heldout-46 Word templates. */
import { deflateSync } from 'node:zlib';
import {
  AlignmentType, BorderStyle, ImageRun, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun,
  VerticalAlignTable, WidthType, type IParagraphOptions, type IRunOptions, type ITableFloatOptions,
} from 'docx';

export const mm = (x: number) => Math.round(x * 56.693);
export const A4 = { width: 11906, height: 16838 };

export type Inline = string | TextRun | ImageRun;
export const r = (text: string, o: Omit<IRunOptions, 'text'> = {}) => new TextRun({ text, ...o });

/** Paragraph from a string (\n = line break inside the paragraph) or runs. */
export function P(content: Inline | Inline[], o: Omit<IParagraphOptions, 'children' | 'text'> & { run?: Omit<IRunOptions, 'text'> } = {}): Paragraph {
  const { run, ...po } = o;
  const items = Array.isArray(content) ? content : [content];
  const children: (TextRun | ImageRun)[] = [];
  for (const it of items) {
    if (typeof it === 'string') {
      it.split('\n').forEach((line, i) => children.push(new TextRun({ text: line, break: i > 0 ? 1 : undefined, ...run })));
    } else children.push(it);
  }
  return new Paragraph({ spacing: { after: 0, before: 0 }, ...po, children });
}

export const NIL = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
export const line = (color = '000000', size = 4) => ({ style: BorderStyle.SINGLE, size, color });
export const noBorders = { top: NIL, bottom: NIL, left: NIL, right: NIL, insideHorizontal: NIL, insideVertical: NIL };
export const gridBorders = (color = '000000', size = 4) => ({ top: line(color, size), bottom: line(color, size), left: line(color, size), right: line(color, size), insideHorizontal: line(color, size), insideVertical: line(color, size) });
export const cellNoBorders = { top: NIL, bottom: NIL, left: NIL, right: NIL };

export interface CellOpts { w?: number; span?: number; rowSpan?: number; fill?: string; v?: 'top' | 'center' | 'bottom'; borders?: Record<string, unknown>; margins?: { top?: number; bottom?: number; left?: number; right?: number }; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; run?: Omit<IRunOptions, 'text'> }

/** Table cell from a string (each \n\n-separated block a paragraph, \n a line break), paragraphs or tables. */
export function C(content: string | (Paragraph | Table)[], o: CellOpts = {}): TableCell {
  const children = typeof content === 'string'
    ? content.split('\n\n').map((t) => P(t, { alignment: o.align, run: o.run }))
    : content;
  return new TableCell({
    children: children.length ? children : [P('')],
    width: o.w ? { size: o.w, type: WidthType.DXA } : undefined,
    columnSpan: o.span, rowSpan: o.rowSpan,
    shading: o.fill ? { fill: o.fill, type: ShadingType.CLEAR, color: 'auto' } : undefined,
    verticalAlign: o.v === 'center' ? VerticalAlignTable.CENTER : o.v === 'bottom' ? VerticalAlignTable.BOTTOM : VerticalAlignTable.TOP,
    borders: o.borders as never,
    margins: o.margins ?? { top: 40, bottom: 40, left: 90, right: 90 },
  });
}

export function T(rows: (TableCell[] | TableRow)[], widths: number[], o: { borders?: Record<string, unknown>; float?: ITableFloatOptions; headerRows?: number; cantSplit?: boolean } = {}): Table {
  return new Table({
    rows: rows.map((row, i) => (row instanceof TableRow ? row : new TableRow({ children: row, tableHeader: o.headerRows ? i < o.headerRows : undefined, cantSplit: o.cantSplit }))),
    columnWidths: widths,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: (o.borders ?? gridBorders()) as never,
    float: o.float,
  });
}

/* --- a grey head-and-shoulders placeholder photo, drawn pixel by pixel (no image files needed) ------------------ */
const CRC = (() => { const t = new Uint32Array(256); for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; t[n] = c >>> 0; } return t; })();
function crc32(b: Buffer) { let c = 0xffffffff; for (const x of b) c = CRC[(c ^ x) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; }
function chunk(type: string, data: Buffer) { const len = Buffer.alloc(4); len.writeUInt32BE(data.length); const td = Buffer.concat([Buffer.from(type), data]); const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td)); return Buffer.concat([len, td, crc]); }
export function photoPng(w = 150, h = 190, bg = [226, 230, 234], fg = [150, 158, 166]): Buffer {
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) {
    raw[y * (w * 3 + 1)] = 0;
    for (let x = 0; x < w; x++) {
      const cx = w / 2, head = (x - cx) ** 2 + (y - h * 0.36) ** 2 < (w * 0.2) ** 2;
      const body = y > h * 0.62 && ((x - cx) / (w * 0.42)) ** 2 + ((y - h * 1.02) / (h * 0.4)) ** 2 < 1;
      const c = head || body ? fg : bg;
      raw.set(c, y * (w * 3 + 1) + 1 + x * 3);
    }
  }
  const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(w, 0); ihdr.writeUInt32BE(h, 4); ihdr[8] = 8; ihdr[9] = 2; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
export const photo = (wPx: number, hPx: number) => new ImageRun({ type: 'png', data: photoPng(), transformation: { width: wPx, height: hPx }, altText: { name: 'Photo', description: 'Applicant photo', title: 'Photo' } });

export { AlignmentType };
