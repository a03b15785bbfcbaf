/** DOCX templates of heldout-45, built with the `docx` package. LibreOffice's PDF of each is a document too. */
import { deflateSync } from 'node:zlib';
import {
  AlignmentType, BorderStyle, Document, Footer, Header, HeightRule, ImageRun, PageNumber, Paragraph, ShadingType,
  TabStopType, Table, TableCell, TableLayoutType, TableRow, Textbox, TextRun, VerticalAlignTable, WidthType,
  type IParagraphOptions, type IRunOptions, type ISectionOptions,
} from 'docx';
import { d, dayEnd, dayStart, type Style } from './fmt.ts';
import { printed, type Job, type Person } from './people.ts';

/* ---------------------------------------------------------------- helpers */
const CM = 567;
type RunIn = string | TextRun | ImageRun;
const R = (text: string, o: Omit<IRunOptions, 'text'> = {}) => new TextRun({ text, ...o });
/** A run of page-number fields and text. */
const RP = (children: IRunOptions['children'], o: Omit<IRunOptions, 'text' | 'children'> = {}) => new TextRun({ children, ...o });
function P(children: RunIn | RunIn[], o: Omit<IParagraphOptions, 'children'> = {}): Paragraph {
  const arr = Array.isArray(children) ? children : [children];
  return new Paragraph({ ...o, children: arr.map((c) => (typeof c === 'string' ? new TextRun(c) : c)) });
}
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const line = (color = '000000', size = 6) => ({ style: BorderStyle.SINGLE, size, color });
const grid = (color = '000000', size = 6) => ({ top: line(color, size), bottom: line(color, size), left: line(color, size), right: line(color, size), insideHorizontal: line(color, size), insideVertical: line(color, size) });
function C(children: (Paragraph | Table)[] | Paragraph | string, o: { w?: number; span?: number; rows?: number; fill?: string; v?: 'top' | 'center' | 'bottom'; m?: number } = {}): TableCell {
  const ch = typeof children === 'string' ? [P(children)] : Array.isArray(children) ? children : [children];
  return new TableCell({
    children: ch,
    width: o.w ? { size: o.w, type: WidthType.DXA } : undefined,
    columnSpan: o.span, rowSpan: o.rows,
    shading: o.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: o.fill } : undefined,
    verticalAlign: o.v === 'center' ? VerticalAlignTable.CENTER : o.v === 'bottom' ? VerticalAlignTable.BOTTOM : VerticalAlignTable.TOP,
    margins: o.m !== undefined ? { top: o.m, bottom: o.m, left: o.m + 60, right: o.m + 60 } : undefined,
  });
}
const skillsOf = (p: Person) => p.skills.map(printed);
const newestFirst = (p: Person): Job[] => [...p.work].reverse();
const A4 = { width: 11906, height: 16838 };
const LETTER = { width: 12240, height: 15840 };

/* ---------------------------------------------------------------- a photo placeholder as PNG */
function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) { c ^= b; for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1)); }
  return ~c >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
/** A grey head-and-shoulders silhouette, 150×200 px. */
export function silhouettePng(bg: [number, number, number] = [213, 219, 225], fg: [number, number, number] = [143, 154, 166]): Buffer {
  const W = 150, H = 200;
  const raw = Buffer.alloc((W * 3 + 1) * H);
  for (let yy = 0; yy < H; yy++) {
    raw[yy * (W * 3 + 1)] = 0;
    for (let xx = 0; xx < W; xx++) {
      const head = (xx - 75) ** 2 + (yy - 78) ** 2 < 35 ** 2;
      const sh = yy > 128 && ((xx - 75) / 68) ** 2 + ((yy - 200) / 72) ** 2 < 1;
      const c = head || sh ? fg : bg;
      raw.set(c, yy * (W * 3 + 1) + 1 + xx * 3);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(W, 0); ihdr.writeUInt32BE(H, 4); ihdr[8] = 8; ihdr[9] = 2; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
const photo = (w: number, hgt: number, bg?: [number, number, number], fg?: [number, number, number]) =>
  new ImageRun({ type: 'png', data: silhouettePng(bg, fg), transformation: { width: w, height: hgt }, altText: { name: 'Photo', description: 'Photo', title: 'Photo' } });

const doc = (sections: ISectionOptions[], font = 'Arial', size = 20, eastAsia?: string, title = 'CV') =>
  new Document({
    creator: 'Microsoft Office User', title,
    styles: { default: { document: { run: { font: eastAsia ? { ascii: font, hAnsi: font, eastAsia, cs: font } : font, size } } } },
    sections,
  });

/* ================================================================ footer-contact (p02) */
export function footerContact(p: Person): Document {
  const TW = 11906 - 2 * 1134;
  const accent = '8A1538';
  const H = (t: string) => P(R(t.toUpperCase(), { bold: true, color: accent, size: 21, characterSpacing: 30 }), { spacing: { before: 260, after: 100 }, border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: accent, space: 2 } } });
  const jobs = newestFirst(p).flatMap((j) => [
    P([R(j.title, { bold: true }), R('\t'), R(`${d(j.start, 'MM.YYYY')} – ${j.end ? d(j.end, 'MM.YYYY') : 'present'}`, { color: '555555' })], { tabStops: [{ type: TabStopType.RIGHT, position: TW }], spacing: { before: 120 }, keepNext: true }),
    P(R(`${j.company}, ${j.town}${j.kind ? ` (${j.kind.toLowerCase()})` : ''}`, { italics: true }), { keepNext: true }),
    ...j.duties.map((x) => P(x, { bullet: { level: 0 } })),
    ...(j.start === '2020-03' && p.careerBreak ? [P([R(p.careerBreak.note, { italics: true, color: '666666' }), R('\t'), R(`${d(p.careerBreak.start, 'MM.YYYY')} – ${d(p.careerBreak.end, 'MM.YYYY')}`, { color: '666666' })], { tabStops: [{ type: TabStopType.RIGHT, position: TW }], spacing: { before: 120 } })] : []),
  ]);
  const sk = skillsOf(p);
  const skillRows: Paragraph[] = [];
  for (let i = 0; i < sk.length; i += 2) skillRows.push(P([R(`▪ ${sk[i]}`), R('\t'), R(sk[i + 1] ? `▪ ${sk[i + 1]}` : '')], { tabStops: [{ type: TabStopType.LEFT, position: TW / 2 }] }));
  const footer = new Footer({ children: [
    P([R('Marie-Claire DUBOIS', { bold: true, color: accent, size: 18 }), R('   ·   Natel +41 79 412 86 53   ·   Tél. +41 22 738 41 05', { size: 16 }), R('\t'), RP([PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES], { size: 16 })],
      { tabStops: [{ type: TabStopType.RIGHT, position: TW }], border: { top: { style: BorderStyle.SINGLE, size: 6, color: accent, space: 4 } } }),
    P(R(`${p.email}   ·   ${p.address}, ${p.postcode} ${p.city}`, { size: 16, color: '555555' })),
  ] });
  const children = [
    P(R('QUALITY ASSURANCE MANAGER', { bold: true, size: 36, color: accent, characterSpacing: 40 })),
    P(R('Medical devices  ·  ISO 13485  ·  EU MDR  ·  French / English / German', { size: 20, color: '555555' }), { spacing: { after: 160 } }),
    P(p.summary, { spacing: { after: 80 } }),
    H('Professional experience'), ...jobs,
    H('Education'), ...p.education.flatMap((e) => [P([R(e.degree, { bold: true }), R('\t'), R(`${d(e.start, 'MM.YYYY')} – ${d(e.end, 'MM.YYYY')}`)], { tabStops: [{ type: TabStopType.RIGHT, position: TW }] }), P(R(`${e.school}, ${e.town}`, { italics: true }))]),
    H('Skills'), ...skillRows,
    H('Languages'), P(p.languages.join('  ·  ')),
    H('Certificates'), P(p.certificates.join('  ·  ')),
    H('Personal details'), P('Born 14.03.1986 in Annecy (France)  ·  French citizen, Swiss permit C  ·  married, two children  ·  driving licence B'),
    P('Genève, 20 November 2026', { spacing: { before: 400 } }),
    P(R('Marie-Claire Dubois', { italics: true, size: 28, font: 'Liberation Serif', color: '1A3D8F' }), { spacing: { before: 200 } }),
  ];
  return doc([{ properties: { page: { size: A4, margin: { top: 1134, bottom: 1400, left: 1134, right: 1134, footer: 500 } } }, footers: { default: footer }, children }], 'Arial', 20, undefined, 'CV');
}

/* ================================================================ nl-kop (p03) */
export function nlKop(p: Person): Document {
  const TW = 11906 - 2 * 1304;
  const blue = '1F4E79';
  const H = (t: string) => P(R(t, { bold: true, color: blue, size: 23 }), { spacing: { before: 240, after: 80 }, border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: 'A6A6A6', space: 1 } } });
  const kv = (a: string, b: string) => P([R(a, { color: '595959' }), R('\t'), R(b)], { tabStops: [{ type: TabStopType.LEFT, position: 3200 }], indent: { left: 3200, hanging: 3200 } });
  const header = new Header({ children: [P([R('Curriculum vitae', { color: '7F7F7F', size: 18 }), R('\t'), R('ir. Pieter van der Berg', { bold: true, color: blue, size: 20 })], { tabStops: [{ type: TabStopType.RIGHT, position: TW }], border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: blue, space: 3 } } })] });
  const footer = new Footer({ children: [P([RP(['Pagina ', PageNumber.CURRENT, ' van ', PageNumber.TOTAL_PAGES], { size: 16, color: '7F7F7F' })], { alignment: AlignmentType.CENTER })] });
  const jobs = newestFirst(p).flatMap((j) => [
    P([R(`${j.company}, ${j.town}`, { bold: true }), R('\t'), R(`${d(j.start, 'nl')} – ${j.end ? d(j.end, 'nl') : 'heden'}`)], { tabStops: [{ type: TabStopType.RIGHT, position: TW }], spacing: { before: 140 }, keepNext: true }),
    P(R(j.title + (j.kind ? ` (afstudeerstage / ${j.kind.toLowerCase()})` : ''), { italics: true }), { keepNext: true }),
    ...j.duties.map((x) => P(x, { bullet: { level: 0 } })),
  ]);
  const sk = skillsOf(p);
  const rows: Paragraph[] = [];
  for (let i = 0; i < sk.length; i += 2) rows.push(P([R(`•  ${sk[i]}`), R('\t'), R(sk[i + 1] ? `•  ${sk[i + 1]}` : '')], { tabStops: [{ type: TabStopType.LEFT, position: 4400 }] }));
  const children = [
    H('Personal details (Personalia)'),
    kv('Name (naam)', 'Van der Berg, P.J. (Pieter)'), kv('Title (titel)', 'ir. (MSc)'),
    kv('Address (adres)', `${p.address}, ${p.postcode} ${p.city}`),
    kv('Telephone (vast)', p.other.home), kv('Mobile (mobiel)', p.mob.nat), kv('E-mail', p.email),
    kv('Date of birth', '3 februari 1987, Zwolle'), kv('Nationality', 'Nederlandse (Dutch)'), kv('Driving licence (rijbewijs)', 'B'),
    H('Profile'), P(p.summary),
    H('Work experience (Werkervaring)'), ...jobs,
    H('Education (Opleidingen)'), ...p.education.flatMap((e) => [P([R(`${e.school}, ${e.town}`, { bold: true }), R('\t'), R(`${d(e.start, 'nl')} – ${d(e.end, 'nl')}`)], { tabStops: [{ type: TabStopType.RIGHT, position: TW }], spacing: { before: 100 } }), P(R(e.degree, { italics: true }))]),
    H('Skills (Vaardigheden)'), ...rows,
    H('Languages (Talen)'), P(p.languages.join('   ·   ')),
    H('Courses and certificates'), P(p.certificates.join('   ·   ')),
    H('Other'), P('Member of the Dutch Royal Institute of Engineers (KIVI) · volunteer at the Utrecht rowing club · references available on request (referenties op aanvraag)'),
  ];
  return doc([{ properties: { page: { size: A4, margin: { top: 1300, bottom: 1100, left: 1304, right: 1304, header: 560, footer: 500 } } }, headers: { default: header }, footers: { default: footer }, children }], 'Arial', 20, undefined, 'Curriculum vitae');
}

/* ================================================================ zh-yemei (p09) */
export function zhYemei(p: Person): Document {
  const TW = 11906 - 2 * 1191;
  const blue = '2E5C8A';
  const font = 'Arial';
  const H = (t: string) => P(R(` ${t} `, { bold: true, color: 'FFFFFF', size: 22 }), { shading: { type: ShadingType.CLEAR, color: 'auto', fill: blue }, spacing: { before: 220, after: 100 } });
  const header = new Header({ children: [P([R('欧阳晓峰 ｜ 嵌入式研发 ｜ 个人简历', { size: 18, color: blue, bold: true }), R('\t'), RP(['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'], { size: 16, color: '7F7F7F' })], { tabStops: [{ type: TabStopType.RIGHT, position: TW }], border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: blue, space: 2 } } })] });
  const footer = new Footer({ children: [P(R(`手机：135-1246-8830（微信同号）　邮箱：${p.email}　QQ：${p.other.qq}　地址：东莞松山湖（${p.postcode}）`, { size: 16, color: '595959' }), { alignment: AlignmentType.CENTER, border: { top: { style: BorderStyle.SINGLE, size: 4, color: 'A6A6A6', space: 2 } } })] });
  const tabs = [{ type: TabStopType.LEFT, position: 2900 }, { type: TabStopType.RIGHT, position: TW }];
  const jobs = newestFirst(p).flatMap((j) => [
    P([R(`${d(j.start, 'YYYY年M月')} - ${j.end ? d(j.end, 'YYYY年M月') : '至今'}`, { bold: true }), R('\t'), R(j.company, { bold: true }), R('\t'), R(j.title, { bold: true })], { tabStops: tabs, spacing: { before: 120 }, keepNext: true }),
    ...j.duties.map((x, i) => P(`${i + 1}. ${x}`, { indent: { left: 2900 } })),
  ]);
  const children = [
    P([R('求职意向：', { bold: true }), R('嵌入式研发经理　　期望薪资：35K–45K　　工作地点：东莞 / 深圳　　到岗时间：1个月内')], { spacing: { after: 100 } }),
    H('基本情况'),
    P('性别：男　　出生年月：1987年9月　　籍贯：湖南郴州　　学历：本科　　工作年限：16年　　婚姻状况：已婚'),
    P(`公司电话：${p.other.office}（工作时间）　　现住址：${p.address}`),
    H('工作经历'), ...jobs,
    H('教育经历'), ...p.education.map((e) => P([R(`${d(e.start, 'YYYY年M月')} - ${d(e.end, 'YYYY年M月')}`), R('\t'), R(e.school), R('\t'), R(e.degree)], { tabStops: tabs })),
    H('专业技能'), ...skillsOf(p).map((s) => P(`◆ ${s}`)),
    H('证书与语言'), P([...p.certificates, ...p.languages].join('；')),
    H('自我评价'), P(p.summary),
  ];
  return doc([{ properties: { page: { size: A4, margin: { top: 1300, bottom: 1200, left: 1191, right: 1191, header: 560, footer: 560 } } }, headers: { default: header }, footers: { default: footer }, children }], font, 20, '宋体', '个人简历');
}

/* ================================================================ us-cpa (p07) */
export function usCpa(p: Person): Document {
  const TW = LETTER.width - 2 * 1080;
  const H = (t: string) => P(R(t, { bold: true, size: 21, characterSpacing: 20 }), { spacing: { before: 200, after: 60 }, border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 1 } } });
  const footer = new Footer({ children: [P([R('Darnell Whitaker Jr., CPA — Page ', { size: 16, color: '666666' }), RP([PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], { size: 16, color: '666666' })], { alignment: AlignmentType.RIGHT })] });
  const groups: Job[][] = [];
  for (const j of newestFirst(p)) {
    const g = groups[groups.length - 1];
    if (g && g[0].company === j.company) g.push(j); else groups.push([j]);
  }
  const exp = groups.flatMap((g) => [
    P([R(g[0].company.toUpperCase(), { bold: true }), R(`, ${g[0].town}`)], { spacing: { before: 140 }, keepNext: true }),
    ...g.flatMap((j) => [
      P([R(j.title + (j.kind ? ` (${j.kind})` : ''), { italics: true, bold: true }), R('\t'), R(`${d(j.start, 'Month YYYY')} – ${j.end ? d(j.end, 'Month YYYY') : 'Present'}`)], { tabStops: [{ type: TabStopType.RIGHT, position: TW }], keepNext: true, spacing: { before: 40 } }),
      ...j.duties.map((x) => P(x, { bullet: { level: 0 } })),
    ]),
  ]);
  const sk = skillsOf(p);
  const third = TW / 3;
  const skRows: Paragraph[] = [];
  for (let i = 0; i < sk.length; i += 3) skRows.push(P([R(`• ${sk[i]}`), R('\t'), R(sk[i + 1] ? `• ${sk[i + 1]}` : ''), R('\t'), R(sk[i + 2] ? `• ${sk[i + 2]}` : '')], { tabStops: [{ type: TabStopType.LEFT, position: third }, { type: TabStopType.LEFT, position: 2 * third }] }));
  const children = [
    P(R('DARNELL “DEE” WHITAKER JR., CPA', { bold: true, size: 34, font: 'Times New Roman' }), { alignment: AlignmentType.CENTER }),
    P(R(`${p.address}, Atlanta, GA ${p.postcode}`, { size: 19 }), { alignment: AlignmentType.CENTER }),
    P(R(`Cell: ${p.mob.nat}  |  Office: ${p.other.office}  |  Fax: ${p.other.fax}  |  ${p.email}`, { size: 19 }), { alignment: AlignmentType.CENTER }),
    P(R(`Georgia CPA License No. ${p.other.license} (active)  ·  AICPA member #01183427`, { size: 18, italics: true, color: '444444' }), { alignment: AlignmentType.CENTER, spacing: { after: 120 } }),
    H('PROFESSIONAL SUMMARY'), P(p.summary),
    H('AREAS OF EXPERTISE'), ...skRows,
    H('PROFESSIONAL EXPERIENCE'), ...exp,
    H('EDUCATION'), ...p.education.map((e) => P([R(e.school, { bold: true }), R(`, ${e.town} — ${e.degree}`), R('\t'), R(d(e.end, 'Month YYYY'))], { tabStops: [{ type: TabStopType.RIGHT, position: TW }] })),
    H('LICENSES & AFFILIATIONS'), ...p.certificates.map((c) => P(c, { bullet: { level: 0 } })), P('American Institute of CPAs (AICPA); Georgia Society of CPAs', { bullet: { level: 0 } }),
    H('LANGUAGES'), P(p.languages.join('; ')),
  ];
  return doc([{ properties: { page: { size: LETTER, margin: { top: 1000, bottom: 1000, left: 1080, right: 1080, footer: 480 } } }, footers: { default: footer }, children }], 'Times New Roman', 21, undefined, 'Resume');
}

/* ================================================================ vn-soyeu (p06) */
export function vnSoyeu(p: Person): Document {
  const TW = 11906 - 1418 - 1134;
  const T = (t: string, o: Omit<IRunOptions, 'text'> = {}) => R(t, { font: 'Times New Roman', size: 24, ...o });
  const lbl = (t: string) => P(T(t, { bold: true, size: 22 }));
  const val = (t: string) => P(T(t, { size: 22 }));
  const sec = (t: string) => P(T(t, { bold: true, size: 24 }), { spacing: { before: 240, after: 80 } });
  const motto = [
    P(T('SOCIALIST REPUBLIC OF VIETNAM', { bold: true }), { alignment: AlignmentType.CENTER }),
    P(T('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 20 }), { alignment: AlignmentType.CENTER }),
    P(T('Independence – Freedom – Happiness', { bold: true, underline: {} }), { alignment: AlignmentType.CENTER, spacing: { after: 200 } }),
  ];
  const head = new Table({
    width: { size: TW, type: WidthType.DXA }, columnWidths: [2400, TW - 2400], borders: noBorders,
    rows: [new TableRow({ children: [
      new TableCell({ width: { size: 2400, type: WidthType.DXA }, borders: { top: line(), bottom: line(), left: line(), right: line() }, verticalAlign: VerticalAlignTable.CENTER,
        children: [P(photo(96, 128), { alignment: AlignmentType.CENTER }), P(T('Photo 4×6 (Ảnh 4x6)', { size: 16, italics: true }), { alignment: AlignmentType.CENTER })] }),
      new TableCell({ width: { size: TW - 2400, type: WidthType.DXA }, verticalAlign: VerticalAlignTable.CENTER, borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
        children: [P(T('CURRICULUM VITAE', { bold: true, size: 36 }), { alignment: AlignmentType.CENTER }), P(T('(SƠ YẾU LÝ LỊCH – personal background statement)', { italics: true, size: 20 }), { alignment: AlignmentType.CENTER }),
          P(T('Application for the position of: Finance Manager', { size: 20 }), { alignment: AlignmentType.CENTER, spacing: { before: 200 } })] }),
    ] })],
  });
  const w1 = 3300;
  const pairs: [string, string][] = [
    ['1. Full name (in capitals)', 'NGUYỄN THỊ THU HÀ'], ['    Gender', 'Female'],
    ['2. Other name(s)', 'None'], ['3. Date of birth', '12/08/1991'],
    ['4. Place of birth', 'Tân An, Long An'], ['5. Hometown', 'Châu Thành, Long An'],
    ['6. Permanent residence', `${p.address}, ${p.city}`],
    ['7. Citizen ID card (CCCD) No.', `${p.other.cccd} – issued 15/04/2021 by the Police Department for Administrative Management of Social Order`],
    ['8. Ethnicity / Religion', 'Kinh / None'],
    ['9. Mobile phone', p.mob.nat], ['    Office phone', p.other.office], ['10. E-mail', p.email],
    ['11. Education level', 'Bachelor’s degree (university)'], ['12. Foreign languages', p.languages.join('; ')],
  ];
  const personal = new Table({
    width: { size: TW, type: WidthType.DXA }, columnWidths: [w1, TW - w1], borders: grid('7F7F7F', 4),
    rows: pairs.map(([a, b]) => new TableRow({ children: [C(lbl(a), { w: w1, fill: 'F2F2F2' }), C(a.startsWith('1.') ? P(T(b, { bold: true, size: 22 })) : val(b), { w: TW - w1 })] })),
  });
  const fam = new Table({
    width: { size: TW, type: WidthType.DXA }, columnWidths: [1400, 2500, 1100, 4332], borders: grid('7F7F7F', 4),
    rows: [
      new TableRow({ tableHeader: true, children: ['Relation', 'Full name', 'Year of birth', 'Occupation and address'].map((t) => C(lbl(t), { fill: 'D9D9D9' })) }),
      ...[['Father', 'Nguyễn Văn Tâm', '1962', 'Farmer, Châu Thành, Long An'], ['Mother', 'Trần Thị Lan', '1965', 'Retired teacher, Châu Thành, Long An'], ['Husband', 'Lê Minh Quân', '1989', 'Software engineer, Thủ Đức City']].map((r) => new TableRow({ children: r.map((t) => C(val(t))) })),
    ],
  });
  const edu = new Table({
    width: { size: TW, type: WidthType.DXA }, columnWidths: [2200, 3800, 3332], borders: grid('7F7F7F', 4),
    rows: [new TableRow({ children: ['From – To', 'School', 'Degree / major'].map((t) => C(lbl(t), { fill: 'D9D9D9' })) }),
      ...p.education.map((e) => new TableRow({ children: [C(val(`${d(e.start, 'MM/YYYY')} – ${d(e.end, 'MM/YYYY')}`)), C(val(`${e.school}, ${e.town}`)), C(val(e.degree))] }))],
  });
  const work = new Table({
    width: { size: TW, type: WidthType.DXA }, columnWidths: [1350, 1350, 2900, 1600, TW - 7200], borders: grid('7F7F7F', 4),
    rows: [new TableRow({ tableHeader: true, children: ['From (mm/yyyy)', 'To (mm/yyyy)', 'Organisation', 'Position', 'Main duties'].map((t) => C(lbl(t), { fill: 'D9D9D9' })) }),
      ...p.work.map((j) => new TableRow({ cantSplit: true, children: [C(val(d(j.start, 'MM/YYYY'))), C(val(j.end ? d(j.end, 'MM/YYYY') : 'Present')), C(val(`${j.company}, ${j.town}`)), C(val(j.title)), C(j.duties.map((x) => P(T(`- ${x}`, { size: 19 }))))] }))],
  });
  const sk = skillsOf(p);
  const skills = new Table({
    width: { size: TW, type: WidthType.DXA }, columnWidths: [TW / 2, TW / 2], borders: grid('7F7F7F', 4),
    rows: Array.from({ length: Math.ceil(sk.length / 2) }, (_, i) => new TableRow({ children: [C(val(sk[2 * i])), C(val(sk[2 * i + 1] ?? ''))] })),
  });
  const sign = new Table({
    width: { size: TW, type: WidthType.DXA }, columnWidths: [TW / 2, TW / 2], borders: noBorders,
    rows: [new TableRow({ children: [
      C([P(T('CERTIFICATION OF THE LOCAL AUTHORITY', { bold: true, size: 20 }), { alignment: AlignmentType.CENTER }), P(T('(Ward 5 People’s Committee, Phú Nhuận District)', { italics: true, size: 18 }), { alignment: AlignmentType.CENTER }), P(T('', { size: 18 }), { spacing: { after: 700 } })]),
      C([P(T('Ho Chi Minh City, 20/11/2026', { italics: true, size: 22 }), { alignment: AlignmentType.CENTER }), P(T('DECLARANT', { bold: true, size: 22 }), { alignment: AlignmentType.CENTER }), P(T('(signature and full name)', { italics: true, size: 18 }), { alignment: AlignmentType.CENTER, spacing: { after: 500 } }), P(T('Nguyễn Thị Thu Hà', { bold: true, size: 22 }), { alignment: AlignmentType.CENTER })]),
    ] })],
  });
  const children = [
    ...motto, head,
    sec('I. PERSONAL BACKGROUND'), personal,
    sec('II. FAMILY RELATIONS'), fam,
    sec('III. EDUCATION AND TRAINING'), edu,
    sec('IV. WORK HISTORY'), work,
    sec('V. PROFESSIONAL SKILLS'), skills,
    sec('VI. CERTIFICATES'), ...p.certificates.map((c) => P(T(`- ${c}`, { size: 22 }))),
    sec('VII. REWARDS AND DISCIPLINE'), P(T('Rewards: Best Employee of the Year 2020 (Mekong Fresh Foods JSC). Discipline: none.', { size: 22 })),
    P(T('I hereby declare that the above statements are true and I take full responsibility for them.', { italics: true, size: 22 }), { spacing: { before: 200, after: 200 } }),
    sign,
  ];
  return doc([{ properties: { page: { size: A4, margin: { top: 1000, bottom: 1000, left: 1418, right: 1134 } } }, children }], 'Times New Roman', 22, undefined, 'So yeu ly lich');
}

/* ================================================================ zh-gezi (p12, p10) */
function idCheck(id17: string): string {
  const wts = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...id17].reduce((a, ch, i) => a + Number(ch) * wts[i], 0);
  return '10X98765432'[sum % 11];
}
export function zhGezi(p: Person): Document {
  const p12 = p.id === 'p12';
  const TW = 11906 - 2 * 1000;
  const N = 24; const cw = Math.floor(TW / N);
  const widths = Array(N).fill(cw);
  const S = (t: string, o: Omit<IRunOptions, 'text'> = {}) => R(t, { size: 19, ...o });
  const L = (t: string, span: number, extra: { rows?: number } = {}) => C(P(S(t, { bold: true }), { alignment: AlignmentType.CENTER }), { span, fill: 'EDEDED', v: 'center', rows: extra.rows });
  const V = (t: string, span: number, center = false) => C(P(S(t), { alignment: center ? AlignmentType.CENTER : AlignmentType.LEFT }), { span, v: 'center' });
  const id17 = p12 ? '43052119820815451' : '11010819941107321';
  const id = id17 + idCheck(id17);
  const f = p12
    ? { name: '张建国', old: p.other.oldName, sex: '男', dob: '1982年8月', nation: '汉', native: '湖南邵阳', post: '设备主管', pay: '12000–15000元/月', mob: p.mob.nat, home: '无', mail: p.email, qq: `QQ ${p.other.qq}`, addr: p.address, zip: p.postcode, emg: '李秀英', rel: '妻子', emgTel: p.other.emergency }
    : { name: '李思远', old: '无', sex: '男', dob: '1994年11月', nation: '汉', native: '北京', post: '数据分析经理', pay: '40K–50K/月', mob: p.mob.nat, home: p.other.emergency, mail: p.email, qq: '微信同手机号', addr: p.address, zip: p.postcode, emg: '李国平', rel: '父亲', emgTel: p.other.emergency };
  const refs = p12
    ? ['陈师傅 0769-8553 1120', '刘经理 0769-8237 6604', '刘经理 0769-8237 6604', '周厂长 0769-8118 4906']
    : ['王组长 010-6551 2037', '王组长 010-6551 2037', '赵总监 010-5733 8819', '孙总 010-8486 2210'];
  const why = p12 ? ['在职', '寻求发展', '内部晋升', '工厂搬迁'] : ['在职', '业务调整', '寻求发展', '实习结束']; // newest first
  const rows: TableRow[] = [
    new TableRow({ height: { value: 480, rule: HeightRule.ATLEAST }, children: [L('姓　名', 3), V(f.name, 4, true), L('曾用名', 3), V(f.old, 3, true), L('性　别', 3), V(f.sex, 4, true),
      new TableCell({ columnSpan: 4, rowSpan: 5, verticalAlign: VerticalAlignTable.CENTER, children: [P(photo(72, 96), { alignment: AlignmentType.CENTER }), P(S('一寸照片', { size: 15, color: '7F7F7F' }), { alignment: AlignmentType.CENTER })] })] }),
    new TableRow({ height: { value: 480, rule: HeightRule.ATLEAST }, children: [L('出生年月', 3), V(f.dob, 4, true), L('民　族', 3), V(f.nation, 3, true), L('籍　贯', 3), V(f.native, 4, true)] }),
    new TableRow({ height: { value: 480, rule: HeightRule.ATLEAST }, children: [L('应聘岗位', 3), V(f.post, 7), L('期望薪资', 3), V(f.pay, 7)] }),
    new TableRow({ height: { value: 480, rule: HeightRule.ATLEAST }, children: [L('手机号码', 3), V(f.mob, 7), L('家庭电话', 3), V(f.home, 7)] }),
    new TableRow({ height: { value: 480, rule: HeightRule.ATLEAST }, children: [L('电子邮箱', 3), V(f.mail, 7), L('QQ/微信', 3), V(f.qq, 7)] }),
    new TableRow({ height: { value: 460, rule: HeightRule.ATLEAST }, children: [L('身份证号码', 6), ...[...id].map((ch) => V(ch, 1, true))] }),
    new TableRow({ children: [L('现住址', 3), V(f.addr, 13), L('邮　编', 3), V(f.zip, 5, true)] }),
    new TableRow({ children: [L('紧急联系人', 3), V(f.emg, 5, true), L('关系', 2), V(f.rel, 3, true), L('联系电话', 3), V(f.emgTel, 8)] }),
    new TableRow({ children: [C(P(S('教 育 经 历（从最高学历填起）', { bold: true }), { alignment: AlignmentType.CENTER }), { span: N, fill: 'D6DCE4' })] }),
    new TableRow({ children: [L('起止年月', 6), L('学校名称', 9), L('专业', 5), L('学历', 4)] }),
    ...p.education.map((e) => { const [maj, deg] = e.degree.split(' '); return new TableRow({ children: [V(`${d(e.start, 'YYYY.MM')}—${d(e.end, 'YYYY.MM')}`, 6, true), V(e.school, 9), V(maj, 5, true), V(deg ?? '', 4, true)] }); }),
    new TableRow({ children: [C(P(S('工 作 经 历（从最近一份工作写起）', { bold: true }), { alignment: AlignmentType.CENTER }), { span: N, fill: 'D6DCE4' })] }),
    new TableRow({ children: [L('起始年月', 3), L('终止年月', 3), L('工作单位', 7), L('职　务', 3), L('离职原因', 3), L('证明人及电话', 5)] }),
    ...newestFirst(p).map((j, i) => new TableRow({ cantSplit: true, children: [V(d(j.start, 'YYYY.MM'), 3, true), V(j.end ? d(j.end, 'YYYY.MM') : '至今', 3, true), V(j.company, 7), V(j.title, 3, true), V(why[i] ?? '', 3, true), V(refs[p.work.length - 1 - i] ?? '', 5)] })),
    new TableRow({ children: [L('专业技能', 4), V(skillsOf(p).join('、'), 20)] }),
    new TableRow({ children: [L('资格证书', 4), V(p.certificates.join('；'), 8), L('语言能力', 4), V(p.languages.join('；'), 8)] }),
    new TableRow({ children: [L('主要工作内容', 4), C(newestFirst(p).slice(0, 2).flatMap((j) => [P(S(`${j.company}（${j.title}）：`, { bold: true })), ...j.duties.map((x) => P(S(`· ${x}`)))]), { span: 20 })] }),
    new TableRow({ children: [C([P(S('本人承诺：以上所填内容真实有效，如有虚假，公司可随时解除劳动合同且不予任何补偿。', {})), P(S(`本人签名：${p.name}　　　　　　日期：2026年11月18日`), { alignment: AlignmentType.RIGHT, spacing: { before: 200 } })], { span: N })] }),
  ];
  const table = new Table({ width: { size: cw * N, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED, borders: grid('000000', 6), rows });
  const children = [
    P(R(p12 ? '东莞精锐模具科技有限公司' : '北京橙序科技有限公司', { size: 22, bold: true }), { alignment: AlignmentType.CENTER }),
    P(R('应 聘 人 员 登 记 表', { size: 36, bold: true }), { alignment: AlignmentType.CENTER, spacing: { after: 80 } }),
    P([R('编号：', { size: 18 }), R(p12 ? 'HR-2026-1187' : 'ZP-2026-0342', { size: 18 }), R('\t'), R('填表日期：2026年11月18日', { size: 18 })], { tabStops: [{ type: TabStopType.RIGHT, position: cw * N }] }),
    table,
  ];
  return doc([{ properties: { page: { size: A4, margin: { top: 900, bottom: 900, left: 1000, right: 1000 } } }, children }], 'Arial', 19, '宋体', '应聘人员登记表');
}

/* ================================================================ bem-cv (p05) */
export function bemCv(p: Person): Document {
  const TW = 11906 - 2 * 1134;
  const green = '1E5631';
  const S = (t: string, o: Omit<IRunOptions, 'text'> = {}) => R(t, { size: 19, ...o });
  const sec = (t: string) => P(R(t, { bold: true, color: 'FFFFFF', size: 20 }), { shading: { type: ShadingType.CLEAR, color: 'auto', fill: green }, spacing: { before: 220, after: 80 }, keepNext: true });
  const kvTable = (rows: [string, string][]) => new Table({
    width: { size: TW, type: WidthType.DXA }, columnWidths: [3000, TW - 3000], borders: grid('999999', 4),
    rows: rows.map(([a, b]) => new TableRow({ children: [C(P(S(a, { bold: true })), { w: 3000, fill: 'EAF1EC' }), C(P(S(b)), { w: TW - 3000 })] })),
  });
  const head = (cols: string[], widths: number[]) => new TableRow({ tableHeader: true, children: cols.map((t, i) => C(P(S(t, { bold: true })), { w: widths[i], fill: 'D3E3D8' })) });
  const ew = [1900, 2900, 2000, TW - 6800];
  const emp = new Table({
    width: { size: TW, type: WidthType.DXA }, columnWidths: ew, borders: grid('999999', 4),
    rows: [head(['Period', 'Company', 'Position', 'Key Responsibilities'], ew),
      ...newestFirst(p).map((j) => new TableRow({ cantSplit: true, children: [
        C(P(S(`${d(j.start, 'ukMon YYYY')} – ${j.end ? d(j.end, 'ukMon YYYY') : 'To date'}`)), { w: ew[0] }),
        C([P(S(j.company, { bold: true })), P(S(j.town, { italics: true, color: '555555' }))], { w: ew[1] }),
        C(P(S(j.title + (j.kind ? ` (${j.kind})` : ''))), { w: ew[2] }),
        C(j.duties.map((x) => P(S(x), { bullet: { level: 0 } })), { w: ew[3] }),
      ] }))],
  });
  const rw = [2600, 2500, 1500, TW - 6600];
  const reg = new Table({
    width: { size: TW, type: WidthType.DXA }, columnWidths: rw, borders: grid('999999', 4),
    rows: [head(['Body', 'Registration', 'No.', 'Since'], rw),
      new TableRow({ children: [C(P(S('Board of Engineers Malaysia (BEM)'))), C(P(S('Professional Engineer with Practising Certificate'))), C(P(S('PEPC 21847'))), C(P(S('March 2019')))] }),
      new TableRow({ children: [C(P(S('The Institution of Engineers, Malaysia (IEM)'))), C(P(S('Corporate Member (MIEM)'))), C(P(S(p.other.iem))), C(P(S('2018')))] }),
      new TableRow({ children: [C(P(S('Suruhanjaya Tenaga (Energy Commission)'))), C(P(S('Competent Person – Chargeman A4'))), C(P(S('PW4-0-08215'))), C(P(S('2014')))] })],
  });
  const sk = skillsOf(p);
  const sw = [TW / 2, TW / 2];
  const skills = new Table({ width: { size: TW, type: WidthType.DXA }, columnWidths: sw, borders: grid('999999', 4),
    rows: Array.from({ length: Math.ceil(sk.length / 2) }, (_, i) => new TableRow({ children: [C(P(S(`${2 * i + 1}. ${sk[2 * i]}`))), C(P(S(sk[2 * i + 1] ? `${2 * i + 2}. ${sk[2 * i + 1]}` : '')))] })) });
  const fw = [3400, 3000, TW - 6400];
  const refs = new Table({ width: { size: TW, type: WidthType.DXA }, columnWidths: fw, borders: grid('999999', 4),
    rows: [head(['Referee', 'Designation / Company', 'Contact'], fw),
      new TableRow({ children: [C(P(S('Ir. Dr. Lim Kok Seng'))), C(P(S('Technical Director, Arus Perdana Consult Sdn. Bhd.'))), C(P(S(`H/P ${p.other.referee}`)))] }),
      new TableRow({ children: [C(P(S('Ir. Hajah Rosnah binti Yusof'))), C(P(S('Former Head of Department, Kejuruteraan Lumut Jaya Sdn. Bhd.'))), C(P(S(`H/P ${p.other.referee2}`)))] })] });
  const children = [
    P(R('CURRICULUM VITAE', { bold: true, size: 28, color: green, characterSpacing: 60 }), { alignment: AlignmentType.CENTER }),
    P(R('Ir. AHMAD FAIZAL BIN ABDULLAH', { bold: true, size: 30 }), { alignment: AlignmentType.CENTER, spacing: { before: 80 } }),
    P(R('P.Eng. (BEM) · MIEM · Principal Engineer (Power Systems)', { size: 19, color: '555555' }), { alignment: AlignmentType.CENTER }),
    sec('PERSONAL PARTICULARS'),
    kvTable([
      ['Name (as per NRIC)', 'Ahmad Faizal bin Abdullah'], ['NRIC No.', p.other.ic], ['Date of Birth / Age', '12 April 1988 / 38 years'],
      ['Nationality / Race / Religion', 'Malaysian / Malay / Islam'], ['Marital Status', 'Married, 3 children'],
      ['Contact No. (H/P)', p.mob.nat], ['Tel. (Office)', p.other.office], ['Fax (Office)', p.other.fax], ['E-mail', p.email],
      ['Correspondence Address', `${p.address}, ${p.postcode} ${p.city}`], ['Expected Salary', 'RM 15,500 (negotiable)'], ['Notice Period', '1 month'],
    ]),
    sec('PROFESSIONAL REGISTRATION'), reg,
    sec('EMPLOYMENT HISTORY'), emp,
    sec('TECHNICAL SKILLS'), skills,
    sec('ACADEMIC QUALIFICATION'),
    kvTable(p.education.map((e) => [`${d(e.start, 'ukMon YYYY')} – ${d(e.end, 'ukMon YYYY')}`, `${e.degree}, ${e.school}, ${e.town} (CGPA 3.41)`] as [string, string]).concat([['2005', 'Sijil Pelajaran Malaysia (SPM) – 8A, Sekolah Menengah Kebangsaan Taman Melati']])),
    sec('LANGUAGES'), kvTable([['Bahasa Melayu', 'Spoken: Excellent · Written: Excellent'], ['English', 'Spoken: Excellent · Written: Good']]),
    sec('CERTIFICATIONS'), ...p.certificates.map((c) => P(S(c), { bullet: { level: 0 } })),
    sec('REFEREES'), refs,
    P(S('I hereby declare that the information given above is true to the best of my knowledge.', { italics: true }), { spacing: { before: 200 } }),
    P(S('(AHMAD FAIZAL BIN ABDULLAH)          Date: 20 November 2026'), { spacing: { before: 300 } }),
  ];
  return doc([{ properties: { page: { size: A4, margin: { top: 1000, bottom: 1000, left: 1134, right: 1134 } } }, children }], 'Arial', 19, undefined, 'CV');
}

/* ================================================================ modelocv-es (p04) */
export function modelocvEs(p: Person): Document {
  const TW = 11906 - 2 * 850;
  const LW = 3700; const RW = TW - LW;
  const teal = '1B6F7A';
  const lh = (t: string) => P(R(t, { bold: true, color: 'FFFFFF', size: 19, characterSpacing: 30 }), { spacing: { before: 260, after: 80 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'FFFFFF', space: 1 } } });
  const lt = (t: string, o: Omit<IRunOptions, 'text'> = {}) => P(R(t, { color: 'FFFFFF', size: 17, ...o }), { spacing: { after: 20 } });
  const rh = (t: string) => P(R(t, { bold: true, color: teal, size: 22, characterSpacing: 20 }), { spacing: { before: 240, after: 80 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: teal, space: 1 } } });
  const left = [
    P(photo(110, 146, [230, 236, 238], [150, 170, 176]), { alignment: AlignmentType.CENTER, spacing: { before: 120 } }),
    lh('DATOS PERSONALES · PERSONAL DATA'),
    lt('Fecha de nacimiento / Date of birth', { bold: true }), lt('22/11/1985 (Valladolid)'),
    lt('DNI', { bold: true }), lt('50812347-K'),
    lt('Móvil / Mobile', { bold: true }), lt(`(+34) ${p.mob.nat}`),
    lt('Teléfono fijo / Landline', { bold: true }), lt(p.other.home),
    lt('Email', { bold: true }), lt(p.email),
    lt('Dirección / Address', { bold: true }), lt(`${p.address}`), lt(`${p.postcode} Madrid`),
    lt('Carnet de conducir / Driving licence', { bold: true }), lt('B, vehículo propio (own car)'),
    lh('IDIOMAS · LANGUAGES'), ...p.languages.map((l) => lt(l)),
    lh('HABILIDADES · SKILLS'), ...skillsOf(p).map((s) => lt(`›  ${s}`)),
    lh('CERTIFICADOS'), ...p.certificates.map((s) => lt(s)),
  ];
  const jobs = newestFirst(p).flatMap((j) => [
    P([R(j.title, { bold: true, size: 20 })], { spacing: { before: 140 }, keepNext: true }),
    P([R(`${j.company} · ${j.town}`, { color: teal, size: 19 }), R(`   |   ${d(j.start, 'Month YYYY')} – ${j.end ? `${d(j.end, 'Month YYYY')}` : 'Actualidad (present)'}`, { size: 18, color: '666666' })], { keepNext: true }),
    ...j.duties.map((x) => P(R(x, { size: 19 }), { bullet: { level: 0 } })),
  ]);
  const right = [
    P(R('Alejandro', { bold: true, size: 52, color: '222222' })),
    P(R('de la Fuente Ruiz', { size: 36, color: teal })),
    P(R(p.target.toUpperCase(), { size: 19, color: '666666', characterSpacing: 40 }), { spacing: { after: 60 } }),
    rh('PERFIL · PROFILE'), P(R(p.summary, { size: 19 })),
    rh('EXPERIENCIA PROFESIONAL · EXPERIENCE'), ...jobs,
    rh('FORMACIÓN ACADÉMICA · EDUCATION'), ...p.education.flatMap((e) => [P(R(e.degree, { bold: true, size: 19 }), { spacing: { before: 100 } }), P(R(`${e.school}, ${e.town}   |   ${d(e.start, 'Month YYYY')} – ${d(e.end, 'Month YYYY')}`, { size: 18, color: '666666' }))]),
  ];
  const table = new Table({
    width: { size: TW, type: WidthType.DXA }, columnWidths: [LW, RW], borders: noBorders, layout: TableLayoutType.FIXED,
    rows: [new TableRow({ children: [
      new TableCell({ width: { size: LW, type: WidthType.DXA }, shading: { type: ShadingType.CLEAR, color: 'auto', fill: teal }, margins: { left: 220, right: 220, top: 120, bottom: 120 }, children: left }),
      new TableCell({ width: { size: RW, type: WidthType.DXA }, margins: { left: 360, right: 120, top: 60, bottom: 60 }, children: right }),
    ] })],
  });
  return doc([{ properties: { page: { size: A4, margin: { top: 700, bottom: 700, left: 850, right: 850 } } }, children: [table] }], 'Arial', 19, undefined, 'Currículum Vitae');
}

/* ================================================================ twocell-namephoto (p01, p14) */
export function twocellNamephoto(p: Person): Document {
  const jp = p.id === 'p01';
  const TW = 11906 - 2 * 900;
  const LW = 3500; const RW = TW - LW;
  const navy = jp ? '3B3355' : '0F4C5C';
  const V = jp
    ? { family: 'NAKAMURA', given: 'Keiko', native: '中村 恵子', cap: 'Photo taken October 2026', style: 'YYYY.MM' as Style, now: 'present',
        contact: [['携帯 Mobile', p.mob.nat], ['自宅 Home', p.other.home], ['FAX', p.other.fax], ['E-mail', p.email], ['住所 Address', `〒${p.postcode}`], ['', 'Higashi-Gotanda, Shinagawa-ku, Tokyo']],
        facts: [['Born', '14 June 1989 (37)'], ['Nationality', 'Japanese'], ['TOEIC', '945 (June 2024)']] }
    : { family: 'LIM', given: 'Chee Keong', native: '林志强', cap: 'Passport photo, 2026', style: 'Mon YYYY' as Style, now: 'Present',
        contact: [['HP', p.mob.nat], ['Office (DID)', p.other.office], ['Email', p.email], ['Address', `Blk 418 Tampines St 41, #07-233`], ['', `Singapore ${p.postcode}`]],
        facts: [['NRIC', p.other.nric], ['Date of birth', '05 Oct 1986'], ['NS status', 'Completed (3SG), MR 2016'], ['Notice', '2 months']] };
  const small = (t: string, o: Omit<IRunOptions, 'text'> = {}) => R(t, { size: 17, ...o });
  const lh = (t: string) => P(R(t, { bold: true, size: 18, color: navy, characterSpacing: 40 }), { spacing: { before: 240, after: 60 }, border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: navy, space: 1 } } });
  const left = [
    P(R(V.family, { bold: true, size: 40, color: navy, characterSpacing: 40 }), { spacing: { after: 0 } }),
    P(R(V.given, { size: 30, color: '333333' })),
    P(R(V.native, { size: 24, color: '555555', font: { ascii: 'Arial', eastAsia: jp ? 'MS Mincho' : 'SimSun', hAnsi: 'Arial' } }), { spacing: { after: 160 } }),
    P(photo(100, 133, [226, 228, 235], [140, 146, 166]), { alignment: AlignmentType.LEFT }),
    P(small(`(${V.cap})`, { italics: true, color: '777777' }), { spacing: { after: 100 } }),
    lh('CONTACT'), ...V.contact.map(([a, b]) => P([small(a ? `${a}  ` : '', { bold: true, color: navy }), small(b)])),
    lh('PERSONAL'), ...V.facts.map(([a, b]) => P([small(`${a}: `, { bold: true }), small(b)])),
    lh('SKILLS'), ...skillsOf(p).map((s) => P(small(`▸ ${s}`))),
    lh('LANGUAGES'), ...p.languages.map((s) => P(small(s))),
    lh('CERTIFICATIONS'), ...p.certificates.map((s) => P(small(s))),
  ];
  const rh = (t: string) => P(R(t, { bold: true, size: 22, color: navy }), { spacing: { before: 220, after: 80 } });
  const jobs = newestFirst(p).flatMap((j) => [
    P([R(`${d(j.start, V.style)} – ${j.end ? d(j.end, V.style) : V.now}`, { size: 17, color: '777777' })], { spacing: { before: 140 }, keepNext: true }),
    P([R(j.title, { bold: true, size: 20 }), R(`  |  ${j.company}, ${j.town}`, { size: 19 })], { keepNext: true }),
    ...j.duties.map((x) => P(R(x, { size: 19 }), { bullet: { level: 0 } })),
  ]);
  const right = [
    P(R('RÉSUMÉ', { size: 18, color: '999999', characterSpacing: 120 })),
    P(R(p.target, { bold: true, size: 26, color: '222222' }), { spacing: { after: 100 } }),
    rh('Profile'), P(R(p.summary, { size: 19 })),
    rh('Work experience'), ...jobs,
    rh('Education'), ...p.education.flatMap((e) => [P(R(`${d(e.start, V.style)} – ${d(e.end, V.style)}`, { size: 17, color: '777777' }), { spacing: { before: 100 } }), P([R(e.degree, { bold: true, size: 19 }), R(`  |  ${e.school}, ${e.town}`, { size: 19 })])]),
  ];
  const table = new Table({
    width: { size: TW, type: WidthType.DXA }, columnWidths: [LW, RW], borders: noBorders, layout: TableLayoutType.FIXED,
    rows: [new TableRow({ children: [
      new TableCell({ width: { size: LW, type: WidthType.DXA }, shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'EEF0F4' }, margins: { left: 240, right: 200, top: 200, bottom: 200 }, children: left }),
      new TableCell({ width: { size: RW, type: WidthType.DXA }, margins: { left: 400, right: 100, top: 200, bottom: 100 }, children: right }),
    ] })],
  });
  return doc([{ properties: { page: { size: A4, margin: { top: 800, bottom: 800, left: 900, right: 900 } } }, children: [table] }], 'Arial', 19, jp ? 'MS Mincho' : 'SimSun', 'Resume');
}

/* ================================================================ hk-photo-right (p13) */
export function hkPhotoRight(p: Person): Document {
  const TW = 11906 - 2 * 1000;
  const BOX = 3300; // twips
  const maroon = '7A1F2B';
  const s = (t: string, o: Omit<IRunOptions, 'text'> = {}) => R(t, { size: 17, ...o });
  const bh = (t: string) => P(s(t, { bold: true, color: maroon, size: 17 }), { spacing: { before: 160, after: 40 }, border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: maroon, space: 1 } } });
  const box = new Textbox({
    style: { width: `${BOX / 567}cm`, height: '24.5cm', position: 'absolute', positionHorizontal: 'absolute', positionHorizontalRelative: 'margin', left: `${(TW - BOX) / 567}cm`, positionVertical: 'absolute', positionVerticalRelative: 'margin', top: '0cm', wrapStyle: 'square' },
    children: [
      P(photo(96, 128, [228, 224, 226], [150, 136, 140]), { alignment: AlignmentType.CENTER }),
      P(s('陳嘉欣', { bold: true, size: 26, font: { ascii: 'Arial', eastAsia: 'PMingLiU', hAnsi: 'Arial' } }), { alignment: AlignmentType.CENTER, spacing: { before: 60 } }),
      P(s('CHAN Ka Yan, Karen', { size: 18 }), { alignment: AlignmentType.CENTER }),
      bh('CONTACT'),
      P([s('Mobile: ', { bold: true }), s('(852) 6218 4795')]), P([s('Office: ', { bold: true }), s('(852) 2827 3310 (direct)')]), P([s('Home: ', { bold: true }), s(`(852) ${p.other.home}`)]),
      P([s('Email: ', { bold: true }), s(p.email)]), P(s('Tseung Kwan O, N.T., Hong Kong')),
      bh('PARTICULARS'),
      P([s('HKID: ', { bold: true }), s('Y612345(3)')]), P([s('Date of birth: ', { bold: true }), s('23 Jan 1992')]),
      P([s('Expected salary: ', { bold: true }), s('HK$58,000 × 13')]), P([s('Availability: ', { bold: true }), s('1 month')]),
      bh('SKILLS'), ...skillsOf(p).map((x) => P(s(`• ${x}`))),
      bh('LANGUAGES'), ...p.languages.map((x) => P(s(x))),
      bh('CERTIFICATIONS'), ...p.certificates.map((x) => P(s(x))),
    ],
  });
  const RI = BOX + 300;
  const bodyP = (c: RunIn | RunIn[], o: Omit<IParagraphOptions, 'children'> = {}) => P(c, { ...o, indent: { right: RI, ...(o.indent ?? {}) } });
  const hd = (t: string) => bodyP(R(t, { bold: true, size: 22, color: maroon }), { spacing: { before: 220, after: 80 }, border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: maroon, space: 1 } } });
  const jobs = newestFirst(p).flatMap((j) => [
    bodyP([R(j.company, { bold: true, size: 20 })], { spacing: { before: 140 }, keepNext: true }),
    bodyP([R(j.title, { italics: true, size: 19 }), R(`   (${d(j.start, 'Mon YYYY')} – ${j.end ? d(j.end, 'Mon YYYY') : 'Present'})`, { size: 18, color: '555555' })], { keepNext: true }),
    ...j.duties.map((x) => bodyP(R(x, { size: 19 }), { bullet: { level: 0 } })),
  ]);
  const children = [
    new Paragraph({ children: [], spacing: { after: 0 } }),
    box,
    bodyP(R('CURRICULUM VITAE', { bold: true, size: 32, color: maroon, characterSpacing: 60 })),
    bodyP(R('個人履歷', { size: 20, color: '777777' }), { spacing: { after: 120 } }),
    hd('Career Objective 求職目標'), bodyP(R(`${p.target}. ${p.summary}`, { size: 19 })),
    hd('Employment History 工作經驗'), ...jobs,
    hd('Education 學歷'), ...p.education.flatMap((e) => [bodyP(R(e.school, { bold: true, size: 19 }), { spacing: { before: 100 } }), bodyP(R(`${e.degree} (${d(e.start, 'Mon YYYY')} – ${d(e.end, 'Mon YYYY')})`, { size: 19 }))]),
    bodyP(R('References available upon request.', { italics: true, size: 18, color: '555555' }), { spacing: { before: 240 } }),
  ];
  return doc([{ properties: { page: { size: A4, margin: { top: 1000, bottom: 1000, left: 1000, right: 1000 } } }, children }], 'Arial', 19, 'PMingLiU', 'CV');
}
