import { findDateRange, isOpenEnd, parseDate } from './dates';
import { COMPANY_END, endsInLegalForm, headingField, isColumnHeadings, isCompanyLike, isTwoFieldHeading, isContentLine, isLabelCell, isTitleLike, labelField, type LabelField, workColumnFields } from './roles';

/** A value cell of a label–value row and the field its label names ("Occupation or position held   X"). */
export interface LabelledValue {
  field: LabelField;
  value: string;
}

/** A line as the work parser reads it (see `rowViews`). */
export interface RowView {
  /** The line with its label cells dropped and a description cell set apart. */
  text: string;
  /** A last cell that is the row's description ("… 运维工程师   负责……。"). */
  description: string | null;
  /** The label–value pairs read on the line, in order; empty for a line with no label cell. */
  pairs: LabelledValue[];
  /** A further paragraph of the value of a label on a line above (see `rowViews`). */
  continued?: boolean;
}

const isDateCell = (cell: string) => /\d{4}/.test(cell) && parseDate(cell.trim()) !== null;
/** A month and a two-digit year, as a form's "Date appointed (mm/yy)" asks: "06/21". */
const isShortDateCell = (cell: string) => /^\s*(?:0[1-9]|1[0-2])\/\d{2}\s*$/.test(cell);
const HAN_END = /[\u4e00-\u9fff]$/;
const HAN_START = /^[\u4e00-\u9fff]/;

/** Words of an employer's label cell that no employer's name holds ("僱主名稱 Name of employer"). */
const EMPLOYER_LABEL_WORDS = /\bname of\b|\bemployer\b|名称|名稱|雇主|僱主/i;

/**
 * A cell that reads as an employer's name: no label, date, title or label words ("僱主名稱 Name of employer"), and a
 * company's words, or two or more capitalised words that are no form's side label for a job ("Current or most
 * recent employment", "Previous employment", "Job 1", "Current Post").
 */
function namesAnEmployer(cell: string): boolean {
  if (cell.length > 80 || isLabelCell(cell) || isDateCell(cell) || findDateRange(cell) !== null || isTitleLike(cell) || EMPLOYER_LABEL_WORDS.test(cell)) return false;
  if (isCompanyLike(cell) || endsInLegalForm(cell)) return true;
  const words = cell.trim().split(/\s+/);
  return words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w)) && !/[\d,]/.test(cell) && !/\b(?:current|previous|present|recent|most|last|main|job|post|employment|position|role|employer)\b/i.test(cell);
}

/** Labels of a form's fields that no entry has: staff supervised, salary, reason for leaving, the employer's phone. */
const ASIDE_LABEL = /^(?:(?:number of )?staff supervised|age groups?|age range|class sizes?|ages? taught|levels? taught|(?:no\.? of )?(?:staff|people|employees|persons) supervised|(?:starting |final |last |current |annual |gross |monthly )?(?:salary|wage|pay)|reasons? for leaving|(?:employer(?:['’]s)? )?(?:telephone|phone|tel\.?|fax|e-?mail)(?: (?:no\.?|number))?|hours(?: per week)?|(?:离职|离开)原因|薪资|月薪|年薪|证明人电话|单位电话)$/i;

/** Table cells of a line: apart by a wide gap (three spaces), as DOCX rows and PDF tables are written. */
const cellsOf = (line: string) => line.split(/\s{3,}/);

/**
 * A cell's known label written before a colon ("Dates: 03/2020 - Present", "Employer: Gullwing Tankers", "公司：…",
 * which NFKC makes "公司:"), as two cells: the same label–value row as a table's, in plain text or a Word paragraph.
 */
function labelCells(cell: string): string[] {
  const m = /^([^:]{1,45}?)\s*:\s*(.*)$/.exec(cell);
  if (!m || !labelField(m[1]!)) return [cell];
  // "所属行业:   计算机软件": the colon ends the label cell, the value is the next cell.
  return m[2] ? [m[1]!, m[2]] : [m[1]!];
}

/**
 * Whether the text beside a wrapped label's second half goes on with the first half's sentence (a wrap: "…into
 * the" over "inner basin.") rather than being a paragraph of its own (an employer's address under its name,
 * a second duty): it opens in lower case, or the first half stops mid-phrase — in Chinese, without a sentence's
 * or a company name's end.
 */
function readsOnFrom(before: string, after: string): boolean {
  if (/^[a-z]/.test(after) || /[,，、\-–&/]$|\b(?:and|or|of|to|the|a|in|for)$/i.test(before)) return true;
  return HAN_END.test(before) && HAN_START.test(after) && !/[。；;]$/.test(before) && !COMPANY_END.test(before);
}

/**
 * A label cell that a narrow label column wrapped onto the next line, its value beside both halves ("Main
 * activities and   Rebuilt the weekly…" over "responsibilities   stock-outs fell by a third.", a LibreOffice PDF):
 * the label whole on both lines. The value's halves are one value when the second reads on from the first, and
 * two (the second line `continued`) when it is a paragraph of its own ("Kestrelmouth Port Authority" over its
 * address). A second line left with nothing is left empty, so that line numbers (and the evidence read from the
 * raw lines) stay where they were.
 */
function joinWrappedLabels(lines: string[]): { lines: string[]; continued: Set<number> } {
  const out = [...lines];
  const continued = new Set<number>();
  for (let i = 0; i + 1 < out.length; i++) {
    const [a = '', ...valueA] = cellsOf(out[i]!);
    const [b = '', ...valueB] = cellsOf(out[i + 1]!);
    if (a.trim() === '' || a.length > 40 || b.length > 30 || isLabelCell(a)) continue;
    const label = HAN_END.test(a) && HAN_START.test(b) ? a + b : `${a} ${b}`;
    if (!isLabelCell(label)) continue;
    const [first, second] = [valueA.join('   '), valueB.join('   ')];
    if (first && second && !readsOnFrom(first, second)) {
      out[i] = `${label}   ${first}`;
      out[i + 1] = `${label}   ${second}`;
      continued.add(i + 1);
    } else {
      const joined = HAN_END.test(first) && HAN_START.test(second) ? first + second : [first, second].filter(Boolean).join(' ');
      out[i] = [label, joined].filter(Boolean).join('   ');
      out[i + 1] = '';
    }
    i++;
  }
  return { lines: out, continued };
}

/** A label's other-language twin in the next cell: a Chinese label, then words naming the same field ("单位名称   Employer Name"). */
function labelTwin(label: string, cell: string): boolean {
  const field = labelField(label);
  return field !== null && HAN_START.test(label) && /^[A-Za-z]/.test(cell) && headingField(cell) === field;
}

/** A date written twice, in two scripts ("2018 年 10 月 / OCT 2018"): the date once. */
function oneDate(cell: string): string {
  const m = /^(.+?)\s*\/\s*(.+)$/.exec(cell.trim());
  if (!m) return cell;
  const [a, b] = [parseDate(m[1]!), parseDate(m[2]!)];
  return a !== null && a === b ? m[1]! : cell;
}

/**
 * One line as the work parser reads it, with table rows made plain: label cells are dropped (one label–value table
 * per job: "公司   鹭岛…", "Title   Controls Engineer", "公司名称   X   任职时间   …") and kept as the fields of their
 * values, start and end dates in cells of their own are one range ("2018.07   2021.02"), and a last cell that is a
 * description ("… 运维工程师   负责……。") is set apart, so the row is still read as an entry's header.
 */
function rowView(line: string): RowView {
  // A colon set apart from its label, as typed forms align them ("Position   : Mathematics Tutor"), opens no value.
  let cells = cellsOf(line).flatMap(labelCells).map((cell, k, all) => (k > 0 && isLabelCell(all[k - 1]!) ? cell.replace(/^[:：]\s*/, '') : cell));
  // A bilingual form gives each label in both languages, a cell each ("入职时间   Employment Date From   2018 年 10 月 /
  // OCT 2018"): the second names the label's field in its own words and is no value. A date given twice, once in
  // each script, is one date.
  cells = cells.filter((cell, k) => !(k > 0 && k < cells.length - 1 && labelTwin(cells[k - 1]!, cell))).map(oneDate);
  if (cells.length < 2) return { text: line, description: null, pairs: [] };
  const pairs: LabelledValue[] = [];
  // The value of a duties label beside other labelled fields, as a form's grid sets two pairs a row ("Period   03/2019 -
  // Present   Duties   Ran the night shift …"): the row's description, never part of its header.
  let labelledDuties: string[] = [];
  // Labels go wherever they sit ("公司名称   X   任职时间   2021.03 - 至今"), unless the line is all labels (or a
  // table's headings, one of which names two fields: "Dates   Position and employer").
  if (!cells.every(isLabelCell) && !isColumnHeadings(cells.join('   '))) {
    const duties = new Set<number>();
    // A form's label of a field no entry has ("Staff supervised   14", "Reason for leaving   Relocation"), after a
    // labelled value: it and its value are no part of that value.
    const aside = new Set<number>();
    cells.forEach((cell, k) => {
      const field = labelField(cell);
      if (field) pairs.push({ field, value: '' });
      // (Also with its value in its cell: "Age group: 16-30 · Groups of 6", after "Position: IELTS Instructor".)
      else if (pairs.length > 0 && (aside.has(k - 1) || (pairs.at(-1)!.value !== '' && ((ASIDE_LABEL.test(cell) && labelLike(cell)) || ASIDE_LABEL.test(/^([^:：]{2,30})[:：]\s*\S/u.exec(cell)?.[1]?.trim() ?? ''))))) aside.add(k);
      else if (pairs.length > 0) {
        pairs.at(-1)!.value = [pairs.at(-1)!.value, cell].filter(Boolean).join('   ');
        if (pairs.at(-1)!.field === 'description') duties.add(k);
      }
    });
    // An employer's cell spanning its job's rows, without a label of its own, before the first label ("Kumul
    // Infrastructure Partners   Position   Senior Civil Engineer" over "Period   May 2019 to present"): the employer.
    const first = cells[0]!;
    if (isLabelCell(cells[1] ?? '') && pairs.some((p) => p.field === 'title') && !pairs.some((p) => p.field === 'company') && namesAnEmployer(first)) {
      pairs.unshift({ field: 'company', value: first });
    }
    if (pairs.some((p) => p.field !== 'description' && p.value !== '')) {
      labelledDuties = cells.filter((_, k) => duties.has(k));
      cells = cells.filter((_, k) => !duties.has(k) && !aside.has(k));
    }
    cells = cells.filter((cell) => !isLabelCell(cell));
  }
  const joined: string[] = [];
  for (const cell of cells) {
    const previous = joined.at(-1);
    if (previous !== undefined && isDateCell(previous) && (isDateCell(cell) || isOpenEnd(cell))) joined[joined.length - 1] = `${previous} - ${cell}`;
    else joined.push(cell);
  }
  cells = joined;
  const labelled = pairs.filter((p) => p.value !== '');
  if (labelledDuties.length > 0) return { text: cells.join('   '), description: labelledDuties.join(' '), pairs: labelled };
  // (The description may be several cells: a duties cell of numbered items that a gap split, "1. 参与年报审计。   2. 编制预算…".)
  for (let k = cells.length - 1; k >= 2; k--) {
    const tail = cells.slice(k);
    if (!tail.every((cell) => isContentLine(cell) || proseCell(cell))) break;
    const head = cells.slice(0, k).join('   ');
    if (!isContentLine(head) && findDateRange(head)) return { text: head, description: tail.join(' '), pairs: labelled };
  }
  return { text: cells.join('   '), description: null, pairs: labelled };
}

/**
 * A cell written as prose, as a table's duties column is ("SAP FI support for a US utility client, L2 tickets",
 * "Run procurement for a USD 3.2M budget"): four words or more, most of those of three letters or more in lower case.
 * A name is written capitalised ("Hope for Rwenzori Children (HRC)").
 */
function proseCell(cell: string): boolean {
  const words = cell.trim().split(/\s+/);
  const long = words.filter((w) => /^\p{L}{3,}/u.test(w));
  return words.length >= 4 && /^[A-Za-z]/.test(cell.trim()) && long.filter((w) => /^\p{Ll}/u.test(w)).length * 2 > long.length;
}

/** The value of a row that is only a labelled date ("From   March 2020", "To   Present"), or null. */
function dateRow(view: RowView): string | null {
  const [pair, ...more] = view.pairs;
  if (!pair || more.length > 0 || pair.field !== 'dates') return null;
  const value = pair.value.trim();
  return isDateCell(value) || isShortDateCell(value) || isOpenEnd(value) ? value : null;
}

/** A form's section for the present job: "Section 2 – Present or most recent employment", "Current employer". */
const PRESENT_JOB_HEADING = /^(?:(?:section|part)\s+\w{1,3}\s*[-–—:.]?\s*|\d{1,2}[.)]?\s+)?(?:present|current)(?: (?:or|\/) (?:most recent|last))? (?:employment|employer|post|position|job|appointment)(?: details)?$/i;

/** A form's answer that the job is the current one: "I currently work here   Yes", "Currently employed: ✓". */
// (Also a careers site's e-mail of its form, the field numbered: "Currently working here [1]: Yes".)
const CURRENT_BOX = /^(?:i (?:currently|still) work here|currently working here|current(?:ly employed| job| position| employer)?|still employed)(?:\s*\[\d{1,2}\])?\s*[:：?]?\s+(?:yes|y|✓|✔|☑|x)$/i;

/**
 * Start and end on rows of their own ("From   March 2020" over "To   Present"): one range on the first row, as start
 * and end cells of one row are; the second row is left with nothing to read.
 */
function joinDateRows(views: RowView[], lines: string[]): void {
  // A start alone whose job says it goes on ("I currently work here   Yes", an ATS's box ticked): open to the present.
  for (let i = 0; i < views.length; i++) {
    const from = dateRow(views[i]!);
    if (from === null || !isDateCell(from) || (views[i + 1] && dateRow(views[i + 1]!) !== null)) continue;
    // (Under the start too, after an empty end: "End date [1]:" over "Currently working here [1]: Yes".)
    const near = lines.slice(Math.max(0, i - 3), i + 3);
    if (near.some((l) => CURRENT_BOX.test(l.trim()))) views[i] = { text: `${from} - Present`, description: null, pairs: [{ field: 'dates', value: `${from} - Present` }] };
  }
  // The same under a form's section for the present job ("SECTION 2 – PRESENT OR MOST RECENT EMPLOYMENT"): its one
  // labelled date, the first date under the heading, is its start ("Job title   Senior Systems Analyst   Date appointed
  // (mm/yy)   06/21"), when no end follows in the next rows.
  for (let i = 0; i < views.length; i++) {
    if (!PRESENT_JOB_HEADING.test(lines[i]!.trim())) continue;
    for (let j = i + 1; j < Math.min(views.length, i + 6); j++) {
      const dates = views[j]!.pairs.filter((p) => p.field === 'dates');
      if (dates.length === 0) {
        if (/\b(?:19|20)\d{2}\b|\b\d{2}\/\d{2}\b/.test(lines[j]!)) break;
        continue;
      }
      const start = dates[0]!.value.trim();
      // (An end further down the job's rows, past its duties, "Date left   03/2023": the section's rows up to the next
      // part of the form.)
      const next = views.slice(j + 1, j + 16).findIndex((_, n) => /^(?:(?:section|part)\s+\w{1,3}\b|\d{1,2}\.\s)/i.test(lines[j + 1 + n]!.trim()));
      const later = views.slice(j + 1, next < 0 ? j + 16 : j + 1 + next).some((v) => v.pairs.some((p) => p.field === 'dates'));
      if (dates.length === 1 && (isDateCell(start) || isShortDateCell(start)) && !later) {
        dates[0]!.value = `${start}   Present`;
        views[j] = { ...views[j]!, text: views[j]!.text.replace(start, `${start}   Present`) };
      }
      break;
    }
  }
  for (let i = 0; i + 1 < views.length; i++) {
    // (Past lines left with nothing to read: a value's line when each label stands over its value, see `stackedLabels`.)
    let next = i + 1;
    while (next + 1 < views.length && views[next]!.text === '' && views[next]!.pairs.length === 0) next++;
    const [from, to] = [dateRow(views[i]!), dateRow(views[next]!)];
    if (from === null || to === null || !isDateCell(from)) continue;
    const range = `${from} - ${to}`;
    views[i] = { text: range, description: null, pairs: [{ field: 'dates', value: range }] };
    views[next] = { text: '', description: null, pairs: [], continued: true };
    i = next;
  }
}

/** A line that is a label and nothing else, or null. */
const loneLabel = (view: RowView): LabelField | null => {
  if (view.pairs.length > 0 || view.text.length > 60 || /\s{3,}/.test(view.text)) return null;
  const field = labelField(view.text);
  if (field !== null) return field;
  // A label written with its colon ("Employer's name and address:") over a cell of lines: an employer, title or dates.
  // (Not "Duties:" over duty lines: the next employer's line, unlabelled, would be read as one.)
  const bare = labelField(view.text.replace(/\s*[:：]\s*$/u, ''));
  return bare === 'company' || bare === 'title' || bare === 'dates' ? bare : null;
};

/** A cell written as a form's label: a few words, no digits outside a note in brackets, no sentence. */
const labelLike = (cell: string) => {
  const bare = cell.replace(/\s*[(（][^()（）]*[)）]/gu, '').trim();
  return bare.length > 0 && bare.length <= 40 && bare.split(/\s+/).length <= 6 && !/\d|[.。;；]$/.test(bare);
};

/** A cell that names a field, known or not: a label, a heading's words, or a form's field word ("Employer telephone", "Employment status"). */
const labelish = (cell: string) =>
  isLabelCell(cell) || (headingField(cell) ?? 'other') !== 'other' ||
  /\b(?:telephone|phone|mobile|e-?mail|address|status|dates?|name|number|reference|hours|type|location|country|city|town|reason|salary|supervisor|manager)\b|电话|地址|姓名|原因|类型|编号/i.test(cell);

/**
 * A form's row of labels over one row of their values, a cell each ("Employer name (legal/operating name)   Employer
 * telephone" over "Kestrel Ridge Automation Ltd.   +1 905 631 7720"): the value row read as label–value pairs, the
 * label row left with nothing to read. Only a row of labels some of which name an entry's field, over exactly as many
 * values, none a label, and no second such row under them (a work table's headings sit over several rows of its own).
 */
function labelsOverValues(lines: string[]): string[] {
  const out = [...lines];
  const labelRow = (line: string | undefined) => {
    const cells = cellsOf(line ?? '');
    return cells.length >= 2 && cells.every((l) => labelLike(l) && labelish(l)) && cells.some((l) => labelField(l) !== null);
  };
  // The line a pair was read into last: a form's next pair of rows straight under it is one too.
  let lastPair = -2;
  for (let i = 0; i + 1 < out.length; i++) {
    const labels = cellsOf(out[i]!);
    const values = cellsOf(out[i + 1]!);
    if (labels.length < 2 || values.length !== labels.length || !labelRow(out[i])) continue;
    // (Not a heading that names two fields, as a work table's: "Employer and position   From   To   Salary".)
    if (labels.some(isTwoFieldHeading)) continue;
    // (A work table's heading row over its one row, its next line a cell the row wrapped, is still a table — unless
    // another row of labels follows straight under its values, or the pair follows one: a form's grid of labelled
    // rows, "Name of employer   Town" over their values, then "Position held   Date started …" over theirs.)
    // (Nor is a row of date labels alone, with no employer's or title's column, a work table's headings: a form's
    // "Start date   End date" over "08/2022   Current", under its labelled Employer and Job title rows.)
    const grid = labelRow(out[i + 2]) || lastPair === i - 1 || labels.every((l) => labelField(l) === 'dates');
    if (!grid && (isColumnHeadings(out[i]!) || workColumnFields(out[i]!) !== null)) continue;
    // Values hold no label's words ("Employer name   Northbank Fulfilment Ltd" over "Employer address   Westway Park":
    // two label–value rows), and labels no employer's name.
    const labelWords = (v: string) => isLabelCell(v) || (headingField(v) ?? 'other') !== 'other';
    if (values.some(labelWords) || labels.some((l) => endsInLegalForm(l)) || isColumnHeadings(out[i + 1]!)) continue;
    const after = cellsOf(out[i + 2] ?? '');
    if (after.length === labels.length && !after.every(labelLike)) continue;
    out[i + 1] = labels.flatMap((label, k) => (labelField(label) !== null ? [label, values[k]!] : [])).join('   ');
    out[i] = '';
    lastPair = i + 1;
    i++;
  }
  return out;
}

/** A line that is a known label and nothing else, with or without its colon ("Employer", "Job title:", "起始时间："). */
const bareLabel = (line: string): LabelField | null => {
  const t = line.trim();
  if (t.length === 0 || t.length > 45 || /\s{3,}/.test(t)) return null;
  return labelField(t.replace(/\s*[:：]$/u, ''));
};

/**
 * A form printed with each label on a line over its value, as ATS prints and plain-text forms give a job ("Employer"
 * over "Northwind Traders Ltd", "Job title" over "Senior Accountant", "From" over "March 2019", "To" over
 * "Present"): each label and its value one label–value row on the value's line, the label's line left with nothing to read. Only a run
 * of at least three such pairs, one naming an employer or a title and one the dates, straight one under the other:
 * one label over a paragraph (a duties label over its lines) is read as it was.
 */
function stackedLabels(lines: string[]): string[] {
  const out = [...lines];
  const pairAt = (i: number) => {
    const value = lines[i + 1]?.trim() ?? '';
    return bareLabel(lines[i] ?? '') !== null && value !== '' && value.length <= 80 && bareLabel(value) === null;
  };
  for (let i = 0; i < lines.length; ) {
    let j = i;
    const fields = new Set<LabelField>();
    while (pairAt(j)) {
      fields.add(bareLabel(lines[j]!)!);
      j += 2;
    }
    if ((j - i) / 2 >= 3 && fields.has('dates') && (fields.has('company') || fields.has('title'))) {
      for (let k = i; k < j; k += 2) {
        out[k] = '';
        out[k + 1] = `${lines[k]!.trim().replace(/\s*[:：]$/u, '')}   ${lines[k + 1]!.trim()}`;
      }
    }
    i = j > i ? j : i + 1;
  }
  return out;
}

/**
 * A form that gives each job a column and each field a row ("Employer   Northwind Traders Ltd   Bluewater Logistics",
 * "Position   Senior Accountant   Accounts Assistant", "From   03/2019   07/2015", "To   Present   02/2019"): each job
 * one label–value row, on the run's lines in the columns' order, its dates one range; the run's other lines are left
 * with nothing to read. Only a run of three or more rows, each a known label and as many values (two or more) as
 * the others, the labels naming the dates and an employer or a title, and no more jobs than rows.
 */
function jobsAsColumns(lines: string[]): string[] {
  const out = [...lines];
  const row = (line: string | undefined) => {
    // (A two-character label spread over two cells, as a form aligns its labels: "职   位   财务经理   财务主管".)
    const cells = cellsOf(line ?? '');
    if (cells.length > 3 && /^[\u4e00-\u9fff]$/.test(cells[0]!) && /^[\u4e00-\u9fff]$/.test(cells[1]!)) cells.splice(0, 2, cells[0]! + cells[1]!);
    const [label = '', ...values] = cells;
    const field = labelField(label);
    return field !== null && values.length >= 2 && !values.some(isLabelCell) ? { label, field, values } : null;
  };
  for (let i = 0; i < lines.length; i++) {
    const first = row(lines[i]);
    if (first === null) continue;
    let j = i;
    while (row(lines[j]) !== null && row(lines[j])!.values.length === first.values.length) j++;
    const rows = lines.slice(i, j).map((line) => row(line)!);
    const fields = new Set(rows.map((r) => r.field));
    // (Each column's dates make its range, "From" and "To" rows or one of ranges: a one-job table whose rows hold two
    // values each, "Dates   Jan 2018   Dec 2020", is no such form.)
    const datesOf = (m: number) => rows.filter((r) => r.field === 'dates').map((r) => r.values[m]!).join(' - ');
    const ranged = first.values.every((_, m) => findDateRange(datesOf(m)) !== null);
    if (rows.length < 3 || first.values.length > rows.length || !fields.has('dates') || !(fields.has('company') || fields.has('title')) || !ranged) {
      i = j - 1;
      continue;
    }
    for (let k = i; k < j; k++) out[k] = '';
    first.values.forEach((_, m) => {
      const others = rows.filter((r) => r.field !== 'dates').flatMap((r) => [r.label, r.values[m]!]);
      out[i + m] = [...others, 'Dates', datesOf(m)].join('   ');
    });
    i = j - 1;
  }
  return out;
}

/** A bracketed date format, a form's note on how to fill a date ("(MM/YYYY)", "(dd/mm/yy)", "（年/月）"). */
const DATE_FORMAT_NOTE = /^[(（]\s*(?:dd|mm|yy|yyyy|年|月|日)(?:\s*[/.\-–]?\s*(?:dd|mm|yy|yyyy|年|月|日))*\s*[)）]$/iu;

/**
 * A form prints a date's format under its label, and a PDF reads those notes as a line of their own under the
 * values ("Start date   End date" over "08/2022   Current" over "(MM/YYYY)   (MM/YYYY)"): a line of nothing but such
 * notes says nothing of the job, and left in it reads as the employer and keeps the labels from their values.
 */
function dropDateFormatNotes(lines: string[]): string[] {
  return lines.map((line) => {
    const cells = cellsOf(line);
    return cells.length > 0 && cells.every((c) => DATE_FORMAT_NOTE.test(c)) ? '' : line;
  });
}

/**
 * Every line as the work parser reads it (see `rowView`), after joining label cells a column wrapped. A value cell
 * of several paragraphs (duties as a list, an employer's name over its address) puts its label on a line of its own
 * (DOCX reads such a row cell by cell): inside a run of label–value rows, the lines under that label, up to the next
 * label, are its value, and the label's own line has nothing left to read.
 */
export function rowViews(lines: string[]): RowView[] {
  const joined = joinWrappedLabels(labelsOverValues(stackedLabels(jobsAsColumns(dropDateFormatNotes(lines)))));
  const views = joined.lines.map((line, i) => (joined.continued.has(i) ? { ...rowView(line), continued: true } : rowView(line)));
  joinDateRows(views, joined.lines);
  for (let i = 0; i < views.length; i++) {
    const field = loneLabel(views[i]!);
    if (field === null) continue;
    let j = i + 1;
    // (Up to the next label, or a date range: the next job's dates, set above its labels.)
    while (j < views.length && views[j]!.pairs.length === 0 && views[j]!.text !== '' && loneLabel(views[j]!) === null && (field === 'dates' || findDateRange(views[j]!.text) === null)) j++;
    // (The run's first label may open the section when it names the employer: then the row after its value is a
    // label–value row. Another label there, "Industry certifications", is a heading over a list.)
    if ((views[i - 1]?.pairs.length ?? 0) === 0 && (field !== 'company' || (views[j]?.pairs.length ?? 0) === 0)) continue;
    views[i] = { text: '', description: null, pairs: [] };
    // An employer's name over its address ("Employer's name and address:" beside "Marlow Hotels Group" over "12 Quay
    // Street" over "Bristol BS1 4DB"): the name is the first line, the address the place.
    // (The first value line of an employer, title or dates stands for the label's row, where a job's run of labels may
    // begin; the others go on with it.)
    const opens = field === 'company' || field === 'title' || field === 'dates';
    for (let k = i + 1; k < j; k++) views[k] = { ...views[k]!, pairs: [{ field: field === 'company' && k > i + 1 ? 'location' : field, value: views[k]!.text }], ...(k > i + 1 || !opens ? { continued: true } : {}) };
    i = j - 1;
  }
  return views;
}

/**
 * A line given as a label–value row of a field that is no part of an entry's header: the industry, the place, the
 * department ("所属行业:   计算机软件", "Location   Falmouth", 51job's and Europass's rows beside a job's own).
 */
export function isLabelledAside(view: RowView): boolean {
  return view.pairs.length > 0 && view.pairs.every((p) => p.field === 'sector' || p.field === 'location' || p.field === 'department');
}

/** A line given as a label–value row whose only fields are duties ("Main activities and responsibilities   …"). */
export function isLabelledDescription(view: RowView): boolean {
  return view.pairs.length > 0 && view.pairs.every((p) => p.field === 'description');
}

/**
 * Where the jobs of a run of label–value rows begin, one job a few rows (the 2004 Europass CV: Dates, Occupation or
 * position held, Main activities and responsibilities, Name and address of employer; 时间 | 公司 | 职位): at every
 * line whose first label names the field the section's first labelled line opened with. Templates repeat one
 * order of labels for every job, so that field comes round once a job, wherever the dates sit in it.
 */
export function labelledJobStarts(views: RowView[], start: number, end: number): number[] {
  let opening: LabelField | undefined;
  const starts: number[] = [];
  for (let i = start; i < end; i++) {
    const field = views[i]!.pairs[0]?.field;
    if (field === undefined || views[i]!.continued) continue;
    opening ??= field === 'dates' || field === 'company' || field === 'title' ? field : undefined;
    if (field === opening) starts.push(i);
  }
  return starts;
}
