/**
 * Word-style DOCX templates of the independent set (written with the `docx` package, as Word saves them):
 * right-aligned tab stops for dates, an email hyperlink run followed directly by the link run (a positional
 * tab between them, as Word writes "left … right" on one line), a label–value header
 * table, work history in a table, and a sidebar as a borderless two-cell table.
 */
import {
  AlignmentType, BorderStyle, Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, PositionalTab, PositionalTabAlignment,
  PositionalTabLeader, PositionalTabRelativeTo, Tab, Table, TableCell, TableRow, TabStopType, TextRun, WidthType,
} from 'docx';
import { formatRange, heading, label, printedSkills, type Person } from './person';

export type DocxTemplate = 'docx-tabs' | 'docx-table' | 'docx-sidebar';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
/** Right edge of the text area on A4 with Word's default margins, in twips. */
const RIGHT_TAB = 9026;

const h2 = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_2, text });
const bullet = (text: string) => new Paragraph({ text, bullet: { level: 0 } });
const hyperlink = (text: string, link: string) => new ExternalHyperlink({ link, children: [new TextRun({ style: 'Hyperlink', children: [text] })] });
const url = (s: string) => (s.startsWith('http') ? s : `https://${s}`);

/** "Company<TAB>Apr 2022 – Present" with the dates on a right-aligned tab stop, then the title. */
function tabbedJobs(p: Person, titleFirst: boolean, width = RIGHT_TAB): Paragraph[] {
  return p.truth.work.flatMap((w, i) => [
    new Paragraph({
      tabStops: [{ type: TabStopType.RIGHT, position: width }],
      spacing: { before: 120 },
      children: [new TextRun({ text: titleFirst ? w.title : w.company, bold: true }), new TextRun({ children: [new Tab(), formatRange(w.start, w.end, p.content.dates)] })],
    }),
    new Paragraph({ children: [new TextRun({ text: titleFirst ? w.company : w.title, italics: true })] }),
    ...(p.content.bullets[i] ?? []).map(bullet),
  ]);
}

const education = (p: Person) => p.content.education.map((e) => new Paragraph(`${e.school}, ${e.degree}, ${e.start}–${e.end}`));
const skillsLine = (p: Person) => new Paragraph(printedSkills(p).join(p.content.headings === 'en' ? ', ' : '、'));

function tabsDocument(p: Person): (Paragraph | Table)[] {
  const { truth, content } = p;
  const h = content.headings;
  // "email … link" with the link flush right: Word writes a positional tab (w:ptab, "align right to the
  // margin"), so the email hyperlink run is followed directly by the link run, no space or tab character
  // between them. Phone and location follow on the next line the same way.
  const right = () => new PositionalTab({ alignment: PositionalTabAlignment.RIGHT, relativeTo: PositionalTabRelativeTo.MARGIN, leader: PositionalTabLeader.NONE });
  const contact = [
    new Paragraph({ children: [hyperlink(truth.email, `mailto:${truth.email}`), new TextRun({ children: [right()] }), ...(content.link ? [hyperlink(content.link, url(content.link))] : [new TextRun(content.location)])] }),
    new Paragraph({ children: [new TextRun(content.phoneDisplay), new TextRun({ children: [right()] }), new TextRun(content.link ? content.location : '')] }),
  ];
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: truth.name, bold: true, size: 44 })] }),
    new Paragraph({ children: [new TextRun({ text: content.headline, size: 24 })] }),
    ...contact,
    h2(heading('summary', h)), new Paragraph(content.summary),
    h2(heading('work', h)), ...tabbedJobs(p, false),
    h2(heading('education', h)), ...education(p),
    h2(heading('skills', h)), skillsLine(p),
    h2(heading('languages', h)), new Paragraph(content.languages.join(h === 'en' ? ', ' : '、')),
  ];
}

const cell = (children: Paragraph[], widthPct?: number, columnSpan?: number) =>
  new TableCell({ children, ...(widthPct ? { width: { size: widthPct, type: WidthType.PERCENTAGE } } : {}), ...(columnSpan ? { columnSpan } : {}) });

function tableDocument(p: Person): (Paragraph | Table)[] {
  const { truth, content } = p;
  const h = content.headings;
  const zh = h !== 'en';
  // The email cell holds the email run, a line break, and the profile link run.
  const emailCell = cell([new Paragraph({ children: [hyperlink(truth.email, `mailto:${truth.email}`), ...(content.link ? [new TextRun({ break: 1 }), hyperlink(content.link, url(content.link))] : [])] })]);
  const header = new Table({
    width: { size: 70, type: WidthType.PERCENTAGE },
    rows: [
      [label('name', h), truth.name],
      [label('phone', h), content.phoneDisplay],
      [label('email', h), null],
      [label('location', h), content.location],
    ].map(([k, v]) => new TableRow({ children: [cell([new Paragraph({ children: [new TextRun({ text: k!, bold: true })] })], 25), v === null ? emailCell : cell([new Paragraph(v!)])] })),
  });
  const cols = zh ? ['时间', '公司', '职位'] : ['Dates', 'Company', 'Title'];
  const work = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: cols.map((c) => cell([new Paragraph({ children: [new TextRun({ text: c, bold: true })] })])) }),
      ...truth.work.flatMap((w, i) => [
        new TableRow({ children: [cell([new Paragraph(formatRange(w.start, w.end, content.dates))], 28), cell([new Paragraph(w.company)], 40), cell([new Paragraph(w.title)], 32)] }),
        new TableRow({ children: [cell([new Paragraph('')]), cell((content.bullets[i] ?? []).map(bullet), undefined, 2)] }),
      ]),
    ],
  });
  return [
    header,
    h2(heading('summary', h)), new Paragraph(content.summary),
    h2(heading('work', h)), work,
    h2(heading('education', h)), ...education(p),
    h2(heading('skills', h)), skillsLine(p),
  ];
}

function sidebarDocument(p: Person): (Paragraph | Table)[] {
  const { truth, content } = p;
  const h = content.headings;
  const side = [
    h2(heading('contact', h)),
    new Paragraph(`✉ ${truth.email}`), new Paragraph(`☎ ${content.phoneDisplay}`), new Paragraph(content.location),
    ...(content.link ? [new Paragraph(content.link)] : []),
    h2(heading('skills', h)), ...printedSkills(p).map((s) => new Paragraph(s)),
    h2(heading('languages', h)), ...content.languages.map((l) => new Paragraph(l)),
  ];
  const main = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: truth.name, bold: true, size: 40 })] }),
    new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun({ text: content.headline, size: 24 })] }),
    h2(heading('summary', h)), new Paragraph(content.summary),
    h2(heading('work', h)), ...tabbedJobs(p, true, 6200),
    h2(heading('education', h)), ...education(p),
  ];
  return [
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: NO_BORDERS,
      rows: [new TableRow({ children: [cell(side, 30), cell(main, 70)] })],
    }),
  ];
}

export async function renderDocx(template: DocxTemplate, p: Person): Promise<Uint8Array> {
  const children = template === 'docx-tabs' ? tabsDocument(p) : template === 'docx-table' ? tableDocument(p) : sidebarDocument(p);
  const doc = new Document({
    creator: p.truth.name,
    styles: { default: { document: { run: { font: p.truth.language === 'en' ? 'Calibri' : 'Microsoft YaHei', size: 21 } } } },
    sections: [{ properties: { page: { size: { width: 11906, height: 16838 } } }, children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
