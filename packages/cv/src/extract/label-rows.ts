/**
 * Form CVs set each section in a table row of its own: the section's label in a narrow left cell ("Work
 * Experience", or "工作经历" one character a line) and the section's lines in one wide cell beside it, under
 * label–value rows (`姓名 | 邱绍峰 | 求职意向 | …`). Word's section-column résumé is the same grid without borders.
 * Read as two columns, every label comes first and the sections lose their headings; read line by line, a label
 * set beside the middle of its row is glued into one of its content lines. This finds such a column of labels and
 * cuts the page into its rows, so that each label is read as a heading right before its row's content.
 *
 * A label column is not a sidebar: a sidebar holds paragraphs of its own under its headings (contact lines, a list
 * of skills); a label column holds one short heading a row and nothing else, all the content lying right of it.
 */
import { headingKind } from '../parse/sections';
import { glueText, groupLines, joinRuns, type Line, least, most, type TextRun } from './lines';
import { type Cell, cellsOf } from './pdf-tables';

/** A piece of the page in reading order: a section's label and the runs of its row, or runs read as they are. */
export interface LabelledChunk {
  label: string | null;
  runs: TextRun[];
}

/** Fewer labels than this is no form: a heading or two beside text happen anywhere. */
const MIN_LABELS = 3;
/** Labels start (or are centred) within this many points of each other. */
const ALIGN = 3;
/** A label and the first line of its row are on one baseline within this (a bold header cell sits 1.5 pt off). */
const SAME_BASELINE = 2;
/** A CV page has well under a hundred lines; past this the page is not searched for a label column. */
const MAX_LINES = 2_000;

interface Label {
  text: string;
  runs: TextRun[];
  x: number;
  end: number;
  /** Baseline of the label's first line. */
  top: number;
  vertical: boolean;
}

/** Short text with no digits, address or sentence end: what a form's label cell holds. */
function labelLike(text: string): boolean {
  return text.length > 0 && text.length <= 30 && !/[\d@]/.test(text) && text.split(/\s+/).length <= 4 && !/[.,;。，；]$/.test(text);
}

const cellEnd = (cell: Cell) => most(cell.runs, (r) => r.x + r.width);

/** Two cells set one above the other in one column: left-aligned, centred or right-aligned alike. */
function aligned(a: Cell, b: Cell): boolean {
  const [aEnd, bEnd] = [cellEnd(a), cellEnd(b)];
  return Math.abs(a.x - b.x) <= ALIGN || Math.abs(a.x + aEnd - b.x - bEnd) / 2 <= ALIGN || Math.abs(aEnd - bEnd) <= ALIGN;
}

/**
 * Section headings that open their line (its first cell): a heading, a label one character a line
 * (`joinVerticalStacks`), or a heading wrapped in its narrow cell ("Work" over "Experience").
 */
function headingCells(lines: Line[], cells: Cell[][]): Label[] {
  const labels: Label[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = cells[i]![0]!;
    const text = joinRuns(first.runs).trim();
    if (!labelLike(text)) continue;
    const vertical = first.runs.some((r) => r.vertical === true);
    const label = (parts: Cell[], joined: string): Label => ({
      text: joined,
      runs: parts.flatMap((c) => c.runs),
      x: least(parts, (c) => c.x),
      end: most(parts, cellEnd),
      top: most(first.runs, (r) => r.y),
      vertical,
    });
    const next = cells[i + 1]?.[0];
    if (next && !vertical && aligned(first, next) && lines[i]!.y - lines[i + 1]!.y <= most(first.runs, (r) => r.size) * 1.6) {
      const nextText = joinRuns(next.runs).trim();
      if (labelLike(nextText) && headingKind(glueText(text, nextText)) !== null) {
        labels.push(label([first, next], glueText(text, nextText)));
        i++;
        continue;
      }
    }
    if (vertical || headingKind(text) !== null) labels.push(label([first], text));
  }
  return labels;
}

/**
 * Where each labelled row starts, as an index into the content lines (top to bottom). A label set at the top of
 * its row shares its first baseline; a label centred in its row (Chinese labels one character a line) starts
 * below the row's first lines, and the row starts after the widest gap between the row above and the label: the
 * rule between two rows, with the cell padding on both sides, is wider than the spacing inside a cell.
 */
function rowStarts(labels: Label[], content: Line[], edge: number): number[] | null {
  const sharesBaseline = (label: Label, from: number) => content.findIndex((c, n) => n >= from && Math.abs(c.y - label.top) <= SAME_BASELINE);
  // Top-aligned: each label on the baseline of a line that opens a row, after a wider gap than the lines of a
  // cell are set apart by. A label centred in a tall row may share the baseline of a line in the row's middle.
  const gaps = content.slice(1).map((c, n) => content[n]!.y - c.y).sort((a, b) => a - b);
  const pitch = gaps[Math.floor(gaps.length / 2)] ?? 0;
  const opensRow = (n: number) => n === 0 || content[n - 1]!.y - content[n]!.y > pitch + 1;
  const topAligned = labels.every((l) => !l.vertical && sharesBaseline(l, 0) >= 0 && opensRow(sharesBaseline(l, 0)));
  const starts: number[] = [];
  for (const [k, label] of labels.entries()) {
    const from = k > 0 ? starts[k - 1]! + 1 : 0;
    if (topAligned) {
      const at = sharesBaseline(label, from);
      if (at < 0) return null;
      starts.push(at);
      continue;
    }
    // The first line on or under the label's first baseline is in its row: the row starts there or above.
    let below = content.findIndex((c, n) => n >= from && c.y <= label.top + SAME_BASELINE);
    if (below < 0) below = content.length - 1;
    let lo = from;
    if (k === 0) {
      // Above the first label: the last line reaching into the label column (a label–value row, a title) is
      // above its row. Without one, the row starts at the label's own baseline.
      let above = -1;
      for (let n = 0; n < below; n++) if (content[n]!.y > label.top + SAME_BASELINE && least(content[n]!.runs, (r) => r.x) < edge) above = n;
      if (above < 0) {
        starts.push(Math.max(0, content.findIndex((c) => c.y <= label.top + SAME_BASELINE)));
        continue;
      }
      lo = above + 1;
    }
    // Every labelled row holds a line at least: the rows below leave this one no later start than that allows.
    const hi = Math.min(below, content.length - (labels.length - k));
    let start = Math.max(lo, hi);
    let widest = -Infinity;
    for (let j = Math.max(1, lo); j <= hi; j++) {
      const gap = content[j - 1]!.y - content[j]!.y;
      // On a tie, the gap nearer the label: rows of evenly set lines still start where their label does.
      if (gap >= widest - 0.5) [widest, start] = [Math.max(gap, widest), j];
    }
    starts.push(start);
  }
  return starts;
}

/**
 * Cuts a page laid out as a form — a column of section labels, each beside one wide content cell — into its rows,
 * in reading order: what is above the first labelled row (a title, label–value rows) as it is, then each label and
 * its row. Null when the page is no such form: fewer than three labels, or anything but a label or a label–value
 * row in the label column (a sidebar's own lines), or content no wider than the labels.
 */
export function findLabelRows(runs: TextRun[]): LabelledChunk[] | null {
  const lines = groupLines(runs);
  if (lines.length < 6 || lines.length > MAX_LINES) return null;
  const candidates = headingCells(lines, lines.map(cellsOf));
  if (candidates.length < MIN_LABELS) return null;
  // Labels start at one x, or are centred or right-aligned in their column (an HTML th, a Europass label): as
  // the leftmost label, which is the widest of those.
  const left = least(candidates, (l) => l.x);
  const widest = candidates.find((l) => l.x === left)!;
  const labels = candidates.filter((l) => l.x <= left + ALIGN || Math.abs(l.x + l.end - left - widest.end) / 2 <= ALIGN || Math.abs(l.end - widest.end) <= ALIGN);
  if (labels.length < MIN_LABELS) return null;
  const labelRuns = new Set(labels.flatMap((l) => l.runs));
  const edge = most(labels, (l) => l.end);
  const content = groupLines(runs.filter((r) => !labelRuns.has(r)));
  const starts = rowStarts(labels, content, edge);
  if (starts === null || starts.some((s, k) => k > 0 && s <= starts[k - 1]!)) return null;
  // Under the first label, the label column holds labels only, or the label of a label–value row.
  const body = content.slice(starts[0]);
  for (const line of body) {
    if (least(line.runs, (r) => r.x) > edge) continue;
    const [first, ...rest] = cellsOf(line);
    if (rest.length === 0 || !labelLike(joinRuns(first!.runs).trim()) || rest[0]!.x <= edge) return null;
  }
  const contentLeft = least(body, (l) => least(l.runs, (r) => (r.x > edge ? r.x : Infinity)));
  const contentRight = most(body, (l) => most(l.runs, (r) => r.x + r.width));
  if (contentRight - contentLeft < (edge - left) * 1.5) return null;
  const header = content.slice(0, starts[0]).flatMap((l) => l.runs);
  const rows = labels.map((label, k): LabelledChunk => ({ label: label.text, runs: content.slice(starts[k], starts[k + 1] ?? content.length).flatMap((l) => l.runs) }));
  return header.length > 0 ? [{ label: null, runs: header }, ...rows] : rows;
}
