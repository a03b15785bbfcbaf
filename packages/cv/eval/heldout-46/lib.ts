/** Shared helpers for heldout-46 templates: date formats in many locales, ordering, escaping. */
import type { Job, Person } from './people.ts';
import { skillText } from './people.ts';

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export const Y = (ym: string) => ym.slice(0, 4);
export const M = (ym: string) => Number(ym.slice(5, 7));
export const pad = (n: number) => String(n).padStart(2, '0');

export const EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const EN_FULL = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const FR = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];
export const ES = ['ene.', 'feb.', 'mar.', 'abr.', 'may.', 'jun.', 'jul.', 'ago.', 'sept.', 'oct.', 'nov.', 'dic.'];
export const DE = ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'];
export const DE_FULL = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

export const f = {
  en: (ym: string) => `${EN[M(ym) - 1]} ${Y(ym)}`,
  enFull: (ym: string) => `${EN_FULL[M(ym) - 1]} ${Y(ym)}`,
  mmyyyy: (ym: string) => `${pad(M(ym))}/${Y(ym)}`,
  dot: (ym: string) => `${Y(ym)}.${pad(M(ym))}`,
  slash: (ym: string) => `${Y(ym)}/${pad(M(ym))}`,
  iso: (ym: string) => ym,
  zh: (ym: string) => `${Y(ym)}年${M(ym)}月`,
  fr: (ym: string) => `${FR[M(ym) - 1]} ${Y(ym)}`,
  es: (ym: string) => `${ES[M(ym) - 1]} ${Y(ym)}`,
  de: (ym: string) => `${DE[M(ym) - 1]} ${Y(ym)}`,
  deNum: (ym: string) => `${pad(M(ym))}/${Y(ym)}`,
};

/** Japanese era (wareki). Heisei runs to April 2019, Reiwa from May 2019. */
export function wareki(ym: string): string {
  const y = Number(Y(ym)), m = M(ym);
  if (y > 2019 || (y === 2019 && m >= 5)) { const n = y - 2018; return `令和${n === 1 ? '元' : n}年${m}月`; }
  const n = y - 1988;
  return `平成${n === 1 ? '元' : n}年${m}月`;
}

const ZH_DIGIT = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
export const zhYearNumerals = (y: string) => [...y].map((d) => ZH_DIGIT[Number(d)]).join('');
const ZH_MONTH = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
export const zhNumeralYM = (ym: string) => `${zhYearNumerals(Y(ym))}年${ZH_MONTH[M(ym) - 1]}月`;

export const quarter = (ym: string) => `Q${Math.floor((M(ym) - 1) / 3) + 1} ${Y(ym)}`;

export interface DateStyle {
  ym: (ym: string) => string;
  present: string;
  sep?: string;
  year?: (y: string) => string;
  /** Whole text for a "since <year>" job. */
  since?: (y: string) => string;
  quarter?: boolean;
  season?: 'en' | 'zh';
}

/** Start and end as printed, honouring the job's print mode. */
export function parts(j: Job, s: DateStyle): { start: string; end: string } {
  const yr = s.year ?? ((y: string) => y);
  if (j.print === 'year') return { start: yr(Y(j.start)), end: j.end ? yr(Y(j.end)) : s.present };
  if (j.print === 'season') { const t = j.season![s.season ?? 'en']; return { start: t, end: '' }; }
  if (j.print === 'since-year') return { start: yr(Y(j.start)), end: s.present };
  if (j.print === 'quarter' && s.quarter) return { start: quarter(j.start), end: j.end ? quarter(j.end) : s.present };
  return { start: s.ym(j.start), end: j.end ? s.ym(j.end) : s.present };
}

export function period(j: Job, s: DateStyle): string {
  const sep = s.sep ?? ' – ';
  if (j.print === 'season') return j.season![s.season ?? 'en'];
  if (j.print === 'since-year' && s.since) return s.since(Y(j.start));
  const p = parts(j, s);
  return `${p.start}${sep}${p.end}`;
}

export const gapPeriod = (g: { start: string; end: string }, s: DateStyle) => `${s.ym(g.start)}${s.sep ?? ' – '}${s.ym(g.end)}`;

const key = (j: { start: string; end: string | null }) => j.start + (j.end ?? '9999-99');
/** Most recent first (by start, then end). */
export const rev = <T extends { start: string; end: string | null }>(w: T[]) => [...w].sort((a, b) => (key(a) < key(b) ? 1 : -1));
export const asc = <T extends { start: string; end: string | null }>(w: T[]) => [...w].sort((a, b) => (key(a) < key(b) ? -1 : 1));

export const skills = (p: Person) => p.skills.map(skillText);

/** Months from start to end inclusive (end null = the given 'as of' month). */
export function monthsIncl(start: string, end: string | null, asOf: string): number {
  const e = end ?? asOf;
  return (Number(Y(e)) - Number(Y(start))) * 12 + M(e) - M(start) + 1;
}

/** Employers grouped in order of first appearance (for templates that group roles). */
export function groupByEmployer(jobs: Job[]): { company: string; jobs: Job[] }[] {
  const out: { company: string; jobs: Job[] }[] = [];
  for (const j of jobs) {
    const last = out[out.length - 1];
    if (last && last.company === j.company) last.jobs.push(j);
    else out.push({ company: j.company, jobs: [j] });
  }
  return out;
}

export const ddmmyyyy = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
export const ddDotmm = (d: string) => `${d.slice(8, 10)}.${d.slice(5, 7)}.${d.slice(0, 4)}`;
/** Last day of a month, YYYY-MM-DD. */
export function lastDay(ym: string): string {
  const y = Number(Y(ym)), m = M(ym);
  const d = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${ym}-${pad(d)}`;
}
export const firstDay = (ym: string) => `${ym}-01`;

/** Simple SVG icons (inline), drawn so no icon font is needed. */
export const icon = {
  phone: (c = '#fff') => `<svg width="10" height="10" viewBox="0 0 24 24"><path fill="${c}" d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2c.3-.3.7-.4 1-.2 1.1.4 2.3.6 3.6.6.6 0 1 .4 1 1V20c0 .6-.4 1-1 1A17 17 0 0 1 3 4c0-.6.4-1 1-1h3.5c.6 0 1 .4 1 1 0 1.3.2 2.5.6 3.6.1.3 0 .7-.2 1z"/></svg>`,
  mail: (c = '#fff') => `<svg width="10" height="10" viewBox="0 0 24 24"><path fill="${c}" d="M2 5h20v14H2zm2 2v.5l8 5 8-5V7l-8 5z"/></svg>`,
  pin: (c = '#fff') => `<svg width="10" height="10" viewBox="0 0 24 24"><path fill="${c}" d="M12 2a7 7 0 0 0-7 7c0 5 7 13 7 13s7-8 7-13a7 7 0 0 0-7-7zm0 9.5A2.5 2.5 0 1 1 12 6.5a2.5 2.5 0 0 1 0 5z"/></svg>`,
  link: (c = '#fff') => `<svg width="10" height="10" viewBox="0 0 24 24"><path fill="${c}" d="M10.6 13.4a1 1 0 0 0 1.4 0l4-4a3 3 0 0 0-4.2-4.2l-1.5 1.5 1.4 1.4 1.5-1.5a1 1 0 0 1 1.4 1.4l-4 4a1 1 0 0 0 0 1.4zM13.4 10.6a1 1 0 0 0-1.4 0l-4 4a3 3 0 0 0 4.2 4.2l1.5-1.5-1.4-1.4-1.5 1.5a1 1 0 0 1-1.4-1.4l4-4a1 1 0 0 0 0-1.4z"/></svg>`,
  person: (c = '#999') => `<svg viewBox="0 0 60 72" width="100%" height="100%"><rect width="60" height="72" fill="#e9ecef"/><circle cx="30" cy="27" r="12" fill="${c}"/><path d="M8 72c2-16 12-22 22-22s20 6 22 22z" fill="${c}"/></svg>`,
};
