/**
 * The heldout-2 Word-style templates, written as DOCX with the `docx` package and also exported to PDF by
 * LibreOffice. Each follows a convention of real Word résumé templates (see NOTES.md). Written by a blind writer
 * on 2026-12-02 (see people.ts); frozen.
 */
import {
  AlignmentType, BorderStyle, Document, LevelFormat, Paragraph, ShadingType, Tab, Table, TableCell, TableLayoutType, TableRow,
  TabStopType, TextRun, WidthType, type IParagraphOptions, type IRunOptions,
} from 'docx';
import { nameLine, period, WORDS, written, type DateStyle } from './format';
import type { Person } from './people';

const PAGE_W = 11906; // A4 in twips
const MARGIN = 1000;
const BODY = PAGE_W - 2 * MARGIN;
const font = (zh: boolean) => ({ ascii: zh ? 'Arial' : 'Calibri', hAnsi: zh ? 'Arial' : 'Calibri', eastAsia: 'Microsoft YaHei' });

const run = (text: string, o: Omit<IRunOptions, 'text'> = {}) => new TextRun({ text, ...o });
const para = (children: (TextRun | Tab)[] | string, o: Omit<IParagraphOptions, 'children' | 'text'> = {}) =>
  new Paragraph({ ...o, children: typeof children === 'string' ? [run(children)] : children.map((c) => (c instanceof Tab ? new TextRun({ children: [c] }) : c)) });
const bullet = (text: string, reference = 'bul') => new Paragraph({ numbering: { reference, level: 0 }, spacing: { after: 20 }, children: [run(text)] });
const heading = (text: string, color = '333333') =>
  new Paragraph({ spacing: { before: 200, after: 80 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color, space: 1 } }, children: [run(text.toUpperCase(), { bold: true, color, size: 22 })] });

const NB = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '999999' } as const;
const noBorders = { top: NB, bottom: NB, left: NB, right: NB, insideHorizontal: NB, insideVertical: NB };
const gridBorders = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
const cell = (children: Paragraph[], width: number, o: Partial<ConstructorParameters<typeof TableCell>[0]> = {}) =>
  new TableCell({ children, width: { size: width, type: WidthType.DXA }, margins: { top: 60, bottom: 60, left: 100, right: 100 }, ...o });
const table = (rows: TableRow[], widths: number[], borders: object) =>
  new Table({ rows, columnWidths: widths, width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, layout: TableLayoutType.FIXED, borders });

function doc(p: Person, children: (Paragraph | Table)[], size = 20): Document {
  const zh = p.labels === 'zh';
  return new Document({
    creator: p.name,
    title: zh ? `${p.name} 简历` : `${p.name} CV`,
    styles: { default: { document: { run: { font: font(zh), size } } } },
    numbering: {
      config: [
        { reference: 'bul', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 340, hanging: 220 } } } }] },
        { reference: 'deep', levels: [{ level: 0, format: LevelFormat.BULLET, text: '–', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 2420, hanging: 220 } } } }] },
      ],
    },
    sections: [{ properties: { page: { size: { width: PAGE_W, height: 16838 }, margin: { top: 900, bottom: 900, left: MARGIN, right: MARGIN } } }, children }],
  });
}

/** Single column, dates in the left margin: a left tab stop after the period, the employer, then indented title and bullets. */
export function leftDates(p: Person): Document {
  const w = WORDS[p.labels];
  const zh = p.labels === 'zh';
  const style: DateStyle = zh ? 'dot' : 'mm/yyyy';
  const TAB = 2200;
  const tabbed = (left: string, right: TextRun[]) => para([run(left, { color: '555555' }), new Tab(), ...right], { tabStops: [{ type: TabStopType.LEFT, position: TAB }], spacing: { before: 100 } });
  const indented = (children: TextRun[]) => para(children, { indent: { left: TAB } });
  const sep = zh ? '、' : ', ';
  return doc(p, [
    para([run(nameLine(p), { bold: true, size: 36 })]),
    para([run(p.headline, { size: 22, color: '555555' })], { spacing: { after: 60 } }),
    para([run(p.phoneShown), run('   |   '), run(p.email), run('   |   '), run(p.location), ...(p.link ? [run('   |   '), run(p.link)] : [])], { spacing: { after: 120 } }),
    heading(zh ? '个人简介' : 'Summary'),
    para(p.summary),
    heading(zh ? '工作经历' : 'Work History'),
    ...p.jobs.flatMap((j) => [
      tabbed(period(j, style, w.present, zh ? ' - ' : ' – '), [run(j.company, { bold: true })]),
      indented([run(j.title, { italics: true }), run(`${zh ? '，' : ', '}${j.place}`)]),
      ...j.bullets.map((b) => bullet(b, 'deep')),
    ]),
    heading(w.education),
    ...p.education.flatMap((e) => [tabbed(`${e.from} – ${e.to}`, [run(e.school, { bold: true })]), indented([run(e.degree)])]),
    heading(w.skills),
    indented([run(p.skills.map(written).join(sep))]),
    heading(w.languages),
    indented([run(p.languages.join(sep))]),
  ], 20);
}

/** Two columns as Word templates build them: a borderless two-cell table, a shaded narrow left cell (contact, skills, languages, education), experience on the right. */
export function twoCell(p: Person): Document {
  const w = WORDS[p.labels];
  const zh = p.labels === 'zh';
  const style: DateStyle = zh ? 'cn' : 'mon';
  const L = 3300;
  const R = BODY - L;
  const side = (t: string) => para([run(t.toUpperCase(), { bold: true, color: '1F4E79', size: 20 })], { spacing: { before: 220, after: 60 } });
  const left: Paragraph[] = [
    side(w.contact), para(p.phoneShown), para(p.email), para(p.location), ...(p.link ? [para(p.link)] : []),
    side(w.skills), ...p.skills.map((s) => para(written(s), { spacing: { after: 20 } })),
    side(w.languages), ...p.languages.map((l) => para(l)),
    side(w.education), ...p.education.flatMap((e) => [para([run(e.school, { bold: true })]), para(e.degree), para(`${e.from} – ${e.to}`, { spacing: { after: 100 } })]),
  ];
  const main = (t: string) => para([run(t.toUpperCase(), { bold: true, color: '1F4E79', size: 22 })], { spacing: { before: 160, after: 80 }, border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '1F4E79', space: 1 } } });
  const right: Paragraph[] = [
    main(zh ? '个人简介' : 'Profile'), para(p.summary),
    main(zh ? '工作经历' : 'Experience'),
    ...p.jobs.flatMap((j) => [
      para([run(j.title, { bold: true, size: 21 }), new Tab(), run(period(j, style, w.present, zh ? '—' : ' – '), { color: '444444' })], { spacing: { before: 140 }, tabStops: [{ type: TabStopType.RIGHT, position: R - 250 }] }),
      para([run(`${j.company}${zh ? '｜' : ', '}${j.place}`, { color: '444444' })]),
      ...j.bullets.map((b) => bullet(b)),
    ]),
  ];
  return doc(p, [
    para([run(nameLine(p), { bold: true, size: 40, color: '1F4E79' })]),
    para([run(p.headline, { size: 24 })], { spacing: { after: 200 } }),
    table([new TableRow({ children: [
      cell(left, L, { shading: { type: ShadingType.CLEAR, fill: 'E7EEF5', color: 'auto' }, margins: { top: 100, bottom: 100, left: 160, right: 160 } }),
      cell(right, R, { margins: { top: 0, bottom: 100, left: 250, right: 80 } }),
    ] })], [L, R], noBorders),
  ], 19);
}

/** Table: a label–value header table, then work history as a visible table "Role | Employer | Period" with the duties inside the role cell, and a key-skills grid. */
export function roleFirst(p: Person): Document {
  const w = WORDS[p.labels];
  const zh = p.labels === 'zh';
  const style: DateStyle = zh ? 'dot' : 'mon';
  const pairs: [string, string][] = zh
    ? [[w.name, p.name], [w.objective, p.headline], [w.phone, p.phoneShown], [w.email, p.email], [w.location, p.location], ...(p.details ?? []).filter(([k]) => k !== '现居' && k !== '求职意向')]
    : [['Name', p.name], ['Position', p.headline], ['Phone', p.phoneShown], ['Email', p.email], ['Location', p.location], ...(p.link ? [['Portfolio', p.link] as [string, string]] : [])];
  const K = 1500;
  const V = BODY / 2 - K;
  const hdrRows: TableRow[] = [];
  for (let i = 0; i < pairs.length; i += 2) {
    const a = pairs[i]!;
    const b: [string, string] = pairs[i + 1] ?? ['', ''];
    const shade = { type: ShadingType.CLEAR, fill: 'F0F0F0', color: 'auto' };
    hdrRows.push(new TableRow({ children: [cell([para([run(a[0], { bold: true })])], K, { shading: shade }), cell([para(a[1])], V), cell([para([run(b[0], { bold: true })])], K, { shading: shade }), cell([para(b[1])], V)] }));
  }
  const cols = zh ? ['职务', '单位', '时间'] : ['Role', 'Employer', 'Period'];
  const W = [4300, 3300, BODY - 7600];
  const head = new TableRow({ tableHeader: true, children: cols.map((c, i) => cell([para([run(c, { bold: true, color: 'FFFFFF' })])], W[i]!, { shading: { type: ShadingType.CLEAR, fill: '4A6572', color: 'auto' } })) });
  const work = p.jobs.map((j) => new TableRow({ children: [
    cell([para([run(j.title, { bold: true })]), ...j.bullets.map((b) => bullet(b))], W[0]!),
    cell([para(j.company), para([run(j.place, { color: '666666', size: 18 })])], W[1]!),
    cell([para(period(j, style, w.present, zh ? ' - ' : ' – '))], W[2]!),
  ] }));
  const edu = p.education.map((e) => new TableRow({ children: [cell([para(e.degree)], W[0]!), cell([para(e.school)], W[1]!), cell([para(`${e.from} – ${e.to}`)], W[2]!)] }));
  const skills = p.skills.map(written);
  const S = Math.floor(BODY / 3);
  const skillRows: TableRow[] = [];
  for (let i = 0; i < skills.length; i += 3) skillRows.push(new TableRow({ children: [0, 1, 2].map((k) => cell([skills[i + k] ? bullet(skills[i + k]!) : para('')], S)) }));
  return doc(p, [
    para([run(zh ? '个人简历' : 'RÉSUMÉ', { bold: true, size: 32 })], { alignment: AlignmentType.CENTER, spacing: { after: 160 } }),
    table(hdrRows, [K, V, K, V], gridBorders),
    heading(zh ? '工作经历' : 'Work Experience', '4A6572'),
    table([head, ...work], W, gridBorders),
    heading(zh ? '教育背景' : 'Education', '4A6572'),
    table(edu, W, gridBorders),
    heading(zh ? '专业技能' : 'Key Skills', '4A6572'),
    table(skillRows, [S, S, S], noBorders),
    heading(w.languages, '4A6572'),
    para(p.languages.join(zh ? '；' : ' · ')),
    heading(zh ? '自我评价' : 'About Me', '4A6572'),
    para(p.summary),
  ], 19);
}

/** Table: each job one row — "Employer — Title" with the bullets below it in a wide cell, the dates alone in a right cell; hairlines between rows. */
export function combinedCell(p: Person): Document {
  const w = WORDS[p.labels];
  const zh = p.labels === 'zh';
  const style: DateStyle = zh ? 'cn' : 'month';
  const A = zh ? 6400 : 7200; // Chinese dates ("2021年7月—至今") need a wider cell to stay on one line
  const B = BODY - A;
  const rows = (items: { head: string; sub?: string; bullets: string[]; when: string }[]) =>
    items.map((it) => new TableRow({ cantSplit: true, children: [
      cell([para([run(it.head, { bold: true })]), ...(it.sub ? [para([run(it.sub, { italics: true, color: '555555' })])] : []), ...it.bullets.map((b) => bullet(b))], A),
      cell([para(it.when, { alignment: AlignmentType.RIGHT })], B),
    ] }));
  const hair = { top: NB, bottom: LINE, left: NB, right: NB, insideHorizontal: LINE, insideVertical: NB };
  const dash = zh ? ' — ' : ' — ';
  return doc(p, [
    para([run(nameLine(p), { bold: true, size: 38 })], { alignment: AlignmentType.CENTER }),
    para([run(p.headline, { color: '555555' })], { alignment: AlignmentType.CENTER, spacing: { after: 80 } }),
    para([run(p.phoneShown), new Tab(), run(p.email), new Tab(), run(p.location)], {
      tabStops: [{ type: TabStopType.CENTER, position: Math.floor(BODY / 2) }, { type: TabStopType.RIGHT, position: BODY }],
      border: { top: { style: BorderStyle.SINGLE, size: 6, color: '333333', space: 4 }, bottom: { style: BorderStyle.SINGLE, size: 6, color: '333333', space: 4 } },
      spacing: { after: 160 },
    }),
    para(p.summary),
    heading(zh ? '工作经历' : 'Professional Experience'),
    table(rows(p.jobs.map((j) => ({ head: `${j.company}${dash}${j.title}`, sub: j.place, bullets: j.bullets, when: period(j, style, w.present, zh ? '—' : ' – ') }))), [A, B], hair),
    heading(w.education),
    table(rows(p.education.map((e) => ({ head: `${e.school}${dash}${e.degree}`, bullets: [], when: `${e.from} – ${e.to}` }))), [A, B], hair),
    heading(w.skills),
    para(p.skills.map(written).join(zh ? '、' : ' • ')),
    heading(w.languages),
    para(p.languages.join(zh ? '、' : ', ')),
  ], 20);
}
