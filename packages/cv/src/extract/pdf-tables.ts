/**
 * Tables in a PDF are only text placed in cells. Their rows are rebuilt from positions: a line whose runs fall
 * into two or more cells (separated by a gap wider than a word space), followed by lines whose cells start at
 * the same x positions, is a table; a line that fills only some of the columns, set close under a row, is a
 * cell wrapped onto a second line and is folded back into its row. Each row becomes one line, its cells joined
 * by a wide gap (as DOCX table rows are, in html-lines.ts), which the work parser splits into company and title
 * (`headerParts` in parse/roles.ts), and which keeps the row's date range on the line with the rest of its entry.
 */
import { findDateRange, findSingleDate, isOpenEnd, monthOverYear } from '../parse/dates';
import { COMPANY_END, endsInLegalForm, isBareTown, isColumnHeadings, isCompanyLike, isSchoolLike, isTitleLike, isTownLine, labelField } from '../parse/roles';
import { headingKind } from '../parse/sections';
import { brokenEmail, CJK, joinRuns, type Line, least, most, type PlacedLine, placeLine, type TextRun } from './lines';

/** Cells of a table start within this many points of the column's x. */
const ALIGN = 3;
/** Line spacing (in font sizes) up to which a partial line is a wrapped cell rather than text after the table. */
const WRAP_SPACING = 1.6;
/** A CV's tables have a few columns; a line cut into more cells is not read as a table row (and costs no more). */
const MAX_COLUMNS = 12;
/** A cell that is one date, as a form's From and To columns hold them: "05/2021", "08/21", "2016.06", "Jun 2016", "2019" (not a grade, "3.50"). */
const SINGLE_DATE = /^(?:(?:0?[1-9]|1[0-2])[./-](?:19|20)\d{2}|(?:0[1-9]|1[0-2])\/\d{2}|(?:19|20)\d{2}(?:[./-](?:0?[1-9]|1[0-2]))?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? (?:19|20)\d{2})$/i;

/** Separator between the cells of a rebuilt row. */
const CELL_SEPARATOR = '   ';

export interface Cell {
  x: number;
  runs: TextRun[];
}

/** Splits a line into cells at gaps wider than most of an em (word spaces are about a third of one). */
export function cellsOf(line: Line): Cell[] {
  const runs = [...line.runs].sort((a, b) => a.x - b.x);
  const cells: Cell[] = [];
  let end = -Infinity;
  for (const run of runs) {
    const last = cells[cells.length - 1];
    if (last && run.x - end <= Math.max(5, run.size * 0.75)) last.runs.push(run);
    else cells.push({ x: run.x, runs: [run] });
    end = Math.max(end, run.x + run.width);
  }
  return cells;
}

interface Column {
  x: number;
  end: number;
}

/**
 * A line's cells, split again where a run starts at one of the table's columns after more than a word space: a
 * table set with little cell padding (3 pt) leaves gaps narrower than `cellsOf`'s (three quarters of an em), and a
 * cell filled to its edge would run into the next; half an em is still wider than a word space (a justified
 * paragraph's words, each a run, under the table) ("Marlow Hotels Group Guest Relations Supervisor"). The columns come
 * from the table's first row, whose cells are set well apart.
 */
function splitAtColumns(cells: Cell[], columns: Column[]): Cell[] {
  if (cells.every((cell) => cell.runs.length < 2)) return cells;
  const out: Cell[] = [];
  for (const cell of cells) {
    let current: Cell = { x: cell.x, runs: [] };
    let end = -Infinity;
    for (const run of cell.runs) {
      const starts = current.runs.length > 0 && run.x - end > run.size * 0.5 && columns.some((c) => Math.abs(c.x - run.x) <= ALIGN && Math.abs(c.x - current.x) > ALIGN);
      if (starts) {
        out.push(current);
        current = { x: run.x, runs: [] };
      }
      current.runs.push(run);
      end = Math.max(end, run.x + run.width);
    }
    out.push(current);
  }
  return out;
}

const cellEnd = (cell: Cell) => most(cell.runs, (r) => r.x + r.width);

/**
 * Index of the column a cell starts in (left-aligned), or ends in (right-aligned: dates flushed right) while
 * starting clear of the column before it, or -1. A wrapped paragraph line ends near the right edge too, but it
 * starts under the first column.
 */
function columnOf(columns: Column[], cell: Cell): number {
  const end = cellEnd(cell);
  const k = columns.findIndex((c, n) => Math.abs(c.x - cell.x) <= ALIGN || (Math.abs(c.end - end) <= ALIGN && cell.x > (columns[n - 1]?.end ?? -Infinity)));
  if (k >= 0) return k;
  // Centred under the column's first cell (a centred cell wrapped onto a shorter line: "Mar 2023 –" over "Present").
  const centred = columns.findIndex((c, n) => Math.abs((c.x + c.end) / 2 - (cell.x + end) / 2) <= ALIGN && cell.x > (columns[n - 1]?.end ?? -Infinity) && end < (columns[n + 1]?.x ?? Infinity));
  if (centred >= 0) return centred;
  // A list indented inside a cell after the column's first column ("Senior Bridge Engineer" over its duties, set
  // 12 pt in): up to two and a half ems right of the column's start, clear of the next column.
  const size = cell.runs[0]?.size ?? 10;
  return columns.findIndex((c, n) => n > 0 && cell.x > c.x && cell.x - c.x <= size * 2.5 && end <= (columns[n + 1]?.x ?? Infinity));
}

/** Text that stops mid-way: a date range cut after its dash ("Mar 2021 –"), or a list cut after a comma. */
const DANGLING = /[-–—~至到,，、&/]$|\b(?:and|to|of|at)$/i;
/** A column's label that a cut-off text could also end on: "From", "To" (a form's date columns). */
const COLUMN_LABEL = /^\s*(?:from|to|from\s*[-–—/]\s*to)\s*$/i;

/**
 * Whether `below` finishes a date range that `above` started ("Sep 2017 – Feb" over "2021", "2014" over
 * "– 2017", "2018 年 3 月 - 2020 年" over "8 月"): `below` holds no range of its own, `above` none or one that the
 * joined text reads further, and the range found in the two joined starts in `above` (holding
 * a digit) and ends in `below`. A label over a dated cell ("Dates" over "Feb 2020 – Present") is no such thing.
 */
export function completesDateRange(above: string, below: string): boolean {
  const joined = `${above} ${below}`;
  const belowOwn = findDateRange(below);
  if (belowOwn !== null) {
    // Only the month stayed up: a range flushed right by a tab that did not fit ("… Trust   Jul" over
    // "2015 – Dec 2017"). The range found in the two joined starts in `above` and takes in all of below's.
    const range = findDateRange(joined);
    return belowOwn.index === 0 && findDateRange(above) === null && range !== null && range.index < above.length && range.index + range.text.length >= above.length + 1 + belowOwn.text.length;
  }
  if (!/\d/.test(above)) return false;
  const range = findDateRange(joined);
  if (range === null || range.index >= above.length || range.index + range.text.length <= above.length + 1) return false;
  // A range that ends on a bare year above may still be cut: LibreOffice wraps "2018 年 3 月 - 2020 年" before
  // "8 月". It is completed when the joined range starts where the one above does and reads further.
  const own = findDateRange(above);
  return own === null || (own.index === range.index && range.text.trim().length > own.text.trim().length + 1);
}

/** A range's word alone on a line ("to", "–", "至"), as a date cell is written a paragraph a part ("Jul 2015" over "to" over "Feb 2019"). */
const RANGE_WORD = /^(?:to|till|until|[-–—~]|至|到)$/i;

/**
 * A cell whose text reads on into the cell below it: cut after a dash or comma, a date range cut in two, a date
 * over a range's word alone, or a month over its year ("Nov" over "2018", a narrow From cell).
 */
function readsOn(above: string, below: string): boolean {
  // (Or an email address its narrow cell cut: "suwanqing_rd@16" over "3.com".)
  return DANGLING.test(above.trim()) || completesDateRange(above, below) || (RANGE_WORD.test(below.trim()) && SINGLE_DATE.test(above.trim())) || brokenEmail(above, below) || monthOverYear(above, below);
}

const ITEM_START = /^(?:\d{1,2}[.)、]|[•·▪●◦■‣*\-–—])\s?/u;

/** Words that open a title, never an employer's name: "Senior …", "Deputy …". */
const TITLE_OPENING = /^(?:senior|junior|sr\.?|jr\.?|chief|head|deputy|assistant|associate|principal|lead|trainee|graduate)\b/i;

/** A cell that is one whole date range ("2021.05-Present", "Jan 2019 – Mar 2022"): nothing of it is left to wrap. */
function wholeRange(text: string): boolean {
  const t = text.trim();
  const range = findDateRange(t);
  return range !== null && range.index === 0 && range.text.trim().length >= t.length - 1 && !DANGLING.test(t);
}

/**
 * A line that reads as a whole title: two or more words ending on a title's head noun ("Backend Engineer",
 * "Senior Data Analyst"), or a short Chinese title ("品牌策划"). One word alone ("Engineer" under "Site
 * Reliability") is as likely the tail of a wrapped title cell.
 */
function wholeTitle(text: string): boolean {
  const t = text.trim();
  if (CJK.test(t.slice(-1))) return t.length >= 2 && t.length <= 8 && !/[，。；,;]/.test(t) && isTitleLike(t.slice(-3));
  const words = t.split(/\s+/);
  // ("Team Leader" alone is as often the tail of a wrapped title: "Customs & Compliance" over "Team Leader".)
  return words.length >= 2 && words.length <= 5 && !/[.,;:]/.test(t) && isTitleLike(words.at(-1)!) && !/^team lead(?:er)?$/i.test(t);
}

/** A name that ends on a registered legal form ("… Ltd", "… Limited", "… GmbH"), not on a word a longer name goes on after ("… Holdings" over "Incorporated"). */
const registeredName = (text: string) => endsInLegalForm(text) && !/\b(?:group|holdings|corporation|corp)\.?$/i.test(text.trim()) || /\blimited$/i.test(text.trim());


/** A bare town (see `isBareTown`) that is no section heading ("Referees"). */
const bareTown = (text: string) => isBareTown(text) && headingKind(text) === null;

/** A form's labels inside a date cell ("From: 04/2021" over "To: Present"). */
const FROM_LABEL = /^(?:from|since)\s*[:：]?\s*/i;
const TO_LABEL = /^(?:to|until|till)\s*[:：]?\s*/i;

/**
 * A start over its end in a date cell, without a dash: "09/2017" over "03/2021", "04/2021" over "Present", "From:
 * 04/2021" over "To: Present" (a form's labels in the cell). Null when the two are not one start and its end.
 */
function datePair(above: string, below: string): string | null {
  const start = above.trim().replace(FROM_LABEL, '');
  const end = below.trim().replace(TO_LABEL, '');
  if (!SINGLE_DATE.test(start) || !(SINGLE_DATE.test(end) || isOpenEnd(end))) return null;
  // (Labelled or not, both or neither: "From: 04/2021" over a bare "2019" is no pair.)
  if (FROM_LABEL.test(above.trim()) !== TO_LABEL.test(below.trim())) return null;
  // (The end no earlier than the start: "2021" over "2019", two certificates' years, is no range.)
  if (!isOpenEnd(end)) {
    const [from, to] = [findSingleDate(start)?.date, findSingleDate(end)?.date];
    if (from === undefined || to === undefined || to < from) return null;
  }
  return `${start} - ${end}`;
}

/**
 * A cell's pieces, top to bottom, as one text. Chinese wrapped mid-phrase is joined with nothing, Latin with a
 * space, an email broken in pieces with nothing; a title on its own line under a company ("厦门鹭岛云计算有限公司"
 * over "运维工程师", a line break in the cell) stays apart by a wide gap, so the two are still two fields.
 */
function joinCell(parts: string[], fresh: boolean[] = []): string {
  return parts.reduce((text, part, i) => {
    if (text === '') return part;
    const pair = datePair(text, part);
    if (pair !== null) return pair;
    if (COMPANY_END.test(text.trim()) && isTitleLike(part) && !COMPANY_END.test(part.trim())) return `${text}${CELL_SEPARATOR}${part}`;
    // A Chinese company's name ends on its legal word (…有限公司): a short place under it is another field (its
    // town). Not the rest of a legal name wrapped ("上海浦东发展银行" over "股份有限公司").
    if (/(?:公司|集团|事务所|银行|研究院|工作室|医院)$/.test(text.trim()) && /^[\u4e00-\u9fff]{2,4}$/.test(part.trim()) && !isCompanyLike(part)) return `${text}${CELL_SEPARATOR}${part}`;
    // A title on a line of its own (a line break, not a wrap: it would have fitted) under a name that is no title
    // ("Saltmarsh Payments" over "Backend Engineer") is a field of its own, company word or not.
    if (fresh[i] && isTitleLike(part) && !isTitleLike(text)) return `${text}${CELL_SEPARATOR}${part}`;
    // And the other way round: a company on a line of its own under a title ("Backend Engineer" over "Saltmarsh
    // Payments", "招聘主管" over "杭州品岚服饰有限公司", a new paragraph in the cell).
    if (fresh[i] && isTitleLike(text) && !isTitleLike(part)) return `${text}${CELL_SEPARATOR}${part}`;
    // A line that reads as a whole title, ending on its head noun ("Saltmarsh Payments" over "Backend Engineer",
    // "Brightloom Commerce" over "Senior Data Analyst"), is a title under a company broken by <br> even when its
    // first word would not have fitted: a company wrapped there would end on "Engineer". A wrapped company's
    // tail ends on no title word ("Ashgrove Travel" over "Group").
    // (Not under a title's opening words, "Senior Customer" over "Service Shift Leader".)
    if (wholeTitle(part) && !isTitleLike(text) && !isCompanyLike(part) && !TITLE_OPENING.test(text.trim())) return `${text}${CELL_SEPARATOR}${part}`;
    // Nor does a title that ends on its head noun go on with an employer's name ("Grade 4 Classroom Teacher" over
    // "Strait Regional Centre for Education", a <br> in a narrow cell where the first word would not have fitted).
    if (wholeTitle(text) && isCompanyLike(part) && !isTitleLike(part)) return `${text}${CELL_SEPARATOR}${part}`;
    // A town and its state under an employer ("Lonestar Freight Distribution" over "San Antonio, TX") is a field of its
    // own: a name wrapped in its cell does not go on with one.
    if (isCompanyLike(text) && isTownLine(part)) return `${text}${CELL_SEPARATOR}${part}`;
    // So is a bare town under an employer's name, where a name that ends on its legal form is whole ("Harrowgate
    // Cold Storage Ltd" over "Leeds", a form's "Employer and address" cell), or the town would have fitted after it.
    if ((fresh[i] || registeredName(text)) && bareTown(part) && !isTitleLike(text) && !DANGLING.test(text.trim())) return `${text}${CELL_SEPARATOR}${part}`;
    // (A date cut after its separator, "2021-01 to 2023-" over "05", goes on without a space.)
    const glued = (CJK.test(text.slice(-1)) && CJK.test(part.charAt(0))) || brokenEmail(text, part) || (/(?:19|20)\d{2}[-./]$/.test(text) && /^\d{1,2}\b/.test(part));
    return text + (glued ? '' : ' ') + part;
  }, '');
}

interface Row {
  /** Text pieces of each column, top to bottom. */
  cells: string[][];
  /** For each piece: set on a new line of its cell (it would have fitted on the line above), not wrapped there. */
  fresh: boolean[][];
  /** For each piece: opens a paragraph of its cell (a list item indented in it, a line set smaller: a location). */
  opens: boolean[][];
  /** Where the last piece of each column ends (x). */
  ends: number[];
  /** Where the last piece of each column starts (x), and the text size of each column's first piece. */
  starts: number[];
  sizes: number[];
  /** Baseline of the last piece of each column. */
  ys: number[];
  /** The font the last piece of each column ends in. */
  fonts: (string | undefined)[];
  lines: Line[];
}

/** A piece that opens a bullet: a new paragraph inside its cell, not a wrapped line of the one above. */
const BULLET = /^[•·▪●◦■‣\u2022\p{Co}]\s?/u;

/** A line that opens with a date range and goes on past it: a career line ("2004年03月—2009年08月 在东莞…任组长"). */
const opensDated = (piece: string) => {
  const range = findDateRange(piece);
  return range !== null && range.index === 0 && piece.trim().length > range.text.trim().length + 1;
};

/**
 * A cell's pieces cut where a bullet (or an indented item) opens a paragraph: the cell's own text first, then each
 * item. A line that opens with its own dates is an item too (a form's career cell, a job a line).
 */
function paragraphsOf(pieces: string[], opens: boolean[] = []): string[][] {
  const out: string[][] = [[]];
  pieces.forEach((piece, i) => {
    if (BULLET.test(piece) || opens[i] || (i > 0 && opensDated(piece) && !DANGLING.test(pieces[i - 1]!.trim()))) out.push([piece]);
    else out[out.length - 1]!.push(piece);
  });
  return out;
}

/**
 * A column whose cells hold a name over a bare town in two rows or more ("Pennine Parcels" over "Bradford", a form's
 * "Employer and address" column) holds the town so in every row: each such town is set on a line of its own (see
 * `joinCell`), though where the name ran near its column's edge its position alone reads as a wrap.
 */
function markTownsByColumn(rows: Row[]): void {
  const columns = rows[0]?.cells.length ?? 0;
  for (let k = 0; k < columns; k++) {
    const towns = rows.filter((row) => row.cells[k]!.length === 2 && bareTown(row.cells[k]![1]!) && !isTitleLike(row.cells[k]![0]!));
    // (One of them, at least, set on its line by a break: it would have fitted after the name.)
    if (towns.length >= 2 && towns.some((row) => row.fresh[k]![1])) for (const row of towns) row.fresh[k]![1] = true;
  }
}

/**
 * A row as placed lines: the first paragraph of each cell on one line (dates, company, title), then the bullets
 * a cell holds under its text ("Supply Chain Analyst" over "• Rebuilt …"), each on a line of its own, as a DOCX
 * row with several paragraphs in a cell is read (html-lines.ts).
 */
function rowLines(row: Row): PlacedLine[] {
  const runs = row.lines.flatMap((l) => l.runs);
  const place = (text: string): PlacedLine => ({
    text,
    left: least(runs, (r) => r.x),
    right: most(runs, (r) => r.x + r.width),
    size: most(runs, (r) => r.size),
    row: true,
  });
  // (A date cell's start over its end is one piece, whatever paragraphs the cell's lines seem to open.)
  const paragraphs = row.cells.map((pieces, k) => {
    const pair = pieces.length === 2 ? datePair(pieces[0]!, pieces[1]!) : null;
    return pair !== null ? [[pair]] : paragraphsOf(pieces, row.opens[k]);
  });
  const head = place(paragraphs.map((p, k) => joinCell(p[0]!, row.fresh[k])).filter(Boolean).join(CELL_SEPARATOR));
  return [head, ...paragraphs.flatMap((p) => p.slice(1).map((bullet) => place(joinCell(bullet))))];
}

const YEAR = /\b(?:19|20)\d{2}(?!\d)/;

/**
 * A first row of short labels over rows of dated entries ("Dates | Company | Title", "时间 | 公司 | 职位") is the
 * table's header. Labels of unknown words are left out: the work parser would read them as the first entry's
 * company and title. Known column headings stay, as one line: the work parser reads which column holds the company
 * and which the title from them.
 */
function isLabelRow(rows: Row[]): boolean {
  const [head, ...body] = rows;
  const labels = head!.cells.map((cell) => joinCell(cell));
  const dated = body.filter((row) => row.cells.some((cell) => YEAR.test(joinCell(cell)))).length;
  if (isColumnHeadings(labels.join(CELL_SEPARATOR))) return false;
  // The labels of a person's details ("Title | Full name | Date of birth" over "Mr | Ruaridh Sutherland | 03/02/1988")
  // say what the values are: the name is read by its label.
  if (labels.some((label) => PERSONAL_LABEL.test(label.trim()))) return false;
  // A company with its town ("上海朴屿文化传播有限公司 | 上海" over "Title | dates") is an entry's first line, not labels.
  // A bare kind word ("Hospital | Role | Dates", "任职公司 | 岗位 | 时间") is still a label; a name is not.
  const named = (label: string) => (isCompanyLike(label) || isSchoolLike(label)) && (COMPANY_END.test(label.trim()) || label.trim().split(/\s+/).length >= 3 || (label.match(/[\u4e00-\u9fff]/g) ?? []).length >= 7);
  if (labels.some(named)) return false;
  // The labels name the columns: the one over the rows' dates says so ("Dates", "Period", "时间"). A first row whose
  // cell there is anything else is a row of the table's own (a form's "姓名 | 刘思雨 | 性别 | 女" over "出生年月 |
  // 1994.02", an employer and its town over a title and dates), and is kept.
  const datedColumn = mostCommon(body.map((row) => row.cells.findIndex((cell) => YEAR.test(joinCell(cell)))).filter((k) => k >= 0));
  const overDates = datedColumn === null ? '' : (labels[datedColumn] ?? '').trim();
  if (overDates !== '' && !DATE_LABEL.test(overDates)) return false;
  return labels.every((label) => label.length <= 20 && !/\d/.test(label)) && dated >= Math.max(1, body.length / 2);
}

/**
 * A dated row whose first columns are empty under a dated row that fills them shares their cells: one cell spans
 * both rows ("Hartwell Logistics" merged down beside "Transport Manager" and "Route Planner"), as a table lists two
 * roles at one employer. The spanned text is set on the row's line too, so each row reads as a whole entry. Rows from
 * `first` on (a header row's labels are nobody's).
 */
function carrySpannedCells(rows: Row[], first: number): void {
  // (A date's cell is short: a duty's year, "… under CDM 2015" in the role's cell, dates nothing.)
  const datedColumn = (row: Row) => row.cells.findIndex((cell) => {
    const text = joinCell(cell);
    return YEAR.test(text) && text.length <= 40;
  });
  for (let n = first + 1; n < rows.length; n++) {
    const [above, row] = [rows[n - 1]!, rows[n]!];
    const filled = row.cells.findIndex((cell) => cell.length > 0);
    const dated = datedColumn(row);
    if (filled <= 0 || dated < filled || datedColumn(above) !== dated) continue;
    if (above.cells.slice(0, filled).some((cell) => cell.length === 0)) continue;
    for (let k = 0; k < filled; k++) {
      row.cells[k] = [...above.cells[k]!];
      row.fresh[k] = [...above.fresh[k]!];
      row.opens[k] = [...above.opens[k]!];
    }
  }
}

/**
 * A label of a person's own details: their name, birth, contact, nationality. (Ended by anything but a Latin letter:
 * `\b` finds no boundary after a Chinese label, "性别", at the cell's end.)
 */
const PERSONAL_LABEL = /^(?:(?:full |first |last |given |family )?names?|surname|forenames?|date of birth|birth ?date|e-?mail|(?:tele)?phone|mobile|nationality|gender|sex|姓\s*名|性\s*别|出生(?:日期|年月)?|手机|电话|邮箱)(?![A-Za-z])/i;

/** What a table's column of dates is headed: "Dates", "Period", "From – To", "Year", "When", 时间, 起止时间, 日期, 年份. */
const DATE_LABEL = /\b(?:dates?|period|periods|from|to|years?|when|duration|tenure|time|timeline|employed)\b|时间|日期|年份|起止|期间|年月|时段/i;

/** The value seen most often (the first of equals), or null when there is none. */
function mostCommon(values: number[]): number | null {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | null = null;
  for (const [v, n] of counts) if (best === null || n > counts.get(best)!) best = v;
  return best;
}

/** One cell's lines in a column, set a line's spacing apart: a wrapped cell, or a cell of several paragraphs. */
interface Block {
  x: number;
  /** Middle of its first line: a centred cell's lines share it, not their x. */
  centre: number;
  /** The lines (indexes into the column's lines) and the cell of each. */
  parts: { line: number; cell: Cell }[];
  top: number;
  bottom: number;
}

/** A block's part's baseline: the cell's own, as a line groups runs up to a point and a half apart. */
const baseline = (part: Block['parts'][number]) => part.cell.runs[0]!.y;
/** How far apart a block's lines are set (its first two), or Infinity for a block of one line. */
const pitch = (b: Block) => (b.parts.length < 2 ? Infinity : baseline(b.parts[0]!) - baseline(b.parts[1]!));

/**
 * Cells vertically centred (HTML's default for `td`, LibreOffice's `verticalAlign`) or bottom-aligned in a row
 * whose tallest cell holds two lines or more ("Wrenfield Distribution" beside a title and two bullets, the dates
 * halfway down) come out interleaved with that cell's lines, and the row reads as several. Each such row is set
 * top-aligned: every cell's lines restart at the row's top, a line of the tallest cell apart, as a top-aligned
 * table reads. A row is the cells of two or more columns whose lines overlap in height; only rows whose cells start
 * at different heights are touched, and only when nothing else stands in their height.
 */
function topAlignRows(lines: Line[]): Line[] {
  if (lines.length < 3) return lines;
  // A label set down its cell a character a line ("工作简历", joined into one run by joinVerticalStacks) spans the rows
  // beside it: the rows are set without it, and it keeps its place.
  if (lines.some((l) => l.runs.some((r) => r.vertical))) {
    const flat = lines.map((l) => ({ ...l, runs: l.runs.filter((r) => !r.vertical) })).filter((l) => l.runs.length > 0);
    const rows = topAlignRows(flat);
    // (Before the row its top falls in: a label starting half-way down a row set again is no line between its lines.)
    const labels = lines.flatMap((l) => l.runs.filter((r) => r.vertical).map((r) => {
      const below = rows.findIndex((row) => row.y < l.y);
      const row = below > 0 ? rows[below]!.row : undefined;
      const first = row === undefined || rows[below - 1]!.row !== row ? -1 : rows.findIndex((other) => other.row === row);
      return { y: first >= 0 ? rows[first]!.y + 0.01 : l.y, runs: [r] };
    }));
    return [...rows, ...labels].sort((a, b) => b.y - a.y);
  }
  const blocks: Block[] = [];
  // Only blocks whose last line is within a line's spacing above can go on: the search stays short on any page.
  let open: Block[] = [];
  lines.forEach((line, i) => {
    const reach = most(line.runs, (r) => r.size) * WRAP_SPACING;
    open = open.filter((b) => b.bottom - line.y <= reach);
    const added: Block[] = [];
    const cells = cellsOf(line);
    for (const [k, cell] of cells.entries()) {
      const size = cell.runs[0]!.size;
      // Under a block's lines at its x, or centred under them (a centred cell wrapped: "2022年9月—至" over "今"). Not
      // under a line that ran over where this line's next cell stands: a cell spanning the row above ("Statistical
      // activities: …" across the table) is no cell this one wraps from.
      const centre = (cell.x + cellEnd(cell)) / 2;
      const next = cells[k + 1]?.x ?? Infinity;
      // (Nor at a wider step than the block's lines so far are apart: rows set tight, "2020/07 –" over "2024/08" 10.3 pt
      // apart, the next row's "2015/05 –" 13.9 pt under, are cells of their own.)
      const above = open.findLast(
        (b) =>
          (Math.abs(b.x - cell.x) <= ALIGN || Math.abs(b.centre - centre) <= ALIGN) &&
          b.bottom > line.y &&
          b.bottom - line.y <= size * WRAP_SPACING &&
          baseline(b.parts.at(-1)!) - cell.runs[0]!.y <= pitch(b) + 1.5 &&
          cellEnd(b.parts.at(-1)!.cell) <= next + ALIGN,
      );
      if (above) {
        above.parts.push({ line: i, cell });
        above.bottom = line.y;
      } else {
        const block = { x: cell.x, centre, parts: [{ line: i, cell }], top: line.y, bottom: line.y };
        blocks.push(block);
        added.push(block);
      }
    }
    open.push(...added);
  });
  // Rows: blocks whose heights overlap, in order from the top.
  const sorted = [...blocks].sort((a, b) => b.top - a.top);
  const rows: Block[][] = [];
  let rowBottom = Infinity;
  for (const block of sorted) {
    const row = rows.at(-1);
    if (row && block.top >= rowBottom - 0.5) {
      row.push(block);
      rowBottom = Math.min(rowBottom, block.bottom);
    } else {
      rows.push([block]);
      rowBottom = block.bottom;
    }
  }
  const out = [...lines];
  const replaced = new Set<number>();
  const added: Line[] = [];
  // A table repeats its columns: a row counts only beside another row with two or more cells at its cells' x (a
  // page of paragraphs with dates flushed right by a tab, one long block beside them, does not).
  const shared = (a: Block[], b: Block[] | undefined, least = 2) => b !== undefined && a.filter((x) => b.some((y) => Math.abs(x.x - y.x) <= ALIGN || Math.abs(x.centre - y.centre) <= ALIGN)).length >= least;
  // A line spanning the row above (a full-width "Statistical activities: …" cell) set a line's spacing over a cell of
  // the next row at its x reads as that cell's first line: it runs over where the row's other cells start, and is not.
  for (const row of rows) {
    for (const block of row) {
      const spans = (p: Block['parts'][number]) => row.some((other) => other !== block && other.x > p.cell.x + ALIGN && other.x < cellEnd(p.cell) - ALIGN);
      while (block.parts.length > 1 && spans(block.parts[0]!)) {
        block.parts.shift();
        const first = block.parts[0]!;
        block.top = lines[first.line]!.y;
        block.centre = (first.cell.x + cellEnd(first.cell)) / 2;
      }
    }
  }
  for (const [n, row] of rows.entries()) {
    const columns = new Set(row.map((b) => Math.round(b.x)));
    const tallest = row.reduce((a, b) => (b.parts.length > a.parts.length ? b : a));
    const top = most(row, (b) => b.top);
    if (columns.size < 2 || columns.size !== row.length || tallest.parts.length < 2 || tallest.parts.length > 12 || most(row, (b) => top - b.top) <= 2) continue;
    // Cells of a row stand side by side: a block under another's text (a bullet list under a title cell, set in a
    // little) is in that cell, not a cell of its own.
    const span = (b: Block) => [least(b.parts, (p) => p.cell.x), most(b.parts, (p) => cellEnd(p.cell))] as const;
    if (row.some((a, i) => row.some((b, j) => j > i && span(a)[0] < span(b)[1] && span(b)[0] < span(a)[1]))) continue;
    // (Or past one row of a single cell, to a row sharing three columns: a full-width line under each job of a form,
    // "Duties: …", is the table's too. Two blocks, a flex row's employer beside its title over a bullet, are no table.)
    const past = (step: number) => rows[n + step]?.length === 1 && shared(row, rows[n + 2 * step], 3);
    if (!shared(row, rows[n - 1]) && !shared(row, rows[n + 1]) && !past(-1) && !past(1)) continue;
    // One size of text, as a table's body is set (a page header's large name beside its contact lines is not), and
    // every lower cell centred on the tallest or ending with it.
    const runs = row.flatMap((b) => b.parts.flatMap((p) => p.cell.runs));
    const middle = (b: Block) => (b.top + b.bottom) / 2;
    const size = most(runs, (r) => r.size);
    // (A cell a size or two smaller than the tallest, a form's referee and phone in 8.5 pt beside 10.5 pt, is still
    // the row's; the tallest cell itself is in one size, none larger: a heading over its first line is no cell.)
    const tall = tallest.parts.flatMap((p) => p.cell.runs);
    const tallSize = most(tall, (r) => r.size);
    if (tallSize - least(tall, (r) => r.size) > 1 || size > tallSize + 1) continue;
    if (size - least(runs, (r) => r.size) > 1 && tallSize - least(runs, (r) => r.size) > tallSize * 0.25) continue;
    if (!row.every((b) => b.top >= top - 0.5 || Math.abs(middle(b) - middle(tallest)) <= size * 0.6 || Math.abs(b.bottom - tallest.bottom) <= 1)) continue;
    // Nothing but the row's cells on its lines.
    const own = new Set(row.flatMap((b) => b.parts.map((p) => p.line)));
    const count = row.reduce((n, b) => n + b.parts.length, 0);
    if ([...own].reduce((n, i) => n + cellsOf(lines[i]!).length, 0) !== count) continue;
    const step = (tallest.top - tallest.bottom) / (tallest.parts.length - 1);
    const byY = new Map<number, TextRun[]>();
    for (const b of row) {
      b.parts.forEach((p, k) => {
        const y = Math.round((top - k * step) * 100) / 100;
        byY.set(y, [...(byY.get(y) ?? []), ...p.cell.runs.map((r) => ({ ...r, y }))]);
      });
    }
    for (const i of own) replaced.add(i);
    for (const [y, runs] of byY) added.push({ y, runs, row: n });
  }
  if (added.length === 0) return lines;
  return [...out.filter((_, i) => !replaced.has(i)), ...added].sort((a, b) => b.y - a.y);
}

/** A job's or item's number alone in its cell: "1", "2.", "(b)". */
const ITEM_NUMBER = /^\(?(?:\d{1,2}|[a-h])[.)]?$/;

/**
 * A form that numbers each job in a cell spanning the job's rows ("1" beside Employer, From, Job title and Main duties,
 * centred) sets the number half-way down, between two rows or on one of them: glued to that row, or alone between
 * two, it would join them into one. Such a number, left of every cell of the lines around it (a table's column of
 * numbers has one a row, each at its x), is no row's: it is dropped from the page's table rows.
 */
function withoutSpanningNumbers(lines: Line[]): Line[] {
  const out: Line[] = [];
  lines.forEach((line, i) => {
    const [first, second] = cellsOf(line);
    if (first === undefined || !ITEM_NUMBER.test(joinRuns(first.runs).trim())) return void out.push(line);
    // (Alone on its line, or glued to a row that opens with a label: not a month cell before its year, "05   2019".)
    if (second !== undefined && labelField(joinRuns(second.runs)) === null) return void out.push(line);
    const end = cellEnd(first);
    const size = first.runs[0]!.size;
    const near = lines.filter((l, k) => k !== i && Math.abs(l.y - line.y) <= size * 3);
    const rest = line.runs.filter((r) => !first.runs.includes(r));
    const clear = near.length >= 2 && near.every((l) => l.runs.every((r) => r.x > end + size)) && rest.every((r) => r.x > end + size);
    if (!clear) return void out.push(line);
    if (rest.length > 0) out.push({ ...line, runs: rest });
  });
  return out;
}

/**
 * Reads one column's lines (top to bottom) into placed lines, rebuilding table rows where there are tables.
 * Lines outside tables come out as `placeLine` makes them.
 */
export function placeLinesWithTables(columnLines: Line[]): PlacedLine[] {
  const lines = topAlignRows(withoutSpanningNumbers(columnLines));
  const out: PlacedLine[] = [];
  const split = lines.map(cellsOf);
  const right = most(lines, (l) => most(l.runs, (r) => r.x + r.width));
  let i = 0;
  while (i < lines.length) {
    const head = split[i]!;
    if (head.length < 2 || head.length > MAX_COLUMNS) {
      out.push(placeLine(lines[i]!));
      i++;
      continue;
    }
    const columns = head.map((c) => ({ x: c.x, end: cellEnd(c) }));
    const rows: Row[] = [{
      cells: head.map((c) => [joinRuns(c.runs)]),
      fresh: head.map(() => [false]),
      opens: head.map(() => [false]),
      ends: head.map(cellEnd),
      starts: head.map((c) => c.x),
      sizes: head.map((c) => c.runs[0]!.size),
      ys: head.map((c) => c.runs[0]!.y),
      fonts: head.map((c) => c.runs.at(-1)!.font),
      lines: [lines[i]!],
    }];
    // A cell wraps at its column's right limit: the next column's start, or the right edge of the text.
    const limits = columns.map((c, k) => columns[k + 1]?.x ?? right);
    /**
     * A cell continues the one above it in its column when that one stopped mid-way, or when the first word of
     * this one would not have fitted after it (the column's gap or padding unknown: up to two ems). A line under
     * a short cell (the highlights under a timeline entry's title) is text of its own.
     */
    const fillsTo = (row: Row, k: number, cell: Cell): boolean => {
      const above = row.cells[k]!.at(-1);
      if (above === undefined) return true;
      const text = joinRuns(cell.runs);
      if (readsOn(above, text)) return true;
      const size = cell.runs[0]!.size;
      const firstWord = CJK.test(text.charAt(0)) ? 1 : (/^\S+/.exec(text)?.[0].length ?? 1);
      const wordWidth = (cellEnd(cell) - cell.x) * (firstWord / Math.max(1, text.length));
      return row.ends[k]! + wordWidth + size * 0.3 >= limits[k]! - size * 2;
    };
    /**
     * A list indented in a cell after the first column (duties under the title, with or without bullet glyphs). Not a
     * line centred under the column's first cell: a centred cell wrapped, "2021-01 to 2023-" over "05".
     */
    const indented = (k: number, cell: Cell): boolean =>
      k > 0 && cell.x > columns[k]!.x + ALIGN && Math.abs(cellEnd(cell) - columns[k]!.end) > ALIGN && Math.abs(cell.x + cellEnd(cell) - columns[k]!.x - columns[k]!.end) > ALIGN * 2;
    const wrapsInto = (row: Row, k: number, cell: Cell): boolean => {
      const text = joinRuns(cell.runs);
      // A bullet under a cell's text is a paragraph of that cell (a title cell listing what was done), when the
      // line is the row's continuation (the caller checks that another cell of the line reads on); so is a line
      // indented under it.
      if (row.cells[k]!.length > 0 && ((BULLET.test(text) && !BULLET.test(row.cells[k]![0] ?? '')) || indented(k, cell))) return true;
      return fillsTo(row, k, cell);
    };
    /**
     * A piece that opens a paragraph of its cell: an indented item (unless it carries on the item above, set at its
     * x and wrapped there), or a line set smaller than the cell's first (a location under the company).
     */
    const opensParagraph = (row: Row, k: number, cell: Cell): boolean => {
      if (k === 0 || row.cells[k]!.length === 0) return false;
      // (A month's year under it, centred under a shorter or longer name: "Jun" over "2020".)
      if (monthOverYear(row.cells[k]!.at(-1)!, joinRuns(cell.runs))) return false;
      if (Math.abs(cell.runs[0]!.size - row.sizes[k]!) >= 0.4) return true;
      // A line in another font than the one above it ends (a bold title over the plain employer, "<b>Teacher</b><br>
      // Strait Regional Centre for Education"), and not reading on from it: a paragraph of its own.
      const [font, fontAbove] = [cell.runs[0]!.font, row.fonts[k]];
      if (font !== undefined && fontAbove !== undefined && font !== fontAbove && !readsOn(row.cells[k]!.at(-1)!, joinRuns(cell.runs))) return true;
      if (!indented(k, cell)) return false;
      // An item wrapped onto a second line reads on: it reached the cell's edge without ending its sentence, and
      // goes on in lower case (list items without a glyph, as Chromium prints <li>, start anew in capitals).
      const [above, text] = [row.cells[k]!.at(-1)!, joinRuns(cell.runs)];
      const carriesOn =
        Math.abs(row.starts[k]! - cell.x) <= ALIGN &&
        (readsOn(above, text) || (!/[.。!！?？;；]$/.test(above.trim()) && fillsTo(row, k, cell) && (/^[a-z0-9(]/.test(text) || (CJK.test(above.slice(-1)) && CJK.test(text.charAt(0))))));
      return !carriesOn;
    };
    /**
     * A first-column cell wrapped onto a line of its own ("Larkspur Mobility Holdings" over "Incorporated"),
     * told from the next paragraph (a title under "Company   2019 – 2021") by the table around it: a row of
     * three or more cells, or a second row, and the piece staying inside the first column. A section heading
     * set tight under the last row ("【专业技能】" under an education line spaced into cells) is not a piece.
     */
    const wrappedAlone = (cell: Cell): boolean =>
      (columns.length >= 3 || rows.length >= 2) &&
      cellEnd(cell) <= limits[0]! + ALIGN &&
      headingKind(joinRuns(cell.runs)) === null &&
      // A numbered item ("1. 负责…") opens a paragraph of its own, and a whole date range has nothing left to wrap.
      !ITEM_START.test(joinRuns(cell.runs)) &&
      !wholeRange(joinCell(rows[rows.length - 1]!.cells[0]!));
    /**
     * A title alone on the line under a company cell that ends on a company word ("上海星禾文化传播有限公司" over
     * "品牌策划", a <br> in the cell, nothing else of the row left to wrap) is the row's: the entry's title, not
     * text after the table. Only outside the first column, where a timeline's title paragraph would start.
     */
    const titleUnderCompany = (row: Row, k: number, cell: Cell): boolean => {
      const above = joinCell(row.cells[k]!);
      return k > 0 && COMPANY_END.test(above.trim()) && wholeTitle(joinRuns(cell.runs)) && !isCompanyLike(joinRuns(cell.runs));
    };
    /**
     * A line of tab stops ("2021.05-Present ⇥ Wrenfield Distribution ⇥ Supply Chain", one paragraph in a form's
     * wide cell) wraps to the paragraph's left edge, under its first field: the piece there ("Analyst") ends the
     * last field when that field stopped mid-way, or ran to the right edge with no room for the piece while the
     * first field is a whole date range.
     */
    const tabWrap = (row: Row, cells: Cell[], at: number[]): boolean => {
      if (cells.length !== 1 || at[0] !== 0 || columns.length < 2) return false;
      const k = columns.length - 1;
      const [lastText, piece] = [row.cells[k]!.at(-1), joinRuns(cells[0]!.runs)];
      // A numbered or bulleted line opens an item of its own; a field's remainder fits in the field's room.
      const width = cellEnd(cells[0]!) - cells[0]!.x;
      if (lastText === undefined || ITEM_START.test(piece) || width > right - columns[k]!.x) return false;
      // A date cell cut in two ("Aug 2018 - Apr" over "2021", under it in the first column) takes the piece,
      // even when the last cell stopped on a comma ("Chicago,").
      if (completesDateRange(joinCell(row.cells[0]!), piece)) return false;
      if (readsOn(lastText, piece)) return true;
      const firstWord = CJK.test(piece.charAt(0)) ? 1 : (/^\S+/.exec(piece)?.[0].length ?? 1);
      const fits = row.ends[k]! + (width * firstWord) / Math.max(1, piece.length) + cells[0]!.runs[0]!.size * 0.3 < right - 1;
      return !fits && wholeRange(joinCell(row.cells[0]!)) && findDateRange(piece) === null;
    };
    /**
     * A row is as tall as its tallest cell: a line with nothing in the first column, one of whose cells goes on with a
     * cell of the row that ran to its column's edge ("…新员工安全培" over "训。"), is the row's, and its other cells are
     * new paragraphs of theirs (an employer under the title in a "Position and employer" cell).
     */
    const stillWrapping = (row: Row, cells: Cell[], at: number[]): boolean =>
      cells.length >= 2 && at[0]! > 0 && cells.every((_, n) => row.cells[at[n]!]!.length > 0) &&
      cells.some((c, n) => !BULLET.test(joinRuns(c.runs)) && !indented(at[n]!, c) && fillsTo(row, at[n]!, c) && !/[.。!！?？;；]$/.test(row.cells[at[n]!]!.at(-1)!.trim()));
    let j = i + 1;
    for (; j < lines.length; j++) {
      const cells = splitAtColumns(split[j]!, columns);
      const at = cells.map((c) => columnOf(columns, c));
      // A bullet indented in the first column, on a line whose other cells continue the row ("• 参与…   深圳   3 月").
      if (at[0] === -1 && cells.length >= 2 && at.slice(1).every((k) => k > 0)) {
        const [first, size] = [cells[0]!, cells[0]!.runs[0]!.size];
        if (first.x > columns[0]!.x && first.x - columns[0]!.x <= size * 2.5 && cellEnd(first) <= (columns[1]?.x ?? Infinity)) at[0] = 0;
      }
      const tightLine = lines[j - 1]!.y - lines[j]!.y <= most(lines[j]!.runs, (r) => r.size) * WRAP_SPACING;
      if (tightLine && at[0] === 0 && tabWrap(rows[rows.length - 1]!, cells, at)) {
        const row = rows[rows.length - 1]!;
        const k = columns.length - 1;
        row.cells[k]!.push(joinRuns(cells[0]!.runs));
        row.fresh[k]!.push(false);
        row.opens[k]!.push(false);
        row.ends[k] = cellEnd(cells[0]!);
        row.starts[k] = cells[0]!.x;
        row.ys[k] = cells[0]!.runs[0]!.y;
        row.fonts[k] = cells[0]!.runs.at(-1)!.font;
        row.lines.push(lines[j]!);
        continue;
      }
      // Every cell must start at one of the table's columns, in order.
      if (at.some((k) => k < 0) || at.some((k, n) => n > 0 && k <= at[n - 1]!)) break;
      const previous = lines[j - 1]!;
      const size = most(lines[j]!.runs, (r) => r.size);
      // (Two rows set again top-aligned are two rows, however tight: their cells' lines were told apart there.)
      const otherRow = previous.row !== undefined && lines[j]!.row !== undefined && previous.row !== lines[j]!.row;
      const tight = previous.y - lines[j]!.y <= size * WRAP_SPACING && !otherRow;
      const row = rows[rows.length - 1]!;
      // A line that fills every column is the next row, unless a cell of the line above stops mid-way.
      // (Not when the line holds a date under a date: a date does not wrap into another, so the line is the next row
      // whatever its other cells read on from — "Import Operations Specialist" under "… Team Leader".)
      // (Nor a whole range under a whole range: "08/2018 – 11/2021" under "12/2021 – 03/2024", the next role's row beside
      // an employer cell that spans both, centred between them.)
      const dateUnderDate = cells.some((c, n) => {
        const [text, above] = [joinRuns(c.runs).trim(), (row.cells[at[n]!]!.at(-1) ?? '').trim()];
        return (SINGLE_DATE.test(text) && SINGLE_DATE.test(above)) || (wholeRange(text) && wholeRange(above));
      });
      // (A label's "To" or "From – To" over its dates is the column's label, not a range cut after "to".)
      const wrapped = tight && !dateUnderDate && cells.some((c, n) => !COLUMN_LABEL.test(row.cells[at[n]!]!.join(' ')) && readsOn(row.cells[at[n]!]!.at(-1) ?? '', joinRuns(c.runs)));
      // A row may leave its first columns empty: a cell spanning rows above it (the employer of two roles, merged
      // down), set at the top or half-way down. It is the next row when set a row's spacing down, or when a date
      // stands under the row's date (dates do not wrap into one another).
      // (Not a date under the row's one date: "Jan 2013" over "May 2016" in one cell is its start over its end.)
      const rowDated = () => row.cells.filter((cell) => YEAR.test(cell.join(' ')) || isOpenEnd(cell.join(' '))).length >= 2 || row.cells.some((cell) => findDateRange(cell.join(' ')) !== null);
      // A date cell written start over end without a dash ("04/2021" over "Present", "09/2017" over "03/2021"): the end
      // under a row's only date is the row's, when it is an open end or no earlier than the start (a list of single
      // dates, most recent first, runs the other way).
      // (Only under the row's one date: a form's From and To columns hold a date each, and the next row's are no end.)
      // An end written as a date is a cell's next line only at a line's spacing (a row's next line in another row sits
      // lower, by the cell padding), and to the month: a list of years or of dates a row each ("2016.06 北京大学" over
      // "2019.06 清华大学") is rows. An open end or a "To:" is the cell's whatever the spacing.
      // (Worked out only for a line under a date: this runs for every line of every table.)
      const endUnderStart = tight && cells.some((c, n) => {
        const [above, text] = [row.cells[at[n]!]!, joinRuns(c.runs).trim()];
        const pair = above.length === 1 ? datePair(above[0]!, text) : null;
        if (pair === null) return false;
        const lineSpaced = previous.y - lines[j]!.y <= size * 1.3;
        return isOpenEnd(text.replace(TO_LABEL, '')) || TO_LABEL.test(text) || (lineSpaced && /\D\d{1,2}$|^\d{1,2}\D|[a-z]/i.test(text) && !/^\d{4}$/.test(text));
      }) && (() => {
        const bare = (piece: string) => piece.trim().replace(FROM_LABEL, '');
        const dateCells = row.cells.filter((cell) => cell.some((piece) => SINGLE_DATE.test(bare(piece)) || isOpenEnd(piece.trim()))).length;
        return dateCells === 1 && !row.cells.some((cell) => findDateRange(cell.map(bare).join(' ')) !== null);
      })();
      if (!wrapped && !endUnderStart && (cells.length === columns.length || (cells.length >= 2 && (!tight || (dateUnderDate && rowDated()))))) {
        const next: Row = {
          cells: columns.map(() => []),
          fresh: columns.map(() => []),
          opens: columns.map(() => []),
          ends: columns.map(() => -Infinity),
          starts: columns.map(() => NaN),
          sizes: columns.map(() => NaN),
          ys: columns.map(() => NaN),
          fonts: columns.map(() => undefined),
          lines: [lines[j]!],
        };
        cells.forEach((c, n) => {
          next.cells[at[n]!]!.push(joinRuns(c.runs));
          next.fresh[at[n]!]!.push(false);
          next.opens[at[n]!]!.push(false);
          next.ends[at[n]!] = cellEnd(c);
          next.starts[at[n]!] = c.x;
          next.sizes[at[n]!] = c.runs[0]!.size;
          next.ys[at[n]!] = c.runs[0]!.y;
          next.fonts[at[n]!] = c.runs.at(-1)!.font;
        });
        rows.push(next);
      } else if (tight && (at[0] !== 0 || cells.length >= 2 || endUnderStart || readsOn(row.cells[0]!.at(-1) ?? '', joinRuns(cells[0]!.runs)) || wrappedAlone(cells[0]!)) && (wrapped || endUnderStart || cells.every((c, n) => wrapsInto(row, at[n]!, c) || titleUnderCompany(row, at[n]!, c)) || stillWrapping(row, cells, at))) {
        // A line with text in the first column only is the next paragraph, not a wrapped cell: entries set as
        // "Company   2019 – 2021" over "Title" must not fold the title into the company. Unless the first cell
        // stopped mid-way: LibreOffice wraps a long date range after "to" or its dash, and the end ("Present")
        // is then alone on the row's second line. A line under a cell that stops mid-way ("2019.01" over "-"
        // over "2022.02", cells broken by <br>) is the row's, its other cells new lines of theirs.
        // A piece set lower under its cell than the wrapped pieces of the line are under theirs is a new paragraph
        // (paragraph spacing, LibreOffice): "Wrenfield Distribution" over "Supply Chain Analyst", 13.7 pt down
        // where the dates and the description wrap 11.7 pt down.
        const drops = cells.map((c, n) => row.ys[at[n]!]! - c.runs[0]!.y);
        const pitch = Math.min(...drops.filter((d) => Number.isFinite(d) && d > 0));
        cells.forEach((c, n) => {
          const fresh = !wrapsInto(row, at[n]!, c) || (drops.filter(Number.isFinite).length >= 2 && drops[n]! > pitch + 1.5);
          const opens = opensParagraph(row, at[n]!, c);
          if (row.cells[at[n]!]!.length === 0) row.sizes[at[n]!] = c.runs[0]!.size;
          row.cells[at[n]!]!.push(joinRuns(c.runs));
          row.fresh[at[n]!]!.push(fresh);
          row.opens[at[n]!]!.push(opens);
          row.ends[at[n]!] = cellEnd(c);
          row.starts[at[n]!] = c.x;
          row.ys[at[n]!] = c.runs[0]!.y;
          row.fonts[at[n]!] = c.runs.at(-1)!.font;
        });
        row.lines.push(lines[j]!);
      } else break;
    }
    // Two rows of cells aligned on two or more columns make a table; one such line is a tab-stop line, kept
    // whole with the line its cells wrapped onto (a flex row of title and dates, both wrapped).
    if (rows.length < 2 && rows[0]!.lines.length < 2) {
      out.push(placeLine(lines[i]!));
      i++;
      continue;
    }
    markTownsByColumn(rows);
    const labelled = isLabelRow(rows);
    carrySpannedCells(rows, labelled ? 1 : 0);
    out.push(...rows.filter((_, n) => n > 0 || !labelled).flatMap(rowLines));
    i = j;
  }
  return out;
}
