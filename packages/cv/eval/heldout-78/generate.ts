/**
 * heldout-78 generator: writes documents/, truth.json and manifest.json. Refuses to overwrite without --force.
 * Run from packages/cv: npx tsx eval/heldout-78/generate.ts [--force]
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType, BorderStyle, Document, Footer, Header, Packer, PageNumber, Paragraph, ShadingType, Tab, TabStopType,
  Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType, LevelFormat,
} from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people, printed, type Job, type Person } from './people.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(here, 'documents');
const REF = '2026-12';
if (existsSync(path.join(here, 'manifest.json')) && !process.argv.includes('--force')) {
  console.error('manifest.json exists: refusing to overwrite (use --force)');
  process.exit(1);
}
rmSync(docs, { recursive: true, force: true });
mkdirSync(docs, { recursive: true });

// ---------------------------------------------------------------- dates
const Y = (s: string) => Number(s.slice(0, 4));
const M = (s: string) => Number(s.slice(5, 7));
const MM = (s: string) => s.slice(5, 7);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONF = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONP = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const MONN = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const F = {
  mon: (s: string) => `${MON[M(s) - 1]} ${Y(s)}`,
  full: (s: string) => `${MONF[M(s) - 1]} ${Y(s)}`,
  press: (s: string) => `${MONP[M(s) - 1]} ${Y(s)}`,
  ng: (s: string) => `${MONN[M(s) - 1]} ${Y(s)}`,
  mmY: (s: string) => `${MM(s)}/${Y(s)}`,
  dot: (s: string) => `${Y(s)}.${MM(s)}`,
  slash: (s: string) => `${Y(s)}/${MM(s)}`,
  zh: (s: string) => `${Y(s)}年${M(s)}月`,
  caps: (s: string) => `${MON[M(s) - 1].toUpperCase()} ${Y(s)}`,
};
const rng = (j: Job, f: (s: string) => string, present: string, sep = ' – ') => `${f(j.start)}${sep}${j.end ? f(j.end) : present}`;
const ix = (s: string) => Y(s) * 12 + M(s) - 1;
const monthsOf = (j: { start: string; end: string | null }) => ix(j.end ?? REF) - ix(j.start) + 1;
const durEn = (n: number) => { const y = Math.floor(n / 12), m = n % 12; return [y ? `${y} yr${y > 1 ? 's' : ''}` : '', m ? `${m} mo${m > 1 ? 's' : ''}` : ''].filter(Boolean).join(' '); };
const durZh = (n: number, hant = false) => { const y = Math.floor(n / 12), m = n % 12; return `${y ? `${y}年` : ''}${m ? `${m}${hant ? '個' : '个'}月` : ''}`; };
const newest = (p: Person) => [...p.work].reverse();
/** employers in order of first appearance (newest-first when given newest-first jobs) */
function groups(jobs: Job[]): { company: string; jobs: Job[] }[] {
  const out: { company: string; jobs: Job[] }[] = [];
  for (const j of jobs) { const g = out.find((x) => x.company === j.company); if (g) g.jobs.push(j); else out.push({ company: j.company, jobs: [j] }); }
  return out;
}
const span = (js: Job[]) => { const s = js.map((j) => j.start).sort()[0]; const e = js.some((j) => !j.end) ? null : js.map((j) => j.end!).sort().at(-1)!; return { start: s, end: e } as Job; };
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const sk = (p: Person) => p.skills.map(printed);

// ---------------------------------------------------------------- registry
type Layout = 'single' | 'two-column' | 'table';
type Producer = 'chromium' | 'docx' | 'libreoffice' | 'txt';
interface DocEntry { file: string; person: string; template: string; layout: Layout; producer: Producer; language: string }
const entries: DocEntry[] = [];
const htmlJobs: [string, string][] = [];
const docxJobs: [string, Document][] = [];
const short = (l: Layout) => (l === 'two-column' ? 'twocol' : l);
function addHtml(p: Person, layout: Layout, template: string, src: string) {
  const file = `${p.id}-${short(layout)}-${template}.pdf`;
  htmlJobs.push([file, src]);
  entries.push({ file, person: p.id, template, layout, producer: 'chromium', language: p.language });
}
function addDocx(p: Person, layout: Layout, template: string, d: Document) {
  const base = `${p.id}-${short(layout)}-${template}`;
  docxJobs.push([`${base}.docx`, d]);
  entries.push({ file: `${base}.docx`, person: p.id, template, layout, producer: 'docx', language: p.language });
  entries.push({ file: `${base}.pdf`, person: p.id, template, layout, producer: 'libreoffice', language: p.language });
}
function addTxt(p: Person, layout: Layout, template: string, text: string) {
  const file = `${p.id}-${short(layout)}-${template}.txt`;
  writeFileSync(path.join(docs, file), text, 'utf8');
  entries.push({ file, person: p.id, template, layout, producer: 'txt', language: p.language });
}
const P = (id: string) => people.find((x) => x.id === id)!;

// ---------------------------------------------------------------- HTML helpers
const FONT_EN = `'Liberation Sans', 'DejaVu Sans', sans-serif`;
const FONT_SC = `'WenQuanYi Zen Hei', 'Droid Sans Fallback', sans-serif`;
const FONT_TC = `'WenQuanYi Zen Hei', 'Droid Sans Fallback', sans-serif`;
const fontOf = (p: Person) => (p.language === 'en' ? FONT_EN : p.hant ? `'Liberation Sans', ${FONT_TC}` : `'Liberation Sans', ${FONT_SC}`);
const page = (p: Person, css: string, body: string) => `<!doctype html><html lang="${p.language === 'en' ? 'en' : p.hant ? 'zh-Hant' : 'zh-Hans'}"><head><meta charset="utf-8"><style>
*{box-sizing:border-box} html,body{margin:0;padding:0} body{font-family:${fontOf(p)};font-size:9.5pt;color:#222;line-height:1.35}
ul{margin:2px 0 0 0;padding-left:15px} li{margin:0} p{margin:0}
${css}</style></head><body>${body}</body></html>`;
const silhouette = (w = 60, h = 78) => `<svg width="${w}" height="${h}" viewBox="0 0 60 78" xmlns="http://www.w3.org/2000/svg"><rect width="60" height="78" fill="#e4e7ec"/><circle cx="30" cy="28" r="13" fill="#a3abb8"/><path d="M6 78 C8 52 52 52 54 78 Z" fill="#a3abb8"/></svg>`;
const lis = (a: string[]) => `<ul>${a.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>`;

// ---------------------------------------------------------------- DOCX helpers
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NOB = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const THIN = { style: BorderStyle.SINGLE, size: 4, color: '555555' };
const GRID = { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN };
type RO = { b?: boolean; i?: boolean; sz?: number; color?: string; caps?: boolean; font?: string };
const R = (t: string, o: RO = {}) => new TextRun({ text: t, bold: o.b, italics: o.i, size: o.sz, color: o.color, allCaps: o.caps, font: o.font });
type PO = { align?: 'left' | 'center' | 'right'; after?: number; before?: number; tabs?: { t: 'right' | 'left'; pos: number }[]; bullet?: boolean; indent?: number; keep?: boolean; shade?: string; border?: boolean };
function Para(runs: (TextRun | string)[] | string, o: PO = {}) {
  const children = (typeof runs === 'string' ? [runs] : runs).map((r) => (typeof r === 'string' ? new TextRun(r) : r));
  return new Paragraph({
    children,
    alignment: o.align === 'center' ? AlignmentType.CENTER : o.align === 'right' ? AlignmentType.RIGHT : undefined,
    spacing: { after: o.after ?? 40, before: o.before ?? 0 },
    tabStops: o.tabs?.map((t) => ({ type: t.t === 'right' ? TabStopType.RIGHT : TabStopType.LEFT, position: t.pos })),
    bullet: o.bullet ? { level: 0 } : undefined,
    indent: o.indent ? { left: o.indent } : undefined,
    keepNext: o.keep,
    shading: o.shade ? { type: ShadingType.CLEAR, color: 'auto', fill: o.shade } : undefined,
    border: o.border ? { bottom: { style: BorderStyle.SINGLE, size: 6, color: '444444', space: 1 } } : undefined,
  });
}
const TAB = () => new TextRun({ children: [new Tab()] });
type CO = { w: number; span?: number; rows?: number; fill?: string; v?: 'top' | 'center'; borders?: any; m?: number };
function Cell(content: Paragraph[] | Table[] | (Paragraph | Table)[] | string, o: CO) {
  const children = typeof content === 'string' ? [Para(content)] : content.length ? content : [Para('')];
  return new TableCell({
    children, width: { size: o.w, type: WidthType.DXA }, columnSpan: o.span, rowSpan: o.rows,
    shading: o.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: o.fill } : undefined,
    verticalAlign: o.v === 'center' ? VerticalAlign.CENTER : VerticalAlign.TOP, borders: o.borders,
    margins: { top: o.m ?? 50, bottom: o.m ?? 50, left: 90, right: 90 },
  });
}
const Row = (cells: TableCell[], cant = false) => new TableRow({ children: cells, cantSplit: cant });
const Tbl = (rows: TableRow[], widths: number[], borders: any = GRID) => new Table({ rows, columnWidths: widths, width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, borders });
const PAGE = { size: { width: 11906, height: 16838 }, margin: { top: 900, bottom: 900, left: 900, right: 900, header: 450, footer: 450 } };
const W = 11906 - 1800; // 10106 usable
function Doc(p: Person, children: (Paragraph | Table)[], o: { header?: Paragraph[]; footer?: Paragraph[]; size?: number; font?: string } = {}) {
  const east = p.language === 'en' ? undefined : p.hant ? 'Noto Sans CJK TC' : 'Noto Sans CJK SC';
  const latin = o.font ?? (p.language === 'en' ? 'Liberation Sans' : 'Liberation Sans');
  return new Document({
    creator: p.name, title: `${p.name} CV`,
    styles: { default: { document: { run: { font: { ascii: latin, hAnsi: latin, eastAsia: east ?? latin, cs: latin }, size: o.size ?? 19 } } } },
    numbering: { config: [{ reference: 'num', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 300, hanging: 260 } } } }] }] },
    sections: [{ properties: { page: PAGE }, headers: o.header ? { default: new Header({ children: o.header }) } : undefined, footers: o.footer ? { default: new Footer({ children: o.footer }) } : undefined, children }],
  });
}
const pageNo = (pre: string, mid = ' of ', total = true) => [R(pre), new TextRun({ children: [PageNumber.CURRENT] }), ...(total ? [R(mid), new TextRun({ children: [PageNumber.TOTAL_PAGES] })] : [])];

// ================================================================ TABLE templates
/** T1 zh-lvlibiao: 履历表 (oldest first), 起止年月 and 单位/职务 as separate paragraphs inside one cell, 时长 column, photo cell. */
function zhLvlibiao(p: Person) {
  const w = [1300, 1600, 900, 1100, 1300, 2306, 1600];
  const lab = (t: string, o: Partial<CO> = {}) => Cell([Para([R(t, { b: true })], { align: 'center' })], { w: 1300, fill: 'EDEDED', v: 'center', ...o });
  const val = (t: string, o: Partial<CO> = {}) => Cell([Para(t)], { w: 1600, v: 'center', ...o });
  const sec = (t: string) => Row([Cell([Para([R(t, { b: true, sz: 21 })], { align: 'center' })], { w: W, span: 7, fill: 'D9D9D9' })]);
  const rows: TableRow[] = [
    Row([lab('姓　名'), Cell([Para([R(p.name, { b: true, sz: 24 })])], { w: 1600, v: 'center' }), lab('性别', { w: 900 }), val(p.gender!, { w: 1100 }), lab('出生年月'), val(p.birth!, { w: 2306 }),
      Cell([Para(''), Para([R('照　片', { color: '888888' })], { align: 'center', before: 300 }), Para([R('（一寸免冠）', { color: '888888', sz: 15 })], { align: 'center' })], { w: 1600, rows: 4, v: 'center' })]),
    Row([lab('现任职务'), val(p.headline, { w: 2500, span: 2 }), lab('参加工作', { w: 1100 }), val(F.dot(p.work[0].start), { w: 1300 }), val(`工龄 ${Math.floor(monthsOf({ start: p.work[0].start, end: null }) / 12)} 年`, { w: 2306 })]),
    Row([lab('手　机'), val(p.mobile, { w: 2500, span: 2 }), lab('电子邮箱', { w: 1100 }), val(p.email, { w: 3606, span: 2 })]),
    Row([lab(p.other?.[0]?.label ?? '座机'), val(p.other?.[0]?.number ?? '', { w: 2500, span: 2 }), lab('现住址', { w: 1100 }), val(p.address, { w: 3606, span: 2 })]),
    sec('学 习 经 历'),
    Row([lab('起止年月'), lab('学校', { w: 3600, span: 3 }), lab('专业及学历', { w: 5206, span: 3 })]),
    ...p.education.map((e) => Row([Cell([Para(`${F.dot(e.start)}—${F.dot(e.end)}`, { align: 'center' })], { w: 1300, v: 'center' }), Cell(e.school, { w: 3600, span: 3, v: 'center' }), Cell(e.degree, { w: 5206, span: 3, v: 'center' })])),
    sec('工 作 经 历（由远及近）'),
    Row([lab('起止年月'), lab('单位及职务', { w: 3600, span: 3 }), lab('时长'), lab('主要工作', { w: 3906, span: 2 })]),
    ...p.work.map((j) => Row([
      Cell([Para(`${F.dot(j.start)}—`, { align: 'center', after: 0 }), Para(j.end ? F.dot(j.end) : '至今', { align: 'center' })], { w: 1300, v: 'center' }),
      Cell([Para([R(j.company, { b: true })], { after: 20 }), Para(j.title)], { w: 3600, span: 3, v: 'center' }),
      Cell([Para(durZh(monthsOf(j)), { align: 'center' })], { w: 1300, v: 'center' }),
      Cell(j.duties.map((d) => Para(d, { after: 10 })), { w: 3906, span: 2 }),
    ], true)),
    Row([lab('专业技能'), Cell([Para(sk(p).join('、'))], { w: 8806, span: 6 })]),
    Row([lab('职业资格'), Cell([Para(p.certificates.join('；'))], { w: 8806, span: 6 })]),
    Row([lab('外语水平'), Cell([Para(p.languages.join('；'))], { w: 8806, span: 6 })]),
    Row([lab('本人承诺'), Cell([Para('本人承诺以上所填内容真实有效，如有不实，愿承担相应责任。'), Para(`本人签名：${p.name}　　　　2026年11月20日`, { align: 'right', before: 120 })], { w: 8806, span: 6 })]),
  ];
  return Doc(p, [
    Para([R('履　历　表', { b: true, sz: 36 })], { align: 'center', after: 60 }),
    Para([R('填表日期：2026年11月20日', { sz: 17 })], { align: 'right', after: 60 }),
    Tbl(rows, w),
  ]);
}

/** T2 tw-span-rows: 個人履歷表 whose 經歷 table gives each employer a shaded spanning row with its whole span, roles under it. */
function twSpanRows(p: Person) {
  const w = [1500, 3300, 1500, 3806];
  const lab = (t: string, ww = 1500) => Cell([Para([R(t, { b: true })], { align: 'center' })], { w: ww, fill: 'DCE6F0', v: 'center' });
  const v = (t: string, ww = 3300, span?: number) => Cell([Para(t)], { w: ww, span, v: 'center' });
  const head = [
    Row([lab('中文姓名'), Cell([Para([R(p.name, { b: true, sz: 26 })])], { w: 3300, v: 'center' }), lab('性　　別'), v(p.gender!, 3806)]),
    Row([lab('出生年月'), v(p.birth!), lab('行動電話'), v(p.mobile, 3806)]),
    Row([lab(p.other![0].label), v(p.other![0].number), lab('E-mail'), v(p.email, 3806)]),
    Row([lab('通訊地址'), v(p.address, 8606, 3)]),
    Row([lab('應徵職務'), v('財務主管／財務經理', 8606, 3)]),
  ];
  const wj = [2100, 1700, 6306];
  const jobRows: TableRow[] = [Row([lab('起迄年月', 2100), lab('職稱', 1700), lab('工作內容', 6306)])];
  for (const g of groups(newest(p))) {
    const s = span(g.jobs);
    jobRows.push(Row([Cell([Para([R(g.company, { b: true }), R(`（${g.jobs[0].city}）`), TAB(), R(`${F.zh(s.start)}～${s.end ? F.zh(s.end) : '迄今'}　共${durZh(monthsOf(s), true)}`, { color: '333333' })], { tabs: [{ t: 'right', pos: 9800 }] })], { w: 10106, span: 3, fill: 'EFEFEF' })], true));
    for (const j of g.jobs) jobRows.push(Row([Cell([Para(`${F.slash(j.start)}～${j.end ? F.slash(j.end) : '迄今'}`, { align: 'center' })], { w: 2100, v: 'center' }), Cell([Para(j.title, { align: 'center' })], { w: 1700, v: 'center' }), Cell(j.duties.map((d) => Para(`• ${d}`, { after: 10 })), { w: 6306 })], true));
  }
  const wb = [2100, 3400, 4606];
  const edu = [Row([lab('就學期間', 2100), lab('學校名稱', 3400), lab('科系／學位', 4606)]), ...p.education.map((e) => Row([v(`${F.slash(e.start)}～${F.slash(e.end)}`, 2100), v(e.school, 3400), v(e.degree, 4606)]))];
  const other = [
    Row([lab('專　　長', 2100), Cell(sk(p).map((s) => Para(`◎ ${s}`, { after: 10 })), { w: 8006 })]),
    Row([lab('證　　照', 2100), v(p.certificates.join('、'), 8006)]),
    Row([lab('語　　言', 2100), v(p.languages.join('、'), 8006)]),
  ];
  const h = (t: string) => Para([R(t, { b: true, sz: 22, color: '1F4E79' })], { before: 160, after: 60 });
  return Doc(p, [
    Para([R('個 人 履 歷 表', { b: true, sz: 34 })], { align: 'center', after: 120 }),
    h('一、基本資料'), Tbl(head, w),
    h('二、工作經歷'), Tbl(jobRows, wj),
    h('三、學歷'), Tbl(edu, wb),
    h('四、專長與證照'), Tbl(other, [2100, 8006]),
    h('五、自傳'), Para('我在會計師事務所查帳三年多，之後轉到製造業擔任會計，熟悉成本結構與稅務申報。目前在紡織公司負責財務課，希望能在更具規模的企業發揮所長。'),
  ], { footer: [Para([R(`${p.name}　履歷表　第 `), new TextRun({ children: [PageNumber.CURRENT] }), R(' 頁')], { align: 'center' })] });
}

/** T3 hk-cv-form (chromium): bilingual HK/Macau CV form, name cell beside the label next to a photo cell, period "由 … 至 …" stacked. */
function hkForm(p: Person) {
  const L = (zh: string, en: string) => `<th><span class="zh">${zh}</span><br><span class="en">${en}</span></th>`;
  const present = '現在 Present';
  const jobs = newest(p).map((j) => `<tr><td class="per">由 ${F.mmY(j.start)}<br>至 ${j.end ? F.mmY(j.end) : present}</td><td><b>${esc(j.company)}</b><br>${esc(j.title)}<br><span class="city">${esc(j.city)}</span></td><td>${lis(j.duties)}</td></tr>`).join('');
  const css = `table{width:100%;border-collapse:collapse;margin-bottom:8px} td,th{border:1px solid #666;padding:4px 6px;vertical-align:top;text-align:left} th{background:#f1ece1;font-weight:normal;width:24mm} th .zh{font-weight:bold} th .en{font-size:7.5pt;color:#555}
  .title td{background:#7a1f2b;color:#fff;text-align:center;font-size:13pt;font-weight:bold;letter-spacing:2px;border-color:#7a1f2b}
  .nm{font-size:15pt;font-weight:bold} .photo{width:30mm;text-align:center;vertical-align:middle} .sec td{background:#e6dcc8;font-weight:bold} .per{width:30mm;white-space:nowrap} .city{color:#666;font-size:8.5pt}
  .hd th{text-align:center}`;
  const body = `<table>
  <tr class="title"><td colspan="5">個人履歷 CURRICULUM VITAE</td></tr>
  <tr>${L('姓名', 'Name')}<td colspan="3"><span class="nm">${p.name}</span><br>${esc(p.latin!)}</td><td class="photo" rowspan="4">${silhouette(70, 92)}</td></tr>
  <tr>${L('手提電話', 'Mobile')}<td>${p.mobile}</td>${L(p.other![0].label.replace(/[A-Za-z ]+/, '').trim() || '住宅', p.other![0].label.replace(/[^A-Za-z ]+/g, '').trim() || 'Home')}<td>${p.other![0].number}</td></tr>
  <tr>${L('電郵', 'E-mail')}<td colspan="3">${p.email}</td></tr>
  <tr>${L('地址', 'Address')}<td colspan="3">${esc(p.address)}</td></tr>
  <tr>${L('應徵職位', 'Position applied')}<td>${esc(p.headline)}</td>${L('可上班日期', 'Availability')}<td colspan="2">一個月通知 One month's notice</td></tr>
  </table>
  <table><tr class="sec"><td colspan="3">工作經驗 Employment History</td></tr>
  <tr class="hd">${L('期間', 'Period')}${L('機構 / 職位', 'Company / Position').replace('<th>', '<th style="width:62mm">')}${L('主要職責', 'Main duties').replace('<th>', '<th style="width:auto">')}</tr>${jobs}</table>
  <table><tr class="sec"><td colspan="3">學歷 Education</td></tr>${p.education.map((e) => `<tr><td class="per">${F.mmY(e.start)} – ${F.mmY(e.end)}</td><td>${esc(e.school)}</td><td>${esc(e.degree)}</td></tr>`).join('')}</table>
  <table><tr>${L('技能', 'Skills')}<td>${sk(p).map(esc).join('　/　')}</td></tr>
  <tr>${L('語言', 'Languages')}<td>${p.languages.map(esc).join('、')}</td></tr>
  <tr>${L('專業資格', 'Qualifications')}<td>${p.certificates.map(esc).join('；')}</td></tr></table>
  <p style="font-size:8pt;color:#555">本人聲明以上資料均屬真實 I declare that the information given above is true.　簽署 Signature: ____________　日期 Date: 20/11/2026</p>`;
  return page(p, css, body);
}

/** T4 ng-span-history (docx): Nigerian CV: personal data grid, work table with an employer row carrying its span above its roles. */
function ngSpan(p: Person) {
  const lab = (t: string) => Cell([Para([R(t, { b: true })])], { w: 1900, fill: 'E8EEF4' });
  const v = (t: string, w = 3153) => Cell([Para(t)], { w });
  const pd = [
    Row([lab('Name'), v(p.name), lab('Date of Birth'), v(p.birth!)]),
    Row([lab('Sex'), v(p.gender!), lab('Marital Status'), v('Married')]),
    Row([lab('State of Origin'), v('Ogun State'), lab('L.G.A.'), v('Abeokuta South')]),
    Row([lab('Nationality'), v('Nigerian'), lab('Religion'), v('Christianity')]),
    Row([lab('GSM'), v(p.mobile), lab('Alternative No.'), v(p.other![0].number)]),
    Row([lab('E-mail'), v(p.email), lab('Address'), v(p.address)]),
  ];
  const wj = [2300, 2400, 5406];
  const rows: TableRow[] = [Row(['PERIOD', 'POSITION HELD', 'KEY RESPONSIBILITIES'].map((t, i) => Cell([Para([R(t, { b: true, color: 'FFFFFF' })])], { w: wj[i], fill: '1F3864' })))];
  for (const g of groups(newest(p))) {
    const s = span(g.jobs);
    rows.push(Row([Cell([Para([R(g.company.toUpperCase(), { b: true }), R(`, ${g.jobs[0].city}  (${rng(s, F.ng, 'to date')})`)])], { w: 10106, span: 3, fill: 'D9E2F3' })], true));
    for (const j of g.jobs) rows.push(Row([Cell(rng(j, F.ng, 'to date'), { w: 2300 }), Cell([Para([R(j.title, { b: true })])], { w: 2400 }), Cell(j.duties.map((d) => Para(d, { bullet: true, after: 10 })), { w: 5406 })], true));
  }
  const h = (t: string) => Para([R(t, { b: true, sz: 22, color: '1F3864' })], { before: 180, after: 60, border: true });
  const skills = sk(p);
  const half = Math.ceil(skills.length / 2);
  return Doc(p, [
    Para([R('CURRICULUM VITAE', { b: true, sz: 30 })], { align: 'center', after: 40 }),
    Para([R(p.name.toUpperCase(), { b: true, sz: 26, color: '1F3864' })], { align: 'center', after: 120 }),
    h('PERSONAL DATA'), Tbl(pd, [1900, 3153, 1900, 3153]),
    h('CAREER OBJECTIVE'), Para('To contribute treasury and liquidity-management expertise to a growing organisation while developing towards a Group Treasurer role.'),
    h('WORKING EXPERIENCE'), Tbl(rows, wj),
    h('SKILLS'), Tbl([Row([Cell(skills.slice(0, half).map((s) => Para(s, { bullet: true, after: 10 })), { w: 5053 }), Cell(skills.slice(half).map((s) => Para(s, { bullet: true, after: 10 })), { w: 5053 })])], [5053, 5053], NOB),
    h('INSTITUTIONS ATTENDED WITH DATES'), Tbl(p.education.map((e) => Row([Cell(`${Y(e.start)} – ${Y(e.end)}`, { w: 1800 }), Cell(e.school, { w: 4000 }), Cell(e.degree, { w: 4306 })])), [1800, 4000, 4306]),
    h('PROFESSIONAL QUALIFICATIONS'), ...p.certificates.map((c) => Para(c, { bullet: true, after: 10 })),
    h('LANGUAGES'), Para(p.languages.join(', ')),
    h('REFEREES'), Tbl([Row([Cell([Para([R('Mrs. Funmilayo Bakare', { b: true })]), Para('Head, Treasury Operations'), Para('Crestfield Bank Plc, Lagos'), Para('Tel: 0802 317 6640')], { w: 5053 }),
      Cell([Para([R('Dr. Chinedu Okonkwo', { b: true })]), Para('Partner, Ikoyi Capital Partners Ltd'), Para('Victoria Island, Lagos'), Para('Tel: 0813 554 2098')], { w: 5053 })])], [5053, 5053], NOB),
    Para('I hereby declare that the information given above is true to the best of my knowledge.', { before: 160 }),
  ], { footer: [Para(pageNo(`Curriculum Vitae — ${p.name} — Page `), { align: 'center' })] });
}

/** T5 ie-cardgrid (docx): Irish/UK Word CV whose career history is a 2-column grid of job "cards": title, employer, dates and town each a paragraph inside one cell. */
function cardGrid(p: Person, o: { dates: (j: Job) => string; country: string }) {
  const jobs = newest(p);
  const card = (j?: Job) => Cell(j ? [
    Para([R(j.title, { b: true, sz: 21 })], { after: 10 }),
    Para([R(j.company, { color: '2E5E4E', b: true })], { after: 10 }),
    Para([R(o.dates(j), { i: true })], { after: 10 }),
    Para([R(j.city, { color: '666666', sz: 17 })], { after: 40 }),
    ...j.duties.map((d) => Para(d, { bullet: true, after: 10 })),
  ] : [Para('')], { w: 5053, m: 100 });
  const rows: TableRow[] = [];
  for (let i = 0; i < jobs.length; i += 2) rows.push(Row([card(jobs[i]), card(jobs[i + 1])], true));
  const light = { style: BorderStyle.SINGLE, size: 4, color: 'A9C4B8' };
  const skills = sk(p);
  const skRows: TableRow[] = [];
  for (let i = 0; i < skills.length; i += 3) skRows.push(Row([0, 1, 2].map((k) => Cell(skills[i + k] ? [Para(`▪ ${skills[i + k]}`)] : [Para('')], { w: 3368 }))));
  const h = (t: string) => Para([R(t, { b: true, sz: 22, color: '2E5E4E', caps: true })], { before: 200, after: 80, border: true });
  return Doc(p, [
    Para([R(p.name, { b: true, sz: 40 })], { after: 20 }),
    Para([R(p.headline, { sz: 22, color: '555555' })], { after: 60 }),
    Para([R(`Mobile: ${p.mobile}`), ...(p.other ? [R(`   ·   ${p.other[0].label}: ${p.other[0].number}`)] : []), R(`   ·   ${p.email}`), R(`   ·   ${p.address}`)], { after: 100 }),
    h('Personal Profile'), Para(p.summary),
    h('Career History'), Tbl(rows, [5053, 5053], { top: light, bottom: light, left: light, right: light, insideHorizontal: light, insideVertical: light }),
    h('Key Skills'), Tbl(skRows, [3368, 3369, 3369], NOB),
    h('Education'), ...p.education.map((e) => Para([R(e.degree, { b: true }), R(` — ${e.school} (${Y(e.start)}–${Y(e.end)})`)])),
    h('Qualifications & Memberships'), ...p.certificates.map((c) => Para(c, { bullet: true, after: 10 })),
    h('Languages'), Para(p.languages.join('; ')),
    h('References'), Para('Available on request.'),
  ]);
}

/** T6a ca-summary-table (chromium): Canadian résumé whose experience is one table Period | Duration | Position & organization. */
function caTable(p: Person) {
  const css = `h1{font-size:20pt;margin:0;letter-spacing:1px} .sub{color:#444;margin:2px 0 6px} .ct{border-top:2px solid #234;border-bottom:1px solid #234;padding:4px 0;margin-bottom:10px;font-size:9pt}
  h2{font-size:10.5pt;text-transform:uppercase;color:#234;margin:12px 0 5px;letter-spacing:1px}
  table{width:100%;border-collapse:collapse} th{background:#234;color:#fff;text-align:left;padding:4px 6px;font-size:9pt} td{border-bottom:1px solid #bbb;padding:5px 6px;vertical-align:top}
  td.pd{width:34mm;white-space:nowrap} td.du{width:22mm;color:#555} .sk td{border:none;padding:2px 6px}`;
  const rows = newest(p).map((j) => `<tr><td class="pd">${rng(j, F.press, 'present')}</td><td class="du">${durEn(monthsOf(j))}</td><td><b>${esc(j.title)}</b><br>${esc(j.company)}, ${esc(j.city)}, NS${lis(j.duties)}</td></tr>`).join('');
  const s = sk(p);
  const skRows = Array.from({ length: Math.ceil(s.length / 2) }, (_, i) => `<tr><td>• ${esc(s[2 * i])}</td><td>${s[2 * i + 1] ? '• ' + esc(s[2 * i + 1]) : ''}</td></tr>`).join('');
  return page(p, css, `<h1>${esc(p.name.toUpperCase())}, RD</h1><div class="sub">${esc(p.headline)}</div>
  <div class="ct">${esc(p.address)} &nbsp;|&nbsp; Cell: ${p.mobile} &nbsp;|&nbsp; Work: ${p.other![0].number} &nbsp;|&nbsp; ${p.email}</div>
  <h2>Highlights of Qualifications</h2>${lis([p.summary, 'Bilingual service experience (English / French, intermediate).', 'Comfortable leading interprofessional teams.'])}
  <h2>Employment Summary</h2><table><tr><th>Period</th><th>Duration</th><th>Position &amp; organization</th></tr>${rows}</table>
  <h2>Core Skills</h2><table class="sk">${skRows}</table>
  <h2>Education</h2><table><tr><td class="pd">${F.press(p.education[0].start)} – ${F.press(p.education[0].end)}</td><td>${esc(p.education[0].degree)}, ${esc(p.education[0].school)}, Wolfville, NS</td></tr></table>
  <h2>Registration &amp; Certification</h2>${lis(p.certificates)}
  <h2>Languages</h2><p>${p.languages.map(esc).join(' · ')}</p>
  <p style="margin-top:10px;color:#555">References available upon request.</p>`);
}

/** T6b au-stacked-dates (chromium): Australian table résumé, name in a cell beside its label, date cell split over two lines, tickets table, referees. */
function auTable(p: Person) {
  const css = `h1{font-size:11pt;margin:0 0 6px;color:#555;font-weight:normal;letter-spacing:2px;text-transform:uppercase}
  table{width:100%;border-collapse:collapse;margin-bottom:8px} td,th{border:1px solid #9aa7b5;padding:4px 6px;vertical-align:top;text-align:left}
  th{background:#dfe7ef;font-size:9pt} .lb{background:#f3f6f9;font-weight:bold;width:30mm} .nm{font-size:17pt;font-weight:bold;color:#0d3b66}
  .cap td{background:#0d3b66;color:#fff;font-weight:bold;letter-spacing:1px} .dt{width:24mm;white-space:nowrap}`;
  const jobs = newest(p).map((j) => `<tr><td class="dt">${F.mon(j.start)} –<br>${j.end ? F.mon(j.end) : 'Current'}</td><td><b>${esc(j.company)}</b><br>${esc(j.city)}, QLD</td><td>${esc(j.title)}</td><td>${lis(j.duties)}</td></tr>`).join('');
  return page(p, css, `<h1>Résumé</h1>
  <table><tr><td class="lb">Name</td><td colspan="3" class="nm">${esc(p.name)}</td></tr>
  <tr><td class="lb">Mobile</td><td>${p.mobile}</td><td class="lb">Home</td><td>${p.other![0].number}</td></tr>
  <tr><td class="lb">Email</td><td>${p.email}</td><td class="lb">Address</td><td>${esc(p.address)}</td></tr>
  <tr><td class="lb">Career objective</td><td colspan="3">${esc(p.summary)}</td></tr></table>
  <table><tr class="cap"><td colspan="3">TICKETS &amp; LICENCES</td></tr><tr><th>Ticket / licence</th><th>Number</th><th>Expiry</th></tr>
  <tr><td>${esc(p.certificates[0])}</td><td>QLD 74418</td><td>06/2028</td></tr><tr><td>${esc(p.certificates[1])}</td><td>CCE-2291</td><td>03/2027</td></tr><tr><td>${esc(p.certificates[2])}</td><td>—</td><td>09/2027</td></tr></table>
  <table><tr class="cap"><td colspan="4">EMPLOYMENT HISTORY</td></tr><tr><th>Dates</th><th>Employer</th><th>Position</th><th>Key duties</th></tr>${jobs}</table>
  <table><tr class="cap"><td colspan="2">KEY SKILLS</td></tr>${Array.from({ length: Math.ceil(sk(p).length / 2) }, (_, i) => `<tr><td>${esc(sk(p)[2 * i])}</td><td>${esc(sk(p)[2 * i + 1] ?? '')}</td></tr>`).join('')}</table>
  <table><tr class="cap"><td colspan="3">EDUCATION</td></tr><tr><td class="dt">${Y(p.education[0].start)} – ${Y(p.education[0].end)}</td><td>${esc(p.education[0].degree)}</td><td>${esc(p.education[0].school)}</td></tr></table>
  <table><tr class="cap"><td colspan="3">REFEREES</td></tr><tr><th>Name</th><th>Position</th><th>Phone</th></tr>
  <tr><td>Graham Kettle</td><td>Engineering Manager, Coral Coast Energy</td><td>0438 227 901</td></tr><tr><td>Priya Raman</td><td>Principal Engineer, Brigalow Power Pty Ltd</td><td>(07) 3012 4480</td></tr></table>`);
}

/** T7 sg-my-bilingual-form (docx): name in a title row above the form; every label "中文 / English" as two paragraphs in one cell; From/To cells each holding the Chinese and the English date. */
function bilingualForm(p: Person, o: { extra: [string, string, string][]; title: string; mobile: string }) {
  const lab = (zh: string, en: string, w = 1700, span?: number) => Cell([Para([R(zh, { b: true })], { after: 0 }), Para([R(en, { sz: 15, color: '555555' })], { after: 0 })], { w, span, fill: 'F2E9D8', v: 'center' });
  const v = (t: string, w: number, span?: number) => Cell([Para(t)], { w, span, v: 'center' });
  const w = [1700, 3353, 1700, 3353];
  const top: TableRow[] = [
    Row([Cell([Para([R(`${p.name}　${p.latin}`, { b: true, sz: 30, color: 'FFFFFF' })], { align: 'center', after: 0 }), Para([R(o.title, { sz: 19, color: 'FFFFFF' })], { align: 'center' })], { w: W, span: 4, fill: '7B3F00' })]),
    Row([lab('手机', 'Mobile'), v(o.mobile, 3353), lab(p.other![0].label.replace(/[A-Za-z() ]+/g, '').trim(), p.other![0].label.replace(/[^A-Za-z() ]+/g, '').trim()), v(p.other![0].number, 3353)]),
    Row([lab('电邮', 'E-mail'), v(p.email, 3353), lab('应征职位', 'Position applied'), v(p.headline, 3353)]),
    Row([lab('地址', 'Address'), v(p.address, 8406, 3)]),
    ...o.extra.map(([zh, en, val]) => Row([lab(zh, en), v(val, 8406, 3)])),
  ];
  const wj = [1500, 1500, 2400, 1900, 2806];
  const jobs: TableRow[] = [Row([lab('起', 'From', 1500), lab('止', 'To', 1500), lab('公司', 'Company', 2400), lab('职位', 'Position', 1900), lab('主要职责', 'Main duties', 2806)])];
  for (const j of newest(p)) jobs.push(Row([
    Cell([Para(F.zh(j.start), { after: 0 }), Para([R(F.mon(j.start), { color: '555555', sz: 17 })])], { w: 1500 }),
    Cell(j.end ? [Para(F.zh(j.end), { after: 0 }), Para([R(F.mon(j.end), { color: '555555', sz: 17 })])] : [Para('至今', { after: 0 }), Para([R('Present', { color: '555555', sz: 17 })])], { w: 1500 }),
    Cell([Para([R(j.company, { b: true })], { after: 0 }), Para([R(j.city, { sz: 16, color: '666666' })])], { w: 2400 }),
    Cell(j.title, { w: 1900 }),
    Cell(j.duties.map((d) => Para(d, { bullet: true, after: 10 })), { w: 2806 }),
  ], true));
  const sec = (zh: string, en: string) => Para([R(`${zh}  ${en}`, { b: true, sz: 21, color: '7B3F00' })], { before: 160, after: 60 });
  const rest: TableRow[] = [
    Row([lab('专业技能', 'Skills', 1900), Cell(sk(p).map((s) => Para(s, { bullet: true, after: 0 })), { w: 8206 })]),
    Row([lab('语言', 'Languages', 1900), v(p.languages.join(', '), 8206)]),
    Row([lab('证书', 'Certification', 1900), v(p.certificates.join('; '), 8206)]),
  ];
  return Doc(p, [
    Tbl(top, w),
    sec('工作经历', 'Employment Record'), Tbl(jobs, wj),
    sec('教育背景', 'Education'), Tbl(p.education.map((e) => Row([v(`${F.zh(e.start)} – ${F.zh(e.end)}`, 2600), v(e.school, 3600), v(e.degree, 3906)])), [2600, 3600, 3906]),
    sec('技能及其他', 'Skills & Others'), Tbl(rest, [1900, 8206]),
    Para([R('本人声明以上资料属实。I declare that the above particulars are true.', { sz: 16, color: '555555' })], { before: 160 }),
  ], { footer: [Para([R(`${p.latin} · ${p.name} · `, { sz: 15 }), ...pageNo('Page ')], { align: 'right' })] });
}

/** T8 rowspan-oldest (chromium): employment record oldest first, employer cell spanning its designations, separate From / To cells. */
function rowspanOldest(p: Person, o: { present: string; fmt: (s: string) => string; heading: string; particulars: [string, string][] }) {
  const css = `.top{display:flex;justify-content:space-between;border-bottom:3px double #333;padding-bottom:6px;margin-bottom:8px} .nm{font-size:18pt;font-weight:bold}
  h2{font-size:10pt;background:#e9e9e9;padding:3px 6px;margin:10px 0 5px;text-transform:uppercase;letter-spacing:.5px}
  table{width:100%;border-collapse:collapse} td,th{border:1px solid #777;padding:4px 5px;vertical-align:top;text-align:left} th{background:#f5f5f5;font-size:8.8pt}
  .n{width:7mm;text-align:center} .d{width:19mm;white-space:nowrap} .pt td{border:none;padding:1px 4px} .pt td:first-child{width:38mm;font-weight:bold}`;
  let n = 0;
  const rows = groups(p.work).map((g) => g.jobs.map((j, i) => `<tr><td class="n">${++n}</td>${i === 0 ? `<td rowspan="${g.jobs.length}"><b>${esc(g.company)}</b><br>${esc(j.city)}</td>` : ''}<td>${esc(j.title)}</td><td class="d">${o.fmt(j.start)}</td><td class="d">${j.end ? o.fmt(j.end) : o.present}</td><td>${esc(j.duties.join(' '))}</td></tr>`).join('')).join('');
  return page(p, css, `<div class="top"><div><div class="nm">${esc(p.name)}</div><div>${esc(p.headline)}</div></div><div style="text-align:right">Mobile: ${p.mobile}<br>${p.other ? `${p.other[0].label}: ${p.other[0].number}<br>` : ''}${p.email}</div></div>
  <h2>Profile</h2><p>${esc(p.summary)}</p>
  <h2>${o.heading}</h2><table><tr><th class="n">#</th><th>Employer</th><th>Designation</th><th>From</th><th>To</th><th>Major responsibilities</th></tr>${rows}</table>
  <h2>Skills</h2><table><tr>${sk(p).map((s) => `<td style="text-align:center">${esc(s)}</td>`).join('')}</tr></table>
  <h2>Education</h2><table><tr><th>Degree</th><th>Institution</th><th>Year</th></tr>${p.education.map((e) => `<tr><td>${esc(e.degree)}</td><td>${esc(e.school)}</td><td>${Y(e.end)}</td></tr>`).join('')}</table>
  <h2>Certifications &amp; Languages</h2><p>${p.certificates.map(esc).join('; ')}<br>Languages: ${p.languages.map(esc).join(', ')}</p>
  <h2>Personal Details</h2><table class="pt">${[['Address', p.address], ...o.particulars].map(([a, b]) => `<tr><td>${a}</td><td>: ${esc(b)}</td></tr>`).join('')}</table>`);
}

/** T9 zh-jianlibiao-html (chromium): 个人简历表 with the name in the title row, photo cell beside the particulars, 工作单位 rowspan over posts. */
function zhJianlibiao(p: Person, o: { bi: boolean }) {
  const L = (zh: string, en: string) => `<th>${zh}${o.bi ? `<br><small>${en}</small>` : ''}</th>`;
  const css = `table{width:100%;border-collapse:collapse;margin-bottom:7px} td,th{border:1px solid #4a6fa5;padding:4px 6px;vertical-align:middle;text-align:left} th{background:#eaf0f8;font-weight:bold;white-space:nowrap;width:22mm} th small{font-weight:normal;color:#556;font-size:7.5pt}
  .t td{border:none;border-bottom:3px solid #4a6fa5;font-size:16pt;font-weight:bold;text-align:center;color:#1d3c6e;padding-bottom:6px}
  .s td{background:#4a6fa5;color:#fff;font-weight:bold} .ph{width:30mm;text-align:center} .d{white-space:nowrap;width:30mm} .co{width:42mm}`;
  const present = o.bi ? '至今 Present' : '至今';
  const fmt = (s: string) => (o.bi ? F.slash(s) : F.slash(s));
  const rows = groups(newest(p)).map((g) => g.jobs.map((j, i) => `<tr>${i === 0 ? `<td class="co" rowspan="${g.jobs.length}"><b>${esc(g.company)}</b></td>` : ''}<td class="d">${fmt(j.start)}-${j.end ? fmt(j.end) : present}</td><td>${esc(j.title)}</td><td>${j.duties.map(esc).join('<br>')}</td></tr>`).join('')).join('');
  return page(p, css, `<table><tr class="t"><td colspan="5">${p.name}${o.bi ? ` ${esc(p.latin!)}` : ''} · 个人简历${o.bi ? ' Résumé' : ''}</td></tr></table>
  <table><tr>${L('性别', 'Gender')}<td>${p.gender ?? '男'}</td>${L('出生年月', 'Born')}<td>${p.birth ?? '1990年3月'}</td><td class="ph" rowspan="4">${silhouette(68, 88)}</td></tr>
  <tr>${L('手机', 'Mobile')}<td>${p.mobile}</td>${L('邮箱', 'E-mail')}<td>${p.email}</td></tr>
  <tr>${L('现居地', 'Location')}<td colspan="3">${esc(p.address)}</td></tr>
  <tr>${L('求职意向', 'Objective')}<td colspan="3">${esc(p.headline)}${p.other ? `　（${esc(p.other[0].label)}：${p.other[0].number}）` : ''}</td></tr></table>
  <table><tr class="s"><td colspan="4">工作经历${o.bi ? ' Work Experience' : ''}</td></tr><tr>${L('工作单位', 'Company')}${L('起止时间', 'Period')}${L('职位', 'Position')}${L('主要职责', 'Responsibilities')}</tr>${rows}</table>
  <table><tr class="s"><td colspan="3">教育背景${o.bi ? ' Education' : ''}</td></tr>${p.education.map((e) => `<tr><td class="d">${F.slash(e.start)}-${F.slash(e.end)}</td><td>${esc(e.school)}</td><td>${esc(e.degree)}</td></tr>`).join('')}</table>
  <table><tr>${L('专业技能', 'Skills')}<td>${sk(p).map(esc).join('，')}</td></tr><tr>${L('证书', 'Certificates')}<td>${p.certificates.map(esc).join('；')}</td></tr><tr>${L('语言', 'Languages')}<td>${p.languages.map(esc).join('；')}</td></tr>
  <tr>${L('自我评价', 'Summary')}<td>${esc(p.summary)}</td></tr></table>`);
}

/** T10 txt-adoc-table: CV kept as AsciiDoc source; career in a |=== table. */
function adocTable(p: Person, zh: boolean) {
  const L: string[] = [];
  L.push(`= ${p.name}`, `${p.name} <${p.email}>`, `:mobile: ${p.mobile}`, ...(p.other ? [`:${zh ? 'office' : 'home'}: ${p.other[0].number}`] : []), `:location: ${p.city}`, `:toc!:`, '');
  L.push(zh ? `${p.headline}，${p.city}。手机 {mobile}，邮箱 ${p.email}。` : `${p.headline}, ${p.city}. Mobile {mobile} · Home {home} · ${p.email}`, '');
  L.push(zh ? '== 个人简介' : '== Profile', '', p.summary, '');
  L.push(zh ? '== 工作经历' : '== Career', '', '[cols="3,4,3,6",options="header"]', '|===');
  L.push(zh ? '|起止时间 |单位 |职务 |主要工作' : '|Period |Employer |Role |Highlights', '');
  for (const j of newest(p)) L.push(`|${zh ? `${F.zh(j.start)}—${j.end ? F.zh(j.end) : '至今'}` : rng(j, F.mon, 'Present')}`, `|${j.company}`, `|${j.title}`, `|${j.duties.join(' ')}`, '');
  L.push('|===', '');
  L.push(zh ? '== 专业技能' : '== Skills', '', ...sk(p).map((s) => `* ${s}`), '');
  L.push(zh ? '== 教育' : '== Education', '', ...p.education.map((e) => `${e.school}:: ${e.degree} (${Y(e.start)}–${Y(e.end)})`), '');
  L.push(zh ? '== 证书' : '== Certificates', '', ...p.certificates.map((c) => `* ${c}`), '');
  L.push(zh ? '== 语言' : '== Languages', '', p.languages.join(', '), '');
  return L.join('\n');
}

/** T12 dates-last-rowspan (chromium): employment table, employer first, each job two rows with the period in the LAST column spanning both. */
function twoRowTable(p: Person, o: { bi: boolean; fmt: (j: Job) => string }) {
  const h = (en: string, zh: string) => (o.bi ? `${en} ${zh}` : en);
  const css = `.hd{display:grid;grid-template-columns:1fr auto;align-items:end;border-bottom:2px solid #3d5a80;padding-bottom:5px;margin-bottom:8px} .nm{font-size:19pt;font-weight:bold;color:#3d5a80}
  h2{font-size:10.5pt;color:#3d5a80;margin:10px 0 4px;border-bottom:1px solid #98c1d9}
  table{width:100%;border-collapse:collapse} td,th{border:1px solid #98c1d9;padding:4px 6px;vertical-align:top;text-align:left} th{background:#e0fbfc;font-size:8.8pt}
  td.per{width:32mm;vertical-align:middle;text-align:center;background:#f6fbfd;white-space:nowrap} tr.dut td{font-size:9pt;color:#333}`;
  const rows = newest(p).map((j) => `<tr><td><b>${esc(j.company)}</b></td><td>${esc(j.title)}</td><td>${esc(j.city)}</td><td class="per" rowspan="2">${o.fmt(j)}</td></tr><tr class="dut"><td colspan="3">${esc(j.duties.join(' '))}</td></tr>`).join('');
  return page(p, css, `<div class="hd"><div><div class="nm">${p.name}${o.bi ? ` <span style="font-size:12pt;color:#555">${esc(p.latin!)}</span>` : ''}</div><div>${esc(p.headline)}</div></div>
  <div style="text-align:right">${o.bi ? 'Mobile 手机' : 'Mobile'}: ${p.mobile}<br>${o.bi ? 'E-mail 邮箱' : 'E-mail'}: ${p.email}<br>${esc(p.city)}${p.other ? ` · ${esc(p.other[0].label)} ${p.other[0].number}` : ''}</div></div>
  <p>${esc(p.summary)}</p>
  <h2>${h('Employment', '工作经历')}</h2><table><tr><th>${h('Employer', '公司')}</th><th>${h('Job title', '职位')}</th><th>${h('Location', '地点')}</th><th>${h('Period', '期间')}</th></tr>${rows}</table>
  <h2>${h('Skills', '技能')}</h2><table><tr>${sk(p).map((s) => `<td>${esc(s)}</td>`).join('')}</tr></table>
  <h2>${h('Education', '教育')}</h2><table>${p.education.map((e) => `<tr><td>${esc(e.school)}</td><td>${esc(e.degree)}</td><td class="per">${Y(e.start)} – ${Y(e.end)}</td></tr>`).join('')}</table>
  <h2>${h('Certificates & languages', '证书与语言')}</h2><p>${p.certificates.map(esc).join('; ')}<br>${p.languages.map(esc).join(' · ')}</p>`);
}

// ================================================================ TWO-COLUMN templates
/** Da rail-contact-table (chromium): CSS grid, light left rail whose contact block is a small label/value table; dates right of the title line. */
function railContactTable(p: Person, o: { fmt: (j: Job) => string; extra: [string, string][] }) {
  const css = `.g{display:grid;grid-template-columns:58mm 1fr;gap:0 7mm} .rail{background:#eef1f4;padding:8px 9px;border-top:5px solid #2b6777}
  .rail h3{font-size:9pt;text-transform:uppercase;color:#2b6777;margin:10px 0 4px;letter-spacing:1px} .rail table{border-collapse:collapse;font-size:8.5pt;width:100%} .rail td{padding:1px 2px;vertical-align:top} .rail td.l{color:#666;width:14mm}
  .rail ul{padding-left:12px} h1{font-size:21pt;margin:0;color:#2b6777} .hl{font-size:11pt;color:#444;margin-bottom:8px}
  h2{font-size:10.5pt;border-bottom:1.5px solid #2b6777;color:#2b6777;margin:10px 0 5px;text-transform:uppercase}
  .job{margin-bottom:7px} .jt{display:flex;justify-content:space-between;gap:6px} .jt b{font-size:10pt} .dt{white-space:nowrap;color:#444;font-size:9pt} .co{color:#2b6777}`;
  const contact = [['Mobile', p.mobile], ...(p.other ? [[p.other[0].label, p.other[0].number]] : []), ['Email', p.email], ['Address', p.address], ...o.extra];
  return page(p, css, `<div class="g"><aside class="rail">
  <h3>Contact</h3><table>${contact.map(([a, b]) => `<tr><td class="l">${esc(a)}</td><td>${esc(b)}</td></tr>`).join('')}</table>
  <h3>Skills</h3><ul>${sk(p).map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
  <h3>Certifications</h3><ul>${p.certificates.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
  <h3>Languages</h3><p>${p.languages.map(esc).join('<br>')}</p>
  <h3>Education</h3>${p.education.map((e) => `<p><b>${esc(e.degree)}</b><br>${esc(e.school)}<br>${Y(e.start)} – ${Y(e.end)}</p>`).join('')}
  </aside><main><h1>${esc(p.name)}</h1><div class="hl">${esc(p.headline)}</div>
  <h2>Summary</h2><p>${esc(p.summary)}</p><h2>Experience</h2>
  ${newest(p).map((j) => `<div class="job"><div class="jt"><span><b>${esc(j.title)}</b> · <span class="co">${esc(j.company)}</span></span><span class="dt">${o.fmt(j)}</span></div><div style="color:#666;font-size:8.5pt">${esc(j.city)}</div>${lis(j.duties)}</div>`).join('')}
  </main></div>`);
}

/** Db zh-rail-infotable (chromium): 中文双栏 flex, main left, tinted right rail with 基本信息 as a small table; company left / 年月 range right. */
function zhRailInfo(p: Person) {
  const css = `.w{display:flex;gap:6mm} main{flex:1} aside{width:56mm;background:#f4efe6;padding:8px 9px}
  h1{font-size:22pt;margin:0;letter-spacing:4px} .yx{color:#8a5a2b;margin:2px 0 8px} h2{font-size:11pt;color:#8a5a2b;border-left:4px solid #8a5a2b;padding-left:6px;margin:10px 0 5px}
  .job{margin-bottom:7px} .r{display:flex;justify-content:space-between} .r span{white-space:nowrap;color:#555} ol{margin:2px 0 0;padding-left:18px}
  aside h3{font-size:10pt;color:#8a5a2b;margin:8px 0 4px;border-bottom:1px solid #d8c6a8} aside table{border-collapse:collapse;width:100%;font-size:8.8pt} aside td{padding:1px 2px;vertical-align:top} aside td.l{color:#777;width:13mm}
  .tag{display:inline-block;border:1px solid #c9a877;border-radius:9px;padding:0 6px;margin:2px 2px;font-size:8.5pt}`;
  const info = [['性别', p.gender!], ['出生', p.birth!], ['现居', p.city], ['手机', p.mobile], ...(p.other ? [[p.other[0].label, p.other[0].number]] : []), ['邮箱', p.email]];
  return page(p, css, `<div class="w"><main><h1>${p.name}</h1><div class="yx">求职意向：${esc(p.headline)}　｜　期望城市：${esc(p.city)}</div>
  <h2>个人优势</h2><p>${esc(p.summary)}</p><h2>工作经历</h2>
  ${newest(p).map((j) => `<div class="job"><div class="r"><b>${esc(j.company)}</b><span>${F.zh(j.start)} — ${j.end ? F.zh(j.end) : '至今'}</span></div><div>${esc(j.title)}　·　${esc(j.city)}</div><ol>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ol></div>`).join('')}
  <h2>教育经历</h2>${p.education.map((e) => `<div class="r"><b>${esc(e.school)}</b><span>${F.zh(e.start)} — ${F.zh(e.end)}</span></div><div>${esc(e.degree)}</div>`).join('')}
  </main><aside><h3>基本信息</h3><table>${info.map(([a, b]) => `<tr><td class="l">${esc(a)}</td><td>${esc(b)}</td></tr>`).join('')}</table>
  <h3>专业技能</h3><div>${sk(p).map((s) => `<span class="tag">${esc(s)}</span>`).join('')}</div>
  <h3>证书</h3><p>${p.certificates.map(esc).join('<br>')}</p><h3>语言</h3><p>${p.languages.map(esc).join('<br>')}</p></aside></div>`);
}

/** Dc twocell-nested-jobs (docx): borderless two-cell table, shaded left rail; each job a nested borderless table whose left cell holds dates / employer / town as three paragraphs. */
function twocellNested(p: Person, o: { fmt: (j: Job) => string; extra: string[] }) {
  const lw = 3000, rw = W - lw;
  const rh = (t: string) => Para([R(t, { b: true, color: 'FFFFFF', sz: 19, caps: true })], { before: 160, after: 60, shade: '37474F' });
  const left = [
    Para([R('Contact', { b: true, sz: 22, color: '37474F' })], { after: 60 }),
    Para([R('Mobile', { b: true })], { after: 0 }), Para(p.mobile),
    ...(p.other ? [Para([R(p.other[0].label, { b: true })], { after: 0 }), Para(p.other[0].number)] : []),
    Para([R('E-mail', { b: true })], { after: 0 }), Para(p.email),
    Para([R('Address', { b: true })], { after: 0 }), Para(p.address),
    ...o.extra.map((x) => Para(x)),
    rh('Skills'), ...sk(p).map((s) => Para(s, { bullet: true, after: 10 })),
    rh('Languages'), ...p.languages.map((s) => Para(s, { after: 10 })),
    rh('Certifications'), ...p.certificates.map((s) => Para(s, { after: 20 })),
    rh('Education'), ...p.education.flatMap((e) => [Para([R(e.degree, { b: true })], { after: 0 }), Para(e.school, { after: 0 }), Para(`${Y(e.start)} – ${Y(e.end)}`)]),
  ];
  const job = (j: Job) => Tbl([Row([
    Cell([Para([R(o.fmt(j), { b: true, sz: 17 })], { after: 10 }), Para([R(j.company, { color: '37474F', sz: 17 })], { after: 10 }), Para([R(j.city, { color: '777777', sz: 16 })])], { w: 2200, m: 30 }),
    Cell([Para([R(j.title, { b: true, sz: 21 })], { after: 20 }), ...j.duties.map((d) => Para(d, { bullet: true, after: 10 }))], { w: rw - 2400, m: 30 }),
  ], true)], [2200, rw - 2400], NOB);
  const right = [
    Para([R(p.name, { b: true, sz: 40, color: '37474F' })], { after: 0 }),
    Para([R(p.headline, { sz: 22 })], { after: 120 }),
    Para([R('PROFILE', { b: true, color: '37474F' })], { border: true, after: 60 }), Para(p.summary, { after: 120 }),
    Para([R('PROFESSIONAL EXPERIENCE', { b: true, color: '37474F' })], { border: true, after: 60 }),
    ...newest(p).flatMap((j) => [job(j), Para('', { after: 60 })]),
  ];
  return Doc(p, [Tbl([Row([Cell(left, { w: lw, fill: 'ECEFF1', m: 120 }), Cell(right, { w: rw, m: 120 })])], [lw, rw], NOB)]);
}

/** Dd hant-twocell (docx): 繁體 Word 履歷 on a two-cell table: shaded left cell with a photo box and the name UNDER it, right cell company ⇥ period. */
function hantTwocell(p: Person, o: { present: string; fmt: (s: string) => string }) {
  const lw = 3100, rw = W - lw;
  const photo = Tbl([Row([Cell([Para(''), Para([R('相片', { color: '999999' })], { align: 'center', before: 300, after: 300 }), Para('')], { w: 1700 })])], [1700],
    { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: NONE, insideVertical: NONE });
  const lh = (t: string) => Para([R(t, { b: true, color: '2F5233', sz: 21 })], { before: 160, after: 40, border: true });
  const left = [
    photo,
    Para([R(p.name, { b: true, sz: 36 })], { before: 100, after: 0 }),
    ...(p.latin ? [Para([R(p.latin, { color: '555555' })])] : []),
    Para([R(p.headline, { color: '2F5233' })], { after: 80 }),
    lh('聯絡方式'), Para(`手機　${p.mobile}`), ...(p.other ?? []).map((x) => Para(`${x.label}　${x.number}`)), Para(p.email), Para(p.address),
    lh('專長'), ...sk(p).map((s) => Para(`・${s}`, { after: 10 })),
    lh('證照'), ...p.certificates.map((s) => Para(s, { after: 10 })),
    lh('語言'), ...p.languages.map((s) => Para(s, { after: 10 })),
  ];
  const rh = (t: string) => Para([R(t, { b: true, sz: 23, color: '2F5233' })], { before: 200, after: 80, border: true });
  const tabs = [{ t: 'right' as const, pos: rw - 260 }];
  const right = [
    rh('自我介紹'), Para(p.summary),
    rh('工作經歷'),
    ...newest(p).flatMap((j) => [
      Para([R(j.company, { b: true }), TAB(), R(`${o.fmt(j.start)} – ${j.end ? o.fmt(j.end) : o.present}`, { color: '555555' })], { tabs, after: 0, keep: true }),
      Para([R(`${j.title}｜${j.city}`, { i: true })], { after: 20, keep: true }),
      ...j.duties.map((d) => Para(d, { bullet: true, after: 10 })),
      Para('', { after: 40 }),
    ]),
    rh('學歷'), ...p.education.map((e) => Para([R(e.school, { b: true }), R(`　${e.degree}`), TAB(), R(`${o.fmt(e.start)} – ${o.fmt(e.end)}`)], { tabs })),
  ];
  return Doc(p, [Tbl([Row([Cell(left, { w: lw, fill: 'E8EFE6', m: 120 }), Cell(right, { w: rw, m: 120 })])], [lw, rw], NOB)]);
}

/** De1 bilingual-grid-datecol (chromium): dark left rail with the Chinese name large over the romanised name; main column is a 2-col grid with a date column. */
function bilingualGrid(p: Person, o: { fmt: (j: Job) => string; particulars: [string, string][] }) {
  const css = `.g{display:grid;grid-template-columns:60mm 1fr;min-height:265mm} .rail{background:#22313f;color:#eef;padding:12px 11px}
  .zh{font-size:25pt;font-weight:bold;letter-spacing:3px} .en{font-size:11pt;margin-bottom:4px;color:#cfe} .rail h3{font-size:9pt;color:#8fd3c7;border-bottom:1px solid #4c6275;margin:12px 0 4px}
  .cap{font-size:7.5pt;color:#9ab} .rail p{margin-bottom:4px} main{padding:8px 0 0 8mm} h2{font-size:11pt;color:#22313f;margin:6px 0 6px;border-bottom:2px solid #8fd3c7}
  .row{display:grid;grid-template-columns:33mm 1fr;gap:4mm;margin-bottom:7px} .dt{font-size:8.8pt;color:#22313f;font-weight:bold} .sub{color:#666}`;
  return page(p, css, `<div class="g"><aside class="rail"><div class="zh">${p.name}</div><div class="en">${esc(p.latin!)}</div><div>${esc(p.headline)}</div>
  <h3>联系 Contact</h3><p><span class="cap">手机 Mobile</span><br>${p.mobile}</p>${p.other ? `<p><span class="cap">${esc(p.other[0].label)}</span><br>${p.other[0].number}</p>` : ''}<p><span class="cap">电邮 E-mail</span><br>${p.email}</p><p><span class="cap">地址 Address</span><br>${esc(p.address)}</p>
  ${o.particulars.map(([a, b]) => `<p><span class="cap">${esc(a)}</span><br>${esc(b)}</p>`).join('')}
  <h3>技能 Skills</h3>${sk(p).map((s) => `<p>${esc(s)}</p>`).join('')}
  <h3>语言 Languages</h3><p>${p.languages.map(esc).join('<br>')}</p><h3>证书 Certification</h3><p>${p.certificates.map(esc).join('<br>')}</p></aside>
  <main><h2>简介 Profile</h2><p>${esc(p.summary)}</p><h2 style="margin-top:12px">工作经历 Work Experience</h2>
  ${newest(p).map((j) => `<div class="row"><div class="dt">${o.fmt(j)}</div><div><b>${esc(j.title)}</b><br><span class="sub">${esc(j.company)} · ${esc(j.city)}</span>${lis(j.duties)}</div></div>`).join('')}
  <h2 style="margin-top:12px">教育 Education</h2>${p.education.map((e) => `<div class="row"><div class="dt">${F.mmY(e.start)} – ${F.mmY(e.end)}</div><div><b>${esc(e.degree)}</b><br>${esc(e.school)}</div></div>`).join('')}</main></div>`);
}

/** De2 rail-right-bilingual (chromium): flex, main left, white-on-colour RIGHT rail; header with the romanised name big and the Chinese name beside it. */
function railRightBilingual(p: Person, o: { fmt: (j: Job) => string; hant: boolean }) {
  const t = (sc: string, tc: string) => (o.hant ? tc : sc);
  const css = `.hd{display:flex;align-items:baseline;gap:10px;border-bottom:3px solid #9c2f4b;padding-bottom:4px;margin-bottom:8px} .hd .en{font-size:20pt;font-weight:bold} .hd .zh{font-size:18pt;color:#9c2f4b}
  .w{display:flex;gap:6mm} main{flex:1} aside{width:55mm;background:#9c2f4b;color:#fff;padding:9px 10px} aside h3{font-size:9.5pt;margin:9px 0 3px;border-bottom:1px solid #d98ca0}
  aside p{margin-bottom:3px;font-size:8.8pt} h2{font-size:10.5pt;color:#9c2f4b;margin:8px 0 5px;text-transform:uppercase}
  .job{margin-bottom:7px;padding-left:8px;border-left:2px solid #e6bcc7} .d{color:#777;font-size:8.8pt}`;
  return page(p, css, `<div class="hd"><span class="en">${esc(p.latin!)}</span><span class="zh">${p.name}</span><span style="margin-left:auto;color:#555">${esc(p.headline)}</span></div>
  <div class="w"><main><h2>${t('个人简介', '個人簡介')} Summary</h2><p>${esc(p.summary)}</p><h2>${t('工作经历', '工作經歷')} Experience</h2>
  ${newest(p).map((j) => `<div class="job"><b>${esc(j.company)}</b> — ${esc(j.title)}<div class="d">${o.fmt(j)} · ${esc(j.city)}</div>${lis(j.duties)}</div>`).join('')}
  <h2>${t('教育', '教育')} Education</h2>${p.education.map((e) => `<p><b>${esc(e.school)}</b>, ${esc(e.degree)} <span class="d">(${Y(e.start)}–${Y(e.end)})</span></p>`).join('')}</main>
  <aside><h3>${t('联络', '聯絡')} Contact</h3><p>${t('手机', '手機')} Mobile<br>${p.mobile}</p>${p.other ? `<p>${esc(p.other[0].label)}<br>${p.other[0].number}</p>` : ''}<p>E-mail<br>${p.email}</p><p>${esc(p.address)}</p>
  <h3>${t('技能', '技能')} Skills</h3>${sk(p).map((s) => `<p>▸ ${esc(s)}</p>`).join('')}
  <h3>${t('语言', '語言')} Languages</h3>${p.languages.map((s) => `<p>${esc(s)}</p>`).join('')}<h3>${t('证书', '證書')} Certificates</h3>${p.certificates.map((s) => `<p>${esc(s)}</p>`).join('')}</aside></div>`);
}

/** Df band-rail-right (chromium): full-width name band, main left, shaded right rail; dates on their own line under title and employer. */
function bandRailRight(p: Person, o: { fmt: (j: Job) => string }) {
  const css = `.band{background:#5b3e96;color:#fff;padding:10px 12px;margin-bottom:8px} .band .n{font-size:21pt;font-weight:bold} .band .h{font-size:10.5pt;opacity:.9}
  .w{display:flex;gap:6mm} main{flex:1} aside{width:54mm;background:#efeaf7;padding:8px 9px} aside h3{font-size:9.5pt;color:#5b3e96;margin:8px 0 3px;text-transform:uppercase}
  aside p{font-size:8.8pt;margin-bottom:3px} h2{font-size:10.5pt;color:#5b3e96;border-bottom:1px solid #b9a7dc;margin:6px 0 5px;text-transform:uppercase}
  .job{margin-bottom:7px} .dt{font-size:8.5pt;color:#666;letter-spacing:.3px}`;
  return page(p, css, `<div class="band"><div class="n">${esc(p.name)}</div><div class="h">${esc(p.headline)}</div></div>
  <div class="w"><main><h2>Profile</h2><p>${esc(p.summary)}</p><h2>Experience</h2>
  ${newest(p).map((j) => `<div class="job"><b>${esc(j.title)}</b>, ${esc(j.company)}<div class="dt">${o.fmt(j)} · ${esc(j.city)}</div>${lis(j.duties)}</div>`).join('')}
  <h2>Education</h2>${p.education.map((e) => `<p><b>${esc(e.degree)}</b> — ${esc(e.school)}<br><span class="dt">${Y(e.start)} – ${Y(e.end)}</span></p>`).join('')}</main>
  <aside><h3>Contact</h3><p>Mobile: ${p.mobile}</p>${p.other ? `<p>${esc(p.other[0].label)}: ${p.other[0].number}</p>` : ''}<p>${p.email}</p><p>${esc(p.address)}</p>
  <h3>Skills</h3>${sk(p).map((s) => `<p>• ${esc(s)}</p>`).join('')}<h3>Certificates</h3>${p.certificates.map((s) => `<p>${esc(s)}</p>`).join('')}<h3>Languages</h3>${p.languages.map((s) => `<p>${esc(s)}</p>`).join('')}</aside></div>`);
}

// ================================================================ SINGLE-COLUMN templates
/** S1 pipe-meta-word (docx): single-column Word résumé, one bold meta line per job "Title | Employer | Town | Mon YYYY – Present", header with name repeated on later pages. */
function pipeMeta(p: Person, o: { region: string }) {
  const h = (t: string) => Para([R(t, { b: true, sz: 22, color: '7A4419', caps: true })], { before: 200, after: 60, border: true });
  return Doc(p, [
    Para([R(p.name, { b: true, sz: 44 })], { align: 'center', after: 20 }),
    Para([R(p.headline, { sz: 22, color: '7A4419' })], { align: 'center', after: 40 }),
    Para([R(`${p.address}  |  Cell ${p.mobile}  |  ${p.email}`, { sz: 18 })], { align: 'center', after: 120 }),
    h('Summary'), Para(p.summary),
    h('Core Skills'), Para(sk(p).join('  ·  ')),
    h('Professional Experience'),
    ...newest(p).flatMap((j) => [
      Para([R(`${j.title} | ${j.company} | ${j.city}, ${o.region} | ${rng(j, F.mon, 'Present')}`, { b: true })], { before: 80, after: 20, keep: true }),
      ...j.duties.map((d) => Para(d, { bullet: true, after: 10 })),
    ]),
    h('Education'), ...p.education.map((e) => Para([R(`${e.degree} | ${e.school} | ${Y(e.end)}`)])),
    h('Certifications'), ...p.certificates.map((c) => Para(c, { bullet: true, after: 10 })),
    h('Languages'), Para(p.languages.join(' | ')),
    ...(p.other ? [Para([R(`Daytime contact: ${p.other[0].label} ${p.other[0].number}`, { sz: 17, color: '666666' })], { before: 120 })] : []),
  ], { footer: [Para([R(`${p.name} — Résumé — `, { sz: 15 }), ...pageNo('Page ')], { align: 'center' })] });
}

/** S2 zh-single-rightdates (chromium): 中文单栏: centred name, one contact line, 公司（城市）left / 年月 range right, 职位 line, ◆ skills. */
function zhSingle(p: Person) {
  const css = `h1{text-align:center;font-size:22pt;margin:0;letter-spacing:6px} .ct{text-align:center;color:#444;margin:4px 0 10px;font-size:9pt}
  h2{font-size:11.5pt;color:#0b5563;border-bottom:1.5px solid #0b5563;margin:12px 0 6px;padding-bottom:1px}
  .r{display:flex;justify-content:space-between;margin-top:6px} .r span{white-space:nowrap} .t{color:#0b5563;margin:1px 0 2px} .sk{columns:2} .sk p{margin-bottom:2px}`;
  return page(p, css, `<h1>${p.name}</h1><div class="ct">手机：${p.mobile}　｜　邮箱：${p.email}　｜　${esc(p.city)}　｜　${p.gender}　${p.birth}生</div>
  <h2>求职意向</h2><p>${esc(p.headline)}　·　期望城市：${esc(p.city)}　·　到岗时间：一个月内</p>
  <h2>工作经历</h2>${newest(p).map((j) => `<div class="r"><b>${esc(j.company)}（${esc(j.city)}）</b><span>${F.zh(j.start)} — ${j.end ? F.zh(j.end) : '至今'}</span></div><div class="t">${esc(j.title)}</div>${j.duties.map((d, i) => `<p>${i + 1}. ${esc(d)}</p>`).join('')}`).join('')}
  <h2>教育背景</h2>${p.education.map((e) => `<div class="r"><b>${esc(e.school)}</b><span>${F.zh(e.start)} — ${F.zh(e.end)}</span></div><div>${esc(e.degree)}</div>`).join('')}
  <h2>专业技能</h2><div class="sk">${sk(p).map((s) => `<p>◆ ${esc(s)}</p>`).join('')}</div>
  <h2>证书与语言</h2><p>${p.certificates.map(esc).join('；')}；${p.languages.map(esc).join('；')}</p>
  <h2>自我评价</h2><p>${esc(p.summary)}</p>`);
}

/** S3 ie-single-statement (chromium): Irish CV, name left with an address block right, "Title — Employer, Town" then small-caps period line. */
function ieSingle(p: Person) {
  const css = `.hd{display:flex;justify-content:space-between;align-items:flex-start;border-bottom:1px solid #333;padding-bottom:6px} .nm{font-size:22pt;font-family:'Liberation Serif',serif}
  .ad{text-align:right;font-size:8.8pt;line-height:1.45} h2{font-family:'Liberation Serif',serif;font-size:12pt;margin:12px 0 4px;color:#1b4332}
  .pd{font-variant:small-caps;letter-spacing:.5px;color:#555;font-size:9.5pt} .job{margin-bottom:7px}`;
  return page(p, css, `<div class="hd"><div><div class="nm">${esc(p.name)}</div><div>${esc(p.headline)} · CEng MIEI</div></div><div class="ad">${esc(p.address).replace(/, /g, ',<br>')}<br>Mobile: ${p.mobile}<br>Home: ${p.other![0].number}<br>${p.email}</div></div>
  <h2>Personal Statement</h2><p>${esc(p.summary)}</p>
  <h2>Employment</h2>${newest(p).map((j) => `<div class="job"><b>${esc(j.title)}</b> — ${esc(j.company)}, ${esc(j.city)}<div class="pd">${rng(j, F.full, 'present')}</div>${lis(j.duties)}</div>`).join('')}
  <h2>Key Skills</h2><p>${sk(p).map(esc).join(' • ')}</p>
  <h2>Education</h2>${p.education.map((e) => `<p><b>${esc(e.degree)}</b>, ${esc(e.school)} <span class="pd">(${F.full(e.start)} – ${F.full(e.end)})</span></p>`).join('')}
  <h2>Professional Membership &amp; Training</h2>${lis(p.certificates)}
  <h2>Languages</h2><p>${p.languages.map(esc).join('; ')}</p><h2>Interests</h2><p>Sea swimming, GAA coaching (U12 camogie), hill walking.</p><h2>Referees</h2><p>Available on request.</p>`);
}

// ---------------------------------------------------------------- text templates
/** txt-caps-blocks: English text CV, each job a block of three lines: CAPS period, CAPS title, "Employer, Town", then "+ " duties. */
function txtCaps(p: Person, o: { fmt: (j: Job) => string; place: string }) {
  const L = [p.name.toUpperCase(), p.headline, `${o.place} | Mobile: ${p.mobile}${p.other ? ` | ${p.other[0].label}: ${p.other[0].number}` : ''} | ${p.email}`, ''];
  L.push('PROFILE', p.summary, '', 'EXPERIENCE', '');
  for (const j of newest(p)) L.push(o.fmt(j).toUpperCase(), j.title.toUpperCase(), `${j.company}, ${j.city}`, ...j.duties.map((d) => `  + ${d}`), '');
  L.push('SKILLS', ...sk(p).map((s) => `  + ${s}`), '', 'EDUCATION', ...p.education.map((e) => `${Y(e.start)} - ${Y(e.end)}  ${e.degree}, ${e.school}`), '');
  L.push('CERTIFICATIONS', ...p.certificates.map((c) => `  + ${c}`), '', 'LANGUAGES', p.languages.join(', '), '');
  return L.join('\n');
}
/** txt-zh-labels: 中文纯文本，▶ headings, each job as 单位：/职位：/时间：/内容： label lines. */
function txtZhLabels(p: Person) {
  const t = (sc: string, tc: string) => (p.hant ? tc : sc);
  const L = [`${p.name}　${t('个人简历', '個人履歷')}`, '', `${t('手机', '手機')}：${p.mobile}`, ...(p.other ?? []).map((x) => `${x.label}：${x.number}`), `${t('邮箱', '電郵')}：${p.email}`, `${t('地址', '地址')}：${p.address}`, `${t('求职意向', '求職意向')}：${p.headline}`, ''];
  L.push(`▶ ${t('工作经历', '工作經歷')}`, '');
  for (const j of newest(p)) {
    L.push(`${t('单位', '機構')}：${j.company}`, `${t('职位', '職位')}：${j.title}`, `${t('时间', '時間')}：${F.dot(j.start)} — ${j.end ? F.dot(j.end) : t('至今', '現在')}`, `${t('内容', '內容')}：${j.duties.join('')}`, '');
  }
  L.push(`▶ ${t('专业技能', '專業技能')}`, '', sk(p).join(' / '), '');
  L.push(`▶ ${t('教育背景', '教育背景')}`, '', ...p.education.map((e) => `${F.dot(e.start)} — ${F.dot(e.end)}　${e.school}　${e.degree}`), '');
  L.push(`▶ ${t('证书', '證書')}`, '', p.certificates.join('；'), '', `▶ ${t('语言', '語言')}`, '', p.languages.join('；'), '');
  L.push(`▶ ${t('自我评价', '自我評價')}`, '', p.summary, '');
  return L.join('\n');
}
/** txt-mixed-numbered: bilingual text CV (SG/MY), jobs numbered newest first with the period in square brackets at the end of the line. */
function txtMixedNumbered(p: Person, o: { mobile: string; extra: string[] }) {
  const L = [`${p.latin!.toUpperCase()} (${p.name})`, p.headline, `H/P 手机: ${o.mobile}   Email 电邮: ${p.email}`, ...(p.other ? [`${p.other[0].label}: ${p.other[0].number}`] : []), p.address, ...o.extra, '', 'SUMMARY 简介', p.summary, '', 'EMPLOYMENT 工作经历'];
  newest(p).forEach((j, i) => { L.push(`${i + 1}) ${j.title}, ${j.company} [${F.mmY(j.start)} – ${j.end ? F.mmY(j.end) : 'Present 至今'}]`, ...j.duties.map((d) => `   - ${d}`)); });
  L.push('', 'SKILLS 技能', sk(p).join('; '), '', 'EDUCATION 教育', ...p.education.map((e) => `${e.degree}, ${e.school} (${Y(e.start)} – ${Y(e.end)})`), '');
  L.push('LANGUAGES 语言', p.languages.join(', '), '', 'CERTIFICATION 证书', p.certificates.join('; '), '');
  return L.join('\n');
}
/** txt-mixed-zhfirst: Chinese-first bilingual text (Macau / Suzhou): "Employer — Title" then "2023年9月 – 現在 (Sep 2023 – Present)"; CRLF line ends. */
function txtMixedZhFirst(p: Person, o: { hant: boolean }) {
  const t = (sc: string, tc: string) => (o.hant ? tc : sc);
  const now = t('至今', '現在');
  const L = [`${p.name}  ${p.latin}`, `${p.headline}`, `${t('手机', '手機')} Mobile: ${p.mobile}`, ...(p.other ? [`${p.other[0].label}: ${p.other[0].number}`] : []), `${t('电邮', '電郵')} E-mail: ${p.email}`, '', `〔${t('工作经历', '工作經歷')} Work Experience〕`, ''];
  for (const j of newest(p)) L.push(`${j.company} — ${j.title}`, `${F.zh(j.start)} – ${j.end ? F.zh(j.end) : now} (${rng(j, F.mon, 'Present')})`, ...j.duties.map((d) => `・${d}`), '');
  L.push(`〔${t('专业技能', '專業技能')} Skills〕`, '', ...sk(p).map((s) => `・${s}`), '');
  L.push(`〔${t('教育', '教育')} Education〕`, '', ...p.education.map((e) => `${e.school}, ${e.degree}, ${Y(e.start)}–${Y(e.end)}`), '');
  L.push(`〔${t('语言', '語言')} Languages〕`, p.languages.join(' / '), '', `〔${t('证书', '證書')} Certificates〕`, p.certificates.join(' / '), '');
  return L.join('\r\n');
}

// ================================================================ assembly
const dash = (f: (s: string) => string, present: string, sep = ' – ') => (j: Job) => rng(j, f, present, sep);
{
  const p = P('p01');
  addDocx(p, 'table', 'ng-span-history', ngSpan(p));
  addHtml(p, 'two-column', 'rail-contact-table', railContactTable(p, { fmt: dash(F.mon, 'Present'), extra: [['Location', 'Lagos, Nigeria']] }));
  addTxt(p, 'single', 'txt-caps-blocks', txtCaps(p, { fmt: dash(F.mon, 'Present', ' - '), place: 'Lekki, Lagos, Nigeria' }));
}
{
  const p = P('p02');
  addDocx(p, 'table', 'ie-cardgrid', cardGrid(p, { dates: dash(F.full, 'Present'), country: 'Ireland' }));
  addTxt(p, 'table', 'txt-adoc-table', adocTable(p, false));
  addHtml(p, 'single', 'ie-single-statement', ieSingle(p));
}
{
  const p = P('p03');
  addHtml(p, 'table', 'rowspan-oldest', rowspanOldest(p, { present: 'Till date', fmt: F.mon, heading: 'Employment Record (chronological)', particulars: [['Date of Birth', p.birth!], ['Nationality', 'Indian'], ['Passport No.', 'Z48XXXX1'], ['Notice Period', '60 days']] }));
  addDocx(p, 'two-column', 'twocell-nested-jobs', twocellNested(p, { fmt: dash(F.mon, 'Present'), extra: ['Notice period: 60 days'] }));
  addTxt(p, 'single', 'txt-caps-blocks', txtCaps(p, { fmt: (j) => `${F.mmY(j.start)} - ${j.end ? F.mmY(j.end) : 'Till date'}`, place: 'Baner, Pune, India' }));
}
{
  const p = P('p04');
  addHtml(p, 'table', 'ca-summary-table', caTable(p));
  addHtml(p, 'two-column', 'rail-contact-table', railContactTable(p, { fmt: dash(F.press, 'present'), extra: [['Status', 'Canadian citizen']] }));
  addDocx(p, 'single', 'pipe-meta-word', pipeMeta(p, { region: 'NS' }));
}
{
  const p = P('p05');
  addHtml(p, 'table', 'rowspan-oldest', rowspanOldest(p, { present: 'Current', fmt: F.mmY, heading: 'Employment History (oldest first)', particulars: [['ID Number', '870914 XXXX 08X'], ["Driver's licence", 'Code 10 (C1)'], ['Home language', 'isiZulu'], ['Notice period', '1 calendar month']] }));
  addHtml(p, 'two-column', 'band-rail-right', bandRailRight(p, { fmt: dash(F.mon, 'present', ' — ') }));
  addDocx(p, 'single', 'pipe-meta-word', pipeMeta(p, { region: 'GP' }));
}
{
  const p = P('p06');
  addDocx(p, 'table', 'ie-cardgrid', cardGrid(p, { dates: dash(F.mon, 'Present'), country: 'UK' }));
  addHtml(p, 'table', 'dates-last-rowspan', twoRowTable(p, { bi: false, fmt: dash(F.mon, 'present') }));
  addHtml(p, 'two-column', 'band-rail-right', bandRailRight(p, { fmt: dash(F.caps, 'PRESENT', ' — ') }));
}
{
  const p = P('p07');
  addHtml(p, 'table', 'au-stacked-dates', auTable(p));
  addDocx(p, 'two-column', 'twocell-nested-jobs', twocellNested(p, { fmt: dash(F.mmY, 'current'), extra: ['Licence: QLD C class, HR truck'] }));
  addTxt(p, 'single', 'txt-caps-blocks', txtCaps(p, { fmt: dash(F.mon, 'Current', ' - '), place: 'Wilston QLD 4051' }));
}
{
  const p = P('p08');
  addDocx(p, 'table', 'zh-lvlibiao', zhLvlibiao(p));
  addHtml(p, 'two-column', 'zh-rail-infotable', zhRailInfo(p));
  addTxt(p, 'single', 'txt-zh-labels', txtZhLabels(p));
}
{
  const p = P('p09');
  addDocx(p, 'table', 'tw-span-rows', twSpanRows(p));
  addDocx(p, 'two-column', 'hant-twocell', hantTwocell(p, { present: '迄今', fmt: F.dot }));
}
{
  const p = P('p10');
  addHtml(p, 'table', 'hk-cv-form', hkForm(p));
  addDocx(p, 'two-column', 'hant-twocell', hantTwocell(p, { present: '現在', fmt: F.slash }));
  addTxt(p, 'single', 'txt-zh-labels', txtZhLabels(p));
}
{
  const p = P('p11');
  addDocx(p, 'table', 'zh-lvlibiao', zhLvlibiao(p));
  addTxt(p, 'table', 'txt-adoc-table', adocTable(p, true));
  addHtml(p, 'single', 'zh-single-rightdates', zhSingle(p));
}
{
  const p = P('p12');
  addHtml(p, 'table', 'zh-jianlibiao-html', zhJianlibiao(p, { bi: false }));
  addHtml(p, 'two-column', 'zh-rail-infotable', zhRailInfo(p));
  addHtml(p, 'single', 'zh-single-rightdates', zhSingle(p));
}
{
  const p = P('p13');
  addDocx(p, 'table', 'sg-my-bilingual-form', bilingualForm(p, { title: '个人履历 Résumé', mobile: '+65 9126 4837', extra: [['国籍', 'Nationality', 'Singapore Citizen · NS: Completed (NSman)'], ['期望薪金', 'Expected salary', 'S$9,500 / month · Notice: 2 months']] }));
  addHtml(p, 'two-column', 'bilingual-grid-datecol', bilingualGrid(p, { fmt: (j) => `${F.mon(j.start)} –<br>${j.end ? F.mon(j.end) : 'Present 至今'}`, particulars: [['NS 兵役', 'Completed'], ['Notice 通知期', '2 months']] }));
  addTxt(p, 'single', 'txt-mixed-numbered', txtMixedNumbered(p, { mobile: '+65 9126 4837', extra: ['NS: Completed | Notice: 2 months'] }));
}
{
  const p = P('p14');
  addDocx(p, 'table', 'sg-my-bilingual-form', bilingualForm(p, { title: '个人资料 Personal Particulars', mobile: '+60 12-384 7619', extra: [['身份证号', 'NRIC No.', '880715-10-XXXX'], ['期望薪金', 'Expected salary', 'RM 12,000 · Notice: 1 month']] }));
  addHtml(p, 'two-column', 'bilingual-grid-datecol', bilingualGrid(p, { fmt: (j) => `${F.mon(j.start)} –<br>${j.end ? F.mon(j.end) : 'Present 至今'}`, particulars: [['期望薪金 Expected salary', 'RM 12,000'], ['通知期 Notice', '1 month']] }));
  addTxt(p, 'single', 'txt-mixed-numbered', txtMixedNumbered(p, { mobile: '+60 12-384 7619', extra: ['Expected salary: RM 12,000 | Notice: 1 month'] }));
}
{
  const p = P('p15');
  addHtml(p, 'table', 'hk-cv-form', hkForm(p));
  addHtml(p, 'two-column', 'rail-right-bilingual', railRightBilingual(p, { hant: true, fmt: (j) => `${F.dot(j.start)} — ${j.end ? F.dot(j.end) : 'now 現在'}` }));
  addTxt(p, 'single', 'txt-mixed-zhfirst', txtMixedZhFirst(p, { hant: true }));
}
{
  const p = P('p16');
  addHtml(p, 'table', 'zh-jianlibiao-html', zhJianlibiao(p, { bi: true }));
  addHtml(p, 'table', 'dates-last-rowspan', twoRowTable(p, { bi: true, fmt: (j) => `${F.dot(j.start)} –<br>${j.end ? F.dot(j.end) : 'Present 至今'}` }));
  addHtml(p, 'two-column', 'rail-right-bilingual', railRightBilingual(p, { hant: false, fmt: (j) => `${F.dot(j.start)} — ${j.end ? F.dot(j.end) : 'now 至今'}` }));
  addTxt(p, 'single', 'txt-mixed-zhfirst', txtMixedZhFirst(p, { hant: false }));
}

for (const [file, d] of docxJobs) writeFileSync(path.join(docs, file), await Packer.toBuffer(d));
await printHtml(docs, htmlJobs);
exportDocxToPdf(docs);

const truth = {
  referenceDate: REF,
  people: people.map((p) => ({
    id: p.id, language: p.language, name: p.name, email: p.email, phone: p.phone, skills: p.skills,
    work: p.work.map((j) => ({ company: j.company, start: j.start, end: j.end })),
    yearsOfExperience: yearsWorked(p.work, REF),
  })),
  documents: entries,
};
writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifestOf(docs, entries.map((e) => e.file)), null, 2) + '\n');
console.log(`${entries.length} documents`);
