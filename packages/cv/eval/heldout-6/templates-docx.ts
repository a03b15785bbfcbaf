/**
 * heldout-6: the Word templates, written with `docx` (tables, tab stops, shading). The same DOCX files are either
 * committed as they are or exported to PDF by LibreOffice. Written by a blind writer on 2026-12-02 (heldout-6),
 * without reading the analyser, its taxonomy, tests, README or the other sets; frozen; never tuned on.
 */
import { AlignmentType, BorderStyle, Document, Paragraph, ShadingType, Table, TableCell, TableRow, TabStopType, TextRun, VerticalAlign, WidthType } from 'docx';
import type { Person } from './people.ts';
import { allSkills, date, groupedLines, labels, period } from './format.ts';

const WIDTH = 9906; // A4 less two 1000-twip margins
type Kid = Paragraph | Table;
const r = (text: string, o: Partial<{ bold: boolean; italics: boolean; color: string; size: number; allCaps: boolean }> = {}) => new TextRun({ text, ...o });
const P = (children: (string | TextRun)[], o: Record<string, unknown> = {}) => new Paragraph({ children: children.map((c) => (typeof c === 'string' ? r(c) : c)), spacing: { after: 40 }, ...o });
const bullet = (t: string) => new Paragraph({ text: t, bullet: { level: 0 }, spacing: { after: 20 } });
const heading = (t: string, color = '1F3864') =>
  new Paragraph({ children: [r(t, { bold: true, size: 23, color })], border: { bottom: { style: BorderStyle.SINGLE, size: 6, color, space: 1 } }, spacing: { before: 220, after: 80 } });
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
const line = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
const grid = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };
const cell = (children: Kid[], width: number, o: Record<string, unknown> = {}) => new TableCell({ children: children.length ? children : [P([])], width: { size: width, type: WidthType.DXA }, margins: { top: 60, bottom: 60, left: 100, right: 100 }, ...o });
const table = (rows: TableRow[], widths: number[], borders: object = grid) => new Table({ rows, columnWidths: widths, width: { size: WIDTH, type: WidthType.DXA }, borders });

function doc(p: Person, children: Kid[]): Document {
  const zh = p.lang === 'zh';
  return new Document({
    creator: p.name,
    styles: { default: { document: { run: { font: { ascii: zh ? 'Arial' : 'Calibri', hAnsi: zh ? 'Arial' : 'Calibri', eastAsia: zh ? 'SimSun' : 'Microsoft YaHei' }, size: zh ? 21 : 20 } } } },
    sections: [{ properties: { page: { margin: { top: 900, bottom: 900, left: 1000, right: 1000 } } }, children }],
  });
}

/** Single column; each job's dates on the line below the title and the company. */
export function datesBelow(p: Person): Document {
  const L = labels(p);
  const zh = p.lang === 'zh';
  const kids: Kid[] = [
    P([r(p.name, { bold: true, size: 36 })]),
    P([r(p.headline, { size: 22, color: '555555' })]),
    P([`${p.phonePrinted}  •  ${p.email}  •  ${p.location}`], { spacing: { after: 120 } }),
    heading(L.profile), P([p.summary]),
    heading(L.experience),
  ];
  for (const j of p.jobs) {
    kids.push(P([r(j.title, { bold: true })], { spacing: { before: 120, after: 0 } }), P([`${j.company}${j.location ? `, ${j.location}` : ''}`], { spacing: { after: 0 } }),
      P([r(zh ? period(j.start, j.end, 'YYYY年M月', ' — ', '至今') : period(j.start, j.end, 'Month YYYY', ' to ', 'present'), { italics: true, color: '666666' })]), ...j.bullets.map(bullet));
  }
  kids.push(heading(L.education));
  for (const d of p.education) kids.push(P([r(d.degree, { bold: true })], { spacing: { after: 0 } }), P([d.school]), P([r(`${d.start.slice(0, 4)} – ${d.end.slice(0, 4)}`, { italics: true, color: '666666' })]));
  kids.push(heading(L.skills), ...allSkills(p).map((s) => bullet(s.name)));
  if (p.spoken) kids.push(heading(L.languages), P([p.spoken.join(zh ? '、' : ', ')]));
  return doc(p, kids);
}

/** A recruitment agency's reformatted CV: agency line, candidate reference, career history with right tab dates. */
export function agency(p: Person): Document {
  const ref = `AT-${2026}-${String(4100 + Number(p.id.slice(1)) * 37)}`;
  const tab = [{ type: TabStopType.RIGHT, position: WIDTH }];
  const kids: Kid[] = [
    P([r('ARDENT TALENT PARTNERS', { bold: true, color: '7F6000', size: 18 }), r('\tCandidate Profile', { color: '7F6000', size: 18 })], { tabStops: tab, border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: '7F6000', space: 2 } } }),
    P([r(`Candidate Ref: ${ref}`, { size: 18 }), r('\tPresented: December 2026', { size: 18 })], { tabStops: tab, spacing: { after: 200 } }),
    P([r(p.name, { bold: true, size: 32 })]),
    P([r(p.headline, { italics: true })]),
    P([`Mobile: ${p.phonePrinted}    Email: ${p.email}    Location: ${p.location}`]),
    heading('Candidate Summary', '7F6000'), P([p.summary]),
    heading('Key Skills', '7F6000'), ...groupedLines(p, ', ', ': ').map(bullet),
    heading('Career History', '7F6000'),
  ];
  for (const j of p.jobs) {
    kids.push(P([r(`${j.company}${j.location ? ` | ${j.location}` : ''}`, { bold: true })], { spacing: { before: 140, after: 0 } }),
      P([r(j.title, { italics: true }), r(`\t${period(j.start, j.end, 'MM/YYYY', ' – ', 'Current')}`)], { tabStops: tab }), ...j.bullets.map(bullet));
  }
  kids.push(heading('Education & Qualifications', '7F6000'));
  for (const d of p.education) kids.push(P([r(d.degree, { bold: true }), r(`, ${d.school}\t${d.end.slice(0, 4)}`)], { tabStops: tab }));
  if (p.spoken) kids.push(heading('Languages', '7F6000'), P([p.spoken.join(', ')]));
  kids.push(P([r(`This profile was prepared by Ardent Talent Partners. Please quote ${ref} in all correspondence.`, { size: 16, color: '888888', italics: true })], { spacing: { before: 300 } }));
  return doc(p, kids);
}

/** Word's "modern chronological" look: a coloured left band (a two-cell borderless table) with contact and skills. */
export function wordBand(p: Person): Document {
  const L = labels(p);
  const zh = p.lang === 'zh';
  const [w1, w2] = [3200, WIDTH - 3200];
  const white = (t: string, o: Partial<{ bold: boolean; size: number }> = {}) => r(t, { color: 'FFFFFF', ...o });
  const side: Kid[] = [
    P([white(p.name, { bold: true, size: 30 })], { spacing: { after: 120 } }),
    P([white(p.headline)], { spacing: { after: 240 } }),
    P([white(L.contact.toUpperCase(), { bold: true })]), P([white(p.phonePrinted)]), P([white(p.email, { size: 17 })]), P([white(p.location)], { spacing: { after: 240 } }),
    P([white(L.skills.toUpperCase(), { bold: true })]),
    ...p.skills.flatMap((g) => [...(g.label ? [P([white(g.label, { bold: true })], { spacing: { before: 80, after: 20 } })] : []), ...g.items.map((s) => P([white(`• ${s.name}`)], { spacing: { after: 10 } }))]),
  ];
  if (p.spoken) side.push(P([white(L.languages.toUpperCase(), { bold: true })], { spacing: { before: 240 } }), ...p.spoken.map((s) => P([white(s)])));
  const main: Kid[] = [P([r(L.profile.toUpperCase(), { bold: true, color: '2E75B6' })]), P([p.summary], { spacing: { after: 200 } }), P([r(L.experience.toUpperCase(), { bold: true, color: '2E75B6' })])];
  for (const j of p.jobs) {
    main.push(P([r(zh ? period(j.start, j.end, 'YYYY.MM', ' – ', '至今') : period(j.start, j.end, 'MON YYYY', ' – ', 'PRESENT'), { size: 17, color: '7F7F7F' })], { spacing: { before: 140, after: 0 } }),
      P([r(j.title, { bold: true }), r(zh ? `  |  ${j.company}` : `, ${j.company}`)]), ...j.bullets.map(bullet));
  }
  main.push(P([r(L.education.toUpperCase(), { bold: true, color: '2E75B6' })], { spacing: { before: 200 } }));
  for (const d of p.education) main.push(P([r(`${d.start.slice(0, 4)} – ${d.end.slice(0, 4)}`, { size: 17, color: '7F7F7F' })], { spacing: { after: 0 } }), P([r(d.degree, { bold: true }), r(zh ? `  |  ${d.school}` : `, ${d.school}`)]));
  const row = new TableRow({ children: [cell(side, w1, { shading: { type: ShadingType.CLEAR, fill: '1F4E79', color: 'auto' }, margins: { top: 300, bottom: 300, left: 220, right: 220 } }), cell(main, w2, { margins: { top: 200, bottom: 200, left: 300, right: 100 } })] });
  return doc(p, [table([row], [w1, w2], noBorders)]);
}

/** Two cells, no borders: main column left, a sidebar right with contact, grouped skills, languages, education. */
export function docxCells(p: Person): Document {
  const L = labels(p);
  const zh = p.lang === 'zh';
  const [w1, w2] = [6300, WIDTH - 6300];
  const sh = (t: string) => P([r(t, { bold: true, color: '385623' })], { spacing: { before: 200, after: 60 }, border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '385623', space: 1 } } });
  const main: Kid[] = [sh(L.profile), P([p.summary]), sh(L.experience)];
  for (const j of p.jobs) main.push(P([r(j.company, { bold: true })], { spacing: { before: 120, after: 0 } }), P([r(`${j.title} · ${period(j.start, j.end, zh ? 'YYYY.MM' : 'MM.YYYY', ' – ', zh ? '至今' : 'present')}`, { italics: true })]), ...j.bullets.map(bullet));
  const side: Kid[] = [sh(L.contact), P([p.phonePrinted]), P([p.email]), P([p.location]), sh(L.skills)];
  for (const g of p.skills) {
    if (g.label) side.push(P([r(g.label, { bold: true })], { spacing: { before: 80, after: 20 } }));
    side.push(...g.items.map((s) => P([s.name], { spacing: { after: 10 } })));
  }
  if (p.spoken) side.push(sh(L.languages), ...p.spoken.map((s) => P([s])));
  side.push(sh(L.education), ...p.education.flatMap((d) => [P([r(d.school, { bold: true })], { spacing: { after: 0 } }), P([d.degree], { spacing: { after: 0 } }), P([`${d.start.slice(0, 4)}–${d.end.slice(0, 4)}`])]));
  return doc(p, [
    P([r(p.name, { bold: true, size: 40, color: '385623' })], { spacing: { after: 0 } }), P([r(p.headline, { size: 22 })], { spacing: { after: 160 } }),
    table([new TableRow({ children: [cell(main, w1, { margins: { top: 0, bottom: 0, left: 0, right: 300 } }), cell(side, w2, { shading: { type: ShadingType.CLEAR, fill: 'EEF3E8', color: 'auto' }, margins: { top: 0, bottom: 100, left: 200, right: 150 } })] })], [w1, w2], noBorders),
  ]);
}

/** Visible tables: period | employer | position (bullets in the position cell), period | institution | qualification. */
export function periodFirst(p: Person): Document {
  const L = labels(p);
  const zh = p.lang === 'zh';
  const w = [2000, 3000, WIDTH - 5000];
  const hdr = (cells: string[]) => new TableRow({ tableHeader: true, children: cells.map((c, i) => cell([P([r(c, { bold: true })])], w[i]!, { shading: { type: ShadingType.CLEAR, fill: 'D9E2F3', color: 'auto' } })) });
  const present = zh ? '至今' : 'present';
  const jobs = p.jobs.map((j) => new TableRow({ children: [
    cell([P([period(j.start, j.end, zh ? 'YYYY.MM' : 'MM/YYYY', ' - ', present)])], w[0]!),
    cell([P([r(j.company, { bold: true })]), ...(j.location ? [P([r(j.location, { size: 17, color: '666666' })])] : [])], w[1]!),
    cell([P([r(j.title, { bold: true })]), ...j.bullets.map(bullet)], w[2]!),
  ] }));
  const edu = p.education.map((d) => new TableRow({ children: [cell([P([period(d.start, d.end, zh ? 'YYYY.MM' : 'MM/YYYY', ' - ', '')])], w[0]!), cell([P([d.school])], w[1]!), cell([P([d.degree])], w[2]!)] }));
  const sw = [2000, WIDTH - 2000];
  const skills = p.skills.map((g) => new TableRow({ children: [cell([P([r(g.label ?? L.skills, { bold: true })])], sw[0]!), cell([P([g.items.map((s) => s.name).join(zh ? '、' : ', ')])], sw[1]!)] }));
  return doc(p, [
    P([r(p.name, { bold: true, size: 34 })], { alignment: AlignmentType.CENTER }),
    P([`${p.headline}  |  ${p.phonePrinted}  |  ${p.email}  |  ${p.location}`], { alignment: AlignmentType.CENTER, spacing: { after: 160 } }),
    heading(L.profile), P([p.summary]),
    heading(L.experience), table([hdr(zh ? ['时间', '单位', '职务'] : ['Period', 'Employer', 'Position']), ...jobs], w),
    heading(L.education), table([hdr(zh ? ['时间', '学校', '学历/专业'] : ['Period', 'Institution', 'Qualification']), ...edu], w),
    heading(L.skills), table(skills, sw),
    ...(p.spoken ? [heading(L.languages), P([p.spoken.join(zh ? '、' : ', ')])] : []),
  ]);
}

/** A Chinese 国企/事业单位 报名表-style résumé: one bordered form with merged cells, then a work table. */
export function baomingbiao(p: Person): Document {
  const w = [1100, 1500, 1100, 1500, 1100, 1506, 2100];
  const k = (t: string, i: number) => cell([P([r(t, { bold: true })], { alignment: AlignmentType.CENTER })], w[i]!, { verticalAlign: VerticalAlign.CENTER, shading: { type: ShadingType.CLEAR, fill: 'F2F2F2', color: 'auto' } });
  const span = (a: number, b: number) => w.slice(a, b).reduce((x, y) => x + y, 0);
  // a value cell from column i over n columns
  const v = (t: string, i: number, n = 1) => cell([P([t], { alignment: AlignmentType.CENTER })], span(i, i + n), { verticalAlign: VerticalAlign.CENTER, ...(n > 1 ? { columnSpan: n } : {}) });
  const wide = (paras: Paragraph[]) => cell(paras, span(1, 7), { columnSpan: 6 });
  const q = p.particulars ?? {};
  const edu = p.education.map((d) => `${period(d.start, d.end, 'YYYY.MM', '-', '')}  ${d.school}  ${d.degree}`);
  const form = table([
    new TableRow({ children: [k('姓名', 0), v(p.name, 1), k('性别', 2), v(q['性别'] ?? '', 3), k('出生年月', 4), v(q['出生年月'] ?? '', 5), cell([P([r('（照片）', { color: '999999' })], { alignment: AlignmentType.CENTER })], w[6]!, { rowSpan: 3, verticalAlign: VerticalAlign.CENTER })] }),
    new TableRow({ children: [k('民族', 0), v(q['民族'] ?? '', 1), k('政治面貌', 2), v(q['政治面貌'] ?? '', 3), k('籍贯', 4), v(q['籍贯'] ?? '', 5)] }),
    new TableRow({ children: [k('最高学历', 0), v(q['最高学历'] ?? '', 1), k('联系电话', 2), v(p.phonePrinted, 3, 3)] }),
    new TableRow({ children: [k('电子邮箱', 0), v(p.email, 1, 3), k('现居住地', 4), v(p.location, 5, 2)] }),
    new TableRow({ children: [k('应聘岗位', 0), v(p.headline, 1, 6)] }),
    new TableRow({ children: [k('学习经历', 0), wide(edu.map((t) => P([t])))] }),
    new TableRow({ children: [k('专业技能', 0), wide(groupedLines(p, '、', '：').map((t) => P([t])))] }),
    new TableRow({ children: [k('语言能力', 0), wide([P([(p.spoken ?? []).join('；')])])] }),
    new TableRow({ children: [k('自我评价', 0), wide([P([p.summary])])] }),
  ], w);
  const ww = [2000, 2900, 1600, WIDTH - 6500];
  const work = table([
    new TableRow({ tableHeader: true, children: ['起止时间', '工作单位', '职务', '主要工作'].map((t, i) => cell([P([r(t, { bold: true })], { alignment: AlignmentType.CENTER })], ww[i]!, { shading: { type: ShadingType.CLEAR, fill: 'F2F2F2', color: 'auto' } })) }),
    ...p.jobs.map((j) => new TableRow({ children: [cell([P([period(j.start, j.end, 'YYYY.MM', '-', '至今')])], ww[0]!), cell([P([j.company])], ww[1]!), cell([P([j.title])], ww[2]!), cell(j.bullets.map((b) => P([b])), ww[3]!)] })),
  ], ww);
  return doc(p, [P([r('个 人 简 历 表', { bold: true, size: 36 })], { alignment: AlignmentType.CENTER, spacing: { after: 200 } }), form, P([r('工作经历', { bold: true, size: 24 })], { spacing: { before: 240, after: 80 } }), work]);
}

/** A header table of label–value pairs; each job a row: "Company — Title" with bullets | dates in their own cell. */
export function companyTitleCell(p: Person): Document {
  const L = labels(p);
  const zh = p.lang === 'zh';
  const hw = [1500, 3453, 1500, 3453];
  const lab = (t: string, i: number) => cell([P([r(t, { bold: true, color: '595959' })])], hw[i]!, { shading: { type: ShadingType.CLEAR, fill: 'EDEDED', color: 'auto' } });
  const val = (t: string, i: number) => cell([P([t])], hw[i]!);
  const header = table([
    new TableRow({ children: [lab(L.phone, 0), val(p.phonePrinted, 1), lab(L.email, 2), val(p.email, 3)] }),
    new TableRow({ children: [lab(L.location, 0), val(p.location, 1), lab(L.languages, 2), val((p.spoken ?? []).join(zh ? '、' : ', '), 3)] }),
  ], hw);
  const jw = [WIDTH - 2100, 2100];
  const jobs = table(p.jobs.map((j) => new TableRow({ children: [
    cell([P([r(`${j.company} — ${j.title}`, { bold: true })]), ...j.bullets.map(bullet)], jw[0]!),
    // the start on one line, the end (or "Present") on the next, as narrow date cells wrap
    cell([P([`${date(j.start, zh ? 'YYYY年M月' : 'Mon YYYY')} ${zh ? '—' : '–'}`]), P([j.end ? date(j.end, zh ? 'YYYY年M月' : 'Mon YYYY') : zh ? '至今' : 'Present'])], jw[1]!, { verticalAlign: VerticalAlign.TOP }),
  ] })), jw);
  const edu = table(p.education.map((d) => new TableRow({ children: [cell([P([r(`${d.school} — ${d.degree}`, { bold: true })])], jw[0]!), cell([P([`${d.start.slice(0, 4)} – ${d.end.slice(0, 4)}`])], jw[1]!)] })), jw);
  const skills = table([new TableRow({ children: [cell([P([r(L.skills, { bold: true })])], 1500, { shading: { type: ShadingType.CLEAR, fill: 'EDEDED', color: 'auto' } }), cell([P([allSkills(p).map((s) => s.name).join('  ·  ')])], WIDTH - 1500)] })], [1500, WIDTH - 1500]);
  return doc(p, [P([r(p.name, { bold: true, size: 36 })], { spacing: { after: 0 } }), P([r(p.headline, { color: '595959' })], { spacing: { after: 140 } }), header, heading(L.profile, '404040'), P([p.summary]), heading(L.experience, '404040'), jobs, heading(L.education, '404040'), edu, heading(L.skills, '404040'), skills]);
}
