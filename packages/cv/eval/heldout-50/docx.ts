/** heldout-50: the Word templates, built with the `docx` package. Each returns a Document for one person. */
import {
  AlignmentType, BorderStyle, Document, Footer, Header, PageNumber, Paragraph, SectionType, ShadingType, TabStopType, Table, TableBorders, TableCell,
  TableRow, TextRun, VerticalAlign, WidthType, ColumnBreak,
} from 'docx';
import type { Person } from './people.ts';
import { D, MF, dur, mo, newest, range, sk, yr } from './lib.ts';

type RunOpts = { bold?: boolean; italics?: boolean; size?: number; color?: string; font?: string; shade?: string; allCaps?: boolean; smallCaps?: boolean };
const r = (text: string, o: RunOpts = {}) => new TextRun({
  text, bold: o.bold, italics: o.italics, size: o.size ?? 20, color: o.color, allCaps: o.allCaps, smallCaps: o.smallCaps,
  font: { ascii: o.font ?? 'Arial', hAnsi: o.font ?? 'Arial', eastAsia: 'SimSun', cs: 'Arial' },
  shading: o.shade ? { type: ShadingType.CLEAR, color: 'auto', fill: o.shade } : undefined,
});
type POpts = { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; before?: number; after?: number; tabs?: { type: (typeof TabStopType)[keyof typeof TabStopType]; position: number }[]; bullet?: boolean; rule?: boolean; indent?: number; keepNext?: boolean };
const P = (children: TextRun[] | string, o: POpts = {}) => new Paragraph({
  children: typeof children === 'string' ? [r(children)] : children, alignment: o.align, spacing: { before: o.before ?? 0, after: o.after ?? 60 },
  tabStops: o.tabs, bullet: o.bullet ? { level: 0 } : undefined, keepNext: o.keepNext,
  indent: o.indent ? { left: o.indent } : undefined,
  border: o.rule ? { bottom: { style: BorderStyle.SINGLE, size: 6, color: '808080', space: 1 } } : undefined,
});
const NB = { top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } };
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BOX = { top: LINE, bottom: LINE, left: LINE, right: LINE };
type COpts = { w?: number; fill?: string; span?: number; none?: boolean; vAlign?: (typeof VerticalAlign)[keyof typeof VerticalAlign]; margins?: number };
const C = (children: (Paragraph | Table)[] | string, o: COpts = {}) => new TableCell({
  children: typeof children === 'string' ? [P(children, { after: 0 })] : children, width: o.w ? { size: o.w, type: WidthType.DXA } : undefined,
  shading: o.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: o.fill } : undefined, columnSpan: o.span, borders: o.none ? NB : BOX,
  verticalAlign: o.vAlign, margins: { top: 50, bottom: 50, left: o.margins ?? 90, right: o.margins ?? 90 },
});
const T = (rows: TableRow[], widths: number[], none = false) => new Table({ rows, columnWidths: widths, width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, borders: none ? TableBorders.NONE : undefined });
const R = (cells: TableCell[]) => new TableRow({ children: cells, cantSplit: true });
const A4 = { width: 11906, height: 16838 };
const pageNo = (prefix: string, of: string, suffix = '') => new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [prefix, PageNumber.CURRENT, of, PageNumber.TOTAL_PAGES, suffix], size: 16, color: '808080', font: 'Arial' })] })] });

/** Word CV where each job's dates come last, in a right-aligned line after its bullets (single). */
export function datesLast(p: Person): Document {
  const z = p.lang === 'zh';
  const H = (t: string) => P([r(t, { bold: true, size: 24, color: '1F3864' })], { before: 200, after: 80, rule: true, keepNext: true });
  const body: Paragraph[] = [
    P([r(p.name, { bold: true, size: 40 })], { after: 40 }),
    P([r(p.headline, { size: 22, color: '595959' })], { after: 60 }),
    z ? P([r(`手机：${p.phoneLocal}　　邮箱：${p.email}　　${p.other[0].label}：${p.other[0].number}　　现居：${p.town}`, { size: 18 })])
      : P([r(`${p.town}  |  Mobile ${p.phoneLocal}  |  ${p.other[0].label} ${p.other[0].number}  |  ${p.email}`, { size: 18 })]),
    H(z ? '个人简介' : 'Career Objective'), P(p.summary),
    H(z ? '工作经历' : 'Employment History'),
  ];
  for (const j of newest(p)) {
    body.push(z ? P([r(j.company, { bold: true }), r(`　｜　${j.title}`)], { before: 120, keepNext: true })
      : P([r(j.title, { bold: true }), r(` — ${j.company}, ${j.town}`)], { before: 120, keepNext: true }));
    for (const d of j.duties) body.push(P(d, { bullet: true, after: 20, keepNext: true }));
    body.push(P([r(z ? `（${D.zh(j.start)}${j.end ? `—${D.zh(j.end)}` : '至今'}）` : `— ${D.month(j.start)} to ${j.end ? D.month(j.end) : 'present'}`, { italics: true, size: 18, color: '595959' })], { align: AlignmentType.RIGHT, after: 40 }));
  }
  body.push(H(z ? '专业技能' : 'Key Skills'));
  if (z) body.push(P(sk(p).join('、'))); else for (const s of sk(p)) body.push(P(s, { bullet: true, after: 0 }));
  body.push(H(z ? '教育背景' : 'Education & Training'));
  for (const e of p.edu) body.push(P([r(`${e.school}`, { bold: true }), r(z ? `　${e.degree}` : `, ${e.degree}, ${e.town}`)]), P([r(z ? `（${D.zh(e.start)}—${D.zh(e.end)}）` : `— ${D.month(e.start)} to ${D.month(e.end)}`, { italics: true, size: 18, color: '595959' })], { align: AlignmentType.RIGHT }));
  body.push(H(z ? '证书与语言' : 'Licences, Tickets & Languages'), P(`${z ? '证书：' : 'Licences: '}${p.certs.join(z ? '、' : '; ')}`), P(`${z ? '语言：' : 'Languages: '}${p.languages.join(z ? '、' : ', ')}`));
  if (!z) body.push(H('Referees'), P('Karen Whitlock, Operations Manager, Pilbara Supply Co. — 0438 905 216'), P('Further referees available on request.'));
  return new Document({ sections: [{ properties: { page: { size: A4, margin: { top: 1000, bottom: 1000, left: 1200, right: 1200 } } }, footers: { default: pageNo(z ? `${p.name} 个人简历　第 ` : `${p.name} — Curriculum Vitae — page `, z ? ' 页 / 共 ' : ' of ', z ? ' 页' : '') }, children: body }] });
}

/** Consulting-style CV with a skills × employer matrix table (table). */
export function skillMatrix(p: Person): Document {
  const m = p.lang === 'mixed';
  const L = (en: string, zh: string) => (m ? `${zh} ${en}` : en);
  const emps = [...new Set(p.work.map((j) => j.company))];
  const short = (c: string) => c.replace(/ (inc\.|Co\., Ltd\.|Ltd\.|\(Shenzhen\).*)$/i, '').replace(/ Distribution| Hydro-Services/, (x) => x);
  const W = 9500;
  const head = T([
    R([C([P([r(p.name, { bold: true, size: 32 })], { after: 0 }), P([r(m ? `${p.alt} · ${p.headline}` : p.headline, { color: '595959' })], { after: 0 })], { w: W, span: 4, fill: 'DEEAF6' })]),
    R([C(L('Mobile', '手机'), { w: 1900, fill: 'F2F2F2' }), C(p.phoneLocal, { w: 2850 }), C(L('E-mail', '邮箱'), { w: 1900, fill: 'F2F2F2' }), C(p.email, { w: 2850 })]),
    R([C(L(p.other[0].label, '办公电话'), { w: 1900, fill: 'F2F2F2' }), C(p.other[0].number, { w: 2850 }), C(L('Location', '所在地'), { w: 1900, fill: 'F2F2F2' }), C(p.town, { w: 2850 })]),
  ], [1900, 2850, 1900, 2850]);
  const H = (t: string) => P([r(t, { bold: true, size: 22, color: '1F4E79', allCaps: !m })], { before: 220, after: 80 });
  const f = m ? D.mmdotyyyy : D.mmyyyy;
  const work = T([
    R(['Employer', 'Role', 'From', 'To'].map((h, i) => C([P([r(m ? [`公司 ${h}`, `职位 ${h}`, `起 ${h}`, `止 ${h}`][i] : h, { bold: true })], { after: 0 })], { w: [3800, 3100, 1300, 1300][i], fill: 'D9D9D9' }))),
    ...newest(p).map((j) => R([C(j.company, { w: 3800 }), C(j.title, { w: 3100 }), C(f(j.start), { w: 1300 }), C(j.end ? f(j.end) : (m ? '至今 Present' : 'present'), { w: 1300 })])),
  ], [3800, 3100, 1300, 1300]);
  const ew = Math.floor(5400 / emps.length);
  const used = (s: number, e: number) => (s + e * 3) % 4 !== 0 || e === emps.length - 1;
  const matrix = T([
    R([C([P([r(L('Skill', '技能'), { bold: true })], { after: 0 })], { w: 2600, fill: 'D9D9D9' }), ...emps.map((e) => C([P([r(short(e), { bold: true, size: 16 })], { after: 0, align: AlignmentType.CENTER })], { w: ew, fill: 'D9D9D9' })), C([P([r(L('Yrs', '年限'), { bold: true, size: 16 })], { after: 0 })], { w: 1500, fill: 'D9D9D9' })]),
    ...sk(p).map((s, i) => R([C(s, { w: 2600 }), ...emps.map((_, k) => C([P(used(i, k) ? '✓' : '–', { after: 0, align: AlignmentType.CENTER })], { w: ew })), C(String(4 + ((i * 5) % 9)), { w: 1500 })])),
  ], [2600, ...emps.map(() => ew), 1500]);
  const body: (Paragraph | Table)[] = [head, H(L('Profile', '个人简介')), P(p.summary), H(L('Employment history', '工作经历')), work,
    H(L('Key achievements by role', '主要业绩')), ...newest(p).flatMap((j) => [P([r(`${j.title}, ${j.company}`, { bold: true })], { before: 80, after: 20 }), ...j.duties.map((d) => P(d, { bullet: true, after: 0 }))]),
    H(L('Skills matrix', '技能矩阵')), P([r(m ? '✓ = 在该公司使用 used at this employer' : '✓ = used at this employer; Yrs = total years of hands-on use', { size: 16, italics: true })]), matrix,
    H(L('Education', '教育背景')), ...p.edu.map((e) => P(`${f(e.start)} – ${f(e.end)}   ${e.degree}, ${e.school}, ${e.town}`)),
    H(L('Languages', '语言')), P(p.languages.join(' · ')), H(L('Professional qualifications', '证书')), P(p.certs.join(' · '))];
  return new Document({ sections: [{ properties: { page: { size: A4, margin: { top: 1000, bottom: 1000, left: 1200, right: 1200 } } }, headers: { default: new Header({ children: [P([r(m ? '候选人简历 Candidate CV — confidential' : 'Candidate CV — confidential', { size: 16, color: '808080' })], { align: AlignmentType.RIGHT })] }) }, footers: { default: pageNo('', ' / ') }, children: body }] });
}

/** Indian CV with an employment table and the EPFO service-history table copied in (table). */
export function inUan(p: Person): Document {
  const W = 9600;
  const day = (ym: string, end = false) => `${end ? (['2015-06', '2017-11', '2022-02'].includes(ym) ? { '2015-06': '30', '2017-11': '30', '2022-02': '28' }[ym] : '31') : ym === '2017-12' ? '04' : '01'}-${ym.slice(5, 7)}-${yr(ym)}`;
  const H = (t: string) => P([r(t, { bold: true, size: 21 })], { before: 200, after: 80, rule: true });
  const hc = (t: string, w: number) => C([P([r(t, { bold: true })], { after: 0 })], { w, fill: 'D9E2F3' });
  const emp = T([R([hc('Sl. No.', 800), hc('Organisation', 3300), hc('Designation', 2500), hc('From', 1500), hc('To', 1500)]),
    ...newest(p).map((j, i) => R([C(`${i + 1}.`, { w: 800 }), C(`${j.company}, ${j.town}`, { w: 3300 }), C(j.title, { w: 2500 }), C(day(j.start), { w: 1500 }), C(j.end ? day(j.end, true) : 'Till Date', { w: 1500 })]))], [800, 3300, 2500, 1500, 1500]);
  const est = [...new Set(p.work.map((j) => j.company))].reverse().map((c) => { const js = p.work.filter((j) => j.company === c); return { c, s: js[0].start, e: js[js.length - 1].end }; });
  const uan = T([R([hc('Member ID', 2600), hc('Establishment Name', 3400), hc('DOJ EPF', 1800), hc('DOE EPF', 1800)]),
    ...est.map((x, i) => R([C(`KN/BNG/0${48213 + i * 7311}/000${1187 + i * 311}`, { w: 2600 }), C(x.c.toUpperCase(), { w: 3400 }), C(day(x.s), { w: 1800 }), C(x.e ? day(x.e, true) : 'NOT AVAILABLE', { w: 1800 })]))], [2600, 3400, 1800, 1800]);
  const groups: [string, string[]][] = [['Automation', ['Selenium WebDriver', 'TestNG', 'Cucumber']], ['Programming / DB', ['Java', 'SQL']], ['API & Performance', ['Postman', 'REST Assured', 'JMeter']], ['CI & Test Management', ['Jenkins', 'JIRA']]];
  const skills = T(groups.map(([g, s]) => R([C([P([r(g, { bold: true })], { after: 0 })], { w: 3000, fill: 'F2F2F2' }), C(s.join(', '), { w: 6600 })])), [3000, 6600]);
  const edu = T([R([hc('Qualification', 3000), hc('Institution', 3800), hc('Year', 1300), hc('Aggregate', 1500)]), ...p.edu.map((e) => R([C(e.degree, { w: 3000 }), C(`${e.school}`, { w: 3800 }), C(yr(e.end), { w: 1300 }), C('78.4 %', { w: 1500 })])),
    R([C('Class XII (State Board)', { w: 3000 }), C('Govt. Model Boys HSS, Thycaud', { w: 3800 }), C('2010', { w: 1300 }), C('91.2 %', { w: 1500 })])], [3000, 3800, 1300, 1500]);
  const body: (Paragraph | Table)[] = [
    P([r('CURRICULUM VITAE', { bold: true, size: 28, allCaps: true })], { align: AlignmentType.CENTER, after: 120 }),
    P([r(p.name.toUpperCase(), { bold: true, size: 24 })], { after: 20 }), P(`No. 41, 3rd Cross, Ramamurthy Nagar, ${p.town} – 560016`, { after: 20 }),
    P(`Mobile: ${p.phoneLocal}   |   Alternate: ${p.other[0].number}   |   E-mail: ${p.email}`),
    H('CAREER OBJECTIVE'), P('To lead a test-automation team in a product company where quality is owned by everyone, and to keep learning.'),
    H('PROFESSIONAL SUMMARY'), ...['12+ years in software testing (banking, payments, lending).', ...p.work.slice(-2).flatMap((j) => j.duties)].map((s) => P(s, { bullet: true, after: 0 })),
    H('EMPLOYMENT DETAILS'), emp,
    P([r('EPFO service history (UAN 1009 4471 5526) as downloaded from the member portal on 15-11-2026:', { italics: true, size: 18 })], { before: 120 }), uan,
    H('TECHNICAL SKILLS'), skills,
    H('EDUCATIONAL QUALIFICATION'), edu,
    H('CERTIFICATION'), ...p.certs.map((c) => P(c, { bullet: true })),
    H('PERSONAL DETAILS'), ...[['Date of Birth', '14-02-1992'], ["Father's Name", 'V. Ramaswamy'], ['Marital Status', 'Married'], ['Languages Known', p.languages.join(', ')], ['Nationality', 'Indian']].map(([a, b]) => P([r(a), r(`\t: ${b}`)], { tabs: [{ type: TabStopType.LEFT, position: 2600 }], after: 20 })),
    H('DECLARATION'), P('I hereby declare that the information furnished above is true to the best of my knowledge and belief.'),
    P([r('Place: Bengaluru'), r('\t(' + p.name + ')')], { tabs: [{ type: TabStopType.RIGHT, position: 9600 }], before: 200 }), P('Date: 15-11-2026'),
  ];
  return new Document({ sections: [{ properties: { page: { size: A4, margin: { top: 1000, bottom: 1000, left: 1150, right: 1150 } } }, children: body }] });
}

const PH = 'Click or tap here to enter text.';
/** An employer's Word application form built on content controls (grey fields, unfilled placeholders left in) (table). */
export function ctrlForm(p: Person): Document {
  const cfg = {
    p02: { org: 'Brackenfield Infrastructure Ltd', title: 'Application for Employment', sur: 'ADEYEMI-COLE', fore: 'Oluwaseun', extra: ['Preferred name', 'Seun'], lab: (e: string) => e, ref: 'Vacancy ref: BI-2611-STR (Associate Structural Engineer)' },
    p14: { org: 'Jade Crescent Hotels Group', title: 'Application for Employment', sur: 'LAM', fore: 'Hiu Man', extra: ['Name in Chinese', p.name], lab: (e: string) => e, ref: 'Position applied for: Senior Marketing Manager — Ref. JCH/MKT/26-114' },
    p16: { org: 'Rheinfeld BioPharma AG', title: 'Bewerbungsbogen / Application Form', sur: 'LIU', fore: 'Fang', extra: ['Name in chinesischen Schriftzeichen / Name in Chinese characters', p.name], lab: (e: string) => e, ref: 'Kennziffer / Reference: RB-2026-417 (Principal Scientist, Assay Development)' },
  }[p.id as 'p02' | 'p14' | 'p16'];
  const de = p.id === 'p16';
  const L = (en: string, g: string) => (de ? `${g} / ${en}` : en);
  const fld = (v: string | null, date = false) => [P([v ? r(v, { shade: 'E7E6E6' }) : r(date ? 'Click or tap to enter a date.' : PH, { color: '808080', shade: 'E7E6E6' })], { after: 0 })];
  const lab = (t: string, w: number) => C([P([r(t, { size: 18 })], { after: 0 })], { w, fill: 'F2F2F2' });
  const bar = (t: string) => R([C([P([r(t, { bold: true, color: 'FFFFFF' })], { after: 0 })], { w: 9600, span: 4, fill: '2F5496' })]);
  const two = (a: string, av: string | null, b: string, bv: string | null, bd = false) => R([lab(a, 2000), C(fld(av), { w: 2800 }), lab(b, 2000), C(fld(bv, bd), { w: 2800 })]);
  const jobs = newest(p).map((j) => R([C(fld(`${j.company}, ${j.town}`), { w: 2900 }), C(fld(j.title), { w: 2200 }), C(fld(D.mmyyyy(j.start)), { w: 1100 }),
    C(fld(j.end ? D.mmyyyy(j.end) : p.id === 'p02' ? null : de ? 'laufend / ongoing' : 'Present', !j.end), { w: 1300 }), C(fld(j.end ? (j.company === newest(p)[0].company ? (de ? 'Beförderung / promotion' : 'Promotion') : de ? 'Neue Herausforderung / new role' : 'Career progression') : null), { w: 2100 })]));
  const jobHead = R([L('Employer and town', 'Arbeitgeber und Ort'), L('Job title', 'Position'), L('From (MM/YYYY)', 'Von'), L('To (MM/YYYY)', 'Bis'), L('Reason for leaving', 'Grund des Wechsels')].map((h, i) => lab(h, [2900, 2200, 1100, 1300, 2100][i])));
  const form1 = T([
    bar(L('1. Personal details', '1. Persönliche Angaben')),
    two(L('Surname', 'Nachname'), cfg.sur, L('Forename(s)', 'Vorname(n)'), cfg.fore),
    two(cfg.extra[0], cfg.extra[1], L('Title', 'Anrede'), de ? 'Dr.' : p.id === 'p02' ? 'Mr' : 'Ms'),
    two(L('Mobile telephone', 'Mobiltelefon'), p.phoneLocal, L('Daytime / work telephone', 'Telefon tagsüber'), p.other[0].number),
    two(L('E-mail address', 'E-Mail'), p.email, L('Fax', 'Fax'), null),
    two(L('Address', 'Anschrift'), p.town, L('Previous surname(s)', 'Frühere Namen'), null),
  ], [2000, 2800, 2000, 2800]);
  const form2 = T([R([C([P([r(L('2. Employment history — most recent first', '2. Beruflicher Werdegang — aktuelle Stelle zuerst'), { bold: true, color: 'FFFFFF' })], { after: 0 })], { w: 9600, span: 5, fill: '2F5496' })]), jobHead, ...jobs], [2900, 2200, 1100, 1300, 2100]);
  const form3 = T([
    bar(L('3. Skills relevant to the post (one per line)', '3. Relevante Kenntnisse (eine pro Zeile)')),
    R([C(sk(p).map((s) => P([r(s, { shade: 'E7E6E6' })], { after: 0 })), { w: 9600, span: 4 })]),
    bar(L('4. Education and qualifications', '4. Ausbildung und Abschlüsse')),
    ...p.edu.map((e) => two(L('Institution', 'Hochschule'), `${e.school}, ${e.town}`, L('Qualification and dates', 'Abschluss und Zeitraum'), `${e.degree} (${D.mmyyyy(e.start)} – ${D.mmyyyy(e.end)})`)),
    two(L('Professional membership / certificates', 'Zertifikate'), p.certs.join('; ') || null, L('Driving licence', 'Führerschein'), null),
    bar(L('5. Languages', '5. Sprachen')), R([C(fld(p.languages.join('; ')), { w: 9600, span: 4 })]),
    bar(L('6. Declaration', '6. Erklärung')),
    R([C([P(L('I confirm that the information given in this form is true and complete.', 'Ich bestätige, dass meine Angaben wahr und vollständig sind.'), { after: 60 }), P([r('☒ ', { size: 22 }), r(L('I agree', 'Ich stimme zu'))], { after: 0 })], { w: 9600, span: 4 })]),
    two(L('Signed (typed)', 'Unterschrift'), p.name, L('Date', 'Datum'), de ? '18.11.2026' : '18/11/2026'),
  ], [2000, 2800, 2000, 2800]);
  const body: (Paragraph | Table)[] = [
    P([r(cfg.org, { bold: true, size: 28, color: '2F5496' })], { after: 0 }), P([r(cfg.title, { size: 24 })], { after: 40 }), P([r(cfg.ref, { size: 18 })], { after: 40 }),
    P([r(L('Please complete all sections. Do not attach a CV instead of completing section 2.', 'Bitte alle Abschnitte ausfüllen.'), { italics: true, size: 16 })], { after: 120 }),
    form1, P('', { after: 120 }), form2, P('', { after: 120 }), form3,
  ];
  return new Document({ sections: [{ properties: { page: { size: A4, margin: { top: 900, bottom: 900, left: 1150, right: 1150 } } }, headers: { default: new Header({ children: [P([r(`${cfg.org} — ${de ? 'Bewerbungsbogen' : 'Application form'} HR-F07 (rev. 03/2025)`, { size: 14, color: '808080' })], { align: AlignmentType.RIGHT })] }) }, footers: { default: pageNo(de ? 'Seite ' : 'Page ', de ? ' von ' : ' of ') }, children: body }] });
}

/** Word "Layout › Columns › Three": one-column heading section, then a continuous section in three newspaper columns with lines between (two-column family). */
export function threeCols(p: Person): Document {
  const z = p.lang === 'zh';
  const H = (t: string) => P([r(t, { bold: true, size: 20, color: 'C00000', allCaps: !z })], { before: 140, after: 60, rule: true, keepNext: true });
  const f = z ? (j: { start: string; end: string | null }) => range(j, D.dot, '—', '至今') : (j: { start: string; end: string | null }) => range(j, D.mY, ' – ', 'present');
  const head = [
    P([r(p.name, { bold: true, size: 36 })], { align: AlignmentType.CENTER, after: 20 }),
    P([r(z ? `${p.headline}｜${p.town}` : `${p.headline} · ${p.town}`, { size: 20, color: '595959' })], { align: AlignmentType.CENTER, after: 20 }),
    P([r(z ? `手机 ${p.phoneLocal}　邮箱 ${p.email}　${p.other[0].label} ${p.other[0].number}` : `Cell ${p.phoneLocal} · ${p.email} · ${p.other[0].label} ${p.other[0].number}`, { size: 18 })], { align: AlignmentType.CENTER, after: 120, rule: true }),
  ];
  const col: Paragraph[] = [H(z ? '个人简介' : 'Profile'), P([r(p.summary, { size: 18 })]), H(z ? '工作经历' : 'Experience')];
  for (const j of newest(p)) {
    col.push(P([r(j.title, { bold: true, size: 18 })], { before: 80, after: 0, keepNext: true }), P([r(j.company, { size: 18, italics: !z })], { after: 0, keepNext: true }), P([r(f(j), { size: 16, color: '7F7F7F' })], { after: 20, keepNext: true }));
    for (const d of j.duties) col.push(P([r(d, { size: 17 })], { bullet: true, after: 0 }));
  }
  const brk = () => new Paragraph({ children: [new ColumnBreak()] });
  if (!z) col.push(brk());
  col.push(H(z ? '专业技能' : 'Skills'), ...sk(p).map((s) => P([r(s, { size: 18 })], { bullet: true, after: 0 })));
  col.push(H(z ? '教育背景' : 'Education'), ...p.edu.map((e) => P([r(`${e.degree},`, { size: 18, bold: true }), r(` ${e.school} (${z ? `${D.dot(e.start)}—${D.dot(e.end)}` : `${D.mY(e.start)} – ${D.mY(e.end)}`})`, { size: 18 })])));
  if (!z) col.push(brk());
  col.push(H(z ? '证书' : 'Licenses'), ...p.certs.map((c) => P([r(c, { size: 18 })], { after: 20 })), H(z ? '语言' : 'Languages'), P([r(p.languages.join(z ? '、' : ', '), { size: 18 })]));
  return new Document({ sections: [
    { properties: { page: { size: A4, margin: { top: 900, bottom: 900, left: 1000, right: 1000 } } }, children: head },
    { properties: { type: SectionType.CONTINUOUS, page: { size: A4, margin: { top: 900, bottom: 900, left: 1000, right: 1000 } }, column: { count: 3, space: 360, separate: true, equalWidth: true } }, children: col },
    { properties: { type: SectionType.CONTINUOUS, page: { size: A4, margin: { top: 900, bottom: 900, left: 1000, right: 1000 } } }, children: [P('', { after: 0 })] },
  ] });
}

/** Word two-cell layout with a narrow shaded sidebar on the right whose skill and language levels are rows of shaded cells (two-column). */
export function cellBar(p: Person): Document {
  const tw = !!p.trad;
  const L = (s: string, t: string) => (tw ? t : s);
  const f = tw ? (j: { start: string; end: string | null }) => range(j, D.slash, ' ~ ', '現在') : (j: { start: string; end: string | null }) => range(j, D.dot, ' — ', '至今');
  const H = (t: string, color = '1F4E79') => P([r(t, { bold: true, size: 22, color })], { before: 160, after: 60, rule: true, keepNext: true });
  const main: (Paragraph | Table)[] = [
    P([r(p.name, { bold: true, size: 44 })], { after: 40 }), P([r(L(`求职意向：${p.headline}`, `應徵職務：${p.headline}`), { size: 21, color: '404040' })], { after: 80 }),
    H(L('自我评价', '自傳摘要')), P([r(p.summary, { size: 19 })]), H(L('工作经历', '工作經歷')),
  ];
  for (const j of newest(p)) {
    main.push(P([r(j.company, { bold: true, size: 20 }), r(`\t${f(j)}`, { size: 18, color: '595959' })], { tabs: [{ type: TabStopType.RIGHT, position: 6500 }], before: 100, after: 0, keepNext: true }));
    main.push(P([r(L(`职位：${j.title}`, `職稱：${j.title}`), { size: 19 })], { after: 20, keepNext: true }));
    for (const d of j.duties) main.push(P([r(`· ${d}`, { size: 18 })], { after: 0, indent: 200 }));
  }
  main.push(H(L('教育背景', '學歷')), ...p.edu.map((e) => P([r(e.school, { bold: true, size: 19 }), r(`　${e.degree}\t${tw ? `${D.slash(e.start)} ~ ${D.slash(e.end)}` : `${D.dot(e.start)} — ${D.dot(e.end)}`}`, { size: 18 })], { tabs: [{ type: TabStopType.RIGHT, position: 6500 }] })));
  const lvl = (i: number) => 5 - (i % 3);
  const bars = (items: string[], levels: number[]) => T(items.map((s, i) => R([
    C([P([r(s, { size: 17, color: 'FFFFFF' })], { after: 0 })], { w: 1500, none: true, margins: 30 }),
    ...[0, 1, 2, 3, 4].map((k) => C([P([r(' ', { size: 8 })], { after: 0 })], { w: 160, none: true, fill: k < levels[i] ? 'F4B183' : '5B6F86', margins: 0 })),
  ])), [1500, 160, 160, 160, 160, 160], true);
  const W = (t: string) => P([r(t, { size: 17, color: 'FFFFFF' })], { after: 30 });
  const SH = (t: string) => P([r(t, { bold: true, size: 20, color: 'F4B183' })], { before: 160, after: 60 });
  const side: (Paragraph | Table)[] = [
    SH(L('联系方式', '聯絡資訊')), W(L(`手机：${p.phoneLocal}`, `手機：${p.phoneLocal}`)), W(`Email：${p.email}`), W(`${p.other[0].label}：${p.other[0].number}`), W(L(`现居：${p.town}`, `地址：${p.town}`)),
    SH(L('专业技能', '專業技能')), bars(sk(p), sk(p).map((_, i) => lvl(i))),
    SH(L('语言能力', '語言能力')), bars(p.languages.map((s) => s.replace(/（.*）/, '')), p.languages.map((_, i) => 5 - i)), W(p.languages.join(L('；', '；'))),
    SH(L('资格证书', '證照')), ...p.certs.map((c) => W(c)),
  ];
  const layout = T([R([C(main, { w: 6900, none: true, margins: 60 }), C(side, { w: 2700, none: true, fill: '2E3B4E', margins: 140 })])], [6900, 2700], true);
  return new Document({ sections: [{ properties: { page: { size: A4, margin: { top: 700, bottom: 700, left: 900, right: 700 } } }, children: [layout] }] });
}
