/** heldout-41: plain-text templates (written as UTF-8). */
import type { Person, Job } from './people.ts';
import { MON, MONTH, y, m, mm, skills, rev, full } from './gen-helpers.ts';

/** moderncv source (.tex) saved as text — the CV as its author keeps it; name split across \name{first}{last}. */
export function latexSrc(p: Person): string {
  const t = (s: string) => s.replace(/\\/g, '\\textbackslash{}').replace(/([&%$#_{}])/g, '\\$1').replace(/~/g, '\\textasciitilde{}');
  const [first, ...rest] = p.name.split(' ');
  const tel = (s: string) => s.replace(/\s+/g, '~');
  const d = (j: Job) => `${mm(j.start)}/${y(j.start)}--${j.end ? `${mm(j.end)}/${y(j.end)}` : 'present'}`;
  const groups: [string, string[]][] = p.id === 'p02'
    ? [['Automation', ['Selenium WebDriver', 'Cypress', 'Cucumber']], ['Languages', ['Java', 'TypeScript']], ['Tooling', ['Postman', 'JMeter', 'Jenkins']]]
    : [['Design', ['AutoCAD Civil 3D', 'EPANET', 'WaterGEMS', 'Hydraulic modelling']], ['Contracts', ['FIDIC contract administration', 'MS Project']]];
  const otherKind = p.id === 'p02' ? 'fixed' : 'fixed';
  return `% !TEX TS-program = xelatex
% CV of ${p.name} -- last edited 2026-11-22
% compile: latexmk -xelatex cv.tex
\\documentclass[11pt,a4paper,sans]{moderncv}
\\moderncvstyle{classic}
\\moderncvcolor{${p.id === 'p02' ? 'blue' : 'green'}}
\\usepackage[scale=0.78]{geometry}
\\setlength{\\hintscolumnwidth}{3.2cm}

% personal data
\\name{${first}}{${rest.join(' ')}}
\\title{${t(p.headline)}}
\\address{${t(p.address.split(', ').slice(0, -1).join(', '))}}{${t(p.address.split(', ').slice(-1)[0])}}
\\phone[mobile]{${tel(p.phoneShown)}}
\\phone[${otherKind}]{${tel(p.otherPhone!.replace(/ \(.*\)$/, ''))}}
\\email{${p.email}}
%\\photo[64pt][0.4pt]{photo}   % no photo for international applications
\\quote{${t(p.summary)}}

\\begin{document}
\\makecvtitle

\\section{Experience}
${rev(p).map((j) => `\\cventry{${d(j)}}{${t(j.title)}}{${t(j.company)}}{${t(j.town)}}{}{%
  \\begin{itemize}%
${j.duties.map((x) => `    \\item ${t(x)}`).join('\n')}
  \\end{itemize}}`).join('\n')}

\\section{Education}
${p.edu.map((e) => `\\cventry{${y(e.start)}--${y(e.end)}}{${t(e.degree)}}{${t(e.school)}}{}{}{}`).join('\n')}

\\section{Skills}
${groups.map(([g, a]) => `\\cvitem{${g}}{${a.map(t).join(', ')}}`).join('\n')}

\\section{Certifications}
${p.certs.map((c) => `\\cvitem{}{${t(c)}}`).join('\n')}

\\section{Languages}
${p.languages.map((l) => { const [a, b] = l.split(' – '); return `\\cvitemwithcomment{${t(a)}}{${t(b ?? '')}}{}`; }).join('\n')}

\\end{document}
`;
}

/** Reddit r/forhire post copied from the browser. */
export function redditForhire(p: Person): string {
  const d = (j: Job) => `${MON[m(j.start) - 1]} ${y(j.start)} – ${j.end ? `${MON[m(j.end) - 1]} ${y(j.end)}` : 'now'}`;
  return `r/forhire
Posted by u/inkandpine_dw
3 days ago

[For Hire] Brand & packaging designer, 11 yrs exp, US (Portland, OR) — identities, packaging systems, launch kits — $85/hr or project rate

Hi r/forhire! I'm ${p.name} (${p.extra.pronouns}), an independent brand designer. ${p.summary}

**What I can do for you**

* Logo + full identity systems (guidelines included)
* Packaging for food, drink and outdoor products (dielines, print-ready files)
* Launch kits: social templates, sell sheets, motion teasers

**Experience**

${rev(p).map((j) => `* **${j.title}** — ${j.company}, ${j.town} (${d(j)})  \n  ${j.duties.join(' ')}`).join('\n')}

**Tools / skills:** ${skills(p).join(', ')}

**Education:** ${p.edu.map((e) => `${e.degree}, ${e.school} (${y(e.end)})`).join('; ')}

Portfolio: https://${p.extra.site}
Email: ${p.email}
Phone/text: ${p.phoneShown} (Pacific time, M–F)

Happy to jump on a call. No spec work, sorry!

  ⬆ 14  ⬇    💬 6 Comments   ↗ Share   🔖 Save
`;
}

/** CSDN blog post copied as text: article chrome, 版权声明, 文章目录, then the résumé. */
export function csdn(p: Person): string {
  const d = (s: string) => `${y(s)}.${mm(s)}`;
  return `Java后端十年，我的简历（求职杭州/远程，附项目经历）

${p.name} 于 2026-11-18 21:03:44 发布
阅读量2.3k  收藏 56  点赞数 31
分类专栏： 随笔  文章标签： java 求职 简历 后端
版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接和本声明。

文章目录
    基本信息
    工作经历
    技术栈
    教育经历
    最后

基本信息
    姓名：${p.name}
    性别：${p.extra.gender}
    出生：${p.extra.born}
    坐标：${p.extra.city}
    手机：${p.phoneShown}（微信同号）
    邮箱：${p.email}
    求职意向：${p.headline}

${p.summary}

工作经历
${rev(p).map((j) => `${j.company} ｜ ${j.title} ｜ ${d(j.start)} ~ ${j.end ? d(j.end) : '至今'}
${j.duties.map((x) => `    • ${x}`).join('\n')}`).join('\n\n')}

技术栈
${skills(p).map((s) => `    • ${s}`).join('\n')}

教育经历
${p.edu.map((e) => `${e.school} ｜ ${e.degree} ｜ ${d(e.start)} ~ ${d(e.end)}`).join('\n')}

最后
有合适机会的朋友欢迎评论区留言或者邮件联系，感谢！

${p.name}
关注博主即可阅读全文
 31  56  评论 12  分享
`;
}

/** Facebook group post by a nurse looking for work, copied with the page chrome (Taglish, emoji checkmarks). */
export function fbGroupPost(p: Person): string {
  const d = (s: string) => `${MONTH[m(s) - 1]} ${y(s)}`;
  return `${p.name} ▸ PINOY NURSES ABROAD – JOB HIRING & REFERRALS
2h · 🌐

Good day po! 🙏 Looking for Staff Nurse / Charge Nurse position, local or abroad (GCC ok). Direct hire or agency. Please PM me po or contact me below. Thank you and God bless! 💙

✅ Name: ${p.name.toUpperCase()}, RN
✅ Age: 37 | Married
✅ Location: Cabanatuan City, Nueva Ecija
✅ Mobile (Viber/WhatsApp): ${p.phoneShown}
✅ Email: ${p.email}
✅ Licenses: ${p.certs.join(' | ')}

🏥 WORK EXPERIENCE
${rev(p).map((j) => `➡ ${d(j.start)} ${j.end ? `to ${d(j.end)}` : 'up to present'} – ${j.title}, ${j.company} (${j.town})`).join('\n')}
(Jan–Jun 2022: rest for family)

💉 SKILLS
${skills(p).map((s) => `• ${s}`).join('\n')}

🎓 ${p.edu.map((e) => `${e.degree}, ${e.school} (${y(e.end)})`).join('; ')}

#nursejobs #RN #OFW #hiringnurses

👍❤️ 23        9 comments  2 shares
Like    Comment    Share
`;
}

/** Grid-table text CV (as made with a table-to-text tool): +---+ borders, cells wrapped inside fixed widths. */
export function asciiGrid(p: Person): string {
  const wrap = (s: string, w: number) => { const out: string[] = []; let line = ''; for (const word of s.split(' ')) { if ((line + ' ' + word).trim().length > w) { out.push(line); line = word; } else line = (line + ' ' + word).trim(); } out.push(line); return out; };
  const grid = (widths: number[], rows: string[][], head = false) => {
    const sep = (c = '-') => '+' + widths.map((w) => c.repeat(w + 2)).join('+') + '+';
    const lines = [sep()];
    rows.forEach((r, ri) => {
      const cells = r.map((c, i) => wrap(c, widths[i]));
      const h = Math.max(...cells.map((c) => c.length));
      for (let k = 0; k < h; k++) lines.push('| ' + cells.map((c, i) => (c[k] ?? '').padEnd(widths[i])).join(' | ') + ' |');
      lines.push(sep(head && ri === 0 ? '=' : '-'));
    });
    return lines.join('\n');
  };
  const d = (s: string | null) => (s ? s : 'present');
  return [
    grid([72], [[`${p.name.toUpperCase()} — ${p.headline}`], [p.summary]]),
    '',
    grid([14, 55], [['Mobile', p.phoneShown], ['Other', p.otherPhone ?? '-'], ['E-mail', p.email], ['Address', p.address]]),
    '',
    'WORK HISTORY',
    grid([7, 7, 22, 27], [['From', 'To', 'Employer', 'Position / main duties'], ...rev(p).map((j) => [j.start, d(j.end), j.company, `${j.title}. ${j.duties.join(' ')}`])], true),
    '',
    'EDUCATION',
    grid([9, 30, 29], [['Years', 'School', 'Qualification'], ...p.edu.map((e) => [`${y(e.start)}-${y(e.end)}`, e.school, e.degree])], true),
    '',
    'SKILLS',
    grid([33, 34], ((sk) => { const h = Math.ceil(sk.length / 2); return Array.from({ length: h }, (_, i) => [sk[i], sk[i + h] ?? '']); })(skills(p))),
    '',
    'LANGUAGES: ' + p.languages.join('; '),
    p.certs.length ? 'CERTIFICATES: ' + p.certs.join('; ') : '',
    '',
  ].join('\n');
}

/** Markdown résumé with GitHub-flavoured pipe tables (edited in Typora / VS Code), Chinese or bilingual headings. */
export function mdPipeTable(p: Person): string {
  const bi = p.lang === 'mixed';
  const H = (zh: string, en: string) => (bi ? `${zh} / ${en}` : zh);
  const d = (s: string) => `${y(s)}.${mm(s)}`;
  const now = bi ? 'now' : '至今';
  const lv = ['★★★★★', '★★★★☆', '★★★★☆', '★★★☆☆', '★★★★☆', '★★★☆☆', '★★★☆☆'];
  return `# ${bi ? full(p) : p.name} · ${bi ? 'Résumé 简历' : '个人简历'}

> ${p.headline} ｜ 📱 ${p.phoneShown} ｜ ✉️ ${p.email}

## ${H('基本信息', 'Basics')}

| ${H('项目', 'Item')} | ${H('内容', 'Detail')} |
|:---|:---|
| ${H('姓名', 'Name')} | ${p.name}${bi ? ` (${p.alias})` : ''} |
| ${H('电话', 'Phone')} | ${p.phoneShown} |
| ${H('邮箱', 'Email')} | ${p.email} |
| ${H('所在地', 'Location')} | ${p.address} |
${p.otherPhone ? `| ${H('其他电话', 'Other phone')} | ${p.otherPhone} |\n` : ''}
${p.summary}

## ${H('工作经历', 'Experience')}

| ${H('时间', 'Period')} | ${H('公司', 'Company')} | ${H('职位', 'Role')} | ${H('主要工作', 'Highlights')} |
|:---|:---|:---|:---|
${rev(p).map((j) => `| ${d(j.start)} - ${j.end ? d(j.end) : now} | ${j.company} | ${j.title} | ${j.duties.join('<br>')} |`).join('\n')}

## ${H('专业技能', 'Skills')}

| ${H('技能', 'Skill')} | ${H('熟练度', 'Level')} |
|:---|:---:|
${skills(p).map((s, i) => `| ${s} | ${lv[i] ?? '★★★☆☆'} |`).join('\n')}

## ${H('教育经历', 'Education')}

| ${H('时间', 'Period')} | ${H('学校', 'School')} | ${H('学历/专业', 'Degree')} |
|:---|:---|:---|
${p.edu.map((e) => `| ${d(e.start)} - ${d(e.end)} | ${e.school} | ${e.degree} |`).join('\n')}
${p.certs.length ? `\n## ${H('证书', 'Certificates')}\n\n${p.certs.map((c) => `- ${c}`).join('\n')}\n` : ''}
${p.languages.length ? `\n## ${H('语言', 'Languages')}\n\n${p.languages.map((c) => `- ${c}`).join('\n')}\n` : ''}`;
}

/** LinkedIn "Get a copy of your data" CSVs, printed together with `tail -n +1 *.csv` (==> file <== banners). */
export function linkedinCsv(p: Person): string {
  const q = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const d = (s: string) => `${MON[m(s) - 1]} ${y(s)}`;
  const [first, ...rest] = (p.alias ?? '').split(' ');
  return `==> Education.csv <==
School Name,Start Date,End Date,Notes,Degree Name,Activities
${p.edu.map((e) => [e.school, String(y(e.start)), String(y(e.end)), '', e.degree, ''].map(q).join(',')).join('\n')}

==> Email Addresses.csv <==
Email Address,Confirmed,Primary,Updated On
${p.email},Yes,Yes,3/14/19 2:07 AM

==> PhoneNumbers.csv <==
Extension,Number,Type
,${q(p.phoneShown)},Mobile

==> Positions.csv <==
Company Name,Title,Description,Location,Started On,Finished On
${rev(p).map((j) => [j.company, j.title, j.duties.join(' '), `${j.town}, China`, d(j.start), j.end ? d(j.end) : ''].map(q).join(',')).join('\n')}

==> Profile.csv <==
First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers
${[first, `${rest.join(' ')} (${p.name})`, '', '', '', `${p.headline} at ${p.work[p.work.length - 1].company}`, p.summary, 'Technology, Information and Internet', '', p.address.split(' / ')[1] ?? p.address, '', '', ''].map(q).join(',')}

==> Skills.csv <==
Name
${skills(p).map(q).join('\n')}
`;
}
