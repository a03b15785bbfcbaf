/**
 * heldout-53 generator: writes documents/, truth.json and manifest.json. Refuses to overwrite without --force.
 * Run from packages/cv: npx tsx eval/heldout-53/generate.ts [--force]
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType, BorderStyle, Column, ColumnBreak, Document, Footer, Header, Packer, PageNumber, Paragraph, ShadingType,
  Table, TableCell, TableRow, TabStopType, TextRun, VerticalAlign, WidthType,
} from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people, sk, type Job, type Person } from './people.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(here, 'documents');
const REF = '2026-12';
if (existsSync(path.join(here, 'manifest.json')) && !process.argv.includes('--force')) {
  console.error('manifest.json exists; pass --force to regenerate'); process.exit(1);
}
rmSync(docs, { recursive: true, force: true }); mkdirSync(docs, { recursive: true });
const P = (id: string) => people.find((p) => p.id === id)!;

// ---------- dates ----------
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
function d(ym: string | null, f: string, now = 'Present'): string {
  if (!ym) return now;
  const y = ym.slice(0, 4), m = Number(ym.slice(5, 7));
  const mm = String(m).padStart(2, '0');
  switch (f) {
    case 'Mon YYYY': return `${MON[m - 1]} ${y}`;
    case 'Month YYYY': return `${MONTH[m - 1]} ${y}`;
    case 'MM/YYYY': return `${mm}/${y}`;
    case 'MM.YYYY': return `${mm}.${y}`;
    case 'YYYY.MM': return `${y}.${mm}`;
    case 'YYYY-MM': return `${y}-${mm}`;
    case 'YYYY/MM': return `${y}/${mm}`;
    case 'YYYY年M月': return `${y}年${m}月`;
    case 'YYYY.M': return `${y}.${m}`;
    default: throw new Error(f);
  }
}
const months = (j: Job) => { const e = j.end ?? REF; return (Number(e.slice(0, 4)) * 12 + Number(e.slice(5, 7))) - (Number(j.start.slice(0, 4)) * 12 + Number(j.start.slice(5, 7))) + 1; };
const dur = (j: Job) => { const n = months(j), y = Math.floor(n / 12), m = n % 12; return [y ? `${y} yr${y > 1 ? 's' : ''}` : '', m ? `${m} mo${m > 1 ? 's' : ''}` : ''].filter(Boolean).join(' '); };
const rev = (p: Person) => [...p.work].reverse();
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const skills = (p: Person) => p.skills.map(sk);
/** Groups consecutive roles at one employer (newest first). */
function groups(p: Person): { company: string; city: string; roles: Job[] }[] {
  const out: { company: string; city: string; roles: Job[] }[] = [];
  for (const j of rev(p)) { const g = out[out.length - 1]; if (g && g.company === j.company) g.roles.push(j); else out.push({ company: j.company, city: j.city, roles: [j] }); }
  return out;
}
const dispName = (p: Person) => p.language === 'mixed' ? `${p.name} ${p.latin}` : p.name;

// ---------- registry ----------
type Layout = 'single' | 'two-column' | 'table';
const truthDocs: { file: string; person: string; template: string; layout: Layout; producer: string; language: string }[] = [];
const htmlJobs: [string, string][] = [];
const short = (l: Layout) => (l === 'two-column' ? 'twocol' : l);
function reg(p: Person, tpl: string, layout: Layout, producer: string, ext: string) {
  const file = `${p.id}-${short(layout)}-${tpl}.${ext}`;
  truthDocs.push({ file, person: p.id, template: tpl, layout, producer, language: p.language });
  return file;
}
function html(p: Person, tpl: string, layout: Layout, body: string) { htmlJobs.push([reg(p, tpl, layout, 'chromium', 'pdf'), body]); }
function txt(p: Person, tpl: string, layout: Layout, body: string) { writeFileSync(path.join(docs, reg(p, tpl, layout, 'txt', 'txt')), body, 'utf8'); }
const docxJobs: Promise<void>[] = [];
function docx(p: Person, tpl: string, layout: Layout, doc: Document) {
  const f = reg(p, tpl, layout, 'docx', 'docx');
  reg(p, tpl, layout, 'libreoffice', 'pdf');
  docxJobs.push(Packer.toBuffer(doc).then((b) => writeFileSync(path.join(docs, f), b)));
}

// ---------- docx helpers ----------
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NOB = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const GRID = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
const t = (text: string, o: Record<string, unknown> = {}) => new TextRun({ text, ...o });
const para = (runs: (TextRun | string)[] | string, o: Record<string, unknown> = {}) =>
  new Paragraph({ children: (typeof runs === 'string' ? [runs] : runs).map((r) => (typeof r === 'string' ? t(r) : r)), ...o });
function cell(content: Paragraph[] | string, o: { w?: number; shade?: string; span?: number; vmerge?: 'restart' | 'continue'; bold?: boolean; center?: boolean } = {}) {
  const children = typeof content === 'string' ? content.split('\n').map((l) => para([t(l, { bold: o.bold })], { alignment: o.center ? AlignmentType.CENTER : undefined })) : content;
  return new TableCell({
    children, width: o.w ? { size: o.w, type: WidthType.DXA } : undefined, columnSpan: o.span, verticalMerge: o.vmerge as never,
    shading: o.shade ? { type: ShadingType.CLEAR, color: 'auto', fill: o.shade } : undefined, verticalAlign: VerticalAlign.CENTER,
    margins: { top: 50, bottom: 50, left: 90, right: 90 },
  });
}
const row = (cells: TableCell[]) => new TableRow({ children: cells });
const table = (rows: TableRow[], widths: number[], borders: object = GRID) => new Table({ rows, columnWidths: widths, width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, borders: borders as never });
const A4 = { size: { width: 11906, height: 16838 } };
function mkDoc(font: string, size: number, sections: object[]) {
  return new Document({ styles: { default: { document: { run: { font, size } } } }, sections: sections as never });
}
const heading = (s: string, o: Record<string, unknown> = {}) => para([t(s, { bold: true, size: 24, ...o })], { spacing: { before: 200, after: 80 } });
const bullet = (s: string) => para([t('•\t' + s)], { indent: { left: 360, hanging: 240 }, tabStops: [{ type: TabStopType.LEFT, position: 360 }] });

// =====================================================================================================================
// X1 za-sectioncols — South African Word CV: a two-column *section* (unequal, separator line) under a one-column title
// section; left column personal details incl. ID number, driver's licence code, criminal record; column break; right
// column experience as "Company:" / "Position:" / "Period:" label lines; references with their phones.
function zaSectioncols(p: Person) {
  const left = [
    heading('PERSONAL DETAILS', { size: 20, color: '1F4E79' }),
    ...[['Surname', p.name.split(' ').slice(-1)[0]], ['First names', p.name.split(' ')[0]], ['ID number', p.id === 'p04' ? '900614 •••• 08 5' : 'N/A (British passport)'],
      ['Nationality', p.id === 'p04' ? 'South African' : 'British'], ["Driver's licence", p.id === 'p04' ? 'Code EB (08)' : 'Full UK (B)'], ['Criminal record', 'None'], ['Health', 'Excellent']]
      .map(([k, v]) => para([t(k + ': ', { bold: true }), t(v)], { spacing: { after: 40 } })),
    heading('CONTACT DETAILS', { size: 20, color: '1F4E79' }),
    para([t('Cell: ', { bold: true }), t(p.phoneShown)]), ...(p.other ? [para(p.other)] : []), para([t('E-mail: ', { bold: true }), t(p.email)]), para([t('Address: ', { bold: true }), t(p.city)]),
    heading('COMPUTER LITERACY & SKILLS', { size: 20, color: '1F4E79' }), ...skills(p).map(bullet),
    heading('LANGUAGES', { size: 20, color: '1F4E79' }), ...p.languages.map((l) => para(l)),
    heading('QUALIFICATIONS', { size: 20, color: '1F4E79' }), ...p.edu.map((e) => para([t(e.degree, { bold: true }), t(` — ${e.school}, ${e.end.slice(0, 4)}`)])),
    ...p.certs.map((c) => para('Certificate: ' + c)),
  ];
  const right = [
    para([new ColumnBreak()]),
    heading('CAREER HISTORY', { size: 20, color: '1F4E79' }),
    ...rev(p).flatMap((j) => [
      para([t('Company: ', { bold: true }), t(j.company)], { spacing: { before: 160 } }),
      para([t('Position: ', { bold: true }), t(j.title)]),
      para([t('Period: ', { bold: true }), t(`${d(j.start, 'Month YYYY')} – ${d(j.end, 'Month YYYY', 'To date')}`)]),
      para([t('Duties:', { bold: true })]), ...j.duties.map(bullet),
    ]),
    heading('REFERENCES', { size: 20, color: '1F4E79' }),
    para(p.id === 'p04' ? 'Ms N. Dlamini, HR Manager, Highveld Mining Services — 013 656 0481' : 'Mr R. Baird, Director, Ferguson & Baird — 0141 496 0218'),
  ];
  return mkDoc('Arial', 19, [
    { properties: { page: { ...A4, margin: { top: 900, bottom: 900, left: 900, right: 900 } } },
      children: [para([t('CURRICULUM VITAE', { bold: true, size: 22, color: '808080' })], { alignment: AlignmentType.CENTER }),
        para([t(p.name.toUpperCase(), { bold: true, size: 40 })], { alignment: AlignmentType.CENTER, spacing: { after: 200 } })] },
    { properties: { type: 'continuous', page: { ...A4, margin: { top: 900, bottom: 900, left: 900, right: 900 } },
      column: { count: 2, separate: true, equalWidth: false, space: 400, children: [new Column({ width: 3500, space: 400 }), new Column({ width: 6206 })] } },
      children: [...left, ...right] },
  ]);
}

// X2 period-linebreak — Nordic/Central-European Word CV as a borderless 2-column table: the period cell holds the
// start and the end on two lines ("08/2012 –" / "01/2016"), the right cell title bold, employer + city italic, duties.
function periodLinebreak(p: Person) {
  const sec = (s: string) => row([cell([para([t(s.toUpperCase(), { bold: true, color: '2E5E4E', size: 20 })], { border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '2E5E4E', space: 1 } } })], { span: 2 })]);
  const rows: TableRow[] = [
    row([cell([para([t(p.name, { bold: true, size: 36 })]), para(p.headline)], { span: 2 })]),
    row([cell('Contact', { w: 2000, bold: true }), cell([para(`${p.city} · Mobile ${p.phoneShown} · ${p.email}`)], { w: 7600 })]),
    sec('Work experience'),
    ...rev(p).map((j) => row([
      cell([para(`${d(j.start, 'MM/YYYY')} –`), para(j.end ? d(j.end, 'MM/YYYY') : 'now')], { w: 2000 }),
      cell([para([t(j.title, { bold: true })]), para([t(`${j.company}, ${j.city}`, { italics: true })]), ...j.duties.map(bullet)], { w: 7600 }),
    ])),
    sec('Education'),
    ...p.edu.map((e) => row([cell([para(`${d(e.start, 'MM/YYYY')} –`), para(d(e.end, 'MM/YYYY'))]), cell([para([t(e.degree, { bold: true })]), para([t(e.school, { italics: true })])])])),
    sec('Skills'), row([cell(''), cell(skills(p).join(', '))]),
    sec('Languages'), row([cell(''), cell(p.languages.join(', '))]),
    sec('Certificates'), row([cell(''), cell(p.certs.join('\n'))]),
  ];
  return mkDoc('Calibri', 20, [{ properties: { page: { ...A4, margin: { top: 1000, bottom: 1000, left: 1100, right: 1100 } } }, children: [table(rows, [2000, 7600], NOB)] }]);
}

// X3 zh-xuhao-table — 表格简历 whose 工作经历 is a numbered table: 序号 | 起止时间 (one cell "2014.07—2016.03") |
// 工作单位及职务 (unit and post in one cell split by a line break) | 证明人 (name + phone). Traditional labels for p11.
function zhXuhao(p: Person) {
  const T = (s: string, tr: string) => (p.trad ? tr : s);
  const L = 'DDE4EE';
  const rows: TableRow[] = [
    row([cell([para([t(T('个 人 简 历', '個 人 履 歷'), { bold: true, size: 32 })], { alignment: AlignmentType.CENTER })], { span: 4 })]),
    row([cell(T('姓名', '姓名'), { shade: L, w: 1200 }), cell(p.name, { w: 2600 }), cell(T('求职意向', '應徵職務'), { shade: L, w: 1500 }), cell(p.headline, { w: 4300 })]),
    row([cell(T('手机', '手機'), { shade: L }), cell(p.phoneShown), cell(T('电子邮箱', '電子郵件'), { shade: L }), cell(p.email)]),
    row([cell(T('现居地', '居住地'), { shade: L }), cell(p.city), cell(T('其他电话', '其他電話'), { shade: L }), cell(p.other ?? '—')]),
    row([cell([para([t(T('工 作 经 历', '工 作 經 歷'), { bold: true })], { alignment: AlignmentType.CENTER })], { span: 4, shade: L })]),
    row([cell(T('序号', '序號'), { shade: L, center: true }), cell(T('起止时间', '起訖時間'), { shade: L, center: true }), cell(T('工作单位及职务', '服務單位及職稱'), { shade: L, center: true }), cell(T('证明人', '證明人'), { shade: L, center: true })]),
    ...p.work.map((j, i) => row([cell(String(i + 1), { center: true }), cell(`${d(j.start, 'YYYY.MM')}—${d(j.end, 'YYYY.MM', T('至今', '迄今'))}`),
      cell(`${j.company}\n${j.title}`), cell(i % 2 ? T('王主管 0571-8652 1190', '李經理 (02)2657-3381') : T('人事部', '人資部'))])),
    row([cell([para([t(T('教 育 背 景', '學 歷'), { bold: true })], { alignment: AlignmentType.CENTER })], { span: 4, shade: L })]),
    ...p.edu.map((e) => row([cell('—', { center: true }), cell(`${d(e.start, 'YYYY.MM')}—${d(e.end, 'YYYY.MM')}`), cell(`${e.school}\n${e.degree}`), cell('')])),
    row([cell(T('专业技能', '專業技能'), { shade: L }), cell(skills(p).join('、'), { span: 3 })]),
    row([cell(T('语言能力', '語言能力'), { shade: L }), cell(p.languages.join('；'), { span: 3 })]),
    row([cell(T('证书', '證照'), { shade: L }), cell(p.certs.join('；'), { span: 3 })]),
  ];
  return mkDoc(p.trad ? 'PMingLiU' : 'SimSun', 21, [{ properties: { page: { ...A4, margin: { top: 1000, bottom: 1000, left: 1100, right: 1100 } } }, children: [table(rows, [1100, 2400, 3300, 2800])] }]);
}

// X4 zh-flow-cols — Chinese Word 简历: a one-column header *table* (name + contacts), then a continuous section with
// two equal balanced columns through which everything flows (no column break, so a job can start in one column and
// end in the next).
function zhFlowCols(p: Person) {
  const head = table([row([cell([para([t(p.name, { bold: true, size: 44 })]), para(p.headline)], { w: 4800, shade: 'E8EEF4' }),
    cell([para(`电话：${p.phoneShown}`), ...(p.other ? [para(p.other)] : []), para(`邮箱：${p.email}`), para(`现居：${p.city}`)], { w: 4900, shade: 'E8EEF4' })])], [4800, 4900], NOB);
  const h = (s: string) => para([t('■ ' + s, { bold: true, size: 24, color: '1F3864' })], { spacing: { before: 160, after: 60 } });
  const body = [
    h('工作经历'),
    ...rev(p).flatMap((j) => [para([t(j.company, { bold: true })], { spacing: { before: 100 } }),
      para(`${j.title}　｜　${d(j.start, 'YYYY年M月')} — ${d(j.end, 'YYYY年M月', '至今')}`), ...j.duties.map((x, i) => para(`${i + 1}. ${x}`))]),
    h('教育背景'), ...p.edu.map((e) => para(`${d(e.start, 'YYYY.MM')} - ${d(e.end, 'YYYY.MM')}　${e.school}　${e.degree}`)),
    h('专业技能'), ...skills(p).map((s) => para('◆ ' + s)),
    h('语言与证书'), para(p.languages.join('；')), para(p.certs.join('；')),
    h('自我评价'), para('工作认真负责，具备较强的沟通协调能力与团队管理经验，能承受较大的工作压力。'),
  ];
  return mkDoc('SimSun', 21, [
    { properties: { page: { ...A4, margin: { top: 1000, bottom: 1000, left: 1000, right: 1000 } } }, children: [head] },
    { properties: { type: 'continuous', page: { ...A4, margin: { top: 1000, bottom: 1000, left: 1000, right: 1000 } }, column: { count: 2, space: 500, equalWidth: false, children: [new Column({ width: 4703, space: 500 }), new Column({ width: 4703 })] } }, children: body },
    { properties: { type: 'continuous', page: { ...A4, margin: { top: 1000, bottom: 1000, left: 1000, right: 1000 } } }, children: [para([t('本人承诺以上信息真实有效。', { size: 18, color: '666666' })], { alignment: AlignmentType.CENTER, spacing: { before: 200 } })] },
  ]);
}

// X5 hk-caps-cv — Hong Kong English CV in Word: "NG Ka Yan, Karen (吳嘉欣)" with the family name in capitals, personal
// particulars (HKID holder / expected salary / availability), "Company Name (Mon YYYY – Present)" bold with the title
// underneath in italics, references "available upon request".
function hkCaps(p: Person) {
  const [fam, ...given] = p.latin!.split(' ');
  const sg = p.id === 'p14';
  const nm = `${fam.toUpperCase()} ${given.join(' ')}, ${p.nick} (${p.name})`;
  const kv = (k: string, v: string) => para([t(k, { bold: true }), t('\t: ' + v)], { tabStops: [{ type: TabStopType.LEFT, position: 2300 }] });
  return mkDoc('Times New Roman', 22, [{ properties: { page: { ...A4, margin: { top: 1000, bottom: 1000, left: 1200, right: 1200 } } },
    headers: { default: new Header({ children: [para([t('Curriculum Vitae', { italics: true, size: 16 })], { alignment: AlignmentType.RIGHT })] }) },
    children: [
      para([t(nm, { bold: true, size: 32 })], { alignment: AlignmentType.CENTER }),
      para(`Mobile: ${sg ? '+65 ' : '(852) '}${p.phoneShown}  |  Email: ${p.email}`, { alignment: AlignmentType.CENTER, spacing: { after: 200 } }),
      heading('PERSONAL PARTICULARS', { size: 22 }),
      kv('Residential status', sg ? 'Singapore Permanent Resident' : 'HKID holder'), kv('Address', p.city), kv('Expected salary', sg ? 'S$14,500 per month (negotiable)' : 'HK$55,000 per month'), kv('Availability', sg ? '2 months\u2019 notice' : 'One month\u2019s notice'),
      heading('EMPLOYMENT HISTORY', { size: 22 }),
      ...rev(p).flatMap((j) => [para([t(`${j.company} (${d(j.start, 'Mon YYYY')} – ${d(j.end, 'Mon YYYY')})`, { bold: true })], { spacing: { before: 140 } }),
        para([t(j.title, { italics: true })]), ...j.duties.map(bullet)]),
      heading('EDUCATION', { size: 22 }), ...p.edu.map((e) => para(`${e.degree}, ${e.school} (${e.start.slice(0, 4)} – ${e.end.slice(0, 4)})`)),
      heading('SKILLS', { size: 22 }), ...skills(p).map(bullet),
      heading('LANGUAGES', { size: 22 }), para(p.languages.join(' / ')),
      heading('PROFESSIONAL QUALIFICATIONS', { size: 22 }), ...p.certs.map(bullet),
      para([t('References available upon request.', { italics: true })], { spacing: { before: 200 } }),
    ] }]);
}

// X6 firstpage-header — US/Canadian/Australian Word résumé where the name and contact sit in a *first-page-only*
// header (titlePage), page 2 header is just "Name — page N"; body: "Title | Company | City" line then "Mon YYYY – Mon
// YYYY" flush right via a right tab on the same line as the title.
function firstpageHeader(p: Person) {
  const RT = [{ type: TabStopType.RIGHT, position: 9600 }];
  return mkDoc('Garamond', 22, [{ properties: { titlePage: true, page: { ...A4, margin: { top: 1900, bottom: 1000, left: 1150, right: 1150 } } },
    headers: {
      first: new Header({ children: [para([t(p.name, { bold: true, size: 40, color: '2F5496' })]), para(`${p.city}  •  ${p.phoneShown}  •  ${p.email}${p.other ? '  •  ' + p.other : ''}`, { border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: '2F5496', space: 4 } } })] }),
      default: new Header({ children: [para([t(`${p.name} — page `), new TextRun({ children: [PageNumber.CURRENT] })], { alignment: AlignmentType.RIGHT })] }),
    },
    children: [
      heading('SUMMARY', { color: '2F5496' }), para(`${p.headline} with ${Math.floor(yearsWorked(p.work, REF))}+ years of experience.`),
      heading('EXPERIENCE', { color: '2F5496' }),
      ...rev(p).flatMap((j) => [para([t(`${j.title} | ${j.company} | ${j.city}`, { bold: true }), t(`\t${d(j.start, 'Mon YYYY')} – ${d(j.end, 'Mon YYYY')}`)], { tabStops: RT, spacing: { before: 120 } }), ...j.duties.map(bullet)]),
      ...(p.id === 'p02' ? [para([t('Career break (Aug 2018 – Apr 2019): relocation to Canada and post-graduate study.', { italics: true })], { spacing: { before: 120 } })] : []),
      heading('EDUCATION', { color: '2F5496' }), ...p.edu.map((e) => para([t(`${e.degree}, ${e.school}`), t(`\t${d(e.end, 'Mon YYYY')}`)], { tabStops: RT })),
      heading('SKILLS', { color: '2F5496' }), para(skills(p).join(' • ')),
      heading('CERTIFICATIONS & LANGUAGES', { color: '2F5496' }), para(p.certs.join('; ')), para(p.languages.join(', ')),
    ] }]);
}

// X7 bilingual-rows — 外企 bilingual Word table CV: every label "中文 English", work rows with a period cell
// "2016.07 – 2018.03" / "2021.09 – 至今 Present", company and title in separate cells, duties in a spanning row.
function bilingualRows(p: Person) {
  const S = 'D9E2F3';
  const rows: TableRow[] = [
    row([cell([para([t('个人简历 Résumé', { bold: true, size: 30 })], { alignment: AlignmentType.CENTER })], { span: 4 })]),
    row([cell('姓名 Name', { shade: S, w: 1900 }), cell(`${p.name}（${p.latin}）`, { w: 3000 }), cell('手机 Mobile', { shade: S, w: 1700 }), cell(p.phoneShown, { w: 3000 })]),
    row([cell('邮箱 E-mail', { shade: S }), cell(p.email), cell('城市 City', { shade: S }), cell(p.city)]),
    row([cell('求职意向 Objective', { shade: S }), cell(p.headline, { span: 3 })]),
    row([cell('工作经历 Work Experience', { span: 4, shade: S, bold: true })]),
    row([cell('时间 Period', { shade: S }), cell('公司 Company', { shade: S }), cell('职位 Title', { shade: S }), cell('地点 Location', { shade: S })]),
    ...rev(p).flatMap((j) => [row([cell(`${d(j.start, 'YYYY.MM')} – ${j.end ? d(j.end, 'YYYY.MM') : '至今 Present'}`), cell(j.company), cell(j.title), cell(j.city)]),
      row([cell(''), cell(j.duties.map((x) => '· ' + x).join('\n'), { span: 3 })])]),
    row([cell('教育背景 Education', { span: 4, shade: S, bold: true })]),
    ...p.edu.map((e) => row([cell(`${d(e.start, 'YYYY.MM')} – ${d(e.end, 'YYYY.MM')}`), cell(e.school), cell(e.degree, { span: 2 })])),
    row([cell('专业技能 Skills', { shade: S }), cell(skills(p).join(' / '), { span: 3 })]),
    row([cell('语言 Languages', { shade: S }), cell(p.languages.join('; '), { span: 3 })]),
    row([cell('证书 Certificates', { shade: S }), cell(p.certs.join('; '), { span: 3 })]),
  ];
  return mkDoc('Microsoft YaHei', 19, [{ properties: { page: { ...A4, margin: { top: 1000, bottom: 1000, left: 1100, right: 1100 } } }, children: [table(rows, [1900, 3000, 1700, 3000])] }]);
}

// X8 grouped-tenure — Word CV where roles are grouped under the employer, the employer line carries only the overall
// span in *years* ("2015 – present" / "2010年至今") and each role its months in brackets after the title.
function groupedTenure(p: Person) {
  const zh = p.language === 'zh';
  const RT = [{ type: TabStopType.RIGHT, position: 9500 }];
  const H = (en: string, z: string) => para([t(zh ? z : en.toUpperCase(), { bold: true, size: 22, color: '7B2C2C' })], { spacing: { before: 220, after: 80 }, border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '7B2C2C', space: 2 } } });
  return mkDoc(zh ? 'PMingLiU' : 'Cambria', 21, [{ properties: { page: { ...A4, margin: { top: 1000, bottom: 1000, left: 1200, right: 1200 } } },
    footers: { default: new Footer({ children: [para([t(zh ? `${p.name}　個人履歷` : `${p.name} — CV`, { size: 16, color: '888888' })], { alignment: AlignmentType.CENTER })] }) },
    children: [
      para([t(p.name, { bold: true, size: 40 })]),
      para(zh ? `${p.headline}　|　手提：${p.phoneShown}　|　電郵：${p.email}　|　${p.city}` : `${p.headline}  |  Mobile ${p.phoneShown}  |  ${p.email}  |  ${p.city}`),
      ...(p.other ? [para(p.other)] : []),
      H('Professional experience', '工作經驗'),
      ...groups(p).flatMap((g) => {
        const s = g.roles[g.roles.length - 1].start.slice(0, 4), e = g.roles[0].end;
        const span = zh ? (e ? `${s}年 – ${e.slice(0, 4)}年` : `${s}年至今`) : `${s} – ${e ? e.slice(0, 4) : 'present'}`;
        return [para([t(g.company, { bold: true }), t(`${zh ? '，' : ', '}${g.city}\t${span}`)], { tabStops: RT, spacing: { before: 160 } }),
          ...g.roles.flatMap((j) => [para([t(j.title, { italics: !zh, bold: zh }), t(zh ? `（${d(j.start, 'YYYY年M月')}${j.end ? '至' + d(j.end, 'YYYY年M月') : '至今'}）` : ` (${d(j.start, 'Month YYYY')} – ${d(j.end, 'Month YYYY', 'present')})`)], { indent: { left: 300 } }),
            ...j.duties.map((x) => para('– ' + x, { indent: { left: 600 } }))])];
      }),
      H('Education', '學歷'), ...p.edu.map((e) => para([t(`${e.school}${zh ? '　' : ', '}${e.degree}`), t(`\t${e.start.slice(0, 4)} – ${e.end.slice(0, 4)}`)], { tabStops: RT })),
      H('Skills', '技能'), para(skills(p).join(zh ? '、' : ' · ')),
      H('Languages & certifications', '語言及專業資格'), para(p.languages.join(zh ? '；' : '; ')), para(p.certs.join(zh ? '；' : '; ')),
    ] }]);
}

// ---------- HTML helpers ----------
const page = (css: string, body: string, lang = 'en') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>
*{box-sizing:border-box} body{margin:0;font-family:"Liberation Sans",Arial,"Noto Sans CJK SC","WenQuanYi Zen Hei",sans-serif;font-size:10pt;color:#222;line-height:1.35}
${css}</style></head><body>${body}</body></html>`;
const avatar = (c = '#9aa7b4', bg = '#e3e8ee') => `<svg viewBox="0 0 60 72" width="100%" height="100%"><rect width="60" height="72" fill="${bg}"/><circle cx="30" cy="26" r="13" fill="${c}"/><path d="M6 72c2-18 12-26 24-26s22 8 24 26z" fill="${c}"/></svg>`;
const ul = (a: string[]) => `<ul>${a.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>`;

// H1 totaljobs-profile — UK job-board candidate profile printed from the browser: site bar, left column "Your
// details" (contact, desired job, salary, right to work, relocation), right "Work history" cards with the dates on
// their own grey line and "(n yrs m mos)", skills as chips; site footer with the board's own helpline.
function totaljobs(p: Person) {
  const css = `.bar{background:#5a1d8c;color:#fff;padding:6px 10px;font-weight:bold;display:flex;justify-content:space-between}.bar span{font-weight:normal;font-size:8.5pt}
  .wrap{display:flex;gap:14px;margin-top:10px}.l{width:33%;background:#f4f1f8;padding:10px;border-radius:6px}.r{flex:1}
  h1{font-size:18pt;margin:0 0 2px}h2{font-size:11pt;color:#5a1d8c;border-bottom:1px solid #d8cde6;margin:12px 0 6px}.k{color:#666;font-size:8.5pt;margin-top:6px}
  .card{border:1px solid #ddd;border-radius:6px;padding:7px 9px;margin-bottom:7px}.card b{font-size:10.5pt}.dt{color:#777;font-size:8.5pt}.chip{display:inline-block;background:#ece4f5;border-radius:10px;padding:1px 8px;margin:2px;font-size:8.5pt}
  .foot{margin-top:10px;font-size:7.5pt;color:#888;border-top:1px solid #ccc;padding-top:4px}ul{margin:3px 0 0 16px;padding:0}`;
  const b = `<div class="bar">jobboard<span>Candidate profile · printed 14/12/2026</span></div>
  <div class="wrap"><div class="l"><h1>${esc(p.name)}</h1><div>${esc(p.headline)}</div>
  <h2>Your details</h2><div class="k">Mobile</div><div>${p.phoneShown}</div>${p.other ? `<div class="k">Other</div><div>${esc(p.other)}</div>` : ''}<div class="k">Email</div><div>${p.email}</div>
  <div class="k">Location</div><div>${esc(p.city)}</div><div class="k">Desired job title</div><div>${esc(p.headline)}</div><div class="k">Right to work</div><div>${p.id === 'p07' ? 'Requires sponsorship (UK)' : 'Yes — UK'}</div>
  <div class="k">Willing to relocate</div><div>Yes</div>
  <h2>Languages</h2>${p.languages.map((l) => `<div>${esc(l)}</div>`).join('')}
  <h2>Education</h2>${p.edu.map((e) => `<div><b>${esc(e.degree)}</b><br>${esc(e.school)}<br><span class="dt">${e.end.slice(0, 4)}</span></div>`).join('')}
  <h2>Certifications</h2>${p.certs.map((c) => `<div>${esc(c)}</div>`).join('')}</div>
  <div class="r"><h2>Work history</h2>${rev(p).map((j) => `<div class="card"><b>${esc(j.title)}</b><div>${esc(j.company)} · ${esc(j.city)}</div>
  <div class="dt">${d(j.start, 'Mon YYYY')} - ${d(j.end, 'Mon YYYY', 'Current')} (${dur(j)})</div>${ul(j.duties)}</div>`).join('')}
  <h2>Skills</h2>${skills(p).map((s) => `<span class="chip">${esc(s)}</span>`).join('')}</div></div>
  <div class="foot">Need help? Call our candidate support team on 0800 470 0127 · Profile ID 48810${p.id.slice(1)}93</div>`;
  return page(css, b);
}

// H2 zh-baotu-rings — 图库站 (包图/熊猫类) 商务 Word/PSD-style template rendered as HTML: dark left band with photo,
// icon contacts, skills as SVG percentage rings; right: 工作经历 with "2019.03-至今" left of the company in a dotted timeline.
function baotu(p: Person) {
  const T = (s: string, tr: string) => (p.trad ? tr : s);
  const pct = [92, 88, 85, 80, 78, 75, 72, 70];
  const ring = (v: number) => `<svg width="46" height="46" viewBox="0 0 46 46"><circle cx="23" cy="23" r="18" stroke="#41566e" stroke-width="5" fill="none"/><circle cx="23" cy="23" r="18" stroke="#f0b429" stroke-width="5" fill="none" stroke-dasharray="${(v / 100) * 113} 113" transform="rotate(-90 23 23)"/><text x="23" y="27" font-size="10" fill="#fff" text-anchor="middle">${v}%</text></svg>`;
  const css = `.g{display:grid;grid-template-columns:62mm 1fr;min-height:262mm}.l{background:#2c3e50;color:#eef;padding:14px 12px}.ph{width:30mm;height:36mm;margin:0 auto 8px;border:3px solid #f0b429}
  .l h1{text-align:center;font-size:20pt;margin:4px 0}.l .hd{text-align:center;color:#f0b429;margin-bottom:10px}.l h3{color:#f0b429;border-bottom:1px solid #f0b429;font-size:11pt;margin:12px 0 6px}
  .ic{display:flex;gap:6px;align-items:center;margin:4px 0;font-size:9pt}.ic i{font-style:normal;color:#f0b429;width:14px}.rings{display:grid;grid-template-columns:1fr 1fr;gap:4px}.rg{text-align:center;font-size:8pt}
  .r{padding:14px 16px}.r h2{font-size:13pt;color:#2c3e50;border-left:6px solid #f0b429;padding-left:8px;margin:6px 0 10px}.it{display:grid;grid-template-columns:28mm 1fr;border-left:2px dotted #aaa;margin-left:4px;padding:0 0 8px 10px;position:relative}
  .it:before{content:"";position:absolute;left:-6px;top:3px;width:10px;height:10px;border-radius:5px;background:#f0b429}.it .t{color:#666;font-size:9pt}ol{margin:2px 0 0 16px;padding:0}`;
  const b = `<div class="g"><div class="l"><div class="ph">${avatar('#7f8fa3', '#d5dbe2')}</div><h1>${p.name}</h1><div class="hd">${T('求职意向', '應徵職務')}：${p.headline}</div>
  <h3>${T('基本信息', '基本資料')}</h3><div class="ic"><i>☏</i>${p.phoneShown}</div>${p.other ? `<div class="ic"><i>☎</i>${p.other}</div>` : ''}<div class="ic"><i>✉</i>${p.email}</div><div class="ic"><i>⌂</i>${p.city}</div>
  <h3>${T('专业技能', '專業技能')}</h3><div class="rings">${skills(p).map((s, i) => `<div class="rg">${ring(pct[i])}<br>${esc(s)}</div>`).join('')}</div>
  <h3>${T('语言', '語言')}</h3>${p.languages.map((l) => `<div>${l}</div>`).join('')}<h3>${T('证书', '證照')}</h3>${p.certs.map((c) => `<div>${c}</div>`).join('')}</div>
  <div class="r"><h2>${T('工作经历', '工作經歷')}</h2>${rev(p).map((j) => `<div class="it"><div class="t">${d(j.start, 'YYYY.MM')}-${d(j.end, 'YYYY.MM', T('至今', '迄今'))}</div><div><b>${j.company}</b>　${j.title}<ol>${j.duties.map((x) => `<li>${x}</li>`).join('')}</ol></div></div>`).join('')}
  <h2>${T('教育背景', '學歷')}</h2>${p.edu.map((e) => `<div class="it"><div class="t">${d(e.start, 'YYYY.MM')}-${d(e.end, 'YYYY.MM')}</div><div><b>${e.school}</b>　${e.degree}</div></div>`).join('')}
  <h2>${T('自我评价', '自我評價')}</h2><p>${T('责任心强，善于沟通，能快速学习新技术与业务。', '做事細心負責，善於溝通協調，能獨立規劃並執行專案。')}</p></div></div>`;
  return page(css, b, 'zh');
}

// H3 peerlist-profile — developer/professional profile site (Peerlist/Polywork-type) printed: left profile card with
// avatar, @handle, "Open to opportunities" badge, links; right "Work experience" cards with square initials logos and
// "Mar 2022 – Present · 4 yrs 10 mos", skills as a "Stack" list in the card.
function peerlist(p: Person) {
  const handle = p.email.split('@')[0].replace(/\./g, '');
  const css = `.top{font-size:8pt;color:#999;display:flex;justify-content:space-between;border-bottom:1px solid #eee;padding-bottom:4px}.g{display:flex;gap:16px;margin-top:12px}
  .card{width:60mm;border:1px solid #e4e4e4;border-radius:10px;padding:12px}.av{width:22mm;height:22mm;border-radius:50%;overflow:hidden;margin-bottom:6px}.card h1{font-size:15pt;margin:0}.h{color:#888}
  .badge{display:inline-block;background:#e6f7ee;color:#137a43;border-radius:10px;padding:1px 8px;font-size:8pt;margin:6px 0}.card h4{margin:10px 0 3px;font-size:9pt;color:#555;text-transform:uppercase;letter-spacing:.5px}
  .st{display:flex;flex-wrap:wrap;gap:3px}.st span{border:1px solid #ddd;border-radius:4px;padding:0 5px;font-size:8.5pt}.main{flex:1}.main h2{font-size:12pt;margin:0 0 8px}
  .job{display:flex;gap:10px;border-bottom:1px solid #f0f0f0;padding:7px 0}.logo{width:34px;height:34px;border-radius:6px;background:#1e293b;color:#fff;font-weight:bold;display:flex;align-items:center;justify-content:center;flex:none}
  .m{color:#777;font-size:8.5pt}ul{margin:3px 0 0 15px;padding:0}`;
  const ini = (s: string) => s.replace(/[^A-Z]/g, '').slice(0, 2) || s.slice(0, 1);
  const nm = p.language === 'mixed' ? `${p.latin} (${p.name})` : p.name;
  const b = `<div class="top"><span>profile.example/${handle}</span><span>${esc(nm)} · Profile</span></div><div class="g"><div class="card"><div class="av">${avatar('#94a3b8', '#e2e8f0')}</div>
  <h1>${esc(nm)}</h1><div class="h">@${handle}</div><div class="badge">● Open to opportunities</div><div>${esc(p.headline)}</div><div class="m">${esc(p.city)}</div>
  <h4>Contact</h4><div>${p.email}</div><div>${p.language === 'mixed' ? '+65 ' : ''}${p.phoneShown}</div><h4>Stack</h4><div class="st">${skills(p).map((s) => `<span>${esc(s)}</span>`).join('')}</div>
  <h4>Languages</h4>${p.languages.map((l) => `<div>${esc(l)}</div>`).join('')}<h4>Credentials</h4>${p.certs.map((c) => `<div>${esc(c)}</div>`).join('')}</div>
  <div class="main"><h2>Work experience</h2>${rev(p).map((j) => `<div class="job"><div class="logo">${ini(j.company)}</div><div><b>${esc(j.title)}</b><div>${esc(j.company)}</div>
  <div class="m">${d(j.start, 'Mon YYYY')} – ${d(j.end, 'Mon YYYY')} · ${dur(j)} · ${esc(j.city)}</div>${ul(j.duties)}</div></div>`).join('')}
  <h2 style="margin-top:12px">Education</h2>${p.edu.map((e) => `<div class="job"><div class="logo" style="background:#64748b">ED</div><div><b>${esc(e.school)}</b><div>${esc(e.degree)}</div><div class="m">${e.start.slice(0, 4)} – ${e.end.slice(0, 4)}</div></div></div>`).join('')}</div></div>`;
  return page(css, b);
}

// H4 hk-recruit-profile — Hong Kong job-portal "My Profile / 我的履歷" print with a bilingual UI (labels "職位 Position"),
// right column "個人資料 Personal Info" (expected salary HK$, availability, HKID status); left work history with
// "2020年7月 - 現在 Present"; the portal hotline in the footer.
function hkRecruit(p: Person) {
  const mx = p.language === 'mixed';
  const nm = mx ? `${p.latin}, ${p.nick} ${p.name}` : p.name;
  const css = `.hd{background:#c8102e;color:#fff;padding:6px 10px;display:flex;justify-content:space-between}.g{display:grid;grid-template-columns:1fr 63mm;gap:12px;margin-top:10px}
  h1{font-size:17pt;margin:0}h2{font-size:10.5pt;background:#f2f2f2;border-left:4px solid #c8102e;padding:3px 6px;margin:10px 0 6px}.r{border:1px solid #ddd;padding:8px;font-size:9pt}
  .lb{color:#888;font-size:8pt;margin-top:5px}.j{margin-bottom:8px}.j .dt{color:#c8102e;font-size:9pt}.ft{font-size:7.5pt;color:#777;margin-top:12px;border-top:1px solid #ddd;padding-top:4px}ul{margin:2px 0 0 16px;padding:0}`;
  const b = `<div class="hd"><b>招聘網 JobsHK</b><span>我的履歷 My Profile　|　更新日期 Updated: 09/12/2026</span></div>
  <div class="g"><div><h1>${esc(nm)}</h1><div>${esc(p.headline)}</div>
  <h2>工作經驗 Work Experience</h2>${rev(p).map((j) => `<div class="j"><div class="dt">${d(j.start, 'YYYY年M月')} - ${j.end ? d(j.end, 'YYYY年M月') : '現在 Present'}</div>
  <div><span class="lb">公司 Company</span> <b>${esc(j.company)}</b></div><div><span class="lb">職位 Position</span> ${esc(j.title)}</div>${ul(j.duties)}</div>`).join('')}
  <h2>學歷 Education</h2>${p.edu.map((e) => `<div class="j"><b>${esc(e.school)}</b><br>${esc(e.degree)}　${e.start.slice(0, 4)} - ${e.end.slice(0, 4)}</div>`).join('')}
  <h2>技能 Skills</h2>${ul(skills(p))}</div>
  <div class="r"><b>個人資料 Personal Info</b><div class="lb">流動電話 Mobile</div><div>(852) ${p.phoneShown}</div>${p.other ? `<div class="lb">其他電話 Other</div><div>${esc(p.other)}</div>` : ''}
  <div class="lb">電郵 Email</div><div>${p.email}</div><div class="lb">地區 District</div><div>${esc(p.city)}</div><div class="lb">期望月薪 Expected Salary</div><div>HK$${mx ? '55,000' : '42,000'}</div>
  <div class="lb">可上班日期 Availability</div><div>一個月通知 1 month</div><div class="lb">身份 Status</div><div>香港永久居民 HK Permanent Resident</div>
  <div class="lb">語言 Languages</div>${p.languages.map((l) => `<div>${esc(l)}</div>`).join('')}<div class="lb">證書 Certificates</div>${p.certs.map((c) => `<div>${esc(c)}</div>`).join('')}</div></div>
  <div class="ft">客戶服務熱線 Customer Hotline: 3105 2660 · 此履歷由求職者提供 This profile is provided by the job seeker.</div>`;
  return page(css, b, 'zh-HK');
}

// H5 pnet-profile — South African job-portal candidate profile print: left "Snapshot" column (current salary ZAR,
// notice period, EE status, licence, relocation), right work history with "Jan 2019 to Present" under the company.
function pnet(p: Person) {
  const css = `.hd{border-bottom:3px solid #00857c;padding-bottom:6px;display:flex;justify-content:space-between;align-items:flex-end}h1{margin:0;font-size:19pt}.g{display:flex;gap:14px;margin-top:10px}
  .l{width:58mm;background:#eef7f6;padding:9px}.l div.k{color:#00857c;font-size:8pt;text-transform:uppercase;margin-top:6px}.r{flex:1}h2{font-size:11pt;color:#00857c;margin:10px 0 5px}
  .j{border-left:3px solid #00857c;padding-left:8px;margin-bottom:8px}.d{font-size:9pt;color:#555}ul{margin:2px 0 0 15px;padding:0}`;
  const b = `<div class="hd"><div><h1>${esc(p.name)}</h1>${esc(p.headline)}</div><div style="font-size:8pt;color:#777">Candidate ref. ZA-771${p.id.slice(1)}04</div></div>
  <div class="g"><div class="l"><b>Snapshot</b><div class="k">Cell</div>${p.phoneShown}<div class="k">Email</div>${p.email}<div class="k">Location</div>${esc(p.city)}
  <div class="k">Current salary</div>R 61 000 pm (CTC)<div class="k">Notice period</div>1 calendar month<div class="k">EE status</div>African female<div class="k">Driver's licence</div>Code EB, own vehicle
  <div class="k">Languages</div>${p.languages.join(', ')}<div class="k">Qualification</div>${p.edu.map((e) => esc(`${e.degree} (${e.school}, ${e.end.slice(0, 4)})`)).join('')}
  <div class="k">Registrations</div>${p.certs.join(', ')}</div>
  <div class="r"><h2>Work history</h2>${rev(p).map((j) => `<div class="j"><b>${esc(j.title)}</b><div>${esc(j.company)} — ${esc(j.city)}</div><div class="d">${d(j.start, 'Mon YYYY')} to ${d(j.end, 'Mon YYYY')}</div>${ul(j.duties)}</div>`).join('')}
  <h2>Skills</h2>${ul(skills(p))}<h2>References</h2><div>Mr T. Sithole, Operations Director, Kgotso Financial Group — 011 784 3300</div></div></div>`;
  return page(css, b);
}

// H6 jobs-ch-dossier — Swiss/DACH recruitment-agency candidate dossier in English: agency letterhead with the
// consultant's direct line, a particulars table, then the career table "from | to | company | function" (MM.YYYY, "ongoing").
function dossier(p: Person) {
  const css = `.lh{display:flex;justify-content:space-between;border-bottom:2px solid #b00;padding-bottom:5px}.lh b{font-size:14pt;color:#b00}.lh div{font-size:8pt;text-align:right}
  h1{font-size:16pt;margin:10px 0 2px}table{border-collapse:collapse;width:100%;margin-top:6px}td,th{border:1px solid #999;padding:3px 5px;vertical-align:top;font-size:9pt;text-align:left}th{background:#eee}
  h2{font-size:10.5pt;margin:12px 0 2px;text-transform:uppercase;color:#b00}.lab{width:38mm;background:#f6f6f6}ul{margin:2px 0 0 14px;padding:0}`;
  const b = `<div class="lh"><b>Helvetia Talent Partners AG</b><div>Your consultant: Sandra Keller · direct +41 61 205 44 18<br>Steinenvorstadt 19, 4051 Basel · www.helvetia-talent.example</div></div>
  <h1>Candidate dossier — ${esc(p.name)}</h1><div>Proposed for: ${esc(p.headline)} · Dossier no. HTP-2026-${p.id.slice(1)}417</div>
  <h2>Particulars</h2><table><tr><td class="lab">Name</td><td>${esc(p.name)}</td><td class="lab">Mobile</td><td>${p.phoneShown}</td></tr>
  <tr><td class="lab">E-mail</td><td>${p.email}</td><td class="lab">Residence</td><td>${esc(p.city)}</td></tr>
  <tr><td class="lab">Permit</td><td>${p.id === 'p05' ? 'B permit (EU/EFTA)' : 'Requires permit'}</td><td class="lab">Notice</td><td>3 months</td></tr></table>
  <h2>Career</h2><table><tr><th style="width:17mm">from</th><th style="width:17mm">to</th><th>company</th><th>function / main tasks</th></tr>
  ${rev(p).map((j) => `<tr><td>${d(j.start, 'MM.YYYY')}</td><td>${j.end ? d(j.end, 'MM.YYYY') : 'ongoing'}</td><td>${esc(j.company)}<br><small>${esc(j.city)}</small></td><td><b>${esc(j.title)}</b>${ul(j.duties)}</td></tr>`).join('')}</table>
  <h2>Education</h2><table>${p.edu.map((e) => `<tr><td style="width:34mm">${d(e.start, 'MM.YYYY')} – ${d(e.end, 'MM.YYYY')}</td><td>${esc(e.degree)}, ${esc(e.school)}</td></tr>`).join('')}</table>
  <h2>Skills</h2><table><tr><td>${skills(p).map(esc).join(' · ')}</td></tr></table>
  <h2>Languages &amp; certificates</h2><table><tr><td class="lab">Languages</td><td>${p.languages.join(', ')}</td></tr><tr><td class="lab">Certificates</td><td>${p.certs.map(esc).join(', ')}</td></tr></table>
  <p style="font-size:8pt;color:#666">Presented in confidence. Direct contact with the candidate only via Helvetia Talent Partners AG.</p>`;
  return page(css, b);
}

// H7 zh-tbl-yearcols — 履历表 with the period split into four cells: 起 年 | 月 | 止 年 | 月 (止 left as "至今" over both).
function yearcols(p: Person) {
  const css = `h1{text-align:center;font-size:18pt;letter-spacing:8px;margin:0 0 8px;font-family:"Noto Serif CJK SC",serif}table{border-collapse:collapse;width:100%}td{border:1px solid #333;padding:4px 5px;font-size:9.5pt;text-align:center}
  .l{background:#f0f0f0;width:18mm}.t{text-align:left}.ph{width:28mm;height:36mm;padding:0}`;
  const w = rev(p).reverse();
  const b = `<h1>个人履历表</h1><table><tr><td class="l">姓名</td><td>${p.name}</td><td class="l">求职岗位</td><td colspan="4">${p.headline}</td><td rowspan="4" class="ph">${avatar()}</td></tr>
  <tr><td class="l">手机</td><td>${p.phoneShown}</td><td class="l">电子邮箱</td><td colspan="4">${p.email}</td></tr>
  <tr><td class="l">现居住地</td><td>${p.city}</td><td class="l">其他电话</td><td colspan="4">${p.other ?? '无'}</td></tr>
  <tr><td class="l">职业资格</td><td colspan="6" class="t">${p.certs.join('；')}</td></tr>
  <tr><td class="l" rowspan="${w.length + 2}">工<br>作<br>经<br>历</td><td colspan="2">起</td><td colspan="2">止</td><td colspan="3">工作单位 / 职务</td></tr>
  <tr><td>年</td><td>月</td><td>年</td><td>月</td><td colspan="2">工作单位</td><td>职务</td></tr>
  ${w.map((j) => `<tr><td>${j.start.slice(0, 4)}</td><td>${Number(j.start.slice(5))}</td>${j.end ? `<td>${j.end.slice(0, 4)}</td><td>${Number(j.end.slice(5))}</td>` : '<td colspan="2">至今</td>'}<td colspan="2" class="t">${j.company}</td><td>${j.title}</td></tr>`).join('')}
  <tr><td class="l" rowspan="${p.edu.length + 1}">学<br>历</td><td colspan="2">入学</td><td colspan="2">毕业</td><td colspan="3">学校 / 专业</td></tr>
  ${p.edu.map((e) => `<tr><td colspan="2">${d(e.start, 'YYYY.MM')}</td><td colspan="2">${d(e.end, 'YYYY.MM')}</td><td colspan="3" class="t">${e.school}　${e.degree}</td></tr>`).join('')}
  <tr><td class="l">专业技能</td><td colspan="7" class="t">${skills(p).join('，')}</td></tr><tr><td class="l">外语</td><td colspan="7" class="t">${p.languages.join('；')}</td></tr>
  <tr><td class="l">主要业绩</td><td colspan="7" class="t">${rev(p).map((j) => j.duties[0]).join('；')}。</td></tr></table>
  <p style="text-align:right;margin-top:14px">本人签名：__________　　日期：2026年12月</p>`;
  return page(css, b, 'zh');
}

// H8 bdjobs-print — South-Asian job-portal "resume format" print: numbered employment blocks as a label | value table
// ("Company Name", "Company Location", "Department", "Position", "Duration: Feb 2015 - Continuing"), career summary,
// "Special Qualification", language proficiency table (Reading/Writing/Speaking), address block.
function bdjobs(p: Person) {
  const css = `h1{font-size:16pt;margin:0}.top{display:flex;justify-content:space-between;border-bottom:1px solid #000;padding-bottom:6px}.ph{width:25mm;height:30mm}
  h2{font-size:10pt;background:#d9d9d9;padding:2px 5px;margin:10px 0 4px;text-decoration:underline}table{border-collapse:collapse;width:100%}td,th{border:1px solid #aaa;padding:2px 5px;font-size:9pt;vertical-align:top;text-align:left}.k{width:38mm}`;
  const b = `<div class="top"><div><h1>${esc(p.name)}</h1>Address: ${esc(p.city)}<br>Mobile No 1: ${p.phoneShown}${p.other ? `<br>${esc(p.other)}` : ''}<br>e-mail : ${p.email}</div><div class="ph">${avatar()}</div></div>
  <h2>Career Objective:</h2><div>To work as ${esc(p.headline)} in a progressive organisation.</div>
  <h2>Career Summary:</h2><div>Total ${Math.floor(yearsWorked(p.work, REF))} years of experience.</div>
  <h2>Special Qualification:</h2><div>${p.certs.map(esc).join('; ')}</div>
  <h2>Employment History:</h2><div>Total Year of Experience : ${Math.floor(yearsWorked(p.work, REF))} Year(s)</div>
  ${rev(p).map((j, i) => `<table style="margin-top:5px"><tr><td colspan="2"><b>${i + 1}. ${esc(j.title)}</b> ( ${d(j.start, 'Month YYYY')} - ${j.end ? d(j.end, 'Month YYYY') : 'Continuing'} )</td></tr>
  <tr><td class="k">Company Name</td><td><b>${esc(j.company)}</b></td></tr><tr><td class="k">Company Location</td><td>${esc(j.city)}</td></tr>
  <tr><td class="k">Duties/Responsibilities</td><td>${j.duties.map(esc).join('<br>')}</td></tr></table>`).join('')}
  <h2>Academic Qualification:</h2><table><tr><th>Exam Title</th><th>Institute</th><th>Year</th></tr>${p.edu.map((e) => `<tr><td>${esc(e.degree)}</td><td>${esc(e.school)}</td><td>${e.end.slice(0, 4)}</td></tr>`).join('')}</table>
  <h2>Specialization:</h2><table><tr><th>Fields of Specialization</th></tr>${skills(p).map((s) => `<tr><td>${esc(s)}</td></tr>`).join('')}</table>
  <h2>Language Proficiency:</h2><table><tr><th>Language</th><th>Reading</th><th>Writing</th><th>Speaking</th></tr>${p.languages.map((l) => `<tr><td>${esc(l)}</td><td>High</td><td>High</td><td>High</td></tr>`).join('')}</table>`;
  return page(css, b);
}

// H9 tw-appform — 臺灣 企業「應徵人員資料表」(filled in before the interview): 民國 birth year, 服務單位 table with
// 起訖年月 "111年7月～迄今" AND 西元 in brackets, 月薪, 離職原因, 主管姓名及電話.
function twAppform(p: Person) {
  const roc = (ym: string | null) => (ym ? `${Number(ym.slice(0, 4)) - 1911}年${Number(ym.slice(5))}月（${d(ym, 'YYYY/MM')}）` : '迄今');
  const css = `h1{text-align:center;font-size:17pt;margin:0}.sub{text-align:center;font-size:9pt;margin-bottom:6px}table{border-collapse:collapse;width:100%;margin-top:4px}td{border:1px solid #000;padding:3px 4px;font-size:9pt}
  .l{background:#eaeaea;text-align:center;white-space:nowrap}.ph{width:27mm;height:34mm;padding:0}`;
  const b = `<h1>星嶼旅遊股份有限公司　應徵人員資料表</h1><div class="sub">應徵職務：${p.headline}　　填表日期：115年12月3日</div>
  <table><tr><td class="l">姓名</td><td>${p.name}</td><td class="l">出生年月日</td><td>民國77年5月</td><td rowspan="3" class="ph">${avatar()}</td></tr>
  <tr><td class="l">行動電話</td><td>${p.phoneShown}</td><td class="l">住家電話</td><td>${p.other?.replace('市話：', '') ?? ''}</td></tr>
  <tr><td class="l">E-mail</td><td colspan="3">${p.email}</td></tr><tr><td class="l">通訊地址</td><td colspan="4">${p.city}信義區松仁路○○號○樓</td></tr></table>
  <table><tr><td class="l" colspan="6">工作經歷（請由最近之工作填起）</td></tr><tr><td class="l">服務機構</td><td class="l">職稱</td><td class="l">起訖年月</td><td class="l">月薪</td><td class="l">離職原因</td><td class="l">主管姓名/電話</td></tr>
  ${rev(p).map((j, i) => `<tr><td>${j.company}</td><td>${j.title}</td><td>${roc(j.start)}～${roc(j.end)}</td><td>${['在職中', '48,000', '41,000', '31,000'][i]}</td><td>${['—', '職涯發展', '升職', '職涯發展'][i]}</td><td>${['—', '吳經理 (02)2657-3381', '', '林主任 (02)2345-6190'][i]}</td></tr>`).join('')}</table>
  <table><tr><td class="l" colspan="3">學歷</td></tr>${p.edu.map((e) => `<tr><td>${e.school}</td><td>${e.degree}</td><td>${roc(e.start)}～${roc(e.end)}</td></tr>`).join('')}</table>
  <table><tr><td class="l">專長技能</td><td>${skills(p).join('、')}</td></tr><tr><td class="l">語文能力</td><td>${p.languages.join('、')}</td></tr><tr><td class="l">證照</td><td>${p.certs.join('、')}</td></tr>
  <tr><td class="l">緊急聯絡人</td><td>陳建宏（父）0928-114-602</td></tr></table>
  <p style="font-size:8.5pt">本人保證以上所填資料均屬實，如有不實願接受解職處分。　　應徵人簽名：＿＿＿＿＿＿</p>`;
  return page(css, b, 'zh-TW');
}

// H10 icon-dates-line — one-column builder résumé where each job's *meta line* is built from inline SVG icons:
// [building] Company · [calendar] 03/2019 – Present · [pin] City, under a large title; contacts in an icon row too.
function iconDates(p: Person) {
  const I = (d0: string) => `<svg width="11" height="11" viewBox="0 0 16 16" style="vertical-align:-1px;margin-right:3px"><path d="${d0}" fill="#0e7490"/></svg>`;
  const cal = I('M2 3h12v11H2zM2 6h12v1H2zM4 1h2v3H4zM10 1h2v3h-2z'), pin = I('M8 1a5 5 0 0 1 5 5c0 4-5 9-5 9S3 10 3 6a5 5 0 0 1 5-5zm0 3a2 2 0 1 0 0 4 2 2 0 0 0 0-4z'),
    bld = I('M2 15V3l6-2v14zM9 15V6h5v9zM4 5h2v2H4zM4 9h2v2H4z'), ph = I('M3 1h4l1 4-2 1a9 9 0 0 0 4 4l1-2 4 1v4c-7 1-13-5-12-12z'), ml = I('M1 3h14v10H1zM1 3l7 6 7-6');
  const css = `h1{font-size:24pt;margin:0;color:#0e7490}.hl{font-size:12pt;margin-bottom:4px}.ct{font-size:9pt;display:flex;gap:14px;flex-wrap:wrap;border-bottom:2px solid #0e7490;padding-bottom:6px}
  h2{font-size:11pt;letter-spacing:1px;color:#0e7490;margin:12px 0 4px}.j{margin-bottom:8px}.j .tt{font-size:11pt;font-weight:bold}.meta{font-size:9pt;color:#444;display:flex;gap:12px}ul{margin:2px 0 0 16px;padding:0}.sk{columns:3}`;
  const b = `<h1>${esc(p.name)}</h1><div class="hl">${esc(p.headline)}</div><div class="ct"><span>${ph}${p.phoneShown}</span><span>${ml}${p.email}</span><span>${pin}${esc(p.city)}</span></div>
  <h2>EXPERIENCE</h2>${rev(p).map((j) => `<div class="j"><div class="tt">${esc(j.title)}</div><div class="meta"><span>${bld}${esc(j.company)}</span><span>${cal}${d(j.start, 'MM/YYYY')} – ${d(j.end, 'MM/YYYY')}</span><span>${pin}${esc(j.city)}</span></div>${ul(j.duties)}</div>`).join('')}
  <h2>EDUCATION</h2>${p.edu.map((e) => `<div class="j"><div class="tt">${esc(e.degree)}</div><div class="meta"><span>${bld}${esc(e.school)}</span><span>${cal}${d(e.start, 'MM/YYYY')} – ${d(e.end, 'MM/YYYY')}</span></div></div>`).join('')}
  <h2>SKILLS</h2><div class="sk">${ul(skills(p))}</div><h2>CERTIFICATIONS</h2>${ul(p.certs)}<h2>LANGUAGES</h2><div>${p.languages.map(esc).join(' · ')}</div>`;
  return page(css, b);
}

// H11 zh-tiaoxing — 一页纸简历 where each job is one bold company line followed by a grey inline meta line
// "职位 ｜ 2019.03 - 至今 ｜ 城市" (all separated by full-width bars), name left with a 在职/求职状态 tag right.
function tiaoxing(p: Person) {
  const T = (s: string, tr: string) => (p.trad ? tr : s);
  const css = `.hd{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:3px solid #333;padding-bottom:6px}h1{font-size:22pt;margin:0}.tag{background:#333;color:#fff;padding:2px 8px;font-size:9pt}
  .ct{margin:5px 0;color:#444}h2{font-size:12pt;margin:12px 0 5px;padding-bottom:2px;border-bottom:1px solid #bbb}.co{font-weight:bold;font-size:10.5pt;margin-top:6px}.mt{color:#666}ul{margin:2px 0 0 18px;padding:0}`;
  const b = `<div class="hd"><div><h1>${p.name}</h1></div><span class="tag">${T('在职 · 看机会', '在職中 · 可面談')}</span></div>
  <div class="ct">${p.headline}　｜　${T('手机', '手機')} ${p.phoneShown}　｜　${p.email}　｜　${p.city}${p.other ? '　｜　' + p.other : ''}</div>
  <h2>${T('工作经历', '工作經歷')}</h2>${rev(p).map((j) => `<div class="co">${j.company}</div><div class="mt">${j.title}　｜　${d(j.start, 'YYYY.MM')} - ${d(j.end, 'YYYY.MM', T('至今', '現在'))}　｜　${j.city}</div>${ul(j.duties)}`).join('')}
  <h2>${T('教育经历', '學歷')}</h2>${p.edu.map((e) => `<div class="co">${e.school}</div><div class="mt">${e.degree}　｜　${d(e.start, 'YYYY.MM')} - ${d(e.end, 'YYYY.MM')}</div>`).join('')}
  <h2>${T('专业技能', '專業技能')}</h2><div>${skills(p).join(' ／ ')}</div><h2>${T('语言 · 证书', '語言 · 證照')}</h2><div>${[...p.languages, ...p.certs].join('；')}</div>`;
  return page(css, b, 'zh');
}

// H12 mixed-en-first — bilingual CV printed English-first then a Chinese 中文简历 page; the English half uses the
// romanised name "Vivian Lin"; the Chinese name only heads the Chinese half (page 2) and the footer.
function enFirst(p: Person) {
  const css = `h1{font-size:20pt;margin:0}h2{font-size:11pt;color:#8b1e3f;border-bottom:1px solid #8b1e3f;margin:10px 0 4px}.j{display:flex;justify-content:space-between}.sub{color:#555}ul{margin:2px 0 4px 16px;padding:0}
  .pb{page-break-before:always}.ft{font-size:8pt;color:#888;margin-top:10px}`;
  const b = `<h1>${p.nick} ${p.latin!.split(' ')[0]} (${p.latin})</h1><div>${esc(p.headline)} · ${p.email} · +86 ${p.phoneShown} · ${esc(p.city)}</div>
  <h2>Experience</h2>${rev(p).map((j) => `<div class="j"><b>${esc(j.company)}</b><span>${d(j.start, 'Mon YYYY')} – ${d(j.end, 'Mon YYYY')}</span></div><div class="sub">${esc(j.title)}, ${j.city}</div>${ul(j.duties)}`).join('')}
  <h2>Education</h2>${p.edu.map((e) => `<div class="j"><b>${esc(e.school)}</b><span>${d(e.start, 'Mon YYYY')} – ${d(e.end, 'Mon YYYY')}</span></div><div class="sub">${esc(e.degree)}</div>`).join('')}
  <h2>Skills</h2><div>${skills(p).map(esc).join(', ')}</div><h2>Languages &amp; Certificates</h2><div>${p.languages.join('; ')} · ${p.certs.join('; ')}</div>
  <div class="ft">${p.name} ${p.latin} — CV (English / 中文)</div>
  <div class="pb"><h1>${p.name}</h1><div>${esc(p.headline)}　电话：${p.phoneShown}　邮箱：${p.email}</div>
  <h2>工作经历</h2>${rev(p).map((j) => `<div class="j"><b>${esc(j.company)}</b><span>${d(j.start, 'YYYY.MM')} – ${d(j.end, 'YYYY.MM', '至今')}</span></div><div class="sub">${esc(j.title)}</div>`).join('')}
  <h2>专业技能</h2><div>${skills(p).map(esc).join('，')}</div></div>`;
  return page(css, b);
}

// H13 mahara-eportfolio — a university ePortfolio page (Mahara-type) printed from the browser: site header, breadcrumbs,
// page title, blocks in two columns: left "Résumé: Employment history" block with field rows (Start date / End date /
// Employer / Job title / Position description), right blocks "Profile information", "Skills", "Education history".
function mahara(p: Person) {
  const css = `.site{background:#1f3d5a;color:#fff;padding:5px 10px;font-size:9pt;display:flex;justify-content:space-between}.bc{font-size:8pt;color:#666;margin:4px 0}
  h1{font-size:16pt;margin:4px 0 8px}.cols{display:grid;grid-template-columns:1.4fr 1fr;gap:12px}.blk{border:1px solid #ccd;border-radius:3px;margin-bottom:10px}.blk h3{margin:0;background:#eef1f5;font-size:10pt;padding:4px 7px}
  .in{padding:6px 8px}table{border-collapse:collapse;width:100%;margin-bottom:6px}td{font-size:9pt;padding:1px 4px;vertical-align:top}td.k{color:#555;width:28mm}`;
  const b = `<div class="site"><b>myPortfolio</b><span>Logged in as ${p.latin}</span></div><div class="bc">Dashboard › Portfolio › Pages › Career page</div><h1>${p.name} ${p.latin} (${p.nick}) — Career page</h1>
  <div class="cols"><div><div class="blk"><h3>Résumé: Employment history</h3><div class="in">${rev(p).map((j) => `<table><tr><td class="k">Start date</td><td>${d(j.start, 'Month YYYY')}</td></tr><tr><td class="k">End date</td><td>${j.end ? d(j.end, 'Month YYYY') : ''}</td></tr>
  <tr><td class="k">Employer</td><td>${esc(j.company)}</td></tr><tr><td class="k">Employer address</td><td>${esc(j.city)}</td></tr><tr><td class="k">Job title</td><td><b>${esc(j.title)}</b></td></tr><tr><td class="k">Position description</td><td>${j.duties.map(esc).join(' ')}</td></tr></table>`).join('')}</div></div></div>
  <div><div class="blk"><h3>Profile information</h3><div class="in">${esc(p.headline)}<br>Mobile phone: +65 ${p.phoneShown}<br>Email: ${p.email}<br>Town: ${p.city}</div></div>
  <div class="blk"><h3>Résumé: Skills</h3><div class="in"><b>Work skills</b><br>${skills(p).map(esc).join('<br>')}</div></div>
  <div class="blk"><h3>Résumé: Education history</h3><div class="in">${p.edu.map((e) => `${esc(e.degree)}<br>${esc(e.school)}<br>${d(e.start, 'Month YYYY')} – ${d(e.end, 'Month YYYY')}`).join('<br>')}</div></div>
  <div class="blk"><h3>Résumé: Certifications</h3><div class="in">${p.certs.map(esc).join('<br>')}</div></div><div class="blk"><h3>Languages</h3><div class="in">${p.languages.map(esc).join('<br>')}</div></div></div></div>`;
  return page(css, b);
}

// ---------- plain text ----------
const wid = (s: string) => [...s].reduce((n, c) => n + (/[\u1100-\uffff]/.test(c) && !/[\u2013\u2014\u2022\u00b7]/.test(c) ? 2 : 1), 0);
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - wid(s)));
function wrap(s: string, n: number): string[] { const out: string[] = []; let cur = ''; for (const w of s.split(' ')) { if (wid(cur + ' ' + w) > n && cur) { out.push(cur); cur = w; } else cur = cur ? cur + ' ' + w : w; } if (cur) out.push(cur); return out; }

// T1 txt-80col-rail — a hand-typeset 80-column résumé.txt (the kind kept on a personal site next to the PDF): main text
// left (50 cols), a rail on the right after " | " with contact, skills, languages; jobs as "TITLE, Employer" + "2019-10 → now".
function txtRail(p: Person) {
  const L: string[] = [];
  const nm = p.language === 'mixed' ? `${p.name} ${p.latin} (${p.nick})` : p.name;
  L.push(nm.toUpperCase(), p.headline, '');
  L.push('EXPERIENCE', '----------');
  for (const j of rev(p)) { L.push(`${j.title}, ${j.company}`); L.push(`${d(j.start, 'YYYY-MM')} → ${j.end ? d(j.end, 'YYYY-MM') : 'now'}   ${j.city}`); for (const x of j.duties) wrap(x, 46).forEach((w, i) => L.push((i ? '  ' : '* ') + w)); L.push(''); }
  L.push('EDUCATION', '---------'); for (const e of p.edu) { L.push(...wrap(e.degree, 48)); L.push(`${e.school}, ${e.start.slice(0, 4)}–${e.end.slice(0, 4)}`); }
  const R = ['CONTACT', p.email, (p.language === 'mixed' ? '+86 ' : '') + p.phoneShown, p.city, '', 'SKILLS', ...skills(p).flatMap((s) => wrap('- ' + s, 26)), '', 'LANGUAGES', ...p.languages.flatMap((s) => wrap(s, 26)), '', 'CERTIFICATES', ...p.certs.flatMap((s) => wrap(s, 26))];
  const n = Math.max(L.length, R.length);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push((pad(L[i] ?? '', 50) + ' | ' + (R[i] ?? '')).trimEnd());
  return out.join('\n') + '\n';
}

// T2 txt-fancygrid — a CV printed by a little script with Python `tabulate(tablefmt="fancy_grid")`: box-drawing tables
// for particulars, employment (Period | Employer | Position), education; skills as a one-column table.
function fancy(rows: string[][], head?: string[]) {
  const all = head ? [head, ...rows] : rows;
  const w = all[0].map((_, c) => Math.max(...all.map((r) => wid(r[c]))));
  const line = (l: string, m: string, r: string) => l + w.map((x) => '═'.repeat(x + 2)).join(m) + r;
  const line1 = (l: string, m: string, r: string) => l + w.map((x) => '─'.repeat(x + 2)).join(m) + r;
  const rr = (r: string[]) => '│' + r.map((c, i) => ' ' + pad(c, w[i]) + ' ').join('│') + '│';
  const out = [line1('╒', '╤', '╕')];
  if (head) { out.push(rr(head)); out.push(line('╞', '╪', '╡')); }
  rows.forEach((r, i) => { out.push(rr(r)); if (i < rows.length - 1) out.push(line1('├', '┼', '┤')); });
  out.push(line1('╘', '╧', '╛'));
  return out.join('\n');
}
function txtFancy(p: Person) {
  const zh = p.language === 'zh';
  const o: string[] = [];
  o.push(zh ? `${p.name} 个人简历` : `CURRICULUM VITAE: ${p.name}`, '');
  o.push(fancy(zh ? [['姓名', p.name], ['手机', p.phoneShown], ['邮箱', p.email], ['办公电话', (p.other ?? '').replace('办公电话：', '')], ['现居', p.city], ['求职意向', p.headline]]
    : [['Name', p.name], ['Mobile', p.phoneShown], ['Email', p.email], ['Address', p.city], ['Target role', p.headline]]), '');
  o.push(zh ? '工作经历' : 'EMPLOYMENT');
  o.push(fancy(rev(p).map((j) => [`${d(j.start, 'YYYY/MM')} - ${d(j.end, 'YYYY/MM', zh ? '至今' : 'present')}`, j.company, j.title]), zh ? ['时间', '单位', '职务'] : ['Period', 'Employer', 'Position']), '');
  o.push(zh ? '教育经历' : 'EDUCATION');
  o.push(fancy(p.edu.map((e) => [`${d(e.start, 'YYYY/MM')} - ${d(e.end, 'YYYY/MM')}`, e.school, e.degree]), zh ? ['时间', '学校', '专业/学历'] : ['Period', 'School', 'Qualification']), '');
  o.push(fancy(skills(p).map((s) => [s]), [zh ? '专业技能' : 'Skills']), '');
  o.push(fancy([...p.languages.map((l) => [zh ? '语言' : 'Language', l]), ...p.certs.map((c) => [zh ? '证书' : 'Certificate', c])]), '');
  o.push(zh ? '# generated by cv.py (tabulate, fancy_grid)' : '# generated by cv.py (tabulate, fancy_grid)');
  return o.join('\n') + '\n';
}

// T3 txt-gumtree — classifieds "Jobs wanted / Services offered" ad copied from the page (Gumtree-type, ZA/AU):
// breadcrumb, ad title, price "Please contact", location, Ad ID, then the CV typed in the description; the seller box
// with the member-since line and the site's safety tips with the site's phone.
function txtGumtree(p: Person) {
  const au = p.id === 'p06';
  const o = [`Home > Jobs > Jobs Wanted > ${au ? 'Hospitality' : 'Human Resources'}`, '',
    `${p.headline} available — ${Math.floor(yearsWorked(p.work, REF))} yrs experience`, 'Please contact', `${p.city}`, `Ad ID 10${p.id.slice(1)}4478213 · Posted 6 days ago · 212 views`, '',
    'Description', '', `Hi, my name is ${p.name} and I am looking for a new role as ${p.headline}.`, '', 'MY EXPERIENCE:'];
  for (const j of rev(p)) { o.push(`> ${j.title} at ${j.company} (${j.city})`, `  ${d(j.start, 'Month YYYY')} till ${d(j.end, 'Month YYYY', 'now')}`); j.duties.forEach((x) => o.push(`  - ${x}`)); }
  o.push('', 'SKILLS:', ...skills(p).map((s) => `  - ${s}`), '', 'TICKETS / CERTIFICATES: ' + p.certs.join(', '), 'LANGUAGES: ' + p.languages.join(', '));
  o.push('', 'EDUCATION: ' + p.edu.map((e) => `${e.degree}, ${e.school} (${e.end.slice(0, 4)})`).join('; '));
  o.push('', `Call or WhatsApp ${p.phoneShown} or email ${p.email}. ${p.other ?? ''}`.trim(), '', 'Contact ' + p.name.split(' ')[0], 'On site since 2017', '', 'Safety tips', '- Never pay anything upfront for a job offer.', `- Report suspicious ads to our team on ${au ? '1800 617 402' : '0861 448 822'}.`, '', 'Share · Save · Report ad');
  return o.join('\n') + '\n';
}

// T4 txt-jianshu — 简书-style blog article copied from the page: title, author line with 字数/阅读/赞, 简历 body in
// 「」 / 一、二、 headings with 2022年11月至今 dates, and the comment area with another user's phone.
function txtJianshu(p: Person) {
  const mx = p.language === 'mixed';
  const o = [`${mx ? '硬件工程师' : '财务经理'}求职｜我的个人简历（${p.name}）`, '', `${p.name.slice(0, 1)}${mx ? '工' : '会计'}_${p.id.slice(1)}  关注`, '0.3  2026.11.28 21:14:06  字数 1,206  阅读 487', '',
    `大家好，我是${p.name}${mx ? `（${p.latin}）` : ''}，目前在${p.city.replace(/ .*/, '')}，想看看新的机会，以下是我的简历，欢迎HR联系。`, '', '一、基本信息', `姓名：${p.name}`, `手机：${p.phoneShown}（微信同号）`, `邮箱：${p.email}`, `求职意向：${p.headline}`, '', '二、工作经历'];
  rev(p).forEach((j, i) => { o.push(`${i + 1}. ${d(j.start, 'YYYY年M月')}${j.end ? '—' + d(j.end, 'YYYY年M月') : '至今'}　${j.company}　${j.title}`); j.duties.forEach((x) => o.push(`　　${x}`)); });
  o.push('', '三、教育背景', ...p.edu.map((e) => `${d(e.start, 'YYYY年M月')}—${d(e.end, 'YYYY年M月')}　${e.school}　${e.degree}`), '', '四、专业技能', ...skills(p).map((s) => `· ${s}`), '', '五、语言及证书', p.languages.join('；'), p.certs.join('；'));
  o.push('', '', '10人点赞', '', '更多精彩内容，就在简书APP', '', '全部评论 3', '', '小鹿HR：您好，我们公司在招，方便加个微信吗？我的电话 0571-8690 2231', 'freshman_2020：写得很清楚，学习了', `${p.name.slice(0, 1)}${mx ? '工' : '会计'}_${p.id.slice(1)}（作者）：@小鹿HR 已私信`);
  return o.join('\n') + '\n';
}

// ---------- assemble ----------
const D = (id: string, tpl: string, layout: Layout, f: (p: Person) => Document) => docx(P(id), tpl, layout, f(P(id)));
for (const id of ['p01', 'p04']) D(id, 'za-sectioncols', 'two-column', zaSectioncols);
for (const id of ['p03', 'p05']) D(id, 'period-linebreak', 'table', periodLinebreak);
for (const id of ['p09', 'p11']) D(id, 'zh-xuhao-table', 'table', zhXuhao);
for (const id of ['p08', 'p10']) D(id, 'zh-flow-cols', 'two-column', zhFlowCols);
for (const id of ['p14', 'p15']) D(id, 'hk-caps-cv', 'single', hkCaps);
for (const id of ['p02', 'p06']) D(id, 'firstpage-header', 'single', firstpageHeader);
for (const id of ['p13', 'p16']) D(id, 'bilingual-rows', 'table', bilingualRows);
for (const id of ['p07', 'p12']) D(id, 'grouped-tenure', 'single', groupedTenure);

const H = (id: string, tpl: string, layout: Layout, f: (p: Person) => string) => html(P(id), tpl, layout, f(P(id)));
for (const id of ['p01', 'p07']) H(id, 'totaljobs-profile', 'two-column', totaljobs);
for (const id of ['p08', 'p11']) H(id, 'zh-baotu-rings', 'two-column', baotu);
for (const id of ['p02', 'p14']) H(id, 'peerlist-profile', 'two-column', peerlist);
for (const id of ['p12', 'p15']) H(id, 'hk-recruit-profile', 'two-column', hkRecruit);
H('p04', 'pnet-profile', 'two-column', pnet);
H('p14', 'mahara-eportfolio', 'two-column', mahara);
for (const id of ['p05', 'p01']) H(id, 'jobs-ch-dossier', 'table', dossier);
for (const id of ['p09', 'p10']) H(id, 'zh-tbl-yearcols', 'table', yearcols);
for (const id of ['p07', 'p03']) H(id, 'bdjobs-print', 'table', bdjobs);
H('p11', 'tw-appform', 'table', twAppform);
for (const id of ['p02', 'p06']) H(id, 'icon-dates-line', 'single', iconDates);
for (const id of ['p08', 'p12']) H(id, 'zh-tiaoxing', 'single', tiaoxing);
H('p13', 'mixed-en-first', 'single', enFirst);

const X = (id: string, tpl: string, layout: Layout, f: (p: Person) => string) => txt(P(id), tpl, layout, f(P(id)));
for (const id of ['p05', 'p13']) X(id, 'txt-80col-rail', 'two-column', txtRail);
for (const id of ['p03', 'p10']) X(id, 'txt-fancygrid', 'table', txtFancy);
for (const id of ['p04', 'p06']) X(id, 'txt-gumtree', 'single', txtGumtree);
for (const id of ['p09', 'p16']) X(id, 'txt-jianshu', 'single', txtJianshu);

await Promise.all(docxJobs);
exportDocxToPdf(docs);
await printHtml(docs, htmlJobs);

truthDocs.sort((a, b) => a.file.localeCompare(b.file));
const truth = {
  referenceDate: REF,
  people: people.map((p) => ({ id: p.id, language: p.language, name: p.name, email: p.email, phone: p.phone, skills: p.skills,
    work: p.work.map((j) => ({ company: j.company, start: j.start, end: j.end })), yearsOfExperience: yearsWorked(p.work, REF) })),
  documents: truthDocs,
};
const files = truthDocs.map((x) => x.file);
const stray = readdirSync(docs).filter((f) => !files.includes(f));
if (stray.length) { console.error('unexpected files:', stray); process.exit(1); }
writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifestOf(docs, files), null, 2) + '\n');
console.log(`${files.length} documents`);
