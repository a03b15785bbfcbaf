/** DOCX templates of heldout-76 (built with the `docx` package; LibreOffice prints them to PDF). */
import { AlignmentType, BorderStyle, Document, Footer, Header, PageNumber, Paragraph, ShadingType, Table, TableCell, TableRow, TabStopType, TextRun, WidthType, ColumnBreak, SectionType, LeaderType } from 'docx';
import type { Person, Job, Other } from './people.ts';
import { range, duration, months } from './dates.ts';
import { rev, fwd, groups, groupSpan, basis } from './html.ts';

const F = (p: Person) => (p.lang === 'en' ? 'Liberation Sans' : p.loc === 'tw' || p.loc === 'hk' ? 'Noto Sans CJK TC' : 'Noto Sans CJK SC');
const r = (text: string, o: { b?: boolean; i?: boolean; s?: number; c?: string } = {}) => new TextRun({ text, bold: o.b, italics: o.i, size: o.s ?? 20, color: o.c });
const P = (runs: TextRun[] | string, o: Record<string, unknown> = {}) => new Paragraph({ children: typeof runs === 'string' ? [r(runs)] : runs, spacing: { after: 40 }, ...o });
const H = (t: string, color = '1F4E79') => new Paragraph({ children: [r(t, { b: true, s: 23, c: color })], spacing: { before: 200, after: 80 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color, space: 1 } } });
const bullet = (t: string) => new Paragraph({ children: [r(t)], bullet: { level: 0 }, spacing: { after: 20 } });
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noB = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
const grid = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
const gridB = { top: grid, bottom: grid, left: grid, right: grid, insideHorizontal: grid, insideVertical: grid };
const cell = (children: Paragraph[], w: number, o: { fill?: string; span?: number } = {}) => new TableCell({ children, width: { size: w, type: WidthType.DXA }, columnSpan: o.span, shading: o.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: o.fill } : undefined, margins: { top: 50, bottom: 50, left: 90, right: 90 } });
const doc = (p: Person, sections: ConstructorParameters<typeof Document>[0]['sections']) => new Document({ creator: p.alt ?? p.name, styles: { default: { document: { run: { font: F(p), size: 20 } } } }, sections });
const margins = { page: { margin: { top: 1000, bottom: 1000, left: 1100, right: 1100 } } };

/** DS1 de-seit-tabs: German-English Lebenslauf in Word: period on a left tab with the length in brackets on the line below, place/date + signature line at the end. */
export function deSeitTabs(p: Person): Document {
  const tab = [{ type: TabStopType.LEFT, position: 2300 }];
  const ind = { left: 2300, hanging: 2300 };
  const job = (j: Job) => [
    P([r(range(p, j, 'n')), r('\t'), r(j.title, { b: true }), r(basis(p, j))], { tabStops: tab, indent: ind }),
    P([r(`(${duration(p.loc, months(j))})`, { s: 17, c: '666666' }), r('\t'), r(`${j.company}, ${j.city}`, { i: true })], { tabStops: tab, indent: ind }),
    ...j.bullets.map((b) => P([r('\t– ' + b)], { tabStops: tab, indent: ind })),
  ];
  return doc(p, [{
    properties: margins,
    headers: { default: new Header({ children: [P([r('Curriculum Vitae · Lebenslauf', { s: 16, c: '888888' })], { alignment: AlignmentType.RIGHT })] }) },
    children: [
      P([r(p.name, { b: true, s: 36 })]), P([r(p.headline, { s: 22, c: '444444' })]),
      P([r('Personal details', { b: true, s: 23, c: '1F4E79' })], { spacing: { before: 200, after: 80 } }),
      ...[['Address', p.address], ['Mobile', p.phoneShown], ...p.others.map((o) => [o.label, o.num]), ['E-mail', p.email]].map(([a, b]) => P([r(a), r('\t'), r(b)], { tabStops: tab })),
      H('Professional experience (Berufserfahrung)'), ...rev(p.work).flatMap(job),
      H('Education'), ...rev(p.edu).flatMap((e) => [P([r(range(p, e, 'n')), r('\t'), r(e.degree, { b: true })], { tabStops: tab, indent: ind }), P([r('\t' + e.school, { i: true })], { tabStops: tab, indent: ind })]),
      H('Civil service'), ...p.other.map((o) => P([r(range(p, o, 'n')), r('\t'), r(o.label)], { tabStops: tab, indent: ind })),
      H('Skills'), P(p.skills.join(' · ')), H('Languages'), P(p.languages.join(' · ')), H('Certificates'), ...p.certs.map((c) => P(c)),
      P([r('Bremen, December 2026')], { spacing: { before: 400 } }), P([r('________________________')], { spacing: { before: 300 } }), P([r(p.name, { s: 17 })]),
    ],
  }]);
}

/** DS2 title-paren: Word CV with name/contact in the page HEADER, "Title (dates)" bold line, employer line under it; Polish GDPR consent clause at the end. */
export function titleParen(p: Person): Document {
  const m = p.lang === 'mixed';
  const L = (en: string, zh: string) => (m ? `${zh} ${en}` : en);
  const items = rev([...p.work.map((j) => ({ ...j, k: 1 })), ...p.other.map((o) => ({ ...o, k: 0 }))]);
  return doc(p, [{
    properties: margins,
    headers: { default: new Header({ children: [P([r(p.name, { b: true, s: 30 }), r(p.alt ? '  ' + p.alt : '', { s: 24 })]), P([r(`${m ? 'Mobile 手机' : 'Mobile'}: ${p.phoneShown}  |  ${p.email}  |  ${p.address}`, { s: 16 })], { border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: '444444', space: 2 } } })] }) },
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES], size: 16 })] })] }) },
    children: [
      P([r(p.headline, { b: true, s: 24, c: '7B2C2C' })]), P(p.summary),
      H(L('Work experience', '工作经历'), '7B2C2C'),
      ...items.flatMap((e) => e.k
        ? [P([r(`${(e as Job).title}${basis(p, e as Job)} (${range(p, e, 'n')})`, { b: true })], { spacing: { before: 100, after: 20 } }), P([r(`${(e as Job).company}, ${(e as Job).city}`, { i: true })]), ...(e as Job).bullets.map(bullet)]
        : [P([r(`${(e as Other).label} (${range(p, e, 'n')})`, { i: true, c: '555555' })], { spacing: { before: 100 } })]),
      H(L('Education', '教育背景'), '7B2C2C'), ...rev(p.edu).map((e) => P([r(`${e.degree} (${range(p, e, 'n')})`, { b: true }), r(` — ${e.school}`)])),
      H(L('Skills', '技能'), '7B2C2C'), ...p.skills.map(bullet),
      H(L('Languages', '语言'), '7B2C2C'), P(p.languages.join('; ')), H(L('Certificates and licences', '证书'), '7B2C2C'), ...p.certs.map((c) => P(c)),
      ...(p.loc === 'pl' ? [P([r('I hereby consent to the processing of my personal data for the purposes of the recruitment process, in accordance with Art. 6(1)(a) GDPR (RODO).', { i: true, s: 15, c: '666666' })], { spacing: { before: 300 } })] : []),
    ],
  }]);
}

/** DS3 zh-employer-span: 中文 Word 简历：公司一行（右侧制表位写该公司总年限），其下各职位缩进并写各自起止时间. */
export function zhEmployerSpan(p: Person): Document {
  const right = [{ type: TabStopType.RIGHT, position: 9700 }];
  return doc(p, [{
    properties: margins,
    children: [
      P([r(p.name, { b: true, s: 40 })], { alignment: AlignmentType.CENTER }),
      P([r(`求职意向：${p.headline}　　手机：${p.phoneShown}　　邮箱：${p.email}`, { s: 18 })], { alignment: AlignmentType.CENTER }),
      P([r(`现居：${p.address}　　${p.others.map((o) => `${o.label}：${o.num}`).join('　')}`, { s: 18 })], { alignment: AlignmentType.CENTER }),
      H('个人概况', 'B03A2E'), P(p.summary),
      H('工作经历', 'B03A2E'),
      ...groups(p).flatMap((g) => {
        const s = groupSpan(g);
        return [
          P([r(`${g.company}（${g.city}）`, { b: true }), r(`\t${range(p, s, 'n')}（共${duration(p.loc, months(s))}）`, { b: true })], { tabStops: right, spacing: { before: 120, after: 40 } }),
          ...g.jobs.flatMap((j) => [P([r(`${range(p, j, 'n')}　${j.title}`, { c: '333333', b: g.jobs.length > 1 })], { indent: { left: 360 } }), ...j.bullets.map((b, i) => P(`${i + 1}. ${b}`, { indent: { left: 720 } }))]),
        ];
      }),
      H('教育背景', 'B03A2E'), ...p.edu.map((e) => P([r(`${e.school}　${e.degree}`), r(`\t${range(p, e, 'n')}`)], { tabStops: right })),
      H('专业技能', 'B03A2E'), P(p.skills.join('　｜　')), H('语言能力', 'B03A2E'), P(p.languages.join('，')), H('证书', 'B03A2E'), P(p.certs.join('，')),
    ],
  }]);
}

/** DS4 it-right-tab: Italian CV in English: title line with the period on a right tab, employer line, career break as an entry, D.Lgs./GDPR consent line. */
export function itRightTab(p: Person): Document {
  const right = [{ type: TabStopType.RIGHT, position: 9700, leader: LeaderType.DOT }];
  const items = rev([...p.work.map((j) => ({ ...j, k: 1 })), ...p.other.map((o) => ({ ...o, k: 0 }))]);
  return doc(p, [{
    properties: margins,
    children: [
      P([r('CURRICULUM VITAE', { s: 18, c: '0B6E4F', b: true })]), P([r(p.name, { b: true, s: 34 })]), P([r(p.headline, { i: true })]),
      P([r(`Via: ${p.address}`, { s: 18 })]), P([r(`Cell: ${p.phoneShown}   ${p.others.map((o) => `${o.label}: ${o.num}`).join('   ')}   E-mail: ${p.email}`, { s: 18 })]),
      H('Work experience', '0B6E4F'),
      ...items.flatMap((e) => e.k
        ? [P([r((e as Job).title + basis(p, e as Job), { b: true }), r('\t' + range(p, e, 'n'))], { tabStops: right, spacing: { before: 100, after: 20 } }), P([r(`${(e as Job).company} — ${(e as Job).city}`, { c: '0B6E4F' })]), ...(e as Job).bullets.map(bullet)]
        : [P([r((e as Other).label, { i: true }), r('\t' + range(p, e, 'n'))], { tabStops: right, spacing: { before: 100 } })]),
      H('Education and training', '0B6E4F'), ...p.edu.map((e) => P([r(`${e.degree}, ${e.school}`), r('\t' + range(p, e, 'n'))], { tabStops: right })),
      H('Technical skills', '0B6E4F'), P(p.skills.join(', ')), H('Languages', '0B6E4F'), P(p.languages.join(', ')), H('Certifications', '0B6E4F'), ...p.certs.map((c) => P(c)),
      P([r('I authorise the processing of my personal data pursuant to Legislative Decree 196/2003 and EU Regulation 2016/679 (GDPR).', { i: true, s: 15 })], { spacing: { before: 300 } }),
    ],
  }]);
}

/** DT1 es-dates-table: Spanish candidate's English CV in a bordered Word table Dates | Position / Employer | Main duties, a shaded section row per block. */
export function esDatesTable(p: Person): Document {
  const w = [2200, 3300, 4200];
  const sec = (t: string) => new TableRow({ children: [cell([P([r(t, { b: true, c: 'FFFFFF' })])], 9700, { fill: '9C2A2A', span: 3 })] });
  const rows = [
    sec('WORK EXPERIENCE'),
    new TableRow({ children: ['Dates', 'Position / Employer', 'Main duties'].map((t, i) => cell([P([r(t, { b: true })])], w[i], { fill: 'EAD7D7' })) }),
    ...rev(p.work).map((j) => new TableRow({ children: [cell([P(range(p, j, 'w'))], w[0]), cell([P([r(j.title, { b: true }), r(basis(p, j))]), P([r(`${j.company}, ${j.city}`, { i: true })])], w[1]), cell(j.bullets.map((b) => P('• ' + b)), w[2])] })),
    sec('EDUCATION'),
    ...rev(p.edu).map((e) => new TableRow({ children: [cell([P(range(p, e, 'w'))], w[0]), cell([P([r(e.degree, { b: true })])], w[1]), cell([P(e.school)], w[2])] })),
    sec('SKILLS'), new TableRow({ children: [cell(p.skills.map((s) => P('• ' + s)), 9700, { span: 3 })] }),
    sec('LANGUAGES AND CERTIFICATES'), new TableRow({ children: [cell([P('Languages: ' + p.languages.join(', ')), P('Certificates: ' + p.certs.join(', '))], 9700, { span: 3 })] }),
  ];
  return doc(p, [{
    properties: margins,
    children: [
      P([r(p.name, { b: true, s: 36, c: '9C2A2A' })]), P([r(p.headline)]),
      P([r(`Mobile ${p.phoneShown} · ${p.others.map((o) => `${o.label} ${o.num}`).join(' · ')} · ${p.email}`, { s: 18 })]), P([r(p.address, { s: 18 })], { spacing: { after: 160 } }),
      new Table({ rows, width: { size: 9700, type: WidthType.DXA }, columnWidths: w, borders: gridB }),
    ],
  }]);
}

/** generic bordered history-table docx used by DT2/DT3/DT4 with per-template columns */
function bordered(p: Person, head: Paragraph[], widths: number[], header: string[], body: string[][], tail: Paragraph[], fill: string): Document {
  const rows = [new TableRow({ tableHeader: true, children: header.map((t, i) => cell([P([r(t, { b: true })])], widths[i], { fill })) }),
    ...body.map((cols) => new TableRow({ children: cols.map((t, i) => cell(t.split('\n').map((x) => P(x)), widths[i])) }))];
  return doc(p, [{ properties: margins, children: [...head, new Table({ rows, width: { size: widths.reduce((a, b) => a + b), type: WidthType.DXA }, columnWidths: widths, borders: gridB }), ...tail] }]);
}

/** DT2 tokyo-bilingual-table: 中英 CV of a Tokyo resident: history table 期间 Period | 在职 Tenure | 公司 Company | 职位 Position, Japanese date style "2019年4月～現在". */
export function tokyoTable(p: Person): Document {
  const body = rev(p.work).map((j) => [range(p, j, 'w'), duration(p.loc, months(j)), `${j.company}\n${j.city}`, `${j.title}${basis(p, j)}\n${j.bullets.join(' ')}`]);
  return bordered(p, [
    P([r(p.name, { b: true, s: 36 }), r('  ' + (p.alt ?? ''), { s: 24 })]), P(p.headline),
    P([r(`携帯 Mobile: ${p.phoneShown}　｜　${p.others.map((o) => `${o.label}: ${o.num}`).join('　｜　')}　｜　E-mail: ${p.email}`, { s: 18 })]), P([r(`住所 Address: ${p.address}`, { s: 18 })]),
    H('职业经历 Work history'),
  ], [2300, 1300, 2600, 3500], ['期间 Period', '在职 Tenure', '公司 Company', '职位 Position'], body, [
    H('学历 Education'), ...p.edu.map((e) => P(`${range(p, e, 'w')}　${e.school}　${e.degree}`)),
    H('技能 Skills'), ...p.skills.map(bullet), H('语言 Languages'), P(p.languages.join(' / ')), H('证书 Certificates'), P(p.certs.join(' / ')),
  ], 'DDE6F0');
}

/** DT3 tw-nianzi-table: 台灣 Word 履歷：經歷表 起迄年月 | 服務單位 | 職稱 | 年資，兵役另列一列. */
export function twNianziTable(p: Person): Document {
  const body = [...rev(p.work).map((j) => [range(p, j, 'w'), `${j.company}\n（${j.city}）`, j.title, duration(p.loc, months(j))]),
    ...p.other.map((o) => [range(p, o, 'w'), o.label, '（兵役）', '—'])];
  return bordered(p, [
    P([r('個人履歷', { s: 20, c: '777777' })], { alignment: AlignmentType.CENTER }), P([r(p.name, { b: true, s: 40 })], { alignment: AlignmentType.CENTER }),
    P([r(`應徵職務：${p.headline}　手機：${p.phoneShown}　${p.others.map((o) => `${o.label}：${o.num}`).join('　')}`, { s: 18 })], { alignment: AlignmentType.CENTER }),
    P([r(`E-mail：${p.email}　通訊地址：${p.address}`, { s: 18 })], { alignment: AlignmentType.CENTER }),
    H('工作經歷'),
  ], [2900, 2900, 2600, 1300], ['起迄年月', '服務單位', '職稱', '年資'], body, [
    H('學歷'), ...p.edu.map((e) => P(`${range(p, e, 'w')}　${e.school}　${e.degree}`)),
    H('專業技能'), P(p.skills.join('、')), H('語言能力'), P(p.languages.join('、')), H('證照'), P(p.certs.join('、')),
    H('自傳'), P(p.summary),
  ], 'E2EFD9');
}

/** DT4 hk-chrono-table: 香港 Word 履歷：一張時序表（由舊至新）學歷與工作同表，類別欄分「進修 / 工作」. */
export function hkChronoTable(p: Person): Document {
  const rows = fwd([...p.work.map((j) => ({ start: j.start, c: [range(p, j, 'w'), '工作', `${j.company}　${j.title}`, j.bullets.join('')] })),
    ...p.edu.map((e) => ({ start: e.start, c: [range(p, e, 'w'), '進修', `${e.school}　${e.degree}`, ''] }))]).map((x) => x.c);
  return bordered(p, [
    P([r(p.name, { b: true, s: 40 }), r('　個人履歷', { s: 24, c: '666666' })]),
    P([r(`應徵：${p.headline}　｜　手提電話：${p.phoneShown}　｜　${p.others.map((o) => `${o.label}：${o.num}`).join('')}`, { s: 18 })]),
    P([r(`電郵：${p.email}　｜　地址：${p.address}`, { s: 18 })]), H('學歷及工作經驗（按時序）'),
  ], [2800, 900, 3200, 2800], ['日期', '類別', '機構 / 職位', '備註'], rows, [
    H('專業技能'), ...p.skills.map(bullet), H('語言'), P(p.languages.join('，')), H('專業資格'), P(p.certs.join('，')), H('簡介'), P(p.summary),
  ], 'FCE4D6');
}

/** two-cell layout table (borderless): rail + main */
function twoCell(p: Person, railLeft: boolean, rail: Paragraph[], main: Paragraph[], fill: string): Document {
  const a = cell(rail, 3100, { fill }), b = cell(main, 6600);
  return doc(p, [{ properties: margins, children: [new Table({ rows: [new TableRow({ children: railLeft ? [a, b] : [b, a] })], width: { size: 9700, type: WidthType.DXA }, columnWidths: railLeft ? [3100, 6600] : [6600, 3100], borders: noB })] }]);
}

/** DW2 twocell-rail-right-br: Brazilian dev CV on a borderless 2-cell table, rail on the RIGHT; the period in a small grey line ABOVE each title. */
export function railRightBr(p: Person): Document {
  const main = [
    P([r(p.name, { b: true, s: 34 })]), P([r(p.headline, { c: '2E7D32' })]), P(p.summary),
    H('Professional experience', '2E7D32'),
    ...rev(p.work).flatMap((j) => [P([r(range(p, j, 'w'), { s: 17, c: '777777' })], { spacing: { before: 100, after: 0 } }), P([r(j.title, { b: true }), r(basis(p, j))]), P([r(`${j.company} · ${j.city}`, { i: true })]), ...j.bullets.map(bullet)]),
    H('Education', '2E7D32'), ...p.edu.map((e) => P(`${range(p, e, 'w')} — ${e.degree}, ${e.school}`)),
  ];
  const rail = [
    P([r('CONTACT', { b: true, c: '2E7D32' })]), P(`Cel./WhatsApp: ${p.phoneShown}`), ...p.others.map((o) => P(`${o.label}: ${o.num}`)), P(p.email), P(p.address),
    P([r('SKILLS', { b: true, c: '2E7D32' })], { spacing: { before: 200 } }), ...p.skills.map((s) => P(s)),
    P([r('LANGUAGES', { b: true, c: '2E7D32' })], { spacing: { before: 200 } }), ...p.languages.map((s) => P(s)),
    P([r('CERTIFICATION', { b: true, c: '2E7D32' })], { spacing: { before: 200 } }), ...p.certs.map((s) => P(s)),
  ];
  return twoCell(p, false, rail, main, 'E8F5E9');
}

/** DW3 twocell-left-years: Dutch CV on a borderless 2-cell table with a left rail; job lines "Title ⇥ 2020 – heden" with a right tab inside the main cell. */
export function leftYears(p: Person): Document {
  const right = [{ type: TabStopType.RIGHT, position: 6300 }];
  const main = [
    P([r(p.name, { b: true, s: 36, c: 'E65100' })]), P(p.headline), P(p.summary),
    H('Work experience', 'E65100'),
    ...rev(p.work).flatMap((j) => [P([r(j.title, { b: true }), r(basis(p, j)), r('\t' + range(p, j, 'w'))], { tabStops: right, spacing: { before: 100, after: 0 } }), P([r(`${j.company}, ${j.city}`, { i: true })]), ...j.bullets.map(bullet)]),
    H('Education', 'E65100'), ...rev(p.edu).map((e) => P([r(e.degree), r('\t' + range(p, e, 'w'))], { tabStops: right })),
  ];
  const rail = [
    P([r('Personal details', { b: true })]), P(`Mobile: ${p.phoneShown}`), P(p.email), P(p.address),
    P([r('Skills', { b: true })], { spacing: { before: 200 } }), ...p.skills.map((s) => P('– ' + s)),
    P([r('Languages', { b: true })], { spacing: { before: 200 } }), ...p.languages.map((s) => P(s)),
  ];
  return twoCell(p, true, rail, main, 'FFF3E0');
}

/** DW1 sg-sectcols: SG bilingual CV: full-width header section, then a continuous 2-column section (separator line); employer blocks with the employer's span, roles under them; NS in its own block. */
export function sgSectCols(p: Person): Document {
  const body = [
    H('Career history 工作经历'),
    ...groups(p).flatMap((g) => {
      const s = groupSpan(g);
      return [P([r(g.company, { b: true })], { spacing: { before: 100, after: 0 } }), P([r(`${g.city} | ${range(p, s, 'w')}`, { c: '555555', s: 18 })]),
        ...g.jobs.flatMap((j) => [P([r('▸ ' + j.title + basis(p, j), { b: g.jobs.length > 1 })]), P([r('   ' + range(p, j, 'w'), { i: true, s: 18 })]), ...j.bullets.map(bullet)])];
    }),
    H('National Service 国民服役'), ...p.other.map((o) => P(`${o.label}, ${range(p, o, 'w')}`)),
    H('Education 教育'), ...p.edu.map((e) => P(`${e.degree}, ${e.school} (${range(p, e, 'w')})`)),
    H('Skills 技能'), ...p.skills.map(bullet), H('Languages 语言'), ...p.languages.map((l) => P(l)), H('Certifications 证书'), ...p.certs.map((c) => P(c)),
  ];
  return doc(p, [
    { properties: margins, children: [P([r(p.name, { b: true, s: 40 }), r('  ' + (p.alt ?? ''), { s: 28 })]), P(p.headline), P([r(`Mobile 手机 ${p.phoneShown} · ${p.others.map((o) => `${o.label} ${o.num}`).join(' · ')} · ${p.email} · ${p.address}`, { s: 17 })]), P(p.summary)] },
    { properties: { ...margins, type: SectionType.CONTINUOUS, column: { count: 2, space: 500, separate: true, equalWidth: true } }, children: body },
  ]);
}
export { ColumnBreak };
