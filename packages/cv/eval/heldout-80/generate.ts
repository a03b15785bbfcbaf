/**
 * heldout-80 generator: writes documents/, truth.json and manifest.json. Refuses to overwrite without --force.
 * Run from packages/cv:  npx tsx eval/heldout-80/generate.ts [--force]
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType, BorderStyle, Document, Footer, Header, LeaderType, Packer, PageNumber, Paragraph, ShadingType, Tab, Table, TableBorders,
  TableCell, TableRow, TabStopType, TextRun, VerticalMergeType, WidthType,
} from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people, sk, type Job, type Person } from './people.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docsDir = path.join(here, 'documents');
if (existsSync(path.join(here, 'manifest.json')) && !process.argv.includes('--force')) {
  console.error('manifest.json exists: refusing to regenerate without --force');
  process.exit(1);
}
rmSync(docsDir, { recursive: true, force: true });
mkdirSync(docsDir, { recursive: true });

// ---------- date helpers ----------
const Y = (s: string) => Number(s.slice(0, 4));
const M = (s: string) => Number(s.slice(5, 7));
const p2 = (n: number) => String(n).padStart(2, '0');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SV = ['jan.', 'feb.', 'mars', 'apr.', 'maj', 'juni', 'juli', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'];
const SVS = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
const BM = ['Jan', 'Feb', 'Mac', 'Apr', 'Mei', 'Jun', 'Jul', 'Ogo', 'Sep', 'Okt', 'Nov', 'Dis'];
const mon = (s: string) => `${MON[M(s) - 1]} ${Y(s)}`;
const month = (s: string) => `${MONTH[M(s) - 1]} ${Y(s)}`;
const dot = (s: string) => `${Y(s)}.${p2(M(s))}`;
const slash = (s: string) => `${p2(M(s))}/${Y(s)}`;
const zhm = (s: string) => `${Y(s)}年${M(s)}月`;
const monthsIncl = (a: string, b: string) => (Y(b) - Y(a)) * 12 + M(b) - M(a) + 1;
const REF = '2026-12';
const ymd = (n: number) => { const y = Math.floor(n / 12), m = n % 12; return y ? (m ? `${y}年${m}个月` : `${y}年`) : `${m}个月`; };
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const newest = (p: Person) => [...p.work].reverse();
const isZh = (p: Person) => p.language === 'zh';
const hant = (p: Person) => p.id === 'p11' || p.id === 'p13';

// ---------- document registry ----------
type Layout = 'single' | 'two-column' | 'table';
type Producer = 'chromium' | 'docx' | 'libreoffice' | 'txt';
interface DocEntry { file: string; person: string; template: string; layout: Layout; producer: Producer; language: string }
const docs: DocEntry[] = [];
const html: [string, string][] = [];
const docxJobs: [string, Document][] = [];
const short = (l: Layout) => (l === 'two-column' ? 'twocol' : l);
const fname = (p: Person, l: Layout, t: string, ext: string) => `${p.id}-${short(l)}-${t}.${ext}`;
function addHtml(p: Person, l: Layout, t: string, body: string) {
  const f = fname(p, l, t, 'pdf');
  html.push([f, body]);
  docs.push({ file: f, person: p.id, template: t, layout: l, producer: 'chromium', language: p.language });
}
function addDocx(p: Person, l: Layout, t: string, d: Document) {
  const f = fname(p, l, t, 'docx');
  docxJobs.push([f, d]);
  docs.push({ file: f, person: p.id, template: t, layout: l, producer: 'docx', language: p.language });
  docs.push({ file: f.replace(/\.docx$/, '.pdf'), person: p.id, template: t, layout: l, producer: 'libreoffice', language: p.language });
}
function addTxt(p: Person, l: Layout, t: string, text: string) {
  const f = fname(p, l, t, 'txt');
  writeFileSync(path.join(docsDir, f), text, 'utf8');
  docs.push({ file: f, person: p.id, template: t, layout: l, producer: 'txt', language: p.language });
}
const page = (css: string, body: string) => `<!doctype html><html><head><meta charset="utf-8"><style>
*{box-sizing:border-box} body{margin:0;font-family:"Liberation Sans","Droid Sans Fallback",sans-serif;font-size:10pt;color:#222;line-height:1.35}
${css}</style></head><body>${body}</body></html>`;

// ---------- docx helpers ----------
const FONT = { ascii: 'Liberation Sans', hAnsi: 'Liberation Sans', cs: 'Liberation Sans', eastAsia: 'Noto Sans CJK SC' };
const FONT_TC = { ...FONT, eastAsia: 'Noto Sans CJK TC' };
const R = (text: string, o: Record<string, unknown> = {}) => new TextRun({ text, ...o });
const P = (children: (TextRun | Tab)[] | string, o: Record<string, unknown> = {}) =>
  new Paragraph({ children: typeof children === 'string' ? [R(children)] : children, ...o });
const A4 = { page: { size: { width: 11906, height: 16838 }, margin: { top: 1000, bottom: 1000, left: 1100, right: 1100, header: 500, footer: 500 } } };
const mkDoc = (sections: any[], tc = false, size = 19) =>
  new Document({ styles: { default: { document: { run: { font: tc ? FONT_TC : FONT, size } } } }, sections });
const cell = (children: (Paragraph | Table)[], o: Record<string, unknown> = {}) => new TableCell({ children, ...o });
const thin = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
const allThin = { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin };
const pageNo = (pre: string, mid: string, post = '') => new Footer({ children: [P([R(pre), R({ children: [PageNumber.CURRENT] } as any), R(mid), R({ children: [PageNumber.TOTAL_PAGES] } as any), R(post)], { alignment: AlignmentType.CENTER })] });
const pn = (o: any) => new TextRun(o);

// =====================================================================================
// A centred-stack — Canva-style centred minimalist résumé (US/AU): every block centred, incl. job entries
function centredStack(p: Person) {
  const jobs = newest(p).map((j) => `<div class="job"><div class="t">${esc(j.title)}</div><div class="e">${esc(j.company)} · ${esc(j.city)}</div>
    <div class="d">${month(j.start)} — ${j.end ? month(j.end) : 'Present'}</div><div class="u">${j.duties.map(esc).join('<br>')}</div></div>`).join('');
  addHtml(p, 'single', 'centred-stack', page(`body{text-align:center;font-family:"Liberation Serif","Droid Sans Fallback",serif}
    h1{letter-spacing:.35em;font-weight:400;font-size:24pt;margin:0 0 2mm} .hl{letter-spacing:.2em;font-size:9pt;text-transform:uppercase;color:#777}
    .c{margin:3mm 0 4mm;font-size:9.5pt;line-height:1.5} h2{font-size:9pt;letter-spacing:.3em;font-weight:700;margin:5mm auto 2mm;border-top:.5pt solid #bbb;border-bottom:.5pt solid #bbb;width:60%;padding:1mm}
    .job{margin:0 0 3.2mm} .t{letter-spacing:.15em;text-transform:uppercase;font-weight:700;font-size:9.5pt} .e{font-style:italic} .d{font-size:8.5pt;color:#666} .u{font-size:9pt}
    .sum{width:80%;margin:0 auto}`,
    `<h1>${esc(p.name.toUpperCase())}</h1><div class="hl">${esc(p.headline)}</div>
    <div class="c">${esc(p.phoneLocal)}<br>${esc(p.email)}<br>${esc(p.city)}</div><div class="sum">${esc(p.summary)}</div>
    <h2>EXPERIENCE</h2>${jobs}<h2>SKILLS</h2><div>${p.skills.map((s) => esc(sk(s))).join(' &nbsp;/&nbsp; ')}</div>
    <h2>EDUCATION</h2>${p.edu.map((e) => `<div><b>${esc(e.degree)}</b><br>${esc(e.school)}, ${Y(e.end)}</div>`).join('')}
    <h2>CERTIFICATIONS &amp; LANGUAGES</h2><div>${p.certs.map(esc).join(' · ')}</div><div>${p.languages.map(esc).join(' · ')}</div>`));
}

// B se-word — Swedish Word CV in English with Swedish section words and Swedish month names
function seWord(p: Person) {
  const svp = (s: string | null) => (s ? `${SV[M(s) - 1]} ${Y(s)}` : 'pågående (ongoing)');
  const H = (sv: string, en: string) => P([R(sv, { bold: true, size: 24, color: '1F4E79' }), R(`  (${en})`, { size: 18, color: '1F4E79' })], { spacing: { before: 240, after: 80 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '1F4E79', space: 1 } } });
  const kv = (k: string, v: string) => P([R(k, { bold: true }), new Tab(), R(v)], { tabStops: [{ type: TabStopType.LEFT, position: 2200 }] });
  const body: Paragraph[] = [
    P([R('Curriculum vitae', { size: 18, color: '777777' })]),
    P([R(p.name, { bold: true, size: 40 })], { spacing: { after: 60 } }),
    P([R(p.headline, { italics: true, size: 22 })], { spacing: { after: 120 } }),
    H('Personuppgifter', 'Personal details'),
    kv('Ort', p.city), kv('Mobil', p.phoneLocal), ...p.others.map((o) => kv(o.label === 'Home' ? 'Hem' : 'Arbete', o.number)), kv('E-post', p.email),
    H('Profil', 'Profile'), P(p.summary),
    H('Arbetslivserfarenhet', 'Work experience'),
  ];
  for (const j of newest(p)) {
    body.push(P([R(`${svp(j.start)} – ${svp(j.end)}`, { bold: true, color: '555555', size: 18 })], { spacing: { before: 120 } }));
    body.push(P([R(j.title, { bold: true }), R(`, ${j.company}, ${j.city}`)]));
    for (const d of j.duties) body.push(P([R(`–  ${d}`)], { indent: { left: 300 } }));
  }
  body.push(H('Utbildning', 'Education'));
  for (const e of p.edu) body.push(P([R(`${svp(e.start)} – ${svp(e.end)}`, { bold: true, color: '555555', size: 18 })]), P([R(e.degree, { bold: true }), R(`, ${e.school}`)]));
  body.push(H('Kompetenser', 'Skills'));
  const s = p.skills.map(sk);
  for (let i = 0; i < s.length; i += 2) body.push(P([R(`•  ${s[i]}`), new Tab(), R(s[i + 1] ? `•  ${s[i + 1]}` : '')], { tabStops: [{ type: TabStopType.LEFT, position: 4800 }] }));
  body.push(H('Språk', 'Languages'), P(p.languages.join(', ')), H('Certifikat', 'Certificates'), P(p.certs.join(', ')));
  body.push(P([R('Referenser lämnas på begäran (references on request).', { italics: true, size: 17 })], { spacing: { before: 200 } }));
  addDocx(p, 'single', 'se-word', mkDoc([{ properties: A4, footers: { default: pageNo(`${p.name} – CV – sida `, ' av ') }, children: body }]));
}

// C zh-year-markers — Chinese designer template: a large start-year numeral leads each entry
function zhYearMarkers(p: Person) {
  const items: { start: string; h: string }[] = newest(p).map((j) => ({ start: j.start, h: `<div class="ent"><div class="yr">${Y(j.start)}</div><div class="bd">
    <div class="co"><b>${esc(j.company)}</b>　<span class="ti">${esc(j.title)}</span></div><div class="dt">${dot(j.start)} — ${j.end ? dot(j.end) : '至今'}　${esc(j.city)}</div>
    <ol>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ol></div></div>` }));
  if (p.gap) items.push({ start: p.gap.start, h: `<div class="ent gap"><div class="yr">${Y(p.gap.start)}</div><div class="bd"><div class="dt">${dot(p.gap.start)} — ${dot(p.gap.end)}</div><div>职业空档（${esc(p.gap.note)}），未就业</div></div></div>` });
  items.sort((a, b) => b.start.localeCompare(a.start));
  addHtml(p, 'single', 'zh-year-markers', page(`body{font-family:"Droid Sans Fallback",sans-serif} .top{border-bottom:3pt solid #c0392b;padding-bottom:3mm;margin-bottom:3mm}
    h1{font-size:22pt;margin:0;letter-spacing:.2em;font-family:"Droid Sans Fallback",serif} .want{color:#c0392b;font-size:11pt;margin:1mm 0} .info{font-size:9pt;color:#444}
    h2{font-size:12pt;color:#c0392b;margin:4mm 0 2mm} .ent{display:flex;gap:4mm;margin-bottom:2.5mm} .yr{font-size:24pt;font-weight:700;color:#e8c4bf;width:22mm;line-height:1}
    .bd{flex:1} .ti{color:#555} .dt{font-size:8.5pt;color:#888} ol{margin:1mm 0 0 4mm;padding-left:4mm} .gap .bd{color:#777;font-style:italic}`,
    `<div class="top"><h1>${esc(p.name)}</h1><div class="want">求职意向：${esc(p.headline)}</div>
    <div class="info">手机：${esc(p.phoneLocal)}　｜　邮箱：${esc(p.email)}　｜　现居：${esc(p.city)}</div></div>
    <h2>个人简介</h2><div>${esc(p.summary)}</div><h2>工作经历</h2>${items.map((i) => i.h).join('')}
    <h2>教育背景</h2>${p.edu.map((e) => `<div class="ent"><div class="yr">${Y(e.start)}</div><div class="bd"><b>${esc(e.school)}</b>　${esc(e.degree)}<div class="dt">${dot(e.start)} — ${dot(e.end)}</div></div></div>`).join('')}
    <h2>专业技能</h2><div>${p.skills.map((s) => esc(sk(s))).join('　·　')}</div>
    <h2>证书与语言</h2><div>${p.certs.map(esc).join('；')}</div><div>${p.languages.map(esc).join('；')}</div>`));
}

// D txt-iso-interval — developer's cv.txt with ISO 8601 intervals (2020-03/2023-09, open end "2023-10/..") and tel: URIs
function txtIso(p: Person) {
  const L: string[] = [`# cv.txt — ${p.name} — last updated 2026-11-30`, '# vim: set tw=72 et:', '', p.name, `${p.headline} · ${p.city}`, '',
    `tel:${p.phone.replace(/^(\+\d{2,3})(\d{2,3})(\d+)$/, '$1-$2-$3')}`, `mailto:${p.email}`, ...p.others.map((o) => `${o.label.toLowerCase()}: ${o.number}`), '',
    'SUMMARY', '  ' + p.summary, '', 'EXPERIENCE  (ISO 8601 intervals, "/.." = open)'];
  for (const j of newest(p)) {
    const iv = `${j.start}/${j.end ?? '..'}`;
    L.push('', `${iv.padEnd(18)}${j.title}`, `${''.padEnd(18)}${j.company}, ${j.city}`, ...j.duties.map((d) => `${''.padEnd(18)}- ${d}`));
  }
  L.push('', 'EDUCATION', ...p.edu.map((e) => `${(e.start + '/' + e.end).padEnd(18)}${e.degree}, ${e.school}`));
  L.push('', 'SKILLS', ...p.skills.map((s) => `  * ${sk(s)}`), '', 'LANGUAGES', '  ' + p.languages.join('; '), '', 'CERTIFICATES', ...p.certs.map((c) => '  ' + c), '');
  addTxt(p, 'single', 'txt-iso-interval', L.join('\n'));
}

// E txt-tree — résumé drawn as `tree` output (developer gimmick from profile READMEs)
function txtTree(p: Person) {
  const en = p.language !== 'zh';
  const root = en ? `${p.name}-${p.alt!.replace(/ /g, '-')}-CV/` : `${p.name}-简历/`;
  const L = [`$ tree --noreport ${root}`, root];
  const branch = (label: string, kids: (string | [string, string[]])[], last = false) => {
    L.push(`${last ? '└── ' : '├── '}${label}`);
    const pre = last ? '    ' : '│   ';
    kids.forEach((k, i) => {
      const lk = i === kids.length - 1;
      if (typeof k === 'string') L.push(`${pre}${lk ? '└── ' : '├── '}${k}`);
      else { L.push(`${pre}${lk ? '└── ' : '├── '}${k[0]}`); k[1].forEach((g, n) => L.push(`${pre}${lk ? '    ' : '│   '}${n === k[1].length - 1 ? '└── ' : '├── '}${g}`)); }
    });
  };
  branch(en ? '00-about/' : '00-基本信息/', en
    ? [`name: ${p.name} (${p.alt})`, `mobile: +65 ${p.phoneLocal}`, `email: ${p.email}`, `location: ${p.city}`, `role: ${p.headline}`]
    : [`姓名：${p.name}`, `手机：${p.phoneLocal}`, `邮箱：${p.email}`, `QQ：${p.others[0].number}`, `现居：${p.city}`, `求职意向：${p.headline}`]);
  branch(en ? '10-experience/' : '10-工作经历/', newest(p).map((j) => [en
    ? `${j.start} ~ ${j.end ?? 'present'} · ${j.company} · ${j.title}/`
    : `${j.start} ~ ${j.end ?? '至今'} · ${j.company} · ${j.title}/`, j.duties] as [string, string[]]));
  branch(en ? '20-skills/' : '20-专业技能/', p.skills.map(sk));
  branch(en ? '30-education/' : '30-教育背景/', p.edu.map((e) => `${e.start} ~ ${e.end} · ${e.school} · ${e.degree}`));
  branch(en ? '40-certs-and-languages/' : '40-证书与语言/', [...p.certs, ...p.languages], true);
  L.push('', en ? '(rendered with tree(1), v2.1.1)' : '（用 tree 命令生成）', '');
  addTxt(p, 'single', 'txt-tree', L.join('\n'));
}

// F zh-word-3tab — Word 简历 with company / centre-tab title / right-tab period on one line; 繁體 for p11
function zhWord3tab(p: Person) {
  const tw = hant(p);
  const t = tw ? { title: '個人履歷', want: '應徵職務', ph: '手機', mail: '電子郵件', addr: '通訊地址', sum: '自我介紹', work: '工作經歷', edu: '學歷', skill: '專業技能', cert: '證照', lang: '語言能力', now: '迄今', duty: '工作內容', page: '第 ', of: ' 頁，共 ', pe: ' 頁' }
    : { title: '个人简历', want: '求职意向', ph: '手机', mail: '邮箱', addr: '住址', sum: '自我评价', work: '工作经历', edu: '教育经历', skill: '专业技能', cert: '证书', lang: '语言能力', now: '至今', duty: '工作内容', page: '第 ', of: ' 页，共 ', pe: ' 页' };
  const H = (s: string) => P([R(s, { bold: true, size: 24, color: 'FFFFFF' })], { shading: { type: ShadingType.CLEAR, fill: '2E5E8C', color: 'auto' }, spacing: { before: 200, after: 80 } });
  const stops = [{ type: TabStopType.CENTER, position: 5400 }, { type: TabStopType.RIGHT, position: 9700 }];
  const body: Paragraph[] = [
    P([R(t.title, { bold: true, size: 36 })], { alignment: AlignmentType.CENTER, spacing: { after: 120 } }),
    P([R(p.name, { bold: true, size: 30 }), R(`　　${t.want}：${p.headline}`, { size: 20 })]),
    P(`${t.ph}：${p.phoneLocal}　　${t.mail}：${p.email}　　${t.addr}：${p.city}`),
    ...p.others.map((o) => P(`${o.label}：${o.number}`)),
    H(t.sum), P(p.summary), H(t.work),
  ];
  for (const j of newest(p)) {
    body.push(P([R(j.company, { bold: true }), new Tab(), R(j.title), new Tab(), R(`${dot(j.start)} - ${j.end ? dot(j.end) : t.now}`)], { tabStops: stops, spacing: { before: 100 } }));
    body.push(P([R(`${t.duty}：`, { bold: true, size: 18 })]));
    j.duties.forEach((d, i) => body.push(P(`${i + 1}．${d}`, { indent: { left: 360 } })));
  }
  body.push(H(t.edu), ...p.edu.map((e) => P([R(e.school, { bold: true }), new Tab(), R(e.degree), new Tab(), R(`${dot(e.start)} - ${dot(e.end)}`)], { tabStops: stops })));
  body.push(H(t.skill), P(p.skills.map(sk).join('、')), H(t.cert), P(p.certs.join('；')), H(t.lang), P(p.languages.join('；')));
  addDocx(p, 'single', 'zh-word-3tab', mkDoc([{ properties: A4, headers: { default: new Header({ children: [P([R(`${p.name}　|　${t.title}`, { size: 16, color: '888888' })], { alignment: AlignmentType.RIGHT })] }) },
    footers: { default: new Footer({ children: [P([R(t.page), pn({ children: [PageNumber.CURRENT] }), R(t.of), pn({ children: [PageNumber.TOTAL_PAGES] }), R(t.pe)], { alignment: AlignmentType.CENTER })] }) }, children: body }], tw, 20));
}

// G circled-steps — HK / returnee bilingual one-pager with the career told OLDEST first as numbered steps ❶ ❷ ❸
function circledSteps(p: Person) {
  const hk = p.id === 'p13';
  const N = ['❶', '❷', '❸', '❹', '❺'];
  const ds = (s: string) => (hk ? `${Y(s)}/${p2(M(s))}` : `${Y(s)}/${M(s)}`);
  const now = hk ? '現在 Present' : '至今 now';
  const steps = p.work.map((j, i) => `<div class="st"><div class="n">${N[i]}</div><div><div class="d">${ds(j.start)} → ${j.end ? ds(j.end) : now}</div>
    <div class="t">${esc(j.title)}</div><div class="e">${esc(j.company)}, ${esc(j.city)}</div><ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul></div></div>`).join('');
  addHtml(p, 'single', 'circled-steps', page(`body{font-family:"Liberation Sans","Droid Sans Fallback",sans-serif}
    .hd{display:flex;align-items:baseline;gap:5mm;border-bottom:1.5pt solid #0b6e6e;padding-bottom:2mm} h1{margin:0;font-size:26pt;color:#0b6e6e} .alt{font-size:12pt}
    .ct{font-size:9pt;margin:2mm 0 3mm} h2{font-size:11pt;color:#0b6e6e;margin:4mm 0 1.5mm} .st{display:flex;gap:3mm;margin-bottom:2mm} .n{font-size:18pt;color:#0b6e6e;line-height:1}
    .d{font-size:8.5pt;color:#0b6e6e;font-weight:700} .t{font-weight:700} .e{font-style:italic} ul{margin:.5mm 0 0;padding-left:5mm} .path{font-size:8.5pt;color:#666}`,
    `<div class="hd"><h1>${esc(p.name)}</h1><div class="alt">${esc(p.alt!)}</div></div>
    <div class="ct">${esc(p.headline)}<br>Mobile 手機 ${esc(p.phoneLocal)} ｜ ${esc(p.email)} ｜ ${esc(p.city)}${p.others.map((o) => ` ｜ ${esc(o.label)} ${esc(o.number)}`).join('')}</div>
    <div>${esc(p.summary)}</div><h2>Career path 職涯歷程</h2><div class="path">(oldest first 由舊至新)</div>${steps}
    <h2>Skills 技能</h2><div>${p.skills.map((s) => esc(sk(s))).join(' ▪ ')}</div>
    <h2>Education 學歷</h2>${p.edu.map((e) => `<div>${ds(e.start)} → ${ds(e.end)}　<b>${esc(e.degree)}</b>, ${esc(e.school)}</div>`).join('')}
    <h2>Languages 語言 / Licences 牌照</h2><div>${p.languages.map(esc).join(' ▪ ')}</div><div>${p.certs.map(esc).join(' ▪ ')}</div>`));
}

// H txt-ini — résumé kept as an INI file (Windows-config habit of an engineer)
function txtIni(p: Person) {
  const L = [`; resume.ini — ${p.name}`, '; edit with any text editor, values are plain text', '', '[contact]', `name = ${p.name}`, `headline = ${p.headline}`,
    `mobile = ${p.phoneLocal}`, ...p.others.map((o) => `${o.label.toLowerCase()} = ${o.number}`), `email = ${p.email}`, `city = ${p.city}`, '', '[summary]', `text = ${p.summary}`];
  newest(p).forEach((j, i) => L.push('', `[job.${i + 1}]`, `employer = ${j.company}`, `title = ${j.title}`, `location = ${j.city}`, `from = ${mon(j.start)}`, `to = ${j.end ? mon(j.end) : 'present'}`,
    ...j.duties.map((d, n) => `duty${n + 1} = ${d}`)));
  L.push('', '[skills]', `list = ${p.skills.map(sk).join(', ')}`, '', '[languages]', `list = ${p.languages.join(', ')}`, '', '[certificates]', ...p.certs.map((c, i) => `cert${i + 1} = ${c}`));
  p.edu.forEach((e, i) => L.push('', `[education.${i + 1}]`, `school = ${e.school}`, `award = ${e.degree}`, `from = ${mon(e.start)}`, `to = ${mon(e.end)}`));
  addTxt(p, 'single', 'txt-ini', L.join('\r\n') + '\r\n');
}

// I my-bm-word — Malaysian Chinese CV in Word with Malay / English headings, particulars on a tab stop, "kini (present)"
function myBmWord(p: Person) {
  const bm = (s: string | null) => (s ? `${BM[M(s) - 1]} ${Y(s)}` : 'kini (present)');
  const H = (a: string, b: string) => P([R(`${a} / ${b}`, { bold: true, size: 21 })], { spacing: { before: 220, after: 80 }, border: { bottom: { style: BorderStyle.DOUBLE, size: 4, color: '000000', space: 1 } } });
  const kv = (k: string, v: string) => P([R(k), new Tab(), R(`:  ${v}`)], { tabStops: [{ type: TabStopType.LEFT, position: 3000 }] });
  const body: Paragraph[] = [
    P([R('RESUME / 个人履历', { bold: true, size: 28 })], { alignment: AlignmentType.CENTER }),
    P([R(`${p.name}  (${p.alt!.toUpperCase()})`, { bold: true, size: 24 })], { alignment: AlignmentType.CENTER, spacing: { after: 120 } }),
    H('MAKLUMAT PERIBADI', 'PERSONAL PARTICULARS'),
    kv('Nama / Name', `${p.name} (${p.alt!.toUpperCase()})`), kv('No. K/P / NRIC', '890314-07-XXXX'), kv('Alamat / Address', p.city),
    kv('Telefon bimbit / H/P', p.phoneLocal), ...p.others.map((o) => kv(`Telefon ${o.label}`, o.number)), kv('E-mel / E-mail', p.email),
    kv('Gaji dijangka / Expected salary', 'RM 9,500 (negotiable)'), kv('Notis / Notice period', '1 month'),
    H('RINGKASAN', 'SUMMARY'), P(p.summary), H('PENGALAMAN KERJA', 'WORK EXPERIENCE'),
  ];
  for (const j of newest(p)) {
    body.push(P([R(j.company, { bold: true }), R(`, ${j.city}`), new Tab(), R(`${bm(j.start)} – ${bm(j.end)}`, { bold: true })], { tabStops: [{ type: TabStopType.RIGHT, position: 9700 }], spacing: { before: 120 } }));
    body.push(P([R(j.title, { italics: true })]));
    for (const d of j.duties) body.push(P(`•  ${d}`, { indent: { left: 300 } }));
  }
  body.push(H('PENDIDIKAN', 'EDUCATION'), ...p.edu.map((e) => P([R(e.degree, { bold: true }), R(`, ${e.school}`), new Tab(), R(`${bm(e.start)} – ${bm(e.end)}`)], { tabStops: [{ type: TabStopType.RIGHT, position: 9700 }] })));
  body.push(H('KEMAHIRAN', 'SKILLS'), ...p.skills.map((s) => P(`•  ${sk(s)}`, { indent: { left: 300 } })));
  body.push(H('BAHASA', 'LANGUAGES'), P(p.languages.join(', ')), H('SIJIL', 'CERTIFICATES'), P(p.certs.join(', ')));
  addDocx(p, 'single', 'my-bm-word', mkDoc([{ properties: A4, children: body }]));
}

// J report-tables — CV laid out like a technical report: numbered sections, captioned tables ("Table 2 – Employment history"), document-ref footer
function reportTables(p: Person) {
  let tno = 0;
  const cap = (s: string) => P([R(`Table ${++tno} – ${s}`, { italics: true, size: 17, color: '444444' })], { spacing: { before: 160, after: 60 } });
  const H = (n: number, s: string) => P([R(`${n}  ${s}`, { bold: true, size: 24 })], { spacing: { before: 240, after: 60 } });
  const th = (s: string) => cell([P([R(s, { bold: true, size: 17 })])], { shading: { type: ShadingType.CLEAR, fill: 'D9E2F3', color: 'auto' } });
  const td = (s: string | string[], o: Record<string, unknown> = {}) => cell((Array.isArray(s) ? s : [s]).map((x) => P([R(x, { size: 17 })])), o);
  const tbl = (rows: TableRow[], widths: number[]) => new Table({ rows, width: { size: 9700, type: WidthType.DXA }, columnWidths: widths, borders: allThin });
  const contact = tbl([
    new TableRow({ children: [th('Name'), td(p.name), th('Mobile'), td(p.phoneLocal)] }),
    new TableRow({ children: [th('E-mail'), td(p.email), th(p.others[0]?.label ?? 'Location'), td(p.others[0]?.number ?? p.city)] }),
    new TableRow({ children: [th('Location'), td(p.city), th('Current role'), td(p.headline)] }),
  ], [1500, 3350, 1500, 3350]);
  const jobs = tbl([new TableRow({ tableHeader: true, children: ['No.', 'From', 'To', 'Organisation', 'Position', 'Key responsibilities'].map(th) }),
    ...newest(p).map((j, i) => new TableRow({ children: [td(String(i + 1)), td(mon(j.start)), td(j.end ? mon(j.end) : 'current'), td([j.company, j.city]), td(j.title), td(j.duties.map((d) => `• ${d}`))] }))],
  [500, 950, 950, 2200, 1900, 3200]);
  const half = Math.ceil(p.skills.length / 2);
  const skills = tbl([new TableRow({ children: [th('Area'), th('Skills')] }),
    new TableRow({ children: [td('Technical'), td(p.skills.slice(0, half).map(sk).join('; '))] }),
    new TableRow({ children: [td('Professional'), td(p.skills.slice(half).map(sk).join('; '))] })], [1800, 7900]);
  const edu = tbl([new TableRow({ children: ['From', 'To', 'Institution', 'Qualification'].map(th) }),
    ...p.edu.map((e) => new TableRow({ children: [td(mon(e.start)), td(mon(e.end)), td(e.school), td(e.degree)] }))], [1100, 1100, 3500, 4000]);
  const other = tbl([new TableRow({ children: [th('Certifications / registrations'), th('Languages')] }),
    new TableRow({ children: [td(p.certs), td(p.languages)] })], [4850, 4850]);
  const children = [P([R('Curriculum Vitae', { bold: true, size: 34 })]), P([R(`${p.name} — ${p.headline}`, { size: 22 })], { spacing: { after: 120 } }),
    H(1, 'Personal details'), cap('Contact details'), contact, H(2, 'Profile'), P(p.summary), H(3, 'Employment'), cap('Employment history (most recent first)'), jobs,
    H(4, 'Skills'), cap('Skills by area'), skills, H(5, 'Education and qualifications'), cap('Education'), edu, cap('Certifications and languages'), other];
  addDocx(p, 'table', 'report-tables', mkDoc([{ properties: A4, headers: { default: new Header({ children: [P([R(`CV – ${p.name}`, { size: 15, color: '888888' }), new Tab(), R('Rev. 4 · Nov 2026', { size: 15, color: '888888' })], { tabStops: [{ type: TabStopType.RIGHT, position: 9700 }] })] }) },
    footers: { default: new Footer({ children: [P([R(`Document ref. CV-${p.id.toUpperCase()}-2026 · Page `, { size: 15 }), pn({ children: [PageNumber.CURRENT], size: 15 }), R(' of ', { size: 15 }), pn({ children: [PageNumber.TOTAL_PAGES], size: 15 })], { alignment: AlignmentType.RIGHT })] }) }, children }], false, 19));
}

// K zh-xiexian — 表格简历 whose work table has a diagonal-split corner cell (斜线表头) and 起：/止： prefixes inside one date cell
function zhXiexian(p: Person) {
  const tw = hant(p);
  const t = tw ? { title: '個 人 履 歷 表', name: '姓名', want: '應徵職務', ph: '行動電話', mail: '電子郵件', addr: '現居地', photo: '照片', work: '工作經歷', corner: ['內容', '時間'], unit: '服務單位', pos: '職稱', duty: '主要工作', now: '迄今', edu: '學歷', skill: '專長', cert: '證照', lang: '語文', sum: '自我介紹', other: '其他電話', from: '起', to: '迄' }
    : { title: '个 人 简 历 表', name: '姓名', want: '求职意向', ph: '手机', mail: '邮箱', addr: '现居住地', photo: '照片', work: '工作经历', corner: ['内容', '时间'], unit: '工作单位', pos: '职务', duty: '主要工作', now: '至今', edu: '教育背景', skill: '专业技能', cert: '证书', lang: '外语', sum: '自我评价', other: '其他电话', from: '起', to: '止' };
  const rows = newest(p).map((j) => `<tr><td class="dt">${t.from}：${zhm(j.start)}<br>${t.to}：${j.end ? zhm(j.end) : t.now}</td><td>${esc(j.company)}</td><td>${esc(j.title)}</td><td class="l">${j.duties.map(esc).join('；')}</td></tr>`).join('');
  addHtml(p, 'table', 'zh-xiexian', page(`body{font-family:"Droid Sans Fallback",serif;font-size:10pt} h1{text-align:center;letter-spacing:.3em;font-size:18pt;margin:0 0 3mm}
    table{width:100%;border-collapse:collapse;margin-bottom:3mm} td,th{border:.8pt solid #000;padding:1.5mm;text-align:center;vertical-align:middle} .l{text-align:left}
    th{background:#eee;font-weight:700} .sec{background:#dcdcdc;font-weight:700;letter-spacing:.4em} .dt{white-space:nowrap;text-align:left;font-size:9pt;width:30mm}
    .corner{position:relative;height:10mm;background:linear-gradient(to top right,#eee calc(50% - .5pt),#000 50%,#eee calc(50% + .5pt));width:30mm}
    .corner span{position:absolute;font-size:8.5pt} .corner .a{right:2mm;top:1mm} .corner .b{left:2mm;bottom:1mm} .ph{width:28mm;height:34mm;color:#999}`,
    `<h1>${t.title}</h1><table><tr><th>${t.name}</th><td>${esc(p.name)}</td><th>${t.want}</th><td>${esc(p.headline)}</td><td rowspan="3" class="ph">${t.photo}</td></tr>
    <tr><th>${t.ph}</th><td>${esc(p.phoneLocal)}</td><th>${t.mail}</th><td>${esc(p.email)}</td></tr>
    <tr><th>${t.addr}</th><td>${esc(p.city)}</td><th>${t.other}</th><td>${p.others.map((o) => `${esc(o.label)}：${esc(o.number)}`).join('<br>')}</td></tr></table>
    <table><tr><td colspan="4" class="sec">${t.work}</td></tr><tr><th class="corner"><span class="a">${t.corner[0]}</span><span class="b">${t.corner[1]}</span></th><th>${t.unit}</th><th>${t.pos}</th><th>${t.duty}</th></tr>${rows}</table>
    <table><tr><td colspan="3" class="sec">${t.edu}</td></tr>${p.edu.map((e) => `<tr><td class="dt">${t.from}：${zhm(e.start)}<br>${t.to}：${zhm(e.end)}</td><td>${esc(e.school)}</td><td>${esc(e.degree)}</td></tr>`).join('')}</table>
    <table><tr><th style="width:30mm">${t.skill}</th><td class="l">${p.skills.map((s) => esc(sk(s))).join('、')}</td></tr><tr><th>${t.cert}</th><td class="l">${p.certs.map(esc).join('、')}</td></tr>
    <tr><th>${t.lang}</th><td class="l">${p.languages.map(esc).join('、')}</td></tr><tr><th>${t.sum}</th><td class="l">${esc(p.summary)}</td></tr></table>`));
}

// L zh-cumulative — Word 表格简历, jobs oldest first with 时长 and a running 累计工龄 column; gap row counted out
function zhCumulative(p: Person) {
  const th = (s: string, o: Record<string, unknown> = {}) => cell([P([R(s, { bold: true, size: 18 })], { alignment: AlignmentType.CENTER })], { shading: { type: ShadingType.CLEAR, fill: 'E7E6E6', color: 'auto' }, ...o });
  const td = (s: string, o: Record<string, unknown> = {}, po: Record<string, unknown> = {}) => cell([P([R(s, { size: 18 })], po)], o);
  const rows: TableRow[] = [new TableRow({ children: [th('工作经历（由远及近）', { columnSpan: 6 })] }),
    new TableRow({ tableHeader: true, children: ['序号', '起止时间', '工作单位', '职务', '时长', '累计工龄'].map((s) => th(s)) })];
  type Ev = { start: string; end: string | null; j?: Job; gap?: string };
  const evs: Ev[] = [...p.work.map((j) => ({ start: j.start, end: j.end, j })), ...(p.gap ? [{ start: p.gap.start, end: p.gap.end, gap: p.gap.note }] : [])].sort((a, b) => a.start.localeCompare(b.start));
  let cum = 0, n = 0;
  for (const e of evs) {
    const len = monthsIncl(e.start, e.end ?? REF);
    const span = `${dot(e.start)}-${e.end ? dot(e.end) : '至今'}`;
    if (e.gap) { rows.push(new TableRow({ children: [td('—'), td(span), td(`职业空档（${e.gap}）`, { columnSpan: 2 }), td(ymd(len)), td('（不计）')] })); continue; }
    cum += len; const j = e.j!;
    rows.push(new TableRow({ children: [td(String(++n), {}, { alignment: AlignmentType.CENTER }), td(span), td(j.company), td(j.title), td(ymd(len)), td(ymd(cum))] }));
    rows.push(new TableRow({ children: [th('工作内容'), cell(j.duties.map((d, i) => P([R(`${i + 1}. ${d}`, { size: 18 })])), { columnSpan: 5 })] }));
  }
  const work = new Table({ rows, width: { size: 9700, type: WidthType.DXA }, columnWidths: [700, 1900, 2800, 1700, 1200, 1400], borders: allThin });
  const info = new Table({ width: { size: 9700, type: WidthType.DXA }, columnWidths: [1400, 3200, 1400, 3700], borders: allThin, rows: [
    new TableRow({ children: [th('姓　　名'), td(p.name), th('求职意向'), td(p.headline)] }),
    new TableRow({ children: [th('手　　机'), td(p.phoneLocal), th('电子邮箱'), td(p.email)] }),
    new TableRow({ children: [th('现居住地'), td(p.city), th(p.others[0].label), td(p.others[0].number)] }),
    new TableRow({ children: [th('工作年限'), td(`${ymd(cum)}（截至2026年12月）`, { columnSpan: 3 })] }),
  ] });
  const other = new Table({ width: { size: 9700, type: WidthType.DXA }, columnWidths: [1800, 7900], borders: allThin, rows: [
    new TableRow({ children: [th('教育背景'), cell(p.edu.map((e) => P([R(`${dot(e.start)}-${dot(e.end)}　${e.school}　${e.degree}`, { size: 18 })])))] }),
    new TableRow({ children: [th('专业技能'), td(p.skills.map(sk).join('、'))] }),
    new TableRow({ children: [th('证　　书'), td(p.certs.join('；'))] }),
    new TableRow({ children: [th('语言能力'), td(p.languages.join('；'))] }),
    new TableRow({ children: [th('自我评价'), td(p.summary)] }),
  ] });
  addDocx(p, 'table', 'zh-cumulative', mkDoc([{ properties: A4, children: [P([R('个 人 简 历', { bold: true, size: 36 })], { alignment: AlignmentType.CENTER, spacing: { after: 160 } }), info, P(''), work, P(''), other] }], false, 19));
}

// M label-under — bilingual form CV where each value sits on a rule with its small label UNDER it; work table with column labels in the FOOTER row
function labelUnder(p: Person) {
  const tc = hant(p);
  const fld = (v: string, l: string, w = '') => `<td class="f" ${w}><div class="v">${esc(v)}</div><div class="lb">${l}</div></td>`;
  const dd = (s: string | null) => (s ? `${Y(s)}-${p2(M(s))}` : (tc ? '現在 Present' : '现在 Present'));
  const rows = newest(p).map((j) => `<tr><td>${dd(j.start)}</td><td>${dd(j.end)}</td><td><b>${esc(j.company)}</b><br><small>${esc(j.city)}</small></td><td>${esc(j.title)}</td><td class="l">${j.duties.map(esc).join('; ')}</td></tr>`).join('');
  addHtml(p, 'table', 'label-under', page(`body{font-family:"Liberation Sans","Droid Sans Fallback",sans-serif;font-size:9.5pt} h1{font-size:13pt;margin:0 0 3mm;letter-spacing:.1em}
    table{width:100%;border-collapse:collapse;margin-bottom:4mm} .f{padding:2mm 2mm 0;vertical-align:bottom} .v{border-bottom:.8pt solid #000;min-height:5mm;font-size:10.5pt;padding:0 1mm}
    .lb{font-size:7pt;color:#555;padding:.5mm 1mm 0} .w td{border:.6pt solid #444;padding:1.5mm;vertical-align:top} .w td:nth-child(-n+2){white-space:nowrap} .w tfoot td{background:#eee;font-size:7.5pt;color:#333;text-align:center}
    .l{text-align:left} h2{font-size:10pt;margin:2mm 0 1mm;background:#333;color:#fff;padding:1mm 2mm}`,
    `<h1>CURRICULUM VITAE ${tc ? '履歷' : '履历'}</h1><table><tr>${fld(p.name, tc ? '中文姓名 Name in Chinese' : '中文姓名 Name in Chinese', 'style="width:30%"')}${fld(p.alt!, '英文姓名 Name in English')}${fld(p.headline, tc ? '應徵職位 Position applied for' : '应聘职位 Position applied for')}</tr>
    <tr>${fld(p.phoneLocal, tc ? '手提電話 Mobile' : '手机 Mobile')}${fld(p.email, tc ? '電郵 E-mail' : '电邮 E-mail')}${fld(p.others.map((o) => o.number).join(' / ') || '—', tc ? '其他電話 Other tel.' : '其他电话 Other tel.')}</tr>
    <tr>${fld(p.city, tc ? '住址 Address' : '住址 Address', 'colspan="3"')}</tr></table>
    <h2>${tc ? '工作經驗' : '工作经历'} Employment</h2><table class="w">${rows}<tfoot><tr><td>${tc ? '由' : '由'} From</td><td>至 To</td><td>${tc ? '機構' : '机构'} Organisation</td><td>${tc ? '職位' : '职位'} Position</td><td>${tc ? '職責' : '职责'} Duties</td></tr></tfoot></table>
    <h2>${tc ? '學歷' : '学历'} Education</h2><table class="w">${p.edu.map((e) => `<tr><td>${dd(e.start)}</td><td>${dd(e.end)}</td><td colspan="2">${esc(e.school)}</td><td class="l">${esc(e.degree)}</td></tr>`).join('')}
    <tfoot><tr><td>由 From</td><td>至 To</td><td colspan="2">${tc ? '院校' : '院校'} Institution</td><td>${tc ? '資歷' : '学历'} Award</td></tr></tfoot></table>
    <table><tr>${fld(p.skills.map(sk).join(', '), tc ? '技能 Skills' : '技能 Skills', 'colspan="2"')}</tr><tr>${fld(p.languages.join(', '), tc ? '語言 Languages' : '语言 Languages')}${fld(p.certs.join(', '), tc ? '專業資格 Qualifications' : '专业资格 Qualifications')}</tr></table>
    <div style="font-size:8pt;margin-top:3mm">${esc(p.summary)}</div>`));
}

// N txt-semicolon-csv — CV kept in Excel (Swedish locale) and saved as "CSV (semikolonavgränsad)": ';' separators, date cells as 2022-11-01, CRLF, BOM
function txtSemicolon(p: Person) {
  const q = (s: string) => (/[;"\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const row = (...c: string[]) => [...c, '', '', '', '', ''].slice(0, 6).map(q).join(';');
  const L = [row('CV', p.name), row('Titel', p.headline), row('Mobil', p.phoneLocal), ...p.others.map((o) => row(o.label === 'Home' ? 'Hem' : 'Arbete', o.number)), row('E-post', p.email), row('Ort', p.city), row(),
    row('Från', 'Till', 'Arbetsgivare', 'Befattning', 'Ort', 'Arbetsuppgifter'),
    ...newest(p).map((j) => row(`${j.start}-01`, j.end ? `${j.end}-01` : 'pågående', j.company, j.title, j.city, j.duties.join('; '))), row(),
    row('Från', 'Till', 'Skola', 'Examen'), ...p.edu.map((e) => row(`${e.start}-01`, `${e.end}-01`, e.school, e.degree)), row(),
    ['Kompetenser', ...p.skills.map(sk)].map(q).join(';'), ['Språk', ...p.languages].map(q).join(';'), ['Certifikat', ...p.certs].map(q).join(';'), row('Profil', p.summary)];
  addTxt(p, 'table', 'txt-semicolon-csv', '\ufeff' + L.join('\r\n') + '\r\n');
}

// O quad-profile — consultancy "four-box" staffing profile (2×2 table), consultancy header with the consultant's own number
function quadProfile(p: Person) {
  const firm = p.id === 'p03' ? { n: 'Baltic Talent Partners UAB', c: 'Consultant: Mindaugas Rimkus · +370 655 20417' } : { n: 'Danube Interim Kft.', c: 'Consultant: Bence Horváth · +36 20 318 4406' };
  const jobs = newest(p).map((j) => `<div class="j"><div class="jt"><b>${esc(j.title)}</b> — ${esc(j.company)}</div><div class="jd">${slash(j.start)} – ${j.end ? slash(j.end) : 'present'} · ${esc(j.city)}</div>
    <ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul></div>`).join('');
  addHtml(p, 'table', 'quad-profile', page(`body{font-size:9pt} .bar{display:flex;justify-content:space-between;background:#123;color:#fff;padding:2mm 3mm;font-size:8pt}
    table{width:100%;border-collapse:collapse;table-layout:fixed} td{border:1pt solid #123;vertical-align:top;padding:3mm;width:50%} h2{margin:0 0 2mm;font-size:9pt;text-transform:uppercase;letter-spacing:.1em;color:#2a6f97}
    h1{margin:0;font-size:17pt} .j{margin-bottom:2mm} .jd{color:#666;font-size:8pt} ul{margin:.5mm 0 0;padding-left:4mm} .tag{display:inline-block;border:.6pt solid #2a6f97;border-radius:2mm;padding:0 1.5mm;margin:0 1mm 1mm 0}`,
    `<div class="bar"><span>${firm.n} — candidate profile</span><span>${firm.c}</span></div>
    <table><tr><td><h2>Profile</h2><h1>${esc(p.name)}</h1><div>${esc(p.headline)}</div><p>Mobile: ${esc(p.phoneLocal)}<br>E-mail: ${esc(p.email)}<br>${p.others.map((o) => `${esc(o.label)}: ${esc(o.number)}<br>`).join('')}Based in ${esc(p.city)}</p><p>${esc(p.summary)}</p></td>
    <td><h2>Key skills</h2><div>${p.skills.map((s) => `<span class="tag">${esc(sk(s))}</span>`).join('')}</div><h2 style="margin-top:3mm">Languages</h2><div>${p.languages.map(esc).join('<br>')}</div>
    <h2 style="margin-top:3mm">Certifications</h2><div>${p.certs.map(esc).join('<br>')}</div></td></tr>
    <tr><td><h2>Employment history</h2>${jobs}</td><td><h2>Education</h2>${p.edu.map((e) => `<div><b>${esc(e.degree)}</b><br>${esc(e.school)}<br><span class="jd">${slash(e.start)} – ${slash(e.end)}</span></div>`).join('')}
    <h2 style="margin-top:4mm">Availability</h2><div>Notice period: 1 month · open to hybrid work</div></td></tr></table>`));
}

// P txt-adoc-table — résumé kept as AsciiDoc source with |=== tables
function txtAdoc(p: Person) {
  const en = p.language === 'mixed';
  const L = [`= ${p.name}${en ? ` (${p.alt})` : ''} — ${en ? 'Résumé' : '个人简历'}`, `:email: ${p.email}`, `:mobile: ${en ? '+65 ' : ''}${p.phoneLocal}`, ...p.others.map((o) => `:${o.label.toLowerCase()}: ${o.number}`), ':toc:', '',
    en ? `${p.headline}, ${p.city}.` : `求职意向：${p.headline}　现居：${p.city}`, '', en ? '== Experience' : '== 工作经历', '', '[cols="2,3,2,4",options="header"]', '|===',
    en ? '|Period |Company |Title |Highlights' : '|起止时间 |公司 |职位 |主要工作'];
  for (const j of newest(p)) L.push(`|${dot(j.start)} — ${j.end ? dot(j.end) : en ? 'present' : '至今'}`, `|${j.company}`, `|${j.title}`, `a|${j.duties.map((d) => `* ${d}`).join('\n')}`, '');
  L.push('|===', '', en ? '== Skills' : '== 专业技能', '', ...p.skills.map((s) => `* ${sk(s)}`), '', en ? '== Education' : '== 教育背景', '', '[cols="2,3,3"]', '|===',
    ...p.edu.map((e) => `|${dot(e.start)} — ${dot(e.end)} |${e.school} |${e.degree}`), '|===', '', en ? '== Certifications' : '== 证书', '', ...p.certs.map((c) => `* ${c}`), '',
    en ? '== Languages' : '== 语言', '', ...p.languages.map((c) => `* ${c}`), '', en ? '== About' : '== 自我评价', '', p.summary, '');
  addTxt(p, 'table', 'txt-adoc-table', L.join('\n'));
}

// Q t-chart — US "T-format" application: requirements vs qualifications table, then a dated employment table
function tChart(p: Person) {
  const th = (s: string) => cell([P([R(s, { bold: true, color: 'FFFFFF' })])], { shading: { type: ShadingType.CLEAR, fill: '3B3B3B', color: 'auto' } });
  const td = (s: string | string[]) => cell((Array.isArray(s) ? s : [s]).map((x) => P(x)));
  const req: [string, string][] = [
    ['5+ years of B2C marketing', `Ten years across Larkspur Health Systems and Ohio River Outfitters, ending as Marketing Manager.`],
    ['Proven SEO and content results', `Rebuilt service-line pages at Larkspur (organic visits +64%).`],
    ['Email and CRM ownership', `HubSpot owner since 2020; email revenue +38% in two years.`],
    ['Team leadership', 'Manage four marketers and two agencies.'],
  ];
  const t1 = new Table({ width: { size: 9700, type: WidthType.DXA }, columnWidths: [3800, 5900], borders: allThin, rows: [new TableRow({ children: [th('Your requirements'), th('My qualifications')] }), ...req.map(([a, b]) => new TableRow({ children: [td(a), td(b)] }))] });
  const t2 = new Table({ width: { size: 9700, type: WidthType.DXA }, columnWidths: [1900, 2700, 2500, 2600], borders: allThin, rows: [new TableRow({ children: ['Dates', 'Employer', 'Title', 'Highlights'].map(th) }),
    ...newest(p).map((j) => new TableRow({ children: [td(`${p2(M(j.start))}/${String(Y(j.start)).slice(2)} – ${j.end ? `${p2(M(j.end))}/${String(Y(j.end)).slice(2)}` : 'present'}`), td([j.company, j.city]), td(j.title), td(j.duties)] }))] });
  const t3 = new Table({ width: { size: 9700, type: WidthType.DXA }, columnWidths: [2400, 7300], borders: allThin, rows: [
    new TableRow({ children: [th('Skills'), td(p.skills.map(sk).join(' • '))] }), new TableRow({ children: [th('Education'), td(p.edu.map((e) => `${e.degree}, ${e.school} (${Y(e.end)})`))] }),
    new TableRow({ children: [th('Certification'), td(p.certs)] }), new TableRow({ children: [th('Languages'), td(p.languages.join(', '))] })] });
  addDocx(p, 'table', 't-chart', mkDoc([{ properties: { page: { size: { width: 12240, height: 15840 }, margin: { top: 1080, bottom: 1080, left: 1080, right: 1080 } } }, children: [
    P([R(p.name, { bold: true, size: 36 })]), P(`${p.city}  |  ${p.phoneLocal}  |  ${p.email}`), P([R('Re: Director of Digital Marketing, posting #4471', { italics: true })], { spacing: { before: 120, after: 120 } }),
    P('Thank you for considering my application. Below I have matched your stated requirements with my experience, followed by my employment history.'), P(''),
    t1, P([R('Employment history', { bold: true, size: 24 })], { spacing: { before: 240, after: 80 } }), t2, P(''), t3,
    P([R('References available on request.', { italics: true })], { spacing: { before: 200 } })] }], false, 20));
}

// R zh-qq-sidebar — Chinese 双栏 template: dark left column with photo box, 联系方式 incl. QQ and 微信同号, skill tags
function zhQqSidebar(p: Person) {
  const jobs = newest(p).map((j) => `<div class="j"><div class="jh"><b>${esc(j.company)}</b><span>${dot(j.start)} - ${j.end ? dot(j.end) : '至今'}</span></div><div class="ti">${esc(j.title)}｜${esc(j.city)}</div>
    <div>${j.duties.map((d, i) => `${i + 1}. ${esc(d)}`).join('<br>')}</div></div>`).join('');
  addHtml(p, 'two-column', 'zh-qq-sidebar', page(`body{font-family:"Droid Sans Fallback",sans-serif;font-size:9.5pt} .g{display:grid;grid-template-columns:58mm 1fr;min-height:262mm}
    .sb{background:#263238;color:#eceff1;padding:5mm 4mm} .ph{width:30mm;height:38mm;border:1pt dashed #90a4ae;margin:0 auto 4mm;display:flex;align-items:center;justify-content:center;color:#90a4ae}
    .sb h3{font-size:10.5pt;border-bottom:1pt solid #90a4ae;margin:4mm 0 2mm;padding-bottom:1mm} .tag{display:inline-block;background:#37474f;border-radius:1mm;padding:.3mm 1.5mm;margin:0 1mm 1mm 0}
    .mn{padding:5mm 6mm} h1{font-size:22pt;margin:0} .want{color:#00838f;margin:1mm 0 4mm} h2{font-size:12pt;color:#00838f;border-left:2mm solid #00838f;padding-left:2mm;margin:4mm 0 2mm}
    .j{margin-bottom:3mm} .jh{display:flex;justify-content:space-between} .jh span{color:#666} .ti{color:#00838f}`,
    `<div class="g"><div class="sb"><div class="ph">照片</div><h3>基本信息</h3>现居：${esc(p.city)}<br>学历：本科
    <h3>联系方式</h3>电话：${esc(p.phoneLocal)}（微信同号）<br>邮箱：${esc(p.email)}<br>QQ：${esc(p.others[0].number)}
    <h3>专业技能</h3>${p.skills.map((s) => `<span class="tag">${esc(sk(s))}</span>`).join('')}<h3>证书</h3>${p.certs.map(esc).join('<br>')}<h3>语言</h3>${p.languages.map(esc).join('<br>')}</div>
    <div class="mn"><h1>${esc(p.name)}</h1><div class="want">求职意向：${esc(p.headline)}</div><h2>自我评价</h2><div>${esc(p.summary)}</div><h2>工作经历</h2>${jobs}
    <h2>教育背景</h2>${p.edu.map((e) => `<div class="jh"><b>${esc(e.school)}</b><span>${dot(e.start)} - ${dot(e.end)}</span></div><div>${esc(e.degree)}</div>`).join('')}</div></div>`));
}

// S date-rail-right — grid CV whose right rail carries contact, then each job's dates aligned beside it, then skills
function dateRail(p: Person) {
  const rows = newest(p).map((j) => `<div class="m j"><div class="t">${esc(j.title)}</div><div class="e">${esc(j.company)} · ${esc(j.city)}</div><ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul></div>
    <div class="r d">${mon(j.start).toUpperCase()}<br>–<br>${j.end ? mon(j.end).toUpperCase() : 'NOW'}</div>`).join('');
  addHtml(p, 'two-column', 'date-rail-right', page(`body{font-size:9.5pt} .g{display:grid;grid-template-columns:1fr 44mm;column-gap:6mm} .r{border-left:1.5pt solid #c45a1b;padding-left:3mm}
    h1{font-size:24pt;margin:0;font-weight:300} .hl{color:#c45a1b;font-size:11pt} h2{font-size:10pt;text-transform:uppercase;letter-spacing:.15em;color:#c45a1b;margin:4mm 0 1mm}
    .d{font-size:8.5pt;color:#555;font-weight:700;padding-top:1mm} .j{padding-bottom:2.5mm} .t{font-weight:700} .e{font-style:italic} ul{margin:.5mm 0 0;padding-left:4mm} .small{font-size:8.5pt}`,
    `<div class="g"><div class="m"><h1>${esc(p.name)}</h1><div class="hl">${esc(p.headline)}</div><p>${esc(p.summary)}</p></div>
    <div class="r small"><b>Contact</b><br>Mobile ${esc(p.phoneLocal)}<br>${p.others.map((o) => `${esc(o.label)} ${esc(o.number)}<br>`).join('')}${esc(p.email)}<br>${esc(p.city)}</div>
    <div class="m"><h2>Experience</h2></div><div class="r"></div>${rows}
    <div class="m"><h2>Education</h2>${p.edu.map((e) => `<div><b>${esc(e.degree)}</b><br>${esc(e.school)}, ${mon(e.start)} – ${mon(e.end)}</div>`).join('')}
    <h2>Certifications</h2>${p.certs.map(esc).join('<br>')}</div>
    <div class="r small"><b>Skills</b><br>${p.skills.map((s) => esc(sk(s))).join('<br>')}<br><br><b>Languages</b><br>${p.languages.map(esc).join('<br>')}</div></div>`));
}

// T docx-yearfirst-rail — Central/East-European Word CV on a two-cell table (shaded narrow rail RIGHT), periods written year-first "2020 March – 2023 September"
function yearFirst(p: Person) {
  const yf = (s: string | null) => (s ? `${Y(s)} ${MONTH[M(s) - 1]}` : 'now');
  const main: Paragraph[] = [P([R(p.name, { bold: true, size: 36 })]), P([R(p.headline, { size: 22, color: '2F5496' })], { spacing: { after: 160 } }), P(p.summary),
    P([R('WORK EXPERIENCE', { bold: true, color: '2F5496' })], { spacing: { before: 200, after: 80 } })];
  for (const j of newest(p)) {
    main.push(P([R(`${yf(j.start)} – ${yf(j.end)}`, { size: 17, color: '666666' })], { spacing: { before: 100 } }), P([R(j.title, { bold: true })]), P([R(`${j.company}, ${j.city}`, { italics: true })]));
    for (const d of j.duties) main.push(P(`▪ ${d}`, { indent: { left: 200 } }));
  }
  main.push(P([R('EDUCATION', { bold: true, color: '2F5496' })], { spacing: { before: 200, after: 80 } }), ...p.edu.flatMap((e) => [P([R(`${yf(e.start)} – ${yf(e.end)}`, { size: 17, color: '666666' })]), P([R(e.degree, { bold: true }), R(`, ${e.school}`)])]));
  const rail: Paragraph[] = [P([R('CONTACT', { bold: true })], { spacing: { after: 60 } }), P(`Mobile: ${p.phoneLocal}`), ...p.others.map((o) => P(`${o.label}: ${o.number}`)), P(p.email), P(p.city),
    P([R('SKILLS', { bold: true })], { spacing: { before: 200, after: 60 } }), ...p.skills.map((s) => P(sk(s))),
    P([R('LANGUAGES', { bold: true })], { spacing: { before: 200, after: 60 } }), ...p.languages.map((s) => P(s)),
    P([R('CERTIFICATES', { bold: true })], { spacing: { before: 200, after: 60 } }), ...p.certs.map((s) => P(s))];
  const t = new Table({ width: { size: 9700, type: WidthType.DXA }, columnWidths: [6700, 3000], borders: TableBorders.NONE, rows: [new TableRow({ children: [
    cell(main, { margins: { right: 200 } }), cell(rail, { shading: { type: ShadingType.CLEAR, fill: 'DEEAF6', color: 'auto' }, margins: { left: 160, right: 160, top: 160 } })] })] });
  addDocx(p, 'two-column', 'docx-yearfirst-rail', mkDoc([{ properties: A4, children: [t] }], false, 18));
}

// U docx-vmerge-left — HK bilingual Word résumé: name row across, then a left column that is ONE vertically merged cell beside one row per job
function vmergeLeft(p: Person) {
  const jobs = newest(p);
  const side = [P([R('聯絡 Contact', { bold: true })]), P(`手提 Mobile: ${p.phoneLocal}`), ...p.others.map((o) => P(`${o.label}: ${o.number}`)), P(p.email), P(p.city),
    P([R('技能 Skills', { bold: true })], { spacing: { before: 160 } }), ...p.skills.map((s) => P(`· ${sk(s)}`)),
    P([R('語言 Languages', { bold: true })], { spacing: { before: 160 } }), ...p.languages.map((s) => P(s)),
    P([R('牌照 Licences', { bold: true })], { spacing: { before: 160 } }), ...p.certs.map((s) => P(s)),
    P([R('學歷 Education', { bold: true })], { spacing: { before: 160 } }), ...p.edu.flatMap((e) => [P(e.degree), P(`${e.school}, ${Y(e.end)}`)])];
  const sh = { shading: { type: ShadingType.CLEAR, fill: 'F2E6D9', color: 'auto' }, margins: { left: 140, right: 140, top: 100 } };
  const rows = [new TableRow({ children: [cell([P([R(p.name, { bold: true, size: 40 }), R(`   ${p.alt}`, { size: 24 })]), P([R(p.headline, { color: '8B4513' })])], { columnSpan: 2, margins: { bottom: 160 } })] }),
    new TableRow({ children: [cell(side, { ...sh, verticalMerge: VerticalMergeType.RESTART }), cell([P([R('工作經驗 Work Experience', { bold: true, size: 24, color: '8B4513' })]), P(p.summary)], { margins: { left: 200 } })] }),
    ...jobs.map((j) => new TableRow({ children: [cell([P('')], { ...sh, verticalMerge: VerticalMergeType.CONTINUE }), cell([
      P([R(`${zhm(j.start)} – ${j.end ? zhm(j.end) : '現在'}  /  ${mon(j.start)} – ${j.end ? mon(j.end) : 'Present'}`, { size: 17, color: '777777' })]), P([R(j.company, { bold: true })]), P([R(j.title, { italics: true })]),
      ...j.duties.map((d) => P(`• ${d}`))], { margins: { left: 200, top: 120 } })] }))];
  addDocx(p, 'two-column', 'docx-vmerge-left', mkDoc([{ properties: A4, children: [new Table({ width: { size: 9700, type: WidthType.DXA }, columnWidths: [3000, 6700], borders: TableBorders.NONE, rows })] }], true, 19));
}

// V txt-pr-merge — two text files printed side by side with `pr -m -t` (main left, side notes right)
function txtPr(p: Person) {
  const W = 50;
  const wrap = (s: string, w: number, ind = '') => { const out: string[] = []; let cur = ''; for (const word of s.split(' ')) { if ((cur + ' ' + word).trim().length > w) { out.push(cur); cur = ind + word; } else cur = (cur ? cur + ' ' : '') + word; } if (cur) out.push(cur); return out; };
  const left = [p.name.toUpperCase(), p.headline, '', ...wrap(p.summary, W - 2), '', 'EXPERIENCE', '----------'];
  for (const j of newest(p)) { left.push(`${j.title}`, `${j.company}, ${j.city}`, `${mon(j.start)} - ${j.end ? mon(j.end) : 'present'}`, ...j.duties.flatMap((d) => wrap(`- ${d}`, W - 2, '  ')), ''); }
  left.push('EDUCATION', '---------', ...p.edu.flatMap((e) => [...wrap(e.degree, W - 2), `${e.school}, ${Y(e.end)}`]));
  const sw = p.language === 'en' && p.id === 'p06';
  const right = ['CONTACT', '-------', `Mobile: ${p.phoneLocal}`, ...p.others.map((o) => `${o.label}: ${o.number}`), p.email, p.city, '', 'SKILLS', '------', ...p.skills.map((s) => `* ${sk(s)}`), '',
    'LANGUAGES', '---------', ...p.languages, '', 'CERTIFICATES', '------------', ...p.certs.flatMap((c) => wrap(c, 44)), '', sw ? 'References on request.' : 'References upon request.'];
  const n = Math.max(left.length, right.length);
  const L = [`$ pr -m -t -w 100 cv-main.txt cv-side.txt`];
  for (let i = 0; i < n; i++) L.push(((left[i] ?? '').padEnd(W) + (right[i] ?? '')).trimEnd());
  addTxt(p, 'two-column', 'txt-pr-merge', L.join('\n') + '\n');
}

// W rotated-ribbon — bilingual flex CV: each job has its period in a vertical (rotated) ribbon at the left edge; right rail with contact/skills
function ribbon(p: Person) {
  const tc = hant(p);
  const now = p.id === 'p14' ? 'NOW' : p.id === 'p15' ? 'KINI / NOW' : '至今 NOW';
  const jobs = newest(p).map((j) => `<div class="j"><div class="rb">${dot(j.start)} – ${j.end ? dot(j.end) : now}</div><div class="jb"><div class="t">${esc(j.title)}</div>
    <div class="e">${esc(j.company)} ｜ ${esc(j.city)}</div><ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul></div></div>`).join('');
  addHtml(p, 'two-column', 'rotated-ribbon', page(`body{font-family:"Liberation Sans","Droid Sans Fallback",sans-serif;font-size:9.5pt} .w{display:flex;gap:6mm}
    .m{flex:1} .s{width:56mm;background:#f4efe6;padding:4mm} h1{font-size:26pt;margin:0;color:#7a1f3d;font-family:"Droid Sans Fallback",serif} .alt{font-size:12pt;letter-spacing:.15em;text-transform:uppercase}
    h2{font-size:10.5pt;color:#7a1f3d;margin:4mm 0 2mm;border-bottom:.8pt solid #7a1f3d} .j{display:flex;margin-bottom:3mm;min-height:30mm}
    .rb{writing-mode:vertical-rl;transform:rotate(180deg);background:#7a1f3d;color:#fff;font-size:8pt;font-weight:700;padding:1mm .8mm;text-align:center;margin-right:3mm}
    .t{font-weight:700} .e{color:#555} ul{margin:.5mm 0 0;padding-left:4mm} .s h3{font-size:9.5pt;margin:3mm 0 1mm;color:#7a1f3d}`,
    `<div class="w"><div class="m"><h1>${esc(p.name)}</h1><div class="alt">${esc(p.alt!)}</div><div>${esc(p.headline)}</div>
    <h2>Profile 简介</h2><div>${esc(p.summary)}</div><h2>Experience 工作经历</h2>${jobs}
    <h2>Education 教育</h2>${p.edu.map((e) => `<div><b>${esc(e.school)}</b> — ${esc(e.degree)} (${dot(e.start)} – ${dot(e.end)})</div>`).join('')}</div>
    <div class="s"><h3>Contact 联系</h3>Mobile: ${esc(p.phoneLocal)}<br>${p.others.map((o) => `${esc(o.label)}: ${esc(o.number)}<br>`).join('')}${esc(p.email)}<br>${esc(p.city)}
    <h3>Skills 技能</h3>${p.skills.map((s) => esc(sk(s))).join('<br>')}<h3>Languages 语言</h3>${p.languages.map(esc).join('<br>')}<h3>Certificates 证书</h3>${p.certs.map(esc).join('<br>')}</div></div>`));
}

// X zh-card-grid — 双栏卡片式：工作经历 cards flow row by row across two columns (newest first), then info cards
function zhCardGrid(p: Person) {
  const tw = hant(p);
  const now = tw ? '現在' : '至今';
  const L = tw ? { want: '應徵職務', work: '工作經歷', skill: '專長', edu: '學歷', cert: '證照', lang: '語言', contact: '聯絡方式', ph: '手機', mail: 'Email', gap: '職涯空檔' }
    : { want: '求职意向', work: '工作经历', skill: '专业技能', edu: '教育背景', cert: '证书', lang: '语言', contact: '联系方式', ph: '手机', mail: '邮箱', gap: '职业空档' };
  const cards = newest(p).map((j) => ({ s: j.start, h: `<div class="c"><div class="d">${zhm(j.start)} — ${j.end ? zhm(j.end) : now}</div><div class="co">${esc(j.company)}</div><div class="ti">${esc(j.title)} · ${esc(j.city)}</div>${j.duties.map((d) => `<div>· ${esc(d)}</div>`).join('')}</div>` }));
  if (p.gap) cards.push({ s: p.gap.start, h: `<div class="c g"><div class="d">${zhm(p.gap.start)} — ${zhm(p.gap.end)}</div><div class="co">${L.gap}</div><div>${esc(p.gap.note)}</div></div>` });
  cards.sort((a, b) => b.s.localeCompare(a.s));
  addHtml(p, 'two-column', 'zh-card-grid', page(`body{font-family:"Droid Sans Fallback",sans-serif;font-size:9.5pt;background:#fff} .hd{background:#1d3557;color:#fff;padding:5mm 6mm;border-radius:2mm}
    h1{margin:0;font-size:22pt;font-family:"Droid Sans Fallback",serif} h2{font-size:12pt;color:#1d3557;margin:4mm 0 2mm} .grid{display:grid;grid-template-columns:1fr 1fr;gap:3mm} .c{border:.8pt solid #a8dadc;border-radius:2mm;padding:2.5mm 3mm}
    .d{color:#e63946;font-size:8.5pt;font-weight:700} .co{font-weight:700;font-size:10.5pt} .ti{color:#457b9d;margin-bottom:1mm} .g{border-style:dashed;color:#777}`,
    `<div class="hd"><h1>${esc(p.name)}</h1><div>${L.want}：${esc(p.headline)}</div><div style="font-size:8.5pt;margin-top:1mm">${esc(p.summary)}</div></div>
    <h2>${L.work}</h2><div class="grid">${cards.map((c) => c.h).join('')}</div>
    <h2>${L.skill} · ${L.edu} · ${L.contact}</h2><div class="grid"><div class="c"><div class="co">${L.skill}</div>${p.skills.map((s) => esc(sk(s))).join('、')}<div class="co" style="margin-top:2mm">${L.cert}</div>${p.certs.map(esc).join('；')}<div class="co" style="margin-top:2mm">${L.lang}</div>${p.languages.map(esc).join('；')}</div>
    <div class="c"><div class="co">${L.edu}</div>${p.edu.map((e) => `${esc(e.school)}<br>${esc(e.degree)}　${zhm(e.start)} — ${zhm(e.end)}`).join('<br>')}<div class="co" style="margin-top:2mm">${L.contact}</div>${L.ph}：${esc(p.phoneLocal)}<br>${L.mail}：${esc(p.email)}<br>${p.others.map((o) => `${esc(o.label)}：${esc(o.number)}<br>`).join('')}${esc(p.city)}</div></div>`));
}

// Y se-flex — Swedish two-column flexbox CV: left "Kontakt" column with Mobil / Hem / Arbete numbers, Swedish short months "nov 2022 – nu"
function seFlex(p: Person) {
  const sv = (s: string | null) => (s ? `${SVS[M(s) - 1]} ${Y(s)}` : 'nu');
  const lbl: Record<string, string> = { Home: 'Hem', Work: 'Arbete' };
  addHtml(p, 'two-column', 'se-flex', page(`body{font-size:9.5pt} .w{display:flex} .l{width:60mm;padding:6mm 5mm;background:#eef3f1;border-right:1pt solid #6a9c89;min-height:262mm}
    .r{flex:1;padding:6mm 0 0 7mm} h1{font-size:22pt;margin:0 0 1mm} .sub{color:#6a9c89;font-size:11pt;margin-bottom:4mm} h2{font-size:10pt;color:#3d6b5a;text-transform:uppercase;letter-spacing:.1em;margin:4mm 0 1.5mm}
    .j{margin-bottom:3mm} .co{font-weight:700} .ti{color:#444} ul{margin:.5mm 0 0;padding-left:4mm}`,
    `<div class="w"><div class="l"><h2>Kontakt</h2>Mobil: ${esc(p.phoneLocal)}<br>${p.others.map((o) => `${lbl[o.label] ?? o.label}: ${esc(o.number)}<br>`).join('')}${esc(p.email)}<br>${esc(p.city)}
    <h2>Kompetenser</h2>${p.skills.map((s) => esc(sk(s))).join('<br>')}<h2>Språk</h2>${p.languages.map(esc).join('<br>')}<h2>Certifikat</h2>${p.certs.map(esc).join('<br>')}
    <h2>Utbildning</h2>${p.edu.map((e) => `${esc(e.degree)}<br>${esc(e.school)}<br>${sv(e.start)} – ${sv(e.end)}`).join('<br>')}</div>
    <div class="r"><h1>${esc(p.name)}</h1><div class="sub">${esc(p.headline)}</div><div>${esc(p.summary)}</div><h2>Erfarenhet / Experience</h2>
    ${newest(p).map((j) => `<div class="j"><div class="co">${esc(j.company)}</div><div class="ti">${esc(j.title)} · ${sv(j.start)} – ${sv(j.end)} · ${esc(j.city)}</div><ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul></div>`).join('')}</div></div>`));
}

// ---------- assignment ----------
const by = (id: string) => people.find((p) => p.id === id)!;
const plan: [string, ((p: Person) => void)[]][] = [
  ['p01', [centredStack, reportTables, dateRail]], ['p02', [seWord, txtSemicolon, seFlex]], ['p03', [txtIso, quadProfile, yearFirst]],
  ['p04', [txtIni, reportTables, dateRail]], ['p05', [centredStack, tChart, txtPr]], ['p06', [seWord, txtSemicolon, txtPr]], ['p07', [txtIso, quadProfile, yearFirst]],
  ['p08', [zhYearMarkers, zhXiexian, zhCardGrid]], ['p09', [txtTree, zhCumulative, zhQqSidebar]], ['p10', [zhYearMarkers, zhCumulative, zhCardGrid]],
  ['p11', [zhWord3tab, zhXiexian, zhCardGrid]], ['p12', [zhWord3tab, txtAdoc, zhQqSidebar]], ['p13', [circledSteps, labelUnder, vmergeLeft]],
  ['p14', [txtTree, txtAdoc, ribbon]], ['p15', [myBmWord, labelUnder, ribbon]], ['p16', [circledSteps, labelUnder, ribbon]],
];
for (const [id, fns] of plan) for (const f of fns) f(by(id));

for (const [f, d] of docxJobs) writeFileSync(path.join(docsDir, f), await Packer.toBuffer(d));
exportDocxToPdf(docsDir);
await printHtml(docsDir, html);

const truth = {
  referenceDate: REF,
  people: people.map((p) => ({ id: p.id, language: p.language, name: p.name, email: p.email, phone: p.phone, skills: p.skills,
    work: p.work.map((j) => ({ company: j.company, start: j.start, end: j.end })), yearsOfExperience: yearsWorked(p.work, REF) })),
  documents: docs.sort((a, b) => a.file.localeCompare(b.file)),
};
const files = truth.documents.map((d) => d.file);
const stray = readdirSync(docsDir).filter((f) => !files.includes(f));
if (stray.length) throw new Error(`unexpected files: ${stray.join(', ')}`);
writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifestOf(docsDir, files), null, 2) + '\n');
console.log(`${files.length} documents`);
