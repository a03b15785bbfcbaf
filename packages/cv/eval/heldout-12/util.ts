/** Small shared helpers for the heldout-12 templates: date formats, escaping, printed skill names. */
import type { Job, Person } from './people.ts';

export const REF = '2026-11';
export const printedSkill = (s: string) => s.split(' | ')[0]!.trim();
export const skills = (p: Person) => p.skills.map(printedSkill);
/** Skill with its level beside it, as some templates print it. */
export const skillWithLevel = (p: Person, s: string, wrap: (lvl: string) => string) => (p.skillLevels?.[s] ? `${s}${wrap(p.skillLevels[s]!)}` : s);

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export type DateStyle = 'mm/yyyy' | 'mm/yy' | 'mon yyyy' | 'month yyyy' | 'yyyy.mm' | 'yyyy/m' | 'yyyy/mm' | 'zh' | 'roc' | 'dd/mm/yyyy' | 'mm/dd/yyyy' | 'yyyy-mm' | 'yyyy. mm';

/** A stable invented day of month for forms that ask for a full date. */
const dayOf = (ym: string, isEnd: boolean) => {
  const n = Number(ym.slice(2, 4)) * 7 + Number(ym.slice(5, 7)) * 3;
  return isEnd ? 20 + (n % 9) : 1 + (n % 15);
};

export function fmt(ym: string, style: DateStyle, isEnd = false): string {
  const y = ym.slice(0, 4), m = ym.slice(5, 7), mi = Number(m);
  const d = String(dayOf(ym, isEnd)).padStart(2, '0');
  switch (style) {
    case 'mm/yyyy': return `${m}/${y}`;
    case 'mm/yy': return `${m}/${y.slice(2)}`;
    case 'mon yyyy': return `${MON[mi - 1]} ${y}`;
    case 'month yyyy': return `${MONTH[mi - 1]} ${y}`;
    case 'yyyy.mm': return `${y}.${m}`;
    case 'yyyy. mm': return `${y}. ${m}`;
    case 'yyyy/m': return `${y}/${mi}`;
    case 'yyyy/mm': return `${y}/${m}`;
    case 'yyyy-mm': return `${y}-${m}`;
    case 'zh': return `${y}年${mi}月`;
    case 'roc': return `${Number(y) - 1911}年${mi}月`;
    case 'dd/mm/yyyy': return `${d}/${m}/${y}`;
    case 'mm/dd/yyyy': return `${m}/${d}/${y}`;
  }
}

export const fmtEnd = (ym: string | null, style: DateStyle, present: string) => (ym === null ? present : fmt(ym, style, true));
export const range = (j: { start: string; end: string | null }, style: DateStyle, present: string, sep = ' – ') => `${fmt(j.start, style)}${sep}${fmtEnd(j.end, style, present)}`;

/** Months in a job, inclusive, to the reference month. */
export function months(j: { start: string; end: string | null }): number {
  const i = (s: string) => Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7)) - 1;
  return i(j.end ?? REF) - i(j.start) + 1;
}
export const durEn = (j: Job) => { const n = months(j); const y = Math.floor(n / 12), m = n % 12; return [y ? `${y} yr${y > 1 ? 's' : ''}` : '', m ? `${m} mo${m > 1 ? 's' : ''}` : ''].filter(Boolean).join(' '); };
export const durZh = (j: Job) => { const n = months(j); const y = Math.floor(n / 12), m = n % 12; return `${y ? `${y}年` : ''}${m ? `${m}個月` : ''}`; };

export const newestFirst = (jobs: Job[]) => [...jobs].reverse();
export const birthFmt = (p: Person, style: DateStyle) => (style === 'dd/mm/yyyy' ? `${p.birth.slice(8)}/${p.birth.slice(5, 7)}/${p.birth.slice(0, 4)}` : style === 'mm/dd/yyyy' ? `${p.birth.slice(5, 7)}/${p.birth.slice(8)}/${p.birth.slice(0, 4)}` : style === 'zh' ? `${p.birth.slice(0, 4)}年${Number(p.birth.slice(5, 7))}月${Number(p.birth.slice(8))}日` : style === 'yyyy.mm' ? `${p.birth.slice(0, 4)}.${p.birth.slice(5, 7)}.${p.birth.slice(8)}` : p.birth);
