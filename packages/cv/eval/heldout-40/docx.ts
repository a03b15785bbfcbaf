/** DOCX templates of heldout-40 (built with the `docx` package; LibreOffice exports each to PDF). */
import {
  AlignmentType, BorderStyle, ColumnBreak, Document, Footer, Header, PageNumber, Paragraph, ShadingType, Table, TableCell, TableRow,
  TabStopType, TextRun, Textbox, VerticalAlign, WidthType,
} from 'docx';
import type { Person } from './people.ts';
import { d, range, rev, skillsOf } from './util.ts';

type RunOpts = { bold?: boolean; italics?: boolean; size?: number; color?: string; font?: string; allCaps?: boolean; characterSpacing?: number };
const r = (text: string, o: RunOpts = {}) => new TextRun({ text, ...o });
const para = (children: (TextRun | ColumnBreak)[] | string, o: Record<string, unknown> = {}) =>
  new Paragraph({ children: typeof children === 'string' ? [r(children)] : children, spacing: { after: 60 }, ...o });
const NB = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: NB, bottom: NB, left: NB, right: NB, insideHorizontal: NB, insideVertical: NB };
const cellNB = { top: NB, bottom: NB, left: NB, right: NB };
const A4 = { page: { size: { width: 11906, height: 16838 }, margin: { top: 1000, bottom: 1000, left: 1100, right: 1100 } } };
const bullet = (t: string, font?: string) => new Paragraph({ children: [r(t, { font })], bullet: { level: 0 }, spacing: { after: 20 } });
const doc = (sections: ConstructorParameters<typeof Document>[0]['sections'], font = 'Liberation Sans', zh = false) =>
  new Document({ creator: 'Microsoft Office User', styles: { default: { document: { run: { font: zh ? { ascii: font, eastAsia: 'Microsoft YaHei', hAnsi: font } : font, size: 20 } } } }, sections });

/** Danish Jobindex-style Word CV template: contact/skills/languages in a floating text box on the right; body indented away from it. */
export function jobindexTextbox(p: Person): Document {
  const mixed = p.lang === 'mixed';
  const RI = 3900; // right indent of the body (twips)
  const h = (t: string) => para([r(t.toUpperCase(), { bold: true, color: '1F4E79', size: 22, characterSpacing: 30 })], { spacing: { before: 200, after: 80 }, indent: { right: RI }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '1F4E79', space: 2 } } });
  const box = new Textbox({
    style: { width: '5.6cm', height: '22.5cm', position: 'absolute', positionHorizontalRelative: 'page', positionVerticalRelative: 'page', left: '14.3cm', top: '2.2cm', wrapStyle: 'square', zIndex: 2 },
    children: [
      para([r('KONTAKT / CONTACT', { bold: true, color: '1F4E79', size: 18 })]),
      para([r('Mobile: ', { bold: true, size: 18 }), r(p.phoneLocal, { size: 18 })]),
      ...(p.other ? [para([r(`${p.other.label}: `, { bold: true, size: 18 }), r(p.other.number, { size: 18 })])] : []),
      para([r('E-mail: ', { bold: true, size: 18 }), r(p.email, { size: 18 })]),
      para([r(p.address, { size: 18 })]),
      para([r('KOMPETENCER / SKILLS', { bold: true, color: '1F4E79', size: 18 })], { spacing: { before: 200, after: 60 } }),
      ...skillsOf(p).map((s) => para([r(`• ${s}`, { size: 18 })], { spacing: { after: 30 } })),
      para([r('SPROG / LANGUAGES', { bold: true, color: '1F4E79', size: 18 })], { spacing: { before: 200, after: 60 } }),
      ...p.languages.map((s) => para([r(s, { size: 18 })], { spacing: { after: 30 } })),
      para([r('CERTIFICERING', { bold: true, color: '1F4E79', size: 18 })], { spacing: { before: 200, after: 60 } }),
      ...p.certs.map((s) => para([r(s, { size: 18 })], { spacing: { after: 30 } })),
    ],
  });
  const body: Paragraph[] = [
    new Paragraph({ children: [box] }),
    para([r(mixed ? `${p.alt}` : p.name, { bold: true, size: 40, color: '1F4E79' })], { indent: { right: RI } }),
    ...(mixed ? [para([r(p.name, { size: 30 })], { indent: { right: RI } })] : []),
    para([r(p.headline, { size: 24, color: '595959' })], { indent: { right: RI }, spacing: { after: 160 } }),
    h('Profil / Profile'), para(p.summary, { indent: { right: RI } }),
    h('Erhvervserfaring / Experience'),
    ...rev(p.work).flatMap((j) => [
      para([r(range(j, 'MM.YYYY', ' – ', 'nu (present)'), { color: '595959', size: 18 })], { indent: { right: RI }, spacing: { before: 100, after: 0 } }),
      para([r(j.title, { bold: true }), r(`, ${j.company}`)], { indent: { right: RI }, spacing: { after: 20 } }),
      ...j.bullets.map((b) => new Paragraph({ children: [r(b)], bullet: { level: 0 }, indent: { right: RI, left: 360, hanging: 240 }, spacing: { after: 20 } })),
    ]),
    h('Uddannelse / Education'),
    ...p.edu.flatMap((e) => [para([r(`${d(e.start, 'MM.YYYY')} – ${d(e.end, 'MM.YYYY')}`, { color: '595959', size: 18 })], { indent: { right: RI }, spacing: { after: 0 } }), para([r(e.degree, { bold: true }), r(`, ${e.school}`)], { indent: { right: RI } })]),
    para([r('Referencer gives gerne. / References on request.', { italics: true, size: 18 })], { indent: { right: RI }, spacing: { before: 240 } }),
  ];
  return doc([{ properties: A4, children: body }]);
}

/** Word "Format › Columns › Left" preset: one-column header section, then a continuous section with a narrow left column (line between) and a column break. */
export function leftColumns(p: Person): Document {
  const zh = p.lang === 'zh';
  const L = zh ? { contact: '联系方式', skills: '专业技能', lang: '语言能力', cert: '证书', prof: '个人简介', exp: '工作经历', edu: '教育背景', now: '至今' } : { contact: 'Contact', skills: 'Skills', lang: 'Languages', cert: 'Certificates', prof: 'Profile', exp: 'Experience', edu: 'Education', now: 'present' };
  const h = (t: string) => para([r(t, { bold: true, size: 22, color: '7F3F00' })], { spacing: { before: 160, after: 60 }, border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: 'BF8F00', space: 1 } } });
  const nameRuns = p.lang === 'mixed' ? [r(p.name, { bold: true, size: 44 }), r(`  ${p.family.toUpperCase()} ${p.given} (${p.alt!.split(' ')[0]})`, { size: 28, color: '7F3F00' })] : [r(p.name, { bold: true, size: 48, characterSpacing: 60 })];
  const head = [para(nameRuns, { alignment: AlignmentType.LEFT }), para([r(p.headline, { size: 24, color: '7F3F00' })], { spacing: { after: 160 }, border: { bottom: { style: BorderStyle.DOUBLE, size: 6, color: '7F3F00', space: 4 } } })];
  const left = [
    h(L.contact), para(p.phoneLocal), para(p.email), para(p.town),
    h(L.skills), ...skillsOf(p).map((s) => para(`· ${s}`)),
    h(L.lang), ...p.languages.map((s) => para(s)), h(L.cert), ...p.certs.map((s) => para(s)),
  ];
  const ds = zh ? 'YYYY.MM' : 'MMM';
  const right = [
    new Paragraph({ children: [new ColumnBreak()] }),
    h(L.prof), para(p.summary), h(L.exp),
    ...rev(p.work).flatMap((j) => [
      para([r(zh ? range(j, 'YYYY.MM', ' – ', L.now) : range(j, 'Mon YYYY', ' – ', 'Present'), { size: 18, color: '7F7F7F' })], { spacing: { before: 100, after: 0 } }),
      para([r(j.company, { bold: true }), r(zh ? `　${j.title}` : ` — ${j.title}`)], { spacing: { after: 20 } }),
      ...j.bullets.map((b) => bullet(b)),
    ]),
    h(L.edu), ...p.edu.flatMap((e) => [para([r(`${d(e.start, 'YYYY.MM')} – ${d(e.end, 'YYYY.MM')}`, { size: 18, color: '7F7F7F' })], { spacing: { after: 0 } }), para([r(e.school, { bold: true }), r(`  ${e.degree}`)])]),
  ];
  void ds;
  return doc([
    { properties: A4, children: head },
    { properties: { ...A4, type: 'continuous' as never, column: { count: 2, separate: true, equalWidth: false, children: [{ width: 3000, space: 400 }, { width: 6306 }] as never } }, children: [...left, ...right] },
  ], 'Liberation Sans', zh || p.lang === 'mixed');
}

/** WPS 稻壳 "时间轴" two-colour template: one row per job, the shaded left cell holds that job's dates and employer, the right cell the duties. */
export function wpsAxis(p: Person): Document {
  const shade = (fill: string) => ({ type: ShadingType.CLEAR, color: 'auto', fill });
  const W = [2900, 6806];
  const row = (l: Paragraph[], rr: Paragraph[], fill = 'DCE6F2') => new TableRow({ children: [
    new TableCell({ children: l, width: { size: W[0], type: WidthType.DXA }, shading: shade(fill), borders: cellNB, margins: { top: 80, bottom: 80, left: 120, right: 120 } }),
    new TableCell({ children: rr, width: { size: W[1], type: WidthType.DXA }, borders: cellNB, margins: { top: 80, bottom: 80, left: 200, right: 80 } }),
  ] });
  const sec = (t: string) => row([para([r(t, { bold: true, color: 'FFFFFF', size: 22 })])], [para([r('', {})], { border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: '2E5C8A', space: 1 } } })], '2E5C8A');
  const rows = [
    row([para([r(p.name, { bold: true, size: 40, color: '1F3864' })]), para([r(`求职意向：${p.headline}`, { size: 19 })])],
      [para(`手机：${p.phoneLocal}　　邮箱：${p.email}`), para(`现居：${p.address}`), para(`出生年月：${p.born ?? ''}${p.other ? `　　${p.other.label}：${p.other.number}` : ''}`)]),
    sec('个人简介'), row([para('')], [para(p.summary)]),
    sec('工作经历'),
    ...rev(p.work).map((j) => row(
      [para([r(range(j, 'YYYY.MM', ' — ', '至今'), { bold: true, color: '2E5C8A' })]), para([r(j.company, { size: 18 })])],
      [para([r(j.title, { bold: true })]), ...j.bullets.map((b) => bullet(b))])),
    sec('教育背景'),
    ...p.edu.map((e) => row([para([r(`${d(e.start, 'YYYY.MM')} — ${d(e.end, 'YYYY.MM')}`, { bold: true, color: '2E5C8A' })])], [para([r(e.school, { bold: true }), r(`　${e.degree}`)])])),
    sec('专业技能'), row([para('')], [para(skillsOf(p).join('　/　'))]),
    sec('证书与语言'), row([para('')], [para([...p.certs, ...p.languages].join('；'))]),
  ];
  return doc([{ properties: A4, children: [new Table({ rows, width: { size: 9706, type: WidthType.DXA }, columnWidths: W, borders: noBorders })] }], 'Liberation Sans', true);
}

/** Australian career-services Word template: two-cell layout table, name split over two lines in the main cell, long shaded right column that runs onto page 2 (referees, projects). */
export function auSidebar2p(p: Person): Document {
  const W = [6300, 3406];
  const h = (t: string, c = '1B4F72') => para([r(t.toUpperCase(), { bold: true, color: c, size: 21, characterSpacing: 20 })], { spacing: { before: 200, after: 80 } });
  const main = [
    para([r(p.given.toUpperCase(), { size: 44, color: '555555' })], { spacing: { after: 0 } }),
    para([r(p.family.toUpperCase(), { size: 56, bold: true, color: '1B4F72' })], { spacing: { after: 60 } }),
    para([r(p.headline, { size: 24, italics: true })], { spacing: { after: 200 } }),
    h('Career objective'), para(p.summary),
    h('Employment history'),
    ...rev(p.work).flatMap((j) => [
      para([r(j.title, { bold: true, size: 22 })], { spacing: { before: 140, after: 0 } }),
      para([r(`${j.company} · ${j.town}`, { color: '1B4F72' })], { spacing: { after: 0 } }),
      para([r(range(j, 'Month YYYY', ' – ', 'Present'), { size: 18, color: '666666' })], { spacing: { after: 40 } }),
      ...j.bullets.map((b) => bullet(b)),
    ]),
    h('Education'), ...p.edu.flatMap((e) => [para([r(e.degree, { bold: true })], { spacing: { after: 0 } }), para(`${e.school}, ${d(e.start, 'YYYY-MM').slice(0, 4)} – ${e.end.slice(0, 4)}`)]),
  ];
  const s = (t: string) => para([r(t, { size: 18 })], { spacing: { after: 40 } });
  const projects = ['Kwa-Thema 11 kV ring-main upgrade (R 38m)', 'Marikana North shaft 22 MVA substation', 'Brits solar farm 20 MW grid connection', 'Nelspruit hospital standby generation', 'Emalahleni street-lighting retrofit (4,200 luminaires)', 'Sabie sawmill power-factor correction', 'Rustenburg conveyor VSD replacement', 'Komatipoort border-post 400 kVA supply', 'Barberton 66/11 kV substation protection review', 'Hazyview mall rooftop PV (1.2 MWp)', 'Middelburg smelter harmonic study', 'White River school electrification programme'];
  const side = [
    h('Contact'), s(`Mobile: ${p.phoneLocal}`), s(`Email: ${p.email}`), s(p.address), ...(p.other ? [s(`${p.other.label}: ${p.other.number}`)] : []),
    h('Key skills'), ...skillsOf(p).map((x) => s(`▪ ${x}`)),
    h('Registration & licences'), ...p.certs.map(s),
    h('Languages'), ...p.languages.map(s),
    h('Memberships'), s('Member, South African Institute of Electrical Engineers'), s('Member, Solar Energy Association of Southern Africa'),
    h('Selected projects'), ...projects.map((x) => s(`▪ ${x}`)),
    h('Training'), s('ECSA CPD: Protection of MV networks (2023)'), s('Working at heights (2024)'), s('Operating regulations for HV systems (ORHVS), 2022'), s('Advanced Excel for engineers (2021)'), s('Contract management NEC4 (2020)'),
    h('Referees'), s('Mr Sipho Dlamini, Engineering Manager, Highveld Power Services — 013 690 2214'), s('Ms Annelie Botha, Projects Director, Magaliesberg Mining Contractors — 014 592 7730'), s('Mr Lungelo Khumalo, Chief Engineer, Lowveld Renewable Energy — 013 755 1048'),
    h('Interests'), s('Trail running, mentoring school learners in maths, amateur radio'),
  ];
  const table = new Table({ width: { size: 9706, type: WidthType.DXA }, columnWidths: W, borders: noBorders, rows: [new TableRow({ children: [
    new TableCell({ children: main, width: { size: W[0], type: WidthType.DXA }, borders: cellNB, margins: { right: 300 } }),
    new TableCell({ children: side, width: { size: W[1], type: WidthType.DXA }, borders: cellNB, shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'EAF1F7' }, margins: { left: 200, right: 160, top: 120 } }),
  ] })] });
  return doc([{ properties: A4, footers: { default: new Footer({ children: [para([r(`${p.name} — Résumé — page `, { size: 16, color: '888888' }), new TextRun({ children: [PageNumber.CURRENT], size: 16, color: '888888' })], { alignment: AlignmentType.RIGHT })] }) }, children: [table] }]);
}

/** Engineers Australia CDR "Curriculum Vitae" (the CV part of a Competency Demonstration Report): running header, personal-details lines on tab stops, employment with career-episode cross-references, CPD list. */
export function cdr(p: Person): Document {
  const T = [{ type: TabStopType.LEFT, position: 2800 }];
  const kv = (k: string, v: string) => para([r(k, { bold: true }), r(`\t${v}`)], { tabStops: T, spacing: { after: 30 } });
  const h = (t: string) => para([r(t, { bold: true, size: 24 })], { spacing: { before: 240, after: 100 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } } });
  const episodes = rev(p.work).slice(0, 3).map((j, i) => [j, i + 1] as const);
  const epOf = (j: Person['work'][number]) => episodes.find(([x]) => x === j)?.[1];
  const body = [
    para([r('CURRICULUM VITAE', { bold: true, size: 32 })], { alignment: AlignmentType.CENTER }),
    para([r(p.name, { size: 26 })], { alignment: AlignmentType.CENTER, spacing: { after: 200 } }),
    h('1. Personal details'), kv('Family name:', p.family.toUpperCase()), kv('Given name(s):', p.given), kv('Nominated occupation:', p.headline.includes('Electrical') ? 'Electrical Engineer (ANZSCO 233311)' : 'Civil Engineer (ANZSCO 233211)'),
    kv('Mobile:', p.phoneLocal), ...(p.other ? [kv(`${p.other.label}:`, p.other.number)] : []), kv('E-mail:', p.email), kv('Address:', p.address), ...(p.born ? [kv('Date of birth:', p.born)] : []),
    h('2. Education'), ...p.edu.map((e) => para([r(`${d(e.start, 'Month YYYY')} – ${d(e.end, 'Month YYYY')}\t`, { bold: true }), r(`${e.degree}, ${e.school}, ${e.town}`)], { tabStops: [{ type: TabStopType.LEFT, position: 3200 }], indent: { left: 3200, hanging: 3200 } })),
    h('3. Employment history'),
    ...rev(p.work).flatMap((j) => [
      para([r(`${range(j, 'Month YYYY', ' – ', 'present')}`, { bold: true })], { spacing: { before: 140, after: 0 } }),
      para([r(j.title, { bold: true, italics: true }), r(` | ${j.company}, ${j.town}`)], { spacing: { after: 30 } }),
      ...j.bullets.map((b) => bullet(b)),
      ...(epOf(j) ? [para([r(`(Career Episode ${epOf(j)} is based on work in this role.)`, { italics: true, size: 18, color: '555555' })])] : []),
    ]),
    h('4. Skills'), ...skillsOf(p).map((s) => bullet(s)),
    h('5. Languages'), para(p.languages.join('; ')),
    h('6. Registration and continuing professional development'), ...p.certs.map((c) => bullet(c)), bullet('CPD record for the last three years attached separately (58 hours).'),
    para([r('I certify that the information above is true and correct.', { italics: true })], { spacing: { before: 240 } }), para(`Signature: ____________________     Date: 25/11/2026`),
  ];
  return doc([{ properties: A4, headers: { default: new Header({ children: [para([r('Competency Demonstration Report — Curriculum Vitae', { size: 16, color: '666666' }), r(`\t${p.name}`, { size: 16, color: '666666' })], { tabStops: [{ type: TabStopType.RIGHT, position: 9700 }] })] }) },
    footers: { default: new Footer({ children: [para([r('Page ', { size: 16 }), new TextRun({ children: [PageNumber.CURRENT], size: 16 }), r(' of ', { size: 16 }), new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16 })], { alignment: AlignmentType.CENTER })] }) }, children: body }], 'Liberation Serif');
}

/** US/Singapore "targeted" executive résumé in Word: the target job title first in spaced capitals, the name under it, core competencies in three tab columns, EMPLOYER in caps with right-tab dates. */
export function titleFirst(p: Person): Document {
  const mixed = p.lang === 'mixed';
  const R = [{ type: TabStopType.RIGHT, position: 9700 }];
  const h = (t: string) => para([r(t.toUpperCase(), { bold: true, size: 21, color: '3A3A3A', characterSpacing: 40 })], { spacing: { before: 220, after: 80 }, border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '999999', space: 1 } } });
  const sk = skillsOf(p);
  const rows: Paragraph[] = [];
  for (let i = 0; i < sk.length; i += 3) rows.push(para(sk.slice(i, i + 3).map((s, k) => r(`${k ? '\t' : ''}▸ ${s}`)), { tabStops: [{ type: TabStopType.LEFT, position: 3300 }, { type: TabStopType.LEFT, position: 6600 }], spacing: { after: 30 } }));
  const body = [
    para([r(p.headline.toUpperCase(), { size: 20, color: '8C2D19', bold: true, characterSpacing: 80 })], { alignment: AlignmentType.CENTER, spacing: { after: 40 } }),
    para(mixed ? [r(p.name, { size: 40, bold: true }), r(`  ${p.family.toUpperCase()} ${p.given}`, { size: 40 })] : [r(p.name, { size: 40, bold: true })], { alignment: AlignmentType.CENTER, spacing: { after: 40 } }),
    para(`${p.address}  |  ${p.phoneLocal}  |  ${p.email}`, { alignment: AlignmentType.CENTER, spacing: { after: 160 } }),
    h('Executive summary'), para(p.summary),
    h('Core competencies'), ...rows,
    h('Professional experience'),
    ...rev(p.work).flatMap((j) => [
      para([new TextRun({ text: j.company, bold: true, smallCaps: true }), r(`, ${j.town}`), r(`\t${range(j, 'MM/YYYY', ' – ', 'Present')}`, { bold: true })], { tabStops: R, spacing: { before: 140, after: 0 } }),
      para([r(j.title, { italics: true })], { spacing: { after: 30 } }),
      ...j.bullets.map((b) => bullet(b)),
    ]),
    h('Education'), ...p.edu.map((e) => para([r(e.degree, { bold: true }), r(`, ${e.school}`), r(`\t${e.end.slice(0, 4)}`)], { tabStops: R })),
    h('Certifications & languages'), para(`${p.certs.join('; ')}. Languages: ${p.languages.join(', ')}.`),
  ];
  return doc([{ properties: A4, children: body }], 'Liberation Serif');
}

/** Chinese / Taiwanese Word 简历 with a display name: big letter-spaced name, pinyin/English under it, 求职意向 line, 教育背景 first, company + right-tab dates. */
export function zhDisplayName(p: Person): Document {
  const tw = p.lang === 'mixed';
  const L = tw ? { edu: '學歷', exp: '工作經歷', sk: '專業技能', lang: '語言能力', cert: '證照', intent: '應徵職務', now: '現在', self: '自我介紹' } : { edu: '教育背景', exp: '工作经历', sk: '专业技能', lang: '语言能力', cert: '资格证书', intent: '求职意向', now: '至今', self: '自我评价' };
  const R = [{ type: TabStopType.RIGHT, position: 9700 }];
  const h = (t: string) => para([r(`${t}`, { bold: true, size: 24, color: '203864' })], { spacing: { before: 220, after: 80 }, border: { bottom: { style: BorderStyle.THICK, size: 12, color: '203864', space: 1 } } });
  const spaced = [...p.name].join(' ');
  const latin = tw ? p.alt! : `${p.family === '欧阳' ? 'OUYANG' : ''} ${p.family === '欧阳' ? 'MINGXUAN' : ''}`.trim();
  const body = [
    para([r(spaced, { bold: true, size: 56, characterSpacing: 120 })], { alignment: AlignmentType.CENTER, spacing: { after: 0 } }),
    para([r(latin, { size: 20, color: '7F7F7F', characterSpacing: 80 })], { alignment: AlignmentType.CENTER, spacing: { after: 120 } }),
    para(`${L.intent}：${p.headline}　｜　${p.phoneLocal}　｜　${p.email}`, { alignment: AlignmentType.CENTER }),
    para(`${p.address}${p.other ? `　｜　${p.other.label}：${p.other.number}` : ''}`, { alignment: AlignmentType.CENTER, spacing: { after: 120 } }),
    h(L.edu), ...p.edu.map((e) => para([r(e.school, { bold: true }), r(`　${e.degree}`), r(`\t${d(e.start, 'YYYY年M月')} ~ ${d(e.end, 'YYYY年M月')}`)], { tabStops: R })),
    h(L.exp),
    ...rev(p.work).flatMap((j) => [
      para([r(j.company, { bold: true }), r(`\t${d(j.start, 'YYYY年M月')} ~ ${j.end ? d(j.end, 'YYYY年M月') : L.now}`)], { tabStops: R, spacing: { before: 120, after: 0 } }),
      para([r(tw ? `職稱：${j.title}` : `职位：${j.title}`, { color: '404040' })], { spacing: { after: 20 } }),
      ...j.bullets.map((b) => bullet(b)),
    ]),
    h(L.sk), para(skillsOf(p).join('、')),
    h(L.cert), para(p.certs.join('、')), h(L.lang), para(p.languages.join('、')),
    h(L.self), para(p.summary),
  ];
  return doc([{ properties: A4, children: body }], 'Liberation Sans', true);
}

/** Hong Kong Qualifications Framework RPL application (bilingual form): particulars grid, employment-record table 由/至 (mm/yyyy), employer certification column. */
export function hkqfRpl(p: Person): Document {
  const W = [1250, 1250, 2500, 2000, 2706];
  const bd = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const borders = { top: bd, bottom: bd, left: bd, right: bd, insideHorizontal: bd, insideVertical: bd };
  const c = (t: string | Paragraph[], o: { w?: number; span?: number; fill?: string; bold?: boolean } = {}) => new TableCell({
    children: typeof t === 'string' ? [para([r(t, { bold: o.bold, size: 18 })], { spacing: { after: 0 } })] : t,
    columnSpan: o.span, width: o.w ? { size: o.w, type: WidthType.DXA } : undefined, verticalAlign: VerticalAlign.CENTER,
    shading: o.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: o.fill } : undefined, margins: { top: 50, bottom: 50, left: 80, right: 80 },
  });
  const G = 'E7E6E6';
  const rows = [
    new TableRow({ children: [c('Part A 個人資料 Personal Particulars', { span: 5, fill: 'BFBFBF', bold: true })] }),
    new TableRow({ children: [c('中文姓名 Name in Chinese', { span: 2, fill: G }), c(p.name), c('英文姓名 Name in English', { fill: G }), c(`${p.family} ${p.given}, ${p.alt!.split(' ')[0]}`)] }),
    new TableRow({ children: [c('流動電話 Mobile', { span: 2, fill: G }), c(p.phoneLocal), c('辦公室電話 Office', { fill: G }), c(p.other?.number ?? '')] }),
    new TableRow({ children: [c('電郵 E-mail', { span: 2, fill: G }), c(p.email, { span: 3 })] }),
    new TableRow({ children: [c('通訊地址 Address', { span: 2, fill: G }), c(p.address, { span: 3 })] }),
    new TableRow({ children: [c('Part B 工作經驗 Employment Record (由最近期開始 most recent first)', { span: 5, fill: 'BFBFBF', bold: true })] }),
    new TableRow({ children: [c('由 From (mm/yyyy)', { fill: G, w: W[0] }), c('至 To (mm/yyyy)', { fill: G, w: W[1] }), c('僱主名稱 Name of Employer', { fill: G, w: W[2] }), c('職位 Post', { fill: G, w: W[3] }), c('主要職責 Main Duties', { fill: G, w: W[4] })] }),
    ...rev(p.work).map((j) => new TableRow({ children: [c(d(j.start, 'MM/YYYY')), c(j.end ? d(j.end, 'MM/YYYY') : '現在 Present'), c(j.company), c(j.title), c(j.bullets.join(' '))] })),
    new TableRow({ children: [c('Part C 學歷 Education', { span: 5, fill: 'BFBFBF', bold: true })] }),
    ...p.edu.map((e) => new TableRow({ children: [c(d(e.start, 'MM/YYYY')), c(d(e.end, 'MM/YYYY')), c(e.school, { span: 2 }), c(e.degree)] })),
    new TableRow({ children: [c('Part D 技能 Skills', { span: 5, fill: 'BFBFBF', bold: true })] }),
    new TableRow({ children: [c('相關技能 Relevant skills', { span: 2, fill: G }), c(skillsOf(p).join('; '), { span: 3 })] }),
    new TableRow({ children: [c('語言 Languages', { span: 2, fill: G }), c(p.languages.join('; '), { span: 3 })] }),
    new TableRow({ children: [c('專業資格 Professional qualifications', { span: 2, fill: G }), c(p.certs.join('; '), { span: 3 })] }),
  ];
  return doc([{ properties: A4, headers: { default: new Header({ children: [para([r('資歷架構 Qualifications Framework — 過往資歷認可 Recognition of Prior Learning (Logistics Industry)', { size: 16 })], { alignment: AlignmentType.CENTER })] }) },
    children: [
      para([r('過往資歷認可申請表 Application for Recognition of Prior Learning', { bold: true, size: 28 })], { alignment: AlignmentType.CENTER, spacing: { after: 160 } }),
      new Table({ rows, width: { size: 9706, type: WidthType.DXA }, columnWidths: W, borders }),
      para([r(`申請人聲明 Declaration: 本人謹此聲明，上述資料均屬真確。I declare that the information given is true and correct.`, { size: 18 })], { spacing: { before: 200 } }),
      para([r(`申請人簽署 Signature: ${p.name}　　日期 Date: 26/11/2026`, { size: 18 })]),
    ] }], 'Liberation Sans', true);
}
