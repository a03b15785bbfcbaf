import type { Job, Person } from './people.ts';

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export type DStyle = 'Mon YYYY' | 'Month YYYY' | 'MM/YYYY' | 'YYYY.MM' | 'YYYY.M' | 'YYYY年M月' | 'YYYY-MM' | 'MM.YYYY' | 'YYYY/MM' | 'MM/YY' | 'MON YYYY';

export function d(ym: string, style: DStyle): string {
  const y = ym.slice(0, 4), m = Number(ym.slice(5, 7));
  const mm = ym.slice(5, 7);
  switch (style) {
    case 'Mon YYYY': return `${MON[m - 1]} ${y}`;
    case 'MON YYYY': return `${MON[m - 1].toUpperCase()} ${y}`;
    case 'Month YYYY': return `${MONTH[m - 1]} ${y}`;
    case 'MM/YYYY': return `${mm}/${y}`;
    case 'MM/YY': return `${mm}/${y.slice(2)}`;
    case 'YYYY.MM': return `${y}.${mm}`;
    case 'YYYY.M': return `${y}.${m}`;
    case 'YYYY年M月': return `${y}年${m}月`;
    case 'YYYY-MM': return `${y}-${mm}`;
    case 'MM.YYYY': return `${mm}.${y}`;
    case 'YYYY/MM': return `${y}/${mm}`;
  }
}

export function range(j: { start: string; end: string | null }, style: DStyle, sep: string, present: string): string {
  return `${d(j.start, style)}${sep}${j.end ? d(j.end, style) : present}`;
}

const idx = (s: string) => Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7)) - 1;
export function months(j: { start: string; end: string | null }, ref = '2026-12'): number {
  return idx(j.end ?? ref) - idx(j.start) + 1;
}
export function durEn(j: Job): string {
  const n = months(j), y = Math.floor(n / 12), m = n % 12;
  return [y ? `${y} yr${y > 1 ? 's' : ''}` : '', m ? `${m} mo${m > 1 ? 's' : ''}` : ''].filter(Boolean).join(' ');
}
export function durZh(j: Job): string {
  const n = months(j), y = Math.floor(n / 12), m = n % 12;
  return `${y ? `${y}年` : ''}${m ? `${m}个月` : ''}`;
}

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const skillsOf = (p: Person) => p.skills.map((s) => s[0]);
/** Newest first. */
export const rev = <T,>(a: T[]) => [...a].reverse();

/** Display width in a monospace terminal (CJK and full-width forms count 2). */
export function dw(s: string): number {
  let w = 0;
  for (const ch of s) { const c = ch.codePointAt(0)!; w += (c >= 0x1100 && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6))) ? 2 : 1; }
  return w;
}
export const padR = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - dw(s)));
/** Word-wrap to a display width (splits CJK anywhere, Latin at spaces). */
export function wrap(s: string, w: number): string[] {
  const out: string[] = []; let line = '';
  const tokens = s.match(/[\u2e80-\uffff]|[^\s\u2e80-\uffff]+|\s+/g) ?? [];
  for (const t of tokens) {
    if (/^\s+$/.test(t)) { if (line) line += ' '; continue; }
    if (dw(line + t) > w && line.trim()) { out.push(line.trimEnd()); line = ''; }
    line += t;
  }
  if (line.trim()) out.push(line.trimEnd());
  return out;
}

/** A neutral head-and-shoulders silhouette, so photo boxes are never empty. */
export const silhouette = (fill = '#c9ced6', bg = '#eef0f3') =>
  `<svg viewBox="0 0 100 100" width="100%" height="100%" xmlns="http://www.w3.org/2000/svg"><rect width="100" height="100" fill="${bg}"/><circle cx="50" cy="38" r="19" fill="${fill}"/><path d="M14 100c4-22 19-33 36-33s32 11 36 33z" fill="${fill}"/></svg>`;

export const icon = {
  mail: (c: string) => `<svg width="10" height="10" viewBox="0 0 24 24"><path fill="${c}" d="M2 5h20v14H2zM4 7v.4l8 5.1 8-5.1V7z"/></svg>`,
  phone: (c: string) => `<svg width="10" height="10" viewBox="0 0 24 24"><path fill="${c}" d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2c.3-.3.7-.4 1-.2 1.1.4 2.3.6 3.6.6.6 0 1 .4 1 1V20c0 .6-.4 1-1 1C10.6 21 3 13.4 3 4c0-.6.4-1 1-1h3.5c.6 0 1 .4 1 1 0 1.3.2 2.5.6 3.6.1.3 0 .7-.2 1z"/></svg>`,
  pin: (c: string) => `<svg width="10" height="10" viewBox="0 0 24 24"><path fill="${c}" d="M12 2a7 7 0 0 0-7 7c0 5.2 7 13 7 13s7-7.8 7-13a7 7 0 0 0-7-7zm0 9.5A2.5 2.5 0 1 1 12 6.5a2.5 2.5 0 0 1 0 5z"/></svg>`,
  globe: (c: string) => `<svg width="10" height="10" viewBox="0 0 24 24"><circle cx="12" cy="12" r="9" fill="none" stroke="${c}" stroke-width="2"/><path d="M3 12h18M12 3c3 3 3 15 0 18M12 3c-3 3-3 15 0 18" fill="none" stroke="${c}" stroke-width="1.6"/></svg>`,
};
