/** heldout-77: small shared helpers (dates, escaping, text widths). */
import type { Job, Person } from './people.ts';

const M3 = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MUK = ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
const MF = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export type DateStyle =
  | 'Mon YYYY' | 'Mon. YYYY' | 'Month YYYY' | 'UK' | 'MM/YYYY' | 'MM.YYYY' | 'YYYY.MM' | 'YYYY/MM' | 'YYYY-MM' | 'YYYY/M'
  | 'zh' | 'zh0' | 'minguo' | 'Mon-YYYY' | 'YYYY.M' | 'MON YYYY';

export function d(ym: string, s: DateStyle): string {
  const y = Number(ym.slice(0, 4));
  const m = Number(ym.slice(5, 7));
  const mm = ym.slice(5, 7);
  switch (s) {
    case 'Mon YYYY': return `${M3[m - 1]} ${y}`;
    case 'MON YYYY': return `${M3[m - 1].toUpperCase()} ${y}`;
    case 'Mon. YYYY': return `${M3[m - 1]}${m === 5 ? '' : '.'} ${y}`;
    case 'Month YYYY': return `${MF[m - 1]} ${y}`;
    case 'UK': return `${MUK[m - 1]} ${y}`;
    case 'MM/YYYY': return `${mm}/${y}`;
    case 'MM.YYYY': return `${mm}.${y}`;
    case 'YYYY.MM': return `${y}.${mm}`;
    case 'YYYY.M': return `${y}.${m}`;
    case 'YYYY/MM': return `${y}/${mm}`;
    case 'YYYY/M': return `${y}/${m}`;
    case 'YYYY-MM': return ym;
    case 'zh': return `${y}年${m}月`;
    case 'zh0': return `${y}年${mm}月`;
    case 'minguo': return `${y - 1911}/${mm}`;
    case 'Mon-YYYY': return `${M3[m - 1]}-${y}`;
  }
}

/** "start sep end" with `now` for a current job. */
export function range(j: { start: string; end: string | null }, s: DateStyle, sep: string, now: string): string {
  return `${d(j.start, s)}${sep}${j.end ? d(j.end, s) : now}`;
}

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Newest first. */
export const newest = (p: Person): Job[] => [...p.work].reverse();

/** Display width of a string in a monospace terminal (CJK and full-width = 2). */
export function w(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    n += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) ? 2 : 1;
  }
  return n;
}
export const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - w(s)));
export const padL = (s: string, n: number) => ' '.repeat(Math.max(0, n - w(s))) + s;

/** Greedy wrap by display width; breaks at spaces, or anywhere between CJK characters. */
export function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  const tokens = text.match(/[\u2e80-\ua4cf\uff00-\uffef][，。、；：）」]?|[^\s\u2e80-\ua4cf\uff00-\uffef]+|\s+/g) ?? [];
  for (const t of tokens) {
    if (/^\s+$/.test(t)) { if (line) line += ' '; continue; }
    if (w(line) + w(t) > width && line.trim()) { out.push(line.trimEnd()); line = ''; }
    line += t;
  }
  if (line.trim()) out.push(line.trimEnd());
  return out.length ? out : [''];
}

/** Months as "2 yrs 5 mos" style helpers. */
export function months(j: { start: string; end: string | null }, ref = '2026-12'): number {
  const i = (s: string) => Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7));
  return i(j.end ?? ref) - i(j.start) + 1;
}

export const svg = {
  phone: '<svg width="11" height="11" viewBox="0 0 24 24"><path fill="currentColor" d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2c.3-.3.7-.4 1-.2 1.1.4 2.3.6 3.6.6.6 0 1 .4 1 1V20c0 .6-.4 1-1 1C10.6 21 3 13.4 3 4c0-.6.4-1 1-1h3.5c.6 0 1 .4 1 1 0 1.3.2 2.5.6 3.6.1.3 0 .7-.2 1z"/></svg>',
  mail: '<svg width="11" height="11" viewBox="0 0 24 24"><path fill="currentColor" d="M20 4H4a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h16a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2zm0 4-8 5-8-5V6l8 5 8-5z"/></svg>',
  pin: '<svg width="11" height="11" viewBox="0 0 24 24"><path fill="currentColor" d="M12 2a7 7 0 0 0-7 7c0 5.2 7 13 7 13s7-7.8 7-13a7 7 0 0 0-7-7zm0 9.5A2.5 2.5 0 1 1 12 6a2.5 2.5 0 0 1 0 5.5z"/></svg>',
};
