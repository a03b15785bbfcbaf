/**
 * heldout-34 generator: writes documents/, truth.json and manifest.json.
 *   npx tsx eval/heldout-34/generate.ts [--force]
 * Refuses to run once manifest.json exists unless --force is given.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType, BorderStyle, Document, Footer, Header, Packer, PageNumber, Paragraph, ShadingType, Table, TableCell,
  TableLayoutType, TableRow, TabStopType, TextRun, VerticalAlign, WidthType,
} from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people, type Job, type Person } from './people.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docsDir = path.join(here, 'documents');
const REF = '2026-11';

// ───────────────────────────── dates ─────────────────────────────
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
type DS = 'Mon YYYY' | 'Month YYYY' | 'MM/YYYY' | 'YYYY.MM' | 'YYYY年MM月' | 'YYYY/MM' | 'MON YYYY';
function d(s: string, style: DS): string {
  const y = s.slice(0, 4), m = Number(s.slice(5, 7));
  const mm = String(m).padStart(2, '0');
  switch (style) {
    case 'Mon YYYY': return `${MON[m - 1]} ${y}`;
    case 'MON YYYY': return `${MON[m - 1].toUpperCase()} ${y}`;
    case 'Month YYYY': return `${MONTH[m - 1]} ${y}`;
    case 'MM/YYYY': return `${mm}/${y}`;
    case 'YYYY.MM': return `${y}.${mm}`;
    case 'YYYY年MM月': return `${y}年${mm}月`;
    case 'YYYY/MM': return `${y}/${mm}`;
  }
}
const e = (s: string | null, style: DS, present: string) => (s === null ? present : d(s, style));
const recent = (p: Person) => [...p.jobs].reverse();
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const dob = (p: Person, style: 'dmy' | 'ymd' | 'zh' | 'dots' | 'long') => {
  const [y, m, dd] = p.born.split('-');
  if (style === 'dmy') return `${dd}/${m}/${y}`;
  if (style === 'zh') return `${y}年${Number(m)}月`;
  if (style === 'dots') return `${y}.${m}`;
  if (style === 'long') return `${Number(dd)} ${MONTH[Number(m) - 1]} ${y}`;
  return `${y}-${m}-${dd}`;
};
const initials = (p: Person) => (p.nameEn ?? p.name).split(/[\s-]+/).map((w) => w[0]).join('').slice(0, 2).toUpperCase();
const surname = (p: Person) => p.name.split(' ').slice(-1)[0];
const given = (p: Person) => p.name.split(' ').slice(0, -1).join(' ');

// Other-language versions of mixed people's jobs (title, one line), used by the parallel bilingual template.
const OTHER: Record<string, { title: string; line: string }[]> = {
  p13: [
    { title: '人力资源实习生', line: '筛选简历并安排面试 300 余场。' },
    { title: 'Recruitment Specialist', line: 'Recruited 200+ blue- and white-collar staff a year for manufacturing clients.' },
    { title: '人力资源通才', line: '支持销售与供应链 450 名员工，推动 Workday 核心人事上线。' },
    { title: '人力资源业务伙伴', line: '负责华东运营 1,100 名员工，主导两个站点整合。' },
  ],
  p14: [
    { title: 'Product Intern', line: '撰写竞品分析与用户访谈纪要。' },
    { title: 'Product Manager', line: 'Owned merchant point-of-sale SaaS; 30,000+ paying merchants.' },
    { title: '高级产品经理', line: '搭建 9 币种跨境收款账户，GMV 增长 12 倍。' },
    { title: 'Product Director', line: 'Lead a 15-person product and design team for South-East Asian merchant growth.' },
  ],
  p15: [
    { title: '研究助理（兼职）', line: '清洗调查面板数据，为交通研究编写 R 脚本。' },
    { title: '数据分析师', line: '用 Tableau 为 30 家客户搭建零售客流看板。' },
    { title: 'Data Analyst', line: 'Built a dynamic hotel pricing analysis framework; gross margin +4.5%.' },
    { title: 'Senior Data Analyst', line: 'Lead membership growth and A/B experiment analysis; manage 3 analysts.' },
  ],
  p16: [
    { title: '全职国民服役人员（运输操作员）', line: '第三运输营 副班长。' },
    { title: '维修工程师', line: '负责三栋办公楼的机电系统维护。' },
    { title: 'Facilities Manager', line: 'Ran M&E maintenance for 12 factory buildings; 8% energy saving a year.' },
    { title: '高级设施经理', line: '管理 4 万平方米综合体物业设施，主导 Green Mark 白金级复评。' },
  ],
};

// ───────────────────────────── DOCX helpers ─────────────────────────────
type RunOpt = { bold?: boolean; italics?: boolean; size?: number; color?: string; font?: string; caps?: boolean; underline?: boolean };
const r = (text: string, o: RunOpt = {}) => new TextRun({
  text, bold: o.bold, italics: o.italics, size: o.size, color: o.color, allCaps: o.caps,
  underline: o.underline ? {} : undefined,
  font: o.font ? { ascii: o.font, hAnsi: o.font, eastAsia: o.font, cs: o.font } : undefined,
});
type POpt = { align?: 'left' | 'center' | 'right'; after?: number; before?: number; fill?: string; bullet?: boolean; indent?: number; border?: string; keep?: boolean; tabs?: { pos: number; type: 'right' | 'left'; leader?: boolean }[] };
function p(children: (TextRun | string)[] | string, o: POpt = {}): Paragraph {
  const kids = typeof children === 'string' ? [new TextRun(children)] : children.map((c) => (typeof c === 'string' ? new TextRun(c) : c));
  return new Paragraph({
    children: kids,
    alignment: o.align === 'center' ? AlignmentType.CENTER : o.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
    spacing: { after: o.after ?? 40, before: o.before ?? 0 },
    shading: o.fill ? { type: ShadingType.CLEAR, fill: o.fill, color: 'auto' } : undefined,
    bullet: o.bullet ? { level: 0 } : undefined,
    indent: o.indent ? { left: o.indent } : undefined,
    border: o.border ? { bottom: { style: BorderStyle.SINGLE, size: 8, color: o.border, space: 1 } } : undefined,
    keepNext: o.keep,
    tabStops: o.tabs?.map((t) => ({ type: t.type === 'right' ? TabStopType.RIGHT : TabStopType.LEFT, position: t.pos, leader: t.leader ? 'dot' : undefined })),
  });
}
type COpt = { span?: number; rowSpan?: number; fill?: string; w?: number; valign?: 'center' | 'top'; noBorder?: boolean; margins?: number };
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
function c(content: Paragraph[] | Paragraph | string, o: COpt = {}): TableCell {
  const children = typeof content === 'string' ? [p(content, { after: 0 })] : Array.isArray(content) ? content : [content];
  return new TableCell({
    children, columnSpan: o.span, rowSpan: o.rowSpan,
    shading: o.fill ? { type: ShadingType.CLEAR, fill: o.fill, color: 'auto' } : undefined,
    width: o.w ? { size: o.w, type: WidthType.DXA } : undefined,
    verticalAlign: o.valign === 'top' ? VerticalAlign.TOP : VerticalAlign.CENTER,
    borders: o.noBorder ? { top: NONE, bottom: NONE, left: NONE, right: NONE } : undefined,
    margins: { top: o.margins ?? 40, bottom: o.margins ?? 40, left: 90, right: 90 },
  });
}
function t(rows: TableCell[][], widths: number[], o: { noBorder?: boolean } = {}): Table {
  return new Table({
    rows: rows.map((cells) => new TableRow({ children: cells, cantSplit: false })),
    columnWidths: widths,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: o.noBorder ? { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE } : undefined,
  });
}
const pageNo = (prefix: string, o: RunOpt = {}) => new TextRun({ children: [prefix, PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: o.size ?? 16, font: o.font, color: o.color });
async function writeDocx(file: string, sections: ConstructorParameters<typeof Document>[0]['sections'], font: { ascii: string; eastAsia?: string }, size = 20): Promise<void> {
  const doc = new Document({
    creator: 'Microsoft Office User', title: 'CV',
    styles: { default: { document: { run: { font: { ascii: font.ascii, hAnsi: font.ascii, cs: font.ascii, eastAsia: font.eastAsia ?? font.ascii }, size } } } },
    sections,
  });
  writeFileSync(path.join(docsDir, file), await Packer.toBuffer(doc));
}
const A4 = { width: 11906, height: 16838 };
const margins = (mm: number) => { const tw = Math.round(mm * 56.7); return { top: tw, bottom: tw, left: tw, right: tw }; };

// ───────────────────────────── DOCX templates ─────────────────────────────

/** Word "Banded" résumé: name and section headings in full-width coloured bands, JOB TITLE • COMPANY • DATES lines. */
async function banded(pp: Person, file: string) {
  const band = '2C5F6F';
  const H = (s: string) => p([r(s, { bold: true, color: 'FFFFFF', size: 22 })], { fill: band, before: 200, after: 100, keep: true, indent: 0 });
  const kids: (Paragraph | Table)[] = [
    p([r(pp.name.toUpperCase(), { bold: true, size: 44, color: 'FFFFFF' })], { fill: band, align: 'center', after: 0, before: 0 }),
    p([r(pp.headline, { size: 22, color: 'FFFFFF' })], { fill: band, align: 'center', after: 120 }),
    p([r(`${pp.address.join(', ')}  |  ${pp.phoneLocal}  |  ${pp.email}`, { size: 18, color: '404040' })], { align: 'center', after: 120 }),
    H('OBJECTIVE'), p(pp.summary, { after: 80 }),
    H('SKILLS'),
  ];
  const half = Math.ceil(pp.skills.length / 2);
  const col = (xs: typeof pp.skills) => xs.map((s) => p(s.text, { bullet: true, after: 20 }));
  kids.push(t([[c(col(pp.skills.slice(0, half)), { noBorder: true, valign: 'top' }), c(col(pp.skills.slice(half)), { noBorder: true, valign: 'top' })]], [4900, 4900], { noBorder: true }));
  kids.push(H('EXPERIENCE'));
  for (const j of recent(pp)) {
    kids.push(p([r(j.title.toUpperCase(), { bold: true }), r(' • '), r(j.company, { bold: true, color: band }), r(' • '), r(`${e(j.start, 'MON YYYY', '')} – ${e(j.end, 'MON YYYY', 'PRESENT')}`, { size: 18 })], { before: 100, after: 40, keep: true }));
    for (const b of j.bullets) kids.push(p(b, { bullet: true, after: 20 }));
  }
  kids.push(H('EDUCATION'));
  for (const ed of pp.education) kids.push(p([r(ed.degree.toUpperCase(), { bold: true }), r(` • ${d(ed.end, 'MON YYYY')} • `), r(ed.school)], { after: 60 }));
  kids.push(H('CERTIFICATIONS & LANGUAGES'));
  for (const x of pp.certificates) kids.push(p(x, { bullet: true, after: 20 }));
  kids.push(p(`Languages: ${pp.languages.join(', ')}`, { after: 60, before: 40 }));
  kids.push(H('REFERENCES'));
  if (pp.referees.length && pp.referees[0].phone) for (const rf of pp.referees) kids.push(p(`${rf.name}, ${rf.role}, ${rf.org} — ${rf.phone}`, { after: 40 }));
  else kids.push(p('Available upon request.'));
  await writeDocx(file, [{
    properties: { page: { size: A4, margin: margins(18) } },
    footers: { default: new Footer({ children: [p([pageNo('Page ')], { align: 'center' })] }) },
    children: kids,
  }], { ascii: 'Calibri' }, 21);
}

/** Solomon Islands–style public service application form (Parts A–H, boxed tables, declaration). */
async function solomon(pp: Person, file: string) {
  const post: Record<string, string[]> = {
    p02: ['Senior Architectural Officer', 'Ministry of Infrastructure Development', 'MID 4-112', 'L8/9'],
    p04: ['Principal Accountant', 'Ministry of Fisheries and Marine Resources', 'MFMR 2-031', 'L9/10'],
  };
  const [pos, min, no, lvl] = post[pp.id];
  const G = 'D9D9D9';
  const part = (s: string) => p([r(s, { bold: true, size: 20 })], { before: 160, after: 60, keep: true });
  const L = (s: string, span?: number) => c(p([r(s, { bold: true, size: 18 })], { after: 0 }), { fill: 'F2F2F2', span });
  const V = (s: string, span?: number) => c(p([r(s, { size: 19 })], { after: 0 }), { span });
  const W = [2300, 2700, 2000, 2638];
  const kids: (Paragraph | Table)[] = [
    p([r('SOLOMON ISLANDS GOVERNMENT', { bold: true, size: 26 })], { align: 'center', after: 0 }),
    p([r('PUBLIC SERVICE COMMISSION', { bold: true, size: 22 })], { align: 'center', after: 0 }),
    p([r('APPLICATION FOR EMPLOYMENT IN THE PUBLIC SERVICE', { bold: true, size: 22, underline: true })], { align: 'center', after: 60 }),
    p([r('Please type or print in BLOCK LETTERS. Attach certified copies of certificates and transcripts. Incomplete applications will not be considered.', { italics: true, size: 17 })], { align: 'center', after: 80 }),
    part('PART A – POSITION APPLIED FOR'),
    t([[L('Position title'), V(pos, 3)], [L('Ministry'), V(min, 3)], [L('Position number'), V(no), L('Salary level'), V(lvl)]], W),
    part('PART B – PERSONAL DETAILS'),
    t([
      [L('Full name (surname in capitals)'), V(`${given(pp)} ${surname(pp).toUpperCase()}`, 3)],
      [L('Surname'), V(surname(pp).toUpperCase()), L('Given name(s)'), V(given(pp))],
      [L('Date of birth'), V(dob(pp, 'dmy')), L('Sex'), V(pp.gender)],
      [L('Nationality'), V(pp.nationality), L('Province of origin'), V(pp.id === 'p02' ? 'Guadalcanal' : 'Malaita')],
      [L('Postal address'), V(pp.address.join(', '), 3)],
      [L('Mobile phone'), V(pp.phoneLocal), L('Email'), V(pp.email)],
      [L('Are you a serving public officer?'), V('No'), L('If yes, PF number'), V('—')],
    ], W),
    part('PART C – EDUCATION AND QUALIFICATIONS'),
    t([[L('Institution'), L('Qualification obtained'), L('From'), L('To')], ...pp.education.map((ed) => [V(ed.school), V(ed.degree), V(d(ed.start, 'MM/YYYY')), V(d(ed.end, 'MM/YYYY'))])], [3000, 3638, 1500, 1500]),
    part('PART D – EMPLOYMENT HISTORY (most recent first)'),
    t([[L('Employer'), L('Position held'), L('Location'), L('From (mm/yyyy)'), L('To (mm/yyyy)')],
      ...recent(pp).map((j) => [V(j.company), V(j.title), V(j.town ?? ''), V(d(j.start, 'MM/YYYY')), V(e(j.end, 'MM/YYYY', 'to date'))])], [2700, 2438, 1300, 1600, 1600]),
    part('PART E – SKILLS, KNOWLEDGE AND ABILITIES RELEVANT TO THE POSITION'),
    t([[c(pp.skills.map((s) => p(s.text, { bullet: true, after: 0 })), { valign: 'top' })]], [9638]),
    part('PART F – LANGUAGES AND PROFESSIONAL MEMBERSHIPS'),
    t([[L('Languages spoken'), V(pp.languages.join(', '), 3)], [L('Memberships / other training'), V(pp.certificates.join('; '), 3)]], W),
    part('PART G – REFEREES (not relatives)'),
    t([[L('Name'), L('Position and organisation'), L('Telephone')], ...pp.referees.map((rf) => [V(rf.name), V(`${rf.role}, ${rf.org}`), V(rf.phone)])], [2800, 4638, 2200]),
    part('PART H – DECLARATION'),
    p([r('I declare that the information given in this application is true and correct. I understand that any false or misleading statement may result in my disqualification or, if appointed, dismissal.', { size: 19 })], { after: 200 }),
    p([r('Signature of applicant: ', { size: 19 }), r('____________________________', { size: 19 }), r('          Date: ', { size: 19 }), r('16/10/2026', { size: 19 })], { after: 160 }),
    t([[c([p([r('FOR OFFICE USE ONLY', { bold: true, size: 16 })], { after: 0 }), p([r('Received by: ______________   Date received: ____/____/______   File No.: __________', { size: 16 })], { after: 0 })], { fill: 'EFEFEF' })]], [9638]),
  ];
  await writeDocx(file, [{
    properties: { page: { size: A4, margin: margins(18) } },
    headers: { default: new Header({ children: [p([r('PSC Form 1 (Rev. 2019)', { size: 16, color: '555555' })], { align: 'right' })] }) },
    footers: { default: new Footer({ children: [p([r('Application for Employment in the Public Service    ', { size: 16 }), pageNo('Page ')], { align: 'center' })] }) },
    children: kids,
  }], { ascii: 'Times New Roman' }, 20);
}

/** Eswatini-style civil-service general application form: numbered particulars, employment record, declaration. */
async function eswatini(pp: Person, file: string) {
  const post: Record<string, [string, string, string, string, string]> = {
    p03: ['Chief Laboratory Technologist', 'Ministry of Health', '9311206100234', 'Mafutseni', 'Manzini'],
    p06: ['Senior Agricultural Officer (Irrigation)', 'Ministry of Agriculture', '8805166200518', 'Mhlume', 'Lubombo'],
  };
  const [postName, ministry, pin, inkhundla, region] = post[pp.id];
  const G = 'E7E6E6';
  const L = (s: string, span?: number) => c(p([r(s, { size: 18 })], { after: 0 }), { span, fill: 'F7F7F7' });
  const V = (s: string, span?: number) => c(p([r(s, { size: 19, bold: false })], { after: 0 }), { span });
  const N = (s: string) => c(p([r(s, { size: 18 })], { after: 0, align: 'center' }), { fill: 'F7F7F7' });
  const head = (s: string) => p([r(s, { bold: true, size: 20 })], { before: 160, after: 60, fill: G, keep: true });
  const rows: [string, string][] = [
    ['Surname', surname(pp).toUpperCase()], ['Forename(s)', given(pp)], ['Full names as in identity document', pp.name],
    ['Personal Identification Number (PIN)', pin], ['Date of birth', dob(pp, 'long')], ['Sex', pp.gender],
    ['Nationality', pp.nationality], ['Inkhundla', inkhundla], ['Region', region],
    ['Postal address', pp.address.join(', ')], ['Cellphone number', pp.phoneLocal], ['E-mail address', pp.email],
  ];
  const kids: (Paragraph | Table)[] = [
    p([r('GOVERNMENT OF THE KINGDOM OF ESWATINI', { bold: true, size: 24 })], { align: 'center', after: 0 }),
    p([r('CIVIL SERVICE COMMISSION', { bold: true, size: 22 })], { align: 'center', after: 0 }),
    p([r('GENERAL APPLICATION FORM FOR EMPLOYMENT', { bold: true, size: 22 })], { align: 'center', after: 120, border: '000000' }),
    t([[L('Post applied for'), V(postName)], [L('Ministry / Department'), V(ministry)], [L('Reference number of advertisement'), V(pp.id === 'p03' ? 'CSC/MOH/41/2026' : 'CSC/MOA/17/2026')]], [3400, 6238]),
    head('SECTION A: PARTICULARS OF APPLICANT'),
    t(rows.map(([k, v], i) => [N(`${i + 1}.`), L(k), V(v)]), [600, 3400, 5638]),
    head('SECTION B: EDUCATIONAL AND PROFESSIONAL QUALIFICATIONS'),
    t([[L('Institution attended'), L('From'), L('To'), L('Qualification obtained')], ...pp.education.map((ed) => [V(ed.school), V(d(ed.start, 'Mon YYYY')), V(d(ed.end, 'Mon YYYY')), V(ed.degree)])], [3300, 1300, 1300, 3738]),
    head('SECTION C: EMPLOYMENT RECORD (start with present or last employment)'),
    t([[L('From'), L('To'), L('Name of employer'), L('Post held'), L('Reason for leaving')],
      ...recent(pp).map((j) => [V(d(j.start, 'Mon YYYY')), V(e(j.end, 'Mon YYYY', 'To date')), V(j.company), V(j.title), V(j.end === null ? 'Still employed' : j.kind === 'internship' ? 'End of internship' : pp.gap && pp.gap.start > j.end && pp.gap.start.slice(0, 4) === j.end.slice(0, 4) || pp.gap?.start === `${Number(j.end.slice(0, 4)) + 1}-01` ? 'Further studies' : 'Better opportunity')])], [1200, 1200, 3000, 2438, 1800]),
    ...(pp.gap ? [p([r(`Period not accounted for above: ${d(pp.gap.start, 'Mon YYYY')} – ${d(pp.gap.end, 'Mon YYYY')}: ${pp.gap.note}.`, { size: 18, italics: true })], { before: 40 })] : []),
    head('SECTION D: OTHER SKILLS AND COMPETENCIES'),
    t([[c(pp.skills.map((s) => p(s.text, { bullet: true, after: 0 })), { valign: 'top' })]], [9638]),
    head('SECTION E: LANGUAGES AND PROFESSIONAL REGISTRATION'),
    t([[L('Languages'), V(pp.languages.join(', '))], [L('Professional registration / licences'), V(pp.certificates.join('; '))]], [3400, 6238]),
    head('SECTION F: REFEREES'),
    t([[L('Name'), L('Position'), L('Organisation'), L('Contact number')], ...pp.referees.map((rf) => [V(rf.name), V(rf.role), V(rf.org), V(rf.phone)])], [2300, 2100, 3238, 2000]),
    head('SECTION G: DECLARATION'),
    p([r(`I, ${pp.name}, hereby declare that the particulars furnished in this form are true and complete to the best of my knowledge. I understand that a false statement may disqualify me from appointment or lead to dismissal.`, { size: 19 })], { after: 200 }),
    p([r('Signature: ..........................................        Date: 12 October 2026', { size: 19 })], { after: 200 }),
    t([[c([p([r('FOR OFFICIAL USE ONLY', { bold: true, size: 16 })]), p([r('Date received: ..................   Shortlisted:  YES / NO   Officer: ..................', { size: 16 })])], { fill: 'F2F2F2' })]], [9638]),
  ];
  await writeDocx(file, [{
    properties: { page: { size: A4, margin: margins(17) } },
    footers: { default: new Footer({ children: [p([r('CSC General Application Form   –   ', { size: 15 }), pageNo('Page ', { size: 15 })], { align: 'right' })] }) },
    children: kids,
  }], { ascii: 'Arial' }, 19);
}

/** Word "Bold monogram"-like two-column résumé built on a borderless table: monogram + contact + skills left, story right. */
async function monogram(pp: Person, file: string) {
  const accent = pp.id === 'p06' ? '3B6E3B' : '7A2E3A';
  const LH = (s: string) => p([r(s, { bold: true, size: 20, color: accent })], { before: 200, after: 60, border: accent });
  const RH = (s: string) => p([r(s, { bold: true, size: 22, color: accent })], { before: 220, after: 80, border: accent, keep: true });
  const left: Paragraph[] = [
    p([r(initials(pp), { bold: true, size: 64, color: 'FFFFFF' })], { align: 'center', fill: accent, after: 0, before: 0 }),
    p([r(' ', { size: 10 })], { fill: accent, after: 120 }),
    LH('CONTACT'),
    ...pp.address.map((a) => p([r(a, { size: 18 })], { after: 0 })),
    p([r(pp.phoneLocal, { size: 18 })], { after: 0, before: 60 }),
    p([r(pp.email, { size: 18 })], { after: 0 }),
    LH('SKILLS'),
    ...pp.skills.map((s) => p([r(s.text, { size: 18 })], { bullet: true, after: 0 })),
    LH('LANGUAGES'),
    ...pp.languages.map((l) => p([r(l, { size: 18 })], { after: 0 })),
    LH('CERTIFICATIONS'),
    ...pp.certificates.map((l) => p([r(l, { size: 18 })], { after: 20 })),
  ];
  const right: Paragraph[] = [
    p([r(pp.name.toUpperCase(), { bold: true, size: 46, color: '222222' })], { after: 0 }),
    p([r(pp.headline, { size: 22, color: accent })], { after: 120 }),
    RH('PROFILE'), p(pp.summary, { after: 60 }),
    RH('EXPERIENCE'),
  ];
  for (const j of recent(pp)) {
    right.push(p([r(`${d(j.start, 'Month YYYY')} – ${e(j.end, 'Month YYYY', 'Present')}`, { size: 17, color: '666666' })], { after: 0, before: 100, keep: true }));
    right.push(p([r(j.title, { bold: true }), r(`, ${j.company}`)], { after: 20, keep: true }));
    for (const b of j.bullets) right.push(p([r(b, { size: 19 })], { bullet: true, after: 0 }));
  }
  right.push(RH('EDUCATION'));
  for (const ed of pp.education) right.push(p([r(`${d(ed.start, 'Month YYYY')} – ${d(ed.end, 'Month YYYY')}`, { size: 17, color: '666666' })], { after: 0 }), p([r(ed.degree, { bold: true }), r(`, ${ed.school}`)], { after: 60 }));
  right.push(RH('REFERENCES'));
  for (const rf of pp.referees) right.push(p([r(rf.name, { bold: true }), r(` – ${rf.role}, ${rf.org}. Tel ${rf.phone}`, { size: 19 })], { after: 40 }));
  await writeDocx(file, [{
    properties: { page: { size: A4, margin: { top: 850, bottom: 850, left: 720, right: 720 } } },
    children: [t([[c(left, { noBorder: true, valign: 'top', fill: 'F3F1EE', margins: 120 }), c([p('', { after: 0 })], { noBorder: true }), c(right, { noBorder: true, valign: 'top', margins: 80 })]], [3200, 250, 7016], { noBorder: true })],
  }], { ascii: 'Georgia' }, 20);
}

/** 进修人员申请表: hospital refresher-training application, filled in Word (宋体 grid with photo cell, signatures, seals). */
async function jinxiu(pp: Person, file: string) {
  const x = pp.extra ?? {};
  const host = pp.id === 'p08' ? '陇原大学第一医院' : '南江医学院附属医院';
  const nurse = pp.id === 'p10';
  const F = '宋体';
  const L = (s: string, o: COpt = {}) => c(p([r(s, { size: 21, font: F })], { align: 'center', after: 0 }), o);
  const V = (s: string, o: COpt = {}) => c(p([r(s, { size: 21, font: F })], { align: 'center', after: 0 }), o);
  const W = [1250, 1350, 1050, 1250, 1250, 1600, 1888];
  const cur = pp.jobs[pp.jobs.length - 1];
  const edu = pp.education[0];
  const secHead = (s: string) => [c(p([r(s, { bold: true, size: 21, font: '黑体' })], { align: 'center', after: 0 }), { span: 7, fill: 'F2F2F2' })];
  const rows: TableCell[][] = [
    [L('姓  名'), V(pp.name), L('性  别'), V(pp.gender), L('出生年月'), V(dob(pp, 'dots')), c([p([r('照', { size: 21 })], { align: 'center', after: 200 }), p([r('片', { size: 21 })], { align: 'center', after: 0 })], { rowSpan: 4 })],
    [L('民  族'), V(x['民族'] ?? ''), L('政治面貌'), V(x['政治面貌'] ?? ''), L('婚  否'), V(x['婚否'] ?? '')],
    [L('职  称'), V(x['职称'] ?? ''), L('职  务'), V(nurse ? '责任护士' : '医疗组长'), L('从事本专业年限'), V(nurse ? '11 年' : '13 年')],
    [L('选送单位'), V(cur.company, { span: 3 }), L('单位级别'), V(nurse ? '一级' : '二级甲等')],
    [L('毕业院校'), V(edu.school, { span: 2 }), L('学历学位'), V(nurse ? '本科/学士' : '本科/学士'), L('毕业时间'), V(d(edu.end, 'YYYY.MM'))],
    [L(nurse ? '护士执业证书编号' : '医师执业证书编号'), V(nurse ? '201545003127' : '110621000118504', { span: 3 }), L('联系电话'), V(pp.phoneLocal, { span: 2 })],
    [L('电子邮箱'), V(pp.email, { span: 3 }), L('申请进修科室'), V(nurse ? '伤口造口护理门诊' : (x['进修科室'] ?? ''), { span: 2 })],
    [L('进修期限'), V(nurse ? '3 个月' : (x['进修期限'] ?? ''), { span: 3 }), L('拟进修时间'), V(nurse ? '2027.03—2027.05' : '2027.03—2027.08', { span: 2 })],
    [L('通讯地址'), V(pp.address.join(''), { span: 6 })],
    secHead('学 习 经 历'),
    [L('起止时间', { span: 2 }), L('学  校', { span: 3 }), L('专业及学历', { span: 2 })],
    ...pp.education.map((ed) => [V(`${d(ed.start, 'YYYY.MM')}—${d(ed.end, 'YYYY.MM')}`, { span: 2 }), V(ed.school, { span: 3 }), V(ed.degree, { span: 2 })]),
    secHead('工 作 经 历'),
    [L('起止时间', { span: 2 }), L('工作单位', { span: 3 }), L('科  室'), L('职务/职称')],
    ...pp.jobs.map((j) => [V(`${d(j.start, 'YYYY.MM')}—${e(j.end, 'YYYY.MM', '至今')}`, { span: 2 }), V(j.company, { span: 3 }), V(nurse ? (j.kind ? '各科轮转' : j.company.includes('骨科') ? '骨科病区' : j.company.includes('社区') ? '护理部' : '普外科') : (j.company.includes('卫生院') ? '全科门诊' : '心血管内科')), V(j.title)]),
    [L('专业技能'), c(p([r(pp.skills.map((s) => s.text).join('；'), { size: 21, font: F })], { after: 0 }), { span: 6 })],
    [L('资格证书'), c(p([r(pp.certificates.join('；'), { size: 21, font: F })], { after: 0 }), { span: 6 })],
    [L('进修目的及要求'), c([p([r(pp.summary, { size: 21, font: F })], { after: 0 })], { span: 6 })],
    [L('本人承诺'), c([p([r('本人保证所填内容及所附材料真实有效，进修期间严格遵守贵院各项规章制度，服从科室安排。', { size: 21, font: F })], { after: 80 }), p([r('本人签名：                    2026 年 10 月 20 日', { size: 21, font: F })], { align: 'right', after: 0 })], { span: 6 })],
    [L('选送单位意见'), c([p([r('同意选送。', { size: 21, font: F })], { after: 200 }), p([r('（单位盖章）        年    月    日', { size: 21, font: F })], { align: 'right', after: 0 })], { span: 6 })],
    [L('接收科室意见'), c([p('', { after: 200 }), p([r('科主任签字：        年    月    日', { size: 21, font: F })], { align: 'right', after: 0 })], { span: 3 }), L('医务部（护理部）意见'), c([p('', { after: 200 }), p([r('（盖章）  年  月  日', { size: 21, font: F })], { align: 'right', after: 0 })], { span: 2 })],
  ];
  await writeDocx(file, [{
    properties: { page: { size: A4, margin: { top: 1200, bottom: 1000, left: 1000, right: 1000 } } },
    children: [
      p([r(host, { bold: true, size: 32, font: '黑体' })], { align: 'center', after: 0 }),
      p([r(nurse ? '进修护士申请表' : '进修医师申请表', { bold: true, size: 36, font: '黑体' })], { align: 'center', after: 120 }),
      p([r('编号：____________            填表日期：2026 年 10 月 20 日', { size: 19 })], { align: 'right', after: 60 }),
      t(rows, W),
      p([r('注：1. 本表一式两份，请用 A4 纸打印，贴近期免冠一寸照片。2. 须附学历证书、资格证书、执业证书复印件。', { size: 18 })], { before: 80 }),
    ],
  }], { ascii: 'Times New Roman', eastAsia: F }, 21);
}

/** Chinese Word 简历 in a borderless two-column table: dark left band (photo box, info, skills) and right column. */
async function bangong(pp: Person, file: string) {
  const mixed = pp.language === 'mixed';
  const dark = pp.id === 'p11' ? '24364B' : pp.id === 'p15' ? '3D4F5C' : '2F4858';
  const Y = '微软雅黑';
  const h = (zh: string, en: string) => mixed ? `${zh} ${en}` : zh;
  const LH = (s: string) => p([r(s, { bold: true, size: 22, color: 'FFFFFF', font: Y })], { before: 220, after: 80, border: 'FFFFFF' });
  const lw = (s: string, o: RunOpt = {}) => p([r(s, { size: 18, color: 'FFFFFF', font: Y, ...o })], { after: 30 });
  const RH = (s: string) => p([r(s, { bold: true, size: 24, color: dark, font: Y })], { before: 220, after: 100, border: dark, keep: true });
  const photo = t([[c([p('', { after: 300 }), p([r('照片', { size: 18, color: '999999' })], { align: 'center', after: 300 }), p('', { after: 300 })], { fill: 'FFFFFF' })]], [1600]);
  const age = 2026 - Number(pp.born.slice(0, 4));
  const left: (Paragraph | Table)[] = [
    p('', { after: 60 }), photo,
    p([r(pp.name, { bold: true, size: 40, color: 'FFFFFF', font: Y })], { before: 160, after: 0 }),
    ...(pp.nameEn ? [lw(pp.nameEn, { size: 22 })] : []),
    lw(pp.headline),
    LH(h('基本信息', 'Profile')),
    lw(`${mixed ? '出生 DOB' : '出生年月'}：${dob(pp, 'dots')}（${age}岁）`),
    lw(`${mixed ? '电话 Tel' : '电话'}：${pp.phoneLocal}`),
    lw(`${mixed ? '邮箱 Email' : '邮箱'}：${pp.email}`),
    lw(`${mixed ? '现居 Address' : '现居'}：${pp.address.join('')}`),
    LH(h('专业技能', 'Skills')),
    ...pp.skills.map((s) => p([r(s.text, { size: 18, color: 'FFFFFF', font: Y })], { bullet: true, after: 20 })),
    LH(h('证书', 'Certificates')),
    ...pp.certificates.map((s) => lw(s)),
    LH(h('语言', 'Languages')),
    ...pp.languages.map((s) => lw(s)),
  ];
  const right: Paragraph[] = [
    p([r(mixed ? '个人简历 RESUME' : '个人简历', { bold: true, size: 44, color: dark, font: Y })], { after: 40, before: 100 }),
    p([r(`${h('求职意向', 'Objective')}：${pp.headline}`, { size: 20, font: Y })], { after: 60 }),
    RH(h('工作经历', 'Work Experience')),
  ];
  for (const j of recent(pp)) {
    right.push(p([r(`${d(j.start, 'YYYY.MM')} - ${e(j.end, 'YYYY.MM', mixed ? '至今 Present' : '至今')}`, { size: 19, color: '555555' }), r('\t'), r(j.company, { bold: true, size: 20 })], { after: 20, before: 100, keep: true, tabs: [{ pos: 2100, type: 'left' }] }));
    right.push(p([r('\t'), r(j.title, { size: 19, color: dark, bold: true })], { after: 20, keep: true, tabs: [{ pos: 2100, type: 'left' }] }));
    for (const b of j.bullets) right.push(p([r(b, { size: 19 })], { bullet: true, after: 10 }));
  }
  if (pp.gap) right.push(p([r(`${d(pp.gap.start, 'YYYY.MM')} - ${d(pp.gap.end, 'YYYY.MM')}    ${pp.gap.note}`, { size: 18, color: '777777', italics: true })], { before: 60 }));
  right.push(RH(h('教育背景', 'Education')));
  for (const ed of pp.education) right.push(p([r(`${d(ed.start, 'YYYY.MM')} - ${d(ed.end, 'YYYY.MM')}`, { size: 19, color: '555555' }), r('\t'), r(ed.school, { bold: true, size: 20 }), r(`    ${ed.degree}`, { size: 19 })], { after: 60, tabs: [{ pos: 2100, type: 'left' }] }));
  right.push(RH(h('自我评价', 'About Me')));
  right.push(p([r(pp.summary, { size: 19 })], { after: 60 }));
  await writeDocx(file, [{
    properties: { page: { size: A4, margin: { top: 560, bottom: 560, left: 560, right: 560 } } },
    children: [t([[c(left, { noBorder: true, valign: 'top', fill: dark, margins: 160 }), c(right, { noBorder: true, valign: 'top', margins: 160 })]], [3300, 7486], { noBorder: true })],
  }], { ascii: 'Arial', eastAsia: Y }, 20);
}

/** Bilingual 候选人信息表 / Candidate Information Form as foreign-invested companies send at offer stage. */
async function candinfo(pp: Person, file: string) {
  const Y = '微软雅黑';
  const posts: Record<string, [string, string, string, string]> = {
    p13: ['HR Director, Greater China 大中华区人力资源总监', 'RMB 58,000 × 14', 'RMB 70,000 × 14', '1 个月 1 month'],
    p14: ['VP Product 产品副总裁', 'RMB 85,000 × 15 + 期权 ESOP', 'RMB 100,000 × 15', '2 个月 2 months'],
    p16: ['Regional Facilities Director 区域设施总监', 'SGD 11,500 / month', 'SGD 13,500 / month', '2 months'],
  };
  const [post, curPay, expPay, notice] = posts[pp.id];
  const L = (s: string, span?: number) => c(p([r(s, { size: 17, bold: true })], { after: 0 }), { fill: 'DEEAF6', span });
  const V = (s: string, span?: number) => c(p([r(s, { size: 18 })], { after: 0 }), { span });
  const sec = (s: string) => p([r(s, { bold: true, size: 20, color: 'FFFFFF' })], { fill: '1F4E79', before: 160, after: 60, keep: true });
  const W = [2000, 2819, 2000, 2819];
  const reports: Record<string, string[]> = {
    p13: ['HR Manager', '招聘经理', 'HR Director China', 'VP HR Asia'],
    p14: ['产品总监', 'CTO', 'Head of Product', 'CEO'],
    p16: ['Platoon Sergeant', 'Chief Engineer', '园区总经理 GM', 'Head of Property Services'],
  };
  const why: Record<string, string[]> = {
    p13: ['实习结束 Internship ended', '职业发展 Career development', '职业发展 Career development', '—'],
    p14: ['实习结束 Internship ended', '职业发展 Career development', '公司架构调整 Restructuring', '—'],
    p16: ['服役期满 ORD', '海外派驻 Overseas posting', '回国 Relocated back to SG', '—'],
  };
  const jobs = recent(pp);
  const n = pp.jobs.length;
  const kids: (Paragraph | Table)[] = [
    p([r('候选人信息表', { bold: true, size: 34 })], { align: 'center', after: 0 }),
    p([r('CANDIDATE INFORMATION FORM', { bold: true, size: 24, color: '1F4E79' })], { align: 'center', after: 80 }),
    p([r('请以中文或英文完整填写，所有信息将严格保密。Please complete all fields in Chinese or English. All information will be kept strictly confidential.', { size: 16, italics: true })], { align: 'center', after: 80 }),
    t([[L('应聘职位 Position Applied'), V(post, 3)]], W),
    sec('一、个人资料 PERSONAL DETAILS'),
    t([
      [L('中文姓名 Chinese Name'), V(pp.name), L('英文姓名 English Name'), V(pp.nameEn ?? '')],
      [L('性别 Gender'), V(pp.gender), L('出生日期 Date of Birth'), V(dob(pp, 'ymd'))],
      [L('国籍 Nationality'), V(pp.nationality), L('手机 Mobile'), V(pp.phoneLocal)],
      [L('电子邮箱 Email'), V(pp.email, 3)],
      [L('现居住地址 Current Address'), V(pp.address.join(', '), 3)],
      [L('目前薪资 Current Package'), V(curPay), L('期望薪资 Expected Package'), V(expPay)],
      [L('到岗时间 Notice Period'), V(notice), L('是否有竞业限制 Non-compete?'), V('否 No')],
    ], W),
    sec('二、工作经历 EMPLOYMENT HISTORY（由近及远 latest first）'),
    t([[L('起止年月 From – To'), L('公司名称 Company'), L('职位 Position'), L('汇报对象 Reports to'), L('离职原因 Reason for Leaving')],
      ...jobs.map((j, i) => [V(`${d(j.start, 'YYYY.MM')} – ${e(j.end, 'YYYY.MM', '至今 Present')}`), V(j.company), V(j.title), V(reports[pp.id][n - 1 - i]), V(why[pp.id][n - 1 - i])])], [1700, 2700, 2138, 1500, 1600]),
    sec('三、教育背景 EDUCATION'),
    t([[L('起止年月 From – To'), L('学校 School'), L('专业及学历 Major & Degree')], ...pp.education.map((ed) => [V(`${d(ed.start, 'YYYY.MM')} – ${d(ed.end, 'YYYY.MM')}`), V(ed.school), V(ed.degree)])], [1700, 4200, 3738]),
    sec('四、专业技能与资质 SKILLS & QUALIFICATIONS'),
    t([
      [L('专业技能 Professional Skills'), c(pp.skills.map((s) => p([r(s.text, { size: 18 })], { bullet: true, after: 0 })), { span: 3 })],
      [L('语言能力 Languages'), V(pp.languages.join('; '), 3)],
      [L('证书 Certificates'), V(pp.certificates.join('; '), 3)],
    ], W),
    sec('五、声明 DECLARATION'),
    p([r('本人声明以上所填信息真实、准确，并授权公司进行背景调查。如有虚假，公司有权取消录用或解除劳动合同。', { size: 17 })], { after: 20 }),
    p([r('I declare that the above information is true and accurate and authorise the Company to conduct background checks. Any false information may lead to withdrawal of the offer or termination of employment.', { size: 17 })], { after: 240 }),
    p([r('签名 Signature: ______________________        日期 Date: 2026-10-28', { size: 18 })]),
  ];
  await writeDocx(file, [{
    properties: { page: { size: A4, margin: margins(16) } },
    headers: { default: new Header({ children: [p([r('HR-F-012  Rev.3', { size: 14, color: '777777' }), r('\t'), r('机密 CONFIDENTIAL', { size: 14, color: '777777', bold: true })], { tabs: [{ pos: 9600, type: 'right' }] })] }) },
    footers: { default: new Footer({ children: [p([pageNo('Page ', { size: 14 })], { align: 'center' })] }) },
    children: kids,
  }], { ascii: 'Arial', eastAsia: Y }, 18);
}

// ───────────────────────────── HTML templates ─────────────────────────────
const CJK = `'Microsoft YaHei','PingFang SC','Noto Sans CJK SC','WenQuanYi Zen Hei',sans-serif`;
const silhouette = (w: number, h: number, bg = '#d9dde3') => `<svg width="${w}" height="${h}" viewBox="0 0 60 75" xmlns="http://www.w3.org/2000/svg"><rect width="60" height="75" fill="${bg}"/><circle cx="30" cy="28" r="13" fill="#9aa3ad"/><path d="M6 75c2-17 12-25 24-25s22 8 24 25z" fill="#9aa3ad"/></svg>`;

/** Jobvite candidate-profile print (label/value tables, work history grid, questionnaire). */
function jobvite(pp: Person): string {
  const reqs: Record<string, [string, string]> = { p01: ['Food Safety & Quality Manager', 'REQ-2026-0417 · Montréal, QC'], p03: ['Laboratory Quality Lead', 'REQ-2026-1190 · Johannesburg, ZA'], p07: ['Senior Urban Designer', 'REQ-2026-0862 · Denver, CO'] };
  const [job, req] = reqs[pp.id];
  const kv = (k: string, v: string) => `<tr><th>${esc(k)}</th><td>${esc(v)}</td></tr>`;
  const [street, cityLine] = pp.address;
  return `<!doctype html><html><head><meta charset="utf-8"><style>
  body{font-family:'Liberation Sans',Arial,sans-serif;font-size:9.5pt;color:#222;margin:0}
  .bar{background:#1b2a38;color:#fff;padding:6px 10px;font-size:9pt;display:flex;justify-content:space-between}
  .bar b{font-size:12pt;letter-spacing:.5px}
  h1{font-size:17pt;margin:12px 0 2px} .sub{color:#555;margin-bottom:8px}
  .status{display:inline-block;border:1px solid #2b7a4b;color:#2b7a4b;border-radius:10px;padding:1px 8px;font-size:8.5pt}
  h2{font-size:10.5pt;background:#e9edf1;border-left:4px solid #3a7bd5;padding:4px 6px;margin:14px 0 4px}
  table{border-collapse:collapse;width:100%} th,td{border:1px solid #cfd6dd;padding:4px 6px;text-align:left;vertical-align:top}
  table.kv th{width:32%;background:#f6f8fa;font-weight:normal;color:#555}
  table.grid th{background:#f6f8fa;font-size:8.5pt;color:#444}
  .tags span{display:inline-block;border:1px solid #b9c6d3;border-radius:3px;padding:1px 6px;margin:2px 3px 2px 0;background:#f4f7fb}
  .foot{margin-top:14px;border-top:1px solid #ccc;padding-top:4px;font-size:8pt;color:#777;display:flex;justify-content:space-between}
  </style></head><body>
  <div class="bar"><b>jobvite</b><span>Candidate Profile — Print View</span></div>
  <h1>${esc(pp.name)}</h1>
  <div class="sub">Applied to <b>${esc(job)}</b> (${esc(req)}) · Source: Company Careers Site · Applied 10/14/2026 &nbsp; <span class="status">Step: Phone Screen</span></div>
  <h2>Contact Information</h2>
  <table class="kv">${kv('First Name', given(pp))}${kv('Last Name', surname(pp))}${kv('Email', pp.email)}${kv('Phone', pp.phoneLocal)}${kv('Address', street)}${kv('City / Region / Postal Code', cityLine)}${kv('Country', pp.nationality === 'Canadian' ? 'Canada' : pp.nationality === 'American' ? 'United States' : 'Eswatini')}</table>
  <h2>Work History</h2>
  <table class="grid"><tr><th>Job Title</th><th>Company</th><th>Start Date</th><th>End Date</th><th>Current</th></tr>
  ${recent(pp).map((j) => `<tr><td>${esc(j.title)}</td><td>${esc(j.company)}</td><td>${d(j.start, 'MM/YYYY')}</td><td>${j.end ? d(j.end, 'MM/YYYY') : ''}</td><td>${j.end ? 'No' : 'Yes'}</td></tr>`).join('')}</table>
  <h2>Education</h2>
  <table class="grid"><tr><th>School</th><th>Degree / Field of Study</th><th>Start Date</th><th>End Date</th></tr>
  ${pp.education.map((ed) => `<tr><td>${esc(ed.school)}</td><td>${esc(ed.degree)}</td><td>${d(ed.start, 'MM/YYYY')}</td><td>${d(ed.end, 'MM/YYYY')}</td></tr>`).join('')}</table>
  <h2>Skills</h2><div class="tags">${pp.skills.map((s) => `<span>${esc(s.text)}</span>`).join('')}</div>
  <h2>Licenses &amp; Certifications</h2><table class="grid">${pp.certificates.map((x) => `<tr><td>${esc(x)}</td></tr>`).join('')}</table>
  <h2>Application Questions</h2>
  <table class="kv">${kv('Are you legally authorized to work in the country of this job?', 'Yes')}${kv('Will you now or in the future require sponsorship?', pp.id === 'p03' ? 'Yes' : 'No')}${kv('Languages spoken', pp.languages.join(', '))}${kv('Desired start date', '01/05/2027')}${kv('How did you hear about us?', 'LinkedIn')}</table>
  <h2>Resume</h2><p>Resume_${esc(pp.name.replace(/[^A-Za-zÀ-ÿ]/g, ''))}.pdf (uploaded 10/14/2026, 214 KB)</p>
  <div class="foot"><span>Printed by Recruiter · 11/03/2026 10:42 AM</span><span>jobvite.com · Confidential</span></div>
  </body></html>`;
}

/** Typst brilliant-cv look: centred name, accent-prefixed section titles with rule, two-line entries with right-aligned place/date. */
function brilliant(pp: Person): string {
  const accent = { p03: '#7b2d8b', p07: '#1e6f5c', p14: '#b3261e', p16: '#264f8f' }[pp.id] ?? '#555';
  const mixed = pp.language === 'mixed';
  const first = mixed ? pp.name : given(pp), last = mixed ? `${pp.nameEn}` : surname(pp);
  const sec = (s: string) => `<h2><span class="a">${esc(s.slice(0, 3))}</span>${esc(s.slice(3))}<i></i></h2>`;
  const job = (j: Job) => `<div class="ent"><div class="row"><b>${esc(j.title)}</b><span class="pl">${esc(j.town ?? (pp.id === 'p14' ? 'Shenzhen' : ''))}</span></div>
    <div class="row sub"><span>${esc(j.company)}</span><span>${d(j.start, 'Mon YYYY')} - ${e(j.end, 'Mon YYYY', 'Present')}</span></div>
    <ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`;
  return `<!doctype html><html><head><meta charset="utf-8"><style>
  body{font-family:'Source Sans Pro','Liberation Sans',${CJK};font-size:9.6pt;color:#333;margin:0 4mm}
  .name{text-align:center;font-size:27pt;margin:0} .name .f{font-weight:300;color:#666} .name .l{font-weight:700}
  .pos{text-align:center;color:${accent};font-variant:small-caps;letter-spacing:1px;font-size:10.5pt;margin:2px 0}
  .info{text-align:center;font-size:8.8pt;color:#555;margin-bottom:6px} .info span{margin:0 6px}
  h2{font-size:14pt;margin:12px 0 4px;display:flex;align-items:center;font-weight:700;color:#333}
  h2 .a{color:${accent}} h2 i{flex:1;border-bottom:1px solid #999;margin-left:8px;height:0;display:block}
  .ent{margin:5px 0 6px} .row{display:flex;justify-content:space-between} .row b{font-size:10pt}
  .pl{color:${accent};font-style:italic} .sub{color:#666;font-style:italic;font-size:8.8pt}
  ul{margin:2px 0 0 16px;padding:0} li{margin:1px 0}
  .sk{display:grid;grid-template-columns:26mm 1fr;gap:3px 10px} .sk b{text-align:right;color:#333}
  p.sum{margin:2px 0;text-align:justify}
  .foot{margin-top:10px;text-align:center;font-size:8pt;color:#999;font-variant:small-caps}
  </style></head><body>
  <div class="name"><span class="f">${esc(first)}</span> <span class="l">${esc(last)}</span></div>
  <div class="pos">${esc(pp.headline)}</div>
  <div class="info"><span>⌂ ${esc(pp.address[pp.address.length - 1])}</span>|<span>✆ ${esc(pp.phoneLocal)}</span>|<span>✉ ${esc(pp.email)}</span></div>
  ${sec('Summary')}<p class="sum">${esc(pp.summary)}</p>
  ${sec('Professional Experience')}${recent(pp).map(job).join('')}
  ${sec('Education')}${pp.education.map((ed) => `<div class="ent"><div class="row"><b>${esc(ed.degree)}</b><span class="pl">${esc(ed.town ?? '')}</span></div><div class="row sub"><span>${esc(ed.school)}</span><span>${d(ed.start, 'Mon YYYY')} - ${d(ed.end, 'Mon YYYY')}</span></div></div>`).join('')}
  ${sec('Certificates')}<ul>${pp.certificates.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>
  ${sec('Skills')}<div class="sk"><b>Skills</b><span>${pp.skills.map((s) => esc(s.text)).join(' • ')}</span><b>Languages</b><span>${pp.languages.map(esc).join(' • ')}</span></div>
  <div class="foot">${esc(mixed ? `${pp.nameEn} ${pp.name}` : pp.name)} · Résumé</div>
  </body></html>`;
}

/** Architecture/landscape portfolio CV: two columns, project thumbnails, registration and software in the side column. */
function architect(pp: Person): string {
  const tone = { p02: '#8a5a2b', p05: '#222', p07: '#3f6b4a' }[pp.id] ?? '#222';
  const thumbs = ['linear-gradient(135deg,#c9d3c0,#7f9479)', 'linear-gradient(160deg,#d8cbb8,#9c8666)', 'linear-gradient(120deg,#b8c6d4,#6f8aa3)'];
  const projects: Record<string, string[]> = {
    p02: ['Cyclone-resilient house type B, Honiara', 'Rural clinic, Makira', 'Classroom block, Auki'],
    p05: ['Govanhill community hub (Passivhaus)', 'Partick riverside homes', 'St Brendan\'s primary extension'],
    p07: ['SE Division green street', 'Lents stormwater park', 'Campus quad, Tacoma'],
  };
  return `<!doctype html><html><head><meta charset="utf-8"><style>
  body{font-family:'Liberation Sans',Helvetica,Arial,sans-serif;font-size:9.3pt;color:#222;margin:0}
  .top{border-bottom:3px solid ${tone};padding-bottom:6px;margin-bottom:10px;display:flex;justify-content:space-between;align-items:flex-end}
  .top h1{font-size:26pt;font-weight:300;letter-spacing:2px;margin:0;text-transform:uppercase} .top .t{font-size:9pt;letter-spacing:3px;color:${tone};text-transform:uppercase}
  .cols{display:grid;grid-template-columns:55mm 1fr;gap:0 9mm}
  .side{background:#f3f2ef;padding:6px 8px;font-size:8.6pt}
  h2{font-size:8.8pt;letter-spacing:2.5px;text-transform:uppercase;color:${tone};margin:12px 0 4px;border-bottom:1px solid #bbb;padding-bottom:2px}
  .side h2:first-child,.main h2:first-child{margin-top:0}
  .side ul{list-style:none;margin:0;padding:0} .side li{margin:2px 0}
  .job{margin:0 0 9px} .job .when{font-size:8.3pt;color:#777;text-transform:uppercase;letter-spacing:1px}
  .job .who{font-weight:700;font-size:10pt} .job .org{color:#444}
  .job ul{margin:3px 0 0 14px;padding:0}
  .thumbs{display:flex;gap:4mm;margin:4px 0 2px} .thumbs div{flex:1} .thumbs .img{height:24mm;border:1px solid #ccc}
  .thumbs .cap{font-size:7.6pt;color:#555;margin-top:2px}
  </style></head><body>
  <div class="top"><div><h1>${esc(pp.name)}</h1><div class="t">${esc(pp.headline)}</div></div><div style="text-align:right;font-size:8.5pt">${esc(pp.email)}<br>${esc(pp.phoneLocal)}</div></div>
  <div class="cols"><div class="side">
   <h2>Contact</h2><ul>${pp.address.map((a) => `<li>${esc(a)}</li>`).join('')}<li>T ${esc(pp.phoneLocal)}</li><li>E ${esc(pp.email)}</li></ul>
   <h2>Registration</h2><ul>${pp.certificates.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>
   <h2>Software &amp; Skills</h2><ul>${pp.skills.map((s) => `<li>${esc(s.text)}</li>`).join('')}</ul>
   <h2>Languages</h2><ul>${pp.languages.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>
   <h2>Education</h2>${pp.education.map((ed) => `<p style="margin:3px 0"><b>${esc(ed.degree)}</b><br>${esc(ed.school)}<br><span style="color:#777">${d(ed.start, 'Mon YYYY')} – ${d(ed.end, 'Mon YYYY')}</span></p>`).join('')}
  </div><div class="main">
   <h2>Profile</h2><p style="margin:0 0 4px">${esc(pp.summary)}</p>
   <h2>Selected work</h2><div class="thumbs">${projects[pp.id].map((x, i) => `<div><div class="img" style="background:${thumbs[i]}"></div><div class="cap">${esc(x)}</div></div>`).join('')}</div>
   <h2>Experience</h2>
   ${recent(pp).map((j) => `<div class="job"><div class="when">${d(j.start, 'Mon YYYY')} — ${e(j.end, 'Mon YYYY', 'Present')}</div><div class="who">${esc(j.title)}</div><div class="org">${esc(j.company)}${j.town ? ` · ${esc(j.town)}` : ''}</div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`).join('')}
   ${pp.referees.length ? `<h2>References</h2>${pp.referees.map((rf) => `<p style="margin:2px 0">${esc(rf.name)}${rf.role ? `, ${esc(rf.role)}, ${esc(rf.org)} — ${esc(rf.phone)}` : ''}</p>`).join('')}` : ''}
  </div></div></body></html>`;
}

/** 医生个人网站 print (online-consultation platform doctor page): card, 擅长, 执业经历. */
function doctorpage(pp: Person): string {
  const cur = pp.jobs[pp.jobs.length - 1];
  return `<!doctype html><html><head><meta charset="utf-8"><style>
  body{font-family:${CJK};font-size:10pt;color:#333;margin:0}
  .chrome{display:flex;justify-content:space-between;font-size:7.5pt;color:#666;margin-bottom:6px}
  .site{background:#0a8f7e;color:#fff;padding:7px 10px;display:flex;justify-content:space-between;align-items:center}
  .site b{font-size:13pt} .nav{font-size:9pt} .nav span{margin-left:12px}
  .crumb{font-size:8.5pt;color:#888;margin:6px 0}
  .card{display:flex;gap:14px;border:1px solid #e2e2e2;padding:10px;background:#fafafa}
  .card h1{font-size:18pt;margin:0 0 4px} .card .t{color:#0a8f7e;font-size:10.5pt} .stat{margin-top:6px;font-size:9pt;color:#666} .stat b{color:#e67e22;font-size:12pt}
  h2{font-size:11.5pt;border-left:4px solid #0a8f7e;padding-left:6px;margin:14px 0 6px}
  .good{line-height:1.8} table{border-collapse:collapse;width:100%} td{padding:4px 6px;border-bottom:1px dashed #ddd;vertical-align:top}
  td.d{width:34mm;color:#666;white-space:nowrap} .note{font-size:8.5pt;color:#999}
  .foot{margin-top:16px;border-top:1px solid #ddd;padding-top:5px;font-size:7.5pt;color:#999;text-align:center}
  </style></head><body>
  <div class="chrome"><span>2026/11/2 21:17</span><span>${esc(pp.name)}_${esc(cur.company)}_心血管内科_杏林问诊</span></div>
  <div class="site"><b>杏林问诊 · 医生个人网站</b><div class="nav"><span>首页</span><span>在线问诊</span><span>预约挂号</span><span>患教文章</span></div></div>
  <div class="crumb">首页 &gt; 甘肃 &gt; ${esc(cur.company)} &gt; 心血管内科 &gt; ${esc(pp.name)}</div>
  <div class="card">${silhouette(80, 100)}<div><h1>${esc(pp.name)} <span style="font-size:11pt;font-weight:normal">${esc(cur.title)}</span></h1>
   <div class="t">${esc(cur.company)} · 心血管内科</div>
   <div class="stat">综合推荐热度 <b>3.9</b> &nbsp;|&nbsp; 在线服务患者 1,326 位 &nbsp;|&nbsp; 患者心意 87 份</div>
   <div class="stat">门诊时间：周二全天、周四上午 &nbsp; 复诊联系：${esc(pp.phoneLocal)} &nbsp; 邮箱：${esc(pp.email)}</div></div></div>
  <h2>擅长</h2><div class="good">${pp.skills.map((s) => esc(s.text)).join('、')}</div>
  <h2>个人简介</h2><p>${esc(pp.summary)}</p>
  <h2>执业经历</h2><table>${recent(pp).map((j) => `<tr><td class="d">${d(j.start, 'YYYY年MM月')} - ${e(j.end, 'YYYY年MM月', '至今')}</td><td>${esc(j.company)}　${esc(j.title)}<br><span class="note">${esc(j.bullets.join(' '))}</span></td></tr>`).join('')}</table>
  <h2>教育经历</h2><table>${pp.education.map((ed) => `<tr><td class="d">${d(ed.start, 'YYYY年MM月')} - ${d(ed.end, 'YYYY年MM月')}</td><td>${esc(ed.school)}　${esc(ed.degree)}</td></tr>`).join('')}</table>
  <h2>执业资质</h2><p>${pp.certificates.map(esc).join('　|　')}</p>
  <p class="note">以上信息由医生本人提供并经平台核实（执业信息核验日期：2026-09-14）。</p>
  <div class="foot">https://www.xinglin-wenzhen.example/doctor/luxiaolan_yh.html　　　1/1</div>
  </body></html>`;
}

/** Hexo NexT "关于我" page printed from the browser (date/title header, URL footer). */
function blog(pp: Person): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>
  body{font-family:'Lato',${CJK};font-size:10.2pt;color:#555;margin:0;line-height:1.7}
  .ph{display:flex;justify-content:space-between;font-size:7.5pt;color:#444;line-height:1.2}
  .brand{text-align:center;background:#222;color:#fff;padding:14px 0 10px;margin-top:6px} .brand b{font-size:16pt;letter-spacing:1px} .brand div{font-size:8.5pt;color:#ddd}
  .menu{text-align:center;font-size:9pt;border-bottom:1px solid #eee;padding:4px 0} .menu span{margin:0 10px}
  article{padding:6px 18px} h1{text-align:center;font-size:17pt;color:#333;margin:12px 0 0;font-weight:normal}
  .meta{text-align:center;font-size:8pt;color:#999;margin-bottom:10px}
  h2{font-size:13pt;color:#333;border-bottom:1px solid #eee;padding-bottom:2px;margin:14px 0 6px;font-weight:600}
  h3{font-size:10.8pt;color:#333;margin:10px 0 2px} code{background:#eee;padding:0 3px;border-radius:2px;font-family:'Liberation Mono',monospace;font-size:9pt}
  ul{margin:2px 0;padding-left:20px} blockquote{border-left:4px solid #ddd;margin:6px 0;padding:0 10px;color:#666}
  .foot{text-align:center;font-size:8pt;color:#999;margin-top:18px;line-height:1.5}
  .pf{font-size:7.5pt;color:#444;margin-top:10px}
  </style></head><body>
  <div class="ph"><span>2026/11/3 14:05</span><span>关于我 | 启航的技术笔记</span></div>
  <div class="brand"><b>启航的技术笔记</b><div>分布式 · 中间件 · 稳定性</div></div>
  <div class="menu"><span>首页</span><span>归档</span><span>分类</span><span>标签</span><span>关于</span></div>
  <article><h1>关于我</h1><div class="meta">发表于 2021-06-12 ｜ 更新于 2026-10-18 ｜ 阅读次数 3,481</div>
  <blockquote>${esc(pp.summary)}</blockquote>
  <h2>基本信息</h2><ul><li>姓名：${esc(pp.name)}</li><li>坐标：杭州</li><li>邮箱：<code>${esc(pp.email)}</code></li><li>电话 / 微信：${esc(pp.phoneLocal)}</li><li>GitHub：github.com/oyqihang</li></ul>
  <h2>技术栈</h2><ul>${pp.skills.map((s) => `<li>${esc(s.text)}</li>`).join('')}</ul>
  <h2>工作经历</h2>
  ${recent(pp).map((j) => `<h3>${esc(j.company)} · ${esc(j.title)}（${d(j.start, 'YYYY.MM')} – ${e(j.end, 'YYYY.MM', '至今')}）</h3><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul>`).join('')}
  <h2>教育经历</h2><ul>${pp.education.map((ed) => `<li>${esc(ed.school)}，${esc(ed.degree)}（${d(ed.start, 'YYYY.MM')} – ${d(ed.end, 'YYYY.MM')}）</li>`).join('')}</ul>
  <h2>证书</h2><ul>${pp.certificates.map((x) => `<li>${esc(x)}</li>`).join('')}<li>${esc(pp.languages.join('；'))}</li></ul>
  <p>欢迎交流，内推请发邮件并注明来意 🙂</p></article>
  <div class="foot">© 2018 – 2026 ${esc(pp.name)}<br>由 Hexo &amp; NexT.Gemini 强力驱动</div>
  <div class="pf">https://oyqihang.github.io/about/</div>
  </body></html>`;
}

/** PowerPoint 个人介绍 deck printed as handouts, two 16:9 slides a page with header/footer and slide numbers. */
function ppt(pp: Person): string {
  const mixed = pp.language === 'mixed';
  const accent = { p09: '#d35400', p11: '#2457a6', p14: '#0f7a6a' }[pp.id] ?? '#333';
  const deck = { p09: '邹立恒_社区工作者岗位_个人介绍.pptx', p11: '欧阳启航-技术专家晋升述职.pptx', p14: 'Jason Leung 梁子谦 - Profile.pptx' }[pp.id];
  const h = (zh: string, en: string) => (mixed ? `${zh} ${en}` : zh);
  const slide = (n: number, body: string) => `<div class="sw"><div class="slide">${body}<div class="sn">${n}</div></div><div class="cap">幻灯片 ${n}</div></div>`;
  const title = (s: string) => `<div class="st"><i></i>${esc(s)}</div>`;
  const s1 = `<div class="cover"><div class="ph">${silhouette(110, 138, '#e8ecf1')}</div><div><div class="big">${esc(pp.name)}</div>${pp.nameEn ? `<div class="en">${esc(pp.nameEn)}</div>` : ''}<div class="pos">${esc(pp.headline)}</div><div class="ct">${esc(pp.phoneLocal)} ｜ ${esc(pp.email)}</div><div class="ct">${esc(pp.address[0])}</div></div></div>`;
  const s2 = `${title(h('基本信息与专业技能', 'Profile & Skills'))}<div class="two"><div><table class="info">
    <tr><th>${h('姓名', 'Name')}</th><td>${esc(pp.name)}${pp.nameEn ? ` ${esc(pp.nameEn)}` : ''}</td></tr><tr><th>${h('出生年月', 'Born')}</th><td>${dob(pp, 'dots')}</td></tr>
    <tr><th>${h('电话', 'Tel')}</th><td>${esc(pp.phoneLocal)}</td></tr><tr><th>${h('邮箱', 'Email')}</th><td>${esc(pp.email)}</td></tr>
    <tr><th>${h('学历', 'Degree')}</th><td>${esc(pp.education[pp.education.length - 1].degree)}</td></tr></table>
    <p class="sum">${esc(pp.summary)}</p></div>
    <div><div class="sub">${h('专业技能', 'Skills')}</div><ul class="sk">${pp.skills.map((s) => `<li>${esc(s.text)}</li>`).join('')}</ul></div></div>`;
  const s3 = `${title(h('工作经历', 'Experience'))}<div class="tl">${recent(pp).map((j) => `<div class="it"><div class="dt">${d(j.start, 'YYYY.MM')} – ${e(j.end, 'YYYY.MM', mixed ? '至今 Present' : '至今')}</div><div><b>${esc(j.company)}</b>　${esc(j.title)}<div class="bl">${esc(j.bullets.join(' '))}</div></div></div>`).join('')}</div>`;
  const s4 = `${title(h('教育背景与证书', 'Education & Certificates'))}<div class="two"><div><div class="sub">${h('教育背景', 'Education')}</div>${pp.education.map((ed) => `<p class="ed"><b>${esc(ed.school)}</b><br>${esc(ed.degree)}<br>${d(ed.start, 'YYYY.MM')} – ${d(ed.end, 'YYYY.MM')}</p>`).join('')}</div>
    <div><div class="sub">${h('证书与语言', 'Certificates & Languages')}</div><ul class="sk">${[...pp.certificates, ...pp.languages].map((x) => `<li>${esc(x)}</li>`).join('')}</ul><div class="thanks">${mixed ? '谢谢！Thank you' : '谢谢聆听！'}</div></div></div>`;
  const page = (a: string, b: string, n: number) => `<div class="page"><div class="hd"><span>${esc(deck)}</span><span>2026/10/30</span></div>${a}${b}<div class="fd">第 ${n} 页</div></div>`;
  return `<!doctype html><html><head><meta charset="utf-8"><style>
  body{font-family:${CJK};margin:0;color:#333}
  .page{height:262mm;position:relative;page-break-after:always;box-sizing:border-box;padding-top:2mm} .page:last-child{page-break-after:auto}
  .hd,.fd{font-size:8pt;color:#666;display:flex;justify-content:space-between} .fd{position:absolute;bottom:0;right:0}
  .sw{margin:6mm 8mm 2mm} .cap{font-size:7.5pt;color:#888;text-align:center;margin-top:1mm}
  .slide{height:92mm;border:1px solid #999;position:relative;padding:6mm 8mm;box-sizing:border-box;font-size:9pt;overflow:hidden;background:#fff}
  .slide:before{content:'';position:absolute;left:0;top:0;bottom:0;width:3mm;background:${accent}}
  .sn{position:absolute;right:4mm;bottom:2mm;font-size:7pt;color:#999}
  .st{font-size:14pt;font-weight:bold;color:${accent};margin-bottom:4mm;display:flex;align-items:center} .st i{display:inline-block;width:8mm;height:2mm;background:${accent};margin-right:3mm}
  .cover{display:flex;gap:10mm;align-items:center;height:100%} .big{font-size:26pt;font-weight:bold;color:${accent}} .en{font-size:14pt;color:#666}
  .pos{font-size:12pt;margin:3mm 0} .ct{font-size:9pt;color:#555;margin-top:1mm}
  .two{display:grid;grid-template-columns:1fr 1fr;gap:6mm} table.info{border-collapse:collapse;font-size:8.6pt} table.info th{text-align:left;color:${accent};padding:1px 8px 1px 0;white-space:nowrap} table.info td{padding:1px 0}
  .sum{font-size:8.3pt;color:#555;margin:2mm 0 0} .sub{font-weight:bold;color:${accent};margin-bottom:2mm;font-size:10pt} ul.sk{margin:0;padding-left:5mm;font-size:8.8pt} ul.sk li{margin:0.6mm 0}
  .tl .it{display:grid;grid-template-columns:38mm 1fr;border-left:2px solid ${accent};padding:0 0 1.4mm 3mm;font-size:8.4pt} .tl .dt{color:${accent};font-weight:bold} .bl{color:#666;font-size:7.8pt}
  .ed{font-size:8.6pt;margin:0 0 2mm} .thanks{margin-top:5mm;font-size:13pt;color:${accent};font-weight:bold}
  </style></head><body>${page(slide(1, s1), slide(2, s2), 1)}${page(slide(3, s3), slide(4, s4), 2)}</body></html>`;
}

/** 社区工作者招聘报名表 (district community-worker recruitment form): grid with photo, one-cell 个人简历, family table, pledge. */
function shequ(pp: Person): string {
  const x = pp.extra ?? {};
  const title = { p09: '成都市武侯区 2026 年公开招聘城乡社区工作者报名表', p10: '柳州市城中区 2026 年公开招聘社区专职工作者报名表', p12: '南京市鼓楼区 2026 年公开招聘社区工作者报名表' }[pp.id];
  const fam: Record<string, [string, string, string, string, string][]> = {
    p09: [['父亲', '邹国华', '1965.03', '群众', '成都市双流区某机械厂 退休'], ['母亲', '杨淑琴', '1967.11', '群众', '成都市武侯区玉林街道 个体经营']],
    p10: [['丈夫', '韦俊峰', '1990.07', '群众', '柳州市某汽车零部件公司 技术员'], ['女儿', '韦沐晴', '2020.05', '—', '幼儿园在读']],
    p12: [['丈夫', '孙文博', '1986.04', '中共党员', '南京某设计研究院 工程师'], ['儿子', '孙一诺', '2017.09', '—', '小学在读']],
  };
  const ed = pp.education[0];
  const lines: string[] = [];
  lines.push(`${d(ed.start, 'YYYY.MM')}—${d(ed.end, 'YYYY.MM')}　${ed.school}　${ed.degree.replace(' 本科', '专业')}　学生`);
  const items: [string, string][] = [];
  for (const j of pp.jobs) items.push([j.start, `${d(j.start, 'YYYY.MM')}—${e(j.end, 'YYYY.MM', '至今')}　${j.company}　${j.title}`]);
  if (pp.gap) items.push([pp.gap.start, `${d(pp.gap.start, 'YYYY.MM')}—${d(pp.gap.end, 'YYYY.MM')}　${pp.gap.note}`]);
  if (pp.id === 'p09') items.push(['2026-01', '2026.01—至今　待业']);
  items.sort((a, b) => a[0].localeCompare(b[0]));
  lines.push(...items.map((i) => i[1]));
  const cur = pp.jobs[pp.jobs.length - 1];
  const td = (s: string, cls = '', span = 1, rs = 1) => `<td class="${cls}"${span > 1 ? ` colspan="${span}"` : ''}${rs > 1 ? ` rowspan="${rs}"` : ''}>${s}</td>`;
  const L = (s: string, span = 1, rs = 1) => td(esc(s), 'l', span, rs);
  const V = (s: string, span = 1) => td(esc(s), 'v', span);
  return `<!doctype html><html><head><meta charset="utf-8"><style>
  body{font-family:'SimSun','宋体',${CJK};font-size:10.5pt;margin:0;color:#000}
  h1{font-family:'SimHei',${CJK};font-size:15pt;text-align:center;margin:0 0 8px;line-height:1.4}
  .top{display:flex;justify-content:space-between;font-size:10pt;margin-bottom:4px}
  table{border-collapse:collapse;width:100%;table-layout:fixed} td{border:1px solid #000;padding:4px 4px;text-align:center;vertical-align:middle;word-break:break-all;line-height:1.45}
  td.l{font-size:10pt} td.big{text-align:left;vertical-align:top} td.photo{font-size:10pt}
  .res{text-align:left;line-height:1.85;padding:6px 8px} .sign{text-align:right;margin-top:10px}
  .note{font-size:9pt;margin-top:6px;line-height:1.6}
  </style></head><body>
  <h1>${esc(title!)}</h1>
  <div class="top"><span>报考岗位：社区工作者（岗位代码：${pp.id.slice(1)}）</span><span>报名序号：__________</span></div>
  <table><colgroup><col style="width:14%"><col style="width:15%"><col style="width:11%"><col style="width:14%"><col style="width:13%"><col style="width:15%"><col style="width:18%"></colgroup>
  <tr>${L('姓　名')}${V(pp.name)}${L('性　别')}${V(pp.gender)}${L('出生年月')}${V(dob(pp, 'dots'))}${td('<div style="height:34mm;display:flex;align-items:center;justify-content:center">（近期免冠<br>一寸彩照）</div>', 'photo', 1, 4)}</tr>
  <tr>${L('民　族')}${V(x['民族'] ?? '')}${L('政治面貌')}${V(x['政治面貌'] ?? '')}${L('身　高')}${V(x['身高'] ?? '')}</tr>
  <tr>${L('籍贯/户籍')}${V(x['户籍'] ?? x['籍贯'] ?? '', 3)}${L('婚姻状况')}${V(x['婚否'] ?? '未婚')}</tr>
  <tr>${L('身份证号码')}${V(x['身份证号'] ?? '45020219920211342X', 5)}</tr>
  <tr>${L('学　历')}${V('本科')}${L('学　位')}${V('学士')}${L('毕业时间')}${V(d(ed.end, 'YYYY.MM'), 2)}</tr>
  <tr>${L('毕业院校及专业')}${V(`${ed.school}　${ed.degree.replace(' 本科', '')}`, 6)}</tr>
  <tr>${L('现工作单位及职务')}${V(cur.end === null ? `${cur.company}　${cur.title}` : '无', 6)}</tr>
  <tr>${L('联系电话')}${V(pp.phoneLocal, 2)}${L('电子邮箱')}${V(pp.email, 3)}</tr>
  <tr>${L('家庭住址')}${V(pp.address.join(''), 6)}</tr>
  <tr>${L('个人简历（从大学填起）')}${td(lines.map(esc).join('<br>'), 'res', 6)}</tr>
  <tr>${L('特长及技能')}${td(esc(pp.skills.map((s) => s.text).join('；')), 'big', 6)}</tr>
  <tr>${L('获奖及证书')}${td(esc(pp.certificates.join('；')), 'big', 6)}</tr>
  <tr>${L('家庭主要成员及社会关系', 1, fam[pp.id].length + 1)}${L('称谓')}${L('姓名')}${L('出生年月')}${L('政治面貌')}${L('工作单位及职务', 2)}</tr>
  ${fam[pp.id].map((f) => `<tr>${V(f[0])}${V(f[1])}${V(f[2])}${V(f[3])}${V(f[4], 2)}</tr>`).join('')}
  <tr>${L('诚信承诺')}${td(`本人已认真阅读招聘公告，所填信息及提供的材料均真实有效。如有弄虚作假，自愿取消聘用资格，并承担相应责任。<div class="sign">报考人签名：　　　　　　　2026 年 10 月 　日</div>`, 'big', 6)}</tr>
  <tr>${L('资格审查意见')}${td(`<div style="height:14mm"></div><div class="sign">审查人签名：　　　　　　年　月　日</div>`, 'big', 6)}</tr>
  </table>
  <div class="note">注：1. 本表一式两份，须如实填写，A4 纸双面打印；2. “个人简历”从大学填起，时间须连续；3. 资格审查贯穿招聘全过程。</div>
  </body></html>`;
}

/** 中英对照 parallel bilingual CV: each section split into a Chinese column and an English column. */
function duolan(pp: Person): string {
  const other = OTHER[pp.id];
  const isZh = (s: string) => /[\u4e00-\u9fff]/.test(s);
  const pair = (zh: string, en: string) => `<div class="pair"><div class="zh">${zh}</div><div class="en">${en}</div></div>`;
  const jobs = recent(pp).map((j) => {
    const o = other[pp.jobs.indexOf(j)];
    const zhTitle = isZh(j.title) ? j.title : o.title, enTitle = isZh(j.title) && !/[A-Za-z]/.test(j.title) ? o.title : j.title;
    const zhLine = isZh(j.bullets[0]) ? j.bullets[0] : o.line, enLine = isZh(j.bullets[0]) ? o.line : j.bullets[0];
    return pair(`<div class="d">${d(j.start, 'YYYY.MM')} – ${e(j.end, 'YYYY.MM', '至今')}</div><b>${esc(j.company)}</b><div class="t">${esc(zhTitle)}</div><div class="x">${esc(zhLine)}</div>`,
      `<div class="d">${d(j.start, 'Mon YYYY')} – ${e(j.end, 'Mon YYYY', 'Present')}</div><b>${esc(j.company)}</b><div class="t">${esc(enTitle)}</div><div class="x">${esc(enLine)}</div>`);
  }).join('');
  const zhSkills = pp.skills.map((s) => s.text);
  return `<!doctype html><html><head><meta charset="utf-8"><style>
  body{font-family:'Liberation Sans',Arial,${CJK};font-size:9.4pt;color:#222;margin:0}
  header{text-align:center;border-bottom:2px solid #8c1d40;padding-bottom:6px}
  header h1{margin:0;font-size:21pt;letter-spacing:2px} header .c{font-size:9pt;color:#444;margin-top:3px}
  .heads{display:grid;grid-template-columns:1fr 1fr;gap:0 10mm;margin-top:6px}
  h2{grid-column:span 1;font-size:11pt;color:#8c1d40;margin:10px 0 4px;border-bottom:1px solid #d8b4c0}
  .pair{display:grid;grid-template-columns:1fr 1fr;gap:0 10mm;margin:0 0 7px;break-inside:avoid}
  .zh{border-right:1px dotted #bbb;padding-right:5mm} .d{font-size:8.4pt;color:#8c1d40} .t{font-style:italic;color:#444} .x{font-size:8.8pt;color:#333}
  ul{margin:0;padding-left:14px} p{margin:0}
  </style></head><body>
  <header><h1>${esc(pp.name)}　${esc(pp.nameEn ?? '')}</h1><div class="c">${esc(pp.phoneLocal)} ｜ ${esc(pp.email)} ｜ ${esc(pp.address.join(' '))}</div></header>
  <div class="heads"><h2>个人简介</h2><h2>Profile</h2></div>
  ${pair(`<p>${esc(pp.headline)}。${esc(pp.summary)}</p>`, `<p>${esc(pp.headline)}. ${esc(pp.summary)}</p>`)}
  <div class="heads"><h2>工作经历</h2><h2>Work Experience</h2></div>${jobs}
  <div class="heads"><h2>教育背景</h2><h2>Education</h2></div>
  ${pp.education.map((ed) => pair(`<div class="d">${d(ed.start, 'YYYY.MM')} – ${d(ed.end, 'YYYY.MM')}</div><b>${esc(ed.school)}</b><div class="t">${esc(ed.degree)}</div>`, `<div class="d">${d(ed.start, 'Mon YYYY')} – ${d(ed.end, 'Mon YYYY')}</div><b>${esc(ed.school)}</b><div class="t">${esc(ed.degree)}</div>`)).join('')}
  <div class="heads"><h2>专业技能</h2><h2>Skills</h2></div>
  ${pair(`<ul>${zhSkills.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>`, `<ul>${pp.skills.map((s) => `<li>${esc(isZh(s.text) ? s.alt?.[0] ?? s.text : s.text)}</li>`).join('')}</ul>`)}
  <div class="heads"><h2>语言</h2><h2>Languages</h2></div>
  ${pair(`<p>${esc(pp.languages.join('；'))}</p>`, `<p>${esc(pp.languages.join('; '))}</p>`)}
  </body></html>`;
}

// ───────────────────────────── TXT templates ─────────────────────────────

/** `lynx -dump` of a personal website's CV page: numbered link references, 3-space body indent. */
function lynx(pp: Person): string {
  const host = { p01: 'metremblay.ca', p05: 'callumfairbairn.com', p07: 'danaokaforreyes.com' }[pp.id]!;
  const refs = [`https://${host}/feed/`, `https://${host}/cv/#content`, `https://${host}/`, `https://${host}/projects/`, `https://${host}/cv/`, `https://${host}/contact/`, `mailto:${pp.email}`];
  const L: string[] = [];
  L.push(`   #[1]${pp.name} » Feed`, '', '   [2]Skip to content', '', pp.name, '', `   [3]Home  [4]Projects  [5]CV  [6]Contact`, '     _________________________________________________________________', '', 'CV', '');
  L.push(`   ${pp.headline}`, `   ${pp.address.join(', ')}`, `   [7]${pp.email} · ${pp.phoneLocal}`, '');
  const wrap = (s: string, ind: string) => { const out: string[] = []; let line = ''; for (const w of s.split(' ')) { if ((ind + line + ' ' + w).length > 76) { out.push(ind + line.trim()); line = ''; } line += ' ' + w; } out.push(ind + line.trim()); return out; };
  L.push(...wrap(pp.summary, '   '), '');
  L.push('Experience', '');
  for (const j of recent(pp)) {
    L.push(`   ${j.title} — ${j.company}`, `   ${j.town ? `${j.town} | ` : ''}${d(j.start, 'Month YYYY')} – ${e(j.end, 'Month YYYY', 'present')}`, '');
    for (const b of j.bullets) L.push(...wrap(b, '     * ').map((x, i) => (i ? '       ' + x.trim() : x)));
    L.push('');
  }
  L.push('Education', '');
  for (const ed of pp.education) L.push(`   ${ed.degree}, ${ed.school} (${d(ed.start, 'Mon YYYY')} – ${d(ed.end, 'Mon YYYY')})`);
  L.push('', 'Skills', '');
  for (const s of pp.skills) L.push(`     * ${s.text}`);
  L.push('', 'Certifications & languages', '');
  for (const s of [...pp.certificates, ...pp.languages]) L.push(`     * ${s}`);
  L.push('', `   © 2026 ${pp.name}. Proudly powered by WordPress.`, '', 'References', '');
  refs.forEach((u, i) => L.push(`   ${i + 1}. ${u}`));
  return L.join('\n') + '\n';
}

/** Typewriter-style "CURRICULUM VITAE" with dotted leaders and dashed underlines, as still typed in Word with Courier. */
function typewriter(pp: Person): string {
  const lead = (k: string, v: string) => `${(k + ' ').padEnd(30, '.')} : ${v}`;
  const und = (s: string) => [s, '-'.repeat(s.length)];
  const L: string[] = [' '.repeat(26) + 'CURRICULUM VITAE', ' '.repeat(26) + '================', ''];
  L.push(...und('1. PERSONAL DETAILS'));
  L.push(lead('Name', `${given(pp)} ${surname(pp).toUpperCase()}`), lead('Date of Birth', dob(pp, 'long')), lead('Sex', pp.gender), lead('Nationality', pp.nationality), lead('Marital Status', 'Married'),
    lead('Postal Address', pp.address[0]), `${' '.repeat(33)}${pp.address[1]}`, lead('Mobile', pp.phoneLocal), lead('E-mail', pp.email), lead('Languages', pp.languages.join(', ')), '');
  L.push(...und('2. CAREER OBJECTIVE'), pp.summary, '');
  L.push(...und('3. EMPLOYMENT RECORD'));
  for (const j of recent(pp)) {
    L.push(`${d(j.start, 'MM/YYYY')} - ${e(j.end, 'MM/YYYY', 'to date').padEnd(7)}   ${j.title}`, `${' '.repeat(20)}${j.company}${j.town ? `, ${j.town}` : ''}`);
    for (const b of j.bullets) L.push(`${' '.repeat(20)}- ${b}`);
    L.push('');
  }
  L.push(...und('4. EDUCATION AND TRAINING'));
  for (const ed of pp.education) L.push(`${d(ed.start, 'MM/YYYY')} - ${d(ed.end, 'MM/YYYY')}   ${ed.degree}`, `${' '.repeat(20)}${ed.school}`);
  L.push('', ...und('5. SKILLS'));
  for (const s of pp.skills) L.push(`   * ${s.text}`);
  L.push('', ...und('6. OTHER TRAINING'));
  for (const s of pp.certificates) L.push(`   * ${s}`);
  L.push('', ...und('7. REFEREES'));
  pp.referees.forEach((rf, i) => L.push(`   ${i + 1}. ${rf.name}`, `      ${rf.role}, ${rf.org}`, `      Phone: ${rf.phone}`));
  L.push('', 'I certify that the above information is true and correct.', '', '', '..............................', `${pp.name}`, 'Date: 14/10/2026');
  return L.join('\r\n') + '\r\n';
}

/** Notepad 个人简历 aligned with full-width spaces (姓　　名：…), ■ headings and —— rules. */
function quanjiao(pp: Person): string {
  const x = pp.extra ?? {};
  const S = '　';
  const width = (s: string) => [...s].reduce((w, ch) => w + (ch.charCodeAt(0) > 0xff ? 1 : 0.5), 0);
  const pad = (s: string, n: number) => { const gap = n - width(s); return s + S.repeat(Math.max(0, Math.floor(gap))) + (gap % 1 ? ' ' : ''); };
  const two = (a: string, b: string) => pad(a, 18) + b;
  const L: string[] = [S.repeat(10) + '个' + S + '人' + S + '简' + S + '历', ''];
  L.push(two(`姓${S}${S}名：${pp.name}`, `性${S}${S}别：${pp.gender}`));
  L.push(two(`出生年月：${dob(pp, 'zh')}`, `民${S}${S}族：${x['民族'] ?? '汉族'}`));
  L.push(two(`政治面貌：${x['政治面貌'] ?? '群众'}`, `婚姻状况：${x['婚否'] ?? '未婚'}`));
  L.push(`联系电话：${pp.phoneLocal}`, `电子邮箱：${pp.email}`, `通讯地址：${pp.address.join('')}`, `求职意向：${pp.headline}`, '');
  const H = (s: string) => { L.push(`■ ${s}`, '——————————————————————————————'); };
  H('教育背景');
  for (const ed of pp.education) L.push(`${d(ed.start, 'YYYY年MM月')}—${d(ed.end, 'YYYY年MM月')}${S}${S}${ed.school}${S}${S}${ed.degree}`);
  L.push('');
  H('工作经历');
  for (const j of recent(pp)) {
    L.push(`${d(j.start, 'YYYY年MM月')}—${e(j.end, 'YYYY年MM月', '至今')}${S}${S}${j.company}${S}${S}${j.title}`);
    for (const b of j.bullets) L.push(`${S}${S}·${b}`);
  }
  L.push('');
  H('专业技能');
  pp.skills.forEach((s, i) => L.push(`${i + 1}. ${s.text}`));
  L.push('');
  H('证书');
  L.push(pp.certificates.join('；'), `语言：${pp.languages.join('；')}`, '');
  H('自我评价');
  L.push(S + S + pp.summary, '');
  return L.join('\n') + '\n';
}

/** Confluence "Team profiles" page copied as text: breadcrumb, byline, tab-separated table, Like/labels trailer. */
function confluence(pp: Person): string {
  const space = { p13: 'People & Culture', p15: 'Data & Analytics', p16: 'Facilities APAC' }[pp.id];
  const L: string[] = [`Spaces / ${space} / Team profiles / ${pp.name} ${pp.nameEn}`, '', `${pp.name} ${pp.nameEn}`, '', `Created by ${pp.nameEn}, last modified by Iris Kwok on Oct 21, 2026`, '', pp.headline, ''];
  L.push('Contact 联系方式', `Email\t${pp.email}`, `Mobile 手机\t${pp.phoneLocal}`, `Location\t${pp.address.join(' ')}`, '');
  L.push('About me 关于我', pp.summary, '');
  L.push('Experience 工作经历', 'Company\tRole\tFrom\tTo');
  for (const j of recent(pp)) L.push(`${j.company}\t${j.title}\t${d(j.start, 'Mon YYYY')}\t${e(j.end, 'Mon YYYY', 'Present')}`);
  L.push('');
  for (const j of recent(pp)) L.push(`${j.company}: ${j.bullets[0]}`);
  L.push('', 'Skills 技能');
  for (const s of pp.skills) L.push(`• ${s.text}`);
  L.push('', 'Education 教育背景');
  for (const ed of pp.education) L.push(`• ${ed.school} — ${ed.degree} (${d(ed.start, 'Mon YYYY')} – ${d(ed.end, 'Mon YYYY')})`);
  L.push('', 'Languages & certificates', `• ${pp.languages.join(' · ')}`, `• ${pp.certificates.join(' · ')}`, '');
  L.push('Like Be the first to like this', 'No labels', '');
  return L.join('\n');
}

// ───────────────────────────── plan ─────────────────────────────
type Kind = 'docx' | 'html' | 'txt';
interface Tpl { key: string; layout: 'single' | 'twocol' | 'table'; kind: Kind; docx?: (p: Person, f: string) => Promise<void>; html?: (p: Person) => string; txt?: (p: Person) => string }
const T: Record<string, Tpl> = {
  banded: { key: 'banded', layout: 'single', kind: 'docx', docx: banded },
  solomon: { key: 'solomon', layout: 'table', kind: 'docx', docx: solomon },
  eswatini: { key: 'eswatini', layout: 'table', kind: 'docx', docx: eswatini },
  monogram: { key: 'monogram', layout: 'twocol', kind: 'docx', docx: monogram },
  jinxiu: { key: 'jinxiu', layout: 'table', kind: 'docx', docx: jinxiu },
  bangong: { key: 'bangong', layout: 'twocol', kind: 'docx', docx: bangong },
  candinfo: { key: 'candinfo', layout: 'table', kind: 'docx', docx: candinfo },
  jobvite: { key: 'jobvite', layout: 'table', kind: 'html', html: jobvite },
  brilliant: { key: 'brilliant', layout: 'single', kind: 'html', html: brilliant },
  architect: { key: 'architect', layout: 'twocol', kind: 'html', html: architect },
  doctorpage: { key: 'doctorpage', layout: 'single', kind: 'html', html: doctorpage },
  blog: { key: 'blog', layout: 'single', kind: 'html', html: blog },
  ppt: { key: 'ppt', layout: 'twocol', kind: 'html', html: ppt },
  shequ: { key: 'shequ', layout: 'table', kind: 'html', html: shequ },
  duolan: { key: 'duolan', layout: 'twocol', kind: 'html', html: duolan },
  lynx: { key: 'lynx', layout: 'single', kind: 'txt', txt: lynx },
  typewriter: { key: 'typewriter', layout: 'single', kind: 'txt', txt: typewriter },
  quanjiao: { key: 'quanjiao', layout: 'single', kind: 'txt', txt: quanjiao },
  confluence: { key: 'confluence', layout: 'single', kind: 'txt', txt: confluence },
};
const PLAN: Record<string, string[]> = {
  p01: ['banded', 'jobvite', 'lynx'],
  p02: ['solomon', 'architect', 'typewriter'],
  p03: ['eswatini', 'brilliant', 'jobvite'],
  p04: ['monogram', 'solomon'],
  p05: ['banded', 'architect', 'lynx'],
  p06: ['eswatini', 'monogram'],
  p07: ['brilliant', 'jobvite', 'architect', 'lynx'],
  p08: ['jinxiu', 'doctorpage', 'quanjiao'],
  p09: ['bangong', 'shequ', 'ppt'],
  p10: ['jinxiu', 'shequ', 'quanjiao'],
  p11: ['bangong', 'ppt', 'blog'],
  p12: ['shequ', 'quanjiao', 'bangong'],
  p13: ['candinfo', 'duolan', 'confluence'],
  p14: ['candinfo', 'ppt', 'brilliant'],
  p15: ['bangong', 'duolan', 'confluence'],
  p16: ['candinfo', 'duolan', 'confluence', 'brilliant'],
};

async function main() {
  const force = process.argv.includes('--force');
  if (existsSync(path.join(here, 'manifest.json')) && !force) {
    console.error('manifest.json exists: this set is frozen. Re-run with --force to regenerate.');
    process.exit(1);
  }
  if (existsSync(docsDir)) for (const f of readdirSync(docsDir)) rmSync(path.join(docsDir, f));
  mkdirSync(docsDir, { recursive: true });
  const docs: { file: string; person: string; template: string; layout: string; producer: string; language: string }[] = [];
  const html: [string, string][] = [];
  for (const pp of people) {
    for (const key of PLAN[pp.id]) {
      const tp = T[key];
      const stem = `${pp.id}-${tp.layout}-${key}`;
      const layout = tp.layout === 'twocol' ? 'two-column' : tp.layout;
      const add = (file: string, producer: string) => docs.push({ file, person: pp.id, template: key, layout, producer, language: pp.language });
      if (tp.kind === 'docx') { await tp.docx!(pp, `${stem}.docx`); add(`${stem}.docx`, 'docx'); add(`${stem}.pdf`, 'libreoffice'); }
      else if (tp.kind === 'html') { html.push([`${stem}.pdf`, tp.html!(pp)]); add(`${stem}.pdf`, 'chromium'); }
      else { writeFileSync(path.join(docsDir, `${stem}.txt`), tp.txt!(pp), 'utf8'); add(`${stem}.txt`, 'txt'); }
    }
  }
  exportDocxToPdf(docsDir);
  await printHtml(docsDir, html);
  docs.sort((a, b) => a.file.localeCompare(b.file));
  const truth = {
    referenceDate: REF,
    people: people.map((pp) => ({
      id: pp.id, language: pp.language, name: pp.name, email: pp.email, phone: pp.phone,
      skills: pp.skills.map((s) => [s.text, ...(s.alt ?? [])].join(' | ')),
      work: pp.jobs.map((j) => ({ company: j.company, start: j.start, end: j.end })),
      yearsOfExperience: yearsWorked(pp.jobs, REF),
    })),
    documents: docs,
  };
  writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  const missing = docs.filter((x) => !existsSync(path.join(docsDir, x.file)));
  if (missing.length) throw new Error(`missing outputs: ${missing.map((x) => x.file).join(', ')}`);
  writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifestOf(docsDir, docs.map((x) => x.file)), null, 2) + '\n');
  console.log(`heldout-34: ${docs.length} documents for ${people.length} people`);
}
main().catch((err) => { console.error(err); process.exit(1); });
