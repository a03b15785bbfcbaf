/**
 * heldout-64 — the Word templates, built with the `docx` package. Each returns the .docx bytes; LibreOffice's PDF of the
 * same file is the `libreoffice` document.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeightRule,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IParagraphOptions,
  type IRunOptions,
} from 'docx';
import type { Job, Person } from './people.ts';
import { D, allSkills, fullName, newestFirst, range, zhLevel } from './common.ts';

type Run = TextRun | string;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const noTableBorders = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const noCellBorders = { top: NONE, bottom: NONE, left: NONE, right: NONE };
const line = (color: string, size = 6) => ({ style: BorderStyle.SINGLE, size, color });
const fill = (hex: string) => ({ type: ShadingType.CLEAR, color: 'auto', fill: hex });

/** Page: A4, margins in twips. */
const A4 = (m: number) => ({ page: { size: { width: 11906, height: 16838 }, margin: { top: m, bottom: m, left: m, right: m, header: 500, footer: 500 } } });

function fontFor(p: Person, latin = 'Arial') {
  const ea = p.lang === 'zh' || p.lang === 'mixed' ? (p.id === 'p14' ? '微軟正黑體' : '微软雅黑') : latin;
  return { ascii: latin, hAnsi: latin, eastAsia: ea, cs: latin };
}

function mk(p: Person, latin = 'Arial') {
  const font = fontFor(p, latin);
  const T = (text: string, o: Partial<IRunOptions> = {}) => new TextRun({ text, font, ...o } as IRunOptions);
  const P = (runs: Run[] | string, o: Partial<IParagraphOptions> = {}) =>
    new Paragraph({ children: (typeof runs === 'string' ? [runs] : runs).map((r) => (typeof r === 'string' ? T(r) : r)), spacing: { after: 40 }, ...o } as IParagraphOptions);
  const cell = (children: (Paragraph | Table)[], width: number, o: Record<string, unknown> = {}) =>
    new TableCell({ children, width: { size: width, type: WidthType.DXA }, borders: noCellBorders, margins: { top: 80, bottom: 80, left: 120, right: 120 }, ...o });
  const table = (widths: number[], rows: TableRow[], o: Record<string, unknown> = {}) =>
    new Table({ rows, width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED, borders: noTableBorders, ...o });
  const bullet = (text: string, size = 18, color?: string) => P([T(text, { size, color })], { bullet: { level: 0 }, spacing: { after: 20 } });
  return { T, P, cell, table, bullet, font };
}

const sections = (p: Person, o: { children: (Paragraph | Table)[]; header?: Header; footer?: Footer; margin?: number }) =>
  new Document({
    creator: p.alias ?? p.name,
    title: `${fullName(p)} — CV`,
    styles: { default: { document: { run: { font: fontFor(p), size: 18 } } } },
    sections: [{ properties: A4(o.margin ?? 850), headers: o.header ? { default: o.header } : undefined, footers: o.footer ? { default: o.footer } : undefined, children: o.children }],
  });

// ————————————————————————————————————————————————————————————— D1. word-htimeline (table)
export async function docxHTimeline(p: Person): Promise<Buffer> {
  const { T, P, cell, table, bullet } = mk(p);
  const zh = p.lang === 'zh';
  const accent = zh ? '0E7C7B' : 'C2410C';
  const W = 10206;
  const df = zh ? D.dotZh : D.mon;
  const short = zh ? D.dotZh : D.slash;
  const present = zh ? '至今' : 'Present';
  const L = (en: string, z: string) => (zh ? z : en);
  const head = (t: string) => P([T(t, { bold: true, size: 21, color: accent, characterSpacing: zh ? 40 : 30 })], { spacing: { before: 220, after: 100 }, border: { bottom: line('BBBBBB', 6) } });
  const n = p.work.length;
  const colW = Math.floor(W / n);
  const widths = Array.from({ length: n }, (_, i) => (i === n - 1 ? W - colW * (n - 1) : colW));
  const tl = table(widths, [
    new TableRow({
      children: p.work.map((j, i) =>
        cell([P([T(j.company, { bold: true, size: 16 })], { alignment: AlignmentType.CENTER, spacing: { after: 0 } }), P([T(j.title, { size: 15, color: '555555' })], { alignment: AlignmentType.CENTER, spacing: { after: 0 } })], widths[i], {
          verticalAlign: VerticalAlignTable.BOTTOM,
        }),
      ),
    }),
    new TableRow({
      children: p.work.map((j, i) =>
        cell([P([T(j.end === null ? '◉' : '●', { size: 30, color: accent })], { alignment: AlignmentType.CENTER, spacing: { after: 0 } })], widths[i], {
          borders: { ...noCellBorders, bottom: line(accent, 24) },
          margins: { top: 20, bottom: 0, left: 60, right: 60 },
        }),
      ),
    }),
    new TableRow({
      children: p.work.map((j, i) => cell([P([T(`${short(j.start)} – ${j.end ? short(j.end) : L('now', '至今')}`, { size: 14, color: '666666' })], { alignment: AlignmentType.CENTER, spacing: { after: 0 } })], widths[i], { margins: { top: 40, bottom: 40, left: 60, right: 60 } })),
    }),
  ]);
  const jobRows = newestFirst(p).map(
    (j) =>
      new TableRow({
        children: [
          cell(
            [
              P([T(j.title, { bold: true, size: 20 }), T(j.kind ? (zh ? `（${j.kind}）` : ` (${j.kind})`) : '', { size: 17, color: '666666' })], { spacing: { after: 0 } }),
              P([T(j.company, { bold: true, size: 18, color: accent }), T(`  ·  ${j.town}`, { size: 17, color: '777777' })], { spacing: { after: 40 } }),
              ...j.bullets.map((b) => bullet(b, 17)),
            ],
            7706,
            { borders: { ...noCellBorders, bottom: line('DDDDDD', 4) } },
          ),
          cell([P([T(range(j, df, present), { size: 17, bold: true, color: '444444' })], { alignment: AlignmentType.RIGHT })], 2500, { borders: { ...noCellBorders, bottom: line('DDDDDD', 4) } }),
        ],
      }),
  );
  const sk = allSkills(p);
  const skRows: TableRow[] = [];
  for (let i = 0; i < sk.length; i += 3)
    skRows.push(
      new TableRow({
        children: [0, 1, 2].map((k) => {
          const s = sk[i + k];
          return cell(s ? [P([T(s.name, { size: 17 }), T('\t', {}), T('★'.repeat(s.level), { size: 15, color: accent }), T('★'.repeat(5 - s.level), { size: 15, color: 'D0D0D0' })], { tabStops: [{ type: TabStopType.RIGHT, position: 3160 }], spacing: { after: 0 } })] : [P('')], 3402, { margins: { top: 40, bottom: 40, left: 80, right: 80 } });
        }),
      }),
    );
  const foot = table([3402, 3402, 3402], [
    new TableRow({
      children: [
        cell([P([T(L('LANGUAGES', '语言'), { bold: true, size: 16, color: accent })]), ...p.languages.map((l) => P([T(l.name, { bold: true, size: 17 }), T(` — ${l.level}`, { size: 17 })]))], 3402),
        cell([P([T(L('EDUCATION', '教育背景'), { bold: true, size: 16, color: accent })]), ...p.education.flatMap((e) => [P([T(e.degree, { bold: true, size: 17 })], { spacing: { after: 0 } }), P([T(`${e.school}, ${range(e, df, present)}`, { size: 16 })])])], 3402),
        cell([P([T(L('AWARDS', '荣誉'), { bold: true, size: 16, color: accent })]), ...p.awards.map((a) => P([T(a, { size: 16 })]))], 3402),
      ],
    }),
  ]);
  const contact = [p.phoneShown, p.email, ...p.links, p.town].join('   ·   ');
  const children = [
    P([T(p.name, { bold: true, size: 52 })], { spacing: { after: 0 } }),
    P([T(p.headline, { size: 24, color: accent, bold: true })], { spacing: { after: 80 } }),
    P([T(contact, { size: 16, color: '444444' })], { spacing: { after: 40 } }),
    ...(p.other ?? []).map((o) => P([T(`${o.label}: ${o.number}`, { size: 16, color: '444444' })])),
    P([T(p.summary, { size: 18, italics: !zh })], { spacing: { before: 120, after: 60 } }),
    head(L('CAREER TIMELINE', '职业时间轴')),
    tl,
    head(L('EXPERIENCE', '工作经历')),
    table([7706, 2500], jobRows),
    head(L('SKILLS', '专业技能')),
    table([3402, 3402, 3402], skRows),
    P('', { spacing: { after: 60 } }),
    foot,
  ];
  const footer = new Footer({ children: [P([T(`${p.name} · ${p.headline} · `, { size: 14, color: '888888' }), new TextRun({ children: [PageNumber.CURRENT], size: 14, color: '888888' })], { alignment: AlignmentType.RIGHT })] });
  return Packer.toBuffer(sections(p, { children, footer, margin: 850 }));
}

// ————————————————————————————————————————————————————————————— D2. word-icon-rows (table)
export async function docxIconRows(p: Person): Promise<Buffer> {
  const { T, P, cell, table, bullet } = mk(p);
  const accent = '5B3E96';
  const light = 'EEE9F6';
  const W = [1700, 8506];
  const sideCell = (glyph: string, word: string) =>
    cell([P([T(glyph, { size: 40, color: accent })], { alignment: AlignmentType.CENTER, spacing: { after: 0 } }), P([T(word, { size: 14, bold: true, color: accent, characterSpacing: 20 })], { alignment: AlignmentType.CENTER })], W[0], {
      shading: fill(light),
      verticalAlign: VerticalAlignTable.CENTER,
      borders: { ...noCellBorders, bottom: line('FFFFFF', 12) },
    });
  const body = (children: (Paragraph | Table)[]) => cell(children, W[1], { borders: { ...noCellBorders, bottom: line('E0D8EE', 6) }, margins: { top: 120, bottom: 120, left: 220, right: 120 } });
  const jobs = table(
    [6300, 1986],
    newestFirst(p).map(
      (j) =>
        new TableRow({
          children: [
            cell([P([T(j.title, { bold: true, size: 19 })], { spacing: { after: 0 } }), P([T(j.company, { size: 18, color: accent }), T(`, ${j.town}${j.kind ? ` — ${j.kind.toLowerCase()}` : ''}`, { size: 17, color: '666666' })], { spacing: { after: 30 } }), ...j.bullets.map((b) => bullet(b, 17))], 6300, { margins: { top: 40, bottom: 60, left: 0, right: 80 } }),
            cell([P([T(range(j, D.mon, 'Present'), { size: 16, color: '444444' })], { alignment: AlignmentType.RIGHT })], 1986, { margins: { top: 40, bottom: 40, left: 40, right: 0 } }),
          ],
        }),
    ),
  );
  const sk = allSkills(p);
  const skRows: TableRow[] = [];
  for (let i = 0; i < sk.length; i += 2)
    skRows.push(
      new TableRow({
        children: [0, 1].flatMap((k) => {
          const s = sk[i + k];
          return [
            cell([P([T(s ? s.name : '', { size: 17 })], { spacing: { after: 0 } })], 2600, { margins: { top: 30, bottom: 30, left: 0, right: 40 } }),
            cell([P(s ? [T('●'.repeat(s.level), { size: 16, color: accent }), T('○'.repeat(5 - s.level), { size: 16, color: 'B9A9D6' })] : '', { spacing: { after: 0 } })], 1543, { margins: { top: 30, bottom: 30, left: 0, right: 40 } }),
          ];
        }),
      }),
    );
  const rows = [
    new TableRow({
      children: [
        cell([P([T(p.name.toUpperCase(), { bold: true, size: 44, color: 'FFFFFF', characterSpacing: 40 })], { spacing: { after: 0 } }), P([T(p.headline, { size: 22, color: 'E6DDF5' })])], W[0] + W[1], {
          columnSpan: 2,
          shading: fill(accent),
          margins: { top: 240, bottom: 200, left: 300, right: 200 },
        }),
      ],
    }),
    new TableRow({
      children: [
        sideCell('✆', 'CONTACT'),
        body([P([T('Mobile  ', { bold: true, size: 17 }), T(p.phoneShown, { size: 17 }), T('\tEmail  ', { bold: true, size: 17 }), T(p.email, { size: 17 })], { tabStops: [{ type: TabStopType.LEFT, position: 3600 }] }), P([T('Based in  ', { bold: true, size: 17 }), T(p.town, { size: 17 }), T('\tWeb  ', { bold: true, size: 17 }), T(p.links.join(' · '), { size: 17 })], { tabStops: [{ type: TabStopType.LEFT, position: 3600 }] })]),
      ],
    }),
    new TableRow({ children: [sideCell('☺', 'PROFILE'), body([P([T(p.summary, { size: 18 })])])] }),
    new TableRow({ children: [sideCell('✎', 'EXPERIENCE'), body([jobs])] }),
    new TableRow({ children: [sideCell('✦', 'SKILLS'), body([table([2600, 1543, 2600, 1543], skRows)])] }),
    new TableRow({ children: [sideCell('⚐', 'LANGUAGES'), body(p.languages.map((l) => P([T(l.name, { bold: true, size: 17 }), T(` — ${l.level}   `, { size: 17 }), T('●'.repeat(l.score), { size: 15, color: accent }), T('○'.repeat(5 - l.score), { size: 15, color: 'B9A9D6' })])))] }),
    new TableRow({ children: [sideCell('✪', 'EDUCATION'), body(p.education.map((e) => P([T(e.degree, { bold: true, size: 17 }), T(`, ${e.school} (${range(e, D.mon, '')})`, { size: 17 })])))] }),
    new TableRow({ children: [sideCell('♛', 'RECOGNITION'), body([...p.awards, ...p.certs].map((a) => P([T(a, { size: 17 })])))] }),
  ];
  return Packer.toBuffer(sections(p, { children: [table(W, rows)], margin: 800 }));
}

// ————————————————————————————————————————————————————————————— D3. word-3col (two/three-column)
export async function docx3col(p: Person): Promise<Buffer> {
  const { T, P, cell, table, bullet } = mk(p);
  const accent = p.id === 'p06' ? '2F6F5E' : 'A23B72';
  const W = [2800, 4606, 2800];
  const df = D.MON;
  const present = 'PRESENT';
  const h = (t: string) => P([T(t, { bold: true, size: 19, color: accent, characterSpacing: 40 })], { spacing: { before: 160, after: 80 }, border: { bottom: line(accent, 8) } });
  const small = (t: string, o: Partial<IRunOptions> = {}) => P([T(t, { size: 18, ...o })], { spacing: { after: 30 } });
  const top = p.lang === 'mixed'
    ? [P([T(p.alias!.split(' ')[0], { size: 64, color: '9A9A9A' })], { spacing: { after: 0 } }), P([T(p.alias!.split(' ').slice(1).join(' ').toUpperCase(), { size: 64, bold: true })], { spacing: { after: 0 } }), P([T(p.name, { size: 30, bold: true, color: accent })], { spacing: { after: 40 } })]
    : [P([T(p.given, { size: 64, color: '9A9A9A' })], { spacing: { after: 0 } }), P([T(p.family.toUpperCase(), { size: 64, bold: true })], { spacing: { after: 40 } })];
  const left = [
    h('CONTACT'),
    small('Mobile', { bold: true }),
    small(p.phoneShown),
    small('Email', { bold: true }),
    small(p.email),
    small('Address', { bold: true }),
    small(p.town),
    ...p.links.flatMap((l, i) => (i === 0 ? [small('Web', { bold: true }), small(l)] : [small(l)])),
    ...(p.other ?? []).flatMap((o) => [small(o.label, { bold: true }), small(o.number)]),
    h('LANGUAGES'),
    ...p.languages.flatMap((l) => [P([T(l.name, { size: 19, bold: true })], { spacing: { after: 0 } }), P([T('▰'.repeat(l.score), { size: 16, color: accent }), T('▱'.repeat(5 - l.score), { size: 16, color: 'BBBBBB' }), T(`  ${l.level}`, { size: 17, color: '666666' })], { spacing: { after: 50 } })]),
    h('EDUCATION'),
    ...p.education.flatMap((e) => [small(e.degree, { bold: true }), small(e.school), small(`${df(e.start)} — ${df(e.end)}`, { color: '777777' })]),
  ];
  const mid = [
    h('PROFILE'),
    P([T(p.summary, { size: 19 })]),
    h('EXPERIENCE'),
    ...newestFirst(p).flatMap((j) => [
      P([T(j.title, { bold: true, size: 21 })], { spacing: { before: 80, after: 0 } }),
      P([T(j.company, { size: 20, color: accent, bold: true })], { spacing: { after: 0 } }),
      P([T(`${range(j, df, present, ' — ')} · ${j.town.toUpperCase()}`, { size: 16, color: '777777', characterSpacing: 10 })], { spacing: { after: 40 } }),
      ...j.bullets.map((b) => bullet(b, 16)),
    ]),
  ];
  const right = [
    h('SKILLS'),
    ...p.skills.flatMap((g) => [
      P([T(g.group.toUpperCase(), { size: 17, bold: true, color: '555555' })], { spacing: { before: 60, after: 30 } }),
      ...g.items.map((s) => P([T(s.name, { size: 18 }), T('\t'), T('●'.repeat(s.level), { size: 14, color: accent }), T('●'.repeat(5 - s.level), { size: 14, color: 'DDDDDD' })], { tabStops: [{ type: TabStopType.RIGHT, position: 2520 }], spacing: { after: 30 } })),
    ]),
    h('AWARDS'),
    ...p.awards.map((a) => P([T(a, { size: 18 })])),
    ...(p.certs.length ? [h('CERTIFICATES'), ...p.certs.map((c) => P([T(c, { size: 18 })]))] : []),
  ];
  const rule = { ...noCellBorders, left: line('CCCCCC', 4) };
  const t = table(W, [
    new TableRow({ children: [cell([...top, P([T(p.headline.toUpperCase(), { size: 22, color: accent, characterSpacing: 60 })], { spacing: { after: 120 } })], W[0] + W[1] + W[2], { columnSpan: 3, borders: { ...noCellBorders, bottom: line('222222', 18) } })] }),
    new TableRow({ height: { value: 12800, rule: HeightRule.ATLEAST }, children: [cell(left, W[0], { shading: fill('F4F4F1') }), cell(mid, W[1], { borders: rule, margins: { top: 80, bottom: 80, left: 200, right: 200 } }), cell(right, W[2], { borders: rule, margins: { top: 80, bottom: 80, left: 180, right: 80 } })] }),
  ]);
  return Packer.toBuffer(sections(p, { children: [t], margin: 720 }));
}

// ————————————————————————————————————————————————————————————— D4. word-shade-bars (two-column)
export async function docxShadeBars(p: Person): Promise<Buffer> {
  const { T, P, cell, table, bullet } = mk(p);
  const dark = p.id === 'p07' ? '1F2A36' : '22313F';
  const accent = p.id === 'p07' ? 'F2A541' : '4FC1E9';
  const W = [3500, 6706];
  const inner = W[0] - 240 - 200;
  const df = D.slash;
  const white = (t: string, o: Partial<IRunOptions> = {}) => T(t, { color: 'FFFFFF', ...o });
  const lh = (t: string) => P([white(t, { bold: true, size: 19, characterSpacing: 60, color: accent })], { spacing: { before: 240, after: 100 } });
  /** the bar: an empty shaded paragraph whose right indent leaves (5 − level)/5 of the line unshaded */
  const bar = (lv: number) =>
    new Paragraph({
      children: [new TextRun({ text: ' ', size: 8 })],
      shading: fill(accent),
      indent: { right: Math.round(((5 - lv) / 5) * inner) },
      spacing: { after: 90, line: 120, lineRule: LineRuleType.EXACT },
    });
  const track = (lv: number) => [bar(lv)];
  const left = [
    lh('CONTACT'),
    P([white(p.phoneShown, { size: 19 })]),
    P([white(p.email, { size: 19 })]),
    P([white(p.town, { size: 19 })]),
    ...p.links.map((l) => P([white(l, { size: 19 })])),
    ...(p.other ?? []).map((o) => P([white(`${o.label}: ${o.number}`, { size: 18, color: 'C9D3DD' })])),
    ...p.skills.flatMap((g) => [lh(g.group.toUpperCase()), ...g.items.flatMap((s) => [P([white(s.name, { size: 19 })], { spacing: { after: 30 } }), ...track(s.level)])]),
    lh('LANGUAGES'),
    ...p.languages.flatMap((l) => [P([white(`${l.name} — ${l.level}`, { size: 19 })], { spacing: { after: 30 } }), ...track(l.score)]),
  ];
  const nameRuns = p.alias
    ? [P([T(p.name, { bold: true, size: 56, characterSpacing: 200 })], { spacing: { after: 0 } }), P([T(p.alias.toUpperCase(), { size: 30, characterSpacing: 160, color: '555555' })], { spacing: { after: 60 } })]
    : [P([T(p.name.toUpperCase(), { bold: true, size: 46, characterSpacing: 120 })], { spacing: { after: 60 } })];
  const rh = (t: string) => P([T(t, { bold: true, size: 21, characterSpacing: 60 })], { spacing: { before: 260, after: 100 }, border: { bottom: line(dark, 12) } });
  const tab = [{ type: TabStopType.RIGHT, position: W[1] - 400 }];
  const right = [
    ...nameRuns,
    P([T(p.headline, { size: 24, color: '8A6D3B' })], { spacing: { after: 120 } }),
    rh('PROFILE'),
    P([T(p.summary, { size: 20 })]),
    rh('EXPERIENCE'),
    ...newestFirst(p).flatMap((j) => [
      P([T(j.title, { bold: true, size: 21 }), T('\t'), T(range(j, df, 'Present'), { size: 19, color: '555555' })], { tabStops: tab, spacing: { before: 100, after: 0 } }),
      P([T(`${j.company}, ${j.town}`, { italics: true, size: 20, color: '444444' })], { spacing: { after: 40 } }),
      ...j.bullets.map((b) => bullet(b, 17)),
    ]),
    rh('EDUCATION'),
    ...p.education.flatMap((e) => [P([T(e.degree, { bold: true, size: 20 }), T('\t'), T(range(e, df, ''), { size: 19, color: '555555' })], { tabStops: tab, spacing: { after: 0 } }), P([T(e.school, { size: 20, italics: true })])]),
    rh('AWARDS'),
    ...[...p.awards, ...p.certs].map((a) => P([T(a, { size: 19 })])),
  ];
  const t = table(W, [new TableRow({ height: { value: 15200, rule: HeightRule.ATLEAST }, children: [cell(left, W[0], { shading: fill(dark), margins: { top: 300, bottom: 200, left: 240, right: 200 } }), cell(right, W[1], { margins: { top: 300, bottom: 200, left: 360, right: 120 } })] })]);
  return Packer.toBuffer(sections(p, { children: [t], margin: 700 }));
}

// ————————————————————————————————————————————————————————————— D5. zh-word-axis (two-column, Chinese)
export async function docxZhAxis(p: Person): Promise<Buffer> {
  const { T, P, cell, table } = mk(p, 'Arial');
  const dark = p.id === 'p08' ? '2B3A55' : '5A3E36';
  const accent = p.id === 'p08' ? 'E8505B' : 'C8A165';
  const W = [3600, 6606];
  const wl = (t: string, o: Partial<IRunOptions> = {}) => T(t, { color: 'FFFFFF', ...o });
  const band = table([6306, 3900], [
    new TableRow({
      children: [
        cell([P([wl(p.name, { bold: true, size: 60, characterSpacing: 300 })], { spacing: { after: 40 } }), P([wl(`求职意向：${p.headline}`, { size: 23 })])], 6306, { shading: fill(dark), margins: { top: 300, bottom: 240, left: 360, right: 120 } }),
        cell([P([wl(`手机：${p.phoneShown}`, { size: 19 })]), P([wl(`邮箱：${p.email}`, { size: 19 })]), P([wl(`现居：${p.town}`, { size: 19 })])], 3900, { shading: fill(dark), verticalAlign: VerticalAlignTable.CENTER, margins: { top: 200, bottom: 200, left: 120, right: 200 } }),
      ],
    }),
  ]);
  const lh = (t: string, en: string) => P([T('■ ', { color: accent, size: 20 }), T(t, { bold: true, size: 23, color: dark }), T(`  ${en}`, { size: 16, color: '999999' })], { spacing: { before: 200, after: 80 }, border: { bottom: line(dark, 6) } });
  const left = [
    lh('专业技能', 'SKILLS'),
    ...p.skills.flatMap((g) => [
      P([T(g.group, { bold: true, size: 19, color: '555555' })], { spacing: { before: 60, after: 30 } }),
      ...g.items.map((s) => P([T(s.name, { size: 19 }), T('\t'), T('★'.repeat(s.level), { size: 17, color: accent }), T('☆'.repeat(5 - s.level), { size: 17, color: 'AAAAAA' }), T(` ${zhLevel(s.level)}`, { size: 16, color: '777777' })], { tabStops: [{ type: TabStopType.LEFT, position: 1900 }], spacing: { after: 30 } })),
    ]),
    lh('语言能力', 'LANGUAGE'),
    ...p.languages.map((l) => P([T(`${l.name}：${l.level}`, { size: 19 })])),
    lh('作品链接', 'PORTFOLIO'),
    ...p.links.map((l) => P([T(l, { size: 18, color: '2B6CB0' })])),
    lh('荣誉奖项', 'AWARDS'),
    ...p.awards.map((a) => P([T(a, { size: 19 })])),
  ];
  const axisRow = (when: [string, string], content: Paragraph[], last: boolean) =>
    new TableRow({
      children: [
        cell([P([T(when[0], { size: 18, color: '666666', bold: true })], { alignment: AlignmentType.RIGHT, spacing: { after: 0 } }), P([T(when[1], { size: 18, color: '666666' })], { alignment: AlignmentType.RIGHT })], 1250, { margins: { top: 40, bottom: 40, left: 40, right: 160 } }),
        cell(content, 4936, { borders: { ...noCellBorders, left: line(accent, 18) }, margins: { top: 40, bottom: last ? 40 : 160, left: 240, right: 80 } }),
      ],
    });
  const jobs = newestFirst(p);
  const right = [
    lh('工作经历', 'EXPERIENCE'),
    table(
      [1250, 4936],
      jobs.map((j, i) =>
        axisRow([D.dotZh(j.start), j.end ? D.dotZh(j.end) : '至今'], [P([T(j.company, { bold: true, size: 21 })], { spacing: { after: 0 } }), P([T(`${j.title}${j.kind ? `（${j.kind}）` : ''}　·　${j.town}`, { size: 19, color: accent })], { spacing: { after: 40 } }), ...j.bullets.map((b, k) => P([T(`${k + 1}. ${b}`, { size: 19 })], { spacing: { after: 20 } }))], i === jobs.length - 1),
      ),
    ),
    lh('教育背景', 'EDUCATION'),
    table([1250, 4936], p.education.map((e, i) => axisRow([D.dotZh(e.start), D.dotZh(e.end)], [P([T(e.school, { bold: true, size: 20 })], { spacing: { after: 0 } }), P([T(e.degree, { size: 19 })])], i === p.education.length - 1))),
    lh('自我评价', 'ABOUT ME'),
    P([T(p.summary, { size: 19 })]),
  ];
  const body = table(W, [new TableRow({ height: { value: 12600, rule: HeightRule.ATLEAST }, children: [cell(left, W[0], { shading: fill('F2F3F5'), margins: { top: 100, bottom: 200, left: 240, right: 200 } }), cell(right, W[1], { margins: { top: 100, bottom: 200, left: 300, right: 120 } })] })]);
  return Packer.toBuffer(sections(p, { children: [band, P('', { spacing: { after: 0 } }), body], margin: 700 }));
}

// ————————————————————————————————————————————————————————————— D6. zh-word-skillsfirst (single, Chinese)
export async function docxZhSkillsFirst(p: Person): Promise<Buffer> {
  const { T, P } = mk(p, 'Arial');
  const accent = 'C75C8B';
  const h = (glyph: string, t: string, en: string) =>
    P([T(`${glyph} `, { color: accent, size: 24 }), T(t, { bold: true, size: 24 }), T(`　${en}`, { size: 15, color: 'AAAAAA', characterSpacing: 40 })], { spacing: { before: 220, after: 100 }, border: { bottom: line(accent, 8) }, keepNext: true });
  const bars = (n: number) => [T('▰'.repeat(n), { color: accent, size: 18 }), T('▱'.repeat(5 - n), { color: 'CCCCCC', size: 18 })];
  const tabs = [
    { type: TabStopType.LEFT, position: 2600 },
    { type: TabStopType.LEFT, position: 4300 },
  ];
  const workTab = [{ type: TabStopType.RIGHT, position: 9600 }];
  const job = (j: Job) => [
    P([T(j.company, { bold: true, size: 21 }), T('\t'), T(j.end ? `${D.nian(j.start)}—${D.nian(j.end)}` : `${D.nian(j.start)}至今`, { size: 19, color: '555555' })], { tabStops: workTab, spacing: { before: 140, after: 20 }, keepNext: true }),
    P([T('职位：', { size: 19, color: '777777' }), T(j.title, { size: 19, bold: true }), T(`　　地点：${j.town}`, { size: 19, color: '777777' })], { spacing: { after: 40 }, keepNext: true }),
    ...j.bullets.map((b, i) => P([T(`${i + 1}、${b}`, { size: 19 })], { indent: { left: 200 }, spacing: { after: 20 }, keepNext: i < j.bullets.length - 1 })),
  ];
  const children = [
    P([T(p.name, { bold: true, size: 56, characterSpacing: 100 })], { spacing: { after: 40 } }),
    P([T(`求职意向：${p.headline}　｜　期望城市：${p.town.slice(0, 2)}`, { size: 20, color: accent })], { spacing: { after: 60 } }),
    P([T(`☎ ${p.phoneShown}　　✉ ${p.email}　　⌂ ${p.town}`, { size: 18, color: '444444' })]),
    h('◆', '专业技能', 'SKILLS'),
    ...p.skills.flatMap((g) => [P([T(`【${g.group}】`, { bold: true, size: 19, color: '555555' })], { spacing: { before: 80, after: 40 } }), ...g.items.map((s) => P([T(s.name, { size: 19 }), T('\t'), ...bars(s.level), T('\t'), T(zhLevel(s.level), { size: 18, color: '666666' })], { tabStops: tabs, spacing: { after: 30 } }))]),
    h('◆', '荣誉奖项', 'AWARDS'),
    ...p.awards.map((a) => P([T(`· ${a}`, { size: 19 })])),
    h('◆', '作品集', 'PORTFOLIO'),
    ...p.links.map((l) => P([T(`↗ ${l}`, { size: 19, color: '2B6CB0' })])),
    h('◆', '自我评价', 'ABOUT'),
    P([T(p.summary, { size: 19 })]),
    h('◆', '语言能力', 'LANGUAGE'),
    P([T(p.languages.map((l) => `${l.name}：${l.level}`).join('　　'), { size: 19 })]),
    h('◆', '教育背景', 'EDUCATION'),
    ...p.education.map((e) => P([T(e.school, { bold: true, size: 19 }), T(`　${e.degree}`, { size: 19 }), T('\t'), T(`${D.nian(e.start)}—${D.nian(e.end)}`, { size: 19, color: '555555' })], { tabStops: workTab })),
    h('◆', '工作经历', 'EXPERIENCE'),
    ...newestFirst(p).flatMap(job),
  ];
  const header = new Header({ children: [P([T(`${p.name} · 个人简历`, { size: 15, color: '999999' })], { alignment: AlignmentType.RIGHT })] });
  const footer = new Footer({ children: [P([T('第 ', { size: 15, color: '999999' }), new TextRun({ children: [PageNumber.CURRENT], size: 15, color: '999999' }), T(' 页', { size: 15, color: '999999' })], { alignment: AlignmentType.CENTER })] });
  return Packer.toBuffer(sections(p, { children, header, footer, margin: 900 }));
}

export const docxTemplates: Record<string, (p: Person) => Promise<Buffer>> = {
  'word-htimeline': docxHTimeline,
  'word-icon-rows': docxIconRows,
  'word-3col': docx3col,
  'word-shade-bars': docxShadeBars,
  'zh-word-axis': docxZhAxis,
  'zh-word-skillsfirst': docxZhSkillsFirst,
};
