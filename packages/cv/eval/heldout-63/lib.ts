/** heldout-63: small shared helpers for the templates (dates, escaping, ordering, the photo placeholder). */
import { deflateSync } from 'node:zlib';
import type { Job, Person } from './people.ts';

export const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const MONDOT = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
export const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export type DS = 'MM/YYYY' | 'Mon YYYY' | 'Mon. YYYY' | 'Month YYYY' | 'YYYY.MM' | 'YYYY/MM' | 'YYYY-MM' | '年月' | 'MM.YYYY' | 'YYYY';

export function fd(s: string, st: DS): string {
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(5, 7));
  const mm = String(m).padStart(2, '0');
  switch (st) {
    case 'MM/YYYY': return `${mm}/${y}`;
    case 'Mon YYYY': return `${MON[m - 1]} ${y}`;
    case 'Mon. YYYY': return `${MONDOT[m - 1]} ${y}`;
    case 'Month YYYY': return `${MONTH[m - 1]} ${y}`;
    case 'YYYY.MM': return `${y}.${mm}`;
    case 'YYYY/MM': return `${y}/${mm}`;
    case 'YYYY-MM': return `${y}-${mm}`;
    case '年月': return `${y}年${m}月`;
    case 'MM.YYYY': return `${mm}.${y}`;
    case 'YYYY': return `${y}`;
  }
}

/** "Mar 2021 – present" */
export function rng(a: string, b: string | null, st: DS, present: string, sep = ' – '): string {
  return `${fd(a, st)}${sep}${b ? fd(b, st) : present}`;
}

export function jr(j: { start: string; end: string | null }, st: DS, present: string, sep = ' – '): string {
  return rng(j.start, j.end, st, present, sep);
}

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const desc = (jobs: Job[]) => [...jobs].sort((a, b) => (b.start < a.start ? -1 : b.start > a.start ? 1 : 0));
export const asc = (jobs: Job[]) => [...jobs].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));

/** jobs grouped by employer, groups ordered by their latest start, roles newest first */
export function byEmployer(jobs: Job[]): { company: string; town?: string; roles: Job[] }[] {
  const groups = new Map<string, Job[]>();
  for (const j of desc(jobs)) {
    if (!groups.has(j.company)) groups.set(j.company, []);
    groups.get(j.company)!.push(j);
  }
  return [...groups.entries()].map(([company, roles]) => ({ company, town: roles[0].town, roles }));
}

export const fullName = (p: Person) => [p.prefix, p.name].filter(Boolean).join(' ') + (p.postNominals ? `, ${p.postNominals}` : '');

/** the romanised name split into given / family (family-first capitals for HK/SG/MY, given-first otherwise) */
export function latinParts(p: Person): { given: string; family: string } {
  const t = (p.latin ?? `${p.given} ${p.family}`).split(' ');
  if (t[0].length > 1 && t[0] === t[0].toUpperCase()) return { family: t[0], given: t.slice(1).join(' ') };
  return { family: t[t.length - 1], given: t.slice(0, -1).join(' ') };
}

/** person-level label chooser: en, zh (简体), tw (繁體, p11/p13) */
export function isTrad(p: Person) {
  return p.id === 'p11' || p.id === 'p13';
}

export const silhouetteSvg = (w: number, h: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 90 110" width="${w}" height="${h}" preserveAspectRatio="xMidYMid slice"><rect width="90" height="110" fill="#dfe4ea"/><circle cx="45" cy="41" r="19" fill="#9ba7b4"/><path d="M8 110 C10 82 28 68 45 68 C62 68 80 82 82 110 Z" fill="#9ba7b4"/></svg>`;

export const signatureSvg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 40" width="150" height="38"><path d="M4 30 C14 6 20 6 22 26 C24 38 30 12 36 14 C42 16 38 30 46 28 C56 25 58 8 64 10 C70 12 62 32 72 30 C84 28 86 16 96 18 C104 20 100 30 110 27 C122 23 130 14 156 16" fill="none" stroke="#1d3b78" stroke-width="1.6"/></svg>`;

// ---------- a tiny PNG writer for the photo placeholder in Word files ----------
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
/** 180×220 grey head-and-shoulders placeholder */
export function silhouettePng(): Buffer {
  const W = 180, H = 220;
  const raw = Buffer.alloc((W * 3 + 1) * H);
  for (let y = 0; y < H; y++) {
    raw[y * (W * 3 + 1)] = 0;
    for (let x = 0; x < W; x++) {
      const dx = x - 90, dy = y - 82;
      const head = dx * dx + dy * dy <= 38 * 38;
      const sy = y - 220, body = y > 136 && (dx * dx) / (74 * 74) + (sy * sy) / (84 * 84) <= 1;
      const c = head || body ? [0x9b, 0xa7, 0xb4] : [0xdf, 0xe4, 0xea];
      const o = y * (W * 3 + 1) + 1 + x * 3;
      raw[o] = c[0]; raw[o + 1] = c[1]; raw[o + 2] = c[2];
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(W, 0); ihdr.writeUInt32BE(H, 4);
  ihdr[8] = 8; ihdr[9] = 2; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

export function htmlPage(lang: string, css: string, body: string, font: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>
*{box-sizing:border-box} html,body{margin:0;padding:0}
body{font-family:${font};font-size:9.6pt;color:#222;line-height:1.36}
h1,h2,h3,h4,p,ul,ol,figure,dl,dd{margin:0} ul,ol{padding-left:1.15em}
${css}
</style></head><body>${body}</body></html>`;
}

/**
 * CJK text goes to WenQuanYi Zen Hei: Chromium's PDFs with Noto CJK map shared glyphs back to Kangxi radicals
 * (文 → ⽂, 黄 → ⻩) in their ToUnicode tables, which breaks text extraction; WenQuanYi's do not.
 */
const CJK = `'WenQuanYi Zen Hei'`;
export const F = {
  sans: `'Liberation Sans','DejaVu Sans',${CJK},sans-serif`,
  serif: `'Liberation Serif','DejaVu Serif',${CJK},serif`,
  sc: `'Liberation Sans',${CJK},sans-serif`,
  scSerif: `'Liberation Serif',${CJK},serif`,
  tc: `'Liberation Sans',${CJK},sans-serif`,
  hk: `'Liberation Sans',${CJK},sans-serif`,
};

export function fontFor(p: Person, serif = false): string {
  if (p.id === 'p11') return serif ? F.scSerif : F.tc;
  if (p.id === 'p13') return serif ? F.scSerif : F.hk;
  if (p.language === 'en') return serif ? F.serif : F.sans;
  return serif ? F.scSerif : F.sc;
}

export function htmlLang(p: Person): string {
  if (p.id === 'p11') return 'zh-TW';
  if (p.id === 'p13') return 'zh-HK';
  return p.language === 'en' ? 'en' : p.language === 'zh' ? 'zh-CN' : 'en';
}
