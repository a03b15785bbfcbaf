/** Shared helpers for the heldout-44 templates: date formats, skill strings, HTML escaping, text padding. */
import type { Job, Person } from './people.ts';

export const REF = '2026-12';

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON_DOT = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'Jun.', 'Jul.', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

export type DateStyle =
  | 'Mon YYYY' | 'Month YYYY' | 'Mon. YYYY' | 'MM/YYYY' | 'MM/YY' | 'M/YYYY' | 'MM.YYYY' | 'YYYY.MM' | 'YYYY.M'
  | 'YYYY/MM' | 'YYYY-MM' | 'YYYY年M月' | 'YYYY年MM月' | 'YYYY-MM-01' | 'MON YYYY' | 'YYYY';

export function ym(s: string): [number, number] {
  return [Number(s.slice(0, 4)), Number(s.slice(5, 7))];
}

export function fmt(s: string, style: DateStyle): string {
  const [y, m] = ym(s);
  const mm = String(m).padStart(2, '0');
  switch (style) {
    case 'Mon YYYY': return `${MON[m - 1]} ${y}`;
    case 'MON YYYY': return `${MON[m - 1].toUpperCase()} ${y}`;
    case 'Month YYYY': return `${MONTH[m - 1]} ${y}`;
    case 'Mon. YYYY': return `${MON_DOT[m - 1]} ${y}`;
    case 'MM/YYYY': return `${mm}/${y}`;
    case 'MM/YY': return `${mm}/${String(y).slice(2)}`;
    case 'M/YYYY': return `${m}/${y}`;
    case 'MM.YYYY': return `${mm}.${y}`;
    case 'YYYY.MM': return `${y}.${mm}`;
    case 'YYYY.M': return `${y}.${m}`;
    case 'YYYY/MM': return `${y}/${mm}`;
    case 'YYYY-MM': return `${y}-${mm}`;
    case 'YYYY年M月': return `${y}年${m}月`;
    case 'YYYY年MM月': return `${y}年${mm}月`;
    case 'YYYY-MM-01': return `${y}-${mm}-01`;
    case 'YYYY': return `${y}`;
  }
}

/** Last day of a month, for systems that print day-level end dates. */
export function lastDay(s: string): string {
  const [y, m] = ym(s);
  const d = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function range(j: { start: string; end: string | null }, style: DateStyle, sep: string, present: string): string {
  return `${fmt(j.start, style)}${sep}${j.end ? fmt(j.end, style) : present}`;
}

/** Months between start and end inclusive (end null → reference month). */
export function months(j: { start: string; end: string | null }): number {
  const [y1, m1] = ym(j.start);
  const [y2, m2] = ym(j.end ?? REF);
  return (y2 - y1) * 12 + (m2 - m1) + 1;
}

export function durEn(n: number, short = true): string {
  const y = Math.floor(n / 12), m = n % 12;
  const parts: string[] = [];
  if (y) parts.push(short ? `${y} yr${y > 1 ? 's' : ''}` : `${y} year${y > 1 ? 's' : ''}`);
  if (m) parts.push(short ? `${m} mo${m > 1 ? 's' : ''}` : `${m} month${m > 1 ? 's' : ''}`);
  return parts.join(' ');
}

export function durZh(n: number): string {
  const y = Math.floor(n / 12), m = n % 12;
  return `${y ? `${y}年` : ''}${m ? `${m}个月` : ''}`;
}

/** The printed spelling of each skill (first variant). */
export function skills(p: Person): string[] {
  return p.skills.map((s) => s.split(' | ')[0]);
}

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Jobs most recent first. */
export function recent(p: Person): Job[] {
  return [...p.work].sort((a, b) => (a.start < b.start ? 1 : -1));
}

/** Display width with CJK / full-width characters counted double. */
export function width(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w += (c >= 0x1100 && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6))) ? 2 : 1;
  }
  return w;
}

export function pad(s: string, n: number): string {
  return s + ' '.repeat(Math.max(0, n - width(s)));
}

/** Wrap text to a display width (spaces for Latin, any character for CJK). */
export function wrap(s: string, n: number): string[] {
  const out: string[] = [];
  let line = '';
  const tokens = s.match(/[\u2e80-\uffff]|[^\s\u2e80-\uffff]+|\s+/g) ?? [];
  for (const t of tokens) {
    if (/^\s+$/.test(t)) { if (line) line += ' '; continue; }
    if (width(line + t) > n && line.trim()) { out.push(line.trimEnd()); line = ''; }
    line += t;
  }
  if (line.trim()) out.push(line.trimEnd());
  return out.length ? out : [''];
}

export const cityOf = (j: Job, zh = false) => (zh ? j.cityZh ?? j.city : j.city);
export const titleOf = (j: Job, zh = false) => (zh ? j.titleZh ?? j.title : j.title);
export const bulletsOf = (j: Job, zh = false) => (zh ? j.bulletsZh ?? j.bullets : j.bullets);
