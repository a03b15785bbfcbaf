/** Plain-text templates of heldout-70 (UTF-8). */
import type { Job, Person } from './people.ts';
import { banStart, dot, durEn, durZh, mon3, monF, months, tops, zhYM, groups } from './fmt.ts';

/** Contractor CV typed as text: permanent roles, then the agency with its assignments ("Client:") indented under it. */
export function txtAgency(p: Person): string {
  const out = [p.name.toUpperCase(), `${p.headline}`, `Mobile ${p.phonePrinted} | ${p.otherPhone!.label} ${p.otherPhone!.printed} | ${p.email}`, p.address, '', 'PROFILE', p.summary, '', 'SKILLS', ...p.skills.map((k) => `  * ${k}`), '', 'CAREER'];
  for (const g of groups(p)) {
    const ag = g.items.some((t) => t.job.via);
    out.push('', ag ? `${g.company} (agency) — contract assignments:` : g.company);
    for (const t of g.items) {
      out.push(ag ? `  > ${t.job.title}` : `  ${t.job.title}`, ag ? `    Client: ${t.job.via}, ${t.job.place} .......... ${mon3(t.job.start)} to ${mon3(t.job.end!)}` : `    ${t.job.place} .......... ${mon3(t.job.start)} to ${t.job.end ? mon3(t.job.end) : 'date'}`, ...t.job.bullets.map((b) => `    - ${b}`));
    }
  }
  out.push('', 'EDUCATION', ...p.education.map((e) => `${e.degree}, ${e.school}, ${e.start.slice(0, 4)}-${e.end.slice(0, 4)}`), '', 'MEMBERSHIPS & CARDS', ...p.certs!.map((c) => `  ${c}`), '', 'LANGUAGES', p.languages.join(', '), '');
  return out.join('\n');
}

/** Service leaver's text CV: postings listed as "Posting n:" blocks with unit, appointment and "(Jan 2008 – Jun 2011)". */
export function txtPostings(p: Person): string {
  const mil = p.work.filter((j) => j.kind === 'posting'), civ = p.work.filter((j) => j.kind !== 'posting').reverse();
  const out = [p.name, '-'.repeat(p.name.length), `Tel (mobile): ${p.phonePrinted}`, `E-mail: ${p.email}`, `Location: ${p.address}`, '', 'PERSONAL PROFILE', p.summary, '', 'CURRENT EMPLOYMENT'];
  for (const j of civ) out.push(`${j.title} — ${j.company}`, `(${monF(j.start)} – present)`, ...j.bullets.map((b) => ` • ${b}`));
  out.push('', `ARMY SERVICE (${mil[0].start.slice(0, 4)}–${mil[mil.length - 1].end!.slice(0, 4)}), most recent first`);
  mil.slice().reverse().forEach((j, i) => out.push('', `Posting ${mil.length - i}: ${j.company}`, `  Appointment: ${j.title}`, `  (${mon3(j.start)} – ${mon3(j.end!)})`, ...j.bullets.map((b) => `  • ${b}`)));
  out.push('', 'KEY SKILLS', ...p.skills.map((k) => ` • ${k}`), '', 'QUALIFICATIONS AND LICENCES', ...p.certs!.map((c) => ` • ${c}`), '', 'EDUCATION', ...p.education.map((e) => `${e.school}: ${e.degree} (${e.start.slice(0, 4)}–${e.end.slice(0, 4)})`), '', 'References available from my last Commanding Officer on request.', '');
  return out.join('\n');
}

/** 纯文本简历: 每段工作写"2012年7月入职，任职3年9个月"（开始 + 时长），现职写"2019年9月入职至今". */
export function txtZhDuration(p: Person): string {
  const out = [`${p.name}｜${p.headline}`, `手机：${p.phonePrinted}　邮箱：${p.email}　${p.otherPhone ? `${p.otherPhone.label}：${p.otherPhone.printed}　` : ''}现居：${p.address}`, '', '＝＝ 工作经历 ＝＝'];
  for (const t of tops(p)) {
    out.push('', `◎ ${t.job.company}　${t.job.title}${t.job.kind === 'sideline' ? '（兼职）' : ''}`, t.job.end ? `　${zhYM(t.job.start)}入职，任职${durZh(months(t.job))}` : `　${zhYM(t.job.start)}入职至今`, ...t.job.bullets.map((b) => `　- ${b}`));
    for (const k of t.inner) out.push(`　※ 其间${zhYM(k.start)}起在${k.company}任${k.title}，为期${durZh(months(k))}：${k.bullets.join('；')}`);
  }
  out.push('', '＝＝ 专业技能 ＝＝', p.skills.join(' / '), '', '＝＝ 教育背景 ＝＝', ...p.education.map((e) => `${dot(e.start)}-${dot(e.end)}　${e.school}　${e.degree}`));
  if (p.certs) out.push('', '＝＝ 证书 ＝＝', p.certs.join('；'));
  out.push('', '＝＝ 语言 ＝＝', p.languages.join('；'), '', '＝＝ 自我评价 ＝＝', p.summary, '');
  return out.join('\n');
}

/** Mixed text: "From March 2011, for 3 years" / "2011年3月起，做了3年" starts with a length instead of an end. */
export function txtMixedFor(p: Person): string {
  const fy = (j: Job) => { const n = months(j); return n % 12 === 0 ? `for ${n / 12} years` : `for ${durEn(n)}`; };
  const out = [`${p.name} (${p.alias})`, p.headline, `HP: ${p.phonePrinted}  Email: ${p.email}`, p.address, '', '## Work Experience 工作经历'];
  for (const t of tops(p)) {
    const when = t.job.end ? `From ${monF(t.job.start)}, ${fy(t.job)} / ${zhYM(t.job.start)}起，做了${durZh(months(t.job))}` : `Since ${monF(t.job.start)} / ${zhYM(t.job.start)}至今`;
    out.push('', `${t.job.company} — ${t.job.title}`, `  ${when}`, ...t.job.bullets.map((b) => `  · ${b}`));
  }
  out.push('', '## Skills 技能', ...p.skills.map((k) => `- ${k}`), '', '## Education 教育', ...p.education.map((e) => `- ${e.degree}, ${e.school} (${e.start.slice(0, 4)}–${e.end.slice(0, 4)})`), '', '## Certifications 证书', ...p.certs!.map((c) => `- ${c}`), '', '## Languages 语言', p.languages.join(', '), '');
  return out.join('\r\n');
}

/** US new-grad-turned-senior text résumé: internships dated "Summer 2017", full-time roles "06/2019 - 08/2021". */
export function txtSummer(p: Person): string {
  const d = (j: Job) => j.start.slice(5) === '06' && j.end?.slice(5) === '08' && j.start.slice(0, 4) === j.end.slice(0, 4) ? `Summer ${j.start.slice(0, 4)}` : `${j.start.slice(5)}/${j.start.slice(0, 4)} - ${j.end ? `${j.end.slice(5)}/${j.end.slice(0, 4)}` : 'Present'}`;
  const out = [p.name, `${p.address} | ${p.phonePrinted} | ${p.email}`, '', 'SUMMARY', p.summary, '', 'EXPERIENCE'];
  for (const t of tops(p)) out.push('', `${t.job.title}, ${t.job.company}`.padEnd(60) + d(t.job), ...t.job.bullets.map((b) => `- ${b}`));
  out.push('', 'SKILLS', p.skills.join(', '), '', 'EDUCATION', ...p.education.map((e) => `${e.school} - ${e.degree}, May ${e.end.slice(0, 4)}`), '', 'LANGUAGES', p.languages.join(', '), '');
  return out.join('\n');
}
