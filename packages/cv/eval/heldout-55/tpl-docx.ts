/** heldout-55 — the Word templates, built with the `docx` package (LibreOffice prints each of them to PDF as well). */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableAnchorType,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
  type IParagraphOptions,
  type IRunOptions,
  type ISectionOptions,
  type ParagraphChild,
} from 'docx';
import type { Job, Person } from './people.ts';
import { d, newestFirst, range, runs, silhouettePng, skills } from './lib.ts';

// ───────────────────────────── helpers ─────────────────────────────
const MM = 56.7;
const mm = (x: number) => Math.round(x * MM);
const A4 = { width: 11906, height: 16838 };
const LETTER = { width: 12240, height: 15840 };

type Run = string | TextRun | ParagraphChild;
type POpts = Omit<IParagraphOptions, 'children' | 'text'>;
const R = (text: string, o: Omit<IRunOptions, 'text'> = {}) => new TextRun({ text, ...o });
const P = (kids: Run | Run[], o: Partial<POpts> = {}) =>
  new Paragraph({ ...o, children: (Array.isArray(kids) ? kids : [kids]).map((k) => (typeof k === 'string' ? new TextRun(k) : k)) });
const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const line = (color = '7F7F7F', size = 4): IBorderOptions => ({ style: BorderStyle.SINGLE, size, color });
const allB = (b: IBorderOptions) => ({ top: b, bottom: b, left: b, right: b, insideHorizontal: b, insideVertical: b });
const cellB = (b: IBorderOptions) => ({ top: b, bottom: b, left: b, right: b });

interface COpts {
  w?: number;
  span?: number;
  rows?: number;
  fill?: string;
  v?: (typeof VerticalAlignTable)[keyof typeof VerticalAlignTable];
  borders?: ReturnType<typeof cellB>;
  pad?: number;
}
const C = (kids: (Paragraph | Table)[] | string, o: COpts = {}) =>
  new TableCell({
    children: typeof kids === 'string' ? [P(kids)] : kids,
    width: o.w ? { size: o.w, type: WidthType.DXA } : undefined,
    columnSpan: o.span,
    rowSpan: o.rows,
    shading: o.fill ? { fill: o.fill, type: ShadingType.CLEAR, color: 'auto' } : undefined,
    verticalAlign: o.v,
    borders: o.borders,
    margins: { top: o.pad ?? 40, bottom: o.pad ?? 40, left: 90, right: 90 },
  });
const T = (rows: TableRow[], widths: number[], o: { borders?: ReturnType<typeof allB>; float?: ConstructorParameters<typeof Table>[0]['float'] } = {}) =>
  new Table({ rows, columnWidths: widths, width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, layout: TableLayoutType.FIXED, borders: o.borders, float: o.float });
const row = (cells: TableCell[], o: { header?: boolean; cantSplit?: boolean } = {}) => new TableRow({ children: cells, tableHeader: o.header, cantSplit: o.cantSplit });
const pageXofY = (before: string, size = 16, color = '666666', mid = ' of ', after = '') =>
  new Footer({ children: [P([R(before, { size, color }), new TextRun({ children: [PageNumber.CURRENT], size, color }), R(mid, { size, color }), new TextRun({ children: [PageNumber.TOTAL_PAGES], size, color }), R(after, { size, color })], { alignment: AlignmentType.CENTER })] });
const bullets = (xs: string[], o: { size?: number; sym?: string; indent?: number } = {}) =>
  xs.map((x) => P([R(`${o.sym ?? '•'}\t${x}`, { size: o.size })], { tabStops: [{ type: TabStopType.LEFT, position: o.indent ?? 284 }], indent: { left: o.indent ?? 284, hanging: 284 }, spacing: { after: 20 } }));
const photo = (w = 90, h = 112) => new ImageRun({ type: 'png', data: silhouettePng(120, 150), transformation: { width: w, height: h }, altText: { name: 'photo', description: 'photo', title: 'photo' } });

function doc(o: { font: { ascii: string; eastAsia?: string }; size: number; sections: ISectionOptions[]; title: string; creator: string }): Document {
  return new Document({
    title: o.title,
    creator: o.creator,
    lastModifiedBy: o.creator,
    styles: { default: { document: { run: { font: { ascii: o.font.ascii, hAnsi: o.font.ascii, eastAsia: o.font.eastAsia ?? o.font.ascii, cs: o.font.ascii }, size: o.size }, paragraph: { spacing: { after: 40, line: 264, lineRule: LineRuleType.AUTO } } } } },
    sections: o.sections,
  });
}
export const pack = (x: Document): Promise<Buffer> => Packer.toBuffer(x);

// ───────────────────────────── ahpra-cv ─────────────────────────────
/** Australian national-board style CV template for overseas-qualified practitioners: every part a bordered table. */
export function ahpraCv(p: Person): Document {
  const W = 11906 - 2 * mm(18);
  const g = line('8C8C8C', 4);
  const head = (n: string, t: string) => P([R(`${n}.  ${t}`, { bold: true, size: 22, color: 'FFFFFF' })], { shading: { fill: '1F4E79', type: ShadingType.CLEAR, color: 'auto' }, spacing: { before: 220, after: 100 }, keepNext: true });
  const hc = (t: string, w: number) => C([P([R(t, { bold: true, size: 18 })])], { w, fill: 'D9E2F3' });
  const tc = (t: string | string[], w: number, o: COpts = {}) => C((Array.isArray(t) ? t : [t]).map((x, i) => P([R(x, { size: 18, bold: o.fill === 'B', color: i > 0 ? '595959' : undefined })])), { w, ...o, fill: o.fill === 'B' ? undefined : o.fill });
  const kv = (k: string, v: string) => row([tc(k, mm(55), { fill: 'F2F2F2' }), tc(v, W - mm(55))]);
  const mmyy = (ym: string | null) => (ym ? d(ym, 'MM/YYYY') : 'Current');
  const ew = [mm(20), mm(20), mm(46), W - mm(20) - mm(20) - mm(46) - mm(22), mm(22)];
  const jobs = newestFirst(p.work);
  const emp: TableRow[] = [];
  for (const j of jobs) {
    emp.push(row([tc(mmyy(j.start), ew[0]), tc(mmyy(j.end), ew[1]), tc(j.title, ew[2], { fill: 'B' }), tc([j.company, `${j.city}, ${j.city === 'Bristol' ? 'England' : 'Wales'}, United Kingdom`], ew[3]), tc(j.company.includes('Sports') ? '40' : '37.5', ew[4])], { cantSplit: true }));
    emp.push(row([C([P([R('Main duties: ', { bold: true, size: 17 }), R(j.duties.join(' '), { size: 17 })])], { span: 5, w: W })], { cantSplit: true }));
    if (j.start === '2019-10') emp.push(row([tc('04/2019', ew[0], { fill: 'EDEDED' }), tc('09/2019', ew[1], { fill: 'EDEDED' }), C([P([R('Gap in employment — career break: travelling in Australia, New Zealand and South-East Asia (not working)', { size: 18, italics: true })])], { span: 3, fill: 'EDEDED' })]));
  }
  const sec: ISectionOptions = {
    properties: { page: { size: A4, margin: { top: mm(18), bottom: mm(18), left: mm(18), right: mm(18), header: mm(8), footer: mm(8) } } },
    headers: { default: new Header({ children: [P([R('Curriculum vitae — applicant for general registration (overseas-qualified)', { size: 15, color: '7F7F7F' })], { alignment: AlignmentType.RIGHT })] }) },
    footers: { default: pageXofY(`CV — ${p.family!.toUpperCase()}, ${p.given} — Page `, 15) },
    children: [
      P([R('CURRICULUM VITAE', { bold: true, size: 32, color: '1F4E79' })], { spacing: { after: 40 } }),
      P([R('Profession: Physiotherapy   ·   Registration type sought: General', { size: 19 })], { spacing: { after: 60 } }),
      P([R('Please list your employment in reverse chronological order (most recent first) and account for any gap of more than three months. Attach certified copies of qualifications separately.', { size: 16, italics: true, color: '595959' })]),
      head('1', 'Personal details'),
      T([kv('Family name', p.family!.toUpperCase()), kv('Given name(s)', p.given!), kv('Full name as shown on passport', `${p.given} ${p.family!.toUpperCase()}`), kv('Date of birth', '14/03/1992'), kv('Email', p.email), kv('Mobile phone', p.phoneIntl), kv('Home phone', p.others[0].number), kv('Postal address', p.address)], [mm(55), W - mm(55)], { borders: allB(g) }),
      head('2', 'Registration history'),
      T(
        [
          row([hc('Registering authority', mm(50)), hc('Registration no.', mm(27)), hc('Profession', mm(28)), hc('From', mm(18)), hc('To', mm(18)), hc('Status', W - mm(141))], { header: true }),
          row([tc('Health and Care Professions Council (UK)', mm(50)), tc('PH118273', mm(27)), tc('Physiotherapist', mm(28)), tc('09/2014', mm(18)), tc('Current', mm(18)), tc('Registered, no conditions', W - mm(141))]),
        ],
        [mm(50), mm(27), mm(28), mm(18), mm(18), W - mm(141)],
        { borders: allB(g) },
      ),
      head('3', 'Qualifications'),
      T(
        [
          row([hc('Start date', ew[0]), hc('End date', ew[1]), hc('Qualification', ew[2]), hc('Institution and location', ew[3]), hc('Country', ew[4])], { header: true }),
          ...newestFirst(p.education).map((e) => row([tc(d(e.start, 'MM/YYYY'), ew[0]), tc(d(e.end, 'MM/YYYY'), ew[1]), tc(e.degree, ew[2], { fill: 'B' }), tc([e.school, e.city ?? ''], ew[3]), tc('United Kingdom', ew[4])])),
        ],
        ew,
        { borders: allB(g) },
      ),
      head('4', 'Employment history'),
      T([row([hc('Start date (MM/YYYY)', ew[0]), hc('End date (MM/YYYY)', ew[1]), hc('Position title', ew[2]), hc('Employer and location', ew[3]), hc('Hours per week', ew[4])], { header: true }), ...emp], ew, { borders: allB(g) }),
      head('5', 'Clinical skills and areas of practice'),
      ...bullets(skills(p), { size: 19 }),
      head('6', 'Continuing professional development (last three years)'),
      T(
        [
          row([hc('Date', mm(22)), hc('Activity', mm(82)), hc('Provider', W - mm(22) - mm(82) - mm(16)), hc('Hours', mm(16))], { header: true }),
          ...[
            ['05/2026', 'Vestibular rehabilitation — advanced practical course', 'Severnside University', '14'],
            ['11/2025', 'Non-medical independent prescribing, module 1 (in progress)', 'Prifysgol Glannau Taf', '30'],
            ['03/2025', 'Ultrasound-guided injection therapy', 'Physio CPD Wales', '16'],
            ['09/2024', 'First Contact Practitioner roadmap — stage 2 portfolio', 'Allied Health Education Cymru', '40'],
          ].map((r) => row([tc(r[0], mm(22)), tc(r[1], mm(82)), tc(r[2], W - mm(22) - mm(82) - mm(16)), tc(r[3], mm(16))])),
        ],
        [mm(22), mm(82), W - mm(22) - mm(82) - mm(16), mm(16)],
        { borders: allB(g) },
      ),
      head('7', 'Referees'),
      T(
        [
          row([hc('Name', mm(38)), hc('Position', mm(38)), hc('Organisation', mm(52)), hc('Telephone', W - mm(128))], { header: true }),
          ...p.referees.map((r) => row([tc(r.name, mm(38)), tc(r.role, mm(38)), tc(r.org, mm(52)), tc(r.phone, W - mm(128))])),
        ],
        [mm(38), mm(38), mm(52), W - mm(128)],
        { borders: allB(g) },
      ),
      head('8', 'Declaration'),
      P([R('I declare that the information in this curriculum vitae is true and correct.', { size: 19 })]),
      P([R('Signature: ', { size: 19 }), R(`${p.given} ${p.family}`, { size: 19, italics: true }), R('\t Date: 18/11/2026', { size: 19 })], { tabStops: [{ type: TabStopType.LEFT, position: mm(100) }], spacing: { before: 200 } }),
    ],
  };
  return doc({ font: { ascii: 'Arial' }, size: 19, sections: [sec], title: 'CV', creator: p.name });
}

// ───────────────────────────── uk-medcv-posts ─────────────────────────────
/** UK doctor's CV: career history as a posts table (Dates / Grade / Specialty / Hospital–Trust merged over consecutive posts / supervisor). */
export function ukMedcvPosts(p: Person): Document {
  const W = 11906 - 2 * mm(19);
  const info: Record<string, [string, string, string]> = {
    '2014-08': ['FY1', 'General Medicine; General Surgery; Psychiatry', 'Dr H. Oduya'],
    '2015-08': ['FY2', 'Emergency Medicine; Cardiology; General Practice', 'Dr H. Oduya'],
    '2016-08': ['Clinical Fellow (Trust grade)', 'Acute Medicine', 'Dr C. Blythe'],
    '2017-08': ['CT1', 'Core Medical Training (Cardiology, Respiratory, Elderly Care)', 'Dr M. Faulkner'],
    '2018-08': ['CT2', 'Core Medical Training (Gastroenterology, ICU, Acute Medicine)', 'Dr M. Faulkner'],
    '2019-08': ['ST3–ST4', 'Cardiology', 'Dr P. Ramanathan'],
    '2021-10': ['Clinical Research Fellow (OOPR)', 'Cardiology — MD (Res)', 'Prof A. Whitfield'],
    '2023-10': ['ST5', 'Cardiology (structural and interventional)', 'Dr P. Ramanathan'],
  };
  const cw = [mm(40), mm(32), mm(44), W - mm(40) - mm(32) - mm(44) - mm(30), mm(30)];
  const s = 19;
  const hc = (t: string, w: number) => C([P([R(t, { bold: true, size: s, color: 'FFFFFF' })])], { w, fill: '2E5597' });
  const tc = (t: string, w: number, o: COpts & { b?: boolean } = {}) => C([P([R(t, { size: s, bold: o.b })])], { w, ...o });
  const rows: TableRow[] = [row([hc('Dates', cw[0]), hc('Grade', cw[1]), hc('Specialty', cw[2]), hc('Hospital / Trust', cw[3]), hc('Educational supervisor', cw[4])], { header: true })];
  for (const g of runs(newestFirst(p.work)))
    g.forEach((j, i) => {
      const [grade, spec, sup] = info[j.start];
      const cells = [tc(range(j, 'Mon YYYY', { present: 'present' }), cw[0]), tc(grade, cw[1], { b: true }), tc(spec, cw[2])];
      if (i === 0) cells.push(tc(j.company, cw[3], { rows: g.length, v: VerticalAlignTable.CENTER }));
      cells.push(tc(sup, cw[4]));
      rows.push(row(cells, { cantSplit: true }));
    });
  const H = (t: string) => P([R(t.toUpperCase(), { bold: true, size: 21, color: '2E5597' })], { border: { bottom: line('2E5597', 8) }, spacing: { before: 240, after: 100 }, keepNext: true });
  const two = (a: string, b: string) => row([tc(a, mm(30)), tc(b, W - mm(30))]);
  const light = allB(line('A6A6A6', 4));
  const cur = p.work[p.work.length - 1];
  const sec: ISectionOptions = {
    properties: { page: { size: A4, margin: { top: mm(17), bottom: mm(17), left: mm(19), right: mm(19), footer: mm(8) } } },
    footers: { default: pageXofY(`${p.name} — Curriculum Vitae — page `, 15) },
    children: [
      P([R(`Dr ${p.name}`, { bold: true, size: 36 })], { alignment: AlignmentType.CENTER, spacing: { after: 0 } }),
      P([R('MBBS MRCP(UK)', { size: 21, color: '595959' })], { alignment: AlignmentType.CENTER }),
      P([R(`${p.address}   |   Mobile ${p.phoneLocal}   |   ${p.email}`, { size: 17 })], { alignment: AlignmentType.CENTER }),
      P([R('GMC number 7412365 — full registration with a licence to practise   |   NTN YKS/320/012/N', { size: 17 })], { alignment: AlignmentType.CENTER, spacing: { after: 120 } }),
      H('Current post'),
      P([R(`${cur.title}, ${cur.company} — since ${d(cur.start, 'Month YYYY')}.`, { size: s })]),
      P([R(p.summary, { size: s })]),
      H('Career history'),
      T(rows, cw, { borders: light }),
      H('Clinical skills'),
      ...bullets(skills(p), { size: s }),
      H('Postgraduate qualifications and examinations'),
      T([two('Feb 2024', 'MD (Res), Ashdown University — “Myocardial strain in early aortic stenosis”'), two('Jun 2022', 'British Society of Echocardiography — Level 2 TTE accreditation'), two('Jul 2018', 'MRCP(UK) — PACES'), two('Jun 2014', 'MBBS, Ashdown University Medical School')], [mm(30), W - mm(30)], { borders: light }),
      H('Courses'),
      T(
        [
          row([tc('Date', mm(30), { b: true, fill: 'DEEAF6' }), tc('Course', mm(92), { b: true, fill: 'DEEAF6' }), tc('Provider', W - mm(122), { b: true, fill: 'DEEAF6' })], { header: true }),
          ...[
            ['Nov 2024', 'Generic Instructor Course', 'Resuscitation Council UK'],
            ['Mar 2023', 'Advanced Life Support (ALS) recertification', 'Resuscitation Council UK'],
            ['Sep 2022', 'Structural heart intervention course', 'British Cardiovascular Intervention Society'],
            ['May 2020', 'Temporary pacing simulation course', 'Yorkshire Deanery simulation centre'],
          ].map((r) => row([tc(r[0], mm(30)), tc(r[1], mm(92)), tc(r[2], W - mm(122))])),
        ],
        [mm(30), mm(92), W - mm(122)],
        { borders: light },
      ),
      H('Research and publications'),
      ...[
        `${p.family} O, Whitfield A. Global longitudinal strain predicts symptom onset in moderate aortic stenosis. Heart Imaging Journal 2024; 11: 210–218.`,
        `${p.family} O, Ramanathan P, et al. Same-day discharge after elective PCI: a single-centre audit. Br J Cardiol Pract 2021; 6: 44–49.`,
      ].map((x, i) => P([R(`${i + 1}.  ${x}`, { size: s })], { indent: { left: 340, hanging: 340 } })),
      H('Audit and quality improvement'),
      ...bullets(['Door-to-balloon times for primary PCI — re-audit, lead (2024); median reduced from 41 to 33 minutes.', 'Anticoagulation in atrial fibrillation at discharge (2020), presented at the regional meeting.'], { size: s }),
      H('Teaching'),
      ...bullets(['Lead for the regional core-trainee cardiology teaching programme since 2024.', 'Bedside teaching for fourth-year medical students (2019–2021).'], { size: s }),
      H('Referees'),
      ...p.referees.map((r) => P([R(r.name, { bold: true, size: s }), R(`, ${r.role}, ${r.org} — tel. ${r.phone}`, { size: s })])),
    ],
  };
  return doc({ font: { ascii: 'Calibri' }, size: s, sections: [sec], title: 'Curriculum Vitae', creator: p.name });
}

// ───────────────────────────── ccar66-jingli ─────────────────────────────
/** An MRO's 维修人员技术档案 · 个人履历表 (filed for licence / authorisation checks): 工作经历, 培训经历 and 教育 tables of the same shape. */
export function ccar66Jingli(p: Person): Document {
  const W = 11906 - 2 * mm(17);
  const s = 20;
  const b = allB(line('000000', 6));
  const tc = (t: string, w: number, o: COpts & { bold?: boolean; center?: boolean } = {}) =>
    C([P([R(t, { size: s, bold: o.bold })], { alignment: o.center === false ? AlignmentType.LEFT : AlignmentType.CENTER })], { v: VerticalAlignTable.CENTER, w, ...o });
  const lb = (t: string, w: number, o: COpts = {}) => tc(t, w, { fill: 'E7E6E6', bold: true, ...o });
  const c7 = [mm(20), mm(30), mm(18), mm(28), mm(20), W - mm(20 + 30 + 18 + 28 + 20 + 32), mm(32)];
  const info = T(
    [
      row([lb('姓　名', c7[0]), tc(p.name, c7[1]), lb('性别', c7[2]), tc('男', c7[3]), lb('出生年月', c7[4]), tc(d(p.born, 'YYYY.MM'), c7[5]), C([P([photo(96, 120)], { alignment: AlignmentType.CENTER })], { rows: 4, w: c7[6], v: VerticalAlignTable.CENTER })]),
      row([lb('员工编号', c7[0]), tc('GZSH-0923', c7[1]), lb('部门', c7[2]), tc('质量部', c7[3]), lb('现任岗位', c7[4]), tc('质量工程师', c7[5])]),
      row([lb('手　机', c7[0]), tc(p.phoneLocal, c7[1]), lb('邮箱', c7[2]), tc(p.email, c7[3] + c7[4] + c7[5], { span: 3 })]),
      row([lb('执照编号', c7[0]), tc('CAAC-AML-B1-2016-04xx', c7[1] + c7[2] + c7[3], { span: 3 }), lb('文化程度', c7[4]), tc('大专', c7[5])]),
    ],
    c7,
    { borders: b },
  );
  const wk = [mm(9), mm(31), mm(46), mm(20), mm(28), mm(23), W - mm(9 + 31 + 46 + 20 + 28 + 23)];
  const types: Record<string, string> = { '2013-07': 'A320', '2016-07': 'A320', '2020-04': 'B737NG / A320', '2023-06': 'A320 / B737NG' };
  const refs: Record<string, string> = { '2013-07': '何建明', '2016-07': '何建明', '2020-04': '黄少伟', '2023-06': '陈国栋' };
  const jobs = newestFirst(p.work);
  const work = T(
    [
      row([lb('序号', wk[0]), lb('起止时间', wk[1]), lb('工作单位', wk[2]), lb('部门', wk[3]), lb('岗位/职务', wk[4]), lb('主要机型', wk[5]), lb('证明人', wk[6])], { header: true }),
      ...jobs.map((j, i) => row([tc(String(i + 1), wk[0]), tc(range(j, 'YYYY.MM', { sep: '—', present: '至今' }), wk[1]), tc(j.company, wk[2], { center: false }), tc(j.dept ?? '', wk[3]), tc(j.title, wk[4]), tc(types[j.start], wk[5]), tc(refs[j.start], wk[6])], { cantSplit: true })),
    ],
    wk,
    { borders: b },
  );
  const tr = [mm(10), mm(36), mm(46), W - mm(10 + 36 + 46 + 34), mm(34)];
  const training = [
    ['2023.08—2023.08', '华南民航维修培训中心', '人为因素与维修差错管理（教员）', 'HF-2023-118'],
    ['2020.09—2020.12', '海澄航空技术培训部', 'B737NG（CFM56-7B）机型培训 ME', 'B7-20-0436'],
    ['2016.03—2016.05', '华南民航维修培训中心', 'CCAR-66 部执照基础考前培训', 'JC-16-2207'],
    ['2014.03—2014.06', '华南民航维修培训中心', 'A320（CFM56-5B）机型培训 ME', 'A3-14-0912'],
  ];
  const train = T(
    [
      row([lb('序号', tr[0]), lb('起止时间', tr[1]), lb('培训机构', tr[2]), lb('培训内容', tr[3]), lb('结业证书编号', tr[4])], { header: true }),
      ...training.map((r, i) => row([tc(String(i + 1), tr[0]), tc(r[0], tr[1]), tc(r[1], tr[2]), tc(r[2], tr[3], { center: false }), tc(r[3], tr[4])])),
    ],
    tr,
    { borders: b },
  );
  const ed = [mm(36), mm(60), W - mm(36 + 60 + 24), mm(24)];
  const edu = T(
    [row([lb('起止时间', ed[0]), lb('学校', ed[1]), lb('专业', ed[2]), lb('学历', ed[3])], { header: true }), ...p.education.map((e) => row([tc(range(e, 'YYYY.MM', { sep: '—' }), ed[0]), tc(e.school, ed[1]), tc(e.degree.split(' ')[0], ed[2]), tc('大专', ed[3])]))],
    ed,
    { borders: b },
  );
  const lic = T(
    [
      row([lb('执照/签署', mm(60)), lb('编号', mm(50)), lb('签发日期', mm(30)), lb('签发单位', W - mm(140))], { header: true }),
      ...p.certificates.map((c, i) => row([tc(c.name, mm(60), { center: false }), tc(['CAAC-AML-B1-2016-04xx', 'TR-A320-2016-1187', 'TR-B737-2021-0563'][i], mm(50)), tc(d(c.date, 'YYYY.MM'), mm(30)), tc(c.issuer, W - mm(140))])),
    ],
    [mm(60), mm(50), mm(30), W - mm(140)],
    { borders: b },
  );
  const box = (label: string, text: string) => T([row([lb(label, mm(30)), C([P([R(text, { size: s })])], { w: W - mm(30) })], { cantSplit: true })], [mm(30), W - mm(30)], { borders: b });
  const H = (t: string) => P([R(t, { bold: true, size: 22, font: { eastAsia: 'SimHei' } })], { spacing: { before: 200, after: 80 }, keepNext: true });
  const sec: ISectionOptions = {
    properties: { page: { size: A4, margin: { top: mm(18), bottom: mm(16), left: mm(17), right: mm(17), header: mm(9), footer: mm(8) } } },
    headers: { default: new Header({ children: [P([R('广州穗航飞机维修有限公司　质量管理文件', { size: 16 }), R('\t表单编号：SH-QA-F-017　版本：B/1', { size: 16 })], { tabStops: [{ type: TabStopType.RIGHT, position: W }], border: { bottom: line('000000', 4) } })] }) },
    footers: { default: pageXofY('第 ', 16, '000000', ' 页　共 ', ' 页') },
    children: [
      P([R('维修人员技术档案 · 个人履历表', { bold: true, size: 34, font: { eastAsia: 'SimHei' } })], { alignment: AlignmentType.CENTER, spacing: { after: 40 } }),
      P([R('（用于维修人员执照、授权申请及资质审核，由本人填写，质量部审核）', { size: 18 })], { alignment: AlignmentType.CENTER, spacing: { after: 160 } }),
      H('一、基本信息'),
      info,
      H('二、执照及机型签署'),
      lic,
      H('三、工作经历（由近及远）'),
      work,
      H('四、培训经历'),
      train,
      H('五、教育经历'),
      edu,
      H('六、专业技能及其他'),
      box('专业技能', skills(p).join('；')),
      box('外语能力', p.languages.map((l) => `${l.lang}：${l.level}`).join('；')),
      box('奖惩情况', '2019 年度公司“安全生产先进个人”；无违章记录。'),
      P([R('本人声明：以上所填内容真实有效，如有虚假，愿承担相应责任。', { size: s })], { spacing: { before: 200 } }),
      P([R('本人签名：', { size: s }), R(p.name, { size: s, italics: true }), R('\t日期：2026 年 11 月 16 日', { size: s })], { tabStops: [{ type: TabStopType.LEFT, position: mm(110) }], spacing: { before: 120 } }),
      P([R('质量部审核意见：', { size: s }), R('\t审核人：　　　　　日期：', { size: s })], { tabStops: [{ type: TabStopType.LEFT, position: mm(110) }], spacing: { before: 240 } }),
    ],
  };
  return doc({ font: { ascii: 'Times New Roman', eastAsia: 'SimSun' }, size: s, sections: [sec], title: '个人履历表', creator: p.name });
}

// ───────────────────────────── duzhong-form ─────────────────────────────
/** Malaysian independent Chinese high school (独中) teaching-staff application form: bilingual labels, 年/月 in separate cells. */
export function duzhongForm(p: Person): Document {
  const W = 11906 - 2 * mm(16);
  const s = 18;
  const b = allB(line('000000', 6));
  const tc = (t: string | string[], w: number, o: COpts & { bold?: boolean; left?: boolean } = {}) =>
    C((Array.isArray(t) ? t : [t]).map((x) => P([R(x, { size: s, bold: o.bold })], { alignment: o.left ? AlignmentType.LEFT : AlignmentType.CENTER })), { v: VerticalAlignTable.CENTER, w, ...o });
  const lb = (t: string | string[], w: number, o: COpts = {}) => tc(t, w, { fill: 'F2F2F2', bold: true, ...o });
  const H = (t: string) => P([R(t, { bold: true, size: 20 })], { spacing: { before: 180, after: 60 }, keepNext: true });
  // particulars
  const pw = [mm(34), mm(52), mm(30), W - mm(34 + 52 + 30 + 30), mm(30)];
  const part = T(
    [
      row([lb(['中文姓名', 'Name in Chinese'], pw[0]), tc(p.name, pw[1]), lb(['性别', 'Gender'], pw[2]), tc('女 F', pw[3]), C([P([photo(90, 112)], { alignment: AlignmentType.CENTER })], { rows: 5, w: pw[4], v: VerticalAlignTable.CENTER })]),
      row([lb(['英文姓名（依身份证）', 'Name as in NRIC'], pw[0]), tc(p.nameEn!.toUpperCase(), pw[1]), lb(['身份证号码', 'NRIC No.'], pw[2]), tc('880614-10-xxxx', pw[3])]),
      row([lb(['出生日期', 'Date of Birth'], pw[0]), tc('14/06/1988', pw[1]), lb(['婚姻状况', 'Marital Status'], pw[2]), tc('已婚 Married', pw[3])]),
      row([lb(['手机', 'H/P'], pw[0]), tc(p.phoneLocal, pw[1]), lb(['住家电话', 'Tel (H)'], pw[2]), tc(p.others[0].number, pw[3])]),
      row([lb(['电邮', 'Email'], pw[0]), tc(p.email, pw[1]), lb(['宗教', 'Religion'], pw[2]), tc('佛教 Buddhism', pw[3])]),
      row([lb(['通讯地址', 'Correspondence Address'], pw[0]), tc(p.address, W - pw[0], { span: 4, left: true })]),
    ],
    pw,
    { borders: b },
  );
  // two-row headers with 年 / 月 split
  const yw = mm(12), mw = mm(11);
  const yearHead = (rest: [string[], number][]) => [
    row([lb(['由', 'From'], yw + mw, { span: 2 }), lb(['至', 'To'], yw + mw, { span: 2 }), ...rest.map(([t, w]) => lb(t, w, { rows: 2 }))], { header: true }),
    row([lb(['年', 'Year'], yw), lb(['月', 'Mo.'], mw), lb(['年', 'Year'], yw), lb(['月', 'Mo.'], mw)], { header: true }),
  ];
  const ym = (x: string) => [tc(x.slice(0, 4), yw), tc(String(Number(x.slice(5, 7))), mw)];
  const ew = [yw, mw, yw, mw, mm(70), W - 2 * (yw + mw) - mm(70)];
  const edu = T(
    [...yearHead([[['学校/大学', 'Institution'], ew[4]], [['文凭/学位', 'Qualification'], ew[5]]]), ...newestFirst(p.education).map((e) => row([...ym(e.start), ...ym(e.end), tc(e.school, ew[4], { left: true }), tc(e.degree, ew[5], { left: true })]))],
    ew,
    { borders: b },
  );
  const jw = [yw, mw, yw, mw, mm(44), mm(36), mm(22), W - 2 * (yw + mw) - mm(44 + 36 + 22)];
  const salary: Record<string, [string, string]> = {
    '2022-01': ['6,900（现职 current）', '—'],
    '2018-12': ['5,450', '寻求新挑战 New challenge'],
    '2014-01': ['—', '升任科主任 Promoted'],
    '2012-01': ['2,300', '受聘为全职教师 Joined school full-time'],
  };
  const jrows: TableRow[] = [];
  for (const g of runs(newestFirst(p.work)))
    g.forEach((j, i) => {
      const end = j.end ? ym(j.end) : [tc(['至今', 'Present'], yw + mw, { span: 2 })];
      const cells = [...ym(j.start), ...end];
      if (i === 0) cells.push(tc(j.company, jw[4], { rows: g.length, left: true }));
      cells.push(tc(j.title, jw[5], { left: true }), tc(salary[j.start][0], jw[6]), tc(salary[j.start][1], jw[7], { left: true }));
      jrows.push(row(cells, { cantSplit: true }));
    });
  const emp = T([...yearHead([[['机构名称', 'Name of Employer'], jw[4]], [['职位', 'Position'], jw[5]], [['离职时月薪 (RM)', 'Last Salary'], jw[6]], [['离职原因', 'Reason for Leaving'], jw[7]]]), ...jrows], jw, { borders: b });
  const lw = [mm(46), mm(30), mm(30), W - mm(106)];
  const lang = T(
    [
      row([lb(['语文', 'Language'], lw[0]), lb(['讲', 'Spoken'], lw[1]), lb(['写', 'Written'], lw[2]), lb(['备注', 'Remarks'], lw[3])], { header: true }),
      row([tc('华文 Chinese', lw[0]), tc('优 Excellent', lw[1]), tc('优 Excellent', lw[2]), tc('独中统考华文 A1；UEC 阅卷员', lw[3])]),
      row([tc('英文 English', lw[0]), tc('良 Good', lw[1]), tc('良 Good', lw[2]), tc('MUET Band 5', lw[3])]),
      row([tc('马来文 Malay', lw[0]), tc('良 Good', lw[1]), tc('中 Fair', lw[2]), tc('SPM BM A', lw[3])]),
      row([tc('粤语 Cantonese', lw[0]), tc('优 Excellent', lw[1]), tc('—', lw[2]), tc('', lw[3])]),
    ],
    lw,
    { borders: b },
  );
  const rw = [mm(50), mm(48), mm(48), W - mm(146)];
  const refs = T(
    [
      row([lb(['姓名', 'Name'], rw[0]), lb(['职位', 'Position'], rw[1]), lb(['机构', 'Organisation'], rw[2]), lb(['联络电话', 'Contact No.'], rw[3])], { header: true }),
      ...p.referees.map((r) => row([tc(r.name, rw[0]), tc(r.role, rw[1]), tc(r.org, rw[2]), tc(r.phone, rw[3])])),
    ],
    rw,
    { borders: b },
  );
  const box = (label: string[], text: string) => T([row([lb(label, mm(34)), tc(text, W - mm(34), { left: true })], { cantSplit: true })], [mm(34), W - mm(34)], { borders: b });
  const sec: ISectionOptions = {
    properties: { page: { size: A4, margin: { top: mm(14), bottom: mm(14), left: mm(16), right: mm(16), footer: mm(7) } } },
    footers: { default: new Footer({ children: [P([R('金谷独立中学人事处 ｜ 表格编号 JG/HR-01 (2025)', { size: 14, color: '7F7F7F' })], { alignment: AlignmentType.CENTER })] }) },
    children: [
      P([R('金谷独立中学', { bold: true, size: 34 })], { alignment: AlignmentType.CENTER, spacing: { after: 0 } }),
      P([R('LEMBAH EMAS INDEPENDENT HIGH SCHOOL', { bold: true, size: 20 })], { alignment: AlignmentType.CENTER, spacing: { after: 0 } }),
      P([R('教职员应征表格　APPLICATION FORM FOR TEACHING STAFF', { bold: true, size: 24 })], { alignment: AlignmentType.CENTER, spacing: { before: 80, after: 120 } }),
      P([R('应征职位 Post Applied：', { bold: true, size: s }), R('华文科主任 / 华文科教师　Head of Chinese Department / Chinese Language Teacher', { size: s, underline: {} })]),
      H('一、个人资料 Personal Particulars'),
      part,
      H('二、学历 Academic Qualifications'),
      edu,
      H('三、服务经历 Employment Record（由近至远 latest first）'),
      emp,
      H('四、专长 Skills'),
      box(['专长', 'Skills'], skills(p).join('；')),
      H('五、语文能力 Language Proficiency'),
      lang,
      H('六、课外活动指导 Co-curricular Activities'),
      box(['经验', 'Experience'], '华乐团指导老师 Chinese Orchestra advisor（2014–2021）；书法学会顾问 Calligraphy Society advisor（2016 至今）'),
      H('七、推荐人 Referees'),
      refs,
      H('八、声明 Declaration'),
      P([R('本人谨此声明，以上所填写的资料均属实。如有虚报，校方有权取消本人的应征资格或聘约。', { size: s })]),
      P([R('I hereby declare that the information given above is true and correct.', { size: s, italics: true })]),
      P([R('签名 Signature：', { size: s }), R(p.nameEn!, { size: s, italics: true }), R('\t日期 Date：18/11/2026', { size: s })], { tabStops: [{ type: TabStopType.LEFT, position: mm(110) }], spacing: { before: 160 } }),
    ],
  };
  return doc({ font: { ascii: 'Times New Roman', eastAsia: 'SimSun' }, size: s, sections: [sec], title: '教职员应征表格', creator: p.nameEn! });
}

// ───────────────────────────── en-zhheads ─────────────────────────────
/** English résumé typed into a Chinese table template whose section labels stayed Chinese (基本信息, 工作经历 …). */
export function enZhheads(p: Person, o: { style: 'MM/YYYY' | 'Mon YYYY'; present: string; font: string; intent: string; selfEval: string }): Document {
  const W = 11906 - 2 * mm(18);
  const s = 19;
  const b = allB(line('8EAADB', 6));
  const H = (t: string) => row([C([P([R(t, { bold: true, size: 22, color: '1F3864', font: { eastAsia: 'SimHei' } })])], { span: 3, fill: 'D9E2F3', w: W })], { cantSplit: true });
  const tc = (t: string, w: number, o2: COpts & { bold?: boolean } = {}) => C([P([R(t, { size: s, bold: o2.bold })])], { w, ...o2 });
  const cw = [mm(42), mm(56), W - mm(98)];
  const rows: TableRow[] = [
    row([C([P([R(p.name, { bold: true, size: 40 }), R(`   ${p.nameEn}`, { size: 26, color: '404040' })]), P([R(p.headline, { size: 21, color: '1F3864' })])], { span: 3, w: W, pad: 120 })]),
    H('基本信息'),
    row([tc('Mobile', cw[0], { bold: true }), tc(p.phoneIntl, cw[1] + cw[2], { span: 2 })]),
    row([tc('E-mail', cw[0], { bold: true }), tc(p.email, cw[1] + cw[2], { span: 2 })]),
    row([tc('Address', cw[0], { bold: true }), tc(p.addressEn ?? p.address, cw[1] + cw[2], { span: 2 })]),
    row([tc('Date of birth', cw[0], { bold: true }), tc(d(p.born, 'Month YYYY'), cw[1] + cw[2], { span: 2 })]),
    H('求职意向'),
    row([tc(o.intent, W, { span: 3 })]),
    H('工作经历'),
    row([tc('时间', cw[0], { bold: true, fill: 'F2F2F2' }), tc('职位', cw[1], { bold: true, fill: 'F2F2F2' }), tc('公司', cw[2], { bold: true, fill: 'F2F2F2' })], { cantSplit: true }),
  ];
  for (const j of newestFirst(p.work)) {
    rows.push(row([tc(range(j, o.style, { present: o.present }), cw[0]), tc(j.title, cw[1], { bold: true }), tc(j.company, cw[2])], { cantSplit: true }));
    rows.push(row([C(bullets(j.dutiesEn ?? j.duties, { size: 18 }), { span: 3, w: W })], { cantSplit: true }));
  }
  rows.push(H('教育背景'), row([tc('时间', cw[0], { bold: true, fill: 'F2F2F2' }), tc('学历', cw[1], { bold: true, fill: 'F2F2F2' }), tc('学校', cw[2], { bold: true, fill: 'F2F2F2' })]));
  for (const e of newestFirst(p.education)) rows.push(row([tc(range(e, o.style), cw[0]), tc(e.degree, cw[1]), tc(e.school, cw[2])]));
  rows.push(H('专业技能'), row([tc(skills(p).join('  •  '), W, { span: 3 })]));
  rows.push(H('证书'), row([C(p.certificates.map((c) => P([R(`${c.name} — ${c.issuer} (${d(c.date, o.style)})`, { size: s })])), { span: 3, w: W })]));
  rows.push(H('语言能力'), row([tc(p.languages.map((l) => `${l.lang}: ${l.level}`).join('; '), W, { span: 3 })]));
  rows.push(H('自我评价'), row([tc(o.selfEval, W, { span: 3 })]));
  const sec: ISectionOptions = {
    properties: { page: { size: A4, margin: { top: mm(16), bottom: mm(16), left: mm(18), right: mm(18) } } },
    children: [T(rows, cw, { borders: b })],
  };
  return doc({ font: { ascii: o.font, eastAsia: 'Microsoft YaHei' }, size: s, sections: [sec], title: 'Resume', creator: p.nameEn! });
}

// ───────────────────────────── zh-en-employers ─────────────────────────────
/** Chinese Word CV of a 外企 employee: headings and duties in Chinese, employer names and job titles kept in English. */
export function zhEnEmployers(p: Person): Document {
  const W = 11906 - 2 * mm(20);
  const s = 20;
  const H = (t: string) => P([R(t, { bold: true, size: 24, color: '0E5A8A' })], { border: { bottom: line('0E5A8A', 8) }, spacing: { before: 220, after: 100 }, keepNext: true });
  const zd = (j: { start: string; end: string | null }) => (j.end ? `${d(j.start, 'YYYY年M月')}—${d(j.end, 'YYYY年M月')}` : `${d(j.start, 'YYYY年M月')}至今`);
  const job = (j: Job) => [
    P([R(j.company, { bold: true, size: 21 }), R(`\t${zd(j)}`, { size: s, color: '404040' })], { tabStops: [{ type: TabStopType.RIGHT, position: W }], spacing: { before: 120 }, keepNext: true }),
    P([R(j.title, { italics: true, size: s, color: '0E5A8A' })], { keepNext: true }),
    ...bullets(j.duties, { size: 19, sym: '·' }),
  ];
  const sec: ISectionOptions = {
    properties: { page: { size: A4, margin: { top: mm(18), bottom: mm(18), left: mm(20), right: mm(20) } } },
    children: [
      P([R(p.name, { bold: true, size: 44 })], { alignment: AlignmentType.CENTER, spacing: { after: 40 } }),
      P([R('Stephanie Qian　｜　求职意向：产品经理（分子诊断）/ 市场经理　｜　上海', { size: 19, color: '404040' })], { alignment: AlignmentType.CENTER }),
      P([R(`手机：${p.phoneLocal}　｜　邮箱：${p.email}　｜　现居：上海市闵行区`, { size: 19 })], { alignment: AlignmentType.CENTER, spacing: { after: 120 } }),
      H('个人优势'),
      ...bullets(['12 年 IVD 外企经验：临床应用 → 现场应用管理 → 产品管理，熟悉 qPCR 与 NGS 两条技术路线。', '主导 3 个分子诊断产品在中国上市，熟悉注册、定价与市场准入流程。', '英文可作为工作语言，长期与美国、德国总部对接。'], { size: 19, sym: '·' }),
      H('工作经历'),
      ...newestFirst(p.work).flatMap(job),
      H('培训经历'),
      ...[
        ['2022年3月—2022年4月', 'Kestrel Bio Global Product Management Academy（Boston）', '产品经理认证课程'],
        ['2019年10月', 'Brightwater Leadership Essentials（Singapore）', '一线经理领导力培训'],
        ['2015年5月—2015年6月', 'Meridian Diagnostics Application Training Center（Hamburg）', 'qPCR 平台应用工程师认证'],
      ].map(([a, b, c]) => P([R(`${a}　`, { size: 19 }), R(b, { size: 19, bold: true }), R(`　${c}`, { size: 19 })], { spacing: { after: 40 } })),
      H('教育背景'),
      ...p.education.map((e) => P([R(`${e.school}　${e.degree}`, { size: 19 }), R(`\t${d(e.start, 'YYYY年M月')}—${d(e.end, 'YYYY年M月')}`, { size: 19 })], { tabStops: [{ type: TabStopType.RIGHT, position: W }] })),
      H('专业技能'),
      P([R(skills(p).join('　/　'), { size: 19 })]),
      H('证书'),
      P([R(p.certificates.map((c) => `${c.name}（${d(c.date, 'YYYY年M月')}）`).join('；'), { size: 19 })]),
      H('语言'),
      P([R(p.languages.map((l) => `${l.lang}：${l.level}`).join('；'), { size: 19 })]),
    ],
  };
  return doc({ font: { ascii: 'Arial', eastAsia: 'Microsoft YaHei' }, size: s, sections: [sec], title: '简历', creator: p.name });
}

// ───────────────────────────── nz-keyprojects ─────────────────────────────
/** New Zealand consultancy CV: employer and right-tab dates, role line, duties, then a dated “Key projects” list that is not jobs. */
export function nzKeyprojects(p: Person): Document {
  const W = 11906 - 2 * mm(20);
  const s = 20;
  const H = (t: string) => P([R(t, { bold: true, size: 24, color: '00594F' })], { spacing: { before: 240, after: 80 }, border: { bottom: line('00594F', 6) }, keepNext: true });
  const projects: Record<string, string[]> = {
    '2019-02': ['Mangawhero River flood hazard model and maps for the district plan (2020–2021)', 'Coastal inundation and river-flood joint probability study, Kāpiti (2022)', 'State highway resilience programme — 14 bridge waterway assessments (2023–2025)'],
    '2016-07': ['Water allocation limits for the Ōroua catchment, plan change 4 (2017–2018)'],
    '2013-02': ['Low-flow study for a municipal water take, Feilding (2014)', 'Rangitīkei River HEC-RAS model for gravel extraction consents (2015–2016)'],
    '2010-02': [],
  };
  const job = (j: Job) => [
    P([R(j.company, { bold: true, size: 21 }), R(`\t${range(j, 'Month YYYY', { present: 'present' })}`, { size: s })], { tabStops: [{ type: TabStopType.RIGHT, position: W }], spacing: { before: 140 }, keepNext: true }),
    P([R(`${j.title}, ${j.city}`, { italics: true, size: s })], { keepNext: true }),
    ...bullets(j.duties, { size: 19 }),
    ...(projects[j.start].length ? [P([R('Key projects:', { bold: true, size: 19 })], { indent: { left: 284 }, keepNext: true }), ...bullets(projects[j.start], { size: 18, sym: '–', indent: 568 }).map((x) => x)] : []),
  ];
  const sk = skills(p);
  const half = Math.ceil(sk.length / 2);
  const sec: ISectionOptions = {
    properties: { page: { size: A4, margin: { top: mm(18), bottom: mm(18), left: mm(20), right: mm(20), footer: mm(9) } } },
    footers: { default: pageXofY(`${p.name} — CV — page `, 16) },
    children: [
      P([R(p.name, { bold: true, size: 44, color: '00594F' })], { spacing: { after: 0 } }),
      P([R(p.headline, { size: 22 })]),
      P([R(`${p.phoneLocal}  |  ${p.email}  |  ${p.city}`, { size: 19 })], { spacing: { after: 160 } }),
      H('Profile'),
      P([R(p.summary, { size: s })]),
      H('Employment'),
      ...newestFirst(p.work).flatMap(job),
      H('Technical skills'),
      ...sk.slice(0, half).map((x, i) => P([R(`•  ${x}`, { size: s }), R(sk[half + i] ? `\t•  ${sk[half + i]}` : '', { size: s })], { tabStops: [{ type: TabStopType.LEFT, position: mm(85) }] })),
      H('Education'),
      ...newestFirst(p.education).map((e) => P([R(`${e.degree}, ${e.school}`, { size: s }), R(`\t${e.end.slice(0, 4)}`, { size: s })], { tabStops: [{ type: TabStopType.RIGHT, position: W }] })),
      H('Professional development and memberships'),
      ...bullets(['Member, New Zealand Hydrological Society (since 2010); committee member 2021–2024', `${p.certificates[0].name} — ${p.certificates[0].issuer}, ${d(p.certificates[0].date, 'Month YYYY')}`, 'TUFLOW advanced 2D/1D modelling workshop (2019)'], { size: 19 }),
      H('Languages'),
      P([R(p.languages.map((l) => `${l.lang} (${l.level})`).join('; '), { size: s })]),
      H('Referees'),
      P([R(`${p.referees[0].name}, ${p.referees[0].role}, ${p.referees[0].org} — ${p.referees[0].phone}. Further referees available on request.`, { size: s })]),
    ],
  };
  return doc({ font: { ascii: 'Calibri' }, size: s, sections: [sec], title: 'CV', creator: p.name });
}

// ───────────────────────────── zh-leftrule ─────────────────────────────
/** Chinese Word 简历 imitating a 时间轴 with paragraph left borders (no table): bold coloured period, then 公司 ｜ 职位, then numbered duties. */
export function zhLeftrule(p: Person): Document {
  const W = 11906 - 2 * mm(19);
  const s = 20;
  const teal = '127A7A';
  const H = (t: string) => P([R(`${t}`, { bold: true, size: 26, color: teal, font: { eastAsia: 'SimHei' } })], { spacing: { before: 240, after: 100 }, border: { bottom: line(teal, 10) }, keepNext: true });
  const bar = { left: { style: BorderStyle.SINGLE, size: 18, color: teal, space: 8 } };
  const zd = (j: { start: string; end: string | null }) => `${d(j.start, 'YYYY年M月')} — ${j.end ? d(j.end, 'YYYY年M月') : '至今'}`;
  const job = (j: Job) => [
    P([R(zd(j), { bold: true, size: 21, color: teal })], { border: bar, indent: { left: 240 }, spacing: { before: 140, after: 20 }, keepNext: true }),
    P([R(j.company, { bold: true, size: 21 }), R(`　｜　${j.title}`, { size: 21 })], { border: bar, indent: { left: 240 }, keepNext: true }),
    ...j.duties.map((x, i) => P([R(`${i + 1}. ${x}`, { size: 19 })], { border: bar, indent: { left: 240 } })),
  ];
  const sec: ISectionOptions = {
    properties: { page: { size: A4, margin: { top: mm(18), bottom: mm(18), left: mm(19), right: mm(19) } } },
    children: [
      P([R(p.name, { bold: true, size: 52, font: { eastAsia: 'SimHei' } })], { spacing: { after: 40 } }),
      P([R('求职意向：财务经理 / 财务总监　｜　期望城市：成都　｜　到岗时间：一个月内', { size: 20, color: '404040' })]),
      P([R(`女　｜　${d(p.born, 'YYYY年M月')}生　｜　本科　｜　手机：${p.phoneLocal}　｜　邮箱：${p.email}`, { size: 19 })], { border: { bottom: line('BFBFBF', 4) }, spacing: { after: 120 } }),
      H('个人概况'),
      P([R(p.summary, { size: s })], { indent: { firstLine: 420 } }),
      H('工作经历'),
      ...newestFirst(p.work).flatMap(job),
      H('教育背景'),
      ...p.education.map((e) => P([R(`${d(e.start, 'YYYY年M月')} — ${d(e.end, 'YYYY年M月')}　`, { size: s, color: teal, bold: true }), R(`${e.school}　${e.degree}`, { size: s })])),
      H('资格证书'),
      ...p.certificates.map((c) => P([R(`${c.name}`, { size: s }), R(`\t${d(c.date, 'YYYY年M月')}取得`, { size: s, color: '595959' })], { tabStops: [{ type: TabStopType.RIGHT, position: W }] })),
      H('专业技能'),
      P([R(skills(p).slice(0, 4).join('　·　'), { size: s })]),
      P([R(skills(p).slice(4).join('　·　'), { size: s })]),
      H('语言'),
      P([R(`${p.languages[0].lang}：${p.languages[0].level}`, { size: s })]),
    ],
  };
  return doc({ font: { ascii: 'Arial', eastAsia: 'SimSun' }, size: s, sections: [sec], title: '简历', creator: p.name });
}

// ───────────────────────────── in-writer-2col ─────────────────────────────
/** Indian résumé-writing-service layout: navy name band, shaded left column, “Since Mar'23 with Company, Town as Title” entries. */
export function inWriter2col(p: Person): Document {
  const W = LETTER.width - 2 * mm(14);
  const s = 18;
  const navy = '1B2A49';
  const L = mm(58), Rw = W - L;
  const band = T(
    [
      row([
        C(
          [
            P([R(p.name.toUpperCase(), { bold: true, size: 38, color: 'FFFFFF' })], { alignment: AlignmentType.CENTER }),
            P([R('QA Lead  |  Test Automation  |  Quality Engineering', { size: 21, color: 'DCE6F2' })], { alignment: AlignmentType.CENTER }),
            P([R(`Mobile: ${p.phoneIntl}   |   E-mail: ${p.email}   |   Toronto, Canada`, { size: 17, color: 'FFFFFF' })], { alignment: AlignmentType.CENTER }),
          ],
          { w: W, fill: navy, pad: 140 },
        ),
      ]),
    ],
    [W],
    { borders: allB(NONE) },
  );
  const lh = (t: string) => P([R(t, { bold: true, size: 21, color: navy })], { border: { bottom: line(navy, 6) }, spacing: { before: 200, after: 80 } });
  const left = [
    lh('Core Competencies'),
    ...bullets(skills(p), { size: s, sym: '▪' }),
    lh('Certifications'),
    ...p.certificates.map((c) => P([R(`${c.name} (${d(c.date, "Mon'YY")})`, { size: s })], { spacing: { after: 60 } })),
    lh('Education'),
    ...p.education.map((e) => P([R(`${e.degree}`, { size: s, bold: true }), R(` — ${e.school}, ${e.city}, ${e.end.slice(0, 4)}`, { size: s })])),
    lh('Personal Details'),
    P([R('Date of Birth: 2nd November 1990', { size: s })]),
    P([R(`Languages Known: ${p.languages.map((l) => l.lang).join(', ')}`, { size: s })]),
    P([R('Status: Canadian Permanent Resident', { size: s })]),
    P([R(`Address: ${p.address}`, { size: s })]),
  ];
  const when = (j: Job) => (j.end ? `${d(j.start, "Mon'YY")} – ${d(j.end, "Mon'YY")}` : `Since ${d(j.start, "Mon'YY")}`);
  const rh = (t: string) => P([R(t, { bold: true, size: 22, color: 'FFFFFF' })], { shading: { fill: navy, type: ShadingType.CLEAR, color: 'auto' }, spacing: { before: 180, after: 80 } });
  const right = [
    rh('Profile Summary'),
    ...bullets([p.summary, 'Expertise in designing automation frameworks from scratch and in shifting testing left inside Agile / Scrum teams.', 'Hands-on with CI pipelines, API testing, performance testing and test data management.'], { size: s }),
    rh('Work Experience'),
    ...newestFirst(p.work).flatMap((j) => [
      P([R(`${when(j)} with ${j.company}, ${j.city} as ${j.title}`, { bold: true, size: 19, color: navy })], { spacing: { before: 120 }, keepNext: true }),
      P([R('Key Result Areas:', { bold: true, italics: true, size: s })], { keepNext: true }),
      ...bullets(j.duties, { size: s }),
    ]),
  ];
  const body = T([row([C(left, { w: L, fill: 'EEF1F6', pad: 100 }), C(right, { w: Rw, pad: 100 })])], [L, Rw], { borders: allB(NONE) });
  const sec: ISectionOptions = {
    properties: { page: { size: LETTER, margin: { top: mm(12), bottom: mm(12), left: mm(14), right: mm(14) } } },
    children: [band, P(''), body],
  };
  return doc({ font: { ascii: 'Cambria' }, size: s, sections: [sec], title: 'Resume', creator: p.name });
}

// ───────────────────────────── zh-float-left ─────────────────────────────
/** Chinese Word 简历 whose info panel (photo, 基本信息, 联系方式, skills) is a floating table at the top left; the body wraps beside it. */
export function zhFloatLeft(p: Person, o: { intent: string; facts: [string, string][]; style: 'YYYY/MM' | 'YYYY年M月'; sep: string; evalText: string }): Document {
  const W = 11906 - 2 * mm(17);
  const PW = mm(58);
  const s = 19;
  const blue = '2F5496';
  const ph = (t: string) => P([R(t, { bold: true, size: 21, color: 'FFFFFF' })], { shading: { fill: blue, type: ShadingType.CLEAR, color: 'auto' }, spacing: { before: 120, after: 60 } });
  const panel = T(
    [
      row([
        C(
          [
            P([photo(92, 115)], { alignment: AlignmentType.CENTER, spacing: { after: 80 } }),
            ph('基本信息'),
            ...o.facts.map(([a, b]) => P([R(`${a}：${b}`, { size: s })])),
            ph('联系方式'),
            P([R(`手机：${p.phoneLocal}`, { size: s })]),
            P([R(`邮箱：${p.email}`, { size: 17 })]),
            P([R(`地址：${p.address}`, { size: s })]),
            ph('专业技能'),
            ...skills(p).map((x) => P([R(`· ${x}`, { size: s })])),
            ph('证书'),
            ...p.certificates.map((c) => P([R(c.name, { size: s })])),
            ph('语言'),
            P([R(`${p.languages[0].lang}（${p.languages[0].level}）`, { size: s })]),
          ],
          { w: PW, fill: 'EDF1F8', pad: 100 },
        ),
      ]),
    ],
    [PW],
    {
      borders: allB(NONE),
      float: { horizontalAnchor: TableAnchorType.MARGIN, verticalAnchor: TableAnchorType.MARGIN, absoluteHorizontalPosition: 0, absoluteVerticalPosition: 0, rightFromText: mm(6), bottomFromText: mm(3) },
    },
  );
  const H = (t: string) => P([R(t, { bold: true, size: 24, color: blue, font: { eastAsia: 'SimHei' } })], { border: { bottom: line(blue, 8) }, spacing: { before: 200, after: 80 }, keepNext: true });
  const rng = (j: { start: string; end: string | null }) => range(j, o.style, { sep: o.sep, present: '至今' });
  const sec: ISectionOptions = {
    properties: { page: { size: A4, margin: { top: mm(16), bottom: mm(16), left: mm(17), right: mm(17) } } },
    children: [
      panel,
      P([R(p.name, { bold: true, size: 48, color: blue, font: { eastAsia: 'SimHei' } })], { spacing: { after: 40 } }),
      P([R(`求职意向：${o.intent}`, { size: 21 })], { spacing: { after: 100 } }),
      H('自我评价'),
      P([R(o.evalText, { size: s })], { indent: { firstLine: 380 } }),
      H('工作经历'),
      ...newestFirst(p.work).flatMap((j) => [
        P([R(rng(j), { bold: true, size: s, color: blue })], { spacing: { before: 100 }, keepNext: true }),
        P([R(j.company, { bold: true, size: 20 }), R(`　${j.title}`, { size: 20 })], { keepNext: true }),
        ...j.duties.map((x, i) => P([R(`${i + 1}、${x}`, { size: s })])),
      ]),
      H('教育背景'),
      ...p.education.map((e) => P([R(`${rng(e)}　${e.school}　${e.degree}`, { size: s })])),
    ],
  };
  return doc({ font: { ascii: 'Times New Roman', eastAsia: 'SimSun' }, size: s, sections: [sec], title: '个人简历', creator: p.name });
}

// ───────────────────────────── row-paired-2col ─────────────────────────────
type RP = 'hk' | 'sg';
/** Word résumé as one borderless two-column table whose rows pair a main section (left) with a shaded side block (right). */
export function rowPaired2col(p: Person, v: RP): Document {
  const W = 11906 - 2 * mm(15);
  const L = mm(118), Rw = W - L;
  const s = 18;
  const acc = v === 'hk' ? '5B2C6F' : 'B0413E';
  const hk = v === 'hk';
  const per = (j: { start: string; end: string | null }) => (hk ? range(j, 'MM/YYYY', { present: '現在 Present' }) : j.end ? `${d(j.start, 'YYYY年M月')}—${d(j.end, 'YYYY年M月')}` : `${d(j.start, 'YYYY年M月')}至今`);
  const h = (t: string) => P([R(t, { bold: true, size: 22, color: acc })], { spacing: { before: 60, after: 80 }, border: { bottom: line(acc, 6) } });
  const sep = { top: NONE, left: NONE, right: NONE, bottom: line('BFBFBF', 4) };
  const pair = (a: Paragraph[], b: Paragraph[]) => row([C(a, { w: L, borders: sep, pad: 120 }), C(b, { w: Rw, fill: 'F3EEF5'.replace('F3EEF5', hk ? 'F3EEF5' : 'F8EFEE'), borders: sep, pad: 120 })]);
  const lab = hk
    ? { work: '工作經驗 Work Experience', edu: '學歷 Education', prof: '個人簡介 Profile', ct: '聯絡 Contact', sk: '技能 Skills', lg: '語言 Languages', cert: '專業資格 Qualifications', oth: '其他 Others', mob: '手提 Mobile', mail: '電郵 Email', addr: '地址 Address' }
    : { work: '工作经历 Work Experience', edu: '教育 Education', prof: '简介 Profile', ct: '联系 Contact', sk: '技能 Skills', lg: '语言 Languages', cert: '证书 Certifications', oth: '其他 Others', mob: '手机 Mobile', mail: '电邮 Email', addr: '地址 Address' };
  const work = newestFirst(p.work).flatMap((j) => [
    P([R(j.title, { bold: true, size: 20 })], { spacing: { before: 100 }, keepNext: true }),
    P([R(j.company, { size: s, color: '404040' }), R(`\t${per(j)}`, { size: s, color: acc })], { tabStops: [{ type: TabStopType.RIGHT, position: L - 240 }], keepNext: true }),
    ...bullets(j.duties, { size: 17 }),
  ]);
  const rows = [
    pair(
      [P([R(p.name, { bold: true, size: 48, color: acc }), R(`  ${p.nameEn}`, { size: 24 })]), P([R(p.headline, { size: 21 })])],
      [h(lab.ct), P([R(`${lab.mob}: ${p.phoneIntl}`, { size: s })]), P([R(`${lab.mail}: ${p.email}`, { size: 16 })]), P([R(`${lab.addr}: ${p.address}`, { size: 16 })])],
    ),
    pair([h(lab.prof), P([R(p.summary, { size: s })])], [h(lab.sk), ...skills(p).map((x) => P([R(`▸ ${x}`, { size: s })]))]),
    pair([h(lab.work), ...work], [h(lab.cert), ...p.certificates.map((c) => P([R(`${c.name} (${d(c.date, 'YYYY')})`, { size: s })], { spacing: { after: 60 } }))]),
    pair(
      [h(lab.edu), ...newestFirst(p.education).flatMap((e) => [P([R(e.degree, { size: s, bold: true })], { keepNext: true }), P([R(e.school, { size: s }), R(`\t${per(e)}`, { size: s, color: acc })], { tabStops: [{ type: TabStopType.RIGHT, position: L - 240 }] })])],
      [h(lab.lg), ...p.languages.map((l) => P([R(`${l.lang}: ${l.level}`, { size: s })])), h(lab.oth), P([R(hk ? 'Expected salary 期望薪酬: HK$48,000 × 13' : 'Expected salary: S$9,500 / month', { size: s })]), P([R(hk ? 'Availability 可上班日期: one month’s notice' : 'Notice period: 2 months', { size: s })])],
    ),
  ];
  const sec: ISectionOptions = {
    properties: { page: { size: A4, margin: { top: mm(14), bottom: mm(14), left: mm(15), right: mm(15) } } },
    children: [T(rows, [L, Rw], { borders: allB(NONE) })],
  };
  return doc({ font: { ascii: 'Arial', eastAsia: hk ? 'PMingLiU' : 'Microsoft YaHei' }, size: s, sections: [sec], title: 'CV', creator: p.nameEn! });
}

export { LETTER };
