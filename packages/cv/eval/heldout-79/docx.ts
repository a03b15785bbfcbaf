/** DOCX templates of heldout-79 (built with the `docx` package; LibreOffice makes the PDFs). */
import { AlignmentType, BorderStyle, Column, ColumnBreak, Document, Footer, Header, Packer, Paragraph, SectionType, ShadingType, TabStopType, Table, TableCell, TableRow, TextRun, Textbox, WidthType } from 'docx';
import type { Person } from './people.ts';
import { F, groups, newest, ph, range, zhT } from './lib.ts';

const NB = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NOB = { top: NB, bottom: NB, left: NB, right: NB, insideHorizontal: NB, insideVertical: NB };
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '666666' };
const ALLB = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
type R = { text: string; bold?: boolean; italics?: boolean; color?: string; size?: number; break?: number };
const P = (runs: (R | string)[], o: Record<string, unknown> = {}) => new Paragraph({ ...o, children: runs.map((r) => (typeof r === 'string' ? new TextRun(r) : new TextRun(r))) });
const H = (t: string, color = '1F4E79', o: Record<string, unknown> = {}) => new Paragraph({ spacing: { before: 160, after: 60 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color, space: 1 } }, ...o, children: [new TextRun({ text: t, bold: true, color, size: 22 })] });
const bullet = (t: string, indent = 0) => P([`• ${t}`], { indent: { left: indent + 220, hanging: 180 }, spacing: { after: 20 } });
const doc = (sections: any[], cjk = 'Noto Sans CJK SC') => new Document({ styles: { default: { document: { run: { font: { ascii: 'Liberation Sans', hAnsi: 'Liberation Sans', eastAsia: cjk, cs: 'Liberation Sans' }, size: 19 } } } }, sections });
const A4 = { page: { size: { width: 11906, height: 16838 }, margin: { top: 1000, bottom: 1000, left: 1000, right: 1000, header: 500, footer: 500 } } };
export const pack = (d: Document) => Packer.toBuffer(d);
const cell = (children: (Paragraph | Table)[], o: Record<string, unknown> = {}) => new TableCell({ children, margins: { top: 80, bottom: 80, left: 120, right: 120 }, ...o });
const shade = (fill: string) => ({ fill, type: ShadingType.CLEAR, color: 'auto' });

/** T07 docx-sectcols-datesabove: one-column header section (name, headline, mobile) then a continuous section with two
 *  UNEQUAL Word columns and a separator line: narrow left column (e-mail, address, skills by category as comma lines,
 *  languages, certificates, education), column break, wide right column with the experience — date line ABOVE each title. */
export function sectCols(p: Person): Document {
  const zh = p.lang === 'zh';
  const f = zh ? F.ymDot : F.mmY;
  const now = zh ? '至今' : 'present';
  const L = zh ? ['联系方式', '专业技能', '语言', '证书', '教育背景', '工作经历', '个人简介'] : ['Contact', 'Skills', 'Languages', 'Certificates', 'Education', 'Experience', 'Profile'];
  const head = [P([{ text: p.name, bold: true, size: 44, color: '2F4F4F' }]), P([{ text: p.headline, size: 24, color: '8B4513' }]), P([{ text: `${zh ? '手机' : 'Mobile'}: ${ph(p, zh ? 'a' : 'b')}`, size: 20 }], { spacing: { after: 120 }, border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: '2F4F4F', space: 4 } } })];
  const left = [H(L[0], '2F4F4F'), P([p.email]), P([p.address]), ...p.other.map((o) => P([`${o.label}: ${o.number}`])), H(L[1], '2F4F4F'), ...p.skillGroups.map(([g, ss]) => P([{ text: `${g}: `, bold: true }, ss.join(zh ? '、' : ', ')], { spacing: { after: 60 } })),
    H(L[2], '2F4F4F'), ...p.languages.map((l) => P([l])), H(L[3], '2F4F4F'), ...p.certs.map((l) => P([l])), H(L[4], '2F4F4F'), ...p.edu.flatMap((d) => [P([{ text: d.degree, bold: true }]), P([`${d.school}, ${f(d.start)} – ${f(d.end)}`], { spacing: { after: 80 } })])];
  const right = [new Paragraph({ children: [new ColumnBreak()] }), H(L[6], '2F4F4F'), P([p.summary]), H(L[5], '2F4F4F'), ...newest(p.work).flatMap((j) => [P([{ text: range(j, f, now, zh ? ' — ' : ' – '), color: '8B4513', size: 17 }], { spacing: { before: 120 } }), P([{ text: j.title, bold: true, size: 21 }, zh ? `　${j.company}` : `, ${j.company}`, `, ${j.city}`]), ...j.duties.map((d) => bullet(d))])];
  return doc([{ properties: { ...A4 }, children: head }, { properties: { ...A4, type: SectionType.CONTINUOUS, column: { count: 2, separate: true, equalWidth: false, children: [new Column({ width: 3000, space: 400 }), new Column({ width: 6500 })] } }, children: [...left, ...right] }]);
}

/** T08 docx-twocell-right: Word résumé on a borderless two-cell table, wide main cell LEFT, narrow shaded cell RIGHT
 *  (mobile, e-mail, address, skills one per line with "▸", languages, certificates); employer line with the period on a right
 *  tab stop, title in bold italics under it; the AU version prints its 2019 career break as its own line. */
export function twocellRight(p: Person): Document {
  const tab = [{ type: TabStopType.RIGHT, position: 6400 }];
  const jobs = newest(p.work).flatMap((j) => [P([{ text: j.company, bold: true }, `, ${j.city}\t${range(j, F.enS, 'Current')}`], { tabStops: tab, spacing: { before: 120 } }), P([{ text: j.title, bold: true, italics: true, color: '555555' }]), ...j.duties.map((d) => bullet(d))]);
  if (p.id === 'p04') { jobs.splice(4, 0, P([{ text: 'Career break (family care)', italics: true }, '\tJan 2019 – Dec 2019'], { tabStops: tab, spacing: { before: 120 } })); }
  const main = [P([{ text: p.name, bold: true, size: 40, color: '0B5563' }]), ...(p.alt ? [P([{ text: p.alt, size: 24, color: '555555' }])] : []), P([{ text: p.headline, size: 22 }], { spacing: { after: 120 } }), H('Profile', '0B5563'), P([p.summary]), H(p.lang === 'mixed' ? 'Work Experience 工作经历' : 'Work Experience', '0B5563'), ...jobs, H(p.lang === 'mixed' ? 'Education 教育' : 'Education', '0B5563'), ...p.edu.map((d) => P([{ text: d.degree, bold: true }, `, ${d.school}\t${F.enS(d.start)} – ${F.enS(d.end)}`], { tabStops: tab }))];
  const side = [P([{ text: 'CONTACT', bold: true, color: '0B5563' }]), P([`Mobile: ${ph(p)}`]), ...p.other.map((o) => P([`${o.label}: ${o.number}`])), P([p.email]), P([p.address], { spacing: { after: 160 } }), P([{ text: 'KEY SKILLS', bold: true, color: '0B5563' }]), ...p.skills.map((s) => P([`▸ ${s}`])), P([{ text: 'LANGUAGES', bold: true, color: '0B5563' }], { spacing: { before: 160 } }), ...p.languages.map((s) => P([s])), P([{ text: 'CERTIFICATES', bold: true, color: '0B5563' }], { spacing: { before: 160 } }), ...p.certs.map((s) => P([s]))];
  return doc([{ properties: { ...A4 }, children: [new Table({ width: { size: 9900, type: WidthType.DXA }, columnWidths: [6700, 3200], borders: NOB, rows: [new TableRow({ children: [cell(main, { width: { size: 6700, type: WidthType.DXA } }), cell(side, { width: { size: 3200, type: WidthType.DXA }, shading: shade('E3EFF1') })] })] })] }]);
}

/** T09 docx-textbox-left: Word résumé whose left strip is one VML text box anchored to the page (name, photo caption, contact,
 *  skills with level words, languages); the body has a 6.3 cm left indent so it runs beside the box; employers grouped with
 *  their span on a right tab, roles under them with their own months. Swiss English version and Taiwanese 繁體 version. */
export function textboxLeft(p: Person): Document {
  const tw = p.id === 'p10';
  const f = tw ? F.ymSlash : F.dotMY;
  const now = tw ? '迄今' : 'today';
  const ind = { left: 3600 };
  const tab = [{ type: TabStopType.RIGHT, position: 9900 }];
  const lv = (s: string) => (tw ? ['熟悉', '熟練', '精通'] : ['good', 'very good', 'expert'])[s.length % 3];
  const L = tw ? ['聯絡方式', '專長', '語言', '證照', '工作經歷', '學歷', '自我介紹'] : ['Contact', 'Skills', 'Languages', 'Certificates', 'Professional experience', 'Education', 'Profile'];
  const box = new Textbox({ style: { width: '5.4cm', height: '24cm', position: 'absolute', positionHorizontalRelative: 'page', positionVerticalRelative: 'page', left: '0.9cm', top: '1.6cm', wrapStyle: 'square' },
    children: [new Table({ width: { size: 3000, type: WidthType.DXA }, columnWidths: [3000], borders: NOB, rows: [new TableRow({ children: [cell([P([{ text: p.name, bold: true, size: 32, color: 'FFFFFF' }]), P([{ text: p.headline, color: 'FFE08A' }], { spacing: { after: 200 } }), P([{ text: L[0], bold: true, color: 'FFE08A' }]), P([{ text: `${tw ? '手機' : 'Mobile'} ${ph(p)}`, color: 'FFFFFF' }]), ...p.other.map((o) => P([{ text: `${o.label} ${o.number}`, color: 'FFFFFF' }])), P([{ text: p.email, color: 'FFFFFF' }]), P([{ text: p.address, color: 'FFFFFF' }], { spacing: { after: 200 } }),
      P([{ text: L[1], bold: true, color: 'FFE08A' }]), ...p.skills.map((s) => P([{ text: `${s} — ${lv(s)}`, color: 'FFFFFF' }])), P([{ text: L[2], bold: true, color: 'FFE08A' }], { spacing: { before: 200 } }), ...p.languages.map((s) => P([{ text: s, color: 'FFFFFF' }])), P([{ text: L[3], bold: true, color: 'FFE08A' }], { spacing: { before: 200 } }), ...p.certs.map((s) => P([{ text: s, color: 'FFFFFF' }]))], { width: { size: 3000, type: WidthType.DXA }, shading: shade('34495E') })] })] })],
  });
  const body = [H(L[6], '34495E', { indent: ind }), P([p.summary], { indent: ind }), H(L[4], '34495E', { indent: ind }), ...groups(p.work).flatMap((g) => [P([{ text: g.company, bold: true, size: 21 }, `, ${g.city}\t${range(g, f, now)}`], { indent: ind, tabStops: tab, spacing: { before: 140 } }), ...g.roles.flatMap((r) => [P([{ text: r.title, italics: true, bold: true }, `\t${range(r, f, now)}`], { indent: { left: 3800 }, tabStops: tab }), ...r.duties.map((d) => bullet(d, 3700))])]),
    H(L[5], '34495E', { indent: ind }), ...p.edu.map((d) => P([`${f(d.start)} – ${f(d.end)}  `, { text: d.degree, bold: true }, `, ${d.school}`], { indent: ind }))];
  return doc([{ properties: { ...A4 }, children: [box, ...body] }], tw ? 'Noto Sans CJK TC' : 'Noto Sans CJK SC');
}

/** T10 docx-bandrow: one borderless table: a dark first row merged across both columns (name, headline, mobile), then a
 *  wide LEFT cell with the experience ("Title" bold, "Employer · City" and a grey period line UNDER it) and a narrow shaded
 *  RIGHT cell with e-mail, address, skills, languages, certificates and education. */
export function bandRow(p: Person): Document {
  const zh = p.lang === 'zh';
  const f = zh ? F.ymDot : F.mmY;
  const now = zh ? '至今' : 'heden / present';
  const L = zh ? ['工作经历', '联系方式', '专业技能', '语言', '证书', '教育'] : ['Experience 工作经历', 'Contact 联系', 'Skills 技能', 'Languages 语言', 'Certificates 证书', 'Education 教育'];
  const band = cell([P([{ text: p.name, bold: true, size: 40, color: 'FFFFFF' }, ...(p.alt ? [{ text: `  ${p.alt}`, size: 24, color: 'DDDDDD' }] : [])]), P([{ text: `${p.headline}    ${zh ? '手机' : 'Mobile'} ${ph(p, zh ? 'a' : 'b')}`, color: 'F5D76E' }])], { columnSpan: 2, shading: shade('3D2C5A') });
  const main = [P([{ text: L[0], bold: true, size: 24, color: '3D2C5A' }], { spacing: { after: 80 } }), ...newest(p.work).flatMap((j) => [P([{ text: j.title, bold: true, size: 21 }], { spacing: { before: 120 } }), P([`${j.company} · ${j.city}`]), P([{ text: range(j, f, now, ' – '), color: '888888', size: 17 }]), ...j.duties.map((d) => bullet(d))])];
  const side = [P([{ text: L[1], bold: true, color: '3D2C5A' }]), P([p.email]), P([p.address]), ...p.other.map((o) => P([`${o.label}: ${o.number}`])), P([{ text: L[2], bold: true, color: '3D2C5A' }], { spacing: { before: 160 } }), ...p.skillGroups.flatMap(([g, ss]) => [P([{ text: g, italics: true }]), ...ss.map((s) => P([`- ${s}`]))]),
    P([{ text: L[3], bold: true, color: '3D2C5A' }], { spacing: { before: 160 } }), ...p.languages.map((s) => P([s])), P([{ text: L[4], bold: true, color: '3D2C5A' }], { spacing: { before: 160 } }), ...p.certs.map((s) => P([s])), P([{ text: L[5], bold: true, color: '3D2C5A' }], { spacing: { before: 160 } }), ...p.edu.map((d) => P([`${d.degree}, ${d.school} (${F.year(d.start)}–${F.year(d.end)})`]))];
  return doc([{ properties: { ...A4 }, children: [new Table({ width: { size: 9900, type: WidthType.DXA }, columnWidths: [6500, 3400], borders: NOB, rows: [new TableRow({ children: [band] }), new TableRow({ children: [cell(main, { width: { size: 6500, type: WidthType.DXA } }), cell(side, { width: { size: 3400, type: WidthType.DXA }, shading: shade('EEEAF4') })] })] })] }]);
}

/** T15 docx-header-phone: single-column Word CV whose mobile (and second number) appear ONLY in the page header, right
 *  aligned; the body opens with the name, e-mail and address; employer bold with the dates on a right tab, title italic. */
export function headerPhone(p: Person): Document {
  const za = p.id === 'p06';
  const tab = [{ type: TabStopType.RIGHT, position: 9900 }];
  const hdr = new Header({ children: [P([{ text: za ? `Cell: ${ph(p)}  |  Work: ${p.other[0].number}` : `Mob: ${ph(p)}  ·  Home: ${p.other[0].number}`, size: 17, color: '666666' }], { alignment: AlignmentType.RIGHT })] });
  const ftr = new Footer({ children: [P([{ text: `${p.name} — Curriculum Vitae`, size: 16, color: '999999' }], { alignment: AlignmentType.CENTER })] });
  const body = [P([{ text: p.name, bold: true, size: 40 }]), P([`${p.email}  ·  ${p.address}`], { spacing: { after: 160 } }), H(za ? 'CAREER OBJECTIVE' : 'PERSONAL PROFILE', '000000'), P([p.summary]), H('EMPLOYMENT HISTORY', '000000'),
    ...newest(p.work).flatMap((j) => [P([{ text: j.company, bold: true }, `, ${j.city}\t${range(j, za ? F.enL : F.enS, za ? 'to date' : 'present')}`], { tabStops: tab, spacing: { before: 120 } }), P([{ text: j.title, italics: true }]), ...j.duties.map((d) => bullet(d))]),
    H('KEY SKILLS', '000000'), P([p.skills.join('  •  ')]), H('EDUCATION', '000000'), ...p.edu.map((d) => P([{ text: d.degree, bold: true }, `, ${d.school}\t${F.year(d.start)} – ${F.year(d.end)}`], { tabStops: tab })), H('LANGUAGES & CERTIFICATES', '000000'), P([`Languages: ${p.languages.join(', ')}`]), P([`Certificates: ${p.certs.join('; ')}`]), P([{ text: 'References available on request.', italics: true }], { spacing: { before: 160 } })];
  return doc([{ properties: { ...A4 }, headers: { default: hdr }, footers: { default: ftr }, children: body }]);
}

/** T16 docx-footer-phone: single-column Word CV whose mobile appears ONLY in the page footer (with the e-mail); the body
 *  opens with the name and the target job; zh: "2021年3月 — 至今" right of "公司　职位"; fr: "depuis mars 2022" style. */
export function footerPhone(p: Person): Document {
  const zh = p.lang === 'zh';
  const tab = [{ type: TabStopType.RIGHT, position: 9900 }];
  const f = zh ? F.zh : F.fr;
  const ftr = new Footer({ children: [P([{ text: zh ? `电话：${ph(p)}　　邮箱：${p.email}　　${p.address}` : `Tél. ${ph(p)}  ·  ${p.email}  ·  ${p.address}`, size: 16, color: '555555' }], { alignment: AlignmentType.CENTER, border: { top: { style: BorderStyle.SINGLE, size: 4, color: '999999', space: 4 } } })] });
  const L = zh ? ['求职意向', '个人简介', '工作经历', '专业技能', '教育背景', '语言与证书'] : ['Target role', 'Profile', 'Work experience', 'Skills', 'Education', 'Languages & certificates'];
  const body = [P([{ text: p.name, bold: true, size: 44 }], { alignment: AlignmentType.LEFT }), P([{ text: `${L[0]}：${p.headline}`.replace('Target role：', 'Target role: '), color: '7A1F1F', size: 22 }], { spacing: { after: 160 } }), H(L[1], '7A1F1F'), P([p.summary]), H(L[2], '7A1F1F'),
    ...newest(p.work).flatMap((j) => [P([{ text: zh ? `${j.company}　${j.title}` : `${j.title} — ${j.company}`, bold: true }, `\t${j.end ? range(j, f, '', zh ? ' — ' : ' – ') : zh ? `${F.zh(j.start)} — 至今` : `depuis ${F.fr(j.start)}`}`], { tabStops: tab, spacing: { before: 120 } }), ...(zh ? [] : [P([{ text: j.city, italics: true, color: '666666' }])]), ...j.duties.map((d) => bullet(d))]),
    H(L[3], '7A1F1F'), ...p.skillGroups.map(([g, ss]) => P([{ text: zh ? `${g}：` : `${g}: `, bold: true }, ss.join(zh ? '、' : ', ')])), H(L[4], '7A1F1F'), ...p.edu.map((d) => P([`${d.school}　${d.degree}\t${f(d.start)} – ${f(d.end)}`], { tabStops: tab })), H(L[5], '7A1F1F'), P([p.languages.join(zh ? '；' : ' · ')]), P([p.certs.join(zh ? '；' : ' · ')])];
  return doc([{ properties: { ...A4 }, footers: { default: ftr }, children: body }]);
}

/** T24 docx-table-form: Word table CV with a mobile-first contact block (the number's area code in its own cell for CN /
 *  MY), an employment grid 期间 Period | 公司 Company | 职位 Position with a merged duties row, skills in one cell. */
export function tableForm(p: Person): Document {
  const zh = p.lang === 'zh';
  const f = zh ? F.ymDot : F.mmY;
  const lab = (t: string) => cell([P([{ text: t, bold: true, size: 18 }])], { shading: shade('DCE6F0') });
  const val = (t: string, span = 1) => cell([P([t])], { columnSpan: span });
  const L = zh ? ['姓名', '求职意向', '手机', '区号', '邮箱', '地址', '工作经历', '起止时间', '工作单位', '职务', '工作内容', '教育背景', '专业技能', '语言', '证书', '自我评价'] : ['Name 姓名', 'Position sought 应聘职位', 'Mobile 手机', 'Country code 区号', 'Email 电邮', 'Address 地址', 'Employment 工作经历', 'Period 期间', 'Company 公司', 'Position 职位', 'Duties 职责', 'Education 教育', 'Skills 技能', 'Languages 语言', 'Certificates 证书', 'Summary 自我评价'];
  const local = zh ? '139 1642 0587' : '12-387 4519';
  const code = zh ? '+86' : '+60';
  const sec = (t: string) => new TableRow({ children: [cell([P([{ text: t, bold: true, color: 'FFFFFF' }])], { columnSpan: 4, shading: shade('2F5597') })] });
  const rows = [
    new TableRow({ children: [lab(L[0]), val(p.alt ? `${p.name}  ${p.alt}` : p.name), lab(L[1]), val(p.headline)] }),
    new TableRow({ children: [lab(L[2]), val(local), lab(L[3]), val(code)] }),
    new TableRow({ children: [lab(L[4]), val(p.email), lab(p.other[0]?.label ?? ''), val(p.other[0]?.number ?? '')] }),
    new TableRow({ children: [lab(L[5]), val(p.address, 3)] }),
    sec(L[6]), new TableRow({ children: [lab(L[7]), lab(L[8]), lab(L[9]), lab(zh ? '城市' : 'City 城市')] }),
    ...newest(p.work).flatMap((j) => [new TableRow({ children: [val(range(j, f, zh ? '至今' : 'Present 至今', '-')), val(j.company), val(j.title), val(j.city)] }), new TableRow({ children: [lab(L[10]), cell(j.duties.map((d, i) => P([`${i + 1}. ${d}`])), { columnSpan: 3 })] })]),
    sec(L[11]), ...p.edu.map((d) => new TableRow({ children: [val(`${f(d.start)}-${f(d.end)}`), val(d.school, 2), val(d.degree)] })),
    sec(L[12]), new TableRow({ children: [lab(L[12]), val(p.skills.join(zh ? '、' : ', '), 3)] }), new TableRow({ children: [lab(L[13]), val(p.languages.join(zh ? '、' : ', '), 3)] }), new TableRow({ children: [lab(L[14]), val(p.certs.join(zh ? '、' : ', '), 3)] }), new TableRow({ children: [lab(L[15]), val(p.summary, 3)] }),
  ];
  return doc([{ properties: { ...A4 }, children: [P([{ text: zh ? '个 人 简 历' : 'RESUME 个人简历', bold: true, size: 34 }], { alignment: AlignmentType.CENTER, spacing: { after: 160 } }), new Table({ width: { size: 9900, type: WidthType.DXA }, columnWidths: [2300, 3000, 2300, 2300], borders: ALLB, rows })] }]);
}
