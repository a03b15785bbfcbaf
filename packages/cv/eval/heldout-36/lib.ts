/**
 * heldout-36: a small form model (titles, paragraphs, heading bars, gridded tables with merged cells) rendered
 * either to HTML for Chromium's print or to a Word document with the `docx` package, plus date formatters.
 */
import {
  AlignmentType, BorderStyle, Document, Footer, Header, Packer, PageNumber, Paragraph, ShadingType, Table, TableCell,
  TableRow, TextRun, VerticalAlign, WidthType, PageBreak, HeightRule,
} from 'docx';
import type { Job } from './people.ts';

export type Align = 'l' | 'c' | 'r';
export interface Cell { t: string | string[]; cs?: number; rs?: number; b?: boolean; sh?: string; al?: Align; sz?: number; h?: number; va?: 'top' | 'center'; i?: boolean }
export type Block =
  | { k: 'title'; t: string; sz?: number; al?: Align; b?: boolean; color?: string }
  | { k: 'p'; t: string; al?: Align; sz?: number; b?: boolean; i?: boolean; color?: string }
  | { k: 'h'; t: string; sh?: string; color?: string; line?: boolean }
  | { k: 'table'; cols: number[]; rows: Cell[][]; head?: number; border?: 'all' | 'none' | 'outer'; sz?: number }
  | { k: 'break' }
  | { k: 'space'; h?: number };
export interface FormDoc {
  font: string;
  cjk: string;
  size: number;
  header?: string;
  /** footer text; `{p}` page, `{n}` pages */
  footer?: string;
  css?: string;
  blocks: Block[];
  lang?: string;
}

/* ---------------- dates ---------------- */
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const y = (s: string) => Number(s.slice(0, 4));
const m = (s: string) => Number(s.slice(5, 7));
export const d = {
  mmyyyy: (s: string | null, now = 'Present') => (s ? `${s.slice(5, 7)}/${s.slice(0, 4)}` : now),
  mon: (s: string | null, now = 'Present') => (s ? `${MON[m(s) - 1]} ${y(s)}` : now),
  month: (s: string | null, now = 'Present') => (s ? `${MONTH[m(s) - 1]} ${y(s)}` : now),
  iso: (s: string | null, now = 'Present') => (s ? s : now),
  dot: (s: string | null, now = '至今') => (s ? `${y(s)}.${s.slice(5, 7)}` : now),
  zh: (s: string | null, now = '至今') => (s ? `${y(s)}年${m(s)}月` : now),
  roc: (s: string | null, now = '迄今') => (s ? `${y(s) - 1911}年${m(s)}月` : now),
  slash: (s: string | null, now = '至今') => (s ? `${y(s)}/${s.slice(5, 7)}` : now),
  ddmmyyyy: (s: string | null, day: number, now = 'To date') => (s ? `${String(day).padStart(2, '0')}/${s.slice(5, 7)}/${s.slice(0, 4)}` : now),
  monthName: (s: string) => MONTH[m(s) - 1],
  monShort: (s: string) => MON[m(s) - 1],
  year: (s: string) => String(y(s)),
  mm: (s: string) => s.slice(5, 7),
};
/** months between start and end (inclusive), end null = reference */
export const monthsOf = (j: Pick<Job, 'start' | 'end'>, ref = '2026-11') => (y(j.end ?? ref) * 12 + m(j.end ?? ref)) - (y(j.start) * 12 + m(j.start)) + 1;
export const yrsMos = (n: number) => `${Math.floor(n / 12)} yrs ${n % 12} mos`;

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/* ---------------- HTML ---------------- */
const alignCss = (a?: Align) => (a === 'c' ? 'center' : a === 'r' ? 'right' : 'left');
export function formHtml(doc: FormDoc): string {
  const lines = (t: string | string[]) => (Array.isArray(t) ? t : [t]).map((x) => esc(x)).join('<br>');
  const out: string[] = [];
  for (const b of doc.blocks) {
    if (b.k === 'title') out.push(`<div class="title" style="text-align:${alignCss(b.al ?? 'c')};font-size:${b.sz ?? doc.size + 5}pt;font-weight:${b.b === false ? 'normal' : 'bold'};${b.color ? `color:${b.color};` : ''}">${lines(b.t.split('\n'))}</div>`);
    else if (b.k === 'p') out.push(`<p style="text-align:${alignCss(b.al)};${b.sz ? `font-size:${b.sz}pt;` : ''}${b.b ? 'font-weight:bold;' : ''}${b.i ? 'font-style:italic;' : ''}${b.color ? `color:${b.color};` : ''}">${lines(b.t.split('\n'))}</p>`);
    else if (b.k === 'h') out.push(`<div class="h" style="${b.sh ? `background:${b.sh};` : ''}${b.color ? `color:${b.color};` : ''}${b.line ? 'border-bottom:1px solid #000;' : ''}">${esc(b.t)}</div>`);
    else if (b.k === 'space') out.push(`<div style="height:${b.h ?? 6}pt"></div>`);
    else if (b.k === 'break') out.push('<div style="break-after:page"></div>');
    else {
      const total = b.cols.reduce((a, c) => a + c, 0);
      const cg = b.cols.map((c) => `<col style="width:${((c / total) * 100).toFixed(2)}%">`).join('');
      const head = b.head ?? 0;
      const row = (r: Cell[]) => `<tr>${r.map((c) => `<td${c.cs ? ` colspan="${c.cs}"` : ''}${c.rs ? ` rowspan="${c.rs}"` : ''} style="text-align:${alignCss(c.al)};${c.b ? 'font-weight:bold;' : ''}${c.i ? 'font-style:italic;' : ''}${c.sh ? `background:${c.sh};` : ''}${c.sz ? `font-size:${c.sz}pt;` : ''}${c.h ? `height:${c.h}pt;` : ''}vertical-align:${c.va === 'top' ? 'top' : 'middle'}">${lines(c.t)}</td>`).join('')}</tr>`;
      out.push(`<table class="${b.border ?? 'all'}"${b.sz ? ` style="font-size:${b.sz}pt"` : ''}><colgroup>${cg}</colgroup>${head ? `<thead>${b.rows.slice(0, head).map(row).join('')}</thead>` : ''}<tbody>${b.rows.slice(head).map(row).join('')}</tbody></table>`);
    }
  }
  const footer = doc.footer ? `@page { @bottom-center { content: ${cssText(doc.footer)}; font: ${doc.size - 1.5}pt ${fam(doc)}; color:#333 } }` : '';
  const header = doc.header ? `@page { @top-right { content: ${cssText(doc.header)}; font: ${doc.size - 1.5}pt ${fam(doc)}; color:#333 } }` : '';
  return `<!doctype html><html lang="${doc.lang ?? 'en'}"><head><meta charset="utf-8"><style>
${footer}
${header}
body { font-family: ${fam(doc)}; font-size: ${doc.size}pt; margin: 0; color: #000; line-height: 1.25; }
.title { margin: 0 0 4pt; }
p { margin: 3pt 0; }
.h { font-weight: bold; padding: 2pt 4pt; margin: 8pt 0 3pt; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; margin: 0 0 4pt; }
table.all td { border: 0.75pt solid #000; }
table.outer { border: 0.75pt solid #000; }
td { padding: 2.5pt 4pt; overflow-wrap: break-word; }
tr { break-inside: avoid; }
${doc.css ?? ''}
</style></head><body>${out.join('\n')}</body></html>`;
}
const fam = (doc: FormDoc) => `"${doc.font}", "${doc.cjk}", "WenQuanYi Zen Hei", sans-serif`;
const cssText = (s: string) => s.split(/(\{p\}|\{n\})/).filter(Boolean).map((x) => (x === '{p}' ? 'counter(page)' : x === '{n}' ? 'counter(pages)' : JSON.stringify(x))).join(' ');

/* ---------------- DOCX ---------------- */
const AL = { l: AlignmentType.LEFT, c: AlignmentType.CENTER, r: AlignmentType.RIGHT } as const;
const TW = 9638; // A4 text width with 2 cm margins, twips
export async function formDocx(doc: FormDoc, meta: { title: string; creator: string }): Promise<Buffer> {
  const font = { ascii: doc.font, hAnsi: doc.font, cs: doc.font, eastAsia: doc.cjk };
  const run = (t: string, o: { sz?: number; b?: boolean; i?: boolean; color?: string } = {}) => new TextRun({ text: t, font, size: Math.round((o.sz ?? doc.size) * 2), bold: o.b, italics: o.i, color: o.color?.replace('#', '') });
  const paras = (t: string | string[], o: { sz?: number; b?: boolean; i?: boolean; al?: Align; color?: string; after?: number } = {}) =>
    (Array.isArray(t) ? t : t.split('\n')).map((line) => new Paragraph({ alignment: AL[o.al ?? 'l'], spacing: { after: o.after ?? 0, before: 0 }, children: [run(line, o)] }));
  const children: (Paragraph | Table)[] = [];
  for (const b of doc.blocks) {
    if (b.k === 'title') children.push(...paras(b.t, { sz: b.sz ?? doc.size + 5, b: b.b !== false, al: b.al ?? 'c', color: b.color, after: 80 }));
    else if (b.k === 'p') children.push(...paras(b.t, { sz: b.sz, b: b.b, i: b.i, al: b.al, color: b.color, after: 60 }));
    else if (b.k === 'h') children.push(new Paragraph({ spacing: { before: 160, after: 60 }, shading: b.sh ? { type: ShadingType.CLEAR, fill: b.sh.replace('#', ''), color: 'auto' } : undefined, border: b.line ? { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } } : undefined, children: [run(b.t, { b: true, color: b.color })] }));
    else if (b.k === 'space') children.push(new Paragraph({ spacing: { after: (b.h ?? 6) * 20 }, children: [] }));
    else if (b.k === 'break') children.push(new Paragraph({ children: [new PageBreak()] }));
    else {
      const total = b.cols.reduce((a, c) => a + c, 0);
      const widths = b.cols.map((c) => Math.round((c / total) * TW));
      const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
      const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
      const bd = b.border === 'none' ? { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none }
        : b.border === 'outer' ? { top: line, bottom: line, left: line, right: line, insideHorizontal: none, insideVertical: none }
          : { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };
      // track occupied grid columns so widths of spanning cells are right
      const occupied: number[][] = b.rows.map(() => []);
      const rows = b.rows.map((r, ri) => {
        let col = 0;
        const cells = r.map((c) => {
          while (occupied[ri].includes(col)) col++;
          const span = c.cs ?? 1;
          const w = widths.slice(col, col + span).reduce((a, x) => a + x, 0);
          for (let k = 1; k < (c.rs ?? 1); k++) for (let s = 0; s < span; s++) occupied[ri + k]?.push(col + s);
          col += span;
          return new TableCell({
            columnSpan: c.cs, rowSpan: c.rs, width: { size: w, type: WidthType.DXA },
            verticalAlign: c.va === 'top' ? VerticalAlign.TOP : VerticalAlign.CENTER,
            shading: c.sh ? { type: ShadingType.CLEAR, fill: c.sh.replace('#', ''), color: 'auto' } : undefined,
            margins: { top: 30, bottom: 30, left: 70, right: 70 },
            children: paras(c.t, { sz: c.sz ?? b.sz, b: c.b, i: c.i, al: c.al }),
          });
        });
        const hmax = Math.max(0, ...r.map((c) => c.h ?? 0));
        return new TableRow({ children: cells, tableHeader: ri < (b.head ?? 0), cantSplit: true, height: hmax ? { value: hmax * 20, rule: HeightRule.ATLEAST } : undefined });
      });
      children.push(new Table({ rows, columnWidths: widths, width: { size: TW, type: WidthType.DXA }, borders: bd }));
      children.push(new Paragraph({ spacing: { after: 60 }, children: [] }));
    }
  }
  const pageRuns = (f: string, sz: number) => f.split(/(\{p\}|\{n\})/).filter(Boolean).map((x) => x === '{p}' ? new TextRun({ children: [PageNumber.CURRENT], font, size: sz }) : x === '{n}' ? new TextRun({ children: [PageNumber.TOTAL_PAGES], font, size: sz }) : new TextRun({ text: x, font, size: sz }));
  const document = new Document({
    creator: meta.creator, title: meta.title,
    styles: { default: { document: { run: { font, size: doc.size * 2 } } } },
    sections: [{
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134, header: 567, footer: 567 } } },
      headers: doc.header ? { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: pageRuns(doc.header, (doc.size - 1.5) * 2) })] }) } : undefined,
      footers: doc.footer ? { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: pageRuns(doc.footer, (doc.size - 1.5) * 2) })] }) } : undefined,
      children,
    }],
  });
  return Packer.toBuffer(document);
}

/* ---------------- small helpers for forms ---------------- */
/** label/value rows: pairs laid out `per` pairs per row, label widths shaded */
export function kv(pairs: [string, string][], per: number, shade = '#EEEEEE'): Cell[][] {
  const rows: Cell[][] = [];
  for (let i = 0; i < pairs.length; i += per) {
    const r: Cell[] = [];
    for (let k = 0; k < per; k++) {
      const p = pairs[i + k];
      if (p) r.push({ t: p[0], sh: shade, b: false }, { t: p[1] });
      else r.push({ t: '', sh: shade }, { t: '' });
    }
    rows.push(r);
  }
  return rows;
}
export const day = (seed: string) => (Array.from(seed).reduce((a, c) => a + c.charCodeAt(0), 0) % 27) + 1;
