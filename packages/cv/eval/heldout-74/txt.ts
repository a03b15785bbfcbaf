/** Plain-text templates of heldout-74 (UTF-8). */
import type { Person } from './people.ts';
import { d, range, rev, sk } from './fmt.ts';

const wrap = (s: string, w: number): string[] => {
  const out: string[] = []; let cur = '';
  for (const word of s.split(' ')) { if ((cur + ' ' + word).trim().length > w) { out.push(cur); cur = word; } else cur = (cur + ' ' + word).trim(); }
  if (cur) out.push(cur); return out;
};
const wide = (s: string) => [...s].reduce((n, c) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(c) ? 2 : 1), 0);
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(1, n - wide(s)));

/** X1 txt-pdf-select-copy — text selected and copied out of a one-column PDF viewer: hard line breaks at the PDF's line ends, bullets come out as "", the running footer and header land in the middle of the history. */
export function pdfSelectCopy(p: Person): string {
  const L: string[] = [p.name, p.headline, `${p.address} | ${p.phoneLocal}${p.otherPhones[0] && !p.otherPhones[0][0].startsWith('Referee') ? ` | ${p.otherPhones[0][0]}: ${p.otherPhones[0][1]}` : ''} | ${p.email}`, '', 'PROFILE', ...wrap(p.summary, 88), '', 'EXPERIENCE'];
  const jobs = rev(p);
  jobs.forEach((j, i) => {
    L.push(`${j.title}`, `${j.company} – ${j.city} ${range(j, 'Month YYYY', ' – ', 'Present')}`);
    for (const t of j.duties) { const w = wrap(t, 84); L.push(` ${w[0]}`, ...w.slice(1)); }
    if (i === 1) L.push(`${p.name} – CV Page 1 of 2`, '', `${p.name} – CV`);
  });
  L.push('', 'SKILLS', sk(p).join(' '), '', 'EDUCATION', ...p.education.map((e) => `${e.degree}, ${e.school} ${d(e.start, 'Month YYYY')} – ${d(e.end, 'Month YYYY')}`),
    '', 'CERTIFICATES & LICENCES', ...p.certs, '', 'LANGUAGES', p.languages.join(', '));
  if (p.id === 'p03') L.push('', 'REFEREES', ...p.otherPhones.map(([k, v]) => `${k.replace('Referee – ', '')}: ${v}`));
  L.push('', `${p.name} – CV Page 2 of 2`, '');
  return L.join('\n');
}

/** X2 txt-zh-cells — 表格简历 saved from WPS as plain text: every table cell on its own line, empty cells as blank lines, section labels alone. */
export function zhCells(p: Person): string {
  const name = p.id === 'p10' ? '黎　俊' : p.name;
  const L: string[] = ['个人简历', '', '姓名', name, '求职意向', p.headline, '手机', p.phoneLocal, '邮箱', p.email];
  for (const [k, v] of p.otherPhones) L.push(k, v);
  L.push('现居住地', p.address, '', '工作经历', '时间', '单位', '职位', '工作内容');
  for (const j of rev(p)) L.push(range(j, 'YYYY.M', '-', '至今'), j.company, j.title, j.duties.join('；'));
  L.push('', '教育经历', ...p.education.flatMap((e) => [`${d(e.start, 'YYYY.M')}-${d(e.end, 'YYYY.M')}`, e.school, e.degree, '']),
    '专业技能', sk(p).join('、'), '证书', p.certs.join('、'), '语言', p.languages.join('、'), '自我评价', p.summary, '');
  return L.join('\n');
}

/** X3 txt-referral — an internal staff-referral e-mail (HK / MY): the referring employee's own name, extension and mobile come first, then the candidate's pasted CV. */
export function referral(p: Person): string {
  const hk = p.id === 'p13';
  const ref = hk ? { n: 'Jason Tam (譚志偉)', e: 'jason.tam@lionrockfunds-mail.com.hk', x: 'Ext. 2231 / mobile 6087 6612', to: 'talent@harbourfront-am.hk' } : { n: 'Tan Mei Ling (陈美玲)', e: 'meiling.tan@tropika-mail.com.my', x: 'Ext. 418 / HP 016-221 7735', to: 'hr.referral@selatan-retail.com.my' };
  const L = [`From: ${ref.n} <${ref.e}>`, `To: ${ref.to}`, `Subject: Staff referral – ${p.alt} ${p.name} – ${p.headline}`, '',
    'Hi HR team,', '', `I would like to refer my former colleague for the ${p.headline} opening. Please contact me if needed (${ref.x}).`, hk ? 'His CV is pasted below as he asked me to forward it.' : 'Her CV is pasted below as she asked me to forward it.', '', 'Thanks,', ref.n.split(' (')[0], '', '---------- CV ----------', '',
    `${p.name} ${p.alt}`, `${p.headline}`, `HP: ${p.phoneLocal}   ${p.otherPhones[0][0]}: ${p.otherPhones[0][1]}`, `Email: ${p.email}`, `Address: ${p.address}`, '',
    'EMPLOYMENT 工作經歷'.replace('經歷', hk ? '經歷' : '经历')];
  for (const j of rev(p)) L.push(`* ${j.company} — ${j.title}`, `  ${range(j, 'Mon YYYY', ' ~ ', 'now 至今')}`, ...j.duties.map((t) => `  - ${t}`));
  L.push('', hk ? 'SKILLS 技能' : 'SKILLS 技能', ...sk(p).map((s) => `  - ${s}`), '', 'EDUCATION', ...p.education.map((e) => `  ${e.degree}, ${e.school} (${d(e.start, 'Mon YYYY')} ~ ${d(e.end, 'Mon YYYY')})`),
    '', 'QUALIFICATIONS', ...p.certs.map((c) => `  ${c}`), '', 'LANGUAGES', `  ${p.languages.join(', ')}`, '');
  return L.join('\n');
}

/** X4 txt-ats-report — "Candidate Profile Report" printed to text from an ATS: dotted labels, numbered Employer blocks with From / To as "Jan-2023" and "(current)", recruiter's own details in the header. */
export function atsReport(p: Person): string {
  const dot = (k: string, v: string) => `${k} ${'.'.repeat(Math.max(2, 26 - k.length))}: ${v}`;
  const L = ['CANDIDATE PROFILE REPORT', `Requisition ........... : REQ-2026-${p.id === 'p05' ? '0418' : '1173'}`, `Recruiter ............. : ${p.id === 'p05' ? 'Marcus Oyelaran, +1 647 555 0121, m.oyelaran@talentbridge-ca.com' : 'Jolene Sim, +65 6221 4410, jolene.sim@lionstaff-sg.com'}`, `Printed ............... : 03-Dec-2026 09:14`, '',
    '== 1. PERSONAL DETAILS ==', dot('Candidate name', p.alt ? `${p.name} (${p.alt})` : p.name), dot('Mobile phone', p.phoneLocal), ...p.otherPhones.map(([k, v]) => dot(k, v)), dot('E-mail', p.email), dot('Location', p.address), dot('Current title', p.headline), '',
    '== 2. WORK HISTORY =='];
  [...rev(p)].forEach((j, i) => L.push(`-- Employer ${i + 1} --`, dot('Employer', j.company), dot('Job title', j.title), dot('From', d(j.start, 'Mon-YYYY')), dot('To', j.end ? d(j.end, 'Mon-YYYY') : '(current)'), dot('Responsibilities', j.duties.join(' ')), ''));
  if (p.gap) L.push('-- Gap --', dot('From', d(p.gap.start, 'Mon-YYYY')), dot('To', d(p.gap.end, 'Mon-YYYY')), dot('Reason', p.gap.text), '');
  L.push('== 3. SKILLS ==', ...sk(p).map((s, i) => `${String(i + 1).padStart(2, ' ')}. ${s}`), '', '== 4. EDUCATION ==', ...p.education.map((e) => `${e.school} | ${e.degree} | ${d(e.start, 'Mon-YYYY')} - ${d(e.end, 'Mon-YYYY')}`),
    '', '== 5. LICENCES / CERTIFICATIONS ==', ...p.certs, '', '== 6. LANGUAGES ==', ...p.languages, '', 'End of report', '');
  return L.join('\n');
}
export { pad };
