/** Small layer over the `docx` package for Word-style forms: tables with merged cells, fonts, headers/footers. */
import * as D from 'docx';

export type Cell = string | {
  t: string; span?: number; rows?: number; shade?: string; b?: boolean; al?: 'c' | 'l' | 'r'; sz?: number; va?: 'c' | 't' | 'b';
  i?: boolean; vert?: boolean; noBorder?: boolean;
};
export interface RowSpec { cells: Cell[]; hdr?: boolean; h?: number; cant?: boolean; exact?: boolean }

const AL = { c: D.AlignmentType.CENTER, l: D.AlignmentType.LEFT, r: D.AlignmentType.RIGHT };

/** Paragraphs from text: lines split on \n; **bold** segments. */
export function paras(text: string, o: { b?: boolean; al?: 'c' | 'l' | 'r'; sz?: number; i?: boolean; after?: number; before?: number; color?: string; font?: string } = {}): D.Paragraph[] {
  return text.split('\n').map((line) => new D.Paragraph({
    alignment: o.al ? AL[o.al] : undefined,
    spacing: { after: o.after ?? 0, before: o.before ?? 0 },
    children: line.split(/(\*\*[^*]+\*\*)/).filter((x) => x !== '').map((seg) => new D.TextRun({
      text: seg.replace(/^\*\*|\*\*$/g, ''), bold: o.b || seg.startsWith('**'), italics: o.i, size: o.sz, color: o.color, font: o.font,
    })),
  }));
}

export function P(text: string, o: Parameters<typeof paras>[1] = {}): D.Paragraph[] { return paras(text, o); }

/** A table on a fixed grid (widths in twips). rowSpan'd cells are tracked so every cell gets its real width. */
export function T(widths: number[], rows: RowSpec[], o: { border?: number; sz?: number; cellPad?: number; noOuter?: boolean } = {}): D.Table {
  const hang = new Array(widths.length).fill(0);
  const out: D.TableRow[] = [];
  for (const r of rows) {
    let col = 0;
    const occ = hang.map((h) => h > 0);
    const cells: D.TableCell[] = [];
    const fresh: [number, number][] = [];
    for (const c0 of r.cells) {
      while (col < widths.length && occ[col]) col++;
      const c = typeof c0 === 'string' ? { t: c0 } : c0;
      const span = c.span ?? 1;
      const w = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
      cells.push(new D.TableCell({
        children: paras(c.t, { b: c.b, al: c.al, sz: c.sz ?? o.sz, i: c.i }),
        columnSpan: span > 1 ? span : undefined,
        rowSpan: c.rows && c.rows > 1 ? c.rows : undefined,
        width: { size: w, type: D.WidthType.DXA },
        shading: c.shade ? { fill: c.shade, type: D.ShadingType.CLEAR, color: 'auto' } : undefined,
        verticalAlign: c.va === 't' ? D.VerticalAlign.TOP : c.va === 'b' ? D.VerticalAlign.BOTTOM : D.VerticalAlign.CENTER,
        textDirection: c.vert ? D.TextDirection.TOP_TO_BOTTOM_RIGHT_TO_LEFT : undefined,
        margins: { top: o.cellPad ?? 40, bottom: o.cellPad ?? 40, left: 80, right: 80 },
        borders: c.noBorder ? { top: NB, bottom: NB, left: NB, right: NB } : undefined,
      }));
      if (c.rows && c.rows > 1) for (let k = col; k < col + span; k++) fresh.push([k, c.rows - 1]);
      col += span;
    }
    for (let k = 0; k < hang.length; k++) if (occ[k]) hang[k]--;
    for (const [k, v] of fresh) hang[k] = v;
    out.push(new D.TableRow({
      children: cells, tableHeader: r.hdr, cantSplit: r.cant,
      height: r.h ? { value: r.h, rule: r.exact ? D.HeightRule.EXACT : D.HeightRule.ATLEAST } : undefined,
    }));
  }
  const bs = { style: D.BorderStyle.SINGLE, size: o.border ?? 4, color: '000000' };
  return new D.Table({
    rows: out, columnWidths: widths, layout: D.TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: D.WidthType.DXA },
    borders: o.noOuter ? { top: NB, bottom: NB, left: NB, right: NB, insideHorizontal: NB, insideVertical: NB } : { top: bs, bottom: bs, left: bs, right: bs, insideHorizontal: bs, insideVertical: bs },
  });
}
const NB = { style: D.BorderStyle.NONE, size: 0, color: 'FFFFFF' };

export const gap = (pts = 6) => new D.Paragraph({ spacing: { before: 0, after: pts * 20 }, children: [] });
export const pageBreak = () => new D.Paragraph({ children: [new D.PageBreak()] });

/** Heading paragraph (bold, optional shading bar). */
export function H(text: string, o: { sz?: number; al?: 'c' | 'l'; shade?: string; before?: number; after?: number; underline?: boolean; color?: string } = {}): D.Paragraph {
  return new D.Paragraph({
    alignment: o.al === 'c' ? D.AlignmentType.CENTER : D.AlignmentType.LEFT,
    spacing: { before: o.before ?? 120, after: o.after ?? 80 },
    shading: o.shade ? { fill: o.shade, type: D.ShadingType.CLEAR, color: 'auto' } : undefined,
    children: [new D.TextRun({ text, bold: true, size: o.sz ?? 22, underline: o.underline ? {} : undefined, color: o.color })],
  });
}

export interface DocOpts {
  font: string; eastAsia?: string; size?: number; margin?: number; landscape?: boolean;
  header?: string; footer?: string | 'page' | 'pageof' | 'zhpage'; footerLeft?: string; title?: string;
}

/** A4 document; `footer` 'page' → "Page N", 'pageof' → "Page N of M", 'zhpage' → "第 N 页 共 M 页". */
export async function docx(o: DocOpts, children: (D.Paragraph | D.Table)[]): Promise<Buffer> {
  const ftr: D.ParagraphChild[] = [];
  if (o.footerLeft) ftr.push(new D.TextRun({ text: o.footerLeft + '\t', size: 16 }));
  if (o.footer === 'page') ftr.push(new D.TextRun({ children: ['Page ', D.PageNumber.CURRENT], size: 16 }));
  else if (o.footer === 'pageof') ftr.push(new D.TextRun({ children: ['Page ', D.PageNumber.CURRENT, ' of ', D.PageNumber.TOTAL_PAGES], size: 16 }));
  else if (o.footer === 'zhpage') ftr.push(new D.TextRun({ children: ['第 ', D.PageNumber.CURRENT, ' 页 共 ', D.PageNumber.TOTAL_PAGES, ' 页'], size: 16 }));
  else if (o.footer) ftr.push(new D.TextRun({ text: o.footer, size: 16 }));
  const margin = o.margin ?? 1134;
  const doc = new D.Document({
    creator: 'Microsoft Office User', title: o.title,
    styles: { default: { document: { run: { font: { ascii: o.font, hAnsi: o.font, eastAsia: o.eastAsia ?? o.font, cs: o.font }, size: o.size ?? 20 } } } },
    sections: [{
      properties: { page: { size: { width: 11906, height: 16838, orientation: o.landscape ? D.PageOrientation.LANDSCAPE : D.PageOrientation.PORTRAIT }, margin: { top: margin, bottom: margin, left: margin, right: margin, header: 500, footer: 500 } } },
      headers: o.header ? { default: new D.Header({ children: paras(o.header, { sz: 16, al: 'r' }) }) } : undefined,
      footers: ftr.length ? { default: new D.Footer({ children: [new D.Paragraph({ alignment: o.footerLeft ? D.AlignmentType.LEFT : D.AlignmentType.CENTER, tabStops: [{ type: D.TabStopType.RIGHT, position: 11906 - 2 * margin }], children: ftr })] }) } : undefined,
      children,
    }],
  });
  return D.Packer.toBuffer(doc);
}
export { D };
