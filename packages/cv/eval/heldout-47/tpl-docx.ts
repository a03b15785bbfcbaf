/** heldout-47 — the Word templates, built with the `docx` package. Each returns a Document. */
import * as D from 'docx';
import { deflateSync } from 'node:zlib';
import { printed, type Job, type Person } from './people.ts';
import { MONTHS, dotted, mmYYYY, monY, monthY, newest, nian, photoPng, slash, y, m } from './util.ts';
import { cols, wrap } from './tpl-txt.ts';

const T = (text: string, o: Record<string, unknown> = {}) => new D.TextRun({ text, ...o } as D.IRunOptions);
const P = (children: (D.ParagraphChild)[] | string, o: Partial<D.IParagraphOptions> = {}) =>
  new D.Paragraph({ children: typeof children === 'string' ? [T(children)] : children, ...o });
const A4 = { width: 11906, height: 16838 };
const page = (margin: number | { top: number; right: number; bottom: number; left: number }) => ({
  page: { size: A4, margin: typeof margin === 'number' ? { top: margin, right: margin, bottom: margin, left: margin } : margin },
});
const skills = (p: Person) => p.skills.map(printed);
const W = (n: number) => ({ size: n, type: D.WidthType.DXA });
const NOB = { style: D.BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: NOB, bottom: NOB, left: NOB, right: NOB, insideHorizontal: NOB, insideVertical: NOB };
const thin = (color = '808080') => ({ style: D.BorderStyle.SINGLE, size: 4, color });
const allThin = (c = '808080') => ({ top: thin(c), bottom: thin(c), left: thin(c), right: thin(c), insideHorizontal: thin(c), insideVertical: thin(c) });
const fill = (hex: string) => ({ type: D.ShadingType.CLEAR, fill: hex, color: 'auto' });
const cell = (children: D.Paragraph[] | string, o: Partial<D.ITableCellOptions> = {}) =>
  new D.TableCell({ children: typeof children === 'string' ? [P(children)] : children, ...o });

/** Canadian Press style month abbreviations ("Sept. 2024", "March 2019"). */
const CP = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const cp = (s: string) => `${CP[m(s) - 1]} ${y(s)}`;

// ─────────────────────────────────────────────────────────────────────────────
// A. redline — a Word CV sent back by a recruitment consultant (p02) / an executive-search consultant (p16) with Track
// Changes on: a new mobile / e-mail typed over the old one, a start month corrected, a skill struck out and another
// added, a referee's details deleted, an agency banner inserted in the header, comments in the margin.
export function redline(p: Person): D.Document {
  const mixed = p.language === 'mixed';
  const rev = { author: mixed ? 'Vivian Xu' : p.facts.recruiter, date: '2026-11-17T15:42:00Z' };
  let id = 100;
  const ins = (text: string, o: object = {}) => new D.InsertedTextRun({ id: id++, ...rev, text, ...o });
  const del = (text: string, o: object = {}) => new D.DeletedTextRun({ id: id++, ...rev, text, ...o });
  const font = mixed ? { ascii: 'Calibri', hAnsi: 'Calibri', eastAsia: 'Microsoft YaHei' } : 'Calibri';
  const H = (t: string) => P([T(t, { bold: true, size: 22, color: '1F4E79', font })], { spacing: { before: 200, after: 80 }, keepNext: true, border: { bottom: { style: D.BorderStyle.SINGLE, size: 6, color: '1F4E79', space: 1 } } });
  const tabs = [{ type: D.TabStopType.RIGHT, position: 9638 }];
  const commentDate = new Date('2026-11-17T15:45:00Z');
  const comments = mixed
    ? [
        { id: 0, author: 'Vivian Xu', initials: 'VX', date: commentDate, children: [P('入职月份请再确认：你发我的 P60 / offer letter 写的是 1 月，我先改成 Jan 2018。')] },
        { id: 1, author: 'Vivian Xu', initials: 'VX', date: commentDate, children: [P('宁波这段保留中文公司名，客户做背调时方便核实。有问题打我 +44 20 7946 0518。')] },
        { id: 2, author: 'Vivian Xu', initials: 'VX', date: commentDate, children: [P('推荐人信息先删掉，等客户进入 final round 再提供。')] },
      ]
    : [
        { id: 0, author: p.facts.recruiter, initials: 'ME', date: commentDate, children: [P('Rhiannon confirmed by phone that her start date was September, not August (P45). Changed. – Mark')] },
        { id: 1, author: p.facts.recruiter, initials: 'ME', date: commentDate, children: [P(`Keep this line in – clients prefer gaps explained. Call me if you'd rather word it differently: ${p.facts.agencyPhone}.`)] },
        { id: 2, author: p.facts.recruiter, initials: 'ME', date: commentDate, children: [P('We never send referee details before the client asks – removed.')] },
      ];
  const jobs = newest(p);
  const children: (D.Paragraph | D.Table)[] = [];
  // name + contact
  children.push(P([T(mixed ? `${p.name}  ${p.latinName}` : p.name, { bold: true, size: 40, font })], { spacing: { after: 40 } }));
  children.push(P([T(p.headline, { size: 22, color: '595959', font })], { spacing: { after: 60 } }));
  if (mixed) {
    children.push(P([T(`${p.city} · Mobile ${p.phoneLocal} · `, { font, size: 20 }), del(p.facts.oldEmail, { font, size: 20 }), ins(p.email, { font, size: 20 }), T(' · Right to work: ', { font, size: 20 }), del(p.facts.oldVisa, { font, size: 20 }), ins(p.facts.visa, { font, size: 20 })]));
  } else {
    children.push(P([T(`${p.facts.address} · Mobile: `, { font, size: 20 }), del(p.facts.oldPhone, { font, size: 20 }), ins(p.phoneLocal, { font, size: 20 }), T(` · ${p.email} · ${p.facts.site}`, { font, size: 20 })]));
  }
  // profile (one tracked word)
  children.push(H(mixed ? 'PROFILE 个人简介' : 'PROFILE'));
  if (mixed) children.push(P([T(p.summaryEn!.replace('eight in UK', 'eight in UK '), { font, size: 21 }), ins(' Mandarin and English; comfortable presenting to boards.', { font, size: 21 })]));
  else {
    const [a, b] = p.summary.split('actually ');
    children.push(P([T(a, { font, size: 21 }), del('actually ', { font, size: 21 }), T(b, { font, size: 21 })]));
  }
  // skills
  children.push(H(mixed ? 'KEY SKILLS 核心技能' : 'KEY SKILLS'));
  const sk = skills(p);
  const struck = mixed ? { after: 'SQL', text: ', MATLAB' } : { after: 'Python (pandas)', text: ', SPSS' };
  const added = mixed ? 'Network design' : 'QGIS';
  for (const s of sk) {
    if (s === added) children.push(P([ins(s, { font, size: 21 })], { bullet: { level: 0 } }));
    else if (s === struck.after) children.push(P([T(s, { font, size: 21 }), del(struck.text, { font, size: 21 })], { bullet: { level: 0 } }));
    else children.push(P([T(s, { font, size: 21 })], { bullet: { level: 0 } }));
  }
  // employment
  children.push(H(mixed ? 'EMPLOYMENT HISTORY 工作经历' : 'EMPLOYMENT HISTORY'));
  const fixStart = mixed ? '2018-01' : '2019-09';
  for (const j of jobs) {
    const title = mixed ? `${j.titleEn}${/[\u4e00-\u9fff]/.test(j.company) ? ` (${j.title})` : ''}` : j.title;
    const dateRuns: D.ParagraphChild[] =
      j.start === fixStart
        ? [new D.CommentRangeStart(0), del(mixed ? 'Feb' : 'Aug', { font, size: 21 }), ins(monY(j.start).slice(0, 3), { font, size: 21 }), T(` ${y(j.start)} – ${j.end ? monY(j.end) : 'Present'}`, { font, size: 21 }), new D.CommentRangeEnd(0), new D.TextRun({ children: [new D.CommentReference(0)] })]
        : [T(`${monY(j.start)} – ${j.end ? monY(j.end) : 'Present'}`, { font, size: 21 })];
    const companyRuns: D.ParagraphChild[] = mixed && /[\u4e00-\u9fff]/.test(j.company) ? [new D.CommentRangeStart(1), T(j.company, { bold: true, font, size: 21 }), new D.CommentRangeEnd(1), new D.TextRun({ children: [new D.CommentReference(1)] })] : [T(j.company, { bold: true, font, size: 21 })];
    children.push(P([T(`${title}, `, { bold: true, font, size: 21 }), ...companyRuns, new D.TextRun({ children: [new D.Tab()] }), ...dateRuns], { tabStops: tabs, spacing: { before: 140 }, keepNext: true }));
    children.push(P([T(`${j.cityEn ?? j.city}${j.cityEn ? ', China' : ''}`, { italics: true, color: '595959', font, size: 20 })], { keepNext: true }));
    for (const b of j.bulletsEn ?? j.bullets) children.push(P([T(b, { font, size: 21 })], { bullet: { level: 0 } }));
    if (!mixed && j.start === '2019-09') {
      const g = p.gaps![0];
      children.push(P([new D.CommentRangeStart(1), T('Career break', { bold: true, font, size: 21 }), new D.TextRun({ children: [new D.Tab()] }), T(`${monY(g.start)} – ${monY(g.end)}`, { font, size: 21 }), new D.CommentRangeEnd(1), new D.TextRun({ children: [new D.CommentReference(1)] })], { tabStops: tabs, spacing: { before: 140 } }));
      children.push(P([T(g.text.replace('Career break — ', '').replace(/^f/, 'F') + '.', { font, size: 21 })]));
    }
    if (mixed && j.start === '2018-01') {
      const g = p.gaps![0];
      children.push(P([T('MSc study and job search', { bold: true, font, size: 21 }), new D.TextRun({ children: [new D.Tab()] }), T(`${monY(g.start)} – ${monY(g.end)}`, { font, size: 21 })], { tabStops: tabs, spacing: { before: 140 } }));
    }
  }
  children.push(H(mixed ? 'EDUCATION 教育背景' : 'EDUCATION'));
  for (const e of p.education) children.push(P([T(`${e.degreeEn ?? e.degree}, `, { bold: true, font, size: 21 }), T(`${e.school}${e.schoolEn ? ` (${e.schoolEn})` : ''}`, { font, size: 21 }), new D.TextRun({ children: [new D.Tab()] }), T(`${y(e.start)} – ${y(e.end)}`, { font, size: 21 })], { tabStops: tabs }));
  children.push(H(mixed ? 'LANGUAGES & CERTIFICATIONS 语言及证书' : 'LANGUAGES & MEMBERSHIPS'));
  children.push(P([T(p.languages.join(' · '), { font, size: 21 })]));
  children.push(P([T(p.certs.join(' · '), { font, size: 21 })]));
  children.push(H(mixed ? 'REFERENCES 推荐人' : 'REFERENCES'));
  const referee = mixed ? 'Prof. Alan Whitby, Programme Director, University of the West Riding — 0113 496 0877 — a.whitby@uwr.ac.uk' : 'Dr Gwen Morgan, Director of Research, Brightwell Policy Institute — 0117 496 0520 — g.morgan@brightwell-policy.org.uk';
  children.push(P([new D.CommentRangeStart(2), del(referee, { font, size: 21 }), new D.CommentRangeEnd(2), new D.TextRun({ children: [new D.CommentReference(2)] }), ins('Available on request.', { font, size: 21 })]));
  const banner = mixed
    ? `${p.facts.reviewerFirm} · Candidate profile prepared by ${p.facts.reviewer} · ${p.facts.reviewerPhone} · ${p.facts.reviewerEmail} · CONFIDENTIAL`
    : `Presented by ${p.facts.agency} · ${p.facts.recruiter} · ${p.facts.agencyPhone} · ${p.facts.agencyEmail} · Ref TB-40817`;
  return new D.Document({
    creator: p.name,
    lastModifiedBy: rev.author,
    features: { trackRevisions: true },
    comments: { children: comments },
    styles: { default: { document: { run: { font: mixed ? 'Calibri' : 'Calibri', size: 21 } } } },
    sections: [
      {
        properties: page(1134),
        headers: { default: new D.Header({ children: [P([ins(banner, { size: 14, color: '7F7F7F', font })], { alignment: D.AlignmentType.RIGHT })] }) },
        children,
      },
    ],
  });
}

// ─────────────────────────────────────────────────────────────────────────────
// B. keyword-stuffed — an "ATS-optimised" Word résumé made on social-media advice: plain one column, "Core
// Competencies" joined by bullets, company / title | MM/YYYY lines — and, at the end, the job advert's keywords
// pasted in 1-pt white text (invisible on paper, present in the text layer).
export function keywordStuffed(p: Person): D.Document {
  const mixed = p.language === 'mixed';
  const font = mixed ? { ascii: 'Arial', hAnsi: 'Arial', eastAsia: 'PMingLiU' } : 'Arial';
  const R = (t: string, o: object = {}) => T(t, { font, size: 20, ...o });
  const H = (t: string) => P([R(t, { bold: true, size: 22 })], { spacing: { before: 220, after: 60 }, border: { bottom: { style: D.BorderStyle.SINGLE, size: 8, color: '000000', space: 1 } } });
  const c: D.Paragraph[] = [];
  c.push(P([R(mixed ? `${p.name}  ${p.latinName}` : p.name.toUpperCase(), { bold: true, size: 34 })], { alignment: D.AlignmentType.CENTER }));
  c.push(P([R(mixed ? 'Assistant Manager, Fund Administration' : p.headline, { size: 22 })], { alignment: D.AlignmentType.CENTER }));
  const contact = mixed
    ? `${p.cityEn} | Mobile: ${p.phoneLocal} | Office: ${p.facts.office} | ${p.email}`
    : `${p.city} | ${p.phoneLocal} | ${p.email} | ${p.facts.linkedin}`;
  c.push(P([R(contact)], { alignment: D.AlignmentType.CENTER, spacing: { after: 120 } }));
  c.push(H('PROFESSIONAL SUMMARY'));
  c.push(P([R(mixed ? p.summaryEn! : p.summary)]));
  c.push(H('CORE COMPETENCIES'));
  const sk = skills(p);
  for (let i = 0; i < sk.length; i += 3) c.push(P([R(sk.slice(i, i + 3).join('  •  '))], { alignment: D.AlignmentType.CENTER }));
  c.push(H('PROFESSIONAL EXPERIENCE'));
  for (const j of newest(p)) {
    c.push(P([R(j.company, { bold: true }), R(` — ${j.cityEn ?? j.city}`)], { spacing: { before: 140 }, keepNext: true }));
    c.push(P([R(`${j.titleEn ?? j.title} | ${mmYYYY(j.start)} – ${j.end ? mmYYYY(j.end) : 'Present'}`, { italics: true })], { keepNext: true }));
    for (const b of j.bulletsEn ?? j.bullets) c.push(P([R(b)], { bullet: { level: 0 } }));
  }
  c.push(H('EDUCATION'));
  for (const e of p.education) c.push(P([R(`${e.degree} — ${e.school}, ${e.city} | ${mmYYYY(e.start)} – ${mmYYYY(e.end)}`)]));
  c.push(H('CERTIFICATIONS'));
  for (const x of p.certs) c.push(P([R(x)], { bullet: { level: 0 } }));
  c.push(H('LANGUAGES'));
  c.push(P([R(p.languages.join(' | '))]));
  if (mixed) c.push(P([R(`Current salary: ${p.facts.salary} | Expected: ${p.facts.expected} | Notice: ${p.facts.notice}`)], { spacing: { before: 120 } }));
  const hidden = mixed
    ? 'fund administration transfer agency NAV oversight Aladdin SimCorp Dimension Murex Calypso IFRS 9 UCITS AIFMD OFC SFC Type 9 investor onboarding FATCA CRS Python SQL Power BI Alteryx stakeholder management team leadership process improvement'
    : 'CRM manager lifecycle marketing retention customer data platform CDP Klaviyo Iterable Adobe Campaign Marketo Tableau Snowflake dbt Python predictive churn modelling loyalty programme personalisation omnichannel journey orchestration Agile Jira stakeholder management budget ownership';
  c.push(P([T(hidden, { font: 'Arial', size: 2, color: 'FFFFFF' })]));
  return new D.Document({ creator: p.name, styles: { default: { document: { run: { font: 'Arial', size: 20 } } } }, sections: [{ properties: page(1000), children: c }] });
}

// ─────────────────────────────────────────────────────────────────────────────
// C. fengmian — the Chinese graduate-style Word file: page 1 a 封面 (cover) with 姓名 / 求职意向 / 联系电话 fields on
// underlines, page 2 a 自荐信 (self-recommendation letter), page 3 the one-page 个人简历 itself.
export function fengmian(p: Person): D.Document {
  const font = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' };
  const hei = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: '黑体' };
  const R = (t: string, o: object = {}) => T(t, { font, size: 21, ...o });
  const c: D.Paragraph[] = [];
  // cover
  c.push(P([R('')], { spacing: { before: 1800 } }));
  c.push(P([R('个 人 简 历', { font: hei, size: 80, bold: true, color: '1F4E79' })], { alignment: D.AlignmentType.CENTER }));
  c.push(P([R('PERSONAL   RESUME', { font: hei, size: 28, color: '1F4E79', characterSpacing: 60 })], { alignment: D.AlignmentType.CENTER, spacing: { after: 400 }, border: { bottom: { style: D.BorderStyle.DOUBLE, size: 18, color: '1F4E79', space: 8 } } }));
  c.push(P([R('用心设计 · 用设计沟通', { font: hei, size: 28, color: '7F7F7F' })], { alignment: D.AlignmentType.CENTER, spacing: { before: 300, after: 2600 } }));
  const field = (k: string, v: string) => P([R(k, { font: hei, size: 28 }), R(`  ${v}${' '.repeat(Math.max(2, 40 - cols(v)))}`, { size: 28, underline: { type: D.UnderlineType.SINGLE } })], { indent: { left: 2000 }, spacing: { after: 260 } });
  c.push(field('姓　　名：', p.name));
  c.push(field('求职意向：', 'UI 设计师 / 视觉设计师'));
  c.push(field('毕业院校：', p.education[0].school));
  c.push(field('联系电话：', p.phoneLocal));
  c.push(field('电子邮箱：', p.email));
  // letter
  c.push(P([R('自　荐　信', { font: hei, size: 36, bold: true })], { alignment: D.AlignmentType.CENTER, pageBreakBefore: true, spacing: { after: 300 } }));
  const body = [
    '尊敬的领导：',
    '您好！感谢您在百忙之中抽出时间阅读我的自荐信。',
    `我叫${p.name}，${y(p.education[0].end)}年毕业于${p.education[0].school}视觉传达设计专业。毕业后我一直从事设计工作，先后在武汉楚岚文化传媒有限公司担任平面设计师，在武汉鹿鸣互动科技有限公司担任 UI 设计师，现任武汉星澜数字科技有限公司高级 UI 设计师，累计七年设计经验。`,
    '在工作中，我负责过在线教育 App、后台管理系统、智慧文旅小程序和数据大屏等项目，能够独立完成从需求分析、交互原型到视觉稿和设计规范的全流程工作，也带过两名设计师。2024 年初我曾离职四个月，系统整理作品集并承接了一些自由设计项目。',
    '我性格开朗，做事认真负责，乐于学习新工具和新方法。贵公司在文旅数字化领域的产品让我非常向往，希望能有机会加入贵公司，为团队贡献自己的力量。',
    '随信附上个人简历，恳请您给予面试的机会。期待您的回复！',
  ];
  body.forEach((t, i) => c.push(P([R(t, { size: 24 })], { indent: i === 0 ? {} : { firstLine: 480 }, spacing: { line: 400, after: 80 } })));
  c.push(P([R('此致', { size: 24 })], { indent: { firstLine: 480 }, spacing: { before: 200 } }));
  c.push(P([R('敬礼！', { size: 24 })]));
  c.push(P([R(`自荐人：${p.name}`, { size: 24 })], { alignment: D.AlignmentType.RIGHT, spacing: { before: 400 } }));
  c.push(P([R('2026年11月18日', { size: 24 })], { alignment: D.AlignmentType.RIGHT }));
  // résumé page
  const H = (t: string) => P([R(t, { font: hei, size: 24, bold: true, color: '1F4E79' })], { spacing: { before: 160, after: 60 }, border: { bottom: { style: D.BorderStyle.SINGLE, size: 8, color: '1F4E79', space: 1 } } });
  c.push(P([R('个人简历', { font: hei, size: 36, bold: true })], { alignment: D.AlignmentType.CENTER, pageBreakBefore: true, spacing: { after: 120 } }));
  const kv = (a: string, b: string) => P([R(a), new D.TextRun({ children: [new D.Tab()] }), R(b)], { tabStops: [{ type: D.TabStopType.LEFT, position: 4800 }] });
  c.push(H('基本信息'));
  c.push(kv(`姓　　名：${p.name}`, `性　　别：${p.facts.gender}`));
  c.push(kv(`出生年月：${p.facts.born}`, `籍　　贯：${p.facts.hometown}`));
  c.push(kv(`政治面貌：${p.facts.political}`, `学　　历：本科`));
  c.push(kv(`联系电话：${p.phoneLocal}`, `电子邮箱：${p.email}`));
  c.push(P([R('求职意向：UI 设计师 / 视觉设计师（武汉）')]));
  c.push(H('教育背景'));
  const e = p.education[0];
  c.push(P([R(`${dotted(e.start)}—${dotted(e.end)}　　${e.school}　　${e.degree}`, { bold: true })]));
  c.push(P([R('主修课程：版式设计、字体设计、交互设计、三维设计基础、品牌形象设计')]));
  c.push(H('工作经历'));
  for (const j of newest(p)) {
    c.push(P([R(`${dotted(j.start)}—${j.end ? dotted(j.end) : '至今'}　　${j.company}　　${j.title}`, { bold: true })], { spacing: { before: 80 } }));
    j.bullets.forEach((b, i) => c.push(P([R(`${i + 1}. ${b}`)], { indent: { left: 420 } })));
    if (j.start === '2024-06') {
      const g = p.gaps![0];
      c.push(P([R(`${dotted(g.start)}—${dotted(g.end)}　　${g.text}`, { bold: true })], { spacing: { before: 80 } }));
    }
  }
  c.push(H('专业技能'));
  c.push(P([R('◆ ' + skills(p).join('　◆ '))]));
  c.push(P([R('熟悉 B 端、C 端产品设计流程，能独立输出高保真原型、切图标注及设计规范文档。')]));
  c.push(H('证书与语言'));
  c.push(P([R([...p.certs, ...p.languages].join('；'))]));
  c.push(H('自我评价'));
  c.push(P([R('审美在线，执行力强，注重细节；具备良好的沟通能力和团队协作精神，能承受一定工作压力。作品集：' + p.facts.portfolio)]));
  return new D.Document({ creator: p.name, styles: { default: { document: { run: { font: '宋体', size: 21 } } } }, sections: [{ properties: page({ top: 1200, bottom: 1000, left: 1300, right: 1300 }), children: c }] });
}

// ─────────────────────────────────────────────────────────────────────────────
// K. cl-antecedentes — a Chilean CV written in English for a foreign mining company: "Antecedentes" sections
// (personal / academic / work background) as ruled tables, RUT and comuna in the particulars, "to date",
// references with mobiles, salary expectation ("pretensiones de renta") and availability, page x of y footer.
export function clAntecedentes(p: Person): D.Document {
  const R = (t: string, o: object = {}) => T(t, { font: 'Arial', size: 19, ...o });
  const H = (t: string) => P([R(t, { bold: true, size: 21, underline: { type: D.UnderlineType.SINGLE } })], { spacing: { before: 240, after: 100 } });
  const kvTable = (rows: [string, string][]) =>
    new D.Table({
      width: W(9638),
      columnWidths: [3000, 6638],
      borders: allThin('A6A6A6'),
      rows: rows.map(([k, v]) => new D.TableRow({ children: [cell([P([R(k, { bold: true })])], { width: W(3000), shading: fill('F2F2F2') }), cell([P([R(v)])], { width: W(6638) })] })),
    });
  const c: (D.Paragraph | D.Table)[] = [];
  c.push(P([R('CURRICULUM VITAE', { bold: true, size: 30, underline: { type: D.UnderlineType.SINGLE } })], { alignment: D.AlignmentType.CENTER }));
  c.push(P([R(p.name.toUpperCase(), { bold: true, size: 24 })], { alignment: D.AlignmentType.CENTER, spacing: { before: 80 } }));
  c.push(P([R('Metallurgical Civil Engineer (Ingeniera Civil Metalúrgica)', { italics: true })], { alignment: D.AlignmentType.CENTER }));
  c.push(H('I. PERSONAL BACKGROUND (Antecedentes Personales)'));
  c.push(
    kvTable([
      ['Full name', p.name],
      ['RUT (national ID no.)', p.facts.rut],
      ['Date of birth', p.facts.dob],
      ['Nationality', p.facts.nationality],
      ['Marital status', p.facts.marital],
      ['Address', p.facts.address],
      ['Comuna / Region', p.facts.comuna],
      ['Mobile phone', p.phoneLocal],
      ['Landline', p.facts.landline],
      ['E-mail', p.email],
      ['Driving licence', 'Class B (Chile)'],
    ]),
  );
  c.push(H('II. ACADEMIC BACKGROUND (Antecedentes Académicos)'));
  c.push(
    new D.Table({
      width: W(9638),
      columnWidths: [2300, 3900, 3438],
      borders: allThin('A6A6A6'),
      rows: [
        new D.TableRow({ tableHeader: true, children: ['Period', 'Institution', 'Degree / Programme'].map((h) => cell([P([R(h, { bold: true })])], { shading: fill('D9E2F3') })) }),
        ...p.education.map((e) => new D.TableRow({ children: [cell([P([R(`${monthY(e.start)} – ${monthY(e.end)}`)])]), cell([P([R(`${e.school}, ${e.city}`)])]), cell([P([R(e.degree)])])] })),
      ],
    }),
  );
  c.push(H('III. WORK BACKGROUND (Antecedentes Laborales)'));
  const rows: D.TableRow[] = [new D.TableRow({ tableHeader: true, children: ['Period', 'Company', 'Position', 'Site / City'].map((h) => cell([P([R(h, { bold: true })])], { shading: fill('D9E2F3') })) })];
  for (const j of newest(p)) {
    rows.push(new D.TableRow({ cantSplit: true, children: [cell([P([R(`${monthY(j.start)} – ${j.end ? monthY(j.end) : 'to date'}`)])]), cell([P([R(j.company, { bold: true })])]), cell([P([R(j.title)])]), cell([P([R(j.city)])])] }));
    rows.push(new D.TableRow({ cantSplit: true, children: [cell([P([R('Main duties:', { italics: true })]), ...j.bullets.map((b) => P([R(b)], { bullet: { level: 0 } }))], { columnSpan: 4 })] }));
  }
  c.push(new D.Table({ width: W(9638), columnWidths: [2250, 3050, 2650, 1688], borders: allThin('A6A6A6'), rows }));
  c.push(H('IV. TECHNICAL SKILLS (Conocimientos Técnicos)'));
  const sk = skills(p);
  c.push(
    new D.Table({
      width: W(9638),
      columnWidths: [4819, 4819],
      borders: allThin('A6A6A6'),
      rows: Array.from({ length: Math.ceil(sk.length / 2) }, (_, i) => new D.TableRow({ children: [cell([P([R(`• ${sk[2 * i]}`)])]), cell([P([R(sk[2 * i + 1] ? `• ${sk[2 * i + 1]}` : '')])])] })),
    }),
  );
  c.push(H('V. COURSES AND CERTIFICATIONS'));
  for (const x of p.certs) c.push(P([R(x)], { bullet: { level: 0 } }));
  c.push(H('VI. LANGUAGES'));
  for (const x of p.languages) c.push(P([R(x)], { bullet: { level: 0 } }));
  c.push(H('VII. REFERENCES'));
  c.push(P([R('Rodrigo Araya Soto — Plant Manager, Minera Quebrada Honda SpA — +56 9 8123 4471')]));
  c.push(P([R('Javiera Contreras Muñoz — Partner, Hidrometalurgia Andina Consultores Ltda. — +56 2 2946 1180')]));
  c.push(H('VIII. SALARY EXPECTATION AND AVAILABILITY (Pretensiones de Renta y Disponibilidad)'));
  c.push(kvTable([['Salary expectation', p.facts.salary], ['Availability', p.facts.availability], ['Roster', 'Available for 7x7 or 4x3 FIFO rosters']]));
  c.push(P([R('Antofagasta, November 2026', { italics: true })], { alignment: D.AlignmentType.RIGHT, spacing: { before: 300 } }));
  return new D.Document({
    creator: p.name,
    styles: { default: { document: { run: { font: 'Arial', size: 19 } } } },
    sections: [
      {
        properties: page({ top: 1300, bottom: 1200, left: 1134, right: 1134 }),
        footers: { default: new D.Footer({ children: [P([R(`${p.name} – Curriculum Vitae – page `, { size: 16, color: '7F7F7F' }), new D.TextRun({ children: [D.PageNumber.CURRENT], size: 16, color: '7F7F7F', font: 'Arial' }), R(' of ', { size: 16, color: '7F7F7F' }), new D.TextRun({ children: [D.PageNumber.TOTAL_PAGES], size: 16, color: '7F7F7F', font: 'Arial' })], { alignment: D.AlignmentType.CENTER })] }) },
        children: c,
      },
    ],
  });
}

// ─────────────────────────────────────────────────────────────────────────────
// L. side-tabs — a designed Word CV laid out as one table: a name row across the top, then one row per section with
// the section title rotated 90° (cell text direction bottom-to-top) in a narrow dark cell on the left, the section
// content in the wide right cell; company with the dates on a right tab ("Jun 2024 – now").
export function sideTabs(p: Person): D.Document {
  const R = (t: string, o: object = {}) => T(t, { font: 'Segoe UI', size: 19, ...o });
  const widths = [760, 9486];
  const label = (t: string) =>
    cell([P([R(t, { bold: true, color: 'FFFFFF', size: 19, characterSpacing: 30 })], { alignment: D.AlignmentType.CENTER })], {
      width: W(widths[0]),
      textDirection: D.TextDirection.BOTTOM_TO_TOP_LEFT_TO_RIGHT,
      verticalAlign: D.VerticalAlign.CENTER,
      shading: fill('2E3B4E'),
    });
  const content = (ps: D.Paragraph[]) => cell(ps, { width: W(widths[1]), margins: { left: 220, right: 160, top: 100, bottom: 100 } });
  const row = (t: string, ps: D.Paragraph[], min = 1500) => new D.TableRow({ height: { value: Math.max(min, t.length * 190 + 560), rule: D.HeightRule.ATLEAST }, children: [label(t), content(ps)] });
  const tab = [{ type: D.TabStopType.RIGHT, position: widths[1] - 420 }];
  const dt = (j: { start: string; end: string | null }) => `${monY(j.start)} – ${j.end ? monY(j.end) : 'now'}`;
  const exp: D.Paragraph[] = [];
  for (const j of newest(p)) {
    exp.push(P([R(j.company, { bold: true, size: 21 }), new D.TextRun({ children: [new D.Tab()] }), R(dt(j), { color: '5A6B7D' })], { tabStops: tab, spacing: { before: 100 }, keepNext: true }));
    exp.push(P([R(`${j.title} · ${j.city}`, { italics: true })], { keepNext: true }));
    for (const b of j.bullets) exp.push(P([R(b)], { bullet: { level: 0 } }));
  }
  const sk = skills(p);
  const skillPs = Array.from({ length: Math.ceil(sk.length / 2) }, (_, i) => P([R(`▸ ${sk[2 * i]}`), new D.TextRun({ children: [new D.Tab()] }), R(sk[2 * i + 1] ? `▸ ${sk[2 * i + 1]}` : '')], { tabStops: [{ type: D.TabStopType.LEFT, position: 4500 }] }));
  const rows: D.TableRow[] = [
    new D.TableRow({
      children: [
        cell(
          [
            P([R(p.name, { bold: true, size: 44, color: '2E3B4E' })]),
            P([R(p.headline, { size: 22, color: '5A6B7D' })]),
            P([R(`☎ ${p.phoneLocal}   ✉ ${p.email}   ⌂ ${p.city}${p.facts.github ? `   ⌘ ${p.facts.github} · ${p.facts.handle}` : ''}`)], { spacing: { before: 80 } }),
          ],
          { columnSpan: 2, margins: { left: 220, top: 160, bottom: 160 }, shading: fill('E9EDF2') },
        ),
      ],
    }),
    row('PROFILE', [P([R(p.summary)])], 1300),
    row('EXPERIENCE', exp),
    row('SKILLS', skillPs, 1200),
    row('EDUCATION', p.education.map((e) => P([R(`${e.degree}, ${e.school}`, { bold: true }), new D.TextRun({ children: [new D.Tab()] }), R(`${monY(e.start)} – ${monY(e.end)}`, { color: '5A6B7D' })], { tabStops: tab })), 1400),
    row(p.id === 'p07' ? 'LICENCES' : 'CERTS', p.certs.map((x) => P([R(x)], { bullet: { level: 0 } })), 1300),
    row('LANGUAGES', [P([R(p.languages.join(' · '))])], 1550),
  ];
  if (p.id === 'p07') rows.push(row('REFEREES', [P([R(p.facts.ref1)]), P([R(p.facts.ref2)])], 1400));
  const table = new D.Table({ width: W(widths[0] + widths[1]), columnWidths: widths, layout: D.TableLayoutType.FIXED, borders: { ...noBorders, insideHorizontal: { style: D.BorderStyle.SINGLE, size: 12, color: 'FFFFFF' } }, rows });
  return new D.Document({ creator: p.name, styles: { default: { document: { run: { font: 'Segoe UI', size: 19 } } } }, sections: [{ properties: page({ top: 620, bottom: 560, left: 830, right: 830 }), children: [table, P('')] }] });
}

// ─────────────────────────────────────────────────────────────────────────────
// M. parallel-cells — a Chinese company 应聘人员登记表 in Word filled in the way many people fill it: the whole work
// history typed into ONE row, each column cell holding several lines (one per job) that only line up visually;
// where a company name wraps, the filler pressed Enter in the other cells to keep the lines level. Photo cell,
// family members with their phones, 本人承诺 with signature.
export function parallelCells(p: Person): D.Document {
  const isHr = p.id === 'p08';
  const font = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' };
  const R = (t: string, o: object = {}) => T(t, { font, size: 18, ...o });
  const C = (t: string | string[], o: Partial<D.ITableCellOptions> = {}, bold = false, center = true) =>
    cell((Array.isArray(t) ? t : [t]).map((x) => P([R(x, { bold })], { alignment: center ? D.AlignmentType.CENTER : D.AlignmentType.LEFT })), { verticalAlign: D.VerticalAlign.CENTER, ...o });
  const Lb = (t: string, o: Partial<D.ITableCellOptions> = {}) => C(t, { shading: fill('F2F2F2'), ...o }, true);
  const w = [1150, 1750, 1100, 1500, 1300, 1238, 1600];
  const photo = new D.ImageRun({ type: 'png', data: photoPng(150, 200), transformation: { width: 86, height: 115 } });
  const jobs = newest(p);
  // which company lines wrap in the 4.7 cm cell: the filler added a blank line in the other cells after them
  const wrapAt = 13;
  const coLines = jobs.map((j) => (isHr && j.company.startsWith('东莞') ? `${j.company}（长安镇）` : !isHr && j.company.startsWith('四川') ? `${j.company}（高新区）` : j.company));
  const extra = coLines.map((l) => (l.length > wrapAt ? 1 : 0));
  const col = (vals: string[]) => vals.flatMap((v, i) => (extra[i] ? [v, ''] : [v]));
  const dates = jobs.map((j) => (isHr ? `${dotted(j.start)}—${j.end ? dotted(j.end) : '至今'}` : `${y(j.start)}.${m(j.start)}-${j.end ? `${y(j.end)}.${m(j.end)}` : '至今'}`));
  const refs = isHr ? ['（在职，暂不提供）', '陈志强 0769-8530 2217', '王丽 13802561947', '王丽 13802561947'] : ['（在职）', '赵磊 13308026617', '刘洋 18982 310 554', '刘洋 18982 310 554'];
  const cellLines = (vals: string[], o: Partial<D.ITableCellOptions> = {}) => cell(vals.map((v) => P([R(v)], { spacing: { after: 40 } })), { verticalAlign: D.VerticalAlign.TOP, ...o });
  const fam = isHr
    ? [['丈夫', '邓永健', '深圳市宝安区某物流公司', '137 2409 6618'], ['母亲', '古秀英', '退休', '0753-2281 406']]
    : [['妻子', '杨雪', '成都市某小学', '159 8214 0372'], ['父亲', '吴建国', '乐山市某建筑公司', '138 9063 1275']];
  const rows = [
    new D.TableRow({ height: { value: 520, rule: D.HeightRule.ATLEAST }, children: [Lb('姓　名'), C(p.name), Lb('性　别'), C(p.facts.gender), Lb('出生年月'), C(p.facts.birthYm.replace('-', '.')), cell([P([photo], { alignment: D.AlignmentType.CENTER })], { rowSpan: 4, verticalAlign: D.VerticalAlign.CENTER })] }),
    new D.TableRow({ height: { value: 520, rule: D.HeightRule.ATLEAST }, children: [Lb('民　族'), C('汉族'), Lb('籍　贯'), C(p.facts.hometown), Lb('政治面貌'), C(p.facts.political)] }),
    new D.TableRow({ height: { value: 520, rule: D.HeightRule.ATLEAST }, children: [Lb('学　历'), C('本科'), Lb('专　业'), C(p.education[0].degree.replace(' 本科', '')), Lb('婚姻状况'), C('已婚')] }),
    new D.TableRow({ height: { value: 520, rule: D.HeightRule.ATLEAST }, children: [Lb('联系电话'), C(p.phone.replace('+86', ''), { columnSpan: 2 }), Lb('电子邮箱'), C(p.email, { columnSpan: 2 })] }),
    new D.TableRow({ height: { value: 520, rule: D.HeightRule.ATLEAST }, children: [Lb('现居住地址'), C(isHr ? p.facts.address : '成都市高新区天府三街', { columnSpan: 6 }, false, false)] }),
    new D.TableRow({ height: { value: 520, rule: D.HeightRule.ATLEAST }, children: [Lb('应聘岗位'), C(isHr ? '人力资源经理' : '后端技术经理'), Lb('期望薪资'), C(isHr ? '面议' : '35K×14'), Lb('到岗时间'), C('一个月内', { columnSpan: 2 })] }),
    new D.TableRow({ children: [Lb('学习经历', { rowSpan: 2 }), Lb('起止时间'), Lb('毕业学校', { columnSpan: 2 }), Lb('专　业', { columnSpan: 2 }), Lb('学　历')] }),
    new D.TableRow({
      height: { value: 700, rule: D.HeightRule.ATLEAST },
      children: [
        cellLines([`${dotted(p.education[0].start)}—${dotted(p.education[0].end)}`, isHr ? '2007.09—2010.06' : '2008.09—2011.06']),
        cellLines([p.education[0].school, isHr ? '梅州市雁南中学' : '乐山市嘉州中学'], { columnSpan: 2 }),
        cellLines([p.education[0].degree.replace(' 本科', ''), '—'], { columnSpan: 2 }),
        cellLines(['本科', '高中']),
      ],
    }),
    new D.TableRow({ children: [Lb('工作经历', { rowSpan: 2 }), Lb('起止时间'), Lb('工作单位', { columnSpan: 2 }), Lb('职　务'), Lb('证明人及电话', { columnSpan: 2 })] }),
    new D.TableRow({
      height: { value: 1800, rule: D.HeightRule.ATLEAST },
      children: [cellLines(col(dates)), cellLines(coLines, { columnSpan: 2 }), cellLines(col(jobs.map((j) => j.title))), cellLines(col(refs), { columnSpan: 2 })],
    }),
    new D.TableRow({ height: { value: 800, rule: D.HeightRule.ATLEAST }, children: [Lb('主要工作业绩'), cellLines([...jobs[0].bullets, ...jobs[1].bullets], { columnSpan: 6 })] }),
    new D.TableRow({ height: { value: 600, rule: D.HeightRule.ATLEAST }, children: [Lb('专业技能'), C(skills(p).join('、'), { columnSpan: 6 }, false, false)] }),
    new D.TableRow({ height: { value: 520, rule: D.HeightRule.ATLEAST }, children: [Lb('资格证书'), C([...p.certs, ...p.languages].join('；'), { columnSpan: 6 }, false, false)] }),
    new D.TableRow({ children: [Lb('家庭主要成员', { rowSpan: 3 }), Lb('称　谓'), Lb('姓　名'), Lb('工作单位', { columnSpan: 2 }), Lb('联系电话', { columnSpan: 2 })] }),
    ...fam.map((f) => new D.TableRow({ height: { value: 460, rule: D.HeightRule.ATLEAST }, children: [C(f[0]), C(f[1]), C(f[2], { columnSpan: 2 }), C(f[3], { columnSpan: 2 })] })),
    new D.TableRow({
      height: { value: 1100, rule: D.HeightRule.ATLEAST },
      children: [
        Lb('本人承诺'),
        cell([P([R('本人保证以上所填内容真实、准确，如有虚假，愿承担由此引起的一切后果，公司可随时解除劳动关系。')]), P([R(`本人签名：${p.name}　　　　　　日期：2026年11月${isHr ? 20 : 21}日`)], { alignment: D.AlignmentType.RIGHT, spacing: { before: 200 } })], { columnSpan: 6 }),
      ],
    }),
  ];
  const title = isHr ? '深圳市澜湾科技有限公司' : '成都蓉城数智科技有限公司';
  return new D.Document({
    creator: p.name,
    styles: { default: { document: { run: { font: '宋体', size: 18 } } } },
    sections: [
      {
        properties: page({ top: 1000, bottom: 900, left: 1134, right: 1134 }),
        children: [
          P([R(title, { size: 24, bold: true })], { alignment: D.AlignmentType.CENTER }),
          P([R('应 聘 人 员 登 记 表', { size: 36, bold: true, font: { ascii: 'Arial', hAnsi: 'Arial', eastAsia: '黑体' } })], { alignment: D.AlignmentType.CENTER, spacing: { after: 120 } }),
          P([R(`应聘部门：${isHr ? '人力行政中心' : '研发中心'}　　　　　　　　　　　　　　填表日期：2026 年 11 月 ${isHr ? 20 : 21} 日`)], { spacing: { after: 80 } }),
          new D.Table({ width: W(9638), columnWidths: w, layout: D.TableLayoutType.FIXED, borders: allThin('000000'), rows }),
          P([R('注：请如实填写，工作经历请从最近一份工作填起。', { size: 16, color: '595959' })], { spacing: { before: 60 } }),
        ],
      },
    ],
  });
}

// ─────────────────────────────────────────────────────────────────────────────
// S. cell-bars — a Hong Kong bilingual Word résumé made entirely of one table, WPS/Word-template style: name band,
// label/value contact cells, section rows, and skill / language levels drawn as rows of ten small shaded cells.
export function cellBars(p: Person): D.Document {
  const font = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: 'PMingLiU' };
  const R = (t: string, o: object = {}) => T(t, { font, size: 18, ...o });
  const widths = [1400, 1100, 1100, ...Array(10).fill(450), 1538];
  const span = (a: number, b: number) => ({ columnSpan: b - a + 1, width: W(widths.slice(a, b + 1).reduce((s, x) => s + x, 0)) });
  const C = (ps: D.Paragraph[], o: Partial<D.ITableCellOptions>) => cell(ps, { verticalAlign: D.VerticalAlign.CENTER, margins: { left: 90, right: 90, top: 40, bottom: 40 }, ...o });
  const sec = (t: string) => new D.TableRow({ children: [C([P([R(t, { bold: true, color: 'FFFFFF', size: 20 })])], { ...span(0, 13), shading: fill('7B2C3B') })] });
  const bar = (name: string, level: number, word: string) =>
    new D.TableRow({
      height: { value: 300, rule: D.HeightRule.EXACT },
      children: [C([P([R(name)])], span(0, 2)), ...Array.from({ length: 10 }, (_, i) => C([P([R('', { size: 2 })])], { width: W(450), shading: fill(i < level ? '7B2C3B' : 'E6DADC') })), C([P([R(word, { size: 16, color: '595959' })])], { width: W(1538) })],
    });
  const levels: Record<string, [number, string]> = {
    'NAV reconciliation': [10, 'Expert 精通'],
    'Trade settlement (CCASS / SWIFT)': [9, 'Expert 精通'],
    'Fund accounting': [8, 'Advanced 熟練'],
    'Bloomberg Terminal': [7, 'Advanced 熟練'],
    'Excel VBA': [8, 'Advanced 熟練'],
    'KYC / AML review': [9, 'Expert 精通'],
    'Multi-currency FX processing': [7, 'Advanced 熟練'],
  };
  const rows: D.TableRow[] = [
    new D.TableRow({ children: [C([P([R(p.name, { bold: true, size: 40, color: 'FFFFFF' }), R(`   ${p.latinName}`, { size: 24, color: 'FFFFFF' })]), P([R(p.headline, { color: 'F3E6E8', size: 20 })])], { ...span(0, 13), shading: fill('4A1A24'), margins: { left: 200, top: 160, bottom: 160 } })] }),
    new D.TableRow({ children: [C([P([R('Mobile 手提電話', { bold: true })])], { width: W(1400), shading: fill('F2E9EA') }), C([P([R(p.phoneLocal)])], span(1, 4)), C([P([R('Office 辦公室', { bold: true })])], { ...span(5, 8), shading: fill('F2E9EA') }), C([P([R(p.facts.office)])], span(9, 13))] }),
    new D.TableRow({ children: [C([P([R('Email 電郵', { bold: true })])], { width: W(1400), shading: fill('F2E9EA') }), C([P([R(p.email)])], span(1, 4)), C([P([R('Location 地區', { bold: true })])], { ...span(5, 8), shading: fill('F2E9EA') }), C([P([R('Tseung Kwan O, Hong Kong 將軍澳')])], span(9, 13))] }),
    sec('PROFILE 個人簡介'),
    new D.TableRow({ children: [C([P([R(p.summaryEn!)]), P([R(p.summary)])], span(0, 13))] }),
    sec('WORK EXPERIENCE 工作經驗'),
    new D.TableRow({ children: [C([P([R('Period 年份', { bold: true })])], { width: W(1400), shading: fill('F2E9EA') }), C([P([R('Company 公司', { bold: true })])], { ...span(1, 7), shading: fill('F2E9EA') }), C([P([R('Position 職位', { bold: true })])], { ...span(8, 13), shading: fill('F2E9EA') })] }),
  ];
  for (const j of newest(p)) {
    rows.push(new D.TableRow({ cantSplit: true, children: [C([P([R(`${mmYYYY(j.start)} – ${j.end ? mmYYYY(j.end) : 'Present 至今'}`)])], { width: W(1400) }), C([P([R(j.company, { bold: true })])], span(1, 7)), C([P([R(`${j.titleEn} ${j.title}`)])], span(8, 13))] }));
    rows.push(new D.TableRow({ cantSplit: true, children: [C(j.bullets.flatMap((b, i) => [P([R(`• ${j.bulletsEn![i]}`)]), P([R(`  ${b}`, { color: '595959' })])]), span(0, 13))] }));
  }
  rows.push(sec('SKILLS 專業技能'));
  for (const s of skills(p)) rows.push(bar(s, levels[s]?.[0] ?? 7, levels[s]?.[1] ?? 'Advanced 熟練'));
  rows.push(sec('LANGUAGES 語言'));
  rows.push(bar('Cantonese 廣東話', 10, 'Native 母語'), bar('English 英語', 9, 'Fluent 流利'), bar('Putonghua 普通話', 8, 'Fluent 流利'));
  rows.push(sec('EDUCATION & QUALIFICATIONS 學歷及專業資格'));
  for (const e of p.education) rows.push(new D.TableRow({ children: [C([P([R(`${mmYYYY(e.start)} – ${mmYYYY(e.end)}`)])], { width: W(1400) }), C([P([R(e.school, { bold: true })])], span(1, 7)), C([P([R(e.degree)])], span(8, 13))] }));
  rows.push(new D.TableRow({ children: [C([P([R('Licences 牌照', { bold: true })])], { width: W(1400), shading: fill('F2E9EA') }), C([P([R(p.certs.join('; '))])], span(1, 13))] }));
  rows.push(sec('OTHERS 其他'));
  rows.push(new D.TableRow({ children: [C([P([R(`Current salary 現時薪金: ${p.facts.salary}    Expected salary 期望薪金: ${p.facts.expected}    Availability 可上班日期: ${p.facts.notice}'s notice`)])], span(0, 13))] }));
  return new D.Document({
    creator: p.name,
    styles: { default: { document: { run: { font: 'Arial', size: 18 } } } },
    sections: [{ properties: page({ top: 900, bottom: 900, left: 1134, right: 1134 }), children: [new D.Table({ width: W(9638), columnWidths: widths, layout: D.TableLayoutType.FIXED, borders: allThin('C9B3B7'), rows }), P('')] }],
  });
}

// ─────────────────────────────────────────────────────────────────────────────
// Y. float-table — a Word CV whose side box (contact, skills, languages, certificates) is a floating table: Table
// Properties › Text wrapping › Around, positioned at the right margin; the body text flows down its left side and then
// runs full width. Dates in Canadian Press style ("Sept. 2024 – present").
export function floatTable(p: Person): D.Document {
  const mixed = p.language === 'mixed';
  const font = mixed ? { ascii: 'Cambria', hAnsi: 'Cambria', eastAsia: 'MS Mincho' } : 'Cambria';
  const R = (t: string, o: object = {}) => T(t, { font, size: 20, ...o });
  const H = (t: string) => P([R(t, { bold: true, size: 22, color: '2F5496', allCaps: true })], { spacing: { before: 200, after: 60 } });
  const sideW = 3300;
  const sh = (t: string) => P([R(t, { bold: true, size: 18, color: '2F5496', allCaps: true })], { spacing: { before: 120, after: 40 } });
  const sp = (t: string) => P([R(t, { size: 18 })], { spacing: { after: 20 } });
  const side = new D.Table({
    width: W(sideW),
    columnWidths: [sideW],
    float: { horizontalAnchor: D.TableAnchorType.MARGIN, relativeHorizontalPosition: D.RelativeHorizontalPosition.RIGHT, verticalAnchor: D.TableAnchorType.MARGIN, absoluteVerticalPosition: 1250, leftFromText: 280, bottomFromText: 200, overlap: D.OverlapType.NEVER },
    borders: noBorders,
    rows: [
      new D.TableRow({
        children: [
          cell(
            [
              sh('Contact'),
              sp(`Mobile: ${p.phoneLocal}`),
              ...(mixed ? [sp(`Office: ${p.facts.office}`)] : []),
              sp(p.email),
              sp(p.cityEn ?? p.city),
              ...(p.facts.linkedin ? [sp(p.facts.linkedin)] : []),
              ...(p.facts.orcid ? [sp(`ORCID ${p.facts.orcid}`)] : []),
              sh(mixed ? 'Skills 技能' : 'Skills'),
              ...skills(p).map((s) => P([R(s, { size: 18 })], { bullet: { level: 0 }, spacing: { after: 20 } })),
              sh(mixed ? 'Languages 语言' : 'Languages'),
              ...p.languages.map(sp),
              sh('Certifications'),
              ...p.certs.map(sp),
            ],
            { shading: fill('EAF0F7'), margins: { left: 180, right: 180, top: 120, bottom: 160 } },
          ),
        ],
      }),
    ],
  });
  const c: (D.Paragraph | D.Table)[] = [];
  c.push(P([R(mixed ? `${p.name}  ${p.latinName}` : p.name, { size: 44, color: '1F3864' })], { spacing: { after: 0 } }));
  c.push(P([R(p.headline, { size: 24, color: '595959' })], { spacing: { after: 200 }, border: { bottom: { style: D.BorderStyle.SINGLE, size: 6, color: '2F5496', space: 4 } } }));
  c.push(side);
  c.push(H('Profile'));
  c.push(P([R(mixed ? p.summaryEn! : p.summary)]));
  if (mixed) c.push(P([R(p.summary, { color: '595959' })]));
  c.push(H('Experience'));
  for (const j of newest(p)) {
    c.push(P([R(mixed ? `${j.titleEn}（${j.title}）` : j.title, { bold: true })], { spacing: { before: 120 }, keepNext: true }));
    c.push(P([R(`${j.company}, ${j.cityEn ?? j.city}`, { italics: true })], { keepNext: true }));
    c.push(P([R(`${cp(j.start)} – ${j.end ? cp(j.end) : 'present'}`, { color: '7F7F7F', size: 18 })], { keepNext: true }));
    for (const b of j.bulletsEn ?? j.bullets) c.push(P([R(b)], { bullet: { level: 0 } }));
  }
  c.push(H('Education'));
  for (const e of p.education) c.push(P([R(`${e.degreeEn ?? e.degree}, ${e.school}${e.schoolEn ? ` (${e.schoolEn})` : ''} — ${cp(e.start)} – ${cp(e.end)}`)]));
  return new D.Document({ creator: p.name, styles: { default: { document: { run: { font: 'Cambria', size: 20 } } } }, sections: [{ properties: page(1134), children: c }] });
}

// ─────────────────────────────────────────────────────────────────────────────
// Z. pdf2word — a two-column designer CV (dark left column) converted from PDF to Word by a PDF converter: every
// printed line became its own absolutely positioned frame (w:framePr), the column background an image behind the
// text, lines broken where the PDF broke them. p10: 简体, lines written in reading rows across both columns (WPS-like);
// p11: 繁體, one frame per block, left column first (Acrobat-like).
function estW(text: string, pt: number): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    w += cols(ch) === 2 ? 1.02 : /[A-Z@]/.test(ch) ? 0.74 : /[0-9]/.test(ch) ? 0.66 : ch === ' ' ? 0.34 : /[.,:;|'’·()\-–/]/.test(ch) ? 0.4 : c < 0x300 ? 0.62 : 0.7;
  }
  return w * pt * 20;
}
function lineWrap(text: string, pt: number, width: number): string[] {
  const out: string[] = [];
  let cur = '';
  const tokens = text.match(/[\u2e80-\uffff]|[^\s\u2e80-\uffff]+\s*|\s+/g) ?? [];
  for (const t of tokens) {
    if (estW(cur + t, pt) > width && cur.trim()) {
      out.push(cur.trimEnd());
      cur = t.trimStart();
    } else cur += t;
  }
  if (cur.trim()) out.push(cur.trimEnd());
  return out;
}
export function pdf2word(p: Person): D.Document {
  const tw = p.id === 'p11';
  const font = { ascii: 'Microsoft YaHei', hAnsi: 'Microsoft YaHei', eastAsia: tw ? 'Microsoft JhengHei' : 'Microsoft YaHei' };
  type L = { x: number; y: number; w: number; text: string; pt: number; bold?: boolean; color: string; col: 'L' | 'R'; block: number };
  const lines: L[] = [];
  let block = 0;
  const SX = 520, SW = 2900, MX = 4250, MW = 6950;
  let ly = 3300, ry = 700;
  const add = (col: 'L' | 'R', text: string, pt: number, o: { bold?: boolean; color?: string; gap?: number; x?: number; w?: number; newBlock?: boolean } = {}) => {
    if (o.newBlock !== false) block++;
    const x = o.x ?? (col === 'L' ? SX : MX), w = o.w ?? (col === 'L' ? SW : MW);
    for (const t of lineWrap(text, pt, w)) {
      const yy = col === 'L' ? ly : ry;
      lines.push({ x, y: yy, w, text: t, pt, bold: o.bold, color: o.color ?? (col === 'L' ? 'FFFFFF' : '333333'), col, block });
      if (col === 'L') ly += Math.round(pt * 20 * 1.55);
      else ry += Math.round(pt * 20 * 1.55);
    }
    if (o.gap) col === 'L' ? (ly += o.gap) : (ry += o.gap);
  };
  const Lb = tw
    ? { info: '基本資料', contact: '聯絡方式', skills: '專長技能', cert: '證照', lang: '語言能力', self: '自我介紹', exp: '工作經歷', edu: '學歷', gender: '性別', born: '生日', mil: '兵役', tel: '手機', mail: 'Email', home: '市話', addr: '地址', now: '迄今' }
    : { info: '基本信息', contact: '联系方式', skills: '专业技能', cert: '证书', lang: '语言', self: '个人优势', exp: '工作经历', edu: '教育背景', gender: '性别', born: '出生', mil: '籍贯', tel: '电话', mail: '邮箱', home: '', addr: '现居', now: '至今' };
  // left column
  add('L', p.name, 20, { bold: true, gap: 60 });
  add('L', p.headline, 10.5, { color: 'C9D6E8', gap: 260 });
  add('L', Lb.info, 11.5, { bold: true, gap: 60 });
  add('L', `${Lb.gender}：${p.facts.gender}`, 9);
  add('L', `${Lb.born}：${p.facts.born}`, 9, { newBlock: false });
  add('L', `${Lb.mil}：${tw ? p.facts.military : p.facts.hometown}`, 9, { newBlock: false, gap: 200 });
  add('L', Lb.contact, 11.5, { bold: true, gap: 60 });
  add('L', `${Lb.tel}：${p.phoneLocal}`, 9);
  add('L', `${Lb.mail}：${p.email}`, 9, { newBlock: false });
  if (tw) add('L', `${Lb.home}：${p.facts.landline}`, 9, { newBlock: false });
  add('L', `${Lb.addr}：${tw ? p.facts.address : p.city}`, 9, { newBlock: false, gap: 200 });
  add('L', Lb.skills, 11.5, { bold: true, gap: 60 });
  skills(p).forEach((s, i) => add('L', `● ${s}`, 9, { newBlock: i === 0 }));
  ly += 200;
  add('L', Lb.cert, 11.5, { bold: true, gap: 60 });
  p.certs.forEach((s, i) => add('L', s, 9, { newBlock: i === 0 }));
  ly += 200;
  add('L', Lb.lang, 11.5, { bold: true, gap: 60 });
  add('L', p.languages.join('、'), 9);
  // right column
  add('R', Lb.self, 13, { bold: true, color: '2D4A6B', gap: 80 });
  add('R', p.summary, 10, { gap: 260 });
  add('R', Lb.exp, 13, { bold: true, color: '2D4A6B', gap: 80 });
  for (const j of newest(p)) {
    const dt = tw ? `${nian(j.start)} ～ ${j.end ? nian(j.end) : Lb.now}` : `${dotted(j.start)} - ${j.end ? dotted(j.end) : Lb.now}`;
    const yy = ry;
    add('R', j.company, 10.5, { bold: true, w: 4350 });
    ry = yy;
    add('R', dt, 9.5, { x: MX + 4450, w: 2500, color: '666666' });
    add('R', j.title, 9.5, { color: '2D4A6B', gap: 30 });
    for (const b of j.bullets) add('R', `• ${b}`, 10);
    ry += 150;
  }
  ry += 90;
  add('R', Lb.edu, 13, { bold: true, color: '2D4A6B', gap: 80 });
  for (const e of p.education) {
    const yy = ry;
    add('R', `${e.school}　${e.degree}`, 10, { bold: true, w: 4350 });
    ry = yy;
    add('R', tw ? `${slash(e.start)} ～ ${slash(e.end)}` : `${dotted(e.start)} - ${dotted(e.end)}`, 9.5, { x: MX + 4450, w: 2500, color: '666666' });
  }
  // order as the converter wrote them
  let ordered: L[][];
  if (!tw) ordered = [...lines].sort((a, b) => a.y - b.y || a.x - b.x).map((l) => [l]);
  else {
    const byBlock = new Map<number, L[]>();
    for (const l of [...lines.filter((l) => l.col === 'L'), ...lines.filter((l) => l.col === 'R')]) byBlock.set(l.block, [...(byBlock.get(l.block) ?? []), l]);
    ordered = [...byBlock.values()];
  }
  const bg = new D.ImageRun({
    type: 'png',
    data: solidPng(45, 74, 107),
    transformation: { width: 252, height: 1123 },
    floating: { horizontalPosition: { relative: D.HorizontalPositionRelativeFrom.PAGE, offset: 0 }, verticalPosition: { relative: D.VerticalPositionRelativeFrom.PAGE, offset: 0 }, behindDocument: true, allowOverlap: true },
  });
  const photo = new D.ImageRun({
    type: 'png',
    data: photoPng(150, 200),
    transformation: { width: 96, height: 128 },
    floating: { horizontalPosition: { relative: D.HorizontalPositionRelativeFrom.PAGE, offset: 660000 }, verticalPosition: { relative: D.VerticalPositionRelativeFrom.PAGE, offset: 360000 }, allowOverlap: true },
  });
  const frames = ordered.map((group) => {
    const f = group[0];
    const runs: D.ParagraphChild[] = [];
    group.forEach((l, i) => runs.push(new D.TextRun({ text: l.text, font, size: Math.round(l.pt * 2), bold: l.bold, color: l.color, break: i ? 1 : 0 })));
    return new D.Paragraph({
      children: runs,
      frame: { type: 'absolute', position: { x: f.x, y: f.y }, width: f.w, anchor: { horizontal: D.FrameAnchorType.PAGE, vertical: D.FrameAnchorType.PAGE }, wrap: D.FrameWrap.AROUND },
      spacing: { line: Math.round(f.pt * 20 * 1.55), lineRule: D.LineRuleType.EXACT, before: 0, after: 0 },
    });
  });
  return new D.Document({
    creator: tw ? 'Adobe Acrobat Pro (64-bit) 24.2' : 'WPS Office',
    styles: { default: { document: { run: { font: 'Microsoft YaHei', size: 18 } } } },
    sections: [{ properties: page({ top: 0, bottom: 0, left: 0, right: 0 }), children: [P([bg, photo]), ...frames] }],
  });
}
/** A 4×4 PNG of one colour (stretched by the drawing that shows it). */
function solidPng(r: number, g: number, b: number): Buffer {
  const w = 4, h = 4;
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let yy = 0; yy < h; yy++) for (let xx = 0; xx < w; xx++) { const o = yy * (w * 3 + 1) + 1 + xx * 3; raw[o] = r; raw[o + 1] = g; raw[o + 2] = b; }
  const crcT = new Uint32Array(256).map((_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
  const crc = (buf: Buffer) => { let c = 0xffffffff; for (const x of buf) c = crcT[(c ^ x) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
  const ch = (t: string, d: Buffer) => { const l = Buffer.alloc(4); l.writeUInt32BE(d.length); const td = Buffer.concat([Buffer.from(t), d]); const c = Buffer.alloc(4); c.writeUInt32BE(crc(td)); return Buffer.concat([l, td, c]); };
  const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(w, 0); ihdr.writeUInt32BE(h, 4); ihdr[8] = 8; ihdr[9] = 2;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ch('IHDR', ihdr), ch('IDAT', deflateSync(raw)), ch('IEND', Buffer.alloc(0))]);
}

/** Split a string into pieces of at most `n` display columns (CJK = 2). */
function splitCols(t: string, n: number): string[] {
  const out: string[] = [];
  let cur = '';
  for (const ch of t) {
    if (cols(cur + ch) > n) { out.push(cur); cur = ch; } else cur += ch;
  }
  if (cur) out.push(cur);
  return out;
}

// ─────────────────────────────────────────────────────────────────────────────
// AA. tab-columns — a self-made Word CV whose "two columns" are faked with tabs: every line is a paragraph holding
// the left column's text, a bar tab (the vertical rule) and, after a left tab, the right column's text; the writer
// pressed Enter at the end of every visual line, so sentences and long skills are split across paragraphs.
export function tabColumns(p: Person): D.Document {
  const zh = p.language === 'zh';
  const font = zh ? { ascii: 'Arial', hAnsi: 'Arial', eastAsia: '微软雅黑' } : 'Arial';
  const R = (t: string, o: object = {}) => T(t, { font, size: zh ? 19 : 18, ...o });
  const tabs = [{ type: D.TabStopType.BAR, position: 3500 }, { type: D.TabStopType.LEFT, position: 3800 }];
  type Cell = { t: string; bold?: boolean; color?: string };
  const left: Cell[] = [];
  const right: Cell[] = [];
  const LW = zh ? 15 : 33, RW = zh ? 30 : 62;
  const addL = (t: string, o: Partial<Cell> = {}) => (!t ? [''] : zh ? splitCols(t, 32) : wrap(t, LW)).forEach((x, i) => left.push({ t: i ? `  ${x}` : x, ...o }));
  const addR = (t: string, o: Partial<Cell> = {}, indent = '') => {
    const parts = !t ? [''] : zh ? (t.match(new RegExp(`.{1,${RW}}`, 'gu')) ?? []) : wrap(t, RW - indent.length);
    parts.forEach((x, i) => right.push({ t: i ? `${indent}${x}` : x, ...o }));
  };
  const jobs = newest(p);
  if (zh) {
    addL('基本信息', { bold: true, color: 'C0504D' });
    addL(`性别：${p.facts.gender}`); addL(`出生：${p.facts.born}`); addL(`籍贯：${p.facts.hometown}`); addL(`政治面貌：${p.facts.political}`);
    addL(`电话：${p.phoneLocal}`); addL(`邮箱：${p.email}`); addL('');
    addL('专业技能', { bold: true, color: 'C0504D' }); skills(p).forEach((s) => addL(`· ${s}`)); addL('');
    addL('证书', { bold: true, color: 'C0504D' }); p.certs.forEach((s) => addL(s)); p.languages.forEach((s) => addL(s)); addL('');
    addL('作品集', { bold: true, color: 'C0504D' }); addL(p.facts.portfolio.replace('（作品集）', ''));
    addR('求职意向：UI 设计师', { bold: true }); addR('');
    addR('个人简介', { bold: true, color: 'C0504D' }); addR(p.summary); addR('');
    addR('工作经历', { bold: true, color: 'C0504D' });
    for (const j of jobs) {
      addR(`${dotted(j.start)} — ${j.end ? dotted(j.end) : '至今'}　${j.company}`, { bold: true });
      addR(j.title, { color: '7F7F7F' });
      j.bullets.forEach((b) => addR(`· ${b}`, {}, '　'));
      if (j.start === '2024-06') { const g = p.gaps![0]; addR(`${dotted(g.start)} — ${dotted(g.end)}　${g.text}`, { bold: true }); }
    }
    addR(''); addR('教育背景', { bold: true, color: 'C0504D' });
    const e = p.education[0];
    addR(`${dotted(e.start)} — ${dotted(e.end)}　${e.school}`, { bold: true }); addR(e.degree);
  } else {
    addL('CONTACT', { bold: true, color: '1F4E79' });
    addL(`WhatsApp ${p.phoneLocal}`); addL(p.email); addL(`Now: ${p.city.split(' (')[0]}`); addL('Home port: Airlie Beach, QLD'); addL('');
    addL('DETAILS', { bold: true, color: '1F4E79' }); addL(`${p.facts.nationality}, born ${p.facts.dob}`); addL(`Visas: ${p.facts.visas}`); addL(p.facts.health); addL('');
    addL('SKILLS', { bold: true, color: '1F4E79' }); skills(p).forEach((s) => addL(`- ${s}`)); addL('');
    addL('TICKETS', { bold: true, color: '1F4E79' }); p.certs.forEach((s) => addL(`- ${s}`)); addL('');
    addL('LANGUAGES', { bold: true, color: '1F4E79' }); p.languages.forEach((s) => addL(s));
    addR('PROFILE', { bold: true, color: '1F4E79' }); addR(p.summary); addR('');
    addR('EXPERIENCE', { bold: true, color: '1F4E79' });
    for (const j of jobs) {
      addR(`${j.title} — ${j.company}${j.extra?.size && j.extra.size !== '—' ? ` (${j.extra.size})` : ''}`, { bold: true });
      addR(`${mmYYYY(j.start)} – ${j.end ? mmYYYY(j.end) : 'present'} · ${j.city}`, { color: '7F7F7F' });
      j.bullets.forEach((b) => addR(`• ${b}`, {}, '   '));
    }
    const g = p.gaps![0];
    addR(`12/2022: ${g.text}`, { color: '7F7F7F' });
    addR(''); addR('EDUCATION', { bold: true, color: '1F4E79' });
    p.education.forEach((e) => addR(`${e.degree}, ${e.school}, ${e.city} (${mmYYYY(e.start)} – ${mmYYYY(e.end)})`));
    addR(''); addR('REFERENCES', { bold: true, color: '1F4E79' }); [p.facts.ref1, p.facts.ref2, p.facts.ref3].forEach((r) => addR(r));
  }
  const n = Math.max(left.length, right.length);
  const c: D.Paragraph[] = [];
  c.push(P([R(p.name, { bold: true, size: zh ? 44 : 40, color: zh ? 'C0504D' : '1F4E79' })], { spacing: { after: 0 } }));
  c.push(P([R(p.headline, { size: 22, color: '595959' })], { spacing: { after: 160 } }));
  for (let i = 0; i < n; i++) {
    const l = left[i], r = right[i];
    c.push(P([...(l ? [R(l.t, { bold: l.bold, color: l.color })] : []), new D.TextRun({ children: [new D.Tab()] }), ...(r ? [R(r.t, { bold: r.bold, color: r.color })] : [])], { tabStops: tabs, spacing: { after: 0, line: 264 } }));
  }
  return new D.Document({ creator: p.name, styles: { default: { document: { run: { font: zh ? '微软雅黑' : 'Arial', size: 18 } } } }, sections: [{ properties: page({ top: 900, bottom: 800, left: 1000, right: 900 }), children: c }] });
}
