/** heldout-56: helpers shared by the templates (date formats, other calendars, a photo PNG, HTML escaping). */
import { deflateSync } from 'node:zlib';
import { REFERENCE, type Job, type Person } from './people.ts';

export const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const ym = (s: string) => ({ y: Number(s.slice(0, 4)), m: Number(s.slice(5, 7)) });
const pad = (n: number) => String(n).padStart(2, '0');

/** Formats a `YYYY-MM` month in a named style. */
export function fmt(s: string, style: string): string {
  const { y, m } = ym(s);
  switch (style) {
    case 'Mon YYYY': return `${MON[m - 1]} ${y}`;
    case 'Month YYYY': return `${MONTH[m - 1]} ${y}`;
    case 'MM/YYYY': return `${pad(m)}/${y}`;
    case 'M/YYYY': return `${m}/${y}`;
    case 'YYYY-MM': return `${y}-${pad(m)}`;
    case 'YYYY.MM': return `${y}.${pad(m)}`;
    case 'YYYY/MM': return `${y}/${pad(m)}`;
    case 'YYYY.M': return `${y}.${m}`;
    case 'zh': return `${y}年${m}月`;
    case 'zh0': return `${y}年${pad(m)}月`;
    case 'Mon-YYYY': return `${MON[m - 1]}-${y}`;
    case "Mon 'YY": return `${MON[m - 1]} '${String(y).slice(2)}`;
    default: throw new Error(`unknown style ${style}`);
  }
}

/** `start – end` with a word for the open end. */
export function range(j: { start: string; end: string | null }, style: string, present: string, sep = ' – '): string {
  return `${fmt(j.start, style)}${sep}${j.end ? fmt(j.end, style) : present}`;
}

/** Inclusive months from start to end (or the reference month). */
export function months(j: { start: string; end: string | null }): number {
  const a = ym(j.start), b = ym(j.end ?? REFERENCE);
  return (b.y - a.y) * 12 + (b.m - a.m) + 1;
}

export function durationEn(j: { start: string; end: string | null }, long = false): string {
  const n = months(j), y = Math.floor(n / 12), m = n % 12;
  const yy = y ? `${y} ${long ? (y === 1 ? 'year' : 'years') : (y === 1 ? 'yr' : 'yrs')}` : '';
  const mm = m ? `${m} ${long ? (m === 1 ? 'month' : 'months') : (m === 1 ? 'mo' : 'mos')}` : '';
  return [yy, mm].filter(Boolean).join(' ');
}

export function durationZh(j: { start: string; end: string | null }): string {
  const n = months(j), y = Math.floor(n / 12), m = n % 12;
  return `${y ? `${y}年` : ''}${m ? `${m}个月` : ''}`;
}

/** Day `d` of a `YYYY-MM` month; `last` gives the month's last day. */
export function day(s: string, d: number | 'last'): Date {
  const { y, m } = ym(s);
  const dd = d === 'last' ? new Date(Date.UTC(y, m, 0)).getUTCDate() : d;
  return new Date(Date.UTC(y, m - 1, dd));
}

export const dmy = (d: Date, sep = '/') => `${pad(d.getUTCDate())}${sep}${pad(d.getUTCMonth() + 1)}${sep}${d.getUTCFullYear()}`;
export const mdy = (d: Date) => `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${d.getUTCFullYear()}`;
export const dMonY = (d: Date) => `${pad(d.getUTCDate())}-${MON[d.getUTCMonth()]}-${d.getUTCFullYear()}`;

/** Umm al-Qura (Saudi) Hijri date of a Gregorian date, as dd/mm/yyyy. */
export function hijri(d: Date): string {
  const parts = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).formatToParts(d);
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  return `${get('day')}/${get('month')}/${get('year').replace(/\D/g, '')}`;
}

/** Nepali Bikram Sambat month of a Gregorian month (the BS month that begins in the middle of it). */
export const BS_MONTHS = ['Baisakh', 'Jestha', 'Asar', 'Shrawan', 'Bhadra', 'Ashwin', 'Kartik', 'Mangsir', 'Poush', 'Magh', 'Falgun', 'Chaitra'];
export function bs(s: string): { y: number; m: number; name: string } {
  const { y, m } = ym(s);
  const bm = ((m - 4 + 12) % 12) + 1;
  const by = m >= 4 ? y + 57 : y + 56;
  return { y: by, m: bm, name: BS_MONTHS[bm - 1] };
}

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Jobs newest first. */
export const newestFirst = (p: Person): Job[] => [...p.work].sort((a, b) => (a.start < b.start ? 1 : -1));

/** A small grey head-and-shoulders "photo" as PNG (RGB), drawn pixel by pixel. */
export function photoPng(w = 120, h = 150, bg: [number, number, number] = [214, 220, 226], fg: [number, number, number] = [120, 132, 146]): Buffer {
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) {
    raw[y * (w * 3 + 1)] = 0;
    for (let x = 0; x < w; x++) {
      const hx = (x - w / 2) / (w * 0.2), hy = (y - h * 0.38) / (h * 0.2);
      const sx = (x - w / 2) / (w * 0.46), sy = (y - h * 1.02) / (h * 0.42);
      const inside = hx * hx + hy * hy <= 1 || sx * sx + sy * sy <= 1;
      const c = inside ? fg : bg;
      const o = y * (w * 3 + 1) + 1 + x * 3;
      raw[o] = c[0]; raw[o + 1] = c[1]; raw[o + 2] = c[2];
    }
  }
  const crcTable = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
  const crc = (b: Buffer) => { let c = 0xffffffff; for (const x of b) c = crcTable[(c ^ x) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const c = Buffer.alloc(4); c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0); ihdr.writeUInt32BE(h, 4); ihdr[8] = 8; ihdr[9] = 2; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** The same silhouette as inline SVG for HTML templates. */
export function photoSvg(w: number, h: number, bg = '#d6dce2', fg = '#7a8492'): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 120 150"><rect width="120" height="150" fill="${bg}"/><ellipse cx="60" cy="57" rx="24" ry="30" fill="${fg}"/><ellipse cx="60" cy="153" rx="55" ry="63" fill="${fg}"/></svg>`;
}

export const FONT_SANS = `'Liberation Sans', 'DejaVu Sans', 'WenQuanYi Zen Hei', sans-serif`;
export const FONT_SERIF = `'Liberation Serif', 'DejaVu Serif', 'WenQuanYi Zen Hei', serif`;
export const FONT_ZH = `'WenQuanYi Zen Hei', 'Droid Sans Fallback', 'Liberation Sans', sans-serif`;

export function page(title: string, css: string, body: string, lang = 'en'): string {
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${css}</style></head><body>${body}</body></html>`;
}
