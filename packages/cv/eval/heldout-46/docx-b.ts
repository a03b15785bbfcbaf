/** Word templates, part B: floating table, section columns, frames, 公文 layout, split history sections. */
import {
  AlignmentType, Document, Footer, FrameAnchorType, LevelFormat, Header, PageNumber, RelativeHorizontalPosition, SectionType, TableAnchorType,
  TabStopType, TextRun, OverlapType, type ISectionOptions, type Paragraph, type Table,
} from 'docx';
import type { Job, Person } from './people.ts';
import { rev, f, skills, period, zhNumeralYM, Y, M, quarter, type DateStyle } from './lib.ts';
import { A4, C, P, T, mm, r, line, NIL, noBorders } from './docx-kit.ts';

const docOf = (font: { ascii: string; eastAsia: string }, size: number, sections: ISectionOptions[], title: string, bullets = false) =>
  new Document({
    creator: 'Microsoft Office User', title,
    styles: { default: { document: { run: { font: { ascii: font.ascii, hAnsi: font.ascii, eastAsia: font.eastAsia, cs: font.ascii }, size } } } },
    numbering: bullets ? { config: [{ reference: 'dot', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 360, hanging: 240 } } } }] }] } : undefined,
    sections,
  });
const bullet = (t: string, o: { size?: number; indentLeft?: number; right?: number } = {}) =>
  P(t, { numbering: { reference: 'dot', level: 0 }, indent: o.indentLeft !== undefined ? { left: o.indentLeft, hanging: 240, right: o.right } : o.right ? { left: 360, hanging: 240, right: o.right } : undefined, run: o.size ? { size: o.size } : undefined });

/* ------------------------------------------------------------------------------------------------------------ */
/** float-table: self-made Word CV whose right-hand panel is a floating table (text wraps around it). */
export function floatTable(p: Person): Document {
  const m = mm(18), w = A4.width - 2 * m, pw = mm(60);
  const de = p.id === 'p15';
  const st: DateStyle = de
    ? { ym: f.de, present: 'heute', since: undefined }
    : { ym: f.es, present: 'actualidad' };
  const dateOf = (j: Job) => (de && !j.end ? `seit ${f.de(j.start)}` : period(j, st));
  const hd = (t: string) => P(t, { spacing: { before: 200, after: 80 }, border: { bottom: line('7F7F7F', 4) }, run: { bold: true, size: 21, allCaps: true, color: de ? '1F4E79' : '833C0B' } });
  const ph = (t: string) => P(t, { spacing: { before: 140, after: 40 }, run: { bold: true, size: 18, color: de ? '1F4E79' : '833C0B' } });
  const panel = T([[C([
    ph(de ? 'Contact' : 'Contacto / Contact'), P(p.phoneDisplay), P(p.email, { run: { size: 17 } }), P(p.address, { run: { size: 17 } }),
    ph('Skills'), ...skills(p).map((s) => P(`▪ ${s}`, { run: { size: 17 } })),
    ph(de ? 'Languages' : 'Idiomas / Languages'), ...p.languages.map((s) => P(s, { run: { size: 17 } })),
    ph('Certificates'), ...p.certificates.map((s) => P(s, { run: { size: 17 } })),
    ph('Education'), ...p.education.flatMap((e) => [P(e.degree, { run: { size: 17, bold: true } }), P(`${e.school}${e.schoolAlt ? ` (${e.schoolAlt})` : ''}`, { run: { size: 16 } }), P(`${de ? f.de(e.from) : f.es(e.from)} – ${de ? f.de(e.to) : f.es(e.to)}`, { spacing: { after: 80 }, run: { size: 16 } })]),
  ], { w: pw, fill: de ? 'DEEAF6' : 'FBE4D5', margins: { top: 120, bottom: 120, left: 160, right: 160 } })]], [pw], {
    borders: noBorders,
    float: { horizontalAnchor: TableAnchorType.MARGIN, relativeHorizontalPosition: RelativeHorizontalPosition.RIGHT, verticalAnchor: TableAnchorType.TEXT, absoluteVerticalPosition: 0, leftFromText: mm(5), bottomFromText: mm(3), overlap: OverlapType.NEVER },
  });
  const jobs = rev(p.work).flatMap((j) => [
    P([r(j.title, { bold: true, size: 21 })], { spacing: { before: 140 } }),
    P([r(j.company, { italics: true }), r(j.companyAlt ? ` (${j.companyAlt})` : ''), r(`, ${j.town}`)]),
    P(dateOf(j), { spacing: { after: 40 }, run: { color: '595959', size: 18 } }),
    ...j.duties.map((d) => P(`– ${d}`, { indent: { left: 200, hanging: 200 }, run: { size: 19 } })),
  ]);
  const children: (Paragraph | Table)[] = [
    P([r(p.name, { size: 40, bold: true }), r(`  ${p.latin}`, { size: 28, color: '595959' })]),
    P(p.headline, { spacing: { after: 120 }, run: { size: 22, color: de ? '1F4E79' : '833C0B' } }),
    panel,
    hd(de ? 'Profile' : 'Perfil / Profile'),
    P(p.summary, { spacing: { after: 60 } }),
    hd(de ? 'Berufserfahrung / Experience' : 'Experiencia / Experience'),
    ...jobs,
  ];
  return docOf({ ascii: 'Calibri', eastAsia: 'Microsoft YaHei' }, 20, [{
    properties: { page: { size: A4, margin: { top: mm(18), bottom: mm(18), left: m, right: m } } },
    children,
  }], `CV ${p.latin}`);
}

/* ------------------------------------------------------------------------------------------------------------ */
/** contract-cols: freelancer CV — one-column header, a two-column continuous section listing contracts (quarters), one-column rest. */
export function contractCols(p: Person): Document {
  const m = mm(17), w = A4.width - 2 * m;
  const hd = (t: string) => P(t, { spacing: { before: 200, after: 80 }, border: { bottom: line('2F5496', 8) }, run: { bold: true, size: 22, color: '2F5496' } });
  const st: DateStyle = { ym: f.en, present: 'present', quarter: true };
  const contracts = rev(p.work.filter((j) => j.kind === 'contract'));
  const perm = rev(p.work.filter((j) => j.kind !== 'contract'));
  const footer = new Footer({ children: [P([r(`${p.name} — CV — page `), new TextRun({ children: [PageNumber.CURRENT] })], { alignment: AlignmentType.CENTER, run: { size: 16, color: '7F7F7F' } })] });
  const s1: ISectionOptions = {
    properties: { page: { size: A4, margin: { top: mm(16), bottom: mm(16), left: m, right: m } } },
    footers: { default: footer },
    children: [
      P(p.name, { run: { size: 44, bold: true, color: '1F3864' } }),
      P(p.headline, { spacing: { after: 60 }, run: { size: 23, color: '2F5496' } }),
      P([r(p.email), r('\t'), r(p.phoneDisplay), r('\t'), r('Frankfurt am Main · remote')], { tabStops: [{ type: TabStopType.CENTER, position: Math.round(w / 2) }, { type: TabStopType.RIGHT, position: w }], border: { bottom: line('BFBFBF', 4) }, spacing: { after: 120 }, run: { size: 18 } }),
      hd('Profile'), P(p.summary),
      hd('Core skills'), P(skills(p).join('  |  ')),
      hd('Contract history (freelance since 2019)'),
    ],
  };
  const s2: ISectionOptions = {
    properties: { type: SectionType.CONTINUOUS, column: { count: 2, space: mm(8), separate: true, equalWidth: true } },
    children: contracts.flatMap((j) => [
      P(period(j, st), { spacing: { before: 100 }, run: { bold: true, size: 18, color: '2F5496' } }),
      P(j.company, { run: { bold: true, size: 21 } }),
      P(`${j.title} · ${j.town}`, { spacing: { after: 40 }, run: { italics: true, size: 19 } }),
      ...j.duties.map((d) => bullet(d, { size: 18 })),
    ]),
  };
  const s3: ISectionOptions = {
    properties: { type: SectionType.CONTINUOUS, column: { count: 1 } },
    children: [
      hd('Permanent employment'),
      ...perm.flatMap((j) => [
        P([r(`${j.title}, ${j.company}, ${j.town}`, { bold: true }), r(`\t${period(j, { ym: f.en, present: 'present' })}`)], { tabStops: [{ type: TabStopType.RIGHT, position: w }], spacing: { before: 80 } }),
        ...j.duties.map((d) => bullet(d, { size: 19 })),
      ]),
      hd('Education and certification'),
      ...p.education.map((e) => P([r(`${e.degree}, ${e.school}, ${e.town}`), r(`\t${Y(e.from)} – ${Y(e.to)}`)], { tabStops: [{ type: TabStopType.RIGHT, position: w }] })),
      ...p.certificates.map((c) => bullet(c)),
      hd('Languages'), P(p.languages.join(' · ')),
      P('Contracts are invoiced through my sole proprietorship (Freiberufler, Steuernummer on request). References from every client available.', { spacing: { before: 160 }, run: { italics: true, size: 17, color: '595959' } }),
    ],
  };
  return docOf({ ascii: 'Calibri', eastAsia: 'SimSun' }, 20, [s1, s2, s3], 'CV Owen Latimer', true);
}

/* ------------------------------------------------------------------------------------------------------------ */
/** frame-right: Word CV whose dates sit in text frames (w:framePr) in a right-hand strip beside each entry. */
export function frameRight(p: Person): Document {
  const m = mm(19), w = A4.width - 2 * m, strip = mm(40), fw = mm(37);
  const st: DateStyle = { ym: f.en, present: 'present', since: (y) => `since ${y}` };
  const hd = (t: string) => P(t, { spacing: { before: 220, after: 100 }, border: { bottom: line('5B9BD5', 8) }, indent: { right: 0 }, run: { bold: true, size: 22, color: '1F4E79', smallCaps: true } });
  const dateFrame = (t: string) => P(t, { frame: { type: 'absolute', position: { x: A4.width - m - fw, y: 0 }, width: fw, anchor: { horizontal: FrameAnchorType.PAGE, vertical: FrameAnchorType.TEXT }, wrap: 'around' as never }, alignment: AlignmentType.RIGHT, run: { size: 18, color: '1F4E79', bold: true } });
  const jobs = rev(p.work).flatMap((j) => [
    dateFrame(period(j, st)),
    P(j.title, { indent: { right: strip }, spacing: { before: 120 }, run: { bold: true, size: 21 } }),
    P(`${j.company}, ${j.town}`, { indent: { right: strip }, run: { italics: true } }),
    ...j.duties.map((d) => P(`•  ${d}`, { indent: { left: 240, hanging: 200, right: strip }, run: { size: 19 } })),
  ]);
  const edu = p.education.flatMap((e) => [dateFrame(`${Y(e.from)} – ${Y(e.to)}`), P(e.degree, { indent: { right: strip }, spacing: { before: 80 }, run: { bold: true } }), P(`${e.school}, ${e.town}`, { indent: { right: strip }, run: { italics: true } })]);
  return docOf({ ascii: 'Calibri', eastAsia: 'SimSun' }, 20, [{
    properties: { page: { size: A4, margin: { top: mm(18), bottom: mm(18), left: m, right: m, footer: mm(9) } } },
    footers: { default: new Footer({ children: [P([r(`${p.name} · Curriculum vitae · page `), new TextRun({ children: [PageNumber.CURRENT] }), r(' of '), new TextRun({ children: [PageNumber.TOTAL_PAGES] })], { alignment: AlignmentType.RIGHT, run: { size: 16, color: '7F7F7F' } })] }) },
    children: [
      P(p.name, { run: { size: 44, color: '1F4E79' } }),
      P(`${p.headline} · HCPC registered`, { spacing: { after: 80 }, run: { size: 22 } }),
      P(`Mobile ${p.phoneDisplay}  ·  ${p.email}  ·  Lewisham, London`, { run: { size: 19 } }),
      P(`Work: ${p.otherPhones![0].number} (Hartsbrook switchboard, ask for Paediatric SLT)`, { spacing: { after: 80 }, run: { size: 17, color: '595959' } }),
      hd('Personal statement'), P(p.summary, { indent: { right: strip } }),
      hd('Employment and voluntary work'), ...jobs,
      hd('Education'), ...edu,
      hd('Key skills'), ...skills(p).map((s) => P(`•  ${s}`, { indent: { left: 240, hanging: 200, right: strip } })),
      hd('Registration and training'), ...p.certificates.map((s) => P(`•  ${s}`, { indent: { left: 240, hanging: 200, right: strip } })),
      hd('Languages'), P(p.languages.join('; ')),
      P('References available on request.', { spacing: { before: 160 }, run: { italics: true } }),
    ],
  }], 'CV Harriet Osei-Mensah');
}

/* ------------------------------------------------------------------------------------------------------------ */
/** gongwen: 公文-style "某某同志简历" material — 仿宋 body, Chinese-numeral dates, unit+post run together, "— 1 —" page numbers. */
export function gongwen(p: Person): Document {
  const body = (t: string | (string | TextRun)[], o: object = {}) => P(t as never, { indent: { firstLine: 640 }, spacing: { line: 560, lineRule: 'exact' as never }, run: { size: 32, font: { ascii: 'FangSong_GB2312', eastAsia: '仿宋_GB2312', hAnsi: 'FangSong_GB2312' } as never }, ...o });
  const hei = (t: string) => P(t, { indent: { firstLine: 640 }, spacing: { line: 560, lineRule: 'exact' as never }, run: { size: 32, font: { ascii: 'SimHei', eastAsia: '黑体' } as never } });
  const lines: string[] = [
    `${zhNumeralYM('1988-09')}至${zhNumeralYM('1992-07')}　湘中工业大学机械设计与制造专业学习`,
    ...rev(p.work).reverse().flatMap((j) => {
      const l = [`${zhNumeralYM(j.start)}至${j.end ? zhNumeralYM(j.end) : '今'}　${j.company}${j.title}`];
      if (j.start === '1998-07') l.push(`（其间：${zhNumeralYM('2003-09')}至${zhNumeralYM('2006-06')}在湘中工业大学机械工程专业在职学习，获工程硕士学位）`);
      return l;
    }),
  ];
  return docOf({ ascii: 'FangSong_GB2312', eastAsia: '仿宋_GB2312' }, 32, [{
    properties: { page: { size: A4, margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), footer: mm(25) } } },
    footers: { default: new Footer({ children: [P([r('— '), new TextRun({ children: [PageNumber.CURRENT] }), r(' —')], { alignment: AlignmentType.CENTER, run: { size: 28, font: 'SimSun' } })] }) },
    children: [
      P('罗建国同志简历', { alignment: AlignmentType.CENTER, spacing: { after: 400 }, run: { size: 44, font: { ascii: 'FZXiaoBiaoSong-B05S', eastAsia: '方正小标宋简体' } as never } }),
      body('罗建国，男，汉族，1970年10月生，湖南衡阳人，1992年7月参加工作，1997年6月加入中国共产党，大学本科学历，工程硕士学位，正高级工程师。现任株洲衡岳轨道装备有限公司总工程师。'),
      hei('一、工作简历'),
      ...lines.map((t) => P(t, { indent: { left: 0, hanging: 0 }, spacing: { line: 560, lineRule: 'exact' as never }, run: { size: 32 } })),
      hei('二、主要业绩'),
      body('主持城轨车辆转向架平台开发，形成 3 个系列化产品，获湖南省科学技术进步奖二等奖；主持转向架构架焊接变形控制攻关，构架一次交检合格率由 91% 提高到 99%；牵头建立公司精益生产体系，获授权发明专利 6 项。'),
      hei('三、专业特长'),
      body(`${skills(p).join('、')}。`),
      hei('四、资格证书'),
      body(`${p.certificates.join('；')}；${p.languages.join('')}。`),
      hei('五、联系方式'),
      body(`手机：${p.phoneDisplay}；办公电话：${p.otherPhones![0].number}；电子邮箱：${p.email}。`),
      P('', { spacing: { line: 560, lineRule: 'exact' as never } }),
      P('株洲衡岳轨道装备有限公司', { alignment: AlignmentType.RIGHT, indent: { right: 640 }, spacing: { line: 560, lineRule: 'exact' as never }, run: { size: 32 } }),
      P('二〇二六年十一月十六日', { alignment: AlignmentType.RIGHT, indent: { right: 640 }, spacing: { line: 560, lineRule: 'exact' as never }, run: { size: 32 } }),
    ],
  }], '罗建国同志简历');
}

/* ------------------------------------------------------------------------------------------------------------ */
/** split-sections: early-career Word CV with the history split into Work / Internships / Part-time sections, dates on a right tab. */
export function splitSections(p: Person): Document {
  const m = mm(18), w = A4.width - 2 * m;
  const lang = p.language;
  const zh = lang === 'zh', mixed = lang === 'mixed';
  const colour = zh ? 'C00000' : mixed ? '375623' : '203864';
  const hd = (zhT: string, en: string) => P(zh ? zhT : mixed ? `${zhT}  ${en}` : en, { spacing: { before: 220, after: 80 }, border: { bottom: line(colour, 6) }, run: { bold: true, size: 22, color: colour } });
  const zhRange = (j: Job) => {
    if (!j.end) return `${f.zh(j.start)}—至今`;
    if (Y(j.start) === Y(j.end)) return `${Y(j.start)}年${M(j.start)}月—${M(j.end)}月`;
    return `${f.zh(j.start)}—${f.zh(j.end)}`;
  };
  const enRange = (j: Job) => period(j, { ym: f.en, present: 'Present' });
  const dateOf = (j: Job) => (zh ? zhRange(j) + (j.kind === 'internship' ? '（暑期）' : '') : enRange(j));
  const entry = (j: Job) => [
    P([r(mixed && j.companyAlt && /[\u4e00-\u9fff]/.test(j.company) ? `${j.company}  ${j.companyAlt}` : j.company, { bold: true }), r(`\t${dateOf(j)}`)], { tabStops: [{ type: TabStopType.RIGHT, position: w }], spacing: { before: 100 } }),
    P(mixed ? `${j.title}${j.titleAlt ? ` · ${j.titleAlt}` : ''}` : j.title, { run: { italics: !zh, color: '404040' } }),
    ...j.duties.map((d) => bullet(d, { size: 19 })),
  ];
  const work = rev(p.work.filter((j) => j.kind === 'job'));
  const intern = rev(p.work.filter((j) => j.kind === 'internship'));
  const part = rev(p.work.filter((j) => j.kind === 'part-time'));
  const edu = rev(p.education.map((e) => ({ ...e, start: e.from, end: e.to }))).map((e) =>
    P([r(zh ? e.school : e.school + (mixed && e.schoolAlt ? `  ${e.schoolAlt}` : ''), { bold: true }), r(`  ${e.degree}`), r(`\t${zh ? `${f.zh(e.from)}—${f.zh(e.to)}` : `${f.en(e.from)} – ${f.en(e.to)}`}`)], { tabStops: [{ type: TabStopType.RIGHT, position: w }], spacing: { before: 60 } }));
  const contact = zh
    ? `手机：${p.phoneDisplay}　｜　邮箱：${p.email}　｜　现居：${p.town}　｜　求职意向：${p.headline}`
    : mixed ? `${p.phoneDisplay}  |  ${p.email}  |  ${p.town}  |  求职意向 Target: ${p.headline}` : `${p.address}  |  ${p.phoneDisplay}  |  ${p.email}`;
  const children: (Paragraph | Table)[] = [
    P([r(p.name, { bold: true, size: 40 }), ...(mixed ? [r(`   ${p.latin}`, { size: 28, color: '595959' })] : [])], { alignment: AlignmentType.CENTER }),
    P(contact, { alignment: AlignmentType.CENTER, spacing: { before: 60, after: 80 }, run: { size: 18 } }),
  ];
  if (!zh && !mixed) {
    children.push(hd('', 'Education'), ...edu, P(p.extra?.project ?? '', { indent: { left: 200 }, run: { size: 19, italics: true } }));
    children.push(hd('', 'Internships'), ...intern.flatMap(entry));
    children.push(hd('', 'Skills'), P(skills(p).join(' · ')), hd('', 'Exams, languages and interests'), P(p.certificates.join('; ')), P(p.languages.join('; ')), P('Interests: club cricket (scorer), Carnatic violin, parkrun.'));
  } else {
    children.push(hd('个人简介', 'Summary'), P(p.summary));
    children.push(hd('工作经历', 'Work Experience'), ...work.flatMap(entry));
    if (intern.length) children.push(hd('实习经历', 'Internship'), ...intern.flatMap(entry));
    if (part.length) children.push(hd('兼职经历', 'Part-time'), ...part.flatMap(entry));
    children.push(hd('教育背景', 'Education'), ...edu);
    children.push(hd('专业技能', 'Skills'), P(skills(p).join(zh ? '；' : ' · ')));
    children.push(hd('证书与语言', 'Certificates & Languages'), P([...p.certificates, ...p.languages].join(zh ? '；' : ' · ')));
  }
  return docOf({ ascii: zh ? 'SimSun' : 'Calibri', eastAsia: zh ? '宋体' : 'Microsoft YaHei' }, 20, [{
    properties: { page: { size: A4, margin: { top: mm(16), bottom: mm(16), left: m, right: m } } },
    children,
  }], `CV ${p.name}`, true);
}

export { NIL, quarter, Header };
