/** Shared date/text helpers for heldout-51 templates. */
import type { Job, Person } from './people.ts';

export const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const Y = (s: string) => s.slice(0, 4);
const M = (s: string) => Number(s.slice(5, 7));
const p2 = (n: number) => String(n).padStart(2, '0');

export type Fmt = 'Mon YYYY' | 'Month YYYY' | 'MM/YYYY' | 'MM/YY' | 'YYYY.MM' | 'YYYY-MM' | 'YYYY/MM' | 'YYYY年M月' | 'MM.YYYY' | 'YYYY' | 'Q' | 'season' | 'Sept YYYY';

export function d(s: string, f: Fmt): string {
  const y = Y(s), m = M(s);
  switch (f) {
    case 'Mon YYYY': return `${MON[m - 1]} ${y}`;
    case 'Sept YYYY': return `${m === 9 ? 'Sept' : MON[m - 1]} ${y}`;
    case 'Month YYYY': return `${MONTH[m - 1]} ${y}`;
    case 'MM/YYYY': return `${p2(m)}/${y}`;
    case 'MM/YY': return `${p2(m)}/${y.slice(2)}`;
    case 'YYYY.MM': return `${y}.${p2(m)}`;
    case 'YYYY-MM': return `${y}-${p2(m)}`;
    case 'YYYY/MM': return `${y}/${p2(m)}`;
    case 'MM.YYYY': return `${p2(m)}.${y}`;
    case 'YYYY年M月': return `${y}年${m}月`;
    case 'YYYY': return y;
    case 'Q': return `Q${Math.floor((m - 1) / 3) + 1} ${y}`;
    case 'season': return `${m >= 6 && m <= 8 ? 'Summer' : m >= 9 ? 'Fall' : 'Spring'} ${y}`;
  }
}
export function per(j: Job, f: Fmt, sep = ' – ', present = 'Present'): string {
  if (j.end && d(j.start, f) === d(j.end, f)) return d(j.start, f); // "Summer 2018", not "Summer 2018 – Summer 2018"
  return `${d(j.start, f)}${sep}${j.end ? d(j.end, f) : present}`;
}
/** The person's own date habit where it has one (quarters / seasons / years only), otherwise `f`. */
export function own(p: Person, f: Fmt): Fmt {
  return p.dateMode === 'quarters' ? 'Q' : p.dateMode === 'seasons' ? 'season' : p.dateMode === 'years' ? 'YYYY' : f;
}
export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const skillList = (p: Person) => p.skills.map((s) => s.p);
export const newestFirst = (p: Person) => [...p.work].sort((a, b) => b.start.localeCompare(a.start));
export const oldestFirst = (p: Person) => [...p.work].sort((a, b) => a.start.localeCompare(b.start));
/** Obfuscations people really use. */
export const obf = {
  atdot: (e: string) => e.replace('@', ' [at] ').replace(/\./g, ' [dot] '),
  paren: (e: string) => e.replace('@', ' (at) ').replace(/\.(?=[^.]*$)/, ' (dot) '),
  hash: (e: string) => e.replace('@', '#'),
};
export const zhDigits = (s: string) => s;

/** English prose of a career, oldest first: promotions, part-time overlaps and gaps told as a person writes them. */
export function proseEn(p: Person, f: Fmt = 'Month YYYY'): string[] {
  const jobs = oldestFirst(p);
  const out: string[] = [];
  const fm = (s: string) => d(s, own(p, f));
  for (let i = 0; i < jobs.length; i++) {
    const j = jobs[i], prev = jobs[i - 1];
    const until = j.end ? fm(j.end) : '';
    if (j.partTime) {
      out.push(j.end
        ? `Alongside that post, from ${fm(j.start)} to ${until} I also worked part-time at ${j.company} as ${j.title}: ${j.bullets[0].charAt(0).toLowerCase()}${j.bullets[0].slice(1)}.`
        : `Since ${fm(j.start)} I have also worked part-time at ${j.company} as ${j.title}, doing ${j.bullets[0].charAt(0).toLowerCase()}${j.bullets[0].slice(1)}.`);
    } else if (prev && prev.company === j.company) {
      out.push(j.end
        ? `In ${fm(j.start)} I was promoted to ${j.title}, a post I held until ${until}; ${j.bullets.join(' and ').toLowerCase()}.`
        : `In ${fm(j.start)} I was promoted to ${j.title}, which is my current role.`);
    } else if (i === 0) {
      out.push(`I began my career in ${fm(j.start)} at ${j.company} in ${j.city} as ${j.title}${j.end ? `, and stayed until ${until}` : ''}. ${j.bullets.join('. ')}.`);
    } else if (!j.end) {
      out.push(`Since ${fm(j.start)} I have been ${j.title} at ${j.company} in ${j.city}, where I ${j.bullets[0].charAt(0).toLowerCase()}${j.bullets[0].slice(1)}${j.bullets[1] ? ` and ${j.bullets[1].charAt(0).toLowerCase()}${j.bullets[1].slice(1)}` : ''}.`);
    } else {
      out.push(`From ${fm(j.start)} to ${until} I worked at ${j.company} as ${j.title}. ${j.bullets.join('. ')}.`);
    }
  }
  return out;
}
