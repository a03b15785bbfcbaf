/** heldout-62: the Word templates, built with the `docx` package. Each returns a Document for one person. */
import {
  AlignmentType, BorderStyle, Document, HeightRule, Footer, Header, PageBreak, PageNumber, Paragraph, ShadingType, Tab, Table, TableCell, TableLayoutType,
  TableRow, TabStopType, TextRun, UnderlineType, VerticalAlign, VerticalMergeType, WidthType,
} from 'docx';
import type { Job, Person } from './people.ts';
import { EN_MON, EN_MONTH, GA_MONTH, endDay, groups, lastDay, m, months, mm, newestFirst, p2, startDay, y } from './fmt.ts';

type Kids = TextRun[];
const tab = () => new TextRun({ children: [new Tab()] });
interface RO { b?: boolean; i?: boolean; sz?: number; color?: string; font?: string; u?: boolean; caps?: boolean; smallCaps?: boolean; br?: number }
const r = (text: string, o: RO = {}) => new TextRun({ text, bold: o.b, italics: o.i, size: o.sz, color: o.color, font: o.font, underline: o.u ? { type: UnderlineType.SINGLE } : undefined, allCaps: o.caps, smallCaps: o.smallCaps, break: o.br });
interface PO { al?: (typeof AlignmentType)[keyof typeof AlignmentType]; before?: number; after?: number; line?: number; tabs?: { type: (typeof TabStopType)[keyof typeof TabStopType]; position: number; leader?: any }[]; indent?: { left?: number; hanging?: number; firstLine?: number }; bottom?: string; shade?: string; bullet?: boolean; keep?: boolean }
function P(children: Kids | string, o: PO = {}): Paragraph {
  return new Paragraph({
    children: typeof children === 'string' ? [r(children)] : children,
    alignment: o.al,
    spacing: { before: o.before ?? 0, after: o.after ?? 0, line: o.line },
    tabStops: o.tabs,
    indent: o.indent,
    border: o.bottom ? { bottom: { style: BorderStyle.SINGLE, size: 8, color: o.bottom, space: 1 } } : undefined,
    shading: o.shade ? { type: ShadingType.CLEAR, fill: o.shade, color: 'auto' } : undefined,
    bullet: o.bullet ? { level: 0 } : undefined,
    keepNext: o.keep,
  });
}
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const line = (color = '000000', size = 4) => ({ style: BorderStyle.SINGLE, size, color });
const grid = (color = '000000', size = 4) => ({ top: line(color, size), bottom: line(color, size), left: line(color, size), right: line(color, size), insideHorizontal: line(color, size), insideVertical: line(color, size) });
interface CO { w?: number; span?: number; rows?: number; vm?: 'restart' | 'continue'; shade?: string; v?: 'top' | 'center'; mar?: number }
function C(children: Paragraph[] | Paragraph | string, o: CO = {}): TableCell {
  const kids = typeof children === 'string' ? [P(children)] : Array.isArray(children) ? children : [children];
  return new TableCell({
    children: kids,
    width: o.w ? { size: o.w, type: WidthType.DXA } : undefined,
    columnSpan: o.span,
    rowSpan: o.rows,
    verticalMerge: o.vm === 'restart' ? VerticalMergeType.RESTART : o.vm === 'continue' ? VerticalMergeType.CONTINUE : undefined,
    shading: o.shade ? { type: ShadingType.CLEAR, fill: o.shade, color: 'auto' } : undefined,
    verticalAlign: o.v === 'center' ? VerticalAlign.CENTER : VerticalAlign.TOP,
    margins: { top: o.mar ?? 50, bottom: o.mar ?? 50, left: 90, right: 90 },
  });
}
function T(rows: TableCell[][], widths: number[], borders: any = grid(), extra: { header?: boolean[] } = {}): Table {
  return new Table({
    rows: rows.map((cells, i) => new TableRow({ children: cells, tableHeader: extra.header?.[i], cantSplit: false })),
    columnWidths: widths,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders,
  });
}
const A4 = { width: 11906, height: 16838 };
const LETTER = { width: 12240, height: 15840 };
const margins = (t: number, r_: number, b: number, l: number) => ({ top: t, right: r_, bottom: b, left: l, header: 500, footer: 450 });
const pageX = (pre: string, mid: string, post = '', o: RO = {}) => new Paragraph({ alignment: AlignmentType.CENTER, children: [r(pre, o), new TextRun({ children: [PageNumber.CURRENT], size: o.sz, color: o.color, font: o.font }), r(mid, o), new TextRun({ children: [PageNumber.TOTAL_PAGES], size: o.sz, color: o.color, font: o.font }), r(post, o)] });

function doc(font: string | { ascii: string; hAnsi: string; eastAsia: string }, size: number, sections: any[]): Document {
  return new Document({
    creator: 'Microsoft Office User',
    styles: { default: { document: { run: { font: font as any, size } } } },
    sections,
  });
}
const bullets = (items: string[], o: RO = {}, indent = 360) => items.map((t) => new Paragraph({ children: [r(t, o)], bullet: { level: 0 }, spacing: { after: 0 }, indent: { left: indent, hanging: 220 } }));

// ───────────────────────────── 5. gaeilge ─────────────────────────────
/** Irish/English bilingual CV for an Irish-language post: bilingual headings and labels, periods in Irish month names ("Meán Fómhair 2022 – go dtí seo"). */
export function gaeilge(p: Person): Document {
  const ga = (ym: string) => `${GA_MONTH[m(ym) - 1]} ${y(ym)}`;
  const H = (gaT: string, en: string) => P([r(gaT, { b: true, sz: 24, color: '1B5E20' }), r('  |  ', { sz: 24, color: '999999' }), r(en, { sz: 22, color: '555555' })], { before: 220, after: 80, bottom: '1B5E20' });
  const kv = (a: string, b: string) => P([r(a, { b: true }), tab(), r(b)], { tabs: [{ type: TabStopType.LEFT, position: 2900 }], after: 20 });
  const exp: Paragraph[] = [];
  for (const g of groups(p)) {
    exp.push(P([r(g.company, { b: true, sz: 22 }), r(`, ${g.jobs[0].town}`, { sz: 22 })], { before: 120, keep: true }));
    for (const j of g.jobs) {
      exp.push(P([r(`${ga(j.start)} – ${j.end ? ga(j.end) : 'go dtí seo'}`, { i: true, color: '444444' })], { keep: true }));
      exp.push(P([r(j.title, { b: true, i: true })], { keep: true }));
      exp.push(...bullets(j.duties));
    }
  }
  const children = [
    P([r('Curriculum Vitae', { smallCaps: true, color: '1B5E20', sz: 22 })]),
    P([r(p.name, { b: true, sz: 40 })], { after: 60 }),
    P([r(p.headline, { i: true, sz: 22, color: '555555' })], { after: 140 }),
    kv('Seoladh / Address:', p.address),
    kv('Fón póca / Mobile:', p.phoneLocal),
    kv('Fón oibre / Work:', p.others[0].number),
    kv('Ríomhphost / Email:', p.email),
    H('Próifíl Phearsanta', 'Personal Profile'),
    P(p.summary, { after: 40 }),
    H('Taithí Oibre', 'Work Experience'),
    ...exp,
    H('Scileanna', 'Key Skills'),
    ...bullets(p.skills.map((s) => s.text)),
    H('Oideachas', 'Education'),
    ...[...p.education].reverse().flatMap((e) => [P([r(`${y(e.start)} – ${y(e.end)}`, { i: true }), tab(), r(e.degree, { b: true })], { tabs: [{ type: TabStopType.LEFT, position: 1700 }] }), P([tab(), r(`${e.school}, ${e.town}`)], { tabs: [{ type: TabStopType.LEFT, position: 1700 }], after: 60 })]),
    H('Teangacha', 'Languages'),
    P('Gaeilge – cainteoir dúchais / Irish – native speaker; Béarla / English – native speaker; Fraincis / French – B1'),
    H('Teastais', 'Certificates'),
    ...bullets(p.certs),
    H('Moltóirí', 'Referees'),
    ...p.referees.map((x) => P([r(x.name, { b: true }), r(`, ${x.role} — ${x.phone}${x.email ? ' — ' + x.email : ''}`)], { after: 40 })),
  ];
  return doc('Arial', 20, [{
    properties: { page: { size: A4, margin: margins(1000, 1100, 1000, 1100) } },
    footers: { default: new Footer({ children: [pageX(`${p.name} — CV — Leathanach `, ' as ', '', { sz: 16, color: '777777' })] }) },
    children,
  }]);
}

// ───────────────────────────── 6. underscore-form ─────────────────────────────
/** Employer's Word application form with underscore blanks, filled in by typing over them (leftover underscores, "Last, First" name). */
export function underscoreForm(p: Person): Document {
  const U = (n: number) => '_'.repeat(n);
  const f = (label: string, value: string, before = 2, after = 14, rest: Kids = []) => P([r(label + ' '), r(U(before)), r(value, { u: true }), r(U(after)), ...rest], { after: 90 });
  const sec = (t: string) => P([r(t, { b: true, sz: 21 })], { before: 180, after: 90, shade: 'D9D9D9' });
  const d = (ym: string) => `${mm(ym)}/${y(ym)}`;
  const tel = [p.others[0].number, '(02) 236-0415', '(02) 211-7390', '(02) 211-7390'];
  const sup = ['Ing. Verónica Paredes', 'Ing. Mauricio León', 'Ing. Patricio Andrade', 'Ing. Patricio Andrade'];
  const why = ['N/A – currently employed', 'Career growth (new employer)', 'Better opportunity', 'Internship ended – hired as technician'];
  const blocks = newestFirst(p).flatMap((j, i) => [
    P([r(`Employer ${i + 1}`, { b: true, i: true })], { before: 120, after: 60 }),
    f('Employer:', j.company, 3, 10, [r('   Telephone: '), r(U(2)), r(tel[i], { u: true }), r(U(6))]),
    f('Address (city, country):', `${j.town}, Ecuador`, 2, 18),
    f('Job title:', j.title, 1, 6, [r('   Supervisor: '), r(sup[i], { u: true }), r(U(8))]),
    P([r('From (month/year): '), r(U(1)), r(d(j.start), { u: true }), r(U(5)), r('   To (month/year): '), r(U(1)), r(j.end ? d(j.end) : 'Present', { u: true }), r(U(5)), r('   Reason for leaving: '), r(why[i], { u: true }), r(U(4))], { after: 90 }),
    P([r('Duties: '), r(j.duties.join('. ') + '.', { u: true }), r(U(10))], { after: 90 }),
    P([r('May we contact this employer?  Yes '), r(i === 0 ? '___' : '_X_'), r('  No '), r(i === 0 ? '_X_ (not before an offer)' : '___')], { after: 60 }),
  ]);
  const children = [
    P([r('FLORALINK IMPORTS, INC.', { b: true, sz: 28, color: '2F5496' })], { al: AlignmentType.CENTER }),
    P([r('8200 NW 33rd Street, Doral, FL 33122  •  Tel. (305) 555-0182  •  Fax (305) 555-0189', { sz: 17 })], { al: AlignmentType.CENTER, after: 120 }),
    P([r('APPLICATION FOR EMPLOYMENT', { b: true, sz: 26 })], { al: AlignmentType.CENTER, after: 40 }),
    P([r('Please type or print clearly. Use additional sheets if necessary. An Equal Opportunity Employer.', { i: true, sz: 17 })], { al: AlignmentType.CENTER, after: 120 }),
    sec('PERSONAL INFORMATION'),
    f('Full name (Last, First, Middle):', 'Ojeda Villacís, Daniel', 1, 16),
    f('Name as it appears on your passport / ID:', p.name, 1, 8),
    f('Address:', p.address, 1, 4),
    f('Cell phone / WhatsApp:', p.phoneIntl, 2, 8, [r('   Other phone: '), r(U(2)), r(`${p.others[0].number} (office)`, { u: true }), r(U(3))]),
    f('E-mail:', p.email, 4, 20),
    P([r('Position applied for: '), r('Quality Assurance Manager – Ecuador sourcing office (Quito)', { u: true }), r(U(6))], { after: 90 }),
    P([r('Date you can start: '), r(U(3)), r('01/2027', { u: true }), r(U(6)), r('   Salary desired: '), r(U(2)), r('USD 42,000 / year', { u: true }), r(U(4))], { after: 90 }),
    P([r('Are you legally authorized to work in the country where the position is based?  Yes '), r('_X_'), r('  No ___')], { after: 90 }),
    sec('EDUCATION'),
    f('College / University:', p.education[0].school + ', Quito', 1, 8),
    P([r('Degree: '), r(p.education[0].degree, { u: true }), r(U(3)), r('   Years attended: '), r(`${y(p.education[0].start)}`, { u: true }), r(' to '), r(`${y(p.education[0].end)}`, { u: true }), r(U(4))], { after: 90 }),
    sec('EMPLOYMENT HISTORY (start with your current or most recent employer)'),
    ...blocks,
    sec('SKILLS AND QUALIFICATIONS'),
    P([r('Skills relevant to the position: '), r(p.skills.map((s) => s.text).join('; '), { u: true }), r(U(12))], { after: 90 }),
    P([r('Licenses / certifications: '), r(p.certs.join('; '), { u: true }), r(U(8))], { after: 90 }),
    P([r('Languages (speak / read / write): '), r(p.languages.join('; '), { u: true }), r(U(6))], { after: 90 }),
    sec('REFERENCES'),
    f('Name / relationship / phone:', `${p.referees[0].name}, current director, ${p.referees[0].phone}`, 1, 4),
    f('Name / relationship / phone:', 'Ing. Mauricio León, former manager at Andean Bloom Exports, +593 99 615 2280', 1, 2),
    sec('APPLICANT’S CERTIFICATION'),
    P([r('I certify that the information on this application is true and complete to the best of my knowledge.', { sz: 18 })], { after: 160 }),
    P([r('Applicant’s signature: '), r('Daniel Ojeda V.', { u: true, i: true }), r(U(10)), r('    Date: '), r(U(2)), r('14/11/2026', { u: true }), r(U(4))], { after: 90 }),
    P([r('Printed name: '), r(U(2)), r(p.name, { u: true }), r(U(16))]),
  ];
  return doc('Times New Roman', 21, [{
    properties: { page: { size: LETTER, margin: margins(900, 1080, 900, 1080) } },
    footers: { default: new Footer({ children: [pageX('FLI-HR-002 (rev. 03/2024)        Page ', ' of ', '', { sz: 15, color: '666666' })] }) },
    children,
  }]);
}

// ───────────────────────────── 9. cis-resume ─────────────────────────────
/** CIS-tradition Word resume in English: "Full name" surname-first with patronymic, +7 (701) 528-46-19, «guillemets» round employers, "till now", personal qualities. */
export function cisResume(p: Person): Document {
  const x = p.extra;
  const d = (ym: string) => `${mm(ym)}.${y(ym)}`;
  const kv = (a: string, b: string) => P([r(a, { b: true }), tab(), r(b)], { tabs: [{ type: TabStopType.LEFT, position: 2800 }], after: 20 });
  const H = (t: string) => P([r(t, { b: true, u: true, sz: 24 })], { before: 200, after: 80 });
  const jobs = newestFirst(p).flatMap((j) => [
    P([r(`${d(j.start)} – ${j.end ? d(j.end) : 'till now'}`, { b: true })], { before: 120, keep: true }),
    P([r(j.company, { b: true }), r(` (${j.town})`)], { keep: true }),
    P([r('Position: ', { i: true }), r(j.title)], { keep: true }),
    P([r('Responsibilities:', { i: true })], { keep: true }),
    ...j.duties.map((t) => P(`- ${t};`, { indent: { left: 360 } })),
  ]);
  const children = [
    P([r('RESUME', { b: true, sz: 22, color: '666666' })], { al: AlignmentType.CENTER }),
    P([r(p.name.toUpperCase(), { b: true, sz: 32 })], { al: AlignmentType.CENTER, after: 40 }),
    P([r(p.headline, { i: true })], { al: AlignmentType.CENTER, after: 200 }),
    kv('Full name:', x.fullName),
    kv('Date of birth:', `${x.dob} (33 years)`),
    kv('Citizenship:', 'Republic of Kazakhstan'),
    kv('Marital status:', 'single, no children'),
    kv('Address:', p.address),
    kv('Mobile phone:', `${p.phoneIntl} (WhatsApp, Telegram ${x.telegram})`),
    kv('Home phone:', p.others[0].number),
    kv('E-mail:', p.email),
    kv('Desired position:', 'Supply Chain Manager / Head of Demand Planning'),
    kv('Desired salary:', x.salary),
    H('Objective'),
    P(p.summary),
    H('Work experience'),
    ...jobs,
    H('Education'),
    ...p.education.map((e) => P([r(`${y(e.start)} – ${y(e.end)}`, { b: true }), tab(), r(`${e.school}, faculty «Logistics and Transport», specialty «Logistics (by industry)» – ${e.degree.toLowerCase()}`)], { tabs: [{ type: TabStopType.LEFT, position: 1500 }], indent: { left: 1500, hanging: 1500 } })),
    H('Additional education'),
    P([r('2021', { b: true }), tab(), r(p.certs[0])], { tabs: [{ type: TabStopType.LEFT, position: 1500 }] }),
    P([r('2019', { b: true }), tab(), r('«Power BI for analysts», online course, 24 hours')], { tabs: [{ type: TabStopType.LEFT, position: 1500 }] }),
    H('Key skills'),
    ...p.skills.map((s) => P(`- ${s.text}`, { indent: { left: 360 } })),
    H('Language skills'),
    ...p.languages.map((l) => P(`- ${l}`, { indent: { left: 360 } })),
    H('Personal qualities'),
    P('Responsible, stress-resistant, analytical mindset, quick learner, able to work with large amounts of data, punctual.'),
    H('Hobbies'),
    P('Mountain hiking (Ile-Alatau), chess, learning Chinese.'),
    P([r('Recommendations will be provided upon request.', { i: true })], { before: 200 }),
  ];
  return doc('Times New Roman', 23, [{ properties: { page: { size: A4, margin: margins(1000, 850, 1000, 1400) } }, children }]);
}

// ───────────────────────────── 10. reference-page ─────────────────────────────
/** US résumé on Letter paper followed by a separate "Professional References" page whose relationship lines carry year ranges. */
export function referencePage(p: Person): Document {
  const x = p.extra;
  const d = (ym: string) => `${EN_MON[m(ym) - 1]} ${y(ym)}`;
  const RT = 10800 - 1440;
  const H = (t: string) => P([r(t, { b: true, sz: 21, color: '1F3864' })], { before: 160, after: 50, bottom: '1F3864' });
  const cal = p.jobs.filter((j) => j.company === 'Calder Forensic Group, Inc.').reverse();
  const hol = p.jobs.filter((j) => j.company === 'Hollister Degnan Structural Engineers').reverse();
  const cvu = p.jobs.filter((j) => j.company === 'Capitol Valley University');
  const co = (name: string, town: string) => P([r(name, { b: true }), tab(), r(town)], { tabs: [{ type: TabStopType.RIGHT, position: RT }], before: 90, keep: true });
  const role = (j: Job) => [P([r(j.title, { i: true }), tab(), r(`${d(j.start)} – ${j.end ? d(j.end) : 'Present'}`)], { tabs: [{ type: TabStopType.RIGHT, position: RT }], keep: true }), ...bullets(j.duties, { sz: 19 })];
  const header = () => [
    P([r(p.name.toUpperCase(), { b: true, sz: 34, color: '1F3864' }), r(`, ${x.postnominals}`, { sz: 22, color: '1F3864' })]),
    P([r(`Sacramento, CA  •  ${p.phoneLocal} (cell)  •  ${p.others[0].number} (office)  •  ${p.email}`, { sz: 18 })], { after: 60, bottom: '999999' }),
  ];
  const children = [
    ...header(),
    H('SUMMARY'),
    P([r(p.summary, { sz: 19 })]),
    H('EXPERIENCE'),
    co('Calder Forensic Group, Inc.', 'Sacramento, CA'), ...cal.flatMap(role),
    co('Capitol Valley University', 'Sacramento, CA'), ...cvu.flatMap(role),
    co('Hollister Degnan Structural Engineers', 'San Francisco, CA'), ...hol.flatMap(role),
    H('LICENSES'),
    ...bullets(p.certs, { sz: 19 }),
    H('TECHNICAL SKILLS'),
    ...[0, 2, 4, 6].map((i) => P([r(`•  ${p.skills[i].text}`, { sz: 19 }), tab(), r(`•  ${p.skills[i + 1].text}`, { sz: 19 })], { tabs: [{ type: TabStopType.LEFT, position: 4700 }] })),
    H('EDUCATION'),
    ...[...p.education].reverse().map((e) => P([r(`${e.degree}, `, { b: true, sz: 19 }), r(`${e.school}, ${e.town}`, { sz: 19 }), tab(), r(`${y(e.end)}`, { sz: 19 })], { tabs: [{ type: TabStopType.RIGHT, position: RT }] })),
    H('LANGUAGES'),
    P([r(p.languages.join('; '), { sz: 19 })]),
    new Paragraph({ children: [new PageBreak()] }),
    ...header(),
    P([r('PROFESSIONAL REFERENCES', { b: true, sz: 26 })], { al: AlignmentType.CENTER, before: 300, after: 300 }),
    ...p.referees.flatMap((f, i) => [
      P([r(f.name, { b: true, sz: 22 })]),
      P(f.role),
      P(`Phone: ${f.phone}${f.email ? `   |   Email: ${f.email}` : ''}`),
      P([r(['Relationship: my supervisor at Hollister Degnan Structural Engineers, 2008 – 2015', 'Relationship: mediator in four matters in which I served as expert, 2019 – 2025', 'Relationship: department chair during my adjunct appointment, 2017 – 2022'][i], { i: true })], { after: 320 }),
    ]),
  ];
  return doc('Arial', 20, [{ properties: { page: { size: LETTER, margin: margins(900, 1440, 900, 1440) } }, children }]);
}

// ───────────────────────────── 14. whv-farm ─────────────────────────────
/** Working-holiday backpacker CV (Australia): work table with day-level dates for farm jobs (88-day specified work), ABN under each employer, month-level UK jobs. */
export function whvFarm(p: Person): Document {
  const x = p.extra;
  const W = [1900, 2500, 1500, 1700, 1200, 800];
  const hd = (t: string) => C([P([r(t, { b: true, sz: 17, color: 'FFFFFF' })])], { shade: '2E75B6' });
  const dt = (j: Job) => {
    if (j.town.includes('UK')) return `${EN_MON[m(j.start) - 1]} ${y(j.start)} – ${EN_MON[m(j.end!) - 1]} ${y(j.end!)}`;
    return `${p2(startDay(j))}/${mm(j.start)}/${y(j.start)} – ${j.end ? `${p2(endDay(j))}/${mm(j.end)}/${y(j.end)}` : 'current'}`;
  };
  const rows: TableCell[][] = [[hd('Dates'), hd('Employer'), hd('Location'), hd('Role'), hd('Specified work'), hd('Days')]];
  for (const j of newestFirst(p)) {
    const abn = x.abn[j.company];
    const days = x.days[j.company];
    rows.push([
      C(P([r(dt(j), { sz: 17 })]), { w: W[0] }),
      C([P([r(j.company, { b: true, sz: 18 })]), ...(abn ? [P([r(`ABN ${abn}`, { sz: 15, color: '666666' })])] : [])], { w: W[1] }),
      C(P([r(j.town, { sz: 17 })]), { w: W[2] }),
      C(P([r(j.title, { sz: 17 })]), { w: W[3] }),
      C(P([r(days ? 'Yes – plant cultivation' : j.town.includes('UK') ? '—' : 'No', { sz: 16 })]), { w: W[4] }),
      C(P([r(days ? String(days) : '—', { sz: 17 })], { al: AlignmentType.CENTER }), { w: W[5] }),
    ]);
    rows.push([C([P([r('Duties: ', { i: true, sz: 17 }), r(j.duties.join('; ') + '.', { sz: 17 })])], { span: 6, shade: 'F2F2F2' })]);
  }
  rows.push([C(P([r('Total specified (farm) work completed for the second-year visa (88 days required)', { b: true, sz: 17 })], { al: AlignmentType.RIGHT }), { span: 5 }), C(P([r('150', { b: true, sz: 17 })], { al: AlignmentType.CENTER }))]);
  const half = Math.ceil(p.skills.length / 2);
  const children = [
    P([r(p.name, { b: true, sz: 40, color: '1F4E79' })]),
    P([r(p.headline, { sz: 22, color: '2E75B6' })], { after: 60 }),
    P([r(`Mobile ${p.phoneLocal}   |   ${p.email}   |   ${p.address}`, { sz: 19 })], { after: 60 }),
    P([r(`Visa: ${x.visa}   |   Own car, full UK licence   |   Available immediately`, { sz: 18, i: true })], { after: 160, bottom: '2E75B6' }),
    P([r('PROFILE', { b: true, color: '1F4E79' })], { after: 40 }),
    P([r(p.summary, { sz: 19 })], { after: 160 }),
    P([r('WORK HISTORY', { b: true, color: '1F4E79' })], { after: 60 }),
    T(rows, W, grid('9DC3E6')),
    P([r('LICENCES & TICKETS', { b: true, color: '1F4E79' })], { before: 200, after: 60 }),
    T([[C(P([r('Licence / ticket', { b: true, sz: 18 })]), { shade: 'DEEAF6' }), C(P([r('Number / issued', { b: true, sz: 18 })]), { shade: 'DEEAF6' })],
      ...p.certs.map((c, i) => [C(P([r(c, { sz: 18 })])), C(P([r(['No. RSA-QLD-0845112', 'LF 4471903 (QLD), exp. 08/2030', 'Issued 14/01/2025', 'Licence no. THORN952118EM9KL'][i], { sz: 18 })]))])], [5500, 4600], grid('9DC3E6')),
    P([r('SKILLS', { b: true, color: '1F4E79' })], { before: 200, after: 60 }),
    T([[C(bullets(p.skills.slice(0, half).map((s) => s.text), { sz: 19 }), { w: 5050 }), C(bullets(p.skills.slice(half).map((s) => s.text), { sz: 19 }), { w: 5050 })]], [5050, 5050], noBorders),
    P([r('EDUCATION', { b: true, color: '1F4E79' })], { before: 200, after: 40 }),
    ...p.education.map((e) => P([r(`${e.degree} — ${e.school}, ${e.town} (${y(e.start)}–${y(e.end)})`, { sz: 19 })])),
    P([r('REFEREES', { b: true, color: '1F4E79' })], { before: 200, after: 40 }),
    ...p.referees.map((f) => P([r(f.name, { b: true, sz: 19 }), r(` — ${f.role} — ${f.phone}`, { sz: 19 })])),
  ];
  return doc('Arial', 19, [{ properties: { page: { size: A4, margin: margins(850, 900, 850, 900) } }, children }]);
}

// ───────────────────────────── 15. ke-workpermit ─────────────────────────────
/** Contractor's CV of an expatriate employee attached to a Kenyan work-permit application: particulars grid, employment record, Kenyan understudy block, employer certification. */
export function keWorkpermit(p: Person): Document {
  const x = p.extra;
  const d = (ym: string) => `${EN_MON[m(ym) - 1]} ${y(ym)}`;
  const lb = (t: string, w: number) => C(P([r(t, { b: true, sz: 17 })]), { w, shade: 'E7E6E6' });
  const vc = (t: string, w: number, span?: number) => C(P([r(t, { sz: 18 })]), { w, span });
  const sec = (t: string) => P([r(t, { b: true, sz: 20 })], { before: 200, after: 60 });
  const W4 = [2200, 2900, 2200, 2900];
  const jobs = p.jobs.map((j, i) => [
    C(P([r(String(i + 1), { sz: 17 })], { al: AlignmentType.CENTER }), { w: 500 }),
    C(P([r(`${d(j.start)} – ${j.end ? d(j.end) : 'to date'}`, { sz: 17 })]), { w: 1800 }),
    C(P([r(j.company, { sz: 17 })]), { w: 2200 }),
    C(P([r(j.town === 'Hubei' ? 'China' : 'Kenya', { sz: 17 })]), { w: 900 }),
    C(P([r(j.title, { sz: 17 })]), { w: 1700 }),
    C(P([r(j.duties.join('; '), { sz: 17 })]), { w: 3100 }),
  ]);
  const half = Math.ceil(p.skills.length / 2);
  const children = [
    P([r('EAST AFRICA SINOROAD ENGINEERING LTD.', { b: true, sz: 28, color: 'C00000' })], { al: AlignmentType.CENTER }),
    P([r(`P.O. Box 40873-00100, Ngong Road, Nairobi, Kenya  •  Tel: ${x.hrPhone}  •  hr@easinoroad.co.ke`, { sz: 16 })], { al: AlignmentType.CENTER, after: 60, bottom: 'C00000' }),
    P([r('CURRICULUM VITAE OF EXPATRIATE EMPLOYEE', { b: true, sz: 24 })], { al: AlignmentType.CENTER, before: 120 }),
    P([r('Attachment to Class D Work Permit application (renewal) — Ref. EASE/HR/WP/2026/031', { i: true, sz: 18 })], { al: AlignmentType.CENTER, after: 120 }),
    sec('1. PARTICULARS'),
    T([
      [lb('Surname (as in passport)', W4[0]), vc('HAN', W4[1]), lb('Given name(s)', W4[2]), vc('LIXIN', W4[3])],
      [lb('Name in Chinese characters', W4[0]), vc(p.name, W4[1]), lb('Nationality', W4[2]), vc('Chinese (PRC)', W4[3])],
      [lb('Date of birth', W4[0]), vc('12/08/1986', W4[1]), lb('Passport No.', W4[2]), vc(x.passport, W4[3])],
      [lb('Position in Kenya', W4[0]), vc(p.jobs[p.jobs.length - 1].title, W4[1]), lb('Project', W4[2]), vc('Northern Bypass Dualling, Lot 2', W4[3])],
      [lb('Mobile (Kenya)', W4[0]), vc(p.phoneIntl, W4[1]), lb('E-mail', W4[2]), vc(p.email, W4[3])],
      [lb('WeChat', W4[0]), vc(x.wechat, W4[1]), lb('Residence', W4[2]), vc(p.address, W4[3])],
    ], W4, grid('7F7F7F')),
    sec('2. ACADEMIC AND PROFESSIONAL QUALIFICATIONS'),
    T([[lb('Period', 2000), lb('Institution', 4100), lb('Qualification', 4100)],
      ...p.education.map((e) => [vc(`${y(e.start)} – ${y(e.end)}`, 2000), vc(e.school, 4100), vc(e.degree, 4100)]),
      [vc('2015', 2000), vc('Ministry of Housing and Urban-Rural Development (PRC)', 4100), vc(p.certs[0], 4100)],
    ], [2000, 4100, 4100], grid('7F7F7F')),
    sec('3. EMPLOYMENT RECORD (chronological)'),
    T([[lb('No.', 500), lb('Period', 1800), lb('Employer', 2200), lb('Country', 900), lb('Position held', 1700), lb('Key duties', 3100)], ...jobs], [500, 1800, 2200, 900, 1700, 3100], grid('7F7F7F'), { header: [true] }),
    sec('4. TECHNICAL SKILLS AND COMPETENCES'),
    T([[C(bullets(p.skills.slice(0, half).map((s) => s.text), { sz: 18 }), { w: 5100 }), C(bullets(p.skills.slice(half).map((s) => s.text), { sz: 18 }), { w: 5100 })]], [5100, 5100], grid('7F7F7F')),
    sec('5. LANGUAGES'),
    P([r(p.languages.join(';  '), { sz: 18 })]),
    sec('6. KENYAN UNDERSTUDY (skills-transfer plan)'),
    T([[lb('Name', 2200), vc(x.understudy[0], 2900), lb('Position', 2200), vc(x.understudy[1], 2900)],
      [lb('Mobile', 2200), vc(x.understudy[2], 2900), lb('Training period', 2200), vc('01/2026 – 12/2027', 2900)]], W4, grid('7F7F7F')),
    sec('7. CERTIFICATION'),
    P([r('I certify that the information given above is true and correct.', { sz: 18 })], { after: 200 }),
    P([r('Signature of employee: ____________________      Date: 10/11/2026', { sz: 18 })], { after: 200 }),
    P([r('Certified by the employer: Mary Wanjiku, Human Resources Manager, East Africa Sinoroad Engineering Ltd.  Tel. ' + x.hrPhone + '   (official stamp)', { sz: 18 })]),
  ];
  return doc('Arial', 18, [{
    properties: { page: { size: A4, margin: margins(850, 850, 850, 850) } },
    footers: { default: new Footer({ children: [pageX('EASE/HR/WP-CV/2026 — Page ', ' of ', '', { sz: 15, color: '666666' })] }) },
    children,
  }]);
}

// ───────────────────────────── 17. cqa-heidai ─────────────────────────────
/** 注册六西格玛黑带申请表 (quality-association registration form): photo cell, 工作经历 with 证明人, a dated 项目经历 table (projects, not jobs), 专业技能 cell. */
export function cqaHeidai(p: Person): Document {
  const x = p.extra;
  const F = { ascii: 'SimSun', hAnsi: 'SimSun', eastAsia: '宋体' };
  const d = (ym: string) => `${y(ym)}.${mm(ym)}`;
  const lb = (t: string, o: CO = {}) => C(P([r(t, { b: true, sz: 20 })], { al: AlignmentType.CENTER }), { shade: 'F2F2F2', v: 'center', ...o });
  const v = (t: string, o: CO = {}) => C(P([r(t, { sz: 20 })]), { v: 'center', ...o });
  const W = [1500, 2300, 1400, 2200, 1900];
  const wit = ['周建国 028-8763 5120', '周建国 028-8763 5120', '刘主任 028-6812 4477', '李文斌 0838-236 1105'];
  const children = [
    P([r('附件 2', { sz: 20 })]),
    P([r('注册六西格玛黑带申请表', { b: true, sz: 36, font: { ascii: 'SimHei', hAnsi: 'SimHei', eastAsia: '黑体' } as any })], { al: AlignmentType.CENTER, before: 120, after: 60 }),
    P([r('西部质量管理协会 制　　　　　　　　　　　　申请编号：SSBB-2026-______', { sz: 18 })], { al: AlignmentType.CENTER, after: 160 }),
    T([
      [lb('姓　　名', { w: W[0] }), v(p.name, { w: W[1] }), lb('性　　别', { w: W[2] }), v('女', { w: W[3] }), C([P(''), P([r('（粘贴近期', { sz: 18, color: '808080' })], { al: AlignmentType.CENTER }), P([r('免冠彩色照片）', { sz: 18, color: '808080' })], { al: AlignmentType.CENTER })], { w: W[4], rows: 4, v: 'center' })],
      [lb('出生年月'), v('1989.04'), lb('政治面貌'), v('群众')],
      [lb('身份证号'), v(x.idMasked, { span: 3 })],
      [lb('工作单位'), v(p.jobs[p.jobs.length - 1].company), lb('职　　务'), v(p.jobs[p.jobs.length - 1].title)],
      [lb('手　　机'), v(p.phoneLocal), lb('电子邮箱'), v(p.email, { span: 2 })],
      [lb('通讯地址'), v(p.address, { span: 2 }), lb('邮政编码'), v('611730')],
    ], W, grid()),
    P([r('一、教育经历', { b: true, sz: 22 })], { before: 160, after: 60 }),
    T([[lb('起止年月', { w: 2200 }), lb('学　　校', { w: 3000 }), lb('专　　业', { w: 2800 }), lb('学历/学位', { w: 1300 })],
      ...p.education.map((e) => [v(`${d(e.start)}—${d(e.end)}`, { w: 2200 }), v(e.school, { w: 3000 }), v(e.degree.split(' ')[0], { w: 2800 }), v('本科/学士', { w: 1300 })])], [2200, 3000, 2800, 1300], grid()),
    P([r('二、工作经历（从参加工作起填写）', { b: true, sz: 22 })], { before: 160, after: 60 }),
    T([[lb('起止年月', { w: 2000 }), lb('工作单位', { w: 2900 }), lb('部　门', { w: 1100 }), lb('职　务', { w: 1400 }), lb('证明人及电话', { w: 1900 })],
      ...p.jobs.map((j, i) => [v(`${d(j.start)}—${j.end ? d(j.end) : '至今'}`, { w: 2000 }), v(j.company, { w: 2900 }), v(i < 2 ? '品质部' : '质量部', { w: 1100 }), v(j.title, { w: 1400 }), v(wit[i], { w: 1900 })])], [2000, 2900, 1100, 1400, 1900], grid()),
    P([r('三、六西格玛项目经历（至少两项黑带项目）', { b: true, sz: 22 })], { before: 160, after: 60 }),
    T([[lb('项目名称', { w: 3700 }), lb('起止时间', { w: 2000 }), lb('担任角色', { w: 2000 }), lb('财务收益（万元）', { w: 1600 })],
      ...x.projects.map((q: string[]) => [v(q[0], { w: 3700 }), v(q[1], { w: 2000 }), v(q[2], { w: 2000 }), v(q[3], { w: 1600 })])], [3700, 2000, 2000, 1600], grid()),
    P([r('四、专业技能、培训及证书', { b: true, sz: 22 })], { before: 160, after: 60 }),
    T([[lb('专业技能', { w: 1600 }), v(p.skills.map((s) => s.text).join('、'), { w: 7700 })],
      [lb('证　　书', { w: 1600 }), v(p.certs.join('；'), { w: 7700 })],
      [lb('外语水平', { w: 1600 }), v(p.languages.join('；'), { w: 7700 })]], [1600, 7700], grid()),
    P([r('五、申请人声明', { b: true, sz: 22 })], { before: 160, after: 60 }),
    T([[C([P([r('本人承诺以上所填内容及所附材料真实、有效，如有虚假，愿承担相应责任。', { sz: 20 })]), P(''), P([r('申请人签名：　　　　　　　　　　2026 年 11 月 12 日', { sz: 20 })], { al: AlignmentType.RIGHT })], { w: 4650 }),
      C([P([r('所在单位意见：', { sz: 20 })]), P(''), P([r('（盖章）　　　　年　　月　　日', { sz: 20 })], { al: AlignmentType.RIGHT })], { w: 4650 })]], [4650, 4650], grid()),
  ];
  return doc(F, 21, [{
    properties: { page: { size: A4, margin: margins(1200, 1300, 1100, 1300) } },
    footers: { default: new Footer({ children: [pageX('第 ', ' 页 共 ', ' 页', { sz: 16 })] }) },
    children,
  }]);
}

// ───────────────────────────── 19. hk-employee-data ─────────────────────────────
/** HK employer's annual 僱員資料更新表: position history inside the current company (employer only in the letterhead and one field), previous-employment table with DD/MM/YYYY. */
export function hkEmployeeData(p: Person): Document {
  const x = p.extra;
  const F = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: 'PMingLiU' };
  const dd = (ym: string, day: number) => `${p2(day)}/${mm(ym)}/${y(ym)}`;
  const lb = (t: string, o: CO = {}) => C(P([r(t, { b: true, sz: 17 })]), { shade: 'DCE6F1', v: 'center', ...o });
  const v = (t: string, o: CO = {}) => C(P([r(t, { sz: 18 })]), { v: 'center', ...o });
  const cur = p.jobs.filter((j) => j.company === '翔達航空貨運服務有限公司');
  const prev = p.jobs.filter((j) => j.company !== '翔達航空貨運服務有限公司').reverse();
  const W4 = [2000, 3100, 2000, 3100];
  const sec = (t: string) => P([r(t, { b: true, sz: 20, color: '1F3864' })], { before: 160, after: 60 });
  const children = [
    P([r('翔達航空貨運服務有限公司', { b: true, sz: 30 })], { al: AlignmentType.CENTER }),
    P([r(`香港國際機場 航膳東路 8 號 貨運大樓 3 樓　　總機：${x.company.switchboard}　　傳真：2769 3011`, { sz: 16 })], { al: AlignmentType.CENTER, after: 100, bottom: '1F3864' }),
    P([r('僱員資料更新表　EMPLOYEE INFORMATION UPDATE FORM（2026 年度）', { b: true, sz: 24 })], { al: AlignmentType.CENTER, before: 100, after: 40 }),
    P([r('請以正楷填寫，如資料有變更請附上證明文件。Please complete in BLOCK LETTERS.', { sz: 16, i: true })], { al: AlignmentType.CENTER, after: 100 }),
    sec('甲、個人資料 Personal Particulars'),
    T([
      [lb('中文姓名 Chinese name', { w: W4[0] }), v(p.name, { w: W4[1] }), lb('英文姓名 English name', { w: W4[2] }), v(p.latin!, { w: W4[3] })],
      [lb('員工編號 Staff no.'), v('SW-1807-042'), lb('部門 Department'), v('客戶服務部 Customer Service')],
      [lb('香港身份證號碼 HKID no.'), v(x.hkid), lb('出生日期 Date of birth'), v('17/02/1991')],
      [lb('手提電話 Mobile'), v(p.phoneLocal), lb('住宅電話 Home'), v(p.others[0].number)],
      [lb('電郵 Email'), v(p.email, { span: 3 })],
      [lb('住址 Address'), v(p.address, { span: 3 })],
      [lb('緊急聯絡人 Emergency contact'), v(x.emergency[0]), lb('聯絡電話 Tel.'), v(x.emergency[1])],
      [lb('強積金計劃 MPF scheme'), v('公司集成信託計劃（成員編號 77204139）', { span: 3 })],
    ], W4, grid('7F7F7F')),
    sec('乙、於本公司之職位紀錄 Position history in the Company'),
    P([r('現職公司 Current employer：翔達航空貨運服務有限公司', { sz: 18 })], { after: 60 }),
    T([[lb('由 From', { w: 1800 }), lb('至 To', { w: 1800 }), lb('職位 Position', { w: 2600 }), lb('主要職責 Main duties', { w: 4000 })],
      ...cur.map((j) => [v(dd(j.start, startDay(j)), { w: 1800 }), v(j.end ? dd(j.end, endDay(j)) : '現在 Present', { w: 1800 }), v(j.title, { w: 2600 }), v(j.duties.join('；'), { w: 4000 })])], [1800, 1800, 2600, 4000], grid('7F7F7F')),
    sec('丙、過往工作經驗 Previous employment'),
    T([[lb('由 From', { w: 1500 }), lb('至 To', { w: 1500 }), lb('僱主名稱 Employer', { w: 2600 }), lb('職位 Position', { w: 1400 }), lb('主要職責 Duties', { w: 2300 }), lb('離職原因 Reason', { w: 900 })],
      ...prev.map((j, i) => [v(dd(j.start, startDay(j)), { w: 1500 }), v(dd(j.end!, endDay(j)), { w: 1500 }), v(j.company, { w: 2600 }), v(j.title, { w: 1400 }), v(j.duties.join('；'), { w: 2300 }), v(i === 0 ? '轉職' : '內部晉升', { w: 900 })])], [1500, 1500, 2600, 1400, 2300, 900], grid('7F7F7F')),
    sec('丁、學歷及專業資格 Education & qualifications'),
    T([[lb('由 From', { w: 1500 }), lb('至 To', { w: 1500 }), lb('院校 Institution', { w: 3200 }), lb('資歷 Qualification', { w: 4000 })],
      ...p.education.map((e) => [v(`${mm(e.start)}/${y(e.start)}`, { w: 1500 }), v(`${mm(e.end)}/${y(e.end)}`, { w: 1500 }), v(e.school, { w: 3200 }), v(e.degree, { w: 4000 })]),
      [v('—', { w: 1500 }), v('—', { w: 1500 }), v('專業證書 Certificate', { w: 3200 }), v(p.certs.join('；'), { w: 4000 })]], [1500, 1500, 3200, 4000], grid('7F7F7F')),
    sec('戊、技能及語言 Skills & languages'),
    T([[lb('專業技能 Skills', { w: 2200 }), v(p.skills.map((s) => s.text).join('；'), { w: 8000 })],
      [lb('語言 Languages', { w: 2200 }), v(p.languages.join('；'), { w: 8000 })]], [2200, 8000], grid('7F7F7F')),
    sec('己、聲明 Declaration'),
    P([r('本人聲明以上資料正確無誤。I declare that the above information is correct.', { sz: 18 })], { after: 160 }),
    P([r('僱員簽署 Signature：__________________　　日期 Date：20/11/2026', { sz: 18 })], { after: 160 }),
    T([[C([P([r('人力資源部專用 For HR use only', { b: true, sz: 16 })]), P([r('收件日期：____________　　核對人：____________　　已更新系統 □', { sz: 16 })])], { w: 10200, shade: 'F2F2F2' })]], [10200], grid('7F7F7F')),
  ];
  return doc(F, 18, [{
    properties: { page: { size: A4, margin: margins(800, 850, 800, 850) } },
    footers: { default: new Footer({ children: [pageX('HR-F-017（2026 年版）　第 ', ' 頁，共 ', ' 頁', { sz: 15, color: '666666' })] }) },
    children,
  }]);
}

// ───────────────────────────── 20. anerkennung ─────────────────────────────
/** German recognition-procedure annex "Tabellarischer Lebenslauf" (DE/EN labels): surname / given names / name in original script cells, ascending work table with "Referenzberuf" and hours columns. */
export function anerkennung(p: Person): Document {
  const d = (ym: string) => `${mm(ym)}.${y(ym)}`;
  const lb = (t: string, o: CO = {}) => C(P([r(t, { b: true, sz: 16 })]), { shade: 'EDEDED', ...o });
  const v = (t: string, o: CO = {}) => C(P([r(t, { sz: 18 })]), o);
  const W4 = [2300, 2800, 2300, 2800];
  const sec = (t: string) => P([r(t, { b: true, sz: 20 })], { before: 200, after: 60 });
  const country = (j: Job) => (j.town === 'Shanghai' ? 'Shanghai, China' : 'München, Deutschland');
  const children = [
    P([r('Anlage 2 zum Antrag auf Feststellung der Gleichwertigkeit / Annex 2 to the application for recognition', { sz: 16, color: '555555' })]),
    P([r('Tabellarischer Lebenslauf / Tabular curriculum vitae', { b: true, sz: 30 })], { before: 120, after: 40 }),
    P([r('Bitte lückenlos in zeitlicher Reihenfolge ausfüllen. / Please complete without gaps, in chronological order.', { i: true, sz: 16 })], { after: 120 }),
    sec('A. Persönliche Angaben / Personal details'),
    T([
      [lb('Familienname / Surname', { w: W4[0] }), v('SONG', { w: W4[1] }), lb('Vorname(n) / Given name(s)', { w: W4[2] }), v('Zhiyuan', { w: W4[3] })],
      [lb('Name in Originalschrift / Name in original script'), v(p.name, { span: 3 })],
      [lb('Geburtsdatum / Date of birth'), v('03.05.1990'), lb('Geburtsort / Place of birth'), v('Wuxi, China')],
      [lb('Staatsangehörigkeit / Nationality'), v('chinesisch / Chinese'), lb('Aktenzeichen / File no.'), v('AN-2026-18834')],
      [lb('Anschrift / Address'), v(p.address, { span: 3 })],
      [lb('Telefon (mobil) / Mobile'), v(p.phoneLocal), lb('E-Mail'), v(p.email)],
    ], W4, grid('808080')),
    sec('B. Schulbildung und Studium / Education'),
    T([[lb('von – bis / from – to', { w: 2000 }), lb('Bildungseinrichtung, Ort, Land / Institution, place, country', { w: 4700 }), lb('Abschluss / Qualification', { w: 3500 })],
      [v('09.2005 – 06.2008', { w: 2000 }), v('Wuxi No. 3 Senior High School, Wuxi, China', { w: 4700 }), v('Hochschulreife (Gaokao) / university entrance', { w: 3500 })],
      ...p.education.map((e) => [v(`${d(e.start)} – ${d(e.end)}`, { w: 2000 }), v(`${e.school}, ${e.town}, China`, { w: 4700 }), v(`${e.degree} (Bachelor)`, { w: 3500 })])], [2000, 4700, 3500], grid('808080')),
    sec('C. Berufserfahrung / Work experience'),
    T([[lb('von / from (MM.JJJJ)', { w: 1250 }), lb('bis / to (MM.JJJJ)', { w: 1250 }), lb('Arbeitgeber, Ort, Land / Employer, place, country', { w: 3100 }), lb('Tätigkeit / Position', { w: 2500 }), lb('Referenzberuf / reference occupation', { w: 1200 }), lb('Std./Woche / h per week', { w: 900 })],
      ...p.jobs.map((j) => [v(d(j.start), { w: 1250 }), v(j.end ? d(j.end) : 'bis heute / to date', { w: 1250 }), v(`${j.company}, ${country(j)}`, { w: 3100 }), v(j.title, { w: 2500 }), v('ja / yes', { w: 1200 }), v('40', { w: 900 })])],
      [1250, 1250, 3100, 2500, 1200, 900], grid('808080'), { header: [true] }),
    P([r('Lücke 09.2015: Umzug nach Deutschland / Gap 09.2015: relocation to Germany.', { sz: 16, i: true })], { before: 40 }),
    sec('D. Kenntnisse und Fähigkeiten / Skills'),
    T([[C(bullets(p.skills.slice(0, 4).map((s) => s.text), { sz: 18 }), { w: 5100 }), C(bullets(p.skills.slice(4).map((s) => s.text), { sz: 18 }), { w: 5100 })]], [5100, 5100], grid('808080')),
    sec('E. Sprachkenntnisse und Zertifikate / Languages and certificates'),
    P([r(`${p.languages.join('; ')}. ${p.certs.join('; ')}.`, { sz: 18 })]),
    P([r('Ich versichere die Richtigkeit meiner Angaben. / I confirm that the information given is correct.', { sz: 18 })], { before: 240 }),
    P([r('München, 18.11.2026', { sz: 18 }), tab(), r('Unterschrift / Signature: ______________________', { sz: 18 })], { before: 240, tabs: [{ type: TabStopType.LEFT, position: 4200 }] }),
  ];
  return doc('Arial', 18, [{
    properties: { page: { size: A4, margin: margins(900, 850, 900, 850) } },
    footers: { default: new Footer({ children: [pageX('Tabellarischer Lebenslauf — Seite ', ' von ', '', { sz: 15, color: '666666' })] }) },
    children,
  }]);
}

// ───────────────────────────── 21. waimao-table ─────────────────────────────
/** 外贸 Word 表格简历: 公司 merged over promotions, 主营产品 / 负责市场 / 年出口额 columns, a 工作内容 row under each post, and a 主要客户 table (clients, not employers). */
export function waimaoTable(p: Person): Document {
  const x = p.extra;
  const F = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: '微软雅黑' };
  const d = (ym: string) => `${y(ym)}.${mm(ym)}`;
  const lb = (t: string, o: CO = {}) => C(P([r(t, { b: true, sz: 18 })], { al: AlignmentType.CENTER }), { shade: 'DDEBF7', v: 'center', ...o });
  const v = (t: string, o: CO = {}) => C(P([r(t, { sz: 18 })]), { v: 'center', ...o });
  const sec = (t: string) => [C(P([r(t, { b: true, sz: 20, color: 'FFFFFF' })]), { span: 6, shade: '2F5597' })];
  const W = [1450, 2300, 1300, 1450, 1700, 1900];
  const rows: TableCell[][] = [
    sec('基本信息'),
    [lb('姓　　名', { w: W[0] }), v(p.name, { w: W[1] }), lb('性　　别', { w: W[2] }), v('男', { w: W[3] }), lb('出生年月', { w: W[4] }), v('1990.02', { w: W[5] })],
    [lb('手　　机'), v(p.phoneLocal), lb('邮　　箱'), v(p.email, { span: 3 })],
    [lb('微　　信'), v(p.others[0].number), lb('现　　居'), v(p.address, { span: 3 })],
    [lb('求职意向'), v('外贸经理 / 海外销售总监（照明、家电行业）', { span: 3 }), lb('期望薪资'), v('面议')],
    sec('工作经历'),
    [lb('起止时间'), lb('公司名称'), lb('职　　位'), lb('主营产品'), lb('负责市场'), lb('年出口额')],
  ];
  for (const g of groups(p)) {
    const mk = x.markets[g.company];
    const js = g.jobs;
    js.forEach((j, i) => {
      const first = i === 0;
      const amount = g.company === '广州穗通进出口贸易有限公司' ? (j.title === '外贸业务员' ? '约 180 万美元' : '约 80 万美元（跟单）') : mk[2];
      rows.push([v(`${d(j.start)}-${j.end ? d(j.end) : '至今'}`), v(g.company, { vm: first ? 'restart' : 'continue' }), v(j.title), v(mk[0], { vm: first ? 'restart' : 'continue' }), v(mk[1], { vm: first ? 'restart' : 'continue' }), v(amount)]);
    });
    rows.push([lb('工作内容'), C(js.map((j) => P([r(js.length > 1 ? `${j.title}：` : '', { b: true, sz: 18 }), r(j.duties.map((t, k) => `${k + 1}. ${t}`).join('　'), { sz: 18 })])), { span: 5 })]);
  }
  rows.push(sec('主要客户（部分）'));
  rows.push([lb('客户名称', { span: 2 }), lb('国家'), lb('合作起始'), lb('合作产品', { span: 2 })]);
  for (const c of x.clients) rows.push([v(c[0], { span: 2 }), v(c[1]), v(c[2]), v('LED 商业照明 / 小家电', { span: 2 })]);
  rows.push(sec('专业技能与证书'));
  rows.push([lb('专业技能'), C(p.skills.map((s) => P([r(`◆ ${s.text}`, { sz: 18 })])), { span: 5 })]);
  rows.push([lb('证　　书'), v(p.certs.join('；'), { span: 5 })]);
  rows.push([lb('语　　言'), v(p.languages.join('；'), { span: 5 })]);
  rows.push([lb('教育背景'), v(`${d(p.education[0].start)}-${d(p.education[0].end)}　${p.education[0].school}　${p.education[0].degree}`, { span: 5 })]);
  rows.push([lb('自我评价'), v(p.summary + '能适应出差，熟悉广交会及海外展会流程。', { span: 5 })]);
  return doc(F, 18, [{
    properties: { page: { size: A4, margin: margins(900, 900, 900, 900) } },
    children: [
      P([r('个 人 简 历', { b: true, sz: 40 })], { al: AlignmentType.CENTER, after: 60 }),
      P([r('RESUME · 外贸业务方向', { sz: 18, color: '7F7F7F' })], { al: AlignmentType.CENTER, after: 160 }),
      T(rows, W, grid('8EA9DB')),
    ],
  }]);
}

// ───────────────────────────── 27. word-gutter ─────────────────────────────
/** Word résumé on a borderless three-cell table (main · dark 2 mm gutter cell · side), a merged name row across the top; right-tab dates in the main cell. */
export function wordGutter(p: Person): Document {
  const mixed = p.language === 'mixed';
  const F = mixed ? { ascii: 'Arial', hAnsi: 'Arial', eastAsia: '微软雅黑' } : 'Arial';
  const d = (ym: string) => (p.id === 'p13' ? `${mm(ym)}/${y(ym)}` : p.id === 'p14' ? `${y(ym)}.${mm(ym)}` : `${EN_MON[m(ym) - 1]} ${y(ym)}`);
  const now = p.id === 'p14' ? '至今' : p.id === 'p13' ? 'Present' : 'present';
  const head = (en: string, zh: string) => P(mixed ? [r(zh, { b: true, sz: 22, color: '1F3864' }), r(`  ${en.toUpperCase()}`, { b: true, sz: 17, color: '8497B0' })] : [r(en.toUpperCase(), { b: true, sz: 21, color: '1F3864' })], { before: 180, after: 80, bottom: 'BFBFBF' });
  const side = (en: string, zh: string) => P(mixed ? [r(zh, { b: true, sz: 20, color: '1F3864' }), r(` ${en}`, { sz: 16, color: '8497B0' })] : [r(en.toUpperCase(), { b: true, sz: 19, color: '1F3864' })], { before: 160, after: 60 });
  const MW = 6700;
  const main: Paragraph[] = [head('Profile', '个人简介'), P([r(p.summary, { sz: 19 })]), head('Experience', '工作经历')];
  for (const g of groups(p)) {
    main.push(P([r(g.company, { b: true, sz: 20 })], { before: 120, keep: true }));
    for (const j of g.jobs) {
      main.push(P([r(`${j.title}, ${j.town}`, { i: true, sz: 19 }), tab(), r(`${d(j.start)} – ${j.end ? d(j.end) : now}`, { sz: 18, color: '595959' })], { tabs: [{ type: TabStopType.RIGHT, position: MW - 200 }], keep: true }));
      main.push(...bullets(j.duties, { sz: 18 }, 300));
    }
  }
  const sd: Paragraph[] = [
    side('Contact', '联系方式'),
    P([r('Mobile', { b: true, sz: 16, color: '595959' })]), P([r(p.phoneIntl, { sz: 18 })], { after: 60 }),
    ...p.others.flatMap((o) => [P([r(o.label, { b: true, sz: 16, color: '595959' })]), P([r(o.number, { sz: 18 })], { after: 60 })]),
    P([r('Email', { b: true, sz: 16, color: '595959' })]), P([r(p.email, { sz: 17 })], { after: 60 }),
    P([r('Based in', { b: true, sz: 16, color: '595959' })]), P([r(mixed && p.addressZh ? `${p.addressZh}` : p.address, { sz: 17 })], { after: 60 }),
    side('Skills', '专业技能'), ...bullets(p.skills.map((s) => s.text), { sz: 18 }, 240),
    side('Languages', '语言'), ...p.languages.map((l) => P([r(l, { sz: 18 })])),
    side('Certifications', '证书'), ...p.certs.map((c) => P([r(c, { sz: 17 })], { after: 40 })),
    side('Education', '教育背景'), ...p.education.flatMap((e) => [P([r(e.degree, { b: true, sz: 17 })]), P([r(`${e.school}, ${y(e.start)}–${y(e.end)}`, { sz: 17 })], { after: 60 })]),
  ];
  const nameRow = [C([
    P(mixed ? [r(p.name, { b: true, sz: 44, color: '1F3864' }), r(`   ${p.latin}`, { sz: 30, color: '1F3864' })] : [r(p.name, { b: true, sz: 44, color: '1F3864' })]),
    P([r(mixed ? `${p.headline}  |  ${p.headlineZh}` : p.headline, { sz: 22, color: '404040' })]),
  ], { span: 3, shade: 'DEEAF6', mar: 160 })];
  return doc(F, 19, [{
    properties: { page: { size: A4, margin: margins(700, 700, 700, 700) } },
    footers: { default: new Footer({ children: [pageX(`${p.latin ?? p.name} — `, ' / ', '', { sz: 15, color: '808080' })] }) },
    children: [T([nameRow, [C(main, { w: MW }), C(P(''), { w: 120, shade: '1F3864' }), C(sd, { w: 3600, shade: 'F2F2F2' })]], [MW, 120, 3600], noBorders)],
  }]);
}

// ───────────────────────────── 30. tw-2col ─────────────────────────────
/** Taiwanese Word 履歷 on a two-cell table: shaded left cell with a nested photo box, 基本資料 (民國 birth, 駕照), 專長, 證照; right cell name + English name, company ⇥ "2022/05～迄今", 自傳. */
export function tw2col(p: Person): Document {
  const x = p.extra;
  const F = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: '微軟正黑體' };
  const d = (ym: string) => `${y(ym)}/${mm(ym)}`;
  const LW = 3300, RW = 6900;
  const sh = (t: string) => P([r(t, { b: true, sz: 21, color: '1F4E79' })], { before: 160, after: 60, bottom: '1F4E79' });
  const photo = new Table({ rows: [new TableRow({ children: [C([P(''), P([r('大頭照', { sz: 18, color: '7F7F7F' })], { al: AlignmentType.CENTER }), P('')], { w: 1700, v: 'center' })], height: { value: 2000, rule: HeightRule.EXACT } })], columnWidths: [1700], width: { size: 1700, type: WidthType.DXA }, borders: grid('7F7F7F'), alignment: AlignmentType.CENTER });
  const left: (Paragraph | Table)[] = [
    P(''), photo, P(''),
    sh('基本資料'),
    P(`出生：${x.birthRoc}`), P('性別：女'), P('婚姻：未婚'), P('駕照：普通小型車'),
    sh('聯絡方式'),
    P(`手機：${p.phoneLocal}`), P(`市話：${p.others[0].number}`), P([r('E-mail：', {}), r(p.email, { sz: 17 })]), P(`地址：${p.address}`),
    sh('專長'), ...bullets(p.skills.map((s) => s.text), {}, 240),
    sh('證照'), ...p.certs.map((c) => P(c)),
    sh('語文'), ...p.languages.map((c) => P(c)),
  ];
  const right: Paragraph[] = [
    P([r(p.name, { b: true, sz: 48 })], { before: 60 }),
    P([r(p.latin!, { sz: 22, color: '595959' })], { after: 60 }),
    P([r('應徵職務：財務主管／財會經理', { sz: 21, color: '1F4E79' })], { after: 120 }),
    sh('工作經歷'),
  ];
  for (const j of newestFirst(p)) {
    right.push(P([r(j.company, { b: true }), tab(), r(`${d(j.start)}～${j.end ? d(j.end) : '迄今'}`, { color: '595959' })], { tabs: [{ type: TabStopType.RIGHT, position: RW - 250 }], before: 80, keep: true }));
    right.push(P([r(`職稱：${j.title}`, { i: true })], { keep: true }));
    right.push(...bullets(j.duties, {}, 300));
  }
  right.push(sh('學歷'), P(`${p.education[0].school}　${p.education[0].degree}（${d(p.education[0].start)}～${d(p.education[0].end)}）`));
  right.push(sh('自傳'), P('我是張詠晴，畢業於會計系，從會計師事務所查帳員做起，熟悉中小企業稅務與財簽。之後在製造業負責成本與月結，並帶領會計課導入 SAP。現任物流公司財會經理，負責財務、會計及稅務，並以 Power BI 建立管理報表。期望在新的環境發揮財會管理與系統導入的經驗。', { line: 320 }));
  return doc(F, 19, [{
    properties: { page: { size: A4, margin: margins(700, 700, 700, 700) } },
    children: [new Table({
      rows: [new TableRow({ children: [new TableCell({ children: left, width: { size: LW, type: WidthType.DXA }, shading: { type: ShadingType.CLEAR, fill: 'EAF1F8', color: 'auto' }, margins: { top: 100, bottom: 100, left: 160, right: 160 } }), new TableCell({ children: right, width: { size: RW, type: WidthType.DXA }, margins: { top: 100, bottom: 100, left: 260, right: 120 } })] })],
      columnWidths: [LW, RW], width: { size: LW + RW, type: WidthType.DXA }, layout: TableLayoutType.FIXED, borders: noBorders,
    })],
  }]);
}

export { months, lastDay, EN_MONTH };
