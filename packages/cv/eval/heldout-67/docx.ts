/** DOCX templates of heldout-67, built with the `docx` package; LibreOffice prints them to PDF afterwards. */
import {
  AlignmentType, BorderStyle, Document, Footer, Header, LeaderType, PageNumber, Paragraph, ShadingType, Table, TableCell, TableRow,
  TabStopType, TextRun, VerticalAlign, WidthType, type IRunOptions,
} from 'docx';
import type { Job, Person } from './people.ts';
import { dot, groups, mmyyyy, mon, month, newest, oldest, range, span, zh } from './fmt.ts';

const EN = 'Calibri', ZH = '宋体';
const W = 9638; // A4 text width in twips with ~2 cm margins
const r = (text: string, o: Partial<IRunOptions> = {}) => new TextRun({ text, ...o });
const P = (runs: (TextRun | string)[], o: Record<string, unknown> = {}) => new Paragraph({ children: runs.map((x) => (typeof x === 'string' ? r(x) : x)), ...o });
const bullet = (t: string) => new Paragraph({ children: [r(t)], bullet: { level: 0 }, spacing: { after: 20 } });
const NB = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: NB, bottom: NB, left: NB, right: NB, insideHorizontal: NB, insideVertical: NB };
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '666666' };
const lines = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
const cell = (children: Paragraph[], w: number, o: Record<string, unknown> = {}) => new TableCell({ children, width: { size: w, type: WidthType.DXA }, margins: { top: 60, bottom: 60, left: 100, right: 100 }, ...o });
const shade = (fill: string) => ({ shading: { type: ShadingType.CLEAR, fill, color: 'auto' } });
const doc = (font: string, size: number, children: (Paragraph | Table)[], extra: Record<string, unknown> = {}) =>
  new Document({ creator: 'Microsoft Office User', styles: { default: { document: { run: { font, size } } } },
    sections: [{ properties: { page: { margin: { top: 1000, bottom: 1000, left: 1134, right: 1134 } } }, children, ...extra }] });
const pageFooter = (left: string) => ({ footers: { default: new Footer({ children: [new Paragraph({ tabStops: [{ type: TabStopType.RIGHT, position: W }], children: [r(left, { size: 16, color: '777777' }), r('\tPage ', { size: 16, color: '777777' }), new TextRun({ children: [PageNumber.CURRENT], size: 16, color: '777777' })] })] }) } });

/** US/SG contractor résumé in Word: "Contract History" as a run of one-line engagements (dates ⇥ client ⇥ role) with a right tab, permanent roles grouped, a Career Note for the break. */
export function contractRun(p: Person): Document {
  const tabs = [{ type: TabStopType.LEFT, position: 2300 }, { type: TabStopType.RIGHT, position: W }];
  const h = (t: string) => P([r(t.toUpperCase(), { bold: true, color: '1F3864', size: 21 })], { spacing: { before: 200, after: 60 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '1F3864', space: 1 } } });
  const perm = p.jobs.filter((j) => j.kind === 'ft'), con = newest(p).filter((j) => j.kind === 'contract'), own = p.jobs.filter((j) => j.kind === 'self');
  const out: Paragraph[] = [
    P([r(p.name, { bold: true, size: 40 })], { alignment: AlignmentType.LEFT }),
    ...(p.alt ? [P([r(p.alt, { size: 22, color: '555555' })])] : []),
    P([r(`${p.city}  |  Cell: ${p.phoneLocal}  |  ${p.email}`, { size: 19 })], { spacing: { after: 120 } }),
    P([r(p.headline, { italics: true })]),
    h('Summary'), P([r(p.summary)]),
  ];
  if (own.length) { out.push(h('Independent practice')); for (const j of own) out.push(P([r(`${mon(j.start)} – present`), r(`\t${j.company}`, { bold: true }), r(`\t${j.title}`)], { tabStops: tabs }), ...j.bullets.map(bullet)); }
  out.push(h('Contract history'));
  for (const j of con) out.push(P([r(range(j, mmyyyy, ' – ')), r(`\t${j.company}`, { bold: true }), r(`\t${j.title}${j.note ? ` (${j.note})` : ''}`)], { tabStops: tabs, spacing: { before: 60 } }), P([r(j.bullets[0], { italics: true, size: 19 })], { indent: { left: 2300 } }));
  out.push(h('Permanent employment'));
  for (const g of groups(perm).reverse()) {
    const s = span(g.jobs);
    out.push(P([r(g.company, { bold: true }), r(`\t${range(s, mon)}`)], { tabStops: [{ type: TabStopType.RIGHT, position: W }], spacing: { before: 80 } }));
    for (const j of [...g.jobs].reverse()) out.push(P([r(j.title, { italics: true }), r(`  (${range(j, mon)})`, { size: 19 })]), ...j.bullets.map(bullet));
  }
  for (const b of p.breaks) out.push(P([r('Career note: ', { bold: true }), r(`${month(b.start)} – ${month(b.end)} — ${b.text}.`, { italics: true })], { spacing: { before: 100 } }));
  out.push(h('Technical skills'), P([r(p.skills.join(' • '))]), h('Education'), ...p.edu.map((e) => P([r(e.degree, { bold: true }), r(`, ${e.school}`), r(`\t${e.end.slice(0, 4)}`)], { tabStops: [{ type: TabStopType.RIGHT, position: W }] })),
    h('Certifications'), ...p.certs.map((c) => P([r(c)])), h('Languages'), P([r(p.languages.join(', '))]));
  return doc(EN, 21, out, pageFooter(`${p.name} — résumé`));
}

/** AU / IE Word CV: employer heading, then "Roles held" — each title and its dates on one line joined by a dot leader to a right tab; concurrent work in an "Alongside this" paragraph; break line in italics. */
export function rolesHeld(p: Person): Document {
  const leader = [{ type: TabStopType.RIGHT, position: W, leader: LeaderType.DOT }];
  const h = (t: string) => P([r(t, { bold: true, size: 24, color: '385623' })], { spacing: { before: 220, after: 80 } });
  const out: Paragraph[] = [
    P([r(p.name, { size: 44, color: '385623' })], { alignment: AlignmentType.CENTER }),
    P([r(p.headline, { size: 20 })], { alignment: AlignmentType.CENTER }),
    P([r(`${p.phoneLocal}   ·   ${p.email}   ·   ${p.city}`, { size: 19 })], { alignment: AlignmentType.CENTER, spacing: { after: 160 } }),
    h('Career Objective'), P([r(p.summary)]),
    h('Key Skills'), ...p.skills.map(bullet),
    h('Employment History'),
  ];
  const alongside = (j: Job) => j.kind === 'pt' && !(j.company.startsWith('Fitzroy')) && j.title !== 'Lecturer in Marketing';
  const mains = groups(newest(p).filter((j) => !alongside(j)));
  const side = p.jobs.filter(alongside);
  const brk = p.breaks[0];
  let brkDone = false;
  for (const g of mains) {
    const s = span(g.jobs);
    if (brk && !brkDone && g.jobs.map((j) => j.start).sort().at(-1)! < brk.start) { out.push(P([r(`${mon(brk.start)} – ${mon(brk.end)}: ${brk.text}`, { italics: true, color: '666666' })], { spacing: { before: 120 } })); brkDone = true; }
    out.push(P([r(g.company, { bold: true, size: 23 })], { spacing: { before: 140 } }));
    if (g.jobs.length > 1) out.push(P([r('Roles held:', { size: 19, color: '666666' })]));
    for (const j of g.jobs) out.push(P([r(j.title, { bold: g.jobs.length === 1 }), r(`${j.note ? ` (${j.note})` : ''}`), r(`\t${j.when && /since/.test(j.when) ? j.when + ' · ' : ''}${range(j, mon, ' – ', 'Present')}`)], { tabStops: leader, indent: { left: g.jobs.length > 1 ? 280 : 0 } }), ...j.bullets.map(bullet));
    const con = side.filter((x) => x.start >= s.start && x.start <= (s.end ?? '9999'));
    for (const x of con) out.push(P([r('Alongside this: ', { bold: true, italics: true }), r(`${x.title}, ${x.company}${x.note ? ` (${x.note})` : ''}, ${range(x, mon, ' – ', 'Present')}${x.when ? ` [${x.when}]` : ''}. ${x.bullets[0]}.`, { italics: true })], { indent: { left: 280 }, spacing: { before: 40 } }));
  }
  const unplaced = side.filter((x) => !mains.some((g) => { const s = span(g.jobs); return x.start >= s.start && x.start <= (s.end ?? '9999'); }));
  for (const x of unplaced) out.push(P([r(x.company, { bold: true, size: 23 })], { spacing: { before: 140 } }), P([r(x.title, { bold: true }), r(` (${x.note})`), r(`\t${range(x, mon)}`)], { tabStops: leader }), ...(x.when ? [P([r(x.when, { italics: true, size: 19 })])] : []), ...x.bullets.map(bullet));
  out.push(h('Education'), ...p.edu.map((e) => P([r(`${e.degree}, ${e.school}`), r(`\t${e.start.slice(0, 4)} – ${e.end.slice(0, 4)}`)], { tabStops: leader })),
    h('Licences & Certificates'), ...p.certs.map(bullet), h('Languages'), P([r(p.languages.join(' | '))]),
    h('Referees'), P([r(`Available on request. Former manager contactable via ${p.other}.`)]));
  return doc(EN, 21, out);
}

/** South African Word CV with a running header (name | ID no. masked | mobile) and seasonal employment listed as "Tax season 2017 (Jul–Nov)" lines in a tab grid. */
export function zaSeasonal(p: Person): Document {
  const tabs = [{ type: TabStopType.LEFT, position: 2600 }];
  const h = (t: string) => P([r(t, { bold: true, size: 22, color: 'FFFFFF' })], { ...shade('7F6000'), spacing: { before: 200, after: 80 } });
  const kv = (k: string, v: string) => P([r(k, { bold: true }), r(`\t: ${v}`)], { tabStops: tabs });
  const perm = groups(p.jobs.filter((j) => j.kind === 'ft')), seas = p.jobs.filter((j) => j.kind === 'season'), own = p.jobs.filter((j) => j.kind === 'self');
  const out: Paragraph[] = [
    P([r('CURRICULUM VITAE', { bold: true, size: 32, underline: {} })], { alignment: AlignmentType.CENTER, spacing: { after: 160 } }),
    h('PERSONAL DETAILS'), kv('Full names', p.name), kv('ID number', '870412 **** 08*'), kv('Cell phone', p.phoneLocal), kv('Office', p.other!.replace('Office ', '')), kv('E-mail', p.email), kv('Residential area', p.city), kv('Languages', p.languages.join(', ')),
    h('PROFILE'), P([r(p.summary)]),
    h('CURRENT POSITION'),
    ...own.flatMap((j) => [kv('Business', j.company), kv('Position', j.title), kv('Period', `${month(j.start)} to date`), ...j.bullets.map(bullet)]),
    h('SEASONAL WORK (SARS FILING SEASON)'),
    ...seas.flatMap((j) => [P([r(j.when!, { bold: true }), r(`\t${j.company} — ${j.title}`)], { tabStops: tabs, spacing: { before: 60 } }), P([r(j.bullets[0], { italics: true, size: 19 })], { indent: { left: 2600 } })]),
    h('EMPLOYMENT HISTORY'),
  ];
  for (const g of perm) {
    out.push(kv('Company', g.company));
    for (const j of g.jobs) out.push(kv('Position', `${j.title}${j.note ? ` (${j.note})` : ''}`), kv('Period', range(j, mon, ' – ')), ...j.bullets.map(bullet));
  }
  for (const b of p.breaks) out.push(P([r(`${mon(b.start)} – ${mon(b.end)}: `, { bold: true }), r(b.text, { italics: true })], { spacing: { before: 100 } }));
  out.push(h('COMPUTER & PROFESSIONAL SKILLS'), ...p.skills.map(bullet), h('QUALIFICATIONS'), ...p.edu.map((e) => kv(`${e.start.slice(0, 4)} – ${e.end.slice(0, 4)}`, `${e.degree}, ${e.school}`)),
    h('REGISTRATIONS & LICENCES'), ...p.certs.map(bullet), h('REFERENCES'), P([r('Mr S. Kgotso, Kgotso Tax Services — 011 938 4402')]), P([r('Ms A. van Rooyen, Van Rooyen Khumalo Inc. — 011 783 1190')]));
  return doc('Arial', 20, out, { headers: { default: new Header({ children: [P([r(`${p.name}  |  Cell ${p.phoneLocal}`, { size: 16, color: '7F6000' })], { alignment: AlignmentType.RIGHT })] }) }, ...pageFooter('Curriculum vitae') });
}

/** Chinese Word 简历 for project/contract finance work: 工作经历 split into 全职任职 and 项目合同 (quarters "2017年第一季度至第三季度"), 待业说明 line, 宋体 body, page footer. */
export function zhXiangmu(p: Person): Document {
  const tabs = [{ type: TabStopType.LEFT, position: 4300 }, { type: TabStopType.RIGHT, position: W }];
  const h = (t: string) => P([r(`▍${t}`, { bold: true, size: 24, font: '黑体', color: '1F4E79' })], { spacing: { before: 220, after: 80 }, border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '1F4E79', space: 1 } } });
  const out: Paragraph[] = [
    P([r(p.name, { bold: true, size: 40, font: '黑体' })]),
    P([r(`求职意向：${p.headline}　　|　　${p.city}`)]),
    P([r(`手机：${p.phoneLocal}　　邮箱：${p.email}`)], { spacing: { after: 120 } }),
    h('个人概述'), P([r(p.summary)]),
    h('全职任职'),
  ];
  const ft = newest(p).filter((j) => j.kind === 'ft');
  for (const g of groups(ft)) {
    const s = span(g.jobs);
    out.push(P([r(g.company, { bold: true }), r(`\t${zh(s.start)}—${s.end ? zh(s.end) : '至今'}`)], { tabStops: [{ type: TabStopType.RIGHT, position: W }], spacing: { before: 100 } }));
    for (const j of g.jobs) out.push(P([r(`${j.title}`, { bold: true, color: '1F4E79' }), r(`（${dot(j.start)}—${j.end ? dot(j.end) : '至今'}）`)]), ...j.bullets.map((b, i) => P([r(`${i + 1}. ${b}`)], { indent: { left: 240 } })));
  }
  out.push(h('项目合同（合同制）'));
  for (const j of p.jobs.filter((x) => x.kind === 'contract')) out.push(P([r(j.when!, { bold: true }), r(`\t${j.company}`), r(`\t${j.title}`)], { tabStops: tabs, spacing: { before: 80 } }), ...j.bullets.map((b) => P([r(`工作内容：${b}`)], { indent: { left: 4300 } })));
  for (const b of p.breaks) out.push(P([r('待业说明：', { bold: true }), r(`${zh(b.start)}—${zh(b.end)}，${b.text}。`)], { spacing: { before: 120 } }));
  out.push(h('专业技能'), P([r(p.skills.join('　/　'))]), h('资格证书'), P([r(p.certs.join('；'))]), h('教育背景'), ...p.edu.map((e) => P([r(`${dot(e.start)}—${dot(e.end)}`), r(`\t${e.school}`), r(`\t${e.degree}`)], { tabStops: tabs })),
    h('语言能力'), P([r(p.languages.join('；'))]));
  return doc(ZH, 21, out, pageFooter(`${p.name} 个人简历`));
}

/** Seasonal-work Word table (guides, NZ/CN): a "Seasons" grid with one column per season label, rows Operator / Role / Months / Duties; permanent roles in a second table. */
export function seasonGrid(p: Person): Document {
  const zhL = p.lang === 'zh';
  const L = zhL ? { s: '旺季 / 季节性带团', o: '单位', role: '岗位', mo: '起止', du: '主要工作', perm: '全职 / 长期工作', per: '时间', br: '空档', sk: '专业技能', ce: '证书', la: '语言', ed: '教育' }
    : { s: 'Seasonal contracts', o: 'Operator', role: 'Role', mo: 'Months', du: 'Duties', perm: 'Year-round employment', per: 'Period', br: 'Gap', sk: 'Skills', ce: 'Tickets & certificates', la: 'Languages', ed: 'Training' };
  const f = zhL ? dot : mon;
  const seas = oldest(p).filter((j) => j.kind === 'season' || j.kind === 'intern' || (zhL && j.kind === 'self'));
  const rest = oldest(p).filter((j) => !seas.includes(j));
  const n = seas.length, lw = 1500, cw = Math.floor((W - lw) / n);
  const c = (t: string, o: Partial<IRunOptions> = {}) => [P([r(t, { size: 17, ...o })])];
  const row = (label: string, vals: string[], o: Partial<IRunOptions> = {}) => new TableRow({ children: [cell(c(label, { bold: true }), lw, shade('DEEAF6')), ...vals.map((v) => cell(c(v, o), cw))] });
  const t1 = new Table({ width: { size: W, type: WidthType.DXA }, columnWidths: [lw, ...seas.map(() => cw)], borders: lines, rows: [
    new TableRow({ tableHeader: true, children: [cell(c(zhL ? '季节' : 'Season', { bold: true }), lw, shade('1F4E79')), ...seas.map((j) => cell(c(j.when ?? '', { bold: true, color: 'FFFFFF' }), cw, shade('1F4E79')))] }),
    row(L.o, seas.map((j) => j.company)), row(L.role, seas.map((j) => j.title)), row(L.mo, seas.map((j) => range(j, f, ' – ', zhL ? '至今' : 'now'))), row(L.du, seas.map((j) => j.bullets[0]), { size: 16 }),
  ] });
  const pw = [2200, 3100, 4338];
  const t2rows = [new TableRow({ tableHeader: true, children: [L.per, `${L.o} / ${L.role}`, L.du].map((t, i) => cell(c(t, { bold: true }), pw[i], shade('DEEAF6'))) })];
  const items = [...rest.map((j) => ({ s: j.start, j })), ...p.breaks.map((b) => ({ s: b.start, b }))].sort((a, b) => b.s.localeCompare(a.s));
  for (const it of items) {
    if ('j' in it && it.j) t2rows.push(new TableRow({ children: [cell(c(range(it.j, f, ' – ', zhL ? '至今' : 'present')), pw[0]), cell([P([r(it.j.company, { bold: true, size: 17 })]), P([r(it.j.title, { size: 17 })])], pw[1]), cell(it.j.bullets.map((b) => P([r(b, { size: 17 })])), pw[2])] }));
    else { const b = (it as any).b; t2rows.push(new TableRow({ children: [cell(c(`${f(b.start)} – ${f(b.end)}`, { italics: true }), pw[0]), cell(c(`${L.br}: ${b.text}`, { italics: true }), pw[1] + pw[2], { columnSpan: 2 })] })); }
  }
  const t2 = new Table({ width: { size: W, type: WidthType.DXA }, columnWidths: pw, borders: lines, rows: t2rows });
  const kv = (k: string, v: string) => new TableRow({ children: [cell(c(k, { bold: true }), 2200, shade('DEEAF6')), cell(c(v), W - 2200)] });
  const t3 = new Table({ width: { size: W, type: WidthType.DXA }, columnWidths: [2200, W - 2200], borders: lines, rows: [kv(L.sk, p.skills.join(zhL ? '、' : ', ')), kv(L.ce, p.certs.join(zhL ? '、' : '; ')), kv(L.la, p.languages.join(zhL ? '、' : ', ')), kv(L.ed, p.edu.map((e) => `${e.degree} — ${e.school} (${e.start.slice(0, 4)}–${e.end.slice(0, 4)})`).join('; '))] });
  const sp = () => P([r('')], { spacing: { after: 60 } });
  const head = (t: string) => P([r(t, { bold: true, size: 22, color: '1F4E79' })], { spacing: { before: 160, after: 60 } });
  return doc(zhL ? ZH : 'Arial', 19, [
    P([r(p.name, { bold: true, size: 36 }), r(`   ${p.headline}`, { size: 20, color: '555555' })]),
    P([r(`${zhL ? '手机' : 'Mobile'} ${p.phoneLocal}   ${zhL ? '邮箱' : 'Email'} ${p.email}   ${p.city}`, { size: 18 })]),
    head(L.s), t1, sp(), head(L.perm), t2, sp(), t3,
  ], { headers: { default: new Header({ children: [P([r(zhL ? '个人简历' : 'Seasonal work CV', { size: 16, color: '888888' })], { alignment: AlignmentType.RIGHT })] }) } });
}

/** Gap-accounting table CV (Chinese / bilingual): one continuous 起止 table where every month is accounted for — 工作 / 兼职 / 空档 / 进修 rows, a 证明人 column with phones. */
export function gapTable(p: Person): Document {
  const bi = p.lang === 'mixed';
  const H = bi ? ['起止年月 Period', '类别 Type', '单位 Organisation', '职务 Position', '证明人及电话 Referee'] : ['起止年月', '类别', '单位', '职务', '证明人及电话'];
  const ws = [1900, 1000, 2800, 1800, 2138];
  const c = (t: string, o: Partial<IRunOptions> = {}) => [P([r(t, { size: 18, ...o })])];
  const typ = (j: Job) => ({ ft: '全职', pt: '兼职', contract: '合同', self: '自雇', season: '季节', intern: '实习' })[j.kind ?? 'ft'];
  const refs = ['王主管 0769-22813345', '李经理 0769-22813346', '周经理 0769-22813347', '张主任 0731-88763021', '平台客服 400-820-6618', '朴部长 0532-85967233'];
  const items = [...p.jobs.map((j) => ({ s: j.start, j })), ...p.breaks.map((b) => ({ s: b.start, b }))].sort((a, b) => a.s.localeCompare(b.s));
  const rows = [new TableRow({ tableHeader: true, children: H.map((t, i) => cell(c(t, { bold: true }), ws[i], shade('D9D9D9'))) })];
  let k = 0;
  for (const it of items) {
    if ('j' in it && it.j) { const j = it.j; rows.push(new TableRow({ children: [cell(c(`${dot(j.start)}—${j.end ? dot(j.end) : '至今'}`), ws[0]), cell(c(typ(j)), ws[1]), cell(c(j.company), ws[2]), cell(c(j.title), ws[3]), cell(c(refs[k++ % refs.length]), ws[4])] })); rows.push(new TableRow({ children: [cell(c(bi ? '工作内容 Duties' : '工作内容', { italics: true }), ws[0], shade('F2F2F2')), cell(c(j.bullets.join('；') + (j.when ? `（${j.when}）` : '') + (j.note ? `（${j.note}）` : '')), W - ws[0], { columnSpan: 4 })] })); }
    else { const b = (it as any).b; rows.push(new TableRow({ children: [cell(c(`${dot(b.start)}—${dot(b.end)}`), ws[0], shade('FFF2CC')), cell(c(bi ? '空档 Gap' : '空档'), ws[1], shade('FFF2CC')), cell(c(b.text), W - ws[0] - ws[1], { columnSpan: 3, ...shade('FFF2CC') })] })); }
  }
  const kv = (a: string, b: string, c2: string, d: string) => new TableRow({ children: [cell(c(a, { bold: true }), 1600, shade('D9D9D9')), cell(c(b), 3219), cell(c(c2, { bold: true }), 1600, shade('D9D9D9')), cell(c(d), 3219)] });
  const top = new Table({ width: { size: W, type: WidthType.DXA }, columnWidths: [1600, 3219, 1600, 3219], borders: lines, rows: [
    kv(bi ? '姓名 Name' : '姓名', bi ? `${p.name}  ${p.alt}` : p.name, bi ? '应聘 Applying for' : '应聘岗位', p.headline),
    kv(bi ? '手机 Mobile' : '手机', p.phoneLocal, bi ? '邮箱 E-mail' : '邮箱', p.email),
    kv(bi ? '现居 Address' : '现居住地', p.city, bi ? '其他电话 Other' : '其他电话', p.other!),
  ] });
  const one = (k2: string, v: string) => new TableRow({ children: [cell(c(k2, { bold: true }), 1600, shade('D9D9D9')), cell(c(v), W - 1600)] });
  const bottom = new Table({ width: { size: W, type: WidthType.DXA }, columnWidths: [1600, W - 1600], borders: lines, rows: [
    one(bi ? '技能 Skills' : '专业技能', p.skills.join('、')), one(bi ? '证书 Certificates' : '证书', p.certs.join('、')), one(bi ? '语言 Languages' : '语言', p.languages.join('；')),
    one(bi ? '教育 Education' : '教育经历', p.edu.map((e) => `${dot(e.start)}—${dot(e.end)} ${e.school} ${e.degree}`).join('；')), one(bi ? '自我评价 Summary' : '自我评价', p.summary),
  ] });
  const hist = new Table({ width: { size: W, type: WidthType.DXA }, columnWidths: ws, borders: lines, rows });
  return doc(ZH, 19, [
    P([r(bi ? '个人履历表 / Personal History' : '个 人 履 历 表', { bold: true, size: 32, font: '黑体' })], { alignment: AlignmentType.CENTER, spacing: { after: 80 } }),
    P([r(bi ? '（工作经历请按时间顺序连续填写，空档期须注明原因 Please account for all gaps）' : '（工作经历按时间顺序连续填写，空档期须注明原因）', { size: 16, color: '666666' })], { alignment: AlignmentType.CENTER, spacing: { after: 120 } }),
    top, P([r('')]), P([r(bi ? '工作经历 Employment (oldest first)' : '工作经历（由远及近）', { bold: true })]), hist, P([r('')]), bottom,
    P([r(bi ? '本人承诺以上信息真实。I confirm the above is true.' : '本人承诺以上填写内容真实有效。'), r(`　　签名：${p.name}　　2026年12月`)], { spacing: { before: 160 } }),
  ]);
}

/** Two-cell Word CV whose narrow left cell holds only the year span of each paragraph (a "year gutter") and whose wide right cell tells each period as a paragraph; contact in a shaded top row. */
export function proseGutter(p: Person): Document {
  const lw = 1700, rw = W - lw;
  const items = [...p.jobs.map((j) => ({ s: j.start, j })), ...p.breaks.map((b) => ({ s: b.start, b }))].sort((a, b) => b.s.localeCompare(a.s));
  const rows: TableRow[] = [new TableRow({ children: [cell([P([r(p.name, { bold: true, size: 36, color: '2E3B4E' })]), ...(p.alt ? [P([r(p.alt, { size: 22 })])] : []), P([r(p.headline, { italics: true })]), P([r(`Mobile ${p.phoneLocal}  ·  ${p.email}  ·  ${p.city}`, { size: 18 })])], W, { columnSpan: 2, ...shade('E8ECF1') })] })];
  const sec = (t: string) => rows.push(new TableRow({ children: [cell([P([r(t, { bold: true, color: '2E3B4E', size: 22 })])], W, { columnSpan: 2, margins: { top: 160, bottom: 40, left: 100, right: 100 } })] }));
  sec('Profile'); rows.push(new TableRow({ children: [cell([P([r('')])], lw), cell([P([r(p.summary)])], rw)] }));
  sec('Career');
  for (const it of items) {
    let yrs: string, text: Paragraph[];
    if ('j' in it && it.j) {
      const j = it.j; yrs = `${j.start.slice(0, 4)}–${j.end ? j.end.slice(0, 4) : ''}`;
      const lead = j.kind === 'self' ? `Since ${month(j.start)} I have worked for myself as ${j.company} (${j.title}).` : j.kind === 'pt' ? `${j.end ? `From ${month(j.start)} to ${month(j.end)}` : `Since ${month(j.start)}`}, alongside my main job, I worked as ${j.title} at ${j.company}${j.note ? ` (${j.note})` : ''}.` : j.when ? `${j.title}, ${j.company} — ${j.when} (${range(j, mon, ' – ')}).` : `${j.end ? `${month(j.start)} to ${month(j.end)}` : `${month(j.start)} to date`}: ${j.title} at ${j.company}${j.city ? `, ${j.city}` : ''}.`;
      text = [P([r(lead, { bold: true })]), P([r(j.bullets.join('. ') + '.')], { spacing: { after: 80 } })];
    } else { const b = (it as any).b; yrs = `${b.start.slice(0, 4)}`; text = [P([r(`${month(b.start)} – ${month(b.end)}: ${b.text}.`, { italics: true })], { spacing: { after: 80 } })]; }
    rows.push(new TableRow({ children: [cell([P([r(yrs, { bold: true, color: '8896A8', size: 24 })], { alignment: AlignmentType.RIGHT })], lw, { verticalAlign: VerticalAlign.TOP }), cell(text, rw)] }));
  }
  sec('Skills'); rows.push(new TableRow({ children: [cell([P([r('')])], lw), cell([P([r(p.skills.join('  ·  '))])], rw)] }));
  sec('Education'); for (const e of p.edu) rows.push(new TableRow({ children: [cell([P([r(`${e.start.slice(0, 4)}–${e.end.slice(0, 4)}`, { color: '8896A8' })], { alignment: AlignmentType.RIGHT })], lw), cell([P([r(`${e.degree}, ${e.school}`)])], rw)] }));
  sec('Languages & certificates'); rows.push(new TableRow({ children: [cell([P([r('')])], lw), cell([P([r(p.languages.join(', '))]), ...p.certs.map((c) => P([r(c)]))], rw)] }));
  return doc(p.lang === 'mixed' ? 'Calibri' : 'Georgia', 20, [new Table({ width: { size: W, type: WidthType.DXA }, columnWidths: [lw, rw], borders: noBorders, rows })]);
}

/** Chinese freelance Word 简历 on a two-cell table: shaded left cell (照片 box, 联系方式, 技能, 证书, 语言); right cell 个人简介, 工作经历 with 全职 and 自由职业/兼职 sub-heads. */
export function zh2cell(p: Person): Document {
  const lw = 3000, rw = W - lw;
  const lh = (t: string) => P([r(t, { bold: true, color: 'FFFFFF', size: 21 })], { ...shade('595959'), spacing: { before: 160, after: 60 } });
  const rh = (t: string) => P([r(t, { bold: true, color: '595959', size: 24 })], { spacing: { before: 200, after: 60 }, border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: '595959', space: 1 } } });
  const photo = new Table({ width: { size: 1600, type: WidthType.DXA }, columnWidths: [1600], borders: { top: { style: BorderStyle.DASHED, size: 4, color: '999999' }, bottom: { style: BorderStyle.DASHED, size: 4, color: '999999' }, left: { style: BorderStyle.DASHED, size: 4, color: '999999' }, right: { style: BorderStyle.DASHED, size: 4, color: '999999' }, insideHorizontal: NB, insideVertical: NB },
    rows: [new TableRow({ height: { value: 2000, rule: 'atLeast' as any }, children: [new TableCell({ width: { size: 1600, type: WidthType.DXA }, verticalAlign: VerticalAlign.CENTER, children: [P([r('一寸照片', { color: '999999', size: 16 })], { alignment: AlignmentType.CENTER })] })] })] });
  const left = [photo, lh('联系方式'), P([r(`手机：${p.phoneLocal}`)]), P([r(`邮箱：${p.email}`)]), P([r(`地址：${p.city}`)]), P([r(p.other!, { size: 17, color: '666666' })]),
    lh('专业技能'), ...p.skills.map((s) => P([r(`◆ ${s}`)])), lh('证书'), ...p.certs.map((s) => P([r(s)])), lh('语言'), ...p.languages.map((s) => P([r(s)])),
    lh('教育背景'), ...p.edu.map((e) => P([r(`${dot(e.start)}—${dot(e.end)}`), r(e.school, { bold: true, break: 1 }), r(e.degree, { break: 1 })]))];
  const full = groups(newest(p).filter((j) => j.kind === 'ft')), extra = newest(p).filter((j) => j.kind !== 'ft');
  const right: Paragraph[] = [P([r(p.name, { bold: true, size: 44, font: '黑体' })]), P([r(`求职意向：${p.headline}`, { color: '595959' })]), rh('个人简介'), P([r(p.summary)]), rh('工作经历 · 全职')];
  for (const g of full) for (const j of g.jobs) right.push(P([r(g.company, { bold: true }), r(`\t${dot(j.start)} - ${j.end ? dot(j.end) : '至今'}`)], { tabStops: [{ type: TabStopType.RIGHT, position: rw - 200 }], spacing: { before: 100 } }), P([r(j.title, { color: '595959' })]), ...j.bullets.map(bullet));
  right.push(rh('自由职业 / 兼职'));
  for (const j of extra) right.push(P([r(j.company, { bold: true }), r(`\t${dot(j.start)} - ${j.end ? dot(j.end) : '至今'}`)], { tabStops: [{ type: TabStopType.RIGHT, position: rw - 200 }], spacing: { before: 100 } }), P([r(`${j.title}${j.note ? `（${j.note}）` : ''}`, { color: '595959' })]), ...j.bullets.map(bullet));
  for (const b of p.breaks) right.push(P([r(`${dot(b.start)} - ${dot(b.end)}　${b.text}`, { italics: true, color: '808080' })], { spacing: { before: 100 } }));
  return doc('微软雅黑', 19, [new Table({ width: { size: W, type: WidthType.DXA }, columnWidths: [lw, rw], borders: noBorders, rows: [new TableRow({ children: [cell(left as any, lw, shade('EDEDED')), cell(right, rw, { margins: { top: 60, bottom: 60, left: 240, right: 100 } })] })] })]);
}
void oldest;
