/** Date and text helpers shared by the heldout-74 templates. */
import type { Job, Person } from './people.ts';
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const LAST = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
export type Style = 'Mon YYYY' | 'Month YYYY' | 'MM/YYYY' | 'M/YYYY' | 'MM/YY' | 'YYYY.MM' | 'YYYY.M' | 'YYYY年M月' | 'YYYY-MM' | 'YYYY/MM' | 'ROC' | 'dd/mm/yyyy' | 'Mon-YYYY' | 'MON YYYY';
export function d(ym: string, s: Style, end = false): string {
  const y = Number(ym.slice(0, 4)), m = Number(ym.slice(5, 7));
  const mm = String(m).padStart(2, '0');
  switch (s) {
    case 'Mon YYYY': return `${MON[m - 1]} ${y}`;
    case 'MON YYYY': return `${MON[m - 1].toUpperCase()} ${y}`;
    case 'Month YYYY': return `${MONTH[m - 1]} ${y}`;
    case 'MM/YYYY': return `${mm}/${y}`;
    case 'M/YYYY': return `${m}/${y}`;
    case 'MM/YY': return `${mm}/${String(y).slice(2)}`;
    case 'YYYY.MM': return `${y}.${mm}`;
    case 'YYYY.M': return `${y}.${m}`;
    case 'YYYY年M月': return `${y}年${m}月`;
    case 'YYYY-MM': return `${y}-${mm}`;
    case 'YYYY/MM': return `${y}/${mm}`;
    case 'ROC': return `民國${y - 1911}年${m}月`;
    case 'Mon-YYYY': return `${MON[m - 1]}-${y}`;
    case 'dd/mm/yyyy': {
      const day = end ? LAST[m - 1] + (m === 2 && y % 4 === 0 ? 1 : 0) : 1;
      return `${String(day).padStart(2, '0')}/${mm}/${y}`;
    }
  }
}
export function range(j: { start: string; end: string | null }, s: Style, sep = ' – ', now = 'Present'): string {
  return `${d(j.start, s)}${sep}${j.end ? d(j.end, s, true) : now}`;
}
/** months inclusive */
export function months(j: { start: string; end: string | null }, ref = '2026-12'): number {
  const i = (x: string) => Number(x.slice(0, 4)) * 12 + Number(x.slice(5, 7));
  return i(j.end ?? ref) - i(j.start) + 1;
}
export function dur(j: { start: string; end: string | null }, lang: 'en' | 'zh' | 'zhT' = 'en'): string {
  const n = months(j), y = Math.floor(n / 12), m = n % 12;
  if (lang === 'zh') return `${y ? y + '年' : ''}${m ? m + '个月' : ''}`;
  if (lang === 'zhT') return `${y ? y + '年' : ''}${m ? m + '個月' : ''}`;
  return `${y ? y + ' y' : ''}${y && m ? ' ' : ''}${m ? m + ' m' : ''}`;
}
export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const sk = (p: Person) => p.skills.map((s) => s.split(' | ')[0]);
export const rev = (p: Person): Job[] => [...p.work].reverse();
export const fullName = (p: Person) => (p.alt ? `${p.name} ${p.alt}` : p.name);
