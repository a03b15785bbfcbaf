import type { WorkEntry } from '../types';
import { findDateRange } from './dates';
import { headerParts, isCompanyLike, isContentLine, isSchoolLike, isTitleLike } from './roles';

/** A work entry plus the line range it covers, so skills found in its lines can point back to it. */
export interface LocatedWorkEntry extends WorkEntry {
  firstLine: number;
  lastLine: number;
}

const LOCATION_PART = /^(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?, ?[A-Z]{2,}|北京|上海|深圳|广州|杭州|成都|南京|武汉|西安|苏州|remote|london|new york|san francisco|seattle|berlin|singapore)$/i;

/** Picks the company and title among an entry's header parts. */
function assign(parts: string[]): { company: string; title: string } {
  let title = parts.find((p) => isTitleLike(p) && !isCompanyLike(p)) ?? parts.find((p) => isTitleLike(p)) ?? '';
  let company = parts.find((p) => p !== title && isCompanyLike(p)) ?? '';
  const rest = parts.filter((p) => p !== title && p !== company && !LOCATION_PART.test(p) && p.length <= 60);
  if (!company && rest.length > 0) company = rest.shift()!;
  if (!title && rest.length > 0) title = rest.shift()!;
  return { company, title };
}

/**
 * Reads work entries from the lines of experience sections. An entry is anchored on a line with a date range;
 * its header is that line (less the dates), up to two short non-bullet lines above it, and one below it
 * when the header is still missing a part. The lines after it, up to the next entry, are its highlights.
 */
export function extractWork(lines: string[], ranges: { start: number; end: number }[]): LocatedWorkEntry[] {
  const entries: LocatedWorkEntry[] = [];
  for (const { start, end } of ranges) {
    const anchors: number[] = [];
    for (let i = start; i < end; i++) if (findDateRange(lines[i] ?? '') && !isContentLine(lines[i] ?? '')) anchors.push(i);
    let floor = start;
    anchors.forEach((anchor, k) => {
      const range = findDateRange(lines[anchor]!)!;
      const line = lines[anchor]!;
      const own = headerParts(line.slice(0, range.index) + '   ' + line.slice(range.index + range.text.length));
      const above: string[] = [];
      let first = anchor;
      for (let i = anchor - 1; i >= floor && above.length < 2; i--) {
        const l = lines[i]!;
        if (isContentLine(l) || l.length > 70) break;
        above.unshift(l);
        first = i;
      }
      let parts = [...above.flatMap(headerParts), ...own];
      const next = anchors[k + 1] ?? end;
      let bodyStart = anchor + 1;
      const { company, title } = assign(parts);
      const below = lines[anchor + 1];
      if ((!company || !title || parts.length < 2) && below !== undefined && anchor + 1 < next && !isContentLine(below) && below.length <= 70) {
        parts = [...parts, ...headerParts(below)];
        bodyStart = anchor + 2;
      }
      const picked = assign(parts);
      // Lines above the next anchor that are its header belong to it, not to this entry's highlights.
      let bodyEnd = next;
      if (k + 1 < anchors.length) {
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
        highlights: lines.slice(bodyStart, bodyEnd).map((l) => l.replace(/^[•·▪●◦■*\-–—‣>]\s*/, '').trim()).filter(Boolean).map((l) => l.slice(0, 300)),
        evidence: [...above, line].join(' / ').slice(0, 160),
        firstLine: first,
        lastLine: Math.max(anchor, bodyEnd - 1),
      });
      floor = bodyEnd;
    });
  }
  return entries;
}
