/**
 * A time axis: a strip left of a page's entries that holds each entry's dates (and its employer under them) and the
 * section headings, the entry's title and duties beside it (五百丁 and WPS 简历 templates, European "timeline"
 * builders). Read as two columns, every date of the strip would come first with nothing to date; read row by row, an
 * entry's duties would fall between its dates and its employer. Each block of the strip is read with the text beside
 * it instead: "2016.03 — 2016.08   上海青柚文化传播有限公司   视觉设计实习生", then the entry's duties.
 */
import type { ColumnSplit } from './columns';
import { findDateRange, findSingleDate, isOpenEnd } from '../parse/dates';
import { headingKind } from '../parse/sections';
import { glueText, groupLines, joinLine, least, type Line, most, type PlacedLine, placeLine } from './lines';

/** A strip's line is short: a date range, an employer's name wrapped in the strip, a heading. */
const MAX_STRIP_TEXT = 40;
/** A strip's line is one piece of text, not a row of cells. */
const stripText = (text: string) => text.length <= MAX_STRIP_TEXT && !/\S\s{3,}\S/.test(text);

interface Anchor {
  kind: 'heading' | 'dated';
  y: number;
  size: number;
  /** The date lines (a range, or its start over its end) or the heading. */
  head: string[];
  /** The strip's lines under the dates: the employer, wrapped. */
  rest: string[];
}

const sizeOf = (line: Line) => most(line.runs, (r) => r.size);

/** A line of the strip that opens an entry: a date range first ("2016.03 —", "2017.01 — 2021.09", "Sep 2015 – Jun 2018"). */
function opensEntry(text: string): boolean {
  const range = findDateRange(text);
  return stripText(text) && range !== null && range.index <= 2;
}

/** The end of a range set under its start ("2016.03 —" over "2016.08", "2024.02 —" over "至今 Present"). */
function endUnder(text: string): boolean {
  const single = findSingleDate(text);
  return (single !== null && single.text.trim() === text) || isOpenEnd(text) || isOpenEnd(text.split(/\s+/)[0] ?? '');
}

/**
 * The page's lines in reading order when `split` is a time axis (its left side the strip), else null. A strip holds
 * two dated entries or more with an employer under their dates, each with text level with its dates on the right;
 * nothing else but headings; and the right side dates nothing itself.
 */
export function axisLines(split: ColumnSplit): PlacedLine[] | null {
  // A strip is narrow beside its entries: a table's columns left of its last are no strip.
  const width = (runs: ColumnSplit['left']) => most(runs, (r) => r.x + r.width) - least(runs, (r) => r.x);
  if (split.left.length === 0 || split.right.length === 0 || width(split.left) > width(split.right) * 0.6) return null;
  const left = groupLines(split.left);
  const right = groupLines(split.right);
  const anchors: Anchor[] = [];
  const preamble: Line[] = [];
  let stray = 0;
  let previous: Line | null = null;
  for (const line of left) {
    const text = joinLine(line).trim();
    const size = sizeOf(line);
    const close = previous !== null && previous.y - line.y <= size * 2.5;
    const last = anchors.at(-1);
    if (headingKind(text) !== null && text.length <= MAX_STRIP_TEXT) anchors.push({ kind: 'heading', y: line.y, size, head: [text], rest: [] });
    else if (last?.kind === 'dated' && last.rest.length === 0 && close && findDateRange(last.head.join(' '))?.end === null && endUnder(text)) last.head.push(text);
    else if (opensEntry(text)) anchors.push({ kind: 'dated', y: line.y, size, head: [text], rest: [] });
    else if (last === undefined) preamble.push(line);
    else if (last.kind === 'dated' && close && stripText(text)) last.rest.push(text);
    else stray++;
    previous = line;
  }
  // (Two entries at least, each with its employer under its dates: a strip of dates alone is a table's From and To
  // columns, or a timeline's, whose rows read as they stand.)
  const dated = anchors.filter((a) => a.kind === 'dated');
  if (dated.filter((a) => a.rest.length > 0).length < 2 || stray > 0) return null;
  const first = anchors[0]!;
  const top = (a: Anchor) => a.y + a.size * 0.8;
  // The right side's own lines under the axis date nothing, and head no section beside no heading of the strip's (a
  // heading's twin in the other language, "工作经历" | "Work Experience"): dates and headings stand in the strip. A
  // sidebar's dated education beside a main column with headings of its own is two columns.
  if (right.some((l) => l.y <= top(first) && findDateRange(joinLine(l)) !== null)) return null;
  const headings = anchors.filter((a) => a.kind === 'heading');
  if (right.some((l) => headingKind(joinLine(l).trim()) !== null && !headings.some((h) => Math.abs(h.y - l.y) <= h.size))) return null;
  // Each entry's first line (its title) is level with its dates, in two entries at least.
  const level = (a: Anchor) => right.some((l) => Math.abs(l.y - a.y) <= a.size * 0.6);
  if (dated.filter(level).length < 2) return null;
  const out: PlacedLine[] = [...preamble.map(placeLine), ...right.filter((l) => l.y > top(first)).map(placeLine)];
  anchors.forEach((anchor, k) => {
    const next = anchors[k + 1];
    const beside = right.filter((l) => l.y <= top(anchor) && (next === undefined || l.y > top(next)));
    if (anchor.kind === 'heading') {
      out.push({ text: anchor.head[0]!, left: 0, right: 0, size: anchor.size, row: true }, ...beside.map(placeLine));
      return;
    }
    const [title, ...rest] = beside[0] !== undefined && Math.abs(beside[0].y - anchor.y) <= anchor.size ? beside : [undefined, ...beside];
    const header = [anchor.head.join(' '), anchor.rest.reduce((a, b) => (a ? glueText(a, b) : b), ''), title ? joinLine(title).trim() : ''].filter(Boolean).join('   ');
    const placed = title ? placeLine(title) : { left: 0, right: 0, size: anchor.size };
    out.push({ ...placed, text: header, row: true }, ...rest.filter((l): l is Line => l !== undefined).map(placeLine));
  });
  return out;
}
