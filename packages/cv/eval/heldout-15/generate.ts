/**
 * heldout-15 generator: English CVs laid out with Word tables (and a few single- and two-column CVs), written blind.
 * Run from packages/cv: `npx tsx eval/heldout-15/generate.ts` (refuses once manifest.json exists, unless --force).
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType, BorderStyle, Document, HeadingLevel, Packer, Paragraph, ShadingType, Table, TableCell, TableRow,
  TextRun, VerticalMergeType, WidthType, TabStopType,
} from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people, type Job, type Person } from './people.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docsDir = path.join(here, 'documents');
const REF = '2026-11';

// ---------------------------------------------------------------- dates, written the many English ways
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const FULL = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DOT = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const y = (s: string) => s.slice(0, 4);
const m = (s: string) => Number(s.slice(5, 7)) - 1;
const monYear = (s: string) => `${MON[m(s)]} ${y(s)}`;
const full = (s: string) => `${FULL[m(s)]} ${y(s)}`;
const dotted = (s: string) => `${DOT[m(s)]} ${y(s)}`;
const apos = (s: string) => `${DOT[m(s)]} '${s.slice(2, 4)}`;
const num = (s: string) => `${s.slice(5, 7)}/${y(s)}`;
const mmyy = (s: string) => `${s.slice(5, 7)}/${s.slice(2, 4)}`;
const range = (j: Job, f: (s: string) => string, present: string, sep = ' – ') => `${f(j.start)}${sep}${j.end ? f(j.end) : present}`;
const jobsOf = (p: Person) => p.jobs;
const printed = (p: Person) => p.printedName ?? p.name;
const at = (j: Job) => (j.town ? `${j.company}, ${j.town}` : j.company);

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const page = (css: string, body: string) => `<!doctype html><html><head><meta charset="utf-8"><style>
body{font-family:'Liberation Sans',Arial,'Noto Sans CJK SC',sans-serif;font-size:10pt;color:#111;margin:0}
ul{margin:2px 0 2px 16px;padding:0} li{margin:1px 0} p{margin:2px 0} table{border-collapse:collapse}
${css}</style></head><body>${body}</body></html>`;

// ---------------------------------------------------------------- DOCX helpers
type Run = string | { t: string; b?: boolean; i?: boolean; size?: number; caps?: boolean; color?: string };
const runs = (rs: Run[], size?: number) => rs.map((r) => (typeof r === 'string' ? new TextRun({ text: r, size }) : new TextRun({ text: r.t, bold: r.b, italics: r.i, size: r.size ?? size, allCaps: r.caps, color: r.color })));
const P = (rs: Run | Run[], o: { align?: 'center' | 'right'; after?: number; before?: number; size?: number; bullet?: boolean; heading?: boolean; tabRight?: number } = {}) =>
  new Paragraph({
    children: runs(Array.isArray(rs) ? rs : [rs], o.size),
    alignment: o.align === 'center' ? AlignmentType.CENTER : o.align === 'right' ? AlignmentType.RIGHT : undefined,
    spacing: { after: o.after ?? 40, before: o.before ?? 0 },
    bullet: o.bullet ? { level: 0 } : undefined,
    heading: o.heading ? HeadingLevel.HEADING_2 : undefined,
    tabStops: o.tabRight ? [{ type: TabStopType.RIGHT, position: o.tabRight }] : undefined,
  });
const NOB = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
const noBorders = { top: NOB, bottom: NOB, left: NOB, right: NOB, insideHorizontal: NOB, insideVertical: NOB };
const gridBorders = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
const C = (children: Paragraph[], o: { w?: number; shade?: string; span?: number; vm?: 'restart' | 'continue' } = {}) =>
  new TableCell({
    children: children.length ? children : [P('')],
    width: o.w ? { size: o.w, type: WidthType.DXA } : undefined,
    shading: o.shade ? { type: ShadingType.CLEAR, color: 'auto', fill: o.shade } : undefined,
    columnSpan: o.span,
    verticalMerge: o.vm === 'restart' ? VerticalMergeType.RESTART : o.vm === 'continue' ? VerticalMergeType.CONTINUE : undefined,
    margins: { top: 40, bottom: 40, left: 90, right: 90 },
  });
const T = (rows: TableCell[][], widths: number[], bordered: boolean) =>
  new Table({ rows: rows.map((r) => new TableRow({ children: r })), columnWidths: widths, width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, borders: bordered ? gridBorders : noBorders });
const docxOf = (children: (Paragraph | Table)[], font = 'Calibri', size = 20) =>
  new Document({
    creator: 'Microsoft Office User',
    styles: { default: { document: { run: { font, size } } } },
    numbering: undefined,
    sections: [{ properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1000, bottom: 1000, left: 1080, right: 1080 } } }, children }],
  });
const FULLW = 11906 - 2160; // text width in twips

// ---------------------------------------------------------------- DOCX table templates
/** UK Word CV whose whole body is one invisible two-column table: labels / date ranges left, details right. */
function invisibleGrid(p: Person) {
  const L = 2500, R = FULLW - L;
  const head = (t: string) => [C([P({ t: t.toUpperCase(), b: true, size: 22, color: '1F3864' }, { before: 160 })], { w: FULLW, span: 2 })];
  const rows: TableCell[][] = [
    [C([P({ t: printed(p), b: true, size: 36 }, { after: 20 }), P({ t: p.occupation, i: true, size: 22 })], { w: FULLW, span: 2 })],
    [C([P({ t: 'Address:', b: true })], { w: L }), C([P(p.address)], { w: R })],
    [C([P({ t: 'Mobile:', b: true })], { w: L }), C([P(p.phoneDisplay)], { w: R })],
    [C([P({ t: 'Email:', b: true })], { w: L }), C([P(p.email)], { w: R })],
    head('Profile'),
    [C([P(p.profile)], { w: FULLW, span: 2 })],
    head('Employment History'),
  ];
  const items: { start: string; cells: TableCell[] }[] = jobsOf(p).map((j) => ({
    start: j.start,
    cells: [C([P({ t: range(j, monYear, 'Present'), b: true })], { w: L }), C([P([{ t: j.title, b: true }]), P({ t: at(j), i: true }), ...j.duties.map((d) => P(d, { bullet: true }))], { w: R })],
  }));
  if (p.gap) items.push({ start: p.gap.from, cells: [C([P({ t: `${monYear(p.gap.from)} – ${monYear(p.gap.to)}`, b: true })], { w: L }), C([P({ t: `Career break – ${p.gap.note}`, i: true })], { w: R })] });
  items.sort((a, b) => b.start.localeCompare(a.start));
  rows.push(...items.map((i) => i.cells));
  rows.push(head('Education & Qualifications'));
  for (const e of p.education) rows.push([C([P({ t: e.years, b: true })], { w: L }), C([P({ t: e.award, b: true }), P(e.school)], { w: R })]);
  rows.push(head('Key Skills'));
  rows.push([C([], { w: L }), C(p.skills.map((s) => P(s, { bullet: true })), { w: R })]);
  if (p.certificates) { rows.push(head('Certificates & Registration')); rows.push([C([], { w: L }), C(p.certificates.map((s) => P(s, { bullet: true })), { w: R })]); }
  if (p.languages) rows.push([C([P({ t: 'Languages:', b: true })], { w: L }), C([P(p.languages.join(', '))], { w: R })]);
  rows.push([C([P({ t: 'References:', b: true })], { w: L }), C([P(p.referees ?? 'Available on request')], { w: R })]);
  return docxOf([T(rows, [L, R], false)]);
}

/** Irish / UK care-sector CV: an employment history table Employer | Position | From | To, duties listed after it. */
function employerTable(p: Person) {
  const w = [3300, 2966, 1200, 1200];
  const hdr = (t: string, i: number) => C([P({ t, b: true })], { shade: 'D9E2F3', w: w[i] });
  const rows = [[hdr('Employer', 0), hdr('Position', 1), hdr('From', 2), hdr('To', 3)]];
  for (const j of jobsOf(p)) rows.push([C([P(j.company), ...(j.town ? [P({ t: j.town, i: true, size: 18 })] : [])], { w: w[0] }), C([P(j.title)], { w: w[1] }), C([P(num(j.start))], { w: w[2] }), C([P(j.end ? num(j.end) : 'Present')], { w: w[3] })]);
  const eduRows = [[hdr('College / School', 0), hdr('Qualification', 1), C([P({ t: 'Year(s)', b: true })], { shade: 'D9E2F3', span: 2, w: w[2] + w[3] })]];
  for (const e of p.education) eduRows.push([C([P(e.school)], { w: w[0] }), C([P(e.award)], { w: w[1] }), C([P(e.years)], { span: 2, w: w[2] + w[3] })]);
  return docxOf([
    P({ t: 'CURRICULUM VITAE', b: true, size: 28 }, { align: 'center', after: 80 }),
    P({ t: printed(p), b: true, size: 32 }, { align: 'center', after: 20 }),
    P(p.address, { align: 'center', after: 20 }),
    P(`Tel: ${p.phoneDisplay}    Email: ${p.email}`, { align: 'center', after: 200 }),
    P({ t: 'Personal Statement', b: true, size: 24 }, { after: 60 }),
    P(p.profile, { after: 200 }),
    P({ t: 'Employment History', b: true, size: 24 }, { after: 60 }),
    T(rows, w, true),
    P({ t: 'Main Duties', b: true, size: 24 }, { before: 200, after: 60 }),
    ...jobsOf(p).flatMap((j) => [P([{ t: `${j.title} – ${j.company}`, b: true }], { before: 80 }), ...j.duties.map((d) => P(d, { bullet: true }))]),
    ...(p.gap ? [P({ t: `Note: ${monYear(p.gap.from)} to ${monYear(p.gap.to)} – ${p.gap.note}.`, i: true }, { before: 80 })] : []),
    P({ t: 'Education and Training', b: true, size: 24 }, { before: 200, after: 60 }),
    T(eduRows, w, true),
    P({ t: 'Skills', b: true, size: 24 }, { before: 200, after: 60 }),
    ...p.skills.map((s) => P(s, { bullet: true })),
    ...(p.certificates ? [P({ t: 'Certificates', b: true, size: 24 }, { before: 200, after: 60 }), ...p.certificates.map((s) => P(s, { bullet: true }))] : []),
    P({ t: 'References', b: true, size: 24 }, { before: 200, after: 60 }),
    P(p.referees ?? 'Available on request'),
  ], 'Arial', 20);
}

const AGENCIES = ['Meridian Talent Partners', 'Crossway Recruitment Group', 'Bluegum Workforce Solutions'];
/** Recruitment agency's reformatted candidate profile (UK/AU): a profile table, then Dates | Employer and role | Key duties. */
function agencyProfile(p: Person, k: number) {
  const agency = AGENCIES[k % AGENCIES.length];
  const L = 2600, R = FULLW - L;
  const lab = (t: string) => C([P({ t, b: true })], { w: L, shade: 'EDEDED' });
  const profile = T([
    [lab('Candidate'), C([P({ t: printed(p), b: true })], { w: R })],
    [lab('Role sought'), C([P(p.occupation)], { w: R })],
    [lab('Location'), C([P(p.address)], { w: R })],
    [lab('Mobile'), C([P(p.phoneDisplay)], { w: R })],
    [lab('Email'), C([P(p.email)], { w: R })],
    [lab('Availability'), C([P('4 weeks notice')], { w: R })],
    [lab('Consultant summary'), C([P(p.profile)], { w: R })],
  ], [L, R], true);
  const w = [2000, 3200, FULLW - 5200];
  const hdr = (t: string, i: number) => C([P({ t, b: true, color: 'FFFFFF' })], { shade: '2F5496', w: w[i] });
  const hist = [[hdr('Dates', 0), hdr('Employer and role', 1), hdr('Key duties', 2)]];
  for (const j of jobsOf(p)) hist.push([C([P(j.end ? `${full(j.start)} – ${full(j.end)}` : `${full(j.start)} to date`)], { w: w[0] }), C([P({ t: j.company, b: true }), P(j.title), ...(j.town ? [P({ t: j.town, i: true, size: 18 })] : [])], { w: w[1] }), C(j.duties.map((d) => P(d, { bullet: true })), { w: w[2] })]);
  const third = Math.ceil(p.skills.length / 2);
  const sk = [[C(p.skills.slice(0, third).map((s) => P(s, { bullet: true })), { w: FULLW / 2 }), C(p.skills.slice(third).map((s) => P(s, { bullet: true })), { w: FULLW / 2 })]];
  return docxOf([
    P({ t: agency, b: true, size: 28, color: '2F5496' }, { after: 0 }),
    P({ t: 'Candidate Profile – prepared for client submission', i: true, size: 18 }, { after: 200 }),
    profile,
    P({ t: 'Key Skills', b: true, size: 24, color: '2F5496' }, { before: 200, after: 60 }),
    T(sk, [FULLW / 2, FULLW / 2], false),
    P({ t: 'Career History', b: true, size: 24, color: '2F5496' }, { before: 200, after: 60 }),
    T(hist, w, true),
    P({ t: 'Education', b: true, size: 24, color: '2F5496' }, { before: 200, after: 60 }),
    ...p.education.map((e) => P(`${e.award} — ${e.school} (${e.years})`)),
    ...(p.certificates ? [P({ t: 'Tickets, Licences & Certifications', b: true, size: 24, color: '2F5496' }, { before: 200, after: 60 }), ...p.certificates.map((s) => P(s, { bullet: true }))] : []),
    P({ t: `This profile has been reformatted by ${agency}. References held on file.`, i: true, size: 16 }, { before: 240 }),
  ], 'Calibri', 20);
}

/** Ghanaian / Zimbabwean / Ugandan Word CV where every section is one table row: caps heading left, content right. */
function sectionRows(p: Person) {
  const L = 2300, R = FULLW - L;
  const row = (t: string, body: Paragraph[]) => [C([P({ t, b: true, size: 20 })], { w: L, shade: 'DEEAF6' }), C(body, { w: R })];
  const kv = (k: string, v: string) => P([{ t: `${k}: `, b: true }, v]);
  const rows = [
    [C([P({ t: 'CURRICULUM VITAE', b: true, size: 28 }, { align: 'center' })], { w: FULLW, span: 2 })],
    row('PERSONAL DETAILS', [kv('Name', printed(p)), kv('Postal address', p.address), kv('Mobile', p.phoneDisplay), kv('E-mail', p.email), kv('Nationality', p.country), ...(p.languages ? [kv('Languages', p.languages.join(', '))] : [])]),
    row('CAREER OBJECTIVE', [P(p.profile)]),
    row('WORK EXPERIENCE', jobsOf(p).flatMap((j) => [P({ t: `${dotted(j.start)} – ${j.end ? dotted(j.end) : 'Date'}`, b: true }, { before: 60 }), P([{ t: 'Organisation: ', b: true }, at(j)]), P([{ t: 'Position: ', b: true }, j.title]), P({ t: 'Duties and responsibilities:', i: true }), ...j.duties.map((d) => P(d, { bullet: true }))])),
    row('EDUCATION', p.education.flatMap((e) => [P({ t: e.years, b: true }), P(`${e.school} – ${e.award}`, { after: 60 })])),
    row('SKILLS', p.skills.map((s) => P(s, { bullet: true }))),
    ...(p.certificates ? [row('PROFESSIONAL CERTIFICATES', p.certificates.map((s) => P(s, { bullet: true })))] : []),
    row('REFEREES', [P(p.referees ?? 'Available on request')]),
  ];
  return docxOf([T(rows, [L, R], true)], 'Times New Roman', 22);
}

/** IT contractor CV (India / UK): skills in a three-column table; employment table with the employer cell merged over its roles. */
function mergedEmployer(p: Person) {
  const cols = 3, per = Math.ceil(p.skills.length / cols), cw = Math.floor(FULLW / cols);
  const sk = [Array.from({ length: cols }, (_, c) => C(p.skills.slice(c * per, c * per + per).map((s) => P(`• ${s}`)), { w: cw }))];
  const w = [2800, 3400, FULLW - 6200];
  const hdr = (t: string, i: number) => C([P({ t, b: true })], { shade: 'FBE4D5', w: w[i] });
  const rows = [[hdr('Organisation', 0), hdr('Designation', 1), hdr('Duration', 2)]];
  const js = jobsOf(p);
  js.forEach((j, i) => {
    const first = i === 0 || js[i - 1].company !== j.company;
    const multi = js.some((o, k) => k !== i && o.company === j.company);
    rows.push([C(first ? [P({ t: j.company, b: true }), ...(j.town ? [P(j.town)] : [])] : [], { w: w[0], vm: multi ? (first ? 'restart' : 'continue') : undefined }), C([P(j.title)], { w: w[1] }), C([P(range(j, apos, 'present'))], { w: w[2] })]);
  });
  return docxOf([
    P({ t: printed(p), b: true, size: 32 }, { after: 20 }),
    P(`${p.occupation}`, { after: 20 }),
    P(`${p.phoneDisplay} | ${p.email} | ${p.address}`, { after: 160 }),
    P({ t: 'Professional Summary', b: true, size: 24 }, { after: 40 }),
    P(p.profile, { after: 160 }),
    P({ t: 'Technical Skills', b: true, size: 24 }, { after: 40 }),
    T(sk, Array(cols).fill(cw), true),
    P({ t: 'Employment Summary', b: true, size: 24 }, { before: 160, after: 40 }),
    T(rows, w, true),
    P({ t: 'Project Experience', b: true, size: 24 }, { before: 160, after: 40 }),
    ...js.flatMap((j) => [P([{ t: `${j.company} — ${j.title}`, b: true }], { before: 60 }), ...j.duties.map((d) => P(d, { bullet: true }))]),
    P({ t: 'Education', b: true, size: 24 }, { before: 160, after: 40 }),
    ...p.education.map((e) => P(`${e.award}, ${e.school}, ${e.years}`, { bullet: true })),
    ...(p.certificates ? [P({ t: 'Certifications', b: true, size: 24 }, { before: 160, after: 40 }), ...p.certificates.map((s) => P(s, { bullet: true }))] : []),
    ...(p.languages ? [P({ t: 'Languages', b: true, size: 24 }, { before: 160, after: 40 }), P(p.languages.join(', '))] : []),
  ], 'Calibri', 20);
}

// ---------------------------------------------------------------- DOCX single / two-column
/** Plain Word CV built on Heading styles: job title line, employer line, a right-tabbed date. */
function wordHeadings(p: Person) {
  const H = (t: string) => new Paragraph({ text: t, heading: HeadingLevel.HEADING_1, spacing: { before: 200, after: 60 } });
  return docxOf([
    new Paragraph({ text: printed(p), heading: HeadingLevel.TITLE }),
    P(`${p.address} · ${p.phoneDisplay} · ${p.email}`, { after: 120 }),
    H('Summary'), P(p.profile),
    H('Experience'),
    ...jobsOf(p).flatMap((j) => [P([{ t: j.title, b: true }, `\t${j.end ? `${full(j.start)} – ${full(j.end)}` : `${full(j.start)} – present`}`], { tabRight: FULLW, before: 100 }), P({ t: at(j), i: true }), ...j.duties.map((d) => P(d, { bullet: true }))]),
    ...(p.gap ? [P({ t: `${full(p.gap.from)} – ${full(p.gap.to)}: ${p.gap.note}`, i: true }, { before: 80 })] : []),
    H('Education'),
    ...p.education.map((e) => P([{ t: e.award, b: true }, `, ${e.school}\t${e.years}`], { tabRight: FULLW })),
    H('Skills'),
    ...p.skills.map((s) => P(s, { bullet: true })),
    ...(p.certificates ? [H('Certifications'), ...p.certificates.map((s) => P(s, { bullet: true }))] : []),
    ...(p.languages ? [H('Languages'), P(p.languages.join(' · '))] : []),
    ...(p.volunteering ? [H('Volunteering'), ...p.volunteering.map((v) => P(`${v.role}, ${v.org} (${v.years})`))] : []),
  ], 'Calibri', 21);
}

/** Word résumé template built on a borderless two-column table: shaded left cell (contact, skills), main right cell. */
function docxSidebar(p: Person) {
  const L = 3100, R = FULLW - L;
  const sideH = (t: string) => P({ t: t.toUpperCase(), b: true, color: '1F4E79' }, { before: 200, after: 60 });
  const mainH = (t: string) => P({ t: t.toUpperCase(), b: true, size: 24, color: '1F4E79' }, { before: 200, after: 60 });
  const left = [
    sideH('Contact'), P(p.phoneDisplay), P(p.email, { size: 17 }), P(p.address),
    sideH('Skills'), ...p.skills.map((s) => P(s)),
    ...(p.languages ? [sideH('Languages'), ...p.languages.map((s) => P(s))] : []),
    ...(p.certificates ? [sideH('Certificates'), ...p.certificates.map((s) => P(s))] : []),
  ];
  const right = [
    P({ t: printed(p), b: true, size: 40 }, { after: 20 }), P({ t: p.occupation, size: 24, color: '595959' }, { after: 120 }),
    mainH('Profile'), P(p.profile),
    mainH('Experience'),
    ...jobsOf(p).flatMap((j) => [P({ t: j.title, b: true }, { before: 100 }), P(`${at(j)} | ${range(j, (s) => `${MON[m(s)]} ${y(s)}`, 'Current', ' - ')}`, { size: 18 }), ...j.duties.map((d) => P(d, { bullet: true }))]),
    mainH('Education'), ...p.education.flatMap((e) => [P({ t: e.award, b: true }), P(`${e.school}, ${e.years}`)]),
    ...(p.volunteering ? [mainH('Volunteer Experience'), ...p.volunteering.map((v) => P(`${v.role} – ${v.org}, ${v.years}`))] : []),
  ];
  return docxOf([T([[C(left, { w: L, shade: 'DEEBF7' }), C(right, { w: R })]], [L, R], false)], 'Calibri', 20);
}

// ---------------------------------------------------------------- HTML table templates (Chromium)
/** Australian trades / engineering CV: a "Career Summary" table of years, then the detailed employment history. */
function careerSummary(p: Person) {
  const css = `.wrap{padding:0 4px} h1{font-size:20pt;margin:0} .sub{color:#444;margin-bottom:8px}
  table.c{width:100%;margin:4px 0 10px} .c td,.c th{border:1px solid #999;padding:3px 6px;text-align:left;vertical-align:top} .c th{background:#e8e8e8}
  h2{font-size:12pt;border-bottom:2px solid #333;margin:12px 0 4px} .job{margin:6px 0} .job b{font-size:10.5pt}`;
  const yrs = (j: Job) => `${y(j.start)} – ${j.end ? y(j.end) : 'Current'}`;
  return page(css, `<div class="wrap"><h1>${esc(printed(p))}</h1><div class="sub">${esc(p.occupation)}</div>
  <table class="c"><tr><th>Phone</th><td>${esc(p.phoneDisplay)}</td><th>Email</th><td>${esc(p.email)}</td></tr><tr><th>Location</th><td colspan="3">${esc(p.address)}</td></tr></table>
  <h2>Career Objective</h2><p>${esc(p.profile)}</p>
  <h2>Career Summary</h2><table class="c"><tr><th style="width:22%">Years</th><th>Company</th><th>Position</th></tr>
  ${jobsOf(p).map((j) => `<tr><td>${yrs(j)}</td><td>${esc(j.company)}</td><td>${esc(j.title)}</td></tr>`).join('')}</table>
  <h2>Skills</h2><ul>${p.skills.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
  ${p.certificates ? `<h2>Tickets &amp; Licences</h2><ul>${p.certificates.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>` : ''}
  <h2>Employment History</h2>${jobsOf(p).map((j) => `<div class="job"><b>${esc(j.company)}</b>${j.town ? ` – ${esc(j.town)}` : ''}<br><i>${esc(j.title)}</i><br>${full(j.start)} – ${j.end ? full(j.end) : 'Current'}<ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul></div>`).join('')}
  <h2>Education &amp; Training</h2>${p.education.map((e) => `<p><b>${esc(e.award)}</b> – ${esc(e.school)}, ${esc(e.years)}</p>`).join('')}
  <h2>Referees</h2><p>${esc(p.referees ?? 'Available upon request')}</p></div>`);
}

/** North American Word résumé in tables: a label–value contact grid, a three-column skills table, Dates | Employer and role | Duties. */
function contactGrid(p: Person) {
  const css = `h1{font-size:22pt;margin:0 0 2px;letter-spacing:1px} .occ{font-size:11pt;color:#333;margin-bottom:6px}
  table{width:100%} .g td{padding:2px 6px;border:1px solid #bbb} .g td.l{background:#f0f0f0;font-weight:bold;width:14%}
  h2{font-size:11.5pt;background:#dde4ee;padding:3px 6px;margin:12px 0 4px} .s td{padding:2px 6px;width:33%;vertical-align:top}
  .x td,.x th{border:1px solid #bbb;padding:4px 6px;vertical-align:top;text-align:left} .x th{background:#f0f0f0} .x td.d{width:20%;white-space:nowrap}`;
  const per = Math.ceil(p.skills.length / 3);
  const sk = [0, 1, 2].map((c) => p.skills.slice(c * per, c * per + per));
  return page(css, `<h1>${esc(printed(p).toUpperCase())}</h1><div class="occ">${esc(p.occupation)}</div>
  <table class="g"><tr><td class="l">Phone</td><td>${esc(p.phoneDisplay)}</td><td class="l">Email</td><td>${esc(p.email)}</td></tr><tr><td class="l">Address</td><td colspan="3">${esc(p.address)}</td></tr></table>
  <h2>SUMMARY OF QUALIFICATIONS</h2><p>${esc(p.profile)}</p>
  <h2>SKILLS</h2><table class="s"><tr>${sk.map((col) => `<td>${col.map((s) => `• ${esc(s)}`).join('<br>')}</td>`).join('')}</tr></table>
  <h2>WORK EXPERIENCE</h2><table class="x"><tr><th>Dates</th><th>Employer and role</th><th>Duties</th></tr>
  ${jobsOf(p).map((j) => `<tr><td class="d">${range(j, num, 'Present')}</td><td><b>${esc(j.title)}</b><br>${esc(j.company)}${j.town ? `<br><i>${esc(j.town)}</i>` : ''}</td><td><ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul></td></tr>`).join('')}</table>
  <h2>EDUCATION</h2><table class="x">${p.education.map((e) => `<tr><td class="d">${esc(e.years)}</td><td>${esc(e.award)}</td><td>${esc(e.school)}</td></tr>`).join('')}</table>
  ${p.certificates ? `<h2>CERTIFICATIONS</h2><p>${p.certificates.map(esc).join(' &nbsp;|&nbsp; ')}</p>` : ''}
  ${p.volunteering ? `<h2>VOLUNTEER</h2>${p.volunteering.map((v) => `<p>${esc(v.role)}, ${esc(v.org)} (${esc(v.years)})</p>`).join('')}` : ''}`);
}

/** UK / Irish staffing-agency candidate registration form: labelled cells, employment rows From (mm/yy) | To | Employer | Position | Reason for leaving. */
function agencyRegistration(p: Person, k: number) {
  const agency = ['CareFirst Staffing Solutions', 'Harbour Healthcare Recruitment', 'Keystone Personnel', 'Atlantic Hospitality Staffing'][k % 4];
  const [first, ...rest] = p.name.split(' ');
  const css = `.top{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:3px solid #005a70;padding-bottom:4px} .ag{font-size:15pt;font-weight:bold;color:#005a70}
  h1{font-size:13pt;margin:6px 0} table{width:100%;margin-bottom:8px} td,th{border:1px solid #555;padding:3px 5px;vertical-align:top;text-align:left;font-size:9.5pt}
  td.l,th{background:#e6f0f3;font-weight:bold} .sec{background:#005a70;color:#fff;font-weight:bold;padding:3px 6px;margin-top:8px} .tick{font-family:'DejaVu Sans'}`;
  const reason = (j: Job, i: number) => (j.end === null ? 'Still employed' : i > 0 && jobsOf(p)[i - 1].company === j.company ? 'Promoted' : 'Career progression');
  return page(css, `<div class="top"><span class="ag">${agency}</span><span>Form REG-02 (rev. 2024)</span></div>
  <h1>Candidate Registration Form</h1>
  <div class="sec">Section 1 – Personal details</div>
  <table><tr><td class="l" style="width:22%">Surname</td><td>${esc(rest.join(' '))}</td><td class="l" style="width:22%">First name(s)</td><td>${esc(first)}</td></tr>
  <tr><td class="l">Full name</td><td colspan="3">${esc(printed(p))}</td></tr>
  <tr><td class="l">Address</td><td colspan="3">${esc(p.address)}</td></tr>
  <tr><td class="l">Mobile number</td><td>${esc(p.phoneDisplay)}</td><td class="l">Email address</td><td>${esc(p.email)}</td></tr>
  <tr><td class="l">Position(s) applied for</td><td colspan="3">${esc(p.occupation)}</td></tr>
  <tr><td class="l">Right to work</td><td><span class="tick">☑</span> Yes &nbsp; <span class="tick">☐</span> No</td><td class="l">Driving licence</td><td><span class="tick">☑</span> Full</td></tr></table>
  <div class="sec">Section 2 – Employment history (most recent first, account for any gaps)</div>
  <table><tr><th style="width:9%">From (mm/yy)</th><th style="width:9%">To (mm/yy)</th><th>Employer name and address</th><th>Position held</th><th style="width:17%">Reason for leaving</th></tr>
  ${jobsOf(p).map((j, i) => `<tr><td>${mmyy(j.start)}</td><td>${j.end ? mmyy(j.end) : 'Current'}</td><td>${esc(j.company)}${j.town ? `<br>${esc(j.town)}` : ''}</td><td>${esc(j.title)}</td><td>${reason(j, i)}</td></tr>`).join('')}
  ${p.gap ? `<tr><td>${mmyy(p.gap.from)}</td><td>${mmyy(p.gap.to)}</td><td colspan="3"><i>Gap: ${esc(p.gap.note)}</i></td></tr>` : ''}</table>
  <div class="sec">Section 3 – Skills and experience</div>
  <table><tr><td class="l" style="width:22%">Skills</td><td>${p.skills.map(esc).join('<br>')}</td></tr>
  <tr><td class="l">Summary</td><td>${esc(p.profile)}</td></tr></table>
  <div class="sec">Section 4 – Education and training</div>
  <table><tr><th>School / college / university</th><th>Qualification</th><th style="width:16%">Dates</th></tr>${p.education.map((e) => `<tr><td>${esc(e.school)}</td><td>${esc(e.award)}</td><td>${esc(e.years)}</td></tr>`).join('')}</table>
  ${p.certificates ? `<table><tr><td class="l" style="width:22%">Registrations / certificates</td><td>${p.certificates.map(esc).join('<br>')}</td></tr></table>` : ''}
  <div class="sec">Section 5 – Declaration</div>
  <p>I confirm that the information given on this form is correct and complete.</p>
  <table><tr><td class="l" style="width:22%">Signed</td><td>${esc(p.name)}</td><td class="l" style="width:12%">Date</td><td>03/11/2026</td></tr></table>`);
}

// ---------------------------------------------------------------- HTML single-column
/** Caribbean CV: centred name, career objective, personal data, education before work, referees. */
function caribbeanObjective(p: Person) {
  const css = `body{font-family:'Liberation Serif','Times New Roman',serif;font-size:11pt} h1{text-align:center;font-size:18pt;margin:0} .c{text-align:center}
  h2{font-size:11.5pt;text-decoration:underline;margin:12px 0 4px} .job{margin:5px 0}`;
  return page(css, `<h1>${esc(printed(p))}</h1><div class="c">${esc(p.address)}<br>Tel: ${esc(p.phoneDisplay)} &nbsp; • &nbsp; Email: ${esc(p.email)}</div>
  <h2>CAREER OBJECTIVE</h2><p>${esc(p.profile)}</p>
  <h2>EDUCATION</h2>${p.education.map((e) => `<p><b>${esc(e.years)}</b> &nbsp; ${esc(e.school)}<br>&nbsp;&nbsp;&nbsp;&nbsp;${esc(e.award)}</p>`).join('')}
  <h2>WORK EXPERIENCE</h2>${jobsOf(p).map((j) => `<div class="job"><b>${range(j, full, 'Present')}</b><br>${esc(j.title)} — ${esc(at(j))}<ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul></div>`).join('')}
  ${p.gap ? `<p><i>${full(p.gap.from)} – ${full(p.gap.to)}: ${esc(p.gap.note)}</i></p>` : ''}
  <h2>SKILLS &amp; ABILITIES</h2><ul>${p.skills.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
  ${p.languages ? `<h2>LANGUAGES</h2><p>${p.languages.map(esc).join(', ')}</p>` : ''}
  <h2>REFEREES</h2><p>${esc(p.referees ?? 'Available on request')}</p>`);
}

/** Ghanaian / Ugandan / Zimbabwean CV: personal details list, objective, "Jan. 2019 – Date" work entries, referees. */
function africanCv(p: Person) {
  const css = `body{font-family:'Liberation Serif','Times New Roman',serif;font-size:11pt} h1{text-align:center;font-size:16pt;margin:0 0 8px;text-decoration:underline}
  h2{font-size:11.5pt;margin:12px 0 4px;text-transform:uppercase} td{padding:1px 8px 1px 0;vertical-align:top} .job{margin:6px 0}`;
  return page(css, `<h1>CURRICULUM VITAE</h1>
  <h2>Personal Details</h2><table><tr><td><b>Name</b></td><td>:</td><td>${esc(printed(p))}</td></tr><tr><td><b>Address</b></td><td>:</td><td>${esc(p.address)}</td></tr>
  <tr><td><b>Telephone</b></td><td>:</td><td>${esc(p.phoneDisplay)}</td></tr><tr><td><b>E-mail</b></td><td>:</td><td>${esc(p.email)}</td></tr><tr><td><b>Nationality</b></td><td>:</td><td>${esc(p.country)}</td></tr></table>
  <h2>Career Objective</h2><p>${esc(p.profile)}</p>
  <h2>Educational Background</h2>${p.education.map((e) => `<p>${esc(e.years)} &nbsp;&nbsp; <b>${esc(e.school)}</b><br>${esc(e.award)}</p>`).join('')}
  <h2>Working Experience</h2>${jobsOf(p).map((j) => `<div class="job"><b>${dotted(j.start)} – ${j.end ? dotted(j.end) : 'Date'}</b><br><b>${esc(j.title.toUpperCase())}</b>, ${esc(at(j))}<br><u>Responsibilities</u><ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul></div>`).join('')}
  <h2>Skills</h2><ul>${p.skills.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
  ${p.certificates ? `<h2>Professional Qualifications</h2><ul>${p.certificates.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>` : ''}
  ${p.languages ? `<h2>Languages</h2><p>${p.languages.map(esc).join(', ')}</p>` : ''}
  <h2>Referees</h2><p>${esc(p.referees ?? 'Available on request')}</p>`);
}

/** UK "personal statement" CV (National Careers Service style): statement, key skills, employment history, education. */
function personalStatement(p: Person) {
  const css = `h1{font-size:20pt;margin:0;color:#20425f} .ct{margin:2px 0 8px} h2{font-size:12pt;color:#20425f;margin:12px 0 3px} .row{display:flex;justify-content:space-between} .job{margin:6px 0}`;
  return page(css, `<h1>${esc(printed(p))}</h1><div class="ct">${esc(p.address)} | ${esc(p.phoneDisplay)} | ${esc(p.email)}</div>
  <h2>Personal statement</h2><p>${esc(p.profile)}</p>
  <h2>Key skills</h2><ul>${p.skills.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
  <h2>Employment history</h2>${jobsOf(p).map((j) => `<div class="job"><div class="row"><b>${esc(j.title)}</b><span>${range(j, monYear, 'Present')}</span></div><div>${esc(at(j))}</div><ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul></div>`).join('')}
  ${p.gap ? `<p><i>${monYear(p.gap.from)} – ${monYear(p.gap.to)}: ${esc(p.gap.note)}</i></p>` : ''}
  <h2>Education and qualifications</h2>${p.education.map((e) => `<div class="row"><span><b>${esc(e.school)}</b> – ${esc(e.award)}</span><span>${esc(e.years)}</span></div>`).join('')}
  ${p.certificates ? `<h2>Registrations</h2><p>${p.certificates.map(esc).join('; ')}</p>` : ''}
  ${p.languages ? `<h2>Languages</h2><p>${p.languages.map(esc).join(', ')}</p>` : ''}
  <h2>References</h2><p>Available on request.</p>`);
}

// ---------------------------------------------------------------- HTML two-column
/** Résumé with a pale left sidebar (contact, skills, languages) and the main column on the right. */
function lightSidebar(p: Person) {
  const css = `.g{display:grid;grid-template-columns:31% 69%;min-height:260mm} .side{background:#eef1f4;padding:10px 10px 10px 12px} .main{padding:6px 4px 6px 16px}
  h1{font-size:21pt;margin:0} .occ{color:#556;font-size:11pt;margin-bottom:8px} h3{font-size:10pt;letter-spacing:1px;color:#334;margin:12px 0 4px;text-transform:uppercase}
  h2{font-size:11.5pt;text-transform:uppercase;border-bottom:1px solid #99a;margin:12px 0 4px} .side p{margin:2px 0;font-size:9.5pt;overflow-wrap:anywhere} .d{color:#556;font-size:9pt}`;
  return page(css, `<div class="g"><div class="side"><h3>Contact</h3><p>${esc(p.phoneDisplay)}</p><p>${esc(p.email)}</p><p>${esc(p.address)}</p>
  <h3>Skills</h3>${p.skills.map((s) => `<p>${esc(s)}</p>`).join('')}
  ${p.languages ? `<h3>Languages</h3>${p.languages.map((s) => `<p>${esc(s)}</p>`).join('')}` : ''}
  ${p.certificates ? `<h3>Certifications</h3>${p.certificates.map((s) => `<p>${esc(s)}</p>`).join('')}` : ''}</div>
  <div class="main"><h1>${esc(printed(p))}</h1><div class="occ">${esc(p.occupation)}</div><h2>Profile</h2><p>${esc(p.profile)}</p>
  <h2>Experience</h2>${jobsOf(p).map((j) => `<p style="margin-top:6px"><b>${esc(j.title)}</b><br>${esc(at(j))}<br><span class="d">${range(j, monYear, 'Present', ' — ')}</span></p><ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul>`).join('')}
  <h2>Education</h2>${p.education.map((e) => `<p><b>${esc(e.award)}</b><br>${esc(e.school)} <span class="d">${esc(e.years)}</span></p>`).join('')}
  ${p.volunteering ? `<h2>Volunteering</h2>${p.volunteering.map((v) => `<p>${esc(v.role)}, ${esc(v.org)} <span class="d">${esc(v.years)}</span></p>`).join('')}` : ''}</div></div>`);
}

/** US tech résumé with the experience on the left and a narrow right rail for skills and education. */
function rightRail(p: Person) {
  const css = `header{border-bottom:2px solid #1b6; padding-bottom:4px;margin-bottom:6px} h1{font-size:22pt;margin:0} .ct{font-size:9.5pt}
  .g{display:grid;grid-template-columns:66% 34%} .main{padding-right:14px} .rail{padding-left:12px;border-left:1px solid #ccc}
  h2{font-size:11pt;color:#174;text-transform:uppercase;margin:10px 0 4px} .rail p{margin:2px 0;font-size:9.5pt} .dt{float:right;font-size:9pt;color:#444}`;
  return page(css, `<header><h1>${esc(printed(p))}</h1><div class="ct">${esc(p.occupation)} · ${esc(p.address)} · ${esc(p.phoneDisplay)} · ${esc(p.email)}</div></header>
  <div class="g"><div class="main"><h2>Summary</h2><p>${esc(p.profile)}</p><h2>Experience</h2>
  ${jobsOf(p).map((j) => `<p style="margin-top:6px"><span class="dt">${range(j, num, 'Present')}</span><b>${esc(j.title)}</b><br>${esc(at(j))}</p><ul>${j.duties.map((d) => `<li>${esc(d)}</li>`).join('')}</ul>`).join('')}</div>
  <div class="rail"><h2>Skills</h2>${p.skills.map((s) => `<p>${esc(s)}</p>`).join('')}
  <h2>Education</h2>${p.education.map((e) => `<p><b>${esc(e.award)}</b><br>${esc(e.school)}<br>${esc(e.years)}</p>`).join('')}
  ${p.certificates ? `<h2>Certifications</h2>${p.certificates.map((s) => `<p>${esc(s)}</p>`).join('')}` : ''}
  ${p.languages ? `<h2>Languages</h2>${p.languages.map((s) => `<p>${esc(s)}</p>`).join('')}` : ''}</div></div>`);
}

// ---------------------------------------------------------------- plain text
/** A CV typed in Notepad and emailed: no formatting, hyphenated dates, dashes under headings. */
function notepad(p: Person) {
  const L: string[] = [printed(p).toUpperCase(), p.occupation, `Mob: ${p.phoneDisplay}`, `Email: ${p.email}`, p.address, '', 'ABOUT ME', '--------', p.profile, '', 'WORK HISTORY', '------------'];
  for (const j of jobsOf(p)) { L.push(`${num(j.start)} - ${j.end ? num(j.end) : 'present'}   ${j.title}`, `    ${at(j)}`, ...j.duties.map((d) => `    - ${d}`), ''); }
  L.push('SKILLS', '------', ...p.skills.map((s) => `* ${s}`), '');
  if (p.certificates) L.push('TICKETS / CERTIFICATES', '----------------------', ...p.certificates.map((s) => `* ${s}`), '');
  L.push('EDUCATION', '---------', ...p.education.map((e) => `${e.years}  ${e.award} - ${e.school}`), '', 'REFEREES', '--------', p.referees ?? 'Available on request', '');
  return L.join('\r\n');
}

// ---------------------------------------------------------------- plan
type Layout = 'single' | 'twocol' | 'table';
interface Tpl { name: string; layout: Layout; kind: 'docx' | 'html' | 'txt'; make: (p: Person, k: number) => Document | string; convention: string }
const TPL: Tpl[] = [
  { name: 'invisible-grid', layout: 'table', kind: 'docx', make: invisibleGrid, convention: 'UK Word CV laid out in one borderless two-column table (labels / date ranges left, details right)' },
  { name: 'employer-table', layout: 'table', kind: 'docx', make: employerTable, convention: 'Irish/UK care-sector CV with a bordered Employer | Position | From | To table' },
  { name: 'agency-profile', layout: 'table', kind: 'docx', make: agencyProfile, convention: "UK/Australian recruitment agency's reformatted candidate profile (profile table + Dates | Employer and role | Key duties)" },
  { name: 'section-rows', layout: 'table', kind: 'docx', make: sectionRows, convention: 'Ghanaian/Zimbabwean/Ugandan Word CV where every section is one table row (shaded caps heading cell left)' },
  { name: 'merged-employer', layout: 'table', kind: 'docx', make: mergedEmployer, convention: 'Indian/UK IT contractor CV: three-column skills table, employment table with the employer cell merged over its roles' },
  { name: 'career-summary', layout: 'table', kind: 'html', make: careerSummary, convention: 'Australian trades/engineering CV with a "Career Summary" table (Years | Company | Position) before the detailed history' },
  { name: 'contact-grid', layout: 'table', kind: 'html', make: contactGrid, convention: 'North American Word résumé in tables: label–value contact grid, 3-column skills table, Dates | Employer and role | Duties' },
  { name: 'agency-registration', layout: 'table', kind: 'html', make: agencyRegistration, convention: 'UK/Irish staffing-agency candidate registration form (labelled cells, From/To mm/yy employment rows, reason for leaving)' },
  { name: 'word-headings', layout: 'single', kind: 'docx', make: wordHeadings, convention: 'Plain Word CV on built-in Title/Heading 1 styles with right-tabbed dates' },
  { name: 'caribbean-objective', layout: 'single', kind: 'html', make: caribbeanObjective, convention: 'Jamaican/Caribbean CV: centred name, career objective, education before work, referees' },
  { name: 'african-cv', layout: 'single', kind: 'html', make: africanCv, convention: 'Ghanaian/Ugandan/Zimbabwean CV: "Name : …" personal details, career objective, "Jan. 2019 – Date", referees' },
  { name: 'personal-statement', layout: 'single', kind: 'html', make: personalStatement, convention: 'UK National Careers Service-style CV: personal statement, key skills, employment history' },
  { name: 'notepad', layout: 'single', kind: 'txt', make: notepad, convention: 'CV typed in Notepad and attached/pasted into an email (tradie / care worker)' },
  { name: 'light-sidebar', layout: 'twocol', kind: 'html', make: lightSidebar, convention: 'Résumé with a pale left sidebar (contact, skills, languages) — the common Word/Pages "modern" look' },
  { name: 'right-rail', layout: 'twocol', kind: 'html', make: rightRail, convention: 'US tech résumé with a narrow right rail for skills and education' },
  { name: 'docx-sidebar', layout: 'twocol', kind: 'docx', make: docxSidebar, convention: 'Word résumé template built on a borderless 2-column table with a shaded left cell' },
];
const PLAN: Record<string, string[]> = {
  p01: ['invisible-grid', 'agency-registration', 'light-sidebar'],
  p02: ['employer-table', 'career-summary', 'notepad'],
  p03: ['word-headings', 'contact-grid', 'right-rail'],
  p04: ['docx-sidebar', 'contact-grid', 'light-sidebar'],
  p05: ['agency-profile', 'career-summary', 'notepad'],
  p06: ['merged-employer', 'contact-grid'],
  p07: ['employer-table', 'caribbean-objective', 'light-sidebar'],
  p08: ['section-rows', 'african-cv', 'agency-registration'],
  p09: ['section-rows', 'african-cv', 'career-summary'],
  p10: ['word-headings', 'african-cv', 'contact-grid'],
  p11: ['invisible-grid', 'docx-sidebar'],
  p12: ['employer-table', 'agency-registration', 'notepad'],
  p13: ['invisible-grid', 'personal-statement', 'light-sidebar'],
  p14: ['agency-profile', 'career-summary'],
  p15: ['word-headings', 'agency-registration', 'personal-statement'],
  p16: ['merged-employer', 'right-rail', 'personal-statement'],
};
export { TPL, PLAN };

async function main() {
  const force = process.argv.includes('--force');
  if (existsSync(path.join(here, 'manifest.json')) && !force) { console.error('manifest.json exists: the set is frozen (use --force to regenerate)'); process.exit(1); }
  rmSync(docsDir, { recursive: true, force: true });
  mkdirSync(docsDir, { recursive: true });
  const html: [string, string][] = [];
  const documents: Record<string, string>[] = [];
  const layoutName = { single: 'single', twocol: 'two-column', table: 'table' } as const;
  const used: Record<string, number> = {};
  for (const p of people) {
    for (const tn of PLAN[p.id]) {
      const t = TPL.find((x) => x.name === tn)!;
      const k = (used[tn] = (used[tn] ?? -1) + 1);
      const base = `${p.id}-${t.layout}-${t.name}`;
      const out = t.make(p, k);
      const rec = (file: string, producer: string) => documents.push({ file, person: p.id, template: t.name, layout: layoutName[t.layout], producer, language: p.language });
      if (t.kind === 'docx') {
        writeFileSync(path.join(docsDir, `${base}.docx`), await Packer.toBuffer(out as Document));
        rec(`${base}.docx`, 'docx');
        rec(`${base}.pdf`, 'libreoffice');
      } else if (t.kind === 'html') {
        html.push([`${base}.pdf`, out as string]);
        rec(`${base}.pdf`, 'chromium');
      } else {
        writeFileSync(path.join(docsDir, `${base}.txt`), out as string, 'utf8');
        rec(`${base}.txt`, 'txt');
      }
    }
  }
  exportDocxToPdf(docsDir);
  await printHtml(docsDir, html);
  const truthPeople = people.map((p) => ({
    id: p.id, language: p.language, name: p.name, email: p.email, phone: p.phone,
    skills: p.skills.map((s) => [s, ...(p.skillSynonyms[s] ?? [])].join(' | ')),
    work: p.jobs.map((j) => ({ company: j.company, start: j.start, end: j.end })),
    yearsOfExperience: yearsWorked(p.jobs, REF),
  }));
  documents.sort((a, b) => a.file.localeCompare(b.file));
  writeFileSync(path.join(here, 'truth.json'), JSON.stringify({ referenceDate: REF, people: truthPeople, documents }, null, 2) + '\n');
  const files = readdirSync(docsDir).sort();
  const missing = documents.filter((d) => !files.includes(d.file));
  const extra = files.filter((f) => !documents.some((d) => d.file === f));
  if (missing.length || extra.length) throw new Error(`documents mismatch: missing ${missing.map((d) => d.file)} extra ${extra}`);
  writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifestOf(docsDir, files), null, 2) + '\n');
  const count: Record<string, number> = {};
  for (const d of documents) count[`${d.layout}/${d.producer}`] = (count[`${d.layout}/${d.producer}`] ?? 0) + 1;
  console.log(documents.length, 'documents', count);
}
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
