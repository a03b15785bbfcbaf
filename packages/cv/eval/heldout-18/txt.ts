/** Plain-text templates (UTF-8). */
import type { Person } from './people.ts';
import { d, newestFirst, pad, sentences, skills, span } from './fmt.ts';

/** Oracle Taleo-style "Candidate Submission" text export: dotted label lines and fixed-width history tables. */
export function taleo(p: Person): string {
  const w = newestFirst(p);
  const L = (k: string, v: string) => `${pad(k + ' ', 26).replace(/ (?= *$)/g, '.')}: ${v}`;
  const rule = '='.repeat(96), thin = '-'.repeat(96);
  const row = (c: string[], widths: number[]) => c.map((x, i) => pad(x, widths[i])).join('  ').trimEnd();
  const W = [34, 38, 9, 9];
  return [
    `CANDIDATE SUBMISSION                                  Requisition 26-0413  Fellow, Pulmonary & CCM`,
    `Chesapeake Valley Health System - Graduate Medical Education             Printed 11/09/2026 08:41`,
    rule,
    L('Candidate', p.name),
    L('Candidate ID', '1184392'),
    L('Email', p.email),
    L('Mobile Phone', p.phoneLocal),
    L('Home Phone', ''),
    L('Address', p.address),
    L('Citizenship', p.nationality),
    L('Source', 'Internal Candidate'),
    '',
    'WORK EXPERIENCE',
    thin,
    row(['Employer', 'Job Function', 'Start', 'End'], W),
    row(['-'.repeat(34), '-'.repeat(38), '-'.repeat(9), '-'.repeat(9)], W),
    ...w.map((j) => row([j.company, j.title, d(j.start, 'MM/YYYY'), j.end ? d(j.end, 'MM/YYYY') : 'Current'], W)),
    '',
    'Achievements / Responsibilities:',
    ...w.flatMap((j) => [`  * ${j.title} (${j.company}): ${sentences(j.duties)}`]),
    '',
    'EDUCATION',
    thin,
    row(['Institution', 'Program', 'Start', 'End'], W),
    row(['-'.repeat(34), '-'.repeat(38), '-'.repeat(9), '-'.repeat(9)], W),
    ...p.education.map((x) => row([x.school.length > 34 ? x.school.slice(0, 31) + '...' : x.school, `${x.degree}, ${x.field}`, d(x.start, 'MM/YYYY'), d(x.end, 'MM/YYYY')], W)),
    '',
    'CERTIFICATIONS / LICENSES',
    thin,
    ...p.certs.map((c) => `  ${c}`),
    '',
    'SKILLS',
    thin,
    ...skills(p).map((s) => `  - ${s}`),
    '',
    'LANGUAGES',
    thin,
    ...p.languages.map((c) => `  ${c}`),
    '',
    'PRESCREENING',
    thin,
    L('ECFMG certified', 'N/A (US graduate)'),
    L('Visa sponsorship required', 'No'),
    rule,
    'Page 1 of 1                                                      CONFIDENTIAL - FOR HIRING USE ONLY',
    '',
  ].join('\r\n');
}

/** Emacs Org-mode résumé exported with the ASCII back-end (C-c C-e t U): title block, numbered headlines, TOC. */
export function orgmode(p: Person): string {
  const w = newestFirst(p);
  const t = `${p.name} — Résumé`;
  const bar = '_'.repeat(t.length + 4);
  const h1 = (n: number, s: string) => `${n} ${s}\n${'='.repeat(`${n} ${s}`.length)}`;
  const h2 = (n: string, s: string) => `${n} ${s}\n${'-'.repeat(`${n} ${s}`.length)}`;
  const out: string[] = [
    `${' '.repeat(18)}${bar}`, '', `${' '.repeat(20)}${t}`, '', `${' '.repeat(20)}${p.email}`, `${' '.repeat(18)}${bar}`, '', '',
    'Table of Contents', '_________________', '', '1. Contact', '2. Experience', '3. Skills', '4. Education', '5. Certifications', '', '',
    h1(1, 'Contact'), '', `  - Email: ${p.email}`, `  - Phone: ${p.phoneLocal}`, `  - Location: ${p.city}`, `  - GitHub: github.com/jcastellanos-dev`, '', '',
    h1(2, 'Experience'), '',
    ...w.flatMap((j, i) => [h2(`2.${i + 1}`, `${j.title} — ${j.company}`), '',
      `  ${j.start} -- ${j.end ?? 'present'} · ${j.city}`, '', ...j.duties.map((x) => `  - ${x}`), '']),
    '', h1(3, 'Skills'), '', ...skills(p).map((s) => `  - ${s}`), '', '',
    h1(4, 'Education'), '', ...p.education.map((x) => `  - ${x.degree} ${x.field}, ${x.school} (${span(x, 'YYYY-MM', '–')})`), '', '',
    h1(5, 'Certifications'), '', ...p.certs.map((c) => `  - ${c}`), '',
  ];
  return out.join('\n');
}

/** 学术简历（纯文本）: numbered Chinese headings, dotted date ranges. */
export function xueshu(p: Person): string {
  const w = newestFirst(p); const x = p.extra ?? {};
  return [
    `${p.name}　学术简历`, '',
    '一、基本信息',
    `姓名：${p.name}　　性别：男　　出生年月：${d(p.born.slice(0, 7), 'YYYY.MM')}`,
    `籍贯：${x['籍贯']}　　政治面貌：${x['政治面貌']}`,
    `手机：${p.phoneLocal}`,
    `E-mail：${p.email}`,
    `通讯地址：${p.address}`, '',
    '二、教育背景',
    ...p.education.map((ed) => `${d(ed.start, 'YYYY.MM')}—${d(ed.end, 'YYYY.MM')}　${ed.school}　${ed.field}　${ed.degree}`), '',
    '三、工作经历',
    ...w.map((j) => `${d(j.start, 'YYYY.MM')}—${d(j.end, 'YYYY.MM', '至今')}　${j.company}　${j.title}`),
    ...w.map((j) => `　　·${j.company}：${j.duties.join('；')}`), '',
    '四、专业技能',
    ...skills(p).map((s, i) => `${i + 1}. ${s}`), '',
    '五、代表性论文',
    `[1] ${x['论文1']}`, `[2] ${x['论文2']}`, '',
    '六、证书与语言',
    [...p.certs, ...p.languages].join('；'), '',
  ].join('\r\n');
}

/** 记事本 plain-text 简历 with full-width label padding and ruled sections. */
export function jianli(p: Person): string {
  const w = newestFirst(p); const x = p.extra ?? {};
  const rule = '━'.repeat(30);
  return [
    '                个 人 简 历', '',
    `姓　　名：${p.name}　　　　性　　别：男`,
    `出生年月：${d(p.born.slice(0, 7), 'YYYY年M月')}　　民　　族：${x['民族']}`,
    `政治面貌：${x['政治面貌']}　　　职　　称：${x['职称']}`,
    `联系电话：${p.phoneLocal}`,
    `电子邮箱：${p.email}`,
    `现 住 址：${p.address}`,
    rule, '求职意向', rule, '市政工程项目经理 / 项目总工（成都及周边）', '',
    rule, '工作经历', rule,
    ...w.flatMap((j) => [`${pad(span(j, 'YYYY.MM', '-', '至今'), 17)}${j.company}　　${j.title}`, `　　${j.duties.join('；')}`]), '',
    rule, '教育经历', rule,
    ...p.education.map((ed) => `${pad(`${d(ed.start, 'YYYY.MM')}-${d(ed.end, 'YYYY.MM')}`, 17)}${ed.school}　${ed.field}（${ed.degree}）`), '',
    rule, '专业技能', rule,
    skills(p).join('、'), '',
    rule, '证书', rule,
    ...p.certs, '',
    rule, '自我评价', rule, p.summary + '能吃苦，服从公司安排，适应出差。', '',
  ].join('\r\n');
}
