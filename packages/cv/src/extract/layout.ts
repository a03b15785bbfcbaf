/**
 * Rebuilds reading-order lines from positioned text runs (PDF text items), and detects a two-column
 * layout by looking for a vertical gutter that no run crosses.
 */

/** A run of text with its box, in PDF user space (y grows upwards). */
export interface TextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  /** Font size (height of the run). */
  size: number;
}

export interface PageLayout {
  lines: string[];
  columns: 1 | 2;
}

const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/**
 * Math.min/max over a mapped array, in a loop: `Math.min(...values)` passes every value as an argument, and a
 * page of a few hundred thousand runs (cheap to write in a PDF) overflows the stack.
 */
function most<T>(items: readonly T[], value: (item: T) => number): number {
  let result = -Infinity;
  for (const item of items) result = Math.max(result, value(item));
  return result;
}
function least<T>(items: readonly T[], value: (item: T) => number): number {
  let result = Infinity;
  for (const item of items) result = Math.min(result, value(item));
  return result;
}

/**
 * Columns of the coverage histogram in findGutter. Its cells are 2 pt wide on any real page (A0 is 2,384 pt), but
 * the span comes from the file's coordinates: a run at x = 1e9 would otherwise size an array of 500 million
 * cells. Wider spans get wider cells.
 */
const MAX_CELLS = 4_096;

interface Line {
  y: number;
  runs: TextRun[];
}

/** Groups runs whose baselines are within a fraction of the font size into lines, top to bottom. */
function groupLines(runs: TextRun[]): Line[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const run of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.y - run.y) <= Math.max(2, run.size * 0.4)) last.runs.push(run);
    else lines.push({ y: run.y, runs: [run] });
  }
  return lines;
}

/** Joins runs left to right, adding a space where the gap is wider than a fraction of the font size. */
function joinLine(line: Line): string {
  const runs = [...line.runs].sort((a, b) => a.x - b.x);
  let text = '';
  let prevEnd = -Infinity;
  let prevText = '';
  for (const run of runs) {
    const gap = run.x - prevEnd;
    if (text.length > 0) {
      const bothCjk = CJK.test(prevText.slice(-1)) && CJK.test(run.text.charAt(0));
      // A wide gap inside a line is a tab stop (e.g. dates flushed right): keep it visible as a separator.
      if (gap > run.size * 1.5) text += '   ';
      else if (gap > run.size * (bothCjk ? 0.6 : 0.15) && !text.endsWith(' ') && !run.text.startsWith(' ')) text += ' ';
    }
    text += run.text;
    prevEnd = run.x + run.width;
    prevText = run.text;
  }
  return text.replace(/\s+$/u, '');
}

/**
 * Finds an x position that splits the page into two columns: a band at least `minGap` wide, between 15 %
 * and 85 % of the text's horizontal extent, crossed by few runs, with several lines on each side.
 */
export function findGutter(runs: TextRun[]): number | null {
  const visible = runs.filter((r) => r.text.trim().length > 0 && r.width > 0);
  if (visible.length < 8) return null;
  const left = least(visible, (r) => r.x);
  const right = most(visible, (r) => r.x + r.width);
  const span = right - left;
  if (!Number.isFinite(span) || span < 200) return null;
  const step = Math.max(2, span / MAX_CELLS);
  const cells = Math.ceil(span / step);
  // Each run adds one at its first cell and takes one away after its last; a running sum then gives the
  // coverage. Filling every cell a run spans would cost runs × cells on a page of wide runs.
  const cover = new Array<number>(cells + 1).fill(0);
  for (const r of visible) {
    const a = Math.max(0, Math.floor((r.x - left) / step));
    const b = Math.min(cells - 1, Math.floor((r.x + r.width - left) / step));
    cover[a]! += 1;
    cover[b + 1]! -= 1;
  }
  for (let i = 1; i < cells; i++) cover[i]! += cover[i - 1]!;
  // A band crossed by no run is the gutter; failing that, one crossed by a few (a full-width name or heading).
  const widest = (tolerance: number) => {
    let best: { start: number; end: number } | null = null;
    let start = -1;
    const last = Math.ceil(cells * 0.85);
    for (let i = Math.floor(cells * 0.15); i <= last; i++) {
      const empty = (cover[i] ?? 0) <= tolerance;
      if (empty && start < 0) start = i;
      if ((!empty || i === last) && start >= 0) {
        if (!best || i - start > best.end - best.start) best = { start, end: i };
        start = -1;
      }
    }
    return best && (best.end - best.start) * step >= 14 ? best : null;
  };
  const best = widest(0) ?? widest(Math.max(1, Math.floor(visible.length * 0.04)));
  if (!best) return null;
  const gutter = left + ((best.start + best.end) / 2) * step;
  const leftRuns = visible.filter((r) => r.x + r.width <= gutter);
  const rightRuns = visible.filter((r) => r.x >= gutter);
  const rightLines = groupLines(rightRuns).map(joinLine);
  if (groupLines(leftRuns).length < 6 || rightLines.length < 6) return null;
  // Right-aligned dates ("2019.07 - 2021.03") form a narrow strip, not a column.
  if (rightLines.filter((l) => l.length < 30 && /\d{4}/.test(l)).length >= rightLines.length * 0.5) return null;
  // A real column holds a good share of the text, and its lines start at one x (left-aligned). Dates pushed
  // to the right margin by a tab stop are neither: few characters, ragged starts, aligned ends.
  const chars = (rs: TextRun[]) => rs.reduce((n, r) => n + r.text.trim().length, 0);
  const total = chars(visible);
  if (chars(leftRuns) < total * 0.1 || chars(rightRuns) < total * 0.1) return null;
  const rightStart = least(rightRuns, (r) => r.x);
  const aligned = rightRuns.filter((r) => r.x - rightStart < 4).length;
  return aligned >= rightRuns.length * 0.5 ? gutter : null;
}

interface PlacedLine {
  text: string;
  left: number;
  right: number;
  size: number;
}

// A bullet glyph without a Unicode mapping comes out as a control character or U+FFFD.
const BULLET_START = /^[•·▪●◦■*\-–—‣>\u0000-\u001f\ufffd\uf000-\uf0ff]|^\d+[.)、]\s/;
const SENTENCE_END = /[.。!！?？;；:：]$/;

/**
 * Re-joins lines that a PDF wrapped: a line that reaches (nearly) its column's right edge continues on the next
 * line unless that one starts a new item (a bullet) or is set in another size (a heading).
 */
function mergeWrapped(lines: PlacedLine[]): string[] {
  const texts = lines.map((l) => l.text.trim()).filter(Boolean);
  if (lines.length < 3) return texts;
  const edge = most(lines, (l) => l.right);
  const out: string[] = [];
  let previous: PlacedLine | null = null;
  for (const line of lines) {
    const text = line.text.replace(/^[\s]+/, '');
    if (!text.trim()) continue;
    // A line with a tab-stop gap ("Company      2019 – 2021") reaches the edge because it is aligned, not wrapped.
    const full = previous !== null && previous.right >= edge - previous.size * 2.5 && !SENTENCE_END.test(previous.text.trim()) && !/\S {3,}\S/.test(previous.text);
    // Reaching the edge is not enough (the longest item of a list does too): the text must read on.
    const prevText = previous?.text.trim() ?? '';
    const readsOn =
      /[,、，&/+]$|\b(?:and|with|of|in|for|the|to)$/i.test(prevText) ||
      (/^[a-z(]/.test(text) && prevText.length >= 25) ||
      (/\d$/.test(prevText) && /^\d/.test(text)) ||
      (CJK.test(prevText.slice(-1)) && CJK.test(text.charAt(0)) && prevText.length >= 18);
    if (full && readsOn && previous && Math.abs(previous.size - line.size) < 0.5 && !BULLET_START.test(text) && line.left >= previous.left - 1 && out.length > 0) {
      const last = out[out.length - 1]!;
      const glue = CJK.test(last.slice(-1)) && CJK.test(text.charAt(0)) ? '' : ' ';
      out[out.length - 1] = last + glue + text;
    } else out.push(text);
    previous = line;
  }
  return out;
}

function placedLines(runs: TextRun[]): PlacedLine[] {
  return groupLines(runs).map((line) => ({
    text: joinLine(line),
    left: least(line.runs, (r) => r.x),
    right: most(line.runs, (r) => r.x + r.width),
    size: most(line.runs, (r) => r.size),
  }));
}

/** Orders a page's runs into lines; a two-column page is read left column first, then right. */
export function layoutPage(runs: TextRun[]): PageLayout {
  const gutter = findGutter(runs);
  if (gutter === null) return { lines: mergeWrapped(placedLines(runs)), columns: 1 };
  // A Set: `crossing.includes` inside a filter over the runs is quadratic when many runs cross.
  const crossing = new Set(runs.filter((r) => r.x < gutter && r.x + r.width > gutter));
  const columnTop = most(runs.filter((r) => !crossing.has(r)), (r) => r.y);
  // Full-width lines above both columns (name, contact line) come first; a run crossing the gutter lower
  // down belongs to the column holding most of it.
  const above = [...crossing].filter((r) => r.y > columnTop);
  const mostlyLeft = (r: TextRun) => gutter - r.x >= r.x + r.width - gutter;
  const leftRuns = runs.filter((r) => r.x + r.width <= gutter || (crossing.has(r) && r.y <= columnTop && mostlyLeft(r)));
  const rightRuns = runs.filter((r) => r.x >= gutter || (crossing.has(r) && r.y <= columnTop && !mostlyLeft(r)));
  // The name is usually the largest text on the page; in a sidebar layout it may sit at the top of the
  // column read second, so prominent lines are read first.
  const sizes = runs.map((r) => r.size).sort((a, b) => a - b);
  const median = sizes[Math.floor(sizes.length / 2)] ?? 10;
  const prominent = (r: TextRun) => r.size >= median * 1.6;
  const big = [...leftRuns, ...rightRuns].filter(prominent);
  const rest = (group: TextRun[]) => group.filter((r) => !prominent(r));
  const lines = [above, big, rest(leftRuns), rest(rightRuns)].flatMap((group) => mergeWrapped(placedLines(group)));
  return { lines, columns: 2 };
}
