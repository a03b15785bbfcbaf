/**
 * The plain-text template of held-out set 3: what a CV pasted into a job board's text box looks like. Written by a
 * blind writer on 2026-12-02, without reading the analyser, its taxonomy, tests, README or the other sets; frozen;
 * never tuned on.
 */
import { h, label, pick, printedSkills, range, type RangeStyle } from './format';
import type { Person } from './people';

/** Headings underlined with "=" (English) or in 【】 (Chinese); a title | employer line, the dates on the next line. */
export function plain(p: Person): string {
  const z = p.labels === 'zh';
  const r = pick<RangeStyle>(
    z
      ? [{ month: 'YYYY.MM', sep: ' - ', present: '至今' }, { month: 'YYYY-MM', sep: ' ~ ', present: '至今' }]
      : [{ month: 'Mon YYYY', sep: ' - ', present: 'Present' }, { month: 'MM/YYYY', sep: ' to ', present: 'present' }, { month: 'Month YYYY', sep: ' - ', present: 'today' }],
    p,
  );
  const head = (t: string) => (z ? `【${t}】` : `${t.toUpperCase()}\n${'='.repeat(t.length)}`);
  const colon = z ? '：' : ': ';
  const out: string[] = [p.name, p.headline, ''];
  out.push(`${label(p, 'phone')}${colon}${p.phoneShown}`, `${label(p, 'email')}${colon}${p.email}`, `${label(p, 'city')}${colon}${p.city}`);
  if (p.link) out.push(`${label(p, 'link')}${colon}${p.link}`);
  out.push('', head(h(p, 'profile', 1)), p.summary, '', head(h(p, 'experience')));
  for (const j of p.jobs) {
    out.push('', `${j.title} | ${j.company} | ${j.city}`, range(j.start, j.end, r), ...j.bullets.map((b) => `- ${b}`));
  }
  out.push('', head(h(p, 'education')));
  for (const e of p.education) out.push(`${range(e.start, e.end, r)}  ${e.school}${z ? "  " : ", "}${e.degree}`);
  out.push('', head(h(p, 'skills')), printedSkills(p).join(z ? '、' : ', '));
  if (p.spoken) out.push('', head(h(p, 'languages')), p.spoken.join(z ? '；' : ', '));
  return out.join('\n') + '\n';
}
