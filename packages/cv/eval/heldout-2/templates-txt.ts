/**
 * The heldout-2 plain-text template: what people paste into a job board's text box or save from a text editor.
 * Written by a blind writer on 2026-12-02 (see people.ts); frozen.
 */
import { nameLine, period, WORDS, written } from './format';
import type { Person } from './people';

/** Single column, plain text: capitalised headings (【】 in Chinese), "-" or "·" bullets, ISO-like or dotted dates. */
export function plain(p: Person): string {
  const w = WORDS[p.labels];
  if (p.labels === 'zh') {
    return [
      nameLine(p),
      `${w.objective}：${p.headline}`,
      `${w.phone}：${p.phoneShown} ｜ ${w.email}：${p.email} ｜ ${w.location}：${p.location}`,
      '',
      '【工作经历】',
      ...p.jobs.flatMap((j) => [`${period(j, 'dot', w.present, ' - ')}  ${j.company}  ${j.title}`, ...j.bullets.map((b) => `  · ${b}`), '']),
      '【教育背景】',
      ...p.education.map((e) => `${e.from} - ${e.to}  ${e.school}  ${e.degree}`),
      '',
      '【专业技能】',
      p.skills.map(written).join('、'),
      '',
      '【语言】',
      p.languages.join('、'),
      '',
      '【自我评价】',
      p.summary,
      '',
    ].join('\n');
  }
  return [
    nameLine(p),
    p.headline,
    [p.location, p.phoneShown, p.email, p.link].filter(Boolean).join(' | '),
    '',
    'SUMMARY',
    p.summary,
    '',
    'EXPERIENCE',
    '',
    ...p.jobs.flatMap((j) => [j.title, `${j.company}, ${j.place}`, period(j, 'iso', 'present', ' to '), ...j.bullets.map((b) => `- ${b}`), '']),
    'EDUCATION',
    ...p.education.map((e) => `${e.degree}, ${e.school} (${e.from}-${e.to})`),
    '',
    'SKILLS',
    p.skills.map(written).join(', '),
    '',
    'LANGUAGES',
    p.languages.join(', '),
    '',
  ].join('\n');
}
