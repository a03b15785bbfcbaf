/** heldout-47 — small shared helpers: date formats, escaping, an avatar image. */
import { deflateSync } from 'node:zlib';
import type { Job, Person } from './people.ts';

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const MON = MONTHS.map((m) => m.slice(0, 3));

export const y = (s: string) => Number(s.slice(0, 4));
export const m = (s: string) => Number(s.slice(5, 7));
export const pad = (n: number) => String(n).padStart(2, '0');

/** "Sep 2015" */
export const monY = (s: string) => `${MON[m(s) - 1]} ${y(s)}`;
/** "September 2015" */
export const monthY = (s: string) => `${MONTHS[m(s) - 1]} ${y(s)}`;
/** "09/2015" */
export const mmYYYY = (s: string) => `${pad(m(s))}/${y(s)}`;
/** "2015.09" */
export const dotted = (s: string) => `${y(s)}.${pad(m(s))}`;
/** "2015年9月" */
export const nian = (s: string) => `${y(s)}年${m(s)}月`;
/** "2015/09" */
export const slash = (s: string) => `${y(s)}/${pad(m(s))}`;

export function range(j: { start: string; end: string | null }, f: (s: string) => string, sep: string, now: string): string {
  return `${f(j.start)}${sep}${j.end ? f(j.end) : now}`;
}

/** Months between two YYYY-MM (inclusive) — used for printed durations. */
export function months(start: string, end: string | null, ref = '2026-12'): number {
  const e = end ?? ref;
  return (y(e) - y(start)) * 12 + m(e) - m(start) + 1;
}
export function durEn(start: string, end: string | null): string {
  const n = months(start, end);
  const yy = Math.floor(n / 12), mm = n % 12;
  return [yy ? `${yy} yr${yy > 1 ? 's' : ''}` : '', mm ? `${mm} mo${mm > 1 ? 's' : ''}` : ''].filter(Boolean).join(' ');
}
export function durZh(start: string, end: string | null): string {
  const n = months(start, end);
  const yy = Math.floor(n / 12), mm = n % 12;
  return `${yy ? `${yy}年` : ''}${mm ? `${mm}个月` : ''}`;
}

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Jobs newest first. */
export const newest = (p: Person): Job[] => [...p.work].reverse();

/** A simple grey head-and-shoulders silhouette as inline SVG (what builders show before/behind a photo). */
export function avatarSvg(size: number, bg = '#d9dde3', fg = '#9aa3ae', round = true): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 100 100">${round ? `<clipPath id="c"><circle cx="50" cy="50" r="50"/></clipPath>` : ''}<g ${round ? 'clip-path="url(#c)"' : ''}><rect width="100" height="100" fill="${bg}"/><circle cx="50" cy="38" r="19" fill="${fg}"/><path d="M12 100 C14 70 32 61 50 61 C68 61 86 70 88 100 Z" fill="${fg}"/></g></svg>`;
}

// ── a tiny PNG encoder, for the photo in the Word forms ──
const CRC = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
/** A passport-style photo placeholder: light blue background, grey silhouette in a dark jacket. w×h pixels. */
export function photoPng(w = 150, h = 200): Buffer {
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let yy = 0; yy < h; yy++) {
    raw[yy * (w * 3 + 1)] = 0;
    for (let xx = 0; xx < w; xx++) {
      let r = 214, g = 228, b = 242; // background
      const cx = w / 2, headY = h * 0.38, hr = w * 0.2;
      const dx = xx - cx, dy = yy - headY;
      if ((dx * dx) / (hr * hr) + (dy * dy) / (hr * 1.25 * hr * 1.25) <= 1) { r = 226; g = 196; b = 170; }
      if (yy > h * 0.08 && yy < headY - hr * 0.4 && Math.abs(dx) < hr * 1.05 && (dx * dx) / (hr * 1.1 * hr * 1.1) + ((yy - headY + hr * 0.2) ** 2) / (hr * 1.3 * hr * 1.3) <= 1) { r = 52; g = 40; b = 34; }
      const sy = h * 0.66;
      if (yy > sy) {
        const half = w * 0.18 + (yy - sy) * 0.9;
        if (Math.abs(dx) < half) { r = 48; g = 58; b = 80; }
        if (Math.abs(dx) < w * 0.07 && yy < sy + h * 0.18) { r = 240; g = 240; b = 240; }
      }
      const o = yy * (w * 3 + 1) + 1 + xx * 3;
      raw[o] = r; raw[o + 1] = g; raw[o + 2] = b;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0); ihdr.writeUInt32BE(h, 4); ihdr[8] = 8; ihdr[9] = 2; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
