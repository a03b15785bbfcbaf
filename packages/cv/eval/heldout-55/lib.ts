/** Small helpers shared by the heldout-55 templates: date formats, escaping, a photo silhouette. */
import type { Edu, Job, Person } from './people.ts';
import { skillName } from './people.ts';

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export type DateStyle =
  | 'MM/YYYY'
  | 'Mon YYYY'
  | 'Month YYYY'
  | 'YYYY.MM'
  | 'YYYY/M'
  | 'YYYY/MM'
  | 'YYYY-MM'
  | 'YYYY年M月'
  | "Mon'YY"
  | 'MM.YYYY'
  | 'YYYY';

/** One month in the given style; a year-only entry always prints its year. */
export function d(ym: string, style: DateStyle, yearOnly = false): string {
  const y = ym.slice(0, 4);
  const m = Number(ym.slice(5, 7));
  const mm = ym.slice(5, 7);
  if (yearOnly || style === 'YYYY') return y;
  switch (style) {
    case 'MM/YYYY': return `${mm}/${y}`;
    case 'Mon YYYY': return `${MON[m - 1]} ${y}`;
    case 'Month YYYY': return `${MONTH[m - 1]} ${y}`;
    case 'YYYY.MM': return `${y}.${mm}`;
    case 'YYYY/M': return `${y}/${m}`;
    case 'YYYY/MM': return `${y}/${mm}`;
    case 'YYYY-MM': return ym;
    case 'YYYY年M月': return `${y}年${m}月`;
    case "Mon'YY": return `${MON[m - 1]}'${y.slice(2)}`;
    case 'MM.YYYY': return `${mm}.${y}`;
  }
}

export interface RangeOpts {
  sep?: string;
  present?: string;
}

/** "start – end" for a job or a school; `present` replaces a null end. */
export function range(j: { start: string; end: string | null; yearOnly?: boolean }, style: DateStyle, o: RangeOpts = {}): string {
  const sep = o.sep ?? ' – ';
  const end = j.end === null ? (o.present ?? 'Present') : d(j.end, style, j.yearOnly);
  return `${d(j.start, style, j.yearOnly)}${sep}${end}`;
}

export const newestFirst = <T extends { start: string }>(xs: T[]): T[] => [...xs].sort((a, b) => b.start.localeCompare(a.start));

export const skills = (p: Person): string[] => p.skills.map(skillName);

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A neutral head-and-shoulders silhouette used in photo boxes (no real photo in a test set). */
export function silhouette(w: number, h: number, bg = '#d9dde3', fg = '#9aa3ae'): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 60 75" preserveAspectRatio="xMidYMid slice"><rect width="60" height="75" fill="${bg}"/><circle cx="30" cy="28" r="13" fill="${fg}"/><path d="M6 75c2-16 12-24 24-24s22 8 24 24z" fill="${fg}"/></svg>`;
}

/** Groups consecutive jobs at the same employer (used for merged employer cells). */
export function runs<T extends { company: string }>(jobs: T[]): T[][] {
  const out: T[][] = [];
  for (const j of jobs) {
    const last = out[out.length - 1];
    if (last && last[0].company === j.company) last.push(j);
    else out.push([j]);
  }
  return out;
}

export type { Edu, Job, Person };

// ── a tiny PNG encoder for the photo silhouette in DOCX forms ──
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
/** A w×h RGB PNG of a grey head-and-shoulders silhouette. */
export function silhouettePng(w = 120, h = 150, bg = [222, 226, 231], fg = [150, 160, 172]): Buffer {
  const raw = Buffer.alloc((w * 3 + 1) * h);
  const cx = w / 2, cy = h * 0.37, r = w * 0.22;
  for (let y = 0; y < h; y++) {
    raw[y * (w * 3 + 1)] = 0;
    for (let x = 0; x < w; x++) {
      const head = (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
      const ex = (x - cx) / (w * 0.42), ey = (y - h * 1.02) / (h * 0.36);
      const body = ex * ex + ey * ey <= 1;
      const c = head || body ? fg : bg;
      const o = y * (w * 3 + 1) + 1 + x * 3;
      raw[o] = c[0]; raw[o + 1] = c[1]; raw[o + 2] = c[2];
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; ihdr[9] = 2; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
