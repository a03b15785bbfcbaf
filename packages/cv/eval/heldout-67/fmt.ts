/** Date and text helpers shared by the heldout-67 templates. */
import type { Job, Person } from './people.ts';

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const y = (s: string) => s.slice(0, 4);
const m = (s: string) => Number(s.slice(5, 7));
export const mon = (s: string) => `${MON[m(s) - 1]} ${y(s)}`;
export const month = (s: string) => `${MONTH[m(s) - 1]} ${y(s)}`;
export const monOnly = (s: string) => MON[m(s) - 1];
export const mmyyyy = (s: string) => `${s.slice(5, 7)}/${y(s)}`;
export const dot = (s: string) => `${y(s)}.${s.slice(5, 7)}`;
export const dotShort = (s: string) => `${y(s)}.${m(s)}`;
export const zh = (s: string) => `${y(s)}年${m(s)}月`;
export const iso = (s: string) => s;
export function range(j: { start: string; end: string | null }, f: (s: string) => string, sep = ' – ', now = 'Present'): string {
  return `${f(j.start)}${sep}${j.end ? f(j.end) : now}`;
}
/** Months between two YYYY-MM (inclusive) as "3 yrs 2 mos" / "3年2个月". */
export function tenure(start: string, end: string | null, ref = '2026-12', lang: 'en' | 'zh' = 'en'): string {
  const i = (s: string) => Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7)) - 1;
  const n = i(end ?? ref) - i(start) + 1;
  const a = Math.floor(n / 12), b = n % 12;
  if (lang === 'zh') return `${a ? a + '年' : ''}${b ? b + '个月' : ''}`;
  return [a ? `${a} yr${a > 1 ? 's' : ''}` : '', b ? `${b} mo${b > 1 ? 's' : ''}` : ''].filter(Boolean).join(' ');
}
export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Jobs newest first. */
export const newest = (p: Person): Job[] => [...p.jobs].sort((a, b) => (b.start + (b.end ?? '9999')).localeCompare(a.start + (a.end ?? '9999')));
export const oldest = (p: Person): Job[] => [...p.jobs].sort((a, b) => a.start.localeCompare(b.start));
/** Consecutive runs of jobs at the same employer, newest group first (order of first appearance in `jobs`). */
export function groups(jobs: Job[]): { company: string; jobs: Job[] }[] {
  const out: { company: string; jobs: Job[] }[] = [];
  for (const j of jobs) {
    const g = out.find((o) => o.company === j.company);
    if (g) g.jobs.push(j); else out.push({ company: j.company, jobs: [j] });
  }
  return out;
}
export const span = (js: Job[]) => ({ start: js.map((j) => j.start).sort()[0], end: js.some((j) => !j.end) ? null : js.map((j) => j.end!).sort().at(-1)! });
