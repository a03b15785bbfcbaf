/** heldout-43 — small helpers shared by the templates (dates, escaping, icons, text-column tools). */
import type { Job, Person } from './people.ts';
import { shown } from './people.ts';

export const REF = '2026-12';

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Formats `YYYY-MM` with a pattern of tokens YYYY, YY, MM, M, Mon, Month, MON, MONTH. */
export function fd(ym: string, pattern: string): string {
  const y = ym.slice(0, 4);
  const m = Number(ym.slice(5, 7));
  return pattern.replace(/YYYY|YY|MONTH|Month|MON|Mon|MM|M/g, (t) => {
    switch (t) {
      case 'YYYY': return y;
      case 'YY': return y.slice(2);
      case 'MM': return String(m).padStart(2, '0');
      case 'M': return String(m);
      case 'Mon': return MON[m - 1];
      case 'MON': return MON[m - 1].toUpperCase();
      case 'Month': return MONTH[m - 1];
      case 'MONTH': return MONTH[m - 1].toUpperCase();
      default: return t;
    }
  });
}

/** A period: start – end (or the present word). */
export function period(j: { start: string; end: string | null }, pattern: string, present: string, sep = ' – ', endPattern = pattern): string {
  return fd(j.start, pattern) + sep + (j.end ? fd(j.end, endPattern) : present);
}

/** Months from start to end inclusive (end null = reference month). */
export function months(start: string, end: string | null): number {
  const i = (s: string) => Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7)) - 1;
  return i(end ?? REF) - i(start) + 1;
}

export function enDuration(start: string, end: string | null, yw = 'yr', mw = 'mo', plural = true): string {
  const n = months(start, end);
  const y = Math.floor(n / 12);
  const m = n % 12;
  const pl = (k: number, w: string) => `${k} ${w}${plural && k !== 1 ? 's' : ''}`;
  return [y ? pl(y, yw) : '', m ? pl(m, mw) : ''].filter(Boolean).join(' ');
}

export function zhDuration(start: string, end: string | null): string {
  const n = months(start, end);
  const y = Math.floor(n / 12);
  const m = n % 12;
  return (y ? `${y}年` : '') + (m ? `${m}个月` : '');
}

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const skillsOf = (p: Person): string[] => p.skills.map(shown);

/** Jobs newest first. */
export const newestFirst = (p: Person): Job[] => [...p.work].reverse();

/** Consecutive jobs at the same employer, newest group first, roles newest first inside a group. */
export function groupsOf(p: Person): { company: string; town: string; roles: Job[] }[] {
  const out: { company: string; town: string; roles: Job[] }[] = [];
  for (const j of p.work) {
    const last = out[out.length - 1];
    if (last && last.company === j.company) last.roles.push(j);
    else out.push({ company: j.company, town: j.town, roles: [j] });
  }
  for (const g of out) g.roles.reverse();
  return out.reverse();
}

// ───────────── inline SVG icons (drawn here, no icon font) ─────────────
export const icon = {
  phone: (c = 'currentColor', s = 11) =>
    `<svg width="${s}" height="${s}" viewBox="0 0 24 24" style="vertical-align:-1px"><path fill="${c}" d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2c.3-.3.7-.4 1-.2 1.1.4 2.3.6 3.6.6.6 0 1 .4 1 1V20c0 .6-.4 1-1 1C10.6 21 3 13.4 3 4c0-.6.4-1 1-1h3.5c.6 0 1 .4 1 1 0 1.3.2 2.5.6 3.6.1.3 0 .7-.2 1z"/></svg>`,
  mail: (c = 'currentColor', s = 11) =>
    `<svg width="${s}" height="${s}" viewBox="0 0 24 24" style="vertical-align:-1px"><rect x="2" y="5" width="20" height="14" rx="2" fill="none" stroke="${c}" stroke-width="2"/><path d="M3 6l9 7 9-7" fill="none" stroke="${c}" stroke-width="2"/></svg>`,
  pin: (c = 'currentColor', s = 11) =>
    `<svg width="${s}" height="${s}" viewBox="0 0 24 24" style="vertical-align:-1px"><path fill="${c}" d="M12 2a7 7 0 0 0-7 7c0 5.2 7 13 7 13s7-7.8 7-13a7 7 0 0 0-7-7zm0 9.5A2.5 2.5 0 1 1 12 6.5a2.5 2.5 0 0 1 0 5z"/></svg>`,
  globe: (c = 'currentColor', s = 11) =>
    `<svg width="${s}" height="${s}" viewBox="0 0 24 24" style="vertical-align:-1px"><circle cx="12" cy="12" r="9" fill="none" stroke="${c}" stroke-width="2"/><path d="M3 12h18M12 3c3 3 3 15 0 18M12 3c-3 3-3 15 0 18" fill="none" stroke="${c}" stroke-width="1.6"/></svg>`,
  user: (c = 'currentColor', s = 11) =>
    `<svg width="${s}" height="${s}" viewBox="0 0 24 24" style="vertical-align:-1px"><circle cx="12" cy="8" r="4" fill="${c}"/><path d="M4 21c0-4.4 3.6-7 8-7s8 2.6 8 7z" fill="${c}"/></svg>`,
  briefcase: (c = 'currentColor', s = 13) =>
    `<svg width="${s}" height="${s}" viewBox="0 0 24 24" style="vertical-align:-2px"><rect x="2" y="7" width="20" height="13" rx="2" fill="${c}"/><path d="M8 7V5a2 2 0 0 1 2-2h4a2 2 0 0 1 2 2v2" fill="none" stroke="${c}" stroke-width="2"/></svg>`,
  cap: (c = 'currentColor', s = 13) =>
    `<svg width="${s}" height="${s}" viewBox="0 0 24 24" style="vertical-align:-2px"><path fill="${c}" d="M12 3 1 9l11 6 9-4.9V17h2V9zM5 13.2v4L12 21l7-3.8v-4L12 17z"/></svg>`,
  star: (c = 'currentColor', s = 13) =>
    `<svg width="${s}" height="${s}" viewBox="0 0 24 24" style="vertical-align:-2px"><path fill="${c}" d="m12 2 3 7h7l-5.6 4.3 2.1 7.2L12 16.3 5.5 20.5l2.1-7.2L2 9h7z"/></svg>`,
  chat: (c = 'currentColor', s = 11) =>
    `<svg width="${s}" height="${s}" viewBox="0 0 24 24" style="vertical-align:-1px"><path fill="${c}" d="M4 4h16a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z"/></svg>`,
  code: (c = 'currentColor', s = 11) =>
    `<svg width="${s}" height="${s}" viewBox="0 0 24 24" style="vertical-align:-1px"><path d="M8 6 2 12l6 6M16 6l6 6-6 6" fill="none" stroke="${c}" stroke-width="2.4"/></svg>`,
};

/** A drawn head-and-shoulders placeholder, so no photo box is ever empty. */
export function avatar(w: number, h: number, bg = '#cfd8dc', fg = '#90a4ae', round = false): string {
  return `<svg width="${w}" height="${h}" viewBox="0 0 100 ${Math.round((100 * h) / w)}" preserveAspectRatio="xMidYMid slice" style="display:block;${round ? 'border-radius:50%;' : ''}">
<rect width="100" height="200" fill="${bg}"/><circle cx="50" cy="${Math.round((42 * h) / w)}" r="21" fill="${fg}"/>
<path d="M8 ${Math.round((100 * h) / w) + 2} C 10 ${Math.round((68 * h) / w)}, 90 ${Math.round((68 * h) / w)}, 92 ${Math.round((100 * h) / w) + 2} Z" fill="${fg}"/></svg>`;
}

/** An initials disc. */
export function initials(text: string, size: number, bg: string, fg = '#fff', font = 'Liberation Sans, DejaVu Sans, sans-serif'): string {
  return `<svg width="${size}" height="${size}" viewBox="0 0 100 100" style="display:block"><circle cx="50" cy="50" r="50" fill="${bg}"/><text x="50" y="50" dy="0.35em" text-anchor="middle" font-family="${font}" font-size="${text.length > 2 ? 30 : 38}" font-weight="700" fill="${fg}">${esc(text)}</text></svg>`;
}

// ───────────── plain-text tools ─────────────
/** Display width: CJK and full-width forms count 2. */
export function dw(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) ? 2 : 1;
  }
  return w;
}

export const padR = (s: string, w: number): string => s + ' '.repeat(Math.max(0, w - dw(s)));
export const padL = (s: string, w: number): string => ' '.repeat(Math.max(0, w - dw(s))) + s;

/** Wraps text to a display width; breaks between words, or anywhere in CJK runs. */
export function wrap(text: string, width: number, indent = ''): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    const tokens = para.match(/[\u2e80-\ua4cf\uff00-\uffef\u3000-\u303f]|[^\s\u2e80-\ua4cf\uff00-\uffef\u3000-\u303f]+|\s+/g) ?? [];
    for (const t of tokens) {
      if (/^\s+$/.test(t)) {
        if (line) line += ' ';
        continue;
      }
      // closing punctuation never starts a line (kinsoku): let it overhang instead
      if (dw(line + t) > width && line.trim() && !/^[、，。；：！？）」』》〉％,.;:!?)\]]$/.test(t)) {
        out.push(line.replace(/\s+$/, ''));
        line = indent + t;
      } else line += t;
    }
    out.push(line.replace(/\s+$/, ''));
  }
  return out;
}

/** Two columns side by side, left padded to `lw`, with `gap` spaces between. */
export function sideBySide(left: string[], right: string[], lw: number, gap: number, leftIndent = 0): string[] {
  const n = Math.max(left.length, right.length);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const l = left[i] ?? '';
    const r = right[i] ?? '';
    out.push((' '.repeat(leftIndent) + (r ? padR(l, lw) + ' '.repeat(gap) + r : l)).replace(/\s+$/, ''));
  }
  return out;
}

// ───────────── a drawn placeholder portrait as PNG (for DOCX photo cells) ─────────────
import { deflateSync } from 'node:zlib';

const CRC = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
function crc32(b: Buffer): number {
  let c = 0xffffffff;
  for (const x of b) c = CRC[(c ^ x) & 0xff] ^ (c >>> 8);
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
const hex = (h: string): [number, number, number] => [parseInt(h.slice(0, 2), 16), parseInt(h.slice(2, 4), 16), parseInt(h.slice(4, 6), 16)];

/** Head-and-shoulders silhouette, w×h pixels, RGB PNG. */
export function portraitPng(w = 150, h = 190, bg = 'dfe6ec', fg = '8ea3b4'): Buffer {
  const B = hex(bg);
  const F = hex(fg);
  const raw = Buffer.alloc((w * 3 + 1) * h);
  const cx = w / 2;
  const hy = h * 0.4;
  const r = w * 0.22;
  for (let y = 0; y < h; y++) {
    raw[y * (w * 3 + 1)] = 0;
    for (let x = 0; x < w; x++) {
      const head = (x - cx) ** 2 + (y - hy) ** 2 <= r * r;
      const sy = h * 1.02;
      const body = y > h * 0.66 && ((x - cx) / (w * 0.44)) ** 2 + ((y - sy) / (h * 0.36)) ** 2 <= 1;
      const c = head || body ? F : B;
      const o = y * (w * 3 + 1) + 1 + x * 3;
      raw[o] = c[0];
      raw[o + 1] = c[1];
      raw[o + 2] = c[2];
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
