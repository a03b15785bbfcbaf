/** Plain-text (UTF-8) templates. */
import type { Person } from './people.ts';
import { d, fullName, intl, recent, skills } from './common.ts';

const wrap = (s: string, n = 78, indent = '') => {
  const out: string[] = []; let line = '';
  for (const w of s.split(' ')) { if ((line + ' ' + w).trim().length > n - indent.length) { out.push(indent + line.trim()); line = w; } else line += ' ' + w; }
  if (line.trim()) out.push(indent + line.trim());
  return out.join('\n');
};

/* T1. CV typed in Notepad: capitals, '=' and '-' underlines, tab-free column alignment — single */
export function notepad(p: Person): string {
  const H = (t: string) => `\n${t.toUpperCase()}\n${'-'.repeat(t.length)}\n`;
  const lines = [
    p.name.toUpperCase(), '='.repeat(p.name.length), p.address, `Mobile: ${p.phoneLocal}    Email: ${p.email}`,
    H('Personal statement') + wrap(p.summary),
    H('Employment history') + recent(p).map((j) => `${d(j.start, 'Mon YYYY')} - ${d(j.end, 'Mon YYYY', 'present')}`.padEnd(22) + `${j.title}\n${' '.repeat(22)}${j.company}${j.town ? `, ${j.town}` : ''}\n${j.bullets.map((b) => wrap(`* ${b}`, 78, ' '.repeat(22))).join('\n')}`).join('\n\n'),
    p.extra['Career break'] ? `\n${wrap(`(${p.extra['Career break']})`, 78, ' '.repeat(22))}` : '',
    H('Education') + p.education.map((s) => `${d(s.start, 'Mon YYYY')} - ${d(s.end, 'Mon YYYY')}`.padEnd(22) + `${s.degree}\n${' '.repeat(22)}${s.school}`).join('\n'),
    H('Skills') + skills(p).map((s) => `  - ${s}`).join('\n'),
    H('Registration and certificates') + p.certificates.map((s) => `  - ${s}`).join('\n'),
    H('Languages') + p.languages.join(', '),
    H('References') + (p.referees.map((x) => `${x.name}, ${x.role}, ${x.org}. Tel ${x.phone}`).join('\n') || 'Available on request.'),
  ];
  return lines.join('\n') + '\n';
}

/* T2. Hacker News "Ask HN: Who wants to be hired?" comment — single */
export function hnHired(p: Person): string {
  const loc = p.id === 'p05' ? 'Rosario, Argentina (UTC-3)' : 'Singapore (UTC+8)';
  const tech = skills(p).join(', ');
  return [
    `${p.id === 'p05' ? 'mfdz_ros' : 'cherylng'} 3 hours ago | parent | next [–]`, '',
    `  Location: ${loc}`,
    `  Remote: Yes${p.id === 'p05' ? ', 6+ years fully remote' : ', or hybrid in SG'}`,
    `  Willing to relocate: ${p.id === 'p05' ? 'No' : 'Yes (EU/UK, need sponsorship)'}`,
    `  Technologies: ${tech}`,
    `  Résumé/CV: https://${p.id === 'p05' ? 'mfdz.dev/cv.pdf' : 'cherylng.github.io/cv'}`,
    `  Email: ${p.email}  /  phone or WhatsApp ${intl(p)}`, '',
    `  Hi! I'm ${p.latin ? `${p.latin} (${p.name})` : p.name}. ${p.summary}`, '',
    '  Experience:',
    ...recent(p).map((j) => `  - ${j.title} @ ${j.company} (${d(j.start, 'YYYY-MM')} – ${j.end ? d(j.end, 'YYYY-MM') : 'now'})${j.bullets[0] ? `: ${j.bullets[0].replace(/\.$/, '')}` : ''}`),
    '', `  Education: ${p.education.map((s) => `${s.degree}, ${s.school}`).join('; ')}`,
    `  Looking for: ${p.id === 'p05' ? 'staff/principal backend or platform roles, contract or full-time.' : 'senior DS / applied scientist roles in experimentation or forecasting.'}`, '',
    '  reply', '',
  ].join('\n');
}

/* T3. 电鸭社区（远程工作社区）求职帖 — single */
export function dianya(p: Person): string {
  return [
    `【求职】${p.headline}｜远程｜全职或长期兼职`, '',
    `发布者：${p.name}    城市：成都    2026-11-06`, '',
    '## 关于我', p.summary, '',
    '## 联系方式', `- 微信 / 手机：${p.phoneLocal}`, `- 邮箱：${p.email}`, `- GitHub：${p.extra.GitHub}`, '',
    '## 技术栈', ...skills(p).map((s) => `- ${s}`), '',
    '## 工作经历',
    ...recent(p).flatMap((j) => [`### ${j.company} · ${j.title}（${d(j.start, 'YYYY.MM')} - ${d(j.end, 'YYYY.MM', '至今')}）`, ...j.bullets.map((b) => `- ${b}`), '']),
    '## 教育', ...p.education.map((s) => `- ${s.school} ${s.degree}（${d(s.start, 'YYYY.MM')} - ${d(s.end, 'YYYY.MM')}）`), '',
    '## 其他', ...p.certificates.map((c) => `- ${c}`), ...p.languages.map((c) => `- ${c}`), `- 期望：${p.extra['期望']}`, '',
    '有合适机会欢迎私信或邮件，谢谢！', '',
    '—— 12 条回复 · 浏览 1,386',
  ].join('\n') + '\n';
}
