/** Date and small formatting helpers shared by the heldout-45 templates. */
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON_UK = ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
const MON_NL = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

export const y = (s: string) => s.slice(0, 4);
export const m = (s: string) => Number(s.slice(5, 7));
export const mm = (s: string) => s.slice(5, 7);

export type Style =
  | 'Mon YYYY' | 'Mon. YYYY' | 'Month YYYY' | 'MON YYYY' | 'MM/YYYY' | 'MM.YYYY' | 'YYYY.MM' | 'YYYY/MM' | 'YYYY-MM'
  | 'YYYY年M月' | 'YYYY年MM月' | 'YYYY.M' | 'ukMon YYYY' | 'nl' | 'M/YYYY' | 'MM/YY' | 'Mon-YY';

export function d(s: string, style: Style): string {
  const yy = y(s), mo = m(s);
  switch (style) {
    case 'Mon YYYY': return `${MON[mo - 1]} ${yy}`;
    case 'Mon. YYYY': return `${MON[mo - 1]}${mo === 5 ? '' : '.'} ${yy}`;
    case 'Month YYYY': return `${MONTH[mo - 1]} ${yy}`;
    case 'MON YYYY': return `${MON[mo - 1].toUpperCase()} ${yy}`;
    case 'MM/YYYY': return `${mm(s)}/${yy}`;
    case 'MM.YYYY': return `${mm(s)}.${yy}`;
    case 'YYYY.MM': return `${yy}.${mm(s)}`;
    case 'YYYY/MM': return `${yy}/${mm(s)}`;
    case 'YYYY-MM': return `${yy}-${mm(s)}`;
    case 'YYYY年M月': return `${yy}年${mo}月`;
    case 'YYYY年MM月': return `${yy}年${mm(s)}月`;
    case 'YYYY.M': return `${yy}.${mo}`;
    case 'ukMon YYYY': return `${MON_UK[mo - 1]} ${yy}`;
    case 'nl': return `${MON_NL[mo - 1]} ${yy}`;
    case 'M/YYYY': return `${mo}/${yy}`;
    case 'MM/YY': return `${mm(s)}/${yy.slice(2)}`;
    case 'Mon-YY': return `${MON[mo - 1]}-${yy.slice(2)}`;
  }
}

/** "start – end" with a word for the open end. */
export function range(start: string, end: string | null, style: Style, now: string, sep = ' – '): string {
  return `${d(start, style)}${sep}${end ? d(end, style) : now}`;
}

/** Day-level dates: first of the start month, last day of the end month (dd/mm/yyyy). */
export function dayStart(s: string, sep = '/'): string { return `01${sep}${mm(s)}${sep}${y(s)}`; }
export function dayEnd(s: string, sep = '/'): string {
  const last = new Date(Date.UTC(Number(y(s)), m(s), 0)).getUTCDate();
  return `${String(last).padStart(2, '0')}${sep}${mm(s)}${sep}${y(s)}`;
}

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Whole months between two YYYY-MM (inclusive) as "x yrs y mos". */
export function span(start: string, end: string | null, now = '2026-12'): [number, number] {
  const a = Number(y(start)) * 12 + m(start) - 1;
  const e = end ?? now;
  const b = Number(y(e)) * 12 + m(e) - 1;
  const n = b - a + 1;
  return [Math.floor(n / 12), n % 12];
}

/** Same-width padding for plain text (CJK counted double). */
export function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}
export const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));
