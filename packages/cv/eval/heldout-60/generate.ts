/**
 * heldout-60 generator: writes every document of the set into documents/, then truth.json and manifest.json.
 *
 *   npx tsx eval/heldout-60/generate.ts            (refuses when manifest.json exists)
 *   npx tsx eval/heldout-60/generate.ts --force    (regenerates everything)
 *   npx tsx eval/heldout-60/generate.ts --force --only=numbers-sheet,p05   (a subset, for looking; no truth/manifest)
 *
 * Producers: Chromium prints HTML (printHtml), the `docx` package builds .docx files, LibreOffice converts those
 * .docx files to PDF (exportDocxToPdf), and .txt files are written directly as UTF-8.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType, BorderStyle, Document, Footer, Header, HeightRule, LevelFormat, Packer, PageBreak, PageNumber, PageOrientation,
  Paragraph, ShadingType, Table, TableCell, TableRow, TabStopType, TextDirection, TextRun, VerticalAlign, VerticalMergeType, WidthType,
} from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { type Job, type Person, people, REFERENCE } from './people.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const DOCS = path.join(here, 'documents');

// ───────────────────────────── dates ─────────────────────────────

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const yOf = (s: string) => Number(s.slice(0, 4));
const mOf = (s: string) => Number(s.slice(5, 7));
const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (ym: string) => new Date(Date.UTC(yOf(ym), mOf(ym), 0)).getUTCDate();
/** The month the documents were made in (the truth still counts to REFERENCE). */
const DOC_MONTH = '2026-11';

type DS = 'Mon YYYY' | 'Month YYYY' | 'MON YYYY' | 'MM/YYYY' | 'MM.YYYY' | 'YYYY.MM' | 'YYYY-MM' | 'YYYY/MM' | 'YYYY.M' | 'zh' | 'zh0' | 'Mon-YY' | 'MM/YY' | 'Mon-YYYY';
function fd(ym: string, style: DS): string {
  const y = yOf(ym), m = mOf(ym);
  switch (style) {
    case 'Mon YYYY': return `${MON[m - 1]} ${y}`;
    case 'Month YYYY': return `${MONTH[m - 1]} ${y}`;
    case 'MON YYYY': return `${MON[m - 1].toUpperCase()} ${y}`;
    case 'MM/YYYY': return `${pad(m)}/${y}`;
    case 'MM.YYYY': return `${pad(m)}.${y}`;
    case 'YYYY.MM': return `${y}.${pad(m)}`;
    case 'YYYY-MM': return `${y}-${pad(m)}`;
    case 'YYYY/MM': return `${y}/${pad(m)}`;
    case 'YYYY.M': return `${y}.${m}`;
    case 'zh': return `${y}年${m}月`;
    case 'zh0': return `${y}年${pad(m)}月`;
    case 'Mon-YY': return `${MON[m - 1]}-${String(y).slice(2)}`;
    case 'MM/YY': return `${pad(m)}/${String(y).slice(2)}`;
    case 'Mon-YYYY': return `${MON[m - 1]}-${y}`;
  }
}
/** A job's end as printed: the date, or the document's word for "current". */
const fe = (j: Job, style: DS, now: string) => (j.end ? fd(j.end, style) : now);
const idx = (ym: string) => yOf(ym) * 12 + mOf(ym) - 1;
/** Months in a job, both ends counted, to `upto` for a current job. */
const monthsIn = (j: { start: string; end: string | null }, upto = DOC_MONTH) => idx(j.end ?? upto) - idx(j.start) + 1;
function dur(n: number, style: 'y m' | 'yrs mos' | 'zh' | 'Y M' | 'years months'): string {
  const y = Math.floor(n / 12), m = n % 12;
  switch (style) {
    case 'y m': return `${y ? `${y}y ` : ''}${m}m`.replace(/ 0m$/, '');
    case 'yrs mos': return [y ? `${y} yr${y === 1 ? '' : 's'}` : '', m ? `${m} mo${m === 1 ? '' : 's'}` : ''].filter(Boolean).join(' ');
    case 'years months': return [y ? `${y} year${y === 1 ? '' : 's'}` : '', m ? `${m} month${m === 1 ? '' : 's'}` : ''].filter(Boolean).join(' ');
    case 'zh': return `${y ? `${y}年` : ''}${m ? `${m}个月` : ''}` || '0个月';
    case 'Y M': return `${y} Y ${m} M`;
  }
}
const newestFirst = (w: Job[]) => [...w].sort((a, b) => b.start.localeCompare(a.start) || (b.end ?? '9999').localeCompare(a.end ?? '9999'));
const oldestFirst = (w: Job[]) => [...w].sort((a, b) => a.start.localeCompare(b.start) || (a.end ?? '9999').localeCompare(b.end ?? '9999'));
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const P = (id: string) => people.find((p) => p.id === id)!;
const current = (p: Person) => p.work.find((j) => j.end === null)!;
/** The next role (in time) is at the same employer and follows on directly. */
const promoted = (p: Person, j: Job) => !!j.end && p.work.some((k) => k !== j && k.company === j.company && idx(k.start) === idx(j.end!) + 1);
const kindZh: Record<string, string> = { full: '全职', part: '兼职', volunteer: '志愿', intern: '实习', secondment: '外派', fellowship: '项目聘用', casual: '临时' };

// ───────────────────────────── the plan ─────────────────────────────

type Layout = 'single' | 'two-column' | 'table';
type Producer = 'chromium' | 'docx' | 'libreoffice' | 'txt';
interface Planned { person: string; template: string; layout: Layout; kind: 'html' | 'docx' | 'txt' }

const PLAN: Planned[] = [
  // table
  ...['p01', 'p04', 'p13'].map((person) => ({ person, template: 'numbers-sheet', layout: 'table' as const, kind: 'html' as const })),
  ...['p03', 'p05'].map((person) => ({ person, template: 'jotform-pdf', layout: 'table' as const, kind: 'html' as const })),
  ...['p03', 'p13'].map((person) => ({ person, template: 'peoplesoft-prior', layout: 'table' as const, kind: 'html' as const })),
  ...['p08', 'p11'].map((person) => ({ person, template: 'form-subtable', layout: 'table' as const, kind: 'html' as const })),
  ...['p10', 'p14'].map((person) => ({ person, template: 'kintone-record', layout: 'table' as const, kind: 'html' as const })),
  { person: 'p05', template: 'dairy-seasons', layout: 'table', kind: 'docx' },
  { person: 'p06', template: 'ugc-faculty', layout: 'table', kind: 'docx' },
  { person: 'p07', template: 'record-book', layout: 'table', kind: 'docx' },
  ...['p09', 'p12'].map((person) => ({ person, template: 'gongling', layout: 'table' as const, kind: 'docx' as const })),
  ...['p02', 'p16'].map((person) => ({ person, template: 'per2', layout: 'table' as const, kind: 'docx' as const })),
  { person: 'p15', template: 'funder-cv', layout: 'table', kind: 'docx' },
  { person: 'p02', template: 'pdftk-fields', layout: 'table', kind: 'txt' },
  ...['p04', 'p15'].map((person) => ({ person, template: 'org-table', layout: 'table' as const, kind: 'txt' as const })),
  { person: 'p10', template: 'sql-dump', layout: 'table', kind: 'txt' },
  // single
  ...['p01', 'p07'].map((person) => ({ person, template: 'europass13', layout: 'single' as const, kind: 'docx' as const })),
  ...['p08', 'p10'].map((person) => ({ person, template: 'zh-yilan', layout: 'single' as const, kind: 'html' as const })),
  ...['p11', 'p14'].map((person) => ({ person, template: 'tab-grid', layout: 'single' as const, kind: 'docx' as const })),
  { person: 'p12', template: 'gaozhi', layout: 'single', kind: 'html' },
  { person: 'p04', template: 'md-pdf', layout: 'single', kind: 'html' },
  { person: 'p03', template: 'trials-cv', layout: 'single', kind: 'html' },
  ...['p13', 'p16'].map((person) => ({ person, template: 'period-duration', layout: 'single' as const, kind: 'html' as const })),
  // two-column
  ...['p08', 'p09', 'p11', 'p12', 'p14'].map((person) => ({ person, template: 'talent-card', layout: 'two-column' as const, kind: 'html' as const })),
  ...['p02', 'p05'].map((person) => ({ person, template: 'crm-profile', layout: 'two-column' as const, kind: 'html' as const })),
  ...['p01', 'p10', 'p15'].map((person) => ({ person, template: 'boarding-pass', layout: 'two-column' as const, kind: 'html' as const })),
  ...['p03', 'p04', 'p13', 'p16'].map((person) => ({ person, template: 'swimlanes', layout: 'two-column' as const, kind: 'html' as const })),
  { person: 'p06', template: 'expert-directory', layout: 'two-column', kind: 'html' },
];

const short = (l: Layout) => (l === 'two-column' ? 'twocol' : l);
const fileBase = (x: Planned) => `${x.person}-${short(x.layout)}-${x.template}`;

// ───────────────────────────── main ─────────────────────────────

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  const only = args.find((a) => a.startsWith('--only='))?.slice(7).split(',');
  const manifestPath = path.join(here, 'manifest.json');
  if (existsSync(manifestPath) && !force) {
    console.error('manifest.json exists: the set is already generated. Re-run with --force to regenerate it.');
    process.exit(1);
  }
  const plan = only ? PLAN.filter((x) => only.includes(x.template) || only.includes(x.person)) : PLAN;
  if (!only) rmSync(DOCS, { recursive: true, force: true });
  mkdirSync(DOCS, { recursive: true });
  if (only) for (const x of plan) for (const ext of ['pdf', 'docx', 'txt']) rmSync(path.join(DOCS, `${fileBase(x)}.${ext}`), { force: true });

  const html: [string, string][] = [];
  const entries: { file: string; person: string; template: string; layout: Layout; producer: Producer; language: string }[] = [];
  const docxOnly = path.join(here, '.docx-tmp');
  rmSync(docxOnly, { recursive: true, force: true });
  mkdirSync(docxOnly, { recursive: true });

  for (const x of plan) {
    const p = P(x.person);
    const base = fileBase(x);
    const add = (file: string, producer: Producer) => entries.push({ file, person: p.id, template: x.template, layout: x.layout, producer, language: p.language });
    if (x.kind === 'html') {
      const fn = HTML[x.template];
      if (!fn) throw new Error(`no html template ${x.template}`);
      html.push([`${base}.pdf`, fn(p)]);
      add(`${base}.pdf`, 'chromium');
    } else if (x.kind === 'docx') {
      const fn = DOCX[x.template];
      if (!fn) throw new Error(`no docx template ${x.template}`);
      const buf = await Packer.toBuffer(fn(p));
      writeFileSync(path.join(DOCS, `${base}.docx`), buf);
      writeFileSync(path.join(docxOnly, `${base}.docx`), buf);
      add(`${base}.docx`, 'docx');
      add(`${base}.pdf`, 'libreoffice');
    } else {
      const fn = TXT[x.template];
      if (!fn) throw new Error(`no txt template ${x.template}`);
      writeFileSync(path.join(DOCS, `${base}.txt`), fn(p), 'utf8');
      add(`${base}.txt`, 'txt');
    }
  }

  // LibreOffice converts the DOCX files in a scratch folder (so it never sees anything else), PDFs are moved over.
  exportDocxToPdf(docxOnly);
  for (const f of readdirSync(docxOnly).filter((f) => f.endsWith('.pdf'))) {
    writeFileSync(path.join(DOCS, f), readFileSync(path.join(docxOnly, f)));
  }
  rmSync(docxOnly, { recursive: true, force: true });
  await printHtml(DOCS, html);

  if (only) {
    console.log(`wrote ${entries.length} documents (subset; truth.json and manifest.json untouched)`);
    return;
  }
  entries.sort((a, b) => a.file.localeCompare(b.file));
  const truth = {
    referenceDate: REFERENCE,
    people: people.map((p) => ({
      id: p.id,
      language: p.language,
      name: p.name,
      email: p.email,
      phone: p.phone,
      skills: p.skills.map((s) => [s.name, ...(s.alt ?? [])].join(' | ')),
      work: oldestFirst(p.work).map((j) => ({ company: j.company, start: j.start, end: j.end })),
      yearsOfExperience: yearsWorked(p.work, REFERENCE),
    })),
    documents: entries,
  };
  writeFileSync(path.join(here, 'truth.json'), `${JSON.stringify(truth, null, 2)}\n`);
  const files = entries.map((e) => e.file);
  const stray = readdirSync(DOCS).filter((f) => !files.includes(f));
  if (stray.length) throw new Error(`stray files in documents/: ${stray.join(', ')}`);
  writeFileSync(manifestPath, `${JSON.stringify(manifestOf(DOCS, files), null, 2)}\n`);
  console.log(`wrote ${entries.length} documents, truth.json and manifest.json`);
}

type HtmlFn = (p: Person) => string;
type DocxFn = (p: Person) => Document;
type TxtFn = (p: Person) => string;

// ───────────────────────────── HTML (Chromium) ─────────────────────────────

// CJK text is set in WenQuanYi Zen Hei: with the Noto CJK fonts Chromium's PDFs map many ideographs to Kangxi radicals
// (文 → ⽂, 黄 → ⻩) in their text layer, which would garble the names.
const SANS = "'Liberation Sans', Arial, Helvetica, 'WenQuanYi Zen Hei', sans-serif";
const SERIF = "'Liberation Serif', 'Times New Roman', 'WenQuanYi Zen Hei', serif";
const CJK = "'WenQuanYi Zen Hei', sans-serif";
const CJK_SERIF = "'WenQuanYi Zen Hei', serif";
function page(css: string, body: string, lang = 'en'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>*{box-sizing:border-box}html,body{margin:0;padding:0}body{-webkit-print-color-adjust:exact;print-color-adjust:exact}${css}</style></head><body>${body}</body></html>`;
}
const tick = (on: boolean, color = '#2f7ff5') => on
  ? `<svg width="9" height="9" viewBox="0 0 10 10" style="vertical-align:-1px"><rect x="0.5" y="0.5" width="9" height="9" rx="2" fill="${color}"/><path d="M2.3 5.2 L4.2 7 L7.8 3" stroke="#fff" stroke-width="1.5" fill="none"/></svg>`
  : `<svg width="9" height="9" viewBox="0 0 10 10" style="vertical-align:-1px"><rect x="0.5" y="0.5" width="9" height="9" rx="2" fill="#fff" stroke="#999"/></svg>`;

/* ---- numbers-sheet: a CV kept in an Apple-Numbers-type spreadsheet and exported to PDF ---- */
function numbersSheet(p: Person): string {
  const sg = p.id === 'p13', ca = p.id === 'p04';
  const day = (ym: string, end: boolean) => (end ? lastDay(ym) : 1);
  const cellDate = (ym: string, end: boolean) => sg ? `${pad(day(ym, end))}/${pad(mOf(ym))}/${yOf(ym)}`
    : ca ? `${yOf(ym)}-${pad(mOf(ym))}-${pad(day(ym, end))}` : `${MON[mOf(ym) - 1]} ${yOf(ym)}`;
  const typeOf: Record<string, string> = { full: 'Job', part: 'Part-time', volunteer: 'Volunteer', intern: 'Co-op', casual: 'Casual', secondment: 'Secondment', fellowship: 'Fellowship' };
  // DATEDIF(start, IF(current, TODAY(), end), "M") with TODAY() = 19 Nov 2026: whole months, so one short of the months worked
  const datedif = (s: string, e: string | null) => (e ? idx(e) : idx(DOC_MONTH)) - idx(s);
  const rows = [
    ...p.work.map((j) => ({ type: typeOf[j.kind], org: j.company, role: j.title, town: j.town, s: j.start, e: j.end, cur: j.end === null, study: false })),
    ...p.education.map((e) => ({ type: 'Study', org: e.school, role: e.degree, town: e.town, s: e.start, e: e.end as string | null, cur: false, study: true })),
  ].sort((a, b) => a.s.localeCompare(b.s));
  const workMonths = rows.filter((r) => !r.study).reduce((t, r) => t + datedif(r.s, r.e), 0);
  const title = p.language === 'mixed' ? `${p.name}&nbsp; ${esc(p.family.toUpperCase())} ${esc(p.given)}` : esc(p.name);
  const levels = [5, 5, 4, 5, 4, 3, 4, 4, 3, 4];
  const o = p.otherPhones;
  const contact = [
    ['Mobile', sg ? `+65 ${p.mobileLocal}` : p.mobileLocal], ...o.map((x) => [x.label, x.number]), ['Email', p.email], ['Address', p.address.join(', ')],
  ];
  return page(`
    body{font-family:'DejaVu Sans',${SANS};font-size:7.6pt;color:#1d1d1f}
    h1{font-size:19pt;margin:0 0 1mm;font-weight:700;letter-spacing:-.2pt} .sub{color:#6e6e73;font-size:8.5pt;margin-bottom:6mm}
    .tname{font-weight:700;font-size:9.5pt;margin:5mm 0 1.5mm}
    table{border-collapse:collapse} td,th{border:0.4pt solid #d2d2d7;padding:1.3mm 1.6mm;vertical-align:top;text-align:left}
    th{background:#e5e5ea;font-weight:700} tbody tr:nth-child(even) td{background:#f5f5f7} td.hc{background:#e5e5ea;font-weight:700}
    tfoot td{background:#ececf0;font-weight:700;border-top:1pt solid #a1a1a6}
    .nw{white-space:nowrap} .num{text-align:right} .stars{color:#f5a623;letter-spacing:1px;font-size:8.5pt}
    .two{display:flex;gap:8mm;align-items:flex-start}
  `, `
  <h1>${title}</h1>
  <div class="sub">${sg ? 'Career record — kept for CV updates' : 'CV tracker'} · last edited 19 Nov 2026</div>
  <div class="tname">Contact</div>
  <table style="width:120mm">${contact.map(([k, v]) => `<tr><td class="hc" style="width:28mm">${esc(k)}</td><td>${esc(v)}</td></tr>`).join('')}</table>
  <div class="tname">Timeline</div>
  <table style="width:100%"><thead><tr><th>Type</th><th>Organisation</th><th>Role / qualification</th><th>Town</th><th>Start</th><th>End</th><th>Current</th><th class="num">Months</th></tr></thead>
  <tbody>${rows.map((r) => `<tr><td>${r.type}</td><td>${esc(r.org)}</td><td>${esc(r.role)}</td><td>${esc(r.town)}</td><td class="nw">${cellDate(r.s, false)}</td><td class="nw">${r.e ? cellDate(r.e, true) : ''}</td><td style="text-align:center">${tick(r.cur)}</td><td class="num">${datedif(r.s, r.e)}</td></tr>`).join('')}</tbody>
  <tfoot><tr><td colspan="7">Total (all rows except Study)</td><td class="num">${workMonths}</td></tr><tr><td colspan="7">Years</td><td class="num">${(workMonths / 12).toFixed(1)}</td></tr></tfoot></table>
  <div class="two">
   <div><div class="tname">Skills</div><table style="width:92mm"><thead><tr><th>Skill</th><th>Level</th></tr></thead><tbody>${p.skills.map((s, i) => `<tr><td>${esc(s.name)}</td><td class="stars">${'★'.repeat(levels[i % 10])}<span style="color:#d2d2d7">${'★'.repeat(5 - levels[i % 10])}</span></td></tr>`).join('')}</tbody></table></div>
   <div><div class="tname">Languages</div><table style="width:60mm"><thead><tr><th>Language</th><th>Level</th></tr></thead><tbody>${p.languages.map((l) => `<tr><td>${esc(l.name)}</td><td>${esc(l.level)}</td></tr>`).join('')}</tbody></table>
   <div class="tname">Certificates</div><table style="width:80mm"><tbody>${p.certs.map((c) => `<tr><td>${esc(c)}</td></tr>`).join('')}</tbody></table></div>
  </div>`);
}

/* ---- jotform-pdf: the submission PDF an online form builder makes of an application form ---- */
function jotform(p: Person): string {
  const us = p.id === 'p03';
  const cfg = us
    ? { org: 'Lakeview Cancer Research Institute', logo: 'LCRI', title: 'Clinical Research Staff Application', applying: 'Clinical Research Manager', sub: 'Nov 17, 2026', id: '6049371882215734091', order: newestFirst(p.work), color: '#0a6e8a' }
    : { org: 'Canterbury Pastoral Group', logo: 'CPG', title: 'Farm Staff Application 2027/28 Season', applying: 'Lower Order Sharemilker (50/50 considered)', sub: 'Nov 12, 2026', id: '6043180559927731406', order: oldestFirst(p.work), color: '#3d7a2a' };
  const empCols = us ? ['Employer', 'Job Title', 'Start Month', 'Start Year', 'End Month', 'End Year', 'Current job?'] : ['Farm / Employer', 'Position', 'Herd / farm', 'Start Month', 'Start Year', 'End Month', 'End Year', 'Still working here?'];
  const empRows = cfg.order.map((j) => {
    const base = [j.company, j.title];
    if (!us) base.push(j.about ?? '');
    return [...base, MONTH[mOf(j.start) - 1], String(yOf(j.start)), j.end ? MONTH[mOf(j.end) - 1] : '', j.end ? String(yOf(j.end)) : '', j.end ? 'No' : 'Yes'];
  });
  const list = (cols: string[], rows: string[][]) => `<table class="cl"><tr>${cols.map((c) => `<th>${esc(c)}</th>`).join('')}</tr>${rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</table>`;
  const q = (label: string, value: string) => `<tr><td class="ql">${esc(label)}</td><td class="qa">${value}</td></tr>`;
  const head = (t: string) => `<tr><td colspan="2" class="sec">${esc(t)}</td></tr>`;
  const addr = us ? `${esc(p.address[0])}<br>${esc(p.address[1])}` : p.address.map(esc).join('<br>');
  return page(`
    body{font-family:${SANS};font-size:8.6pt;color:#2c3345}
    .top{display:flex;align-items:center;gap:5mm;border-bottom:2pt solid ${cfg.color};padding-bottom:3mm}
    .logo{width:16mm;height:16mm;border-radius:50%;background:${cfg.color};color:#fff;font-weight:700;display:flex;align-items:center;justify-content:center;font-size:9pt}
    h1{font-size:15pt;margin:0;color:#2c3345} .org{color:#6f76a7;font-size:9pt;margin-top:1mm}
    .meta{font-size:7.5pt;color:#8d8fa8;margin:2mm 0 3mm}
    table.qa{width:100%;border-collapse:collapse} table.qa tr{break-inside:avoid} td.ql{width:48mm;background:#f3f3fe;font-weight:700;padding:2mm;border-bottom:0.5pt solid #e3e5f5;vertical-align:top}
    td.qa{padding:2mm;border-bottom:0.5pt solid #e3e5f5;vertical-align:top} td.sec{font-size:11pt;font-weight:700;color:${cfg.color};padding:4mm 0 1.5mm;border-bottom:1pt solid #c8ceed}
    table.cl{border-collapse:collapse;width:100%;font-size:7.6pt} table.cl th{background:#e9ebf8;text-align:left;padding:1.2mm;border:0.4pt solid #c8ceed}
    table.cl td{padding:1.2mm;border:0.4pt solid #dfe2f3}
    .sig{font-family:'DejaVu Serif',serif;font-style:italic;font-size:15pt;color:#1a2a6c}
  `, `
  <div class="top"><div class="logo">${cfg.logo}</div><div><h1>${esc(cfg.title)}</h1><div class="org">${esc(cfg.org)}</div></div></div>
  <div class="meta">Submission Date: ${cfg.sub} &nbsp;·&nbsp; Submission ID: ${cfg.id}</div>
  <table class="qa">
  ${head('Personal Information')}
  ${q('Position you are applying for', esc(cfg.applying))}
  ${q('Full Name', `${esc(p.given)} ${esc(p.family)}`)}
  ${q('E-mail', esc(p.email))}
  ${q(us ? 'Phone Number' : 'Mobile Number', esc(p.mobileLocal))}
  ${q(us ? 'Alternate Phone' : 'Home Phone', esc(p.otherPhones[0].number))}
  ${q('Address', addr)}
  ${q(us ? 'Are you legally authorized to work in the United States?' : 'Are you legally entitled to work in New Zealand?', us ? 'Yes' : 'Yes — NZ citizen')}
  ${head('Employment History')}
  ${q(us ? 'List your employment history, most recent first' : 'List your farm work history, most recent first', list(empCols, empRows))}
  ${q(us ? 'Key skills (one per line)' : 'Skills (one per line)', p.skills.map((s) => esc(s.name)).join('<br>'))}
  ${head('Education & Licences')}
  ${q('Education', list(['School / Provider', 'Qualification', 'Completed'], p.education.map((e) => [e.school, e.degree, String(yOf(e.end))])))}
  ${q(us ? 'Certifications' : 'Licences & certificates', p.certs.map(esc).join('<br>'))}
  ${us ? q('Languages spoken', p.languages.map((l) => `${esc(l.name)} (${esc(l.level)})`).join(', ')) : ''}
  ${head('References')}
  ${q('Referees', list(['Name', 'Relationship', 'Phone'], p.referees.map((r) => [r.name, r.role, r.phone])))}
  ${q('How did you hear about this position?', us ? 'Professional network' : 'Farm noticeboard / Facebook')}
  ${q('Signature', `<span class="sig">${esc(p.given)} ${esc(p.family)}</span>`)}
  ${q('Date', cfg.sub)}
  </table>`);
}

/* ---- peoplesoft-prior: an HR self-service "Personal Details" page of a PeopleSoft-type HCM, printed from the browser ---- */
function peoplesoft(p: Person): string {
  const sg = p.id === 'p13';
  const cur = current(p);
  const d = (ym: string, end: boolean) => {
    const dd = pad(end ? lastDay(ym) : 1), mm = pad(mOf(ym)), yy = yOf(ym);
    return sg ? `${dd}/${mm}/${yy}` : `${mm}/${dd}/${yy}`;
  };
  const cfg = sg
    ? { host: 'hr.merlionbio.example', emplid: 'MB00217', dept: 'Group Finance', hire: '01/04/2020', loc: 'Singapore – Biopolis', workMail: 'peishan.wong@merlionbio.example', cur: 'SGD',
      pay: { 'Audit Associate': ['3,100.00', 'Monthly'], 'Senior Audit Associate': ['4,250.00', 'Monthly'], 'Financial Reporting Accountant': ['6,400.00', 'Monthly'], 'Adjunct Lecturer (part-time)': ['75.00', 'Hourly'] } as Record<string, string[]>,
      phones: [['Business', '6221 4830', '', false], ['Mobile', '9734 2186', '', true]] as [string, string, string, boolean][], country: 'SGP', state: '' }
    : { host: 'hcm.greatlakesonc.example', emplid: '000418223', dept: 'GI Oncology Research', hire: '11/07/2022', loc: 'Chicago – Lakeshore East', workMail: 'mquintero@greatlakesonc.example', cur: 'USD',
      pay: { 'Patient Care Technician': ['17.25', 'Hourly'], 'Clinical Research Assistant': ['41,500.00', 'Annual'], 'Patient Care Technician (PRN)': ['19.50', 'Hourly'], 'Clinical Research Coordinator II': ['58,900.00', 'Annual'] } as Record<string, string[]>,
      phones: [['Business', '312/555-0119', '4410', false], ['Home', '773/555-0182', '', false], ['Mobile', '312/555-0147', '', true]] as [string, string, string, boolean][], country: 'USA', state: 'IL' };
  const prior = newestFirst(p.work.filter((j) => j !== cur));
  const grid = (title: string, cols: string[], rows: string[][]) => `
    <div class="grid"><div class="gt"><span>${esc(title)}</span><span class="gl">Personalize | Find | View All | <u>⇩</u> &nbsp;&nbsp; First ◀ 1-${rows.length} of ${rows.length} ▶ Last</span></div>
    <table><tr>${cols.map((c) => `<th>${c}</th>`).join('')}</tr>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table></div>`;
  const chk = (b: boolean) => (b ? '☑' : '☐');
  const prof = ['5-Expert', '5-Expert', '4-Advanced', '4-Advanced', '4-Advanced', '3-Intermediate', '4-Advanced', '3-Intermediate', '4-Advanced', '3-Intermediate'];
  const town = (j: Job) => j.town.replace(/, [A-Z]{2}$/, '');
  return page(`
    body{font-family:${SANS};font-size:7.6pt;color:#000}
    table.frame{width:100%;border-collapse:collapse} table.frame>thead td,table.frame>tfoot td{font-size:7pt;color:#333;padding:0 0 2mm}
    table.frame>tfoot td{padding:2mm 0 0}
    .hdr{display:flex;justify-content:space-between}
    .crumb{color:#1155aa;font-size:7.5pt;margin-bottom:1mm} h1{font-size:13pt;color:#333;margin:0 0 2mm;font-weight:400}
    .banner{background:#eef3f8;border:0.5pt solid #b6c7da;padding:2mm 3mm;margin-bottom:3mm;display:grid;grid-template-columns:repeat(4,auto);gap:1mm 6mm}
    .banner b{color:#444;font-weight:700;margin-right:1.5mm}
    .tabs{display:flex;gap:1mm;border-bottom:1.5pt solid #4d6d91;margin-bottom:3mm}.tabs span{padding:1.2mm 3mm;background:#dde5ee;border:0.5pt solid #9fb2c8;border-bottom:none;font-size:7.4pt}.tabs span.on{background:#4d6d91;color:#fff;font-weight:700}
    .grid{margin:0 0 4mm} .gt{background:#4d6d91;color:#fff;font-weight:700;padding:1.2mm 2mm;display:flex;justify-content:space-between}.gl{font-weight:400;font-size:6.8pt;color:#dfe8f2}
    .grid table{width:100%;border-collapse:collapse} .grid th{background:#c9d6e4;text-align:left;padding:1.2mm 1.5mm;border:0.4pt solid #9fb2c8;font-size:7.2pt}
    .grid td{padding:1.2mm 1.5mm;border:0.4pt solid #c9d6e4} .grid tr:nth-child(odd) td{background:#f4f7fa}
  `, `<table class="frame"><thead><tr><td><div class="hdr"><span>11/19/26, 2:14 PM</span><span>Personal Details</span></div></td></tr></thead>
  <tfoot><tr><td><div class="hdr"><span>https://${cfg.host}/psc/HRPRD/EMPLOYEE/HRMS/c/ROLE_EMPLOYEE.HR_EE_PERS_INFO.GBL?Page=HR_EE_PRIOR_WRK</span><span></span></div></td></tr></tfoot>
  <tbody><tr><td>
   <div class="crumb">Employee Self Service › Personal Details</div>
   <h1>Personal Details</h1>
   <div class="banner"><span><b>Name</b>${esc(p.language === 'mixed' ? `${p.name} (${p.family.toUpperCase()} ${p.given})` : p.name)}</span><span><b>Empl ID</b>${cfg.emplid}</span><span><b>Empl Record</b>0</span><span><b>Hire Date</b>${cfg.hire}</span>
   <span><b>Job Title</b>${esc(cur.title)}</span><span><b>Company</b>${esc(cur.company)}</span><span><b>Department</b>${cfg.dept}</span><span><b>Location</b>${cfg.loc}</span></div>
   <div class="tabs"><span>Addresses</span><span class="on">Contact Details</span><span>Emergency Contacts</span><span class="on">Prior Work Experience</span><span>Accomplishments</span></div>
   ${grid('Phone Numbers', ['*Phone Type', 'Telephone', 'Extension', 'Preferred'], cfg.phones.map(([t, n, e, pr]) => [t, n, e, chk(pr)]))}
   ${grid('Email Addresses', ['*Email Type', 'Email Address', 'Preferred'], [['Business', cfg.workMail, chk(false)], ['Home', p.email, chk(true)]])}
   ${grid('Prior Work Experience', ['*Start Date', 'End Date', 'Employer', 'City', 'State', 'Country', 'Ending Job Title', 'Ending Pay Rate', 'Currency', 'Frequency'],
    prior.map((j) => [d(j.start, false), j.end ? d(j.end, true) : '', esc(j.company), esc(town(j)), cfg.state, cfg.country, esc(j.title), cfg.pay[j.title]?.[0] ?? '', cfg.cur, cfg.pay[j.title]?.[1] ?? '']))}
   ${grid('Degrees', ['Degree', 'Description', 'Date Acquired', 'School', 'Major'], p.education.map((e) => [e.degree.split(' ')[0], esc(e.degree), d(e.end, true), esc(e.school), '']))}
   ${grid('Competencies', ['Competency', 'Proficiency', 'Evaluation Type', 'Evaluation Date'], p.skills.map((s, i) => [esc(s.name), prof[i % prof.length], 'Self', sg ? '15/03/2026' : '03/15/2026']))}
   ${grid('Licenses and Certificates', ['License/Certificate', 'Issued By / Notes'], p.certs.map((c) => [esc(c), '']))}
   ${grid('Languages', ['Language', 'Speak', 'Read', 'Write'], p.languages.map((l) => [esc(l.name), l.level === 'native' ? 'Native' : esc(l.level), l.level === 'conversational' ? 'Fair' : 'Excellent', l.level === 'conversational' ? 'Poor' : 'Excellent']))}
  </td></tr></tbody></table>`);
}

/* ---- form-subtable: a no-code form platform's "print data" of an application form whose work and study history are repeatable sub-forms ---- */
function formSubtable(p: Person): string {
  const a = p.id === 'p08';
  const cfg = a
    ? { title: '深圳市启明星光电有限公司　社会招聘应聘登记表', pos: '采购总监', pay: '40-50K·14薪', start: '一个月内', top: '硕士', submitted: '2026-11-20 14:32:11', dataId: '6737a2c91f04e35b18e6c0d4',
      refs: { '深圳市华晟电子有限公司': ['林美华', '0755-2761 4420'], '东莞瑞腾精密制造有限公司': ['陈志坚', '135 1078 2264'] } as Record<string, string[]>,
      why: { '深圳市华晟电子有限公司': '个人发展', '东莞瑞腾精密制造有限公司': '职业发展', '深圳市鸿拓智能科技有限公司': '' } as Record<string, string> }
    : { title: '重庆巴南智造科技有限公司　应聘人员信息登记', pos: '财务经理', pay: '15-18K', start: '两周内', top: '本科', submitted: '2026-11-09 20:07:45', dataId: '672f5e0be1a94c0e7d3b5512',
      refs: { '重庆渝川物流有限公司': ['周丽', '023-6312 0857'], '重庆嘉陵汽车零部件有限公司': ['邓雪梅', '139 8362 1057'], '重庆山城财税咨询有限公司': ['杨帆', '136 5231 8840'] } as Record<string, string[]>,
      why: { '重庆渝川物流有限公司': '职业发展', '重庆嘉陵汽车零部件有限公司': '寻求管理岗位', '重庆山城财税咨询有限公司': '时间冲突', '重庆两江数智医疗器械有限公司': '' } as Record<string, string> };
  const ym = (s: string) => `${yOf(s)}-${pad(mOf(s))}`;
  const jobs = newestFirst(p.work);
  const kv = (pairs: [string, string][]) => pairs.map(([k, v]) => `<td class="k">${k}</td><td>${v}</td>`).join('');
  return page(`
    body{font-family:${CJK};font-size:8.4pt;color:#1f2d3d}
    h1{text-align:center;font-size:14pt;margin:0 0 2mm} .meta{text-align:center;font-size:7.5pt;color:#8492a6;margin-bottom:4mm}
    table{width:100%;border-collapse:collapse;margin-bottom:3mm} td,th{border:0.5pt solid #c0ccda;padding:1.6mm 2mm;vertical-align:middle} table.w td,table.w th{padding:1.4mm 1.2mm;font-size:7.8pt} .nw{white-space:nowrap}
    td.k{background:#f2f6fc;width:22mm;color:#475669;font-weight:700} th{background:#e5eefb;font-weight:700;color:#475669;font-size:7.8pt}
    .sec{font-weight:700;font-size:9.5pt;margin:3mm 0 1.5mm;border-left:3pt solid #0db3a6;padding-left:2mm}
    .sig{font-family:${CJK};font-size:15pt;font-style:italic;color:#233}
    .foot{font-size:7pt;color:#99a9bf;text-align:right;margin-top:4mm}
  `, `
  <h1>${cfg.title}</h1>
  <div class="meta">数据提交人：${esc(p.name)}　　提交时间：${cfg.submitted}　　数据ID：${cfg.dataId}</div>
  <table>
   <tr>${kv([['应聘岗位', cfg.pos], ['期望薪资', cfg.pay]])}</tr>
   <tr>${kv([['姓名', esc(p.name)], ['性别', p.gender === 'F' ? '女' : '男']])}</tr>
   <tr>${kv([['出生日期', p.born], ['最高学历', cfg.top]])}</tr>
   <tr>${kv([['手机号码', p.phone.slice(3)], ['电子邮箱', esc(p.email)]])}</tr>
   <tr><td class="k">现居住地址</td><td colspan="3">${esc(p.address.join(' '))}</td></tr>
   <tr>${kv([['可到岗时间', cfg.start], ['是否接受背景调查', '是']])}</tr>
  </table>
  <div class="sec">学习经历</div>
  <table><tr><th style="width:8mm">序号</th><th>开始时间</th><th>结束时间</th><th>学校名称</th><th>专业 / 学位</th><th>学习形式</th></tr>
  ${p.education.map((e, i) => `<tr><td>${i + 1}</td><td>${ym(e.start)}</td><td>${ym(e.end)}</td><td>${esc(e.school)}</td><td>${esc(e.degree)}</td><td>${e.mode === '在职' ? '非全日制' : '全日制'}</td></tr>`).join('')}</table>
  <div class="sec">工作经历</div>
  <table class="w"><tr><th style="width:8mm">序号</th><th style="width:15mm">入职时间</th><th style="width:15mm">离职时间</th><th>单位名称</th><th>岗位</th><th style="width:11mm">工作性质</th><th style="width:11mm">是否在职</th><th>离职原因</th><th>证明人</th><th>证明人电话</th></tr>
  ${jobs.map((j, i) => `<tr><td>${i + 1}</td><td class="nw">${ym(j.start)}</td><td class="nw">${j.end ? ym(j.end) : ''}</td><td>${esc(j.company)}</td><td>${esc(j.title)}</td><td class="nw">${kindZh[j.kind]}</td><td>${j.end ? '否' : '是'}</td><td>${j.end ? (promoted(p, j) ? '内部晋升' : cfg.why[j.company] ?? '') : ''}</td><td class="nw">${cfg.refs[j.company]?.[0] ?? ''}</td><td class="nw">${cfg.refs[j.company]?.[1] ?? ''}</td></tr>`).join('')}</table>
  <table>
   <tr><td class="k">专业技能</td><td>${p.skills.map((s) => esc(s.name)).join('，')}</td></tr>
   <tr><td class="k">资格证书</td><td>${p.certs.map(esc).join('；')}</td></tr>
   <tr><td class="k">外语 / 语言</td><td>${p.languages.map((l) => `${esc(l.name)}（${esc(l.level)}）`).join('，')}</td></tr>
   <tr><td class="k">简历附件</td><td>${esc(p.name)}-个人简历.pdf（${a ? '1.2' : '0.8'} MB）</td></tr>
   <tr><td class="k">本人承诺</td><td>本人承诺以上信息真实有效，如有虚假愿承担相应责任。　已确认 ☑</td></tr>
   <tr><td class="k">手写签名</td><td><span class="sig">${esc(p.name)}</span></td></tr>
  </table>
  <div class="foot">打印时间：${a ? '2026-11-21 09:12' : '2026-11-10 10:03'}　　第 1 页</div>`, 'zh');
}

/* ---- kintone-record: a record of a no-code business-app platform (candidate app) printed from the record view ---- */
function kintone(p: Person): string {
  const zh = p.id === 'p10';
  const jobs = newestFirst(p.work);
  const first = oldestFirst(p.work)[0].start;
  const yrs = ((idx(DOC_MONTH) - idx(first)) / 12).toFixed(1);
  const L = zh
    ? { space: '人力资源部', app: '候选人管理', rec: '记录 #1286', status: '状态', statusV: '二面', assignee: '处理人：王婷', name: '姓名', mobile: '手机', mail: '邮箱', pos: '应聘职位', posV: '后端架构师', src: '来源', srcV: '员工内推',
      cur: '当前公司', years: '工作年限（自动计算）', yearsV: `${yrs} 年`, pay: '期望年薪', payV: '60-70 万', table: '工作经历', cols: ['开始年月', '结束年月', '公司名称', '职位', '雇佣形态', '在职'], curV: '在职',
      edu: '学历', eduCols: ['入学', '毕业', '学校', '学历 / 专业'], skills: '技能', lang: '语言', certs: '证书', memo: '备注',
      memoV: '推荐人：王磊（架构部，工号 0823，手机 139 5718 2206）。一面评价：Kafka、K8s 实战经验扎实，日语 N1。', created: '创建人　王婷　2026-11-12 10:21', updated: '更新人　赵晨　2026-11-18 16:47', type: (j: Job) => kindZh[j.kind] }
    : { space: 'HR – East China', app: 'Candidate pipeline', rec: 'Record #412', status: 'Status', statusV: 'Offer review', assignee: 'Assignee: Chen Yu', name: 'Name', mobile: 'Mobile', mail: 'E-mail', pos: 'Position applied for', posV: 'Head of Supply Chain', src: 'Source', srcV: 'Headhunter (Orient Talent Partners)',
      cur: 'Current employer', years: 'Years of experience (calc.)', yearsV: `${yrs}`, pay: 'Expected package', payV: 'RMB 850k p.a.', table: 'Work history', cols: ['From', 'To', 'Company', 'Title', 'Type', 'Current'], curV: 'Yes',
      edu: 'Education', eduCols: ['From', 'To', 'School', 'Degree'], skills: 'Skills', lang: 'Languages', certs: 'Certificates', memo: 'Notes',
      memoV: 'Submitted by headhunter Kelly Zhou (Orient Talent Partners, +86 138 1762 0394). 1st interview: strong S&OP and AEO background; Japanese N1.', created: 'Created by Chen Yu  2026-11-05 09:40', updated: 'Updated by Sato Kenji  2026-11-17 18:02',
      type: (j: Job) => ({ full: 'Full-time', secondment: 'Assignment (parent co.)', part: 'Part-time' } as Record<string, string>)[j.kind] ?? 'Full-time' };
  const ym = (s: string) => `${yOf(s)}-${pad(mOf(s))}`;
  const f = (label: string, value: string, w = '43mm') => `<div class="f" style="width:${w}"><div class="l">${label}</div><div class="v">${value}</div></div>`;
  return page(`
    body{font-family:${zh ? CJK : `${SANS}, ${CJK}`};font-size:8pt;color:#333}
    .crumb{font-size:7.2pt;color:#888;margin-bottom:2mm} .bar{display:flex;justify-content:space-between;align-items:center;border-bottom:1pt solid #e3e7e8;padding-bottom:2mm;margin-bottom:3mm}
    .bar .t{font-size:12pt;font-weight:700} .st{background:#3498db;color:#fff;border-radius:2mm;padding:1mm 3mm;font-size:7.5pt}
    .row{display:flex;flex-wrap:wrap;gap:2.5mm;margin-bottom:2.5mm} .f{border:0.4pt solid #e3e7e8;background:#fff;padding:1.5mm 2mm;min-height:10mm}
    .l{font-size:6.8pt;color:#888;margin-bottom:.8mm} .v{font-size:8.2pt}
    .tl{font-size:6.8pt;color:#888;margin:1mm 0 .8mm} table{border-collapse:collapse;width:100%;margin-bottom:2.5mm}
    th{background:#f5f5f5;color:#666;font-weight:400;font-size:7pt;text-align:left;border:0.4pt solid #e3e7e8;padding:1.2mm 1.6mm} td{border:0.4pt solid #e3e7e8;padding:1.4mm 1.6mm}
    .meta{font-size:7pt;color:#999;margin-top:3mm;display:flex;gap:8mm}
  `, `
  <div class="crumb">⌂ ›  ${L.space} › ${L.app} › ${L.rec}</div>
  <div class="bar"><span class="t">${L.app}</span><span><span class="st">${L.status}: ${L.statusV}</span>&nbsp; <span style="color:#888">${L.assignee}</span></span></div>
  <div class="row">${f(L.name, `${esc(p.name)}${zh ? '' : ` (${esc(p.family.toUpperCase())} ${esc(p.given)})`}`)}${f(L.mobile, esc(p.mobileLocal))}${f(L.mail, esc(p.email), '60mm')}</div>
  <div class="row">${f(L.pos, L.posV)}${f(L.src, L.srcV, '60mm')}${f(L.pay, L.payV)}</div>
  <div class="row">${f(L.cur, esc(current(p).company), '80mm')}${f(L.years, L.yearsV, '40mm')}</div>
  <div class="tl">${L.table}</div>
  <table><tr>${L.cols.map((c) => `<th>${c}</th>`).join('')}</tr>${jobs.map((j) => `<tr><td>${ym(j.start)}</td><td>${j.end ? ym(j.end) : ''}</td><td>${esc(j.company)}</td><td>${esc(j.title)}</td><td>${L.type(j)}</td><td>${j.end ? '' : `☑ ${L.curV}`}</td></tr>`).join('')}</table>
  <div class="tl">${L.edu}</div>
  <table><tr>${L.eduCols.map((c) => `<th>${c}</th>`).join('')}</tr>${p.education.map((e) => `<tr><td>${ym(e.start)}</td><td>${ym(e.end)}</td><td>${esc(e.school)}</td><td>${esc(e.degree)}</td></tr>`).join('')}</table>
  <div class="row">${f(L.skills, p.skills.map((s) => esc(s.name)).join('<br>'), '55mm')}${f(L.lang, p.languages.map((l) => `${esc(l.name)} ${esc(l.level)}`).join('<br>'), '40mm')}${f(L.certs, p.certs.map(esc).join('<br>'), '78mm')}</div>
  <div class="row">${f(L.memo, esc(L.memoV), '181mm')}</div>
  <div class="meta"><span>${L.created}</span><span>${L.updated}</span></div>`, zh ? 'zh' : 'en');
}

/* ---- zh-yilan: self-made Chinese 简历 whose first block is a 学习与工作经历一览 grid (study and work rows together, oldest first, with a 性质 column) ---- */
function zhYilan(p: Person): string {
  const a = p.id === 'p08';
  const rng = (s: string, e: string | null) => `${fd(s, 'YYYY.MM')}—${e ? fd(e, 'YYYY.MM') : '至今'}`;
  const nature = (j: Job) => (j.kind === 'secondment' ? '外派（驻日）' : kindZh[j.kind]);
  const rows = [
    ...p.education.map((e) => ({ s: e.start, e: e.end as string | null, org: e.school, role: e.degree.replace(' · ', '　'), n: e.mode === '在职' ? '在职学习' : '全日制学习' })),
    ...p.work.map((j) => ({ s: j.start, e: j.end, org: j.company, role: j.title, n: nature(j) })),
  ].sort((x, y) => x.s.localeCompare(y.s));
  const intent = a ? '采购经理 / 采购总监　｜　深圳　｜　一个月内到岗' : 'Java 架构师 / 技术经理　｜　杭州　｜　随时到岗';
  return page(`
    body{font-family:${CJK};font-size:8.6pt;color:#222;line-height:1.5}
    .name{font-size:21pt;font-weight:700;letter-spacing:3pt} .intent{color:#555;margin:1mm 0} .ct{font-size:8.2pt;color:#333;border-bottom:1.2pt solid #1f4e79;padding-bottom:2mm}
    h2{font-size:10.5pt;color:#1f4e79;margin:4mm 0 1.5mm;padding-bottom:.8mm;border-bottom:0.5pt solid #9db4cc}
    table{width:100%;border-collapse:collapse} th{background:#dfe8f2;font-weight:700;font-size:8pt} td,th{border:0.5pt solid #8ea6bf;padding:1.3mm 2mm;text-align:left}
    td.c{text-align:center;white-space:nowrap} .job{margin-top:2mm} .jh{display:flex;justify-content:space-between;font-weight:700} .jh span:last-child{font-weight:400;color:#444}
    ol{margin:.5mm 0 0 5mm;padding:0} .sk{columns:2;margin:0;padding-left:4mm}
  `, `
  <div class="name">${esc(p.name)}</div>
  <div class="intent">求职意向：${intent}</div>
  <div class="ct">手机：${esc(p.mobileLocal)}　｜　邮箱：${esc(p.email)}　｜　现居：${esc(p.city)}　｜　${p.gender === 'F' ? '女' : '男'}　｜　${yOf(p.born)}年${mOf(p.born)}月生</div>
  <h2>学习与工作经历一览</h2>
  <table><tr><th style="width:9mm">序号</th><th style="width:36mm">起止时间</th><th>单位 / 学校</th><th>职务 / 专业</th><th style="width:22mm">性质</th></tr>
  ${rows.map((r, i) => `<tr><td class="c">${i + 1}</td><td class="c">${rng(r.s, r.e)}</td><td>${esc(r.org)}</td><td>${esc(r.role)}</td><td class="c">${r.n}</td></tr>`).join('')}</table>
  <h2>工作经历详述</h2>
  ${newestFirst(p.work).map((j) => `<div class="job"><div class="jh"><span>${esc(j.company)}　｜　${esc(j.title)}</span><span>${rng(j.start, j.end)}</span></div><ol>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ol></div>`).join('')}
  <h2>专业技能</h2>
  <ul class="sk">${p.skills.map((s) => `<li>${esc(s.name)}</li>`).join('')}</ul>
  <h2>证书与语言</h2>
  <div>${p.certs.map(esc).join('；')}</div>
  <div>${p.languages.map((l) => `${esc(l.name)}：${esc(l.level)}`).join('；')}</div>`, 'zh');
}

/* ---- gaozhi: a 简历 typed in Word's 稿纸 (manuscript-paper) mode: every character in its own square of a 20×25 grid, half-width characters two to a square ---- */
function gaozhi(p: Person): string {
  const cur = current(p);
  const paras: { text: string; center?: boolean }[] = [
    { text: '个　人　简　历', center: true },
    { text: `姓名：${p.name}　性别：女　民族：回族　出生年月：${yOf(p.born)}年${mOf(p.born)}月` },
    { text: `手机：${p.phone.slice(3)}　邮箱：${p.email}` },
    { text: `学历：本科，${p.education[0].school}汉语言文学专业，${yOf(p.education[0].end)}年${mOf(p.education[0].end)}月毕业。` },
    { text: `现任：${cur.company}${cur.title}。` },
    { text: '工作经历：' },
    ...oldestFirst(p.work).map((j) => ({ text: `${fd(j.start, 'zh')}${j.end ? `—${fd(j.end, 'zh')}` : '至今'}，${j.company}，${j.title}${j.kind === 'part' ? '（周末兼职）' : ''}。` })),
    { text: `专业技能：${p.skills.map((s) => s.name).join('、')}。` },
    { text: `证书：${p.certs.join('；')}；普通话一级乙等。` },
    { text: '自我评价：从教十六年，热爱语文教学，擅长作文教学与校本课程开发，所带班级中考语文成绩连续三年位列区前三。' },
  ];
  // lay the text into cells: a full-width character fills a cell, two half-width characters share one
  const COLS = 20, ROWS = 25;
  const cells: string[] = [];
  for (const para of paras) {
    const units: string[] = [];
    const chars = [...para.text];
    for (let i = 0; i < chars.length; i++) {
      const c = chars[i];
      if (/[\x21-\x7e]/.test(c) && i + 1 < chars.length && /[\x21-\x7e]/.test(chars[i + 1])) { units.push(c + chars[i + 1]); i++; } else units.push(c);
    }
    let line = para.center ? [...Array(Math.floor((COLS - units.length) / 2)).fill('')] : ['', ''];
    for (const u of units) {
      if (line.length === COLS) { cells.push(...line); line = []; }
      // punctuation is not allowed to start a line: keep it in the last square of the line above
      if (line.length === 0 && /^[，。、；：）]$/.test(u) && cells.length) { cells[cells.length - 1] += u; continue; }
      line.push(u);
    }
    if (line.length === 0) continue;
    while (line.length < COLS) line.push('');
    cells.push(...line);
  }
  const perPage = COLS * ROWS;
  while (cells.length % perPage) cells.push('');
  const pages: string[] = [];
  for (let pg = 0; pg < cells.length / perPage; pg++) {
    const rows: string[] = [];
    for (let r = 0; r < ROWS; r++) {
      const rc = cells.slice(pg * perPage + r * COLS, pg * perPage + (r + 1) * COLS);
      rows.push(`<div class="r">${rc.map((c) => `<div class="c">${esc(c)}</div>`).join('')}</div>`);
    }
    pages.push(`<div class="pg">${rows.join('')}<div class="ft">${COLS} × ${ROWS} = ${perPage}</div></div>`);
  }
  return page(`
    body{font-family:${CJK_SERIF};color:#111}
    .pg{width:182mm;height:263mm;position:relative;page-break-after:always;padding-top:1mm}
    .pg:last-child{page-break-after:auto}
    .r{display:flex;margin-bottom:1.6mm;border-top:0.4pt solid #3a9a5b;border-bottom:0.4pt solid #3a9a5b}
    .c{width:9.1mm;height:7.9mm;border-right:0.4pt solid #3a9a5b;display:flex;align-items:center;justify-content:center;font-size:12.5pt;letter-spacing:-0.5pt}
    .c:first-child{border-left:0.4pt solid #3a9a5b}
    .ft{position:absolute;right:0;bottom:0;font-size:8pt;color:#3a9a5b;font-family:${SANS}}
  `, pages.join(''), 'zh');
}

/* ---- md-pdf: résumé.md printed by a VS Code "Markdown PDF"-type extension (GitHub-like CSS, file name and date in the page header) ---- */
function mdPdf(p: Person): string {
  const row = (j: Job) => `<tr><td><code>${fd(j.start, 'YYYY-MM')}</code> → ${j.end ? `<code>${fd(j.end, 'YYYY-MM')}</code>` : 'present'}</td><td>${esc(j.title)}</td><td>${esc(j.company)}</td><td>${esc(j.town)}</td></tr>`;
  return page(`
    body{font-family:'DejaVu Sans',${SANS};font-size:8.6pt;color:#24292e;line-height:1.45}
    .hf{display:flex;justify-content:space-between;font-size:6.8pt;color:#666;margin-bottom:4mm}
    h1{font-size:19pt;border-bottom:0.6pt solid #eaecef;padding-bottom:1.5mm;margin:0 0 2mm;font-weight:600}
    h2{font-size:12.5pt;border-bottom:0.6pt solid #eaecef;padding-bottom:1mm;margin:4.5mm 0 2mm;font-weight:600}
    h3{font-size:9.6pt;margin:3mm 0 1mm}
    table{border-collapse:collapse;width:100%;margin:1mm 0} th,td{border:0.5pt solid #dfe2e5;padding:1.3mm 2.4mm;text-align:left} th{font-weight:600}
    tr:nth-child(2n) td{background:#f6f8fa} code{font-family:'DejaVu Sans Mono',monospace;background:#f3f4f6;padding:.2mm 1mm;border-radius:1mm;font-size:7.6pt}
    ul{margin:.5mm 0 .5mm 5mm;padding:0} p{margin:1mm 0} blockquote{margin:1mm 0;padding:0 3mm;color:#6a737d;border-left:1mm solid #dfe2e5}
    .ftr{position:fixed;bottom:0;left:0;right:0;text-align:center;font-size:6.8pt;color:#666}
  `, `
  <div class="hf"><span>resume.md</span><span>2026/11/19</span></div>
  <h1>${esc(p.name)}</h1>
  <p><strong>${esc(p.headline.replace(/^./, (c) => c.toUpperCase()))}</strong> · ${esc(p.city)}, Nova Scotia</p>
  <blockquote>Mobile ${esc(p.mobileLocal)} · Home ${esc(p.otherPhones[0].number)} · <a>${esc(p.email)}</a> · github.com/omacisaac</blockquote>
  <h2>Experience</h2>
  <table><tr><th>Period</th><th>Role</th><th>Employer</th><th>Location</th></tr>${newestFirst(p.work).map(row).join('')}</table>
  ${newestFirst(p.work).map((j) => `<h3>${esc(j.company)}</h3><ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul>`).join('')}
  <h2>Skills</h2>
  <p>${p.skills.map((s) => `<code>${esc(s.name)}</code>`).join(' · ')}</p>
  <h2>Education</h2>
  <table><tr><th>Years</th><th>Credential</th><th>School</th></tr>${p.education.map((e) => `<tr><td>${yOf(e.start)}–${yOf(e.end)}</td><td>${esc(e.degree)}</td><td>${esc(e.school)}</td></tr>`).join('')}</table>
  <h2>Certifications</h2><ul>${p.certs.map((c) => `<li>${esc(c)}</li>`).join('')}</ul>
  <h2>Languages</h2><p>${p.languages.map((l) => `${esc(l.name)} (${esc(l.level)})`).join(', ')}</p>
  <div class="ftr">1 / 1</div>`);
}

/* ---- trials-cv: US clinical-research professional's CV with a trial-experience grid (phases and years of studies, not employers) ---- */
function trialsCv(p: Person): string {
  const trials = [
    ['Phase I', 'Solid tumours (first-in-human)', 'Industry', '5', 'CRA, CRC', '2016–2021'],
    ['Phase II', 'Colorectal, pancreatic', 'Industry / cooperative group', '11', 'CRC, lead CRC', '2017–present'],
    ['Phase III', 'GI and breast oncology', 'Industry', '14', 'CRC, lead CRC', '2019–present'],
    ['Observational', 'Biobanking, registries', 'Investigator-initiated', '6', 'CRA', '2016–2019'],
  ];
  return page(`
    body{font-family:${SERIF};font-size:10pt;color:#111;line-height:1.32}
    .nm{text-align:center;font-size:17pt;font-weight:700;letter-spacing:.5pt} .ct{text-align:center;font-size:9.2pt;margin:1mm 0 3mm}
    h2{font-size:10.5pt;letter-spacing:1pt;text-transform:uppercase;border-bottom:0.8pt solid #000;margin:4mm 0 1.5mm;padding-bottom:.5mm}
    .e{margin-bottom:2mm} .l1{display:flex;justify-content:space-between} .l1 b{font-size:10pt} .l2{font-style:italic}
    ul{margin:.5mm 0 0 5mm;padding:0} table{width:100%;border-collapse:collapse;font-size:9pt} th,td{border:0.5pt solid #555;padding:1mm 1.6mm;text-align:left} th{background:#eee}
    .cols{columns:2;margin:0;padding-left:5mm}
  `, `
  <div class="nm">${esc(p.name)}, BS, CCRC</div>
  <div class="ct">${esc(p.address.join(', '))} · Cell ${esc(p.mobileLocal)} · ${esc(p.email)}</div>
  <h2>Professional Experience</h2>
  ${newestFirst(p.work).map((j) => `<div class="e"><div class="l1"><b>${esc(j.title)}</b><span>${fd(j.start, 'Month YYYY')} – ${fe(j, 'Month YYYY', 'Present')}</span></div><div class="l2">${esc(j.company)}, ${esc(j.town)}</div><ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul></div>`).join('')}
  <h2>Clinical Trial Experience</h2>
  <table><tr><th>Phase</th><th>Therapeutic area</th><th>Sponsor type</th><th>Studies</th><th>Role</th><th>Years</th></tr>${trials.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>
  <h2>Skills</h2>
  <ul class="cols">${p.skills.map((s) => `<li>${esc(s.name)}</li>`).join('')}</ul>
  <h2>Certifications &amp; Training</h2>
  <ul>${p.certs.map((c) => `<li>${esc(c)}</li>`).join('')}</ul>
  <h2>Education</h2>
  ${p.education.map((e) => `<div class="l1"><span><b>${esc(e.degree)}</b>, ${esc(e.school)}, ${esc(e.town)}</span><span>${MONTH[mOf(e.end) - 1]} ${yOf(e.end)}</span></div>`).join('')}
  <h2>Languages</h2><div>Bilingual: ${p.languages.map((l) => esc(l.name)).join(' and ')}</div>`);
}

/* ---- period-duration: Asia-Pacific CV whose history is a borderless three-column grid — period with its duration, employer with a grey descriptor line, position with bullets ---- */
function periodDuration(p: Person): string {
  const sg = p.id === 'p13';
  const n = (j: Job) => monthsIn(j);
  return page(`
    body{font-family:${SANS}, ${CJK};font-size:8.8pt;color:#1e1e1e;line-height:1.4}
    .hd{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:2pt solid #7a1f2b;padding-bottom:2.5mm}
    .zh{font-family:${CJK};font-size:22pt;font-weight:700;letter-spacing:2pt} .en{font-size:12pt;letter-spacing:1pt;color:#7a1f2b;font-weight:700}
    .ct{text-align:right;font-size:8.2pt;line-height:1.55}
    h2{font-size:9.5pt;text-transform:uppercase;letter-spacing:1.2pt;color:#7a1f2b;margin:4.5mm 0 1.5mm}
    table.g{width:100%;border-collapse:collapse} table.g td{vertical-align:top;padding:1.8mm 2mm 1.8mm 0;border-top:0.5pt solid #ddd}
    .dur,.ab{color:#888;font-size:7.8pt} ul{margin:.6mm 0 0 4mm;padding:0}
    .sk{display:grid;grid-template-columns:repeat(4,1fr);gap:1.2mm 4mm} .sk div{border-left:2pt solid #7a1f2b;padding-left:1.5mm}
  `, `
  <div class="hd"><div><div class="zh">${esc(p.name)}</div><div class="en">${esc(p.family.toUpperCase())} ${esc(p.given)}</div><div style="margin-top:1mm">${esc(p.headline)}</div></div>
  <div class="ct">Mobile ${sg ? '+65 ' : ''}${esc(sg ? p.mobileLocal : '+254 712 406 385')}<br>${esc(p.otherPhones[0].label)} ${esc(p.otherPhones[0].number)}<br>${esc(p.email)}<br>${esc(p.address.join(', '))}</div></div>
  <h2>Employment history</h2>
  <table class="g">${newestFirst(p.work).map((j) => `<tr><td style="width:33mm"><b>${fd(j.start, 'Mon YYYY')} – ${fe(j, 'Mon YYYY', 'Present')}</b><div class="dur">${dur(n(j), 'yrs mos')}</div></td>
    <td style="width:60mm">${esc(j.company)}${j.gloss ? `<div class="ab">${esc(j.gloss)}</div>` : ''}<div class="ab">${esc(j.about ?? '')} · ${esc(j.town)}</div></td>
    <td><b>${esc(j.title)}</b><ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul></td></tr>`).join('')}</table>
  <h2>Skills</h2>
  <div class="sk">${p.skills.map((s) => `<div>${esc(s.name)}</div>`).join('')}</div>
  <h2>Education &amp; qualifications</h2>
  <table class="g">${p.education.map((e) => `<tr><td style="width:33mm">${fd(e.start, 'Mon YYYY')} – ${fd(e.end, 'Mon YYYY')}</td><td style="width:60mm">${esc(e.school)}</td><td>${esc(e.degree)}</td></tr>`).join('')}
  ${p.certs.map((c) => `<tr><td></td><td colspan="2">${esc(c)}</td></tr>`).join('')}</table>
  <h2>Languages</h2><div>${p.languages.map((l) => `${esc(l.name)} (${esc(l.level)})`).join(' · ')}</div>
  ${p.referees.length ? `<h2>Referee</h2><div>${p.referees.map((r) => `${esc(r.name)}, ${esc(r.role)} — ${esc(r.phone)}`).join('<br>')}</div>` : ''}`);
}

/* ---- talent-card: an HR system's 人才档案卡 / talent-review card (internal posts, external history, nine-box, ratings), printed ---- */
function talentCard(p: Person): string {
  const en = p.id === 'p14';
  const cur = current(p);
  // the internal chain: the current post and the posts at the same employer that lead straight into it
  const internal: Job[] = [cur];
  for (;;) { const prev = p.work.find((j) => j.company === internal[0].company && j.end && idx(j.end) + 1 === idx(internal[0].start)); if (!prev) break; internal.unshift(prev); }
  const external = newestFirst(p.work.filter((j) => !internal.includes(j)));
  const cfg: Record<string, { no: string; dept: string; grade: string; hire: string; mail: string; box: number; perf: string[]; grades: string[] }> = {
    p08: { no: 'HT200106', dept: '供应链中心 · 采购部', grade: 'M3', hire: '2020-01-06', mail: 'sunxl@hongtuo-tech.example', box: 7, perf: ['A', 'A', 'B+'], grades: ['M1', 'M3'] },
    p09: { no: 'HH-2304-017', dept: '结构设计所', grade: '专技七级', hire: '2023-04-03', mail: 'zhonglx@huanhua-ky.example', box: 8, perf: ['—', '优秀', '合格'], grades: ['专技七级'] },
    p11: { no: 'LJ2019-0342', dept: '财务部', grade: 'P6', hire: '2019-11-11', mail: 'ranqj@lj-medtech.example', box: 5, perf: ['B+', 'A', 'A'], grades: ['P6'] },
    p12: { no: 'LJZX-21-036', dept: '初三年级组 · 语文备课组', grade: '专技十级', hire: '2021-08-26', mail: 'mhy@ljzx.example', box: 4, perf: ['合格', '优秀', '优秀'], grades: ['专技十级'] },
    p14: { no: 'MKS-2301-088', dept: 'SCM Division', grade: 'G7 (Senior Manager)', hire: '2023-01-03', mail: 'xiaolan.lyu@matsukaze-sh.example', box: 8, perf: ['B', 'A', 'A'], grades: ['G7'] },
  };
  const c = cfg[p.id];
  const tenure = dur(idx(DOC_MONTH) - idx(internal[0].start) + 1, en ? 'yrs mos' : 'zh');
  const L = en
    ? { title: 'Talent Profile 人才档案', conf: 'Internal · Confidential', no: 'Employee No.', dept: 'Department', post: 'Position', grade: 'Grade', hire: 'Hire date', ten: 'Tenure', contact: 'Contact', mob: 'Mobile', pm: 'Personal e-mail', wm: 'Work e-mail', tel: 'Office', tags: 'Skills', cert: 'Certificates', lang: 'Languages',
      nine: 'Talent review 2026 (nine-box)', perfAx: 'Performance →', potAx: 'Potential ↑', intH: 'Internal job history', intC: ['From', 'To', 'Organisation', 'Position', 'Grade', 'Action'], extH: 'Previous employment', extC: ['Period', 'Employer', 'Position', 'Type'],
      eduH: 'Education', perfH: 'Performance ratings', act: (i: number) => (i === 0 ? 'Hire' : 'Promotion'), now: 'present', boxes: ['Risk', 'Dilemma', 'Rising star', 'Solid', 'Core player', 'High potential', 'Trusted expert', 'Strong performer', 'Star'] }
    : { title: '人才档案卡', conf: '内部资料 · 注意保密', no: '工号', dept: '所属部门', post: '岗位', grade: '职级', hire: '入职日期', ten: '司龄', contact: '联系方式', mob: '手机', pm: '个人邮箱', wm: '企业邮箱', tel: '办公电话', tags: '能力标签', cert: '证书', lang: '语言',
      nine: '2026 年度人才盘点（九宫格）', perfAx: '绩效 →', potAx: '潜力 ↑', intH: '任职履历（本单位）', intC: ['开始日期', '结束日期', '组织', '岗位', '职级', '异动类型'], extH: '外部工作经历', extC: ['起止时间', '单位', '职务', '性质'],
      eduH: '教育经历', perfH: '近三年考核', act: (i: number) => (i === 0 ? '入职' : '晋升'), now: '至今', boxes: ['待观察', '差距员工', '潜力新星', '基本胜任', '中坚力量', '高潜人才', '专业骨干', '绩效明星', '超级明星'] };
  const dayFmt = (ym: string, end: boolean) => `${yOf(ym)}-${pad(mOf(ym))}-${end ? pad(lastDay(ym)) : (ym === internal[0].start ? c.hire.slice(8) : '01')}`;
  const rng = (j: Job) => `${fd(j.start, 'YYYY.MM')}${en ? '–' : '—'}${j.end ? fd(j.end, 'YYYY.MM') : L.now}`;
  const silhouette = `<svg viewBox="0 0 60 72" width="26mm" height="31mm"><rect width="60" height="72" fill="#dfe6ee"/><circle cx="30" cy="27" r="12" fill="#aebccc"/><path d="M8 72c2-16 12-24 22-24s20 8 22 24z" fill="#aebccc"/></svg>`;
  const order = [6, 7, 8, 3, 4, 5, 0, 1, 2]; // rows top (high potential) to bottom
  const tbl = (cols: string[], rows: string[][]) => `<table><tr>${cols.map((x) => `<th>${x}</th>`).join('')}</tr>${rows.map((r) => `<tr>${r.map((x, i) => `<td${i === 0 || (i === 1 && /^\d{4}-/.test(x)) || x === '—' || (x.length <= 4 && !x.includes('<')) ? ' class="nw"' : ''}>${x}</td>`).join('')}</tr>`).join('')}</table>`;
  const extType = (j: Job) => (en ? ({ full: 'Full-time', part: 'Part-time', secondment: 'Assignment' } as Record<string, string>)[j.kind] ?? 'Full-time' : kindZh[j.kind]);
  return page(`
    body{font-family:${en ? `${SANS}, ${CJK}` : CJK};font-size:8pt;color:#26313d}
    .top{display:flex;justify-content:space-between;align-items:flex-end;background:#1f3a5f;color:#fff;padding:3mm 4mm;border-radius:1.5mm 1.5mm 0 0}
    .top .t{font-size:14pt;font-weight:700;letter-spacing:1pt} .top .m{font-size:7pt;opacity:.85}
    .wrap{display:flex;border:0.5pt solid #c9d3de;border-top:none}
    .side{width:56mm;background:#f1f5f9;padding:4mm;border-right:0.5pt solid #c9d3de}
    .main{flex:1;padding:3.5mm 4mm}
    .nm{font-size:17pt;font-weight:700;margin:2mm 0 1mm} .kv{display:flex;justify-content:space-between;border-bottom:0.4pt dashed #c9d3de;padding:.9mm 0;gap:2mm} .kv span:first-child{color:#6b7a8c;white-space:nowrap}
    .kv span:last-child{text-align:right} .st{border-bottom:0.4pt dashed #c9d3de;padding:.9mm 0} .st span{display:block;color:#6b7a8c} td.nw{white-space:nowrap}
    h3{font-size:8.6pt;color:#1f3a5f;margin:3.5mm 0 1.2mm;border-left:2pt solid #e08a1e;padding-left:1.5mm}
    .tag{display:inline-block;border:0.5pt solid #9fb3c8;background:#fff;border-radius:3mm;padding:.4mm 2mm;margin:0 1mm 1mm 0;font-size:7.4pt}
    table{width:100%;border-collapse:collapse;margin-bottom:1mm} th{background:#e7edf4;font-weight:700;font-size:7.3pt;text-align:left} th,td{border:0.4pt solid #c9d3de;padding:1.1mm 1.4mm;vertical-align:top}
    .nine{display:grid;grid-template-columns:repeat(3,1fr);gap:.8mm;width:92mm} .nine div{border:0.4pt solid #c9d3de;padding:1.2mm;font-size:6.8pt;text-align:center;color:#6b7a8c;background:#fbfcfd}
    .nine div.on{background:#e08a1e;color:#fff;font-weight:700} .ax{font-size:6.6pt;color:#6b7a8c}
  `, `
  <div class="top"><span class="t">${L.title}</span><span class="m">${L.conf} · ${en ? 'Printed' : '打印日期'} 2026-11-18 · ${en ? 'Printed by' : '打印人'} HRBP</span></div>
  <div class="wrap"><div class="side">
    ${silhouette}
    <div class="nm">${esc(p.name)}</div>${en ? `<div>${esc(p.family.toUpperCase())} ${esc(p.given)}</div>` : ''}
    <div class="kv"><span>${L.no}</span><span>${c.no}</span></div><div class="kv"><span>${L.dept}</span><span>${c.dept}</span></div>
    <div class="kv"><span>${L.post}</span><span>${esc(cur.title)}</span></div><div class="kv"><span>${L.grade}</span><span>${c.grade}</span></div>
    <div class="kv"><span>${L.hire}</span><span>${c.hire}</span></div><div class="kv"><span>${L.ten}</span><span>${tenure}</span></div>
    <h3>${L.contact}</h3>
    <div class="kv"><span>${L.mob}</span><span>${esc(p.mobileLocal)}</span></div>
    <div class="st"><span>${L.pm}</span>${esc(p.email)}</div>
    <div class="st"><span>${L.wm}</span>${c.mail}</div>
    ${p.otherPhones[0] ? `<div class="kv"><span>${L.tel}</span><span>${esc(p.otherPhones[0].number)}</span></div>` : ''}
    <h3>${L.tags}</h3><div>${p.skills.map((x) => `<span class="tag">${esc(x.name)}</span>`).join('')}</div>
    <h3>${L.cert}</h3><div>${p.certs.map(esc).join('<br>')}</div>
    <h3>${L.lang}</h3><div>${p.languages.map((l) => `${esc(l.name)} ${esc(l.level)}`).join('<br>')}</div>
  </div><div class="main">
    <h3>${L.nine}</h3>
    <div style="display:flex;gap:2mm;align-items:center"><div class="ax" style="writing-mode:vertical-rl">${L.potAx}</div><div><div class="nine">${order.map((i) => `<div class="${i === c.box ? 'on' : ''}">${L.boxes[i]}</div>`).join('')}</div><div class="ax" style="text-align:center">${L.perfAx}</div></div></div>
    <h3>${L.intH}</h3>
    ${tbl(L.intC, internal.map((j, i) => [dayFmt(j.start, false), j.end ? dayFmt(j.end, true) : '—', esc(j.company), esc(j.title), c.grades[i] ?? c.grade, L.act(i)]))}
    <h3>${L.extH}</h3>
    ${tbl(L.extC, external.map((j) => [`<span style="white-space:nowrap">${rng(j)}</span>`, esc(j.company), esc(j.title), extType(j)]))}
    <h3>${L.eduH}</h3>
    ${tbl(en ? ['Period', 'School', 'Degree'] : ['起止时间', '学校', '学历 / 专业'], p.education.map((e) => [`${fd(e.start, 'YYYY.MM')}–${fd(e.end, 'YYYY.MM')}`, esc(e.school), esc(e.degree)]))}
    <h3>${L.perfH}</h3>
    ${tbl(en ? ['Year', '2023', '2024', '2025'] : ['年度', '2023', '2024', '2025'], [[en ? 'Rating' : '结果', ...c.perf]])}
  </div></div>`, en ? 'en' : 'zh');
}

/* ---- crm-profile: a recruitment agency's CRM candidate record (AU/NZ), printed: contact panel left, work-history and placement grids right ---- */
function crmProfile(p: Person): string {
  const au = p.id === 'p02';
  const cfg = au
    ? { agency: 'Capricorn Talent Partners', ref: 'C-48211', owner: 'Jess Kowalczyk, Senior Consultant – Infrastructure', ownerPh: 'M 0491 570 737', status: 'Passive — open to approach', rights: 'Australian citizen', pay: '$210k + super', notice: '4 weeks',
      avail: 'By arrangement', placed: [['Burdekin Resources Services', 'Project Controls Lead (FIFO)', 'Permanent', '09/04/2018', 'JK'], ['Pacific Span Infrastructure', 'Estimating Manager', 'Permanent', '05/06/2023', 'JK']],
      notes: [['18/11/2026', 'JK', 'Catch-up call. Happy at Pacific Span but would look at a GM Commercial role. Prefers Brisbane-based, no FIFO.'], ['02/06/2023', 'JK', 'Ref check done with Dean Hollis (0491 570 110) — strong on CostX and tender strategy.']] }
    : { agency: 'Tussock Rural Recruitment', ref: 'R-2093', owner: 'Hamish Doig, Rural Consultant', ownerPh: 'M 021 557 203', status: 'Available from 1 June 2027', rights: 'NZ citizen', pay: '$95k + house + 1 L milk/day', notice: 'End of season (31 May)',
      avail: 'From 1 June 2027', placed: [['Hinds River Farming Ltd', 'Contract Milker', 'Contract (3 seasons)', '01/06/2021', 'HD']],
      notes: [['10/11/2026', 'HD', 'Wants a 50/50 or LOSM position in Mid Canterbury for 2027/28. Owns 12 heifers. Partner works off-farm in Ashburton.'], ['14/05/2021', 'HD', 'Reference from Rob Pattison (027 318 5540): "one of the best herd managers we have had."']] };
  const n = (j: Job) => monthsIn(j);
  return page(`
    body{font-family:${SANS};font-size:8pt;color:#2d3142}
    .bar{display:flex;justify-content:space-between;align-items:center;background:#23395b;color:#fff;padding:2.5mm 4mm;font-size:8pt}
    .hd{display:flex;justify-content:space-between;align-items:flex-end;padding:3.5mm 1mm 2.5mm;border-bottom:0.6pt solid #d5d9e0}
    .nm{font-size:17pt;font-weight:700} .cur{color:#5b6475;margin-top:.5mm} .chip{display:inline-block;border-radius:3mm;padding:.5mm 2.2mm;background:#e6f0ff;color:#23395b;font-size:7.2pt;margin-left:1mm}
    .cols{display:flex;gap:5mm;margin-top:3mm} .l{width:58mm} .r{flex:1}
    .box{border:0.5pt solid #d5d9e0;border-radius:1mm;margin-bottom:3mm} .box h4{margin:0;background:#f3f5f8;padding:1.5mm 2.5mm;font-size:8pt;border-bottom:0.5pt solid #d5d9e0}
    .box .in{padding:2mm 2.5mm} .kv{margin-bottom:1.3mm} .kv span{display:block;color:#7a8394;font-size:6.8pt}
    .tag{display:inline-block;background:#eef1f5;border-radius:1mm;padding:.4mm 1.6mm;margin:0 1mm 1mm 0;font-size:7.2pt}
    table{width:100%;border-collapse:collapse} th{text-align:left;font-size:7pt;color:#7a8394;font-weight:700;border-bottom:0.6pt solid #d5d9e0;padding:1.2mm 1.5mm}
    td{border-bottom:0.4pt solid #eceef2;padding:1.3mm 1.5mm;vertical-align:top}
  `, `
  <div class="bar"><b>${cfg.agency}</b><span>Candidate record · printed 19/11/2026 by ${cfg.owner.split(',')[0]}</span></div>
  <div class="hd"><div><div class="nm">${esc(p.name)}</div><div class="cur">${esc(current(p).title)} at ${esc(current(p).company)} · ${esc(current(p).town)}</div></div>
   <div>Ref ${cfg.ref} <span class="chip">${cfg.status}</span><span class="chip">Permanent</span></div></div>
  <div class="cols"><div class="l">
   <div class="box"><h4>Contact</h4><div class="in">
    <div class="kv"><span>Mobile</span>${esc(p.mobileLocal)}</div><div class="kv"><span>Phone (home)</span>${esc(p.otherPhones[0].number)}</div>
    <div class="kv"><span>Email</span>${esc(p.email)}</div><div class="kv"><span>Address</span>${p.address.map(esc).join('<br>')}</div></div></div>
   <div class="box"><h4>Owner</h4><div class="in">${cfg.owner}<br>${cfg.ownerPh}</div></div>
   <div class="box"><h4>Details</h4><div class="in">
    <div class="kv"><span>Work rights</span>${cfg.rights}</div><div class="kv"><span>Salary expectation</span>${cfg.pay}</div>
    <div class="kv"><span>Notice</span>${cfg.notice}</div><div class="kv"><span>Availability</span>${cfg.avail}</div>
    <div class="kv"><span>Tickets / licences</span>${p.certs.map(esc).join('<br>')}</div></div></div>
   <div class="box"><h4>Skills</h4><div class="in">${p.skills.map((x) => `<span class="tag">${esc(x.name)}</span>`).join('')}</div></div>
  </div><div class="r">
   <div class="box"><h4>Work History</h4><div class="in"><table><tr><th>Employer</th><th>Position</th><th>Start</th><th>End</th><th>Duration</th></tr>
   ${newestFirst(p.work).map((j) => `<tr><td>${esc(j.company)}</td><td>${esc(j.title)}</td><td style="white-space:nowrap">${fd(j.start, 'Mon YYYY')}</td><td style="white-space:nowrap">${fe(j, 'Mon YYYY', 'Current')}</td><td style="white-space:nowrap">${dur(n(j), 'y m')}</td></tr>`).join('')}</table></div></div>
   <div class="box"><h4>Education</h4><div class="in"><table><tr><th>Institution</th><th>Qualification</th><th>Completed</th></tr>${p.education.map((e) => `<tr><td>${esc(e.school)}</td><td>${esc(e.degree)}${e.mode ? ` (${esc(e.mode)})` : ''}</td><td>${fd(e.end, 'Mon YYYY')}</td></tr>`).join('')}</table></div></div>
   <div class="box"><h4>Placements</h4><div class="in"><table><tr><th>Client</th><th>Job</th><th>Type</th><th>Start</th><th>By</th></tr>${cfg.placed.map((r) => `<tr>${r.map((x) => `<td>${esc(x)}</td>`).join('')}</tr>`).join('')}</table></div></div>
   <div class="box"><h4>Notes</h4><div class="in"><table>${cfg.notes.map(([d, by, t]) => `<tr><td style="white-space:nowrap;width:17mm">${d}</td><td style="width:7mm">${by}</td><td>${esc(t)}</td></tr>`).join('')}</table></div></div>
  </div></div>`);
}

/* ---- boarding-pass: designer résumé laid out as a boarding pass — the career as flight segments on the ticket, contact/skills on the tear-off stub ---- */
function boardingPass(p: Person): string {
  const zh = p.language === 'zh';
  const segs = oldestFirst(p.work);
  const codes: Record<string, string> = { p01: 'CWL', p10: 'HGH', p15: 'AMS' };
  const dest: Record<string, string[]> = { p01: ['HRIS LEAD', 'HR systems leadership role'], p10: ['ARCH', '后端架构师 / 技术经理'], p15: ['LEAD', 'Lead InSAR scientist'] };
  const cls = (j: Job) => (zh ? ({ full: '全职', part: '兼职', secondment: '驻日外派' } as Record<string, string>)[j.kind] ?? '全职'
    : ({ full: 'Full-time', part: 'Part-time', volunteer: 'Volunteer', intern: 'Co-op' } as Record<string, string>)[j.kind] ?? 'Full-time');
  const dt = (ym: string) => (zh ? fd(ym, 'YYYY.MM') : fd(ym, 'MON YYYY'));
  const L = zh
    ? { bp: '登机牌 BOARDING PASS', air: '✈ 职业航空 CAREER AIR', pax: '旅客姓名', from: '始发', to: '目的地', cols: ['航班', '承运单位', '职位', '起飞', '到达', '舱位', '登机口'], now: '至今', fly: '飞行中',
      contact: '联系方式', mob: '手机', mail: '邮箱', bag: '行李额 · 技能', lang: '语言', transit: '中转 · 教育', cert: '证书', seq: '序号' }
    : { bp: 'BOARDING PASS', air: '✈ CAREER CLASS', pax: 'NAME OF PASSENGER', from: 'FROM', to: 'TO', cols: ['FLIGHT', 'CARRIER', 'ROLE', 'DEPART', 'ARRIVE', 'CLASS', 'GATE'], now: 'NOW', fly: 'IN FLIGHT',
      contact: 'CONTACT', mob: 'MOBILE', mail: 'E-MAIL', bag: 'BAGGAGE · SKILLS', lang: 'LANGUAGES', transit: 'TRANSIT · EDUCATION', cert: 'CERTIFICATES', seq: 'SEQ' };
  const [fam, giv] = zh ? [p.latin.split(' ')[0], p.latin.split(' ').slice(1).join('')] : [p.family, p.given];
  const paxLine = `${fam.toUpperCase()}/${giv.toUpperCase().replace(/ /g, '')} ${p.gender === 'F' ? 'MS' : 'MR'}`;
  const other = p.otherPhones[0];
  const bars = Array.from({ length: 46 }, (_, i) => `<rect x="${i * 4 + ((i * 7) % 3)}" y="0" width="${1 + ((i * 5) % 3)}" height="30" fill="#222"/>`).join('');
  return page(`
    body{font-family:${zh ? `${SANS}, ${CJK}` : SANS};font-size:8pt;color:#1b2430}
    .tk{display:flex;border:0.8pt solid #1b2430;border-radius:4mm;overflow:hidden}
    .main{flex:1;padding:0 0 4mm} .stub{width:55mm;border-left:1pt dashed #1b2430;padding:0 0 4mm;position:relative;background:#f6f3ec}
    .band{background:#c0392b;color:#fff;display:flex;justify-content:space-between;align-items:center;padding:3mm 4mm;font-weight:700;letter-spacing:1pt}
    .stub .band{background:#1b2430}
    .pax{display:flex;gap:6mm;padding:4mm 4mm 2mm;border-bottom:0.5pt solid #ccc} label{display:block;font-size:6.4pt;color:#7b8594;letter-spacing:.6pt}
    .big{font-size:15pt;font-weight:700;letter-spacing:.5pt} .sm{font-size:8pt;color:#333}
    table{width:100%;border-collapse:collapse;margin-top:3mm} th{font-size:6.4pt;color:#7b8594;text-align:left;letter-spacing:.5pt;padding:1mm 1.5mm;border-bottom:0.8pt solid #1b2430}
    td{padding:1.6mm 1.5mm 0;vertical-align:top;font-weight:700} tr.note td{font-weight:400;color:#555;padding:0 1.5mm 1.8mm;border-bottom:0.4pt dashed #bbb;font-size:7.4pt}
    .in{padding:3mm 4mm} .in h5{margin:3mm 0 1mm;font-size:6.6pt;color:#7b8594;letter-spacing:.6pt} .in div{margin-bottom:.6mm}
    .notch{position:absolute;left:-3mm;width:6mm;height:6mm;border-radius:50%;background:#fff;border:0.8pt solid #1b2430}
  `, `<div class="tk"><div class="main">
   <div class="band"><span>${L.air}</span><span>${L.bp}</span></div>
   <div class="pax"><div><label>${L.pax}</label><div class="big">${esc(paxLine)}</div><div class="sm">${esc(p.name)}${p.language === 'mixed' ? ` · ${esc(p.given)} ${esc(p.family)}` : ''}</div></div>
    <div><label>${L.from}</label><div class="big">${codes[p.id]}</div><div class="sm">${esc(p.city)}</div></div>
    <div><label>${L.to}</label><div class="big">${dest[p.id][0]}</div><div class="sm">${esc(dest[p.id][1])}</div></div></div>
   <div style="padding:0 4mm"><table><tr>${L.cols.map((c, i) => `<th style="width:${['11mm', '31mm', '28mm', '', '', '', ''][i]}">${c}</th>`).join('')}</tr>
   ${segs.map((j, i) => `<tr><td>CV${String(101 + i * 12)}</td><td>${esc(j.company)}</td><td>${esc(j.title)}</td><td style="white-space:nowrap">${dt(j.start)}</td><td style="white-space:nowrap">${j.end ? dt(j.end) : `${L.now}<div style="font-size:6.4pt;color:#c0392b">${L.fly}</div>`}</td><td style="white-space:nowrap">${cls(j)}</td><td>${esc(j.town)}</td></tr>
     <tr class="note"><td></td><td colspan="6">${esc(j.duties.join(' · '))}</td></tr>`).join('')}</table></div>
  </div><div class="stub">
   <span class="notch" style="top:-3mm"></span><span class="notch" style="bottom:-3mm"></span>
   <div class="band"><span>${zh ? '登机牌存根' : 'STUB'}</span><span>${codes[p.id]} → ${dest[p.id][0]}</span></div>
   <div class="in">
    <label>${L.pax}</label><div style="font-weight:700">${esc(p.name)}</div><div>${esc(paxLine)}</div>
    <h5>${L.contact}</h5><div>${L.mob} ${esc(p.mobileLocal)}</div>${other ? `<div>${esc(other.label)} ${esc(other.number)}</div>` : ''}<div>${L.mail}<br>${esc(p.email)}</div>
    <h5>${L.bag}</h5>${p.skills.map((x) => `<div>▪ ${esc(x.name)}</div>`).join('')}
    <h5>${L.lang}</h5>${p.languages.map((l) => `<div>${esc(l.name)} · ${esc(l.level)}</div>`).join('')}
    <h5>${L.transit}</h5>${p.education.map((e) => `<div>${esc(e.degree)}<br><span style="color:#555">${esc(e.school)}, ${yOf(e.start)}–${yOf(e.end)}</span></div>`).join('')}
    <h5>${L.cert}</h5>${p.certs.map((c) => `<div>${esc(c)}</div>`).join('')}
    <svg viewBox="0 0 190 30" style="width:45mm;height:9mm;margin-top:3mm">${bars}</svg>
   </div></div></div>`, zh ? 'zh' : 'en');
}

/* ---- swimlanes: one-page career chart with two time-scaled lanes side by side (main employment | what ran alongside), a year axis between them ---- */
function swimlanes(p: Person): string {
  const cfgs: Record<string, { left: string; right: string; inLeft: (j: Job) => boolean; study: boolean }> = {
    p03: { left: 'Full-time', right: 'Per diem (PRN) & study', inLeft: (j) => j.kind === 'full', study: true },
    p04: { left: 'Full-time', right: 'Co-op, teaching & study', inLeft: (j) => j.kind === 'full', study: true },
    p13: { left: 'Full-time', right: 'Part-time teaching & study', inLeft: (j) => j.kind === 'full', study: true },
    p16: { left: 'China Lubridge Group', right: 'Other employers & study', inLeft: (j) => j.company.startsWith('China Lubridge'), study: true },
  };
  const c = cfgs[p.id];
  type B = { s: string; e: string | null; t: string; o: string; study: boolean };
  const blocks: { lane: 0 | 1; b: B }[] = [
    ...p.work.map((j) => ({ lane: (c.inLeft(j) ? 0 : 1) as 0 | 1, b: { s: j.start, e: j.end, t: j.title, o: j.company, study: false } })),
    ...(c.study ? p.education.map((e) => ({ lane: 1 as const, b: { s: e.start, e: e.end as string | null, t: e.degree, o: e.school, study: true } })) : []),
  ];
  const top = idx('2026-12') + 1;
  const bottom = Math.min(...blocks.map((x) => idx(x.b.s)));
  const H = 200; // mm
  const k = H / (top - bottom);
  const y = (ym: string, end: boolean) => (top - (idx(ym) + (end ? 1 : 0))) * k;
  const mixed = p.language === 'mixed';
  const rng = (b: B) => `${fd(b.s, 'Mon YYYY')} – ${b.e ? fd(b.e, 'Mon YYYY') : 'present'}`;
  const blockHtml = (lane: 0 | 1, b: B) => {
    const t = y(b.e ?? DOC_MONTH, true) + (b.e ? 0 : 0), h = Math.max(y(b.s, false) - t, 3);
    const left = lane === 0 ? 0 : 97;
    const size = h < 6 ? 'one' : h < 12 ? 'two' : '';
    const body = size === 'one' ? `<b>${esc(b.t)}</b> · ${esc(b.o)} · ${rng(b)}`
      : size === 'two' ? `<b>${esc(b.t)}</b> · ${rng(b)}<br>${esc(b.o)}`
      : `<b>${esc(b.t)}</b><div>${esc(b.o)}</div><div class="d">${rng(b)}</div>`;
    return `<div class="blk ${b.study ? 'st' : lane === 0 ? 'l0' : 'l1'} ${size}" style="top:${t.toFixed(2)}mm;height:${(h - 0.6).toFixed(2)}mm;left:${left}mm">${body}</div>`;
  };
  const years: string[] = [];
  for (let Y = Math.floor(bottom / 12) + 1; Y <= 2026; Y++) {
    const yy = y(`${Y}-01`, false);
    years.push(`<div class="yl" style="top:${yy.toFixed(2)}mm"></div><div class="yt" style="top:${(yy - 3.2).toFixed(2)}mm">${Y}</div>`);
  }
  return page(`
    body{font-family:${SANS}, ${CJK};font-size:7.6pt;color:#222}
    .hd{display:flex;justify-content:space-between;align-items:flex-end;margin-bottom:3mm}
    .nm{font-size:20pt;font-weight:700} .nm small{font-size:11pt;font-weight:400;color:#555;margin-left:2mm} .ct{text-align:right;line-height:1.5;font-size:8pt}
    .lanes{display:flex;font-weight:700;font-size:8.4pt;border-bottom:0.8pt solid #333;padding-bottom:1mm}
    .lanes div:first-child{width:85mm} .lanes div:nth-child(2){width:12mm;text-align:center;font-weight:400;color:#888} .lanes div:last-child{width:85mm}
    .tl{position:relative;height:${H + 2}mm;margin-top:1mm}
    .yl{position:absolute;left:0;right:0;border-top:0.3pt dotted #bbb} .yt{position:absolute;left:85mm;width:12mm;text-align:center;font-size:6.6pt;color:#777}
    .blk{position:absolute;width:85mm;border-radius:1mm;padding:1mm 1.8mm;overflow:hidden;line-height:1.25}
    .l0{background:#dce9f7;border-left:1.6mm solid #2e6db4} .l1{background:#fde9d9;border-left:1.6mm solid #d9822b} .st{background:repeating-linear-gradient(135deg,#f2f2f2 0 2mm,#e8e8e8 2mm 4mm);border-left:1.6mm solid #999}
    .blk .d{color:#444;margin-top:.4mm} .blk.one{font-size:6pt;white-space:nowrap;padding:.2mm 1.5mm} .blk.two{font-size:6.6pt;padding:.5mm 1.6mm}
    .now{position:absolute;top:-1mm;left:85mm;width:12mm;text-align:center;font-size:6.4pt;color:#c0392b;font-weight:700}
    .bot{display:flex;gap:6mm;margin-top:4mm} .bot>div{flex:1} h4{margin:0 0 1mm;font-size:8.4pt;border-bottom:0.6pt solid #333}
    .chip{display:inline-block;border:0.5pt solid #2e6db4;border-radius:2.5mm;padding:.3mm 1.8mm;margin:0 1mm 1mm 0}
  `, `
  <div class="hd"><div><div class="nm">${esc(p.name)}${mixed ? `<small>${esc(p.family.toUpperCase())} ${esc(p.given)}</small>` : ''}</div><div>${esc(p.headline)}</div></div>
   <div class="ct">${esc(p.mobileLocal.startsWith('+') ? p.mobileLocal : (p.id === 'p13' ? `+65 ${p.mobileLocal}` : p.id === 'p16' ? `+254 ${p.mobileLocal.slice(1)}` : p.mobileLocal))} (mobile)<br>${esc(p.email)}<br>${esc(p.city)}, ${esc(p.country)}</div></div>
  <div class="lanes"><div>${esc(c.left)}</div><div>year</div><div>${esc(c.right)}</div></div>
  <div class="tl"><div class="now">▲ now</div>${years.join('')}${blocks.map((x) => blockHtml(x.lane, x.b)).join('')}</div>
  <div class="bot"><div><h4>Skills</h4>${p.skills.map((x) => `<span class="chip">${esc(x.name)}</span>`).join('')}</div>
   <div><h4>Certifications</h4>${p.certs.map(esc).join('<br>')}<h4 style="margin-top:2mm">Languages</h4>${p.languages.map((l) => `${esc(l.name)} (${esc(l.level)})`).join(', ')}</div></div>`);
}

/* ---- expert-directory: profile page of a national academic-expert directory (India), printed: profile card left, experience / qualification grids right ---- */
function expertDirectory(p: Person): string {
  const md = (ym: string) => `${MON[mOf(ym) - 1]}-${yOf(ym)}`;
  const dept = (j: Job) => (j.company.startsWith('Kovai') ? 'Hardware Design' : j.company.startsWith('Bhavani') ? 'Electronics and Communication Engg.' : 'Electronics and Communication Engineering');
  return page(`
    body{font-family:${SANS};font-size:8pt;color:#222}
    .ban{background:#0b4f6c;color:#fff;padding:3mm 4mm;display:flex;justify-content:space-between;align-items:center} .ban b{font-size:12pt;letter-spacing:.5pt}
    .nav{background:#e8f1f5;padding:1.5mm 4mm;font-size:7.4pt;color:#0b4f6c;display:flex;gap:5mm}
    .crumb{font-size:7pt;color:#777;margin:2mm 0}
    .wrap{display:flex;gap:5mm} .card{width:60mm;border:0.5pt solid #cfdde5;padding:3mm;background:#fafcfd} .main{flex:1}
    .nm{font-size:12.5pt;font-weight:700;color:#0b4f6c;margin:2mm 0 1mm} .kv{margin:1.4mm 0} .kv span{display:block;color:#777;font-size:6.8pt}
    .tag{display:inline-block;background:#e0eef5;color:#0b4f6c;border-radius:1mm;padding:.4mm 1.6mm;margin:0 1mm 1mm 0;font-size:7.2pt}
    .tabs{display:flex;border-bottom:1pt solid #0b4f6c;margin-bottom:2mm} .tabs span{padding:1.2mm 3mm;font-size:7.6pt;color:#0b4f6c} .tabs span.on{background:#0b4f6c;color:#fff}
    h3{font-size:9pt;color:#0b4f6c;margin:3mm 0 1.2mm} table{width:100%;border-collapse:collapse} th{background:#eef4f7;text-align:left;font-size:7.3pt} th,td{border:0.4pt solid #cfdde5;padding:1.2mm 1.5mm;vertical-align:top}
    .ft{margin-top:4mm;font-size:6.8pt;color:#888;border-top:0.4pt solid #ccc;padding-top:1mm}
  `, `
  <div class="ban"><b>VIDYA-NET · Directory of Academic Experts</b><span style="font-size:7pt">An initiative for higher-education institutions</span></div>
  <div class="nav"><span>Home</span><span>Search Experts</span><span>Institutions</span><span>Statistics</span><span>Login</span></div>
  <div class="crumb">Home › Experts › Engineering and Technology › Profile ID VN-284117</div>
  <div class="wrap"><div class="card">
    <svg viewBox="0 0 60 72" width="24mm" height="29mm"><rect width="60" height="72" fill="#e3ecf1"/><circle cx="30" cy="27" r="12" fill="#b5c8d3"/><path d="M8 72c2-16 12-24 22-24s20 8 22 24z" fill="#b5c8d3"/></svg>
    <div class="nm">Dr. ${esc(p.name)}</div>
    <div>${esc(current(p).title)}<br>Department of Electronics and Communication Engineering<br>${esc(current(p).company)}, Coimbatore, Tamil Nadu</div>
    <div class="kv"><span>E-mail</span>${esc(p.email)}</div>
    <div class="kv"><span>Mobile</span>+91-${p.phone.slice(3)}</div>
    <div class="kv"><span>Office phone</span>${esc(p.otherPhones[0].number)}</div>
    <div class="kv"><span>Area of expertise</span>${p.skills.map((x) => `<span class="tag">${esc(x.name)}</span>`).join('')}</div>
    <div class="kv"><span>Identifiers</span>ORCID 0000-0002-7741-3086<br>Scopus Author ID 57219046630<br>Vidya-Net ID 284117</div>
    <div class="kv"><span>Languages</span>${p.languages.map((l) => esc(l.name)).join(', ')}</div>
    <div class="kv"><span>Profile score</span>8.4 / 10 · Verified by institution ✔</div>
  </div><div class="main">
    <div class="tabs"><span>Personal Information</span><span class="on">Experience</span><span>Qualification</span><span>Publications</span><span>Awards &amp; Memberships</span></div>
    <h3>Experience</h3>
    <table><tr><th>Designation</th><th>Department</th><th>Organization</th><th>From</th><th>To</th></tr>
    ${newestFirst(p.work).map((j) => `<tr><td>${esc(j.title)}</td><td>${dept(j)}</td><td>${esc(j.company)}, ${esc(j.town)}</td><td style="white-space:nowrap">${md(j.start)}</td><td style="white-space:nowrap">${j.end ? md(j.end) : 'Present'}</td></tr>`).join('')}</table>
    <h3>Qualification</h3>
    <table><tr><th>Degree</th><th>Subject</th><th>University / Institution</th><th>Year</th></tr>
    ${[...p.education].reverse().map((e) => `<tr><td>${esc(e.degree.split(' ')[0])}</td><td>${esc(e.degree.split(' ').slice(1).join(' ').replace(/^\(|\)$/g, ''))}</td><td>${esc(e.school)}</td><td>${yOf(e.end)}</td></tr>`).join('')}</table>
    <h3>Research Projects</h3>
    <table><tr><th>Title</th><th>Funding agency</th><th>Period</th><th>Role</th></tr>
    <tr><td>Edge-AI accelerator for low-power agricultural sensing</td><td>AICTE Research Promotion Scheme</td><td>2022–2025</td><td>Principal Investigator</td></tr>
    <tr><td>Process-variation tolerant 8T SRAM for IoT nodes</td><td>Institute seed grant</td><td>2021–2022</td><td>Principal Investigator</td></tr></table>
    <h3>Publications (summary)</h3>
    <table><tr><th>Type</th><th>2021</th><th>2022</th><th>2023</th><th>2024</th><th>2025</th><th>2026</th><th>Total</th></tr>
    <tr><td>Journal articles</td><td>3</td><td>2</td><td>4</td><td>3</td><td>4</td><td>2</td><td>18</td></tr>
    <tr><td>Conference papers</td><td>5</td><td>4</td><td>6</td><td>4</td><td>5</td><td>3</td><td>27</td></tr>
    <tr><td>Patents (published)</td><td>–</td><td>–</td><td>1</td><td>–</td><td>–</td><td>–</td><td>1</td></tr></table>
    <h3>Certifications &amp; Memberships</h3><div>${p.certs.map(esc).join('<br>')}</div>
  </div></div>
  <div class="ft">Last updated: 14-Oct-2026 · Printed from https://vidyanet.example/profile/284117 on 19-11-2026</div>`);
}

// ───────────────────────────── DOCX (docx package; LibreOffice makes the PDFs) ─────────────────────────────

const TEXT_W = 9638; // A4 with 2 cm side margins, in twips
const NIL = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const LN = (size = 4, color = '000000') => ({ style: BorderStyle.SINGLE, size, color });
const NO_BORDERS = { top: NIL, bottom: NIL, left: NIL, right: NIL, insideHorizontal: NIL, insideVertical: NIL };
const GRID = (size = 4, color = '000000') => ({ top: LN(size, color), bottom: LN(size, color), left: LN(size, color), right: LN(size, color), insideHorizontal: LN(size, color), insideVertical: LN(size, color) });
type Font = string | { ascii: string; hAnsi: string; eastAsia: string; cs?: string };
interface RO { b?: boolean; i?: boolean; size?: number; color?: string; font?: Font; caps?: boolean; u?: boolean; sc?: boolean; strike?: boolean }
const run = (text: string, o: RO = {}) => new TextRun({ text, bold: o.b, italics: o.i, size: o.size, color: o.color, font: o.font, allCaps: o.caps, smallCaps: o.sc, underline: o.u ? {} : undefined });
interface PO { align?: 'left' | 'center' | 'right' | 'both'; before?: number; after?: number; line?: number; indent?: { left?: number; hanging?: number; firstLine?: number; right?: number };
  tabs?: { type: 'left' | 'right' | 'center'; pos: number; leader?: 'dot' | 'underscore' }[]; border?: Record<string, unknown>; shading?: string; keepNext?: boolean; bullet?: boolean; pageBreakBefore?: boolean }
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, both: AlignmentType.JUSTIFIED };
const TABT = { left: TabStopType.LEFT, right: TabStopType.RIGHT, center: TabStopType.CENTER };
function para(kids: (TextRun | string)[] | string, o: PO = {}, ro: RO = {}): Paragraph {
  const children = (typeof kids === 'string' ? [kids] : kids).map((k) => (typeof k === 'string' ? run(k, ro) : k));
  return new Paragraph({
    children, alignment: o.align ? ALIGN[o.align] : undefined, spacing: { before: o.before ?? 0, after: o.after ?? 0, line: o.line },
    indent: o.indent, tabStops: o.tabs?.map((t) => ({ type: TABT[t.type], position: t.pos, leader: t.leader })), border: o.border as never,
    shading: o.shading ? { type: ShadingType.CLEAR, fill: o.shading, color: 'auto' } : undefined, keepNext: o.keepNext, bullet: o.bullet ? { level: 0 } : undefined, pageBreakBefore: o.pageBreakBefore,
  });
}
interface CO { span?: number; vm?: 'restart' | 'continue'; fill?: string; va?: 'top' | 'center' | 'bottom'; borders?: Record<string, unknown>; m?: number; dir?: 'tbRl' | 'btLr' }
function cell(content: Paragraph[] | Table[] | (Paragraph | Table)[] | string, o: CO = {}, ro: RO = {}, po: PO = {}): TableCell {
  const children = typeof content === 'string' ? content.split('\n').map((l) => para(l, po, ro)) : content;
  return new TableCell({
    children: children as (Paragraph | Table)[], columnSpan: o.span, verticalMerge: o.vm === 'restart' ? VerticalMergeType.RESTART : o.vm === 'continue' ? VerticalMergeType.CONTINUE : undefined,
    shading: o.fill ? { type: ShadingType.CLEAR, fill: o.fill, color: 'auto' } : undefined,
    verticalAlign: o.va === 'center' ? VerticalAlign.CENTER : o.va === 'bottom' ? VerticalAlign.BOTTOM : VerticalAlign.TOP,
    borders: o.borders as never, margins: { top: o.m ?? 50, bottom: o.m ?? 50, left: 90, right: 90 },
    textDirection: o.dir === 'tbRl' ? TextDirection.TOP_TO_BOTTOM_RIGHT_TO_LEFT : o.dir === 'btLr' ? TextDirection.BOTTOM_TO_TOP_LEFT_TO_RIGHT : undefined,
  });
}
const trow = (cells: TableCell[], o: { h?: number; header?: boolean; cant?: boolean } = {}) => new TableRow({ children: cells, height: o.h ? { value: o.h, rule: HeightRule.ATLEAST } : undefined, tableHeader: o.header, cantSplit: o.cant });
function table(rows: TableRow[], widths: number[], borders: Record<string, unknown> = GRID()): Table {
  return new Table({ rows, width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: widths, borders: borders as never });
}
const pageProps = (o: { top?: number; bottom?: number; left?: number; right?: number; header?: number; footer?: number } = {}) => ({
  page: { size: { width: 11906, height: 16838 }, margin: { top: o.top ?? 1134, bottom: o.bottom ?? 1134, left: o.left ?? 1134, right: o.right ?? 1134, header: o.header ?? 567, footer: o.footer ?? 567 } },
});
const pageFooter = (text: string, o: RO = {}, align: 'left' | 'center' | 'right' = 'center') => new Footer({
  children: [new Paragraph({ alignment: ALIGN[align], children: [new TextRun({ children: [text, PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: o.size ?? 16, color: o.color ?? '666666', font: o.font })] })],
});
const doc = (font: Font, size: number, sections: ConstructorParameters<typeof Document>[0]['sections'], title: string, creator: string) => new Document({
  creator, title, lastModifiedBy: creator,
  styles: { default: { document: { run: { font, size }, paragraph: { spacing: { after: 0 } } } } },
  sections,
});
const ZH_FONT: Font = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' };
const ZH_HEI: Font = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: '黑体' };

/* ---- dairy-seasons: New Zealand dairy-farm CV in Word — farming history as a season-by-season table ---- */
function dairySeasons(p: Person): Document {
  const F = 'Arial';
  const season = (ym: string) => { const y = mOf(ym) >= 6 ? yOf(ym) : yOf(ym) - 1; return `${y}/${pad((y + 1) % 100)}`; };
  const seasonsOf = (j: Job) => (j.end ? `${season(j.start)} – ${season(j.end)}` : `${season(j.start)} –`);
  const dates = (j: Job) => j.kind === 'casual'
    ? `${fd(j.start, 'Month YYYY')} – ${fd(j.end!, 'Month YYYY')} (casual, weekends)`
    : `1 ${fd(j.start, 'Month YYYY')} – ${j.end ? `${lastDay(j.end)} ${fd(j.end, 'Month YYYY')} (${Math.round(monthsIn(j) / 12)} seasons)` : 'present'}`;
  const W = [1250, 2150, 1900, 1150, 1700, 1488];
  const head = (t: string) => para(t, { before: 240, after: 80, border: { bottom: LN(8, '3D7A2A') }, keepNext: true }, { b: true, size: 22, color: '3D7A2A', caps: true });
  const hdrCells = ['Season(s)', 'Dates', 'Employer / farm owner', 'Location', 'Herd & system', 'Position'].map((t) => cell(t, { fill: 'E3EEDC' }, { b: true, size: 17 }));
  const rows = newestFirst(p.work).map((j) => trow([seasonsOf(j), dates(j), j.company, j.town, j.about ?? '', j.title].map((t, i) => cell(t, {}, { size: 17, b: i === 5 })), { cant: true }));
  const skillsRows: TableRow[] = [];
  for (let i = 0; i < p.skills.length; i += 2) skillsRows.push(trow([0, 1].map((k) => cell(p.skills[i + k] ? [para(p.skills[i + k].name, { bullet: true }, { size: 19 })] : [para('')]))));
  return doc(F, 19, [{
    properties: pageProps(),
    footers: { default: pageFooter(`${p.name} – CV – Page `) },
    children: [
      para(p.name, { align: 'center', after: 40 }, { b: true, size: 40 }),
      para(`${p.address.join(', ')}  |  Mobile ${p.mobileLocal}  |  Home ${p.otherPhones[0].number}  |  ${p.email}`, { align: 'center', after: 120 }, { size: 17 }),
      para([run('Position sought: ', { b: true }), run('50/50 sharemilking or lower order sharemilking (LOSM) from 1 June 2027, Mid or South Canterbury')], { align: 'center', after: 120 }),
      head('Profile'),
      para('Twelve seasons in Canterbury dairying, from farm assistant to farm manager of a 1,050-cow pivot-irrigated operation. Strong on calving, pasture and people; own 12 in-calf heifers and ready to take the next step into sharemilking.', { align: 'both' }),
      head('Farming history'),
      table([trow(hdrCells, { header: true }), ...rows], W, GRID(4, '7F9F6F')),
      head('Key duties'),
      ...newestFirst(p.work).map((j) => para([run(`${j.title}, ${j.company}: `, { b: true }), run(j.duties.join('; '))], { bullet: true, after: 40 })),
      head('Skills'),
      table(skillsRows, [4819, 4819], NO_BORDERS),
      head('Qualifications & licences'),
      ...p.education.map((e) => para([run(e.degree, { b: true }), run(` — ${e.school}, ${yOf(e.end)}`)], { bullet: true })),
      ...p.certs.map((c) => para(c, { bullet: true })),
      head('Referees'),
      table([trow(['Name', 'Relationship', 'Phone'].map((t) => cell(t, { fill: 'E3EEDC' }, { b: true, size: 17 }))),
        ...p.referees.map((r) => trow([r.name, r.role, r.phone].map((t) => cell(t, {}, { size: 18 }))))], [2600, 4638, 2400], GRID(4, '7F9F6F')),
    ],
  }], 'Curriculum vitae', p.name);
}

/* ---- ugc-faculty: Indian university application for a faculty post (UGC-regulation format) in Word: numbered particulars, experience table with day-level dates and a Y-M-D period column ---- */
function ymdPeriod(a: string, b: string): string { // both 'dd.mm.yyyy', inclusive
  const [d1, m1, y1] = a.split('.').map(Number); const [d2, m2, y2] = b.split('.').map(Number);
  const end = new Date(Date.UTC(y2, m2 - 1, d2 + 1));
  let y = end.getUTCFullYear() - y1, m = end.getUTCMonth() + 1 - m1, d = end.getUTCDate() - d1;
  if (d < 0) { m -= 1; d += new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), 0)).getUTCDate(); }
  if (m < 0) { y -= 1; m += 12; }
  return `${y} Y ${m} M ${d} D`;
}
function ugcFaculty(p: Person): Document {
  const F = 'Times New Roman';
  const days: Record<string, [string, string | null, string, string]> = {
    'Design Engineer': ['07.07.2008', '31.05.2011', 'Regular (Industry)', 'Rs. 18,500 p.m.'],
    'Assistant Professor (Ad hoc)': ['13.06.2011', '31.05.2013', 'Ad hoc', 'Rs. 24,000 p.m. (consolidated)'],
    'Assistant Professor': ['01.06.2013', '31.12.2016', 'Regular', 'Rs. 15,600–39,100 + AGP 6,000'],
    'Visiting Faculty (part-time)': ['05.07.2014', '30.04.2016', 'Part-time (Saturdays)', 'Rs. 500 per hour'],
    'Senior Research Fellow': ['02.01.2017', '31.12.2019', 'Fellowship (DST-SERB project)', 'Rs. 35,000 p.m. + HRA'],
    'Assistant Professor (Senior Grade)': ['02.01.2020', null, 'Regular', 'Level 11, Rs. 68,900 basic'],
  };
  const ASON = '19.11.2026';
  const num = (n: string, label: string, value: string | Paragraph[], span = 2) => trow([cell(n, {}, { size: 21 }), cell(label, {}, { size: 21 }), cell(typeof value === 'string' ? value : value, { span: span - 1 }, { size: 21, b: n === '1.' })]);
  const W = [600, 3500, 5538];
  const expW = [450, 1450, 2050, 1150, 1050, 1050, 1338, 1100];
  const expHdr = ['S. No.', 'Designation', 'Name & address of the employer', 'Nature of appointment', 'Date of joining', 'Date of leaving', 'Period (Y-M-D)', 'Pay scale / salary'].map((t) => cell(t, { fill: 'D9D9D9', va: 'center' }, { b: true, size: 17 }, { align: 'center' }));
  const exp = oldestFirst(p.work).map((j, i) => {
    const [a, b, nature, pay] = days[j.title];
    return trow([String(i + 1), j.title, `${j.company}, ${j.town}`, nature, a, b ?? 'Till date', `${ymdPeriod(a, b ?? ASON)}${b ? '' : `\n(as on ${ASON})`}`, pay].map((t, k) => cell(t, {}, { size: 17 }, { align: k === 0 || k === 4 || k === 5 ? 'center' : 'left' })), { cant: true });
  });
  const eduW = [2300, 2200, 2738, 1100, 1300];
  const edu = [
    ['Ph.D.', 'Low-power VLSI (ECE)', 'Western Ghats Technological University, Coimbatore', '2021', 'Highly commended'],
    ['M.E.', 'VLSI Design (part-time)', 'Siruvani Institute of Technology, Coimbatore', '2013', '8.62 CGPA'],
    ['B.E.', 'Electronics and Communication Engg.', 'Palghat Gap Engineering College, Coimbatore', '2008', '81.4 % (First class with distinction)'],
    ['HSC', 'Maths, Physics, Chemistry, Biology', 'State Board, Tamil Nadu', '2004', '92.3 %'],
  ];
  const photo = new Table({ rows: [trow([cell([para(''), para('Affix recent passport-size photograph', { align: 'center' }, { size: 16, color: '555555' }), para('')], { va: 'center' })], { h: 1900 })], width: { size: 1600, type: WidthType.DXA }, columnWidths: [1600], borders: GRID(4) as never });
  return doc(F, 21, [{
    properties: pageProps({ top: 900, bottom: 900 }),
    footers: { default: pageFooter('Application – Associate Professor (ECE) – Page ', { size: 16 }) },
    children: [
      table([trow([
        cell([para('KAVERI INSTITUTE OF SCIENCE AND TECHNOLOGY', { align: 'center' }, { b: true, size: 26 }), para('(Deemed to be University u/s 3 of the UGC Act, 1956)', { align: 'center' }, { size: 18 }),
          para('APPLICATION FOR THE POST OF ASSOCIATE PROFESSOR', { align: 'center', before: 120 }, { b: true, size: 24, u: true }),
          para('Department of Electronics and Communication Engineering  —  Advt. No. KIST/REC/2026/14 dated 20.10.2026', { align: 'center', before: 60 }, { size: 18 }),
          para('Post applied for: Associate Professor   |   Category: BC   |   Application fee DD No. 771842 dated 04.11.2026', { align: 'center', before: 60 }, { size: 18 })], { borders: { top: NIL, bottom: NIL, left: NIL, right: NIL } }),
        cell([photo], { borders: { top: NIL, bottom: NIL, left: NIL, right: NIL } }),
      ])], [7938, 1700], NO_BORDERS),
      para('', { after: 120 }),
      table([
        num('1.', 'Name of the applicant (in block letters)', `Dr. ${p.name.toUpperCase()}`),
        num('2.', "Father's / Husband's name", 'Shri. S. Venkataraman'),
        num('3.', 'Date of birth and age', '17.05.1986 — 40 years 6 months (as on 19.11.2026)'),
        num('4.', 'Gender / Nationality / Community', 'Female / Indian / BC'),
        num('5.', 'Address for communication', p.address.join(', ')),
        num('6.', 'Mobile number', `+91 ${p.mobileLocal}`),
        num('7.', 'Landline (Office)', p.otherPhones[0].number),
        num('8.', 'E-mail', p.email),
        num('9.', 'Present designation and employer', `${current(p).title}, ${current(p).company}, ${current(p).town}`),
      ], W),
      para('10.  Educational qualifications (from HSC onwards)', { before: 200, after: 80, keepNext: true }, { b: true }),
      table([trow(['Degree', 'Specialisation', 'University / Board', 'Year of passing', '% / CGPA / Class'].map((t) => cell(t, { fill: 'D9D9D9' }, { b: true, size: 17 })), { header: true }),
        ...edu.map((r) => trow(r.map((t) => cell(t, {}, { size: 17 }))))], eduW),
      para('11.  Experience — teaching, research and industry (in chronological order; attach experience certificates)', { before: 200, after: 80, keepNext: true }, { b: true }),
      table([trow(expHdr, { header: true }), ...exp,
        trow([cell('Total experience (part-time service not counted, as on 19.11.2026): Teaching 12 Y 5 M 7 D  ·  Research (SRF) 2 Y 11 M 30 D  ·  Industry 2 Y 10 M 25 D', { span: 8, fill: 'F2F2F2' }, { b: true, size: 17 })])], expW),
      para('12.  Areas of specialisation', { before: 200, after: 60, keepNext: true }, { b: true }),
      para('Low-power VLSI design, SRAM design, embedded systems, hardware accelerators for edge AI.'),
      para('13.  Technical skills', { before: 200, after: 60, keepNext: true }, { b: true }),
      ...p.skills.map((x) => para(x.name, { bullet: true })),
      para('14.  Research contribution (summary)', { before: 200, after: 80, keepNext: true }, { b: true }),
      table([trow(['Journal papers (SCI/Scopus)', 'Conference papers', 'Patents published', 'Ph.D. scholars guided (ongoing)', 'Funded projects'].map((t) => cell(t, { fill: 'D9D9D9' }, { b: true, size: 17 }))),
        trow(['18', '27', '1', '2', '2 (AICTE RPS, institute seed grant)'].map((t) => cell(t, {}, { size: 17 }, { align: 'center' })))], [1927, 1927, 1928, 1928, 1928]),
      para('15.  Professional memberships and certifications', { before: 200, after: 60, keepNext: true }, { b: true }),
      ...p.certs.map((c) => para(c, { bullet: true })),
      para('DECLARATION', { before: 280, after: 80, align: 'center', keepNext: true }, { b: true }),
      para('I hereby declare that all the statements made in this application are true, complete and correct to the best of my knowledge and belief. I understand that in the event of any information being found false or incorrect, my candidature is liable to be rejected.', { align: 'both', keepNext: true }),
      para([run('Place: Coimbatore\tSignature of the applicant')], { before: 240, tabs: [{ type: 'right', pos: 9600 }], keepNext: true }),
      para([run(`Date: ${ASON}\t(${p.name.toUpperCase()})`)], { tabs: [{ type: 'right', pos: 9600 }] }),
    ],
  }], 'Application for the post of Associate Professor', p.name);
}

/* ---- record-book: a Kazakhstani engineer's CV (tabular, page 1) with the notarised English translation of her employment record book as an annex ---- */
function recordBook(p: Person): Document {
  const F = 'Times New Roman';
  const w = newestFirst(p.work);
  const per = (j: Job) => `${fd(j.start, 'MM.YYYY')} – ${j.end ? fd(j.end, 'MM.YYYY') : 'present'}`;
  const kv = (k: string, v: string) => trow([cell(k, { fill: 'EDEDED' }, { b: true, size: 19 }), cell(v, {}, { size: 19 })]);
  const ev: [string, string, string, string, string][] = [
    ['1', '02', '08', '2010', 'Hired to the Geology Department as Junior Geologist'],
    ['2', '03', '01', '2013', 'Transferred to the position of Geologist'],
    ['3', '30', '09', '2015', 'Employment contract terminated at the employee’s own initiative, sub-clause 5) of Article 49 of the Labour Code of the Republic of Kazakhstan'],
    ['4', '06', '10', '2015', 'Hired to the Geology and Field Development Department as Senior Geologist'],
    ['5', '01', '07', '2019', 'Transferred to the position of Lead Wellsite Geologist, Operations Geology Section'],
    ['6', '28', '02', '2022', 'Employment contract terminated at the employee’s own initiative, Article 56 of the Labour Code of the Republic of Kazakhstan'],
    ['7', '01', '03', '2022', 'Hired as Geoscience Team Lead'],
  ];
  const docs = ['Order No. 214-k of 30.07.2010', 'Order No. 2-k of 28.12.2012', 'Order No. 186-k of 25.09.2015', 'Order No. 771-p of 05.10.2015', 'Order No. 412-p of 24.06.2019', 'Order No. 98-p of 21.02.2022', 'Order No. 17-k of 28.02.2022'];
  const orgRow = (name: string) => trow([cell(''), cell('', { span: 3 }), cell(name, {}, { b: true, size: 19 }, { align: 'center' }), cell('')]);
  const evRow = (i: number) => trow([ev[i][0], ev[i][1], ev[i][2], ev[i][3], ev[i][4], docs[i]].map((t, k) => cell(t, {}, { size: 19 }, { align: k < 4 ? 'center' : 'left' })), { cant: true });
  const sig = (who: string) => trow([cell(''), cell('', { span: 3 }), cell(`${who}   /signature/   [Seal]`, {}, { i: true, size: 17 }), cell('')]);
  const BW = [700, 600, 700, 800, 4238, 2600];
  return doc(F, 21, [{
    properties: pageProps({ top: 1000, bottom: 1000 }),
    children: [
      para('CURRICULUM VITAE', { align: 'center', after: 60 }, { b: true, size: 26 }),
      para(p.name, { align: 'center', after: 200 }, { b: true, size: 34 }),
      table([kv('Full name (as in passport)', 'SEITKALI AIGERIM'), kv('Date of birth', '11.02.1988'), kv('Citizenship', 'Republic of Kazakhstan'),
        kv('Address', `${p.address.join(', ')}, ${p.country}`), kv('Mobile', p.mobileLocal), kv('Home', p.otherPhones[0].number), kv('E-mail', p.email),
        kv('Objective', 'Senior operations / development geologist position (rotational or residential)')], [2900, 6738]),
      para('Work experience', { before: 240, after: 80 }, { b: true, size: 23 }),
      table([trow(['Period', 'Organisation', 'Position', 'Main responsibilities'].map((t) => cell(t, { fill: 'EDEDED' }, { b: true, size: 19 })), { header: true }),
        ...w.map((j) => trow([cell(per(j), {}, { size: 19 }), cell(`${j.company}, ${j.town}`, {}, { size: 19 }), cell(j.title, {}, { size: 19, b: true }), cell(j.duties.join('; '), {}, { size: 18 })], { cant: true }))], [1500, 2500, 1900, 3738]),
      para('Education', { before: 240, after: 80 }, { b: true, size: 23 }),
      table(p.education.map((e) => trow([cell(`${fd(e.start, 'MM.YYYY')} – ${fd(e.end, 'MM.YYYY')}`, {}, { size: 19 }), cell(`${e.school}, ${e.town}`, {}, { size: 19 }), cell(e.degree, {}, { size: 19 })])), [1500, 4400, 3738]),
      para('Professional skills', { before: 240, after: 80 }, { b: true, size: 23 }),
      para(p.skills.map((x) => x.name).join(', ')),
      para('Languages', { before: 200, after: 60 }, { b: true, size: 23 }),
      para(p.languages.map((l) => `${l.name} – ${l.level}`).join('; ')),
      para('Certificates', { before: 200, after: 60 }, { b: true, size: 23 }),
      para(p.certs.join('; ')),
      para('Annex 1: certified translation of the employment record book (1 page).', { before: 200 }, { i: true, size: 19 }),
      // annex
      para('Translation from Russian into English', { align: 'right', pageBreakBefore: true, after: 200 }, { i: true, size: 19 }),
      para('EMPLOYMENT RECORD BOOK', { align: 'center', after: 40 }, { b: true, size: 26 }),
      para('Series AT-I  No. 0412887', { align: 'center', after: 200 }, { b: true }),
      table([kv('Surname', 'SEITKALI'), kv('Name', 'AIGERIM'), kv('Patronymic', 'NURLANOVNA'), kv('Date of birth', '11.02.1988'), kv('Education', 'higher'),
        kv('Profession, speciality', 'geologist'), kv('Date of filling in', '02 August 2010'), kv('Signature of the owner of the book', '/signature/'),
        kv('Signature of the person responsible for issuing the book', '/signature/   [Seal: Karatau Drilling Services LLP, Human Resources Department]')], [4200, 5438]),
      para('INFORMATION ON EMPLOYMENT', { align: 'center', before: 280, after: 100 }, { b: true }),
      table([
        trow([cell('No. of record', { vm: 'restart', fill: 'EDEDED' }, { b: true, size: 17 }), cell('Date', { span: 3, fill: 'EDEDED' }, { b: true, size: 17 }, { align: 'center' }),
          cell('Information on hiring, transfer to another permanent job, qualification, dismissal (with reasons and reference to the article / clause of the Law)', { vm: 'restart', fill: 'EDEDED' }, { b: true, size: 17 }),
          cell('Name, date and number of the document on the basis of which the record was made', { vm: 'restart', fill: 'EDEDED' }, { b: true, size: 17 })], { header: true }),
        trow([cell('', { vm: 'continue', fill: 'EDEDED' }), cell('day', { fill: 'EDEDED' }, { size: 17 }, { align: 'center' }), cell('month', { fill: 'EDEDED' }, { size: 17 }, { align: 'center' }), cell('year', { fill: 'EDEDED' }, { size: 17 }, { align: 'center' }),
          cell('', { vm: 'continue', fill: 'EDEDED' }), cell('', { vm: 'continue', fill: 'EDEDED' })], { header: true }),
        trow(['1', '2', '3', '4', '5', '6'].map((t, k) => cell(t, {}, { size: 16 }, { align: 'center' })).slice(0, 6)),
        orgRow('Karatau Drilling Services LLP'), evRow(0), evRow(1), evRow(2), sig('Head of HR Department A. Zhunusova'),
        orgRow('Zhaiyk Caspian Operating LLP'), evRow(3), evRow(4), evRow(5), sig('HR Manager G. Utebaeva'),
        orgRow('Caspian Subsurface Consultants LLP'), evRow(6), sig('Director T. Kenzhebekov'),
      ], BW),
      para('The translation from Russian into English was made by translator Dana Bekova.   /signature/', { before: 240 }, { size: 19 }),
      para('Republic of Kazakhstan, city of Atyrau, fourteenth of November two thousand twenty-six.', { before: 200 }, { size: 19 }),
      para('I, Amanova Saule Kuanyshevna, notary of the city of Atyrau acting on the basis of State Licence No. 0001522, certify the authenticity of the signature of translator Bekova Dana Maratovna, made in my presence. The identity of the translator has been established, her legal capacity verified.', { align: 'both' }, { size: 19 }),
      para('Registered in the register under No. 2-4478.  Fee collected: 3 450 tenge.     Notary   /signature/     [Seal]', { before: 120 }, { size: 19 }),
    ],
  }], 'CV and employment record book (translation)', p.name);
}

/* ---- gongling: 新进工作人员工龄认定审批表 (seniority-recognition form of a public institution) in Word: one row per post, 认定年限 column, 待业/兼职 rows, total ---- */
function gongling(p: Person): Document {
  const a = p.id === 'p09';
  const cur = current(p);
  const rows: { s: string; e: string | null; org: string; post: string; nature: string; yrs: string; proof: string; skip?: boolean; cont?: boolean }[] = [];
  const w = oldestFirst(p.work);
  w.forEach((j, i) => {
    const prev = w[i - 1];
    if (prev?.end && !p.work.some((k) => k.start <= nextMonth(prev.end!) && (k.end ?? '9999') >= nextMonth(prev.end!)) && idx(j.start) > idx(prev.end) + 1)
      rows.push({ s: nextMonth(prev.end), e: prevMonth(j.start), org: '待业', post: '—', nature: '—', yrs: '不计', proof: '失业登记证明', skip: true });
    const part = j.kind === 'part';
    rows.push({
      s: j.start, e: j.end, org: j.company, post: j.title,
      nature: part ? '兼职（劳务协议）' : j.end === null ? '事业编制（聘用合同）' : '劳动合同',
      yrs: part ? '与主职重叠，不重复计算' : `${dur(monthsIn(j), 'zh')}${j.end ? '' : '（计至2026年11月）'}`,
      proof: part ? '劳务协议、收入证明' : i > 0 && w[i - 1].company === j.company && !part ? '同上' : '劳动合同、社保缴费记录',
      skip: part, cont: i > 0 && w[i - 1].company === j.company,
    });
  });
  const total = (() => { const m = new Set<number>(); for (const j of p.work) for (let k = idx(j.start); k <= idx(j.end ?? DOC_MONTH); k++) m.add(k); return m.size; })();
  const W = [450, 950, 950, 2200, 1700, 1250, 1238, 900];
  const HW = [1300, 1950, 1250, 1400, 1300, 2438];
  const c = (t: string, o: CO = {}, ro: RO = {}) => cell(t, { va: 'center', ...o }, { size: 18, ...ro }, { align: 'center' });
  const label = (t: string, o: CO = {}) => c(t, { fill: 'F2F2F2', ...o }, { b: true });
  return doc(ZH_FONT, 21, [{
    properties: pageProps({ top: 1200, bottom: 1000 }),
    footers: { default: pageFooter('第 ', { size: 16 }) },
    children: [
      para(a ? '附件 2' : '附件 3', {}, { font: ZH_HEI, size: 21 }),
      para('新进工作人员工龄（工作年限）认定审批表', { align: 'center', before: 120, after: 200 }, { font: ZH_HEI, size: 32 }),
      para([run(`填报单位（盖章）：${cur.company}`), run('\t填报日期：2026年11月16日')], { tabs: [{ type: 'right', pos: 9630 }], after: 100 }, { size: 20 }),
      table([
        trow([label('姓　　名'), c(p.name), label('性　　别'), c(p.gender === 'F' ? '女' : '男'), label('出生年月'), c(`${yOf(p.born)}.${pad(mOf(p.born))}`)], { h: 500 }),
        trow([label('民　　族'), c(a ? '汉族' : '回族'), label('政治面貌'), c(a ? '中共党员' : '群众'), label('学历学位'), c('本科 / 学士')], { h: 500 }),
        trow([label('身份证号'), c(a ? '5101**********2716' : '6401**********1825', {}, { size: 16 }), label('参加工作时间'), c(`${yOf(w[0].start)}.${pad(mOf(w[0].start))}`), label('职　　称'), c(a ? '高级工程师' : '中学一级教师')], { h: 500 }),
        trow([label('手机号码'), c(p.mobileLocal), label('办公电话'), c(p.otherPhones[0].number, {}, { size: 17 }), label('电子邮箱'), c(p.email, {}, { size: 17 })], { h: 500 }),
        trow([label('现单位及岗位'), c(`${cur.company}　${cur.title}（${fd(cur.start, 'zh')}起）`, { span: 5 })], { h: 500 }),
        trow([label('毕业院校及专业'), c(`${p.education[0].school}　${p.education[0].degree.replace('本科 · ', '')}专业　${fd(p.education[0].end, 'zh')}毕业`, { span: 5 })], { h: 500 }),
      ], HW),
      table([
        trow([cell('工作经历及工龄认定', { span: 8, fill: 'E7E6E6', va: 'center' }, { b: true, size: 19 }, { align: 'center' })], { h: 420 }),
        trow(['序号', '起始年月', '终止年月', '工作单位', '职务（岗位）', '用工性质', '认定年限', '证明材料'].map((t) => label(t)), { h: 480 }),
        ...rows.map((r, i) => trow([
          c(String(i + 1)), c(`${yOf(r.s)}.${pad(mOf(r.s))}`), c(r.e ? `${yOf(r.e)}.${pad(mOf(r.e))}` : '至今'),
          r.cont ? cell('', { vm: 'continue' }) : cell(r.org, { vm: rows[i + 1]?.cont ? 'restart' : undefined, va: 'center' }, { size: 18 }, { align: 'center' }),
          c(r.post), c(r.nature, {}, { size: 17 }), c(r.yrs, {}, { size: 17 }), c(r.proof, {}, { size: 16 }),
        ], { h: 520, cant: true })),
        trow([label('合　　计', { span: 2 }), c(`认定工龄合计：${dur(total, 'zh')}（计算至2026年11月；待业期间不计，兼职与主职重叠期间不重复计算）`, { span: 6 }, { b: true })], { h: 520 }),
        trow([label('专业技能', { span: 2 }), c(p.skills.map((x) => x.name).join('、'), { span: 6 })], { h: 600 }),
        trow([label('资格证书', { span: 2 }), c(`${p.certs.join('；')}${a ? '' : '；普通话一级乙等'}`, { span: 6 })], { h: 520 }),
        trow([label('本人承诺', { span: 2 }), cell([para('本人承诺以上所填工作经历真实、准确，所提供证明材料均真实有效。如有不实，本人愿承担由此产生的一切后果。', { align: 'both' }, { size: 18 }),
          para(`本人签名：${p.name}　　　　2026年11月16日`, { align: 'right', before: 160 }, { size: 18 })], { span: 6 })]),
        trow([label('单位审核意见', { span: 2 }), cell([para('经审核，情况属实。', {}, { size: 18 }), para('（盖章）', { align: 'right', before: 300 }, { size: 18 }), para('年　　月　　日', { align: 'right' }, { size: 18 })], { span: 2 }),
          label('人社部门认定意见', { span: 2 }), cell([para(''), para('（盖章）', { align: 'right', before: 300 }, { size: 18 }), para('年　　月　　日', { align: 'right' }, { size: 18 })], { span: 2 })]),
      ], W),
      para('注：1. 工作经历须连续填写，中断期间应如实注明；2. 兼职经历不计入连续工龄；3. 本表一式两份。', { before: 100 }, { size: 17 }),
    ],
  }], '工龄认定审批表', p.name);
}
const nextMonth = (ym: string) => { const i = idx(ym) + 1; return `${Math.floor(i / 12)}-${pad((i % 12) + 1)}`; };
const prevMonth = (ym: string) => { const i = idx(ym) - 1; return `${Math.floor(i / 12)}-${pad((i % 12) + 1)}`; };

/* ---- per2: works-bid form "Resume and Declaration — Proposed Personnel" (multilateral-bank bidding documents) typed in Word: From / To cells and one cell holding company, project, position and experience ---- */
function per2(p: Person): Document {
  const au = p.id === 'p02';
  const F = 'Arial';
  const cfg = au
    ? { contract: 'Highlands Corridor Pavement Rehabilitation — Lot 2 (Goroka–Kainantu section)', bidNo: 'Bid No. HCPR/ICB/W-02', bidder: 'Pacific Span Infrastructure in joint venture with Tumbuna Civil Works Ltd',
      position: 'Commercial Manager / Contract Estimator', dob: '14/03/1990', quals: 'Bachelor of Construction Management (Fitzroy University, 2014); 17 years in civil estimating and project controls',
      empAddr: 'Level 9, 120 Eagle Street, Brisbane QLD 4000, Australia', empTel: '(07) 5550 4100', contact: 'Ms Renee Calder, People & Culture Manager', fax: '—', empMail: 'tenders@pacificspan.example', years: '3 (since June 2023)',
      proj: ['Tender pricing for road, bridge and marine works in Queensland and Papua New Guinea; team of six estimators', 'Gympie Bypass Stage 2 and Kinbombi Creek bridges (tenders, $60–180M)', 'Suttor Creek Expansion Project ($340M mine expansion), 8/6 FIFO roster',
        'Warrego Highway intersection upgrades; Kinbombi Creek bridge replacement (D&C)', 'Pioneer Valley drainage and Mackay ring-road packages (tenders to $25M)', 'Earthworks and drainage packages (cadetship while studying part-time)'] }
    : { contract: 'Rural Roads Rehabilitation Project — Contract RRRP/W/07/2026 (Njoro–Olenguruone, 118 km)', bidNo: 'ICB No. RRRP/W/07/2026', bidder: 'China Lubridge Group No.3 Engineering Co., Ltd.',
      position: 'Project Manager', dob: '12/11/1984', quals: 'BEng Road and Bridge Engineering (Bohai Jiaotong University, 2007); PRC Class I Constructor (Highways); Registered Engineer (temporary), Engineers Board of Kenya',
      empAddr: 'Lubridge Kenya Branch, Mombasa Road, P.O. Box 41872-00100, Nairobi, Kenya', empTel: '+254 20 271 4480', contact: 'Ms. Liu Yan, Human Resources Manager', fax: '+254 20 271 4481', empMail: 'hr.kenya@lubridge3.example', years: '16 (July 2007 – March 2019 and since September 2022)',
      proj: ['Rural Roads Rehabilitation Project, 118 km gravel-to-bitumen upgrade (World Bank), Kenya', 'Nakuru County rural roads and two Ngosur river bridges, Kenya', 'Dual-carriageway upgrade, 48 km, FIDIC Red Book (1999), Kenya',
        'AfDB-funded highway upgrade, Section 2 (62 km), Ethiopia', 'Expressway Contract 4, subgrade and pavement (46 km), Hebei, China'] };
  const w = newestFirst(p.work);
  const lab = (t: string) => cell(t, { fill: 'EAEAEA' }, { b: true, size: 18 });
  const val = (t: string, span = 1) => cell(t, { span }, { size: 18 });
  const W = [1900, 2919, 1900, 2919];
  return doc(F, 19, [{
    properties: pageProps({ top: 1100, bottom: 1000 }),
    headers: { default: new Header({ children: [para([run('Section IV – Bidding Forms'), run(`\t${cfg.bidNo}`)], { tabs: [{ type: 'right', pos: 9638 }], border: { bottom: LN(4, '999999') } }, { size: 16, color: '555555' })] }) },
    footers: { default: pageFooter(`${au ? 'Pacific Span – Tumbuna JV' : 'China Lubridge Group No.3'} · Technical Proposal · Page `, { size: 16 }) },
    children: [
      para('Form PER-2', { align: 'right', after: 60 }, { b: true, size: 20 }),
      para('Resume and Declaration — Proposed Personnel', { align: 'center', after: 200 }, { b: true, size: 28 }),
      para([run('Name of Bidder: ', { b: true }), run(cfg.bidder)], { after: 60 }),
      para([run('Contract: ', { b: true }), run(cfg.contract)], { after: 160 }),
      table([
        trow([lab('Position'), val(cfg.position, 3)]),
        trow([cell('Personnel information', { span: 4, fill: 'C9C9C9' }, { b: true, size: 18 })]),
        trow([lab('Name'), val(au ? p.name : `${p.name} (BAI Junfeng)`), lab('Date of birth'), val(cfg.dob)]),
        trow([lab('Professional qualifications'), val(cfg.quals, 3)]),
        trow([lab('Address'), val(p.address.join(', ')), lab('Telephone (mobile)'), val(au ? `+61 ${p.mobileLocal.slice(1)}` : `+254 ${p.mobileLocal.slice(1)}`)]),
        trow([lab('E-mail'), val(p.email), lab(au ? 'Home' : 'Site office'), val(p.otherPhones[0].number)]),
        trow([cell('Present employment', { span: 4, fill: 'C9C9C9' }, { b: true, size: 18 })]),
        trow([lab('Name of Employer'), val(current(p).company), lab('Address of Employer'), val(cfg.empAddr)]),
        trow([lab('Telephone'), val(cfg.empTel), lab('Contact (manager / personnel officer)'), val(cfg.contact)]),
        trow([lab('Fax'), val(cfg.fax), lab('E-mail'), val(cfg.empMail)]),
        trow([lab('Job title of candidate'), val(current(p).title), lab('Years with present Employer'), val(cfg.years)]),
      ], W),
      para('Summarize professional experience over the last 20 years, in reverse chronological order. Indicate particular technical and managerial experience relevant to the project.', { before: 200, after: 100, keepNext: true }, { size: 18, i: true }),
      table([
        trow([cell('From', { fill: 'EAEAEA' }, { b: true, size: 18 }, { align: 'center' }), cell('To', { fill: 'EAEAEA' }, { b: true, size: 18 }, { align: 'center' }),
          cell('Company / Project / Position / Relevant technical and management experience', { fill: 'EAEAEA' }, { b: true, size: 18 })], { header: true }),
        ...w.map((j, i) => trow([cell(fd(j.start, 'MM/YYYY'), {}, { size: 18 }, { align: 'center' }), cell(j.end ? fd(j.end, 'MM/YYYY') : 'to date', {}, { size: 18 }, { align: 'center' }),
          cell([para([run(j.company, { b: true }), run(` / ${cfg.proj[i]} / `), run(j.title, { b: true })], {}, { size: 18 }), para(j.duties.join('; ') + '.', { before: 40 }, { size: 18 })])], { cant: true })),
      ], [1100, 1100, 7438]),
      para('Key skills and software (added by the Bidder)', { before: 200, after: 60, keepNext: true }, { b: true, size: 19 }),
      table([trow([cell(p.skills.slice(0, Math.ceil(p.skills.length / 2)).map((x) => para(x.name, { bullet: true }, { size: 18 })), { borders: {} }),
        cell(p.skills.slice(Math.ceil(p.skills.length / 2)).map((x) => para(x.name, { bullet: true }, { size: 18 })))])], [4819, 4819]),
      para('Declaration', { before: 240, after: 60, keepNext: true }, { b: true, size: 20 }),
      para('I, the undersigned, certify that to the best of my knowledge and belief, this CV correctly describes myself, my qualifications and my experience, and I am available to undertake the assignment in case of an award of contract. I understand that any misstatement or misrepresentation described herein may lead to my disqualification or dismissal by the Employer.', { align: 'both', keepNext: true }, { size: 18 }),
      table([trow([cell([para('Name of Personnel', {}, { size: 16, color: '666666' }), para(au ? p.name : `${p.name} (BAI Junfeng)`, {}, { size: 19 })]), cell([para('Signature', {}, { size: 16, color: '666666' }), para('', { after: 200 })]), cell([para('Date (day month year)', {}, { size: 16, color: '666666' }), para('18 November 2026', {}, { size: 19 })])]),
        trow([cell([para('Countersignature of authorized representative of the Bidder', {}, { size: 16, color: '666666' }), para('', { after: 260 })], { span: 3 })])], [3212, 3213, 3213]),
    ],
  }], 'Form PER-2 Resume and Declaration', p.name);
}

/* ---- funder-cv: research-funder application form, section "Curriculum vitae" (Dutch talent-programme style): career table with a period cell and an FTE column, interruptions table ---- */
function funderCv(p: Person): Document {
  const F = 'Arial';
  const lab = (t: string) => cell(t, { fill: 'DCE6F1' }, { b: true, size: 19 });
  const val = (t: string, span = 1) => cell(t, { span }, { size: 19 });
  const hdr = (cols: string[]) => trow(cols.map((t) => cell(t, { fill: 'B8CCE4' }, { b: true, size: 18 })), { header: true });
  const fte = (j: Job) => (j.kind === 'part' ? '20' : '100');
  const country = (j: Job) => (j.town === 'Wuhan' ? 'CN' : 'NL');
  return doc(F, 20, [{
    properties: pageProps({ top: 1100, bottom: 1100 }),
    headers: { default: new Header({ children: [para([run('Talent Programme – Vidi 2027 – application form'), run('\tApplicant: J. Deng (邓嘉树)')], { tabs: [{ type: 'right', pos: 9638 }] }, { size: 16, color: '4F81BD' })] }) },
    footers: { default: pageFooter('Section 2 – Curriculum vitae – page ', { size: 16 }) },
    children: [
      para('2  Curriculum vitae', { after: 120 }, { b: true, size: 28, color: '1F497D' }),
      para('2a  Personal details', { after: 80 }, { b: true, size: 22, color: '1F497D' }),
      table([
        trow([lab('Title(s), initial(s), first name, surname'), val(`dr. J. (Jiashu) Deng — ${p.name}`)]),
        trow([lab('Male / female'), val('Male')]),
        trow([lab('Telephone (mobile)'), val(`+31 ${p.mobileLocal.slice(1)}`)]),
        trow([lab('Telephone (work)'), val(p.otherPhones[0].number)]),
        trow([lab('E-mail'), val(p.email)]),
        trow([lab('Intended host institution'), val('Zuidveld University of Technology, Department of Geoscience and Remote Sensing')]),
        trow([lab('Date of PhD (defence)'), val('14 March 2018')]),
      ], [3600, 6038]),
      para('2b  Academic and professional career', { before: 240, after: 40 }, { b: true, size: 22, color: '1F497D' }),
      para('List your positions from the most recent; indicate the size of each appointment in FTE. Appointments that ran at the same time are listed separately.', { after: 80 }, { i: true, size: 17 }),
      table([hdr(['Period (start – end)', 'Position', 'Institution / company', 'Country', 'FTE (%)']),
        ...newestFirst(p.work).map((j) => trow([val(`${fd(j.start, 'MM/YYYY')} – ${j.end ? fd(j.end, 'MM/YYYY') : 'present'}`), val(j.title), cell([para(j.company, {}, { size: 19 }), ...(j.gloss ? [para(j.gloss, {}, { size: 17, color: '666666' })] : [])]), val(country(j)), val(fte(j))], { cant: true }))],
      [2000, 2500, 3538, 900, 700]),
      para('2c  Education', { before: 240, after: 80 }, { b: true, size: 22, color: '1F497D' }),
      table([hdr(['Date of graduation', 'Degree', 'Discipline', 'Institution']),
        ...[...p.education].reverse().map((e) => trow([val(fd(e.end, 'MM/YYYY')), val(e.degree.split(' ')[0]), val(e.degree.split(' ').slice(1).join(' ')), val(e.school)]))], [1900, 1200, 3300, 3238]),
      para('2d  Career interruptions and part-time leave', { before: 240, after: 80 }, { b: true, size: 22, color: '1F497D' }),
      table([hdr(['Period', 'Reason', 'Size', 'Extension requested']), trow([val('05/2019 – 08/2019'), val('Parental leave'), val('0.6 FTE'), val('2 months')])], [1900, 3538, 1700, 2500]),
      para('2e  Methods, tools and skills', { before: 240, after: 80 }, { b: true, size: 22, color: '1F497D' }),
      ...p.skills.map((x) => para(x.name, { bullet: true })),
      para('2f  Languages', { before: 200, after: 60 }, { b: true, size: 22, color: '1F497D' }),
      para(p.languages.map((l) => `${l.name} (${l.level})`).join('; ')),
      para('2g  Other', { before: 200, after: 60 }, { b: true, size: 22, color: '1F497D' }),
      para(`${p.certs.join('; ')}; reviewer for two remote-sensing journals; co-supervised 2 MSc theses (2022–2024).`),
    ],
  }], 'Curriculum vitae', p.name);
}

/* ---- europass13: the 2013–2019 Europass CV as downloaded in Word: label column on the left (caps), content right, CEFR and digital-competence self-assessment grids ---- */
function europass13(p: Person): Document {
  const F = 'Arial';
  const BLUE = '1593CB', GREY = '3F3A38';
  const uk = p.id === 'p01';
  const LW = 2900, RW = 7138;
  const nb = { top: NIL, bottom: NIL, left: NIL, right: NIL };
  const L = (t: string, o: RO = {}) => cell([para(t, { align: 'right' }, { size: 16, color: BLUE, caps: true, ...o })], { borders: nb });
  const R = (kids: Paragraph[] | Table[] | (Paragraph | Table)[]) => cell(kids, { borders: nb });
  const sec = (t: string) => [trow([L(t, { b: true }), cell([para('')], { borders: { ...nb, bottom: LN(8, BLUE) } })])];
  const country = uk ? 'United Kingdom' : 'Kazakhstan';
  const dateL = (j: { start: string; end: string | null }) => `${fd(j.start, 'Mon YYYY')}–${j.end ? fd(j.end, 'Mon YYYY') : 'Present'}`;
  const sector: Record<string, string> = uk
    ? { 'Glanmor Housing Association': 'Real estate activities (social housing)', 'Tarian Logistics Ltd': 'Transportation and storage', 'Penarth Sea Cadets': 'Voluntary sector (youth organisation)', 'Cwm Taf Building Society': 'Financial and insurance activities' }
    : { 'Karatau Drilling Services LLP': 'Mining and quarrying (drilling services)', 'Zhaiyk Caspian Operating LLP': 'Extraction of crude petroleum', 'Caspian Subsurface Consultants LLP': 'Professional, scientific and technical activities' };
  const cefr = (l: { name: string; level: string }) => { const lv = /^[ABC][12]$/.test(l.level) ? l.level : 'C1'; return [l.name, lv, lv, lv, lv, lv]; };
  const other = p.languages.filter((l) => l.level !== 'native');
  const native = p.languages.filter((l) => l.level === 'native').map((l) => l.name);
  const gridCell = (t: string, fill?: string, ro: RO = {}) => cell(t, { fill, va: 'center', borders: { top: LN(2, 'BBBBBB'), bottom: LN(2, 'BBBBBB'), left: LN(2, 'BBBBBB'), right: LN(2, 'BBBBBB') } }, { size: 15, color: GREY, ...ro }, { align: 'center' });
  const langGrid = new Table({
    width: { size: RW - 100, type: WidthType.DXA }, columnWidths: [1338, 1140, 1140, 1140, 1140, 1140], borders: NO_BORDERS as never,
    rows: [
      trow([gridCell(''), cell('UNDERSTANDING', { span: 2, va: 'center', borders: { top: LN(2, 'BBBBBB'), bottom: LN(2, 'BBBBBB'), left: LN(2, 'BBBBBB'), right: LN(2, 'BBBBBB') } }, { size: 15, color: BLUE, b: true }, { align: 'center' }),
        cell('SPEAKING', { span: 2, va: 'center', borders: { top: LN(2, 'BBBBBB'), bottom: LN(2, 'BBBBBB'), left: LN(2, 'BBBBBB'), right: LN(2, 'BBBBBB') } }, { size: 15, color: BLUE, b: true }, { align: 'center' }), gridCell('WRITING', undefined, { b: true, color: BLUE })]),
      trow([gridCell(''), gridCell('Listening'), gridCell('Reading'), gridCell('Spoken interaction'), gridCell('Spoken production'), gridCell('')]),
      ...other.map((l) => trow(cefr(l).map((t, i) => gridCell(t, i ? 'EDF4FA' : undefined, { b: i === 0 })))),
    ],
  });
  const dig = ['Information processing', 'Communication', 'Content creation', 'Safety', 'Problem solving'];
  const digGrid = new Table({
    width: { size: RW - 100, type: WidthType.DXA }, columnWidths: [1408, 1408, 1408, 1408, 1406], borders: NO_BORDERS as never,
    rows: [trow([cell('SELF-ASSESSMENT', { span: 5, borders: nb }, { size: 15, color: BLUE, b: true }, { align: 'center' })]), trow(dig.map((t) => gridCell(t, undefined, { b: true }))), trow(dig.map(() => gridCell(uk ? 'Proficient user' : 'Independent user', 'EDF4FA')))],
  });
  const contactRow = (icon: string, t: string) => para([run(`${icon}  `, { color: BLUE }), run(t)], { after: 40 }, { size: 17, color: GREY });
  const rows: TableRow[] = [
    trow([L('Curriculum Vitae', { size: 22, b: true }), R([para('')])]),
    ...sec('Personal information'),
    trow([L(''), R([para(p.name, { before: 80, after: 80 }, { size: 26, color: GREY }),
      contactRow('⌂', `${p.address.join(', ')} (${country})`),
      contactRow('☎', p.otherPhones[0].number), contactRow('✆', p.mobileLocal), contactRow('✉', p.email),
      para([run('Sex ', { color: BLUE }), run(p.gender === 'F' ? 'Female' : 'Male'), run(' | Date of birth ', { color: BLUE }), run(`${p.born.slice(8)}/${p.born.slice(5, 7)}/${p.born.slice(0, 4)}`), run(' | Nationality ', { color: BLUE }), run(uk ? 'British' : 'Kazakh')], { before: 80 }, { size: 16, color: GREY })])]),
    trow([L('JOB APPLIED FOR'), R([para(uk ? 'HRIS Lead (People Systems)' : 'Senior Operations Geologist', { before: 60, after: 60 }, { size: 22, color: GREY })])]),
    ...sec('Work experience'),
    ...newestFirst(p.work).flatMap((j) => [
      trow([cell([para(dateL(j), { align: 'right', before: 100 }, { size: 17, color: BLUE })], { borders: nb }), R([
        para(j.title, { before: 100, after: 20 }, { size: 21, color: BLUE }),
        para(`${j.company}, ${j.town} (${country})`, { after: 40 }, { size: 17, color: GREY }),
        ...j.duties.map((d) => para(d, { bullet: true }, { size: 17, color: GREY })),
        para([run('Business or sector ', { color: BLUE }), run(sector[j.company] ?? '')], { before: 40 }, { size: 16, color: GREY }),
      ])], { cant: true }),
    ]),
    ...sec('Education and training'),
    ...[...p.education].reverse().map((e) => trow([cell([para(`${fd(e.start, 'Mon YYYY')}–${fd(e.end, 'Mon YYYY')}`, { align: 'right', before: 100 }, { size: 17, color: BLUE })], { borders: nb }), R([
      para([run(e.degree, { color: BLUE }), run(`\tEQF level ${e.degree.startsWith('MSc') ? 7 : e.degree.startsWith('CIPD') ? 5 : 6}`, { size: 16 })], { before: 100, tabs: [{ type: 'right', pos: RW - 200 }] }, { size: 21 }),
      para(`${e.school}, ${e.town}${e.mode ? ` (${e.mode})` : ''}`, {}, { size: 17, color: GREY })])])),
    ...sec('Personal skills'),
    trow([L('Mother tongue(s)'), R([para(native.join(', '), {}, { size: 19, color: GREY })])]),
    trow([L('Other language(s)'), R([langGrid, para('Levels: A1 and A2: Basic user - B1 and B2: Independent user - C1 and C2: Proficient user', { before: 40 }, { size: 14, color: GREY, i: true }),
      para('Common European Framework of Reference for Languages', {}, { size: 14, color: GREY, i: true })])]),
    trow([L('Job-related skills'), R(p.skills.map((x) => para(x.name, { bullet: true }, { size: 17, color: GREY })))]),
    trow([L('Digital competence'), R([digGrid, para('Digital competences - Self-assessment grid', { before: 40 }, { size: 14, color: GREY, i: true })])]),
    trow([L('Driving licence'), R([para('B', {}, { size: 18, color: GREY })])]),
    ...sec('Additional information'),
    trow([L('Certifications'), R(p.certs.filter((c) => !c.startsWith('Driving')).map((c) => para(c, { bullet: true }, { size: 17, color: GREY })))]),
    trow([L('References'), R([para(p.referees.map((r) => `${r.name}, ${r.role}, ${r.phone}`).join('; '), {}, { size: 17, color: GREY })])]),
  ];
  return doc(F, 18, [{
    properties: pageProps({ top: 850, bottom: 850, left: 850, right: 850 }),
    footers: { default: new Footer({ children: [para([run(`${p.name} — Europass CV\tPage `), new TextRun({ children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES], size: 14, color: GREY })], { tabs: [{ type: 'right', pos: 10100 }] }, { size: 14, color: GREY })] }) },
    children: [table(rows, [LW, RW], NO_BORDERS)],
  }], 'Europass Curriculum Vitae', p.name);
}

/* ---- tab-grid: Chinese Word 简历 without tables — the career is a tab-stop grid (时间 ⇥ 时长 ⇥ 单位 ⇥ 职务), skills with level and years on the same tabs; bilingual for p14 ---- */
function tabGrid(p: Person): Document {
  const en = p.language === 'mixed';
  const F: Font = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: '微软雅黑' };
  const C = '2E5C8A';
  const X = en ? 3400 : 3700; // where the employer column starts
  const tabs = en ? [{ type: 'left' as const, pos: 1900 }, { type: 'left' as const, pos: X }] : [{ type: 'left' as const, pos: 2300 }, { type: 'left' as const, pos: X }, { type: 'left' as const, pos: 7300 }];
  const head = (zh: string, e: string) => para(en ? `${zh}  ${e}` : zh, { before: 240, after: 80, border: { bottom: LN(6, C) }, keepNext: true }, { b: true, size: 23, color: C });
  const rng = (s: string, e: string | null) => (en ? `${fd(s, 'MM/YYYY')} – ${e ? fd(e, 'MM/YYYY') : 'now'}` : `${fd(s, 'YYYY.MM')}—${e ? fd(e, 'YYYY.MM') : '至今'}`);
  const dd = (j: Job) => dur(monthsIn(j), en ? 'yrs mos' : 'zh');
  const years = [10, 10, 8, 6, 10, 6, 12, 4];
  const level = en ? ['Expert', 'Expert', 'Advanced', 'Expert', 'Advanced', 'Advanced', 'Advanced', 'Advanced'] : ['精通', '精通', '熟练', '熟练', '精通', '熟练', '精通', '熟练'];
  const total = yearsWorked(p.work, DOC_MONTH);
  return doc(F, 20, [{
    properties: pageProps({ top: 1000, bottom: 1000 }),
    children: [
      para([run(p.name, { b: true, size: 40 }), ...(en ? [run(`   ${p.family.toUpperCase()} ${p.given}`, { size: 24, color: '555555' })] : [])], { after: 60 }),
      para(en ? `Mobile ${p.mobileLocal}  |  ${p.email}  |  ${p.city}  |  Target: Head of Supply Chain / SCM Director`
        : `手机：${p.mobileLocal}　｜　邮箱：${p.email}　｜　现居：重庆渝北　｜　求职意向：财务经理`, { after: 60 }, { size: 19 }),
      para(en ? 'Japanese-invested manufacturing · S&OP · customs (AEO) · Japanese JLPT N1' : `${yOf(p.born)}年${mOf(p.born)}月生　｜　本科　｜　中级会计师　｜　${total} 年工作经验`, {}, { size: 19, color: '555555' }),
      head('工作经历', 'Work Experience'),
      para(en ? 'Period\tDuration\tCompany / Position' : '起止时间\t时长\t单位\t职务', { tabs, shading: 'E8EEF5', before: 40, after: 40 }, { b: true, size: 19 }),
      ...newestFirst(p.work).flatMap((j) => [
        para(en ? `${rng(j.start, j.end)}\t${dd(j)}\t${j.company}` : `${rng(j.start, j.end)}\t${dd(j)}\t${j.company}\t${j.title}`, { tabs, before: 100, keepNext: true, indent: { left: X, hanging: X } }, { b: true, size: 19 }),
        ...(en ? [para(j.title, { indent: { left: X }, keepNext: true }, { b: true, i: true, size: 19, color: C })] : []),
        ...(j.gloss ? [para(j.gloss, { indent: { left: X } }, { size: 17, color: '777777' })] : []),
        ...j.duties.map((d) => para(`· ${d}`, { indent: { left: X } }, { size: 19 })),
      ]),
      para(en ? `Total: about ${Math.floor(total)} years (the 2016–17 Nagoya assignment ran inside the Asagiri employment)` : `累计工作年限：约 ${Math.floor(total)} 年（兼职与全职重叠期间不重复计算）`, { before: 120 }, { size: 17, i: true, color: '555555' }),
      head('专业技能', 'Skills'),
      para(en ? 'Skill\tLevel\tYears' : '技能\t熟练程度\t使用年限', { tabs: [{ type: 'left', pos: 3700 }, { type: 'left', pos: 5600 }], shading: 'E8EEF5', before: 40, after: 40 }, { b: true, size: 19 }),
      ...p.skills.map((x, i) => para(`${x.name}\t${level[i % 8]}\t${years[i % 8]}${en ? ' yrs' : ' 年'}`, { tabs: [{ type: 'left', pos: 3700 }, { type: 'left', pos: 5600 }] }, { size: 19 })),
      head('教育背景', 'Education'),
      ...p.education.flatMap((e) => en
        ? [para(`${rng(e.start, e.end)}\t${dur(idx(e.end) - idx(e.start) + 1, 'yrs mos')}\t${e.school}`, { tabs }, { size: 19 }), para(e.degree, { indent: { left: X } }, { size: 19, i: true })]
        : [para(`${rng(e.start, e.end)}\t${dur(idx(e.end) - idx(e.start) + 1, 'zh')}\t${e.school}\t${e.degree.replace('本科 · ', '本科　')}`, { tabs }, { size: 19 })]),
      head('证书与语言', 'Certificates & Languages'),
      para(p.certs.join(en ? '; ' : '；'), {}, { size: 19 }),
      para(p.languages.map((l) => `${l.name} ${l.level}`).join(en ? '; ' : '；'), {}, { size: 19 }),
      head('自我评价', 'Profile'),
      para(en ? 'Fifteen years in supply chain for Japanese-invested manufacturers in Shanghai, including a one-year assignment at the parent plant in Nagoya. Calm in crises, strong in cross-cultural coordination with Japanese headquarters.'
        : '十五年财务工作经验，熟悉制造业成本核算与集团合并报表，兼职代账期间积累了小微企业全盘账务经验；工作细致，沟通顺畅。', { align: 'both' }, { size: 19 }),
    ],
  }], en ? 'Résumé' : '个人简历', p.name);
}

// ───────────────────────────── TXT ─────────────────────────────

/* ---- pdftk-fields: `pdftk form.pdf dump_data_fields_utf8` of a filled fillable-PDF application form; the employment grid comes out column by column ---- */
function pdftkFields(p: Person): string {
  const out: string[] = [];
  const text = (name: string, alt: string, value = '', flags = 0) => { out.push('---', 'FieldType: Text', `FieldName: ${name}`, `FieldNameAlt: ${alt}`, `FieldFlags: ${flags}`); if (value) out.push(`FieldValue: ${value}`); out.push('FieldJustification: Left'); };
  const btn = (name: string, alt: string, value: string, states: string[], flags = 0) => { out.push('---', 'FieldType: Button', `FieldName: ${name}`, `FieldNameAlt: ${alt}`, `FieldFlags: ${flags}`, `FieldValue: ${value}`, 'FieldJustification: Left', ...states.map((x) => `FieldStateOption: ${x}`)); };
  const jobs = newestFirst(p.work);
  const ROWS = 6;
  text('Position_Title', 'Position applied for', 'Senior Estimator – Capital Works');
  text('Vacancy_Ref', 'Vacancy reference number', 'BCRC-2026-118');
  text('Surname', 'Surname', p.family.toUpperCase());
  text('Given_Names', 'Given name(s)', p.given);
  text('Preferred_Name', 'Preferred name');
  text('Address_1', 'Residential address line 1', p.address[0]);
  text('Address_2', 'Residential address line 2', p.address[1]);
  text('Phone_Home', 'Home phone', p.otherPhones[0].number);
  text('Phone_Mobile', 'Mobile', p.mobileLocal);
  text('Phone_Work', 'Work phone');
  text('Email', 'Email address', p.email);
  btn('Work_Rights', 'Right to work in Australia', 'Citizen', ['Citizen', 'Off', 'PR', 'Visa'], 49152);
  btn('Licence_C', 'Do you hold a current driver licence?', 'Yes', ['Off', 'Yes']);
  for (let i = 1; i <= ROWS; i++) text(`Employer_${i}`, 'Employer (most recent first)', jobs[i - 1]?.company ?? '');
  for (let i = 1; i <= ROWS; i++) text(`Position_${i}`, 'Position held', jobs[i - 1]?.title ?? '');
  for (let i = 1; i <= ROWS; i++) text(`From_${i}`, 'From (mm/yyyy)', jobs[i - 1] ? fd(jobs[i - 1].start, 'MM/YYYY') : '');
  for (let i = 1; i <= ROWS; i++) text(`To_${i}`, 'To (mm/yyyy)', jobs[i - 1]?.end ? fd(jobs[i - 1].end!, 'MM/YYYY') : '');
  for (let i = 1; i <= ROWS; i++) btn(`Current_${i}`, 'Current position', jobs[i - 1] && !jobs[i - 1].end ? 'Yes' : 'Off', ['Off', 'Yes']);
  const why = ['', 'Career progression – management role', 'End of FIFO; rejoined Coral Coast Constructions', 'Project controls role (FIFO)', 'Relocated to Brisbane', 'Promoted to Estimator'];
  for (let i = 1; i <= ROWS; i++) text(`Reason_Leaving_${i}`, 'Reason for leaving', why[i - 1] ?? '');
  text('Qualification_1', 'Qualification', p.education[0].degree);
  text('Institution_1', 'Institution', `${p.education[0].school} (${p.education[0].mode})`);
  text('Year_Completed_1', 'Year completed', String(yOf(p.education[0].end)));
  text('Qualification_2', 'Qualification'); text('Institution_2', 'Institution'); text('Year_Completed_2', 'Year completed');
  text('Skills', 'Key skills relevant to this position', p.skills.map((x) => x.name).join(', '));
  text('Licences_Tickets', 'Licences, tickets and certificates', p.certs.join('; '));
  text('Ref1_Name', 'Referee 1 name', p.referees[0].name); text('Ref1_Position', 'Referee 1 position / organisation', p.referees[0].role); text('Ref1_Phone', 'Referee 1 phone', p.referees[0].phone);
  text('Ref2_Name', 'Referee 2 name', p.referees[1].name); text('Ref2_Position', 'Referee 2 position / organisation', p.referees[1].role); text('Ref2_Phone', 'Referee 2 phone', p.referees[1].phone);
  btn('Declaration', 'I declare the information provided is true and correct', 'Yes', ['Off', 'Yes']);
  text('Signature_Name', 'Name (typed signature)', p.name);
  text('Date_Signed', 'Date', '17/11/2026');
  text('Office_Use_Received', 'Office use only – date received');
  return `${out.join('\n')}\n`;
}

/* ---- org-table: Emacs Org-mode CV source: properties drawer for contacts, the employment history as an Org table with timestamps and a #+TBLFM months column (its total counts overlaps twice) ---- */
function orgTable(p: Person): string {
  const dows = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const ts = (ym: string, end: boolean) => { const d = end ? lastDay(ym) : 1; const wd = new Date(Date.UTC(yOf(ym), mOf(ym) - 1, d)).getUTCDay(); return `[${ym}-${pad(d)} ${dows[wd]}]`; };
  const nl = p.id === 'p15';
  const jobs = newestFirst(p.work);
  const cols = nl ? ['Position', 'Organisation', 'Place', 'From', 'To', 'FTE', 'Mo'] : ['Role', 'Employer', 'Town', 'From', 'To', 'Mo'];
  const rows = jobs.map((j) => {
    const mo = String(monthsIn(j));
    const base = [j.title, j.company, j.town, ts(j.start, false), j.end ? ts(j.end, true) : 'now'];
    return nl ? [...base, j.kind === 'part' ? '0.2' : '1.0', mo] : [...base, mo];
  });
  const sum = rows.reduce((t, r) => t + Number(r[r.length - 1]), 0);
  const totalRow = cols.map((_, i) => (i === 0 ? 'Total' : i === cols.length - 1 ? String(sum) : ''));
  const all = [cols, ...rows, totalRow];
  const w = cols.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => (i === cols.length - 1 || (nl && i === 5) ? c.padStart(w[i]) : c.padEnd(w[i]))).join(' | ')} |`;
  const rule = `|${w.map((n) => '-'.repeat(n + 2)).join('+')}|`;
  const edu = p.education.map((e) => [e.degree, e.school, `${yOf(e.start)}–${yOf(e.end)}`]);
  const ew = [0, 1, 2].map((i) => Math.max(...[['Qualification', 'School', 'Years'], ...edu].map((r) => r[i].length)));
  const eline = (r: string[]) => `| ${r.map((c, i) => c.padEnd(ew[i])).join(' | ')} |`;
  const title = nl ? `Curriculum Vitae — ${p.name} (Jiashu Deng)` : 'Curriculum Vitae';
  const o = p.otherPhones[0];
  return [
    `#+TITLE: ${title}`, `#+AUTHOR: ${nl ? `Jiashu Deng (${p.name})` : p.name}`, `#+EMAIL: ${p.email}`, '#+DATE: [2026-11-19 Thu]',
    '#+OPTIONS: toc:nil num:nil ^:nil author:t email:t', '#+LATEX_CLASS_OPTIONS: [a4paper,10pt]', '#+STARTUP: showall align', '',
    '* Contact', ':PROPERTIES:', `:MOBILE:   ${nl ? '+31 6 4172 9358' : p.mobileLocal}`, `:${o.label.toUpperCase()}:${' '.repeat(Math.max(1, 9 - o.label.length))}${o.number}`, `:EMAIL:    ${p.email}`, `:ADDRESS:  ${p.address.join(', ')}`, ':END:', '',
    `${p.headline[0].toUpperCase()}${p.headline.slice(1)}, ${p.city}.`, '',
    '* Employment', '#+NAME: jobs', line(cols), rule, ...rows.map(line), rule, line(totalRow),
    nl ? '#+TBLFM: @2$7..@-1$7=\'(my/months $4 $5);N::@>$7=vsum(@2..@-1)' : '#+TBLFM: @2$6..@-1$6=\'(my/months $4 $5);N::@>$6=vsum(@2..@-1)', '',
    ...jobs.flatMap((j) => [`** ${j.title} — ${j.company}`, ':PROPERTIES:', `:FROM:     ${ts(j.start, false)}`, ...(j.end ? [`:TO:       ${ts(j.end, true)}`] : []), `:PLACE:    ${j.town}`, ':END:', ...j.duties.map((d) => `- ${d}`), '']),
    '* Skills', ...p.skills.map((x) => `- ${x.name}`), '',
    '* Education', eline(['Qualification', 'School', 'Years']), `|${ew.map((n) => '-'.repeat(n + 2)).join('+')}|`, ...edu.map(eline), '',
    '* Certifications', ...p.certs.map((c) => `- ${c}`), '',
    '* Languages', ...p.languages.map((l) => `- ${l.name} :: ${l.level}`), '',
    '# Local Variables:', '# org-export-with-sub-superscripts: nil', '# End:', '',
  ].join('\n');
}

/* ---- sql-dump: a developer's résumé kept as a MySQL database and sent as the mysqldump output (extended INSERTs, NULL end month for the current job) ---- */
function sqlDump(p: Person): string {
  const q = (v: string | number | null) => (v === null ? 'NULL' : typeof v === 'number' ? String(v) : `'${v.replace(/'/g, "\\'")}'`);
  const jobs = oldestFirst(p.work);
  const type = (j: Job) => (j.kind === 'part' ? '兼职' : j.kind === 'secondment' ? '外派' : '全职');
  const levels = ['精通', '精通', '精通', '熟练', '熟练', '熟练', '熟练', '熟悉', '精通'];
  const years = [12, 8, 12, 8, 6, 6, 4, 4, 6];
  return [
    `-- 个人简历 · ${p.name}（Java 后端 / 技术主管）`,
    `-- 手机 ${p.mobileLocal} · 邮箱 ${p.email}`,
    '-- 导入：mysql -u root -p resume < resume.sql；或直接阅读本文件',
    '',
    '-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)',
    '--',
    '-- Host: 127.0.0.1    Database: resume',
    '-- ------------------------------------------------------',
    '-- Server version\t8.0.36',
    '',
    '/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;',
    '/*!50503 SET NAMES utf8mb4 */;',
    '/*!40103 SET TIME_ZONE=\'+00:00\' */;',
    '',
    '--', '-- Table structure for table `profile`', '--', '',
    'DROP TABLE IF EXISTS `profile`;',
    'CREATE TABLE `profile` (',
    '  `name` varchar(32) NOT NULL COMMENT \'姓名\',',
    '  `gender` char(1) DEFAULT NULL,',
    '  `birth_month` char(7) DEFAULT NULL,',
    '  `mobile` varchar(20) DEFAULT NULL COMMENT \'手机\',',
    '  `email` varchar(64) DEFAULT NULL,',
    '  `city` varchar(32) DEFAULT NULL,',
    '  `target_role` varchar(64) DEFAULT NULL COMMENT \'求职意向\',',
    '  PRIMARY KEY (`name`)',
    ') ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci COMMENT=\'基本信息\';',
    '',
    'LOCK TABLES `profile` WRITE;',
    `INSERT INTO \`profile\` VALUES (${[p.name, '男', p.born.slice(0, 7), p.phone.slice(3), p.email, p.city, '后端架构师 / 技术经理'].map(q).join(',')});`,
    'UNLOCK TABLES;',
    '',
    '--', '-- Table structure for table `work_experience`', '--', '',
    'DROP TABLE IF EXISTS `work_experience`;',
    'CREATE TABLE `work_experience` (',
    '  `id` int NOT NULL AUTO_INCREMENT,',
    '  `company` varchar(64) NOT NULL COMMENT \'公司\',',
    '  `title` varchar(64) NOT NULL COMMENT \'职位\',',
    '  `start_month` char(7) NOT NULL COMMENT \'开始年月\',',
    '  `end_month` char(7) DEFAULT NULL COMMENT \'结束年月，NULL=至今\',',
    '  `is_current` tinyint(1) NOT NULL DEFAULT \'0\',',
    '  `type` enum(\'全职\',\'兼职\',\'外派\') NOT NULL DEFAULT \'全职\',',
    '  `city` varchar(32) DEFAULT NULL,',
    '  `summary` varchar(255) DEFAULT NULL,',
    '  PRIMARY KEY (`id`)',
    `) ENGINE=InnoDB AUTO_INCREMENT=${jobs.length + 1} DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci COMMENT='工作经历';`,
    '',
    'LOCK TABLES `work_experience` WRITE;',
    `INSERT INTO \`work_experience\` VALUES ${jobs.map((j, i) => `(${[i + 1, j.company, j.title, fd(j.start, 'YYYY-MM'), j.end ? fd(j.end, 'YYYY-MM') : null, j.end ? 0 : 1, type(j), j.town, j.duties.join('；')].map(q).join(',')})`).join(',')};`,
    'UNLOCK TABLES;',
    '',
    '--', '-- Table structure for table `skill`', '--', '',
    'DROP TABLE IF EXISTS `skill`;',
    'CREATE TABLE `skill` (',
    '  `name` varchar(64) NOT NULL,',
    '  `level` enum(\'了解\',\'熟悉\',\'熟练\',\'精通\') NOT NULL,',
    '  `years` tinyint DEFAULT NULL,',
    '  PRIMARY KEY (`name`)',
    ') ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci COMMENT=\'专业技能\';',
    '',
    'LOCK TABLES `skill` WRITE;',
    `INSERT INTO \`skill\` VALUES ${p.skills.map((x, i) => `(${[x.name, levels[i], years[i]].map(q).join(',')})`).join(',')};`,
    'UNLOCK TABLES;',
    '',
    '--', '-- Table structure for table `education`', '--', '',
    'DROP TABLE IF EXISTS `education`;',
    'CREATE TABLE `education` (',
    '  `school` varchar(64) NOT NULL,',
    '  `degree` varchar(32) DEFAULT NULL,',
    '  `major` varchar(64) DEFAULT NULL,',
    '  `start_month` char(7) DEFAULT NULL,',
    '  `end_month` char(7) DEFAULT NULL',
    ') ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci COMMENT=\'教育经历\';',
    '',
    'LOCK TABLES `education` WRITE;',
    `INSERT INTO \`education\` VALUES (${[p.education[0].school, '本科', '软件工程', fd(p.education[0].start, 'YYYY-MM'), fd(p.education[0].end, 'YYYY-MM')].map(q).join(',')});`,
    'UNLOCK TABLES;',
    '',
    '--', '-- Table structure for table `certificate`', '--', '',
    'DROP TABLE IF EXISTS `certificate`;',
    'CREATE TABLE `certificate` (`name` varchar(64) NOT NULL, `kind` varchar(16) DEFAULT NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT=\'证书与语言\';',
    'LOCK TABLES `certificate` WRITE;',
    `INSERT INTO \`certificate\` VALUES ${[...p.certs.map((c) => [c, '证书']), ...p.languages.map((l) => [`${l.name} ${l.level}`, '语言'])].map((r) => `(${r.map(q).join(',')})`).join(',')};`,
    'UNLOCK TABLES;',
    '/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;',
    '',
    '-- Dump completed on 2026-11-18 22:41:07',
    '',
  ].join('\n');
}

// @@TEMPLATES-END@@
const HTML: Record<string, HtmlFn> = {
  'numbers-sheet': numbersSheet, 'jotform-pdf': jotform, 'peoplesoft-prior': peoplesoft, 'form-subtable': formSubtable, 'kintone-record': kintone,
  'zh-yilan': zhYilan, gaozhi, 'md-pdf': mdPdf, 'trials-cv': trialsCv, 'period-duration': periodDuration,
  'talent-card': talentCard, 'crm-profile': crmProfile,
  'boarding-pass': boardingPass, swimlanes, 'expert-directory': expertDirectory,
};
const DOCX: Record<string, DocxFn> = {
  'dairy-seasons': dairySeasons, 'ugc-faculty': ugcFaculty, 'record-book': recordBook, gongling,
  per2, 'funder-cv': funderCv, europass13, 'tab-grid': tabGrid,
};
const TXT: Record<string, TxtFn> = { 'pdftk-fields': pdftkFields, 'org-table': orgTable, 'sql-dump': sqlDump };

await main();
