/** Small shared helpers for the heldout-24 templates: date formats as real forms print them, HTML escaping. */
import type { Job, Person } from './people.ts';

export const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const REF = '2026-11';

export type DateStyle = 'MM/YYYY' | 'Mon YYYY' | 'Month YYYY' | 'YYYY.MM' | 'YYYY年M月' | 'YYYY-MM' | 'MM.YYYY' | 'YYYY/MM' | 'DD-Mon-YYYY' | 'YYYY年MM月' | 'Mon/YYYY' | 'M/YYYY';

export function d(s: string, style: DateStyle): string {
  const y = s.slice(0, 4);
  const m = Number(s.slice(5, 7));
  const mm = String(m).padStart(2, '0');
  switch (style) {
    case 'MM/YYYY': return `${mm}/${y}`;
    case 'M/YYYY': return `${m}/${y}`;
    case 'Mon YYYY': return `${MON[m - 1]} ${y}`;
    case 'Mon/YYYY': return `${MON[m - 1]}/${y}`;
    case 'Month YYYY': return `${MONTH[m - 1]} ${y}`;
    case 'YYYY.MM': return `${y}.${mm}`;
    case 'YYYY年M月': return `${y}年${m}月`;
    case 'YYYY年MM月': return `${y}年${mm}月`;
    case 'YYYY-MM': return `${y}-${mm}`;
    case 'MM.YYYY': return `${mm}.${y}`;
    case 'YYYY/MM': return `${y}/${mm}`;
    case 'DD-Mon-YYYY': return `01-${MON[m - 1]}-${y}`;
  }
}
/** End date or the "present" word the template uses. */
export function de(s: string | null, style: DateStyle, present: string): string {
  return s === null ? present : d(s, style);
}
export function range(j: { start: string; end: string | null }, style: DateStyle, sep: string, present: string): string {
  return `${d(j.start, style)}${sep}${de(j.end, style, present)}`;
}
const idx = (s: string) => Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7)) - 1;
/** Inclusive months between start and end (or the print month). */
export function months(j: { start: string; end: string | null }): number {
  return idx(j.end ?? REF) - idx(j.start) + 1;
}
export function durEn(j: { start: string; end: string | null }): string {
  const n = months(j);
  const y = Math.floor(n / 12), m = n % 12;
  const parts = [];
  if (y) parts.push(`${y} year${y > 1 ? 's' : ''}`);
  if (m) parts.push(`${m} month${m > 1 ? 's' : ''}`);
  return parts.join(' ');
}
export function durZh(j: { start: string; end: string | null }): string {
  const n = months(j);
  const y = Math.floor(n / 12), m = n % 12;
  return `${y ? `${y}年` : ''}${m ? `${m}个月` : ''}`;
}
export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Most recent first. */
export const recent = (jobs: Job[]) => [...jobs].reverse();
export const dob = (p: Person, style: 'DD/MM/YYYY' | 'YYYY-MM-DD' | 'YYYY年M月D日' | 'Month D, YYYY' | 'YYYY.MM') => {
  const [y, m, dd] = p.dob.split('-');
  switch (style) {
    case 'DD/MM/YYYY': return `${dd}/${m}/${y}`;
    case 'YYYY-MM-DD': return p.dob;
    case 'YYYY年M月D日': return `${y}年${Number(m)}月${Number(dd)}日`;
    case 'Month D, YYYY': return `${MONTH[Number(m) - 1]} ${Number(dd)}, ${y}`;
    case 'YYYY.MM': return `${y}.${m}`;
  }
};
export const age = (p: Person) => 2026 - Number(p.dob.slice(0, 4)) - (Number(p.dob.slice(5, 7)) > 11 ? 1 : 0);
