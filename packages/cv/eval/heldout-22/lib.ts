/** Small shared helpers for heldout-22's templates: date formats, escaping, grouping. */
import type { Job, Person } from './people.ts';

export const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export type DateStyle = 'Mon YYYY' | 'Month YYYY' | 'MM/YYYY' | 'YYYY.MM' | 'YYYY年MM月' | 'YYYY年M月' | 'YYYY/MM' | 'YYYY-MM' | 'ROC' | 'Mon. YYYY' | 'MM.YYYY';

export function fmt(ym: string, style: DateStyle): string {
  const y = Number(ym.slice(0, 4));
  const m = Number(ym.slice(5, 7));
  const mm = ym.slice(5, 7);
  switch (style) {
    case 'Mon YYYY': return `${MON[m - 1]} ${y}`;
    case 'Mon. YYYY': return `${MON[m - 1]}${m === 5 ? '' : '.'} ${y}`;
    case 'Month YYYY': return `${MONTH[m - 1]} ${y}`;
    case 'MM/YYYY': return `${mm}/${y}`;
    case 'MM.YYYY': return `${mm}.${y}`;
    case 'YYYY.MM': return `${y}.${mm}`;
    case 'YYYY年MM月': return `${y}年${mm}月`;
    case 'YYYY年M月': return `${y}年${m}月`;
    case 'YYYY/MM': return `${y}/${mm}`;
    case 'YYYY-MM': return `${y}-${mm}`;
    case 'ROC': return `${y - 1911}年${m}月`;
  }
}

export function range(j: { start: string; end: string | null }, style: DateStyle, sep = ' – ', present = 'Present'): string {
  return `${fmt(j.start, style)}${sep}${j.end ? fmt(j.end, style) : present}`;
}

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Most recent first. */
export const recent = (p: Person): Job[] => [...p.work].reverse();

/** Consecutive roles at one employer (most recent first) grouped together. */
export function groups(p: Person): { company: string; town?: string; start: string; end: string | null; roles: Job[] }[] {
  const out: { company: string; town?: string; start: string; end: string | null; roles: Job[] }[] = [];
  for (const j of recent(p)) {
    const last = out[out.length - 1];
    if (last && last.company === j.company) { last.roles.push(j); last.start = j.start; } else out.push({ company: j.company, town: j.town, start: j.start, end: j.end, roles: [j] });
  }
  return out;
}

/** Length like "2 yrs 4 mos" up to the reference month (as job boards print it). */
export function tenure(j: { start: string; end: string | null }, ref = '2026-11'): string {
  const i = (s: string) => Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7)) - 1;
  const n = i(j.end ?? ref) - i(j.start) + 1;
  const y = Math.floor(n / 12), m = n % 12;
  return [y ? `${y} yr${y > 1 ? 's' : ''}` : '', m ? `${m} mo${m > 1 ? 's' : ''}` : ''].filter(Boolean).join(' ');
}

export function zhTenure(j: { start: string; end: string | null }, ref = '2026-11'): string {
  const i = (s: string) => Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7)) - 1;
  const n = i(j.end ?? ref) - i(j.start) + 1;
  const y = Math.floor(n / 12), m = n % 12;
  return `${y ? `${y}年` : ''}${m ? `${m}个月` : ''}`;
}

export const skillTexts = (p: Person) => p.skills.map((k) => k.text);
