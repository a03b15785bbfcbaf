/** Small helpers shared by the heldout-58 templates: date formats, grouping, escaping. */
import type { Job, Person } from './people.ts';

export const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const y = (s: string) => s.slice(0, 4);
const m = (s: string) => Number(s.slice(5, 7));
const mm = (s: string) => s.slice(5, 7);

export type Fmt = 'mon' | 'month' | 'mm/yyyy' | 'yyyy.mm' | 'zh' | 'iso' | 'mm.yyyy' | 'yyyy/mm' | 'mm/yy' | 'year';
export function d(s: string, f: Fmt): string {
  switch (f) {
    case 'mon': return `${MON[m(s) - 1]} ${y(s)}`;
    case 'month': return `${MONTH[m(s) - 1]} ${y(s)}`;
    case 'mm/yyyy': return `${mm(s)}/${y(s)}`;
    case 'yyyy.mm': return `${y(s)}.${mm(s)}`;
    case 'zh': return `${y(s)}年${m(s)}月`;
    case 'iso': return s;
    case 'mm.yyyy': return `${mm(s)}.${y(s)}`;
    case 'yyyy/mm': return `${y(s)}/${mm(s)}`;
    case 'mm/yy': return `${mm(s)}/${y(s).slice(2)}`;
    case 'year': return y(s);
  }
}
export function range(j: { start: string; end: string | null }, f: Fmt, sep: string, present: string): string {
  return `${d(j.start, f)}${sep}${j.end ? d(j.end, f) : present}`;
}
const idx = (s: string) => Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7)) - 1;
/** Inclusive months of a job up to the reference month. */
export function months(j: { start: string; end: string | null }, ref = '2026-12'): number {
  return idx(j.end ?? ref) - idx(j.start) + 1;
}
export function tenureEn(n: number, short = true): string {
  const yy = Math.floor(n / 12), mo = n % 12;
  const parts: string[] = [];
  if (yy) parts.push(short ? `${yy} yr${yy > 1 ? 's' : ''}` : `${yy} year${yy > 1 ? 's' : ''}`);
  if (mo) parts.push(short ? `${mo} mo${mo > 1 ? 's' : ''}` : `${mo} month${mo > 1 ? 's' : ''}`);
  return parts.join(' ');
}
/** Consecutive jobs at one employer, newest group first (roles inside newest first too). */
export function groups(p: Person, newestFirst = true): { company: string; town: string; jobs: Job[] }[] {
  const out: { company: string; town: string; jobs: Job[] }[] = [];
  for (const j of p.work) {
    const last = out[out.length - 1];
    if (last && last.company === j.company) last.jobs.push(j);
    else out.push({ company: j.company, town: j.town, jobs: [j] });
  }
  if (newestFirst) { out.reverse(); for (const g of out) g.jobs.reverse(); }
  return out;
}
export const newest = (p: Person) => [...p.work].reverse();
export const sk = (s: string) => s.split(' | ')[0];
export const skills = (p: Person) => p.skills.map(sk);
export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const other = (p: Person, label: string) => p.others.find((o) => o.label.toLowerCase().startsWith(label.toLowerCase()));
/** The name line printed for a person: mixed people show the Chinese name with the romanised one. */
export const dual = (p: Person, sep = '  ') => (p.roman ? `${p.name}${sep}${p.roman}` : p.name);
