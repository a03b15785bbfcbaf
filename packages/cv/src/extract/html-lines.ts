/** Turns mammoth's simple HTML into lines: one per paragraph, heading or list item; table rows kept together. */
import { findDateRange, findSingleDate, isOpenEnd, monthOverYear } from '../parse/dates';
import { ideographicGaps, normalizeLine, PHOTO_WORD } from '../parse/normalize';
import { isCompanyLike, isContentLine, isTitleLike, labelField } from '../parse/roles';
import { headingKind } from '../parse/sections';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: ' ' };

/**
 * A character reference as text. Out-of-range (`&#x110000;`), surrogate (`&#xD800;`) and NUL references are not
 * characters XML allows: they become U+FFFD, as a browser shows them, instead of throwing from
 * `String.fromCodePoint` (the callers run on untrusted header XML, outside any try).
 */
function codePoint(digits: string, radix: 16 | 10): string {
  const n = parseInt(digits, radix);
  if (!Number.isSafeInteger(n) || n <= 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(n);
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return codePoint(name.slice(2), 16);
    if (name.startsWith('#')) return ENTITIES[name] ?? codePoint(name.slice(1), 10);
    return ENTITIES[name] ?? all;
  });
}

/**
 * Collapses spaces, but keeps a tab (Word's tab stop before right-aligned dates) and ideographic spaces between
 * fields (`2018.07-2021.06　　公司　　职位`; see ideographicGaps) as a three-space gap.
 */
function tidy(text: string): string {
  return ideographicGaps(text)
    .split(/\t+| {3,}/)
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('   ');
}

/** Marks where a hyperlink starts or ends, until the tags are gone and its neighbours can be seen. */
const LINK_EDGE = '\u0001';

/**
 * The text of each block (p, h1–h6, li) in an HTML fragment without tables. A hyperlink is its own run in Word,
 * often typed straight after another ("jane@example.com" then the profile link): where its text touches the
 * text before or after it, they are kept apart by a gap, not run together into one false address.
 */
function blocks(html: string): string[] {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<a(?:\s[^>]*)?>|<\/a>/gi, LINK_EDGE)
    .split(/<\/?(?:p|h[1-6]|li|ul|ol|div)(?:\s[^>]*)?>/i)
    .flatMap((chunk) => chunk.split('\n'))
    .map((chunk) => chunk.replace(/<[^>]+>/g, '').replace(/(?<=\S)\u0001+(?=\S)/g, '\t').replaceAll(LINK_EDGE, ''))
    .map((chunk) => tidy(decodeEntities(chunk)))
    .filter((line) => line.length > 0);
}

/**
 * A cell's text is one date range and nothing else. (Read as the parser reads lines, normalized: a wave dash or a
 * full-width tilde between the dates, "2019年4月～現在", separates a range as a hyphen does.)
 */
const isRangeOnly = (text: string) => {
  if (text.length > 40) return false;
  const line = normalizeLine(text);
  return findDateRange(line)?.text.trim().length === line.replace(/\s+/g, ' ').trim().length;
};

/** A cell's first paragraph is a date range alone ("2019.07 – 至今"): the row is a dated entry, not layout. */
const isDateCell = (cell: string[]) => cell.length > 0 && isRangeOnly(cell[0]!);

/** A date with its year: four digits, or a form's month and two-digit year ("09/15", "From (mm/yy)"). */
const YEARISH = /\d{4}|^(?:0[1-9]|1[0-2])\/\d{2}$/;

/** A cell's month over its year, two paragraphs of a narrow From cell ("Nov" over "2018"), as one ("Nov 2018"). */
function joinMonthOverYear(cell: string[]): string[] {
  if (!cell.some((p, i) => i > 0 && monthOverYear(cell[i - 1]!, p))) return cell;
  const out: string[] = [];
  for (const p of cell) {
    if (out.length > 0 && monthOverYear(out.at(-1)!, p)) out[out.length - 1] = `${out.at(-1)!.trim()} ${p.trim()}`;
    else out.push(p);
  }
  return out;
}

/**
 * A date cell written one date a line ("Aug 2018 –" over "Apr 2021", "2018.08" over "2021.04", "from" / "to"
 * lines) is one range: read apart, the start looked like an open range and the end like a highlight.
 */
function stackedRange(cell: string[]): string[] {
  if (cell.length < 2 || cell.length > 3 || cell.some((line) => line.length > 24)) return cell;
  // ("From Aug 2022" over "to Present", as Egyptian and Gulf Word tables write them, or "From: 04/2021" over "To:
  // Present": the words go with the lines; so do the dashes and tildes, "2021/04～" over "迄今".)
  const pieces = cell
    .map((line) => line.replace(/^[\s\-\u2013\u2014~\uFF5E\u301C]+|[\s\-\u2013\u2014~\uFF5E\u301C]+$/g, '').replace(/^(?:from|since|to|until|till)(?:\s*:\s*|\s+)(?=\S)/i, ''))
    .filter((p) => p.length > 0 && !/^(?:to|until|till|至|到)$/i.test(p));
  if (pieces.length !== 2) return cell;
  // One date written in two languages, as bilingual forms fill a From or To cell ("2020年10月" over "Oct 2020", "至今"
  // over "Present"): the date, once.
  const dates = pieces.map((p) => {
    const read = normalizeLine(p);
    const single = findSingleDate(read);
    return isOpenEnd(p) ? 'open' : single && single.text.trim().length === read.trim().length ? single.date : null;
  });
  if (dates[0] !== null && dates[0] === dates[1]) return [pieces[0]!];
  if (!YEARISH.test(pieces[0]!)) return cell;
  const joined = `${pieces[0]} - ${pieces[1]}`;
  return isRangeOnly(joined) ? [joined] : cell;
}

/** Two neighbouring cells of one date each that make one range together ("03/2019" | "To date", "2014-07" | "2019-02", "09/15" | "12/19"). */
const hasDatePair = (cells: string[][]) =>
  cells.some((cell, i) => i + 1 < cells.length && cell.length === 1 && cells[i + 1]!.length === 1 && YEARISH.test(cell[0]!) && isRangeOnly(`${cell[0]} - ${cells[i + 1]![0]}`));

/** A cell of a line or two of fields ("Cadence Cost & Project Ltd" over "Ebène"), not of sentences. */
const isFieldCell = (cell: string[]) => cell.length <= 2 && cell.every((p) => p.length <= 50 && !isContentLine(p));

/**
 * A form's row of labels over their values, each cell one label and one value ("Position held" over "Senior
 * Maintenance Planner", "Date started (MM/YYYY)" over "04/2021", "Name of employer" over its name | "Town" over the
 * town): a label is short and has no digit, no value is a label, and some value is a date or an open end, or some
 * label names an entry's employer, title or dates.
 */
const labelsOverValues = (cells: string[][]) =>
  cells.length >= 2 &&
  cells.every((cell) => cell.length === 2 && cell[0]!.length <= 40 && !/\d/.test(cell[0]!) && labelField(cell[1]!) === null) &&
  cells.some((cell) => isOpenEnd(cell[1]!) || findSingleDate(cell[1]!)?.text.trim() === cell[1]!.trim() || ['company', 'title', 'dates'].includes(labelField(cell[0]!) ?? ''));

/** A cell of up to four short lines of fields: an employer over its address. */
const isAddressCell = (cell: string[]) => cell.length <= 4 && cell.every((p) => p.length <= 50 && (!isContentLine(p) || /^[-–—]$/.test(p.trim())));
/** A cell of one date, month, year or open end, as a form's From and To columns hold them ("04/21", "02", "2006", "Present"). */
const isDatePiece = (cell: string[]) => cell.length === 1 && (/^(?:\d{1,2}(?:[./-](?:19|20)?\d{2})?|(?:19|20)\d{2}(?:[./-]\d{1,2})?)$/.test(cell[0]!.trim()) || isOpenEnd(cell[0]!));

/** A field cell's lines as one field ("Dar Al Shifa Hospital, Riyadh", "Senior Quantity Surveyor (Permanent)"). */
const fieldText = (cell: string[]) => cell.reduce((text, p) => (text ? `${text}${/^[(（]/u.test(p) || /[,，]$/u.test(text) ? ' ' : ', '}${p}` : p), '');

const textOf = (cell: string[]) => cell.reduce((n, line) => n + line.length, 0);

/** A label written down its cell: two or more lines of one Chinese character, every line of a few at most. */
const isVerticalLabel = (cell: string[]) => cell.length >= 2 && cell.every((p) => p.length <= 4) && cell.filter((p) => /^[\u4e00-\u9fff]$/u.test(p)).length >= 2;

/** A photo's placeholder in a template: "[ photo ]", "Photo", "照片". */
const PHOTO = new RegExp(`^\\s*(?:[[(（【]\\s*)?${PHOTO_WORD}(?:\\s*[\\])）】])?\\s*$`, 'iu');

/**
 * The cells of a layout row (a sidebar beside the main column) in reading order, as the PDF layout reads two
 * columns (layoutRegion in layout.ts): a sidebar on the left (the cell with less text) that opens with a section
 * heading ("Contact", "专业技能") is read after the main cell, so the name at the top of the main cell is read
 * before the sidebar's city or skills. A sidebar that opens without one (the name, contact lines) stays first.
 */
function layoutOrder(cells: string[][]): string[][] {
  if (cells.length !== 2) return cells;
  const [side, main] = cells as [string[], string[]];
  // A left cell holding only a heading labels the section in the cell beside it (the Word section-column resume,
  // the Chinese form CV's 工作经历 cell): it is read first.
  // So does a label cell of two short lines ("专业技能" over "特长", a form's label wrapped in its cell).
  if (side.length === 1 || (side.length === 2 && textOf(side) <= 12 && headingKind(side[0]!) !== null)) return cells;
  // (A photo's placeholder above the sidebar's first heading, "[ photo ]", is passed over.)
  const first = side.find((p) => !PHOTO.test(p));
  return first !== undefined && textOf(side) < textOf(main) && headingKind(first) !== null ? [main, side] : cells;
}

/**
 * A table row whose cells hold one paragraph each is data ("Company | Title | 2019–2021"), or a heading row whose
 * labels tell the work parser which column is which: one line, cells separated by a wide gap. So is a form's row of
 * three or more cells that hold a line or two of fields each. A row whose cells hold several paragraphs is layout
 * (a sidebar): cell by cell.
 */
/**
 * A row's cells, with a first-column cell of a row above that spans down into it set again before them (`rowspan`,
 * Word's vertical merge): an employer's cell beside each of its roles' rows ("St Aidan's Catholic Primary School" beside
 * "Key Stage 2 Lead" and "Class Teacher"), so that each row reads as a whole entry. Only a cell of a few short
 * paragraphs: a description down several rows, set again, would be read twice.
 */
function rowsOfCells(rows: string[]): string[][][] {
  const spanning: { at: number; cell: string[]; left: number }[] = [];
  return rows.map((row) => {
    const raw = (row.match(/<t[dh][\s\S]*?<\/t[dh]>/gi) ?? []).map((cell) => ({
      cell: stackedRange(joinMonthOverYear(blocks(cell.replace(/^<t[dh][^>]*>|<\/t[dh]>$/gi, '')))),
      span: Math.min(50, Number(/^<t[dh][^>]*\browspan="(\d+)"/i.exec(cell)?.[1] ?? '1')),
    }));
    const cells: string[][] = [];
    const started: { at: number; cell: string[]; left: number }[] = [];
    for (let next = 0; next < raw.length || spanning.some((s) => s.at === cells.length && s.left > 0); ) {
      const above = spanning.find((s) => s.at === cells.length && s.left > 0);
      if (above) {
        cells.push(above.cell);
        continue;
      }
      const { cell, span } = raw[next++]!;
      // (Only the first column's: a photo's cell down the right of a form's first rows is nothing to read again; nor a
      // section's label down its rows, "主要" over "工作" over "经历".)
      const label = headingKind(cell.join('')) !== null || headingKind(cell.join(' ')) !== null;
      if (span > 1 && cells.length === 0 && !label && cell.length <= 3 && cell.join(' ').length <= 120) started.push({ at: 0, cell, left: span - 1 });
      cells.push(cell);
    }
    for (const s of spanning) s.left--;
    spanning.splice(0, spanning.length, ...spanning.filter((s) => s.left > 0), ...started);
    return cells;
  });
}

function tableLines(table: string, layout: { columns: number }, depth = 0): string[] {
  const lines: string[] = [];
  const rows = flattenNestedTables(table, depth).match(/<tr[\s\S]*?<\/tr>/gi) ?? [];
  for (const cells of rowsOfCells(rows)) {
    const texts = cells.map((cell) => cell[0] ?? '').filter(Boolean);
    if (cells.every((cell) => cell.length <= 1) && texts.length === 2 && headingKind(texts[0]!) !== null) {
      // A section's heading cell beside its one-paragraph content (a form's "Skills | Python, SQL"): two lines,
      // the heading first, as a heading cell beside several paragraphs is read (layoutOrder).
      lines.push(...texts);
    } else if (cells.every((cell) => cell.length <= 1)) {
      const line = texts.join('   ');
      if (line) lines.push(line);
    } else if (cells.length <= 6 && cells.some(isDateCell)) {
      // A work row whose description cell holds several paragraphs: the first paragraph of each cell is the
      // entry's header line (dates, company, title), the other paragraphs follow as its highlights.
      lines.push(cells.map((cell) => cell[0] ?? '').filter(Boolean).join('   '));
      for (const cell of cells) lines.push(...cell.slice(1));
    } else if (cells.length <= 8 && labelsOverValues(cells)) {
      // One label–value row ("Position held   Senior Maintenance Planner   Date started (MM/YYYY)   04/2021"), as a
      // form writes labels beside their values, so the work parser reads which value is which.
      lines.push(cells.map((cell) => `${cell[0]}   ${cell[1]}`).join('   '));
    } else if (cells.length <= 8 && hasDatePair(cells)) {
      // A form's work row with its start and end in two cells ("03/2019" | "To date" | employer over town | post |
      // duties): its field cells are the entry's header line, a cell of sentences (the duties) follows it.
      // (A cell of the post over its duties, "Senior Software Engineer" over "Migrated …": the post is a field of the
      // header line, the duties follow it.)
      // (So is an employer's cell of its name over its address and a note, "Bordeaux Harbour Trust Company Limited" over
      // "Havilland Chambers, St Peter Port" over "(promoted within the company)": its name is the header's field.)
      const headed = (cell: string[]) =>
        !isFieldCell(cell) && cell.length >= 2 && isFieldCell([cell[0]!]) && (isTitleLike(cell[0]!) || (cell.length <= 4 && isCompanyLike(cell[0]!) && cell.every((p) => !isContentLine(p))));
      lines.push(cells.map((cell) => (isFieldCell(cell) ? fieldText(cell) : headed(cell) ? cell[0]! : '')).filter(Boolean).join('   '));
      for (const cell of cells) if (!isFieldCell(cell)) lines.push(...(headed(cell) ? cell.slice(1) : cell));
    } else if (cells.length >= 4 && cells.every(isAddressCell) && cells.filter(isDatePiece).length >= 2) {
      // A form's work row whose employer cell holds its address too ("Ministry of Agriculture," over "Kasungu District
      // Agriculture Office," over "Kasungu" | post | "02" | "2006" | "07" | "2011" | reason): one line, a cell a field.
      lines.push(cells.map(fieldText).filter(Boolean).join('   '));
    } else if (cells.length >= 3 && cells.every(isFieldCell)) {
      // A form's row whose cells hold a line or two of fields ("Dar Al Shifa Hospital" over "Riyadh", "From" over
      // "(mm/yyyy)"): data too, each cell's lines one field ("Dar Al Shifa Hospital, Riyadh", "From (mm/yyyy)").
      lines.push(cells.map(fieldText).filter(Boolean).join('   '));
    } else if (cells.length >= 3 && isVerticalLabel(cells[0]!) && cells.slice(1).every((cell) => cell.length <= 1)) {
      // A form's label set down its cell a character a line ("个" "人" "简" "历" "(从" "大学" "填起)") beside a row of
      // one-line cells (the column labels of the table it heads): the label is one line, the row another.
      lines.push(cells[0]!.join(''));
      const row = cells.slice(1).map((cell) => cell[0] ?? '').filter(Boolean).join('   ');
      if (row) lines.push(row);
    } else {
      layout.columns = Math.max(layout.columns, cells.filter((cell) => cell.length > 0).length);
      for (const cell of layoutOrder(cells)) lines.push(...cell);
    }
  }
  return lines;
}

/** The end (just past its `</table>`) of the table whose tag opens at `start`, or the fragment's end when it is never closed. */
function tableEnd(html: string, start: number): number {
  const tag = /<\/?table[\s>]/gi;
  tag.lastIndex = start;
  let depth = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    depth += m[0].startsWith('</') ? -1 : 1;
    if (depth === 0) {
      const close = html.indexOf('>', m.index);
      return close < 0 ? html.length : close + 1;
    }
  }
  return html.length;
}

/** Tables inside tables read as rows down to this depth. */
const MAX_NESTING = 8;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A table inside a cell (a photo box at the top of a Word sidebar, a grid of dates in a form's cell) read as
 * paragraphs of that cell, one a row: the outer table's rows and cells are then matched whole. Read as they were,
 * the outer row ended at the inner one's first `</tr>` and everything after it was lost.
 */
function flattenNestedTables(fragment: string, depth: number): string {
  let out = '';
  let at = 0;
  const opening = /<table[\s>]/gi;
  for (let m = opening.exec(fragment); m; m = opening.exec(fragment)) {
    const open = m.index;
    const end = tableEnd(fragment, open);
    const tagEnd = fragment.indexOf('>', open);
    const inner = tagEnd < 0 || tagEnd >= end ? '' : fragment.slice(tagEnd + 1, end).replace(/<\/table>$/i, '');
    // (Tables nested deeper than any document needs, a hostile file's, are read as their paragraphs.)
    const rows = depth >= MAX_NESTING ? blocks(inner) : tableLines(inner, { columns: 1 }, depth + 1);
    out += fragment.slice(at, open) + rows.map((line) => `<p>${escapeHtml(line)}</p>`).join('');
    at = end;
    opening.lastIndex = end;
  }
  return out + fragment.slice(at);
}

export function htmlToLines(html: string): { lines: string[]; tables: number; columns: number } {
  const lines: string[] = [];
  let tables = 0;
  const layout = { columns: 1 };
  // Title-styled paragraphs (the name, in most templates) come first, wherever they sit.
  const titles: string[] = [];
  let rest = html.replace(/<h1 class="title">([\s\S]*?)<\/h1>/g, (_, inner: string) => {
    titles.push(...blocks(inner));
    return '';
  });
  lines.push(...titles);
  // Tables are cut out outermost-first; a nested table's rows are read as part of its parent cell.
  for (;;) {
    const start = rest.search(/<table[\s>]/i);
    if (start < 0) break;
    const end = tableEnd(rest, start);
    lines.push(...blocks(rest.slice(0, start)));
    lines.push(...tableLines(rest.slice(start, end).replace(/<\/?table[^>]*>/gi, (t, i: number) => (i === 0 ? '' : t)), layout));
    tables++;
    rest = rest.slice(end);
  }
  lines.push(...blocks(rest));
  return { lines, tables, columns: layout.columns };
}
