/** DOCX templates (built with `docx`); LibreOffice turns each into its PDF twin. */
import {
  AlignmentType, BorderStyle, Column, ColumnBreak, Document, DocumentGridType, Footer, FootnoteReferenceRun, Header, HeightRule,
  LevelFormat, LineRuleType, PageNumber, PageOrientation, Paragraph, SectionType, ShadingType, Table, TableCell, TableRow, TabStopType,
  TextRun, Textbox, VerticalAlign, WidthType, type IParagraphOptions, type IRunOptions,
} from 'docx';
import type { Job, Person } from './people.ts';
import { bulletsOf, fmt, range, recent, skills, titleOf } from './lib.ts';

type Kid = string | TextRun | FootnoteReferenceRun;
const nb = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NOB = { top: nb, bottom: nb, left: nb, right: nb, insideHorizontal: nb, insideVertical: nb };
const ln = (color = '000000', size = 4) => ({ style: BorderStyle.SINGLE, size, color });
const GRID = (c = '000000', s = 4) => ({ top: ln(c, s), bottom: ln(c, s), left: ln(c, s), right: ln(c, s), insideHorizontal: ln(c, s), insideVertical: ln(c, s) });

function R(text: string, o: IRunOptions = {}): TextRun {
  return new TextRun({ text, ...o });
}
function P(kids: Kid[] | string, o: Omit<IParagraphOptions, 'children'> = {}): Paragraph {
  const children = typeof kids === 'string' ? [new TextRun(kids)] : kids.map((k) => (typeof k === 'string' ? new TextRun(k) : k));
  return new Paragraph({ ...o, children });
}
function C(content: string | Paragraph | Table | (Paragraph | Table)[], o: Partial<ConstructorParameters<typeof TableCell>[0]> & { w?: number; fill?: string; bold?: boolean; size?: number } = {}): TableCell {
  const { w, fill, bold, size, ...rest } = o;
  const children = typeof content === 'string' ? [P([R(content, { bold, size })])] : Array.isArray(content) ? content : [content];
  return new TableCell({
    ...rest,
    children,
    width: w ? { size: w, type: WidthType.DXA } : rest.width,
    shading: fill ? { type: ShadingType.CLEAR, fill, color: 'auto' } : rest.shading,
    margins: rest.margins ?? { top: 50, bottom: 50, left: 90, right: 90 },
  });
}
const T = (rows: TableRow[], widths: number[], borders: object = GRID()) =>
  new Table({ rows, columnWidths: widths, width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, borders: borders as never });
const Row = (cells: TableCell[], o: Partial<ConstructorParameters<typeof TableRow>[0]> = {}) => new TableRow({ ...o, children: cells });
const bullet = (text: string, o: IRunOptions = {}) => P([R(text, o)], { bullet: { level: 0 }, spacing: { after: 20 } });

const A4 = { width: 11906, height: 16838 };
const LETTER = { width: 12240, height: 15840 };

function doc(font: string | { ascii: string; eastAsia: string }, size: number, sections: ConstructorParameters<typeof Document>[0]['sections'], extra: Partial<ConstructorParameters<typeof Document>[0]> = {}): Document {
  return new Document({
    creator: 'Microsoft Office User',
    styles: { default: { document: { run: { font: font as never, size }, paragraph: { spacing: { after: 40, line: 252, lineRule: LineRuleType.AUTO } } } } },
    numbering: {
      config: [
        { reference: 'num', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 360, hanging: 280 } } } }] },
        { reference: 'paren', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '(%1)', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 420, hanging: 420 } } } }] },
      ],
    },
    ...extra,
    sections,
  });
}

// ─────────────────────────────────────────────────────────────────────────────
// of612 — US "Optional Application for Federal Employment – OF 612" typed into the fillable Word version:
// numbered items in bordered boxes, 4a/4b last / first-and-middle name cells, Daytime / Evening phones,
// one bordered block per job (From/To MM/YY, salary, hours per week, employer address, supervisor's phone,
// duties), education table, item 14 "Other qualifications" holding skills / certificates / languages, certification.
// ─────────────────────────────────────────────────────────────────────────────
export function of612(p: Person): Document {
  const W = 10800;
  const lbl = (s: string) => R(s, { size: 14, color: '333333' });
  const box = (label: string, value: string | Paragraph[], w: number, o: { span?: number } = {}) =>
    C([P([lbl(label)], { spacing: { after: 0 } }), ...(typeof value === 'string' ? [P([R(value, { size: 19 })], { spacing: { after: 20 } })] : value)], { w, columnSpan: o.span });
  const bar = (s: string) => Row([C([P([R(s, { bold: true, size: 18, color: 'FFFFFF' })])], { w: W, fill: '1F1F1F', columnSpan: 6 })]);
  const six = [1800, 1800, 1800, 1800, 1800, 1800];
  const jobs = recent(p);
  const jobBlocks = jobs.flatMap((j, i) => [
    P([R(`${i + 1})`, { bold: true, size: 18 })], { spacing: { before: 100, after: 20 }, keepNext: true }),
    T([
      Row([box('Job title (if Federal, include series and grade)', j.title, 3600, { span: 2 }), box('From (MM/YY)', fmt(j.start, 'MM/YY'), 1800), box('To (MM/YY)', j.end ? fmt(j.end, 'MM/YY') : 'Present', 1800), box('Salary', j.salary ?? '', 1800), box('Hours per week', String(j.hours ?? 40), 1800)], { cantSplit: true }),
      Row([box("Employer's name and address", [P([R(j.company, { size: 19 })], { spacing: { after: 0 } }), P([R(j.employerAddress ?? '', { size: 19 })])], 5400, { span: 3 }), box("Supervisor's name and phone number", [P([R(j.supervisor ?? '', { size: 19 })], { spacing: { after: 0 } }), P([R(j.supervisorPhone ?? '', { size: 19 })])], 5400, { span: 3 })], { cantSplit: true }),
      Row([box('Describe your duties and accomplishments', j.bullets.map((b) => P([R(`• ${b}`, { size: 19 })], { spacing: { after: 10 } })), W, { span: 6 })], { cantSplit: true }),
    ], six),
  ]);
  const header = new Header({ children: [P([R('OPTIONAL APPLICATION FOR FEDERAL EMPLOYMENT - OF 612', { bold: true, size: 18 }), R('\tForm Approved: OMB No. 3206-0219', { size: 14 })], { tabStops: [{ type: TabStopType.RIGHT, position: W }] }),
    P([R(`Applicant: ${p.name}`, { size: 16 }), R('\tAnnouncement IN-12784532-26-JK', { size: 16 })], { tabStops: [{ type: TabStopType.RIGHT, position: W }], border: { bottom: ln('000000', 6) } })] });
  const footer = new Footer({ children: [P([R('U.S. Office of Personnel Management    Optional Form 612', { size: 14 }), R('\tPage ', { size: 14 }), new TextRun({ children: [PageNumber.CURRENT], size: 14 }), R(' of ', { size: 14 }), new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 14 })], { tabStops: [{ type: TabStopType.RIGHT, position: W }] })] });
  const children = [
    P([R('You may apply for most Federal jobs with a resume, this form, or other written format. If your resume or application does not provide all the information requested on this form and in the job vacancy announcement, you may lose consideration for a job.', { size: 15, italics: true })]),
    T([
      Row([box('1 Job title in announcement', 'Geographer (GIS)', 5400, { span: 3 }), box('2 Grade(s) applying for', 'GS-0150-11', 1800), box('3 Announcement number', 'IN-12784532-26-JK', 3600, { span: 2 })]),
      Row([box('4a Last name', p.family!.toUpperCase(), 3600, { span: 2 }), box('4b First and middle names', p.given!, 3600, { span: 2 }), box('5 Social Security Number', 'XXX-XX-4471', 3600, { span: 2 })]),
      Row([box('6 Mailing address', p.address, 5400, { span: 3 }), box('7 Phone numbers (include area code if within the United States of America)', [P([R(`Daytime: ${p.otherPhones[1].number}`, { size: 19 })], { spacing: { after: 0 } }), P([R(`Evening: ${p.phoneLocal} (cell)`, { size: 19 })])], 5400, { span: 3 })]),
      Row([box('8 E-mail address (if available)', p.email, W, { span: 6 })]),
      bar('WORK EXPERIENCE'),
      Row([box('9 Describe your paid and nonpaid work experience related to this job for which you are applying. Do not attach job descriptions.', 'See blocks 1) to 4) below, most recent first.', W, { span: 6 })]),
      Row([box('10 May we contact your current supervisor?', 'YES [X]   NO [ ]   If we need to contact your current supervisor before making an offer, we will contact you first.', W, { span: 6 })]),
    ], six),
    ...jobBlocks,
    P('', { spacing: { after: 60 } }),
    T([
      bar('EDUCATION'),
      Row([box('11 Mark highest level completed', "Some HS [ ]  HS/GED [ ]  Associate [ ]  Bachelor [X]  Master [ ]  Doctoral [ ]", W, { span: 6 })]),
      Row([box('12 Last high school (HS) or GED school. Give the school\'s name, city, State, ZIP Code (if known), and year diploma or GED received:', `${p.education[1].school}, ${p.education[1].city}, 2011`, W, { span: 6 })]),
      Row([box('13 Colleges and universities attended. Do not attach a copy of your transcript unless requested.', [P([R(`1) ${p.education[0].school}, ${p.education[0].city} 45324`, { size: 19 })], { spacing: { after: 0 } }), P([R('Major: Geography (GIS concentration)   Degree: B.S.   Year received: 2015   Semester hours: 128', { size: 19 })])], W, { span: 6 })]),
      bar('OTHER QUALIFICATIONS'),
      Row([box('14 Job-related training courses (give title and year). Job-related skills (other languages, computer software/hardware, tools, machinery, typing speed, etc.). Job-related certificates and licenses (current only). Job-related honors, awards, and special accomplishments.', [
        P([R('Skills: ', { bold: true, size: 19 }), R(skills(p).join('; '), { size: 19 })], { spacing: { after: 30 } }),
        P([R('Certificates and licenses: ', { bold: true, size: 19 }), R(p.certs.join('; '), { size: 19 })], { spacing: { after: 30 } }),
        P([R('Languages: ', { bold: true, size: 19 }), R(p.languages.join('; '), { size: 19 })], { spacing: { after: 30 } }),
        P([R('Training: ', { bold: true, size: 19 }), R('Esri Migrating from ArcMap to ArcGIS Pro (2019); NENA NG911 GIS Data Model (2022)', { size: 19 })], { spacing: { after: 30 } }),
        P([R('Honors: ', { bold: true, size: 19 }), R('Ohio GIS Conference Map Gallery, 2nd place (2023)', { size: 19 })]),
      ], W, { span: 6 })]),
      bar('GENERAL'),
      Row([box('15 Are you a U.S. citizen?', 'YES [X]  NO [ ]', 3600, { span: 2 }), box('16 Do you claim veterans\' preference?', 'NO [X]  YES [ ]', 3600, { span: 2 }), box('17 Were you ever a Federal civilian employee?', 'NO [X]  YES [ ]', 3600, { span: 2 })]),
      Row([box('18 Are you eligible for reinstatement based on career or career-conditional Federal status?', 'NO [X]  YES [ ]', W, { span: 6 })]),
      bar('APPLICANT CERTIFICATION'),
      Row([box('19 I certify that, to the best of my knowledge and belief, all of the information on and attached to this application is true, correct, complete and made in good faith.', [P([R(`SIGNATURE: /s/ ${p.name}`, { size: 19 }), R('\tDATE SIGNED: 11/18/2026', { size: 19 })], { tabStops: [{ type: TabStopType.LEFT, position: 6500 }] })], W, { span: 6 })]),
    ], six),
  ];
  return doc('Arial', 18, [{ properties: { page: { size: LETTER, margin: { top: 900, bottom: 800, left: 720, right: 720, header: 360, footer: 360 } } }, headers: { default: header }, footers: { default: footer }, children }]);
}

// ─────────────────────────────────────────────────────────────────────────────
// footnotes — English-qualified lawyer / researcher CV in Word with real footnotes: employer renames, mergers
// and secondment notes live in the footnote area; employer bold with full-month dates on a right tab stop,
// italic role/town line, a secondment nested under its firm; "Key skills" as a semicolon line.
// ─────────────────────────────────────────────────────────────────────────────
export function footnotes(p: Person): Document {
  const W = 9638;
  const lawyer = p.id === 'p02';
  const notes: Record<string, { children: Paragraph[] }> = {};
  let n = 0;
  const note = (text: string) => { n++; notes[String(n)] = { children: [P([R(text, { size: 16 })])] }; return new FootnoteReferenceRun(n); };
  const H = (s: string) => P([R(s.toUpperCase(), { bold: true, size: 20, characterSpacing: 30, color: '1F3864' })], { spacing: { before: 200, after: 60 }, border: { bottom: ln('1F3864', 6) }, keepNext: true });
  const dates = (j: { start: string; end: string | null }) => range(j, 'Month YYYY', ' – ', 'present');
  const rt = [{ type: TabStopType.RIGHT, position: W }];
  const body: Paragraph[] = [];
  body.push(P([R(p.name, { bold: true, size: 36, font: 'Times New Roman' })], { spacing: { after: 20 } }));
  body.push(P([R(p.headline, { italics: true, size: 21 })], { spacing: { after: 40 } }));
  body.push(P([R(`${p.address}  |  Mobile ${p.phoneIntl}  |  ${p.otherPhones[0].label} ${p.otherPhones[0].number}  |  ${p.email}`, { size: 17 })], { spacing: { after: 120 }, border: { bottom: ln('999999', 4) } }));
  body.push(H('Profile'), P(p.summary, { alignment: AlignmentType.JUSTIFIED }));
  if (lawyer) body.push(H('Admissions'), ...p.certs.map((c) => bullet(c)));
  body.push(H(lawyer ? 'Career' : 'Experience'));
  const main = recent(p).filter((j) => j.kind !== 'secondment');
  const sec = p.work.find((j) => j.kind === 'secondment');
  for (const j of main) {
    body.push(P([R(j.company, { bold: true }), ...(j.footnote && j.kind !== 'trainee' ? [note(j.footnote)] : []), R(`\t${dates(j)}`)], { tabStops: rt, spacing: { before: 120, after: 0 }, keepNext: true }));
    body.push(P([R(`${j.title}, ${j.city}`, { italics: true }), ...(j.footnote && j.kind === 'trainee' ? [note(j.footnote)] : [])], { spacing: { after: 40 }, keepNext: true }));
    for (const b of j.bullets) body.push(bullet(b));
    if (sec && j.company === 'Carrick Ward & Lim LLP') {
      body.push(P([R('Secondment: ', { bold: true }), R(`${sec.title.replace(' (secondment)', '')}, `), R(sec.company, { bold: true }), note(sec.footnote!), R(` (${dates(sec)})`)], { indent: { left: 360 }, spacing: { before: 60, after: 20 } }));
      for (const b of sec.bullets) body.push(P([R(b)], { bullet: { level: 1 }, spacing: { after: 20 } }));
    }
  }
  if (lawyer) {
    body.push(H('Selected transactions'));
    for (const t of ['Advised a global PE sponsor on its US$410m acquisition of a Vietnamese cold-chain logistics group (2025).', 'Advised an Indonesian conglomerate on its 50:50 data-centre joint venture with a Japanese operator (2024).', 'Acted for the founders on the sale of a Singapore payments fintech to a listed Thai bank (2022).']) body.push(bullet(t));
  } else {
    body.push(H('Talks & writing'));
    for (const t of ['“Recruiting patients without burning them out” — UX Research Berlin meetup (2024).', '“Diary studies for shared mobility” — Mensch und Computer conference, practitioner track (2021).']) body.push(bullet(t));
  }
  body.push(H('Key skills'), P(skills(p).join('; ')));
  body.push(H('Education'));
  for (const e of p.education) body.push(P([R(`${e.degree}${e.field && e.field !== 'Law' ? `, ${e.field}` : ''}`, { bold: true }), R(`, ${e.school}`), R(`\t${fmt(e.start, 'Month YYYY')} – ${fmt(e.end, 'Month YYYY')}`)], { tabStops: rt, spacing: { after: 20 } }), ...(e.note ? [P([R(e.note, { italics: true, size: 18 })])] : []));
  if (!lawyer) body.push(H('Certification'), ...p.certs.map((c) => P(c)));
  body.push(H('Languages'), P(p.languages.join(' · ')));
  if (p.referees?.length) body.push(H('Referees'), ...p.referees.map((r) => P(`${r.name}, ${r.role}, ${r.org} — ${r.phone}`)));
  else body.push(H('References'), P('Available on request.'));
  const footer = new Footer({ children: [P([R(`${p.name} — CV`, { size: 15, color: '777777' }), R('\t', { size: 15 }), new TextRun({ children: [PageNumber.CURRENT], size: 15, color: '777777' })], { tabStops: rt })] });
  return doc('Times New Roman', 21, [{ properties: { page: { size: A4, margin: { top: 1000, bottom: 1000, left: 1134, right: 1134 } } }, footers: { default: footer }, children: body }], { footnotes: notes });
}

// ─────────────────────────────────────────────────────────────────────────────
// headerSidebar — Word résumé whose dark left sidebar (contact, skills, languages, certifications) is a text box
// anchored in the page HEADER, so it repeats on every page and never appears in the body; the body sits on a
// 7.4 cm left margin. Dates above each role in spaced capitals ("NOV 2020 — PRESENT" / "04/2021 – Present").
// ─────────────────────────────────────────────────────────────────────────────
export function headerSidebar(p: Person): Document {
  const mixed = p.language === 'mixed';
  const SW = 3700;
  const white = (s: string, o: IRunOptions = {}) => R(s, { color: 'FFFFFF', size: 17, ...o });
  const sh = (s: string) => P([R(s, { color: 'F2B134', bold: true, size: 18, characterSpacing: 40 })], { spacing: { before: 240, after: 80 } });
  const sideKids: Paragraph[] = [
    P([R((mixed ? p.nameEn! : p.name).split(' ').map((s) => s[0]).join(''), { color: 'F2B134', bold: true, size: 56 })], { spacing: { after: 200 } }),
    sh('CONTACT'),
    P([white('Mobile', { bold: true })], { spacing: { after: 0 } }), P([white(p.phoneLocal)]),
    P([white(p.otherPhones[0].label, { bold: true })], { spacing: { after: 0 } }), P([white(p.otherPhones[0].number)]),
    P([white('Email', { bold: true })], { spacing: { after: 0 } }), P([white(p.email, { size: 15 })]),
    P([white('Address', { bold: true })], { spacing: { after: 0 } }), P([white(p.address, { size: 16 })]),
    ...(p.linkedin ? [P([white('LinkedIn', { bold: true })], { spacing: { after: 0 } }), P([white(p.linkedin, { size: 15 })])] : []),
    sh('SKILLS'), ...skills(p).map((s) => P([white(`▪ ${s}`)], { spacing: { after: 30 } })),
    sh('LANGUAGES'), ...p.languages.map((l) => P([white(l)], { spacing: { after: 30 } })),
    sh('CERTIFICATIONS'), ...p.certs.map((c) => P([white(c, { size: 16 })], { spacing: { after: 40 } })),
  ];
  const side = new Table({ columnWidths: [SW], width: { size: SW, type: WidthType.DXA }, borders: NOB as never,
    rows: [Row([new TableCell({ children: sideKids, shading: { type: ShadingType.CLEAR, fill: '23384A', color: 'auto' }, margins: { left: 340, right: 240, top: 900, bottom: 200 }, width: { size: SW, type: WidthType.DXA } })], { height: { value: 16838, rule: HeightRule.EXACT } })] });
  const tb = new Textbox({ style: { width: '6.53cm', height: '29.7cm', position: 'absolute', positionHorizontal: 'absolute', positionHorizontalRelative: 'page', positionVertical: 'absolute', positionVerticalRelative: 'page', left: '0cm', top: '0cm', wrapStyle: 'none' } as never, children: [side] });
  const acc = '23384A';
  const H = (s: string) => P([R(s, { bold: true, size: 22, color: acc, characterSpacing: 20 })], { spacing: { before: 220, after: 80 }, border: { bottom: ln('F2B134', 12) }, keepNext: true });
  const style = mixed ? 'MM/YYYY' : 'MON YYYY';
  const body: Paragraph[] = [
    P([R(mixed ? p.name : p.name.toUpperCase(), { bold: true, size: mixed ? 52 : 44, color: acc, characterSpacing: mixed ? 120 : 20 })], { spacing: { after: 0 } }),
    ...(mixed ? [P([R(p.nameEn!.toUpperCase(), { size: 26, color: '555555', characterSpacing: 60 })], { spacing: { after: 40 } })] : []),
    P([R(`${p.headline}${p.postNominals ? `  ·  ${p.postNominals}` : ''}`, { size: 22, color: '8A6D1F' })], { spacing: { after: 120 } }),
    H('PROFILE'), P(p.summary, { alignment: AlignmentType.JUSTIFIED }),
    H('EXPERIENCE'),
  ];
  for (const j of recent(p)) {
    body.push(P([R(range(j, style, mixed ? ' – ' : ' — ', mixed ? 'Present' : 'PRESENT'), { size: 16, color: '8A6D1F', bold: true, characterSpacing: 20 })], { spacing: { before: 140, after: 0 }, keepNext: true }));
    body.push(P([R(j.title, { bold: true, size: 22 })], { spacing: { after: 0 }, keepNext: true }));
    body.push(P([R(`${j.company}, ${j.city}`, { italics: true })], { spacing: { after: 40 }, keepNext: true }));
    for (const b of j.bullets) body.push(bullet(b));
  }
  body.push(H('EDUCATION'));
  for (const e of p.education) body.push(P([R(`${e.degree} ${e.field}`, { bold: true })], { spacing: { after: 0 } }), P(`${e.school}, ${e.city} · ${fmt(e.start, 'YYYY')}–${fmt(e.end, 'YYYY')}${e.note ? ` · ${e.note}` : ''}`));
  body.push(H('REFERENCES'), P(p.referees?.length ? p.referees.map((r) => `${r.name}, ${r.role}, ${r.org} (${r.phone})`).join('; ') : 'Available on request.'));
  return doc(mixed ? { ascii: 'Arial', eastAsia: 'SimHei' } : 'Arial', 19, [{ properties: { page: { size: A4, margin: { top: 900, bottom: 900, left: 4200, right: 900, header: 0 } } }, headers: { default: new Header({ children: [tb as unknown as Paragraph] }) }, children: body }]);
}

// ─────────────────────────────────────────────────────────────────────────────
// zhFensan — Chinese / Taiwanese Word 简历 typed the way Word users align labels: each label run uses
// 中文版式 › 调整宽度 (w:fitText, four characters wide) instead of padding spaces, on a document grid; phone and
// e-mail only in the page FOOTER; left-bar headings; company bold with the period on a right tab
// ("2021.6 — 至今" / "2023.10 ～ 現職"), 职位 line, numbered duties.
// ─────────────────────────────────────────────────────────────────────────────
export function zhFensan(p: Person): Document {
  const tw = p.id === 'p11';
  const W = 9638;
  const FIT = 840;
  let g = 1;
  const lab = (s: string) => R(s, { fitText: { width: FIT, group: g++ }, bold: true });
  const info = (a: [string, string], b?: [string, string]) => P([lab(a[0]), R(`：${a[1]}`), ...(b ? [R('\t'), lab(b[0]), R(`：${b[1]}`)] : [])], { tabStops: [{ type: TabStopType.LEFT, position: 4800 }], spacing: { after: 40 } });
  const H = (s: string) => P([R(s, { bold: true, size: 24, color: tw ? '7B2C3A' : '1F4E79' })], { spacing: { before: 220, after: 100 }, border: { left: ln(tw ? '7B2C3A' : '1F4E79', 24), bottom: ln('BFBFBF', 4) }, indent: { left: 120 }, keepNext: true });
  const D = (s: string) => (tw ? fmt(s, 'YYYY.MM') : fmt(s, 'YYYY.M'));
  const present = tw ? '現職' : '至今';
  const sep = tw ? ' ～ ' : ' — ';
  const t = (zh: string, twv: string) => (tw ? twv : zh);
  const body: Paragraph[] = [
    P([R(t('个 人 简 历', '個 人 履 歷'), { bold: true, size: 36 })], { alignment: AlignmentType.CENTER, spacing: { after: 200 } }),
    H(t('基本信息', '基本資料')),
    info(['姓名', p.name], [t('性别', '性別'), '女']),
    info(['出生年月', t('1990年5月', '民國83年8月')], [t('籍贯', '英文姓名'), tw ? p.nameEn! : p.hometown!]),
    info([t('学历', '學歷'), t('本科', '大學')], [t('求职意向', '應徵職務'), p.headlineZh!]),
    info([t('现居地', '居住地'), p.address], [t('到岗时间', '可上班日'), t('一个月', '一個月內')]),
    H(tw ? '學歷' : '教育背景'),
    ...p.education.map((e) => P([R(`${D(e.start)}${sep}${D(e.end)}`), R(`\t${e.school}`), R(`\t${e.field}　${e.degree}`)], { tabStops: [{ type: TabStopType.LEFT, position: 2600 }, { type: TabStopType.LEFT, position: 5800 }] })),
    H(tw ? '工作經歷' : '工作经历'),
  ];
  for (const j of recent(p)) {
    body.push(P([R(j.company, { bold: true }), R(`\t${D(j.start)}${sep}${j.end ? D(j.end) : present}`)], { tabStops: [{ type: TabStopType.RIGHT, position: W }], spacing: { before: 120, after: 20 }, keepNext: true }));
    body.push(P([lab(tw ? '職稱' : '职位'), R(`：${j.title}`)], { spacing: { after: 20 }, keepNext: true }));
    body.push(P([lab(tw ? '工作內容' : '工作内容'), R('：')], { spacing: { after: 20 }, keepNext: true }));
    j.bullets.forEach((b) => body.push(P([R(b)], { numbering: { reference: 'paren', level: 0, instance: g++ }, spacing: { after: 20 } })));
  }
  body.push(H(tw ? '專長技能' : '专业技能'));
  for (const s of skills(p)) body.push(P([R(`◇ ${s}`)], { spacing: { after: 20 } }));
  body.push(H(tw ? '證照與語言' : '证书与语言'));
  body.push(P([lab(tw ? '證照' : '证书'), R(`：${p.certsZh!.join('、')}`)]));
  body.push(P([lab(tw ? '語言' : '语言'), R(`：${p.languagesZh!.join('、')}`)]));
  body.push(H(tw ? '自我介紹' : '自我评价'), P(p.summaryZh!, { indent: { firstLine: 420 } }));
  const foot = tw
    ? `手機：${p.phoneLocal}｜E-mail：${p.email}｜市話：${p.otherPhones[0].number}`
    : `联系电话：${p.phoneLocal}　　电子邮箱：${p.email}　　办公电话：${p.otherPhones[0].number}`;
  const footer = new Footer({ children: [P([R(foot, { size: 17 })], { alignment: AlignmentType.CENTER, border: { top: ln('7F7F7F', 4) } })] });
  const font = tw ? { ascii: 'Times New Roman', eastAsia: 'PMingLiU' } : { ascii: 'Times New Roman', eastAsia: 'SimSun' };
  return doc(font, 21, [{ properties: { page: { size: A4, margin: { top: 1300, bottom: 1200, left: 1134, right: 1134, footer: 500 } }, grid: { type: DocumentGridType.LINES, linePitch: 312 } }, footers: { default: footer }, children: body }]);
}

// ─────────────────────────────────────────────────────────────────────────────
// zhNested — Word 表格简历 whose outer form table has a narrow vertical-text label column (个人信息 / 工作经历 …)
// and, inside each big cell, a NESTED table (the 工作经历 grid 起止时间 | 工作单位 | 职务 | 主要工作 lives in
// one cell of the outer table). A 待业 row for the factory man; bilingual labels for the mixed person.
// ─────────────────────────────────────────────────────────────────────────────
export function zhNested(p: Person): Document {
  const bi = p.language === 'mixed';
  const L = (zh: string, en: string) => (bi ? `${zh} ${en}` : zh);
  const LW = 760, RW = 8940;
  // labels typed one character per line (the usual way to "stand" a label in a narrow Word cell)
  const vcell = (zh: string, _en: string) => new TableCell({ children: [...[...zh].map((ch) => P([R(ch, { bold: true, size: 22 })], { alignment: AlignmentType.CENTER, spacing: { after: 0, line: 300, lineRule: LineRuleType.AUTO } }))], verticalAlign: VerticalAlign.CENTER, width: { size: LW, type: WidthType.DXA }, shading: { type: ShadingType.CLEAR, fill: 'DCE6F1', color: 'auto' } });
  const big = (kids: (Paragraph | Table)[]) => new TableCell({ children: [...kids, P('', { spacing: { after: 0 } })], width: { size: RW, type: WidthType.DXA }, margins: { top: 80, bottom: 40, left: 100, right: 100 } });
  const inner = (rows: TableRow[], widths: number[]) => T(rows, widths, GRID('7F7F7F', 4));
  const hc = (s: string, w: number) => C([P([R(s, { bold: true, size: 18 })], { alignment: AlignmentType.CENTER })], { w, fill: 'F2F2F2' });
  const dc = (s: string, w: number, center = false) => C([P([R(s, { size: 18 })], { alignment: center ? AlignmentType.CENTER : AlignmentType.LEFT })], { w });
  const iw = [1000, 2250, 1000, 2250, 1000, 1240];
  const info = inner([
    Row([hc(L('姓名', 'Name'), iw[0]), dc(bi ? `${p.name}（${p.nameEn}）` : p.name, iw[1]), hc(L('性别', 'Gender'), iw[2]), dc(p.gender === 'M' ? '男' : '女', iw[3]), hc(L('出生', 'Born'), iw[4]), dc(fmt(p.birth!, 'YYYY.MM'), iw[5], true)]),
    Row([hc(L('手机', 'Mobile'), iw[0]), dc(p.phoneLocal, iw[1]), hc(L('邮箱', 'Email'), iw[2]), C([P([R(p.email, { size: 18 })])], { w: iw[3] + iw[4] + iw[5], columnSpan: 3 })]),
    Row([hc(L('学历', 'Degree'), iw[0]), dc(bi ? '本科 Bachelor' : '大专', iw[1]), hc(L('现居', 'Based'), iw[2]), C([P([R(p.address, { size: 18 })])], { w: iw[3] + iw[4] + iw[5], columnSpan: 3 })]),
    Row([hc(L('求职意向', 'Objective'), iw[0]), C([P([R(bi ? `${p.headline} / ${p.headlineZh}` : `${p.headlineZh}（东莞、深圳均可）`, { size: 18 })])], { w: iw[1] + iw[2] + iw[3] + iw[4] + iw[5], columnSpan: 5 })]),
  ], iw);
  const ww = [1450, 2550, 1300, 3440];
  const period = (j: { start: string; end: string | null }) => (bi ? `${fmt(j.start, 'YYYY.MM')} – ${j.end ? fmt(j.end, 'YYYY.MM') : '至今 Present'}` : `${fmt(j.start, 'YYYY.MM')}～${j.end ? fmt(j.end, 'YYYY.MM') : '至今'}`);
  const items = [...p.work.map((j) => ({ j, s: j.start })), ...(bi ? [] : p.gaps.map((g) => ({ g, s: g.start })))].sort((a, b) => (a.s < b.s ? 1 : -1));
  const work = inner([
    Row([hc(L('起止时间', 'Period'), ww[0]), hc(L('工作单位', 'Employer'), ww[1]), hc(L('职务', 'Position'), ww[2]), hc(L('主要工作', 'Main duties'), ww[3])], { tableHeader: true }),
    ...items.map((it) => ('g' in it && it.g
      ? Row([dc(period(it.g), ww[0], true), C([P([R(it.g.textZh!, { size: 18, italics: true })])], { w: ww[1] + ww[2] + ww[3], columnSpan: 3 })])
      : Row([dc(period((it as { j: Job }).j), ww[0], true), dc((it as { j: Job }).j.company, ww[1]), dc((it as { j: Job }).j.title, ww[2], true), C(bulletsOf((it as { j: Job }).j, bi).map((b, i) => P([R(`${i + 1}. ${b}`, { size: 17 })], { spacing: { after: 10 } })), { w: ww[3] })], { cantSplit: true }))),
  ], ww);
  const ew = [1780, 3160, 2200, 1600];
  const edu = inner([
    Row([hc(L('起止时间', 'Period'), ew[0]), hc(L('学校', 'School'), ew[1]), hc(L('专业', 'Major'), ew[2]), hc(L('学历', 'Degree'), ew[3])]),
    ...p.education.map((e) => Row([dc(`${fmt(e.start, 'YYYY.MM')}～${fmt(e.end, 'YYYY.MM')}`, ew[0], true), dc(bi && e.schoolEn ? `${e.school}\n${e.schoolEn}` : e.school, ew[1]), dc(e.fieldZh ?? e.field, ew[2], true), dc(e.degreeZh ?? e.degree, ew[3], true)])),
  ], ew);
  const rows = [
    Row([vcell('个人信息', 'Profile'), big([info])]),
    Row([vcell('工作经历', 'Experience'), big([work])]),
    Row([vcell('教育经历', 'Education'), big([edu])]),
    Row([vcell('专业技能', 'Skills'), big(skills(p).map((s) => P([R(`● ${s}`)], { spacing: { after: 20 } })))]),
    Row([vcell(bi ? '语言' : '证书', bi ? 'Languages' : 'Certificates'), big((bi ? p.languagesZh! : p.certsZh!).map((s) => P(s)))]),
    Row([vcell('自我评价', 'Summary'), big([P(bi ? p.summaryZh! : p.summaryZh!, { indent: { firstLine: 420 } })])], { cantSplit: true }),
  ];
  const outer = new Table({ rows, columnWidths: [LW, RW], width: { size: LW + RW, type: WidthType.DXA }, borders: GRID('1F3864', 8) as never });
  const body = [P([R(bi ? '个人简历  RESUME' : '个 人 简 历', { bold: true, size: 36 })], { alignment: AlignmentType.CENTER, spacing: { after: 160 } }), outer, P([R(`填表日期：2026年11月${bi ? '16' : '20'}日`, { size: 18 })], { alignment: AlignmentType.RIGHT, spacing: { before: 80 } })];
  return doc({ ascii: 'Arial', eastAsia: 'SimSun' }, 20, [{ properties: { page: { size: A4, margin: { top: 1000, bottom: 900, left: 1000, right: 900 } } }, children: body }]);
}

// ─────────────────────────────────────────────────────────────────────────────
// landscape — 横版 one-sheet résumé in Word: A4 landscape, a shaded one-row name band (section 1), then a
// continuous section with two unequal newspaper columns and a separator line; experience in the wide left column,
// a column break, skills / education / languages on the right. "2021.11 — 至今" / "2020/07 - 至今".
// ─────────────────────────────────────────────────────────────────────────────
export function landscape(p: Person): Document {
  const mixed = p.language === 'mixed';
  const H = (zh: string, en: string) => P([R(zh, { bold: true, size: 24, color: 'B4452F' }), ...(mixed ? [R(`  ${en}`, { size: 18, color: '888888' })] : [])], { spacing: { before: 160, after: 60 }, border: { bottom: ln('B4452F', 6) }, keepNext: true });
  const W = 16838 - 1700;
  const band = new Table({
    columnWidths: [W * 0.6, W * 0.4], width: { size: W, type: WidthType.DXA }, borders: NOB as never,
    rows: [Row([
      C([P([R(p.name, { bold: true, size: 56, color: 'FFFFFF', characterSpacing: 100 }), ...(mixed ? [R(`  ${p.nameEn}`, { size: 30, color: 'F3D9C9' })] : [])], { spacing: { after: 40 } }), P([R(mixed ? `${p.headline} ｜ ${p.headlineZh}` : `求职意向：${p.headlineZh} ｜ ${p.cityZh}`, { size: 22, color: 'F3D9C9' })])], { w: W * 0.6, fill: '2E2A28', margins: { top: 160, bottom: 160, left: 240, right: 120 } }),
      C([P([R(`手机 ${p.phoneLocal}`, { size: 19, color: 'FFFFFF' })], { alignment: AlignmentType.RIGHT }), P([R(`邮箱 ${p.email}`, { size: 19, color: 'FFFFFF' })], { alignment: AlignmentType.RIGHT }), P([R(mixed ? `作品集 ${p.website}` : `现居 ${p.address}`, { size: 19, color: 'FFFFFF' })], { alignment: AlignmentType.RIGHT })], { w: W * 0.4, fill: '2E2A28', verticalAlign: VerticalAlign.CENTER, margins: { top: 160, bottom: 160, left: 120, right: 240 } }),
    ])],
  });
  const D = (j: { start: string; end: string | null }) => (mixed ? `${fmt(j.start, 'YYYY.MM')} — ${j.end ? fmt(j.end, 'YYYY.MM') : '至今'}` : `${fmt(j.start, 'YYYY/MM')} - ${j.end ? fmt(j.end, 'YYYY/MM') : '至今'}`);
  const left: Paragraph[] = [H('个人简介', 'Profile'), P(mixed ? p.summaryZh! : p.summaryZh!), H('工作经历', 'Experience')];
  const items = [...p.work.map((j) => ({ j, s: j.start })), ...p.gaps.map((g) => ({ g, s: g.start }))].sort((a, b) => (a.s < b.s ? 1 : -1));
  for (const it of items) {
    if ('g' in it && it.g) { left.push(P([R(`${fmt(it.g.start, 'YYYY.MM')} — ${fmt(it.g.end, 'YYYY.MM')}`, { color: '888888' }), R(`\t${it.g.textZh}`, { italics: true })], { tabStops: [{ type: TabStopType.LEFT, position: 2300 }], spacing: { before: 100 } })); continue; }
    const j = (it as { j: Job }).j;
    left.push(P([R(D(j), { color: 'B4452F', bold: true }), R(`\t${j.company}`, { bold: true }), R(`\t${titleOf(j, true)}${mixed ? ` ${j.title}` : ''}`)], { tabStops: [{ type: TabStopType.LEFT, position: 2300 }, { type: TabStopType.RIGHT, position: 9300 }], spacing: { before: 100, after: 20 }, keepNext: true }));
    bulletsOf(j, true).forEach((b) => left.push(P([R(b, { size: 19 })], { numbering: { reference: 'num', level: 0, instance: items.indexOf(it) + 10 }, spacing: { after: 10 } })));
  }
  const right: Paragraph[] = [new Paragraph({ children: [new ColumnBreak()] }), H('专业技能', 'Skills'), ...skills(p).map((s) => P([R(`◆ ${s}`)], { spacing: { after: 20 } })), H('教育背景', 'Education')];
  for (const e of p.education) right.push(P([R(e.school, { bold: true }), ...(e.schoolEn && mixed ? [R(` ${e.schoolEn}`, { size: 17 })] : [])], { spacing: { after: 0 } }), P(`${e.fieldZh ?? e.field} · ${e.degreeZh ?? e.degree} · ${fmt(e.start, 'YYYY.MM')}—${fmt(e.end, 'YYYY.MM')}`));
  right.push(H('语言能力', 'Languages'), ...(p.languagesZh ?? []).map((l) => P(l)));
  if (p.certsZh?.length) right.push(H('证书', 'Certificates'), ...p.certsZh.map((c) => P(c)));
  right.push(H('兴趣', 'Interests'), P(mixed ? '胶片摄影、城市徒步、独立游戏' : '羽毛球、读书会、志愿者活动'));
  const size = { width: 11906, height: 16838, orientation: PageOrientation.LANDSCAPE }; // docx writes them swapped for landscape
  const margin = { top: 700, bottom: 600, left: 850, right: 850 };
  return doc({ ascii: 'Arial', eastAsia: 'Microsoft YaHei' }, 21, [
    { properties: { page: { size, margin } }, children: [band] },
    { properties: { type: SectionType.CONTINUOUS, page: { size, margin }, column: { count: 2, equalWidth: false, separate: true, children: [new Column({ width: 9700, space: 500 }), new Column({ width: W - 10200 })] } }, children: [...left, ...right] },
  ]);
}

// ─────────────────────────────────────────────────────────────────────────────
// competency — competency-based CV (civil-service / regulated-finance style, HK and SG): contact grid,
// "Employment summary" table (Dates | Organisation | Position | Location), "Competency evidence" table whose
// evidence cells mention employers and years in prose, technical skills as a two-column table,
// qualifications, education and languages tables.
// ─────────────────────────────────────────────────────────────────────────────
export function competency(p: Person): Document {
  const hk = p.id === 'p13';
  const W = 9700;
  const H = (s: string) => P([R(s, { bold: true, size: 22, color: '2F5496' })], { spacing: { before: 200, after: 80 }, keepNext: true });
  const hc = (s: string, w: number) => C([P([R(s, { bold: true, size: 18 })])], { w, fill: 'D9E2F3' });
  const dc = (s: string | string[], w: number) => C((Array.isArray(s) ? s : [s]).map((x) => P([R(x, { size: 18 })], { spacing: { after: 10 } })), { w });
  const name = hk ? [R(p.name, { bold: true, size: 40 }), R(`   ${p.nameEn}`, { bold: true, size: 30 })] : [R(p.name.toUpperCase(), { bold: true, size: 34 })];
  const cw = [1300, 3550, 1300, 3550];
  const contact = T([
    Row([hc('Mobile', cw[0]), dc(p.phoneIntl, cw[1]), hc('Email', cw[2]), dc(p.email, cw[3])]),
    Row([hc(p.otherPhones[0].label, cw[0]), dc(p.otherPhones[0].number, cw[1]), hc('Address', cw[2]), dc(p.address, cw[3])]),
    Row([hc('Availability', cw[0]), dc(hk ? 'One month' : 'Two months', cw[1]), hc(hk ? 'Residency' : 'Citizenship', cw[2]), dc(hk ? 'HK permanent resident' : 'Singapore citizen', cw[3])]),
  ], cw);
  const sw = [2000, 3500, 3000, 1200];
  const D = (j: { start: string; end: string | null }) => range(j, 'Mon YYYY', ' – ', hk ? 'Present' : 'current');
  const summary = T([Row([hc('Dates', sw[0]), hc('Organisation', sw[1]), hc('Position', sw[2]), hc('Location', sw[3])], { tableHeader: true }), ...recent(p).map((j) => Row([dc(D(j), sw[0]), dc(j.company, sw[1]), dc(j.title, sw[2]), dc(j.city, sw[3])]))], sw);
  const ev = hk ? [
    ['Analysis & judgement', 'At Fragrant Harbour (2023) I rebuilt the liquidity stress test after the March 2023 bank failures; the risk committee adopted it as the house framework.'],
    ['Delivering results', 'At Pacific Meridian I moved 30 mandates from spreadsheet reporting to a Python pipeline in 2020, cutting month-end reporting from eight days to three.'],
    ['Communicating with impact', 'Present monthly risk packs to CIOs and the board risk committee; wrote the plain-English risk section of the 2024 fund prospectus update.'],
    ['Developing people', 'Manage two analysts; both passed CFA Level II in 2025. Ran the Lion Rock graduate Excel/VBA bootcamp in 2017.'],
  ] : [
    ['Planning & organising', 'At Meridale (2023) I redesigned the APAC S&OP calendar so that 11 markets close demand review within five working days.'],
    ['Analytical thinking', 'At Orchid Pharma I built the forecast-value-added analysis that removed two manual overrides per SKU a month (2021).'],
    ['Influencing stakeholders', 'Negotiated a single consensus number with country GMs in 2024; inventory fell by S$14m while service held at 97.5%.'],
    ['Continuous improvement', 'At Kallang Consumer Brands I cut MAPE from 38% to 24% by segmenting SKUs (ABC/XYZ) and re-tuning SAP APO models (2018).'],
  ];
  const ew = [2300, 7400];
  const evidence = T([Row([hc('Competency', ew[0]), hc('Evidence (situation, action, result)', ew[1])], { tableHeader: true }), ...ev.map(([a, b]) => Row([dc(a, ew[0]), dc(b, ew[1])], { cantSplit: true }))], ew);
  const sk = skills(p);
  const half = Math.ceil(sk.length / 2);
  const kw = [W / 2, W / 2];
  const sktable = T(Array.from({ length: half }, (_, i) => Row([dc(sk[i], kw[0]), dc(sk[i + half] ?? '', kw[1])])), kw);
  const qw = [2300, 7400];
  const body = [
    P([R('CURRICULUM VITAE', { size: 16, color: '7F7F7F', characterSpacing: 60 })], { spacing: { after: 20 } }),
    P(name, { spacing: { after: 40 } }),
    P([R(p.headline, { italics: true, size: 21 })], { spacing: { after: 120 } }),
    contact,
    H('Profile'), P(p.summary, { alignment: AlignmentType.JUSTIFIED }),
    H('Employment summary'), summary,
    H('Competency evidence'), evidence,
    H('Technical skills'), sktable,
    H('Professional qualifications'), T(p.certs.map((c) => Row([dc(c, W)])), [W]),
    H('Education'), T(p.education.map((e) => Row([dc(`${fmt(e.start, 'Mon YYYY')} – ${fmt(e.end, 'Mon YYYY')}`, qw[0]), dc(`${e.degree} ${e.field}, ${e.school}${e.note ? ` (${e.note})` : ''}`, qw[1])])), qw),
    H('Languages'), T([Row([dc(p.languages.join('; '), W)])], [W]),
    ...(p.referees?.length ? [H('Referee'), T(p.referees.map((r) => Row([dc(r.name, qw[0]), dc(`${r.role}, ${r.org} — ${r.phone}`, qw[1])])), qw)] : []),
  ];
  const footer = new Footer({ children: [P([R(`${hk ? `${p.nameEn} ${p.name}` : p.name} — Competency-based CV — page `, { size: 15, color: '7F7F7F' }), new TextRun({ children: [PageNumber.CURRENT], size: 15, color: '7F7F7F' })], { alignment: AlignmentType.RIGHT })] });
  return doc(hk ? { ascii: 'Arial', eastAsia: 'PMingLiU' } : 'Arial', 19, [{ properties: { page: { size: A4, margin: { top: 1000, bottom: 1000, left: 1100, right: 1100 } } }, footers: { default: footer }, children: body }]);
}

