/** heldout-22 DOCX templates, written with the `docx` package (LibreOffice later exports each to PDF). */
import {
  AlignmentType, BorderStyle, Document, Footer, Header, Packer, PageNumber, Paragraph, ShadingType, Table, TableCell, TableRow,
  TabStopType, TextRun, VerticalAlign, WidthType, type IRunOptions,
} from 'docx';
import type { Person } from './people.ts';
import { fmt, groups, range, recent, skillTexts } from './lib.ts';

type Font = { ascii: string; hAnsi: string; eastAsia: string; cs?: string };
const F = (latin: string, cjk = 'SimSun'): Font => ({ ascii: latin, hAnsi: latin, eastAsia: cjk });
let FONT: Font = F('Calibri');
const r = (text: string, o: Partial<IRunOptions> = {}) => new TextRun({ text, font: FONT, ...o } as IRunOptions);
const para = (children: TextRun[] | string, o: Record<string, unknown> = {}) =>
  new Paragraph({ children: typeof children === 'string' ? [r(children)] : children, spacing: { after: 60 }, ...o });
const bullet = (t: string) => new Paragraph({ children: [r(t)], bullet: { level: 0 }, spacing: { after: 20 } });
const W = 9638; // A4 text width in twips with ~2 cm margins
const tabR = [{ type: TabStopType.RIGHT, position: W }];
const rule = { bottom: { style: BorderStyle.SINGLE, size: 6, color: '444444', space: 1 } };
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
const A4 = { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } };
const pack = (doc: Document) => Packer.toBuffer(doc);

function cell(children: Paragraph[] | string, width: number, o: Record<string, unknown> = {}) {
  return new TableCell({ children: typeof children === 'string' ? [para(children, { spacing: { after: 0 } })] : children, width: { size: width, type: WidthType.DXA }, verticalAlign: VerticalAlign.CENTER, margins: { top: 40, bottom: 40, left: 80, right: 80 }, ...o });
}
const table = (rows: TableRow[], widths: number[], o: Record<string, unknown> = {}) => new Table({ rows, columnWidths: widths, width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, ...o });

/** Word built-in styles résumé (Title / Heading 1 / List Bullet), as people make from a blank Word document. */
export function officebasic(p: Person): Promise<Buffer> {
  FONT = F('Cambria', 'Microsoft YaHei');
  const h = (t: string) => para([r(t, { bold: true, size: 26, color: '2E74B5' })], { spacing: { before: 240, after: 80 }, border: rule });
  const title = p.latin ? `${p.latin} ${p.name}` : p.name;
  const kids: Paragraph[] = [
    para([r(title, { size: 52, color: '17365D' })], { spacing: { after: 40 } }),
    para([r(p.headline, { size: 24, italics: true, color: '555555' })]),
    para([r(`${p.address}  ·  ${p.phoneShow}  ·  ${p.email}`, { size: 19 })], { spacing: { after: 120 } }),
    h('Summary'), para(p.summary),
    h('Experience'),
  ];
  for (const g of groups(p)) {
    kids.push(para([r(g.company, { bold: true, size: 23 }), r(g.town ? `, ${g.town}` : '', { size: 21 })], { spacing: { before: 120, after: 20 } }));
    for (const j of g.roles) {
      kids.push(para([r(j.title, { italics: true }), r(`\t${range(j, 'Month YYYY', ' – ', 'Present')}`)], { tabStops: tabR, spacing: { after: 20 } }));
      j.bullets.forEach((b) => kids.push(bullet(b)));
    }
  }
  if (p.gapNote) kids.push(para([r(p.gapNote.text, { italics: true })], { spacing: { before: 80 } }));
  kids.push(h('Education'));
  for (const x of p.education) kids.push(para([r(x.degree, { bold: true }), r(`, ${x.school}`), r(`\t${fmt(x.start, 'YYYY-MM').slice(0, 4)} – ${fmt(x.end, 'YYYY-MM').slice(0, 4)}`)], { tabStops: tabR }));
  kids.push(h('Skills'));
  kids.push(para(skillTexts(p).join(' • ')));
  kids.push(h('Certifications & Languages'));
  kids.push(para(`${p.certs.join('; ')}. Languages: ${p.languages.join(', ')}.`));
  return pack(new Document({ sections: [{ properties: A4, children: kids }] }));
}

/** "ATS-friendly" Word résumé (Jobscan-style advice): no tables or columns, contact on one line, "Company — City | Title | MM/YYYY – MM/YYYY". */
export function atsplain(p: Person): Promise<Buffer> {
  FONT = F('Arial', 'SimSun');
  const h = (t: string) => para([r(t.toUpperCase(), { bold: true, size: 22 })], { spacing: { before: 200, after: 60 } });
  const nm = p.latin ? `${p.latin} (${p.name})` : `${p.name}${p.credentials ? `, ${p.credentials}` : ''}`;
  const kids: Paragraph[] = [
    para([r(nm, { bold: true, size: 32 })], { alignment: AlignmentType.CENTER }),
    para([r(`${p.city} | ${p.phoneShow} | ${p.email}`, { size: 20 })], { alignment: AlignmentType.CENTER }),
    h('Professional Summary'), para(p.summary),
    h('Skills'), para(skillTexts(p).join(', ')),
    h('Professional Experience'),
  ];
  for (const j of recent(p)) {
    kids.push(para([r(`${j.company}${j.town ? ` — ${j.town}` : ''} | `, { bold: true }), r(j.title, { bold: true }), r(` | ${range(j, 'MM/YYYY', ' – ', 'Present')}`)], { spacing: { before: 100, after: 20 } }));
    j.bullets.forEach((b) => kids.push(bullet(b)));
  }
  kids.push(h('Education'));
  for (const x of p.education) kids.push(para(`${x.degree}, ${x.school} — ${fmt(x.end, 'MM/YYYY')}`));
  kids.push(h('Certifications'));
  p.certs.forEach((c) => kids.push(bullet(c)));
  return pack(new Document({ sections: [{ properties: A4, children: kids }] }));
}

/** UK CV with the name in the page header and "Page x of y" footer; personal profile, key skills, employment history, references. */
export function letterhead(p: Person): Promise<Buffer> {
  FONT = F('Georgia');
  const h = (t: string) => para([r(t, { bold: true, size: 24, color: '1F4E79' })], { spacing: { before: 220, after: 80 } });
  const header = new Header({ children: [para([r(`${p.name}  ·  Curriculum Vitae`, { size: 18, color: '777777' }), r(`\t${p.email}  ·  ${p.phoneShow}`, { size: 18, color: '777777' })], { tabStops: tabR, border: rule })] });
  const footer = new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 16, font: FONT })] })] });
  const kids: Paragraph[] = [
    para([r(`Thomas “${p.nickname}” Pryce`, { size: 44, bold: true })], { spacing: { after: 20 } }),
    para([r(`${p.address}  |  ${p.phoneShow}  |  ${p.email}  |  github.com/tpryce`, { size: 19 })], { spacing: { after: 40 } }),
    para([r('Full UK driving licence · Eligible to work in the UK', { size: 19, italics: true })]),
    h('Personal Profile'), para(`${p.summary} Outside work I run the Leeds Python meet-up and play five-a-side football badly.`),
    h('Key Skills'), ...skillTexts(p).map(bullet),
    h('Employment History'),
  ];
  recent(p).forEach((j, i) => {
    kids.push(para([r(`${fmt(j.start, 'Mon YYYY')} – ${j.end ? fmt(j.end, 'Mon YYYY') : 'present'}`, { bold: true })], { spacing: { before: 140, after: 10 } }));
    kids.push(para([r(j.title, { bold: true }), r(`, ${j.company}, ${j.town ?? ''}`)], { spacing: { after: 30 } }));
    j.bullets.forEach((b) => kids.push(para(b, { indent: { left: 360 } })));
    if (p.gapNote && i === p.work.length - 1 - (p.gapNote.after + 1)) kids.push(para([r(p.gapNote.text, { italics: true })], { spacing: { before: 140 } }));
  });
  kids.push(h('Education & Qualifications'));
  for (const x of p.education) kids.push(para(`${fmt(x.start, 'YYYY-MM').slice(0, 4)} – ${fmt(x.end, 'YYYY-MM').slice(0, 4)}   ${x.degree}, ${x.school}`));
  kids.push(para('A levels (2011): Mathematics A*, Physics A, Computing A — Hallam Grange Sixth Form'));
  p.certs.forEach((c) => kids.push(para(c)));
  kids.push(h('Interests'), para('Fell running, open-source (maintainer of a small Django admin plug-in), cooking for too many people.'));
  kids.push(h('References'), para('Available on request.'));
  return pack(new Document({ sections: [{ properties: A4, headers: { default: header }, footers: { default: footer }, children: kids }] }));
}

/** East African (Ugandan / Zambian) CV: personal details, career objective, work experience blocks, referees, declaration with signature. */
export function eastafrica(p: Person): Promise<Buffer> {
  FONT = F('Times New Roman');
  const h = (t: string) => para([r(t, { bold: true, size: 24, underline: {} })], { spacing: { before: 200, after: 80 } });
  const kv = (k: string, v: string) => para([r(`${k}:\t`, { bold: true }), r(v)], { tabStops: [{ type: TabStopType.LEFT, position: 2600 }], spacing: { after: 30 } });
  const kids: Paragraph[] = [
    para([r('CURRICULUM VITAE', { bold: true, size: 32 })], { alignment: AlignmentType.CENTER, spacing: { after: 200 } }),
    h('PERSONAL DETAILS'),
    kv('Name', p.name), kv('Date of Birth', p.birth ?? ''), kv('Gender', p.gender ?? ''), kv('Nationality', p.id === 'p05' ? 'Ugandan' : 'Zambian'),
    kv('Marital Status', p.id === 'p05' ? 'Single' : 'Married'), kv('Address', p.address), kv('Telephone', p.phoneShow), kv('Email', p.email),
    h('CAREER OBJECTIVE'), para(p.summary),
    h('EDUCATION BACKGROUND'),
    ...p.education.map((x) => para([r(`${fmt(x.start, 'YYYY-MM').slice(0, 4)} – ${fmt(x.end, 'YYYY-MM').slice(0, 4)}\t`, { bold: true }), r(`${x.school}, ${x.town ?? ''} — ${x.degree}`)], { tabStops: [{ type: TabStopType.LEFT, position: 1800 }] })),
    ...p.certs.map((c) => para([r('Professional:\t', { bold: true }), r(c)], { tabStops: [{ type: TabStopType.LEFT, position: 1800 }] })),
    h('WORK EXPERIENCE'),
  ];
  for (const j of recent(p)) {
    kids.push(kv('Period', range(j, 'Month YYYY', ' to ', 'Date')));
    kids.push(kv('Employer', j.company));
    kids.push(kv('Position', j.title));
    kids.push(para([r('Duties and Responsibilities:', { bold: true })], { spacing: { after: 20 } }));
    j.bullets.forEach((b) => kids.push(bullet(b)));
    kids.push(para('', { spacing: { after: 80 } }));
  }
  if (p.gapNote) kids.push(para([r(p.gapNote.text, { italics: true })]));
  kids.push(h('SKILLS'), ...skillTexts(p).map(bullet));
  kids.push(h('LANGUAGES'), para(p.languages.join(', ')));
  kids.push(h('REFEREES'));
  for (const f of p.referees ?? []) kids.push(para([r(f.name, { bold: true })], { spacing: { after: 0 } }), para(f.role, { spacing: { after: 0 } }), para(`Tel: ${f.phone}`, { spacing: { after: 0 } }), para(`Email: ${f.email}`, { spacing: { after: 120 } }));
  kids.push(h('DECLARATION'), para('I hereby declare that the information given above is true and correct to the best of my knowledge.'),
    para('Signature: ……………………………………', { spacing: { before: 300 } }), para(`Date: 2nd November 2026`));
  return pack(new Document({ sections: [{ properties: A4, children: kids }] }));
}

/** Tabular CV with an "Employment Record" grid (Period | Employer | Position | Key responsibilities), common in East African NGO and public-sector applications. */
export function emptable(p: Person): Promise<Buffer> {
  FONT = F('Arial');
  const shade = { fill: 'D9E2F3', type: ShadingType.CLEAR, color: 'auto' };
  const hdr = (t: string, widths: number[]) => new TableRow({ children: [cell([para([r(t, { bold: true, size: 22 })], { spacing: { after: 0 } })], widths.reduce((a, b) => a + b, 0), { columnSpan: widths.length, shading: { fill: '1F3864', type: ShadingType.CLEAR, color: 'auto' } })] });
  const small = (t: string, bold = false) => [para([r(t, { size: 19, bold })], { spacing: { after: 0 } })];
  const pw = [2600, 7038];
  const kids: (Paragraph | Table)[] = [
    para([r('CURRICULUM VITAE', { bold: true, size: 30 })], { alignment: AlignmentType.CENTER, spacing: { after: 160 } }),
    table([
      new TableRow({ children: [cell(small('PERSONAL INFORMATION', true), W, { columnSpan: 2, shading: shade })] }),
      ...([['Full name', p.name], ['Profession', p.headline], ['Date of birth', p.birth ?? ''], ['Postal address', p.address], ['Mobile', p.phoneShow], ['E-mail', p.email], ['Languages', p.languages.join('; ')]] as const).map(([k, v]) => new TableRow({ children: [cell(small(k, true), pw[0]!), cell(small(v), pw[1]!)] })),
    ], pw),
    para(''),
  ];
  const ew = [1700, 2700, 1900, 3338];
  kids.push(table([
    new TableRow({ children: [cell(small('EMPLOYMENT RECORD', true), W, { columnSpan: 4, shading: shade })] }),
    new TableRow({ tableHeader: true, children: ['Period', 'Employer', 'Position held', 'Key responsibilities'].map((t, i) => cell(small(t, true), ew[i]!)) }),
    ...recent(p).map((j) => new TableRow({ cantSplit: true, children: [cell(small(range(j, 'MM/YYYY', ' – ', 'to date')), ew[0]!), cell(small(j.company), ew[1]!), cell(small(j.title), ew[2]!), cell(j.bullets.map((b) => para([r(`• ${b}`, { size: 19 })], { spacing: { after: 0 } })), ew[3]!)] })),
  ], ew), para(''));
  const dw = [1700, 4600, 3338];
  kids.push(table([
    new TableRow({ children: [cell(small('EDUCATION AND PROFESSIONAL QUALIFICATIONS', true), W, { columnSpan: 3, shading: shade })] }),
    ...p.education.map((x) => new TableRow({ children: [cell(small(`${fmt(x.start, 'YYYY-MM').slice(0, 4)} – ${fmt(x.end, 'YYYY-MM').slice(0, 4)}`), dw[0]!), cell(small(x.school), dw[1]!), cell(small(x.degree), dw[2]!)] })),
    ...p.certs.map((c) => new TableRow({ children: [cell(small(''), dw[0]!), cell(small(c), dw[1]! + dw[2]!, { columnSpan: 2 })] })),
  ], dw), para(''));
  kids.push(table([
    new TableRow({ children: [cell(small('KEY SKILLS', true), W, { columnSpan: 2, shading: shade })] }),
    ...Array.from({ length: Math.ceil(p.skills.length / 2) }, (_, i) => new TableRow({ children: [cell(small(p.skills[2 * i]!.text), W / 2), cell(small(p.skills[2 * i + 1]?.text ?? ''), W / 2)] })),
  ], [W / 2, W / 2]), para(''));
  const rw = [3200, 3900, 2538];
  kids.push(table([
    new TableRow({ children: [cell(small('REFEREES', true), W, { columnSpan: 3, shading: shade })] }),
    ...(p.referees ?? []).map((f) => new TableRow({ children: [cell(small(f.name, true), rw[0]!), cell(small(f.role), rw[1]!), cell(small(`${f.phone}\n`), rw[2]!)] })),
  ], rw));
  kids.push(para('Certification: I, the undersigned, certify that to the best of my knowledge this CV correctly describes me, my qualifications and my experience.', { spacing: { before: 200 } }));
  kids.push(para(`Signed: ______________________        Date: 02/11/2026`, { spacing: { before: 200 } }));
  return pack(new Document({ hyphenation: { autoHyphenation: false }, sections: [{ properties: A4, children: kids }] }));
}

/** Microsoft Word "Modern initials"-style résumé: layout table, left column with an initials block, contact and skills; right column experience. */
export function initials(p: Person): Promise<Buffer> {
  FONT = F('Calibri', 'Microsoft YaHei');
  const lw = 3300, rw = W - lw;
  const nm = p.latin ?? p.name;
  const ini = nm.split(/\s+/).map((w) => w[0]).join('').slice(0, 2);
  const L: Paragraph[] = [
    para([r(ini, { bold: true, size: 56, color: 'FFFFFF' })], { alignment: AlignmentType.CENTER, shading: { fill: 'EA4E4E', type: ShadingType.CLEAR, color: 'auto' }, spacing: { after: 200 } }),
    para([r(p.latin ? `${p.latin}` : p.name, { bold: true, size: 30 })], { spacing: { after: 0 } }),
    ...(p.latin ? [para([r(p.name, { bold: true, size: 30 })])] : []),
    ...(p.credentials ? [para([r(p.credentials, { size: 20, color: '666666' })])] : []),
    para([r(p.headline, { size: 20, color: 'EA4E4E' })], { spacing: { after: 200 } }),
    para([r('OBJECTIVE', { bold: true, size: 20, color: 'EA4E4E' })]), para([r(p.summary, { size: 18 })], { spacing: { after: 200 } }),
    para([r('SKILLS', { bold: true, size: 20, color: 'EA4E4E' })]), ...skillTexts(p).map((s) => para([r(s, { size: 18 })], { spacing: { after: 20 } })),
  ];
  const R: Paragraph[] = [
    para([r(`${p.email}   |   ${p.phoneShow}`, { size: 18, color: '666666' })], { alignment: AlignmentType.RIGHT }),
    para([r(p.address, { size: 18, color: '666666' })], { alignment: AlignmentType.RIGHT, spacing: { after: 240 } }),
    para([r('EXPERIENCE', { bold: true, size: 24, color: 'EA4E4E' })], { border: rule }),
  ];
  for (const j of recent(p)) {
    R.push(para([r(`${j.title.toUpperCase()} • ${j.company.toUpperCase()}`, { bold: true, size: 20 })], { spacing: { before: 120, after: 0 } }));
    R.push(para([r(range(j, 'Mon YYYY', ' – ', 'Present').toUpperCase(), { size: 17, color: '777777' })], { spacing: { after: 20 } }));
    j.bullets.forEach((b) => R.push(para([r(b, { size: 19 })], { spacing: { after: 20 } })));
  }
  R.push(para([r('EDUCATION', { bold: true, size: 24, color: 'EA4E4E' })], { border: rule, spacing: { before: 240 } }));
  for (const x of p.education) R.push(para([r(`${x.degree.toUpperCase()} • ${fmt(x.end, 'Mon YYYY').toUpperCase()}`, { bold: true, size: 20 })], { spacing: { after: 0 } }), para([r(x.school, { size: 19 })]));
  R.push(para([r('CERTIFICATIONS', { bold: true, size: 24, color: 'EA4E4E' })], { border: rule, spacing: { before: 240 } }));
  p.certs.forEach((c) => R.push(para([r(c, { size: 19 })])));
  const t = table([new TableRow({ children: [cell(L, lw, { verticalAlign: VerticalAlign.TOP, margins: { right: 240, left: 0, top: 0, bottom: 0 } }), cell(R, rw, { verticalAlign: VerticalAlign.TOP, margins: { left: 240, right: 0, top: 0, bottom: 0 } })] })], [lw, rw], { borders: noBorders });
  return pack(new Document({ sections: [{ properties: A4, children: [t] }] }));
}

/** HK-style English CV: "WONG Ka Yan, Karen (黃嘉欣)", availability and expected salary, working experience employer-first with dates on their own line. */
export function hkcv(p: Person): Promise<Buffer> {
  FONT = F('Arial', 'PMingLiU');
  const h = (t: string) => para([r(t, { bold: true, size: 22, allCaps: true })], { shading: { fill: 'D9D9D9', type: ShadingType.CLEAR, color: 'auto' }, spacing: { before: 200, after: 80 } });
  const kids: Paragraph[] = [
    para([r('WONG Ka Yan, Karen ', { bold: true, size: 34 }), r(`(${p.name})`, { bold: true, size: 34 })], { spacing: { after: 40 } }),
    para([r(`Mobile: ${p.phoneShow}    Email: ${p.email}`, { size: 20 })], { spacing: { after: 0 } }),
    para([r(`Address: ${p.address}`, { size: 20 })]),
    h('Career Objective'), para(p.summary),
    h('Professional Qualification'), ...p.certs.map(bullet),
    h('Working Experience'),
  ];
  for (const j of recent(p)) {
    kids.push(para([r(j.company, { bold: true })], { spacing: { before: 120, after: 0 } }));
    kids.push(para([r(j.title, { italics: true })], { spacing: { after: 0 } }));
    kids.push(para([r(range(j, 'Mon YYYY', ' – ', 'Present'), { size: 19 })], { spacing: { after: 20 } }));
    j.bullets.forEach((b) => kids.push(bullet(b)));
  }
  kids.push(h('Education'));
  for (const x of p.education) kids.push(para([r(x.school, { bold: true }), r(`\t${fmt(x.start, 'YYYY-MM').slice(0, 4)} – ${fmt(x.end, 'YYYY-MM').slice(0, 4)}`)], { tabStops: tabR, spacing: { after: 0 } }), para(`${x.degree} (Second Class Honours, Upper Division)`));
  kids.push(h('Skills'), ...skillTexts(p).map(bullet));
  kids.push(h('Languages'), para(p.languages.join(', ')));
  kids.push(h('Other Information'), para('Availability: One month notice'), para('Expected Salary: Negotiable'), para('Current Salary: HK$58,000 x 13'));
  return pack(new Document({ sections: [{ properties: A4, children: kids }] }));
}

// ---------------- Chinese DOCX ----------------

/** Word 个人简历: 一、二、三 numbered headings, header table with 照片 box, 工作经历 "起止年月  单位  职务". */
export function zhnumbered(p: Person): Promise<Buffer> {
  FONT = F('Times New Roman', 'SimSun');
  const h = (t: string) => para([r(t, { bold: true, size: 26 })], { spacing: { before: 220, after: 80 }, border: rule });
  const info = [`姓　　名：${p.name}`, `性　　别：${p.gender ?? ''}`, `出生年月：${p.birth ?? ''}`, `联系电话：${p.phoneShow}`, `电子邮箱：${p.email}`, `现 住 址：${p.address}`].map((t) => para([r(t, { size: 22 })], { spacing: { after: 40 } }));
  const photo = [para([r('照片', { color: '999999' })], { alignment: AlignmentType.CENTER })];
  const t = table([new TableRow({ height: { value: 2200, rule: 'atLeast' as never }, children: [cell(info, 7600, { borders: { top: none, bottom: none, left: none, right: none }, verticalAlign: VerticalAlign.TOP }), cell(photo, 1700, { borders: { top: { style: BorderStyle.SINGLE, size: 6, color: '999999' }, bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999' }, left: { style: BorderStyle.SINGLE, size: 6, color: '999999' }, right: { style: BorderStyle.SINGLE, size: 6, color: '999999' } } })] })], [7600, 1700], { borders: noBorders });
  const kids: (Paragraph | Table)[] = [para([r('个 人 简 历', { bold: true, size: 40 })], { alignment: AlignmentType.CENTER, spacing: { after: 240 } }), h('一、基本信息'), t,
    h('二、求职意向'), para(`${p.headline}（${p.city}）`),
    h('三、教育背景'), ...p.education.map((x) => para(`${fmt(x.start, 'YYYY.MM')}—${fmt(x.end, 'YYYY.MM')}　　${x.school}　　${x.degree}`)),
    h('四、工作经历')];
  for (const j of recent(p)) {
    kids.push(para([r(`${range(j, 'YYYY.MM', '—', '至今')}　　${j.company}　　${j.title}`, { bold: true })], { spacing: { before: 80, after: 20 } }));
    j.bullets.forEach((b, i) => kids.push(para(`${i + 1}. ${b}`, { indent: { left: 420 } })));
  }
  kids.push(h('五、专业技能'), para(skillTexts(p).join('；')));
  kids.push(h('六、证书及语言'), para([...p.certs, ...p.languages].join('；')));
  kids.push(h('七、自我评价'), para(p.summary));
  return pack(new Document({ sections: [{ properties: A4, children: kids }] }));
}

/** 个人简历表格 (Word 表格 with 一寸照片), rows for 基本信息, 工作经历 (起止时间 | 工作单位 | 职务), 专业技能, 自我评价. */
export function zhtable(p: Person): Promise<Buffer> {
  FONT = F('Times New Roman', 'SimSun');
  const c = (t: string, w: number, o: Record<string, unknown> = {}, bold = false) => cell([para([r(t, { size: 21, bold })], { spacing: { after: 0 }, alignment: bold ? AlignmentType.CENTER : AlignmentType.LEFT })], w, o);
  const w6 = [1250, 2150, 1250, 2700, 1150, 1138];
  const grey = { shading: { fill: 'F2F2F2', type: ShadingType.CLEAR, color: 'auto' } };
  const sec = (t: string) => new TableRow({ children: [c(t, W, { columnSpan: 6, ...grey }, true)] });
  const rows: TableRow[] = [
    new TableRow({ children: [c('姓  名', w6[0]!, grey, true), c(p.name, w6[1]!), c('性  别', w6[2]!, grey, true), c(p.gender ?? '', w6[3]!), c('照片', w6[4]! + w6[5]!, { columnSpan: 2, rowSpan: 4 }, true)] }),
    new TableRow({ children: [c('出生年月', w6[0]!, grey, true), c(p.birth ?? '', w6[1]!), c('学  历', w6[2]!, grey, true), c(p.education[0]!.degree.split(' ').pop() ?? '', w6[3]!)] }),
    new TableRow({ children: [c('联系电话', w6[0]!, grey, true), c(p.phoneShow, w6[1]!), c('电子邮箱', w6[2]!, grey, true), c(p.email, w6[3]!)] }),
    new TableRow({ children: [c('现住址', w6[0]!, grey, true), c(p.address, w6[1]! + w6[2]! + w6[3]!, { columnSpan: 3 })] }),
    new TableRow({ children: [c('求职意向', w6[0]!, grey, true), c(p.headline, W - w6[0]!, { columnSpan: 5 })] }),
    sec('教育经历'),
    new TableRow({ children: [c('起止时间', w6[0]! + w6[1]!, { columnSpan: 2 }, true), c('学校', w6[2]! + w6[3]!, { columnSpan: 2 }, true), c('专业及学历', w6[4]! + w6[5]!, { columnSpan: 2 }, true)] }),
    ...p.education.map((x) => new TableRow({ children: [c(`${fmt(x.start, 'YYYY.MM')}-${fmt(x.end, 'YYYY.MM')}`, w6[0]! + w6[1]!, { columnSpan: 2 }), c(x.school, w6[2]! + w6[3]!, { columnSpan: 2 }), c(x.degree, w6[4]! + w6[5]!, { columnSpan: 2 })] })),
    sec('工作经历'),
    new TableRow({ children: [c('起止时间', w6[0]! + w6[1]!, { columnSpan: 2 }, true), c('工作单位', w6[2]! + w6[3]!, { columnSpan: 2 }, true), c('职务', w6[4]! + w6[5]!, { columnSpan: 2 }, true)] }),
    ...recent(p).map((j) => new TableRow({ children: [c(range(j, 'YYYY.MM', '-', '至今'), w6[0]! + w6[1]!, { columnSpan: 2 }), c(j.company, w6[2]! + w6[3]!, { columnSpan: 2 }), c(j.title, w6[4]! + w6[5]!, { columnSpan: 2 })] })),
    sec('主要工作内容'),
    new TableRow({ children: [cell(recent(p).flatMap((j) => j.bullets).map((b) => para([r(`· ${b}`, { size: 21 })], { spacing: { after: 20 } })), W, { columnSpan: 6 })] }),
    new TableRow({ children: [c('专业技能', w6[0]!, grey, true), c(skillTexts(p).join('、'), W - w6[0]!, { columnSpan: 5 })] }),
    new TableRow({ children: [c('证书', w6[0]!, grey, true), c(p.certs.join('、'), W - w6[0]!, { columnSpan: 5 })] }),
    new TableRow({ children: [c('自我评价', w6[0]!, grey, true), c(p.summary, W - w6[0]!, { columnSpan: 5 })] }),
  ];
  return pack(new Document({ sections: [{ properties: A4, children: [para([r('个人简历', { bold: true, size: 40 })], { alignment: AlignmentType.CENTER, spacing: { after: 200 } }), table(rows, w6)] }] }));
}

/** 台灣 傳統 履歷表 + 自傳 (Word 表格, 民國年): 基本資料 with 照片, 學歷, 工作經歷 (服務機構 | 職稱 | 起訖年月), 專長, then 自傳 on page 2. */
export function twautobio(p: Person): Promise<Buffer> {
  FONT = F('Times New Roman', 'PMingLiU');
  const c = (t: string, w: number, o: Record<string, unknown> = {}, bold = false) => cell([para([r(t, { size: 22, bold })], { spacing: { after: 0 }, alignment: bold ? AlignmentType.CENTER : AlignmentType.LEFT })], w, o);
  const w5 = [1400, 2500, 1300, 2700, 1738];
  const blue = { shading: { fill: 'DEEAF6', type: ShadingType.CLEAR, color: 'auto' } };
  const roc = (ym: string) => `民國${fmt(ym, 'ROC')}`;
  const rows: TableRow[] = [
    new TableRow({ children: [c('履　歷　表', W, { columnSpan: 5, ...blue }, true)] }),
    new TableRow({ children: [c('姓　名', w5[0]!, blue, true), c(p.name, w5[1]!), c('性　別', w5[2]!, blue, true), c(p.gender ?? '', w5[3]!), c('照　片', w5[4]!, { rowSpan: 4 }, true)] }),
    new TableRow({ children: [c('出生日期', w5[0]!, blue, true), c(p.birth ?? '', w5[1]!), c('婚　姻', w5[2]!, blue, true), c('未婚', w5[3]!)] }),
    new TableRow({ children: [c('行動電話', w5[0]!, blue, true), c(p.phoneShow, w5[1]!), c('E-mail', w5[2]!, blue, true), c(p.email, w5[3]!)] }),
    new TableRow({ children: [c('通訊地址', w5[0]!, blue, true), c(p.address, w5[1]! + w5[2]! + w5[3]!, { columnSpan: 3 })] }),
    new TableRow({ children: [c('學　歷', W, { columnSpan: 5, ...blue }, true)] }),
    new TableRow({ children: [c('學校名稱', w5[0]! + w5[1]!, { columnSpan: 2 }, true), c('科系', w5[2]! + w5[3]!, { columnSpan: 2 }, true), c('起訖年月', w5[4]!, {}, true)] }),
    ...p.education.map((x) => new TableRow({ children: [c(x.school, w5[0]! + w5[1]!, { columnSpan: 2 }), c(x.degree, w5[2]! + w5[3]!, { columnSpan: 2 }), c(`${fmt(x.start, 'ROC')}～${fmt(x.end, 'ROC')}`, w5[4]!)] })),
    new TableRow({ children: [c('工 作 經 歷', W, { columnSpan: 5, ...blue }, true)] }),
    new TableRow({ children: [c('服務機構', w5[0]! + w5[1]!, { columnSpan: 2 }, true), c('職稱', w5[2]!, {}, true), c('起訖年月', w5[3]! + w5[4]!, { columnSpan: 2 }, true)] }),
    ...recent(p).map((j) => new TableRow({ children: [c(j.company, w5[0]! + w5[1]!, { columnSpan: 2 }), c(j.title, w5[2]!), c(`${roc(j.start)}～${j.end ? roc(j.end) : '迄今'}`, w5[3]! + w5[4]!, { columnSpan: 2 })] })),
    new TableRow({ children: [c('專長技能', w5[0]!, blue, true), c(skillTexts(p).join('、'), W - w5[0]!, { columnSpan: 4 })] }),
    new TableRow({ children: [c('語　言', w5[0]!, blue, true), c(p.languages.join('；'), W - w5[0]!, { columnSpan: 4 })] }),
    new TableRow({ children: [c('證　照', w5[0]!, blue, true), c(p.certs.join('；'), W - w5[0]!, { columnSpan: 4 })] }),
  ];
  const auto = [
    '我出生於台中一個小康家庭，父母經營早餐店，從小就在店裡幫忙招呼客人，也因此養成了對「人」的觀察與好奇心。大學就讀企業管理學系，參加行銷研究社，第一次接觸到市場調查與消費者行為，確定了往行銷發展的方向。',
    '畢業後進入佳美食品擔任行銷專員，負責新品上市與通路陳列；之後到拓遠數位行銷擔任資深企劃，同時管理十餘個品牌的社群與廣告，學會在有限預算下找出最有效的組合。目前於禾豐生活科技帶領五人團隊，負責品牌策略與數位成長。',
    '未來希望在重視數據與創意並重的團隊中，持續發揮所長，也期許自己能帶出更多優秀的行銷人才。',
  ];
  return pack(new Document({ sections: [{ properties: A4, children: [table(rows, w5), para([r('自　傳', { bold: true, size: 32 })], { alignment: AlignmentType.CENTER, pageBreakBefore: true, spacing: { after: 200 } }), ...auto.map((t) => para([r(t, { size: 24 })], { indent: { firstLine: 480 }, spacing: { after: 160, line: 360 } })), para([r(`${p.name}　敬上`, { size: 24 })], { alignment: AlignmentType.RIGHT, spacing: { before: 300 } })] }] }));
}
