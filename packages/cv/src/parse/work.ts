import type { WorkEntry } from '../types';
import { type DateRange, findDateRange, findSingleDate, isOpenEnd, MONTH_NAME_EN, parseDate } from './dates';
import { isKnownPlace, PHONE_LABEL } from './phones';
import { degreeLevel } from './education';
import { COUNTRIES, COUNTRY_ALONE, MONTHS_WORD, YEARS_WORD, headerParts, headerSegments, type HeaderPart, isColumnHeading, isColumnHeadings, isCompanyLike, isDepartment, isContentLine, isBulletedEntry, isFieldedHeader, isSchoolLike, isTitleLike, ABBREVIATION_WORDS, endsInLegalForm, ENTRY_NUMBER, isBareTown, latinOrgThenPost, orgThenPost, workColumnFields, type ColumnField, isTownLine, labelField, REPORTING_LINE, withoutAbbreviations, BULLETED } from './roles';
import { isLabelledAside, isLabelledDescription, labelledJobStarts, rowViews, type RowView } from './table-rows';
import { HAN } from './normalize';
import { CAREER_LABEL, headingKind, labelledSkillsList } from './sections';

/** A work entry plus the line range it covers, so skills found in its lines can point back to it. */
export interface LocatedWorkEntry extends WorkEntry {
  firstLine: number;
  lastLine: number;
}

const LOCATION_PART = new RegExp(`^(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?, ?(?:[A-Z]{2,}|(?:[A-Z]\\.){2,3}|${COUNTRIES})|北京|上海|深圳|广州|杭州|成都|南京|武汉|西安|苏州|remote|london|new york|san francisco|seattle|berlin|singapore)$`, 'i');

const isLatin = (p: string) => /^[A-Za-z]/.test(p) && !HAN.test(p);

/** A school's name, by its last word: "宁波技师学院", "Riverside Community College". */
const SCHOOL_NAME = /(?:大学|学院|学校|中学|技校|\b(?:University|College|Institute|School|Academy))$/u;

/** A level of schooling written where a row's title stands (初中, 高中, 中专 …). */
const STUDY_LEVEL = /^(?:小学|初中|高中|中专|职高|技校|大专|本科|硕士|博士|研究生)(?:\s*[(（][^()（）]*[)）])?$/;

/** A code in brackets after a title, read as its employer: an army trade or a grade ("88M", "E-5", "GS-12"). */
const isCodeNote = (text: string): boolean => /^(?:\d{2,3}[A-Z]|[A-Z]{1,2}-\d{1,2})$/.test(text.trim());

/** A row's mark that it is study, not work, closing its post or its line: "儿科学（学习）", "BSc (full-time study)". */
const STUDY_MARK = /[(（]\s*(?:学习|在读|全日制学习|(?:full-time |part-time )?study)\s*[)）]\s*$/iu;

/** A team's or field's letters after a title's dash, taken for an employer: "Senior Operations Manager – CX". */
const isTitleSuffix = (picked: { company: string; title: string }): boolean => /^[A-Z]{2,3}$/.test(picked.company.trim()) && isTitleLike(picked.title);

/** Words that start a job title without being one ("Senior", "Backend"): never an English company name alone. */
const TITLE_MODIFIER = /^(?:senior|sr\.?|junior|jr\.?|lead|principal|staff|chief|head|backend|back-end|frontend|front-end|full-?stack|software|data|machine|learning|product|project|mobile|web|cloud|platform|site|reliability|test|ux|ui|graphic|marketing|sales|research|associate|assistant|general|technical|business|systems?|security|network|hardware|embedded|devops|ml|ai|game|it|financial|finance|accounting|accounts|audit|tax|operations|hr|legal|quality|supply|chain|logistics|property|customer|service|content|brand|communications|design|engineering|clinical|medical|office|administrative|executive|interim|acting)$/i;

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

/** The part next to `part` in the other language, of the same kind ("字节跳动" + "ByteDance"), if any: no place or department. */
function translation(parts: string[], part: string, sameKind: (p: string) => boolean, excluded: ReadonlySet<string>): string | null {
  const i = parts.indexOf(part);
  for (const j of [i + 1, i - 1]) {
    const other = parts[j];
    if (other && HAN.test(other) !== HAN.test(part) && sameKind(other) && !LOCATION_PART.test(other) && !excluded.has(other)) return other;
  }
  return null;
}

/**
 * A part written after a comma that reads as a place ("Wrenfield Distribution, Chicago", "…有限公司，苏州"): a
 * short name that is no title, company or school. "Company, City" is how Word and Europass templates write an
 * employer; the city is no translation of the company and is the last choice for a missing field.
 */
function isPlaceAfterComma(part: HeaderPart): boolean {
  const t = part.text;
  if (!(part.afterComma || part.closing) || /\d/.test(t) || isTitleLike(t) || isCompanyLike(t) || isSchoolLike(t)) return false;
  return HAN.test(t) ? /^[\u4e00-\u9fff]{2,4}$/.test(t) : /^\p{Lu}[\p{L}.'-]*(?:,? \p{Lu}[\p{L}.'-]*){0,2}$/u.test(t);
}

/** The parts of header lines, with the places among them (see `isPlaceAfterComma`). */
/** A world region a title is for ("Supply Chain Manager, APAC"): neither the company nor a town. */
const REGION = /^(?:APAC|APJ|EMEA|LATAM|AMER|AMERICAS|ANZ|DACH|MENA|CEE|Nordics|Benelux|Asia[- ]Pacific|Greater China|North America|South[- ]East Asia|Southeast Asia|Middle East|亚太区?|大中华区|华东区|华南区|华北区)$/i;

function partsOf(texts: string[]): { parts: string[]; places: Set<string> } {
  const segments = texts.flatMap((t) => headerSegments(t)).filter((p) => !REGION.test(p.text.trim()));
  // A place in the closing brackets is the header's place: a name after a comma before it is a field
  // ("Kitchen Porter, Harrowgate Inn (Leeds)").
  const places = segments.filter(isPlaceAfterComma);
  const closing = places.filter((p) => p.closing);
  // (Unless the brackets hold a country after a town, as Europass writes an employer: "Cwm Taf Building Society,
  // Pontypridd (United Kingdom)": the town and its country are both places.)
  const country = closing.length === 1 && COUNTRY_ALONE.test(closing[0]!.text.trim());
  return { parts: segments.map((p) => p.text), places: new Set((closing.length > 0 && !country ? closing : places).map((p) => p.text)) };
}

/**
 * Which comes first in an entry's header, the title or the company, when the keyword lists (or a place after the
 * company) told them apart; `guessed` when neither part was known and they were taken in writing order.
 */
type HeaderOrder = 'title-first' | 'company-first' | 'guessed' | null;

interface Picked {
  company: string;
  title: string;
  order: HeaderOrder;
}

/** A unit of a larger body, named as one: "Public Health Laboratory", "Paediatric Unit", "School of Engineering", "Centre for Applied Materials". */
const SUBUNIT = /^(?:(?:\p{Lu}[\p{L}&'-]*\s){1,4}(?:Laboratory|Lab|Unit|Division|Section|Branch|Ward|Department|Dept\.?)|(?:Department|Dept\.?|Faculty|School|Division|Centre|Center|Unit|Laboratory|Institute) (?:of|for) \p{Lu}.*)$/u;
/** A body units belong to: a university, a ministry, a hospital, a company by its legal form. */
const PARENT_BODY = /\b(?:University|Universit\p{L}+|College|Polytechnic|Ministry|Hospital|Institute|Council|Authority|Agency|Corporation|Bank|Ltd|Limited|plc|PLC|Inc|GmbH|Trust)\b/u;

/** Picks the company and title among an entry's header parts; a name given in both languages keeps both. */
function assign(rawParts: string[], places: ReadonlySet<string> = new Set()): Picked {
  const parts = splitBilingual(rawParts);
  // A department ("研发部"), with its name in the other language beside it ("Marketing 市场部", not the header's
  // first part, which names the employer), is neither company nor title, though it may hold a title word (研发).
  const departments = new Set(parts.filter(isDepartment));
  for (const d of [...departments]) {
    for (const j of [parts.indexOf(d) - 1, parts.indexOf(d) + 1]) {
      const other = parts[j];
      if (j > 0 && other && isLatin(other) && other.split(' ').length <= 2 && !isTitleLike(other) && !isCompanyLike(other)) departments.add(other);
    }
  }
  const notNames = new Set([...places, ...departments]);
  // (A part that ends as an organisation's name does is no title, whatever title word is in it: "上海信中会计师事务所".)
  let title = parts.find((p) => isTitleLike(p) && !isCompanyLike(p) && !departments.has(p)) ?? parts.find((p) => isTitleLike(p) && !departments.has(p) && !(isCompanyLike(p) && endsInLegalForm(p))) ?? '';
  // (A company word in a duty beside them, "Support and enhancements for 14 company codes", names no employer.)
  // (Nor is the title written in the other language, "Software Engineer 软件工程师", though 软件 is a company word.)
  const otherScriptTitle = (p: string) => title !== '' && isTitleLike(p) && HAN.test(p) !== HAN.test(title) && !endsInLegalForm(p);
  // (One that ends in a legal form first: "Ambervale Consulting S.A." under a title wrapped onto a second line that holds a
  // company word, "Systems and Shopfloor Integration".)
  const employerLike = (p: string) => p !== title && isCompanyLike(p) && !isDutyLike(p) && !otherScriptTitle(p);
  let company = parts.find((p) => employerLike(p) && endsInLegalForm(p)) ?? parts.find(employerLike) ?? '';
  // A department or a unit before the body it belongs to ("Department of Microbiology, Coal City University", "Public
  // Health Laboratory, Adamawa State Ministry of Health"): the body is the employer, the unit no field.
  const unit = parts.findIndex((p, k) => k + 1 < parts.length && p !== title && (departments.has(p) || SUBUNIT.test(p)) && PARENT_BODY.test(parts[k + 1]!) && parts[k + 1] !== title && !places.has(parts[k + 1]!));
  if (unit >= 0) {
    company = parts[unit + 1]!;
    departments.add(parts[unit]!);
  }
  // The title's twin in the other language ("Data Scientist" + "数据科学家") is kept for it before a company is
  // taken from what is left: it is no company name, even when the real one has no company word.
  const twin = title ? translation(parts, title, (p) => p !== company && isTitleLike(p), notNames) : null;
  const left = parts.filter((p) => p !== title && p !== company && p !== twin && !LOCATION_PART.test(p) && !departments.has(p) && p.length <= 60);
  // A place after a comma fills a field only when nothing else can; the name it follows is an employer's
  // ("Kestrelmouth Port Authority, Falmouth": titles are not written with a city), so it is the company first.
  const employer = left.find((p) => !places.has(p) && places.has(parts[parts.indexOf(p) + 1] ?? ''));
  // (A duty beside the header, "SAP FI support for a US utility client", is the last choice for a name.)
  const named = left.filter((p) => !places.has(p) && p !== employer);
  // (A school after a second title is the employer: "Senior Teacher, Head of Chinese Panel, Pei Shan Independent High
  // School" names the school.)
  const plain = named.filter((p) => !isDutyLike(p));
  // (Or after a subject the title is for: "Beginning Teacher, English – Kirikiri Valley High School, Te Awamutu".)
  const subjectFirst = plain.length >= 2 && !isSchoolLike(plain[0]!) && plain[0]!.split(' ').length <= 3 && !isCompanyLike(plain[0]!) && plain.slice(1).some(isSchoolLike);
  const schoolAfterTitles = title !== '' && plain.some(isSchoolLike) && (plain.some((p) => isTitleLike(p) && !isSchoolLike(p)) || subjectFirst);
  const rest = [...(employer ? [employer] : []), ...(schoolAfterTitles ? [...plain.filter(isSchoolLike), ...plain.filter((p) => !isSchoolLike(p))] : plain), ...named.filter(isDutyLike), ...left.filter((p) => places.has(p))];
  const known = title !== '' || company !== '' || employer !== undefined;
  if (!company && rest.length > 0) company = rest.shift()!;
  if (!title && rest.length > 0) title = rest.shift()!;
  // An employer run into its post, as 干部任免审批表 and 履历 lines write them ("清溪县农业局科员", "江苏苏能电力设计院助理工程师")
  // and forum posts ("Kopi Logistics Pte. Ltd. Lead Data Scientist"): read as a title alone, the employer would be lost.
  const alone = !company && title ? title : company && !title ? company : '';
  const runTogether = alone ? orgThenPost(alone) ?? latinOrgThenPost(alone) : null;
  if (runTogether) [company, title] = runTogether;
  const [t, c] = [parts.indexOf(title), parts.indexOf(company)];
  const order: HeaderOrder = t < 0 || c < 0 ? null : !known ? 'guessed' : t < c ? 'title-first' : 'company-first';
  const titleOther = twin ?? (title ? translation(parts, title, (p) => p !== company && isTitleLike(p), notNames) : null);
  const companyOther = company ? translation(parts, company, (p) => p !== title && p !== titleOther && !isTitleLike(p), notNames) : null;
  const join = (a: string, b: string | null) => (b === null ? a : parts.indexOf(a) < parts.indexOf(b) ? `${a} ${b}` : `${b} ${a}`);
  return { company: join(company, companyOther), title: join(title, titleOther), order };
}

/**
 * Templates write every entry of a section in one order. A header of two unknown words ("Harbour Pilot" over
 * "Gullwing Shipping") is read in writing order, company first; when the section's other entries, told apart by
 * their words, put the title first, it is read that way too.
 */
function orderLikeSection(picked: Picked[]): void {
  const count = (order: HeaderOrder) => picked.filter((p) => p.order === order).length;
  if (count('title-first') <= count('company-first')) return;
  for (const p of picked) if (p.order === 'guessed') [p.company, p.title, p.order] = [p.title, p.company, 'title-first'];
}

/**
 * A work table's columns, read from its rows when no heading row names them: among rows of as many cells (three or
 * more), the column most often holding an employer's word is the employer's, the one most often holding a title's
 * word the title's, and every row is read so — its employer with no company word beside a vessel's or a project's
 * name ("MV Clyde Venture   …   Second Engineer   Harrowgate Ship Management   01/2020   06/2022") too. Only where
 * the rows agree: a column wins with at least two rows and more than any other column.
 */
function readColumnsByConsensus(rows: { picked: Picked; row: string }[]): void {
  const byWidth = new Map<number, { picked: Picked; cells: string[] }[]>();
  for (const { picked, row } of rows) {
    const cells = row.split(/\s{3,}/).map((c) => c.trim()).filter(Boolean);
    if (cells.length < 3) continue;
    byWidth.set(cells.length, [...(byWidth.get(cells.length) ?? []), { picked, cells }]);
  }
  for (const [width, group] of byWidth) {
    if (group.length < 2) continue;
    const isDateCell = (c: string) => findDateRange(c) !== null || isOpenEnd(c) || /^\d{1,2}[./]\d{2,4}$|^(?:19|20)\d{2}[./-]\d{1,2}$/.test(c);
    const votes = (test: (c: string) => boolean) => [...Array(width).keys()].map((k) => group.filter((r) => !isDateCell(r.cells[k]!) && test(r.cells[k]!)).length);
    const best = (counts: number[]) => {
      const top = Math.max(...counts);
      return top >= 2 && counts.filter((n) => n === top).length === 1 ? counts.indexOf(top) : -1;
    };
    const companyColumn = best(votes((c) => isCompanyLike(c) && !isTitleLike(c)));
    const titleColumn = best(votes((c) => isTitleLike(c) && !isCompanyLike(c)));
    if (companyColumn < 0 || titleColumn < 0 || companyColumn === titleColumn) continue;
    for (const { picked, cells } of group) {
      const [company, title] = [firstField(cells[companyColumn]!), firstField(cells[titleColumn]!)];
      if (!company || !title || isDateCell(company) || isDateCell(title)) continue;
      [picked.company, picked.title] = [company, title];
    }
  }
}

/**
 * A header of two unknown words settled by the CV's headline ("Harbour Pilot" under the name): the part that reads
 * as the headline is the title. Most CVs put the current job title there; the section's other guessed entries then
 * follow this one's order (orderLikeSection).
 */
function settleByHeadline(picked: Picked, headline: string | undefined): void {
  if (picked.order !== 'guessed' || !headline) return;
  const same = (a: string) => a.replace(/\s+/g, ' ').trim().toLowerCase() === headline.replace(/\s+/g, ' ').trim().toLowerCase();
  if (same(picked.company)) [picked.company, picked.title, picked.order] = [picked.title, picked.company, 'title-first'];
  else if (same(picked.title)) picked.order = 'company-first';
}

/**
 * "Cartographer at Fathom Atlas": the part before "at" is the title, the part after it the company.
 */
function readAt(picked: Picked, header: string): Picked {
  const at = /^(.*?\S)\s+(?:at|@)\s+(\S.*)$/i.exec(header);
  if (!at) return picked;
  const before = headerParts(at[1]!).at(-1);
  const after = headerParts(at[2]!)[0];
  // (Not where the part before "at" ends as an employer's name ends, "Harbour Foods Ltd at Leith": that "at" places it.)
  if (before === undefined || after === undefined || endsInLegalForm(before) || isTitleLike(after) || findDateRange(after) !== null) return picked;
  // Unless the keyword lists know better: a company word in another part, or a title word. (Then a town beside the
  // dates, "Mar 2021 – now · Oban", is no employer where the line under them reads "Head of Fish Health at Sgeir Mhor
  // Aquaculture"; nor the title, where "Fish Health Biologist" holds no title word the lists know.)
  const knownCompany = isCompanyLike(picked.company) && picked.company !== after && picked.company !== before;
  const knownTitle = isTitleLike(picked.title) && picked.title !== before && picked.title !== after;
  // (And only over no employer, a town or the parts around "at": "Harrow High School   Sep 2015 – Present" over "Teacher
  // of Mathematics at KS3 and KS4" keeps its school.)
  const taken = picked.company === '' || [before, after].includes(picked.company) || isBareTown(picked.company);
  return knownCompany || knownTitle || !taken ? picked : { company: after, title: before, order: 'title-first' };
}


/** A cell's first part that is no place, as for any header: "Tamarack Insurance Group, Pricing Division" names the group. */
function firstField(cell: string): string {
  const { parts, places } = partsOf([cell]);
  return parts.find((p) => !places.has(p)) ?? '';
}

/**
 * A row of a table under such a heading row: its company and title are the cells in those columns, whatever their
 * words — the keyword lists only guess where a table says. A row with another number of cells (a wrapped or merged
 * cell) is left to them.
 */
function fromColumns(fields: ColumnField[], line: string, above = ''): Picked | null {
  const cells = line.split(/\s{3,}/).map((c) => c.trim());
  // One cell more than the headings, a town right after the employer's: the employer cell's second line, its town
  // ("County Government of Kiambu   Kiambu" under "Name & address of employer").
  const employer = fields.indexOf('company');
  if (cells.length === fields.length + 1 && employer >= 0 && (isBareTown(cells[employer + 1] ?? '') || isTownLine(cells[employer + 1] ?? ''))) cells.splice(employer + 1, 1);
  // A row one cell short under an employer column: the employer's cell spans this row too (a role under the one
  // above, merged down), wherever the column stands ("04/12   08/15   Trust Administrator   Promoted" under "From | To |
  // Employer | Post | Reason for leaving"). Its employer is given by the section's grouping (see extractWork).
  // (Past the first column, a row whose last cell is empty, "5   2020.07   清溪县乡村振兴局   局长" under "序号 | 起始时间 | 终止时间 |
  // 工作单位 | 职务 | 备注", reads as its cells stand when its employer cell holds no title: "Trust Administrator" in the
  // employer's column is a merged employer's role.)
  // A row a PDF wrapped: its first cells on the line above and the rest of one of them beside the dates here ("Kessler
  // Drives (Suzhou) Co., Ltd.   Senior Controls   Suzhou" over "Engineer   2020.01 – 2022.08"): the employer above.
  const aboveCells = above.split(/\s{3,}/).map((c) => c.trim()).filter(Boolean);
  const titleAt = fields.indexOf('title');
  if (cells.length < fields.length - 1 && employer >= 0 && employer < aboveCells.length && aboveCells.length >= 2 && aboveCells.length < fields.length && findDateRange(above) === null && isCompanyLike(aboveCells[employer]!) && findDateRange(cells.join('   ')) !== null) {
    const rest = findDateRange(cells[0]!) === null ? cells[0]! : '';
    const title = titleAt >= 0 && titleAt < aboveCells.length ? `${aboveCells[titleAt]} ${rest}`.trim() : rest;
    return { company: firstField(aboveCells[employer]!), title, order: null };
  }
  const employerCell = cells[employer] ?? '';
  if (cells.length === fields.length - 1 && employer > 0 && !isTitleLike(employerCell) && findDateRange(employerCell) === null) cells.push('');
  // (Not under a line of one short cell that may be the employer wrapped around the row, "深圳市鲜达冷链物流有限" over
  // "2012.10—2018.05   运营总监" over "公司": its cell is no merged one.)
  const wrappedAbove = employer > 0 && !/\S\s{3,}\S/.test(above.trim()) && above.trim().length <= 30 && findDateRange(above) === null && (isCompanyLike(above) || HAN.test(above));
  if (cells.length === fields.length - 1 && employer >= 0 && !wrappedAbove) {
    const rest = fields.filter((_, k) => k !== employer);
    const titleCell = cells[rest.indexOf('title')] ?? '';
    // (Not a cell that names an employer, "宏澄資訊股份有限公司" rejoined from a PDF's narrow first column where its title
    // wrapped onto a line of its own: the row's own employer cell, no merged one.)
    if (isCompanyLike(titleCell) && !isTitleLike(titleCell)) return null;
    const title = firstField(titleCell);
    // (Its dates one cell holding the range, or, past the first column, From and To cells. A row under the first column
    // with only From and To cells may be the rest of a row whose employer wrapped onto lines of its own.)
    const dated = employer === 0 ? cells.some((c, k) => rest[k] === 'dates' && findDateRange(c) !== null) : findDateRange(cells.filter((_, k) => rest[k] === 'dates').join('   ')) !== null;
    // (Past the first column, only a title cell of one field: "Senior Engineer, Globex Corporation" is both cells in
    // one, a row of another shape, left to the keyword lists.)
    const oneField = employer === 0 || (headerParts(titleCell).length === 1 && !isCompanyLike(titleCell));
    return oneField && dated && title && findDateRange(title) === null ? { company: '', title, order: null } : null;
  }
  // (From and To in two columns: their cells together are the range.)
  const dates = cells.filter((_, k) => fields[k] === 'dates').join('   ');
  if (cells.length !== fields.length || findDateRange(dates) === null) return null;
  const [company, title] = [firstField(cells[fields.indexOf('company')]!), firstField(cells[fields.indexOf('title')]!)];
  return company && title && findDateRange(company) === null && findDateRange(title) === null ? { company, title, order: null } : null;
}

/** A full stop that ends a sentence: not an abbreviation's ("Co.", "St.") nor an initial's. */
const SENTENCE_STOP = new RegExp(`(?<!\\b(?:${ABBREVIATION_WORDS}|\\p{Lu}))\\.\\s+(?=\\p{Lu})`, 'u');
/** A full stop or 。 that ends a field in a header written as one sentence ("… Chicago, IL. Led …"). */
const FIELD_STOP = new RegExp(`(?<!\\b(?:${ABBREVIATION_WORDS}))[.。]\\s+(?=\\p{Lu}|[\\u4e00-\\u9fff])`, 'u');

/**
 * A header written as two or three short sentences ("Hotel Gran Albión (Barcelona). Front Office Manager."), as
 * its fields set apart by a wide gap; null for any other line. Each sentence is at most six words (a place in
 * brackets aside) and opens with a capital, and one names a title or an employer; an abbreviation's full stop ends
 * none ("Co. Ltd", "St. Mary's").
 */
function dottedFields(line: string): string | null {
  const t = line.trim();
  if (t.length > 100 || !/\.$/.test(t)) return null;
  const sentences = t.slice(0, -1).split(SENTENCE_STOP);
  if (sentences.length < 2 || sentences.length > 3 || sentences.some((p) => p.replace(/\s*\([^()]*\)/g, '').split(/\s+/).length > 6 || !/^\p{Lu}/u.test(p) || /[.;:!?]\s/.test(p))) return null;
  return sentences.some((p) => isTitleLike(p) || isCompanyLike(p)) ? sentences.join('   ') : null;
}

/** An employer's line with an entry's number before it, no sentence: "1. Ravi Denim Industries (Pvt.) Ltd., Lahore". */
function numberedEmployer(line: string): boolean {
  const m = /^\s*\d{1,2}[.)]\s+(\p{Lu}.*)$/u.exec(line);
  if (!m || m[1]!.split(/\s+/).length > 12 || /[;；。]|[.!?]\s+\p{Ll}/u.test(m[1]!)) return false;
  // Its first part ends as an employer's name ends, in a legal form or a word for a company ("… (Pvt.) Ltd.", "…
  // Hospital", "… Centre"): an achievement numbered in a list ("1. Built reporting software for the finance team")
  // holds a company word, but does not end in one.
  const first = headerParts(m[1]!)[0] ?? '';
  const last = first.split(/\s+/).at(-1) ?? '';
  return (endsInLegalForm(first) || isCompanyLike(last)) && !isTitleLike(first) && !/^\p{Lu}\p{Ll}+ed\b/u.test(first);
}

/** A line less its date range, and the word that opens the range: "From 06/2021 to date", "Period: 2019 - 2021". */
function withoutRange(line: string, range: { index: number; text: string }): string {
  // (A range in brackets, "【2021.01-2023.08】Ubiquity Studios", leaves no bracket behind.)
  const [before, after] = [line.slice(0, range.index), line.slice(range.index + range.text.length)];
  const bracketed = /[【\[〔]\s*$/u.test(before) && /^\s*[】\]〕]/u.test(after);
  return `${(bracketed ? before.replace(/[【\[〔]\s*$/u, ' ') : before).replace(/(?:^|\s)(?:from|since|period|dates?)\s*[:：]?\s*$/i, ' ')}   ${bracketed ? after.replace(/^\s*[】\]〕]/u, ' ') : after}`;
}

const ACADEMIC_RANGE = /(?<![\d/.])((?:19|20)\d{2})\/(\d{2}|(?:19|20)\d{2})\s*[-–—]\s*(?:((?:19|20)\d{2})\/(\d{2}|(?:19|20)\d{2})(?![\d/.])|(present|now|current|to date|date)\b)/giu;

/** An academic-year range anywhere in a line (no flags: `test` keeps no place). */
const ACADEMIC_RANGE_IN = new RegExp(ACADEMIC_RANGE.source, 'iu');

/** Whether `next` is the year after `year`, written whole or by its last two digits ("2019/20", "2019/2020"). */
const follows = (year: string, next: string) => (next.length === 2 ? (Number(year) + 1) % 100 === Number(next) : Number(year) + 1 === Number(next));

/** One academic year so named ("2019/2020 academic year", "School year 2019/20"): September to August. */
function withNamedAcademicYear(line: string): string {
  const one = /(?:\b(?:academic|school) year\s+)?(?<![\d/.])((?:19|20)\d{2})\/(\d{2}|(?:19|20)\d{2})(?![\d/.])(?:\s+(?:academic|school) year\b)?/iu.exec(line);
  return one && one[0] !== `${one[1]}/${one[2]}` && follows(one[1]!, one[2]!) ? line.replace(one[0], `09/${one[1]} - 08/${Number(one[1]) + 1}`) : line;
}

/** Academic years as a teacher counts them: "2016/17 – 2019/20" → "09/2016 - 08/2020", "2020/21 – present" → "09/2020 - present". */
function withAcademicYears(given: string): string {
  const line = withNamedAcademicYear(given);
  if (line !== given) return line;
  return line.replace(ACADEMIC_RANGE, (all, y1: string, n1: string, y2: string | undefined, n2: string | undefined, open: string | undefined) => {
    if (!follows(y1, n1)) return all;
    if (open) return `09/${y1} - ${open}`;
    return follows(y2!, n2!) && Number(y2) >= Number(y1) ? `09/${y1} - 08/${Number(y2) + 1}` : all;
  });
}

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, a: 1, an: 1 };
const EN_START_LENGTH = new RegExp(`\\b(?:from|since|starting|started)?\\s*((?:${MONTH_NAME_EN})\\.?\\s+(?:19|20)\\d{2}|\\d{1,2}\\/(?:19|20)\\d{2})\\s*,?\\s+for\\s+(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})\\s+(years?|yrs?|months?|mos?)(?:\\s+(?:and\\s+)?(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})\\s+(?:months?|mos?))?\\b`, 'iu');
const ZH_START_LENGTH = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(?:(?:入职|入職|加入)\s*(至今|迄今)|(?:入职|入職|加入|起)?\s*[,，、]?\s*(?:任职|任職|在职|在職|工作|历时|歷時|共计|共|做了|干了|幹了)\s*(?:(\d{1,2})\s*年)?\s*(?:(\d{1,2})\s*个?個?月)?)/u;

/** The month `months` after `ym` ("2017-05" + 43 → "2020-12"). */
function addMonths(ym: string, months: number): string {
  const total = Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1 + months;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

/**
 * A start and the length of service after it, the month the length reaches counted as its last ("2017年5月入职，任职3年8个月"
 * → "2017.05 - 2020.12"; "From July 2022, for 1 year" → "2022.07 - 2023.06"; "2021年3月入职至今" → "2021.03 - 至今").
 */
function withLengthOfService(line: string): string {
  const dot = (ym: string) => ym.replace('-', '.');
  // (A length after a whole range is the range's: "June 2025 – October 2026, for 17 months".)
  const rangeBefore = (at: number) => {
    const r = findDateRange(line.slice(0, at));
    return r !== null && (r.end !== null || r.current);
  };
  const zh = ZH_START_LENGTH.exec(line);
  if (zh && !rangeBefore(zh.index)) {
    const start = `${zh[1]}-${zh[2]!.padStart(2, '0')}`;
    if (zh[3]) return line.replace(zh[0], `${dot(start)} - 至今`);
    const months = Number(zh[4] ?? 0) * 12 + Number(zh[5] ?? 0);
    if (months > 0 && Number(zh[2]) >= 1 && Number(zh[2]) <= 12) return line.replace(zh[0], `${dot(start)} - ${dot(addMonths(start, months - 1))}`);
  }
  // (A start and its length after a dot or a bar, where an end would stand: "2022.05 · 1 yr 4 mos", "Oct 2021 | 2 yrs".)
  const dotted = /^(\s*)(\S.{2,18}?)\s*[·•|]\s*(\S.*?)\s*$/u.exec(line);
  const tail = dotted ? LENGTH_OF_SERVICE.exec(dotted[3]!) : null;
  const length = tail && (tail[1] || tail[2]) && findDateRange(line) === null ? tail : null;
  const from = dotted && length ? parseDate(dotted[2]!) : null;
  if (from && from.length === 7) {
    const months = Number(length![1] ?? 0) * 12 + Number(length![2] ?? 0);
    if (months > 0) return `${dotted![1]}${dot(from)} - ${dot(addMonths(from, months - 1))}`;
  }
  const en = EN_START_LENGTH.exec(line);
  if (en && !rangeBefore(en.index)) {
    const start = parseDate(en[1]!);
    const count = (w: string | undefined) => (w === undefined ? 0 : (NUMBER_WORDS[w.toLowerCase()] ?? Number(w)));
    const months = (/^y/i.test(en[3]!) ? count(en[2]) * 12 : count(en[2])) + count(en[4]);
    if (start && start.length === 7 && months > 0 && months <= 480) return line.replace(en[0], `${dot(start)} - ${dot(addMonths(start, months - 1))}`);
  }
  return line;
}

/** See the caller: a period cell's start, its "to" and its end on a line of its own joined on the start's line. */
function wrappedPeriod(lines: string[], i: number, end: number): void {
  const [first = '', ...rest] = (lines[i] ?? '').trim().split(/\s{3,}/);
  // (Not a dated achievement under a job, "Jun 2023   Led the ISO 9001 audit": a header's cell names no deed.)
  if (rest.length === 0 || !/\d{4}/.test(first) || first.length > 30 || findDateRange(lines[i]!) !== null || /^(?:\p{Lu}\p{Ll}*ed|Ran|Won|Built|Set up|Grew|Cut|Made|Took|Wrote|Began|Became|Sold|Led)\s+\p{Ll}/u.test(rest[0]!) || rest[0]!.split(/\s+/).length > 7) return;
  const CONNECTOR = /^(?:to|till|until|[-–—~]|至|到)$/iu;
  const open = /^(.+?)\s+(?:to|till|until|[-–—~]|至|到)$/iu.exec(first);
  let startCell = open?.[1] ?? null;
  let connector = -1;
  // (The "to" in a cell of its own on the next line, or dropped from it: the start alone in its cell.)
  if (!startCell && parseDate(first) !== null && /\d{4}/.test(first) && first.length <= 20) {
    startCell = first;
    if (CONNECTOR.test((lines[i + 1] ?? '').trim().split(/\s{3,}/)[0]!)) connector = i + 1;
  }
  if (!startCell || parseDate(startCell) === null) return;
  // (The end after the "to" in the next line's first cell: "Jan 2021   Orchid Lane Cosmetics Pte" over "to Present 至今   Ltd".)
  const [nextFirst = '', ...nextRest] = (lines[i + 1] ?? '').trim().split(/\s{3,}/);
  const toEnd = connector < 0 && !open ? /^(?:to|till|until|[-–—~]|至|到)\s+(.+)$/iu.exec(nextFirst)?.[1]?.replace(/^(now|present|current|today)\s+(?:至今|現在|现在|迄今)$/iu, '$1') : undefined;
  const toRange = toEnd === undefined ? null : findDateRange(`${startCell} - ${toEnd}`);
  if (toEnd !== undefined && toRange !== null && toRange.index === 0 && (toRange.current || (toRange.end !== null && toRange.end >= toRange.start!))) {
    lines[i] = `${startCell} - ${toEnd}   ${rest.join('   ')}`;
    lines[i + 1] = nextRest.join('   ');
    return;
  }
  for (let j = i + 1; j <= i + 2 && j < end; j++) {
    const alone = (lines[j] ?? '').trim();
    if (!(isOpenEnd(alone) || (parseDate(alone) !== null && /\d{4}/.test(alone) && alone.length <= 20))) continue;
    const range = findDateRange(`${startCell} - ${alone}`);
    if (!range || range.index !== 0 || (range.end === null && !range.current) || (range.end !== null && range.end < range.start!)) return;
    lines[i] = `${startCell} - ${alone}   ${rest.join('   ')}`;
    if (connector >= 0) lines[connector] = lines[connector]!.trim().split(/\s{3,}/).slice(1).join('   ');
    lines[j] = '';
    return;
  }
}

/** See the caller: the pill's start, bar and end joined into a range on the employer's line. */
function uprightPill(lines: string[], i: number, end: number): void {
  const [startCell = '', ...rest] = (lines[i] ?? '').trim().split(/\s{3,}/);
  const bar = /^\s*[｜|]\s*(.*)$/u.exec(lines[i + 1] ?? '');
  if (!bar || i + 1 >= end || rest.length === 0 || !/^(?:19|20)\d{2}[./-]\d{1,2}$/.test(startCell) || findDateRange(rest.join('   ')) !== null) return;
  const range = (cell: string) => {
    // (An open end in both languages, "Now 至今": the first.)
    const endCell = cell.replace(/^(now|present|current|today)\s+(?:至今|現在|现在|迄今)$/iu, '$1');
    const r = findDateRange(`${startCell} - ${endCell}`);
    return r !== null && r.index === 0 && r.text.length >= `${startCell} - ${endCell}`.length - 3 && (r.end !== null ? r.end >= r.start! : r.current) ? `${startCell} - ${endCell}` : null;
  };
  const [first = '', ...after] = bar[1]!.trim().split(/\s{3,}/);
  let joined = after.length > 0 ? range(first) : null;
  if (joined) {
    lines[i + 1] = after.join('   ');
  } else if (i + 2 < end) {
    // (The end under the bar, in the first cell of the line below: the title's line keeps what follows the bar.)
    const [below = '', ...belowRest] = (lines[i + 2] ?? '').trim().split(/\s{3,}/);
    joined = range(below);
    if (!joined) return;
    lines[i + 1] = bar[1]!.trim();
    lines[i + 2] = belowRest.join('   ');
  }
  if (joined) lines[i] = `${joined}   ${rest.join('   ')}`;
}

/** A line that is a date range and nothing else — or a date range and the town in capitals after it, as Europass sets it ("09/2019 - 12/2022 DUBLIN"). */
/**
 * A bulleted job header over a line of its dates alone ("• Team Leader – Caledonia Supported Living, Inverness" over
 * "Feb 2020 to now", a chat message's "▪️ Lead Engineer – Tarangini Logistics Tech"): a title and an employer set apart
 * by a dash or "at", no sentence.
 */
function bulletedHeader(line: string, next: string): boolean {
  const m = /^\s*[•·▪●◦■*\-–]\uFE0F?\s+(.+)$/u.exec(line);
  // (The dates line may name the town first: "Glasgow · Aug 2013 – Oct 2015".)
  const dates = isDateOnly(next) || isDateOnly(next.replace(/^\s*\p{Lu}[\p{L}.'’ -]{1,30}?\s*[·|,]\s*(?=\S)/u, ''));
  if (!m || !dates || m[1]!.length > 90 || /[.;:!?。；]\s*$/.test(withoutAbbreviations(m[1]!)) || findDateRange(m[1]!) !== null) return false;
  const [title, employer] = m[1]!.split(/\s+(?:[–—-]|at|@)\s+/, 2);
  // (An employer's abbreviations keep their full stops, "Kavery Infotech Pvt. Ltd., Bengaluru"; a sentence's do not.)
  // (Or the employer first and the title after it: "· Thistle & Finch — Junior Designer".)
  const named = (name: string) => /^[\p{Lu}\u4e00-\u9fff]/u.test(name) && !/[.;]/.test(withoutAbbreviations(name));
  return employer !== undefined && ((isTitleLike(title!) && named(employer)) || (isTitleLike(employer) && !isTitleLike(title!) && named(title!)));
}

/** A line of dates alone, also with its label in the brackets around them: "(任職期間：2023年1月至今)", "(Jan 2025 – Present)". */
const isDateLine = (line: string) => isDateOnly(line) || isDateOnly(line.replace(/^\s*([(（])\s*[\p{L}\s]{1,12}[:：]\s*/u, '$1'));
/**
 * A line of dates with a note in brackets and a town after them, closing an entry: "August 2016 – March 2018 (fixed-term
 * contract, placed by Halcyon Recruitment); Auckland", "March 2021 – present; Auckland", "Period: July 2022 – present".
 */
function isClosingDateLine(given: string): boolean {
  // (Also labelled: "Period: July 2022 – present", "Dates: …", "时间：…".)
  const line = given.replace(/^\s*(?:period|dates?|duration|employed|time|时间|期间|任职时间|在职时间)\s*[:：]\s*/iu, '');
  if (isDateLine(line)) return true;
  const range = findDateRange(line);
  if (range === null || range.index !== 0) return false;
  // (And notes in lower case after the town: "feb. 2021 – actualidad · Valencia · part-time, 6 h/week", "… · Llíria · internship".)
  return /^\s*(?:[(（][^()（）]{1,80}[)）])?\s*(?:[;,·|]\s*\p{Lu}[\p{L} .'’-]{1,30})?(?:\s*[;·|]\s*[\p{Ll}\d][\p{L}\d ,.'’/-]{0,30}){0,2}\s*$/u.test(line.slice(range.text.length));
}

/** A header's line: an employer's or a title's, no item of a list and no dates. */
// (Longer when its fields are set apart: "Northshore Community College | Continuing Studies Instructor (part-time) | North
// Vancouver, BC".)
// (Nor a sentence of five words or more, a duty that opens on a title's word: "Lead supplier negotiations worth €40m a year."
// An employer's legal form ends no sentence: "Data Analyst — Pricing · Transportes Albufera Logística S.L.")
const isHeaderLine = (line: string) =>
  !BULLETED.test(line) && findDateRange(line) === null && line.trim().length <= (/\s[|·]\s|\S\s{3,}\S/.test(line) ? 130 : 90) && !(/[.。]\s*$/u.test(withoutAbbreviations(line)) && line.trim().split(/\s+/).length >= 5) && (isCompanyLike(line) || isTitleLike(line));

/**
 * A timeline of study and work in one list, each row's kind in a cell after its dates ("2010 – 2013   Work   Shift Leader
 * (part-time), Strandpaviljoen De Zeemeeuw" beside "2015 – 2017   Study   MSc …, Universiteit …"): the work rows are read
 * without their kind's cell (training too: an apprenticeship is a job), the others are left out, since they name no job.
 * Only where two rows or more name their kind, each right after dates alone.
 */
const ROW_KIND = /^(\S.*?)\s{3,}(work|job|employment|study|studies|education|training|arbeit|beruf|studium|ausbildung|werk|studie|opleiding|travail|[ée]tudes|formation|trabajo|estudios|formaci[óo]n|lavoro|studio|工作|学习|學習|教育)\s{3,}(\S.*)$/iu;
// (Training is work here: an apprenticeship, "Ausbildung   Kaufmann im Einzelhandel, REWE Markt GmbH", a graduate scheme.)
const WORK_KIND = /^(?:work|job|employment|training|arbeit|beruf|ausbildung|werk|opleiding|travail|formation|trabajo|lavoro|工作)$/iu;
function kindCells(lines: string[], start: number, end: number): void {
  const rows: [number, RegExpExecArray][] = [];
  for (let i = start; i < end; i++) {
    const m = ROW_KIND.exec(lines[i]!);
    if (m && isDateOnly(m[1]!)) rows.push([i, m]);
  }
  if (rows.length < 2) return;
  for (const [i, m] of rows) lines[i] = WORK_KIND.test(m[2]!) ? `${m[1]!}   ${m[3]!}` : '';
}

/**
 * Entries whose dates close them, after their duties, as some templates and Hong Kong CVs write them ("利嘉酒店集團有限公司"
 * over "人力資源經理" over the duties over "(任職期間：2023年1月至今)"; "Operations Manager — Orrin Media" over "• Supervised
 * a team" over "(Jan 2025 – Present)"): each dates line is moved up under its entry's header, so that the entry reads
 * as headers over dates do. Only where every dates line stands alone, the section ends on one, a header line follows
 * each other one, none is right under a header line (there the dates are the header's, as usual) and duties stand
 * above each (a bullet, or two lines that are no header's). The lines' row views are not moved: such sections are
 * plain lines, with no label–value rows for them to hold.
 */
function datesAfterEntries(lines: string[], start: number, end: number): void {
  let last = end - 1;
  while (last > start && lines[last]!.trim() === '') last--;
  const dated: number[] = [];
  for (let i = start; i <= last; i++) if (findDateRange(lines[i]!) !== null) dated.push(i);
  if (dated.length < 2 || dated.at(-1) !== last || !dated.every((i) => isClosingDateLine(lines[i]!)) || !isHeaderLine(lines[start]!)) return;
  // (Duties above each dates line: a bullet, or two lines under a header's; "Baobab Labs" over "Payments team" over its
  // dates is a header of three lines over them.)
  // (Or one sentence, a Word list's item without its glyph: "Moved rates and consents reporting to Azure Data Factory.")
  const sentence = (line: string) => /[.。]\s*$/u.test(line) && line.trim().split(/\s+/).length >= 4 && !isHeaderLine(line);
  const duties = (i: number, from: number) => BULLETED.test(lines[i - 1]!) || sentence(lines[i - 1]!) || lines.slice(from, i).filter((l) => !isHeaderLine(l)).length >= 2;
  // (A career break among them is its line over its dates, with no duties: "Career break — parental leave …" over "mag.
  // 2020 – gen. 2022".)
  const isBreak = (i: number) => BREAK.test(lines[i]!.trim());
  const entry = (i: number, floor: number) => (i - 2 >= floor && !isHeaderLine(lines[i - 1]!) && duties(i, floor)) || (i - 1 === floor && isBreak(floor));
  if (!dated.every((i, k) => entry(i, k === 0 ? start : dated[k - 1]! + 1) && (k === dated.length - 1 || isHeaderLine(lines[i + 1]!) || isBreak(i + 1)))) return;
  let from = start;
  for (const at of dated) {
    // The header: the block's first line, and the next when it is a header line too (the employer over the title).
    // (Not a duty's sentence that holds a title's word: "Run planning, warehousing and distribution for a … plant.")
    const header = from + (isHeaderLine(lines[from + 1]!) && !sentence(lines[from + 1]!) && from + 1 < at - 1 ? 2 : 1);
    // (The dates alone, without a label in their brackets, "任職期間", that would be read as a header's part.)
    const [dates] = lines.splice(at, 1);
    lines.splice(header, 0, findDateRange(dates!)!.text);
    from = at + 1;
  }
}

/**
 * Entries whose dates stand at the end of one of their duties, flushed right on a list item's line ("● Chair the capital
 * works prioritisation panel   Apr 2021 to Present": a template that sets each period in the right margin beside the
 * list, not beside the title; or on the last duty, as a Word list's right tab sets it). Each such date cell is taken off its duty and set after its entry's header line above
 * it ("Asset Planning Lead   Apr 2021 to Present"), so that the entry reads as a header with its dates does. Only where
 * every dated line of the section is such an item, each under a header of its own (a title or an employer, below the
 * previous one's). The line count stays as it was: the lines' row views keep their places.
 */
function datesOnDutyLines(lines: string[], start: number, end: number): void {
  const dated: number[] = [];
  for (let i = start; i < end; i++) if (findDateRange(lines[i]!) !== null) dated.push(i);
  if (dated.length < 2) return;
  const cells = dated.map((i) => {
    const line = lines[i]!;
    const cut = line.lastIndexOf('   ');
    const cell = cut < 0 ? '' : line.slice(cut).trim();
    const before = line.slice(0, Math.max(0, cut));
    // (A duty: an item of a list, or a sentence that is no header's, as a Word list without its glyphs gives it: four
    // words or more, six when they read like a title, "Reviewed developer engineering plans against council specifications".)
    const words = before.trim().split(/\s+/).length;
    // (One cell: a table row's cells before its dates are its header's.)
    const duty = BULLETED.test(line) || (!/\S\s{3,}\S/.test(before.trim()) && ((words >= 4 && !isHeaderLine(before)) || words >= 6));
    return duty && cut >= 0 && isDateOnly(cell) && findDateRange(before) === null ? { cut, text: findDateRange(cell)!.text } : null;
  });
  if (cells.some((c) => c === null)) return;
  const headers: number[] = [];
  for (const [k, i] of dated.entries()) {
    const floor = k === 0 ? start : dated[k - 1]! + 1;
    let j = i - 1;
    while (j >= floor && !isHeaderLine(lines[j]!)) j--;
    if (j < floor) return;
    headers.push(j);
  }
  dated.forEach((i, k) => {
    // (The duties stay duties, without their glyphs too, never an employer under the header or over the next entry's:
    // items of the list they were.)
    lines[i] = lines[i]!.slice(0, cells[k]!.cut).trimEnd();
    for (let d = headers[k]! + 1; d <= i; d++) if (!BULLETED.test(lines[d]!)) lines[d] = `• ${lines[d]!.trimStart()}`;
    lines[headers[k]!] = `${lines[headers[k]!]!.trimEnd()}   ${cells[k]!.text}`;
  });
}

function isDateOnly(line: string): boolean {
  const range = findDateRange(line);
  if (range === null) return false;
  // (A length after the dates in brackets is the dates' too: "1 June 2021 – 31 May 2024 (3 seasons)", "(2 yrs 3 mos)"; and
  // a note in lower case of how the job was held, "(casual, weekends)".)
  const rest = withoutRange(line, range).replace(/^\s*[(（]\s*\d{1,2}(?:[.,]\d)?\s*(?:seasons?|years?|yrs?|months?|mos?|weeks?|年|个月|個月)(?:\s*\d{1,2}\s*(?:months?|mos?|个月|個月))?\s*[)）]\s*$/iu, '').replace(/^\s*[(（]\p{Ll}[\p{Ll}, -]{1,28}[)）]\s*$/u, '');
  const parts = headerParts(rest);
  return parts.length === 0 || isTownAfterDates(line, range.index + range.text.length, parts);
}

/**
 * One word in capitals right after the dates, ending the line: Europass's town, not an employer. Or a town set off
 * from the dates by a dot or a bar ("NOV 2021 — PRESENT · AUSTIN, TX", "2019.03 | Shanghai"), as a dateline is.
 */
function isTownAfterDates(line: string, end: number, given: string[]): boolean {
  // (A town and its state are one part here, though a comma sets them apart: "· Santa Catarina, N.L.".)
  const parts = given.length === 2 && isTownLine(given.join(', ')) ? [given.join(', ')] : given;
  if (parts.length !== 1) return false;
  const rest = line.slice(end);
  // One space, as Europass sets it; across a cell's gap ("09/2019 - 12/2022   IBM") it is an employer.
  if (/ \S/y.test(rest.slice(0, 2)) && rest.trim() === parts[0] && /^\p{Lu}[\p{Lu}'-]{2,19}$/u.test(parts[0]!)) return true;
  const town = /^\s*[·•|]\s*(.+)$/u.exec(rest)?.[1]?.trim();
  // (A town and its state or country: a bare word there is as likely the employer, "Jan 2019 - Present | Google".)
  return town !== undefined && town === parts[0] && isTownLine(town);
}

/**
 * A word after a dateline's dot or bar ("MAR 2022 - PRESENT · SHANGHAI") over a title and an employer on the two lines
 * under it: the town, the employer being below. (Over a title alone, "Jan 2019 - Present | Google" names the employer.)
 */
function townOverHeader(lines: string[], i: number): boolean {
  const line = lines[i] ?? '';
  const range = findDateRange(line);
  if (range === null) return false;
  const word = /^\s*[·•|]\s*(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)\s*$/u.exec(line.slice(range.index + range.text.length))?.[1];
  if (word === undefined || !isBareTown(word)) return false;
  const [a, b] = [lines[i + 1] ?? '', lines[i + 2] ?? ''];
  const header = (l: string) => l !== '' && headerSized(l) && findDateRange(l) === null && !isContentLine(l) && headingKind(l) === null;
  return header(a) && header(b) && ((isTitleLike(a) && !isTitleLike(b) && (isCompanyLike(b) || endsInLegalForm(b))) || (isCompanyLike(a) && !isTitleLike(a) && isTitleLike(b)));
}

/**
 * A skills list under its label on one line ("Tech stack: Go, Kafka, Terraform", "Tools & Technologies: dbt",
 * "技术栈：Go、Rust", "Skills   Go, Rust" in a cell): the last line of the job above, never a header of the job below ("Tech stack: Go" read as
 * its company).
 */
function isLabelledSkillsList(line: string): boolean {
  return labelledSkillsList(line) !== null;
}

/**
 * The header of a job written as label–value rows, read from its labels: the title is the value of the title
 * label, the company that of the employer label less the address after its comma ("Name and address of employer
 * | Wrenfield Distribution, Chicago"). The keyword lists only fill a field no label names.
 */
function labelledHeader(views: RowView[], from: number, to: number, fallback: Picked): Picked {
  const values = (field: 'company' | 'title') => views.slice(from, to).flatMap((v) => v.pairs.filter((p) => p.field === field).map((p) => p.value));
  const company = values('company').map((v) => {
    const { parts, places } = partsOf([v]);
    return parts.filter((p) => !places.has(p)).join(' ');
  }).find(Boolean);
  const title = values('title').map((v) => v.trim()).find(Boolean);
  return { company: company ?? fallback.company, title: title ?? fallback.title, order: null };
}

/**
 * The row of a From and To table whose To cell was left blank, as forms have the current job written ("01/03/2019
 * Northwind Traders Ltd   Senior Accountant" under "Start (dd/mm/yyyy)   End (dd/mm/yyyy)   Employer   Job title"):
 * open to the present. Only under a heading row naming two dates columns (or beside a row one cell longer, with its
 * range), for one such row whose start (to the month) is no earlier than the end of every other row, each of which has
 * its range.
 */
function openBlankEnds(lines: string[], rawLines: string[], start: number, end: number): void {
  let fields: ColumnField[] | null = null;
  let latestEnd: string | null = null;
  let latestStart = '';
  const later = (range: DateRange): string => {
    const last = range.current ? '9999-12' : (range.end ?? range.start);
    if (range.start > latestStart) latestStart = range.start;
    return latestEnd === null || last > latestEnd ? last : latestEnd;
  };
  let monthFirst = false;
  const cellsOf = (l: string | undefined) => (l ?? '').trim().split(/\s{3,}/).length;
  const startsAlone: { line: number; cell: number; date: string; cells: string[] }[] = [];
  for (let i = start; i < end; i++) {
    const heading = workColumnFields(rawLines[i] ?? '');
    if (heading !== null) fields = heading;
    if (heading !== null) continue;
    const cells = lines[i]!.trim().split(/\s{3,}/);
    const range = findDateRange(lines[i]!);
    // (Or no heading row at all, the row beside it a cell longer: its start and end cells, "… 2017-07   2019-12   No …"
    // beside "… 2020-03   Yes …".)
    const beside = [rawLines[i - 1], rawLines[i + 1]].some((l) => l !== undefined && findDateRange(l) !== null && cellsOf(l) === cellsOf(rawLines[i]) + 1);
    if ((fields === null || fields.filter((f) => f === 'dates').length < 2) && !beside) {
      if (range !== null && fields === null) latestEnd = later(range);
      continue;
    }
    // (The table's order of day and month, from a date whose second number is no month: "12/28/2019" is a US date.)
    if ([...lines[i]!.matchAll(/(?<![\d/.-])\d{1,2}[./-](\d{1,2})[./-]\d{4}(?!\d)/g)].some((m) => Number(m[1]) > 12)) monthFirst = true;
    if (range !== null) {
      latestEnd = later(range);
      continue;
    }
    const dated = cells.flatMap((c, k) => {
      const single = findSingleDate(c);
      return single === null ? [] : [{ k: single.text.trim() === c ? k : -1, date: single.date }];
    });
    if (cells.length >= 2 && dated.length === 1 && dated[0]!.k >= 0 && dated[0]!.date.length === 7) startsAlone.push({ line: i, cell: dated[0]!.k, date: dated[0]!.date, cells });
  }
  if (startsAlone.length !== 1 || latestEnd === null) return;
  const [row] = startsAlone as [(typeof startsAlone)[0]];
  const date = (monthFirst ? parseDate(row.cells[row.cell]!, 'month') : null) ?? row.date;
  // (Or later than every other row's start, where a row beside it runs on past it: a voluntary post held alongside.)
  // (Its end written into a cell of its own after the start's, as the other rows' ends stand.)
  if (date >= latestEnd || (latestEnd !== '9999-12' && date > latestStart)) lines[row.line] = row.cells.map((c, k) => (k === row.cell ? `${date === row.date ? c : date.replace('-', '.')}   Present` : c)).join('   ');
}

/** A length of service in a cell of its own: "2 yrs 5 mos", "4 years", "18 months", "3年2个月", "2년 8개월", "1 an 6 mois". */
// (The words for years and months are the ones a header's aside is read with, YEARS_WORD and MONTHS_WORD.)
const LENGTH_OF_SERVICE = new RegExp(`^(?:(\\d{1,2})\\s*(?:${YEARS_WORD}\\.?|y|年|년)(?:\\s*,?\\s*(?:and\\s+)?)?)?(?:(\\d{1,2})\\s*(?:${MONTHS_WORD}\\.?|m|个月|個月|ヶ月|か月|カ月|개월))?$`, 'iu');

/**
 * The row of a table that gives each job's start and its length of service, and no end ("Tessaly Bank   Supply Chain
 * Planner   Sep 2023   2 yrs 5 mos" under "Company   Role   Started   Length of service"): its end is the month the length
 * reaches, counting the start's month as the first, written into the row as a range ("2023.09 - 2026.01").
 */
function endsFromLengths(lines: string[], start: number, end: number): void {
  for (let i = start; i < end; i++) {
    if (findDateRange(lines[i]!) !== null) continue;
    const cells = lines[i]!.trim().split(/\s{3,}/);
    if (cells.length < 3) continue;
    const lengths = cells.flatMap((c, k) => {
      const m = LENGTH_OF_SERVICE.exec(c.trim());
      return m && (m[1] !== undefined || m[2] !== undefined) ? [{ k, months: Number(m[1] ?? 0) * 12 + Number(m[2] ?? 0) }] : [];
    });
    const dated = cells.flatMap((c, k) => {
      const single = findSingleDate(c);
      return single !== null && single.text.trim() === c.trim() && single.date.length === 7 ? [{ k, date: single.date }] : [];
    });
    if (lengths.length !== 1 || dated.length !== 1 || lengths[0]!.months === 0) continue;
    const [year, month] = dated[0]!.date.split('-').map(Number) as [number, number];
    const last = year * 12 + (month - 1) + lengths[0]!.months - 1;
    const ends = `${Math.floor(last / 12)}.${String((last % 12) + 1).padStart(2, '0')}`;
    lines[i] = cells.map((c, k) => (k === dated[0]!.k ? `${dated[0]!.date.replace('-', '.')} - ${ends}` : c)).join('   ');
  }
}

/**
 * An open start as a header's second field after one bar or dash ("Responsable RH | depuis janvier 2022", over the
 * employer's line), where the section's other headers are written the same way with their ranges ("Assistante RH |
 * janvier 2019 – novembre 2021"): a cell of its own, as the date patterns read it after a cell's gap. (Not a duty's
 * tail in a section whose headers are set otherwise, "Led the payroll migration | since 2021".)
 */
function openStartAfterField(lines: string[], start: number, end: number): void {
  const SHAPE = /^(\s*)(\S[^|—–]{1,60}?)\s+([|—–-])\s+(\S.{2,60})$/u;
  const ranged = new Set<string>();
  for (let i = start; i < end; i++) {
    const m = SHAPE.exec(lines[i]!);
    const range = m ? findDateRange(m[4]!) : null;
    if (m && range && !range.current && range.text.trim() === m[4]!.trim()) ranged.add(m[3]!);
  }
  if (ranged.size === 0) return;
  for (let i = start; i < end; i++) {
    const m = SHAPE.exec(lines[i]!);
    if (!m || !ranged.has(m[3]!) || !/^(?:since|depuis|desde|seit|sinds|dal|od|ab)\s/iu.test(m[4]!) || findDateRange(lines[i]!) !== null) continue;
    if (BULLETED.test(m[2]!) || isContentLine(m[2]!) || m[2]!.split(/\s+/).length > 6) continue;
    const cell = `${m[1]}${m[2]!.trim()}   ${m[4]}`;
    if (findDateRange(cell)?.current) lines[i] = cell;
  }
}

/**
 * A form's cell that asks for several fields at once, set apart by slashes ("From   To   Company / Project / Position /
 * Relevant technical and management experience", a bid's PER-2 form), and the rows that answer it the same way
 * ("Pacific Span Infrastructure / Gympie Bypass Stage 2 (tenders, $60–180M) / Senior Estimator"): the label cell is made
 * two, "Company   Position", and each such row its employer and post, as a table with those columns writes them.
 */
function slashedFields(lines: string[], start: number, end: number): void {
  let labels: string[] | null = null;
  for (let i = start; i < end; i++) {
    const cells = lines[i]!.trim().split(/\s{3,}/);
    const asked = cells.findIndex((c) => {
      const parts = c.split(/\s\/\s/);
      return parts.length >= 3 && parts.some((p) => /^(?:company|employer|organi[sz]ation|firm)$/i.test(p.trim())) && parts.some((p) => /^(?:position|title|job title|role|post|designation)$/i.test(p.trim()));
    });
    if (asked >= 0) {
      labels = cells[asked]!.split(/\s\/\s/).map((p) => p.trim().toLowerCase());
      const [company, post] = [labels.findIndex((l) => /^(?:company|employer|organi[sz]ation|firm)$/.test(l)), labels.findIndex((l) => /^(?:position|title|job title|role|post|designation)$/.test(l))];
      labels = labels.map((l, k) => (k === company ? 'company' : k === post ? 'post' : l));
      lines[i] = cells.map((c, k) => (k === asked ? 'Company   Position' : c)).join('   ');
      continue;
    }
    if (labels === null) continue;
    // (The row's dates in their cells before it, or on the line above.)
    const range = findDateRange(lines[i]!);
    const dates = range !== null && lines[i]!.trim().startsWith(range.text.trim()) ? range.text.trim() : '';
    const parts = lines[i]!.trim().slice(dates.length).trim().split(/\s\/\s/);
    if (parts.length < 3 || (parts.length !== labels.length && parts.length !== labels.length - 1)) continue;
    // (Dates in a field of their own, "Medtronic / Quality Engineer / Galway / Mar 2019 – Present", stay.)
    const [company, post] = [parts[labels.indexOf('company')], parts[labels.indexOf('post')]];
    if (company && post) lines[i] = [dates, company.trim(), post.trim(), dates === '' && range !== null ? range.text.trim() : ''].filter(Boolean).join('   ');
  }
}

/** A line of two halves in two languages: its second range dropped when it names the same months, a cell given twice once. */
function onceInTwoLanguages(line: string): string {
  const cells = line.trim().split(/\s{3,}/);
  if (cells.length === 2 && cells[0] === cells[1]) return cells[0]!;
  const first = findDateRange(line);
  if (first === null) return line;
  const after = line.slice(first.index + first.text.length);
  const second = findDateRange(after);
  if (second === null || second.start !== first.start || second.end !== first.end || second.current !== first.current) return line;
  const rest = (after.slice(0, second.index) + after.slice(second.index + second.text.length)).trim();
  return [line.slice(0, first.index + first.text.length).trimEnd(), rest].filter(Boolean).join('   ');
}

/** What the rest of the CV tells the work parser. */
export interface WorkHints {
  /** The headline under the name ("Harbour Pilot"): most often the current job's title. */
  headline?: string | null;
}

/**
 * Reads work entries from the lines of experience sections. An entry is anchored on a line with a date range;
 * its header is that line (less the dates), up to two short non-bullet lines above it, and one below it
 * when the header is still missing a part. The lines after it, up to the next entry, are its highlights. A job
 * written as label–value rows is read from its labels instead, wherever its rows put the dates.
 */
export function extractWork(rawLines: string[], ranges: { start: number; end: number }[], hints: WorkHints = {}): LocatedWorkEntry[] {
  const entries: LocatedWorkEntry[] = [];
  /** Employers' lines dated over their roles (see below): no job of their own. */
  const grouping = new Set<LocatedWorkEntry>();
  const views = rowViews(rawLines);
  const lines = views.map((v) => v.text);
  /** The lines as read, before the passes below write a row's dates or fields into it. */
  const read = [...lines];
  const prose = new Map<number, string>();
  // A page printed in two languages side by side ("2019.11 – 至今   Nov 2019 – Present", "Vandermeer Logistics Asia
  // Vandermeer Logistics Asia"): the same dates, or the same cell, once.
  for (const { start, end } of ranges) for (let i = start; i < end; i++) lines[i] = onceInTwoLanguages(lines[i]!);
  for (const { start, end } of ranges) {
    // (Academic years are a section's dates only where they date its first entry: under jobs dated by months, "2021/22 –
    // 2022/23 acting Second in Department" is a note inside a job.)
    const firstAnyDate = lines.slice(start, end).find((l) => findDateRange(l) !== null || ACADEMIC_RANGE_IN.test(l));
    const academic = firstAnyDate !== undefined && findDateRange(firstAnyDate) === null;
    // A job told as a sentence, as Indian CVs write them: "Worked as Merchandiser in Kovai Garments Exports, Coimbatore
    // from April 2018 to October 2022." It is read as the header it tells.
    for (let i = start; i < end; i++) {
      // A form's career label in a cell of its own beside the first post ("个人简历   2001年12月—2003年12月 …"): the post alone.
      const [labelCell = '', ...rest] = lines[i]!.trim().split(/\s{3,}/);
      if (rest.length > 0 && CAREER_LABEL.test(labelCell.replace(/\s+/g, '')) && findDateRange(rest.join('   '))?.index === 0) lines[i] = rest.join('   ');
      // ("Roles held:" under an employer's line is a label over its roles, no part of a header: the employer's line
      // takes its place, right over the first role.)
      if (/^\s*(?:roles|positions|posts) held\s*[:：]\s*$/i.test(lines[i]!)) {
        const employer = i > start && findDateRange(lines[i - 1]!) === null;
        lines[i] = employer ? lines[i - 1]! : '';
        if (employer) lines[i - 1] = '';
      }
      // A date pill set upright down the left of a job: its start in the employer's line's first cell, a bar opening the
      // next line, the end after the bar or opening the line under it ("2020/07   Lumina Consumer Goods (China) Co., Ltd."
      // over "｜ Now 至今   FP&A Manager"; "2017.07   佛山德裕家居股份有限公司" over "｜   财务经理" over "2021.05   负责…").
      uprightPill(lines, i, end);
      // Academic years ("2016/17 – 2019/20": September 2016 to August 2020) and a start with its length of service
      // ("2017年5月入职，任职3年8个月", "From July 2022, for 1 year"), written as the range they are.
      lines[i] = withLengthOfService(academic ? withAcademicYears(lines[i]!) : withNamedAcademicYear(lines[i]!));
      // (The employer's line under a dated title repeating its months in brackets, "Linmoor High School   (September 2016
      // to August 2020)" under "Teacher of Mathematics   2016/17 – 2019/20": the same job's, no second one.)
      const above = i > start && /[(（][^)）]*\d{4}/u.test(lines[i]!) ? findDateRange(lines[i - 1]!) : null;
      const again = above ? findDateRange(lines[i]!) : null;
      if (above && again && again.start === above.start && again.end === above.end && again.current === above.current && findDateRange(lines[i - 1]!.replace(above.text, ' ')) === null) {
        const bracketed = new RegExp(`\\s*[(（]\\s*${again.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*[)）]`, 'u');
        if (bracketed.test(lines[i]!)) lines[i] = lines[i]!.replace(bracketed, '');
      }
      // (Or a period cell wrapped over a table row's lines: "Jun 2019 to   Parrot Ridge Analytics   Owned …" over the
      // title over "Aug 2021"; "Dec 2023   Kestrel Pay …" over "to   Senior Software Engineer …" over "Present".)
      wrappedPeriod(lines, i, end);
      // A gutter of years before the entry's own months ("2019–2020   September 2019 to March 2020: Contract Compositor at
      // Northshore Pixel Works"): the months are the entry's, the gutter goes.
      const [gutter = '', ...entryCells] = lines[i]!.trim().split(/\s{3,}/);
      const own = entryCells.length > 0 ? findDateRange(entryCells.join('   ')) : null;
      if (own?.index === 0 && /^\d{4}-\d{2}$/.test(own.start ?? '') && isDateOnly(gutter) && !/[a-z]/i.test(gutter) && !/\d{4}\D+\d{1,2}\b/.test(gutter.replace(/(?:19|20)\d{2}/g, 'Y'))) lines[i] = entryCells.join('   ');
      // (So does a season's name before its months: "Antarctic season 2016/17 Nov 2016 – Mar 2017   Southern Ice
      // Expeditions — Expedition Leader", "Summer season 2013/14 Nov 2013 – Mar 2014".)
      const season = /^\s*(?:[\p{L}-]+ ){0,2}(?:season|summer|winter)\s+(?:19|20)\d{2}(?:\/\d{2,4})?\s+(?=\S)/iu.exec(lines[i]!);
      if (season && findDateRange(lines[i]!.slice(season[0].length))?.index === 0) lines[i] = lines[i]!.slice(season[0].length);
      const told = sentenceEntry(lines[i]!);
      if (told) lines[i] = told;
      // A job's dates as the first item of its list, as a mind map exported to Markdown writes them ("#### 品牌运营经理"
      // over "- 2021.05 - 至今"): its dates line, where the line above is no item.
      const item = /^\s*[-*•·▪]\s+(.+)$/u.exec(lines[i]!);
      // (Not under a label: "Major projects:" over "- 2016 – 2018" heads a job's own dated items.)
      if (item && isDateOnly(item[1]!) && i > start && !BULLETED.test(lines[i - 1]!) && findDateRange(lines[i - 1]!) === null && !/[:：]\s*$/.test(lines[i - 1]!)) lines[i] = item[1]!;
    }
    // An entry written as one paragraph: its header, then its duties as sentences (see `splitParagraphEntry`). Only in
    // a section whose first dated line is such a paragraph (a template writes every entry alike): elsewhere a duty with
    // its dates in brackets ("Trained staff in Leeds, York and Hull (Jan 2019 - Mar 2019). …") is no entry.
    const firstDated = lines.slice(start, end).findIndex((l) => findDateRange(l) !== null);
    if (firstDated < 0 || splitParagraphEntry(lines[start + firstDated]!) === null) continue;
    for (let i = start; i < end; i++) {
      const split = splitParagraphEntry(lines[i]!);
      if (!split) continue;
      lines[i] = split.header;
      prose.set(i, split.prose);
    }
  }
  // Duties under their label are a sentence, whatever their last character: never a header or an anchor. A numbered
  // employer's line is a header, though a numbered line is a list's item as a rule ("1. Ravi Denim Industries (Pvt.)
  // Ltd., Lahore" over "Maintenance Engineer (November 2019 to Till Date)").
  // (Nor is a bulleted "Title – Employer" right over its dates alone, as a notes app lists jobs: "• Team Leader –
  // Caledonia Supported Living, Inverness" over "Feb 2020 to now".)
  const isContent = (i: number) => (isContentLine(lines[i]!) && !numberedEmployer(lines[i]!) && !bulletedHeader(lines[i]!, lines[i + 1] ?? '')) || isLabelledDescription(views[i]!);
  for (const { start, end } of ranges) {
    kindCells(lines, start, end);
    datesOnDutyLines(lines, start, end);
    datesAfterEntries(lines, start, end);
    openBlankEnds(lines, rawLines, start, end);
    endsFromLengths(lines, start, end);
    slashedFields(lines, start, end);
    openStartAfterField(lines, start, end);
    const anchors: number[] = [];
    // (Not a line labelled as another section's, a form's "學歷：香港東區專上學院 … (2009/09 - 2012/07)" under its job rows.)
    // (An apprenticeship or training so labelled is work where it stands among the jobs: "Ausbildung:
    // Industriekauffrau, Bosch GmbH (09/2013 – 08/2016)".)
    const otherLabel = (line: string) => {
      const label = /^\s*([^:：\d]{1,12})[:：]/u.exec(line)?.[1] ?? '';
      return !/ausbildung|lehre|training|apprentice|trainee|praktikum|stage|实习|實習|培训|培訓/i.test(label) && ['education', 'skills', 'languages', 'certifications'].includes(headingKind(label) ?? '');
    };
    // (Nor a row of a projects table under an employer's line, its columns headed by the period and the project, no
    // employer's: "期間   プロジェクト   役割   規模", "Period   Project   Role   Team size". Its rows are the projects of the
    // job above.)
    const projectsHeading = (line: string) => {
      const cells = line.trim().split(/\s{3,}/);
      return cells.length >= 3 && cells.some((c) => labelField(c) === 'dates') && cells.some((c) => /^(?:projects?|project name|client project|プロジェクト(?:名|概要)?|案件(?:名|概要)?|项目(?:名称|概要)?|項目(?:名稱|概要)?)$/iu.test(c.trim())) && !cells.some((c) => labelField(c) === 'company');
    };
    let inProjects = false;
    for (let i = start; i < end; i++) {
      if (projectsHeading(rawLines[i] ?? '')) inProjects = true;
      const range = findDateRange(lines[i] ?? '');
      if (range === null) continue;
      const row = (lines[i] ?? '').trim().startsWith(range.text.trim()) && (lines[i] ?? '').trim().split(/\s{3,}/).length >= 2;
      if (inProjects && row) continue;
      inProjects = false;
      if ((!isContent(i) || datedHeader(lines[i]!)) && !otherLabel(rawLines[i] ?? '')) anchors.push(i);
    }
    // The columns named by the last heading row above each line of the section, in one pass.
    const headingFields: (ColumnField[] | null)[] = [];
    for (let i = start, last: ColumnField[] | null = null; i < end; i++) {
      headingFields.push(last);
      last = workColumnFields(rawLines[i] ?? '') ?? last;
    }
    // A timeline of years in a narrow column with the months on the line below ("2019- 2022   Engineer, Acme" over
    // "February 2019 - June 2022 · Kalgoorlie"): one entry, dated by the months.
    const precise = new Map<number, NonNullable<ReturnType<typeof findDateRange>>>();
    const monthsBelow = new Set<number>();
    for (let k = 0; k + 1 < anchors.length; k++) {
      const [a, b] = [anchors[k]!, anchors[k + 1]!];
      const [ra, rb] = [findDateRange(lines[a]!)!, findDateRange(lines[b]!)!];
      const sameYears = ra.start?.length === 4 && rb.start?.length === 7 && rb.start.startsWith(ra.start) && (ra.current ? rb.current : !!ra.end && !!rb.end?.startsWith(ra.end));
      // Only a timeline: the years open the upper line, the months open the lower one.
      const timeline = lines[a]!.trim().startsWith(ra.text) && lines[b]!.trim().startsWith(rb.text);
      if (b === a + 1 && sameYears && timeline && findDateRange(lines[b]!.slice(rb.index + rb.text.length)) === null) {
        precise.set(a, rb);
        monthsBelow.add(a);
        anchors.splice(k + 1, 1);
      }
    }
    // A date cell wrapped in its row: "Jan 2021 -" ends the header line and its end ("Dec 2020", "Present") is the
    // last cell of the next line, beside the first highlight. The range is completed and the cell taken off.
    for (const a of anchors) {
      const open = findDateRange(lines[a]!)!;
      const next = lines[a + 1] ?? '';
      const cut = next.lastIndexOf('   ');
      if (precise.has(a) || !open.current || !/[-–—]\s*$/.test(open.text) || cut < 0 || findDateRange(next) !== null && findDateRange(next.slice(0, cut)) !== null) continue;
      const cell = next.slice(cut).trim();
      const joined = findDateRange(`${open.text} ${cell}`);
      // An end as precise as the start ("Apr 2017 -" … "Dec 2020"), or an open end ("Present"); a bare year beside a
      // highlight ("President's Club winner   2023") is the highlight's.
      const sameGrain = joined !== null && joined.start === open.start && joined.end !== null && joined.end.length === open.start?.length;
      if (sameGrain) precise.set(a, joined);
      if (sameGrain || isOpenEnd(cell)) lines[a + 1] = next.slice(0, cut).trimEnd();
    }
    const jobStarts = labelledJobStarts(views, start, end);
    let floor = start;
    // Dates first ("Jul 2019 – Mar 2021" above the company and the title): when the section opens with a date
    // line that has no header on it, every entry of the section is read downwards from its dates. (Not when
    // anything precedes it: "Designer — Acme Inc." ends in a full stop yet is the header above its dates.)
    const opening = start < end && isColumnHeadings(lines[start]!) ? start + 1 : start;
    const dateFirst = anchors[0] === opening && (isDateOnly(lines[opening]!) || townOverHeader(lines, opening));
    // A section whose first entry's header starts on its dated line ("Acme Ltd, Derby   Apr 2021 - Present" over the
    // title) writes every entry so: the lines above a later one's dates are the highlights before it, however short.
    const openingParts = anchors[0] === opening ? headerParts(lines[opening]!.replace(findDateRange(lines[opening]!)!.text, '   ')) : [];
    // (Its header goes on below its dated line when that names the title alone and the next line is a header line:
    // "08/2021-present   Stage Manager" over "Kernow Theatre, Truro".)
    const headerBelow = anchors.length > 1 && openingParts.length > 0 && opening + 1 < end && !isContent(opening + 1) && headerSized(lines[opening + 1]!) && findDateRange(lines[opening + 1]!) === null;
    const datedFirstLine = !dateFirst && anchors.length > 1 && (openingParts.some(isCompanyLike) || headerBelow) && anchors.every((a) => !isDateOnly(lines[a]!));
    let lastJob = -1;
    // How many header lines a later entry may take above its dates: as many as the first entry has, when everything
    // between the heading and its dates is its header (a template writes every entry alike). A wrapped highlight
    // line above the next entry's dates ("on the dementia unit") is then no header part of it.
    // (At least one line when the dates stand alone on their line: the header must be above them.)
    let aboveLimit = 2;
    let firstRead = false;
    // Right above dates that stand alone on their line, a header line may be long ("Title, Employer (Town)" of 90
    // characters): it is the only place left for the header, and a sentence or a bullet is still none.
    const datesAlone = (anchor: number) => headerParts(lines[anchor]!.replace(findDateRange(lines[anchor]!)!.text, '   ')).length === 0;
    const headerSizedAbove = (i: number, anchor: number) => headerSized(lines[i]!) || (i === anchor - 1 && lines[i]!.length <= 100 && datesAlone(anchor));
    // An employer on a line of its own over the roles held there ("Globex Corporation" over "Engineer   2015 – 2018")
    // is taken whatever the first entry set: grouped roles and promotions are written so under any template.
    const groupEmployer = (i: number) => i >= start && i < end && isCompanyLike(lines[i]!) && !isTitleLike(lines[i]!) && findDateRange(lines[i]!) === null && !isContent(i) && headerSized(lines[i]!);
    const mayTakeAbove = (anchor: number) => (firstRead ? Math.max(aboveLimit, datesAlone(anchor) ? 1 : 0) : 2);
    const picks: [Picked, LocatedWorkEntry, number][] = [];
    // A group's town under its time takes no place of a header's part either (LinkedIn's "Kaveri Aircon Systems Pvt Ltd"
    // over "Full-time · 3 yrs 10 mos" over "Bengaluru" over the first role).
    const groupTown = (i: number) => isBareTown(lines[i] ?? '') && isDuration(lines[i - 1] ?? '');
    // An employer given by its label on a line under the dates, one job a block ("Apr. 2024 - heute   Data Architect"
    // over "Kunde: Ostwind Energiehandel GmbH", a freelancer's profile): that employer, not a part guessed from the
    // lines around. Only where the first job's labelled employer is not over its dates (then the one under a job's
    // dates is the next job's).
    const labelledCompany = (i: number) => views[i]!.pairs.find((p) => p.field === 'company' && p.value.trim() !== '')?.value.split(/\s{3,}|\s+·\s+|\s+(?=\p{Lu}\p{Ll}+:\s)/u)[0]!.trim();
    // (Not a row that opens a job of its own, with its title's label beside the employer: "Highlands Roadbuild Ltd
    // Position   Project Engineer" under a dated row of labels.)
    const companyBelow = anchors.map((anchor, k) => {
      if (views[anchor]!.pairs.length > 0) return undefined;
      for (let i = anchor + 1; i < (anchors[k + 1] ?? end); i++) {
        if (views[i]!.pairs.some((p) => p.field === 'title' || p.field === 'dates')) return undefined;
        if (labelledCompany(i)) return labelledCompany(i)!;
      }
      return undefined;
    });
    const companyAbove = anchors.length > 0 && [...Array(Math.max(0, anchors[0]! - start)).keys()].some((n) => labelledCompany(start + n) !== undefined);
    const anchorSet = new Set(anchors);
    anchors.forEach((anchor, k) => {
      const range = findDateRange(lines[anchor]!)!;
      // The line below a timeline's years holds the months (see `monthsBelow`): read past it.
      const below0 = monthsBelow.has(anchor) ? anchor + 2 : anchor + 1;
      const line = lines[anchor]!;
      const next = anchors[k + 1] ?? end;
      // A job of label–value rows: from the row whose label opens every job to the next such row — when its rows
      // label the company or the title (dates alone under a label say nothing of the header lines around them).
      let job = views[anchor]!.pairs.length > 0 ? jobStarts.findLast((i) => i <= anchor) : undefined;
      const jobEnd = job === undefined ? -1 : Math.max(anchor + 1, jobStarts.find((i) => i > anchor) ?? next);
      if (job !== undefined && !views.slice(job, jobEnd).some((v) => v.pairs.some((p) => p.field === 'company' || p.field === 'title' || p.field === 'education'))) job = undefined;
      if (job !== undefined && job === lastJob) return; // a second date in one job's rows
      if (job !== undefined) {
        lastJob = job;
        // An employer named on a line of its own over its labelled rows ("Osu Presby Senior High School, Accra" over
        // "Position   : Mathematics Tutor"): a header part, for a job whose labels name no employer. (Under the rows of
        // the job before, such a line ends that job: see \`last\` below.)
        const over = job - 1;
        // (Not a line that sorts the jobs: "Full-time Employment", "Most Recent First".)
        const employerAbove = over >= start && views[over]!.pairs.length === 0 && !isContent(over) && headerSized(lines[over]!) && findDateRange(lines[over]!) === null && !isColumnHeadings(lines[over]!) &&
          !/\b(?:employment|experience|history|work|jobs?|positions?|posts?|roles?|first|recent|current|previous|past)\b/i.test(lines[over]!);
        const header = partsOf([...(employerAbove ? [lines[over]!] : []), withoutRange(line, range)]);
        // Europass writes a course the same way ("Title of qualification awarded", "Name of organisation providing
        // education"): under a heading that was not read as one (a PDF broke it over two lines), it is no job.
        if (views.slice(job, jobEnd).some((v) => v.pairs.some((p) => p.field === 'education'))) return;
        const picked = labelledHeader(views, job, jobEnd, assign(header.parts, header.places));
        // Its rows end at its last labelled one and the sentences and rows under it (a duty a PDF wrapped, a row of
        // an unknown label): a short line of one cell after them is what follows the job (a heading a PDF broke
        // over two lines), not one of its duties.
        let last = jobEnd - 1;
        while (last > anchor && views[last]!.pairs.length === 0 && !isContent(last) && !/\s{3,}/.test(lines[last]!)) last--;
        const body = [...Array(last + 1 - job).keys()].map((n) => job + n).filter((i) => i !== anchor && (views[i]!.pairs.length === 0 || isLabelledDescription(views[i]!)));
        const headerRows = rawLines.slice(job, last + 1).filter((_, n) => views[job + n]!.pairs.some((p) => p.field === 'dates' || p.field === 'company' || p.field === 'title'));
        entries.push(entry(picked, range, [...(views[anchor]!.description ? [views[anchor]!.description!] : []), ...body.map((i) => lines[i]!)], headerRows, job, last));
        floor = jobEnd;
        return;
      }
      let own = headerParts(headerOfRow(withoutRange(line, range)));
      // (A row whose only cell after its dates was set apart as its description: the header is that cell's first sentence.)
      const described = views[anchor]!.description;
      if (own.length === 0 && described && headerOfRow(described) !== described) own = headerParts(headerOfRow(described));
      if (dateFirst && (isTownAfterDates(line, range.index + range.text.length, own) || townOverHeader(lines, anchor))) own = [];
      const above: string[] = [];
      let first = anchor;
      // (A town on a line of its own, a narrow column's wrap of "Employer," over "Baltimore, MD", takes no place of a part.)
      for (let i = anchor - 1; !dateFirst && !datedFirstLine && i >= floor && (above.filter((a, n) => !isTownLine(a) && !groupTown(i + 1 + n)).length < mayTakeAbove(anchor) || groupEmployer(i)); i--) {
        const l = lines[i]!;
        // A rule under a plain-text heading ("=========") is no part: nothing above it is the header. Nor is another
        // entry's dated line, though that entry was passed over (a course among the jobs of a 履历表).
        if (anchorSet.has(i)) break;
        // (A rule that underlines an entry's own header, as Markdown and Org exports set it — "2.1 Staff Engineer - Acme"
        // over "------" — is passed over: the header is above it.)
        if (isRule(l)) {
          const over = lines[i - 1] ?? '';
          if (above.length === 0 && isDateOnly(line) && i - 1 >= floor && over !== '' && !isRule(over) && headingKind(over) === null && findDateRange(over) === null && !isContent(i - 1)) continue;
          break;
        }
        // A group's total time under its employer ("Acme Corp" over "5 years 10 months", as LinkedIn prints grouped
        // roles) is neither part: the employer above it is.
        // (Nor is whom the job reported to, "Supervisor: Prof. Ama Boateng" between the header and dates alone on their
        // line. Over a dated line with its own header it ends the job before: "Reporting to: Team Leader".)
        // (Passed over too where the jobs so far took their headers from above their dates, "华东智造科技有限公司" over
        // "汇报对象：研发总监" over "2019.03-至今   嵌入式工程师".)
        const readsAbove = datesAlone(anchor) || !firstRead || aboveLimit > 0;
        if (isDuration(l) || (reportingLine(l) && readsAbove)) continue;
        if (reportingLine(l)) break;
        // A heading on a line of its own (a nested table's header cells, one a line) is not a header part either.
        // (Nor a form's row of a person's contact details, "工作单位及职务   辽宁华锐精密机械有限公司 首席技师   联系电话   133 0402 7718",
        // "电子邮箱   liuguifang_sy@126.com".)
        if (isContent(i) || !headerSizedAbove(i, anchor) || isColumnHeadings(l) || isColumnHeading(l) || workColumnFields(rawLines[i] ?? '') !== null || isLabelledSkillsList(l) || headsRow(l, lines[anchor]!) || (PHONE_LABEL.test(l) && /\d[\d ()-]{6,}\d/.test(l)) || /\S@\S+\.\w/.test(l)) break;
        above.unshift(l);
        first = i;
      }
      const header = partsOf(above);
      let parts = [...header.parts, ...own];
      let bodyStart = below0;
      // One header line below the dates when a part is still missing; two when the section writes dates first. A
      // labelled industry or place on the way ("所属行业:   计算机软件") is passed over: it is neither part.
      for (let i = below0, read = 0; i < next && read < (dateFirst ? 2 : 1); i++) {
        if (isLabelledAside(views[i]!)) continue;
        read++;
        // Under dates that stand alone, the header may be written as short sentences: "Hotel Gran Albión (Barcelona).
        // Front Office Manager." (Spanish CVs). Read as its fields, when nothing of the header is on the dated line.
        const dotted = parts.length === 0 && datesAlone(anchor) ? dottedFields(lines[i]!) : null;
        // (A line whose first cells are the employer and its town and whose last is a duty, as a nested table's row
        // reads them side by side: "Sahyadri Systems Ltd   Mumbai   Delivered GST configuration for eight company
        // codes.")
        const cells = lines[i]!.trim().split(/\s{3,}/);
        const duty = cells.findIndex((c) => isContentLine(c) || c.split(/\s+/).length > 7);
        const led = !dotted && isContent(i) && duty > 0 && duty === cells.length - 1 && isCompanyLike(cells[0]!) && !isTitleLike(cells[0]!) ? cells.slice(0, duty).join('   ') : null;
        const below = dotted ?? led ?? lines[i]!;
        const sofar = assign(parts, header.places);
        // A legal form alone in the cell under the employer's is its wrap ("Banque Valmont Luxembourg" over "S.A.", a
        // narrow column): the employer's name goes on, and the line is read on.
        const tail = headerParts(below)[0] ?? '';
        const wrapped = parts.indexOf(sofar.company);
        // (Only a name that stood whole in its cell: "Lakeside Private Hospital (Pvt)" over "Ltd" keeps its note.)
        const wholeCell = (text: string) => text.split(/\s{3,}/).some((cell) => cell.trim() === sofar.company);
        if (read === 1 && sofar.company && wrapped >= 0 && titleCased(sofar.company) && [line, ...above].some(wholeCell) && !endsInLegalForm(sofar.company) && endsInLegalForm(tail) && tail.split(/\s+/).length <= 2 && /^\p{Lu}/u.test(tail)) {
          parts[wrapped] = `${sofar.company} ${tail}`;
          continue;
        }
        // A title taken for want of a better part ("ByteDance") gives way to a real one on the next line — unless
        // a header line above the dates was read already (title over company): that line is the next entry's.
        // So does a company taken for want of one ("Charge Nurse, Medical ICU", a unit) to an employer's name under
        // the dates ("St. Aldhelm's Regional Medical Center, Portland, OR").
        // A note in brackets after the title on the dated line ("Sales Assistant (Saturday)"), taken for want of a company.
        const bracketNote = (part: string) => part !== '' && sofar.title !== '' && line.includes(`${sofar.title} (${part})`);
        const missing =
          !sofar.company || !sofar.title || parts.length < 2 ||
          (above.length === 0 && !isTitleLike(sofar.title) && isTitleLike(below) && !isCompanyLike(below)) ||
          (above.length === 0 && !(isCompanyLike(sofar.company) && !isDutyLike(sofar.company)) && (isCompanyLike(below) || isCompanyLike(headerParts(below)[0] ?? '')) && !isTitleLike(below) && titleCased(below)) ||
          // And a duty that stood where the employer would ("Run procurement for a USD 3.2M budget", a table's third
          // cell) to a name under it, company word or not ("Hope for Rwenzori Children (HRC)").
          (above.length === 0 && (isDutyLike(sofar.company) || bracketNote(sofar.company)) && isLatin(below) && titleCased(below) && !isTitleLike(below) && !isTownLine(below));
        // (Right under dates that stand alone, a header line may be long, as above them: "Customer Service
        // Representative - Jamaica Public Service Company Ltd., Kingston".)
        const longHeader = i === below0 && parts.length === 0 && datesAlone(anchor) && below.length <= 100;
        if (!missing || (isContent(i) && !dotted && !led) || !(headerSized(below) || longHeader)) break;
        const more = partsOf([below]);
        parts = [...parts, ...more.parts];
        for (const place of more.places) header.places.add(place);
        bodyStart = i + 1;
      }
      // Under a heading row naming the columns, the row's cells say which is the company and which the title.
      const fields = headingFields[anchor - start];
      // (A row a pass wrote into, "Jan 2021   Present" for a blank end, is read as written.)
      const row = lines[anchor] !== read[anchor] ? lines[anchor]! : rawLines[anchor]!;
      const picked = (fields && fromColumns(fields, row, rawLines[anchor - 1] ?? '')) || readAt(assign(parts, header.places), [...above, line.replace(range.text, '   '), ...lines.slice(below0, bodyStart)].join('   '));
      // (Not over an employer read already: a consultant's "Nordstern Consulting GmbH" under the title, then "Kunde:
      // Bayerische Landesbahn AG", the client served there. Nor a company's size or trade given under such a label,
      // "Unternehmen: 1.200 Mitarbeiter, Logistik".)
      // (A part read off the job above's own labelled row is no employer of this one.)
      // (Read from a line of its own under the dates, over the label: not "SAP-Berater FI/CO" beside the dates, the title,
      // nor a line of the job above.)
      const labelRow = lines.findIndex((l, i) => i > anchor && i < next && companyBelow[k] !== undefined && l.includes(companyBelow[k]!));
      const readAlready = picked.company !== '' && isCompanyLike(picked.company) && lines.slice(anchor + 1, labelRow < 0 ? next : labelRow).some((l) => l.includes(picked.company));
      const labelled = companyAbove || readAlready || /^\s*(?:ca\.?\s*|approx\.?\s*|über\s+|rund\s+)?\d|\b(?:mitarbeiter|employees|staff|beschäftigte)\b/i.test(companyBelow[k] ?? '') ? undefined : companyBelow[k];
      if (labelled) {
        // (The part taken for the employer, when it was the title's only rival, is then the title: "Data Architect".)
        if ((!picked.title || picked.title === labelled) && picked.company && picked.company !== labelled) picked.title = picked.company;
        picked.company = labelled;
      }
      // The first entry sets how many lines above their dates the others may take — when its header is whole: both
      // parts read, from the lines between the heading and its dates (a header the PDF lost says nothing).
      if (!firstRead) {
        firstRead = true;
        if (picked.company && picked.title && lines.slice(opening, first).every(isRule)) aboveLimit = above.length;
      }
      // Lines above the next anchor that are its header belong to it, not to this entry's highlights.
      let bodyEnd = next;
      if (k + 1 < anchors.length && !dateFirst && !datedFirstLine) {
        let back = 0;
        // (The next entry's header underlined by a rule, over its dates: both lines are its — see above.)
        const [rule, over] = [bodyEnd - 1, bodyEnd - 2];
        if (rule === next - 1 && over >= bodyStart && isDateOnly(lines[next]!) && isRule(lines[rule]!) && !isRule(lines[over]!) && headingKind(lines[over]!) === null && findDateRange(lines[over]!) === null && !isContent(over) && headerSized(lines[over]!)) {
          bodyEnd = over;
          back = 1;
        }
        while ((back < mayTakeAbove(next) || groupEmployer(bodyEnd - 1)) && bodyEnd - 1 >= bodyStart && !isContent(bodyEnd - 1) && headerSizedAbove(bodyEnd - 1, next) && !(reportingLine(lines[bodyEnd - 1]!) && !datesAlone(next))) {
          if (!isDuration(lines[bodyEnd - 1]!) && !isTownLine(lines[bodyEnd - 1]!) && !groupTown(bodyEnd - 1) && !reportingLine(lines[bodyEnd - 1]!)) back++;
          bodyEnd--;
        }
      }
      if (isSchoolLike(picked.company) && !picked.title) return;
      // A school row among a form's jobs, its "title" the level studied ("安徽省六安市裕安区独山中学   初中"), and a course
      // whose "title" is the school ("数控车工   宁波技师学院 (业余)"): study, not jobs.
      if (isSchoolLike(picked.company) && STUDY_LEVEL.test(picked.title.trim())) return;
      // (Nor is a school row whose post is "学生", a 人民陪审员报名表's first row of its 个人简历 table.)
      if (isSchoolLike(picked.company) && /^(?:学生|在校学生|在读学生|student)$/i.test(picked.title.trim())) return;
      // (Nor one a form marks as study: "西蜀医科大学   儿科学（学习）", "Northmoor College   BSc (full-time study)".)
      if ([picked.title, line.trim()].some((t) => STUDY_MARK.test(t))) return;
      if (SCHOOL_NAME.test(picked.title.replace(/\s*[(（][^()（）]*[)）]\s*$/u, '').trim()) && !isCompanyLike(picked.company) && !isSchoolLike(picked.company)) return;
      // A career break is time off work, not a job ("Career break: caring for a family member", "Parental leave").
      // (Its header is read whole: "Career break (COVID-19 - airline recruitment freeze); online Mandarin tutor".)
      const breakLine = (text: string) => BREAK.test(text.trim());
      // (Also a table row's only cell after its number and dates, read as its description: "2   2014   09   2015   01   Not
      // employed — resettlement training and travel".)
      const ownBreak = [picked.company, picked.title, withoutRange(line, range), /^\s*\d{1,2}[.)]?\s*$/.test(withoutRange(line, range)) ? views[anchor]!.description ?? '' : ''].some(breakLine);
      // (A break's line under dates whose header stands above them is the next entry's: "Nurse, Karolinska …" over "2010 –
      // 2016" over "Parental leave" over "2016 – 2018".)
      if (ownBreak || (((datesAlone(anchor) && above.length === 0) || (!picked.company && !picked.title)) && breakLine(lines[anchor + 1] ?? ''))) {
        // Its line is read (and the line under it that named the break): the next entry's header starts below them.
        // (A row that names its break itself leaves the line under it to the next job: "Maya Reef Excursions Ltd.")
        floor = Math.min(next, anchor + (ownBreak && !breakLine(lines[anchor + 1] ?? '') ? 1 : 2));
        return;
      }
      // A course, not a job: a degree on the dated line and a school beside or under it (an education section whose
      // heading was not read: "教育和培训", a heading a PDF broke over two lines).
      // (A degree's name, not a duties cell that names one: "Covered a maternity leave: Mathematics to Junior Certificate, …".)
      if (own.some((p) => degreeLevel(p) !== null && p.split(/\s+/).length <= 8) && [...parts, lines[anchor + 1] ?? ''].some(isSchoolLike)) return;
      // …or a school and what was studied there, as a Chinese 履历表's 简历 lists study among the jobs
      // ("2012.09--2015.06 洛阳职业技术学院护理专业学习").
      // (Also wrapped, the school on the dated line and what was studied under it: "湘中工业大学机械设计与" over "制造专业学习".)
      if (own.some((p) => isSchoolLike(p) && /(?:学习|就读|读书|求学|进修)$/.test(p))) return;
      // (Not a job whose title names a field of learning: "算法工程师-机器学习" at a university's institute.)
      if (own.some(isSchoolLike) && /(?<!机器|深度|强化|统计|迁移|联邦|在线)(?:学习|就读|读书|求学|进修)$/.test(picked.title.trim()) && !isTitleLike(picked.title)) return;
      const description = [views[anchor]!.description, prose.get(anchor)].filter(Boolean).join(' ');
      // The header lines read, above and below the dates: what a reader checks the company and title against.
      entries.push(entry(picked, precise.get(anchor) ?? range, [...(description ? [description] : []), ...lines.slice(bodyStart, bodyEnd)], rawLines.slice(first, bodyStart), first, Math.max(anchor, bodyEnd - 1)));
      picks.push([picked, entries.at(-1)!, anchor]);
      floor = bodyEnd;
    });
    for (const [picked] of picks) settleByHeadline(picked, hints.headline ?? undefined);
    orderLikeSection(picks.map(([picked]) => picked));
    readColumnsByConsensus(picks.map(([picked, , anchor]) => ({ picked, row: rawLines[anchor] ?? '' })));
    // A role with a title and no employer of its own, under one that had one, is a role at that employer: the
    // promotions a CV groups under one employer line ("ACME NHS TRUST" / "Senior Nurse  2020 – 2023" / "Staff
    // Nurse  2017 – 2020").
    // So is one whose "employer" is the town the role before it had under its dates (LinkedIn's grouped roles:
    // "Senior Nurse" / dates / "Leeds", then "Staff Nurse" / dates / "Leeds").
    // Only within such a group: roles after one whose employer stands on a line of its own above it (the group's
    // header), until a role names an employer of its own. "Locum Nurse  2018 – 2019" after "Staff Nurse, Leeds General
    // Infirmary  2020 – Present" names none and is given none.
    let group: string | null = null;
    let timedGroup = false;
    picks.forEach(([picked, entry, anchor], n) => {
      const town = n > 0 ? lines[picks[n - 1]![2] + 1]?.trim() : undefined;
      // (A role of its own names its employer with the kind of employment: "Quarry Lane Media · Full-time".)
      const timedRole = timedGroup && TIMED.test(lines[anchor]!) && !isCompanyLike(picked.company) &&
        !lines.slice(entry.firstLine, anchor).some((l) => KIND_AFTER.test(l));
      const ownLine = !!picked.company && !(group && timedRole) && lines.slice(entry.firstLine, anchor).some((l) => l.trim().startsWith(picked.company) && findDateRange(l) === null && l.trim().length <= picked.company.length + 40);
      // A table whose employer cell spans the rows of its roles ("Employer | Role | Dates" over a row without an
      // employer) groups them too.
      const spanned = !!headingFields[anchor - start]?.includes('company') && !picked.company && picks[n - 1]?.[0].company;
      // Under a group, a role whose dated line holds its title alone: its "employer" read off the role above's last duty
      // ("Introduced a TDM service for vancomycin" over "07/2017 - 03/2020   ▸ Senior Pharmacist (Grade 2)", a duty in
      // sentence case), or its title read as the employer ("HR Generalist   Jul 2021 – Nov 2023"), is the group's role.
      const duty = dutyAsCompany(picked.company);
      // (The title read as the employer: where it is a title, or the role before had its title alone beside its dates too.)
      const previousAlone = n > 0 && titleAlone(lines[picks[n - 1]![2]]!, picks[n - 1]![0].title);
      if (group && picked.title && duty && titleAlone(lines[anchor]!, picked.title)) picked.company = group;
      else if (group && !picked.title && (isTitleLike(picked.company) || previousAlone) && !isCompanyLike(picked.company) && titleAlone(lines[anchor]!, picked.company)) [picked.company, picked.title] = [group, picked.company];
      else if (ownLine) {
        group = picked.company;
        // (LinkedIn's group: the employer over its total time, "Full-time · 5 yrs 10 mos".)
        const at = lines.findIndex((l, k) => k >= entry.firstLine && k < anchor && l.trim().startsWith(picked.company));
        timedGroup = at >= 0 && lines.slice(at + 1, anchor).some(isDuration);
      }
      else if (spanned) picked.company = group = picks[n - 1]![0].company;
      // (Nor is a code in brackets after the title an employer of its own: "Motor Transport Operator (88M)", an army trade.)
      // (Nor, under LinkedIn's group, a part read off the role above's last duty, its dates carrying their time: "Jul
      // 2012 - Jun 2013 · 1 yr" under "Graduate Engineer Trainee" under "Prepared daily progress reports".)
      else if (group && picked.title && (!picked.company || picked.company === town || isCodeNote(picked.company) || timedRole || unitOfGroup(picked, lines.slice(entry.firstLine, anchor + 2)))) picked.company = group;

      else group = null;
    });
    // An employer's line with the dates of all its roles, then the roles with their own dates and no employer
    // ("Prairie Hydrogen Partners, Calgary   Jul 2020 - Present" over "Lead Process Engineer (Nov 2023 - Present)" and
    // "Process Engineer (Jul 2020 - Oct 2023)"): the roles are at that employer, and the employer's line no job.
    // (The employer's town after a comma may have been read as its title: "Northsea Renewables Services Ltd, Aberdeen".)
    picks.forEach(([header, headerEntry, anchor], n) => {
      // (Or set before the dates with a dot or a bar: "Ceiba Customer Solutions S.A.S.   Medellín · May 2024 –
      // Present"; or after the employer, before the dates' cell: "Brindle Foods plc · Manchester   2020 – present".)
      const raw = rawLines[anchor] ?? '';
      const townAsTitle =
        !!header.title && !isTitleLike(header.title) && /^\p{Lu}[\p{L}.'-]+(?: \p{Lu}[\p{L}.'-]+)?$/u.test(header.title) &&
        (raw.includes(`, ${header.title}`) || raw.includes(`${header.title} ·`) || raw.includes(`${header.title} |`) || raw.trimEnd().endsWith(`· ${header.title}`) || raw.includes(`· ${header.title}   `) || raw.includes(`| ${header.title}   `));
      if (!header.company || (header.title && !townAsTitle)) return;
      const roles: [Picked, LocatedWorkEntry][] = [];
      for (const [picked, entry, roleAnchor] of picks.slice(n + 1)) {
        // (A role's title alone beside its dates may have taken its first duty below for its employer: "Band 5
        // Rotational Physiotherapist   Sep 2012 – Aug 2014" over "Rotations in outpatient MSK, stroke rehabilitation …".)
        // (Or a figure in brackets off its first duty: "(£140m turnover)".)
        const company = picked.title && (dutyAsCompany(picked.company) || /^[£$€¥₹]?\s?\d/u.test(picked.company)) && titleAlone(lines[roleAnchor]!, picked.title) ? '' : picked.company;
        // (An employer's years alone run from the first month of the first to the last of the last: "(2017 – 2023)".)
        const [from, to] = [headerEntry.start?.length === 4 ? `${headerEntry.start}-01` : headerEntry.start, headerEntry.end?.length === 4 ? `${headerEntry.end}-12` : headerEntry.end];
        const inside = entry.start !== null && from !== null && entry.start >= from && (headerEntry.current || (entry.end !== null && to !== null && entry.end <= to));
        // (Nor is the title's Chinese twin, "Senior Demand Planner 高级需求计划", an employer of the role's own.)
        const twin = /^[\u4e00-\u9fff]{2,10}$/u.test(picked.company) && !isCompanyLike(picked.company) && isLatin(picked.title);
        if ((company && !isCodeNote(company) && !isTitleSuffix(picked) && !twin) || !picked.title || !inside) break;
        roles.push([picked, entry]);
      }
      // Only when the roles fill the employer's dates, from its first month to its last (or to now): "Tesco Stores Ltd
      // 2019 - Present" over "Barista   2020 - 2021" is two jobs. (Every role starts inside them, so the first month is
      // the earliest role's.)
      // (An employer's years alone, "Castlegate Home Finance (2018 – present)", are filled from any month of them.)
      const sameMonth = (role: string | null, whole: string | null) => role === whole || (whole !== null && whole.length === 4 && role?.startsWith(whole) === true);
      const startsWith = roles.some(([, e]) => sameMonth(e.start, headerEntry.start));
      const reachesEnd = roles.some(([, e]) => (headerEntry.current ? e.current : sameMonth(e.end, headerEntry.end)));
      if (!startsWith || !reachesEnd) return;
      for (const [role] of roles) {
        if (isTitleSuffix(role)) role.title = `${role.title} – ${role.company}`;
        else if (/[\u4e00-\u9fff]/u.test(role.company)) role.title = `${role.title} ${role.company}`;
        role.company = header.company;
      }
      grouping.add(headerEntry);
    });
    for (const [picked, entry] of picks) [entry.company, entry.title] = [withoutClientLabel(unbulleted(picked.company)), unbulleted(picked.title)];
  }
  return entries.filter((e) => !grouping.has(e));
}

/**
 * Time off work as CVs name it, the whole of an entry's header ("Career break", "Parental leave") or the line under
 * dates with no header ("Career break: caring for a family member"); "Travel Nurse" and "Parental Leave Adviser" are jobs.
 */
// (And a form's row on the gaps between jobs: "经历空档说明 Gaps   2018/09 – 2019/11 MA study", "Employment gap". Not "Gap"
// alone: a retailer's name. Parental leave in the languages CVs are written in: "Föräldraledighet", "Elternzeit".)
const BREAK = /^(?:career break|career gap|not employed|unemployed|between jobs|stood down(?:\s+(?:during|due|because|for|from|in|while)\b.*)?|furloughed(?:\s+(?:during|due|because|for|from|in|while)\b.*)?|job ?seeking|employment gaps?|gaps? in employment|(?:经历|工作|职业)?空档(?:期|说明)?|sabbatical|(?:parental|maternity|paternity|family) leave|gap year|f[öo]r[äa]ldraledighet|elternzeit|mutterschutz|karenz|cong[ée] (?:parental|de maternit[ée]|sabbatique)|excedencia|baja (?:por )?maternidad|ouderschapsverlof|zwangerschapsverlof|congedo (?:parentale|di maternit[àa])|urlop (?:macierzy[ńn]ski|rodzicielski|wychowawczy)|foreldrepermisjon|barselsorlov|职业间隔|待业|休整|育儿假?|照顾家人|离职(?!原因|证明).*|.*[,，]\s*待业[。.]?|赴.{1,12}(?:进修|留学|游学).*)(?:\s*(?:[:：(（–—-].*)?)$/i;

/**
 * A job told as a sentence ("Presently working as Assistant Manager in Noyyal Apparel International, Tiruppur from
 * November 2022 to till date.", "Worked as Engineer at Acme Ltd from Jan 2015 to Mar 2018"): its header, "title,
 * employer   dates". Null for any other line.
 */
function sentenceEntry(line: string): string | null {
  // In Chinese, after the dates: "2004年03月—2009年08月 在东莞市长安镇富达电子厂任生产线组长", "… 于某局担任科员".
  // (After an entry's number too, and with what was done after the post's full stop: "1. 2012年9月至2014年8月，在上海信中
  // 会计师事务所（特殊普通合伙）任审计助理。参与制造业年报审计 20 余家。")
  const unnumbered = line.replace(ENTRY_NUMBER, '');
  const dated = findDateRange(unnumbered);
  if (dated !== null && unnumbered.slice(0, dated.index).trim() === '') {
    const zh = /^\s*[,，]?\s*(?:在|于)\s*([\u4e00-\u9fff][^\s，,。；;]{1,40}?)\s*(?:工作\s*[,，]?\s*)?(?:担任|任职|任)(?!职?期间|职?时|内)\s*([^\s，,。；;]{1,16})\s*(?:[。；;].*)?$/u.exec(unnumbered.slice(dated.index + dated.text.length));
    if (zh) return `${dated.text}   ${zh[1]}   ${zh[2]}`;
  }
  const m = /^(?:[•·▪●◦■*\-–—]\s*)?(?:(?:presently|currently)\s+)?(?:working|worked|employed|serving|served)\s+as\s+(?:an?\s+)?(.{2,60}?)\s+(?:in|at|with|for)\s+(.{2,80}?)\s+((?:from|since)\s+.{4,40}?)\s*\.?$/i.exec(line.trim());
  if (!m) return null;
  const range = findDateRange(m[3]!.replace(/^from\s+/i, ''));
  return range ? `${m[1]}, ${m[2]}   ${range.text}` : null;
}

/**
 * An entry written as one paragraph, its header's fields and dates first, then what was done as sentences:
 * "Teacher of Science, Kingsmead Academy, Northampton (Sep 2024 - present). Teach KS3 science…", or the dates
 * opening the line, "Sep 2021-present   Associate, Halvorsen Pike LLP, Chicago, IL. Draft and negotiate leases…".
 * The header is the fields up to the dates' closing bracket or the first full stop after them: two to six short
 * fields set apart by commas, one a title or an employer. Null for any other line.
 */
function splitParagraphEntry(line: string): { header: string; prose: string } | null {
  const t = line.trim();
  const range = findDateRange(t);
  if (!range || BULLETED.test(t)) return null;
  const after = t.slice(range.index + range.text.length);
  let header: string;
  let fields: string;
  let rest: string;
  const closing = /^\s*[)）]\s*[.。]\s+(?=\S)/.exec(after);
  if (closing && /[(（]\s*$/.test(t.slice(0, range.index))) {
    header = t.slice(0, range.index + range.text.length) + after.slice(0, closing[0].indexOf(')') + 1 || closing[0].indexOf('）') + 1);
    fields = t.slice(0, range.index).replace(/[(（]\s*$/, '');
    rest = after.slice(closing[0].length);
  } else if (range.index === 0) {
    // (The dates may end in a colon, as a career told line by line writes them: "September 2012 to May 2013: Section
    // Viola, Lakeshore Symphony Orchestra. One-season contract." The fields may then end the line.)
    const colon = /^\s*[:：]\s*/.exec(after)?.[0] ?? '';
    const told = after.slice(colon.length);
    // The first full stop that ends a field: not an abbreviation's ("St.", "Inc.", a state's "IL." ends the header).
    const stop = FIELD_STOP.exec(told) ?? (colon && /[.。]$/.test(told) ? { index: told.length - 1, 0: told.slice(-1) } : null);
    if (!stop) return null;
    header = `${t.slice(0, range.text.length)}${colon ? '   ' : ''}${told.slice(0, stop.index)}`;
    fields = told.slice(0, stop.index);
    rest = told.slice(stop.index + stop[0].length);
    // (So told, two to four fields each capitalised are a title and an employer whatever their words: "Section
    // Viola, Lakeshore Symphony Orchestra".)
    // (Or a title "at" its employer: "Senior Motion Designer at Granville Bridge Media, Vancouver".)
    const toldFields = (f: string) => headerFields(f) || (/^(?:\p{Lu}[^,;:]*)(?:(?:,\s*|\s+at\s+)\p{Lu}[^,;:]*){1,3}$/u.test(f) && f.split(/,\s*|\s+at\s+/).every((p) => p.split(/\s+/).length <= 6));
    // (Two fields neither read as title nor employer are the title and then the employer, as such lines write them.)
    const pair = fields.split(/,\s*/);
    if (colon && pair.length === 2 && !isCompanyLike(pair[0]!) && !isTitleLike(pair[1]!) && !headerFields(fields)) header = `${t.slice(0, range.text.length)}   ${pair[0]} at ${pair[1]}`;
    if (colon) return toldFields(fields) ? { header, prose: rest.trim() } : null;
  } else {
    // The dates closing the header's fields and then a full stop, what was done told after it: "Hillcountry Energy
    // Cooperative — Contract Technical Editor; 01/2019–06/2019. Edited outage procedures …" (a consultant's list of
    // engagements). The stop may end the line.
    const stop = /^\s*[.。](?:\s+(?=\S)|\s*$)/u.exec(after);
    fields = t.slice(0, range.index).replace(/\s*[;,:]\s*$/, '');
    if (!stop || !headerFields(fields) || /[;,:]/.test(fields.replace(/,\s*(?=\S)/g, ' '))) return null;
    return { header: `${fields}   ${range.text}`, prose: after.slice(stop[0].length).trim() };
  }
  return rest.trim().length > 0 && headerFields(fields) ? { header, prose: rest.trim() } : null;
}

/**
 * The fields of an entry's header written as a phrase list ("Paralegal, Meridian Title & Escrow, Evanston, IL"): two to
 * six short fields set apart by commas, bars or dashes, the first capitalised, none ending a sentence, one a title or
 * an employer — or four and more fields (a title, an employer and the town and state, whatever their words).
 */
function headerFields(text: string): boolean {
  const parts = text.split(/,\s*|\s{3,}|\s[|·–—-]\s/).map((f) => f.trim()).filter(Boolean);
  if (parts.length < 2 || parts.length > 6 || parts.some((f) => f.split(/\s+/).length > 6 || /[.;:!?]$/.test(f))) return false;
  return /^\p{Lu}|^[\u4e00-\u9fff]/u.test(parts[0]!) && (parts.length >= 4 || parts.some((f) => isTitleLike(f) || isCompanyLike(f)));
}

/**
 * A table's heading row over a dated row, in words no list knows ("Vessel   Type   GRT   Main engine   Rank   Company /
 * Manager   From   To"): four cells or more, short, without digits, and the row under it as many cells or one fewer.
 */
function headsRow(line: string, row: string): boolean {
  const cells = line.split(/\s{3,}/).filter((c) => c.trim() !== '');
  const rowCells = row.split(/\s{3,}/).filter((c) => c.trim() !== '').length;
  return cells.length >= 4 && !/\d/.test(line) && cells.every((c) => c.trim().split(/\s+/).length <= 4) && rowCells >= cells.length - 1;
}

/** A line of no letters or digits: a rule ("=====", "-----", "＿＿＿") under or between parts of the page. */
const isRule = (line: string) => !/[\p{L}\p{N}]/u.test(line);

/** A time span alone on a line: "5 years 10 months", "(2 yrs)", "3 mos", "3年5个月". */
/**
 * A row's header without its item mark and its duties: "(a)   Superintending Engineer, Central Works Directorate,
 * Chennai. Circle of four divisions; …" (a bio-data form's lettered rows) is "Superintending Engineer, Central Works
 * Directorate, Chennai". Only a first sentence of two to four short fields; any other row is as it was.
 */
function headerOfRow(text: string): string {
  const cells = text.trim().split(/\s{3,}/).filter((c) => !/^[(（]?(?:[a-h]|[ivx]{1,4})[)）.]$/i.test(c.trim()));
  if (cells.length !== 1) return cells.length === 0 ? '' : cells.length < text.trim().split(/\s{3,}/).length ? cells.join('   ') : text;
  const m = /^([^.;:]{5,120}?)\.\s+\p{Lu}/u.exec(withoutAbbreviations(cells[0]!));
  const fields = m ? m[1]!.split(/,\s*/) : [];
  return m && fields.length >= 2 && fields.length <= 4 && fields.every((f) => f.split(/\s+/).length <= 6) ? cells[0]!.slice(0, m[1]!.length) : cells[0]!;
}

/**
 * Whom a job reported to, on a line of its own ("Supervisor: Prof. Ama Boateng", "汇报对象：研发总监"): no header part.
 * (One naming the employer after the manager, "Line manager: Operations Manager, Steel City Energy Ltd", is read as
 * a header line: it is where that CV names the employer.)
 */
function reportingLine(line: string): boolean {
  const t = line.trim();
  return REPORTING_LINE.test(t) && !t.split(/,\s*/).slice(1).some(isCompanyLike);
}

// (And in the words of its page in other languages: "2 lata 10 mies.", "Pełny etat · 5 lat".)
const TIMED = new RegExp(`·\\s*\\d+\\s*(?:${YEARS_WORD}|${MONTHS_WORD})(?![\\p{L}])`, 'iu');
const EMPLOYMENT_KIND = '(?:full[- ]time|part[- ]time|contract|permanent|temporary|freelance|self-employed|internship|apprenticeship|seasonal|(?:nie)?pełny etat|vollzeit|teilzeit|temps (?:plein|partiel)|jornada (?:completa|parcial)|media jornada|tempo (?:integral|parcial|pieno)|meio período|fulltime|parttime|deeltijd|voltijd)';
/** A role's line that names its employer with the kind of employment: "Quarry Lane Media · Full-time", "… · Pełny etat". */
const KIND_AFTER = new RegExp(`\\s·\\s*${EMPLOYMENT_KIND}\\s*$`, 'iu');
const DURATION = new RegExp(`^[(（]?\\s*(?:${EMPLOYMENT_KIND}\\s*·\\s*)?(?:\\d+\\s*${YEARS_WORD}\\.?(?:\\s+\\d+\\s*${MONTHS_WORD}\\.?)?|\\d+\\s*${MONTHS_WORD}\\.?|\\d+\\s*年(?:\\s*\\d+\\s*个?月)?|\\d+\\s*个月)\\s*[)）]?$`, 'iu');
function isDuration(line: string): boolean {
  // (Also after the kind of employment, as LinkedIn's page prints a group of roles: "Full-time · 3 yrs 10 mos".)
  return DURATION.test(line.trim());
}

/**
 * Title case, as names are written ("St. Columba's University Hospital, Dublin 4", "Comfort Keepers of Central Ohio"),
 * not as a duty is ("Check-in and check-out for a 420-room resort"): the small words of names in several languages and
 * legal forms in lower case aside.
 */
function titleCased(text: string): boolean {
  // Its first cell (a table's row goes on with the duties), and words of letters: not a legal form's "z o.o.".
  const words = text.trim().split(/\s{3,}/)[0]!.split(/[\s,]+/).filter((w) => /^\p{L}{3,}$/u.test(w));
  return words.every((w) => !/^\p{Ll}/u.test(w) || NAME_SMALL_WORDS.test(w));
}
const NAME_SMALL_WORDS = /^(?:and|for|the|with|des|del|dei|della|delle|dello|per|dos|das|los|las|por|para|van|von|der|den|het|voor|und|für|sur|aux|plc|ltd|inc|llc|llp|gmbh|corp)$/;

/** A duty written beside a header's fields (a table's third cell): a phrase of four words or more, not in title case ("Run procurement for a USD 3.2M budget"). */
const isDutyLike = (text: string) => isLatin(text) && text.trim().split(/\s+/).length >= 4 && !titleCased(text);

/**
 * Short enough for an entry's header line: 70 characters, or 110 when its fields are set apart ("Warehouse Operations
 * Manager | Brackenfield Distribution Ltd | Daventry") and it ends on no sentence.
 */
function headerSized(line: string): boolean {
  return line.length <= 70 || isFieldedHeader(line);
}

/**
 * A header line long enough to pass for prose ("Ardmore Community Health Trust - Clinical Nurse, Emergency
 * Department   October 2018 - May 2022"): a tab-stop gap before or after a cell that is the date range alone, no
 * bullet before it and no sentence in it.
 */
function datedHeader(line: string): boolean {
  const t = line.trim();
  const range = findDateRange(t);
  if (!range || (BULLETED.test(t) && !isBulletedEntry(t))) return false;
  // The range stands alone: a cell of its own (a tab stop before or after it), or opening the line ("2015-01 -
  // 2016-06 Licensed Practical Nurse, …"). One closing a sentence ("…a budget of £2m, Jan 2020 - Jun 2020") is prose.
  const cells = t.split(/\s{3,}/);
  // …or closing the line in parentheses ("Ward Sister, Acute Medical Unit, Calder Vale NHS Trust, Halifax (Jul 2023 - present)").
  // (One field is enough when it names a title or an employer, after an entry's number: "2. Senior Merchandiser (
  // September 1, 2017 - December 31, 2021)".)
  const before = t.slice(0, range.index).replace(/[(（[]\s*$/, '');
  // (A title "at" its employer is two fields: "Senior Lecturer at Centre for Applied Materials, University of Bramford (2018.11 – 2022.07)".)
  const fieldsBefore = before.replace(ENTRY_NUMBER, '').split(/,|\s[|·•@]\s|\sat\s/);
  // (Or in square brackets: "2) Senior Supply Chain Planner, Merlion Cold Chain Pte Ltd [10/2020 – 12/2022]".)
  const inParentheses = /[(（[]\s*$/.test(t.slice(0, range.index)) && /^\s*[)）\]]\s*$/.test(t.slice(range.index + range.text.length)) &&
    (fieldsBefore.length >= 2 || isTitleLike(fieldsBefore[0]!) || isCompanyLike(fieldsBefore[0]!)) && fieldsBefore.every((f) => f.trim().split(/\s+/).length <= 6);
  // …or closing a line of header fields after a single space, where a long header left no room for a tab stop
  // ("Assistant Facilities Manager, Orchard Crest Property Management Pte Ltd, Singapore Jan 2018 - Mar 2021").
  const closesFields = t.endsWith(range.text) && headerFields(before);
  // (An entry's number before the range still opens the line: "1、2023年3月到现在 青岛海晟船舶修造有限公司 焊工".)
  const alone = (cells.length >= 2 && [cells[0]!, cells.at(-1)!].some((c) => isDateOnly(c))) || before.replace(ENTRY_NUMBER, '').trim() === '' || inParentheses || closesFields;
  // A table's row, its dates in the first cell and its duties in the last, however long: the cells between are the
  // header ("08/2015 - 08/2018   Calder Bridge Community Hospital   Staff Nurse   Rehabilitation and step-down care…").
  // …or its dates anywhere else, a cell of their own or From and To side by side: in the last cells ("MV Tyne
  // Guardian   Rescue vessel   3,120   Chief Engineer   Tyne Offshore Support AS   08/2022   Present", a seafarer's
  // sea service), or before a reason for leaving ("Dar Al Shifa Hospital   Staff Nurse   03/2022 - Present   Still
  // employed"). Every other cell is short, but for one at either end: the duties.
  // (An abbreviation's full stops are no sentence's: "EuroSilk Rail Logistics B.V.", "Ningbo Gangda Co., Ltd.".)
  // (Nor is an employer's cell with its address, a list of short fields: "Havelet Fiduciary Services Limited, Les
  // Echelons Court, St Peter Port, GY1 1AR".)
  // (A row's number is a short cell: "1.   11/2019 – present   Lithuania   …   – Lead a crew of 8–12 welders …".)
  const short = (c: string) =>
    /^[(（]?\d{1,2}[.)）、]?$/.test(c) ||
    // (Nor are a date's or a number's points: "6 Y 10 M 18 D (as on 19.11.2026)".)
    (!/[.。;；]/.test(withoutAbbreviations(c).replace(/(?<=\d)\.(?=\d)/g, '')) &&
      (c.split(/\s+/).length <= 8 ||
        // (An employer run into its town before the town's region and country: "Taff Vale Primary Care Network Cardiff, Wales, United Kingdom".)
        (c.split(/\s+/).length <= 16 && c.split(/,\s*/).every((f) => f.split(/\s+/).length <= 6)) ||
        // (Or an employer and its places after a dash: "British Army Royal Electrical and Mechanical Engineers — UK, Germany".)
        (c.split(/\s+/).length <= 16 && /\s[-–—]\s/.test(c) && c.split(/,\s*|\s[-–—]\s/).every((f) => f.split(/\s+/).length <= 7))));
  const dateAt = cells.findIndex((c) => isDateOnly(c));
  const pairAt = cells.findIndex((c, k) => k + 1 < cells.length && !isDateOnly(c) && isDateOnly(`${c}   ${cells[k + 1]}`));
  const dated = dateAt >= 0 ? [dateAt] : pairAt >= 0 ? [pairAt, pairAt + 1] : [];
  const others = cells.map((c, k) => (dated.includes(k) ? null : { c, k })).filter((o) => o !== null);
  const long = others.filter(({ c }) => !short(c));
  // (Or the duties last before From and To at the row's end: "School   Roll No.   Post held   Subjects taught; other
  // duties…   01/09/21   to date", a teaching post's form.)
  // (The first cell may be long too, an employer with its address: "St Ciarán's Secondary School Shandon Road, Dungarvan, Co. Waterford".)
  const addressFirst = long.length === 2 && long[0]!.k === 0 && !/[.。;；]\s/.test(withoutAbbreviations(long[0]!.c)) && long[0]!.c.split(/\s+/).length <= 16;
  const dutiesLast = (long.length === 1 || addressFirst) && long.at(-1)!.k === others.at(-1)!.k && dated.length > 0 && dated.at(-1) === cells.length - 1;
  // (A note of the post's hours or terms may close the row after the duties: "… Years 10–13; literacy lead   0.8 FTE".)
  // (A figure with its unit: a bare number, "12", is a project table's count.)
  const terms = (c: string) => /^(?:\d+(?:\.\d+)?\s*(?:FTE|WTE|%|hrs?|hours)|full[- ]time|part[- ]time|casual|permanent|temporary|fixed[- ]term|contract|locum|relief)$/i.test(c.trim());
  const dutiesBeforeTerms = long.length === 1 && others.every(({ c, k }) => k <= long[0]!.k || terms(c)) && others.at(-1)!.k !== long[0]!.k;
  if (cells.length >= 4 && dated.length > 0 && (long.length === 0 || (long.length === 1 && [0, cells.length - 1].includes(long[0]!.k)) || dutiesLast || dutiesBeforeTerms)) return true;
  if (!alone) return false;
  // The rest is fields, not sentences: at most a full stop at its end, after a list of fields ("Charge Nurse,
  // Medical ICU, St. Aldhelm's Regional Medical Center, Portland, OR."). Abbreviations are no sentence ends.
  // (An entry's number is no sentence's end: "1. Assistant Manager, Merchandising ( January 1, 2022 - Continuing)".)
  const rest = (t.slice(0, range.index) + '   ' + t.slice(range.index + range.text.length)).trim().replace(ENTRY_NUMBER, '');
  const fields = withoutAbbreviations(rest);
  if (rest.length > 120 || /[.。!?;；](?=\s)/.test(fields)) return false;
  // (A forum post's entry puts a short duty after the employer and title on one line: "2023年3月到现在 青岛海晟船舶修造
  // 有限公司 焊工 船体分段和管系焊接。" — an employer's name first is a header.)
  const first = rest.split(/\s+/)[0] ?? '';
  return !/[.。;；]$/.test(fields) || (fields.match(/,/g) ?? []).length >= 2 || (/^[\u4e00-\u9fff]/.test(first) && isCompanyLike(first));
}

/** A header's field without the bullet a bulleted header put before it ("* Senior Data Analyst, Turia Health …"). */
/** Whether a dated line names only the title beside its dates ("07/2017 - 03/2020   ▸ Senior Pharmacist (Grade 2)"). */
/** A duty's sentence read as an employer: three words or more, the second in small letters, hardly any capitalised after the first. */
function dutyAsCompany(company: string): boolean {
  const words = company.split(/\s+/);
  return words.length >= 3 && /^\p{Ll}/u.test(words[1]!) && words.slice(1).filter((w) => /^\p{Lu}/u.test(w)).length <= 1 && !isCompanyLike(company) && !isSchoolLike(company);
}

function titleAlone(line: string, title: string): boolean {
  const range = findDateRange(line);
  if (!range) return false;
  const parts = headerParts(withoutRange(line, range)).map(unbulleted);
  return parts.length === 1 && unbulleted(title).startsWith(parts[0]!.replace(/\s*[(（].*$/u, ''));
}

/**
 * Under an employer's own line, a role that names its title and then a unit of that employer or a town, not an
 * employer of its own: "Staff Nurse, Intensive Care Unit 1.0 WTE   Mar 2018 – Jun 2020", "Staff Nurse, Medical (St.
 * Enda's Ward)" under "Corrib University Hospital Galway"; "Senior HR Specialist, Istanbul" under its firm's line. A
 * unit is named as one (a ward, a unit, a team, a department) or is a town; a name with a company word, a legal form or
 * a school's is an employer's.
 */
function unitOfGroup(picked: Picked, header: string[]): boolean {
  if (!picked.company || !picked.title || picked.order !== 'title-first') return false;
  // (The title, then the unit after a comma or a dash, on one of the role's lines: a town read off a bracket,
  // "Harlow Packaging Machinery (Tianjin)", is none.)
  const line = header.find((l) => l.includes(`${picked.title}, ${picked.company}`) || l.includes(`${picked.title} – ${picked.company}`) || l.includes(`${picked.title} - ${picked.company}`));
  if (line === undefined) return false;
  // (With its note in brackets after it: "Medical (St. Enda's Ward)".)
  const noted = /^\s*[(（][^()（）]{1,40}[)）]/.exec(line.slice(line.indexOf(picked.company) + picked.company.length))?.[0] ?? '';
  const unit = picked.company.replace(/\s*\b\d+(?:\.\d+)?\s*(?:WTE|FTE)\b.*$/i, '').replace(/\s*[(（].*$/u, '').trim();
  if (unit === '' || isCompanyLike(unit) || endsInLegalForm(unit) || isSchoolLike(unit) || isTitleLike(unit)) return false;
  const words = unit.split(/\s+/);
  // (A name of one or two words is an employer's, "Barista, Caffè Nero", "Graduate Engineer, Atkins": a unit only
  // when it names one, with its ward in brackets, "Medical (St. Enda's Ward)", or a town.)
  const named = SUBUNIT.test(unit) || /\b(?:Unit|Ward|Team|Theatres?|Department|Dept\.?|Division|Section|Desk)\b/.test(`${picked.company} ${noted}`);
  return words.length <= 4 && (named || isKnownPlace(unit));
}

/**
 * A contractor's client named with its label, and the item's number a ledger of clients puts before it ("06 Client:
 * Heatherly Travel", "Client: Orrin Water Services", "客户：天府航旅"): the client.
 */
const withoutClientLabel = (company: string) => company.replace(/^(?:\d{1,2}\s+)?(?:end[- ]client|client|customer|客户|客戶)\s*[:：]\s*(?=\S)/iu, '');
const unbulleted = (field: string) => field.replace(/^[•·▪●◦■*‣>▸►▹➤◎◆◇○□\p{Co}]\uFE0F?\s+/u, '');

/** A work entry from what was read: its highlights without their bullets, its header lines as the evidence. */
function entry(
  picked: Picked,
  range: NonNullable<ReturnType<typeof findDateRange>>,
  body: string[],
  headerLines: string[],
  firstLine: number,
  lastLine: number,
): LocatedWorkEntry {
  return {
    company: unbulleted(picked.company),
    title: unbulleted(picked.title),
    start: range.start,
    end: range.end,
    current: range.current,
    highlights: body.map((l) => l.replace(/^[•·▪●◦■*\-–—‣>\p{Co}]\s*/u, '').trim()).filter(Boolean).map((l) => l.slice(0, 300)),
    evidence: headerLines.filter(Boolean).join(' / ').slice(0, 160),
    firstLine,
    lastLine,
  };
}
