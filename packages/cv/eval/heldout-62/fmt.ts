/** Small formatting helpers shared by the heldout-62 templates. */
import type { Job, Person } from './people.ts';

export const REF = '2026-12';

export const EN_MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const EN_MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const GA_MONTH = ['Eanáir', 'Feabhra', 'Márta', 'Aibreán', 'Bealtaine', 'Meitheamh', 'Iúil', 'Lúnasa', 'Meán Fómhair', 'Deireadh Fómhair', 'Samhain', 'Nollaig'];

export const y = (ym: string) => Number(ym.slice(0, 4));
export const m = (ym: string) => Number(ym.slice(5, 7));
export const mm = (ym: string) => ym.slice(5, 7);

export function lastDay(ym: string): number {
  return new Date(Date.UTC(y(ym), m(ym), 0)).getUTCDate();
}
export const startDay = (j: Job) => j.startDay ?? 1;
export const endDay = (j: Job) => j.endDay ?? (j.end ? lastDay(j.end) : 0);
export const p2 = (n: number) => String(n).padStart(2, '0');

/** Inclusive months between two YYYY-MM (end null = reference month). */
export function months(start: string, end: string | null): number {
  const e = end ?? REF;
  return (y(e) - y(start)) * 12 + m(e) - m(start) + 1;
}

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** ASCII digits and common punctuation to full-width forms (as a Chinese IME in full-width mode types them). */
export function fw(s: string): string {
  return s.replace(/[0-9.\-+()/:~,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000');
}
export function fwDigits(s: string): string {
  return s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

/** Jobs newest first. */
export const newestFirst = (p: Person) => [...p.jobs].reverse();

/** Jobs grouped by employer (consecutive runs), newest employer first, roles newest first. */
export function groups(p: Person): { company: string; town: string; jobs: Job[] }[] {
  const out: { company: string; town: string; jobs: Job[] }[] = [];
  for (const j of p.jobs) {
    const last = out[out.length - 1];
    if (last && last.company === j.company) last.jobs.push(j);
    else out.push({ company: j.company, town: j.town, jobs: [j] });
  }
  for (const g of out) g.jobs.reverse();
  return out.reverse();
}

/** Sort jobs newest first by start (for people with concurrent jobs). */
export const byStartDesc = (p: Person) => [...p.jobs].sort((a, b) => (a.start < b.start ? 1 : -1));

export const skillList = (p: Person) => p.skills.map((s) => s.text);
