/** heldout-28 plain-text templates (UTF-8). */
import { type Person } from './people.ts';
import { L, fd, range, present, skillsOf } from './templates-html.ts';

const fullName = (p: Person) => (p.language === 'mixed' ? `${p.name} ${p.otherName}` : p.name);
const desc = (p: Person) => [...p.work].reverse();

/** Text copied out of a OneNote page (title, date stamp, headings, "•" bullets, tab-separated dates). */
export function onenote(p: Person): string {
  const o = [`CV – ${p.name}`, 'Tuesday, 13 October 2026    21:47', '', `${p.name}${p.otherName ? ` (${p.otherName})` : ''}`, p.title, `Mobile: ${p.phone}`, `Email: ${p.email}`, `Address: ${p.address}`, ''];
  if (p.nationality) o.splice(8, 0, `Nationality: ${p.nationality}`);
  o.push('Profile', p.summary, '', 'Work experience');
  for (const j of desc(p)) o.push(`${j.title}, ${j.company}, ${j.town ?? ''}\t${range(j, 'Mon YYYY', ' – ', 'present')}`, ...j.bullets.map((b) => `\t• ${b}`), '');
  o.push('Education');
  for (const e of p.education) o.push(`${e.degree} – ${e.school}\t${e.start.slice(0, 4)}–${e.end.slice(0, 4)}`);
  o.push('', 'Skills', ...skillsOf(p).map((s) => `\t• ${s}`), '', 'Tickets & certificates', ...(p.certs ?? []).map((s) => `\t• ${s}`), '', 'Languages', p.languages.join(', '), '');
  if (p.referees) { o.push('References'); for (const x of p.referees) o.push(`\t${x.name}, ${x.role} – ${x.phone}`); }
  return o.join('\n') + '\n';
}

/** A résumé written as an RFC-style plain-text memo (fixed 72-column page header and numbered sections). */
export function rfc(p: Person): string {
  const pad = (a: string, b: string) => a + ' '.repeat(Math.max(1, 72 - a.length - b.length)) + b;
  const wrap = (t: string, ind = 3) => { const out: string[] = []; let line = ''; for (const w of t.split(' ')) { if ((line + ' ' + w).trim().length > 72 - ind) { out.push(' '.repeat(ind) + line.trim()); line = w; } else line += ' ' + w; } if (line.trim()) out.push(' '.repeat(ind) + line.trim()); return out; };
  const o = [pad('Independent Submission', p.name.replace(/^(\w)\w+ /, '$1. ')), pad('Request for Comments: 0x2026', 'Lalitpur, Nepal'), pad('Category: Informational', 'November 2026'), '', '', `        ${p.name}: Curriculum Vitae of a ${p.title}`, '', 'Abstract', '', ...wrap(p.summary), '', 'Table of Contents', '', '   1. Contact', '   2. Experience', '   3. Skills', '   4. Education', '   5. Languages', '', '1.  Contact', '', `   Name:    ${p.name}`, `   Phone:   ${p.phone}`, `   Email:   ${p.email}`, `   Web:     ${p.web ?? ''}`, `   Address: ${p.address}`, '', '2.  Experience', ''];
  desc(p).forEach((j, i) => { o.push(`2.${i + 1}.  ${j.title}, ${j.company}`, '', `   Period:   ${range(j, 'YYYY-MM', ' .. ', 'now')}`, `   Location: ${j.town ?? ''}`, ''); for (const b of j.bullets) o.push(...wrap(`o  ${b}`), ''); });
  o.push('3.  Skills', '', ...wrap('The candidate MUST be considered fluent in: ' + skillsOf(p).join(', ') + '.'), '', '4.  Education', '');
  for (const e of p.education) o.push(`   ${e.degree}, ${e.school}, ${fd(e.start, 'YYYY-MM', '')} .. ${fd(e.end, 'YYYY-MM', '')}`);
  o.push('', '5.  Languages', '', ...p.languages.map((l) => `   ${l}`), '', "Author's Address", '', `   ${p.name}`, `   ${p.address}`, `   Email: ${p.email}`);
  return o.join('\n') + '\n';
}

/** A Gemini-protocol capsule page (gemtext): # headings, * items, => links. */
export function gemtext(p: Person): string {
  const o = [`# ${p.name}`, `${p.title}, Tallinn`, '', `=> mailto:${p.email} ${p.email}`, `=> tel:${p.phone.replace(/ /g, '')} ${p.phone}`, `Address: ${p.address}`, '', '## About', p.summary, '', '## Work'];
  for (const j of desc(p)) o.push('', `### ${j.title} — ${j.company} (${j.town})`, `${range(j, 'YYYY-MM', ' to ', 'today')}`, ...j.bullets.map((b) => `* ${b}`));
  o.push('', '## Education');
  for (const e of p.education) o.push(`* ${e.degree}, ${e.school}, ${e.start.slice(0, 4)}–${e.end.slice(0, 4)}`);
  o.push('', '## Skills', ...skillsOf(p).map((s) => `* ${s}`), '', '## Languages', ...p.languages.map((s) => `* ${s}`), '', '## Certification', ...(p.certs ?? []).map((s) => `* ${s}`), '', '=> / Back to capsule home');
  return o.join('\n') + '\n';
}

/** 有道云笔记 note exported as .txt: 一、二、三 sections, 【】 labels for jobs. */
export function youdao(p: Person): string {
  const o = [`${fullName(p)} ${L(p, 'Résumé', '个人简历')}`, '', L(p, '1. Basic information', '一、基本信息'), `${L(p, 'Name', '姓名')}：${fullName(p)}`];
  if (p.gender) o.push(`性别：${p.gender}`);
  if (p.birth) o.push(`出生年月：${fd(p.birth, 'YYYY年M月', '')}`);
  o.push(`${L(p, 'Mobile', '手机')}：${p.phone}`, `${L(p, 'Email', '邮箱')}：${p.email}`, `${L(p, 'Address', '地址')}：${p.address}`, `${L(p, 'Objective', '求职意向')}：${p.target ?? p.title}`, '', L(p, '2. Work experience', '二、工作经历'));
  for (const j of desc(p)) o.push(`【${range(j, 'YYYY.MM', '-', present(p))}】${j.company}　${j.title}`, ...j.bullets.map((b) => `  - ${b}`), '');
  o.push(L(p, '3. Education', '三、教育背景'));
  for (const e of p.education) o.push(`【${fd(e.start, 'YYYY.MM', '')}-${fd(e.end, 'YYYY.MM', '')}】${e.school}　${e.degree}`);
  o.push('', L(p, '4. Skills', '四、专业技能'), ...skillsOf(p).map((s, i) => `${i + 1}. ${s}`), '', L(p, '5. Certificates & languages', '五、证书及语言'), [...(p.certs ?? []), ...p.languages].join('；'), '', L(p, '6. About me', '六、自我评价'), p.summary);
  return o.join('\n') + '\n';
}

/** 印象笔记 (Evernote China) note exported as plain text: title, tags line, ==== rules, "|"-separated job lines. */
export function yinxiang(p: Person): string {
  const rule = '========================================';
  const o = [`简历 | ${fullName(p)}`, `标签：求职, 2026, ${p.language === 'mixed' ? 'bilingual' : '中文'}`, `创建时间：2026/10/09 22:14　　更新时间：2026/10/30 08:02`, '', fullName(p), p.title, `${L(p, 'Tel', '电话')} ${p.phone} | ${L(p, 'E-mail', '邮箱')} ${p.email}`, p.address, '', rule, L(p, 'PROFILE', '个人简介'), rule, p.summary, '', rule, L(p, 'EXPERIENCE', '工作经历'), rule];
  for (const j of desc(p)) o.push(`${j.company} | ${j.title} | ${range(j, 'YYYY年MM月', ' ~ ', present(p))}`, ...j.bullets.map((b) => `☐ ${b}`), '');
  o.push(rule, L(p, 'EDUCATION', '教育经历'), rule, ...p.education.map((e) => `${e.school} | ${e.degree} | ${fd(e.start, 'YYYY年MM月', '')} ~ ${fd(e.end, 'YYYY年MM月', '')}`), '', rule, L(p, 'SKILLS', '技能'), rule, skillsOf(p).join(' / '), '', rule, L(p, 'CERTIFICATES / LANGUAGES', '证书 / 语言'), rule, ...(p.certs ?? []), ...p.languages);
  return o.join('\n') + '\n';
}
