/** heldout-64 — helpers the HTML, DOCX and text templates share: date styles, escaping, skills, icons. */
import type { Job, Person, Skill } from './people.ts';

export const MON3 = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const y = (s: string) => s.slice(0, 4);
export const m = (s: string) => Number(s.slice(5, 7));
export const mm = (s: string) => s.slice(5, 7);

/** Date styles by name; each takes 'YYYY-MM'. */
export const D = {
  mon: (s: string) => `${MON3[m(s) - 1]} ${y(s)}`, // Sep 2015
  MON: (s: string) => `${MON3[m(s) - 1].toUpperCase()} ${y(s)}`, // SEP 2015
  month: (s: string) => `${MONTHS[m(s) - 1]} ${y(s)}`, // September 2015
  slash: (s: string) => `${mm(s)}/${y(s)}`, // 09/2015
  dotEu: (s: string) => `${mm(s)}.${y(s)}`, // 09.2015
  iso: (s: string) => `${y(s)}-${mm(s)}`, // 2015-09
  dotZh: (s: string) => `${y(s)}.${mm(s)}`, // 2015.09
  slashZh: (s: string) => `${y(s)}/${mm(s)}`, // 2015/09
  nian: (s: string) => `${y(s)}年${m(s)}月`, // 2015年9月
};

export function range(j: { start: string; end: string | null }, f: (s: string) => string, present: string, sep = ' – '): string {
  return `${f(j.start)}${sep}${j.end ? f(j.end) : present}`;
}

/** Inclusive months of one job up to the reference month. */
export function monthsOf(j: { start: string; end: string | null }, ref = '2026-12'): number {
  const i = (s: string) => Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7));
  return i(j.end ?? ref) - i(j.start) + 1;
}

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const allSkills = (p: Person): Skill[] => p.skills.flatMap((g) => g.items);

/** Newest first, as most CVs print the history. */
export const newestFirst = (p: Person): Job[] => [...p.work].reverse();

/** The name line: mixed people print the Chinese name with the English one. */
export const fullName = (p: Person, sep = ' ') => (p.alias ? `${p.name}${sep}${p.alias}` : p.name);

/**
 * Font stacks for the HTML templates. CJK text uses WenQuanYi Zen Hei: Chromium's PDF text layer maps glyphs that
 * Noto CJK shares with the Kangxi radicals to the radicals (雨 → ⾬, 角 → ⻆), which would garble the Chinese text.
 */
export function fonts(p: Person, kind: 'sans' | 'serif' | 'mono' = 'sans'): string {
  const cjk = `'WenQuanYi Zen Hei', 'Droid Sans Fallback'`;
  if (kind === 'mono') return `'DejaVu Sans Mono', 'Liberation Mono', 'WenQuanYi Zen Hei Mono', monospace`;
  if (kind === 'serif') return p.lang === 'zh' ? `${cjk}, serif` : `'Liberation Serif', 'DejaVu Serif', ${cjk}, serif`;
  return p.lang === 'zh' ? `${cjk}, 'Liberation Sans', sans-serif` : `'Liberation Sans', 'DejaVu Sans', ${cjk}, sans-serif`;
}

/** Small line icons as inline SVG (stroke = currentColor). */
export function icon(name: string, size = 11, color = 'currentColor'): string {
  const s = (body: string) =>
    `<svg width="${size}" height="${size}" viewBox="0 0 24 24" fill="none" stroke="${color}" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" style="vertical-align:-1px">${body}</svg>`;
  switch (name) {
    case 'phone':
      return s('<rect x="6" y="2" width="12" height="20" rx="2"/><line x1="11" y1="18" x2="13" y2="18"/>');
    case 'mail':
      return s('<rect x="2" y="5" width="20" height="14" rx="2"/><polyline points="2,6 12,13 22,6"/>');
    case 'pin':
      return s('<path d="M12 22s7-7.5 7-12a7 7 0 0 0-14 0c0 4.5 7 12 7 12z"/><circle cx="12" cy="10" r="2.5"/>');
    case 'link':
      return s('<circle cx="12" cy="12" r="10"/><ellipse cx="12" cy="12" rx="4" ry="10"/><line x1="2" y1="12" x2="22" y2="12"/>');
    case 'cal':
      return s('<rect x="3" y="5" width="18" height="16" rx="2"/><line x1="3" y1="10" x2="21" y2="10"/><line x1="8" y1="3" x2="8" y2="7"/><line x1="16" y1="3" x2="16" y2="7"/>');
    case 'brief':
      return s('<rect x="2" y="7" width="20" height="14" rx="2"/><path d="M8 7V4h8v3"/><line x1="2" y1="13" x2="22" y2="13"/>');
    case 'cap':
      return s('<polygon points="12,4 23,9 12,14 1,9"/><path d="M6 11v5c3 2 9 2 12 0v-5"/>');
    case 'star':
      return s('<polygon points="12,2 15,9 22,9.5 16.5,14 18.5,21 12,17 5.5,21 7.5,14 2,9.5 9,9"/>');
    case 'bolt':
      return s('<polygon points="13,2 4,14 11,14 10,22 20,9 13,9"/>');
    case 'chat':
      return s('<path d="M21 12a8 8 0 0 1-12 7l-6 2 2-5a8 8 0 1 1 16-4z"/>');
    case 'user':
      return s('<circle cx="12" cy="8" r="4"/><path d="M4 21c1-4 4-6 8-6s7 2 8 6"/>');
    case 'tool':
      return s('<path d="M14 7l3-3 3 3-3 3"/><path d="M17 7L6 18l-2 2 2-2"/><circle cx="6" cy="18" r="2"/>');
    case 'trophy':
      return s('<path d="M7 4h10v5a5 5 0 0 1-10 0z"/><path d="M7 6H3v2a4 4 0 0 0 4 3"/><path d="M17 6h4v2a4 4 0 0 1-4 3"/><line x1="12" y1="14" x2="12" y2="18"/><rect x="8" y="18" width="8" height="3"/>');
    case 'globe':
      return s('<circle cx="12" cy="12" r="10"/><path d="M2 12h20M12 2c3 3 3 17 0 20M12 2c-3 3-3 17 0 20"/>');
    case 'heart':
      return s('<path d="M12 21s-8-5-8-11a4.5 4.5 0 0 1 8-3 4.5 4.5 0 0 1 8 3c0 6-8 11-8 11z"/>');
    default:
      return s('<circle cx="12" cy="12" r="9"/>');
  }
}

/** A person silhouette in a circle — the photo placeholder templates draw instead of an empty box. */
export function silhouette(sizeMm: number, bg: string, fg: string): string {
  return `<svg width="${sizeMm}mm" height="${sizeMm}mm" viewBox="0 0 100 100"><circle cx="50" cy="50" r="50" fill="${bg}"/><circle cx="50" cy="40" r="17" fill="${fg}"/><path d="M18 88c4-18 18-27 32-27s28 9 32 27" fill="${fg}"/></svg>`;
}

/** Five-step glyph scales. */
export const dots = (n: number, on = '●', off = '○') => on.repeat(n) + off.repeat(5 - n);

/** Chinese level words used by several zh templates. */
export const zhLevel = (n: number) => (n >= 5 ? '精通' : n === 4 ? '熟练' : n === 3 ? '熟悉' : '了解');
export const enLevel = (n: number) => (n >= 5 ? 'Expert' : n === 4 ? 'Advanced' : n === 3 ? 'Proficient' : 'Working knowledge');
