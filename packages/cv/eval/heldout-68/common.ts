import { type Job, type Person, printed } from './people.ts';

export const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export type DateStyle = 'Mon YYYY' | 'Month YYYY' | 'MM/YYYY' | 'YYYY.MM' | 'YYYY/MM' | 'YYYY-MM' | 'zh' | 'MM.YYYY' | 'MON YYYY' | 'MM/YY' | 'Mon-YY';

export function fmt(ym: string, style: DateStyle): string {
  const y = ym.slice(0, 4), m = Number(ym.slice(5, 7));
  const mm = ym.slice(5, 7);
  switch (style) {
    case 'Mon YYYY': return `${MON[m - 1]} ${y}`;
    case 'Month YYYY': return `${MONTH[m - 1]} ${y}`;
    case 'MON YYYY': return `${MON[m - 1].toUpperCase()} ${y}`;
    case 'MM/YYYY': return `${mm}/${y}`;
    case 'MM.YYYY': return `${mm}.${y}`;
    case 'YYYY.MM': return `${y}.${mm}`;
    case 'YYYY/MM': return `${y}/${mm}`;
    case 'YYYY-MM': return `${y}-${mm}`;
    case 'MM/YY': return `${mm}/${y.slice(2)}`;
    case 'Mon-YY': return `${MON[m - 1]}-${y.slice(2)}`;
    case 'zh': return `${y}年${m}月`;
  }
}

export function range(j: { start: string; end: string | null }, style: DateStyle, sep = ' – ', present = 'Present'): string {
  return `${fmt(j.start, style)}${sep}${j.end ? fmt(j.end, style) : present}`;
}

/** months inclusive up to 2026-12 */
export function months(j: { start: string; end: string | null }): number {
  const i = (s: string) => Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7));
  return i(j.end ?? '2026-12') - i(j.start) + 1;
}
export function durEn(n: number): string {
  const y = Math.floor(n / 12), m = n % 12;
  return [y ? `${y} yr${y > 1 ? 's' : ''}` : '', m ? `${m} mo${m > 1 ? 's' : ''}` : ''].filter(Boolean).join(' ');
}
export function durZh(n: number): string {
  const y = Math.floor(n / 12), m = n % 12;
  return `${y ? `${y}年` : ''}${m ? `${m}个月` : ''}`;
}

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const sk = (p: Person) => p.skills.map(printed);
export const newestFirst = (p: Person): Job[] => [...p.work].reverse();
export const isZh = (p: Person) => p.language === 'zh';
export const isMixed = (p: Person) => p.language === 'mixed';
/** label by language: mixed gets "中文 English" */
export const L = (p: Person, en: string, zh: string) => (p.language === 'zh' ? zh : p.language === 'mixed' ? `${zh} ${en}` : en);
/** the name line: mixed people print the Chinese name first, then the English one */
export const fullName = (p: Person) => (p.altName ? `${p.name} ${p.altName}` : p.name);

export const FONT_EN = `'Liberation Sans', 'DejaVu Sans', Arial, sans-serif`;
export const FONT_SERIF = `'Liberation Serif', 'DejaVu Serif', 'Times New Roman', serif`;
export const FONT_ZH = `'Liberation Sans', 'Droid Sans Fallback', 'Noto Sans CJK SC', sans-serif`;
export const FONT_TC = `'Liberation Sans', 'Droid Sans Fallback', 'Noto Sans CJK TC', sans-serif`;
export const fontFor = (p: Person) => (p.id === 'p11' ? `${FONT_EN.replace(', sans-serif', '')}, ${FONT_TC}` : p.language === 'en' ? FONT_EN : `${FONT_EN.replace(', sans-serif', '')}, ${FONT_ZH}`);
