import type { Job, Person } from './people.ts';

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export type DateStyle = 'Mon YYYY' | 'Month YYYY' | 'MM/YYYY' | 'YYYY-MM' | 'YYYY.MM' | 'YYYY年M月' | 'YYYY/MM' | 'DD/MM/YYYY' | 'MM.YYYY' | 'Mon. YYYY';

/** One month written in a given style; `null` gives `present`. */
export function d(s: string | null, style: DateStyle, present = 'Present'): string {
  if (s === null) return present;
  const y = s.slice(0, 4), m = Number(s.slice(5, 7));
  const mm = String(m).padStart(2, '0');
  switch (style) {
    case 'Mon YYYY': return `${MON[m - 1]} ${y}`;
    case 'Mon. YYYY': return m === 5 ? `May ${y}` : `${MON[m - 1]}. ${y}`;
    case 'Month YYYY': return `${MONTH[m - 1]} ${y}`;
    case 'MM/YYYY': return `${mm}/${y}`;
    case 'YYYY-MM': return `${y}-${mm}`;
    case 'YYYY.MM': return `${y}.${mm}`;
    case 'YYYY年M月': return `${y}年${m}月`;
    case 'YYYY/MM': return `${y}/${mm}`;
    case 'DD/MM/YYYY': return `01/${mm}/${y}`;
    case 'MM.YYYY': return `${mm}.${y}`;
  }
}
export const range = (j: { start: string; end: string | null }, style: DateStyle, sep = ' – ', present = 'Present') => `${d(j.start, style)}${sep}${d(j.end, style, present)}`;

/** Skills as printed (first spelling). */
export const skills = (p: Person) => p.skills.map((s) => s.split(' | ')[0]);
/** Most recent job first. */
export const recent = (p: Person): Job[] => [...p.jobs].reverse();
export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Display name; mixed people print the Chinese name with the Latin one. */
export const fullName = (p: Person, order: 'zh-first' | 'latin-first' = 'zh-first') =>
  p.latin ? (order === 'zh-first' ? `${p.name} ${p.latin}` : `${p.latin} ${p.name}`) : p.name;
export const bornDmy = (p: Person) => p.born.split('-').reverse().join('/');
export const bornZh = (p: Person) => `${p.born.slice(0, 4)}年${Number(p.born.slice(5, 7))}月`;
/** Whole years + months between two months (for "3 yrs 2 mos" style). */
export function span(j: { start: string; end: string | null }, ref = '2026-11', zh = false): string {
  const i = (s: string) => Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7)) - 1;
  const n = i(j.end ?? ref) - i(j.start) + 1;
  const y = Math.floor(n / 12), m = n % 12;
  if (zh) return `${y ? `${y}年` : ''}${m ? `${m}个月` : ''}`;
  return [y ? `${y} yr${y > 1 ? 's' : ''}` : '', m ? `${m} mo${m > 1 ? 's' : ''}` : ''].filter(Boolean).join(' ');
}
export const age = (p: Person, ref = '2026-11') => Number(ref.slice(0, 4)) - Number(p.born.slice(0, 4)) - (Number(ref.slice(5, 7)) < Number(p.born.slice(5, 7)) ? 1 : 0);

const CC = ['+1', '+44', '+54', '+65', '+86', '+248', '+254', '+676', '+852', '+886', '+960'];
/** The person's number in international form, keeping their own grouping. */
export function intl(p: Person): string {
  if (p.phoneLocal.startsWith('+')) return p.phoneLocal;
  const cc = CC.find((c) => p.phone.startsWith(c) && p.phone.length - c.length >= 7 && (c !== '+1' || p.phone.length === 12))!;
  return `${cc} ${p.phoneLocal.replace(/^0/, '').replace(/^\((\d+)\) /, '$1 ')}`;
}
