/** Small helpers shared by the heldout-61 templates: dates, escaping, icons, file names. */
import type { Job, Person } from './people.ts';
import { printed } from './people.ts';

export type Layout = 'single' | 'two-column' | 'table';
export const short: Record<Layout, string> = { single: 'single', 'two-column': 'twocol', table: 'table' };
export const fileName = (p: Person, layout: Layout, template: string, ext: string) => `${p.id}-${short[layout]}-${template}.${ext}`;

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SEPT = ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
const MONDOT = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Oct.', 'Nov.', 'Dec.'];

export type DateStyle =
  | 'Mon YYYY' | 'Month YYYY' | 'Mon. YYYY' | 'Sept YYYY' | 'MON YYYY' | 'MM/YYYY' | 'MM.YYYY' | 'YYYY.MM' | 'YYYY-MM' | 'YYYY/MM'
  | 'YYYY.M' | 'zh' | 'zh0' | 'MM/YY' | "Mon 'YY";

export function fmt(ym: string, style: DateStyle): string {
  const y = ym.slice(0, 4);
  const mm = ym.slice(5, 7);
  const m = Number(mm);
  switch (style) {
    case 'Mon YYYY': return `${MON[m - 1]} ${y}`;
    case 'Month YYYY': return `${MONTH[m - 1]} ${y}`;
    case 'Mon. YYYY': return `${MONDOT[m - 1]} ${y}`;
    case 'Sept YYYY': return `${SEPT[m - 1]} ${y}`;
    case 'MON YYYY': return `${MON[m - 1].toUpperCase()} ${y}`;
    case 'MM/YYYY': return `${mm}/${y}`;
    case 'MM.YYYY': return `${mm}.${y}`;
    case 'YYYY.MM': return `${y}.${mm}`;
    case 'YYYY-MM': return `${y}-${mm}`;
    case 'YYYY/MM': return `${y}/${mm}`;
    case 'YYYY.M': return `${y}.${m}`;
    case 'zh': return `${y}年${m}月`;
    case 'zh0': return `${y}年${mm}月`;
    case 'MM/YY': return `${mm}/${y.slice(2)}`;
    case "Mon 'YY": return `${MON[m - 1]} '${y.slice(2)}`;
  }
}
export function range(j: { start: string; end: string | null }, style: DateStyle, sep = ' – ', present = 'Present'): string {
  return `${fmt(j.start, style)}${sep}${j.end ? fmt(j.end, style) : present}`;
}
export const newestFirst = (work: Job[]) => [...work].reverse();

export const esc = (s: string | undefined) => (s ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export const skillList = (p: Person) => p.skills.map(printed);

/** Simple 16×16 line icons drawn for these templates (inline SVG, currentColor). */
const ICON_PATHS: Record<string, string> = {
  mobile: '<rect x="4.5" y="1.5" width="7" height="13" rx="1.2"/><line x1="7" y1="12.3" x2="9" y2="12.3"/>',
  phone: '<path d="M3 2.5h3l1.2 3-1.7 1.1a8 8 0 0 0 3.9 3.9l1.1-1.7 3 1.2v3a1 1 0 0 1-1 1A12 12 0 0 1 2 3.5a1 1 0 0 1 1-1z"/>',
  office: '<rect x="2.5" y="2.5" width="7" height="11"/><rect x="9.5" y="6.5" width="4" height="7"/><line x1="4.5" y1="5" x2="7.5" y2="5"/><line x1="4.5" y1="8" x2="7.5" y2="8"/><line x1="4.5" y1="11" x2="7.5" y2="11"/>',
  mail: '<rect x="1.5" y="3.5" width="13" height="9" rx="1"/><polyline points="1.5,4 8,9 14.5,4"/>',
  pin: '<path d="M8 14.5s-4.5-4.6-4.5-8a4.5 4.5 0 0 1 9 0c0 3.4-4.5 8-4.5 8z"/><circle cx="8" cy="6.5" r="1.6"/>',
  globe: '<circle cx="8" cy="8" r="6.5"/><ellipse cx="8" cy="8" rx="2.8" ry="6.5"/><line x1="1.5" y1="8" x2="14.5" y2="8"/>',
  link: '<path d="M6.5 9.5l3-3"/><path d="M7 4.5l1.5-1.5a2.8 2.8 0 0 1 4 4L11 8.5"/><path d="M9 11.5L7.5 13a2.8 2.8 0 0 1-4-4L5 7.5"/>',
  chat: '<path d="M2 3.5h12v7H7l-3.5 3v-3H2z"/><line x1="5" y1="6.5" x2="11" y2="6.5"/><line x1="5" y1="8.5" x2="9" y2="8.5"/>',
  plane: '<path d="M14.5 1.8L1.5 7.2l4.6 1.6 1.6 4.9 2.3-3 3.2 2.3z"/><line x1="6.1" y1="8.8" x2="14.5" y2="1.8"/>',
  code: '<polyline points="5.5,4 1.5,8 5.5,12"/><polyline points="10.5,4 14.5,8 10.5,12"/>',
  id: '<rect x="1.5" y="3" width="13" height="10" rx="1"/><circle cx="5.5" cy="7" r="1.5"/><path d="M3.2 11c.5-1.5 4.1-1.5 4.6 0"/><line x1="9.5" y1="6.5" x2="13" y2="6.5"/><line x1="9.5" y1="9" x2="12" y2="9"/>',
  home: '<polyline points="1.5,8 8,2 14.5,8"/><path d="M3.5 6.5v7h9v-7"/><rect x="6.5" y="9.5" width="3" height="4"/>',
  cal: '<rect x="1.5" y="3" width="13" height="11" rx="1"/><line x1="1.5" y1="6.5" x2="14.5" y2="6.5"/><line x1="5" y1="1.5" x2="5" y2="4.5"/><line x1="11" y1="1.5" x2="11" y2="4.5"/>',
};
export function icon(name: keyof typeof ICON_PATHS | string, size = 11, color = 'currentColor'): string {
  return `<svg width="${size}" height="${size}" viewBox="0 0 16 16" fill="none" stroke="${color}" stroke-width="1.3" stroke-linecap="round" stroke-linejoin="round" style="vertical-align:-1px">${ICON_PATHS[name] ?? ''}</svg>`;
}
/** A grey head-and-shoulders silhouette for photo boxes (never an empty box). */
export function silhouette(w: number, h: number, bg = '#dfe3e8', fg = '#9aa3ad'): string {
  return `<svg width="${w}" height="${h}" viewBox="0 0 30 40" preserveAspectRatio="xMidYMid slice"><rect width="30" height="40" fill="${bg}"/><circle cx="15" cy="15" r="7" fill="${fg}"/><path d="M2 40c0-9 6-14 13-14s13 5 13 14z" fill="${fg}"/></svg>`;
}
