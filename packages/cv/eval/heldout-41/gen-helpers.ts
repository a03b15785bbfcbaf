/** Shared helpers for heldout-41's templates: dates in many real formats, HTML escaping, the HTML page shell. */
import type { Job, Person } from './people.ts';
import { skillText } from './people.ts';

export const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const y = (s: string) => Number(s.slice(0, 4));
export const m = (s: string) => Number(s.slice(5, 7));
export const mm = (s: string) => s.slice(5, 7);
export const lastDay = (s: string) => new Date(Date.UTC(y(s), m(s), 0)).getUTCDate();
export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export const skills = (p: Person) => p.skills.map(skillText);
/** newest first */
export const rev = (p: Person): Job[] => [...p.work].reverse();
export const months = (j: Job, ref = '2026-12') => (y(j.end ?? ref) * 12 + m(j.end ?? ref)) - (y(j.start) * 12 + m(j.start)) + 1;
export const dur = (n: number) => { const a = Math.floor(n / 12), b = n % 12; return [a ? `${a} yr${a > 1 ? 's' : ''}` : '', b ? `${b} mo${b > 1 ? 's' : ''}` : ''].filter(Boolean).join(' '); };
export const isZh = (p: Person) => p.lang === 'zh';
/** for mixed people: "李思远 (Siyuan Li)" */
export const full = (p: Person) => (p.alias ? `${p.name} (${p.alias})` : p.name);

export function page(body: string, css: string, lang = 'en'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>CV</title><style>
*{box-sizing:border-box} body{margin:0;font-family:'DejaVu Sans','WenQuanYi Zen Hei',sans-serif;font-size:10pt;color:#222;line-height:1.35}
h1,h2,h3,p,ul{margin:0} ul{padding-left:16px} h2,h3{break-after:avoid;page-break-after:avoid}
${css}</style></head><body>${body}</body></html>`;
}
