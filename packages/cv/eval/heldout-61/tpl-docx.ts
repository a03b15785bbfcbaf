/** heldout-61 — the Word templates, built with the `docx` package. LibreOffice later prints each one to PDF. */
import {
  AlignmentType, BorderStyle, ColumnBreak, Document, Footer, Header, PageBreak, PageNumber, Paragraph, SectionType, ShadingType,
  Table, TableCell, TableLayoutType, TableRow, TabStopType, TextRun, VerticalAlign, WidthType, Column,
  type IRunOptions, type IParagraphOptions, type ISectionOptions,
} from 'docx';
import type { Person, Job } from './people.ts';
import { fmt, range, newestFirst, skillList, type DateStyle } from './lib.ts';

// ── small builders ──
type Runs = (TextRun | PageBreak | ColumnBreak)[];
const R = (text: string, o: Omit<IRunOptions, 'text'> = {}) => new TextRun({ text, ...o });
function P(content: string | Runs, o: Omit<IParagraphOptions, 'children' | 'text'> & { run?: Omit<IRunOptions, 'text'> } = {}): Paragraph {
  const { run, ...rest } = o;
  const children = typeof content === 'string' ? [R(content, run ?? {})] : content;
  return new Paragraph({ spacing: { after: 40 }, ...rest, children });
}
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const line = (color = '000000', size = 4) => ({ style: BorderStyle.SINGLE, size, color });
const allLines = (color = '000000', size = 4) => ({ top: line(color, size), bottom: line(color, size), left: line(color, size), right: line(color, size), insideHorizontal: line(color, size), insideVertical: line(color, size) });

interface CellOpt { w?: number; shade?: string; span?: number; rows?: number; vAlign?: (typeof VerticalAlign)[keyof typeof VerticalAlign]; margins?: number; borders?: Record<string, unknown> }
function C(children: Paragraph[] | string, o: CellOpt = {}): TableCell {
  const kids = typeof children === 'string' ? [P(children, { spacing: { after: 0 } })] : children;
  return new TableCell({
    children: kids,
    width: o.w ? { size: o.w, type: WidthType.DXA } : undefined,
    shading: o.shade ? { fill: o.shade, type: ShadingType.CLEAR, color: 'auto' } : undefined,
    columnSpan: o.span, rowSpan: o.rows, verticalAlign: o.vAlign ?? VerticalAlign.TOP,
    margins: { top: o.margins ?? 50, bottom: o.margins ?? 50, left: 90, right: 90 },
    borders: o.borders as never,
  });
}
function T(widths: number[], rows: TableRow[], borders: Record<string, unknown> = allLines('808080')): Table {
  return new Table({ rows, columnWidths: widths, width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, layout: TableLayoutType.FIXED, borders: borders as never });
}
const TR = (cells: TableCell[], header = false) => new TableRow({ children: cells, tableHeader: header, cantSplit: false });
const bullets = (items: string[], o: { size?: number; font?: string } = {}) => items.map((b) => new Paragraph({ bullet: { level: 0 }, spacing: { after: 20 }, children: [R(b, { size: o.size, font: o.font })] }));
const A4 = { width: 11906, height: 16838 };
const pageProps = (m = 1000, extra: Record<string, unknown> = {}) => ({ page: { size: A4, margin: { top: m, bottom: m, left: m, right: m, header: 500, footer: 500 } }, ...extra });
const pageNo = (prefix: string, mid = ' of ', size = 16) => [R(prefix, { size }), new TextRun({ children: [PageNumber.CURRENT], size }), R(mid, { size }), new TextRun({ children: [PageNumber.TOTAL_PAGES], size })];
const doc = (font: string, size: number, sections: ISectionOptions[], eastAsia?: string) =>
  new Document({
    creator: 'Microsoft Office User', title: 'CV',
    styles: { default: { document: { run: { font: eastAsia ? { ascii: font, hAnsi: font, eastAsia, cs: font } : font, size } } } },
    sections,
  });

// ───────────────────────────── us-refsheet (p02, p15; single) ─────────────────────────────
/** North-American Word résumé with a matching "Professional References" page: the same name/contact block heads both
 *  pages, and page 2 is full of other people's phone numbers and e-mails. Roles grouped under the employer. */
export function usRefsheet(p: Person): Document {
  const p02 = p.id === 'p02';
  const W = 9906; // text width at 1000 twips margins
  const accent = p02 ? '1F3350' : '7A1F2B';
  const style: DateStyle = p02 ? 'Month YYYY' : 'Mon. YYYY';
  const present = p02 ? 'Present' : 'present';
  const nameRuns = p02
    ? [R(p.name.toUpperCase(), { bold: true, size: 40, color: accent }), R(', CFM', { size: 26, color: accent })]
    : [R(p.nameAlt!, { bold: true, size: 40, color: accent }), R(', CPA', { size: 26, color: accent }), R('    ' + p.name, { size: 30, color: accent, font: { eastAsia: 'Microsoft YaHei' } as never })];
  const contact1 = p02 ? `${p.street} · ${p.town} ${p.postcode}` : `${p.street} · ${p.town} ${p.postcode}`;
  const contact2 = p02 ? `Cell: ${p.mobile}  |  Office: ${p.office}` : `Mobile: 647-555-0193  |  Home: 905-555-0127`;
  const contact3 = p02 ? `${p.email}  |  linkedin.com/in/jrwhitfieldjr` : `${p.email}  |  WeChat: ${p.handle}`;
  const head = () => [
    P(nameRuns, { spacing: { after: 60 } }),
    P(contact1, { run: { size: 19 }, spacing: { after: 0 } }),
    P(contact2, { run: { size: 19 }, spacing: { after: 0 } }),
    P(contact3, { run: { size: 19 }, spacing: { after: 120 }, border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: accent, space: 4 } } }),
  ];
  const H = (t: string) => P(t, { run: { bold: true, size: 21, color: accent }, spacing: { before: 200, after: 80 }, border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: 'A0A0A0', space: 2 } } });
  const tabR = [{ type: TabStopType.RIGHT, position: W }];
  const exp: Paragraph[] = [];
  const groups: Job[][] = [];
  for (const j of newestFirst(p.work)) {
    const g = groups[groups.length - 1];
    if (g && g[0].company === j.company) g.push(j); else groups.push([j]);
  }
  for (const g of groups) {
    exp.push(P([R(g[0].company.toUpperCase(), { bold: true }), R(`\t${g[0].town}`)], { tabStops: tabR, spacing: { before: 100, after: 20 } }));
    for (const j of g) {
      exp.push(P([R(j.title, { italics: true, bold: true }), R(`\t${range(j, style, ' – ', present)}`, { italics: true })], { tabStops: tabR, spacing: { after: 20 } }));
      exp.push(...bullets(j.bullets, { size: 19 }));
    }
  }
  const sk = skillList(p);
  const skillRows: Paragraph[] = [];
  for (let i = 0; i < sk.length; i += 2) skillRows.push(P([R(`•  ${sk[i]}`), R(sk[i + 1] ? `\t•  ${sk[i + 1]}` : '')], { tabStops: [{ type: TabStopType.LEFT, position: 4800 }], spacing: { after: 20 } }));
  const page1 = [
    ...head(),
    H('PROFESSIONAL SUMMARY'), P(p.summary, { spacing: { after: 60 } }),
    H('AREAS OF EXPERTISE'), ...skillRows,
    H('PROFESSIONAL EXPERIENCE'), ...exp,
    H('EDUCATION'), ...[...p.education].reverse().map((e) => P([R(e.degree, { bold: true }), R(` — ${e.school}, ${e.town}`), R(`\t${fmt(e.end, style)}`)], { tabStops: tabR })),
    H(p02 ? 'CERTIFICATIONS' : 'DESIGNATIONS'), ...bullets(p.certs),
    ...(p02 ? [] : [H('LANGUAGES'), P(p.languages.join(' · '))]),
  ];
  const relations = p02 ? ['Current supervisor (8 years)', 'Former supervisor, USAF', 'Former branch manager'] : ['Current supervisor', 'Former engagement partner', 'Former audit manager (Shanghai)'];
  const page2 = [
    new Paragraph({ children: [new PageBreak()] }),
    ...head(),
    P('PROFESSIONAL REFERENCES', { run: { bold: true, size: 26, color: accent }, alignment: AlignmentType.CENTER, spacing: { before: 200, after: 240 } }),
    ...p.referees!.flatMap((r, i) => [
      P(r.name, { run: { bold: true, size: 22 }, spacing: { after: 0 } }),
      P(r.role, { spacing: { after: 0 } }),
      P(`Phone: ${r.phone}`, { spacing: { after: 0 } }),
      ...(r.email ? [P(`Email: ${r.email}`, { spacing: { after: 0 } })] : []),
      P(`Relationship: ${relations[i]}`, { run: { italics: true }, spacing: { after: 260 } }),
    ]),
  ];
  return doc(p02 ? 'Garamond' : 'Calibri', 21, [{ properties: pageProps(1000), children: [...page1, ...page2] }], p02 ? undefined : 'Microsoft YaHei');
}

// ───────────────────────────── word-2cell-ctcfoot (p03, p04, p06, p14; two-column) ─────────────────────────────
/** Word résumé on a borderless two-cell layout table: the name heads the shaded narrow cell, and the CONTACT block sits
 *  at the very bottom of that cell, after skills and education — a long e-mail wraps inside the narrow cell. */
export function word2cellCtcfoot(p: Person): Document {
  const cfg = {
    p03: { fill: 'DCEBE6', ink: '0F5C4E', style: 'Mon YYYY' as DateStyle, sep: ' — ', present: 'Present',
      contact: [['Mob', p.mobile], ['Home', p.home!], ['Email', p.email], ['', `${p.street}, ${p.town} ${p.postcode}`]] },
    p04: { fill: 'E4E9DF', ink: '2D5A3D', style: 'YYYY-MM' as DateStyle, sep: ' – ', present: 'current',
      contact: [['Cell', p.mobile], ['Tel (w)', p.office!], ['E-mail', p.email], ['ID', '860615 5123 087'], ['', `${p.street}, ${p.town} ${p.postcode}`]] },
    p06: { fill: 'E6ECF4', ink: '1D3C6E', style: 'Mon. YYYY' as DateStyle, sep: ' – ', present: 'Date',
      contact: [['GSM', '+234 (0) 803 555 2917'], ['Alt. GSM', p.home!], ['E-mail', p.email], ['NIN', p.idNo!], ['', `${p.street}, ${p.town}`]] },
    p14: { fill: 'F3E6DC', ink: '8A3B12', style: 'Mon YYYY' as DateStyle, sep: ' - ', present: 'now',
      contact: [['H/P', p.mobile], ['Tel (O)', p.office!], ['Email', p.email], ['IC No.', p.idNo!], ['', `${p.street}, ${p.postcode} ${p.town}`]] },
  }[p.id as 'p03' | 'p04' | 'p06' | 'p14'];
  const mixed = p.language === 'mixed';
  const Lh = (t: string) => P(t, { run: { bold: true, size: 19, color: cfg.ink }, spacing: { before: 240, after: 60 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: cfg.ink, space: 1 } } });
  const Rh = (t: string) => P(t, { run: { bold: true, size: 22, color: cfg.ink }, spacing: { before: 160, after: 80 } });
  const left: Paragraph[] = [
    P(p.name, { run: { bold: true, size: mixed ? 44 : 34, color: cfg.ink }, spacing: { after: 40 } }),
    ...(mixed ? [P(p.nameAlt!, { run: { size: 22, color: '444444' }, spacing: { after: 40 } })] : []),
    ...(p.honorific === 'Engr.' ? [P('Engr., B.Eng, MNSE', { run: { size: 17, color: '444444' } })] : p.postNominals ? [P(p.postNominals, { run: { size: 18, color: '444444' } })] : []),
    P(p.headline, { run: { size: 19, italics: true } }),
    Lh(mixed ? 'SKILLS 技能' : 'SKILLS'), ...bullets(skillList(p), { size: 18 }),
    Lh(mixed ? 'LANGUAGES 语言' : 'LANGUAGES'), ...p.languages.map((l) => P(l, { run: { size: 18 } })),
    Lh(mixed ? 'EDUCATION 学历' : 'EDUCATION'), ...[...p.education].reverse().flatMap((e) => [P(e.degree, { run: { size: 18, bold: true }, spacing: { after: 0 } }), P(`${e.school}, ${e.start.slice(0, 4)}–${e.end.slice(0, 4)}`, { run: { size: 18 } })]),
    Lh(mixed ? 'CERTIFICATION 证书' : 'CERTIFICATIONS'), ...p.certs.map((c) => P(c, { run: { size: 18 } })),
    Lh(mixed ? 'CONTACT 联系方式' : 'CONTACT'),
    ...cfg.contact.map(([k, v]) => P(k ? [R(`${k}: `, { bold: true, size: 18 }), R(v, { size: 18 })] : [R(v, { size: 18 })], { spacing: { after: 40 } })),
  ];
  const right: Paragraph[] = [
    Rh(mixed ? 'PROFILE 个人简介' : 'PROFILE'), P(p.summary, { run: { size: 19 }, spacing: { after: 80 } }),
    Rh(mixed ? 'EXPERIENCE 工作经历' : 'EXPERIENCE'),
    ...newestFirst(p.work).flatMap((j) => [
      P(j.title, { run: { bold: true, size: 20 }, spacing: { before: 100, after: 0 } }),
      P(`${j.company} · ${j.town}`, { run: { italics: true, size: 19 }, spacing: { after: 0 } }),
      P(range(j, cfg.style, cfg.sep, cfg.present), { run: { size: 18, color: '666666' }, spacing: { after: 30 } }),
      ...bullets(j.bullets, { size: 19 }),
    ]),
  ];
  const table = T([3350, 6556], [TR([C(left, { w: 3350, shade: cfg.fill, margins: 160 }), C(right, { w: 6556, margins: 160 })])], noBorders);
  return doc('Arial', 19, [{ properties: pageProps(850), children: [table] }], mixed ? 'Microsoft YaHei' : undefined);
}

// ───────────────────────────── au-hdr-tickets (p05; table) ─────────────────────────────
/** Australian trades résumé in Word tables whose running header carries the mobile, e-mail and the licence numbers
 *  (electrical licence, car licence) on every page; tickets table with numbers and expiry; referees with mobiles. */
export function auHdrTickets(p: Person): Document {
  const W = 9906;
  const tabs = [{ type: TabStopType.CENTER, position: W / 2 }, { type: TabStopType.RIGHT, position: W }];
  const header = new Header({ children: [
    P([R(`Mob ${p.mobile}`, { size: 17, bold: true }), R(`\t${p.email}`, { size: 17 }), R('\tEW 154287', { size: 17 })], { tabStops: tabs, spacing: { after: 0 } }),
    P([R(`${p.street}, ${p.town} ${p.postcode}`, { size: 17 }), R(`\tPh ${p.home}`, { size: 17 }), R('\tWA DL C 7654321', { size: 17 })], { tabStops: tabs, border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: 'B0471E', space: 3 } } }),
  ] });
  const footer = new Footer({ children: [P([R(`${p.name} — Résumé — `, { size: 16 }), ...pageNo('Page ')], { alignment: AlignmentType.RIGHT })] });
  const H = (t: string) => P(t, { run: { bold: true, size: 22, color: 'FFFFFF' }, shading: { fill: 'B0471E', type: ShadingType.CLEAR, color: 'auto' }, spacing: { before: 200, after: 80 } });
  const th = (t: string, w: number) => C([P(t, { run: { bold: true, size: 18 }, spacing: { after: 0 } })], { w, shade: 'F2DCD2' });
  const td = (t: string | Paragraph[], w: number) => C(typeof t === 'string' ? [P(t, { run: { size: 18 }, spacing: { after: 0 } })] : t, { w });
  const tickets: [string, string, string][] = [
    ['WA Electrical Licence (A-grade)', 'EW 154287', '03/2028'], ['HV Switching Authority (33 kV)', 'RDI-HVS-0412', '08/2027'],
    ['Working at Heights', 'Cert. 88213', '05/2027'], ['Confined Space Entry', 'Cert. 88214', '05/2027'], ['Car licence (WA)', 'C 7654321', '11/2029'],
  ];
  const sk = skillList(p);
  const skillRows: TableRow[] = [];
  for (let i = 0; i < sk.length; i += 2) skillRows.push(TR([td(`• ${sk[i]}`, 4953), td(sk[i + 1] ? `• ${sk[i + 1]}` : '', 4953)]));
  const jobs = newestFirst(p.work).map((j) => TR([td(range(j, 'MM/YYYY', ' – ', 'Current'), 1900), td([P(j.company, { run: { bold: true, size: 18 }, spacing: { after: 0 } }), P(j.town, { run: { size: 17, color: '666666' }, spacing: { after: 0 } })], 2500), td(j.title, 2100), td(bullets(j.bullets, { size: 18 }), 3406)]));
  const children = [
    P(p.name.toUpperCase(), { run: { bold: true, size: 44, color: 'B0471E' }, spacing: { after: 0 } }),
    P('Senior E&I Technician · A-Grade Electrician · FIFO / DIDO', { run: { size: 22 }, spacing: { after: 120 } }),
    H('CAREER OBJECTIVE'), P(p.summary, { run: { size: 19 } }),
    H('TICKETS & LICENCES'),
    T([4806, 2600, 2500], [TR([th('Ticket / licence', 4806), th('Number', 2600), th('Expiry', 2500)], true), ...tickets.map(([a, b, c]) => TR([td(a, 4806), td(b, 2600), td(c, 2500)]))], allLines('C9A08F')),
    H('KEY SKILLS'), T([4953, 4953], skillRows, allLines('C9A08F')),
    H('EMPLOYMENT HISTORY'),
    T([1900, 2500, 2100, 3406], [TR([th('Dates', 1900), th('Employer / site', 2500), th('Position', 2100), th('Duties', 3406)], true), ...jobs], allLines('C9A08F')),
    H('TRAINING'),
    T([1900, 4600, 3406], [TR([th('Completed', 1900), th('Qualification', 4600), th('Provider', 3406)], true), ...[...p.education].reverse().map((e) => TR([td(fmt(e.end, 'MM/YYYY'), 1900), td(e.degree, 4600), td(e.school, 3406)]))], allLines('C9A08F')),
    H('REFEREES'),
    T([3300, 4306, 2300], [TR([th('Name', 3300), th('Position', 4306), th('Mobile', 2300)], true), ...p.referees!.map((r) => TR([td(r.name, 3300), td(r.role, 4306), td(r.phone, 2300)]))], allLines('C9A08F')),
  ];
  return doc('Arial', 19, [{ properties: pageProps(1000), headers: { default: header }, footers: { default: footer }, children }]);
}

// ───────────────────────────── apac-agency-reg (p07, p11, p13; table) ─────────────────────────────
/** Asia-Pacific recruitment agency "candidate registration form" in Word: agency letterhead with its own numbers in the
 *  page header, surname / given-name cells plus a full-name row, a contact-numbers sub-table (type / number / best time)
 *  in a different order per person, primary and secondary e-mail, an ID-document row, employment table From / To. */
export function apacAgencyReg(p: Person): Document {
  const cfg = {
    p07: { agency: 'Harbourline Talent K.K.', agency2: 'ハーバーライン・タレント株式会社', lic: 'Licensed employment agency 13-ユ-318547', tel: 'Tel 03-5555-0123 · Fax 03-5555-0124 · register@harbourline-talent.jp',
      title: 'CANDIDATE REGISTRATION FORM　登録シート', surname: 'YAMAMOTO', given: 'Keiko', native: '山本 恵子（ヤマモト ケイコ）', idL: 'Passport No.', idV: 'TR4418207', dob: '21/09/1988', nat: 'Japanese',
      phones: [['Home 自宅', p.home!, 'After 19:00 JST'], ['Mobile 携帯', p.mobile, 'Any time · SMS OK'], ['Office 勤務先', '045-222-7100 (switchboard)', 'Please do not call']],
      addr: `〒${p.postcode} ${p.street}`, from: 'YYYY/MM' as DateStyle, present: 'Present 現在', font: 'Meiryo', lang: 'en',
      labels: { sec1: 'PERSONAL PARTICULARS', sec2: 'CONTACT NUMBERS', sec3: 'EMPLOYMENT HISTORY (most recent first)', sec4: 'KEY SKILLS', sec5: 'EDUCATION', sec6: 'LANGUAGES & CERTIFICATIONS', decl: 'I confirm that the information given is true and complete and consent to Harbourline Talent K.K. sharing my CV with client companies.' } },
    p11: { agency: 'Crestview Staffing Ltd', agency2: '匯峰人才顧問有限公司', lic: 'EA Licence No. 71832', tel: 'Tel 3188 2001 · Fax 3188 2002 · cv@crestview-staffing.com.hk',
      title: '求職者登記表 CANDIDATE REGISTRATION FORM', surname: '區 AU', given: '家豪 Ka Ho', native: '區家豪', idL: '香港身份證號碼 HKID No.', idV: p.idNo!, dob: '11/1989', nat: '中國香港 Hong Kong SAR',
      phones: [['手提 Mobile', p.mobile, '隨時 Any time（WhatsApp）'], ['辦公室 Office', p.office!, '午飯時間 Lunch only'], ['住宅 Home', p.home!, '晚上 Evening']],
      addr: p.street, from: 'MM/YYYY' as DateStyle, present: '現在 Present', font: 'PMingLiU', lang: 'zh',
      labels: { sec1: '個人資料 PERSONAL PARTICULARS', sec2: '聯絡電話 CONTACT NUMBERS', sec3: '工作經驗 EMPLOYMENT HISTORY', sec4: '專業技能 KEY SKILLS', sec5: '學歷 EDUCATION', sec6: '語言及證書 LANGUAGES & CERTIFICATES', decl: '本人聲明上述資料均屬真確，並同意貴公司將本人履歷轉交客戶公司作招聘用途。 I declare the above is true and consent to its use for recruitment.' } },
    p13: { agency: 'Lionsgate Search Pte Ltd', agency2: '', lic: 'EA Licence No. 19C9871 · UEN 201912345K', tel: 'Tel 6221 0380 · registrations@lionsgatesearch.sg',
      title: 'CANDIDATE REGISTRATION FORM', surname: 'TAN', given: 'Jia Hui, Jolene', native: '陈嘉慧', idL: 'NRIC / FIN', idV: p.idNo!, dob: '03/08/1988', nat: 'Singapore Citizen',
      phones: [['Home', p.home!, 'Evenings'], ['Office', p.office!, 'Office hours'], ['Mobile (HP)', p.mobile, 'Any time (WhatsApp)']],
      addr: `${p.street}, Singapore ${p.postcode}`, from: 'MM/YYYY' as DateStyle, present: 'Present', font: 'Arial', lang: 'mixed',
      labels: { sec1: 'PERSONAL PARTICULARS', sec2: 'CONTACT NUMBERS', sec3: 'EMPLOYMENT HISTORY (latest first)', sec4: 'KEY SKILLS', sec5: 'EDUCATION', sec6: 'LANGUAGES & CERTIFICATION', decl: 'I declare that the information above is accurate and I consent to Lionsgate Search Pte Ltd collecting and disclosing my personal data under the PDPA for recruitment purposes.' } },
  }[p.id as 'p07' | 'p11' | 'p13'];
  const W = 9906;
  const header = new Header({ children: [
    P([R(cfg.agency, { bold: true, size: 22, color: '243B53' }), R(cfg.agency2 ? `　${cfg.agency2}` : '', { size: 18, color: '243B53' })], { spacing: { after: 0 } }),
    P(`${cfg.lic} · ${cfg.tel}`, { run: { size: 15, color: '555555' }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '243B53', space: 2 } } }),
  ] });
  const footer = new Footer({ children: [P([R('Form CR-02 rev.4 · Confidential · ', { size: 15 }), ...pageNo('Page ', ' of ', 15)], { alignment: AlignmentType.RIGHT })] });
  const sec = (t: string) => TR([C([P(t, { run: { bold: true, size: 18, color: 'FFFFFF' }, spacing: { after: 0 } })], { shade: '243B53', span: 4 })]);
  const lab = (t: string, w: number) => C([P(t, { run: { size: 16, bold: true, color: '243B53' }, spacing: { after: 0 } })], { w, shade: 'E8EEF4', margins: 30 });
  const val = (t: string, w: number, span?: number) => C([P(t, { run: { size: 18 }, spacing: { after: 0 } })], { w, span, margins: 30 });
  const w4 = [2100, 2853, 2100, 2853];
  const particulars = T(w4, [
    sec(cfg.labels.sec1),
    TR([lab(p.id === 'p11' ? '全名 Full name' : 'Full name (as in passport / NRIC)', 2100), val(p.id === 'p13' ? `${p.nameAlt}  ${p.name}` : p.id === 'p11' ? `${p.name}  ${p.nameAlt}` : p.name, 7806, 3)]),
    TR([lab(p.id === 'p11' ? '姓 Surname' : 'Surname / Family name', 2100), val(cfg.surname, 2853), lab(p.id === 'p11' ? '名 Given name' : 'Given name(s)', 2100), val(cfg.given, 2853)]),
    TR([lab(p.id === 'p13' ? 'Chinese name' : p.id === 'p11' ? '英文姓名 English name' : 'Name in Japanese', 2100), val(p.id === 'p11' ? 'AU Ka Ho' : cfg.native, 2853), lab(p.id === 'p11' ? '出生日期 Date of birth' : 'Date of birth', 2100), val(cfg.dob, 2853)]),
    TR([lab(cfg.idL, 2100), val(cfg.idV, 2853), lab(p.id === 'p11' ? '國籍 Nationality' : 'Nationality', 2100), val(cfg.nat, 2853)]),
    TR([lab(p.id === 'p11' ? '住址 Address' : 'Residential address', 2100), val(cfg.addr, 7806, 3)]),
    TR([lab(p.id === 'p11' ? '電郵（主要）Primary e-mail' : 'E-mail (primary)', 2100), val(p.email, 2853), lab(p.id === 'p11' ? '電郵（其他）Other e-mail' : 'E-mail (secondary)', 2100), val(p.email2!, 2853)]),
  ], allLines('8CA0B3'));
  const phones = T([2600, 3600, 3706], [
    TR([C([P(cfg.labels.sec2, { run: { bold: true, size: 18, color: 'FFFFFF' }, spacing: { after: 0 } })], { shade: '243B53', span: 3 })]),
    TR([lab(p.id === 'p11' ? '類別 Type' : 'Type', 2600), lab(p.id === 'p11' ? '號碼 Number' : 'Number', 3600), lab(p.id === 'p11' ? '方便致電時間 Best time to call' : 'Best time to call', 3706)]),
    ...cfg.phones.map(([a, b, c]) => TR([val(a, 2600), val(b, 3600), val(c, 3706)])),
  ], allLines('8CA0B3'));
  const jw = [1250, 1250, 2700, 2400, 2306];
  const newest = newestFirst(p.work);
  const reason = (i: number): string => {
    if (i === 0) return p.id === 'p11' ? '現職 Current' : 'Current employer';
    const promoted = newest[i - 1].company === newest[i].company;
    if (p.id === 'p11') return promoted ? '內部晉升 Promoted' : '尋求發展 Career move';
    return promoted ? 'Internal promotion' : 'Career move';
  };
  const emp = T(jw, [
    TR([C([P(cfg.labels.sec3, { run: { bold: true, size: 18, color: 'FFFFFF' }, spacing: { after: 0 } })], { shade: '243B53', span: 5 })]),
    TR([lab(p.id === 'p11' ? '由 From' : 'From', jw[0]), lab(p.id === 'p11' ? '至 To' : 'To', jw[1]), lab(p.id === 'p11' ? '公司 Company' : 'Company', jw[2]), lab(p.id === 'p11' ? '職位 Position' : 'Position', jw[3]), lab(p.id === 'p11' ? '離職原因 Reason for leaving' : 'Reason for leaving', jw[4])], true),
    ...newestFirst(p.work).map((j, i) => TR([val(fmt(j.start, cfg.from), jw[0]), val(j.end ? fmt(j.end, cfg.from) : cfg.present, jw[1]), val(j.company, jw[2]), val(j.title, jw[3]),
      val(reason(i), jw[4])])),
  ], allLines('8CA0B3'));
  const duties = T([W], [TR([C([P(p.id === 'p11' ? '現職主要職責 Main duties (current post)' : 'Main duties (current post)', { run: { bold: true, size: 16, color: '243B53' }, spacing: { after: 20 } }), ...bullets(p.work[p.work.length - 1].bullets, { size: 18 })], { w: W })])], allLines('8CA0B3'));
  const sk = skillList(p);
  const skRows: TableRow[] = [TR([C([P(cfg.labels.sec4, { run: { bold: true, size: 18, color: 'FFFFFF' }, spacing: { after: 0 } })], { shade: '243B53', span: 2 })])];
  for (let i = 0; i < sk.length; i += 2) skRows.push(TR([val(sk[i], W / 2), val(sk[i + 1] ?? '', W / 2)]));
  const ew = [2600, 3900, 3406];
  const edu = T(ew, [
    TR([C([P(cfg.labels.sec5, { run: { bold: true, size: 18, color: 'FFFFFF' }, spacing: { after: 0 } })], { shade: '243B53', span: 3 })]),
    ...p.education.map((e) => TR([val(`${fmt(e.start, cfg.from)} – ${fmt(e.end, cfg.from)}`, ew[0]), val(e.school, ew[1]), val(e.degree, ew[2])])),
  ], allLines('8CA0B3'));
  const lang = T([W / 2, W / 2], [
    TR([C([P(cfg.labels.sec6, { run: { bold: true, size: 18, color: 'FFFFFF' }, spacing: { after: 0 } })], { shade: '243B53', span: 2 })]),
    TR([C(p.languages.map((l) => P(l, { run: { size: 18 }, spacing: { after: 0 } })), { w: W / 2 }), C(p.certs.map((l) => P(l, { run: { size: 18 }, spacing: { after: 0 } })), { w: W / 2 })]),
  ], allLines('8CA0B3'));
  const gap = () => P('', { spacing: { after: 0 }, run: { size: 12 } });
  const children = [
    P(cfg.title, { run: { bold: true, size: 28, color: '243B53' }, alignment: AlignmentType.CENTER, spacing: { after: 40 } }),
    P(p.id === 'p11' ? '請以正楷填寫 Please complete in full' : 'Registration date: 17/11/2026 · Consultant code: ' + (p.id === 'p07' ? 'HT-KM' : 'LS-RW'), { run: { size: 16, color: '555555' }, alignment: AlignmentType.CENTER, spacing: { after: 120 } }),
    particulars, gap(), phones, gap(), emp, duties, gap(), T([W / 2, W / 2], skRows, allLines('8CA0B3')), gap(), edu, gap(), lang,
    new Paragraph({ spacing: { before: 120, after: 0 }, children: [R(cfg.labels.decl, { size: 16 }), R(p.id === 'p11' ? '簽署 Signature：＿＿＿＿＿＿＿＿　日期 Date：17/11/2026' : 'Signature: ______________________    Date: 17/11/2026', { size: 18, break: 1 })] }),
  ];
  return doc('Arial', 18, [{ properties: pageProps(800), headers: { default: header }, footers: { default: footer }, children }], p.id === 'p07' ? 'MS Mincho' : p.id === 'p11' ? 'PMingLiU' : 'SimSun');
}

// ───────────────────────────── zh-lianxi-grid (p08, p12; table) ─────────────────────────────
/** 2000年代人才网下载的 Word 表格简历：「联系方式」自成一块（竖排合并标签）——手机、办公电话（转分机）、邮编、身份证号、
 *  QQ、微信、两个电子邮箱挤在同一格子区；工作经历 起止时间 / 工作单位 / 职务 / 主要职责。 */
export function zhLianxiGrid(p: Person): Document {
  const p08 = p.id === 'p08';
  const W = 9906;
  const style: DateStyle = p08 ? 'YYYY.MM' : 'YYYY/MM';
  const sep = p08 ? '-' : '—';
  const b = allLines('000000', 6);
  const L = (t: string, w: number, rows?: number) => C([P(t, { run: { bold: true, size: 20 }, alignment: AlignmentType.CENTER, spacing: { after: 0 } })], { w, rows, shade: 'EDEDED', vAlign: VerticalAlign.CENTER });
  const V = (t: string, w: number, span?: number) => C([P(t, { run: { size: 20 }, spacing: { after: 0 } })], { w, span, vAlign: VerticalAlign.CENTER });
  const Sec = (t: string) => TR([C([P(t, { run: { bold: true, size: 22 }, spacing: { after: 0 } })], { span: 6, shade: 'C9D6E3' })]);
  const w6 = [1300, 1950, 1300, 1950, 1300, 2106];
  const rows: TableRow[] = [
    Sec('基本信息'),
    TR([L('姓　　名', w6[0]), V(p.name, w6[1]), L('性　　别', w6[2]), V('男', w6[3]), L('出生年月', w6[4]), V(p08 ? '1986.07' : '1991.05', w6[5])]),
    TR([L('民　　族', w6[0]), V('汉', w6[1]), L('籍　　贯', w6[2]), V(p08 ? '湖南岳阳' : '湖南衡阳', w6[3]), L('政治面貌', w6[4]), V(p08 ? '中共党员' : '群众', w6[5])]),
    TR([L('学　　历', w6[0]), V('本科', w6[1]), L('专　　业', w6[2]), V(p08 ? '会计学' : '电子信息工程', w6[3]), L('职　　称', w6[4]), V(p08 ? '中级会计师' : '电子工程师（中级）', w6[5])]),
    TR([L('求职意向', w6[0]), V(p08 ? '财务经理 / 财务总监（北京）' : '硬件测试经理 / 高级硬件测试工程师（深圳、东莞）', w6[1] + w6[2] + w6[3] + w6[4] + w6[5], 5)]),
    Sec('联系方式'),
    TR([L('手　　机', w6[0]), V(p.mobile, w6[1]), L('办公电话', w6[2]), V(p.office!, w6[3] + w6[4] + w6[5], 3)]),
    TR([L('邮政编码', w6[0]), V(p.postcode, w6[1]), L('身份证号', w6[2]), V(p.idNo!, w6[3] + w6[4] + w6[5], 3)]),
    TR([L('Q　　Q', w6[0]), V(p08 ? '735022186' : '418863027', w6[1]), L('微　　信', w6[2]), V(p08 ? 'oyjy_1986' : '同手机号', w6[3] + w6[4] + w6[5], 3)]),
    TR([L('电子邮箱', w6[0]), V(p.email, w6[1] + w6[2] + w6[3], 3), L('备用邮箱', w6[4]), V(p.email2!, w6[5])]),
    TR([L('通讯地址', w6[0]), V(p.street, W - w6[0], 5)]),
  ];
  const head = T(w6, rows, b);
  const jw = [2050, 2900, 1500, 3456];
  const jobs = T(jw, [
    TR([C([P('工作经历', { run: { bold: true, size: 22 }, spacing: { after: 0 } })], { span: 4, shade: 'C9D6E3' })]),
    TR([L('起止时间', jw[0]), L('工作单位', jw[1]), L('职　　务', jw[2]), L('主要职责', jw[3])]),
    ...newestFirst(p.work).map((j) => TR([V(range(j, style, sep, '至今'), jw[0]), V(j.company, jw[1]), V(j.title, jw[2]), C(j.bullets.map((x) => P(x, { run: { size: 19 }, spacing: { after: 20 } })), { w: jw[3] })])),
  ], b);
  const ew = [2050, 2900, 2500, 2456];
  const edu = T(ew, [
    TR([C([P('教育经历', { run: { bold: true, size: 22 }, spacing: { after: 0 } })], { span: 4, shade: 'C9D6E3' })]),
    TR([L('起止时间', ew[0]), L('学　　校', ew[1]), L('专　　业', ew[2]), L('学历 / 学位', ew[3])]),
    ...p.education.map((e) => TR([V(`${fmt(e.start, style)}${sep}${fmt(e.end, style)}`, ew[0]), V(e.school, ew[1]), V(e.degree.split(' ')[0], ew[2]), V('本科 / 学士', ew[3])])),
  ], b);
  const other = T([1300, W - 1300], [
    TR([L('专业技能', 1300), V(skillList(p).join('、'), W - 1300)]),
    TR([L('资格证书', 1300), V(p.certs.join('；'), W - 1300)]),
    TR([L('外语水平', 1300), V(p.languages.join('；'), W - 1300)]),
    TR([L('自我评价', 1300), V(p.summary, W - 1300)]),
  ], b);
  const children = [
    P('个　人　简　历', { run: { bold: true, size: 36 }, alignment: AlignmentType.CENTER, spacing: { after: 200 } }),
    head, P('', { spacing: { after: 60 } }), jobs, P('', { spacing: { after: 60 } }), edu, P('', { spacing: { after: 60 } }), other,
  ];
  return doc('Times New Roman', 20, [{ properties: pageProps(1000), children }], 'SimSun');
}

// ───────────────────────────── zh-yejiao-2col (p09, p10; two-column) ─────────────────────────────
/** 中文 Word 简历：标题一栏，正文为带分隔线的不等宽两栏节（窄栏 基本信息/技能/证书/教育，分栏符，宽栏 工作经历）；
 *  手机、邮箱只写在页脚里。p10 用繁体。 */
export function zhYejiao2col(p: Person): Document {
  const p10 = p.id === 'p10';
  const t = (s: string, tc: string) => (p10 ? tc : s);
  const ink = p10 ? '5B2C6F' : '1F4E79';
  const H = (s: string) => P(s, { run: { bold: true, size: 22, color: ink }, spacing: { before: 160, after: 60 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: ink, space: 1 } } });
  const style: DateStyle = 'YYYY.MM';
  const footer = new Footer({ children: [
    P(p10 ? `行動電話：${p.mobile}　｜　市話：${p.home}　｜　E-mail：${p.email}` : `手机：${p.mobile}（微信同号）　｜　邮箱：${p.email}　｜　QQ邮箱：${p.email2}`, { run: { size: 17, color: '444444' }, alignment: AlignmentType.CENTER, spacing: { after: 0 }, border: { top: { style: BorderStyle.SINGLE, size: 4, color: ink, space: 3 } } }),
    P(p10 ? `通訊地址：${p.postcode} ${p.street}` : `现居：${p.street}（${p.postcode}）`, { run: { size: 16, color: '666666' }, alignment: AlignmentType.CENTER }),
  ] });
  const top = [
    P(p.name, { run: { bold: true, size: 48, color: ink }, spacing: { after: 40 } }),
    P(p10 ? `${p.nameAlt}　｜　求職意向：${p.headline}（新竹／竹南）` : `求职意向：${p.headline} / 内容营销负责人　｜　上海`, { run: { size: 21 }, spacing: { after: 120 }, border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: ink, space: 4 } } }),
  ];
  const left = [
    H(t('基本信息', '基本資料')),
    ...(p10 ? ['性別：女', `出生：${p.dob}`, '學歷：碩士', '兵役：免役', '居住地：新竹市東區'] : ['性别：女', '出生：1993年2月', '学历：本科', '现居：上海徐汇', '状态：在职，看机会']).map((x) => P(x, { run: { size: 19 } })),
    H(t('专业技能', '專業技能')), ...bullets(skillList(p), { size: 19 }),
    H(t('语言能力', '語言能力')), ...p.languages.map((x) => P(x, { run: { size: 19 } })),
    H(t('证书', '證照')), ...p.certs.map((x) => P(x, { run: { size: 19 } })),
    H(t('教育背景', '學歷')), ...[...p.education].reverse().flatMap((e) => [P(e.school, { run: { bold: true, size: 19 }, spacing: { after: 0 } }), P(e.degree, { run: { size: 19 }, spacing: { after: 0 } }), P(`${fmt(e.start, style)} - ${fmt(e.end, style)}`, { run: { size: 18, color: '666666' } })]),
    new Paragraph({ children: [new ColumnBreak()] }),
  ];
  const right = [
    H(t('自我评价', '自我介紹')), P(p.summary, { run: { size: 20 } }),
    H(t('工作经历', '工作經歷')),
    ...newestFirst(p.work).flatMap((j) => [
      P([R(j.company, { bold: true, size: 20 })], { spacing: { before: 100, after: 0 } }),
      P([R(j.title, { size: 20, color: ink }), R(`　${fmt(j.start, style)} - ${j.end ? fmt(j.end, style) : t('至今', '現在')}　${j.town}`, { size: 19, color: '666666' })], { spacing: { after: 30 } }),
      ...bullets(j.bullets, { size: 19 }),
    ]),
  ];
  const cols = { count: 2, separate: true, equalWidth: false, children: [new Column({ width: 3000, space: 400 }), new Column({ width: 6506 })] };
  return doc(p10 ? 'Arial' : 'Arial', 20, [
    { properties: pageProps(1000), footers: { default: footer }, children: top },
    { properties: { ...pageProps(1000), type: SectionType.CONTINUOUS, column: cols }, footers: { default: footer }, children: [...left, ...right] },
  ], p10 ? 'Microsoft JhengHei' : 'Microsoft YaHei');
}

// ───────────────────────────── de-absender (p16; single) ─────────────────────────────
/** German-style Lebenslauf (written in English) whose contact sits only in a right-aligned DIN-5008-like letterhead in
 *  the page header (Mobil / Festnetz / E-Mail / Web), dates in a left tab column ("since 04/2022"), place/date and
 *  name at the end, "Seite x von y" footer. */
export function deAbsender(p: Person): Document {
  const header = new Header({ children: [
    P([R(`${p.name}  ·  Haoran Sun`, { bold: true, size: 22 })], { alignment: AlignmentType.RIGHT, spacing: { after: 0 } }),
    P(`${p.street} · ${p.postcode} ${p.town}`, { run: { size: 17 }, alignment: AlignmentType.RIGHT, spacing: { after: 0 } }),
    P('Mobil: +49 (0)151 4127 8830', { run: { size: 17 }, alignment: AlignmentType.RIGHT, spacing: { after: 0 } }),
    P(`Festnetz: ${p.home}`, { run: { size: 17 }, alignment: AlignmentType.RIGHT, spacing: { after: 0 } }),
    P(`E-Mail: ${p.email}`, { run: { size: 17 }, alignment: AlignmentType.RIGHT, spacing: { after: 0 } }),
    P(`Web: ${p.web} · ${p.email2}`, { run: { size: 17 }, alignment: AlignmentType.RIGHT, spacing: { after: 0 }, border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '808080', space: 4 } } }),
  ] });
  const footer = new Footer({ children: [P([R(`${p.name} (Haoran Sun) · Lebenslauf · `, { size: 15, color: '666666' }), ...pageNo('Seite ', ' von ', 15)], { alignment: AlignmentType.CENTER })] });
  const TAB = 2100;
  const H = (s: string) => P(s, { run: { bold: true, size: 23, color: '333333' }, spacing: { before: 220, after: 80 }, border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '333333', space: 1 } } });
  const row = (left: string, right: TextRun[], o: Partial<IParagraphOptions> = {}) => new Paragraph({ tabStops: [{ type: TabStopType.LEFT, position: TAB }], indent: { left: TAB, hanging: TAB }, spacing: { after: 30 }, ...o, children: [R(left, { size: 19 }), R('\t'), ...right] });
  const ind = (s: string, o: Omit<IRunOptions, 'text'> = {}) => new Paragraph({ indent: { left: TAB }, spacing: { after: 20 }, children: [R(s, { size: 19, ...o })] });
  const exp = newestFirst(p.work).flatMap((j) => [
    row(j.end ? `${fmt(j.start, 'MM/YYYY')} – ${fmt(j.end, 'MM/YYYY')}` : `since ${fmt(j.start, 'MM/YYYY')}`, [R(j.title, { bold: true, size: 20 })], { spacing: { before: 80, after: 0 } }),
    ind(`${j.company}, ${j.town}`, { italics: true }),
    ...j.bullets.map((b) => new Paragraph({ indent: { left: TAB + 240, hanging: 200 }, spacing: { after: 10 }, children: [R(`– ${b}`, { size: 19 })] })),
  ]);
  const children = [
    P('Lebenslauf / Curriculum Vitae', { run: { bold: true, size: 36 }, spacing: { before: 120, after: 60 } }),
    P(`${p.name} (SUN Haoran) — ${p.headline}`, { run: { size: 22 }, spacing: { after: 120 } }),
    H('Persönliche Daten / Personal details'),
    row('Name', [R(`Haoran Sun (${p.name})`, { size: 19 })]),
    row('Geboren / Born', [R(`${p.dob} in Suzhou, China`, { size: 19 })]),
    row('Nationality', [R('Chinese (settlement permit, unrestricted work permit)', { size: 19 })]),
    row('Familienstand', [R('ledig / single', { size: 19 })]),
    H('Berufserfahrung / Professional experience'), ...exp,
    H('Ausbildung / Education'),
    ...[...p.education].reverse().flatMap((e) => [row(`${fmt(e.start, 'MM/YYYY')} – ${fmt(e.end, 'MM/YYYY')}`, [R(e.degree, { bold: true, size: 20 })]), ind(`${e.school}, ${e.town}`, { italics: true })]),
    H('Kenntnisse / Skills'),
    row('Technical', [R(skillList(p).join(', '), { size: 19 })]),
    H('Sprachen / Languages'), row('', [R(p.languages.join(' · '), { size: 19 })]),
    H('Zertifikate / Certificates'), ...p.certs.map((c) => row('', [R(c, { size: 19 })])),
    P('München, 18.11.2026', { run: { size: 19 }, spacing: { before: 360, after: 280 } }),
    P('Haoran Sun', { run: { size: 22, italics: true }, spacing: { after: 0 } }),
  ];
  return doc('Arial', 19, [{ properties: pageProps(1000, { titlePage: false }), headers: { default: header }, footers: { default: footer }, children }], 'SimSun');
}

export const docxTemplates = { usRefsheet, word2cellCtcfoot, auHdrTickets, apacAgencyReg, zhLianxiGrid, zhYejiao2col, deAbsender };
