/**
 * Cells that span rows. A work table often gives each employer one cell down the rows of all its roles (HTML's
 * `rowspan`, a merged cell), its text set in the middle of them: "上海博衍生物科技有限公司" beside the rows "2022/3 ~ 至今   高级HRBP"
 * and "2019/9 ~ 2022/2   HRBP", on a baseline of neither. Read as it stands, the employer falls between the two roles'
 * highlights and neither role has it. Here such a cell is set again on the first line of each role it spans, so that
 * the table's rows (pdf-tables.ts) read "上海博衍生物科技有限公司   2022/3 ~ 至今   高级HRBP", as a form with one employer a row does.
 */
import { findDateRange } from '../parse/dates';
import { normalizeLine } from '../parse/normalize';
import { headingKind } from '../parse/sections';
import { headsRowsBeside, SAME_BASELINE, type ColumnSplit } from './columns';
import { glueText, groupLines, joinLine, type Line, least, most, type TextRun } from './lines';

/** A spanning cell's text lies this close (in its font sizes) to the rows it spans, or it is some other text. */
const MAX_REACH = 2.5;

interface Block {
  lines: Line[];
  top: number;
  bottom: number;
  middle: number;
  size: number;
}

interface Role {
  /** Baseline of the role's dated row. */
  y: number;
  /** Its extent down to the line before the next role or section. */
  top: number;
  bottom: number;
  /** Which run of roles without a cell of their own it is in. */
  run: number;
}

/** Consecutive lines of one cell: each set within 1.6 line heights under the one above, across the same x. */
function blocksOf(lines: Line[]): Block[] {
  const blocks: Line[][] = [];
  lines.forEach((line, i) => {
    const above = lines[i - 1];
    const size = most(line.runs, (r) => r.size);
    // (Left-aligned, or centred in its cell: "上海博衍生物科技有限公" over "司".)
    const overlaps = above !== undefined && least(line.runs, (r) => r.x) < most(above.runs, (r) => r.x + r.width) && most(line.runs, (r) => r.x + r.width) > least(above.runs, (r) => r.x);
    const under = above !== undefined && above.y - line.y <= size * 1.6 && overlaps;
    if (under) blocks.at(-1)!.push(line);
    else blocks.push([line]);
  });
  return blocks.map((ls) => {
    const size = most(ls[0]!.runs, (r) => r.size);
    const top = ls[0]!.y + size * 0.7;
    const bottom = ls.at(-1)!.y;
    return { lines: ls, top, bottom, middle: (top + bottom) / 2, size };
  });
}

const onBaseline = (y: number, lines: Line[]) => lines.some((l) => Math.abs(l.y - y) <= SAME_BASELINE);

/**
 * The region's runs with every spanning cell beside a table's rows set again on the first line of each role it spans
 * (see the module's comment); null when the split is no such table or holds no such cell. The cells are on the side
 * that holds the section bars (`headsRowsBeside`); each role (a dated row with no cell of that side on its baseline)
 * takes the cell of its section nearest to it, which is where a cell centred down its rows stands.
 */
export function withSpanningCellsSet(split: ColumnSplit): TextRun[] | null {
  const left = groupLines(split.left);
  const right = groupLines(split.right);
  const [cells, rows] = headsRowsBeside(left, right) ? [left, right] : headsRowsBeside(right, left) ? [right, left] : [null, null];
  if (cells === null || rows === null) return null;
  // Sections: between the headings of the cells' side.
  const headings = cells.filter((l) => headingKind(joinLine(l)) !== null).map((l) => l.y);
  const sectionOf = (y: number) => headings.filter((h) => h > y).length;
  // (Not an item's letter or number, "a.", "(2)": a list of projects beside the table's last row.)
  const spanning = blocksOf(cells.filter((l) => headingKind(joinLine(l)) === null)).filter((b) => !b.lines.some((l) => onBaseline(l.y, rows)) && !/^\(?[\p{L}\d]{1,2}[.)]$/u.test(joinLine(b.lines[0]!).trim()));
  if (spanning.length === 0) return null;
  // Roles: the rows' dated lines with no cell of their own beside them, each down to the next dated line or section.
  const starts = rows.filter((l) => findDateRange(normalizeLine(joinLine(l))) !== null);
  // A run: roles one under another with no cell of their own between them, which one cell centred down them all can
  // serve however tall they are (three roles with duties put the first role's row far above the cell's middle).
  const roles: Role[] = [];
  let run = 0;
  for (const [i, start] of starts.entries()) {
    if (onBaseline(start.y, cells) || (roles.length > 0 && sectionOf(start.y) !== sectionOf(roles.at(-1)!.y))) run++;
    if (onBaseline(start.y, cells)) continue;
    const next = starts[i + 1]?.y ?? -Infinity;
    const below = rows.filter((l) => l.y < start.y && l.y > next && sectionOf(l.y) === sectionOf(start.y));
    const size = most(start.runs, (r) => r.size);
    roles.push({ y: start.y, top: start.y + size * 0.7, bottom: below.at(-1)?.y ?? start.y, run });
  }
  const reach = (block: Block, role: Role) => (block.middle > role.top ? block.middle - role.top : block.middle < role.bottom ? role.bottom - block.middle : 0);
  const inRun = (block: Block, role: Role) => {
    const own = roles.filter((r) => r.run === role.run);
    return block.middle <= own[0]!.top && block.middle >= own.at(-1)!.bottom;
  };
  const taken = new Map<Block, Role[]>();
  for (const role of roles) {
    const near = spanning.filter((b) => sectionOf(b.middle) === sectionOf(role.y) && (reach(b, role) <= b.size * MAX_REACH || inRun(b, role)));
    if (near.length === 0) continue;
    const block = near.reduce((best, b) => (reach(b, role) < reach(best, role) ? b : best));
    taken.set(block, [...(taken.get(block) ?? []), role]);
  }
  if (taken.size === 0) return null;
  const moved = new Set([...taken.keys()].flatMap((b) => b.lines.flatMap((l) => l.runs)));
  const set: TextRun[] = [...taken].flatMap(([block, roles]) => {
    const text = block.lines.map(joinLine).reduce((a, b) => glueText(a, b));
    const first = block.lines[0]!.runs[0]!;
    const x = least(block.lines.flatMap((l) => l.runs), (r) => r.x);
    const width = most(block.lines.flatMap((l) => l.runs), (r) => r.x + r.width) - x;
    return roles.map((role) => ({ ...first, text, x, y: role.y, width }));
  });
  return [...split.header, ...split.left.filter((r) => !moved.has(r)), ...split.right.filter((r) => !moved.has(r)), ...set, ...split.footer];
}
