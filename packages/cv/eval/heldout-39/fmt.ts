/** Small formatting helpers shared by the heldout-39 templates. */
import type { Job, Person, Skill } from './people.ts';

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const y = (s: string) => s.slice(0, 4);
const m = (s: string) => Number(s.slice(5, 7));
const mm = (s: string) => s.slice(5, 7);

export type DateStyle = 'Mon YYYY' | 'Month YYYY' | 'MM/YYYY' | 'YYYY.MM' | 'YYYY年M月' | 'YYYY-MM' | 'MM/YY' | 'YYYY/MM' | 'mm/dd/yyyy' | 'Mon-YY';

export function d(s: string, style: DateStyle): string {
  switch (style) {
    case 'Mon YYYY': return `${MON[m(s) - 1]} ${y(s)}`;
    case 'Month YYYY': return `${MONTH[m(s) - 1]} ${y(s)}`;
    case 'MM/YYYY': return `${mm(s)}/${y(s)}`;
    case 'YYYY.MM': return `${y(s)}.${mm(s)}`;
    case 'YYYY年M月': return `${y(s)}年${m(s)}月`;
    case 'YYYY-MM': return s;
    case 'MM/YY': return `${mm(s)}/${y(s).slice(2)}`;
    case 'YYYY/MM': return `${y(s)}/${mm(s)}`;
    case 'mm/dd/yyyy': return `${mm(s)}/01/${y(s)}`;
    case 'Mon-YY': return `${MON[m(s) - 1]}-${y(s).slice(2)}`;
  }
}

/** Start and end of a job, with the current job's end written as `now`. */
export function range(j: Job, style: DateStyle, now: string, sep = ' – '): string {
  return `${d(j.start, style)}${sep}${j.end ? d(j.end, style) : now}`;
}
export const endOr = (j: Job, style: DateStyle, now: string) => (j.end ? d(j.end, style) : now);

/** Jobs newest first. */
export const newest = (p: Person): Job[] => [...p.work].reverse();

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function groups(p: Person): [string, Skill[]][] {
  const out = new Map<string, Skill[]>();
  for (const s of p.skills) out.set(s.group, [...(out.get(s.group) ?? []), s]);
  return [...out];
}

/** Display name with the Latin name for mixed people. */
export const dual = (p: Person, sep = ' ') => (p.latin ? `${p.name}${sep}${p.latin}` : p.name);

export const isZh = (p: Person) => p.language === 'zh';

export const SVG = {
  phone: '<svg width="10" height="10" viewBox="0 0 24 24"><path fill="currentColor" d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1z"/></svg>',
  mail: '<svg width="10" height="10" viewBox="0 0 24 24"><path fill="currentColor" d="M2 5h20v14H2zm2 2v.5l8 5 8-5V7z"/></svg>',
  pin: '<svg width="10" height="10" viewBox="0 0 24 24"><path fill="currentColor" d="M12 2a7 7 0 0 0-7 7c0 5.2 7 13 7 13s7-7.8 7-13a7 7 0 0 0-7-7zm0 9.5A2.5 2.5 0 1 1 12 6.5a2.5 2.5 0 0 1 0 5z"/></svg>',
  home: '<svg width="10" height="10" viewBox="0 0 24 24"><path fill="currentColor" d="M12 3 2 12h3v8h5v-5h4v5h5v-8h3z"/></svg>',
  whatsapp: '<svg width="10" height="10" viewBox="0 0 24 24"><circle cx="12" cy="12" r="10" fill="#25a244"/><path fill="#fff" d="M8.5 7.5c.4-.4 1-.4 1.3.1l.9 1.6c.2.4.1.8-.2 1.1l-.5.5c.6 1.3 1.6 2.3 2.9 2.9l.5-.5c.3-.3.7-.4 1.1-.2l1.6.9c.5.3.5.9.1 1.3-1.4 1.4-3.3 1-5.2-.9s-2.3-3.8-.5-6.8z"/></svg>',
};
