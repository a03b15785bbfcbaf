/** DOCX templates of heldout-66 (built with the `docx` package; LibreOffice PDFs are exported from these files). */
import {
  AlignmentType, BorderStyle, Column, ColumnBreak, Document, Footer, Header, ImageRun, PageNumber, Packer, Paragraph, SectionType,
  ShadingType, TabStopType, Table, TableCell, TableRow, TextRun, VerticalMergeType, WidthType,
} from 'docx';
import { type Person, sk } from './people.ts';
import { fd, range, silhouettePng } from './common.ts';

const skills = (p: Person) => p.skills.map(sk);
type PO = { b?: boolean; i?: boolean; size?: number; color?: string; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; after?: number; font?: string; bullet?: boolean };
const P = (t: string | TextRun[], o: PO = {}) => new Paragraph({
  children: typeof t === 'string' ? t.split('\n').map((line, i) => new TextRun({ text: line, bold: o.b, italics: o.i, size: o.size, color: o.color, font: o.font, break: i ? 1 : 0 })) : t,
  alignment: o.align, spacing: { after: o.after ?? 40 }, bullet: o.bullet ? { level: 0 } : undefined,
});
const R = (text: string, o: { b?: boolean; i?: boolean; size?: number; color?: string } = {}) => new TextRun({ text, bold: o.b, italics: o.i, size: o.size, color: o.color });
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const lineBorders = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
type CO = { span?: number; rows?: number; fill?: string; w?: number; vm?: 'restart' | 'continue' };
const C = (c: string | Paragraph[] | (Paragraph | Table)[], o: CO = {}) => new TableCell({
  children: typeof c === 'string' ? [P(c, { size: 18 })] : c,
  columnSpan: o.span, rowSpan: o.rows, width: o.w ? { size: o.w, type: WidthType.DXA } : undefined,
  shading: o.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: o.fill } : undefined,
  margins: { top: 40, bottom: 40, left: 90, right: 90 },
  verticalMerge: o.vm === 'restart' ? VerticalMergeType.RESTART : o.vm === 'continue' ? VerticalMergeType.CONTINUE : undefined,
});
const L = (t: string, o: CO = {}) => C([P(t, { size: 17, b: true })], { fill: 'E7E6E6', ...o });
const T = (rows: TableRow[], widths: number[], borders: object = lineBorders) => new Table({ rows, columnWidths: widths, width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, borders });
const row = (...cells: TableCell[]) => new TableRow({ children: cells });
const photo = () => new ImageRun({ type: 'png', data: silhouettePng(), transformation: { width: 84, height: 105 } });
const A4 = { size: { width: 11906, height: 16838 }, margin: { top: 900, bottom: 900, left: 1000, right: 1000, header: 450, footer: 450 } };
const pageFooter = (prefix: string) => new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: prefix, size: 15, color: '777777' }), new TextRun({ children: [PageNumber.CURRENT], size: 15, color: '777777' })] })] });
const doc = (font: string, sections: ConstructorParameters<typeof Document>[0]['sections']) => new Document({ styles: { default: { document: { run: { font, size: 19 } } } }, sections });
const W = 9906; // text width in twips with A4 margins above

/** French fiche de renseignements candidat: NOM / Prénom(s) / Nom chinois cells, photo cell merged over four rows, three phone cells, parcours table Du / Au */
export function frFiche(p: Person): Document {
  const x = p.extra!;
  const head = T([
    row(L('NOM / Surname'), C(p.family), L('Photo', { w: 1800, rows: 5 }), C([new Paragraph({ alignment: AlignmentType.CENTER, children: [photo()] })], { rows: 5, w: 1900 })),
    row(L('Prénom(s) / Given name'), C(p.given)),
    row(L('Nom en caractères chinois'), C(p.name)),
    row(L('Nationalité'), C(`${x.nationality} — ${x.permit}`)),
    row(L('Adresse'), C(p.address)),
    row(L('Tél. portable'), C(p.mobile[0]), L('Tél. fixe'), C(p.others.home)),
    row(L('Tél. professionnel'), C(`${p.others.office} (standard)`), L('Courriel'), C(p.email)),
    row(L('Tél. en Chine (famille)'), C(p.others.cnMobile), L('Disponibilité'), C('préavis 3 mois')),
  ], [2400, 3800, 1800, 1900]);
  const jobs = T([
    row(L('Du'), L('Au'), L('Employeur'), L('Poste occupé'), L('Principales missions')),
    ...[...p.work].reverse().map((j) => row(C(fd(j.start, 'mm/yyyy')), C(j.end ? fd(j.end, 'mm/yyyy') : 'à ce jour'), C(j.company), C(j.title), C(j.duties.map((d) => P(d, { size: 17, bullet: true }))))),
  ], [1000, 1100, 2300, 2200, 3306]);
  const edu = T([row(L('Années'), L('Établissement'), L('Diplôme')), ...p.edu.map((e) => row(C(`${e.start.slice(0, 4)} – ${e.end.slice(0, 4)}`), C(e.school), C(e.degree)))], [1500, 4000, 4406]);
  const sk2 = T([row(L('Compétences techniques / 专业技能'), C(skills(p).join(' · '))), row(L('Langues / 语言'), C(p.languages.join(' ; ')))], [3000, 6906]);
  return doc('Liberation Sans', [{
    properties: { page: A4 },
    headers: { default: new Header({ children: [P('Fiche de renseignements candidat — Bastide & Lys Conseil · 12 bd Haussmann, 75009 Paris · Tél. 01 53 20 41 00', { size: 15, color: '555555' })] }) },
    footers: { default: pageFooter(`${p.latin} / ${p.name} — page `) },
    children: [P('FICHE DE RENSEIGNEMENTS / CANDIDATE INFORMATION SHEET', { b: true, size: 26, align: AlignmentType.CENTER, after: 60 }), P('Poste visé : Head of Data & Analytics (réf. BLC-2026-77)', { size: 18, align: AlignmentType.CENTER, after: 120 }),
      P('1. État civil et coordonnées', { b: true, size: 20, color: '1F3864' }), head, P('', {}),
      P('2. Parcours professionnel (du plus récent au plus ancien)', { b: true, size: 20, color: '1F3864' }), jobs, P('', {}),
      P('3. Formation', { b: true, size: 20, color: '1F3864' }), edu, P('', {}), P('4. Compétences et langues', { b: true, size: 20, color: '1F3864' }), sk2,
      P('Je certifie l’exactitude des renseignements ci-dessus. Fait à Paris, le 30/11/2026.', { size: 17, i: true, after: 0 })],
  }]);
}

/** German-style tabular CV in English: grey label cells "Name" / "First name" split, Telephone / Mobile / Telephone (office) / Fax rows in DIN-5008 slashes; "since 10/2019" left cells */
export function deStammdaten(p: Person): Document {
  const x = p.extra!;
  const pd = T([
    row(L('Name', { w: 2600 }), C(p.family), C([new Paragraph({ alignment: AlignmentType.CENTER, children: [photo()] })], { rows: 6, w: 2000 })),
    row(L('First name'), C(p.given), C('', { vm: 'continue' }) as never as TableCell),
    row(L('Date / place of birth'), C(`${x.dob} in ${x.birthplace}`)),
    row(L('Address'), C(p.address)),
    row(L('Telephone'), C(p.others.home)),
    row(L('Mobile'), C(p.mobile[0])),
    row(L('Telephone (office)'), C(p.others.office, { span: 2 })),
    row(L('Fax (office)'), C(p.others.fax, { span: 2 })),
    row(L('E-mail'), C(p.email, { span: 2 })),
  ].map((r, i) => (i === 1 ? row(L('First name'), C(p.given)) : r)), [2600, 5306, 2000]);
  const career = T([...p.work].reverse().map((j) => row(C([P(j.end ? `${fd(j.start, 'mm/yyyy')} – ${fd(j.end, 'mm/yyyy')}` : `since ${fd(j.start, 'mm/yyyy')}`, { size: 18 })], { w: 2200 }),
    C([P(j.company + ', ' + j.city, { b: true, size: 19 }), P(j.title, { i: true, size: 18 }), ...j.duties.map((d) => P(d, { size: 17, bullet: true }))]))), [2200, 7706], noBorders);
  const edu = T(p.edu.map((e) => row(C(`${fd(e.start, 'mm/yyyy')} – ${fd(e.end, 'mm/yyyy')}`, { w: 2200 }), C([P(e.school, { b: true, size: 19 }), P(e.degree, { size: 18 })]))), [2200, 7706], noBorders);
  const kn = T([row(L('Area'), L('Skills'), L('Level')),
    row(C('CAD'), C('SolidWorks, Siemens NX'), C('expert')), row(C('Engineering'), C('GD&T, Tolerance analysis, FEM analysis'), C('very good')), row(C('Quality'), C('DFMEA'), C('very good')), row(C('IT'), C('SAP PLM'), C('good'))], [2200, 5506, 2200]);
  const H = (t: string) => P(t, { b: true, size: 22, color: '2F5496', after: 60 });
  return doc('Liberation Sans', [{
    properties: { page: A4 },
    headers: { default: new Header({ children: [new Paragraph({ tabStops: [{ type: TabStopType.RIGHT, position: W }], children: [R('Curriculum Vitae', { size: 16, color: '777777' }), R(`\t${p.name}`, { size: 16, color: '777777' })] })] }) },
    footers: { default: pageFooter('Page ') },
    children: [P(`Curriculum Vitae — ${p.name}`, { b: true, size: 30, after: 140 }), H('Personal details'), pd, P(''), H('Professional experience'), career, P(''), H('Education'), edu, P(''), H('Skills'), kn, P(''),
      H('Languages'), P(p.languages.join(' · '), { size: 18 }), P(''), P(`München, 1 December 2026`, { size: 18, after: 0 }), P(p.name, { size: 18, i: true })],
  }]);
}

/** Singapore Word résumé: "Personal Particulars" table whose "Contact No." cell holds (HP) / (H) / (O) numbers together; employment table with last drawn salary */
export function sgHpTable(p: Person): Document {
  const x = p.extra!;
  const pp = T([
    row(L('Name (as in NRIC)'), C(`${p.family.toUpperCase()} ${p.given.toUpperCase()}`), L('Chinese Name'), C(p.name)),
    row(L('NRIC No.'), C(x.nric), L('Date of Birth'), C(x.dob)),
    row(L('Nationality'), C('Singapore Citizen'), L('NS Status'), C(x.ns)),
    row(L('Contact No.'), C([P(`(HP) ${p.mobile[0]}`, { size: 18 }), P(`(H) ${p.others.home}   (O) ${p.others.office}`, { size: 18 })]), L('Email'), C(p.email)),
    row(L('Address'), C(p.address, { span: 3 })),
  ], [2100, 3200, 1700, 2906]);
  const emp = T([row(L('Period'), L('Company'), L('Designation'), L('Last Drawn')),
    ...[...p.work].reverse().flatMap((j, i) => [row(C(range(j, 'mon', 'Present', ' – ')), C(j.company), C(j.title), C(['S$7,800', 'S$4,900', 'S$3,600'][i])),
      row(C([P('Job scope:', { size: 17, i: true }), ...j.duties.map((d) => P(d, { size: 17, bullet: true }))], { span: 4 }))])], [2300, 3300, 2600, 1706]);
  const sk2 = T([row(L('Skills 技能'), L('Languages 语言 (Spoken / Written)')), row(C(skills(p).map((s) => P(s, { size: 18, bullet: true }))), C(p.languages.map((s, i) => P(`${s} — ${['Excellent / Excellent', 'Good / Good', 'Fair / —'][i]}`, { size: 18 }))))], [4953, 4953]);
  const H = (t: string) => P(t, { b: true, size: 21, after: 60, color: 'FFFFFF' });
  const bar = (t: string) => T([row(C([H(t)], { fill: '0B4F6C' }))], [W]);
  return doc('Liberation Sans', [{
    properties: { page: A4 },
    footers: { default: pageFooter(`Resume of ${p.latin} ${p.name} | `) },
    children: [P(`RESUME 履历  —  ${p.name} ${p.latin}`, { b: true, size: 30, align: AlignmentType.CENTER, after: 60 }), P(`Position applied: ${p.headline} · Expected salary: S$8,500 · Notice: 1 month`, { size: 17, align: AlignmentType.CENTER, after: 120 }),
      bar('PERSONAL PARTICULARS'), pp, P(''), bar('EMPLOYMENT HISTORY'), emp, P(''), bar('EDUCATION'),
      T([row(L('Period'), L('Institution'), L('Qualification')), ...p.edu.map((e) => row(C(`${fd(e.start, 'mon')} – ${fd(e.end, 'mon')}`), C(e.school), C(e.degree)))], [2300, 4000, 3606]), P(''),
      bar('SKILLS & LANGUAGES'), sk2, P(''), P('Referee: Mr Lim Boon Keng, General Manager, Pasir Panjang Freight Pte Ltd — 9672 3318', { size: 17 })],
  }]);
}

/** Indian IT-services Word résumé: header table (name left / Mobile + Email right), category skills table, experience table, per-project tables, personal-details table with father's mobile */
export function inProjectDocx(p: Person): Document {
  const hdr = T([row(C([P(p.name, { b: true, size: 32 }), P(p.headline, { size: 19 })], { w: 5600 }), C([P(`Mobile: +91-${p.mobile[0].replace(' ', '')}`, { size: 18 }), P(`Email: ${p.email}`, { size: 18 }), P('Location: Bengaluru, Karnataka', { size: 18 })], { w: 4306 }))], [5600, 4306],
    { ...noBorders, bottom: { style: BorderStyle.THICK, size: 12, color: '1F3864' } });
  const H = (t: string) => P(t, { b: true, size: 21, color: '1F3864', after: 60 });
  const skt = T([row(L('Category'), L('Skills')), row(C('Languages'), C('Java')), row(C('Frameworks'), C('Spring Boot, Microservices, Hibernate')), row(C('Database'), C('Oracle')), row(C('Messaging'), C('Apache Kafka')), row(C('DevOps & Tools'), C('Docker, Kubernetes, Git')), row(C('API'), C('REST APIs'))], [2600, 7306]);
  const ex = T([row(L('Organisation'), L('Designation'), L('Duration')), ...[...p.work].reverse().map((j) => row(C(j.company), C(j.title), C(range(j, 'mon', 'Till Date', ' to '))))], [4300, 3206, 2400]);
  const projs = [['UPI Switch Modernisation', 'Nilgiri Fintech (in-house)', 'Technical Lead', '9', 'Java 17, Spring Boot, Kafka, Kubernetes'], ['Retail Banking Event Hub', 'Confidential (Tier-1 bank)', 'Senior Software Engineer', '14', 'Spring Boot, Apache Kafka, Oracle, Docker'], ['Claims Portal Maintenance', 'Confidential (general insurer)', 'Associate Software Engineer', '6', 'Java, Struts, Oracle PL/SQL']];
  const pt = projs.map((q) => [T([row(L('Project', { w: 2200 }), C(q[0], { w: 7706 })), row(L('Client'), C(q[1])), row(L('Role'), C(q[2])), row(L('Team Size'), C(q[3])), row(L('Environment'), C(q[4]))], [2200, 7706]), P('')]).flat();
  const pdt = T([row(L('Date of Birth'), C(p.extra!.dob), L('Gender'), C('Male')), row(L("Father's Name"), C('R. Ramanathan'), L("Father's Contact"), C(p.others.father)), row(L('Languages Known'), C(p.languages.join(', '), { span: 3 })), row(L('Permanent Address'), C(p.address, { span: 3 })), row(L('Residence Phone'), C(p.others.home, { span: 3 }))], [2300, 2653, 2300, 2653]);
  return doc('Liberation Sans', [{
    properties: { page: A4 }, footers: { default: pageFooter('') },
    children: [hdr, P(''), H('PROFESSIONAL SUMMARY'), ...['11+ years of experience in design and development of Java applications.', 'Strong in Spring Boot microservices, Kafka and container deployment.', 'Experience in BFSI and payments domain.'].map((s) => P(s, { bullet: true, size: 18 })),
      H('TECHNICAL SKILLS'), skt, P(''), H('WORK EXPERIENCE'), ex, P(''), ...[...p.work].reverse().flatMap((j) => [P(`${j.title} — ${j.company}`, { b: true, size: 18 }), ...j.duties.map((d) => P(d, { bullet: true, size: 17 }))]),
      H('PROJECT DETAILS'), ...pt, H('EDUCATION'), T([row(L('Qualification'), L('Institute'), L('Year'), L('CGPA')), ...p.edu.map((e) => row(C(e.degree), C(e.school), C(e.end.slice(0, 4)), C(p.extra!.cgpa)))], [3300, 3900, 1200, 1506]), P(''),
      H('PERSONAL DETAILS'), pdt, P(''), H('DECLARATION'), P('I hereby declare that the information furnished above is true to the best of my knowledge.', { size: 18 }),
      new Paragraph({ tabStops: [{ type: TabStopType.RIGHT, position: W }], children: [R('Place: Bengaluru', { size: 18 }), R(`\t(${p.name})`, { size: 18, b: true })] })],
  }]);
}

/** Chinese Word 个人简历表: photo cell, 手机 / 微信 / 固定电话 / 紧急联系人电话 cells, 起止年月 rows with "2017.12—2022.05" */
export function cnWordGrid(p: Person): Document {
  const x = p.extra!;
  const w = [1300, 1700, 1100, 1500, 1300, 1306, 1700];
  const ph = C([new Paragraph({ alignment: AlignmentType.CENTER, children: [photo()] })], { rows: 4 });
  const rows = [
    row(L('姓　名'), C(p.name), L('性　别'), C(x.gender), L('出生年月'), C(x.born), ph),
    row(L('籍　贯'), C(x.hukou), L('民　族'), C('汉'), L('政治面貌'), C(x.politics)),
    row(L('学　历'), C('本科'), L('专　业'), C(p.edu[0].degree.split(' ')[0]), L('工作年限'), C(`${2026 - Number(p.work[0].start.slice(0, 4))} 年`)),
    row(L('手　机'), C(p.mobile[0]), L('微　信'), C('同手机号'), L('固定电话'), C(p.others.home)),
    row(L('电子邮箱'), C(p.email, { span: 3 }), L('紧急联系人'), C(`${p.id === 'p09' ? '何建国（父）' : '张琳（妻）'} ${p.others.emergency}`, { span: 2 })),
    row(L('现住址'), C(p.address, { span: 6 })),
    row(L('求职意向'), C(`${p.headline}　期望月薪：面议　到岗：一个月内`, { span: 6 })),
    row(C([P('工 作 经 历', { b: true, size: 20, align: AlignmentType.CENTER })], { span: 7, fill: 'BDD7EE' })),
    row(L('起止年月', { span: 2 }), L('工作单位', { span: 2 }), L('职　务'), L('主要工作内容', { span: 2 })),
    ...[...p.work].reverse().map((j) => row(C(`${fd(j.start, 'yyyy.mm')}—${j.end ? fd(j.end, 'yyyy.mm') : '至今'}`, { span: 2 }), C(j.company, { span: 2 }), C(j.title), C(j.duties.map((d, i) => P(`${i + 1}. ${d}`, { size: 17 })), { span: 2 }))),
    row(C([P('教 育 背 景', { b: true, size: 20, align: AlignmentType.CENTER })], { span: 7, fill: 'BDD7EE' })),
    ...p.edu.map((e) => row(C(`${fd(e.start, 'yyyy.mm')}—${fd(e.end, 'yyyy.mm')}`, { span: 2 }), C(e.school, { span: 3 }), C(e.degree, { span: 2 }))),
    row(L('专业技能'), C(skills(p).map((s) => P(`● ${s}`, { size: 18 })), { span: 6 })),
    row(L('外语水平'), C(p.languages.join('；'), { span: 6 })),
    row(L('自我评价'), C('踏实肯干，学习能力强，能承受较大工作压力，具有良好的团队协作精神。', { span: 6 })),
  ];
  return doc('Noto Sans CJK SC', [{ properties: { page: A4 }, children: [P('个 人 简 历', { b: true, size: 36, align: AlignmentType.CENTER, after: 160 }), T(rows, w)] }]);
}

/** Taiwanese Word 履歷表: 中文姓名 / 英文姓名 cells, 電話 row split (H) (O) 行動, 傳真; 經歷 with separate 起 / 迄 cells in 民國 "106.02" (Western dates for the bilingual version) */
export function twWordGrid(p: Person): Document {
  const mixed = p.lang === 'mixed';
  const d = (ym: string) => (mixed ? fd(ym, 'yyyy/mm') : fd(ym, 'roc'));
  const lb = (zh: string, en: string) => (mixed ? `${zh} ${en}` : zh);
  const w = [1500, 2300, 1400, 2300, 2406];
  const ph = C([new Paragraph({ alignment: AlignmentType.CENTER, children: [photo()] })], { rows: 4 });
  const rows = [
    row(L(lb('中文姓名', 'Name')), C(p.name), L(lb('英文姓名', 'English name')), C(p.latin ?? ''), ph),
    row(L(lb('出生日期', 'Date of birth')), C(mixed ? '1993/01/18' : p.extra!.born), L(lb('性別', 'Sex')), C(mixed ? '男 M' : p.extra!.gender)),
    row(L(lb('電話', 'Tel.')), C([P(`(H) ${p.others.home}`, { size: 18 }), P(`(O) ${p.others.office}`, { size: 18 })]), L(lb('行動電話', 'Mobile')), C(p.mobile[0])),
    row(L(lb('傳真', 'Fax')), C(p.others.fax ?? '—'), L('E-mail'), C(p.email)),
    row(L(lb('通訊地址', 'Address')), C(p.address, { span: 4 })),
    row(L(lb('緊急聯絡人', 'Emergency contact')), C(`${mixed ? '張美玲 (sister)' : '林志偉（兄）'}　${p.others.emergency}`, { span: 4 })),
    row(C([P(lb('經　歷', 'Experience'), { b: true, size: 20, align: AlignmentType.CENTER })], { span: 5, fill: 'D9D9D9' })),
    row(L(lb('起', 'From')), L(lb('迄', 'To')), L(lb('服務機構', 'Company')), L(lb('職稱', 'Title')), L(lb('工作內容', 'Duties'))),
    ...[...p.work].reverse().map((j) => row(C(d(j.start)), C(j.end ? d(j.end) : (mixed ? '迄今 Present' : '迄今')), C(j.company), C(j.title), C(j.duties.map((s) => P(s, { size: 17 }))))),
    row(C([P(lb('學　歷', 'Education'), { b: true, size: 20, align: AlignmentType.CENTER })], { span: 5, fill: 'D9D9D9' })),
    ...p.edu.map((e) => row(C(d(e.start)), C(d(e.end)), C(e.school), C(e.degree, { span: 2 }))),
    row(L(lb('專長', 'Skills')), C(skills(p).join('、'), { span: 4 })),
    row(L(lb('語言', 'Languages')), C(p.languages.join('、'), { span: 4 })),
    row(L(lb('自傳', 'Autobiography')), C(mixed ? '我在台北長大，大學主修視覺傳達設計。I enjoy turning research into products people can use; 目前帶領五人設計團隊。' : '本人畢業於材料研究所，進入竹科後一直從事製程工作，個性細心負責，樂於面對良率挑戰。', { span: 4 })),
  ];
  return doc(mixed ? 'Noto Sans CJK TC' : 'Noto Sans CJK TC', [{
    properties: { page: A4 },
    headers: { default: new Header({ children: [P(mixed ? '履歷表 RÉSUMÉ' : '履　歷　表', { size: 16, color: '777777', align: AlignmentType.RIGHT })] }) },
    children: [P(mixed ? '履歷表  Résumé' : '履　歷　表', { b: true, size: 34, align: AlignmentType.CENTER, after: 60 }), P(`${lb('應徵職務', 'Position')}：${p.headline}`, { size: 18, align: AlignmentType.RIGHT, after: 100 }), T(rows, w)],
  }]);
}

/** Word CV in two unequal section columns (narrow left, wide right) with a column break; each contact label on its own line above its value */
export function sectCols(p: Person): Document {
  const mixed = p.lang === 'mixed';
  const k = (t: string) => P(t, { size: 15, color: '7F7F7F', after: 0 });
  const v = (t: string) => P(t, { size: 18, after: 80 });
  const H = (t: string) => P(t, { b: true, size: 20, color: mixed ? 'C00000' : '00806E', after: 60 });
  const left = [H(mixed ? 'Contact 联络' : 'Contact'), k('Mobile'), v(p.mobile[1]), k(mixed ? 'Home (H)' : 'Home'), v(p.others.home), k(mixed ? 'Office (O)' : 'Emergency contact'), v(mixed ? p.others.office : `${p.others.emergency} (J. van Dijk-Bos)`), k('E-mail'), v(p.email), k('Address'), v(p.address),
    H(mixed ? 'Skills 技能' : 'Skills'), ...skills(p).map((s) => P(s, { size: 18, after: 30 })), P(''), H(mixed ? 'Languages 语言' : 'Languages'), ...p.languages.map((s) => P(s, { size: 18, after: 30 })), P(''),
    H('Education'), ...p.edu.flatMap((e) => [P(e.degree, { size: 17, b: true, after: 0 }), P(`${e.school}, ${e.start.slice(0, 4)}–${e.end.slice(0, 4)}`, { size: 17 })])];
  const right = [H(mixed ? 'Profile 简介' : 'Profile'), P(mixed ? 'Operations manager in Singapore cold-chain logistics; 熟悉仓储管理与精益改善。' : 'Marketing manager for food brands in the Benelux, from search and content to trade marketing.', { size: 18 }),
    H(mixed ? 'Work Experience 工作经历' : 'Work Experience'), ...[...p.work].reverse().flatMap((j) => [
      new Paragraph({ tabStops: [{ type: TabStopType.RIGHT, position: 6300 }], spacing: { after: 0 }, children: [R(j.title, { b: true, size: 19 }), R(`\t${range(j, mixed ? 'mm/yyyy' : 'mon', mixed ? 'Present 至今' : 'present')}`, { size: 17, color: '555555' })] }),
      P(`${j.company}, ${j.city}`, { i: true, size: 18, after: 20 }), ...j.duties.map((d) => P(d, { size: 17, bullet: true }))])];
  return doc(mixed ? 'Noto Sans CJK SC' : 'Liberation Sans', [
    { properties: { page: A4 }, footers: { default: pageFooter(`${p.name} · `) },
      children: [P(mixed ? `${p.name}  ${p.latin}` : p.name, { b: true, size: 40, after: 20 }), P(p.headline, { size: 22, color: '555555', after: 160 })] },
    { properties: { page: A4, type: SectionType.CONTINUOUS, column: { count: 2, equalWidth: false, separate: true, children: [new Column({ width: 3000, space: 400 }), new Column({ width: 6506 })] } },
      children: [...left, new Paragraph({ children: [new ColumnBreak()] }), ...right] },
  ]);
}

/** Word résumé on a three-cell borderless table: narrow shaded sidebar, thin coloured gutter cell, main; each sidebar contact item split over two lines; referees with numbers */
export function gutterSidebar(p: Person): Document {
  const de = p.id === 'p07';
  const k = (t: string) => P(t, { size: 15, color: 'FFFFFF', b: true, after: 0 });
  const v = (t: string) => P(t, { size: 17, color: 'FFFFFF', after: 90 });
  const H = (t: string) => P(t.toUpperCase(), { b: true, size: 18, color: 'FFD966', after: 60 });
  const side = [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [photo()] }), P(''), H('Contact'),
    k('Mobile'), v(p.mobile[de ? 1 : 0]), k(de ? 'Private' : 'Home'), v(p.others.home), k('Office'), v(p.others.office), ...(de ? [k('Fax'), v(p.others.fax)] : []),
    k('E-mail'), v(p.email.replace('@', '\n@')), k('Address'), v(p.address.replace(', ', '\n')),
    H('Skills'), ...skills(p).map((s) => P(`▪ ${s}`, { size: 17, color: 'FFFFFF', after: 20 })), P(''), H('Languages'), ...p.languages.map((s) => P(s, { size: 17, color: 'FFFFFF', after: 20 })),
  ];
  const main = [P(p.name, { b: true, size: 38, color: '203864', after: 0 }), P(p.headline, { size: 22, color: '5B9BD5', after: 160 }),
    P('EXPERIENCE', { b: true, size: 21, color: '203864', after: 60 }),
    ...[...p.work].reverse().flatMap((j) => [
      new Paragraph({ tabStops: [{ type: TabStopType.RIGHT, position: 6350 }], spacing: { after: 0 }, children: [R(j.company, { b: true, size: 19 }), R(`\t${range(j, de ? 'mm.yyyy' : 'mon', de ? 'today' : 'Present')}`, { size: 17, color: '5B9BD5' })] }),
      P(`${j.title} · ${j.city}`, { i: true, size: 18, after: 20 }), ...j.duties.map((d) => P(d, { size: 17, bullet: true }))]),
    P('EDUCATION', { b: true, size: 21, color: '203864', after: 60 }), ...p.edu.map((e) => P(`${e.degree} — ${e.school} (${e.start.slice(0, 4)}–${e.end.slice(0, 4)})`, { size: 18 })),
    P('REFERENCES', { b: true, size: 21, color: '203864', after: 60 }),
    P(de ? 'Dr.-Ing. Markus Huber, Head of Design, Isartal Maschinenbau GmbH, +49 8161 9350-210' : `Gareth Lowe, Commercial Director, Castlefield Build Ltd, ${p.others.referee}`, { size: 17 })];
  return doc('Liberation Sans', [{ properties: { page: { ...A4, margin: { top: 600, bottom: 600, left: 600, right: 700, header: 300, footer: 300 } } },
    children: [T([row(C(side, { fill: '203864', w: 3000 }), C([P('')], { fill: '5B9BD5', w: 120 }), C(main, { w: 7486 }))], [3000, 120, 7486], noBorders)] }]);
}

/** Bilingual (zh/en/fr) Word résumé on a two-cell table with the shaded contact cell on the RIGHT: French mobile, Paris landline, office switchboard and a China number */
export function zhRightCell(p: Person): Document {
  const H = (t: string) => P(t, { b: true, size: 20, color: '9C2A00', after: 60 });
  const k = (t: string) => P(t, { size: 15, color: '7F7F7F', after: 0 });
  const main = [P(`${p.name}  ${p.latin}`, { b: true, size: 36, after: 0 }), P(p.headline, { size: 21, color: '9C2A00', after: 140 }),
    H('工作经历 Expérience professionnelle'),
    ...[...p.work].reverse().flatMap((j) => [P(`${range(j, 'fr', 'aujourd’hui')}`, { size: 16, color: '7F7F7F', after: 0 }), P([R(j.company, { b: true, size: 19 }), R(` — ${j.title}`, { size: 19 })], {}), ...j.duties.map((d) => P(d, { size: 17, bullet: true }))]),
    H('教育背景 Formation'), ...p.edu.map((e) => P(`${e.start.slice(0, 4)}–${e.end.slice(0, 4)}  ${e.school} · ${e.degree}`, { size: 18 }))];
  const side = [H('联系方式 Contact'), k('Portable (France)'), P(p.mobile[0], { size: 18, after: 60 }), k('Domicile 家'), P(p.others.home, { size: 18, after: 60 }), k('Bureau (standard)'), P(p.others.office, { size: 18, after: 60 }),
    k('国内手机 / WeChat'), P(p.others.cnMobile, { size: 18, after: 60 }), k('E-mail'), P(p.email, { size: 18, after: 60 }), k('Adresse'), P(p.address, { size: 18, after: 140 }),
    H('技能 Compétences'), ...skills(p).map((s) => P(`· ${s}`, { size: 18, after: 20 })), P(''), H('语言 Langues'), ...p.languages.map((s) => P(s, { size: 18, after: 20 })), P(''),
    H('其他 Divers'), P(`${p.extra!.permit}`, { size: 17 })];
  return doc('Noto Sans CJK SC', [{ properties: { page: A4 }, footers: { default: pageFooter(`${p.name} ${p.latin} — `) },
    children: [T([row(C(main, { w: 6606 }), C(side, { w: 3300, fill: 'FBE5D6' }))], [6606, 3300], noBorders)] }]);
}

/** Irish single-column Word CV: name and a right-tab contact column in a header paragraph with line breaks, "Sept 2022 – Present" on a right tab */
export function ieSingleDocx(p: Person): Document {
  const tab = (l: string, r: string, o: { b?: boolean } = {}) => new Paragraph({ tabStops: [{ type: TabStopType.RIGHT, position: W }], spacing: { after: 0 }, children: [R(l, { b: o.b, size: o.b ? 20 : 18 }), R(`\t${r}`, { size: 18 })] });
  const H = (t: string) => new Paragraph({ spacing: { before: 160, after: 60 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '0B5D3B' } }, children: [R(t.toUpperCase(), { b: true, size: 20, color: '0B5D3B' })] });
  const ie = (ym: string) => (ym.slice(5) === '09' ? `Sept ${ym.slice(0, 4)}` : fd(ym, 'mon'));
  return doc('Liberation Serif', [{ properties: { page: A4 }, footers: { default: pageFooter('') },
    children: [
      new Paragraph({ tabStops: [{ type: TabStopType.RIGHT, position: W }], spacing: { after: 0 }, children: [R(p.name, { b: true, size: 36 }), R(`\tMobile: ${p.mobile[1]}`, { size: 18 })] }),
      tab(p.headline, `Home: ${p.others.home}`), tab('', p.email), tab('', 'Stoneybatter, Dublin 7'),
      H('Personal Profile'), P('Test lead with a decade in Dublin software houses; ISTQB Advanced Test Analyst. Full clean driving licence.', { size: 19 }),
      H('Key Skills'), ...pairsOf(skills(p)).map(([a, b]) => new Paragraph({ tabStops: [{ type: TabStopType.LEFT, position: 4900 }], spacing: { after: 20 }, children: [R(`•  ${a}`, { size: 19 }), R(b ? `\t•  ${b}` : '', { size: 19 })] })),
      H('Career History'), ...[...p.work].reverse().flatMap((j) => [tab(`${j.title} — ${j.company}`, `${ie(j.start)} – ${j.end ? ie(j.end) : 'Present'}`, { b: true }), ...j.duties.map((d) => P(d, { size: 18, bullet: true }))]),
      H('Education'), ...p.edu.map((e) => tab(`${e.degree}, ${e.school}`, `${e.start.slice(0, 4)} – ${e.end.slice(0, 4)}`)),
      H('Languages'), P(p.languages.join(', '), { size: 19 }),
      H('Referees'), P(`Niamh Gallagher, QA Manager, Tolka Digital — ${p.others.referee}`, { size: 18 }), P('Further references available on request.', { size: 18 })],
  }]);
}
const pairsOf = <T,>(xs: T[]) => xs.reduce<T[][]>((a, x, i) => (i % 2 ? a[a.length - 1].push(x) : a.push([x]), a), []);

export const toBuffer = (d: Document) => Packer.toBuffer(d);
