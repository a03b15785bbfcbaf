/** heldout-33 shared pieces: date formats, a small grid model rendered both to DOCX (docx package) and HTML. */
import {
  AlignmentType, BorderStyle, Document, Footer, Header, PageNumber, Paragraph, ShadingType, Table, TableCell, TableRow,
  TextRun, VerticalAlign, WidthType, PageBreak, HeightRule,
} from 'docx';
import type { Job, Person } from './people.ts';

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Formats a `YYYY-MM` month (null = current) in a named style. */
export function d(ym: string | null, style: string, now = 'Present'): string {
  if (!ym) return now;
  const y = ym.slice(0, 4), m = ym.slice(5, 7), mi = Number(m);
  switch (style) {
    case 'mm/yyyy': return `${m}/${y}`;
    case 'm/yyyy': return `${mi}/${y}`;
    case 'mm/yy': return `${m}/${y.slice(2)}`;
    case 'mon yyyy': return `${MON[mi - 1]} ${y}`;
    case 'mon. yyyy': return `${MON[mi - 1]}${mi === 5 ? '' : '.'} ${y}`;
    case "mon 'yy": return `${MON[mi - 1]} '${y.slice(2)}`;
    case 'month yyyy': return `${MONTH[mi - 1]} ${y}`;
    case 'yyyy.mm': return `${y}.${m}`;
    case 'yyyy.m': return `${y}.${mi}`;
    case 'yyyy年m月': return `${y}年${mi}月`;
    case 'yyyy年mm月': return `${y}年${m}月`;
    case 'yyyy-mm': return `${y}-${m}`;
    case 'yyyy/mm': return `${y}/${m}`;
    case 'mm.yyyy': return `${m}.${y}`;
    case 'mm-yyyy': return `${m}-${y}`;
    case 'mm': return m;
    case 'm': return String(mi);
    case 'yyyy': return y;
    case 'yy': return y.slice(2);
    case 'mon': return MON[mi - 1];
    case 'month': return MONTH[mi - 1];
    default: throw new Error(style);
  }
}
export const range = (j: Job, style: string, sep = ' – ', now = 'Present') => `${d(j.start, style)}${sep}${d(j.end, style, now)}`;
export const desc = (p: Person) => p.work;
export const asc = (p: Person) => [...p.work].reverse();
export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// ---------------------------------------------------------------- grid model
export interface C { t: string | string[]; cs?: number; rs?: number; h?: boolean; b?: boolean; al?: 'c' | 'r'; sh?: string; minH?: number; sz?: number }
export interface Grid { w: number[]; rows: C[][]; head?: number; noBorder?: boolean }
export type Block =
  | { k: 'title'; t: string; sub?: string[]; al?: 'c' | 'l' }
  | { k: 'h'; t: string }
  | { k: 'p'; t: string; al?: 'c' | 'r'; b?: boolean; i?: boolean; sz?: number }
  | { k: 'grid'; g: Grid }
  | { k: 'br' }
  | { k: 'sp' };
export interface Theme {
  font: string; cjk?: string; size: number; heads: 'bar' | 'plain' | 'underline' | 'boxed'; shade: string; border?: string;
  header?: string; footer?: string; pages?: 'of' | 'n' | 'none'; css?: string; htmlFont?: string; margins?: number;
}

export const h = (t: string | string[], o: Partial<C> = {}): C => ({ t, h: true, ...o });
export const v = (t: string | string[], o: Partial<C> = {}): C => ({ t, ...o });
/** Rows of label/value pairs: `pairs` per row. */
export function kv(items: [string, string][], pairs: number, w: number[]): Grid {
  const rows: C[][] = [];
  for (let i = 0; i < items.length; i += pairs) {
    const row: C[] = [];
    for (let k = 0; k < pairs; k++) {
      const it = items[i + k];
      if (it) row.push(h(it[0]), v(it[1]));
      else if (k > 0) { row[row.length - 1].cs = (row[row.length - 1].cs ?? 1) + 2; }
    }
    rows.push(row);
  }
  return { w, rows };
}

function place(g: Grid): { c: C; col: number }[][] {
  const occ = new Array(g.w.length).fill(0);
  return g.rows.map((row) => {
    const out: { c: C; col: number }[] = [];
    let col = 0;
    for (const c of row) {
      while (occ[col] > 0) col++;
      out.push({ c, col });
      for (let k = col; k < col + (c.cs ?? 1); k++) occ[k] = c.rs ?? 1;
      col += c.cs ?? 1;
    }
    for (let k = 0; k < occ.length; k++) if (occ[k] > 0) occ[k]--;
    return out;
  });
}

// ---------------------------------------------------------------- DOCX
const CONTENT = 11906 - 2 * 1020;
function runs(text: string, th: Theme, o: { b?: boolean; i?: boolean; sz?: number } = {}): TextRun[] {
  return [new TextRun({ text, bold: o.b, italics: o.i, size: Math.round((o.sz ?? th.size) * 2), font: { ascii: th.font, hAnsi: th.font, eastAsia: th.cjk ?? th.font } })];
}
function para(text: string, th: Theme, o: { b?: boolean; i?: boolean; sz?: number; al?: 'c' | 'r'; after?: number; before?: number } = {}): Paragraph {
  return new Paragraph({
    children: runs(text, th, o), spacing: { after: o.after ?? 0, before: o.before ?? 0 },
    alignment: o.al === 'c' ? AlignmentType.CENTER : o.al === 'r' ? AlignmentType.RIGHT : AlignmentType.LEFT,
  });
}
function gridDocx(g: Grid, th: Theme): Table {
  const tw = g.w.map((x) => Math.round((x / 100) * CONTENT));
  const bc = th.border ?? '000000';
  const line = g.noBorder ? { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } : { style: BorderStyle.SINGLE, size: 4, color: bc };
  const rows = place(g).map((row, ri) => new TableRow({
    tableHeader: g.head !== undefined && ri < g.head,
    height: row.some((x) => x.c.minH) ? { value: Math.max(...row.map((x) => x.c.minH ?? 0)), rule: HeightRule.ATLEAST } : undefined,
    children: row.map(({ c, col }) => {
      const lines = Array.isArray(c.t) ? c.t : [c.t];
      const width = tw.slice(col, col + (c.cs ?? 1)).reduce((a, b) => a + b, 0);
      return new TableCell({
        width: { size: width, type: WidthType.DXA }, columnSpan: c.cs, rowSpan: c.rs, verticalAlign: VerticalAlign.CENTER,
        shading: c.h || c.sh ? { type: ShadingType.CLEAR, color: 'auto', fill: c.sh ?? th.shade } : undefined,
        margins: { top: 40, bottom: 40, left: 80, right: 80 },
        children: lines.map((l) => para(l, th, { b: c.b ?? (c.h && th.heads !== 'plain'), al: c.al, sz: c.sz ?? (c.h ? th.size - 0.5 : th.size) })),
      });
    }),
  }));
  return new Table({ rows, columnWidths: tw, width: { size: CONTENT, type: WidthType.DXA }, borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line } });
}
export function formDocx(blocks: Block[], th: Theme): Document {
  const children: (Paragraph | Table)[] = [];
  for (const b of blocks) {
    if (b.k === 'title') {
      children.push(para(b.t, th, { b: true, sz: th.size + 5, al: b.al === 'l' ? undefined : 'c', after: 60 }));
      for (const s of b.sub ?? []) children.push(para(s, th, { al: b.al === 'l' ? undefined : 'c', sz: th.size, after: 20 }));
      children.push(para('', th, { after: 60 }));
    } else if (b.k === 'h') {
      if (th.heads === 'bar') children.push(new Table({ rows: [new TableRow({ children: [new TableCell({ shading: { type: ShadingType.CLEAR, color: 'auto', fill: th.shade }, margins: { top: 40, bottom: 40, left: 80, right: 80 }, children: [para(b.t, th, { b: true, sz: th.size + 0.5 })] })] })], columnWidths: [CONTENT], width: { size: CONTENT, type: WidthType.DXA } }));
      else if (th.heads === 'underline') children.push(new Paragraph({ children: runs(b.t, th, { b: true, sz: th.size + 1 }), spacing: { before: 160, after: 60 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: th.border ?? '000000', space: 1 } } }));
      else children.push(para(b.t, th, { b: true, sz: th.size + 1, before: 160, after: 60 }));
    } else if (b.k === 'p') children.push(para(b.t, th, { b: b.b, i: b.i, sz: b.sz, al: b.al, after: 60 }));
    else if (b.k === 'grid') children.push(gridDocx(b.g, th));
    else if (b.k === 'sp') children.push(para('', th, { after: 40 }));
    else if (b.k === 'br') children.push(new Paragraph({ children: [new PageBreak()] }));
  }
  const pageRuns = th.pages === 'none' ? [] : th.pages === 'n' ? [new TextRun({ children: ['– ', PageNumber.CURRENT, ' –'], size: 16, font: th.font })]
    : [new TextRun({ children: [th.cjk ? '第 ' : 'Page ', PageNumber.CURRENT, th.cjk ? ' 页 共 ' : ' of ', PageNumber.TOTAL_PAGES, th.cjk ? ' 页' : ''], size: 16, font: { ascii: th.font, eastAsia: th.cjk ?? th.font } })];
  return new Document({
    creator: 'Microsoft Office User', title: blocks.find((b) => b.k === 'title')?.['t' as never] ?? 'Form',
    styles: { default: { document: { run: { font: { ascii: th.font, hAnsi: th.font, eastAsia: th.cjk ?? th.font }, size: th.size * 2 } } } },
    sections: [{
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1020, bottom: 1020, left: 1020, right: 1020, header: 500, footer: 500 } } },
      headers: th.header ? { default: new Header({ children: [para(th.header, th, { sz: 8, al: 'r' })] }) } : undefined,
      footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [...(th.footer ? runs(th.footer + '    ', th, { sz: 8 }) : []), ...pageRuns] })] }) },
      children,
    }],
  });
}

// ---------------------------------------------------------------- HTML
function gridHtml(g: Grid): string {
  const rows = place(g);
  const body = rows.map((row, ri) => `<tr>${row.map(({ c }) => {
    const tag = c.h ? 'th' : 'td';
    const lines = (Array.isArray(c.t) ? c.t : [c.t]).map(esc).join('<br>');
    const st = [c.al === 'c' ? 'text-align:center' : c.al === 'r' ? 'text-align:right' : '', c.sh ? `background:#${c.sh}` : '', c.minH ? `height:${(c.minH / 20) * 0.3528}mm` : '', c.b ? 'font-weight:bold' : '', c.sz ? `font-size:${c.sz}pt` : ''].filter(Boolean).join(';');
    return `<${tag}${c.cs ? ` colspan="${c.cs}"` : ''}${c.rs ? ` rowspan="${c.rs}"` : ''}${st ? ` style="${st}"` : ''}>${lines}</${tag}>`;
  }).join('')}</tr>${g.head !== undefined && ri === g.head - 1 ? '</thead><tbody>' : ''}`).join('\n');
  return `<table class="g${g.noBorder ? ' nb' : ''}"><colgroup>${g.w.map((x) => `<col style="width:${x}%">`).join('')}</colgroup>${g.head ? '<thead>' : '<tbody>'}${body}</tbody></table>`;
}
export function formHtml(blocks: Block[], th: Theme, lang = 'en'): string {
  const parts = blocks.map((b) => {
    if (b.k === 'title') return `<div class="title" style="text-align:${b.al === 'l' ? 'left' : 'center'}"><div class="t">${esc(b.t)}</div>${(b.sub ?? []).map((s) => `<div class="s">${esc(s)}</div>`).join('')}</div>`;
    if (b.k === 'h') return `<div class="h">${esc(b.t)}</div>`;
    if (b.k === 'p') return `<p style="${b.al ? `text-align:${b.al === 'c' ? 'center' : 'right'};` : ''}${b.b ? 'font-weight:bold;' : ''}${b.i ? 'font-style:italic;' : ''}${b.sz ? `font-size:${b.sz}pt;` : ''}">${esc(b.t)}</p>`;
    if (b.k === 'grid') return gridHtml(b.g);
    if (b.k === 'br') return '<div style="break-after:page"></div>';
    return '<div style="height:3mm"></div>';
  }).join('\n');
  const bc = `#${th.border ?? '000'}`;
  const headCss = th.heads === 'bar' ? `background:#${th.shade};border:1px solid ${bc};padding:1.2mm 2mm;margin-top:3mm;font-weight:bold`
    : th.heads === 'underline' ? `border-bottom:1.2pt solid ${bc};margin-top:4mm;padding-bottom:0.6mm;font-weight:bold`
      : th.heads === 'boxed' ? `border:1.5pt solid ${bc};padding:1mm 2mm;margin-top:3mm;font-weight:bold;display:inline-block` : 'margin-top:4mm;font-weight:bold';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>
  body{font-family:${th.htmlFont ?? th.font};font-size:${th.size}pt;color:#000;margin:0}
  .title .t{font-size:${th.size + 5}pt;font-weight:bold;margin-bottom:1mm}.title .s{font-size:${th.size}pt}.title{margin-bottom:3mm}
  .h{${headCss};font-size:${th.size + 0.5}pt}
  table.g{width:100%;border-collapse:collapse;margin-top:1mm;table-layout:fixed}
  table.g td,table.g th{border:0.6pt solid ${bc};padding:1mm 1.4mm;vertical-align:middle;text-align:left;word-wrap:break-word;overflow-wrap:anywhere}
  table.g th{background:#${th.shade};font-weight:${th.heads === 'plain' ? 'normal' : 'bold'};font-size:${th.size - 0.5}pt}
  table.g.nb td,table.g.nb th{border:none;background:none}
  table.g tr{break-inside:avoid}
  p{margin:1.2mm 0}
  .runhead{font-size:7.5pt;color:#333;text-align:right;border-bottom:0.4pt solid #999;margin-bottom:2mm}
  ${th.css ?? ''}
  </style></head><body>${th.header ? `<table style="width:100%;border-collapse:collapse"><thead><tr><td><div class="runhead">${esc(th.header)}</div></td></tr></thead><tbody><tr><td style="padding:0">${parts}</td></tr></tbody>${th.footer ? `<tfoot><tr><td><div class="runhead" style="border:none;border-top:0.4pt solid #999;text-align:center;margin-top:2mm">${esc(th.footer)}</div></td></tr></tfoot>` : ''}</table>` : parts}</body></html>`;
}
