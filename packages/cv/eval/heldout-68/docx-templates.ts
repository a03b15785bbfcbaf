/** DOCX templates built with the `docx` package; LibreOffice prints each to PDF afterwards. */
import {
  AlignmentType, BorderStyle, Column, ColumnBreak, Document, FrameAnchorType, FrameWrap, Footer, Header, PageNumber, Paragraph,
  SectionType, ShadingType, Table, TableCell, TableRow, TabStopType, TextDirection, TextRun, VerticalAlign, WidthType, HeightRule,
} from 'docx';
import { type Person, printed } from './people.ts';
import { L, durEn, fmt, fullName, months, newestFirst, range, sk } from './common.ts';

const fontOf = (p: Person) => ({ ascii: 'Liberation Sans', hAnsi: 'Liberation Sans', eastAsia: p.id === 'p11' ? 'Noto Sans CJK TC' : 'Noto Sans CJK SC', cs: 'Liberation Sans' });
const styles = (p: Person, size = 20) => ({ default: { document: { run: { font: fontOf(p), size }, paragraph: { spacing: { after: 40, line: 264 } } } } });
const P = (text: string, o: { bold?: boolean; italics?: boolean; size?: number; color?: string; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; after?: number; before?: number; indent?: number } = {}) =>
  new Paragraph({ alignment: o.align, spacing: { after: o.after ?? 40, before: o.before ?? 0 }, indent: o.indent ? { left: o.indent } : undefined,
    children: [new TextRun({ text, bold: o.bold, italics: o.italics, size: o.size, color: o.color })] });
const bullet = (text: string, indent = 360) => new Paragraph({ indent: { left: indent, hanging: 220 }, spacing: { after: 20 }, children: [new TextRun(`•\t${text}`)], tabStops: [{ type: TabStopType.LEFT, position: indent }] });
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
const thin = { style: BorderStyle.SINGLE, size: 4, color: '555555' };
const allThin = { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin };
const cell = (children: Paragraph[] | string, o: { w?: number; shade?: string; span?: number; rows?: number; dir?: (typeof TextDirection)[keyof typeof TextDirection]; v?: boolean } = {}) =>
  new TableCell({ children: typeof children === 'string' ? [P(children)] : children, width: o.w ? { size: o.w, type: WidthType.DXA } : undefined,
    shading: o.shade ? { type: ShadingType.CLEAR, color: 'auto', fill: o.shade } : undefined, columnSpan: o.span, rowSpan: o.rows, textDirection: o.dir,
    verticalAlign: o.v ? VerticalAlign.CENTER : undefined, margins: { top: 50, bottom: 50, left: 90, right: 90 } });

/** Word CV whose name and contact live ONLY in the page header (repeated on every page); body opens with the
 * headline; roles as "Title (Month YYYY – present)" then "Employer — City"; "Page X of Y" footer. */
export function docxHeaderContact(p: Person): Document {
  const zh = p.language === 'zh';
  const present = zh ? '至今' : 'present';
  const dr = (j: { start: string; end: string | null }) => (zh ? `${fmt(j.start, 'zh')}—${j.end ? fmt(j.end, 'zh') : present}` : `${fmt(j.start, 'Month YYYY')} – ${j.end ? fmt(j.end, 'Month YYYY') : present}`);
  const header = new Header({ children: [
    new Paragraph({ children: [new TextRun({ text: fullName(p) + (p.postNominals ? `, ${p.postNominals}` : ''), bold: true, size: 30, color: '1F3864' })], spacing: { after: 20 } }),
    new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: '1F3864', space: 4 } }, children: [new TextRun({ text: `${zh ? '手机' : 'Cell'} ${p.phoneLocal}   |   ${p.email}   |   ${p.address}`, size: 17, color: '444444' })] }),
  ] });
  const footer = new Footer({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ children: [zh ? '第 ' : 'Page ', PageNumber.CURRENT, zh ? ' 页，共 ' : ' of ', PageNumber.TOTAL_PAGES, zh ? ' 页' : ''], size: 16, color: '888888' })] })] });
  const H = (t: string) => new Paragraph({ spacing: { before: 200, after: 80 }, children: [new TextRun({ text: t, bold: true, size: 23, color: '1F3864', allCaps: !zh })] });
  const body: Paragraph[] = [
    P(p.headline, { bold: true, size: 24, after: 80 }), P(p.summary),
    H(L(p, 'Skills', '专业技能')), P(sk(p).join(zh ? ' · ' : '  ·  ')),
    H(L(p, 'Experience', '工作经历')),
  ];
  for (const j of newestFirst(p)) {
    body.push(new Paragraph({ spacing: { before: 100, after: 20 }, keepNext: true, children: [new TextRun({ text: j.title, bold: true }), new TextRun({ text: `  (${dr(j)})`, color: '444444' })] }));
    body.push(new Paragraph({ keepNext: true, children: [new TextRun({ text: `${j.company} — ${j.city}`, italics: true })] }));
    for (const b of j.bullets) body.push(bullet(b));
  }
  body.push(H(L(p, 'Education', '教育背景')));
  for (const e of p.education) body.push(P(`${e.degree}, ${e.school} (${zh ? `${fmt(e.start, 'zh')}—${fmt(e.end, 'zh')}` : `${e.start.slice(0, 4)}–${e.end.slice(0, 4)}`})`));
  body.push(H(L(p, 'Licences & certifications', '证书')), ...p.certs.map((c) => bullet(c)));
  body.push(H(L(p, 'Languages', '语言能力')), P(p.languages.join(zh ? '；' : '; ')));
  if (p.referee) body.push(H(L(p, 'References', '证明人')), P(`${p.referee.name}, ${p.referee.role} — ${p.referee.phone}`));
  return new Document({ creator: p.name, styles: styles(p), sections: [{ properties: { page: { margin: { top: 1700, bottom: 1100, left: 1200, right: 1200, header: 500 } } }, headers: { default: header }, footers: { default: footer }, children: body }] });
}

/** Chinese Word table résumé: one grid whose narrow first column holds the section names written vertically
 * (textDirection tbRl, merged down the section's rows): 基本信息 / 工作经历 / 专业技能 / 教育背景 / 证书语言 / 自我评价. */
export function docxRotatedLabels(p: Person): Document {
  const tw = p.id === 'p11';
  const T = (s: string, t: string) => (tw ? t : s);
  const x = p.extra!;
  const W = [700, 1900, 2900, 1700, 2500]; // total 9700
  const lab = (t: string, rows: number) => cell([new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: t, bold: true, color: 'FFFFFF', size: 22 })] })], { w: W[0], shade: '7B2C3B', rows, dir: TextDirection.TOP_TO_BOTTOM_RIGHT_TO_LEFT, v: true });
  const k = (t: string) => cell([P(t, { bold: true })], { w: W[1], shade: 'F3E6E8' });
  const rows: TableRow[] = [];
  const ex = Object.entries(x);
  const info: [string, string, string, string][] = [
    [T('姓　名', '姓　名'), p.name, ex[0][0], ex[0][1]],
    [ex[1][0], ex[1][1], ex[2]?.[0] ?? T('现居', '現居'), ex[2]?.[1] ?? p.city],
    [T('手　机', '手　機'), p.phoneLocal, T('邮　箱', '電子郵件'), p.email],
    [T('住　址', '通訊地址'), p.address, T('求职意向', '希望職務'), p.headline],
  ];
  info.forEach((r, i) => rows.push(new TableRow({ children: [...(i === 0 ? [lab(T('基本信息', '基本資料'), info.length)] : []), k(r[0]), cell(r[1], { w: W[2] }), k(r[2]), cell(r[3], { w: W[4] })] })));
  const jobs = newestFirst(p);
  rows.push(new TableRow({ tableHeader: false, children: [lab(T('工作经历', '工作經歷'), jobs.length * 2 + 1), cell([P(T('起止时间', '起訖時間'), { bold: true, align: AlignmentType.CENTER })], { w: W[1], shade: 'F3E6E8' }), cell([P(T('工作单位', '服務單位'), { bold: true })], { w: W[2], shade: 'F3E6E8', span: 2 }), cell([P(T('职务', '職稱'), { bold: true })], { w: W[4], shade: 'F3E6E8' })] }));
  for (const j of jobs) {
    rows.push(new TableRow({ cantSplit: true, children: [cell([P(range(j, 'YYYY.MM', '–', tw ? '迄今' : '至今'), { align: AlignmentType.CENTER })], { w: W[1], rows: 2, v: true }), cell(j.company, { w: W[2] + W[3], span: 2 }), cell(j.title, { w: W[4] })] }));
    rows.push(new TableRow({ cantSplit: true, children: [cell(j.bullets.map((b, i) => P(`${i + 1}. ${b}`)), { w: W[2] + W[3] + W[4], span: 3 })] }));
  }
  const rest: [string, Paragraph[]][] = [
    [T('专业技能', '專業技能'), [P(sk(p).join('　/　'))]],
    [T('教育背景', '學歷'), p.education.map((e) => P(`${fmt(e.start, 'YYYY.MM')}–${fmt(e.end, 'YYYY.MM')}　${e.school}　${e.degree}`))],
    [T('证书', '證照'), p.certs.map((c) => P(c))],
    [T('语言', '語言'), [P(p.languages.join('；'))]],
    [T('自我评价', '自傳摘要'), [P(p.summary)]],
  ];
  for (const [t, ps] of rest) rows.push(new TableRow({ cantSplit: true, height: { value: t.length * 260 + 200, rule: HeightRule.ATLEAST }, children: [lab(t, 1), cell(ps, { w: W[1] + W[2] + W[3] + W[4], span: 4 })] }));
  return new Document({ creator: p.name, styles: styles(p, 19), sections: [{ properties: { page: { margin: { top: 900, bottom: 900, left: 1000, right: 1000 } } }, children: [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 160 }, children: [new TextRun({ text: T('个 人 简 历', '個 人 履 歷 表'), bold: true, size: 36 })] }),
    new Table({ width: { size: 9700, type: WidthType.DXA }, columnWidths: W, borders: allThin, rows }),
    new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 120 }, children: [new TextRun({ text: T('填表日期：2026年11月', '填表日期：115年11月'), size: 16, color: '777777' })] }),
  ] }] });
}

/** Indian / South African Word résumé: "RESUME" title, zebra-shaded experience table S.No. | Organisation |
 * Designation | From | To | Duration ("Jul-13" … "Till Date"), responsibilities per organisation, skills table,
 * personal details and a declaration with place and date. */
export function docxZebraHistory(p: Person): Document {
  const za = p.id === 'p05';
  const W = [600, 2900, 2300, 1000, 1100, 1800];
  const hdr = ['S.No.', 'Organisation', 'Designation', 'From', 'To', 'Duration'];
  const jobs = newestFirst(p);
  const H = (t: string) => new Paragraph({ spacing: { before: 200, after: 80 }, shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'D9E2F3' }, children: [new TextRun({ text: t, bold: true })] });
  const hist = new Table({ width: { size: 9700, type: WidthType.DXA }, columnWidths: W, borders: allThin, rows: [
    new TableRow({ tableHeader: true, children: hdr.map((h, i) => cell([P(h, { bold: true, color: 'FFFFFF' })], { w: W[i], shade: '2F5496' })) }),
    ...jobs.map((j, r) => new TableRow({ children: [String(r + 1), j.company, j.title, fmt(j.start, 'Mon-YY'), j.end ? fmt(j.end, 'Mon-YY') : 'Till Date', durEn(months(j)).replace('yrs', 'Yrs').replace('yr', 'Yr').replace('mos', 'Months').replace('mo', 'Month')]
      .map((t, i) => cell(t, { w: W[i], shade: r % 2 ? 'F2F2F2' : undefined })) })),
  ] });
  const groups = za
    ? [['Payroll & systems', [0, 1, 6]], ['HR practice', [2, 3, 4, 5, 7]]] as [string, number[]][]
    : [['Programming', [0, 1, 6]], ['BI & Visualisation', [2, 3]], ['Analytics', [4, 5, 7, 8]]] as [string, number[]][];
  const skills = new Table({ width: { size: 9700, type: WidthType.DXA }, columnWidths: [2600, 7100], borders: allThin, rows: groups.map(([g, ix]) => new TableRow({ children: [cell([P(g, { bold: true })], { w: 2600, shade: 'F2F2F2' }), cell(ix.map((i) => printed(p.skills[i])).join(', '), { w: 7100 })] })) });
  const edu = new Table({ width: { size: 9700, type: WidthType.DXA }, columnWidths: [3300, 4000, 1200, 1200], borders: allThin, rows: [
    new TableRow({ children: ['Qualification', 'Institute / University', 'Year', za ? 'Result' : 'Percentage'].map((h, i) => cell([P(h, { bold: true })], { w: [3300, 4000, 1200, 1200][i], shade: 'D9E2F3' })) }),
    ...p.education.map((e, r) => new TableRow({ children: [e.degree, e.school, e.end.slice(0, 4), za ? (r ? 'Cum laude' : 'Completed') : (r ? '8.1 CGPA' : '78.4%')].map((t, i) => cell(t, { w: [3300, 4000, 1200, 1200][i] })) })),
  ] });
  const x = p.extra ?? {};
  const kids: (Paragraph | Table)[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: za ? 'CURRICULUM VITAE' : 'RESUME', bold: true, size: 30, underline: {} })] }),
    P(p.name.toUpperCase(), { bold: true, size: 26, before: 120 }),
    P(`Mobile: ${p.phoneLocal}${p.homePhone ? `   Landline: ${p.homePhone}` : ''}`), P(`E-mail: ${p.email}`), P(`Address: ${p.address}`),
    H('Career Objective'), P(p.summary),
    H('Professional Experience'), hist,
    P(`Total experience: ${durEn(months({ start: p.work[0].start, end: null }))} (incl. internship)`, { italics: true, before: 60 }),
    H('Roles & Responsibilities'),
  ];
  for (const j of jobs) { kids.push(P(`${j.company} — ${j.title}`, { bold: true, before: 60 })); for (const b of j.bullets) kids.push(bullet(b)); }
  kids.push(H(za ? 'Skills' : 'Technical Skills'), skills, H('Educational Qualifications'), edu, H('Certifications'), ...p.certs.map((c) => bullet(c)));
  kids.push(H('Personal Details'), ...Object.entries(x).map(([k, v]) => new Paragraph({ tabStops: [{ type: TabStopType.LEFT, position: 2600 }], children: [new TextRun(`${k}\t: ${v}`)] })),
    new Paragraph({ tabStops: [{ type: TabStopType.LEFT, position: 2600 }], children: [new TextRun(`Languages Known\t: ${p.languages.join(', ')}`)] }));
  if (p.referee) kids.push(H('References'), P(`${p.referee.name}, ${p.referee.role}, Tel: ${p.referee.phone}`));
  kids.push(H('Declaration'), P('I hereby declare that the information furnished above is true to the best of my knowledge and belief.'),
    new Paragraph({ spacing: { before: 200 }, tabStops: [{ type: TabStopType.RIGHT, position: 9700 }], children: [new TextRun(`Place: ${p.city}\t(${p.name.toUpperCase()})`)] }), P('Date: 20/11/2026'));
  return new Document({ creator: p.name, styles: styles(p, 19), sections: [{ properties: { page: { margin: { top: 900, bottom: 900, left: 1100, right: 1100 } } }, children: kids }] });
}

/** Word CV: one-column heading section, then a continuous section with two newspaper columns of UNEQUAL width (narrow
 * left: contact, skills, languages, certificates, education; column break; wide right: profile and experience with
 * dates on a right tab stop). */
export function docxUnequalCols(p: Person): Document {
  const mixed = p.language === 'mixed';
  const H = (t: string) => new Paragraph({ spacing: { before: 160, after: 60 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '2E7D6B', space: 2 } }, children: [new TextRun({ text: t, bold: true, color: '2E7D6B', size: 21 })] });
  const left: Paragraph[] = [
    H(L(p, 'Contact', '聯絡')), P(`Mobile ${p.phoneLocal}`), ...(p.homePhone ? [P(`Home ${p.homePhone}`)] : []), P(p.email), P(p.address),
    H(L(p, 'Skills', '技能')), ...sk(p).map((s) => P(s)),
    H(L(p, 'Languages', '語言')), ...p.languages.map((s) => P(s)),
    H(L(p, 'Certificates', '證書')), ...p.certs.map((s) => P(s)),
    H(L(p, 'Education', '學歷')), ...p.education.flatMap((e) => [P(e.degree, { bold: true }), P(`${e.school}, ${e.start.slice(0, 4)}–${e.end.slice(0, 4)}`, { after: 80 })]),
    new Paragraph({ children: [new ColumnBreak()] }),
  ];
  const RT = 6300;
  const right: Paragraph[] = [H(L(p, 'Profile', '簡介')), P(p.summary), H(L(p, 'Employment', '工作經驗'))];
  const items: { s: string; ps: Paragraph[] }[] = newestFirst(p).map((j) => ({ s: j.start, ps: [
    new Paragraph({ keepNext: true, spacing: { before: 100 }, tabStops: [{ type: TabStopType.RIGHT, position: RT }], children: [new TextRun({ text: j.company, bold: true }), new TextRun({ text: `\t${fmt(j.start, 'Mon YYYY')} – ${j.end ? fmt(j.end, 'Mon YYYY') : 'current'}`, size: 18 })] }),
    P(`${j.title} · ${j.city}`, { italics: true }), ...j.bullets.map((b) => bullet(b, 300)),
  ] }));
  for (const b of p.breaks ?? []) items.push({ s: b.start, ps: [new Paragraph({ spacing: { before: 100 }, tabStops: [{ type: TabStopType.RIGHT, position: RT }], children: [new TextRun({ text: 'Career break', bold: true }), new TextRun({ text: `\t${fmt(b.start, 'Mon YYYY')} – ${fmt(b.end, 'Mon YYYY')}`, size: 18 })] }), P(b.text, { italics: true })] });
  items.sort((a, b) => b.s.localeCompare(a.s));
  right.push(...items.flatMap((i) => i.ps));
  if (p.referee) right.push(H(L(p, 'Referee', '證明人')), P(`${p.referee.name} — ${p.referee.role}, ${p.referee.phone}`));
  return new Document({ creator: p.name, styles: styles(p, 19), sections: [
    { properties: { page: { margin: { top: 900, bottom: 900, left: 1000, right: 1000 } } }, children: [
      new Paragraph({ children: [new TextRun({ text: mixed ? `${p.altName}  ${p.name}` : p.name, bold: true, size: 40, color: '2E7D6B' })] }),
      P(p.headline, { size: 22, color: '555555', after: 120 }),
    ] },
    { properties: { type: SectionType.CONTINUOUS, page: { margin: { top: 900, bottom: 900, left: 1000, right: 1000 } }, column: { count: 2, equalWidth: false, space: 400, children: [new Column({ width: 3000, space: 400 }), new Column({ width: 6500 })] } }, children: [...left, ...right] },
  ] });
}

/** Word résumé whose left panel is a positioned text frame (w:framePr, anchored to the margin, wrap around) holding
 * contact, skills and languages; the body text wraps to its right with a left indent; bilingual headings. */
export function docxFrameLeft(p: Person): Document {
  const frame = { type: 'absolute' as const, position: { x: 0, y: 1500 }, width: 2900, anchor: { horizontal: FrameAnchorType.MARGIN, vertical: FrameAnchorType.MARGIN }, wrap: FrameWrap.AROUND, rule: HeightRule.AUTO };
  const F = (text: string, o: { bold?: boolean; color?: string; size?: number } = {}) => new Paragraph({ frame, shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'EAF1F6' }, spacing: { after: 30 }, children: [new TextRun({ text, bold: o.bold, color: o.color, size: o.size ?? 17 })] });
  const side: Paragraph[] = [
    F(L(p, 'CONTACT', '联系'), { bold: true, color: '1B4F72', size: 19 }), F(`M: ${p.phoneLocal}`), ...(p.homePhone ? [F(`H: ${p.homePhone}`)] : []), F(p.email), F(p.address), F(' '),
    F(L(p, 'SKILLS', '技能'), { bold: true, color: '1B4F72', size: 19 }), ...sk(p).map((s) => F(`▪ ${s}`)), F(' '),
    F(L(p, 'LANGUAGES', '语言'), { bold: true, color: '1B4F72', size: 19 }), ...p.languages.map((s) => F(s)), F(' '),
    F(L(p, 'CERTIFICATES', '证书'), { bold: true, color: '1B4F72', size: 19 }), ...p.certs.map((s) => F(s)),
  ];
  const IND = 3300;
  const B = (text: string, o: { bold?: boolean; italics?: boolean; color?: string; size?: number; before?: number } = {}) => new Paragraph({ indent: { left: IND }, spacing: { before: o.before ?? 0, after: 30 }, children: [new TextRun({ text, bold: o.bold, italics: o.italics, color: o.color, size: o.size })] });
  const H = (t: string) => new Paragraph({ indent: { left: IND }, spacing: { before: 180, after: 60 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '1B4F72', space: 2 } }, children: [new TextRun({ text: t, bold: true, color: '1B4F72', size: 22 })] });
  const main: Paragraph[] = [H(L(p, 'Profile', '个人简介')), B(p.summary), H(L(p, 'Experience', '工作经历'))];
  for (const j of newestFirst(p)) {
    main.push(B(j.end ? `${fmt(j.start, 'YYYY.MM')} – ${fmt(j.end, 'YYYY.MM')}` : `${fmt(j.start, 'YYYY.MM')} – ${p.id === 'p16' ? '至今' : 'now'}`, { color: '777777', size: 18, before: 80 }));
    main.push(B(`${j.title}, ${j.company}`, { bold: true }));
    for (const b of j.bullets) main.push(new Paragraph({ indent: { left: IND + 300, hanging: 200 }, spacing: { after: 20 }, children: [new TextRun(`– ${b}`)] }));
  }
  main.push(H(L(p, 'Education', '教育背景')), ...p.education.map((e) => B(`${e.school} · ${e.degree} · ${fmt(e.start, 'YYYY.MM')} – ${fmt(e.end, 'YYYY.MM')}`)));
  if (p.referee) main.push(H(L(p, 'Referee', '推荐人')), B(`${p.referee.name}, ${p.referee.role} · ${p.referee.phone}`));
  return new Document({ creator: p.name, styles: styles(p, 19), sections: [{ properties: { page: { margin: { top: 900, bottom: 900, left: 1000, right: 1000 } } }, children: [
    new Paragraph({ children: [new TextRun({ text: p.name, bold: true, size: 44, color: '1B4F72' }), new TextRun({ text: `  ${p.altName ?? ''}`, size: 30, color: '1B4F72' })] }),
    new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: p.headline, size: 22, color: '555555' })] }),
    ...side, ...main,
  ] }] });
}
