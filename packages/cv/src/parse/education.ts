import type { DegreeLevel, EducationEntry } from '../types';
import { findDateRange, findSingleDate } from './dates';
import { headerParts, isSchoolLike } from './roles';

const LEVELS: [DegreeLevel, RegExp][] = [
  ['doctorate', /(?<![a-z])(ph\.?\s?d\.?|doctor(?:ate)?|d\.?phil)(?![a-z])|博士(?!后|後|生导师|生導師)/i],
  ['master', /(?<![a-z])(master'?s?|m\.?sc|m\.s\.?|m\.a\.?|mba|m\.?eng|m\.?phil|ms)(?![a-z])|硕士|研究生/i],
  ['bachelor', /(?<![a-z])(bachelor'?s?|b\.?sc|b\.s\.?|b\.a\.?|b\.?eng|b\.?tech|bs|ba)(?![a-z])|本科|学士/i],
  ['associate', /(?<![a-z])(associate(?:'s)? degree|a\.a\.?|a\.s\.?|diploma)(?![a-z])|大专|专科|高职/i],
];

export function degreeLevel(text: string): DegreeLevel | null {
  for (const [level, pattern] of LEVELS) if (pattern.test(text)) return level;
  return null;
}

/** The field of study: "in Computer Science", "Computer Science (BSc)", "专业：计算机科学与技术". */
function fieldOf(parts: string[], degreePart: string | undefined): string | null {
  const inField = degreePart && /\b(?:in|of)\s+([A-Z][\w &-]+)$/.exec(degreePart);
  if (inField) return inField[1]!.trim();
  const zh = parts.map((p) => /(?:专业[:：]?\s*)?([\u4e00-\u9fff]{2,12}(?:专业|工程|科学|技术|管理|学))/.exec(p)).find(Boolean);
  if (zh) return zh[1]!.replace(/专业$/, '');
  const other = parts.find((p) => p !== degreePart && !isSchoolLike(p) && !degreeLevel(p) && /^[A-Za-z][A-Za-z &-]{3,50}$/.test(p));
  return other ?? null;
}

/** Reads education entries: each line naming a school starts one; a degree on it or the next line is its level. */
export function extractEducation(lines: string[], ranges: { start: number; end: number }[]): EducationEntry[] {
  const entries: EducationEntry[] = [];
  for (const { start, end } of ranges) {
    for (let i = start; i < end; i++) {
      const line = lines[i]!;
      if (!isSchoolLike(line) || line.length > 120) continue;
      const context = [line, lines[i + 1] && !isSchoolLike(lines[i + 1]!) && i + 1 < end ? lines[i + 1]! : ''].filter(Boolean);
      const range = context.map((l) => findDateRange(l)).find(Boolean) ?? null;
      const single = range ? null : context.map((l) => findSingleDate(l)).find(Boolean) ?? null;
      const parts = context.flatMap((l) => headerParts(range ? l.replace(range.text, '   ') : single ? l.replace(single.text, '   ') : l));
      const institution = parts.find(isSchoolLike) ?? line;
      const degreePart = parts.find((p) => degreeLevel(p) !== null);
      entries.push({
        institution: institution.slice(0, 120),
        level: degreeLevel(context.join(' ')),
        degree: degreePart ?? null,
        field: fieldOf(parts.filter((p) => p !== institution), degreePart),
        start: range?.start ?? null,
        end: range ? range.end : single?.date ?? null,
        evidence: context.join(' / ').slice(0, 160),
      });
    }
  }
  return entries;
}
