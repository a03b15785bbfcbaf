/** Plain-text templates of heldout-66. */
import { type Person, sk } from './people.ts';
import { fd } from './common.ts';

/** The e-mail a careers-site form plug-in sends to HR: "Field: value" lines, the name split in two fields, three phone fields, repeating work-history groups */
export function txtFormDump(p: Person): string {
  const mixed = p.lang === 'mixed';
  const site = { p02: 'careers.brackenhealth.example', p03: 'jobs.easternhomecare.example', p04: 'careers.lakeviewmedsupply.example', p06: 'werkenbij.lekdijkzuivel.example', p14: 'careers.harbourtrust.example' }[p.id];
  const ds = (ym: string) => (p.id === 'p04' ? fd(ym, 'mm/yyyy') : p.id === 'p06' ? fd(ym, 'mm-yyyy') : fd(ym, 'mon'));
  const lines = [
    `From: Careers Website <no-reply@${site}>`, `Subject: New application #${{ p02: 20931, p03: 5518, p04: 117204, p06: 3390, p14: 88412 }[p.id]} – ${p.headline.split(' ').slice(0, 3).join(' ')}`, `Date: 02 Dec 2026 09:14`, '',
    'A new application has been submitted via the careers site.', '',
    `Applicant: ${mixed ? `${p.name} (${p.latin})` : p.name}`, '', '--- Personal details ---',
    `First name: ${p.id === 'p06' ? 'Sanne' : p.given.split(' ')[0]}`, ...(p.id === 'p06' ? ['Middle name / prefix: van'] : []), `Last name: ${p.id === 'p06' ? 'Dijk' : p.family}`,
    ...(mixed ? [`Name in Chinese characters: ${p.name}`] : []),
    `Email address: ${p.email}`, `Phone (mobile): ${p.mobile[0]}`, `Phone (home): ${p.others.home}`,
    `Phone (work): ${p.others.work ?? p.others.office ?? '(not provided)'}`,
    `Emergency contact phone: ${p.others.emergency ?? p.others.referee ?? p.others.referee1}`,
    `Address: ${p.address}`, `Preferred contact method: ${p.id === 'p04' ? 'Email' : 'Mobile'}`, '',
    '--- Skills ---', `Key skills (comma separated): ${p.skills.map(sk).join(', ')}`, `Languages: ${p.languages.join(', ')}`, '',
    '--- Employment history ---',
    ...[...p.work].reverse().flatMap((j, i) => [`Employer [${i + 1}]: ${j.company}`, `Job title [${i + 1}]: ${j.title}`, `Start date [${i + 1}]: ${ds(j.start)}`, `End date [${i + 1}]: ${j.end ? ds(j.end) : ''}`, `Currently working here [${i + 1}]: ${j.end ? 'No' : 'Yes'}`, `Responsibilities [${i + 1}]: ${j.duties.join('; ')}`, '']),
    '--- Education ---', ...p.edu.flatMap((e, i) => [`School [${i + 1}]: ${e.school}`, `Qualification [${i + 1}]: ${e.degree}`, `Year completed [${i + 1}]: ${e.end.slice(0, 4)}`]), '',
    '--- Referee ---', `Referee phone: ${p.others.referee ?? p.others.referee1 ?? p.others.emergency}`, '',
    'Consent to store data: Yes', `Submitted from IP: 203.0.113.${Number(p.id.slice(1)) * 7}`, '',
    `To view this application log in to the HR portal. Questions? HR team ${{ p02: '(01) 906 2200', p03: '(03) 5550 9000', p04: '(312) 555-0100', p06: '030 600 12 00', p14: '2850 1100' }[p.id]}.`,
  ];
  return lines.join('\n') + '\n';
}

/** Chinese résumé text as `pdftotext -layout` gives it from a table-form 简历: cells turned into space-padded columns, labels and values side by side, phones of several people on one line */
export function zhLayoutTxt(p: Person): string {
  const tc = p.id === 'p10' || p.id === 'p11' || p.id === 'p15';
  const w = (s: string) => [...s].reduce((a, c) => a + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  const pad = (s: string, n: number) => s + ' '.repeat(Math.max(2, n - w(s)));
  const now = tc ? '迄今' : '至今';
  const L = (...cells: [string, number][]) => cells.map(([s, n], i) => (i === cells.length - 1 ? s : pad(s, n))).join('').replace(/\s+$/, '');
  const t = (zh: string, tw: string) => (tc ? tw : zh);
  const x = p.extra ?? {};
  const out = [
    '', `                         ${t('个 人 简 历', '個 人 履 歷')}`, '',
    L([t('姓名', '姓名'), 8], [p.name, 18], [t('性别', '性別'), 8], [x.gender ?? '男', 10], [t('出生年月', '出生年月'), 10], [x.born ?? '1993.01', 10]),
    ...(p.latin ? [L([t('英文名', '英文姓名'), 8], [p.latin, 40])] : []),
    L([t('手机', '手機'), 8], [p.mobile[0], 18], [t('座机', '住宅電話'), 10], [p.others.home, 16], [t('紧急联系人', '緊急聯絡人'), 12], [p.others.emergency ?? '', 14]),
    L([t('邮箱', '電子郵件'), 10], [p.email, 34], [t('办公电话', '公司電話'), 10], [p.others.office ?? '—', 20]),
    L([t('地址', '地址'), 8], [p.address, 50]),
    L([t('求职意向', '應徵職務'), 10], [p.headline, 40]), '',
    t('工作经历', '工作經歷'), '',
    L([t('起止时间', '起訖時間'), 22], [t('单位名称', '公司名稱'), 34], [t('职务', '職稱'), 20]),
    ...[...p.work].reverse().flatMap((j) => [L([`${fd(j.start, tc ? 'yyyy/mm' : 'yyyy.mm')} - ${j.end ? fd(j.end, tc ? 'yyyy/mm' : 'yyyy.mm') : now}`, 22], [j.company, 34], [j.title, 20]),
      ...j.duties.map((d, i) => `                      ${i + 1}. ${d}`)]), '',
    t('教育经历', '學歷'), '',
    ...p.edu.map((e) => L([`${fd(e.start, 'yyyy.mm')} - ${fd(e.end, 'yyyy.mm')}`, 22], [e.school, 34], [e.degree, 20])), '',
    L([t('专业技能', '專業技能'), 12], [p.skills.map(sk).join('  '), 60]), '',
    L([t('语言能力', '語言能力'), 12], [p.languages.join('  '), 60]), '',
    L([t('自我评价', '自我評價'), 12], [t('认真负责，善于沟通，能快速适应新环境。', '做事認真負責，溝通能力佳，能快速適應新環境。'), 60]), '',
    `                                                              ${t('第 1 页 / 共 1 页', '第 1 頁 / 共 1 頁')}`,
  ];
  return out.join('\n') + '\n';
}
