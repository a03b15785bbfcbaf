/** The plain-text template of the independent set: what a CV pasted into a text box looks like (UTF-8). */
import { formatRange, heading, printedSkills, type Person } from './person';

export function renderTxt(p: Person): Uint8Array {
  const { truth, content } = p;
  const h = content.headings;
  const rule = (title: string) => `\n${title}\n${'-'.repeat(Math.max(8, title.length))}`;
  const lines = [
    truth.name.toUpperCase(),
    content.headline,
    [content.location, content.phoneDisplay, truth.email, content.link].filter(Boolean).join(' | '),
    rule(heading('summary', h)),
    content.summary,
    rule(heading('work', h)),
    ...truth.work.flatMap((w, i) => [
      '',
      `${w.title} @ ${w.company}`,
      `(${formatRange(w.start, w.end, content.dates)})`,
      ...(content.bullets[i] ?? []).map((b) => `* ${b}`),
    ]),
    rule(heading('education', h)),
    ...content.education.map((e) => `${e.start}-${e.end}  ${e.school}  ${e.degree}`),
    rule(heading('skills', h)),
    printedSkills(p).join(h === 'en' ? ', ' : '，'),
    rule(heading('languages', h)),
    content.languages.join(h === 'en' ? ', ' : '，'),
    '',
  ];
  return new TextEncoder().encode(lines.join('\n'));
}
