/**
 * heldout-43 — plain-text documents, written directly as UTF-8. Several are what tools give for a two-column page:
 * copy-paste from a PDF viewer (columns interleaved line by line), `pdftotext -layout`, and `elinks -dump`.
 */
import type { Job, Person } from './people.ts';
import { dw, fd, newestFirst, padR, period, sideBySide, skillsOf, wrap } from './lib.ts';

const bullets = (xs: string[], w: number, mark = '• ', ind = '  ') => xs.flatMap((b) => wrap(mark + b, w, ind));

/** Each visual line of the two columns joined with one space, as a viewer's "select all / copy" gives it. */
function interleave(first: string[], second: string[]): string[] {
  const n = Math.max(first.length, second.length);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push([first[i] ?? '', second[i] ?? ''].filter((s) => s.trim()).join(' '));
  return out;
}

// ─────────────────────────────────────────────────────────────────────────────
// pdfcopy — text copied out of a two-column PDF in a browser PDF viewer (Ctrl+A, Ctrl+C) and pasted into a text file:
// each visual line holds the sidebar's line and the main column's line run together.
// ─────────────────────────────────────────────────────────────────────────────
export function pdfcopy(p: Person): string {
  if (p.language === 'zh') {
    // source: the 极简-style page — main column left, info column right
    const main: string[] = [p.name, `求职意向：${p.headline} | 东莞 | 薪资面议`, '', '工作经历'];
    for (const j of newestFirst(p)) {
      main.push(`${j.company} ${period(j, 'YYYY.MM', '至今', ' - ')}`, j.title);
      j.bullets.forEach((b, i) => main.push(...wrap(`${i + 1}. ${b}`, 56)));
    }
    main.push('教育经历', `${p.education[0].school} ${fd(p.education[0].start, 'YYYY.MM')} - ${fd(p.education[0].end, 'YYYY.MM')}`, p.education[0].degree, '自我评价', ...wrap(p.summary, 56));
    const x = p.extra;
    const side = ['', '', '', '', '基本信息', `性别：${x.gender}`, `年龄：${x.age}`, `学历：${x.degree}`, `籍贯：${x.hometown}`, `现居：${p.location}`, '联系方式', p.phoneShow[1], p.email, '专业技能', ...skillsOf(p), '证书', ...p.certificates, '语言', ...p.languages];
    return interleave(main, side).join('\n') + '\n';
  }
  // source: a Canva-style page — sidebar left (contact, skills, certificates), main right
  const side = ['', '', 'CONTACT', p.phoneShow[2], p.email, ...wrap(p.address, 26), '', 'KEY SKILLS', ...skillsOf(p).flatMap((s) => wrap(s, 26)), '', 'CERTIFICATIONS', ...p.certificates.flatMap((s) => wrap(s, 26)), '', 'LANGUAGES', ...p.languages];
  const main: string[] = [p.name.toUpperCase(), p.headline, '', 'PROFILE', ...wrap(p.summary, 62), '', 'EXPERIENCE'];
  for (const j of newestFirst(p)) {
    main.push(j.title, `${j.company} | ${j.town}`, period(j, 'MM/YYYY', 'Present'), ...bullets(j.bullets, 62, '• ', ''));
  }
  main.push('', 'EDUCATION');
  for (const e of p.education) main.push(e.degree, `${e.school}, ${e.town} | ${fd(e.start, 'YYYY')} – ${fd(e.end, 'YYYY')}`);
  main.push('', 'INTERESTS', p.interests.join(' · '));
  return interleave(side, main).join('\n') + '\n';
}

// ─────────────────────────────────────────────────────────────────────────────
// layout-axis — `pdftotext -layout` of a time-axis page: the sidebar and the main column side by side, and inside the
// main column the date strip beside the entry text; form feed between pages.
// ─────────────────────────────────────────────────────────────────────────────
export function layoutAxis(p: Person): string {
  const out: string[] = [];
  if (p.id === 'p16') {
    // source: the 五百丁-style page — dark sidebar left, date/employer strip + content in the main column
    const x = p.extra;
    const side = [p.name, p.nameAlt ?? '', '', '', '', '', '', '', '', '求职意向 Objective', ...wrap(p.headline, 22), ...wrap(p.headlineAlt ?? '', 22), '期望城市：上海', '基本信息 Profile', `性别：${x.gender}   年龄：${x.age}`, `学历：${x.degree}`, `籍贯：${x.hometown}`, `现居：${p.location}`, '联系方式 Contact', p.phoneShow[1], p.email, '专业技能 Skills', ...skillsOf(p).flatMap((s) => wrap(s, 22)), '语言能力 Languages', ...p.languages, '证书 Certificates', ...p.certificates, '兴趣爱好 Interests', p.interests.join('、')];
    const main: string[] = ['自我评价 Summary', ...wrap(p.summary, 52), '', '工作经历 Work Experience'];
    for (const j of newestFirst(p)) {
      const strip = [`${fd(j.start, 'YYYY.MM')} —`, j.end ? fd(j.end, 'YYYY.MM') : '至今 Present', ...wrap(j.company, 16)];
      const content = [`${j.title} / ${j.titleAlt ?? ''}`, ...bullets(j.bullets, 34, '• ', '  ')];
      main.push(...sideBySide(strip.map((s) => ' '.repeat(Math.max(0, 16 - dw(s))) + s), content, 16, 4), '');
    }
    main.push('教育背景 Education');
    for (const e of p.education) main.push(...sideBySide([`${fd(e.start, 'YYYY.MM')} —`, fd(e.end, 'YYYY.MM')].map((s) => ' '.repeat(16 - dw(s)) + s), [e.school, ...wrap(e.degree, 34)], 16, 4), '');
    const all = sideBySide(side, main, 24, 6, 2);
    out.push(...all.slice(0, 62), '\f', ...all.slice(62));
    return out.join('\n').replace(/\n\f\n/g, '\n\f') + '\n\f';
  }
  // p14 — source: the pagedown page — main left with a date column (end date on top), grey aside right
  const main: string[] = [`${p.name} ${p.nameAlt}`, `${p.headline} · ${p.location}`, ...wrap(p.summary, 58), '', 'Professional Experience'];
  for (const j of newestFirst(p)) {
    const date = [j.end ? fd(j.end, 'Mon YYYY') : 'Now', '–', fd(j.start, 'Mon YYYY')].map((s) => ' '.repeat(Math.max(0, Math.floor((9 - s.length) / 2))) + s);
    const content = [`${j.title} ${j.titleAlt ?? ''}`, `${padR(j.company, 46)} ${j.town}`, ...bullets(j.bullets, 56, '• ', '  ')];
    main.push(...sideBySide(date, content, 10, 3), '');
  }
  main.push('Education');
  for (const e of p.education) main.push(...sideBySide([fd(e.end, 'Mon YYYY'), '   –', fd(e.start, 'Mon YYYY')], [e.degree, `${padR(e.school, 46)} ${e.town}`], 10, 3), '');
  main.push('Certifications', ...p.certificates.map((c) => '• ' + c));
  const side = ['', '', '', '', 'Contact Info', p.email, p.phoneShow[0], p.extra.github, p.location, '', 'Skills', ...skillsOf(p), '', 'Languages', ...p.languages.flatMap((l) => wrap(l, 26)), '', 'Disclaimer', 'This résumé was made with the', 'R package pagedown.', 'Last updated on 2026-11-30.'];
  const all = sideBySide(main, side, 74, 4, 0);
  out.push(...all.slice(0, 64), '\f', ...all.slice(64));
  return out.join('\n').replace(/\n\f\n/g, '\n\f') + '\n\f';
}

// ─────────────────────────────────────────────────────────────────────────────
// elinks — `elinks -dump` of a personal web page laid out with a two-cell HTML table: the narrow cell (photo alt text,
// contact, skills) and the wide cell (experience) side by side, numbered links and the "Visible links" list at the end.
// ─────────────────────────────────────────────────────────────────────────────
export function elinks(p: Person): string {
  const tw = p.language === 'mixed';
  const site = tw ? 'chiayuhsu.tw' : 'mateuscarvalho.design';
  const links = [`https://${site}/`, `https://${site}/projects/`, `https://${site}/cv/`, `https://${site}/contact/`, `mailto:${p.email}`, tw ? 'https://linkedin.com/in/chiayuhsu' : 'https://behance.net/mateuscarv'];
  const H = (en: string, zh: string) => (tw ? `${zh} ${en}` : en);
  const left: string[] = [`[${tw ? 'avatar.jpg' : 'mateus-portrait.jpg'}]`, '', H('Contact', '聯絡'), `[5]${p.email}`, p.phoneShow[0], p.location, `[6]${tw ? 'LinkedIn' : 'Behance'}`, '', H('Skills', '技能'), ...skillsOf(p).flatMap((s) => wrap('* ' + s, 28, '  ')), '', H('Languages', '語言'), ...p.languages.flatMap((s) => wrap(s, 28, '  '))];
  const right: string[] = [H('Experience', '工作經歷'), ''];
  for (const j of newestFirst(p)) {
    right.push(...wrap(`${j.title}${tw && j.titleAlt ? ` ${j.titleAlt}` : ''} — ${j.company}`, 46, '  '));
    right.push(`${fd(j.start, 'YYYY-MM')} — ${j.end ? fd(j.end, 'YYYY-MM') : tw ? '現在' : 'now'} · ${j.town}`);
    right.push(...j.bullets.flatMap((b) => wrap('  * ' + b, 46, '    ')), '');
  }
  right.push(H('Education', '學歷'), '');
  for (const e of p.education) right.push(...wrap(e.degree, 46), `${e.school} · ${fd(e.start, 'YYYY')}–${fd(e.end, 'YYYY')}`, '');
  right.push(H('Certificates', '證照'), '', ...p.certificates.flatMap((c) => wrap('  * ' + c, 46, '    ')));
  const head = [
    ' '.repeat(Math.max(0, Math.floor((78 - dw(p.name + (p.nameAlt ? ' ' + p.nameAlt : ''))) / 2))) + p.name + (p.nameAlt ? ' ' + p.nameAlt : ''),
    ' '.repeat(Math.max(0, Math.floor((78 - dw(p.headline)) / 2))) + p.headline,
    '',
    `   [1]Home | [2]${tw ? 'Projects' : 'Work'} | [3]CV | [4]Contact`,
    '   ' + '_'.repeat(74),
    '',
  ];
  const body = sideBySide(left, right, 30, 2, 3);
  const foot = ['', `   © 2026 ${p.nameAlt ?? p.name}. Built with a static site generator.`, '', 'References', '', '   Visible links', ...links.map((l, i) => `   ${i + 1}. ${l}`)];
  return [...head, ...body, ...foot].join('\n') + '\n';
}

// ─────────────────────────────────────────────────────────────────────────────
// pandoc-plain — a Markdown CV converted with `pandoc -t plain`: headings as bare lines, "-   " bullets, emphasis
// dropped, text wrapped at 72 columns with list continuations indented by four spaces, a simple table.
// ─────────────────────────────────────────────────────────────────────────────
export function pandocPlain(p: Person): string {
  const L: string[] = [];
  const para = (s: string) => L.push(...wrap(s, 72), '');
  const list = (xs: string[]) => {
    for (const x of xs) L.push(...wrap('-   ' + x, 72, '    '));
    L.push('');
  };
  L.push(p.name, '');
  para(`${p.headline} · ${p.location}`);
  para(`${p.phoneShow[0]} · ${p.email}${p.extra.linkedin ? ' · ' + p.extra.linkedin : ''}`);
  L.push('Profile', '');
  para(p.summary);
  L.push('Experience', '');
  const rows: { s: string; lines: () => void }[] = newestFirst(p).map((j: Job) => ({
    s: j.start,
    lines: () => {
      L.push(`${j.title}, ${j.company} (${j.town})`, '');
      L.push(`${fd(j.start, 'Month YYYY')} – ${j.end ? fd(j.end, 'Month YYYY') : 'present'}`, '');
      list(j.bullets);
    },
  }));
  for (const g of p.gaps) rows.push({ s: g.start, lines: () => para(`${fd(g.start, 'Month YYYY')} – ${fd(g.end, 'Month YYYY')}: ${g.text}`) });
  rows.sort((a, b) => (b.s < a.s ? -1 : 1)).forEach((r) => r.lines());
  L.push('Education', '');
  for (const e of p.education) {
    L.push(`${e.degree}, ${e.school}, ${e.town}`, '');
    L.push(`${fd(e.start, 'YYYY')}–${fd(e.end, 'YYYY')}`, '');
  }
  L.push('Skills', '');
  list(skillsOf(p));
  L.push('Certifications', '');
  list(p.certificates);
  L.push('Languages', '');
  const langs = p.languages.map((l) => l.split(' — '));
  const w = Math.max(8, ...langs.map((l) => l[0].length)) + 2;
  L.push('  ' + padR('Language', w) + 'Level', '  ' + '-'.repeat(w - 1) + ' ' + '-'.repeat(28));
  for (const [a, b] of langs) L.push('  ' + padR(a, w) + (b ?? ''));
  L.push('  ' + '-'.repeat(w - 1) + ' ' + '-'.repeat(28), '');
  return L.join('\n').replace(/\n{3,}/g, '\n\n');
}

// ─────────────────────────────────────────────────────────────────────────────
// ocr-zh — text recognised from a phone photo of a printed one-column 简历 (phone "extract text" / OCR app):
// one line per printed line, no headings marks, spaces inserted between Chinese and Latin/digits, page marker kept.
// ─────────────────────────────────────────────────────────────────────────────
export function ocrZh(p: Person): string {
  const sp = (s: string) => s.replace(/([\u4e00-\u9fff])([A-Za-z0-9])/g, '$1 $2').replace(/([A-Za-z0-9%])([\u4e00-\u9fff])/g, '$1 $2');
  const x = p.extra;
  const L: string[] = ['个人简历', '', sp(p.name), sp(`求职意向：${p.headline}`), sp(`性别：${x.gender}　年龄：${x.age}　学历：${x.degree}　籍贯：${x.hometown}`), sp(`电话：${p.phoneShow[1]}　邮箱：${p.email}`), sp(`现居：${p.location}`), '', '教育背景'];
  for (const e of p.education) L.push(sp(`${fd(e.start, 'YYYY/MM')}—${fd(e.end, 'YYYY/MM')}　${e.school}　${e.degree.replace(' · ', '　')}`));
  L.push('', '工作经历');
  for (const j of newestFirst(p)) {
    L.push(sp(`${fd(j.start, 'YYYY/MM')}—${j.end ? fd(j.end, 'YYYY/MM') : '至今'}　${j.company}　${j.title}`));
    for (const b of j.bullets) L.push(...wrap('● ' + sp(b), 72, '  '));
  }
  L.push('', '专业技能', ...wrap(sp(skillsOf(p).join(' / ')), 72), '', '证书', ...p.certificates.map(sp), '', '语言', sp(p.languages.join('；')), '', '自我评价', ...wrap(sp(p.summary), 72), '', '1/1');
  return L.join('\n') + '\n';
}

// ─────────────────────────────────────────────────────────────────────────────
// prn — a CV kept in an Excel sheet and saved as "Formatted Text (Space delimited) (*.prn)": every cell padded to its
// column width, CRLF line ends; date cells show Excel's display format.
// ─────────────────────────────────────────────────────────────────────────────
export function prn(p: Person): string {
  const W = [20, 12, 38, 40, 16];
  // Every cell padded/cut to its column width — except the last filled cell of a row, whose text runs on.
  const pad = (s: string, w: number, last: boolean) => (s.length >= w ? (last ? s : s.slice(0, w - 1) + ' ') : s + ' '.repeat(w - s.length));
  const row = (...cells: string[]) => {
    let lastFilled = -1;
    cells.forEach((c, i) => { if (c) lastFilled = i; });
    return cells.map((c, i) => pad(c, W[i] ?? 12, i === lastFilled)).join('').replace(/\s+$/, '');
  };
  const au = p.id === 'p06';
  const d = (ym: string) => (au ? fd(ym, 'Mon-YY') : fd(ym, 'MM/YYYY'));
  const L: string[] = [];
  L.push(row(au ? 'CURRICULUM VITAE' : 'RESUME'));
  L.push(row(''));
  L.push(row('Name', '', p.name + (p.nameAlt ? ` / ${p.nameAlt}` : '')));
  L.push(row('Position', '', p.headline));
  L.push(row('Mobile', '', p.phoneShow[au ? 1 : 0]));
  for (const o of p.otherPhones) L.push(row(o.label, '', o.number));
  L.push(row('Email', '', p.email));
  L.push(row('Address', '', p.address));
  if (p.extra.status) L.push(row('Work pass', '', p.extra.status));
  if (p.extra.roster) L.push(row('Roster', '', p.extra.roster));
  L.push(row(''));
  L.push(row('EMPLOYMENT HISTORY'));
  L.push(row('From', 'To', 'Employer', 'Position', 'Location'));
  const hist = [
    ...newestFirst(p).map((j) => ({ s: j.start, line: row(d(j.start), j.end ? d(j.end) : au ? 'Current' : 'Present', j.company, j.title, j.town) })),
    ...p.gaps.map((g) => ({ s: g.start, line: row(d(g.start), d(g.end), '(' + g.text + ')', '', '') })),
  ].sort((a, b) => (b.s < a.s ? -1 : 1));
  for (const h of hist) L.push(h.line);
  L.push(row(''));
  L.push(row('KEY DUTIES'));
  for (const j of newestFirst(p)) for (const b of j.bullets) L.push(row(d(j.start), '', b));
  L.push(row(''));
  L.push(row('EDUCATION'));
  for (const e of p.education) L.push(row(d(e.start), d(e.end), e.school, e.degree, e.town ?? ''));
  L.push(row(''));
  L.push(row('SKILLS'));
  const sk = skillsOf(p);
  for (let i = 0; i < sk.length; i += 2) L.push(row('', '', sk[i], sk[i + 1] ?? ''));
  L.push(row(''));
  L.push(row(au ? 'TICKETS & LICENCES' : 'CERTIFICATIONS'));
  for (const c of p.certificates) L.push(row('', '', c));
  L.push(row('LANGUAGES'));
  for (const c of p.languages) L.push(row('', '', c));
  if (p.referees.length) {
    L.push(row(''));
    L.push(row('REFEREES'));
    for (const r of p.referees) L.push(row('', '', r.name, r.role.length > 39 ? r.role.slice(0, 39) : r.role, r.phone));
  }
  return L.join('\r\n') + '\r\n';
}
