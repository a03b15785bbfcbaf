/** Date and text helpers shared by the heldout-31 templates. */
import type { Person, Job } from './people.ts';

export const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const y = (s: string) => s.slice(0, 4);
export const m = (s: string) => s.slice(5, 7);
export const mi = (s: string) => Number(s.slice(5, 7));

/** Formats a YYYY-MM month; `null` gives `present`. */
export function fd(s: string | null, f: string, present = 'Present'): string {
  if (s === null) return present;
  switch (f) {
    case 'MM/YYYY': return `${m(s)}/${y(s)}`;
    case 'MM/YY': return `${m(s)}/${y(s).slice(2)}`;
    case 'M/YYYY': return `${mi(s)}/${y(s)}`;
    case 'Mon YYYY': return `${MON[mi(s) - 1]} ${y(s)}`;
    case 'Month YYYY': return `${MONTH[mi(s) - 1]} ${y(s)}`;
    case 'YYYY.MM': return `${y(s)}.${m(s)}`;
    case 'YYYY/MM': return `${y(s)}/${m(s)}`;
    case 'YYYY-MM': return s;
    case 'YYYY年M月': return `${y(s)}年${mi(s)}月`;
    case 'YYYY年MM月': return `${y(s)}年${m(s)}月`;
    case 'MON YYYY': return `${MON[mi(s) - 1].toUpperCase()} ${y(s)}`;
    default: throw new Error(f);
  }
}
export const range = (j: { start: string; end: string | null }, f: string, sep = ' – ', present = 'Present') => `${fd(j.start, f)}${sep}${fd(j.end, f, present)}`;
export const recent = (w: Job[]) => [...w].reverse();
export const skill = (p: Person, alt = false) => p.skills.map((s) => (alt && s[1] ? s[1] : s[0]));
export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const born = (p: Person, f: string) => fd(p.born.slice(0, 7), f);
export const dob = (p: Person, f: 'DD/MM/YYYY' | 'YYYY年M月D日' | 'D Month YYYY' | 'MM/DD/YYYY') => {
  const [Y, M, D] = p.born.split('-');
  if (f === 'DD/MM/YYYY') return `${D}/${M}/${Y}`;
  if (f === 'MM/DD/YYYY') return `${M}/${D}/${Y}`;
  if (f === 'D Month YYYY') return `${Number(D)} ${MONTH[Number(M) - 1]} ${Y}`;
  return `${Y}年${Number(M)}月${Number(D)}日`;
};
export const age = (p: Person) => 2026 - Number(p.born.slice(0, 4)) - (Number(p.born.slice(5, 7)) > 11 ? 1 : 0);
