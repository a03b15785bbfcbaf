/**
 * heldout-9 generator (blind writer, 2026-12-02). Templates, the person × template plan, and the writer of
 * documents/, truth.json and manifest.json. Refuses to run once manifest.json exists unless --force.
 * Run: cd packages/cv && npx tsx eval/heldout-9/generate.ts [--force]
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType, BorderStyle, ColumnBreak, Document, Footer, Header, Packer, PageNumber, Paragraph, SectionType, ShadingType, Table, TableCell,
  TableLayoutType, TableRow, TabStopType, TextRun, VerticalAlign, WidthType,
} from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people, type Job, type Person } from './people.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docsDir = path.join(here, 'documents');
const REF = '2026-11';

// ---------------------------------------------------------------- dates
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
function fd(ym: string, st: string): string {
  const y = ym.slice(0, 4); const m = Number(ym.slice(5, 7)); const mm = ym.slice(5, 7);
  switch (st) {
    case 'Mon YYYY': return `${MON[m - 1]} ${y}`;
    case 'Month YYYY': return `${MONTH[m - 1]} ${y}`;
    case 'MONTH YYYY': return `${MONTH[m - 1].toUpperCase()} ${y}`;
    case 'MON YYYY': return `${MON[m - 1].toUpperCase()} ${y}`;
    case 'MM/YYYY': return `${mm}/${y}`;
    case 'MM/YY': return `${mm}/${y.slice(2)}`;
    case 'YYYY.MM': return `${y}.${mm}`;
    case 'YYYY/MM': return `${y}/${mm}`;
    case 'YYYY-MM': return `${y}-${mm}`;
    case 'YYYY年M月': return `${y}年${m}月`;
    case 'YYYY': return y;
    case 'YYYY.M': return `${y}.${m}`;
    case "Mon 'YY": return `${MON[m - 1]} '${y.slice(2)}`;
    case 'Mon. YYYY': return `${MON[m - 1]}${m === 5 ? '' : '.'} ${y}`;
    default: throw new Error(st);
  }
}
const rng = (j: { start: string; end: string | null }, st: string, sep = ' – ', now = 'Present') => `${fd(j.start, st)}${sep}${j.end ? fd(j.end, st) : now}`;
const mIdx = (s: string) => Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7)) - 1;
const months = (j: Job) => mIdx(j.end ?? REF) - mIdx(j.start) + 1;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const rev = (p: Person) => [...p.work].reverse();
const last = (p: Person) => p.work[p.work.length - 1];

// ---------------------------------------------------------------- html helpers
const ZH_FONT = `'Noto Sans CJK SC','WenQuanYi Zen Hei','Droid Sans Fallback',sans-serif`;
function page(lang: string, css: string, body: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>*{box-sizing:border-box}body{margin:0}${css}</style></head><body>${body}</body></html>`;
}
const li = (xs: string[]) => `<ul>${xs.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>`;

// ---------------------------------------------------------------- docx helpers
type RunOpt = { b?: boolean; i?: boolean; size?: number; color?: string; font?: string; caps?: boolean; u?: boolean };
const R = (t: string, o: RunOpt = {}) => new TextRun({ text: t, bold: o.b, italics: o.i, size: o.size, color: o.color, font: o.font, allCaps: o.caps, underline: o.u ? {} : undefined });
type POpt = { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; after?: number; before?: number; tabs?: { type: (typeof TabStopType)[keyof typeof TabStopType]; position: number }[]; bullet?: boolean; bottom?: string; fill?: string; indent?: number; hanging?: number; keep?: boolean };
function P(runs: (TextRun | string)[] | string, o: POpt = {}): Paragraph {
  const children = (typeof runs === 'string' ? [runs] : runs).map((r) => (typeof r === 'string' ? new TextRun(r) : r));
  return new Paragraph({
    children, alignment: o.align, spacing: { after: o.after ?? 60, before: o.before ?? 0 }, tabStops: o.tabs, bullet: o.bullet ? { level: 0 } : undefined,
    border: o.bottom ? { bottom: { style: BorderStyle.SINGLE, size: 6, color: o.bottom, space: 1 } } : undefined,
    shading: o.fill ? { type: ShadingType.CLEAR, fill: o.fill, color: 'auto' } : undefined,
    indent: o.indent || o.hanging ? { left: o.indent ?? 0, hanging: o.hanging } : undefined, keepNext: o.keep,
  });
}
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
const thin = (c = '000000') => ({ style: BorderStyle.SINGLE, size: 4, color: c });
const allThin = (c = '000000') => ({ top: thin(c), bottom: thin(c), left: thin(c), right: thin(c), insideHorizontal: thin(c), insideVertical: thin(c) });
function C(children: Paragraph[] | string, o: { w?: number; fill?: string; span?: number; b?: boolean; size?: number; center?: boolean; vmid?: boolean } = {}): TableCell {
  const ch = typeof children === 'string' ? [P([R(children, { b: o.b, size: o.size })], { after: 0, align: o.center ? AlignmentType.CENTER : undefined })] : children;
  return new TableCell({ children: ch, width: o.w ? { size: o.w, type: WidthType.DXA } : undefined, shading: o.fill ? { type: ShadingType.CLEAR, fill: o.fill, color: 'auto' } : undefined, columnSpan: o.span, verticalAlign: o.vmid ? VerticalAlign.CENTER : undefined, margins: { top: 50, bottom: 50, left: 90, right: 90 } });
}
function T(rows: TableCell[][], widths: number[], borders: object = allThin()): Table {
  return new Table({ rows: rows.map((cells) => new TableRow({ children: cells, cantSplit: true })), columnWidths: widths, width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, layout: TableLayoutType.FIXED, borders: borders as never });
}
type Sect = { children: (Paragraph | Table)[]; columns?: number; continuous?: boolean; header?: string; footerPages?: boolean; titlePage?: boolean };
async function docx(font: string, size: number, sections: Sect[], eastAsia = '宋体'): Promise<Buffer> {
  const doc = new Document({
    styles: { default: { document: { run: { font: { ascii: font, hAnsi: font, eastAsia, cs: font }, size } } } },
    sections: sections.map((s) => ({
      properties: {
        page: { margin: { top: 1000, bottom: 1000, left: 1080, right: 1080 } }, titlePage: s.titlePage,
        type: s.continuous ? SectionType.CONTINUOUS : undefined, column: s.columns ? { count: s.columns, space: 500, equalWidth: true } : undefined,
      },
      headers: s.header ? { default: new Header({ children: [P([R(s.header, { size: 16, color: '666666' })], { align: AlignmentType.RIGHT })] }), first: s.titlePage ? new Header({ children: [] }) : undefined } : undefined,
      footers: s.footerPages ? { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 16 })] })] }) } : undefined,
      children: s.children,
    })),
  });
  return Packer.toBuffer(doc);
}
const W = 9746; // text width in twips (A4 minus margins)

// ---------------------------------------------------------------- templates
type Kind = 'html' | 'docx' | 'txt';
interface Template { id: string; layout: 'single' | 'two-column' | 'table'; kind: Kind; convention: string; render: (p: Person) => string | Promise<Buffer> }
const tpl: Template[] = [];
const add = (t: Template) => tpl.push(t);
const skillNames = (p: Person) => p.skills.map((s) => s.n);

// ===== SINGLE COLUMN =====
// S1 USAJOBS federal résumé (html and Word)
function usajobsHtml(p: Person): string {
  const d = p.details ?? {};
  const jobs = rev(p).map((j) => `<div class="job"><b>${esc(j.company)}</b><br>${esc(j.town)} US<br>${rng(j, 'MM/YYYY', ' - ')}<br>Hours per week: ${j.extra?.hours ?? '40'}<br><b>${esc(j.title)}</b>${j.extra?.grade ? ` (This is a federal job) Series/Grade: ${j.extra.grade}` : ''}<br>
  Duties, Accomplishments and Related Skills:<p>${esc(j.bullets.join(' '))}</p>Supervisor: ${esc(j.extra?.supervisor ?? '')} &nbsp;Okay to contact this Supervisor: Yes</div>`).join('');
  return page('en', `body{font:10.5pt Arial,Helvetica,sans-serif;color:#111}h1{font-size:15pt;margin:0 0 4px}h2{font-size:11.5pt;margin:16px 0 6px;border-bottom:1px solid #999}.job{margin-bottom:12px;line-height:1.35}p{margin:3px 0}`,
    `<h1>${esc(p.name)}</h1>${esc(p.town)} US<br>Mobile: ${esc(p.phoneDisplay)}<br>Email: ${esc(p.email)}<br><br>
    Availability: Job Type: ${esc(d.availability ?? 'Permanent')}<br>Citizenship: ${esc(d.citizenship ?? '')}<br>Veterans' Preference: ${esc(d.veterans ?? '')}
    <h2>Work Experience</h2>${jobs}
    <h2>Education</h2>${p.education.map((e) => `${esc(e.school)} ${esc(e.town ?? '')} US<br>${esc(e.degree)} ${fd(e.end, 'MM/YYYY')}`).join('<br>')}
    <h2>Skills</h2><p>${p.skills.map((s) => esc(s.n)).join(', ')}</p>
    <h2>Certifications and Licenses</h2>${p.certs.map(esc).join('<br>')}
    <h2>Additional Information</h2><p>${esc(p.summary)}</p>`);
}
add({ id: 'usajobs', layout: 'single', kind: 'html', convention: 'USAJOBS résumé-builder PDF (US federal résumé: employer block, MM/YYYY dates, hours per week, supervisor)', render: usajobsHtml });
add({ id: 'usajobs-word', layout: 'single', kind: 'docx', convention: 'US federal résumé typed in Word following the USAJOBS required fields', render: (p) => {
  const ch: Paragraph[] = [P([R(p.name.toUpperCase(), { b: true, size: 28 })], { align: AlignmentType.CENTER }), P(`${p.town} | ${p.phoneDisplay} | ${p.email}`, { align: AlignmentType.CENTER, after: 200 })];
  const d = p.details ?? {};
  ch.push(P([R('Citizenship: ', { b: true }), d.citizenship ?? '', R('    Veterans’ Preference: ', { b: true }), d.veterans ?? ''], { after: 200 }));
  ch.push(P([R('PROFESSIONAL EXPERIENCE', { b: true })], { bottom: '000000', after: 120 }));
  for (const j of rev(p)) {
    ch.push(P([R(j.title, { b: true }), j.extra?.grade ? `, ${j.extra.grade}` : ''], { after: 0, keep: true }));
    ch.push(P(`${j.company}, ${j.town}`, { after: 0, keep: true }));
    ch.push(P(`${rng(j, 'MM/YYYY', ' – ')}; ${j.extra?.hours ?? 40} hours per week`, { after: 0, keep: true }));
    ch.push(P(`Supervisor: ${j.extra?.supervisor ?? ''}; may be contacted`, { after: 60, keep: true }));
    for (const b of j.bullets) ch.push(P(b, { bullet: true, after: 20 }));
    ch.push(P('', { after: 80 }));
  }
  ch.push(P([R('EDUCATION', { b: true })], { bottom: '000000', after: 120 }));
  for (const e of p.education) ch.push(P(`${e.degree}, ${e.school}, ${e.town ?? ''} – ${fd(e.end, 'MM/YYYY')}`));
  ch.push(P([R('CERTIFICATIONS', { b: true })], { bottom: '000000', after: 120, before: 160 }));
  for (const c of p.certs) ch.push(P(c, { bullet: true, after: 20 }));
  ch.push(P([R('SKILLS', { b: true })], { bottom: '000000', after: 120, before: 160 }));
  ch.push(P(p.skills.map((s) => s.n).join(' • ')));
  return docx('Times New Roman', 22, [{ children: ch }]);
} });

// S2 Indian CV with career objective, personal profile and declaration (Word)
add({ id: 'india-declaration', layout: 'single', kind: 'docx', convention: 'Indian Word CV: "CURRICULUM VITAE", career objective, "working as … from … to till date", personal profile, declaration with place/date', render: (p) => {
  const d = p.details ?? {};
  const tabs = [{ type: TabStopType.LEFT, position: 2600 }];
  const H = (t: string) => P([R(t, { b: true, u: true, size: 23 })], { before: 200, after: 100, fill: 'D9D9D9' });
  const ch: Paragraph[] = [P([R('CURRICULUM VITAE', { b: true, u: true, size: 30 })], { align: AlignmentType.CENTER, after: 240 }),
    P([R(p.name.toUpperCase(), { b: true, size: 24 })], { after: 0 }), P(d.address ?? p.town, { after: 0 }), P(`Mobile: ${p.phoneDisplay}`, { after: 0 }), P(`E-mail: ${p.email}`, { after: 120 }),
    H('CAREER OBJECTIVE:'), P('To work in a challenging environment in the apparel export industry where I can use my merchandising experience for the growth of the organisation and myself.'),
    H('PROFILE SUMMARY:'), P(p.summary), H('PROFESSIONAL EXPERIENCE:')];
  const cur = last(p);
  ch.push(P([R('Presently working as '), R(cur.title, { b: true }), ` in `, R(cur.company, { b: true }), `, ${cur.town} from ${fd(cur.start, 'Month YYYY')} to till date.`], { bullet: true }));
  for (const j of rev(p).slice(1)) ch.push(P([R('Worked as '), R(j.title, { b: true }), ` in `, R(j.company, { b: true }), `, ${j.town} from ${fd(j.start, 'Month YYYY')} to ${fd(j.end!, 'Month YYYY')}.`], { bullet: true }));
  ch.push(H('ROLES AND RESPONSIBILITIES:'));
  for (const j of rev(p)) for (const b of j.bullets) ch.push(P(b, { bullet: true, after: 20 }));
  ch.push(H('KEY SKILLS:'));
  for (const s of p.skills) ch.push(P(s.n, { bullet: true, after: 20 }));
  ch.push(H('EDUCATIONAL QUALIFICATION:'));
  for (const e of p.education) ch.push(P(`${e.degree} – ${e.school}, ${e.town} (${fd(e.start, 'YYYY-MM').slice(0, 4)}–${fd(e.end, 'YYYY-MM').slice(0, 4)}) – First Class`, { bullet: true }));
  ch.push(H('CERTIFICATION:')); for (const c of p.certs) ch.push(P(c, { bullet: true }));
  ch.push(H('PERSONAL PROFILE:'));
  for (const [k, v] of [['Father’s Name', d.father], ['Date of Birth', d.dob], ['Gender', d.gender], ['Marital Status', d.marital], ['Nationality', d.nationality], ['Languages Known', p.languages.join(', ')]] as const) ch.push(P(`${k}\t: ${v}`, { tabs, after: 20 }));
  ch.push(H('DECLARATION:'), P('I hereby declare that the above furnished details are true to the best of my knowledge and belief.'), P('Place: Tiruppur', { before: 200, after: 0 }), P(`Date:\t\t\t\t\t\t\t\t(${p.name.toUpperCase()})`, { after: 0 }));
  return docx('Times New Roman', 22, [{ children: ch }]);
} });

// S3 Japanese-style English CV (shokumu keirekisho translated)
add({ id: 'shokumu-en', layout: 'single', kind: 'html', convention: 'Japanese 職務経歴書 (career history sheet) written in English: "As of" date, ■ headings, per-company block with business/capital/employees, [period] role lines, Self-PR', render: (p) => {
  const companies: { name: string; jobs: Job[] }[] = [];
  for (const j of p.work) { const c = companies.find((x) => x.name === j.company); if (c) c.jobs.push(j); else companies.push({ name: j.company, jobs: [j] }); }
  const info: Record<string, string> = { 'Suzhou Kasei Precision Parts Co., Ltd.': 'Business: Aluminium die-cast parts for automotive transmissions / Employees: 850', 'Toyokawa Seimitsu Co., Ltd.': 'Business: Precision machined drivetrain parts / Capital: JPY 480 million / Employees: 1,200', 'Aichi Drive Components Co., Ltd.': 'Business: Gears and e-axle components (Tier 1) / Capital: JPY 2.1 billion / Employees: 3,400' };
  const blocks = companies.map((c) => { const s = c.jobs[0].start; const e = c.jobs[c.jobs.length - 1].end;
    return `<div class="co"><div class="cohead">${esc(c.name)}　(${fd(s, 'Month YYYY')} – ${e ? fd(e, 'Month YYYY') : 'Present'})</div><div class="info">${esc(info[c.name] ?? '')}</div>
    ${c.jobs.map((j) => `<p class="role">[${rng(j, 'Mon YYYY', ' – ')}] ${esc(j.title)}, ${esc(j.town)}</p>${li(j.bullets)}`).join('')}</div>`; }).join('');
  return page('en', `body{font:10pt 'Times New Roman',serif}h1{text-align:center;font-size:15pt;letter-spacing:2px;margin:0}.asof{text-align:right}h2{font-size:11pt;margin:14px 0 4px}.cohead{background:#eee;padding:3px 6px;font-weight:bold;border-top:1px solid #333;border-bottom:1px solid #333}.info{font-size:9pt;color:#333;margin:2px 6px}.role{margin:6px 6px 0;font-weight:bold}ul{margin:2px 0 6px 24px;padding:0}.co{margin-bottom:8px}`,
    `<h1>CAREER HISTORY SHEET</h1><div class="asof">As of December 1, 2026</div><div>Name: ${esc(p.name)} (${esc(p.altName ?? '')})</div><div>Address: ${esc(p.town)}　Tel: ${esc(p.phoneDisplay)}　E-mail: ${esc(p.email)}</div>
    <h2>■ Career Summary</h2><p>${esc(p.summary)}</p><h2>■ Work History</h2>${blocks}
    <h2>■ Skills</h2>${p.skills.map((s) => `◎ ${esc(s.n)}`).join('<br>')}
    <h2>■ Licenses and Qualifications</h2>${p.certs.map((c) => `・${esc(c)}`).join('<br>')}
    <h2>■ Languages</h2>${p.languages.map(esc).join(' / ')}
    <h2>■ Self-PR</h2><p>I value genba (on-site) confirmation and data. Working in both Chinese and Japanese supply chains, I can bridge suppliers and design teams and close problems quickly.</p><p style="text-align:right">End of document</p>`);
} });

// S4 Canadian two-page résumé (Word, page-2 header)
add({ id: 'canada-2page', layout: 'single', kind: 'docx', convention: 'Canadian two-page chronological résumé: Highlights of Qualifications, title / employer-city-province | dates, name + "Page 2" header', render: (p) => {
  const H = (t: string) => P([R(t, { b: true, size: 24, color: '1F3864' })], { before: 240, after: 80, bottom: '1F3864' });
  const ch: Paragraph[] = [P([R(p.name, { b: true, size: 40, color: '1F3864' })], { align: AlignmentType.CENTER, after: 40 }),
    P(`${p.town}  |  ${p.phoneDisplay}  |  ${p.email}`, { align: AlignmentType.CENTER, after: 120 }),
    H('PROFILE'), P(p.summary), H('HIGHLIGHTS OF QUALIFICATIONS'),
    ...['Red Seal certified cook with 16 years in high-volume and fine-dining kitchens', 'Consistently brings food cost under target while raising menu quality', 'Bilingual (English/French); trained more than 40 cooks and apprentices'].map((t) => P(t, { bullet: true, after: 20 })),
    H('PROFESSIONAL EXPERIENCE')];
  for (const j of rev(p)) {
    ch.push(P([R(j.title, { b: true, size: 23 })], { after: 0, keep: true, before: 100 }));
    ch.push(P([R(`${j.company}, ${j.town}`, { i: true }), `  |  ${rng(j, 'Month YYYY', ' – ', 'present')}`], { after: 40, keep: true }));
    for (const b of j.bullets) ch.push(P(b, { bullet: true, after: 20 }));
  }
  ch.push(H('CORE SKILLS'));
  ch.push(T(chunk(p.skills, 2).map((row) => row.map((s) => C([P(`${s.n} – ${s.lvl}`, { bullet: true, after: 0 })], { w: W / 2 }))), [W / 2, W / 2], noBorders) as unknown as Paragraph);
  ch.push(H('EDUCATION & CERTIFICATIONS'));
  for (const e of p.education) ch.push(P([R(e.degree, { b: true }), ` – ${e.school}, ${e.town} (${fd(e.end, 'YYYY-MM').slice(0, 4)})`]));
  for (const c of p.certs) ch.push(P(c, { bullet: true, after: 20 }));
  ch.push(H('PROFESSIONAL DEVELOPMENT'), ...['Whole-animal butchery workshop, Ferme Lac-Brome, QC (2018)', 'Advanced food cost control, Restaurants Canada (2021)', 'Mental health first aid for hospitality leaders (2023)'].map((t) => P(t, { bullet: true, after: 20 })));
  ch.push(H('COMMUNITY INVOLVEMENT'), P('Volunteer cooking instructor, Halifax community food bank kitchen program (2017 – present); judge, NSCC student culinary competition (2022, 2024).'));
  ch.push(H('LANGUAGES'), P(p.languages.join(', ')), P([R('References available upon request.', { i: true })], { before: 200 }));
  return docx('Calibri', 21, [{ children: ch, header: `${p.name} – Page 2`, titlePage: true }]);
} });
function chunk<X>(xs: X[], n: number): X[][] { const out: X[][] = []; for (let i = 0; i < xs.length; i += n) { const r = xs.slice(i, i + n); while (r.length < n) r.push(undefined as X); out.push(r); } return out.map((r) => r.filter((x) => x !== undefined)).map((r, _, a) => (r.length < n ? [...r, ...Array(n - r.length).fill(null)] : r)) as X[][]; }

// S5 South African CV, personal details first (Word)
add({ id: 'za-personal-first', layout: 'single', kind: 'docx', convention: 'South African CV: personal details first (ID number, languages, driver’s licence, health, criminal record), then qualifications, then employment history as Company:/Position:/Period:/Duties: label lines', render: (p) => {
  const d = p.details ?? {};
  const tabs = [{ type: TabStopType.LEFT, position: 2800 }];
  const H = (t: string) => P([R(t, { b: true, size: 24, color: 'FFFFFF' })], { before: 240, after: 120, fill: '385623' });
  const kv = (k: string, v: string) => P([R(k, { b: true }), `\t${v}`], { tabs, after: 30 });
  const [first, ...rest] = p.name.split(' ');
  const ch: Paragraph[] = [P([R('CURRICULUM VITAE', { b: true, size: 36 })], { align: AlignmentType.CENTER, after: 40 }), P([R(p.name, { size: 26 })], { align: AlignmentType.CENTER, after: 200 }),
    H('PERSONAL DETAILS'), kv('Surname:', rest.join(' ')), kv('First names:', first), kv('Identity number:', d.id ?? ''), kv('Date of birth:', d.dob ?? ''), kv('Gender:', d.gender ?? ''), kv('Nationality:', d.nationality ?? ''),
    kv('Marital status:', d.marital ?? ''), kv('Home language:', p.languages[0].replace(/ \(.*\)/, '')), kv('Other languages:', p.languages.slice(1).join(', ')), kv('Driver’s licence:', 'Code 10 (C1)'), kv('Health:', d.health ?? ''), kv('Criminal record:', d.criminal ?? ''),
    kv('Contact number:', p.phoneDisplay), kv('E-mail address:', p.email), kv('Residential address:', p.town),
    H('EDUCATIONAL QUALIFICATIONS')];
  for (const e of p.education) ch.push(kv('Institution:', e.school), kv('Qualification:', e.degree), kv('Year completed:', fd(e.end, 'YYYY-MM').slice(0, 4)));
  ch.push(H('TRADE QUALIFICATIONS AND LICENCES')); for (const c of p.certs) ch.push(P(c, { bullet: true, after: 20 }));
  ch.push(H('SKILLS')); for (const s of p.skills) ch.push(P(s.n, { bullet: true, after: 20 }));
  ch.push(H('EMPLOYMENT HISTORY'));
  for (const j of rev(p)) {
    ch.push(kv('Company:', j.company), kv('Position:', j.title), kv('Period:', rng(j, 'Month YYYY', ' – ', 'Present')), P([R('Duties:', { b: true })], { after: 20 }));
    for (const b of j.bullets) ch.push(P(b, { bullet: true, after: 20 }));
    ch.push(kv('Reason for leaving:', j.end ? (j.company === p.work[0].company && j.title.startsWith('Apprentice') ? 'Qualified as artisan' : 'Career advancement') : 'N/A – currently employed'), P('', { after: 100 }));
  }
  ch.push(H('REFERENCES'), P('Mr. R. Pillay – Engineering Manager, Bayhead Port Services – 031 555 0172'), P('Mr. J. van der Merwe – Electrical Superintendent, Midlands Sugar Mills – 033 555 0198'));
  return docx('Arial', 20, [{ children: ch }]);
} });

// S6 SEEK / JobStreet profile export
add({ id: 'seek-profile', layout: 'single', kind: 'html', convention: 'SEEK (AU) / JobStreet (SG) profile "Download" PDF: Career history with title, company, "Mon YYYY - Present" and duration, skills as list', render: (p) => {
  const brand = p.id === 'p14' ? 'JobStreet by SEEK' : 'SEEK';
  const dur = (j: Job) => { const m = months(j); const y = Math.floor(m / 12); return `${y ? `${y} yr${y > 1 ? 's' : ''} ` : ''}${m % 12} mth${m % 12 === 1 ? '' : 's'}`; };
  return page('en', `body{font:10pt 'Helvetica Neue',Arial,sans-serif;color:#1c1c1c}.brand{color:#0d3880;font-weight:bold;font-size:9pt;border-bottom:2px solid #e60278;padding-bottom:4px}h1{font-size:20pt;margin:12px 0 2px}.sub{color:#555}h2{font-size:12pt;margin:18px 0 6px;color:#0d3880}.job{margin:0 0 12px}.t{font-weight:bold;font-size:11pt}.d{color:#666;font-size:9pt}ul.sk{list-style:none;padding:0;margin:0;columns:2}ul.sk li{padding:2px 0}`,
    `<div class="brand">${brand} · Profile</div><h1>${esc(p.name)}</h1><div class="sub">${esc(p.town)}</div><div class="sub">${esc(p.email)} &nbsp;·&nbsp; ${esc(p.phoneDisplay)}</div>
    <h2>Personal summary</h2><p>${esc(p.summary)}</p><h2>Career history</h2>
    ${rev(p).map((j) => `<div class="job"><div class="t">${esc(j.title)}</div><div>${esc(j.company)}</div><div class="d">${rng(j, 'Mon YYYY', ' - ')} (${dur(j)})</div><p>${esc(j.bullets.join(' '))}</p></div>`).join('')}
    <h2>Education</h2>${p.education.map((e) => `<div class="t">${esc(e.degree)}</div><div>${esc(e.school)}</div><div class="d">Finished ${fd(e.end, 'YYYY-MM').slice(0, 4)}</div>`).join('')}
    <h2>Licences &amp; certifications</h2>${p.certs.map((c) => `<div>${esc(c)}</div>`).join('')}
    <h2>Skills</h2><ul class="sk">${p.skills.map((s) => `<li>${esc(s.n)}</li>`).join('')}</ul>
    <h2>Languages</h2>${p.languages.map(esc).join(', ')}`);
} });

// S7 Australian public-sector CV with key selection criteria (Word)
add({ id: 'au-ksc', layout: 'single', kind: 'docx', convention: 'Australian public-sector application CV: Employment History with "Key responsibilities"/"Achievements", responses to Key Selection Criteria, two referees', render: (p) => {
  const H = (t: string) => P([R(t, { b: true, size: 26, color: '2E74B5' })], { before: 240, after: 100 });
  const ch: Paragraph[] = [P([R(p.name, { b: true, size: 36 })], { after: 0 }), P(`${p.town} · M ${p.phoneDisplay} · E ${p.email}`, { after: 200, bottom: '2E74B5' }),
    H('Career Summary'), P(p.summary), H('Employment History')];
  for (const j of rev(p)) {
    ch.push(P([R(`${j.title}`, { b: true })], { after: 0, before: 100, keep: true }), P([R(`${j.company}, ${j.town} NSW`), R(`  (${rng(j, 'Month YYYY', ' – ', 'current')})`, { i: true })], { after: 40, keep: true }));
    ch.push(P([R('Key responsibilities and achievements:', { i: true })], { after: 20 }));
    for (const b of j.bullets) ch.push(P(b, { bullet: true, after: 20 }));
  }
  ch.push(H('Key Skills'));
  ch.push(P(p.skills.map((s) => s.n).join('  |  ')));
  ch.push(H('Qualifications and Licences'));
  for (const e of p.education) ch.push(P(`${e.degree}, ${e.school} (${fd(e.end, 'YYYY-MM').slice(0, 4)})`, { bullet: true, after: 20 }));
  for (const c of p.certs) ch.push(P(c, { bullet: true, after: 20 }));
  ch.push(H('Response to Key Selection Criteria'),
    P([R('KSC 1 – Tertiary qualifications in environmental science and demonstrated experience in regulatory compliance.', { b: true })]),
    P('I hold an honours degree in environmental science and have worked in compliance roles for over a decade. At Kembla Ports Authority I prepare the annual return for the port’s environment protection licence and coordinate responses to EPA inspections.'),
    P([R('KSC 2 – Highly developed communication and stakeholder engagement skills.', { b: true })]),
    P('As Senior Environmental Officer I ran community information sessions for the foreshore rehabilitation project and negotiated access with 30 landholders.'),
    H('Referees'), P('Ms Joanne Faulk, Port Operations Manager, Kembla Ports Authority – 02 4255 0190'), P('Mr Daniel Ruiz, Manager Environment, Shellharbour City Council – 02 4221 0145'));
  return docx('Arial', 20, [{ children: ch }]);
} });

// S8 Google Docs "Spearmint"
add({ id: 'gdocs-spearmint', layout: 'single', kind: 'html', convention: 'Google Docs "Spearmint" résumé template: teal headings, "Company, Location — Job Title" then a small-caps date line', render: (p) => page('en',
  `body{font:10.5pt 'Open Sans',Arial,sans-serif;color:#444;line-height:1.4}h1{font:700 24pt Raleway,Arial,sans-serif;color:#222;margin:0}.contact{float:right;text-align:right;font-size:9pt;margin-top:-38px}h2{color:#2aa59f;font:700 10pt Arial,sans-serif;letter-spacing:1px;margin:22px 0 6px}.e{margin-bottom:10px}.h{color:#222}.dt{font-size:8.5pt;color:#888;letter-spacing:.5px;text-transform:uppercase}p{margin:3px 0}`,
  `<h1>${esc(p.name)}</h1><div style="font-size:10pt">${esc(p.headline)}</div><div class="contact">${esc(p.town)}<br>${esc(p.phoneDisplay)}<br>${esc(p.email)}</div>
  <h2>EXPERIENCE</h2>${rev(p).map((j) => `<div class="e"><div class="h"><b>${esc(j.company)}</b>, ${esc(j.town)} — <i>${esc(j.title)}</i></div><div class="dt">${rng(j, 'MONTH YYYY', ' - ', 'PRESENT')}</div><p>${esc(j.bullets.join(' '))}</p></div>`).join('')}
  <h2>EDUCATION</h2>${p.education.map((e) => `<div class="e"><div class="h"><b>${esc(e.school)}</b>, ${esc(e.town ?? '')} — <i>${esc(e.degree)}</i></div><div class="dt">${rng(e, 'MONTH YYYY', ' - ')}</div></div>`).join('')}
  <h2>SKILLS</h2>${li(skillNames(p))}<h2>CERTIFICATIONS</h2><p>${p.certs.map(esc).join('; ')}</p><h2>LANGUAGES</h2><p>${p.languages.map(esc).join(', ')}</p>`) });

// S9 Microsoft Word "Simple résumé" template (JOB TITLE | COMPANY | DATES FROM – TO)
add({ id: 'msword-simple', layout: 'single', kind: 'docx', convention: 'Microsoft Office "Simple resume" template: big name, caps headings, one caps entry line "JOB TITLE | COMPANY | DATES FROM – TO" then description', render: (p) => {
  const H = (t: string) => P([R(t, { b: true, size: 26, color: '2F5496' })], { before: 280, after: 100 });
  const ch: Paragraph[] = [P([R(p.name.toUpperCase(), { size: 52, color: '262626' })], { after: 40 }), P([R(`${p.town}  ·  ${p.email}  ·  ${p.phoneDisplay}`, { color: '595959' })], { after: 200 }),
    P(p.summary), H('EXPERIENCE')];
  for (const j of rev(p)) {
    ch.push(P([R(`${j.title} | `, { b: true, caps: true }), R(`${j.company} | `, { caps: true, color: '595959' }), R(rng(j, 'Mon YYYY', ' – '), { caps: true, color: '595959' })], { after: 40, before: 120, keep: true }));
    ch.push(P(j.bullets.join(' ') + (j.extra?.vessel ? ` Vessel: ${j.extra.vessel} (${j.extra.type}).` : '')));
  }
  ch.push(H('EDUCATION'));
  for (const e of p.education) ch.push(P([R(`${e.degree} | `, { b: true, caps: true }), R(`${fd(e.end, 'Mon YYYY')} | ${e.school}`, { caps: true, color: '595959' })]));
  ch.push(H('SKILLS'));
  ch.push(T(chunk(p.skills, 2).map((r) => r.map((s) => C([P(s ? s.n : '', { bullet: !!s, after: 0 })], { w: W / 2 }))), [W / 2, W / 2], noBorders) as unknown as Paragraph);
  ch.push(H('CERTIFICATES'));
  for (const c of p.certs) ch.push(P(c, { bullet: true, after: 20 }));
  return docx('Calibri', 22, [{ children: ch }]);
} });

// S10 ASCII / ATS plain-text résumé
add({ id: 'txt-ascii', layout: 'single', kind: 'txt', convention: 'ASCII "plain-text résumé" for online application forms: caps headings between underscore rules, * bullets, title, employer, town (Month YYYY to Month YYYY)', render: (p) => {
  const rule = '_'.repeat(64);
  const out = [p.name.toUpperCase(), p.town, p.phoneDisplay, p.email, '', rule, 'SUMMARY', '', p.summary, rule, 'PROFESSIONAL EXPERIENCE', ''];
  for (const j of rev(p)) { out.push(`${j.title}, ${j.company}, ${j.town} (${rng(j, 'Month YYYY', ' to ', 'present')})`); for (const b of j.bullets) out.push(`* ${b}`); out.push(''); }
  out.push(rule, 'EDUCATION', ''); for (const e of p.education) out.push(`${e.degree}, ${e.school}, ${e.town} (${fd(e.end, 'YYYY-MM').slice(0, 4)})`);
  out.push(rule, 'SKILLS', ''); for (const s of p.skills) out.push(`* ${s.n}`);
  out.push(rule, 'LICENCES AND CERTIFICATES', ''); for (const c of p.certs) out.push(`* ${c}`);
  out.push(rule, 'LANGUAGES', '', p.languages.join(', '), '');
  return out.join('\r\n');
} });

// S11 Hong Kong CV with Chinese name and personal particulars
add({ id: 'hk-cv', layout: 'single', kind: 'html', convention: 'Hong Kong English CV: English + Chinese name, photo box, expected salary/availability, "Employer (Mon YYYY – Present)" with title on the next line', render: (p) => {
  const d = p.details ?? {};
  return page('en', `body{font:10pt Calibri,Arial,sans-serif;color:#222}.top{display:flex;justify-content:space-between}.photo{width:26mm;height:32mm;border:1px solid #aaa;font-size:8pt;color:#999;display:flex;align-items:center;justify-content:center}h1{font-size:18pt;margin:0}h1 span{font-family:${ZH_FONT};font-weight:normal;font-size:14pt}h2{font-size:11pt;color:#7a1f2b;border-bottom:1px dotted #7a1f2b;margin:14px 0 6px}.co{font-weight:bold;margin-top:8px}.ti{font-style:italic}ul{margin:2px 0 4px 18px;padding:0}`,
    `<div class="top"><div><h1>${esc(p.name)} <span>${esc(p.altName ?? '')}</span></h1><div>${esc(p.headline)}</div><div>Mobile: ${esc(p.phoneDisplay)} | Email: ${esc(p.email)}</div><div>Address: ${esc(p.town)}</div></div><div class="photo">Photo</div></div>
    <h2>Profile</h2><p>${esc(p.summary)}</p><h2>Employment History</h2>
    ${rev(p).map((j) => `<div class="co">${esc(j.company)} (${rng(j, 'Mon YYYY', ' – ')})</div><div class="ti">${esc(j.title)}</div>${li(j.bullets)}`).join('')}
    <h2>Education</h2>${p.education.map((e) => `<div><b>${esc(e.school)}</b> (${fd(e.start, 'Mon YYYY')} – ${fd(e.end, 'Mon YYYY')})<br>${esc(e.degree)}</div>`).join('')}
    <h2>Professional Qualification</h2>${p.certs.map(esc).join('<br>')}
    <h2>Skills</h2>${li(skillNames(p))}
    <h2>Languages</h2>${p.languages.map(esc).join(' · ')}
    <h2>Other Information</h2>Status: ${esc(d.hkid ?? '')}<br>Expected salary: ${esc(d.salary ?? '')}<br>Availability: ${esc(d.notice ?? '')} notice`);
} });

// S12 前程无忧 (51job) export
add({ id: '51job', layout: 'single', kind: 'html', convention: '前程无忧（51job）简历导出：头部“X年工作经验|性别|年龄”，工作经验“2019/03-至今：公司（规模）[ X年Y个月 ]”，技能/语言表', render: (p) => {
  const d = p.details ?? {};
  const yrs = Math.floor(yearsWorked(p.work, REF));
  const dur = (j: Job) => { const m = months(j); return `${Math.floor(m / 12) ? Math.floor(m / 12) + '年' : ''}${m % 12 ? (m % 12) + '个月' : ''}`; };
  const lvl = ['精通', '熟练', '精通', '熟练', '良好', '精通', '熟练', '良好'];
  return page('zh', `body{font:9.5pt ${ZH_FONT};color:#333}.hd{border-bottom:2px solid #f60;padding-bottom:6px}h1{font-size:18pt;margin:0 0 4px}.g{color:#666}h2{font-size:11pt;background:#f4f4f4;border-left:4px solid #f60;padding:3px 8px;margin:14px 0 6px}.job{margin:0 0 10px}.jt{font-weight:bold}table{border-collapse:collapse}td{padding:2px 14px 2px 0}`,
    `<div class="hd"><h1>${esc(p.name)}</h1><div class="g">${yrs}年工作经验 | ${d.gender} | ${d.age} | 现居住${esc(p.town)}</div><div>手机：${esc(p.phoneDisplay)}　　E-mail：${esc(p.email)}</div></div>
    <h2>自我评价</h2><p>${esc(p.summary)}</p>
    <h2>求职意向</h2><div>期望职位：${esc(p.headline)}　　期望地点：${esc(p.town.slice(2) || p.town)}　　到岗时间：1个月内</div>
    <h2>工作经验</h2>${rev(p).map((j) => `<div class="job"><div class="jt">${fd(j.start, 'YYYY/MM')}-${j.end ? fd(j.end, 'YYYY/MM') : '至今'}：${esc(j.company)}（1000-9999人） [ ${dur(j)}]</div><div>${esc(j.title)}</div><div>工作描述：${esc(j.bullets.join(''))}</div></div>`).join('')}
    <h2>教育经历</h2>${p.education.map((e) => `<div>${fd(e.start, 'YYYY/MM')}-${fd(e.end, 'YYYY/MM')}：${esc(e.school)}　${esc(e.degree)}</div>`).join('')}
    <h2>技能/语言</h2><table>${p.skills.map((s, i) => `<tr><td>${esc(s.n)}</td><td>${lvl[i % lvl.length]}</td></tr>`).join('')}${p.languages.map((l) => `<tr><td>${esc(l)}</td><td>良好</td></tr>`).join('')}</table>
    <h2>证书</h2>${p.certs.map(esc).join('<br>')}`);
} });

// S13 拉勾 export
add({ id: 'lagou', layout: 'single', kind: 'html', convention: '拉勾招聘在线简历导出：头部一行信息，“公司 · 职位 · 2019.03-至今”一行，技能标签', render: (p) => {
  const d = p.details ?? {};
  return page('zh', `body{font:9.5pt ${ZH_FONT};color:#333}h1{font-size:17pt;margin:0}.meta{color:#666;margin:4px 0}h2{font-size:11pt;color:#00b38a;margin:16px 0 6px;padding-bottom:4px;border-bottom:1px solid #e5e5e5}.it{margin:0 0 10px}.row{font-weight:bold}.row span{color:#999;font-weight:normal}.tags span{display:inline-block;border:1px solid #00b38a;color:#00b38a;padding:1px 8px;margin:0 6px 6px 0;border-radius:2px}`,
    `<h1>${esc(p.name)}${p.altName ? ` <small>${esc(p.altName)}</small>` : ''}</h1><div class="meta">${d.gender} · ${d.age} · ${d.edu} · ${Math.floor(yearsWorked(p.work, REF))}年工作经验 · ${esc(p.town)}</div><div class="meta">${esc(p.phoneDisplay)} ｜ ${esc(p.email)}</div>
    <h2>期望工作</h2><div>${esc(p.headline)} · ${esc(p.town)} · 全职</div>
    <h2>工作经历</h2>${rev(p).map((j) => `<div class="it"><div class="row">${esc(j.company)} · ${esc(j.title)} <span>${fd(j.start, 'YYYY.MM')}-${j.end ? fd(j.end, 'YYYY.MM') : '至今'}</span></div>${j.bullets.map((b, i) => `<div>${i + 1}. ${esc(b)}</div>`).join('')}</div>`).join('')}
    <h2>教育经历</h2>${p.education.map((e) => `<div>${esc(e.school)} · ${esc(e.degree)} <span style="color:#999">${fd(e.start, 'YYYY')}-${fd(e.end, 'YYYY')}</span></div>`).join('')}
    <h2>专业技能</h2><div class="tags">${p.skills.map((s) => `<span>${esc(s.n)}</span>`).join('')}</div>
    <h2>自我描述</h2><p>${esc(p.summary)}</p>`);
} });

// S14 WPS 稻壳 single-column template (Word)
add({ id: 'wps-docer', layout: 'single', kind: 'docx', convention: 'WPS 稻壳儿单栏简历模板：色块标题、“时间\\t公司\\t职位”一行（制表位对齐）、项目符号职责', render: (p) => {
  const d = p.details ?? {};
  const H = (t: string) => P([R(`  ${t}  `, { b: true, size: 24, color: 'FFFFFF' })], { before: 220, after: 100, fill: '2B5797', bottom: '2B5797' });
  const tabs = [{ type: TabStopType.LEFT, position: 2300 }, { type: TabStopType.RIGHT, position: W }];
  const ch: Paragraph[] = [P([R(p.name, { b: true, size: 44, color: '2B5797' }), R(`    求职意向：${p.headline}`, { size: 22 })], { after: 80 }),
    P(`年龄：${d.age}　　学历：${d.edu}　　现居：${p.town}`, { after: 20 }), P(`电话：${p.phoneDisplay}　　邮箱：${p.email}`, { after: 120 }),
    H('教育背景')];
  for (const e of p.education) ch.push(P([R(`${fd(e.start, 'YYYY.MM')}-${fd(e.end, 'YYYY.MM')}`, { b: true }), `\t${e.school}\t${e.degree}`], { tabs }));
  ch.push(H('工作经历'));
  for (const j of rev(p)) {
    ch.push(P([R(`${fd(j.start, 'YYYY.MM')}-${j.end ? fd(j.end, 'YYYY.MM') : '至今'}`, { b: true }), R(`\t${j.company}`, { b: true }), `\t${j.title}`], { tabs, before: 80, after: 20, keep: true }));
    for (const b of j.bullets) ch.push(P(b, { bullet: true, after: 20 }));
  }
  ch.push(H('技能特长'));
  ch.push(P(p.skills.map((s) => s.n).join('、')));
  ch.push(H('证书'), P(p.certs.join('；') || '—'), H('自我评价'), P(p.summary));
  return docx('微软雅黑', 20, [{ children: ch }], '微软雅黑');
} });

// S15 应届生求职网 campus résumé
add({ id: 'yingjiesheng', layout: 'single', kind: 'html', convention: '应届生求职网校招简历：教育背景在前（主修课程、GPA），实习经历与工作经历分开，校园经历，技能证书', render: (p) => {
  const d = p.details ?? {};
  const intern = p.work.filter((j) => j.title.includes('实习')); const jobs = p.work.filter((j) => !j.title.includes('实习'));
  const entry = (j: Job) => `<div class="e"><div class="l"><b>${esc(j.company)}</b>　${esc(j.title)}<span class="dt">${fd(j.start, 'YYYY年M月')} - ${j.end ? fd(j.end, 'YYYY年M月') : '至今'}</span></div>${li(j.bullets)}</div>`;
  return page('zh', `body{font:10pt ${ZH_FONT};color:#222}h1{text-align:center;font-size:20pt;margin:0}.c{text-align:center;color:#444}h2{font-size:11.5pt;margin:14px 0 6px;border-bottom:2px solid #c00;color:#c00;display:inline-block;padding-right:20px}.dt{margin-left:12px;color:#666}ul{margin:2px 0 6px 20px;padding:0}.e{margin-bottom:6px}`,
    `<h1>${esc(p.name)}</h1><div class="c">${d.gender} | ${d.age} | ${d.political} | 籍贯：${d.hukou}</div><div class="c">电话：${esc(p.phoneDisplay)} | 邮箱：${esc(p.email)}</div>
    <h2>教育背景</h2>${p.education.map((e) => `<div><b>${esc(e.school)}</b>　${esc(e.degree)}　${fd(e.start, 'YYYY年M月')} - ${fd(e.end, 'YYYY年M月')}</div><div>GPA：3.6/4.0（专业前15%）　主修课程：环境监测、水污染控制工程、大气污染控制工程、仪器分析</div>`).join('')}
    <h2>实习经历</h2>${intern.map(entry).join('')}<h2>工作经历</h2>${jobs.map(entry).join('')}
    <h2>校园经历</h2><div>2021.09 - 2023.06　环境科学与工程学院学生会　实践部部长：组织暑期“河长制”社会实践2次。</div>
    <h2>专业技能</h2>${li(skillNames(p))}<h2>证书与语言</h2><div>${[...p.certs, ...p.languages].map(esc).join('；')}</div>
    <h2>自我评价</h2><p>${esc(p.summary)}</p>`);
} });

// S16 WeChat / e-mail pasted Chinese text résumé
add({ id: 'txt-wechat', layout: 'single', kind: 'txt', convention: '微信/邮件正文粘贴的纯文本简历：【】标题，“2019.03—至今 | 公司 | 职位”一行，①②编号职责', render: (p) => {
  const d = p.details ?? {};
  const circ = '①②③④⑤';
  const out = [`【个人简历】${p.name}`, `${d.gender}｜${d.age}｜${d.edu}｜现居${p.town}`, `电话/微信：${p.phoneDisplay}`, `邮箱：${p.email}`, '', '【求职意向】', p.headline, '', '【工作经历】'];
  for (const j of rev(p)) { out.push(`${fd(j.start, 'YYYY.MM')}—${j.end ? fd(j.end, 'YYYY.MM') : '至今'} | ${j.company} | ${j.title}`); j.bullets.forEach((b, i) => out.push(`${circ[i]}${b}`)); out.push(''); }
  out.push('【教育经历】'); for (const e of p.education) out.push(`${fd(e.start, 'YYYY.MM')}—${fd(e.end, 'YYYY.MM')} | ${e.school} | ${e.degree}`);
  out.push('', '【技能】', p.skills.map((s) => s.n).join(' / '), '', '【证书/语言】', [...p.certs, ...p.languages].join('；'), '', '【自我评价】', p.summary, '');
  return out.join('\n');
} });

// ===== TWO COLUMNS =====
add({ id: 'gdocs-serif', layout: 'two-column', kind: 'html', convention: 'Google Docs "Serif" résumé template: main column left, narrow right column with Skills / Awards / Languages', render: (p) => page('en',
  `body{font:10pt Merriweather,Georgia,serif;color:#333;line-height:1.45}.hd h1{font:700 22pt 'Playfair Display',Georgia,serif;margin:0;color:#000}.hd{display:flex;justify-content:space-between;margin-bottom:14px}.hd .c{text-align:right;font-size:9pt}.g{display:grid;grid-template-columns:1fr 52mm;column-gap:9mm}h2{font:700 10pt 'Open Sans',Arial,sans-serif;color:#f13c20;margin:14px 0 6px;letter-spacing:.5px}.e{margin-bottom:10px}.dt{font:8pt 'Open Sans',Arial;color:#777;text-transform:uppercase}p{margin:2px 0}ul{padding-left:16px;margin:0}`,
  `<div class="hd"><div><h1>${esc(p.name)}</h1><div>${esc(p.headline)}</div></div><div class="c">${esc(p.town)}<br>${esc(p.phoneDisplay)}<br>${esc(p.email)}</div></div>
  <div class="g"><div><h2>EXPERIENCE</h2>${rev(p).map((j) => `<div class="e"><b>${esc(j.company)}</b>, ${esc(j.town)} — <i>${esc(j.title)}</i><div class="dt">${rng(j, 'MONTH YYYY', ' - ', 'PRESENT')}</div><p>${esc(j.bullets.join(' '))}</p></div>`).join('')}
  <h2>EDUCATION</h2>${p.education.map((e) => `<div class="e"><b>${esc(e.school)}</b>, ${esc(e.town ?? '')} — <i>${esc(e.degree)}</i><div class="dt">${rng(e, 'MONTH YYYY', ' - ')}</div></div>`).join('')}</div>
  <div><h2>SKILLS</h2>${li(skillNames(p))}<h2>AWARDS &amp; CERTIFICATES</h2>${p.certs.map((c) => `<p>${esc(c)}</p>`).join('')}<h2>LANGUAGES</h2><p>${p.languages.map(esc).join(', ')}</p></div></div>`) });

add({ id: 'novoresume', layout: 'two-column', kind: 'html', convention: 'Novorésumé basic layout: light-blue left column (contact, skills with level dots, languages) in a CSS grid, experience in the wide right column', render: (p) => {
  const dots = (l?: string) => { const n = l === 'Expert' ? 5 : l === 'Advanced' ? 4 : l === 'Intermediate' ? 3 : 4; return '●'.repeat(n) + '○'.repeat(5 - n); };
  return page('en', `body{font:9.5pt Roboto,Arial,sans-serif;color:#2b2b2b}.g{display:grid;grid-template-columns:62mm 1fr;min-height:260mm}.sb{background:#e8f1f8;padding:8mm 6mm}.mn{padding:6mm 0 0 8mm}h1{font-size:22pt;margin:0;color:#163d5c}.hl{color:#3a7bbf;font-size:11pt;margin-bottom:8px}h2{font-size:10.5pt;color:#163d5c;text-transform:uppercase;border-bottom:2px solid #3a7bbf;margin:14px 0 6px;padding-bottom:2px}.sk{display:flex;justify-content:space-between;font-size:9pt;margin:3px 0}.sk span:last-child{color:#3a7bbf;letter-spacing:1px}.e{margin-bottom:10px}.t{font-weight:bold;font-size:10.5pt}.co{font-weight:bold;color:#3a7bbf}.dt{font-style:italic;color:#666;font-size:8.5pt}ul{margin:3px 0 0 14px;padding:0}`,
    `<div class="g"><div class="sb"><div style="width:30mm;height:30mm;border-radius:50%;background:#c9dcec;margin:0 auto 8px"></div><h2>Contact</h2><div>✉ ${esc(p.email)}</div><div>☎ ${esc(p.phoneDisplay)}</div><div>⌂ ${esc(p.town)}</div>
    <h2>Skills</h2>${p.skills.map((s) => `<div class="sk"><span>${esc(s.n)}</span><span>${dots(s.lvl)}</span></div>`).join('')}
    <h2>Languages</h2>${p.languages.map((l) => `<div>${esc(l)}</div>`).join('')}<h2>Certificates</h2>${p.certs.map((c) => `<div style="margin-bottom:3px">${esc(c)}</div>`).join('')}</div>
    <div class="mn"><h1>${esc(p.name)}</h1><div class="hl">${esc(p.headline)}</div><p>${esc(p.summary)}</p><h2>Work Experience</h2>
    ${rev(p).map((j) => `<div class="e"><div class="t">${esc(j.title)}</div><div class="co">${esc(j.company)}</div><div class="dt">${rng(j, 'MM/YYYY', ' - ')} &nbsp; ${esc(j.town)}</div>${li(j.bullets)}</div>`).join('')}
    <h2>Education</h2>${p.education.map((e) => `<div class="t">${esc(e.degree)}</div><div class="co">${esc(e.school)}</div><div class="dt">${rng(e, 'MM/YYYY', ' - ')}</div>`).join('')}</div></div>`);
} });

add({ id: 'enhancv-double', layout: 'two-column', kind: 'html', convention: 'Enhancv "Double column" résumé: full-width header, experience left (~60%), Strengths / Skills (boxed tags) / Education right', render: (p) => page('en',
  `body{font:9.5pt Rubik,'Segoe UI',Arial,sans-serif;color:#222}h1{font-size:21pt;margin:0;text-transform:uppercase}.hl{color:#008cff;font-size:11pt}.ct{color:#555;font-size:9pt;margin:4px 0 10px}.g{display:grid;grid-template-columns:58% 1fr;column-gap:7mm}h2{font-size:10.5pt;text-transform:uppercase;border-bottom:3px solid #222;margin:12px 0 6px;padding-bottom:2px}.t{font-size:10.5pt}.co{color:#008cff;font-weight:bold}.dt{color:#666;font-size:8.5pt}ul{margin:3px 0 8px 14px;padding:0}.tag{display:inline-block;border-bottom:1px solid #bbb;padding:2px 3px;margin:0 8px 6px 0;font-weight:500}.st{margin-bottom:6px}`,
  `<h1>${esc(p.name)}</h1><div class="hl">${esc(p.headline)}</div><div class="ct">☏ ${esc(p.phoneDisplay)} &nbsp; @ ${esc(p.email)} &nbsp; ⚲ ${esc(p.town)}</div>
  <div class="g"><div><h2>Experience</h2>${rev(p).map((j) => `<div class="t">${esc(j.title)}</div><div class="co">${esc(j.company)}</div><div class="dt">🗓 ${rng(j, 'MM/YYYY', ' - ')} &nbsp; ⚲ ${esc(j.town)}</div>${li(j.bullets)}`).join('')}</div>
  <div><h2>Summary</h2><p>${esc(p.summary)}</p><h2>Strengths</h2><div class="st"><b>Calm under pressure</b><br>Trusted with the difficult jobs and the late shifts.</div><div class="st"><b>Team builder</b><br>Apprentices and juniors I trained now lead their own teams.</div>
  <h2>Skills</h2><div>${p.skills.map((s) => `<span class="tag">${esc(s.n)}</span>`).join('')}</div>
  <h2>Education</h2>${p.education.map((e) => `<div class="t">${esc(e.degree)}</div><div class="co">${esc(e.school)}</div><div class="dt">${rng(e, 'MM/YYYY', ' - ')}</div>`).join('')}
  <h2>Certification</h2>${p.certs.map((c) => `<div>${esc(c)}</div>`).join('')}<h2>Languages</h2>${p.languages.map(esc).join(' · ')}</div></div>`) });

add({ id: 'altacv', layout: 'two-column', kind: 'html', convention: 'AltaCV (LaTeX) look-alike: header with icons, left main column ~62% with events, right column with "Skills" outline tags, "Languages", "Certificates"', render: (p) => page('en',
  `body{font:9.5pt 'Lato','Helvetica',sans-serif;color:#333}h1{font-size:24pt;margin:0;color:#450808;font-weight:700}.tg{color:#8f0d0d;font-size:11.5pt;margin:2px 0 6px}.ct{font-size:8.5pt;color:#555;border-bottom:1px solid #ccc;padding-bottom:6px}.ct span{margin-right:12px}.g{display:grid;grid-template-columns:62% 1fr;column-gap:6mm}h2{color:#8f0d0d;font-size:12pt;text-transform:uppercase;margin:12px 0 4px;border-bottom:2px solid #8f0d0d}.ev{margin:6px 0 8px}.ev .t{font-size:11pt;color:#000}.ev .co{color:#8f0d0d;font-weight:bold}.meta{font-size:8.5pt;color:#666}.meta span{margin-right:10px}ul{margin:3px 0 0 14px;padding:0}.tag{display:inline-block;border:1px solid #8f0d0d;border-radius:3px;padding:1px 5px;margin:0 4px 4px 0;font-size:8.5pt}`,
  `<h1>${esc(p.name)}</h1><div class="tg">${esc(p.headline)}</div><div class="ct"><span>✉ ${esc(p.email)}</span><span>✆ ${esc(p.phoneDisplay)}</span><span>⌖ ${esc(p.town)}</span></div>
  <div class="g"><div><h2>Experience</h2>${rev(p).map((j) => `<div class="ev"><div class="t">${esc(j.title)}</div><div class="co">${esc(j.company)}</div><div class="meta"><span>📅 ${rng(j, "Mon 'YY", ' – ', 'now')}</span><span>⌖ ${esc(j.town)}</span></div>${li(j.bullets)}</div>`).join('')}
  <h2>Education</h2>${p.education.map((e) => `<div class="ev"><div class="t">${esc(e.degree)}</div><div class="co">${esc(e.school)}</div><div class="meta">📅 ${rng(e, "Mon 'YY", ' – ')}</div></div>`).join('')}</div>
  <div><h2>Profile</h2><p>${esc(p.summary)}</p><h2>Skills</h2>${p.skills.map((s) => `<span class="tag">${esc(s.n)}</span>`).join('')}<h2>Certificates</h2>${p.certs.map((c) => `<div style="margin-bottom:4px">${esc(c)}</div>`).join('')}<h2>Languages</h2>${p.languages.map((l) => `<div>${esc(l)}</div>`).join('')}</div></div>`) });

add({ id: 'word-newspaper', layout: 'two-column', kind: 'docx', convention: 'Word document laid out with Layout › Columns (two newspaper columns in a continuous section under a one-column header)', render: (p) => {
  const zh = p.language === 'zh';
  const L = zh ? { prof: '个人简介', exp: '工作经历', edu: '教育经历', sk: '专业技能', cert: '资格证书', lang: '语言能力' } : { prof: 'Profile', exp: 'Experience', edu: 'Education', sk: 'Skills', cert: 'Licences & ratings', lang: 'Languages' };
  const H = (t: string) => P([R(t, { b: true, size: 24, color: 'C55A11' })], { before: 160, after: 60, bottom: 'C55A11' });
  const head: Paragraph[] = [P([R(p.name, { b: true, size: 44 })], { align: AlignmentType.CENTER, after: 0 }), P([R(p.headline, { size: 24, color: '595959' })], { align: AlignmentType.CENTER, after: 40 }),
    P(`${zh ? '电话：' : 'Tel '}${p.phoneDisplay}   ${zh ? '邮箱：' : 'Email '}${p.email}   ${p.town}`, { align: AlignmentType.CENTER, after: 120, bottom: '999999' })];
  const body: Paragraph[] = [H(L.prof), P(p.summary), H(L.exp)];
  for (const j of rev(p)) {
    body.push(P([R(j.title, { b: true })], { after: 0, before: 80, keep: true }), P([R(j.company, { i: !zh, b: zh })], { after: 0, keep: true }), P([R(zh ? `${fd(j.start, 'YYYY年M月')} – ${j.end ? fd(j.end, 'YYYY年M月') : '至今'}` : rng(j, 'Mon YYYY', ' – '), { color: '7F7F7F', size: 18 })], { after: 40, keep: true }));
    for (const b of j.bullets) body.push(P(b, { bullet: true, after: 20 }));
  }
  body.push(new Paragraph({ children: [new ColumnBreak()] }), H(L.edu)); for (const e of p.education) body.push(P([R(e.degree, { b: true })], { after: 0 }), P(`${e.school}, ${zh ? `${fd(e.start, 'YYYY.MM')}–${fd(e.end, 'YYYY.MM')}` : rng(e, 'Mon YYYY', ' – ')}`));
  body.push(H(L.sk)); for (const s of p.skills) body.push(P(s.n, { bullet: true, after: 20 }));
  body.push(H(L.cert)); for (const c of p.certs) body.push(P(c, { after: 30 }));
  body.push(H(L.lang), P(p.languages.join(zh ? '；' : ', ')));
  return docx(zh ? '微软雅黑' : 'Cambria', zh ? 19 : 20, [{ children: head }, { children: body, columns: 2, continuous: true }], '微软雅黑');
} });

add({ id: '500d-sidebar', layout: 'two-column', kind: 'html', convention: '五百丁（500d.me）在线简历双栏模板：左侧深色信息栏（基本信息、技能、证书，CSS table-cell 实现），右侧工作经历', render: (p) => {
  const d = p.details ?? {};
  return page('zh', `body{font:9.5pt ${ZH_FONT};color:#333}.g{display:table;width:100%;min-height:265mm}.sb{display:table-cell;width:64mm;background:#35495e;color:#eef;padding:8mm 5mm;vertical-align:top}.mn{display:table-cell;padding:4mm 0 0 7mm;vertical-align:top}.sb h1{font-size:20pt;margin:0 0 4px;color:#fff}.sb h3{font-size:10.5pt;border-bottom:1px solid #8aa;margin:14px 0 6px;padding-bottom:3px;color:#fff}.sb div{margin:3px 0;word-break:break-all}h2{font-size:12pt;color:#35495e;margin:12px 0 6px}h2:before{content:'';display:inline-block;width:4px;height:12pt;background:#41b883;margin-right:6px;vertical-align:-2px}.e{margin-bottom:10px}.l{display:flex;justify-content:space-between;font-weight:bold}.pos{color:#41b883}ul{margin:3px 0 0 16px;padding:0}`,
    `<div class="g"><div class="sb"><h1>${esc(p.name)}</h1><div>${esc(p.headline)}</div><h3>基本信息</h3><div>性别：${d.gender}</div><div>年龄：${d.age}</div><div>学历：${d.edu}</div><div>现居：${esc(p.town)}</div><div>电话：${esc(p.phoneDisplay)}</div><div style="font-size:8.5pt">邮箱：${esc(p.email)}</div>
    <h3>技能特长</h3>${p.skills.map((s) => `<div>▪ ${esc(s.n)}</div>`).join('')}<h3>证书</h3>${p.certs.map((c) => `<div>${esc(c)}</div>`).join('')}<h3>语言</h3>${p.languages.map((l) => `<div>${esc(l)}</div>`).join('')}</div>
    <div class="mn"><h2>自我评价</h2><p>${esc(p.summary)}</p><h2>工作经历</h2>${rev(p).map((j) => `<div class="e"><div class="l"><span>${esc(j.company)}</span><span>${fd(j.start, 'YYYY.MM')} ~ ${j.end ? fd(j.end, 'YYYY.MM') : '至今'}</span></div><div class="pos">${esc(j.title)}</div>${li(j.bullets)}</div>`).join('')}
    <h2>教育背景</h2>${p.education.map((e) => `<div class="l"><span>${esc(e.school)}</span><span>${fd(e.start, 'YYYY.MM')} ~ ${fd(e.end, 'YYYY.MM')}</span></div><div>${esc(e.degree)}</div>`).join('')}</div></div>`);
} });

// ===== TABLES =====
function seafarerRows(p: Person) { return rev(p).map((j) => [j.extra?.vessel ?? '', j.extra?.type ?? '', j.extra?.grt ?? '', j.extra?.engine ?? '', j.title, j.company, fd(j.start, 'MM/YYYY'), j.end ? fd(j.end, 'MM/YYYY') : 'Present']); }
const SEA_HEAD = ['Vessel', 'Type', 'GRT', 'Main engine', 'Rank', 'Company / Manager', 'From', 'To'];
add({ id: 'seafarer', layout: 'table', kind: 'docx', convention: 'Seafarer’s CV (crewing-agency format): personal/document particulars, certificates table, sea-service table Vessel | Type | GRT | Engine | Rank | Company | From | To', render: (p) => {
  const d = p.details ?? {};
  const ws = [1350, 1250, 700, 1400, 1150, 1700, 1000, 1196];
  const ch: (Paragraph | Table)[] = [P([R('SEAFARER’S CURRICULUM VITAE', { b: true, size: 30 })], { align: AlignmentType.CENTER, after: 160 }),
    T([[C('Name', { b: true, fill: 'DEEAF6', w: 2000 }), C(p.name, { w: 2873 }), C('Position applied', { b: true, fill: 'DEEAF6', w: 2000 }), C('Chief Engineer', { w: 2873 })],
      [C('Date of birth', { b: true, fill: 'DEEAF6' }), C(d.dob ?? ''), C('Nationality', { b: true, fill: 'DEEAF6' }), C(d.nationality ?? '')],
      [C('Mobile', { b: true, fill: 'DEEAF6' }), C(p.phoneDisplay), C('E-mail', { b: true, fill: 'DEEAF6' }), C(p.email)],
      [C('Home port', { b: true, fill: 'DEEAF6' }), C(p.town), C('Seaman’s book', { b: true, fill: 'DEEAF6' }), C(d.seamanBook ?? '')]], [2000, 2873, 2000, 2873]),
    P([R('CERTIFICATES OF COMPETENCY & TRAINING', { b: true })], { before: 200, after: 80 }),
    T(p.certs.map((c) => [C(c, { w: W })]), [W]),
    P([R('SEA SERVICE', { b: true })], { before: 200, after: 80 }),
    T([SEA_HEAD.map((h, i) => C(h, { b: true, fill: 'DEEAF6', w: ws[i], size: 18 })), ...seafarerRows(p).map((r) => r.map((v, i) => C(v, { w: ws[i], size: 18 })))], ws),
    P([R('ENGINE ROOM SKILLS', { b: true })], { before: 200, after: 80 }),
    T(chunk(p.skills, 2).map((r) => r.map((s) => C(s ? s.n : '', { w: W / 2 }))), [W / 2, W / 2]),
    P([R('EDUCATION', { b: true })], { before: 200, after: 80 }),
    ...p.education.map((e) => P(`${e.school} – ${e.degree} (${fd(e.start, 'MM/YYYY')} – ${fd(e.end, 'MM/YYYY')})`)),
    P([R('SUMMARY', { b: true })], { before: 200, after: 80 }), P(p.summary)];
  return docx('Arial', 19, [{ children: ch as Paragraph[] }]);
} });
add({ id: 'seafarer-web', layout: 'table', kind: 'html', convention: 'Crewing-agency online application form printed to PDF (seafarer CV: particulars grid + sea-service table)', render: (p) => {
  const d = p.details ?? {};
  return page('en', `body{font:9pt Verdana,Arial,sans-serif}h1{font-size:13pt;background:#0b3d6b;color:#fff;padding:6px 8px;margin:0 0 8px}h2{font-size:10pt;color:#0b3d6b;margin:12px 0 4px}table{border-collapse:collapse;width:100%}td,th{border:1px solid #8aa3bb;padding:3px 4px;text-align:left;vertical-align:top}th{background:#dbe6f1}`,
    `<h1>Application for Employment at Sea – Engine Department</h1><table><tr><th>Full name</th><td>${esc(p.name)}</td><th>Rank applied for</th><td>Chief Engineer</td></tr><tr><th>Date of birth</th><td>${esc(d.dob ?? '')}</td><th>Nationality</th><td>${esc(d.nationality ?? '')}</td></tr><tr><th>Mobile</th><td>${esc(p.phoneDisplay)}</td><th>E-mail</th><td>${esc(p.email)}</td></tr></table>
    <h2>Sea service (latest first)</h2><table><tr>${SEA_HEAD.map((h) => `<th>${h}</th>`).join('')}</tr>${seafarerRows(p).map((r) => `<tr>${r.map((v) => `<td>${esc(v)}</td>`).join('')}</tr>`).join('')}</table>
    <h2>Certificates</h2><table>${p.certs.map((c) => `<tr><td>${esc(c)}</td></tr>`).join('')}</table>
    <h2>Skills</h2><table>${chunk(p.skills, 2).map((r) => `<tr>${r.map((s) => `<td>${s ? esc(s.n) : ''}</td>`).join('')}</tr>`).join('')}</table>
    <h2>Education</h2><table>${p.education.map((e) => `<tr><td>${esc(e.school)}</td><td>${esc(e.degree)}</td><td>${fd(e.start, 'MM/YYYY')} – ${fd(e.end, 'MM/YYYY')}</td></tr>`).join('')}</table>
    <h2>Remarks</h2><p>${esc(p.summary)}</p>`);
} });

add({ id: 'uk-appform', layout: 'table', kind: 'docx', convention: 'UK public-sector / charity application form (Word): personal details box, employment history table Employer & address | Post | From (mm/yy) | To (mm/yy) | Reason for leaving, skills box, supporting statement', render: (p) => {
  const ws = [2700, 2100, 900, 900, 3146];
  const ch: (Paragraph | Table)[] = [P([R('APPLICATION FOR EMPLOYMENT', { b: true, size: 30 })], { align: AlignmentType.CENTER, after: 60 }), P([R('Please complete in black ink or type. CVs alone will not be accepted.', { i: true, size: 16 })], { align: AlignmentType.CENTER, after: 160 }),
    P([R('Section 1 – Personal details', { b: true, color: 'FFFFFF' })], { fill: '404040', after: 0 }),
    T([[C('Full name', { b: true, w: 2500 }), C(p.name, { w: W - 2500 })], [C('Address', { b: true }), C(p.town)], [C('Telephone', { b: true }), C(p.phoneDisplay)], [C('Email', { b: true }), C(p.email)], [C('Right to work in the UK', { b: true }), C('No – I would need Skilled Worker visa sponsorship')]], [2500, W - 2500]),
    P([R('Section 2 – Employment history (most recent first, include any gaps)', { b: true, color: 'FFFFFF' })], { fill: '404040', after: 0, before: 200 }),
    T([['Employer name and address', 'Post held', 'From (mm/yy)', 'To (mm/yy)', 'Main duties and reason for leaving'].map((h, i) => C(h, { b: true, fill: 'D9D9D9', w: ws[i], size: 18 })),
      ...rev(p).map((j) => [C(`${j.company}, ${j.town}`, { w: ws[0] }), C(j.title, { w: ws[1] }), C(fd(j.start, 'MM/YY'), { w: ws[2] }), C(j.end ? fd(j.end, 'MM/YY') : 'Present', { w: ws[3] }), C(`${j.bullets[0]} Reason for leaving: ${j.end ? 'progression' : 'currently employed'}.`, { w: ws[4], size: 18 })])], ws),
    P([R('Section 3 – Education and qualifications', { b: true, color: 'FFFFFF' })], { fill: '404040', after: 0, before: 200 }),
    T([['Institution', 'Qualification', 'Dates'].map((h) => C(h, { b: true, fill: 'D9D9D9' })), ...p.education.map((e) => [C(e.school), C(e.degree), C(`${fd(e.start, 'MM/YY')} – ${fd(e.end, 'MM/YY')}`)]), ...p.certs.map((c) => [C('—'), C(c), C('')])], [3800, 4146, 1800]),
    P([R('Section 4 – Skills relevant to the post', { b: true, color: 'FFFFFF' })], { fill: '404040', after: 0, before: 200 }),
    T([[C(p.skills.map((s) => P(s.n, { bullet: true, after: 0 })), { w: W })]], [W]),
    P([R('Section 5 – Supporting statement', { b: true, color: 'FFFFFF' })], { fill: '404040', after: 0, before: 200 }),
    T([[C([P(p.summary, { after: 0 })], { w: W })]], [W]),
    P(`Languages: ${p.languages.join(', ')}`, { before: 120 }), P('Declaration: I confirm that the information given on this form is correct.   Signed: ________   Date: ________', { before: 120 })];
  return docx('Arial', 20, [{ children: ch as Paragraph[] }]);
} });

add({ id: 'pilot-cv', layout: 'table', kind: 'html', convention: 'Airline pilot CV: licence block, flight-time summary table, employment table Dates | Operator | Aircraft | Position | Hours', render: (p) => page('en',
  `body{font:9.5pt 'Segoe UI',Arial,sans-serif;color:#111}h1{font-size:20pt;margin:0;color:#0a2a4a}.c{color:#333}h2{font-size:10.5pt;color:#fff;background:#0a2a4a;padding:3px 6px;margin:14px 0 4px}table{border-collapse:collapse;width:100%}td,th{border:1px solid #9ab;padding:3px 5px;text-align:left;vertical-align:top}th{background:#e6eef5}td.n{text-align:right}`,
  `<h1>${esc(p.name)}</h1><div class="c">${esc(p.headline)}</div><div class="c">${esc(p.town)} · ${esc(p.phoneDisplay)} · ${esc(p.email)}</div>
  <h2>LICENCES &amp; MEDICAL</h2><table>${p.certs.map((c) => `<tr><td>${esc(c)}</td></tr>`).join('')}</table>
  <h2>FLIGHT TIME</h2><table><tr><th>Total</th><th>Multi-crew</th><th>PIC</th><th>Boeing 737</th><th>Airbus A320</th><th>ATR 72</th><th>Instruction</th></tr><tr><td class="n">5,900</td><td class="n">4,750</td><td class="n">1,300</td><td class="n">1,900</td><td class="n">640</td><td class="n">2,210</td><td class="n">1,150</td></tr></table>
  <h2>EMPLOYMENT</h2><table><tr><th style="width:23%">Dates</th><th>Operator</th><th>Aircraft</th><th>Position</th><th>Hours</th></tr>${rev(p).map((j) => `<tr><td>${rng(j, 'MM/YYYY', ' – ', 'present')}</td><td>${esc(j.company)}, ${esc(j.town)}</td><td>${esc(j.extra?.aircraft ?? '')}</td><td>${esc(j.title)}</td><td class="n">${esc(j.extra?.hours ?? '')}</td></tr>`).join('')}
  <tr><td>07/2020 – 08/2021</td><td colspan="4"><i>Career break (airline base closure); maintained currency and completed B737 type rating self-sponsored.</i></td></tr></table>
  <h2>SKILLS</h2><table>${chunk(p.skills, 2).map((r) => `<tr>${r.map((s) => `<td>${s ? esc(s.n) : ''}</td>`).join('')}</tr>`).join('')}</table>
  <h2>EDUCATION</h2><table>${p.education.map((e) => `<tr><td>${rng(e, 'MM/YYYY', ' – ')}</td><td>${esc(e.school)}</td><td>${esc(e.degree)}</td></tr>`).join('')}</table>
  <h2>LANGUAGES</h2><p>${p.languages.map(esc).join(' · ')}</p>`) });

add({ id: 'rirekisho-en', layout: 'table', kind: 'html', convention: 'Japanese 履歴書 (JIS-style rirekisho) in English: personal grid with photo box, Year | Month | Education and Employment History rows (Joined / Promoted / Resigned / "to present"), licences table', render: (p) => {
  const d = p.details ?? {};
  const rows: [string, string, string][] = [['', '', '<b>Education</b>']];
  for (const e of p.education) rows.push([e.start.slice(0, 4), String(Number(e.start.slice(5))), `Entered ${esc(e.school)}`], [e.end.slice(0, 4), String(Number(e.end.slice(5))), `Graduated from ${esc(e.school)}, ${esc(e.degree)}`]);
  rows.push(['', '', '<b>Employment</b>']);
  p.work.forEach((j, i) => {
    const prev = p.work[i - 1];
    rows.push([j.start.slice(0, 4), String(Number(j.start.slice(5))), prev && prev.company === j.company ? `Promoted to ${esc(j.title)}, ${esc(j.company)}` : `Joined ${esc(j.company)} as ${esc(j.title)}`]);
    const next = p.work[i + 1];
    if (j.end && !(next && next.company === j.company)) rows.push([j.end.slice(0, 4), String(Number(j.end.slice(5))), `Resigned from ${esc(j.company)} (personal reasons)`]);
    if (j.end && next && next.company === j.company) rows.push([j.end.slice(0, 4), String(Number(j.end.slice(5))), `End of assignment as ${esc(j.title)}`]);
    if (!j.end) rows.push(['', '', 'Currently employed (to present)']);
  });
  rows.push(['', '', '<div style="text-align:right">End</div>']);
  return page('en', `body{font:9.5pt 'Times New Roman',serif}h1{text-align:center;font-size:16pt;letter-spacing:6px;margin:0 0 6px}table{border-collapse:collapse;width:100%;margin-bottom:8px}td,th{border:1px solid #000;padding:3px 5px;vertical-align:top}th{font-weight:normal;background:#f2f2f2}.y{width:12%;text-align:center}.m{width:7%;text-align:center}`,
    `<h1>RÉSUMÉ (RIREKISHO)</h1><div style="text-align:right">December 1, 2026</div>
    <table><tr><th style="width:18%">Name</th><td style="font-size:14pt">${esc(p.name)}　${esc(p.altName ?? '')}</td><td rowspan="4" style="width:30mm;text-align:center;color:#999">Photo<br>30 × 40 mm</td></tr><tr><th>Date of birth</th><td>${esc(d.dob ?? '')} (age 37)　${esc(d.gender ?? '')}</td></tr><tr><th>Address</th><td>${esc(p.town)}</td></tr><tr><th>Contact</th><td>Mobile: ${esc(p.phoneDisplay)}　E-mail: ${esc(p.email)}</td></tr></table>
    <table><tr><th class="y">Year</th><th class="m">Month</th><th>Education and Employment History</th></tr>${rows.map((r) => `<tr><td class="y">${r[0]}</td><td class="m">${r[1]}</td><td>${r[2]}</td></tr>`).join('')}</table>
    <table><tr><th class="y">Year</th><th class="m">Month</th><th>Licenses and Qualifications</th></tr><tr><td class="y">2014</td><td class="m">11</td><td>JLPT N1</td></tr><tr><td class="y">2017</td><td class="m">9</td><td>QC Kentei Level 2</td></tr><tr><td class="y">2020</td><td class="m">6</td><td>IATF 16949 internal auditor</td></tr></table>
    <table><tr><th style="width:25%">Skills</th><td>${p.skills.map((s) => esc(s.n)).join(', ')}</td></tr><tr><th>Languages</th><td>${p.languages.map(esc).join(', ')}</td></tr><tr><th>Motivation</th><td>${esc(p.summary)}</td></tr><tr><th>Visa status</th><td>${esc(d.visa ?? '')}</td></tr></table>`);
} });

add({ id: 'zh-baomingbiao', layout: 'table', kind: 'docx', convention: '事业单位/国企公开招聘报名登记表（Word）：个人信息网格、照片格、“学习及工作经历”大格（起止年月 单位 职务逐行）、专业技能格、本人承诺与签名', render: (p) => {
  const d = p.details ?? {};
  const w = [1300, 1650, 1100, 1650, 1100, 1250, 1696];
  const L = (t: string, o: { w?: number; span?: number } = {}) => C(t, { b: true, fill: 'F2F2F2', center: true, vmid: true, ...o });
  const V = (t: string, o: { w?: number; span?: number } = {}) => C(t, { center: true, vmid: true, ...o });
  const hist = [...p.education.map((e) => `${fd(e.start, 'YYYY.MM')}—${fd(e.end, 'YYYY.MM')}　${e.school}　${e.degree.replace(' ', '专业 ')}　学生`), ...p.work.map((j) => `${fd(j.start, 'YYYY.MM')}—${j.end ? fd(j.end, 'YYYY.MM') : '至今'}　${j.company}　${j.title}`)];
  const rows: TableCell[][] = [
    [L('姓　名', { w: w[0] }), V(p.name, { w: w[1] }), L('性　别', { w: w[2] }), V(d.gender ?? '', { w: w[3] }), L('年　龄', { w: w[4] }), V(d.age ?? '', { w: w[5] }), C([P('照片', { align: AlignmentType.CENTER })], { w: w[6], vmid: true })],
    [L('学　历'), V(d.edu ?? ''), L('政治面貌'), V(d.political ?? '群众'), L('户籍'), V(d.hukou ?? ''), C('')],
    [L('毕业院校'), V(p.education[0].school, { span: 3 }), L('专　业'), V(p.education[0].degree.split(' ')[0], { span: 2 })],
    [L('联系电话'), V(p.phoneDisplay, { span: 2 }), L('电子邮箱'), V(p.email, { span: 3 })],
    [L('报考岗位'), V(p.headline, { span: 6 })],
    [L('学习及工作经历（从高中起填写）'), C(hist.map((h) => P(h, { after: 20 })), { span: 6 })],
    [L('专业技能'), C(p.skills.map((s) => s.n).join('；'), { span: 6 })],
    [L('证书及外语'), C([...p.certs, ...p.languages].join('；'), { span: 6 })],
    [L('自我评价'), C(p.summary, { span: 6 })],
    [L('本人承诺'), C([P('本人承诺以上信息真实有效，如有虚假，自愿取消录用资格。', { after: 120 }), P('本人签名：　　　　　　　年　　月　　日', { align: AlignmentType.RIGHT })], { span: 6 })],
  ];
  return docx('宋体', 21, [{ children: [P([R('公开招聘工作人员报名登记表', { b: true, size: 36 })], { align: AlignmentType.CENTER, after: 200 }), T(rows, w) as unknown as Paragraph, P(`报名序号：＿＿＿＿　　　　填表日期：2026年12月1日`, { before: 120 })] }], '宋体');
} });

add({ id: 'hk-gf340', layout: 'table', kind: 'html', convention: 'Hong Kong "Application for Employment" form (GF340-style, bilingual labels): particulars grid, employment record table 由/至 From–To (mm/yy), employer, post, salary', render: (p) => gf340Html(p) });
function gf340Html(p: Person): string {
  const d = p.details ?? {};
  return page('en', `body{font:9pt Arial,${ZH_FONT}}h1{font-size:13pt;text-align:center;margin:0}h1 small{display:block;font-size:11pt}h2{font-size:10pt;margin:12px 0 4px;background:#ddd;padding:2px 5px}table{border-collapse:collapse;width:100%}td,th{border:1px solid #000;padding:3px 5px;text-align:left;vertical-align:top}th{font-weight:normal;background:#f5f5f5;font-size:8.5pt}`,
    `<h1>APPLICATION FOR EMPLOYMENT<small>求職申請書</small></h1>
    <h2>Part I  Personal Particulars 個人資料</h2><table><tr><th>Name in English 英文姓名</th><td>${esc(p.name)}</td><th>Name in Chinese 中文姓名</th><td>${esc(p.altName ?? '')}</td></tr><tr><th>Mobile 手提電話</th><td>${esc(p.phoneDisplay)}</td><th>E-mail 電郵</th><td>${esc(p.email)}</td></tr><tr><th>Address 地址</th><td colspan="3">${esc(p.town)}</td></tr><tr><th>Residence status 居港身份</th><td>${esc(d.hkid ?? '')}</td><th>Expected salary 期望薪酬</th><td>${esc(d.salary ?? '')}</td></tr></table>
    <h2>Part II  Employment Record 工作經驗 (latest first 由最近開始)</h2><table><tr><th style="width:9%">From 由<br>(mm/yy)</th><th style="width:9%">To 至<br>(mm/yy)</th><th>Name of Employer 僱主名稱</th><th>Post Title 職位</th><th style="width:33%">Main Duties 主要職務</th></tr>
    ${rev(p).map((j) => `<tr><td>${fd(j.start, 'MM/YY')}</td><td>${j.end ? fd(j.end, 'MM/YY') : 'Present 現在'}</td><td>${esc(j.company)}</td><td>${esc(j.title)}</td><td>${esc(j.bullets.join(' '))}</td></tr>`).join('')}</table>
    <h2>Part III  Education 學歷</h2><table><tr><th>From – To</th><th>Institution 學校</th><th>Qualification 資歷</th></tr>${p.education.map((e) => `<tr><td>${fd(e.start, 'MM/YY')} – ${fd(e.end, 'MM/YY')}</td><td>${esc(e.school)}</td><td>${esc(e.degree)}</td></tr>`).join('')}<tr><td>—</td><td colspan="2">${p.certs.map(esc).join('; ')}</td></tr></table>
    <h2>Part IV  Skills 技能</h2><table><tr>${p.skills.slice(0, 4).map((s) => `<td>${esc(s.n)}</td>`).join('')}</tr><tr>${p.skills.slice(4).map((s) => `<td>${esc(s.n)}</td>`).join('')}</tr></table>
    <h2>Part V  Languages 語言</h2><table><tr>${p.languages.map((l) => `<td>${esc(l)}</td>`).join('')}</tr></table>
    <h2>Part VI  Declaration 聲明</h2><p>I declare that the information given in this application is true and complete. 本人聲明在此申請書內所填報的資料全屬真確。</p><p>Signature 簽署: ____________　Date 日期: 01/12/2026</p>`);
}
add({ id: 'hk-gf340-word', layout: 'table', kind: 'docx', convention: 'Same Hong Kong application-for-employment form filled in as a Word document (bilingual labels, employment record table)', render: (p) => {
  const d = p.details ?? {};
  const ws = [950, 950, 2700, 2200, 2946];
  const H = (t: string) => P([R(t, { b: true })], { fill: 'D9D9D9', before: 200, after: 60 });
  const ch: (Paragraph | Table)[] = [P([R('APPLICATION FOR EMPLOYMENT 求職申請書', { b: true, size: 28 })], { align: AlignmentType.CENTER, after: 160 }),
    H('Part I  Personal Particulars 個人資料'),
    T([[C('Name in English 英文姓名', { b: true, w: 1900 }), C(p.name, { w: 2700 }), C('Name in Chinese 中文姓名', { b: true, w: 1700 }), C(p.altName ?? '', { w: 3446 })],
      [C('Mobile 手提電話', { b: true }), C(p.phoneDisplay), C('E-mail 電郵', { b: true }), C(p.email)], [C('Address 地址', { b: true }), C(p.town, { span: 3 })],
      [C('Residence status 居港身份', { b: true }), C(d.hkid ?? ''), C('Notice period 通知期', { b: true }), C(d.notice ?? '')]], [1900, 2700, 1700, 3446]),
    H('Part II  Employment Record 工作經驗'),
    T([['From 由 (mm/yy)', 'To 至 (mm/yy)', 'Name of Employer 僱主名稱', 'Post Title 職位', 'Main Duties 主要職務'].map((h, i) => C(h, { b: true, fill: 'F2F2F2', w: ws[i], size: 18 })),
      ...rev(p).map((j) => [C(fd(j.start, 'MM/YY'), { w: ws[0] }), C(j.end ? fd(j.end, 'MM/YY') : 'Present', { w: ws[1] }), C(j.company, { w: ws[2] }), C(j.title, { w: ws[3] }), C(j.bullets.join(' '), { w: ws[4], size: 18 })])], ws),
    H('Part III  Education 學歷'), T(p.education.map((e) => [C(`${fd(e.start, 'MM/YY')} – ${fd(e.end, 'MM/YY')}`, { w: 2000 }), C(e.school, { w: 4000 }), C(e.degree, { w: 3746 })]), [2000, 4000, 3746]),
    H('Part IV  Skills 技能'), T(chunk(p.skills, 4).map((r) => r.map((s) => C(s ? s.n : '', { w: W / 4 }))), [W / 4, W / 4, W / 4, W / 4]),
    H('Part V  Languages and Qualifications 語言及專業資格'), P([...p.languages, ...p.certs].join('; ')),
    P('I declare that the information given in this application is true and complete. 本人聲明在此申請書內所填報的資料全屬真確。', { before: 200 })];
  return docx('Arial', 19, [{ children: ch as Paragraph[] }], 'PMingLiU');
} });

// ---------------------------------------------------------------- plan
const plan: [string, string][] = [
  ['p01', 'msword-simple'], ['p01', 'altacv'], ['p01', 'seafarer'], ['p01', 'seafarer-web'],
  ['p02', 'usajobs'], ['p02', 'usajobs-word'], ['p02', 'gdocs-serif'],
  ['p03', 'gdocs-spearmint'], ['p03', 'txt-ascii'], ['p03', 'word-newspaper'], ['p03', 'pilot-cv'],
  ['p04', 'seek-profile'], ['p04', 'au-ksc'], ['p04', 'altacv'],
  ['p05', 'canada-2page'], ['p05', 'txt-ascii'], ['p05', 'novoresume'],
  ['p06', 'za-personal-first'], ['p06', 'enhancv-double'], ['p06', 'uk-appform'],
  ['p07', 'india-declaration'], ['p07', 'gdocs-serif'], ['p07', 'uk-appform'],
  ['p08', '51job'], ['p08', 'wps-docer'], ['p08', '500d-sidebar'],
  ['p09', 'lagou'], ['p09', 'txt-wechat'], ['p09', 'zh-baomingbiao'],
  ['p10', '51job'], ['p10', 'word-newspaper'],
  ['p11', 'yingjiesheng'], ['p11', 'txt-wechat'], ['p11', '500d-sidebar'], ['p11', 'zh-baomingbiao'],
  ['p12', 'lagou'], ['p12', 'wps-docer'], ['p12', '500d-sidebar'],
  ['p13', 'hk-cv'], ['p13', 'enhancv-double'], ['p13', 'hk-gf340'], ['p13', 'hk-gf340-word'],
  ['p14', 'seek-profile'], ['p14', 'gdocs-spearmint'], ['p14', 'gdocs-serif'],
  ['p15', 'lagou'], ['p15', 'wps-docer'], ['p15', '500d-sidebar'],
  ['p16', 'shokumu-en'], ['p16', 'rirekisho-en'], ['p16', 'novoresume'],
];
const short = { single: 'single', 'two-column': 'twocol', table: 'table' } as const;

async function main() {
  const force = process.argv.includes('--force');
  if (existsSync(path.join(here, 'manifest.json')) && !force) { console.error('manifest.json exists: the set is frozen (use --force to regenerate)'); process.exit(1); }
  rmSync(docsDir, { recursive: true, force: true }); mkdirSync(docsDir, { recursive: true });
  const html: [string, string][] = [];
  const documents: { file: string; person: string; template: string; layout: string; producer: string; language: string }[] = [];
  for (const [pid, tid] of plan) {
    const p = people.find((x) => x.id === pid)!; const t = tpl.find((x) => x.id === tid)!;
    if (!p || !t) throw new Error(`${pid} ${tid}`);
    const base = `${pid}-${short[t.layout]}-${t.id}`;
    const doc = { person: pid, template: t.id, layout: t.layout, language: p.language };
    if (t.kind === 'html') { html.push([`${base}.pdf`, t.render(p) as string]); documents.push({ file: `${base}.pdf`, producer: 'chromium', ...doc }); }
    else if (t.kind === 'txt') { writeFileSync(path.join(docsDir, `${base}.txt`), t.render(p) as string, 'utf8'); documents.push({ file: `${base}.txt`, producer: 'txt', ...doc }); }
    else { writeFileSync(path.join(docsDir, `${base}.docx`), await (t.render(p) as Promise<Buffer>)); documents.push({ file: `${base}.docx`, producer: 'docx', ...doc }, { file: `${base}.pdf`, producer: 'libreoffice', ...doc }); }
  }
  await printHtml(docsDir, html);
  exportDocxToPdf(docsDir);
  const files = readdirSync(docsDir).sort();
  const listed = new Set(documents.map((d) => d.file));
  for (const f of files) if (!listed.has(f)) throw new Error(`unlisted ${f}`);
  for (const f of listed) if (!files.includes(f)) throw new Error(`missing ${f}`);
  documents.sort((a, b) => a.file.localeCompare(b.file));
  const truth = {
    referenceDate: REF,
    people: people.map((p) => ({ id: p.id, language: p.language, name: p.name, email: p.email, phone: p.phone,
      skills: p.skills.map((s) => [s.n, ...(s.syn ?? [])].join(' | ')),
      work: p.work.map((j) => ({ company: j.company, start: j.start, end: j.end })), yearsOfExperience: yearsWorked(p.work, REF) })),
    documents,
  };
  writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifestOf(docsDir, documents.map((d) => d.file)), null, 2) + '\n');
  const count: Record<string, number> = {};
  for (const d of documents) { const k = `${d.layout} ${d.producer} ${d.language}`; count[k] = (count[k] ?? 0) + 1; }
  console.log(documents.length, 'documents'); console.log(count);
}
await main();
