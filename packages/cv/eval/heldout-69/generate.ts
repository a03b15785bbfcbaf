/**
 * heldout-69 generator: writes documents/, truth.json and manifest.json.
 * Run from packages/cv:  npx tsx eval/heldout-69/generate.ts [--force]
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType, BorderStyle, Document, Footer, Header, Packer, Paragraph, ShadingType, Table, TableCell, TableRow,
  TabStopType, TextRun, Textbox, VerticalAlign, VerticalMergeType, WidthType, PageNumber, ColumnBreak,
} from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people, type Job, type Person } from './people.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(here, 'documents');
const REF = '2026-12';
if (existsSync(path.join(here, 'manifest.json')) && !process.argv.includes('--force')) {
  console.error('manifest.json exists — refusing to overwrite without --force');
  process.exit(1);
}
rmSync(docs, { recursive: true, force: true });
mkdirSync(docs, { recursive: true });

type Layout = 'single' | 'two-column' | 'table';
const short: Record<Layout, string> = { single: 'single', 'two-column': 'twocol', table: 'table' };
const P = (id: string) => people.find((p) => p.id === id)!;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// ---------- dates ----------
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MES = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'];
type DS = 'Mon YYYY' | 'Month YYYY' | 'MM/YYYY' | 'YYYY.MM' | 'zhYM' | 'MM.YYYY' | 'YYYY/MM' | 'MM/YY' | 'YYYY-MM' | 'mes YYYY' | 'YYYY.M';
function d(ym: string | null, s: DS, present: string): string {
  if (ym === null) return present;
  const y = ym.slice(0, 4), m = ym.slice(5, 7), mi = Number(m) - 1;
  switch (s) {
    case 'Mon YYYY': return `${MON[mi]} ${y}`;
    case 'Month YYYY': return `${MONTH[mi]} ${y}`;
    case 'MM/YYYY': return `${m}/${y}`;
    case 'YYYY.MM': return `${y}.${m}`;
    case 'YYYY.M': return `${y}.${mi + 1}`;
    case 'zhYM': return `${y}年${mi + 1}月`;
    case 'MM.YYYY': return `${m}.${y}`;
    case 'YYYY/MM': return `${y}/${m}`;
    case 'MM/YY': return `${m}/${y.slice(2)}`;
    case 'YYYY-MM': return `${y}-${m}`;
    case 'mes YYYY': return `${MES[mi]}. ${y}`;
  }
}
const span = (j: Job, s: DS, present: string, sep = ' – ') => `${d(j.start, s, present)}${sep}${d(j.end, s, present)}`;
const rev = (p: Person) => [...p.work].reverse();

// ---------- shared HTML bits ----------
const FONT = `"Noto Sans","Noto Sans CJK SC","Noto Sans CJK TC","Noto Sans CJK KR","DejaVu Sans",sans-serif`;
const page = (css: string, body: string, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>*{box-sizing:border-box}body{margin:0;font-family:${FONT};font-size:10pt;color:#222;line-height:1.35}ul{margin:2px 0 0 0;padding-left:16px}li{margin:1px 0}h1,h2,h3,p{margin:0}${css}</style></head><body>${body}</body></html>`;
const ICON: Record<string, string> = {
  phone: '<path d="M6.6 10.8a15 15 0 0 0 6.6 6.6l2.2-2.2c.3-.3.7-.4 1-.2 1.1.4 2.3.6 3.6.6.6 0 1 .4 1 1V20c0 .6-.4 1-1 1A17 17 0 0 1 3 4c0-.6.4-1 1-1h3.5c.6 0 1 .4 1 1 0 1.3.2 2.5.6 3.6.1.3 0 .7-.2 1z"/>',
  mail: '<path d="M3 5h18v14H3z" fill="none" stroke="currentColor" stroke-width="2"/><path d="M3 6l9 7 9-7" fill="none" stroke="currentColor" stroke-width="2"/>',
  pin: '<path d="M12 2a7 7 0 0 0-7 7c0 5 7 13 7 13s7-8 7-13a7 7 0 0 0-7-7zm0 9.5A2.5 2.5 0 1 1 12 6.5a2.5 2.5 0 0 1 0 5z"/>',
  home: '<path d="M12 3l9 8h-3v9h-5v-6h-2v6H6v-9H3z"/>',
  chat: '<path d="M4 4h16v11H8l-4 4z"/>',
  desk: '<path d="M3 6h18v3H3zM5 9h2v10H5zM17 9h2v10h-2z"/>',
  fax: '<path d="M6 3h9l3 3v4H6zM4 10h16v9H4z"/>',
};
const icon = (k: string, c = 'currentColor', sz = 11) => `<svg width="${sz}" height="${sz}" viewBox="0 0 24 24" fill="${c}" style="vertical-align:-1px;color:${c}">${ICON[k]}</svg>`;
const photo = (w: number, h: number, bg = '#d9dde3', round = false) =>
  `<svg width="${w}" height="${h}" viewBox="0 0 60 75" preserveAspectRatio="xMidYMid slice" style="display:block;${round ? 'border-radius:50%;' : ''}background:${bg}"><circle cx="30" cy="28" r="13" fill="#9aa3ad"/><path d="M6 75c2-18 12-26 24-26s22 8 24 26z" fill="#9aa3ad"/></svg>`;
function qr(seed: string, size = 84): string {
  let h = 0; for (const c of seed) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  const n = 25, u = size / n; let cells = '';
  const finder = (x: number, y: number) => `<rect x="${x * u}" y="${y * u}" width="${7 * u}" height="${7 * u}" fill="#000"/><rect x="${(x + 1) * u}" y="${(y + 1) * u}" width="${5 * u}" height="${5 * u}" fill="#fff"/><rect x="${(x + 2) * u}" y="${(y + 2) * u}" width="${3 * u}" height="${3 * u}" fill="#000"/>`;
  for (let y = 0; y < n; y++) for (let x = 0; x < n; x++) {
    if ((x < 8 && y < 8) || (x > 16 && y < 8) || (x < 8 && y > 16)) continue;
    h = (h * 1103515245 + 12345) >>> 0;
    if ((h >>> 16) & 1) cells += `<rect x="${x * u}" y="${y * u}" width="${u}" height="${u}"/>`;
  }
  return `<svg width="${size}" height="${size}" viewBox="0 0 ${size} ${size}" style="background:#fff;display:block">${cells}${finder(0, 0)}${finder(18, 0)}${finder(0, 18)}</svg>`;
}
const other = (p: Person, i: number) => p.others[i];

// =====================================================================================================
// Chromium templates
// =====================================================================================================
type Out = { kind: 'html'; html: string } | { kind: 'docx'; doc: Document } | { kind: 'txt'; text: string };
interface Tpl { name: string; layout: Layout; make: (p: Person) => Out }

// 1. Brazilian currículo, left rail: photo box, name under it, "Dados"-style contact with recado number, icons only
const brRecadoRail: Tpl = { name: 'br-recado-rail', layout: 'two-column', make: (p) => {
  const js = rev(p).map((j) => `<div class="job"><div class="when">${span(j, 'MM/YYYY', 'atual (present)', ' a ')}</div><div class="co">${esc(j.company)}</div><div class="ti">${esc(j.title)} · ${esc(j.city)}</div><ul>${j.duties.map((x) => `<li>${esc(x)}</li>`).join('')}</ul></div>`).join('');
  return { kind: 'html', html: page(`.w{display:flex;min-height:260mm}.rail{width:64mm;background:#1f4e5f;color:#eef;padding:8mm 5mm}.main{flex:1;padding:6mm 7mm}
  .rail .ph{margin:0 auto 4mm;width:34mm;border:2px solid #fff}.nm{font-size:15pt;font-weight:700;line-height:1.15;text-align:center}.nk{text-align:center;font-size:9pt;color:#bfe;margin:2px 0 5mm}
  .ci{display:flex;gap:6px;margin:3px 0;font-size:8.6pt}.ci svg{flex:none;margin-top:2px}.rail h3{font-size:9pt;letter-spacing:1px;border-bottom:1px solid #6aa;margin:5mm 0 2mm;padding-bottom:1px}
  .rail li{font-size:8.6pt}.main h2{color:#1f4e5f;font-size:11pt;border-bottom:2px solid #1f4e5f;margin:4mm 0 2mm}.job{margin-bottom:3mm}.when{font-size:8.5pt;color:#777}.co{font-weight:700}.ti{font-style:italic}`,
  `<div class="w"><aside class="rail"><div class="ph">${photo(128, 160)}</div><div class="nm">${esc(p.name)}</div><div class="nk">“${p.nick}”</div>
  <div class="ci">${icon('phone', '#fff')}<span>${p.mobileLocal}</span></div>
  <div class="ci">${icon('chat', '#7f7')}<span>${p.messenger!.id}</span></div>
  <div class="ci">${icon('home', '#fff')}<span>${other(p, 0).number}</span></div>
  <div class="ci">${icon('phone', '#fc6')}<span>${other(p, 1).number} (recado – falar c/ Dona Lúcia)</span></div>
  <div class="ci">${icon('mail', '#fff')}<span>${p.email}</span></div>
  <div class="ci">${icon('pin', '#fff')}<span>${esc(p.address)}</span></div>
  <h3>SKILLS</h3><ul>${p.skills.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
  <h3>LANGUAGES</h3><ul>${p.languages.map((s) => `<li>${esc(s)}</li>`).join('')}</ul></aside>
  <main class="main"><div style="font-size:9pt;color:#555">CURRÍCULO · ${esc(p.headline)}</div>
  <h2>PROFESSIONAL EXPERIENCE</h2>${js}
  <h2>EDUCATION</h2>${p.education.map((e) => `<div><b>${esc(e.degree)}</b> — ${esc(e.school)}, ${d(e.start, 'MM/YYYY', '')} a ${d(e.end, 'MM/YYYY', '')}</div>`).join('')}
  <h2>COURSES</h2><div>${(p.extra ?? []).join('<br>')}</div>
  <h2>REFERENCE</h2><div>Marcos Tavares — Transportadora Rota Sul · ${other(p, 2).number}</div></main></div>`) };
} };

// 2. QR caption rail (right): contact only as a QR card caption + icon lines; name as a big two-line heading
const qrCaptionRail: Tpl = { name: 'qr-caption-rail', layout: 'two-column', make: (p) => {
  const [first, ...restName] = p.familyCaps!.split(' ');
  const js = rev(p).map((j) => `<div class="job"><div class="top"><b>${esc(j.title)}</b><span>${span(j, 'Mon YYYY', 'Present', ' — ')}</span></div><div class="co">${esc(j.company)} <span class="city">| ${esc(j.city)}</span></div><ul>${j.duties.map((x) => `<li>${esc(x)}</li>`).join('')}</ul></div>`).join('');
  return { kind: 'html', html: page(`.g{display:grid;grid-template-columns:1fr 58mm;gap:0;min-height:262mm}.m{padding:2mm 7mm 0 0}.r{background:#f3efe6;padding:6mm 5mm;border-left:3px solid #b5893a}
  .nm{font-size:22pt;line-height:1.05;font-weight:300}.nm b{font-weight:800;letter-spacing:1px}.hl{color:#b5893a;font-weight:600;margin:2mm 0 5mm}
  h2{font-size:10.5pt;text-transform:uppercase;letter-spacing:2px;color:#b5893a;margin:5mm 0 2mm}.top{display:flex;justify-content:space-between}.top span{font-size:8.8pt;color:#555;white-space:nowrap}.co{color:#333}.city{color:#888}.job{margin-bottom:3mm}
  .card{background:#fff;border:1px solid #ddd;padding:3mm;text-align:center}.card .cap{font-size:8pt;margin-top:2mm;line-height:1.3}.ln{font-size:8.5pt;margin:2px 0}.r h3{font-size:9pt;margin:5mm 0 1mm;text-transform:uppercase;letter-spacing:1px}.r li{font-size:8.5pt}`,
  `<div class="g"><div class="m"><div class="nm">${esc(first)} <b>${esc(restName.join(' '))}</b></div><div class="hl">${esc(p.headline)}</div>
  <h2>Experience</h2>${js}<h2>Education</h2>${p.education.map((e) => `<div><b>${esc(e.degree)}</b><br>${esc(e.school)} · ${e.start.slice(0, 4)}–${e.end.slice(0, 4)}</div>`).join('')}
  ${p.extra ? `<h2>Certifications</h2><div>${p.extra.join(' · ')}</div>` : ''}</div>
  <aside class="r"><div class="card">${qr(p.email, 110)}<div class="cap">Scan to save my contact<br><b>${p.mobileLocal}</b><br>${p.email}</div></div>
  <div style="margin-top:4mm">${p.others.slice(0, 2).map((o) => `<div class="ln">${icon(o.label.startsWith('Office') || o.label.startsWith('Plant') ? 'desk' : 'home', '#b5893a')} ${o.number}</div>`).join('')}
  <div class="ln">${icon('pin', '#b5893a')} ${esc(p.address)}</div></div>
  <h3>Skills</h3><ul>${p.skills.map((s) => `<li>${esc(s)}</li>`).join('')}</ul><h3>Languages</h3><ul>${p.languages.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
  <h3>Referee</h3><div style="font-size:8.5pt">${esc(p.others[2].label.replace(/^.*— /, ''))}<br>${p.others[2].number}</div></aside></div>`) };
} };

// 3. Banner with the family name in capitals (first names small above it); contact in the left column as icon rows
const bannerSurname: Tpl = { name: 'banner-surname', layout: 'two-column', make: (p) => {
  const caps = p.familyCaps!; const cut = caps.search(/\s[A-ZÀ-Ý]{2,}/);
  const given = caps.slice(0, cut), fam = caps.slice(cut + 1);
  const js = rev(p).map((j) => `<div class="job"><div class="d">${span(j, 'Month YYYY', 'Present', ' to ')}</div><div><b>${esc(j.company)}</b>, ${esc(j.city)}</div><div class="t">${esc(j.title)}</div><ul>${j.duties.map((x) => `<li>${esc(x)}</li>`).join('')}</ul></div>`).join('');
  return { kind: 'html', html: page(`.ban{background:#6b1d3a;color:#fff;padding:6mm 8mm}.gv{font-size:12pt;letter-spacing:3px}.fm{font-size:26pt;font-weight:800;letter-spacing:2px;line-height:1.1}.nk{font-size:9pt;opacity:.8}
  .cols{display:flex}.l{width:62mm;padding:5mm 5mm;background:#f6eef1}.r{flex:1;padding:5mm 0 0 7mm}.row{display:flex;gap:5px;font-size:8.6pt;margin:2px 0}
  h2{font-size:10pt;color:#6b1d3a;text-transform:uppercase;margin:4mm 0 2mm;border-bottom:1px solid #6b1d3a}.d{font-size:8.6pt;color:#6b1d3a;font-weight:600}.t{font-style:italic}.job{margin-bottom:3mm}.l li{font-size:8.6pt}`,
  `<header class="ban"><div class="gv">${esc(given)}</div><div class="fm">${esc(fam)}</div><div class="nk">“${esc(p.nick ?? '')}” · ${esc(p.headline)}</div></header>
  <div class="cols"><aside class="l"><h2>Contact</h2>
  <div class="row">${icon('phone', '#6b1d3a')}<span>${p.mobileIntl}</span></div>
  ${p.others.map((o) => `<div class="row">${icon(/fax/i.test(o.label) ? 'fax' : /W\)|trunk|Hospital/i.test(o.label) ? 'desk' : /Viber/.test(o.label) ? 'chat' : 'home', '#6b1d3a')}<span>${o.number}</span></div>`).join('')}
  <div class="row">${icon('mail', '#6b1d3a')}<span>${p.email}</span></div><div class="row">${icon('pin', '#6b1d3a')}<span>${esc(p.address)}</span></div>
  <h2>Skills</h2><ul>${p.skills.map((s) => `<li>${esc(s)}</li>`).join('')}</ul><h2>Languages</h2><ul>${p.languages.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
  ${p.extra ? `<h2>Licences</h2><ul>${p.extra.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>` : ''}</aside>
  <main class="r"><h2>Work history</h2>${js}<h2>Education</h2>${p.education.map((e) => `<div><b>${esc(e.degree)}</b>, ${esc(e.school)} (${e.end.slice(0, 4)})</div>`).join('')}</main></div>`) };
} };

// 4. Taiwanese 履歷 with a left column: photo box, Chinese + English name under it, contact icons with no labels
const twIconColumn: Tpl = { name: 'tw-icon-column', layout: 'two-column', make: (p) => {
  const js = rev(p).map((j) => `<div class="job"><div class="h"><b>${esc(j.company)}</b><span>${span(j, 'YYYY/MM', '現在', ' ~ ')}</span></div><div class="t">${esc(j.title)}｜${esc(j.city)}</div><ul>${j.duties.map((x) => `<li>${esc(x)}</li>`).join('')}</ul></div>`).join('');
  return { kind: 'html', html: page(`body{font-family:"Noto Sans CJK TC",${FONT}}.g{display:grid;grid-template-columns:60mm 1fr;min-height:262mm}.l{background:#2d3a4a;color:#fff;padding:8mm 5mm}.ph{width:32mm;margin:0 auto 4mm;border-radius:4px;overflow:hidden}
  .nm{text-align:center;font-size:18pt;font-weight:700;letter-spacing:4px}.en{text-align:center;font-size:9pt;color:#9cc;margin-bottom:5mm}.it{display:flex;gap:6px;font-size:8.6pt;margin:3px 0}.it svg{flex:none;margin-top:2px}
  .l h3{font-size:10pt;border-bottom:1px solid #5a6f87;margin:5mm 0 2mm}.tag{display:inline-block;border:1px solid #9cc;border-radius:8px;padding:0 6px;margin:2px;font-size:8.4pt}
  .r{padding:6mm 0 0 7mm}h2{font-size:12pt;color:#2d3a4a;border-left:4px solid #3aa0a0;padding-left:6px;margin:3mm 0 3mm}.h{display:flex;justify-content:space-between}.h span{color:#3aa0a0;font-size:9pt}.t{color:#555}.job{margin-bottom:4mm}`,
  `<div class="g"><aside class="l"><div class="ph">${photo(121, 151)}</div><div class="nm">${esc(p.name)}</div><div class="en">${esc(p.enName ?? '')}</div>
  <div class="it">${icon('phone', '#3fc')}<span>${p.mobileLocal}</span></div>
  <div class="it">${icon('home', '#fff')}<span>${other(p, 0).number}</span></div>
  <div class="it">${icon('desk', '#fff')}<span>${other(p, 1).number}</span></div>
  <div class="it">${icon('fax', '#fff')}<span>${other(p, 2).number}</span></div>
  <div class="it">${icon('chat', '#3f3')}<span>${p.messenger!.id}</span></div>
  <div class="it">${icon('mail', '#fff')}<span>${p.email}</span></div>
  <div class="it">${icon('pin', '#fff')}<span>${esc(p.address)}</span></div>
  <h3>專長</h3>${p.skills.map((s) => `<span class="tag">${esc(s)}</span>`).join('')}
  <h3>語言</h3>${p.languages.map((s) => `<div style="font-size:8.6pt">${esc(s)}</div>`).join('')}
  ${p.extra ? `<h3>證照</h3>${p.extra.map((s) => `<div style="font-size:8.6pt">${esc(s)}</div>`).join('')}` : ''}</aside>
  <main class="r"><div style="color:#3aa0a0;font-weight:700">${esc(p.headline)}</div><h2>工作經歷</h2>${js}
  <h2>學歷</h2>${p.education.map((e) => `<div><b>${esc(e.school)}</b>　${esc(e.degree)}<br><span style="color:#777">${d(e.start, 'YYYY/MM', '')} ~ ${d(e.end, 'YYYY/MM', '')}</span></div>`).join('')}</main></div>`, 'zh-Hant') };
} };

// 5. Mainland 简历: left column opens with a WeChat QR whose caption carries the number ("微信同号")
const wechatQrLeft: Tpl = { name: 'wechat-qr-left', layout: 'two-column', make: (p) => {
  const js = rev(p).map((j) => `<div class="job"><div class="h"><span class="dt">${span(j, 'YYYY.MM', '至今', ' - ')}</span><b>${esc(j.company)}</b><span class="ti">${esc(j.title)}</span></div><ol>${j.duties.map((x) => `<li>${esc(x)}</li>`).join('')}</ol></div>`).join('');
  const wx = p.messenger?.app === '微信' ? p.messenger.id : '';
  return { kind: 'html', html: page(`body{font-family:"Noto Sans CJK SC",${FONT}}.g{display:flex;min-height:262mm}.l{width:56mm;border-right:1px dashed #c33;padding:4mm 5mm 0 0}.r{flex:1;padding:0 0 0 6mm}
  .qrw{width:40mm;margin:0 auto;text-align:center}.cap{font-size:8pt;color:#555;margin-top:1mm;line-height:1.35}.l h3{font-size:10pt;color:#c33;margin:5mm 0 2mm}.l div.v{font-size:8.6pt;margin:2px 0}
  .nm{font-size:24pt;font-weight:700;letter-spacing:6px}.yx{font-size:10pt;color:#c33;margin:1mm 0 4mm}h2{font-size:11pt;background:#c33;color:#fff;display:inline-block;padding:1px 10px;margin:4mm 0 2mm}
  .h{display:grid;grid-template-columns:38mm 1fr auto;gap:4px}.dt{color:#777;font-size:9pt}.ti{color:#c33}.job{margin-bottom:3mm}ol{margin:1px 0 0 0;padding-left:18px}`,
  `<div class="g"><aside class="l"><div class="qrw">${qr(p.id + p.email, 140)}<div class="cap">扫一扫 加我微信<br>${wx === '同手机号' ? `微信同号 ${p.mobileLocal}` : `微信号 ${esc(wx)}<br>${p.mobileLocal}`}</div></div>
  <h3>其他联系方式</h3>${p.others.map((o) => `<div class="v">${esc(o.zh ?? o.label)}：${o.number}</div>`).join('')}<div class="v">${p.email}</div><div class="v">${esc(p.address)}</div>
  <h3>专业技能</h3>${p.skills.map((s) => `<div class="v">◆ ${esc(s)}</div>`).join('')}<h3>语言</h3>${p.languages.map((s) => `<div class="v">${esc(s)}</div>`).join('')}</aside>
  <main class="r"><div class="nm">${esc(p.name)}</div><div class="yx">求职意向：${esc(p.headline)}</div>
  <h2>工作经历</h2>${js}<h2>教育背景</h2>${p.education.map((e) => `<div class="h"><span class="dt">${d(e.start, 'YYYY.MM', '')} - ${d(e.end, 'YYYY.MM', '')}</span><b>${esc(e.school)}</b><span>${esc(e.degree)}</span></div>`).join('')}
  <h2>自我评价</h2><p>做事踏实，沟通顺畅，能承受工作压力。</p></main></div>`, 'zh-CN') };
} };

// 6. Bilingual flex CV: Chinese name beside the English name in a header, contact in a right column with messenger
const bilingualNameFlex: Tpl = { name: 'bilingual-name-flex', layout: 'two-column', make: (p) => {
  const js = rev(p).map((j) => `<div class="job"><div class="dt">${span(j, 'MM/YYYY', 'Present 至今', ' – ')}</div><div><b>${esc(j.title)}</b></div><div class="co">${esc(j.company)} · ${esc(j.city)}</div><ul>${j.duties.map((x) => `<li>${esc(x)}</li>`).join('')}</ul></div>`).join('');
  return { kind: 'html', html: page(`.hd{display:flex;align-items:baseline;gap:5mm;border-bottom:3px solid #0b6e4f;padding-bottom:2mm}.zh{font-size:24pt;font-weight:700;font-family:"Noto Sans CJK SC",${FONT}}.en{font-size:15pt;color:#0b6e4f}.hl{margin-left:auto;color:#666}
  .w{display:flex;gap:7mm;margin-top:4mm}.m{flex:1}.s{width:60mm;background:#eef6f2;padding:4mm}h2{font-size:10pt;color:#0b6e4f;margin:3mm 0 2mm;text-transform:uppercase}.dt{font-size:8.6pt;color:#0b6e4f}.co{color:#555}.job{margin-bottom:3mm}
  .kv{font-size:8.6pt;margin:3px 0}.kv i{display:block;font-style:normal;color:#0b6e4f;font-size:7.5pt}.s li{font-size:8.6pt}`,
  `<header class="hd"><span class="zh">${esc(p.name)}</span><span class="en">${esc(p.enName!)}</span><span class="hl">${esc(p.headline)}</span></header>
  <div class="w"><main class="m"><h2>Experience 工作经历</h2>${js}<h2>Education 教育</h2>${p.education.map((e) => `<div><b>${esc(e.degree)}</b><br>${esc(e.school)}, ${e.start.slice(0, 4)} – ${e.end.slice(0, 4)}</div>`).join('')}</main>
  <aside class="s"><h2>Contact 联系</h2><div class="kv"><i>H/P 手机</i>${p.mobileIntl}</div>${p.others.map((o) => `<div class="kv"><i>${esc(o.label)}</i>${o.number}</div>`).join('')}
  <div class="kv"><i>${p.messenger!.app}</i>${esc(p.messenger!.id)}</div><div class="kv"><i>Email 邮箱</i>${p.email}</div><div class="kv"><i>Address 地址</i>${esc(p.address)}</div>
  <h2>Skills 技能</h2><ul>${p.skills.map((s) => `<li>${esc(s)}</li>`).join('')}</ul><h2>Languages 语言</h2><ul>${p.languages.map((s) => `<li>${esc(s)}</li>`).join('')}</ul></aside></div>`) };
} };

// 11. Mexican "Datos generales" table CV
const mxDatosGenerales: Tpl = { name: 'mx-datos-generales', layout: 'table', make: (p) => {
  const rows = rev(p).map((j) => `<tr><td class="c">${span(j, 'mes YYYY', 'a la fecha', ' – ')}</td><td><b>${esc(j.company)}</b><br>${esc(j.city)}</td><td>${esc(j.title)}</td><td>${j.duties.map(esc).join('; ')}</td></tr>`).join('');
  return { kind: 'html', html: page(`table{border-collapse:collapse;width:100%;margin-bottom:4mm}td,th{border:1px solid #777;padding:3px 5px;vertical-align:top;font-size:9pt}th{background:#0d5c3a;color:#fff;text-align:left}.lb{background:#e5efe9;width:30mm;font-weight:600}.c{white-space:nowrap}
  .t{text-align:center;font-size:15pt;font-weight:700;letter-spacing:3px;margin-bottom:3mm}`,
  `<div class="t">CURRÍCULUM VITAE</div><table><tr><th colspan="4">DATOS GENERALES / PERSONAL DATA</th></tr>
  <tr><td class="lb">Nombre</td><td colspan="3" style="font-size:12pt"><b>${esc(p.name)}</b></td></tr>
  <tr><td class="lb">Domicilio</td><td colspan="3">${esc(p.address)}</td></tr>
  <tr><td class="lb" rowspan="3">Teléfonos</td><td>Celular / WhatsApp</td><td colspan="2">${p.mobileLocal}</td></tr>
  <tr><td>Casa</td><td colspan="2">${other(p, 0).number}</td></tr><tr><td>Recados (hermana)</td><td colspan="2">${other(p, 1).number}</td></tr>
  <tr><td class="lb">Correo</td><td colspan="3">${p.email}</td></tr><tr><td class="lb">Puesto solicitado</td><td colspan="3">${esc(p.headline)}</td></tr></table>
  <table><tr><th>Periodo</th><th>Empresa</th><th>Puesto</th><th>Funciones / Duties</th></tr>${rows}</table>
  <table><tr><th colspan="2">ESCOLARIDAD / EDUCATION</th></tr>${p.education.map((e) => `<tr><td class="c">${e.start.slice(0, 4)} – ${e.end.slice(0, 4)}</td><td>${esc(e.degree)} — ${esc(e.school)}</td></tr>`).join('')}</table>
  <table><tr><th>HABILIDADES / SKILLS</th><th>IDIOMAS / LANGUAGES</th></tr><tr><td><ul>${p.skills.map((s) => `<li>${esc(s)}</li>`).join('')}</ul></td><td>${p.languages.join('<br>')}</td></tr></table>
  <table><tr><th colspan="2">REFERENCIA LABORAL</th></tr><tr><td>Ing. Ramiro Salgado, Autopartes del Bajío (conmutador)</td><td>${other(p, 2).number}</td></tr></table>`, 'es') };
} };

// 12. Polish "kwestionariusz osobowy"-style numbered personnel questionnaire (in English), then the CV table
const plKwestionariusz: Tpl = { name: 'pl-kwestionariusz', layout: 'table', make: (p) => {
  const rows = rev(p).map((j) => `<tr><td>${d(j.start, 'MM.YYYY', '')}</td><td>${d(j.end, 'MM.YYYY', 'nadal / to date')}</td><td>${esc(j.company)}<br><small>${esc(j.city)}</small></td><td>${esc(j.title)}</td></tr>`).join('');
  return { kind: 'html', html: page(`table{border-collapse:collapse;width:100%}td,th{border:1px solid #444;padding:4px 6px;vertical-align:top;font-size:9pt}th{background:#eee}.n{width:8mm;text-align:center}.l{width:62mm;color:#333}.v{font-family:"DejaVu Sans Mono",monospace;color:#123f8f}
  h1{font-size:12pt;text-align:center;margin:2mm 0 4mm}.sm{font-size:8pt;color:#555}`,
  `<div class="sm" style="text-align:right">Kraków, 14.11.2026</div><h1>PERSONAL QUESTIONNAIRE FOR A JOB APPLICANT<br><span class="sm">(kwestionariusz osobowy dla osoby ubiegającej się o zatrudnienie)</span></h1>
  <table><tr><td class="n">1.</td><td class="l">First name(s) and surname</td><td class="v">${esc(p.name)}</td></tr>
  <tr><td class="n">2.</td><td class="l">Contact details indicated by the applicant</td><td class="v">mob. ${p.mobileLocal}<br>tel. dom. ${other(p, 0).number}<br>${p.email}<br>${esc(p.address)}</td></tr>
  <tr><td class="n">3.</td><td class="l">Education</td><td class="v">${p.education.map((e) => `${esc(e.school)}, ${esc(e.degree)}, ${e.end.slice(0, 4)}`).join('<br>')}</td></tr>
  <tr><td class="n">4.</td><td class="l">Professional qualifications (courses, certificates)</td><td class="v">${(p.extra ?? []).join('<br>')}</td></tr>
  <tr><td class="n">5.</td><td class="l">Course of previous employment</td><td style="padding:0"><table style="border:none">
  <tr><th>from</th><th>to</th><th>employer</th><th>position</th></tr>${rows}</table></td></tr>
  <tr><td class="n">6.</td><td class="l">Skills</td><td class="v">${p.skills.map(esc).join('<br>')}</td></tr>
  <tr><td class="n">7.</td><td class="l">Languages</td><td class="v">${p.languages.join('; ')}</td></tr></table>
  <p class="sm" style="margin-top:4mm">Earlier mobile used in Italy (no longer active): ${other(p, 1).number}</p>
  <div style="margin-top:14mm;display:flex;justify-content:space-between;font-size:8pt"><span>..............................<br>(place and date)</span><span>..............................<br>(applicant's signature)</span></div>`) };
} };

// 13. HK recruitment-agency candidate submission grid (bilingual labels); agency numbers in the letterhead
const hkAgencyGrid: Tpl = { name: 'hk-agency-grid', layout: 'table', make: (p) => {
  const zhOnly = p.language === 'zh';
  const rows = rev(p).map((j) => `<tr><td class="c">${span(j, 'MM/YYYY', 'Present 現在', ' – ')}</td><td><b>${esc(j.company)}</b></td><td>${esc(j.title)}</td></tr><tr><td></td><td colspan="2" class="du">${j.duties.map(esc).join('；')}</td></tr>`).join('');
  return { kind: 'html', html: page(`body{font-family:"Noto Sans CJK TC",${FONT}}.lh{display:flex;justify-content:space-between;border-bottom:3px double #14365d;padding-bottom:2mm;margin-bottom:3mm}.ag{font-weight:800;color:#14365d;font-size:14pt}.ai{font-size:8pt;text-align:right;color:#444}
  table{border-collapse:collapse;width:100%;margin-bottom:3mm}td{border:1px solid #8a9bb0;padding:3px 5px;font-size:9pt;vertical-align:top}.lb{background:#dbe4ef;width:30mm;font-size:8.4pt}.c{white-space:nowrap;width:38mm}.du{color:#444;font-size:8.6pt}
  .sec{background:#14365d;color:#fff;font-weight:700}`,
  `<div class="lh"><div><div class="ag">APEX TALENT (HK) LIMITED</div><div style="font-size:8pt">Employment Agency Licence No. 71234 · 職業介紹所牌照</div></div>
  <div class="ai">Unit 1605, 16/F, Harcourt House, Wan Chai<br>Tel 電話 +852 3970 2288 · Fax 傳真 +852 3970 2299<br>Consultant 顧問: Ms Joyce Lam — Direct 直線 3970 2231</div></div>
  <table><tr><td colspan="4" class="sec">CANDIDATE PROFILE 候選人資料 · Ref. AT-2611-0${p.id.slice(1)}</td></tr>
  <tr><td class="lb">Name 姓名</td><td><b>${esc(p.name)}</b></td><td class="lb">English name 英文名</td><td>${esc(p.enName ?? '')}</td></tr>
  <tr><td class="lb" rowspan="2">Contact 聯絡</td><td>Mobile 手提: ${p.mobileLocal}</td><td class="lb">Office 辦公室</td><td>${other(p, zhOnly ? 1 : 0).number}</td></tr>
  <tr><td>Email 電郵: ${p.email}</td><td class="lb">${zhOnly ? '住宅 Home' : 'Fax 傳真'}</td><td>${other(p, zhOnly ? 0 : 1).number}</td></tr>
  <tr><td class="lb">Applying for 應徵職位</td><td>${esc(p.headline)}</td><td class="lb">Notice 通知期</td><td>1 month 一個月</td></tr>
  <tr><td class="lb">Address 地址</td><td colspan="3">${esc(p.address)}</td></tr></table>
  <table><tr><td colspan="3" class="sec">EMPLOYMENT HISTORY 工作經驗</td></tr>${rows}</table>
  <table><tr><td class="sec">SKILLS 技能</td><td class="sec">LANGUAGES 語言</td><td class="sec">EDUCATION 學歷</td></tr>
  <tr><td>${p.skills.map(esc).join('<br>')}</td><td>${p.languages.join('<br>')}</td><td>${p.education.map((e) => `${esc(e.school)}<br>${esc(e.degree)} (${e.end.slice(0, 4)})`).join('')}${p.extra ? '<br>' + p.extra.join('<br>') : ''}</td></tr></table>
  <div style="font-size:7.5pt;color:#666">This profile is submitted in confidence by Apex Talent (HK) Limited. Please contact the consultant to arrange interviews.</div>`, 'zh-HK') };
} };

// 14. Chinese table CV where 联系方式 is a label cell spanning rows with 手机 / 座机 / 微信 / 邮箱 sub-rows
const cnContactRowspan: Tpl = { name: 'cn-contact-rowspan', layout: 'table', make: (p) => {
  const rows = rev(p).map((j) => `<tr><td class="c">${span(j, 'zhYM', '至今', '—')}</td><td>${esc(j.company)}</td><td>${esc(j.title)}</td></tr><tr><td class="lb2">工作内容</td><td colspan="2">${j.duties.map((x, i) => `${i + 1}. ${esc(x)}`).join('<br>')}</td></tr>`).join('');
  const n = p.others.length;
  return { kind: 'html', html: page(`body{font-family:"Noto Sans CJK SC",${FONT}}h1{text-align:center;font-size:18pt;letter-spacing:8px;margin-bottom:3mm}table{border-collapse:collapse;width:100%}td{border:1px solid #333;padding:4px 6px;font-size:9.4pt;vertical-align:middle}
  .lb{background:#f0f0f0;text-align:center;width:24mm}.lb2{background:#fafafa;text-align:center;font-size:8.6pt}.c{white-space:nowrap;width:46mm}.sec{background:#555;color:#fff;text-align:center;letter-spacing:4px}`,
  `<h1>个人简历</h1><table>
  <tr><td class="lb">姓　名</td><td>${esc(p.name)}</td><td class="lb">求职意向</td><td>${esc(p.headline)}</td><td rowspan="${4 + n}" style="width:32mm;text-align:center">${photo(100, 125, '#e8e8e8')}</td></tr>
  <tr><td class="lb" rowspan="${3 + n}">联系方式</td><td class="lb2">手机</td><td colspan="2">${p.mobileIntl}</td></tr>
  ${p.others.map((o) => `<tr><td class="lb2">${esc(o.zh ?? o.label)}</td><td colspan="2">${o.number}</td></tr>`).join('')}
  <tr><td class="lb2">${p.messenger!.app}</td><td colspan="2">${esc(p.messenger!.id)}</td></tr>
  <tr><td class="lb2">邮箱</td><td colspan="2">${p.email}</td></tr>
  <tr><td class="lb">现住址</td><td colspan="4">${esc(p.address)}</td></tr>
  <tr><td colspan="5" class="sec">工作经历</td></tr></table>
  <table><tr><td class="lb">起止时间</td><td class="lb">工作单位</td><td class="lb">职务</td></tr>${rows}</table>
  <table><tr><td colspan="3" class="sec">教育经历</td></tr>${p.education.map((e) => `<tr><td class="c">${d(e.start, 'YYYY.MM', '')}—${d(e.end, 'YYYY.MM', '')}</td><td>${esc(e.school)}</td><td>${esc(e.degree)}</td></tr>`).join('')}
  <tr><td class="lb">专业技能</td><td colspan="2">${p.skills.map(esc).join('　')}</td></tr><tr><td class="lb">语言能力</td><td colspan="2">${p.languages.join('；')}</td></tr></table>`, 'zh-CN') };
} };

// 15. Nigerian table CV: PERSONAL DATA grid with GSM lines, then a work table, referees with phones
const ngTableCv: Tpl = { name: 'ng-table-cv', layout: 'table', make: (p) => {
  const rows = rev(p).map((j, i) => `<tr><td>${i + 1}</td><td>${esc(j.company)}</td><td>${esc(j.title)}</td><td class="c">${d(j.start, 'Mon YYYY', '')} – ${d(j.end, 'Mon YYYY', 'Date')}</td></tr>`).join('');
  const gsm = p.country === 'Nigeria' ? 'GSM' : 'Mobile';
  return { kind: 'html', html: page(`h1{text-align:center;font-size:14pt;text-decoration:underline;margin-bottom:3mm}table{border-collapse:collapse;width:100%;margin-bottom:4mm}td,th{border:1px solid #000;padding:3px 6px;font-size:9.2pt;vertical-align:top}
  th{background:#d9d9d9;text-align:left}.lb{width:44mm;font-weight:700}.c{white-space:nowrap}h2{font-size:10.5pt;margin:2mm 0 1mm;text-transform:uppercase}`,
  `<h1>CURRICULUM VITAE</h1><h2>Personal Data</h2><table>
  <tr><td class="lb">Name:</td><td>${esc(p.familyCaps!)}</td></tr>
  <tr><td class="lb">Contact Address:</td><td>${esc(p.address)}</td></tr>
  <tr><td class="lb">${gsm} No.:</td><td>${p.mobileLocal}, ${other(p, 0).number}</td></tr>
  <tr><td class="lb">E-mail:</td><td>${p.email}</td></tr>
  <tr><td class="lb">Nationality:</td><td>${p.country === 'Nigeria' ? 'Nigerian' : 'Filipino'}</td></tr>
  <tr><td class="lb">Current Position:</td><td>${esc(p.headline)}</td></tr></table>
  <h2>Work Experience</h2><table><tr><th>S/N</th><th>Organisation</th><th>Position Held</th><th>Period</th></tr>${rows}</table>
  <h2>Job Responsibilities</h2><table>${rev(p).map((j) => `<tr><td style="width:44mm"><b>${esc(j.title)}</b></td><td>${j.duties.map(esc).join('<br>')}</td></tr>`).join('')}</table>
  <h2>Educational Qualifications</h2><table>${p.education.map((e) => `<tr><td>${esc(e.school)}</td><td>${esc(e.degree)}</td><td>${e.end.slice(0, 4)}</td></tr>`).join('')}</table>
  <h2>Skills</h2><table><tr>${p.skills.slice(0, 3).map((s) => `<td>${esc(s)}</td>`).join('')}</tr><tr>${p.skills.slice(3).map((s) => `<td>${esc(s)}</td>`).join('')}</tr></table>
  <h2>Professional Certifications</h2><p>${(p.extra ?? []).join('; ')}</p><h2>Languages</h2><p>${p.languages.join(', ')}</p>
  <h2>Referees</h2><table><tr><td>Available on request. Office line: ${other(p, 1).number} · ${other(p, 2).number}</td></tr></table>`) };
} };

// 16. Korean job-site (Saramin/JobKorea-type) résumé print, English UI with Korean labels, bordered grid with photo
const krSaraminGrid: Tpl = { name: 'kr-saramin-grid', layout: 'table', make: (p) => {
  const rows = rev(p).map((j) => `<tr><td>${esc(j.company)}</td><td class="c">${d(j.start, 'YYYY.MM', '')} ~ ${d(j.end, 'YYYY.MM', '재직중 (current)')}</td><td>${esc(j.title)}</td><td>${j.duties.map(esc).join('<br>')}</td></tr>`).join('');
  return { kind: 'html', html: page(`body{font-family:"Noto Sans CJK KR",${FONT}}.bar{display:flex;justify-content:space-between;font-size:8pt;color:#666;border-bottom:2px solid #2f5bea;padding-bottom:1mm;margin-bottom:3mm}
  table{border-collapse:collapse;width:100%;margin-bottom:4mm}td,th{border:1px solid #c8ccd6;padding:4px 6px;font-size:9pt;vertical-align:top}th{background:#f4f6fb;font-weight:600;text-align:left;width:26mm}.c{white-space:nowrap}
  h2{font-size:11pt;color:#2f5bea;margin:2mm 0 1.5mm}.hh th{width:auto;text-align:center}`,
  `<div class="bar"><span>이력서 Résumé · 최종수정 2026.11.20</span><span>No. 58 201 774</span></div>
  <h2>인적사항 Personal information</h2><table>
  <tr><td rowspan="5" style="width:30mm;text-align:center">${photo(96, 120, '#eef1f8')}</td><th>이름 Name</th><td><b style="font-size:12pt">${esc(p.name)}</b>　${esc(p.enName!)}</td></tr>
  <tr><th>휴대폰 Mobile</th><td>${p.mobileLocal}</td></tr><tr><th>전화 Tel.</th><td>${other(p, 0).number}</td></tr>
  <tr><th>이메일 E-mail</th><td>${p.email}</td></tr><tr><th>주소 Address</th><td>${esc(p.address)}</td></tr></table>
  <h2>경력 Career</h2><table class="hh"><tr><th>회사명 Company</th><th>근무기간 Period</th><th>직급 Position</th><th>담당업무 Duties</th></tr>${rows}</table>
  <h2>학력 Education</h2><table>${p.education.map((e) => `<tr><td>${esc(e.school)}</td><td>${esc(e.degree)}</td><td class="c">${d(e.start, 'YYYY.MM', '')} ~ ${d(e.end, 'YYYY.MM', '')} 졸업</td></tr>`).join('')}</table>
  <h2>스킬 Skills</h2><table><tr><td>${p.skills.map(esc).join(' · ')}</td></tr></table>
  <h2>어학 Languages</h2><table><tr><td>${p.languages.join(' · ')}</td></tr></table>
  <p style="font-size:8pt;color:#666">Emergency contact (parents, China): ${other(p, 1).number} · KakaoTalk ID ${p.messenger!.id}</p>`, 'ko') };
} };

// 22. Single-column CV whose contact shares the address line under the name (UK-style "address · phones" line)
const addressLineSingle: Tpl = { name: 'address-line-single', layout: 'single', make: (p) => {
  const js = rev(p).map((j) => `<div class="job"><div><b>${esc(j.title)}</b> — ${esc(j.company)}</div><div class="dt">${esc(j.city)} · ${span(j, 'MM/YYYY', 'present', ' – ')}</div><ul>${j.duties.map((x) => `<li>${esc(x)}</li>`).join('')}</ul></div>`).join('');
  return { kind: 'html', html: page(`body{font-family:"Noto Serif","DejaVu Serif",serif}.nm{font-size:20pt;font-weight:700}.ad{font-size:8.8pt;border-top:1px solid #000;border-bottom:1px solid #000;padding:1.5mm 0;margin:2mm 0 4mm}
  h2{font-size:10.5pt;font-variant:small-caps;letter-spacing:1px;margin:4mm 0 1.5mm}.dt{font-size:8.8pt;color:#555}.job{margin-bottom:2.5mm}`,
  `<div class="nm">${esc(p.name)}</div><div style="color:#555">${esc(p.headline)}</div>
  <div class="ad">${esc(p.address)} &nbsp;·&nbsp; ${p.mobileLocal} (mobile) &nbsp;·&nbsp; ${p.others.map((o) => `${o.number} (${esc(o.label.toLowerCase())})`).join(' &nbsp;·&nbsp; ')} &nbsp;·&nbsp; ${p.email}</div>
  <h2>Profile</h2><p>${esc(p.headline)} with ${Math.floor(yearsWorked(p.work, REF))} years' experience; looking for a permanent role.</p>
  <h2>Experience</h2>${js}<h2>Skills</h2><p>${p.skills.map(esc).join(' / ')}</p>
  <h2>Education</h2>${p.education.map((e) => `<p>${esc(e.degree)}, ${esc(e.school)}, ${e.start.slice(0, 4)}–${e.end.slice(0, 4)}</p>`).join('')}
  ${p.extra ? `<h2>Licences and certificates</h2><p>${p.extra.join('; ')}</p>` : ''}<h2>Languages</h2><p>${p.languages.join(', ')}</p>`) };
} };

// 23. Chinese single-column: name + English name, contact on the same line as the address, 手机/座机/公司 run together
const zhAddressLine: Tpl = { name: 'zh-address-line', layout: 'single', make: (p) => {
  const trad = p.country === 'Taiwan';
  const js = rev(p).map((j) => `<div class="job"><div class="h"><b>${esc(j.company)}</b>　${esc(j.title)}<span>${span(j, 'zhYM', trad ? '迄今' : '至今', ' — ')}</span></div><div>${j.duties.map(esc).join('；')}。</div></div>`).join('');
  return { kind: 'html', html: page(`body{font-family:"Noto Sans CJK ${trad ? 'TC' : 'SC'}",${FONT}}.nm{font-size:20pt;font-weight:700;text-align:center;letter-spacing:4px}.sub{text-align:center;color:#555}
  .ad{font-size:8.8pt;text-align:center;border-top:2px solid #224;border-bottom:1px solid #224;padding:1.5mm 0;margin:2mm 0 4mm}h2{font-size:11pt;color:#224;margin:4mm 0 1.5mm;border-bottom:1px dotted #224}
  .h{display:flex;gap:4mm}.h span{margin-left:auto;color:#555;font-size:9pt}.job{margin-bottom:2.5mm}`,
  `<div class="nm">${esc(p.name)}</div><div class="sub">${esc(p.enName ?? '')} ${trad ? '應徵職務' : '应聘岗位'}：${esc(p.headline)}</div>
  <div class="ad">${esc(p.address)}　｜　${trad ? '手機' : '手机'} ${p.mobileLocal}　｜　${p.others.map((o) => `${esc(o.zh ?? o.label)} ${o.number}`).join('　｜　')}　｜　${p.email}</div>
  <h2>${trad ? '工作經歷' : '工作经历'}</h2>${js}<h2>${trad ? '專業技能' : '专业技能'}</h2><p>${p.skills.map(esc).join('、')}</p>
  <h2>${trad ? '學歷' : '教育经历'}</h2>${p.education.map((e) => `<p>${d(e.start, 'zhYM', '')} — ${d(e.end, 'zhYM', '')}　${esc(e.school)}　${esc(e.degree)}</p>`).join('')}
  <h2>${trad ? '語言' : '语言能力'}</h2><p>${p.languages.join('、')}</p>`, 'zh') };
} };

// =====================================================================================================
// DOCX templates
// =====================================================================================================
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NOB = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '666666' };
const ALLB = { top: LINE, bottom: LINE, left: LINE, right: LINE };
const CJK = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: 'Noto Sans CJK SC', cs: 'Arial' };
const CJKTC = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: 'Noto Sans CJK TC', cs: 'Arial' };
const t = (text: string, o: Record<string, unknown> = {}) => new TextRun({ text, ...o });
const para = (children: (TextRun | string)[] | string, o: Record<string, unknown> = {}) =>
  new Paragraph({ children: typeof children === 'string' ? [t(children)] : children.map((c) => (typeof c === 'string' ? t(c) : c)), ...o });
const heading = (s: string, color = '1F3864') => new Paragraph({ spacing: { before: 160, after: 60 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color, space: 1 } }, children: [t(s, { bold: true, color, size: 21 })] });
const bullet = (s: string) => new Paragraph({ indent: { left: 284, hanging: 200 }, children: [t('•\t' + s)], tabStops: [{ type: TabStopType.LEFT, position: 284 }] });
const cell = (children: Paragraph[] | Table[] | (Paragraph | Table)[], o: Record<string, unknown> = {}) => new TableCell({ children: children as Paragraph[], margins: { top: 50, bottom: 50, left: 90, right: 90 }, ...o });
const mkDoc = (children: (Paragraph | Table | Textbox)[], o: { font?: unknown; header?: Header; footer?: Header; first?: Header; firstFooter?: Footer; cols?: unknown; margins?: number } = {}) =>
  new Document({
    creator: 'heldout-69', styles: { default: { document: { run: { font: (o.font as string) ?? 'Calibri', size: 19 } } } },
    sections: [{
      properties: { titlePage: !!o.first, page: { size: { width: 11906, height: 16838 }, margin: { top: o.margins ?? 1000, bottom: 900, left: 1000, right: 1000, header: 400, footer: 400 } }, ...(o.cols ? { column: o.cols } : {}) },
      headers: o.header || o.first ? { default: o.header ?? new Header({ children: [] }), ...(o.first ? { first: o.first } : {}) } : undefined,
      footers: o.footer || o.firstFooter ? { default: o.footer ?? new Footer({ children: [] }), ...(o.firstFooter ? { first: o.firstFooter } : {}) } : undefined,
      children: children as Paragraph[],
    }],
  });

// 7. First-page header table with name + all numbers; later pages' header only the name; body in two newspaper columns
const docxFirstpageHeader: Tpl = { name: 'docx-firstpage-header', layout: 'two-column', make: (p) => {
  const br = p.country === 'Brazil';
  const hdrTable = new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: { ...NOB, bottom: { style: BorderStyle.SINGLE, size: 12, color: '2E5E4E' } }, rows: [
    new TableRow({ children: [
      cell([para([t(p.name, { bold: true, size: 34, color: '2E5E4E' })]), para(p.headline, { spacing: { after: 60 } })], { width: { size: 50, type: WidthType.PERCENTAGE }, verticalAlign: VerticalAlign.CENTER }),
      cell([
        para([t('Mobile  ', { bold: true, size: 16 }), t(p.mobileIntl, { size: 16 })], { alignment: AlignmentType.RIGHT }),
        ...p.others.slice(0, 2).map((o) => para([t(o.label.replace(/ \(.*\)$/, '') + '  ', { bold: true, size: 16 }), t(o.number, { size: 16 })], { alignment: AlignmentType.RIGHT })),
        para([t(p.email, { size: 16 })], { alignment: AlignmentType.RIGHT }),
        para([t(p.address, { size: 15, color: '555555' })], { alignment: AlignmentType.RIGHT }),
      ], { width: { size: 50, type: WidthType.PERCENTAGE } }),
    ] }),
  ] });
  const jobs = rev(p).flatMap((j) => [
    para([t(j.title, { bold: true })], { spacing: { before: 100 }, keepNext: true }),
    para([t(j.company, { italics: true }), t(', ' + j.city, { italics: true, color: '666666' })], { keepNext: true }),
    para([t(span(j, 'Mon YYYY', br ? 'present' : 'date', br ? ' – ' : ' to '), { size: 17, color: '2E5E4E' })]),
    ...j.duties.map(bullet),
  ]);
  return { kind: 'docx', doc: mkDoc([
    heading('PROFILE', '2E5E4E'), para(`${p.headline} with a steady record in ${p.skills.slice(0, 2).join(' and ')}.`),
    heading('EXPERIENCE', '2E5E4E'), ...jobs,
    new Paragraph({ children: [new ColumnBreak()] }),
    heading('SKILLS', '2E5E4E'), ...p.skills.map(bullet),
    heading('EDUCATION', '2E5E4E'), ...p.education.flatMap((e) => [para([t(e.degree, { bold: true })]), para(`${e.school}, ${e.start.slice(0, 4)}–${e.end.slice(0, 4)}`)]),
    heading('CERTIFICATES', '2E5E4E'), ...(p.extra ?? []).map(bullet),
    heading('LANGUAGES', '2E5E4E'), ...p.languages.map(bullet),
    heading('REFERENCE', '2E5E4E'), para(p.others[2].label.replace(/^Referee — /, '').replace(/^UAE mobile.*$/, 'Mr Tunde Bakare, former line manager (details on request)')), para(p.others[2].label.startsWith('Referee') ? p.others[2].number : ''),
  ], {
    first: new Header({ children: [hdrTable] }),
    header: new Header({ children: [para([t(p.name + ' — CV', { size: 16, color: '888888' })], { alignment: AlignmentType.RIGHT })] }),
    footer: new Footer({ children: [para([t('Page ', { size: 16 }), new TextRun({ children: [PageNumber.CURRENT], size: 16 })], { alignment: AlignmentType.CENTER })] }),
    margins: 2400,
    cols: { count: 2, space: 500, equalWidth: false, separate: true, children: [{ width: 6100, space: 500 } as never, { width: 3300 } as never] },
  }) };
} };

// 8. Contact card in a VML text box at the top right beside the name; body on a borderless two-cell table
const docxContactBox: Tpl = { name: 'docx-contact-box', layout: 'two-column', make: (p) => {
  const mixed = p.language === 'mixed';
  const box = new Textbox({ style: { width: '62mm', height: '34mm', position: 'absolute', positionHorizontal: 'right', positionHorizontalRelative: 'margin', positionVertical: 'top', positionVerticalRelative: 'margin', wrapStyle: 'square', wrapDistanceLeft: 8 },
    children: [
      para([t(mixed ? 'CONTACT 联系方式' : 'CONTACT', { bold: true, size: 16, color: 'A0522D' })]),
      para([t('M ', { bold: true, size: 16 }), t(p.mobileIntl, { size: 16 })]),
      ...p.others.slice(0, 2).map((o) => para([t((o.label.startsWith('Messages') ? 'Recados' : o.label.split(' ')[0].charAt(0)) + ' ', { bold: true, size: 16 }), t(o.number, { size: 16 })])),
      para([t(p.messenger!.app + ' ', { bold: true, size: 16 }), t(p.messenger!.id, { size: 16 })]),
      para([t(p.email, { size: 16 })]),
    ] });
  const left = [
    para([t(mixed ? '技能 SKILLS' : 'SKILLS', { bold: true, color: 'A0522D' })], { spacing: { before: 120 } }), ...p.skills.map((s) => para(s)),
    para([t(mixed ? '语言 LANGUAGES' : 'LANGUAGES', { bold: true, color: 'A0522D' })], { spacing: { before: 160 } }), ...p.languages.map((s) => para(s)),
    para([t(mixed ? '学历 EDUCATION' : 'EDUCATION', { bold: true, color: 'A0522D' })], { spacing: { before: 160 } }), ...p.education.flatMap((e) => [para([t(e.degree, { bold: true })]), para(e.school), para(`${e.start.slice(0, 4)} – ${e.end.slice(0, 4)}`)]),
    para([t(mixed ? '地址 ADDRESS' : 'ADDRESS', { bold: true, color: 'A0522D' })], { spacing: { before: 160 } }), para([t(p.address, { size: 16 })]),
  ];
  const right = [para([t(mixed ? '工作经历 EXPERIENCE' : 'WORK EXPERIENCE', { bold: true, color: 'A0522D' })], { spacing: { before: 120 } }),
    ...rev(p).flatMap((j) => [
      para([t(j.company, { bold: true }), t('\t' + span(j, 'MM/YYYY', mixed ? 'Present 至今' : 'Actual', ' – '), { size: 17 })], { tabStops: [{ type: TabStopType.RIGHT, position: 6700 }], spacing: { before: 100 } }),
      para([t(j.title, { italics: true }), t(' · ' + j.city)]), ...j.duties.map(bullet)])];
  if (p.others[2]) right.push(para([t(mixed ? '' : 'Reference: Ing. Ramiro Salgado, Autopartes del Bajío — ', { size: 16 }), t(mixed ? '' : p.others[2].number, { size: 16 })], { spacing: { before: 160 } }));
  return { kind: 'docx', doc: mkDoc([
    box,
    para([t(p.name, { bold: true, size: 40, color: 'A0522D' })]),
    ...(mixed ? [para([t(p.enName!, { size: 26 })])] : []),
    para([t(p.headline, { size: 22, color: '555555' })], { spacing: { after: 900 } }),
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: NOB, rows: [new TableRow({ children: [
      cell(left, { width: { size: 28, type: WidthType.PERCENTAGE }, shading: { type: ShadingType.CLEAR, fill: 'F7EFE8', color: 'auto' } }),
      cell(right, { width: { size: 72, type: WidthType.PERCENTAGE } }),
    ] })] }),
  ], { font: mixed ? CJK as never : 'Calibri' }) };
} };

// 9. Two-column Word table whose left column is split into rows: photo cell, name under it, and each contact
//    label in its own row with the value in the next row; the main column is one cell merged down (vMerge)
const docxRowsplitSidebar: Tpl = { name: 'docx-rowsplit-sidebar', layout: 'two-column', make: (p) => {
  const mixed = p.language === 'mixed';
  const items: [string, string][] = [[mixed ? 'Mobile 手提' : 'Mobile (komórka)', p.mobileIntl], ...p.others.slice(0, 2).map((o) => [o.label, o.number] as [string, string]), ['E-mail', p.email], [mixed ? 'Address 地址' : 'Address', p.address]];
  const side: [Paragraph[], string?][] = [
    [[para([t('[ photo ]', { color: '888888', size: 16 })], { alignment: AlignmentType.CENTER, spacing: { before: 500, after: 500 } })], 'D9D9D9'],
    [[para([t(p.name, { bold: true, size: 28, color: 'FFFFFF' })], { alignment: AlignmentType.CENTER }), ...(p.enName ? [para([t(p.enName, { size: 18, color: 'FFFFFF' })], { alignment: AlignmentType.CENTER })] : [])], '264653'],
    ...items.flatMap(([l, v]) => [[[para([t(l, { bold: true, size: 15, color: '264653' })])], 'E9F1F2'], [[para([t(v, { size: 17 })])], 'FFFFFF']] as [Paragraph[], string][]),
    [[para([t(mixed ? 'Skills 技能' : 'Skills', { bold: true, size: 15, color: '264653' })])], 'E9F1F2'], [p.skills.map((s) => para([t(s, { size: 17 })]))],
    [[para([t(mixed ? 'Languages 語言' : 'Languages', { bold: true, size: 15, color: '264653' })])], 'E9F1F2'], [p.languages.map((s) => para([t(s, { size: 17 })]))],
  ];
  const main = [
    para([t(p.headline, { bold: true, size: 26, color: '264653' })]),
    heading(mixed ? 'Experience 工作經驗' : 'Experience', '264653'),
    ...rev(p).flatMap((j) => [
      para([t(span(j, mixed ? 'Mon YYYY' : 'MM.YYYY', mixed ? 'Present' : 'obecnie (present)', ' – '), { size: 16, color: '2A9D8F', bold: true })], { spacing: { before: 120 } }),
      para([t(j.title, { bold: true }), t(' | ' + j.company)]), para([t(j.city, { size: 16, color: '777777' })]), ...j.duties.map(bullet)]),
    heading(mixed ? 'Education 學歷' : 'Education', '264653'),
    ...p.education.map((e) => para(`${e.start.slice(0, 4)}–${e.end.slice(0, 4)}  ${e.degree}, ${e.school}`)),
    ...(p.extra ? [heading(mixed ? 'Certificates 證書' : 'Certificates', '264653'), ...p.extra.map(bullet)] : []),
  ];
  const rows = side.map(([kids, fill], i) => new TableRow({ children: [
    cell(kids, { width: { size: 3000, type: WidthType.DXA }, ...(fill ? { shading: { type: ShadingType.CLEAR, fill, color: 'auto' } } : {}) }),
    new TableCell({ children: i === 0 ? main : [para('')], verticalMerge: i === 0 ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE, width: { size: 6900, type: WidthType.DXA }, margins: { left: 300, right: 80, top: 0, bottom: 0 } }),
  ] }));
  return { kind: 'docx', doc: mkDoc([new Table({ width: { size: 9900, type: WidthType.DXA }, columnWidths: [3000, 6900], borders: NOB, rows })], { font: mixed ? CJKTC as never : 'Calibri', margins: 800 }) };
} };

// 17. South African Word table CV: a vMerged "CONTACT DETAILS" label cell beside Cell / Tel (H) / Tel (W) / Fax rows
const docxMergedContact: Tpl = { name: 'docx-merged-contact', layout: 'table', make: (p) => {
  const za = p.country === 'South Africa';
  const lab = (s: string) => cell([para([t(s, { bold: true, size: 17 })])], { shading: { type: ShadingType.CLEAR, fill: 'DCE6F0', color: 'auto' }, width: { size: 2300, type: WidthType.DXA } });
  const val = (s: string, span = 1) => cell([para([t(s, { size: 18 })])], { columnSpan: span });
  const contacts: [string, string][] = [[za ? 'Cell' : 'Mobile (Safaricom)', p.mobileLocal], ...p.others.filter((o) => !o.label.startsWith('Referee')).map((o) => [o.label, o.number] as [string, string]), ['E-mail', p.email]];
  const rowsTop = [
    new TableRow({ children: [lab('Full name'), val(p.familyCaps!, 2)] }),
    ...contacts.map(([l, v], i) => new TableRow({ children: [
      new TableCell({ children: i === 0 ? [para([t('Contact details', { bold: true, size: 17 })])] : [para('')], verticalMerge: i === 0 ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE, shading: { type: ShadingType.CLEAR, fill: 'DCE6F0', color: 'auto' }, verticalAlign: VerticalAlign.CENTER, width: { size: 2300, type: WidthType.DXA } }),
      cell([para([t(l, { size: 17, color: '444444' })])], { width: { size: 2400, type: WidthType.DXA } }), val(v)] })),
    new TableRow({ children: [lab('Postal / physical address'), val(p.address, 2)] }),
    new TableRow({ children: [lab(za ? 'Home language' : 'Nationality'), val(za ? 'isiZulu' : 'Kenyan', 2)] }),
  ];
  const top = new Table({ width: { size: 9900, type: WidthType.DXA }, columnWidths: [2300, 2400, 5200], borders: { ...ALLB, insideHorizontal: LINE, insideVertical: LINE }, rows: rowsTop });
  const hist = new Table({ width: { size: 9900, type: WidthType.DXA }, columnWidths: [2300, 3000, 2600, 2000], borders: { ...ALLB, insideHorizontal: LINE, insideVertical: LINE }, rows: [
    new TableRow({ tableHeader: true, children: ['Period', 'Employer', 'Position', 'Reason for leaving'].map((h) => cell([para([t(h, { bold: true, color: 'FFFFFF', size: 17 })])], { shading: { type: ShadingType.CLEAR, fill: '1F4E79', color: 'auto' } })) }),
    ...rev(p).flatMap((j, i, a) => [
      new TableRow({ children: [cell([para([t(span(j, 'MM/YYYY', 'To date', ' – '), { size: 17 })])]), cell([para([t(j.company, { bold: true, size: 18 })])]), cell([para([t(j.title, { size: 18 })])]), cell([para([t(i === 0 ? 'Currently employed' : a[i - 1].company === j.company ? 'Promoted' : 'Career growth', { size: 17 })])])] }),
      new TableRow({ children: [cell([para([t('Duties', { italics: true, size: 16 })])]), cell(j.duties.map((x) => para([t('– ' + x, { size: 17 })])), { columnSpan: 3 })] }),
    ]),
  ] });
  const ref = p.others.find((o) => o.label.startsWith('Referee'));
  return { kind: 'docx', doc: mkDoc([
    para([t('CURRICULUM VITAE', { bold: true, size: 30, color: '1F4E79' })], { alignment: AlignmentType.CENTER, spacing: { after: 160 } }),
    heading('1. PERSONAL DETAILS', '1F4E79'), top,
    heading('2. EMPLOYMENT HISTORY', '1F4E79'), hist,
    heading('3. SKILLS', '1F4E79'), new Table({ width: { size: 9900, type: WidthType.DXA }, columnWidths: [4950, 4950], borders: { ...ALLB, insideHorizontal: LINE, insideVertical: LINE }, rows: [0, 2, 4].map((k) => new TableRow({ children: [cell([para(p.skills[k])]), cell([para(p.skills[k + 1] ?? '')])] })) }),
    heading('4. EDUCATION AND QUALIFICATIONS', '1F4E79'), ...p.education.map((e) => para(`${e.degree} — ${e.school} (${e.end.slice(0, 4)})`)), ...(p.extra ?? []).map((x) => para(x)),
    heading('5. LANGUAGES', '1F4E79'), para(p.languages.join(', ')),
    heading('6. REFERENCES', '1F4E79'), para(ref ? `${ref.label.replace('Referee — ', '')}: ${ref.number}` : 'Ms Lindiwe Dlamini, Ubuntu Retail Holdings: 011 490 3300 (switchboard)'),
  ], { footer: new Footer({ children: [para([t(`CV — ${p.name}`, { size: 15, color: '888888' })], { alignment: AlignmentType.RIGHT })] }) }) };
} };

// 18. Chinese / Taiwanese Word 表格履歷 with 聯絡電話 split into sub-rows (手機 / 市話 / 公司 / 傳真), 緊急聯絡人
const docxZhContactRows: Tpl = { name: 'docx-zh-contact-rows', layout: 'table', make: (p) => {
  const tw = p.country === 'Taiwan';
  const L = tw ? { t: '個人履歷表', n: '姓名', en: '英文姓名', tel: '聯絡電話', mob: '手機', mail: '電子郵件', addr: '通訊地址', job: '工作經歷', per: '起迄年月', co: '公司名稱', ti: '職稱', du: '工作內容', sk: '專長', lang: '語言', edu: '學歷', want: '希望職務', em: '緊急聯絡人', pres: '迄今' }
    : { t: '个人简历', n: '姓名', en: '籍贯', tel: '联系电话', mob: '手机', mail: '电子邮箱', addr: '通讯地址', job: '工作经历', per: '起止年月', co: '工作单位', ti: '职务', du: '工作内容', sk: '专业技能', lang: '语言', edu: '教育经历', want: '求职意向', em: '证明人', pres: '至今' };
  const f = tw ? CJKTC : CJK;
  const lab = (s: string, o: Record<string, unknown> = {}) => cell([para([t(s, { bold: true, size: 18 })], { alignment: AlignmentType.CENTER })], { shading: { type: ShadingType.CLEAR, fill: 'E7E6E6', color: 'auto' }, verticalAlign: VerticalAlign.CENTER, ...o });
  const v = (s: string, o: Record<string, unknown> = {}) => cell([para([t(s, { size: 18 })])], { verticalAlign: VerticalAlign.CENTER, ...o });
  const tels: [string, string][] = [[L.mob, p.mobileLocal], ...p.others.filter((o) => !/证明人/.test(o.label)).map((o) => [o.zh ?? o.label, o.number] as [string, string])];
  const W = [1500, 1500, 2300, 1500, 1600, 1500];
  const rows: TableRow[] = [
    new TableRow({ children: [lab(L.n), v(p.name, { columnSpan: 2 }), lab(L.en), v(tw ? p.enName! : '湖南长沙'), new TableCell({ children: [para([t(tw ? '照片' : '照片', { color: '999999', size: 16 })], { alignment: AlignmentType.CENTER })], rowSpan: 4, verticalAlign: VerticalAlign.CENTER, width: { size: 1500, type: WidthType.DXA } })] }),
    new TableRow({ children: [lab(L.want), v(p.headline, { columnSpan: 4 })] }),
    new TableRow({ children: [lab(L.mail), v(p.email, { columnSpan: 4 })] }),
    new TableRow({ children: [lab(L.addr), v(p.address, { columnSpan: 4 })] }),
    ...tels.map(([l, n], i) => new TableRow({ children: [
      ...(i === 0 ? [lab(L.tel, { rowSpan: tels.length + (p.messenger ? 1 : 0) })] : []), lab(l), v(n, { columnSpan: 4 })] })),
    ...(p.messenger ? [new TableRow({ children: [lab(p.messenger.app), v(p.messenger.id, { columnSpan: 4 })] })] : []),
    new TableRow({ children: [lab(L.job, { columnSpan: 6 })] }),
    new TableRow({ children: [lab(L.per, { columnSpan: 2 }), lab(L.co, { columnSpan: 2 }), lab(L.ti, { columnSpan: 2 })] }),
    ...rev(p).flatMap((j) => [
      new TableRow({ children: [v(tw ? `${d(j.start, 'YYYY/MM', '')}～${d(j.end, 'YYYY/MM', L.pres)}` : `${d(j.start, 'YYYY.M', '')}—${d(j.end, 'YYYY.M', L.pres)}`, { columnSpan: 2 }), v(j.company, { columnSpan: 2 }), v(j.title, { columnSpan: 2 })] }),
      new TableRow({ children: [lab(L.du, { columnSpan: 2 }), v(j.duties.map((x, k) => `${k + 1}、${x}`).join('　'), { columnSpan: 4 })] }),
    ]),
    new TableRow({ children: [lab(L.edu), v(p.education.map((e) => `${d(e.start, 'YYYY.MM', '')}—${d(e.end, 'YYYY.MM', '')}　${e.school}　${e.degree}`).join(''), { columnSpan: 5 })] }),
    new TableRow({ children: [lab(L.sk), v(p.skills.join('；'), { columnSpan: 5 })] }),
    new TableRow({ children: [lab(L.lang), v(p.languages.join('；'), { columnSpan: 5 })] }),
    new TableRow({ children: [lab(L.em), v(tw ? '林志明（父）　(04)2236-1875' : `王工（原直属主管）　${p.others.find((o) => /证明人/.test(o.label))?.number ?? ''}`, { columnSpan: 5 })] }),
  ];
  return { kind: 'docx', doc: mkDoc([
    para([t(L.t, { bold: true, size: 36 })], { alignment: AlignmentType.CENTER, spacing: { after: 200 } }),
    new Table({ width: { size: 9900, type: WidthType.DXA }, columnWidths: W, borders: { ...ALLB, insideHorizontal: LINE, insideVertical: LINE }, rows }),
  ], { font: f as never, footer: new Footer({ children: [para([t(tw ? '本人保證以上資料屬實' : '本人承诺以上信息真实有效', { size: 15, color: '777777' })], { alignment: AlignmentType.CENTER })] }) }) };
} };

// 19. Bilingual Word table résumé (SG / KR mixed): label cells "姓名 Name", a contact cell split across three rows,
//     experience as a 4-column table with the dates in their own cell
const docxBilingualGrid: Tpl = { name: 'docx-bilingual-grid', layout: 'table', make: (p) => {
  const lab = (s: string, o: Record<string, unknown> = {}) => cell([para([t(s, { bold: true, size: 16, color: '274E13' })])], { shading: { type: ShadingType.CLEAR, fill: 'E2EFD9', color: 'auto' }, ...o });
  const v = (s: string, o: Record<string, unknown> = {}) => cell([para([t(s, { size: 18 })])], o);
  const head = new Table({ width: { size: 9900, type: WidthType.DXA }, columnWidths: [1900, 3200, 1700, 3100], borders: { ...ALLB, insideHorizontal: LINE, insideVertical: LINE }, rows: [
    new TableRow({ children: [lab('姓名 Name'), cell([para([t(p.name, { bold: true, size: 26 })]), para([t(p.enName!, { size: 18 })])]), lab('应聘 Position'), v(p.headline)] }),
    new TableRow({ children: [lab('联系 Contact', { rowSpan: 3 }), v(`HP ${p.mobileIntl}`), lab('邮箱 E-mail'), v(p.email)] }),
    new TableRow({ children: [v(`${p.others[0].zh} ${p.others[0].number}`), lab(p.messenger!.app), v(p.messenger!.id)] }),
    new TableRow({ children: [v(`${p.others[1].zh} ${p.others[1].number}`), lab('地址 Address'), v(p.address)] }),
  ] });
  const hist = new Table({ width: { size: 9900, type: WidthType.DXA }, columnWidths: [2000, 2800, 2200, 2900], borders: { ...ALLB, insideHorizontal: LINE, insideVertical: LINE }, rows: [
    new TableRow({ children: ['时间 Period', '公司 Company', '职位 Position', '职责 Responsibilities'].map((h) => lab(h)) }),
    ...rev(p).map((j) => new TableRow({ children: [v(span(j, 'YYYY.MM', 'now 至今', ' ~ ')), v(j.company), v(j.title), cell(j.duties.map((x) => para([t('· ' + x, { size: 17 })])))] })),
  ] });
  return { kind: 'docx', doc: mkDoc([
    para([t('RÉSUMÉ 个人履历', { bold: true, size: 30, color: '274E13' })], { alignment: AlignmentType.LEFT, spacing: { after: 120 } }), head,
    heading('工作经历 Work Experience', '274E13'), hist,
    heading('技能 Skills', '274E13'), new Table({ width: { size: 9900, type: WidthType.DXA }, columnWidths: [3300, 3300, 3300], borders: { ...ALLB, insideHorizontal: LINE, insideVertical: LINE }, rows: [0, 3].map((k) => new TableRow({ children: [0, 1, 2].map((m) => v(p.skills[k + m] ?? '')) })) }),
    heading('教育 Education', '274E13'), ...p.education.map((e) => para(`${d(e.start, 'YYYY.MM', '')} ~ ${d(e.end, 'YYYY.MM', '')}   ${e.school}   ${e.degree}`)),
    heading('语言 Languages', '274E13'), para(p.languages.join(' / ')),
  ], { font: CJK as never, header: new Header({ children: [para([t(`${p.name} ${p.enName} · CV`, { size: 15, color: '999999' })], { alignment: AlignmentType.RIGHT })] }) }) };
} };

// =====================================================================================================
// Plain-text templates
// =====================================================================================================
// 24. CV faxed with a cover sheet: the cover's From/Tel/Fax lines come first, then the typed CV
const txtFaxCover: Tpl = { name: 'txt-fax-cover', layout: 'single', make: (p) => {
  const ng = p.country === 'Nigeria';
  const L: string[] = [
    'FAX TRANSMISSION', '', `To:       Human Resources Department`, `Fax No.:  ${ng ? '+234 1 270 4419' : '(11) 3018-2260'}`,
    `From:     ${p.name}`, `Tel:      ${p.others[0].number}`, `Pages:    3 (including cover)`, `Date:     ${ng ? '12/11/2026' : '12/11/2026'}`,
    `Re:      Application — ${p.headline}`, '', 'Please find my CV on the following pages. I can be reached on my mobile at any time.', '', '-'.repeat(64), '',
    p.name.toUpperCase(), p.headline, `${p.address}`, `Mobile: ${p.mobileIntl}    ${p.messenger ? `${p.messenger.app}: same number` : ''}`.trimEnd(), `Email: ${p.email}`, '',
    'CAREER SUMMARY', `${p.headline}; ${p.skills.slice(0, 3).join(', ')}.`, '', 'EMPLOYMENT RECORD',
    ...rev(p).flatMap((j) => [`${span(j, 'Month YYYY', 'Present', ' - ')}`, `   ${j.title}, ${j.company}, ${j.city}`, ...j.duties.map((x) => `     * ${x}`), '']),
    'SKILLS', ...p.skills.map((s) => `   * ${s}`), '', 'EDUCATION', ...p.education.map((e) => `   ${e.degree}, ${e.school} (${e.end.slice(0, 4)})`), '',
    'CERTIFICATIONS', ...(p.extra ?? []).map((x) => `   ${x}`), '', 'LANGUAGES', `   ${p.languages.join(', ')}`, '',
    'REFERENCES', ng ? `   Engr. Bola Adewale, Swiftlink Communications Ltd — office ${p.others[1].number}` : `   ${p.others[2].label.replace('Referee — ', '')} — ${p.others[2].number}`, '',
  ];
  return { kind: 'txt', text: L.join('\n') };
} };

// 25. Bilingual text CV, each line Chinese label then English, contact lines run together with slashes
const txtBilingualLines: Tpl = { name: 'txt-bilingual-lines', layout: 'single', make: (p) => {
  const L = [
    `${p.name}  ${p.enName}`, `${p.headline}`, '',
    `手机 / Mobile: ${p.mobileIntl} / ${p.others.map((o) => `${o.zh} ${o.number}`).join(' / ')}`,
    `${p.messenger!.app}: ${p.messenger!.id}    邮箱 / Email: ${p.email}`, `地址 / Address: ${p.address}`, '',
    '工作经历 / WORK EXPERIENCE', '',
    ...rev(p).flatMap((j) => [`${d(j.start, 'YYYY-MM', '')} ~ ${d(j.end, 'YYYY-MM', '至今 present')}`, `${j.company} — ${j.title} (${j.city})`, ...j.duties.map((x) => `  - ${x}`), '']),
    '技能 / SKILLS', p.skills.join('; '), '', '教育 / EDUCATION', ...p.education.map((e) => `${e.start.slice(0, 4)}-${e.end.slice(0, 4)}  ${e.school}, ${e.degree}`), '',
    '语言 / LANGUAGES', p.languages.join('; '), ...(p.extra ? ['', '证书 / CERTIFICATES', ...p.extra] : []), '',
  ];
  return { kind: 'txt', text: L.join('\n') };
} };

// 10. Text copied out of a two-column PDF viewer where the sidebar comes out first, unlabelled, then the main column
const txtSidebarFirst: Tpl = { name: 'txt-sidebar-first', layout: 'two-column', make: (p) => {
  const L = [
    p.mobileIntl, ...p.others.filter((o) => !o.label.startsWith('Referee')).map((o) => o.number), p.email, ...p.address.split(/ · |, (?=\D)/), '',
    'SKILLS', ...p.skills, '', 'LANGUAGES', ...p.languages, '', ...(p.extra ? ['LICENCES', ...p.extra, ''] : []),
    p.familyCaps!, p.headline, '', 'EXPERIENCE',
    ...rev(p).flatMap((j) => [`${j.title}`, `${j.company}`, `${d(j.start, 'Mon YYYY', '')} – ${d(j.end, 'Mon YYYY', 'current')} | ${j.city}`, ...j.duties.map((x) => `• ${x}`), '']),
    'EDUCATION', ...p.education.map((e) => `${e.degree}\n${e.school}\n${e.start.slice(0, 4)} – ${e.end.slice(0, 4)}`), '',
    'REFERENCE', p.others.find((o) => o.label.startsWith('Referee')) ? `${p.others[2].label.replace('Referee — ', '')} ${p.others[2].number}` : 'Mr Sipho Ndlovu, Ubuntu Retail Holdings, 011 490 3300', '',
  ];
  return { kind: 'txt', text: L.join('\n') };
} };

// 20. Chinese spreadsheet-style key table copied as text with full-width bars (online sheet "copy as text")
const txtSheetBars: Tpl = { name: 'txt-sheet-bars', layout: 'table', make: (p) => {
  const hk = p.country === 'Hong Kong';
  const row = (...c: string[]) => c.join(' ｜ ');
  const L = [
    hk ? '求職人員資料表' : '应聘人员信息表', '',
    row('字段', '内容'), row(hk ? '姓名' : '姓名', p.name), row(hk ? '英文姓名' : '求职意向', hk ? p.enName! : p.headline),
    row(hk ? '手提電話' : '手机', p.mobileLocal), ...p.others.map((o) => row(o.zh ?? o.label, o.number)), ...(p.messenger ? [row(p.messenger.app, p.messenger.id)] : []),
    row(hk ? '電郵' : '邮箱', p.email), row(hk ? '住址' : '现居地', p.address), '',
    row(hk ? '由' : '开始', hk ? '至' : '结束', hk ? '公司' : '单位', hk ? '職位' : '岗位'),
    ...rev(p).map((j) => row(d(j.start, 'YYYY.MM', ''), d(j.end, 'YYYY.MM', hk ? '現在' : '至今'), j.company, j.title)), '',
    row(hk ? '技能' : '技能', p.skills.join('、')), row(hk ? '語言' : '语言', p.languages.join('、')),
    row(hk ? '學歷' : '学历', p.education.map((e) => `${e.school} ${e.degree}（${e.end.slice(0, 4)}）`).join('')), '',
  ];
  return { kind: 'txt', text: L.join('\n') };
} };

// 21. Philippine Personal Data Sheet-style numbered items with a fixed-width work-experience table (text)
const txtPhPds: Tpl = { name: 'txt-ph-pds', layout: 'table', make: (p) => {
  const pad = (s: string, n: number) => (s.length > n ? s.slice(0, n) : s + ' '.repeat(n - s.length));
  const L = [
    'PERSONAL DATA SHEET (typed copy)', '', 'I. PERSONAL INFORMATION',
    `  1. NAME ............................ ${p.name}`,
    `  2. RESIDENTIAL ADDRESS ............. ${p.address}`,
    `  3. TELEPHONE NO. ................... ${p.others[0].number}`,
    `  4. MOBILE NO. ...................... ${p.mobileLocal}`,
    `  5. E-MAIL ADDRESS .................. ${p.email}`, '',
    'II. WORK EXPERIENCE (start from most recent)', '',
    `${pad('INCLUSIVE DATES', 24)}${pad('POSITION TITLE', 30)}DEPARTMENT / AGENCY / COMPANY`,
    `${pad('From     To', 24)}`, '-'.repeat(96),
    ...rev(p).map((j) => `${pad(`${d(j.start, 'MM/YYYY', '')}  ${d(j.end, 'MM/YYYY', 'PRESENT')}`, 24)}${pad(j.title, 30)}${j.company}`), '',
    'III. SKILLS AND HOBBIES', ...p.skills.map((s) => `  - ${s}`), '',
    'IV. LICENSES / ELIGIBILITY', ...(p.extra ?? []).map((s) => `  - ${s}`), '',
    'V. EDUCATIONAL BACKGROUND', ...p.education.map((e) => `  ${e.school} — ${e.degree} (${e.start.slice(0, 4)}-${e.end.slice(0, 4)})`), '',
    'VI. LANGUAGES', `  ${p.languages.join(', ')}`, '',
    'VII. REFERENCES', `  Ms. Rowena Bautista, Chief Nurse, St. Benedict Medical Center — ${p.others[1].number}`, '',
  ];
  return { kind: 'txt', text: L.join('\n') };
} };

// =====================================================================================================
const plan: [Tpl, string[]][] = [
  [brRecadoRail, ['p01']], [qrCaptionRail, ['p02', 'p06']], [bannerSurname, ['p03', 'p07']], [twIconColumn, ['p09', 'p10']],
  [wechatQrLeft, ['p08', 'p11', 'p12']], [bilingualNameFlex, ['p13', 'p15', 'p16']],
  [docxFirstpageHeader, ['p01', 'p04']], [docxContactBox, ['p06', 'p13']], [docxRowsplitSidebar, ['p05', 'p14']], [txtSidebarFirst, ['p02', 'p07']],
  [mxDatosGenerales, ['p06']], [plKwestionariusz, ['p05']], [hkAgencyGrid, ['p14', 'p10']], [cnContactRowspan, ['p08', 'p12', 'p11']],
  [ngTableCv, ['p04', 'p03']], [krSaraminGrid, ['p16']],
  [docxMergedContact, ['p02', 'p07']], [docxZhContactRows, ['p09', 'p11']], [docxBilingualGrid, ['p15', 'p16']],
  [txtSheetBars, ['p10', 'p08', 'p12']], [txtPhPds, ['p03']],
  [addressLineSingle, ['p03', 'p05']], [zhAddressLine, ['p12', 'p09', 'p08']], [txtFaxCover, ['p01', 'p04']], [txtBilingualLines, ['p13', 'p14', 'p15']],
];

interface DocRow { file: string; person: string; template: string; layout: Layout; producer: string; language: string }
const documents: DocRow[] = [];
const html: [string, string][] = [];
for (const [tpl, ids] of plan) for (const id of ids) {
  const p = P(id); const base = `${id}-${short[tpl.layout]}-${tpl.name}`;
  const out = tpl.make(p);
  const row = (file: string, producer: string) => documents.push({ file, person: id, template: tpl.name, layout: tpl.layout, producer, language: p.language });
  if (out.kind === 'html') { html.push([base + '.pdf', out.html]); row(base + '.pdf', 'chromium'); }
  else if (out.kind === 'txt') { writeFileSync(path.join(docs, base + '.txt'), out.text, 'utf8'); row(base + '.txt', 'txt'); }
  else { writeFileSync(path.join(docs, base + '.docx'), await Packer.toBuffer(out.doc)); row(base + '.docx', 'docx'); row(base + '.pdf', 'libreoffice'); }
}
await printHtml(docs, html);
exportDocxToPdf(docs);
documents.sort((a, b) => a.file.localeCompare(b.file));
const truth = {
  referenceDate: REF,
  people: people.map((p) => ({
    id: p.id, language: p.language, name: p.name, email: p.email, phone: p.phone, skills: p.skillsTruth,
    work: p.work.map((j) => ({ company: j.company, start: j.start, end: j.end })), yearsOfExperience: yearsWorked(p.work, REF),
  })),
  documents,
};
const stray = readdirSync(docs).filter((f) => !documents.some((x) => x.file === f));
if (stray.length) throw new Error('unexpected files: ' + stray.join(', '));
writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifestOf(docs, documents.map((x) => x.file)), null, 2) + '\n');
console.log(`${documents.length} documents`);
