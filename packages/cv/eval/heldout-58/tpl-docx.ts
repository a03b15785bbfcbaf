/** DOCX templates of heldout-58 (built with the `docx` package; LibreOffice makes the PDFs). */
import {
  AlignmentType, BorderStyle, Column, ColumnBreak, Document, Footer, PageNumber, Paragraph, SectionType, ShadingType, TabStopType, Table, TableCell,
  TableRow, TextRun, VerticalMergeType, WidthType,
} from 'docx';
import type { Person } from './people.ts';
import { d, range, groups, newest, skills, dual } from './lib.ts';

const A4 = { width: 11906, height: 16838 };
const margin = { top: 1000, bottom: 1000, left: 1100, right: 1100 };
const W = A4.width - margin.left - margin.right; // 9706 twips
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
const thin = { style: BorderStyle.SINGLE, size: 4, color: '555555' };
const grid = { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin };
const font = (p: Person) => (p.language === 'en' ? 'Liberation Sans' : 'Noto Sans CJK SC');
const doc = (p: Person, sections: any[]) => new Document({
  creator: p.roman ?? p.name, title: `CV ${p.roman ?? p.name}`,
  styles: { default: { document: { run: { font: { ascii: font(p) === 'Liberation Sans' ? 'Liberation Sans' : 'Liberation Sans', eastAsia: 'Noto Sans CJK SC', hAnsi: 'Liberation Sans' }, size: 19 }, paragraph: { spacing: { after: 40 } } } } },
  sections,
});
const P = (text: string, o: { b?: boolean; i?: boolean; size?: number; color?: string; after?: number; before?: number; align?: any; caps?: boolean } = {}) =>
  new Paragraph({ alignment: o.align, spacing: { after: o.after ?? 40, before: o.before ?? 0 }, children: [new TextRun({ text, bold: o.b, italics: o.i, size: o.size, color: o.color, allCaps: o.caps })] });
const bullet = (text: string) => new Paragraph({ bullet: { level: 0 }, spacing: { after: 20 }, children: [new TextRun(text)] });
const heading = (text: string, color = '1F3A5F') => new Paragraph({ spacing: { before: 160, after: 60 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color, space: 1 } }, children: [new TextRun({ text, bold: true, size: 22, color, allCaps: true })] });
const cell = (children: (Paragraph | Table)[], o: { w?: number; fill?: string; span?: number; vmerge?: any } = {}) =>
  new TableCell({ children, columnSpan: o.span, verticalMerge: o.vmerge, width: o.w ? { size: o.w, type: WidthType.DXA } : undefined, shading: o.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: o.fill } : undefined, margins: { top: 60, bottom: 60, left: 100, right: 100 } });
const tcell = (text: string, o: { w?: number; fill?: string; b?: boolean; span?: number } = {}) => cell([P(text, { b: o.b, after: 0 })], o);
const pageFooter = (lead: string) => new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: `${lead}Page `, size: 16 }), new TextRun({ children: [PageNumber.CURRENT], size: 16 }), new TextRun({ text: ' of ', size: 16 }), new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16 })] })] });
const props = { page: { size: A4, margin } };

/** Single column: EMPLOYER, TOWN headings with their roles; each role's period sits at the end of its last duty line on a right tab. */
export function dutyTail(p: Person): Document {
  const ch: any[] = [P(dual(p), { b: true, size: 36, after: 20 }), P(p.headline, { size: 22, color: '555555', after: 40 })];
  const contact = p.others.map((o) => `${o.label} ${o.number}`).join('  ·  ') + `  ·  Mobile ${p.mobile}  ·  ${p.email}`;
  ch.push(P(p.address, { size: 17, after: 0 }), P(contact, { size: 17, after: 120 }));
  ch.push(heading('Profile'), P(p.summary));
  ch.push(heading('Key skills'));
  const s = skills(p);
  for (let i = 0; i < s.length; i += 2) ch.push(new Paragraph({ tabStops: [{ type: TabStopType.LEFT, position: 4600 }], spacing: { after: 20 }, children: [new TextRun(`• ${s[i]}`), new TextRun(s[i + 1] ? `\t• ${s[i + 1]}` : '')] }));
  ch.push(heading('Career history'));
  const pres = p.language === 'mixed' ? 'present' : 'Present';
  for (const g of groups(p)) {
    ch.push(P(`${g.company}, ${g.town}`.toUpperCase(), { b: true, before: 100, after: 20 }));
    for (const j of g.jobs) {
      ch.push(P(j.title, { b: true, i: true, after: 20 }));
      j.duties.forEach((du, k) => {
        const last = k === j.duties.length - 1;
        ch.push(new Paragraph({ bullet: { level: 0 }, spacing: { after: last ? 80 : 20 }, tabStops: [{ type: TabStopType.RIGHT, position: W }],
          children: [new TextRun(du), ...(last ? [new TextRun({ text: `\t${range(j, 'mon', ' to ', pres)}`, italics: true, color: '444444' })] : [])] }));
      });
    }
  }
  ch.push(heading('Education'));
  for (const e of p.education) ch.push(new Paragraph({ tabStops: [{ type: TabStopType.RIGHT, position: W }], children: [new TextRun({ text: `${e.degree}, ${e.school}`, bold: false }), new TextRun(`\t${d(e.start, 'year')} – ${d(e.end, 'year')}`)] }));
  ch.push(heading('Licences & certificates'), ...p.certs.map(bullet), heading('Languages'), P(p.languages.join(', ')), heading('Referees'), P('Available on request.'));
  return doc(p, [{ properties: props, footers: { default: pageFooter(`${p.roman ?? p.name} — CV — `) }, children: ch }]);
}

/** Table CV: a Career summary table (from / to / organisation / position) and a fuller history table below; en (p02) or 中文 (p11). */
export function careerLedger(p: Person): Document {
  const zh = p.language === 'zh';
  const T = (en: string, z: string) => (zh ? z : en);
  const f = zh ? 'yyyy.mm' : 'mm/yyyy';
  const pres = zh ? '至今' : 'present';
  const ch: any[] = [P(p.name, { b: true, size: 34, after: 20 }), P(p.headline, { color: '555555', size: 21 })];
  ch.push(P(`${p.others[0].label} ${p.others[0].number}   ${zh ? '手机' : 'Mob.'} ${p.mobile}   ${p.email}`, { size: 18, after: 0 }), P(p.address, { size: 18, after: 120 }));
  ch.push(heading(T('Career summary', '职业概览')));
  const w4 = [1300, 1300, 3900, 3206];
  const hdr = new TableRow({ tableHeader: true, children: [T('From', '起'), T('To', '止'), T('Organisation', '单位'), T('Position', '职务')].map((t, i) => tcell(t, { w: w4[i], fill: 'D9E2F3', b: true })) });
  ch.push(new Table({ width: { size: W, type: WidthType.DXA }, columnWidths: w4, borders: grid, rows: [hdr, ...newest(p).map((j) => new TableRow({ children: [d(j.start, f), j.end ? d(j.end, f) : pres, j.company, j.title].map((t, i) => tcell(t, { w: w4[i] })) }))] }));
  ch.push(heading(T('Career history', '工作经历详述')));
  const w2 = [3000, W - 3000];
  const rows = groups(p).map((g) => new TableRow({ children: [
    cell([P(g.company, { b: true, after: 20 }), P(g.town, { i: true, color: '555555' })], { w: w2[0], fill: 'F2F2F2' }),
    cell(g.jobs.flatMap((j) => [P(`${j.title}`, { b: true, after: 0 }), P(range(j, f, ' – ', pres), { i: true, color: '555555', after: 20 }), ...j.duties.map(bullet)]), { w: w2[1] }),
  ] }));
  ch.push(new Table({ width: { size: W, type: WidthType.DXA }, columnWidths: w2, borders: grid, rows }));
  ch.push(heading(T('Education', '教育背景')));
  const w3 = [2200, 3600, 3906];
  ch.push(new Table({ width: { size: W, type: WidthType.DXA }, columnWidths: w3, borders: grid, rows: p.education.map((e) => new TableRow({ children: [`${d(e.start, f)} – ${d(e.end, f)}`, e.school, e.degree].map((t, i) => tcell(t, { w: w3[i] })) })) }));
  ch.push(heading(T('Skills', '专业技能')));
  const s = skills(p), half = Math.ceil(s.length / 4);
  const wS = [W / 4, W / 4, W / 4, W / 4].map(Math.floor);
  ch.push(new Table({ width: { size: W, type: WidthType.DXA }, columnWidths: wS, borders: grid, rows: Array.from({ length: half }, (_, r) => new TableRow({ children: [0, 1, 2, 3].map((c) => tcell(s[c * half + r] ?? '', { w: wS[c] })) })) }));
  ch.push(heading(T('Languages and certificates', '语言与证书')), P(`${T('Languages', '语言')}: ${p.languages.join('; ')}`), P(`${T('Certificates', '证书')}: ${p.certs.join('; ')}`));
  return doc(p, [{ properties: props, children: ch }]);
}

/** French two-cell Word CV: shaded left cell (profile, skills, languages…), experience right ("Since September 2023"); phone numbers only in the footer. */
export function fr2cell(p: Person): Document {
  const lw = 3100, rw = W - lw;
  const left = [P('PROFILE', { b: true, color: '7B2D43' }), P(p.summary, { size: 18 }), P(' '), P('SKILLS', { b: true, color: '7B2D43' }), ...skills(p).map(bullet), P(' '),
    P('LANGUAGES', { b: true, color: '7B2D43' }), ...p.languages.map((l) => P(l, { size: 18 })), P(' '), P('CERTIFICATION', { b: true, color: '7B2D43' }), ...p.certs.map((c) => P(c, { size: 18 })), P(' '),
    P('INTERESTS', { b: true, color: '7B2D43' }), P('Trail running, ceramics, Lyon food bank volunteer', { size: 18 })];
  const right: any[] = [P(p.name, { b: true, size: 36, color: '7B2D43', after: 0 }), P(p.headline, { size: 22, after: 20 }), P(`${p.address}  ·  ${p.email}`, { size: 17, after: 160 }), P('PROFESSIONAL EXPERIENCE', { b: true, color: '7B2D43', after: 60 })];
  for (const j of newest(p)) {
    right.push(P(`${j.title} — ${j.company}, ${j.town}`, { b: true, after: 0 }), P(j.end ? `${d(j.start, 'month')} – ${d(j.end, 'month')}` : `Since ${d(j.start, 'month')}`, { i: true, color: '666666', after: 20 }), ...j.duties.map(bullet), P(' ', { after: 0 }));
  }
  right.push(P('EDUCATION', { b: true, color: '7B2D43', after: 60 }));
  for (const e of p.education) right.push(P(`${e.degree}`, { b: true, after: 0 }), P(`${e.school}, ${d(e.start, 'year')}–${d(e.end, 'year')}`, { after: 60 }));
  const t = new Table({ width: { size: W, type: WidthType.DXA }, columnWidths: [lw, rw], borders: noBorders, rows: [new TableRow({ children: [cell(left, { w: lw, fill: 'F3E9EC' }), cell(right, { w: rw })] })] });
  const foot = new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, border: { top: { style: BorderStyle.SINGLE, size: 4, color: '7B2D43', space: 2 } }, children: [new TextRun({ text: `${p.name}  ·  Tél. ${p.others[0].number}  ·  Portable ${p.mobile}  ·  ${p.email}`, size: 16 })] })] });
  return doc(p, [{ properties: props, footers: { default: foot }, children: [t] }]);
}

/** Polish CV using Word section columns: one-column header section, then two unequal columns (narrow left column, column break); RODO clause in the footer. */
export function plCols(p: Person): Document {
  const first = [P(p.name, { b: true, size: 38, after: 0, color: '1B5E20' }), P(p.headline, { size: 22, after: 80 })];
  const left: any[] = [P('CONTACT', { b: true, color: '1B5E20' }), P(p.address, { size: 17 }), P(`${p.others[0].label}: ${p.others[0].number}`, { size: 17 }), P(`Mobile: ${p.mobile}`, { size: 17 }), P(`(${p.messenger} on the same number)`, { size: 16, i: true }), P(p.email, { size: 17, after: 120 }),
    P('SKILLS', { b: true, color: '1B5E20' }), ...skills(p).map((s) => P(`▪ ${s}`, { size: 17 })), P(' '), P('LANGUAGES', { b: true, color: '1B5E20' }), ...p.languages.map((s) => P(s, { size: 17 })), P(' '),
    P('CERTIFICATES', { b: true, color: '1B5E20' }), ...p.certs.map((s) => P(s, { size: 17 }))];
  const right: any[] = [new Paragraph({ pageBreakBefore: false, children: [new TextRun({ text: 'EXPERIENCE', bold: true, color: '1B5E20' })] })];
  for (const j of newest(p)) {
    right.push(new Paragraph({ tabStops: [{ type: TabStopType.RIGHT, position: 6100 }], spacing: { before: 60, after: 0 }, children: [new TextRun({ text: j.title, bold: true }), new TextRun({ text: `\t${j.end ? range(j, 'mm.yyyy', ' – ', '') : 'since ' + d(j.start, 'mm.yyyy')}`, color: '555555' })] }));
    right.push(P(`${j.company}, ${j.town}`, { i: true, after: 20 }), ...j.duties.map(bullet));
  }
  right.push(P(' '), P('EDUCATION', { b: true, color: '1B5E20' }), ...p.education.map((e) => P(`${d(e.start, 'mm.yyyy')} – ${d(e.end, 'mm.yyyy')}  ${e.degree}, ${e.school}`)));
  const foot = new Footer({ children: [P('I hereby consent to the processing of my personal data included in my application for the needs of the recruitment process in accordance with Regulation (EU) 2016/679 (GDPR).', { size: 14, i: true, align: AlignmentType.CENTER })] });
  return doc(p, [
    { properties: { ...props }, footers: { default: foot }, children: first },
    { properties: { ...props, type: SectionType.CONTINUOUS, column: { count: 2, space: 400, equalWidth: false, separate: true, children: [new Column({ width: 3000, space: 400 }), new Column({ width: W - 3400 })] } }, footers: { default: foot },
      children: [...left, new Paragraph({ children: [new ColumnBreak()] }), ...right] },
  ]);
}

/** Consultancy CV: employment table (period / employer / position) and a separate table of client engagements (clients are not employers). */
export function clientMatrix(p: Person): Document {
  const ch: any[] = [];
  const hw = [5600, W - 5600];
  ch.push(new Table({ width: { size: W, type: WidthType.DXA }, columnWidths: hw, borders: noBorders, rows: [new TableRow({ children: [
    cell([P(p.name, { b: true, size: 34, after: 0, color: '2E4057' }), P(p.headline, { size: 21 })], { w: hw[0] }),
    cell([P(`${p.others[0].label} ${p.others[0].number}`, { size: 17, align: AlignmentType.RIGHT, after: 0 }), P(`Cel. ${p.mobile} (${p.messenger})`, { size: 17, align: AlignmentType.RIGHT, after: 0 }), P(p.email, { size: 17, align: AlignmentType.RIGHT, after: 0 }), P(p.address, { size: 17, align: AlignmentType.RIGHT })], { w: hw[1] }),
  ] })] }));
  ch.push(heading('Profile', '2E4057'), P(p.summary));
  ch.push(heading('Employment', '2E4057'));
  const w = [2300, 3400, W - 5700];
  ch.push(new Table({ width: { size: W, type: WidthType.DXA }, columnWidths: w, borders: grid, rows: [
    new TableRow({ tableHeader: true, children: ['Period', 'Employer', 'Position and scope'].map((t, i) => tcell(t, { w: w[i], fill: 'DCE3EA', b: true })) }),
    ...newest(p).map((j) => new TableRow({ children: [tcell(range(j, 'mon', ' – ', 'to date'), { w: w[0] }), tcell(`${j.company}\n`.trim(), { w: w[1] }), cell([P(j.title, { b: true, after: 0 }), ...j.duties.map(bullet)], { w: w[2] })] })),
  ] }));
  ch.push(heading('Selected client engagements', '2E4057'));
  const cw = [3300, 3200, 1500, W - 8000];
  const eng: string[][] = [];
  const years: Record<string, string> = { 'Banco Austral del Sur (retail banking app)': '2018', 'Correo Andino (parcel tracking)': '2019', 'Farmacias Riolar (e-commerce)': '2020', 'Aerovías del Plata (booking flow)': '2021', 'Provincial Ministry of Modernisation, Río Seco (citizen portal)': '2022' };
  for (const j of p.work) for (const c of j.clients ?? []) { const m = c.match(/^(.*) \((.*)\)$/)!; eng.push([m[1], m[2], years[c], `via ${j.company}`]); }
  ch.push(new Table({ width: { size: W, type: WidthType.DXA }, columnWidths: cw, borders: grid, rows: [
    new TableRow({ tableHeader: true, children: ['Client', 'Engagement', 'Year', 'Engaged through'].map((t, i) => tcell(t, { w: cw[i], fill: 'DCE3EA', b: true })) }),
    ...eng.map((r) => new TableRow({ children: r.map((t, i) => tcell(t, { w: cw[i] })) })),
  ] }));
  ch.push(heading('Skills', '2E4057'));
  const s = skills(p); const sw = [W / 2, W / 2].map(Math.floor);
  ch.push(new Table({ width: { size: W, type: WidthType.DXA }, columnWidths: sw, borders: grid, rows: [0, 1, 2, 3].map((r) => new TableRow({ children: [tcell(s[r], { w: sw[0] }), tcell(s[r + 4], { w: sw[1] })] })) }));
  ch.push(heading('Education', '2E4057'), ...p.education.map((e) => P(`${e.degree} — ${e.school} (${d(e.start, 'year')}–${d(e.end, 'year')})`)));
  ch.push(heading('Languages', '2E4057'), P(p.languages.join(' · ')), heading('Certification', '2E4057'), ...p.certs.map(bullet));
  return doc(p, [{ properties: props, children: ch }]);
}

/** Egyptian Word CV on a two-cell table: left cell with personal data (military status) and Tel / Fax / Mob lines; "From Dec 2023 till now". */
export function eg2cell(p: Person): Document {
  const lw = 3300, rw = W - lw;
  const left = [P('PERSONAL DATA', { b: true, color: 'FFFFFF' }), ...['Date of birth: 02/03/1990', 'Nationality: Egyptian', 'Marital status: Married', 'Military status: Completed'].map((t) => P(t, { size: 17, color: 'FFFFFF' })), P(' '),
    P('CONTACT', { b: true, color: 'FFFFFF' }), ...p.others.map((o) => P(`${o.label}: ${o.number}`, { size: 17, color: 'FFFFFF' })), P(`Mob: ${p.mobile}`, { size: 17, color: 'FFFFFF' }), P(p.email, { size: 17, color: 'FFFFFF' }), P(p.address, { size: 17, color: 'FFFFFF' }), P(' '),
    P('TECHNICAL SKILLS', { b: true, color: 'FFFFFF' }), ...skills(p).map((s) => P(`» ${s}`, { size: 17, color: 'FFFFFF' })), P(' '), P('LANGUAGES', { b: true, color: 'FFFFFF' }), ...p.languages.map((s) => P(s, { size: 17, color: 'FFFFFF' }))];
  const right: any[] = [P(p.name.toUpperCase(), { b: true, size: 34, color: '0E3B5C', after: 0 }), P(p.headline, { size: 22, after: 100 }), P('CAREER OBJECTIVE', { b: true, color: '0E3B5C' }), P(p.summary, { after: 100 }), P('WORK EXPERIENCE', { b: true, color: '0E3B5C' })];
  for (const j of newest(p)) right.push(P(`${j.title} – ${j.company}, ${j.town}`, { b: true, after: 0 }), P(j.end ? `From ${d(j.start, 'mon')} to ${d(j.end, 'mon')}` : `From ${d(j.start, 'mon')} till now`, { i: true, color: '666666', after: 20 }), ...j.duties.map(bullet));
  right.push(P(' '), P('CERTIFICATIONS', { b: true, color: '0E3B5C' }), ...p.certs.map(bullet), P(' '), P('EDUCATION', { b: true, color: '0E3B5C' }), ...p.education.map((e) => P(`${e.degree}, ${e.school} (${d(e.start, 'year')} – ${d(e.end, 'year')}) – Grade: Very Good`)));
  const t = new Table({ width: { size: W, type: WidthType.DXA }, columnWidths: [lw, rw], borders: noBorders, rows: [new TableRow({ children: [cell(left, { w: lw, fill: '0E3B5C' }), cell(right, { w: rw })] })] });
  return doc(p, [{ properties: props, children: [t] }]);
}

/** Single column: employer in bold on its own line, each role's dates on the next line in brackets, then the title in italics. */
export function employerLine(p: Person): Document {
  const mixed = p.language === 'mixed';
  const ch: any[] = [P(mixed ? `${p.name}  ${p.roman!.toUpperCase()}` : p.name.toUpperCase(), { b: true, size: 34, align: AlignmentType.CENTER, after: 0 }), P(p.headline, { align: AlignmentType.CENTER, size: 21, after: 20 })];
  ch.push(P(`${p.address}`, { align: AlignmentType.CENTER, size: 17, after: 0 }), P(`${p.others.map((o) => `${o.label} ${o.number}`).join(' | ')} | Mobile ${p.mobile} | ${p.email}`, { align: AlignmentType.CENTER, size: 17, after: 120 }));
  ch.push(heading('Professional summary', '333333'), P(p.summary), heading('Employment history', '333333'));
  for (const g of groups(p)) {
    ch.push(P(g.company, { b: true, size: 21, before: 100, after: 0 }));
    for (const j of g.jobs) {
      ch.push(P(`(${range(j, 'mon', ' – ', 'present')})`, { color: '555555', after: 0 }));
      ch.push(P(`${j.title}, ${j.town}`, { i: true, after: 20 }), ...j.duties.map(bullet));
    }
  }
  ch.push(heading('Core skills', '333333'), P(skills(p).join('  |  ')));
  ch.push(heading('Education', '333333'), ...p.education.map((e) => P(`${e.degree}, ${e.school}, ${d(e.start, 'year')}–${d(e.end, 'year')}`)));
  ch.push(heading('Professional certifications', '333333'), ...p.certs.map(bullet), heading('Languages', '333333'), P(p.languages.join(', ')));
  return doc(p, [{ properties: props, footers: { default: pageFooter('') }, children: ch }]);
}

/** 职务经历书 (Japanese career-history sheet) in Chinese as Word tables: company header row per employer, 期间 / 业务内容 / 职位·规模 rows. */
export function shokumuTable(p: Person): Document {
  const info: Record<string, string> = {
    '大连海辰软件有限公司': '事业内容：对日软件外包　资本金：3,000万元　员工数：1,200名',
    '株式会社ネクサスブリッジ': '事业内容：系统集成、SES　资本金：5,000万日元　员工数：280名',
    '株式会社ミドリテック': '事业内容：零售及物流系统开发　资本金：8,000万日元　员工数：320名',
  };
  const ch: any[] = [P('职 务 经 历 书', { b: true, size: 32, align: AlignmentType.CENTER, after: 60 }), P('2026年12月1日现在', { align: AlignmentType.RIGHT, after: 0 }), P(`姓名　${p.name}`, { align: AlignmentType.RIGHT, after: 120 })];
  ch.push(P('■职务概要', { b: true }), P(`${p.summary}2012年大学毕业后在大连从事对日软件开发，2015年赴日，现任项目负责人。`, { after: 120 }), P('■职务经历', { b: true }));
  const w = [2300, 5300, W - 7600];
  for (const g of groups(p)) {
    const j0 = g.jobs[g.jobs.length - 1], j1 = g.jobs[0];
    const rows = [
      new TableRow({ children: [cell([P(`${g.company}　（${d(j0.start, 'zh')}～${j1.end ? d(j1.end, 'zh') : '現在'}）`, { b: true, after: 0 })], { span: 3, fill: 'D9D9D9' })] }),
      new TableRow({ children: [cell([P(info[g.company], { size: 17, after: 0 })], { span: 3 })] }),
      new TableRow({ children: ['期间', '业务内容', '职位・规模'].map((t, i) => tcell(t, { w: w[i], fill: 'F2F2F2', b: true })) }),
      ...g.jobs.map((j) => new TableRow({ children: [tcell(range(j, 'zh', '～', '現在'), { w: w[0] }), cell([P(j.title, { b: true, after: 0 }), ...j.duties.map((x) => P(`・${x}`, { after: 0 }))], { w: w[1] }), tcell(j.end === null ? '项目负责人・15名' : '成员', { w: w[2] })] })),
    ];
    ch.push(new Table({ width: { size: W, type: WidthType.DXA }, columnWidths: w, borders: grid, rows }), P(' ', { after: 60 }));
  }
  ch.push(P('■技术', { b: true }));
  const yrs = ['14年', '10年', '8年', '5年', '6年', '7年', '4年', '5年'];
  const sw = [4853, 4853];
  ch.push(new Table({ width: { size: W, type: WidthType.DXA }, columnWidths: sw, borders: grid, rows: [new TableRow({ children: [tcell('技术・技能', { w: sw[0], fill: 'F2F2F2', b: true }), tcell('经验年数', { w: sw[1], fill: 'F2F2F2', b: true })] }), ...skills(p).map((s, i) => new TableRow({ children: [tcell(s, { w: sw[0] }), tcell(yrs[i], { w: sw[1] })] }))] }));
  ch.push(P(' '), P('■资格', { b: true }), ...p.certs.map((c) => P(`・${c}`)), P('■语言', { b: true }), P(p.languages.join('／')), P('■学历', { b: true }), ...p.education.map((e) => P(`${d(e.start, 'zh')}～${d(e.end, 'zh')}　${e.school}　${e.degree}`)));
  ch.push(P('■联系方式', { b: true }), P(`${p.others[0].label}：${p.others[0].number}　手机：${p.mobile}　邮箱：${p.email}`), P('以上', { align: AlignmentType.RIGHT }));
  return doc(p, [{ properties: props, children: ch }]);
}
