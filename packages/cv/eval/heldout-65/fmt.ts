/** Date and text helpers shared by the heldout-65 templates. */
import type { Job, Person } from './people.ts';

export const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const y = (ym: string) => Number(ym.slice(0, 4));
export const m = (ym: string) => Number(ym.slice(5, 7));
export const pad = (n: number) => String(n).padStart(2, '0');

export const mon = (ym: string) => `${MON[m(ym) - 1]} ${y(ym)}`;
export const monDot = (ym: string) => `${MON[m(ym) - 1]}. ${y(ym)}`.replace('May.', 'May');
export const month = (ym: string) => `${MONTH[m(ym) - 1]} ${y(ym)}`;
export const mmyyyy = (ym: string, sep = '/') => `${pad(m(ym))}${sep}${y(ym)}`;
export const mmyy = (ym: string) => `${pad(m(ym))}/${String(y(ym)).slice(2)}`;
export const dotym = (ym: string) => `${y(ym)}.${pad(m(ym))}`;
export const zhym = (ym: string) => `${y(ym)}年${m(ym)}月`;
export const iso = (ym: string) => ym;
export const ddmmyyyy = (ym: string, d: number) => `${pad(d)}/${pad(m(ym))}/${y(ym)}`;
export const isoDay = (ym: string, d: number) => `${ym}-${pad(d)}`;
/** ROC (民國) year */
export const roc = (ym: string) => y(ym) - 1911;
export const rocDay = (ym: string, d: number) => `${roc(ym)}.${pad(m(ym))}.${pad(d)}`;

/** Last day of a month. */
export const lastDay = (ym: string) => new Date(Date.UTC(y(ym), m(ym), 0)).getUTCDate();
export const endDay = (j: Job) => j.endDay ?? (j.end ? lastDay(j.end) : 0);

/** Inclusive months between two YYYY-MM (end null → reference). */
export const REF = '2026-12';
export const monthsIncl = (start: string, end: string | null) => {
  const e = end ?? REF;
  return (y(e) - y(start)) * 12 + (m(e) - m(start)) + 1;
};
export const durEn = (start: string, end: string | null, short = true) => {
  const n = monthsIncl(start, end);
  const yy = Math.floor(n / 12), mm = n % 12;
  const parts: string[] = [];
  if (yy) parts.push(short ? `${yy} yr${yy > 1 ? 's' : ''}` : `${yy} year${yy > 1 ? 's' : ''}`);
  if (mm) parts.push(short ? `${mm} mo${mm > 1 ? 's' : ''}` : `${mm} month${mm > 1 ? 's' : ''}`);
  return parts.join(' ');
};
export const durZh = (start: string, end: string | null) => {
  const n = monthsIncl(start, end);
  const yy = Math.floor(n / 12), mm = n % 12;
  return `${yy ? `${yy}年` : ''}${mm ? `${mm}个月` : ''}`;
};

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Newest first. */
export const newestFirst = (p: Person) => [...p.work].reverse();

/** Years as the candidate would round them in a summary line. */
export const totalYearsText = (p: Person) => {
  const first = p.work[0].start;
  return Math.floor(monthsIncl(first, null) / 12);
};

export const age = (p: Person, at = '2026-12') => y(at) - Number(p.birth.slice(0, 4)) - (m(at) < Number(p.birth.slice(5, 7)) ? 1 : 0);
