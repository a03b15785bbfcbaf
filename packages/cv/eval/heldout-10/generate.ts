/**
 * heldout-10 generator (blind writer, 2026-12-02). Templates are small document models (blocks) rendered to HTML
 * (printed by Chromium) or to DOCX (docx package; LibreOffice exports the same DOCX to PDF), plus two plain-text CVs.
 * Run: cd packages/cv && npx tsx eval/heldout-10/generate.ts [--force]
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AlignmentType, BorderStyle, Document, Packer, Paragraph, ShadingType, Table, TableCell, TableRow, TabStopType, TextRun, VerticalMergeType, WidthType } from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people, type Job, type Person } from './people.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docsDir = path.join(here, 'documents');
if (existsSync(path.join(here, 'manifest.json')) && !process.argv.includes('--force')) {
  console.error('manifest.json exists: the set is frozen (use --force to regenerate).');
  process.exit(1);
}

// ---------- dates ----------
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const y = (m: string) => m.slice(0, 4);
const mo = (m: string) => Number(m.slice(5, 7));
const mm = (m: string) => m.slice(5, 7);
type R = (j: { start: string; end: string | null }) => string;
const D = {
  monYr: ((j) => `${MON[mo(j.start) - 1]} ${y(j.start)} – ${j.end ? `${MON[mo(j.end) - 1]} ${y(j.end)}` : 'Present'}`) as R,
  dotZh: ((j) => `${y(j.start)}.${mm(j.start)}–${j.end ? `${y(j.end)}.${mm(j.end)}` : '至今'}`) as R,
  dotDash: ((j) => `${y(j.start)}.${mm(j.start)}--${j.end ? `${y(j.end)}.${mm(j.end)}` : '至今'}`) as R,
  slash: ((j) => `${mm(j.start)}/${y(j.start)} - ${j.end ? `${mm(j.end)}/${y(j.end)}` : 'Current'}`) as R,
  nian: ((j) => `${y(j.start)}年${mo(j.start)}月 - ${j.end ? `${y(j.end)}年${mo(j.end)}月` : '至今'}`) as R,
  longTo: ((j) => `${MONTH[mo(j.start) - 1]} ${y(j.start)} to ${j.end ? `${MONTH[mo(j.end) - 1]} ${y(j.end)}` : 'present'}`) as R,
  isoTilde: ((j) => `${j.start} ~ ${j.end ?? 'now'}`) as R,
  apos: ((j) => `${MON[mo(j.start) - 1]} '${j.start.slice(2, 4)} – ${j.end ? `${MON[mo(j.end) - 1]} '${j.end.slice(2, 4)}` : 'now'}`) as R,
  dotTilde: ((j) => `${y(j.start)}.${mm(j.start)} ~ ${j.end ? `${y(j.end)}.${mm(j.end)}` : 'Present'}`) as R,
  slashZh: ((j) => `${y(j.start)}/${mm(j.start)} - ${j.end ? `${y(j.end)}/${mm(j.end)}` : '至今'}`) as R,
  mdot: ((j) => `${mm(j.start)}.${y(j.start)} – ${j.end ? `${mm(j.end)}.${y(j.end)}` : 'today'}`) as R,
  upper: ((j) => `${MON[mo(j.start) - 1].toUpperCase()} ${y(j.start)} — ${j.end ? `${MON[mo(j.end) - 1].toUpperCase()} ${y(j.end)}` : 'PRESENT'}`) as R,
};
const m1 = (m: string | null, pres = 'Present') => (m ? `${mm(m)}/${y(m)}` : pres);
const monY = (m: string | null, pres = 'Current') => (m ? `${MON[mo(m) - 1]} ${y(m)}` : pres);
const dotM = (m: string | null, pres = '至今') => (m ? `${y(m)}.${mm(m)}` : pres);

// ---------- block model ----------
type C = { t: string | string[]; cs?: number; rs?: number; b?: boolean; sh?: boolean; c?: boolean };
type B =
  | { k: 'name'; t: string; sub?: string }
  | { k: 'h'; t: string }
  | { k: 'p'; t: string; b?: boolean; i?: boolean; s?: boolean; r?: string; c?: boolean }
  | { k: 'ul'; items: string[] }
  | { k: 'tags'; items: string[] }
  | { k: 'table'; w: number[]; rows: C[][]; cls?: string }
  | { k: 'cols'; side: 'left' | 'right'; sw: number; a: B[]; m: B[] };

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
function html(blocks: B[]): string {
  return blocks.map((b): string => {
    switch (b.k) {
      case 'name': return `<header><h1>${esc(b.t)}</h1>${b.sub ? `<div class="sub">${b.sub}</div>` : ''}</header>`;
      case 'h': return `<h2>${esc(b.t)}</h2>`;
      case 'p': return `<p class="${[b.b && 'b', b.i && 'i', b.s && 's', b.c && 'c'].filter(Boolean).join(' ')}">${b.r !== undefined ? `<span class="l">${esc(b.t)}</span><span class="r">${esc(b.r)}</span>` : esc(b.t)}</p>`;
      case 'ul': return `<ul>${b.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;
      case 'tags': return `<div class="tags">${b.items.map((i) => `<span>${esc(i)}</span>`).join('')}</div>`;
      case 'table': return `<table class="${b.cls ?? ''}"><colgroup>${b.w.map((w) => `<col style="width:${w}%">`).join('')}</colgroup>${b.rows.map((r) => `<tr>${r.map((c) => `<td${c.cs ? ` colspan="${c.cs}"` : ''}${c.rs ? ` rowspan="${c.rs}"` : ''} class="${[c.b && 'b', c.sh && 'sh', c.c && 'c'].filter(Boolean).join(' ')}">${(Array.isArray(c.t) ? c.t : [c.t]).map(esc).join('<br>')}</td>`).join('')}</tr>`).join('')}</table>`;
      case 'cols': return `<div class="cols ${b.side}"><aside>${html(b.a)}</aside><main>${html(b.m)}</main></div>`;
    }
  }).join('\n');
}
const page = (css: string, body: string, lang: string) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>
*{box-sizing:border-box} body{margin:0;font-family:"DejaVu Sans","Liberation Sans","WenQuanYi Zen Hei",sans-serif;font-size:10pt;line-height:1.35;color:#222}
h1{margin:0} h2{margin:12px 0 5px} p{margin:2px 0} ul{margin:2px 0 6px;padding-left:18px} table{border-collapse:collapse;width:100%}
.tags span{display:inline-block;border:1px solid #999;border-radius:3px;padding:1px 6px;margin:2px 4px 2px 0;font-size:9pt}
p .r{float:right} p.b{font-weight:bold} p.i{font-style:italic} p.s{font-size:9pt;color:#555} p.c{text-align:center} td.b{font-weight:bold} td.c{text-align:center}
${css}</style></head><body>${body}</body></html>`;

// DOCX rendering of the same blocks
const FONT = { ascii: 'Calibri', eastAsia: 'SimSun', hAnsi: 'Calibri' } as const;
const run = (t: string, o: { b?: boolean; i?: boolean; size?: number; color?: string } = {}) => new TextRun({ text: t, bold: o.b, italics: o.i, size: o.size ?? 20, color: o.color, font: FONT });
const NB = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: NB, bottom: NB, left: NB, right: NB, insideHorizontal: NB, insideVertical: NB };
function docxBlocks(blocks: B[], accent: string, widthTw = 9600): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const b of blocks) {
    if (b.k === 'name') {
      out.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [run(b.t, { b: true, size: 36, color: accent })] }));
      if (b.sub) out.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [run(b.sub.replace(/<[^>]+>/g, ''), { size: 19 })] }));
    } else if (b.k === 'h') out.push(new Paragraph({ spacing: { before: 200, after: 60 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: accent, space: 1 } }, children: [run(b.t, { b: true, size: 23, color: accent })] }));
    else if (b.k === 'p') {
      const o = { b: b.b, i: b.i, size: b.s ? 18 : 20 };
      out.push(new Paragraph({ alignment: b.c ? AlignmentType.CENTER : undefined, tabStops: [{ type: TabStopType.RIGHT, position: widthTw }], children: b.r !== undefined ? [run(b.t, o), run(`\t${b.r}`, { ...o, b: false })] : [run(b.t, o)] }));
    } else if (b.k === 'ul') for (const i of b.items) out.push(new Paragraph({ bullet: { level: 0 }, children: [run(i)] }));
    else if (b.k === 'tags') out.push(new Paragraph({ children: [run(b.items.join(' · '))] }));
    else if (b.k === 'table') {
      const total = widthTw;
      const rowsOut: TableRow[] = [];
      // track rowspans -> vertical merge continuation cells
      const pending: Map<number, { left: number; w: number; sh?: boolean }> = new Map();
      for (const r of b.rows) {
        const cells: TableCell[] = [];
        let col = 0;
        const queue = [...r];
        while (queue.length || [...pending.keys()].some((k) => k >= col)) {
          const p = pending.get(col);
          if (p) {
            cells.push(new TableCell({ verticalMerge: VerticalMergeType.CONTINUE, width: { size: Math.round((p.w * total) / 100), type: WidthType.DXA }, children: [new Paragraph('')] }));
            p.left--; if (p.left <= 0) pending.delete(col);
            col++; continue;
          }
          const c = queue.shift();
          if (!c) break;
          const span = c.cs ?? 1;
          const w = b.w.slice(col, col + span).reduce((a, x) => a + x, 0);
          const lines = Array.isArray(c.t) ? c.t : [c.t];
          cells.push(new TableCell({
            columnSpan: span > 1 ? span : undefined,
            verticalMerge: c.rs ? VerticalMergeType.RESTART : undefined,
            width: { size: Math.round((w * total) / 100), type: WidthType.DXA },
            shading: c.sh ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E7ECF2' } : undefined,
            margins: { top: 40, bottom: 40, left: 80, right: 80 },
            children: lines.map((l) => new Paragraph({ alignment: c.c ? AlignmentType.CENTER : undefined, children: [run(l, { b: c.b, size: 19 })] })),
          }));
          if (c.rs && c.rs > 1) pending.set(col, { left: c.rs - 1, w });
          col += span;
        }
        rowsOut.push(new TableRow({ cantSplit: true, children: cells }));
      }
      out.push(new Table({ width: { size: total, type: WidthType.DXA }, columnWidths: b.w.map((w) => Math.round((w * total) / 100)), rows: rowsOut }));
      out.push(new Paragraph({ spacing: { after: 60 }, children: [] }));
    } else if (b.k === 'cols') throw new Error('cols not used in docx');
  }
  return out;
}
async function writeDocx(file: string, blocks: B[], accent: string) {
  const doc = new Document({ creator: 'Microsoft Office User', styles: { default: { document: { run: { font: FONT, size: 20 } } } }, sections: [{ properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1000, bottom: 1000, left: 1150, right: 1150 } } }, children: docxBlocks(blocks, accent) }] });
  writeFileSync(path.join(docsDir, file), await Packer.toBuffer(doc));
}

// ---------- helpers ----------
const zh = (p: Person) => p.base === 'zh';
const L = (p: Person) => zh(p)
  ? { sum: '个人简介', exp: '工作经历', edu: '教育背景', skills: '专业技能', certs: '资格证书', langs: '语言能力', contact: '联系方式', phone: '电话', email: '邮箱', town: '现居' }
  : { sum: 'Profile', exp: 'Experience', edu: 'Education', skills: 'Skills', certs: 'Certifications', langs: 'Languages', contact: 'Contact', phone: 'Phone', email: 'Email', town: 'Location' };
const eduLine = (p: Person, e: Person['education'][0], f: R) => `${e.degree}, ${e.school} (${f(e)})`;
const certBlock = (p: Person, h: string): B[] => (p.certs.length ? [{ k: 'h', t: h }, { k: 'ul', items: p.certs }] : []);
const byRecent = (p: Person) => [...p.work].reverse();

// ---------- TABLE templates ----------
type T = { name: string; layout: 'table' | 'single' | 'twocol'; css: string; blocks: (p: Person) => B[]; accent?: string };
const formCss = `td{border:1px solid #333;padding:3px 5px;vertical-align:top} td.sh{background:#e7ecf2} h2{font-size:11pt}`;

const korean: T = { name: 'korean-iryeokseo', layout: 'table', accent: '1F3864', css: `${formCss} header h1{text-align:center;letter-spacing:14px;font-size:22pt;margin-bottom:10px} h2{border-left:5px solid #1f3864;padding-left:6px}`,
  blocks: (p) => [
    { k: 'name', t: 'RÉSUMÉ' },
    { k: 'table', w: [18, 17, 25, 15, 25], rows: [
      [{ t: ['', '', 'PHOTO', '3 x 4 cm'], rs: 4, c: true }, { t: 'Name', sh: true, b: true }, { t: p.name }, { t: 'Date of Birth', sh: true, b: true }, { t: p.born.replace(/-/g, '. ') + '.' }],
      [{ t: 'Nationality', sh: true, b: true }, { t: p.nationality }, { t: 'Mobile', sh: true, b: true }, { t: p.phone }],
      [{ t: 'E-mail', sh: true, b: true }, { t: p.email, cs: 3 }],
      [{ t: 'Address', sh: true, b: true }, { t: p.town, cs: 3 }],
    ] },
    { k: 'h', t: 'Education' },
    { k: 'table', w: [26, 38, 36], rows: [[{ t: 'Period', sh: true, b: true, c: true }, { t: 'School', sh: true, b: true, c: true }, { t: 'Major / Degree', sh: true, b: true, c: true }], ...p.education.map((e) => [{ t: D.dotTilde(e), c: true }, { t: e.school }, { t: e.degree }])] },
    { k: 'h', t: 'Career' },
    { k: 'table', w: [24, 28, 22, 26], rows: [[{ t: 'Period', sh: true, b: true, c: true }, { t: 'Company', sh: true, b: true, c: true }, { t: 'Position', sh: true, b: true, c: true }, { t: 'Main Duties', sh: true, b: true, c: true }], ...byRecent(p).map((j) => [{ t: D.dotTilde(j), c: true }, { t: j.company }, { t: j.title }, { t: j.bullets[0] }])] },
    { k: 'h', t: 'Skills & Licenses' },
    { k: 'table', w: [24, 76], rows: [[{ t: 'Skills', sh: true, b: true }, { t: p.skills.join(', ') }], [{ t: 'Licenses', sh: true, b: true }, { t: p.certs.join(' / ') || '-' }], [{ t: 'Languages', sh: true, b: true }, { t: p.langs }]] },
    { k: 'p', t: 'I hereby certify that the above statements are true and correct.', c: true },
    { k: 'p', t: `2026. 11. 28.          Applicant: ${p.name}  (signature)`, c: true },
  ] };

const usApp: T = { name: 'us-employment-application', layout: 'table', accent: '000000', css: `${formCss} header h1{text-align:center;font-size:16pt;border:2px solid #000;padding:6px} header .sub{text-align:center;font-size:8.5pt} h2{background:#000;color:#fff;padding:2px 6px;font-size:10pt}`,
  blocks: (p) => [
    { k: 'name', t: 'APPLICATION FOR EMPLOYMENT', sub: 'An Equal Opportunity Employer — please print clearly and complete all sections' },
    { k: 'h', t: 'APPLICANT INFORMATION' },
    { k: 'table', w: [22, 28, 22, 28], rows: [
      [{ t: 'Full Name', sh: true }, { t: p.name, cs: 3 }],
      [{ t: 'Address', sh: true }, { t: p.town, cs: 3 }],
      [{ t: 'Phone', sh: true }, { t: p.phone, cs: 3 }],
      [{ t: 'E-mail', sh: true }, { t: p.email, cs: 3 }],
      [{ t: 'Position Applied For', sh: true }, { t: p.headline }, { t: 'Date Available', sh: true }, { t: '01/05/2027' }],
    ] },
    { k: 'h', t: 'EDUCATION' },
    { k: 'table', w: [35, 35, 15, 15], rows: [[{ t: 'School', sh: true }, { t: 'Degree / Diploma', sh: true }, { t: 'From', sh: true }, { t: 'To', sh: true }], ...p.education.map((e) => [{ t: e.school }, { t: e.degree }, { t: m1(e.start) }, { t: m1(e.end) }])] },
    { k: 'h', t: 'PREVIOUS EMPLOYMENT (most recent first)' },
    ...byRecent(p).flatMap((j): B[] => [{ k: 'table', w: [18, 32, 18, 32], rows: [
      [{ t: 'Employer', sh: true }, { t: j.company }, { t: 'Location', sh: true }, { t: j.place }],
      [{ t: 'Job Title', sh: true }, { t: j.title }, { t: 'From / To', sh: true }, { t: `${m1(j.start)}  to  ${m1(j.end)}` }],
      [{ t: 'Responsibilities', sh: true }, { t: j.bullets.join(' '), cs: 3 }],
      [{ t: 'Reason for Leaving', sh: true }, { t: j.end ? (j === p.work.find((x) => x.company === j.company && x.end) && p.work.some((x) => x.company === j.company && x !== j && x.start > j.start) ? 'Promoted' : 'Career progression') : 'Currently employed' }, { t: 'May we contact?', sh: true }, { t: j.end ? 'Yes' : 'No' }],
    ] }]),
    { k: 'h', t: 'SPECIAL SKILLS AND QUALIFICATIONS' },
    { k: 'table', w: [100], rows: [[{ t: p.skills.join('; ') }]] },
    { k: 'h', t: 'LICENSES / CERTIFICATIONS' },
    { k: 'table', w: [100], rows: [[{ t: p.certs.join('; ') || 'None' }]] },
    { k: 'h', t: 'DISCLAIMER AND SIGNATURE' },
    { k: 'p', t: 'I certify that my answers are true and complete to the best of my knowledge.', s: true },
    { k: 'table', w: [15, 45, 15, 25], rows: [[{ t: 'Signature', sh: true }, { t: p.name }, { t: 'Date', sh: true }, { t: '11/28/2026' }]] },
  ] };

const yingpin: T = { name: 'cn-yingpin-dengjibiao', layout: 'table', accent: '000000', css: `${formCss} header h1{text-align:center;font-size:18pt;letter-spacing:6px} header .sub{display:flex;justify-content:space-between} td{font-size:9.5pt}`,
  blocks: (p) => [
    { k: 'name', t: '应聘人员登记表', sub: `<span>应聘职位：${esc(p.headline)}</span><span>填表日期：2026年11月26日</span>` },
    { k: 'table', w: [13, 17, 13, 17, 13, 12, 15], rows: [
      [{ t: '姓 名', sh: true, c: true }, { t: p.name }, { t: '性 别', sh: true, c: true }, { t: p.id === 'p08' || p.id === 'p10' || p.id === 'p15' ? '女' : '男' }, { t: '出生年月', sh: true, c: true }, { t: p.born.slice(0, 7).replace('-', '.') }, { t: ['', '照片', ''], rs: 4, c: true }],
      [{ t: '民 族', sh: true, c: true }, { t: '汉' }, { t: '政治面貌', sh: true, c: true }, { t: '群众' }, { t: '婚姻状况', sh: true, c: true }, { t: p.born > '1998' ? '未婚' : '已婚' }],
      [{ t: '手 机', sh: true, c: true }, { t: p.phone }, { t: '电子邮箱', sh: true, c: true }, { t: p.email, cs: 3 }],
      [{ t: '现住址', sh: true, c: true }, { t: p.town, cs: 5 }],
      [{ t: '教育经历', sh: true, c: true, rs: p.education.length + 1 }, { t: '起止时间', sh: true, c: true, cs: 2 }, { t: '学校', sh: true, c: true, cs: 2 }, { t: '专业及学历', sh: true, c: true, cs: 2 }],
      ...p.education.map((e): C[] => [{ t: D.dotZh(e), cs: 2 }, { t: e.school, cs: 2 }, { t: e.degree, cs: 2 }]),
      [{ t: '工作经历', sh: true, c: true, rs: p.work.length + 1 }, { t: '起止时间', sh: true, c: true }, { t: '工作单位', sh: true, c: true, cs: 2 }, { t: '职务', sh: true, c: true }, { t: '离职原因', sh: true, c: true }, { t: '证明人', sh: true, c: true }],
      ...byRecent(p).map((j): C[] => [{ t: D.dotZh(j) }, { t: j.company, cs: 2 }, { t: j.title }, { t: j.end ? (p.work.some((x) => x.company === j.company && x.start > j.start) ? '内部晋升' : '个人发展') : '在职' }, { t: '可提供' }]),
      [{ t: '专业技能', sh: true, c: true }, { t: p.skills.join('、'), cs: 6 }],
      [{ t: '资格证书', sh: true, c: true }, { t: p.certs.join('；') || '无', cs: 6 }],
      [{ t: '自我评价', sh: true, c: true }, { t: p.summary, cs: 6 }],
      [{ t: '本人承诺', sh: true, c: true }, { t: ['以上所填信息真实有效，如有虚假，本人愿承担一切后果。', `签名：${p.name}`], cs: 6 }],
    ] },
  ] };

const unP11: T = { name: 'un-p11', layout: 'table', accent: '1B4F8A', css: `${formCss} header h1{font-size:14pt;text-align:center} header .sub{text-align:center;font-size:8.5pt} td{font-size:9pt} h2{font-size:10pt;background:#1b4f8a;color:#fff;padding:2px 6px}`,
  blocks: (p) => [
    { k: 'name', t: 'PERSONAL HISTORY FORM (P.11)', sub: 'Please answer each question clearly and completely. Type or print in ink.' },
    { k: 'table', w: [25, 25, 25, 25], rows: [
      [{ t: '1. Full name', sh: true }, { t: p.name + (p.altName ? ` (${p.altName})` : ''), cs: 3 }],
      [{ t: '2. Date of birth', sh: true }, { t: p.born }, { t: '3. Nationality', sh: true }, { t: p.nationality }],
      [{ t: '4. Telephone', sh: true }, { t: p.phone, cs: 3 }],
      [{ t: '5. E-mail', sh: true }, { t: p.email, cs: 3 }],
      [{ t: '6. Permanent address', sh: true }, { t: p.town, cs: 3 }],
    ] },
    { k: 'h', t: '7. LANGUAGES' },
    { k: 'table', w: [100], rows: [[{ t: p.langs }]] },
    { k: 'h', t: '8. EDUCATION' },
    { k: 'table', w: [34, 14, 14, 38], rows: [[{ t: 'Name of institution, place', sh: true }, { t: 'From (Mo/Yr)', sh: true }, { t: 'To (Mo/Yr)', sh: true }, { t: 'Degrees and academic distinctions', sh: true }], ...p.education.map((e): C[] => [{ t: e.school }, { t: m1(e.start) }, { t: m1(e.end) }, { t: e.degree }])] },
    { k: 'h', t: '9. EMPLOYMENT RECORD — starting with your present post, list in reverse order every employment' },
    ...byRecent(p).flatMap((j): B[] => [{ k: 'table', w: [15, 15, 35, 35], rows: [
      [{ t: 'From (Mo/Yr)', sh: true }, { t: 'To (Mo/Yr)', sh: true }, { t: 'Exact title of your post', sh: true }, { t: 'Name of employer', sh: true }],
      [{ t: m1(j.start) }, { t: m1(j.end, 'Present') }, { t: j.title }, { t: j.company }],
      [{ t: 'Address of employer', sh: true, cs: 2 }, { t: j.place, cs: 2 }],
      [{ t: 'Description of your duties', sh: true, cs: 2 }, { t: j.bullets.join(' '), cs: 2 }],
    ] }]),
    { k: 'h', t: '10. LIST ANY SIGNIFICANT SKILLS' },
    { k: 'ul', items: p.skills },
    { k: 'h', t: '11. PROFESSIONAL LICENCES AND CERTIFICATES' },
    { k: 'ul', items: p.certs.length ? p.certs : ['None'] },
    { k: 'p', t: `I certify that the statements made by me in answer to the foregoing questions are true, complete and correct.   Date: 28 November 2026   Signature: ${p.name}`, s: true },
  ] };

const sgForm: T = { name: 'sg-public-service-form', layout: 'table', accent: 'A6192E', css: `${formCss} header h1{font-size:14pt} header .sub{font-size:9pt;color:#a6192e} h2{font-size:10.5pt;color:#a6192e;border-bottom:1px solid #a6192e}`,
  blocks: (p) => [
    { k: 'name', t: 'APPLICATION FORM FOR EMPLOYMENT', sub: 'Public Service — Section A to E must be completed' },
    { k: 'h', t: 'SECTION A: PERSONAL PARTICULARS' },
    { k: 'table', w: [25, 25, 25, 25], rows: [
      [{ t: 'Name (as in NRIC/Passport)', sh: true }, { t: p.name.toUpperCase() + (p.altName ? ` (${p.altName})` : ''), cs: 3 }],
      [{ t: 'Date of Birth', sh: true }, { t: p.born.split('-').reverse().join('/') }, { t: 'Nationality', sh: true }, { t: p.nationality }],
      [{ t: 'Contact No. (Mobile)', sh: true }, { t: p.phone, cs: 3 }],
      [{ t: 'Email Address', sh: true }, { t: p.email, cs: 3 }],
      [{ t: 'Residential Address', sh: true }, { t: p.town, cs: 3 }],
    ] },
    { k: 'h', t: 'SECTION B: EDUCATION' },
    { k: 'table', w: [14, 14, 36, 36], rows: [[{ t: 'From (MM/YYYY)', sh: true }, { t: 'To (MM/YYYY)', sh: true }, { t: 'Institution', sh: true }, { t: 'Qualification Attained', sh: true }], ...p.education.map((e): C[] => [{ t: m1(e.start) }, { t: m1(e.end) }, { t: e.school }, { t: e.degree }])] },
    { k: 'h', t: 'SECTION C: EMPLOYMENT HISTORY (start with current / latest employment)' },
    { k: 'table', w: [12, 12, 25, 21, 30], rows: [[{ t: 'From (MM/YYYY)', sh: true }, { t: 'To (MM/YYYY)', sh: true }, { t: 'Name of Organisation', sh: true }, { t: 'Designation', sh: true }, { t: 'Main Duties', sh: true }], ...byRecent(p).map((j): C[] => [{ t: m1(j.start) }, { t: m1(j.end, 'Present') }, { t: j.company }, { t: j.title }, { t: j.bullets[0] }])] },
    { k: 'h', t: 'SECTION D: SKILLS AND COMPETENCIES' },
    { k: 'table', w: [70, 30], rows: [[{ t: 'Skill', sh: true }, { t: 'Proficiency', sh: true }], ...p.skills.map((s, i): C[] => [{ t: s }, { t: i % 3 === 2 ? 'Intermediate' : 'Advanced' }])] },
    { k: 'h', t: 'SECTION E: PROFESSIONAL QUALIFICATIONS' },
    { k: 'table', w: [100], rows: p.certs.map((c): C[] => [{ t: c }]) },
    { k: 'h', t: 'DECLARATION' },
    { k: 'p', t: 'I declare that the information given in this application is true and complete.', s: true },
    { k: 'table', w: [20, 40, 15, 25], rows: [[{ t: 'Signature', sh: true }, { t: p.name }, { t: 'Date', sh: true }, { t: '27/11/2026' }]] },
  ] };

const locum: T = { name: 'locum-agency-profile', layout: 'table', accent: '00695C', css: `${formCss} td{border:1px solid #9bb} td.sh{background:#e0f2f1} header{border-bottom:3px solid #00695c;padding-bottom:4px;margin-bottom:8px} header h1{font-size:12pt;color:#00695c} header .sub{font-size:16pt;font-weight:bold} h2{color:#00695c;font-size:11pt}`,
  blocks: (p) => [
    { k: 'name', t: 'SOUTHERN CROSS CLINICAL LOCUMS — CANDIDATE PROFILE', sub: esc(p.name) },
    { k: 'table', w: [22, 28, 22, 28], rows: [
      [{ t: 'Profession', sh: true }, { t: p.headline }, { t: 'Based in', sh: true }, { t: p.town }],
      [{ t: 'Mobile', sh: true }, { t: p.phone, cs: 3 }],
      [{ t: 'Email', sh: true }, { t: p.email, cs: 3 }],
      [{ t: 'Registration', sh: true }, { t: p.certs[0] ?? '-', cs: 3 }],
      [{ t: 'Availability', sh: true }, { t: 'Four weeks notice; weekend locums from January 2027', cs: 3 }],
    ] },
    { k: 'h', t: 'Clinical summary' },
    { k: 'p', t: p.summary },
    { k: 'h', t: 'Placement / employment history' },
    { k: 'table', w: [28, 24, 12, 12, 24], rows: [[{ t: 'Facility', sh: true }, { t: 'Role', sh: true }, { t: 'Start', sh: true }, { t: 'End', sh: true }, { t: 'Location', sh: true }], ...byRecent(p).map((j): C[] => [{ t: j.company }, { t: j.title }, { t: monY(j.start) }, { t: monY(j.end) }, { t: j.place }])] },
    { k: 'h', t: 'Clinical skills' },
    { k: 'table', w: [50, 50], rows: Array.from({ length: Math.ceil(p.skills.length / 2) }, (_, i): C[] => [{ t: `✓ ${p.skills[2 * i]}` }, { t: p.skills[2 * i + 1] ? `✓ ${p.skills[2 * i + 1]}` : '' }]) },
    { k: 'h', t: 'Credentials' },
    { k: 'ul', items: [...p.certs, ...p.education.map((e) => `${e.degree} — ${e.school}, ${y(e.end)}`)] },
    { k: 'p', t: 'References verified by Southern Cross Clinical Locums. Profile prepared 26/11/2026.', s: true },
  ] };

const ganbu: T = { name: 'cn-ganbu-lvli', layout: 'table', accent: '000000', css: `${formCss} td{font-size:10pt;padding:5px} header h1{text-align:center;font-size:20pt;letter-spacing:4px;font-family:"WenQuanYi Zen Hei"}`,
  blocks: (p) => [
    { k: 'name', t: '干部任免审批表' },
    { k: 'table', w: [13, 15, 12, 15, 13, 15, 17], rows: [
      [{ t: '姓 名', c: true }, { t: p.name, c: true }, { t: '性 别', c: true }, { t: p.id === 'p08' || p.id === 'p10' || p.id === 'p15' ? '女' : '男', c: true }, { t: ['出生年月', '（  岁）'], c: true }, { t: [p.born.slice(0, 7).replace('-', '.'), `（${2026 - Number(p.born.slice(0, 4))}岁）`], c: true }, { t: ['', '（照片）', ''], rs: 4, c: true }],
      [{ t: '民 族', c: true }, { t: '汉族', c: true }, { t: '籍 贯', c: true }, { t: p.town.slice(0, 2), c: true }, { t: '出 生 地', c: true }, { t: p.town, c: true }],
      [{ t: ['参加工', '作时间'], c: true }, { t: dotM(p.work[0].start), c: true }, { t: '健康状况', c: true }, { t: '健康', c: true }, { t: '联系电话', c: true }, { t: p.phone, c: true }],
      [{ t: '电子邮箱', c: true }, { t: p.email, cs: 3 }, { t: ['专业技术', '职  务'], c: true }, { t: p.id === 'p13' ? '工程师' : '高级技师', c: true }],
      [{ t: ['熟悉专业', '有何专长'], c: true }, { t: p.skills.join('，'), cs: 6 }],
      [{ t: ['学 历', '学 位'], c: true, rs: 1 }, { t: '全日制教育', c: true }, { t: p.education[0].degree, cs: 2 }, { t: ['毕业院校', '系及专业'], c: true }, { t: p.education[0].school, cs: 2 }],
      [{ t: '现任职务', c: true }, { t: `${p.work.at(-1)!.company}${p.work.at(-1)!.title}`, cs: 6 }],
      [{ t: ['简', '', '', '历'], c: true }, { t: byRecent(p).reverse().map((j) => `${D.dotDash(j)}  ${j.company}  ${j.title}`), cs: 6 }],
      [{ t: ['奖惩', '情况'], c: true }, { t: p.certs.length ? `取得${p.certs.join('、')}。` : '无', cs: 6 }],
      [{ t: ['年度考核', '结果'], c: true }, { t: '2023、2024、2025年度考核均为优秀。', cs: 6 }],
    ] },
  ] };

const wind: T = { name: 'technician-project-record', layout: 'table', accent: '0B5394', css: `${formCss}`,
  blocks: (p) => [
    { k: 'name', t: 'TECHNICIAN COMPETENCY & PROJECT RECORD', sub: 'Wind industry crewing format' },
    { k: 'table', w: [22, 28, 22, 28], rows: [
      [{ t: 'Technician', sh: true }, { t: p.name }, { t: 'Home base', sh: true }, { t: p.town }],
      [{ t: 'Mobile', sh: true }, { t: p.phone, cs: 3 }],
      [{ t: 'Email', sh: true }, { t: p.email, cs: 3 }],
      [{ t: 'Current role', sh: true }, { t: p.headline }, { t: 'Rotation', sh: true }, { t: '14/14 offshore' }],
    ] },
    { k: 'h', t: 'Certification matrix' },
    { k: 'table', w: [60, 20, 20], rows: [[{ t: 'Certificate', sh: true }, { t: 'Issued', sh: true }, { t: 'Expiry', sh: true }], ...p.certs.map((c, i): C[] => [{ t: c }, { t: ['03/2025', '11/2024', '06/2025'][i % 3] }, { t: ['03/2027', '11/2027', '06/2029'][i % 3] }])] },
    { k: 'h', t: 'Skills matrix' },
    { k: 'table', w: [70, 30], rows: [[{ t: 'Skill', sh: true }, { t: 'Level', sh: true }], ...p.skills.map((s, i): C[] => [{ t: s }, { t: i < 4 ? 'Supervisor' : 'Competent' }])] },
    { k: 'h', t: 'Employment & project record' },
    { k: 'table', w: [24, 20, 34, 22], rows: [[{ t: 'Employer', sh: true }, { t: 'Role', sh: true }, { t: 'Sites / equipment', sh: true }, { t: 'Dates', sh: true }], ...byRecent(p).map((j): C[] => [{ t: j.company }, { t: j.title }, { t: `${j.place}. ${j.bullets.join(' ')}` }, { t: D.monYr(j) }])] },
    { k: 'h', t: 'Education' },
    { k: 'p', t: eduLine(p, p.education[0], D.monYr) },
  ] };

const gulf: T = { name: 'gulf-cv-table', layout: 'table', accent: '7A5C00', css: `td{border:1px solid #bba66a;padding:4px 6px;vertical-align:top} td.sh{background:#f4ecd4} header h1{font-size:20pt;color:#7a5c00} header .sub{font-size:11pt} h2{font-size:11pt;color:#7a5c00;text-transform:uppercase;letter-spacing:1px}`,
  blocks: (p) => [
    { k: 'name', t: p.name + (p.altName ? ` (${p.altName})` : ''), sub: `${esc(p.headline)} — Curriculum Vitae` },
    { k: 'h', t: 'Personal details' },
    { k: 'table', w: [22, 28, 22, 28], rows: [
      [{ t: 'Nationality', sh: true }, { t: p.nationality }, { t: 'Date of birth', sh: true }, { t: p.born.split('-').reverse().join('-') }],
      [{ t: 'Marital status', sh: true }, { t: p.born > '1998' ? 'Single' : 'Married' }, { t: 'Visa status', sh: true }, { t: 'Own country — available to relocate' }],
      [{ t: 'Mobile', sh: true }, { t: p.phone }, { t: 'Email', sh: true }, { t: p.email }],
      [{ t: 'Driving licence', sh: true }, { t: 'Yes (valid)' }, { t: 'Notice period', sh: true }, { t: '1 month' }],
    ] },
    { k: 'h', t: 'Career objective' },
    { k: 'p', t: p.summary },
    { k: 'h', t: 'Professional experience' },
    { k: 'table', w: [38, 32, 30], rows: [[{ t: 'Company', sh: true }, { t: 'Position', sh: true }, { t: 'Period', sh: true }], ...byRecent(p).flatMap((j): C[][] => [[{ t: j.company, b: true }, { t: j.title }, { t: D.longTo(j) }], [{ t: j.bullets.map((b) => `• ${b}`), cs: 3 }]])] },
    { k: 'h', t: 'Key skills' },
    { k: 'table', w: [50, 50], rows: Array.from({ length: Math.ceil(p.skills.length / 2) }, (_, i): C[] => [{ t: p.skills[2 * i] }, { t: p.skills[2 * i + 1] ?? '' }]) },
    { k: 'h', t: 'Education & certificates' },
    { k: 'ul', items: [...p.education.map((e) => eduLine(p, e, D.longTo)), ...p.certs] },
    { k: 'h', t: 'Languages' }, { k: 'p', t: p.langs },
  ] };

// ---------- SINGLE-column templates ----------
const contactLine = (p: Person, sep = ' | ') => [p.town, p.phone, p.email].map(esc).join(sep);
const awesome: T = { name: 'awesome-cv', layout: 'single', css: `body{font-family:"Liberation Sans",sans-serif} header{text-align:center} header h1{font-size:28pt;font-weight:300;letter-spacing:1px} header h1 b{font-weight:700} header .sub{color:#dc3522;font-size:9pt;letter-spacing:2px;margin:4px 0} header .c{font-size:8.5pt;color:#555;letter-spacing:0}
h2{font-size:14pt;color:#dc3522;border-bottom:1px solid #999} h2::first-letter{} p.b .r{color:#dc3522;font-style:italic;font-weight:normal;font-size:9pt} p.i{color:#777;font-size:9pt} ul{color:#444;font-size:9.3pt}`,
  blocks: (p) => [
    { k: 'name', t: p.name, sub: `${esc(p.headline.toUpperCase())}<div class="c">${contactLine(p, '&nbsp;&nbsp;|&nbsp;&nbsp;')}</div>` },
    { k: 'p', t: p.summary, i: true },
    { k: 'h', t: 'Experience' },
    ...byRecent(p).flatMap((j): B[] => [{ k: 'p', t: j.company, b: true, r: j.place }, { k: 'p', t: j.title, i: true, r: D.apos(j) }, { k: 'ul', items: j.bullets }]),
    { k: 'h', t: 'Skills' },
    { k: 'p', t: p.skills.join(', ') },
    { k: 'h', t: 'Education' },
    ...p.education.flatMap((e): B[] => [{ k: 'p', t: e.school, b: true, r: '' }, { k: 'p', t: e.degree, i: true, r: D.apos(e) }]),
    ...certBlock(p, 'Certificates'),
  ] };

const nz: T = { name: 'nz-careers-cv', layout: 'single', css: `body{font-family:"Liberation Serif",serif;font-size:11pt} header h1{font-size:20pt} header .sub{font-size:10pt} h2{font-size:12.5pt;background:#e8eef4;padding:3px 6px} .lbl{font-weight:bold}`,
  blocks: (p) => [
    { k: 'name', t: p.name, sub: `Address: ${esc(p.town)}<br>Phone: ${esc(p.phone)}<br>Email: ${esc(p.email)}` },
    { k: 'h', t: 'Personal statement' }, { k: 'p', t: p.summary },
    { k: 'h', t: 'Skills' }, { k: 'ul', items: p.skills },
    { k: 'h', t: 'Work history' },
    ...byRecent(p).flatMap((j): B[] => [{ k: 'p', t: `Position: ${j.title}`, b: true }, { k: 'p', t: `Employer: ${j.company}, ${j.place}` }, { k: 'p', t: `Dates: ${D.monYr(j)}` }, { k: 'p', t: 'Duties and achievements:', i: true }, { k: 'ul', items: j.bullets }]),
    { k: 'h', t: 'Education and qualifications' },
    { k: 'ul', items: [...p.education.map((e) => `${e.degree}, ${e.school}, ${y(e.start)}–${y(e.end)}`), ...p.certs] },
    { k: 'h', t: 'Referees' }, { k: 'p', t: 'Available on request.' },
  ] };

const irish: T = { name: 'irish-cv', layout: 'single', css: `body{font-family:"Liberation Sans",sans-serif} header h1{font-size:22pt;color:#14532d} header .sub{font-size:9.5pt} h2{font-size:12pt;color:#14532d;border-bottom:2px solid #14532d}`,
  blocks: (p) => [
    { k: 'name', t: p.name, sub: `${esc(p.town)} · Mobile: ${esc(p.phone)} · ${esc(p.email)}` },
    { k: 'h', t: 'Personal Profile' }, { k: 'p', t: p.summary },
    { k: 'h', t: 'Key Skills' }, { k: 'tags', items: p.skills },
    { k: 'h', t: 'Career History' },
    ...byRecent(p).flatMap((j): B[] => [{ k: 'p', t: `${j.title}, ${j.company}, ${j.place} (${D.longTo(j)})`, b: true }, { k: 'ul', items: j.bullets }]),
    { k: 'h', t: 'Education & Training' },
    { k: 'ul', items: [...p.education.map((e) => `${e.school} — ${e.degree} (${y(e.start)}–${y(e.end)})`), ...p.certs] },
    { k: 'h', t: 'Interests' }, { k: 'p', t: 'Hill walking, sea swimming, local history society.' },
    { k: 'h', t: 'References' }, { k: 'p', t: 'Available on request.' },
  ] };

const usClin: T = { name: 'us-clinical-licensure-first', layout: 'single', css: `body{font-family:"Liberation Serif",serif;font-size:10.5pt} header{text-align:center} header h1{font-size:18pt;text-transform:uppercase;letter-spacing:2px} h2{font-size:11pt;text-transform:uppercase;text-align:center;border-top:1px solid #000;border-bottom:1px solid #000;padding:1px}`,
  blocks: (p) => [
    { k: 'name', t: `${p.name}, RDH`, sub: `${esc(p.town)} • ${esc(p.phone)} • ${esc(p.email)}` },
    { k: 'h', t: 'Licensure & Certification' }, { k: 'ul', items: p.certs },
    { k: 'h', t: 'Clinical Skills' }, { k: 'p', t: p.skills.join(' • ') },
    { k: 'h', t: 'Professional Experience' },
    ...byRecent(p).flatMap((j): B[] => [{ k: 'p', t: `${j.company} — ${j.place}`, b: true }, { k: 'p', t: `${j.title} | ${D.longTo(j)}`, i: true }, { k: 'ul', items: j.bullets }]),
    { k: 'h', t: 'Education' },
    ...p.education.map((e): B => ({ k: 'p', t: `${e.degree}, ${e.school}, ${MONTH[mo(e.end) - 1]} ${y(e.end)}` })),
  ] };

const wordModern: T = { name: 'word-modern-chronological', layout: 'single', accent: '2E5597', css: '',
  blocks: (p) => {
    const l = L(p);
    const f = zh(p) ? D.nian : D.slash;
    return [
      { k: 'name', t: p.name + (p.altName ? ` ${p.altName}` : ''), sub: `${p.town}  ·  ${p.phone}  ·  ${p.email}` },
      { k: 'p', t: p.headline, b: true, c: true },
      { k: 'h', t: zh(p) ? '个人简介' : 'Objective' }, { k: 'p', t: p.summary },
      { k: 'h', t: l.exp },
      ...byRecent(p).flatMap((j): B[] => [{ k: 'p', t: `${j.title}  |  ${j.company}`, b: true, r: f(j) }, { k: 'p', t: j.place, i: true, s: true }, { k: 'ul', items: j.bullets }]),
      { k: 'h', t: l.edu },
      ...p.education.map((e): B => ({ k: 'p', t: `${e.degree}  |  ${e.school}`, r: f(e) })),
      { k: 'h', t: l.skills }, { k: 'ul', items: p.skills },
      ...certBlock(p, l.certs),
      { k: 'h', t: l.langs }, { k: 'p', t: p.langs },
    ];
  } };

const coral: T = { name: 'gdocs-coral', layout: 'single', css: `body{font-family:"Liberation Sans",sans-serif;font-size:10pt;color:#333} header h1{font-size:30pt;font-weight:bold;color:#000} header .sub{font-size:9pt;margin-bottom:10px} h2{color:#f75d5d;font-size:10pt;font-weight:bold;letter-spacing:1px;margin-top:16px} p.b{font-size:11pt} p.s{font-size:8pt;color:#666;letter-spacing:1px}`,
  blocks: (p) => [
    { k: 'name', t: p.name + (p.altName ? ` ${p.altName}` : ''), sub: `${esc(p.town)}<br>${esc(p.phone)}<br>${esc(p.email)}` },
    { k: 'p', t: p.summary },
    { k: 'h', t: 'EXPERIENCE' },
    ...byRecent(p).flatMap((j): B[] => [{ k: 'p', t: `${j.company}, ${j.place} — ${j.title}`, b: true }, { k: 'p', t: D.upper(j), s: true }, { k: 'p', t: j.bullets.join(' ') }]),
    { k: 'h', t: 'EDUCATION' },
    ...p.education.flatMap((e): B[] => [{ k: 'p', t: `${e.school} — ${e.degree}`, b: true }, { k: 'p', t: D.upper(e), s: true }]),
    { k: 'h', t: 'SKILLS' }, { k: 'ul', items: p.skills },
    ...certBlock(p, 'AWARDS & CERTIFICATIONS'),
    { k: 'h', t: 'LANGUAGES' }, { k: 'p', t: p.langs },
  ] };

const wondercv: T = { name: 'wondercv', layout: 'single', css: `body{font-family:"WenQuanYi Zen Hei",sans-serif;font-size:10pt} header h1{font-size:22pt} header .sub{color:#555;margin:4px 0 8px} h2{font-size:12pt;border-left:4px solid #2f80ed;padding-left:8px;background:#f3f7fd} p.b .r{font-weight:normal;color:#555}`,
  blocks: (p) => [
    { k: 'name', t: p.name, sub: `${esc(p.phone)} ｜ ${esc(p.email)} ｜ ${esc(p.town)}<br>求职意向：${esc(p.headline)}` },
    { k: 'h', t: '工作经历' },
    ...byRecent(p).flatMap((j): B[] => [{ k: 'p', t: `${j.company}　　${j.title}`, b: true, r: D.dotZh(j) }, { k: 'ul', items: j.bullets }]),
    { k: 'h', t: '教育经历' },
    ...p.education.map((e): B => ({ k: 'p', t: `${e.school}　　${e.degree}`, b: true, r: D.dotZh(e) })),
    { k: 'h', t: '技能特长' }, { k: 'p', t: `专业技能：${p.skills.join(' / ')}` }, { k: 'p', t: `语言：${p.langs}` },
    ...(p.certs.length ? [{ k: 'p', t: `证书：${p.certs.join('，')}` } as B] : []),
    { k: 'h', t: '自我评价' }, { k: 'p', t: p.summary },
  ] };

const maimai: T = { name: 'maimai-export', layout: 'single', css: `body{font-family:"WenQuanYi Zen Hei",sans-serif;font-size:10pt} header{background:#1d6ff2;color:#fff;padding:12px 16px;margin-bottom:10px} header h1{font-size:18pt} h2{font-size:11.5pt;color:#1d6ff2} p.s{color:#888}`,
  blocks: (p) => [
    { k: 'name', t: p.name, sub: `${esc(p.work.at(-1)!.company)} · ${esc(p.work.at(-1)!.title)}<br>手机 ${esc(p.phone)}　邮箱 ${esc(p.email)}　${esc(p.town)}` },
    { k: 'h', t: '职业经历' },
    ...byRecent(p).flatMap((j): B[] => [{ k: 'p', t: j.company, b: true }, { k: 'p', t: `${j.title} · ${D.nian(j)}`, s: true }, { k: 'p', t: j.bullets.join('') }]),
    { k: 'h', t: '教育经历' },
    ...p.education.flatMap((e): B[] => [{ k: 'p', t: e.school, b: true }, { k: 'p', t: `${e.degree} · ${D.nian(e)}`, s: true }]),
    { k: 'h', t: '职业标签' }, { k: 'tags', items: p.skills },
    { k: 'p', t: '本简历由脉脉导出', s: true },
  ] };

// ---------- TWO-column templates (Chromium) ----------
const deedy: T = { name: 'deedy-two-column', layout: 'twocol', css: `body{font-family:"Liberation Sans",sans-serif} header h1{font-size:30pt;font-weight:300} header h1::first-line{} header .sub{font-size:9pt;color:#555;margin-bottom:8px}
.cols{display:grid;grid-template-columns:32% 1fr;gap:18px} aside h2,main h2{font-size:12pt;text-transform:uppercase;color:#111;margin-top:6px} aside{font-size:9pt} p.b{font-size:10.5pt} p.s{color:#666} .r{color:#666}`,
  blocks: (p) => [
    { k: 'name', t: p.name, sub: `${esc(p.email)} | ${esc(p.phone)} | ${esc(p.town)}` },
    { k: 'cols', side: 'left', sw: 32, a: [
      { k: 'h', t: 'Education' }, ...p.education.flatMap((e): B[] => [{ k: 'p', t: e.school, b: true }, { k: 'p', t: e.degree }, { k: 'p', t: D.monYr(e), s: true }]),
      { k: 'h', t: 'Skills' }, ...p.skills.map((s): B => ({ k: 'p', t: s })),
      ...certBlock(p, 'Licences'),
      { k: 'h', t: 'Languages' }, { k: 'p', t: p.langs },
    ], m: [
      { k: 'h', t: 'Experience' },
      ...byRecent(p).flatMap((j): B[] => [{ k: 'p', t: j.company, b: true }, { k: 'p', t: `${j.title} | ${D.monYr(j)} | ${j.place}`, s: true }, { k: 'ul', items: j.bullets }]),
      { k: 'h', t: 'Profile' }, { k: 'p', t: p.summary },
    ] },
  ] };

const jobui: T = { name: 'jobui-right-column', layout: 'twocol', css: `body{font-family:"WenQuanYi Zen Hei",sans-serif;font-size:9.8pt} header{border-bottom:3px solid #c0392b;margin-bottom:8px} header h1{font-size:22pt;color:#c0392b} h2{font-size:11.5pt;color:#c0392b}
.cols{display:grid;grid-template-columns:1fr 30%;gap:16px} .cols.left{} aside{order:2;background:#fbeeee;padding:6px 10px} main{order:1} p.s{color:#777}`,
  blocks: (p) => [
    { k: 'name', t: p.name, sub: esc(p.headline) },
    { k: 'cols', side: 'right', sw: 30, a: [
      { k: 'h', t: '基本信息' }, { k: 'p', t: `出生：${p.born.slice(0, 7).replace('-', '年')}月` }, { k: 'p', t: `现居：${p.town}` },
      { k: 'h', t: '联系方式' }, { k: 'p', t: `☎ ${p.phone}` }, { k: 'p', t: `✉ ${p.email}` },
      { k: 'h', t: '技能' }, { k: 'ul', items: p.skills },
      ...certBlock(p, '证书'),
      { k: 'h', t: '语言' }, { k: 'p', t: p.langs },
    ], m: [
      { k: 'h', t: '自我介绍' }, { k: 'p', t: p.summary },
      { k: 'h', t: '工作经历' },
      ...byRecent(p).flatMap((j): B[] => [{ k: 'p', t: `${j.title}｜${j.company}`, b: true }, { k: 'p', t: `${D.slashZh(j)}　${j.place}`, s: true }, { k: 'ul', items: j.bullets }]),
      { k: 'h', t: '教育经历' },
      ...p.education.flatMap((e): B[] => [{ k: 'p', t: `${e.school}｜${e.degree}`, b: true }, { k: 'p', t: D.slashZh(e), s: true }]),
    ] },
  ] };

const stockholm: T = { name: 'resumeio-left-details', layout: 'twocol', css: `body{font-family:"Liberation Sans",sans-serif} header{display:flex;align-items:center;gap:14px;margin-bottom:10px} header .ph{width:60px;height:60px;border-radius:50%;background:#c9d3dd} header h1{font-size:20pt} header .sub{font-size:10pt;color:#555}
.cols{display:flex;gap:20px} aside{width:30%;flex:none;font-size:9pt} aside h2{font-size:10pt} main h2{font-size:12pt} h2{color:#0f3057} p.s{color:#888;font-size:8.5pt;letter-spacing:.5px}`,
  blocks: (p) => [
    { k: 'name', t: p.name, sub: esc(p.headline) },
    { k: 'cols', side: 'left', sw: 30, a: [
      { k: 'h', t: 'Details' }, { k: 'p', t: p.town }, { k: 'p', t: p.phone }, { k: 'p', t: p.email },
      { k: 'h', t: 'Skills' }, ...p.skills.map((s): B => ({ k: 'p', t: s })),
      { k: 'h', t: 'Languages' }, { k: 'p', t: p.langs },
    ], m: [
      { k: 'h', t: 'Profile' }, { k: 'p', t: p.summary },
      { k: 'h', t: 'Employment History' },
      ...byRecent(p).flatMap((j): B[] => [{ k: 'p', t: `${j.title}, ${j.company}`, b: true, r: j.place }, { k: 'p', t: D.mdot(j).toUpperCase(), s: true }, { k: 'ul', items: j.bullets }]),
      { k: 'h', t: 'Education' },
      ...p.education.flatMap((e): B[] => [{ k: 'p', t: `${e.degree}, ${e.school}`, b: true }, { k: 'p', t: D.mdot(e).toUpperCase(), s: true }]),
      ...certBlock(p, 'Courses & Licences'),
    ] },
  ] };

const floatRight: T = { name: 'float-right-panel', layout: 'twocol', css: `body{font-family:"Liberation Sans","WenQuanYi Zen Hei",sans-serif;font-size:9.8pt} header h1{font-size:24pt;color:#14485f} header .sub{color:#14485f;margin-bottom:8px}
.cols aside{float:right;width:33%;margin-left:16px;background:#eef4f6;padding:8px 10px;border-top:4px solid #14485f} .cols main{overflow:hidden} h2{font-size:11.5pt;color:#14485f} p.s{color:#666}`,
  blocks: (p) => {
    const l = L(p); const f = zh(p) ? D.dotZh : D.isoTilde;
    return [
      { k: 'name', t: p.name + (p.altName ? ` ${p.altName}` : ''), sub: esc(p.headline) },
      { k: 'cols', side: 'right', sw: 33, a: [
        { k: 'h', t: l.contact }, { k: 'p', t: `${l.phone}: ${p.phone}` }, { k: 'p', t: `${l.email}: ${p.email}` }, { k: 'p', t: `${l.town}: ${p.town}` },
        { k: 'h', t: l.skills }, { k: 'ul', items: p.skills },
        { k: 'h', t: l.langs }, { k: 'p', t: p.langs },
        ...certBlock(p, l.certs),
      ], m: [
        { k: 'h', t: l.sum }, { k: 'p', t: p.summary },
        { k: 'h', t: l.exp },
        ...byRecent(p).flatMap((j): B[] => [{ k: 'p', t: j.title, b: true }, { k: 'p', t: `${j.company} · ${j.place} · ${f(j)}`, s: true }, { k: 'ul', items: j.bullets }]),
        { k: 'h', t: l.edu },
        ...p.education.map((e): B => ({ k: 'p', t: `${e.school}, ${e.degree} · ${f(e)}` })),
      ] },
    ];
  } };

const halves: T = { name: 'split-page-halves', layout: 'twocol', css: `body{font-family:"DejaVu Sans","WenQuanYi Zen Hei",sans-serif;font-size:9.4pt} header{background:#2d2d2d;color:#fff;padding:14px;text-align:center} header h1{font-size:20pt;letter-spacing:3px} header .sub{font-size:9pt;color:#ddd}
.cols{display:grid;grid-template-columns:1fr 1fr;gap:22px;margin-top:10px} aside{order:2} main{order:1} h2{font-size:11pt;border-bottom:1px solid #2d2d2d;text-transform:uppercase} p.s{color:#666}`,
  blocks: (p) => {
    const l = L(p); const f = zh(p) ? D.dotZh : D.apos;
    return [
      { k: 'name', t: p.name, sub: `${esc(p.headline)}<br>${esc(p.phone)} · ${esc(p.email)} · ${esc(p.town)}` },
      { k: 'cols', side: 'right', sw: 50, a: [
        { k: 'h', t: l.sum }, { k: 'p', t: p.summary },
        { k: 'h', t: l.skills }, { k: 'tags', items: p.skills },
        { k: 'h', t: l.edu }, ...p.education.flatMap((e): B[] => [{ k: 'p', t: e.school, b: true }, { k: 'p', t: `${e.degree}, ${f(e)}` }]),
        ...certBlock(p, l.certs),
        { k: 'h', t: l.langs }, { k: 'p', t: p.langs },
      ], m: [
        { k: 'h', t: l.exp },
        ...byRecent(p).flatMap((j): B[] => [{ k: 'p', t: `${j.title} — ${j.company}`, b: true }, { k: 'p', t: f(j), s: true }, { k: 'ul', items: j.bullets }]),
      ] },
    ];
  } };

// ---------- TXT ----------
function bracketTxt(p: Person): string {
  const lines = [`${p.name}`, `${p.headline}`, '', '【基本信息】', `手机：${p.phone}`, `邮箱：${p.email}`, `现居：${p.town}`, '', '【工作经历】'];
  for (const j of byRecent(p)) lines.push(`${D.isoTilde(j).replace('now', '至今')}　${j.company}　${j.title}`, ...j.bullets.map((b) => `  - ${b}`), '');
  lines.push('【教育背景】', ...p.education.map((e) => `${D.isoTilde(e)}　${e.school}　${e.degree}`), '', '【专业技能】', ...p.skills.map((s, i) => `${i + 1}. ${s}`), '');
  if (p.certs.length) lines.push('【证书】', p.certs.join('；'), '');
  lines.push('【语言】', p.langs, '', '【自我评价】', p.summary, '');
  return lines.join('\r\n');
}

// ---------- plan ----------
type Prod = 'chromium' | 'docx' | 'txt';
const plan: [string, T | 'txt', Prod][] = [
  // tables
  ['p02', korean, 'chromium'], ['p05', korean, 'docx'],
  ['p03', usApp, 'chromium'], ['p07', usApp, 'docx'],
  ['p08', yingpin, 'chromium'], ['p11', yingpin, 'docx'], ['p15', yingpin, 'chromium'],
  ['p04', unP11, 'docx'], ['p14', unP11, 'chromium'],
  ['p01', sgForm, 'chromium'], ['p16', sgForm, 'docx'],
  ['p06', locum, 'chromium'], ['p03', locum, 'docx'],
  ['p09', ganbu, 'chromium'], ['p12', ganbu, 'docx'], ['p13', ganbu, 'chromium'],
  ['p02', wind, 'docx'],
  ['p07', gulf, 'chromium'], ['p05', gulf, 'chromium'],
  // single
  ['p01', awesome, 'chromium'], ['p05', awesome, 'chromium'], ['p14', awesome, 'chromium'],
  ['p06', nz, 'chromium'], ['p07', nz, 'chromium'],
  ['p04', irish, 'chromium'], ['p02', irish, 'chromium'],
  ['p03', usClin, 'chromium'],
  ['p01', wordModern, 'docx'], ['p06', wordModern, 'docx'], ['p13', wordModern, 'docx'],
  ['p16', coral, 'chromium'], ['p04', coral, 'chromium'],
  ['p08', wondercv, 'chromium'], ['p10', wondercv, 'chromium'], ['p12', wondercv, 'chromium'], ['p15', wondercv, 'chromium'],
  ['p09', maimai, 'chromium'], ['p11', maimai, 'chromium'],
  ['p10', 'txt', 'txt'], ['p13', 'txt', 'txt'],
  // two columns
  ['p01', deedy, 'chromium'], ['p03', deedy, 'chromium'], ['p06', deedy, 'chromium'],
  ['p08', jobui, 'chromium'], ['p09', jobui, 'chromium'], ['p11', jobui, 'chromium'], ['p12', jobui, 'chromium'],
  ['p04', stockholm, 'chromium'], ['p07', stockholm, 'chromium'], ['p02', stockholm, 'chromium'],
  ['p13', floatRight, 'chromium'], ['p14', floatRight, 'chromium'], ['p15', floatRight, 'chromium'], ['p16', floatRight, 'chromium'],
  ['p05', halves, 'chromium'], ['p10', halves, 'chromium'],
];

const layoutName = { table: 'table', single: 'single', twocol: 'two-column' } as const;
rmSync(docsDir, { recursive: true, force: true });
mkdirSync(docsDir, { recursive: true });
const docs: { file: string; person: string; template: string; layout: string; producer: string; language: string }[] = [];
const htmlJobs: [string, string][] = [];
for (const [pid, t, prod] of plan) {
  const p = people.find((x) => x.id === pid)!;
  if (t === 'txt') {
    const file = `${pid}-single-bracket-text.txt`;
    writeFileSync(path.join(docsDir, file), bracketTxt(p), 'utf8');
    docs.push({ file, person: pid, template: 'bracket-text', layout: 'single', producer: 'txt', language: p.language });
    continue;
  }
  const base = `${pid}-${t.layout}-${t.name}`;
  if (prod === 'chromium') {
    htmlJobs.push([`${base}.pdf`, page(t.css, html(t.blocks(p)), p.base === 'zh' ? 'zh-CN' : 'en')]);
    docs.push({ file: `${base}.pdf`, person: pid, template: t.name, layout: layoutName[t.layout], producer: 'chromium', language: p.language });
  } else {
    await writeDocx(`${base}.docx`, t.blocks(p), t.accent ?? '000000');
    docs.push({ file: `${base}.docx`, person: pid, template: t.name, layout: layoutName[t.layout], producer: 'docx', language: p.language });
    docs.push({ file: `${base}.pdf`, person: pid, template: t.name, layout: layoutName[t.layout], producer: 'libreoffice', language: p.language });
  }
}
await printHtml(docsDir, htmlJobs);
if (!process.argv.includes('--no-lo')) exportDocxToPdf(docsDir);

const truth = {
  referenceDate: '2026-11',
  people: people.map((p) => ({
    id: p.id, language: p.language, name: p.name, email: p.email, phone: p.phoneE164, skills: p.skillTruth,
    work: p.work.map((j: Job) => ({ company: j.company, start: j.start, end: j.end })),
    yearsOfExperience: yearsWorked(p.work, '2026-11'),
  })),
  documents: docs.sort((a, b) => a.file.localeCompare(b.file)),
};
writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
const files = readdirSync(docsDir).sort();
const missing = docs.filter((d) => !files.includes(d.file));
if (missing.length) throw new Error(`missing: ${missing.map((d) => d.file).join(', ')}`);
writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifestOf(docsDir, docs.map((d) => d.file)), null, 2) + '\n');
console.log(`${docs.length} documents`);
