/**
 * heldout-43 — Word documents built with the `docx` package. Each function returns a Document; generate.ts packs it
 * and LibreOffice prints it to PDF (exportDocxToPdf).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  FrameAnchorType,
  FrameWrap,
  Header,
  HeightRule,
  ImageRun,
  LevelFormat,
  PageNumber,
  Paragraph,
  SectionType,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  Textbox,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { Job, Person } from './people.ts';
import { fd, newestFirst, period, portraitPng, skillsOf } from './lib.ts';

const mm = (x: number) => Math.round(x * 56.7);
type RunOpts = ConstructorParameters<typeof TextRun>[0] & object;
const t = (text: string, o: Omit<Exclude<RunOpts, string>, 'text'> = {}) => new TextRun({ text, ...o });
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const noTable = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const noCell = { top: NONE, bottom: NONE, left: NONE, right: NONE };
const line = (color = '999999', size = 4) => ({ style: BorderStyle.SINGLE, size, color });
const grid = (color = '000000', size = 4) => ({ top: line(color, size), bottom: line(color, size), left: line(color, size), right: line(color, size), insideHorizontal: line(color, size), insideVertical: line(color, size) });

const ZH = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' };
const ZH_HEI = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: '微软雅黑' };

function bulletNumbering(ref: string, left: number, hanging = mm(4), glyph = '•') {
  return { reference: ref, levels: [{ level: 0, format: LevelFormat.BULLET, text: glyph, alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left, hanging } } } }] };
}

const pageFooter = (prefix: string, font = 'Arial', size = 16) =>
  new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ font, size, color: '666666', children: [prefix, PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES] })] })] });

// ─────────────────────────────────────────────────────────────────────────────
// frame-sideheads — English Word CV whose side heads are text FRAMES (w:framePr) anchored in the left strip:
// each job's dates and employer sit in a frame beside the indented title and bullets; section titles full width.
// ─────────────────────────────────────────────────────────────────────────────
export function frameSideheads(p: Person): Document {
  const F = 'Arial';
  const IND = mm(46);
  const side = (lines: { s: string; b?: boolean; c?: string }[]) =>
    new Paragraph({
      frame: { type: 'absolute', position: { x: 0, y: 0 }, width: mm(41), anchor: { horizontal: FrameAnchorType.MARGIN, vertical: FrameAnchorType.TEXT }, wrap: FrameWrap.AROUND },
      spacing: { before: 0, after: 0, line: 250 },
      children: lines.map((l, i) => t(l.s, { font: F, size: 17, bold: l.b, color: l.c ?? '333333', break: i ? 1 : 0 })),
    });
  const body = (children: TextRun[], after = 40) => new Paragraph({ indent: { left: IND }, spacing: { after }, children });
  const bullet = (s: string) => new Paragraph({ numbering: { reference: 'side-dots', level: 0 }, spacing: { after: 20 }, children: [t(s, { font: F, size: 19 })] });
  const head = (s: string) =>
    new Paragraph({ keepNext: true, spacing: { before: 260, after: 120 }, border: { bottom: line('1F4E79', 8) }, children: [t(s.toUpperCase(), { font: F, size: 21, bold: true, color: '1F4E79', characterSpacing: 30 })] });
  const present = p.id === 'p06' ? 'Present' : 'present';
  const out: (Paragraph | Table)[] = [];
  out.push(new Paragraph({ spacing: { after: 40 }, children: [t(p.name, { font: F, size: 40, bold: true, color: '1F4E79' })] }));
  out.push(new Paragraph({ spacing: { after: 40 }, children: [t(p.headline, { font: F, size: 22, color: '555555' })] }));
  out.push(
    new Paragraph({
      spacing: { after: 80 },
      children: [t(p.address, { font: F, size: 17 }), t('   |   Mobile: ' + p.phoneShow[p.id === 'p06' ? 1 : 0], { font: F, size: 17 }), t('   |   ' + p.email, { font: F, size: 17 })],
    }),
  );
  if (p.otherPhones[0]) out.push(new Paragraph({ spacing: { after: 40 }, children: [t(`${p.otherPhones[0].label}: ${p.otherPhones[0].number}`, { font: F, size: 17, color: '666666' })] }));
  out.push(head('Profile'));
  out.push(side([{ s: 'About me', b: true, c: '1F4E79' }]));
  out.push(body([t(p.summary, { font: F, size: 19 })]));
  out.push(head('Employment history'));
  const rows: { s: string; el: (Paragraph | Table)[] }[] = [];
  for (const j of newestFirst(p)) {
    const el: Paragraph[] = [];
    el.push(side([{ s: `${fd(j.start, 'Mon YYYY')} – ${j.end ? fd(j.end, 'Mon YYYY') : present}`, b: true }, { s: j.company.toUpperCase(), b: true, c: '1F4E79' }]));
    el.push(body([t(j.title, { font: F, size: 20, bold: true }), t(`, ${j.town}`, { font: F, size: 19, italics: true, color: '555555' })]));
    for (const b of j.bullets) el.push(bullet(b));
    // keep the body at least as tall as its side-head frame, or the next frame rides up into this one
    const frameH = (1 + Math.ceil(j.company.length / 16)) * 250;
    const bodyH = 270 + j.bullets.reduce((n, b) => n + Math.ceil((b.length + 2) / 85) * 220 + 20, 0);
    el.push(new Paragraph({ indent: { left: IND }, spacing: { after: Math.max(160, frameH - bodyH + 220) }, children: [] }));
    rows.push({ s: j.start, el });
  }
  for (const g of p.gaps) {
    rows.push({ s: g.start, el: [side([{ s: `${fd(g.start, 'Mon YYYY')} – ${fd(g.end, 'Mon YYYY')}`, b: true }]), body([t(g.text, { font: F, size: 19, italics: true })], 260)] });
  }
  rows.sort((a, b) => (b.s < a.s ? -1 : 1));
  for (const r of rows) out.push(...r.el);
  out.push(head('Education'));
  for (const e of p.education) {
    out.push(side([{ s: `${fd(e.start, 'YYYY')} – ${fd(e.end, 'YYYY')}`, b: true }]));
    out.push(body([t(e.degree, { font: F, size: 19, bold: true }), t(`, ${e.school}, ${e.town ?? ''}`, { font: F, size: 19 })], 120));
  }
  out.push(head('Key skills'));
  const sk = skillsOf(p);
  for (let i = 0; i < sk.length; i += 2)
    out.push(new Paragraph({ indent: { left: IND }, tabStops: [{ type: TabStopType.LEFT, position: mm(108) }], spacing: { after: 30 }, children: [t('▪ ' + sk[i], { font: F, size: 19 }), ...(sk[i + 1] ? [t('\t▪ ' + sk[i + 1], { font: F, size: 19 })] : [])] }));
  out.push(head(p.id === 'p06' ? 'Tickets, licences & certificates' : 'Certificates'));
  for (const c of p.certificates) out.push(body([t(c, { font: F, size: 19 })], 30));
  out.push(head('Languages'));
  for (const l of p.languages) out.push(body([t(l, { font: F, size: 19 })], 30));
  if (p.referees.length) {
    out.push(head('Referees'));
    for (const r of p.referees) out.push(body([t(r.name, { font: F, size: 19, bold: true }), t(` — ${r.role}`, { font: F, size: 19 }), t(`Phone: ${r.phone}`, { font: F, size: 19, break: 1 })], 80));
  } else {
    out.push(head('References'));
    out.push(body([t('Available on request.', { font: F, size: 19 })]));
  }
  return new Document({
    creator: p.name,
    numbering: { config: [bulletNumbering('side-dots', IND + mm(4))] },
    styles: { default: { document: { run: { font: F, size: 19 } } } },
    sections: [
      {
        properties: { page: { size: { width: mm(210), height: mm(297) }, margin: { top: mm(16), bottom: mm(18), left: mm(16), right: mm(16) } } },
        footers: { default: pageFooter(`${p.name} — Curriculum Vitae — Page `) },
        children: out,
      },
    ],
  });
}

// ─────────────────────────────────────────────────────────────────────────────
// wps-fenlan — Chinese Word/WPS 简历 squeezed with 分栏: a one-column title section, then a continuous section with
// two EQUAL newspaper columns and a separator line and no column break, so jobs run on from column to column.
// ─────────────────────────────────────────────────────────────────────────────
export function wpsFenlan(p: Person): Document {
  const x = p.extra;
  const s = 20;
  const r = (text: string, o: Omit<Exclude<RunOpts, string>, 'text'> = {}) => t(text, { font: ZH, size: s, ...o });
  const P = (children: TextRun[], o: Record<string, unknown> = {}) => new Paragraph({ spacing: { after: 40, line: 300 }, children, ...o });
  const head = (z: string) => new Paragraph({ spacing: { before: 160, after: 80 }, border: { bottom: line('2E75B6', 8) }, children: [t('▍' + z, { font: ZH_HEI, size: 24, bold: true, color: '2E75B6' })] });
  const top: Paragraph[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [t('个 人 简 历', { font: ZH_HEI, size: 36, bold: true })] }),
    P([r('姓　　名：'), r(p.name, { bold: true, size: 24 }), r('　　性　　别：' + x.gender + '　　出生年月：' + x.birth)], { alignment: AlignmentType.CENTER }),
    P([r('手　　机：' + p.phoneShow[2] + '　　邮　　箱：' + p.email)], { alignment: AlignmentType.CENTER }),
    P([r('学　　历：' + x.degree + '　　籍　　贯：' + x.hometown + '　　现居住地：' + p.location)], { alignment: AlignmentType.CENTER, spacing: { after: 160 } }),
  ];
  const cols: Paragraph[] = [];
  cols.push(head('求职意向'));
  cols.push(P([r(`${p.headline}（机械设计／非标自动化方向），工作地点：苏州、昆山；期望薪资：${x.salary}`)]));
  cols.push(head('自我评价'));
  cols.push(P([r(p.summary)]));
  cols.push(head('教育背景'));
  for (const e of p.education) cols.push(P([r(`${fd(e.start, 'YYYY年M月')}—${fd(e.end, 'YYYY年M月')}`, { bold: true })]), P([r(`${e.school}　${e.degree}`)]));
  cols.push(head('专业技能'));
  skillsOf(p).forEach((k) => cols.push(P([r('◆ ' + k)])));
  cols.push(head('工作经历'));
  for (const j of newestFirst(p)) {
    cols.push(P([r(j.end ? `${fd(j.start, 'YYYY年M月')}—${fd(j.end, 'YYYY年M月')}` : `${fd(j.start, 'YYYY年M月')}至今`, { bold: true, color: '2E75B6' })], { spacing: { before: 80, after: 20 } }));
    cols.push(P([r(j.company, { bold: true }), r('　｜　' + j.title)]));
    j.bullets.forEach((b, i) => cols.push(P([r(`${i + 1}. ${b}`)], { indent: { left: mm(4), hanging: mm(4) } })));
  }
  cols.push(head('证书与语言'));
  [...p.certificates, ...p.languages].forEach((k) => cols.push(P([r(k)])));
  cols.push(P([r('兴趣爱好：' + p.interests.join('、'))]));
  const pg = { size: { width: mm(210), height: mm(297) }, margin: { top: mm(18), bottom: mm(18), left: mm(17), right: mm(17) } };
  return new Document({
    creator: p.name,
    styles: { default: { document: { run: { font: ZH, size: s } } } },
    sections: [
      { properties: { page: pg }, children: top },
      { properties: { page: pg, type: SectionType.CONTINUOUS, column: { count: 2, space: mm(8), separate: true, equalWidth: true } }, footers: { default: pageFooter('第 ', '宋体', 16) }, children: cols },
    ],
  });
}

// ─────────────────────────────────────────────────────────────────────────────
// textbox-namecard — Chinese Word template whose left column is ONE floating text box (VML) anchored to the page:
// name, photo, 求职意向, 基本信息, 联系方式, skills and certificates inside a shaded one-cell table in the box;
// the body is indented past it and runs on to page 2, where the box does not continue.
// ─────────────────────────────────────────────────────────────────────────────
export function textboxNamecard(p: Person): Document {
  const mixed = p.language === 'mixed';
  const x = p.extra;
  const H = (z: string, e: string) => (mixed ? `${z}  ${e}` : z);
  const W = 'FFFFFF';
  const sr = (text: string, o: Omit<Exclude<RunOpts, string>, 'text'> = {}) => t(text, { font: ZH_HEI, size: 18, color: W, ...o });
  const sp = (children: TextRun[], after = 40) => new Paragraph({ spacing: { after, line: 280 }, children });
  const sh = (z: string, e: string) => new Paragraph({ spacing: { before: 200, after: 80 }, border: { bottom: line('8FB3C9', 6) }, children: [sr(H(z, e), { bold: true, size: 21 })] });
  const sideKids: Paragraph[] = [
    new Paragraph({ spacing: { before: 200, after: 40 }, children: [sr(p.name, { bold: true, size: 44 })] }),
    ...(mixed ? [sp([sr(p.nameAlt ?? '', { size: 22, color: 'D6E6F0' })])] : []),
    new Paragraph({ spacing: { before: 120, after: 120 }, children: [new ImageRun({ type: 'png', data: portraitPng(150, 190, 'd8e4ec', '7f9db3'), transformation: { width: 100, height: 127 } })] }),
    sh('求职意向', 'Objective'),
    sp([sr(p.headline)]),
    ...(mixed && p.headlineAlt ? [sp([sr(p.headlineAlt)])] : []),
    sh('基本信息', 'Profile'),
    sp([sr(`性别：${x.gender}　年龄：${x.age}`)]),
    sp([sr(`籍贯：${x.hometown}`)]),
    sp([sr(`学历：${x.degree}`)]),
    ...(x.political ? [sp([sr(`政治面貌：${x.political}`)])] : []),
    sh('联系方式', 'Contact'),
    sp([sr(`手机：${p.phoneShow[mixed ? 0 : 1]}`)]),
    sp([sr(`邮箱：${p.email}`)]),
    ...p.otherPhones.map((o) => sp([sr(`${o.label}：${o.number}`, { color: 'D6E6F0' })])),
    sh('专业技能', 'Skills'),
    ...skillsOf(p).map((k) => sp([sr('■ ' + k)], 20)),
    sh('证书', 'Certificates'),
    ...p.certificates.map((k) => sp([sr(k)], 20)),
    sh('语言', 'Languages'),
    ...p.languages.map((k) => sp([sr(k)], 20)),
  ];
  const box = new Textbox({
    style: { width: '64mm', height: '280mm', position: 'absolute', positionHorizontal: 'absolute', positionHorizontalRelative: 'page', positionVertical: 'absolute', positionVerticalRelative: 'page', marginLeft: '0mm', marginTop: '8mm', zIndex: 1 },
    children: [
      new Table({
        layout: TableLayoutType.FIXED,
        width: { size: mm(60), type: WidthType.DXA },
        columnWidths: [mm(60)],
        borders: noTable,
        rows: [new TableRow({ height: { value: mm(275), rule: HeightRule.EXACT }, children: [new TableCell({ width: { size: mm(60), type: WidthType.DXA }, shading: { type: ShadingType.CLEAR, fill: '2D4B61', color: 'auto' }, margins: { left: mm(5), right: mm(4), top: mm(4) }, borders: noCell, children: sideKids })] })],
      }),
    ],
  });
  const IND = mm(56);
  const r = (text: string, o: Omit<Exclude<RunOpts, string>, 'text'> = {}) => t(text, { font: ZH, size: 20, ...o });
  const P = (children: TextRun[], after = 40, extra: Record<string, unknown> = {}) => new Paragraph({ indent: { left: IND }, spacing: { after, line: 300 }, children, ...extra });
  const head = (z: string, e: string) =>
    new Paragraph({ indent: { left: IND }, spacing: { before: 240, after: 100 }, border: { bottom: line('2D4B61', 10) }, children: [t(H(z, e), { font: ZH_HEI, size: 24, bold: true, color: '2D4B61' })] });
  const right = mm(210 - 14 - 12);
  const body: (Paragraph | Textbox)[] = [box];
  body.push(new Paragraph({ indent: { left: IND }, spacing: { after: 60 }, children: [t(mixed ? '个人简历  RESUME' : '个 人 简 历', { font: ZH_HEI, size: 34, bold: true, color: '2D4B61' })] }));
  body.push(head('自我评价', 'Summary'));
  body.push(P([r(p.summary)]));
  body.push(head('工作经历', 'Work Experience'));
  for (const j of newestFirst(p)) {
    const when = mixed ? period(j, 'YYYY.MM', '至今 / present') : period(j, 'YYYY/MM', '至今', ' - ');
    body.push(P([r(j.company, { bold: true }), r('\t' + when, { color: '555555' })], 20, { tabStops: [{ type: TabStopType.RIGHT, position: right }], spacing: { before: 100, after: 20 } }));
    body.push(P([r((mixed ? '职位 Position：' : '职位：') + j.title + (mixed && j.titleAlt ? ` / ${j.titleAlt}` : ''))], 20));
    for (const b of j.bullets) body.push(P([r('· ' + b)], 20, { indent: { left: IND + mm(3), hanging: mm(3) } }));
  }
  body.push(head('教育背景', 'Education'));
  for (const e of p.education)
  {
    body.push(P([r(e.school, { bold: true }), r('\t' + `${fd(e.start, mixed ? 'YYYY.MM' : 'YYYY/MM')} - ${fd(e.end, mixed ? 'YYYY.MM' : 'YYYY/MM')}`, { color: '555555' })], 20, { tabStops: [{ type: TabStopType.RIGHT, position: right }] }));
    body.push(P([r(e.degree)], 80));
  }
  body.push(head('兴趣爱好', 'Interests'));
  body.push(P([r(p.interests.join('、'))]));
  return new Document({
    creator: p.name,
    styles: { default: { document: { run: { font: ZH, size: 20 } } } },
    sections: [{ properties: { page: { size: { width: mm(210), height: mm(297) }, margin: { top: mm(14), bottom: mm(14), left: mm(12), right: mm(14) } } }, children: body as never }],
  });
}

// ─────────────────────────────────────────────────────────────────────────────
// nested-cell — Word résumé on a borderless two-cell layout table with the shaded narrow cell on the RIGHT; inside the
// wide main cell every job is its own nested 2-column table (dates + employer | title + duties).
// ─────────────────────────────────────────────────────────────────────────────
export function nestedCell(p: Person): Document {
  const tw = p.language === 'mixed' && p.id === 'p13';
  const F = tw ? { ascii: 'Calibri', hAnsi: 'Calibri', eastAsia: '微軟正黑體' } : { ascii: 'Calibri', hAnsi: 'Calibri', eastAsia: '微软雅黑' };
  const r = (text: string, o: Omit<Exclude<RunOpts, string>, 'text'> = {}) => t(text, { font: F, size: 19, ...o });
  const P = (children: TextRun[], after = 40, o: Record<string, unknown> = {}) => new Paragraph({ spacing: { after, line: 264 }, children, ...o });
  const accent = tw ? '8A5A44' : '1B5E7A';
  const fill = tw ? 'F3ECE4' : 'E6EFF3';
  const H = (zh: string, en: string) => (tw ? `${zh} ${en}` : en);
  const head = (zh: string, en: string) => new Paragraph({ spacing: { before: 200, after: 80 }, border: { bottom: line(accent, 8) }, children: [r(H(zh, en).toUpperCase(), { bold: true, size: 21, color: accent })] });
  const when = (j: Job) => (tw ? `${fd(j.start, 'YYYY/MM')} – ${j.end ? fd(j.end, 'YYYY/MM') : '現在'}` : `${fd(j.start, 'Mon YYYY')} – ${j.end ? fd(j.end, 'Mon YYYY') : 'Present'}`);
  const MAIN = mm(124);
  const SIDE = mm(58);
  const jobTable = (j: Job) =>
    new Table({
      layout: TableLayoutType.FIXED,
      width: { size: MAIN - mm(4), type: WidthType.DXA },
      columnWidths: [mm(33), MAIN - mm(4) - mm(33)],
      borders: { ...noTable, bottom: { style: BorderStyle.DOTTED, size: 4, color: 'AAAAAA' } },
      rows: [
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({ borders: noCell, margins: { top: mm(1.5), bottom: mm(1.5), right: mm(2) }, children: [P([r(when(j), { bold: true, size: 17, color: accent })], 40), P([r(j.company, { size: 17, bold: true })], 20), ...(j.companyAlt ? [P([r(j.companyAlt, { size: 15, color: '777777' })], 20)] : [])] }),
            new TableCell({
              borders: noCell,
              margins: { top: mm(1.5), bottom: mm(1.5), left: mm(2) },
              children: [P([r(j.title, { bold: true }), ...(j.titleAlt ? [r('  ' + j.titleAlt, { color: '666666', size: 17 })] : [])], 30), ...j.bullets.map((b) => P([r('▸ ' + b, { size: 18 })], 20, { indent: { left: mm(3), hanging: mm(3) } }))],
            }),
          ],
        }),
      ],
    });
  const main: (Paragraph | Table)[] = [
    P([r(p.name, { bold: true, size: 44, color: '222222' }), ...(p.nameAlt ? [r('  ' + p.nameAlt, { size: 28, color: '666666' })] : [])], 40),
    P([r(p.headline + (p.headlineAlt ? ' · ' + p.headlineAlt : ''), { size: 22, color: accent })], 120),
    head('個人簡介', 'Profile'),
    P([r(p.summary)], 80),
    head('工作經歷', 'Work Experience'),
  ];
  for (const j of newestFirst(p)) main.push(jobTable(j), P([], 0));
  main.push(head('證照', 'Certifications'));
  for (const c of p.certificates) main.push(P([r('▸ ' + c)], 30));
  const side: (Paragraph | Table)[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120, after: 120 }, children: [new ImageRun({ type: 'png', data: portraitPng(150, 190, tw ? 'eadfd2' : 'd5e4ea', tw ? 'b0927c' : '7ea4b6'), transformation: { width: 96, height: 122 } })] }),
    head('聯絡方式', 'Contact'),
    P([r(tw ? '手機 Mobile' : 'Mobile', { bold: true, size: 17 })], 0),
    P([r(p.phoneShow[tw ? 1 : 0], { size: 18 })]),
    P([r('Email', { bold: true, size: 17 })], 0),
    P([r(p.email, { size: 17 })]),
    ...p.otherPhones.map((o) => P([r(`${o.label}: ${o.number}`, { size: 16, color: '666666' })])),
    P([r(tw ? '地址 Address' : 'Address', { bold: true, size: 17 })], 0),
    P([r(p.address, { size: 17 })]),
    ...(p.extra.status ? [P([r(p.extra.status, { size: 17, italics: true })])] : []),
    ...(p.extra.line ? [P([r(p.extra.line, { size: 17 })])] : []),
    head('專業技能', 'Skills'),
    ...skillsOf(p).map((k) => P([r('• ' + k, { size: 18 })], 20)),
    head('學歷', 'Education'),
    ...p.education.flatMap((e) => [P([r(e.degree, { bold: true, size: 17 })], 0), P([r(`${e.school}`, { size: 17 })], 0), P([r(`${fd(e.start, 'YYYY')} – ${fd(e.end, 'YYYY')}`, { size: 17, color: '666666' })], 80)]),
    head('語言', 'Languages'),
    ...p.languages.map((k) => P([r(k, { size: 17 })], 20)),
    head('興趣', 'Interests'),
    P([r(p.interests.join(' · '), { size: 17 })]),
  ];
  const layout = new Table({
    layout: TableLayoutType.FIXED,
    width: { size: MAIN + SIDE, type: WidthType.DXA },
    columnWidths: [MAIN, SIDE],
    borders: noTable,
    rows: [
      new TableRow({
        children: [
          new TableCell({ width: { size: MAIN, type: WidthType.DXA }, borders: noCell, margins: { right: mm(4) }, children: main }),
          new TableCell({ width: { size: SIDE, type: WidthType.DXA }, borders: noCell, shading: { type: ShadingType.CLEAR, fill, color: 'auto' }, margins: { left: mm(4), right: mm(4) }, children: side }),
        ],
      }),
    ],
  });
  return new Document({
    creator: p.nameAlt ?? p.name,
    styles: { default: { document: { run: { font: F, size: 19 } } } },
    sections: [{ properties: { page: { size: { width: mm(210), height: mm(297) }, margin: { top: mm(14), bottom: mm(14), left: mm(14), right: mm(14) } } }, children: [layout, new Paragraph({ children: [] })] }],
  });
}

// ─────────────────────────────────────────────────────────────────────────────
// co-hojadevida — Colombian "hoja de vida" written in English: HOJA DE VIDA title, personal-information lines on a tab
// stop (cédula with place of issue, libreta militar), Company/Position/Period/Immediate supervisor blocks with the
// supervisor's office number, work and personal references with their cell numbers, signature with C.C.
// ─────────────────────────────────────────────────────────────────────────────
export function coHojadevida(p: Person): Document {
  const F = 'Arial';
  const x = p.extra;
  const r = (text: string, o: Omit<Exclude<RunOpts, string>, 'text'> = {}) => t(text, { font: F, size: 20, ...o });
  const P = (children: TextRun[], after = 40, o: Record<string, unknown> = {}) => new Paragraph({ spacing: { after, line: 276 }, children, ...o });
  const head = (s: string) => new Paragraph({ spacing: { before: 240, after: 100 }, shading: { type: ShadingType.CLEAR, fill: 'D9D9D9', color: 'auto' }, children: [r(s.toUpperCase(), { bold: true, size: 21 })] });
  const kv = (k: string, v: string) => P([r(k, { bold: true }), r('\t' + v)], 30, { tabStops: [{ type: TabStopType.LEFT, position: mm(52) }], indent: { left: mm(52), hanging: mm(52) } });
  const supervisors = ['Mauricio Hernández Ochoa — Tel. (604) 605 3300 ext. 2114', 'Luisa Fernanda Gómez Arango — Tel. (604) 444 7180', 'Luisa Fernanda Gómez Arango — Tel. (604) 444 7180', 'Andrés Felipe Zuluaga — Tel. (604) 322 9010', 'Andrés Felipe Zuluaga — Tel. (604) 322 9010'];
  const kids: Paragraph[] = [
    P([r('HOJA DE VIDA', { bold: true, size: 30 })], 0, { alignment: AlignmentType.CENTER }),
    P([r('Curriculum Vitae', { italics: true, size: 22, color: '555555' })], 200, { alignment: AlignmentType.CENTER }),
    P([r(p.name.toUpperCase(), { bold: true, size: 28 })], 20, { alignment: AlignmentType.CENTER }),
    P([r(p.headline, { size: 21 })], 120, { alignment: AlignmentType.CENTER }),
    head('Personal information'),
    kv('Full name:', p.name),
    kv('ID (Cédula de ciudadanía):', x.cedula),
    kv('Date and place of birth:', `${x.dob} — ${x.birthplace}`),
    kv('Marital status:', x.marital),
    kv('Military card:', x.military),
    kv('Address:', p.address),
    kv('Home phone:', p.otherPhones[0].number),
    kv('Mobile:', p.phoneShow[0]),
    kv('E-mail:', p.email),
    head('Professional profile'),
    P([r(p.summary)], 80, { alignment: AlignmentType.JUSTIFIED }),
    head('Work experience'),
  ];
  newestFirst(p).forEach((j, i) => {
    kids.push(kv('Company:', j.company));
    kids.push(kv('Position:', j.title));
    kids.push(kv('Period:', `${fd(j.start, 'Month YYYY')} – ${j.end ? fd(j.end, 'Month YYYY') : 'to date'}`));
    kids.push(kv('Immediate supervisor:', supervisors[i]));
    kids.push(P([r('Main functions and achievements:', { bold: true })], 20));
    for (const b of j.bullets) kids.push(P([r('–  ' + b)], 20, { indent: { left: mm(6), hanging: mm(4) } }));
    kids.push(P([], 100));
  });
  kids.push(head('Education'));
  for (const e of p.education) kids.push(kv(`${fd(e.start, 'YYYY')} – ${fd(e.end, 'YYYY')}:`, `${e.degree}. ${e.school}, ${e.town}.`));
  kids.push(head('Skills'));
  for (const s of skillsOf(p)) kids.push(P([r('•  ' + s)], 20, { indent: { left: mm(6), hanging: mm(4) } }));
  kids.push(head('Languages'));
  for (const s of p.languages) kids.push(P([r(s)], 20));
  kids.push(head('Courses and certifications'));
  for (const s of p.certificates) kids.push(P([r(s)], 20));
  kids.push(head('Work references'));
  for (const ref of p.referees.filter((q) => q.role.includes('work'))) kids.push(P([r(ref.name, { bold: true })], 0), P([r(ref.role.replace(' (work reference)', ''))], 0), P([r('Cel. ' + ref.phone)], 100));
  kids.push(head('Personal references'));
  for (const ref of p.referees.filter((q) => q.role.includes('personal'))) kids.push(P([r(ref.name, { bold: true })], 0), P([r(ref.role.replace(' (personal reference)', ''))], 0), P([r('Cel. ' + ref.phone)], 100));
  kids.push(P([], 500), P([r('_______________________________')], 0), P([r(p.name.toUpperCase(), { bold: true })], 0), P([r('C.C. ' + x.cedula)], 0));
  return new Document({
    creator: p.name,
    styles: { default: { document: { run: { font: F, size: 20 } } } },
    sections: [{ properties: { page: { size: { width: mm(216), height: mm(279) }, margin: { top: mm(25), bottom: mm(25), left: mm(30), right: mm(25) } } }, children: kids }],
  });
}

// ─────────────────────────────────────────────────────────────────────────────
// pandoc-docx — a Markdown résumé converted with `pandoc -o resume.docx` (default reference document): Title,
// Heading 2/3 styles, "Compact" bullet lists, a simple pandoc table for education, 年/月 dates with "今".
// ─────────────────────────────────────────────────────────────────────────────
export function pandocDocx(p: Person): Document {
  const x = p.extra;
  const body = (text: string, o: Omit<Exclude<RunOpts, string>, 'text'> = {}) => t(text, { ...o });
  const para = (children: TextRun[], style = 'BodyText') => new Paragraph({ style, children });
  const li = (s: string) => new Paragraph({ style: 'Compact', numbering: { reference: 'pd-bullets', level: 0 }, children: [body(s)] });
  const kids: (Paragraph | Table)[] = [
    new Paragraph({ style: 'Title', children: [body(p.name)] }),
    new Paragraph({ style: 'Subtitle', children: [body(p.headline)] }),
    para([body(`${p.location} · ${p.phoneShow[2]} · ${p.email} · ${x.github} · ${x.blog}`)], 'FirstParagraph'),
    new Paragraph({ style: 'Heading2', children: [body('个人简介')] }),
    para([body(p.summary)], 'FirstParagraph'),
    new Paragraph({ style: 'Heading2', children: [body('工作经历')] }),
  ];
  for (const j of newestFirst(p)) {
    kids.push(new Paragraph({ style: 'Heading3', children: [body(`${j.company} — ${j.title}`)] }));
    kids.push(para([body(`${fd(j.start, 'YYYY 年 M 月')} – ${j.end ? fd(j.end, 'YYYY 年 M 月') : '今'}`, { italics: true })], 'FirstParagraph'));
    for (const b of j.bullets) kids.push(li(b.replace(/[；。]$/, '')));
  }
  kids.push(new Paragraph({ style: 'Heading2', children: [body('技术栈')] }));
  for (const s of skillsOf(p)) kids.push(li(s));
  kids.push(new Paragraph({ style: 'Heading2', children: [body('教育经历')] }));
  const cell = (s: string, b = false) => new TableCell({ borders: noCell, children: [new Paragraph({ style: 'Compact', children: [body(s, { bold: b })] })] });
  kids.push(
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: { ...noTable, top: line('000000', 4), bottom: line('000000', 4) },
      rows: [
        new TableRow({ tableHeader: true, children: [cell('学校', true), cell('专业', true), cell('时间', true)].map((c) => c) }),
        ...p.education.map((e) => new TableRow({ children: [cell(e.school), cell(e.degree), cell(`${fd(e.start, 'YYYY.MM')} – ${fd(e.end, 'YYYY.MM')}`)] })),
      ],
    }),
  );
  kids.push(new Paragraph({ style: 'Heading2', children: [body('证书')] }));
  for (const c of p.certificates) kids.push(li(c));
  kids.push(new Paragraph({ style: 'Heading2', children: [body('其他')] }));
  kids.push(li('语言：' + p.languages.join('；')));
  kids.push(li('兴趣：' + p.interests.join('、')));
  const blue = '345A8A';
  return new Document({
    creator: p.name,
    title: p.name,
    numbering: { config: [bulletNumbering('pd-bullets', 480, 360, '•')] },
    styles: {
      default: { document: { run: { font: { ascii: 'Cambria', hAnsi: 'Cambria', eastAsia: '宋体' }, size: 24 } } },
      paragraphStyles: [
        { id: 'Title', name: 'Title', basedOn: 'Normal', next: 'BodyText', run: { size: 36, bold: true, color: '17365D', font: { ascii: 'Calibri', hAnsi: 'Calibri', eastAsia: '黑体' } }, paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 480, after: 240 } } },
        { id: 'Subtitle', name: 'Subtitle', basedOn: 'Title', next: 'BodyText', run: { size: 30, bold: false }, paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 240 } } },
        { id: 'BodyText', name: 'Body Text', basedOn: 'Normal', paragraph: { spacing: { before: 180, after: 180 } } },
        { id: 'FirstParagraph', name: 'First Paragraph', basedOn: 'BodyText', next: 'BodyText' },
        { id: 'Compact', name: 'Compact', basedOn: 'BodyText', paragraph: { spacing: { before: 36, after: 36 } } },
        { id: 'Heading2', name: 'heading 2', basedOn: 'Normal', next: 'BodyText', run: { size: 28, bold: true, color: '4F81BD', font: { ascii: 'Calibri', hAnsi: 'Calibri', eastAsia: '黑体' } }, paragraph: { keepNext: true, spacing: { before: 200, after: 0 } } },
        { id: 'Heading3', name: 'heading 3', basedOn: 'Normal', next: 'BodyText', run: { size: 24, bold: true, color: blue, font: { ascii: 'Calibri', hAnsi: 'Calibri', eastAsia: '黑体' } }, paragraph: { keepNext: true, spacing: { before: 200, after: 0 } } },
      ],
    },
    sections: [{ properties: { page: { size: { width: mm(216), height: mm(279) }, margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 } } }, children: kids }],
  });
}

// ─────────────────────────────────────────────────────────────────────────────
// ditie — 城市轨道交通运营公司 社会招聘报名表 (metro operator's recruitment form): bordered grid with photo cell, 身高/视力/
// 色弱色盲 rows, 学习经历 table, 工作经历 table with 起始年月 / 终止年月 in separate cells, 部门及岗位, 证明人及电话, 承诺.
// ─────────────────────────────────────────────────────────────────────────────
export function ditie(p: Person): Document {
  const x = p.extra;
  const S = 19;
  const r = (text: string, o: Omit<Exclude<RunOpts, string>, 'text'> = {}) => t(text, { font: ZH, size: S, ...o });
  const W = mm(180);
  const cols = [mm(20), mm(27), mm(20), mm(23), mm(20), mm(35), mm(35)];
  const c = (text: string | Paragraph[], o: { span?: number; rowSpan?: number; label?: boolean; w?: number; align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {}) =>
    new TableCell({
      columnSpan: o.span,
      rowSpan: o.rowSpan,
      verticalAlign: VerticalAlign.CENTER,
      shading: o.label ? { type: ShadingType.CLEAR, fill: 'F2F2F2', color: 'auto' } : undefined,
      margins: { left: mm(1), right: mm(1), top: mm(0.6), bottom: mm(0.6) },
      children: typeof text === 'string' ? [new Paragraph({ alignment: o.align ?? AlignmentType.CENTER, children: [r(text, { bold: o.label })] })] : text,
    });
  const row = (cells: TableCell[], h = mm(8)) => new TableRow({ height: { value: h, rule: HeightRule.ATLEAST }, children: cells });
  const photo = [new Paragraph({ alignment: AlignmentType.CENTER, children: [new ImageRun({ type: 'png', data: portraitPng(150, 190, 'dde3e8', '8c9aa6'), transformation: { width: 88, height: 112 } })] })];
  const top = new Table({
    layout: TableLayoutType.FIXED,
    width: { size: W, type: WidthType.DXA },
    columnWidths: cols,
    borders: grid(),
    rows: [
      row([c('应聘岗位', { label: true }), c('仓储物资管理主管（社会招聘岗位编码 WZ-03）', { span: 5 }), c(photo, { rowSpan: 5 })]),
      row([c('姓　名', { label: true }), c(p.name), c('性　别', { label: true }), c(x.gender), c('出生年月', { label: true }), c(x.birth)]),
      row([c('籍　贯', { label: true }), c(x.hometown), c('政治面貌', { label: true }), c(x.political), c('婚姻状况', { label: true }), c(x.marital)]),
      row([c('身　高', { label: true }), c(x.height), c('视　力', { label: true }), c(x.vision, { span: 1 }), c('色弱/色盲', { label: true }), c(x.colour)]),
      row([c('最高学历', { label: true }), c(x.degree), c('毕业院校及专业', { label: true, span: 2 }), c(`${p.education[0].school}　物流管理`, { span: 2 })]),
      row([c('身份证号', { label: true }), c(x.idcard, { span: 2 }), c('手机号码', { label: true }), c(p.phoneShow[1], { span: 3 })]),
      row([c('电子邮箱', { label: true }), c(p.email, { span: 2 }), c('现居住地址', { label: true }), c(p.address, { span: 3 })]),
      row([c('紧急联系人及电话', { label: true, span: 2 }), c(`${p.otherPhones[0].label.replace(/^.*（(.*)）$/, '$1')}　${p.otherPhones[0].number}`, { span: 5, align: AlignmentType.LEFT })]),
    ],
  });
  const edu = new Table({
    layout: TableLayoutType.FIXED,
    width: { size: W, type: WidthType.DXA },
    columnWidths: [mm(20), mm(45), mm(60), mm(55)],
    borders: grid(),
    rows: [
      row([c('学习经历（从高中填起）', { label: true, span: 4 })]),
      row([c('起止年月', { label: true }), c('学校', { label: true }), c('专业', { label: true }), c('学历/学位', { label: true })]),
      row([c('2005.09-2008.06'), c('清远市凤翔高级中学'), c('—'), c('高中')]),
      ...p.education.map((e) => row([c(`${fd(e.start, 'YYYY.MM')}-${fd(e.end, 'YYYY.MM')}`), c(e.school), c('物流管理'), c('大专')])),
    ],
  });
  const depts = ['仓储部', '物流部', '仓储部', '运营中心'];
  const work = new Table({
    layout: TableLayoutType.FIXED,
    width: { size: W, type: WidthType.DXA },
    columnWidths: [mm(18), mm(18), mm(58), mm(40), mm(46)],
    borders: grid(),
    rows: [
      row([c('工作经历（由近及远，含实习）', { label: true, span: 5 })]),
      row([c('起始年月', { label: true }), c('终止年月', { label: true }), c('工作单位', { label: true }), c('部门及岗位', { label: true }), c('证明人及电话', { label: true })]),
      ...newestFirst(p).map((j, i) => row([c(fd(j.start, 'YYYY.MM')), c(j.end ? fd(j.end, 'YYYY.MM') : '至今'), c(j.company), c(`${depts[p.work.length - 1 - i]}　${j.title}`), c(i < 2 ? '黄建华　138 2916 5540' : i === 2 ? '陈国栋　0769-8531 2206' : '刘少芬　0769-8553 0471')], mm(9))),
      row([c('主要工作内容', { label: true }), c([...newestFirst(p).map((j) => new Paragraph({ children: [r(`${j.company}（${j.title}）：`, { bold: true }), r(j.bullets.join(''))] }))], { span: 4 })]),
    ],
  });
  const more = new Table({
    layout: TableLayoutType.FIXED,
    width: { size: W, type: WidthType.DXA },
    columnWidths: [mm(30), mm(150)],
    borders: grid(),
    rows: [
      row([c('专业技能', { label: true }), c([new Paragraph({ children: [r(skillsOf(p).join('、'))] })])], mm(12)),
      row([c('职业资格证书', { label: true }), c([new Paragraph({ children: [r(p.certificates.join('；'))] })])], mm(10)),
      row([c('语言能力', { label: true }), c([new Paragraph({ children: [r(p.languages.join('；'))] })])]),
      row([c('奖惩情况', { label: true }), c([new Paragraph({ children: [r('2018年获东莞捷运通供应链管理有限公司“年度优秀管理者”；无违纪处分记录。')] })])]),
      row(
        [
          c('本人承诺', { label: true }),
          c([
            new Paragraph({ children: [r('本人承诺以上所填信息真实、准确、完整，如有虚假，自愿取消应聘及录用资格。')] }),
            new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 200 }, children: [r('本人签名：邝志强　　2026年11月26日')] }),
          ]),
        ],
        mm(20),
      ),
    ],
  });
  return new Document({
    creator: p.name,
    styles: { default: { document: { run: { font: ZH, size: S } } } },
    sections: [
      {
        properties: { page: { size: { width: mm(210), height: mm(297) }, margin: { top: mm(15), bottom: mm(15), left: mm(15), right: mm(15) } } },
        headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [t('附件2', { font: ZH_HEI, size: 18 })] })] }) },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 60 }, children: [t('东莞湾区轨道运营有限公司', { font: ZH_HEI, size: 30, bold: true })] }),
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 160 }, children: [t('2026年社会招聘报名表', { font: ZH_HEI, size: 30, bold: true })] }),
          new Paragraph({ spacing: { after: 60 }, children: [r('报名序号：__________　　　　　　　　　　　　填表日期：2026年11月26日')] }),
          top,
          new Paragraph({ children: [] }),
          edu,
          new Paragraph({ children: [] }),
          work,
          new Paragraph({ children: [] }),
          more,
          new Paragraph({ spacing: { before: 80 }, children: [r('注：1. 本表须如实填写，一式一份；2. 工作经历须注明起止年月，证明人须为原单位上级或人力资源部门人员。', { size: 16 })] }),
        ],
      },
    ],
  });
}

// ─────────────────────────────────────────────────────────────────────────────
// vetassess — Australian skills-assessment "Employment summary" prepared in Word for a migration application:
// applicant particulars grid (family name in capitals), employment table with employer + address in one cell,
// dd/mm/yyyy start and end cells, hours per week, paid/unpaid; qualifications table; skills table; declaration.
// ─────────────────────────────────────────────────────────────────────────────
export function vetassess(p: Person): Document {
  const F = 'Arial';
  const r = (text: string, o: Omit<Exclude<RunOpts, string>, 'text'> = {}) => t(text, { font: F, size: 17, ...o });
  const c = (lines: string | string[], o: { label?: boolean; span?: number } = {}) =>
    new TableCell({
      columnSpan: o.span,
      shading: o.label ? { type: ShadingType.CLEAR, fill: 'DCE6F1', color: 'auto' } : undefined,
      margins: { left: mm(1.2), right: mm(1.2), top: mm(0.8), bottom: mm(0.8) },
      children: (Array.isArray(lines) ? lines : [lines]).map((s, i) => new Paragraph({ children: [r(s, { bold: o.label || (Array.isArray(lines) && i === 0 && lines.length > 1) })] })),
    });
  const W = mm(182);
  const [given, family] = [p.name.split(' ')[0], p.name.split(' ').slice(1).join(' ')];
  const addr: Record<string, string> = {
    'Hollins & Barr Construction Ltd': 'Unit 4, Canal Road Industrial Estate, Bradford BD2 1AR, United Kingdom',
    'Northgate Civils Ltd': '17 Calder Vale Road, Wakefield WF1 5PF, United Kingdom',
    'Caldera Build Partners': '2 Wellington Place, Leeds LS1 4AP, United Kingdom',
    'Airedale Infrastructure Group': 'Sovereign House, 28 Sovereign Street, Leeds LS1 4BA, United Kingdom',
  };
  const dmy = (ym: string, first: boolean) => (first ? `01/${ym.slice(5, 7)}/${ym.slice(0, 4)}` : `${new Date(Number(ym.slice(0, 4)), Number(ym.slice(5, 7)), 0).getDate()}/${ym.slice(5, 7)}/${ym.slice(0, 4)}`);
  const details = new Table({
    layout: TableLayoutType.FIXED,
    width: { size: W, type: WidthType.DXA },
    columnWidths: [mm(42), mm(49), mm(42), mm(49)],
    borders: grid('7F7F7F'),
    rows: [
      new TableRow({ children: [c('Family name', { label: true }), c(family.toUpperCase()), c('Given name(s)', { label: true }), c(given)] }),
      new TableRow({ children: [c('Date of birth', { label: true }), c(p.extra.dob), c('Citizenship', { label: true }), c(p.extra.nationality)] }),
      new TableRow({ children: [c('Mobile', { label: true }), c(p.phoneShow[0]), c('Email', { label: true }), c(p.email)] }),
      new TableRow({ children: [c('Work telephone', { label: true }), c(p.otherPhones[0].number + ' (switchboard)'), c('Passport', { label: true }), c(p.extra.passport)] }),
      new TableRow({ children: [c('Residential address', { label: true }), c(p.address, { span: 3 })] }),
      new TableRow({ children: [c('Nominated occupation', { label: true }), c('Construction Project Manager — ANZSCO 133111', { span: 3 })] }),
    ],
  });
  const cw = [mm(8), mm(58), mm(36), mm(22), mm(22), mm(16), mm(20)];
  const emp = new Table({
    layout: TableLayoutType.FIXED,
    width: { size: W, type: WidthType.DXA },
    columnWidths: cw,
    borders: grid('7F7F7F'),
    rows: [
      new TableRow({ tableHeader: true, children: ['No.', 'Employer name and address', 'Position title', 'Start date (dd/mm/yyyy)', 'End date (dd/mm/yyyy)', 'Hours per week', 'Paid / unpaid'].map((h) => c(h, { label: true })) }),
      ...newestFirst(p).map(
        (j, i) =>
          new TableRow({
            cantSplit: true,
            children: [c(String(i + 1)), c([j.company, addr[j.company] ?? '']), c(j.title), c(dmy(j.start, true)), c(j.end ? dmy(j.end, false) : 'Current'), c(i === 0 ? '45' : '40'), c('Paid')],
          }),
      ),
    ],
  });
  const qual = new Table({
    layout: TableLayoutType.FIXED,
    width: { size: W, type: WidthType.DXA },
    columnWidths: [mm(62), mm(70), mm(25), mm(25)],
    borders: grid('7F7F7F'),
    rows: [
      new TableRow({ children: ['Qualification', 'Institution and country', 'Commenced', 'Completed'].map((h) => c(h, { label: true })) }),
      ...p.education.map((e) => new TableRow({ children: [c(e.degree), c(`${e.school}, ${e.town}`), c(fd(e.start, 'MM/YYYY')), c(fd(e.end, 'MM/YYYY'))] })),
    ],
  });
  const sk = skillsOf(p);
  const skills = new Table({
    layout: TableLayoutType.FIXED,
    width: { size: W, type: WidthType.DXA },
    columnWidths: [mm(91), mm(91)],
    borders: grid('7F7F7F'),
    rows: [
      new TableRow({ children: [c('Key skills relevant to the nominated occupation', { label: true, span: 2 })] }),
      ...Array.from({ length: Math.ceil(sk.length / 2) }, (_, i) => new TableRow({ children: [c(sk[2 * i]), c(sk[2 * i + 1] ?? '')] })),
    ],
  });
  const H = (s: string) => new Paragraph({ keepNext: true, spacing: { before: 240, after: 100 }, children: [r(s, { bold: true, size: 21, color: '1F3864' })] });
  return new Document({
    creator: p.name,
    styles: { default: { document: { run: { font: F, size: 17 } } } },
    sections: [
      {
        properties: { page: { size: { width: mm(210), height: mm(297) }, margin: { top: mm(18), bottom: mm(16), left: mm(14), right: mm(14) } } },
        headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [r(`Skills assessment — Employment summary — ${family.toUpperCase()}, ${given}`, { size: 15, color: '666666' })] })] }) },
        footers: { default: pageFooter('Page ', F, 15) },
        children: [
          new Paragraph({ spacing: { after: 60 }, children: [r('EMPLOYMENT SUMMARY AND CURRICULUM VITAE', { bold: true, size: 26, color: '1F3864' })] }),
          new Paragraph({ spacing: { after: 60 }, children: [r(`Applicant: ${given} ${family.toUpperCase()}`, { bold: true, size: 20 })] }),
          new Paragraph({ spacing: { after: 160 }, children: [r('Prepared for a general-occupation skills assessment (Australia). All employment listed is post-qualification unless stated.', { size: 16, italics: true })] }),
          H('Section A — Applicant details'),
          details,
          H('Section B — Employment history (most recent first)'),
          emp,
          new Paragraph({ spacing: { before: 80 }, children: [r('Hours per week are contracted hours. Reference letters on company letterhead are attached for each position.', { size: 15, italics: true })] }),
          H('Section C — Qualifications'),
          qual,
          H('Section D — Skills'),
          skills,
          H('Section E — Professional registrations and licences'),
          ...p.certificates.map((x) => new Paragraph({ spacing: { after: 30 }, children: [r('• ' + x)] })),
          H('Section F — Languages'),
          new Paragraph({ children: [r(p.languages.join('; '))] }),
          H('Declaration'),
          new Paragraph({ spacing: { after: 200 }, children: [r('I declare that the information in this employment summary is true and correct. I understand that the assessing authority may contact my employers to verify it.')] }),
          new Paragraph({ children: [r(`Signed: ${p.name}            Date: 24/11/2026`)] }),
        ],
      },
    ],
  });
}
