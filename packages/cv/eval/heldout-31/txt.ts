/** Plain-text (UTF-8) documents. */
import type { Person } from './people.ts';
import { fd, range, recent, skill, dob, y } from './util.ts';

/** An Excel CV workbook saved as "Text (Tab delimited)": one sheet's cells per line, tabs between columns. */
export function excelPaste(p: Person): string {
  const L: string[] = [];
  L.push('CURRICULUM VITAE\t\t\t\t');
  L.push(`Name\t${p.latin}\t\tDate of birth\t${dob(p, 'DD/MM/YYYY')}`);
  L.push(`Address\t${p.address.join(', ')}\t\tNationality\tMalawian`);
  L.push(`Cell\t${p.phoneShown[2]}\t\tEmail\t${p.email}`);
  L.push('\t\t\t\t');
  L.push('EMPLOYMENT RECORD\t\t\t\t');
  L.push('From\tTo\tEmployer\tPosition\tLocation');
  for (const j of recent(p.work)) L.push(`${fd(j.start, 'Mon YYYY')}\t${fd(j.end, 'Mon YYYY', 'To date')}\t${j.company}\t${j.title}\t${j.town}`);
  L.push('\t\t\t\t');
  L.push('EDUCATION\t\t\t\t');
  L.push('From\tTo\tInstitution\tQualification\t');
  for (const e of p.education) L.push(`${y(e.start)}\t${y(e.end)}\t${e.school}\t${e.award}\t`);
  L.push('\t\t\t\t');
  L.push('SKILLS\t\t\t\t');
  for (let i = 0; i < p.skills.length; i += 2) L.push(`${skill(p)[i]}\t${skill(p)[i + 1] ?? ''}\t\t\t`);
  L.push('\t\t\t\t');
  L.push('LANGUAGES\t' + p.languages.join('\t') + '\t\t');
  L.push('REFEREES\t\t\t\t');
  L.push('Name\tPosition\tOrganisation\tPhone\tEmail');
  for (const r of p.referees) L.push(`${r.name}\t${r.role}\t${r.org}\t${r.phone}\t${r.email}`);
  return L.join('\r\n') + '\r\n';
}

/** Acrobat "Save as Text (Accessible)": reading order, headings on their own lines, no layout, soft breaks kept. */
export function acrobatAccessible(p: Person): string {
  const L: string[] = [];
  L.push(p.latin.toUpperCase(), '', `${p.address.join(', ')} | ${p.phoneShown[2]} | ${p.email}`, '', 'PROFILE', '',
    'Payments, fraud and KYC operations leader with over thirteen years in the Gibraltar', 'online gaming and payments sector. Built and led fraud teams, cut chargeback ratios', 'and delivered regulatory change with the GFSC.', '', 'EXPERIENCE', '');
  for (const j of recent(p.work)) {
    L.push(j.title, `${j.company}, ${j.town}`, range(j, 'Month YYYY', ' – ', 'Present'), '');
    for (const d of j.duties) L.push('• ' + d);
    L.push('');
  }
  L.push('SKILLS', '', skill(p).join(' • '), '', 'EDUCATION', '');
  for (const e of p.education) L.push(e.award, `${e.school}, ${e.town}`, `${y(e.start)} – ${y(e.end)}`, '');
  L.push('CERTIFICATIONS', '', ...p.certificates, '', 'LANGUAGES', '', p.languages.join(', '), '', 'References available on request', '');
  return L.join('\n');
}

/** 干部信息管理系统 "简历" exported via WPS 表格 → 文本文件（制表符分隔）, UTF-8. */
export function wpsTsv(p: Person): string {
  const x = p.extra!;
  const L: string[] = [];
  L.push('姓名\t性别\t出生年月\t民族\t籍贯\t入党时间\t参加工作时间\t现任职务\t联系电话');
  L.push(`${p.name}\t男\t${fd(p.born.slice(0, 7), 'YYYY.MM')}\t${x.民族}\t${x.籍贯}\t${x.入党时间}\t${x.参加工作时间}\t${x.现任职务}\t${p.phoneShown[1]}`);
  L.push('');
  L.push('序号\t起始时间\t终止时间\t工作单位\t职务\t备注');
  p.work.forEach((j, i) => L.push(`${i + 1}\t${fd(j.start, 'YYYY.MM')}\t${fd(j.end, 'YYYY.MM', '')}\t${j.company}\t${j.title}\t${j.end ? '' : '现任'}`));
  L.push('');
  L.push('序号\t起始时间\t终止时间\t学校\t学历学位\t学习形式');
  p.education.forEach((e, i) => L.push(`${i + 1}\t${fd(e.start, 'YYYY.MM')}\t${fd(e.end, 'YYYY.MM')}\t${e.school}\t${e.award.split(' ').slice(1).join(' ')}\t${i ? '在职' : '全日制'}`));
  L.push('');
  L.push('专长\t' + skill(p).join('、'));
  L.push('电子邮箱\t' + p.email);
  return L.join('\r\n') + '\r\n';
}

/** 记事本纯文本简历: full-width brackets, aligned with full-width spaces. */
export function zhNotepad(p: Person): string {
  const x = p.extra!;
  const L: string[] = [];
  L.push(`个人简历`, '', `姓　　名：${p.name}`, `性　　别：女`, `出生年月：${fd(p.born.slice(0, 7), 'YYYY年M月')}`, `政治面貌：${x.政治面貌}`, `职　　称：${x.职称}`, `手　　机：${p.phoneShown[1]}`, `邮　　箱：${p.email}`, `地　　址：${p.address.join('')}`, '');
  L.push('【教育经历】');
  for (const e of p.education) L.push(`${fd(e.start, 'YYYY.MM')}～${fd(e.end, 'YYYY.MM')}　${e.school}　${e.award}`);
  L.push('', '【工作经历】');
  for (const j of recent(p.work)) {
    L.push(`${fd(j.start, 'YYYY.MM')}～${j.end ? fd(j.end, 'YYYY.MM') : '至今'}　${j.company}　${j.dept ?? ''}　${j.title}`);
    for (const d of j.duties) L.push(`　　· ${d}`);
  }
  L.push('', '【研究方向】', '锂离子电池与固态电池电极材料；能源材料的第一性原理计算', '', '【专业技能】');
  for (const s of skill(p)) L.push(`· ${s}`);
  L.push('', '【语言】', p.languages.join('；'), '', '【证书】', p.certificates.join('；'), '');
  return L.join('\n');
}

/** Bilingual plain-text résumé pasted into a foreign-company application box. */
export function bilingualPlain(p: Person): string {
  const L: string[] = [];
  L.push(`${p.name}  ${p.latin}`, `${p.address.join('')} | ${p.phoneShown[1]} | ${p.email}`, '',
    '个人简介 PROFILE', 'Office and events manager with twelve years in international organisations in Beijing. 熟悉外企行政、活动与签证工作。', '',
    '工作经历 EXPERIENCE');
  for (const j of recent(p.work)) {
    L.push(`${range(j, 'MM/YYYY', ' - ', 'Present')}  ${j.company}`, `  ${j.titleEn} / ${j.title}`);
    for (const d of j.duties) L.push(`  - ${d}`);
    L.push('');
  }
  L.push('教育背景 EDUCATION');
  for (const e of p.education) L.push(`${y(e.start)} - ${y(e.end)}  ${e.school}  ${e.award}`);
  L.push('', '技能 SKILLS', skill(p, true).join(', '), '', '语言 LANGUAGES', p.languages.join('; '), '');
  return L.join('\n');
}
