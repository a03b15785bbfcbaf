/**
 * The Word-style DOCX templates of held-out set 3 (each also exported to PDF by LibreOffice). Written by a blind
 * writer on 2026-12-02, without reading the analyser, its taxonomy, tests, README or the other sets; frozen;
 * never tuned on.
 */
import {
  AlignmentType, BorderStyle, Document, FrameAnchorType, FrameWrap, LevelFormat, Packer, Paragraph, ShadingType, Tab, Table, TableCell, TableRow, TabStopType, TextRun, WidthType,
  type IBorderOptions, type ParagraphChild,
} from 'docx';
import { h, label, pick, printedSkills, range, type RangeStyle } from './format';
import type { Person } from './people';

const A4 = { width: 11906, height: 16838 };
const MARGIN = 1000;
const CONTENT = A4.width - 2 * MARGIN;
const zh = (p: Person) => p.labels === 'zh';
const none: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const line: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
const allBorders = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };

/** A tab character: it must sit inside a run (`<w:r><w:tab/></w:r>`), or Word and LibreOffice drop it. */
const tab = () => new TextRun({ children: [new Tab()] });
const run = (text: string, o: { bold?: boolean; italics?: boolean; size?: number; color?: string } = {}) => new TextRun({ text, ...o });
const para = (children: ParagraphChild[] | string, o: Record<string, unknown> = {}) =>
  new Paragraph({ children: typeof children === 'string' ? [run(children)] : children, spacing: { after: 40 }, ...o });
const bullet = (text: string) => new Paragraph({ children: [run(text)], numbering: { reference: 'dot', level: 0 }, spacing: { after: 20 } });
const sectionHeading = (text: string, color = '1F3864') =>
  new Paragraph({
    children: [run(text, { bold: true, size: 24, color })],
    spacing: { before: 200, after: 80 },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color, space: 1 } },
  });
const cell = (children: Paragraph[], width: number, o: Record<string, unknown> = {}) =>
  new TableCell({ children, width: { size: width, type: WidthType.DXA }, margins: { top: 60, bottom: 60, left: 100, right: 100 }, ...o });

function doc(p: Person, children: (Paragraph | Table)[]): Document {
  const latin = zh(p) ? 'Arial' : 'Calibri';
  return new Document({
    creator: p.name,
    title: zh(p) ? `${p.name} 简历` : `${p.name} CV`,
    styles: { default: { document: { run: { font: { ascii: latin, hAnsi: latin, eastAsia: 'Microsoft YaHei' }, size: 20 } } } },
    numbering: {
      config: [{
        reference: 'dot',
        levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 360, hanging: 240 } } } }],
      }],
    },
    sections: [{ properties: { page: { size: A4, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } }, children }],
  });
}

export const toBuffer = (d: Document): Promise<Buffer> => Packer.toBuffer(d);

/** Compact single column with the dates on the left margin: a left tab stop puts the title after the dates; the employer sits under the title. */
export function leftDates(p: Person): Document {
  const r = pick<RangeStyle>(
    zh(p)
      ? [{ month: 'YYYY.MM', sep: '–', present: '至今' }, { month: 'YYYY/MM', sep: ' - ', present: '至今' }]
      : [{ month: 'MM/YYYY', sep: ' – ', present: 'present' }, { month: 'Mon YYYY', sep: '–', present: 'Present' }, { month: 'YYYY-MM', sep: ' – ', present: 'now' }],
    p,
  );
  const col = 2500;
  const dated = (when: string, what: ParagraphChild[]) =>
    new Paragraph({ children: [run(when), tab(), ...what], tabStops: [{ type: TabStopType.LEFT, position: col }], indent: { left: col, hanging: col }, spacing: { before: 100, after: 20 } });
  const under = (text: string) => new Paragraph({ children: [run(text, { italics: true })], indent: { left: col }, spacing: { after: 20 } });
  const indented = (text: string) => new Paragraph({ children: [run(text)], numbering: { reference: 'dot', level: 0 }, indent: { left: col + 300, hanging: 240 } });
  const contact: ParagraphChild[] = [run(p.phoneShown), run('  |  '), run(p.email)];
  if (p.link) contact.push(run('  |  '), run(p.link));
  contact.push(run('  |  '), run(p.city));
  const children: (Paragraph | Table)[] = [
    para([run(p.name, { bold: true, size: 36 })], { spacing: { after: 20 } }),
    para([run(p.headline, { size: 24, color: '555555' })]),
    para(contact, { spacing: { after: 120 } }),
    sectionHeading(h(p, 'profile')),
    para(p.summary),
    sectionHeading(h(p, 'experience', 2)),
  ];
  for (const j of p.jobs) {
    children.push(dated(range(j.start, j.end, r), [run(j.title, { bold: true })]));
    children.push(under(`${j.company}, ${j.city}`));
    for (const b of j.bullets) children.push(indented(b));
  }
  children.push(sectionHeading(h(p, 'education')));
  for (const e of p.education) {
    children.push(dated(range(e.start, e.end, r), [run(e.degree, { bold: true })]));
    children.push(under(e.school));
  }
  children.push(sectionHeading(h(p, 'skills', 2)), para(printedSkills(p).join(zh(p) ? '，' : ' • ')));
  if (p.spoken) children.push(sectionHeading(h(p, 'languages')), para(p.spoken.join(zh(p) ? '；' : ', ')));
  return doc(p, children);
}

/** The name across the top, then a borderless two-cell table: a shaded narrow left cell (contact, skills, languages, education) and the experience on the right with right-aligned dates. */
export function tableSidebar(p: Person): Document {
  const r = pick<RangeStyle>(
    zh(p)
      ? [{ month: 'YYYY.MM', sep: ' - ', present: '至今' }, { month: 'YYYY年M月', sep: '－', present: '至今' }]
      : [{ month: 'Mon YYYY', sep: ' – ', present: 'Present' }, { month: 'Month YYYY', sep: ' - ', present: 'Present' }],
    p,
  );
  const left = 3500;
  const right = CONTENT - left;
  const side: Paragraph[] = [
    para([run(h(p, 'contact').toUpperCase(), { bold: true, color: '2E5E4E' })], { spacing: { after: 60 } }),
    para(p.phoneShown),
    para(p.email),
    para(p.city),
    ...(p.link ? [para(p.link)] : []),
    para([run(h(p, 'skills').toUpperCase(), { bold: true, color: '2E5E4E' })], { spacing: { before: 200, after: 60 } }),
    ...printedSkills(p).map((s) => para(s, { spacing: { after: 10 } })),
  ];
  if (p.spoken) {
    side.push(para([run(h(p, 'languages').toUpperCase(), { bold: true, color: '2E5E4E' })], { spacing: { before: 200, after: 60 } }));
    for (const s of p.spoken) side.push(para(s));
  }
  side.push(para([run(h(p, 'education').toUpperCase(), { bold: true, color: '2E5E4E' })], { spacing: { before: 200, after: 60 } }));
  for (const e of p.education) side.push(para([run(e.school, { bold: true })]), para(e.degree), para(`${e.start.slice(0, 4)} – ${e.end.slice(0, 4)}`, { spacing: { after: 100 } }));
  const main: Paragraph[] = [sectionHeading(h(p, 'profile', 3), '2E5E4E'), para(p.summary), sectionHeading(h(p, 'experience', 1), '2E5E4E')];
  for (const j of p.jobs) {
    main.push(new Paragraph({
      children: [run(j.title, { bold: true }), tab(), run(range(j.start, j.end, r), { color: '555555' })],
      tabStops: [{ type: TabStopType.RIGHT, position: right - 250 }],
      spacing: { before: 120, after: 20 },
    }));
    main.push(para([run(`${j.company} · ${j.city}`, { italics: true })]));
    for (const b of j.bullets) main.push(bullet(b));
  }
  const grid = new Table({
    width: { size: CONTENT, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: noBorders,
    rows: [new TableRow({ children: [cell(side, left, { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E6EFEA' } }), cell(main, right)] })],
  });
  return doc(p, [
    para([run(p.name, { bold: true, size: 40, color: '2E5E4E' })], { spacing: { after: 0 } }),
    para([run(p.headline, { size: 24 })], { spacing: { after: 160 } }),
    grid,
  ]);
}

/** Name and contact as paragraphs, then work history in a bordered table: role (with duties as bullets in the same cell) | employer | period. */
export function roleFirst(p: Person): Document {
  const r = pick<RangeStyle>(
    zh(p)
      ? [{ month: 'YYYY.MM', sep: '-', present: '至今' }, { month: 'YYYY年M月', sep: '—', present: '至今' }]
      : [{ month: 'Mon YYYY', sep: ' – ', present: 'Present' }, { month: 'MM/YYYY', sep: '–', present: 'Current' }],
    p,
  );
  const z = zh(p);
  const w = [4300, 3300, CONTENT - 7600];
  const head = (t: string) => para([run(t, { bold: true })]);
  const shade = { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'D9E2F3' } };
  const rows = [
    new TableRow({ tableHeader: true, children: [cell([head(z ? '职位' : 'Role')], w[0]!, shade), cell([head(z ? '公司' : 'Employer')], w[1]!, shade), cell([head(z ? '时间' : 'Dates')], w[2]!, shade)] }),
    ...p.jobs.map((j) => new TableRow({ children: [
      cell([para([run(j.title, { bold: true })]), ...j.bullets.map(bullet)], w[0]!),
      cell([para(j.company), para([run(j.city, { color: '666666' })])], w[1]!),
      cell([para(range(j.start, j.end, r))], w[2]!),
    ] })),
  ];
  const eduRows = p.education.map((e) => new TableRow({ children: [cell([para(e.degree)], w[0]!), cell([para(e.school)], w[1]!), cell([para(range(e.start, e.end, r))], w[2]!)] }));
  const contact: ParagraphChild[] = [run(`${label(p, 'phone')}${z ? '：' : ': '}${p.phoneShown}`), run('    '), run(`${label(p, 'email')}${z ? '：' : ': '}${p.email}`)];
  return doc(p, [
    para([run(p.name, { bold: true, size: 40 })], { alignment: AlignmentType.CENTER, spacing: { after: 0 } }),
    ...(p.otherName ? [para(p.otherName, { alignment: AlignmentType.CENTER })] : []),
    para([run(p.headline, { size: 22, color: '444444' })], { alignment: AlignmentType.CENTER }),
    para(contact, { alignment: AlignmentType.CENTER }),
    para(`${label(p, 'city')}${z ? '：' : ': '}${p.city}`, { alignment: AlignmentType.CENTER }),
    sectionHeading(h(p, 'profile', 2)),
    para(p.summary),
    sectionHeading(h(p, 'experience')),
    new Table({ width: { size: CONTENT, type: WidthType.DXA }, columnWidths: w, borders: allBorders, rows }),
    sectionHeading(h(p, 'education')),
    new Table({ width: { size: CONTENT, type: WidthType.DXA }, columnWidths: w, borders: allBorders, rows: eduRows }),
    sectionHeading(h(p, 'skills')),
    para(printedSkills(p).join(z ? '、' : ', ')),
    ...(p.spoken ? [sectionHeading(h(p, 'languages')), para(p.spoken.join(z ? '、' : ', '))] : []),
  ]);
}

/**
 * A 表格简历 / application-form CV: the whole page is one bordered grid — label–value pairs for the person, then
 * employment rows with separate From and To cells, employer, position, and the duties in a spanning row.
 */
export function form(p: Person): Document {
  const r = pick<RangeStyle>(
    zh(p)
      ? [{ month: 'YYYY.MM', sep: '', present: '至今' }, { month: 'YYYY年M月', sep: '', present: '至今' }]
      : [{ month: 'MM/YYYY', sep: '', present: 'Present' }, { month: 'Mon YYYY', sep: '', present: 'to date' }],
    p,
  );
  const z = zh(p);
  // Seven equal columns: labels take one, values one or more, so names and numbers fit on one line.
  const c8 = Math.floor(CONTENT / 7);
  const lab = (t: string, span = 1) => cell([para([run(t, { bold: true, size: 18 })], { alignment: AlignmentType.CENTER })], c8 * span, { columnSpan: span, margins: { top: 60, bottom: 60, left: 60, right: 60 }, shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'F2F2F2' } });
  const val = (t: string, span = 1) => cell([para(t)], c8 * span, { columnSpan: span });
  const band = (t: string) => new TableRow({ children: [cell([para([run(t, { bold: true, size: 22 })], { alignment: AlignmentType.CENTER })], c8 * 7, { columnSpan: 7, shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'BFBFBF' } })] });
  const facts = p.facts ?? [];
  const f0 = facts[0] ?? [label(p, 'city'), p.city];
  const f1 = facts[1] ?? ['Nationality', p.phone.startsWith('+1') ? 'Canadian' : 'British'];
  const f2 = facts[2] ?? [z ? '学历' : 'Notice', z ? '本科' : '4 weeks'];
  const rows: TableRow[] = [
    new TableRow({ children: [lab(label(p, 'name')), val(p.name, 2), lab(f0[0]), val(f0[1]), lab(f1[0]), val(f1[1])] }),
    new TableRow({ children: [lab(label(p, 'phone')), val(p.phoneShown, 2), lab(label(p, 'email')), val(p.email, 3)] }),
    new TableRow({ children: [lab(label(p, 'headline')), val(p.headline, 3), lab(f2[0]), val(f2[1], 2)] }),
    band(h(p, 'experience')),
    new TableRow({ children: [lab(z ? '起始时间' : 'From'), lab(z ? '结束时间' : 'To'), lab(z ? '工作单位' : 'Employer', 3), lab(z ? '职务' : 'Position', 2)] }),
  ];
  for (const j of p.jobs) {
    const [from, to] = range(j.start, j.end, { ...r, sep: '\u0000' }).split('\u0000') as [string, string];
    rows.push(new TableRow({ children: [val(from), val(to), val(j.company, 3), val(j.title, 2)] }));
    rows.push(new TableRow({ children: [lab(z ? '工作内容' : 'Duties'), cell(j.bullets.map(bullet), c8 * 6, { columnSpan: 6 })] }));
  }
  rows.push(band(h(p, 'education')), new TableRow({ children: [lab(z ? '起始时间' : 'From'), lab(z ? '结束时间' : 'To'), lab(z ? '学校' : 'School', 3), lab(z ? '专业' : 'Course', 2)] }));
  for (const e of p.education) {
    const [from, to] = range(e.start, e.end, { ...r, sep: '\u0000' }).split('\u0000') as [string, string];
    rows.push(new TableRow({ children: [val(from), val(to), val(e.school, 3), val(e.degree, 2)] }));
  }
  rows.push(band(h(p, 'skills', 3)), new TableRow({ children: [val(printedSkills(p).join(z ? '；' : '; '), 7)] }));
  if (p.spoken) rows.push(new TableRow({ children: [lab(h(p, 'languages')), val(p.spoken.join(z ? '；' : '; '), 6)] }));
  rows.push(band(h(p, 'profile', 1)), new TableRow({ children: [val(p.summary, 7)] }));
  return doc(p, [
    para([run(z ? '个 人 简 历' : 'CURRICULUM VITAE', { bold: true, size: 36 })], { alignment: AlignmentType.CENTER, spacing: { after: 160 } }),
    new Table({ width: { size: CONTENT, type: WidthType.DXA }, columnWidths: Array.from({ length: 7 }, () => c8), borders: allBorders, rows }),
  ]);
}

/**
 * A Word text frame as a right-hand sidebar (the older Word CV templates do this): the contact details, skills and
 * languages sit in one positioned frame; the body keeps a right indent beside it, dates after the employer on a line of their own.
 */
export function frameSidebar(p: Person): Document {
  const r = pick<RangeStyle>(
    zh(p)
      ? [{ month: 'YYYY年M月', sep: ' - ', present: '至今' }, { month: 'YYYY.MM', sep: ' ~ ', present: '至今' }]
      : [{ month: 'Month YYYY', sep: ' – ', present: 'present' }, { month: 'MM/YYYY', sep: ' - ', present: 'Present' }],
    p,
  );
  const width = 3500;
  const frame = {
    type: 'absolute' as const,
    position: { x: A4.width - MARGIN - width, y: 2300 },
    width,
    anchor: { horizontal: FrameAnchorType.PAGE, vertical: FrameAnchorType.PAGE },
    wrap: FrameWrap.AROUND,
  };
  // Every sidebar paragraph carries the same frame properties, so Word and LibreOffice draw them as one frame.
  const side = (children: ParagraphChild[], before = 0) =>
    new Paragraph({ children, frame, spacing: { before, after: 30 }, shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'F1ECE4' } });
  const sideHead = (t: string) => side([run(t, { bold: true, color: '8A4B08' })], 160);
  const body = (children: ParagraphChild[], o: Record<string, unknown> = {}) => new Paragraph({ children, indent: { right: width + 300 }, spacing: { after: 40 }, ...o });
  const children: (Paragraph | Table)[] = [
    para([run(p.name, { bold: true, size: 44, color: '8A4B08' })], { spacing: { after: 0 } }),
    para([run(p.headline, { size: 24, italics: true })], { spacing: { after: 240 } }),
    sideHead(h(p, 'contact')),
    side([run(p.phoneShown)]),
    side([run(p.email)]),
    side([run(p.city)]),
    ...(p.link ? [side([run(p.link)])] : []),
    sideHead(h(p, 'skills', 1)),
    ...printedSkills(p).map((s) => side([run(`▪ ${s}`)])),
    ...(p.spoken ? [sideHead(h(p, 'languages')), ...p.spoken.map((s) => side([run(s)]))] : []),
    body([run(h(p, 'profile').toUpperCase(), { bold: true, color: '8A4B08' })], { spacing: { before: 120, after: 60 } }),
    body([run(p.summary)]),
    body([run(h(p, 'experience').toUpperCase(), { bold: true, color: '8A4B08' })], { spacing: { before: 200, after: 60 } }),
  ];
  for (const j of p.jobs) {
    children.push(body([run(j.company, { bold: true }), run(zh(p) ? '　' : ', '), run(j.city)], { spacing: { before: 120, after: 0 } }));
    children.push(body([run(j.title, { italics: true })], { spacing: { after: 0 } }));
    children.push(body([run(range(j.start, j.end, r), { color: '666666' })]));
    for (const b of j.bullets) children.push(new Paragraph({ children: [run(b)], numbering: { reference: 'dot', level: 0 }, indent: { left: 360, hanging: 240, right: width + 300 }, spacing: { after: 20 } }));
  }
  children.push(body([run(h(p, 'education').toUpperCase(), { bold: true, color: '8A4B08' })], { spacing: { before: 200, after: 60 } }));
  for (const e of p.education) children.push(body([run(e.school, { bold: true })], { spacing: { after: 0 } }), body([run(`${e.degree}${zh(p) ? "，" : ", "}${range(e.start, e.end, r)}`)]));
  return doc(p, children);
}
