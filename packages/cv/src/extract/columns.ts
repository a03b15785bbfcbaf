/**
 * Column detection for one PDF page. A gutter is a band of blank space that runs down the page: for every
 * x position, the longest stretch of consecutive lines that leave it blank is measured, and a band whose
 * stretch covers a good share of the page's lines splits it in two. Lines above the stretch (a full-width
 * name and contact line) and below it (a footer) are not part of the columns, so a header cannot hide a
 * gutter, and a sidebar of any width, on either side, is found as long as its text keeps clear of the main
 * column's.
 *
 * Two things look like columns and are not: dates flushed right by a tab stop (a narrow strip of short dated
 * lines) and a table (cells side by side, row by row). A table's cells share baselines across the gutter; two
 * independent columns do so only by chance, or on a line grid, and then each has section headings of its own.
 */
import { findDateRange } from '../parse/dates';
import { labelField } from '../parse/roles';
import { headingKind } from '../parse/sections';
import { groupLines, joinLine, type Line, least, most, type TextRun } from './lines';

/** A page split by a gutter: the runs above the columns, in each column, and below them. */
export interface ColumnSplit {
  /** x of the middle of the gutter. */
  gutter: number;
  header: TextRun[];
  left: TextRun[];
  right: TextRun[];
  footer: TextRun[];
}

/**
 * Cells of the blank-space scan. Cells are 2 pt wide on any real page (A0 is 2,384 pt), but the span comes from
 * the file's coordinates: a run at x = 1e9 would otherwise size an array of 500 million cells.
 */
const MAX_CELLS = 1_024;
/** A CV page has well under a hundred lines a column; past this the page is not laid out in columns. */
const MAX_LINES = 2_000;
/**
 * Narrowest gutter, in points, once runs are widened by a quarter of an em on each side (13 pt of blank space
 * at 10 pt type): a word space is ~3 pt, the gap of a CSS grid or a sidebar's padding 16 pt or more.
 */
const MIN_GUTTER = 8;
/**
 * A narrower gutter (a LibreOffice page whose sidebar is a frame or cell with little padding: 5 pt of blank space
 * once padded) splits the page only where each side heads sections of its own; a form's cells sit that close too.
 */
const MIN_NARROW_GUTTER = 4;
/** Gutter candidates checked per page, longest first (a date strip, then the real gutter, is the usual case). */
const MAX_CANDIDATES = 4;
/** Share of a page's lines a gutter must run down. */
const MIN_RUN_SHARE = 0.4;

const YEAR = /\b(?:19|20)\d{2}\b/;
const textOf = (runs: TextRun[]) => runs.reduce((n, r) => n + r.text.trim().length, 0);

/**
 * What a dated line says besides its dates, weighed (a Chinese character as two letters): "2024.05 –   高级软件工程师"
 * says a title, "Jan 2021 – Present (4 yrs)" next to nothing.
 */
const besidesDates = (line: string): number => {
  const rest = line
    .replace(/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?/gi, '')
    .replace(/present|current|now|today|to date|since|until|till|至今|现在|目前|今|年|月|个月|yrs?|years?|mos?|months?/gi, '')
    .replace(/[^\p{L}]/gu, '');
  return rest.length + (rest.match(/[\u3400-\u9fff]/gu)?.length ?? 0);
};

/**
 * Dates pushed to a margin (or a column of dates before the entries) are a narrow strip of short dated lines, each
 * saying little besides its dates (not a main column's "2024.05 –   高级软件工程师", its dates in a gutter of its own).
 */
function isDateStrip(lines: string[]): boolean {
  return lines.filter((l) => l.length < 30 && YEAR.test(l) && besidesDates(l) <= 10).length >= lines.length * 0.5;
}

/**
 * Two baselines this close are one: a row of a table whose cells mix Latin and Chinese is set 1–1.3 pt apart
 * when LibreOffice takes the Chinese glyphs from a fallback font with other metrics.
 */
export const SAME_BASELINE = 1.5;

const startOf = (line: Line) => least(line.runs, (r) => r.x);

/**
 * A line that continues the cell above it: set right under a line of its side (within 1.6 line heights) at the
 * same left edge — a company name wrapped in a narrow cell ("…有限" over "公司"), a highlight under its row.
 */
function wrapsUnder(above: Line, line: Line): boolean {
  const size = line.runs[0]?.size ?? 10;
  const drop = above.y - line.y;
  return drop > 0 && drop <= size * 1.6 && Math.abs(startOf(above) - startOf(line)) <= 2;
}

/**
 * Share of one side's lines that have a line on the other side on the same baseline (within SAME_BASELINE), or
 * that wrap right under such a line. Table cells of one row are set on one baseline, and a cell that wraps
 * adds a line below its row; independent columns meet only where their line spacing happens to agree.
 */
function sharedBaselines(side: Line[], other: Line[]): number {
  if (side.length === 0) return 0;
  // A cell wrapped in two lines beside one-line cells vertically centred in the row (LibreOffice, `verticalAlign`):
  // the one-line cells sit midway between the two, so that midpoint is a baseline the row shares.
  const mids = (lines: Line[]) => lines.slice(1).flatMap((l, i) => (wrapsUnder(lines[i]!, l) ? [(lines[i]!.y + l.y) / 2] : []));
  const ys = [...other.map((l) => l.y), ...mids(other)].sort((a, b) => a - b);
  const shares: boolean[] = [];
  for (const line of side) {
    // Binary search for the nearest baseline on the other side.
    let lo = 0;
    let hi = ys.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ys[mid]! < line.y) lo = mid + 1;
      else hi = mid;
    }
    const near = Math.min(Math.abs((ys[lo] ?? Infinity) - line.y), Math.abs((ys[lo - 1] ?? Infinity) - line.y));
    shares.push(near <= SAME_BASELINE);
  }
  // A pair of this side's lines whose midpoint is a baseline of the other side (the centred case above) shares.
  const own = new Set(other.map((l) => l.y));
  side.slice(1).forEach((l, i) => {
    const above = side[i]!;
    if (wrapsUnder(above, l) && [...own].some((y) => Math.abs(y - (above.y + l.y) / 2) <= SAME_BASELINE)) shares[i] = shares[i + 1] = true;
  });
  // One step only: a wrapped line counts under a line that shares a baseline, not under another wrapped line.
  return shares.filter((s, i) => s || (i > 0 && shares[i - 1]! && wrapsUnder(side[i - 1]!, side[i]!))).length / side.length;
}

/**
 * The blocks of a side, each by its top and its middle (cells centred in their row meet on middles): a block opens
 * at the side's first line and at each line set further below the line above it than the lines of one paragraph are
 * (a row of a table, a paragraph after its margin, a heading).
 */
function blocksOf(lines: Line[]): { top: number; middle: number }[] {
  const size = (l: Line) => most(l.runs, (r) => r.size);
  const blocks: { top: number; bottom: number }[] = [];
  lines.forEach((l, i) => {
    if (i === 0 || lines[i - 1]!.y - l.y > Math.max(size(l), size(lines[i - 1]!)) * 1.6) blocks.push({ top: l.y, bottom: l.y });
    else blocks.at(-1)!.bottom = l.y;
  });
  return blocks.map((b) => ({ top: b.top, middle: (b.top + b.bottom) / 2 }));
}

/**
 * A table's rows start on one baseline in every column, however many lines each cell then holds: the dates of a
 * work table beside rows of highlights, a page set as a label column beside a content column. Cells centred in
 * their row (a form's labels, HTML's default) meet on their middles instead. Two columns of a page start their
 * blocks (headings, entries, paragraphs) where their own content puts them, and meet on a baseline only by chance,
 * even on one line grid. So: nearly all of each side's blocks level with a block of the other, top or middle.
 */
function sharesRowStarts(left: Line[], right: Line[]): boolean {
  const [a, b] = [blocksOf(left), blocksOf(right)];
  const level = (x: { top: number; middle: number }, y: { top: number; middle: number }) => Math.abs(x.top - y.top) <= SAME_BASELINE || Math.abs(x.middle - y.middle) <= SAME_BASELINE;
  const matchedA = a.filter((x) => b.some((y) => level(x, y))).length;
  const matchedB = b.filter((y) => a.some((x) => level(x, y))).length;
  return Math.min(matchedA, matchedB) >= 3 && matchedA >= a.length * 0.7 && matchedB >= b.length * 0.7;
}

/**
 * A column of labels: section headings, periods and field labels down the left margin, each beside its content (a
 * tabular Lebenslauf, a CV with the dates and headings in a margin). Short lines, nearly all of them a heading, a date
 * or a label word; a sidebar's lines are mostly its content (an email, skills, a school). Exported for its tests.
 */
export function isLabelColumn(column: string[]): boolean {
  // A label wrapped in its cell ("Personal" over "information", "Title of qualification" over "awarded") is one label.
  const lines = column.reduce<string[]>((out, l) => {
    if (out.length > 0 && /^\p{Ll}/u.test(l.trim()) && !YEAR.test(l)) out[out.length - 1] = `${out.at(-1)} ${l.trim()}`;
    else out.push(l);
    return out;
  }, []);
  const label = (l: string) => headingKind(l) !== null || (YEAR.test(l) && l.length < 40) || labelField(l) !== null || FORM_LABEL.test(l.trim()) || EUROPASS_LABEL.test(l.trim()) || FORM_LABEL_ZH_END.test(l.trim());
  // (And a Chinese label set down its cell a few characters a line, "主要" over "工作" over "经历", "简" over "历": a line is
  // a label's when it and the lines next to it, two or three together, make one.)
  const han = (l: string | undefined) => l !== undefined && /^[\u4e00-\u9fff]{1,5}$/.test(l.replace(/\s+/g, ''));
  const compact = (ls: string[]) => ls.map((l) => l.replace(/\s+/g, '')).join('');
  const inStacked = (i: number) =>
    han(lines[i]) &&
    [[i - 2, i + 1], [i - 1, i + 1], [i - 1, i + 2], [i, i + 2], [i, i + 3]].some(([a, b]) => a! >= 0 && b! <= lines.length && lines.slice(a, b).every(han) && label(compact(lines.slice(a, b))));
  return lines.length >= 4 && column.every((l) => l.length <= 40) && lines.filter((l, i) => label(l) || inStacked(i)).length >= lines.length * 0.75;
}

/**
 * A form's field labels (a personal-details grid, a registration form's label column: 姓名, 民族, 身份证号, 现住址,
 * 应聘岗位, 本人承诺 …), as they stand in their cells.
 */
const FORM_LABEL = /^(?:(?:full )?name|(?:home |present )?address|phone|telephone|mobile|email|e-mail|date of birth|place of birth|nationality|gender|sex|marital status|religion|passport no\.?|id (?:no\.?|number)|position applied for|signature|declaration|姓\s*名|性\s*别|民\s*族|籍\s*贯|地址|住\s*址|意见|简\s*历|文化程度|现住址|通讯地址|家庭住址|电话|联系电话|手机|邮箱|电子邮箱|出生日期|出生年月|身份证号(?:码)?|职称(?:\/资格)?|资格|政治面貌|婚姻状况|健康状况|身高|学历|学位|毕业院校|应聘岗位|应聘职位|求职意向|期望薪酬|家庭主要(?:成员)?|成员|本人承诺|承诺|备注|照片|特长)$/i;

/**
 * A Chinese form's field label by the word it ends in, also the second half of one its cell wrapped ("从业资格成绩合" over
 * "格证编号", "申请人承诺", "审核意见"): a number, a date, an opinion, a pledge, a signature. (Not 证书 or 专业: a
 * sidebar lists certificates and majors by those words.)
 */
const FORM_LABEL_ZH_END = /^[\u4e00-\u9fff()（）/]{1,8}(?:意见|承诺|编号|号码|证号|日期|时间|机构|单位|电话|地址|邮箱|情况|经历|简历|备注|签字|签名|盖章|职务|职称|岗位|学历|专长)$/u;

/**
 * The fixed labels of the Europass CV (2004–2012), down its left column beside the values: the form's own words, in
 * English, whatever the CV says.
 */
const EUROPASS_LABEL = /^(?:europass(?: curriculum vitae)?|curriculum vitae|personal information|first name\(s\) \/ surname\(s\)|surname\(s\) \/ first name\(s\)|desired employment \/ occupational field|title of qualification awarded|name (?:and type )?of organisation(?: providing education and training)?|principal subjects \/ occupational skills covered|level in national or international classification|mother tongue\(s\)|other language\(s\)|self-assessment|(?:social|organisational|technical|computer|artistic|other) skills(?: and competences)?|driving licen[cs]e|additional information|annexes|fax|gender|telephone\(s\))$/i;

/**
 * A work table cut by the gap between its cells: the section's row ("C. WORK EXPERIENCE", short enough to leave the
 * gap blank) on one side, and every job's dates below it on the other (a form's "From | To" cells right of its
 * employer cells). A page's columns keep a section's heading over its own entries: the side that holds the work
 * heading holds its dates.
 */
function splitsWorkFromItsDates(left: Line[], right: Line[]): boolean {
  const work = (l: Line) => headingKind(joinLine(l)) === 'experience';
  const apart = (side: Line[], other: Line[]) => {
    const heading = side.find(work);
    if (heading === undefined) return false;
    // (A table's section row has nothing beside it; a sidebar's "SECTOR EXPERIENCE" stands beside the main column's
    // lines, "Marks and Spencer plc | Sep 2011 – May 2013".)
    const size = most(heading.runs, (r) => r.size);
    if (other.some((l) => Math.abs(l.y - heading.y) <= size)) return false;
    const dated = (lines: Line[]) => lines.filter((l) => l.y < heading.y && findDateRange(joinLine(l)) !== null);
    const dates = dated(other);
    // (A work heading of the other side's own over its dates: two columns, each with its jobs. One under them is a
    // total's label, "Total experience (as on 30/11/2026)".)
    const ownHeading = other.some((l) => work(l) && dates.some((d) => d.y < l.y));
    return !ownHeading && dated(side).length === 0 && dates.length >= 2;
  };
  return apart(left, right) || apart(right, left);
}

/**
 * A table whose first column holds cells that span several rows (an employer beside each of its roles' rows, 上海博衍生物
 * 科技有限公司 beside 2022/3 ~ 至今 and 2019/9 ~ 2022/2), under section bars that run across the whole table ("工作经历"):
 * the gap after that column runs down the page like a gutter, and the spanning cells share no baseline with the rows
 * beside them. Two columns of a page head their sections each on its own side; here one side holds every heading, each
 * with nothing beside it on the other side (the bar is the table's full width), and the other side none, its lines
 * going on under the headings.
 */
export function headsRowsBeside(side: Line[], other: Line[]): boolean {
  // (A heading under the other side's last line heads what follows the table.)
  const headings = side.filter((l) => headingKind(joinLine(l)) !== null && other.some((o) => o.y < l.y));
  if (headings.length === 0 || other.length <= side.length || other.some((l) => headingKind(joinLine(l)) !== null)) return false;
  return headings.every((heading) => {
    const size = most(heading.runs, (r) => r.size);
    return !other.some((l) => Math.abs(l.y - heading.y) <= size * 1.5);
  });
}

/** Checks that a candidate split reads as two columns, not as a date strip, a table or a stray line. */
function isColumnPair(left: TextRun[], right: TextRun[], narrow = false): boolean {
  const leftLines = groupLines(left);
  const rightLines = groupLines(right);
  if (leftLines.length < 5 || rightLines.length < 5) return false;
  if (isDateStrip(leftLines.map(joinLine)) || isDateStrip(rightLines.map(joinLine))) return false;
  if (isLabelColumn(leftLines.map(joinLine))) return false;
  // A sidebar holds little text (contact, a list of skills), but not next to none.
  const total = textOf(left) + textOf(right);
  if (textOf(left) < total * 0.05 || textOf(right) < total * 0.05) return false;
  // Only lines beside the other side count: a heading above a table and a paragraph below it are beside nothing.
  const top = Math.min(most(leftLines, (l) => l.y), most(rightLines, (l) => l.y)) + 1;
  const bottom = Math.max(least(leftLines, (l) => l.y), least(rightLines, (l) => l.y)) - 1;
  const beside = (lines: Line[]) => lines.filter((l) => l.y <= top && l.y >= bottom);
  // A table's date column (a dated line a row, the rest of the row's lines beside it) is a date strip where it
  // stands beside the table, however many headings and paragraphs above and below it share its side.
  if ([beside(leftLines), beside(rightLines)].some((lines) => lines.length >= 2 && isDateStrip(lines.map(joinLine)))) return false;
  if (sharesRowStarts(beside(leftLines), beside(rightLines))) return false;
  if (splitsWorkFromItsDates(leftLines, rightLines)) return false;
  if (headsRowsBeside(leftLines, rightLines) || headsRowsBeside(rightLines, leftLines)) return false;
  // A form's row runs on across the gap: a left line of fields that ends in a label ("姓名   王秀兰   性别") whose value
  // stands on the right on its baseline ("女"). Twice, and the page is a form's grid, not two columns.
  const endsInLabel = (line: Line) => {
    const cells = joinLine(line).trim().split(/\s{3,}/);
    const last = cells.at(-1)!;
    return cells.length >= 2 && last.length <= 12 && (FORM_LABEL.test(last) || labelField(last) !== null);
  };
  if (beside(leftLines).filter((l) => endsInLabel(l) && sharedBaselines([l], rightLines) > 0).length >= 2) return false;
  // (A heading's word beside a form's label on its baseline is that label's value: "Experience Type:   Work".)
  const besideLabel = (l: Line, other: Line[]) => other.some((o) => Math.abs(o.y - l.y) <= 2 && /[:：]\s*$/.test(joinLine(o)));
  const headings = (side: Line[], other: Line[]) => side.filter((l) => headingKind(joinLine(l)) !== null && !besideLabel(l, other));
  const [leftHeadings, rightHeadings] = [headings(leftLines, rightLines), headings(rightLines, leftLines)];
  if (narrow && (leftHeadings.length < 2 || rightHeadings.length < 2)) return false;
  const a = sharedBaselines(beside(leftLines), beside(rightLines));
  const b = sharedBaselines(beside(rightLines), beside(leftLines));
  // A wrapped cell adds a line of its own on one side: most lines of one side, and a good share of the other's.
  if (Math.max(a, b) < 0.7 || Math.min(a, b) < 0.3) return true;
  // Lines on shared baselines, yet section headings ("Skills", "Education") on both sides, or beside lines of
  // the other side: two columns set on one line grid (pdfkit, Word's snap-to-grid), not a table. The headings
  // around a table sit on one side of its gap with nothing beside them.
  if (leftHeadings.length > 0 && rightHeadings.length > 0) return true;
  const besideOther = leftHeadings.filter((l) => sharedBaselines([l], rightLines) > 0).length + rightHeadings.filter((l) => sharedBaselines([l], leftLines) > 0).length;
  return besideOther >= 2;
}

/**
 * The page's candidate splits, longest gutter first: each blank band that runs down a good share of the page's lines,
 * with the runs above, beside and below it. `narrow` when the band is narrower than a column gap usually is. Not yet
 * checked as two columns (`columnsOf`) or as a time axis (`axisLines` in axis.ts).
 */
export function splitCandidates(runs: TextRun[]): { split: ColumnSplit; narrow: boolean }[] {
  const visible = runs.filter((r) => r.text.trim().length > 0);
  if (visible.length < 10) return [];
  const left = least(visible, (r) => r.x);
  const right = most(visible, (r) => r.x + Math.max(0, r.width));
  const span = right - left;
  if (!Number.isFinite(span) || span < 200) return [];
  const lines = groupLines(visible);
  if (lines.length < 8 || lines.length > MAX_LINES) return [];
  const step = Math.max(2, span / MAX_CELLS);
  const cells = Math.ceil(span / step) + 1;
  // For every cell: where the current blank stretch started, and the longest stretch so far (first line, length).
  const since = new Int32Array(cells).fill(-1);
  const bestFrom = new Int32Array(cells);
  const bestLength = new Int32Array(cells);
  const cover = new Int32Array(cells + 1);
  lines.forEach((line, i) => {
    cover.fill(0);
    // Each run adds one at its first cell and takes one away after its last; a running sum gives the coverage.
    for (const r of line.runs) {
      // Each run is widened by a quarter of an em on both sides, so a word space between two runs of one line
      // is not blank: a gutter is a gap no line has a word break in.
      const pad = Math.min(r.size, 40) * 0.25;
      const a = Math.min(cells - 1, Math.max(0, Math.floor((r.x - pad - left) / step)));
      const b = Math.min(cells - 1, Math.max(a, Math.floor((r.x + Math.max(0, r.width) + pad - left) / step)));
      cover[a]! += 1;
      cover[b + 1]! -= 1;
    }
    let covered = 0;
    for (let c = 0; c < cells; c++) {
      covered += cover[c]!;
      if (covered > 0) since[c] = -1;
      else {
        if (since[c]! < 0) since[c] = i;
        const length = i - since[c]! + 1;
        if (length > bestLength[c]!) {
          bestLength[c] = length;
          bestFrom[c] = since[c]!;
        }
      }
    }
  });
  // Bands of neighbouring cells that are blank down a long stretch, between 12 % and 88 % of the text's width.
  const need = Math.max(8, Math.ceil(lines.length * MIN_RUN_SHARE));
  const bands: { from: number; length: number; cell: number; width: number }[] = [];
  let start = -1;
  const first = Math.floor(cells * 0.12);
  const last = Math.ceil(cells * 0.88);
  for (let c = first; c <= last + 1; c++) {
    const open = c <= last && bestLength[c]! >= need;
    if (open && start < 0) start = c;
    if (!open && start >= 0) {
      // The band's gutter is its cell with the longest blank stretch (nearest the band's middle on a tie).
      let cell = start;
      const middle = (start + c - 1) / 2;
      for (let k = start; k < c; k++) {
        if (bestLength[k]! > bestLength[cell]! || (bestLength[k] === bestLength[cell] && Math.abs(k - middle) < Math.abs(cell - middle))) cell = k;
      }
      bands.push({ from: bestFrom[cell]!, length: bestLength[cell]!, cell, width: (c - start) * step });
      start = -1;
    }
  }
  bands.sort((a, b) => b.length - a.length || b.width - a.width);
  // Each candidate costs a pass over the page's runs: a crafted page could open hundreds of narrow bands.
  const candidates: { split: ColumnSplit; narrow: boolean }[] = [];
  for (const band of bands.slice(0, MAX_CANDIDATES)) {
    if (band.width < MIN_NARROW_GUTTER) continue;
    const gutter = left + (band.cell + 0.5) * step;
    // A line whose only runs across the gutter overflow it a little (a long email in a narrow sidebar) does not
    // end the columns: each such run belongs to the side holding most of it. A run reaching well into the other
    // column (a full-width paragraph, a header) does.
    const river = lines.slice(band.from, band.from + band.length).flatMap((l) => l.runs);
    const leftReach = gutter - least(river, (r) => r.x);
    const rightReach = most(river, (r) => r.x + r.width) - gutter;
    // Text that runs on across the gutter with no gap (a list line whose next run starts where the last ended) is
    // one line of a full-width paragraph, however little of it crosses.
    const overflowOnly = (line: Line) =>
      line.runs.every((r) => {
        if (r.x >= gutter || r.x + r.width <= gutter) return true;
        const mostlyLeft = gutter - r.x >= r.x + r.width - gutter;
        const over = mostlyLeft ? r.x + r.width - gutter : gutter - r.x;
        const gap = Math.min(r.size, 40) * 0.25;
        const runsOn = line.runs.some((s) => s !== r && (mostlyLeft ? Math.abs(s.x - (r.x + r.width)) <= gap : Math.abs(s.x + s.width - r.x) <= gap));
        return !runsOn && over <= r.width * 0.3 && over <= (mostlyLeft ? rightReach : leftReach) * 0.25;
      });
    let from = band.from;
    let to = band.from + band.length;
    while (from > 0 && overflowOnly(lines[from - 1]!)) from--;
    while (to < lines.length && overflowOnly(lines[to]!)) to++;
    const body = lines.slice(from, to).flatMap((l) => l.runs);
    const leftRuns = body.filter((r) => r.x + Math.max(0, r.width) / 2 < gutter);
    const rightRuns = body.filter((r) => r.x + Math.max(0, r.width) / 2 >= gutter);
    candidates.push({
      split: { gutter, header: lines.slice(0, from).flatMap((l) => l.runs), left: leftRuns, right: rightRuns, footer: lines.slice(to).flatMap((l) => l.runs) },
      narrow: band.width < MIN_GUTTER,
    });
  }
  return candidates;
}

/** The split of a page read as two columns (see isColumnPair), from its candidates (see splitCandidates). */
export function columnsOf(candidates: { split: ColumnSplit; narrow: boolean }[]): ColumnSplit | null {
  return candidates.find((c) => isColumnPair(c.split.left, c.split.right, c.narrow) && !cutsOffDates(c.split, candidates))?.split ?? null;
}

/**
 * A split whose gutter runs left of the main column's dates, flushed right against a sidebar: another candidate's
 * gutter lies further over, what stands between the two is only dates ("2020.10—至今" under one another), and those
 * dates stand on the baselines of the lines across this gutter (each job's employer), not of their own side's. The
 * page's gutter is the other one; this one would read every job's dates into the sidebar.
 */
function cutsOffDates(split: ColumnSplit, candidates: { split: ColumnSplit }[]): boolean {
  return candidates.some(({ split: other }) => {
    if (other === split) return false;
    const [from, to] = [Math.min(split.gutter, other.gutter), Math.max(split.gutter, other.gutter)];
    const [side, across] = other.gutter > split.gutter ? [split.right, split.left] : [split.left, split.right];
    const inBetween = (r: TextRun) => r.x + Math.max(0, r.width) / 2 > from && r.x + Math.max(0, r.width) / 2 < to;
    // (From its first dated line to its last: a name or a heading may stand over it. A date cell wrapped before its open
    // end, "2023.03 –" over "至今", is the strip's too.)
    const lines = groupLines(side.filter(inBetween));
    const datedAt = lines.flatMap((l, i) => (YEAR.test(joinLine(l)) ? [i] : []));
    const strip = datedAt.length === 0 ? [] : lines.slice(datedAt[0], datedAt.at(-1)! + 2).filter((l, i, all) => i < all.length - 1 || OPEN_END.test(joinLine(l).trim()));
    const dated = strip.filter((l) => YEAR.test(joinLine(l)));
    if (strip.length < 3 || dated.length < strip.length * 0.6 || !strip.every((l) => joinLine(l).length < 30 && (YEAR.test(joinLine(l)) || OPEN_END.test(joinLine(l).trim())))) return false;
    const level = (lines: Line[]) => strip.filter((l) => lines.some((o) => Math.abs(o.y - l.y) <= SAME_BASELINE)).length;
    const acrossLines = groupLines(across);
    const [withAcross, withOwn] = [level(acrossLines), level(groupLines(side.filter((r) => !inBetween(r))))];
    if (withAcross >= strip.length * 0.6 && withAcross > withOwn) return true;
    // Or a gutter of dates of the main column's own, set left of each job's title in a smaller size, whose lines stand
    // within a line of the titles and employers across the gutter: those carry no dates of their own, and read
    // apart from the strip every job would lose its dates to the sidebar.
    // (Each date cell opens level with a job's block across the gutter, its title set in another size a little off its
    // baseline; a sidebar's paragraphs beside the strip open where their own content puts them.)
    const near = (l: Line) => acrossLines.filter((o) => Math.abs(o.y - l.y) <= most(l.runs, (r) => r.size) * 1.2);
    if (!dated.every((l) => near(l).every((o) => findDateRange(joinLine(o)) === null))) return false;
    const [cells, blocks] = [blocksOf(strip), blocksOf(acrossLines)];
    const opening = cells.filter((c) => blocks.some((b) => Math.abs(b.top - c.top) <= 2.5)).length;
    return cells.length >= 3 && opening >= cells.length * 0.8;
  });
}

/** An open end alone on its line: a date cell's second line ("至今", "Present"). */
const OPEN_END = /^(?:至今|现在|目前|今|present|now|today|current)$/i;

/** Finds the gutter of a two-column page, or null for a page read as one column. */
export function findColumns(runs: TextRun[]): ColumnSplit | null {
  return columnsOf(splitCandidates(runs));
}
