/** Date and text helpers shared by the heldout-18 templates. */
import type { Job, Person } from './people.ts';
import { skillText } from './people.ts';

export const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export type DateStyle = 'MM/YYYY' | 'YYYY-MM' | 'Mon YYYY' | 'Month YYYY' | 'YYYY/MM' | 'YYYY/M' | 'YYYY.MM' | 'YYYY年M月' | 'YYYY年MM月'
  | 'MM/DD/YYYY' | 'DD/MM/YYYY' | 'YYYY/MM/DD' | 'ROC' | 'MON-YYYY' | 'DD MON YYYY';

/** Day used when a form insists on a full date (start of a job on the 1st–15th, end at month end). */
function day(s: string, end: boolean): string {
  const m = Number(s.slice(5, 7));
  if (end) return String([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]).padStart(2, '0');
  return String((Number(s.slice(2, 4)) * 7 + m) % 14 + 1).padStart(2, '0');
}

export function d(s: string | null, style: DateStyle, present = 'Present', isEnd = false): string {
  if (s === null) return present;
  const y = s.slice(0, 4), mm = s.slice(5, 7), m = Number(mm);
  switch (style) {
    case 'MM/YYYY': return `${mm}/${y}`;
    case 'YYYY-MM': return `${y}-${mm}`;
    case 'Mon YYYY': return `${MON[m - 1]} ${y}`;
    case 'Month YYYY': return `${MONTH[m - 1]} ${y}`;
    case 'YYYY/MM': return `${y}/${mm}`;
    case 'YYYY/M': return `${y}/${m}`;
    case 'YYYY.MM': return `${y}.${mm}`;
    case 'YYYY年M月': return `${y}年${m}月`;
    case 'YYYY年MM月': return `${y}年${mm}月`;
    case 'MM/DD/YYYY': return `${mm}/${day(s, isEnd)}/${y}`;
    case 'DD/MM/YYYY': return `${day(s, isEnd)}/${mm}/${y}`;
    case 'YYYY/MM/DD': return `${y}/${mm}/${day(s, isEnd)}`;
    case 'ROC': return `${Number(y) - 1911}年${m}月`;
    case 'MON-YYYY': return `${MON[m - 1].toUpperCase()}-${y}`;
    case 'DD MON YYYY': return `${day(s, isEnd)} ${MON[m - 1].toUpperCase()} ${y}`;
  }
}

/** "start – end" in one style */
export const span = (j: { start: string; end: string | null }, style: DateStyle, sep = ' – ', present = 'Present') =>
  `${d(j.start, style)}${sep}${d(j.end, style, present, true)}`;

export const skills = (p: Person) => p.skills.map(skillText);
export const newestFirst = (p: Person): Job[] => [...p.work].sort((a, b) => b.start.localeCompare(a.start));
export const oldestFirst = (p: Person): Job[] => [...p.work].sort((a, b) => a.start.localeCompare(b.start));

export const e = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** display-width of a string in a monospace terminal (CJK = 2) */
export const width = (s: string) => [...s].reduce((n, c) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(c) ? 2 : 1), 0);
export const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));

export const age = (p: Person, ref = '2026-11') => {
  const a = Number(ref.slice(0, 4)) - Number(p.born.slice(0, 4));
  return ref.slice(5, 7) < p.born.slice(5, 7) ? a - 1 : a;
};

/** duty bullets run together as sentences */
export const sentences = (xs: string[]) => xs.map((x) => (/[.。!?]$/.test(x) ? x : `${x}.`)).join(' ');
