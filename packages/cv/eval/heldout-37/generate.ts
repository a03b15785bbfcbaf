/**
 * heldout-37 generator: writes documents/, truth.json and manifest.json.
 *   npx tsx eval/heldout-37/generate.ts [--force]      (from packages/cv)
 * Refuses to run once manifest.json exists unless --force is given.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import {
  AlignmentType, BorderStyle, HeightRule, Column, ColumnBreak, Document, Footer, Header, ImageRun, Packer, PageNumber, Paragraph,
  SectionType, ShadingType, Table, TableCell, TableRow, TabStopType, TextRun, Textbox, VerticalAlign, WidthType,
} from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people, type Job, type Person } from './people.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docsDir = path.join(here, 'documents');
const manifestPath = path.join(here, 'manifest.json');
const REFERENCE = '2026-11';

// ───────────────────────────── dates ─────────────────────────────
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ym = (s: string) => ({ y: s.slice(0, 4), m: Number(s.slice(5, 7)), mm: s.slice(5, 7) });
const D = {
  mon: (s: string) => `${MON[ym(s).m - 1]} ${ym(s).y}`,
  month: (s: string) => `${MONTH[ym(s).m - 1]} ${ym(s).y}`,
  slash: (s: string) => `${ym(s).mm}/${ym(s).y}`,
  iso: (s: string) => s,
  dot: (s: string) => `${ym(s).y}.${ym(s).mm}`,
  zh: (s: string) => `${ym(s).y}年${ym(s).m}月`,
  ymSlash: (s: string) => `${ym(s).y}/${ym(s).mm}`,
  mdot: (s: string) => `${ym(s).m}.${ym(s).y}`,
};
const range = (j: { start: string; end: string | null }, f: (s: string) => string, present: string, sep = ' – ') =>
  `${f(j.start)}${sep}${j.end ? f(j.end) : present}`;

const h = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const fullName = (p: Person) => (p.postNominals ? `${p.name}, ${p.postNominals}` : p.name);

// ───────────────────────────── photo placeholder (PNG) ─────────────────────────────
const crcTable = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
const crc32 = (b: Buffer) => { let c = 0xffffffff; for (const x of b) c = crcTable[(c ^ x) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
function chunk(type: string, data: Buffer) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function hsl(hh: number, s: number, l: number): [number, number, number] {
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => { const k = (n + hh / 30) % 12; return Math.round(255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1)))); };
  return [f(0), f(8), f(4)];
}
const photoCache = new Map<string, Buffer>();
/** A head-and-shoulders silhouette on a tinted background, like a passport photo placeholder. */
function photo(p: Person, w = 150, hgt = 200): Buffer {
  const key = `${p.id}-${w}-${hgt}`;
  if (photoCache.has(key)) return photoCache.get(key)!;
  const bg = hsl(p.hue, 0.35, 0.86), fg = hsl(p.hue, 0.25, 0.42), skin = hsl(28, 0.35, 0.72);
  const rows: Buffer[] = [];
  for (let y = 0; y < hgt; y++) {
    const row = Buffer.alloc(1 + w * 3);
    for (let x = 0; x < w; x++) {
      const cx = w / 2, hx = (x - cx) / (w * 0.2), hy = (y - hgt * 0.38) / (hgt * 0.19);
      const sx = (x - cx) / (w * 0.46), sy = (y - hgt * 1.02) / (hgt * 0.4);
      let c = bg;
      if (sx * sx + sy * sy < 1) c = fg; else if (hx * hx + hy * hy < 1) c = skin;
      row[1 + x * 3] = c[0]; row[2 + x * 3] = c[1]; row[3 + x * 3] = c[2];
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(w, 0); ihdr.writeUInt32BE(hgt, 4); ihdr[8] = 8; ihdr[9] = 2;
  const png = Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
  photoCache.set(key, png);
  return png;
}
const photoUri = (p: Person, w?: number, hh?: number) => `data:image/png;base64,${photo(p, w, hh).toString('base64')}`;

// ───────────────────────────── icons (inline SVG, no text) ─────────────────────────────
const svg = (d: string, size = 11) => `<svg viewBox="0 0 24 24" width="${size}" height="${size}" style="vertical-align:-1px;flex:none"><path fill="currentColor" d="${d}"/></svg>`;
const I = {
  phone: svg('M6.6 10.8a15 15 0 0 0 6.6 6.6l2.2-2.2c.3-.3.7-.4 1-.2 1.1.4 2.3.6 3.6.6.6 0 1 .4 1 1V20c0 .6-.4 1-1 1A17 17 0 0 1 3 4c0-.6.4-1 1-1h3.5c.6 0 1 .4 1 1 0 1.3.2 2.5.6 3.6.1.3 0 .7-.2 1z'),
  mail: svg('M3 5h18c.6 0 1 .4 1 1v12c0 .6-.4 1-1 1H3c-.6 0-1-.4-1-1V6c0-.6.4-1 1-1zm1 2.2V17h16V7.2l-8 5.3-8-5.3zM5.5 7l6.5 4.3L18.5 7h-13z'),
  pin: svg('M12 2a7 7 0 0 0-7 7c0 5 7 13 7 13s7-8 7-13a7 7 0 0 0-7-7zm0 9.5A2.5 2.5 0 1 1 12 6.5a2.5 2.5 0 0 1 0 5z'),
  globe: svg('M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm6.9 6h-3a15 15 0 0 0-1.3-3.6A8 8 0 0 1 18.9 8zM12 4c.8 1.2 1.5 2.5 1.9 4h-3.8c.4-1.5 1.1-2.8 1.9-4zM4.3 14a8 8 0 0 1 0-4h3.4a16 16 0 0 0 0 4H4.3zm.8 2h3a15 15 0 0 0 1.3 3.6A8 8 0 0 1 5.1 16zm3-8h-3a8 8 0 0 1 4.3-3.6C8.9 5.5 8.4 6.7 8.1 8zM12 20c-.8-1.2-1.5-2.5-1.9-4h3.8c-.4 1.5-1.1 2.8-1.9 4zm2.3-6H9.7a14 14 0 0 1 0-4h4.6a14 14 0 0 1 0 4zm.3 5.6c.6-1.1 1-2.3 1.3-3.6h3a8 8 0 0 1-4.3 3.6zM16.3 14a16 16 0 0 0 0-4h3.4a8 8 0 0 1 0 4h-3.4z'),
  user: svg('M12 12a5 5 0 1 0 0-10 5 5 0 0 0 0 10zm0 2c-4 0-9 2-9 6v2h18v-2c0-4-5-6-9-6z'),
  cake: svg('M12 6a2 2 0 0 0 2-2c0-.4-.1-.7-.3-1L12 0l-1.7 3c-.2.3-.3.6-.3 1a2 2 0 0 0 2 2zm6 3h-5V7h-2v2H6a3 3 0 0 0-3 3v9c0 .6.4 1 1 1h16c.6 0 1-.4 1-1v-9a3 3 0 0 0-3-3z'),
};

// ───────────────────────────── Chinese labels ─────────────────────────────
const isTw = (p: Person) => p.id === 'p10';
const L = (p: Person) => isTw(p)
  ? { contact: '聯絡方式', phone: '手機', email: '電子郵件', addr: '地址', skills: '專業技能', lang: '語言能力', cert: '證照', exp: '工作經歷', edu: '學歷', self: '自我介紹', info: '基本資料', intent: '求職意向', present: '仍在職', birth: '出生日期' }
  : { contact: '联系方式', phone: '电话', email: '邮箱', addr: '地址', skills: '专业技能', lang: '语言能力', cert: '证书', exp: '工作经历', edu: '教育背景', self: '自我评价', info: '基本信息', intent: '求职意向', present: '至今', birth: '出生年月' };

// ═════════════════════════════ Chromium (HTML) templates ═════════════════════════════
const page = (css: string, body: string, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>*{box-sizing:border-box}html,body{margin:0;padding:0}ul{margin:0;padding-left:4.5mm}li{margin:0.6mm 0}p{margin:0}.job{break-inside:avoid}${css}</style></head><body>${body}</body></html>`;

/** Resume Now–style builder: dark left sidebar with round photo and icon contacts; name at the top of the main column. */
function htmlResumeNow(p: Person): string {
  const css = `body{font-family:'Liberation Sans',Arial,sans-serif;font-size:9.6pt;color:#222}
  .g{display:grid;grid-template-columns:58mm 1fr;min-height:264mm}
  aside{background:#26394d;color:#e9eef4;padding:8mm 5.5mm}
  aside img{width:33mm;height:33mm;border-radius:50%;object-fit:cover;border:2.5px solid #fff;display:block;margin:0 auto 7mm}
  aside h3{font-size:10pt;letter-spacing:1.5px;text-transform:uppercase;border-bottom:1px solid #6f8aa5;padding-bottom:1.2mm;margin:6mm 0 2.5mm;color:#fff}
  .ci{display:flex;gap:2.2mm;align-items:flex-start;margin:1.8mm 0;word-break:break-word;line-height:1.3}
  aside li{margin:1.2mm 0}
  main{padding:4mm 0 0 8mm}
  h1{font-size:25pt;margin:0;color:#26394d;font-weight:700;line-height:1.1}
  .hl{font-size:11.5pt;color:#3a7ca5;margin:1.5mm 0 5mm}
  h2{font-size:11pt;text-transform:uppercase;letter-spacing:1px;color:#26394d;border-bottom:2px solid #3a7ca5;padding-bottom:1mm;margin:6mm 0 3mm}
  .jt{font-weight:700}.jd{color:#555;font-size:9pt;margin:.5mm 0 1.2mm}.job{margin-bottom:3.5mm}`;
  const present = p.id === 'p05' ? 'Current' : 'Present';
  const body = `<div class="g"><aside><img src="${photoUri(p)}" alt="">
  <h3>Contact</h3>
  <div class="ci">${I.phone}<span>${h(p.phoneDisplay)}</span></div>
  <div class="ci">${I.mail}<span>${h(p.email)}</span></div>
  <div class="ci">${I.pin}<span>${h(p.address)}</span></div>
  <h3>Skills</h3><ul>${p.skills.map((s) => `<li>${h(s)}</li>`).join('')}</ul>
  <h3>Languages</h3>${p.languages.map((l) => `<div class="ci">${h(l)}</div>`).join('')}
  ${p.certs.length ? `<h3>Certifications</h3>${p.certs.map((c) => `<div class="ci">${h(c)}</div>`).join('')}` : ''}
  </aside><main><h1>${h(fullName(p))}</h1><div class="hl">${h(p.headline)}</div>
  <h2>Professional Summary</h2><p>${h(p.summary)}</p>
  <h2>Work History</h2>${[...p.jobs].reverse().map((j) => `<div class="job"><div class="jt">${h(j.title)}</div>
   <div class="jd">${h(j.company)}${j.town ? ` | ${h(j.town)}` : ''} | ${range(j, D.slash, present, ' - ')}</div>
   <ul>${j.bullets.map((b) => `<li>${h(b)}</li>`).join('')}</ul></div>`).join('')}
  <h2>Education</h2>${p.education.map((e) => `<div class="job"><div class="jt">${h(e.degree)}</div><div class="jd">${h(e.school)}${e.town ? `, ${h(e.town)}` : ''} | ${D.slash(e.end)}</div></div>`).join('')}
  </main></div>`;
  return page(css, body);
}

/** Resumonk-style right rail: the name sits under the photo in a tinted right column (floats). */
function htmlRightRail(p: Person): string {
  const css = `body{font-family:'DejaVu Sans',sans-serif;font-size:8.8pt;color:#2b2b2b;line-height:1.38}
  .rail{float:right;width:60mm;background:#f2efe8;padding:6mm 5mm 8mm;margin-left:7mm;min-height:262mm}
  .rail img{width:30mm;height:40mm;object-fit:cover;display:block;margin:0 auto 4mm;border:1px solid #bbb}
  .nm{font-size:17pt;font-weight:700;text-align:center;line-height:1.15;color:#7a3e1d}
  .pr{text-align:center;color:#666;font-size:8.5pt;margin-top:1mm}
  .rail h4{font-size:8pt;text-transform:uppercase;letter-spacing:1.2px;color:#7a3e1d;margin:5mm 0 1.2mm;border-top:1px solid #cdbfa8;padding-top:2mm}
  .rail div.v{word-break:break-word}
  .main{overflow:hidden;padding-top:2mm}
  .t1{font-size:19pt;font-weight:300;color:#444;margin-bottom:4mm;border-bottom:3px solid #7a3e1d;padding-bottom:2mm}
  h2{font-size:10.5pt;color:#7a3e1d;margin:5mm 0 2mm;font-variant:small-caps;letter-spacing:.5px}
  .row{display:flex;justify-content:space-between;gap:3mm}.co{font-weight:700}.dt{white-space:nowrap;color:#666}.ti{font-style:italic;margin-bottom:1mm}.job{margin-bottom:3.5mm}
  .brk{color:#666;font-style:italic;margin-bottom:3.5mm}`;
  const jobs = [...p.jobs].reverse();
  const items: string[] = [];
  for (const j of jobs) {
    const br = p.breaks?.find((b) => b.end < j.start && !jobs.some((k) => k.start > b.end && k.start < j.start));
    items.push(`<div class="job"><div class="row"><span class="co">${h(j.company)}${j.town ? `, ${h(j.town)}` : ''}</span><span class="dt">${range(j, D.mon, 'present')}</span></div><div class="ti">${h(j.title)}</div><ul>${j.bullets.map((b) => `<li>${h(b)}</li>`).join('')}</ul></div>`);
    void br;
  }
  const breakHtml = (p.breaks ?? []).map((b) => `<div class="brk">${D.mon(b.start)} – ${D.mon(b.end)}: ${h(b.note)}</div>`).join('');
  const body = `<div class="rail"><img src="${photoUri(p, 150, 200)}" alt="">
  <div class="nm">${h(p.given ?? p.name)}<br>${h(p.family ?? '')}</div>${p.pronouns ? `<div class="pr">(${h(p.pronouns)})</div>` : ''}${p.postNominals ? `<div class="pr">${h(p.postNominals)}</div>` : ''}
  <h4>Phone</h4><div class="v">${h(p.phoneDisplay)}</div>
  <h4>Email</h4><div class="v">${h(p.email)}</div>
  <h4>Address</h4><div class="v">${h(p.address)}</div>
  <h4>Skills</h4>${p.skills.map((s) => `<div class="v">${h(s)}</div>`).join('')}
  <h4>Languages</h4>${p.languages.map((s) => `<div class="v">${h(s)}</div>`).join('')}
  ${p.certs.length ? `<h4>Certifications &amp; licences</h4>${p.certs.map((s) => `<div class="v">${h(s)}</div>`).join('')}` : ''}
  </div><div class="main"><div class="t1">${h(p.headline)}</div>
  <h2>Profile</h2><p>${h(p.summary)}</p>
  <h2>Experience</h2>${items.join('')}${breakHtml}
  <h2>Education</h2>${p.education.map((e) => `<div class="job"><div class="row"><span class="co">${h(e.school)}</span><span class="dt">${D.mon(e.start)} – ${D.mon(e.end)}</span></div><div class="ti">${h(e.degree)}</div></div>`).join('')}
  ${p.interests ? `<h2>Interests</h2><p>${h(p.interests)}</p>` : ''}
  </div>`;
  return page(css, body);
}

/** Top简历-style Chinese builder: coloured left sidebar with ID photo, name, icon contacts, skills. */
function htmlTopcv(p: Person): string {
  const l = L(p);
  const css = `body{font-family:'WenQuanYi Zen Hei','Droid Sans Fallback',sans-serif;font-size:9.4pt;color:#333;line-height:1.55}
  .w{display:flex;min-height:264mm}
  .sb{width:60mm;flex:none;background:#35597f;color:#f3f6fa;padding:8mm 5mm}
  .sb img{width:27mm;height:36mm;object-fit:cover;display:block;margin:0 auto 4mm;border:2px solid #fff}
  .nm{font-size:21pt;text-align:center;letter-spacing:3px;font-weight:700}
  .it{text-align:center;font-size:9.5pt;margin:1mm 0 4mm;opacity:.9}
  .sb h3{font-size:10.5pt;margin:5mm 0 2mm;padding:1mm 2mm;background:#284766;border-radius:2px}
  .ci{display:flex;gap:2mm;align-items:flex-start;margin:1.2mm 0;word-break:break-all}
  .mn{flex:1;padding:6mm 0 0 7mm}
  .mn h2{font-size:12pt;color:#35597f;border-bottom:1.5px solid #35597f;padding-bottom:1mm;margin:2mm 0 3mm}
  .mn h2 + *{margin-top:0}
  .row{display:flex;justify-content:space-between;font-weight:700}.sub{color:#35597f;margin-bottom:1mm}.job{margin-bottom:4mm}
  .sec{margin-bottom:5mm}`;
  const body = `<div class="w"><div class="sb"><img src="${photoUri(p, 150, 200)}" alt="">
  <div class="nm">${h(p.name)}</div><div class="it">${l.intent}：${h(p.headline)}</div>
  <h3>${l.info}</h3>${p.birth ? `<div class="ci">${I.cake}<span>${h(p.birth)}</span></div>` : ''}${(p.extras ?? []).slice(0, 2).map(([k, v]) => `<div class="ci">${h(k)}：${h(v)}</div>`).join('')}
  <h3>${l.contact}</h3>
  <div class="ci">${I.phone}<span>${h(p.phoneDisplay)}</span></div>
  <div class="ci">${I.mail}<span>${h(p.email)}</span></div>
  <div class="ci">${I.pin}<span>${h(p.address)}</span></div>
  <h3>${l.skills}</h3>${p.skills.map((s) => `<div class="ci">· ${h(s)}</div>`).join('')}
  <h3>${l.lang}</h3>${p.languages.map((s) => `<div class="ci">${h(s)}</div>`).join('')}
  <h3>${l.cert}</h3>${p.certs.map((s) => `<div class="ci">${h(s)}</div>`).join('')}
  </div><div class="mn">
  <div class="sec"><h2>${l.edu}</h2>${p.education.map((e) => `<div class="row"><span>${h(e.school)}</span><span>${range(e, D.dot, '', ' - ')}</span></div><div class="sub">${h(e.degree)}</div>`).join('')}</div>
  <div class="sec"><h2>${l.exp}</h2>${[...p.jobs].reverse().map((j) => `<div class="job"><div class="row"><span>${h(j.company)}</span><span>${range(j, D.dot, l.present, ' - ')}</span></div><div class="sub">${h(j.title)}</div><ul>${j.bullets.map((b) => `<li>${h(b)}</li>`).join('')}</ul></div>`).join('')}
  ${(p.breaks ?? []).map((b) => `<div class="job" style="color:#777">${D.dot(b.start)} - ${D.dot(b.end)}　${h(b.note)}（职业空档）</div>`).join('')}</div>
  <div class="sec"><h2>${l.self}</h2><p>${h(p.summary)}</p></div>
  </div></div>`;
  return page(css, body, 'zh');
}

/** foundit (ex-Monster) candidate profile print: a "Profile snapshot" column on the right and the portal's header. */
function htmlFoundit(p: Person): string {
  const css = `body{font-family:'Liberation Sans',Arial,'WenQuanYi Zen Hei',sans-serif;font-size:9pt;color:#222;line-height:1.4}
  .top{display:flex;justify-content:space-between;align-items:center;border-bottom:3px solid #6e00b3;padding-bottom:2mm;margin-bottom:4mm;font-size:8pt;color:#555}
  .logo{font-size:15pt;font-weight:700;color:#6e00b3;letter-spacing:-.5px}
  .w{display:flex;gap:6mm}.mn{flex:1}.sn{width:72mm;flex:none;border:1px solid #d9c8ea;background:#faf6fd;padding:4mm;align-self:flex-start}
  h1{font-size:18pt;margin:0}.zh{font-size:15pt;font-weight:400;margin-left:2mm}
  .hl{color:#6e00b3;font-size:10.5pt;margin:1mm 0 4mm}
  h2{font-size:10.5pt;background:#efe4f7;padding:1.2mm 2mm;margin:5mm 0 2.5mm}
  .sn h3{font-size:10pt;margin:0 0 2mm;color:#6e00b3}
  .sn table{border-collapse:collapse;width:100%}.sn td{padding:1mm 0;vertical-align:top;border-bottom:1px dotted #cbb7dc}.sn td.k{color:#666;width:26mm;padding-right:2mm}.sn td{font-size:8.4pt}
  .chip{display:inline-block;border:1px solid #b79bd1;border-radius:8px;padding:.2mm 2mm;margin:.6mm .6mm 0 0;font-size:8.3pt;background:#fff}
  .jt{font-weight:700}.jm{color:#555}.job{margin-bottom:3.5mm}
  .ft{margin-top:6mm;font-size:7.5pt;color:#777;border-top:1px solid #ddd;padding-top:1.5mm}`;
  const cur = p.jobs.find((j) => j.end === null)!;
  const yrs = yearsWorked(p.jobs, '2026-10');
  const body = `<div class="top"><span class="logo">foundit</span><span>Candidate profile · printed 14 Oct 2026 · Profile ID ${p.id === 'p14' ? 'SG-7731-0492' : 'CN-2209-8815'}</span></div>
  <div class="w"><div class="mn"><h1>${h(p.nameAlt ?? '')}<span class="zh">${h(p.name)}</span></h1><div class="hl">${h(cur.title)} at ${h(cur.company)}</div>
  <h2>Profile summary</h2><p>${h(p.summary)}</p>
  <h2>Work experience</h2>${[...p.jobs].reverse().map((j) => `<div class="job"><div class="jt">${h(j.title)}</div><div class="jm">${h(j.company)} · ${range(j, D.mon, 'Till date', ' to ')}</div><ul>${j.bullets.map((b) => `<li>${h(b)}</li>`).join('')}</ul></div>`).join('')}
  <h2>Education</h2>${p.education.map((e) => `<div class="job"><div class="jt">${h(e.degree)}</div><div class="jm">${h(e.school)} · ${ym(e.end).y}</div></div>`).join('')}
  <h2>Certifications</h2><ul>${p.certs.map((c) => `<li>${h(c)}</li>`).join('')}</ul>
  </div><div class="sn"><h3>Profile snapshot</h3><table>
  <tr><td class="k">Current location</td><td>${h(p.city)}</td></tr>
  <tr><td class="k">Total experience</td><td>${Math.floor(yrs)} years ${Math.round((yrs % 1) * 12)} months</td></tr>
  <tr><td class="k">Notice period</td><td>${p.id === 'p14' ? '2 months' : '3 months'}</td></tr>
  <tr><td class="k">Mobile</td><td>${h(p.phoneDisplay)} ✓ verified</td></tr>
  <tr><td class="k">E-mail</td><td>${h(p.email)}</td></tr>
  ${(p.otherPhones ?? []).map((o) => `<tr><td class="k">${h(o.label)}</td><td>${h(o.display)}</td></tr>`).join('')}
  <tr><td class="k">Nationality</td><td>${h(p.nationality ?? p.country)}</td></tr>
  </table><h3 style="margin-top:4mm">Key skills</h3><div>${p.skills.map((s) => `<span class="chip">${h(s)}</span>`).join('')}</div>
  <h3 style="margin-top:4mm">Languages</h3>${p.languages.map((s) => `<div>${h(s)}</div>`).join('')}
  </div></div>
  <div class="ft">This profile was shared with you by foundit Recruiter Services. Questions about this candidate: recruiter desk ${p.id === 'p14' ? '+65 6812 4400, sg.recruiters@foundit.example' : '+86 21 6101 7700, cn.recruiters@foundit.example'}. Do not forward outside your organisation.</div>`;
  return page(css, body);
}

/** Banner header with Chinese + English name, then a CSS grid (main left, contact sidebar right) with bilingual labels. */
function htmlGridBanner(p: Person): string {
  const tw = p.id === 'p15';
  const lab = tw ? { m: '手提', o: '辦公室', hm: '住宅', e: '電郵', a: '地址', s: '技能', lg: '語言', r: '推薦人', c: '專業資格' } : { m: '手机', o: '办公', hm: '住宅', e: '邮箱', a: '地址', s: '技能', lg: '语言', r: '推荐人', c: '证书' };
  const css = `body{font-family:'Liberation Sans','WenQuanYi Zen Hei',sans-serif;font-size:9.2pt;color:#222;line-height:1.42}
  .bn{background:#0f5257;color:#fff;padding:6mm 7mm 5mm;display:flex;justify-content:space-between;align-items:flex-end}
  .bn .cn{font-size:24pt;font-weight:700;letter-spacing:2px}.bn .en{font-size:14pt;margin-left:3mm;font-weight:400}
  .bn .hl{font-size:10pt;opacity:.9;margin-top:1mm}
  .g{display:grid;grid-template-columns:1fr 60mm;gap:7mm;margin-top:5mm}
  h2{font-size:10.5pt;color:#0f5257;text-transform:uppercase;letter-spacing:1px;border-bottom:1px solid #0f5257;margin:0 0 2.5mm;padding-bottom:.8mm}
  section{margin-bottom:5mm}
  .sd{background:#eef5f5;padding:4mm}
  .sd .k{font-size:7.8pt;color:#0f5257;font-weight:700;margin-top:2mm}.sd .v{word-break:break-word}
  .row{display:flex;justify-content:space-between;gap:3mm}.co{font-weight:700}.dt{color:#555;white-space:nowrap}.job{margin-bottom:3.5mm}`;
  const phones = [`<div class="k">${lab.m} Mobile</div><div class="v">${h(p.phoneDisplay)}</div>`, ...(p.otherPhones ?? []).map((o) => `<div class="k">${h(o.labelZh ?? lab.o)} ${h(o.label)}</div><div class="v">${h(o.display)}</div>`)];
  const ref = p.referees?.[0];
  const body = `<div class="bn"><div><span class="cn">${h(p.name)}</span><span class="en">${h(p.nameAlt ?? '')}${p.postNominals ? `, ${h(p.postNominals)}` : ''}</span><div class="hl">${h(p.headline)}</div></div></div>
  <div class="g"><div>
  <section><h2>Summary</h2><p>${h(p.summary)}</p></section>
  <section><h2>Experience</h2>${[...p.jobs].reverse().map((j) => `<div class="job"><div class="row"><span class="co">${h(j.company)}</span><span class="dt">${range(j, D.mon, 'Present')}</span></div><div><i>${h(j.title)}</i>${j.town ? ` · ${h(j.town)}` : ''}</div><ul>${j.bullets.map((b) => `<li>${h(b)}</li>`).join('')}</ul></div>`).join('')}
  ${(p.breaks ?? []).map((b) => `<div class="job"><div class="row"><span class="co">Career break</span><span class="dt">${D.mon(b.start)} – ${D.mon(b.end)}</span></div><div>${h(b.note)}</div></div>`).join('')}</section>
  <section><h2>Education</h2>${p.education.map((e) => `<div class="job"><div class="row"><span class="co">${h(e.school)}</span><span class="dt">${ym(e.start).y} – ${ym(e.end).y}</span></div><div>${h(e.degree)}</div></div>`).join('')}</section>
  </div><div class="sd">
  ${phones.join('')}
  <div class="k">${lab.e} Email</div><div class="v">${h(p.email)}</div>
  <div class="k">${lab.a} Address</div><div class="v">${h(p.address)}</div>
  <div class="k" style="margin-top:4mm">${lab.s} SKILLS</div>${p.skills.map((s) => `<div class="v">▪ ${h(s)}</div>`).join('')}
  <div class="k" style="margin-top:4mm">${lab.lg} LANGUAGES</div>${p.languages.map((s) => `<div class="v">${h(s)}</div>`).join('')}
  <div class="k" style="margin-top:4mm">${lab.c} CERTIFICATIONS</div>${p.certs.map((s) => `<div class="v">${h(s)}</div>`).join('')}
  ${ref ? `<div class="k" style="margin-top:4mm">${lab.r} REFEREE</div><div class="v">${h(ref.name)}<br>${h(ref.role)}, ${h(ref.org)}<br>Tel: ${h(ref.phone)}<br>${h(ref.email)}</div>` : ''}
  </div></div>`;
  return page(css, body, tw ? 'zh-HK' : 'zh-CN');
}

/** A hand-set LaTeX-article style CV: centred small-caps name, one contact line, ruled small-caps headings. */
function htmlClassicSc(p: Person): string {
  const css = `body{font-family:'DejaVu Serif','Liberation Serif',serif;font-size:9.6pt;color:#111;line-height:1.4}
  h1{font-variant:small-caps;font-weight:400;font-size:22pt;letter-spacing:2px;text-align:center;margin:0}
  .pn{font-size:12pt;letter-spacing:0}
  .cl{text-align:center;margin:1.5mm 0 1mm;font-size:9pt}.pd{text-align:center;font-size:8.6pt;color:#333}
  h2{font-variant:small-caps;font-weight:400;font-size:13pt;border-bottom:.6pt solid #000;margin:5mm 0 2mm;letter-spacing:.5px}
  .row{display:flex;justify-content:space-between;gap:4mm}.b{font-weight:700}.it{font-style:italic}.job{margin-bottom:2.5mm}
  table.sk{border-collapse:collapse}table.sk td{padding:.4mm 4mm .4mm 0;vertical-align:top}`;
  const pd = [p.birth ? `Born ${p.birth}` : '', p.nationality ?? '', ...(p.extras ?? []).map(([k, v]) => `${k}: ${v}`)].filter(Boolean);
  const refs = p.referees ?? [];
  const body = `<h1>${h(p.name)}${p.postNominals ? ` <span class="pn">${h(p.postNominals)}</span>` : ''}</h1>
  <div class="cl">${h(p.address)} &nbsp;·&nbsp; ${h(p.phoneDisplay)}${(p.otherPhones ?? []).map((o) => ` (mobile) &nbsp;·&nbsp; ${h(o.display)} (${h(o.label.replace(/^.*\/\s*/, '').toLowerCase())})`).join('')} &nbsp;·&nbsp; ${h(p.email)}</div>
  ${pd.length ? `<div class="pd">${pd.map(h).join(' · ')}</div>` : ''}
  <h2>Profile</h2><p>${h(p.summary)}</p>
  <h2>Employment</h2>${[...p.jobs].reverse().map((j) => `<div class="job"><div class="row"><span><span class="b">${h(j.title)}</span>, ${h(j.company)}${j.town ? `, ${h(j.town)}` : ''}</span><span>${range(j, D.month, 'present', ' – ')}</span></div><ul>${j.bullets.map((b) => `<li>${h(b)}</li>`).join('')}</ul></div>`).join('')}
  <h2>Education</h2>${p.education.map((e) => `<div class="job"><div class="row"><span><span class="b">${h(e.degree)}</span>, <span class="it">${h(e.school)}</span></span><span>${ym(e.start).y}–${ym(e.end).y}</span></div></div>`).join('')}
  <h2>Skills &amp; Languages</h2><table class="sk"><tr><td class="b">Skills</td><td>${p.skills.map(h).join('; ')}</td></tr>
  <tr><td class="b">Languages</td><td>${p.languages.map(h).join('; ')}</td></tr>
  ${p.certs.length ? `<tr><td class="b">Certificates</td><td>${p.certs.map(h).join('; ')}</td></tr>` : ''}</table>
  ${refs.length ? `<h2>References</h2><table class="sk"><tr>${refs.map((r) => `<td>${h(r.name)}<br>${h(r.role)}<br>${h(r.org)}<br>Tel. ${h(r.phone)}<br>${h(r.email)}</td>`).join('')}</tr></table>` : '<h2>References</h2><p>Available on request.</p>'}`;
  return page(css, body);
}

/** US physician-assistant CV: caps name with post-nominals, cell and work numbers, clinical skills and licensure sections. */
function htmlAapa(p: Person): string {
  const css = `body{font-family:'Liberation Serif','Times New Roman',serif;font-size:10.5pt;color:#000;line-height:1.3}
  h1{text-align:center;font-size:17pt;text-transform:uppercase;letter-spacing:1px;margin:0}
  .c{text-align:center;font-size:10pt}
  h2{font-size:11pt;text-transform:uppercase;border-bottom:1px solid #000;margin:5mm 0 2mm;padding-bottom:.5mm}
  .row{display:flex;justify-content:space-between}.b{font-weight:700}.job{margin-bottom:3mm}
  .cols{columns:2;column-gap:8mm}`;
  const [work] = p.otherPhones ?? [];
  const ref = p.referees?.[0];
  const body = `<h1>${h(fullName(p))}</h1><div class="c">${h(p.address)}</div>
  <div class="c">Cell: ${h(p.phoneDisplay)} &nbsp;|&nbsp; ${work ? `${h(work.label)}: ${h(work.display)} &nbsp;|&nbsp; ` : ''}${h(p.email)}</div>
  <h2>Professional Summary</h2><p>${h(p.summary)}</p>
  <h2>Clinical Experience</h2>${[...p.jobs].reverse().map((j) => `<div class="job"><div class="row"><span class="b">${h(j.company)}</span><span>${j.town ? h(j.town) : ''}</span></div><div class="row"><i>${h(j.title)}</i><span>${range(j, D.month, 'Present', ' – ')}</span></div><ul>${j.bullets.map((b) => `<li>${h(b)}</li>`).join('')}</ul></div>`).join('')}
  <h2>Education</h2>${p.education.map((e) => `<div class="job"><div class="row"><span class="b">${h(e.school)}</span><span>${h(e.town ?? '')}</span></div><div class="row"><span>${h(e.degree)}</span><span>${D.month(e.end)}</span></div></div>`).join('')}
  <h2>Certification &amp; Licensure</h2><ul>${p.certs.map((c) => `<li>${h(c)}</li>`).join('')}</ul>
  <h2>Clinical Skills</h2><ul class="cols">${p.skills.map((s) => `<li>${h(s)}</li>`).join('')}</ul>
  <h2>Languages</h2><p>${p.languages.map(h).join('; ')}</p>
  <h2>Professional Memberships</h2><p>American Academy of Physician Associates (AAPA); Minnesota Academy of PAs (MAPA)</p>
  ${ref ? `<h2>References</h2><p>${h(ref.name)}, ${h(ref.role)}, ${h(ref.org)} · ${h(ref.phone)} · ${h(ref.email)}<br>Additional references available upon request.</p>` : ''}`;
  return page(css, body);
}

/** Berlin start-up CV: title line above the name, pronoun line, icon contact row, permit line, "Toolbox" tags. */
function htmlBerlin(p: Person): string {
  const css = `body{font-family:'DejaVu Sans',sans-serif;font-size:9pt;color:#1d1d1f;line-height:1.45}
  .t{font-size:9pt;text-transform:uppercase;letter-spacing:3px;color:#d1495b}
  h1{font-size:30pt;font-weight:700;margin:1mm 0 0;letter-spacing:-1px;line-height:1.05}
  .pr{color:#777;font-size:9.5pt;margin-top:1mm}
  .cr{display:flex;flex-wrap:wrap;gap:2mm 6mm;margin:4mm 0 2mm;padding:2.5mm 0;border-top:1px solid #ddd;border-bottom:1px solid #ddd}
  .cr span{display:flex;gap:1.5mm;align-items:center}
  h2{font-size:9pt;text-transform:uppercase;letter-spacing:2px;color:#d1495b;margin:6mm 0 2.5mm}
  .job{display:grid;grid-template-columns:34mm 1fr;gap:4mm;margin-bottom:4mm}.dt{color:#666}.jt{font-weight:700}
  .tag{display:inline-block;background:#f3e3e5;border-radius:3px;padding:.4mm 2mm;margin:0 1.2mm 1.2mm 0}`;
  const body = `<div class="t">${h(p.headline)}</div><h1>${h(p.name)}</h1>${p.pronouns ? `<div class="pr">${h(p.pronouns)}</div>` : ''}
  <div class="cr"><span>${I.phone}${h(p.phoneDisplay)}</span><span>${I.mail}${h(p.email)}</span><span>${I.globe}priyaramanschulz.design</span><span>${I.pin}${h(p.city)}, ${h(p.country)}</span></div>
  <div style="font-size:8.3pt;color:#555">Residence: Niederlassungserlaubnis (settlement permit) – no sponsorship needed.</div>
  <h2>About</h2><p>${h(p.summary)}</p>
  <h2>Experience</h2>${[...p.jobs].reverse().map((j) => `<div class="job"><div class="dt">${range(j, D.slash, 'today', ' – ')}</div><div><div class="jt">${h(j.title)} · ${h(j.company)}</div><div class="dt">${h(j.town ?? '')}</div><ul>${j.bullets.map((b) => `<li>${h(b)}</li>`).join('')}</ul></div></div>`).join('')}
  <h2>Education</h2>${p.education.map((e) => `<div class="job"><div class="dt">${D.slash(e.start)} – ${D.slash(e.end)}</div><div><div class="jt">${h(e.degree)}</div><div>${h(e.school)}</div></div></div>`).join('')}
  <h2>Toolbox</h2><div>${p.skills.map((s) => `<span class="tag">${h(s)}</span>`).join('')}</div>
  <h2>Languages</h2><p>${p.languages.map(h).join(' · ')}</p>`;
  return page(css, body);
}

/** 国家大学生就业服务平台 (24365)-style online résumé print: label/value grid, then sections. */
function html24365(p: Person): string {
  const css = `body{font-family:'WenQuanYi Zen Hei',sans-serif;font-size:9.6pt;color:#333;line-height:1.6}
  .hd{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:2px solid #c8161d;padding-bottom:2mm}
  .hd .t{font-size:17pt;color:#c8161d;font-weight:700}.hd .s{font-size:8pt;color:#888}
  .bi{display:flex;gap:6mm;margin:4mm 0}.kv{flex:1;display:grid;grid-template-columns:22mm 1fr 22mm 1fr;row-gap:1.2mm}
  .kv .k{color:#888}.bi img{width:25mm;height:33mm;object-fit:cover;border:1px solid #ccc}
  h2{font-size:11pt;border-left:4px solid #c8161d;padding-left:2mm;margin:5mm 0 2mm;background:#f7f0f0}
  .row{display:flex;gap:6mm;font-weight:700}.row .d{width:40mm;flex:none;font-weight:400;color:#666}.job{margin-bottom:3mm}.ds{padding-left:46mm}`;
  const kv: [string, string][] = [['姓　　名', p.name], ['性　　别', p.gender === 'f' ? '女' : '男'], ['出生年月', p.birth ?? ''], ['民　　族', p.nationality ?? '汉族'], ...((p.extras ?? []).slice(0, 2) as [string, string][]), ['手机号码', p.phoneDisplay], ['电子邮箱', p.email]];
  const body = `<div class="hd"><span class="t">个人简历</span><span class="s">简历编号 ${p.id === 'p11' ? 'JL2026042018734' : 'JL2026091102256'}　更新时间 2026-10-09</span></div>
  <div class="bi"><div class="kv">${kv.map(([k, v]) => `<span class="k">${h(k)}</span><span>${h(v)}</span>`).join('')}<span class="k">现居住地</span><span style="grid-column:span 3">${h(p.address)}</span></div><img src="${photoUri(p, 150, 200)}" alt=""></div>
  <h2>求职意向</h2><p>期望职位：${h(p.headline)}　期望城市：${h(p.city)}　到岗时间：一个月内</p>
  <h2>教育经历</h2>${p.education.map((e) => `<div class="job"><div class="row"><span class="d">${D.dot(e.start)}-${D.dot(e.end)}</span><span>${h(e.school)}</span><span>${h(e.degree)}</span></div></div>`).join('')}
  <h2>工作/实习经历</h2>${[...p.jobs].reverse().map((j) => `<div class="job"><div class="row"><span class="d">${range(j, D.dot, '至今', '-')}</span><span>${h(j.company)}</span><span>${h(j.title)}</span></div><div class="ds">${j.bullets.map(h).join('<br>')}</div></div>`).join('')}
  <h2>专业技能</h2><p>${p.skills.map(h).join('、')}</p>
  <h2>证书及语言</h2><p>${[...p.certs, ...p.languages].map(h).join('；')}</p>
  <h2>自我评价</h2><p>${h(p.summary)}</p>`;
  return page(css, body, 'zh-CN');
}

/** 台灣 青年發展署 RICH 職場體驗網-style 履歷 with 自傳. */
function htmlRichTw(p: Person): string {
  const css = `body{font-family:'WenQuanYi Zen Hei',sans-serif;font-size:9.8pt;color:#333;line-height:1.65}
  .hd{background:#f4a12b;color:#fff;padding:3mm 5mm;font-size:15pt;font-weight:700;display:flex;justify-content:space-between;align-items:center}
  .hd small{font-size:8.5pt;font-weight:400}
  h2{font-size:11pt;color:#c4700a;border-bottom:1px dashed #f4a12b;margin:5mm 0 2mm}
  .kv{display:grid;grid-template-columns:22mm 1fr 22mm 1fr;row-gap:1mm}.kv .k{color:#888}
  .job{margin-bottom:3mm}.jt{font-weight:700}.dt{color:#777}`;
  const o = p.otherPhones?.[0];
  const body = `<div class="hd"><span>${h(p.name)}　個人履歷</span><small>RICH 職場體驗網 · 履歷代碼 R-115-00827</small></div>
  <h2>基本資料</h2><div class="kv"><span class="k">姓名</span><span>${h(p.name)}</span><span class="k">性別</span><span>女</span>
  <span class="k">出生日期</span><span>${h(p.birth ?? '')}</span><span class="k">兵役狀況</span><span>免役</span>
  <span class="k">行動電話</span><span>${h(p.phoneDisplay)}</span><span class="k">${h(o?.labelZh ?? '市話')}</span><span>${h(o?.display ?? '')}</span>
  <span class="k">E-mail</span><span>${h(p.email)}</span><span class="k">希望職稱</span><span>行銷經理 / 品牌經理</span>
  <span class="k">通訊地址</span><span style="grid-column:span 3">${h(p.address)}</span></div>
  <h2>學歷</h2>${p.education.map((e) => `<div>${h(e.school)}　${h(e.degree)}　${D.ymSlash(e.start)}～${D.ymSlash(e.end)}　畢業</div>`).join('')}
  <h2>工作經歷</h2>${[...p.jobs].reverse().map((j) => `<div class="job"><div><span class="jt">${h(j.company)}</span>　${h(j.title)}　<span class="dt">${range(j, D.ymSlash, '仍在職', '～')}</span></div><div>${j.bullets.map(h).join('')}</div></div>`).join('')}
  <h2>專長</h2><p>${p.skills.map(h).join('、')}</p>
  <h2>語言能力與證照</h2><p>${p.languages.map(h).join('；')}；${p.certs.map(h).join('；')}</p>
  <h2>自傳</h2><p>我出生於台中，家中經營小吃店，從小在店裡幫忙招呼客人，也因此對「人為什麼會買單」特別好奇。大學就讀廣告學系，實習時第一次接觸社群經營，發現好的內容加上正確的數據判讀，可以讓小品牌也被看見。</p>
  <p>進入職場後，我從社群專員做起，後來在百貨業負責週年慶整合行銷，學會與採購、門市及廠商協調；現在於茶飲品牌擔任行銷經理，帶領團隊完成品牌識別更新與海外展店。${h(p.summary)}</p>
  <p>未來希望在重視品牌長期經營的公司，持續以數據與創意並重的方式貢獻所長。</p>`;
  return page(css, body, 'zh-TW');
}

/** Title line on top, family name and given names split over two lines with the Chinese name, bilingual phone labels. */
function htmlDualName(p: Person): string {
  const tw = p.id === 'p15';
  const css = `body{font-family:'Liberation Sans','WenQuanYi Zen Hei',sans-serif;font-size:9.4pt;color:#222;line-height:1.42}
  .tl{font-size:9pt;letter-spacing:2.5px;text-transform:uppercase;color:#8a6d3b;border-bottom:1px solid #8a6d3b;padding-bottom:1mm;display:inline-block}
  .fam{font-size:30pt;font-weight:700;letter-spacing:4px;margin-top:3mm;line-height:1}
  .giv{font-size:17pt;margin-top:1mm}.giv .zh{margin-left:3mm;font-weight:700}
  .ct{margin:4mm 0;display:grid;grid-template-columns:auto auto;gap:.8mm 8mm;font-size:9pt;justify-content:start}
  .ct b{color:#8a6d3b;font-weight:400}
  h2{font-size:10.5pt;text-transform:uppercase;letter-spacing:1.5px;color:#8a6d3b;margin:5mm 0 2mm}
  .row{display:flex;justify-content:space-between;gap:4mm}.b{font-weight:700}.job{margin-bottom:3.5mm}.dt{white-space:nowrap;color:#555}`;
  const lm = tw ? '手提' : '手机', le = tw ? '電郵' : '邮箱', la = tw ? '地址' : '地址';
  const body = `<div class="tl">${h(p.headline)}</div>
  <div class="fam">${h(p.family ?? '')}</div><div class="giv">${h(p.given ?? '')}<span class="zh">${h(p.name)}</span></div>
  <div class="ct"><span><b>${lm} Mobile</b> ${h(p.phoneDisplay)}</span><span><b>${le} E-mail</b> ${h(p.email)}</span>
  ${(p.otherPhones ?? []).map((o) => `<span><b>${h(o.labelZh ?? '')} ${h(o.label)}</b> ${h(o.display)}</span>`).join('')}
  <span style="grid-column:span 2"><b>${la} Address</b> ${h(p.address)}</span></div>
  <h2>Profile</h2><p>${h(p.summary)}</p>
  <h2>Career History</h2>${[...p.jobs].reverse().map((j) => `<div class="job"><div class="row"><span><span class="b">${h(j.title)}</span> — ${h(j.company)}</span><span class="dt">${range(j, D.ymSlash, 'Present', ' – ')}</span></div><ul>${j.bullets.map((b) => `<li>${h(b)}</li>`).join('')}</ul></div>`).join('')}
  <h2>Education</h2>${p.education.map((e) => `<div class="job"><div class="row"><span><span class="b">${h(e.degree)}</span>, ${h(e.school)}</span><span class="dt">${D.ymSlash(e.start)} – ${D.ymSlash(e.end)}</span></div></div>`).join('')}
  <h2>Skills</h2><p>${p.skills.map(h).join(' • ')}</p>
  <h2>Languages &amp; Qualifications</h2><p>${p.languages.map(h).join('; ')}<br>${p.certs.map(h).join('; ')}</p>
  ${tw ? '<h2>Availability</h2><p>One month\'s notice. Expected salary: negotiable.</p>' : ''}`;
  return page(css, body, 'en');
}

/** Plain Chinese Word-like résumé in HTML: spaced title, name line with 求职意向, current employer's address and switchboard. */
function htmlJianliZh(p: Person): string {
  const css = `body{font-family:'WenQuanYi Zen Hei',sans-serif;font-size:10pt;color:#222;line-height:1.7}
  .tt{text-align:center;font-size:19pt;letter-spacing:10px;font-weight:700;margin-bottom:3mm}
  .nm{font-size:16pt;font-weight:700}.nm small{font-size:10pt;font-weight:400;margin-left:4mm;color:#555}
  .ln{color:#444}
  h2{font-size:11.5pt;margin:5mm 0 1.5mm;padding:.5mm 2mm;border-left:5px solid #1f6f8b;background:#eef5f8}
  .row{display:flex;gap:5mm}.d{width:52mm;flex:none}.b{font-weight:700}.job{margin-bottom:2.5mm}`;
  const cur = p.jobs.find((j) => j.end === null)!;
  const sw = p.id === 'p09' ? '单位地址：沈阳市浑南区智慧四街 1-52 号　单位总机：024-3182 6600' : '单位地址：厦门市湖里区枋湖北二路 1599 号　公司前台：0592-5706 318';
  const o = p.otherPhones?.[0];
  const body = `<div class="tt">个人简历</div>
  <div class="nm">${h(p.name)}<small>求职意向：${h(p.headline)}</small></div>
  <div class="ln">${p.gender === 'f' ? '女' : '男'}　|　${h(p.birth ?? '')}　|　${(p.extras ?? []).map(([k, v]) => `${h(k)}：${h(v)}`).slice(0, 2).join('　|　')}</div>
  <div class="ln">手机：${h(p.phoneDisplay)}${o ? `　${h(o.labelZh ?? '')}：${h(o.display)}` : ''}　邮箱：${h(p.email)}</div>
  <div class="ln">现住址：${h(p.address)}</div>
  <h2>工作经历</h2>${[...p.jobs].reverse().map((j) => `<div class="job"><div class="row b"><span class="d">${range(j, D.zh, '至今', '—')}</span><span>${h(j.company)}</span><span>${h(j.title)}</span></div>${j === cur ? `<div style="color:#666;font-size:9pt">${sw}</div>` : ''}<div>${j.bullets.map((b, i) => `${i + 1}. ${h(b)}`).join('<br>')}</div></div>`).join('')}
  ${(p.breaks ?? []).map((b) => `<div class="job"><div class="row"><span class="d">${D.zh(b.start)}—${D.zh(b.end)}</span><span>${h(b.note)}（未就业）</span></div></div>`).join('')}
  <h2>教育背景</h2>${p.education.map((e) => `<div class="row"><span class="d">${D.zh(e.start)}—${D.zh(e.end)}</span><span>${h(e.school)}</span><span>${h(e.degree)}</span></div>`).join('')}
  <h2>专业技能</h2><div>${p.skills.map((s) => `● ${h(s)}`).join('<br>')}</div>
  <h2>证书与语言</h2><div>${[...p.certs, ...p.languages].map(h).join('　')}</div>
  <h2>自我评价</h2><div>${h(p.summary)}</div>`;
  return page(css, body, 'zh-CN');
}

/** Chinese IT-outsourcing vendor's 驻场人员简历表 (the supplier's own contact printed at the top). */
function htmlVendorTable(p: Person): string {
  const css = `body{font-family:'WenQuanYi Zen Hei',sans-serif;font-size:9.4pt;color:#000;line-height:1.5}
  .t{text-align:center;font-size:16pt;font-weight:700;margin-bottom:1mm}.s{display:flex;justify-content:space-between;font-size:8.6pt;margin-bottom:1.5mm}
  table{border-collapse:collapse;width:100%;table-layout:fixed}td{border:1px solid #000;padding:1.2mm 1.5mm;vertical-align:middle}
  td.k{background:#e8e8e8;text-align:center;font-weight:700}.ph{text-align:center}.ph img{width:24mm;height:32mm;object-fit:cover}
  .sig{margin-top:5mm;display:flex;justify-content:space-between}`;
  const yrs = yearsWorked(p.jobs.filter((j) => !j.title.includes('实习')), '2026-10');
  const body = `<div class="t">驻场外包人员简历表</div>
  <div class="s"><span>供应商：武汉数联人力资源服务有限公司（联系人：程经理 027-8765 3320）</span><span>推荐岗位：测试开发工程师</span></div>
  <table><colgroup><col style="width:16%"><col style="width:19%"><col style="width:14%"><col style="width:19%"><col style="width:14%"><col style="width:18%"></colgroup>
  <tr><td class="k">姓名</td><td>${h(p.name)}</td><td class="k">性别</td><td>男</td><td class="ph" rowspan="4" colspan="2"><img src="${photoUri(p, 150, 200)}" alt=""></td></tr>
  <tr><td class="k">出生年月</td><td>${h(p.birth ?? '')}</td><td class="k">学历</td><td>本科</td></tr>
  <tr><td class="k">毕业院校</td><td>${h(p.education[0].school)}</td><td class="k">毕业时间</td><td>${D.dot(p.education[0].end)}</td></tr>
  <tr><td class="k">专业</td><td>计算机科学与技术</td><td class="k">工作年限</td><td>${Math.floor(yrs)} 年</td></tr>
  <tr><td class="k">手机</td><td>${h(p.phoneDisplay)}</td><td class="k">邮箱</td><td colspan="3">${h(p.email)}</td></tr>
  <tr><td class="k">现居住地</td><td colspan="5">${h(p.address)}</td></tr>
  <tr><td class="k" colspan="6">工作经历（含实习）</td></tr>
  <tr><td class="k">起止时间</td><td class="k" colspan="2">工作单位</td><td class="k">职位</td><td class="k" colspan="2">主要工作内容</td></tr>
  ${[...p.jobs].reverse().map((j) => `<tr><td>${range(j, D.dot, '至今', '—')}</td><td colspan="2">${h(j.company)}</td><td>${h(j.title)}</td><td colspan="2">${j.bullets.map(h).join('<br>')}</td></tr>`).join('')}
  <tr><td class="k">专业技能</td><td colspan="5">${p.skills.map(h).join('，')}</td></tr>
  <tr><td class="k">资格证书</td><td colspan="5">${p.certs.map(h).join('；')}；${p.languages.map(h).join('；')}</td></tr>
  <tr><td class="k">自我评价</td><td colspan="5">${h(p.summary)}</td></tr>
  <tr><td class="k">面试评价<br>（客户填写）</td><td colspan="5" style="height:18mm"></td></tr>
  </table>
  <div class="sig"><span>供应商（盖章）：</span><span>填表日期：2026 年 10 月 12 日</span></div>`;
  return page(css, body, 'zh-CN');
}

// ═════════════════════════════ DOCX (Word) templates ═════════════════════════════
type Run = { text: string; bold?: boolean; italics?: boolean; size?: number; color?: string; smallCaps?: boolean; font?: string; break?: number };
const tr = (r: Run | string, font?: string) => typeof r === 'string' ? new TextRun({ text: r, font }) : new TextRun({ ...r, font: r.font ?? font });
const para = (runs: (Run | string)[], o: { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; after?: number; before?: number; font?: string; bullet?: boolean; shade?: string; indent?: number; tabs?: number; border?: string } = {}) =>
  new Paragraph({
    alignment: o.align, spacing: { after: o.after ?? 60, before: o.before ?? 0 },
    bullet: o.bullet ? { level: 0 } : undefined,
    shading: o.shade ? { type: ShadingType.CLEAR, fill: o.shade, color: 'auto' } : undefined,
    indent: o.indent ? { left: o.indent } : undefined,
    tabStops: o.tabs ? [{ type: TabStopType.RIGHT, position: o.tabs }] : undefined,
    border: o.border ? { bottom: { style: BorderStyle.SINGLE, size: 8, color: o.border, space: 1 } } : undefined,
    children: runs.map((r) => tr(r, o.font)),
  });
const NB = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: NB, bottom: NB, left: NB, right: NB, insideHorizontal: NB, insideVertical: NB };
const cellNB = { top: NB, bottom: NB, left: NB, right: NB };
const A4 = { width: 11906, height: 16838 };
const pageNo = (prefix: string, font?: string, of = ' of ') => new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [prefix, PageNumber.CURRENT, of, PageNumber.TOTAL_PAGES], size: 16, color: '777777', font })] })] });
const img = (p: Person, w: number, hh: number) => new ImageRun({ type: 'png', data: photo(p, 150, 200), transformation: { width: w, height: hh } });
const doc = (font: string | { ascii: string; eastAsia: string; hAnsi: string }, size: number, sections: ConstructorParameters<typeof Document>[0]['sections'], title: string, creator: string) =>
  new Document({ creator, title, styles: { default: { document: { run: { font, size } } } }, sections });

/** Careers Wales-style bilingual (Welsh/English) CV: bilingual headings and labels, referees with phone numbers. */
function docxCareersWales(p: Person): Document {
  const F = 'Arial';
  const H = (cy: string, en: string) => para([{ text: `${cy} / ${en}`, bold: true, size: 24, color: '9B1B30' }], { before: 200, after: 80, border: '9B1B30' });
  const kv = (k: string, v: string) => new TableRow({ children: [
    new TableCell({ borders: cellNB, width: { size: 3000, type: WidthType.DXA }, children: [para([{ text: k, bold: true }])] }),
    new TableCell({ borders: cellNB, width: { size: 6500, type: WidthType.DXA }, children: [para([v])] })] });
  const o = p.otherPhones?.[0];
  const children = [
    para([{ text: 'Curriculum Vitae', size: 20, color: '666666' }], { align: AlignmentType.CENTER, after: 0 }),
    para([{ text: p.name, bold: true, size: 40 }], { align: AlignmentType.CENTER, after: 200 }),
    H('Manylion Personol', 'Personal Details'),
    new Table({ borders: noBorders, columnWidths: [3000, 6500], rows: [
      kv('Enw / Name:', p.name), kv('Cyfeiriad / Address:', p.address), kv('Ffôn symudol / Mobile:', p.phoneDisplay),
      ...(o ? [kv(`${o.label}:`, o.display)] : []), kv('E-bost / Email:', p.email), kv('Trwydded yrru / Driving licence:', 'Llawn / Full UK')] }),
    H('Proffil Personol', 'Personal Profile'), para([p.summary]),
    H('Profiad Gwaith', 'Work Experience'),
    ...[...p.jobs].reverse().flatMap((j) => [
      para([{ text: range(j, D.slash, 'presennol / present', ' – '), bold: true }, '\t', { text: `${j.company}, ${j.town ?? ''}`, bold: true }], { before: 80, after: 20, tabs: 0 }),
      para([{ text: j.title, italics: true }], { after: 40 }),
      ...j.bullets.map((b) => para([b], { bullet: true, after: 20 })),
    ]),
    H('Addysg a Hyfforddiant', 'Education and Training'),
    ...p.education.map((e) => para([{ text: `${ym(e.start).y} – ${ym(e.end).y}  `, bold: true }, `${e.school} — ${e.degree}`])),
    ...p.certs.map((c) => para([c], { bullet: true, after: 20 })),
    H('Sgiliau', 'Skills'), ...p.skills.map((s) => para([s], { bullet: true, after: 20 })),
    H('Ieithoedd', 'Languages'), para([p.languages.join('; ')]),
    H('Diddordebau', 'Interests'), para([p.interests ?? '']),
    H('Canolwyr', 'Referees'),
    new Table({ borders: noBorders, columnWidths: [4750, 4750], rows: [new TableRow({ children: (p.referees ?? []).map((r) => new TableCell({ borders: cellNB, width: { size: 4750, type: WidthType.DXA }, children: [
      para([{ text: r.name, bold: true }], { after: 0 }), para([r.role], { after: 0 }), para([r.org], { after: 0 }), para([`Ffôn / Tel: ${r.phone}`], { after: 0 }), para([r.email], { after: 0 })] })) })] }),
  ];
  return doc(F, 21, [{ properties: { page: { size: A4, margin: { top: 1134, bottom: 1134, left: 1247, right: 1247 } } }, footers: { default: pageNo(`${p.name} – CV – Tudalen / Page `, F, ' / ') }, children }], 'CV', p.name);
}

/** Two-column Word table with a shaded right-hand column (employment-services résumé template, Nova Scotia). */
function docxNsWorks(p: Person): Document {
  const F = 'Calibri';
  const side = [
    para([{ text: 'CONTACT', bold: true, color: '1F4E79', size: 20 }], { after: 60 }),
    para([{ text: 'Phone', bold: true }], { after: 0 }), para([p.phoneDisplay]),
    para([{ text: 'Email', bold: true }], { after: 0 }), para([p.email]),
    para([{ text: 'Address', bold: true }], { after: 0 }), para([p.address]),
    para([{ text: 'Website', bold: true }], { after: 0 }), para(['github.com/jmacisaac']),
    para([{ text: 'SKILLS', bold: true, color: '1F4E79', size: 20 }], { before: 200, after: 60 }),
    ...p.skills.map((s) => para([s], { bullet: true, after: 20 })),
    para([{ text: 'LANGUAGES', bold: true, color: '1F4E79', size: 20 }], { before: 200, after: 60 }),
    ...p.languages.map((s) => para([s], { after: 20 })),
    para([{ text: 'CERTIFICATION', bold: true, color: '1F4E79', size: 20 }], { before: 200, after: 60 }),
    ...p.certs.map((s) => para([s], { after: 20 })),
  ];
  const S = (t: string) => para([{ text: t, bold: true, color: '1F4E79', size: 24 }], { before: 160, after: 80, border: '1F4E79' });
  const main = [
    S('PROFILE'), para([p.summary]),
    S('WORK EXPERIENCE'),
    ...[...p.jobs].reverse().flatMap((j) => [
      para([{ text: j.title, bold: true }], { before: 80, after: 0 }),
      para([{ text: `${j.company} — ${j.town ?? ''}`, italics: true }, { text: `   ${range(j, D.mon, 'Present', ' – ')}`, color: '555555' }], { after: 40 }),
      ...j.bullets.map((b) => para([b], { bullet: true, after: 20 })),
    ]),
    ...(p.breaks ?? []).map((b) => para([{ text: `${D.mon(b.start)} – ${D.mon(b.end)}: ${b.note}`, italics: true, color: '555555' }], { before: 80 })),
    S('EDUCATION'),
    ...p.education.map((e) => para([{ text: e.degree, bold: true }, { text: `, ${e.school}, ${D.mon(e.end)}` }])),
    S('VOLUNTEER'), para(['Mentor, Ladies Learning Code Halifax chapter (2019 – present)']),
  ];
  const header = new Table({ borders: noBorders, columnWidths: [9900], rows: [new TableRow({ children: [new TableCell({ borders: cellNB, width: { size: 9900, type: WidthType.DXA }, children: [
    para([{ text: p.name.toUpperCase(), bold: true, size: 44, color: '1F4E79' }], { after: 0 }),
    para([{ text: `${p.headline}  ·  Pronouns: ${p.pronouns}`, size: 22, color: '555555' }], { after: 200 })] })] })] });
  const body = new Table({ borders: noBorders, columnWidths: [6500, 3400], rows: [new TableRow({ children: [
    new TableCell({ borders: cellNB, width: { size: 6500, type: WidthType.DXA }, margins: { right: 200 }, children: main }),
    new TableCell({ borders: cellNB, width: { size: 3400, type: WidthType.DXA }, shading: { type: ShadingType.CLEAR, fill: 'DEEAF6', color: 'auto' }, margins: { left: 180, right: 180, top: 180 }, children: side }),
  ] })] });
  return doc(F, 20, [{ properties: { page: { size: A4, margin: { top: 900, bottom: 900, left: 1000, right: 1000 } } }, children: [header, body] }], 'Résumé', p.name);
}

/** Swiss English-language CV: name + photo header, then a two-column section (personal details left, career right). */
function docxSwiss(p: Person): Document {
  const F = 'Arial';
  const o = p.otherPhones?.[0];
  const head = new Table({ borders: noBorders, columnWidths: [7400, 2500], rows: [new TableRow({ children: [
    new TableCell({ borders: cellNB, width: { size: 7400, type: WidthType.DXA }, verticalAlign: VerticalAlign.BOTTOM, children: [
      para([{ text: 'Curriculum Vitae', size: 20, color: '888888' }], { after: 0 }),
      para([{ text: p.name, bold: true, size: 48 }], { after: 40 }),
      para([{ text: p.headline, size: 22, color: 'C00000' }], { after: 80 })] }),
    new TableCell({ borders: cellNB, width: { size: 2500, type: WidthType.DXA }, children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [img(p, 105, 140)] })] }),
  ] })] });
  const L2 = (t: string) => para([{ text: t.toUpperCase(), bold: true, size: 18, color: 'C00000' }], { before: 160, after: 60 });
  const left = [
    L2('Personal details'),
    para([{ text: 'Address', bold: true }], { after: 0 }), para([p.address]),
    para([{ text: 'Mobile', bold: true }], { after: 0 }), para([p.phoneDisplay]),
    ...(o ? [para([{ text: `${o.label} (direct)`, bold: true }], { after: 0 }), para([o.display])] : []),
    para([{ text: 'E-mail', bold: true }], { after: 0 }), para([p.email]),
    para([{ text: 'Date of birth', bold: true }], { after: 0 }), para([p.birth ?? '']),
    para([{ text: 'Nationality', bold: true }], { after: 0 }), para([p.nationality ?? '']),
    ...(p.extras ?? []).flatMap(([k, v]) => [para([{ text: k, bold: true }], { after: 0 }), para([v])]),
    L2('Skills'), ...p.skills.map((s) => para([s], { after: 20 })),
    L2('Languages'), ...p.languages.map((s) => para([s], { after: 20 })),
    L2('Certificates'), ...p.certs.map((s) => para([s], { after: 20 })),
  ];
  const R = (t: string) => para([{ text: t, bold: true, size: 24 }], { before: 160, after: 80, border: 'C00000' });
  const right = [
    R('Profile'), para([p.summary]),
    R('Professional experience'),
    ...[...p.jobs].reverse().flatMap((j) => [
      para([{ text: range(j, D.slash, 'today', ' – '), color: '666666' }], { before: 80, after: 0 }),
      para([{ text: j.title, bold: true }, `, ${j.company}, ${j.town ?? ''}`], { after: 20 }),
      ...j.bullets.map((b) => para([b], { bullet: true, after: 20 })),
    ]),
    R('Education'),
    ...p.education.flatMap((e) => [para([{ text: `${D.slash(e.start)} – ${D.slash(e.end)}`, color: '666666' }], { after: 0 }), para([{ text: e.degree, bold: true }, `, ${e.school}`])]),
    R('References'),
    ...(p.referees ?? []).map((r) => para([`${r.name}, ${r.role}, ${r.org}, ${r.phone}, ${r.email}`])),
  ];
  const margin = { top: 1000, bottom: 1000, left: 1000, right: 1000 };
  return doc(F, 19, [
    { properties: { page: { size: A4, margin } }, children: [head, para([''], { after: 0, border: 'C00000' })] },
    { properties: { type: SectionType.CONTINUOUS, page: { size: A4, margin }, column: { count: 2, equalWidth: false, separate: true, children: [new Column({ width: 3000, space: 400 }), new Column({ width: 6500 })] } },
      footers: { default: new Footer({ children: [para([{ text: `${p.name} · CV · ${p.city}, October 2026`, size: 14, color: '888888' }], { align: AlignmentType.RIGHT })] }) },
      children: [...left, new Paragraph({ children: [new ColumnBreak()] }), ...right] },
  ], 'Curriculum Vitae', p.name);
}

/** Australian (Workforce Australia-style) résumé: name split over two lines, tickets & licences, referees with mobiles. */
function docxWorkforceAu(p: Person): Document {
  const F = 'Calibri';
  const S = (t: string) => para([{ text: t, bold: true, size: 24, color: '2E5E4E' }], { before: 200, after: 80, border: '2E5E4E' });
  const children = [
    para([{ text: (p.given ?? '').toUpperCase(), size: 48, color: '2E5E4E' }], { after: 0 }),
    para([{ text: (p.family ?? '').toUpperCase(), size: 48, bold: true, color: '2E5E4E' }], { after: 80 }),
    para([{ text: `Mobile: ${p.phoneDisplay}   |   Email: ${p.email}   |   Location: ${p.address}`, size: 19 }], { after: 40 }),
    para([{ text: 'Available: 8/6 or 2/1 FIFO ex Perth  ·  Australian citizen  ·  Own transport', size: 19, color: '666666' }], { after: 120 }),
    S('Career Objective'), para([p.summary]),
    S('Key Skills'), ...p.skills.map((s) => para([s], { bullet: true, after: 20 })),
    S('Tickets & Licences'), ...p.certs.map((s) => para([s], { bullet: true, after: 20 })),
    S('Employment History'),
    ...[...p.jobs].reverse().flatMap((j) => [
      para([{ text: j.title, bold: true }, '\t', { text: range(j, D.mon, 'Present', ' – '), bold: true }], { before: 100, after: 0, tabs: 9600 }),
      para([{ text: `${j.company}, ${j.town ?? ''}`, italics: true }], { after: 40 }),
      para([{ text: 'Duties and achievements:', size: 19 }], { after: 20 }),
      ...j.bullets.map((b) => para([b], { bullet: true, after: 20 })),
    ]),
    S('Education & Training'), ...p.education.map((e) => para([{ text: e.degree, bold: true }, `, ${e.school} (${ym(e.end).y})`])),
    S('Referees'),
    ...(p.referees ?? []).flatMap((r) => [para([{ text: r.name, bold: true }, `, ${r.role}`], { after: 0 }), para([r.org], { after: 0 }), para([`Mobile: ${r.phone}   Email: ${r.email}`], { after: 120 })]),
  ];
  return doc(F, 21, [{ properties: { page: { size: A4, margin: { top: 1000, bottom: 1000, left: 1150, right: 1150 } } }, footers: { default: pageNo(`${p.name} – Resume – Page `, F) }, children }], 'Resume', p.name);
}

/** My World of Work (Scotland)-style CV with the contact/skills panel in a Word text box on the left. */
function docxMwow(p: Person): Document {
  const F = 'Calibri';
  const box = new Textbox({
    style: { position: 'absolute', width: '2.05in', height: '9.6in', left: '0in', top: '0in', positionHorizontalRelative: 'margin', positionVerticalRelative: 'margin', wrapStyle: 'square' },
    children: [
      para([{ text: 'Contact', bold: true, size: 22, color: '00607A' }], { after: 60 }),
      para([{ text: 'Mobile', bold: true, size: 18 }], { after: 0 }), para([{ text: p.phoneDisplay, size: 18 }]),
      para([{ text: 'Email', bold: true, size: 18 }], { after: 0 }), para([{ text: p.email, size: 17 }]),
      para([{ text: 'Address', bold: true, size: 18 }], { after: 0 }), para([{ text: p.address, size: 18 }]),
      para([{ text: 'Key skills', bold: true, size: 22, color: '00607A' }], { before: 200, after: 60 }),
      ...p.skills.map((s) => para([{ text: s, size: 18 }], { bullet: true, after: 20 })),
      para([{ text: 'Languages', bold: true, size: 22, color: '00607A' }], { before: 200, after: 60 }),
      ...p.languages.map((s) => para([{ text: s, size: 18 }], { after: 20 })),
      para([{ text: 'Licences & tickets', bold: true, size: 22, color: '00607A' }], { before: 200, after: 60 }),
      ...p.certs.map((s) => para([{ text: s, size: 18 }], { after: 20 })),
    ],
  });
  const ind = 3300;
  const S = (t: string) => para([{ text: t, bold: true, size: 24, color: '00607A' }], { before: 200, after: 80, indent: ind, border: '00607A' });
  const children = [
    new Paragraph({ children: [box], spacing: { after: 0 } }),
    para([{ text: p.name, bold: true, size: 44 }, { text: `  ${p.postNominals}`, size: 22, color: '555555' }], { indent: ind, after: 0 }),
    para([{ text: p.headline, size: 24, color: '00607A' }], { indent: ind, after: 160 }),
    S('Personal statement'), para([p.summary], { indent: ind }),
    S('Work experience'),
    ...[...p.jobs].reverse().flatMap((j) => [
      para([{ text: `${j.title} – ${j.company}`, bold: true }], { indent: ind, before: 80, after: 0 }),
      para([{ text: `${j.town ?? ''} | ${range(j, D.month, 'present', ' to ')}`, color: '555555' }], { indent: ind, after: 40 }),
      ...j.bullets.map((b) => new Paragraph({ bullet: { level: 0 }, indent: { left: ind + 360, hanging: 360 }, spacing: { after: 20 }, children: [new TextRun(b)] })),
    ]),
    S('Education'), ...p.education.map((e) => para([{ text: e.degree, bold: true }, `, ${e.school}, ${ym(e.start).y}–${ym(e.end).y}`], { indent: ind })),
    S('References'), para(['References are available on request.'], { indent: ind }),
  ];
  return doc(F, 20, [{ properties: { page: { size: A4, margin: { top: 1000, bottom: 1000, left: 1000, right: 1000 } } }, children }], 'CV', p.name);
}

/** 觅知网-style Word 简历: full-page two-cell table with a dark left cell (photo, name, contacts with ☎ ✉ glyphs). */
function docxMizhi(p: Person): Document {
  const F = { ascii: 'Microsoft YaHei', eastAsia: '微软雅黑', hAnsi: 'Microsoft YaHei' };
  const W = 'FFFFFF';
  const sh = (t: string) => para([{ text: t, bold: true, size: 22, color: W }], { before: 200, after: 60, border: 'A9C4DC' });
  const left = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 200, after: 120 }, children: [img(p, 100, 133)] }),
    para([{ text: p.name, bold: true, size: 40, color: W }], { align: AlignmentType.CENTER, after: 40 }),
    para([{ text: `求职意向：${p.headline}`, size: 19, color: W }], { align: AlignmentType.CENTER, after: 120 }),
    sh('个人信息'),
    para([{ text: `出生年月：${p.birth}`, size: 18, color: W }], { after: 20 }),
    ...(p.extras ?? []).map(([k, v]) => para([{ text: `${k}：${v}`, size: 18, color: W }], { after: 20 })),
    sh('联系方式'),
    para([{ text: `☎ ${p.phoneDisplay}`, size: 18, color: W }], { after: 40 }),
    para([{ text: `✉ ${p.email}`, size: 18, color: W }], { after: 40 }),
    para([{ text: `⌂ ${p.address}`, size: 18, color: W }], { after: 40 }),
    sh('专业技能'), ...p.skills.map((s) => para([{ text: `▪ ${s}`, size: 18, color: W }], { after: 20 })),
    sh('证书 / 语言'), ...[...p.certs, ...p.languages].map((s) => para([{ text: s, size: 18, color: W }], { after: 20 })),
  ];
  const rh = (t: string) => para([{ text: t, bold: true, size: 26, color: '2F4A63' }], { before: 200, after: 80, border: '2F4A63' });
  const right = [
    rh('教育背景'), ...p.education.map((e) => para([{ text: `${D.dot(e.start)} - ${D.dot(e.end)}　`, bold: true }, { text: `${e.school}　${e.degree}` }])),
    rh('工作经历'),
    ...[...p.jobs].reverse().flatMap((j) => [
      para([{ text: `${range(j, D.dot, '至今', ' - ')}　${j.company}`, bold: true }], { before: 80, after: 0 }),
      para([{ text: j.title, color: '2F4A63' }], { after: 40 }),
      ...j.bullets.map((b) => para([b], { bullet: true, after: 20 })),
    ]),
    rh('自我评价'), para([p.summary]),
  ];
  const t = new Table({ borders: noBorders, columnWidths: [3400, 7100], rows: [new TableRow({ height: { value: 15300, rule: HeightRule.ATLEAST }, children: [
    new TableCell({ borders: cellNB, width: { size: 3400, type: WidthType.DXA }, shading: { type: ShadingType.CLEAR, fill: '2F4A63', color: 'auto' }, margins: { left: 200, right: 200 }, children: left }),
    new TableCell({ borders: cellNB, width: { size: 7100, type: WidthType.DXA }, margins: { left: 300, right: 100 }, children: right }),
  ] })] });
  return doc(F, 20, [{ properties: { page: { size: A4, margin: { top: 700, bottom: 700, left: 700, right: 700 } } }, children: [t] }], '个人简历', p.name);
}

/** 个人简历网-style 表格简历 (Word table with photo cell, 工作经历 rows, 证明人). */
function docxGerenJianli(p: Person): Document {
  const F = { ascii: 'SimSun', eastAsia: '宋体', hAnsi: 'SimSun' };
  const c = (text: string, o: { w: number; k?: boolean; span?: number; rows?: number; children?: Paragraph[] }) => new TableCell({
    width: { size: o.w, type: WidthType.DXA }, columnSpan: o.span, rowSpan: o.rows, verticalAlign: VerticalAlign.CENTER,
    shading: o.k ? { type: ShadingType.CLEAR, fill: 'F2F2F2', color: 'auto' } : undefined, margins: { left: 80, right: 80, top: 40, bottom: 40 },
    children: o.children ?? [para([{ text, bold: o.k }], { align: o.k ? AlignmentType.CENTER : undefined, after: 0 })] });
  const ex = Object.fromEntries(p.extras ?? []);
  const cw = [1150, 1450, 1100, 1350, 1150, 1400, 1800];
  const k = (t: string, span?: number) => c(t, { w: span ? cw[0] + cw[1] : cw[0], k: true, span });
  const ref = p.referees![0];
  const rows = [
    new TableRow({ children: [k('姓　　名'), c(p.name, { w: cw[1] }), c('性　　别', { w: cw[2], k: true }), c('男', { w: cw[3] }), c('出生年月', { w: cw[4], k: true }), c(p.birth ?? '', { w: cw[5] }),
      c('', { w: cw[6], rows: 4, children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [img(p, 96, 128)] })] })] }),
    new TableRow({ children: [k('民　　族'), c(p.nationality ?? '', { w: cw[1] }), c('籍　　贯', { w: cw[2], k: true }), c(ex['籍贯'] ?? '', { w: cw[3] }), c('政治面貌', { w: cw[4], k: true }), c(ex['政治面貌'] ?? '', { w: cw[5] })] }),
    new TableRow({ children: [k('婚姻状况'), c(ex['婚姻状况'] ?? '', { w: cw[1] }), c('身　　高', { w: cw[2], k: true }), c(ex['身高'] ?? '', { w: cw[3] }), c('职　　称', { w: cw[4], k: true }), c(ex['职称'] ?? '', { w: cw[5] })] }),
    new TableRow({ children: [k('学　　历'), c('本科', { w: cw[1] }), c('毕业院校', { w: cw[2], k: true }), c(p.education[0].school, { w: cw[3] + cw[4] + cw[5], span: 3 })] }),
    new TableRow({ children: [k('专　　业'), c('电气工程及其自动化', { w: cw[1] + cw[2], span: 2 }), c('联系电话', { w: cw[3], k: true }), c(p.phoneDisplay, { w: cw[4] + cw[5] + cw[6], span: 3 })] }),
    new TableRow({ children: [k('家庭电话'), c(p.otherPhones?.[0]?.display ?? '', { w: cw[1] + cw[2], span: 2 }), c('电子邮箱', { w: cw[3], k: true }), c(p.email, { w: cw[4] + cw[5] + cw[6], span: 3 })] }),
    new TableRow({ children: [k('求职意向'), c(p.headline, { w: 8250, span: 6 })] }),
    new TableRow({ children: [k('通讯地址'), c(p.address, { w: 8250, span: 6 })] }),
    new TableRow({ children: [c('工 作 经 历', { w: 9400, k: true, span: 7 })] }),
    new TableRow({ children: [k('起止时间', 2), c('工作单位', { w: cw[2] + cw[3], k: true, span: 2 }), c('职　　务', { w: cw[4], k: true }), c('主要工作及业绩', { w: cw[5] + cw[6], k: true, span: 2 })] }),
    ...[...p.jobs].reverse().map((j) => new TableRow({ children: [c(range(j, D.dot, '至今', '—'), { w: cw[0] + cw[1], span: 2 }), c(j.company, { w: cw[2] + cw[3], span: 2 }), c(j.title, { w: cw[4] }), c('', { w: cw[5] + cw[6], span: 2, children: j.bullets.map((b) => para([b], { after: 0 })) })] })),
    new TableRow({ children: [k('教育经历'), c('', { w: 8250, span: 6, children: p.education.map((e) => para([`${D.dot(e.start)}—${D.dot(e.end)}　${e.school}　${e.degree}`], { after: 0 })) })] }),
    new TableRow({ children: [k('专业技能'), c('', { w: 8250, span: 6, children: p.skills.map((s, i) => para([`${i + 1}. ${s}`], { after: 0 })) })] }),
    new TableRow({ children: [k('证　　书'), c([...p.certs, ...p.languages].join('；'), { w: 8250, span: 6 })] }),
    new TableRow({ children: [k('自我评价'), c(p.summary, { w: 8250, span: 6 })] }),
    new TableRow({ children: [k('证 明 人'), c(`${ref.name}（${ref.org} ${ref.role}）　电话：${ref.phone}`, { w: 8250, span: 6 })] }),
  ];
  return doc(F, 21, [{ properties: { page: { size: A4, margin: { top: 1100, bottom: 1000, left: 1200, right: 1200 } } }, children: [
    para([{ text: '个 人 简 历', bold: true, size: 40 }], { align: AlignmentType.CENTER, after: 200 }),
    new Table({ columnWidths: cw, rows }),
  ] }], '个人简历', p.name);
}

/** Traditional-Chinese Word 履歷 with a shaded right-hand column (photo, 聯絡方式, 專長, 語言). */
function docxOfficeTw(p: Person): Document {
  const F = { ascii: 'Calibri', eastAsia: '微軟正黑體', hAnsi: 'Calibri' };
  const o = p.otherPhones?.[0];
  const sh = (t: string) => para([{ text: t, bold: true, size: 22, color: '8E3B5F' }], { before: 200, after: 60 });
  const side = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120, after: 160 }, children: [img(p, 96, 128)] }),
    sh('聯絡方式'), para([`手機：${p.phoneDisplay}`], { after: 20 }), para([`${o?.labelZh ?? '市話'}：${o?.display ?? ''}`], { after: 20 }), para([`E-mail：${p.email}`], { after: 20 }), para([`地址：${p.address}`]),
    sh('專長'), ...p.skills.map((s) => para([`• ${s}`], { after: 20 })),
    sh('語言能力'), ...p.languages.map((s) => para([s], { after: 20 })),
    sh('證照'), ...p.certs.map((s) => para([s], { after: 20 })),
  ];
  const mh = (t: string) => para([{ text: t, bold: true, size: 26, color: '8E3B5F' }], { before: 200, after: 80, border: '8E3B5F' });
  const main = [
    para([{ text: p.name, bold: true, size: 52 }], { after: 0 }),
    para([{ text: p.headline, size: 24, color: '8E3B5F' }], { after: 80 }),
    para([{ text: `出生日期：${p.birth}　｜　${(p.extras ?? []).map(([k, v]) => `${k}：${v}`).join('　｜　')}`, size: 18, color: '666666' }], { after: 120 }),
    mh('自我介紹'), para([p.summary]),
    mh('工作經歷'),
    ...[...p.jobs].reverse().flatMap((j) => [
      para([{ text: j.company, bold: true }, { text: `　${j.title}` }], { before: 80, after: 0 }),
      para([{ text: `${range(j, D.ymSlash, '至今', ' ~ ')}　${j.town ?? ''}`, color: '777777', size: 18 }], { after: 40 }),
      ...j.bullets.map((b) => para([b], { bullet: true, after: 20 })),
    ]),
    mh('學歷'), ...p.education.map((e) => para([{ text: e.school, bold: true }, `　${e.degree}　${D.ymSlash(e.start)} ~ ${D.ymSlash(e.end)}`])),
  ];
  const t = new Table({ borders: noBorders, columnWidths: [6900, 3300], rows: [new TableRow({ height: { value: 14900, rule: HeightRule.ATLEAST }, children: [
    new TableCell({ borders: cellNB, width: { size: 6900, type: WidthType.DXA }, margins: { right: 240 }, children: main }),
    new TableCell({ borders: cellNB, width: { size: 3300, type: WidthType.DXA }, shading: { type: ShadingType.CLEAR, fill: 'F6E9EF', color: 'auto' }, margins: { left: 180, right: 180 }, children: side }),
  ] })] });
  return doc(F, 20, [{ properties: { page: { size: A4, margin: { top: 850, bottom: 850, left: 850, right: 850 } } }, footers: { default: pageNo('第 ', 'Calibri', ' 頁，共 ') }, children: [t] }], '履歷', p.name);
}

/** 简历本-style Word export: header with name and contacts, then a two-column section (info/skills left, career right). */
function docxJianliben(p: Person): Document {
  const F = { ascii: 'Arial', eastAsia: '微软雅黑', hAnsi: 'Arial' };
  const margin = { top: 900, bottom: 900, left: 1000, right: 1000 };
  const lh = (t: string) => para([{ text: t, bold: true, size: 22, color: '1B8A5A' }], { before: 160, after: 60, border: '1B8A5A' });
  const left = [
    lh('基本信息'), para([`性别：男`], { after: 20 }), para([`出生：${p.birth}`], { after: 20 }), ...(p.extras ?? []).map(([k, v]) => para([`${k}：${v}`], { after: 20 })),
    lh('专业技能'), ...p.skills.map((s) => para([s], { bullet: true, after: 20 })),
    lh('证书'), ...p.certs.map((s) => para([s], { after: 20 })),
    lh('语言'), ...p.languages.map((s) => para([s], { after: 20 })),
  ];
  const right = [
    lh('工作经历'),
    ...[...p.jobs].reverse().flatMap((j) => [
      para([{ text: j.company, bold: true }, { text: `　${j.title}` }], { before: 60, after: 0 }),
      para([{ text: range(j, D.dot, '至今', ' ~ '), color: '777777' }], { after: 20 }),
      ...j.bullets.map((b) => para([b], { bullet: true, after: 20 })),
    ]),
    lh('教育经历'), ...p.education.map((e) => para([{ text: e.school, bold: true }, `　${e.degree}　${D.dot(e.start)} ~ ${D.dot(e.end)}`])),
    lh('自我评价'), para([p.summary]),
  ];
  return doc(F, 20, [
    { properties: { page: { size: A4, margin } }, headers: { default: new Header({ children: [para([{ text: '简历本 jianliben · 简历编号 20261103-55871', size: 14, color: 'AAAAAA' }], { align: AlignmentType.RIGHT })] }) }, children: [
      para([{ text: p.name, bold: true, size: 48 }, { text: `　${p.headline}`, size: 24, color: '1B8A5A' }], { after: 60 }),
      para([{ text: `手机：${p.phoneDisplay}　|　邮箱：${p.email}　|　现居：${p.city}`, size: 19 }], { after: 0, border: '1B8A5A' }),
    ] },
    { properties: { type: SectionType.CONTINUOUS, page: { size: A4, margin }, column: { count: 2, equalWidth: false, children: [new Column({ width: 3100, space: 500 }), new Column({ width: 6300 })] } }, children: [...left, new Paragraph({ children: [new ColumnBreak()] }), ...right] },
  ], '简历', p.name);
}

/** Singapore bilingual résumé: English + Chinese name, shaded left column table, NS printed as a job. */
function docxBilingualSg(p: Person): Document {
  const F = { ascii: 'Georgia', eastAsia: '宋体', hAnsi: 'Georgia' };
  const sh = (t: string) => para([{ text: t, bold: true, size: 20, color: 'FFFFFF' }], { before: 200, after: 60 });
  const wt = (t: string) => para([{ text: t, size: 18, color: 'FFFFFF' }], { after: 30 });
  const side = [
    sh('CONTACT 联系'), wt(`HP: ${p.phoneDisplay}`), wt(p.email), wt(p.address),
    sh('PARTICULARS'), wt(`Citizenship: ${p.nationality}`), wt('NS status: Operationally Ready (NSman)'), wt('Notice: 2 months'),
    sh('SKILLS 技能'), ...p.skills.map((s) => wt(`• ${s}`)),
    sh('LANGUAGES 语言'), ...p.languages.map(wt),
    sh('CERTIFICATIONS'), ...p.certs.map(wt),
  ];
  const mh = (t: string) => para([{ text: t, bold: true, size: 24, color: '005F73' }], { before: 200, after: 80, border: '005F73' });
  const main = [
    para([{ text: (p.nameAlt ?? '').toUpperCase(), bold: true, size: 38 }], { after: 0 }),
    para([{ text: p.name, size: 32 }, { text: `   ${p.headline}`, size: 22, color: '005F73' }], { after: 120 }),
    mh('Summary'), para([p.summary]),
    mh('Experience 工作经历'),
    ...[...p.jobs].reverse().flatMap((j) => [
      para([{ text: j.company, bold: true }, { text: `, ${j.town ?? ''}` }], { before: 80, after: 0 }),
      para([{ text: j.title, italics: true }, { text: `  |  ${range(j, D.mon, 'Present', ' – ')}`, color: '555555' }], { after: 40 }),
      ...j.bullets.map((b) => para([b], { bullet: true, after: 20 })),
    ]),
    mh('Education 教育'), ...p.education.map((e) => para([{ text: e.degree, bold: true }, `, ${e.school} (${ym(e.start).y}–${ym(e.end).y})`])),
  ];
  const t = new Table({ borders: noBorders, columnWidths: [3200, 7000], rows: [new TableRow({ height: { value: 15100, rule: HeightRule.ATLEAST }, children: [
    new TableCell({ borders: cellNB, width: { size: 3200, type: WidthType.DXA }, shading: { type: ShadingType.CLEAR, fill: '005F73', color: 'auto' }, margins: { left: 180, right: 180, top: 120 }, children: side }),
    new TableCell({ borders: cellNB, width: { size: 7000, type: WidthType.DXA }, margins: { left: 280 }, children: main }),
  ] })] });
  return doc(F, 19, [{ properties: { page: { size: A4, margin: { top: 800, bottom: 800, left: 850, right: 850 } } }, children: [t] }], 'Resume', p.nameAlt ?? p.name);
}

/** Hong Kong banner CV: a shaded one-row banner with the name in small capitals and the Chinese name; three numbers. */
function docxHkBanner(p: Person): Document {
  const F = { ascii: 'Cambria', eastAsia: '新細明體', hAnsi: 'Cambria' };
  const banner = new Table({ borders: noBorders, columnWidths: [10000], rows: [new TableRow({ children: [new TableCell({ borders: cellNB, width: { size: 10000, type: WidthType.DXA }, shading: { type: ShadingType.CLEAR, fill: '1D3557', color: 'auto' }, margins: { top: 200, bottom: 200, left: 260, right: 260 }, children: [
    para([{ text: `${p.family} ${p.given}`, smallCaps: true, bold: true, size: 40, color: 'FFFFFF' }, { text: `  ${p.name}`, size: 36, color: 'FFFFFF' }], { after: 40 }),
    para([{ text: p.headline, size: 22, color: 'F1FAEE' }], { after: 0 }),
  ] })] })] });
  const phones = [`Mobile 手提: ${p.phoneDisplay}`, ...(p.otherPhones ?? []).map((o) => `${o.label} ${o.labelZh}: ${o.display}`)].join('   |   ');
  const S = (t: string) => para([{ text: t, bold: true, smallCaps: true, size: 25, color: '1D3557' }], { before: 200, after: 80, border: 'A8DADC' });
  const children = [
    banner,
    para([{ text: phones, size: 19 }], { before: 120, after: 20 }),
    para([{ text: `Email 電郵: ${p.email}   |   ${p.address}`, size: 19 }], { after: 120 }),
    S('Career Objective'), para([p.summary]),
    S('Employment History'),
    ...[...p.jobs].reverse().flatMap((j) => [
      para([{ text: `${D.mon(j.start)} – ${j.end ? D.mon(j.end) : 'Present'}`, bold: true }, '\t', { text: j.company, bold: true }], { before: 80, after: 0, tabs: 0 }),
      para([{ text: `${j.title}, ${j.town ?? ''}`, italics: true }], { after: 40 }),
      ...j.bullets.map((b) => para([b], { bullet: true, after: 20 })),
    ]),
    S('Education & Professional Qualifications'),
    ...p.education.map((e) => para([{ text: `${ym(e.start).y} – ${ym(e.end).y}  `, bold: true }, `${e.degree}, ${e.school}`])),
    ...p.certs.map((c) => para([c], { bullet: true, after: 20 })),
    S('Skills'), para([p.skills.join('  ·  ')]),
    S('Languages'), para([p.languages.join('; ')]),
    S('Other Information'), para(['Availability: one month\'s notice   |   Expected salary: HK$58,000 × 13 (negotiable)']),
    S('Referee'), ...(p.referees ?? []).map((r) => para([`${r.name}, ${r.role}, ${r.org} — Tel: ${r.phone}, Email: ${r.email}`])),
  ];
  return doc(F, 21, [{ properties: { page: { size: A4, margin: { top: 900, bottom: 900, left: 950, right: 950 } } }, footers: { default: pageNo('Page ', 'Cambria') }, children }], 'Curriculum Vitae', p.nameAlt ?? p.name);
}

/** WorkBC-style résumé: name with Chinese name and post-nominal in the header, then two section columns with a rule. */
function docxWorkBc(p: Person): Document {
  const F = { ascii: 'Calibri', eastAsia: '微软雅黑', hAnsi: 'Calibri' };
  const margin = { top: 900, bottom: 900, left: 1000, right: 1000 };
  const lh = (t: string) => para([{ text: t.toUpperCase(), bold: true, size: 21, color: '234075' }], { before: 160, after: 60 });
  const left = [
    lh('Contact'), para([p.phoneDisplay], { after: 20 }), para([p.email], { after: 20 }), para([p.address]),
    lh('Technical skills'), ...p.skills.map((s) => para([s], { bullet: true, after: 20 })),
    lh('Languages'), ...p.languages.map((s) => para([s], { after: 20 })),
    lh('Registration'), ...p.certs.map((s) => para([s], { after: 20 })),
  ];
  const right = [
    lh('Summary of qualifications'), para([p.summary]),
    lh('Work experience'),
    ...[...p.jobs].reverse().flatMap((j) => [
      para([{ text: j.title, bold: true }], { before: 60, after: 0 }),
      para([{ text: `${j.company}, ${j.town ?? ''}`, italics: true }], { after: 0 }),
      para([{ text: range(j, D.mon, 'present', ' – '), color: '666666' }], { after: 20 }),
      ...j.bullets.map((b) => para([b], { bullet: true, after: 20 })),
    ]),
    ...(p.breaks ?? []).map((b) => para([{ text: `${D.mon(b.start)} – ${D.mon(b.end)}: ${b.note}`, italics: true, color: '666666' }], { before: 60 })),
    lh('Education'), ...p.education.map((e) => para([{ text: e.degree, bold: true }, `, ${e.school}, ${ym(e.end).y} (WES evaluated: Canadian bachelor's degree)`])),
  ];
  return doc(F, 20, [
    { properties: { page: { size: A4, margin } }, children: [
      para([{ text: `${p.nameAlt} ${p.name}`, bold: true, size: 44, color: '234075' }, { text: `, ${p.postNominals}`, size: 28, color: '234075' }], { after: 20 }),
      para([{ text: p.headline, size: 23 }], { after: 60, border: '234075' }),
    ] },
    { properties: { type: SectionType.CONTINUOUS, page: { size: A4, margin }, column: { count: 2, equalWidth: false, separate: true, children: [new Column({ width: 3000, space: 450 }), new Column({ width: 6450 })] } },
      footers: { default: pageNo(`${p.nameAlt} – Page `, 'Calibri') }, children: [...left, new Paragraph({ children: [new ColumnBreak()] }), ...right] },
  ], 'Resume', p.nameAlt ?? p.name);
}

// ═════════════════════════════ plain-text templates ═════════════════════════════
/** WorkFlowy "Export → plain text" outline (dash bullets, two-space indents). */
function txtWorkflowy(p: Person): string {
  const o: string[] = [];
  o.push(`- ${p.id === 'p14' ? `${p.nameAlt} ${p.name}` : fullName(p)} – CV`);
  o.push(`  - Contact`, `    - Mobile: ${p.phoneDisplay}`, ...(p.otherPhones ?? []).map((x) => `    - ${x.label}: ${x.display}`), `    - Email: ${p.email}`, `    - ${p.address}`);
  o.push(`  - Summary`, `    - ${p.summary}`);
  o.push(`  - Experience`);
  for (const j of [...p.jobs].reverse()) {
    o.push(`    - ${j.title}, ${j.company} (${range(j, D.mon, 'present', ' – ')})`);
    for (const b of j.bullets) o.push(`      - ${b}`);
  }
  o.push(`  - Education`, ...p.education.map((e) => `    - ${e.degree}, ${e.school} (${ym(e.end).y})`));
  o.push(`  - Skills`, ...p.skills.map((s) => `    - ${s}`));
  o.push(`  - Languages`, ...p.languages.map((s) => `    - ${s}`));
  if (p.certs.length) o.push(`  - Certifications`, ...p.certs.map((s) => `    - ${s}`));
  return o.join('\n') + '\n';
}

/** vCard contact block (as exported from a contacts/CRM app) followed by the plain-text CV pasted into the notes. */
function txtVcard(p: Person): string {
  const fn = p.language === 'mixed' ? `${p.nameAlt} ${p.name}` : p.name;
  const v = ['BEGIN:VCARD', 'VERSION:3.0', `N:${p.family ?? ''};${p.given ?? ''};;;`, `FN:${fn}`, `TITLE:${p.headline}`,
    `TEL;TYPE=CELL:${p.phoneDisplay}`, ...(p.otherPhones ?? []).map((o) => `TEL;TYPE=WORK:${o.display}`), `EMAIL;TYPE=INTERNET:${p.email}`,
    `ADR;TYPE=HOME:;;${p.address.replace(/,/g, '\\,')};;;;`, 'END:VCARD'];
  const o: string[] = [...v, '', fn.toUpperCase(), p.headline, ''];
  o.push('SUMMARY', p.summary, '', 'EXPERIENCE');
  for (const j of [...p.jobs].reverse()) {
    o.push(`${range(j, D.iso, 'now', ' to ')}  ${j.title}`, `    ${j.company}${j.town ? ` (${j.town})` : ''}`, ...j.bullets.map((b) => `    * ${b}`));
  }
  for (const b of p.breaks ?? []) o.push(`${b.start} to ${b.end}  (${b.note})`);
  o.push('', 'EDUCATION', ...p.education.map((e) => `${e.start} to ${e.end}  ${e.degree}, ${e.school}`));
  o.push('', 'SKILLS', p.skills.join(', '), '', 'LANGUAGES', p.languages.join(', '));
  if (p.certs.length) o.push('', 'CERTIFICATIONS', ...p.certs);
  return o.join('\r\n') + '\r\n';
}

/** DokuWiki page source (a personal wiki / intranet profile page). */
function txtDokuwiki(p: Person): string {
  const name = p.language === 'mixed' ? `${p.nameAlt} ${p.name}${p.postNominals ? `, ${p.postNominals}` : ''}` : p.name;
  const o = [`====== ${name} ======`, '', `//${p.headline}//`, '', '^ Mobile ^ Email ^ Location ^', `| ${p.phoneDisplay} | [[${p.email}]] | ${p.address} |`, '',
    '===== Summary =====', p.summary, '', '===== Employment ====='];
  for (const j of [...p.jobs].reverse()) {
    o.push(`==== ${j.title} — ${j.company} ====`, `**${range(j, D.mon, 'Present', ' – ')}**${j.town ? ` · ${j.town}` : ''}`, ...j.bullets.map((b) => `  * ${b}`), '');
  }
  for (const b of p.breaks ?? []) o.push(`//${D.mon(b.start)} – ${D.mon(b.end)}: ${b.note}//`, '');
  o.push('===== Education =====', ...p.education.map((e) => `  * **${e.degree}**, ${e.school} (${ym(e.start).y}–${ym(e.end).y})`), '');
  o.push('===== Skills =====', ...p.skills.map((s) => `  * ${s}`), '', '===== Tickets, licences and certificates =====', ...p.certs.map((s) => `  * ${s}`), '');
  o.push('===== Languages =====', p.languages.join(' \\\\ '), '', '----', `//Last modified: 2026/10/21 09:14 by ${p.id === 'p05' ? 'bkavanagh' : 'hliu'}//`);
  return o.join('\n') + '\n';
}

/** 幕布 (Mubu) outline exported as plain text: tab-indented nodes. */
function txtMubu(p: Person): string {
  const o = [`${p.name}的简历`, `\t基本信息`, `\t\t${p.gender === 'f' ? '女' : '男'}，${p.birth ?? ''}，${(p.extras ?? []).map(([k, v]) => `${k}${v}`).join('，')}`,
    `\t\t手机：${p.phoneDisplay}`, `\t\t邮箱：${p.email}`, `\t\t地址：${p.address}`, `\t求职意向`, `\t\t${p.headline}（${p.city}）`, `\t工作经历`];
  for (const j of [...p.jobs].reverse()) {
    o.push(`\t\t${range(j, D.zh, '至今', ' - ')}　${j.company}　${j.title}`, ...j.bullets.map((b) => `\t\t\t${b}`));
  }
  for (const b of p.breaks ?? []) o.push(`\t\t${D.zh(b.start)} - ${D.zh(b.end)}　${b.note}（待业）`);
  o.push(`\t教育背景`, ...p.education.map((e) => `\t\t${D.zh(e.start)} - ${D.zh(e.end)}　${e.school}　${e.degree}`));
  o.push(`\t专业技能`, ...p.skills.map((s) => `\t\t${s}`));
  o.push(`\t证书/语言`, `\t\t${[...p.certs, ...p.languages].join('；')}`);
  o.push(`\t自我评价`, `\t\t${p.summary}`);
  return o.join('\n') + '\n';
}

/** 锤子便签 (Smartisan Notes) plain-text note: first line as title, ■ section markers. */
function txtChuizi(p: Person): string {
  const o = [`${p.name} 简历`, '', `${p.gender === 'f' ? '女' : '男'} / ${p.birth} / ${(p.extras ?? []).slice(0, 2).map(([, v]) => v).join(' / ')}`,
    `手机 ${p.phoneDisplay}（微信同号）`, ...(p.otherPhones ?? []).map((x) => `${x.labelZh} ${x.display}`), `邮箱 ${p.email}`, `住址 ${p.address}`, '',
    '■ 求职意向', p.headline, '', '■ 工作经历'];
  for (const j of [...p.jobs].reverse()) o.push(`${range(j, D.dot, '至今', '～')} ${j.company} ${j.title}`, ...j.bullets.map((b) => `  - ${b}`));
  o.push('', '■ 教育', ...p.education.map((e) => `${D.dot(e.start)}～${D.dot(e.end)} ${e.school} ${e.degree}`));
  o.push('', '■ 技能', p.skills.join(' / '), '', '■ 证书', p.certs.join('，'), '', '■ 自我评价', p.summary, '', `证明人：${p.referees?.[0]?.name}（${p.referees?.[0]?.role}）${p.referees?.[0]?.phone}`);
  return o.join('\n') + '\n';
}

// ═════════════════════════════ plan ═════════════════════════════
type Producer = 'chromium' | 'docx' | 'txt';
type LayoutKey = 'single' | 'twocol' | 'table';
const HTML: Record<string, [LayoutKey, (p: Person) => string]> = {
  resumenow: ['twocol', htmlResumeNow], rightrail: ['twocol', htmlRightRail], topcv: ['twocol', htmlTopcv], foundit: ['twocol', htmlFoundit],
  gridbanner: ['twocol', htmlGridBanner], classicsc: ['single', htmlClassicSc], aapa: ['single', htmlAapa], berlin: ['single', htmlBerlin],
  s24365: ['single', html24365], richtw: ['single', htmlRichTw], dualname: ['single', htmlDualName], jianlizh: ['single', htmlJianliZh],
  vendortable: ['table', htmlVendorTable],
};
const DOCX: Record<string, [LayoutKey, (p: Person) => Document]> = {
  careerswales: ['single', docxCareersWales], nsworks: ['twocol', docxNsWorks], swiss: ['twocol', docxSwiss], workforceau: ['single', docxWorkforceAu],
  mwow: ['twocol', docxMwow], mizhi: ['twocol', docxMizhi], gerenjianli: ['table', docxGerenJianli], officetw: ['twocol', docxOfficeTw],
  jianliben: ['twocol', docxJianliben], bilingualsg: ['twocol', docxBilingualSg], hkbanner: ['single', docxHkBanner], workbc: ['twocol', docxWorkBc],
};
const TXT: Record<string, (p: Person) => string> = { workflowy: txtWorkflowy, vcard: txtVcard, dokuwiki: txtDokuwiki, mubu: txtMubu, chuizi: txtChuizi };

const plan: Record<string, string[]> = {
  p01: ['docx:careerswales', 'html:classicsc', 'html:resumenow'],
  p02: ['html:aapa', 'html:resumenow', 'txt:workflowy'],
  p03: ['docx:nsworks', 'html:rightrail', 'txt:vcard'],
  p04: ['docx:swiss', 'html:classicsc'],
  p05: ['docx:workforceau', 'html:resumenow', 'txt:dokuwiki'],
  p06: ['docx:mwow', 'html:rightrail', 'html:classicsc'],
  p07: ['html:berlin', 'html:resumenow', 'txt:vcard'],
  p08: ['docx:mizhi', 'html:topcv', 'html:s24365', 'txt:mubu'],
  p09: ['docx:gerenjianli', 'html:jianlizh', 'txt:chuizi'],
  p10: ['docx:officetw', 'html:richtw', 'html:topcv'],
  p11: ['docx:jianliben', 'html:vendortable', 'html:s24365'],
  p12: ['html:topcv', 'html:jianlizh', 'txt:mubu'],
  p13: ['html:foundit', 'html:gridbanner', 'html:dualname', 'txt:vcard'],
  p14: ['docx:bilingualsg', 'html:foundit', 'txt:workflowy'],
  p15: ['docx:hkbanner', 'html:gridbanner', 'html:dualname'],
  p16: ['docx:workbc', 'html:gridbanner', 'txt:dokuwiki'],
};

interface DocTruth { file: string; person: string; template: string; layout: 'single' | 'two-column' | 'table'; producer: 'chromium' | 'docx' | 'libreoffice' | 'txt'; language: string }
const layoutName = (l: LayoutKey) => (l === 'twocol' ? 'two-column' : l) as DocTruth['layout'];

async function main() {
  const force = process.argv.includes('--force');
  if (existsSync(manifestPath) && !force) {
    console.error(`${path.relative(process.cwd(), manifestPath)} exists: this set is frozen. Pass --force to regenerate.`);
    process.exit(1);
  }
  rmSync(docsDir, { recursive: true, force: true });
  mkdirSync(docsDir, { recursive: true });
  const html: [string, string][] = [];
  const docs: DocTruth[] = [];
  for (const p of people) {
    for (const item of plan[p.id]) {
      const [kind, template] = item.split(':') as ['html' | 'docx' | 'txt', string];
      if (kind === 'html') {
        const [layout, fn] = HTML[template];
        const file = `${p.id}-${layout}-${template}.pdf`;
        html.push([file, fn(p)]);
        docs.push({ file, person: p.id, template, layout: layoutName(layout), producer: 'chromium', language: p.language });
      } else if (kind === 'docx') {
        const [layout, fn] = DOCX[template];
        const base = `${p.id}-${layout}-${template}`;
        writeFileSync(path.join(docsDir, `${base}.docx`), await Packer.toBuffer(fn(p)));
        docs.push({ file: `${base}.docx`, person: p.id, template, layout: layoutName(layout), producer: 'docx', language: p.language });
        docs.push({ file: `${base}.pdf`, person: p.id, template, layout: layoutName(layout), producer: 'libreoffice', language: p.language });
      } else {
        const file = `${p.id}-single-${template}.txt`;
        writeFileSync(path.join(docsDir, file), TXT[template](p), 'utf8');
        docs.push({ file, person: p.id, template, layout: 'single', producer: 'txt', language: p.language });
      }
    }
  }
  await printHtml(docsDir, html);
  exportDocxToPdf(docsDir);
  const skillsOf = (p: Person) => p.skills.map((s) => [s, ...(p.skillAlt?.[s] ?? [])].join(' | '));
  const truth = {
    referenceDate: REFERENCE,
    people: people.map((p) => ({
      id: p.id, language: p.language, name: p.name, email: p.email, phone: p.phone, skills: skillsOf(p),
      work: p.jobs.map((j: Job) => ({ company: j.company, start: j.start, end: j.end })),
      yearsOfExperience: yearsWorked(p.jobs, REFERENCE),
    })),
    documents: docs,
  };
  writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  writeFileSync(manifestPath, JSON.stringify(manifestOf(docsDir, docs.map((d) => d.file)), null, 2) + '\n');
  console.log(`heldout-37: ${docs.length} documents for ${people.length} people`);
}

await main();
