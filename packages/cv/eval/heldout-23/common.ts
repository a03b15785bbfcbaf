/** Shared helpers for heldout-23's templates: date formats as real CVs print them, escaping, durations. */
import type { Job, Person } from './people.ts';

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export type DateFmt = 'MM/YYYY' | 'Mon YYYY' | 'Month YYYY' | 'YYYY.MM' | 'YYYY年M月' | 'YYYY/MM' | 'YYYY-MM' | 'MM/YY' | 'Mon-YY' | 'M/YYYY' | 'YYYY年MM月';
export function d(s: string, f: DateFmt): string {
  const y = s.slice(0, 4), m = Number(s.slice(5, 7));
  const mm = String(m).padStart(2, '0');
  switch (f) {
    case 'MM/YYYY': return `${mm}/${y}`;
    case 'M/YYYY': return `${m}/${y}`;
    case 'Mon YYYY': return `${MON[m - 1]} ${y}`;
    case 'Month YYYY': return `${MONTH[m - 1]} ${y}`;
    case 'YYYY.MM': return `${y}.${mm}`;
    case 'YYYY年M月': return `${y}年${m}月`;
    case 'YYYY年MM月': return `${y}年${mm}月`;
    case 'YYYY/MM': return `${y}/${mm}`;
    case 'YYYY-MM': return `${y}-${mm}`;
    case 'MM/YY': return `${mm}/${y.slice(2)}`;
    case 'Mon-YY': return `${MON[m - 1]}-${y.slice(2)}`;
  }
}
export function range(j: { start: string; end: string | null }, f: DateFmt, present = 'Present', sep = ' – '): string {
  return `${d(j.start, f)}${sep}${j.end ? d(j.end, f) : present}`;
}
export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const ix = (s: string) => Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7)) - 1;
export const REF = '2026-11';
/** Inclusive months of one job. */
export function months(j: { start: string; end: string | null }): number {
  return ix(j.end ?? REF) - ix(j.start) + 1;
}
export function durEn(j: Job): string {
  const n = months(j), y = Math.floor(n / 12), m = n % 12;
  return [y ? `${y} yr${y > 1 ? 's' : ''}` : '', m ? `${m} mo${m > 1 ? 's' : ''}` : ''].filter(Boolean).join(' ');
}
export function durZh(j: Job): string {
  const n = months(j), y = Math.floor(n / 12), m = n % 12;
  return `${y ? `${y}年` : ''}${m ? `${m}个月` : ''}`;
}
export const skillsOf = (p: Person) => p.skills.map((s) => s.p);
export const jobsDesc = (p: Person) => [...p.jobs].reverse();
export const eduDesc = (p: Person) => [...p.edu].reverse();
export const age = (p: Person) => 2026 - Number(p.dob.slice(0, 4)) - (Number(p.dob.slice(5, 7)) > 11 ? 1 : 0);
export const sexZh = (p: Person) => (p.gender === 'M' ? '男' : '女');
export const sexEn = (p: Person) => (p.gender === 'M' ? 'Male' : 'Female');

/** CSS font stacks present on the build machine. */
export const SANS = `"Liberation Sans", "DejaVu Sans", "WenQuanYi Zen Hei", sans-serif`;
export const SERIF = `"Liberation Serif", "DejaVu Serif", "WenQuanYi Zen Hei", serif`;
export const ZH = `"WenQuanYi Zen Hei", "Droid Sans Fallback", "Liberation Sans", sans-serif`;
export const NARROW = `"Liberation Sans Narrow", "Liberation Sans", "WenQuanYi Zen Hei", sans-serif`;
export const MONO = `"DejaVu Sans Mono", "WenQuanYi Zen Hei Mono", monospace`;
