/** Date and label helpers shared by the heldout-70 templates. */
import type { Job, Person } from './people.ts';
export const REF = '2026-12';
export const Y = (s: string) => Number(s.slice(0, 4));
export const M = (s: string) => Number(s.slice(5, 7));
const p2 = (n: number) => String(n).padStart(2, '0');
export const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const MONF = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const mon3 = (s: string) => `${MON[M(s) - 1]} ${Y(s)}`;
export const monF = (s: string) => `${MONF[M(s) - 1]} ${Y(s)}`;
export const mmyyyy = (s: string) => `${p2(M(s))}/${Y(s)}`;
export const slash = (s: string) => `${Y(s)}/${p2(M(s))}`;
export const dot = (s: string) => `${Y(s)}.${p2(M(s))}`;
export const zhYM = (s: string) => `${Y(s)}年${M(s)}月`;
export const quarter = (s: string) => `Q${Math.ceil(M(s) / 3)} ${Y(s)}`;
export const apos = (s: string) => `${MON[M(s) - 1]} '${String(Y(s)).slice(2)}`;
/** academic year a month falls in (Sep–Aug) */
export const acad = (s: string) => { const y = M(s) >= 9 ? Y(s) : Y(s) - 1; return `${y}/${String(y + 1).slice(2)}`; };
export const months = (j: { start: string; end: string | null }) => (Y(j.end ?? REF) * 12 + M(j.end ?? REF)) - (Y(j.start) * 12 + M(j.start)) + 1;
export const durEn = (n: number) => { const y = Math.floor(n / 12), m = n % 12; return [y ? `${y} yr${y > 1 ? 's' : ''}` : '', m ? `${m} mo${m > 1 ? 's' : ''}` : ''].filter(Boolean).join(' '); };
export const durZh = (n: number) => { const y = Math.floor(n / 12), m = n % 12; return `${y ? `${y}年` : ''}${m ? `${m}个月` : ''}`; };
/** 2016年下半年 / 2019年初 / 2018年底 / 2020年年中 (p08's dates all fall on these months) */
export const banStart = (s: string) => M(s) === 1 ? `${Y(s)}年初` : M(s) === 7 ? `${Y(s)}年下半年` : zhYM(s);
export const banEnd = (s: string | null) => s === null ? '至今' : M(s) === 12 ? `${Y(s)}年底` : M(s) === 6 ? `${Y(s)}年年中` : zhYM(s);
export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** label in the person's language: en, zh, or "zh English" for mixed */
export const L = (p: Person, en: string, zh: string) => p.language === 'en' ? en : p.language === 'zh' ? zh : `${zh} ${en}`;
export const isZh = (p: Person) => p.language === 'zh';
/** top-level jobs newest first, each with the jobs printed inside it */
export function tops(p: Person): { job: Job; i: number; inner: Job[] }[] {
  return p.work.map((job, i) => ({ job, i, inner: p.work.filter((k) => k.parent === i) }))
    .filter((t) => t.job.parent === undefined).reverse();
}
/** top-level jobs grouped by employer (consecutive), newest first */
export function groups(p: Person) {
  const out: { company: string; items: ReturnType<typeof tops> }[] = [];
  for (const t of tops(p)) {
    const last = out[out.length - 1];
    if (last && last.company === t.job.company && t.job.kind !== 'sideline') last.items.push(t);
    else out.push({ company: t.job.company, items: [t] });
  }
  return out;
}
export const nameLine = (p: Person) => p.alias ? `${p.name} ${p.alias}` : p.name;
