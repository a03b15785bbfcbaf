/** Shared helpers for heldout-66: date formats, HTML page shell, photo placeholders. */
import { deflateSync } from 'node:zlib';
import type { Job, Person } from './people.ts';

const M3 = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MF = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MFR = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];
export type DateStyle = 'mon' | 'month' | 'mm/yyyy' | 'mm-yyyy' | 'mm.yyyy' | 'yyyy.mm' | 'yyyy/mm' | 'zh' | 'roc' | 'roczh' | 'mm/yy' | 'in' | 'fr' | 'yyyy-mm';
export function fd(ym: string, s: DateStyle): string {
  const y = Number(ym.slice(0, 4)); const m = Number(ym.slice(5, 7)); const mm = ym.slice(5, 7);
  switch (s) {
    case 'mon': return `${M3[m - 1]} ${y}`;
    case 'month': return `${MF[m - 1]} ${y}`;
    case 'mm/yyyy': return `${mm}/${y}`;
    case 'mm-yyyy': return `${mm}-${y}`;
    case 'mm.yyyy': return `${mm}.${y}`;
    case 'yyyy.mm': return `${y}.${mm}`;
    case 'yyyy/mm': return `${y}/${mm}`;
    case 'yyyy-mm': return `${y}-${mm}`;
    case 'zh': return `${y}年${m}月`;
    case 'roc': return `${y - 1911}.${mm}`;
    case 'roczh': return `${y - 1911}年${m}月`;
    case 'mm/yy': return `${mm}/${String(y).slice(2)}`;
    case 'in': return `${M3[m - 1]}'${String(y).slice(2)}`;
    case 'fr': return `${MFR[m - 1]} ${y}`;
  }
}
export const range = (j: Job, s: DateStyle, present: string, sep = ' – ') => `${fd(j.start, s)}${sep}${j.end ? fd(j.end, s) : present}`;

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const isZh = (p: Person) => p.lang !== 'en';
export const FONT_EN = `'Liberation Sans', 'DejaVu Sans', 'Noto Sans CJK SC', sans-serif`;
export const FONT_SERIF = `'Liberation Serif', 'DejaVu Serif', 'Noto Serif CJK SC', serif`;
export const fontZh = (tc: boolean) => tc ? `'Noto Sans CJK TC', 'Liberation Sans', sans-serif` : `'Noto Sans CJK SC', 'Liberation Sans', sans-serif`;

export function page(css: string, body: string, lang = 'en'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>
*{box-sizing:border-box} html,body{margin:0;padding:0} body{-webkit-print-color-adjust:exact;print-color-adjust:exact}
${css}</style></head><body>${body}</body></html>`;
}

/** a grey head-and-shoulders silhouette (what builders put in the photo box before a photo is uploaded) */
export const silhouetteSvg = (w = 90, h = 112, bg = '#dfe3e8', fg = '#9aa3ad') =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 90 112"><rect width="90" height="112" fill="${bg}"/><circle cx="45" cy="42" r="20" fill="${fg}"/><path d="M8 112 C10 80 28 70 45 70 C62 70 80 80 82 112 Z" fill="${fg}"/></svg>`;

/** the same silhouette as a PNG for Word documents */
export function silhouettePng(w = 120, h = 150): Buffer {
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) {
    raw[y * (w * 3 + 1)] = 0;
    for (let x = 0; x < w; x++) {
      const nx = (x / w) * 90, ny = (y / h) * 112;
      const head = (nx - 45) ** 2 + (ny - 42) ** 2 < 400;
      const body = ny > 72 && Math.abs(nx - 45) < 37 * Math.min(1, (ny - 66) / 22);
      const c = head || body ? [0x9a, 0xa3, 0xad] : [0xdf, 0xe3, 0xe8];
      raw.set(c, y * (w * 3 + 1) + 1 + x * 3);
    }
  }
  const crcTable = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
  const crc = (b: Buffer) => { let c = 0xffffffff; for (const x of b) c = crcTable[(c ^ x) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
  const chunk = (t: string, d: Buffer) => { const len = Buffer.alloc(4); len.writeUInt32BE(d.length); const td = Buffer.concat([Buffer.from(t), d]); const c = Buffer.alloc(4); c.writeUInt32BE(crc(td)); return Buffer.concat([len, td, c]); };
  const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(w, 0); ihdr.writeUInt32BE(h, 4); ihdr[8] = 8; ihdr[9] = 2;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** small inline SVG icons */
export const icon = {
  phone: (c = '#fff') => `<svg width="11" height="11" viewBox="0 0 24 24"><path fill="${c}" d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2c.3-.3.7-.4 1-.2 1.1.4 2.3.6 3.6.6.6 0 1 .4 1 1V20c0 .6-.4 1-1 1C10.6 21 3 13.4 3 4c0-.6.4-1 1-1h3.5c.6 0 1 .4 1 1 0 1.3.2 2.5.6 3.6.1.3 0 .7-.2 1z"/></svg>`,
  mail: (c = '#fff') => `<svg width="11" height="11" viewBox="0 0 24 24"><path fill="${c}" d="M2 5h20v14H2z M2 5l10 8 10-8" stroke="${c === '#fff' ? '#333' : '#fff'}" stroke-width="1.5"/></svg>`,
  home: (c = '#fff') => `<svg width="11" height="11" viewBox="0 0 24 24"><path fill="${c}" d="M12 3 2 12h3v8h5v-5h4v5h5v-8h3z"/></svg>`,
  pin: (c = '#fff') => `<svg width="11" height="11" viewBox="0 0 24 24"><path fill="${c}" d="M12 2a7 7 0 0 0-7 7c0 5 7 13 7 13s7-8 7-13a7 7 0 0 0-7-7zm0 9.5A2.5 2.5 0 1 1 12 6.5a2.5 2.5 0 0 1 0 5z"/></svg>`,
  fax: (c = '#fff') => `<svg width="11" height="11" viewBox="0 0 24 24"><path fill="${c}" d="M6 2h10l2 2v5H6zM3 10h18v9H3zM7 15h10v7H7z"/></svg>`,
};
