/**
 * Boxes side by side under one row of headings: "Skills" and "Certifications" (or "Skills", "Languages",
 * "Interests") set next to each other near the foot of a page, each with its list beneath it, as builders'
 * templates and spreadsheets lay out their short sections. No gutter runs down the page (the boxes are a few
 * lines tall, under full-width sections), so the page reads as one column and each line joins an item of every box
 * ("Informed consent   Good Clinical Practice (GCP)   CCRC (ACRP), 2020"): the skills under "Skills   Certifications"
 * are read as neither. This finds such a row and reads the boxes one after the other, each under its heading.
 */
import { HAN } from '../parse/normalize';
import { headingKind } from '../parse/sections';
import { groupLines, joinRuns, type Line, least, most, type TextRun } from './lines';

/** The page cut at a row of headings: the runs above it, each box (its heading and runs), the runs below. */
export interface HeadingRowBoxes {
  above: TextRun[];
  boxes: { heading: string; runs: TextRun[] }[];
  below: TextRun[];
}

/** More headings than this on one line is a table's header row or a menu, not boxes. */
const MAX_BOXES = 4;
/** A CV page has well under a hundred lines; past this the page is not searched. */
const MAX_LINES = 2_000;

/** A line's runs grouped into cells: runs apart by more than an em (a tab stop's or a box's gap) start a new cell. */
function cellsOfLine(line: Line): TextRun[][] {
  const sorted = [...line.runs].sort((a, b) => a.x - b.x);
  const cells: TextRun[][] = [];
  let end = -Infinity;
  for (const run of sorted) {
    if (cells.length === 0 || run.x - end > Math.min(run.size, 40) * 1.5) cells.push([run]);
    else cells.at(-1)!.push(run);
    end = Math.max(end, run.x + run.width);
  }
  return cells;
}

/**
 * A row of two to four section headings on one line, each a cell of its own ("Skills", "Certifications"): the
 * x where each cell starts. Null for any other line.
 */
function headingRow(line: Line): number[] | null {
  const cells = cellsOfLine(line);
  if (cells.length < 2 || cells.length > MAX_BOXES) return null;
  const texts = cells.map((c) => joinRuns(c).trim());
  if (!texts.every((t) => t.length <= 40 && !/\d/.test(t) && headingKind(t) !== null)) return null;
  // (Nor a skills table's column heads, "Languages   Frameworks   Tools": programming languages beside kinds of skills.)
  if (texts.some((t) => /^languages?$/i.test(t.trim())) && texts.some((t) => /^(?:frameworks?|tools|libraries|databases|platforms|technologies|cloud)$/i.test(t.trim()))) return null;
  // (Not a form's label in two languages, "语言   Languages Spoken", cells of one table row.)
  if (texts.some((t) => HAN.test(t)) && texts.some((t) => /[a-z]/i.test(t))) return null;
  return cells.map((c) => least(c, (r) => r.x));
}

/**
 * The boxes under the first row of headings whose lines below stay each inside one box (no run across the line
 * where the next box's heading starts), for at least two lines; null when the page has none.
 */
export function findHeadingRowBoxes(runs: TextRun[]): HeadingRowBoxes | null {
  const lines = groupLines(runs.filter((r) => r.text.trim().length > 0));
  if (lines.length < 3 || lines.length > MAX_LINES) return null;
  for (let i = 0; i < lines.length - 2; i++) {
    const starts = headingRow(lines[i]!);
    if (starts === null) continue;
    const size = most(lines[i]!.runs, (r) => r.size);
    // A box's own text may start a little left of its heading (a bullet, a centred heading over a list).
    const edges = starts.slice(1).map((x) => x - Math.min(size, 40) * 0.5);
    const boxOf = (r: TextRun) => edges.filter((e) => r.x >= e).length;
    const fits = (line: Line) => line.runs.every((r) => {
      const box = boxOf(r);
      return box === edges.length || r.x + r.width <= edges[box]! + 1;
    });
    // The boxes end at a line across them, at another row of headings, or at a heading in the first box: that is the
    // next section of the page's own flow ("ASSIGNMENTS & EMPLOYMENT" under "EXPERTISE", a sidebar still running
    // beside it), read as the page goes on. A heading in a later box is that box's next list ("Languages" under
    // "Certifications").
    const opensSection = (line: Line) => {
      const first = line.runs.filter((r) => boxOf(r) === 0);
      return first.length > 0 && headingKind(joinRuns(first).trim()) !== null;
    };
    let end = i + 1;
    while (end < lines.length && fits(lines[end]!) && headingRow(lines[end]!) === null && !opensSection(lines[end]!)) end++;
    const body = lines.slice(i + 1, end);
    // Boxes: at least two lines of them, and text beside the first box (else the row is one heading and a stray word).
    if (body.length < 2 || !body.some((l) => l.runs.some((r) => boxOf(r) > 0))) continue;
    // A later box that runs on beside the next section's first lines ("English (native)" level with "ASSIGNMENTS &
    // EMPLOYMENT") keeps its lines, as long as each line keeps within the boxes.
    let beside = end;
    while (beside < lines.length && fits(lines[beside]!) && lines[beside]!.runs.some((r) => boxOf(r) > 0)) beside++;
    const headings = cellsOfLine(lines[i]!).map((c) => joinRuns(c).trim());
    const bodyRuns = body.flatMap((l) => l.runs);
    const besideRuns = lines.slice(end, beside).flatMap((l) => l.runs);
    return {
      above: lines.slice(0, i).flatMap((l) => l.runs),
      boxes: headings.map((heading, k) => ({ heading, runs: [...bodyRuns, ...(k > 0 ? besideRuns : [])].filter((r) => boxOf(r) === k) })),
      below: [...besideRuns.filter((r) => boxOf(r) === 0), ...lines.slice(beside).flatMap((l) => l.runs)],
    };
  }
  return null;
}
