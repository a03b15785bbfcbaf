/** Plain-text templates of heldout-40 (written as UTF-8). */
import type { Person } from './people.ts';
import { d, durEn, dw, padR, range, rev, skillsOf, wrap } from './util.ts';

/** `w3m -dump` of a personal web page laid out with a two-column HTML table: sidebar cells beside the main cells, space-padded. */
export function w3m(p: Person): string {
  const LW = 24, GAP = 3, RW = 52;
  const left: string[] = [];
  const add = (arr: string[], s: string, w: number) => { for (const l of wrap(s, w)) arr.push(l); };
  add(left, 'CONTACT', LW); left.push('-------');
  add(left, p.phoneLocal + ' (mobile)', LW); add(left, p.email, LW); add(left, p.town, LW);
  if (p.other) add(left, `${p.other.label}: ${p.other.number}`, LW);
  left.push(''); add(left, 'SKILLS', LW); left.push('------');
  for (const s of skillsOf(p)) add(left, `* ${s}`, LW);
  left.push(''); add(left, 'LANGUAGES', LW); left.push('---------');
  for (const s of p.languages) add(left, s, LW);
  left.push(''); add(left, 'MEMBERSHIP', LW); left.push('----------');
  for (const s of p.certs) add(left, s, LW);
  const right: string[] = [];
  right.push('ABOUT', '-----'); add(right, p.summary, RW); right.push('');
  right.push('EXPERIENCE', '----------');
  for (const j of rev(p.work)) {
    add(right, j.title.toUpperCase(), RW); add(right, j.company, RW);
    add(right, `${range(j, 'Mon YYYY', ' - ', 'present')}, ${j.town}`, RW);
    for (const b of j.bullets) { const w = wrap(b, RW - 4); w.forEach((l, i) => right.push(`${i ? '    ' : '  o '}${l}`)); }
    right.push('');
  }
  if (p.breakNote) { add(right, `${d(p.breakNote.start, 'Mon YYYY')} - ${d(p.breakNote.end, 'Mon YYYY')}: ${p.breakNote.text}`, RW); right.push(''); }
  right.push('EDUCATION', '---------');
  for (const e of p.edu) { add(right, `${e.degree}`, RW); add(right, `${e.school}, ${e.start.slice(0, 4)}-${e.end.slice(0, 4)}`, RW); }
  const n = Math.max(left.length, right.length);
  const rows: string[] = [];
  for (let i = 0; i < n; i++) rows.push((padR(left[i] ?? '', LW) + ' '.repeat(GAP) + (right[i] ?? '')).trimEnd());
  const title = p.lang === 'mixed' ? `${p.name} ${p.family.toUpperCase()} ${p.given}, ${p.alt!.split(' ')[0]}` : p.name;
  const c = Math.max(0, Math.floor((LW + GAP + RW - dw(title)) / 2));
  return [`[home] [cv] [contact]`, '', ' '.repeat(c) + title, ' '.repeat(Math.max(0, Math.floor((LW + GAP + RW - dw(p.headline)) / 2))) + p.headline, '', ...rows, '', `Last updated November 2026 | [1]Download PDF`, '', 'References', '', `   1. file:///home/${p.initials.toLowerCase()}/cv.pdf`, ''].join('\n');
}

/** A Reddit "for hire" post copied from the browser: subreddit line, title, markdown-ish body, vote/comment trailer. */
export function reddit(p: Person): string {
  const u = p.email.split('@')[0].replace(/\./g, '_');
  const jobs = rev(p.work).map((j) => `* **${j.title}**, ${j.company} (${j.town}) — ${range(j, 'Mon YYYY', ' to ', 'now')}\n${j.bullets.map((b) => `    * ${b}`).join('\n')}`).join('\n');
  return `r/forhire
Posted by u/${u}
3 hr. ago

[For Hire] ${p.headline} — ${p.town} / remote, contract or full-time

Hi all, I'm ${p.name}. ${p.summary}

**Experience**

${jobs}

**Skills:** ${skillsOf(p).join(', ')}

**Education:** ${p.edu.map((e) => `${e.degree}, ${e.school} (${e.end.slice(0, 4)})`).join('; ')}

**Languages:** ${p.languages.join(', ')}

**Certs:** ${p.certs.join(', ')}

Rate: negotiable. DM me or reach me directly:
Email: ${p.email}
Mobile: ${p.phoneLocal}${p.other ? `\n(${p.other.label}: ${p.other.number} — office hours only)` : ''}

Thanks for reading!

  12
  Share
  7 Comments
`;
}

/** A message posted in a community Slack's #job-seekers channel, copied with the sender line, time stamp and thread trailer. */
export function slack(p: Person): string {
  const jobs = rev(p.work).map((j) => `• ${range(j, 'MM/YYYY', ' – ', 'present')}  ${j.title} @ ${j.company}`).join('\n');
  return `# job-seekers
${p.given}  10:42 AM
:wave: Hi everyone! Open to new roles from January 2027.
*${p.name}* — ${p.headline}, ${p.town}
${p.summary}

*Experience*
${jobs}

*Skills*
${skillsOf(p).join(' · ')}

*Education*
${p.edu.map((e) => `${e.degree} — ${e.school} (${e.start.slice(0, 4)}–${e.end.slice(0, 4)})`).join('\n')}

*Languages*: ${p.languages.join(', ')}
*Certifications*: ${p.certs.join(', ')}

:email: ${p.email}
:iphone: ${p.phoneLocal} (WhatsApp ok)
${p.other ? `:office: ${p.other.number} (office, please don't call)\n` : ''}3 replies  Last reply today at 11:15 AM
`;
}

/** iPhone 备忘录 note shared as plain text: title line, Roman-numeral section headings, ● bullets, "2018.9—2021.4" dates. */
export function beiwanglu(p: Person): string {
  const jobs = rev(p.work).map((j) => `● ${range(j, 'YYYY.M', '—', '至今')}　${j.company}　${j.title}\n${j.bullets.map((b) => `　- ${b}`).join('\n')}`).join('\n\n');
  return `个人简历-${p.name}

Ⅰ 基本信息
姓名：${p.name}
出生年月：${p.born ?? ''}
手机：${p.phoneLocal}
邮箱：${p.email}
现居：${p.town}${p.other ? `\n${p.other.label}：${p.other.number}` : ''}
求职意向：${p.headline}

Ⅱ 工作经历
${jobs}

Ⅲ 教育经历
${p.edu.map((e) => `● ${d(e.start, 'YYYY.M')}—${d(e.end, 'YYYY.M')}　${e.school}　${e.degree}`).join('\n')}

Ⅳ 专业技能
${skillsOf(p).map((s) => `● ${s}`).join('\n')}

Ⅴ 证书/语言
${[...p.certs, ...p.languages].join('；')}

Ⅵ 自我评价
${p.summary}
`;
}

/** A GitHub-style Markdown résumé whose sections are pipe tables (Contact, Experience, Skills). */
export function mdtable(p: Person): string {
  const zh = p.lang === 'zh';
  const H = zh ? { c: '联系方式', e: '工作经历', ed: '教育经历', s: '技能', o: '其他', per: '时间', co: '公司', ti: '职位', ci: '城市', no: '至今' } : { c: 'Contact', e: 'Experience', ed: 'Education', s: 'Skills', o: 'Other', per: 'Period', co: 'Company', ti: 'Role', ci: 'City', no: 'present' };
  const ds = zh ? 'YYYY-MM' : 'YYYY-MM';
  const rows = rev(p.work).map((j) => `| ${range(j, ds as never, ' ~ ', H.no)} | ${j.company} | ${j.title} | ${j.town} |`).join('\n');
  return `# ${p.name}

> ${p.headline} · ${p.summary}

## ${H.c}

| | |
|---|---|
| ${zh ? '手机' : 'Mobile'} | ${p.phoneLocal} |
| ${zh ? '邮箱' : 'Email'} | ${p.email} |
| ${zh ? '城市' : 'Location'} | ${p.town} |

## ${H.e}

| ${H.per} | ${H.co} | ${H.ti} | ${H.ci} |
|---|---|---|---|
${rows}

## ${H.ed}

| ${H.per} | ${zh ? '学校' : 'School'} | ${zh ? '学位' : 'Degree'} |
|---|---|---|
${p.edu.map((e) => `| ${d(e.start, 'YYYY-MM')} ~ ${d(e.end, 'YYYY-MM')} | ${e.school} | ${e.degree} |`).join('\n')}

## ${H.s}

| ${zh ? '技能' : 'Skill'} | ${zh ? '熟练度' : 'Level'} |
|---|---|
${skillsOf(p).map((s, i) => `| ${s} | ${zh ? ['精通', '精通', '熟练', '熟练', '熟悉'][i % 5] : ['Expert', 'Expert', 'Advanced', 'Advanced', 'Working'][i % 5]} |`).join('\n')}

## ${H.o}

- ${zh ? '语言' : 'Languages'}: ${p.languages.join(', ')}
- ${zh ? '证书' : 'Certificates'}: ${p.certs.join(', ')}
`;
}
void durEn;
