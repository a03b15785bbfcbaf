/** heldout-12 — plain-text documents (UTF-8). */
import type { Person } from './people.ts';
import { fmt, fmtEnd, newestFirst, range, skills } from './util.ts';

/* Philippines: CV pasted into an e-mail to a licensed recruitment agency (cover note + CV body). */
export function txtPhEmail(p: Person): string {
  const L: string[] = [];
  L.push('Subject: Application - Nurse / International Patient Coordinator (Thailand) - Villanueva, Maria Kristine D.', '');
  L.push("Good day Ma'am/Sir,", '');
  L.push('I saw your agency\'s post for nurses and patient coordinators for a hospital in Bangkok. I worked in Bangkok from 2019 to 2022 so I am familiar with the set up there. Below is my resume, I will also attach the PDF and my PRC license.', '');
  L.push('Thank you and God bless!', '', 'Respectfully yours,', p.name, '', '==============================', '');
  L.push(p.name.toUpperCase(), p.address, `Mobile: ${p.phonePrinted}`, `Email: ${p.email}`, '');
  L.push('OBJECTIVE', p.objective, '');
  L.push('WORK EXPERIENCE', '');
  const items = [
    ...p.jobs.map((j) => ({ s: j.start, t: [`${range(j, 'mon yyyy', 'present', ' - ')}`, `${j.title}`, `${j.company}, ${j.city}`, ...j.duties.map((d) => `  * ${d}`)] })),
    ...(p.breaks ?? []).map((b) => ({ s: b.start, t: [`${fmt(b.start, 'mon yyyy')} - ${fmt(b.end, 'mon yyyy')}`, b.note] })),
  ].sort((a, b) => b.s.localeCompare(a.s));
  for (const it of items) L.push(...it.t, '');
  L.push('SKILLS', ...skills(p).map((s) => `- ${s}`), '');
  L.push('EDUCATION', ...p.education.map((d) => `${d.level}: ${d.school} (${d.qual}, ${d.end.slice(0, 4)})`), '');
  L.push('LICENSE AND TRAININGS', ...p.certs.map((c) => `- ${c}`), '');
  L.push('PERSONAL DATA', `Date of birth: September 23, 1991`, `Civil status: ${p.marital}`, `Religion: ${p.extra.religion}`, `Languages: ${p.languages.join(', ')}`, '');
  L.push('CHARACTER REFERENCES', ...(p.referees ?? []).map((r) => `${r.name} - ${r.relation} - ${r.phone}`), '');
  return L.join('\r\n');
}

/* New Zealand: CV typed into an e-mail to a trades recruitment agency (informal, from a phone). */
export function txtNzEmail(p: Person): string {
  const L: string[] = [];
  L.push('Hi Jo,', '', 'Thanks for the chat this arvo. As discussed here\'s my CV - I\'m on site this week and can\'t get to a computer so I\'ve typed it out below. Happy for you to put it into your format.', '', 'Cheers,', 'Hemi', '', '---', '');
  L.push(`${p.name} - Registered Electrician`, `${p.phonePrinted} | ${p.email}`, 'Hamilton, Waikato', '');
  L.push('About me', p.summary, '');
  L.push('Key skills');
  for (const s of skills(p)) L.push(`- ${s}`);
  L.push('', 'Work history');
  for (const j of newestFirst(p.jobs)) {
    L.push('', `${j.company} (${j.city})`, `${j.title}, ${fmt(j.start, 'mon yyyy')} - ${fmtEnd(j.end, 'mon yyyy', 'now')}`);
    for (const d of j.duties) L.push(`- ${d}`);
  }
  L.push('', 'Tickets / licences', ...p.certs.map((c) => `- ${c}`));
  L.push('', 'Volunteering', ...(p.volunteering ?? []).map((v) => `${v.role}, ${v.org} (${fmt(v.start, 'mon yyyy')} - ${v.end ? fmt(v.end, 'mon yyyy') : 'current'})`));
  L.push('', 'Training', ...p.education.map((d) => `${d.qual} - ${d.school}, ${d.end.slice(0, 4)}`));
  L.push('', 'Referees', ...(p.referees ?? []).map((r) => `${r.name}, ${r.relation}, ${r.phone}`), '');
  return L.join('\n');
}

/* China (simplified) / Macau (traditional): résumé in the body of an e-mail to HR (邮件正文简历). */
export function txtZhEmail(p: Person): string {
  const hant = p.id === 'p12';
  const t = (s: string, h: string) => (hant ? h : s);
  const L: string[] = [];
  L.push(t(`主题：应聘${p.extra.position}-${p.name}-${p.extra.age}岁-${p.jobs.length}家单位经验`, `主題：應徵${p.extra.position}－${p.name}`), '');
  L.push(t('HR您好：', '人力資源部負責人您好：'), '');
  L.push(t('在招聘网站上看到贵公司招聘' + p.extra.position + '，本人有多年相关经验，特发邮件应聘。简历附在正文中，方便查看，谢谢！', '從貴公司網站得知招聘' + p.extra.position + '一職，現附上個人履歷，盼有面試機會，謝謝！'), '');
  L.push(t('【基本信息】', '【個人資料】'));
  L.push(`${t('姓名', '姓名')}：${p.name}　　${t('性别', '性別')}：${p.gender}　　${t('出生年月', '出生日期')}：${fmt(p.birth.slice(0, 7), 'zh')}`);
  L.push(`${t('手机', '電話')}：${p.phonePrinted}　　${t('邮箱', '電郵')}：${p.email}`);
  L.push(`${t('现住址', '地址')}：${p.address}`);
  if (!hant) L.push(`户籍：${p.extra.hukou}　　婚姻状况：${p.marital}`);
  L.push(`${t('期望薪资', '期望薪金')}：${p.extra.salaryExpect}`, '');
  L.push(t('【工作经历】', '【工作經驗】'));
  for (const j of newestFirst(p.jobs)) {
    L.push(`${fmt(j.start, 'yyyy.mm')}-${fmtEnd(j.end, 'yyyy.mm', t('至今', '現在'))}　${j.company}　${j.title}`);
    for (const [i, d] of j.duties.entries()) L.push(`　${i + 1}. ${d}`);
  }
  L.push('', t('【教育经历】', '【學歷】'));
  for (const d of p.education) L.push(`${fmt(d.start, 'yyyy.mm')}-${fmt(d.end, 'yyyy.mm')}　${d.school}　${d.major ?? ''}　${d.qual}`);
  L.push('', t('【专业技能】', '【技能】'));
  for (const s of skills(p)) L.push(`· ${s}`);
  L.push('', t('【证书】', '【證書】'), p.certs.join(t('；', '；')));
  L.push('', t('【语言】', '【語言】'), p.languages.join(t('，', '，')), '');
  L.push(t('此致', '此致'), t('敬礼！', '敬禮！'), p.name, '2026年11月2日', '');
  return L.join('\n');
}
