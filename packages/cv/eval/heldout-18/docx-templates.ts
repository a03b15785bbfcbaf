/** Word-made templates (DOCX written with the `docx` package; LibreOffice then exports each to PDF). */
import {
  AlignmentType, BorderStyle, Document, Footer, Header, PageNumber, Paragraph, SectionType, ShadingType, Table, TableCell, TableRow,
  TabStopType, TextRun, VerticalAlign, WidthType,
} from 'docx';
import type { Job, Person } from './people.ts';
import { age, d, newestFirst, sentences, skills, span } from './fmt.ts';

type Run = string | { t: string; b?: boolean; i?: boolean; size?: number; color?: string; caps?: boolean; u?: boolean };
interface PO { align?: 'left' | 'center' | 'right' | 'both'; b?: boolean; size?: number; after?: number; before?: number; color?: string; indent?: number; bullet?: boolean; tabRight?: number; keepNext?: boolean; border?: boolean; caps?: boolean }
const AL = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, both: AlignmentType.JUSTIFIED };

function runs(r: Run | Run[], o: PO): TextRun[] {
  const arr = Array.isArray(r) ? r : [r];
  return arr.flatMap((x) => {
    const v = typeof x === 'string' ? { t: x } : x;
    return v.t.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, bold: v.b ?? o.b, italics: v.i, size: v.size ?? o.size, color: v.color ?? o.color, allCaps: v.caps ?? o.caps, underline: v.u ? {} : undefined }));
  });
}
export function P(r: Run | Run[], o: PO = {}): Paragraph {
  return new Paragraph({
    children: runs(r, o), alignment: o.align ? AL[o.align] : undefined, spacing: { after: o.after ?? 40, before: o.before ?? 0 },
    indent: o.indent ? { left: o.indent } : undefined, bullet: o.bullet ? { level: 0 } : undefined, keepNext: o.keepNext,
    tabStops: o.tabRight ? [{ type: TabStopType.RIGHT, position: o.tabRight }] : undefined,
    border: o.border ? { bottom: { style: BorderStyle.SINGLE, size: 8, color: o.color ?? '000000', space: 1 } } : undefined,
  });
}
interface CO { w?: number; span?: number; rows?: number; shade?: string; b?: boolean; align?: 'left' | 'center' | 'right'; size?: number; v?: 'top' | 'center'; noBorder?: boolean }
export function C(content: Run | Run[] | Paragraph[], o: CO = {}): TableCell {
  const children = Array.isArray(content) && content[0] instanceof Paragraph ? (content as Paragraph[])
    : [P(content as Run | Run[], { b: o.b, align: o.align, size: o.size, after: 0 })];
  const nb = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  return new TableCell({
    children, columnSpan: o.span, rowSpan: o.rows, width: o.w ? { size: o.w, type: WidthType.DXA } : undefined,
    shading: o.shade ? { fill: o.shade, type: ShadingType.CLEAR, color: 'auto' } : undefined,
    verticalAlign: o.v === 'top' ? VerticalAlign.TOP : VerticalAlign.CENTER, margins: { top: 50, bottom: 50, left: 90, right: 90 },
    borders: o.noBorder ? { top: nb, bottom: nb, left: nb, right: nb } : undefined,
  });
}
export function T(rows: TableCell[][], widths: number[], o: { border?: string; size?: number } = {}): Table {
  const b = { style: BorderStyle.SINGLE, size: o.size ?? 4, color: o.border ?? '000000' };
  return new Table({
    rows: rows.map((r) => new TableRow({ children: r, cantSplit: true })), columnWidths: widths,
    width: { size: widths.reduce((a, x) => a + x, 0), type: WidthType.DXA },
    borders: { top: b, bottom: b, left: b, right: b, insideHorizontal: b, insideVertical: b },
  });
}
const pageNo = (pre: string, mid: string, post: string, size = 16, align: PO['align'] = 'center') => new Paragraph({
  alignment: AL[align!], children: [new TextRun({ text: pre, size }), new TextRun({ children: [PageNumber.CURRENT], size }), new TextRun({ text: mid, size }), new TextRun({ children: [PageNumber.TOTAL_PAGES], size }), new TextRun({ text: post, size })],
});
const pageOnly = (size: number) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: '— ', size }), new TextRun({ children: [PageNumber.CURRENT], size }), new TextRun({ text: ' —', size })] });
const A4 = { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134, header: 567, footer: 567 } };
const FULL = 9638;
function doc(font: string | { ascii: string; eastAsia: string; hAnsi: string }, size: number, sections: ConstructorParameters<typeof Document>[0]['sections'], title: string, creator: string): Document {
  return new Document({ creator, title, styles: { default: { document: { run: { font, size } } } }, sections });
}
const ZHF = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' };
const sp = (s: string) => s.split('');

// ------------------------------------------------------------------------------------------------------------- English

/** EU external-aid (EuropeAid service tender) Key Expert CV: numbered fields, education/language/region/experience tables. */
export function euaid(p: Person): Document {
  const wash = p.id === 'p03';
  const role = wash ? 'Key Expert 1 – Team Leader / Senior WASH Engineer' : 'Key Expert 2 – Monitoring, Evaluation and Learning Expert';
  const w = newestFirst(p);
  const num = (n: number, label: string, value: string) => [C(`${n}.`, { w: 500, v: 'top' }), C(label, { w: 3300, b: true, v: 'top' }), C(value, { w: 5838, v: 'top' })];
  const region: [string, string][] = wash ? [['Malawi', '03/2012 – 10/2016'], ['Kenya', '09/2017 – 12/2022'], ['Tanzania', '06/2024 – 08/2024 (mission)'], ['Zambia', '02/2025 – 03/2025 (mission)']]
    : [['South Africa', '02/2012 – 12/2019'], ['Kenya', '01/2020 – Present'], ['Uganda', '2021 – 2024 (4 missions)'], ['Malawi', '05/2023 (mission)']];
  const lang = p.languages.map((l, i) => [C(l.split(' (')[0], { w: 3200 }), C(String(Math.min(5, 1 + i)), { w: 2146, align: 'center' }), C(String(Math.min(5, 1 + i)), { w: 2146, align: 'center' }), C(String(Math.min(5, 1 + i + (i ? 1 : 0))), { w: 2146, align: 'center' })]);
  const exp = w.map((j) => [C(span(j, 'MM/YYYY', ' – '), { w: 1250, v: 'top', size: 17 }), C(j.city, { w: 1350, v: 'top', size: 17 }),
    C([P(j.company, { b: true, size: 17, after: 0 }), P(`Reference: ${j.supervisor ?? ''}`, { size: 16, after: 0 }), P(`Tel. ${j.employerPhone ?? ''}`, { size: 16, after: 0 })], { w: 2400, v: 'top' }),
    C(j.title, { w: 1500, v: 'top', size: 17 }), C(sentences(j.duties), { w: 3138, v: 'top', size: 17 })]);
  const yrs = 2026 - Number(w[0].start.slice(0, 4));
  return doc('Arial', 19, [{
    properties: { page: A4 },
    headers: { default: new Header({ children: [P([{ t: `Service contract EuropeAid/18${wash ? '3702' : '4115'}/IDC/SER/${wash ? 'MW' : 'KE'} — Organisation & Methodology, Annex: Key Experts’ CVs`, size: 15 }], { align: 'right', after: 0 }), P([{ t: `CV – ${p.name}`, size: 15, b: true }], { border: true, after: 0 })] }) },
    footers: { default: new Footer({ children: [pageNo('Page ', ' of ', '', 15, 'right')] }) },
    children: [
      P('CURRICULUM VITAE', { align: 'center', b: true, size: 26, after: 160 }),
      P([{ t: 'Proposed role in the project: ', b: true }, role], { after: 120 }),
      T([num(1, 'Family name:', p.surname.toUpperCase()), num(2, 'First names:', p.given), num(3, 'Date of birth:', p.born.split('-').reverse().join('/')),
        num(4, 'Nationality:', p.nationality), num(5, 'Contact details (email, phone):', `${p.email}; ${p.phone.replace(/^(\+\d\d)(\d{2,3})(\d{3})(\d{3,4})$/, '$1 $2 $3 $4')}`)], [500, 3300, 5838], { border: '999999' }),
      P('6. Education:', { b: true, before: 160, after: 60 }),
      T([[C('Institution [Date from – Date to]', { w: 5200, b: true, shade: 'D9D9D9' }), C('Degree(s) or Diploma(s) obtained', { w: 4438, b: true, shade: 'D9D9D9' })],
        ...p.education.map((x) => [C(`${x.school} [${d(x.start, 'MM/YYYY')} – ${d(x.end, 'MM/YYYY')}]`, { w: 5200 }), C(`${x.degree}, ${x.field}`, { w: 4438 })])], [5200, 4438]),
      P('7. Language skills: Indicate competence on a scale of 1 to 5 (1 – excellent; 5 – basic)', { b: true, before: 160, after: 60 }),
      T([[C('Language', { w: 3200, b: true, shade: 'D9D9D9' }), C('Reading', { w: 2146, b: true, shade: 'D9D9D9', align: 'center' }), C('Speaking', { w: 2146, b: true, shade: 'D9D9D9', align: 'center' }), C('Writing', { w: 2146, b: true, shade: 'D9D9D9', align: 'center' })], ...lang], [3200, 2146, 2146, 2146]),
      P('', { after: 60 }),
      T([num(8, 'Membership of professional bodies:', wash ? 'Institution of Civil Engineers (MICE), member no. 71842293' : 'African Evaluation Association (AfrEA); SAMEA'),
        num(9, 'Other skills (e.g. Computer literacy, etc.):', skills(p).join(', ')),
        num(10, 'Present position:', `${w[0].title}, ${w[0].company}`), num(11, 'Years within the firm:', String(yrs)),
        num(12, 'Key qualifications (relevant to the project):', `${p.summary} ${p.certs.join('; ')}.`)], [500, 3300, 5838], { border: '999999' }),
      P('13. Specific experience in the region:', { b: true, before: 160, after: 60 }),
      T([[C('Country', { w: 4000, b: true, shade: 'D9D9D9' }), C('Date from – Date to', { w: 5638, b: true, shade: 'D9D9D9' })], ...region.map(([a, b]) => [C(a, { w: 4000 }), C(b, { w: 5638 })])], [4000, 5638]),
      P('14. Professional experience:', { b: true, before: 160, after: 60, keepNext: true }),
      T([[C('Date from – Date to', { w: 1250, b: true, shade: 'D9D9D9', size: 17 }), C('Location', { w: 1350, b: true, shade: 'D9D9D9', size: 17 }), C('Company & reference person (name & contact details)', { w: 2400, b: true, shade: 'D9D9D9', size: 17 }), C('Position', { w: 1500, b: true, shade: 'D9D9D9', size: 17 }), C('Description', { w: 3138, b: true, shade: 'D9D9D9', size: 17 })], ...exp], [1250, 1350, 2400, 1500, 3138]),
      ...(p.gaps ?? []).map((g) => P(`Note: ${span(g, 'MM/YYYY')} – ${g.note}.`, { size: 16, before: 40 })),
      P('15. Other relevant information (e.g., Publications)', { b: true, before: 160, after: 60 }),
      P(wash ? 'Pryce, R. & Mhango, T. (2015). Community management of piped rural water schemes in Malawi. WEDC Conference, Kumasi.' : 'Mokoena, T. (2022). Using outcome harvesting in agri-finance programmes. African Evaluation Journal 10(1).', { size: 17 }),
      P('', { after: 200 }),
      P('By signing this CV, I confirm that I am available to work for the entire duration of the assignment as foreseen in the terms of reference.', { size: 17, after: 240 }),
      P(`Signature: ____________________        Name: ${p.name}        Date: 09/11/2026`, { size: 18 }),
    ],
  }], `CV ${p.name}`, p.name);
}

/** Candidate information & pre-employment screening form: labelled block per employer, gaps, referees, declaration. */
export function screening(p: Person): Document {
  const uk = p.phone.startsWith('+44');
  const firm = uk ? 'Forth Valley Distribution plc' : 'Maple Crest Foods Ltd.';
  const role = uk ? 'Site Operations Manager (Grangemouth)' : 'Maintenance Team Lead – Electrical (Mississauga plant)';
  const w = newestFirst(p);
  const H = (t: string) => P([{ t, b: true, color: 'FFFFFF' }], { after: 0 });
  const sec = (t: string) => new Table({ rows: [new TableRow({ children: [new TableCell({ children: [H(t)], shading: { fill: '1F3864', type: ShadingType.CLEAR, color: 'auto' }, margins: { top: 40, bottom: 40, left: 90, right: 90 } })] })], width: { size: FULL, type: WidthType.DXA }, columnWidths: [FULL] });
  const L = (t: string, w2 = 2400) => C(t, { w: w2, shade: 'EDEDED', size: 17 });
  const blocks: (Paragraph | Table)[] = [];
  const items: ({ kind: 'job'; j: Job } | { kind: 'gap'; g: { start: string; end: string; note: string } })[] = [...w.map((j) => ({ kind: 'job' as const, j })), ...(p.gaps ?? []).map((g) => ({ kind: 'gap' as const, g }))]
    .sort((a, b) => (b.kind === 'job' ? b.j.start : b.g.start).localeCompare(a.kind === 'job' ? a.j.start : a.g.start));
  let n = 0;
  for (const it of items) {
    if (it.kind === 'gap') {
      blocks.push(P('', { after: 60 }), T([[C('Gap in employment', { span: 4, b: true, shade: 'FCE4D6' })],
        [L('From (MM/YYYY)'), C(d(it.g.start, 'MM/YYYY'), { w: 2419 }), L('To (MM/YYYY)'), C(d(it.g.end, 'MM/YYYY'), { w: 2419 })],
        [L('Reason / activity'), C(it.g.note, { span: 3 })]], [2400, 2419, 2400, 2419]));
      continue;
    }
    const j = it.j; n++;
    blocks.push(P('', { after: 60 }), T([
      [C(`Employment ${n}${n === 1 ? ' (current or most recent)' : ''}`, { span: 4, b: true, shade: 'D9E2F3' })],
      [L('Employer name'), C(j.company, { span: 3, b: true })],
      [L('Employer address'), C(j.employerAddress ?? j.city, { span: 3 })],
      [L('Employer telephone'), C(j.employerPhone ?? '', { w: 2419 }), L('Your job title'), C(j.title, { w: 2419 })],
      [L('Start date (MM/YYYY)'), C(d(j.start, 'MM/YYYY'), { w: 2419 }), L('End date (MM/YYYY)'), C(d(j.end, 'MM/YYYY', 'Present'), { w: 2419 })],
      [L('Line manager (name & title)'), C(j.supervisor ?? '', { span: 3 })],
      [L('Reason for leaving'), C(j.reason ?? '', { w: 2419 }), L('May we contact?'), C(j.end ? 'Yes' : 'Only after offer', { w: 2419 })],
    ], [2400, 2419, 2400, 2419]));
  }
  const refs = p.referees ?? [];
  return doc('Calibri', 20, [{
    properties: { page: A4 },
    headers: { default: new Header({ children: [P([{ t: firm, b: true, size: 22, color: '1F3864' }, { t: '\tPeople & Culture', size: 16 }], { tabRight: FULL, after: 0, border: true, color: '1F3864' })] }) },
    footers: { default: new Footer({ children: [pageNo(`Form HR-07 v3.2 – CONFIDENTIAL WHEN COMPLETED – Page `, ' of ', '', 14)] }) },
    children: [
      P('Candidate Information and Pre-Employment Screening Form', { b: true, size: 30, after: 40 }),
      P('Please complete all sections in full. Incomplete forms will delay your screening. Use BLOCK CAPITALS if completing by hand.', { size: 17, after: 120 }),
      sec('Section 1 – Personal details'),
      T([[L('Title'), C(p.gender === 'M' ? 'Mr' : 'Ms', { w: 2419 }), L('Surname'), C(p.surname, { w: 2419 })],
        [L('Forename(s)'), C(p.given, { w: 2419 }), L('Other names used'), C('None', { w: 2419 })],
        [L('Full name (as on ID)'), C(p.name, { span: 3, b: true })],
        [L('Date of birth'), C(p.born.split('-').reverse().join('/'), { w: 2419 }), L(uk ? 'NI number' : 'SIN (last 3 digits)'), C(uk ? 'JT •• •• •• C' : '••• ••• 418', { w: 2419 })],
        [L('Current address'), C(p.address, { span: 3 })],
        [L('Mobile telephone'), C(p.phoneLocal, { w: 2419 }), L('Email address'), C(p.email, { w: 2419 })]], [2400, 2419, 2400, 2419]),
      P('', { after: 60 }), sec('Section 2 – Position'),
      T([[L('Position applied for'), C(role, { w: 7238 })], [L('Vacancy reference'), C(uk ? 'FVD-0912' : 'MCF-26-117', { w: 7238 })]], [2400, 7238]),
      P('', { after: 60 }), sec('Section 3 – Employment history'),
      P('Give details of ALL employment, self-employment and periods of unemployment since leaving full-time education, most recent first. Explain any gap longer than 28 days.', { size: 17, before: 40 }),
      ...blocks,
      P('', { after: 60 }), sec('Section 4 – Skills and qualifications'),
      T([[L('Key skills relevant to the role'), C(skills(p).map((s) => P(s, { bullet: true, after: 0, size: 19 })), { w: 7238 })],
        [L('Licences / certificates held'), C(p.certs.join('; '), { w: 7238 })],
        [L('Education'), C(p.education.map((x) => P(`${x.school} – ${x.degree}${x.field ? `, ${x.field}` : ''} (${d(x.end, 'MM/YYYY')})`, { after: 0, size: 19 })), { w: 7238 })]], [2400, 7238]),
      P('', { after: 60 }), sec('Section 5 – Referees (one must be your current or most recent line manager)'),
      T([[L('Name', 2000), C('Position', { w: 2300, shade: 'EDEDED' }), C('Organisation', { w: 3000, shade: 'EDEDED' }), C('Telephone', { w: 2338, shade: 'EDEDED' })],
        ...refs.map((r) => [C(r.name, { w: 2000 }), C(r.role, { w: 2300 }), C(r.org, { w: 3000 }), C(r.phone, { w: 2338 })])], [2000, 2300, 3000, 2338]),
      P('', { after: 60 }), sec('Section 6 – Declaration and consent'),
      P('I confirm that the information given on this form is true and complete. I understand that any false statement or omission may result in withdrawal of an offer or dismissal. I consent to the company and its screening provider verifying my employment history, qualifications and identity.', { size: 17, before: 60, after: 240 }),
      T([[C('Signature:', { w: 1400, noBorder: true }), C('______________________', { w: 3400, noBorder: true }), C('Print name:', { w: 1400, noBorder: true }), C(p.name, { w: 3438, noBorder: true, b: true })],
        [C('Date:', { w: 1400, noBorder: true }), C(uk ? '09/11/2026' : '2026-11-09', { w: 3400, noBorder: true }), C('', { w: 1400, noBorder: true }), C('', { w: 3438, noBorder: true })]], [1400, 3400, 1400, 3438], { border: 'FFFFFF', size: 0 }),
    ],
  }], 'Candidate Information and Pre-Employment Screening Form', 'HR Shared Services');
}

/** University promotion dossier — Candidate Information Form: credentials and employment tables with a merged institution cell. */
export function internal(p: Person): Document {
  const w = newestFirst(p);
  const L = (t: string) => C(t, { w: 2600, shade: 'E7E6E6', b: true, size: 18 });
  const hdr = (t: string[], ws: number[]) => t.map((x, i) => C(x, { w: ws[i], shade: 'BDD7EE', b: true, size: 17 }));
  const ws = [1150, 1150, 2900, 3338, 1100];
  const unp = w.filter((j) => j.company === 'University of the Northern Prairies');
  const rows: TableCell[][] = w.map((j) => {
    const cells = [C(d(j.start, 'YYYY/MM'), { w: ws[0] }), C(d(j.end, 'YYYY/MM', 'present'), { w: ws[1] }), C(j.title, { w: ws[2] })];
    if (j === unp[0]) cells.push(C(j.company, { w: ws[3], rows: unp.length }));
    else if (!unp.includes(j)) cells.push(C(j.company, { w: ws[3] }));
    cells.push(C(j.internship ? 'PT (summer)' : 'FT', { w: ws[4], align: 'center' }));
    return cells;
  });
  return doc('Calibri', 20, [{
    properties: { page: A4 },
    headers: { default: new Header({ children: [P([{ t: 'UNIVERSITY OF THE NORTHERN PRAIRIES', b: true, size: 18 }, { t: '\tFaculty Relations Office', size: 16 }], { tabRight: FULL, after: 0, border: true })] }) },
    footers: { default: new Footer({ children: [pageNo('Form A – Application for Promotion (rev. 2025)  |  Page ', ' of ', '', 14)] }) },
    children: [
      P('Application for Promotion to Associate Professor', { b: true, size: 28, after: 40 }),
      P('Form A – Candidate Information. To be completed by the candidate and submitted with the Standards-based dossier to the Department Head by 15 November.', { size: 17, after: 120 }),
      P('A. Candidate', { b: true, size: 21, after: 40 }),
      T([[L('Name'), C(p.name, { w: 3000, b: true }), L('Employee no.'), C('30118842', { w: 1438 })],
        [L('Department / College'), C('Soil Science / College of Agriculture and Bioresources', { span: 3 })],
        [L('Current rank'), C('Assistant Professor (tenure-track)', { w: 3000 }), L('Rank sought'), C('Associate Professor', { w: 1438 })],
        [L('Date of appointment to current rank'), C('2020/07/01', { w: 3000 }), L('Years in rank'), C('6', { w: 1438 })],
        [L('Email'), C(p.email, { w: 3000 }), L('Phone (mobile)'), C(p.phoneLocal, { w: 1438 })]], [2600, 3000, 2600, 1438]),
      P('B. Academic credentials', { b: true, size: 21, before: 160, after: 40 }),
      T([hdr(['Degree', 'Discipline', 'Institution', 'Conferred (yyyy/mm)'], [1800, 2600, 3638, 1600]),
        ...p.education.map((x) => [C(x.degree, { w: 1800 }), C(x.field, { w: 2600 }), C(x.school, { w: 3638 }), C(d(x.end, 'YYYY/MM'), { w: 1600 })])], [1800, 2600, 3638, 1600]),
      P('C. Employment history (academic and non-academic, most recent first)', { b: true, size: 21, before: 160, after: 40 }),
      T([hdr(['From (yyyy/mm)', 'To (yyyy/mm)', 'Position / rank', 'Institution or organization', 'FT / PT'], ws), ...rows], ws),
      P('Periods of graduate study: 2013/09 – 2017/12 (PhD, University of Manitoulin) — not counted as employment.', { size: 16, before: 40 }),
      P('D. Research methods and technical expertise', { b: true, size: 21, before: 160, after: 40 }),
      T([[C(skills(p).map((s) => P(s, { bullet: true, after: 0 })), { w: FULL })]], [FULL]),
      P('E. Professional designations', { b: true, size: 21, before: 160, after: 40 }),
      T([[C(p.certs.join('; '), { w: FULL })]], [FULL]),
      P('F. Candidate’s declaration', { b: true, size: 21, before: 160, after: 40 }),
      P('I certify that the information in this form and in my dossier is accurate and complete, and I request consideration for promotion under Article 15 of the Collective Agreement.', { size: 18, after: 240 }),
      P(`Signature: _______________________     Date: 2026/11/10     (${p.name})`, { after: 200 }),
      T([[C([P('For Dean’s Office use only', { b: true, size: 16, after: 0 }), P('Received: ____________   Dossier complete: ☐ Yes ☐ No   Committee: ______________', { size: 16, after: 0 })], { w: FULL, shade: 'F2F2F2' })]], [FULL]),
    ],
  }], 'Form A – Candidate Information', 'Faculty Relations Office');
}

/** Microsoft Word "Chronological résumé" built-in template look: big name, contact line, small-caps section headings. */
export function chronoword(p: Person): Document {
  const mixed = p.language === 'mixed';
  const accent = mixed ? '2E74B5' : '833C0B';
  const w = newestFirst(p);
  const head = (t: string) => P([{ t, b: true, caps: true, color: accent, size: 22 }], { before: 200, after: 80, border: true, color: accent });
  const entries = w.flatMap((j) => [
    P([{ t: span(j, 'Mon YYYY', ' – ', 'Present').toUpperCase(), size: 17, color: '595959' }], { after: 0, keepNext: true }),
    P([{ t: j.title, b: true }, { t: ', ' }, { t: j.company, b: false }], { after: 20, keepNext: true }),
    ...j.duties.map((x) => P(x, { bullet: true, after: 0 })), P('', { after: 40 })]);
  const gaps = (p.gaps ?? []).map((g) => P([{ t: `${span(g, 'Mon YYYY').toUpperCase()}  `, size: 17, color: '595959' }, { t: g.note, i: true }], { after: 80 }));
  return doc(mixed ? { ascii: 'Calibri', hAnsi: 'Calibri', eastAsia: '微软雅黑' } : 'Calibri', 21, [{
    properties: { page: { ...A4, margin: { ...A4.margin, left: 1300, right: 1300 } } },
    children: [
      P([{ t: mixed ? `${p.name}  ${p.nameAlt}` : p.name, size: 52, color: accent }], { after: 40 }),
      P(`${p.address}  ·  ${mixed ? `+86 ${p.phoneLocal}` : p.phoneLocal}  ·  ${p.email}`, { size: 18, color: '595959', after: 120 }),
      head('Objective'), P(p.summary + (mixed ? ' Seeking a regional supply-chain leadership role.' : ' Looking for a site operations role with a stable shift pattern.')),
      head('Experience'), ...entries, ...gaps,
      head('Education'), ...p.education.flatMap((x) => [P([{ t: `${d(x.end, 'Mon YYYY').toUpperCase()}`, size: 17, color: '595959' }], { after: 0 }), P([{ t: x.degree + (x.field ? `, ${x.field}` : ''), b: true }, `, ${x.school}`], { after: 60 })]),
      head('Skills'), ...skills(p).map((s) => P(s, { bullet: true, after: 0 })),
      head(mixed ? 'Certifications & Languages' : 'Licences & Certificates'), ...[...p.certs, ...(mixed ? p.languages : [])].map((s) => P(s, { bullet: true, after: 0 })),
      head('References'), P(p.referees ? p.referees.map((r) => `${r.name}, ${r.role}, ${r.org} — ${r.phone}`).join('\n') : 'Available on request.'),
    ],
  }], `${p.nameAlt ?? p.name} résumé`, p.nameAlt ?? p.name);
}

/** Word document laid out with two newspaper columns (Layout › Columns › Two, line between) below a one-column heading. */
export function wordcols(p: Person): Document {
  const mixed = p.language === 'mixed';
  const w = newestFirst(p);
  const head = (t: string) => P([{ t, b: true, size: 21, color: '1F4E79' }], { before: 140, after: 60, border: true, color: '1F4E79', keepNext: true });
  const body = [
    head('Profile'), P(p.summary, { align: 'both' }),
    head('Experience'), ...w.flatMap((j) => [P([{ t: j.title, b: true }], { after: 0, keepNext: true }), P([{ t: `${j.company}, ${j.city}`, i: true }], { after: 0, keepNext: true }),
      P([{ t: span(j, 'MM/YYYY', ' – ', 'present'), size: 17, color: '595959' }], { after: 20, keepNext: true }), ...j.duties.map((x) => P(x, { bullet: true, after: 0 })), P('', { after: 40 })]),
    ...(p.gaps ?? []).filter((g) => !g.note.startsWith('Medical')).map((g) => P(`${span(g, 'MM/YYYY')}: ${g.note}`, { size: 17 })),
    head('Education'), ...p.education.flatMap((x) => [P([{ t: `${x.degree}, ${x.field}`, b: true }], { after: 0 }), P(`${x.school}, ${d(x.start, 'MM/YYYY')} – ${d(x.end, 'MM/YYYY')}`, { after: 60 })]),
    head('Skills'), ...skills(p).map((s) => P(s, { bullet: true, after: 0 })),
    head('Certifications'), ...p.certs.map((s) => P(s, { bullet: true, after: 0 })),
    head('Languages'), P(p.languages.join(' · ')),
  ];
  const title = mixed ? 'Product Strategy · Fintech · Credit Risk' : 'Internal Medicine · Chief Medical Resident';
  return doc(mixed ? { ascii: 'Cambria', hAnsi: 'Cambria', eastAsia: '宋体' } : 'Cambria', 20, [
    { properties: { page: A4 }, children: [
      P([{ t: mixed ? `${p.nameAlt} ${p.name}` : `${p.name}, MD`, b: true, size: 40, color: '1F4E79' }], { align: 'center', after: 20 }),
      P([{ t: title, size: 20, color: '595959' }], { align: 'center', after: 40 }),
      P(`${p.address} | ${mixed ? `+86 ${p.phoneLocal}` : p.phoneLocal} | ${p.email}`, { align: 'center', size: 17, after: 80, border: true, color: '1F4E79' })] },
    { properties: { type: SectionType.CONTINUOUS, page: A4, column: { count: 2, space: 500, separate: true } }, children: body },
  ], `${p.nameAlt ?? p.name} CV`, p.nameAlt ?? p.name);
}

// ------------------------------------------------------------------------------------------------------------- Chinese

/** 候选人背景调查信息表 (third-party background-check intake form). */
export function beidiao(p: Person): Document {
  const w = newestFirst(p);
  const K = (t: string, w2 = 1500) => C(t, { w: w2, shade: 'F2F2F2', align: 'center' });
  const target = p.id === 'p08' ? ['深圳市鲸云科技股份有限公司', '产品总监'] : ['星衡智能制造股份有限公司', '法务总监'];
  const depts = p.id === 'p08' ? ['产品部', '产品部', '产品中心', '产品研发中心'] : ['民二庭', '诉讼部', '诉讼部', '公司业务部'];
  const blocks = w.flatMap((j, i) => {
    const ref = p.referees?.find((r) => r.org === j.company);
    return [P('', { after: 40 }), T([
      [C(`工作经历${'一二三四五'[i]}${i === 0 ? '（最近一份）' : ''}`, { span: 4, b: true, shade: 'DDEBF7' })],
      [K('单位全称'), C(j.company, { span: 3 })],
      [K('起止时间'), C(span(j, 'YYYY.MM', '—', '至今'), { w: 3319 }), K('部门'), C(depts[w.length - 1 - i] ?? '', { w: 3319 })],
      [K('职位'), C(j.title, { w: 3319 }), K('离职原因'), C(j.reason ?? (j.end ? '个人发展' : '在职'), { w: 3319 })],
      [K('证明人（上级）'), C(j.supervisor ?? '', { w: 3319 }), K('证明人电话'), C(ref?.phone ?? j.employerPhone ?? '', { w: 3319 })],
      [K('单位HR电话'), C(j.employerPhone ?? '', { w: 3319 }), K('可否调查'), C(j.end ? '可以' : '入职前不可', { w: 3319 })],
    ], [1500, 3319, 1500, 3319])];
  });
  return doc(ZHF, 20, [{
    properties: { page: A4 },
    headers: { default: new Header({ children: [P([{ t: '明鉴背调', b: true, color: 'C00000' }, { t: '　｜　候选人信息采集表\t编号：MJ-2611-0' + (p.id === 'p08' ? '842' : '913'), size: 16 }], { tabRight: FULL, border: true, after: 0 })] }) },
    footers: { default: new Footer({ children: [pageNo('第 ', ' 页  共 ', ' 页', 16)] }) },
    children: [
      P('候选人背景调查信息表', { align: 'center', b: true, size: 32, after: 80 }),
      P(`委托单位：${target[0]}　　　应聘职位：${target[1]}`, { size: 19, after: 100 }),
      T([[C('一、基本信息', { span: 6, b: true, shade: 'DDEBF7' })],
        [K('姓名', 1300), C(p.name, { w: 1900, b: true }), K('性别', 1300), C(p.gender === 'M' ? '男' : '女', { w: 1700 }), K('出生日期', 1300), C(d(p.born.slice(0, 7), 'YYYY年MM月'), { w: 2138 })],
        [K('手机号码', 1300), C(p.phoneLocal, { w: 1900 }), K('电子邮箱', 1300), C(p.email, { span: 3 })],
        [K('身份证号', 1300), C(p.id === 'p08' ? '4407**********2426' : '3707**********4719', { span: 3 }), K('政治面貌', 1300), C(p.extra?.['政治面貌'] ?? '', { w: 2138 })],
        [K('现居住地址', 1300), C(p.address, { span: 5 })]], [1300, 1900, 1300, 1700, 1300, 2138]),
      P('', { after: 40 }),
      T([[C('二、教育经历（自高中后填写，须与学信网一致）', { span: 4, b: true, shade: 'DDEBF7' })],
        [K('起止时间', 2200), K('学校', 3200), K('专业', 2238), K('学历/学位', 2000)],
        ...p.education.map((x) => [C(`${d(x.start, 'YYYY.MM')}—${d(x.end, 'YYYY.MM')}`, { w: 2200 }), C(x.school, { w: 3200 }), C(x.field, { w: 2238 }), C(x.degree, { w: 2000 })])], [2200, 3200, 2238, 2000]),
      P('三、工作经历（请从最近一份工作开始倒序填写，须包含全部全职及实习经历）', { b: true, before: 120, after: 0 }),
      ...blocks,
      P('', { after: 40 }),
      T([[C('四、专业技能与资格', { span: 2, b: true, shade: 'DDEBF7' })],
        [K('专业技能'), C(skills(p).join('、'), { w: 8138 })],
        [K('资格证书'), C(p.certs.join('；'), { w: 8138 })]], [1500, 8138]),
      P('五、授权声明', { b: true, before: 160, after: 40 }),
      P('本人授权委托单位及其委托的背景调查机构，对本人所提供的身份、学历、工作经历等信息进行核实。本人保证以上信息真实、完整，如有虚假，愿承担由此产生的一切后果。', { size: 19, after: 240 }),
      P(`候选人签名：__________（${p.name}）　　　　日期：2026年11月　　日`, { after: 0 }),
    ],
  }], '候选人背景调查信息表', '明鉴背调');
}

/** 博士后研究人员进站申请表. */
export function postdoc(p: Person): Document {
  const x = p.extra ?? {}; const w = newestFirst(p);
  const K = (t: string, w2 = 1300) => C(t, { w: w2, align: 'center' });
  const ws = [1300, 1750, 1300, 1750, 1300, 2238];
  const edu = [...p.education].reverse();
  return doc(ZHF, 21, [{
    properties: { page: A4 },
    headers: { default: new Header({ children: [P([{ t: `${x['拟进站单位']}`, size: 16 }], { align: 'right', after: 0 })] }) },
    footers: { default: new Footer({ children: [pageOnly(16)] }) },
    children: [
      P('博士后研究人员进站申请表', { align: 'center', b: true, size: 34, after: 60 }),
      P('（企业博士后科研工作站　2026年度第二批）', { align: 'center', size: 20, after: 160 }),
      T([
        [K('姓　　名'), C(p.name, { w: ws[1] }), K('性　　别'), C('男', { w: ws[3] }), K('出生年月'), C([P(d(p.born.slice(0, 7), 'YYYY.MM'), { after: 0, align: 'center' })], { w: 1000 }), C([P('照', { align: 'center', after: 0 }), P('片', { align: 'center', after: 0 })], { rows: 4, w: 1238 })],
        [K('民　　族'), C(x['民族'] ?? '', { w: ws[1] }), K('政治面貌'), C(x['政治面貌'] ?? '', { w: ws[3] }), K('籍　　贯'), C(x['籍贯'] ?? '', { w: 1000 })],
        [K('身份证号'), C('4211**********0037', { span: 3 }), K('婚姻状况'), C(x['婚姻状况'] ?? '', { w: 1000 })],
        [K('博士毕业学校'), C(p.education[0].school, { w: ws[1] }), K('学位授予时间'), C(d(p.education[0].end, 'YYYY年M月'), { w: ws[3] }), K('博士导师'), C(x['导师'] ?? '', { w: 1000 })],
        [K('一级学科'), C('材料科学与工程', { w: ws[1] }), K('二级学科'), C('材料学', { w: ws[3] }), K('进站类别'), C('统招统分 ☐　在职 ☑', { span: 2 })],
        [K('联系电话'), C(p.phoneLocal, { w: ws[1] }), K('电子邮箱'), C(p.email, { span: 4 })],
        [K('通讯地址'), C(p.address, { span: 6 })],
      ], [1300, 1750, 1300, 1750, 1300, 1000, 1238]),
      T([
        [C('学习经历（自本科填起）', { span: 4, b: true, shade: 'F2F2F2' })],
        [K('起止年月', 2400), K('学　校', 3000), K('专　业', 2238), K('学　位', 2000)],
        ...edu.map((e2) => [C(`${d(e2.start, 'YYYY.MM')}—${d(e2.end, 'YYYY.MM')}`, { w: 2400, align: 'center' }), C(e2.school, { w: 3000 }), C(e2.field, { w: 2238 }), C(e2.degree, { w: 2000, align: 'center' })]),
        [C('工作经历', { span: 4, b: true, shade: 'F2F2F2' })],
        [K('起止年月', 2400), K('工作单位', 3000), K('职务/职称', 2238), K('证明人', 2000)],
        ...[...w].reverse().map((j) => [C(`${d(j.start, 'YYYY.MM')}—${d(j.end, 'YYYY.MM', '至今')}`, { w: 2400, align: 'center' }), C(j.company, { w: 3000 }), C(j.title, { w: 2238 }), C(j.company === '楚川大学' ? '邵景明' : j.company.startsWith('武汉') ? '彭立新' : '吴国栋', { w: 2000, align: 'center' })]),
        [C('', { w: 2400 }), C('', { w: 3000 }), C('', { w: 2238 }), C('', { w: 2000 })],
      ], [2400, 3000, 2238, 2000]),
      T([
        [C('主要科研成果（论文、专利、项目）', { w: 1700, align: 'center' }), C([P(`1. ${x['论文1']}`, { after: 20, size: 18 }), P(`2. ${x['论文2']}`, { after: 20, size: 18 }), P('3. 发明专利：一种石榴石型固态电解质薄膜的流延制备方法，ZL202410388xxx.X（第一发明人，已授权）', { after: 0, size: 18 })], { w: 7938, v: 'top' })],
        [C('掌握的主要实验技能与研究方法', { w: 1700, align: 'center' }), C(skills(p).join('；'), { w: 7938 })],
        [C('外语水平', { w: 1700, align: 'center' }), C(p.languages.join('；'), { w: 7938 })],
        [C('拟开展的研究工作', { w: 1700, align: 'center' }), C('面向固态锂电池的超薄石榴石电解质膜低温共烧工艺研究：研究流延浆料流变性与两步烧结制度对致密度、离子电导率的影响，完成中试线工艺包。', { w: 7938 })],
        [C('申请人承诺', { w: 1700, align: 'center' }), C([P('本人保证所填内容及提交材料真实、准确，如有不实，愿承担相应责任。', { after: 200 }), P(`申请人签名：${p.name}　　　　2026年11月8日`, { align: 'right', after: 0 })], { w: 7938 })],
        [C('合作导师意见', { w: 1700, align: 'center' }), C([P('', { after: 400 }), P('合作导师签字：　　　　　　年　　月　　日', { align: 'right', after: 0 })], { w: 7938 })],
      ], [1700, 7938]),
    ],
  }], '博士后研究人员进站申请表', p.name);
}

/** 投标文件 — 拟委任的项目经理简历表 (Chinese standard construction tender format), plus similar-projects table. */
export function tender(p: Person): Document {
  const x = p.extra ?? {}; const w = newestFirst(p);
  const K = (t: string, w2 = 1400) => C(t, { w: w2, align: 'center' });
  const ws = [1400, 1800, 1200, 1600, 1700, 1938];
  return doc(ZHF, 21, [{
    properties: { page: A4 },
    headers: { default: new Header({ children: [P('成都市天府新区综合管廊三期工程施工（第2标段）　　投标文件', { align: 'center', size: 17, border: true, after: 0 })] }) },
    footers: { default: new Footer({ children: [pageOnly(18)] }) },
    children: [
      P('附表五　拟委任的项目经理简历表', { align: 'center', b: true, size: 30, after: 200 }),
      T([
        [K('姓　名'), C(p.name, { w: ws[1], align: 'center' }), K('年　龄', ws[2]), C(x['年龄'] ?? String(age(p)), { w: ws[3], align: 'center' }), K('学　历', ws[4]), C('本科', { w: ws[5], align: 'center' })],
        [K('职　称'), C(x['职称'] ?? '', { w: ws[1], align: 'center' }), K('职　务', ws[2]), C('项目经理', { w: ws[3], align: 'center' }), K('拟在本合同任职', ws[4]), C(x['拟任职务'] ?? '', { w: ws[5], align: 'center' })],
        [K('毕业学校'), C(`2013年毕业于${p.education[1].school}　${p.education[1].field}专业；2008年毕业于${p.education[0].school}　${p.education[0].field}专业`, { span: 5 })],
        [K('建造师'), C(p.certs[0], { span: 5 })],
        [K('安全考核'), C(p.certs[1], { span: 5 })],
        [K('联系电话'), C(p.phoneLocal, { span: 2, align: 'center' }), K('电子邮箱', ws[3]), C(p.email, { span: 2 })],
        [C('工 作 简 历', { span: 6, align: 'center', b: true, shade: 'F2F2F2' })],
        [K('起止时间'), C('工作单位', { span: 2, align: 'center' }), K('担任职务', ws[3]), C('备注', { span: 2, align: 'center' })],
        ...w.map((j) => [C(span(j, 'YYYY.MM', '—', '至今'), { w: ws[0], align: 'center' }), C(j.company, { span: 2 }), C(j.title, { w: ws[3], align: 'center' }), C(j.company.includes('解放军') ? '服役' : j.end ? '' : '在职', { span: 2, align: 'center' })]),
        [C('近五年主要工作业绩（类似项目）', { span: 6, align: 'center', b: true, shade: 'F2F2F2' })],
        [K('时　间'), C('参加过的类似项目', { span: 2, align: 'center' }), K('担任职务', ws[3]), C('发包人及联系电话', { span: 2, align: 'center' })],
        [C('2023.06—至今', { w: ws[0], align: 'center' }), C('天府新区综合管廊二期工程（3.2亿元）', { span: 2 }), C('项目经理', { w: ws[3], align: 'center' }), C('成都天府新区城市建设投资有限公司\n028-8536 0912', { span: 2 })],
        [C('2019.03—2022.10', { w: ws[0], align: 'center' }), C('锦江区三圣大道改造工程（2.1亿元）', { span: 2 }), C('项目经理', { w: ws[3], align: 'center' }), C('成都市锦江区交通运输局\n028-8446 2210', { span: 2 })],
        [C('2017.05—2019.01', { w: ws[0], align: 'center' }), C('东风渠桥梁拓宽工程（1.4亿元）', { span: 2 }), C('项目经理', { w: ws[3], align: 'center' }), C('成都市城市桥梁管理处\n028-8661 3307', { span: 2 })],
        [K('专业技能'), C(skills(p).join('、'), { span: 5 })],
      ], ws),
      P('注：1. 项目经理应附建造师注册证书、身份证、职称证、安全生产考核合格证书复印件及社保证明。2. 类似项目应附中标通知书和合同协议书复印件。', { size: 17, before: 80, after: 240 }),
      P(`投 标 人：${w[0].company}（盖单位章）`, { after: 120 }),
      P('法定代表人或其委托代理人：__________（签字）', { after: 120 }),
      P('2026年11月10日', { after: 0 }),
    ],
  }], '拟委任的项目经理简历表', w[0].company);
}

// ------------------------------------------------------------------------------------------------------------- mixed

/** Visa agency's DS-160 information worksheet (中英对照): three-column field/label/answer grid. */
export function ds160(p: Person): Document {
  const w = newestFirst(p); const x = p.extra ?? {};
  const ws = [2300, 3300, 4038];
  const sec = (zh: string, en: string) => [C([{ t: `${zh}  ${en}`, color: 'FFFFFF', b: true }], { span: 3, shade: '1F3864', size: 19 })];
  const r = (zh: string, en: string, v: string) => [C(zh, { w: ws[0], size: 18 }), C(en, { w: ws[1], size: 17 }), C(v, { w: ws[2], b: true, size: 18 })];
  const ym = (s: string | null) => (s ? `${d(s, 'YYYY年MM月')} / ${d(s, 'MON-YYYY').replace('-', ' ')}` : '至今 / PRESENT');
  const [cur, ...prev] = w;
  const rows: TableCell[][] = [
    sec('一、个人信息', 'PERSONAL INFORMATION'),
    r('姓（拼音）', 'Surnames', p.surname), r('名（拼音）', 'Given Names', p.given), r('中文姓名', 'Full Name in Native Alphabet', p.name),
    r('曾用名/英文名', 'Other Names Used', p.nameAlt ?? ''), r('性别', 'Sex', p.gender === 'M' ? '男 MALE' : '女 FEMALE'), r('婚姻状况', 'Marital Status', '已婚 MARRIED'),
    r('出生日期', 'Date of Birth', d(p.born.slice(0, 7), 'DD MON YYYY').replace(/^\d\d/, p.born.slice(8))), r('护照号', 'Passport Number', x.passport ?? ''),
    sec('二、地址与电话', 'ADDRESS AND PHONE'),
    r('家庭住址', 'Home Address', p.address), r('手机', 'Primary Phone Number', p.phone.replace('+86', '')), r('电子邮箱', 'Email Address', p.email),
    r('社交媒体', 'Social Media', 'WeChat / LinkedIn'),
    sec('三、旅行信息', 'TRAVEL INFORMATION'), r('赴美目的', 'Purpose of Trip', x.travelPurpose ?? ''),
    sec('四、目前工作', 'PRESENT WORK/EDUCATION/TRAINING'),
    r('职业', 'Primary Occupation', p.id === 'p13' ? '商业 BUSINESS' : '其他-设计 OTHER – DESIGN'),
    r('现单位名称', 'Present Employer or School Name', cur.company), r('单位地址', 'Address', cur.employerAddress ?? cur.city), r('单位电话', 'Phone Number', cur.employerPhone ?? ''),
    r('入职时间', 'Start Date', ym(cur.start)), r('月收入（人民币）', 'Monthly Income in Local Currency', p.id === 'p13' ? '58,000' : '42,000'),
    r('职位', 'Job Title', `${cur.titleZh} ${cur.title}`), r('工作职责', 'Briefly describe your duties', sentences(cur.duties)),
    sec('五、以前的工作（全部列出，从近到远）', 'PREVIOUS WORK'),
    ...prev.flatMap((j, i) => [
      [C(`以前工作 ${i + 1}  Previous Employer ${i + 1}`, { span: 3, b: true, shade: 'D9E2F3', size: 18 })],
      r('单位名称', 'Employer Name', j.company), r('单位地址', 'Employer Street Address', j.employerAddress ?? j.city), r('单位电话', 'Telephone Number', j.employerPhone ?? ''),
      r('职位', 'Job Title', `${j.titleZh} ${j.title}`), r('主管姓名', "Supervisor's Surname, Given Names", j.supervisor ?? ''),
      r('入职时间', 'Employment Date From', ym(j.start)), r('离职时间', 'Employment Date To', ym(j.end)), r('工作职责', 'Briefly describe your duties', sentences(j.duties))]),
    sec('六、教育', 'EDUCATION'),
    ...p.education.flatMap((ed) => [r('学校名称', 'Name of Institution', ed.school), r('专业', 'Course of Study', ed.field), r('就读时间', 'Date of Attendance From / To', `${ym(ed.start)}  —  ${ym(ed.end)}`)]),
    sec('七、补充（不录入系统，仅供面谈准备）', 'ADDITIONAL – FOR INTERVIEW PREP ONLY'),
    r('专业技能', 'Skills (for interview notes)', skills(p).join('; ')),
    r('语言', 'Languages Spoken', p.languages.join('; ')),
    r('是否有特殊技能（武器/爆炸物/核等）', 'Specialized skills or training (firearms, explosives, nuclear…)', '否 NO'),
    r('是否服过兵役', 'Have you ever served in the military?', '否 NO'),
  ];
  return doc({ ascii: 'Arial', hAnsi: 'Arial', eastAsia: '宋体' }, 19, [{
    properties: { page: { ...A4, margin: { ...A4.margin, top: 1000, bottom: 1000 } } },
    headers: { default: new Header({ children: [P([{ t: '环亚签证服务中心', b: true, color: '1F3864' }, { t: '\t美国非移民签证 DS-160 信息表（中英对照）', size: 16 }], { tabRight: FULL, border: true, color: '1F3864', after: 0 })] }) },
    footers: { default: new Footer({ children: [pageNo('请用中文或拼音如实填写，我司负责翻译录入。　第 ', ' 页 / 共 ', ' 页', 15)] }) },
    children: [
      P('DS-160 申请人信息表 APPLICANT WORKSHEET', { align: 'center', b: true, size: 28, after: 60 }),
      P(`申请人：${p.name}（${p.nameAlt}）　　顾问：Cathy 陆　　递交日期：2026-11-06`, { align: 'center', size: 18, after: 120 }),
      T(rows, ws, { border: '7F7F7F' }),
      P('申请人确认以上信息真实无误。签名：______________　日期：__________', { before: 200, after: 0 }),
    ],
  }], 'DS-160 信息表', '环亚签证服务中心');
}

export { sp };
