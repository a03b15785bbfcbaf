/** heldout-77: plain-text documents (UTF-8). */
import type { Person } from './people.ts';
import { d, newest, pad, padL, range, w, wrap } from './lib.ts';

/* T1 txt-en-hardwrap-brackets — résumé typed into a 64-column "paste your CV" box: "Title — Employer (City) [dates]" wrapped. */
export function hardwrapBrackets(p: Person): string {
  const W = 64;
  const out: string[] = [p.name.toUpperCase(), p.headline, `${p.address}`, `Mobile ${p.phoneLocal} | ${p.email}`, ''];
  const sec = (t: string) => out.push('', `${t.toUpperCase()}:`);
  sec('Summary'); out.push(...wrap(p.summary, W));
  sec('Skills'); out.push(...wrap(p.skills.join('; '), W));
  sec('Employment');
  for (const j of newest(p)) {
    out.push(...wrap(`${j.title}${j.kind ? ` (${j.kind})` : ''} — ${j.company} (${j.city}) [${range(j, 'Mon YYYY', ' - ', 'present')}]`, W));
    for (const x of j.duties) out.push(...wrap(x, W - 4).map((l, i) => (i ? '    ' : '  > ') + l));
    out.push('');
  }
  for (const b of p.breaks ?? []) out.push(`[${range(b, 'Mon YYYY', ' - ', '')}] ${b.note}`);
  sec('Education'); for (const e of p.edu) out.push(...wrap(`${e.degree} — ${e.school} [${range(e, 'Mon YYYY', ' - ', '')}]`, W));
  sec('Tickets / certificates'); out.push(...p.certs.map((c) => `  > ${c}`));
  sec('Languages'); out.push(p.languages.join(', '));
  if (p.referees) { sec('Referees'); for (const r of p.referees) out.push(...wrap(`${r.name}, ${r.role}, ph ${r.phone}`, W)); }
  for (const o of p.otherPhones) if (o.label !== 'Referee') out.push('', `(${o.label}: ${o.value})`);
  return out.join('\n') + '\n';
}

/* T2 txt-zh-at-lines — 记事本简历：「职位 @ 公司　2017.07-2019.12」日期在行尾，＊ 标题。 */
export function zhAtLines(p: Person): string {
  const out = [`${p.name}　｜　${p.headline}`, `手机：${p.phoneLocal}　邮箱：${p.email}`, `地址：${p.address}`, ...p.otherPhones.map((o) => `${o.label}：${o.value}`), ''];
  const sec = (t: string) => out.push('', `＊${t}＊`);
  sec('工作经历');
  for (const j of newest(p)) {
    out.push(`${j.title}${j.kind ? `（${j.kind}）` : ''} @ ${j.company}　${range(j, 'YYYY.MM', '-', '至今')}`);
    j.duties.forEach((x) => out.push(`  - ${x}`));
  }
  sec('专业技能'); out.push(p.skills.join(' ／ '));
  sec('教育经历'); for (const e of p.edu) out.push(`${e.school}　${e.degree}　${range(e, 'YYYY.MM', '-', '')}`);
  sec('语言'); out.push(p.languages.join('，'));
  sec('证书'); out.push(p.certs.join('，'));
  sec('自我评价'); out.push(p.summary);
  return out.join('\n') + '\n';
}

/* T2b txt-zh-numbered-outline — 公文式层级：一、（一）1.，日期「2015年3月—2015年6月」在单位前。 */
export function zhOutline(p: Person): string {
  const out = [`　　　　　　　　个人简历`, '', '一、基本情况', `　　姓名：${p.name}`, `　　求职方向：${p.headline}`, `　　联系电话：${p.phoneLocal}`, `　　电子邮箱：${p.email}`, `　　通讯地址：${p.address}`, '', '二、工作经历'];
  newest(p).forEach((j, i) => {
    out.push(`　　（${'一二三四五六'[i]}）${d(j.start, 'zh')}—${j.end ? d(j.end, 'zh') : '至今'}　${j.company}　${j.title}${j.kind ? `（${j.kind}）` : ''}`);
    j.duties.forEach((x, k) => out.push(`　　　　${k + 1}. ${x}`));
  });
  out.push('', '三、教育经历', ...p.edu.map((e) => `　　${d(e.start, 'zh')}—${d(e.end, 'zh')}　${e.school}　${e.degree}`));
  out.push('', '四、专业技能', ...p.skills.map((s, i) => `　　${i + 1}. ${s}`));
  out.push('', '五、语言能力及证书', `　　语言：${p.languages.join('；')}`, `　　证书：${p.certs.join('；')}`);
  out.push('', '六、自我评价', `　　${p.summary}`);
  return out.join('\n') + '\n';
}

/* T4 txt-rst-simple-table — CV kept as reStructuredText (Sphinx/GitHub): simple tables with ==== rules, field list for contact. */
export function rstTable(p: Person): string {
  const jobs = newest(p);
  const cols = ['From', 'To', 'Employer', 'Role'];
  const rows = jobs.map((j) => [d(j.start, 'YYYY-MM'), j.end ? d(j.end, 'YYYY-MM') : 'present', j.company, j.title + (j.kind ? ` (${j.kind})` : '')]);
  const wd = cols.map((c, i) => Math.max(w(c), ...rows.map((r) => w(r[i]))));
  const rule = wd.map((n) => '='.repeat(n)).join('  ');
  const line = (r: string[]) => r.map((c, i) => pad(c, wd[i])).join('  ').trimEnd();
  const title = p.name;
  const out = ['='.repeat(w(title)), title, '='.repeat(w(title)), '', `:Headline: ${p.headline}`, `:Mobile: ${p.phoneLocal}`, ...p.otherPhones.map((o) => `:${o.label}: ${o.value}`), `:Email: ${p.email}`, `:Address: ${p.address}`, ''];
  const sec = (t: string) => out.push('', t, '-'.repeat(w(t)), '');
  sec('Profile'); out.push(...wrap(p.summary, 78));
  sec('Employment'); out.push(rule, line(cols), rule, ...rows.map(line), rule, '');
  for (const j of jobs) { out.push(`**${j.company} — ${j.title}**`, ''); j.duties.forEach((x) => out.push(`- ${x}`)); out.push(''); }
  for (const b of p.breaks ?? []) out.push(`*${range(b, 'YYYY-MM', ' to ', '')}: ${b.note}*`, '');
  sec('Skills'); p.skills.forEach((s) => out.push(`- ${s}`));
  sec('Education'); p.edu.forEach((e) => out.push(`- ${e.degree}, ${e.school} (${range(e, 'YYYY-MM', ' to ', '')})`));
  sec('Certifications'); p.certs.forEach((c) => out.push(`- ${c}`));
  sec('Languages'); out.push(p.languages.join(', '));
  if (p.referees) { sec('Referees'); p.referees.forEach((r) => out.push(`- ${r.name}, ${r.role} — ${r.phone}`)); }
  return out.join('\n') + '\n';
}

/* T4b txt-plusgrid-za — South African recruiter's text profile with a +---+ grid per section, CRLF. */
export function plusGrid(p: Person): string {
  const grid = (head: string[], rows: string[][]) => {
    const wd = head.map((c, i) => Math.max(w(c), ...rows.map((r) => w(r[i]))));
    const sep = '+' + wd.map((n) => '-'.repeat(n + 2)).join('+') + '+';
    const ln = (r: string[]) => '| ' + r.map((c, i) => pad(c, wd[i])).join(' | ') + ' |';
    return [sep, ln(head), sep.replace(/-/g, '='), ...rows.map(ln), sep];
  };
  const out = ['CANDIDATE PROFILE', '', ...grid(['Field', 'Detail'], [['Name', p.name], ['Cell', p.phoneLocal], ...p.otherPhones.map((o) => [o.label, o.value]), ['E-mail', p.email], ['Address', p.address], ['Position sought', p.headline]]), ''];
  out.push('EMPLOYMENT HISTORY', ...grid(['Period', 'Company', 'Position'], newest(p).map((j) => [range(j, 'MM/YYYY', ' - ', 'current'), j.company, j.title])), '');
  for (const j of newest(p)) out.push(`${j.company} (${j.title}) duties:`, ...j.duties.map((x) => `  * ${x}`), '');
  out.push('SKILLS', ...grid(['Skill'], p.skills.map((s) => [s])), '');
  out.push('QUALIFICATIONS', ...grid(['Year', 'Qualification', 'Institution'], p.edu.map((e) => [d(e.end, 'MM/YYYY'), e.degree, e.school])), '');
  out.push('PROFESSIONAL REGISTRATION / LICENCES', ...p.certs.map((c) => `  * ${c}`), '', `LANGUAGES: ${p.languages.join(', ')}`);
  if (p.referees) out.push('', 'REFERENCE', ...p.referees.map((r) => `  ${r.name} (${r.role}) - ${r.phone}`));
  return out.join('\r\n') + '\r\n';
}

/* T5 txt-zh-boxdraw-table — 表格简历另存为纯文本：┌┬┐ 框线，中文按双宽对齐；p15 为中英混排。 */
export function boxTable(p: Person): string {
  const tw = p.id === 'p10';
  const mixed = p.lang === 'mixed';
  const grid = (rows: string[][]) => {
    const n = Math.max(...rows.map((r) => r.length));
    const wd = Array.from({ length: n }, (_, i) => Math.max(...rows.map((r) => (r.length === n ? w(r[i] ?? '') : 0))));
    const total = wd.reduce((a, b) => a + b + 3, -1);
    const bar = (l: string, m: string, r: string) => l + wd.map((x) => '─'.repeat(x + 2)).join(m) + r;
    const out = [bar('┌', '┬', '┐')];
    rows.forEach((r, k) => {
      if (r.length === n) out.push('│' + r.map((c, i) => ` ${pad(c, wd[i])} `).join('│') + '│');
      else for (const l of wrap(r[0], total - 2)) out.push('│ ' + pad(l, total - 2) + ' │');
      const a = r.length === n, b = rows[k + 1]?.length === n;
      const sp = (l: string, r2: string) => l + '─'.repeat(total + 2 - 2 + 2 - 2 + 0) + r2;
      out.push(k === rows.length - 1 ? (a ? bar('└', '┴', '┘') : sp('└', '┘')) : a && b ? bar('├', '┼', '┤') : a ? bar('├', '┴', '┤') : b ? bar('├', '┬', '┤') : sp('├', '┤'));
    });
    return out;
  };
  const fmt = (s: string) => (mixed ? d(s, 'MM/YYYY') : d(s, 'YYYY.MM'));
  const L = mixed ? { t: `${p.name} ${p.alt} — RESUME 履歷`, per: 'Period 期間', co: 'Company 公司', ti: 'Position 職位', now: 'Present', sk: 'Skills 技能', ed: 'Education 學歷', la: 'Languages 語言', ce: 'Qualifications 資格' }
    : tw ? { t: `履歷表　${p.name}`, per: '期間', co: '服務單位', ti: '職稱', now: '迄今', sk: '專長', ed: '學歷', la: '語言', ce: '證照' }
      : { t: `个人简历　${p.name}`, per: '时间', co: '单位', ti: '职务', now: '至今', sk: '技能', ed: '学历', la: '语言', ce: '证书' };
  const out = [L.t, ''];
  out.push(...grid([[mixed ? 'Mobile 手提' : tw ? '行動電話' : '手机', p.phoneLocal], ['E-mail', p.email], [mixed ? 'Address 地址' : tw ? '地址' : '地址', p.address], ...p.otherPhones.map((o) => [o.label, o.value])]), '');
  const rows: string[][] = [[L.per, L.co, L.ti]];
  for (const j of newest(p)) { rows.push([`${fmt(j.start)}-${j.end ? fmt(j.end) : L.now}`, j.company, j.title + (j.kind ? ` (${j.kind})` : '')]); rows.push([j.duties.join(mixed ? ' ' : '；')]); }
  for (const b of p.breaks ?? []) rows.push([`${fmt(b.start)}-${fmt(b.end)}`, b.note, '']);
  out.push(...grid(rows), '');
  out.push(...grid([[L.ed, ''], ...p.edu.map((e) => [`${fmt(e.start)}-${fmt(e.end)}`, `${e.school} ${e.degree}`])]), '');
  out.push(`${L.sk}：`, ...p.skills.map((s) => `  ◇ ${s}`), '', `${L.la}：${p.languages.join('、')}`, `${L.ce}：${p.certs.join('、')}`);
  return out.join('\n') + '\n';
}

/* T6 txt-rail-right — two-column text CV: body left (50 cols), a ┊ rail on the right with contact, skills and languages. */
export function railRight(p: Person): string {
  const LW = 50, RW = 26;
  const mixed = p.lang === 'mixed';
  const left: string[] = [];
  const right: string[] = [];
  left.push(mixed ? `${p.name}  ${p.alt}` : p.name.toUpperCase(), p.headline, '');
  left.push('EXPERIENCE', '~~~~~~~~~~');
  for (const j of newest(p)) {
    left.push(...wrap(`${j.company}`, LW));
    left.push(...wrap(`${j.title}${j.kind ? ` (${j.kind})` : ''}`, LW));
    left.push(range(j, mixed ? 'YYYY.MM' : 'Mon YYYY', ' – ', mixed ? '至今' : 'current'));
    for (const x of j.duties) left.push(...wrap(x, LW - 2).map((l, i) => (i ? '  ' : '- ') + l));
    left.push('');
  }
  for (const b of p.breaks ?? []) left.push(...wrap(`(${range(b, 'YYYY.MM', ' – ', '')} ${b.note})`, LW), '');
  left.push('EDUCATION', '~~~~~~~~~');
  for (const e of p.edu) left.push(...wrap(`${e.degree}, ${e.school}`, LW), range(e, mixed ? 'YYYY.MM' : 'Mon YYYY', ' – ', ''));
  right.push('CONTACT', ...wrap(`Mobile ${p.phoneLocal}`, RW), ...wrap(p.email, RW), ...wrap(p.address, RW), ...p.otherPhones.flatMap((o) => wrap(`${o.label}: ${o.value}`, RW)), '');
  right.push('SKILLS', ...p.skills.flatMap((s) => wrap(s, RW - 2).map((l, i) => (i ? '  ' : '* ') + l)), '');
  right.push('LANGUAGES', ...p.languages.flatMap((s) => wrap(s, RW)), '');
  if (p.certs.length) right.push('CERTIFICATES', ...p.certs.flatMap((s) => wrap(s, RW)));
  const n = Math.max(left.length, right.length);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const l = (left[i] ?? '').slice(0);
    const cut = w(l) > LW ? l : l;
    out.push((pad(cut, LW) + ' ┊ ' + (right[i] ?? '')).trimEnd());
  }
  void padL;
  return out.join('\n') + '\n';
}
