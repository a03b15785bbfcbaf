/**
 * Section labels a form centres in their cells. A Chinese registration form's label cell ("工作经历", "教育经历")
 * spans the rows of its section and is set in their vertical middle: a PDF reads it between two of those rows, so
 * the rows above it fall in the section before ("2010.07-2013.04   成都蓉欧快运有限公司   调度员" read as education).
 */
import { findDateRange } from './dates';
import { headerParts, isCompanyLike, isSchoolLike } from './roles';
import { headingKind } from './sections';

/** A table's dated row: a date range and at least one more cell. */
const isDatedRow = (line: string) => /\S\s{3,}\S/.test(line) && findDateRange(line) !== null;

/** A few Han characters alone on a line: the end of a cell's text a PDF wrapped ("公司", "焊工"). */
const isWrapped = (line: string) => /^[\u4e00-\u9fff（）()]{1,6}$/.test(line.trim()) && headingKind(line) === null;

/** Whose entry a dated row is: a job's (an employer and no school) or a course's (a school and no employer). */
function rowKind(line: string): 'experience' | 'education' | null {
  const parts = headerParts(line);
  const company = parts.some((p) => isCompanyLike(p) && !isSchoolLike(p));
  const school = parts.some((p) => isSchoolLike(p));
  return company && !school ? 'experience' : school && !company ? 'education' : null;
}

/**
 * The lines with each work or education label moved up above the dated rows right above it that are its own: rows
 * of its kind (an employer's under 工作经历, a school's under 教育经历) under a section of the other kind or under the
 * form's personal details, when dated rows follow the label too (its section is a table). Any other line stays where it is.
 */
export function liftCentredLabels(lines: string[]): string[] {
  const out = historyLabels(lines);
  for (let h = 1; h < out.length; h++) {
    const kind = headingKind(out[h]!);
    if ((kind !== 'experience' && kind !== 'education') || !isDatedRow(out[h + 1] ?? '')) continue;
    // The section the rows above are read in: the nearest heading above them.
    // (A cell's text the PDF wrapped onto lines of its own, "公司" under "…有限", goes with its row.)
    let above = h - 1;
    let rows = 0;
    while (above >= 0 && ((isDatedRow(out[above]!) && rowKind(out[above]!) === kind) || isWrapped(out[above]!))) {
      if (isDatedRow(out[above]!)) rows++;
      above--;
    }
    if (rows === 0 || above < 0 || isWrapped(out[above + 1]!)) continue;
    const before = out.slice(0, above + 1).map((l) => headingKind(l)).findLast((k) => k !== null);
    const other = kind === 'experience' ? 'education' : 'experience';
    // (Or in a form's personal details, over the first section: "任职机构   南山基金管理有限公司" above the label's rows —
    // rows that open with their dates; "Current position   Acme Ltd   …   2019 - Present" is a header's field.)
    const rowsOpenWithDates = out.slice(above + 1, h).every((l) => !isDatedRow(l) || findDateRange(l)!.index === 0);
    if (before !== other && !((before === 'contact' || before === undefined) && rowsOpenWithDates)) continue;
    const label = out[h]!;
    out.splice(h, 1);
    out.splice(above + 1, 0, label);
  }
  return out;
}

/** A form's life-history label: 个人简历, 简历, 学习工作简历, 履历, with a note on how to fill it in ("(从高中起填写)"). */
const HISTORY_LABEL = /^(?:个人|学习(?:和|及|与)?工作|工作)?(?:简历|履历)(?:\s*[(（][^()（）]{1,20}[)）])?$/;
/** A fragment of such a note that the label's cell wrapped onto lines of its own ("(从高中", "起填写)"). */
const NOTE_FRAGMENT = /^[(（][\u4e00-\u9fff]{1,10}$|^[\u4e00-\u9fff]{1,10}[)）]$/;

/**
 * A Chinese civil-service or public-institution form's 个人简历 row ("从高中起填写": school years and jobs, one dated
 * row each) as its work history: the label is read as 工作经历 where dated rows follow it (a CV's title "个人简历" over
 * its name is left alone), and the fragments of its note that the PDF read between the rows are dropped. (Courses
 * among the rows are passed over by the work parser, as in any 履历.)
 */
function historyLabels(lines: string[]): string[] {
  const out = [...lines];
  for (let h = 0; h < out.length; h++) {
    if (!HISTORY_LABEL.test(out[h]!.trim()) || !isDatedRow(out[h + 1] ?? '')) continue;
    out[h] = '工作经历';
    for (let k = h + 1; k < out.length && (isDatedRow(out[k]!) || NOTE_FRAGMENT.test(out[k]!.trim())); k++) if (NOTE_FRAGMENT.test(out[k]!.trim())) out[k] = '';
  }
  return out.filter((line, k) => line !== '' || lines[k] === '');
}
