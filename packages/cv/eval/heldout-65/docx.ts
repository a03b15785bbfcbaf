/** heldout-65 — Word documents built with `docx` (LibreOffice prints them to PDF afterwards). */
import {
  AlignmentType, BorderStyle, Document, Footer, Header, HorizontalPositionRelativeFrom, ImageRun, PageNumber, Packer, Paragraph,
  PositionalTab, PositionalTabAlignment, PositionalTabLeader, PositionalTabRelativeTo, ShadingType, Table, TableCell, TableLayoutType,
  TableRow, TabStopType, TextRun, TextWrappingSide, TextWrappingType, VerticalAlign, VerticalMergeType, VerticalPositionRelativeFrom,
  WidthType, WpsShapeRun, HeightRule, LevelFormat, LineRuleType,
} from 'docx';
import { personById, shown, type Person, type Job } from './people.ts';
import { ddmmyyyy, mon, month, mmyy, dotym, zhym, pad, m, y, endDay, monthsIncl, durEn, newestFirst, MON, MONTH, roc, rocDay, age } from './fmt.ts';
import { silhouettePng } from './png.ts';

type RunOpts = { bold?: boolean; italics?: boolean; size?: number; color?: string; font?: string; smallCaps?: boolean; allCaps?: boolean; underline?: boolean; characterSpacing?: number };
const R = (text: string, o: RunOpts = {}) => new TextRun({ text, bold: o.bold, italics: o.italics, size: o.size, color: o.color, font: o.font, smallCaps: o.smallCaps, allCaps: o.allCaps, underline: o.underline ? {} : undefined, characterSpacing: o.characterSpacing });
type POpts = { align?: 'left' | 'center' | 'right' | 'both'; before?: number; after?: number; line?: number; tabs?: { type: 'left' | 'right' | 'center'; pos: number }[]; indent?: { left?: number; hanging?: number; firstLine?: number }; bottom?: string; keepNext?: boolean; shade?: string; left?: string; bullet?: boolean; numbered?: string };
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, both: AlignmentType.BOTH };
const TAB = { left: TabStopType.LEFT, right: TabStopType.RIGHT, center: TabStopType.CENTER };
function P(children: (TextRun | ImageRun | WpsShapeRun | PositionalTab)[] | string, o: POpts = {}): Paragraph {
  return new Paragraph({
    children: typeof children === 'string' ? [new TextRun(children)] : children,
    alignment: o.align ? ALIGN[o.align] : undefined,
    spacing: { before: o.before ?? 0, after: o.after ?? 0, line: o.line ?? 252, lineRule: LineRuleType.AUTO },
    tabStops: o.tabs?.map((t) => ({ type: TAB[t.type], position: t.pos })),
    indent: o.indent,
    border: o.bottom || o.left ? { bottom: o.bottom ? { style: BorderStyle.SINGLE, size: 6, color: o.bottom, space: 1 } : undefined, left: o.left ? { style: BorderStyle.SINGLE, size: 24, color: o.left, space: 4 } : undefined } : undefined,
    keepNext: o.keepNext,
    shading: o.shade ? { type: ShadingType.CLEAR, fill: o.shade, color: 'auto' } : undefined,
    bullet: o.bullet ? { level: 0 } : undefined,
    numbering: o.numbered ? { reference: o.numbered, level: 0 } : undefined,
  });
}
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const LINE = (color = '808080', size = 4) => ({ style: BorderStyle.SINGLE, size, color });
type CellOpts = { w?: number; span?: number; rowSpan?: number; shade?: string; vmerge?: 'restart' | 'continue'; borders?: 'none' | 'all' | { top?: any; bottom?: any; left?: any; right?: any }; vAlign?: 'top' | 'center' | 'bottom'; margins?: number };
function C(children: (Paragraph | Table)[] | string, o: CellOpts = {}): TableCell {
  const kids = typeof children === 'string' ? [P(children)] : children;
  const b = o.borders === 'none' ? { top: NONE, bottom: NONE, left: NONE, right: NONE } : o.borders === 'all' || o.borders === undefined ? undefined : o.borders;
  return new TableCell({
    children: kids.length ? kids : [P('')],
    width: o.w ? { size: o.w, type: WidthType.DXA } : undefined,
    columnSpan: o.span, rowSpan: o.rowSpan,
    shading: o.shade ? { type: ShadingType.CLEAR, fill: o.shade, color: 'auto' } : undefined,
    verticalMerge: o.vmerge === 'restart' ? VerticalMergeType.RESTART : o.vmerge === 'continue' ? VerticalMergeType.CONTINUE : undefined,
    borders: b,
    verticalAlign: o.vAlign === 'center' ? VerticalAlign.CENTER : o.vAlign === 'bottom' ? VerticalAlign.BOTTOM : undefined,
    margins: o.margins !== undefined ? { top: o.margins, bottom: o.margins, left: o.margins + 40, right: o.margins + 40 } : { top: 40, bottom: 40, left: 90, right: 90 },
  });
}
const ROW = (cells: TableCell[], o: { header?: boolean; cantSplit?: boolean; h?: number } = {}) => new TableRow({ children: cells, tableHeader: o.header, cantSplit: o.cantSplit, height: o.h ? { value: o.h, rule: HeightRule.ATLEAST } : undefined });
function T(rows: TableRow[], widths: number[], o: { borders?: 'all' | 'none' | 'h'; color?: string } = {}): Table {
  const l = LINE(o.color ?? '808080');
  const borders = o.borders === 'none'
    ? { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE }
    : o.borders === 'h' ? { top: l, bottom: l, left: NONE, right: NONE, insideHorizontal: l, insideVertical: NONE }
      : { top: l, bottom: l, left: l, right: l, insideHorizontal: l, insideVertical: l };
  return new Table({ rows, columnWidths: widths, width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, layout: TableLayoutType.FIXED, borders });
}
const A4 = { width: 11906, height: 16838 };
const cm = (x: number) => Math.round(x * 567);
const pageNo = (prefix: string, o: RunOpts = {}) => new TextRun({ children: [prefix, PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES], size: o.size ?? 14, color: o.color ?? '777777', font: o.font });
const photo = (w = 90, h = 114) => new ImageRun({ type: 'png', data: silhouettePng(150, 190), transformation: { width: w, height: h } });
const fonts = {
  en: (f = 'Arial') => ({ ascii: f, hAnsi: f, eastAsia: f, cs: f }),
  zh: (f = 'SimSun', latin = 'Times New Roman') => ({ ascii: latin, hAnsi: latin, eastAsia: f, cs: latin }),
};
function mkDoc(o: { font: any; size: number; sections: any[]; title: string; creator: string; numbering?: any }): Document {
  return new Document({
    creator: o.creator, title: o.title, description: '',
    styles: { default: { document: { run: { font: o.font, size: o.size }, paragraph: { spacing: { after: 0, line: 252, lineRule: LineRuleType.AUTO } } } } },
    numbering: o.numbering ?? { config: [] },
    sections: o.sections,
  });
}
const sk = (p: Person) => p.skills.map(shown);

// ───────────────────────────── bs7858 (p01, table) ─────────────────────────────
export async function bs7858(): Promise<Buffer> {
  const p = personById('p01');
  const S = 16; // 8 pt
  const lab = (t: string, w: number) => C([P([R(t, { bold: true, size: S })])], { w, shade: 'E7ECEF' });
  const val = (t: string, w: number, span?: number) => C([P([R(t, { size: S + 1 })])], { w, span });
  const widthsA = [1900, 3000, 1900, 3006];
  const personal = T([
    ROW([lab('Surname', 1900), val('McINNES', 3000), lab('Forename(s)', 1900), val('Callum', 3006)]),
    ROW([lab('Other names used', 1900), val('None', 3000), lab('Date of birth', 1900), val('14/03/1991', 3006)]),
    ROW([lab('National Insurance no.', 1900), val('JK 47 82 19 C', 3000), lab('SIA licence no.', 1900), val('1017 4420 9183 2265', 3006)]),
    ROW([lab('Current address', 1900), val(p.address + ' (since 05/2016)', 7906, 3)]),
    ROW([lab('Mobile', 1900), val(p.phoneLocal, 3000), lab('Home telephone', 1900), val(p.homePhone!, 3006)]),
    ROW([lab('E-mail', 1900), val(p.email, 3000), lab('Post applied for', 1900), val('Security Compliance Manager (ref. CACT-114)', 3006)]),
  ], widthsA);
  // history
  const W = [1130, 1130, 2480, 1400, 1600, 1450, 616];
  const head = ROW(['From', 'To', 'Employer / activity — name, full address and telephone', 'Position held', 'Reference contact', 'Reason for leaving', 'HR ✓'].map((t, i) => C([P([R(t, { bold: true, size: S, color: 'FFFFFF' })])], { w: W[i], shade: '34495E' })), { header: true });
  type Row = { from: string; to: string; what: string[]; pos: string; ref: string; reason: string };
  const items: { start: string; end: string; row: Row }[] = [
    ...p.work.map((j) => ({ start: j.start, end: j.end ?? '9999-12', row: { from: ddmmyyyy(j.start, j.startDay), to: j.end ? ddmmyyyy(j.end, endDay(j)) : 'Present', what: [j.company, j.employerAddress ?? '', `Tel. ${j.employerPhone}`], pos: j.title, ref: `${j.referee} — ${j.refereePhone}`, reason: j.reason ?? '' } })),
    ...p.gaps.map((g) => ({ start: g.start, end: g.end, row: { from: ddmmyyyy(g.start, g.startDay), to: ddmmyyyy(g.end, g.endDay), what: [g.label], pos: '—', ref: g.label.startsWith('Unemployed') ? 'Jobcentre Plus, Govan (claim ref. supplied)' : 'Passport stamps / flight bookings supplied', reason: '—' } })),
  ].sort((a, b) => (a.start < b.start ? 1 : -1));
  const mkRows = (list: typeof items) => list.map(({ row }) => ROW([
    C([P([R(row.from, { size: S + 1 })])], { w: W[0] }), C([P([R(row.to, { size: S + 1 })])], { w: W[1] }),
    C(row.what.map((t, i) => P([R(t, { size: S + 1, bold: i === 0 && row.pos !== '—' })])), { w: W[2] }),
    C([P([R(row.pos, { size: S + 1 })])], { w: W[3] }), C([P([R(row.ref, { size: S })])], { w: W[4] }), C([P([R(row.reason, { size: S })])], { w: W[5] }), C([P([R('☐', { size: S + 2 })], { align: 'center' })], { w: W[6] }),
  ], { cantSplit: true }));
  const recent = items.filter((i) => i.end >= '2021-12');
  const older = items.filter((i) => i.end < '2021-12');
  const hist1 = T([head, ...mkRows(recent)], W);
  const head2 = ROW(['From', 'To', 'Employer / activity — name, full address and telephone', 'Position held', 'Reference contact', 'Reason for leaving', 'HR ✓'].map((t, i) => C([P([R(t, { bold: true, size: S, color: 'FFFFFF' })])], { w: W[i], shade: '34495E' })), { header: true });
  const hist2 = T([head2, ...mkRows(older)], W);
  const h = (t: string) => P([R(t, { bold: true, size: 20, color: '34495E' })], { before: 160, after: 60, bottom: '34495E', keepNext: true });
  const note = (t: string) => P([R(t, { size: 15, italics: true, color: '444444' })], { after: 60 });
  const children = [
    P([R('Security Screening — Employment & Activity History', { bold: true, size: 28 })], { after: 40 }),
    P([R('Screening of individuals working in a secure environment (BS 7858:2019). Form SV2 — to be completed by the applicant in BLOCK CAPITALS or typed.', { size: 16, color: '555555' })], { after: 120 }),
    h('Section A — Personal details'), personal,
    h('Section B1 — Continuous history: the last five years'),
    note('List ALL periods from the most recent backwards, with exact dates (DD/MM/YYYY): employment, self-employment, unemployment, full-time education, travel, career breaks. Any gap of more than 28 days must be accounted for. The company will contact each employer for a reference.'),
    hist1,
    h('Section B2 — Previous employment (before the five-year period)'),
    note('Give your employment history before the five-year period, most recent first. Previous employers may also be contacted.'),
    hist2,
    h('Section C — Qualifications, licences and key skills'),
    T([
      ROW([lab('Qualifications', 2300), C([...p.education.map((e) => P([R(`${e.degree} — ${e.school}, ${e.city} (${y(e.start)}–${y(e.end)})`, { size: S + 1 })]))], { w: 7506 })]),
      ROW([lab('Licences / certificates', 2300), C(p.certs.map((c) => P([R(c, { size: S + 1 })])), { w: 7506 })]),
      ROW([lab('Key skills (as on CV)', 2300), C(sk(p).map((s) => P([R(s, { size: S + 1 })], { bullet: true })), { w: 7506 })]),
    ], [2300, 7506]),
    h('Section D — Declaration'),
    P([R('I confirm that the information above is true and complete. I understand that any false statement or omission may lead to the withdrawal of an offer or to dismissal, and I consent to the company contacting the employers and referees named above.', { size: S + 1 })], { after: 120 }),
    T([ROW([lab('Signature', 1600), val('C. McInnes', 3300), lab('Print name', 1500), val('Callum McInnes', 3406)]), ROW([lab('Date', 1600), val('02/12/2026', 3300), lab('Place', 1500), val('Glasgow', 3406)])], [1600, 3300, 1500, 3406]),
    P([R('For HR use only', { bold: true, size: S })], { before: 160, after: 40 }),
    T([ROW([C([P([R('Screening commenced: ____/____/______      Limited screening completed: ☐      Full screening completed: ☐      Screening officer: ______________', { size: S })])], { w: 9806, shade: 'F4F4F4' })])], [9806]),
  ];
  const doc = mkDoc({
    creator: 'Clydeport Air Cargo Terminal Ltd', title: 'Form SV2 — Employment & Activity History', font: fonts.en('Arial'), size: 18,
    sections: [{
      properties: { page: { size: A4, margin: { top: cm(1.7), bottom: cm(1.5), left: cm(1.1), right: cm(1.1), header: cm(0.6), footer: cm(0.6) } } },
      headers: { default: new Header({ children: [P([R('Clydeport Air Cargo Terminal Ltd · HR & Security Vetting · 0141 840 7700', { size: 14, color: '555555' }), new TextRun({ text: '\tApplicant: Callum McInnes    Vetting ref: CACT/V/2026/0419', size: 14, color: '555555' })], { tabs: [{ type: 'right', pos: 9680 }], bottom: '999999' })] }) },
      footers: { default: new Footer({ children: [P([R('Form SV2 rev. 05/2024 — BS 7858 screening file — CONFIDENTIAL when completed', { size: 13, color: '777777' }), new TextRun({ text: '\t', size: 13 }), pageNo('Page ', { size: 13 })], { tabs: [{ type: 'right', pos: 9680 }] })] }) },
      children,
    }],
  });
  return Packer.toBuffer(doc);
}

// ───────────────────────────── rotation CV (p02, p13; table) ─────────────────────────────
export async function rotationCv(id: 'p02' | 'p13'): Promise<Buffer> {
  const p = personById(id);
  const mixed = p.lang === 'mixed';
  const S = 17;
  const navy = mixed ? '7A2E0E' : '123B5D';
  const lab = (t: string, w: number) => C([P([R(t, { bold: true, size: S, color: navy })])], { w, shade: 'EEF2F5' });
  const val = (t: string, w: number, span?: number) => C([P([R(t, { size: S })])], { w, span });
  const details = id === 'p02'
    ? [['Nationality', 'British', 'Date of birth', '02/07/1993'], ['Home base', 'Aberdeen (ABZ)', 'Passport', 'British, valid to 2032'], ['Mobile', '+44 7702 318455', 'Home', '01224 695 118'], ['E-mail', p.email, 'Availability', '4 weeks\' notice'], ['Preferred rotation', '2/2 or 3/3', 'Driving licence', 'Full UK']]
    : [['Nationality', 'Chinese', 'Date of birth', '08/12/1987'], ['Current base', 'Hoima, Uganda', 'Passport', 'P.R. China, valid to 2031'], ['Mobile', p.phoneLocal, 'WeChat', 'guojw_drill'], ['E-mail', p.email, 'Availability', '4 weeks\' notice'], ['Preferred rotation', '28/28 or 35/35', 'Languages', 'Mandarin, English, Arabic (basic)']];
  const certRows = (id === 'p02'
    ? [['OPITO BOSIET with CA-EBS', 'Dyce Offshore Safety Centre', '08/2023', '08/2027'], ['OEUK Offshore Medical', 'Aberdeen Occupational Health', '03/2025', '03/2027'], ['CompEx Ex01–Ex04', 'Granite City Ex Training', '06/2024', '06/2029'], ['MIST', 'OPITO approved centre', '04/2016', 'No expiry'], ['SVQ Level 3 Engineering Maintenance (Instrumentation)', 'SQA', '07/2014', '—']]
    : [['IWCF Well Control Level 4 (Supervisor)', 'IWCF accredited centre, Dubai', '05/2025', '05/2027'], ['IADC WellSharp Supervisor', 'IADC', '02/2024', '02/2026 (renewal booked)'], ['H2S Safety (OPITO-approved)', 'Kampala training centre', '09/2025', '09/2027'], ['Uganda work permit Class G2', 'DCIC Uganda', '10/2025', '10/2028']]);
  const CW = [3600, 2600, 1700, 1900];
  const certs = T([ROW(['Certificate', 'Provider', 'Issued', 'Expiry'].map((t, i) => C([P([R(t, { bold: true, size: S, color: 'FFFFFF' })])], { w: CW[i], shade: navy })), { header: true }), ...certRows.map((r) => ROW(r.map((t, i) => C([P([R(t, { size: S })])], { w: CW[i] }))))], CW);
  const EW = [1500, 2450, 2700, 2150, 1000];
  const eh = ROW(['Dates (MM/YY)', 'Employer', 'Client / asset', 'Position', 'Rotation'].map((t, i) => C([P([R(t, { bold: true, size: S, color: 'FFFFFF' })])], { w: EW[i], shade: navy })), { header: true });
  const erows = newestFirst(p).flatMap((j) => [
    ROW([C([P([R(`${mmyy(j.start)} – ${j.end ? mmyy(j.end) : 'Present'}`, { size: S, bold: true })])], { w: EW[0], shade: 'F6F8FA' }),
      C([P([R(j.company, { size: S, bold: true })]), P([R(`${j.city}${j.country ? ', ' + j.country : ''}`, { size: S - 2, color: '666666' })])], { w: EW[1], shade: 'F6F8FA' }),
      C([P([R(j.client ?? '', { size: S })]), P([R(j.asset ?? '', { size: S - 2, color: '666666' })])], { w: EW[2], shade: 'F6F8FA' }),
      C([P([R(j.title, { size: S, bold: true })])], { w: EW[3], shade: 'F6F8FA' }), C([P([R(j.rotation ?? '', { size: S })], { align: 'center' })], { w: EW[4], shade: 'F6F8FA' })], { cantSplit: true }),
    ROW([C([P([R('Key responsibilities: ', { size: S, bold: true, color: navy })]), ...j.bullets.map((b) => P([R(b, { size: S })], { bullet: true }))], { span: 5, w: 9800 })], { cantSplit: true }),
  ]);
  const half = Math.ceil(p.skills.length / 2);
  const skillTbl = T([ROW([C(sk(p).slice(0, half).map((s) => P([R(s, { size: S })], { bullet: true })), { w: 4900, borders: 'none' }), C(sk(p).slice(half).map((s) => P([R(s, { size: S })], { bullet: true })), { w: 4900, borders: 'none' })])], [4900, 4900], { borders: 'none' });
  const h = (t: string) => P([R(t.toUpperCase(), { bold: true, size: 20, color: navy, characterSpacing: 20 })], { before: 180, after: 70, bottom: navy, keepNext: true });
  const nameRuns = mixed ? [R('郭建伟', { bold: true, size: 40, font: 'SimHei' }), R('   GUO JIANWEI (William)', { bold: true, size: 30, color: navy })] : [R('EILIDH GRANT', { bold: true, size: 40, color: navy })];
  const children = [
    P(nameRuns, { after: 20 }),
    P([R(p.headline, { size: 22, color: '555555' })], { after: 120 }),
    T(details.map((r) => ROW([lab(r[0], 1900), val(r[1], 3000), lab(r[2], 1900), val(r[3], 3000)])), [1900, 3000, 1900, 3000]),
    h('Profile'), P([R(p.summary, { size: S + 1 })]),
    h('Certification & medicals'), certs,
    h('Employment history'), T([eh, ...erows], EW),
    h('Technical skills'), skillTbl,
    h('Education'), ...p.education.map((e) => P([R(`${mmyy(e.start)} – ${mmyy(e.end)}   `, { size: S, bold: true }), R(`${e.degree}, ${e.school}, ${e.city}`, { size: S })], { after: 40 })),
    ...(mixed ? [h('Languages'), P([R(p.languages.join('  ·  '), { size: S })])] : []),
    P([R('References available on request.', { size: S, italics: true })], { before: 160 }),
  ];
  const doc = mkDoc({
    creator: p.name, title: `CV — ${mixed ? 'Guo Jianwei' : p.name}`, font: mixed ? fonts.zh('SimSun', 'Arial') : fonts.en('Arial'), size: 18,
    sections: [{
      properties: { page: { size: A4, margin: { top: cm(1.5), bottom: cm(1.5), left: cm(1.45), right: cm(1.45) } } },
      footers: { default: new Footer({ children: [P([R(`${mixed ? 'GUO Jianwei 郭建伟' : 'Eilidh Grant'} — Curriculum Vitae`, { size: 14, color: '888888' }), new TextRun({ text: '\t' }), pageNo('Page ')], { tabs: [{ type: 'right', pos: 9790 }] })] }) },
      children,
    }],
  });
  return Packer.toBuffer(doc);
}

// ───────────────────────────── EIZ record (p03, table) ─────────────────────────────
export async function eizRecord(): Promise<Buffer> {
  const p = personById('p03');
  const S = 17;
  const lab = (t: string, w: number) => C([P([R(t, { bold: true, size: S })])], { w, shade: 'E8E8E8' });
  const val = (t: string, w: number, span?: number) => C([P([R(t, { size: S })])], { w, span });
  const fmt = (ym: string) => `${MON[m(ym) - 1]}-${y(ym)}`;
  const W = [450, 950, 950, 2100, 1700, 2850, 900];
  const head = ROW(['No.', 'From', 'To', 'Employer (name and postal address)', 'Position held', 'Nature of engineering work and level of responsibility', 'Duration (yrs–mths)'].map((t, i) => C([P([R(t, { bold: true, size: S - 1 })], { align: 'center' })], { w: W[i], shade: 'D9D9D9', vAlign: 'center' })), { header: true });
  const dur = (j: Job) => { const n = monthsIncl(j.start, j.end); return `${Math.floor(n / 12)}–${n % 12}`; };
  const rows = p.work.map((j, i) => ROW([
    C([P([R(String(i + 1), { size: S })], { align: 'center' })], { w: W[0] }), C([P([R(fmt(j.start), { size: S })])], { w: W[1] }), C([P([R(j.end ? fmt(j.end) : 'To date', { size: S })])], { w: W[2] }),
    C([P([R(j.company, { size: S, bold: true })]), P([R(j.employerAddress ?? '', { size: S - 1 })]), P([R(`Tel: ${j.employerPhone}`, { size: S - 1 })])], { w: W[3] }),
    C([P([R(j.title, { size: S })])], { w: W[4] }), C(j.bullets.map((b) => P([R(b, { size: S - 1 })], { bullet: true })), { w: W[5] }),
    C([P([R(dur(j), { size: S })], { align: 'center' })], { w: W[6] }),
  ], { cantSplit: true }));
  const total = p.work.reduce((a, j) => a + monthsIncl(j.start, j.end), 0);
  rows.push(ROW([C([P([R('Total engineering experience to 30/11/2026', { bold: true, size: S })], { align: 'right' })], { span: 6, w: W.slice(0, 6).reduce((a, b) => a + b) }), C([P([R(`${Math.floor(total / 12)}–${total % 12}`, { bold: true, size: S })], { align: 'center' })], { w: W[6] })]));
  const h = (t: string) => P([R(t, { bold: true, size: 19 })], { before: 160, after: 60, keepNext: true });
  const children = [
    P([R('THE ENGINEERING INSTITUTION OF ZAMBIA', { bold: true, size: 26 })], { align: 'center' }),
    P([R('Application for Corporate Membership (MEIZ)', { size: 20 })], { align: 'center' }),
    P([R('FORM M2 — RECORD OF PRACTICAL TRAINING AND ENGINEERING EXPERIENCE', { bold: true, size: 20 })], { align: 'center', after: 120, bottom: '000000' }),
    h('PART A — PARTICULARS OF APPLICANT'),
    T([
      ROW([lab('Full name', 2000), val('Mwila Chanda', 3000), lab('EIZ membership no.', 1900), val('GM/08814 (Graduate)', 3000)]),
      ROW([lab('Discipline', 2000), val('Mining Engineering', 3000), lab('NRC no.', 1900), val('2417**/61/1', 3000)]),
      ROW([lab('Postal address', 2000), val('P.O. Box 110418, Solwezi', 3000), lab('Mobile', 1900), val(p.phoneLocal, 3000)]),
      ROW([lab('E-mail', 2000), val(p.email, 3000), lab('Landline (home)', 1900), val(p.homePhone!, 3000)]),
      ROW([lab('Present employer', 2000), val('Solwezi North Copper Ltd — Mine Planning Superintendent', 7900, 3)]),
    ], [2000, 3000, 1900, 3000]),
    h('PART B — RECORD OF EXPERIENCE (begin with the earliest; attach continuation sheets if necessary)'),
    T([head, ...rows], W),
    h('PART C — ACADEMIC QUALIFICATIONS'),
    ...p.education.map((e) => P([R(`${e.degree} — ${e.school}, ${e.city} (${y(e.start)}–${y(e.end)})`, { size: S })], { bullet: true })),
    h('PART D — PRINCIPAL TECHNICAL COMPETENCIES'),
    P([R('State the engineering skills and tools in which you are competent:', { size: S - 1, italics: true })], { after: 40 }),
    T([ROW([C(sk(p).slice(0, 5).map((s) => P([R(s, { size: S })], { bullet: true })), { w: 4950, borders: 'none' }), C(sk(p).slice(5).map((s) => P([R(s, { size: S })], { bullet: true })), { w: 4950, borders: 'none' })])], [4950, 4950], { borders: 'none' }),
    h('PART E — REGISTRATIONS AND CERTIFICATES'),
    ...p.certs.map((c) => P([R(c, { size: S })], { bullet: true })),
    h('PART F — PROPOSERS (two Corporate Members who know the applicant\'s work)'),
    T([
      ROW(['Name', 'EIZ no.', 'Employer / position', 'Phone', 'Signature'].map((t, i) => C([P([R(t, { bold: true, size: S - 1 })])], { w: [2100, 1200, 3300, 1700, 1600][i], shade: 'D9D9D9' }))),
      ROW(['Eng. Bwalya Mutale', 'M/03317', 'Solwezi North Copper Ltd — Mining Manager', '0977 501 228', ''].map((t, i) => C([P([R(t, { size: S })])], { w: [2100, 1200, 3300, 1700, 1600][i] })), { cantSplit: true }),
      ROW(['Eng. Chileshe Mwansa', 'M/02958', 'Mulungushi Open Pit Services Ltd — Technical Director', '0966 770 415', ''].map((t, i) => C([P([R(t, { size: S })])], { w: [2100, 1200, 3300, 1700, 1600][i] })), { cantSplit: true }),
    ], [2100, 1200, 3300, 1700, 1600]),
    h('DECLARATION'),
    P([R('I declare that the particulars given in this form are true and correct to the best of my knowledge.', { size: S })], { after: 160 }),
    P([R('Signature: ............................................        Date: 30/11/2026        Name: Mwila Chanda', { size: S })]),
  ];
  const doc = mkDoc({
    creator: 'Mwila Chanda', title: 'EIZ Form M2 — Mwila Chanda', font: fonts.en('Times New Roman'), size: 18,
    sections: [{
      properties: { page: { size: A4, margin: { top: cm(1.4), bottom: cm(1.4), left: cm(1.5), right: cm(1.5) } } },
      footers: { default: new Footer({ children: [P([R('EIZ/M2 Rev.3 — Applicant: Mwila Chanda', { size: 14, color: '666666' }), new TextRun({ text: '\t' }), pageNo('Page ')], { tabs: [{ type: 'right', pos: 9900 }] })] }) },
      children,
    }],
  });
  return Packer.toBuffer(doc);
}

// ───────────────────────────── 代理教師甄選 報名表 (p11, table) ─────────────────────────────
export async function zhenXuan(): Promise<Buffer> {
  const p = personById('p11');
  const S = 20; // 10 pt
  const F = 'PMingLiU';
  const lab = (t: string, w: number, o: CellOpts = {}) => C([P([R(t, { size: S })], { align: 'center' })], { w, shade: 'F2F2F2', vAlign: 'center', ...o });
  const val = (t: string, w: number, o: CellOpts = {}) => C([P([R(t, { size: S })])], { w, vAlign: 'center', ...o });
  const W6 = [1500, 2300, 1100, 1400, 1500, 2100];
  const rocYmd = (ym: string, d: number) => `${roc(ym)}.${pad(m(ym))}.${pad(d)}`;
  const seniority = (j: Job) => { const n = monthsIncl(j.start, j.end); return `${Math.floor(n / 12) ? Math.floor(n / 12) + '年' : ''}${n % 12 ? (n % 12) + '個月' : ''}`; };
  const total = p.work.reduce((a, j) => a + monthsIncl(j.start, j.end), 0);
  const top = T([
    ROW([lab('姓　　名', W6[0]), val(p.name, W6[1]), lab('性別', W6[2]), val('女', W6[3]), lab('報考類別', W6[4]), C([P([R('照片黏貼處', { size: 14, color: '999999' })], { align: 'center' }), P([photo(96, 122)], { align: 'center' })], { w: W6[5], rowSpan: 5, vAlign: 'center' })], { h: 520 }),
    ROW([lab('出生日期', W6[0]), val('民國82年9月12日', W6[1]), lab('年齡', W6[2]), val(`${age(p)}歲`, W6[3]), C([P([R('☑ 英語專長', { size: S })]), P([R('☐ 一般', { size: S })])], { w: W6[4], vAlign: 'center' })], { h: 520 }),
    ROW([lab('身分證字號', W6[0]), val('B2********38', W6[1]), lab('E-mail', W6[2]), val(p.email, W6[3] + W6[4], { span: 2 })], { h: 520 }),
    ROW([lab('聯絡電話', W6[0]), val(`（宅）${p.homePhone}　（手機）${p.phoneLocal}`, W6[1] + W6[2] + W6[3] + W6[4], { span: 4 })], { h: 520 }),
    ROW([lab('通訊地址', W6[0]), val(p.address, W6[1] + W6[2] + W6[3] + W6[4], { span: 4 })], { h: 520 }),
  ], W6);
  const EW = [2600, 2600, 1300, 3400];
  const edu = T([
    ROW([lab('學　歷', 9900, { span: 4 })]),
    ROW([lab('畢業學校', EW[0]), lab('科系 / 類科', EW[1]), lab('學位', EW[2]), lab('修業起訖（民國年月）', EW[3])]),
    ROW([val(p.education[0].school, EW[0]), val('英語教學系', EW[1]), val('學士', EW[2]), val('100年9月 至 104年6月', EW[3])]),
    ROW([val(p.education[1].school, EW[0]), val('國民小學師資類科 教育實習', EW[1]), val('—', EW[2]), val('104年8月 至 105年1月', EW[3])]),
  ], EW);
  const CW = [3300, 3800, 2800];
  const cert = T([
    ROW([lab('教師證書 / 證照', 9900, { span: 3 })]),
    ROW([lab('證書類別', CW[0]), lab('證書字號', CW[1]), lab('發證日期', CW[2])]),
    ROW([val('國民小學教師證書（英語專長）', CW[0]), val('（105）中師字第 0418****號', CW[1]), val('民國105年7月', CW[2])]),
    ROW([val('全民英檢 中高級', CW[0]), val('HI-1104****', CW[1]), val('民國103年11月', CW[2])]),
  ], CW);
  const SW = [3200, 2100, 3100, 1500];
  const serv = T([
    ROW([lab('服 務 經 歷（請依時間先後填寫，需檢附服務證明）', 9900, { span: 4 })]),
    ROW([lab('服務學校', SW[0]), lab('職　稱', SW[1]), lab('服務起訖（年.月.日）', SW[2]), lab('年資', SW[3])]),
    ...p.work.map((j) => ROW([val(j.company, SW[0]), val(j.title, SW[1]), val(`${rocYmd(j.start, j.startDay)}～${j.end ? rocYmd(j.end, endDay(j)) : '迄今'}`, SW[2]), val(seniority(j), SW[3])], { h: 420 })),
    ROW([C([P([R(`年資合計（計至115.11.30）：${Math.floor(total / 12)}年${total % 12}個月`, { size: S, bold: true })], { align: 'right' })], { span: 4, w: 9900 })]),
  ], SW);
  const skills = T([ROW([lab('專　長', 1500), C([P([R(sk(p).join('、'), { size: S })])], { w: 8400 })], { h: 600 }), ROW([lab('語　言', 1500), C([P([R(p.languages.join('、'), { size: S })])], { w: 8400 })])], [1500, 8400]);
  const att = T([ROW([lab('檢附證件', 1500), C([
    P([R('☑ 身分證正反面影本　☑ 最高學歷畢業證書影本　☑ 教師證書影本', { size: S - 2 })]),
    P([R('☑ 服務證明（代理、代課）　☐ 退伍令　☑ 其他：全民英檢成績單', { size: S - 2 })]),
  ], { w: 8400 })]), ROW([lab('報名者簽章', 1500), C([P([R('本人保證所填資料及所繳證件均屬實，如有不實，願負法律責任並取消錄取資格。', { size: S - 2 })]), P([R('簽名：林佩蓁　　　　　　　中華民國 115 年 12 月 1 日', { size: S })], { before: 80 })], { w: 8400 })]),
  ROW([lab('資格審查', 1500), C([P([R('□ 合格　□ 不合格，原因：________________　審查人員：__________', { size: S - 2 })])], { w: 8400, shade: 'FAFAFA' })])], [1500, 8400]);
  const gap = () => P('', { after: 100 });
  const children = [
    P([R('臺中市立楓林國民小學115學年度第1次代理教師甄選', { bold: true, size: 30, font: 'DFKai-SB' })], { align: 'center', after: 60 }),
    P([R('報　名　表', { bold: true, size: 34, font: 'DFKai-SB' })], { align: 'center', after: 60 }),
    P([R('報名編號：__________（由本校填寫）', { size: S - 2 })], { align: 'right', after: 80 }),
    top, gap(), edu, gap(), cert, gap(), serv, gap(), skills, gap(), att,
  ];
  const doc = mkDoc({
    creator: '林佩蓁', title: '代理教師甄選報名表', font: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: F, cs: 'Times New Roman' }, size: S,
    sections: [{ properties: { page: { size: A4, margin: { top: cm(1.6), bottom: cm(1.4), left: cm(1.75), right: cm(1.75) } } },
      footers: { default: new Footer({ children: [P([R('附件一　報名表（請以電腦繕打或正楷填寫）　', { size: 16, color: '777777' }), pageNo('第 ', { size: 16 }), R(' 頁', { size: 16, color: '777777' })], { align: 'center' })] }) }, children }],
  });
  return Packer.toBuffer(doc);
}

// ───────────────────────────── 注册安全工程师 注册申请表 (p12, table) ─────────────────────────────
export async function anquanZhuce(): Promise<Buffer> {
  const p = personById('p12');
  const S = 21;
  const lab = (t: string, w: number, o: CellOpts = {}) => C([P([R(t, { size: S })], { align: 'center' })], { w, vAlign: 'center', ...o });
  const val = (t: string, w: number, o: CellOpts = {}) => C([P([R(t, { size: S })])], { w, vAlign: 'center', ...o });
  const W = [1500, 1900, 1100, 1700, 1300, 2000];
  const basic = T([
    ROW([lab('姓　名', W[0]), val(p.name, W[1]), lab('性别', W[2]), val('男', W[3]), lab('出生年月', W[4]), C([P([photo(92, 118)], { align: 'center' })], { w: W[5], rowSpan: 4, vAlign: 'center' })], { h: 560 }),
    ROW([lab('身份证号', W[0]), val('441303********0615', W[1] + W[2] + W[3], { span: 3 }), val('1989年6月', W[4])], { h: 560 }),
    ROW([lab('学　历', W[0]), val('大学本科', W[1]), lab('专业', W[2]), val('安全工程', W[3]), val('职称：工程师', W[4])], { h: 560 }),
    ROW([lab('毕业院校', W[0]), val(`${p.education[0].school}（2011年6月毕业）`, W[1] + W[2] + W[3] + W[4], { span: 4 })], { h: 560 }),
    ROW([lab('资格证书\n管理号', W[0]), val('2019034400000**317', W[1] + W[2], { span: 2 }), lab('注册专业', W[3]), val('☑ 化工安全　☐ 其他安全', W[4] + W[5], { span: 2 })], { h: 560 }),
    ROW([lab('手机号码', W[0]), val('13927380516', W[1] + W[2], { span: 2 }), lab('电子邮箱', W[3]), val(p.email, W[4] + W[5], { span: 2 })], { h: 560 }),
    ROW([lab('通讯地址', W[0]), val(p.address + '（邮编 516211）', 8000, { span: 5 })], { h: 560 }),
  ], W);
  const employer = T([
    ROW([lab('聘用单位', W[0]), val('惠州港湾新材料科技有限公司', 4700, { span: 3 }), lab('统一社会信用代码', W[4]), val('91441300MA5********X', W[5])], { h: 520 }),
    ROW([lab('单位地址', W[0]), val('惠州市大亚湾石化区东联路18号', 4700, { span: 3 }), lab('单位联系人', W[4]), val('罗女士 0752-336 9021', W[5])], { h: 520 }),
  ], W);
  const HW = [2200, 3100, 1500, 1700, 1400];
  const hist = T([
    ROW([lab('工　作　经　历（从参加工作时填起）', 9900, { span: 5, shade: 'EFEFEF' })]),
    ROW([lab('起止年月', HW[0]), lab('工作单位', HW[1]), lab('部门', HW[2]), lab('职务（岗位）', HW[3]), lab('证明人', HW[4])], { header: true }),
    ...p.work.map((j) => ROW([val(`${dotym(j.start)}—${j.end ? dotym(j.end) : '至今'}`, HW[0]), val(j.company, HW[1]), val(j.dept ?? '', HW[2]), val(j.title, HW[3]), val(j.referee ?? '', HW[4])], { h: 480 })),
    ROW([lab('从事安全生产\n相关工作年限', HW[0]), val('15年6个月（2011年7月至今，连续从事安全生产管理工作）', 7700, { span: 4 })], { h: 480 }),
  ], HW);
  const misc = T([
    ROW([lab('专业特长', 1500), C(sk(p).map((s, i) => P([R(`${i + 1}. ${s}`, { size: S })])), { w: 8400 })]),
    ROW([lab('其他证书', 1500), C(p.certs.map((s) => P([R(s, { size: S })])), { w: 8400 })]),
    ROW([lab('本人承诺', 1500), C([P([R('本人对所填报内容及提交材料的真实性负责，如有虚假，愿意承担相应法律责任。', { size: S })]), P([R('申请人（签字）：黄振邦　　　　　　2026年11月27日', { size: S })], { before: 120, align: 'right' })], { w: 8400 })]),
    ROW([lab('聘用单位\n意见', 1500), C([P([R('经审核，该同志为我单位正式员工，所填信息属实，同意申请注册。', { size: S })]), P([R('（单位公章）　　　　　年　　月　　日', { size: S })], { before: 200, align: 'right' })], { w: 8400 })]),
    ROW([lab('注册机关\n审核意见', 1500), C([P([R('', { size: S })]), P([R('经办人：　　　　　审核人：　　　　　年　　月　　日', { size: S })], { before: 200, align: 'right' })], { w: 8400 })]),
  ], [1500, 8400]);
  const gap = () => P('', { after: 60 });
  const children = [
    P([R('附件1', { size: S, font: 'SimHei' })]),
    P([R('注册安全工程师注册申请表', { bold: true, size: 36, font: 'SimHei' })], { align: 'center', before: 60 }),
    P([R('（初始注册）', { size: 24 })], { align: 'center', after: 120 }),
    P([R('申请人：黄振邦　　　　　　　　　　　　　　　　申请日期：2026年11月27日', { size: S })], { after: 80 }),
    basic, gap(), employer, gap(), hist, gap(), misc,
  ];
  const doc = mkDoc({
    creator: '黄振邦', title: '注册安全工程师注册申请表', font: fonts.zh('SimSun', 'Times New Roman'), size: S,
    sections: [{ properties: { page: { size: A4, margin: { top: cm(1.8), bottom: cm(1.5), left: cm(1.75), right: cm(1.75) } } },
      footers: { default: new Footer({ children: [P([pageNo('— ', { size: 18 }), R(' —', { size: 18, color: '777777' })], { align: 'center' })] }) }, children }],
  });
  return Packer.toBuffer(doc);
}

// ───────────────────────────── BOI foreign-expert CV (p15, table) ─────────────────────────────
export async function boiExpert(): Promise<Buffer> {
  const p = personById('p15');
  const S = 18;
  const lab = (t: string, w: number, o: CellOpts = {}) => C([P([R(t, { size: S, bold: true })])], { w, shade: 'EAF0F6', ...o });
  const val = (t: string, w: number, o: CellOpts = {}) => C([P([R(t, { size: S })])], { w, ...o });
  const md = (ym: string) => `${MON[m(ym) - 1]}.${MON[m(ym) - 1] === 'May' ? '' : ''} ${y(ym)}`.replace('May.', 'May');
  const W2 = [3400, 6500];
  const info = T([
    ROW([lab('1. Name (Mr./Mrs./Ms.)', W2[0]), val('Mr. WANG BOWEN', W2[1])]),
    ROW([lab('    Name in native script', W2[0]), val(p.name, W2[1])]),
    ROW([lab('2. Nationality', W2[0]), val('Chinese', W2[1])]),
    ROW([lab('3. Passport No. / expiry', W2[0]), val('EJ*****21 / 14 Aug 2032', W2[1])]),
    ROW([lab('4. Date of birth / age', W2[0]), val(`15 March 1990 / ${age(p)} years`, W2[1])]),
    ROW([lab('5. Position in the promoted project', W2[0]), val('Process Engineering Manager (Cell Assembly & Formation)', W2[1])]),
    ROW([lab('6. Address in Thailand', W2[0]), val(p.address, W2[1])]),
    ROW([lab('    Mobile phone (Thailand)', W2[0]), val('+66 81 746 2293', W2[1])]),
    ROW([lab('    E-mail', W2[0]), val(p.email, W2[1])]),
  ], W2);
  const EW = [1300, 1300, 3600, 3700];
  const edu = T([ROW(['From', 'To', 'Institution / country', 'Degree / major'].map((t, i) => lab(t, EW[i])), { header: true }),
    ...p.education.map((e) => ROW([val(md(e.start), EW[0]), val(md(e.end), EW[1]), val(`${e.school}, ${e.city}`, EW[2]), val(e.degree, EW[3])]))], EW);
  const XW = [1150, 1150, 2500, 1900, 3200];
  const xp = T([ROW(['From', 'To', 'Company / country', 'Position', 'Main responsibilities'].map((t, i) => lab(t, XW[i])), { header: true }),
    ...newestFirst(p).map((j) => ROW([val(md(j.start), XW[0]), val(j.end ? md(j.end) : 'Present', XW[1]), C([P([R(j.company, { size: S, bold: true })]), P([R(`${j.city}, ${j.country}`, { size: S - 2, color: '555555' })])], { w: XW[2] }), val(j.title, XW[3]), C(j.bullets.map((b) => P([R(b, { size: S - 1 })], { bullet: true })), { w: XW[4] })], { cantSplit: true }))], XW);
  const tot = monthsIncl(p.work[0].start, null);
  const h = (t: string) => P([R(t, { bold: true, size: 19 })], { before: 140, after: 50, keepNext: true });
  const children = [
    P([R('SIAM ZHONGTAI EV BATTERY CO., LTD.', { bold: true, size: 24, color: '1F4E79' })]),
    P([R('700/912 Moo 4, Pluak Daeng Industrial Estate, Rayong 21140 · Tel. +66 38 016 880 · BOI Promotion Certificate No. 66-0418-1-00-1-0', { size: 14, color: '555555' })], { bottom: '1F4E79', after: 120 }),
    P([R('CURRICULUM VITAE OF FOREIGN EXPERT', { bold: true, size: 26 })], { align: 'center' }),
    P([R('(Attachment to the application for permission to bring in a foreign national to work in a promoted project — e-Expert)', { size: 15, italics: true })], { align: 'center', after: 120 }),
    info,
    h('7. Educational background'), edu,
    h(`8. Working experience — from / to (month, year); total ${Math.floor(tot / 12)} years ${tot % 12} months`), xp,
    h('9. Special skills / expertise relevant to the position'),
    T([ROW([C(sk(p).slice(0, 5).map((s) => P([R(s, { size: S })], { bullet: true })), { w: 4950, borders: 'none' }), C(sk(p).slice(5).map((s) => P([R(s, { size: S })], { bullet: true })), { w: 4950, borders: 'none' })])], [4950, 4950], { borders: 'none' }),
    h('10. Language ability'), P([R(p.languages.join('; '), { size: S })]),
    h('11. Certificates / training'), ...p.certs.map((c) => P([R(c, { size: S })], { bullet: true })),
    P([R('I hereby certify that the above information is true and correct.', { size: S })], { before: 200 }),
    T([ROW([C([P([R('Signature ...........................................', { size: S })]), P([R('(Mr. WANG BOWEN)  Foreign expert', { size: S })]), P([R('Date: 25 November 2026', { size: S })])], { w: 4950, borders: 'none' }),
      C([P([R('Signature ...........................................', { size: S })]), P([R('(Mr. Somchai Rattanaporn)  Authorized Director', { size: S })]), P([R('Company seal · HR contact: Khun Pranee, +66 38 016 880 ext. 214', { size: S - 2, color: '555555' })])], { w: 4950, borders: 'none' })])], [4950, 4950], { borders: 'none' }),
  ];
  const doc = mkDoc({
    creator: 'HR — Siam Zhongtai EV Battery', title: 'CV of Foreign Expert — WANG BOWEN', font: fonts.zh('SimSun', 'Arial'), size: S,
    sections: [{ properties: { page: { size: A4, margin: { top: cm(1.5), bottom: cm(1.4), left: cm(1.5), right: cm(1.5) } } },
      footers: { default: new Footer({ children: [P([R('e-Expert attachment — CV — Mr. WANG BOWEN (王博文)', { size: 14, color: '777777' }), new TextRun({ text: '\t' }), pageNo('Page ')], { tabs: [{ type: 'right', pos: 9900 }] })] }) }, children }],
  });
  return Packer.toBuffer(doc);
}

// ───────────────────────────── Fijian CV (p04, single) ─────────────────────────────
export async function fijiCv(): Promise<Buffer> {
  const p = personById('p04');
  const S = 22;
  const kv = (k: string, v: string) => P([R(k, { size: S }), new TextRun({ text: '\t:\t', size: S }), R(v, { size: S })], { tabs: [{ type: 'left', pos: 2600 }, { type: 'left', pos: 2900 }], after: 20 });
  const h = (t: string) => P([R(t, { bold: true, size: S + 2, underline: true })], { before: 240, after: 100, keepNext: true });
  const ord = (d: number) => `${pad(d)}${d === 1 || d === 21 || d === 31 ? 'st' : d === 2 || d === 22 ? 'nd' : d === 3 || d === 23 ? 'rd' : 'th'}`;
  const jobs = newestFirst(p).flatMap((j) => [
    kv('Employer', `${j.company}, ${j.city}`), kv('Position', j.title), kv('Duration', `${month(j.start)} – ${j.end ? month(j.end) : 'Present'} (${durEn(j.start, j.end, false)})`),
    P([R('Duties & responsibilities:', { size: S, italics: true })], { before: 40, keepNext: true }), ...j.bullets.map((b) => P([R(b, { size: S })], { bullet: true })), P('', { after: 120 }),
  ]);
  const children = [
    P([R('CURRICULUM VITAE', { bold: true, size: 32, underline: true })], { align: 'center', after: 240 }),
    h('PERSONAL DETAILS'),
    kv('Full Name', p.name), kv('Date of Birth', `${ord(9)} May 1990`), kv('Village', 'Navakai'), kv('Tikina / Province', 'Nadi / Ba'), kv('Nationality', 'Fijian'),
    kv('Religion', 'Methodist'), kv('Marital Status', 'Married'), kv('Postal Address', 'P.O. Box 1184, Nadi'), kv('Residential Address', p.address),
    kv('Mobile', p.phoneLocal), kv('Home Phone', p.homePhone!), kv('Email', p.email), kv('FNPF No.', '0418****'),
    h('CAREER OBJECTIVE'), P([R('To contribute my revenue management and hotel operations experience to a leading resort group, growing profitable room revenue while developing young Fijian talent in the industry.', { size: S })]),
    h('EDUCATIONAL BACKGROUND'),
    ...p.education.map((e) => P([R(`${y(e.start)} – ${y(e.end)}`, { size: S, bold: true }), new TextRun({ text: '\t', size: S }), R(`${e.school}, ${e.city} — ${e.degree}`, { size: S })], { tabs: [{ type: 'left', pos: 1800 }], indent: { left: 1800, hanging: 1800 }, after: 60 })),
    h('WORK EXPERIENCE'), ...jobs,
    h('SKILLS'), ...sk(p).map((s) => P([R(s, { size: S })], { bullet: true })),
    h('TRAINING & CERTIFICATES'), ...p.certs.map((s) => P([R(s, { size: S })], { bullet: true })),
    h('LANGUAGES'), ...p.languages.map((s) => P([R(s, { size: S })], { bullet: true })),
    h('REFEREES'),
    T([ROW([
      C([P([R('Mr. Sanjay Prasad', { bold: true, size: S })]), P([R('General Manager', { size: S })]), P([R('Nadi Bay Island Resorts Ltd', { size: S })]), P([R('Ph: 672 4410 / 992 1057', { size: S })])], { w: 4600, borders: 'none' }),
      C([P([R('Ms. Adi Mereoni Tuisawau', { bold: true, size: S })]), P([R('Director of Sales', { size: S })]), P([R('Bula Coast Hospitality Group', { size: S })]), P([R('Ph: 999 3182', { size: S })])], { w: 4600, borders: 'none' }),
    ])], [4600, 4600], { borders: 'none' }),
    h('DECLARATION'),
    P([R('I hereby declare that the above information is true and correct to the best of my knowledge.', { size: S })], { after: 360 }),
    P([R('……………………………', { size: S })]), P([R('Litia Naivalu', { size: S })]),
  ];
  const doc = mkDoc({
    creator: 'Litia', title: 'CV Litia Naivalu', font: fonts.en('Times New Roman'), size: S,
    sections: [{ properties: { page: { size: A4, margin: { top: cm(2.2), bottom: cm(2), left: cm(2.5), right: cm(2.2) } } }, children }],
  });
  return Packer.toBuffer(doc);
}

// ───────────────────────────── ptab Word CV (p01, p07; single) ─────────────────────────────
export async function ptabCv(id: 'p01' | 'p07'): Promise<Buffer> {
  const p = personById(id);
  const isMt = id === 'p07';
  const S = 20;
  const accent = isMt ? '1F5C73' : '4B2E83';
  const ptab = () => new PositionalTab({ alignment: PositionalTabAlignment.RIGHT, relativeTo: PositionalTabRelativeTo.MARGIN, leader: PositionalTabLeader.NONE });
  const dates = (j: Job) => (isMt ? `${month(j.start)} – ${j.end ? month(j.end) : 'ongoing'}` : `${mon(j.start)} – ${j.end ? mon(j.end) : 'present'}`);
  const h = (t: string) => P([R(t, { bold: true, size: 22, smallCaps: true, color: accent, characterSpacing: 10 })], { before: 200, after: 80, bottom: accent, keepNext: true });
  const jobs = newestFirst(p).flatMap((j) => [
    P([R(j.title, { bold: true, size: S }), R('  |  ', { size: S, color: '999999' }), R(j.company + ' ', { size: S }), ptab(), R(dates(j), { size: S - 1, color: '444444' })], { before: 100, keepNext: true }),
    P([R(j.city + (isMt ? ', Malta' : ''), { italics: true, size: S - 2, color: '666666' })], { after: 30, keepNext: true }),
    ...j.bullets.map((b) => P([R(b, { size: S - 1 })], { bullet: true })),
  ]);
  const contact = isMt
    ? [R(`${p.address}  ·  Mob. +356 ${p.phoneLocal}  ·  Tel. +356 ${p.homePhone}  ·  ${p.email}`, { size: 17, color: '444444' })]
    : [R(`Glasgow G51  ·  ${p.phoneLocal}  ·  ${p.email}  ·  linkedin.com/in/callum-mcinnes-sec`, { size: 17, color: '444444' })];
  const children = [
    P([R(p.name, { bold: true, size: 44, color: accent })], { after: 20 }),
    P([R(p.headline, { size: 22, color: '555555' })], { after: 40 }),
    P(contact, { after: 60 }),
    h(isMt ? 'Profile' : 'Personal profile'), P([R(p.summary, { size: S - 1 })], { align: 'both' }),
    h(isMt ? 'Key competencies' : 'Core skills'),
    P([R(sk(p).join('   •   '), { size: S - 1 })], { line: 300 }),
    h(isMt ? 'Professional experience' : 'Employment history'), ...jobs,
    h(isMt ? 'Education' : 'Education & qualifications'),
    ...p.education.map((e) => P([R(e.degree, { bold: true, size: S - 1 }), R(` — ${e.school}, ${e.city} `, { size: S - 1 }), ptab(), R(`${y(e.start)} – ${y(e.end)}`, { size: S - 1, color: '444444' })], { after: 40 })),
    h(isMt ? 'Certifications' : 'Licences & certificates'), ...p.certs.map((c) => P([R(c, { size: S - 1 })], { bullet: true })),
    h('Languages'), P([R(p.languages.join('; '), { size: S - 1 })]),
    ...(isMt
      ? [h('Personal details'), P([R('ID Card No.: 0418**88M   ·   Date of birth: 19.08.1988   ·   Driving licence: Category B', { size: S - 1 })]), h('Referees'),
        P([R('Dr. Marisa Grech, CEO, Bluefin Gaming Group Ltd — +356 2010 4400', { size: S - 1 })]), P([R('Mr. Kurt Azzopardi, former Head of Risk, Redstar Interactive Ltd — +356 9942 1187', { size: S - 1 })])]
      : [h('Interests'), P([R('Five-a-side football, hill walking (31 Munros so far), volunteer steward at Ibrox on match days.', { size: S - 1 })]), h('References'), P([R('Available on request.', { size: S - 1 })])]),
  ];
  const doc = mkDoc({
    creator: p.name, title: `${p.name} CV`, font: fonts.en(isMt ? 'Garamond' : 'Arial'), size: S,
    sections: [{
      properties: { titlePage: true, page: { size: A4, margin: { top: cm(1.8), bottom: cm(1.6), left: cm(2), right: cm(2) } } },
      headers: { default: new Header({ children: [P([R(`${p.name} — CV (continued)`, { size: 15, color: '888888', italics: true })], { align: 'right' })] }), first: new Header({ children: [P('')] }) },
      footers: { default: new Footer({ children: [P([pageNo('', { size: 15 })], { align: 'center' })] }), first: new Footer({ children: [P('')] }) },
      children,
    }],
  });
  return Packer.toBuffer(doc);
}

// ───────────────────────────── reason lines (p09 zh, p16 mixed; single) ─────────────────────────────
export async function reasonLines(id: 'p09' | 'p16'): Promise<Buffer> {
  const p = personById(id);
  const zh = id === 'p09';
  const S = zh ? 21 : 20;
  const grey = '666666';
  const h = (t: string) => P([R(t, { bold: true, size: S + 3, color: zh ? 'A23B2A' : '155E75' })], { before: 220, after: 80, left: zh ? 'A23B2A' : '155E75', bottom: 'BBBBBB', keepNext: true });
  const job = (j: Job) => zh
    ? [
      P([R('■ ', { size: S, color: 'A23B2A' }), R(`${dotym(j.start)}—${j.end ? dotym(j.end) : '至今'}`, { bold: true, size: S }), R(`　　${j.company}`, { bold: true, size: S })], { before: 120, keepNext: true }),
      P([R(`职位：${j.title}　｜　下属人数：${j.team}　｜　汇报对象：${j.reportTo}`, { size: S - 2, color: grey })], { keepNext: true }),
      P([R('工作内容：', { size: S, bold: true })], { keepNext: true }),
      ...j.bullets.map((b, i) => P([R(`${i + 1}. ${b}`, { size: S })], { indent: { left: 420 } })),
      P([R(`离职原因：${j.reason || '—（在职）'}`, { size: S - 1, color: grey })]),
    ]
    : [
      P([R(`${mon(j.start)} – ${j.end ? mon(j.end) : 'Present'}`, { bold: true, size: S, color: '155E75' }), R(`      ${j.company}`, { bold: true, size: S }), R(`, ${j.city}`, { size: S, color: grey })], { before: 120, keepNext: true }),
      P([R(`Position: ${j.title}   |   Team: ${j.team}   |   Reporting to: ${j.reportTo}`, { size: S - 2, color: grey })], { keepNext: true }),
      ...j.bullets.map((b) => P([R(b, { size: S })], { bullet: true })),
      P([R(`Reason for leaving: ${j.reason || '—'}${j.end ? '' : ' (current position)'}`, { size: S - 1, color: grey, italics: true })]),
    ];
  const children = zh
    ? [
      P([R(p.name, { bold: true, size: 44, font: 'SimHei' })], { after: 60 }),
      P([R(`男　｜　1990年8月　｜　中专　｜　17年工作经验　｜　现居深圳宝安`, { size: S, color: grey })], { after: 40 }),
      P([R(`电话：${p.phoneLocal}（微信同号）　　邮箱：${p.email}`, { size: S })], { after: 40 }),
      P([R('求职意向：城市运营经理 / 区域运营经理　｜　深圳　｜　期望薪资 15-18K　｜　随时到岗（一个月内）', { size: S })]),
      h('工作经历'), ...newestFirst(p).flatMap(job),
      h('专业技能'), ...sk(p).map((s) => P([R(`◆ ${s}`, { size: S })], { after: 20 })),
      h('教育背景'), P([R('2006.09—2009.01　　广西来宾市红水河职业技术学校　　机电技术应用（中专）', { size: S })]),
      h('证书'), P([R(p.certs.join('　｜　'), { size: S })]),
      h('语言'), P([R(p.languages.join('、'), { size: S })]),
      h('自我评价'), P([R(p.summary, { size: S })]),
    ]
    : [
      P([R(p.name, { bold: true, size: 44, font: 'SimHei' }), R('   Snow (Xueqing) LI', { bold: true, size: 32, color: '155E75' })], { after: 60 }),
      P([R(p.headline, { size: S + 2, color: grey })], { after: 40 }),
      P([R(`Mobile / WhatsApp: +971 ${p.phoneLocal.slice(1)}   |   Email: ${p.email}   |   Al Barsha 1, Dubai`, { size: S - 1 })], { after: 40 }),
      P([R('Nationality: Chinese   |   Visa: Employment visa (transferable)   |   Notice period: 1 month   |   UAE driving licence', { size: S - 2, color: grey })]),
      h('Professional Summary'), P([R(p.summary, { size: S })]),
      h('Work Experience'), ...newestFirst(p).flatMap(job),
      h('Skills'), ...sk(p).map((s) => P([R(s, { size: S })], { bullet: true })),
      h('Education'), P([R(`${y(p.education[0].start)} – ${y(p.education[0].end)}   ${p.education[0].degree}, ${p.education[0].school}, ${p.education[0].city}`, { size: S })]),
      h('Certificates & Languages'), P([R(p.certs.join('  ·  '), { size: S })]), P([R(p.languages.join('  ·  '), { size: S })]),
    ];
  const doc = mkDoc({
    creator: zh ? '覃海龙' : 'Snow Li', title: zh ? '覃海龙-简历' : 'CV - Snow Li', font: zh ? fonts.zh('Microsoft YaHei', 'Microsoft YaHei') : fonts.zh('SimSun', 'Calibri'), size: S,
    sections: [{ properties: { page: { size: A4, margin: { top: cm(1.8), bottom: cm(1.6), left: cm(2), right: cm(2) } } }, children }],
  });
  return Packer.toBuffer(doc);
}

// ───────────────────────────── vMerge rail (p02, p05, p06, p10; two-column) ─────────────────────────────
export async function vmergeRail(id: 'p02' | 'p05' | 'p06' | 'p10'): Promise<Buffer> {
  const p = personById(id);
  const zh = p.lang === 'zh';
  const cfg = {
    p02: { accent: '0E5A6F', rail: 'E3EEF1', font: fonts.en('Arial'), d: (j: Job) => `${mon(j.start)} – ${j.end ? mon(j.end) : 'Present'}` },
    p05: { accent: 'B5472B', rail: 'F2ECE6', font: fonts.en('Arial'), d: (j: Job) => `${pad(m(j.start))}/${y(j.start)} – ${j.end ? `${pad(m(j.end))}/${y(j.end)}` : 'Present'}` },
    p06: { accent: '5B3A8C', rail: 'ECE8F3', font: fonts.en('Georgia'), d: (j: Job) => `${MON[m(j.start) - 1]}. ${y(j.start)} – ${j.end ? `${MON[m(j.end) - 1]}. ${y(j.end)}` : 'today'}`.replace('May.', 'May') },
    p10: { accent: '2F6E4F', rail: 'E8F1EC', font: fonts.zh('Microsoft YaHei', 'Arial'), d: (j: Job) => `${dotym(j.start)} - ${j.end ? dotym(j.end) : '至今'}` },
  }[id];
  const S = zh ? 19 : 18;
  const L = 6650, Rw = 3150;
  const hd = (t: string) => P([R(zh ? t : t.toUpperCase(), { bold: true, size: S + 2, color: cfg.accent, characterSpacing: zh ? 0 : 30 })], { before: 80, after: 60, bottom: cfg.accent, keepNext: true });
  const rhd = (t: string) => P([R(zh ? t : t.toUpperCase(), { bold: true, size: S, color: cfg.accent, characterSpacing: zh ? 0 : 20 })], { before: 160, after: 40 });
  const lbl = zh ? { profile: '个人简介', xp: '工作经历', edu: '教育背景', contact: '联系方式', skills: '专业技能', certs: '证书', lang: '语言' }
    : { profile: 'Profile', xp: 'Experience', edu: 'Education', contact: 'Contact', skills: 'Skills', certs: id === 'p05' ? 'Licenses & Certifications' : 'Certifications', lang: 'Languages' };
  const jobCell = (j: Job, first: boolean) => [
    ...(first ? [hd(lbl.xp)] : []),
    P([R(j.company, { bold: true, size: S + 1 }), new TextRun({ text: '\t' }), R(cfg.d(j), { size: S - 1, color: '555555' })], { tabs: [{ type: 'right', pos: L - 200 }], keepNext: true }),
    P([R(j.title, { italics: !zh, size: S, color: cfg.accent })], { after: 30, keepNext: true }),
    ...j.bullets.map((b) => P([R(b, { size: S - 1 })], { bullet: true })),
  ];
  const contact = zh
    ? [`手机：${p.phoneLocal}`, `邮箱：${p.email}`, `现居：成都市武侯区`, `出生：1993年1月`]
    : id === 'p02' ? [`Mobile: ${p.phoneLocal}`, `Home: ${p.homePhone}`, p.email, p.address] : id === 'p05' ? [`Cell: ${p.phoneLocal}`, p.email, p.address] : [`${p.phoneLocal}`, p.email, 'Montréal, QC (open to remote)', 'arthangar.com/emilietr'];
  const rail = [
    rhd(lbl.contact), ...contact.map((c) => P([R(c, { size: S - 1 })], { after: 20 })),
    rhd(lbl.skills), ...sk(p).map((s) => P([R(s, { size: S - 1 })], { bullet: true })),
    rhd(lbl.certs), ...p.certs.map((s) => P([R(s, { size: S - 2 })], { after: 30 })),
    rhd(lbl.lang), ...p.languages.map((s) => P([R(s, { size: S - 1 })], { after: 20 })),
  ];
  const jobs = newestFirst(p);
  const bodyRows: (Paragraph | Table)[][] = [
    [hd(lbl.profile), P([R(p.summary, { size: S - 1 })], { align: 'both' })],
    ...jobs.map((j, i) => jobCell(j, i === 0)),
    [hd(lbl.edu), ...p.education.map((e) => P([R(e.degree, { bold: true, size: S - 1 }), R(zh ? `　${e.school}` : `, ${e.school}`, { size: S - 1 }), new TextRun({ text: '\t' }), R(zh ? `${dotym(e.start)} - ${dotym(e.end)}` : `${y(e.start)} – ${y(e.end)}`, { size: S - 2, color: '555555' })], { tabs: [{ type: 'right', pos: L - 200 }], after: 40 }))],
  ];
  const nameRow = ROW([C([
    P([R(p.name, { bold: true, size: zh ? 46 : 44, color: cfg.accent, font: zh ? 'SimHei' : undefined })]),
    P([R(p.headline, { size: S + 3, color: '555555' })], { after: 60 }),
  ], { span: 2, w: L + Rw, borders: { bottom: { style: BorderStyle.SINGLE, size: 12, color: cfg.accent }, top: NONE, left: NONE, right: NONE } })]);
  const rows = bodyRows.map((kids, i) => ROW([
    C(kids, { w: L, borders: 'none', margins: 60 }),
    i === 0 ? C(rail, { w: Rw, vmerge: 'restart', shade: cfg.rail, borders: 'none', margins: 80 }) : C([P('')], { w: Rw, vmerge: 'continue', shade: cfg.rail, borders: 'none' }),
  ]));
  const table = T([nameRow, ...rows], [L, Rw], { borders: 'none' });
  const doc = mkDoc({
    creator: zh ? '欧阳慧敏' : p.name, title: zh ? '欧阳慧敏 个人简历' : `${p.name} — Résumé`, font: cfg.font, size: S,
    sections: [{ properties: { page: { size: A4, margin: { top: cm(1.4), bottom: cm(1.3), left: cm(1.35), right: cm(1.35) } } }, children: [table, P('')] }],
  });
  return Packer.toBuffer(doc);
}

// ───────────────────────────── DrawingML panel (p08, p12 zh; p14 mixed; two-column) ─────────────────────────────
export async function dmlPanel(id: 'p08' | 'p12' | 'p14'): Promise<Buffer> {
  const p = personById(id);
  const zh = p.lang === 'zh';
  const S = zh ? 20 : 19;
  const cfg = { p08: { fill: 'E6EDF5', accent: '1D4E89' }, p12: { fill: 'FFF1DC', accent: 'B4600B' }, p14: { fill: 'E9F2EE', accent: '2C6B57' } }[id];
  const lbl = zh ? { c: '联系方式', s: '专业技能', ce: '证书', l: '语言', pr: '个人简介', xp: '工作经历', ed: '教育背景', obj: '求职意向' }
    : { c: 'Contact', s: 'Skills', ce: 'Certifications', l: 'Languages', pr: 'Summary', xp: 'Experience', ed: 'Education', obj: 'Target role' };
  const ph = (t: string) => new Paragraph({ children: [R(zh ? t : t.toUpperCase(), { bold: true, size: S, color: cfg.accent })], spacing: { before: 160, after: 50 } });
  const pp = (t: string, o: RunOpts = {}) => new Paragraph({ children: [R(t, { size: S - 2, ...o })], spacing: { after: 30 } });
  const contact = id === 'p08' ? [`手机：${p.phoneLocal}`, `邮箱：${p.email}`, '微信：zzh_dev', `现居：上海浦东`, 'GitHub：github.com/zhouzh-dev']
    : id === 'p12' ? [`手机：${p.phoneLocal}`, `邮箱：${p.email}`, `座机：${p.homePhone}`, '现居：惠州惠阳', '出生：1989年6月']
      : [`Mobile: ${p.phoneLocal}`, p.email, 'WeChat: cindy_sy94', 'Burnaby, BC (Canadian PR in process)'];
  const panel = new WpsShapeRun({
    type: 'wps', transformation: { width: 210, height: 940 },
    floating: { horizontalPosition: { relative: HorizontalPositionRelativeFrom.PAGE, offset: 5050000 }, verticalPosition: { relative: VerticalPositionRelativeFrom.PAGE, offset: 700000 }, wrap: { type: TextWrappingType.SQUARE, side: TextWrappingSide.LEFT }, margins: { left: 160000 }, allowOverlap: false },
    solidFill: { type: 'rgb', value: cfg.fill } as any,
    bodyProperties: { margins: { top: 120000, bottom: 120000, left: 110000, right: 110000 }, verticalAnchor: 't' as any },
    children: [
      ph(lbl.c), ...contact.map((c) => pp(c)),
      ph(lbl.s), ...sk(p).map((s) => pp(`• ${s}`)),
      ph(lbl.ce), ...p.certs.map((s) => pp(s, { size: S - 3 })),
      ph(lbl.l), ...p.languages.map((s) => pp(s)),
    ],
  });
  const h = (t: string) => P([R(t, { bold: true, size: S + 3, color: cfg.accent })], { before: 200, after: 80, bottom: cfg.accent, keepNext: true });
  const d = (j: Job) => (zh ? `${dotym(j.start)} – ${j.end ? dotym(j.end) : '至今'}` : `${MON[m(j.start) - 1]} ${y(j.start)} – ${j.end ? `${MON[m(j.end) - 1]} ${y(j.end)}` : 'Present'}`);
  const jobs = newestFirst(p).flatMap((j) => [
    P([R(d(j), { size: S - 2, color: '777777' })], { before: 120, keepNext: true }),
    P([R(j.company, { bold: true, size: S + 1 }), R(zh ? `　${j.dept ?? ''}　${j.title}` : `  —  ${j.title}`, { size: S, color: cfg.accent })], { keepNext: true }),
    ...j.bullets.map((b) => P([R(b, { size: S - 1 })], { bullet: true })),
  ]);
  const nameRuns = id === 'p14' ? [panel, R('陈思颖', { bold: true, size: 48, font: 'SimHei' }), R('  Cindy (Siying) Chen', { bold: true, size: 34, color: cfg.accent })] : [panel, R(p.name, { bold: true, size: 52, font: 'SimHei' })];
  const children = [
    P(nameRuns, { after: 60 }),
    P([R(zh ? `${lbl.obj}：${p.headline}　｜　${id === 'p08' ? '上海' : '惠州 / 深圳 / 广州'}` : `${p.headline}  |  Vancouver / Burnaby  |  Open to hybrid`, { size: S + 1, color: '555555' })], { after: 40 }),
    h(lbl.pr), P([R(p.summary, { size: S - 1 })], { align: 'both' }),
    h(lbl.xp), ...jobs,
    h(lbl.ed), ...p.education.map((e) => P([R(zh ? `${dotym(e.start)} – ${dotym(e.end)}　${e.school}　${e.degree}` : `${mon(e.start)} – ${mon(e.end)}   ${e.degree}, ${e.school}, ${e.city}`, { size: S - 1 })], { after: 40 })),
  ];
  const doc = mkDoc({
    creator: p.name, title: zh ? `${p.name}-简历` : 'Resume - Cindy Chen', font: zh ? fonts.zh('Microsoft YaHei', 'Arial') : fonts.zh('SimSun', 'Arial'), size: S,
    sections: [{ properties: { page: { size: A4, margin: { top: cm(1.6), bottom: cm(1.5), left: cm(1.8), right: cm(1.6) } } }, children }],
  });
  return Packer.toBuffer(doc);
}
