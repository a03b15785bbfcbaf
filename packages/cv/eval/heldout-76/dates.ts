/** Date strings as each country's CVs print them. */
import type { Loc, Person, Prec } from './people.ts';

const EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ENL = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const W: Partial<Record<Loc, string[]>> = {
  es: ['ene.', 'feb.', 'mar.', 'abr.', 'may.', 'jun.', 'jul.', 'ago.', 'sept.', 'oct.', 'nov.', 'dic.'],
  de: ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  nl: ['jan.', 'feb.', 'mrt.', 'apr.', 'mei', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'],
  pt: ['jan', 'fev', 'mar', 'abr', 'mai', 'jun', 'jul', 'ago', 'set', 'out', 'nov', 'dez'],
  it: ['gen.', 'feb.', 'mar.', 'apr.', 'mag.', 'giu.', 'lug.', 'ago.', 'set.', 'ott.', 'nov.', 'dic.'],
  pl: ['styczeń', 'luty', 'marzec', 'kwiecień', 'maj', 'czerwiec', 'lipiec', 'sierpień', 'wrzesień', 'październik', 'listopad', 'grudzień'],
  sg: ENL, au: EN,
};
const PRESENT: Record<Loc, string> = { es: 'actualidad', de: 'heute', fr: "aujourd'hui", nl: 'heden', pt: 'atual', it: 'ad oggi', pl: 'obecnie', zh: '至今', tw: '現在', hk: '至今', ko: '재직중', ja: '現在', sg: 'Present', au: 'Present' };
const SEP: Record<Loc, string> = { es: ' – ', de: ' – ', fr: ' – ', nl: ' – ', pt: ' – ', it: ' – ', pl: ' – ', zh: '—', tw: '～', hk: ' – ', ko: ' ~ ', ja: '～', sg: ' – ', au: ' – ' };
const ZH = (l: Loc) => l === 'zh' || l === 'tw' || l === 'hk' || l === 'ja';
const QZ = ['一', '二', '三', '四'];

export type Style = 'w' | 'n';
export function point(loc: Loc, d: string, style: Style, prec?: Prec, end = false): string {
  const y = Number(d.slice(0, 4)), m = Number(d.slice(5, 7)), mm = d.slice(5, 7);
  if (prec === 'y') return ZH(loc) && style === 'w' ? `${y}年` : `${y}`;
  if (prec === 's') return ZH(loc) ? `${y}年夏` : `Summer ${y}`;
  if (prec === 'q') { const q = Math.floor((m - 1) / 3) + 1; return ZH(loc) ? `${y}年第${QZ[q - 1]}季度` : `Q${q} ${y}`; }
  if (style === 'w') {
    if (ZH(loc)) return `${y}年${m}月`;
    if (loc === 'ko') return `${y}년 ${m}월`;
    if (loc === 'pt') return `${W.pt![m - 1]}/${y}`;
    return `${(W[loc] ?? EN)[m - 1]} ${y}`;
  }
  switch (loc) {
    case 'zh': case 'ko': return `${y}.${mm}`;
    case 'tw': case 'ja': return `${y}/${mm}`;
    case 'nl': return `${mm}-${y}`;
    case 'pl': case 'de': return style === 'n' && loc === 'pl' ? `${mm}.${y}` : `${mm}/${y}`;
    default: return `${mm}/${y}`;
  }
}

export interface Span { start: string; end: string | null; sp?: Prec; ep?: Prec }
/** "sept. 2019 – actualidad", "seit 03/2021", "depuis janvier 2020", "2019年4月～現在", "since 2021" … */
export function range(p: Person, j: Span, style: Style, opts: { sep?: string } = {}): string {
  const loc = p.loc;
  const s = point(loc, j.start, style, j.sp);
  if (j.end === null) {
    if (loc === 'de') return `seit ${s}`;
    if (loc === 'fr') return `depuis ${s}`;
    if (j.sp === 'y' && !ZH(loc)) return `since ${s}`;
    if (loc === 'zh' && style === 'w') return `${s}至今`;
    if (loc === 'ko') return `${s}${opts.sep ?? SEP.ko}재직중`;
    return `${s}${opts.sep ?? SEP[loc]}${PRESENT[loc]}`;
  }
  const e = point(loc, j.end, style, j.ep, true);
  if (j.end === j.start && !j.sp && !j.ep) return s;
  if (j.sp === 's' && j.ep === 's' && j.start.slice(0, 4) === j.end.slice(0, 4)) return s;
  return `${s}${opts.sep ?? SEP[loc]}${e}`;
}
export const presentWord = (loc: Loc) => PRESENT[loc];

const idx = (s: string) => Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7)) - 1;
export function months(j: Span, ref = '2026-12'): number { return idx(j.end ?? ref) - idx(j.start) + 1; }

/** printed length of a stay: "3 yrs 2 mos", "5 Jahre 10 Monate", "7年9个月" … */
export function duration(loc: Loc, n: number, short = false): string {
  const y = Math.floor(n / 12), m = n % 12;
  const part = (v: number, one: string, many: string) => (v === 0 ? '' : `${v} ${v === 1 ? one : many}`);
  const join = (a: string, b: string) => [a, b].filter(Boolean).join(' ');
  switch (loc) {
    case 'de': return join(part(y, 'Jahr', 'Jahre'), part(m, 'Monat', 'Monate'));
    case 'es': return join(part(y, 'año', 'años'), part(m, 'mes', 'meses'));
    case 'fr': return join(part(y, 'an', 'ans'), part(m, 'mois', 'mois'));
    case 'nl': return join(part(y, 'jaar', 'jaar'), part(m, 'maand', 'maanden'));
    case 'pt': return join(part(y, 'ano', 'anos'), part(m, 'mês', 'meses'));
    case 'it': return join(part(y, 'anno', 'anni'), part(m, 'mese', 'mesi'));
    case 'pl': {
      const yl = y === 0 ? '' : y === 1 ? '1 rok' : (y % 10 >= 2 && y % 10 <= 4 && (y % 100 < 12 || y % 100 > 14)) ? `${y} lata` : `${y} lat`;
      return join(yl, m ? `${m} mies.` : '');
    }
    case 'zh': return `${y ? y + '年' : ''}${m ? m + '个月' : ''}`;
    case 'tw': case 'hk': return `${y ? y + '年' : ''}${m ? m + '個月' : ''}`;
    case 'ja': return `${y ? y + '年' : ''}${m ? m + 'ヶ月' : ''}`;
    case 'ko': return [y ? `${y}년` : '', m ? `${m}개월` : ''].filter(Boolean).join(' ');
    default: return short ? join(part(y, 'yr', 'yrs'), part(m, 'mo', 'mos')) : join(part(y, 'yr', 'yrs'), part(m, 'mo', 'mos'));
  }
}
