/**
 * heldout-6: the plain-text templates. Written by a blind writer on 2026-12-02 (heldout-6), without reading the
 * analyser, its taxonomy, tests, README or the other sets; frozen; never tuned on.
 */
import type { Person } from './people.ts';
import { labels, period } from './format.ts';

/** A one-page Notion page exported as Markdown. */
export function markdownExport(p: Person): string {
  const L = labels(p);
  const zh = p.lang === 'zh';
  const out = [`# ${p.name}`, '', `**${p.headline}**`, '', `📞 ${p.phonePrinted} · ✉️ ${p.email} · 📍 ${p.location}`, '', '---', '', `## ${L.profile}`, '', p.summary, '', `## ${L.experience}`, ''];
  for (const j of p.jobs) {
    out.push(`### ${j.title} — ${j.company}`, `*${period(j.start, j.end, 'YYYY/MM', ' → ', zh ? '至今' : 'now')}*${j.location ? ` · ${j.location}` : ''}`, '', ...j.bullets.map((b) => `- ${b}`), '');
  }
  out.push(`## ${L.skills}`, '');
  for (const g of p.skills) out.push(`- ${g.label ? `**${g.label}**${zh ? '：' : ': '}` : ''}${g.items.map((s) => s.name).join(' · ')}`);
  out.push('', `## ${L.education}`, '');
  for (const d of p.education) out.push(`- ${d.school}, ${d.degree} (${d.start.slice(0, 4)}–${d.end.slice(0, 4)})`);
  if (p.spoken) out.push('', `## ${L.languages}`, '', p.spoken.join(zh ? '、' : ', '));
  return out.join('\n') + '\n';
}

/** A Chinese plain-text 简历 as pasted into an e-mail or a job-site text box. */
export function plainCn(p: Person): string {
  const out = ['个人简历', '', `姓名：${p.name}`];
  for (const [k, v] of Object.entries(p.particulars ?? {})) out.push(`${k}：${v}`);
  out.push(`手机：${p.phonePrinted}`, `邮箱：${p.email}`, `现居住地：${p.location}`, `求职意向：${p.headline}`, '', '【工作经历】', '');
  for (const j of p.jobs) {
    out.push(`${period(j.start, j.end, 'YYYY.MM', ' - ', '至今')}    ${j.company}    ${j.title}`, ...j.bullets.map((b, i) => `  ${i + 1}. ${b}`), '');
  }
  out.push('【教育背景】', '');
  for (const d of p.education) out.push(`${period(d.start, d.end, 'YYYY.MM', ' - ', '')}    ${d.school}    ${d.degree}`);
  out.push('', '【专业技能】', '');
  p.skills.forEach((g, i) => out.push(`${i + 1}. ${g.label ? `${g.label}：` : ''}${g.items.map((s) => s.name).join('、')}`));
  if (p.spoken) out.push('', '【语言能力】', '', p.spoken.join('，'));
  out.push('', '【自我评价】', '', p.summary);
  return out.join('\n') + '\n';
}
