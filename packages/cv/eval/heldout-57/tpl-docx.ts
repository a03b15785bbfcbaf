/** DOCX templates (built with `docx`) for heldout-57. Each returns a Document. */
import { AlignmentType, BorderStyle, Column, Document, Footer, Header, PageNumber, PageOrientation, Paragraph, ShadingType, Table, TableCell, TableRow, TabStopType, TextRun, VerticalAlign, WidthType, ColumnBreak, type ISectionOptions } from 'docx';
import { shown, type Person, type Job } from './people.ts';
import { f, st, en, rng, groups, byEmployer, newestFirst, monthsOf, span, Y, lastDay, MM } from './lib.ts';

type C = string | (Paragraph | Table)[] | Table;
interface CO { w?: number; span?: number; rows?: number; shade?: string; bold?: boolean; size?: number; center?: boolean; font?: string }
const P = (t: string, o: { bold?: boolean; size?: number; center?: boolean; italics?: boolean; font?: string; after?: number; right?: boolean } = {}) =>
  new Paragraph({ alignment: o.center ? AlignmentType.CENTER : o.right ? AlignmentType.RIGHT : undefined, spacing: { after: o.after ?? 0 }, children: t.split('\n').flatMap((l, i) => [new TextRun({ text: l, bold: o.bold, italics: o.italics, size: o.size, font: o.font, break: i ? 1 : undefined })]) });
const cell = (c: C, o: CO = {}) => new TableCell({
  children: typeof c === 'string' ? [P(c, { bold: o.bold, size: o.size ?? 18, center: o.center, font: o.font })] : Array.isArray(c) ? (c[c.length - 1] instanceof Table ? [...c, new Paragraph('')] : c) : [c, new Paragraph('')],
  width: o.w ? { size: o.w, type: WidthType.PERCENTAGE } : undefined, columnSpan: o.span, rowSpan: o.rows, verticalAlign: VerticalAlign.CENTER,
  shading: o.shade ? { type: ShadingType.CLEAR, color: 'auto', fill: o.shade } : undefined, margins: { top: 40, bottom: 40, left: 80, right: 80 },
});
const row = (cells: TableCell[], header = false) => new TableRow({ children: cells, tableHeader: header, cantSplit: true });
const table = (rows: TableRow[], borders = true) => new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE },
  borders: borders ? undefined : { top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } } });
const H = (t: string, o: { size?: number; shade?: string; color?: string } = {}) => new Paragraph({ spacing: { before: 160, after: 60 }, shading: o.shade ? { type: ShadingType.CLEAR, color: 'auto', fill: o.shade } : undefined, children: [new TextRun({ text: t, bold: true, size: o.size ?? 22, color: o.color })] });
const pageFoot = (pre: string, font?: string) => new Footer({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: pre, size: 16, font }), new TextRun({ children: [PageNumber.CURRENT], size: 16 }), new TextRun({ text: font ? ' 页 共 ' : ' of ', size: 16, font }), new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16 }), new TextRun({ text: font ? ' 页' : '', size: 16, font })] })] });
const doc = (sections: ISectionOptions[], font = 'Liberation Sans', size = 20) => new Document({ styles: { default: { document: { run: { font, size } } } }, sections });
const margins = { top: 900, bottom: 900, left: 1000, right: 1000 };

// 2. Teacher application form (diocesan schools, England)
export function cesTeacher(p: Person): Document {
  const [fn, sn] = p.name.split(' ');
  const teach = p.jobs.filter((j) => !j.partTime);
  const g = groups(newestFirst(byEmployer({ ...p, jobs: teach })));
  const trows = g.flatMap((grp) => grp.map((j, i) => row([...(i === 0 ? [cell(`${j.company}\n${j.town}, ${j.town === 'Leeds' ? 'Leeds City Council' : 'Bradford LA'}`, { rows: grp.length, w: 30 })] : []), cell(j.title, { w: 22 }), cell(j.end === null ? 'Full time' : 'Full time', { w: 12 }), cell(f.slash(j.start), { w: 12, center: true }), cell(j.end ? f.slash(j.end) : 'to date', { w: 12, center: true }), cell(j.end ? (i === grp.length - 1 ? 'Family commitments' : 'Promoted') : 'n/a', { w: 12 })])));
  const other = p.jobs.filter((j) => j.partTime);
  return doc([{ properties: { page: { margin: margins } }, headers: { default: new Header({ children: [P(`Teacher Application Form — Candidate: ${p.name}`, { size: 16, right: true })] }) },
    footers: { default: pageFoot('Diocesan Schools Commission · Form TA/3 (2025) · Page ') },
    children: [P('DIOCESAN SCHOOLS COMMISSION', { bold: true, size: 28, center: true }), P('Application Form for Teaching Posts', { size: 24, center: true, after: 120 }),
      H('Part A — Personal details', { shade: 'D9D9D9' }),
      table([row([cell('Surname', { shade: 'F2F2F2', w: 18 }), cell(sn, { bold: true, w: 32 }), cell('Forename(s)', { shade: 'F2F2F2', w: 18 }), cell(fn, { bold: true, w: 32 })]),
        row([cell('Address', { shade: 'F2F2F2' }), cell(p.address, { span: 3 })]),
        row([cell('Mobile telephone', { shade: 'F2F2F2' }), cell(p.phoneLocal), cell('Home telephone', { shade: 'F2F2F2' }), cell(p.otherPhone!.replace('Home ', ''))]),
        row([cell('E-mail', { shade: 'F2F2F2' }), cell(p.email), cell('Teacher Reference Number', { shade: 'F2F2F2' }), cell('11/54872')])]),
      H('Part B — Teaching employment history (including present post, most recent first)', { shade: 'D9D9D9' }),
      table([row(['Name and address of school / local authority', 'Post held', 'FT / PT', 'From (mm/yyyy)', 'To (mm/yyyy)', 'Reason for leaving'].map((t) => cell(t, { shade: 'F2F2F2', bold: true, size: 16 })), true), ...trows]),
      H('Part C — Other employment (not teaching)', { shade: 'D9D9D9' }),
      table([row(['Employer', 'Post held', 'Hours', 'From', 'To'].map((t) => cell(t, { shade: 'F2F2F2', bold: true, size: 16 })), true), ...other.map((j) => row([cell(`${j.company}, ${j.town}`), cell(j.title), cell('6–10 per week'), cell(f.slash(j.start)), cell(j.end ? f.slash(j.end) : 'to date')]))]),
      H('Part D — Gaps in employment (safer recruitment: account for every gap)', { shade: 'D9D9D9' }),
      table([row(['From', 'To', 'Explanation'].map((t) => cell(t, { shade: 'F2F2F2', bold: true, size: 16 })), true), ...(p.gaps ?? []).map((g2) => row([cell(f.slash(g2.start), { w: 15 }), cell(f.slash(g2.end), { w: 15 }), cell(g2.why)]))]),
      H('Part E — Education and professional qualifications', { shade: 'D9D9D9' }),
      table([row(['Institution', 'Qualification', 'Dates'].map((t) => cell(t, { shade: 'F2F2F2', bold: true, size: 16 }))), ...p.edu.map((e) => row([cell(`${e.school}, ${e.town}`), cell(e.degree), cell(`${f.slash(e.start)} – ${f.slash(e.end)}`)])), row([cell('Other qualifications'), cell(p.certs.join('; '), { span: 2 })])]),
      H('Part F — Professional skills and areas of expertise', { shade: 'D9D9D9' }),
      table([row([cell(p.skills.slice(0, 4).map(shown).map((s) => `• ${s}`).join('\n')), cell(p.skills.slice(4).map(shown).map((s) => `• ${s}`).join('\n'))])]),
      H('Part G — Languages', { shade: 'D9D9D9' }), P(p.languages.join('; ')),
      H('Part H — Declaration', { shade: 'D9D9D9' }), P('I confirm that the information given on this form is correct. I understand that false information may lead to dismissal.', { size: 18 }), P(`Signed: ${p.name}          Date: 20/11/2026`, { size: 18 })] }]);
}

// 3. German institute Personalbogen (bilingual)
export function dePersonalbogen(p: Person): Document {
  const [fn, sn] = p.name.split(' ');
  const g = groups(byEmployer(p));
  const jr = g.flatMap((grp) => grp.map((j, i) => row([cell(f.deDay(j.start), { w: 13, center: true }), cell(j.end ? f.deDay(j.end, true) : 'laufend / ongoing', { w: 13, center: true }), ...(i === 0 ? [cell(`${j.company}\n${j.town}`, { rows: grp.length, w: 34 })] : []), cell(j.title, { w: 28 }), cell(j.partTime ? 'Teilzeit (2 SWS)' : 'Vollzeit 100 %', { w: 12 })])));
  const lbl = (t: string) => cell(t, { shade: 'E7EEF5', size: 16 });
  return doc([{ properties: { page: { margin: margins } }, headers: { default: new Header({ children: [P('IAPH · Personalabteilung / Human Resources · Personalbogen für Beschäftigte (Personal data sheet)', { size: 15 })] }) },
    footers: { default: pageFoot(`Personalbogen ${sn}, ${fn} — Seite / page `) },
    children: [P('Personalbogen / Personal Data Sheet', { bold: true, size: 30, after: 100 }),
      H('1. Angaben zur Person / Personal details', { color: '1F4E79' }),
      table([row([lbl('Name / Surname'), cell(sn, { bold: true }), lbl('Vorname(n) / First name(s)'), cell(fn, { bold: true })]),
        row([lbl('Anschrift / Address'), cell(p.address, { span: 3 })]),
        row([lbl('Mobil / Mobile'), cell(p.phoneLocal), lbl('Dienstlich / Office'), cell(p.otherPhone!.replace('Office ', ''))]),
        row([lbl('E-Mail'), cell(p.email), lbl('Staatsangehörigkeit / Nationality'), cell('britisch / British')])]),
      H('2. Beruflicher Werdegang / Professional career', { color: '1F4E79' }),
      table([row([cell('von / from', { shade: '1F4E79', bold: true, size: 16 }), cell('bis / to', { shade: '1F4E79', bold: true, size: 16 }), cell('Arbeitgeber, Ort / Employer, place', { shade: '1F4E79', bold: true, size: 16 }), cell('Tätigkeit / Position', { shade: '1F4E79', bold: true, size: 16 }), cell('Umfang / Extent', { shade: '1F4E79', bold: true, size: 16 })], true), ...jr]),
      P('Bitte auch Nebentätigkeiten angeben (Anzeigepflicht nach § 3 Abs. 4 TV-L). / Please include secondary employment.', { size: 15, italics: true }),
      H('3. Ausbildung / Education', { color: '1F4E79' }),
      table(p.edu.map((e) => row([cell(`${MM(e.start)}/${Y(e.start)} – ${MM(e.end)}/${Y(e.end)}`, { w: 26 }), cell(`${e.school}, ${e.town}`), cell(e.degree)]))),
      H('4. Kenntnisse / Skills', { color: '1F4E79' }),
      table([row(p.skills.slice(0, 4).map((s) => cell(shown(s)))), row([...p.skills.slice(4).map((s) => cell(shown(s))), cell('')])]),
      H('5. Sprachkenntnisse / Languages', { color: '1F4E79' }), P(p.languages.join(' · ')),
      H('6. Zusatzqualifikationen / Certificates', { color: '1F4E79' }), P(p.certs.join(' · ')),
      P(' '), P(`Halle (Saale), 18.11.2026          Unterschrift / signature: ${p.name}`, { size: 18 })] }]);
}

// 6. Police constable application (Scotland)
export function ukPolice(p: Person): Document {
  const [fn, sn] = p.name.split(' ');
  const g = groups(newestFirst(byEmployer(p)));
  const hdr = ['From (MM/YY)', 'To (MM/YY)', 'Employer name and address', 'Position held', 'FT / PT', 'Reason for leaving'];
  const rows = g.flatMap((grp) => grp.map((j, i) => row([cell(f.mmyy(j.start), { w: 10, center: true }), cell(j.end ? f.mmyy(j.end) : 'Current', { w: 10, center: true }), ...(i === 0 ? [cell(`${j.company}\n${j.town}`, { rows: grp.length, w: 26 })] : []), cell(`${j.title}\n${j.duties[0]}`, { w: 26 }), cell(j.partTime ? 'PT' : 'FT', { w: 8, center: true }), cell(j.end ? (i === 0 ? 'Better prospects' : 'Internal promotion') : '—', { w: 20 })])));
  return doc([{ properties: { page: { margin: margins } }, headers: { default: new Header({ children: [P(`OFFICIAL-SENSITIVE (when complete)          Applicant: ${sn.toUpperCase()}, ${fn}`, { size: 15 })] }) },
    footers: { default: pageFoot('Constable Recruitment – Application Form (RA1 v7) · Page ') },
    children: [P('CONSTABLE RECRUITMENT', { bold: true, size: 28 }), P('Application Form — Sections 1 to 6', { size: 22, after: 120 }),
      H('Section 1: Personal details', { shade: '0B2545', color: 'FFFFFF' }),
      table([row([cell('Surname'), cell(sn.toUpperCase(), { bold: true }), cell('Forenames (in full)'), cell(fn, { bold: true })]), row([cell('Previous surnames'), cell('None'), cell('Date of birth'), cell('14/03/1995')]),
        row([cell('Home address'), cell(p.address, { span: 3 })]), row([cell('Mobile'), cell(p.phoneLocal), cell('Home'), cell(p.otherPhone!.replace('Home ', ''))]), row([cell('E-mail'), cell(p.email, { span: 3 })])]),
      H('Section 2: Employment history', { shade: '0B2545', color: 'FFFFFF' }),
      P('Give all employment, full-time and part-time, starting with the most recent. Employers will be contacted for references.', { size: 16, italics: true }),
      table([row(hdr.map((t) => cell(t, { shade: 'D6DEE8', bold: true, size: 16 })), true), ...rows]),
      H('Section 3: Gaps in employment of more than 28 days', { shade: '0B2545', color: 'FFFFFF' }), P('None.'),
      H('Section 4: Skills and competencies', { shade: '0B2545', color: 'FFFFFF' }),
      table([row([cell(p.skills.slice(0, 4).map(shown).map((s) => `• ${s}`).join('\n')), cell(p.skills.slice(4).map(shown).map((s) => `• ${s}`).join('\n'))])]),
      H('Section 5: Education', { shade: '0B2545', color: 'FFFFFF' }), table(p.edu.map((e) => row([cell(`${f.slash(e.start)} – ${f.slash(e.end)}`, { w: 25 }), cell(`${e.school}, ${e.town}`), cell(e.degree)]))),
      H('Section 6: Licences, certificates and languages', { shade: '0B2545', color: 'FFFFFF' }), table([row([cell('Licences / certificates'), cell(p.certs.join('; '))]), row([cell('Languages'), cell(p.languages.join(', '))])]),
      P(' '), P(`Declaration: I certify that the information I have given is true and complete. Signed: ${p.name}   Date: 21/11/2026`, { size: 17 })] }]);
}

// 8. 国企职业经理人市场化选聘报名表
export function zhJingliren(p: Person): Document {
  const g = groups(byEmployer(p));
  const nJobRows = p.jobs.length + 1;
  const jr = g.flatMap((grp) => grp.map((j, i) => [...(i === 0 ? [] : []), cell(f.dot(j.start), { w: 11, center: true }), cell(j.end ? f.dot(j.end) : '至今', { w: 11, center: true }), ...(i === 0 ? [cell(j.company, { rows: grp.length, w: 30 })] : []), cell(j.title, { w: 14 }), cell(p.id === 'p11' ? '王经理 020-8888 1234' : i % 2 ? '李主任 025-5555 1102' : '陈部长 0555-555 0131', { w: 18, size: 16 })]));
  const label = (t: string, o: CO = {}) => cell(t, { shade: 'EDEDED', center: true, ...o });
  const [cur] = p.jobs.filter((j) => j.end === null);
  const F = 'Noto Sans CJK SC';
  return doc([{ properties: { page: { margin: margins } }, footers: { default: pageFoot('第 ', F) },
    children: [P('附件2', { size: 20 }), P('市属国有企业职业经理人市场化选聘报名表', { bold: true, size: 32, center: true, after: 80 }), P(`应聘岗位：${p.id === 'p09' ? '基金公司 总经理' : '子公司 总经理'}　　　　　　　　填表日期：2026年11月`, { size: 18, after: 60 }),
      table([row([label('姓　名', { w: 12 }), cell(p.name, { bold: true, w: 16, center: true }), label('性　别', { w: 10 }), cell(p.id === 'p09' ? '女' : '男', { w: 10, center: true }), label('出生年月', { w: 12 }), cell(p.born, { w: 14, center: true }), cell('（照片）\n二寸免冠', { rows: 4, w: 16, center: true, shade: 'F7F7F7' })]),
        row([label('民　族'), cell('汉族', { center: true }), label('政治面貌'), cell('中共党员', { center: true }), label('参加工作时间'), cell(f.dot(p.jobs[0].start), { center: true })]),
        row([label('学　历\n学　位', { rows: 2 }), label('全日制教育'), cell(p.edu[p.edu.length - 1].degree, { span: 2 }), label('毕业院校'), cell(p.edu[p.edu.length - 1].school)]),
        row([label('在职教育'), cell(p.edu.length > 1 ? p.edu[0].degree : '无', { span: 2 }), label('毕业院校'), cell(p.edu.length > 1 ? p.edu[0].school : '—')]),
        row([label('现工作单位\n及职务'), cell(`${cur.company}　${cur.title}`, { span: 4 }), label('职　称'), cell(p.certs[p.certs.length - 1].includes('高级') ? '高级工程师' : '—', { center: true })]),
        row([label('手机号码'), cell(p.phoneLocal, { span: 2 }), label('电子邮箱'), cell(p.email, { span: 3 })]),
        row([label('办公电话'), cell(p.otherPhone!, { span: 2 }), label('通讯地址'), cell(p.address, { span: 3 })]),
        row([label('专业技能'), cell(p.skills.map(shown).join('、'), { span: 6 })]),
        row([label('职业资格\n证书'), cell(p.certs.join('；'), { span: 3 }), label('外语水平'), cell(p.languages.join('；'), { span: 2 })]),
      ]),
      P(''),
      table([row([label('主\n要\n工\n作\n经\n历', { rows: nJobRows, w: 8 }), label('起始年月', { size: 16 }), label('截止年月', { size: 16 }), label('工作单位', { size: 16 }), label('职　务', { size: 16 }), label('证明人及电话', { size: 16 })], true),
        ...jr.map((cs) => row(cs))]),
      P(''),
      table([row([label('主要工作\n业绩', { w: 14 }), cell(p.jobs.slice(-2).flatMap((j) => j.duties).map((d, i) => `${i + 1}. ${d}`).join('\n') + '\n（详细业绩材料另附）', { size: 18 })]),
        row([label('本人承诺'), cell(`本人承诺所填信息真实、准确、完整，如有不实，自愿取消应聘资格。\n\n本人签名：${p.name}　　　　2026年11月　日`, { size: 18 })]),
        row([label('资格审查\n意见'), cell('\n\n审查人：　　　　　　　　　年　月　日', { size: 18 })])])] }], 'Noto Sans CJK SC', 20);
}

// 10. Japanese SES skill sheet (landscape)
export function jpSkillsheet(p: Person): Document {
  const F = 'Noto Sans CJK JP';
  const g = groups(byEmployer(p));
  const lab = (t: string, o: CO = {}) => cell(t, { shade: 'DCE6F1', size: 16, ...o });
  const kikan = (j: Job) => { const n = span(j); return `${Y(j.start)}年${Number(MM(j.start))}月～${j.end ? `${Y(j.end)}年${Number(MM(j.end))}月` : '現在'}\n（${Math.floor(n / 12)}年${n % 12}ヶ月）`; };
  const steps = ['要件定義', '基本設計', '詳細設計', '製造', 'テスト', '運用'];
  const emp = g.flatMap((grp) => grp.map((j, i) => row([cell(`${f.ym(j.start)}～${j.end ? f.ym(j.end) : '現在'}`, { w: 18, size: 17 }), ...(i === 0 ? [cell(`${j.company}\n（${j.town}）`, { rows: grp.length, w: 34, size: 17 })] : []), cell(j.title, { w: 24, size: 17 }), cell(j.partTime ? '副業（業務委託）' : '正社員', { w: 24, size: 17 })])));
  const proj = newestFirst(p.jobs).map((j, i) => row([cell(String(i + 1), { center: true, w: 4 }), cell(kikan(j), { w: 14, size: 16 }), cell(`【${j.company}】\n${j.duties.join('。')}`, { w: 30, size: 16 }), cell(j.title, { w: 10, size: 16 }), cell(j.partTime ? '1名' : `${4 + i * 3}名`, { w: 6, center: true, size: 16 }), cell(p.skills.slice(i % 3, i % 3 + 3).map(shown).join('\n'), { w: 14, size: 16 }), ...steps.map((_, k) => cell(k >= (i % 3) ? '●' : '', { center: true, w: 3.6, size: 16 }))]));
  return doc([{ properties: { page: { size: { orientation: PageOrientation.LANDSCAPE }, margin: { top: 700, bottom: 700, left: 800, right: 800 } } },
    headers: { default: new Header({ children: [P('提出元：ブリッジウェイ・スタッフィング株式会社　営業担当 03-5555-0142　　　社外秘', { size: 15, right: true, font: F })] }) },
    footers: { default: pageFoot('スキルシート / Skill Sheet　', undefined) },
    children: [P('スキルシート　Skill Sheet', { bold: true, size: 30, center: true, after: 80, font: F }),
      table([row([lab('フリガナ', { w: 10 }), cell(p.kana!, { w: 22, size: 16 }), lab('性別', { w: 8 }), cell(p.id === 'p13' ? '男' : '女', { w: 8, center: true }), lab('生年月', { w: 10 }), cell(p.born, { w: 12 }), lab('最寄駅', { w: 10 }), cell(p.id === 'p13' ? 'ゆりかもめ 豊洲' : 'JR 新横浜', { w: 20 })]),
        row([lab('氏名 Name'), cell(`${p.name}（${p.latin}）`, { bold: true, size: 22 }), lab('国籍'), cell('中国'), lab('経験年数'), cell(`${Math.floor(monthsOf(p.jobs) / 12)}年`), lab('稼働'), cell('即日可 / 要相談')]),
        row([lab('連絡先'), cell(`携帯 ${p.phoneLocal}\n${p.email}`, { span: 3 }), lab('語学'), cell(p.languages.join(' / '), { span: 3 })]),
        row([lab('資格'), cell(p.certs.join('\n'), { span: 7 })]),
        row([lab('得意分野\nSkills'), cell(p.skills.map(shown).join('、'), { span: 7 })])]),
      H('■ 職歴 Employment history'),
      table([row(['在籍期間', '会社名 Company', '役職 Position', '雇用形態'].map((t) => lab(t, { bold: true })), true), ...emp]),
      H('■ 業務経歴 Project history'),
      table([row([lab('No.'), lab('期間'), lab('業務内容'), lab('役割'), lab('規模'), lab('環境'), ...steps.map((s) => lab(s, { size: 13 }))], true), ...proj])] }], F, 18);
}

// Single: US architect résumé with concurrent roles and years-only early jobs
export function usContract(p: Person): Document {
  const tab = [{ type: TabStopType.RIGHT, position: 9900 }];
  const jobPara = (j: Job) => [new Paragraph({ tabStops: tab, spacing: { before: 100 }, children: [new TextRun({ text: j.company, bold: true }), new TextRun({ text: `, ${j.town}` }), new TextRun({ text: `\t${j.yearsOnly ? `${Y(j.start)}–${Y(j.end!)}` : `${f.month(j.start)} – ${j.end ? f.month(j.end) : 'present'}`}` })] }),
    new Paragraph({ children: [new TextRun({ text: j.title + (j.partTime ? ' — concurrent with Morrow Hale Partners' : ''), italics: true })] }), ...j.duties.map((d) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(d)] }))];
  return doc([{ properties: { page: { margin: margins } },
    headers: { default: new Header({ children: [new Paragraph({ tabStops: tab, children: [new TextRun({ text: p.name.toUpperCase(), bold: true, size: 28 }), new TextRun({ text: `\t${p.phoneLocal} (cell) · ${p.email}`, size: 17 })] })] }) },
    footers: { default: pageFoot(`Ostrowski — résumé — page `) },
    children: [P(`${p.headline} · ${p.address} · ${p.otherPhone}`, { size: 17, after: 120 }),
      H('SUMMARY'), P('Healthcare architect with more than twenty years in practice, including ten years leading outpatient and clinic projects in Chicago, and a concurrent teaching appointment.'),
      H('PROFESSIONAL EXPERIENCE'), ...newestFirst(p.jobs).flatMap(jobPara),
      H('SKILLS'), P(p.skills.map(shown).join('  |  ')),
      H('LICENSURE & CREDENTIALS'), ...p.certs.map((c) => P(c)),
      H('EDUCATION'), P(`${p.edu[0].degree}, ${p.edu[0].school}, ${p.edu[0].town} — ${Y(p.edu[0].end)}`),
      H('LANGUAGES'), P(p.languages.join(', '))] }], 'Liberation Serif', 21);
}

// Two-column: Word section columns (unequal widths, separator line)
export function sectionCols(p: Person): Document {
  const left = [H('CONTACT', { size: 18 }), P(`Mobile: ${p.phoneLocal}`, { size: 17 }), P(p.email, { size: 17 }), P(p.address, { size: 17 }), P(`Emergency: ${p.otherPhone}`, { size: 15 }),
    H('CLINICAL SKILLS', { size: 18 }), ...p.skills.map((s) => P(`› ${shown(s)}`, { size: 17 })), H('LICENSURE', { size: 18 }), ...p.certs.map((c) => P(c, { size: 17 })), H('LANGUAGES', { size: 18 }), ...p.languages.map((c) => P(c, { size: 17 })),
    H('EDUCATION', { size: 18 }), P(`${p.edu[0].degree}\n${p.edu[0].school}\n${f.slash(p.edu[0].start)} – ${f.slash(p.edu[0].end)}`, { size: 17 }), new Paragraph({ children: [new ColumnBreak()] })];
  const right = [H('PROFESSIONAL EXPERIENCE', { size: 22, color: '0B4F6C' }), ...newestFirst(p.jobs).flatMap((j) => [new Paragraph({ spacing: { before: 120 }, children: [new TextRun({ text: `${f.slash(j.start)} – ${j.end ? f.slash(j.end) : 'Present'}`, bold: true, color: '0B4F6C', size: 18 })] }),
    new Paragraph({ children: [new TextRun({ text: j.title, bold: true }), new TextRun({ text: ` · ${j.company}, ${j.town}` })] }), ...j.duties.map((d) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: d, size: 19 })] }))])];
  return doc([{ properties: { page: { margin: margins }, column: { count: 2, separate: true, equalWidth: false, children: [new Column({ width: 2900, space: 400 }), new Column({ width: 6600 })] } },
    headers: { default: new Header({ children: [P(p.name, { bold: true, size: 40 }), P(`${p.headline} · Chicago, IL`, { size: 20 })] }) }, children: [...left, ...right] }]);
}

// Two-column: Korean-influenced bilingual layout table with nested tables
export function nested2col(p: Person): Document {
  const F = 'Noto Sans CJK KR';
  const info = table([row([cell('이름 Name', { shade: 'E8EEF7', size: 16 }), cell(`${p.name}\n${p.latin}`, { bold: true, size: 22 })]), row([cell('휴대폰 Mobile', { shade: 'E8EEF7', size: 16 }), cell(p.phoneLocal, { size: 17 })]), row([cell('E-mail', { shade: 'E8EEF7', size: 16 }), cell(p.email, { size: 15 })]), row([cell('주소 Address', { shade: 'E8EEF7', size: 16 }), cell(p.address, { size: 15 })]), row([cell('기타 Other', { shade: 'E8EEF7', size: 16 }), cell(p.otherPhone!, { size: 15 })])]);
  const career = table(newestFirst(p.jobs).flatMap((j) => [row([cell(`${f.dot(j.start)}\n~\n${j.end ? f.dot(j.end) : '재직중 Present'}`, { rows: 2, w: 22, center: true, size: 16, shade: 'F3F6FB' }), cell(`${j.company} · ${j.title}`, { bold: true, size: 18 })]), row([cell(j.duties.map((d) => `- ${d}`).join('\n'), { size: 17 })])]));
  const leftCol = [P('RÉSUMÉ 이력서', { bold: true, size: 26, after: 80 }), info, P('보유 기술 Skills', { bold: true, size: 20 }), ...p.skills.map((s) => P(`· ${shown(s)}`, { size: 17 })), P('자격 Certificates', { bold: true, size: 20 }), ...p.certs.map((c) => P(c, { size: 17 })), P('어학 Languages', { bold: true, size: 20 }), ...p.languages.map((c) => P(c, { size: 17 }))];
  const rightCol = [P(p.headline, { bold: true, size: 24, after: 60 }), P('경력사항 Career', { bold: true, size: 20, after: 40 }), career, P('학력사항 Education', { bold: true, size: 20 }), ...p.edu.map((e) => P(`${f.dot(e.start)} ~ ${f.dot(e.end)}  ${e.school}, ${e.degree}`, { size: 17 })), P(`위 기재 사항은 사실과 틀림이 없습니다. 2026.11.  ${p.name}`, { size: 16 })];
  return doc([{ properties: { page: { margin: { top: 800, bottom: 800, left: 800, right: 800 } } }, footers: { default: pageFoot(`${p.latin} · page `) },
    children: [table([row([cell(leftCol, { w: 36, shade: 'FAFBFD' }), cell(rightCol, { w: 64 })])], false)] }], F, 18);
}
