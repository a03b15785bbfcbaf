/**
 * heldout-56: Word templates built with `docx` (each is also exported to PDF by LibreOffice).
 * ksa-hijri, rtl-template, ph-twocol, my-zh-word, tpl-leftover, zh-guipei, aps-table, tw-factory-form, np-bsdates, mo-boletim.
 */
import {
  AlignmentType, BorderStyle, Document, Footer, Header, ImageRun, PageNumber, Paragraph, ShadingType, Table, TableCell, TableRow,
  TabStopType, TextRun, VerticalAlign, WidthType, type IParagraphOptions, type IRunOptions, type ParagraphChild,
} from 'docx';
import { type Job, type Person } from './people.ts';
import { bs, day, dmy, durationEn, fmt, hijri, newestFirst, photoPng, range, ym } from './lib.ts';

/* ------------------------------------------------------------------ helpers */
const R = (text: string, o: IRunOptions = {}) => new TextRun({ text, ...o });
const P = (c: string | ParagraphChild[], o: IParagraphOptions = {}) => new Paragraph({ children: typeof c === 'string' ? [R(c)] : c, ...o });
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const LINE = (color = '000000', size = 4) => ({ style: BorderStyle.SINGLE, size, color });
const noBorders = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const allBorders = (c = '000000', s = 4) => ({ top: LINE(c, s), bottom: LINE(c, s), left: LINE(c, s), right: LINE(c, s), insideHorizontal: LINE(c, s), insideVertical: LINE(c, s) });
const cm = (x: number) => Math.round(x * 567);
const shade = (fill: string) => ({ type: ShadingType.CLEAR, color: 'auto', fill });
type CellOpt = { span?: number; rows?: number; fill?: string; w?: number; center?: boolean; vcenter?: boolean; bold?: boolean; size?: number; font?: string };
function C(content: string | Paragraph[] | (Paragraph | Table)[], o: CellOpt = {}): TableCell {
  const kids = typeof content === 'string'
    ? content.split('\n').map((l) => P([R(l, { bold: o.bold, size: o.size, font: o.font })], { alignment: o.center ? AlignmentType.CENTER : undefined }))
    : content;
  return new TableCell({
    children: kids, columnSpan: o.span, rowSpan: o.rows, shading: o.fill ? shade(o.fill) : undefined,
    width: o.w ? { size: o.w, type: WidthType.DXA } : undefined, verticalAlign: o.vcenter === false ? VerticalAlign.TOP : VerticalAlign.CENTER,
    margins: { top: 40, bottom: 40, left: 90, right: 90 },
  });
}
const T = (rows: TableCell[][], widths: number[], borders: object = allBorders(), o: { rtl?: boolean } = {}) => new Table({
  rows: rows.map((cells) => new TableRow({ children: cells })), columnWidths: widths, width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
  borders: borders as never, visuallyRightToLeft: o.rtl,
});
const pageNo = (prefix: string, size = 16, align: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.CENTER) => new Footer({
  children: [P([R(prefix, { size }), new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size })], { alignment: align })],
});
const A4 = (m = 1.8) => ({ page: { size: { width: 11906, height: 16838 }, margin: { top: cm(m), bottom: cm(m), left: cm(m), right: cm(m), header: cm(0.8), footer: cm(0.8) } } });
const doc = (font: string | { ascii: string; eastAsia: string; hAnsi: string; cs?: string }, size: number, sections: ConstructorParameters<typeof Document>[0]['sections']) =>
  new Document({ creator: 'Microsoft Office User', styles: { default: { document: { run: { font, size }, paragraph: { spacing: { after: 40 } } } } }, sections });
const photo = (w: number, h: number) => new ImageRun({ type: 'png', data: photoPng(120, 150), transformation: { width: w, height: h } });
const ZH = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: 'SimSun' };
const ZHH = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: 'Microsoft YaHei' };
const TW = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: 'PMingLiU' };

/* ------------------------------------------------------------------ ksa-hijri (p01) */
/** Saudi engineer's Word CV: Arabic name under the English one, personal data on a tab stop, every period in Umm al-Qura Hijri with the Gregorian date in brackets. */
export function ksaHijri(p: Person): Document {
  const head = (t: string) => P([R(t, { bold: true, size: 21, color: '1F3864' })], { spacing: { before: 200, after: 80 }, shading: shade('DCE6F2'), border: { top: LINE('1F3864'), bottom: LINE('1F3864'), left: LINE('1F3864'), right: LINE('1F3864') } });
  const kv = (k: string, v: string) => P([R(`${k}`, { bold: true }), R('\t'), R(v)], { tabStops: [{ type: TabStopType.LEFT, position: cm(4.6) }] });
  const bullet = (t: string) => P([R('▪\t'), R(t)], { indent: { left: cm(0.9), hanging: cm(0.5) }, tabStops: [{ type: TabStopType.LEFT, position: cm(0.9) }] });
  const per = (j: Job) => {
    const s = day(j.start, 1);
    const from = `${hijri(s)} H (${dmy(s)} G)`;
    if (!j.end) return `Period:  From ${from} – Till date`;
    const e = day(j.end, 'last');
    return `Period:  From ${from} – To ${hijri(e)} H (${dmy(e)} G)`;
  };
  const born = new Date(Date.UTC(1990, 9, 3));
  const nb = (s: string) => s.replace(/ /g, '\u00a0');
  const jobs = newestFirst(p).flatMap((j) => [
    P([R(j.title, { bold: true, size: 21 })], { spacing: { before: 140 }, keepNext: true }),
    P([R(`${j.company} – ${j.town}`, { italics: true })], { keepNext: true }),
    P([R(per(j), { color: '404040' })], { keepNext: true }),
    ...j.duties.map(bullet),
  ]);
  return doc('Arial', 20, [{
    properties: A4(1.9),
    footers: { default: pageNo('Faisal Al-Qahtani – Curriculum Vitae – ', 15) },
    children: [
      P([R('CURRICULUM VITAE', { bold: true, size: 20, color: '7F7F7F' })], { alignment: AlignmentType.CENTER }),
      P([R(p.name, { bold: true, size: 34, allCaps: true, color: '1F3864' })], { alignment: AlignmentType.CENTER, spacing: { after: 0 } }),
      P([R('فيصل عبدالرحمن القحطاني', { size: 28, rightToLeft: true, font: 'Arial' })], { alignment: AlignmentType.CENTER, bidirectional: true }),
      P(`${p.headline}  |  NEBOSH IGC  |  OSHA 30  |  CSP`, { alignment: AlignmentType.CENTER, spacing: { after: 120 } }),
      head('PERSONAL DATA'),
      kv('Nationality:', 'Saudi'), kv('National ID No.:', '1087 •••• 31'), kv('Date of Birth:', `${hijri(born)} H (${dmy(born)} G)`), kv('Place of Birth:', 'Al-Ahsa'),
      kv('Marital Status:', 'Married'), kv('Mobile:', nb(p.phoneIntl)), kv('Office:', p.otherPhones[0].number), kv('E-mail:', p.email), kv('Address:', p.address),
      kv('Driving Licence:', 'Saudi private licence, valid until 1450 H'),
      head('CAREER OBJECTIVE'), P(p.summary, { alignment: AlignmentType.JUSTIFIED }),
      head('PROFESSIONAL EXPERIENCE'), ...jobs,
      head('EDUCATION'),
      P([R(p.education[0].degree, { bold: true })]), P(`${p.education[0].school}, ${p.education[0].town} — 1429 H – 1434 H (${fmt(p.education[0].start, 'MM/YYYY')} – ${fmt(p.education[0].end, 'MM/YYYY')}), ${p.education[0].note}`),
      head('CERTIFICATES & TRAINING'), ...p.certificates.map(bullet),
      head('SKILLS'), ...p.skills.map((s) => bullet(s.name)),
      head('LANGUAGES'), ...p.languages.map(bullet),
      head('REFERENCES'), ...p.referees.map((r) => P(`${r.name}, ${r.role}, ${r.org} — Mobile: ${r.phone}`)),
    ],
  }]);
}

/* ------------------------------------------------------------------ rtl-template (p01) */
/** Arabic-market Word résumé template (right-to-left table and paragraphs) typed over in English: sidebar on the right, bilingual headings, and date lines left in RTL paragraphs so numeric ranges display end-first. */
export function rtlTemplate(p: Person): Document {
  const AR = { ascii: 'Arial', hAnsi: 'Arial', cs: 'Arial', eastAsia: 'Arial' };
  const hd = (en: string, ar: string, color = '0E4D64') => P([R(`${ar}  |  ${en}`, { bold: true, size: 22, color, rightToLeft: false })], { bidirectional: true, spacing: { before: 180, after: 60 }, border: { bottom: LINE(color, 8) } });
  const rtl = (t: string, o: IRunOptions = {}) => P([R(t, o)], { bidirectional: true });
  const ltrRight = (t: string, o: IRunOptions = {}) => P([R(t, o)], { alignment: AlignmentType.RIGHT });
  const jobs = newestFirst(p).flatMap((j) => [
    P([R(j.title, { bold: true, size: 21 })], { spacing: { before: 120 } }),
    P([R(`${j.company}, ${j.town}`, { color: '0E4D64' })]),
    rtl(range(j, 'MM/YYYY', 'Present'), { italics: true, color: '595959' }),
    ...j.duties.map((d) => P([R(`• ${d}`)], { indent: { left: cm(0.3) } })),
  ]);
  const side = [
    P([photo(118, 148)], { alignment: AlignmentType.CENTER, spacing: { before: 120 } }),
    hd('Contact', 'التواصل', 'FFFFFF'),
    ltrRight(p.phoneIntl, { color: 'FFFFFF' }), ltrRight(p.email, { color: 'FFFFFF', size: 17 }), ltrRight('Jubail Industrial City, KSA', { color: 'FFFFFF' }),
    hd('Skills', 'المهارات', 'FFFFFF'), ...p.skills.map((s) => rtl(s.name, { color: 'FFFFFF' })),
    hd('Languages', 'اللغات', 'FFFFFF'), rtl('Arabic – Native', { color: 'FFFFFF' }), rtl('English – Fluent', { color: 'FFFFFF' }),
    hd('Certificates', 'الشهادات', 'FFFFFF'), ...p.certificates.map((c) => rtl(c, { color: 'FFFFFF', size: 17 })),
  ];
  const main = [
    P([R(p.name, { bold: true, size: 36, color: '0E4D64' })], { spacing: { before: 100 } }),
    rtl('فيصل عبدالرحمن القحطاني', { size: 26, font: AR }),
    P([R(p.headline, { size: 24, color: '595959' })]),
    hd('Profile', 'نبذة'), P(p.summary),
    hd('Experience', 'الخبرات العملية'), ...jobs,
    hd('Education', 'التعليم'), P([R(p.education[0].degree, { bold: true })]), P(`${p.education[0].school}, ${p.education[0].town}`), rtl(range(p.education[0], 'MM/YYYY', ''), { italics: true, color: '595959' }),
  ];
  return doc(AR, 19, [{
    properties: A4(1.2),
    children: [T([[C(side, { w: cm(6), fill: '0E4D64', vcenter: false }), C(main, { w: cm(12.5), vcenter: false })]], [cm(6), cm(12.5)], noBorders, { rtl: true })],
  }]);
}

/* ------------------------------------------------------------------ ph-twocol (p04) */
/** Filipino Word résumé on a two-column table: 2x2 photo and personal information (civil status, religion, height) on the left, character references and "I hereby certify" with a signature line on the right. */
export function phTwocol(p: Person): Document {
  const hd = (t: string) => P([R(t, { bold: true, size: 21, color: '1F4E79' })], { spacing: { before: 160, after: 60 }, border: { bottom: LINE('1F4E79', 6) } });
  const kv = (k: string, v: string) => P([R(`${k}: `, { bold: true, size: 18 }), R(v, { size: 18 })]);
  const left = [
    P([photo(120, 120)], { alignment: AlignmentType.CENTER, spacing: { before: 100 } }),
    hd('PERSONAL INFORMATION'), kv('Age', '35'), kv('Date of Birth', 'July 9, 1991'), kv('Place of Birth', 'Cebu City'), kv('Sex', 'Female'),
    kv('Civil Status', 'Married'), kv('Religion', 'Roman Catholic'), kv('Citizenship', 'Filipino'), kv('Height', "5'2\""), kv('Weight', '52 kg'),
    hd('CONTACT'), kv('Mobile', `${p.phoneLocal} (Globe)`), kv('Landline', p.otherPhones[0].number), kv('Email', p.email), kv('Address', p.address),
    hd('SKILLS'), ...p.skills.map((s) => P([R(`✓  ${s.name}`, { size: 18 })])),
    hd('LANGUAGES'), ...p.languages.map((l) => P([R(`✓  ${l}`, { size: 18 })])),
  ];
  const right = [
    P([R(p.name.toUpperCase(), { bold: true, size: 38, color: '1F4E79' })], { spacing: { before: 80 } }),
    P([R(p.headline, { size: 22, italics: true })]),
    hd('OBJECTIVE'), P('To obtain a long-term remote position where I can use my bookkeeping and executive support experience to keep the business organized and growing.', { alignment: AlignmentType.JUSTIFIED }),
    hd('WORK EXPERIENCE'),
    ...newestFirst(p).flatMap((j) => [
      P([R(j.title, { bold: true })], { spacing: { before: 100 } }), P([R(j.company, { bold: true, color: '1F4E79' }), R(` — ${j.town}`)]),
      P([R(range(j, 'Month YYYY', 'up to present'), { italics: true, size: 18 })]), ...j.duties.map((d) => P([R(`•  ${d}`, { size: 18 })], { indent: { left: cm(0.3) } })),
    ]),
    hd('EDUCATIONAL BACKGROUND'),
    P([R('Tertiary: ', { bold: true }), R(`${p.education[0].degree}, ${p.education[0].school} (2009 – 2013)`)]),
    P([R('Secondary: ', { bold: true }), R('Kamputhaw Heights High School (2005 – 2009)')]),
    P([R('Primary: ', { bold: true }), R('Sikatuna Elementary School (1999 – 2005)')]),
    hd('SEMINARS AND CERTIFICATIONS'), ...p.certificates.map((c) => P(`•  ${c}`)),
    hd('CHARACTER REFERENCES'), ...p.referees.map((r) => P([R(r.name, { bold: true, size: 18 }), R(` — ${r.role}, ${r.org} · ${r.phone}`, { size: 18 })])),
    P('I hereby certify that the above information is true and correct to the best of my knowledge and belief.', { spacing: { before: 200 } }),
    P([R(p.name.toUpperCase(), { bold: true })], { alignment: AlignmentType.RIGHT, spacing: { before: 300 }, border: { top: LINE() } }),
    P('Applicant', { alignment: AlignmentType.RIGHT }),
  ];
  return doc('Arial', 19, [{ properties: A4(1.3), children: [T([[C(left, { w: cm(6.2), fill: 'DEEAF6', vcenter: false }), C(right, { w: cm(12.2), vcenter: false })]], [cm(6.2), cm(12.2)], noBorders)] }]);
}

/* ------------------------------------------------------------------ my-zh-word (p09) */
/** Malaysian Chinese 中文履历 in Word: IC number, race/religion, expected salary in RM and notice period, "2021年11月 — 现在" periods, referees with Malaysian numbers. */
export function myZhWord(p: Person): Document {
  const hd = (t: string) => P([R(t, { bold: true, size: 24, color: 'A33B20' })], { spacing: { before: 200, after: 80 }, border: { left: { ...LINE('A33B20', 24), space: 6 }, bottom: LINE('D9D9D9', 4) }, indent: { left: cm(0.25) } });
  const two = (a: string, b: string) => P([R(a), R('\t'), R(b)], { tabStops: [{ type: TabStopType.LEFT, position: cm(8.5) }] });
  const jobs = newestFirst(p).flatMap((j) => [
    P([R(`${fmt(j.start, 'zh')} — ${j.end ? fmt(j.end, 'zh') : '现在'}`, { bold: true }), R('　｜　'), R(j.company, { bold: true }), R(`（${j.town}）`)], { spacing: { before: 140 }, keepNext: true }),
    P([R('职位：', { color: '7F7F7F' }), R(j.title)], { keepNext: true }),
    P([R('主要职责：', { color: '7F7F7F' })], { keepNext: true }),
    ...j.duties.map((d, i) => P(`${i + 1}. ${d}`, { indent: { left: cm(0.6) } })),
  ]);
  return doc(ZHH, 20, [{
    properties: A4(2),
    children: [
      P([R(p.name, { bold: true, size: 44 }), R(`   ${p.latin}`, { size: 22, color: '7F7F7F' })]),
      P([R(`${p.headline}　｜　${p.phoneLocal}　｜　${p.email}`, { size: 19 })], { spacing: { after: 120 }, border: { bottom: LINE('A33B20', 8) } }),
      hd('个人资料'),
      two('身份证号码（IC）：880514-10-5236', '国籍：马来西亚'), two('出生日期：1988年5月14日', '种族／宗教：华裔／佛教'),
      two('婚姻状况：已婚', '驾照：D（汽车）'), two(`手机：${p.phoneLocal}`, `住家：${p.otherPhones[0].number}`),
      P(`电邮：${p.email}`), P(`地址：${p.address}`),
      two('期望薪金：RM 9,000（可商议）', '通知期：一个月'),
      hd('个人简介'), P(p.summary),
      hd('工作经验'), ...jobs,
      hd('学历'), ...p.education.map((e) => P([R(`${fmt(e.start, 'zh')} — ${fmt(e.end, 'zh')}　`, { bold: true }), R(`${e.school}　${e.degree}`)])),
      hd('专业资格'), ...p.certificates.map((c) => P(`• ${c}`)),
      hd('专业技能'), P(p.skills.map((s) => s.name).join('　/　')),
      hd('语文能力'), P(p.languages.join('；')),
      hd('推荐人'), ...p.referees.map((r) => P(`${r.name}　${r.role}，${r.org}　电话：${r.phone}`)),
    ],
  }]);
}

/* ------------------------------------------------------------------ tpl-leftover (p08, p10) */
/** A 简历 from a downloaded template pack: page 1 filled in, then the pack's unfilled pages left in — a sample 自荐信 with placeholder name and a dummy phone (p08), or the template's instructions, sample self-evaluations and a sample skills list (p10). */
export function tplLeftover(p: Person): Document {
  const blue = '2E5C8A';
  const hd = (zh: string, en: string) => P([R(` ${zh} `, { bold: true, size: 24, color: 'FFFFFF', shading: shade(blue) }), R(`  ${en}`, { size: 18, color: '9FB3C8' })], { spacing: { before: 200, after: 80 }, border: { bottom: LINE(blue, 8) } });
  const info = (a: string, b: string) => P([R(a), R('\t'), R(b)], { tabStops: [{ type: TabStopType.LEFT, position: cm(8.4) }] });
  const jobs = newestFirst(p).flatMap((j) => [
    P([R(j.company, { bold: true, size: 21 }), R('\t'), R(range(j, 'YYYY.MM', '至今', ' - '), { bold: true, color: blue })], { tabStops: [{ type: TabStopType.RIGHT, position: cm(17) }], spacing: { before: 120 }, keepNext: true }),
    P([R(`${j.title}　｜　${j.town}`, { color: '7F7F7F' })], { keepNext: true }),
    ...j.duties.map((d) => P(`● ${d}`, { indent: { left: cm(0.4) } })),
  ]);
  const born = `${p.born.slice(0, 4)}.${p.born.slice(5, 7)}`;
  const page1 = [
    P([R(p.name, { bold: true, size: 48, color: blue })], { spacing: { after: 0 } }),
    P([R(`求职意向：${p.headline}`, { size: 22 })], { spacing: { after: 120 } }),
    hd('基本信息', 'BASIC INFORMATION'),
    info(`出生年月：${born}`, `现居地：${p.town}`), info(`联系电话：${p.phoneLocal}`, `电子邮箱：${p.email}`),
    info(`最高学历：${p.id === 'p10' ? '大专' : '本科'}`, `工作年限：${p.id === 'p10' ? '15 年' : '11 年'}`),
    hd('教育背景', 'EDUCATION'), ...p.education.map((e) => P([R(e.school, { bold: true }), R('\t'), R(`${fmt(e.start, 'YYYY.MM')} - ${fmt(e.end, 'YYYY.MM')}`)], { tabStops: [{ type: TabStopType.RIGHT, position: cm(17) }] })), P(p.education[0].degree),
    hd('工作经历', 'WORK EXPERIENCE'), ...jobs,
    hd('技能证书', 'SKILLS'), P(`专业技能：${p.skills.map((s) => s.name).join('、')}`), P(`证书：${p.certificates.join('、')}`), P(`语言：${p.languages.join('、')}`),
    hd('自我评价', 'ABOUT ME'), P(p.summary),
  ];
  const leftover = p.id === 'p08' ? [
    P([R('自  荐  信', { bold: true, size: 40 })], { alignment: AlignmentType.CENTER, pageBreakBefore: true, spacing: { after: 300 } }),
    P('尊敬的领导：'), P('　　您好！'),
    P('　　首先感谢您在百忙之中抽出时间阅读我的自荐信。我叫XXX，是XX大学XX专业的应届毕业生。在校期间，我系统地学习了专业知识，并积极参加各类社会实践活动，培养了良好的沟通能力和团队合作精神。'),
    P('　　贵公司良好的企业文化和广阔的发展平台深深吸引了我。我希望能够成为贵公司的一员，在XX岗位上发挥自己的专长，与公司共同成长。'),
    P('　　附上我的个人简历，期待您的回复。如蒙面试，不胜感激！'),
    P('　　此致', { spacing: { before: 200 } }), P('敬礼！'),
    P('自荐人：XXX', { alignment: AlignmentType.RIGHT, spacing: { before: 300 } }), P('联系电话：138-0013-8000', { alignment: AlignmentType.RIGHT }),
    P('电子邮箱：XXXXXX@163.com', { alignment: AlignmentType.RIGHT }), P('XXXX年XX月XX日', { alignment: AlignmentType.RIGHT }),
  ] : [
    P([R('简历模板使用说明（使用前请删除本页）', { bold: true, size: 30 })], { alignment: AlignmentType.CENTER, pageBreakBefore: true, spacing: { after: 200 } }),
    P('1. 本简历模板为 Word 可编辑版本，文字均可直接修改；照片请右键点击 →「更改图片」替换。'),
    P('2. 模块可根据需要增减；如需调整行距，请选中文字后在「段落」中设置。'),
    P('3. 更多免费简历模板请访问「职达简历模板站」，客服 QQ：2850317764（工作日 9:00-18:00）。'),
    P([R('自我评价参考范文（可直接套用）：', { bold: true })], { spacing: { before: 200 } }),
    P('范文一：本人性格开朗、为人诚恳，工作认真负责，具有较强的学习能力和团队合作精神，能够承受较大的工作压力。'),
    P('范文二：具有扎实的专业基础，熟悉行业相关法规，善于沟通协调，执行力强，能快速适应新环境。'),
    P([R('技能特长填写示例：', { bold: true })], { spacing: { before: 200 } }),
    P('熟练使用 Office 办公软件（Word、Excel、PowerPoint）；熟练使用 Photoshop、CorelDRAW；普通话二级甲等；全国计算机等级考试二级；C1 驾驶证。'),
    P([R('示例信息：', { bold: true })], { spacing: { before: 200 } }), P('姓名：张三　　电话：13800138000　　邮箱：zhangsan@example.com　　求职意向：行政专员'),
  ];
  return doc(ZHH, 20, [{ properties: A4(1.8), children: [...page1, ...leftover] }]);
}

/* ------------------------------------------------------------------ zh-guipei (p11) */
/** 住院医师规范化培训招收报名表 (resident standardised-training application) as a Word grid: photo cell, 执业证书编号, 人员类型 tick boxes, 学习经历 including a 进修 row, 工作经历 oldest first with 证明人及电话, approval boxes. */
export function zhGuipei(p: Person): Document {
  const W = [cm(2.4), cm(2.7), cm(2.2), cm(2.6), cm(2.2), cm(2.6), cm(3.0)];
  const L = (t: string, o: CellOpt = {}) => C(t, { fill: 'F2F2F2', bold: true, size: 19, ...o });
  const V = (t: string, o: CellOpt = {}) => C(t, { size: 19, ...o });
  const sec = (t: string) => [C(t, { span: 7, fill: 'D9D9D9', bold: true })];
  const work = p.work.map((j) => [V(`${fmt(j.start, 'YYYY.MM')}—${j.end ? fmt(j.end, 'YYYY.MM') : '至今'}`, { span: 2 }), V(j.company, { span: 2 }), V(j.company === '荆南县人民医院' ? '内科' : '心血管内科'), V(j.title), V(j.company === '荆南县人民医院' ? '王建华 0716-431 2286' : '刘　敏 027-8766 1203', { size: 17 })]);
  const rows: TableCell[][] = [
    [L('姓　名'), V(p.name), L('性　别'), V('女'), L('出生年月'), V('1993.10'), C([P([photo(84, 105)], { alignment: AlignmentType.CENTER })], { rows: 4 })],
    [L('民　族'), V('汉族'), L('政治面貌'), V('中共党员'), L('婚姻状况'), V('已婚')],
    [L('身份证号'), V('4210**********2347', { span: 3 }), L('籍　贯'), V('湖北荆州')],
    [L('最高学历'), V('本科'), L('学　位'), V('医学学士'), L('毕业时间'), V('2016.06')],
    [L('毕业院校'), V(p.education[0].school, { span: 2 }), L('所学专业'), V('临床医学（五年制）', { span: 3 })],
    [L('医师资格\n证书编号'), V('201742110421077', { span: 2 }), L('执业证书\n编号'), V('110421100047193', { span: 2 }), V('执业范围：内科专业')],
    [L('人员类型'), V('☐ 应届毕业生　　☑ 单位委派　　☐ 面向社会招收（社会人）', { span: 6 })],
    [L('报名专业'), V('内科'), L('意向基地'), V('华中联合医院', { span: 2 }), L('服从调剂'), V('是')],
    [L('手　机'), V(p.phoneLocal, { span: 2 }), L('电子邮箱'), V(p.email, { span: 3 })],
    [L('通讯地址'), V(`${p.address}（邮编 430071）`, { span: 6 })],
    sec('学习经历（从高中填起）'),
    [L('起止时间', { span: 2 }), L('学校 / 单位', { span: 2 }), L('专业'), L('学历学位'), L('证明人')],
    [V('2008.09—2011.06', { span: 2 }), V('荆州市沙洲中学', { span: 2 }), V('—'), V('高中'), V('')],
    [V('2011.09—2016.06', { span: 2 }), V(p.education[0].school, { span: 2 }), V('临床医学'), V('本科 / 学士'), V('')],
    [V('2017.09—2018.02', { span: 2 }), V('荆州市第一人民医院（进修）', { span: 2 }), V('心血管内科'), V('进修'), V('')],
    sec('工作经历'),
    [L('起止时间', { span: 2 }), L('工作单位', { span: 2 }), L('科　室'), L('职务/职称'), L('证明人及电话')],
    ...work,
    [L('专业技能'), V(p.skills.map((s) => s.name).join('、'), { span: 6 })],
    [L('外语水平'), V(p.languages.join('；'), { span: 6 })],
    [L('资格证书'), V(p.certificates.join('；'), { span: 6 })],
    [L('奖惩情况'), V('2021 年度武汉康华医院“优秀青年医师”；无处分。', { span: 6 })],
    [L('本人承诺'), C([P('本人承诺以上所填信息真实、准确，如有虚假，自愿取消培训资格。', { spacing: { after: 120 } }), P('本人签名：曹雨桐　　　　　　2026 年 11 月 22 日', { alignment: AlignmentType.RIGHT })], { span: 6 })],
    [L('委派单位\n意见'), C([P('', { spacing: { after: 300 } }), P('（盖章）　　　年　　月　　日', { alignment: AlignmentType.RIGHT })], { span: 6 })],
    [L('培训基地\n审核意见'), C([P('', { spacing: { after: 300 } }), P('（盖章）　　　年　　月　　日', { alignment: AlignmentType.RIGHT })], { span: 6 })],
  ];
  return doc(ZH, 20, [{
    properties: A4(1.6),
    footers: { default: new Footer({ children: [P([new TextRun({ children: ['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'], size: 16 })], { alignment: AlignmentType.CENTER })] }) },
    children: [
      P([R('湖北省住院医师规范化培训招收报名表', { bold: true, size: 34 })], { alignment: AlignmentType.CENTER }),
      P([R('（2027 年度）　　报名序号：HB2027-0318　　填表日期：2026 年 11 月 22 日', { size: 18 })], { alignment: AlignmentType.CENTER, spacing: { after: 120 } }),
      T(rows, W),
    ],
  }]);
}

/* ------------------------------------------------------------------ aps-table (p13, p15) */
/** The bilingual (Chinese / English) tabular 个人简历 required for the APS certificate (Germany), complete from primary school, dated "YYYY.MM – YYYY.MM", signed with place and date. */
export function apsTable(p: Person): Document {
  const W = [cm(3.6), cm(5.9), cm(3.4), cm(5.3)];
  const L = (t: string, o: CellOpt = {}) => C(t, { fill: 'E7EEF6', bold: true, size: 18, ...o });
  const V = (t: string, o: CellOpt = {}) => C(t, { size: 19, ...o });
  const sec = (t: string) => [C(t, { span: 4, fill: 'BDD1E6', bold: true })];
  const id = p.id === 'p13' ? '2026-SH-04721' : '2026-SH-05190';
  const plan = p.id === 'p13' ? 'Master Integrated Product Design, WS 2027/28' : 'M.Sc. Supply Chain Management, WS 2027/28';
  const edu = [...p.education].sort((a, b) => (a.start < b.start ? -1 : 1)).map((e) => [V(`${fmt(e.start, 'YYYY.MM')} – ${fmt(e.end, 'YYYY.MM')}`), V(e.school, { span: 2 }), V(`${e.degreeZh} ${e.degree}`)]);
  const work = p.work.map((j) => [V(`${fmt(j.start, 'YYYY.MM')} – ${j.end ? fmt(j.end, 'YYYY.MM') : '至今 today'}`), V(j.company, { span: 2 }), V(`${j.titleZh} ${j.title}`)]);
  const rows: TableCell[][] = [
    sec('个人信息 Personal data'),
    [L('姓名 Name'), V(`${p.name}  ${p.latin}`), L('性别 Gender'), V('女 female')],
    [L('出生日期\nDate of birth'), V(p.born.replace(/-/g, '.')), L('出生地\nPlace of birth'), V(p.id === 'p13' ? '上海 Shanghai' : '杭州 Hangzhou')],
    [L('国籍 Nationality'), V('中国 Chinese'), L('婚姻状况\nMarital status'), V('未婚 single')],
    [L('电话 Phone'), V(p.phoneIntl), L('电子邮箱 E-mail'), V(p.email)],
    [L('通讯地址 Address'), V(p.address, { span: 3 })],
    sec('教育经历 Education'),
    [L('时间 Period'), L('学校 School / University', { span: 2 }), L('学历 / 专业 Degree')], ...edu,
    sec('工作经历 Work experience'),
    [L('时间 Period'), L('工作单位 Employer', { span: 2 }), L('职位 Position')], ...work,
    sec('语言与技能 Languages and skills'),
    [L('语言 Languages'), V(p.languages.join('; '), { span: 3 })],
    [L('考试 Tests'), V(p.certificates.join('; '), { span: 3 })],
    [L('专业技能 Skills'), V(p.skills.map((s) => s.name).join(', '), { span: 3 })],
    [L('留学计划 Study plan'), V(plan, { span: 3 })],
  ];
  return doc(ZH, 19, [{
    properties: A4(1.8),
    headers: { default: new Header({ children: [P([R(`APS 审核材料 · APS-Nr. ${id}`, { size: 16, color: '7F7F7F' })], { alignment: AlignmentType.RIGHT })] }) },
    children: [
      P([R('个人简历  Curriculum Vitae', { bold: true, size: 32 })], { alignment: AlignmentType.CENTER, spacing: { after: 160 } }),
      T(rows, W),
      P(`地点、日期 Place, date：${p.id === 'p13' ? '上海 Shanghai' : '杭州 Hangzhou'}, 2026.11.20`, { spacing: { before: 300 } }),
      P([R('签名 Signature：'), R(p.name, { font: { ascii: 'Arial', hAnsi: 'Arial', eastAsia: 'KaiTi' }, size: 26 })]),
    ],
  }]);
}

/* ------------------------------------------------------------------ tw-factory-form (p10) */
/** Taiwanese-owned factory in mainland China: the head-office 應徵人員履歷表 with Traditional labels (血型, 兵役, 起訖年月 "~", 離職原因, 緊急聯絡人) filled in Simplified Chinese by a mainland applicant. */
export function twFactoryForm(p: Person): Document {
  const W = [cm(2.3), cm(3.0), cm(2.0), cm(2.4), cm(2.2), cm(3.0), cm(3.2)];
  const L = (t: string, o: CellOpt = {}) => C(t, { fill: 'EDEDED', size: 19, font: 'PMingLiU', ...o });
  const V = (t: string, o: CellOpt = {}) => C(t, { size: 19, ...o });
  const sec = (t: string) => [C(t, { span: 7, fill: 'C9C9C9', bold: true, font: 'PMingLiU' })];
  const sal = ['RMB 19,500', 'RMB 13,800', 'RMB 6,200', 'RMB 2,400'];
  const why = ['—', '寻求更大发展平台，随家人迁至苏州', '公司产品转型，想学结构设计', '学徒期满转正'];
  const work = newestFirst(p).map((j, i) => [V(j.company, { span: 2 }), V(j.title), V(`${fmt(j.start, 'YYYY/MM')}~${j.end ? fmt(j.end, 'YYYY/MM') : '至今'}`, { span: 2 }), V(sal[i]), V(why[i], { size: 17 })]);
  const rows: TableCell[][] = [
    [L('應徵職務'), V('资深机构工程师', { span: 2 }), L('希望待遇'), V('月薪 RMB 22,000'), L('可報到日'), V('2027/01/15')],
    [L('姓　　名'), V(p.name), L('性別'), V('男'), L('出生日期'), V('1990/06/21'), C([P([photo(76, 95)], { alignment: AlignmentType.CENTER })], { rows: 3 })],
    [L('身分證號碼'), V('431022********1836', { size: 16 }), L('血型'), V('O'), L('婚姻'), V('已婚')],
    [L('籍　　貫'), V('湖南郴州'), L('兵役'), V('无（大陆）'), L('身高/體重'), V('172cm / 68kg')],
    [L('手機'), V(p.phoneLocal, { span: 2 }), L('住宅電話'), V('—'), L('E-mail'), V(p.email)],
    [L('通訊地址'), V(p.address, { span: 6 })],
    [L('緊急聯絡人'), V('周敏'), L('關係'), V('妻'), L('聯絡電話'), V('137 1295 4408', { span: 2 })],
    sec('學　歷'),
    [L('學校名稱', { span: 2 }), L('科系', { span: 2 }), L('起訖年月', { span: 2 }), L('畢/肄業')],
    [V(p.education[0].school, { span: 2 }), V('模具设计与制造', { span: 2 }), V('2008/09~2011/06', { span: 2 }), V('毕业')],
    sec('經　歷（由最近填起）'),
    [L('公司名稱', { span: 2 }), L('職稱'), L('起訖年月', { span: 2 }), L('最後薪資'), L('離職原因')], ...work,
    sec('專長 / 技能'), [V(p.skills.map((s) => s.name).join('、'), { span: 7 })],
    sec('證照'), [V(p.certificates.join('、'), { span: 7 })],
    sec('語文能力（優 / 良 / 可）'),
    [L('語言'), L('聽'), L('說'), L('讀'), L('寫', { span: 3 })],
    [V('英文'), V('可'), V('可'), V('良'), V('可', { span: 3 })],
    [V('台語'), V('—'), V('—'), V('—'), V('—', { span: 3 })],
    sec('自　傳'),
    [V('我出生在湖南郴州，职校毕业后到东莞做模具学徒，一步一步做到机构工程师。在台资企业工作近五年，熟悉台资工厂的管理方式和 8D 等品质流程。希望加入贵公司，在车载与光电产品结构设计上继续发展。', { span: 7 })],
    [L('填表人簽名'), V('邓立军', { span: 2 }), L('填表日期'), V('2026/11/19', { span: 3 })],
    sec('以下由人事單位填寫'),
    [L('面試主管'), V('', { span: 2 }), L('面試意見'), V('', { span: 3 })],
  ];
  return doc(TW, 19, [{
    properties: A4(1.5),
    children: [
      P([R('台揚精密工業（蘇州）有限公司', { bold: true, size: 30, font: 'PMingLiU' })], { alignment: AlignmentType.CENTER }),
      P([R('應徵人員履歷表', { bold: true, size: 28, font: 'PMingLiU' })], { alignment: AlignmentType.CENTER }),
      P([R('表單編號：HR-F-002 Rev.3', { size: 16 })], { alignment: AlignmentType.RIGHT }),
      T(rows, W),
    ],
  }]);
}

/* ------------------------------------------------------------------ np-bsdates (p07) */
/** Nepali "BIO-DATA" for an NGO post in ruled tables: Bikram Sambat dates with the A.D. month in brackets, citizenship number, permanent and temporary address, trainings, declaration dated in B.S. */
export function npBsdates(p: Person): Document {
  const L = (t: string, o: CellOpt = {}) => C(t, { fill: 'F2F2F2', bold: true, size: 19, ...o });
  const V = (t: string, o: CellOpt = {}) => C(t, { size: 19, ...o });
  const hd = (t: string) => P([R(t, { bold: true, size: 22, underline: {} })], { spacing: { before: 220, after: 80 } });
  const bsd = (s: string, adStyle = 'Month YYYY') => { const b = bs(s); return `${b.y} ${b.name}\n(${fmt(s, adStyle)} A.D.)`; };
  const work = newestFirst(p).map((j, i) => [V(String(i + 1), { center: true }), V(j.company), V(j.title), V(bsd(j.start)), V(j.end ? bsd(j.end) : 'Till date'), V(durationEn(j))]);
  const bsYear = (s: string) => `${bs(s).y} B.S. (${ym(s).y})`;
  return doc('Times New Roman', 21, [{
    properties: A4(2),
    footers: { default: pageNo('Bio-data of Anjana Shrestha — ', 16) },
    children: [
      P([R('BIO-DATA', { bold: true, size: 32, underline: {} })], { alignment: AlignmentType.CENTER, spacing: { after: 200 } }),
      T([
        [L('Name'), V(p.name), C([P([photo(84, 105)], { alignment: AlignmentType.CENTER })], { rows: 6, w: cm(3.4) })],
        [L('Date of Birth'), V('2047/05/14 B.S. (30 August 1990 A.D.)')],
        [L('Citizenship No.'), V('24-01-73-04512 (issued Kavrepalanchok)')],
        [L('Permanent Address'), V('Banepa Municipality-5, Kavrepalanchok, Bagmati Province')],
        [L('Temporary Address'), V(p.address)],
        [L('Contact'), V(`Mobile: ${p.phoneLocal}\nOffice: ${p.otherPhones[0].number}\nE-mail: ${p.email}`)],
        [L('Marital Status'), V('Married', { span: 2 })],
      ], [cm(4), cm(9.6), cm(3.4)]),
      hd('ACADEMIC QUALIFICATION'),
      T([
        [L('S.N.'), L('Degree'), L('Board / University'), L('Passed Year'), L('Division')],
        [V('1'), V(p.education[0].degree), V(p.education[0].school), V(bsYear(p.education[0].end)), V(p.education[0].note!)],
        [V('2'), V(p.education[1].degree), V(p.education[1].school), V(bsYear(p.education[1].end)), V(p.education[1].note!)],
        [V('3'), V('Higher Secondary (+2), Humanities'), V('Higher Secondary Education Board'), V('2064 B.S. (2008)'), V('First Division')],
        [V('4'), V('School Leaving Certificate (S.L.C.)'), V('Office of the Controller of Examinations'), V('2062 B.S. (2006)'), V('First Division')],
      ], [cm(1.2), cm(5.2), cm(5.4), cm(2.9), cm(2.3)]),
      hd('WORK EXPERIENCE'),
      T([[L('S.N.'), L('Organization'), L('Position'), L('From'), L('To'), L('Duration')], ...work], [cm(1.1), cm(4.9), cm(3.4), cm(3.0), cm(2.7), cm(1.9)]),
      hd('KEY RESPONSIBILITIES (CURRENT POST)'), ...newestFirst(p)[0].duties.map((d) => P(`•  ${d}`)),
      hd('COMPUTER / TECHNICAL SKILLS'), ...p.skills.map((s) => P(`•  ${s.name}`)),
      hd('TRAININGS ATTENDED'), ...p.certificates.map((c) => P(`•  ${c}`)),
      hd('LANGUAGE PROFICIENCY'),
      T([[L('Language'), L('Speaking'), L('Reading'), L('Writing')], [V('Nepali'), V('Excellent'), V('Excellent'), V('Excellent')], [V('English'), V('Excellent'), V('Excellent'), V('Very good')], [V('Newari'), V('Good'), V('Fair'), V('Fair')], [V('Hindi'), V('Good'), V('Good'), V('Fair')]], [cm(4.2), cm(4.2), cm(4.2), cm(4.4)]),
      hd('REFERENCES'),
      T([[L('Name'), L('Designation / Organization'), L('Contact')], ...p.referees.map((r) => [V(r.name), V(`${r.role}, ${r.org}`), V(`${r.phone}${r.email ? `\n${r.email}` : ''}`)])], [cm(4.6), cm(7.2), cm(5.2)]),
      P('I hereby declare that the information furnished above is true and correct to the best of my knowledge.', { spacing: { before: 240 } }),
      P('Signature: ………………………', { spacing: { before: 300 } }), P(`Name: ${p.name}`), P('Date: 2083/08/04 B.S.'),
    ],
  }]);
}

/* ------------------------------------------------------------------ mo-boletim (p12) */
/** Macau public-sector application annex with Chinese / Portuguese labels (姓名 Nome, 機構 Entidade…), day-level dd/mm/yyyy periods, "至今 Até à presente data", declaration in both languages. */
export function moBoletim(p: Person): Document {
  const L = (t: string, o: CellOpt = {}) => C(t, { fill: 'EEF2F0', size: 18, font: 'PMingLiU', ...o });
  const V = (t: string, o: CellOpt = {}) => C(t, { size: 19, ...o });
  const sec = (t: string, span: number) => [C(t, { span, fill: 'C8D6CF', bold: true, font: 'PMingLiU' })];
  const d1 = (s: string) => dmy(day(s, 1));
  const dl = (s: string) => dmy(day(s, 'last'));
  const work = p.work.map((j) => [V(j.company), V(j.title), V(d1(j.start)), V(j.end ? dl(j.end) : '至今\nAté à presente data'), V(j.duties.join('；'), { size: 17 })]);
  const W5 = [cm(4.1), cm(2.8), cm(2.4), cm(2.6), cm(6.0)];
  return doc(TW, 19, [{
    properties: A4(1.7),
    footers: { default: new Footer({ children: [P([new TextRun({ children: ['第 ', PageNumber.CURRENT, ' 頁，共 ', PageNumber.TOTAL_PAGES, ' 頁  Página ', PageNumber.CURRENT, ' de ', PageNumber.TOTAL_PAGES], size: 15 })], { alignment: AlignmentType.CENTER })] }) },
    children: [
      P([R('個人履歷  Curriculum Vitae', { bold: true, size: 30, font: 'PMingLiU' })], { alignment: AlignmentType.CENTER }),
      P([R('（報考表附件 Anexo ao boletim de candidatura）　開考編號 Concurso n.º 0318/TSA-RH/2026', { size: 17, font: 'PMingLiU' })], { alignment: AlignmentType.CENTER, spacing: { after: 160 } }),
      T([
        sec('一、個人資料 Dados pessoais', 2),
        [L('姓名 Nome', { w: cm(5) }), V(`${p.name}　${p.latin}`)],
        [L('身份證明文件 Documento de identificação'), V('澳門永久性居民身份證 BIRP n.º 1/2••••9/3')],
        [L('出生日期 Data de nascimento'), V('26/01/1992')],
        [L('聯絡電話 Telefone'), V(`流動電話 Telemóvel：${p.phoneLocal}　　住宅 Residência：${p.otherPhones[0].number}`)],
        [L('電郵 Correio electrónico'), V(p.email)],
        [L('地址 Endereço'), V(p.address)],
      ], [cm(5), cm(12.9)]),
      P('', { spacing: { after: 60 } }),
      T([
        sec('二、學歷 Habilitações académicas', 5),
        [L('學校 Estabelecimento'), L('課程 Curso'), L('開始 Início'), L('結束 Fim'), L('學位 Grau')],
        [V(p.education[0].school), V('人力資源管理'), V('01/09/2010'), V('30/06/2014'), V('學士 Licenciatura')],
        sec('三、工作經驗 Experiência profissional', 5),
        [L('機構 Entidade'), L('職位 Cargo'), L('開始日期 Data de início'), L('結束日期 Data de fim'), L('主要職務 Funções principais')],
        ...work,
        sec('四、進修 Formação complementar', 5),
        [V('人力資源管理專業文憑（兼讀）Diploma em Gestão de Recursos Humanos', { span: 3 }), V('09/2017 – 06/2018', { span: 2 })],
        sec('五、專業技能 Competências profissionais', 5),
        [V(p.skills.map((s) => s.name).join('、'), { span: 5 })],
        sec('六、語言能力 Conhecimentos linguísticos', 5),
        [L('語言 Língua'), L('講 Falar'), L('寫 Escrever'), L('讀 Ler', { span: 2 })],
        [V('粵語 Cantonense'), V('母語'), V('—'), V('—', { span: 2 })], [V('普通話 Mandarim'), V('流利'), V('流利'), V('流利', { span: 2 })],
        [V('英語 Inglês'), V('良好'), V('良好'), V('良好', { span: 2 })], [V('葡萄牙語 Português'), V('基礎'), V('基礎'), V('基礎', { span: 2 })],
      ], W5),
      P('本人聲明以上資料全部屬實。Declaro que as informações acima prestadas são verdadeiras.', { spacing: { before: 240 } }),
      P(`簽名 Assinatura：${p.name}　　　　日期 Data：20/11/2026`, { spacing: { before: 200 } }),
    ],
  }]);
}

