/** heldout-50: date formatting and small HTML helpers shared by the templates. */
import type { Job, Person } from './people.ts';

export const M3 = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const MF = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const yr = (s: string) => s.slice(0, 4);
export const mo = (s: string) => Number(s.slice(5, 7));
export const mm = (s: string) => s.slice(5, 7);
export const D = {
  mon: (s: string) => `${M3[mo(s) - 1]} ${yr(s)}`,
  month: (s: string) => `${MF[mo(s) - 1]} ${yr(s)}`,
  mmyyyy: (s: string) => `${mm(s)}/${yr(s)}`,
  mY: (s: string) => `${mo(s)}/${yr(s)}`,
  dot: (s: string) => `${yr(s)}.${mm(s)}`,
  dotShort: (s: string) => `${yr(s)}.${mo(s)}`,
  slash: (s: string) => `${yr(s)}/${mm(s)}`,
  zh: (s: string) => `${yr(s)}年${mo(s)}月`,
  iso: (s: string) => s,
  mmdotyyyy: (s: string) => `${mm(s)}.${yr(s)}`,
};
const CN = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** 二〇一三 digit by digit. */
export const cnDigits = (n: number | string) => String(n).split('').map((c) => CN[Number(c)]).join('');
/** 十二, 八 — month numbers in Chinese. */
export const cnMonth = (n: number) => (n <= 10 ? (n === 10 ? '十' : CN[n]) : `十${CN[n - 10]}`);
/** 民國 year in Chinese numerals as written vertically: 一〇三. */
export const minguo = (s: string) => cnDigits(Number(yr(s)) - 1911);

export const range = (j: { start: string; end: string | null }, f: (s: string) => string, sep: string, present: string) => `${f(j.start)}${sep}${j.end ? f(j.end) : present}`;
const idx = (s: string) => Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7)) - 1;
export const months = (j: { start: string; end: string | null }, ref = '2026-12') => idx(j.end ?? ref) - idx(j.start) + 1;
export const dur = (j: { start: string; end: string | null }) => {
  const n = months(j); const y = Math.floor(n / 12), m = n % 12;
  return [y ? `${y} year${y > 1 ? 's' : ''}` : '', m ? `${m} month${m > 1 ? 's' : ''}` : ''].filter(Boolean).join(' ');
};
export const durZh = (j: { start: string; end: string | null }) => { const n = months(j); const y = Math.floor(n / 12), m = n % 12; return `${y ? `${y}年` : ''}${m ? `${m}个月` : ''}`; };

export const sk = (p: Person) => p.skills.map((s) => s.split(' | ')[0]);
export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const newest = (p: Person): Job[] => [...p.work].reverse();
export const e164 = (p: Person) => p.phone;

export const FONT_SANS = "'Liberation Sans', 'DejaVu Sans', 'WenQuanYi Zen Hei', sans-serif";
export const FONT_SERIF = "'Liberation Serif', 'DejaVu Serif', 'WenQuanYi Zen Hei', serif";
export const FONT_MONO = "'DejaVu Sans Mono', 'Liberation Mono', 'WenQuanYi Zen Hei Mono', monospace";
export const page = (lang: string, css: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>*{box-sizing:border-box}body{margin:0;font-family:${FONT_SANS};font-size:9.5pt;line-height:1.35;color:#222}${css}</style></head><body>${body}</body></html>`;
/** Width of a string in terminal columns (CJK counted double). */
export const cols = (s: string) => [...s].reduce((n, c) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(c) ? 2 : 1), 0);
export const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - cols(s)));
