/**
 * Rebuilds reading-order lines from positioned text runs (PDF text items): columns found by the blank band
 * that runs down the page between them (columns.ts), table rows rebuilt from cells (pdf-tables.ts), and lines
 * a PDF wrapped joined back together.
 */
import { axisLines } from './axis';
import { type ColumnSplit, columnsOf, findColumns, splitCandidates } from './columns';
import { findHeadingRowBoxes } from './heading-row';
import { findLabelRows } from './label-rows';
import { brokenEmail, CJK, glueText, groupLines, joinLine, joinVerticalStacks, most, type PlacedLine, placeLine, type TextRun } from './lines';
import { completesDateRange, placeLinesWithTables } from './pdf-tables';
import { withSpanningCellsSet } from './spanning-cells';
import { findDateRange } from '../parse/dates';
import { headingKind } from '../parse/sections';

export type { TextRun } from './lines';

export interface PageLayout {
  lines: string[];
  /** 2 when the page (or part of it) is read as two columns. */
  columns: 1 | 2;
}

/**
 * Finds the x position of the gutter of a two-column page, or null when the page is one column.
 * @example findGutter(runs) // 212.5 for a sidebar ending at x = 200 beside a main column starting at 225
 */
export function findGutter(runs: TextRun[]): number | null {
  return findColumns(runs)?.gutter ?? null;
}

// A bullet glyph without a Unicode mapping comes out as a control character or U+FFFD.
const BULLET_START = /^[•·▪●◦■*\-–—‣>\u0000-\u001f\ufffd\uf000-\uf0ff]|^\d+[.)、]\s/;
const SENTENCE_END = /[.。!！?？;；:：]$/;
/**
 * A line that is one whole phone number, grouped as numbers are written ("0933-218-704", "(02) 9876 5432"): nine digits
 * or more. (Not the rest of one wrapped, "186" over "9689 6804".)
 */
const wholePhone = (text: string) => /^(?:\+|\(\+?)?\d[\d ().-]{7,}\d$/.test(text) && text.replace(/\D/g, '').length >= 9;

/** A connective a heading wraps after in a narrow cell ("EDUCATION AND" over "TRAINING"). */
const HEADING_GOES_ON = /(?:\b(?:and|of)|[&/和与及])$/i;
const SHORT_LABEL = (text: string) => text.length <= 40 && !/\d/.test(text) && text.split(/\s+/).length <= 5;
const CAPS = (text: string) => /\p{Lu}/u.test(text) && text === text.toUpperCase();

/**
 * A section heading wrapped in a narrow label cell: "EDUCATION AND" over "TRAINING" (it stops on a connective), or
 * "PERSONAL" over "INFORMATION" in capitals, right-aligned (a Europass label column). Joined, it is a heading;
 * its first line alone is none (or reads on). Two short lines that happen to make a heading ("Python" over
 * "Skills") are neither.
 */
function wrappedHeading(above: string, aboveLine: PlacedLine, text: string, line: PlacedLine): boolean {
  if (aboveLine.row || line.row || Math.abs(aboveLine.size - line.size) >= 0.5 || !SHORT_LABEL(above) || !SHORT_LABEL(text)) return false;
  const goesOn = HEADING_GOES_ON.test(above);
  const rightAligned = CAPS(above) && CAPS(text) && Math.abs(aboveLine.right - line.right) <= 2 && Math.abs(aboveLine.left - line.left) > 2;
  if (!goesOn && !(rightAligned && headingKind(above) === null)) return false;
  return headingKind(glueText(above, text)) !== null;
}

/**
 * Re-joins lines that a PDF wrapped: a line that reaches (nearly) its column's right edge continues on the next
 * line unless that one starts a new item (a bullet) or is set in another size (a heading).
 */
function mergeWrapped(lines: PlacedLine[], pageEdge?: number): string[] {
  const texts = lines.map((l) => l.text.trim()).filter(Boolean);
  // Two lines alone tell nothing of where their column ends, unless the page around them does (a form's row).
  if (lines.length < 3 && pageEdge === undefined) return texts;
  const edge = pageEdge ?? most(lines, (l) => l.right);
  const out: string[] = [];
  let previous: PlacedLine | null = null;
  for (const line of lines) {
    const text = line.text.replace(/^[\s]+/, '');
    if (!text.trim()) continue;
    // A line with a tab-stop gap ("Company      2019 – 2021") reaches the edge because it is aligned, not wrapped.
    // The previous line reached the edge, or this line's first word would not have fitted after it (a long
    // word wrapped early in a narrow column).
    // Chinese wraps between any two characters: its "word" is one character.
    const firstWord = CJK.test(text.charAt(0)) ? 1 : (/^\S+/.exec(text)?.[0].length ?? 0);
    const wordWidth = ((line.right - line.left) * firstWord) / Math.max(1, text.length);
    const reached = previous !== null && (previous.right >= edge - previous.size * 2.5 || previous.right + wordWidth + previous.size * 0.3 >= edge - previous.size * 0.5);
    const full = previous !== null && reached && !SENTENCE_END.test(previous.text.trim()) && !/\S {3,}\S/.test(previous.text);
    // Reaching the edge is not enough (the longest item of a list does too): the text must read on.
    const prevText = previous?.text.trim() ?? '';
    const readsOn =
      /[,、，&/+]$|\b(?:and|with|of|in|for|the|to)$/i.test(prevText) ||
      (/^[a-z(]/.test(text) && prevText.length >= 25) ||
      // (Not a whole phone number on its own line under an address's postcode, "Hsinchu City 300" over "0933-218-704";
      // but the rest of one after its country code, "+44" over "20 7946 0246".)
      (/\d$/.test(prevText) && /^\d/.test(text) && (!wholePhone(text) || /\+\d{1,3}$/.test(prevText))) ||
      (CJK.test(prevText.slice(-1)) && CJK.test(text.charAt(0)) && prevText.length >= 18);
    // A date range wrapped after its dash or before its end ("2014" over "– 2017") is one range again.
    const completesRange = completesDateRange(prevText, text);
    // Against what was read so far, not the previous line alone: an address may be cut in three.
    if (previous && out.length > 0 && wrappedHeading(out[out.length - 1]!, previous, text.trim(), line)) {
      out[out.length - 1] = glueText(out[out.length - 1]!, text.trim());
    } else if (previous && !previous.row && !line.row && out.length > 0 && brokenEmail(out[out.length - 1]!, text) && Math.abs(previous.size - line.size) < 0.5) {
      out[out.length - 1] = `${out[out.length - 1]!}${text}`;
    } else if (previous && !previous.row && completesRange && Math.abs(previous.size - line.size) < 0.5 && out.length > 0) {
      out[out.length - 1] = `${out[out.length - 1]!} ${text}`;
    } else if (full && readsOn && previous && !previous.row && !line.row && Math.abs(previous.size - line.size) < 0.5 && !BULLET_START.test(text) && line.left >= previous.left - 1 && out.length > 0) {
      out[out.length - 1] = glueText(out[out.length - 1]!, text);
    } else out.push(text);
    previous = line;
  }
  return out;
}

function placedLines(runs: TextRun[]): PlacedLine[] {
  return placeLinesWithTables(groupLines(runs));
}

/**
 * The largest text on a page, its lines joined where one is set right under the other in the same size: a name
 * in a narrow sidebar wraps ("Oksana" over "Brightwater") and is still one name.
 */
function prominentLines(runs: TextRun[]): string[] {
  const out: string[] = [];
  let previous: PlacedLine | null = null;
  let previousY = 0;
  for (const line of groupLines(runs)) {
    const placed = placeLine(line);
    const stacked = previous !== null && Math.abs(previous.size - placed.size) < 0.5 && previousY - line.y <= placed.size * 1.5 && Math.abs(previous.left - placed.left) <= 3;
    if (stacked && out.length > 0) {
      out[out.length - 1] = glueText(out[out.length - 1]!, placed.text.trim());
    } else out.push(placed.text.trim());
    previous = placed;
    previousY = line.y;
  }
  return out.filter(Boolean);
}

const chars = (runs: TextRun[]) => runs.reduce((n, r) => n + r.text.trim().length, 0);

/** Header and footer of a split page are laid out again: they may hold columns of their own. */
const MAX_DEPTH = 3;

function layoutRegion(runs: TextRun[], depth: number): PageLayout {
  // A form (a column of section labels, one wide content cell a row) before columns: its labels would make one.
  const form = depth < MAX_DEPTH ? findLabelRows(runs) : null;
  if (form !== null) {
    // Each row's lines wrap at the right edge of the content cell, the same in every row.
    const placed = form.map((row) => placedLines(row.runs));
    const edge = most(placed.filter((_, k) => form[k]!.label !== null).flat(), (l) => l.right);
    return { lines: form.flatMap((row, k) => (row.label === null ? mergeWrapped(placed[k]!) : [row.label, ...mergeWrapped(placed[k]!, edge)])), columns: 1 };
  }
  const candidates = depth < MAX_DEPTH ? splitCandidates(runs) : [];
  // A time axis (a strip of dates and employers beside the entries) before columns: it would pass for a sidebar.
  const axis = axisOf(candidates);
  if (axis !== null) {
    const [header, footer] = [layoutRegion(axis.split.header, depth + 1), layoutRegion(axis.split.footer, depth + 1)];
    return { lines: [...header.lines, ...mergeWrapped(axis.lines), ...footer.lines], columns: 2 };
  }
  // A table whose employer cells span their roles' rows, beside them: each cell set again on its roles' rows.
  for (const { split } of candidates) {
    const set = withSpanningCellsSet(split);
    if (set !== null) return layoutRegion(set, depth + 1);
  }
  const split = columnsOf(candidates);
  if (split === null) return boxedLines(runs, depth, (part) => layoutRegion(part, depth + 1));
  // The name is usually the largest text on the page; in a sidebar layout it may sit at the top of either
  // column, so it is read first. Only the largest size: section headings set large stay in their columns.
  const sizes = runs.map((r) => r.size).sort((a, b) => a - b);
  const median = sizes[Math.floor(sizes.length / 2)] ?? 10;
  const largest = sizes[sizes.length - 1] ?? 10;
  const prominent = (r: TextRun) => r.size >= median * 1.6 && r.size >= largest - 0.5;
  const big = [...split.left, ...split.right].filter(prominent);
  const rest = (group: TextRun[]) => group.filter((r) => !prominent(r));
  const left = columnLines(rest(split.left));
  const right = columnLines(rest(split.right));
  // The sidebar (the column with less text) is read after the main column when it opens with a heading
  // ("Contact", "Skills"): the lines under the name (a role, a profile) then stay with the name. A sidebar
  // that opens without one (contact lines, a photo caption) is read first, so its lines do not fall into
  // the main column's last section.
  const leftIsSide = chars(split.left) <= chars(split.right);
  const [side, main] = leftIsSide ? [left, right] : [right, left];
  const sideFirst = side.length > 0 && headingKind(side[0]!) === null;
  const header = layoutRegion(split.header, depth + 1);
  const footer = layoutRegion(split.footer, depth + 1);
  // Text that flows on from the main column into the one on its right (newspaper columns: the last jobs of "Experience" at the
  // top of the second column, under nothing but the contact lines) is read after the main column's last section,
  // as it was written; only the lines above its first dated line stay first.
  const flow = sideFirst && !leftIsSide ? flowsOn(main, side) : -1;
  const body = flow >= 0 ? [...side.slice(0, flow), ...main, ...side.slice(flow)] : sideFirst ? [...side, ...main] : [...main, ...side];
  const lines = [...header.lines, ...prominentLines(big), ...body, ...footer.lines];
  return { lines, columns: 2 };
}

/** The first of a region's candidate splits that is a time axis, with its lines in reading order (see axis.ts). */
function axisOf(candidates: ReturnType<typeof splitCandidates>): { split: ColumnSplit; lines: PlacedLine[] } | null {
  for (const { split } of candidates) {
    const lines = axisLines(split);
    if (lines !== null) return { split, lines };
  }
  return null;
}

/**
 * A region read as one column: its lines and table rows, and boxes side by side under a row of headings ("Skills
 * Certifications"), each read under its heading (heading-row.ts). What stands above and below the boxes is read by
 * `rest`.
 */
function boxedLines(runs: TextRun[], depth: number, rest: (runs: TextRun[]) => PageLayout): PageLayout {
  const row = depth < MAX_DEPTH ? findHeadingRowBoxes(runs) : null;
  if (row === null) return { lines: mergeWrapped(placedLines(runs)), columns: 1 };
  const [above, below] = [rest(row.above), rest(row.below)];
  const boxes = row.boxes.flatMap((box) => [box.heading, ...mergeWrapped(placedLines(box.runs))]);
  return { lines: [...above.lines, ...boxes, ...below.lines], columns: Math.max(above.columns, below.columns) as 1 | 2 };
}

/** One column's lines: a time axis inside it read entry by entry, else its lines and table rows (and boxes, see boxedLines). */
function columnLines(runs: TextRun[], depth = 0): string[] {
  const candidates = splitCandidates(runs);
  const axis = axisOf(candidates);
  // A column that is itself two (a page of three columns: contact and study, the jobs, a toolbox): each read whole, the
  // left one first.
  // (Only where each holds a section heading of its own: a table inside a column stays rows.)
  const found = axis === null && depth < MAX_DEPTH ? columnsOf(candidates) : null;
  const headed = (side: TextRun[]) => groupLines(side).some((l) => headingKind(joinLine(l)) !== null);
  const split = found !== null && headed(found.left) && headed(found.right) ? found : null;
  if (split !== null) return [...columnLines(split.header, depth + 1), ...columnLines(split.left, depth + 1), ...columnLines(split.right, depth + 1), ...columnLines(split.footer, depth + 1)];
  if (axis === null) return boxedLines(runs, depth, (part) => ({ lines: columnLines(part, depth + 1), columns: 1 })).lines;
  return mergeWrapped([...placedLines(axis.split.header), ...axis.lines, ...placedLines(axis.split.footer)]);
}

/**
 * Where a column that opens without a heading goes on with the main column's last section: the index of its first
 * dated line ("JUL 2015 — FEB 2018 · AUSTIN, TX") when that comes before any heading of its own and the main column
 * ends in a section of jobs; else -1.
 */
function flowsOn(main: string[], side: string[]): number {
  const lastHeading = main.findLast((l) => headingKind(l) !== null);
  if (lastHeading === undefined || headingKind(lastHeading) !== 'experience') return -1;
  const heading = side.findIndex((l) => headingKind(l) !== null);
  const dated = side.findIndex((l) => findDateRange(l) !== null);
  return dated >= 0 && (heading < 0 || dated < heading) ? dated : -1;
}

/** Orders a page's runs into lines; a two-column page is read column by column, the name first. */
export function layoutPage(runs: TextRun[]): PageLayout {
  const page = layoutRegion(joinVerticalStacks(runs), 0);
  return { ...page, lines: withTrailingBullets(page.lines) };
}

/** A list bullet's glyph alone on a line. */
const LONE_BULLET = /^[•▪●◦■‣\p{Co}]$/u;

/**
 * A bullet glyph read as a line of its own after its item ("Team lead for a 4-person crew" then "●"): a Word list's
 * glyph, set a hanging indent left of its text, makes a column of glyphs beside the items that the row reader puts
 * after each row's text. The glyph opens its item again, so that the item reads as a bullet, not as an employer.
 */
function withTrailingBullets(lines: string[]): string[] {
  const out: string[] = [];
  lines.forEach((line, i) => {
    const glyph = line.trim();
    const previous = out.at(-1);
    const next = lines[i + 1]?.trim() ?? '';
    // Only after a line of one cell (in a table, a glyph alone is an item's of a cell beside other cells), with no
    // dates (an entry's header), and not before a bulleted line (then it is an empty bullet of its own).
    const trailing = previous !== undefined && previous.trim() !== '' && !/\S\s{3,}\S/.test(previous) && !LONE_BULLET.test(previous.trim()[0] ?? '') && !/\b(?:19|20)\d{2}\b/.test(previous) && !LONE_BULLET.test(next[0] ?? '');
    if (LONE_BULLET.test(glyph) && trailing) out[out.length - 1] = `${glyph} ${previous!.trim()}`;
    else out.push(line);
  });
  return out;
}
