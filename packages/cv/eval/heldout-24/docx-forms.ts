/**
 * heldout-24 Word forms (written with the `docx` package; LibreOffice exports the PDFs). Every form is a real kind of
 * application / registration form filled in by hand in Word: tables with labels beside or above values, merged cells,
 * photo boxes, declarations and signature lines.
 */
import {
  AlignmentType, Document, Footer, Header, PageNumber, Paragraph, ShadingType, Table, TableCell, TableLayoutType,
  TableRow, TextRun, VerticalAlign, WidthType,
} from 'docx';
import type { Job, Person } from './people.ts';
import { d, de, dob, durZh, range, recent } from './util.ts';

type Font = { ascii: string; hAnsi: string; eastAsia: string; cs: string };
const EN_ARIAL: Font = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: 'SimSun', cs: 'Arial' };
const EN_TNR: Font = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'SimSun', cs: 'Times New Roman' };
const EN_CAL: Font = { ascii: 'Calibri', hAnsi: 'Calibri', eastAsia: 'SimSun', cs: 'Calibri' };
const ZH_SONG: Font = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体', cs: 'Times New Roman' };
const ZH_FS: Font = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: '仿宋', cs: 'Arial' };

export interface Cell {
  t?: string | string[];
  above?: string; // small label printed above the value in the same cell
  span?: number;
  rows?: number;
  label?: boolean; // shaded label cell
  bar?: boolean; // section bar
  bold?: boolean;
  center?: boolean;
  size?: number; // half-points
  shade?: string;
  italic?: boolean;
}
type Row = Cell[];

const GREY = 'E7E6E6';

function runs(text: string, o: { bold?: boolean; size?: number; italic?: boolean; color?: string }): TextRun[] {
  return [new TextRun({ text, bold: o.bold, size: o.size, italics: o.italic, color: o.color })];
}
export function P(text: string, o: { bold?: boolean; size?: number; center?: boolean; right?: boolean; italic?: boolean; after?: number; before?: number; color?: string } = {}): Paragraph {
  return new Paragraph({
    alignment: o.center ? AlignmentType.CENTER : o.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
    spacing: { after: o.after ?? 0, before: o.before ?? 0 },
    children: runs(text, o),
  });
}

function mkCell(c: Cell, width: number, base: number): TableCell {
  const size = c.size ?? base;
  const lines = c.t === undefined ? [''] : Array.isArray(c.t) ? c.t : [c.t];
  const children: Paragraph[] = [];
  if (c.above !== undefined) children.push(P(c.above, { size: Math.max(12, size - 5), color: '595959' }));
  for (const l of lines) children.push(P(l, { bold: c.bold ?? (c.label || c.bar), size, center: c.center ?? c.bar, italic: c.italic }));
  return new TableCell({
    children,
    columnSpan: c.span,
    rowSpan: c.rows,
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    shading: c.shade || c.label || c.bar ? { type: ShadingType.CLEAR, color: 'auto', fill: c.shade ?? (c.bar ? 'BFBFBF' : GREY) } : undefined,
  });
}

/** A fixed-width table; `rows` may leave out the slots covered by a cell merged down from above. */
export function T(widths: number[], rows: Row[], base = 19): Table {
  const covered = new Map<number, number>(); // column -> rows still covered
  const out: TableRow[] = [];
  for (const r of rows) {
    let col = 0;
    const cells: TableCell[] = [];
    const nowCovered = new Map(covered);
    for (const c of r) {
      while ((nowCovered.get(col) ?? 0) > 0) col++;
      const span = c.span ?? 1;
      const w = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
      cells.push(mkCell(c, w, base));
      if (c.rows && c.rows > 1) for (let k = col; k < col + span; k++) covered.set(k, c.rows);
      col += span;
    }
    for (const [k, v] of covered) covered.set(k, v - 1);
    for (const [k, v] of [...covered]) if (v <= 0) covered.delete(k);
    // columns covered during this row were decremented above; cells started in this row were set to rows then -1
    out.push(new TableRow({ children: cells, cantSplit: true }));
  }
  return new Table({ rows: out, columnWidths: widths, layout: TableLayoutType.FIXED, width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA } });
}

function doc(font: Font, size: number, children: (Paragraph | Table)[], o: { header?: string; footer?: string; margin?: number } = {}): Document {
  const m = o.margin ?? 1020;
  return new Document({
    creator: 'Microsoft Office User',
    styles: { default: { document: { run: { font, size } } } },
    sections: [{
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: m, bottom: m, left: m, right: m, header: 500, footer: 500 } } },
      headers: o.header ? { default: new Header({ children: [P(o.header, { size: 15, right: true, color: '595959' })] }) } : undefined,
      footers: {
        default: new Footer({
          children: [new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ size: 15, children: [`${o.footer ?? ''}${o.footer ? '    ' : ''}`, ...(/[\u4e00-\u9fff]/.test(o.footer ?? '') ? ['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'] : ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES])] })],
          })],
        }),
      },
      children,
    }],
  });
}
const gap = (n = 120) => P('', { after: n, size: 8 });
const L = (t: string, o: Partial<Cell> = {}): Cell => ({ t, label: true, ...o });
const V = (t: string | string[], o: Partial<Cell> = {}): Cell => ({ t, ...o });
const surname = (p: Person) => p.name.split(' ').slice(-1)[0];
const given = (p: Person) => p.name.split(' ').slice(0, -1).join(' ');

// ---------------------------------------------------------------------------------------------------------------
/** Public Service Commission application form (Mauritius PSC Form 7 / Fiji PSC style): one row per job, From/To in two cells. */
function psc7(p: Person): Document {
  const mu = p.id === 'p01';
  const post = mu ? 'Quantity Surveyor (Ministry of National Infrastructure and Community Development)' : 'Principal Agricultural Officer (Extension Services)';
  const W = [450, 3000, 6366];
  const tel = mu ? `Home: —     Mobile: ${p.phoneDisplay}` : `Mobile: ${p.phoneDisplay}`;
  const personal = T(W, [
    [V('1.'), L('Post applied for'), V(post, { bold: true })],
    [V('2.'), L('Surname'), V(surname(p).toUpperCase())],
    [V('3.'), L('Other names'), V(given(p).toUpperCase())],
    [V('4.'), L('Full name (as normally written)'), V(p.name)],
    [V('5.'), L('Date of birth (dd/mm/yyyy)'), V(dob(p, 'DD/MM/YYYY'))],
    [V('6.'), L(mu ? 'National Identity Card No.' : 'FNPF / TIN No.'), V(mu ? p.idNo! : 'FNPF 2318 4471 / TIN 31-56620-0-4')],
    [V('7.'), L('Residential address'), V(p.address)],
    [V('8.'), L('Telephone'), V(tel)],
    [V('9.'), L('E-mail address'), V(p.email)],
    [V('10.'), L('Nationality'), V(p.nationality)],
  ]);
  const eduW = [3600, 1000, 1000, 4216];
  const edu = T(eduW, [
    [L('Institution attended', { center: true }), L('From', { center: true }), L('To', { center: true }), L('Qualifications obtained (with class / grade)', { center: true })],
    ...p.edu.map((e) => [V(`${e.school}`), V(d(e.start, 'MM/YYYY'), { center: true }), V(d(e.end, 'MM/YYYY'), { center: true }), V(`${e.qual}${e.field ? ` — ${e.field}` : ''}`)]),
  ], 18);
  const jobW = [1000, 1000, 2600, 2000, 3216];
  const rows: Row[] = [
    [L('From (month/ year)', { center: true, size: 16 }), L('To (month/ year)', { center: true, size: 16 }), L('Name and address of employer', { center: true, size: 16 }), L('Post held (state whether substantive, temporary or contract)', { center: true, size: 16 }), L('Nature of duties', { center: true, size: 16 })],
  ];
  for (const j of recent(p.jobs)) {
    rows.push([V(d(j.start, 'MM/YYYY'), { center: true }), V(de(j.end, 'MM/YYYY', 'To date'), { center: true }), V([j.company, j.town]), V([j.title, j.intern ? '(Placement)' : j.end === null ? '(Permanent)' : '(Permanent)']), V(j.duties, { size: 17 })]);
  }
  if (p.breakNote) rows.push([V(`Gap in employment: ${d(p.breakNote.start, 'MM/YYYY')} to ${d(p.breakNote.end, 'MM/YYYY')} — ${p.breakNote.text}`, { span: 5, italic: true, size: 17 })]);
  const jobs = T(jobW, rows, 18);
  const refW = [3000, 4416, 2400];
  const refs = T(refW, [
    [L('Name'), L('Occupation and address'), L('Telephone')],
    ...p.referees.map((r) => [V(r.name), V(`${r.role}, ${r.org}`), V(r.phone)]),
  ], 18);
  return doc(EN_ARIAL, 19, [
    P(mu ? 'REPUBLIC OF MAURITIUS' : 'REPUBLIC OF FIJI', { bold: true, center: true, size: 22 }),
    P('PUBLIC SERVICE COMMISSION', { bold: true, center: true, size: 24 }),
    P('APPLICATION FOR EMPLOYMENT IN THE PUBLIC SERVICE', { bold: true, center: true, size: 20, after: 60 }),
    P('Candidates should read the notice of vacancy carefully before filling in this form. Use BLOCK LETTERS for names. Incomplete forms will not be considered. Attach certified copies of certificates.', { italic: true, size: 16, after: 120 }),
    P('PART I — PERSONAL PARTICULARS', { bold: true, after: 60 }), personal, gap(),
    P('PART II — EDUCATIONAL AND PROFESSIONAL QUALIFICATIONS', { bold: true, after: 60 }), edu, gap(),
    P('PART III — PRESENT AND PREVIOUS EMPLOYMENT (most recent first; account for any gaps)', { bold: true, after: 60 }), jobs, gap(),
    P('PART IV — OTHER SKILLS AND COMPETENCIES', { bold: true, after: 60 }),
    T([2600, 7216], [
      [L('Technical / computer skills'), V(p.skills.join('; '))],
      [L('Languages'), V(p.languages.join(', '))],
      [L('Professional registration / certificates'), V(p.certs.join('; '))],
    ], 18), gap(),
    P('PART V — REFEREES (two persons, not related to the applicant)', { bold: true, after: 60 }), refs, gap(),
    P('PART VI — DECLARATION', { bold: true, after: 60 }),
    P('I hereby declare that the particulars given by me in this application are true and complete to the best of my knowledge and belief. I understand that any false statement or wilful omission may render me liable to disqualification or, if appointed, to dismissal.', { size: 17, after: 240 }),
    P('Signature of applicant: ……………………………………………          Date: ……… / ……… / 2026', { after: 200 }),
    T([9816], [[V(['FOR OFFICIAL USE ONLY', 'Date received: ……………………     Reference No.: ……………………     Checked by: ……………………'], { shade: 'F2F2F2', size: 16 })]]),
  ], { footer: 'PSC Form 7 (Rev. 2019)' });
}

// ---------------------------------------------------------------------------------------------------------------
/** Southern African company application form: boxed cells with the label above the value, a block of rows per job. */
function minehr(p: Person): Document {
  const co = p.id === 'p02' ? 'KGWEBO DIAMONDS (PTY) LTD' : 'KUNENE REGIONAL WATER UTILITY';
  const pos = p.id === 'p02' ? 'Maintenance Planning Superintendent' : 'Principal Hydrogeologist';
  const W = [2450, 2450, 2450, 2466];
  const A = (label: string, value: string | string[], o: Partial<Cell> = {}): Cell => ({ above: label, t: value, ...o });
  const rows: Row[] = [
    [{ t: 'SECTION A: PERSONAL DETAILS', bar: true, span: 4 }],
    [A('Surname', surname(p)), A('First name(s)', given(p)), A('Title', p.gender === 'Male' ? 'Mr' : 'Ms'), { t: ['', 'Affix recent', 'passport-size', 'photograph', ''], rows: 4, center: true, size: 15, shade: 'F2F2F2' }],
    [A('Full name (as it appears on your ID)', p.name, { span: 3 })],
    [A(p.id === 'p02' ? 'Omang / ID No.' : 'ID No.', p.id === 'p02' ? p.idNo! : '90080500417'), A('Date of birth (DD/MM/YYYY)', dob(p, 'DD/MM/YYYY')), A('Nationality', p.nationality)],
    [A('Residential address', p.address, { span: 2 }), A('Gender', p.gender)],
    [A('Cell phone', p.phoneDisplay), A('Alternative number', '—'), A('E-mail address', p.email, { span: 2 })],
    [{ t: 'SECTION B: POSITION APPLIED FOR', bar: true, span: 4 }],
    [A('Position', pos, { span: 2 }), A('Where did you see the advert?', p.id === 'p02' ? 'Mmegi newspaper' : 'Company website'), A('Notice period', '1 month')],
    [{ t: 'SECTION C: EMPLOYMENT HISTORY (start with your current / most recent employer)', bar: true, span: 4 }],
  ];
  recent(p.jobs).forEach((j, i) => {
    rows.push([{ t: `Employer ${i + 1}`, span: 4, label: true, size: 16 }]);
    rows.push([A('Name of employer', j.company, { span: 3 }), A('Town', j.town)]);
    rows.push([A('Position held', j.title), A('Date started (MM/YYYY)', d(j.start, 'MM/YYYY')), A('Date left (MM/YYYY)', de(j.end, 'MM/YYYY', 'Still employed')), A('Reason for leaving', j.reason ?? 'N/A — current employer')]);
    rows.push([A('Main duties and responsibilities', j.duties, { span: 4 })]);
  });
  if (p.breakNote) rows.push([A('Please explain any gaps in your employment history', `${d(p.breakNote.start, 'MM/YYYY')} – ${d(p.breakNote.end, 'MM/YYYY')}: ${p.breakNote.text}`, { span: 4 })]);
  rows.push([{ t: 'SECTION D: EDUCATION AND TRAINING', bar: true, span: 4 }]);
  for (const e of p.edu) rows.push([A('Institution', e.school, { span: 2 }), A('Qualification', `${e.qual}${e.field ? `, ${e.field}` : ''}`), A('Year completed', e.end.slice(0, 4))]);
  rows.push([{ t: 'SECTION E: SKILLS, LANGUAGES AND LICENCES', bar: true, span: 4 }]);
  rows.push([A('Technical skills / competencies (list)', p.skills.map((s) => `•  ${s}`), { span: 2 }), A('Languages spoken', p.languages.join(', ')), A('Certificates / licences', p.certs.join('; '))]);
  rows.push([A('Have you ever been dismissed from employment?', '☐ Yes     ☒ No', { span: 2 }), A("Valid driver's licence?", '☒ Yes   ☐ No    Code: B', { span: 2 })]);
  rows.push([{ t: 'SECTION F: REFERENCES (previous supervisors only)', bar: true, span: 4 }]);
  for (const r of p.referees) rows.push([A('Name', r.name), A('Position', r.role), A('Company', r.org), A('Telephone', r.phone)]);
  return doc(EN_ARIAL, 19, [
    P(co, { bold: true, center: true, size: 26 }),
    P('Human Resources Department', { center: true, size: 18 }),
    P('APPLICATION FOR EMPLOYMENT', { bold: true, center: true, size: 24, before: 80 }),
    P('CONFIDENTIAL — Please complete all sections. A CV may be attached but does not replace this form.', { center: true, italic: true, size: 16, after: 120 }),
    T(W, rows, 19),
    P('DECLARATION', { bold: true, before: 160, after: 60 }),
    P('I declare that the information provided is true and correct. I understand that false information may lead to my application being rejected or, if employed, to dismissal. I consent to verification of my qualifications and references.', { size: 17, after: 240 }),
    P('Signature: ________________________          Date: ____ / ____ / ________', { after: 80 }),
  ], { header: `${co} — HR-F-012`, footer: 'HR-F-012 Rev. 3 — Application for Employment' });
}

// ---------------------------------------------------------------------------------------------------------------
/** Broker-dealer onboarding "U4 pre-registration questionnaire": one row per position, all time accounted for. */
function u4prep(p: Person): Document {
  const W = [1050, 1050, 2700, 1700, 2250, 1066];
  const jobRows: Row[] = [[L('From (MM/YYYY)', { size: 15 }), L('To (MM/YYYY)', { size: 15 }), L('Name of Firm or Company', { size: 15 }), L('City, State', { size: 15 }), L('Position Held', { size: 15 }), L('Investment-Related? (Y/N)', { size: 15 })]];
  const items: { from: string; to: string | null; firm: string; town: string; pos: string; inv: string }[] = p.jobs.map((j) => ({ from: j.start, to: j.end, firm: j.company, town: j.town, pos: j.title, inv: j.intern ? 'N' : 'Y' }));
  items.push({ from: '2009-08', to: '2013-05', firm: 'Ohio Valley State University', town: 'Athens, OH', pos: 'Full-time student', inv: 'N' });
  items.sort((a, b) => (b.from < a.from ? -1 : 1));
  for (const it of items) jobRows.push([V(d(it.from, 'MM/YYYY')), V(it.to ? d(it.to, 'MM/YYYY') : 'Present'), V(it.firm), V(it.town), V(it.pos), V(it.inv, { center: true })]);
  return doc(EN_CAL, 20, [
    P('KEYSTONE RIDGE FINANCIAL NETWORK, INC.', { bold: true, size: 24 }),
    P('Member FINRA/SIPC  •  Registration & Licensing Department', { size: 16, color: '595959', after: 60 }),
    P('Form U4 Pre-Registration Questionnaire — New Representative', { bold: true, size: 26, after: 40 }),
    P(`Representative: ${p.name}        Branch: Columbus, OH (OSJ 114)        Target start date: 01/04/2027`, { size: 18, after: 120 }),
    P('Complete every item. Registration staff will transfer these answers to Form U4 on CRD. Attach a separate sheet if more space is needed.', { italic: true, size: 16, after: 120 }),
    P('1. INDIVIDUAL INFORMATION', { bold: true, after: 60 }),
    T([2400, 2508, 2400, 2508], [
      [L('Legal name (Last, First, Middle)'), V('CASTELLANOS, DERRICK MATEO', { span: 3 })],
      [L('CRD number'), V('6541290'), L('Date of birth'), V('02/11/1990')],
      [L('Cell phone'), V(p.phoneDisplay), L('Business phone (if known)'), V('To be assigned')],
      [L('Personal e-mail'), V(p.email, { span: 3 })],
    ]), gap(),
    P('2. RESIDENTIAL HISTORY (last 5 years; no gaps)', { bold: true, after: 60 }),
    T([1200, 1200, 4016, 2200, 1200], [
      [L('From'), L('To'), L('Street address'), L('City, State'), L('ZIP')],
      [V('07/2019'), V('Present'), V('2217 Olentangy Ridge Dr'), V('Columbus, OH'), V('43235')],
      [V('09/2015'), V('06/2019'), V('88 W Bridge St, Apt 4C'), V('Dublin, OH'), V('43017')],
    ], 18), gap(),
    P('3. EMPLOYMENT HISTORY (most recent first; list every position and account for all periods, including full-time education and unemployment)', { bold: true, after: 60 }),
    T(W, jobRows, 18), gap(),
    P('4. OTHER BUSINESS ACTIVITIES', { bold: true, after: 60 }),
    T([9816], [[V('None. (Unpaid: treasurer, Worthington Youth Soccer League — approx. 3 hrs/month.)')]], 18), gap(),
    P('5. PROFESSIONAL DESIGNATIONS AND STATE LICENSES', { bold: true, after: 60 }),
    T([9816], [[V(p.certs.join('   |   '))]], 18), gap(),
    P('6. AREAS OF EXPERTISE (for your advisor profile page)', { bold: true, after: 60 }),
    T([4908, 4908], [[V(p.skills.slice(0, 4).map((s) => `☒ ${s}`)), V(p.skills.slice(4).map((s) => `☒ ${s}`))]], 18), gap(),
    P('7. ATTESTATION', { bold: true, after: 60 }),
    P('I attest that the information above is true and complete and I understand that it will be used to file my Form U4. I will notify Registration promptly of any change.', { size: 17, after: 240 }),
    P('Signature ___________________________________        Date ____/____/________'),
  ], { footer: 'KRFN-ONB-U4Q (03/2024)' });
}

// ---------------------------------------------------------------------------------------------------------------
/** Public employment service jobseeker registration form (Malta, MQF levels): one row per job, dates as MM.YYYY. */
function pesreg(p: Person): Document {
  const half = Math.ceil(p.skills.length / 2);
  return doc(EN_ARIAL, 18, [
    P('NATIONAL EMPLOYMENT SERVICES', { bold: true, size: 22 }),
    P('Jobseeker Registration Form  —  Form JS-1', { bold: true, size: 28, after: 60 }),
    P('Please write clearly. Fields marked * are mandatory. Bring your ID card and certificates to your appointment.', { italic: true, size: 16, after: 120 }),
    T([2450, 2450, 2450, 2466], [
      [{ t: 'A. PERSONAL DETAILS', bar: true, span: 4 }],
      [L('ID Card No.*'), V(p.idNo!), L('Date of birth*'), V(dob(p, 'DD/MM/YYYY'))],
      [L('Surname*'), V('Grech Sant'), L('Name*'), V('Kurt')],
      [L('Address*'), V(p.address, { span: 3 })],
      [L('Mobile*'), V(p.phoneDisplay), L('Landline'), V('')],
      [L('E-mail'), V(p.email, { span: 3 })],
      [L('Name as on ID card'), V(p.name.toUpperCase(), { span: 3 })],
    ]), gap(),
    T([3300, 2900, 900, 1358, 1358], [
      [{ t: 'B. EDUCATION AND TRAINING', bar: true, span: 5 }],
      [L('Institution'), L('Course / qualification'), L('MQF level'), L('From'), L('To')],
      ...p.edu.map((e, i) => [V(e.school), V(`${e.qual} ${e.field}`), V(i === 0 ? '6' : '5', { center: true }), V(d(e.start, 'MM.YYYY')), V(d(e.end, 'MM.YYYY'))]),
    ]), gap(),
    T([2200, 2500, 1500, 1100, 1100, 1416], [
      [{ t: 'C. WORK EXPERIENCE (start with the most recent)', bar: true, span: 6 }],
      [L('Occupation'), L('Employer'), L('Locality'), L('From'), L('To'), L('Full-time / Part-time')],
      ...recent(p.jobs).map((j) => [V(j.title), V(j.company), V(j.town), V(d(j.start, 'MM.YYYY')), V(de(j.end, 'MM.YYYY', 'to date')), V(j.intern ? 'Full-time (summer)' : 'Full-time')]),
    ]), gap(),
    T([4908, 4908], [
      [{ t: 'D. IT AND TECHNICAL SKILLS', bar: true, span: 2 }],
      ...p.skills.slice(0, half).map((s, i) => [V(s), V(p.skills[half + i] ?? '')]),
    ]), gap(),
    T([2454, 2454, 2454, 2454], [
      [{ t: 'E. LANGUAGES (A1–C2)', bar: true, span: 4 }],
      [L('Language'), L('Understanding'), L('Speaking'), L('Writing')],
      [V('Maltese'), V('Mother tongue', { span: 3 })],
      [V('English'), V('C2'), V('C2'), V('C1')],
      [V('Italian'), V('B2'), V('B1'), V('A2')],
    ]), gap(),
    T([2454, 7362], [
      [{ t: 'F. JOB PREFERENCES', bar: true, span: 2 }],
      [L('Occupations sought'), V('Test automation engineer; QA lead; software developer in test')],
      [L('Certificates'), V(p.certs.join('; '))],
      [L('Driving licence'), V('☒ Cat. B    ☐ Cat. A    ☐ None')],
    ]), gap(),
    P('☒ I consent to my personal data being processed for the purpose of job matching in accordance with the GDPR.', { size: 16, after: 200 }),
    P('Signature: ____________________________          Date: ____/____/________'),
  ], { footer: 'JS-1 v4.2' });
}

// ---------------------------------------------------------------------------------------------------------------
/** Asian Development Bank consultant CV format: two columns, numbered items; each job is a block of labelled lines in one cell. */
function adbcv(p: Person): Document {
  const W = [3100, 6716];
  const jobCells: Row[] = recent(p.jobs).map((j) => [V(`${d(j.start, 'Month YYYY')} – ${de(j.end, 'Month YYYY', 'present')}`), V([`Employer: ${j.company}, ${j.town}`, `Position held: ${j.title}`, `Description: ${j.duties}`])]);
  return doc(EN_TNR, 21, [
    P('CURRICULUM VITAE (CV) OF PROPOSED INTERNATIONAL CONSULTANT', { bold: true, center: true, size: 24, after: 40 }),
    P('(ADB consultant CV format)', { center: true, size: 18, after: 160 }),
    T(W, [
      [L('1. Proposed position'), V('Team Leader / Port Infrastructure Specialist (Package C-2)')],
      [L('2. Name of firm'), V('Sable Point Engineering Ltd.')],
      [L('3. Name of expert'), V(p.name, { bold: true })],
      [L('4. Date of birth'), V(dob(p, 'Month D, YYYY'))],
      [L('5. Nationality'), V(p.nationality)],
      [L('6. Contact details'), V([`E-mail: ${p.email}`, `Mobile: ${p.phoneDisplay}`, `Address: ${p.address}`])],
      [L('7. Education'), V(p.edu.map((e) => `${e.qual}, ${e.field}, ${e.school}, ${e.end.slice(0, 4)}`))],
      [L('8. Membership of professional associations'), V('Engineers Nova Scotia (P.Eng.); Project Management Institute (member since 2013)')],
      [L('9. Other training / certifications'), V(p.certs.join('; '))],
      [L('10. Countries of work experience'), V('Canada; Saint Pierre and Miquelon (France) — short mission 2019')],
      [L('11. Languages'), V(['English — excellent (speaking, reading, writing)', 'French — good (speaking, reading); fair (writing)'])],
      [L('12. Software and tools'), V(p.skills.join(' • '))],
      [{ t: '13. Employment record (starting with present position)', bar: true, span: 2 }],
      [L('Dates (from – to)', { center: true }), L('Employer, position and description', { center: true })],
      ...jobCells,
      [{ t: '14. Work undertaken that best illustrates capability to handle the tasks assigned', bar: true, span: 2 }],
      [L('Name of assignment'), V('Ocean Terminal Berth 3 Expansion, Halifax (2024 – ongoing)')],
      [L('Client / location'), V('Port of Chebucto Authority, Halifax, Canada')],
      [L('Main features; positions held; activities'), V('CAD 140 million caisson wharf and dredging programme. Project Director: integrated schedule (P6), earned value reporting, contractor claims, stakeholder and fisheries liaison.')],
      [L('Name of assignment'), V('Highway 104 Barney’s River Bridges Replacement (2019 – 2022)')],
      [L('Client / location'), V('Nova Scotia Public Works, Pictou County, Canada')],
      [L('Main features; positions held; activities'), V('Two 60 m steel girder bridges; Senior Project Manager for the design-build contractor; CCDC 14 contract, risk register, traffic staging.')],
    ], 20),
    P('Certification:', { bold: true, before: 200, after: 60 }),
    P('I, the undersigned, certify that to the best of my knowledge and belief, this CV correctly describes myself, my qualifications, and my experience. I understand that any wilful misstatement described herein may lead to my disqualification or dismissal, if engaged.', { size: 19, after: 300 }),
    P('_________________________________________          Date: _____ / _____ / 2026', {}),
    P(`Signature of expert                                                                           (day / month / year)`, { size: 16 }),
  ], { header: 'Technical Proposal — Curriculum Vitae of Key Expert', footer: 'TA 6902-REG: Atlantic Ports Resilience' });
}

// ---------------------------------------------------------------------------------------------------------------
/** 职业技能等级认定申报表：照片格、基本情况、工作经历（起止年月一格）、技能特长、单位意见。 */
function jineng(p: Person): Document {
  const W = [1300, 1500, 900, 1300, 1300, 1700, 1816];
  const rows: Row[] = [
    [L('姓　　名', { center: true }), V(p.name, { center: true }), L('性别', { center: true }), V(p.gender, { center: true }), L('出生年月', { center: true }), V(dob(p, 'YYYY.MM'), { center: true }), { t: ['', '照', '', '片', '', '（一寸免冠）'], rows: 4, center: true, size: 16 }],
    [L('身份证号', { center: true }), V(p.idNo!, { span: 3 }), L('文化程度', { center: true }), V('大专')],
    [L('现工作单位', { center: true }), V(p.jobs.at(-1)!.company, { span: 3 }), L('参加工作时间', { center: true }), V('2005年3月')],
    [L('联系电话', { center: true }), V(p.phoneDisplay, { span: 2 }), L('电子邮箱', { center: true }), V(p.email, { span: 2 })],
    [L('通讯地址', { center: true }), V(p.address, { span: 4 }), L('邮编', { center: true }), V('523860')],
    [L('申报职业', { center: true }), V('电工', { span: 2 }), L('申报等级', { center: true }), V('二级 / 技师', { span: 2 }), V('☒ 正常晋级　☐ 破格', { size: 16 })],
    [L('现有职业资格或技能等级证书', { center: true, span: 2 }), V(p.certs.join('；'), { span: 5 })],
    [{ t: '工　作　经　历', bar: true, span: 7 }],
    [L('起止年月', { center: true, span: 2 }), L('工作单位', { center: true, span: 2 }), L('从事职业（工种）及岗位', { center: true, span: 2 }), L('证明人', { center: true })],
    ...p.jobs.map((j, i) => [V(range(j, 'YYYY.MM', '—', '至今'), { span: 2, center: true }), V(j.company, { span: 2 }), V(`电工　${j.title}`, { span: 2 }), V(['孙师傅', '刘志明', '刘志明', '黄国强'][i], { center: true })]),
    [L('技能特长', { center: true }), V(p.skills.join('；'), { span: 6 })],
    [L('主要工作业绩', { center: true }), V(['1. 2017年主持完成注塑车间两条生产线PLC（三菱FX3U）控制改造，减少停机时间约30%。', '2. 2021年负责新厂区10kV配电房投运前验收及送电工作。', '3. 带徒弟5名，其中3人取得中级工证书。'], { span: 6, size: 18 })],
    [L('本人承诺', { center: true }), V(['本人承诺以上所填内容及所提交材料真实有效，如有虚假，自愿承担相应责任。', '', '申报人签名：　　　　　　　　　　　　　　　年　　月　　日'], { span: 6, size: 18 })],
    [L('所在单位意见', { center: true }), V(['情况属实，同意申报。', '', '（单位盖章）　　　　　　　　　　　　　　　年　　月　　日'], { span: 6, size: 18 })],
  ];
  return doc(ZH_SONG, 21, [
    P('职业技能等级认定申报表', { bold: true, center: true, size: 36, after: 80 }),
    P('评价机构：东莞市技能人才评价中心　　　　　　　　　　　　　　　　　　编号：DG2026-0317', { size: 18, after: 100 }),
    T(W, rows, 20),
    P('注：1. 工作经历从参加工作填起，不得间断；2. 本表一式两份，A4纸双面打印。', { size: 16, before: 80 }),
  ], { footer: '东莞市人力资源和社会保障局 制' });
}

// ---------------------------------------------------------------------------------------------------------------
/** 金融机构高级管理人员任职资格申请表：工作经历一行一段，证明人及其联系电话在同一行（不是申请人本人的）。 */
function renzhi(p: Person): Document {
  const W = [1250, 1450, 900, 1400, 1150, 1250, 1250, 1166];
  const refs = [['赵国平', '139 1866 0427'], ['陈立', '138 0172 6649'], ['王建华', '021-6888 3100'], ['王建华', '021-6888 3100']];
  const rows: Row[] = [
    [L('拟任机构', { center: true }), V('浦江普惠消费金融股份有限公司', { span: 4 }), L('拟任职务', { center: true }), V('首席风险官', { span: 2 })],
    [L('姓　名', { center: true }), V(p.name, { center: true }), L('性别', { center: true }), V(p.gender, { center: true }), L('出生日期', { center: true }), V(dob(p, 'YYYY-MM-DD'), { center: true }), { t: ['', '照片', ''], rows: 3, span: 2, center: true }],
    [L('民　族', { center: true }), V('汉族', { center: true }), L('国籍', { center: true }), V(p.nationality, { center: true }), L('政治面貌', { center: true }), V('中共党员', { center: true })],
    [L('身份证件号码', { center: true }), V(p.idNo!, { span: 3 }), L('最高学历学位', { center: true }), V('硕士研究生 / 工商管理硕士')],
    [L('联系电话', { center: true }), V(p.phoneDisplay, { span: 3 }), L('电子邮箱', { center: true }), V(p.email, { span: 3 })],
    [L('通讯地址', { center: true }), V(p.address, { span: 7 })],
    [L('教育经历', { center: true }), V(p.edu.map((e) => `${range(e, 'YYYY.MM', '—', '')}　${e.school}　${e.field}　${e.qual}`), { span: 7, size: 18 })],
    [{ t: '主要工作经历（从参加工作时填起，按时间顺序填写）', bar: true, span: 8 }],
    [L('起止时间', { center: true, span: 2 }), L('工作单位', { center: true, span: 2 }), L('部门及职务', { center: true, span: 2 }), L('证明人', { center: true }), L('证明人联系电话', { center: true, size: 16 })],
    ...p.jobs.map((j, i) => [V(range(j, 'YYYY.MM', '—', '至今'), { span: 2, center: true }), V(j.company, { span: 2 }), V(`${j.dept}　${j.title}`, { span: 2 }), V(refs[i][0], { center: true }), V(refs[i][1], { size: 17 })]),
    [L('专业特长', { center: true }), V(p.skills.join('、'), { span: 7 })],
    [L('专业资格', { center: true }), V(p.certs.join('；'), { span: 7 })],
    [L('是否存在《任职资格管理办法》规定的不得担任高管人员的情形', { span: 4, size: 17 }), V('☐ 是　　☒ 否', { span: 4 })],
    [L('本人声明', { center: true }), V(['本人承诺所填报的内容及提交的材料真实、准确、完整，不存在虚假记载、误导性陈述或重大遗漏，并对此承担法律责任。', '', '申请人（签字）：　　　　　　　　　　　　　　　年　　月　　日'], { span: 7, size: 18 })],
    [L('拟任机构意见', { center: true }), V(['', '（盖章）　　　　法定代表人（签字）：　　　　　　年　　月　　日'], { span: 7, size: 18 })],
  ];
  return doc(ZH_FS, 21, [
    P('附件2', { size: 20 }),
    P('金融机构高级管理人员任职资格申请表', { bold: true, center: true, size: 34, after: 160 }),
    T(W, rows, 19),
  ], { footer: '第一联 报送监管机构' });
}

// ---------------------------------------------------------------------------------------------------------------
/** 外派劳务人员登记表：主要工作经历写在同一个大格子里，一行一段；紧急联系人电话不是本人的。 */
function waipai(p: Person): Document {
  const W = [1400, 1600, 1000, 1500, 1200, 1300, 1816];
  const lines = recent(p.jobs).map((j) => `${d(j.start, 'YYYY年M月')}—${de(j.end, 'YYYY年M月', '至今')}　${j.company}　${j.title}`);
  const rows: Row[] = [
    [L('姓名', { center: true }), V(p.name, { center: true }), L('性别', { center: true }), V(p.gender, { center: true }), L('出生日期', { center: true }), V(dob(p, 'YYYY-MM-DD'), { center: true }), { t: ['', '近期', '二寸', '白底', '彩照', ''], rows: 5, center: true }],
    [L('民族', { center: true }), V('汉', { center: true }), L('婚否', { center: true }), V('已婚', { center: true }), L('文化程度', { center: true }), V('初中（技校）', { center: true })],
    [L('身份证号', { center: true }), V(p.idNo!, { span: 3 }), L('护照号码', { center: true }), V('EJ4471826')],
    [L('户籍地址', { center: true }), V('山东省菏泽市牡丹区吕陵镇牛庄村', { span: 5 })],
    [L('本人手机', { center: true }), V(p.phoneDisplay, { span: 2 }), L('邮箱/QQ', { center: true }), V(p.email, { span: 2 })],
    [L('应聘工种', { center: true }), V('管道焊工（氩电联焊）', { span: 3 }), L('派往国家', { center: true }), V('沙特阿拉伯', { span: 2 })],
    [L('身高/体重', { center: true }), V('172cm / 75kg', { span: 2 }), L('血型', { center: true }), V('O', { center: true }), L('健康状况', { center: true }), V('良好')],
    [L('主要工作经历', { center: true }), V(lines, { span: 6 })],
    [L('出国（境）经历', { center: true }), V(['2010年12月—2013年6月　阿尔及利亚 奥兰（炼油厂项目）', '2018年6月—2022年12月　沙特 朱拜勒（石化项目）'], { span: 6 })],
    [L('技能特长', { center: true }), V(p.skills.join('，'), { span: 6 })],
    [L('持有证书', { center: true }), V(p.certs.join('；'), { span: 6 })],
    [L('家庭成员', { center: true, rows: 3 }), L('姓名', { center: true }), L('关系', { center: true }), L('工作单位', { center: true, span: 2 }), L('联系电话', { center: true, span: 2 })],
    [V('王秀芝', { center: true }), V('妻子', { center: true }), V('务农', { span: 2 }), V('137 0530 2264', { span: 2 })],
    [V('牛浩', { center: true }), V('儿子', { center: true }), V('菏泽市第一中学（学生）', { span: 2 }), V('—', { span: 2 })],
    [L('紧急联系人', { center: true }), V('王秀芝（妻子）', { span: 2 }), L('紧急联系电话', { center: true }), V('137 0530 2264', { span: 3 })],
    [L('本人承诺', { center: true }), V(['以上信息真实，如有虚假，责任自负。本人自愿报名参加外派劳务，服从公司管理，遵守派往国法律法规及风俗习惯。', '', '本人签字（按手印）：　　　　　　　　　　　　　年　　月　　日'], { span: 6, size: 18 })],
  ];
  return doc(ZH_SONG, 21, [
    P('青岛远航国际经济技术合作有限公司', { center: true, size: 22 }),
    P('外派劳务人员登记表', { bold: true, center: true, size: 36, after: 60 }),
    P('报名编号：YH-SA-2026-0852　　　　　　　　　　　　　　　　　　　　　　填表日期：2026年11月6日', { size: 18, after: 80 }),
    T(W, rows, 20),
  ], { footer: '对外劳务合作经营资格证书编号：鲁劳务2012-017' });
}

// ---------------------------------------------------------------------------------------------------------------
/** 家政服务人员登记表（家政公司建档）：服务类别勾选、从业经历开始/结束两格。 */
function jiazheng(p: Person): Document {
  const W = [1300, 1500, 900, 1100, 1200, 1500, 2316];
  const rows: Row[] = [
    [L('姓名', { center: true }), V(p.name, { center: true }), L('性别', { center: true }), V(p.gender, { center: true }), L('年龄', { center: true }), V('47岁', { center: true }), { t: ['', '', '照片', '', ''], rows: 5, center: true }],
    [L('籍贯', { center: true }), V('四川绵阳', { center: true }), L('民族', { center: true }), V('汉', { center: true }), L('属相', { center: true }), V('羊', { center: true })],
    [L('身份证号', { center: true }), V(p.idNo!, { span: 5 })],
    [L('联系电话', { center: true }), V(p.phoneDisplay, { span: 2 }), L('微信号', { center: true }), V('xiulan_0508', { span: 2 })],
    [L('电子邮箱', { center: true }), V(p.email, { span: 2 }), L('文化程度', { center: true }), V('高中', { span: 2 })],
    [L('现住址', { center: true }), V(p.address, { span: 6 })],
    [L('服务类别', { center: true }), V('☒ 月嫂　☐ 育儿嫂　☐ 住家保姆　☐ 钟点工　☐ 护老　☐ 做饭保洁', { span: 6 })],
    [L('期望薪资', { center: true }), V('16800元/26天', { span: 2 }), L('可否住家', { center: true }), V('☒ 可以　☐ 不可以', { span: 3 })],
    [{ t: '从 业 经 历', bar: true, span: 7 }],
    [L('开始时间', { center: true }), L('结束时间', { center: true }), L('服务单位', { center: true, span: 3 }), L('岗位', { center: true }), L('工作内容', { center: true })],
    ...recent(p.jobs).map((j) => [V(d(j.start, 'YYYY年M月'), { center: true }), V(de(j.end, 'YYYY年M月', '至今'), { center: true }), V(j.company, { span: 3 }), V(j.title, { center: true }), V(j.duties, { size: 17 })]),
    [L('专业技能', { center: true }), V(p.skills.join('、'), { span: 6 })],
    [L('持有证书', { center: true }), V(p.certs.map((c) => `☒ ${c}`).join('　'), { span: 6 })],
    [L('健康状况', { center: true }), V('良好，无传染病（2026年9月体检）', { span: 3 }), L('宗教信仰', { center: true }), V('无', { span: 2 })],
    [L('紧急联系人', { center: true }), V('丈夫 何建平', { span: 2 }), L('联系电话', { center: true }), V('135 5136 0728', { span: 3 })],
    [L('公司评语', { center: true }), V('服务认真，客户好评率高，已带宝宝60余个。　　　　　　　　　　星级：★★★★★', { span: 6 })],
    [L('本人签字', { center: true }), V('以上信息真实有效。　　　　　　　签字：　　　　　　　　　日期：　　　年　　月　　日', { span: 6 })],
  ];
  return doc(ZH_SONG, 21, [
    P('成都贝安心母婴护理服务有限公司', { center: true, size: 22 }),
    P('家政服务人员登记表', { bold: true, center: true, size: 36, after: 60 }),
    P('员工编号：BAX-YS-0417　　　　　　　　　　　　　　　　　　　　　　　登记门店：武侯店', { size: 18, after: 80 }),
    T(W, rows, 20),
  ]);
}

// ---------------------------------------------------------------------------------------------------------------
/** 国企内部竞聘报名表：工作经历一行一段，单位、部门、岗位分列；学历分全日制/在职两行（合并单元格）。 */
function jingpin(p: Person): Document {
  const W = [1300, 1500, 900, 1300, 1300, 1500, 2016];
  const rows: Row[] = [
    [L('竞聘岗位', { center: true }), V('生产技术部 主任工程师（工艺）', { span: 4 }), L('是否服从调剂', { center: true }), V('☒ 是　☐ 否')],
    [L('姓　名', { center: true }), V(p.name, { center: true }), L('性别', { center: true }), V(p.gender, { center: true }), L('出生年月', { center: true }), V(dob(p, 'YYYY.MM'), { center: true }), { t: ['', '照片', ''], rows: 4, center: true }],
    [L('政治面貌', { center: true }), V('中共党员', { center: true }), L('民族', { center: true }), V('汉', { center: true }), L('参加工作时间', { center: true, size: 16 }), V('2017.07', { center: true })],
    [L('现所在部门', { center: true }), V('生产技术部', { span: 2 }), L('现岗位', { center: true }), V('工艺工程师', { span: 2 })],
    [L('专业技术职务', { center: true }), V('工程师（中级）', { span: 2 }), L('职业资格', { center: true }), V(p.certs[1], { span: 2 })],
    [L('学历学位', { center: true, rows: 2 }), L('全日制教育', { center: true }), V('本科　工学学士', { span: 2 }), L('毕业院校及专业', { center: true }), V('江宁理工大学　化学工程与工艺', { span: 2 })],
    [L('在职教育', { center: true }), V('—', { span: 2 }), L('毕业院校及专业', { center: true }), V('—', { span: 2 })],
    [L('联系电话', { center: true }), V(p.phoneDisplay, { span: 2 }), L('电子邮箱', { center: true }), V(p.email, { span: 3 })],
    [{ t: '工 作 经 历', bar: true, span: 7 }],
    [L('起止时间', { center: true, span: 2 }), L('工作单位', { center: true, span: 2 }), L('部门', { center: true }), L('岗位/职务', { center: true, span: 2 })],
    ...p.jobs.map((j) => [V(range(j, 'YYYY.MM', '—', '至今'), { span: 2, center: true }), V(j.company, { span: 2 }), V(j.dept!, { center: true }), V(j.title, { span: 2 })]),
    [L('专业技能', { center: true }), V(p.skills.join('；'), { span: 6 })],
    [L('主要工作业绩', { center: true }), V(['1. 2021年主持芳烃抽提装置节能改造，年节约蒸汽约1.8万吨；', '2. 2022、2025年两次装置大检修，负责开停工方案编制与现场指挥；', '3. 组织装置HAZOP分析3次，提出建议措施46项，全部关闭。'], { span: 6, size: 18 })],
    [L('奖惩情况', { center: true }), V('2022年度公司“先进工作者”；2024年集团青年岗位能手', { span: 6 })],
    [L('竞聘理由及工作设想', { center: true }), V('熟悉装置工艺和技术管理，具备流程模拟和安全分析能力。如竞聘成功，将推进工艺卡片数字化管理和装置能效对标，培养青年技术骨干。', { span: 6, size: 18 })],
    [L('所在部门意见', { center: true }), V(['', '负责人签字：　　　　　　　　　　　　年　　月　　日'], { span: 6 })],
    [L('人力资源部审核意见', { center: true, size: 17 }), V(['', '（盖章）　　　　　　　　　　　　　　年　　月　　日'], { span: 6 })],
  ];
  return doc(ZH_SONG, 21, [
    P('宁扬石化股份有限公司', { center: true, size: 22 }),
    P('2026年中层及主任工程师岗位竞聘报名表', { bold: true, center: true, size: 32, after: 120 }),
    T(W, rows, 20),
    P('注：本表正反面打印，一式两份，于11月20日前交人力资源部。', { size: 16, before: 80 }),
  ], { footer: 'NY-HR-2026-11' });
}

// ---------------------------------------------------------------------------------------------------------------
/** 中华人民共和国签证申请表（V.2013 式样，中英双语标签）：工作经历一行一段，单位电话/证明人不是申请人的。 */
function visa2013(p: Person): Document {
  const W = [1500, 2000, 1800, 1400, 1300, 1816];
  const empPhone = ['+1 604 291 5510', '+1 604 688 2040', '+1 604 734 9921', '+1 604 982 3300', '+86 571 8791 6600'];
  const refName = ['Dr. S. Patel', 'Mark Lindgren', 'Julia Okafor', 'Amanda Reyes', '沈伟 Shen Wei'];
  return doc(EN_ARIAL, 18, [
    P('中华人民共和国签证申请表', { bold: true, center: true, size: 28 }),
    P("Visa Application Form of the People's Republic of China", { bold: true, center: true, size: 22 }),
    P('（本表可用中文或英文填写 Please complete this form in Chinese or English）', { center: true, size: 16, after: 120 }),
    T([2300, 2300, 2300, 2916], [
      [{ t: '第一部分：个人信息 Part 1: Personal Information', bar: true, span: 4 }],
      [{ above: '1.1 英文姓名 Full English name as in passport', t: 'ZHOU, LIHENG', span: 3 }, { t: ['', '照片 Photo', '48mm × 33mm', ''], rows: 4, center: true, size: 16 }],
      [{ above: '1.2 中文姓名 Name in Chinese', t: p.name }, { above: '1.3 别名或曾用名 Other names', t: p.nameEn! }, { above: '1.4 性别 Sex', t: '☒ 男 Male　☐ 女 Female' }],
      [{ above: '1.5 出生日期 Date of birth (yyyy-mm-dd)', t: dob(p, 'YYYY-MM-DD') }, { above: '1.6 现有国籍 Current nationality', t: 'Canada 加拿大' }, { above: '1.7 曾有国籍 Former nationality', t: '中国 China (until 2015)' }],
      [{ above: '1.8 出生地点 Place of birth', t: 'Wuhan, Hubei, China 湖北武汉' }, { above: '1.9 护照号码 Passport number', t: 'HB471029' }, { above: '1.10 护照有效期至 Expiration date', t: '2033-04-18' }],
      [{ above: '1.11 当前职业 Current occupation', t: '☒ 职员/雇员 Staff/Employee　☐ 商人 Business person　☐ 其他 Other', span: 2 }, { above: '1.12 专业技能 Professional skills (Z visa applicants)', t: p.skills.join(', '), span: 2 }],
      [{ above: '1.13 家庭住址 Home address', t: p.address, span: 2 }, { above: '1.14 电话/手机 Phone/Mobile phone', t: p.phoneDisplay }, { above: '1.15 电子邮箱 Email', t: p.email }],
    ]), gap(),
    T(W, [
      [{ t: '1.16 主要工作经历 Major work experience（从最近的开始 starting from the latest）', bar: true, span: 6 }],
      [L('起止日期 Date (from–to)', { size: 15 }), L('单位名称 Name of employer', { size: 15 }), L('地址 Address', { size: 15 }), L('单位电话 Employer phone', { size: 15 }), L('证明人 Reference', { size: 15 }), L('职务 Position', { size: 15 })],
      ...recent(p.jobs).map((j) => {
        const i = p.jobs.indexOf(j);
        return [V(range(j, 'YYYY-MM', ' — ', '至今 present'), { size: 17 }), V(j.company, { size: 17 }), V(j.town, { size: 17 }), V(empPhone[i], { size: 17 }), V(refName[i], { size: 17 }), V(`${j.title} ${j.titleAlt}`, { size: 17 })];
      }),
    ]), gap(),
    T([2300, 2300, 2300, 2916], [
      [{ t: '1.17 教育背景 Education (highest)', bar: true, span: 4 }],
      [{ above: '学校名称 Institution', t: p.edu[0].school, span: 2 }, { above: '学历 Degree', t: `${p.edu[0].qual} ${p.edu[0].field}` }, { above: '毕业时间 Graduated', t: d(p.edu[0].end, 'YYYY-MM') }],
      [{ t: '第二部分：旅行信息 Part 2: Travel Information', bar: true, span: 4 }],
      [{ above: '2.1 申请入境事由 Major purpose of your visit', t: '☒ 工作 Work (Z)', span: 2 }, { above: '2.2 计划入境次数 Intended number of entries', t: '一次 One entry' }, { above: '2.3 最长停留天数 Longest stay', t: '30 天 days（后办居留 residence permit）' }],
      [{ above: '2.4 在中国的邀请单位 Inviting entity in China', t: '杭州澜图信息技术有限公司 / 杭州市滨江区长河街道 / +86 571 8791 6600', span: 4 }],
    ]), gap(),
    P('第五部分：声明及签名 Part 5: Declaration & Signature', { bold: true, after: 60 }),
    P('我声明，我已阅读并理解此表所有内容要求，并对所填写信息和所提交材料的真实性、准确性负责。 I hereby declare that I have read and understood all the questions in this application and shall bear all the legal consequences for the authenticity and accuracy of the information and materials I provide.', { size: 16, after: 200 }),
    P('申请人签名 Applicant’s signature: ______________________          日期 Date: ____________'),
  ], { footer: 'V.2013 — 中国签证申请服务中心 Chinese Visa Application Service Center' });
}

// ---------------------------------------------------------------------------------------------------------------
/** 中外合作大学 教职员工应聘申请表 Staff Application Form（双语标签）：每段工作一组带标签的行。 */
function jvuniv(p: Person): Document {
  const post = p.id === 'p14' ? 'Senior Officer, International Admissions 国际招生高级主管 (Ref. YWU-AD-2611)' : 'Lecturer in Game Localisation 游戏本地化讲师 (Ref. YWU-FTA-2607)';
  const W = [2300, 2600, 2100, 2816];
  const rows: Row[] = [
    [{ t: '1  个人信息 Personal Details', bar: true, span: 4 }],
    [L('中文姓名 Name (Chinese)'), V(p.name), L('英文姓名 Name (English)'), V(p.nameEn!)],
    [L('性别 Gender'), V(p.gender), L('出生日期 Date of Birth'), V(dob(p, 'YYYY-MM-DD'))],
    [L('国籍 Nationality'), V(p.nationality), L('身份证号 ID No.'), V(p.idNo!)],
    [L('手机 Mobile'), V(p.phoneDisplay), L('电子邮箱 Email'), V(p.email)],
    [L('通讯地址 Address'), V(p.address, { span: 3 })],
    [{ t: '2  教育背景 Education (most recent first 由近及远)', bar: true, span: 4 }],
    ...p.edu.map((e) => [L('学校 Institution'), V(`${e.school}（${e.town}）`), L('学位/专业 Degree / Major'), V(`${e.qual}，${e.field}（${range(e, 'YYYY/MM', '–', '')}）`)]),
    [{ t: '3  工作经历 Employment History (most recent first 由近及远)', bar: true, span: 4 }],
  ];
  recent(p.jobs).forEach((j, i) => {
    rows.push([L(`(${i + 1}) 雇主 Employer`, { shade: 'D9E2F3' }), V(j.company, { span: 3, bold: true })]);
    rows.push([L('职位 Position'), V(`${j.titleAlt} ${j.title}`), L('起止日期 From – To'), V(range(j, 'YYYY/MM', ' – ', '至今 Present'))]);
    rows.push([L('工作地点 Location'), V(j.town), L('离职原因 Reason for leaving'), V(j.reason ?? '— (current 在职)')]);
    rows.push([L('主要职责 Main duties'), V([j.dutiesAlt!, j.duties], { span: 3, size: 17 })]);
  });
  if (p.breakNote) rows.push([L('经历空档说明 Gaps'), V(`${d(p.breakNote.start, 'YYYY/MM')} – ${d(p.breakNote.end, 'YYYY/MM')}  ${p.breakNote.text}`, { span: 3 })]);
  rows.push([{ t: '4  技能与语言 Skills & Languages', bar: true, span: 4 }]);
  rows.push([L('专业技能 Professional skills'), V(p.skills.map((s) => `• ${s}`), { span: 3 })]);
  rows.push([L('语言 Languages'), V(p.languages.join('；'), { span: 3 })]);
  rows.push([L('证书 Certificates'), V(p.certs.join('；'), { span: 3 })]);
  rows.push([{ t: '5  推荐人 Referees', bar: true, span: 4 }]);
  for (const r of p.referees) rows.push([L('姓名 Name'), V(`${r.name}（${r.role}, ${r.org}）`), L('电话 Telephone'), V(r.phone)]);
  return doc(ZH_SONG, 19, [
    P('扬子韦塞克斯大学  Yangtze-Wessex University', { bold: true, center: true, size: 26 }),
    P('教职员工应聘申请表  Staff Application Form', { bold: true, center: true, size: 24, after: 80 }),
    T([2300, 7516], [[L('应聘岗位 Post applied for'), V(post, { bold: true })]], 19), gap(),
    T(W, rows, 19),
    P('声明 Declaration', { bold: true, before: 160, after: 40 }),
    P('本人确认以上信息真实、完整。I confirm that the information given in this form is true and complete.', { size: 17, after: 200 }),
    P('签名 Signature: ____________________          日期 Date: ______________'),
  ], { header: 'YWU-HR-01 (2025 edition)', footer: 'Human Resources Office 人力资源处' });
}

// ---------------------------------------------------------------------------------------------------------------
/** 审核员注册申请表：工作经历按时间正序、开始/终止两格；另有“审核经历”表（受审核组织不是雇主）。 */
function ccaa(p: Person): Document {
  const W = [1150, 1150, 2650, 1950, 1250, 1666];
  const refs = ['李国强', 'Sandy Tam', 'Daniel Ho', '周敏'];
  return doc(ZH_SONG, 20, [
    P('质量管理体系审核员注册申请表', { bold: true, center: true, size: 32 }),
    P('（初次注册 · 实习审核员 → 审核员 升级）', { center: true, size: 18, after: 120 }),
    T([1500, 2300, 1300, 2300, 2416], [
      [{ t: '一、申请人基本信息', bar: true, span: 5 }],
      [L('姓名', { center: true }), V(p.name), L('英文名', { center: true }), V(p.nameEn!), { t: ['', '照片', ''], rows: 3, center: true }],
      [L('性别', { center: true }), V('男'), L('出生日期', { center: true }), V(dob(p, 'YYYY-MM-DD'))],
      [L('身份证号', { center: true }), V(p.idNo!), L('注册编号', { center: true }), V('2024-N1QMS-1317605')],
      [L('手机', { center: true }), V(p.phoneDisplay), L('电子邮箱', { center: true }), V(p.email, { span: 2 })],
      [L('通讯地址', { center: true }), V(p.address, { span: 4 })],
      [L('最高学历', { center: true }), V(`${p.edu[0].qual}　${p.edu[0].school}　${p.edu[0].field}`, { span: 4 })],
      [L('专业能力 Skills', { center: true }), V(p.skills.join(' / '), { span: 4 })],
      [L('语言', { center: true }), V(p.languages.join('；'), { span: 4 })],
    ], 19), gap(),
    T(W, [
      [{ t: '二、工作经历（按时间顺序，从参加工作填起）', bar: true, span: 6 }],
      [L('起始日期', { center: true }), L('终止日期', { center: true }), L('工作单位', { center: true }), L('职务/岗位', { center: true }), L('是否从事质量管理工作', { center: true, size: 15 }), L('证明人', { center: true })],
      ...p.jobs.map((j, i) => [V(d(j.start, 'YYYY.MM'), { center: true }), V(de(j.end, 'YYYY.MM', '至今'), { center: true }), V(j.company), V(`${j.titleAlt}（${j.title}）`, { size: 17 }), V('是', { center: true }), V(refs[i], { center: true })]),
    ], 19), gap(),
    T([1500, 3300, 1700, 1400, 1916], [
      [{ t: '三、审核经历（近三年，不少于4次完整审核）', bar: true, span: 5 }],
      [L('审核日期', { center: true }), L('受审核组织', { center: true }), L('审核类型', { center: true }), L('审核人日', { center: true }), L('审核中角色', { center: true })],
      [V('2025.03.11–13'), V('惠州市联拓塑胶制品有限公司'), V('初次认证（二阶段）'), V('3', { center: true }), V('实习审核员')],
      [V('2025.06.24–25'), V('深圳市锐鑫精密五金有限公司'), V('监督审核'), V('2', { center: true }), V('实习审核员')],
      [V('2025.10.15–17'), V('东莞市威扬线缆有限公司'), V('再认证'), V('3', { center: true }), V('实习审核员')],
      [V('2026.04.08–09'), V('中山市朗晖照明电器有限公司'), V('监督审核'), V('2', { center: true }), V('实习审核员')],
    ], 19), gap(),
    T([1500, 8316], [
      [L('培训及证书', { center: true }), V(p.certs.join('；'))],
      [L('申请人声明', { center: true }), V(['本人保证所填信息及提交材料真实有效，遵守审核员行为准则。', '申请人签字：　　　　　　　　　　日期：　　　　年　　月　　日'], { size: 18 })],
    ], 19),
  ], { footer: '审核员注册申请表 F-RA-02 / 2024版' });
}

export const docxForms: Record<string, (p: Person) => Document> = { psc7, minehr, u4prep, pesreg, adbcv, jineng, renzhi, waipai, jiazheng, jingpin, visa2013, jvuniv, ccaa };
