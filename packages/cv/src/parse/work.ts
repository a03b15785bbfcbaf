import type { WorkEntry } from '../types';
import { findDateRange, parseDate } from './dates';
import { COLUMN_HEADING, headerParts, isColumnHeadings, isLabelCell, isCompanyLike, isContentLine, isSchoolLike, isTitleLike } from './roles';
import { HAN } from './normalize';
import { inlineHeading } from './sections';

/** A work entry plus the line range it covers, so skills found in its lines can point back to it. */
export interface LocatedWorkEntry extends WorkEntry {
  firstLine: number;
  lastLine: number;
}

const LOCATION_PART = /^(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?, ?[A-Z]{2,}|北京|上海|深圳|广州|杭州|成都|南京|武汉|西安|苏州|remote|london|new york|san francisco|seattle|berlin|singapore)$/i;

const isLatin = (p: string) => /^[A-Za-z]/.test(p) && !HAN.test(p);

/** Words that start a job title without being one ("Senior", "Backend"): never an English company name alone. */
const TITLE_MODIFIER = /^(?:senior|sr\.?|junior|jr\.?|lead|principal|staff|chief|head|backend|back-end|frontend|front-end|full-?stack|software|data|machine|learning|product|project|mobile|web|cloud|platform|site|reliability|test|ux|ui|graphic|marketing|sales|research|associate|assistant|general|technical|business|systems?|security|network|hardware|embedded|devops|ml|ai|game|it)$/i;

/**
 * A mixed Chinese–English header ("字节跳动 | ByteDance Senior Engineer | 高级工程师") runs the English company
 * name and the English title together after the Chinese company name: split that part where the title begins.
 */
function splitBilingual(parts: string[]): string[] {
  if (!parts.some((p) => HAN.test(p)) || !parts.some(isLatin)) return parts;
  return parts.flatMap((p, i) => {
    const before = parts[i - 1];
    if (!isLatin(p) || !isTitleLike(p) || !before || !HAN.test(before) || isTitleLike(before)) return [p];
    const words = p.split(' ');
    for (let k = 1; k < words.length; k++) {
      const head = words.slice(0, k);
      const tail = words.slice(k).join(' ');
      if (!head.every((w) => TITLE_MODIFIER.test(w)) && !isTitleLike(head.join(' ')) && isTitleLike(tail)) return [head.join(' '), tail];
    }
    return [p];
  });
}

/** The part next to `part` in the other language, of the same kind ("字节跳动" + "ByteDance"), if any. */
function translation(parts: string[], part: string, sameKind: (p: string) => boolean): string | null {
  const i = parts.indexOf(part);
  for (const j of [i + 1, i - 1]) {
    const other = parts[j];
    if (other && HAN.test(other) !== HAN.test(part) && sameKind(other) && !LOCATION_PART.test(other)) return other;
  }
  return null;
}

/** Picks the company and title among an entry's header parts; a name given in both languages keeps both. */
function assign(rawParts: string[]): { company: string; title: string } {
  const parts = splitBilingual(rawParts);
  let title = parts.find((p) => isTitleLike(p) && !isCompanyLike(p)) ?? parts.find((p) => isTitleLike(p)) ?? '';
  let company = parts.find((p) => p !== title && isCompanyLike(p)) ?? '';
  // The title's twin in the other language ("Data Scientist" + "数据科学家") is kept for it before a company is
  // taken from what is left: it is no company name, even when the real one has no company word.
  const twin = title ? translation(parts, title, (p) => p !== company && isTitleLike(p)) : null;
  const rest = parts.filter((p) => p !== title && p !== company && p !== twin && !LOCATION_PART.test(p) && p.length <= 60);
  if (!company && rest.length > 0) company = rest.shift()!;
  if (!title && rest.length > 0) title = rest.shift()!;
  const titleOther = twin ?? (title ? translation(parts, title, (p) => p !== company && isTitleLike(p)) : null);
  const companyOther = company ? translation(parts, company, (p) => p !== title && p !== titleOther && !isTitleLike(p)) : null;
  const join = (a: string, b: string | null) => (b === null ? a : parts.indexOf(a) < parts.indexOf(b) ? `${a} ${b}` : `${b} ${a}`);
  return { company: join(company, companyOther), title: join(title, titleOther) };
}

/**
 * "Cartographer at Fathom Atlas": the part before "at" is the title, the part after it the company. The keyword
 * lists win when they know a part; this only settles a header of two unknown words, read in writing order.
 */
function readAt(picked: { company: string; title: string }, header: string): { company: string; title: string } {
  const at = /^(.*?\S)\s+(?:at|@)\s+(\S.*)$/i.exec(header);
  if (!at) return picked;
  const before = headerParts(at[1]!).at(-1);
  const after = headerParts(at[2]!)[0];
  if (picked.company === before && picked.title === after && !isCompanyLike(before) && !isTitleLike(after)) return { company: after, title: before };
  return picked;
}

/** A line that is a date range and nothing else. */
function isDateOnly(line: string): boolean {
  const range = findDateRange(line);
  return range !== null && headerParts(line.replace(range.text, ' ')).length === 0;
}

const PRESENT_ONLY = /^(?:present|current|now|至今|今|现在|目前)$/i;
const isDateCell = (cell: string) => /\d{4}/.test(cell) && parseDate(cell.trim()) !== null;

/**
 * A line as the work parser reads it, with table rows (cells apart by a wide gap) made plain: label cells are
 * dropped (one label–value table per job: "公司   鹭岛…", "Title   Controls Engineer", "公司名称   X   任职时间   …"), start and end
 * dates in cells of their own are one range ("2018.07   2021.02"), and a last cell that is a description
 * ("… 运维工程师   负责……。") is set apart, so the row is still read as an entry's header.
 */
function rowView(line: string): { text: string; description: string | null } {
  let cells = line.split(/\s{3,}/);
  if (cells.length < 2) return { text: line, description: null };
  // Labels go wherever they sit ("公司名称   X   任职时间   2021.03 - 至今"), unless the line is all labels.
  if (!cells.every(isLabelCell)) cells = cells.filter((cell) => !isLabelCell(cell));
  if (cells.length === 0) return { text: line, description: null };
  const joined: string[] = [];
  for (const cell of cells) {
    const previous = joined.at(-1);
    if (previous !== undefined && isDateCell(previous) && (isDateCell(cell) || PRESENT_ONLY.test(cell.trim()))) joined[joined.length - 1] = `${previous} - ${cell}`;
    else joined.push(cell);
  }
  cells = joined;
  if (cells.length >= 3) {
    const head = cells.slice(0, -1).join('   ');
    const last = cells.at(-1)!;
    if (isContentLine(last) && !isContentLine(head) && findDateRange(head)) return { text: head, description: last };
  }
  return { text: cells.join('   '), description: null };
}

/**
 * A skills list under its label on one line ("Tech stack: Go, Kafka, Terraform", "Tools & Technologies: dbt",
 * "技术栈：Go、Rust"): the last line of the job above, never a header of the job below ("Tech stack: Go" read as
 * its company).
 */
function isLabelledSkillsList(line: string): boolean {
  return inlineHeading(line)?.kind === 'skills';
}

/**
 * Reads work entries from the lines of experience sections. An entry is anchored on a line with a date range;
 * its header is that line (less the dates), up to two short non-bullet lines above it, and one below it
 * when the header is still missing a part. The lines after it, up to the next entry, are its highlights.
 */
export function extractWork(rawLines: string[], ranges: { start: number; end: number }[]): LocatedWorkEntry[] {
  const entries: LocatedWorkEntry[] = [];
  const views = rawLines.map(rowView);
  const lines = views.map((v) => v.text);
  for (const { start, end } of ranges) {
    const anchors: number[] = [];
    for (let i = start; i < end; i++) if (findDateRange(lines[i] ?? '') && !isContentLine(lines[i] ?? '')) anchors.push(i);
    let floor = start;
    // Dates first ("Jul 2019 – Mar 2021" above the company and the title): when the section opens with a date
    // line that has no header on it, every entry of the section is read downwards from its dates. (Not when
    // anything precedes it: "Designer — Acme Inc." ends in a full stop yet is the header above its dates.)
    const opening = start < end && isColumnHeadings(lines[start]!) ? start + 1 : start;
    const dateFirst = anchors[0] === opening && isDateOnly(lines[opening]!);
    anchors.forEach((anchor, k) => {
      const range = findDateRange(lines[anchor]!)!;
      const line = lines[anchor]!;
      const own = headerParts(line.slice(0, range.index) + '   ' + line.slice(range.index + range.text.length));
      const above: string[] = [];
      let first = anchor;
      for (let i = anchor - 1; !dateFirst && i >= floor && above.length < 2; i--) {
        const l = lines[i]!;
        // A heading on a line of its own (a nested table's header cells, one a line) is not a header part either.
        if (isContentLine(l) || l.length > 70 || isColumnHeadings(l) || COLUMN_HEADING.test(l.trim()) || isLabelledSkillsList(l)) break;
        above.unshift(l);
        first = i;
      }
      let parts = [...above.flatMap(headerParts), ...own];
      const next = anchors[k + 1] ?? end;
      let bodyStart = anchor + 1;
      // One header line below the dates when a part is still missing; two when the section writes dates first.
      for (let i = anchor + 1; i < Math.min(next, anchor + (dateFirst ? 3 : 2)); i++) {
        const below = lines[i]!;
        const sofar = assign(parts);
        // A title taken for want of a better part ("ByteDance") gives way to a real one on the next line.
        const missing = !sofar.company || !sofar.title || parts.length < 2 || (!isTitleLike(sofar.title) && isTitleLike(below) && !isCompanyLike(below));
        if (!missing || isContentLine(below) || below.length > 70) break;
        parts = [...parts, ...headerParts(below)];
        bodyStart = i + 1;
      }
      const picked = readAt(assign(parts), [...above, line.replace(range.text, '   ')].join('   '));
      // Lines above the next anchor that are its header belong to it, not to this entry's highlights.
      let bodyEnd = next;
      if (k + 1 < anchors.length && !dateFirst) {
        let back = 0;
        while (back < 2 && bodyEnd - 1 >= bodyStart && !isContentLine(lines[bodyEnd - 1]!) && lines[bodyEnd - 1]!.length <= 70) {
          bodyEnd--;
          back++;
        }
      }
      if (isSchoolLike(picked.company) && !picked.title) return;
      entries.push({
        company: picked.company,
        title: picked.title,
        start: range.start,
        end: range.end,
        current: range.current,
        highlights: [...(views[anchor]!.description ? [views[anchor]!.description!] : []), ...lines.slice(bodyStart, bodyEnd)].map((l) => l.replace(/^[•·▪●◦■*\-–—‣>\p{Co}]\s*/u, '').trim()).filter(Boolean).map((l) => l.slice(0, 300)),
        // The header lines read, above and below the dates: what a reader checks the company and title against.
        evidence: rawLines.slice(first, bodyStart).join(' / ').slice(0, 160),
        firstLine: first,
        lastLine: Math.max(anchor, bodyEnd - 1),
      });
      floor = bodyEnd;
    });
  }
  return entries;
}
