/** Shared date formats and helpers for heldout-57. */
import type { Job, Person } from './people.ts';
export const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const Y = (s: string) => s.slice(0, 4);
export const M = (s: string) => Number(s.slice(5, 7));
export const MM = (s: string) => s.slice(5, 7);
export type DF = (s: string) => string;
export const f = {
  mon: (s: string) => `${MON[M(s) - 1]} ${Y(s)}`,
  month: (s: string) => `${MONTH[M(s) - 1]} ${Y(s)}`,
  slash: (s: string) => `${MM(s)}/${Y(s)}`,
  mmyy: (s: string) => `${MM(s)}/${Y(s).slice(2)}`,
  dot: (s: string) => `${Y(s)}.${MM(s)}`,
  ym: (s: string) => `${Y(s)}/${MM(s)}`,
  zh: (s: string) => `${Y(s)}年${M(s)}月`,
  zh2: (s: string) => `${Y(s)}年${MM(s)}月`,
  iso: (s: string) => s,
  usDay: (s: string, end = false) => `${MM(s)}/${end ? lastDay(s) : '01'}/${Y(s)}`,
  deDay: (s: string, end = false) => `${end ? lastDay(s) : '01'}.${MM(s)}.${Y(s)}`,
  isoDay: (s: string, end = false) => `${s}-${end ? lastDay(s) : '01'}`,
};
export function lastDay(s: string) { return String(new Date(Number(Y(s)), M(s), 0).getDate()).padStart(2, '0'); }
/** Start / end of a job in a format; year-only jobs print the year. */
export const st = (j: Job, fm: DF) => (j.yearsOnly ? Y(j.start) : fm(j.start));
export const en = (j: Job, fm: DF, present: string) => (j.end === null ? present : j.yearsOnly ? Y(j.end) : fm(j.end));
export const rng = (j: Job, fm: DF, present: string, sep = ' – ') => `${st(j, fm)}${sep}${en(j, fm, present)}`;
export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const idx = (s: string) => Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7)) - 1;
export const REF = '2026-12';
export function monthsOf(jobs: Job[]) { const m = new Set<number>(); for (const j of jobs) for (let i = idx(j.start); i <= idx(j.end ?? REF); i++) m.add(i); return m.size; }
export const span = (j: Job) => idx(j.end ?? REF) - idx(j.start) + 1;
/** Consecutive runs of one employer (for row spans), in the order given. */
export function groups(jobs: Job[]): Job[][] {
  const out: Job[][] = [];
  for (const j of jobs) { const last = out[out.length - 1]; if (last && last[0].company === j.company) last.push(j); else out.push([j]); }
  return out;
}
/** Jobs ordered so that an employer's posts stay together (by the employer's first start), oldest first. */
export function byEmployer(p: Person): Job[] {
  const first = new Map<string, string>();
  for (const j of p.jobs) if (!first.has(j.company) || j.start < first.get(j.company)!) first.set(j.company, j.start);
  return [...p.jobs].sort((a, b) => (first.get(a.company)! + a.start).localeCompare(first.get(b.company)! + b.start));
}
export const newestFirst = (jobs: Job[]) => [...jobs].reverse();
