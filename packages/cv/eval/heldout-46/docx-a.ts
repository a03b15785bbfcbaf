/** Word templates, part A: forms laid out as tables. Each returns a docx Document. */
import { AlignmentType, Document, Footer, Header, PageNumber, TabStopType, TextRun, type ISectionOptions } from 'docx';
import type { Person } from './people.ts';
import { asc, rev, f, skills, ddmmyyyy, wareki, monthsIncl, Y } from './lib.ts';
import { A4, C, P, T, mm, r, photo, gridBorders, line, NIL } from './docx-kit.ts';

const docOf = (font: { ascii: string; eastAsia: string }, size: number, sections: ISectionOptions[], title: string) =>
  new Document({
    creator: 'Microsoft Office User', title,
    styles: { default: { document: { run: { font: { ascii: font.ascii, hAnsi: font.ascii, eastAsia: font.eastAsia, cs: font.ascii }, size } } } },
    sections,
  });
const pageNo = (pre: string, mid = ' of ') => [r(pre), new TextRun({ children: [PageNumber.CURRENT] }), r(mid), new TextRun({ children: [PageNumber.TOTAL_PAGES] })];
const W = (margin: number) => A4.width - 2 * margin;

/* ------------------------------------------------------------------------------------------------------------ */
/** pa-request: Kuwaiti upstream operator's CV format for a contractor's key staff (Personnel Approval Request). */
export function paRequest(p: Person): Document {
  const m = mm(18), w = W(m), L = 2500;
  const sh = 'D9E2F3';
  const h = (t: string) => P(t, { spacing: { before: 200, after: 80 }, run: { bold: true, size: 20, color: '1F3864' } });
  const main = rev(p.work.filter((j) => !j.earlier));
  const early = rev(p.work.filter((j) => j.earlier));
  const ew = [1000, 1000, 1750, 1650, 700, w - 6100];
  const emp = T([
    [C('From\n(mm/yyyy)', { w: ew[0], fill: sh, run: { bold: true, size: 16 } }), C('To\n(mm/yyyy)', { w: ew[1], fill: sh, run: { bold: true, size: 16 } }), C('Employer', { w: ew[2], fill: sh, run: { bold: true, size: 16 } }),
      C('Position held', { w: ew[3], fill: sh, run: { bold: true, size: 16 } }), C('Country', { w: ew[4], fill: sh, run: { bold: true, size: 16 } }), C('Description of duties / relevant projects', { w: ew[5], fill: sh, run: { bold: true, size: 16 } })],
    ...main.map((j) => [C(f.mmyyyy(j.start), { w: ew[0] }), C(j.end ? f.mmyyyy(j.end) : 'Present', { w: ew[1] }), C(j.company, { w: ew[2] }), C(j.title, { w: ew[3] }), C(j.country ?? '', { w: ew[4] }),
      C(j.duties.map((d) => P(`• ${d}`, { run: { size: 17 } })), { w: ew[5] })]),
    [C([P([r('Earlier career (summary): ', { bold: true }), r(early.map((j) => `${Y(j.start)} – ${Y(j.end!)}  ${j.title}, ${j.company}, ${j.town}, UK`).join(';  '))], { run: { size: 17 } })], { span: 6 })],
  ], ew, { headerRows: 1, cantSplit: true });
  const body = [
    P('PERSONNEL APPROVAL REQUEST — CURRICULUM VITAE', { alignment: AlignmentType.CENTER, run: { bold: true, size: 26, color: '1F3864' } }),
    P('Company’s standard CV format. To be submitted with Form PA-03 for every key position listed in Exhibit C.', { alignment: AlignmentType.CENTER, spacing: { after: 160 }, run: { italics: true, size: 17 } }),
    T([
      [C('Proposed position', { w: L, fill: sh }), C('Process Engineering Manager (Key Position KP-04)', { w: w - L, span: 3, run: { bold: true } })],
      [C('Name of candidate', { w: L, fill: sh }), C(p.name, { w: 2319, run: { bold: true } }), C('Nationality', { w: L, fill: sh }), C(p.nationality, { w: w - 2 * L - 2319 })],
      [C('Date of birth', { w: L, fill: sh }), C(ddmmyyyy(p.birth), { w: 2319 }), C('Professional experience since', { w: L, fill: sh }), C('1994', { w: w - 2 * L - 2319 })],
      [C('Mobile (candidate)', { w: L, fill: sh }), C(p.phoneDisplay, { w: 2319 }), C('E-mail (candidate)', { w: L, fill: sh }), C(p.email, { w: w - 2 * L - 2319 })],
      [C('Contractor’s HR contact', { w: L, fill: sh }), C(`Noura Al-Rashed, HR Coordinator, ${p.otherPhones![0].number}`, { w: w - L, span: 3 })],
      [C('Status with Contractor', { w: L, fill: sh }), C('To be employed on contract award (letter of intent attached)', { w: w - L, span: 3 })],
    ], [L, 2319, L, w - 2 * L - 2319]),
    h('1. EDUCATION'),
    T([[C('Degree', { w: 3800, fill: sh, run: { bold: true } }), C('Institution', { w: 3000, fill: sh, run: { bold: true } }), C('Country', { w: 1300, fill: sh, run: { bold: true } }), C('Year', { w: w - 8100, fill: sh, run: { bold: true } })],
      ...p.education.map((e) => [C(e.degree, { w: 3800 }), C(e.school, { w: 3000 }), C('UK', { w: 1300 }), C(Y(e.to), { w: w - 8100 })])], [3800, 3000, 1300, w - 8100]),
    h('2. PROFESSIONAL REGISTRATION AND CERTIFICATES'),
    ...p.certificates.map((c) => P(`•  ${c}`, { indent: { left: 200 } })),
    h('3. EMPLOYMENT RECORD (last 15 years in detail, most recent first; earlier career may be summarised)'),
    emp,
    h('4. KEY TECHNICAL SKILLS'),
    T([[C(skills(p).slice(0, 4).map((s) => P(`•  ${s}`)), { w: w / 2 }), C(skills(p).slice(4).map((s) => P(`•  ${s}`)), { w: w / 2 })]], [w / 2, w / 2], { borders: { top: line(), bottom: line(), left: line(), right: line(), insideHorizontal: NIL, insideVertical: NIL } }),
    h('5. LANGUAGES'),
    P(p.languages.join('     ')),
    h('6. CERTIFICATION'),
    P('I, the undersigned, certify that to the best of my knowledge and belief this CV correctly describes myself, my qualifications and my experience. I understand that any wilful misstatement may lead to my disqualification or dismissal.', { spacing: { after: 160 }, run: { size: 18 } }),
    T([[C([P('Signature of candidate:'), P('A. Kinnear', { spacing: { before: 120 }, run: { italics: true, size: 24, font: 'Liberation Serif' } }), P('Date: 19/11/2026')], { w: w / 2 }),
      C([P('For Company use only', { run: { bold: true } }), P('☐ Approved     ☐ Approved with comments     ☐ Rejected'), P('Reviewed by: ____________________  Date: __________', { spacing: { before: 120 } })], { w: w / 2, fill: 'F2F2F2' })]], [w / 2, w / 2], { cantSplit: true }),
  ];
  return docOf({ ascii: 'Arial', eastAsia: 'SimSun' }, 19, [{
    properties: { page: { size: A4, margin: { top: mm(22), bottom: mm(18), left: m, right: m, header: mm(8), footer: mm(8) } } },
    headers: { default: new Header({ children: [
      P([r('HALDEN GULF ENGINEERING W.L.L.', { bold: true }), r('\tContract No. 21054-EF')], { tabStops: [{ type: TabStopType.RIGHT, position: w }], run: { size: 16 } }),
      P([r('Early Works — North Kuwait Gas Gathering Facilities'), r('\tForm PA-03 / Attachment 2, Rev. 2')], { tabStops: [{ type: TabStopType.RIGHT, position: w }], border: { bottom: line('1F3864', 8) }, run: { size: 16 } }),
    ] }) },
    footers: { default: new Footer({ children: [P([r('Personnel Approval Request — Alasdair Kinnear\t'), ...pageNo('Page ')], { tabStops: [{ type: TabStopType.RIGHT, position: w }], run: { size: 16 } })] }) },
    children: body,
  }], 'Personnel Approval Request - CV');
}

/* ------------------------------------------------------------------------------------------------------------ */
/** mn-expat: Mongolian mining company's expatriate application form; employment oldest first with Year | Month cells. */
export function mnExpat(p: Person): Document {
  const m = mm(16), w = W(m), sh = 'FCE4D6';
  const sec = (t: string) => P(t, { spacing: { before: 180, after: 60 }, shading: { fill: '833C0B', type: 'clear' as never, color: 'auto' }, run: { bold: true, color: 'FFFFFF', size: 19 } });
  const L = 2600, V = w - L - 2000;
  const A = T([
    [C('Position applied for', { w: L, fill: sh }), C('Senior Maintenance Planner – Mobile Equipment', { w: V, run: { bold: true } }), C([P(photo(92, 116), { alignment: AlignmentType.CENTER })], { w: 2000, rowSpan: 5, v: 'center' })],
    [C('Surname (BLOCK CAPITALS)', { w: L, fill: sh }), C(p.family.toUpperCase(), { w: V })],
    [C('Given name(s)', { w: L, fill: sh }), C(p.given, { w: V })],
    [C('Name you wish to be known by', { w: L, fill: sh }), C(p.name, { w: V })],
    [C('Nationality / Passport No.', { w: L, fill: sh }), C('British / 548213907 (exp. 09/2031)', { w: V })],
    [C('Date of birth', { w: L, fill: sh }), C(ddmmyyyy(p.birth), { w: V + 2000, span: 2 })],
    [C('Mobile phone (with country code)', { w: L, fill: sh }), C('+44 7951 630482', { w: V + 2000, span: 2 })],
    [C('E-mail', { w: L, fill: sh }), C(p.email, { w: V + 2000, span: 2 })],
    [C('Home address', { w: L, fill: sh }), C(p.address, { w: V + 2000, span: 2 })],
    [C('Preferred roster', { w: L, fill: sh }), C('4 weeks on / 4 weeks off, fly-in fly-out from the UK', { w: V + 2000, span: 2 })],
  ], [L, V, 2000]);
  const eduW = [1300, 1300, 3300, w - 5900];
  const B = T([[C('From', { w: eduW[0], fill: sh }), C('To', { w: eduW[1], fill: sh }), C('Institution', { w: eduW[2], fill: sh }), C('Qualification', { w: eduW[3], fill: sh })],
    ...asc(p.education.map((e) => ({ ...e, start: e.from, end: e.to }))).map((e) => [C(`${Y(e.from)} / ${e.from.slice(5)}`, { w: eduW[0] }), C(`${Y(e.to)} / ${e.to.slice(5)}`, { w: eduW[1] }), C(e.school + (e.town ? `, ${e.town}` : ''), { w: eduW[2] }), C(e.degree, { w: eduW[3] })])], eduW);
  const cw = [540, 760, 600, 760, 600, 2300, 2100, w - 7660];
  type Row = { start: string; end: string | null; cells: (n: number) => ReturnType<typeof C>[][] };
  const rows: Row[] = p.work.map((j) => ({ start: j.start, end: j.end, cells: (n) => [[
    C(String(n), { w: cw[0], rowSpan: 2 }), C(Y(j.start), { w: cw[1] }), C(j.start.slice(5), { w: cw[2] }), C(j.end ? Y(j.end) : 'Present', { w: cw[3], span: j.end ? 1 : 2 }), ...(j.end ? [C(j.end.slice(5), { w: cw[4] })] : []),
    C(`${j.company}\n${j.kind === 'military' ? 'Royal Electrical and Mechanical Engineers — UK, Germany, Afghanistan' : `${j.town}, United Kingdom`}`, { w: cw[5] }),
    C(j.ranks ? `${j.title.split(',')[0]} (${j.ranks})` : j.title, { w: cw[6] }), C(j.reason ?? '—', { w: cw[7] })],
    [C([P([r('Main duties: ', { bold: true }), r(j.duties.join('; ') + '.')], { run: { size: 17 } })], { w: w - cw[0], span: 7 })]] }));
  for (const g of p.gaps) rows.push({ start: g.start, end: g.end, cells: (n) => [[C(String(n), { w: cw[0] }), C(Y(g.start), { w: cw[1] }), C(g.start.slice(5), { w: cw[2] }), C(Y(g.end), { w: cw[3] }), C(g.end.slice(5), { w: cw[4] }),
    C(g.note, { w: cw[5] + cw[6] + cw[7], span: 3, run: { italics: true } })]] });
  let n = 0;
  const hd = { fill: sh, run: { bold: true, size: 16 } };
  const Ctab = T([
    [C('No.', { ...hd, w: cw[0], rowSpan: 2 }), C('From', { ...hd, w: cw[1] + cw[2], span: 2, align: AlignmentType.CENTER }), C('To', { ...hd, w: cw[3] + cw[4], span: 2, align: AlignmentType.CENTER }), C('Employer, town and country', { ...hd, w: cw[5], rowSpan: 2 }), C('Position held', { ...hd, w: cw[6], rowSpan: 2 }), C('Reason for leaving', { ...hd, w: cw[7], rowSpan: 2 })],
    [C('Year', { ...hd, w: cw[1], run: { bold: true, size: 15 } }), C('Mo.', { ...hd, w: cw[2], run: { bold: true, size: 15 } }), C('Year', { ...hd, w: cw[3], run: { bold: true, size: 15 } }), C('Mo.', { ...hd, w: cw[4], run: { bold: true, size: 15 } })],
    ...asc(rows).flatMap((x) => x.cells(++n)),
  ], cw, { headerRows: 2 });
  const refW = [2600, 3600, w - 6200];
  const referees = p.work.filter((j) => j.referee);
  return docOf({ ascii: 'Calibri', eastAsia: 'SimSun' }, 19, [{
    properties: { page: { size: A4, margin: { top: mm(24), bottom: mm(18), left: m, right: m, header: mm(8), footer: mm(8) } } },
    headers: { default: new Header({ children: [
      P([r('KHUREN TOLGOI MINING LLC', { bold: true, size: 22, color: '833C0B' }), r('\tHR-F-017  ·  Rev. 3  ·  2025', { size: 16 })], { tabStops: [{ type: TabStopType.RIGHT, position: w }] }),
      P('Human Resources · Sukhbaatar District, Ulaanbaatar 14240, Mongolia · Tel. +976 7011 4280', { border: { bottom: line('833C0B', 8) }, run: { size: 16 } }),
    ] }) },
    footers: { default: new Footer({ children: [P([r('Application for employment — expatriate personnel · Confidential when completed\t'), ...pageNo('Page ')], { tabStops: [{ type: TabStopType.RIGHT, position: w }], run: { size: 15 } })] }) },
    children: [
      P('APPLICATION FOR EMPLOYMENT — EXPATRIATE PERSONNEL', { alignment: AlignmentType.CENTER, spacing: { after: 60 }, run: { bold: true, size: 26 } }),
      P('Complete in English. Names in BLOCK CAPITALS where indicated. Incomplete forms will not be processed.', { alignment: AlignmentType.CENTER, spacing: { after: 120 }, run: { italics: true, size: 16 } }),
      sec('SECTION A — PERSONAL PARTICULARS'), A,
      sec('SECTION B — EDUCATION AND TRAINING'), B,
      sec('SECTION C — EMPLOYMENT HISTORY (start with the EARLIEST; include military service and any period not employed)'), Ctab,
      sec('SECTION D — SKILLS, LICENCES AND TICKETS'),
      T([[C('Technical skills', { w: L, fill: sh }), C(skills(p).join('; '), { w: w - L })], [C('Licences and tickets', { w: L, fill: sh }), C(p.certificates.join('; '), { w: w - L })], [C('Languages', { w: L, fill: sh }), C(p.languages.join('; '), { w: w - L })]], [L, w - L]),
      sec('SECTION E — REFEREES (not related to you)'),
      T([[C('Name', { w: refW[0], fill: sh }), C('Position and company', { w: refW[1], fill: sh }), C('Telephone', { w: refW[2], fill: sh })],
        ...referees.map((j) => [C(j.referee!.name, { w: refW[0] }), C(`${j.referee!.role}, ${j.company}`, { w: refW[1] }), C(j.referee!.phone, { w: refW[2] })])], refW),
      sec('SECTION F — DECLARATION'),
      P('I declare that the information given in this form is true and complete. I understand that false information may lead to withdrawal of an offer or to dismissal.', { spacing: { after: 120 } }),
      P([r('Signature: '), r('C. Ferreira', { italics: true, size: 24, font: 'Liberation Serif' }), r('\tDate: 20 November 2026')], { tabStops: [{ type: TabStopType.LEFT, position: mm(100) }] }),
    ],
  }], 'Application for Employment - Expatriate');
}

/* ------------------------------------------------------------------------------------------------------------ */
/** lu-kfh: Luxembourg key-function-holder CV (bilingual FR/EN), the period split over two lines in one cell. */
export function luKfh(p: Person): Document {
  const m = mm(20), w = W(m), sh = 'E7E6E6', L = 3500;
  const h = (t: string) => P(t, { spacing: { before: 220, after: 80 }, border: { bottom: line('2E5496', 6) }, run: { bold: true, size: 20, color: '2E5496' } });
  const kv = (a: string, b: string) => [C(a, { w: L, fill: sh, run: { size: 17 } }), C(b, { w: w - L })];
  const pw = [1900, 2900, w - 4800];
  const exp = T([
    [C('Période / Period', { w: pw[0], fill: sh, run: { bold: true, size: 17 } }), C('Employeur / Employer\n(nom, lieu / name, place)', { w: pw[1], fill: sh, run: { bold: true, size: 17 } }), C('Fonction / Position — responsabilités, ligne hiérarchique / responsibilities, reporting line', { w: pw[2], fill: sh, run: { bold: true, size: 17 } })],
    ...rev(p.work).map((j) => [
      C([P(`du / from ${f.mmyyyy(j.start)}`), P(`au / to ${j.end ? f.mmyyyy(j.end) : 'en cours / ongoing'}`)], { w: pw[0] }),
      C([P(j.company, { run: { bold: true } }), P(`${j.town}, ${j.country}`, { run: { size: 17 } })], { w: pw[1] }),
      C([P(j.title, { run: { bold: true } }), ...j.duties.map((d) => P(`– ${d}`, { run: { size: 17 } })), P(`Reporting to: ${j.title.startsWith('Assistant Vice') ? 'Head of Fund Administration Oversight' : j.title.startsWith('Team Leader') ? 'Assistant Vice President, NAV Oversight' : 'Team Leader'}`, { run: { size: 16, italics: true } })], { w: pw[2] }),
    ]),
  ], pw, { headerRows: 1, cantSplit: true });
  return docOf({ ascii: 'Arial', eastAsia: 'SimSun' }, 19, [{
    properties: { page: { size: A4, margin: { top: mm(22), bottom: mm(18), left: m, right: m, header: mm(9), footer: mm(8) } } },
    headers: { default: new Header({ children: [P([r('Caldera Asset Management S.A.', { bold: true }), r('\tDemande d’agrément — dirigeant / Key function holder approval')], { tabStops: [{ type: TabStopType.RIGHT, position: w }], run: { size: 15 } }),
      P('\tAnnexe 2 — Curriculum vitae', { tabStops: [{ type: TabStopType.RIGHT, position: w }], run: { size: 15, color: '595959' } })] }) },
    footers: { default: new Footer({ children: [P([r('CV — Marcus Holloway — page '), new TextRun({ children: [PageNumber.CURRENT] }), r('/'), new TextRun({ children: [PageNumber.TOTAL_PAGES] })], { alignment: AlignmentType.RIGHT, run: { size: 15 } })] }) },
    children: [
      P('CURRICULUM VITAE', { alignment: AlignmentType.CENTER, run: { bold: true, size: 28 } }),
      P('à joindre au questionnaire d’honorabilité professionnelle / to be attached to the fit-and-proper questionnaire', { alignment: AlignmentType.CENTER, spacing: { after: 160 }, run: { italics: true, size: 16 } }),
      T([
        kv('Nom / Surname', p.family.toUpperCase()), kv('Prénom(s) / First name(s)', p.given), kv('Nom usuel / Name in use', p.name),
        kv('Date et lieu de naissance / Date and place of birth', `${ddmmyyyy(p.birth)}, Coleraine (United Kingdom)`), kv('Nationalité / Nationality', 'British'),
        kv('Adresse privée / Private address', p.address), kv('Téléphone portable / Mobile phone', p.phoneDisplay), kv('E-mail privé / Private e-mail', p.email),
        kv('Fonction envisagée / Proposed function', 'Conducting Officer (dirigeant) — Fund Administration Oversight, Caldera Asset Management S.A.'),
      ], [L, w - L]),
      h('1. Formation / Education'),
      T([[C('Période / Period', { w: 1900, fill: sh }), C('Établissement / Institution', { w: 3400, fill: sh }), C('Diplôme / Degree', { w: w - 5300, fill: sh })],
        ...p.education.map((e) => [C(`${f.mmyyyy(e.from)} – ${f.mmyyyy(e.to)}`, { w: 1900 }), C(`${e.school}, ${e.town}`, { w: 3400 }), C(e.degree, { w: w - 5300 })])], [1900, 3400, w - 5300]),
      h('2. Expérience professionnelle / Professional experience (la plus récente en premier / most recent first)'),
      exp,
      h('3. Compétences / Skills'),
      ...skills(p).map((s) => P(`•  ${s}`, { indent: { left: 200 } })),
      h('4. Langues / Languages (CECR / CEFR)'),
      P(p.languages.join(' · ')),
      h('5. Qualifications professionnelles / Professional qualifications'),
      ...p.certificates.map((c) => P(`•  ${c}`, { indent: { left: 200 } })),
      h('6. Autres mandats / Other mandates'),
      P('Néant / None'),
      P('Je certifie que les informations ci-dessus sont exactes et complètes. / I certify that the above information is accurate and complete.', { spacing: { before: 240, after: 120 }, run: { size: 17 } }),
      P([r('Fait à Luxembourg, le 18/11/2026'), r('\tSignature : '), r('M. Holloway', { italics: true, font: 'Liberation Serif', size: 24 })], { tabStops: [{ type: TabStopType.LEFT, position: mm(95) }] }),
    ],
  }], 'CV - key function holder');
}

/* ------------------------------------------------------------------------------------------------------------ */
/** kh-dengji: 柬埔寨中资企业 中方员工应聘登记表; 个人经历 oldest first, 起止年月 over two lines in one cell, 服役/待业 rows. */
export function khDengji(p: Person): Document {
  const m = mm(15), w = W(m);
  const c7 = [1150, 1500, 1000, 1300, 1150, w - 7900, 1800];
  const lab = (t: string, o = {}) => C(t, { align: AlignmentType.CENTER, v: 'center', fill: 'F2F2F2', ...o });
  const val = (t: string, o = {}) => C(t, { v: 'center', ...o });
  const head = T([
    [lab('姓　名', { w: c7[0] }), val(p.name, { w: c7[1], run: { bold: true } }), lab('性　别', { w: c7[2] }), val('男', { w: c7[3] }), lab('出生年月', { w: c7[4] }), val('1990.03', { w: c7[5] }), C([P(photo(84, 106), { alignment: AlignmentType.CENTER })], { w: c7[6], rowSpan: 4, v: 'center' })],
    [lab('民　族', { w: c7[0] }), val('汉', { w: c7[1] }), lab('籍　贯', { w: c7[2] }), val('山东临沂', { w: c7[3] }), lab('政治面貌', { w: c7[4] }), val('中共党员', { w: c7[5] })],
    [lab('护照号码', { w: c7[0] }), val('EJ****8315', { w: c7[1] }), lab('签证/工作证', { w: c7[2] }), val('E 类签证；柬埔寨工作证有效期至 2027.03', { w: c7[3] + c7[4] + c7[5], span: 3 })],
    [lab('手机（本人）', { w: c7[0] }), val(p.phoneDisplay, { w: c7[1] }), lab('电子邮箱', { w: c7[2] }), val(p.email, { w: c7[3] + c7[4] + c7[5], span: 3 })],
    [lab('现住址', { w: c7[0] }), val(p.address, { w: w - c7[0], span: 6 })],
    [lab('紧急联系人', { w: c7[0] }), val('张丽（妻子）', { w: c7[1] }), lab('联系电话', { w: c7[2] }), val(p.otherPhones![0].number, { w: c7[3] + c7[4], span: 2 }), lab('微信号', { w: c7[5] }), val('mqw_logistics', { w: c7[6], run: { size: 17 } })],
    [lab('最高学历', { w: c7[0] }), val('大专（业余）', { w: c7[1] }), lab('所学专业', { w: c7[2] }), val('物流管理', { w: c7[3] }), lab('退役军人', { w: c7[4] }), val('☑是　☐否', { w: c7[5] + c7[6], span: 2 })],
  ], c7);
  const ew = [1500, 2900, 1700, 1600, w - 7700];
  type Row = { start: string; end: string | null; cells: ReturnType<typeof C>[] };
  const two = (s: string, e: string | null) => [P(`${f.dot(s)}—`, { alignment: AlignmentType.CENTER }), P(e ? f.dot(e) : '至今', { alignment: AlignmentType.CENTER })];
  const rows: Row[] = p.work.map((j) => ({ start: j.start, end: j.end, cells: [C(two(j.start, j.end), { w: ew[0], v: 'center' }), val(j.company, { w: ew[1] }), val(j.kind === 'military' ? `服役　${j.title}` : j.title, { w: ew[2] }), val(j.end ? (j.reason ?? '') : '—', { w: ew[3] }),
    val(j.referee ? `${j.referee.name}（${j.referee.role}）\n${j.referee.phone}` : j.kind === 'military' ? '退役证可查' : '', { w: ew[4], run: { size: 16 } })] }));
  for (const g of p.gaps) rows.push({ start: g.start, end: g.end, cells: [C(two(g.start, g.end), { w: ew[0], v: 'center' }), val(g.note, { w: ew[1] + ew[2] + ew[3] + ew[4], span: 4 })] });
  const hist = T([
    [lab('起止年月', { w: ew[0] }), lab('工作单位', { w: ew[1] }), lab('部门及职务', { w: ew[2] }), lab('离职原因', { w: ew[3] }), lab('证明人及电话', { w: ew[4] })],
    ...asc(rows).map((x) => x.cells),
  ], ew, { headerRows: 1, cantSplit: true });
  const lw = 1500;
  const tail = T([
    [lab('专业技能', { w: lw }), val(skills(p).join('、'), { w: w - lw })],
    [lab('资格证书', { w: lw }), val(p.certificates.join('；'), { w: w - lw })],
    [lab('语言能力', { w: lw }), val(p.languages.join('；'), { w: w - lw })],
    [lab('主要业绩', { w: lw }), val('在苏州捷安导入 WMS，库存准确率 99.8%；在远腾负责 3 个仓库与干线运输；在金港负责进口原辅料和成衣出口清关，平均清关时间由 6 天缩短到 3 天。', { w: w - lw })],
    [lab('期望薪资', { w: lw }), val('2,800–3,200 美元/月（含食宿）　　可到岗时间：2027 年 1 月', { w: w - lw })],
    [lab('本人承诺', { w: lw }), C([P('以上所填信息真实有效，如有虚假，公司有权解除劳动合同。'), P([r('本人签名：'), r(p.name, { font: 'KaiTi', size: 26 }), r('　　　　日期：2026 年 11 月 20 日')], { spacing: { before: 120 } })], { w: w - lw })],
    [lab('人力资源部\n审核意见', { w: lw }), val('\n\n审核人：　　　　　　日期：', { w: w - lw })],
  ], [lw, w - lw]);
  return docOf({ ascii: 'Times New Roman', eastAsia: '宋体' }, 20, [{
    properties: { page: { size: A4, margin: { top: mm(16), bottom: mm(14), left: m, right: m, footer: mm(6) } } },
    footers: { default: new Footer({ children: [P([r('柬中合力轮胎（西哈努克）有限公司 人力资源部　　第 '), new TextRun({ children: [PageNumber.CURRENT] }), r(' 页 共 '), new TextRun({ children: [PageNumber.TOTAL_PAGES] }), r(' 页')], { alignment: AlignmentType.CENTER, run: { size: 15 } })] }) },
    children: [
      P('柬中合力轮胎（西哈努克）有限公司', { alignment: AlignmentType.CENTER, run: { size: 22 } }),
      P('中方员工应聘登记表', { alignment: AlignmentType.CENTER, spacing: { before: 60, after: 120 }, run: { bold: true, size: 34, font: { eastAsia: '黑体' } as never } }),
      P([r('编号：HR-CN-2026-041　　应聘岗位：物流部经理'), r('\t填表日期：2026 年 11 月 20 日')], { tabStops: [{ type: TabStopType.RIGHT, position: w }], spacing: { after: 60 }, run: { size: 18 } }),
      head,
      P('个人经历（从参军或参加工作起按时间先后顺序填写，含待业期间，时间不得间断）', { spacing: { before: 120, after: 60 }, run: { bold: true } }),
      hist,
      P('', { spacing: { after: 60 } }),
      tail,
    ],
  }], '中方员工应聘登记表');
}

/* ------------------------------------------------------------------------------------------------------------ */
/** linghuo: 灵活就业人员就业登记表 of a street-level community service centre, filled in by a freelancer. */
export function linghuo(p: Person): Document {
  const m = mm(18), w = W(m);
  const c = [1500, 1500, 1300, 1600, 1300, w - 7200];
  const lab = (t: string, o = {}) => C(t, { align: AlignmentType.CENTER, v: 'center', ...o });
  const val = (t: string, o = {}) => C(t, { v: 'center', ...o });
  const span = (from: number, to: number) => c.slice(from, to + 1).reduce((a, b) => a + b, 0);
  const cur = p.work.find((j) => !j.end)!;
  const past = asc(p.work);
  const hw = [1300, 1300, 2600, 1900, w - 7100];
  return docOf({ ascii: 'Times New Roman', eastAsia: '宋体' }, 21, [{
    properties: { page: { size: A4, margin: { top: mm(20), bottom: mm(16), left: m, right: m } } },
    children: [
      P('灵活就业人员就业登记表', { alignment: AlignmentType.CENTER, spacing: { after: 80 }, run: { bold: true, size: 36 } }),
      P([r('受理机构：徐汇区康健街道社区事务受理服务中心'), r('\t编号：XH-KJ-2026-0387')], { tabStops: [{ type: TabStopType.RIGHT, position: w }], spacing: { after: 80 }, run: { size: 18 } }),
      T([
        [lab('姓　　名', { w: c[0] }), val(p.name, { w: c[1] }), lab('性　别', { w: c[2] }), val('女', { w: c[3] }), lab('出生年月', { w: c[4] }), val('1990.09', { w: c[5] })],
        [lab('公民身份号码', { w: c[0] }), val('310104********2826', { w: span(1, 3), span: 3 }), lab('户籍性质', { w: c[4] }), val('本市城镇', { w: c[5] })],
        [lab('文化程度', { w: c[0] }), val('大学本科', { w: c[1] }), lab('毕业院校\n及专业', { w: c[2] }), val('申江美术学院　视觉传达设计（2009.09—2013.06）', { w: span(3, 5), span: 3 })],
        [lab('联系电话', { w: c[0] }), val(p.phoneDisplay, { w: c[1] }), lab('电子邮箱', { w: c[2] }), val(p.email, { w: span(3, 5), span: 3 })],
        [lab('现居住地址', { w: c[0] }), val(`${p.address}（邮编 200233）`, { w: span(1, 5), span: 5 })],
        [lab('就业形式', { w: c[0] }), val('☐ 个体经营　☑ 自由职业　☐ 新就业形态（平台就业）　☐ 其他', { w: span(1, 5), span: 5 })],
        [lab('从业项目\n及内容', { w: c[0] }), val(`${cur.title}：品牌视觉识别（VI）、包装与字体设计，按项目与客户签订服务合同`, { w: span(1, 5), span: 5 })],
        [lab('从业开始时间', { w: c[0] }), val(f.zh(cur.start), { w: c[1] }), lab('从业场所', { w: c[2] }), val('居家办公（徐汇区），部分项目驻场', { w: span(3, 5), span: 3 })],
        [lab('主要服务对象\n（合作客户）', { w: c[0] }), val(`${cur.clients!.join('、')}等 30 余家品牌`, { w: span(1, 5), span: 5 })],
        [lab('专业技能', { w: c[0] }), val(skills(p).join('、'), { w: span(1, 5), span: 5 })],
        [lab('职业资格\n/ 证书', { w: c[0] }), val(p.certificates.join('；') + '；' + p.languages.join('；'), { w: span(1, 5), span: 5 })],
      ], c),
      P('以往工作经历（含本次登记的自由职业）', { spacing: { before: 120, after: 60 }, run: { bold: true } }),
      T([
        [lab('起始年月', { w: hw[0] }), lab('终止年月', { w: hw[1] }), lab('工作单位', { w: hw[2] }), lab('职务 / 岗位', { w: hw[3] }), lab('离职原因', { w: hw[4] })],
        ...past.map((j) => [val(f.zh(j.start), { w: hw[0], align: AlignmentType.CENTER }), val(j.end ? f.zh(j.end) : '至今', { w: hw[1], align: AlignmentType.CENTER }), val(j.company, { w: hw[2] }), val(j.title, { w: hw[3] }), val(j.reason ?? '—', { w: hw[4] })]),
      ], hw),
      P('', { spacing: { after: 80 } }),
      T([
        [lab('社会保险', { w: c[0] }), val('☑ 以灵活就业人员身份参加本市职工基本养老保险、职工基本医疗保险（2019 年 11 月起）', { w: w - c[0] })],
        [lab('本人承诺', { w: c[0] }), C([P('本人承诺以上所填内容真实、准确，如有虚假，愿承担相应责任。'), P([r('本人签名：'), r(p.name, { font: 'KaiTi', size: 26 }), r('　　　　2026 年 11 月 16 日')], { alignment: AlignmentType.RIGHT, spacing: { before: 120 } })], { w: w - c[0] })],
        [lab('受理意见', { w: c[0] }), C([P('经办人：　　　　　　　受理日期：　　　年　　月　　日'), P('（受理机构盖章）', { alignment: AlignmentType.RIGHT, spacing: { before: 200 } })], { w: w - c[0] })],
      ], [c[0], w - c[0]]),
      P('注：本表一式两份，受理机构和本人各留存一份。', { spacing: { before: 60 }, run: { size: 17 } }),
    ],
  }], '灵活就业人员就业登记表');
}

/* ------------------------------------------------------------------------------------------------------------ */
/** jp-card: Japanese-owned subsidiary's personnel record card (Japanese / Chinese / English labels), era dates, 同上 rows. */
export function jpCard(p: Person): Document {
  const m = mm(15), w = W(m), sh = 'DEEAF6';
  const c = [2000, 2700, 1800, w - 8300, 1800];
  const lab = (t: string, o = {}) => C(t, { fill: sh, v: 'center', run: { size: 15 }, ...o });
  const val = (t: string, o = {}) => C(t, { v: 'center', ...o });
  const hist = asc(p.work);
  const hw = [1500, 1500, 3300, 2200, w - 8500];
  return docOf({ ascii: 'Arial', eastAsia: 'MS Mincho' }, 19, [{
    properties: { page: { size: A4, margin: { top: mm(18), bottom: mm(15), left: m, right: m, header: mm(8) } } },
    headers: { default: new Header({ children: [P([r('上海津原精密机械有限公司　管理部'), r('\t本社人事部提出用 / 提交总部人事部 / For Head Office HR (Nagoya)')], { tabStops: [{ type: TabStopType.RIGHT, position: w }], run: { size: 15, color: '595959' } })] }) },
    children: [
      P('人事記録カード　员工履历卡　Personnel Record Card', { alignment: AlignmentType.CENTER, spacing: { after: 140 }, run: { bold: true, size: 28 } }),
      T([
        [lab('氏名 / 姓名 / Name', { w: c[0] }), val(p.name, { w: c[1], run: { bold: true, size: 26 } }), lab('フリガナ / 拼音 / Reading', { w: c[2] }), val('ソン ハオラン\nSUN Haoran', { w: c[3] }), C([P(photo(86, 108), { alignment: AlignmentType.CENTER })], { w: c[4], rowSpan: 5, v: 'center' })],
        [lab('生年月日 / 出生日期 / Date of birth', { w: c[0] }), val('平成元年8月11日', { w: c[1] }), lab('性別 / 性别 / Sex', { w: c[2] }), val('男 / Male', { w: c[3] })],
        [lab('社員番号 / 工号 / Employee No.', { w: c[0] }), val('TS-2019-0412', { w: c[1] }), lab('所属・役職 / 职务 / Position', { w: c[2] }), val('技術部 経理\nEngineering Manager', { w: c[3] })],
        [lab('携帯電話 / 手机 / Mobile', { w: c[0] }), val(p.phoneDisplay, { w: c[1] }), lab('E-mail（個人 / 个人）', { w: c[2] }), val(p.email, { w: c[3], run: { size: 16 } })],
        [lab('代表電話 / 公司总机 / Office', { w: c[0] }), val('021-5489 3300（内線 8215）', { w: c[1] }), lab('国籍 / Nationality', { w: c[2] }), val('中国 / China', { w: c[3] })],
        [lab('現住所 / 现住址 / Address', { w: c[0] }), val(p.address, { w: w - c[0], span: 4 })],
      ], c),
      P('学歴 / 教育经历 / Education', { spacing: { before: 160, after: 60 }, run: { bold: true } }),
      T([[lab('自 / From', { w: hw[0] }), lab('至 / To', { w: hw[1] }), lab('学校名 / 学校 / School', { w: hw[2] + hw[3], span: 2 }), lab('学位・専攻 / Degree', { w: hw[4] })],
        ...asc(p.education.map((e) => ({ ...e, start: e.from, end: e.to }))).map((e) => [val(wareki(e.from), { w: hw[0] }), val(wareki(e.to), { w: hw[1] }), val(`${e.schoolAlt}\n${e.school}`, { w: hw[2] + hw[3], span: 2 }), val(e.degree, { w: hw[4], run: { size: 16 } })])], hw),
      P('職歴 / 工作经历 / Employment history（和暦で記入 / 按和历填写 / Japanese calendar）', { spacing: { before: 160, after: 60 }, run: { bold: true } }),
      T([[lab('自 / From', { w: hw[0] }), lab('至 / To', { w: hw[1] }), lab('会社名 / 单位 / Employer', { w: hw[2] }), lab('職位 / 职务 / Position', { w: hw[3] }), lab('備考 / 备注 / Remarks', { w: hw[4] })],
        ...hist.map((j, i) => [val(wareki(j.start), { w: hw[0] }), val(j.end ? wareki(j.end) : '現在', { w: hw[1] }),
          val(i > 0 && hist[i - 1].company === j.company ? '同上' : `${j.companyAlt}\n${j.company}`, { w: hw[2] }), val(`${j.titleAlt}\n${j.title}`, { w: hw[3] }),
          val(i === 0 ? '新卒入社 / 应届入职' : j.titleAlt === '主任' ? '昇格 / 晋升' : '出向後転籍 / 外派后转籍', { w: hw[4], run: { size: 16 } })])], hw),
      P('スキル / 专业技能 / Skills', { spacing: { before: 160, after: 60 }, run: { bold: true } }),
      T([[val(skills(p).map((s) => `・${s}`).join('　'), { w })]], [w]),
      P('資格・語学 / 资格与语言 / Certificates and languages', { spacing: { before: 160, after: 60 }, run: { bold: true } }),
      T([[val([...p.certificates, ...p.languages].join('\n'), { w })]], [w]),
      P([r('記入日 / 填写日期：令和8年11月10日'), r('\t本人署名 / 签名：'), r(p.name, { size: 26, font: 'KaiTi' })], { tabStops: [{ type: TabStopType.RIGHT, position: w }], spacing: { before: 240 } }),
    ],
  }], '人事記録カード');
}

/* ------------------------------------------------------------------------------------------------------------ */
/** pe-ficha: Peruvian subsidiary of a Chinese company — Spanish/Chinese labels, English answers, dd/mm/aaaa, "a la fecha". */
export function peFicha(p: Person): Document {
  const m = mm(15), w = W(m), sh = 'FBE4D5';
  const lab = (t: string, o = {}) => C(t, { fill: sh, v: 'center', run: { size: 16 }, ...o });
  const val = (t: string, o = {}) => C(t, { v: 'center', ...o });
  const c = [2100, 2600, 2100, w - 8600, 1800];
  const days: Record<string, [string, string | null]> = { '2010-07': ['05/07/2010', '31/05/2013'], '2013-06': ['03/06/2013', '31/12/2018'], '2019-01': ['02/01/2019', null] };
  const ew = [2300, 1900, 1150, 1250, 1200, w - 7800];
  const exp = rev(p.work).flatMap((j) => {
    const n = monthsIncl(j.start, j.end, '2026-11');
    const [d1, d2] = days[j.start];
    return [[val(`${j.company}${j.companyAlt ? `\n${j.companyAlt}` : ''}`, { w: ew[0], run: { bold: true, size: 17 } }), val(j.title, { w: ew[1] }), val(d1, { w: ew[2] }), val(d2 ?? 'a la fecha / 至今', { w: ew[3] }),
      val(`${Math.floor(n / 12)} años ${n % 12} meses`, { w: ew[4] }), val(j.reason ?? '—', { w: ew[5], run: { size: 16 } })],
      [C([P([r('Funciones / 主要职责: ', { bold: true }), r(j.duties.join('; ') + '.')], { run: { size: 16 } })], { w, span: 6 })]];
  });
  const sec = (t: string) => P(t, { spacing: { before: 140, after: 50 }, run: { bold: true, size: 19, color: 'C55A11' } });
  return docOf({ ascii: 'Arial', eastAsia: 'SimSun' }, 18, [{
    properties: { page: { size: A4, margin: { top: mm(16), bottom: mm(14), left: m, right: m, header: mm(7) } } },
    headers: { default: new Header({ children: [P([r('TELECOMUNICACIONES HUAYUAN PERÚ S.A.C.　华远通信秘鲁有限公司', { bold: true }), r('\tRH-F-02 · v3')], { tabStops: [{ type: TabStopType.RIGHT, position: w }], run: { size: 15 } })] }) },
    children: [
      P('FICHA DE POSTULANTE　应聘人员信息表', { alignment: AlignmentType.CENTER, spacing: { after: 40 }, run: { bold: true, size: 28 } }),
      P('Llene en español o inglés / 请用西班牙语或英语填写', { alignment: AlignmentType.CENTER, spacing: { after: 120 }, run: { italics: true, size: 15 } }),
      T([
        [lab('Apellidos / 姓', { w: c[0] }), val(p.family.toUpperCase(), { w: c[1] }), lab('Nombres / 名', { w: c[2] }), val(p.given, { w: c[3] }), C([P(photo(80, 100), { alignment: AlignmentType.CENTER })], { w: c[4], rowSpan: 5, v: 'center' })],
        [lab('Nombre completo / 姓名', { w: c[0] }), val(`${p.name}　(${p.latin})`, { w: c[1] + c[2] + c[3], span: 3, run: { bold: true } })],
        [lab('Nacionalidad / 国籍', { w: c[0] }), val('China / 中国', { w: c[1] }), lab('Carné de extranjería / 居留证号', { w: c[2] }), val('001874620', { w: c[3] })],
        [lab('Fecha de nacimiento / 出生日期', { w: c[0] }), val(ddmmyyyy(p.birth), { w: c[1] }), lab('Estado civil / 婚姻状况', { w: c[2] }), val('Married / 已婚', { w: c[3] })],
        [lab('Celular / 手机', { w: c[0] }), val(p.phoneDisplay, { w: c[1] }), lab('Correo / 邮箱', { w: c[2] }), val(p.email, { w: c[3], run: { size: 16 } })],
        [lab('Dirección / 住址', { w: c[0] }), val(p.address, { w: w - c[0], span: 4 })],
        [lab('Puesto al que postula / 应聘职位', { w: c[0] }), val('Gerente de Ingeniería RF / RF Engineering Director', { w: w - c[0], span: 4, run: { bold: true } })],
      ], c),
      sec('EXPERIENCIA LABORAL / 工作经历 (empezar por la más reciente / 从最近一份开始)'),
      T([[lab('Empresa / 公司', { w: ew[0] }), lab('Cargo / 职位', { w: ew[1] }), lab('Fecha de inicio / 开始 (dd/mm/aaaa)', { w: ew[2] }), lab('Fecha de término / 结束', { w: ew[3] }), lab('Tiempo / 时长', { w: ew[4] }), lab('Motivo de cese / 离职原因', { w: ew[5] })], ...exp], ew, { headerRows: 1 }),
      sec('FORMACIÓN ACADÉMICA / 教育背景'),
      T([[lab('Institución / 学校', { w: 4200 }), lab('Grado / 学位', { w: 3000 }), lab('Periodo / 时间', { w: w - 7200 })],
        ...p.education.map((e) => [val(`${e.schoolAlt}\n${e.school}`, { w: 4200 }), val(e.degree, { w: 3000 }), val(`${f.mmyyyy(e.from)} – ${f.mmyyyy(e.to)}`, { w: w - 7200 })])], [4200, 3000, w - 7200]),
      sec('HABILIDADES / 专业技能'),
      T([[val(skills(p).join(' · '), { w })]], [w]),
      sec('IDIOMAS Y CERTIFICACIONES / 语言与证书'),
      T([[lab('Chino / 中文', { w: 2400 }), val('Nativo / 母语', { w: 2400 }), lab('Certificaciones / 证书', { w: 2400 }), val(p.certificates.join('; '), { w: w - 7200, rowSpan: 3 })],
        [lab('Español / 西班牙语', { w: 2400 }), val('Avanzado (C1)', { w: 2400 }), C('', { w: 2400, rowSpan: 2 })],
        [lab('Inglés / 英语', { w: 2400 }), val('Intermedio alto (B2)', { w: 2400 })]], [2400, 2400, 2400, w - 7200]),
      sec('REFERENCIAS / 证明人'),
      T([[lab('Nombre / 姓名', { w: 3000 }), lab('Cargo y empresa / 职务及公司', { w: 4000 }), lab('Teléfono / 电话', { w: w - 7000 })],
        [val('Luis Paredes Quispe', { w: 3000 }), val('Director de Red, Andesnet Telecomunicaciones', { w: 4000 }), val('+51 1 612 4400', { w: w - 7000 })],
        [val('Chen Gang 陈刚', { w: 3000 }), val('Country Manager, Zhongxun Telecom Perú', { w: 4000 }), val('+51 1 705 3188', { w: w - 7000 })]], [3000, 4000, w - 7000]),
      P('Declaro bajo juramento que la información consignada es verdadera. / 本人保证以上信息真实。', { spacing: { before: 160, after: 100 }, run: { size: 16 } }),
      P([r('Lima, 19 de noviembre de 2026'), r('\tFirma / 签名：'), r(p.name, { size: 24, font: 'KaiTi' })], { tabStops: [{ type: TabStopType.RIGHT, position: w }] }),
    ],
  }], 'Ficha de postulante');
}

export { gridBorders };
